"""blind253: a blind 50-mail held-out set, the inbox of a regulatory-affairs specialist in Mainz.

Written by a helper session that did not read the detector, its tests, fixtures or earlier held-out
mails. Every mail is written by hand below; ``make.py`` does the MIME plumbing and the checks.

    python3 bench/heldout/make_blind.py blind253
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
    utc,
)

SET = "blind253"
ORDER = random.Random(2530253).sample(range(1, 51), 50)
ME = "sophie.brandt@example.org"
SOPHIE = addr("Sophie Brandt", ME)
B = "Europe/Berlin"


def n(key: int) -> str:
    """File name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, ident: str,
         to: str = SOPHIE, before: tuple = (), after: tuple = ()) -> list[tuple[str, str]]:
    """The usual header block as Sophie's provider delivers it."""
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {ident}", ME)),
        *before,
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *after,
    ]


def vcal(prodid: str, method: str | None, body: str, tz: str | None = None) -> str:
    """A VCALENDAR around hand-written VEVENT lines (and an optional VTIMEZONE from make.VTZ)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(VTZ[tz])
    lines.append(t(body).strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines) + "\n"


# =========================================================================== positives (keys 1-23)


# --- 1: Greenhouse, English, Frankfurt, CEST ---------------------------------------------------
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", B), end=utc("2026-09-15 10:45", B),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=B,
      contact="marta.olsen@halvard-tx.com", company="Halvard Therapeutics",
      note="Greenhouse confirmation; 10:00-10:45 AM CEST (Frankfurt, UTC+2 in September) -> 08:00-08:45Z; "
           "ICS in UTC agrees; contact = human Reply-To (From is Greenhouse no-reply)")
def m01() -> bytes:
    body = t("""
        Hi Sophie,

        Thanks for choosing a time. Your interview with Halvard Therapeutics is confirmed:

        Position: Regulatory Affairs Specialist, CMC (Frankfurt am Main)
        Interview: Hiring Manager Interview
        Date: Tuesday, September 15th 2026
        Time: 10:00 AM - 10:45 AM CEST
        Location: Google Meet - https://meet.google.com/hvx-pqrt-kze

        You'll be speaking with:
          Dr. Ines Walcher, Head of Regulatory CMC

        If anything comes up and you need to reschedule, simply reply to this email.

        Best regards,
        Marta Olsen
        Talent Acquisition | Halvard Therapeutics GmbH
        Taunusanlage 9, 60329 Frankfurt am Main

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Sophie,</p>
        <p>Thanks for choosing a time. Your interview with Halvard Therapeutics is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Regulatory Affairs Specialist, CMC (Frankfurt am Main)</td></tr>
        <tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15th 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/hvx-pqrt-kze">Google Meet</a></td></tr>
        </table>
        <p>You'll be speaking with:<br>Dr. Ines Walcher, Head of Regulatory CMC</p>
        <p>If anything comes up and you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Marta Olsen<br>Talent Acquisition | Halvard Therapeutics GmbH<br>
        Taunusanlage 9, 60329 Frankfurt am Main</p>
        <p style="color:#999;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Greenhouse//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gh-interview-58213377-halvard@greenhouse.io
        DTSTAMP:20260909T121204Z
        DTSTART:20260915T080000Z
        DTEND:20260915T084500Z
        SUMMARY:Interview: Sophie Brandt / Halvard Therapeutics (Hiring Manager Interview)
        LOCATION:https://meet.google.com/hvx-pqrt-kze
        ORGANIZER;CN=Marta Olsen:mailto:marta.olsen@halvard-tx.com
        ATTENDEE;CN=Sophie Brandt;RSVP=TRUE:mailto:sophie.brandt@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    hs = head(addr("Halvard Therapeutics", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Halvard Therapeutics - Regulatory Affairs Specialist (CMC)",
              "2026-09-09 12:12:04", "UTC", "<Kx8vS2aPQ3mZt7L0w1RdnA@geopod-ismtpd-4-12>",
              relay="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.41.12])",
              ident="4MzQ1h3kTpz7Wq", after=(("Reply-To", addr("Marta Olsen", "marta.olsen@halvard-tx.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --- 2: Personio, German (Sie), Mainz ----------------------------------------------------------
@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-23 14:00", B), end=utc("2026-09-23 15:00", B),
      local="Wed 2026-09-23 14:00", local_end="2026-09-23 15:00", zone=B,
      contact="k.huemmer@rheinauen-pharma.de", company="Rheinauen Pharma GmbH",
      note="Personio booking confirmation 'Mittwoch, 23.09.2026, 14:00 - 15:00 Uhr' in Mainz (CEST, UTC+2) "
           "-> 12:00-13:00Z; ICS with TZID Europe/Berlin agrees; contact = human Reply-To")
def m02() -> bytes:
    body = t("""
        Sehr geehrte Frau Brandt,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Position Specialist Regulatory Affairs (m/w/d):

        Datum: Mittwoch, 23.09.2026
        Uhrzeit: 14:00 - 15:00 Uhr
        Ort: Rheinauen Pharma GmbH, Rheinallee 112, 55120 Mainz, Empfang Gebäude 2
        Gesprächspartner: Herr Dr. Volker Sander (Leitung Zulassung), Frau Katrin Hümmer (HR)

        Bitte melden Sie sich ca. 10 Minuten vorher am Empfang. Parkplätze finden Sie auf dem
        Besucherparkplatz an der Einfahrt Nord.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Katrin Hümmer
        Human Resources
        Rheinauen Pharma GmbH

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f1f1f">
        <tr><td style="padding:24px">
        <p>Sehr geehrte Frau Brandt,</p>
        <p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Position <strong>Specialist Regulatory Affairs (m/w/d)</strong>:</p>
        <p><strong>Datum:</strong> Mittwoch, 23.09.2026<br>
        <strong>Uhrzeit:</strong> 14:00 - 15:00 Uhr<br>
        <strong>Ort:</strong> Rheinauen Pharma GmbH, Rheinallee 112, 55120 Mainz, Empfang Gebäude 2<br>
        <strong>Gesprächspartner:</strong> Herr Dr. Volker Sander (Leitung Zulassung), Frau Katrin Hümmer (HR)</p>
        <p>Bitte melden Sie sich ca. 10 Minuten vorher am Empfang. Parkplätze finden Sie auf dem
        Besucherparkplatz an der Einfahrt Nord.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Katrin Hümmer<br>Human Resources<br>Rheinauen Pharma GmbH</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet.</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = vcal("-//Personio GmbH//Recruiting//DE", "REQUEST", """
        BEGIN:VEVENT
        UID:personio-interview-7731904@personio.de
        DTSTAMP:20260914T070512Z
        DTSTART;TZID=Europe/Berlin:20260923T140000
        DTEND;TZID=Europe/Berlin:20260923T150000
        SUMMARY:Vorstellungsgespräch Specialist Regulatory Affairs (m/w/d)
        LOCATION:Rheinauen Pharma GmbH\\, Rheinallee 112\\, 55120 Mainz
        ORGANIZER;CN=Katrin Hümmer:mailto:k.huemmer@rheinauen-pharma.de
        ATTENDEE;CN=Sophie Brandt:mailto:sophie.brandt@example.org
        END:VEVENT
        """, tz="Europe/Berlin")
    hs = head(addr("Rheinauen Pharma GmbH", "noreply@personio.de"),
              "Bestätigung Ihres Vorstellungsgesprächs – Specialist Regulatory Affairs (m/w/d)",
              "2026-09-14 09:05:12", B, "<0102019a3c7e.5d1f9e3b-2c41-4a0e-9d8e-61b2a0f4c7d1@eu-central-1.amazonses.com>",
              relay="from a4-12.smtp-out.eu-central-1.amazonses.com (a4-12.smtp-out.eu-central-1.amazonses.com [69.169.224.12])",
              ident="4MzY2c0QXbz9vRt",
              after=(("Reply-To", addr("Katrin Hümmer", "k.huemmer@rheinauen-pharma.de")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="Vorstellungsgespraech.ics",
                                      disposition="attachment")))


# --- 3: hiring manager, Hessian du, 'Mittwoch in einer Woche um viertel elf' ------------------
@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-30 10:15", B), local="Wed 2026-09-30 10:15", zone=B,
      contact="juergen.seibel@taunus-diagnostics.de", company="Taunus Diagnostics GmbH",
      days=(("Mon", "2026-09-21"),),
      note="Hessian prose reply sent Mon 21.09.: 'Mittwoch in einer Woche' = Wednesday of next week, 30.09.; "
           "'viertel elf' = 10:15 (CEST, UTC+2) -> 08:15Z; 'so e Stündche' is approximate, end null")
def m03() -> bytes:
    body = t("""
        Hallo Sophie,

        super, dass des mit deinem Wechsel nach Wiesbaden ernst is. Dann mache mer's so wie am Telefon
        besproche: Mittwoch in einer Woche um viertel elf bei uns in Biebrich, Rheingaustraße 40, zweiter
        Stock. Des Gespräch mache ich zusammen mit der Anja aus der QA, rechne mal mit so e Stündche.

        Klingel einfach bei "Taunus Diagnostics", ich hol dich unne ab.

        Bis dann
        Jürgen

        --
        Jürgen Seibel
        Leiter Regulatory & Quality
        Taunus Diagnostics GmbH | Rheingaustraße 40 | 65203 Wiesbaden
        Tel. +49 611 55 48 21-30

        Am 21.09.2026 um 11:02 schrieb Sophie Brandt <sophie.brandt@example.org>:
        > Hallo Jürgen,
        >
        > danke für das nette Telefonat heute Morgen! Wie besprochen schicke ich dir
        > meinen aktuellen Lebenslauf. Passt dir nächste Woche Mittwochvormittag?
        >
        > Viele Grüße
        > Sophie
        """)
    hs = head(addr("Jürgen Seibel", "juergen.seibel@taunus-diagnostics.de", "iso-8859-15"),
              "Re: Lebenslauf / Stelle Regulatory Affairs", "2026-09-21 17:48:33", B,
              "<7b1e2f09-33aa-4c19-b0d2-9a5e11c0f2d4@taunus-diagnostics.de>",
              relay="from mail.taunus-diagnostics.de (mail.taunus-diagnostics.de [212.227.15.41])",
              ident="4N0R9s1jPlz3Kd",
              after=(("In-Reply-To", "<c0e6a1b7-2f3d-4b8e-9a71-5d22e8f0a913@example.org>"),
                     ("References", "<c0e6a1b7-2f3d-4b8e-9a71-5d22e8f0a913@example.org>"),
                     ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable", params="format=flowed"))


# --- 4: Workday, Boston, EDT in the week Europe is already on CET ------------------------------
NY = "America/New_York"


@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", NY), end=utc("2026-10-27 09:45", NY),
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 09:45", zone=NY,
      contact="dana.whitcomb@beaconridgebio.com", company="Beaconridge Biologics",
      note="Workday HTML-only; 9:00-9:45 AM EDT on Tue 27 Oct (US still on daylight time until 1 Nov, Europe "
           "already on CET since 25 Oct) -> 13:00-13:45Z = 2:00 PM CET as the mail says; contact = recruiter "
           "named in the body (From is the Workday tenant address)")
def m04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <div style="background:#005cb9;color:#fff;padding:12px 20px;font-size:18px">Beaconridge Biologics Careers</div>
        <div style="padding:20px">
        <p>Dear Sophie,</p>
        <p>Thank you for your interest in the <b>Senior Specialist, Regulatory Affairs (EU)</b> position
        (R-10482). We are pleased to confirm your interview with the hiring team.</p>
        <table style="font-size:14px">
        <tr><td style="padding-right:16px">Date:</td><td>Tuesday, October 27, 2026</td></tr>
        <tr><td style="padding-right:16px">Time:</td><td>9:00 AM - 9:45 AM EDT (Boston)</td></tr>
        <tr><td style="padding-right:16px">Format:</td><td>Microsoft Teams (link to follow from the interviewer)</td></tr>
        <tr><td style="padding-right:16px">Interviewer:</td><td>Greg Tallis, Director, Global Regulatory Strategy</td></tr>
        </table>
        <p><i>Please note that the US changes its clocks one week later than Europe this year. For you in
        Mainz, the interview starts at 2:00 PM CET.</i></p>
        <p>If you have any questions, please contact your recruiter, Dana Whitcomb
        (<a href="mailto:dana.whitcomb@beaconridgebio.com">dana.whitcomb@beaconridgebio.com</a>).</p>
        <p>Kind regards,<br>Talent Acquisition<br>Beaconridge Biologics, Inc. | 200 Fan Pier Blvd, Boston, MA 02210</p>
        <p style="font-size:11px;color:#777">This message was sent from an unmonitored mailbox. Do not reply.
        To view your application, sign in to the <a href="https://beaconridge.wd5.myworkdayjobs.com/External">candidate home</a>.</p>
        </div></body></html>
        """)
    hs = head(addr("Beaconridge Biologics", "beaconridge@myworkday.com"),
              "Interview Confirmation - Senior Specialist, Regulatory Affairs (EU) - R-10482",
              "2026-10-20 15:22:41", NY, "<1803452187.71902.1792523761302@wd5-prod-mail-ash.myworkday.com>",
              relay="from wd5-prod-mail-ash.myworkday.com (wd5-prod-mail-ash.myworkday.com [216.105.208.37])",
              ident="4N9cB4x0Hnz1Lp")
    return message(hs, html(page, cte="base64"))


# --- 5: Basel, Exchange meeting request, Windows zone, standard offset shown in summer ----------
ZRH = "Europe/Zurich"
WEST = "W. Europe Standard Time"
BIRSFELD_UID = "040000008200E00074C5B7101A82E00800000000B0C4D1A27E51DD01000000000000000010000000F1A5C6D7E8B94A3C8D2E"


@mail(n(5), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 09:30", ZRH), end=utc("2026-10-08 11:00", ZRH),
      local="Thu 2026-10-08 09:30", local_end="2026-10-08 11:00", zone=ZRH,
      contact="reto.gisler@birsfeld-pharma.ch", company="Birsfeld Pharma AG",
      note="Swiss employer (Basel), Outlook meeting request: 'Donnerstag, 8. Oktober 2026 09:30-11:00 (UTC+01:00) "
           "Amsterdam, Berlin, Bern...' - the display name shows the standard offset but the date is in summer "
           "time (UTC+2) -> 07:30-09:00Z; ICS TZID 'W. Europe Standard Time' agrees; organizer = sender")
def m05() -> bytes:
    body = t("""
        Grüezi Frau Brandt

        Wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum ersten Gespräch für die Stelle
        Regulatory Affairs Manager EU/CH. Teilnehmen werden ausserdem Frau Dr. Corinne Ammann (Head Regulatory
        Affairs) und Herr Lukas Frei (HR Business Partner).

        Das Gespräch findet via Microsoft Teams statt, den Link finden Sie unten.

        Freundliche Grüsse
        Reto Gisler
        Talent Acquisition | Birsfeld Pharma AG | Hochbergerstrasse 60 | 4057 Basel
        T +41 61 555 73 12

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZmE3YjQtOTk2Mi00Y2M4LWE0OWEtZDk3N2UxNDY4ZDFk%40thread.v2/0>
        Besprechungs-ID: 372 915 604 118
        Kennung: Hk7Wq2
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE-CH"><div class="WordSection1">
        <p class="MsoNormal">Grüezi Frau Brandt<o:p></o:p></p>
        <p class="MsoNormal">Wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum ersten Gespräch für die Stelle
        Regulatory Affairs Manager EU/CH. Teilnehmen werden ausserdem Frau Dr. Corinne Ammann (Head Regulatory
        Affairs) und Herr Lukas Frei (HR Business Partner).<o:p></o:p></p>
        <p class="MsoNormal">Das Gespräch findet via Microsoft Teams statt, den Link finden Sie unten.<o:p></o:p></p>
        <p class="MsoNormal">Freundliche Grüsse<br>Reto Gisler<br>Talent Acquisition | Birsfeld Pharma AG | Hochbergerstrasse 60 | 4057 Basel<br>T +41 61 555 73 12<o:p></o:p></p>
        <div style="margin-top:24px;border-top:1px solid #ccc;padding-top:8px">
        <p class="MsoNormal"><b><span style="font-size:18pt">Microsoft Teams-Besprechung</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZmE3YjQtOTk2Mi00Y2M4LWE0OWEtZDk3N2UxNDY4ZDFk%40thread.v2/0">Klicken Sie hier, um an der Besprechung teilzunehmen</a></p>
        <p class="MsoNormal">Besprechungs-ID: 372 915 604 118<br>Kennung: Hk7Wq2</p>
        </div></div></body></html>
        """)
    when_line = "Wann: Donnerstag, 8. Oktober 2026 09:30-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
    where_line = "Wo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Reto Gisler:mailto:reto.gisler@birsfeld-pharma.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Brandt:mailto:sophie.brandt@example.org
        DESCRIPTION;LANGUAGE=de-CH:Wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum ersten Gespräch.\\n
        UID:{BIRSFELD_UID}
        SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Sophie Brandt - Regulatory Affairs Manager EU/CH
        DTSTART;TZID=W. Europe Standard Time:20261008T093000
        DTEND;TZID=W. Europe Standard Time:20261008T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T081400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        """, tz=WEST)
    hs = head(addr("Gisler Reto", "reto.gisler@birsfeld-pharma.ch"),
              "Vorstellungsgespräch Sophie Brandt - Regulatory Affairs Manager EU/CH",
              "2026-10-01 10:14:00", ZRH, "<ZR0P278MB0915A3C4F1E2D7B9A0C1D2E3F4A5B@ZR0P278MB0915.CHEP278.PROD.OUTLOOK.COM>",
              relay="from ZR0P278CU001.outbound.protection.outlook.com (mail-switzerlandnorthazon11020101.outbound.protection.outlook.com [52.101.186.101])",
              ident="4N5hL0m2Yvz8Qw",
              after=(("Thread-Topic", enc("Vorstellungsgespräch Sophie Brandt - Regulatory Affairs Manager EU/CH")),
                     ("Thread-Index", "AdtT1kq3Zb0w9c7ZRvG2wq1cS4nXkA=="),
                     ("Content-Language", "de-CH"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(when_line + where_line + body), html(page),
                           calendar(ics, cte="base64")))


# --- 6: Lever, English, rescheduled (old and new time in one mail) ----------------------------
AMS = "Europe/Amsterdam"


@mail(n(6), family="lever", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-02 11:30", AMS), end=utc("2026-10-02 12:15", AMS),
      local="Fri 2026-10-02 11:30", local_end="2026-10-02 12:15", zone=AMS,
      contact="priya.natarajan@quillonhealth.com", company="Quillon Health",
      days=(("Thu", "2026-10-01"),),
      note="Lever reschedule: previously Thu 1 Oct 3:00 PM CEST, new Fri 2 Oct 11:30 AM-12:15 PM CEST (UTC+2) "
           "-> 09:30-10:15Z; label = the new time; contact = human Reply-To")
def m06() -> bytes:
    body = t("""
        Hi Sophie,

        Your interview with Quillon Health has been rescheduled.

          PREVIOUSLY:  Thursday, October 1, 3:00 PM CEST
          NEW TIME:    Friday, October 2, 2026, 11:30 AM - 12:15 PM CEST

        Interview: Regulatory Affairs Lead, Digital Health (Remote, EU)
        Interviewers: Maarten Visser (VP Quality & Regulatory), Hannah Osei (Clinical Affairs)
        Where: Zoom - https://quillonhealth.zoom.us/j/84920311756

        Sorry for the shuffle - Maarten had a board meeting land on the original slot.
        Reply to this email if the new time doesn't work.

        Priya Natarajan
        Talent Partner, Quillon Health

        ---
        Sent via Lever. Quillon Health, Keizersgracht 241, Amsterdam
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:sans-serif">', 1)
    ics = vcal("-//Lever//Lever Hire//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:lever-3f6d1a2e-8b7c-4e09-a1d5-7c2b9e0f4a63
        DTSTAMP:20260925T110312Z
        DTSTART:20261002T093000Z
        DTEND:20261002T101500Z
        SEQUENCE:1
        SUMMARY:Quillon Health - Regulatory Affairs Lead interview (Sophie Brandt)
        LOCATION:https://quillonhealth.zoom.us/j/84920311756
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@quillonhealth.com
        ATTENDEE;CN=Sophie Brandt;PARTSTAT=NEEDS-ACTION:mailto:sophie.brandt@example.org
        END:VEVENT
        """)
    hs = head(addr("Quillon Health", "no-reply@hire.lever.co"),
              "Updated: Your interview with Quillon Health has been rescheduled",
              "2026-09-25 11:03:12", "UTC", "<0100019a2b9c4e71-1c2e7b3f-9d40-4f21-b6a8-3e5d0c9f8a21-000000@email.amazonses.com>",
              relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              ident="4N1Tq7d6Mxz2Hs",
              after=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@quillonhealth.com")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# --- 7: Ashby, time only in the ICS ------------------------------------------------------------
@mail(n(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-14T12:00:00Z", end="2026-10-14T13:00:00Z",
      local="Wed 2026-10-14 14:00", local_end="2026-10-14 15:00", zone=B,
      contact="jonas.ebeling@veltris.bio", company="Veltris Bio",
      note="Ashby confirmation whose body gives no time ('see the attached invite'); the ICS says "
           "DTSTART 20261014T120000Z / DTEND 130000Z = Wed 14 Oct 14:00-15:00 CEST; contact = human Reply-To")
def m07() -> bytes:
    body = t("""
        Hi Sophie,

        You're all set for your Regulatory Strategy panel with Veltris Bio!

        We've attached a calendar invite with the time and the video link - please accept it so it lands in
        your calendar. The panel is with Dr. Miriam Kolb (VP Regulatory) and Felix Arndt (Clinical Operations).

        Need to change something? Just reply to this email and it will reach Jonas Ebeling.

        Cheers,
        The Veltris Bio Talent Team
        """)
    page = t("""
        <!DOCTYPE html><html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111">
        <p>Hi Sophie,</p>
        <p>You&#39;re all set for your <strong>Regulatory Strategy panel</strong> with Veltris Bio!</p>
        <p>We&#39;ve attached a calendar invite with the time and the video link - please accept it so it lands in
        your calendar. The panel is with Dr. Miriam Kolb (VP Regulatory) and Felix Arndt (Clinical Operations).</p>
        <p>Need to change something? Just reply to this email and it will reach Jonas Ebeling.</p>
        <p>Cheers,<br>The Veltris Bio Talent Team</p>
        <p style="color:#9a9a9a;font-size:11px">Sent with Ashby</p>
        </body></html>
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:a51c0e7d-92b4-4f0a-8d63-1e7b2c9f5a40
        DTSTAMP:20261007T083011Z
        DTSTART:20261014T120000Z
        DTEND:20261014T130000Z
        SEQUENCE:0
        SUMMARY:Veltris Bio - Regulatory Strategy Panel (Sophie Brandt)
        LOCATION:https://meet.google.com/vbt-ramq-oxw
        DESCRIPTION:Panel with Dr. Miriam Kolb and Felix Arndt.\\nJoin: https://meet.google.com/vbt-ramq-oxw
        ORGANIZER;CN=Jonas Ebeling:mailto:jonas.ebeling@veltris.bio
        ATTENDEE;CN=Sophie Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sophie.brandt@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """)
    hs = head(addr("Veltris Bio", "no-reply@ashbyhq.com"),
              "Interview confirmed: Regulatory Strategy Panel at Veltris Bio",
              "2026-10-07 08:30:11", "UTC", "<010001926e4f7a33-8b2c1d40-7e5f-4a6b-9c3d-2f1e0a9b8c7d-000000@email.amazonses.com>",
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
              ident="4N6mW3f8Rkz5Ty",
              after=(("Reply-To", addr("Jonas Ebeling", "jonas.ebeling@veltris.bio")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --- 8: SmartRecruiters, German, 'Mi, 9.12.2026' ----------------------------------------------
@mail(n(8), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-09 13:30", B), end=utc("2026-12-09 14:30", B),
      local="Wed 2026-12-09 13:30", local_end="2026-12-09 14:30", zone=B,
      contact="melanie.ostertag@maw-ag.de", company="Mannheimer Arzneimittelwerke AG",
      note="SmartRecruiters confirmation 'Mi, 9.12.2026, 13:30-14:30 Uhr' in Mannheim (CET, UTC+1) -> "
           "12:30-13:30Z; contact = the named Ansprechpartnerin in the body")
def m08() -> bytes:
    body = t("""
        Hallo Frau Brandt,

        vielen Dank für Ihre Rückmeldung. Gerne bestätigen wir Ihnen folgenden Termin für Ihr persönliches
        Gespräch zur Stelle "Manager Regulatory Affairs Lifecycle (w/m/d)" (Ref. MAW-2026-0418):

          Termin:   Mi, 9.12.2026, 13:30-14:30 Uhr
          Ort:      Mannheimer Arzneimittelwerke AG, Werk Neckarau, Casterfeldstraße 12, 68199 Mannheim
                    (Pforte 3 - bitte Personalausweis mitbringen)
          Mit:      Dr. Hendrik Lauer (Head of Regulatory Lifecycle), Melanie Ostertag (Recruiting)

        Bei Rückfragen erreichen Sie mich unter melanie.ostertag@maw-ag.de oder 0621 8845-2217.

        Freundliche Grüße
        Melanie Ostertag
        Recruiting & Employer Branding

        Diese Nachricht wurde über SmartRecruiters versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("  ", "&nbsp; ").split("\n\n")) + "</body></html>\n"
    hs = head(addr("Mannheimer Arzneimittelwerke AG", "noreply@smartrecruiters.com"),
              "Ihr Gesprächstermin bei der Mannheimer Arzneimittelwerke AG",
              "2026-12-01 13:20:45", B, "<20261201122045.6f1e3c9a7b2d4e58@smartrecruiters.com>",
              relay="from mail-out-eu.smartrecruiters.com (mail-out-eu.smartrecruiters.com [185.41.28.77])",
              ident="4NPqk1v7Sgz6Vb")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# --- 9: Basel, reschedule by Outlook update (thread with key 5) ---------------------------------
@mail(n(9), family="exchange", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-09 14:00", ZRH), end=utc("2026-10-09 15:30", ZRH),
      local="Fri 2026-10-09 14:00", local_end="2026-10-09 15:30", zone=ZRH,
      contact="reto.gisler@birsfeld-pharma.ch", company="Birsfeld Pharma AG",
      days=(("Thu", "2026-10-08"),),
      note="Outlook update (same UID, SEQUENCE 1) moving the Basel interview from Thu 8 Oct 09:30 to Fri 9 Oct "
           "14.00-15.30 Uhr (Swiss summer time, UTC+2) -> 12:00-13:30Z; header line shows '(UTC+01:00)' "
           "standard-offset label; contact = organizer/sender")
def m09() -> bytes:
    body = t("""
        Wann: Freitag, 9. Oktober 2026 14:00-15:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Grüezi Frau Brandt

        Leider muss Frau Dr. Ammann am Donnerstagmorgen kurzfristig nach Bern zu einer Sitzung mit der
        Behörde. Ich habe unser Gespräch deshalb vom Donnerstag, 8. Oktober, 09.30 Uhr auf Freitag,
        9. Oktober, 14.00-15.30 Uhr verschoben. Der Teams-Link bleibt derselbe.

        Ich hoffe, das passt Ihnen - sonst melden Sie sich bitte kurz bei mir.

        Freundliche Grüsse
        Reto Gisler
        Talent Acquisition | Birsfeld Pharma AG | Hochbergerstrasse 60 | 4057 Basel
        T +41 61 555 73 12

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZmE3YjQtOTk2Mi00Y2M4LWE0OWEtZDk3N2UxNDY4ZDFk%40thread.v2/0>
        Besprechungs-ID: 372 915 604 118
        Kennung: Hk7Wq2
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Reto Gisler:mailto:reto.gisler@birsfeld-pharma.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Brandt:mailto:sophie.brandt@example.org
        UID:{BIRSFELD_UID}
        SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Sophie Brandt - Regulatory Affairs Manager EU/CH
        DTSTART;TZID=W. Europe Standard Time:20261009T140000
        DTEND;TZID=W. Europe Standard Time:20261009T153000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261005T144000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1893214471
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """, tz=WEST)
    subject = "Aktualisiert: Vorstellungsgespräch Sophie Brandt - Regulatory Affairs Manager EU/CH"
    hs = head(addr("Gisler Reto", "reto.gisler@birsfeld-pharma.ch"), subject,
              "2026-10-05 16:40:27", ZRH, "<ZR0P278MB0915C9D8E7F6A5B4C3D2E1F0A9B8C@ZR0P278MB0915.CHEP278.PROD.OUTLOOK.COM>",
              relay="from ZR0P278CU001.outbound.protection.outlook.com (mail-switzerlandnorthazon11020104.outbound.protection.outlook.com [52.101.186.104])",
              ident="4N7bD2q5Xcz4Mn",
              after=(("Thread-Topic", enc("Vorstellungsgespräch Sophie Brandt - Regulatory Affairs Manager EU/CH")),
                     ("Thread-Index", "AdtT1kq3Zb0w9c7ZRvG2wq1cS4nXkAAGm3Qw"),
                     ("Content-Language", "de-CH")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 10: Calendly, invitee confirmation (thread with key 29) ------------------------------------
@mail(n(10), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:00", B), end=utc("2026-11-04 10:30", B),
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 10:30", zone=B,
      contact="owen.pritchard@kestrelmedical.co.uk", company="Kestrel Medical",
      note="Calendly invitee confirmation shown in the invitee's zone: 10:00am-10:30am (Central European Time) "
           "Wed 4 Nov (CET, UTC+1) -> 09:00-09:30Z; host in London; contact = host (Reply-To)")
def m10() -> bytes:
    body = t("""
        Hi Sophie Brandt,

        Your 30 Minute Meeting with Owen Pritchard at 10:00am (Central European Time) on Wednesday, November 4, 2026 is scheduled.

        Event Type:
        Intro call - Regulatory Affairs Lead (EU)

        Event Date/Time:
        10:00am - 10:30am (Central European Time) Wednesday, November 4, 2026

        Location:
        This is a Microsoft Teams web conference. Owen will send the link before the call.

        Invitee Email:
        sophie.brandt@example.org

        Questions:
        Please share anything that will help prepare for our meeting.
        Currently Senior RA Specialist (EU MAA / variations), notice period 3 months.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7e2c9a1f-4b3d-4f8e-a6c1-90d2b5e7f3a8
        Reschedule: https://calendly.com/reschedulings/7e2c9a1f-4b3d-4f8e-a6c1-90d2b5e7f3a8

        Powered by Calendly.com
        """)
    page = gmail_html(body).replace("<div dir=\"ltr\">", "<div style=\"font-family:proxima-nova,sans-serif\">", 1)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:7e2c9a1f-4b3d-4f8e-a6c1-90d2b5e7f3a8@calendly.com
        DTSTAMP:20261029T170203Z
        DTSTART:20261104T090000Z
        DTEND:20261104T093000Z
        SUMMARY:Intro call - Regulatory Affairs Lead (EU) between Owen Pritchard and Sophie Brandt
        ORGANIZER;CN=Owen Pritchard:mailto:owen.pritchard@kestrelmedical.co.uk
        ATTENDEE;CN=Sophie Brandt;PARTSTAT=ACCEPTED:mailto:sophie.brandt@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call - Regulatory Affairs Lead (EU) with Owen Pritchard on Wednesday, November 4, 2026",
              "2026-10-29 17:02:03", "UTC", "<6513f9a2c7e84.20261029170203.calendly@mailer.calendly.com>",
              relay="from o1.ptr3461.calendly.com (o1.ptr3461.calendly.com [149.72.122.18])",
              ident="4NGd8p3Wfqz1Rk",
              after=(("Reply-To", addr("Owen Pritchard", "owen.pritchard@kestrelmedical.co.uk")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --- 11: Microsoft Bookings, Darmstadt, no personal address ------------------------------------
@mail(n(11), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-06 13:00", B), end=utc("2026-10-06 14:00", B),
      local="Tue 2026-10-06 13:00", local_end="2026-10-06 14:00", zone=B,
      contact=None, company="Odenwald Biotech GmbH",
      note="Bookings confirmation '13:00 - 14:00 (UTC+01:00) Amsterdam, Berlin...' on 6 Oct: the label shows the "
           "standard offset, the date is in CEST (UTC+2) -> 11:00-12:00Z, as the ICS (W. Europe Standard Time) "
           "says; only a Bookings mailbox and a staff name, no personal address -> contact null")
def m11() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px;margin:0 auto">
        <p style="font-size:20px">Hallo Sophie Brandt,</p>
        <p>vielen Dank für Ihre Buchung bei Odenwald Biotech Karriere. Ihre Buchung wurde bestätigt.</p>
        <table style="border:1px solid #e1dfdd;width:100%;padding:12px">
        <tr><td><b>Vorstellungsgespräch Regulatory Affairs (60 Minuten)</b></td></tr>
        <tr><td>Dienstag, 6. Oktober 2026</td></tr>
        <tr><td>13:00 - 14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Mitarbeiter: Anke Roth</td></tr>
        <tr><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjI4NDQ0NmQtYjY1Ni00MDdiLTg4YjItN2E5ODc2YzE0ZWZh%40thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></td></tr>
        </table>
        <p>Odenwald Biotech GmbH, Frankfurter Straße 250, 64293 Darmstadt</p>
        <p><a href="https://outlook.office365.com/owa/calendar/OdenwaldBiotechKarriere@odenwaldbiotech.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p style="font-size:11px;color:#605e5c">Dieser Termin wurde mit Microsoft Bookings erstellt.</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Odenwald Biotech Karriere:mailto:OdenwaldBiotechKarriere@odenwaldbiotech.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Sophie Brandt:mailto:sophie.brandt@example.org
        UID:040000008200E00074C5B7101A82E008000000003A7F5C11BE51DD01000000000000000010000000C2B4E6A8D0F24B6A9E1C
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Regulatory Affairs
        DTSTART;TZID=W. Europe Standard Time:20261006T130000
        DTEND;TZID=W. Europe Standard Time:20261006T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T083148Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tz=WEST)
    hs = head(addr("Odenwald Biotech Karriere", "OdenwaldBiotechKarriere@odenwaldbiotech.onmicrosoft.com"),
              "Ihre Buchung wurde bestätigt: Vorstellungsgespräch Regulatory Affairs",
              "2026-10-02 10:31:48", B, "<AM9PR02MB7313E0B4C5D6A7F8E9A0B1C2D3E4F5A6@AM9PR02MB7313.eurprd02.prod.outlook.com>",
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
              ident="4N5mR8t1Zdz7Gf")
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --- 12: Google Calendar, all-day event, time only in the description ---------------------------
@mail(n(12), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:30", B), local="Thu 2026-11-12 09:30", zone=B,
      contact="tobias.lindner@rheingau-vaccines.de", company="Rheingau Vaccines GmbH",
      note="Google Calendar invitation for an ALL-DAY event on Thu 12 Nov; the start '9:30 Uhr am Empfang' is only "
           "in the description (CET, UTC+1) -> 08:30Z; 'Ende gegen 13 Uhr' is approximate -> end null; "
           "contact = organizer")
def m12() -> bytes:
    desc = ("Liebe Frau Brandt,\n\nwir freuen uns auf Ihren Besuch! Wir beginnen um 9:30 Uhr am Empfang "
            "(Gebäude C, Rheingaustraße 190, 65203 Wiesbaden). Geplant sind ein Gespräch mit mir und "
            "Frau Dr. Petra Wendel (Regulatory Affairs), eine Laborführung und ein gemeinsames Mittagessen - "
            "Ende gegen 13 Uhr.\n\nBitte bringen Sie einen Lichtbildausweis mit.\n\nViele Grüße\nTobias Lindner")
    body = t("""
        Tobias Lindner hat Sie zu folgendem Termin eingeladen:

        Vorstellungsgespräch vor Ort - Sophie Brandt
        Donnerstag, 12. November 2026

        {desc}

        Teilnehmen mit Google Meet
        https://meet.google.com/rvx-kpwe-tjd

        Organisator
        tobias.lindner@rheingau-vaccines.de

        Gäste
        tobias.lindner@rheingau-vaccines.de - Organisator
        petra.wendel@rheingau-vaccines.de
        sophie.brandt@example.org

        Alle Termindetails ansehen
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2s0cmQ4dGZhMmQ0NWM5M2JqYjh2dXFkMWYgc29waGllLmJyYW5kdEBleGFtcGxlLm9yZw

        Antworten für sophie.brandt@example.org: Ja - Vielleicht - Nein - Weitere Optionen

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """).replace("{desc}", desc)
    page = gmail_html(body)
    ics_desc = desc.replace("\n", "\\n").replace(",", "\\,")
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", f"""
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261112
        DTEND;VALUE=DATE:20261113
        DTSTAMP:20261103T150007Z
        ORGANIZER;CN=Tobias Lindner:mailto:tobias.lindner@rheingau-vaccines.de
        UID:7k4rd8tfa2d45c93bjb8vuqd1f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tobias Lindner;X-NUM-GUESTS=0:mailto:tobias.lindner@rheingau-vaccines.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sophie.brandt@example.org;X-NUM-GUESTS=0:mailto:sophie.brandt@example.org
        X-MICROSOFT-CDO-OWNERAPPTID:1530482219
        CREATED:20261103T150006Z
        DESCRIPTION:{ics_desc}
        LAST-MODIFIED:20261103T150006Z
        LOCATION:Rheingau Vaccines GmbH\\, Rheingaustraße 190\\, 65203 Wiesbaden
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch vor Ort - Sophie Brandt
        TRANSP:TRANSPARENT
        END:VEVENT
        """)
    subject = ("Einladung: Vorstellungsgespräch vor Ort - Sophie Brandt @ Do. 12. Nov. 2026 "
               "(sophie.brandt@example.org)")
    hs = head(addr("Tobias Lindner", "tobias.lindner@rheingau-vaccines.de"), subject,
              "2026-11-03 16:00:07", B, "<calendar-1c5e9b7a-3f20-4d8e-b6a1-7c4e2d9f0b35@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ident="4NKc5v9Ymbz2Dp",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              after=(("Reply-To", "tobias.lindner@rheingau-vaccines.de"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# --- 13: Workable, English, reschedule, relay Reply-To ------------------------------------------
@mail(n(13), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 14:00", B), end=utc("2026-11-05 15:00", B),
      local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=B,
      contact="clara.mendes@lumispharma.com", company="Lumis Pharma GmbH",
      days=(("Tue", "2026-11-03"),),
      note="Workable reschedule: was Tue 3 Nov 10:00 AM CET, now Thu 5 Nov 2:00-3:00 PM CET (UTC+1) -> "
           "13:00-14:00Z; Reply-To is a Workable relay (+...@candidates.workablemail.com), not a person; "
           "contact = recruiter's address in the signature")
def m13() -> bytes:
    body = t("""
        Hi Sophie,

        Clara Mendes from Lumis Pharma has updated your interview for the Regulatory Affairs Manager
        (Darmstadt / hybrid) position.

        Was:  Tuesday, November 3, 2026 at 10:00 AM CET
        Now:  Thursday, November 5, 2026, 2:00 PM - 3:00 PM CET

        Location: Lumis Pharma GmbH, Rheinstraße 75, 64295 Darmstadt - 3rd floor reception

        Message from Clara:
        "Hi Sophie, so sorry to move you around - our Head of Regulatory is now back from Basel on Thursday,
        so we can do the full panel in one go. See you on the 5th! Clara
        Clara Mendes | Talent Partner | clara.mendes@lumispharma.com | +49 6151 39 802 14"

        Add to calendar: the updated invitation is attached.

        --
        Sent by Workable on behalf of Lumis Pharma GmbH
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#242424">
        <p>Hi Sophie,</p>
        <p>Clara Mendes from Lumis Pharma has updated your interview for the <b>Regulatory Affairs Manager
        (Darmstadt / hybrid)</b> position.</p>
        <p><span style="text-decoration:line-through;color:#888">Tuesday, November 3, 2026 at 10:00 AM CET</span><br>
        <b>Thursday, November 5, 2026, 2:00 PM - 3:00 PM CET</b></p>
        <p>Location: Lumis Pharma GmbH, Rheinstraße 75, 64295 Darmstadt - 3rd floor reception</p>
        <blockquote style="border-left:3px solid #1bbc9b;padding-left:10px">Hi Sophie, so sorry to move you around -
        our Head of Regulatory is now back from Basel on Thursday, so we can do the full panel in one go. See you
        on the 5th! Clara<br>Clara Mendes | Talent Partner | clara.mendes@lumispharma.com | +49 6151 39 802 14</blockquote>
        <p style="font-size:11px;color:#999">Sent by Workable on behalf of Lumis Pharma GmbH</p>
        </body></html>
        """)
    ics = vcal("-//Workable//Workable Calendar//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:workable-event-5c81e2d7f0a4@workable.com
        DTSTAMP:20261030T104512Z
        DTSTART;TZID=Europe/Berlin:20261105T140000
        DTEND;TZID=Europe/Berlin:20261105T150000
        SEQUENCE:2
        SUMMARY:Interview: Sophie Brandt - Regulatory Affairs Manager (Lumis Pharma)
        LOCATION:Lumis Pharma GmbH\\, Rheinstraße 75\\, 64295 Darmstadt
        ORGANIZER;CN=Lumis Pharma:mailto:lumis-pharma+c7e21f9a@candidates.workablemail.com
        ATTENDEE;CN=Sophie Brandt;RSVP=TRUE:mailto:sophie.brandt@example.org
        END:VEVENT
        """, tz="Europe/Berlin")
    hs = head(addr("Lumis Pharma", "noreply@candidates.workablemail.com"),
              "Interview rescheduled: Regulatory Affairs Manager at Lumis Pharma",
              "2026-10-30 11:45:12", B, "<5c81e2d7f0a4.1793357112@candidates.workablemail.com>",
              relay="from mail-out2.workablemail.com (mail-out2.workablemail.com [198.21.7.144])",
              ident="4NHp2s6Kcvz9Bx",
              after=(("Reply-To", "lumis-pharma+c7e21f9a@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="interview.ics",
                                      disposition="attachment")))


# --- 14: GoodTime, Dublin, itinerary, GMT ---------------------------------------------------------
DUB = "Europe/Dublin"


@mail(n(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-16 14:00", DUB), end=utc("2026-11-16 15:15", DUB),
      local="Mon 2026-11-16 14:00", local_end="2026-11-16 15:15", zone=DUB,
      contact="aoife.brennan@corvaletx.ie", company="Corvale Therapeutics",
      note="GoodTime itinerary, two back-to-back sessions 2:00-2:30 and 2:30-3:15 PM GMT (Dublin, winter = UTC) "
           "-> first start to last end 14:00-15:15Z (3:00 PM CET for Sophie); contact = coordinator Reply-To")
def m14() -> bytes:
    body = t("""
        Hi Sophie,

        Your interview with Corvale Therapeutics is confirmed. Here's your itinerary:

        Monday, November 16, 2026 (all times GMT - Dublin)

          2:00 PM - 2:30 PM   Siobhan Kearney, Director Regulatory Affairs
          2:30 PM - 3:15 PM   Declan Moriarty, VP Quality & Compliance; Ruth Adler, Regulatory CMC Lead

        Video: https://corvaletx.zoom.us/j/93017742618?pwd=Q0xWcm1NZ2tOb2Zk
        Meeting ID: 930 1774 2618   Passcode: 581244

        For Mainz that's 3:00 PM - 4:15 PM CET.

        If you have any questions, reply to this email and your coordinator, Aoife Brennan, will get back to you.

        Best of luck!
        Corvale Therapeutics Recruiting Team
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Sophie,</p>
        <p>Your interview with <b>Corvale Therapeutics</b> is confirmed. Here&#8217;s your itinerary:</p>
        <h3 style="margin:12px 0 4px">Monday, November 16, 2026 <span style="font-weight:normal">(all times GMT - Dublin)</span></h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td>2:00 PM - 2:30 PM</td><td>Siobhan Kearney, Director Regulatory Affairs</td></tr>
        <tr><td>2:30 PM - 3:15 PM</td><td>Declan Moriarty, VP Quality &amp; Compliance; Ruth Adler, Regulatory CMC Lead</td></tr>
        </table>
        <p>Video: <a href="https://corvaletx.zoom.us/j/93017742618?pwd=Q0xWcm1NZ2tOb2Zk">Join Zoom</a><br>
        Meeting ID: 930 1774 2618 &nbsp; Passcode: 581244</p>
        <p>For Mainz that&#8217;s 3:00 PM - 4:15 PM CET.</p>
        <p>If you have any questions, reply to this email and your coordinator, Aoife Brennan, will get back to you.</p>
        <p>Best of luck!<br>Corvale Therapeutics Recruiting Team</p>
        <p style="font-size:10px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = vcal("-//GoodTime.io//Interview Scheduler//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gt-8f2e4c1a-6b3d-47e9-a0c5-d1f7b2e9c304
        DTSTAMP:20261110T091233Z
        DTSTART:20261116T140000Z
        DTEND:20261116T151500Z
        SUMMARY:Interview with Corvale Therapeutics
        LOCATION:https://corvaletx.zoom.us/j/93017742618
        ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@corvaletx.ie
        ATTENDEE;CN=Sophie Brandt;PARTSTAT=NEEDS-ACTION:mailto:sophie.brandt@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    hs = head(addr("Corvale Therapeutics Recruiting", "no-reply@goodtime.io"),
              "Interview Confirmation - Corvale Therapeutics",
              "2026-11-10 09:12:33", DUB, "<01000193a1b2c3d4-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@email.amazonses.com>",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              ident="4NMr7b1Qspz6Jc",
              after=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@corvaletx.ie")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="Interview.ics", disposition="attachment")))


# --- 15: Rhenish phone reply, 'Freitag gegen halb drei' ------------------------------------------
@mail(n(15), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-20 14:30", B), local="Fri 2026-11-20 14:30", zone=B,
      contact="hp.kaul@rheinhessen-labor.de", company="Rheinhessen Labor GmbH",
      note="iPhone reply in Rhenish-Hessian register sent Mon 16 Nov: 'Freitag gegen halb drei' = Fri 20 Nov "
           "14:30 CET (UTC+1) -> 13:30Z; the candidate's proposal is in the quote; no length -> end null")
def m15() -> bytes:
    body = t("""
        Guude Frau Brandt,

        jo des basst. Dann Freitag gegen halb drei bei uns in Nieder-Olm, Pariser Straße 9. Parkplätz sin
        hinnerm Haus. Mer mache des ganz locker, de Herr Dr. Fuchs is aach dabei.

        Gruß
        HP Kaul

        Von meinem iPhone gesendet

        > Am 15.11.2026 um 19:20 schrieb Sophie Brandt <sophie.brandt@example.org>:
        >
        > Sehr geehrter Herr Kaul,
        >
        > vielen Dank für Ihren Anruf und Ihr Interesse an meiner Bewerbung bei der Rheinhessen Labor GmbH.
        > Am Freitag wäre ich ab 14 Uhr flexibel - würde Ihnen das passen?
        >
        > Viele Grüße
        > Sophie Brandt
        """)
    hs = head(addr("HP Kaul", "hp.kaul@rheinhessen-labor.de"), "Re: Ihre Bewerbung Regulatory Affairs",
              "2026-11-16 07:52:18", B, "<4D1E7A2B-9C3F-4E58-B6A0-7F21C8D93E45@rheinhessen-labor.de>",
              relay="from smtp.rheinhessen-labor.de (smtp.rheinhessen-labor.de [85.13.142.201])",
              ident="4NQb0x4Vhtz8Lm",
              after=(("In-Reply-To", "<a9d3e2f1-7b60-4c8d-95e2-1f0c3b7a6d84@example.org>"),
                     ("References", "<a9d3e2f1-7b60-4c8d-95e2-1f0c3b7a6d84@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit"))


# --- 16: forward to self of a confirmation sent to the old address, 'am 9. d. M.' ----------------
@mail(n(16), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-09 10:00", B), local="Wed 2026-12-09 10:00", zone=B,
      contact="b.hahn@hessen-clinical.de", company="Hessen Clinical Research GmbH",
      note="Sophie forwards to herself (as message/rfc822) a confirmation that reached her old address; inner mail "
           "of Wed 2 Dec says 'am 9. d. M. um 10:00 Uhr' = Wed 9 Dec 10:00 CET (UTC+1) -> 09:00Z; contact = the "
           "human sender of the forwarded mail (the outer sender is the candidate)")
def m16() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Brandt,

        wie heute telefonisch besprochen bestätige ich Ihnen gerne das Vorstellungsgespräch für die Position
        "Senior Regulatory Affairs Manager (m/w/d)" am 9. d. M. um 10:00 Uhr in unserem Büro in
        Frankfurt-Niederrad, Lyoner Straße 20, 4. OG.

        Ihre Gesprächspartner sind Herr Matthias Vogel (Geschäftsführer) und ich. Planen Sie bitte etwa
        90 Minuten ein; im Anschluss zeigen wir Ihnen gerne noch unsere Räume.

        Für Rückfragen erreichen Sie mich unter 069 6605 118-40.

        Mit freundlichen Grüßen

        Birgit Hahn
        Personalleitung
        Hessen Clinical Research GmbH
        Lyoner Straße 20 · 60528 Frankfurt am Main
        Geschäftsführer: Matthias Vogel · HRB 88123 AG Frankfurt am Main
        """)
    inner = message([
        ("Return-Path", "<b.hahn@hessen-clinical.de>"),
        ("From", addr("Birgit Hahn", "b.hahn@hessen-clinical.de")),
        ("To", addr("Sophie Brandt", "sophie.brandt@example.net")),
        ("Subject", enc("Ihr Vorstellungsgespräch bei der Hessen Clinical Research GmbH")),
        ("Date", date("2026-12-02 15:30:12", B)),
        ("Message-ID", "<000001db4c7e$8a1f2b30$9e5d8190$@hessen-clinical.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ], text(inner_body, charset="windows-1252", cte="quoted-printable"))
    outer = t("""
        Zur Info an mich - kam an die alte Adresse (example.net).
        Zeugnisse + Liste der Zulassungsverfahren ausdrucken! S-Bahn bis Niederrad nehmen.

        """)
    hs = head(SOPHIE, "Fwd: Ihr Vorstellungsgespräch bei der Hessen Clinical Research GmbH",
              "2026-12-03 08:10:44", B, "<e4b91c2a-6d3f-4a7e-8b05-c9f2d1a7e360@example.org>",
              relay="from [192.168.178.24] (p5b2a7c91.dip0.t-ipconnect.de [91.42.124.145])",
              ident="4NcZ6m2Rqwz1Fs",
              after=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")))
    return message(hs, mixed(text(outer, params="format=flowed", cte="8bit"),
                             attached_message(inner, "Ihr Vorstellungsgespräch.eml".replace("ä", "ae"))))


# --- 17: iCIMS, Boston, cancelled without a new time; EST after the US change --------------------
@mail(n(17), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-03 10:00", NY), end=utc("2026-11-03 11:00", NY),
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=NY,
      contact="megan.kowalski@harborlinepharma.com", company="Harborline Pharmaceuticals",
      note="iCIMS cancellation sent Thu 29 Oct (EDT) for Tue 3 Nov 10:00-11:00 AM EST (US back on standard time "
           "from 1 Nov, UTC-5) -> 15:00-16:00Z = 4:00 PM CET as stated; no new time; ICS METHOD:CANCEL; "
           "contact = recruiter named in the body")
def m17() -> bytes:
    body = t("""
        Dear Sophie,

        We regret to inform you that your interview for the position of Manager, Regulatory Affairs - Europe
        (Req ID 2026-7731) scheduled for Tuesday, November 3, 2026 from 10:00 AM to 11:00 AM EST
        (4:00 PM - 5:00 PM CET) has been cancelled.

        The hiring team is reviewing the scope of the role and will be in touch regarding next steps. We
        apologize for any inconvenience.

        If you have questions, please contact Megan Kowalski at megan.kowalski@harborlinepharma.com.

        Sincerely,
        Harborline Pharmaceuticals Talent Acquisition
        One Harbor Point, Boston, MA 02127

        This email was sent from an unattended mailbox. Please do not reply.
        """)
    page = "<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = vcal("-//iCIMS//iCIMS Calendar//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:icims-ev-2026-7731-41902@icims.com
        DTSTAMP:20261029T200511Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T110000
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Cancelled: Interview - Manager, Regulatory Affairs - Europe
        ORGANIZER;CN=Megan Kowalski:mailto:megan.kowalski@harborlinepharma.com
        ATTENDEE;CN=Sophie Brandt:mailto:sophie.brandt@example.org
        END:VEVENT
        """, tz="America/New_York")
    hs = head(addr("Harborline Pharmaceuticals", "harborline@talent.icims.com"),
              "Interview Cancelled: Manager, Regulatory Affairs - Europe",
              "2026-10-29 16:05:11", NY, "<1799446711205.38841.harborline@talent.icims.com>",
              relay="from mta-out2.icims.com (mta-out2.icims.com [66.151.187.42])",
              ident="4NHf3j8Ntmz4Wz")
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page, cte="7bit")),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# --- 18: Taleo, German, HTML only, iso-8859-1 base64 -------------------------------------------
@mail(n(18), family="taleo", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-24 09:00", B), end=utc("2026-11-24 10:30", B),
      local="Tue 2026-11-24 09:00", local_end="2026-11-24 10:30", zone=B,
      contact="dominik.faber@pfalzwerk-pharma.de", company="Pfalzwerk Pharma AG",
      note="Taleo HTML-only invitation 'Termin: 24.11.2026, 09:00 Uhr - 10:30 Uhr' in Mannheim (CET, UTC+1) -> "
           "08:00-09:30Z; contact = Ansprechpartner address in the body")
def m18() -> bytes:
    page = t("""
        <HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></HEAD>
        <BODY><FONT face="Arial" size="2">
        <P>Sehr geehrte Frau Brandt,</P>
        <P>wir freuen uns, Sie zu einem persönlichen Gespräch für die Position <B>Regulatory Affairs Manager
        Biologika (m/w/d)</B>, Stellen-ID 2600371, einzuladen. Hiermit bestätigen wir den vereinbarten Termin:</P>
        <TABLE border="0" cellpadding="3">
        <TR><TD><B>Termin:</B></TD><TD>24.11.2026, 09:00 Uhr &ndash; 10:30 Uhr</TD></TR>
        <TR><TD><B>Ort:</B></TD><TD>Pfalzwerk Pharma AG, Augustaanlage 33, 68165 Mannheim, Empfang Haus B</TD></TR>
        <TR><TD><B>Ansprechpartner:</B></TD><TD>Herr Dominik Faber, dominik.faber@pfalzwerk-pharma.de, Tel. 0621 4410-385</TD></TR>
        </TABLE>
        <P>Bitte bringen Sie ein gültiges Ausweisdokument mit. Reisekosten erstatten wir Ihnen gemäß unserer
        Reisekostenrichtlinie.</P>
        <P>Mit freundlichen Grüßen<BR>Ihr Recruiting-Team der Pfalzwerk Pharma AG</P>
        <P><FONT size="1" color="#808080">Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
        Sie können den Status Ihrer Bewerbung jederzeit im Karriereportal einsehen:
        https://pfalzwerk.taleo.net/careersection/ex/mysubmissions.ftl</FONT></P>
        </FONT></BODY></HTML>
        """)
    hs = head(addr("Pfalzwerk Pharma AG", "no-reply@taleo.net"),
              "Einladung zum Vorstellungsgespräch - Regulatory Affairs Manager Biologika (m/w/d)",
              "2026-11-16 10:00:37", B, "<1231542961.4410.1794819637220.JavaMail.taleo@tlvp2ap12.taleo.net>",
              relay="from smtp-out.taleo.net (smtp-out.taleo.net [160.34.12.56])",
              ident="4NQk3d7Wxvz5Hr")
    return message(hs, html(page, charset="iso-8859-1", cte="base64"))


# --- 19: Recruitee, cancelled, a new time only proposed ----------------------------------------
@mail(n(19), family="recruitee", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-26 15:00", B), local="Thu 2026-11-26 15:00", zone=B,
      contact="femke.degraaf@solvanebiotech.nl", company="Solvane Biotech",
      days=(("Mon", "2026-11-30"),),
      note="Recruitee cancellation of Thu 26 Nov 15:00 CET (UTC+1) -> 14:00Z; Monday 30 Nov 10:00 is only "
           "proposed ('would ... work?'), so this is a cancellation, labelled with the cancelled slot; "
           "ICS METHOD:CANCEL; contact = human Reply-To")
def m19() -> bytes:
    body = t("""
        Hi Sophie,

        I'm really sorry, but I have to cancel our interview on Thursday, 26 November at 15:00 CET. Our
        Head of Regulatory, Joost, has been called into an inspection closing meeting that afternoon and
        I don't want you to meet a half-empty panel.

        Would Monday 30 November at 10:00 CET work for you instead? If not, send me two or three slots that
        suit you next week and I'll send a fresh invite.

        Apologies again,
        Femke

        Femke de Graaf
        Talent Acquisition Lead | Solvane Biotech B.V.
        Zernikedreef 12, Leiden

        --
        Sent with Recruitee
        """)
    page = gmail_html(body)
    ics = vcal("-//Recruitee//Recruitee Calendar//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:recruitee-interview-ev-1184026@recruitee.com
        DTSTAMP:20261124T084005Z
        DTSTART:20261126T140000Z
        DTEND:20261126T150000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Sophie Brandt - Regulatory Affairs Specialist (Solvane Biotech)
        ORGANIZER;CN=Femke de Graaf:mailto:femke.degraaf@solvanebiotech.nl
        ATTENDEE;CN=Sophie Brandt:mailto:sophie.brandt@example.org
        END:VEVENT
        """)
    hs = head(addr("Femke de Graaf | Solvane Biotech", "noreply@recruitee.com"),
              "Interview on Thursday cancelled - Solvane Biotech",
              "2026-11-24 09:40:05", B, "<6741e2a5c0d3f_3b7a1c9e2f84d@recruitee-mailer-7d9f.mail>",
              relay="from mail-out.recruitee.com (mail-out.recruitee.com [159.112.240.77])",
              ident="4NVt8c1Hkbz2Ps",
              after=(("Reply-To", addr("Femke de Graaf", "femke.degraaf@solvanebiotech.nl")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


# --- 20: JOIN, German, video call -----------------------------------------------------------------
@mail(n(20), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-07 11:00", B), end=utc("2026-12-07 11:45", B),
      local="Mon 2026-12-07 11:00", local_end="2026-12-07 11:45", zone=B,
      contact="nadine.kraemer@gutleut-pharma.de", company="Gutleut Pharma Services GmbH",
      note="JOIN interview confirmation 'Montag, 7. Dezember 2026, 11:00 - 11:45 Uhr (MEZ)' -> 10:00-10:45Z; "
           "contact = human Reply-To")
def m20() -> bytes:
    body = t("""
        Hallo Sophie,

        dein Interview-Termin für die Stelle "Regulatory Affairs Consultant (m/w/d)" bei Gutleut Pharma
        Services GmbH steht:

        📅 Montag, 7. Dezember 2026
        🕚 11:00 - 11:45 Uhr (MEZ)
        📍 Videocall (Google Meet): https://meet.google.com/gut-ljpx-yzn

        Mit dabei: Nadine Krämer (People & Culture) und Ömer Aydın (Teamlead Regulatory Services).

        Falls etwas dazwischenkommt, antworte einfach auf diese Nachricht.

        Viele Grüße
        Nadine von Gutleut Pharma Services

        ---
        Diese Nachricht wurde über JOIN versendet. JOIN Solutions AG · Zürich
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#212b36">
        <div style="max-width:560px;margin:auto;padding:24px">
        <p>Hallo Sophie,</p>
        <p>dein Interview-Termin für die Stelle <b>&quot;Regulatory Affairs Consultant (m/w/d)&quot;</b> bei Gutleut Pharma
        Services GmbH steht:</p>
        <div style="background:#f4f6f8;border-radius:8px;padding:16px">
        &#128197; Montag, 7. Dezember 2026<br>&#128346; 11:00 - 11:45 Uhr (MEZ)<br>
        &#128205; Videocall (Google Meet): <a href="https://meet.google.com/gut-ljpx-yzn">meet.google.com/gut-ljpx-yzn</a></div>
        <p>Mit dabei: Nadine Krämer (People &amp; Culture) und Ömer Aydın (Teamlead Regulatory Services).</p>
        <p>Falls etwas dazwischenkommt, antworte einfach auf diese Nachricht.</p>
        <p>Viele Grüße<br>Nadine von Gutleut Pharma Services</p>
        <p style="font-size:11px;color:#919eab">Diese Nachricht wurde über JOIN versendet. JOIN Solutions AG · Zürich</p>
        </div></body></html>
        """)
    hs = head(addr("Gutleut Pharma Services GmbH via JOIN", "noreply@join.com"),
              "Dein Interview bei Gutleut Pharma Services GmbH 📅",
              "2026-12-01 16:20:09", B, "<20261201152009.1f7c3a9e5b2d@mailer.join.com>",
              relay="from mail-eu1.join.com (mail-eu1.join.com [35.198.112.47])",
              ident="4NYq5t9Dnrz7Kc",
              after=(("Reply-To", addr("Nadine Krämer", "nadine.kraemer@gutleut-pharma.de")),))
    return message(hs, alt(text(body), html(page)))


# --- 21: softgarden, German, reschedule with old and new date -----------------------------------
@mail(n(21), family="softgarden", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-03 15:30", B), end=utc("2026-12-03 16:30", B),
      local="Thu 2026-12-03 15:30", local_end="2026-12-03 16:30", zone=B,
      contact="stefanie.wolf@bergstrasse-bio.de", company="Bergstraße Biologics GmbH",
      days=(("Tue", "2026-12-01"),),
      note="softgarden reschedule: 'Bisheriger Termin: Di, 1.12.2026, 10:00 Uhr', 'Neuer Termin: Do, 03.12.2026, "
           "15:30 - 16:30 Uhr' (CET, UTC+1) -> 14:30-15:30Z; label = new time; contact = recruiter in the body")
def m21() -> bytes:
    body = t("""
        Sehr geehrte Frau Brandt,

        aus organisatorischen Gründen mussten wir Ihren Gesprächstermin für die Stelle
        "Senior Manager Regulatory Affairs CMC (m/w/d)" verschieben.

        Bisheriger Termin:  Di, 1.12.2026, 10:00 Uhr
        Neuer Termin:       Do, 03.12.2026, 15:30 - 16:30 Uhr
        Ort:                Bergstraße Biologics GmbH, Robert-Bosch-Straße 14, 64625 Bensheim

        Eine aktualisierte Kalendereinladung finden Sie im Anhang. Bitte geben Sie uns kurz Bescheid, ob
        der neue Termin für Sie passt.

        Ihre Ansprechpartnerin: Stefanie Wolf, stefanie.wolf@bergstrasse-bio.de, +49 6251 70 93-112

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Bergstraße Biologics GmbH

        --
        Diese E-Mail wurde mit softgarden versendet. Antworten an diese Adresse werden nicht gelesen.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = vcal("-//softgarden e-recruiting GmbH//softgarden//DE", "REQUEST", """
        BEGIN:VEVENT
        UID:sg-appointment-90413377@softgarden.io
        DTSTAMP:20261127T111004Z
        DTSTART;TZID=Europe/Berlin:20261203T153000
        DTEND;TZID=Europe/Berlin:20261203T163000
        SEQUENCE:1
        SUMMARY:Vorstellungsgespräch Bergstraße Biologics GmbH
        LOCATION:Robert-Bosch-Straße 14\\, 64625 Bensheim
        ORGANIZER;CN=Stefanie Wolf:mailto:stefanie.wolf@bergstrasse-bio.de
        ATTENDEE;CN=Sophie Brandt;RSVP=TRUE:mailto:sophie.brandt@example.org
        END:VEVENT
        """, tz="Europe/Berlin")
    hs = head(addr("Bergstraße Biologics GmbH", "noreply@softgarden.io"),
              "Terminänderung: Ihr Vorstellungsgespräch bei der Bergstraße Biologics GmbH",
              "2026-11-27 12:10:04", B, "<sg.9f3e1a7c2b4d.1795777804@mail.softgarden.io>",
              relay="from mail.softgarden.io (mail.softgarden.io [185.15.193.20])",
              ident="4NXd2h6Lqpz3Sv")
    return message(hs, mixed(alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")),
                             calendar(ics, cte="quoted-printable", filename="termin.ics", disposition="attachment")))


# --- 22: Outlook cancellation (METHOD:CANCEL), Wiesbaden, sent in CEST for a CET slot -------------
@mail(n(22), family="exchange", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-26 09:00", B), end=utc("2026-10-26 10:00", B),
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=B,
      contact="claudia.brenner@nerotal-pharma.de", company="Nerotal Pharma GmbH",
      note="Outlook 'Abgesagt:' cancellation sent Thu 22 Oct (CEST) for Mon 26 Oct 09:00-10:00, the day after "
           "the switch to CET (UTC+1) -> 08:00-09:00Z; position filled internally, no new time; organizer = sender")
def m22() -> bytes:
    body = t("""
        Wann: Montag, 26. Oktober 2026 09:00-10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Nerotal Pharma GmbH, Taunusstraße 48, Wiesbaden - Besprechungsraum Kochbrunnen

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Brandt,

        leider muss ich unser Gespräch am Montag absagen: Die Stelle wird nun doch intern besetzt. Das tut mir
        sehr leid, zumal Sie sich schon die Zeit freigehalten hatten. Ihre Unterlagen würden wir gerne - Ihr
        Einverständnis vorausgesetzt - für künftige Vakanzen im Bereich Zulassung behalten.

        Mit freundlichen Grüßen
        Claudia Brenner
        Personalreferentin | Nerotal Pharma GmbH
        """)
    ics = vcal("Microsoft Exchange Server 2010", "CANCEL", """
        BEGIN:VEVENT
        ORGANIZER;CN=Claudia Brenner:mailto:claudia.brenner@nerotal-pharma.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Brandt:mailto:sophie.brandt@example.org
        UID:040000008200E00074C5B7101A82E00800000000D1E4A9C25F5EDD01000000000000000010000000A7C3E91F5B2D4860B3F4
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Frau Brandt (Regulatory Affairs)
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261022T125044Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Nerotal Pharma GmbH\\, Taunusstraße 48\\, Wiesbaden - Besprechungsraum Kochbrunnen
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """, tz=WEST)
    hs = head(addr("Brenner, Claudia", "claudia.brenner@nerotal-pharma.de"),
              "Abgesagt: Vorstellungsgespräch Frau Brandt (Regulatory Affairs)",
              "2026-10-22 14:50:44", B, "<FR3P281MB1672E4D5C6B7A8F9E0D1C2B3A4F5E6D7@FR3P281MB1672.DEUP281.PROD.OUTLOOK.COM>",
              relay="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2110.outbound.protection.outlook.com [40.107.135.110])",
              ident="4NDk9w3Fhcz6Qt",
              after=(("Thread-Topic", enc("Vorstellungsgespräch Frau Brandt (Regulatory Affairs)")),
                     ("Thread-Index", "AdtEvN7q2c0Xh3G1RZiD5q8ZbfW0Ag=="),
                     ("Importance", "high"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# --- 23: Boston hiring manager, Zoom block, Date late evening EST (next day in UTC) ---------------
@mail(n(23), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-11 10:00", NY), end=utc("2026-11-11 11:00", NY),
      local="Wed 2026-11-11 10:00", local_end="2026-11-11 11:00", zone=NY,
      contact="greg.tallis@beaconridgebio.com", company="Beaconridge Biologics",
      note="Hiring manager's mail sent Mon 9 Nov 21:40 EST (already Tue 02:40 UTC): 'Wednesday at 10 AM Eastern "
           "... one hour' = Wed 11 Nov 10:00-11:00 EST (UTC-5) -> 15:00-16:00Z (4 PM CET); second round after "
           "blind253_019; contact = sender")
def m23() -> bytes:
    body = t("""
        Hi Sophie,

        Great talking with you two weeks ago - the team was impressed with how you walked us through the
        centralised procedure. Lauren Pike (our VP Regulatory Affairs) would like to meet you, so we're set
        for Wednesday at 10 AM Eastern, which should be 4 PM for you now that we've both changed our clocks.
        Plan on one hour; I'll join for the first half.

        Zoom details below. Dana will send over the travel policy separately, just in case we get to an
        onsite round in Boston.

        Best,
        Greg

        Greg Tallis
        Director, Global Regulatory Strategy
        Beaconridge Biologics, Inc. | 200 Fan Pier Blvd, Boston, MA 02210
        m: +1 617 555 0142

        ---------------------------------------------
        Greg Tallis is inviting you to a scheduled Zoom meeting.

        Topic: Sophie Brandt <> Lauren Pike / Greg Tallis
        Time: Nov 11, 2026 10:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://beaconridgebio.zoom.us/j/86244019377?pwd=bE9rT3Z4c1RnR0hQb0dyN2VjWnlHdz09

        Meeting ID: 862 4401 9377
        Passcode: 770315
        ---------------------------------------------
        """)
    hs = head(addr("Greg Tallis", "greg.tallis@beaconridgebio.com"), "Next step - meeting Lauren",
              "2026-11-09 21:40:19", NY, "<CAF3k9vZ_q1Lw7nR2cXyTb0mK5dPz8hG4eJ6sUaW1oQ@mail.gmail.com>",
              relay="from mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])",
              ident="4NLq1s8Bxgz9Rd",
              after=(("Cc", addr("Dana Whitcomb", "dana.whitcomb@beaconridgebio.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives (keys 24-50)


def neg(key: int, family: str, lang: str, company: str | None, note: str, days: tuple = ()):
    return mail(n(key), family=family, lang=lang, interview=False, company=company, note=note, days=days)


# --- 24: Teamtailor application receipt --------------------------------------------------------
@neg(24, "teamtailor_receipt", "de", "Nordlicht Clinical GmbH",
     "Teamtailor application receipt (du): no interview, no time")
def m24() -> bytes:
    body = t("""
        Hej Sophie,

        danke für deine Bewerbung als Regulatory Affairs Manager (m/w/d) bei Nordlicht Clinical! 🎉

        Wir schauen uns deine Unterlagen in den nächsten zwei Wochen in Ruhe an. Wenn dein Profil passt,
        melden wir uns bei dir, um ein erstes Kennenlerngespräch zu vereinbaren.

        In der Zwischenzeit kannst du dir auf unserer Karriereseite anschauen, wie ein Bewerbungsprozess
        bei uns abläuft: Telefoninterview, Fachgespräch mit dem Team, Probearbeitstag.

        Liebe Grüße aus dem Westend
        Lena & das Nordlicht-People-Team

        Nordlicht Clinical GmbH · Bockenheimer Landstraße 51 · 60325 Frankfurt am Main
        Du möchtest deine Bewerbung zurückziehen oder deine Daten löschen? https://career.nordlicht-clinical.de/connect/privacy
        """)
    page = gmail_html(body)
    hs = head(addr("Nordlicht Clinical", "no-reply@teamtailor-mail.com"),
              "Danke für deine Bewerbung, Sophie!", "2026-09-02 20:14:51", B,
              "<0102019a0b1c2d3e-4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8-000000@eu-west-1.amazonses.com>",
              relay="from a7-19.smtp-out.eu-west-1.amazonses.com (a7-19.smtp-out.eu-west-1.amazonses.com [54.240.7.19])",
              ident="4MxF5n0Cwqz2Ty",
              after=(("Reply-To", "no-reply@teamtailor-mail.com"),))
    return message(hs, alt(text(body), html(page)))


# --- 25: Greenhouse rejection after the interview (thread with key 1) --------------------------
@neg(25, "greenhouse_rejection", "en", "Halvard Therapeutics",
     "Rejection after the 15 Sep interview; mentions the past interview date only",
     days=(("Tue", "2026-09-15"),))
def m25() -> bytes:
    body = t("""
        Hi Sophie,

        Thank you for taking the time to interview with Dr. Ines Walcher on Tuesday, September 15. We
        enjoyed learning about your experience with CMC variations and post-approval changes.

        After careful consideration, we have decided to move forward with another candidate whose background
        in biologics filings more closely matches the current needs of the team.

        We'll keep your profile on file and may reach out if a suitable role opens up. We wish you every
        success in your search.

        Kind regards,
        Marta Olsen
        Talent Acquisition | Halvard Therapeutics GmbH
        """)
    hs = head(addr("Halvard Therapeutics", "no-reply@us.greenhouse-mail.io"),
              "Your application to Halvard Therapeutics", "2026-09-28 15:41:09", "UTC",
              "<Tq3wB7xNR6e0hUa2sVd1Yg@geopod-ismtpd-2-7>",
              relay="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.41.12])",
              ident="4N3Gv2p9Klz8Dc",
              after=(("Reply-To", addr("Marta Olsen", "marta.olsen@halvard-tx.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 26: offer from the Hessian hiring manager, with a fixed call (thread with key 3) ------------
@neg(26, "offer", "de", "Taunus Diagnostics GmbH",
     "Job offer with contract attached; the fixed Tuesday 17:00 call is to discuss the offer, not an interview",
     days=(("Tue", "2026-10-13"),))
def m26() -> bytes:
    body = t("""
        Hallo Sophie,

        wie versprochen: Anbei unser Vertragsangebot für die Stelle als Senior Specialist Regulatory Affairs.
        Mir und der Anja hat des Gespräch richtig gut gefalle, und die Geschäftsführung hat grünes Licht
        gegebe. Start wär der 1. Februar 2027, über ein früheres Datum könne mer redde.

        Wenn de Frage hast, telefonieren mer gern am Dienstag (13.10.) um 17 Uhr - ich ruf dich an.

        Bis dann
        Jürgen

        --
        Jürgen Seibel
        Leiter Regulatory & Quality
        Taunus Diagnostics GmbH | Rheingaustraße 40 | 65203 Wiesbaden
        """)
    pdf = ("JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4KZW5kb2Jq\n"
           "CjIgMCBvYmoKPDwvVHlwZS9QYWdlcy9LaWRzW10vQ291bnQgMD4+CmVuZG9iagp0cmFpbGVyCjw8L1Jvb3Qg\n"
           "MSAwIFI+PgolJUVPRgo=\n")
    attachment = raw_part([("Content-Type", 'application/pdf; name="Vertragsangebot_Brandt.pdf"'),
                           ("Content-Disposition", 'attachment; filename="Vertragsangebot_Brandt.pdf"'),
                           ("Content-Transfer-Encoding", "base64")], pdf)
    hs = head(addr("Jürgen Seibel", "juergen.seibel@taunus-diagnostics.de", "iso-8859-15"),
              "Vertragsangebot Taunus Diagnostics", "2026-10-09 11:26:40", B,
              "<2f8c1d4e-7a90-4b63-a5e2-0c9d8b1f7e36@taunus-diagnostics.de>",
              relay="from mail.taunus-diagnostics.de (mail.taunus-diagnostics.de [212.227.15.41])",
              ident="4N8qT6y3Jmz0Wb", after=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, mixed(text(body, charset="iso-8859-15"), attachment))


# --- 27: job alert ----------------------------------------------------------------------------------
@neg(27, "job_alert", "de", None,
     "Job-board alert; 'Vorstellungsgespräch innerhalb von 48 Stunden' is marketing copy, no appointment")
def m27() -> bytes:
    jobs = [
        ("Regulatory Affairs Manager (m/w/d)", "Vireon Pharma GmbH", "Frankfurt am Main", "vor 1 Tag"),
        ("Specialist Zulassung Humanarzneimittel", "Kalbach Generika AG", "Bad Homburg", "vor 2 Tagen"),
        ("Senior RA Specialist Medical Devices", "Medivolt GmbH", "Darmstadt", "vor 2 Tagen"),
        ("Referent Arzneimittelsicherheit (w/m/d)", "Lahnwerk Pharma", "Wiesbaden", "vor 3 Tagen"),
        ("Regulatory Affairs Lead EU (remote)", "Orvana Health", "Remote (DE)", "vor 4 Tagen"),
        ("Manager Regulatory Intelligence", "Neckarfeld Biotech", "Mannheim", "vor 5 Tagen"),
        ("Junior Regulatory Affairs Associate", "Altkönig Pharma GmbH", "Oberursel", "vor 6 Tagen"),
    ]
    lines = "\n".join(f"• {a}\n  {b} · {c} · {d}\n  Schnellbewerbung ➜ https://www.karrierekompass.de/job/{i + 48211}"
                      for i, (a, b, c, d) in enumerate(jobs))
    body = t("""
        Hallo Sophie,

        dein Jobagent "Regulatory Affairs, 50 km um Mainz" hat 7 neue Stellen für dich gefunden:

        {lines}

        NEU: Mit der Schnellbewerbung zum Vorstellungsgespräch innerhalb von 48 Stunden - bei ausgewählten
        Arbeitgebern.

        Jobagent bearbeiten: https://www.karrierekompass.de/jobagent/edit?id=77120
        Abmelden: https://www.karrierekompass.de/unsubscribe?u=ab91f2

        KarriereKompass GmbH · Kaiserstraße 12 · 60311 Frankfurt am Main
        """).replace("{lines}", lines)
    rows = "".join(f"<tr><td style=\"padding:8px 0\"><a href=\"https://www.karrierekompass.de/job/{i + 48211}\">"
                   f"<b>{a}</b></a><br>{b} &middot; {c} &middot; <span style=\"color:#888\">{d}</span></td></tr>"
                   for i, (a, b, c, d) in enumerate(jobs))
    page = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hallo Sophie,</p><p>dein Jobagent "
            "&quot;Regulatory Affairs, 50 km um Mainz&quot; hat 7 neue Stellen für dich gefunden:</p><table>"
            + rows + "</table><p style=\"background:#ffe9a8;padding:8px\">NEU: Mit der Schnellbewerbung zum "
            "Vorstellungsgespräch innerhalb von 48 Stunden - bei ausgewählten Arbeitgebern.</p>"
            "<p style=\"font-size:11px\">KarriereKompass GmbH · Kaiserstraße 12 · 60311 Frankfurt am Main</p>"
            "</body></html>\n")
    hs = head(addr("KarriereKompass Jobagent", "jobagent@mail.karrierekompass.de"),
              "7 neue Jobs: Regulatory Affairs Manager (m/w/d) und weitere", "2026-10-12 06:02:14", B,
              "<20261012040214.77120.jobagent@mail.karrierekompass.de>",
              relay="from mail.karrierekompass.de (mail.karrierekompass.de [91.198.44.17])",
              ident="4NBr0c5Ympz3Vq",
              after=(("List-Unsubscribe", "<https://www.karrierekompass.de/unsubscribe?u=ab91f2>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# --- 28: newsletter / blog post about interviews --------------------------------------------------
@neg(28, "newsletter_tips", "en", None,
     "Professional newsletter about RA interviews; 'Tuesday at 10 am' and '45-minute technical round' are "
     "generic advice, no appointment")
def m28() -> bytes:
    body = t("""
        EUROREG INSIDER - Issue #142

        THIS WEEK: Acing the regulatory affairs interview

        Hiring managers we spoke to agree: the technical round is where RA candidates win or lose. Expect a
        45-minute session with a case - "a Type II variation has been rejected, walk me through your next
        steps" - followed by questions on eCTD lifecycle and your worst inspection finding.

        Scheduling tip: the most popular interview slot in our reader survey was Tuesday at 10 am. Avoid
        Friday afternoons if you can - panels are tired and half the team is already in weekend mode.

        Also in this issue:
        - EU pharma package: what changes for data exclusivity
        - Webinar replay: "From QA to RA in 12 months"
        - Salary survey 2026: RA managers in Germany, Switzerland and the Netherlands

        Read online: https://euroreginsider.eu/issues/142
        You receive this because you subscribed at euroreginsider.eu. Unsubscribe: https://euroreginsider.eu/u/8f1c
        """)
    page = gmail_html(body)
    hs = head(addr("EuroReg Insider", "newsletter@euroreginsider.eu"),
              "Acing the regulatory affairs interview | EuroReg Insider #142", "2026-09-17 07:30:00", "UTC",
              "<142.8f1c.20260917073000@euroreginsider.eu>",
              relay="from mail180-12.suw21.mcsv.net (mail180-12.suw21.mcsv.net [198.2.180.12])",
              ident="4N2Dk7x1Hcz5Lr",
              after=(("List-Id", "EuroReg Insider <euroreginsider.list-id.mcsv.net>"),
                     ("List-Unsubscribe", "<https://euroreginsider.eu/u/8f1c>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# --- 29: Calendly link, pick a slot (thread with key 10) --------------------------------------------
@neg(29, "calendly_link", "en", "Kestrel Medical",
     "Recruiter sends a Calendly link to pick a slot; nothing booked yet (the booking is blind253_046)")
def m29() -> bytes:
    body = t("""
        Hi Sophie,

        Thanks for applying for the Regulatory Affairs Lead (EU) role - your MDR/IVDR background is exactly
        what we're after.

        I'd love to have a quick 30-minute intro call. Please grab whatever slot suits you here:
        https://calendly.com/owen-pritchard-kestrel/intro-call

        The times show in your own time zone, so no need to convert from London.

        Cheers,
        Owen

        Owen Pritchard
        Senior Talent Partner | Kestrel Medical Ltd
        owen.pritchard@kestrelmedical.co.uk | +44 20 7946 0381
        """)
    hs = head(addr("Owen Pritchard", "owen.pritchard@kestrelmedical.co.uk"),
              "Regulatory Affairs Lead (EU) - quick intro call?", "2026-10-26 14:05:38", "Europe/London",
              "<LO2P265MB3391A0B1C2D3E4F5A6B7C8D9E0F1A2B3@LO2P265MB3391.GBRP265.PROD.OUTLOOK.COM>",
              relay="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2093.outbound.protection.outlook.com [40.107.10.93])",
              ident="4NFc3w6Dgrz1Nm")
    return message(hs, text(body, cte="7bit"))


# --- 30: proposed times, not yet confirmed (thread with key 13) -------------------------------------
@neg(30, "scheduling_proposal", "de", "Lumis Pharma GmbH",
     "Recruiter proposes two slots (Di 3.11. 10 Uhr or Mi 4.11. 14 Uhr) and asks which fits: nothing confirmed",
     days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")))
def m30() -> bytes:
    body = t("""
        Liebe Frau Brandt,

        vielen Dank für Ihre Bewerbung als Regulatory Affairs Manager bei Lumis Pharma - wir würden Sie gerne
        kennenlernen!

        Wäre Dienstag, 3.11. um 10 Uhr oder alternativ Mittwoch, 4.11. um 14 Uhr für Sie möglich? Das Gespräch
        würde bei uns in Darmstadt stattfinden und etwa eine Stunde dauern. Sobald ich Ihre Rückmeldung habe,
        schicke ich Ihnen die Einladung über unser Bewerbersystem.

        Herzliche Grüße
        Clara Mendes
        Talent Partner | Lumis Pharma GmbH | Rheinstraße 75 | 64295 Darmstadt
        """)
    hs = head(addr("Clara Mendes", "clara.mendes@lumispharma.com"),
              "Ihre Bewerbung bei Lumis Pharma - Terminvorschläge", "2026-10-22 09:17:02", B,
              "<CAHx7Lq2pR9sW3vYk0fN8dJ1uT5bG6eM4cZaQ@mail.gmail.com>",
              relay="from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
              ident="4NDf1k9Sbwz4Xh")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


# --- 31: Agentur für Arbeit appointment ------------------------------------------------------------
@neg(31, "public_office", "de", None,
     "Employment-agency counselling appointment with fixed time (Di 13.10.2026 09:30): a job-search appointment, "
     "not a job interview",
     days=(("Tue", "2026-10-13"),))
def m31() -> bytes:
    body = t("""
        Sehr geehrte Frau Brandt,

        Sie haben sich bei uns arbeitsuchend gemeldet. Wir laden Sie zu einem Gespräch über Ihre berufliche
        Situation ein:

        Termin:     Dienstag, 13.10.2026, 09:30 Uhr
        Art:        Beratungsgespräch Arbeitsvermittlung
        Bei:        Frau Schreiner
        Ort:        Agentur für Arbeit Mainz, Haus 1, 2. OG, Zimmer 2.114

        Bitte bringen Sie Ihren Lebenslauf, Ihr aktuelles Arbeitszeugnis und Ihr Kündigungsschreiben mit.
        Wir möchten mit Ihnen Ihre Bewerbungsstrategie und mögliche Vorstellungsgespräche besprechen.

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Mainz

        Dies ist eine automatisch erzeugte Nachricht aus dem Postfach in Ihrem Online-Konto.
        """)
    hs = head(addr("Agentur für Arbeit Mainz", "noreply@arbeitsagentur.de"),
              "Einladung zu einem Gespräch am 13.10.2026", "2026-10-06 11:02:55", B,
              "<ba.postfach.7731a9c2e4@arbeitsagentur.de>",
              relay="from mx-out.arbeitsagentur.de (mx-out.arbeitsagentur.de [194.245.146.12])",
              ident="4N6Cz8k1Pfz2Gj")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# --- 32: journalist interviews Sophie -----------------------------------------------------------------
@neg(32, "press_interview", "de", None,
     "Trade-magazine journalist confirms a phone interview with Sophie (Do 19.11., 11 Uhr, 30 Minuten): she is "
     "the interviewee for an article, not a job candidate",
     days=(("Thu", "2026-11-19"),))
def m32() -> bytes:
    body = t("""
        Liebe Frau Brandt,

        herzlichen Dank, dass Sie sich für unser Interview zum neuen EU-Pharmapaket Zeit nehmen! Ich bestätige
        gerne: Donnerstag, 19.11., 11 Uhr, telefonisch, 30 Minuten. Ich rufe Sie auf Ihrem Handy an.

        Die Fragen schicke ich Ihnen vorab bis Montag. Das Interview erscheint in der Januar-Ausgabe; Sie
        bekommen die Zitate natürlich zur Freigabe.

        Beste Grüße
        Marion Keller
        Redaktion PharmaRecht aktuell
        m.keller@pharmarecht-aktuell.de
        """)
    hs = head(addr("Marion Keller", "m.keller@pharmarecht-aktuell.de"),
              "Interview PharmaRecht aktuell - Bestätigung Donnerstag", "2026-11-12 14:33:08", B,
              "<3b7e0d2f-91c4-4a8e-b6f5-2d1a9c7e8f04@pharmarecht-aktuell.de>",
              relay="from smtp.pharmarecht-aktuell.de (smtp.pharmarecht-aktuell.de [212.227.126.133])",
              ident="4NPb7r2Ctkz6Ds")
    return message(hs, text(body, cte="8bit"))


# --- 33: admission interview for a part-time master's -------------------------------------------------
@neg(33, "admission_interview", "de", None,
     "Selection interview for a part-time master's programme (Mi 28.10.2026, 15:00, Zoom): an admission "
     "interview, not a job interview",
     days=(("Wed", "2026-10-28"),))
def m33() -> bytes:
    body = t("""
        Sehr geehrte Frau Brandt,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        "M.Sc. Drug Regulatory Affairs" (Jahrgang 2027).

        Wir laden Sie herzlich zum Auswahlgespräch ein:

            Mittwoch, 28.10.2026, 15:00 - 15:30 Uhr
            online via Zoom (den Link erhalten Sie am Vortag)
            Kommission: Prof. Dr. Gudrun Feil, Dr. Rainer Holzapfel

        Bitte halten Sie Ihren Personalausweis bereit.

        Mit freundlichen Grüßen
        Studiengangskoordination
        Rheinische Akademie für Arzneimittelrecht e.V., Bonn
        """)
    hs = head(addr("Rheinische Akademie - Studiengangskoordination", "master-dra@rheinische-akademie.de"),
              "Einladung zum Auswahlgespräch - M.Sc. Drug Regulatory Affairs", "2026-10-20 10:12:31", B,
              "<b2c7f0e1-4a3d-49e8-8f61-7d0c2b9a5e13@rheinische-akademie.de>",
              relay="from mail.rheinische-akademie.de (mail.rheinische-akademie.de [134.95.9.44])",
              ident="4NCs4t0Ljvz7Hb")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 34: kayak club safety check -----------------------------------------------------------------------
@neg(34, "club_tryout", "de", None,
     "Canoe club: safety check / trial session on Sa 12.09. 10 Uhr; a sports try-out, not a job interview",
     days=(("Sat", "2026-09-12"),))
def m34() -> bytes:
    body = t("""
        Hallo Sophie,

        schön, dass du bei uns mitpaddeln willst! Bevor du allein mit einem Vereinsboot aufs Wasser darfst,
        machen wir mit allen Neuen einen kurzen Sicherheits-Check (Kentern, Ausstieg, Selbstrettung).

        Dein Termin: Samstag, 12.09., 10 Uhr am Bootshaus (Winterhafen). Bring Wechselklamotten und ein
        Handtuch mit, Neo und Schwimmweste haben wir da. Danach gibt's Probetraining mit der Wanderfahrer-
        gruppe bis ca. 12.

        Ahoi
        Benni
        Jugend- und Breitensportwart
        WSV Rheinwelle Mainz e.V.
        """)
    hs = head(addr("Benni Schaaf", "breitensport@wsv-rheinwelle.de"), "Sicherheits-Check Samstag",
              "2026-09-07 21:05:44", B, "<f91a2c3d-5e6b-4c7d-8e9f-0a1b2c3d4e5f@wsv-rheinwelle.de>",
              relay="from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])",
              ident="4MyK0d3Rfsz5Ck")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


# --- 35: car service appointment --------------------------------------------------------------------
@neg(35, "appointment_other", "de", None,
     "Car-service appointment confirmation (Di 20.10.2026, 07:30 Annahme): fixed time, not an interview",
     days=(("Tue", "2026-10-20"),))
def m35() -> bytes:
    body = t("""
        Sehr geehrte Frau Brandt,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihnen folgenden Werkstatttermin:

        Fahrzeug:      VW Golf Variant, MZ-SB 4127
        Leistung:      Inspektion mit Ölwechsel, Räderwechsel (Winterreifen einlagern/montieren)
        Termin:        Dienstag, 20.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Abholung:      voraussichtlich ab 16:00 Uhr

        Ein Ersatzfahrzeug ist nicht reserviert. Bei Fragen erreichen Sie unseren Serviceberater
        Herrn Kunz unter 06131 58 77-20.

        Mit freundlichen Grüßen
        Ihr Service-Team
        Autohaus Weisenau GmbH · Wormser Straße 211 · 55130 Mainz
        """)
    hs = head(addr("Autohaus Weisenau Service", "service@autohaus-weisenau.de"),
              "Terminbestätigung Werkstatt - Dienstag, 20.10.2026", "2026-10-14 17:48:21", B,
              "<20261014154821.3317@dms.autohaus-weisenau.de>",
              relay="from dms.autohaus-weisenau.de (dms.autohaus-weisenau.de [217.92.41.6])",
              ident="4NCh8v1Bmtz3Sw")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# --- 36: coach's mock interview --------------------------------------------------------------------
@neg(36, "mock_interview", "de", None,
     "Career coach confirms a paid mock interview (Mo 9.11., 18 Uhr, 60 Min, Zoom) and offers more; practice, "
     "not a job interview",
     days=(("Mon", "2026-11-09"),))
def m36() -> bytes:
    body = t("""
        Hallo Sophie,

        super, dein Mock-Interview ist gebucht:

          Montag, 9.11., 18:00-19:00 Uhr
          Zoom: https://us06web.zoom.us/j/81730049921 (Kenncode: coach)

        Wie besprochen mache ich die Hiring Managerin einer US-Firma - auf Englisch, mit einer Fallfrage
        zur Zulassungsstrategie und den typischen "Tell me about a time when..."-Fragen. Danach 15 Minuten
        Feedback.

        Falls du vor deinem echten Gespräch noch eine zweite Runde willst: Das 3er-Paket Interviewtraining
        gibt's diesen Monat für 390 € statt 450 €, buchbar hier: https://anja-merz-coaching.de/pakete

        Bis Montag!
        Anja

        Anja Merz · Karriere-Coaching für Life Sciences · Mainz
        """)
    hs = head(addr("Anja Merz Coaching", "anja@anja-merz-coaching.de"), "Dein Mock-Interview am Montag",
              "2026-11-04 12:40:17", B, "<a7e3c1f0-2d9b-4e84-b5c6-8f0e1d2c3b4a@anja-merz-coaching.de>",
              relay="from mx.anja-merz-coaching.de (mx.anja-merz-coaching.de [81.169.145.92])",
              ident="4NKf0q7Vxmz9Bp")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 37: partner forwards his own interview confirmation ------------------------------------------
@neg(37, "forwarded_other", "de", None,
     "Her partner forwards HIS confirmed interview (Thu 10 Dec 9:30 CET at a logistics firm) for information; "
     "not Sophie's interview",
     days=(("Thu", "2026-12-10"),))
def m37() -> bytes:
    body = t("""
        Hi Schatz,

        zur Info: Donnerstag bin ich den ganzen Vormittag in Frankfurt, siehe unten. Kannst du Emil zur
        Schule bringen? Abholen schaff ich wieder.

        M.

        ---------- Forwarded message ---------
        From: Fernbach Logistics <no-reply@greenhouse.io>
        Date: Fri, Dec 4, 2026 at 9:12 AM
        Subject: Interview Confirmation: Senior Data Engineer
        To: <markus.brandt@example.net>
        Reply-To: Yusuf Demir <yusuf.demir@fernbach-logistics.de>

        Hi Markus,

        Your onsite interview with Fernbach Logistics is confirmed:

        Date: Thursday, December 10, 2026
        Time: 9:30 AM - 12:00 PM CET
        Location: Fernbach Logistics, Hanauer Landstraße 160, 60314 Frankfurt am Main

        Best,
        Yusuf Demir, Talent Acquisition
        """)
    hs = head(addr("Markus Brandt", "markus.brandt@example.net"),
              "Fwd: Interview Confirmation: Senior Data Engineer", "2026-12-04 12:31:06", B,
              "<CAM9x2Yt_Kp4wR7sNq1vE3hL0dJb6fZ8aGcU5oT@mail.gmail.com>",
              relay="from mail-lf1-f48.google.com (mail-lf1-f48.google.com [209.85.167.48])",
              ident="4NbWk2t5Dhz8Rn")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 38: Sophie is the interviewer at her current job ---------------------------------------------
@neg(38, "interviewer_duty", "de", None,
     "Outlook invite from her current employer: Sophie is an interviewer for a junior candidate (Mon 21 Sep "
     "13:00-14:00); a job interview, but not hers",
     days=(("Mon", "2026-09-21"),))
def m38() -> bytes:
    body = t("""
        Wann: Montag, 21. September 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum 3.07 "Rhein" / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hallo Sophie,

        vielen Dank, dass du beim Interview mit Herrn Jan Petersen (Junior Regulatory Affairs Specialist)
        dabei bist. Lebenslauf und Interviewleitfaden liegen im Recruiting-Kanal. Bitte trag deine Bewertung
        bis Dienstagabend im Bewerbermanagement ein.

        Viele Grüße
        Yvonne Klaasen
        HR Business Partner | Kästner Arzneimittel GmbH | Mainz
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Klaasen\\, Yvonne:mailto:yvonne.klaasen@kaestner-arzneimittel.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandt\\, Sophie:mailto:sophie.brandt@kaestner-arzneimittel.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan Petersen:mailto:jan.petersen@example.com
        UID:040000008200E00074C5B7101A82E00800000000E4C1F6A2D049DD01000000000000000010000000B9D2E7F1A3C54D68A0E1
        SUMMARY;LANGUAGE=de-DE:Interview Jan Petersen - Junior Regulatory Affairs Specialist
        DTSTART;TZID=W. Europe Standard Time:20260921T130000
        DTEND;TZID=W. Europe Standard Time:20260921T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260915T073210Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum 3.07 "Rhein" / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        """, tz=WEST)
    hs = head(addr("Klaasen, Yvonne", "yvonne.klaasen@kaestner-arzneimittel.de"),
              "Interview Jan Petersen - Junior Regulatory Affairs Specialist", "2026-09-15 09:32:10", B,
              "<BE1P281MB2077F1E2D3C4B5A6978877665544AA33@BE1P281MB2077.DEUP281.PROD.OUTLOOK.COM>",
              relay="from mail.kaestner-arzneimittel.de (mail.kaestner-arzneimittel.de [193.16.218.40])",
              ident="4N0Hd6r8Wnz2Mt",
              to=addr("Brandt, Sophie", "sophie.brandt@kaestner-arzneimittel.de"),
              before=(("X-Forwarded-To", ME), ("X-Forwarded-For", "sophie.brandt@kaestner-arzneimittel.de " + ME)),
              after=(("Content-Language", "de-DE"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 39: out-of-office auto-reply ---------------------------------------------------------------------
@neg(39, "auto_reply", "de", "Rheinauen Pharma GmbH",
     "Out-of-office auto-reply from the HR contact; the subject echoes Sophie's question about the 23.09. "
     "interview, but it confirms nothing")
def m39() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 18.09.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf
        meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@rheinauen-pharma.de.

        Thank you for your message. I am out of the office until 18 September 2026.

        Mit freundlichen Grüßen
        Katrin Hümmer
        """)
    hs = head(addr("Katrin Hümmer", "k.huemmer@rheinauen-pharma.de"),
              "Automatische Antwort: Rückfrage zum Termin am 23.09.", "2026-09-15 18:02:44", B,
              "<AS8PR03MB6811D4E3F2A1B0C9D8E7F6A5B4C3D2E1@AS8PR03MB6811.eurprd03.prod.outlook.com>",
              relay="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2113.outbound.protection.outlook.com [40.107.247.113])",
              ident="4N0Qs1f4Lbz6Kd",
              after=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<7f2a9c1e-3d8b-4b05-a6e4-c1d09f8e2b37@example.org>"),
                     ("Thread-Topic", enc("Rückfrage zum Termin am 23.09.")),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 40: bounce of Sophie's acceptance (quotes the time) ---------------------------------------------
@neg(40, "bounce", "de", None,
     "Mailer-daemon bounce of Sophie's reply to a mistyped address; the returned message accepts 'Freitag, "
     "9. Oktober, 14.00 Uhr' but a delivery failure is not a confirmation",
     days=(("Fri", "2026-10-09"),))
def m40() -> bytes:
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <reto.gisler@birsfeld-pharma.com>: Host or domain name not found. Name service
            error for name=birsfeld-pharma.com type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4N7bF0s2Kqz9Tx
        X-Postfix-Sender: rfc822; sophie.brandt@example.org
        Arrival-Date: Mon,  5 Oct 2026 17:09:58 +0200 (CEST)

        Final-Recipient: rfc822; reto.gisler@birsfeld-pharma.com
        Original-Recipient: rfc822;reto.gisler@birsfeld-pharma.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=birsfeld-pharma.com type=AAAA: Host not found
        """)
    original = message([
        ("From", SOPHIE),
        ("To", addr("Reto Gisler", "reto.gisler@birsfeld-pharma.com")),
        ("Subject", enc("Re: Aktualisiert: Vorstellungsgespräch Sophie Brandt")),
        ("Date", date("2026-10-05 17:09:55", B)),
        ("Message-ID", "<5c0e1b7a-8d2f-4e93-b1a6-3f9d7c2e0a58@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Guten Tag Herr Gisler,

        vielen Dank für die Info - gerne bestätige ich den neuen Termin am Freitag, 9. Oktober, 14.00 Uhr.

        Freundliche Grüße
        Sophie Brandt
        """), cte="8bit"))
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mail.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-10-05 17:10:01", B, "<20261005151001.4N7bF1a0Wcz9Ty@mail.example.org>",
              relay="from mail.example.org (localhost [127.0.0.1])", ident="4N7bF1a0Wcz9Ty",
              after=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# --- 41: mailing list, regulatory meetup ------------------------------------------------------------
@neg(41, "mailing_list", "de", None,
     "Regional RA mailing list announcing a meetup (Do 15.10., 19 Uhr) with a talk about a job interview at an "
     "agency; not an interview",
     days=(("Thu", "2026-10-15"),))
def m41() -> bytes:
    body = t("""
        Hallo zusammen,

        unser Oktober-Stammtisch ist am Donnerstag, 15.10., ab 19 Uhr in der Weinstube Zum Rebstock in der
        Mainzer Altstadt (Augustinerstraße). Tisch ist auf "RA-Stammtisch" reserviert.

        Kurzvortrag (15 Min.): Tim Bauer erzählt von seinem Vorstellungsgespräch bei einer Bundesoberbehörde -
        wie lief das Auswahlverfahren, was wurde gefragt, was würde er anders machen.

        Bitte kurz per Antwort an die Liste zusagen, damit wir die Tischgröße anpassen können.

        Viele Grüße
        Nicole

        --
        ra-rheinmain mailing list
        ra-rheinmain@lists.ra-rheinmain.de
        https://lists.ra-rheinmain.de/mailman/listinfo/ra-rheinmain
        """)
    hs = head(addr("Nicole Hartung", "nicole.hartung@example.com"),
              "[ra-rheinmain] Stammtisch Oktober: Do 15.10., 19 Uhr", "2026-10-09 19:44:12", B,
              "<9e4f1a2b-7c3d-4e5f-8a9b-0c1d2e3f4a5b@example.com>",
              relay="from lists.ra-rheinmain.de (lists.ra-rheinmain.de [5.9.88.141])",
              ident="4N9Ht5c2Ydz1Lw",
              to="ra-rheinmain@lists.ra-rheinmain.de",
              after=(("List-Id", "Regulatory Affairs Rhein-Main <ra-rheinmain.lists.ra-rheinmain.de>"),
                     ("List-Post", "<mailto:ra-rheinmain@lists.ra-rheinmain.de>"),
                     ("List-Unsubscribe", "<https://lists.ra-rheinmain.de/mailman/options/ra-rheinmain>"),
                     ("Precedence", "list"),
                     ("Sender", '"ra-rheinmain" <ra-rheinmain-bounces@lists.ra-rheinmain.de>')))
    return message(hs, text(body, charset="utf-8", cte="8bit"))


# --- 42: webinar registration with ICS ------------------------------------------------------------------
@neg(42, "webinar", "de", None,
     "Zoom webinar registration 'Das Vorstellungsgespräch im Regulatory Affairs' with ICS (Do 22.10.2026 "
     "17:00-18:00): a webinar about interviews, not an interview",
     days=(("Thu", "2026-10-22"),))
def m42() -> bytes:
    body = t("""
        Hallo Sophie Brandt,

        vielen Dank für Ihre Anmeldung zu "Das Vorstellungsgespräch im Regulatory Affairs - was Hiring Manager
        wirklich fragen".

        Datum und Uhrzeit: 22. Okt. 2026 05:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Von einem PC, Mac, iPad, iPhone oder Android-Gerät teilnehmen:
        Klicken Sie hier, um teilzunehmen: https://us02web.zoom.us/w/86102239974?tk=Xq1-rRzN0

        Zu Kalender hinzufügen: siehe Anhang.

        Sie können Ihre Registrierung jederzeit stornieren.

        Forum Arzneimittelzulassung e.V.
        """)
    ics = vcal("-//zoom.us//iCalendar Event//EN", None, """
        BEGIN:VEVENT
        DTSTAMP:20261014T080311Z
        DTSTART;TZID=Europe/Berlin:20261022T170000
        DTEND;TZID=Europe/Berlin:20261022T180000
        SUMMARY:Webinar: Das Vorstellungsgespräch im Regulatory Affairs
        UID:20261014T080311Z-86102239974@fe80:0:0:0:ce2:4bff:fe5a:7d01%ens5
        TZID:Europe/Berlin
        DESCRIPTION:Klicken Sie hier\\, um teilzunehmen: https://us02web.zoom.us/w/86102239974?tk=Xq1-rRzN0
        LOCATION:https://us02web.zoom.us/w/86102239974?tk=Xq1-rRzN0
        END:VEVENT
        """, tz="Europe/Berlin")
    hs = head(addr("Forum Arzneimittelzulassung e.V.", "no-reply@zoom.us"),
              "Bestätigung für Webinar: Das Vorstellungsgespräch im Regulatory Affairs", "2026-10-14 10:03:11", B,
              "<RM7zPq2QSs6m0V1cN8jLgA@geopod-ismtpd-canary-0>",
              relay="from o2.email.zoom.us (o2.email.zoom.us [168.245.34.192])",
              ident="4NCb2n5Zkvz0Pw",
              after=(("Reply-To", "info@forum-zulassung.de"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, cte="base64", filename="Webinar.ics",
                                      disposition="attachment")))


# --- 43: podcast recording (Google Calendar invite) ------------------------------------------------------
@neg(43, "podcast", "de", None,
     "Podcast host's Google Calendar invitation to record an interview episode with Sophie (Di 1.12., 16-17 Uhr): "
     "she is the guest, not a job candidate",
     days=(("Tue", "2026-12-01"),))
def m43() -> bytes:
    body = t("""
        Jana Albrecht hat Sie zu folgendem Termin eingeladen:

        Aufnahme Zulassungssache #58 - Interview mit Sophie Brandt
        Dienstag, 1. Dez. 2026 ⋅ 16:00 – 17:00
        Mitteleuropäische Normalzeit - Berlin

        Hi Sophie, wie besprochen: Wir nehmen über Riverside auf (Link unten), bitte mit Kopfhörern. Thema:
        Quereinstieg in Regulatory Affairs und was du Berufseinsteigern rätst. Freu mich!
        Riverside-Studio: https://riverside.fm/studio/zulassungssache

        Organisator
        jana@zulassungssache.de

        Einladung von Google Kalender
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261201T160000
        DTEND;TZID=Europe/Berlin:20261201T170000
        DTSTAMP:20261124T103309Z
        ORGANIZER;CN=Jana Albrecht:mailto:jana@zulassungssache.de
        UID:3n8qv1d0kq5fh2p7c9e4m6s0ab@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sophie.brandt@example.org;X-NUM-GUESTS=0:mailto:sophie.brandt@example.org
        DESCRIPTION:Hi Sophie\\, wie besprochen: Wir nehmen über Riverside auf.
        LOCATION:https://riverside.fm/studio/zulassungssache
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Aufnahme Zulassungssache #58 - Interview mit Sophie Brandt
        TRANSP:OPAQUE
        END:VEVENT
        """, tz="Europe/Berlin")
    hs = head(addr("Jana Albrecht", "jana@zulassungssache.de"),
              "Einladung: Aufnahme Zulassungssache #58 - Interview mit Sophie Brandt @ Di. 1. Dez. 2026 16:00 - 17:00 (MEZ) (sophie.brandt@example.org)",
              "2026-11-24 11:33:09", B, "<calendar-8d2f0c6e-41b7-4a93-9e58-c3a17b0f2d64@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ident="4NVv0g3Ttpz5Wm",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
              after=(("Reply-To", "jana@zulassungssache.de"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 44: insurance adjuster's home visit -------------------------------------------------------------
@neg(44, "appointment_other", "de", None,
     "Insurance claim: adjuster's 'Besichtigungstermin' at the flat (Fr 06.11.2026, zwischen 8 und 10 Uhr); "
     "not an interview",
     days=(("Fri", "2026-11-06"),))
def m44() -> bytes:
    body = t("""
        Sehr geehrte Frau Brandt,

        Schadennummer 26-4471-WS (Leitungswasserschaden, Kaiser-Wilhelm-Ring 38, 55118 Mainz)

        wir bestätigen Ihnen den Besichtigungstermin durch unseren Sachverständigen Herrn Ralf Döring:

            Freitag, 06.11.2026, zwischen 8:00 und 10:00 Uhr

        Herr Döring ruft Sie etwa 30 Minuten vor Eintreffen an. Bitte halten Sie, falls vorhanden, Fotos vom
        Schadenstag sowie die Rechnung des Installateurs bereit.

        Mit freundlichen Grüßen
        Ihre Rhenania Versicherung AG
        Schadenservice Sach/Haftpflicht

        Diese E-Mail wurde maschinell erstellt.
        """)
    hs = head(addr("Rhenania Versicherung Schadenservice", "schaden@rhenania-versicherung.de"),
              "Schaden 26-4471-WS: Besichtigungstermin Sachverständiger", "2026-10-30 08:47:35", B,
              "<SV.26-4471-WS.20261030074735@rhenania-versicherung.de>",
              relay="from mailout.rhenania-versicherung.de (mailout.rhenania-versicherung.de [195.50.140.18])",
              ident="4NHn6d9Cqwz2Fb")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


# --- 45: parent-teacher meeting -----------------------------------------------------------------------
@neg(45, "appointment_other", "de", None,
     "School parent-teacher slot (Do 19.11.2026, 16:40-16:50 Uhr): fixed time, not an interview",
     days=(("Thu", "2026-11-19"),))
def m45() -> bytes:
    body = t("""
        Liebe Eltern,

        Sie haben für den Elternsprechtag folgenden Gesprächstermin gebucht:

          Lehrkraft:  Frau Kern (Klassenleitung 2b)
          Kind:       Emil Brandt
          Termin:     Do, 19.11.2026, 16:40 - 16:50 Uhr
          Raum:       A 012 (Erdgeschoss, Altbau)

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Falls Sie verhindert sind, stornieren Sie
        den Termin bitte im Elternportal, damit andere Eltern nachrücken können.

        Mit freundlichen Grüßen
        Sekretariat Grundschule Hechtsheimer Höhe
        """)
    page = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    hs = head(addr("Elternportal GS Hechtsheimer Höhe", "noreply@elternportal-gs-hh.de"),
              "Buchungsbestätigung Elternsprechtag", "2026-11-12 19:21:40", B,
              "<esp-2b-1140-20261112182140@elternportal-gs-hh.de>",
              relay="from web.elternportal-gs-hh.de (web.elternportal-gs-hh.de [213.133.104.71])",
              ident="4NPh5y1Kmsz7Xt")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


# --- 46: bank advisor meeting with ICS -----------------------------------------------------------------
@neg(46, "appointment_other", "de", None,
     "Bank advisor's 'Beratungsgespräch' with ICS (Mi 02.12.2026 17:30-18:30): fixed time, not a job interview",
     days=(("Wed", "2026-12-02"),))
def m46() -> bytes:
    body = t("""
        Guten Tag Frau Brandt,

        gerne bestätige ich Ihnen unser Beratungsgespräch zum Thema Altersvorsorge und Anschlussfinanzierung:

        Mittwoch, 02.12.2026, 17:30 - 18:30 Uhr
        Filiale Mainz-Gonsenheim, Breite Straße 12

        Falls Sie lieber per Video sprechen möchten, geben Sie mir einfach kurz Bescheid. Bitte bringen Sie
        Ihre letzten drei Gehaltsabrechnungen mit - gerade bei einem Arbeitgeberwechsel ist das wichtig.

        Freundliche Grüße
        Timo Reuter
        Privatkundenberater
        Nahetal Bank eG
        timo.reuter@nahetal-bank.de | 06131 99 87-412
        """)
    ics = vcal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN="Reuter, Timo":mailto:timo.reuter@nahetal-bank.de
        ATTENDEE;CN=Sophie Brandt;RSVP=TRUE:mailto:sophie.brandt@example.org
        UID:040000008200E00074C5B7101A82E0080000000071F2A3B4C5D6DD01000000000000000010000000D4E5F60718293A4B5C6D
        SUMMARY:Beratungsgespräch Nahetal Bank - Frau Brandt
        DTSTART;TZID=W. Europe Standard Time:20261202T173000
        DTEND;TZID=W. Europe Standard Time:20261202T183000
        DTSTAMP:20261125T093015Z
        LOCATION:Filiale Mainz-Gonsenheim\\, Breite Straße 12
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, tz=WEST)
    hs = head(addr("Reuter, Timo", "timo.reuter@nahetal-bank.de"),
              "Ihr Beratungsgespräch am 02.12.2026", "2026-11-25 10:30:15", B,
              "<3F2A1B0C9D8E7F6A@EXCH02.nahetal-bank.local>",
              relay="from mx1.nahetal-bank.de (mx1.nahetal-bank.de [62.157.33.210])",
              ident="4NWc8s0Ryjz4Bh")
    return message(hs, mixed(text(body), calendar(ics, cte="quoted-printable", filename="Termin.ics",
                                                  disposition="attachment")))


# --- 47: Sophie gives a reference call for a former colleague ---------------------------------------------
@neg(47, "reference_call", "de", "Altkönig Pharma GmbH",
     "Another employer's HR confirms a reference call in which Sophie vouches for a former colleague (Fr 16.10., "
     "11:00, ca. 15 Min.); a hiring call, but not Sophie's interview",
     days=(("Fri", "2026-10-16"),))
def m47() -> bytes:
    body = t("""
        Sehr geehrte Frau Brandt,

        vielen Dank, dass Sie sich als Referenz für Frau Derya Yılmaz zur Verfügung stellen. Wie vereinbart
        rufe ich Sie am Freitag, 16.10., um 11:00 Uhr unter Ihrer Mobilnummer an. Das Gespräch dauert etwa
        15 Minuten; es geht vor allem um Frau Yılmaz' Arbeit an den Variations-Einreichungen in Ihrem Team.

        Mit freundlichen Grüßen
        Carsten Mühlbauer
        Senior Recruiter | Altkönig Pharma GmbH | Oberursel
        """)
    hs = head(addr("Carsten Mühlbauer", "c.muehlbauer@altkoenig-pharma.de"),
              "Referenzgespräch Frau Yılmaz - Freitag 11 Uhr", "2026-10-13 16:05:52", B,
              "<DB9PR10MB7340A1B2C3D4E5F6A7B8C9D0E1F2A3B4@DB9PR10MB7340.EURPRD10.PROD.OUTLOOK.COM>",
              relay="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2062.outbound.protection.outlook.com [40.107.104.62])",
              ident="4NBv3q6Hfxz8Mk")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 48: team Christmas party at the current job ---------------------------------------------------------
@neg(48, "team_event", "de", None,
     "Outlook invite for the current team's Christmas dinner (Fr 11.12.2026 18:00), auto-forwarded from the work "
     "address; not an interview",
     days=(("Fri", "2026-12-11"),))
def m48() -> bytes:
    body = t("""
        Wann: Freitag, 11. Dezember 2026 18:00-22:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Weinhaus Bluhm, Mainz

        *~*~*~*~*~*~*~*~*~*

        Ihr Lieben,

        wie jedes Jahr: Weihnachtsessen Team Regulatory Affairs! Tisch ist reserviert, Getränke übernimmt
        die Abteilung. Wichtelgeschenk bitte max. 10 €.

        Bitte kurz zu- oder absagen.

        LG Petra
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Lange\\, Petra:mailto:petra.lange@kaestner-arzneimittel.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandt\\, Sophie:mailto:sophie.brandt@kaestner-arzneimittel.de
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DD01000000000000000010000000E7F8091A2B3C4D5E6F70
        SUMMARY;LANGUAGE=de-DE:Weihnachtsessen Team RA 🎄
        DTSTART;TZID=W. Europe Standard Time:20261211T180000
        DTEND;TZID=W. Europe Standard Time:20261211T220000
        CLASS:PUBLIC
        DTSTAMP:20261123T131102Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Weinhaus Bluhm\\, Mainz
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tz=WEST)
    hs = head(addr("Lange, Petra", "petra.lange@kaestner-arzneimittel.de"),
              "Weihnachtsessen Team RA 🎄", "2026-11-23 14:11:02", B,
              "<BE1P281MB2077A9B8C7D6E5F4A3B2C1D0E9F8A7B6@BE1P281MB2077.DEUP281.PROD.OUTLOOK.COM>",
              relay="from mail.kaestner-arzneimittel.de (mail.kaestner-arzneimittel.de [193.16.218.40])",
              ident="4NVb6m4Qcsz1Hy",
              to=addr("Brandt, Sophie", "sophie.brandt@kaestner-arzneimittel.de"),
              before=(("X-Forwarded-To", ME), ("X-Forwarded-For", "sophie.brandt@kaestner-arzneimittel.de " + ME)),
              after=(("Content-Language", "de-DE"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# --- 49: English outreach proposing a time, not confirmed -------------------------------------------------
@neg(49, "scheduling_proposal", "en", "Aldermoor Bio",
     "Outreach asking 'Would Tuesday at 10 (your time) work?': a proposal, nothing confirmed")
def m49() -> bytes:
    body = t("""
        Hi Sophie,

        I came across your profile while looking for someone to build out our EU regulatory function - we're
        a 60-person cell therapy company in Cambridge (UK) with a fully remote RA team.

        Would Tuesday at 10 (your time) work for a first chat? 20 minutes, no prep needed. If not, just send
        me a couple of slots that suit you and I'll make it work.

        Best,
        Rhys

        Rhys Calloway
        Head of People | Aldermoor Bio
        rhys.calloway@aldermoorbio.co.uk
        """)
    hs = head(addr("Rhys Calloway", "rhys.calloway@aldermoorbio.co.uk"),
              "EU Regulatory Lead at Aldermoor Bio - quick chat?", "2026-11-19 16:48:27", "Europe/London",
              "<CAJ8wV3p_Yt6nQ1sZr0mLk5dHx2bGf9eTcA7uW4@mail.gmail.com>",
              relay="from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])",
              ident="4NSx2p7Gvfz3Nq")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 50: notary signing ------------------------------------------------------------------------------------
@neg(50, "appointment_other", "de", None,
     "Notary's office confirms the signing appointment for a flat purchase (Do 17.12.2026, 10:00 Uhr); not an "
     "interview",
     days=(("Thu", "2026-12-17"),))
def m50() -> bytes:
    body = t("""
        Sehr geehrte Frau Brandt,
        sehr geehrter Herr Brandt,

        in der Angelegenheit Kaufvertrag Eigentumswohnung Mainz-Gonsenheim, Kapellenstraße 17, WE Nr. 4,
        bestätigen wir den Beurkundungstermin am

            Donnerstag, 17.12.2026, um 10:00 Uhr

        in unseren Kanzleiräumen, Große Bleiche 29, 55116 Mainz, 3. OG.

        Den Vertragsentwurf haben Sie mit unserem Schreiben vom 02.12.2026 erhalten. Bitte bringen Sie gültige
        Ausweisdokumente sowie Ihre steuerliche Identifikationsnummer mit.

        Mit freundlichen Grüßen
        i. A. Sandra Kleinhenz
        Notarfachangestellte
        Notariat Dr. Weiland · Große Bleiche 29 · 55116 Mainz
        """)
    hs = head(addr("Notariat Dr. Weiland", "kanzlei@notariat-weiland.de"),
              "UR-Vorgang 2026/1187 - Beurkundungstermin 17.12.2026", "2026-12-09 09:14:03", B,
              "<000d01db69a1$4c2e8b10$e48ba130$@notariat-weiland.de>",
              relay="from mout.kundenserver.de (mout.kundenserver.de [212.227.126.130])",
              ident="4NfT0b8Lxrz6Cd",
              to=f"{SOPHIE}, {addr('Markus Brandt', 'markus.brandt@example.net')}",
              after=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))
