"""blind205: 50 hand-written mails from the inbox of Julia Becker, an IT-security consultant in
Saarbrücken (September to mid-December 2026). Written blind (see blind205/README.md).

    python3 bench/heldout/make_blind.py blind205
"""

from __future__ import annotations

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

ORDER = random.Random(2050205).sample(range(1, 51), 50)
ME = "julia.becker@example.org"
TO = addr("Julia Becker", ME)
BER = "Europe/Berlin"
LUX = "Europe/Luxembourg"


def n(key: int) -> str:
    """File name of the mail written key-th (keys 1-23 positives, 24-50 negatives)."""
    return f"blind205_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host})", when, zone, "mx01.mail.example.org", ME, lag))


# =========================================================================== positives

# --------------------------------------------------------------------------- 1 Personio, Sie


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-08 09:45", BER), end=utc("2026-09-08 10:45", BER),
      contact="sabine.klein@kernwerk-sicherheit.de", company="Kernwerk Sicherheit GmbH",
      local="Tue 2026-09-08 09:45", local_end="2026-09-08 10:45", zone=BER,
      note="Personio invitation, 'Di., 08.09.2026, 9:45 - 10:45 Uhr' in Saarbrücken, CEST (UTC+2) "
           "so 07:45Z-08:45Z; contact = the human Reply-To (sender is Personio no-reply)")
def p01() -> bytes:
    plain = t("""
        Guten Tag Frau Becker,

        vielen Dank für Ihre Bewerbung als Senior Security Consultant (m/w/d) bei der
        Kernwerk Sicherheit GmbH. Wir freuen uns, Sie zu einem persönlichen Gespräch
        einladen zu dürfen, und bestätigen hiermit den folgenden Termin:

        Datum:        Di., 08.09.2026
        Uhrzeit:      9:45 - 10:45 Uhr
        Ort:          Kernwerk Sicherheit GmbH, Am Staden 41, 66121 Saarbrücken
                      (3. OG, bitte am Empfang melden)
        Gesprächspartner: Sabine Klein (HR), Dr. Ralf Hessedenz (Leitung Pentest)

        Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach
        auf diese E-Mail.

        Mit freundlichen Grüßen
        Sabine Klein
        People & Culture

        Kernwerk Sicherheit GmbH · Am Staden 41 · 66121 Saarbrücken
        Geschäftsführer: Thomas Wern · HRB 104233, Amtsgericht Saarbrücken

        Diese E-Mail wurde über Personio versendet.
        """)
    rich = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Guten Tag Frau Becker,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Senior Security Consultant (m/w/d)</b> bei der
        Kernwerk Sicherheit GmbH. Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu
        dürfen, und bestätigen hiermit den folgenden Termin:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum:</b></td><td>Di., 08.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>9:45 - 10:45 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Kernwerk Sicherheit GmbH, Am Staden 41, 66121 Saarbrücken<br>
        (3. OG, bitte am Empfang melden)</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Sabine Klein (HR), Dr. Ralf Hessedenz (Leitung Pentest)</td></tr>
        </table>
        <p>Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Sabine Klein<br>People &amp; Culture</p>
        <p style="font-size:11px;color:#7b8794">Kernwerk Sicherheit GmbH · Am Staden 41 · 66121 Saarbrücken<br>
        Geschäftsführer: Thomas Wern · HRB 104233, Amtsgericht Saarbrücken</p>
        <p style="font-size:11px;color:#7b8794">Diese E-Mail wurde über Personio versendet.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail-eu.personio.de", "2026-09-03 14:12", BER),
        ("From", addr("Kernwerk Sicherheit GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Sabine Klein", "sabine.klein@kernwerk-sicherheit.de")),
        ("To", TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Senior Security Consultant (m/w/d)")),
        ("Date", date("2026-09-03 14:12", BER)),
        ("Message-ID", "<3f1c2a9e-7d41-4b8e-9a55-0c7e1b2d9f10@personio.de>"),
        ("X-Mailer", "Personio Recruiting"),
    ], alt(text(plain), html(rich)))


# --------------------------------------------------------------------------- 2 prose, Saarland, du, relative


@mail(n(2), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-16 14:45", BER), end=None,
      contact="markus.schmitt@bliesgau-forensik.de", company="Bliesgau IT-Forensik GmbH",
      local="Wed 2026-09-16 14:45", zone=BER,
      note="Saarland-register du mail sent Thu 10 Sep: 'nächste Woche Mittwoch um viertel vor drei' = "
           "Wed 16 Sep 14:45 CEST = 12:45Z; 'so ungefähr e Stund' is approximate, end null; contact = sender")
def p02() -> bytes:
    body = t("""
        Hallo Julia,

        ei gudd, dann mache mer das so wie am Telefon besproch: nächste Woche Mittwoch
        um viertel vor drei bei uns im Büro in der Halbergstraße. Mir sinn zu dritt,
        de Jens (Forensik), die Anne aus'm Vertrieb und ich. Dauert so ungefähr e Stund,
        vielleicht aach e bissje länger, wenn mir uns verquatsche.

        Parken kannschde hinnerm Haus, de Hof is offen. Klingel "BIF", 2. Stock.

        Wenn was dezwischekommt, ruf mich einfach an: 0681 / 958 22 40.

        Bis nächste Woche, ich freu mich!
        Markus

        --
        Markus Schmitt
        Geschäftsführer
        Bliesgau IT-Forensik GmbH
        Halbergstraße 118, 66121 Saarbrücken
        """)
    return message([
        rcv("smtp.bliesgau-forensik.de", "2026-09-10 17:48", BER),
        ("From", addr("Markus Schmitt", "markus.schmitt@bliesgau-forensik.de")),
        ("To", TO),
        ("Subject", "Unser Gespraech"),
        ("Date", date("2026-09-10 17:48", BER)),
        ("Message-ID", "<9b2e1f04-55aa-4c1d-8f7e-2a61c0d4b7e3@bliesgau-forensik.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
    ], text(body, cte="8bit", params="format=flowed"))


# --------------------------------------------------------------------------- 3 Luxembourg bank, Exchange, French


@mail(n(3), family="exchange_invite", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-09-17 14:00", LUX), end=utc("2026-09-17 15:00", LUX),
      contact="claire.weber@bma-lux.lu", company="Banque Moselle & Alzette S.A.",
      local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00", zone=LUX,
      note="Exchange meeting request in French, 'jeudi 17 septembre 2026 14:00-15:00' with the display "
           "'(UTC+01:00) Amsterdam, Berlin...' (standard offset shown in summer); Luxembourg is CEST, "
           "so 12:00Z-13:00Z, as the ICS (W. Europe Standard Time) says; contact = organizer/sender")
def p03() -> bytes:
    plain = t("""
        Quand : jeudi 17 septembre 2026 14:00-15:00. (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : BMA – 12, boulevard Royal, L-2449 Luxembourg, salle Moselle (4e étage)

        *~*~*~*~*~*~*~*~*~*

        Bonjour Madame Becker,

        Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste
        d'Analyste SOC senior (CDI) avec Marc Thill, Head of Cyber Defence, et moi-même.

        Merci de vous présenter à l'accueil avec une pièce d'identité, dix minutes avant
        l'heure prévue. Le parking public « Royal-Hamilius » se trouve à 200 m.

        Bien cordialement,

        Claire Weber
        Talent Acquisition Partner
        Banque Moselle & Alzette S.A.
        T +352 46 21 88 310
        """)
    rich = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="FR-LU" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Quand&nbsp;: jeudi 17 septembre 2026 14:00-15:00. (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.<br>
        Où&nbsp;: BMA – 12, boulevard Royal, L-2449 Luxembourg, salle Moselle (4e étage)</p>
        <p class="MsoNormal"><span style="color:#A6A6A6">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Bonjour Madame Becker,</p>
        <p class="MsoNormal">Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste
        d'Analyste SOC senior (CDI) avec Marc Thill, Head of Cyber Defence, et moi-même.</p>
        <p class="MsoNormal">Merci de vous présenter à l'accueil avec une pièce d'identité, dix minutes avant
        l'heure prévue. Le parking public «&nbsp;Royal-Hamilius&nbsp;» se trouve à 200 m.</p>
        <p class="MsoNormal">Bien cordialement,</p>
        <p class="MsoNormal"><b>Claire Weber</b><br>Talent Acquisition Partner<br>
        Banque Moselle &amp; Alzette S.A.<br>T +352 46 21 88 310</p>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ics + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Claire Weber:mailto:claire.weber@bma-lux.lu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Becker:mailto:julia.becker@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Thill:mailto:marc.thill@bma-lux.lu
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Becker\\,\\n\\nSuite à notre échange téléphonique\\, je vous confirme votre entretien pour le poste d'Analyste SOC senior (CDI).\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A3C6B1E843DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=fr-FR:Entretien – Analyste SOC senior – Julia Becker
        DTSTART;TZID=W. Europe Standard Time:20260917T140000
        DTEND;TZID=W. Europe Standard Time:20260917T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260914T080312Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:BMA – 12\\, boulevard Royal\\, L-2449 Luxembourg\\, salle Moselle (4e étage)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118433107
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
    return message([
        rcv("LU2P192MB0417.EURP192.PROD.OUTLOOK.COM", "2026-09-14 10:03", LUX),
        ("From", addr("Claire Weber", "claire.weber@bma-lux.lu")),
        ("To", TO),
        ("Subject", enc("Entretien – Analyste SOC senior – Julia Becker")),
        ("Thread-Topic", enc("Entretien – Analyste SOC senior – Julia Becker")),
        ("Thread-Index", "AdpG3k7Qb1xXc2lRS0yZ9kq1m7hN4w=="),
        ("Date", date("2026-09-14 10:03", LUX)),
        ("Message-ID", "<LU2P192MB04171E3A9C2D7F88B1A0C4E5A3D29@LU2P192MB0417.EURP192.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(plain), html(rich), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 4 Greenhouse, US remote, DST gap week

NY = "America/New_York"


@mail(n(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", NY), end=utc("2026-10-29 11:00", NY),
      contact="dana.whitfield@norquist.io", company="Norquist Systems",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=NY,
      note="Greenhouse confirmation, 'Thursday, October 29, 2026, 10:00 AM - 11:00 AM EDT': New York is "
           "still on EDT (UTC-4) until 1 Nov while Europe is already on CET, so 14:00Z-15:00Z = 15:00 CET "
           "as the mail says; ICS agrees; contact = human Reply-To")
def p04() -> bytes:
    plain = t("""
        Hi Julia,

        Thanks for making time to talk with us! Here are the details for your upcoming
        interview with Norquist Systems for the Staff Detection Engineer (Remote, EU) role.

        Interview: Technical Deep Dive
        When: Thursday, October 29, 2026, 10:00 AM - 11:00 AM EDT
              (that's 3:00 PM - 4:00 PM for you in Central European Time)
        Where: Google Meet - https://meet.google.com/qvx-hmzt-rpa
        Interviewers: Owen Brandt (Detection Lead), Maya Castellanos (Staff Engineer)

        Heads-up: the US and Europe change clocks on different weekends, so this week the
        gap is five hours instead of the usual six.

        If you need to make any changes, just reply to this email.

        Best,
        Dana Whitfield
        Recruiting | Norquist Systems
        """)
    rich = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Julia,</p>
        <p>Thanks for making time to talk with us! Here are the details for your upcoming interview with
        Norquist Systems for the <strong>Staff Detection Engineer (Remote, EU)</strong> role.</p>
        <table style="border:1px solid #e3e8ee;border-radius:6px;padding:12px">
        <tr><td style="color:#697386">Interview</td><td>Technical Deep Dive</td></tr>
        <tr><td style="color:#697386">When</td><td>Thursday, October 29, 2026, 10:00 AM - 11:00 AM EDT<br>
        <span style="color:#697386">(that's 3:00 PM - 4:00 PM for you in Central European Time)</span></td></tr>
        <tr><td style="color:#697386">Where</td><td><a href="https://meet.google.com/qvx-hmzt-rpa">Google Meet</a></td></tr>
        <tr><td style="color:#697386">Interviewers</td><td>Owen Brandt (Detection Lead), Maya Castellanos (Staff Engineer)</td></tr>
        </table>
        <p>Heads-up: the US and Europe change clocks on different weekends, so this week the gap is five
        hours instead of the usual six.</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Dana Whitfield<br>Recruiting | Norquist Systems</p>
        <img src="https://app.greenhouse.io/email_tracking/open/9b1e3c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        METHOD:REQUEST
        """) + VTZ[NY] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-7734190-3321@greenhouse.io
        DTSTAMP:20261027T152004Z
        DTSTART;TZID=America/New_York:20261029T100000
        DTEND;TZID=America/New_York:20261029T110000
        SUMMARY:Norquist Systems - Technical Deep Dive (Julia Becker)
        LOCATION:https://meet.google.com/qvx-hmzt-rpa
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@norquist.io
        ATTENDEE;CN=Julia Becker;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:julia.becker@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o1.email.greenhouse.io", "2026-10-27 11:20", NY),
        ("From", addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@norquist.io")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Staff Detection Engineer at Norquist Systems"),
        ("Date", date("2026-10-27 11:20", NY)),
        ("Message-ID", "<6720a1f3c0d8e_4b1f2ad39c1e8c3041877@greenhouse-mailer-7c9.mail>"),
        ("X-SG-EID", "u001.3nQkcXjT1b8w9pZk0xv2Fq"),
    ], mixed(alt(text(plain), html(rich)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 5 Lever, Auckland team, local date is another UTC day

AKL = "Pacific/Auckland"


@mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 09:00", AKL), end=utc("2026-11-18 09:45", AKL),
      contact="hemi.parata@kiwaledger.co.nz", company="Kiwa Ledger",
      local="Wed 2026-11-18 09:00", local_end="2026-11-18 09:45", zone=AKL,
      note="Lever confirmation from an Auckland company: 'Wednesday 18 November, 9:00-9:45am NZDT' "
           "(UTC+13) = Tue 17 Nov 20:00Z-20:45Z, i.e. the previous day in UTC; the mail also gives "
           "21:00 CET Tuesday; ICS agrees; contact = human Reply-To")
def p05() -> bytes:
    plain = t("""
        Kia ora Julia,

        Great news - your video interview for Senior Cloud Security Engineer (Remote) is
        confirmed.

          Wednesday 18 November 2026
          9:00am - 9:45am NZDT (Auckland)
          = Tuesday 17 November, 21:00 - 21:45 in Saarbrücken (CET)

          Zoom: https://kiwaledger.zoom.us/j/83316620541
          With: Hemi Parata (Engineering Manager, Platform Security)

        We know the evening slot isn't ideal on your side - thanks for being flexible with
        the time difference. If anything changes, reply here and it'll reach Hemi directly.

        Ngā mihi,
        The Kiwa Ledger Talent Team

        --
        Sent via Lever. Kiwa Ledger Ltd, 80 Queen Street, Auckland 1010, New Zealand.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[AKL] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Pacific/Auckland:20261118T090000
        DTEND;TZID=Pacific/Auckland:20261118T094500
        DTSTAMP:20261112T210512Z
        ORGANIZER;CN=Hemi Parata:mailto:hemi.parata@kiwaledger.co.nz
        UID:lever-iv-5f7e2c11-90ad-4b3e-a2c1-77d0e6b1f3a9
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Becker:mailto:julia.becker@example.org
        SUMMARY:Interview: Julia Becker <> Kiwa Ledger (Senior Cloud Security Engineer)
        LOCATION:https://kiwaledger.zoom.us/j/83316620541
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.hire.lever.co", "2026-11-13 10:05", AKL),
        ("From", addr("Kiwa Ledger", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Hemi Parata", "hemi.parata@kiwaledger.co.nz")),
        ("To", TO),
        ("Subject", "Confirmed: your interview with Kiwa Ledger"),
        ("Date", date("2026-11-13 10:05", AKL)),
        ("Message-ID", "<0102018f2a9c4d1e-6b0a7c55-2f4e-4a91-bb3d-8e1c0f6a2d77-000000@eu-west-1.amazonses.com>"),
    ], mixed(text(plain),
             calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 6 Ashby, London, BST

LON = "Europe/London"


@mail(n(6), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-24 11:30", LON), end=utc("2026-09-24 12:15", LON),
      contact="priya.raman@fenwicklowe.co.uk", company="Fenwick & Lowe",
      local="Thu 2026-09-24 11:30", local_end="2026-09-24 12:15", zone=LON,
      note="Ashby confirmation '11:30 AM - 12:15 PM BST' (UTC+1) = 10:30Z-11:15Z; the body also says "
           "12:30 CEST; the ICS is in UTC; contact = human Reply-To")
def p06() -> bytes:
    plain = t("""
        Hi Julia,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, September 24, 2026
        11:30 AM - 12:15 PM BST (12:30 - 13:15 CEST)
        Microsoft Teams (link in the calendar invite)

        You'll meet with:
          Tom Aldridge - Principal Incident Responder
          Priya Raman - Talent Partner

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Fenwick & Lowe Recruiting
        """)
    rich = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Julia,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><strong>Thursday, September 24, 2026</strong><br>
        11:30 AM - 12:15 PM BST (12:30 - 13:15 CEST)<br>Microsoft Teams (link in the calendar invite)</p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Tom Aldridge - Principal Incident Responder<br>
        &nbsp;&nbsp;Priya Raman - Talent Partner</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Fenwick &amp; Lowe Recruiting</p>
        <p style="color:#999;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-3c2b7d90-1e4f-4f5a-9d0e-61b2a7c8e4f1
        DTSTAMP:20260921T154011Z
        DTSTART:20260924T103000Z
        DTEND:20260924T111500Z
        SEQUENCE:0
        SUMMARY:Fenwick & Lowe - Incident Response Lead Interview
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4ZTc0YjEt%40thread.v2/0
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@fenwicklowe.co.uk
        ATTENDEE;CN=Julia Becker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julia.becker@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.ashbyhq.com", "2026-09-21 16:40", LON),
        ("From", addr("Fenwick & Lowe", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Raman", "priya.raman@fenwicklowe.co.uk")),
        ("To", TO),
        ("Subject", "Interview confirmed: Incident Response Lead at Fenwick & Lowe"),
        ("Date", date("2026-09-21 16:40", LON)),
        ("Message-ID", "<010201922e7b5a10-8d3f4c21-aa5e-4c07-9e62-1b7f0c3d5e88-000000@email.amazonses.com>"),
    ], mixed(alt(text(plain, cte="base64"), html(rich, cte="base64")),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 7 Workday, Mannheim, 'Fr., 4.12.'


@mail(n(7), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-04 10:30", BER), end=utc("2026-12-04 11:30", BER),
      contact="kerstin.vogt@rheinauer-versicherung.de", company="Rheinauer Versicherungsgruppe",
      local="Fri 2026-12-04 10:30", local_end="2026-12-04 11:30", zone=BER,
      note="Workday mail: 'Fr., 4.12. um 10:30 Uhr' and 'Freitag, 04.12.2026, 10:30 - 11:30 Uhr (MEZ)' "
           "in Mannheim, CET (UTC+1) so 09:30Z-10:30Z; sender is the tenant's Workday mailbox, contact = "
           "the human address in the body")
def p07() -> bytes:
    plain = t("""
        Sehr geehrte Frau Becker,

        wie telefonisch besprochen, sehen wir uns am Fr., 4.12. um 10:30 Uhr zum
        zweiten Gespräch für die Position

          IT Security Architect (w/m/d) - Referenz R-0048817

        Termin:   Freitag, 04.12.2026, 10:30 - 11:30 Uhr (MEZ)
        Ort:      Rheinauer Versicherungsgruppe, Augustaanlage 61, 68165 Mannheim,
                  Gebäude B, Raum 4.17
        Teilnehmende: Dr. Kerstin Vogt (CISO), Oliver Brenk (Enterprise Architecture)

        Ihre Reisekosten (Bahn 2. Klasse) erstatten wir Ihnen gern; das Formular finden
        Sie in Ihrem Kandidatenprofil.

        Bei Rückfragen erreichen Sie Frau Dr. Vogt direkt unter
        kerstin.vogt@rheinauer-versicherung.de.

        Freundliche Grüße
        Ihr Recruiting-Team der Rheinauer Versicherungsgruppe

        Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Verdana,sans-serif;font-size:10pt">
        <p>Sehr geehrte Frau Becker,</p>
        <p>wie telefonisch besprochen, sehen wir uns am <b>Fr., 4.12. um 10:30 Uhr</b> zum zweiten Gespräch
        für die Position</p>
        <p style="margin-left:20px">IT Security Architect (w/m/d) - Referenz R-0048817</p>
        <table><tr><td>Termin:</td><td>Freitag, 04.12.2026, 10:30 - 11:30 Uhr (MEZ)</td></tr>
        <tr><td>Ort:</td><td>Rheinauer Versicherungsgruppe, Augustaanlage 61, 68165 Mannheim, Gebäude B, Raum 4.17</td></tr>
        <tr><td>Teilnehmende:</td><td>Dr. Kerstin Vogt (CISO), Oliver Brenk (Enterprise Architecture)</td></tr></table>
        <p>Ihre Reisekosten (Bahn 2. Klasse) erstatten wir Ihnen gern; das Formular finden Sie in Ihrem
        Kandidatenprofil.</p>
        <p>Bei Rückfragen erreichen Sie Frau Dr. Vogt direkt unter
        <a href="mailto:kerstin.vogt@rheinauer-versicherung.de">kerstin.vogt@rheinauer-versicherung.de</a>.</p>
        <p>Freundliche Grüße<br>Ihr Recruiting-Team der Rheinauer Versicherungsgruppe</p>
        <p style="font-size:8pt;color:#888">Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</p>
        </div></body></html>
        """)
    return message([
        rcv("wd5-smtp.myworkday.com", "2026-11-30 09:15", BER),
        ("From", addr("Rheinauer Versicherungsgruppe", "rheinauer@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Einladung: Zweites Gespräch IT Security Architect (w/m/d)")),
        ("Date", date("2026-11-30 09:15", BER)),
        ("Message-ID", "<1433892017.88123.1764490500411@wd5-prod-mail-17.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(plain, charset="iso-8859-15"), html(rich)))


# --------------------------------------------------------------------------- 8 SmartRecruiters, Kaiserslautern, HTML only base64


@mail(n(8), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-06 13:00", BER), end=utc("2026-10-06 14:30", BER),
      contact="tim.hoffmann@pfalzwerk-digital.de", company="Pfalzwerk Digital GmbH",
      local="Tue 2026-10-06 13:00", local_end="2026-10-06 14:30", zone=BER,
      note="SmartRecruiters HTML-only (base64): 'Dienstag, 6. Oktober 2026, 13:00 - 14:30 Uhr' in "
           "Kaiserslautern, CEST so 11:00Z-12:30Z; Reply-To is a SmartRecruiters relay, contact = the "
           "hiring manager's address in the signature")
def p08() -> bytes:
    rich = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interviewbestätigung</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:20px;border-bottom:3px solid #0c7bc0"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/pfalzwerk.png" alt="Pfalzwerk Digital" height="32"></td></tr>
        <tr><td style="padding:24px">
        <p>Hallo Frau Becker,</p>
        <p>vielen Dank für Ihr Interesse an der Stelle <b>OT Security Engineer (m/w/d)</b>.
        Hiermit bestätigen wir Ihr Vorstellungsgespräch:</p>
        <p style="background:#eef6fb;padding:12px">
        <b>Dienstag, 6. Oktober 2026</b><br>
        13:00 - 14:30 Uhr<br>
        Pfalzwerk Digital GmbH, Trippstadter Straße 110, 67663 Kaiserslautern<br>
        Empfang Gebäude C</p>
        <p>Im zweiten Teil des Gesprächs zeigen wir Ihnen unser OT-Labor; festes Schuhwerk ist von Vorteil.</p>
        <p>Viele Grüße<br>
        Tim Hoffmann<br>
        Teamleiter OT Security<br>
        <a href="mailto:tim.hoffmann@pfalzwerk-digital.de">tim.hoffmann@pfalzwerk-digital.de</a> · +49 631 3602 115</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">Diese Nachricht wurde über SmartRecruiters gesendet.
        <a href="https://jobs.smartrecruiters.com/unsubscribe">Abmelden</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        rcv("mta-17.smartrecruiters.com", "2026-09-30 15:22", BER),
        ("From", addr("Pfalzwerk Digital GmbH", "noreply@smartrecruiters.com")),
        ("Reply-To", "reply+8f3a71c2d9e04b55@messages.smartrecruiters.com"),
        ("To", TO),
        ("Subject", enc("Interviewbestätigung: OT Security Engineer (m/w/d)")),
        ("Date", date("2026-09-30 15:22", BER)),
        ("Message-ID", "<sr.msg.7a0c9e21-3b64-4c1f-8d22-5e91b0a6f4c3@smartrecruiters.com>"),
    ], html(rich, cte="base64"))


# --------------------------------------------------------------------------- 9 Teamtailor, du, Saarbrücken startup


@mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-15 16:00", BER), end=utc("2026-10-15 16:45", BER),
      contact="nina.albrecht@lumenschild.de", company="Lumenschild GmbH",
      local="Thu 2026-10-15 16:00", local_end="2026-10-15 16:45", zone=BER,
      note="Teamtailor message, 'Donnerstag, 15. Oktober um 16:00 Uhr, 45 Minuten' (exact length) in "
           "CEST, so 14:00Z-14:45Z; Reply-To is a Teamtailor inbound relay, contact = the recruiter's "
           "address in the signature")
def p09() -> bytes:
    plain = t("""
        Hi Julia,

        schön, dass es geklappt hat! Hier nochmal alles zu unserem Videocall:

        📅 Donnerstag, 15. Oktober um 16:00 Uhr (45 Minuten)
        📍 Google Meet: https://meet.google.com/ahk-wpuz-tre
        👋 Dabei sind Can (CTO) und ich

        Wir wollen vor allem über deine Erfahrung mit Cloud-Pentests und unser
        Produkt sprechen - keine Live-Coding-Aufgabe, versprochen 😉

        Bis Donnerstag!
        Nina

        Nina Albrecht
        Talent & Culture | Lumenschild GmbH
        nina.albrecht@lumenschild.de
        Science Park 2, 66123 Saarbrücken

        ---
        Diese Nachricht wurde über Teamtailor gesendet. Antworte direkt auf diese E-Mail,
        um Nina zu erreichen.
        """)
    rich = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Julia,</p>
        <p>schön, dass es geklappt hat! Hier nochmal alles zu unserem Videocall:</p>
        <p>📅 <strong>Donnerstag, 15. Oktober um 16:00 Uhr</strong> (45 Minuten)<br>
        📍 Google Meet: <a href="https://meet.google.com/ahk-wpuz-tre">meet.google.com/ahk-wpuz-tre</a><br>
        👋 Dabei sind Can (CTO) und ich</p>
        <p>Wir wollen vor allem über deine Erfahrung mit Cloud-Pentests und unser Produkt sprechen - keine
        Live-Coding-Aufgabe, versprochen 😉</p>
        <p>Bis Donnerstag!<br>Nina</p>
        <p style="color:#666;font-size:13px">Nina Albrecht<br>Talent &amp; Culture | Lumenschild GmbH<br>
        nina.albrecht@lumenschild.de<br>Science Park 2, 66123 Saarbrücken</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="color:#999;font-size:12px">Diese Nachricht wurde über Teamtailor gesendet. Antworte direkt auf
        diese E-Mail, um Nina zu erreichen.</p>
        </div></body></html>
        """)
    return message([
        rcv("mail.teamtailor-mail.com", "2026-10-12 11:02", BER),
        ("From", addr("Nina Albrecht (Lumenschild)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply-5c2e91d4a7f8@inbound.teamtailor-mail.com"),
        ("To", TO),
        ("Subject", enc("Unser Videocall am Donnerstag 🙌")),
        ("Date", date("2026-10-12 11:02", BER)),
        ("Message-ID", "<6703f1a2b9c4e_2a7f3c1d8e55@teamtailor-app-worker-3.mail>"),
        ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/5c2e91d4a7f8>"),
    ], alt(text(plain), html(rich)))


# --------------------------------------------------------------------------- 10 Workable, Metz, French, windows-1252

PAR = "Europe/Paris"


@mail(n(10), family="workable", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-09 10:30", PAR), end=utc("2026-11-09 11:30", PAR),
      contact="amelie.gerard@sln-metz.fr", company="Sécurité Lorraine Numérique",
      local="Mon 2026-11-09 10:30", local_end="2026-11-09 11:30", zone=PAR,
      note="Workable invitation in French (windows-1252 QP): 'lundi 9 novembre 2026 à 10h30 (heure de "
           "Paris)', 'd'une durée d'une heure' -> 09:30Z-10:30Z (CET); ICS agrees; Reply-To is a Workable "
           "relay, contact = the recruiter's address in the body")
def p10() -> bytes:
    plain = t("""
        Bonjour Julia,

        Merci pour votre candidature au poste de Consultante GRC / ISO 27001 (H/F).
        Nous avons le plaisir de vous confirmer votre entretien :

          Date : lundi 9 novembre 2026 à 10h30 (heure de Paris)
          Durée : entretien d'une durée d'une heure
          Lieu : SLN, 4 rue aux Ours, 57000 Metz - ou en visio si vous préférez
                 (merci de nous le dire la veille)
          Avec : Amélie Gérard (RH) et Yannick Colin (Directeur technique)

        Pour toute question : amelie.gerard@sln-metz.fr

        À très bientôt,
        L'équipe Sécurité Lorraine Numérique

        --
        Envoyé via Workable · Ne répondez pas directement à cet e-mail si vous
        souhaitez joindre une personne en particulier.
        """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Bonjour Julia,</p>
        <p>Merci pour votre candidature au poste de <b>Consultante GRC / ISO 27001 (H/F)</b>.
        Nous avons le plaisir de vous confirmer votre entretien&nbsp;:</p>
        <ul>
        <li><b>Date&nbsp;:</b> lundi 9 novembre 2026 à 10h30 (heure de Paris)</li>
        <li><b>Durée&nbsp;:</b> entretien d'une durée d'une heure</li>
        <li><b>Lieu&nbsp;:</b> SLN, 4 rue aux Ours, 57000 Metz – ou en visio si vous préférez (merci de nous le dire la veille)</li>
        <li><b>Avec&nbsp;:</b> Amélie Gérard (RH) et Yannick Colin (Directeur technique)</li>
        </ul>
        <p>Pour toute question&nbsp;: <a href="mailto:amelie.gerard@sln-metz.fr">amelie.gerard@sln-metz.fr</a></p>
        <p>À très bientôt,<br>L'équipe Sécurité Lorraine Numérique</p>
        <p style="color:#999;font-size:11px">Envoyé via Workable</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        """) + VTZ[PAR] + "\n" + t("""
        BEGIN:VEVENT
        UID:wk-evt-91c2f7a0b3@workable.com
        DTSTAMP:20261104T083000Z
        DTSTART;TZID=Europe/Paris:20261109T103000
        DTEND;TZID=Europe/Paris:20261109T113000
        SUMMARY:Entretien - Consultante GRC / ISO 27001 (H/F) - Julia Becker
        LOCATION:SLN\\, 4 rue aux Ours\\, 57000 Metz
        ORGANIZER;CN=Sécurité Lorraine Numérique:mailto:noreply@candidates.workablemail.com
        ATTENDEE;CN=Julia Becker;RSVP=TRUE:mailto:julia.becker@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail1.workablemail.com", "2026-11-04 09:30", PAR),
        ("From", addr("Sécurité Lorraine Numérique", "noreply@candidates.workablemail.com", "windows-1252")),
        ("Reply-To", "securite-lorraine-numerique+c3f8a2e7@candidates.workablemail.com"),
        ("To", TO),
        ("Subject", enc("Confirmation de votre entretien - Consultante GRC / ISO 27001 (H/F)", "windows-1252")),
        ("Date", date("2026-11-04 09:30", PAR)),
        ("Message-ID", "<20261104083000.9c1f2e7a@workable.com>"),
    ], mixed(alt(text(plain, charset="windows-1252"), html(rich, charset="windows-1252")),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


# --------------------------------------------------------------------------- 11 Calendly, German, invitee confirmation


@mail(n(11), family="calendly", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-21 14:00", BER), end=utc("2026-10-21 14:30", BER),
      contact="jonas.reuter@hafenlicht.cloud", company="Hafenlicht Cloud GmbH",
      local="Wed 2026-10-21 14:00", local_end="2026-10-21 14:30", zone=BER,
      note="Calendly invitee confirmation in German: '14:00 - 14:30, Mittwoch, 21. Oktober 2026', zone "
           "label 'Mitteleuropäische Zeit' but 21 Oct is still CEST, so 12:00Z-12:30Z (ICS in UTC agrees); "
           "contact = the host's Reply-To")
def p11() -> bytes:
    plain = t("""
        Hallo Julia Becker,

        Ihr Termin ist gebucht.

        Ereignistyp:
        Erstgespräch Security Engineer (Mannheim / remote)

        Veranstalter:
        Jonas Reuter

        Datum/Uhrzeit des Ereignisses:
        14:00 - 14:30, Mittwoch, 21. Oktober 2026 (Mitteleuropäische Zeit)

        Ort:
        Diese Veranstaltung ist ein Google Meet-Webkonferenz.
        https://meet.google.com/ujc-ppcr-xze

        Absage oder Neuplanung:
        https://calendly.com/cancellations/0a7f3e1b-2c88-4d0e-9b1f-6d3e2a5c7b14
        https://calendly.com/reschedulings/0a7f3e1b-2c88-4d0e-9b1f-6d3e2a5c7b14

        Powered by Calendly.com
        """)
    rich = t("""
        <html><body style="font-family:'Proxima Nova',Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hallo Julia Becker,</p>
        <p>Ihr Termin ist gebucht.</p>
        <p><b>Ereignistyp:</b><br>Erstgespräch Security Engineer (Mannheim / remote)</p>
        <p><b>Veranstalter:</b><br>Jonas Reuter</p>
        <p><b>Datum/Uhrzeit des Ereignisses:</b><br>14:00 - 14:30, Mittwoch, 21. Oktober 2026 (Mitteleuropäische Zeit)</p>
        <p><b>Ort:</b><br>Diese Veranstaltung ist ein Google Meet-Webkonferenz.<br>
        <a href="https://meet.google.com/ujc-ppcr-xze">https://meet.google.com/ujc-ppcr-xze</a></p>
        <p><a href="https://calendly.com/cancellations/0a7f3e1b-2c88-4d0e-9b1f-6d3e2a5c7b14">Absagen</a> ·
        <a href="https://calendly.com/reschedulings/0a7f3e1b-2c88-4d0e-9b1f-6d3e2a5c7b14">Neu planen</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261016T181104Z
        UID:0a7f3e1b-2c88-4d0e-9b1f-6d3e2a5c7b14@calendly.com
        DTSTART:20261021T120000Z
        DTEND:20261021T123000Z
        SUMMARY:Julia Becker und Jonas Reuter
        DESCRIPTION:Erstgespräch Security Engineer (Mannheim / remote)
        LOCATION:https://meet.google.com/ujc-ppcr-xze
        ORGANIZER;CN=Jonas Reuter:mailto:jonas.reuter@hafenlicht.cloud
        ATTENDEE;CN=Julia Becker;PARTSTAT=ACCEPTED:mailto:julia.becker@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o3.calendly.com", "2026-10-16 20:11", BER),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jonas Reuter", "jonas.reuter@hafenlicht.cloud")),
        ("To", TO),
        ("Subject", enc("Bestätigt: Erstgespräch Security Engineer mit Jonas Reuter am Mittwoch, 21. Oktober 2026")),
        ("Date", date("2026-10-16 20:11", BER)),
        ("Message-ID", "<20261016181104.0a7f3e1b2c88@calendly.com>"),
    ], mixed(alt(text(plain), html(rich)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 12 Microsoft Bookings, Kaiserslautern, standard offset label in summer


@mail(n(12), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:00", BER), end=utc("2026-09-22 11:00", BER),
      contact=None, company="Westpfalz-Institut für Vertrauenswürdige Systeme",
      local="Tue 2026-09-22 10:00", local_end="2026-09-22 11:00", zone=BER,
      note="Microsoft Bookings: 'Dienstag, 22. September 2026 10:00 (UTC+01:00) Amsterdam, Berlin...' "
           "- the label shows the standard offset but September is CEST, so 08:00Z; '60 Minuten' -> "
           "end 09:00Z; ICS agrees; sender is the Bookings mailbox and staff are named only -> contact null")
def p12() -> bytes:
    plain = t("""
        Ihre Buchung ist bestätigt.

        Bewerbungsgespräch Wissenschaftliche Mitarbeiterin (w/m/d) Netzwerksicherheit

        Dienstag, 22. September 2026
        10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        60 Minuten

        Mitarbeiter: Prof. Dr. Helene Marx, Dr. Jan Oberhauser

        Ort: WIVS, Gottlieb-Daimler-Straße 48, 67663 Kaiserslautern, Raum 2.104
        Alternativ per Microsoft Teams: Besprechung beitreten

        Zu Ihrer Buchung hinzufügen   Erneut planen   Abbrechen

        Westpfalz-Institut für Vertrauenswürdige Systeme
        Bitte antworten Sie nicht auf diese Nachricht.
        """)
    rich = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Ihre Buchung ist bestätigt.</div>
        <div style="margin-top:16px;font-weight:600">Bewerbungsgespräch Wissenschaftliche Mitarbeiterin (w/m/d) Netzwerksicherheit</div>
        <div>Dienstag, 22. September 2026</div>
        <div>10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        <div>60 Minuten</div>
        <div style="margin-top:12px">Mitarbeiter: Prof. Dr. Helene Marx, Dr. Jan Oberhauser</div>
        <div>Ort: WIVS, Gottlieb-Daimler-Straße 48, 67663 Kaiserslautern, Raum 2.104</div>
        <div>Alternativ per Microsoft Teams: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2">Besprechung beitreten</a></div>
        <div style="margin-top:16px"><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@wivs.de/bookings/">Erneut planen</a> |
        <a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@wivs.de/bookings/cancel">Abbrechen</a></div>
        <div style="margin-top:20px;font-size:12px;color:#605e5c">Westpfalz-Institut für Vertrauenswürdige Systeme<br>
        Bitte antworten Sie nicht auf diese Nachricht.</div>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=WIVS Bewerbungsgespräche:mailto:Bewerbungsgespraeche@wivs.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Becker:mailto:julia.becker@example.org
        UID:040000008200E00074C5B7101A82E0080000000022B8F61F0A44DC010000000000000000100000004E2F77C1B2D04A8F
        SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Wissenschaftliche Mitarbeiterin (w/m/d) Netzwerksicherheit
        DTSTART;TZID=W. Europe Standard Time:20260922T100000
        DTEND;TZID=W. Europe Standard Time:20260922T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260916T114012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:WIVS\\, Gottlieb-Daimler-Straße 48\\, 67663 Kaiserslautern\\, Raum 2.104
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("FR2P281MB0993.DEUP281.PROD.OUTLOOK.COM", "2026-09-16 13:40", BER),
        ("From", addr("WIVS Bewerbungsgespräche", "Bewerbungsgespraeche@wivs.de")),
        ("To", TO),
        ("Subject", enc("Ihre Buchung ist bestätigt: Bewerbungsgespräch Wissenschaftliche Mitarbeiterin (w/m/d)")),
        ("Date", date("2026-09-16 13:40", BER)),
        ("Message-ID", "<FR2P281MB09932A7E4C1B66D3F0A9E12B77C4A@FR2P281MB0993.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("Content-Language", "de-DE"),
    ], mixed(alt(text(plain), html(rich)),
             calendar(ics, cte="base64", filename="Buchung.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 13 all-day ICS from Apple Calendar, time only in text


@mail(n(13), family="apple_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-10 09:30", BER), end=None,
      contact="s.kraemer@hochwald-systems.de", company="Hochwald Systems GmbH",
      local="Tue 2026-11-10 09:30", zone=BER,
      note="Apple Calendar all-day event (DTSTART;VALUE=DATE:20261110) for an on-site interview day; the "
           "time is only in the text: 'wir starten um 9:30 Uhr' = 08:30Z (CET); 'Ende gegen 14 Uhr' is "
           "approximate, end null; contact = sender / organizer")
def p13() -> bytes:
    plain = t("""
        Hallo Frau Becker,

        wie besprochen schicke ich Ihnen den Termin für Ihren Vor-Ort-Tag bei uns als
        Kalendereintrag mit. Der Eintrag ist ganztägig, weil mein Kalender sonst die
        Mittagspause zerschießt - der Plan:

          9:30 Uhr   wir starten mit dem Fachgespräch (Herr Lang und ich)
          11:00 Uhr  kurze Vorstellung im Team, Rundgang durch den SOC
          12:15 Uhr  Mittagessen mit dem Team
          danach     Gespräch mit der Geschäftsführung, Ende gegen 14 Uhr

        Treffpunkt ist unser Empfang in der Hafenstraße 9, Saarbrücken. Fahrtkosten
        übernehmen wir selbstverständlich.

        Viele Grüße
        Stefan Krämer
        CTO, Hochwald Systems GmbH
        Tel. 0681 / 41 70 93-0
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 16.1//EN
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        CREATED:20261105T172015Z
        UID:8E3A1F52-4C9B-4D71-A0E6-3B27C15F9D04
        DTSTART;VALUE=DATE:20261110
        DTEND;VALUE=DATE:20261111
        DTSTAMP:20261105T172031Z
        SEQUENCE:0
        SUMMARY:Vor-Ort-Tag Julia Becker (Bewerbung Security Analyst)
        LOCATION:Hochwald Systems\\, Hafenstraße 9\\, Saarbrücken
        ORGANIZER;CN=Stefan Krämer:mailto:s.kraemer@hochwald-systems.de
        ATTENDEE;CN=Julia Becker;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julia.becker@example.org
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.hochwald-systems.de", "2026-11-05 18:20", BER),
        ("From", addr("Stefan Krämer", "s.kraemer@hochwald-systems.de")),
        ("To", TO),
        ("Subject", enc("Einladung: Vor-Ort-Tag Julia Becker (Bewerbung Security Analyst) @ Di. 10. Nov. 2026")),
        ("Date", date("2026-11-05 18:20", BER)),
        ("Message-ID", "<7C1D0E4B-9A22-4F3D-8B61-2E5A7F0C3D19@hochwald-systems.de>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ], mixed(text(plain, cte="quoted-printable"),
             calendar(ics, cte="quoted-printable", filename="iCal-20261105-182015.ics",
                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 14 Zoom, English, time only in the Zoom block

DUB = "Europe/Dublin"


@mail(n(14), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 16:00", BER), end=None,
      contact="siobhan.kelly@brightwater-analytics.ie", company="Brightwater Analytics",
      local="Tue 2026-11-03 16:00", zone=BER,
      note="Dublin recruiter pastes a Zoom invitation; the time is only in the Zoom block: 'Nov 3, 2026 "
           "04:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna' = 15:00Z (CET; the sender is on GMT, "
           "15:00 Dublin); no length stated; contact = sender")
def p14() -> bytes:
    plain = t("""
        Hi Julia,

        Lovely to chat earlier. As promised, here's the invite for Tuesday with Ciaran
        (our Head of Security Engineering) - I've put it in your time zone.

        Siobhan Kelly is inviting you to a scheduled Zoom meeting.

        Topic: Brightwater Analytics - Security Engineer interview (J. Becker)
        Time: Nov 3, 2026 04:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://brightwater.zoom.us/j/94412078335?pwd=bHd5T0tQcU9uZ0xvT2hWcmR4Zz09

        Meeting ID: 944 1207 8335
        Passcode: 552190

        ---

        One tap mobile
        +353212300007,,94412078335#,,,,*552190# Ireland
        +4969710492200,,94412078335#,,,,*552190# Germany

        Any questions at all, give me a shout.

        Siobhan

        Siobhan Kelly | Talent Acquisition
        Brightwater Analytics | Grand Canal Quay, Dublin 2
        """)
    return message([
        rcv("mail-wr1-f44.google.com", "2026-10-30 12:45", DUB),
        ("From", addr("Siobhan Kelly", "siobhan.kelly@brightwater-analytics.ie")),
        ("To", TO),
        ("Subject", "Tuesday - Zoom details"),
        ("Date", date("2026-10-30 12:45", DUB)),
        ("Message-ID", "<CAF7q+Zt0dW3kXyQ1n9bR5mV2hP8sL4cJ6eN0aT3uG7iK1oD2fA@mail.gmail.com>"),
    ], alt(text(plain, charset="us-ascii", cte="7bit"), html(gmail_html(plain), cte="quoted-printable")))


# --------------------------------------------------------------------------- 15 Exchange/Teams, Mannheim, across the DST change


@mail(n(15), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", BER), end=utc("2026-10-26 10:00", BER),
      contact="lena.hartmann@kurpfalz-energie.de", company="Kurpfalz Energie AG",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=BER,
      note="Outlook/Teams meeting request sent Fri 23 Oct (CEST, +02:00); the interview is Mon 26 Oct "
           "09:00-10:00, after the change to CET on 25 Oct, so 08:00Z-09:00Z (not 07:00Z); ICS in "
           "W. Europe Standard Time agrees; contact = organizer/sender")
def p15() -> bytes:
    plain = t("""
        Wann: Montag, 26. Oktober 2026 09:00-10:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Becker,

        anbei die Einladung zu unserem Online-Interview für die Stelle Information Security
        Officer (m/w/d) - KRITIS. Bitte beachten Sie, dass am Wochenende die Uhren
        umgestellt werden; der Termin ist 9:00 Uhr Winterzeit.

        Mit freundlichen Grüßen
        Lena Hartmann
        Personalmarketing & Recruiting
        Kurpfalz Energie AG | Luisenring 49 | 68159 Mannheim

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg0M2Q1NjEtYmE5%40thread.v2/0?context=%7b%22Tid%22%3a%22b1e2%22%7d>
        Besprechungs-ID: 351 882 640 117
        Passcode: Xr7pQ2
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hartmann\\, Lena:mailto:lena.hartmann@kurpfalz-energie.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julia.becker@example.org:mailto:julia.becker@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Weiß\\, Andreas:mailto:andreas.weiss@kurpfalz-energie.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Becker\\,\\n\\nanbei die Einladung zu unserem Online-Interview für die Stelle Information Security Officer (m/w/d) - KRITIS.\\n
        UID:040000008200E00074C5B7101A82E00800000000B3F1C5AE9E61DC01000000000000000010000000C4D19F0E7A2B4E83
        SUMMARY;LANGUAGE=de-DE:Interview ISO (m/w/d) KRITIS - Julia Becker
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T133011Z
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
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:lena.hartmann@kurpfalz-energie.de\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZTg0M2Q1NjEtYmE5-thread.v2
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("AM9P195MB1412.EURP195.PROD.OUTLOOK.COM", "2026-10-23 15:30", BER),
        ("From", addr("Hartmann, Lena", "lena.hartmann@kurpfalz-energie.de")),
        ("To", ME),
        ("CC", addr("Weiß, Andreas Dr.", "andreas.weiss@kurpfalz-energie.de")),
        ("Subject", "Interview ISO (m/w/d) KRITIS - Julia Becker"),
        ("Thread-Topic", "Interview ISO (m/w/d) KRITIS - Julia Becker"),
        ("Thread-Index", "AdpkT1c9vB3n0x5mQ2e8H7zWq4rT1A=="),
        ("Date", date("2026-10-23 15:30", BER)),
        ("Message-ID", "<AM9P195MB14123C7E0B1D9A44F2E86B5AC19E0@AM9P195MB1412.EURP195.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ], alt(text(plain, charset="windows-1252"), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 16 phone-written reply, 'Freitagnachmittag gegen halb drei'


@mail(n(16), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-27 14:30", BER), end=None,
      contact="daniel.roth@saarvault.de", company="SaarVault GmbH",
      local="Fri 2026-11-27 14:30", zone=BER,
      note="iPhone reply sent Mon 23 Nov: 'Freitagnachmittag gegen halb drei' = Fri 27 Nov 14:30 CET = "
           "13:30Z ('gegen' taken as the stated time, no end); the quoted thread has the candidate "
           "offering Friday afternoon; contact = sender")
def p16() -> bytes:
    body = t("""
        Hallo Frau Becker,

        perfekt, dann machen wir Freitagnachmittag gegen halb drei bei uns im Büro
        (Dudweilerstr. 35, klingeln bei SaarVault). Hab's mir eingetragen, meine Kollegin
        Frau Yilmaz aus dem Pentest-Team ist auch dabie.

        Schönes Wochende noch
        Daniel Roth

        Von meinem iPhone gesendet

        > Am 22.11.2026 um 19:04 schrieb Julia Becker <julia.becker@example.org>:
        >
        > Hallo Herr Roth,
        >
        > vielen Dank für Ihren Anruf. Diese Woche bin ich noch beim Kunden in
        > Luxemburg, aber nächste Woche Freitagnachmittag würde mir sehr gut passen.
        > Vormittags habe ich leider einen Kundentermin.
        >
        > Viele Grüße
        > Julia Becker
        """)
    return message([
        rcv("mout.kundenserver.de", "2026-11-23 07:52", BER),
        ("From", addr("Daniel Roth", "daniel.roth@saarvault.de")),
        ("To", TO),
        ("Subject", enc("Re: Bewerbung Penetration Tester – Termin")),
        ("Date", date("2026-11-23 07:52", BER)),
        ("Message-ID", "<4B0C7A3E-1D92-4E55-9F21-AB8C03D6E217@saarvault.de>"),
        ("In-Reply-To", "<c1e5a0f2-7b3d-4d19-8e4a-91f2b6c0d3e8@example.org>"),
        ("References", "<c1e5a0f2-7b3d-4d19-8e4a-91f2b6c0d3e8@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, cte="quoted-printable", params="delsp=yes; format=flowed"))


# --------------------------------------------------------------------------- 17 Recruitee, rescheduled, old and new time


@mail(n(17), family="recruitee", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-01 15:30", BER), end=utc("2026-10-01 16:15", BER),
      contact="carina.lutz@barbarossa-cyber.de", company="Barbarossa Cyber GmbH",
      local="Thu 2026-10-01 15:30", local_end="2026-10-01 16:15", zone=BER,
      note="Recruitee reschedule with both times: old 'Mi., 30.09. um 11:00 Uhr', new 'Do., 01.10.2026, "
           "15:30 - 16:15 Uhr' (CEST) = 13:30Z-14:15Z; ICS SEQUENCE:1 has the new time; Reply-To is a "
           "Recruitee relay, contact = the recruiter's address in the body")
def p17() -> bytes:
    plain = t("""
        Hallo Frau Becker,

        leider müssen wir Ihr Interview für die Position "Security Operations Engineer
        (m/w/d)" verschieben, da unser Teamleiter am Mittwoch auf einem Kundentermin ist.

        Bisheriger Termin:   Mi., 30.09. um 11:00 Uhr  (entfällt)
        Neuer Termin:        Do., 01.10.2026, 15:30 - 16:15 Uhr
        Ort:                 Online via Microsoft Teams (Link in der Kalendereinladung)

        Die aktualisierte Einladung finden Sie im Anhang. Sollte der neue Termin für Sie
        nicht passen, melden Sie sich gern direkt bei mir: carina.lutz@barbarossa-cyber.de

        Viele Grüße
        Carina Lutz
        Barbarossa Cyber GmbH · Kaiserslautern

        Gesendet mit Recruitee
        """)
    rich = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#2c3e50">
        <p>Hallo Frau Becker,</p>
        <p>leider müssen wir Ihr Interview für die Position „Security Operations Engineer (m/w/d)“
        verschieben, da unser Teamleiter am Mittwoch auf einem Kundentermin ist.</p>
        <table cellpadding="3">
        <tr><td>Bisheriger Termin:</td><td><s>Mi., 30.09. um 11:00 Uhr</s> (entfällt)</td></tr>
        <tr><td><b>Neuer Termin:</b></td><td><b>Do., 01.10.2026, 15:30 - 16:15 Uhr</b></td></tr>
        <tr><td>Ort:</td><td>Online via Microsoft Teams (Link in der Kalendereinladung)</td></tr>
        </table>
        <p>Die aktualisierte Einladung finden Sie im Anhang. Sollte der neue Termin für Sie nicht passen,
        melden Sie sich gern direkt bei mir: <a href="mailto:carina.lutz@barbarossa-cyber.de">carina.lutz@barbarossa-cyber.de</a></p>
        <p>Viele Grüße<br>Carina Lutz<br>Barbarossa Cyber GmbH · Kaiserslautern</p>
        <p style="font-size:11px;color:#95a5a6">Gesendet mit Recruitee</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler 2.0//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:recruitee-event-448120-barbarossacyber
        SEQUENCE:1
        DTSTAMP:20260928T081011Z
        DTSTART:20261001T133000Z
        DTEND:20261001T141500Z
        SUMMARY:Interview Security Operations Engineer (m/w/d) - Julia Becker
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Barbarossa Cyber GmbH:mailto:notifications@recruitee.com
        ATTENDEE;CN=Julia Becker;RSVP=TRUE:mailto:julia.becker@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("smtp-out.recruitee.com", "2026-09-28 10:10", BER),
        ("From", addr("Barbarossa Cyber GmbH", "notifications@recruitee.com")),
        ("Reply-To", "barbarossacyber+c-88213-m-5521907@inbound.recruitee.com"),
        ("To", TO),
        ("Subject", enc("Terminänderung: Ihr Interview bei Barbarossa Cyber GmbH")),
        ("Date", date("2026-09-28 10:10", BER)),
        ("Message-ID", "<recruitee.5521907.1790583011@mail.recruitee.com>"),
    ], mixed(alt(text(plain, cte="8bit"), html(rich, cte="8bit")),
             calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 18 GoodTime, rescheduled, time only in the ICS

CHI = "America/Chicago"


@mail(n(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-12 09:00", CHI), end=utc("2026-11-12 10:30", CHI),
      contact="marisol.vega@helixridge.com", company="Helix Ridge",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:30", zone=CHI,
      note="GoodTime reschedule whose body gives no times ('moved from Tuesday to Thursday, see the "
           "updated invitation'); the ICS says 09:00-10:30 America/Chicago on 12 Nov, after the US "
           "change, so CST (UTC-6) = 15:00Z-16:30Z; contact = the human ICS ORGANIZER")
def p18() -> bytes:
    plain = t("""
        Hi Julia,

        Your Helix Ridge panel interview for Principal Security Engineer (Remote - EMEA)
        has been moved from Tuesday to Thursday, because one of the panelists is
        travelling. Nothing else changes: same panel, same Zoom room.

        The updated calendar invitation is attached - please accept it so the new time
        shows up in your calendar. The old invitation will be removed automatically.

        Thanks for your flexibility!
        Helix Ridge Recruiting Coordination

        This message was sent by GoodTime on behalf of Helix Ridge.
        """)
    rich = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Julia,</p>
        <p>Your Helix Ridge panel interview for <b>Principal Security Engineer (Remote - EMEA)</b> has been
        moved from Tuesday to Thursday, because one of the panelists is travelling. Nothing else changes:
        same panel, same Zoom room.</p>
        <p>The updated calendar invitation is attached - please accept it so the new time shows up in your
        calendar. The old invitation will be removed automatically.</p>
        <p>Thanks for your flexibility!<br>Helix Ridge Recruiting Coordination</p>
        <p style="font-size:11px;color:#777">This message was sent by GoodTime on behalf of Helix Ridge.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Hire//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[CHI] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261112T090000
        DTEND;TZID=America/Chicago:20261112T103000
        DTSTAMP:20261109T143012Z
        ORGANIZER;CN=Marisol Vega:mailto:marisol.vega@helixridge.com
        UID:gt-8c41f0e2-2d7b-4a39-b5c6-0f9e3a1d7c22
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Becker:mailto:julia.becker@example.org
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Helix Ridge | Panel Interview | Julia Becker
        LOCATION:https://helixridge.zoom.us/j/97133054120
        DESCRIPTION:Panel: Grant Oyelaran\\, Ruth Kamau\\, Ben Torvik
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.goodtime.io", "2026-11-09 08:30", CHI),
        ("From", addr("Helix Ridge Recruiting", "scheduling@goodtime.io")),
        ("To", TO),
        ("Subject", "Updated: Helix Ridge Panel Interview - Principal Security Engineer"),
        ("Date", date("2026-11-09 08:30", CHI)),
        ("Message-ID", "<gt.a7d93c10e5f2.1794234612@goodtime.io>"),
    ], mixed(alt(text(plain), html(rich)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 19 Google Calendar, updated invitation, German


@mail(n(19), family="google_calendar", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-02 15:00", BER), end=utc("2026-12-02 16:00", BER),
      contact="thomas.feld@saarfels-consulting.de", company="Saarfels Consulting GmbH",
      local="Wed 2026-12-02 15:00", local_end="2026-12-02 16:00", zone=BER,
      note="German Google Calendar 'Aktualisierte Einladung': new time 'Mi. 2. Dez. 2026 15:00 - 16:00 "
           "(Mitteleuropäische Normalzeit - Berlin)' = 14:00Z-15:00Z; the old slot (Di. 1. Dez. 10:00) "
           "is shown as changed; ICS SEQUENCE:1 agrees; contact = organizer")
def p19() -> bytes:
    plain = t("""
        Diese Veranstaltung wurde geändert.

        Fachinterview Julia Becker / Saarfels
        Geändert: Zeit
        Mittwoch 2. Dez. 2026 15:00 - 16:00 (Mitteleuropäische Normalzeit - Berlin)
        Zuvor: Dienstag 1. Dez. 2026 10:00 - 11:00

        Mit Google Meet teilnehmen
        https://meet.google.com/dwe-qaxn-kbo

        Hallo Julia, wie gerade am Telefon besprochen auf Mittwochnachmittag gelegt.
        Bis dann, Thomas

        Teilnehmer
        Thomas Feld - Organisator
        thomas.feld@saarfels-consulting.de
        julia.becker@example.org
        birgit.ames@saarfels-consulting.de

        Antworten für julia.becker@example.org
        Ja
        Nein
        Vielleicht

        Weitere Optionen
        https://calendar.google.com/calendar/event?action=VIEW&eid=NmJ0cWk4&tok=MTk

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Teilnehmer der Veranstaltung sind. Wenn Sie
        keine Aktualisierungen mehr zu dieser Veranstaltung erhalten möchten, lehnen Sie
        sie ab.
        """)
    rich = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <div style="background:#fce8e6;padding:8px">Diese Veranstaltung wurde geändert.</div>
        <h2 style="font-weight:400">Fachinterview Julia Becker / Saarfels</h2>
        <div><span style="color:#d93025">Geändert: Zeit</span></div>
        <div><b>Mittwoch 2. Dez. 2026 15:00 - 16:00 (Mitteleuropäische Normalzeit - Berlin)</b></div>
        <div><s>Dienstag 1. Dez. 2026 10:00 - 11:00</s></div>
        <div style="margin-top:12px"><a href="https://meet.google.com/dwe-qaxn-kbo">Mit Google Meet teilnehmen</a></div>
        <div style="margin-top:12px">Hallo Julia, wie gerade am Telefon besprochen auf Mittwochnachmittag gelegt.<br>Bis dann, Thomas</div>
        <div style="margin-top:12px">Teilnehmer<br>Thomas Feld - Organisator<br>julia.becker@example.org<br>birgit.ames@saarfels-consulting.de</div>
        <div style="margin-top:16px;font-size:12px;color:#70757a">Einladung von <a href="https://calendar.google.com/calendar/">Google Kalender</a></div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ[BER] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261202T150000
        DTEND;TZID=Europe/Berlin:20261202T160000
        DTSTAMP:20261126T160512Z
        ORGANIZER;CN=Thomas Feld:mailto:thomas.feld@saarfels-consulting.de
        UID:6btqi8p2lr0d4q3f7m1c9k2v5a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julia.becker@example.org;X-NUM-GUESTS=0:mailto:julia.becker@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Birgit Ames;X-NUM-GUESTS=0:mailto:birgit.ames@saarfels-consulting.de
        X-GOOGLE-CONFERENCE:https://meet.google.com/dwe-qaxn-kbo
        CREATED:20261119T093201Z
        DESCRIPTION:Hallo Julia\\, wie gerade am Telefon besprochen auf Mittwochnachmittag gelegt.\\nBis dann\\, Thomas
        LAST-MODIFIED:20261126T160511Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Fachinterview Julia Becker / Saarfels
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-sor-f69.google.com", "2026-11-26 17:05", BER),
        ("From", addr("Thomas Feld", "thomas.feld@saarfels-consulting.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Aktualisierte Einladung: Fachinterview Julia Becker / Saarfels @ "
                        "Mi. 2. Dez. 2026 15:00 - 16:00 (MEZ) (julia.becker@example.org)")),
        ("Date", date("2026-11-26 17:05", BER)),
        ("Message-ID", "<calendar-3a1f0d2e-77c4-4b19-9e05-c1b8d2f6a490@google.com>"),
        ("Reply-To", addr("Thomas Feld", "thomas.feld@saarfels-consulting.de")),
    ], mixed(alt(text(plain), html(rich), calendar(ics, cte="base64")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 20 forward to self of a softgarden reschedule (message/rfc822)


@mail(n(20), family="softgarden_forward", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-16 13:30", BER), end=None,
      contact="peter.jung@spk-it.de", company="Saar-Pfalz Kliniken IT-Services GmbH",
      local="Wed 2026-12-16 13:30", zone=BER,
      note="The candidate forwards a softgarden reschedule to herself (attached message/rfc822): old "
           "'Mo., 14.12.2026, 10:00 Uhr', new 'Mi., 16.12.2026, 13:30 Uhr' (CET) = 12:30Z; no length; "
           "sender is the candidate and softgarden is no-reply, contact = the human address in the "
           "forwarded body")
def p20() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Becker,

        aus organisatorischen Gründen müssen wir Ihr Vorstellungsgespräch für die Stelle
        "Informationssicherheitsbeauftragte/r (m/w/d)" leider verlegen.

        Alter Termin:  Mo., 14.12.2026, 10:00 Uhr
        Neuer Termin:  Mi., 16.12.2026, 13:30 Uhr

        Ort: Saar-Pfalz Kliniken IT-Services GmbH, Verwaltungsgebäude, Kirrberger Straße 12,
        66421 Homburg, Besprechungsraum "Blies" (Erdgeschoss)

        Bitte bestätigen Sie den neuen Termin über den Link in Ihrem Bewerberkonto:
        https://spk-it.softgarden.io/de/candidate/applications/9920451

        Ihr Ansprechpartner: Herr Peter Jung, Leiter IT-Sicherheit,
        peter.jung@spk-it.de, Tel. 06841 / 16-22 410

        Mit freundlichen Grüßen
        Ihr Personalservice

        -- Diese E-Mail wurde automatisch über softgarden versendet. --
        """)
    inner = message([
        ("From", addr("Saar-Pfalz Kliniken IT-Services GmbH", "noreply@softgarden.io")),
        ("To", TO),
        ("Subject", enc("Terminverschiebung Ihres Vorstellungsgesprächs", "iso-8859-1")),
        ("Date", date("2026-12-10 16:02", BER)),
        ("Message-ID", "<sg-mail-20261210150212-9920451@softgarden.io>"),
    ], text(inner_body, charset="iso-8859-1"))
    note = t("""
        neuer Termin Homburg!! -> Mi 16.12. 13:30 statt Montag.
        Urlaubstag beim Kunden umbuchen, Zug 12:08 ab Sbr Hbf.
        """)
    return message([
        rcv("smtp.example.org", "2026-12-10 21:14", BER),
        ("From", TO),
        ("To", TO),
        ("Subject", enc("Fwd: Terminverschiebung Ihres Vorstellungsgesprächs")),
        ("Date", date("2026-12-10 21:14", BER)),
        ("Message-ID", "<5d2f8c1a-0b7e-4e93-a61d-3f9c2b8e7d40@example.org>"),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Thunderbird/140.3.0"),
    ], mixed(text(note, cte="8bit"), attached_message(inner, "Terminverschiebung.eml")))


# --------------------------------------------------------------------------- 21 iCIMS, cancelled, no new time


@mail(n(21), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-07 14:00", LUX), end=None,
      contact="rachel.byrne@veridiantrust.com", company="Veridian Trust Services",
      local="Mon 2026-12-07 14:00", zone=LUX,
      note="iCIMS cancellation sent from New York: the cancelled slot 'Monday, December 7, 2026 at 2:00 PM "
           "CET' at the Luxembourg office = 13:00Z; role on hold, no new time; contact = the human "
           "address in the body")
def p21() -> bytes:
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="640" style="font-family:Georgia,serif;font-size:14px;color:#222">
        <tr><td><img src="https://careers-veridiantrust.icims.com/images/logo.png" alt="Veridian Trust Services"></td></tr>
        <tr><td>
        <p>Dear Julia,</p>
        <p>Thank you for your interest in the <b>Information Security Manager - Luxembourg (Req. 2026-4471)</b>
        position with Veridian Trust Services.</p>
        <p>We regret to inform you that your interview scheduled for <b>Monday, December 7, 2026 at 2:00 PM CET</b>
        at our Luxembourg office (Kirchberg) has been cancelled, as the position has been placed on hold
        pending a budget review.</p>
        <p>We will contact you should the requisition reopen. If you have any questions in the meantime, please
        contact Rachel Byrne at <a href="mailto:rachel.byrne@veridiantrust.com">rachel.byrne@veridiantrust.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Veridian Trust Services</p>
        <p style="font-size:10px;color:#888">Please do not reply to this message. This mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    plain = t("""
        Dear Julia,

        Thank you for your interest in the Information Security Manager - Luxembourg
        (Req. 2026-4471) position with Veridian Trust Services.

        We regret to inform you that your interview scheduled for Monday, December 7, 2026
        at 2:00 PM CET at our Luxembourg office (Kirchberg) has been cancelled, as the
        position has been placed on hold pending a budget review.

        We will contact you should the requisition reopen. If you have any questions in
        the meantime, please contact Rachel Byrne at rachel.byrne@veridiantrust.com.

        Sincerely,
        Talent Acquisition
        Veridian Trust Services

        Please do not reply to this message. This mailbox is not monitored.
        """)
    return message([
        rcv("mta2.talent.icims.com", "2026-12-02 10:40", NY),
        ("From", addr("Veridian Trust Services", "donotreply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Cancellation - Information Security Manager - Luxembourg"),
        ("Date", date("2026-12-02 10:40", NY)),
        ("Message-ID", "<1764690000.4471.88213@talent.icims.com>"),
    ], alt(text(plain, charset="us-ascii", cte="7bit"), html(rich, cte="base64")))


# --------------------------------------------------------------------------- 22 Exchange cancellation, iso-8859-1, Mannheim


@mail(n(22), family="exchange_cancel", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-19 11:00", BER), end=utc("2026-11-19 12:00", BER),
      contact="florian.kessler@quadrate-logistik.de", company="Quadrate Logistik SE",
      local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:00", zone=BER,
      note="Outlook 'Abgesagt:' meeting cancellation (METHOD:CANCEL, STATUS:CANCELLED), iso-8859-1 text: "
           "cancelled slot 'Donnerstag, 19. November 2026 11:00-12:00' CET = 10:00Z-11:00Z; no new time; "
           "contact = organizer/sender")
def p22() -> bytes:
    plain = t("""
        Wann: Donnerstag, 19. November 2026 11:00-12:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Quadrate Logistik SE, N7 13, 68161 Mannheim, Raum Heidelberg

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Becker,

        leider müssen wir das Gespräch am Donnerstag absagen: unser CISO fällt kurzfristig
        für mehrere Wochen aus. Wir melden uns bei Ihnen, sobald wir wieder planen können,
        und bitten um Ihr Verständnis.

        Freundliche Grüße
        Florian Keßler
        HR Business Partner IT
        Quadrate Logistik SE
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Keßler\\, Florian:mailto:florian.kessler@quadrate-logistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Becker:mailto:julia.becker@example.org
        UID:040000008200E00074C5B7101A82E0080000000071C7A3E55A5EDC01000000000000000010000000F7A0C3E2B9D14E66
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch IT-Sicherheitsbeauftragte/r - J. Becker
        DTSTART;TZID=W. Europe Standard Time:20261119T110000
        DTEND;TZID=W. Europe Standard Time:20261119T120000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261116T070511Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Quadrate Logistik SE\\, N7 13\\, 68161 Mannheim\\, Raum Heidelberg
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("VI1P190MB0744.EURP190.PROD.OUTLOOK.COM", "2026-11-16 08:05", BER),
        ("From", addr("Keßler, Florian", "florian.kessler@quadrate-logistik.de", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Abgesagt: Vorstellungsgespräch IT-Sicherheitsbeauftragte/r - J. Becker", "iso-8859-1")),
        ("Date", date("2026-11-16 08:05", BER)),
        ("Message-ID", "<VI1P190MB07449A1C3E5F0B27D84E6C91A3F07@VI1P190MB0744.EURP190.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "de-DE"),
    ], alt(text(plain, charset="iso-8859-1"), calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- 23 prose cancellation ('morgen um 10') with an unconfirmed new proposal


@mail(n(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-27 10:00", BER), end=None,
      contact="nina.albrecht@lumenschild.de", company="Lumenschild GmbH",
      local="Tue 2026-10-27 10:00", zone=BER,
      note="du mail sent Mon 26 Oct (CET, the day after the change): cancels 'unser zweites Gespräch morgen "
           "um 10' = Tue 27 Oct 10:00 CET = 09:00Z; the new time ('nächste Woche Dienstag, gleiche "
           "Uhrzeit?') is only a question, so cancelled, not rescheduled; follows the Teamtailor mail of "
           "12 Oct; contact = sender")
def p23() -> bytes:
    body = t("""
        Hi Julia,

        blöde Nachricht am Montagmorgen: wir müssen unser zweites Gespräch morgen um 10
        leider absagen. Can liegt mit Grippe flach und Ilka ist noch bis Mittwoch auf der
        it-sa. Tut mir echt leid, so kurzfristig!

        Ginge bei dir stattdessen nächste Woche Dienstag, gleiche Uhrzeit? Oder schick
        mir einfach 2-3 Slots, die dir passen, dann kriegen wir das hin.

        Liebe Grüße
        Nina

        --
        Nina Albrecht · Talent & Culture
        Lumenschild GmbH · Science Park 2 · 66123 Saarbrücken
        """)
    return message([
        rcv("mail-ej1-f52.google.com", "2026-10-26 07:55", BER),
        ("From", addr("Nina Albrecht", "nina.albrecht@lumenschild.de")),
        ("To", TO),
        ("Subject", enc("Absage morgen 10 Uhr :(")),
        ("Date", date("2026-10-26 07:55", BER)),
        ("Message-ID", "<CAH3kPq0v7Zr2m8dN1wT5bE9xY4sL6fQ2uJ0cA7iG3oV8hK5nR1@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# =========================================================================== negatives

# --------------------------------------------------------------------------- 24 job centre appointment


@mail(n(24), family="job_centre_appointment", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Agentur für Arbeit invitation to a counselling appointment (Di., 13.10.2026, 08:30 Uhr) with a "
           "Rechtsfolgenbelehrung: a fixed time, but not a job interview")
def n24() -> bytes:
    plain = t("""
        Agentur für Arbeit Saarbrücken
        Ihre Kundennummer: 912D447310

        Einladung

        Sehr geehrte Frau Becker,

        bitte kommen Sie am

            Dienstag, 13.10.2026 um 08:30 Uhr

        in die Agentur für Arbeit Saarbrücken, Hafenstraße 18, 66111 Saarbrücken,
        Zimmer 2.17 (Eingangszone, 2. OG).

        Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation und Ihre
        Bewerbungsstrategie sprechen (Vermittlungsvorschläge, Vorstellungsgespräche,
        Weiterbildung). Bitte bringen Sie Ihren Lebenslauf und - falls vorhanden -
        Ihre aktuelle Kündigungsbestätigung mit.

        Mit freundlichen Grüßen
        Im Auftrag
        G. Kunz
        Arbeitsvermittlerin

        Rechtsfolgenbelehrung: Kommen Sie ohne wichtigen Grund nicht zu diesem Termin,
        kann eine Sperrzeit von einer Woche eintreten (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III).

        Diese Nachricht wurde Ihnen über Ihr Postfach in "Meine eServices" zugestellt.
        """)
    return message([
        rcv("mail.arbeitsagentur.de", "2026-10-05 10:02", BER),
        ("From", addr("Agentur für Arbeit Saarbrücken", "noreply@arbeitsagentur.de")),
        ("To", ME),
        ("Subject", enc("Neue Nachricht in Ihrem Postfach: Einladung zu einem Gespräch am 13.10.2026")),
        ("Date", date("2026-10-05 10:02", BER)),
        ("Message-ID", "<eservices.912D447310.20261005080211@arbeitsagentur.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(plain, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 25 reporter interviews her


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A local reporter confirms a phone interview with the user about ransomware (Do., 8. Oktober, "
           "11 Uhr): confirmed time, but she is the interviewee of a press interview, not a job candidate")
def n25() -> bytes:
    body = t("""
        Liebe Frau Becker,

        herzlichen Dank, dass Sie sich so kurzfristig Zeit nehmen! Dann halten wir fest:
        Interview am Donnerstag, 8. Oktober, um 11 Uhr, telefonisch, ca. 30 Minuten.
        Ich rufe Sie unter der Handynummer an, die Sie mir geschickt haben.

        Thema wie besprochen: Ransomware-Angriffe auf mittelständische Betriebe im
        Saarland - was kleine Firmen konkret tun können. Ein Foto bräuchten wir noch,
        gern im Querformat. Die Zitate schicke ich Ihnen vor Veröffentlichung zur
        Freigabe.

        Beste Grüße aus der Redaktion
        Jana Fuchs
        Saar-Kurier | Ressort Wirtschaft
        Tel. 0681 / 502-3317
        """)
    return message([
        rcv("mx.saar-kurier.de", "2026-10-02 16:33", BER),
        ("From", addr("Jana Fuchs", "j.fuchs@saar-kurier.de")),
        ("To", TO),
        ("Subject", "Interview Ransomware / Do 11 Uhr"),
        ("Date", date("2026-10-02 16:33", BER)),
        ("Message-ID", "<a81f3c07-2e94-4b6d-b3f5-0de9c1a7f628@saar-kurier.de>"),
    ], text(body, charset="utf-8", cte="8bit"))


# --------------------------------------------------------------------------- 26 podcast recording


@mail(n(26), family="podcast_recording", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Podcast host confirms a recording slot (Wednesday, November 25, 5:00 PM CET) for an 'interview' "
           "episode with the user as guest: not a job interview")
def n26() -> bytes:
    body = t("""
        Hi Julia,

        Awesome - you're locked in! Quick recap for our chat on The Secure Shift:

        Recording: Wednesday, November 25, 2026, 5:00 PM CET (11:00 AM ET for me)
        Length: we record about an hour, the edited episode ends up ~40 min
        Where: Riverside - https://riverside.fm/studio/the-secure-shift?t=8c1e0f
        Topic: "From pentester to consultant: the interview that changed my career"

        Please use headphones and a wired connection if you can. I'll send 3-4 questions
        the week before so nothing catches you off guard.

        Cheers,
        Marcus
        Host, The Secure Shift podcast
        """)
    return message([
        rcv("mail-pj1-f41.google.com", "2026-11-16 09:12", NY),
        ("From", addr("Marcus Lee", "marcus@secureshiftpod.com")),
        ("To", TO),
        ("Subject", "You're confirmed: The Secure Shift interview recording"),
        ("Date", date("2026-11-16 09:12", NY)),
        ("Message-ID", "<CAJx9+Hq2pW1bV6nT0rC8mZ4eY7kD3sA5fL0gU9iO2hN6wQ1tE@mail.gmail.com>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 27 executive MBA admission interview


@mail(n(27), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="Business-school admissions interview for a part-time Executive MBA (Friday, 9 October, 12:30 "
           "CEST, Zoom, 30 minutes): a confirmed 'interview', but for a study programme, not a job")
def n27() -> bytes:
    rich = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1b2a41">
        <p>Dear Ms Becker,</p>
        <p>Thank you for your application to the <b>Executive MBA in Digital Leadership (Part-time, Intake
        February 2027)</b> at the Alzette School of Management.</p>
        <p>We are pleased to confirm your <b>admissions interview</b>:</p>
        <p style="margin-left:24px">Friday, 9 October 2026<br>12:30 - 13:00 CEST (Luxembourg time)<br>
        Zoom - the link will be sent 24 hours in advance<br>
        Interviewer: Prof. Sophie Reuland, Academic Director</p>
        <p>The interview is an opportunity for us to learn more about your professional goals and for you to
        ask questions about the programme. No preparation is required.</p>
        <p>Kind regards,<br>Admissions Office<br>Alzette School of Management, Luxembourg-Kirchberg</p>
        </body></html>
        """)
    return message([
        rcv("mail.alzette-sm.lu", "2026-10-01 14:05", LUX),
        ("From", addr("Alzette School of Management - Admissions", "admissions@alzette-sm.lu")),
        ("To", TO),
        ("Subject", "Executive MBA - Admissions interview confirmed"),
        ("Date", date("2026-10-01 14:05", LUX)),
        ("Message-ID", "<20261001120500.4411.admissions@alzette-sm.lu>"),
    ], html(rich))


# --------------------------------------------------------------------------- 28 sports club try-out


@mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Volleyball club invites the user to a try-out training (Dienstag, 15.9., 19 Uhr): fixed time, "
           "not a job interview")
def n28() -> bytes:
    body = t("""
        Hallo Julia,

        ei klar, komm gerne mal vorbei! Unser Probetraining für die Damen 2 is am
        Dienstag, 15.9., um 19 Uhr in der Sporthalle am Ludwigspark. Bring Hallenschuhe
        und was zu trinken mit, Knieschoner hammer zur Not.

        Mir spielen Bezirksliga, also net ganz so ernst, aber mir trainiere schon
        zweimal die Woche. Wenn's dir gefällt, kannschde ab Oktober fest mitmache.

        Sportliche Grüße
        Steffi

        Stefanie Backes
        Abteilungsleitung Volleyball
        TV Malstatt 1881 e.V.
        """)
    return message([
        rcv("mout.gmx.net", "2026-09-09 21:40", BER),
        ("From", addr("Steffi Backes", "steffi.backes@gmx.example")),
        ("To", TO),
        ("Subject", "Re: Probetraining Volleyball"),
        ("Date", date("2026-09-09 21:40", BER)),
        ("Message-ID", "<trinity-5b1d2e8f-88c4-4f0e-9a21-7e3c6d0b4f95-1789069200411@3c-app-gmx-bs17>"),
        ("In-Reply-To", "<9e3b7c12-4d5a-4f60-8c2e-1a7b0d3f6e84@example.org>"),
    ], text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 29 car service


@mail(n(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Car dealership confirms a workshop appointment (Mittwoch, 07.10.2026, 07:30 Uhr): fixed time, "
           "not a job interview")
def n29() -> bytes:
    plain = t("""
        Sehr geehrte Frau Becker,

        vielen Dank für Ihre Online-Terminanfrage. Wir bestätigen Ihren Werkstatttermin:

        Termin:      Mittwoch, 07.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:    SB-JB 417
        Leistungen:  Inspektion nach Herstellervorgabe, Wechsel auf Winterreifen
                     (Einlagerung vorhanden)
        Ersatzmobilität: Leihwagen reserviert

        Voraussichtliche Fertigstellung: gleicher Tag, ca. 16:00 Uhr.

        Ihr Serviceberater: Herr Oliver Klein, Tel. 06897 / 7705-20

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Sulzbachtal GmbH
        """)
    rich = "<html><body><pre style=\"font-family:Arial\">" + plain.replace("&", "&amp;") + "</pre></body></html>\n"
    return message([
        rcv("mailout.autohaus-sulzbachtal.de", "2026-09-29 12:18", BER),
        ("From", addr("Autohaus Sulzbachtal Service", "service@autohaus-sulzbachtal.de")),
        ("To", TO),
        ("Subject", enc("Terminbestätigung Werkstatt - Mittwoch, 07.10.2026")),
        ("Date", date("2026-09-29 12:18", BER)),
        ("Message-ID", "<DMS.20260929101803.77120@autohaus-sulzbachtal.de>"),
    ], alt(text(plain, charset="windows-1252"), html(rich, charset="windows-1252")))


# --------------------------------------------------------------------------- 30 tax office appointment


@mail(n(30), family="tax_office_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Tax office's online booking confirms a service-centre appointment (Montag, 02.11.2026, 14:20 "
           "Uhr): fixed time, not a job interview")
def n30() -> bytes:
    plain = t("""
        Terminbestätigung

        Sehr geehrte Frau Becker,

        Ihr Termin im Servicezentrum wurde verbindlich gebucht.

        Datum:      Montag, 02.11.2026
        Uhrzeit:    14:20 Uhr
        Anliegen:   Einkommensteuer - Rückfragen zum Bescheid 2025
        Ort:        Finanzamt Saarbrücken-Mitte, Servicezentrum, Erdgeschoss, Schalter 3-6
        Vorgangsnummer: FA-SB-2026-118402

        Bitte bringen Sie einen gültigen Lichtbildausweis und Ihre Steuer-ID mit.
        Stornieren können Sie den Termin bis 24 Stunden vorher über den Link in
        Ihrer Buchung.

        Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
        """)
    return message([
        rcv("termine.fa-saar.example", "2026-10-22 08:47", BER),
        ("From", addr("Terminvergabe Finanzamt", "no-reply@termine.fa-saar.example")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung Servicezentrum – 02.11.2026, 14:20 Uhr")),
        ("Date", date("2026-10-22 08:47", BER)),
        ("Message-ID", "<termin.118402.1792651620@termine.fa-saar.example>"),
    ], text(plain, cte="base64"))


# --------------------------------------------------------------------------- 31 coach's mock interview via Calendly


@mail(n(31), family="coaching_mock_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Calendly confirmation for a paid mock interview with a career coach (Donnerstag, 22. Oktober "
           "2026, 18:00-19:30): same layout as a real Calendly booking, but practice, not a job interview")
def n31() -> bytes:
    plain = t("""
        Hallo Julia Becker,

        Ihr Termin ist gebucht.

        Ereignistyp:
        Mock-Interview "Vorstellungsgespräch Führungsrolle" (90 Min)

        Veranstalter:
        Petra Schuh - Karriere & Klarheit

        Datum/Uhrzeit des Ereignisses:
        18:00 - 19:30, Donnerstag, 22. Oktober 2026 (Mitteleuropäische Zeit)

        Ort:
        Zoom: https://us06web.zoom.us/j/81120334577

        Fragen:
        Für welche Stelle bereiten Sie sich vor?
        Security Lead / ISB, zweite Runde bei einer Versicherung

        Absage oder Neuplanung:
        https://calendly.com/cancellations/4e1d0a77-3b2c-4f18-a6e9-5c0d8b7f2a13

        Powered by Calendly.com
        """)
    return message([
        rcv("o3.calendly.com", "2026-10-14 22:03", BER),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Petra Schuh", "petra@karriere-klarheit.de")),
        ("To", TO),
        ("Subject", enc("Bestätigt: Mock-Interview \"Vorstellungsgespräch Führungsrolle\" mit Petra Schuh "
                        "am Donnerstag, 22. Oktober 2026")),
        ("Date", date("2026-10-14 22:03", BER)),
        ("Message-ID", "<20261014200311.4e1d0a773b2c@calendly.com>"),
    ], text(plain))


# --------------------------------------------------------------------------- 32 recruiter proposes times, not confirmed


@mail(n(32), family="interview_proposal", lang="de", interview=False, company="Merziger Medizintechnik AG",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Recruiter proposes 'Dienstag, 20.10. um 10 Uhr' or 'Mittwoch, 21.10. um 14 Uhr' and asks which "
           "works: nothing confirmed yet")
def n32() -> bytes:
    body = t("""
        Sehr geehrte Frau Becker,

        vielen Dank für Ihre Bewerbung als Product Security Engineer (m/w/d). Ihr Profil
        hat uns sehr angesprochen und wir würden Sie gern persönlich kennenlernen.

        Würde Ihnen Dienstag, 20.10. um 10 Uhr passen? Alternativ könnte ich Mittwoch,
        21.10. um 14 Uhr anbieten. Das Gespräch würde bei uns in Merzig stattfinden,
        auf Wunsch auch per Teams.

        Geben Sie mir einfach kurz Bescheid, welcher Termin Ihnen lieber ist - dann
        schicke ich Ihnen die Einladung.

        Mit freundlichen Grüßen
        Heike Weyand
        Personalreferentin
        Merziger Medizintechnik AG
        Tel. 06861 / 7934-112
        """)
    return message([
        rcv("mail.merziger-mt.de", "2026-10-13 09:26", BER),
        ("From", addr("Heike Weyand", "heike.weyand@merziger-mt.de")),
        ("To", TO),
        ("Subject", enc("Ihre Bewerbung – Terminvorschlag für ein Kennenlernen")),
        ("Date", date("2026-10-13 09:26", BER)),
        ("Message-ID", "<0a6e1b94c2d7413f8e25b9f0d3c71a46@merziger-mt.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 33 partner forwards his own interview confirmation


@mail(n(33), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"), ("Mon", "2026-11-09")),
      note="The user's partner forwards his own confirmed interview (Thursday, 12.11.2026, 10:00 Uhr, "
           "Mannheim) to ask her to pick up their son: a confirmed interview, but someone else's")
def n33() -> bytes:
    body = t("""
        Hi Schatz,

        siehe unten - die in Mannheim wollen mich tatsächlich sehen :) Kannst du am
        Donnerstag den Kleinen von der Kita holen? Ich bin frühestens um 16 Uhr zurück.

        Kuss, T.

        ---------- Forwarded message ---------
        Von: Neckarwerk Automation GmbH <jobs-noreply@neckarwerk-automation.de>
        Date: Mo., 9. Nov. 2026 um 11:20 Uhr
        Subject: Einladung zum Vorstellungsgespräch - Tobias Neumann
        To: Tobias Neumann <tobias.neumann@example.com>


        Sehr geehrter Herr Neumann,

        wir freuen uns, Ihnen Ihren Termin für ein Vorstellungsgespräch als
        Elektroingenieur Steuerungstechnik (m/w/d) zu bestätigen:

        Donnerstag, 12.11.2026, 10:00 Uhr
        Neckarwerk Automation GmbH, Industriestraße 28, 68169 Mannheim

        Ihr Gesprächspartner: Herr Michael Baumann, michael.baumann@neckarwerk-automation.de

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        """)
    return message([
        rcv("mail-lf1-f48.google.com", "2026-11-09 12:02", BER),
        ("From", addr("Tobias Neumann", "tobias.neumann@example.com")),
        ("To", TO),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch - Tobias Neumann")),
        ("Date", date("2026-11-09 12:02", BER)),
        ("Message-ID", "<CAM5tQ0k1rN8vX2pJ7cB4eW9yH3sD6fL0aG5uT2iK8oZ1mV7nP4@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 34 user is the interviewer at her current job


@mail(n(34), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Outlook invitation at the user's current employer: she is on the panel interviewing a "
           "candidate (Mittwoch, 30. September 2026 14:00-15:00) - an interview at a fixed time, but not "
           "hers as a candidate")
def n34() -> bytes:
    plain = t("""
        Wann: Mittwoch, 30. September 2026 14:00-15:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum Saar / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hallo Julia,

        danke, dass du beim Interview mit Herrn Ullrich (Junior Pentester) als
        Fachinterviewerin dabei bist. Lebenslauf und Bewertungsbogen liegen im
        Recruiting-Ordner auf SharePoint. Bitte den Bogen bis Freitag ausfüllen.

        Danke & Gruß
        Melanie

        Melanie Hein | People Team | Grenzland Consulting GmbH
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Melanie Hein:mailto:melanie.hein@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Becker:mailto:julia.becker@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marco Ullrich:mailto:marco.ullrich.bewerbung@example.com
        UID:040000008200E00074C5B7101A82E008000000005C19E0A7F24ADC01000000000000000010000000B9E2D7C13A5F4B08
        SUMMARY;LANGUAGE=de-DE:Interview Marco Ullrich - Junior Pentester (Panel: J. Becker\\, M. Hein)
        DTSTART;TZID=W. Europe Standard Time:20260930T140000
        DTEND;TZID=W. Europe Standard Time:20260930T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T094512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Saar / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("DB9P193MB1188.EURP193.PROD.OUTLOOK.COM", "2026-09-24 11:45", BER),
        ("From", addr("Melanie Hein", "melanie.hein@example.net")),
        ("To", addr("Julia Becker", "julia.becker@example.net")),
        ("Subject", "Interview Marco Ullrich - Junior Pentester (Panel: J. Becker, M. Hein)"),
        ("Date", date("2026-09-24 11:45", BER)),
        ("Message-ID", "<DB9P193MB11884F0A2C7E1D93B5A6E08C2D41F@DB9P193MB1188.EURP193.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "julia.becker@example.net julia.becker@example.org"),
        ("Content-Language", "de-DE"),
    ], alt(text(plain), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 35 Taleo rejection


@mail(n(35), family="rejection", lang="en", interview=False, company="Arden Meridian Group",
      note="Taleo rejection after interviews ('we have interviewed a number of candidates'): no time, "
           "not an interview confirmation")
def n35() -> bytes:
    plain = t("""
        Dear Julia Becker,

        Thank you for your interest in the position of Cyber Threat Intelligence Analyst
        (Requisition ID 2611903) with Arden Meridian Group, and for the time you invested
        in our interview process.

        We have interviewed a number of highly qualified candidates, and after careful
        consideration we have decided to move forward with another candidate whose
        experience more closely matches our current needs.

        We will keep your profile in our talent community and may contact you about
        future opportunities.

        Best regards,
        Arden Meridian Group Talent Acquisition

        This is an automated message from our Taleo system. Please do not reply.
        """)
    return message([
        rcv("smtp7.taleo.net", "2026-11-18 15:31", LON),
        ("From", addr("Arden Meridian Group", "noreply@taleo.net")),
        ("To", ME),
        ("Subject", "Your application for Cyber Threat Intelligence Analyst (2611903)"),
        ("Date", date("2026-11-18 15:31", LON)),
        ("Message-ID", "<1047719921.2611903.1795015860512.JavaMail.taleo@tee3.taleo.net>"),
    ], text(plain, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 36 offer (thread: Kernwerk, key 1)


@mail(n(36), family="offer", lang="de", interview=False, company="Kernwerk Sicherheit GmbH",
      days=(("Fri", "2026-10-09"), ("Tue", "2026-09-08")),
      note="Offer letter from Kernwerk (the company of the 8 Sep interview) with a reply deadline "
           "(Freitag, 9.10.2026) and an offer to phone: no interview time")
def n36() -> bytes:
    plain = t("""
        Liebe Frau Becker,

        nach unseren Gesprächen am 8.9. und mit Dr. Hessedenz in der letzten Woche freuen
        wir uns sehr, Ihnen die Position als Senior Security Consultant anbieten zu können.
        Das Vertragsangebot finden Sie im Anhang (PDF) bzw. in Ihrem Personio-Bewerberportal.

        Eckdaten:
          - Start: 1. Januar 2027 (oder nach Absprache)
          - Jahresgehalt: wie besprochen, zzgl. variabler Anteil
          - 30 Urlaubstage, 2 Tage mobiles Arbeiten pro Woche

        Wir würden uns freuen, wenn Sie uns bis Freitag, 9.10.2026 Bescheid geben. Wenn Sie
        noch Fragen haben, rufen Sie mich jederzeit an - gern auch, um Details zu besprechen.

        Herzliche Grüße
        Sabine Klein
        People & Culture
        Kernwerk Sicherheit GmbH
        Tel. 0681 / 8 30 41-12
        """)
    rich = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in plain.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rcv("smtp.kernwerk-sicherheit.de", "2026-10-01 16:45", BER),
        ("From", addr("Sabine Klein", "sabine.klein@kernwerk-sicherheit.de")),
        ("To", TO),
        ("Subject", enc("Ihr Vertragsangebot – Senior Security Consultant")),
        ("Date", date("2026-10-01 16:45", BER)),
        ("Message-ID", "<AS8P190MB1741D0C2E3F7A55B@AS8P190MB1741.EURP190.PROD.OUTLOOK.COM>"),
    ], alt(text(plain), html(rich)))


# --------------------------------------------------------------------------- 37 JOIN application receipt


@mail(n(37), family="application_receipt", lang="de", interview=False, company="Westrich Cloud Services GmbH",
      note="JOIN receipt: 'Deine Bewerbung ist eingegangen', mentions that the company will get in touch to "
           "arrange an interview: nothing fixed")
def n37() -> bytes:
    rich = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f6f7fb;margin:0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="560" style="background:#fff;border-radius:8px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1d1d1f">
        <tr><td style="padding:28px">
        <p style="font-size:20px;font-weight:700">Deine Bewerbung ist eingegangen 🎉</p>
        <p>Hallo Julia,</p>
        <p>vielen Dank für deine Bewerbung als <b>Cloud Security Engineer (m/w/d)</b> bei
        <b>Westrich Cloud Services GmbH</b> in Kaiserslautern.</p>
        <p>Das Team schaut sich deine Unterlagen in Ruhe an. Wenn dein Profil passt, meldet sich
        Westrich Cloud Services bei dir, um ein Kennenlernen oder Vorstellungsgespräch zu vereinbaren.
        Das dauert erfahrungsgemäß 1-2 Wochen.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#1f5cff;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Bewerbungsstatus ansehen</a></p>
        <p>Viel Erfolg!<br>Dein JOIN Team</p>
        </td></tr></table>
        <p style="font-family:Arial;font-size:11px;color:#999">JOIN Solutions AG · Zürich</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail.join.com", "2026-09-18 13:07", BER),
        ("From", addr("Westrich Cloud Services GmbH via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("Deine Bewerbung bei Westrich Cloud Services GmbH ist eingegangen")),
        ("Date", date("2026-09-18 13:07", BER)),
        ("Message-ID", "<0102019261b3a7c4-1e5f8d20-3c7a-4b91-8e06-d2f9a4c1b7e3-000000@eu-central-1.amazonses.com>"),
    ], html(rich, cte="base64"))


# --------------------------------------------------------------------------- 38 job alert


@mail(n(38), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert with several listings and 'Vorstellungsgespräch in 7 Tagen' badges: no "
           "appointment")
def n38() -> bytes:
    plain = t("""
        7 neue Jobs für "IT Security" in Saarbrücken (+ 50 km)

        IT-Security Consultant (m/w/d)
        Saarlouis Data Partners GmbH - Saarlouis
        Neu - Schnelle Bewerbung - Vorstellungsgespräch in 7 Tagen

        SOC Analyst 24/7 (w/m/d)
        Pfalznet Managed Services - Kaiserslautern
        Neu - Teilweise Homeoffice

        Informationssicherheitsbeauftragte:r
        Stadtwerke Homburg (Saar) - Homburg
        Vor 2 Tagen - Tarifvertrag TV-V

        Penetration Tester (m/w/d) - Remote
        Eisvogel Security - Remote (DE)
        Neu - Interviewtermine diese Woche verfügbar

        ... und 3 weitere Jobs

        Alle Jobs ansehen: https://www.saarjobs.example/suche?q=it+security&ort=saarbruecken

        Du erhältst diese E-Mail, weil du einen Job-Alarm angelegt hast.
        Job-Alarm bearbeiten oder abbestellen: https://www.saarjobs.example/alarm/9d1e
        """)
    rich = "<html><body style=\"font-family:Arial\"><pre>" + plain + "</pre></body></html>\n"
    return message([
        rcv("mailer.saarjobs.example", "2026-10-19 06:30", BER),
        ("From", addr("SaarJobs Job-Alarm", "alarm@saarjobs.example")),
        ("To", ME),
        ("Subject", enc("7 neue Jobs für \"IT Security\" – u. a. Vorstellungsgespräch in 7 Tagen")),
        ("Date", date("2026-10-19 06:30", BER)),
        ("Message-ID", "<alarm-9d1e-20261019043000@saarjobs.example>"),
        ("List-Unsubscribe", "<https://www.saarjobs.example/alarm/9d1e/abmelden>"),
        ("Precedence", "bulk"),
    ], alt(text(plain), html(rich)))


# --------------------------------------------------------------------------- 39 newsletter about interviews


@mail(n(39), family="newsletter", lang="de", interview=False, company=None,
      note="Career newsletter article on interview preparation, with an example sentence 'Ihr Gespräch "
           "ist am Dienstag um 10 Uhr': no real appointment")
def n39() -> bytes:
    rich = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:620px">
        <p style="font-size:12px;color:#888">Karrierebrief Security · Ausgabe 44/2026</p>
        <h1 style="font-size:24px">Das Vorstellungsgespräch für Security-Rollen: 7 Fragen, die CISOs wirklich stellen</h1>
        <p>Die Einladung ist da: „Ihr Gespräch ist am Dienstag um 10 Uhr.“ Was jetzt? Unsere Autorin hat mit
        zwölf Sicherheitsverantwortlichen gesprochen, worauf sie im Interview achten – vom
        Incident-Szenario bis zur Gehaltsfrage.</p>
        <ol>
        <li>„Erzählen Sie von Ihrem schlimmsten Incident.“</li>
        <li>„Wie erklären Sie dem Vorstand ein Risiko?“</li>
        <li>„Was würden Sie in den ersten 90 Tagen tun?“</li>
        </ol>
        <p><a href="https://karrierebrief.example/security/vorstellungsgespraech-fragen">Weiterlesen →</a></p>
        <hr>
        <p style="font-size:12px;color:#888">Sie erhalten den Karrierebrief, weil Sie ihn abonniert haben.
        <a href="https://karrierebrief.example/abmelden">Abmelden</a></p>
        </body></html>
        """)
    return message([
        rcv("news.karrierebrief.example", "2026-10-29 07:00", BER),
        ("From", addr("Karrierebrief Security", "redaktion@karrierebrief.example")),
        ("To", ME),
        ("Subject", enc("Vorstellungsgespräch: 7 Fragen, die CISOs wirklich stellen")),
        ("Date", date("2026-10-29 07:00", BER)),
        ("Message-ID", "<kb44-2026.8812@news.karrierebrief.example>"),
        ("List-Id", "Karrierebrief Security <security.karrierebrief.example>"),
        ("List-Unsubscribe", "<https://karrierebrief.example/abmelden>"),
        ("Precedence", "bulk"),
    ], html(rich))


# --------------------------------------------------------------------------- 40 pick-a-slot self-scheduling link


@mail(n(40), family="self_schedule_link", lang="en", interview=False, company="Corvane Labs",
      days=(("Mon", "2026-11-23"), ("Fri", "2026-11-27")),
      note="Greenhouse self-scheduling request: 'please pick a time' between Monday, Nov 23 and Friday, "
           "Nov 27 via a link; no time fixed yet")
def n40() -> bytes:
    plain = t("""
        Hi Julia,

        Thanks again for your time with our team! We'd love to move you forward to the
        final round for Senior AppSec Engineer (Remote, Europe).

        Please use the link below to pick a time that works for you. Available slots are
        between Monday, Nov 23 and Friday, Nov 27, and the interview will last 90 minutes.

        Select your interview time:
        https://app.greenhouse.io/scheduler/self_schedule/Z3JlZW5ob3VzZS1zY2hlZHVsZXI

        Once you've chosen a slot, you'll receive a calendar invitation with the video link.

        Best,
        Corvane Labs Recruiting
        """)
    return message([
        rcv("o1.email.greenhouse.io", "2026-11-17 17:02", BER),
        ("From", addr("Corvane Labs Recruiting", "no-reply@greenhouse.io")),
        ("To", ME),
        ("Subject", "Please select your interview time - Corvane Labs"),
        ("Date", date("2026-11-17 17:02", BER)),
        ("Message-ID", "<673a1d5e9b2c4_7f3e1c8a29d40@greenhouse-mailer-2f1.mail>"),
    ], alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- 41 recruiter outreach


@mail(n(41), family="recruiter_outreach", lang="en", interview=False, company="Pétrusse Pay S.A.",
      note="Cold outreach from a Luxembourg fintech ('happy to set up a quick call, let me know what "
           "works'): no time fixed")
def n41() -> bytes:
    body = t("""
        Hi Julia,

        I came across your talk on cloud incident response at BSides and thought you
        might be a great fit for our Head of Security Operations role here in Luxembourg
        (hybrid, 2 days in Gasperich, rest remote - Saarbrücken is an easy commute).

        We're a 120-person payments company, PSD2-licensed, and building our SOC from
        scratch next year. Would you be open to an informal chat? Happy to set up a
        quick call next week - just let me know what works for you.

        Best regards,
        Laura Schmit
        Senior Talent Partner | Pétrusse Pay S.A.
        +352 27 84 19 02
        """)
    return message([
        rcv("mail-ot1-f51.google.com", "2026-09-25 10:48", LUX),
        ("From", addr("Laura Schmit", "laura.schmit@petrussepay.lu")),
        ("To", TO),
        ("Subject", "Head of Security Operations - Luxembourg (hybrid)"),
        ("Date", date("2026-09-25 10:48", LUX)),
        ("Message-ID", "<CAN1rXf7bQ3dM9pE5kT2vY8wH0sZ4cL6gJ1aU7iN3oF2mR9tK5@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 42 doctor appointment


@mail(n(42), family="doctor_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Doctor's booking platform confirms a GP appointment (Do., 17. Sept. 2026 um 08:15): fixed time, "
           "not a job interview")
def n42() -> bytes:
    plain = t("""
        Ihr Termin ist bestätigt

        Do., 17. Sept. 2026 um 08:15

        Dr. med. Annette Gräf
        Fachärztin für Allgemeinmedizin
        Bahnhofstraße 71, 66111 Saarbrücken

        Grund des Termins: Check-up 35

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht
        wahrnehmen können, sagen Sie ihn bitte spätestens 24 Stunden vorher ab.

        Termin verwalten: https://www.doctolib.de/account/appointments
        """)
    rich = t("""
        <html><body style="font-family:Arial,sans-serif;color:#107aca">
        <h2>Ihr Termin ist bestätigt</h2>
        <p style="color:#000"><b>Do., 17. Sept. 2026 um 08:15</b></p>
        <p style="color:#000">Dr. med. Annette Gräf<br>Fachärztin für Allgemeinmedizin<br>Bahnhofstraße 71, 66111 Saarbrücken</p>
        <p style="color:#000">Grund des Termins: Check-up 35</p>
        <p style="color:#000">Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen
        können, sagen Sie ihn bitte spätestens 24 Stunden vorher ab.</p>
        <p><a href="https://www.doctolib.de/account/appointments">Termin verwalten</a></p>
        </body></html>
        """)
    return message([
        rcv("mail.doctolib.de", "2026-09-08 19:31", BER),
        ("From", addr("Doctolib", "no-reply@doctolib.de")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Dr. med. Annette Gräf am Do., 17. Sept. um 08:15")),
        ("Date", date("2026-09-08 19:31", BER)),
        ("Message-ID", "<doctolib-appt-5519273301.1789061460@doctolib.de>"),
    ], alt(text(plain), html(rich)))


# --------------------------------------------------------------------------- 43 flat viewing in Mannheim


@mail(n(43), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-31"),),
      note="Estate agent confirms a flat viewing in Mannheim (Samstag, 31.10.2026, 11:00 Uhr): fixed time, "
           "not a job interview")
def n43() -> bytes:
    body = t("""
        Sehr geehrte Frau Becker,

        gerne bestätige ich Ihnen den Besichtigungstermin für die 3-Zimmer-Wohnung in der
        Lange Rötterstraße (Mannheim-Neckarstadt-Ost, 2. OG, 78 m², Kaltmiete 1.090 EUR):

            Samstag, 31.10.2026, 11:00 Uhr, Treffpunkt vor dem Haus

        Bitte bringen Sie die üblichen Unterlagen mit (Selbstauskunft,
        Einkommensnachweise der letzten drei Monate, SCHUFA-Auskunft). Wie Sie
        geschrieben haben, steht Ihr Arbeitsvertrag noch aus - eine Bestätigung des
        künftigen Arbeitgebers reicht uns dann auch.

        Mit freundlichen Grüßen
        Ralf Dörr
        Rheinblick Immobilien GmbH
        """)
    return message([
        rcv("mail.rheinblick-immobilien.de", "2026-10-26 14:50", BER),
        ("From", addr("Ralf Dörr", "r.doerr@rheinblick-immobilien.de", "iso-8859-1")),
        ("To", TO),
        ("Subject", enc("Besichtigung Lange Rötterstraße - Sa. 31.10., 11 Uhr", "iso-8859-1")),
        ("Date", date("2026-10-26 14:50", BER)),
        ("Message-ID", "<000701dc4a7e$3f2e1d00$bd8a5700$@rheinblick-immobilien.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------------------- 44 parent-teacher meeting


@mail(n(44), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="School portal confirms a parent-teacher slot (Mittwoch, 11.11.2026, 16:40-16:50 Uhr): fixed "
           "time, not a job interview")
def n44() -> bytes:
    plain = t("""
        Elternsprechtag - Terminbestätigung

        Liebe Frau Becker,

        für den Elternsprechtag der Grundschule Rastpfuhl wurde folgender Termin für Sie
        gebucht:

          Kind:       Emil Neumann (Klasse 3b)
          Lehrkraft:  Frau Scholl (Klassenlehrerin)
          Termin:     Mittwoch, 11.11.2026, 16:40 - 16:50 Uhr
          Raum:       Klassenraum 3b, 1. OG

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet.

        Ihr Schulmanager
        (Diese Nachricht wurde automatisch versendet.)
        """)
    return message([
        rcv("mx.schulmanager-online.example", "2026-11-03 18:12", BER),
        ("From", addr("Schulmanager Online", "noreply@schulmanager-online.example")),
        ("To", ME),
        ("Subject", enc("Elternsprechtag: Ihr Termin bei Frau Scholl")),
        ("Date", date("2026-11-03 18:12", BER)),
        ("Message-ID", "<sm-est-3b-77213@schulmanager-online.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(plain, cte="8bit"))


# --------------------------------------------------------------------------- 45 team event at the current job


@mail(n(45), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Outlook invitation at the user's current employer for a sprint review and year-end get-together "
           "(Freitag, 11. Dezember 2026 15:00-18:00): internal meeting, not a job interview")
def n45() -> bytes:
    plain = t("""
        Wann: Freitag, 11. Dezember 2026 15:00-18:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Büro Saarbrücken, Dachterrasse / Lounge

        *~*~*~*~*~*~*~*~*~*

        Hallo zusammen,

        letzte Sprint Review des Jahres (15-16 Uhr), danach Glühwein & Flammkuchen mit
        dem ganzen Team Offensive Security. Remote-Kolleg:innen: Teams-Link unten, für
        die Review.

        Gruß
        Sven

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWY3>
        Besprechungs-ID: 380 114 925 663  Passcode: 9hTq3m
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sven Ludwig:mailto:sven.ludwig@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Offensive Security:mailto:team-offsec@example.net
        UID:040000008200E00074C5B7101A82E00800000000E41A9C0D7B6FDC01000000000000000010000000D2C7E19A4B3F5066
        SUMMARY;LANGUAGE=de-DE:Sprint Review & Jahresabschluss Team OffSec
        DTSTART;TZID=W. Europe Standard Time:20261211T150000
        DTEND;TZID=W. Europe Standard Time:20261211T180000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261201T083012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Büro Saarbrücken\\, Dachterrasse / Lounge
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("DB9P193MB1190.EURP193.PROD.OUTLOOK.COM", "2026-12-01 09:30", BER),
        ("From", addr("Sven Ludwig", "sven.ludwig@example.net")),
        ("To", addr("Team Offensive Security", "team-offsec@example.net")),
        ("Subject", "Sprint Review & Jahresabschluss Team OffSec"),
        ("Date", date("2026-12-01 09:30", BER)),
        ("Message-ID", "<DB9P193MB1190A3E2F4C17B06D59E81F3C2A07@DB9P193MB1190.EURP193.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("Content-Language", "de-DE"),
    ], alt(text(plain), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 46 mailing-list meetup about interviewing


@mail(n(46), family="mailing_list_meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Chapter mailing-list announcement of a meetup panel on 'interviewing for security roles' "
           "(Thursday, 19 November 2026, 18:30 CET): a fixed time, but an event, not a job interview")
def n46() -> bytes:
    body = t("""
        Hi all,

        Our next chapter meetup is on Thursday, 19 November 2026, 18:30 CET at the
        Starterzentrum on campus (building A1 1) and on Jitsi.

        Topic: "Interviewing for security roles - what hiring managers actually look for"
        Panel: three hiring managers from Saarland and Luxembourg companies, followed by
        mock technical interview questions from the audience.

        Pizza from 18:00. Please RSVP on the wiki so we can order enough.

        Cheers,
        Kai (chapter lead)

        _______________________________________________
        owasp-saar mailing list
        owasp-saar@lists.owasp-saar.example
        https://lists.owasp-saar.example/mailman/listinfo/owasp-saar
        """)
    return message([
        rcv("lists.owasp-saar.example", "2026-11-10 20:15", BER),
        ("From", addr("Kai Wendel via owasp-saar", "owasp-saar@lists.owasp-saar.example")),
        ("Reply-To", "owasp-saar@lists.owasp-saar.example"),
        ("To", "owasp-saar@lists.owasp-saar.example"),
        ("Subject", "[owasp-saar] Meetup #42, Thu 19 Nov: Interviewing for security roles"),
        ("Date", date("2026-11-10 20:15", BER)),
        ("Message-ID", "<b7e0a2c4-9f13-4d6e-8a51-3c2f7e9d1b08@wendel.example>"),
        ("List-Id", "OWASP Saarland chapter <owasp-saar.lists.owasp-saar.example>"),
        ("List-Unsubscribe", "<https://lists.owasp-saar.example/mailman/options/owasp-saar>,"
                             " <mailto:owasp-saar-request@lists.owasp-saar.example?subject=unsubscribe>"),
        ("List-Post", "<mailto:owasp-saar@lists.owasp-saar.example>"),
        ("Precedence", "list"),
        ("X-Mailman-Version", "2.1.39"),
    ], text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 47 out-of-office auto-reply (thread: Barbarossa, key 17)


@mail(n(47), family="auto_reply", lang="de", interview=False, company="Barbarossa Cyber GmbH",
      days=(("Fri", "2026-10-02"),),
      note="Out-of-office reply from the Barbarossa recruiter to the candidate's answer about the moved "
           "interview (subject quotes 'Terminänderung'); only an absence until 2.10.; company = the "
           "recruiter's employer")
def n47() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 2.10.2026 nicht im Büro und habe keinen Zugriff
        auf meine E-Mails. Bereits vereinbarte Vorstellungsgespräche finden wie geplant
        statt. In dringenden Fällen wenden Sie sich bitte an recruiting@barbarossa-cyber.de.

        Thank you for your message. I am out of the office until Friday, 2 October 2026.

        Carina Lutz
        Barbarossa Cyber GmbH
        """)
    return message([
        rcv("mail.barbarossa-cyber.de", "2026-09-28 19:41", BER),
        ("From", addr("Carina Lutz", "carina.lutz@barbarossa-cyber.de")),
        ("To", TO),
        ("Subject", enc("Automatische Antwort: Re: Terminänderung: Ihr Interview bei Barbarossa Cyber GmbH")),
        ("Date", date("2026-09-28 19:41", BER)),
        ("Message-ID", "<e2b8c41f9a7d4e06b3f15c2d8a09e7f1@barbarossa-cyber.de>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<f4a1c9e2-3b7d-4e58-9c06-2d8e1f7b3a59@example.org>"),
    ], text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 48 bounce of the candidate's own confirmation (thread: Saarfels, key 19)


@mail(n(48), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Mailer-daemon bounce of the candidate's own reply ('Mittwoch, 2.12., 15 Uhr passt mir') to a "
           "misspelt Saarfels address: the returned mail mentions a time, but a bounce confirms nothing")
def n48() -> bytes:
    returned = message([
        ("From", TO),
        ("To", addr("Thomas Feld", "thomas.feld@saarfels-consultng.de")),
        ("Subject", "Re: Fachinterview"),
        ("Date", date("2026-11-26 17:20", BER)),
        ("Message-ID", "<a3e9f1c7-5b20-4d8e-bf61-7c0d2e94a5f3@example.org>"),
    ], text(t("""
        Hallo Thomas,

        danke für den Anruf - Mittwoch, 2.12., 15 Uhr passt mir gut. Bis dann!

        Viele Grüße
        Julia
        """), cte="8bit"))
    explanation = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <thomas.feld@saarfels-consultng.de>: Host or domain name not found. Name service
            error for name=saarfels-consultng.de type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4dQv7K1x2Hz9kT
        Arrival-Date: Thu, 26 Nov 2026 17:20:04 +0100

        Final-Recipient: rfc822; thomas.feld@saarfels-consultng.de
        Original-Recipient: rfc822;thomas.feld@saarfels-consultng.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=saarfels-consultng.de type=MX: Host not found, try again
        """)
    report = multipart(
        "report",
        Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
             explanation.replace("\n", "\r\n").encode("ascii")),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], returned),
        params="report-type=delivery-status",
    )
    return message([
        rcv("mail.example.org", "2026-11-26 17:21", BER),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-26 17:21", BER)),
        ("Message-ID", "<20261126162105.4dQv7K1x2Hz9kT@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


# --------------------------------------------------------------------------- 49 bank advisor meeting with ICS


@mail(n(49), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Bank confirms a mortgage advice meeting with an ICS (Mo., 14.12.2026 um 17:00 Uhr): fixed time "
           "and a calendar part, but not a job interview")
def n49() -> bytes:
    plain = t("""
        Sehr geehrte Frau Becker,

        vielen Dank für Ihre Terminanfrage. Gern bestätige ich Ihnen unser
        Beratungsgespräch zur Baufinanzierung:

            Mo., 14.12.2026 um 17:00 Uhr
            Filiale St. Johann, Kaiserstraße 4, 66111 Saarbrücken
            Dauer: ca. 90 Minuten

        Eine Terminübersicht zum Speichern in Ihrem Kalender finden Sie im Anhang.
        Bitte denken Sie an die Gehaltsnachweise und - falls schon vorhanden - den neuen
        Arbeitsvertrag.

        Mit freundlichen Grüßen
        Andrea Zimmer
        Immobilienfinanzierung
        Saar-Mosel Bank eG
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Saar-Mosel Bank eG//Terminservice//DE
        METHOD:PUBLISH
        """) + VTZ[BER] + "\n" + t("""
        BEGIN:VEVENT
        UID:smb-termin-20261214-1700-88412@saar-mosel-bank.example
        DTSTAMP:20261207T101500Z
        DTSTART;TZID=Europe/Berlin:20261214T170000
        DTEND;TZID=Europe/Berlin:20261214T183000
        SUMMARY:Beratungsgespräch Baufinanzierung - Saar-Mosel Bank
        LOCATION:Filiale St. Johann\\, Kaiserstraße 4\\, 66111 Saarbrücken
        ORGANIZER;CN=Andrea Zimmer:mailto:andrea.zimmer@saar-mosel-bank.example
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mx.saar-mosel-bank.example", "2026-12-07 11:15", BER),
        ("From", addr("Andrea Zimmer", "andrea.zimmer@saar-mosel-bank.example")),
        ("To", TO),
        ("Subject", enc("Terminbestätigung Beratungsgespräch – 14.12.2026, 17:00 Uhr")),
        ("Date", date("2026-12-07 11:15", BER)),
        ("Message-ID", "<SMB.Termin.88412.20261207@saar-mosel-bank.example>"),
    ], mixed(text(plain, charset="iso-8859-15"),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Termin.ics",
                      disposition="attachment")))


# --------------------------------------------------------------------------- 50 paid user-research session


@mail(n(50), family="user_research", lang="en", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Paid user-research study ('60-minute user interview', Tuesday, December 8, 2026 at 3:00 PM CET, "
           "EUR 75 incentive): a confirmed 'interview' session, but research, not a job interview")
def n50() -> bytes:
    plain = t("""
        Hi Julia,

        Thanks for signing up! Your session is confirmed.

        Study:     Password managers in small security teams
        Format:    60-minute user interview (remote, screen sharing optional)
        When:      Tuesday, December 8, 2026 at 3:00 PM CET
        Where:     Zoom - link below
        Incentive: EUR 75 gift card, sent within 5 business days after the session

        https://keystroke-research.zoom.us/j/88020117345

        There are no right or wrong answers - we just want to learn how you work.
        Need to reschedule? Use the link in your participant portal.

        The Keystroke Research team
        """)
    return message([
        rcv("mail.keystroke-research.example", "2026-12-01 16:40", BER),
        ("From", addr("Keystroke Research", "studies@keystroke-research.example")),
        ("To", ME),
        ("Subject", "Confirmed: your user interview on Tuesday, December 8"),
        ("Date", date("2026-12-01 16:40", BER)),
        ("Message-ID", "<kr-study-417-p2291@keystroke-research.example>"),
    ], alt(text(plain, charset="us-ascii", cte="7bit"), html(gmail_html(plain))))
