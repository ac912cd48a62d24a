"""blind121: 50 hand-written mails from the inbox of Lukas Gruber, a railway signalling engineer in
Vienna (September to December 2026). Built by ``make_blind.py blind121``; see blind121/README.md.

Written blind: without reading the detector, its tests, or the other held-out mails.
Keys 1-23 are the positives, 24-50 the negatives; file numbers are a fixed shuffle of the keys.
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
)

SET = "blind121"
ORDER = random.Random(1210121).sample(range(1, 51), 50)
ME = "lukas.gruber@example.org"
ME_FULL = "Lukas Gruber <lukas.gruber@example.org>"
VIE = "Europe/Vienna"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def mx(frm: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    """Received: header of the candidate's own mail server."""
    return received(frm, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


VTZ_VIENNA = """BEGIN:VTIMEZONE
TZID:Europe/Vienna
X-LIC-LOCATION:Europe/Vienna
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

VTZ_ZURICH = VTZ_VIENNA.replace("Europe/Vienna", "Europe/Zurich")

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen
Besprechungs-ID: 318 447 902 615
Passcode: q7Xk3N
Teams herunterladen | Im Web beitreten
Weitere Informationen | Besprechungsoptionen
________________________________________________________________________________"""


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="de", interview=True, kind="scheduled",
      start="2026-09-15T12:00:00Z", end="2026-09-15T13:00:00Z",
      contact="sabine.koehler@ampelwerk-signal.de", company="Ampelwerk Signaltechnik GmbH",
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone="Europe/Berlin",
      note="Greenhouse confirmation in German, Munich office: 'Dienstag, 15. September 2026, 14:00 - 15:00 Uhr "
           "(MESZ)' = CEST +02:00 -> 12:00Z-13:00Z; From is the Greenhouse no-reply relay, contact = the "
           "recruiter's Reply-To.")
def b1() -> bytes:
    body = t("""
        Hallo Lukas,

        vielen Dank für Ihre Zeit am Telefon. Hiermit bestätigen wir Ihr Interview für die Position
        Senior Engineer Stellwerkstechnik (m/w/d) bei Ampelwerk Signaltechnik.

        Termin:   Dienstag, 15. September 2026, 14:00 - 15:00 Uhr (MESZ)
        Ort:      Ampelwerk Signaltechnik GmbH, Landsberger Straße 212, 80687 München
                  Empfang 3. OG – bitte melden Sie sich bei Frau Köhler
        Gespräch mit:
                  Dr. Robert Aschenbrenner, Leiter Engineering
                  Sabine Köhler, Talent Acquisition

        Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Wir freuen uns auf Sie!

        Viele Grüße
        Sabine Köhler
        Ampelwerk Signaltechnik GmbH

        Powered by Greenhouse
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hallo Lukas,</p>
        <p>vielen Dank für Ihre Zeit am Telefon. Hiermit bestätigen wir Ihr Interview für die Position
        <b>Senior Engineer Stellwerkstechnik (m/w/d)</b> bei Ampelwerk Signaltechnik.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#777">Termin</td><td>Dienstag, 15. September 2026, 14:00 - 15:00 Uhr (MESZ)</td></tr>
        <tr><td style="color:#777">Ort</td><td>Ampelwerk Signaltechnik GmbH, Landsberger Straße 212, 80687 München<br>
        Empfang 3. OG &ndash; bitte melden Sie sich bei Frau Köhler</td></tr>
        <tr><td style="color:#777">Gespräch mit</td><td>Dr. Robert Aschenbrenner, Leiter Engineering<br>
        Sabine Köhler, Talent Acquisition</td></tr>
        </table>
        <p>Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf Sie!</p>
        <p>Viele Grüße<br>Sabine Köhler<br>Ampelwerk Signaltechnik GmbH</p>
        <p style="font-size:11px;color:#aaa">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        <img src="https://us.greenhouse-mail.io/o/8f3a1c2e77b04b6d.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        ("Received", mx("from mail-0c.us.greenhouse-mail.io (mail-0c.us.greenhouse-mail.io [198.2.180.14])",
                        "2026-09-08 11:14:07", "Europe/Berlin", "4QmZ1c0Rr8z9fTb")),
        ("From", addr("Ampelwerk Signaltechnik GmbH", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sabine Köhler", "sabine.koehler@ampelwerk-signal.de")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Interviewbestätigung: Senior Engineer Stellwerkstechnik (m/w/d) – Ampelwerk")),
        ("Date", date("2026-09-08 11:14:07", "Europe/Berlin")),
        ("Message-ID", "<0100019a3c1f2e8d-7c1b8d2a-5f0e-4d8b-9a63-b1e0d3f4a921-000000@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


@mail(n(2), family="personio", lang="de-AT", interview=True, kind="scheduled",
      start="2026-09-24T08:00:00Z", end=None,
      contact="k.pichler@murtal-sicherung.at", company="Murtal Sicherungstechnik GmbH",
      local="Thu 2026-09-24 10:00", zone=VIE,
      note="Personio invitation, Graz: 'Donnerstag, den 24. September 2026 um 10:00 Uhr' in Austria = CEST "
           "-> 08:00Z; the ICS (TZID Europe/Vienna) agrees; 'ca. 90 Minuten' is approximate so no end; "
           "contact = the human Reply-To.")
def b2() -> bytes:
    body = t("""
        Sehr geehrter Herr Gruber,

        vielen Dank für Ihre Bewerbung als Projektingenieur Eisenbahnsicherungstechnik und Ihr Interesse
        an der Murtal Sicherungstechnik GmbH.

        Gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch ein:

        am Donnerstag, den 24. September 2026 um 10:00 Uhr
        Murtal Sicherungstechnik GmbH, Conrad-von-Hötzendorf-Straße 88, 8010 Graz, 2. Stock

        Sie sprechen mit Ing. Herbert Url (Abteilungsleiter Stellwerke) und mir. Planen Sie bitte
        ca. 90 Minuten ein. Parkplätze finden Sie im Innenhof (Einfahrt über die Fröhlichgasse).

        Eine Kalendereinladung finden Sie im Anhang. Sollte der Termin nicht passen, antworten Sie
        bitte direkt auf diese Nachricht.

        Mit freundlichen Grüßen

        Katharina Pichler
        Human Resources
        Murtal Sicherungstechnik GmbH
        T +43 316 482 190-14

        Diese Nachricht wurde über Personio versendet.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_VIENNA}
BEGIN:VEVENT
UID:personio-interview-5561902-77314@personio.de
DTSTAMP:20260916T070312Z
DTSTART;TZID=Europe/Vienna:20260924T100000
SEQUENCE:0
SUMMARY:Vorstellungsgespräch Lukas Gruber – Projektingenieur Eisenbahnsicherungstechnik
LOCATION:Murtal Sicherungstechnik GmbH\\, Conrad-von-Hötzendorf-Straße 88\\, 8010 Graz
ORGANIZER;CN=Katharina Pichler:mailto:k.pichler@murtal-sicherung.at
ATTENDEE;CN=Lukas Gruber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.gruber@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mta-eu-3.personio.de (mta-eu-3.personio.de [185.12.64.203])",
                        "2026-09-16 09:03:12", VIE, "4QmZ7d3Hkz1Gv2")),
        ("From", addr("Murtal Sicherungstechnik GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Katharina Pichler", "k.pichler@murtal-sicherung.at")),
        ("To", ME),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Projektingenieur Eisenbahnsicherungstechnik")),
        ("Date", date("2026-09-16 09:03:12", VIE)),
        ("Message-ID", "<5561902.77314.1789542192@mta-eu-3.personio.de>"),
    ], mixed(text(body, cte="8bit"),
             calendar(ics, cte="base64", ctype="application/ics", filename="einladung.ics",
                      disposition="attachment", method=None)))


@mail(n(3), family="human_prose", lang="de-AT", interview=True, kind="scheduled",
      start="2026-09-30T07:30:00Z", end=None,
      contact="florian@weichenwerk.at", company="Weichenwerk",
      local="Wed 2026-09-30 09:30", zone=VIE,
      note="Phone-written du reply from the founder: 'Mittwoch um halb zehn' = 09:30 (not 10:30), resolved "
           "against the Date (Mon 28 Sep, Vienna) -> Wed 30 Sep 09:30 CEST -> 07:30Z; 'so ca. eine Stunde' "
           "is approximate, no end.")
def b3() -> bytes:
    body = t("""
        Servus Lukas,

        passt perfekt, dann Mittwoch um halb zehn bei uns im Büro (Ottakringer Str. 54, 2. Hof, Tür 7 –
        einfach bei "Weichenwerk" läuten, die Klingel is a bissl versteckt).
        Bring nix Besonderes mit, wir plaudern einfach über dein Stellwerksprojekt und ich zeig dir
        unseren Prototyp. Dauert so ca. eine Stunde.

        Bis dann!
        Flo

        Von meinem iPhone gesendet

        > Am 28.09.2026 um 16:02 schrieb Lukas Gruber <lukas.gruber@example.org>:
        >
        > Hallo Florian,
        >
        > danke für den netten Anruf heute! Mittwoch Vormittag würde mir gut passen, ab 9 Uhr bin ich
        > flexibel.
        >
        > Liebe Grüße
        > Lukas
        """)
    return message([
        ("Received", mx("from mail-wm1-f49.google.com (mail-wm1-f49.google.com [209.85.128.49])",
                        "2026-09-28 17:48:31", VIE, "4QnB2s5Ltz8Kp1")),
        ("From", addr("Florian Hainisch", "florian@weichenwerk.at")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Re: Kennenlernen Weichenwerk"),
        ("Date", date("2026-09-28 17:48:31", VIE)),
        ("Message-ID", "<A4F1C0B2-77E3-4D51-9C3A-2B8E0F61D7A9@weichenwerk.at>"),
        ("In-Reply-To", "<CAH3x9q+Yw0fR2@mail.example.org>"),
        ("References", "<CAH3x9q+Yw0fR2@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(n(4), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
      contact="matthias.obermaier@isartal-zugsicherung.de", company="Isartal Zugsicherung GmbH",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Berlin",
      note="Exchange meeting request from Munich; the body has no time at all (only the Teams block), the time "
           "is only in the ICS: DTSTART;TZID=W. Europe Standard Time:20261026T100000. Sent Thu 22 Oct in CEST, "
           "but Europe falls back to CET on Sun 25 Oct, so Mon 26 Oct 10:00 is +01:00 -> 09:00Z-10:00Z.")
def b4() -> bytes:
    body = t("""
        Hallo Herr Gruber,

        wie heute am Telefon besprochen, anbei die Einladung für unser Fachgespräch per Teams. Mit dabei
        ist unsere Teamleiterin ETCS-Streckenausrüstung, Frau Dr. Lindner.

        Viele Grüße
        Matthias Obermaier

        """) + TEAMS_DE + "\n"
    page = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Exchange Server"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hallo Herr Gruber,</p>
        <p>wie heute am Telefon besprochen, anbei die Einladung für unser Fachgespräch per Teams. Mit dabei
        ist unsere Teamleiterin ETCS-Streckenausrüstung, Frau Dr. Lindner.</p>
        <p>Viele Grüße<br>Matthias Obermaier</p>
        <div style="width:100%">{TEAMS_DE.replace(chr(10), '<br>')}</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Obermaier Matthias:mailto:matthias.obermaier@isartal-zugsicherung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Gruber:mailto:lukas.gruber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lindner Carolin:mailto:carolin.lindner@isartal-zugsicherung.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Gruber\\,\\n\\nwie heute am Telefon besprochen\\, anbei die Einladung für unser Fachgespräch per Teams.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C6E1A52A62DD01000000000000000010000000F2D6B8C4A0E5F5489E2F0D3F9A1B7C44
SUMMARY;LANGUAGE=de-DE:Fachgespräch Lukas Gruber / Isartal Zugsicherung
DTSTART;TZID=W. Europe Standard Time:20261026T100000
DTEND;TZID=W. Europe Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T120512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1402933126
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
END:VCALENDAR"""
    return message([
        ("Received", mx("from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2110.outbound.protection.outlook.com [40.107.105.110])",
                        "2026-10-22 14:05:12", "Europe/Berlin", "4R2c8Wm1yz3Tq0")),
        ("From", addr("Obermaier Matthias", "matthias.obermaier@isartal-zugsicherung.de")),
        ("To", addr("Lukas Gruber", ME)),
        ("CC", addr("Lindner Carolin", "carolin.lindner@isartal-zugsicherung.de")),
        ("Subject", enc("Fachgespräch Lukas Gruber / Isartal Zugsicherung")),
        ("Thread-Topic", enc("Fachgespräch Lukas Gruber / Isartal Zugsicherung")),
        ("Thread-Index", "AdtCl8b0yYg3c3kFQf6x5w8+2Lq1Vw=="),
        ("Date", "Thu, 22 Oct 2026 12:05:12 +0000"),
        ("Message-ID", "<AM7PR03MB66254F0C2B1A9E8D3C7F5B21C8A42@AM7PR03MB6625.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(5), family="workday", lang="de-CH", interview=True, kind="scheduled",
      start="2026-10-28T13:00:00Z", end="2026-10-28T14:00:00Z",
      contact="nadja.keller@alpstein-bahnsysteme.ch", company="Alpstein Bahnsysteme AG",
      local="Wed 2026-10-28 14:00", local_end="2026-10-28 15:00", zone="Europe/Zurich",
      note="Workday candidate-home notification, Swiss German register ('Grüezi', ss for ß, '14.00 Uhr'). "
           "Mittwoch, 28. Oktober 2026, 14.00 - 15.00 Uhr in Zurich: after the 25 Oct fall-back, CET +01:00 "
           "-> 13:00Z-14:00Z (the mail was sent in CEST); ICS agrees. Contact = recruiter address in the body.")
def b5() -> bytes:
    body = t("""
        Grüezi Herr Gruber

        Gerne bestätigen wir Ihnen den Termin für das Interview zur Stelle «Systemingenieur
        Zugbeeinflussung (80-100 %)», Job-ID R-0047112.

        Datum:      Mittwoch, 28. Oktober 2026
        Zeit:       14.00 - 15.00 Uhr (Schweizer Zeit)
        Format:     Videointerview via Microsoft Teams (den Link erhalten Sie separat)
        Teilnehmende: Urs Stäheli (Leiter Systemtechnik), Nadja Keller (Recruiting)

        Bitte prüfen Sie die Details auch in Ihrem Kandidatenkonto. Bei Fragen erreichen Sie Nadja Keller
        unter nadja.keller@alpstein-bahnsysteme.ch oder +41 71 228 40 16.

        Freundliche Grüsse
        Ihr Recruiting-Team der Alpstein Bahnsysteme AG

        Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <div style="background:#005a8c;color:#fff;padding:10px 14px;font-size:16px">Alpstein Bahnsysteme AG</div>
        <div style="padding:14px">
        <p>Grüezi Herr Gruber</p>
        <p>Gerne bestätigen wir Ihnen den Termin für das Interview zur Stelle «Systemingenieur
        Zugbeeinflussung (80-100&nbsp;%)», Job-ID R-0047112.</p>
        <table>
        <tr><td><b>Datum:</b></td><td>Mittwoch, 28. Oktober 2026</td></tr>
        <tr><td><b>Zeit:</b></td><td>14.00 - 15.00 Uhr (Schweizer Zeit)</td></tr>
        <tr><td><b>Format:</b></td><td>Videointerview via Microsoft Teams (den Link erhalten Sie separat)</td></tr>
        <tr><td><b>Teilnehmende:</b></td><td>Urs Stäheli (Leiter Systemtechnik), Nadja Keller (Recruiting)</td></tr>
        </table>
        <p>Bitte prüfen Sie die Details auch in Ihrem <a href="https://wd3.myworkdaysite.com/recruiting/alpstein/External">Kandidatenkonto</a>.
        Bei Fragen erreichen Sie Nadja Keller unter nadja.keller@alpstein-bahnsysteme.ch oder +41 71 228 40 16.</p>
        <p>Freundliche Grüsse<br>Ihr Recruiting-Team der Alpstein Bahnsysteme AG</p>
        <p style="color:#888;font-size:11px">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:PUBLISH
{VTZ_ZURICH}
BEGIN:VEVENT
UID:R-0047112-INT-2-9c41a7@myworkday.com
DTSTAMP:20261022T071544Z
DTSTART;TZID=Europe/Zurich:20261028T140000
DTEND;TZID=Europe/Zurich:20261028T150000
SUMMARY:Interview Alpstein Bahnsysteme AG - Systemingenieur Zugbeeinflussung
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from wd3-mail.myworkday.com (wd3-mail.myworkday.com [198.51.100.37])",
                        "2026-10-22 09:15:44", "Europe/Zurich", "4R2bS10pCz5Mh7")),
        ("From", addr("Alpstein Bahnsysteme AG", "alpstein@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Interviewtermin bestätigt – Systemingenieur Zugbeeinflussung (80-100 %)")),
        ("Date", date("2026-10-22 09:15:44", "Europe/Zurich")),
        ("Message-ID", "<1789961744123.48210.alpstein@myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(alt(text(body, charset="iso-8859-1"), html(page)),
             calendar(ics, method="PUBLISH", filename="Interview.ics", disposition="attachment",
                      name_param=True)))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T16:00:00Z", end="2026-11-03T16:45:00Z",
      contact="priya.raman@signalgrid.io", company="Signalgrid Ltd",
      local="Tue 2026-11-03 17:00", local_end="2026-11-03 17:45", zone=VIE,
      note="Calendly invitee confirmation for a London-based remote team; the invitee's zone is shown "
           "('Central European Time'), 17:00 - 17:45 on Tue 3 Nov = CET +01:00 -> 16:00Z-16:45Z (the host's "
           "London time would be 16:00 GMT, same instant). From is notifications@calendly.com; contact = "
           "the host's Reply-To.")
def b6() -> bytes:
    body = t("""
        Hi Lukas,

        A new event has been scheduled.

        Event Type:
        Technical conversation - Signalling Systems Engineer (45 min)

        Invitee:
        Lukas Gruber

        Invitee Email:
        lukas.gruber@example.org

        Event Date/Time:
        17:00 - 17:45, Tuesday, 3 November 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/qvd-hstw-zra

        Host:
        Priya Raman

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1f2a0e-2d1b-4c57-8f0b-6d3b3e5a9a14
        Reschedule: https://calendly.com/reschedulings/7c1f2a0e-2d1b-4c57-8f0b-6d3b3e5a9a14

        Powered by Calendly.com
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f8fa"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a;padding:24px">
        <tr><td><p>Hi Lukas,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Technical conversation - Signalling Systems Engineer (45 min)</p>
        <p><b>Invitee:</b><br>Lukas Gruber</p>
        <p><b>Invitee Email:</b><br><a href="mailto:lukas.gruber@example.org">lukas.gruber@example.org</a></p>
        <p><b>Event Date/Time:</b><br>17:00 - 17:45, Tuesday, 3 November 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/qvd-hstw-zra">Join now</a></p>
        <p><b>Host:</b><br>Priya Raman</p>
        <p><a href="https://calendly.com/cancellations/7c1f2a0e-2d1b-4c57-8f0b-6d3b3e5a9a14">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7c1f2a0e-2d1b-4c57-8f0b-6d3b3e5a9a14">Reschedule</a></p>
        <p style="font-size:12px;color:#888">Powered by Calendly.com</p></td></tr></table>
        </td></tr></table></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261028T163102Z
DTSTART:20261103T160000Z
DTEND:20261103T164500Z
SUMMARY:Technical conversation - Signalling Systems Engineer between Priya Raman and Lukas Gruber
UID:7c1f2a0e-2d1b-4c57-8f0b-6d3b3e5a9a14@calendly.com
ORGANIZER;CN=Priya Raman:mailto:priya.raman@signalgrid.io
ATTENDEE;CN=Lukas Gruber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.gruber@example.org
LOCATION:https://meet.google.com/qvd-hstw-zra
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from o1.email.calendly.com (o1.email.calendly.com [167.89.14.92])",
                        "2026-10-28 16:31:02", "Europe/London", "4R6dN2x8Lqz4Wb")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Priya Raman", "priya.raman@signalgrid.io")),
        ("To", ME),
        ("Subject", "New Event: Lukas Gruber - 17:00 Tue, 3 Nov 2026 - Technical conversation - Signalling Systems Engineer"),
        ("Date", date("2026-10-28 16:31:02", "Europe/London")),
        ("Message-ID", "<Sq7hN0YwRkG2cF9p1bT0xA@geopod-ismtpd-4-0>"),
        ("X-SG-EID", "u001.Kq8b0tZ1yQ"),
    ], mixed(alt(text(body, charset="us-ascii", cte="7bit"), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(7), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T08:00:00Z", end="2026-11-12T09:30:00Z",
      contact="martina.kovacova@dunajsignal.sk", company="Dunaj Signal Systems s.r.o.",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:30", zone="Europe/Bratislava",
      note="SmartRecruiters interview invitation from Bratislava: Thursday, November 12, 2026, 9:00 AM - 10:30 AM "
           "CET (Bratislava = Vienna time, +01:00 in November) -> 08:00Z-09:30Z; no ICS. From is the "
           "SmartRecruiters no-reply; contact = the hiring manager's address given in the body.")
def b7() -> bytes:
    body = t("""
        Dear Lukas,

        Thank you for your interest in the Senior Interlocking Engineer position at Dunaj Signal Systems.
        We are happy to confirm your on-site interview:

        Date: Thursday, November 12, 2026
        Time: 9:00 AM - 10:30 AM (CET)
        Address: Dunaj Signal Systems s.r.o., Mlynské nivy 71, 821 05 Bratislava (reception, 4th floor)
        Interviewers: Martina Kováčová (Head of Engineering), Peter Baláž (Lead Safety Assessor)

        Please bring a valid ID for building access. The train from Wien Hbf takes about an hour; we will
        of course reimburse your ticket.

        If you have any questions before the interview, please contact Martina directly at
        martina.kovacova@dunajsignal.sk.

        Kind regards,
        Dunaj Signal Systems Talent Team

        This email was sent via SmartRecruiters. Please do not reply to this message.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#333">
        <p>Dear Lukas,</p>
        <p>Thank you for your interest in the <strong>Senior Interlocking Engineer</strong> position at Dunaj Signal Systems.
        We are happy to confirm your on-site interview:</p>
        <ul>
        <li><strong>Date:</strong> Thursday, November 12, 2026</li>
        <li><strong>Time:</strong> 9:00 AM - 10:30 AM (CET)</li>
        <li><strong>Address:</strong> Dunaj Signal Systems s.r.o., Mlynské nivy 71, 821 05 Bratislava (reception, 4th floor)</li>
        <li><strong>Interviewers:</strong> Martina Kováčová (Head of Engineering), Peter Baláž (Lead Safety Assessor)</li>
        </ul>
        <p>Please bring a valid ID for building access. The train from Wien Hbf takes about an hour; we will
        of course reimburse your ticket.</p>
        <p>If you have any questions before the interview, please contact Martina directly at
        <a href="mailto:martina.kovacova@dunajsignal.sk">martina.kovacova@dunajsignal.sk</a>.</p>
        <p>Kind regards,<br>Dunaj Signal Systems Talent Team</p>
        <p style="font-size:11px;color:#999">This email was sent via SmartRecruiters. Please do not reply to this message.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail.smartrecruiters.com (mail.smartrecruiters.com [52.28.171.46])",
                        "2026-11-04 13:22:50", "Europe/Bratislava", "4R9wP5kT1mz2Dd")),
        ("From", addr("Dunaj Signal Systems", "no-reply@smartrecruiters.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Interview confirmation - Senior Interlocking Engineer - Dunaj Signal Systems"),
        ("Date", date("2026-11-04 13:22:50", "Europe/Bratislava")),
        ("Message-ID", "<20261104122250.3f0b9e1c7a.notification@smartrecruiters.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(8), family="teamtailor", lang="de-AT", interview=True, kind="scheduled",
      start="2026-11-19T10:00:00Z", end="2026-11-19T11:00:00Z",
      contact=None, company="Stahlstadt Rail GmbH",
      local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:00", zone=VIE,
      note="Teamtailor du-confirmation from Linz: 'Do., 19. Nov. 2026, 11:00 - 12:00' in Austria = CET -> "
           "10:00Z-11:00Z; the ICS agrees. Reply-To is a Teamtailor relay, the ICS ORGANIZER is no-reply, the "
           "recruiter signs with her first name only -> contact null.")
def b8() -> bytes:
    page = t("""
        <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Interview bestätigt</title></head>
        <body style="background:#f4f4f5;margin:0;padding:0">
        <div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#18181b">
        <div style="padding:24px 32px;border-bottom:1px solid #e4e4e7"><img src="https://img.teamtailor-cdn.com/images/s3/teamtailor-production/logo_stahlstadt.png" alt="Stahlstadt Rail" height="32"></div>
        <div style="padding:32px">
        <p>Hallo Lukas,</p>
        <p>super, dass es geklappt hat! Hier nochmal alle Infos zu deinem Interview für <b>Entwicklungsingenieur:in Zugsicherung</b>:</p>
        <div style="background:#f4f4f5;border-radius:8px;padding:16px 20px">
        <div style="font-size:13px;color:#71717a">WANN</div>
        <div><b>Do., 19. Nov. 2026</b><br>11:00 - 12:00 (Wien)</div>
        <div style="font-size:13px;color:#71717a;margin-top:12px">WO</div>
        <div>Stahlstadt Rail, Lunzerstraße 64, 4030 Linz &ndash; Bau 12, Besprechungsraum &bdquo;Pöstlingberg&ldquo;</div>
        <div style="font-size:13px;color:#71717a;margin-top:12px">MIT</div>
        <div>Julia (People &amp; Culture) und Andreas (Teamlead Embedded)</div>
        </div>
        <p>Den Termin findest du auch im Anhang für deinen Kalender. Wenn etwas dazwischenkommt, antworte einfach auf diese Mail.</p>
        <p>Bis bald!<br>Julia von Stahlstadt Rail</p>
        </div>
        <div style="padding:16px 32px;font-size:12px;color:#a1a1aa">Gesendet mit Teamtailor &middot; <a href="https://stahlstadt-rail.teamtailor.com/connect">Stahlstadt Rail Karriereseite</a></div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
{VTZ_VIENNA}
BEGIN:VEVENT
UID:tt-interview-3318745@teamtailor.com
DTSTAMP:20261116T083040Z
DTSTART;TZID=Europe/Vienna:20261119T110000
DTEND;TZID=Europe/Vienna:20261119T120000
SUMMARY:Interview: Entwicklungsingenieur:in Zugsicherung - Stahlstadt Rail
LOCATION:Lunzerstraße 64\\, 4030 Linz
ORGANIZER;CN=Stahlstadt Rail:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Lukas Gruber;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.gruber@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [3.248.52.190])",
                        "2026-11-16 09:30:40", VIE, "4RFk1h8Xcz7Nn3")),
        ("From", addr("Stahlstadt Rail", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "stahlstadt-rail+c3318745.f2a9@teamtailor-mail.com"),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Dein Interview bei Stahlstadt Rail ist bestätigt 🎉")),
        ("Date", date("2026-11-16 09:30:40", VIE)),
        ("Message-ID", "<6557c1f0a8e24_3b2f7e1c9d@teamtailor-mailer-7f6d.mail>"),
    ], mixed(html(page), calendar(ics, filename="interview.ics", disposition="attachment",
                                  name_param=True, cte="8bit")))


@mail(n(9), family="google_calendar", lang="de-AT", interview=True, kind="scheduled",
      start="2026-10-14T13:00:00Z", end="2026-10-14T14:00:00Z",
      contact="mario.wallner@ostbahn-digital.at", company="Ostbahn Digital GmbH",
      local="Wed 2026-10-14 15:00", local_end="2026-10-14 16:00", zone=VIE,
      note="Google Calendar invitation in German: 'Mi. 14. Okt. 2026 15:00 - 16:00 (MESZ)', Vienna in "
           "October before the 25 Oct switch = +02:00 -> 13:00Z-14:00Z; ICS (TZID Europe/Vienna) agrees; "
           "sent from the organizer's own address via Google Calendar; contact = organizer.")
def b9() -> bytes:
    body = t("""
        Mario Wallner hat Sie zu folgendem Termin eingeladen:

        Zweitgespräch Lukas Gruber (Ostbahn Digital)
        Mittwoch, 14. Oktober 2026 · 15:00–16:00
        Zeitzone: Europe/Vienna
        Ort: Ostbahn Digital, Praterstraße 38, 1020 Wien, Besprechungsraum "Nordbahn"

        Hallo Lukas, wie besprochen das zweite Gespräch, diesmal mit Elisabeth (CTO) und mir vor Ort.
        Wir zeigen dir auch kurz die Testanlage im Keller.

        Teilnehmer
        Mario Wallner - Organisator
        elisabeth.toth@ostbahn-digital.at
        lukas.gruber@example.org

        Weitere Optionen anzeigen: https://calendar.google.com/calendar/event?action=VIEW&eid=NmgzcTBrM2hlOGw0
        Antwort für lukas.gruber@example.org: Ja / Vielleicht / Nein

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie "Ja" auswählen, werden Sie
        über Aktualisierungen informiert.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event"><meta itemprop="startDate" content="2026-10-14T13:00:00Z"/><meta itemprop="endDate" content="2026-10-14T14:00:00Z"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <h2 style="font-weight:400;font-size:20px">Zweitgespräch Lukas Gruber (Ostbahn Digital)</h2>
        <div><b>Wann</b>&nbsp;&nbsp;Mittwoch, 14. Oktober 2026 &middot; 15:00&ndash;16:00 (Mitteleuropäische Sommerzeit - Wien)</div>
        <div><b>Wo</b>&nbsp;&nbsp;Ostbahn Digital, Praterstraße 38, 1020 Wien, Besprechungsraum &quot;Nordbahn&quot;</div>
        <p>Hallo Lukas, wie besprochen das zweite Gespräch, diesmal mit Elisabeth (CTO) und mir vor Ort.
        Wir zeigen dir auch kurz die Testanlage im Keller.</p>
        <div><b>Teilnehmer</b><br>Mario Wallner &ndash; Organisator<br>elisabeth.toth@ostbahn-digital.at<br>lukas.gruber@example.org</div>
        <p style="font-size:12px;color:#70757a">Einladung von <a href="https://calendar.google.com/calendar/">Google Kalender</a></p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261014T150000
DTEND;TZID=Europe/Vienna:20261014T160000
DTSTAMP:20261012T081944Z
ORGANIZER;CN=Mario Wallner:mailto:mario.wallner@ostbahn-digital.at
UID:6h3q0k3he8l4ap5rq2v1m7c8j0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mario Wallner;X-NUM-GUESTS=0:mailto:mario.wallner@ostbahn-digital.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.toth@ostbahn-digital.at;X-NUM-GUESTS=0:mailto:elisabeth.toth@ostbahn-digital.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.gruber@example.org;X-NUM-GUESTS=0:mailto:lukas.gruber@example.org
CREATED:20261012T081943Z
DESCRIPTION:Hallo Lukas\\, wie besprochen das zweite Gespräch\\, diesmal mit Elisabeth (CTO) und mir vor Ort.
LAST-MODIFIED:20261012T081943Z
LOCATION:Ostbahn Digital\\, Praterstraße 38\\, 1020 Wien\\, Besprechungsraum "Nordbahn"
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Lukas Gruber (Ostbahn Digital)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Einladung: Zweitgespräch Lukas Gruber (Ostbahn Digital) @ Mi. 14. Okt. 2026 15:00 - 16:00 "
               "(MESZ) (lukas.gruber@example.org)")
    return message([
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        "2026-10-12 10:19:44", VIE, "4R0pL9vHsz2Cc8")),
        ("From", addr("Mario Wallner", "mario.wallner@ostbahn-digital.at")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "mario.wallner@ostbahn-digital.at"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date("2026-10-12 10:19:44", VIE)),
        ("Message-ID", "<calendar-0b8e1d4f-6a2c-4e61-b8f1-2c9d0a7e3b55@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="quoted-printable")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(10), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-10-30T14:00:00Z", end="2026-10-30T14:45:00Z",
      contact="dana.whitfield@hudsontrack.com", company="Hudson Trackworks",
      local="Fri 2026-10-30 10:00", local_end="2026-10-30 10:45", zone="America/New_York",
      note="Recruiter in New York with a pasted Zoom block, sent in the week Europe is already on CET but the US "
           "is still on EDT (until 1 Nov): 10:00 AM Eastern on Fri 30 Oct = -04:00 -> 14:00Z = 15:00 Vienna, "
           "as the mail says; 'scheduled for 45 minutes' gives the end 14:45Z.")
def b10() -> bytes:
    body = t("""
        Hi Lukas,

        Great speaking with you last week! As promised, here's the invite for your conversation with our
        VP of Signaling, Greg Olmstead. Heads up that the clocks are a little odd this week - you're
        already on winter time and we're not, so 10:00 AM our time is 3:00 PM for you in Vienna (usually
        it would be 4).

        Dana Whitfield is inviting you to a scheduled Zoom meeting.

        Topic: Hudson Trackworks | Lukas Gruber <> Greg Olmstead
        Time: Oct 30, 2026 10:00 AM Eastern Time (US and Canada)
        Duration: scheduled for 45 minutes

        Join Zoom Meeting
        https://hudsontrack.zoom.us/j/84213377901?pwd=bXlLdXh2ZkFoQm9sM3ZrUT09

        Meeting ID: 842 1337 7901
        Passcode: 510227

        ---
        One tap mobile
        +16465588656,,84213377901# US (New York)

        Talk soon,
        Dana

        Dana Whitfield | Senior Technical Recruiter
        Hudson Trackworks | 55 Water Street, New York, NY 10041
        dana.whitfield@hudsontrack.com | (212) 555-0147
        """)
    return message([
        ("Received", mx("from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])",
                        "2026-10-26 11:02:18", "America/New_York", "4R5mD0rB7kz1Xx")),
        ("From", addr("Dana Whitfield", "dana.whitfield@hudsontrack.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Hudson Trackworks - your call with Greg on Friday"),
        ("Date", date("2026-10-26 11:02:18", "America/New_York")),
        ("Message-ID", "<CAKd7Lm0tQ4x1Vq9sR2w3uJ8pZ@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(11), family="human_prose", lang="de-CH", interview=True, kind="scheduled",
      start="2026-09-15T14:30:00Z", end=None,
      contact="reto.brunner@limmat-personal.ch", company="Glattal Bahntechnik AG",
      local="Tue 2026-09-15 16:30", zone="Europe/Zurich",
      note="Swiss recruitment agency confirms a Teams interview with its client 'am kommenden Dienstag um 16.30 "
           "Uhr'; Date is Thu 10 Sep (Zurich) so Tue 15 Sep, CEST -> 14:30Z. Company = the hiring client, not "
           "the agency; contact = the agency recruiter who sent it. Text only, iso-8859-1 quoted-printable.")
def b11() -> bytes:
    body = t("""
        Grüezi Herr Gruber

        Wie telefonisch besprochen, bestätige ich Ihnen gerne das erste Gespräch mit unserer Mandantin,
        der Glattal Bahntechnik AG in Dübendorf, am kommenden Dienstag um 16.30 Uhr per MS Teams.

        Ihre Gesprächspartner sind Herr Beat Zürcher (Bereichsleiter Stellwerke) und Frau Corinne Gasser
        (HR Business Partner). Den Link schickt Ihnen Frau Gasser direkt zu.

        Die Stelle ist unbefristet mit 100 %, Arbeitsort Dübendorf, 1-2 Tage Homeoffice pro Woche möglich.
        Eine Arbeitsbewilligung wäre für Sie als EU-Bürger problemlos.

        Ich drücke Ihnen die Daumen und melde mich nach dem Gespräch bei Ihnen.

        Freundliche Grüsse

        Reto Brunner
        Senior Consultant Engineering & Transport

        Limmat Personal AG
        Löwenstrasse 29, 8001 Zürich
        Tel. +41 44 552 18 70
        reto.brunner@limmat-personal.ch
        """)
    return message([
        ("Received", mx("from mail.limmat-personal.ch (mail.limmat-personal.ch [194.56.218.31])",
                        "2026-09-10 16:42:09", "Europe/Zurich", "4QpD3c7Vnz0Ry5")),
        ("From", addr("Reto Brunner", "reto.brunner@limmat-personal.ch")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Bestätigung Gespräch Glattal Bahntechnik AG - Dienstag", "iso-8859-1")),
        ("Date", date("2026-09-10 16:42:09", "Europe/Zurich")),
        ("Message-ID", "<000a01dd2183$5e2c1f80$1a845e80$@limmat-personal.ch>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


@mail(n(12), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-12-07T20:00:00Z", end="2026-12-07T21:00:00Z",
      contact="aroha.ngata@kowhairail.co.nz", company="Kowhai Rail Signalling",
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00", zone="Pacific/Auckland",
      note="Lever confirmation from Auckland: Tuesday 8 December, 9:00-10:00am NZDT (+13:00) is Monday 7 "
           "December 20:00Z-21:00Z, i.e. the UTC date is the previous day (21:00 in Vienna, as the mail says). "
           "Date is Tue 1 Dec NZ morning (Mon 30 Nov in UTC). ICS in UTC agrees. Contact = Reply-To.")
def b12() -> bytes:
    body = t("""
        Kia ora Lukas,

        Thanks for making the time zones work! Your interview for Principal Signalling Engineer (Remote,
        EU-based) is confirmed:

        When: Tuesday 8 December 2026, 9:00am - 10:00am NZDT
              (that's Monday 7 December, 9:00pm - 10:00pm in Vienna)
        Where: Google Meet - https://meet.google.com/wpe-kqzr-uya
        With: Hemi Walker (Engineering Manager) and Aroha Ngata (Talent Partner)

        If anything changes, just reply to this email.

        Ngā mihi,
        Aroha Ngata
        Kowhai Rail Signalling

        Sent via Lever
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0f8b7a1c-53e2-4b0e-9d16-7c4a2e9b1d08
DTSTAMP:20261130T211255Z
DTSTART:20261207T200000Z
DTEND:20261207T210000Z
SUMMARY:Interview: Lukas Gruber - Principal Signalling Engineer (Kowhai Rail Signalling)
LOCATION:https://meet.google.com/wpe-kqzr-uya
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhairail.co.nz
ATTENDEE;CN=Lukas Gruber;RSVP=TRUE:mailto:lukas.gruber@example.org
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mail.hire.lever.co (mail.hire.lever.co [52.2.121.77])",
                        "2026-12-01 10:12:55", "Pacific/Auckland", "4RQw3z1Gmz6Hh2")),
        ("From", addr("Kowhai Rail Signalling", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhairail.co.nz")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Interview confirmed: Principal Signalling Engineer at Kowhai Rail Signalling"),
        ("Date", date("2026-12-01 10:12:55", "Pacific/Auckland")),
        ("Message-ID", "<e3b1c0a9-7d24-4f5e-a1b6-3c8d9e0f2a47@hire.lever.co>"),
    ], mixed(text(body, cte="8bit"), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(13), family="ms_bookings", lang="de-AT", interview=True, kind="scheduled",
      start="2026-10-06T11:30:00Z", end="2026-10-06T12:15:00Z",
      contact=None, company="Donauweg Infrastruktur GmbH",
      local="Tue 2026-10-06 13:30", local_end="2026-10-06 14:15", zone=VIE,
      note="Microsoft Bookings confirmation (German UI). The body's zone label is the standard-offset display "
           "name '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', but 6 Oct is summer time: 13:30 "
           "Vienna = +02:00 -> 11:30Z-12:15Z, which the ICS (W. Europe Standard Time) confirms. Sender is the "
           "Bookings mailbox, staff shown by name only -> contact null.")
def b13() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:640px">
        <div style="font-size:22px;padding:12px 0">Ihre Buchung wurde bestätigt</div>
        <p>Hallo Lukas Gruber,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Donauweg Infrastruktur &ndash; Recruiting</b>.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c;padding-right:16px">Dienst</td><td>Kennenlerngespräch Projektleitung Signaltechnik</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Datum und Uhrzeit</td><td>06.10.2026 13:30 - 14:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Mitarbeiter</td><td>Melanie Strasser</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Ort</td><td>Online-Besprechung (Microsoft Teams)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4ZGQ0MjAtYjA0">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p>Wenn Sie den Termin ändern oder stornieren möchten, verwenden Sie bitte den folgenden Link:
        <a href="https://outlook.office365.com/owa/calendar/DonauwegRecruiting@donauweg-infra.at/bookings/">Buchung verwalten</a></p>
        <p style="color:#605e5c;font-size:12px">Donauweg Infrastruktur GmbH &middot; Wagramer Straße 19, 1220 Wien</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Donauweg Infrastruktur - Recruiting:mailto:DonauwegRecruiting@donauweg-infra.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Gruber:mailto:lukas.gruber@example.org
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Projektleitung Signaltechnik
DTSTART;TZID=W. Europe Standard Time:20261006T133000
DTEND;TZID=W. Europe Standard Time:20261006T141500
UID:040000008200E00074C5B7101A82E008000000004F1A3E6B5B4FDD010000000000000000100000004C1B9D26E3A0C14C8F0E7A2B5D9E1F33
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260929T101455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from AS8PR04MB8512.eurprd04.prod.outlook.com (2603:10a6:20b:42a::9)",
                        "2026-09-29 12:14:55", VIE, "4QxF7b2Kpz3Lm9")),
        ("From", addr("Donauweg Infrastruktur - Recruiting", "DonauwegRecruiting@donauweg-infra.at")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Ihre Buchung wurde bestätigt: Kennenlerngespräch Projektleitung Signaltechnik mit Melanie Strasser")),
        ("Date", "Tue, 29 Sep 2026 10:14:55 +0000"),
        ("Message-ID", "<AS8PR04MB85126E1D0C9B2F4A7E51C3D29A0B2@AS8PR04MB8512.eurprd04.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsApp", "true"),
    ], alt(html(page), calendar(ics, cte="base64")))


@mail(n(14), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-09-17T14:00:00Z", end="2026-09-17T14:45:00Z",
      contact="eleni.marinou@pelagosrail.gr", company="Pelagos Rail",
      local="Thu 2026-09-17 17:00", local_end="2026-09-17 17:45", zone="Europe/Athens",
      note="Workable invitation from an Athens-based remote team: 17:00 EEST (Athens, +03:00) on Thu 17 Sep "
           "-> 14:00Z, which the mail also gives as 16:00 Vienna; 'Duration: 45 minutes' -> end 14:45Z. "
           "Reply-To is a Workable relay, so contact = the interviewer's address in the body.")
def b14() -> bytes:
    body = t("""
        Hi Lukas,

        Eleni Marinou from Pelagos Rail has scheduled an interview with you for the Remote ETCS Systems
        Engineer job.

        Video call
        Thursday, 17 September 2026 at 17:00 (Europe/Athens, GMT+03:00)
        That is 16:00 in your time zone (Europe/Vienna).
        Duration: 45 minutes

        Join the video call: https://pelagos-rail.workable.com/video/7f2c91ab

        Eleni will be joined by Kostas Pappas (CTO). If you need to reach Eleni directly, her email is
        eleni.marinou@pelagosrail.gr.

        Good luck!
        The Pelagos Rail hiring team

        --
        Sent by Workable on behalf of Pelagos Rail. Reply to this email to message the hiring team.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#242424;font-size:15px">
        <p>Hi Lukas,</p>
        <p>Eleni Marinou from Pelagos Rail has scheduled an interview with you for the <b>Remote ETCS Systems Engineer</b> job.</p>
        <div style="border:1px solid #e6e6e6;border-radius:4px;padding:16px">
        <div style="font-weight:bold">Video call</div>
        <div>Thursday, 17 September 2026 at 17:00 (Europe/Athens, GMT+03:00)</div>
        <div style="color:#666">That is 16:00 in your time zone (Europe/Vienna).</div>
        <div>Duration: 45 minutes</div>
        <p><a href="https://pelagos-rail.workable.com/video/7f2c91ab" style="background:#00756a;color:#fff;padding:8px 16px;text-decoration:none">Join the video call</a></p>
        </div>
        <p>Eleni will be joined by Kostas Pappas (CTO). If you need to reach Eleni directly, her email is
        eleni.marinou@pelagosrail.gr.</p>
        <p>Good luck!<br>The Pelagos Rail hiring team</p>
        <p style="font-size:12px;color:#999">Sent by Workable on behalf of Pelagos Rail. Reply to this email to message the hiring team.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail-a23.workablemail.com (mail-a23.workablemail.com [50.31.36.205])",
                        "2026-09-11 12:40:21", "Europe/Athens", "4QqR0n6Tfz8Bv4")),
        ("From", addr("Pelagos Rail", "noreply@candidates.workablemail.com")),
        ("Reply-To", "pelagos-rail+a81c5e0d2b@candidates.workablemail.com"),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Interview for Remote ETCS Systems Engineer at Pelagos Rail"),
        ("Date", date("2026-09-11 12:40:21", "Europe/Athens")),
        ("Message-ID", "<5f2a9c81e04b.7310@workablemail.com>"),
    ], alt(text(body), html(page)))


@mail(n(15), family="softgarden", lang="de-AT", interview=True, kind="scheduled",
      start="2026-10-07T11:30:00Z", end="2026-10-07T13:00:00Z",
      contact="thomas.leitner@traunviertel-bahntechnik.at", company="Traunviertel Bahntechnik GmbH",
      local="Wed 2026-10-07 13:30", local_end="2026-10-07 15:00", zone=VIE,
      note="softgarden invitation, HTML only in iso-8859-15: 'Mittwoch, 7.10.2026, 13:30 - 15:00 Uhr' in Linz "
           "= CEST -> 11:30Z-13:00Z. From is the softgarden no-reply; contact = the department head's "
           "address in the body.")
def b15() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:20px">
        <p>Sehr geehrter Herr Gruber,</p>
        <p>herzlichen Dank für Ihre Bewerbung als <b>Sicherungstechniker Planung (w/m/d)</b>. Ihre Unterlagen haben uns
        überzeugt und wir möchten Sie gerne persönlich kennenlernen.</p>
        <p>Wir laden Sie daher herzlich zu einem Vorstellungsgespräch ein:</p>
        <p><b>Mittwoch, 7.10.2026, 13:30 - 15:00 Uhr</b><br>
        Traunviertel Bahntechnik GmbH<br>Industriezeile 47, 4020 Linz<br>Besprechungsraum EG</p>
        <p>Ihre Gesprächspartner: DI Thomas Leitner (Leiter Planung) und Sandra Hofbauer (Personal).</p>
        <p>Bitte bestätigen Sie den Termin über den Button unten. Für Rückfragen erreichen Sie Herrn Leitner
        unter <a href="mailto:thomas.leitner@traunviertel-bahntechnik.at">thomas.leitner@traunviertel-bahntechnik.at</a>
        oder 0732 778 412-30.</p>
        <p><a href="https://traunviertel-bahntechnik.softgarden.io/de/interview/confirm/88120417" style="background:#b40a1e;color:#fff;padding:8px 14px;text-decoration:none">Termin bestätigen</a></p>
        <p>Mit freundlichen Grüßen<br>Ihr Team der Traunviertel Bahntechnik GmbH</p>
        <p style="font-size:10px;color:#888">Diese E-Mail wurde über softgarden versandt. Fragen zum Datenschutz: datenschutz@traunviertel-bahntechnik.at</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("from mx-out2.softgarden.io (mx-out2.softgarden.io [91.216.248.77])",
                        "2026-09-30 15:20:05", VIE, "4QyH5s0Wqz1Pk6")),
        ("From", addr("Traunviertel Bahntechnik GmbH", "no-reply@softgarden.io")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch: Sicherungstechniker Planung (w/m/d)", "iso-8859-15")),
        ("Date", date("2026-09-30 15:20:05", VIE)),
        ("Message-ID", "<sg.88120417.1790774405@softgarden.io>"),
    ], html(page, charset="iso-8859-15"))


@mail(n(16), family="forward_self", lang="de-AT", interview=True, kind="scheduled",
      start="2026-10-09T07:00:00Z", end=None,
      contact="eva.riegler@schlossberg-zt.at", company="Schlossberg Ingenieure ZT GmbH",
      local="Fri 2026-10-09 09:00", zone=VIE,
      note="Lukas forwards from his private address to himself (message/rfc822). Inside: the Graz office "
           "invites him 'am Freitag, den 9. Oktober, um 9 Uhr' (CEST -> 07:00Z) and attaches an all-day calendar "
           "event (DTSTART;VALUE=DATE:20261009), so the time is only in the text. Contact: sender is the "
           "candidate himself, so the human From of the forwarded message.")
def b16() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Gruber,

        danke für das angenehme Telefonat. Wie besprochen darf ich Sie zu einem Vorstellungsgespräch
        am Freitag, den 9. Oktober, um 9 Uhr in unser Büro in Graz einladen (Schönaugasse 12, 3. Stock).
        Mit dabei sind DI Wolfgang Prem (geschäftsführender Gesellschafter) und ich.

        Ich habe Ihnen den Tag zur Erinnerung als Kalendereintrag angehängt.

        Mit freundlichen Grüßen
        Eva Riegler

        Mag. Eva Riegler
        Büroleitung & Personal
        Schlossberg Ingenieure ZT GmbH
        Schönaugasse 12, 8010 Graz
        T +43 316 811 207
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 16.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3A7E0F14-9C2B-4D8E-B6A1-5F0C2E9D7B13
DTSTAMP:20261001T090452Z
DTSTART;VALUE=DATE:20261009
DTEND;VALUE=DATE:20261010
SUMMARY:Vorstellungsgespräch Hr. Gruber
LOCATION:Schönaugasse 12\\, 8010 Graz
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    inner = message([
        ("From", addr("Eva Riegler", "eva.riegler@schlossberg-zt.at")),
        ("To", addr("Lukas Gruber", "lukas.gruber@example.net")),
        ("Subject", enc("Ihr Vorstellungsgespräch bei Schlossberg Ingenieure")),
        ("Date", date("2026-10-01 11:05:33", VIE)),
        ("Message-ID", "<7B61D4A2-0E3F-4C8B-A9D5-1F2E3C4B5A60@schlossberg-zt.at>"),
    ], mixed(text(inner_body), calendar(ics, method=None, cte="quoted-printable",
                                       filename="Vorstellungsgespraech.ics", disposition="attachment")))
    outer = t("""
        zur Erinnerung fürs Kalender-Eintragen (der Anhang ist ganztägig, Beginn ist 9 Uhr!)
        Zug: Railjet 6:58 ab Wien Hbf, an Graz 9:33 -> zu spät, also den um 5:58 nehmen.

        L.
        """)
    return message([
        ("Received", mx("from smtp.example.net (smtp.example.net [192.0.2.25])",
                        "2026-10-01 20:10:48", VIE, "4QyZ2k9Nrz5Ft0")),
        ("From", addr("Lukas Gruber", "lukas.gruber@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Ihr Vorstellungsgespräch bei Schlossberg Ingenieure")),
        ("Date", date("2026-10-01 20:10:48", VIE)),
        ("Message-ID", "<b0c7e2f1-5a94-4d1e-8f33-9e6a1d2c4b70@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Ihr Vorstellungsgespraech.eml")))


@mail(n(17), family="ashby", lang="en", interview=True, kind="rescheduled",
      start="2026-10-02T08:00:00Z", end="2026-10-02T09:00:00Z",
      contact="jonas.hartl@brennerlink.de", company="Brennerlink GmbH",
      local="Fri 2026-10-02 10:00", local_end="2026-10-02 11:00", zone="Europe/Berlin",
      note="Ashby reschedule from Munich stating both times: previously Thu 1 Oct 15:00 CEST, now Fri 2 Oct "
           "10:00-11:00 CEST -> 08:00Z-09:00Z (the new time); ICS SEQUENCE:1 agrees. Contact = Reply-To.")
def b17() -> bytes:
    body = t("""
        Hi Lukas,

        Your interview with Brennerlink has been rescheduled. Sorry for the shuffle - one of the panel had
        a conflict.

        NEW TIME
        Friday, October 2, 2026
        10:00 AM - 11:00 AM CEST (Europe/Berlin)

        PREVIOUS TIME (cancelled)
        Thursday, October 1, 2026, 3:00 PM - 4:00 PM CEST

        Location: Google Meet - https://meet.google.com/bkr-uwzj-mqt

        You'll meet with:
          Stefanie Wurm - Head of Rail Automation
          Jonas Hartl - Engineering Recruiter

        An updated calendar invitation is attached. Questions? Just reply and it will reach Jonas Hartl.

        Thanks,
        Brennerlink Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Lukas,</p>
        <p>Your interview with Brennerlink has been <b>rescheduled</b>. Sorry for the shuffle &ndash; one of the panel had a conflict.</p>
        <p style="margin:0;color:#6e7781;font-size:12px">NEW TIME</p>
        <p style="margin-top:2px"><b>Friday, October 2, 2026<br>10:00 AM &ndash; 11:00 AM CEST (Europe/Berlin)</b></p>
        <p style="margin:0;color:#6e7781;font-size:12px">PREVIOUS TIME (cancelled)</p>
        <p style="margin-top:2px"><s>Thursday, October 1, 2026, 3:00 PM &ndash; 4:00 PM CEST</s></p>
        <p>Location: <a href="https://meet.google.com/bkr-uwzj-mqt">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>Stefanie Wurm &mdash; Head of Rail Automation<br>Jonas Hartl &mdash; Engineering Recruiter</p>
        <p>An updated calendar invitation is attached. Questions? Just reply and it will reach Jonas Hartl.</p>
        <p>Thanks,<br>Brennerlink Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:9b1e4f02-3c7d-4a85-b0e6-2d5f8a1c3e97
DTSTAMP:20260928T082014Z
DTSTART;TZID=Europe/Berlin:20261002T100000
DTEND;TZID=Europe/Berlin:20261002T110000
SEQUENCE:1
SUMMARY:Brennerlink - Rail Automation Engineer Interview
LOCATION:Google Meet
ORGANIZER;CN=Jonas Hartl:mailto:jonas.hartl@brennerlink.de
ATTENDEE;CN=Lukas Gruber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.gruber@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
                        "2026-09-28 10:20:14", "Europe/Berlin", "4QwT8h1Dcz0Jq5")),
        ("From", addr("Brennerlink", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Jonas Hartl", "jonas.hartl@brennerlink.de")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Interview rescheduled: Rail Automation Engineer at Brennerlink"),
        ("Date", date("2026-09-28 10:20:14", "Europe/Berlin")),
        ("Message-ID", "<010701923f7c8e1b-5d2a9c4e-1b3f-4e7a-8c6d-0f9e2a1b3c4d-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="de-AT", interview=True, kind="rescheduled",
      start="2026-11-13T13:00:00Z", end=None,
      contact="nina.aigner@kahlenberg-rail.at", company="Kahlenberg Rail Solutions GmbH",
      local="Fri 2026-11-13 14:00", zone=VIE,
      note="du-mail from the recruiter, on top of the quoted earlier confirmation: moved from 'Do., 12.11., 10 "
           "Uhr' (quoted, old) to 'Fr., 13.11., um 14 Uhr', agreed on the phone -> rescheduled, new time "
           "14:00 CET -> 13:00Z. windows-1252 quoted-printable, Outlook.")
def b18() -> bytes:
    body = t("""
        Hallo Lukas,

        danke nochmal fürs flexible Einspringen am Telefon! Wie eben ausgemacht verschieben wir unser
        Gespräch von Donnerstag auf Fr., 13.11., um 14 Uhr – Ort bleibt gleich (Heiligenstädter Straße 31,
        Stiege 2, 4. Stock). Unser CTO Georg ist jetzt auch dabei, er musste am Donnerstag kurzfristig
        nach Brüssel.

        Ich schick dir gleich noch die aktualisierte Einladung.

        LG
        Nina

        Nina Aigner
        People & Talent
        Kahlenberg Rail Solutions GmbH
        +43 1 367 22 40-18

        -----Ursprüngliche Nachricht-----
        Von: Nina Aigner <nina.aigner@kahlenberg-rail.at>
        Gesendet: Mittwoch, 4. November 2026 11:32
        An: Lukas Gruber <lukas.gruber@example.org>
        Betreff: AW: Gespräch Kahlenberg Rail

        Hallo Lukas,

        super, dann fix: Do., 12.11. um 10 Uhr bei uns im Büro. Ich freu mich!

        LG Nina
        """)
    return message([
        ("Received", mx("from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2072.outbound.protection.outlook.com [40.107.21.72])",
                        "2026-11-09 07:55:40", VIE, "4RCb1q6Ysz9Wd2")),
        ("From", addr("Nina Aigner", "nina.aigner@kahlenberg-rail.at")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("AW: Gespräch Kahlenberg Rail – neuer Termin", "windows-1252")),
        ("Date", date("2026-11-09 07:55:40", VIE)),
        ("Message-ID", "<VI1PR05MB71203A6E4C5B9D0F2E18A7C3B4D61@VI1PR05MB7120.eurprd05.prod.outlook.com>"),
        ("In-Reply-To", "<VI1PR05MB7120C8D1F2A0E9B3C7D45E6A1B2C3@VI1PR05MB7120.eurprd05.prod.outlook.com>"),
        ("Thread-Topic", enc("Gespräch Kahlenberg Rail", "windows-1252")),
        ("Content-Language", "de-AT"),
    ], text(body, charset="windows-1252"))


@mail(n(19), family="exchange", lang="de-AT", interview=True, kind="rescheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T10:30:00Z",
      contact="verena.kogler@schoeckl-rail.at", company="Schöckl Rail Engineering GmbH",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:30", zone=VIE,
      note="Exchange 'Aktualisiert:' meeting update from Graz. Old slot Fri 23 Oct 10:00 (CEST, 08:00Z) named in "
           "the note; new slot Tue 27 Oct 10:00-11:30 after the 25 Oct fall-back, so +01:00 -> 09:00Z-10:30Z. "
           "The 'Wann:' line shows the standard-offset display name, correct here; ICS SEQUENCE:1 agrees.")
def b19() -> bytes:
    when = ("Wann: Dienstag, 27. Oktober 2026 10:00-11:30. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
            "Stockholm, Wien\nOrt: Schöckl Rail Engineering, Waagner-Biro-Straße 101, 8020 Graz, Raum 4.12")
    body = when + "\n\n" + t("""
        Sehr geehrter Herr Gruber,

        leider muss ich unser Gespräch am Freitag, 23.10., um 10:00 Uhr verschieben, da Herr DI Pucher an
        diesem Tag eine Abnahme in Leoben hat. Wie heute telefonisch vereinbart, treffen wir uns daher am
        Dienstag, 27.10., um 10:00 Uhr. Der Ort bleibt unverändert.

        Ich bitte um Ihr Verständnis und freue mich auf das Kennenlernen.

        Mit freundlichen Grüßen
        Verena Kogler
        """)
    page = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>{when.replace(chr(10), '<br>')}</p>
        <p>Sehr geehrter Herr Gruber,</p>
        <p>leider muss ich unser Gespräch am Freitag, 23.10., um 10:00 Uhr verschieben, da Herr DI Pucher an
        diesem Tag eine Abnahme in Leoben hat. Wie heute telefonisch vereinbart, treffen wir uns daher am
        Dienstag, 27.10., um 10:00 Uhr. Der Ort bleibt unverändert.</p>
        <p>Ich bitte um Ihr Verständnis und freue mich auf das Kennenlernen.</p>
        <p>Mit freundlichen Grüßen<br>Verena Kogler</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kogler Verena:mailto:verena.kogler@schoeckl-rail.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Gruber:mailto:lukas.gruber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pucher Andreas:mailto:andreas.pucher@schoeckl-rail.at
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B562DD0100000000000000001000000077A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Lukas Gruber - Projektingenieur ETCS
DTSTART;TZID=W. Europe Standard Time:20261027T100000
DTEND;TZID=W. Europe Standard Time:20261027T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T064012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Schöckl Rail Engineering\\, Waagner-Biro-Straße 101\\, 8020 Graz\\, Raum 4.12
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2118734502
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    subject = "Aktualisiert: Vorstellungsgespräch Lukas Gruber - Projektingenieur ETCS"
    return message([
        ("Received", mx("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2118.outbound.protection.outlook.com [40.107.249.118])",
                        "2026-10-20 08:40:12", VIE, "4R1aX4m0Gvz7Rt9")),
        ("From", addr("Kogler Verena", "verena.kogler@schoeckl-rail.at")),
        ("To", addr("Lukas Gruber", ME)),
        ("CC", addr("Pucher Andreas", "andreas.pucher@schoeckl-rail.at")),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc("Vorstellungsgespräch Lukas Gruber - Projektingenieur ETCS")),
        ("Thread-Index", "AdtAm1QwK2c8b0aZRxeUqf5c9oV3Ng=="),
        ("Date", "Tue, 20 Oct 2026 06:40:12 +0000"),
        ("Message-ID", "<DB5PR02MB9921E0A1B2C3D4E5F6A7B8C9D0E1F@DB5PR02MB9921.eurprd02.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(20), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-12-09T14:00:00Z", end="2026-12-09T15:00:00Z",
      contact="sarah.meier@uetliberg-mobility.ch", company="Uetliberg Mobility AG",
      local="Wed 2026-12-09 15:00", local_end="2026-12-09 16:00", zone="Europe/Zurich",
      note="GoodTime reschedule for a Zurich company: previously Mon 7 Dec 11:00 CET, now Wed 9 Dec 3:00-4:00 PM "
           "CET -> 14:00Z-15:00Z (new time); ICS SEQUENCE:2 agrees. From is the GoodTime scheduling mailbox; "
           "contact = the coordinator's Reply-To.")
def b20() -> bytes:
    body = t("""
        Hello Lukas,

        Your interview for Lead Signalling Engineer at Uetliberg Mobility has been rescheduled.

        Updated interview details
        Date: Wednesday, December 9, 2026
        Time: 3:00 PM - 4:00 PM CET (Europe/Zurich)
        Interviewer: Daniel Frei, Director Engineering
        Location: Microsoft Teams (link in the calendar invitation)

        Previous time: Monday, December 7, 2026, 11:00 AM - 12:00 PM CET

        Please accept the updated calendar invitation. If the new time does not work for you, reply to this
        email and Sarah Meier will help.

        Best regards,
        Sarah Meier
        Recruiting Coordinator, Uetliberg Mobility AG

        Scheduled with GoodTime
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
{VTZ_ZURICH}
BEGIN:VEVENT
UID:gt-7d91c2a4-5e83-4f0b-a6c1-3b8e2d9f0a15@goodtime.io
DTSTAMP:20261202T143008Z
DTSTART;TZID=Europe/Zurich:20261209T150000
DTEND;TZID=Europe/Zurich:20261209T160000
SEQUENCE:2
SUMMARY:Interview: Lukas Gruber / Daniel Frei - Lead Signalling Engineer
LOCATION:Microsoft Teams
ORGANIZER;CN=Sarah Meier:mailto:sarah.meier@uetliberg-mobility.ch
ATTENDEE;CN=Lukas Gruber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.gruber@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mail.goodtime.io (mail.goodtime.io [149.72.207.110])",
                        "2026-12-02 15:30:08", "Europe/Zurich", "4RRa6j3Bkz2Ns8")),
        ("From", addr("Uetliberg Mobility Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Sarah Meier", "sarah.meier@uetliberg-mobility.ch")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Rescheduled: Interview with Uetliberg Mobility - Lead Signalling Engineer"),
        ("Date", date("2026-12-02 15:30:08", "Europe/Zurich")),
        ("Message-ID", "<gt.msg.5b7e21f9c0d4@goodtime.io>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(21), family="google_calendar", lang="de-AT", interview=True, kind="cancelled",
      start="2026-12-03T13:00:00Z", end="2026-12-03T14:00:00Z",
      contact="bernhard.strobl@lobau-systems.at", company="Lobau Systems GmbH",
      local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:00", zone=VIE,
      note="Google Calendar cancellation ('Abgesagt:') with a short organizer note and no new time: the cancelled "
           "slot Do. 3. Dez. 2026 14:00-15:00 MEZ -> 13:00Z-14:00Z; METHOD:CANCEL, STATUS:CANCELLED. Contact = "
           "organizer.")
def b21() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Interview Lukas Gruber / Lobau Systems
        Donnerstag, 3. Dezember 2026 · 14:00–15:00
        Zeitzone: Europe/Vienna

        Nachricht vom Organisator:
        Sorry Lukas, bei uns ist kurzfristig ein Kundentermin reingerutscht. Ich melde mich nächste Woche
        wegen eines neuen Termins.

        Organisator
        Bernhard Strobl - bernhard.strobl@lobau-systems.at

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261203T140000
DTEND;TZID=Europe/Vienna:20261203T150000
DTSTAMP:20261130T150512Z
ORGANIZER;CN=Bernhard Strobl:mailto:bernhard.strobl@lobau-systems.at
UID:1q8s0e7kf2h5dn3gk6v0rm4b9c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lukas.gruber@example.org;X-NUM-GUESTS=0:mailto:lukas.gruber@example.org
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview Lukas Gruber / Lobau Systems
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Abgesagt: Interview Lukas Gruber / Lobau Systems @ Do. 3. Dez. 2026 14:00 - 15:00 (MEZ) "
               "(lukas.gruber@example.org)")
    return message([
        ("Received", mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                        "2026-11-30 16:05:12", VIE, "4RQb9c2Lfz4Yw1")),
        ("From", addr("Bernhard Strobl", "bernhard.strobl@lobau-systems.at")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "bernhard.strobl@lobau-systems.at"),
        ("To", ME),
        ("Subject", subject),
        ("Date", date("2026-11-30 16:05:12", VIE)),
        ("Message-ID", "<calendar-e41c7b20-93af-4d58-b2c1-6f0e8a9d3b74@google.com>"),
    ], mixed(alt(text(body), calendar(ics, method="CANCEL")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-12-10T09:00:00Z", end=None,
      contact="tomas.horvath@moravarail.sk", company="Morava Rail Tech s.r.o.",
      local="Thu 2026-12-10 10:00", zone="Europe/Bratislava",
      note="Hiring manager in Bratislava cancels 'our interview on Thursday, 10 December at 10:00' because the "
           "role is on hold; no new time (only 'maybe in Jänner/January'). Cancelled slot 10:00 CET -> 09:00Z. "
           "Text only, windows-1252.")
def b22() -> bytes:
    body = t("""
        Dear Lukas,

        I am sorry to write this, but we have to cancel our interview on Thursday, 10 December at 10:00.
        Yesterday our board decided to put the Interlocking Team Lead position on hold until the budget for
        next year is approved.

        I really enjoyed our first call and I would like to contact you again if the position reopens,
        maybe in January (or Jänner, as you say in Vienna :-)). I hope that is fine for you.

        Again, apologies for the short notice.

        Best regards
        Tomáš Horváth
        Engineering Director
        Morava Rail Tech s.r.o. | Bajkalská 5B, 831 04 Bratislava
        +421 2 3310 4720
        """)
    return message([
        ("Received", mx("from smtp.moravarail.sk (smtp.moravarail.sk [185.98.132.14])",
                        "2026-12-04 09:48:27", "Europe/Bratislava", "4RSk0f7Vhz3Mq4")),
        ("From", addr("Tomáš Horváth", "tomas.horvath@moravarail.sk", "windows-1252")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Interview on Thursday - cancellation"),
        ("Date", date("2026-12-04 09:48:27", "Europe/Bratislava")),
        ("Message-ID", "<003c01dd63f2$8a1b2c30$9e518490$@moravarail.sk>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252"))


@mail(n(23), family="taleo", lang="en", interview=True, kind="cancelled",
      start="2026-12-11T13:00:00Z", end=None,
      contact="helena.schwarz@eurosignal-group.com", company="Eurosignal Group",
      local="Fri 2026-12-11 14:00", zone=VIE,
      note="Oracle Taleo cancellation: 'Friday, December 11, 2026 2:00 PM CET' (Vienna site) -> 13:00Z; a "
           "recruiter 'will contact you to arrange a new date', no new time. From no-reply; contact = the "
           "recruiter address in the body.")
def b23() -> bytes:
    body = t("""
        Dear Lukas Gruber,

        We regret to inform you that your interview for the position

          Requisition 2604411 - Signalling Design Engineer (Vienna)

        scheduled for Friday, December 11, 2026 2:00 PM CET at Eurosignal Group, Leopold-Ungar-Platz 2,
        1190 Vienna, has been cancelled due to the unavailability of the interview panel.

        Your recruiter, Helena Schwarz (helena.schwarz@eurosignal-group.com), will contact you to arrange a
        new date.

        We apologize for any inconvenience.

        Sincerely,
        Eurosignal Group Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    return message([
        ("Received", mx("from mx2.taleo.net (mx2.taleo.net [160.34.17.88])",
                        "2026-12-08 10:31:09", VIE, "4RTz4n8Cqz1Vb7")),
        ("From", addr("Eurosignal Group", "noreply@taleo.net")),
        ("To", ME),
        ("Subject", "Interview Cancelled - Signalling Design Engineer (Vienna) - 2604411"),
        ("Date", date("2026-12-08 10:31:09", VIE)),
        ("Message-ID", "<1812108669301.2604411.JavaMail.taleo@tlo-mail-07>"),
    ], text(body, charset="iso-8859-1", cte="7bit"))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="de-CH", interview=False, company="Rigi Signaltechnik AG",
      note="Recruitee rejection in Swiss German after a first interview ('nach dem Gespräch vom 9. September'): "
           "past date, nothing scheduled.",
      days=(("Wed", "2026-09-09"),))
def b24() -> bytes:
    body = t("""
        Grüezi Herr Gruber

        Nochmals herzlichen Dank für das angenehme Gespräch vom Mittwoch, 9. September, und für Ihr Interesse
        an der Stelle als Projektleiter Stellwerkstechnik.

        Nach sorgfältiger Prüfung aller Bewerbungen haben wir uns entschieden, den Prozess mit einer
        Kandidatin weiterzuführen, deren Profil noch etwas besser zu unseren aktuellen Projekten in der
        Zentralschweiz passt. Dieser Entscheid ist uns nicht leicht gefallen.

        Gerne würden wir Ihr Dossier für künftige Vakanzen in unserem Talentpool behalten. Falls Sie damit
        nicht einverstanden sind, können Sie Ihre Daten jederzeit über den untenstehenden Link löschen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Freundliche Grüsse
        Simone Arnold
        HR Rigi Signaltechnik AG

        Daten löschen: https://rigisignal.recruitee.com/o/privacy/delete/8d41f7
        """)
    return message([
        ("Received", mx("from mail.recruitee.com (mail.recruitee.com [35.157.80.12])",
                        "2026-09-21 14:11:36", "Europe/Zurich", "4QtK2d5Mhz8Ge3")),
        ("From", addr("Rigi Signaltechnik AG", "rigisignal@recruitee.com")),
        ("Reply-To", addr("Rigi Signaltechnik AG", "rigisignal+c77123@recruitee.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Ihre Bewerbung als Projektleiter Stellwerkstechnik"),
        ("Date", date("2026-09-21 14:11:36", "Europe/Zurich")),
        ("Message-ID", "<m.8d41f7.c77123@recruitee.com>"),
    ], alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(25), family="offer", lang="de", interview=False, company="Ampelwerk Signaltechnik GmbH",
      note="Job offer after the interview of 15 Sep; proposes a fixed phone call ('Montag, 28.9., um 16 Uhr') to "
           "go through the contract: a confirmed time, but an offer call, not an interview.",
      days=(("Mon", "2026-09-28"), ("Tue", "2026-09-15")))
def b25() -> bytes:
    body = t("""
        Lieber Herr Gruber,

        nach unserem Gespräch am Dienstag, 15.9., waren Dr. Aschenbrenner und ich uns schnell einig: Wir
        möchten Sie sehr gerne im Team Stellwerkstechnik haben! Anbei finden Sie unser Vertragsangebot
        (Senior Engineer, Vollzeit, Start nach Vereinbarung, spätestens 1. Februar 2027).

        Die wichtigsten Eckdaten:
        - Jahresbruttogehalt 86.000 EUR zzgl. variabler Anteil
        - 2 Tage Homeoffice pro Woche, Reisen nach Wien sind gut kombinierbar
        - Unterstützung beim Umzug nach München

        Wie am Telefon vereinbart, rufe ich Sie am Montag, 28.9., um 16 Uhr an, um offene Fragen zum
        Vertrag zu besprechen. Das Angebot gilt bis 9. Oktober.

        Herzliche Grüße
        Sabine Köhler
        Talent Acquisition
        Ampelwerk Signaltechnik GmbH
        """)
    pdf = ("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoKMiAwIG9iago8"
           "PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==")
    return message([
        ("Received", mx("from mail-eopbgr80072.outbound.protection.outlook.com (mail-eopbgr80072.outbound.protection.outlook.com [40.107.8.72])",
                        "2026-09-25 10:37:03", "Europe/Berlin", "4QvG1t0Rdz6Kk2")),
        ("From", addr("Sabine Köhler", "sabine.koehler@ampelwerk-signal.de")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Ihr Vertragsangebot – Ampelwerk Signaltechnik")),
        ("Date", date("2026-09-25 10:37:03", "Europe/Berlin")),
        ("Message-ID", "<FR2P281MB0133A7C4E1D5B9F02C3E8A6D1B7F0@FR2P281MB0133.DEUP281.PROD.OUTLOOK.COM>"),
    ], mixed(text(body), raw_part([("Content-Type", 'application/pdf; name="Angebot_Gruber.pdf"'),
                                    ("Content-Disposition", 'attachment; filename="Angebot_Gruber.pdf"'),
                                    ("Content-Transfer-Encoding", "base64")], pdf + "\n")))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Hudson Trackworks",
      note="iCIMS application acknowledgement; mentions that qualified candidates will be contacted for an "
           "interview, nothing scheduled.")
def b26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Lukas,</p>
        <p>Thank you for applying for the position of <b>Signaling Systems Engineer (Remote - EU)</b>, Job ID 2026-4471,
        at Hudson Trackworks.</p>
        <p>Our talent acquisition team will review your application. If your qualifications match our needs, a
        recruiter will contact you within the next two to three weeks to schedule an initial phone interview.</p>
        <p>You can check the status of your application at any time in the
        <a href="https://careers-hudsontrack.icims.com/jobs/candidates/dashboard">candidate portal</a>.</p>
        <p>Sincerely,<br>Hudson Trackworks Talent Acquisition</p>
        <p style="font-size:11px;color:#777">Please do not reply to this email. This mailbox is not monitored.<br>
        Hudson Trackworks is an Equal Opportunity Employer.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail132.icims.com (mail132.icims.com [64.14.134.132])",
                        "2026-09-08 09:05:40", "America/New_York", "4QnT5f2Xsz7Hb1")),
        ("From", addr("Hudson Trackworks", "no-reply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Thank you for your application - Signaling Systems Engineer (Remote - EU)"),
        ("Date", date("2026-09-08 09:05:40", "America/New_York")),
        ("Message-ID", "<1788958740.4471.icims.notification@talent.icims.com>"),
    ], html(page, charset="us-ascii", cte="7bit"))


@mail(n(27), family="job_alert", lang="de-AT", interview=False, company=None,
      note="Job-board alert (fictional StellenWeiche.at) with five listings and a tip column mentioning "
           "'Vorstellungsgespräch'; no appointment.")
def b27() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#eef1f4">
        <table width="620" align="center" style="background:#fff" cellpadding="16"><tr><td>
        <h2 style="color:#0b5c8a;margin:0">5 neue Jobs für „Signaltechnik Wien“</h2>
        <p>Hallo Lukas, hier sind die neuesten Stellen passend zu deinem Suchauftrag (Umkreis 50 km, Vollzeit):</p>
        <ol>
        <li><b>Sicherungstechniker:in Stellwerke</b> – Wiener Gleisbau Service GmbH, 1100 Wien – ab 4.100 € brutto/Monat</li>
        <li><b>ETCS Test Engineer</b> – Marchfeld Rail Testing, 2232 Deutsch-Wagram – neu</li>
        <li><b>Projektleiter Eisenbahnsignaltechnik (m/w/d)</b> – Triestingtal Engineering, 2560 Berndorf</li>
        <li><b>RAMS Engineer Bahnsysteme</b> – Lainzer Consulting, 1130 Wien – Homeoffice möglich</li>
        <li><b>Systems Engineer CBTC</b> – Hafen Metro Systems, 1020 Wien – Englisch</li>
        </ol>
        <div style="background:#f6f8fa;padding:12px">
        <b>Karriere-Tipp der Woche:</b> Das Vorstellungsgespräch steht an? Mit unserer Checkliste bist du
        am Tag X perfekt vorbereitet – von der Anreise bis zur Gehaltsfrage.
        <a href="https://www.stellenweiche.at/ratgeber/vorstellungsgespraech-checkliste">Zur Checkliste</a>
        </div>
        <p style="font-size:11px;color:#888">Du erhältst diese E-Mail, weil du einen Suchauftrag auf StellenWeiche.at angelegt hast.
        <a href="https://www.stellenweiche.at/suchauftrag/abmelden?id=a81f">Suchauftrag abbestellen</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("from mailout3.stellenweiche.at (mailout3.stellenweiche.at [203.0.113.83])",
                        "2026-10-05 06:00:14", VIE, "4Qz8Lq3Tvz2Mp5")),
        ("From", addr("StellenWeiche.at Jobagent", "jobagent@mail.stellenweiche.at")),
        ("To", ME),
        ("Subject", enc("5 neue Jobs für „Signaltechnik Wien“")),
        ("Date", date("2026-10-05 06:00:14", VIE)),
        ("Message-ID", "<jobagent.a81f.20261005040014@mail.stellenweiche.at>"),
        ("List-Unsubscribe", "<https://www.stellenweiche.at/suchauftrag/abmelden?id=a81f>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(28), family="newsletter_tips", lang="de-AT", interview=False, company=None,
      note="Career newsletter about the job interview ('am Dienstag um 9 Uhr ist es so weit...' as a narrative "
           "example); no real appointment.")
def b28() -> bytes:
    body = t("""
        KARRIERE-KOMPASS · Ausgabe 41/2026

        Dienstag, 9 Uhr: Ihr Vorstellungsgespräch. Und jetzt?

        Stellen Sie sich vor: Am Dienstag um 9 Uhr ist es so weit, das Vorstellungsgespräch bei Ihrem
        Wunscharbeitgeber steht an. Was Sie am Abend davor, am Morgen und in den ersten fünf Minuten tun
        sollten, hat unsere Redaktion mit drei Personalchefinnen aus Wien, Linz und Graz besprochen.

        1. Der Abend davor: Route checken, Unterlagen ausdrucken, früh schlafen.
        2. Der Morgen: 15 Minuten Puffer einplanen – die U6 ist nicht immer pünktlich.
        3. Die ersten fünf Minuten: Small Talk ist kein Test, aber er zählt.

        Außerdem in dieser Ausgabe:
        - Gehaltsverhandlung: Was Techniker:innen 2027 verlangen können
        - Video-Interviews: Licht, Ton, Hintergrund
        - Termin-Tipp: Karrieremesse „Technik & Mobilität“, 12. November, Messe Wien

        Den ganzen Artikel lesen: https://www.karriere-kompass.at/artikel/dienstag-9-uhr

        Sie erhalten den Karriere-Kompass, weil Sie sich dafür angemeldet haben.
        Abmelden: https://www.karriere-kompass.at/newsletter/abmelden
        """)
    return message([
        ("Received", mx("from mta12.karriere-kompass.at (mta12.karriere-kompass.at [198.51.100.112])",
                        "2026-10-13 07:30:00", VIE, "4R0sH6n1Wcz9Qq4")),
        ("From", addr("Karriere-Kompass", "newsletter@karriere-kompass.at")),
        ("To", ME),
        ("Subject", enc("Dienstag, 9 Uhr: Ihr Vorstellungsgespräch. Und jetzt?")),
        ("Date", date("2026-10-13 07:30:00", VIE)),
        ("Message-ID", "<nl-41-2026.7731@karriere-kompass.at>"),
        ("List-Id", "Karriere-Kompass <newsletter.karriere-kompass.at>"),
        ("List-Unsubscribe", "<https://www.karriere-kompass.at/newsletter/abmelden>"),
        ("Precedence", "bulk"),
    ], text(body, charset="windows-1252", cte="8bit"))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Uetliberg Mobility AG",
      note="GoodTime 'choose a time' mail listing open slots (Mon 7 Dec 11:00 among them) and a booking link: "
           "no time fixed yet. The later reschedule mail in this set is the confirmed one.",
      days=(("Mon", "2026-12-07"), ("Tue", "2026-12-08"), ("Thu", "2026-12-10")))
def b29() -> bytes:
    body = t("""
        Hello Lukas,

        Thank you for your interest in the Lead Signalling Engineer role at Uetliberg Mobility! We'd like to
        invite you to a 60-minute interview with Daniel Frei, Director Engineering.

        Please select a time that works for you using the link below. Currently available (all times CET,
        Europe/Zurich):

          Mon, Dec 7   11:00 AM - 12:00 PM
          Tue, Dec 8    2:00 PM -  3:00 PM
          Thu, Dec 10   9:00 AM - 10:00 AM

        Choose your time: https://app.goodtime.io/candidate/select/5a1c9e0f7b32

        This link expires in 72 hours. Once you pick a time, you will receive a calendar invitation.

        Best regards,
        Sarah Meier
        Recruiting Coordinator, Uetliberg Mobility AG

        Scheduled with GoodTime
        """)
    return message([
        ("Received", mx("from mail.goodtime.io (mail.goodtime.io [149.72.207.110])",
                        "2026-11-24 11:02:51", "Europe/Zurich", "4RNn7c5Gqz0Bd6")),
        ("From", addr("Uetliberg Mobility Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Sarah Meier", "sarah.meier@uetliberg-mobility.ch")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Please select your interview time - Uetliberg Mobility"),
        ("Date", date("2026-11-24 11:02:51", "Europe/Zurich")),
        ("Message-ID", "<gt.msg.4e0a93c7b1f2@goodtime.io>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(30), family="recruiter_outreach", lang="de-AT", interview=False,
      company="Wieser & Kornfeld Executive Search",
      note="Headhunter outreach proposing coffee 'irgendwann nächste Woche' with no date or time fixed; the "
           "client is unnamed, so company = the sender's firm, as for outreach in the dev set.")
def b30() -> bytes:
    body = t("""
        Hallo Herr Gruber,

        ich bin über Ihren Vortrag bei der ÖVG-Tagung in Salzburg auf Sie aufmerksam geworden. Ich begleite
        derzeit für einen internationalen Bahntechnik-Konzern die Besetzung der Position "Head of
        Interlocking Engineering Austria" – Standort Wien, sehr attraktives Paket.

        Hätten Sie Lust, sich unverbindlich auf einen Kaffee zu treffen? Irgendwann nächste Woche, gerne
        auch früh am Morgen oder nach der Arbeit, bei mir im 1. Bezirk oder wo es Ihnen passt. Schicken Sie
        mir einfach zwei, drei Optionen.

        Beste Grüße
        Christoph Wieser
        Partner
        Wieser & Kornfeld Executive Search
        Kohlmarkt 8, 1010 Wien
        +43 664 381 22 90
        """)
    return message([
        ("Received", mx("from mail.wk-search.at (mail.wk-search.at [203.0.113.140])",
                        "2026-10-19 18:22:47", VIE, "4R1Vw2s8Hmz4Tt1")),
        ("From", addr("Christoph Wieser", "c.wieser@wk-search.at")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Vertrauliche Anfrage - Head of Interlocking Engineering"),
        ("Date", date("2026-10-19 18:22:47", VIE)),
        ("Message-ID", "<F1E2D3C4-B5A6-4978-8E9F-0A1B2C3D4E5F@wk-search.at>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(31), family="interview_proposal", lang="de-AT", interview=False,
      company="Kahlenberg Rail Solutions GmbH",
      note="Recruiter proposes slots as questions ('Würde dir Do., 12.11., um 10 Uhr passen? Alternativ ...') "
           "and waits for Lukas's answer: not yet confirmed. Same thread as the later reschedule mail.",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")))
def b31() -> bytes:
    body = t("""
        Hallo Lukas,

        danke für deine Bewerbung und das nette Telefonat! Unser Head of Engineering würde dich gerne
        persönlich kennenlernen. Würde dir Do., 12.11., um 10 Uhr bei uns im Büro passen? Alternativ
        ginge auch Fr., 13.11., irgendwann am Vormittag.

        Sag mir einfach, was dir lieber ist, dann schick ich dir eine Einladung.

        LG
        Nina

        Nina Aigner
        People & Talent
        Kahlenberg Rail Solutions GmbH
        +43 1 367 22 40-18
        """)
    return message([
        ("Received", mx("from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2071.outbound.protection.outlook.com [40.107.21.71])",
                        "2026-11-03 15:44:02", VIE, "4R9gC8d2Rwz6Ff5")),
        ("From", addr("Nina Aigner", "nina.aigner@kahlenberg-rail.at")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Gespräch Kahlenberg Rail", "windows-1252")),
        ("Date", date("2026-11-03 15:44:02", VIE)),
        ("Message-ID", "<VI1PR05MB7120B2A4C6D8E0F1A3B5C7D9E1F20@VI1PR05MB7120.eurprd05.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
    ], text(body, charset="windows-1252"))


@mail(n(32), family="job_centre", lang="de-AT", interview=False, company=None,
      note="Appointment at the (fictional) public job service with a fixed time, Mo., 14.9., 8:45 Uhr, while "
           "Lukas is registered during his notice period: confirmed, but not a job interview.",
      days=(("Mon", "2026-09-14"),))
def b32() -> bytes:
    body = t("""
        Sehr geehrter Herr Gruber,

        wir laden Sie zu einem Beratungsgespräch ein:

        Termin:     Montag, 14.9.2026, 8:45 Uhr
        Ort:        Jobservice Wien, Geschäftsstelle Landstraße, Schlachthausgasse 40, 1030 Wien,
                    Zone B, Schalter 7
        Beraterin:  Frau Renate Kainz

        Bitte bringen Sie einen Lichtbildausweis, Ihr aktuelles Dienstzeugnis bzw. die Kündigung sowie
        Ihre Bewerbungsunterlagen mit. Wir besprechen Ihre Jobsuche und mögliche Weiterbildungen.

        Falls Sie den Termin aus wichtigen Gründen (z. B. Krankheit, Vorstellungsgespräch) nicht
        wahrnehmen können, melden Sie sich bitte rechtzeitig über Ihr eKonto ab.

        Mit freundlichen Grüßen
        Ihr Jobservice Wien

        Diese Nachricht wurde automatisch erstellt. Antworten auf diese E-Mail werden nicht gelesen.
        """)
    return message([
        ("Received", mx("from mailgw.jobservice-wien.at (mailgw.jobservice-wien.at [198.51.100.60])",
                        "2026-09-03 11:20:18", VIE, "4QlW8p1Czz3Rr6")),
        ("From", addr("Jobservice Wien", "noreply@jobservice-wien.at")),
        ("To", ME),
        ("Subject", "Einladung zum Beratungstermin am 14.09.2026"),
        ("Date", date("2026-09-03 11:20:18", VIE)),
        ("Message-ID", "<ekonto.20260903.11201831.4471@jobservice-wien.at>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1"))


@mail(n(33), family="press_interview", lang="en", interview=False, company=None,
      note="A trade journalist confirms an interview WITH Lukas as an expert (Thursday 8 October, 11:00 CEST, by "
           "phone): a confirmed 'interview' time, but press, not a job interview.",
      days=(("Thu", "2026-10-08"),))
def b33() -> bytes:
    body = t("""
        Dear Mr Gruber,

        Many thanks for agreeing to speak with us for our December feature on ETCS Level 2 retrofits in
        Central Europe. I'm confirming our interview for Thursday, 8 October at 11:00 CEST by phone - I'll
        call you on the mobile number you sent. It should take about 30 minutes.

        As discussed, the piece focuses on practical lessons from interlocking migrations; we won't ask you
        about your employer's current tenders. You'll get your quotes for approval before publication.

        Kind regards,
        Hannah Lindqvist
        Contributing Editor, Rail Signal Review
        hannah.lindqvist@railsignalreview.example.com
        """)
    return message([
        ("Received", mx("from mail.railsignalreview.example.com (mail.railsignalreview.example.com [192.0.2.144])",
                        "2026-10-01 13:08:22", "Europe/London", "4QyR1v7Ksz5Jj8")),
        ("From", addr("Hannah Lindqvist", "hannah.lindqvist@railsignalreview.example.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Interview confirmation - Rail Signal Review, ETCS retrofit feature"),
        ("Date", date("2026-10-01 13:08:22", "Europe/London")),
        ("Message-ID", "<a1c4e7f0-2b5d-4e81-93c6-7f0a2d5b8e13@railsignalreview.example.com>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(34), family="podcast", lang="de-AT", interview=False, company=None,
      note="Podcast host confirms the recording of an episode with Lukas as guest (Di., 20.10., 18 Uhr, Studio "
           "in Wien-Neubau): confirmed time, not a job interview.",
      days=(("Tue", "2026-10-20"),))
def b34() -> bytes:
    body = t("""
        Hi Lukas!

        Mega, dass du dabei bist! Dann fix: Aufnahme für Folge 58 vom Stellwerk-Funk am Di., 20.10., um
        18 Uhr bei uns im Studio (Kaiserstraße 67, 1070 Wien, Hinterhaus, 1. Stock). Wir plaudern ca. eine
        Stunde übers Thema "Vom Relais zum ESTW – was bleibt vom alten Handwerk?".

        Ich schick dir bis Wochenende noch grob die Fragen, damit du dich nicht überfallen fühlst ;)
        Wenn du magst, nimm gern ein Foto vom alten Stellwerk in Floridsdorf mit, das wir für die
        Shownotes nehmen dürfen.

        Bis Dienstag!
        Mia

        --
        Stellwerk-Funk · der Podcast über Bahn, Technik und Menschen
        https://stellwerk-funk.example.com
        """)
    return message([
        ("Received", mx("from mout.gmx.net (mout.gmx.net [212.227.17.20])",
                        "2026-10-14 21:15:09", VIE, "4R0yJ8g3Lnz2Wz6")),
        ("From", addr("Mia Schartner", "mia@stellwerk-funk.example.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Re: Gast bei Stellwerk-Funk?"),
        ("Date", date("2026-10-14 21:15:09", VIE)),
        ("Message-ID", "<trinity-3b9e1c42-6a7d-4f0e-8c21-d5e9f0a1b2c3-1792012509@3c-app-gmx-bap12>"),
        ("In-Reply-To", "<CAH3x9q+Pod58@mail.example.org>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(35), family="admission_interview", lang="de-AT", interview=False, company=None,
      note="Fictional university of applied sciences invites to an 'Aufnahmegespräch' for a part-time master's "
           "programme (Fr., 6.11.2026, 10:30 Uhr): an admission interview, not a job interview.",
      days=(("Fri", "2026-11-06"),))
def b35() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Gruber,</p>
        <p>vielen Dank für Ihre Bewerbung für den berufsbegleitenden Masterstudiengang
        <b>Bahnsystemtechnik &amp; Digitalisierung</b> (Studienbeginn Sommersemester 2027).</p>
        <p>Sie haben den schriftlichen Aufnahmetest erfolgreich absolviert. Wir laden Sie daher zum
        <b>Aufnahmegespräch</b> ein:</p>
        <p>Freitag, 6.11.2026, 10:30 Uhr<br>
        FH Donaustadt, Campus Kagran, Wagramer Straße 150, 1220 Wien, Raum C.2.14<br>
        Dauer: 20 Minuten, Kommission: FH-Prof. DI Dr. Brigitte Fuchs, DI Karl Prinz</p>
        <p>Bitte halten Sie einen amtlichen Lichtbildausweis bereit. Das Ergebnis des Aufnahmeverfahrens
        erhalten Sie bis Mitte Dezember.</p>
        <p>Mit freundlichen Grüßen<br>Studiengangsassistenz Bahnsystemtechnik<br>FH Donaustadt</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail.fh-donaustadt.example.com (mail.fh-donaustadt.example.com [192.0.2.210])",
                        "2026-10-28 09:44:30", VIE, "4R6Qm5z0Bsz1Hg3")),
        ("From", addr("FH Donaustadt - Studiengang Bahnsystemtechnik", "bahnsystemtechnik@fh-donaustadt.example.com")),
        ("To", ME),
        ("Subject", enc("Einladung zum Aufnahmegespräch – Master Bahnsystemtechnik & Digitalisierung")),
        ("Date", date("2026-10-28 09:44:30", VIE)),
        ("Message-ID", "<20261028084430.7F3A2C1B@mail.fh-donaustadt.example.com>"),
    ], html(page, cte="base64"))


@mail(n(36), family="sports_tryout", lang="de-AT", interview=False, company=None,
      note="Rugby club confirms a try-out training ('Probetraining') Do., 17.9., 19:30: fixed time, not a job "
           "interview.",
      days=(("Thu", "2026-09-17"),))
def b36() -> bytes:
    body = t("""
        Servus Lukas,

        cool, dass du vorbeischauen willst! Probetraining passt am Do., 17.9., um 19:30 am Platz in der
        Hopsagasse (Kabine 3). Bitte 15 min früher da sein, dann kann dir der Coach noch kurz alles zeigen.

        Mitnehmen: Stollenschuhe, Mundschutz (haben wir zur Not auch), was zu trinken.
        Nach dem Training gehen wir meistens noch aufs Bier ins Vereinslokal – bist herzlich eingeladen.

        Sportliche Grüße
        Tobi
        RC Donauinsel – Rugby seit 1991
        """)
    return message([
        ("Received", mx("from mail-lf1-f43.google.com (mail-lf1-f43.google.com [209.85.167.43])",
                        "2026-09-14 22:03:51", VIE, "4QrA3m8Ncz6Lx2")),
        ("From", addr("Tobias Egger", "tobi.egger@rc-donauinsel.example.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Re: Probetraining"),
        ("Date", date("2026-09-14 22:03:51", VIE)),
        ("Message-ID", "<CAL8rWqZx1t0Y7v+QmB3@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(37), family="non_interview_calendar", lang="de-AT", interview=False, company=None,
      note="Car-service appointment (Werkstatttermin) Mo., 5. Okt. 2026, 7:30 Uhr, with ICS: confirmed time, not "
           "an interview.",
      days=(("Mon", "2026-10-05"),))
def b37() -> bytes:
    body = t("""
        Sehr geehrter Herr Gruber,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:

        Mo., 5. Okt. 2026, 7:30 Uhr – Fahrzeugannahme
        Fahrzeug: Skoda Octavia Combi, W-38117K
        Leistungen: §57a-Begutachtung ("Pickerl"), Service 60.000 km, Wechsel auf Winterreifen

        Voraussichtliche Fertigstellung: 16:00 Uhr. Ein Ersatzwagen ist für Sie reserviert.

        Autohaus Kaiserebersdorf GmbH
        Kaiserebersdorfer Straße 290, 1110 Wien
        Serviceannahme: 01 769 33 80-2
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Autohaus Kaiserebersdorf//Terminbuchung//DE
METHOD:PUBLISH
{VTZ_VIENNA}
BEGIN:VEVENT
UID:wt-2026-100507-38117@autohaus-kaiserebersdorf.example.com
DTSTAMP:20260929T145500Z
DTSTART;TZID=Europe/Vienna:20261005T073000
DTEND;TZID=Europe/Vienna:20261005T080000
SUMMARY:Werkstatttermin Autohaus Kaiserebersdorf (Fahrzeugannahme)
LOCATION:Kaiserebersdorfer Straße 290\\, 1110 Wien
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from termine.autohaus-kaiserebersdorf.example.com (termine.autohaus-kaiserebersdorf.example.com [192.0.2.71])",
                        "2026-09-29 16:55:00", VIE, "4QxN0r4Tbz7Vc9")),
        ("From", addr("Autohaus Kaiserebersdorf Service", "service@autohaus-kaiserebersdorf.example.com")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung Werkstatt – Mo., 5. Okt. 2026, 7:30 Uhr")),
        ("Date", date("2026-09-29 16:55:00", VIE)),
        ("Message-ID", "<wt.100507.38117@autohaus-kaiserebersdorf.example.com>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="8bit", filename="Werkstatttermin.ics",
                                  disposition="attachment")))


@mail(n(38), family="tax_adviser", lang="de-AT", interview=False, company=None,
      note="Tax adviser confirms a meeting (Do., 26.11., 16 Uhr) about the employee tax assessment and "
           "severance; documents 'bis Ende Jänner'. Personal appointment, not an interview.",
      days=(("Thu", "2026-11-26"),))
def b38() -> bytes:
    body = t("""
        Sehr geehrter Herr Gruber,

        gerne bestätige ich unseren Besprechungstermin am Donnerstag, den 26.11., um 16 Uhr in unserer
        Kanzlei. Wir gehen gemeinsam Ihre Arbeitnehmerveranlagung 2025 durch und besprechen die steuerliche
        Behandlung der Abfertigung sowie allfälliger Umzugs- und Bewerbungskosten (Fahrten zu
        Vorstellungsgesprächen sind als Werbungskosten absetzbar - bitte sammeln Sie die Belege).

        Bitte bringen Sie den Lohnzettel (L16) und die Bestätigung über Ihre Pendlerpauschale mit. Die
        restlichen Unterlagen für 2026 benötigen wir dann bis Ende Jänner.

        Mit freundlichen Grüßen

        Mag. Petra Hauer
        Steuerberaterin
        Hauer & Vogl Steuerberatung OG
        Neubaugasse 21/5, 1070 Wien
        """)
    return message([
        ("Received", mx("from mail.hauer-vogl.example.com (mail.hauer-vogl.example.com [192.0.2.33])",
                        "2026-11-18 10:12:40", VIE, "4RJd8s2Pkz0Cn4")),
        ("From", addr("Petra Hauer", "p.hauer@hauer-vogl.example.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Terminbestätigung 26.11. - Arbeitnehmerveranlagung", "iso-8859-15")),
        ("Date", date("2026-11-18 10:12:40", VIE)),
        ("Message-ID", "<000001dd5a2b$c4e1f0a0$4ea5d1e0$@hauer-vogl.example.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15"))


@mail(n(39), family="mock_interview", lang="de-AT", interview=False, company=None,
      note="Career coach confirms a booked mock interview ('Probe-Vorstellungsgespräch') Mi., 9.12., 18:00-19:30 "
           "via Zoom: confirmed time, but coaching, not a job interview.",
      days=(("Wed", "2026-12-09"),))
def b39() -> bytes:
    body = t("""
        Lieber Lukas,

        danke für deine Buchung! Hier die Details zu deinem Coaching-Termin:

        Paket:    Interview-Training "Technische Führungskräfte" (Einheit 2 von 3)
        Inhalt:   Probe-Vorstellungsgespräch mit Video-Feedback, Schwerpunkt Gehaltsverhandlung
        Termin:   Mi., 9.12.2026, 18:00 - 19:30 Uhr
        Ort:      Zoom – https://us06web.zoom.us/j/87711402255

        Bitte schick mir vorab die Stellenanzeige, für die wir üben sollen (gern die aus Zürich).

        Herzlich,
        Sabrina Lechner
        Karriere- & Bewerbungscoaching, Wien
        www.lechner-coaching.example.com
        """)
    return message([
        ("Received", mx("from smtp.lechner-coaching.example.com (smtp.lechner-coaching.example.com [192.0.2.188])",
                        "2026-12-02 19:40:27", VIE, "4RRc1p6Dfz8Mm7")),
        ("From", addr("Sabrina Lechner", "sabrina@lechner-coaching.example.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Bestätigung: Interview-Training Einheit 2 – Mi., 9.12.")),
        ("Date", date("2026-12-02 19:40:27", VIE)),
        ("Message-ID", "<6f1d2e3c-4b5a-4987-8c6d-5e4f3a2b1c0d@lechner-coaching.example.com>"),
    ], text(body, cte="base64"))


@mail(n(40), family="forwarded_other", lang="de-AT", interview=False, company=None,
      note="A friend forwards HIS OWN Greenhouse interview confirmation (Ampelwerk, Tue 22 Sep 10:00 Munich, with "
           "ICS) as message/rfc822 'zur Info': a real confirmation, but for someone else, so negative for "
           "Lukas's inbox.",
      days=(("Tue", "2026-09-22"),))
def b40() -> bytes:
    inner_body = t("""
        Hallo Stefan,

        hiermit bestätigen wir Ihr Interview für die Position Engineer Zugsicherung (m/w/d) bei Ampelwerk
        Signaltechnik.

        Termin:   Dienstag, 22. September 2026, 10:00 - 11:00 Uhr (MESZ)
        Ort:      Ampelwerk Signaltechnik GmbH, Landsberger Straße 212, 80687 München

        Viele Grüße
        Sabine Köhler
        Ampelwerk Signaltechnik GmbH

        Powered by Greenhouse
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:gh-interview-61550311@greenhouse.io
DTSTAMP:20260915T081500Z
DTSTART;TZID=Europe/Berlin:20260922T100000
DTEND;TZID=Europe/Berlin:20260922T110000
SUMMARY:Interview Stefan Moser - Ampelwerk Signaltechnik
ORGANIZER;CN=Sabine Köhler:mailto:sabine.koehler@ampelwerk-signal.de
ATTENDEE;CN=Stefan Moser;RSVP=TRUE:mailto:stefan.moser@example.com
END:VEVENT
END:VCALENDAR"""
    inner = message([
        ("From", addr("Ampelwerk Signaltechnik GmbH", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sabine Köhler", "sabine.koehler@ampelwerk-signal.de")),
        ("To", addr("Stefan Moser", "stefan.moser@example.com")),
        ("Subject", enc("Interviewbestätigung: Engineer Zugsicherung (m/w/d) – Ampelwerk")),
        ("Date", date("2026-09-15 10:15:02", "Europe/Berlin")),
        ("Message-ID", "<0100019a4d2e3f9a-8d2c9e3b-6a1f-4e9c-8b74-c2f1e4a5b032-000000@us.greenhouse-mail.io>"),
    ], mixed(text(inner_body), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))
    outer = t("""
        Hey Lukas,

        schau mal, die haben mich jetzt auch eingeladen – nächsten Dienstag um 10 bin ich in München! 😅
        Du warst ja letzte Woche dort: Wie war der Aschenbrenner so drauf? Muss ich mich auf so
        Sicherheitsnachweis-Fangfragen einstellen?

        Ruf mich an, wenn du Zeit hast, oder Bier am Freitag?

        Stefan
        """)
    return message([
        ("Received", mx("from mail-qv1-f44.google.com (mail-qv1-f44.google.com [209.85.219.44])",
                        "2026-09-16 19:27:55", VIE, "4QsF6t0Xdz2Rb8")),
        ("From", addr("Stefan Moser", "stefan.moser@example.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Fwd: Interviewbestätigung: Engineer Zugsicherung (m/w/d) – Ampelwerk")),
        ("Date", date("2026-09-16 19:27:55", VIE)),
        ("Message-ID", "<CAPm4x0Nq2+Fwd7hS1@mail.gmail.com>"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner)))


@mail(n(41), family="interviewer_invite", lang="de-AT", interview=False, company=None,
      note="Exchange meeting request from HR at Lukas's CURRENT employer (forwarded from his work mailbox): he is "
           "on the panel interviewing a candidate, Do., 26.11., 13:00. A real interview at a fixed time, but he "
           "is the interviewer, not the candidate -> negative.",
      days=(("Thu", "2026-11-26"),))
def b41() -> bytes:
    body = t("""
        Hallo Lukas,

        danke, dass du trotz deiner Kündigungsfrist noch beim Interview für deine Nachfolge dabei bist! Der
        Kandidat, Herr Daniel Novak, bringt 6 Jahre Erfahrung mit Relaisstellwerken mit. Lebenslauf und
        Fragebogen liegen im Teams-Kanal "Recruiting Stellwerk".

        Bitte übernimm den fachlichen Teil (ca. 30 min), ich mache Einstieg und Abschluss.

        Danke & LG
        Doris

        """) + TEAMS_DE + "\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Haider Doris:mailto:doris.haider@fsb-stellwerk.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gruber Lukas:mailto:lukas.gruber@fsb-stellwerk.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wimmer Martina:mailto:martina.wimmer@fsb-stellwerk.example.com
SUMMARY;LANGUAGE=de-AT:Interview Kandidat D. Novak - Fachrunde (Panel)
DTSTART;TZID=W. Europe Standard Time:20261126T130000
DTEND;TZID=W. Europe Standard Time:20261126T140000
UID:040000008200E00074C5B7101A82E00800000000E2A4C6E8F05ADD01000000000000000010000000C3E5A7B9D1F2E4C6A8B0D2F4E6A8C0E2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T091802Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mail.fsb-stellwerk.example.com (mail.fsb-stellwerk.example.com [192.0.2.50])",
                        "2026-11-23 10:18:02", VIE, "4RLq5x1Ntz3Sd0")),
        ("From", addr("Haider Doris", "doris.haider@fsb-stellwerk.example.com")),
        ("To", addr("Gruber Lukas", "lukas.gruber@fsb-stellwerk.example.com")),
        ("CC", addr("Wimmer Martina", "martina.wimmer@fsb-stellwerk.example.com")),
        ("Subject", "Interview Kandidat D. Novak - Fachrunde (Panel)"),
        ("Date", "Mon, 23 Nov 2026 09:18:02 +0000"),
        ("Message-ID", "<PR3P193MB0841A2C4E6F8A0B2C4D6E8F0A2B4C@PR3P193MB0841.EURP193.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "lukas.gruber@fsb-stellwerk.example.com lukas.gruber@example.org"),
        ("Content-Language", "de-AT"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(42), family="auto_reply", lang="de-AT", interview=False, company="Kahlenberg Rail Solutions GmbH",
      note="Exchange out-of-office reply (Auto-Submitted: auto-replied) to Lukas's application, 'bis "
           "einschließlich Montag, 2. November' away: dates, but nothing scheduled.",
      days=(("Mon", "2026-11-02"), ("Tue", "2026-11-03")))
def b42() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 2. November, nicht im Büro und habe nur eingeschränkt Zugriff auf
        meine E-Mails. Ab Dienstag, 3. November, bin ich wieder für Sie da.

        Bewerbungen werden selbstverständlich nach meiner Rückkehr bearbeitet. In dringenden Fällen
        erreichen Sie unser Office unter +43 1 367 22 40-0.

        Beste Grüße
        Nina Aigner
        People & Talent | Kahlenberg Rail Solutions GmbH
        """)
    return message([
        ("Received", mx("from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2070.outbound.protection.outlook.com [40.107.21.70])",
                        "2026-10-27 09:12:33", VIE, "4R5wB3h7Qpz0Lk2")),
        ("From", addr("Nina Aigner", "nina.aigner@kahlenberg-rail.at")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Automatische Antwort: Bewerbung Projektingenieur Zugsicherung – Lukas Gruber")),
        ("Date", "Tue, 27 Oct 2026 08:12:33 +0000"),
        ("Message-ID", "<VI1PR05MB7120A9B8C7D6E5F4A3B2C1D0E9F87@VI1PR05MB7120.eurprd05.prod.outlook.com>"),
        ("In-Reply-To", "<CAH3x9q+Bew2611@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "nina.aigner@kahlenberg-rail.at"),
        ("Content-Language", "de-AT"),
    ], alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(43), family="bounce", lang="de-AT", interview=False, company=None,
      note="Postfix bounce (multipart/report) of Lukas's own application mail, which offers to come for an "
           "interview 'ab Dienstag, 15.9.': the returned text mentions an interview, nothing is scheduled.",
      days=(("Tue", "2026-09-15"),))
def b43() -> bytes:
    notice = t("""
        Dies ist die Mail-Software auf mx1.example.org.

        Ihre Nachricht konnte leider nicht an einen oder mehrere Empfänger zugestellt werden.
        Die ursprüngliche Nachricht ist angehängt.

        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not be delivered to one or more
        recipients. It's attached below.

        <bewerbung@semmering-signal.example.com>: host mx.semmering-signal.example.com[192.0.2.91]
            said: 550 5.1.1 <bewerbung@semmering-signal.example.com>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4QpA7c1Mtz9Hh5
        X-Postfix-Sender: rfc822; lukas.gruber@example.org
        Arrival-Date: Thu, 10 Sep 2026 08:31:02 +0200 (CEST)

        Final-Recipient: rfc822; bewerbung@semmering-signal.example.com
        Original-Recipient: rfc822;bewerbung@semmering-signal.example.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.semmering-signal.example.com
        Diagnostic-Code: smtp; 550 5.1.1 <bewerbung@semmering-signal.example.com>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", addr("Lukas Gruber", ME)),
        ("To", "bewerbung@semmering-signal.example.com"),
        ("Subject", "Bewerbung als Sicherungstechniker (Ref. ST-26-09) - Lukas Gruber"),
        ("Date", date("2026-09-10 08:31:00", VIE)),
        ("Message-ID", "<CAH3x9q+Sem0910@mail.example.org>"),
    ], text(t("""
        Sehr geehrte Damen und Herren,

        anbei sende ich Ihnen meine Bewerbung für die ausgeschriebene Stelle als Sicherungstechniker.
        Seit sieben Jahren plane und teste ich Relais- und elektronische Stellwerke bei der Favoritner
        Stellwerksbau GmbH.

        Für ein persönliches Gespräch stehe ich Ihnen ab Dienstag, 15.9., gerne zur Verfügung.

        Mit freundlichen Grüßen
        Lukas Gruber
        """)))
    report = mixed(text(notice, cte="8bit", extra=(("Content-Description", "Notification"),)),
                   raw_part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")], status),
                   attached_message(original))
    report.headers = [("Content-Type", report.headers[0][1].replace("multipart/mixed",
                                                                    "multipart/report; report-type=delivery-status"))]
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 4QpA7d0Kbz1Xw3; Thu, 10 Sep 2026 06:31:05 +0000 (UTC)"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-10 08:31:05", VIE)),
        ("Message-ID", "<20260910063105.4QpA7d0Kbz1Xw3@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(44), family="mailing_list", lang="de-AT", interview=False, company=None,
      note="Mailman list mail announcing a professional meetup (Stammtisch) with a talk and an 'Interview mit' "
           "segment, Do., 15.10., 18:30: a fixed time, but a meetup, not a job interview.",
      days=(("Thu", "2026-10-15"),))
def b44() -> bytes:
    body = t("""
        Liebe Kolleginnen und Kollegen,

        der nächste Stammtisch Signaltechnik findet am Do., 15.10., ab 18:30 Uhr im Gasthaus "Zum
        Weichensteller" (Erdbergstraße 11, 1030 Wien) statt.

        Programm:
        18:30  Ankommen
        19:00  Kurzvortrag "FRMCS-Migration – was kommt auf die Stellwerke zu?" (Karin Wolf)
        19:30  Interview mit dem Leiter der Betriebsführungszentrale Wien, live & mit Publikumsfragen
        ab 20:15 gemütlicher Teil

        Bitte kurz bis Montag Bescheid geben, damit wir genug Plätze reservieren.

        Liebe Grüße
        Gerhard (für das Orga-Team)

        _______________________________________________
        bahnsig-at Mailingliste
        bahnsig-at@lists.example.net
        https://lists.example.net/mailman/listinfo/bahnsig-at
        """)
    return message([
        ("Received", mx("from lists.example.net (lists.example.net [192.0.2.17])",
                        "2026-10-06 12:40:58", VIE, "4QzR8w2Nbz6Jp9")),
        ("From", addr("Gerhard Puchinger", "g.puchinger@example.net")),
        ("Sender", '"bahnsig-at" <bahnsig-at-bounces@lists.example.net>'),
        ("To", "bahnsig-at@lists.example.net"),
        ("Subject", "[bahnsig-at] Stammtisch Signaltechnik am 15.10."),
        ("Date", date("2026-10-06 12:40:51", VIE)),
        ("Message-ID", "<8a7f3e21-0c4b-4d6e-9f1a-2b3c4d5e6f70@example.net>"),
        ("List-Id", "Signaltechnik Austria <bahnsig-at.lists.example.net>"),
        ("List-Unsubscribe", "<https://lists.example.net/mailman/options/bahnsig-at>,\r\n <mailto:bahnsig-at-request@lists.example.net?subject=unsubscribe>"),
        ("List-Post", "<mailto:bahnsig-at@lists.example.net>"),
        ("List-Archive", "<https://lists.example.net/pipermail/bahnsig-at/>"),
        ("Precedence", "list"),
        ("X-Mailman-Version", "2.1.39"),
    ], text(body, cte="8bit"))


@mail(n(45), family="non_interview_calendar", lang="de-AT", interview=False, company=None,
      note="School messaging platform confirms a parent-teacher slot (Elternsprechtag) Do., 12.11., 17:20-17:30: "
           "fixed time, not an interview.",
      days=(("Thu", "2026-11-12"),))
def b45() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p style="font-size:18px;color:#2e7d32">Klassenpost</p>
        <p>Guten Tag Herr Gruber,</p>
        <p>Ihr Termin für den <b>Elternsprechtag</b> wurde gebucht:</p>
        <p><b>Do., 12.11.2026, 17:20 - 17:30 Uhr</b><br>
        Lehrerin: Frau Andrea Berger-Lenz (Klassenvorständin 2b)<br>
        Kind: Felix Gruber<br>
        Raum: 2b, 1. Stock, Volksschule Czerningasse</p>
        <p>Bitte seien Sie pünktlich, die Termine sind eng getaktet. Eine Absage ist bis 24 Stunden vorher in der App möglich.</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch von Klassenpost versendet.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail.klassenpost.example.com (mail.klassenpost.example.com [192.0.2.120])",
                        "2026-11-05 19:02:11", VIE, "4RBt1x9Dkz3Gs6")),
        ("From", addr("Klassenpost", "noreply@klassenpost.example.com")),
        ("To", ME),
        ("Subject", "Elternsprechtag: Ihr Termin am Do., 12.11., 17:20 Uhr"),
        ("Date", date("2026-11-05 19:02:11", VIE)),
        ("Message-ID", "<kp-est-2b-20261112-1720@klassenpost.example.com>"),
    ], html(page))


@mail(n(46), family="tenant_interview", lang="de-AT", interview=False, company=None,
      note="Housing cooperative invites to a flat viewing and 'persönliches Vorstellungsgespräch' as prospective "
           "tenant, Mo., 16.11., 17:30: the word and a fixed time, but a tenant interview, not a job interview.",
      days=(("Mon", "2026-11-16"),))
def b46() -> bytes:
    body = t("""
        Sehr geehrter Herr Gruber,

        vielen Dank für Ihr Interesse an der geförderten Genossenschaftswohnung in der Tesarekplatz-
        Anlage, Stiege 3, Top 14 (3 Zimmer, 78 m², Loggia).

        Wir dürfen Sie zur Besichtigung und einem kurzen persönlichen Vorstellungsgespräch mit unserer
        Hausverwaltung einladen:

        Montag, 16.11.2026, 17:30 Uhr
        Treffpunkt: Hauseingang Stiege 3

        Bitte bringen Sie die letzten drei Gehaltszettel bzw. einen Nachweis über Ihr künftiges
        Einkommen, einen Meldezettel und einen Lichtbildausweis mit. Nach dem Termin haben Sie eine Woche
        Zeit, sich für oder gegen die Wohnung zu entscheiden.

        Mit freundlichen Grüßen
        Ing. Rudolf Seidl
        Wohnungsvergabe
        Gemeinnützige Siedlungsgenossenschaft Wienerberg reg.Gen.m.b.H.
        """)
    return message([
        ("Received", mx("from mail.sg-wienerberg.example.com (mail.sg-wienerberg.example.com [192.0.2.158])",
                        "2026-11-09 13:27:44", VIE, "4RCh6s1Xmz8Nt0")),
        ("From", addr("Wohnungsvergabe SG Wienerberg", "vergabe@sg-wienerberg.example.com")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Einladung Besichtigung & Vorstellungsgespräch – Top 14, Stiege 3")),
        ("Date", date("2026-11-09 13:27:44", VIE)),
        ("Message-ID", "<20261109122744.B71C3@sg-wienerberg.example.com>"),
    ], text(body, cte="base64"))


@mail(n(47), family="non_interview_calendar", lang="de-AT", interview=False, company=None,
      note="Weekly 1:1 with his current manager (Exchange, RRULE weekly on Mondays 9:30 from 14 Sep), forwarded "
           "from the work mailbox: fixed time, not an interview.",
      days=(("Mon", "2026-09-14"),))
def b47() -> bytes:
    body = t("""
        Hi Lukas,

        wie besprochen machen wir unsere 1:1s bis zu deinem letzten Tag wieder wöchentlich, vor allem um
        die Übergabe von Stadlau und Hütteldorf sauber zu planen. Montag 9:30 nach dem Stand-up passt
        hoffentlich.

        LG Martina

        """) + TEAMS_DE + "\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Wimmer Martina:mailto:martina.wimmer@fsb-stellwerk.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gruber Lukas:mailto:lukas.gruber@fsb-stellwerk.example.com
RRULE:FREQ=WEEKLY;UNTIL=20261221T083000Z;INTERVAL=1;BYDAY=MO;WKST=MO
SUMMARY;LANGUAGE=de-AT:1:1 Lukas / Martina
DTSTART;TZID=W. Europe Standard Time:20260914T093000
DTEND;TZID=W. Europe Standard Time:20260914T100000
UID:040000008200E00074C5B7101A82E00800000000A1C3E5A7B93EDD01000000000000000010000000B2D4F6A8C0E2A4C6E8F0A2C4E6A8B0C2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260907T141215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mail.fsb-stellwerk.example.com (mail.fsb-stellwerk.example.com [192.0.2.50])",
                        "2026-09-07 16:12:15", VIE, "4QmJ2r7Vbz5Cd1")),
        ("From", addr("Wimmer Martina", "martina.wimmer@fsb-stellwerk.example.com")),
        ("To", addr("Gruber Lukas", "lukas.gruber@fsb-stellwerk.example.com")),
        ("Subject", "1:1 Lukas / Martina"),
        ("Date", "Mon, 7 Sep 2026 14:12:15 +0000"),
        ("Message-ID", "<PR3P193MB0841F1E2D3C4B5A69788A7B6C5D4E@PR3P193MB0841.EURP193.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "lukas.gruber@fsb-stellwerk.example.com lukas.gruber@example.org"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(n(48), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Cracking the Technical Interview' (Thursday, October 22, 2026, 6:00 PM "
           "Vienna) with ICS: a confirmed time, but a webinar about interviews.",
      days=(("Thu", "2026-10-22"),))
def b48() -> bytes:
    body = t("""
        Hi Lukas,

        Thank you for registering for "Cracking the Technical Interview: A Guide for Rail & Signalling
        Engineers".

        Please submit any questions to: events@railcareers-europe.example.com

        Date & Time: Oct 22, 2026 06:00 PM Vienna

        Join from PC, Mac, Linux, iOS or Android:
        https://us02web.zoom.us/w/86122907713?tk=Vb1xQmR0dUt2Mg

        Or iPhone one-tap:
        +43 12 535 501,,86122907713# Austria

        Webinar ID: 861 2290 7713

        You can cancel your registration at any time.

        RailCareers Europe
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VTZ_VIENNA}
BEGIN:VEVENT
DTSTAMP:20261015T090402Z
DTSTART;TZID=Europe/Vienna:20261022T180000
DTEND;TZID=Europe/Vienna:20261022T193000
SUMMARY:Cracking the Technical Interview: A Guide for Rail & Signalling Engineers
UID:20261015T090402Z-86122907713@fe80:0:0:0:1c2:f0ff:fe1a:2b3c
DESCRIPTION:Join from PC\\, Mac\\, Linux\\, iOS or Android: https://us02web.zoom.us/w/86122907713
LOCATION:https://us02web.zoom.us/w/86122907713
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from zoom.us (mta-z-3.zoom.us [170.114.52.3])",
                        "2026-10-15 11:04:02", VIE, "4R1Ck0f4Tgz9Bq7")),
        ("From", addr("RailCareers Europe", "no-reply@zoom.us")),
        ("Reply-To", "events@railcareers-europe.example.com"),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", "Cracking the Technical Interview: A Guide for Rail & Signalling Engineers Confirmation"),
        ("Date", date("2026-10-15 11:04:02", VIE)),
        ("Message-ID", "<wbnr.reg.86122907713.a7c1@zoom.us>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, method=None, ctype="text/calendar", filename="Webinar.ics",
                      disposition="attachment")))


@mail(n(49), family="referral_update", lang="de-AT", interview=False, company=None,
      note="A friend at another company tells Lukas that the candidate he referred has her first interview "
           "'nächsten Montag, 23.11., um 10 Uhr': a confirmed interview, but someone else's. The sender's firm "
           "is not hiring Lukas and this is none of rejection/offer/receipt/outreach, so company null.",
      days=(("Mon", "2026-11-23"),))
def b49() -> bytes:
    body = t("""
        Hey Lukas!

        Kurzes Update zu deiner Empfehlung: Anna Berger hat nächsten Montag, 23.11., um 10 Uhr ihr
        Erstgespräch bei uns (mit dem Team Leitstellen). Ihr Lebenslauf hat echt überzeugt – danke dir!
        Wenn sie's wird und die Probezeit übersteht, gibt's die Empfehlungsprämie, wir gehen dann
        natürlich was trinken 🍻

        Und bei dir? Hast eh schon was Neues in Aussicht?

        Bussi
        Kathi

        --
        Katharina Brandstätter
        Projektleitung Leitstellen
        Donauweg Infrastruktur GmbH
        """)
    return message([
        ("Received", mx("from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])",
                        "2026-11-19 12:55:09", VIE, "4RKf0n3Rvz2Wm8")),
        ("From", addr("Katharina Brandstätter", "katharina.brandstaetter@donauweg-infra.at")),
        ("To", addr("Lukas Gruber", ME)),
        ("Subject", enc("Deine Empfehlung – Anna 🙂")),
        ("Date", date("2026-11-19 12:55:09", VIE)),
        ("Message-ID", "<AS8PR04MB8512D0E1F2A3B4C5D6E7F8A9B0C1D@AS8PR04MB8512.eurprd04.prod.outlook.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(50), family="non_interview_calendar", lang="de-AT", interview=False, company=None,
      note="Bank confirms an advisor meeting ('Beratungsgespräch') Fr., 18.9., 15:30, with ICS: fixed time, "
           "'Gespräch' in the subject, but a bank appointment.",
      days=(("Fri", "2026-09-18"),))
def b50() -> bytes:
    body = t("""
        Sehr geehrter Herr Gruber,

        wir bestätigen Ihr persönliches Beratungsgespräch:

        Termin:    Freitag, 18. September 2026, 15:30 Uhr
        Berater:   Mag. Florian Steindl, Wohnbau & Vorsorge
        Filiale:   Leopoldauer Bank, Floridsdorfer Hauptstraße 9, 1210 Wien
        Thema:     Veranlagung Abfertigung, Anschlussfinanzierung Wohnbaukredit

        Bitte bringen Sie einen amtlichen Lichtbildausweis sowie Ihre letzten drei Gehaltsnachweise mit.

        Freundliche Grüße
        Ihre Leopoldauer Bank

        Diese E-Mail wurde automatisch erzeugt.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Leopoldauer Bank//Terminvereinbarung//DE
METHOD:PUBLISH
{VTZ_VIENNA}
BEGIN:VEVENT
UID:beratung-20260918-1530-44120@leopoldauer-bank.example.com
DTSTAMP:20260911T084522Z
DTSTART;TZID=Europe/Vienna:20260918T153000
DTEND;TZID=Europe/Vienna:20260918T163000
SUMMARY:Beratungsgespräch Leopoldauer Bank
LOCATION:Floridsdorfer Hauptstraße 9\\, 1210 Wien
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mailout.leopoldauer-bank.example.com (mailout.leopoldauer-bank.example.com [192.0.2.99])",
                        "2026-09-11 10:45:22", VIE, "4QqJ9a2Wdz7Xs3")),
        ("From", addr("Leopoldauer Bank Terminservice", "termine@leopoldauer-bank.example.com")),
        ("To", ME),
        ("Subject", enc("Bestätigung Ihres Beratungsgesprächs am 18.09.2026")),
        ("Date", date("2026-09-11 10:45:22", VIE)),
        ("Message-ID", "<termin.44120.20260911084522@leopoldauer-bank.example.com>"),
    ], mixed(alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Beratungstermin.ics",
                      disposition="attachment")))
