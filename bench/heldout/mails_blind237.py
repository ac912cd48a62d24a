"""blind237: 50 hand-written mails from the inbox of Maximilian Vogt (Chemnitz), Sep-Dec 2026.

Written blind (without reading the detector, its tests or the other held-out mails). One function
per mail; keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of
the writing order.
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
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind237"
ORDER = random.Random(2370237).sample(range(1, 51), 50)
ME = "max.vogt@example.org"
MAX = addr("Maximilian Vogt", ME)
BER = "Europe/Berlin"
MX = "mx01.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, ident: str, zone: str = BER, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, f"{MX} {ident}", ME, lag))


VTZ_PRAGUE_WIN = """BEGIN:VTIMEZONE
TZID:Central Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", BER), end=utc("2026-09-15 11:00", BER),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
      contact="sophie.lindner@voltaris-battery.de", company="Voltaris Battery Systems GmbH",
      note="Greenhouse confirmation, 10:00-11:00 AM CEST (UTC+2 in September) -> 08:00-09:00Z; "
           "ICS in Europe/Berlin agrees; contact = human Reply-To (sender is no-reply@greenhouse.io)")
def p01():
    ics = VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:gh-int-7731904-55120388@greenhouse.io
DTSTAMP:20260909T120211Z
DTSTART;TZID=Europe/Berlin:20260915T100000
DTEND;TZID=Europe/Berlin:20260915T110000
SUMMARY:Interview: Maximilian Vogt - Senior Test Software Engineer (BMS)
LOCATION:Voltaris Battery Systems, Tatzberg 47, 01307 Dresden - Empfang Haus B
ORGANIZER;CN=Sophie Lindner:mailto:sophie.lindner@voltaris-battery.de
ATTENDEE;CN=Maximilian Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:max.vogt@example.org
DESCRIPTION:Technical interview with Dr. Jens Albrecht (Head of Cell Test) and Mirko Sauer (Staff Engineer).
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + ics + "\nEND:VCALENDAR"
    body = t("""
        Hi Maximilian,

        Thank you for taking the time to interview with Voltaris Battery Systems! Your interview is confirmed. Please see the details below.

        Senior Test Software Engineer (BMS)

        Tuesday, September 15, 2026
        10:00 AM - 11:00 AM CEST
        Location: Voltaris Battery Systems, Tatzberg 47, 01307 Dresden (please check in at reception, Haus B)

        Interviewers:
          Dr. Jens Albrecht, Head of Cell Test
          Mirko Sauer, Staff Engineer Test Automation

        Please bring a photo ID; visitors need a badge for the lab building.

        If you need to reschedule, simply reply to this email.

        Best regards,
        Sophie Lindner
        Talent Acquisition | Voltaris Battery Systems GmbH
        """)
    h = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Maximilian,</p>
        <p>Thank you for taking the time to interview with Voltaris Battery Systems! Your interview is confirmed. Please see the details below.</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td colspan="2"><strong>Senior Test Software Engineer (BMS)</strong></td></tr>
        <tr><td>Date</td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td>Time</td><td>10:00 AM - 11:00 AM CEST</td></tr>
        <tr><td>Location</td><td>Voltaris Battery Systems, Tatzberg 47, 01307 Dresden (please check in at reception, Haus B)</td></tr>
        <tr><td>Interviewers</td><td>Dr. Jens Albrecht, Head of Cell Test<br>Mirko Sauer, Staff Engineer Test Automation</td></tr>
        </table>
        <p>Please bring a photo ID; visitors need a badge for the lab building.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Sophie Lindner<br>Talent Acquisition | Voltaris Battery Systems GmbH</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8f2c1a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        rcv("mail-sor-f69.greenhouse.io (mail-sor-f69.greenhouse.io [198.21.4.69])", "2026-09-09 14:02:11",
            "4Lq2Tz0xK7z9"),
        ("From", addr("Voltaris Battery Systems", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Sophie Lindner", "sophie.lindner@voltaris-battery.de")),
        ("To", MAX),
        ("Subject", "Interview Confirmation: Voltaris Battery Systems - Senior Test Software Engineer (BMS)"),
        ("Date", date("2026-09-09 14:02:08", BER)),
        ("Message-ID", "<gh.7731904.55120388.1789041728@greenhouse.io>"),
        ("X-Mailer", "Greenhouse Software"),
    ], mixed(alt(text(body), html(h)), calendar(ics, filename="invite.ics", disposition="attachment",
                                                  name_param=True)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-24 13:30", BER), end=utc("2026-09-24 14:30", BER),
      local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:30", zone=BER,
      contact="katrin.hesse@westsachsen-pruef.de", company="Westsachsen Prüftechnik GmbH",
      note="Personio Terminbestätigung 'Donnerstag, 24. September 2026, 13:30 - 14:30 Uhr' (Zwickau, MESZ "
           "UTC+2) -> 11:30-12:30Z; sender no-reply@personio.de, contact = recruiter address in the signature")
def p02():
    body = t("""
        Sehr geehrter Herr Vogt,

        vielen Dank für Ihr Interesse an der Position „Softwareentwickler Prüfstandsautomatisierung (m/w/d)“.

        Hiermit bestätigen wir Ihnen Ihren Termin für das persönliche Vorstellungsgespräch:

        Datum: Donnerstag, 24. September 2026
        Uhrzeit: 13:30 – 14:30 Uhr
        Ort: Westsachsen Prüftechnik GmbH, Crimmitschauer Straße 58, 08058 Zwickau
        Gesprächspartner: Herr Thomas Böttger (Leiter Prüffeld), Frau Katrin Heße (Personal)

        Parkplätze finden Sie direkt vor dem Verwaltungsgebäude. Bitte melden Sie sich am Empfang.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid.

        Mit freundlichen Grüßen

        Katrin Heße
        Personalreferentin
        Westsachsen Prüftechnik GmbH
        Tel. +49 375 44 19 27-12
        katrin.hesse@westsachsen-pruef.de

        Diese E-Mail wurde über Personio versendet.
        """)
    h = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rcv("mail.personio.de (mail.personio.de [52.28.113.40])", "2026-09-17 10:41:37", "4Lx7Rm2pQvz1"),
        ("From", addr("Westsachsen Prüftechnik GmbH", "no-reply@personio.de")),
        ("To", MAX),
        ("Subject", enc("Terminbestätigung: Ihr Vorstellungsgespräch bei der Westsachsen Prüftechnik GmbH")),
        ("Date", date("2026-09-17 10:41:33", BER)),
        ("Message-ID", "<0102019d3f1c2a7e-5c7e3b2a-personio-000000@eu-central-1.amazonses.com>"),
    ], alt(text(body, charset="windows-1252"), html(h, charset="windows-1252")))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-05 08:00", BER), local="Mon 2026-10-05 08:00", zone=BER,
      contact="uwe.kretzschmar@rabenstein-messtechnik.de", company="Rabenstein Messtechnik GmbH",
      note="Saxon du-reply sent Thu 1 Oct: 'gleich Montag früh um 8' = Mon 5 Oct 08:00 MESZ -> 06:00Z; "
           "no length; contact = the managing director who sent it")
def p03():
    body = t("""
        Hallo Max,

        nu gut, dann machen mer das so: gleich Montag früh um 8 bei uns in der Firma, Oberfrohnaer Str. 112, hinten rum übern Hof, die Tür mit dem grünen Schild. Kaffee steht bereit.

        Bring dei Laptop mit, da gucken mer uns zusammen die Prüfstandssoftware an, die wo uns so Sorgen macht. Der Rico (unser Hardwaremensch) is och mit dabei.

        Wenn was dazwischenkommt ruf halt kurz an, 0371 / 8 44 30 17.

        Gruß
        Uwe

        --
        Uwe Kretzschmar
        Geschäftsführer
        Rabenstein Messtechnik GmbH
        Oberfrohnaer Straße 112, 09117 Chemnitz

        Am 01.10.2026 um 11:02 schrieb Max Vogt:
        > Hallo Uwe,
        >
        > danke für das nette Telefonat gestern. Wie besprochen würde ich gern mal
        > bei euch vorbeikommen und mir den Prüfstand anschauen. Ich könnte ab
        > Montag eigentlich jeden Vormittag.
        >
        > Viele Grüße
        > Max
        """)
    return message([
        rcv("mail.rabenstein-messtechnik.de (mail.rabenstein-messtechnik.de [85.13.152.40])",
            "2026-10-01 17:48:02", "4M2b9X1cLnz3"),
        ("From", addr("Uwe Kretzschmar", "uwe.kretzschmar@rabenstein-messtechnik.de")),
        ("To", addr("Max Vogt", ME)),
        ("Subject", "Re: Besuch bei euch"),
        ("Date", date("2026-10-01 17:47:58", BER)),
        ("Message-ID", "<8d1f0a3c-77b2-4e0c-a1e9-2f6c9d4b7a10@rabenstein-messtechnik.de>"),
        ("In-Reply-To", "<CAMv0g7y2Qk9eRt@mail.example.org>"),
        ("References", "<CAMv0g7y2Qk9eRt@mail.example.org>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
        ("Content-Language", "de-DE"),
    ], text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@mail(n(4), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 14:00", "Europe/Prague"), end=utc("2026-09-30 14:45", "Europe/Prague"),
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 14:45", zone="Europe/Prague",
      contact="tereza.novakova@vltavacell.cz", company="Vltava Cell Technologies s.r.o.",
      note="Czech recruiter writing English with a pasted Zoom block 'Sep 30, 2026 02:00 PM Prague' "
           "(CEST UTC+2) -> 12:00Z; 'will take 45 minutes' is an exact length -> end 12:45Z; human sender")
def p04():
    body = t("""
        Dear Maximilian,

        thank you for your interest in the position Test Software Engineer - Battery Validation in our Prague office. I am happy to confirm the first round interview with our team lead Ondřej Havlík on Wednesday 30.9. at 14:00 (Prague time, same like Chemnitz). The call will take 45 minutes.

        Please find the Zoom details below. In case of any technical problem you can call me on +420 602 418 337.

        Looking forward,
        Tereza

        Tereza Nováková
        HR Business Partner
        Vltava Cell Technologies s.r.o.
        Karolinská 661/4, 186 00 Praha 8

        ----------
        Tereza Nováková is inviting you to a scheduled Zoom meeting.

        Topic: Vltava Cell - Interview Maximilian Vogt / Test SW Engineer
        Time: Sep 30, 2026 02:00 PM Prague

        Join Zoom Meeting
        https://us06web.zoom.us/j/84417390215?pwd=Qm9XbWh6T2xYc1RrZ2p1dEZ3a0hXQT09

        Meeting ID: 844 1739 0215
        Passcode: 519803

        ---

        One tap mobile
        +420225986111,,84417390215#,,,,*519803# Czech Republic
        +493056795800,,84417390215#,,,,*519803# Germany
        """)
    h = gmail_html(body)
    return message([
        rcv("mail-ej1-f46.google.com (mail-ej1-f46.google.com [209.85.218.46])", "2026-09-24 09:15:40",
            "4Lz3Pq7hVsz5"),
        ("From", addr("Tereza Nováková", "tereza.novakova@vltavacell.cz")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", "Interview Vltava Cell - Test Software Engineer"),
        ("Date", date("2026-09-24 09:15:36", "Europe/Prague")),
        ("Message-ID", "<CAL8x2_Wq0pVtN3aYk7c5uQeP1bZr@mail.gmail.com>"),
    ], alt(text(body), html(h)))


@mail(n(5), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", "Europe/Prague"), end=utc("2026-10-26 12:00", "Europe/Prague"),
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 12:00", zone="Europe/Prague",
      contact="tereza.novakova@vltavacell.cz", company="Vltava Cell Technologies s.r.o.",
      note="Exchange meeting request from the Czech employer, TZID 'Central Europe Standard Time'; "
           "Mon 26 Oct 9:00-12:00 is the day after the switch back to CET (UTC+1) -> 08:00-11:00Z, "
           "while the mail was sent in CEST; contact = human ORGANIZER/sender")
def p05():
    when = "Monday, October 26, 2026 9:00 AM-12:00 PM (UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague."
    body = t(f"""
        When: {when}
        Where: Vltava Cell Technologies, Karolinská 661/4, Praha 8 - meeting room Vyšehrad (3rd floor)

        *~*~*~*~*~*~*~*~*~*

        Dear Maximilian,

        as discussed on the phone, here is the invitation for the second round onsite in Prague. Please note that clocks change on Sunday before, so 9:00 is already winter time. Programme: 9:00 welcome and lab tour, 9:45 technical session with Ondřej and Petr (bring some code you are proud of), 11:15 talk with our CTO Lukáš Beneš, end at 12:00.

        Travel costs (train Chemnitz - Prague) we will reimburse, just keep the ticket.

        Best regards,
        Tereza
        """)
    h = t(f"""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="CS" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">When: {when}<br>Where: Vltava Cell Technologies, Karolinsk&aacute; 661/4, Praha 8 - meeting room Vy&scaron;ehrad (3rd floor)</p>
        <p class="MsoNormal">*~*~*~*~*~*~*~*~*~*</p>
        <p class="MsoNormal">Dear Maximilian,</p>
        <p class="MsoNormal">as discussed on the phone, here is the invitation for the second round onsite in Prague. Please note that clocks change on Sunday before, so 9:00 is already winter time. Programme: 9:00 welcome and lab tour, 9:45 technical session with Ond&#345;ej and Petr (bring some code you are proud of), 11:15 talk with our CTO Luk&aacute;&scaron; Bene&scaron;, end at 12:00.</p>
        <p class="MsoNormal">Travel costs (train Chemnitz - Prague) we will reimburse, just keep the ticket.</p>
        <p class="MsoNormal">Best regards,<br>Tereza</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_PRAGUE_WIN + """
BEGIN:VEVENT
ORGANIZER;CN=Tereza Nováková:mailto:tereza.novakova@vltavacell.cz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maximilian Vogt:mailto:max.vogt@example.org
DESCRIPTION;LANGUAGE=en-US:Second round onsite\\, Vltava Cell Technologies\\n
UID:040000008200E00074C5B7101A82E0080000000030B6B1C1A45FDD01000000000000000010000000F1A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=en-US:Interview 2nd round - Maximilian Vogt (Test SW Engineer)
DTSTART;TZID=Central Europe Standard Time:20261026T090000
DTEND;TZID=Central Europe Standard Time:20261026T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T144012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Vltava Cell Technologies\\, Karolinská 661/4\\, Praha 8 - Vyšehrad
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR""")
    return message([
        rcv("EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2102.outbound.protection.outlook.com "
            "[40.107.20.102])", "2026-10-20 16:40:15", "4MKd0R6vBtz2"),
        ("From", addr("Tereza Nováková", "tereza.novakova@vltavacell.cz")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", "Interview 2nd round - Maximilian Vogt (Test SW Engineer)"),
        ("Thread-Topic", "Interview 2nd round - Maximilian Vogt (Test SW Engineer)"),
        ("Thread-Index", "AdtApL9kQ2m4xV7sRfO1m3h8ZbN2Tw=="),
        ("Date", date("2026-10-20 16:40:12", "Europe/Prague")),
        ("Message-ID", "<AM9PR02MB7364A1C0F3E2B94D12F3C5E1A7B42@AM9PR02MB7364.eurprd02.prod.outlook.com>"),
        ("Accept-Language", "cs-CZ, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(h), calendar(ics, cte="base64")))


@mail(n(6), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-07 15:00", BER), end=utc("2026-10-07 15:45", BER),
      local="Wed 2026-10-07 15:00", local_end="2026-10-07 15:45", zone=BER,
      contact="jana.schuster@auwald-robotics.de", company="Auwald Robotics GmbH",
      note="Teamtailor 'Interview bestätigt' Mi, 7. Okt. 2026 15:00-15:45 MESZ (UTC+2) -> 13:00-13:45Z; "
           "Reply-To is a Teamtailor relay, so contact = recruiter address in the signature")
def p06():
    body = t("""
        Hallo Maximilian,

        dein Interview mit Auwald Robotics ist bestätigt.

        Erstgespräch – Embedded Test Engineer (m/w/d)
        Mi, 7. Okt. 2026 · 15:00–15:45 (MESZ)
        Google Meet: https://meet.google.com/kzr-wqpe-bnx

        Mit dabei: Jana Schuster (People & Culture) und Felix Wendt (Teamlead Test)

        Du musst den Termin verschieben? Antworte einfach auf diese Mail oder schreib mir direkt an jana.schuster@auwald-robotics.de.

        Bis Mittwoch!
        Jana

        Auwald Robotics GmbH · Spinnereistraße 7 · 04179 Leipzig
        Powered by Teamtailor
        """)
    h = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Interview bestätigt</title></head>
        <body style="margin:0;background:#f4f4f5"><table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;border-radius:8px;padding:32px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1f2937">
        <tr><td><p>Hallo Maximilian,</p><p>dein Interview mit Auwald Robotics ist bestätigt.</p>
        <div style="border:1px solid #e5e7eb;border-radius:6px;padding:16px">
        <strong>Erstgespräch – Embedded Test Engineer (m/w/d)</strong><br>
        Mi, 7. Okt. 2026 · 15:00–15:45 (MESZ)<br>
        <a href="https://meet.google.com/kzr-wqpe-bnx">Google Meet beitreten</a></div>
        <p>Mit dabei: Jana Schuster (People &amp; Culture) und Felix Wendt (Teamlead Test)</p>
        <p>Du musst den Termin verschieben? Antworte einfach auf diese Mail oder schreib mir direkt an <a href="mailto:jana.schuster@auwald-robotics.de">jana.schuster@auwald-robotics.de</a>.</p>
        <p>Bis Mittwoch!<br>Jana</p></td></tr>
        <tr><td style="font-size:12px;color:#9ca3af">Auwald Robotics GmbH · Spinnereistraße 7 · 04179 Leipzig<br>Powered by Teamtailor</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        rcv("o3.mail.teamtailor-mail.com (o3.mail.teamtailor-mail.com [149.72.51.211])", "2026-09-30 11:05:49",
            "4M1Hc2ZqRkz8"),
        ("From", addr("Jana Schuster | Auwald Robotics", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c2f81e0b7a3d4e91@teamtailor-mail.com"),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Interview bestätigt: Erstgespräch – Embedded Test Engineer (m/w/d)")),
        ("Date", date("2026-09-30 11:05:46", BER)),
        ("Message-ID", "<66fa6b3a9e1c2_3c2a5d1a4f118@teamtailor-mailer-7d9c.mail>"),
    ], alt(text(body), html(h, cte="base64")))


@mail(n(7), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:00", BER), end=utc("2026-11-12 10:30", BER),
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:30", zone=BER,
      contact=None, company="Pleißental Automotive SE",
      note="Workday HTML-only (base64) mail says the details are in the attached calendar file; the time "
           "is only in the ICS: 2026-11-12 09:00-10:30 Europe/Berlin (CET UTC+1) -> 08:00-09:30Z; "
           "organizer and sender are Workday mailboxes, no human address -> contact null")
def p07():
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Vogt,</p>
        <p>wir freuen uns, Sie zu einem Interview für die Stelle <b>R-0042187 Softwareingenieur HIL-Test Batteriesysteme (m/w/d)</b> am Standort Zwickau-Mosel einzuladen.</p>
        <p>Ihr Interviewtermin wurde eingeplant. Datum, Uhrzeit und Ort entnehmen Sie bitte der angehängten Kalenderdatei (interview.ics). Bitte fügen Sie den Termin Ihrem Kalender hinzu.</p>
        <p>Bitte bringen Sie einen gültigen Lichtbildausweis mit; ohne Ausweis ist kein Zutritt zum Werksgelände möglich.</p>
        <p>Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in unserem <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/pleissental/Careers">Kandidatenportal</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Pleißental Automotive SE</p>
        <p style="font-size:11px;color:#777">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Workday//Recruiting//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:wd-interview-1f3e9c0a7b2d4f58a6e1@myworkday.com
DTSTAMP:20261103T081422Z
DTSTART;TZID=Europe/Berlin:20261112T090000
DTEND;TZID=Europe/Berlin:20261112T103000
SUMMARY:Interview - R-0042187 Softwareingenieur HIL-Test Batteriesysteme
LOCATION:Werk Zwickau-Mosel\\, Tor 4\\, Gebäude 7.2 Besprechungsraum 214
ORGANIZER;CN=Pleißental Automotive Recruiting:mailto:pleissental@myworkday.com
ATTENDEE;CN=Maximilian Vogt;RSVP=FALSE:mailto:max.vogt@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("wd3-smtp-out-1.myworkday.com (wd3-smtp-out-1.myworkday.com [198.185.20.55])", "2026-11-03 09:14:25",
            "4MSv1K8tPyz4"),
        ("From", addr("Pleißental Automotive SE", "pleissental@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Einladung zum Interview – R-0042187 Softwareingenieur HIL-Test Batteriesysteme")),
        ("Date", date("2026-11-03 09:14:22", BER)),
        ("Message-ID", "<1923847561.884213.1793693662011@wd3-prod-mail.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(html(h, cte="base64"), calendar(ics, cte="base64", filename="interview.ics",
                                                disposition="attachment", name_param=True)))


@mail(n(8), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-25 09:00", "Pacific/Auckland"), end=utc("2026-11-25 09:45", "Pacific/Auckland"),
      local="Wed 2026-11-25 09:00", local_end="2026-11-25 09:45", zone="Pacific/Auckland",
      contact="aroha.whitfield@kowhai-energy.co.nz", company="Kōwhai Energy Systems Ltd",
      note="Lever confirmation from a remote team in Auckland: Wed 25 Nov 9:00-9:45 AM NZDT (UTC+13) -> "
           "Tue 24 Nov 20:00-20:45Z (the local date is the next day in UTC terms; 21:00 Tuesday in Chemnitz); "
           "ICS in Pacific/Auckland agrees; contact = human Reply-To")
def p08():
    ics = "BEGIN:VCALENDAR\nPRODID:-//Lever//Lever Hire//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ["Pacific/Auckland"] + """
BEGIN:VEVENT
UID:lever-iv-3c9d2e71-8a40-4b6f-9d35-0e2f7a1c6b58
DTSTAMP:20261118T212010Z
DTSTART;TZID=Pacific/Auckland:20261125T090000
DTEND;TZID=Pacific/Auckland:20261125T094500
SUMMARY:Kōwhai Energy - Maximilian Vogt - Technical conversation
LOCATION:https://kowhai-energy.zoom.us/j/91528830461
ORGANIZER;CN=Aroha Whitfield:mailto:aroha.whitfield@kowhai-energy.co.nz
ATTENDEE;CN=Maximilian Vogt;RSVP=TRUE:mailto:max.vogt@example.org
END:VEVENT
END:VCALENDAR"""
    body = t("""
        Hi Maximilian,

        Your interview for Senior Software Engineer, Battery Analytics (Remote - EU) has been scheduled.

        When: Wednesday, November 25, 2026, 9:00 AM - 9:45 AM NZDT (Pacific/Auckland)
        Where: https://kowhai-energy.zoom.us/j/91528830461
        With: Liam Tupou (Engineering Manager), Grace Ng (Senior Engineer)

        A note from Aroha: I know the time difference is a bit brutal - for you in Chemnitz this is Tuesday evening at 9pm. Thanks for making it work! Liam will mostly want to talk through how you built the cycling-test data pipeline.

        Questions? Reply to this email.

        Kōwhai Energy Systems Ltd
        Sent via Lever
        """)
    return message([
        rcv("mail-out-12.hire.lever.co (mail-out-12.hire.lever.co [54.191.223.12])", "2026-11-19 10:20:13",
            "4MfP0xR2Wkz6", zone="Pacific/Auckland"),
        ("From", addr("Kōwhai Energy Systems", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Aroha Whitfield", "aroha.whitfield@kowhai-energy.co.nz")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Interview scheduled: Kōwhai Energy Systems - Senior Software Engineer, Battery Analytics")),
        ("Date", date("2026-11-19 10:20:10", "Pacific/Auckland")),
        ("Message-ID", "<01000193a1b2c3d4-lever-iv-3c9d2e71@email.amazonses.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), calendar(ics, filename="invite.ics",
                                                                 disposition="attachment", cte="8bit")))


@mail(n(9), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-17 14:00", BER), local="Tue 2026-11-17 14:00", zone=BER,
      contact="ronny.glaeser@mulde-akku.de", company="Mulde Akkutechnik GmbH",
      note="Google Calendar invitation for an all-day event (DTSTART;VALUE=DATE 20261117); the time is only "
           "in the description: 'Beginn 14:00 Uhr' -> 13:00Z (MEZ UTC+1); 'ca. eine Stunde' is approximate "
           "-> end null; contact = organizer")
def p09():
    desc = ("Hallo Herr Vogt,\\nwie telefonisch besprochen: Beginn 14:00 Uhr im Werk Grimma\\, Gebäude C\\, "
            "Besprechungsraum EG. Dauer ca. eine Stunde. Bitte beim Pförtner melden.\\nGruß Ronny Gläser")
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261117
DTEND;VALUE=DATE:20261118
DTSTAMP:20261109T075412Z
ORGANIZER;CN=Ronny Gläser:mailto:ronny.glaeser@mulde-akku.de
UID:5r0c8n2q7t1v4m6k9p3s0a2d1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=max.vogt@example.org;X-NUM-GUESTS=0:mailto:max.vogt@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ronny Gläser;X-NUM-GUESTS=0:mailto:ronny.glaeser@mulde-akku.de
CREATED:20261109T075410Z
DESCRIPTION:""" + desc + """
LAST-MODIFIED:20261109T075411Z
LOCATION:Mulde Akkutechnik GmbH\\, Am Wasserwerk 9\\, 04668 Grimma
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Max Vogt
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    body = t("""
        Ronny Gläser hat Sie zu folgendem Termin eingeladen

        Vorstellungsgespräch Max Vogt
        Dienstag, 17. November 2026

        Ort
        Mulde Akkutechnik GmbH, Am Wasserwerk 9, 04668 Grimma
        https://www.google.com/maps/search/Mulde+Akkutechnik+GmbH,+Am+Wasserwerk+9,+04668+Grimma

        Hallo Herr Vogt,
        wie telefonisch besprochen: Beginn 14:00 Uhr im Werk Grimma, Gebäude C, Besprechungsraum EG. Dauer ca. eine Stunde. Bitte beim Pförtner melden.
        Gruß Ronny Gläser

        Organisator
        Ronny Gläser
        ronny.glaeser@mulde-akku.de

        Gäste
        Ronny Gläser - Organisator
        max.vogt@example.org

        Antworten für max.vogt@example.org: Ja / Nein / Vielleicht / Weitere Optionen

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind.
        """)
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-11-09 08:54:15",
            "4MZ1g8FqJhz3"),
        ("From", addr("Ronny Gläser", "ronny.glaeser@mulde-akku.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Ronny Gläser", "ronny.glaeser@mulde-akku.de")),
        ("To", ME),
        ("Subject", enc("Einladung: Vorstellungsgespräch Max Vogt @ Di. 17. Nov. 2026 (max.vogt@example.org)")),
        ("Date", date("2026-11-09 08:54:12", BER)),
        ("Message-ID", "<calendar-5f1c9d2e-8a7b-4c3d-9e0f-1a2b3c4d5e6f@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                 calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(10), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-02 09:30", BER), end=utc("2026-10-02 10:15", BER),
      local="Fri 2026-10-02 09:30", local_end="2026-10-02 10:15", zone=BER,
      contact="nadine.pohl@elbflorenz-celllab.de", company="Elbflorenz Cell Lab GmbH",
      note="Microsoft Bookings confirmation; the zone label reads '(UTC+01:00) Amsterdam, Berlin...' but on "
           "2 Oct Berlin is on CEST (UTC+2): 09:30-10:15 -> 07:30-08:15Z, the ICS (W. Europe Standard Time) "
           "agrees; sender is the Bookings mailbox, contact = staff address in the custom message")
def p10():
    body = t("""
        Ihre Buchung wurde bestätigt.

        Bewerbungsgespräch Softwareentwicklung Testsysteme
        Freitag, 2. Oktober 2026
        09:30 - 10:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Mitarbeiter: Nadine Pohl
        Ort: Microsoft Teams-Besprechung

        Zusätzliche Informationen:
        Vielen Dank für Ihre Terminbuchung. Im Gespräch lernen Sie Nadine Pohl (Teamleitung Testsoftware) kennen. Bei Fragen vorab erreichen Sie Frau Pohl unter nadine.pohl@elbflorenz-celllab.de.

        Besprechung beitreten: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE2MTk0ODUtNWQ3Zi00@thread.v2/0

        Buchung verwalten: https://outlook.office365.com/book/BewerbungsgesprcheElbflorenzCellLab@elbflorenz-celllab.de/
        Elbflorenz Cell Lab GmbH · Manfred-von-Ardenne-Ring 20 · 01099 Dresden
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <h2 style="font-weight:600">Ihre Buchung wurde bestätigt.</h2>
        <div><b>Bewerbungsgespräch Softwareentwicklung Testsysteme</b></div>
        <div>Freitag, 2. Oktober 2026</div>
        <div>09:30 - 10:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        <div>&nbsp;</div>
        <div>Mitarbeiter: Nadine Pohl</div><div>Ort: Microsoft Teams-Besprechung</div>
        <div>&nbsp;</div>
        <div><b>Zusätzliche Informationen:</b></div>
        <div>Vielen Dank für Ihre Terminbuchung. Im Gespräch lernen Sie Nadine Pohl (Teamleitung Testsoftware) kennen. Bei Fragen vorab erreichen Sie Frau Pohl unter nadine.pohl@elbflorenz-celllab.de.</div>
        <div>&nbsp;</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE2MTk0ODUtNWQ3Zi00@thread.v2/0">Besprechung beitreten</a></div>
        <div><a href="https://outlook.office365.com/book/BewerbungsgesprcheElbflorenzCellLab@elbflorenz-celllab.de/">Buchung verwalten</a></div>
        <div style="color:#666;font-size:12px">Elbflorenz Cell Lab GmbH · Manfred-von-Ardenne-Ring 20 · 01099 Dresden</div>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Elbflorenz Cell Lab Bewerbungsgespräche:mailto:BewerbungsgesprcheElbflorenzCellLab@elbflorenz-celllab.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Maximilian Vogt:mailto:max.vogt@example.org
UID:040000008200E00074C5B7101A82E00800000000B9E4A27C0A4DDD0100000000000000001000000044C1D3A2B0F94E6AA3D7
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Softwareentwicklung Testsysteme
DTSTART;TZID=W. Europe Standard Time:20261002T093000
DTEND;TZID=W. Europe Standard Time:20261002T101500
DTSTAMP:20260925T130241Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2119.outbound.protection.outlook.com "
            "[40.107.135.119])", "2026-09-25 15:02:44", "4LzS7q1bWxz9"),
        ("From", addr("Elbflorenz Cell Lab Bewerbungsgespräche",
                      "BewerbungsgesprcheElbflorenzCellLab@elbflorenz-celllab.de")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Ihre Buchung wurde bestätigt: Bewerbungsgespräch Softwareentwicklung Testsysteme mit "
                        "Nadine Pohl")),
        ("Date", date("2026-09-25 15:02:41", BER)),
        ("Message-ID", "<FR2P281MB2733D0A1E4B7C8A9F16E2D3B9A4C1@FR2P281MB2733.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ], alt(text(body), html(h), calendar(ics, cte="base64")))


@mail(n(11), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-21 10:45", BER), local="Wed 2026-10-21 10:45", zone=BER,
      contact="henrike.sommer@plagwitz-power.de", company="Plagwitz Power Electronics GmbH",
      note="Hiring manager's prose, sent Tue 13 Oct: 'Mittwoch in acht Tagen, also am 21., um dreiviertel elf' "
           "= Wed 21 Oct 10:45 MESZ (UTC+2) -> 08:45Z; 'eine gute Stunde' is approximate -> end null")
def p11():
    body = t("""
        Sehr geehrter Herr Vogt,

        Frau Kunze hat mir Ihre Unterlagen weitergeleitet, und ich würde Sie gern persönlich kennenlernen. Wie eben am Telefon vereinbart: Mittwoch in acht Tagen, also am 21., um dreiviertel elf bei uns in Plagwitz (Karl-Heine-Straße 99, Aufgang B, 3. OG). Planen Sie bitte eine gute Stunde ein - Herr Naumann aus dem Validierungsteam kommt dazu.

        Falls Sie mit dem Auto kommen: Parken ist im Hof leider schwierig, am besten im Parkhaus an der Gießerstraße.

        Ich freue mich auf unser Gespräch.

        Mit freundlichen Grüßen
        Dr. Henrike Sommer
        Leiterin Leistungselektronik-Validierung

        Plagwitz Power Electronics GmbH
        Karl-Heine-Straße 99 | 04229 Leipzig
        T +49 341 2 46 38-40
        henrike.sommer@plagwitz-power.de
        """)
    return message([
        rcv("mout.kundenserver.de (mout.kundenserver.de [212.227.17.13])", "2026-10-13 16:22:09", "4MFb3R9nCtz7"),
        ("From", addr("Dr. Henrike Sommer", "henrike.sommer@plagwitz-power.de")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Cc", addr("Claudia Kunze", "claudia.kunze@plagwitz-power.de")),
        ("Subject", enc("Ihre Bewerbung – Gesprächstermin")),
        ("Date", date("2026-10-13 16:22:05", BER)),
        ("Message-ID", "<5a8e2c71-1d4b-4f3a-8c9e-0b7d6e5f4a31@plagwitz-power.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(12), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", "America/New_York"), end=utc("2026-11-03 10:00", "America/New_York"),
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/New_York",
      contact="megan.oconnell@harborlightgrid.com", company="Harborlight Grid Inc.",
      note="Ashby confirmation from a Boston remote team, sent Thu 29 Oct in EDT; the interview is after the "
           "US switch to EST (1 Nov): 9:00-10:00 AM EST (UTC-5) -> 14:00-15:00Z = 15:00 CET in Chemnitz as "
           "the recruiter says; ICS America/New_York agrees; contact = human Reply-To")
def p12():
    body = t("""
        Hi Maximilian,

        Your interview is confirmed. We're looking forward to speaking with you!

        Systems Test Engineer - Battery Storage (Remote, EU)
        Tuesday, November 3, 2026, 9:00 AM - 10:00 AM EST
        Google Meet: https://meet.google.com/hfx-qmzt-kpw

        You'll meet with:
          Devon Price - Director of Controls Software
          Ana Ribeiro - Senior Test Engineer

        A note from Megan: heads up that the US moves off daylight time this Sunday, so next Tuesday 9am Boston time is 3pm for you - not 2pm like our last call.

        Questions? Just reply and it will reach Megan O'Connell.

        Thanks,
        Harborlight Grid Recruiting
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["America/New_York"] + """
BEGIN:VEVENT
UID:0b6e4f1d-2a9c-4e87-b3d5-7c1f0e9a8d42
DTSTAMP:20261029T150512Z
DTSTART;TZID=America/New_York:20261103T090000
DTEND;TZID=America/New_York:20261103T100000
SEQUENCE:0
SUMMARY:Harborlight Grid - Systems Test Engineer Interview
LOCATION:https://meet.google.com/hfx-qmzt-kpw
ORGANIZER;CN=Megan O'Connell:mailto:megan.oconnell@harborlightgrid.com
ATTENDEE;CN=Maximilian Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:max.vogt@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
            "2026-10-29 11:05:15", "4MP2cW5xRbz1", zone="America/New_York"),
        ("From", addr("Harborlight Grid", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Megan O'Connell", "megan.oconnell@harborlightgrid.com")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", "Interview confirmed: Systems Test Engineer - Battery Storage at Harborlight Grid"),
        ("Date", date("2026-10-29 11:05:12", "America/New_York")),
        ("Message-ID", "<0100019330a1f2b4-6e1d9c8a-ashby-4f2e-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(13), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-10 14:30", BER), end=utc("2026-12-10 15:30", BER),
      local="Thu 2026-12-10 14:30", local_end="2026-12-10 15:30", zone=BER,
      contact="steffen.lorenz@elbtal-elektronik.de", company="Elbtal Elektronik AG",
      note="SmartRecruiters 'Interview bestätigt' Do., 10.12.2026, 14:30-15:30 Uhr (MEZ UTC+1) -> 13:30-14:30Z; "
           "ICS agrees; contact = hiring manager in Reply-To")
def p13():
    body = t("""
        Hallo Maximilian Vogt,

        vielen Dank für die Bestätigung. Ihr Interview für die Position Lead Engineer Batterietest-Software (w/m/d) ist nun fest eingeplant:

        Do., 10.12.2026, 14:30 – 15:30 Uhr (Europe/Berlin)
        Ort: Elbtal Elektronik AG, Washingtonstraße 16, 01139 Dresden, Haus 2, Raum „Pillnitz“
        Interviewer: Steffen Lorenz, Dr. Maria Jähnig

        Den Termin finden Sie auch im Anhang als Kalendereintrag.

        Viele Grüße
        Steffen Lorenz
        Elbtal Elektronik AG

        ---
        Diese Nachricht wurde über SmartRecruiters gesendet. Datenschutz: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//SmartRecruiters//Interview Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:sr-iv-7e3a1c9b-2d48-4f60-9b1e-5c8d7a6f3e21@smartrecruiters.com
DTSTAMP:20261202T091844Z
DTSTART;TZID=Europe/Berlin:20261210T143000
DTEND;TZID=Europe/Berlin:20261210T153000
SUMMARY:Interview: Lead Engineer Batterietest-Software - Maximilian Vogt
LOCATION:Elbtal Elektronik AG\\, Washingtonstraße 16\\, 01139 Dresden
ORGANIZER;CN=Steffen Lorenz:mailto:steffen.lorenz@elbtal-elektronik.de
ATTENDEE;CN=Maximilian Vogt;RSVP=TRUE:mailto:max.vogt@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail12.smartrecruiters.com (mail12.smartrecruiters.com [185.41.28.112])", "2026-12-02 10:18:47",
            "4MlW2e7sNqz5"),
        ("From", addr("Elbtal Elektronik AG", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Steffen Lorenz", "steffen.lorenz@elbtal-elektronik.de")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Interview bestätigt – Lead Engineer Batterietest-Software (w/m/d)")),
        ("Date", date("2026-12-02 10:18:44", BER)),
        ("Message-ID", "<sr.2f9c1e7a.1796203124@mail.smartrecruiters.com>"),
    ], mixed(text(body), calendar(ics, cte="quoted-printable", filename="interview.ics",
                                  disposition="attachment")))


@mail(n(14), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-16 11:00", BER), local="Mon 2026-11-16 11:00", zone=BER,
      contact="a.roessler@kessel-partner.de", company="Lausitz Power Electronics GmbH",
      note="Candidate forwards (message/rfc822) a headhunter's confirmation to himself: 'Montag, 16.11.2026, "
           "11:00 Uhr' at the client in Dresden (MEZ UTC+1) -> 10:00Z; 'etwa 90 Minuten' -> end null; "
           "outer sender is the candidate, so contact = the headhunter in the forwarded header; company = the "
           "hiring client, not the agency")
def p14():
    inner_body = t("""
        Sehr geehrter Herr Vogt,

        wie eben telefonisch besprochen, bestätige ich Ihnen hiermit den Vorstellungstermin bei meinem Mandanten, der Lausitz Power Electronics GmbH:

            Montag, 16.11.2026, 11:00 Uhr
            Lausitz Power Electronics GmbH, Königsbrücker Landstraße 161, 01109 Dresden
            Gesprächspartner: Herr Matthias Kühnel (CTO), Frau Yvonne Rämisch (HR)

        Rechnen Sie mit etwa 90 Minuten. Bitte geben Sie im Gespräch keine Gehaltsvorstellung an - das klären wir wie besprochen über mich.

        Ich rufe Sie am Montagnachmittag für ein kurzes Feedback an.

        Mit freundlichen Grüßen

        Andreas Rößler
        Senior Consultant Engineering
        Kessel & Partner Personalberatung GmbH
        Brühl 65 · 04109 Leipzig
        Tel. 0341 / 35 57 20-18 · a.roessler@kessel-partner.de
        """)
    inner = message([
        ("From", addr("Andreas Rößler", "a.roessler@kessel-partner.de", charset="iso-8859-15")),
        ("To", addr("Maximilian Vogt", "max.vogt@example.net")),
        ("Subject", enc("Bestätigung Vorstellungstermin Lausitz Power Electronics", "iso-8859-15")),
        ("Date", date("2026-11-10 16:02:37", BER)),
        ("Message-ID", "<000c01db3346$a1b2c3d4$e5f6a7b8$@kessel-partner.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(inner_body, charset="iso-8859-15"))
    outer = t("""
        zur Ablage – Termin Lausitz Power, Mo 16.11. 11 Uhr

        --
        Gesendet mit GMX Mail
        """)
    return message([
        rcv("mout.gmx.net (mout.gmx.net [212.227.15.19])", "2026-11-10 20:31:50", "4MXq4L2vDhz8"),
        ("From", addr("Maximilian Vogt", "max.vogt@example.net")),
        ("To", ME),
        ("Subject", enc("WG: Bestätigung Vorstellungstermin Lausitz Power Electronics")),
        ("Date", date("2026-11-10 20:31:46", BER)),
        ("Message-ID", "<trinity-4c1d9e2a-7b3f-4e58-a6c0-9f8e7d6c5b4a-1794338706@3c-app-gmx-bs41>"),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, filename="Bestaetigung.eml")))


@mail(n(15), family="human_prose_mobile", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-09 10:00", BER), local="Wed 2026-12-09 10:00", zone=BER,
      contact="robert.fiedler@kassberg-software.de", company="Kaßberg Software UG",
      note="One-line iPhone reply (du) 'Passt, dann am 9. um 10 bei uns im Büro', sent Thu 3 Dec; the quoted "
           "mail offers 'Mittwoch, 9.12. vormittags' -> Wed 9 Dec 10:00 MEZ (UTC+1) -> 09:00Z; human sender")
def p15():
    body = t("""
        Passt, dann am 9. um 10 bei uns im Büro 👍 Klingel „Kaßberg Software“, 2. Stock.

        Robert

        Von meinem iPhone gesendet

        > Am 03.12.2026 um 08:14 schrieb Max Vogt <max.vogt@example.org>:
        >
        > Hallo Robert,
        >
        > danke für die schnelle Rückmeldung! Ich könnte am Mittwoch, 9.12.
        > vormittags oder am Freitag, 11.12. ab 13 Uhr. Sag einfach, was euch
        > besser passt.
        >
        > Viele Grüße
        > Max
        >
        >> Am 02.12.2026 um 21:40 schrieb Robert Fiedler <robert.fiedler@kassberg-software.de>:
        >>
        >> Hi Max, hat mich gefreut auf dem Meetup. Magst du nächste Woche mal
        >> auf nen Kaffee und ein richtiges Gespräch vorbeikommen? Wir suchen
        >> wirklich jemanden für die Testautomatisierung.
        >> Robert
        """)
    return message([
        rcv("mail-il1-f177.google.com (mail-il1-f177.google.com [209.85.166.177])", "2026-12-03 12:37:31",
            "4MlY9n3tKfz2"),
        ("From", addr("Robert Fiedler", "robert.fiedler@kassberg-software.de")),
        ("To", addr("Max Vogt", ME)),
        ("Subject", enc("Re: Kaffee & Gespräch")),
        ("Date", date("2026-12-03 12:37:27", BER)),
        ("Message-ID", "<7E2B4C1A-9D3F-4A6E-B8C0-1F2E3D4C5B6A@kassberg-software.de>"),
        ("In-Reply-To", "<CAMv0g7zR1kT8wXq@mail.example.org>"),
        ("References", "<CAMv0g7a9Lp2Yt@mail.kassberg-software.de> <CAMv0g7zR1kT8wXq@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, params="delsp=yes; format=flowed"), mime_version=True)


TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
    Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTJhM2Yt@thread.v2/0>
    Besprechungs-ID: 381 226 904 517
    Kennung: 7xK2pQ
    Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def exchange_de(*, subject, when_line, body, dtstart, dtend, uid, stamp, method="REQUEST", seq=0,
                status="CONFIRMED", organizer=("Sandra Uhlig", "sandra.uhlig@chemnitzer-antrieb.de"),
                sent, msgid, host_ident, extra_headers=()):
    """An Outlook/Exchange (German client) meeting request or cancellation with W. Europe Standard Time."""
    text_body = f"Wann: {when_line}\nWo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n" + TEAMS_DE
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body lang=\"DE\"><div class=\"WordSection1\"><p class=\"MsoNormal\">"
                 + text_body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
                 + "</p></div></body></html>\n")
    cdo_seq = seq
    ics = (f"BEGIN:VCALENDAR\nMETHOD:{method}\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["W. Europe Standard Time"] + f"""
BEGIN:VEVENT
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maximilian Vogt:mailto:max.vogt@example.org
DESCRIPTION;LANGUAGE=de-DE:{body.splitlines()[0].replace(',', chr(92) + ',')}\\n
UID:{uid}
SUMMARY;LANGUAGE=de-DE:{subject}
DTSTART;TZID=W. Europe Standard Time:{dtstart}
DTEND;TZID=W. Europe Standard Time:{dtend}
CLASS:PUBLIC
PRIORITY:{1 if method == 'CANCEL' else 5}
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:{cdo_seq}
X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}
X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR""")
    return message([
        rcv("DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2091.outbound.protection.outlook.com "
            "[40.107.127.91])", sent, host_ident),
        ("From", addr(*organizer)),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc(subject.split(": ", 1)[-1])),
        ("Date", date(sent, BER)),
        ("Message-ID", msgid),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        *extra_headers,
    ], alt(text(text_body), html(html_body), calendar(ics, method=method, cte="base64")))


@mail(n(16), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-11 10:00", BER), end=utc("2026-12-11 11:00", BER),
      local="Fri 2026-12-11 10:00", local_end="2026-12-11 11:00", zone=BER,
      contact="sandra.uhlig@chemnitzer-antrieb.de", company="Chemnitzer Antriebstechnik GmbH",
      note="New Outlook/Teams invitation sent minutes after the cancellation of the Tuesday slot (see the "
           "thread note); 'Freitag, 11. Dezember 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin...' -> "
           "09:00-10:00Z; ICS W. Europe Standard Time agrees; contact = organizer")
def p16():
    return exchange_de(
        subject="Vorstellungsgespräch Maximilian Vogt – Testingenieur Software (neuer Termin)",
        when_line="Freitag, 11. Dezember 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
        body=("Sehr geehrter Herr Vogt,\n\nwie angekündigt hier die neue Einladung für unser Gespräch per Teams am "
              "Freitag um 10 Uhr. Teilnehmer von unserer Seite: Herr Dietze (Abteilungsleiter Prüfstandstechnik) "
              "und ich.\n\nMit freundlichen Grüßen\nSandra Uhlig\nPersonalreferentin\n"
              "Chemnitzer Antriebstechnik GmbH | Annaberger Straße 240 | 09125 Chemnitz"),
        dtstart="20261211T100000", dtend="20261211T110000",
        uid="040000008200E00074C5B7101A82E00800000000D1F3E2B6A53BDD01000000000000000010000000A3B47C5E9D2F4B21",
        stamp="20261204T081531Z", sent="2026-12-04 09:15:31",
        msgid="<BE1P281MB2130F7A2C9D84E35B6A1C0D2E3F4A@BE1P281MB2130.DEUP281.PROD.OUTLOOK.COM>",
        host_ident="4MmC1v6pZrz4")


@mail(n(17), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-28 11:00", BER), end=utc("2026-09-28 12:00", BER),
      local="Mon 2026-09-28 11:00", local_end="2026-09-28 12:00", zone=BER,
      contact="paula.ebert@lindenau-data.de", company="Lindenau Data Systems GmbH",
      note="Workable reschedule: old Fri 25 Sep 9:00, new 'Monday, September 28, 2026, 11:00 AM - 12:00 PM "
           "(CEST)' -> 09:00-10:00Z; ICS SEQUENCE:1 agrees; Reply-To is a Workable relay, contact = the "
           "recruiter's address in the body")
def p17():
    body = t("""
        Hi Maximilian,

        Your interview for Software Engineer - Test Infrastructure at Lindenau Data Systems has been rescheduled.

        Previously: Friday, September 25, 2026, 9:00 AM - 10:00 AM (CEST)
        New time:   Monday, September 28, 2026, 11:00 AM - 12:00 PM (CEST)

        Video call: https://lindenau-data.whereby.com/interview-room

        Message from Paula Ebert:
        "Sorry for moving this around! Our CTO Jonas got pulled into a customer escalation on Friday morning, and he really wants to be in this conversation. If Monday doesn't work, drop me a line at paula.ebert@lindenau-data.de and we'll find something else."

        Best,
        The Lindenau Data Systems hiring team

        Powered by Workable
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Workable//Workable Events//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:workable-event-41d9a3c7e2b8@workable.com
DTSTAMP:20260922T133005Z
DTSTART;TZID=Europe/Berlin:20260928T110000
DTEND;TZID=Europe/Berlin:20260928T120000
SUMMARY:Interview: Maximilian Vogt for Software Engineer - Test Infrastructure
LOCATION:https://lindenau-data.whereby.com/interview-room
ORGANIZER;CN=Lindenau Data Systems:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Maximilian Vogt;RSVP=TRUE:mailto:max.vogt@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Helvetica,Arial,sans-serif">')
    return message([
        rcv("o1.candidates.workablemail.com (o1.candidates.workablemail.com [167.89.72.18])",
            "2026-09-22 15:30:09", "4LyQ2t8cMvz6"),
        ("From", addr("Lindenau Data Systems", "noreply@candidates.workablemail.com")),
        ("Reply-To", "lindenau-data-systems+c7e2a91f0b@candidates.workablemail.com"),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", "Interview rescheduled: Software Engineer - Test Infrastructure at Lindenau Data Systems"),
        ("Date", date("2026-09-22 15:30:05", BER)),
        ("Message-ID", "<5f6e3a2c.1c69fb81.8d4e7.0b3a@candidates.workablemail.com>"),
    ], mixed(alt(text(body), html(h)), calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(18), family="exchange_teams", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-27 14:00", BER), end=utc("2026-10-27 15:00", BER),
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=BER,
      contact="maik.schubert@vogtland-edrive.de", company="Vogtland E-Drive GmbH",
      note="Outlook 'Aktualisiert' update (SEQUENCE 1), sent Wed 21 Oct in CEST: old Fri 23.10. 14:00 (CEST), "
           "new Tue 27.10. 14:00-15:00, after the switch to CET (UTC+1) -> 13:00-14:00Z; the When line and "
           "ICS (W. Europe Standard Time) agree; contact = organizer")
def p18():
    return exchange_de(
        subject="Aktualisiert: Fachinterview Testautomatisierung – Maximilian Vogt",
        when_line="Dienstag, 27. Oktober 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
        body=("Hallo Herr Vogt,\n\nleider muss ich unseren Termin am Freitag, 23.10., um 14:00 Uhr verschieben "
              "- bei uns ist ein Lieferantenaudit dazwischengekommen. Neuer Termin ist Dienstag, der 27.10., "
              "wieder 14:00 bis 15:00 Uhr per Teams (dann übrigens schon Winterzeit).\n\nBeste Grüße\n"
              "Maik Schubert\nTeamleiter Testautomatisierung\nVogtland E-Drive GmbH | Reichenbacher Str. 12 | "
              "08056 Zwickau"),
        dtstart="20261027T140000", dtend="20261027T150000", seq=1,
        uid="040000008200E00074C5B7101A82E008000000004C2E9F7B3A40DD010000000000000000100000007E1D2C3B4A596877",
        stamp="20261021T091208Z", sent="2026-10-21 11:12:08",
        organizer=("Maik Schubert", "maik.schubert@vogtland-edrive.de"),
        msgid="<FR4P281MB3417B2E6C1A94F08D7E5A3C2B1F09@FR4P281MB3417.DEUP281.PROD.OUTLOOK.COM>",
        host_ident="4MKz7c0jRdz3")


@mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-19 13:30", BER), local="Thu 2026-11-19 13:30", zone=BER,
      contact="heiko.troeger@floeha-elektro.de", company="Flöha Elektrotechnik GmbH",
      note="Saxon du-mail sent Mon 16 Nov: 'morgen um 10' (Tue 17 Nov) moves to 'Donnerstag, 19.11., um halb "
           "zwei' = 13:30 MEZ (UTC+1) -> 12:30Z; no length; human sender")
def p19():
    body = t("""
        Moin Max,

        ich muss dich leider nochma umbestellen: morgen um 10 klappt bei mir nich, der Kunde aus Wolfsburg kommt unangemeldet zum Audit. Mir machen's stattdessen Donnerstag, 19.11., um halb zwei. Selbe Stelle, Halle 3, einfach beim Pförtner nach mir fragen.

        Tut mir leid für's Hin und Her. Wenn's Donnerstag bei dir gar nich geht, ruf mich an: 0172 / 3 81 64 90.

        Gruß Heiko

        --
        Heiko Tröger
        Leiter Prüffeld
        Flöha Elektrotechnik GmbH
        Augustusburger Str. 31, 09557 Flöha
        """)
    return message([
        rcv("smtprelay.flo-net.de (smtprelay.flo-net.de [195.37.212.44])", "2026-11-16 07:52:40", "4MbL6h4sPwz1"),
        ("From", addr("Heiko Tröger", "heiko.troeger@floeha-elektro.de", charset="windows-1252")),
        ("To", ME),
        ("Subject", "Termin morgen"),
        ("Date", date("2026-11-16 07:52:36", BER)),
        ("Message-ID", "<000301db37e8$5c2a1f40$147e5dc0$@floeha-elektro.de>"),
        ("X-Mailer", "Microsoft Outlook 15.0"),
        ("Thread-Index", "AQHbN+hcKh9AFH5dwM2vP8e3RjK1Gg=="),
        ("Content-Language", "de"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(20), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-07 16:00", BER), end=utc("2026-12-07 17:00", BER),
      local="Mon 2026-12-07 16:00", local_end="2026-12-07 17:00", zone=BER,
      contact="chloe.bennett@brightwatermobility.com", company="Brightwater Mobility Inc.",
      note="GoodTime reschedule, old Thu 3 Dec 16:00 CET, new Mon 7 Dec 4:00-5:00 PM CET (UTC+1) -> "
           "15:00-16:00Z; the ICS is in UTC (Z) and agrees; contact = human Reply-To")
def p20():
    body = t("""
        Hi Maximilian,

        Your interview with Brightwater Mobility has been rescheduled. Here are your updated interview details:

        Position: Senior Engineer, Battery Validation Software (Europe, remote)

        NEW TIME
        Monday, December 7, 2026
        4:00 PM - 5:00 PM CET (Central European Time)

        Previous time: Thursday, December 3, 2026, 4:00 PM - 5:00 PM CET

        Interview: Panel - Validation Tooling
        Interviewers: Ravi Menon, Katharina Albers
        Location: Microsoft Teams (link in the calendar invitation)

        If you have any questions, reply to this email to reach Chloe Bennett.

        Thank you,
        Brightwater Mobility Talent Team

        Scheduled with GoodTime
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-3b81f6c0d95e4a27@goodtime.io
DTSTAMP:20261202T104455Z
DTSTART:20261207T150000Z
DTEND:20261207T160000Z
SUMMARY:Brightwater Mobility Interview - Panel - Validation Tooling
LOCATION:Microsoft Teams
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Brightwater_7d2e@thread.v2/0
ORGANIZER;CN=Chloe Bennett:mailto:chloe.bennett@brightwatermobility.com
ATTENDEE;CN=Maximilian Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:max.vogt@example.org
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;color:#202124">
        <p>Hi Maximilian,</p>
        <p>Your interview with Brightwater Mobility has been rescheduled. Here are your updated interview details:</p>
        <p><b>Position:</b> Senior Engineer, Battery Validation Software (Europe, remote)</p>
        <div style="background:#eef6ff;padding:12px"><b>NEW TIME</b><br>Monday, December 7, 2026<br>4:00 PM - 5:00 PM CET (Central European Time)</div>
        <p style="color:#888"><s>Thursday, December 3, 2026, 4:00 PM - 5:00 PM CET</s></p>
        <p><b>Interview:</b> Panel - Validation Tooling<br><b>Interviewers:</b> Ravi Menon, Katharina Albers<br><b>Location:</b> Microsoft Teams (link in the calendar invitation)</p>
        <p>If you have any questions, reply to this email to reach Chloe Bennett.</p>
        <p>Thank you,<br>Brightwater Mobility Talent Team</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        rcv("mail-out3.goodtime.io (mail-out3.goodtime.io [35.163.88.201])", "2026-12-02 11:44:58", "4MlX0d3qHgz7"),
        ("From", addr("Brightwater Mobility Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Chloe Bennett", "chloe.bennett@brightwatermobility.com")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", "Updated: Your interview with Brightwater Mobility has been rescheduled"),
        ("Date", date("2026-12-02 11:44:55", BER)),
        ("Message-ID", "<gt.reschedule.3b81f6c0d95e4a27.2@goodtime.io>"),
    ], mixed(alt(text(body), html(h)), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-16 10:00", BER), end=utc("2026-10-16 11:00", BER),
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone=BER,
      contact="priya.raman@kumuluslabs.io", company="Kumulus Labs GmbH",
      note="Google Calendar 'Canceled event' (METHOD:CANCEL) for Fri Oct 16 10am-11am CEST (UTC+2) -> "
           "08:00-09:00Z; the organizer's note says hiring is paused, no new time; contact = organizer")
def p21():
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:CANCEL\n" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261016T100000
DTEND;TZID=Europe/Berlin:20261016T110000
DTSTAMP:20261013T144021Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@kumuluslabs.io
UID:2v9k1m7p0q3r5s8t4u6w2x0y1z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=max.vogt@example.org;X-NUM-GUESTS=0:mailto:max.vogt@example.org
CREATED:20261006T091233Z
DESCRIPTION:Technical interview (pairing on a test harness).
LAST-MODIFIED:20261013T144020Z
LOCATION:Kumulus Labs\\, Tharandter Str. 13\\, 01159 Dresden
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Technical Interview - Maximilian Vogt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    body = t("""
        This event has been canceled and removed from your calendar.

        Technical Interview - Maximilian Vogt
        Friday Oct 16, 2026 ⋅ 10am – 11am
        Central European Time - Berlin

        Location
        Kumulus Labs, Tharandter Str. 13, 01159 Dresden

        Priya Raman has canceled this event and sent a note:
        "Hi Max, I'm really sorry - we've just been told to pause hiring for this role until Q1. I'll reach out as soon as it's open again. Priya"

        Organizer
        Priya Raman
        priya.raman@kumuluslabs.io

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-10-13 16:40:24",
            "4MFc8s1nXtz9"),
        ("From", addr("Priya Raman", "priya.raman@kumuluslabs.io")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Priya Raman", "priya.raman@kumuluslabs.io")),
        ("To", ME),
        ("Subject", enc("Canceled event with note: Technical Interview - Maximilian Vogt @ Fri Oct 16, 2026 "
                        "10am - 11am (CEST) (max.vogt@example.org)")),
        ("Date", date("2026-10-13 16:40:21", BER)),
        ("Message-ID", "<calendar-c3d1a9e7-0b4f-4e12-8d6a-5f2b7c9e1a04@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="7bit")),
             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="recruitee", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-11 09:00", BER), local="Wed 2026-11-11 09:00", zone=BER,
      contact="julia.wendisch@collmberg-speicher.de", company="Collmberg Speichertechnik GmbH",
      note="Recruitee mail cancelling the interview 'am Mittwoch, 11.11.2026, um 09:00 Uhr' (MEZ UTC+1 -> "
           "08:00Z) because the role was filled internally; no new time; sender is a Recruitee relay, "
           "contact = the recruiter's address in the signature")
def p22():
    body = t("""
        Sehr geehrter Herr Vogt,

        leider müssen wir das für Mittwoch, 11.11.2026, um 09:00 Uhr vereinbarte Vorstellungsgespräch absagen. Die Position "Softwareentwickler Batteriemanagement (m/w/d)" konnte zwischenzeitlich intern besetzt werden.

        Wir bedauern das sehr, zumal uns Ihr Profil gut gefallen hat. Wenn Sie einverstanden sind, behalten wir Ihre Unterlagen gern für künftige Vakanzen in unserem Talentpool.

        Für Rückfragen stehe ich Ihnen gern zur Verfügung.

        Mit freundlichen Grüßen
        Julia Wendisch
        Recruiting & Employer Branding
        Collmberg Speichertechnik GmbH | Industriestraße 4 | 04758 Oschatz
        julia.wendisch@collmberg-speicher.de
        """)
    h = ("<html><body><div style=\"font-family:Arial,sans-serif;font-size:14px\">"
         + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
         + "<p style=\"font-size:11px;color:#999\">Gesendet über Recruitee</p></div></body></html>\n")
    return message([
        rcv("mail.recruitee.com (mail.recruitee.com [159.135.228.10])", "2026-11-05 13:27:19", "4MTj5w9bGcz2"),
        ("From", addr("Collmberg Speichertechnik GmbH", "collmberg-speicher@mail.recruitee.com")),
        ("Reply-To", "collmberg-speicher+candidate.48213977@mail.recruitee.com"),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Absage Ihres Vorstellungsgesprächs am 11.11.2026")),
        ("Date", date("2026-11-05 13:27:16", BER)),
        ("Message-ID", "<6729f1c4a81e2_7d3b9a11c2845@recruitee-mailer.mail>"),
    ], alt(text(body, charset="iso-8859-1"), html(h, charset="iso-8859-1")))


@mail(n(23), family="exchange_teams", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-08 10:00", BER), end=utc("2026-12-08 11:00", BER),
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=BER,
      contact="sandra.uhlig@chemnitzer-antrieb.de", company="Chemnitzer Antriebstechnik GmbH",
      note="Outlook 'Abgesagt' (METHOD:CANCEL) of the Teams interview Tue 8 Dec 10:00-11:00 (MEZ UTC+1) -> "
           "09:00-10:00Z; the body announces a new invitation for Friday 11.12. 10 Uhr, which arrives as a "
           "separate mail; this mail itself only cancels -> cancelled, start = cancelled slot; contact = organizer")
def p23():
    return exchange_de(
        subject="Abgesagt: Vorstellungsgespräch Maximilian Vogt – Testingenieur Software",
        when_line="Dienstag, 8. Dezember 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
        body=("Sehr geehrter Herr Vogt,\n\nleider muss Herr Dietze am Dienstag kurzfristig zu einem Kunden nach "
              "Ingolstadt. Ich sage den Termin daher ab; eine neue Einladung für Freitag, 11.12., 10 Uhr "
              "schicke ich Ihnen gleich im Anschluss.\n\nMit freundlichen Grüßen\nSandra Uhlig\n"
              "Personalreferentin\nChemnitzer Antriebstechnik GmbH"),
        dtstart="20261208T100000", dtend="20261208T110000", method="CANCEL", status="CANCELLED", seq=1,
        uid="040000008200E00074C5B7101A82E00800000000F0A9C6B5A23BDD01000000000000000010000000C2D1E0F9A8B7C6D5",
        stamp="20261204T081208Z", sent="2026-12-04 09:12:08",
        msgid="<BE1P281MB2130A4C8E1F26B93D7E0F1A2B3C4D@BE1P281MB2130.DEUP281.PROD.OUTLOOK.COM>",
        host_ident="4MmBy2q7Ksz8", extra_headers=(("Importance", "high"),))


# =========================================================================== negatives


@mail(n(24), family="icims_rejection", lang="en", interview=False, company="Kestrel Mobility Inc.",
      days=(("Thu", "2026-10-08"),),
      note="iCIMS rejection after an interview on Thursday, October 8 (past); no new time -> negative")
def n24():
    body = t("""
        Dear Maximilian,

        Thank you for taking the time to interview with us on Thursday, October 8 for the position of Validation Software Engineer (Req ID 2026-4471) at our Chemnitz Technology Center.

        After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the current needs of the team. This was not an easy decision, and the interview panel asked me to pass on how much they enjoyed the discussion of your HIL regression framework.

        We encourage you to continue to visit our career site and apply for positions that match your interests.

        Kind regards,

        Talent Acquisition Team
        Kestrel Mobility Inc.

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    h = ("<html><body style=\"font-family:Arial;font-size:13px\">"
         + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
         + "<img src=\"https://careers-kestrelmobility.icims.com/track/o.gif\" width=\"1\" height=\"1\"></body></html>\n")
    return message([
        rcv("smtp-out4.icims.com (smtp-out4.icims.com [199.26.93.14])", "2026-10-19 17:03:52", "4MJ6r2cVwxz5"),
        ("From", addr("Kestrel Mobility Careers", "kestrelmobility@talent.icims.com")),
        ("To", ME),
        ("Subject", "Your application for Validation Software Engineer (2026-4471)"),
        ("Date", date("2026-10-19 11:03:49", "America/New_York")),
        ("Message-ID", "<1760893429.4471.22871@talent.icims.com>"),
    ], alt(text(body, cte="7bit"), html(h, cte="7bit")))


@mail(n(25), family="offer", lang="de", interview=False, company="Auwald Robotics GmbH",
      days=(("Fri", "2026-10-30"),),
      note="Job offer (du) after the interviews: start date 1 Feb 2027 and a reply deadline Fri 30.10.; "
           "offers a call but fixes no time -> negative")
def n25():
    body = t("""
        Hallo Maximilian,

        ich hab gute Neuigkeiten: Felix und das ganze Testteam waren nach eurem zweiten Gespräch begeistert, und wir möchten dir sehr gern die Stelle als Embedded Test Engineer anbieten!

        Im Anhang findest du unser Angebot mit den Eckdaten:
        – Start: 1. Februar 2027 (früher geht auch, sag Bescheid)
        – Gehalt: wie besprochen, Details im PDF
        – 30 Tage Urlaub, 2 Tage Homeoffice pro Woche, Deutschlandticket

        Gib uns bitte bis Freitag, 30.10., eine Rückmeldung. Wenn du vorher noch Fragen hast, ruf mich einfach an – ich bin diese Woche fast immer erreichbar.

        Wir drücken die Daumen, dass es passt!

        Viele Grüße
        Jana

        Jana Schuster
        People & Culture
        Auwald Robotics GmbH · Spinnereistraße 7 · 04179 Leipzig
        jana.schuster@auwald-robotics.de
        """)
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    pdf_part = Part([("Content-Type", 'application/pdf; name="Angebot_Auwald_Robotics_Vogt.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Angebot_Auwald_Robotics_Vogt.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    return message([
        rcv("mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])", "2026-10-20 09:47:31",
            "4MKb2q8yTdz4"),
        ("From", addr("Jana Schuster", "jana.schuster@auwald-robotics.de")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Dein Angebot von Auwald Robotics 🎉")),
        ("Date", date("2026-10-20 09:47:27", BER)),
        ("Message-ID", "<CAF3kq9xN2b_R7tLwP0aVz8uYc5mE1@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             pdf_part))


@mail(n(26), family="softgarden_receipt", lang="de", interview=False, company="Freiberger Zellforschung GmbH",
      note="softgarden application receipt; promises a reply within two weeks, no appointment -> negative")
def n26():
    body = t("""
        Sehr geehrter Herr Vogt,

        vielen Dank für Ihre Bewerbung als Softwareentwickler Zellprüfstände (m/w/d) und Ihr Interesse an der Freiberger Zellforschung GmbH.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten 14 Tage bei Ihnen – entweder mit einer Einladung zu einem persönlichen Gespräch oder mit einer Rückmeldung zum weiteren Verfahren.

        Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
        https://freiberger-zellforschung.softgarden.io/de/applicant/login

        Mit freundlichen Grüßen
        Ihr Personalteam der Freiberger Zellforschung GmbH

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    return message([
        rcv("mx-out2.softgarden.io (mx-out2.softgarden.io [185.101.156.22])", "2026-09-08 21:13:05", "4LpX1d9wKfz2"),
        ("From", addr("Freiberger Zellforschung GmbH", "noreply@softgarden.io")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Softwareentwickler Zellprüfstände (m/w/d)")),
        ("Date", date("2026-09-08 21:13:02", BER)),
        ("Message-ID", "<sg-receipt-8b27e1f3.1788895982@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(gmail_html(body), cte="base64")))


@mail(n(27), family="taleo_receipt", lang="de", interview=False, company="Ostwerk Automotive Systems AG",
      note="Taleo application receipt (German template) for requisition 26000417; no appointment -> negative")
def n27():
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
        <font face="Arial" size="2">
        Sehr geehrter Herr Vogt,<br><br>
        vielen Dank f&uuml;r Ihre Bewerbung auf die Stelle <b>Software Test Engineer Batteriesysteme (m/w/d)</b> (Stellennummer 26000417) am Standort Leipzig.<br><br>
        Wir haben Ihre Bewerbung erhalten und werden sie nun pr&uuml;fen. Sollte Ihr Profil zu unseren Anforderungen passen, wird sich ein Mitglied unseres Recruiting-Teams mit Ihnen in Verbindung setzen, um die n&auml;chsten Schritte, z.&nbsp;B. ein Interview, abzustimmen.<br><br>
        Sie k&ouml;nnen den Status Ihrer Bewerbung jederzeit auf unserer Karriereseite einsehen.<br><br>
        Mit freundlichen Gr&uuml;&szlig;en<br>
        Ostwerk Automotive Systems AG<br>Talent Acquisition<br><br>
        <i>Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht bearbeitet.</i>
        </font></body></html>
        """)
    return message([
        rcv("smtp2.taleo.net (smtp2.taleo.net [160.34.14.72])", "2026-09-14 08:22:41", "4LtG9m5zBnz7"),
        ("From", addr("Ostwerk Automotive Careers", "ostwerk@taleo.net")),
        ("To", ME),
        ("Subject", enc("Ostwerk Automotive - Ihre Bewerbung für Software Test Engineer Batteriesysteme (26000417)")),
        ("Date", date("2026-09-14 08:22:38", BER)),
        ("Message-ID", "<1504217791.88231.1789368158412.JavaMail.taleo@tlo2-ewe-mail02>"),
    ], html(h, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(28), family="job_alert", lang="de", interview=False, company=None,
      note="StepStone job agent with five matching jobs, one teaser mentions video interviews; no appointment")
def n28():
    body = t("""
        Hallo Maximilian,

        Ihr Job-Agent „Testingenieur Software, Chemnitz + 50 km“ hat 5 neue Jobs für Sie gefunden:

        1. Softwareentwickler Prüfstandsautomatisierung (m/w/d)
           Westsachsen Prüftechnik GmbH · Zwickau · Feste Anstellung, Vollzeit
           „Schnelle Prozesse: Vorstellungsgespräch innerhalb von 7 Tagen!“

        2. Validation Engineer Battery Systems (all genders)
           Pleißental Automotive SE · Zwickau · Hybrid

        3. Werkstudent Testautomatisierung Python (m/w/d)
           Chemnitzer Antriebstechnik GmbH · Chemnitz

        4. Senior Test Engineer HIL (m/w/d)
           Sachsenring Testcenter GmbH · Hohenstein-Ernstthal
           „Kennenlernen per Video-Interview – ganz bequem von zu Hause“

        5. Embedded Software Engineer BMS (m/w/d)
           Vogtland E-Drive GmbH · Zwickau · 2 Tage Homeoffice

        Alle Jobs ansehen: https://www.stepstone.de/jobagent/4f1c2e9a

        Job-Agent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/manage
        StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
        """)
    h = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial;max-width:600px">')
    return message([
        rcv("mail-out.stepstone.de (mail-out.stepstone.de [195.226.36.44])", "2026-09-21 06:30:14", "4LxR6j3tCmz1"),
        ("From", addr("StepStone Job-Agent", "jobagent@stepstone.de")),
        ("To", ME),
        ("Subject", enc("5 neue Jobs für „Testingenieur Software“ in Chemnitz")),
        ("Date", date("2026-09-21 06:30:10", BER)),
        ("Message-ID", "<jobagent.4f1c2e9a.20260921@mail.stepstone.de>"),
        ("List-Unsubscribe", "<https://www.stepstone.de/jobagent/manage?unsub=4f1c2e9a>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(h)))


@mail(n(29), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Substack career newsletter about answering interview questions; mentions a live Q&A on Thursday "
           "Nov 5 at 6pm CET, which is not the reader's job interview -> negative")
def n29():
    body = t("""
        The Hardware Career Letter
        Issue #87 - "So, tell me about a time a test failed in the field"

        Hi friends,

        This week's question came from a reader in Stuttgart who has a final-round interview coming up at a battery maker and keeps freezing on behavioural questions.

        Here's the framework I teach:

        1. Pick one real failure. Not a fake weakness.
        2. Spend 20% on the situation, 60% on what you did, 20% on what changed afterwards.
        3. End with the test you added so it could never slip through again.

        Interviewers at test-heavy companies don't want heroes. They want people who write the regression test.

        Live Q&A: I'm doing a free interview-prep AMA on Thursday, November 5 at 6pm CET for paid subscribers. Bring your toughest question.

        Until next week,
        Hannah

        Unsubscribe https://hardwarecareers.substack.com/action/disable_email
        """)
    return message([
        rcv("mail-out.substack.com (mail-out.substack.com [167.89.112.5])", "2026-10-31 15:00:22", "4MQc4t7pXkz3"),
        ("From", addr("Hannah Kiel from The Hardware Career Letter", "hardwarecareers@substack.com")),
        ("Reply-To", addr("Hannah Kiel", "reply+2k8dj3@substack.com")),
        ("To", ME),
        ("Subject", "So, tell me about a time a test failed in the field"),
        ("Date", date("2026-10-31 10:00:18", "America/New_York")),
        ("Message-ID", "<20261031140018.3.8c4d2e1f9a7b6c5d@substack.com>"),
        ("List-Id", "<hardwarecareers.substack.com>"),
        ("List-Unsubscribe", "<https://hardwarecareers.substack.com/action/disable_email>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(30), family="self_schedule_link", lang="en", interview=False, company="Fjordline Energy AS",
      note="Recruiter sends a Calendly link to pick a 30-minute slot; no time fixed yet -> negative")
def n30():
    body = t("""
        Hi Maximilian,

        Thanks for applying to Fjordline Energy - your background in cell-cycling test automation is exactly what our Trondheim/remote team is looking for.

        As a first step I'd love to have a 30-minute intro chat. Please pick whatever slot suits you here:
        https://calendly.com/ingrid-fjordline/30min-intro

        All times are shown in your own time zone, and there are slots through the end of next week. Once you've booked, you'll get a calendar invite with the Teams link.

        Looking forward to it!

        Ingrid Solberg
        Talent Partner | Fjordline Energy AS
        ingrid.solberg@fjordline-energy.no
        """)
    return message([
        rcv("mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])", "2026-10-02 14:11:38",
            "4M3Fq1wZnbz6"),
        ("From", addr("Ingrid Solberg", "ingrid.solberg@fjordline-energy.no")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", "Fjordline Energy - intro chat?"),
        ("Date", date("2026-10-02 14:11:34", "Europe/Oslo")),
        ("Message-ID", "<CAGx7k2uJ9wLm0pRt5qNs3vBe8fYc@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(31), family="join_proposal", lang="de", interview=False, company="Sonnenberg Prüfsysteme GmbH",
      days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")),
      note="JOIN message notification: the recruiter proposes Tue 6.10. 10 Uhr or Wed 7.10. 14 Uhr and asks "
           "which suits; nothing confirmed yet -> negative")
def n31():
    body = t("""
        Neue Nachricht zu Ihrer Bewerbung

        Lisa Förster (Sonnenberg Prüfsysteme GmbH) hat Ihnen geschrieben:

        „Hallo Herr Vogt, vielen Dank für Ihre Bewerbung als Testingenieur Software! Wir würden Sie gern zu einem ersten Gespräch einladen. Würde Ihnen Dienstag, 6.10., um 10 Uhr passen? Alternativ ginge auch Mittwoch, 7.10., um 14 Uhr. Geben Sie mir einfach kurz Bescheid, dann schicke ich Ihnen die Einladung. Viele Grüße, Lisa Förster“

        Antworten Sie direkt in JOIN: https://join.com/candidates/messages/8841207

        Sie erhalten diese E-Mail, weil Sie sich über JOIN beworben haben.
        JOIN Solutions AG · Hardturmstrasse 11 · 8005 Zürich
        """)
    h = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Inter,Arial,sans-serif">')
    return message([
        rcv("mail.join.com (mail.join.com [168.245.11.201])", "2026-09-29 10:05:17", "4M0Dk7vRtqz5"),
        ("From", addr("JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("Neue Nachricht von Lisa Förster (Sonnenberg Prüfsysteme GmbH)")),
        ("Date", date("2026-09-29 10:05:13", BER)),
        ("Message-ID", "<0102019d3a11b2c7-join-msg-8841207@eu-west-1.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(h, cte="base64")))


@mail(n(32), family="recruiter_outreach", lang="de", interview=False, company="Zschopau Motion GmbH",
      note="In-house recruiter outreach (du) asking for a short call 'nächste Woche' at a time to be agreed; "
           "no fixed time -> negative")
def n32():
    body = t("""
        Hi Max,

        ich bin über dein Profil auf LinkedIn gestolpert (der Vortrag auf den Chemnitzer Linux-Tagen zu HIL-Tests mit Python war richtig gut!).

        Wir bei Zschopau Motion bauen gerade ein Team für die Validierung unserer E-Motorrad-Akkus auf und suchen jemanden, der die Testautomatisierung von Grund auf mitgestaltet. Remote-Anteil ist verhandelbar, Büro in Zschopau.

        Hättest du nächste Woche mal 20 Minuten für ein unverbindliches Telefonat? Schreib mir einfach, wann es dir passt – ich richte mich nach dir.

        Viele Grüße aus dem Erzgebirge
        Sabrina Haase
        Talent Acquisition
        Zschopau Motion GmbH
        sabrina.haase@zschopau-motion.de | +49 3725 77 81 30
        """)
    return message([
        rcv("mout.ionos.de (mout.ionos.de [217.72.192.74])", "2026-11-24 13:58:41", "4MhJ8n2rSvz9"),
        ("From", addr("Sabrina Haase", "sabrina.haase@zschopau-motion.de")),
        ("To", ME),
        ("Subject", "Akkuvalidierung bei Zschopau Motion?"),
        ("Date", date("2026-11-24 13:58:37", BER)),
        ("Message-ID", "<a1c9e07d-3b5f-4d28-9e61-7f0a2b4c8d13@zschopau-motion.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, cte="8bit"))


@mail(n(33), family="job_centre", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Agentur für Arbeit invitation (Meldeaufforderung) to a counselling talk on Mon 19.10.2026 09:15; "
           "a fixed appointment but not a job interview -> negative")
def n33():
    body = t("""
        Sehr geehrter Herr Vogt,

        in Ihrem Postfach auf arbeitsagentur.de liegt eine neue Nachricht für Sie:

        Einladung zu einem Gespräch

        Bitte kommen Sie am
            Montag, 19.10.2026 um 09:15 Uhr
        in die Agentur für Arbeit Chemnitz, Heinrich-Lorenz-Straße 20, 09120 Chemnitz, Haus 1, Etage 2, Zimmer 2.114,
        zu Ihrer Beraterin Frau Kögler.

        Ich möchte mit Ihnen über Ihr Bewerberangebot bzw. Ihre berufliche Situation sprechen.

        Bitte bringen Sie mit: Personalausweis, aktuellen Lebenslauf, Nachweise über Ihre Bewerbungsbemühungen.

        Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund nicht erscheinen, tritt eine Sperrzeit von einer Woche ein (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III).

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Chemnitz

        Diese E-Mail wurde automatisch erstellt. Antworten Sie bitte nicht auf diese E-Mail. Die vollständige Nachricht finden Sie unter https://web.arbeitsagentur.de/portal/postfach
        """)
    return message([
        rcv("mail.arbeitsagentur.de (mail.arbeitsagentur.de [194.156.72.17])", "2026-10-07 06:02:33", "4M5t2k9cPwz8"),
        ("From", addr("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de")),
        ("To", ME),
        ("Subject", enc("Neue Nachricht in Ihrem Postfach: Einladung zu einem Gespräch")),
        ("Date", date("2026-10-07 06:02:30", BER)),
        ("Message-ID", "<20261007040230.5b1f.BA-Postfach@arbeitsagentur.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(34), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A newspaper reporter confirms an interview with the user for a series on the auto-industry "
           "transition, Thursday 22.10. 14 Uhr; confirmed time but press, not a job interview -> negative")
def n34():
    body = t("""
        Hallo Herr Vogt,

        super, dann ist es fest: Donnerstag, 22.10., um 14 Uhr im Café „Michaelis“ am Roßmarkt. Mein Kollege Tino Kaden kommt für die Fotos mit, das dauert danach nur zehn Minuten.

        Zur Erinnerung, worum es geht: In unserer Serie „Neustart in Südwestsachsen“ sprechen wir mit Ingenieurinnen und Ingenieuren aus der Zulieferindustrie, die sich gerade beruflich neu orientieren. Das Interview läuft etwa eine Stunde, Sie bekommen Ihre Zitate vorab zur Freigabe.

        Bis Donnerstag!
        Anne Seidel
        Redaktion Chemnitz
        Südsachsen-Kurier
        Tel. 0371 65 60-2213
        """)
    return message([
        rcv("mail.suedsachsen-kurier.de (mail.suedsachsen-kurier.de [91.198.4.55])", "2026-10-16 11:31:07",
            "4MGq9f2xWmz1"),
        ("From", addr("Anne Seidel", "anne.seidel@suedsachsen-kurier.de")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Re: Interview für „Neustart in Südwestsachsen“")),
        ("Date", date("2026-10-16 11:31:03", BER)),
        ("Message-ID", "<d2c8e4f1-6a0b-4973-8e25-1b7c9f0d3a68@suedsachsen-kurier.de>"),
        ("In-Reply-To", "<CAMv0g7pQ4nZ1kEs@mail.example.org>"),
    ], text(body, charset="utf-8", cte="8bit"))


@mail(n(35), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast host confirms a recording where the user is the guest, Tue Nov 10 5:00-6:00 PM CET, with "
           "an ICS; confirmed time but a podcast, not a job interview -> negative")
def n35():
    body = t("""
        Hey Max,

        Awesome - you're booked as our guest for Battery Bytes, episode 112 ("Testing cells before they test you").

        Recording: Tuesday, November 10, 2026, 5:00 PM - 6:00 PM CET
        Studio link (Riverside): https://riverside.fm/studio/battery-bytes-ep112

        Please use headphones and a wired connection if you can. We'll chat for ten minutes before we hit record. The episode goes live about two weeks later; we'll send you the link.

        Cheers,
        Jordan Mills
        Host, Battery Bytes podcast
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Riverside//Riverside Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-ep112-b7c1d9e2@riverside.fm
DTSTAMP:20261102T164410Z
DTSTART:20261110T160000Z
DTEND:20261110T170000Z
SUMMARY:Battery Bytes ep. 112 recording - guest: Max Vogt
LOCATION:https://riverside.fm/studio/battery-bytes-ep112
ORGANIZER;CN=Jordan Mills:mailto:jordan@batterybytes.fm
ATTENDEE;CN=Max Vogt;RSVP=TRUE:mailto:max.vogt@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])", "2026-11-02 11:44:13",
            "4MRn3b8vTkz6", zone="America/New_York"),
        ("From", addr("Jordan Mills", "jordan@batterybytes.fm")),
        ("To", addr("Max Vogt", ME)),
        ("Subject", "You're booked: Battery Bytes ep. 112 recording"),
        ("Date", date("2026-11-02 11:44:10", "America/New_York")),
        ("Message-ID", "<CAJm4tX8v_Q2rPk1nLd0wBz7yHc3@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), calendar(ics, filename="recording.ics",
                                                                 disposition="attachment")))


@mail(n(36), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Business-school admission interview (part-time MBA) confirmed for Fri 6.11.2026 15:00 with an "
           "ICS; a school admission interview, not a job interview -> negative")
def n36():
    body = t("""
        Sehr geehrter Herr Vogt,

        vielen Dank für Ihre Bewerbung für den berufsbegleitenden MBA-Studiengang „Technology & Operations Management“ (Start April 2027).

        Gern bestätigen wir Ihnen Ihr Auswahlgespräch (Admission Interview):

        Freitag, 6. November 2026, 15:00 – 15:45 Uhr
        Online via Zoom (der Link folgt am Vortag)
        Gesprächspartner: Prof. Dr. Ulrich Marschner, Studiendekan

        Das Gespräch findet auf Englisch statt. Bitte halten Sie einen Lichtbildausweis bereit.

        Mit freundlichen Grüßen
        Stefanie Krug
        Admissions Office
        Pleißenburg Business School gGmbH · Jahnallee 59 · 04109 Leipzig
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
UID:pbs-admission-2027-vogt-0413
DTSTAMP:20261027T093015Z
DTSTART;TZID=W. Europe Standard Time:20261106T150000
DTEND;TZID=W. Europe Standard Time:20261106T154500
SUMMARY;LANGUAGE=de:MBA Admission Interview - Maximilian Vogt
LOCATION:Zoom
ORGANIZER;CN=Admissions Office:mailto:admissions@pleissenburg-bs.de
ATTENDEE;CN=Maximilian Vogt;RSVP=TRUE:mailto:max.vogt@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mx.pleissenburg-bs.de (mx.pleissenburg-bs.de [141.39.226.18])", "2026-10-27 10:30:18", "4MN8c1rTqbz4"),
        ("From", addr("Admissions Office – Pleißenburg Business School", "admissions@pleissenburg-bs.de")),
        ("Reply-To", addr("Stefanie Krug", "stefanie.krug@pleissenburg-bs.de")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Bestätigung Ihres Auswahlgesprächs – Part-time MBA 2027")),
        ("Date", date("2026-10-27 10:30:15", BER)),
        ("Message-ID", "<DB9PR07MB8821C1E5A3F7D20B46E9F8A7B6C5@DB9PR07MB8821.eurprd07.prod.outlook.com>"),
    ], mixed(text(body), calendar(ics, filename="Auswahlgespraech.ics", disposition="attachment")))


@mail(n(37), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Handball club coach (du, Saxon) confirms a try-out training Thursday 17.9. 19:00; not a job "
           "interview -> negative")
def n37():
    body = t("""
        Servus Max,

        schön dass de Lust hast! Komm einfach zum Probetraining am Donnerstag, 17.9., um 19 Uhr in die Sporthalle an der Rabensteiner Schule (Eingang über'n Parkplatz). Mir trainieren bis halb neun, danach gibt's meistens noch a Radler im Vereinsheim.

        Bring Hallenschuhe und was zu trinken mit, Harz brauchste keins, mir ham genug.

        Wennste gut bist, kannste gleich im Oktober bei der Zweiten mitspielen, da fehlt uns ein Kreisläufer 😉

        Sportliche Grüße
        Steffen
        HSG Rabenstein 1990 e.V. – Trainer 2. Männer
        """)
    return message([
        rcv("mout.gmx.net (mout.gmx.net [212.227.15.18])", "2026-09-12 20:14:55", "4LsM2w6dVhz3"),
        ("From", addr("Steffen Pönitz", "steffen.poenitz@gmx.de")),
        ("To", ME),
        ("Subject", "Re: Probetraining"),
        ("Date", date("2026-09-12 20:14:51", BER)),
        ("Message-ID", "<trinity-7e0b1c92-4f3a-4d61-b8e5-2a9f6c1d7e30-1789236891@3c-app-gmx-bap21>"),
    ], text(body, cte="8bit"))


@mail(n(38), family="car_service", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Car dealer's workshop appointment Mo., 02.11.2026 07:30 (tyre change + inspection) with an ICS; "
           "a fixed time but not an interview -> negative")
def n38():
    body = t("""
        Guten Tag Herr Vogt,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:

        Termin:       Mo., 02.11.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:     Škoda Octavia Combi, C-MV 418
        Leistungen:   Räderwechsel Sommer/Winter inkl. Einlagerung, Inspektion nach Herstellervorgabe
        Voraussichtliche Fertigstellung: ca. 15:00 Uhr

        Bitte denken Sie an Ihr Serviceheft und die Radschlossschraube.

        Ihr Serviceteam
        Autohaus Lichtenwalde GmbH & Co. KG
        Chemnitzer Straße 71, 09577 Niederwiesa, Tel. 037206 8 92-0
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//DMS Werkstattplaner//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:wp-2026-11-02-0730-C-MV418@autohaus-lichtenwalde.de
DTSTAMP:20261026T120341Z
DTSTART:20261102T063000Z
DTEND:20261102T070000Z
SUMMARY:Werkstatttermin Autohaus Lichtenwalde
LOCATION:Chemnitzer Straße 71\\, 09577 Niederwiesa
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("smtp.autohaus-lichtenwalde.de (smtp.autohaus-lichtenwalde.de [88.99.14.201])", "2026-10-26 13:03:45",
            "4MM4f7kTwrz2"),
        ("From", addr("Autohaus Lichtenwalde Service", "service@autohaus-lichtenwalde.de")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung Werkstatt – Mo., 02.11.2026, 07:30 Uhr")),
        ("Date", date("2026-10-26 13:03:41", BER)),
        ("Message-ID", "<wp.20261026120341.C-MV418@autohaus-lichtenwalde.de>"),
    ], mixed(text(body, charset="iso-8859-2", cte="quoted-printable"),
             calendar(ics, method="PUBLISH", filename="termin.ics", disposition="attachment", cte="8bit")))


@mail(n(39), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-28"),),
      note="Bank advisor appointment ('Beratungsgespräch' on retirement savings during a job change), "
           "Mi., 28.10.2026 17:00, Outlook invitation; not a job interview -> negative")
def n39():
    return exchange_de(
        subject="Beratungsgespräch Vorsorge & Jobwechsel – Maximilian Vogt",
        when_line="Mittwoch, 28. Oktober 2026 17:00-18:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
        body=("Guten Tag Herr Vogt,\n\nwie telefonisch vereinbart lade ich Sie zu unserem Beratungsgespräch ein. "
              "Themen: Übertragung Ihrer betrieblichen Altersvorsorge beim Arbeitgeberwechsel, Überbrückung, "
              "Baufinanzierung.\n\nBitte halten Sie Ihre letzte Renteninformation und die Unterlagen zur bAV bereit."
              "\n\nFreundliche Grüße\nRené Ullrich\nPrivatkundenberater\nChemnitzer Bürgerbank eG | "
              "Filiale Kaßberg | Weststraße 42 | 09112 Chemnitz"),
        dtstart="20261028T170000", dtend="20261028T180000",
        uid="040000008200E00074C5B7101A82E00800000000A7F2D9C4E83FDD0100000000000000001000000011B2C3D4E5F60718",
        stamp="20261021T133522Z", sent="2026-10-21 15:35:22",
        organizer=("René Ullrich", "rene.ullrich@chemnitzer-buergerbank.de"),
        msgid="<FR3P281MB1944E0C7B5A2419F8D3E6A1C0B2D3@FR3P281MB1944.DEUP281.PROD.OUTLOOK.COM>",
        host_ident="4MLf1x5nQcz7")


@mail(n(40), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-03"), ("Thu", "2026-12-10")),
      note="Career coach confirms a paid mock interview (Probe-Vorstellungsgespräch) Thu 3.12. 18:00-19:30 "
           "via Zoom to prepare for the real one on 10.12.; not a job interview -> negative")
def n40():
    body = t("""
        Lieber Max,

        wie besprochen halte ich dir Donnerstag, den 3.12., von 18:00 bis 19:30 Uhr für unser Probe-Vorstellungsgespräch frei. Ich schlüpfe in die Rolle des Interviewers bei Elbtal Elektronik – mit allem, was dazugehört: Selbstpräsentation, Fachfragen zu HIL und Batterietest, die typische Gehaltsfrage und zum Schluss deine Rückfragen. Danach gehen wir die Aufzeichnung gemeinsam durch.

        Zoom: https://us02web.zoom.us/j/86639021457 (Kenncode 2026)

        So bist du für dein echtes Gespräch am 10.12. gut vorbereitet. Die Rechnung (Paket „Interview-Fit“, 2 Termine) kommt separat.

        Herzliche Grüße
        Bettina Roßberg
        Karriere- & Bewerbungscoaching · Chemnitz
        www.rossberg-coaching.de
        """)
    return message([
        rcv("mail-ed1-f54.google.com (mail-ed1-f54.google.com [209.85.208.54])", "2026-11-27 09:26:19",
            "4Mjt5c0pLwz9"),
        ("From", addr("Bettina Roßberg", "kontakt@rossberg-coaching.de")),
        ("To", addr("Max Vogt", ME)),
        ("Subject", enc("Dein Probe-Vorstellungsgespräch am 3.12.")),
        ("Date", date("2026-11-27 09:26:15", BER)),
        ("Message-ID", "<CAB7vXk0p3=Rt9nQw2mL5sE1cZ8fY@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(41), family="forward_other_person", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="The user's sister forwards her son's confirmed apprenticeship interview (Tue 10.11.2026 15:30) and "
           "asks the user to drive him; someone else's interview -> negative")
def n41():
    body = t("""
        Hi Max,

        kannst du den Paul am Dienstag nach Mittweida fahren? Ich hab Spätschicht und der Bus fährt da nur stündlich. Er hat um halb vier sein Vorstellungsgespräch für die Ausbildung, siehe unten. Wäre super lieb!!

        Katja

        ---------- Forwarded message ---------
        Von: Autohaus Kühn GmbH - Ausbildung <ausbildung@autohaus-kuehn.de>
        Date: Mo., 2. Nov. 2026 um 14:12 Uhr
        Subject: Einladung zum Vorstellungsgespräch - Ausbildung Kfz-Mechatroniker/in 2027
        To: <paul.lehmann2010@example.net>

        Hallo Paul,

        vielen Dank für deine Bewerbung um einen Ausbildungsplatz als Kfz-Mechatroniker/in ab 1. August 2027.

        Wir freuen uns, dich zu einem Vorstellungsgespräch einzuladen und bestätigen dir folgenden Termin:

        Dienstag, 10.11.2026, 15:30 Uhr
        Autohaus Kühn GmbH, Leisniger Straße 48, 09648 Mittweida

        Bitte bring deine letzten beiden Zeugnisse mit. Eine Begleitperson ist gern willkommen.

        Viele Grüße
        Marco Kühn
        Ausbildungsleiter
        """)
    return message([
        rcv("mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])", "2026-11-03 21:07:44",
            "4MSz8q2mVbz5"),
        ("From", addr("Katja Lehmann", "katja.lehmann84@example.com")),
        ("To", addr("Max Vogt", ME)),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch - Ausbildung Kfz-Mechatroniker/in 2027")),
        ("Date", date("2026-11-03 21:07:40", BER)),
        ("Message-ID", "<CAH2kq8Yp5v_N0tMw3rBs7eLx1fD@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(42), family="user_is_interviewer", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Outlook/Teams invitation from the user's current employer asking him to sit on the panel "
           "interviewing a working-student candidate, Thu 15.10. 13:00-14:00; the user is the interviewer, "
           "not the candidate -> negative")
def n42():
    return exchange_de(
        subject="Interview Werkstudent/in Testautomatisierung – Kandidatin Lea Hartmann",
        when_line="Donnerstag, 15. Oktober 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
        body=("Hallo Max,\n\ndanke, dass du als Fachinterviewer dabei bist! Frau Hartmann studiert Informatik an der "
              "TU Chemnitz (5. Semester) und hat schon mit pytest und CAN gearbeitet. Lebenslauf und Anschreiben "
              "liegen im Teams-Kanal \"Recruiting Test\". Bitte bereite zwei, drei praktische Fragen zum "
              "Prüfstands-Setup vor; Bewertungsbogen schicke ich dir danach.\n\nViele Grüße\nMandy\n\n"
              "Mandy Tzschoppe\nHR Business Partner\nSaxoCell Test GmbH | Technologiecampus 6 | 09126 Chemnitz"),
        dtstart="20261015T130000", dtend="20261015T140000",
        uid="040000008200E00074C5B7101A82E00800000000E3C8B1A7F942DD01000000000000000010000000B9A8C7D6E5F40312",
        stamp="20261008T075503Z", sent="2026-10-08 09:55:03",
        organizer=("Mandy Tzschoppe", "mandy.tzschoppe@saxocell-test.de"),
        msgid="<FR2P281MB3021B7A1D9E4C26F3A8B0E5D1C7F2@FR2P281MB3021.DEUP281.PROD.OUTLOOK.COM>",
        host_ident="4M6Fr9q1Tkz2",
        extra_headers=(("X-Forwarded-For", "m.vogt@saxocell-test.de max.vogt@example.org"),
                       ("X-Forwarded-To", ME)))


@mail(n(43), family="auto_reply", lang="de", interview=False, company=None,
      days=(("Fri", "2026-09-25"),),
      note="Out-of-office auto-reply from the Greenhouse recruiter to the user's thank-you note (quotes his "
           "mail about the interview on the 15th); no appointment -> negative; company null for an auto-reply")
def n43():
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 25.09.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an jobs@voltaris-battery.de.

        Thank you for your email. I am out of the office until Friday, 25 September 2026, with no access to email. For urgent matters please contact jobs@voltaris-battery.de.

        Sophie Lindner
        Talent Acquisition | Voltaris Battery Systems GmbH

        -----Ursprüngliche Nachricht-----
        Von: Maximilian Vogt <max.vogt@example.org>
        Gesendet: Mittwoch, 16. September 2026 08:41
        An: Sophie Lindner <sophie.lindner@voltaris-battery.de>
        Betreff: Danke für das Interview gestern

        Liebe Frau Lindner,
        vielen Dank für das angenehme Gespräch gestern um 10 Uhr mit Herrn Dr. Albrecht und Herrn Sauer ...
        """)
    return message([
        rcv("EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2110.outbound.protection.outlook.com "
            "[40.107.105.110])", "2026-09-16 08:41:19", "4LvK3n8pRdz6"),
        ("From", addr("Sophie Lindner", "sophie.lindner@voltaris-battery.de")),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", enc("Automatische Antwort: Danke für das Interview gestern")),
        ("Date", date("2026-09-16 08:41:16", BER)),
        ("Message-ID", "<AM7PR03MB6512C0D9E8F7A6B5C4D3E2F1A0B9C@AM7PR03MB6512.eurprd03.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "sophie.lindner@voltaris-battery.de"),
        ("In-Reply-To", "<CAMv0g7kT2eYp9Ls@mail.example.org>"),
    ], text(body))


@mail(n(44), family="bounce", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="MAILER-DAEMON bounce of the user's own reply accepting 'Dienstag, 6.10. um 10 Uhr' (typo in the "
           "domain); the acceptance never arrived and was written by the candidate -> negative")
def n44():
    orig_body = t("""
        Hallo Frau Förster,

        vielen Dank für die Einladung! Gern bestätige ich den Termin am Dienstag, 6.10., um 10 Uhr.

        Viele Grüße
        Maximilian Vogt
        """)
    orig = message([
        ("From", MAX),
        ("To", addr("Lisa Förster", "lisa.foerster@sonnenberg-pruefsystem.de")),
        ("Subject", enc("Re: Ihre Bewerbung als Testingenieur Software")),
        ("Date", date("2026-09-29 12:48:50", BER)),
        ("Message-ID", "<CAMv0g7dH5nX2bQr@mail.example.org>"),
    ], text(orig_body))
    report = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <lisa.foerster@sonnenberg-pruefsystem.de>: Host or domain name not found. Name
            service error for name=sonnenberg-pruefsystem.de type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4M0Gz1b7Qpz3
        X-Postfix-Sender: rfc822; max.vogt@example.org
        Arrival-Date: Tue, 29 Sep 2026 12:48:51 +0200 (CEST)

        Final-Recipient: rfc822; lisa.foerster@sonnenberg-pruefsystem.de
        Original-Recipient: rfc822;lisa.foerster@sonnenberg-pruefsystem.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=sonnenberg-pruefsystem.de type=MX: Host not found
        """)
    body = multipart("report", text(report, charset="us-ascii", cte="7bit",
                                    extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
                     params="report-type=delivery-status")
    return message([
        ("Received", "by mx01.example.org (Postfix)\r\n id 4M0Gz2c1Rwz5; Tue, 29 Sep 2026 12:48:52 +0200 (CEST)"),
        ("From", "MAILER-DAEMON@mx01.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-29 12:48:52", BER)),
        ("Message-ID", "<4M0Gz2c1Rwz5@mx01.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], body)


@mail(n(45), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Python user group mailing-list announcement (Mailman): meetup Wed 14.10. 19:00 with a panel on "
           "how tech interviews work; a meetup, not the user's job interview -> negative")
def n45():
    body = t("""
        Hallo zusammen,

        unser Oktober-Treffen steht:

        Mittwoch, 14.10., 19:00 Uhr
        Ort: Weltecho, Annaberger Straße 24, Chemnitz (hinterer Raum)

        Programm:
        - Lightning Talks (5 min, bitte bis Montag bei mir melden)
        - Panel: "Wie laufen Tech-Interviews bei uns?" - drei Hiring Manager aus Chemnitzer Firmen erzählen, wie ihre Vorstellungsgespräche ablaufen und was sie sich von Bewerber:innen wünschen. Fragen gern vorab an die Liste.
        - danach wie immer Pizza & Mate

        Bis Mittwoch!
        Toni

        _______________________________________________
        pug-chemnitz mailing list -- pug-chemnitz@lists.python-sachsen.de
        To unsubscribe send an email to pug-chemnitz-leave@lists.python-sachsen.de
        """)
    return message([
        rcv("lists.python-sachsen.de (lists.python-sachsen.de [5.45.108.31])", "2026-10-09 18:20:37", "4M7Lp3h6Xcz8"),
        ("From", addr("Toni Beyer", "toni.beyer@posteo.de")),
        ("Reply-To", "pug-chemnitz@lists.python-sachsen.de"),
        ("To", "pug-chemnitz@lists.python-sachsen.de"),
        ("Subject", enc("[pug-chemnitz] Treffen Oktober: Mi 14.10. – Lightning Talks + Panel Tech-Interviews")),
        ("Date", date("2026-10-09 18:20:31", BER)),
        ("Message-ID", "<9c1e4b7a-2d3f-4e81-a5c6-8f0b1d2e3c47@posteo.de>"),
        ("List-Id", "<pug-chemnitz.lists.python-sachsen.de>"),
        ("List-Post", "<mailto:pug-chemnitz@lists.python-sachsen.de>"),
        ("List-Unsubscribe", "<mailto:pug-chemnitz-leave@lists.python-sachsen.de>"),
        ("Precedence", "list"),
        ("X-Mailman-Version", "3.3.9"),
    ], text(body, cte="8bit"))


@mail(n(46), family="availability_request", lang="en", interview=False, company="Voltaris Battery Systems GmbH",
      note="Greenhouse availability request for the final round: the candidate is asked to submit times; "
           "nothing is scheduled yet -> negative")
def n46():
    body = t("""
        Hi Maximilian,

        Great news - the team would like to invite you to the final round for Senior Test Software Engineer (BMS)! This will be a 3-hour onsite in Dresden: a lab session, a system-design conversation and a chat with our VP Engineering.

        To help us schedule, please share your availability for the next two weeks using the link below. Once we've lined up the interviewers, we'll send you a confirmation with the exact time.

        Submit your availability: https://app.greenhouse.io/availability/3f8c7a21-e6b4-4d90-91f2-0c5d8a7e6b13

        Best regards,
        Sophie Lindner
        Talent Acquisition | Voltaris Battery Systems GmbH
        """)
    h = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial,sans-serif;font-size:14px">')
    return message([
        rcv("mail-sor-f69.greenhouse.io (mail-sor-f69.greenhouse.io [198.21.4.69])", "2026-09-28 16:12:30",
            "4LzY7m2cRbz4"),
        ("From", addr("Voltaris Battery Systems", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Sophie Lindner", "sophie.lindner@voltaris-battery.de")),
        ("To", MAX),
        ("Subject", "Voltaris Battery Systems - Please submit your availability for the final round"),
        ("Date", date("2026-09-28 16:12:27", BER)),
        ("Message-ID", "<gh.7731904.avail.1790604747@greenhouse.io>"),
    ], alt(text(body), html(h)))


@mail(n(47), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from the user's current team lead to the team's Christmas party, "
           "Fri 11 Dec 18:00; a work event, not an interview -> negative")
def n47():
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261211T180000
DTEND;TZID=Europe/Berlin:20261211T230000
DTSTAMP:20261116T101522Z
ORGANIZER;CN=Dirk Rehn:mailto:dirk.rehn@saxocell-test.de
UID:6g1h3j5k7l9m0n2p4q6r8s0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=max.vogt@example.org;X-NUM-GUESTS=0:mailto:max.vogt@example.org
DESCRIPTION:Essen geht aufs Haus\\, Getränke bis 22 Uhr auch. Wichteln: max. 15 Euro.
LOCATION:Brauhaus Einsiedel\\, Einsiedler Hauptstraße 1\\, 09123 Chemnitz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Weihnachtsfeier Team Batterietest 🎄
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    body = t("""
        Dirk Rehn hat Sie zu folgendem Termin eingeladen

        Weihnachtsfeier Team Batterietest 🎄
        Freitag, 11. Dezember 2026 ⋅ 18:00 – 23:00
        Mitteleuropäische Zeit - Berlin

        Ort
        Brauhaus Einsiedel, Einsiedler Hauptstraße 1, 09123 Chemnitz

        Essen geht aufs Haus, Getränke bis 22 Uhr auch. Wichteln: max. 15 Euro.

        Organisator
        Dirk Rehn
        dirk.rehn@saxocell-test.de

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-11-16 11:15:25",
            "4MbT0w3kFdz7"),
        ("From", addr("Dirk Rehn", "dirk.rehn@saxocell-test.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Einladung: Weihnachtsfeier Team Batterietest 🎄 @ Fr. 11. Dez. 2026 18:00 - 23:00 (MEZ) "
                        "(max.vogt@example.org)")),
        ("Date", date("2026-11-16 11:15:22", BER)),
        ("Message-ID", "<calendar-7a2b4c6d-8e0f-4a1b-9c3d-5e7f9a1b3c5d@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      cte="base64", name_param=True)))


@mail(n(48), family="landlord_inspection", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Housing cooperative announces the annual flat inspection and smoke-detector check, Tue 24.11. "
           "between 10 and 12; not an interview -> negative")
def n48():
    body = t("""
        Sehr geehrter Herr Vogt,

        im Rahmen unserer jährlichen Wohnungsbegehung und der gesetzlich vorgeschriebenen Wartung der Rauchwarnmelder kündigen wir Ihnen hiermit folgenden Termin an:

        Objekt: Zschopauer Straße 187, 09126 Chemnitz, Whg. 3.2 links
        Termin: Dienstag, 24.11.2026, zwischen 10:00 und 12:00 Uhr

        Sollten Sie zu diesem Zeitpunkt verhindert sein, bitten wir Sie, uns einen Ersatztermin zu nennen oder einer Vertrauensperson den Schlüssel zu überlassen.

        Mit freundlichen Grüßen

        i. A. Cornelia Wappler
        Hausverwaltung
        Wohnungsgenossenschaft „Glückauf“ Chemnitz eG
        """)
    return message([
        rcv("mail.wg-glueckauf-chemnitz.de (mail.wg-glueckauf-chemnitz.de [80.153.44.120])",
            "2026-11-10 10:04:58", "4MXb6s2nKqz1"),
        ("From", addr("WG Glückauf Chemnitz eG - Hausverwaltung", "verwaltung@wg-glueckauf-chemnitz.de",
                      charset="windows-1252")),
        ("To", ME),
        ("Subject", enc("Ankündigung Wohnungsbegehung / Rauchwarnmelderwartung am 24.11.2026", "windows-1252")),
        ("Date", date("2026-11-10 10:04:54", BER)),
        ("Message-ID", "<000a01db3350$7e1f2a30$7a5d7e90$@wg-glueckauf-chemnitz.de>"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(49), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="School portal confirms a parent-teacher slot (Elternsprechtag) Thu 26.11.2026 16:40-16:50; "
           "not a job interview -> negative")
def n49():
    h = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Guten Tag Herr Vogt,</p>
        <p>Ihre Buchung für den <b>Elternsprechtag der Grundschule am Kaßberg</b> wurde bestätigt:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><th>Datum</th><th>Uhrzeit</th><th>Lehrkraft</th><th>Raum</th></tr>
        <tr><td>Do, 26.11.2026</td><td>16:40 – 16:50</td><td>Frau Lorenz (Klassenleitung 3b)</td><td>204</td></tr>
        </table>
        <p>Kind: Emil Vogt, Klasse 3b</p>
        <p>Bitte erscheinen Sie pünktlich, da die Gespräche eng getaktet sind. Eine Stornierung ist bis 24 Stunden vorher über den Link in dieser E-Mail möglich.</p>
        <p><a href="https://gs-kassberg.elternsprechtag-online.de/booking/cancel/91b2">Termin stornieren</a></p>
        <p style="color:#888">Diese E-Mail wurde automatisch von elternsprechtag-online.de versendet.</p>
        </body></html>
        """)
    return message([
        rcv("mail.elternsprechtag-online.de (mail.elternsprechtag-online.de [178.254.10.23])",
            "2026-11-19 20:51:06", "4Mdp1r8wHtz3"),
        ("From", addr("Elternsprechtag Grundschule am Kaßberg", "noreply@elternsprechtag-online.de")),
        ("To", ME),
        ("Subject", enc("Buchungsbestätigung Elternsprechtag – Do, 26.11.2026, 16:40 Uhr")),
        ("Date", date("2026-11-19 20:51:03", BER)),
        ("Message-ID", "<est-91b2-20261119195103@elternsprechtag-online.de>"),
    ], html(h, cte="base64"))


@mail(n(50), family="webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Zoom webinar registration confirmation ('Cracking the automotive software interview'), "
           "Nov 18 12:00 PM Berlin time; a webinar about interviews, not an interview -> negative")
def n50():
    body = t("""
        Hi Maximilian,

        Thank you for registering for "Cracking the Automotive Software Interview: HIL, ASPICE & live coding".

        Please submit any questions to: events@autoswe-academy.com

        Date Time: Nov 18, 2026 12:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, Linux, iOS or Android: https://us06web.zoom.us/w/81277406621?tk=Xq2vT8s
        Passcode: 715302

        Add to Calendar: https://us06web.zoom.us/webinar/tJMkc-2rqDkqHtaB/ics
        Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.
        """)
    h = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Lato,Helvetica,Arial,sans-serif">')
    return message([
        rcv("mailout2.zoom.us (mailout2.zoom.us [170.114.10.82])", "2026-11-09 17:02:41", "4MZ9s0xVbkz6"),
        ("From", addr("AutoSWE Academy", "no-reply@zoom.us")),
        ("Reply-To", "events@autoswe-academy.com"),
        ("To", addr("Maximilian Vogt", ME)),
        ("Subject", "Cracking the Automotive Software Interview: HIL, ASPICE & live coding Confirmation"),
        ("Date", date("2026-11-09 08:02:38", "America/Los_Angeles")),
        ("Message-ID", "<zoom.webinar.81277406621.reg.8c1f@zoom.us>"),
    ], alt(text(body), html(h)))
