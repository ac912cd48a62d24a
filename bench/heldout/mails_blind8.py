# ruff: noqa: E501
"""blind8: 50 hand-written mails for a realistic inbox (see blind8/README.md).

Inbox owner: Marisol Ortega <marisol.ortega@example.net>, a data engineer in Seattle
(America/Los_Angeles), applying to US, Canadian, Latin American, European and Pacific companies.
Mails are written under keys 1-50 (1-23 positive, 24-50 negative); the file number is a fixed
shuffle of the key. Written blind: without reading the detector, its tests and fixtures, or any
other held-out mail.
"""

from __future__ import annotations

import random

import make
from make import VTZ, addr, alt, calendar, date, enc, gmail_html, html, message, mixed, t, text

ME = "marisol.ortega@example.net"
ME_H = addr("Marisol Ortega", ME)

_perm = list(range(1, 51))
random.Random(20260808).shuffle(_perm)
PERM = {key: n for key, n in zip(range(1, 51), _perm, strict=True)}


def M(key: int, **kw):
    return make.mail(f"blind8_{PERM[key]:03d}", **kw)


def hdr(frm: str, subject: str, when: str, zone: str, msgid: str, to: str = ME_H,
        extra: list[tuple[str, str]] | None = None, charset: str = "utf-8") -> list[tuple[str, str]]:
    hs = [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
          ("Message-ID", msgid)]
    return hs + (extra or [])


VTZ_LA = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_PST_WIN = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


@M(1, family="dover", lang="en", interview=True, kind="scheduled",
   start="2026-03-10T18:00:00Z", end="2026-03-10T18:45:00Z", contact="ravi@loomwise.ai",
   company="Loomwise", local="Tue 2026-03-10 11:00", local_end="2026-03-10 11:45",
   zone="America/Los_Angeles",
   note="Dover confirmation sent on behalf of the founder; Reply-To is his own address. Sent in PST (5 March), interview after the 8 March US DST start: 11:00 PDT = 18:00Z, 11:00-11:45 stated.")
def p01():
    plain = t("""
        Hi Marisol,

        You're all set! Here are the details for your upcoming interview with Loomwise.

        Interview: Technical deep-dive with Ravi Menon (Co-founder & CTO)
        When: Tuesday, March 10, 2026, 11:00 AM - 11:45 AM Pacific Time
        Where: Google Meet - https://meet.google.com/wkq-rtse-mpa

        Heads up: the clocks change this weekend (Sunday, March 8), so double-check your
        calendar shows 11:00 AM PDT.

        If something comes up, just reply to this email and Ravi will get it.

        Best,
        The Loomwise team

        --
        Sent via Dover on behalf of Loomwise. Loomwise, 340 Brannan St, San Francisco, CA 94107
        """)
    body = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Marisol,</p>
        <p>You're all set! Here are the details for your upcoming interview with <b>Loomwise</b>.</p>
        <table cellpadding="6" style="border:1px solid #e5e5e5;border-radius:6px">
        <tr><td style="color:#777">Interview</td><td>Technical deep-dive with Ravi Menon (Co-founder &amp; CTO)</td></tr>
        <tr><td style="color:#777">When</td><td>Tuesday, March 10, 2026, 11:00 AM &ndash; 11:45 AM Pacific Time</td></tr>
        <tr><td style="color:#777">Where</td><td><a href="https://meet.google.com/wkq-rtse-mpa">Google Meet</a></td></tr>
        </table>
        <p>Heads up: the clocks change this weekend (Sunday, March 8), so double-check your calendar shows 11:00 AM PDT.</p>
        <p>If something comes up, just reply to this email and Ravi will get it.</p>
        <p>Best,<br>The Loomwise team</p>
        <p style="font-size:11px;color:#999">Sent via Dover on behalf of Loomwise. Loomwise, 340 Brannan St, San Francisco, CA 94107</p>
        </body></html>
        """)
    hs = hdr(addr("Ravi Menon via Dover", "notifications@mail.dover.io"),
             "Interview confirmed: Loomwise - Tuesday, March 10", "2026-03-05 14:22", "America/Los_Angeles",
             "<0100018e1a2b3c4d-loomwise-7731@email.dover.io>",
             extra=[("Reply-To", addr("Ravi Menon", "ravi@loomwise.ai"))])
    return message(hs, alt(text(plain), html(body)))


@M(2, family="reply_quoted", lang="en", interview=True, kind="scheduled",
   start="2026-04-16T20:00:00Z", end="2026-04-16T21:00:00Z", contact="dan@parcelwise.io",
   company="Parcelwise", local="Thu 2026-04-16 16:00", local_end="2026-04-16 17:00",
   zone="America/New_York",
   note="Founder's terse 'Thursday 4pm ET works' on top of the quoted thread (her proposal: Thursday after 2pm ET; his first mail: a 1-hour interview). 16:00 EDT = 20:00Z; end from the stated 1 hour.")
def p02():
    body = t("""
        Thursday 4pm ET works. My assistant will send the calendar invite but consider it locked in.

        Dan

        On Sun, Apr 12, 2026 at 9:41 PM Marisol Ortega <marisol.ortega@example.net> wrote:
        > Hi Dan,
        >
        > Thanks so much, glad you liked the take-home! For the interview I could do
        > Wednesday after 1pm ET, or Thursday any time after 2pm ET.
        >
        > Best,
        > Marisol
        >
        > On Fri, Apr 10, 2026 at 6:03 PM Dan Okafor <dan@parcelwise.io> wrote:
        >> Hi Marisol,
        >>
        >> Really enjoyed your take-home, the dedup approach was clever. Next step would be
        >> a 1-hour interview with me (I'm the CTO), mostly about the pipeline design and how
        >> you'd extend it. When works for you next week?
        >>
        >> Dan Okafor
        >> Co-founder/CTO, Parcelwise
        """)
    hs = hdr(addr("Dan Okafor", "dan@parcelwise.io"), "Re: Parcelwise - next steps", "2026-04-13 10:12",
             "America/New_York", "<CAH7p2bWq9xk3L0pZ@mail.gmail.com>",
             extra=[("In-Reply-To", "<CAJm4Kz8u1@mail.gmail.com>"),
                    ("References", "<CAF0x9Tn2@mail.gmail.com> <CAJm4Kz8u1@mail.gmail.com>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(3, family="outlook_calendar", lang="de", interview=True, kind="scheduled",
   start="2026-03-31T15:00:00Z", end="2026-03-31T16:00:00Z", contact="katrin.vogel@rheinfeld-bank.de",
   company="Rheinfeld Privatbank AG", local="Tue 2026-03-31 17:00", local_end="2026-03-31 18:00",
   zone="Europe/Berlin",
   note="Exchange meeting request in German, TZID W. Europe Standard Time; sent in CET (25 March), interview after the 29 March EU DST start: 17:00 CEST = 15:00Z. The body's '(UTC+01:00)' label is the zone's standard offset. Organizer = sender.")
def p03():
    plain = t("""
        Sehr geehrte Frau Ortega,

        vielen Dank für Ihr Interesse an der Position Data Engineer (m/w/d). Wie telefonisch
        besprochen, lade ich Sie hiermit zu einem Vorstellungsgespräch per Microsoft Teams ein.

        Teilnehmer: Dr. Stefan Albrecht (Leitung Data Platform), Katrin Vogel (HR)

        Bitte geben Sie mir kurz Bescheid, falls Sie technische Schwierigkeiten haben.

        Mit freundlichen Grüßen
        Katrin Vogel
        Personalreferentin
        Rheinfeld Privatbank AG | Neue Mainzer Straße 12 | 60311 Frankfurt am Main

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder auf Raumgeräten teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTRk>
        Besprechungs-ID: 381 227 905 114
        Passcode: 7Qk9xB
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Sehr geehrte Frau Ortega,</p>
        <p>vielen Dank für Ihr Interesse an der Position Data Engineer (m/w/d). Wie telefonisch besprochen, lade ich Sie hiermit zu einem Vorstellungsgespräch per Microsoft Teams ein.</p>
        <p>Teilnehmer: Dr. Stefan Albrecht (Leitung Data Platform), Katrin Vogel (HR)</p>
        <p>Bitte geben Sie mir kurz Bescheid, falls Sie technische Schwierigkeiten haben.</p>
        <p>Mit freundlichen Grüßen<br>Katrin Vogel<br>Personalreferentin<br>Rheinfeld Privatbank AG | Neue Mainzer Straße 12 | 60311 Frankfurt am Main</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTRk">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div>Besprechungs-ID: 381 227 905 114<br>Passcode: 7Qk9xB</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Vogel Katrin:mailto:katrin.vogel@rheinfeld-bank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Ortega:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Albrecht Stefan Dr.:mailto:stefan.albrecht@rheinfeld-bank.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Ortega\\,\\n\\nvielen Dank für Ihr Interesse an der Position Data Engineer (m/w/d).\\n
UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Data Engineer (m/w/d) – Marisol Ortega
DTSTART;TZID=W. Europe Standard Time:20260331T170000
DTEND;TZID=W. Europe Standard Time:20260331T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260325T081400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118374456
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
    hs = hdr(addr("Vogel, Katrin", "katrin.vogel@rheinfeld-bank.de"),
             "Vorstellungsgespräch Data Engineer (m/w/d) – Marisol Ortega", "2026-03-25 09:14", "Europe/Berlin",
             "<FR2P281MB0123A4B5C6D7E8F9@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM>",
             extra=[("Thread-Topic", enc("Vorstellungsgespräch Data Engineer (m/w/d) – Marisol Ortega")),
                    ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(plain), html(body), calendar(ics, cte="base64")))


@M(4, family="youcanbookme", lang="en", interview=True, kind="scheduled",
   start="2026-05-13T15:30:00Z", end="2026-05-13T16:00:00Z", contact="linnea.holm@fjordlyte.se",
   company="Fjordlyte AB", local="Wed 2026-05-13 08:30", local_end="2026-05-13 09:00",
   zone="America/Los_Angeles",
   note="YouCanBook.me booking confirmation for a slot she picked; shown in her own zone (America/Los_Angeles, PDT) = 15:30Z, 17:30 in Stockholm. Sender is a notifications address; Reply-To is the hiring manager.")
def p04():
    plain = t("""
        Booking confirmed

        Hi Marisol Ortega,

        Your booking with Fjordlyte has been confirmed.

        Intro interview - Analytics Engineer (30 min)
        Wednesday 13 May 2026, 8:30am - 9:00am (America/Los_Angeles)

        Your interviewer: Linnea Holm, Head of Data
        Video link: https://meet.google.com/hdz-oqpn-tue

        Need to make a change?
        Cancel or reschedule: https://fjordlyte.youcanbook.me/manage/7f3a2c

        Powered by YouCanBook.me
        """)
    body = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f4f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Arial,sans-serif;padding:24px">
        <tr><td><h2 style="color:#0b7a75">Booking confirmed</h2>
        <p>Hi Marisol Ortega,</p><p>Your booking with Fjordlyte has been confirmed.</p>
        <p><strong>Intro interview - Analytics Engineer (30 min)</strong><br>
        Wednesday 13 May 2026, 8:30am - 9:00am (America/Los_Angeles)</p>
        <p>Your interviewer: Linnea Holm, Head of Data<br>
        Video link: <a href="https://meet.google.com/hdz-oqpn-tue">https://meet.google.com/hdz-oqpn-tue</a></p>
        <p>Need to make a change? <a href="https://fjordlyte.youcanbook.me/manage/7f3a2c">Cancel or reschedule</a></p>
        <p style="color:#999;font-size:11px">Powered by YouCanBook.me</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    hs = hdr(addr("Fjordlyte", "notifications@youcanbook.me"), "Confirmed: Intro interview - Analytics Engineer",
             "2026-05-08 11:05", "America/Los_Angeles", "<20260508180512.3f9c1a7e@mailer.youcanbook.me>",
             extra=[("Reply-To", addr("Linnea Holm", "linnea.holm@fjordlyte.se"))])
    return message(hs, alt(text(plain, cte="7bit"), html(body)))


@M(5, family="oracle_recruiting", lang="en", interview=True, kind="scheduled",
   start="2026-06-02T18:00:00Z", end="2026-06-02T19:00:00Z", contact="keisha.brown@midlandmutual.com",
   company="Midland Mutual", local="Tue 2026-06-02 13:00", local_end="2026-06-02 14:00",
   zone="America/Chicago", days=(("Tue", "2026-06-02"),),
   note="Oracle Recruiting Cloud style HTML-only notice, US date 06/02/2026 (2 June), 1:00-2:00 PM CT (CDT) = 18:00Z. From no-reply; the recruiter's address is in the body.")
def p05():
    body = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Oracle Sans',Arial,sans-serif;font-size:14px;color:#161513">
        <div style="background:#00467f;padding:14px"><img src="https://cdn.midlandmutual.com/brand/logo-white.png" alt="Midland Mutual" height="28"></div>
        <div style="padding:20px">
        <p>Dear Marisol,</p>
        <p>Thank you for your interest in the <b>Senior Data Engineer (Req 26-01187)</b> position. Your interview has been scheduled. Please review the details below.</p>
        <table style="border-collapse:collapse" cellpadding="8">
        <tr><td style="border-bottom:1px solid #ddd"><b>Interview Type</b></td><td style="border-bottom:1px solid #ddd">Virtual - Panel</td></tr>
        <tr><td style="border-bottom:1px solid #ddd"><b>Date</b></td><td style="border-bottom:1px solid #ddd">06/02/2026</td></tr>
        <tr><td style="border-bottom:1px solid #ddd"><b>Time</b></td><td style="border-bottom:1px solid #ddd">1:00 PM - 2:00 PM Central Time (CT)</td></tr>
        <tr><td style="border-bottom:1px solid #ddd"><b>Location</b></td><td style="border-bottom:1px solid #ddd">Microsoft Teams (link to follow from the interview team)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Greg Halvorsen, Director, Data Platform; Anita Shah, Staff Engineer</td></tr>
        </table>
        <p>If you need to reschedule, please contact your recruiter, Keisha Brown, at <a href="mailto:keisha.brown@midlandmutual.com">keisha.brown@midlandmutual.com</a>.</p>
        <p>You can view your application status at any time on our <a href="https://careers.midlandmutual.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile">Candidate Experience site</a>.</p>
        <p>Sincerely,<br>Midland Mutual Talent Acquisition</p>
        <p style="font-size:11px;color:#6f6f6f">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
        """)
    hs = hdr(addr("Midland Mutual Careers", "no-reply@midlandmutual.fa.us2.oraclecloud.com"),
             "Interview Scheduled: Senior Data Engineer", "2026-05-27 15:40", "America/Chicago",
             "<1879412033.184552.1779914400123@ucf3-zmr-p.oracleoutsourcing.com>")
    return message(hs, html(body, cte="base64"))


@M(6, family="human_prose", lang="fr", interview=True, kind="scheduled",
   start="2026-06-11T16:00:00Z", contact="aurelie.dumas@talentis-conseil.fr", company="Maison Ferrand",
   local="Thu 2026-06-11 18:00", zone="Europe/Paris",
   note="French recruitment agency confirms an interview with its client Maison Ferrand: jeudi 11 juin 18h heure de Paris (CEST) = 16:00Z, 'soit 9h à Seattle'. 'environ 45 minutes' -> end null. Contact = agency recruiter, company = client.")
def p06():
    body = t("""
        Bonjour Marisol,

        Je vous confirme votre entretien avec Maison Ferrand pour le poste d'Ingénieure Data
        (CDI, full remote possible) :

        - jeudi 11 juin à 18h00, heure de Paris (soit 9h00 chez vous à Seattle)
        - en visio Teams, le lien vous sera envoyé directement par leur équipe RH
        - avec Olivier Marchal, DSI, et Clémence Roy, responsable BI

        L'échange devrait durer environ 45 minutes. Olivier souhaite surtout parler de votre
        expérience sur dbt et Snowflake, et de la migration qu'ils lancent à la rentrée.

        Je vous appelle la veille pour faire un dernier point de préparation si cela vous convient.

        Bien cordialement,

        Aurélie Dumas
        Consultante senior – IT & Data
        Talentis Conseil | 14 rue de la République, 69002 Lyon
        +33 4 72 00 18 55
        """)
    hs = hdr(addr("Aurélie Dumas", "aurelie.dumas@talentis-conseil.fr"),
             "Confirmation entretien Maison Ferrand – jeudi 11 juin", "2026-06-05 10:20", "Europe/Paris",
             "<PR1P264MB2188C0FFEE42@PR1P264MB2188.FRAP264.PROD.OUTLOOK.COM>")
    return message(hs, text(body))


@M(7, family="human_prose", lang="es", interview=True, kind="scheduled",
   start="2026-06-23T16:00:00Z", end="2026-06-23T17:30:00Z", contact="andrea.salgado@cenzontle.com.mx",
   company="Grupo Cenzontle", local="Tue 2026-06-23 10:00", local_end="2026-06-23 11:30",
   zone="America/Mexico_City",
   note="Mexican recruiter: martes 23 de junio de 10:00 a 11:30 hrs, hora del centro de México (UTC-6 all year since 2022) = 16:00Z-17:30Z; '9:00 a.m. en Seattle' agrees.")
def p07():
    plain = t("""
        Hola Marisol, ¿qué tal?

        Te confirmo la entrevista técnica para la vacante de Ingeniera de Datos Sr.:

        Fecha: martes 23 de junio
        Horario: de 10:00 a 11:30 hrs (hora del centro de México) – para ti serían las 9:00 a.m. en Seattle
        Plataforma: Google Meet, meet.google.com/pxa-hfgw-kqe
        Entrevistadores: Ing. Rodrigo Méndez (Gerente de Datos) y Fernanda Ríos (Arquitecta de Datos)

        La primera parte es una plática sobre tu experiencia y la segunda un ejercicio de modelado,
        así que ten a la mano papel o una pizarra virtual.

        Cualquier cosa me escribes por aquí o por WhatsApp.

        Saludos,
        Andrea Salgado
        Atracción de Talento | Grupo Cenzontle
        Av. Paseo de la Reforma 296, Juárez, CDMX
        """)
    hs = hdr(addr("Andrea Salgado", "andrea.salgado@cenzontle.com.mx"),
             "Confirmación de entrevista técnica – Ingeniera de Datos Sr.", "2026-06-18 12:30",
             "America/Mexico_City", "<CAOz91mN4x7Qf2hT0@mail.gmail.com>")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@M(8, family="human_prose", lang="nl", interview=True, kind="scheduled",
   start="2026-07-08T14:30:00Z", end="2026-07-08T15:30:00Z", contact="sanne.deboer@veldkamp-logistiek.nl",
   company="Veldkamp Logistiek", local="Wed 2026-07-08 16:30", local_end="2026-07-08 17:30",
   zone="Europe/Amsterdam",
   note="Dutch HR invitation, base64 plain text: woensdag 8 juli 16.30-17.30 uur (CEST) = 14:30Z-15:30Z, '07.30 uur' in Seattle agrees.")
def p08():
    body = t("""
        Beste Marisol,

        Leuk dat je interesse hebt in de functie Data Engineer bij Veldkamp Logistiek! Zoals
        telefonisch afgesproken nodigen we je graag uit voor een eerste gesprek via Teams.

        Datum: woensdag 8 juli
        Tijd: 16.30 - 17.30 uur (Nederlandse tijd; voor jou in Seattle is dat 07.30 uur)
        Met: Mark Jansen (teamlead Data) en ondergetekende

        De Teams-uitnodiging volgt nog apart. Mocht er iets tussenkomen, laat het me gerust weten.

        Met vriendelijke groet,

        Sanne de Boer
        HR-adviseur
        Veldkamp Logistiek B.V. | Hanzelaan 210, 8017 JG Zwolle
        """)
    hs = hdr(addr("Sanne de Boer", "sanne.deboer@veldkamp-logistiek.nl"),
             "Uitnodiging gesprek Data Engineer – woensdag 8 juli", "2026-07-02 14:05", "Europe/Amsterdam",
             "<AM0PR08MB5521D9E0A1@AM0PR08MB5521.eurprd08.prod.outlook.com>")
    return message(hs, text(body, cte="base64"))


@M(9, family="human_prose", lang="it", interview=True, kind="rescheduled",
   start="2026-07-15T14:30:00Z", end="2026-07-15T15:15:00Z", contact="giulia.bassi@lumera.it",
   company="Lumera Assicurazioni", local="Wed 2026-07-15 16:30", local_end="2026-07-15 17:15",
   zone="Europe/Rome", days=(("Mon", "2026-07-13"),),
   note="Italian reschedule (iso-8859-1, QP): lunedì 13 luglio 17:00 moved to mercoledì 15 luglio dalle 16:30 alle 17:15 ora italiana (CEST) = 14:30Z-15:15Z.")
def p09():
    body = t("""
        Gentile Marisol,

        purtroppo il nostro responsabile IT, l'ing. Ferri, ha avuto un imprevisto e non potrà
        essere presente lunedì 13 luglio alle 17:00.

        Le proponiamo quindi di spostare il colloquio a mercoledì 15 luglio, dalle 16:30 alle 17:15
        (ora italiana). Ho già aggiornato l'invito su Teams: il link resta lo stesso.

        Ci scusiamo per il disagio e restiamo a disposizione.

        Cordiali saluti,

        Giulia Bassi
        Talent Acquisition
        Lumera Assicurazioni S.p.A. - Via Vittor Pisani 22, 20124 Milano
        """)
    hs = hdr(addr("Giulia Bassi", "giulia.bassi@lumera.it"), "Spostamento colloquio - Data Engineer",
             "2026-07-10 09:30", "Europe/Rome", "<5f2c9e01.1c69fb81.lumera.it@mx.lumera.it>", charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@M(10, family="human_prose", lang="pt", interview=True, kind="scheduled",
   start="2026-08-20T17:00:00Z", contact="camila.rocha@nuvemazul.com.br", company="Nuvem Azul Pagamentos",
   local="Thu 2026-08-20 14:00", zone="America/Sao_Paulo", days=(("Thu", "2026-08-20"),),
   note="Brazilian recruiter: quinta-feira 20/08 às 14h horário de Brasília (UTC-3, no DST) = 17:00Z, '10h em Seattle' agrees. 'uns 40 minutos' -> end null.")
def p10():
    plain = t("""
        Oi Marisol, tudo bem?

        Passando para confirmar sua entrevista com o time de Dados da Nuvem Azul:

        📅 quinta-feira, 20/08
        🕑 14h (horário de Brasília) – 10h aí em Seattle
        💻 Google Meet: meet.google.com/rbe-ytwq-xnm

        Vão participar o Felipe Antunes (Head de Dados) e a Bruna Lima (Engenheira de Dados Sênior).
        A conversa deve durar uns 40 minutos e pode ser em inglês se você preferir.

        Qualquer dúvida é só responder este e-mail.

        Abraço,
        Camila Rocha
        Tech Recruiter | Nuvem Azul Pagamentos
        """)
    hs = hdr(addr("Camila Rocha", "camila.rocha@nuvemazul.com.br"), "Entrevista confirmada - Nuvem Azul | Dados",
             "2026-08-17 11:00", "America/Sao_Paulo", "<CAK1aZ3pQ0uY8rV5w@mail.gmail.com>")
    return message(hs, alt(text(plain, cte="base64"), html(gmail_html(plain), cte="base64")))


@M(11, family="varbi", lang="sv", interview=True, kind="scheduled",
   start="2026-08-25T15:00:00Z", end="2026-08-25T15:45:00Z", contact="johan.lindqvist@kallvikenergi.se",
   company="Kallvik Energi AB", local="Tue 2026-08-25 17:00", local_end="2026-08-25 17:45",
   zone="Europe/Stockholm",
   note="Swedish ATS (Varbi style) booking confirmation from no-reply: tisdag 25 augusti kl. 17.00-17.45 (CEST) = 15:00Z-15:45Z. Contact = recruiter named with address in the body.")
def p11():
    plain = t("""
        Hej Marisol!

        Tack för att du bokade en tid för intervju för tjänsten Dataingenjör hos Kallvik Energi AB.

        Tid: tisdag 25 augusti 2026 kl. 17.00–17.45 (svensk tid)
        Plats: Digitalt via Microsoft Teams – länken skickas till dig dagen innan

        Du träffar Johan Lindqvist (rekryterare) och Emma Sjöberg (chef Dataplattform).

        Om du får förhinder, kontakta Johan Lindqvist, johan.lindqvist@kallvikenergi.se.

        Med vänliga hälsningar
        Kallvik Energi AB

        Detta meddelande går inte att svara på.
        """)
    body = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.split("\n")) + "</body></html>\n"
    hs = hdr(addr("Kallvik Energi AB", "no-reply@varbi.com"), "Bekräftelse: intervju för Dataingenjör",
             "2026-08-19 13:10", "Europe/Stockholm", "<varbi.184229.90311.1787137800@varbi.com>")
    return message(hs, alt(text(plain), html(body)))


@M(12, family="outlook_calendar", lang="en", interview=True, kind="cancelled",
   start="2026-09-17T18:00:00Z", end="2026-09-17T19:00:00Z", contact="megan.costa@harborline.com",
   company="Harborline Insurance", local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00",
   zone="America/New_York",
   note="Exchange METHOD:CANCEL (SEQUENCE:1, STATUS:CANCELLED), TZID Eastern Standard Time: cancelled slot 2:00-3:00 PM EDT = 18:00Z-19:00Z; body label shows (UTC-05:00) in summer. Organizer = sender.")
def p12():
    plain = t("""
        Hi Marisol - apologies, our hiring manager is out sick this week, so I need to cancel
        Thursday's interview. I'll reach out early next week with new times.

        Megan

        When: Thursday, September 17, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Megan Costa:mailto:megan.costa@harborline.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Ortega:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Scott Pelletier:mailto:scott.pelletier@harborline.com
DESCRIPTION;LANGUAGE=en-US:Hi Marisol - apologies\\, our hiring manager is out sick this week\\, so I need to cancel Thursday's interview.\\n
UID:040000008200E00074C5B7101A82E0080000000070C2D1E9A6E0DC010000000000000000100000004C8D2E1F0A3B4C5D6E7F8091A2B3C4D5
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Marisol Ortega - Platform Engineer
DTSTART;TZID=Eastern Standard Time:20260917T140000
DTEND;TZID=Eastern Standard Time:20260917T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260914T200200Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1688224531
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    body = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif\">" + "".join(
        f"<p>{line}</p>" for line in plain.split("\n") if line) + "</div></body></html>\n"
    hs = hdr(addr("Megan Costa", "megan.costa@harborline.com"),
             "Canceled: Interview - Marisol Ortega - Platform Engineer", "2026-09-14 16:02", "America/New_York",
             "<BN8PR04MB6211E3C9F1@BN8PR04MB6211.namprd04.prod.outlook.com>",
             extra=[("Importance", "high"), ("X-Priority", "1")])
    return message(hs, alt(text(plain), html(body), calendar(ics, method="CANCEL", cte="base64")))


@M(13, family="human_prose", lang="en", interview=True, kind="cancelled",
   start="2026-10-07T22:00:00Z", contact="tom.gallagher@southerly.com.au", company="Southerly Analytics",
   local="Thu 2026-10-08 09:00", zone="Australia/Sydney",
   note="Australian cancellation (role on hold): Thursday 8 October 9:00am Sydney time; Sydney moved to AEDT (+11) on 4 October -> Wed 7 Oct 22:00Z = 3pm Wednesday in Seattle (PDT), as the mail says.")
def p13():
    body = t("""
        Hi Marisol,

        I'm really sorry to do this, but we have to cancel your interview on Thursday 8 October at
        9:00am Sydney time (3pm Wednesday your time).

        We found out this morning that the Analytics Engineer role has been put on hold as part of
        a wider restructure, and I didn't want you to prepare for a conversation we can't follow
        through on. If the role reopens in the new year you'll be the first person I call.

        Thanks again for your patience with the time difference throughout all this.

        Cheers,
        Tom

        Tom Gallagher | Talent Partner
        Southerly Analytics | Level 9, 1 Market St, Sydney NSW 2000
        """)
    hs = hdr(addr("Tom Gallagher", "tom.gallagher@southerly.com.au"), "Thursday's interview - sorry, need to cancel",
             "2026-10-06 16:40", "Australia/Sydney", "<SY4P282MB0931A7E6@SY4P282MB0931.AUSP282.PROD.OUTLOOK.COM>")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@M(14, family="google_calendar", lang="es", interview=True, kind="cancelled",
   start="2026-10-26T16:00:00Z", end="2026-10-26T17:00:00Z", contact="lucia.ferrer@brisamar.es",
   company="Brisamar Energía", local="Mon 2026-10-26 17:00", local_end="2026-10-26 18:00",
   zone="Europe/Madrid",
   note="Google Calendar cancellation in Spanish UI, METHOD:CANCEL with UTC times; lunes 26 de octubre 17:00-18:00 CET (EU back to standard time on 25 October, mail sent in CEST) = 16:00Z-17:00Z. Contact = human ORGANIZER (the From is Google's notification address).")
def p14():
    plain = t("""
        Se ha cancelado este evento y se ha eliminado de tu calendario.

        Entrevista técnica – Marisol Ortega (Data Engineer)
        Cuándo
        lunes, 26 de octubre de 2026 17:00 – 18:00 (hora estándar de Europa central - Madrid)

        Organizador
        Lucía Ferrer
        lucia.ferrer@brisamar.es

        Invitados
        Lucía Ferrer - organizador
        Jaume Puig
        marisol.ortega@example.net

        Hola Marisol, tenemos que cancelar la entrevista del lunes porque el puesto se ha cubierto internamente. Lo sentimos mucho y gracias por tu tiempo.

        Invitación de Google Calendar

        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    body = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p style="color:#d93025">Se ha cancelado este evento y se ha eliminado de tu calendario.</p>
        <h2 style="font-weight:400;text-decoration:line-through">Entrevista técnica – Marisol Ortega (Data Engineer)</h2>
        <table><tr><td style="color:#70757a">Cuándo</td><td>lunes, 26 de octubre de 2026 17:00 – 18:00 (hora estándar de Europa central - Madrid)</td></tr>
        <tr><td style="color:#70757a">Organizador</td><td>Lucía Ferrer<br><a href="mailto:lucia.ferrer@brisamar.es">lucia.ferrer@brisamar.es</a></td></tr>
        <tr><td style="color:#70757a">Invitados</td><td>Lucía Ferrer - organizador<br>Jaume Puig<br>marisol.ortega@example.net</td></tr></table>
        <p>Hola Marisol, tenemos que cancelar la entrevista del lunes porque el puesto se ha cubierto internamente. Lo sentimos mucho y gracias por tu tiempo.</p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar<br>Recibes este correo electrónico porque eres un invitado al evento.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261026T160000Z
DTEND:20261026T170000Z
DTSTAMP:20261020T101500Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@brisamar.es
UID:3k7q1vd0s2m8h5r6p9t4n0b2ce@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@brisamar.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jaume Puig;X-NUM-GUESTS=0:mailto:jaume.puig@brisamar.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261012T090312Z
DESCRIPTION:Hola Marisol\\, tenemos que cancelar la entrevista del lunes porque el puesto se ha cubierto internamente.
LAST-MODIFIED:20261020T101500Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista técnica – Marisol Ortega (Data Engineer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Lucía Ferrer (Google Calendar)", "calendar-notification@google.com"),
             "Evento cancelado: Entrevista técnica – Marisol Ortega (Data Engineer) @ lun 26 oct 2026 17:00 - 18:00 (CET) (marisol.ortega@example.net)",
             "2026-10-20 12:15", "Europe/Madrid", "<calendar-4f1d8a20-6b0e-4c1f-9a3e-2d7b5c8e1f03@google.com>",
             extra=[("Reply-To", addr("Lucía Ferrer", "lucia.ferrer@brisamar.es")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(plain), html(body), calendar(ics, method="CANCEL", cte="quoted-printable")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@M(15, family="prelude", lang="en", interview=True, kind="rescheduled",
   start="2026-11-04T18:00:00Z", end="2026-11-04T19:00:00Z", contact="alicia.wong@northgrid.io",
   company="Northgrid", local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00",
   zone="America/Los_Angeles", days=(("Mon", "2026-11-02"),),
   note="Scheduler (Prelude style) update with SEQUENCE:1 ICS: Monday Nov 2 1:00 PM moved to Wednesday Nov 4 10:00-11:00 AM PST (US DST ended 1 November; mail sent in PDT) = 18:00Z-19:00Z. Reply-To = recruiting coordinator.")
def p15():
    plain = t("""
        Hi Marisol,

        Your interview with Northgrid has been rescheduled. Your updated schedule is below; the
        previous time (Monday, November 2 at 1:00 PM PST) has been released.

        Technical Interview: Data Modeling
        Wednesday, November 4, 2026
        10:00 AM - 11:00 AM PST (Pacific Standard Time)
        Interviewer: Sam Oyelaran, Staff Data Engineer
        Zoom: https://northgrid.zoom.us/j/86140029371

        Please note that daylight saving time ends on Sunday, November 1.

        Questions? Reply to this email to reach Alicia Wong, your recruiting coordinator.

        Northgrid Recruiting
        Scheduling powered by Prelude
        """)
    body = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#222">
        <p>Hi Marisol,</p>
        <p>Your interview with Northgrid has been <b>rescheduled</b>. Your updated schedule is below; the previous time (<s>Monday, November 2 at 1:00 PM PST</s>) has been released.</p>
        <div style="border-left:4px solid #4f46e5;padding:8px 14px;background:#f7f7fb">
        <div style="font-weight:600">Technical Interview: Data Modeling</div>
        <div>Wednesday, November 4, 2026</div>
        <div>10:00 AM &ndash; 11:00 AM PST (Pacific Standard Time)</div>
        <div>Interviewer: Sam Oyelaran, Staff Data Engineer</div>
        <div>Zoom: <a href="https://northgrid.zoom.us/j/86140029371">https://northgrid.zoom.us/j/86140029371</a></div>
        </div>
        <p>Please note that daylight saving time ends on Sunday, November 1.</p>
        <p>Questions? Reply to this email to reach Alicia Wong, your recruiting coordinator.</p>
        <p style="color:#888;font-size:12px">Northgrid Recruiting &middot; Scheduling powered by Prelude</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Prelude//Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:prelude-int-5521-ortega@northgrid.io
SEQUENCE:1
DTSTAMP:20261030T222000Z
DTSTART;TZID=America/Los_Angeles:20261104T100000
DTEND;TZID=America/Los_Angeles:20261104T110000
SUMMARY:Northgrid - Technical Interview: Data Modeling (Marisol Ortega)
LOCATION:https://northgrid.zoom.us/j/86140029371
ORGANIZER;CN=Alicia Wong:mailto:alicia.wong@northgrid.io
ATTENDEE;CN=Marisol Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Sam Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam.oyelaran@northgrid.io
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Northgrid Recruiting", "scheduling@mail.prelude.co"),
             "Updated: Your interview with Northgrid has been rescheduled", "2026-10-30 15:20",
             "America/Los_Angeles", "<01010192de7f4a31-northgrid-sched-2@mail.prelude.co>",
             extra=[("Reply-To", addr("Alicia Wong", "alicia.wong@northgrid.io"))])
    return message(hs, alt(text(plain), html(body), calendar(ics)))


@M(16, family="human_prose", lang="de", interview=True, kind="rescheduled",
   start="2026-11-20T15:00:00Z", end="2026-11-20T16:00:00Z", contact="b.huber@donauwerk.at",
   company="Donauwerk Software GmbH", local="Fri 2026-11-20 16:00", local_end="2026-11-20 17:00",
   zone="Europe/Vienna", days=(("Thu", "2026-11-19"),),
   note="Austrian reschedule, iso-8859-1 8bit: Donnerstag 19.11. 10:00 moved to Freitag 20. November 16:00 MEZ, Dauer 60 Minuten = 15:00Z-16:00Z; '7:00 Uhr' in Seattle (PST) agrees.")
def p16():
    body = t("""
        Liebe Frau Ortega,

        leider muss ich unser Gespräch am Donnerstag, 19.11., um 10:00 Uhr verschieben - unser
        CTO ist an diesem Tag kurzfristig auf einer Kundenveranstaltung.

        Neuer Termin: Freitag, 20. November, 16:00 Uhr (MEZ), Dauer 60 Minuten.
        Für Sie in Seattle ist das 7:00 Uhr morgens, ich hoffe, das ist nicht zu früh. Die
        aktualisierte Einladung mit dem Zoom-Link habe ich Ihnen soeben geschickt.

        Vielen Dank für Ihr Verständnis und bis Freitag!

        Beste Grüße aus Wien
        Bernhard Huber
        Head of People
        Donauwerk Software GmbH | Mariahilfer Straße 88, 1070 Wien
        """)
    hs = hdr(addr("Mag. Bernhard Huber", "b.huber@donauwerk.at"), "Verschiebung unseres Gesprächs",
             "2026-11-16 08:45", "Europe/Vienna", "<9c1e77b2-30aa-4d5e-a1f6-donauwerk@donauwerk.at>",
             charset="iso-8859-1",
             extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")])
    return message(hs, text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@M(17, family="forwarded", lang="en", interview=True, kind="scheduled",
   start="2026-12-03T16:30:00Z", end="2026-12-03T17:30:00Z", contact="hannah.pryce@cobalt-harbour.co.uk",
   company="Cobalt Harbour", local="Thu 2026-12-03 16:30", local_end="2026-12-03 17:30",
   zone="Europe/London",
   note="She forwards a UK confirmation from her other (gmail) account to this inbox; Thursday 3 December 4.30-5.30pm GMT = 16:30Z-17:30Z. Contact = the recruiter in the forwarded header, never her own gmail.")
def p17():
    body = t("""
        for the tracker

        ---------- Forwarded message ---------
        From: Hannah Pryce <hannah.pryce@cobalt-harbour.co.uk>
        Date: Fri, 27 Nov 2026 at 14:10
        Subject: Interview confirmed - Thursday 3 December
        To: Marisol Ortega <m.ortega.dev@gmail.com>


        Hi Marisol,

        Lovely to speak earlier. As promised, here are the details for your interview for the
        Senior Analytics Engineer role:

        Thursday 3 December, 4.30pm - 5.30pm GMT (8.30am Pacific)
        Video call - Google Meet link to follow from Olu's calendar
        With Olu Adebayo (Head of Data) and Rachel Finch (Principal Analyst)

        It'll be a mix of competency questions and a walk-through of a project you're proud of.
        Shout if anything changes.

        Kind regards,
        Hannah

        Hannah Pryce
        Talent Acquisition Lead | Cobalt Harbour
        """)
    hs = hdr(addr("Marisol Ortega", "m.ortega.dev@gmail.com"), "Fwd: Interview confirmed - Thursday 3 December",
             "2026-11-27 19:02", "America/Los_Angeles", "<CAPv0q8Jm3sNf7Wd1@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(18, family="hubspot_meetings", lang="en", interview=True, kind="scheduled",
   start="2026-01-14T18:00:00Z", end="2026-01-14T18:30:00Z", contact="ben.adler@tidemarkrobotics.com",
   company="Tidemark Robotics", local="Wed 2026-01-14 13:00", local_end="2026-01-14 13:30",
   zone="America/New_York",
   note="HubSpot Meetings booking confirmation (she booked a slot): Wednesday January 14 1:00-1:30 PM EST = 18:00Z-18:30Z, ICS with UTC times. From a no-reply address; Reply-To and ORGANIZER = the founder.")
def p18():
    plain = t("""
        Your meeting is booked

        Founding Engineer interview - Ben / Marisol
        Wednesday, January 14, 2026
        1:00 PM - 1:30 PM EST
        Zoom: https://tidemarkrobotics.zoom.us/j/91884023311

        Booked with Ben Adler (ben.adler@tidemarkrobotics.com)

        Need to reschedule? https://meetings.hubspot.com/ben-adler/reschedule?token=Qk7d
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//HubSpot//Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hs-mtg-20260114-9a51c@hubspot.com
DTSTAMP:20260112T170200Z
DTSTART:20260114T180000Z
DTEND:20260114T183000Z
SUMMARY:Founding Engineer interview - Ben / Marisol
LOCATION:https://tidemarkrobotics.zoom.us/j/91884023311
ORGANIZER;CN=Ben Adler:mailto:ben.adler@tidemarkrobotics.com
ATTENDEE;CN=Marisol Ortega;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Ben Adler", "noreply-meetings@hubspot.com"), "Booked: Founding Engineer interview - Ben / Marisol",
             "2026-01-12 09:02", "America/Los_Angeles", "<hsmtg.2026011217020099@bf1.hubspotemail.net>",
             extra=[("Reply-To", "ben.adler@tidemarkrobotics.com")])
    return message(hs, mixed(text(plain, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@M(19, family="human_prose", lang="en", interview=True, kind="scheduled",
   start="2026-01-22T16:00:00Z", end="2026-01-22T17:00:00Z", contact="divya.k@tessellate-analytics.in",
   company="Tessellate Analytics", local="Thu 2026-01-22 21:30", local_end="2026-01-22 22:30",
   zone="Asia/Kolkata",
   note="Indian HR format: 22-Jan-2026 (Thursday), 09:30 PM IST (08:00 AM PST), Duration 1 hour = 16:00Z-17:00Z.")
def p19():
    body = t("""
        Dear Marisol,

        Greetings from Tessellate Analytics!

        As discussed over call, your L2 Technical interview for the position of Senior Data Engineer
        (Remote - US hours overlap) has been scheduled as per below details:

        Date     : 22-Jan-2026 (Thursday)
        Time     : 09:30 PM IST (08:00 AM PST)
        Duration : 1 hour
        Mode     : MS Teams (link shared separately by panel)
        Panel    : Mr. Arvind Raghunathan (Engineering Manager), Ms. Shreya Kulkarni (Lead Data Engineer)

        Kindly join 5 minutes before the scheduled time and keep your updated resume handy.
        In case of any connectivity issue, please reach me on +91 98450 11223.

        Thanks & Regards,
        Divya Krishnan
        Senior Executive - Talent Acquisition
        Tessellate Analytics Pvt. Ltd. | Koramangala, Bengaluru
        """)
    hs = hdr(addr("Divya Krishnan", "divya.k@tessellate-analytics.in"),
             "Interview Schedule - L2 Technical Round - Senior Data Engineer - Marisol Ortega",
             "2026-01-19 18:30", "Asia/Kolkata", "<PN3P287MB0712BB19C2@PN3P287MB0712.INDP287.PROD.OUTLOOK.COM>")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@M(20, family="ics_attachment", lang="en", interview=True, kind="scheduled",
   start="2026-02-09T17:30:00Z", end="2026-02-09T18:15:00Z", contact="jessica.tremblay@prairieledger.ca",
   company="Prairie Ledger", local="Mon 2026-02-09 10:30", local_end="2026-02-09 11:15",
   zone="America/Edmonton",
   note="Calgary recruiter with invite.ics attached (UTC times): Monday February 9, 10:30-11:15 a.m. MT (MST, -7) = 17:30Z-18:15Z; '9:30 a.m. PT' agrees.")
def p20():
    body = t("""
        Hi Marisol,

        Great chatting with you yesterday! You're confirmed for your interview with our
        engineering team on Monday, February 9 from 10:30 to 11:15 a.m. MT (9:30 a.m. PT).

        You'll meet with Kevin Lam (Engineering Manager, Data) and Priyanka Gill (Senior Data
        Engineer). I've attached a calendar invite; the Teams link is in there.

        All the best,
        Jessica

        Jessica Tremblay (she/her)
        Talent Acquisition Partner | Prairie Ledger
        Calgary, AB
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:0400000082-prairieledger-ortega-20260209
DTSTAMP:20260204T201500Z
DTSTART:20260209T173000Z
DTEND:20260209T181500Z
SUMMARY:Interview - Marisol Ortega / Prairie Ledger Data Engineering
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Jessica Tremblay:mailto:jessica.tremblay@prairieledger.ca
ATTENDEE;CN=Marisol Ortega;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Jessica Tremblay", "jessica.tremblay@prairieledger.ca"),
             "Interview confirmation - Prairie Ledger", "2026-02-04 13:15", "America/Edmonton",
             "<YT3PR01MB6044F12E90@YT3PR01MB6044.CANPRD01.PROD.OUTLOOK.COM>")
    return message(hs, mixed(text(body), calendar(ics, method=None, ctype="application/ics", cte="base64",
                                                   filename="invite.ics", disposition="attachment",
                                                   name_param=True)))


@M(21, family="phenom", lang="en", interview=True, kind="scheduled",
   start="2026-02-23T15:00:00Z", end="2026-02-23T16:00:00Z", contact=None,
   company="Lakeshore Health Partners", local="Mon 2026-02-23 09:00", local_end="2026-02-23 10:00",
   zone="America/Chicago",
   note="HTML-only candidate-scheduling notice (Phenom style): Monday February 23 9:00-10:00 AM CST = 15:00Z-16:00Z. No human address (recruiter named without one, sender no-reply) -> contact null.")
def p21():
    body = t("""
        <!doctype html><html><body style="margin:0;padding:0;background:#eef1f5">
        <center><table role="presentation" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #0072ce"><img src="https://cdn.phenompeople.com/lakeshore/logo.png" alt="Lakeshore Health Partners" width="180"></td></tr>
        <tr><td style="padding:24px 32px">
        <p>Hello Marisol,</p>
        <p>Your interview has been confirmed. We look forward to speaking with you!</p>
        <p style="margin:0"><b>Position:</b> Data Engineer II - Clinical Analytics (R-104472)</p>
        <p style="margin:0"><b>Date:</b> Monday, February 23, 2026</p>
        <p style="margin:0"><b>Time:</b> 9:00 AM &ndash; 10:00 AM (CST)</p>
        <p style="margin:0"><b>Format:</b> Video interview (Zoom)</p>
        <p style="margin:0"><b>Join:</b> <a href="https://lakeshorehealth.zoom.us/j/94021177530">https://lakeshorehealth.zoom.us/j/94021177530</a></p>
        <p>Your recruiter, Jordan, will be on the call along with members of the Clinical Analytics team.</p>
        <p><a href="https://careers.lakeshorehealth.org/candidate/interviews" style="background:#0072ce;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">View or reschedule</a></p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8a8f98">Lakeshore Health Partners is an equal opportunity employer. This is an automated message; replies are not monitored.</td></tr>
        </table></center></body></html>
        """)
    hs = hdr(addr("Lakeshore Health Partners", "noreply@lakeshorehealth.phenompeople.com"),
             "Interview Confirmed: Data Engineer II - Clinical Analytics", "2026-02-17 10:05", "America/Chicago",
             "<20260217160500.1.A8E2C0F1B7@lakeshorehealth.phenompeople.com>")
    return message(hs, html(body))


@M(22, family="google_calendar", lang="en", interview=True, kind="scheduled",
   start="2026-03-23T16:30:00Z", end="2026-03-23T17:30:00Z", contact="priya@brightloom.com",
   company="Brightloom", local="Mon 2026-03-23 09:30", local_end="2026-03-23 10:30",
   zone="America/Los_Angeles",
   note="Google Calendar invitation from the hiring manager's address (Sender: calendar-notification); times shown in her zone, 9:30-10:30am PDT = 16:30Z-17:30Z, ICS in UTC.")
def p22():
    plain = t("""
        Marisol, you have been invited to the following event.

        Brightloom - Technical interview (Marisol Ortega)
        When: Monday Mar 23, 2026 9:30am - 10:30am Pacific Time - Los Angeles
        Joining info: meet.google.com/ubq-zmdf-kia
        Calendar: marisol.ortega@example.net
        Who
            * priya@brightloom.com - organizer
            * tyler.k@brightloom.com
            * marisol.ortega@example.net

        Hi Marisol! This is the live coding + system design round we talked about. We'll use
        CoderPad, link in the meeting chat. - Priya

        Going (marisol.ortega@example.net)?   Yes - Maybe - No    more options >>

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260323T163000Z
DTEND:20260323T173000Z
DTSTAMP:20260319T170000Z
ORGANIZER;CN=Priya Natarajan:mailto:priya@brightloom.com
UID:6v2c0pl8m1q3s9j7bfd4a1k0rt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Natarajan;X-NUM-GUESTS=0:mailto:priya@brightloom.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.k@brightloom.com;X-NUM-GUESTS=0:mailto:tyler.k@brightloom.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/ubq-zmdf-kia
CREATED:20260319T170000Z
DESCRIPTION:Hi Marisol! This is the live coding + system design round we talked about.
LAST-MODIFIED:20260319T170000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brightloom - Technical interview (Marisol Ortega)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Priya Natarajan", "priya@brightloom.com"),
             "Invitation: Brightloom - Technical interview (Marisol Ortega) @ Mon Mar 23, 2026 9:30am - 10:30am (PDT) (marisol.ortega@example.net)",
             "2026-03-19 13:00", "America/New_York", "<calendar-81b2e0c4-5a7d-4f3e-b1c9-0d2e6f7a8b91@google.com>",
             extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics)),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@M(23, family="human_prose", lang="en", interview=True, kind="rescheduled",
   start="2026-04-21T19:00:00Z", contact="aroha.ngata@kaurisystems.co.nz", company="Kauri Systems",
   local="Wed 2026-04-22 07:00", zone="Pacific/Auckland", days=(("Tue", "2026-04-21"),),
   note="New Zealand reschedule: Tuesday 21 April 10am NZ moved to Wednesday 22 April 7:00am NZST (NZ left daylight time on 5 April, +12) = Tue 21 Apr 19:00Z = 12:00pm Tuesday in Seattle (PDT), as written.")
def p23():
    body = t("""
        Kia ora Marisol,

        Thanks for being so flexible. Rawiri can't make Tuesday 10am any more, so we've moved your
        interview to Wednesday 22 April at 7:00am NZST - that's Tuesday 21 April at 12:00pm for you
        in Seattle. Same Zoom link as before; I've updated the calendar invite.

        Ngā mihi,
        Aroha

        Aroha Ngata
        People & Culture Advisor | Kauri Systems
        Level 3, 12 Customs Street East, Auckland
        """)
    hs = hdr(addr("Aroha Ngata", "aroha.ngata@kaurisystems.co.nz"), "Re: Interview - new time",
             "2026-04-16 09:12", "Pacific/Auckland", "<ME3P282MB1722F0A1@ME3P282MB1722.AUSP282.PROD.OUTLOOK.COM>",
             extra=[("In-Reply-To", "<ME3P282MB1722E9B7@ME3P282MB1722.AUSP282.PROD.OUTLOOK.COM>")])
    return message(hs, text(body))


# =========================================================================== negatives


@M(24, family="application_ack", lang="en", interview=False, company="Brightloom",
   note="Greenhouse-style application receipt; 'if your background is a match, we'll reach out to schedule' is hypothetical.")
def n24():
    plain = t("""
        Hi Marisol,

        Thanks for applying to the Senior Data Engineer role at Brightloom! We've received your
        application and our team is reviewing it.

        If your background is a match, someone from our recruiting team will reach out to schedule
        an initial conversation. In the meantime, you can learn more about how we work at
        https://brightloom.com/careers/how-we-hire.

        Best,
        Brightloom Recruiting
        """)
    body = "<html><body>" + "".join(f"<p>{p}</p>" for p in plain.split("\n\n")) + "</body></html>\n"
    hs = hdr(addr("Brightloom Recruiting", "no-reply@us.greenhouse-mail.io"),
             "Thank you for applying to Brightloom", "2026-03-02 08:41", "America/New_York",
             "<4f8e2a1c.0.brightloom.7713920@us.greenhouse-mail.io>")
    return message(hs, alt(text(plain), html(body)))


@M(25, family="rejection", lang="en", interview=False, company="Quillfeather",
   days=(("Thu", "2026-06-04"),),
   note="Post-interview rejection (Lever style) that refers back to the interview on Thursday, June 4.")
def n25():
    body = t("""
        Hi Marisol,

        Thank you for taking the time to speak with our team on Thursday, June 4. We really enjoyed
        learning about your work on streaming pipelines.

        After careful consideration, we've decided to move forward with other candidates whose
        experience more closely matches what we need right now. This was a difficult decision.

        We'll keep your profile on file and may reach out about future openings. We wish you all
        the best in your search.

        Warmly,
        Nadia Petrov
        Talent Team, Quillfeather
        """)
    hs = hdr(addr("Quillfeather", "no-reply@hire.lever.co"), "Your application to Quillfeather",
             "2026-06-09 16:22", "America/Los_Angeles", "<lever-msg-77a1f3c2-0b5d@hire.lever.co>")
    return message(hs, text(body))


@M(26, family="job_alert", lang="en", interview=False, company=None,
   note="LinkedIn job alert, HTML only; 'Actively recruiting' badges are not confirmations.")
def n26():
    jobs = [("Senior Data Engineer", "Harborline Insurance", "Remote (US)", "Actively recruiting"),
            ("Data Platform Engineer", "Evergreen Transit Authority", "Seattle, WA (Hybrid)", "Be an early applicant"),
            ("Analytics Engineer", "Fjordlyte", "Remote", "Actively recruiting"),
            ("Staff Data Engineer", "Sable &amp; Finch", "Bellevue, WA (On-site)", "3 connections work here")]
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/40{i}1829" style="font-weight:600;color:#0a66c2">{a}</a><br>{b}<br>{c}<br><span style="color:#057642">{d}</span></td></tr>'
        for i, (a, b, c, d) in enumerate(jobs))
    body = t(f"""
        <html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
        <table width="100%" style="max-width:512px"><tr><td>
        <p style="font-size:20px">Your job alert for <b>data engineer</b> in <b>Seattle, Washington, United States</b></p>
        <p>New jobs match your preferences.</p>
        <table width="100%">{rows}</table>
        <p><a href="https://www.linkedin.com/comm/jobs/search">See all jobs</a></p>
        <p style="font-size:12px;color:#666">You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/jobs/alerts">Manage job alerts</a> &middot; <a href="https://www.linkedin.com/e/v2?unsub">Unsubscribe</a><br>LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085</p>
        </td></tr></table></body></html>
        """)
    hs = hdr(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
             "\u201cdata engineer\u201d: Harborline Insurance - Senior Data Engineer and more",
             "2026-08-31 06:12", "America/Los_Angeles", "<1093355217.4419821.1788181920556@ltx1-app8112.prod.linkedin.com>",
             extra=[("List-Unsubscribe", "<https://www.linkedin.com/e/v2?unsub>")])
    return message(hs, html(body))


@M(27, family="platform_notification", lang="en", interview=False, company=None,
   note="Wellfound profile-view notification; no interview, no time.")
def n27():
    body = t("""
        Hi Marisol,

        Loomwise and 2 other startups viewed your profile this week.

        - Loomwise (AI document tooling, Seed) - viewed 2 days ago
        - Tidepool Labs (Climate data, Series A)
        - Vantablack Systems (Dev tools, Series B)

        Startups that view your profile are 3x more likely to reach out. Make sure your
        preferences are up to date: https://wellfound.com/jobs/preferences

        - The Wellfound team
        """)
    hs = hdr(addr("Wellfound", "team@hi.wellfound.com"), "3 startups viewed your profile",
             "2026-02-19 09:00", "America/Los_Angeles", "<20260219170000.61f2a.wellfound@hi.wellfound.com>",
             extra=[("List-Unsubscribe", "<mailto:unsubscribe@hi.wellfound.com>")])
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@M(28, family="newsletter_tips", lang="en", interview=False, company=None,
   days=(("Thu", "2026-05-21"),),
   note="Substack newsletter about system-design interviews; announces a live Q&A on Thursday, May 21 at 5pm PT (not her interview).")
def n28():
    plain = t("""
        The System Design Interview, Part 4: Rate limiters

        This week we're looking at the question that shows up in roughly a third of the senior
        data/backend loops I hear about: "design a rate limiter for our public API."

        1. Start with the requirements, not the algorithm. Per user? Per IP? Hard or soft limit?
        2. Token bucket vs sliding window: know the trade-offs, don't recite them.
        3. Where does the state live? Redis is the usual answer; say why.
        4. What happens when the limiter itself is down? Interviewers love this one.

        Paid subscribers: our live Q&A is on Thursday, May 21 at 5pm PT. Bring your mock interview
        war stories.

        Until next week,
        Jun

        You're on the free list for Offer Letter Engineering. Unsubscribe: https://offerletter.substack.com/action/disable_email
        """)
    hs = hdr(addr("Offer Letter Engineering", "offerletter@substack.com"),
             "The System Design Interview, Part 4: Rate limiters", "2026-05-17 07:30", "America/Los_Angeles",
             "<20260517143000.3.8c1e0f@substack.com>",
             extra=[("List-Unsubscribe", "<https://offerletter.substack.com/action/disable_email>"),
                    ("List-Id", "<offerletter.substack.com>")])
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@M(29, family="recruiter_outreach", lang="en", interview=False, company="Cascade Tech Staffing",
   note="Agency cold outreach asking for a couple of times; nothing fixed.")
def n29():
    body = t("""
        Hi Marisol,

        Hope your week's going well! I'm working with a Seattle-based logistics company (can share
        the name on a call) that's building out a new data platform team, and your background with
        Airflow and Snowflake looks like a really strong fit. The role is hybrid in SoDo, $175-195k
        base plus bonus.

        Would you have 15 minutes this week or next for a quick call? Just send me a couple of
        times that work for you, or grab a slot here: https://calendly.com/kyle-cts/15min

        Thanks,
        Kyle Brandt
        Senior Technical Recruiter | Cascade Tech Staffing
        (206) 555-0147
        """)
    hs = hdr(addr("Kyle Brandt", "kyle.brandt@cascadetechstaffing.com"), "Data Platform role - Seattle (hybrid)",
             "2026-04-28 10:17", "America/Los_Angeles", "<MW4PR17MB5120A0C9E1@MW4PR17MB5120.namprd17.prod.outlook.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(30, family="scheduling_link", lang="en", interview=False, company="Northgrid",
   note="Scheduler request to pick times for the onsite; availability asked, nothing booked yet.")
def n30():
    body = t("""
        Hi Marisol,

        Congratulations on moving forward to the onsite stage with Northgrid!

        Please share your availability for a virtual onsite (about 3.5 hours, can be split across
        two days) using the link below. Pick as many windows as you can over the next two weeks
        and we'll send you a confirmed schedule.

        Share availability: https://app.prelude.co/availability/nx7Q2fKc

        Questions? Reply to this email to reach Alicia Wong, your recruiting coordinator.

        Northgrid Recruiting
        Scheduling powered by Prelude
        """)
    hs = hdr(addr("Northgrid Recruiting", "scheduling@mail.prelude.co"),
             "Action needed: share your availability for your Northgrid onsite", "2026-10-22 11:48",
             "America/Los_Angeles", "<01010192ab3c7d10-northgrid-avail@mail.prelude.co>",
             extra=[("Reply-To", addr("Alicia Wong", "alicia.wong@northgrid.io"))])
    return message(hs, text(body))


@M(31, family="assessment", lang="en", interview=False, company="Loomwise",
   days=(("Tue", "2026-03-03"),),
   note="CodeSignal-style assessment invitation with an expiry (Tue, Mar 3 11:59 PM PST); no meeting.")
def n31():
    body = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hi Marisol,</p>
        <p><b>Loomwise</b> has invited you to take the <b>Data Engineering Assessment</b> (70 minutes, 4 tasks).</p>
        <p>This invitation expires on <b>Tue, Mar 3, 2026 at 11:59 PM PST</b>. You can take it any time before then; once you start, the timer can't be paused.</p>
        <p><a href="https://app.codesignal.com/public-test/Lw9x2TqA/start" style="background:#1062fb;color:#fff;padding:10px 16px;text-decoration:none">Start assessment</a></p>
        <p>Good luck!<br>The CodeSignal Team, on behalf of Loomwise</p>
        </body></html>
        """)
    hs = hdr(addr("Loomwise via CodeSignal", "no-reply@codesignal.com"),
             "Loomwise has invited you to take an assessment", "2026-02-24 12:31", "America/Los_Angeles",
             "<0100018dd9a1b2c3-cs-invite-55102@email.codesignal.com>")
    return message(hs, html(body))


@M(32, family="offer", lang="en", interview=False, company="Prairie Ledger",
   days=(("Fri", "2026-02-27"),),
   note="Offer letter via DocuSign, sign by Friday, February 27; mentions her interviews.")
def n32():
    body = t("""
        Hi Marisol,

        On behalf of everyone you met during your interviews, I'm thrilled to offer you the
        position of Senior Data Engineer at Prairie Ledger! Your offer letter is waiting for you
        in DocuSign; please review and sign by Friday, February 27.

        Happy to jump on a call if you have any questions about the compensation or benefits
        package. Just let me know.

        Congratulations!
        Jessica

        Jessica Tremblay (she/her)
        Talent Acquisition Partner | Prairie Ledger
        """)
    hs = hdr(addr("Jessica Tremblay", "jessica.tremblay@prairieledger.ca"), "Your offer from Prairie Ledger!",
             "2026-02-20 11:02", "America/Edmonton", "<YT3PR01MB6044A81C77@YT3PR01MB6044.CANPRD01.PROD.OUTLOOK.COM>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(33, family="non_interview_calendar", lang="en", interview=False, company=None,
   days=(("Thu", "2026-04-09"),),
   note="Meetup RSVP with .ics: confirmed time, but a community talk night, not an interview.")
def n33():
    plain = t("""
        You're going!

        Seattle Data Engineering Meetup - April: "Iceberg in production"
        Thu, Apr 9, 2026, 6:00 PM - 8:30 PM PDT
        Galvanize Pioneer Square, 111 S Jackson St, Seattle, WA

        Add to calendar: see the attached event.ics

        See you there,
        Meetup
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RemoteApi//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:event_310882451@meetup.com
DTSTAMP:20260402T190000Z
DTSTART:20260410T010000Z
DTEND:20260410T033000Z
SUMMARY:Seattle Data Engineering Meetup - April: Iceberg in production
LOCATION:Galvanize Pioneer Square\\, 111 S Jackson St\\, Seattle\\, WA
URL:https://www.meetup.com/seattle-data-eng/events/310882451/
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Meetup", "info@email.meetup.com"), "You're going to Seattle Data Engineering Meetup - April",
             "2026-04-02 12:00", "America/Los_Angeles", "<310882451.rsvp.88121@email.meetup.com>")
    return message(hs, mixed(text(plain, cte="7bit", charset="us-ascii"),
                             calendar(ics, method="PUBLISH", filename="event.ics", disposition="attachment")))


@M(34, family="auto_reply", lang="de", interview=False, company="Rheinfeld Privatbank AG",
   note="German out-of-office auto-reply to her thank-you note after the interview.")
def n34():
    body = t("""
        Sehr geehrte Damen und Herren,

        vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. April 2026 nicht im Büro und
        habe nur eingeschränkt Zugriff auf meine E-Mails.

        In dringenden Fällen wenden Sie sich bitte an personal@rheinfeld-bank.de.

        Mit freundlichen Grüßen
        Katrin Vogel
        """)
    hs = hdr(addr("Vogel, Katrin", "katrin.vogel@rheinfeld-bank.de"),
             "Automatische Antwort: Vielen Dank für das Gespräch", "2026-04-01 18:03", "Europe/Berlin",
             "<FR2P281MB0123D0E1F2@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM>",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAM7h3nQz1@mail.gmail.com>")])
    return message(hs, text(body))


@M(35, family="non_interview_calendar", lang="en", interview=False, company=None,
   days=(("Tue", "2026-07-21"),),
   note="Dentist appointment confirmation with .ics; personal appointment.")
def n35():
    plain = t("""
        Hi Marisol,

        This is a confirmation of your upcoming appointment at Lake Union Family Dental.

        Appointment: Hygiene visit with Dr. Kim
        Date: Tuesday, July 21, 2026
        Time: 8:00 AM
        Location: 1200 Westlake Ave N, Suite 300, Seattle, WA 98109

        Reply C to confirm or call (206) 555-0190 to reschedule. Please give us 24 hours notice.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weave//Appointments//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:appt-55a1e0-lakeunion@getweave.com
DTSTAMP:20260714T160000Z
DTSTART:20260721T150000Z
DTEND:20260721T160000Z
SUMMARY:Hygiene visit - Lake Union Family Dental
ORGANIZER;CN=Lake Union Family Dental:mailto:frontdesk@lakeunionfamilydental.com
LOCATION:1200 Westlake Ave N\\, Suite 300\\, Seattle
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Lake Union Family Dental", "frontdesk@lakeunionfamilydental.com"),
             "Appointment confirmed: Tuesday, July 21 at 8:00 AM", "2026-07-14 09:00", "America/Los_Angeles",
             "<appt-55a1e0.reminder@getweave.com>")
    return message(hs, mixed(text(plain, cte="7bit", charset="us-ascii"),
                             calendar(ics, filename="appointment.ics", disposition="attachment", cte="base64")))


@M(36, family="personal_appointment", lang="es", interview=False, company=None,
   days=(("Thu", "2026-05-14"),),
   note="Mexican consulate passport appointment confirmation in Spanish ('Cita confirmada', 14/05/2026 09:20); personal.")
def n36():
    body = t("""
        <html><body style="font-family:Arial">
        <h3>Confirmación de cita</h3>
        <p>Estimado(a) MARISOL ORTEGA:</p>
        <p>Su cita ha sido registrada con éxito.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>Oficina consular</td><td>Consulado de México en Seattle</td></tr>
        <tr><td>Trámite</td><td>Pasaporte (renovación)</td></tr>
        <tr><td>Fecha</td><td>14/05/2026</td></tr>
        <tr><td>Hora</td><td>09:20</td></tr>
        <tr><td>Folio</td><td>SEA-2026-0418833</td></tr>
        </table>
        <p>Preséntese 15 minutos antes con identificación oficial y su pasaporte anterior. Si no puede asistir, cancele su cita en el sistema MiConsulado.</p>
        <p>Este es un mensaje automático, favor de no responder.</p>
        </body></html>
        """)
    hs = hdr(addr("MiConsulado SRE", "no-reply@citas.sre.gob.mx"), "Confirmación de cita - Consulado de México en Seattle",
             "2026-04-30 20:14", "America/Mexico_City", "<citas.0418833.1777601640@citas.sre.gob.mx>")
    return message(hs, html(body, charset="iso-8859-1"))


@M(37, family="user_research", lang="en", interview=False, company=None,
   days=(("Thu", "2026-07-16"),),
   note="Paid user-research interview she signed up for as a participant (User Interviews style): a confirmed 60-minute 'interview', but not a job interview.")
def n37():
    plain = t("""
        You're confirmed!

        Hi Marisol,

        Thanks for scheduling your session for "How data teams choose their tools".

        Session: 60-minute remote interview
        When: Thursday, July 16, 2026 at 11:00 AM PDT
        Where: Zoom (link will be sent by the researcher 24 hours before)
        Incentive: $120 gift card, sent within 5 business days after the session

        The researcher will ask about your day-to-day work, the tools you use and how your team
        evaluates new ones. There's no need to prepare.

        Need to reschedule? Visit your participant dashboard.

        - The User Interviews team
        """)
    hs = hdr(addr("User Interviews", "support@userinterviews.com"), "You're confirmed: How data teams choose their tools",
             "2026-07-10 13:25", "America/Los_Angeles", "<ui-confirm-8812093@mail.userinterviews.com>")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@M(38, family="non_interview_calendar", lang="en", interview=False, company=None,
   days=(("Fri", "2026-05-29"),),
   note="Google Calendar invite from her current employer: she shadows as an interviewer in a candidate's onsite loop. Interview context, but she is not the candidate.")
def n38():
    plain = t("""
        Marisol, you have been invited to the following event.

        Onsite loop - Backend candidate (R. Alvarez) - Data modeling - Shadow: Marisol
        When: Friday May 29, 2026 1pm - 2pm Pacific Time - Los Angeles
        Joining info: meet.google.com/tqe-hvnc-wpo
        Who
            * derek.huang@cascadiaoutfitters.com - organizer
            * marisol.ortega@example.net

        Marisol - you're shadowing this one as part of interviewer training. Please review the
        rubric in the Interviewing folder before, and submit feedback in Greenhouse within 24h.

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260529T200000Z
DTEND:20260529T210000Z
DTSTAMP:20260526T180000Z
ORGANIZER;CN=Derek Huang:mailto:derek.huang@cascadiaoutfitters.com
UID:1mf0q8c2a7hs4v5l9ptk3rd6ne@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;X-NUM-GUESTS=0:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite loop - Backend candidate (R. Alvarez) - Data modeling - Shadow: Marisol
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Derek Huang", "derek.huang@cascadiaoutfitters.com"),
             "Invitation: Onsite loop - Backend candidate (R. Alvarez) - Data modeling - Shadow: Marisol @ Fri May 29, 2026 1pm - 2pm (PDT) (marisol.ortega@example.net)",
             "2026-05-26 11:00", "America/Los_Angeles", "<calendar-0c7e1b3a-2f94-4d8e-a6b5-91c3d2e4f5a6@google.com>",
             extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, alt(text(plain), calendar(ics)))


@M(39, family="availability_request", lang="nl", interview=False, company="Meridiaan Data B.V.",
   days=(("Tue", "2026-09-15"), ("Wed", "2026-09-16")),
   note="Dutch invitation to plan a first conversation, asking which of two afternoons suits her; nothing confirmed.")
def n39():
    body = t("""
        Hoi Marisol,

        Dank voor je sollicitatie op de vacature Senior Data Engineer. We zijn erg enthousiast over
        je profiel en plannen graag een eerste kennismakingsgesprek met je in via Teams.

        Zou dinsdag 15 of woensdag 16 september tussen 16.00 en 18.00 uur (Nederlandse tijd) je
        uitkomen? Laat maar weten wat je voorkeur heeft, dan stuur ik een uitnodiging.

        Groetjes,
        Femke Visser
        Recruiter | Meridiaan Data B.V. | Utrecht
        """)
    hs = hdr(addr("Femke Visser", "femke.visser@meridiaandata.nl"), "Kennismakingsgesprek Senior Data Engineer",
             "2026-09-09 10:30", "Europe/Amsterdam", "<AS8PR02MB7120C1D2E3@AS8PR02MB7120.eurprd02.prod.outlook.com>")
    return message(hs, text(body))


@M(40, family="marketing_webinar", lang="en", interview=False, company=None,
   days=(("Thu", "2026-09-24"),),
   note="Webinar registration 'Nail your behavioral interview' with a confirmed time; not a job interview.")
def n40():
    plain = t("""
        Hi Marisol,

        Thank you for registering for "Nail Your Behavioral Interview: The STAR Method for Engineers".

        Date & Time: Sep 24, 2026 10:00 AM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84412093377?tk=aQ1xZ9

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Launchpoint Academy
        """)
    hs = hdr(addr("Launchpoint Academy", "no-reply@zoom.us"),
             "Nail Your Behavioral Interview: The STAR Method for Engineers Confirmation",
             "2026-09-17 15:44", "America/Los_Angeles", "<vXz4TqR2Sk-7Yc1@zoom.us>")
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@M(41, family="post_interview", lang="en", interview=False, company="Northgrid",
   note="Candidate experience survey after the Northgrid interview; no time.")
def n41():
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Marisol,</p>
        <p>Thanks for interviewing with Northgrid this week. We'd love to hear how it went. Our 2-minute survey is anonymous and goes straight to our recruiting team, not your interviewers, and it has no effect on your candidacy.</p>
        <p><a href="https://survey.northgrid.io/candidate/8fa2">How was your interview experience?</a></p>
        <p>Thank you!<br>Northgrid Recruiting</p>
        </body></html>
        """)
    hs = hdr(addr("Northgrid Recruiting", "recruiting@northgrid.io"), "How was your interview experience with Northgrid?",
             "2026-11-06 10:00", "America/Los_Angeles", "<survey-8fa2-ortega@northgrid.io>")
    return message(hs, html(body))


@M(42, family="job_fair", lang="fr", interview=False, company=None,
   days=(("Sat", "2026-05-16"),),
   note="French virtual tech job fair registration with a confirmed time; not an interview.")
def n42():
    body = t("""
        Bonjour Marisol,

        Votre inscription au Forum Emploi Tech Francophone (100 % en ligne) est confirmée !

        Rendez-vous le samedi 16 mai 2026 à 17h00 (heure de Paris) sur la plateforme. Plus de
        60 entreprises recrutent : pensez à compléter votre profil et à déposer votre CV pour que
        les recruteurs puissent vous proposer des entretiens pendant l'événement.

        Votre lien d'accès personnel : https://forum-emploi-tech.fr/acces/6Hq2Z

        À très vite,
        L'équipe du Forum Emploi Tech
        """)
    hs = hdr(addr("Forum Emploi Tech", "contact@forum-emploi-tech.fr"), "Votre inscription est confirmée ✔",
             "2026-05-04 18:00", "Europe/Paris", "<20260504160000.7c1f@forum-emploi-tech.fr>",
             extra=[("List-Unsubscribe", "<https://forum-emploi-tech.fr/desinscription>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(43, family="rejection", lang="fr", interview=False, company="Atelier Lumen",
   note="French rejection in windows-1252.")
def n43():
    body = t("""
        Bonjour Marisol,

        Nous vous remercions de l'intérêt que vous portez à Atelier Lumen et du temps consacré à
        votre candidature au poste de Data Engineer.

        Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous
        ne pourrons pas donner une suite favorable à votre candidature. Nous conservons néanmoins
        votre CV dans notre vivier afin de vous recontacter si une opportunité correspondant à
        votre profil se présentait.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Bien cordialement,
        L'équipe Recrutement – Atelier Lumen
        """)
    hs = hdr(addr("Atelier Lumen", "recrutement@atelier-lumen.fr"), "Votre candidature – Data Engineer",
             "2026-06-30 14:12", "Europe/Paris", "<7f3e1a.lumen.0630@atelier-lumen.fr>", charset="windows-1252")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@M(44, family="application_ack", lang="it", interview=False, company="Lumera Assicurazioni",
   note="Italian application receipt (Zucchetti inRecruiting style); 'ti contatteremo per un colloquio' is hypothetical.")
def n44():
    body = t("""
        Gentile Marisol Ortega,

        grazie per aver inviato la tua candidatura per la posizione di Data Engineer presso
        Lumera Assicurazioni S.p.A.

        Il nostro team di selezione valuterà il tuo profilo e, qualora fosse in linea con le
        esigenze della posizione, ti contatteremo per un primo colloquio conoscitivo.

        Puoi aggiornare i tuoi dati in qualsiasi momento dall'area riservata del portale.

        Cordiali saluti,
        Ufficio Risorse Umane
        Lumera Assicurazioni S.p.A.

        Questa è una e-mail generata automaticamente, si prega di non rispondere.
        """)
    hs = hdr(addr("Lumera Assicurazioni - Lavora con noi", "noreply@inrecruiting.com"),
             "Conferma ricezione candidatura - Data Engineer", "2026-06-22 11:07", "Europe/Rome",
             "<inrec.lumera.20260622090712.44817@inrecruiting.com>")
    return message(hs, text(body, cte="base64"))


@M(45, family="recruiter_outreach", lang="pt", interview=False, company="Mareco Digital",
   note="European Portuguese recruiter outreach asking which day and time suits her; nothing fixed.")
def n45():
    body = t("""
        Olá Marisol,

        Chamo-me Rita Sousa e sou recrutadora na Mareco Digital, em Lisboa. Estamos a contratar
        uma pessoa Senior Data Engineer para trabalhar em regime remoto com a nossa equipa de
        plataforma, e o seu percurso chamou-nos a atenção.

        Teria disponibilidade para uma breve conversa na próxima semana? Diga-me qual o dia e a
        hora que lhe dão mais jeito, tendo em conta a diferença horária.

        Com os melhores cumprimentos,
        Rita Sousa
        Talent Acquisition | Mareco Digital
        """)
    hs = hdr(addr("Rita Sousa", "rita.sousa@marecodigital.pt"), "Oportunidade Senior Data Engineer (remoto)",
             "2026-09-03 15:20", "Europe/Lisbon", "<CAE9uT2hN0pLk7Rx3@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@M(46, family="application_ack", lang="sv", interview=False, company="Kallvik Energi AB",
   note="Swedish application receipt (Varbi style); promises a reply by week 34, nothing scheduled.")
def n46():
    body = t("""
        Hej Marisol!

        Tack för din ansökan till tjänsten Dataingenjör hos Kallvik Energi AB. Vi har tagit emot
        dina handlingar.

        Urvalet sker löpande och vi återkommer till alla sökande senast vecka 34. Har du frågor
        om tjänsten är du välkommen att kontakta rekryterare Johan Lindqvist.

        Med vänliga hälsningar
        Kallvik Energi AB

        Detta meddelande går inte att svara på.
        """)
    hs = hdr(addr("Kallvik Energi AB", "no-reply@varbi.com"), "Tack för din ansökan",
             "2026-07-28 09:33", "Europe/Stockholm", "<varbi.184229.77120.1785223980@varbi.com>")
    return message(hs, text(body))


@M(47, family="background_check", lang="en", interview=False, company=None,
   note="Checkr background check completed notification; platform mail, no interview.")
def n47():
    body = t("""
        Hi Marisol,

        Good news: your background check for Midland Mutual is complete. Midland Mutual has been
        notified and will reach out to you about next steps.

        You can view and download your report at any time from the Candidate Portal:
        https://candidate.checkr.com

        Thanks,
        Checkr
        """)
    hs = hdr(addr("Checkr", "no-reply@checkr.com"), "Your background check is complete",
             "2026-06-19 08:14", "America/Los_Angeles", "<0100019027bc11aa-checkr-complete@email.checkr.com>")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@M(48, family="non_interview_calendar", lang="en", interview=False, company=None,
   days=(("Mon", "2026-07-06"),),
   note="Outlook invite (TZID Pacific Standard Time) from her current employer for quarterly planning; not an interview.")
def n48():
    plain = t("""
        Hi team, blocking time for Q3 planning. Please bring your top three priorities and any
        carry-over from Q2.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q3plan>
        Meeting ID: 244 907 118 332
        Passcode: Vb3n8E
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Derek Huang:mailto:derek.huang@cascadiaoutfitters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Ortega:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000D1C2B3A49586DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
SUMMARY;LANGUAGE=en-US:Q3 planning - Data Platform
DTSTART;TZID=Pacific Standard Time:20260706T100000
DTEND;TZID=Pacific Standard Time:20260706T120000
STATUS:CONFIRMED
SEQUENCE:0
DTSTAMP:20260619T211100Z
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = hdr(addr("Derek Huang", "derek.huang@cascadiaoutfitters.com"), "Q3 planning - Data Platform",
             "2026-06-19 14:11", "America/Los_Angeles", "<SJ0PR11MB5678AB12CD@SJ0PR11MB5678.namprd11.prod.outlook.com>")
    return message(hs, alt(text(plain), calendar(ics, cte="base64")))


@M(49, family="withdrawal", lang="en", interview=False, company="Sable & Finch",
   note="Confirmation that she withdrew her application (Ashby style); the cancelled next step has no time.")
def n49():
    body = t("""
        Hi Marisol,

        We've received your request to withdraw your application for Staff Data Engineer at
        Sable & Finch. Any upcoming interviews have been removed and your interviewers have been
        notified.

        Thanks for your interest in Sable & Finch, and best of luck with what's next. If you'd
        like to be considered for future roles, you're always welcome to apply again.

        Sable & Finch Talent Team
        """)
    hs = hdr(addr("Sable & Finch", "no-reply@ashbyhq.com"), "Your application has been withdrawn",
             "2026-08-26 17:40", "America/Los_Angeles", "<withdraw.3d9f1e.sablefinch@ashbyhq.com>")
    return message(hs, text(body))


@M(50, family="marketing_coaching", lang="en", interview=False, company=None,
   note="Career-coach marketing: 'book your free interview strategy call'; a link, no booked time.")
def n50():
    body = t("""
        Hi Marisol,

        Quick question: how many interviews have you had this month that didn't turn into offers?

        Most engineers I work with aren't failing on skills. They're failing on the story. In a free
        15-minute Interview Strategy Call, I'll look at where your loops are breaking down and give
        you one thing to fix before your next interview.

        Grab a spot here (only 6 left this week): https://calendly.com/techcareercoach/strategy

        Talk soon,
        Morgan Lee
        Tech Career Coach

        You signed up for the Interview Playbook download. Unsubscribe: https://morganlee.coach/unsub
        """)
    hs = hdr(addr("Morgan Lee | Tech Career Coach", "morgan@morganlee.coach"),
             "Marisol, quick question about your interviews", "2026-03-12 06:15", "America/New_York",
             "<kit.0b7e1f.20260312@morganlee.coach>",
             extra=[("List-Unsubscribe", "<https://morganlee.coach/unsub>")])
    return message(hs, alt(text(body), html(gmail_html(body))))
