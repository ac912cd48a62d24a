"""blind149: a blind 50-mail held-out set, the inbox of a battery-systems engineer in Aachen.

Inbox owner: Moritz Becker <moritz.becker@example.org>, Europe/Berlin, September to mid-December
2026. Every mail is written by hand below (one function per mail); ``make.py`` does the MIME
plumbing and the checks. Written blind: without reading the detector, its tests or fixtures, or
any other held-out set. Build and check with ``python3 bench/heldout/make_blind.py blind149``.

File numbers are a fixed shuffle of the writing order: the mail written key-th is
``blind149_{ORDER[key-1]:03d}.eml``; keys 1-23 are the positives, 24-50 the negatives.
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
)

ORDER = random.Random(1490149).sample(range(1, 51), 50)

ME = "moritz.becker@example.org"
MEN = addr("Moritz Becker", ME)
Z = "Europe/Berlin"


def n(key: int) -> str:
    return f"blind149_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx.example.org with ESMTPS id {ident}", ME, lag))


def hd(frm: str, subject: str, when: str, zone: str, mid: str, to: str = MEN,
       extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
            ("Message-ID", mid), *extra]


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
      contact="hannah.vossen@cellwerk-systems.de", company="Cellwerk Systems",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=Z,
      note="Greenhouse confirmation, 'Tuesday, September 15, 2026 10:00 AM - 10:45 AM CEST' "
           "(Berlin summer time, UTC+2); contact = human Reply-To recruiter; sender is no-reply")
def p_greenhouse():
    body = t("""
        Hi Moritz,

        Thanks for scheduling time with us! Your interview for the Senior Battery Systems
        Engineer (BMS) role at Cellwerk Systems is confirmed.

        Interview: Technical conversation with the BMS team
        When: Tuesday, September 15, 2026 10:00 AM - 10:45 AM CEST
        Where: Google Meet - https://meet.google.com/kxq-vbnr-owt
        Interviewers: Dr. Tobias Reinartz (Head of BMS), Lea Mertens (Functional Safety)

        If you need to reschedule, please reply to this email and let me know a few
        alternatives.

        Best regards,
        Hannah Vossen
        Talent Acquisition | Cellwerk Systems GmbH
        Jülicher Straße 209, 52070 Aachen

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Moritz,</p>
        <p>Thanks for scheduling time with us! Your interview for the <b>Senior Battery Systems
        Engineer (BMS)</b> role at Cellwerk Systems is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical conversation with the BMS team</td></tr>
        <tr><td><b>When:</b></td><td>Tuesday, September 15, 2026 10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Where:</b></td><td><a href="https://meet.google.com/kxq-vbnr-owt">Google Meet</a></td></tr>
        <tr><td><b>Interviewers:</b></td><td>Dr. Tobias Reinartz (Head of BMS), Lea Mertens (Functional Safety)</td></tr>
        </table>
        <p>If you need to reschedule, please reply to this email and let me know a few alternatives.</p>
        <p>Best regards,<br>Hannah Vossen<br>Talent Acquisition | Cellwerk Systems GmbH<br>
        Jülicher Straße 209, 52070 Aachen</p>
        <p style="color:#999;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    w = "2026-09-08 14:12:09"
    h = [rcv("o3.sg.greenhouse-mail.io", "167.89.71.3", w, Z, "9fKq2LmvXa01"),
         *hd(addr("Cellwerk Systems", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Senior Battery Systems Engineer (BMS) at Cellwerk Systems",
             w, Z, "<7b3e1c9a-44d2-4f7e-9d51-0c2f8a6b11e3@us.greenhouse-mail.io>",
             extra=(("Reply-To", addr("Hannah Vossen", "hannah.vossen@cellwerk-systems.de")),
                    ("X-SG-EID", "u001.k3Vx9zQd0bRmPq1tY2wZ8a"),
                    ("List-Unsubscribe", "<https://app.greenhouse.io/unsubscribe/c7f1>")))]
    return message(h, alt(text(body), html(page)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-17T08:45:00Z", end=None,
      contact="julia.schmitz@rurtal-batterie.de", company="Rurtal Batterietechnik",
      local="Thu 2026-09-17 10:45", zone=Z,
      note="Personio-Einladung, HTML only (base64): 'Do., 17.09.2026 um 10:45 Uhr' vor Ort in Aachen, "
           "MESZ = UTC+2; 'ca. 60 Minuten' is approximate so end null; contact = Reply-To recruiter")
def p_personio():
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;padding:32px">
        <tr><td><img src="https://rurtal-batterie.jobs.personio.de/logo.png" alt="Rurtal Batterietechnik" height="40"></td></tr>
        <tr><td style="font-size:15px;line-height:1.5;color:#1f2933">
        <p>Sehr geehrter Herr Becker,</p>
        <p>vielen Dank für Ihre Bewerbung als <strong>Entwicklungsingenieur Batteriesysteme (m/w/d)</strong>.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und bestätigen hiermit den folgenden Termin:</p>
        <p style="background:#eef2f7;padding:12px 16px;border-radius:6px">
        <strong>Termin:</strong> Do., 17.09.2026 um 10:45 Uhr<br>
        <strong>Ort:</strong> Rurtal Batterietechnik GmbH, Gut-Dämme-Straße 14, 52070 Aachen, Empfang Gebäude B<br>
        <strong>Gesprächspartner:</strong> Frank Offermanns (Leitung Entwicklung), Julia Schmitz (HR)<br>
        <strong>Dauer:</strong> ca. 60 Minuten</p>
        <p>Bitte bringen Sie einen Lichtbildausweis mit. Parkplätze finden Sie direkt vor Gebäude B.</p>
        <p>Sollten Sie verhindert sein, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Julia Schmitz<br>Personalreferentin</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a94a6;padding-top:24px">Rurtal Batterietechnik GmbH · Amtsgericht Aachen HRB 21877 ·
        Diese Nachricht wurde über Personio versendet.</td></tr>
        </table></td></tr></table></body></html>
        """)
    w = "2026-09-11 09:37:44"
    h = [rcv("mail-eu1.personio.de", "52.58.14.201", w, Z, "Pq7Rt0xWz3Ka"),
         *hd(addr("Rurtal Batterietechnik GmbH", "no-reply@personio.de"),
             "Einladung zum Vorstellungsgespräch – Entwicklungsingenieur Batteriesysteme (m/w/d)",
             w, Z, "<0102018fa3c1d2e4-5b7c9d1e-3f5a-4b6c-8d9e-0a1b2c3d4e5f-000000@eu-central-1.amazonses.com>",
             extra=(("Reply-To", addr("Julia Schmitz", "julia.schmitz@rurtal-batterie.de")),))]
    return message(h, html(page, cte="base64"))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-22T12:15:00Z", end=None,
      contact="kevin.lennartz@mosaik-energie.de", company="Mosaik Energiesysteme",
      local="Tue 2026-09-22 14:15", zone=Z,
      note="Hiring manager's phone reply (du, Rhineland): 'nächste Woche Dienstag um viertel nach zwei' "
           "from Date Wed 16.09. = Tue 22.09. 14:15 MESZ (UTC+2); contact = human sender")
def p_phone():
    body = t("""
        Hi Moritz,

        jo, passt super! Dann machen wirs so: nächste Woche Dienstag um viertel nach zwei bei uns in Ehrenfeld (Vogelsanger Str. 321, 3. Etage). Frag am Empfang einfach nach mir, ich hol dich dann ab.
        Mit dabei is noch der Sebastian aus dem Testfeld, der zeigt dir hinterher auch die Prüfstände.

        Bring gern dein Laptop mit, falls du was aus deiner Masterarbeit zeigen willst, muss aber nich.

        Bis dann, freu mich!
        Kevin

        Gesendet von meinem iPhone

        > Am 16.09.2026 um 17:02 schrieb Moritz Becker <moritz.becker@example.org>:
        >
        > Hallo Kevin,
        >
        > danke für das nette Telefonat heute. Wie besprochen würde es mir nächste Woche Dienstag nachmittags gut passen, ab 14 Uhr bin ich flexibel.
        >
        > Viele Grüße
        > Moritz
        """)
    w = "2026-09-16 19:48:31"
    h = [rcv("mail-out.mosaik-energie.de", "194.25.80.17", w, Z, "hT5uN8bQm2Lz"),
         *hd(addr("Kevin Lennartz", "kevin.lennartz@mosaik-energie.de"), "Re: Kennenlernen bei Mosaik",
             w, Z, "<3E9C7A51-2B4D-4F18-9A6E-D1C2B3A4F5E6@mosaik-energie.de>",
             extra=(("In-Reply-To", "<CAM8xk2pV0q9@mail.example.org>"),
                    ("References", "<CAM8xk2pV0q9@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))]
    return message(h, text(body, cte="8bit"))


EXCH_BOILER_DE = """________________________________________________________________________________
Microsoft Teams Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>
Besprechung jetzt beitreten<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {bid}
Kennung: {pw}
________________________________________________________________________________
"""


@mail(n(4), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z",
      contact="sabine.kranz@hellweg-ie.de", company="Hellweg Industrieelektronik",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=Z,
      note="Exchange meeting request, TZID 'W. Europe Standard Time'. DST edge: sent Thu 22.10. in MESZ, "
           "clocks go back Sun 25.10., so Mon 26.10. 09:00-10:00 is MEZ (UTC+1) = 08:00-09:00Z; "
           "contact = human ORGANIZER")
def p_exchange_dst():
    bid = "364 918 227 045"
    body = t("""
        Hallo Herr Becker,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für das Fachinterview (Teams). Teilnehmen werden Herr Dr. Ulrich Brandes (Leitung Leistungselektronik) und ich.

        Bis Montag!
        Sabine Kranz
        Recruiting & Employer Branding
        Hellweg Industrieelektronik AG | Kaiserswerther Straße 115 | 40474 Düsseldorf
        Tel. +49 211 4478-231

        """) + EXCH_BOILER_DE.format(mid="NzQ3ZmRkYjMtNGE4", bid=bid, pw="q7Ct3N")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
            '<p>Hallo Herr Becker,</p><p>wie telefonisch besprochen sende ich Ihnen hiermit die Einladung '
            'für das Fachinterview (Teams). Teilnehmen werden Herr Dr. Ulrich Brandes (Leitung '
            'Leistungselektronik) und ich.</p><p>Bis Montag!<br>Sabine Kranz<br>Recruiting &amp; Employer '
            'Branding<br>Hellweg Industrieelektronik AG | Kaiserswerther Straße 115 | 40474 Düsseldorf<br>'
            'Tel. +49 211 4478-231</p></div>\n<div style="width:100%"><hr>'
            '<p><b>Microsoft Teams</b> <a href="https://aka.ms/JoinTeamsMeeting?omkt=de-DE">Hilfe?</a></p>'
            '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3ZmRkYjMtNGE4%40thread.v2/0">'
            'Besprechung jetzt beitreten</a></p><p>Besprechungs-ID: 364 918 227 045<br>Kennung: q7Ct3N</p>'
            '<hr></div></body></html>\n')
    ics = VTZ["W. Europe Standard Time"]
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics + """
BEGIN:VEVENT
ORGANIZER;CN=Kranz Sabine:mailto:sabine.kranz@hellweg-ie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Moritz Becker:mailto:moritz.becker@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandes Ulrich Dr.:mailto:ulrich.brandes@hellweg-ie.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Becker,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung für das Fachinterview (Teams).\\n
UID:040000008200E00074C5B7101A82E008000000003A9C4B5F1D62DC01000000000000000010000000E2B5
SUMMARY;LANGUAGE=de-DE:Fachinterview Moritz Becker – Entwicklungsingenieur Batteriemanagement
DTSTART;TZID=W. Europe Standard Time:20261026T090000
DTEND;TZID=W. Europe Standard Time:20261026T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T140512Z
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
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:sabine.kranz@hellweg-ie.de\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzQ3ZmRkYjMtNGE4
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    w = "2026-10-22 16:05:12"
    h = [rcv("DU2PR04MB8822.eurprd04.prod.outlook.com", "40.107.22.54", w, Z, "Xc4Ve9Rt1Nm"),
         *hd(addr("Kranz, Sabine", "sabine.kranz@hellweg-ie.de"),
             "Fachinterview Moritz Becker – Entwicklungsingenieur Batteriemanagement", w, Z,
             "<DU2PR04MB88227F3A1C2B4E5D9A0B1C2DE8A9A@DU2PR04MB8822.eurprd04.prod.outlook.com>",
             extra=(("Thread-Topic", enc("Fachinterview Moritz Becker – Entwicklungsingenieur Batteriemanagement")),
                    ("Thread-Index", "AdtkQ2bX1mC9y0wXQp+4v8aPq5Lz1A=="),
                    ("Accept-Language", "de-DE, en-US"),
                    ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))]
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(5), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-10-01T12:30:00Z", end="2026-10-01T13:30:00Z",
      contact="anna.derichs@ferrolyt.de", company="Ferrolyt",
      local="Thu 2026-10-01 14:30", local_end="2026-10-01 15:30", zone=Z,
      note="Teamtailor interview booking: 'Thursday, 1 October 2026, 14:30–15:30 (CEST)' = UTC+2; ICS in UTC "
           "agrees; sender and Reply-To are Teamtailor addresses, contact = recruiter address in the body")
def p_teamtailor():
    body = t("""
        Hi Moritz,

        Thank you for booking a time – your interview with Ferrolyt is confirmed.

        Role: Battery Pack Validation Engineer
        Date: Thursday, 1 October 2026, 14:30–15:30 (CEST)
        Location: Video call (Microsoft Teams), link in the calendar invitation
        You'll meet: Jonas Hilgers (CTO) and Anna Derichs (People & Culture)

        Add to calendar: https://ferrolyt.teamtailor.com/meetings/5b8e21/ics

        Something came up? Please get in touch with Anna at anna.derichs@ferrolyt.de.

        Kind regards,
        The Ferrolyt team

        --
        Sent with Teamtailor · Manage your data: https://ferrolyt.teamtailor.com/connect/privacy
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#111;background:#fafafa">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border-radius:10px">
        <h2 style="font-weight:600">Your interview is confirmed</h2>
        <p>Hi Moritz,</p>
        <p>Thank you for booking a time – your interview with Ferrolyt is confirmed.</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:14px">
        <div style="color:#777;font-size:12px">BATTERY PACK VALIDATION ENGINEER</div>
        <div style="font-size:16px;font-weight:600">Thursday, 1 October 2026</div>
        <div>14:30–15:30 (CEST)</div>
        <div>Video call (Microsoft Teams)</div>
        </div>
        <p>You'll meet: Jonas Hilgers (CTO) and Anna Derichs (People &amp; Culture)</p>
        <p><a href="https://ferrolyt.teamtailor.com/meetings/5b8e21/ics" style="background:#111;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Add to calendar</a></p>
        <p>Something came up? Please get in touch with Anna at <a href="mailto:anna.derichs@ferrolyt.de">anna.derichs@ferrolyt.de</a>.</p>
        <p>Kind regards,<br>The Ferrolyt team</p>
        </div>
        <p style="text-align:center;color:#aaa;font-size:11px">Sent with Teamtailor</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:meeting-5b8e21-candidate-88213@teamtailor.com
DTSTAMP:20260923T092004Z
DTSTART:20261001T123000Z
DTEND:20261001T133000Z
SUMMARY:Interview: Battery Pack Validation Engineer – Ferrolyt
LOCATION:Microsoft Teams
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Ferrolyt5b8e21
ORGANIZER;CN=Ferrolyt:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Moritz Becker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:moritz.becker@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    w = "2026-09-23 11:20:04"
    h = [rcv("smtp-out-2.teamtailor-mail.com", "185.125.108.12", w, Z, "Tt8yW3qP0sRe"),
         *hd(addr("Ferrolyt", "no-reply@teamtailor-mail.com"),
             "Interview confirmed: Battery Pack Validation Engineer", w, Z,
             "<meeting-5b8e21.88213.1790068804@teamtailor-mail.com>",
             extra=(("Reply-To", "candidate-88213+reply@teamtailor-mail.com"),
                    ("X-Teamtailor-Company", "ferrolyt")))]
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


@mail(n(6), family="human_prose", lang="nl", interview=True, kind="scheduled",
      start="2026-10-06T09:00:00Z", end=None,
      contact="sanne.peeters@maasvolt.nl", company="Maasvolt",
      local="Tue 2026-10-06 11:00", zone="Europe/Amsterdam",
      note="Dutch HR mail (Maastricht): 'dinsdag 6 oktober om 11.00 uur' in person, CEST = UTC+2; "
           "'ongeveer een uur' is approximate so end null; windows-1252 QP; contact = human sender")
def p_dutch():
    body = t("""
        Beste Moritz,

        Hartelijk dank voor je reactie en fijn dat je tijd hebt. Hierbij bevestig ik je gesprek voor de functie Senior Engineer Energieopslag:

        Datum: dinsdag 6 oktober
        Tijd: 11.00 uur
        Locatie: Maasvolt B.V., Avenue Céramique 214, 6221 KX Maastricht (meld je bij de receptie op de begane grond)

        Je spreekt met Bram Hendrikx (teamleider Engineering) en met mij. Het gesprek duurt ongeveer een uur; daarna krijg je nog een korte rondleiding door onze testhal.

        Parkeren kan in de garage Céramique, het parkeerbewijs krijg je van ons.

        Mocht er iets tussenkomen, laat het me dan even weten.

        Met vriendelijke groet,

        Sanne Peeters
        HR Business Partner
        Maasvolt B.V. | +31 43 760 2290
        """)
    page = ("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n"))
            + "</div></body></html>\n")
    w = "2026-09-30 10:05:41"
    h = [rcv("AM9P191MB1455.EURP191.PROD.OUTLOOK.COM", "40.107.20.91", w, "Europe/Amsterdam", "Nl4pQ7wX2vBm"),
         *hd(addr("Sanne Peeters", "sanne.peeters@maasvolt.nl"),
             "Bevestiging gesprek dinsdag 6 oktober – Senior Engineer Energieopslag", w, "Europe/Amsterdam",
             "<AM9P191MB14557C2E8B1D4A6F0E3D9B2AA1C4@AM9P191MB1455.EURP191.PROD.OUTLOOK.COM>",
             extra=(("Content-Language", "nl-NL"),))]
    return message(h, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(7), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
      contact="jake.moreno@quillonpower.com", company="Quillon Power",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
      note="Boston hiring manager, sent Fri 30 Oct in EDT: 'Tuesday Nov 3 at 10am ET, 45 minutes'. US clocks go "
           "back Sun 1 Nov, so 10:00 EST (UTC-5) = 15:00Z (16:00 in Aachen, as he says); contact = sender")
def p_us_prose():
    body = t("""
        Hi Moritz,

        Great, let's lock it in: Tuesday Nov 3 at 10am ET, 45 minutes, on Zoom. That should be 4pm for you -- heads up that our clocks go back this Sunday, so the gap is six hours again by then, not five.

        Zoom: https://quillonpower.zoom.us/j/84420917733?pwd=Qm9yaXR6QmVja2Vy
        Meeting ID: 844 2091 7733 / Passcode: 552190

        It'll be me and Priya Natarajan from our pack team. We'll mostly talk through the thermal runaway propagation work you did at your current job and how you'd approach module-level testing for our stationary product. No need to prepare slides.

        Talk soon,
        Jake

        Jake Moreno
        Director, Cell & Pack Engineering | Quillon Power Inc.
        One Marina Park Drive, Boston, MA 02210

        On Thu, Oct 29, 2026 at 2:11 PM Moritz Becker <moritz.becker@example.org> wrote:
        > Hi Jake,
        > Tuesday or Wednesday next week both work for me, any time between 3pm and 6pm my time.
        > Best, Moritz
        """)
    w = "2026-10-30 15:40:18"
    zn = "America/New_York"
    h = [rcv("mail-yw1-f171.google.com", "209.85.128.171", w, zn, "Us3Kp8qZ1tVb"),
         *hd(addr("Jake Moreno", "jake.moreno@quillonpower.com"), "Re: Quillon Power - next step", w, zn,
             "<CAJ7k2pR+4vXk9dQe8WnT1bZs0Lm@mail.gmail.com>",
             extra=(("In-Reply-To", "<CAM8xk9wQ1z7@mail.example.org>"),
                    ("References", "<CAG3Ta1nN2r@mail.gmail.com> <CAM8xk9wQ1z7@mail.example.org>")))]
    return message(h, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@mail(n(8), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-10-07T11:00:00Z", end="2026-10-07T12:00:00Z",
      contact="petra.kohnen@wurmtal-speicher.de", company="Wurmtal Speichertechnik",
      local="Wed 2026-10-07 13:00", local_end="2026-10-07 14:00", zone=Z,
      note="softgarden Terminbestätigung, iso-8859-15 QP: 'Mittwoch, 07.10.2026, 13:00 - 14:00 Uhr' MESZ = UTC+2; "
           "ICS (application/ics, TZID Europe/Berlin) organizer is the no-reply address; contact = "
           "Ansprechpartnerin in the body")
def p_softgarden():
    body = t("""
        Sehr geehrter Herr Becker,

        vielen Dank, dass Sie sich einen Termin ausgewählt haben. Hiermit bestätigen wir Ihr Vorstellungsgespräch:

        Stelle:   Projektingenieur Großspeicher (m/w/d)
        Termin:   Mittwoch, 07.10.2026, 13:00 - 14:00 Uhr
        Ort:      Wurmtal Speichertechnik GmbH, Kohlscheider Straße 41, 52134 Herzogenrath

        Ihre Ansprechpartnerin: Petra Kohnen, Personalabteilung
        Telefon: 02406 98811-40, E-Mail: petra.kohnen@wurmtal-speicher.de

        Eine Kalenderdatei finden Sie im Anhang.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Wurmtal Speichertechnik GmbH

        Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
        """)
    page = ("<html><body><table width=\"600\"><tr><td style=\"font-family:Arial;font-size:13px\">"
            + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
            + "</td></tr></table></body></html>\n")
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//softgarden//Interview Scheduling//DE\nMETHOD:PUBLISH\n" + \
        VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:sg-appt-2026-4418273@softgarden.io
DTSTAMP:20260928T065207Z
DTSTART;TZID=Europe/Berlin:20261007T130000
DTEND;TZID=Europe/Berlin:20261007T140000
SUMMARY:Vorstellungsgespräch Wurmtal Speichertechnik GmbH
LOCATION:Kohlscheider Straße 41, 52134 Herzogenrath
ORGANIZER;CN=Wurmtal Speichertechnik GmbH:mailto:no-reply@softgarden.io
END:VEVENT
END:VCALENDAR
"""
    w = "2026-09-28 08:52:07"
    h = [rcv("mta-2.softgarden.io", "185.98.165.30", w, Z, "Sg5nK2wQ9rTe"),
         *hd(addr("Wurmtal Speichertechnik GmbH", "no-reply@softgarden.io", "iso-8859-15"),
             "Terminbestätigung: Ihr Vorstellungsgespräch am 07.10.2026", w, Z,
             "<20260928065207.4418273.sg@softgarden.io>")]
    return message(h, mixed(alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")),
                            calendar(ics, method=None, ctype="application/ics", filename="termin.ics",
                                     disposition="attachment", name_param=True, cte="8bit")))


@mail(n(9), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T20:00:00Z", end="2026-12-09T20:45:00Z",
      contact="aroha.ngata@tanekaha.co.nz", company="Tanekaha Energy",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 09:45", zone="Pacific/Auckland",
      note="Google Calendar invitation from Auckland: 'Thu 10 Dec 2026 9am - 9:45am (NZDT)' = UTC+13, so the "
           "UTC date is the day before (Wed 9 Dec 20:00Z, 21:00 in Aachen); ICS in UTC agrees; "
           "contact = human ORGANIZER")
def p_gcal_nz():
    body = t("""
        You have been invited to the following event.

        Moritz Becker / Tanekaha – Battery Storage Lead interview
        When
        Thursday 10 Dec 2026 ⋅ 9am – 9:45am (New Zealand Time)

        Joining info
        Join with Google Meet
        meet.google.com/fyh-ushq-pza

        Calendar
        moritz.becker@example.org

        Who
        • Aroha Ngata - organiser
        • Liam O'Sullivan
        • moritz.becker@example.org

        Kia ora Moritz – this is the panel we talked about (Liam runs our grid-storage programme). For you that
        is Wednesday 9 December, 9pm in Aachen. Thanks for staying up late for us!

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=M2Zha2U

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    page = ("<html><body><div itemscope itemtype=\"http://schema.org/EventReservation\">"
            "<h3>Moritz Becker / Tanekaha – Battery Storage Lead interview</h3>"
            "<p><b>When</b><br>Thursday 10 Dec 2026 ⋅ 9am – 9:45am (New Zealand Time)</p>"
            "<p><b>Joining info</b><br><a href=\"https://meet.google.com/fyh-ushq-pza\">Join with Google Meet</a></p>"
            "<p><b>Who</b><br>Aroha Ngata - organiser<br>Liam O'Sullivan<br>moritz.becker@example.org</p>"
            "<p>Kia ora Moritz – this is the panel we talked about (Liam runs our grid-storage programme). "
            "For you that is Wednesday 9 December, 9pm in Aachen. Thanks for staying up late for us!</p>"
            "<p style=\"color:#777\">Invitation from Google Calendar</p></div></body></html>\n")
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261209T200000Z
DTEND:20261209T204500Z
DTSTAMP:20261202T211402Z
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@tanekaha.co.nz
UID:3fa1c0b2e7d94a61b8k2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aroha Ngata;X-NUM-GUESTS=0:mailto:aroha.ngata@tanekaha.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam O'Sullivan;X-NUM-GUESTS=0:mailto:liam.osullivan@tanekaha.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=moritz.becker@example.org;X-NUM-GUESTS=0:mailto:moritz.becker@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/fyh-ushq-pza
CREATED:20261202T211200Z
DESCRIPTION:Kia ora Moritz – this is the panel we talked about. For you that is Wednesday 9 December\\, 9pm in Aachen.
LAST-MODIFIED:20261202T211402Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Moritz Becker / Tanekaha – Battery Storage Lead interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    w = "2026-12-03 10:14:02"
    zn = "Pacific/Auckland"
    h = [rcv("mail-sor-f69.google.com", "209.85.220.69", w, zn, "Gc2vT6pL0wNz"),
         *hd(addr("Aroha Ngata", "aroha.ngata@tanekaha.co.nz"),
             "Invitation: Moritz Becker / Tanekaha – Battery Storage Lead interview @ Thu 10 Dec 2026 "
             "9am - 9:45am (NZDT) (moritz.becker@example.org)", w, zn,
             "<calendar-7d1e9a40-2b6f-4c8e-a3d1-5f0b9e2c7a61@google.com>",
             to="moritz.becker@example.org",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "aroha.ngata@tanekaha.co.nz")))]
    return message(h, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                            calendar(ics, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", method=None, name_param=True)))


@mail(n(10), family="workday", lang="de", interview=True, kind="scheduled",
      start="2026-11-10T14:30:00Z", end="2026-11-10T15:30:00Z",
      contact="aylin.demir@rheinwerk-mobility.com", company="Rheinwerk Mobility",
      local="Tue 2026-11-10 15:30", local_end="2026-11-10 16:30", zone=Z,
      note="Workday (myworkday.com) German template, base64: 'Dienstag, 10. November 2026, 15:30 – 16:30 MEZ' "
           "= UTC+1; sender is the Workday tenant address, contact = recruiter address in the body")
def p_workday():
    body = t("""
        Hallo Moritz Becker,

        vielen Dank für Ihr Interesse an Rheinwerk Mobility. Ihr Interview für die Position
        R-0048812 Senior Engineer Battery Safety (m/w/d) wurde geplant.

        Interviewdetails
        Datum und Uhrzeit: Dienstag, 10. November 2026, 15:30 – 16:30 MEZ
        Format: Videointerview (Microsoft Teams)
        Interviewer: Dr. Katrin Oehme, Thomas Wiegand

        Den Teams-Link erhalten Sie in einer separaten Kalendereinladung.

        Bei Fragen wenden Sie sich bitte an Ihre Recruiterin Aylin Demir
        (aylin.demir@rheinwerk-mobility.com).

        Sie können den Status Ihrer Bewerbung jederzeit im Kandidatenportal einsehen:
        https://rheinwerk.wd3.myworkdayjobs.com/de-DE/Careers/userHome

        Mit freundlichen Grüßen
        Talent Acquisition
        Rheinwerk Mobility SE

        Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht darauf.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
        <p>Hallo Moritz Becker,</p>
        <p>vielen Dank für Ihr Interesse an Rheinwerk Mobility. Ihr Interview für die Position R-0048812 Senior Engineer Battery Safety (m/w/d) wurde geplant.</p>
        <p><b>Interviewdetails</b><br>
        Datum und Uhrzeit: Dienstag, 10. November 2026, 15:30 – 16:30 MEZ<br>
        Format: Videointerview (Microsoft Teams)<br>
        Interviewer: Dr. Katrin Oehme, Thomas Wiegand</p>
        <p>Den Teams-Link erhalten Sie in einer separaten Kalendereinladung.</p>
        <p>Bei Fragen wenden Sie sich bitte an Ihre Recruiterin Aylin Demir (<a href="mailto:aylin.demir@rheinwerk-mobility.com">aylin.demir@rheinwerk-mobility.com</a>).</p>
        <p>Sie können den Status Ihrer Bewerbung jederzeit im <a href="https://rheinwerk.wd3.myworkdayjobs.com/de-DE/Careers/userHome">Kandidatenportal</a> einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Talent Acquisition<br>Rheinwerk Mobility SE</p>
        </div></body></html>
        """)
    w = "2026-11-03 13:00:11"
    h = [rcv("wd3-smtp-out.myworkday.com", "148.139.0.53", w, Z, "Wd9cX1mT4qLp"),
         *hd(addr("Rheinwerk Mobility", "rheinwerk@myworkday.com"),
             "Ihr Interview bei Rheinwerk Mobility – Senior Engineer Battery Safety (m/w/d)", w, Z,
             "<1539447021.88213.1793800811155@wd3-prod-smtp.myworkday.com>",
             extra=(("Auto-Submitted", "auto-generated"),))]
    return message(h, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T13:00:00Z", end="2026-11-16T14:00:00Z",
      contact="marco.ricci@nordlicht-emobility.de", company="Nordlicht eMobility",
      local="Mon 2026-11-16 14:00", local_end="2026-11-16 15:00", zone=Z,
      note="SmartRecruiters interview confirmation: 'Monday, November 16, 2026 2:00 PM - 3:00 PM CET' = UTC+1; "
           "ICS TZID Europe/Berlin agrees; contact = human Reply-To")
def p_smartrecruiters():
    body = t("""
        Dear Moritz,

        Your interview for Lead Engineer Charging Hardware at Nordlicht eMobility GmbH has been confirmed.

        Monday, November 16, 2026
        2:00 PM - 3:00 PM CET (Europe/Berlin)
        Onsite: Nordlicht eMobility GmbH, Schanzenstraße 6-20, 51063 Köln (Carlswerk, building 2.4)

        Interviewers
        Marco Ricci - Engineering Manager
        Derya Yilmaz - Senior Hardware Engineer

        Please bring a valid ID. Visitor parking is available in the Carlswerk garage.

        Good luck!
        Nordlicht eMobility Hiring Team

        This email was sent via SmartRecruiters on behalf of Nordlicht eMobility GmbH.
        """)
    page = ("<html><body style=\"font-family:Roboto,Arial,sans-serif\"><table width=\"100%\"><tr><td>"
            + body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>")
            + "</td></tr></table></body></html>\n")
    ics = "BEGIN:VCALENDAR\nPRODID:-//SmartRecruiters//Interview//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + \
        VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:7c31e8a2-0f9b-4d55-b6d2-sr-interview-1146602
DTSTAMP:20261112T093055Z
DTSTART;TZID=Europe/Berlin:20261116T140000
DTEND;TZID=Europe/Berlin:20261116T150000
SUMMARY:Interview: Lead Engineer Charging Hardware (Nordlicht eMobility)
LOCATION:Schanzenstraße 6-20\\, 51063 Köln
ORGANIZER;CN=Marco Ricci:mailto:marco.ricci@nordlicht-emobility.de
ATTENDEE;CN=Moritz Becker;RSVP=TRUE:mailto:moritz.becker@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    w = "2026-11-12 10:30:55"
    h = [rcv("mail241.smartrecruiters.com", "198.2.180.241", w, Z, "Sr0bN5vK8xQa"),
         *hd(addr("Nordlicht eMobility GmbH", "no-reply@smartrecruiters.com"),
             "Interview confirmed - Lead Engineer Charging Hardware", w, Z,
             "<0100019a1f2c8e55-c2d1a7b3-sr-1146602@email.smartrecruiters.com>",
             extra=(("Reply-To", addr("Marco Ricci", "marco.ricci@nordlicht-emobility.de")),))]
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@mail(n(12), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-29T09:30:00Z", end="2026-09-29T10:15:00Z",
      contact=None, company="Eurode Energie",
      local="Tue 2026-09-29 11:30", local_end="2026-09-29 12:15", zone=Z,
      note="Microsoft Bookings: body label shows the standard offset '(UTC+01:00) Amsterdam, Berlin, ...' but "
           "29.09. is MESZ, so 11:30-12:15 = 09:30-10:15Z (ICS with W. Europe Standard Time agrees); staff "
           "name only, sender is the Bookings mailbox, so contact null")
def p_bookings():
    body = t("""
        Ihre Buchung wurde bestätigt

        Hallo Moritz Becker,

        vielen Dank für Ihre Buchung bei Eurode Energie – Bewerbungsgespräche.

        Vorstellungsgespräch (Teams), 45 Minuten
        Dienstag, 29. September 2026
        11:30 - 12:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Mitarbeiter: Dennis Pauli

        An Onlinebesprechung teilnehmen:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWRkYTk4MDEtNTli%40thread.v2/0

        Termin verwalten: https://outlook.office365.com/owa/calendar/Bewerbungsgesprche@eurodeenergie.onmicrosoft.com/bookings/

        Eurode Energie GmbH · Eurode-Park 1 · 52134 Herzogenrath
        """)
    page = ("<html><body style=\"font-family:'Segoe UI',sans-serif\">"
            + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n")
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Eurode Energie – Bewerbungsgespräche:mailto:Bewerbungsgesprche@eurodeenergie.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Moritz Becker:mailto:moritz.becker@example.org
UID:040000008200E00074C5B7101A82E00800000000B4D2E9A1ED4BDC01000000000000000010000000C7A1
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch (Teams) für Moritz Becker
DTSTART;TZID=W. Europe Standard Time:20260929T113000
DTEND;TZID=W. Europe Standard Time:20260929T121500
DTSTAMP:20260921T162214Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""
    w = "2026-09-21 18:22:14"
    h = [rcv("FR3P281MB1522.DEUP281.PROD.OUTLOOK.COM", "40.107.135.88", w, Z, "Bk6mQ1xR7vWe"),
         *hd(addr("Eurode Energie – Bewerbungsgespräche",
                  "Bewerbungsgesprche@eurodeenergie.onmicrosoft.com"),
             "Gebucht: Vorstellungsgespräch (Teams) für Moritz Becker", w, Z,
             "<FR3P281MB15221B9C0E4A7D2F6C8B3E1AD4F2@FR3P281MB1522.DEUP281.PROD.OUTLOOK.COM>",
             extra=(("Content-Language", "de-DE"),))]
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(13), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-10-16T07:30:00Z", end=None,
      contact="lukas.heinen@kaiserstadt-batteries.de", company="Kaiserstadt Batteries",
      local="Fri 2026-10-16 09:30", zone=Z,
      note="JOIN message from the founder (du): 'am Fr., 16.10. um 9:30 Uhr' im Büro, MESZ = UTC+2; "
           "'Plan ca. 2 Stunden ein' is approximate so end null; sender is noreply@join.com, contact = "
           "founder's address in the body")
def p_join():
    msg = t("""
        Hallo Moritz,

        wie eben am Telefon besprochen: wir sehen uns am Fr., 16.10. um 9:30 Uhr bei uns im Büro im Campus Melaten (Forckenbeckstraße 9, 2. OG, Tür mit dem grünen Akku-Sticker 😉). Plan ca. 2 Stunden ein – erst reden wir, danach zeigt dir Mia unsere Formierungslinie.

        Bei Fragen erreichst du mich direkt unter lukas.heinen@kaiserstadt-batteries.de oder 0176 2231 8890.

        Viele Grüße
        Lukas
        """)
    body = ("Neue Nachricht von Kaiserstadt Batteries GmbH zu deiner Bewerbung als "
            "„Battery Systems Engineer (m/w/d)“\n\n" + msg +
            "\nDu kannst direkt über JOIN antworten: https://join.com/candidate/messages/4418829\n\n"
            "JOIN Solutions AG · Sihlquai 253 · 8005 Zürich\n")
    page = ("<html><body style=\"font-family:Inter,Arial,sans-serif;background:#f6f7f9\">"
            "<div style=\"max-width:600px;margin:auto;background:#fff;padding:24px\">"
            "<p style=\"color:#6b7280\">Neue Nachricht von <b>Kaiserstadt Batteries GmbH</b> zu deiner Bewerbung als "
            "„Battery Systems Engineer (m/w/d)“</p><div style=\"border-left:3px solid #0f62fe;padding-left:12px\">"
            + msg.replace("\n\n", "</p><p>").replace("\n", "<br>")
            + "</div><p><a href=\"https://join.com/candidate/messages/4418829\">Antworten</a></p></div></body></html>\n")
    w = "2026-10-12 17:45:26"
    h = [rcv("mail-out-eu.join.com", "18.184.99.21", w, Z, "Jn3wR8tY5pKc"),
         *hd(addr("Kaiserstadt Batteries GmbH via JOIN", "noreply@join.com"),
             "Neue Nachricht: Battery Systems Engineer (m/w/d)", w, Z,
             "<0107019a7b3e2c11-join-msg-4418829@eu-central-1.amazonses.com>")]
    return message(h, alt(text(body), html(page)))


@mail(n(14), family="forward_to_self", lang="de", interview=True, kind="scheduled",
      start="2026-11-23T09:00:00Z", end="2026-11-23T09:45:00Z",
      contact="stefanie.wirtz@erftwerk-energy.de", company="Erftwerk Energy",
      local="Mon 2026-11-23 10:00", local_end="2026-11-23 10:45", zone=Z,
      note="Moritz forwards a recruiter's confirmation from his other address to himself (message/rfc822): "
           "'am Montag, den 23.11., um 10:00 Uhr ... 45 Minuten' MEZ = UTC+1; sender is the candidate, "
           "contact = recruiter in the attached message's From")
def p_fwd_self():
    inner_body = t("""
        Guten Morgen Herr Becker,

        vielen Dank für das kurze Telefonat gestern Abend. Wie besprochen bestätige ich Ihnen das Zweitgespräch am Montag, den 23.11., um 10:00 Uhr per Microsoft Teams. Das Gespräch dauert 45 Minuten; dabei sind unser Bereichsleiter Speichersysteme, Herr Jansen, sowie Frau Kluth aus dem Projektmanagement.

        Den Link schicke ich Ihnen noch separat.

        Freundliche Grüße aus Düsseldorf

        Stefanie Wirtz
        Senior Recruiterin
        Erftwerk Energy GmbH
        Speditionstraße 21 · 40221 Düsseldorf
        """)
    iw = "2026-11-18 08:14:50"
    inner = message([("From", addr("Stefanie Wirtz", "stefanie.wirtz@erftwerk-energy.de")),
                     ("To", addr("Moritz Becker", "moritz.becker@example.net")),
                     ("Subject", enc("Ihr Zweitgespräch bei Erftwerk Energy – Bestätigung")),
                     ("Date", date(iw, Z)),
                     ("Message-ID", "<AS8PR07MB7415C1E2D3B4A5968778B6AA9F10@AS8PR07MB7415.eurprd07.prod.outlook.com>")],
                    text(inner_body, charset="iso-8859-1"))
    note = "Zur Sicherheit auch an die private Adresse – Termin Erftwerk.\n\n-- \nGesendet mit Thunderbird\n"
    w = "2026-11-18 08:31:09"
    h = [rcv("smtp.example.net", "192.0.2.44", w, Z, "Fw8qZ3xL1nVs"),
         *hd(addr("Moritz Becker", "moritz.becker@example.net"),
             "Fwd: Ihr Zweitgespräch bei Erftwerk Energy – Bestätigung", w, Z,
             "<a4c9e1f2-7b3d-4e8a-9f10-2c5d6e7f8a9b@example.net>",
             extra=(("User-Agent", "Mozilla Thunderbird"),))]
    return message(h, mixed(text(note, cte="8bit"), attached_message(inner)))


@mail(n(15), family="google_calendar_allday", lang="de", interview=True, kind="scheduled",
      start="2026-11-19T12:30:00Z", end=None,
      contact="melanie.frings@aquisgrana-power.de", company="Aquis Grana Power",
      local="Thu 2026-11-19 13:30", zone=Z,
      note="Google Calendar invitation (German) for an all-day event (DTSTART;VALUE=DATE 20261119); the time "
           "'13:30 Uhr' is only in the title and description: MEZ = UTC+1 -> 12:30Z; no length stated; "
           "contact = human ORGANIZER")
def p_gcal_allday():
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch Moritz Becker – 13:30 Uhr, Raum 2.14
        Wann
        Donnerstag, 19. November 2026

        Ort
        Aquis Grana Power GmbH, Pascalstraße 59, 52076 Aachen

        Kalender
        moritz.becker@example.org

        Teilnehmer
        • Melanie Frings – Organisator
        • Dr. Heiko Stollwerck
        • moritz.becker@example.org

        Hallo Herr Becker, wir erwarten Sie um 13:30 Uhr am Empfang (Haus A). Im Anschluss an das Gespräch mit Dr. Stollwerck gibt es eine kurze Werksführung. Viele Grüße, Melanie Frings

        Einladung von Google Kalender
        """)
    page = ("<html><body><div><h3>Vorstellungsgespräch Moritz Becker – 13:30 Uhr, Raum 2.14</h3>"
            "<p><b>Wann</b><br>Donnerstag, 19. November 2026</p>"
            "<p><b>Ort</b><br>Aquis Grana Power GmbH, Pascalstraße 59, 52076 Aachen</p>"
            "<p><b>Teilnehmer</b><br>Melanie Frings – Organisator<br>Dr. Heiko Stollwerck<br>moritz.becker@example.org</p>"
            "<p>Hallo Herr Becker, wir erwarten Sie um 13:30 Uhr am Empfang (Haus A). Im Anschluss an das Gespräch "
            "mit Dr. Stollwerck gibt es eine kurze Werksführung. Viele Grüße, Melanie Frings</p>"
            "<p style=\"color:#777\">Einladung von Google Kalender</p></div></body></html>\n")
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
DTSTAMP:20261113T081004Z
ORGANIZER;CN=Melanie Frings:mailto:melanie.frings@aquisgrana-power.de
UID:1b7e0c4a9d2f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=moritz.becker@example.org;X-NUM-GUESTS=0:mailto:moritz.becker@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Heiko Stollwerck;X-NUM-GUESTS=0:mailto:heiko.stollwerck@aquisgrana-power.de
DESCRIPTION:Hallo Herr Becker\\, wir erwarten Sie um 13:30 Uhr am Empfang (Haus A). Im Anschluss an das Gespräch mit Dr. Stollwerck gibt es eine kurze Werksführung. Viele Grüße\\, Melanie Frings
LOCATION:Aquis Grana Power GmbH\\, Pascalstraße 59\\, 52076 Aachen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Moritz Becker – 13:30 Uhr\\, Raum 2.14
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    w = "2026-11-13 09:10:04"
    h = [rcv("mail-sor-f73.google.com", "209.85.220.73", w, Z, "Ga7dP2yW9mQx"),
         *hd(addr("Melanie Frings", "melanie.frings@aquisgrana-power.de"),
             "Einladung: Vorstellungsgespräch Moritz Becker – 13:30 Uhr, Raum 2.14 @ Do. 19. Nov. 2026 "
             "(moritz.becker@example.org)", w, Z, "<calendar-0e4f1a7b-93c2-4d6e-8b1f-2a3c4d5e6f70@google.com>",
             to="moritz.becker@example.org",
             extra=(("Sender", "Google Kalender <calendar-notification@google.com>"),
                    ("Reply-To", "melanie.frings@aquisgrana-power.de")))]
    return message(h, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                            calendar(ics, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", method=None, name_param=True)))


@mail(n(16), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T10:30:00Z", end="2026-12-01T11:15:00Z",
      contact="chloe.martin@brightwellstorage.com", company="Brightwell Storage",
      local="Tue 2026-12-01 11:30", local_end="2026-12-01 12:15", zone=Z,
      note="Ashby confirmation whose body gives no time at all: the time is only in the ICS "
           "(DTSTART;TZID=Europe/Berlin 20261201T113000, DTEND 121500 = 10:30-11:15Z); contact = Reply-To")
def p_ashby_ics_only():
    body = t("""
        Hi Moritz,

        Your interview with Brightwell Storage has been scheduled. You'll find all the details, including
        the video link, in the attached calendar invitation – please accept it so it lands in your calendar.

        Stage: Technical Deep Dive (Systems Engineering)

        If anything comes up, just reply to this email and Chloé will get back to you.

        Best,
        Brightwell Storage Recruiting
        """)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222\">"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + \
        VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:c3d91f0e-5a7b-4b2e-9e1d-ashby-7721
DTSTAMP:20261124T150208Z
DTSTART;TZID=Europe/Berlin:20261201T113000
DTEND;TZID=Europe/Berlin:20261201T121500
SEQUENCE:0
SUMMARY:Brightwell Storage – Technical Deep Dive (Moritz Becker)
LOCATION:https://brightwellstorage.zoom.us/j/91833304412
ORGANIZER;CN=Chloé Martin:mailto:chloe.martin@brightwellstorage.com
ATTENDEE;CN=Moritz Becker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:moritz.becker@example.org
ATTENDEE;CN=Ruairi Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ruairi.byrne@brightwellstorage.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    w = "2026-11-24 16:02:08"
    h = [rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", w, Z, "As1hV6cN3bTz"),
         *hd(addr("Brightwell Storage", "no-reply@ashbyhq.com"),
             "Interview scheduled: Technical Deep Dive at Brightwell Storage", w, Z,
             "<010001936c2f1a4b-2b7e1c9d-5e3f-4a8b-9c0d-ashby7721-000000@email.amazonses.com>",
             extra=(("Reply-To", addr("Chloé Martin", "chloe.martin@brightwellstorage.com")),))]
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-10-15T15:30:00Z", end="2026-10-15T16:30:00Z",
      contact="megan.toole@arcadiacells.com", company="Arcadia Cells",
      local="Thu 2026-10-15 17:30", local_end="2026-10-15 18:30", zone=Z,
      note="GoodTime reschedule sent from California (Date in PDT), times shown in the candidate's zone: old "
           "'Wednesday, October 14, 4:00 PM' is listed first, new 'Thursday, October 15, 2026, 5:30 PM - 6:30 PM "
           "CEST' = 15:30-16:30Z; ICS SEQUENCE 1 agrees; contact = coordinator Reply-To")
def p_goodtime():
    body = t("""
        Hi Moritz,

        Your interview with Arcadia Cells has been rescheduled.

        PREVIOUS TIME (cancelled)
        Wednesday, October 14, 2026, 4:00 PM - 5:00 PM CEST

        NEW TIME
        Thursday, October 15, 2026, 5:30 PM - 6:30 PM CEST

        Interview: Hiring Manager Interview - Staff Battery Systems Engineer (EU Remote)
        Interviewer: Daniel Okafor, VP Energy Products
        Zoom: https://arcadiacells.zoom.us/j/97720418853

        An updated calendar invitation is attached. If the new time doesn't work, reply to this email
        and Megan Toole (Recruiting Coordinator) will help.

        Thanks,
        Arcadia Cells Recruiting

        Scheduled with GoodTime
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif\">"
            + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
            .replace("PREVIOUS TIME (cancelled)", "<s>PREVIOUS TIME</s> (cancelled)")
            + "</body></html>\n")
    ics = """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-5566102@goodtime.io
SEQUENCE:1
DTSTAMP:20261012T190344Z
DTSTART:20261015T153000Z
DTEND:20261015T163000Z
SUMMARY:Arcadia Cells - Hiring Manager Interview (Moritz Becker)
LOCATION:https://arcadiacells.zoom.us/j/97720418853
ORGANIZER;CN=Megan Toole:mailto:megan.toole@arcadiacells.com
ATTENDEE;CN=Moritz Becker;RSVP=TRUE:mailto:moritz.becker@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    w = "2026-10-12 12:03:44"
    zn = "America/Los_Angeles"
    h = [rcv("o1.mail.goodtime.io", "149.72.34.8", w, zn, "Gt4kW9nB2rXp"),
         *hd(addr("Arcadia Cells Recruiting", "scheduling@goodtime.io"),
             "Rescheduled: Hiring Manager Interview with Arcadia Cells", w, zn,
             "<gt.5566102.1.1792181024@goodtime.io>",
             extra=(("Reply-To", addr("Megan Toole", "megan.toole@arcadiacells.com")),))]
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(18), family="exchange_teams", lang="de", interview=True, kind="rescheduled",
      start="2026-12-04T07:30:00Z", end="2026-12-04T08:30:00Z",
      contact="ralf.hoevelmann@domblick-energy.de", company="Domblick Energy Solutions",
      local="Fri 2026-12-04 08:30", local_end="2026-12-04 09:30", zone=Z,
      note="Outlook meeting update (SEQUENCE 2, Windows zone): old 'Do., 03.12. um 10:00 Uhr' and new "
           "'Fr., 04.12. von 8:30 bis 9:30 Uhr' in the text; MEZ = UTC+1 -> 07:30-08:30Z; contact = "
           "hiring manager (sender and ORGANIZER)")
def p_exchange_resched():
    body = t("""
        Guten Tag Herr Becker,

        leider muss ich unser Gespräch am Do., 03.12. um 10:00 Uhr verschieben, da ich kurzfristig zu einem Kunden nach Rotterdam muss. Neuer Termin: Fr., 04.12. von 8:30 bis 9:30 Uhr, wieder per Teams. Ich hoffe, die frühe Uhrzeit passt Ihnen – falls nicht, melden Sie sich gern.

        Entschuldigen Sie bitte die Umstände.

        Mit freundlichen Grüßen
        Ralf Hövelmann
        Teamleiter Systemintegration
        Domblick Energy Solutions GmbH, Deutz-Mülheimer-Str. 183, 51063 Köln

        """) + EXCH_BOILER_DE.format(mid="OTk1YzQ0ZGMtYTFh", bid="377 220 918 664", pw="Hw9v2Q")
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Hövelmann Ralf:mailto:ralf.hoevelmann@domblick-energy.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Moritz Becker:mailto:moritz.becker@example.org
UID:040000008200E00074C5B7101A82E00800000000D7E2A4C11D6DDC01000000000000000010000000A9F3
SUMMARY;LANGUAGE=de-DE:Gespräch Moritz Becker / Domblick – Systemintegration
DTSTART;TZID=W. Europe Standard Time:20261204T083000
DTEND;TZID=W. Europe Standard Time:20261204T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261130T164410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2118734022
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    w = "2026-11-30 17:44:10"
    h = [rcv("BE1P281MB2034.DEUP281.PROD.OUTLOOK.COM", "40.107.136.72", w, Z, "Ex7rK1vN5qHd"),
         *hd(addr("Hövelmann, Ralf", "ralf.hoevelmann@domblick-energy.de"),
             "Gespräch Moritz Becker / Domblick – Systemintegration", w, Z,
             "<BE1P281MB2034E7A6C2D9B14F3E0A5C7D1B28@BE1P281MB2034.DEUP281.PROD.OUTLOOK.COM>",
             extra=(("Thread-Topic", enc("Gespräch Moritz Becker / Domblick – Systemintegration")),
                    ("Thread-Index", "AdtkQ2bX1mC9y0wXQp+4v8aPq5Lz1AAGc3Rw"),
                    ("Content-Language", "de-DE")))]
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(19), family="recruitee", lang="de", interview=True, kind="rescheduled",
      start="2026-10-23T08:45:00Z", end=None,
      contact="nina.pohlen@vennbahn-energy.de", company="Vennbahn Energy Systems",
      local="Fri 2026-10-23 10:45", zone=Z,
      note="Recruitee message, HTML only (8bit): old 'Mittwoch, 21.10. um 14 Uhr' is named first, new "
           "'Freitag, 23.10. um 10:45 Uhr' (MESZ, two days before the switch to MEZ) = 08:45Z; Reply-To is "
           "a Recruitee relay, contact = recruiter address in the signature")
def p_recruitee():
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <div>Hallo Herr Becker,</div>
        <div><br></div>
        <div>leider müssen wir unseren Termin verschieben: statt Mittwoch, 21.10. um 14 Uhr treffen wir uns nun am <b>Freitag, 23.10. um 10:45 Uhr</b>. Ort und Gesprächspartner bleiben gleich (Trierer Straße 652, 52078 Aachen-Brand, mit Herrn Cremer und mir).</div>
        <div><br></div>
        <div>Vielen Dank für Ihr Verständnis!</div>
        <div><br></div>
        <div>Beste Grüße<br>Nina Pohlen<br>People &amp; Talent | Vennbahn Energy Systems GmbH<br>
        <a href="mailto:nina.pohlen@vennbahn-energy.de">nina.pohlen@vennbahn-energy.de</a> | 0241 51890-17</div>
        <hr style="border:none;border-top:1px solid #eee">
        <div style="font-size:11px;color:#999">Diese Nachricht wurde über Recruitee gesendet. Antworten auf diese E-Mail werden an Vennbahn Energy Systems weitergeleitet.</div>
        </body></html>
        """)
    w = "2026-10-19 11:12:37"
    h = [rcv("mail-out-1.recruitee.com", "34.251.108.20", w, Z, "Rc2tY7pM4wLb"),
         *hd(addr("Nina Pohlen | Vennbahn Energy Systems", "vennbahnenergy@mail.recruitee.com"),
             "Neuer Termin für unser Gespräch", w, Z,
             "<c2a8f1b0e4d7.1792401157.recruitee@mail.recruitee.com>",
             extra=(("Reply-To", "reply+c2a8f1b0e4d7-m-88312@inbound.recruitee.com"),))]
    return message(h, html(page, cte="8bit"))


@mail(n(20), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-11-20T13:30:00Z", end="2026-11-20T14:30:00Z",
      contact="julien.lambert@meuse-stockage.be", company="Meuse Énergie Stockage",
      local="Fri 2026-11-20 14:30", local_end="2026-11-20 15:30", zone="Europe/Brussels",
      note="French mail from Liège: moves 'jeudi 19 novembre à 10h00' to 'vendredi 20 novembre à 14h30 (heure "
           "belge)', 'd'une durée d'une heure'; CET = UTC+1 -> 13:30-14:30Z; iso-8859-15 QP; contact = sender")
def p_french():
    body = t("""
        Bonjour Monsieur Becker,

        Je me permets de revenir vers vous concernant votre entretien pour le poste d'Ingénieur systèmes batteries. Suite à un imprévu au sein de l'équipe, nous devons malheureusement déplacer l'entretien du jeudi 19 novembre à 10h00 au vendredi 20 novembre à 14h30 (heure belge).

        L'entretien se déroulera toujours dans nos locaux (Quai des Vennes 18, 4020 Liège) et aura une durée d'une heure. Vous rencontrerez Mme Delphine Collard, directrice technique, et moi-même.

        Nous vous prions de nous excuser pour ce changement et vous remercions de votre compréhension.

        Bien à vous,

        Julien Lambert
        Responsable Recrutement
        Meuse Énergie Stockage SA
        +32 4 220 81 54
        """)
    w = "2026-11-16 09:20:33"
    zn = "Europe/Brussels"
    h = [rcv("smtp.meuse-stockage.be", "91.183.42.7", w, zn, "Fr6pL3xQ8vNm"),
         *hd(addr("Julien Lambert", "julien.lambert@meuse-stockage.be"),
             "Report de votre entretien – Ingénieur systèmes batteries", w, zn,
             "<5f2b8e1d-c7a4-4f93-b0e6-1d9a3c2e7f48@meuse-stockage.be>",
             extra=(("Content-Language", "fr-BE"),))]
    return message(h, text(body, charset="iso-8859-15"))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-10-21T13:00:00Z", end="2026-10-21T14:00:00Z",
      contact="elin.sandberg@fjallvolt.se", company="Fjällvolt",
      local="Wed 2026-10-21 15:00", local_end="2026-10-21 16:00", zone="Europe/Stockholm",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) from Stockholm: 'Wed 21 Oct 2026 3pm "
           "- 4pm (CEST)' = 13:00-14:00Z; no new time ('role paused'); contact = human ORGANIZER")
def p_gcal_cancel():
    body = t("""
        This event has been cancelled and removed from your calendar.

        Fjällvolt – Systems Architecture interview
        When
        Wednesday 21 Oct 2026 ⋅ 3pm – 4pm (Central European Time - Stockholm)

        Organiser
        Elin Sandberg
        elin.sandberg@fjallvolt.se

        Guests
        Elin Sandberg - organiser
        Oskar Lindqvist
        moritz.becker@example.org

        Message from the organiser:
        Hi Moritz, I'm really sorry – we have put the architecture role on hold until next year, so I have to
        cancel Wednesday. I'll reach out as soon as we reopen it.

        Invitation from Google Calendar
        """)
    page = ("<html><body><div><p>This event has been cancelled and removed from your calendar.</p>"
            "<h3><s>Fjällvolt – Systems Architecture interview</s></h3>"
            "<p><b>When</b><br>Wednesday 21 Oct 2026 ⋅ 3pm – 4pm (Central European Time - Stockholm)</p>"
            "<p><b>Organiser</b><br>Elin Sandberg<br>elin.sandberg@fjallvolt.se</p>"
            "<p>Message from the organiser:<br>Hi Moritz, I'm really sorry – we have put the architecture role on "
            "hold until next year, so I have to cancel Wednesday. I'll reach out as soon as we reopen it.</p>"
            "</div></body></html>\n")
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:CANCEL\n" + VTZ["Europe/Stockholm"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Stockholm:20261021T150000
DTEND;TZID=Europe/Stockholm:20261021T160000
DTSTAMP:20261016T125011Z
ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@fjallvolt.se
UID:6c0d2b8f1e9a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=moritz.becker@example.org;X-NUM-GUESTS=0:mailto:moritz.becker@example.org
CREATED:20261009T081500Z
LAST-MODIFIED:20261016T125011Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Fjällvolt – Systems Architecture interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    w = "2026-10-16 14:50:11"
    zn = "Europe/Stockholm"
    h = [rcv("mail-sor-f41.google.com", "209.85.220.41", w, zn, "Gx9cV2bN7mWq"),
         *hd(addr("Elin Sandberg", "elin.sandberg@fjallvolt.se"),
             "Cancelled event: Fjällvolt – Systems Architecture interview @ Wed 21 Oct 2026 3pm - 4pm (CEST) "
             "(moritz.becker@example.org)", w, zn, "<calendar-c4e8a1f0-7d2b-4e39-9a61-b3f5c2d8e017@google.com>",
             to="moritz.becker@example.org",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "elin.sandberg@fjallvolt.se")))]
    return message(h, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", cte="base64", method=None, name_param=True)))


@mail(n(22), family="workable", lang="de", interview=True, kind="cancelled",
      start="2026-12-10T10:00:00Z", end=None,
      contact=None, company="Soers Power Electronics",
      local="Thu 2026-12-10 11:00", zone=Z,
      note="Workable message: the interview 'am Do., 10.12. um 11:00 Uhr' is cancelled because the role was "
           "filled internally, no new time; MEZ = UTC+1; Reply-To is a Workable relay and no personal "
           "address appears, so contact null")
def p_workable_cancel():
    body = t("""
        Hallo Herr Becker,

        leider müssen wir das geplante Gespräch am Do., 10.12. um 11:00 Uhr absagen. Die Position „Hardware-Entwickler Leistungselektronik (m/w/d)“ konnte kurzfristig intern besetzt werden, daher führen wir den Prozess nicht weiter.

        Das tut uns sehr leid, zumal Ihr Profil wirklich gut gepasst hätte. Wenn Sie einverstanden sind, würden wir Ihre Unterlagen gern für zukünftige Stellen in unserem Talentpool behalten.

        Viele Grüße
        Carina Esser
        HR | Soers Power Electronics GmbH
        """)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "<p style=\"color:#999;font-size:11px\">Powered by Workable</p></body></html>\n")
    w = "2026-12-07 15:30:48"
    h = [rcv("mail-209.workablemail.com", "198.21.6.209", w, Z, "Wk1vB8nQ3cRt"),
         *hd(addr("Carina Esser (Soers Power Electronics GmbH)", "noreply@candidates.workablemail.com"),
             "Ihr Gespräch am 10.12. – Soers Power Electronics", w, Z,
             "<5e2f9c1a.7731.soers-power@candidates.workablemail.com>",
             extra=(("Reply-To", "soers-power+c7f3a21e9b@candidates.workablemail.com"),))]
    return message(h, alt(text(body), html(page)))


@mail(n(23), family="icims", lang="de", interview=True, kind="cancelled",
      start="2026-12-02T14:00:00Z", end="2026-12-02T15:00:00Z",
      contact="oliver.brueck@kabelwerk-rheinmaas.de", company="Kabelwerk Rhein-Maas",
      local="Wed 2026-12-02 15:00", local_end="2026-12-02 16:00", zone=Z,
      note="iCIMS cancellation with METHOD:CANCEL ICS: 'Mittwoch, 02.12.2026, 15:00 - 16:00 Uhr' (MEZ = 14:00Z) "
           "entfällt; a replacement 'Freitag, 04.12. um 9 Uhr' is only offered, not confirmed, so cancelled "
           "(labelled with the cancelled slot); contact = human Reply-To")
def p_icims_cancel():
    body = t("""
        Sehr geehrter Herr Becker,

        Ihr Interview für die Position Senior Ingenieur HV-Batteriesysteme (Req. 2026-3381) am

            Mittwoch, 02.12.2026, 15:00 - 16:00 Uhr

        muss leider entfallen, da einer der Interviewer erkrankt ist. Die Kalendereinladung wurde storniert.

        Als Ersatz könnten wir Ihnen Freitag, 04.12. um 9 Uhr anbieten. Bitte teilen Sie uns kurz mit, ob Ihnen dieser Termin passt – erst dann versenden wir eine neue Einladung.

        Mit freundlichen Grüßen
        Oliver Brück
        Talent Acquisition
        Kabelwerk Rhein-Maas AG

        ---
        Diese Nachricht wurde über iCIMS Talent Cloud versendet.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:icims-int-2026-3381-0042@icims.com
SEQUENCE:1
DTSTAMP:20261130T090512Z
DTSTART:20261202T140000Z
DTEND:20261202T150000Z
SUMMARY:ABGESAGT: Interview Senior Ingenieur HV-Batteriesysteme
ORGANIZER;CN=Oliver Brück:mailto:oliver.brueck@kabelwerk-rheinmaas.de
ATTENDEE;CN=Moritz Becker:mailto:moritz.becker@example.org
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""
    w = "2026-11-30 10:05:12"
    h = [rcv("mailer3.talent.icims.com", "204.141.51.23", w, Z, "Ic5mT0wR2xKd"),
         *hd(addr("Kabelwerk Rhein-Maas AG", "kabelwerk-rheinmaas@talent.icims.com"),
             "Absage Ihres Interviewtermins am 02.12.2026", w, Z,
             "<icims.2026-3381.0042.1796029512@talent.icims.com>",
             extra=(("Reply-To", addr("Oliver Brück", "oliver.brueck@kabelwerk-rheinmaas.de")),))]
    return message(h, mixed(text(body, charset="windows-1252"),
                            calendar(ics, method="CANCEL", cte="quoted-printable", filename="absage.ics",
                                     disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="de", interview=False, company="Mosaik Energiesysteme",
      days=(("Tue", "2026-09-22"),),
      note="Hiring manager's rejection (du) after the interview of Tue 22.09. (same thread as the Mosaik "
           "confirmation); names the past interview, nothing scheduled")
def n_rejection():
    body = t("""
        Hi Moritz,

        nochmal danke für Dienstag (22.09.), hat echt Spaß gemacht mit dir, und der Sebastian war auch ganz angetan von deinen Fragen zu den Prüfständen.

        Ich mach's kurz, weil ich dich nicht hinhalten will: Wir haben uns am Ende für jemanden entschieden, der schon mehr Erfahrung mit Zellchemie mitbringt. War echt knapp. Wenn bei uns nächstes Jahr die Stelle im Systemteam aufgeht, meld ich mich direkt bei dir – versprochen.

        Alles Gute und bis bestimmt mal,
        Kevin

        --
        Kevin Lennartz
        Teamleiter Zellentwicklung
        Mosaik Energiesysteme GmbH | Vogelsanger Str. 321 | 50827 Köln
        """)
    w = "2026-09-29 18:02:55"
    h = [rcv("mail-out.mosaik-energie.de", "194.25.80.17", w, Z, "hT9aQ1wE4rTy"),
         *hd(addr("Kevin Lennartz", "kevin.lennartz@mosaik-energie.de"), "Re: Kennenlernen bei Mosaik", w, Z,
             "<8C1F2A94-6E3B-4D7C-B5A0-9E8D7C6B5A41@mosaik-energie.de>",
             extra=(("In-Reply-To", "<CAM8xk5tR3q1@mail.example.org>"),
                    ("References", "<CAM8xk2pV0q9@mail.example.org> <CAM8xk5tR3q1@mail.example.org>")))]
    return message(h, text(body, cte="8bit"))


@mail(n(25), family="offer", lang="de", interview=False, company="Rurtal Batterietechnik",
      days=(("Fri", "2026-10-09"),),
      note="Offer (Vertragsangebot) from Rurtal after the interview of 17.09.; asks for an answer by "
           "Fri 09.10., no appointment")
def n_offer():
    body = t("""
        Sehr geehrter Herr Becker,

        wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Offermanns und mir die Position als Entwicklungsingenieur Batteriesysteme (m/w/d) anbieten zu können.

        Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Konditionen (Bruttojahresgehalt, 30 Urlaubstage, Dienstrad-Leasing, hybrides Arbeiten bis zu 2 Tage/Woche) sowie den Entwurf des Arbeitsvertrags. Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis Freitag, 09.10., mitteilen.

        Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung – gern auch telefonisch unter 0241 99781-224.

        Mit freundlichen Grüßen

        Julia Schmitz
        Personalreferentin
        Rurtal Batterietechnik GmbH
        """)
    pdf = ("JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4KZW5kb2JqCjIgMCBvYmoK"
           "PDwvVHlwZS9QYWdlcy9LaWRzW10vQ291bnQgMD4+CmVuZG9iagp0cmFpbGVyCjw8L1Jvb3QgMSAwIFI+PgolJUVPRgo=")
    att = Part([("Content-Type", 'application/pdf; name="Vertragsangebot_Becker.pdf"'),
                ("Content-Disposition", 'attachment; filename="Vertragsangebot_Becker.pdf"'),
                ("Content-Transfer-Encoding", "base64")], (pdf + "\r\n").encode("ascii"))
    w = "2026-09-30 15:26:40"
    h = [rcv("mail.rurtal-batterie.de", "212.227.15.41", w, Z, "Rt3oF6yH8kPw"),
         *hd(addr("Julia Schmitz", "julia.schmitz@rurtal-batterie.de"),
             "Ihr Vertragsangebot – Entwicklungsingenieur Batteriesysteme", w, Z,
             "<9a7c2e41-3b5d-4f6a-8e9c-0d1b2a3c4e5f@rurtal-batterie.de>")]
    return message(h, mixed(text(body), att))


@mail(n(26), family="application_receipt", lang="de", interview=False, company="Rurwerk Automotive",
      note="Taleo application receipt (Eingangsbestätigung); promises an answer within three weeks, no date")
def n_receipt():
    body = t("""
        Sehr geehrter Herr Becker,

        vielen Dank für Ihre Bewerbung als Systemingenieur Hochvoltspeicher (Job-ID 2600517) und Ihr Interesse an der Rurwerk Automotive AG.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von drei Wochen bei Ihnen. Sollten wir Sie zu einem Vorstellungsgespräch einladen wollen, erhalten Sie eine gesonderte Nachricht mit Terminvorschlägen.

        Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
        https://rurwerk.taleo.net/careersection/ext/mysubmissions.ftl

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Rurwerk Automotive AG

        Dies ist eine automatisch erstellte Nachricht. Antworten an diese Adresse werden nicht gelesen.
        """)
    w = "2026-10-14 22:47:03"
    h = [rcv("smtp-out.taleo.net", "160.34.8.12", w, Z, "Tl2eR8uI3oPa"),
         *hd(addr("Rurwerk Automotive AG", "rurwerk@taleo.net"),
             "Eingangsbestätigung Ihrer Bewerbung – Systemingenieur Hochvoltspeicher (2600517)", w, Z,
             "<1794706023.12887.TALEO.rurwerk@taleo.net>",
             extra=(("Auto-Submitted", "auto-generated"),))]
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-alert digest from a job board (HTML only); teasers like 'Vorstellungsgespräch innerhalb "
           "einer Woche', no appointment")
def n_job_alert():
    jobs = [("Senior Battery Systems Engineer (m/w/d)", "Cellwerk Systems GmbH", "Aachen", "vor 2 Tagen"),
            ("Entwicklungsingenieur BMS-Software", "Lumenhaus Energietechnik", "Düren", "vor 3 Tagen"),
            ("Testingenieur Batteriezellen", "Kronau Testing Services", "Jülich", "neu"),
            ("System Engineer Energy Storage (remote)", "Gridwise BV", "Eindhoven / remote", "neu"),
            ("Projektleiter Großbatteriespeicher", "Eifelstrom Netz GmbH", "Köln", "vor 5 Tagen")]
    rows = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://www.jobradar-nrw.example/job/{i}'
        f'?utm_source=alert" style="font-weight:bold;color:#0a58ca">{ti}</a><br>{co} · {ci}<br>'
        f'<span style="color:#888;font-size:12px">{ag}</span></td></tr>\n'
        for i, (ti, co, ci, ag) in enumerate(jobs, 88120))
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;font-size:20px">5 neue Jobs für „Batteriesysteme“ in Aachen + 50 km</td></tr>
        """) + rows + t("""
        <tr><td style="padding:16px;background:#fff8e1">💡 Tipp der Woche: Bei 3 dieser Arbeitgeber erhalten Bewerber im Schnitt
        innerhalb einer Woche eine Einladung zum Vorstellungsgespräch. Jetzt schnell bewerben!</td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#999">Sie erhalten diesen Job-Alert, weil Sie ihn auf JobRadar NRW
        angelegt haben. <a href="https://www.jobradar-nrw.example/alerts/unsubscribe?id=55120">Abmelden</a></td></tr>
        </table></body></html>
        """)
    w = "2026-10-20 07:00:12"
    h = [rcv("mailout7.jobradar-nrw.example", "203.0.113.27", w, Z, "Jr7aL2sD9fGh"),
         *hd(addr("JobRadar NRW", "alerts@jobradar-nrw.example"),
             "5 neue Jobs: Batteriesysteme in Aachen", w, Z, "<alert.55120.20261020@jobradar-nrw.example>",
             extra=(("List-Unsubscribe", "<https://www.jobradar-nrw.example/alerts/unsubscribe?id=55120>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))]
    return message(h, html(page, cte="base64"))


@mail(n(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter / blog post about interviews with an example ('Ihr Gespräch ist am Dienstag um "
           "10 Uhr') and a date-free checklist; nothing for the reader is scheduled")
def n_newsletter():
    body = t("""
        INGENIEURKARRIERE KOMPAKT – Ausgabe 44/2026

        Neu im Blog: Die 48-Stunden-Checkliste vor dem Vorstellungsgespräch

        Die Einladung ist da, Ihr Gespräch ist am Dienstag um 10 Uhr – und jetzt? Unsere Autorin Birgit Lammers hat mit Personalerinnen aus der Automobil- und Energiebranche gesprochen und zeigt, was in den letzten zwei Tagen vor dem Termin wirklich zählt:

        1. Fahrtweg und Parkplatz am Vortag prüfen (oder den Teams-Link testen).
        2. Drei Projekte in STAR-Form vorbereiten.
        3. Gehaltsvorstellung als Spanne, nicht als Zahl.
        4. Eigene Fragen an das Team: Wie sieht die erste Woche aus?

        Weiterlesen: https://www.ingenieurkarriere.example/blog/48-stunden-checkliste

        Außerdem in dieser Ausgabe:
        – Gehaltsreport Batterietechnik 2026: Was Systemingenieure in NRW verdienen
        – Interview mit einer Zellchemikerin: „Ich habe dreimal die Branche gewechselt“

        Sie erhalten diesen Newsletter, weil Sie sich auf ingenieurkarriere.example angemeldet haben.
        Abmelden: https://www.ingenieurkarriere.example/newsletter/abmelden?u=7781
        """)
    w = "2026-10-29 06:30:00"
    h = [rcv("news.ingenieurkarriere.example", "198.51.100.14", w, Z, "Nw4tG8hJ1kLz"),
         *hd(addr("Ingenieurkarriere Kompakt", "newsletter@ingenieurkarriere.example"),
             "Die 48-Stunden-Checkliste vor dem Vorstellungsgespräch", w, Z,
             "<nl-44-2026.7781@ingenieurkarriere.example>",
             extra=(("List-Id", "Ingenieurkarriere Kompakt <kompakt.ingenieurkarriere.example>"),
                    ("List-Unsubscribe", "<https://www.ingenieurkarriere.example/newsletter/abmelden?u=7781>"),
                    ("Precedence", "bulk")))]
    return message(h, alt(text(body, charset="windows-1252"),
                          html("<html><body>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                               + "</body></html>\n", charset="windows-1252")))


@mail(n(29), family="self_schedule", lang="en", interview=False, company="Helixor",
      note="Recruiter sends a Calendly link to pick a slot; no time fixed yet")
def n_calendly_link():
    body = t("""
        Hi Moritz,

        Thanks for applying for the Battery Systems Integration Engineer role at Helixor – the team liked your profile a lot!

        As a next step I'd love to have a 30-minute intro call. Please pick whatever slot suits you here:
        https://calendly.com/sophie-adler-helixor/30min-intro

        I've opened slots for next week Tuesday to Thursday, mornings and afternoons (all shown in your local time).

        Cheers,
        Sophie

        Sophie Adler
        Talent Partner | Helixor
        helixor.io
        """)
    w = "2026-11-05 11:48:19"
    h = [rcv("mail-ej1-f48.google.com", "209.85.218.48", w, Z, "Cl6yU0iO2pAs"),
         *hd(addr("Sophie Adler", "sophie.adler@helixor.io"), "Helixor – intro call", w, Z,
             "<CAH5sA8pL0qRtY3vX1nM2bQ9zW7@mail.gmail.com>")]
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_proposal", lang="en", interview=False, company="Voltstream Talent",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Agency recruiter proposes times ('would Tuesday at 10 work? otherwise Wednesday at 2pm'); "
           "nothing confirmed yet")
def n_proposal_en():
    body = t("""
        Hi Moritz,

        Great speaking earlier! As promised, I've shared your CV with my client (cell manufacturer, new gigafactory project near the Dutch border) and the Head of Systems would like to meet you.

        Would Tuesday (17 Nov) at 10 work for a first video call? Otherwise Wednesday 18 Nov at 2pm CET is also open on his side. Let me know which you prefer and I'll send the invite over.

        Best,
        Tom

        Tom Baxter
        Principal Consultant - Energy Storage
        Voltstream Talent Ltd | London | Munich
        +44 20 3966 1180
        """)
    w = "2026-11-11 16:22:37"
    h = [rcv("LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM", "40.107.23.97", w, Z, "Vs8iO1pA3sDf"),
         *hd(addr("Tom Baxter", "tom.baxter@voltstreamtalent.co.uk"), "Next step with my client", w, Z,
             "<LO2P265MB5112A1B2C3D4E5F6A7B8C9D0E1F2@LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM>")]
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@mail(n(31), family="recruiter_proposal", lang="de", interview=False, company="Lousberg Labs",
      days=(("Wed", "2026-11-18"),),
      note="Founder (du) proposes 'Mittwoch in zwei Wochen um 10:45 Uhr, also am 18.11.' and asks "
           "'passt dir das?'; not confirmed")
def n_proposal_de():
    body = t("""
        Moin Moritz,

        danke für deine Unterlagen, das liest sich richtig gut! Ich würde dich gern mal auf einen Kaffee bei uns im Büro treffen, damit du Henrik und mich kennenlernst.

        Wie sieht's bei dir Mittwoch in zwei Wochen aus, also am 18.11., so um 10:45 Uhr? Diese Woche und nächste sind wir leider komplett auf der Battery Show.

        Sag einfach Bescheid, ob dir das passt, sonst finden wir was anderes.

        LG
        Feli

        Felicitas Brandt | Co-Founder & CEO
        Lousberg Labs GmbH · Kackertstraße 7 · 52072 Aachen
        """)
    w = "2026-11-04 21:14:09"
    h = [rcv("mout.kundenserver.de", "217.72.192.73", w, Z, "Lb5gH9jK2lQw"),
         *hd(addr("Felicitas Brandt", "feli@lousberg-labs.de"), "Kennenlernen?", w, Z,
             "<e6f1a2b3-c4d5-4e6f-9a8b-7c6d5e4f3a2b@lousberg-labs.de>",
             extra=(("User-Agent", "Mozilla Thunderbird"),))]
    return message(h, text(body, cte="8bit"))


@mail(n(32), family="job_centre", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Employment agency invitation ('Einladung ... Ihr Termin am Mo., 12.10.2026 um 9:30 Uhr') with a "
           "fixed time, but a counselling appointment, not a job interview")
def n_job_centre():
    body = t("""
        Sehr geehrter Herr Becker,

        bitte kommen Sie am

            Mo., 12.10.2026 um 9:30 Uhr

        in die Agentur für Arbeit Aachen-Düren, Roermonder Straße 51, 52072 Aachen, Eingang B, 2. Etage, Zimmer 2.107.

        Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation und Ihre Bewerbungsaktivitäten sprechen (Gespräch nach Ihrer Arbeitsuchendmeldung vom 14.09.2026).

        Bitte bringen Sie diese Einladung, Ihren Personalausweis und Ihren aktuellen Lebenslauf mit.

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie dies bitte rechtzeitig mit – über die Online-Services oder telefonisch unter 0800 4 5555 00.

        Mit freundlichen Grüßen
        Ihre Arbeitsvermittlung
        Agentur für Arbeit Aachen-Düren

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    w = "2026-10-05 10:41:22"
    h = [rcv("mailgw2.arbeitsagentur.example", "198.51.100.77", w, Z, "Aa3sD5fG7hJk"),
         *hd(addr("Agentur für Arbeit Aachen-Düren", "noreply@arbeitsagentur.example"),
             "Einladung zu einem Gespräch – Ihr Termin am 12.10.2026", w, Z,
             "<20261005084122.A7741.ba-postfach@arbeitsagentur.example>")]
    return message(h, text(body, charset="windows-1252", cte="base64"))


@mail(n(33), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Local journalist confirms an interview with Moritz (as an expert) on 'Donnerstag, 22.10., um 16:30 "
           "Uhr'; a fixed time, but a press interview, not a job interview")
def n_press():
    body = t("""
        Hallo Herr Becker,

        super, dann halten wir das so fest: Donnerstag, 22.10., um 16:30 Uhr bei Ihnen im Technologiezentrum am Europaplatz. Ich bringe unsere Fotografin mit, sie braucht etwa zehn Minuten für ein paar Bilder am Prüfstand.

        Wie besprochen geht es um Second-Life-Batterien aus E-Autos als Heimspeicher – für unsere Serie „Energiewende vor Ort“. Das Interview erscheint voraussichtlich in der Wochenendausgabe und online. Sie bekommen Ihre Zitate vorher zur Freigabe.

        Herzliche Grüße
        Miriam Coenen
        Redaktion Wirtschaft
        Aachener Tagespost
        Tel. 0241 5101-388
        """)
    w = "2026-10-16 13:27:45"
    h = [rcv("mx.aachener-tagespost.example", "198.51.100.102", w, Z, "Pr2eW4rT6yUi"),
         *hd(addr("Miriam Coenen", "m.coenen@aachener-tagespost.example"),
             "Re: Interview Second-Life-Batterien – Termin", w, Z,
             "<3d4e5f6a-7b8c-4d9e-a0f1-b2c3d4e5f6a7@aachener-tagespost.example>",
             extra=(("In-Reply-To", "<CAM8xk7yU2w4@mail.example.org>"),))]
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="research_interview", lang="en", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Master's student confirms a research interview for his thesis ('Monday 7 December, 17:00 CET, 45 "
           "minutes via Teams'); Moritz is the participant, not a job candidate")
def n_research():
    body = t("""
        Dear Moritz,

        Thank you so much for agreeing to take part in my thesis research! I'm confirming our interview:

        Monday 7 December, 17:00 CET (45 minutes), Microsoft Teams
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_TUeThesisDV%40thread.v2/0

        The interview is semi-structured and covers how BMS engineers in industry validate state-of-health
        estimators. I've attached the informed consent form; you can sign it before or at the start of the call.
        Everything will be anonymised.

        Kind regards,
        Daan Verhoeven
        MSc student Electrical Engineering, Eindhoven University of Technology
        Supervisor: dr. ir. M. Bosschaert
        """)
    w = "2026-12-01 20:08:14"
    h = [rcv("AS2PR10MB7321.EURPRD10.PROD.OUTLOOK.COM", "40.107.21.103", w, Z, "Rs5tY7uI9oPa"),
         *hd(addr("Daan Verhoeven", "d.verhoeven@student.tue.example.nl"),
             "Thesis interview confirmed - Monday 7 December", w, Z,
             "<AS2PR10MB7321F0E1D2C3B4A59687A7B6C5D4@AS2PR10MB7321.EURPRD10.PROD.OUTLOOK.COM>")]
    return message(h, text(body))


@mail(n(35), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Executive-MBA admission: 'Einladung zum Auswahlgespräch am Sa., 14.11.2026 um 10:00 Uhr' - a fixed "
           "interview, but for a study place, not a job")
def n_mba():
    body = t("""
        Sehr geehrter Herr Becker,

        vielen Dank für Ihre Bewerbung für den berufsbegleitenden Executive MBA „Technology & Innovation Management“ (Jahrgang 2027).

        Wir freuen uns, Sie zum Auswahlgespräch einzuladen:

        Termin: Sa., 14.11.2026 um 10:00 Uhr
        Ort: Aachen School of Management, Theaterstraße 35–39, 52062 Aachen, Raum 1.04
        Dauer: ca. 40 Minuten

        Das Gespräch führen die Studiengangsleiterin Prof. Dr. Renate Klöcker und ein Alumni-Vertreter. Bitte bringen Sie Ihre Abschlusszeugnisse im Original mit.

        Mit freundlichen Grüßen
        Studierendenservice Executive Education
        Aachen School of Management
        """)
    w = "2026-11-06 11:15:00"
    h = [rcv("mail.asm-aachen.example", "198.51.100.35", w, Z, "Mb1aS3dF5gHj"),
         *hd(addr("Aachen School of Management", "admissions@asm-aachen.example"),
             "Einladung zum Auswahlgespräch – Executive MBA 2027", w, Z,
             "<20261106101500.8821@asm-aachen.example>")]
    return message(h, alt(text(body),
                          html("<html><body>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                               + "</body></html>\n")))


@mail(n(36), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Volleyball club coach confirms a try-out ('Probetraining') on Thursday 19:30; personal, not a "
           "job interview")
def n_tryout():
    body = t("""
        Hey Moritz,

        klar, komm gerne zum Probetraining vorbei! Wir trainieren donnerstags um 19:30 in der Halle am Kronenberg (Eingang über den Schulhof). Diesen Donnerstag (17.9.) passt gut, da sind wir vollzählig und spielen am Ende noch 6 gegen 6.

        Bring Hallenschuhe und was zu trinken mit. Wenn's dir gefällt, kannst du nach drei Probetrainings in den Verein eintreten, Beitrag klären wir dann.

        Sportliche Grüße
        Jens
        Trainer Herren 2 – TV Burtscheid 1878 Volleyball
        """)
    w = "2026-09-14 22:31:08"
    h = [rcv("mail-wr1-f52.google.com", "209.85.221.52", w, Z, "Tr8yU0iO2pAs"),
         *hd(addr("Jens Kaulard", "jens.kaulard@example.net"), "Re: Probetraining Herren 2", w, Z,
             "<CAF2kJ9pX1yQ3wE5rT7yU9iO1pA@mail.gmail.com>")]
    return message(h, text(body, cte="8bit"))


@mail(n(37), family="car_service", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Car dealership workshop booking 'Di., 03.11.2026, 07:30 Uhr' (Inspektion + Reifenwechsel); "
           "fixed time, not an interview")
def n_car():
    body = t("""
        Terminbestätigung Werkstatt

        Guten Tag Herr Becker,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:

        Datum/Uhrzeit:   Di., 03.11.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:        VW ID.3, AC-MB 2711
        Leistungen:      Inspektion, Radwechsel Winterräder (eingelagert), HV-Batterie-Check

        Voraussichtliche Fertigstellung: gleicher Tag, ca. 16:00 Uhr. Gern stellen wir Ihnen ein Ersatzfahrzeug zur Verfügung.

        Ihr Serviceteam
        Autohaus Kaiserplatz GmbH · Adalbertsteinweg 140 · 52066 Aachen · Tel. 0241 90107-0
        """)
    page = ("<html><body style=\"font-family:Arial\"><h2>Terminbestätigung Werkstatt</h2>"
            + body.split("\n", 2)[2].replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n")
    w = "2026-10-27 09:04:40"
    h = [rcv("mailer.autohaus-kaiserplatz.example", "198.51.100.140", w, Z, "Ca4sD6fG8hJk"),
         *hd(addr("Autohaus Kaiserplatz Service", "service@autohaus-kaiserplatz.example"),
             "Ihr Werkstatttermin am 03.11.2026", w, Z, "<wt-2026-11-03-0730-4471@autohaus-kaiserplatz.example>")]
    return message(h, alt(text(body, charset="iso-8859-15"), html(page, cte="base64")))


@mail(n(38), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Career coach confirms a mock interview ('Probe-Vorstellungsgespräch am Mi., 25.11., 18:00-19:30 Uhr "
           "per Zoom'); fixed time, coaching, not a job interview")
def n_mock():
    body = t("""
        Lieber Moritz,

        schön, dass du dich für das Intensivpaket entschieden hast! Hiermit bestätige ich unseren ersten Termin:

        Probe-Vorstellungsgespräch (Mock-Interview) mit Video-Feedback
        Mi., 25.11., 18:00–19:30 Uhr
        Zoom: https://us06web.zoom.us/j/81177204456?pwd=Y29hY2hpbmc
        Meeting-ID: 811 7720 4456, Kenncode: 2511

        Ich spiele die Personalerin und eine Fachvorgesetzte aus der Batteriebranche – schick mir bitte bis Montag die Stellenanzeige, auf die wir uns vorbereiten sollen, dann wird es realistisch. Rechnung kommt separat.

        Herzliche Grüße
        Anja

        Dr. Anja Pützer
        Bewerbungscoaching Rheinland
        Jülicher Straße 72a · 52070 Aachen
        """)
    w = "2026-11-19 12:40:02"
    h = [rcv("mout-xforward.web.de", "217.72.192.78", w, Z, "Mk9oL1pA3sDf"),
         *hd(addr("Anja Pützer – Bewerbungscoaching", "kontakt@coaching-puetzer.example"),
             "Bestätigung: Mock-Interview am 25.11.", w, Z,
             "<trinity-7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-1795606802@3c-app-webde-bap44>")]
    return message(h, text(body))


@mail(n(39), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Sister forwards HER OWN interview confirmation (attached message/rfc822, 'Mittwoch, 14.10.2026 um "
           "11:00 Uhr') and asks for help practising; a real interview, but not Moritz's")
def n_sister():
    inner_body = t("""
        Sehr geehrte Frau Becker,

        vielen Dank für Ihre Bewerbung als Rechtsanwaltsfachangestellte. Gern möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Mittwoch, 14.10.2026 um 11:00 Uhr in unsere Kanzlei (Theaterplatz 9, 52062 Aachen) ein.

        Bitte bestätigen Sie uns den Termin kurz per E-Mail.

        Mit freundlichen Grüßen
        Marion Kessel
        Büroleitung
        Hoffmann & Partner Rechtsanwälte mbB
        """)
    inner = message([("From", addr("Marion Kessel", "m.kessel@hoffmann-partner.example")),
                     ("To", addr("Lena Becker", "lena.becker@example.com")),
                     ("Subject", enc("Einladung zum Vorstellungsgespräch")),
                     ("Date", date("2026-10-08 16:40:11", Z)),
                     ("Message-ID", "<5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e@hoffmann-partner.example>")],
                    text(inner_body))
    note = t("""
        Hi Mo,

        guck mal, ich hab endlich ein Vorstellungsgespräch!! 🙈 Mittwoch um 11. Kannst du mir am Dienstagabend helfen, das mal durchzuspielen? Du hast ja gerade Übung 😅

        Bringe auch Wein mit.
        Lena
        """)
    w = "2026-10-09 19:02:37"
    h = [rcv("mail-pj1-f41.google.com", "209.85.216.41", w, Z, "Ss2dF4gH6jKl"),
         *hd(addr("Lena Becker", "lena.becker@example.com"), "Fwd: Einladung zum Vorstellungsgespräch", w, Z,
             "<CAKx8Lena2q7vR9tY1uI3oP5aS7dF@mail.gmail.com>")]
    return message(h, mixed(alt(text(note), html(gmail_html(note))),
                            attached_message(inner, "Einladung zum Vorstellungsgespraech.eml")))


@mail(n(40), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Current employer's Exchange invite asking Moritz to sit on the panel for a candidate ('Sie als "
           "Fachinterviewer', Di., 27.10., 15:00-16:00); he is the interviewer, not the candidate")
def n_interviewer():
    body = t("""
        Hallo Moritz,

        wie mit Matthias abgestimmt, bist du beim Fachinterview für die Stelle „Junior-Ingenieur Batterietests“ als zweiter Interviewer dabei. Kandidat: Jonas Öztürk (Lebenslauf und Interviewleitfaden liegen im Recruiting-Ordner auf SharePoint).

        Bitte trag im Anschluss deine Bewertung bis Donnerstag ins Formular ein.

        Danke dir!
        Birgit Hamacher
        HR Business Partner | Carolus Antriebstechnik GmbH

        """) + EXCH_BOILER_DE.format(mid="Y2Fyb2x1cy1pbnQ", bid="318 446 902 177", pw="Ct8k5P")
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Hamacher Birgit:mailto:birgit.hamacher@carolus-antrieb.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Becker Moritz:mailto:moritz.becker@carolus-antrieb.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lambertz Matthias:mailto:matthias.lambertz@carolus-antrieb.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.oeztuerk@example.com:mailto:jonas.oeztuerk@example.com
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC01000000000000000010000000B8E4
SUMMARY;LANGUAGE=de-DE:Interview Jonas Öztürk – Junior-Ingenieur Batterietests (Fachinterview)
DTSTART;TZID=W. Europe Standard Time:20261027T150000
DTEND;TZID=W. Europe Standard Time:20261027T160000
DTSTAMP:20261020T073312Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""
    w = "2026-10-20 09:33:12"
    h = [("Delivered-To", ME),
         ("X-Forwarded-For", "moritz.becker@carolus-antrieb.example moritz.becker@example.org"),
         rcv("VI1PR03MB6381.eurprd03.prod.outlook.com", "40.107.6.51", w, Z, "Iv3bN5mQ7wEr"),
         *hd(addr("Hamacher, Birgit", "birgit.hamacher@carolus-antrieb.example"),
             "Interview Jonas Öztürk – Junior-Ingenieur Batterietests (Fachinterview)", w, Z,
             "<VI1PR03MB6381D4C3B2A1908F7E6D5C4B3A21@VI1PR03MB6381.eurprd03.prod.outlook.com>",
             to=addr("Becker, Moritz", "moritz.becker@carolus-antrieb.example"),
             extra=(("Content-Language", "de-DE"),))]
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(41), family="doctor", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Online booking confirmation for a GP check-up 'Do., 05.11.2026 um 08:15 Uhr'; fixed time, not an "
           "interview")
def n_doctor():
    body = t("""
        Ihr Termin ist bestätigt ✔

        Hallo Moritz Becker,

        Ihr Termin bei Hausarztpraxis Dr. med. Ute Sommer wurde bestätigt.

        📅 Do., 05.11.2026 um 08:15 Uhr
        📍 Hausarztpraxis Dr. med. Ute Sommer, Frankenberger Straße 22, 52066 Aachen
        Grund: Gesundheits-Check-up (ab 35)

        Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).

        Termin absagen oder verschieben: https://www.termindoc.example/termine/9917-22

        Ihr TerminDoc-Team
        """)
    page = ("<html><body style=\"font-family:Arial\">"
            + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n")
    w = "2026-10-28 18:55:31"
    h = [rcv("mail.termindoc.example", "198.51.100.201", w, Z, "Dc6fG8hJ0kLz"),
         *hd(addr("TerminDoc", "no-reply@termindoc.example"),
             "Terminbestätigung: Do., 05.11.2026 um 08:15 Uhr – Dr. med. Ute Sommer", w, Z,
             "<appt-9917-22.confirm@termindoc.example>")]
    return message(h, alt(text(body), html(page)))


@mail(n(42), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-31"),),
      note="Property manager confirms a flat viewing with tenant screening ('Sa., 31.10., 11:15 Uhr', bring "
           "Selbstauskunft); fixed time, not a job interview")
def n_flat():
    body = t("""
        Sehr geehrter Herr Becker,

        gerne bestätigen wir Ihnen den Besichtigungstermin für die 3-Zimmer-Wohnung in der Neusser Straße 412, 50733 Köln-Nippes (2. OG links, 78 m²):

        Sa., 31.10., 11:15 Uhr - Treffpunkt vor dem Hauseingang

        Bitte bringen Sie die ausgefüllte Mieterselbstauskunft, die letzten drei Gehaltsnachweise sowie eine Kopie Ihres Personalausweises mit. Nach der Besichtigung führt Herr Odenthal ein kurzes Gespräch mit allen Interessenten.

        Mit freundlichen Grüßen
        Hausverwaltung Rheinblick GmbH
        i. A. Sandra Wolff
        """)
    w = "2026-10-26 14:02:19"
    h = [rcv("smtp.rheinblick-hv.example", "198.51.100.66", w, Z, "Fl7gH9jK1lQw"),
         *hd(addr("Hausverwaltung Rheinblick", "vermietung@rheinblick-hv.example"),
             "Besichtigungstermin Neusser Straße 412 – Bestätigung", w, Z,
             "<b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e@rheinblick-hv.example>")]
    return message(h, text(body, charset="iso-8859-15"))


@mail(n(43), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="School platform confirms a parent-teacher slot ('Gesprächstermin ... Do., 26.11., 17:40-17:50 Uhr'); "
           "not an interview")
def n_parent_teacher():
    body = t("""
        Elternsprechtag – Ihr Gesprächstermin

        Liebe Eltern,

        Sie haben folgenden Gesprächstermin gebucht:

        Kind: Paul Becker (Klasse 2b)
        Lehrkraft: Frau Reuter
        Termin: Do., 26.11., 17:40–17:50 Uhr
        Raum: 104 (Altbau, 1. OG)

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Wenn Sie den Termin nicht wahrnehmen können, stornieren Sie ihn bitte in der App, damit andere Eltern nachrücken können.

        Ihre GGS Am Höfling
        (versendet über SchulPost)
        """)
    page = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">"
            + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n")
    w = "2026-11-20 07:12:40"
    h = [rcv("out.schulpost.example", "198.51.100.12", w, Z, "Pt8hJ0kL2zXc"),
         *hd(addr("GGS Am Höfling über SchulPost", "noreply@schulpost.example"),
             "Elternsprechtag: Ihr Termin bei Frau Reuter", w, Z, "<est-2026-2b-0042@schulpost.example>")]
    return message(h, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(44), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Current employer's Exchange invite to the department Christmas party (Fr., 11.12., 18:00), "
           "forwarded from the work account; not an interview")
def n_team_event():
    body = t("""
        Liebe Kolleginnen und Kollegen,

        das Jahr war intensiv – lasst es uns gemeinsam ausklingen lassen! Unsere Weihnachtsfeier der Abteilung E-Antriebe findet am Freitag, 11.12., ab 18:00 Uhr im Brauhaus am Markt (Obergeschoss) statt. Für Essen und die ersten Getränke ist gesorgt.

        Bitte sagt über die Einladung zu oder ab, damit wir planen können.

        Viele Grüße
        Matthias Lambertz
        Abteilungsleiter E-Antriebe | Carolus Antriebstechnik GmbH
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Lambertz Matthias:mailto:matthias.lambertz@carolus-antrieb.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=DL E-Antriebe:mailto:dl-e-antriebe@carolus-antrieb.example
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000D1F7
SUMMARY;LANGUAGE=de-DE:Weihnachtsfeier E-Antriebe 2026
DTSTART;TZID=W. Europe Standard Time:20261211T180000
DTEND;TZID=W. Europe Standard Time:20261211T230000
DTSTAMP:20261116T100255Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Brauhaus am Markt\\, Obergeschoss
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""
    w = "2026-11-16 11:02:55"
    h = [("Delivered-To", ME),
         ("X-Forwarded-For", "moritz.becker@carolus-antrieb.example moritz.becker@example.org"),
         rcv("VI1PR03MB6381.eurprd03.prod.outlook.com", "40.107.6.51", w, Z, "Xm1aS3dF5gHj"),
         *hd(addr("Lambertz, Matthias", "matthias.lambertz@carolus-antrieb.example"),
             "Weihnachtsfeier E-Antriebe 2026", w, Z,
             "<VI1PR03MB6381A9B8C7D6E5F4A3B2C1D0E9F8@VI1PR03MB6381.eurprd03.prod.outlook.com>",
             to=addr("DL E-Antriebe", "dl-e-antriebe@carolus-antrieb.example"))]
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(45), family="webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Zoom webinar registration for a salary-negotiation webinar ('Di., 08.12.2026, 18:00-19:00 Uhr'); "
           "fixed time, not an interview")
def n_webinar():
    body = t("""
        Hallo Moritz Becker,

        vielen Dank für Ihre Anmeldung zum Webinar

        „Gehaltsverhandlung für Ingenieur:innen – vom ersten Gespräch bis zum Vertrag“

        Datum und Uhrzeit: Di., 08.12.2026, 18:00–19:00 Uhr (Amsterdam, Berlin, Rom, Stockholm, Wien)
        Referentin: Katja Roeben, Karriereberaterin

        Bitte klicken Sie auf den folgenden Link, um dem Webinar beizutreten:
        https://us02web.zoom.us/w/88123400917?tk=aW5nZW5pZXVydmVyYmFuZA

        Passcode: 081226

        Zum Kalender hinzufügen: Google Kalender | Outlook-Kalender (.ics) | Yahoo-Kalender

        Sie können Ihre Registrierung jederzeit stornieren.

        Ingenieurverband West e. V. – Bezirksgruppe Aachen
        """)
    page = ("<html><body style=\"font-family:Lato,Arial,sans-serif\">"
            + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n")
    w = "2026-12-01 08:44:30"
    h = [rcv("zoom-mail-out-eu.zoom.us", "170.114.52.2", w, Z, "Wb3sD5fG7hJk"),
         *hd(addr("Ingenieurverband West", "no-reply@zoom.us"),
             "Bestätigung: Gehaltsverhandlung für Ingenieur:innen – Webinar", w, Z,
             "<webinar.88123400917.reg.4417@zoom.us>",
             extra=(("Reply-To", "veranstaltungen@ingenieurverband-west.example"),))]
    return message(h, alt(text(body), html(page)))


@mail(n(46), family="auto_reply", lang="de", interview=False, company="Rurtal Batterietechnik",
      days=(("Fri", "2026-10-16"),),
      note="Out-of-office auto-reply from the Rurtal recruiter to Moritz's reply about the offer; no appointment")
def n_auto_reply():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 16.10., nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@rurtal-batterie.de oder telefonisch an 0241 99781-200.

        Mit freundlichen Grüßen
        Julia Schmitz
        """)
    w = "2026-10-07 20:13:05"
    h = [rcv("mail.rurtal-batterie.de", "212.227.15.41", w, Z, "Ar5fG7hJ9kLz"),
         *hd(addr("Julia Schmitz", "julia.schmitz@rurtal-batterie.de"),
             "Automatische Antwort: Re: Ihr Vertragsangebot – Entwicklungsingenieur Batteriesysteme", w, Z,
             "<auto.9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a@rurtal-batterie.de>",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAM8xk3vB5n7@mail.example.org>")))]
    return message(h, text(body))


@mail(n(47), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Delivery failure (multipart/report) for Moritz's thank-you note after his Tuesday interview, sent to "
           "a mistyped domain; the returned message mentions the interview but nothing is scheduled")
def n_bounce():
    orig_body = t("""
        Dear Hannah,

        thank you for organising today's interview (Tuesday, 15 September) – I really enjoyed the conversation with Tobias and Lea, especially the discussion about cell balancing strategies.

        I'm looking forward to hearing about the next steps.

        Best regards,
        Moritz Becker
        """)
    ow = "2026-09-15 18:10:22"
    orig = message([("From", MEN), ("To", addr("Hannah Vossen", "hannah.vossen@cellwerk-system.de")),
                    ("Subject", "Thank you - interview today"), ("Date", date(ow, Z)),
                    ("Message-ID", "<CAM8xk4bN6m8@mail.example.org>")], text(orig_body))
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <hannah.vossen@cellwerk-system.de>: Host or domain name not found. Name service
            error for name=cellwerk-system.de type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4bKx2R1YqTz9sWp
        Arrival-Date: Tue, 15 Sep 2026 18:10:23 +0200 (CEST)

        Final-Recipient: rfc822; hannah.vossen@cellwerk-system.de
        Original-Recipient: rfc822;hannah.vossen@cellwerk-system.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=cellwerk-system.de type=MX: Host not found
        """)
    body = multipart("report", text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
                     params="report-type=delivery-status")
    w = "2026-09-15 18:10:24"
    h = [("Return-Path", "<>"),
         *hd(addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org"),
             "Undelivered Mail Returned to Sender", w, Z, "<20260915161024.4bKx2R1YqTz9sWp@mx.example.org>",
             to=ME, extra=(("Auto-Submitted", "auto-replied"),))]
    return message(h, body)


@mail(n(48), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Research mailing list (Mailman) announces a colloquium talk 'Do., 10.12., 16:00 Uhr'; not an interview")
def n_mailing_list():
    body = t("""
        Liebe Mitglieder des Netzwerks,

        herzliche Einladung zum nächsten Batterie-Kolloquium:

        Do., 10.12., 16:00 Uhr s.t., Hörsaal Jägerstraße 17–19, 52066 Aachen, und hybrid per Zoom
        Dr. Esther Janssen (Forschungszentrum Eifel): „Impedanzspektroskopie im Feld – was 10.000 Heimspeicher über Alterung verraten“

        Im Anschluss Glühwein im Foyer. Eine Anmeldung ist nicht nötig.

        Beste Grüße
        Tim Bonnie für das Orga-Team

        _______________________________________________
        batterie-nrw mailing list -- batterie-nrw@lists.batterienetz.example
        To unsubscribe send an email to batterie-nrw-leave@lists.batterienetz.example
        """)
    w = "2026-12-03 10:20:00"
    h = [rcv("lists.batterienetz.example", "198.51.100.90", w, Z, "Ml7hJ9kL1zXc"),
         *hd(addr("Tim Bonnie", "tim.bonnie@batterienetz.example"),
             "[batterie-nrw] Kolloquium Do. 10.12.: Impedanzspektroskopie im Feld", w, Z,
             "<a1b2c3d4e5f6.batterie-nrw@batterienetz.example>",
             to="batterie-nrw@lists.batterienetz.example",
             extra=(("List-Id", "<batterie-nrw.lists.batterienetz.example>"),
                    ("List-Post", "<mailto:batterie-nrw@lists.batterienetz.example>"),
                    ("List-Unsubscribe", "<mailto:batterie-nrw-leave@lists.batterienetz.example>"),
                    ("Precedence", "list"),
                    ("Sender", "batterie-nrw-bounces@lists.batterienetz.example")))]
    return message(h, text(body, cte="8bit"))


@mail(n(49), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Bank advisor confirms a mortgage consultation 'Mo., 16.11.2026, 17:00 Uhr'; fixed time, not an "
           "interview")
def n_bank():
    body = t("""
        Sehr geehrter Herr Becker,

        hiermit bestätige ich Ihnen unseren Beratungstermin zur Baufinanzierung:

        Mo., 16.11.2026, 17:00 Uhr
        Dreiländerbank eG, Filiale Aachen-Burtscheid, Kapellenstraße 3, 52066 Aachen

        Bitte bringen Sie, wenn möglich, Ihre letzten drei Gehaltsabrechnungen, den Arbeitsvertrag sowie das Exposé der Immobilie mit. Gerade bei einem geplanten Jobwechsel sprechen wir gern auch über die Probezeit-Thematik.

        Freundliche Grüße
        Markus Classen
        Baufinanzierungsberater
        Dreiländerbank eG
        """)
    w = "2026-11-09 15:48:37"
    h = [rcv("mx01.dreilaenderbank.example", "198.51.100.111", w, Z, "Bn9kL1zX3cVb"),
         *hd(addr("Markus Classen", "markus.classen@dreilaenderbank.example"),
             "Ihr Beratungstermin am 16.11.2026", w, Z, "<0f1e2d3c4b5a.classen@dreilaenderbank.example>")]
    return message(h, alt(text(body, charset="iso-8859-1"),
                          html("<html><body>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                               + "</body></html>\n", charset="iso-8859-1")))


@mail(n(50), family="keep_in_touch", lang="en", interview=False, company="Cellwerk Systems",
      note="Cellwerk recruiter pauses hiring and promises to reach out in Q1; no time set")
def n_keep_in_touch():
    body = t("""
        Hi Moritz,

        I wanted to give you an honest update rather than leave you waiting: we've had to freeze the BMS headcount until our Series B closes, which realistically means Q1 next year.

        Everyone who met you in September was impressed, and you'd be the first person I'd call once the role reopens. Would it be OK if I reach out again in January? If you accept something else in the meantime, no hard feelings at all - just let me know.

        Wishing you a good end of the year,
        Hannah

        Hannah Vossen
        Talent Acquisition | Cellwerk Systems GmbH
        """)
    w = "2026-12-14 10:06:51"
    h = [rcv("mail-lj1-f170.google.com", "209.85.208.170", w, Z, "Kt2zX4cV6bNm"),
         *hd(addr("Hannah Vossen", "hannah.vossen@cellwerk-systems.de"), "Quick update from Cellwerk", w, Z,
             "<CAGv8Hn3Q1pL5rT7yU9iO2aS4dF@mail.gmail.com>")]
    return message(h, alt(text(body), html(gmail_html(body))))
