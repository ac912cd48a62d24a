"""blind125: a blind 50-mail held-out set, the inbox of a logistics data engineer in Cologne.

Every mail is written by hand below (one function per mail); ``make.py`` does the MIME plumbing
and the checks. Build and check with ``python3 bench/heldout/make_blind.py blind125``.
Written without reading the detector, its tests, or any other held-out set's mails.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind125_{ORDER[key-1]:03d}.eml``; keys 1-23 are the positives, 24-50 the negatives.
"""

from __future__ import annotations

import hashlib
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

ORDER = random.Random(1250125).sample(range(1, 51), 50)
ME = "felix.hoffmann@example.org"
FELIX = addr("Felix Hoffmann", ME)
BZ = "Europe/Berlin"


def n(key: int) -> str:
    return f"blind125_{ORDER[key - 1]:03d}"


def pos(key: int, *, family: str, lang: str, kind: str, local: str, contact: str | None,
        company: str, note: str, zone: str = BZ, local_end: str | None = None,
        days: tuple[tuple[str, str], ...] = ()):
    return mail(n(key), family=family, lang=lang, interview=True, kind=kind,
                start=utc(local.split(" ", 1)[1], zone),
                end=utc(local_end, zone) if local_end else None,
                contact=contact, company=company, note=note, local=local, local_end=local_end,
                zone=zone, days=days)


def neg(key: int, *, family: str, lang: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return mail(n(key), family=family, lang=lang, interview=False, company=company, note=note,
                days=days)


def head(frm: str, subject: str, when: str, mid: str, relay: str, *, zone: str = BZ,
         to: str = FELIX, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         rcpt: str = ME) -> list[tuple[str, str]]:
    """Delivered-To / Received / From / To / Subject / Date / Message-ID, then ``extra``."""
    ident = "mx02.mail.example.org (Postfix) with ESMTPS id " + hashlib.sha1(mid.encode(), usedforsecurity=False).hexdigest()[:11].upper()
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {relay}", when, zone, ident, rcpt)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives (1-23)


@pos(1, family="greenhouse", lang="en", kind="scheduled", local="Thu 2026-09-10 14:00",
     local_end="2026-09-10 14:45", contact="jana.wirtz@kranhaus-mobility.de", company="Kranhaus Mobility",
     note="Greenhouse interview confirmation, 14:00-14:45 CEST (Europe/Berlin, UTC+2 in September) -> "
          "12:00-12:45Z; contact = human Reply-To (the recruiter), the From is Greenhouse's no-reply relay")
def m01():
    body = t("""
        Hi Felix,

        Thanks for making time to speak with us! This email confirms your interview for the
        Senior Data Engineer (Logistics Platform) role at Kranhaus Mobility.

        Interview details
        -----------------
        Date: Thursday, September 10th, 2026
        Time: 14:00 - 14:45 CEST (Europe/Berlin)
        Format: Video call (Google Meet)
        Link: https://meet.google.com/xkv-ruqe-tpa

        You'll be speaking with:
        - Moritz Engel, Head of Data
        - Jana Wirtz, Talent Acquisition Partner

        It will be a conversation about your experience with event pipelines and our fleet
        telemetry stack - no live coding in this round.

        Need to reschedule? Just reply to this email and I'll sort it out.

        Best,
        Jana

        Jana Wirtz | Talent Acquisition Partner
        Kranhaus Mobility GmbH | Im Zollhafen 18 | 50678 Köln
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Felix,</p>
        <p>Thanks for making time to speak with us! This email confirms your interview for the
        <strong>Senior Data Engineer (Logistics Platform)</strong> role at Kranhaus Mobility.</p>
        <h3 style="margin-bottom:4px">Interview details</h3>
        <table cellpadding="3" style="border-collapse:collapse">
        <tr><td style="color:#666">Date</td><td>Thursday, September 10th, 2026</td></tr>
        <tr><td style="color:#666">Time</td><td>14:00 - 14:45 CEST (Europe/Berlin)</td></tr>
        <tr><td style="color:#666">Format</td><td>Video call (Google Meet)</td></tr>
        <tr><td style="color:#666">Link</td><td><a href="https://meet.google.com/xkv-ruqe-tpa">meet.google.com/xkv-ruqe-tpa</a></td></tr>
        </table>
        <p>You'll be speaking with:</p>
        <ul><li>Moritz Engel, Head of Data</li><li>Jana Wirtz, Talent Acquisition Partner</li></ul>
        <p>It will be a conversation about your experience with event pipelines and our fleet
        telemetry stack - no live coding in this round.</p>
        <p>Need to reschedule? Just reply to this email and I'll sort it out.</p>
        <p>Best,<br>Jana</p>
        <p style="color:#888;font-size:12px">Jana Wirtz | Talent Acquisition Partner<br>
        Kranhaus Mobility GmbH | Im Zollhafen 18 | 50678 Köln</p>
        <img src="https://u2817493.ct.sendgrid.net/wf/open?upn=Kq0x1n" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Kranhaus Mobility", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Kranhaus Mobility - Senior Data Engineer (Logistics Platform)",
              "2026-09-07 10:12:41", "<ZmM3c2RfQkk2Nmdia0xHQkV2Yw@geopod-ismtpd-7>",
              "o12.ptr4471.us.greenhouse-mail.io (o12.ptr4471.us.greenhouse-mail.io [149.72.180.34])",
              extra=(("Reply-To", addr("Jana Wirtz", "jana.wirtz@kranhaus-mobility.de")),
                     ("X-SG-EID", "u001.Xq2Lr8dP0kz7Gm1sVbYwQe5Nn0aRt3Hf"),
                     ("X-Entity-ID", "u001.a9FtL0vHq2WdS8n")))
    return message(hs, alt(text(body), html(htm)))


@pos(2, family="personio", lang="de", kind="scheduled", local="Tue 2026-09-22 10:30",
     contact="claudia.reuter@rheinbogen-spedition.de", company="Rheinbogen Spedition",
     note="Personio invitation, HTML only: Dienstag, 22.09.2026, 10:30 Uhr in Düsseldorf (CEST, UTC+2) -> "
          "08:30Z; 'ca. 60 Minuten' is approximate so end null; Reply-To is a Personio relay, contact = the "
          "HR referent's address in the signature")
def m02():
    htm = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">
        <tr><td>
        <img src="https://rheinbogen-spedition.jobs.personio.de/logo.png" alt="Rheinbogen Spedition" height="40">
        <p>Sehr geehrter Herr Hoffmann,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Data Engineer Transportnetz (m/w/d)</b> und Ihr Interesse
        an der Rheinbogen Spedition. Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und
        bestätigen Ihnen hiermit den folgenden Termin:</p>
        <table cellpadding="4" cellspacing="0" style="font-size:15px">
        <tr><td><b>Datum:</b></td><td>Dienstag, 22.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:30 Uhr</td></tr>
        <tr><td><b>Dauer:</b></td><td>ca. 60 Minuten</td></tr>
        <tr><td valign="top"><b>Ort:</b></td><td>Rheinbogen Spedition GmbH<br>Hansaallee 214, 40549 Düsseldorf<br>Empfang Haus B, 3. Etage</td></tr>
        <tr><td valign="top"><b>Ihre Gesprächspartner:</b></td><td>Tobias Schäfer (Teamleiter Business Intelligence)<br>Claudia Reuter (Personal)</td></tr>
        </table>
        <p>Bitte melden Sie sich am Empfang und bringen Sie einen Lichtbildausweis mit. Besucherparkplätze
        finden Sie direkt vor Haus B; mit der U74/U77 erreichen Sie uns ab Haltestelle Belsenplatz in fünf Minuten zu Fuß.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid.</p>
        <p>Mit freundlichen Grüßen<br><br>
        Claudia Reuter<br>Personalreferentin<br>
        Rheinbogen Spedition GmbH<br>
        Tel. +49 211 555 4410 | <a href="mailto:claudia.reuter@rheinbogen-spedition.de">claudia.reuter@rheinbogen-spedition.de</a></p>
        <p style="font-size:11px;color:#8a94a6">Sitz der Gesellschaft: Düsseldorf, Amtsgericht Düsseldorf HRB 55812.
        Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung für Bewerbende.</p>
        </td></tr></table>
        <p style="font-size:11px;color:#8a94a6;font-family:Helvetica,Arial,sans-serif">Versendet über Personio</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Rheinbogen Spedition GmbH", "no-reply@personio.de"),
              "Einladung zum Vorstellungsgespräch - Data Engineer Transportnetz (m/w/d)",
              "2026-09-15 11:03:27", "<01070192f3a3c6ee-6b9a1d55-0b8e-4f0e-9d3e-0fa1c2d4e8b1-000000@eu-central-1.amazonses.com>",
              "a27-88.smtp-out.eu-central-1.amazonses.com (a27-88.smtp-out.eu-central-1.amazonses.com [54.240.27.88])",
              extra=(("Reply-To", "application-3f81c2a7d1@rheinbogen-spedition.jobs.personio.de"),
                     ("Feedback-ID", "1.eu-central-1.Xr0pL5tN2hK8vQ7w=:AmazonSES")))
    return message(hs, html(htm))


def _bookings_ics() -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Vennbahn Freight Talent Interviews:mailto:TalentInterviews@vennbahn-freight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Hoffmann:mailto:felix.hoffmann@example.org
DESCRIPTION;LANGUAGE=de-DE:Kennenlerngespräch Data Engineering\\nMitarbeiter: Ruth Lennartz\\n
UID:040000008200E00074C5B7101A82E0080000000060B1D3AC4F47DC01000000000000000010000000A1B9
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Data Engineering - Vennbahn Freight
DTSTART;TZID=W. Europe Standard Time:20260924T110000
DTEND;TZID=W. Europe Standard Time:20260924T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260918T142207Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""


@pos(3, family="microsoft_bookings", lang="de", kind="scheduled", local="Thu 2026-09-24 11:00",
     local_end="2026-09-24 11:45", contact=None, company="Vennbahn Freight",
     note="Microsoft Bookings confirmation in German; the body's zone label says '(UTC+01:00) Amsterdam, "
          "Berlin...' although 24 September is summer time: 11:00-11:45 CEST -> 09:00-09:45Z, as the ICS "
          "(W. Europe Standard Time) confirms; only a Bookings mailbox and a staff name, no personal "
          "address -> contact null")
def m03():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:24px;font-weight:600;padding:12px 0">Buchung bestätigt</div>
        <div>Hallo Felix Hoffmann,</div>
        <div>&nbsp;</div>
        <div>vielen Dank für Ihre Buchung bei Vennbahn Freight Services.</div>
        <div>&nbsp;</div>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c;padding-right:16px">Dienst</td><td>Kennenlerngespräch Data Engineering</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Datum und Uhrzeit</td><td>Donnerstag, 24. September 2026 11:00 - 11:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Mitarbeiter</td><td>Ruth Lennartz</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Ort</td><td>Online (Microsoft Teams)</td></tr>
        </table>
        <div>&nbsp;</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk1ZmE4YjQtNjk2Zi00Nzg0LWE3MzEtN2RkNDdkYzBjZGQ5%40thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></div>
        <div>&nbsp;</div>
        <div><a href="https://outlook.office365.com/owa/calendar/VennbahnFreightTalent@vennbahn-freight.com/bookings/">Buchung verwalten</a></div>
        <div>&nbsp;</div>
        <div style="color:#605e5c;font-size:12px">Vennbahn Freight Services GmbH &middot; Pascalstraße 22 &middot; 52076 Aachen</div>
        </div>
        </body></html>
        """)
    hs = head(addr("Vennbahn Freight Services", "TalentInterviews@vennbahn-freight.com"),
              "Buchung bestätigt: Kennenlerngespräch Data Engineering",
              "2026-09-18 16:22:07", "<FR2P281MB1543A0D77C1E0B2C9B4F1A6FAB712@FR2P281MB1543.DEUP281.PROD.OUTLOOK.COM>",
              "EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2112.outbound.protection.outlook.com [40.107.21.112])",
              extra=(("Thread-Topic", enc("Kennenlerngespräch Data Engineering")),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(html(htm, cte="base64"), calendar(_bookings_ics(), cte="base64")))


@pos(4, family="human_prose", lang="de", kind="scheduled", local="Wed 2026-10-07 10:15",
     contact="kuebra.aydin@veedelfracht.de", company="Veedelfracht",
     note="Founder's du-mail sent Thu 1 Oct 2026: 'nächsten Mittwoch um Viertel nach zehn' = Wed 7 Oct "
          "10:15 CEST (UTC+2) -> 08:15Z; '1 bis 1,5 Stunden' is a range of lengths, not a stated end -> "
          "end null; contact = human sender",
     days=(("Thu", "2026-10-01"),))
def m04():
    body = t("""
        Hi Felix,

        super, danke für die schnelle Rückmeldung! Dann machen wir's so: nächsten Mittwoch um
        Viertel nach zehn bei uns im Büro in Ehrenfeld (Vogelsanger Str. 187, Hinterhof, 2. OG,
        einfach bei "Veedelfracht" klingeln). Mit dabei ist noch Jannik, unser CTO. Plan mal so
        1 bis 1,5 Stunden ein, wir zeigen dir danach noch kurz unser Mikro-Depot.

        Falls was dazwischenkommt, ruf mich einfach an: 0221 / 555 38 14

        Bis Mittwoch!
        Kübra

        --
        Kübra Aydın
        Co-Founderin & COO
        Veedelfracht GmbH – Lastenrad-Logistik für die Stadt
        www.veedelfracht.de

        Am Do., 1. Okt. 2026 um 14:12 Uhr schrieb Felix Hoffmann <felix.hoffmann@example.org>:
        > Hallo Kübra,
        >
        > vielen Dank für die Einladung! Mittwoch oder Donnerstag nächste Woche passt mir
        > beides, vormittags am liebsten.
        >
        > Viele Grüße
        > Felix
        """)
    hs = head(addr("Kübra Aydın", "kuebra.aydin@veedelfracht.de"), "Re: Data Engineer bei Veedelfracht",
              "2026-10-01 17:40:12", "<CAH7vLq=Rk2+Xw0p9dFhZsT4mN8bY1cJ3eGv_Q@mail.gmail.com>",
              "mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])",
              extra=(("In-Reply-To", "<9f2c41d7-3b0e-4a6c-bb1e-55d0c9e7a2f1@example.org>"),
                     ("References", "<CAH7vLq=Pp0aD3kT@mail.gmail.com> <9f2c41d7-3b0e-4a6c-bb1e-55d0c9e7a2f1@example.org>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


def _gcal_ics(method: str, seq: int, start: str, end: str, uid: str, summary: str, organizer: str,
              cn: str, attendees: list[tuple[str, str]], stamp: str, desc: str, location: str = "",
              status: str = "CONFIRMED") -> str:
    att = "\n".join(
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={a};X-NUM-GUESTS=0:mailto:{a}"
        for a, ps in attendees)
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:{start}
DTEND;TZID=Europe/Berlin:{end}
DTSTAMP:{stamp}
ORGANIZER;CN={cn}:mailto:{organizer}
UID:{uid}
{att}
X-MICROSOFT-CDO-OWNERAPPTID:-1793125570
CREATED:{stamp}
DESCRIPTION:{desc}
LAST-MODIFIED:{stamp}
LOCATION:{location}
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@pos(5, family="google_calendar", lang="de", kind="scheduled", local="Fri 2026-10-16 15:00",
     local_end="2026-10-16 16:00", contact="lara.becker@aixtrack.de", company="Aixtrack",
     note="Google Calendar invitation (German UI): Fr. 16. Okt. 2026 15:00-16:00 MESZ (Europe/Berlin, "
          "UTC+2) -> 13:00-14:00Z, ICS agrees; contact = ORGANIZER / Reply-To (the hiring team lead)")
def m05():
    summary = "Technisches Interview Data Engineering – Felix Hoffmann"
    body = t(f"""
        {summary}
        Freitag, 16. Oktober 2026 ⋅ 15:00–16:00
        Zeitzone: Europa/Berlin

        Google Meet-Teilnahme
        Videoanruf-Link: https://meet.google.com/fsd-qmwe-kto
        Oder wählen Sie sich ein: (DE) +49 30 555 02117 PIN: 418 227 903#
        Weitere Telefonnummern: https://tel.meet/fsd-qmwe-kto?pin=8301557204412

        Hallo Felix, wie besprochen das technische Gespräch mit Sven und mir. Wir schauen uns
        gemeinsam ein kleines Modell für Sendungsverfolgung an (SQL + etwas Python), keine
        Vorbereitung nötig. Viele Grüße, Lara

        Gäste
        Lara Becker - Organisator
        Sven Offermann
        Felix Hoffmann
        Alle Gäste ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=NGk3cmQ

        Antworten für felix.hoffmann@example.org
        Ja: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGk3cmQ&rst=1
        Nein: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGk3cmQ&rst=2
        Vielleicht: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGk3cmQ&rst=3

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Sie können keine
        Einladungen mehr für diesen Termin erhalten, wenn Sie "Nein" antworten.
        """)
    htm = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:22px;font-weight:400">{summary}</h2>
        <div>Freitag, 16. Oktober 2026 &#8901; 15:00&ndash;16:00 (Mitteleuropäische Sommerzeit - Berlin)</div>
        <p><a href="https://meet.google.com/fsd-qmwe-kto">Mit Google Meet teilnehmen</a></p>
        <p>Hallo Felix, wie besprochen das technische Gespräch mit Sven und mir. Wir schauen uns
        gemeinsam ein kleines Modell für Sendungsverfolgung an (SQL + etwas Python), keine
        Vorbereitung nötig. Viele Grüße, Lara</p>
        <div><b>Gäste</b></div>
        <div>Lara Becker - Organisator<br>Sven Offermann<br>Felix Hoffmann</div>
        <p style="font-size:12px;color:#70757a">Einladung von <a href="https://calendar.google.com/calendar/">Google Kalender</a>.
        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.</p>
        </div></body></html>
        """)
    ics = _gcal_ics("REQUEST", 0, "20261016T150000", "20261016T160000", "4i7rd0v9k2pq1m5s8b3c6e0j@google.com",
                    summary, "lara.becker@aixtrack.de", "Lara Becker",
                    [("lara.becker@aixtrack.de", "ACCEPTED"), ("sven.offermann@aixtrack.de", "ACCEPTED"),
                     (ME, "NEEDS-ACTION")], "20261012T073118Z",
                    "Hallo Felix\\, wie besprochen das technische Gespräch mit Sven und mir.",
                    "https://meet.google.com/fsd-qmwe-kto")
    subj = ("Einladung: Technisches Interview Data Engineering – Felix Hoffmann @ Fr. 16. Okt. 2026 "
            "15:00 - 16:00 (MESZ) (felix.hoffmann@example.org)")
    hs = head(addr("Lara Becker", "lara.becker@aixtrack.de"), subj, "2026-10-12 09:31:18",
              "<calendar-6f1b2d4e-8a3c-4d07-b9e2-1c5f7a0d3e88@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Lara Becker", "lara.becker@aixtrack.de")),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, mixed(
        alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                 disposition="attachment", cte="base64", name_param=True)))


@pos(6, family="lever", lang="en", kind="rescheduled", local="Thu 2026-10-15 10:00",
     local_end="2026-10-15 11:00", zone="Europe/Amsterdam", contact="sanne.dewit@grachtwerk.nl",
     company="Grachtwerk",
     note="Lever reschedule: old Tue 13 Oct 15:00, new Thu 15 Oct 10:00-11:00 CEST (Europe/Amsterdam, "
          "UTC+2) -> 08:00-09:00Z; label = the new time; contact = human Reply-To",
     days=(("Tue", "2026-10-13"), ("Thu", "2026-10-15")))
def m06():
    body = t("""
        Hi Felix,

        Your interview with Grachtwerk has been rescheduled. Sorry for the shuffle - one of
        the panelists is travelling on Tuesday.

        Role: Data Engineer, Routing & Dispatch (Amsterdam / hybrid)

        PREVIOUSLY
        Tuesday, October 13, 2026, 3:00 PM - 4:00 PM CEST

        NEW TIME
        Thursday, October 15, 2026, 10:00 AM - 11:00 AM (Central European Summer Time)

        Interviewers: Pieter Verhoeven (Engineering Manager), Ayşe Demir (Senior Data Engineer)
        Location: Microsoft Teams - the link in your calendar invite stays the same.

        If the new time doesn't work, reply to this email and we'll find another slot.

        Cheers,
        Sanne de Wit
        Talent Partner, Grachtwerk

        ---
        Sent via Lever on behalf of Grachtwerk
        """)
    htm = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#111;font-size:14px">
        <p>Hi Felix,</p>
        <p>Your interview with Grachtwerk has been rescheduled. Sorry for the shuffle - one of the
        panelists is travelling on Tuesday.</p>
        <p><b>Role:</b> Data Engineer, Routing &amp; Dispatch (Amsterdam / hybrid)</p>
        <p style="color:#888"><b>PREVIOUSLY</b><br><s>Tuesday, October 13, 2026, 3:00 PM - 4:00 PM CEST</s></p>
        <p><b>NEW TIME</b><br>Thursday, October 15, 2026, 10:00 AM - 11:00 AM (Central European Summer Time)</p>
        <p><b>Interviewers:</b> Pieter Verhoeven (Engineering Manager), Ayşe Demir (Senior Data Engineer)<br>
        <b>Location:</b> Microsoft Teams - the link in your calendar invite stays the same.</p>
        <p>If the new time doesn't work, reply to this email and we'll find another slot.</p>
        <p>Cheers,<br>Sanne de Wit<br>Talent Partner, Grachtwerk</p>
        <p style="font-size:11px;color:#999">Sent via Lever on behalf of Grachtwerk</p>
        </body></html>
        """)
    hs = head(addr("Grachtwerk", "no-reply@hire.lever.co"),
              "Updated: Your interview with Grachtwerk has been rescheduled",
              "2026-10-09 12:14:55", "<0100019267b4d1c2-3a5e9f10-7d44-4b8a-91f0-c6d2e8a1b7f3-000000@email.amazonses.com>",
              "a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=(("Reply-To", addr("Sanne de Wit", "sanne.dewit@grachtwerk.nl")),
                     ("X-Lever-Origin", "interview-reschedule")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(htm, cte="base64")))


def _exchange_ics(method: str, start: str, end: str, uid: str, summary: str, organizer: str, cn: str,
                  stamp: str, seq: int = 0, status: str = "CONFIRMED", location: str = "Microsoft Teams-Besprechung",
                  desc: str = "", lang: str = "de-DE", attendee_cn: str = "Felix Hoffmann",
                  attendee: str = ME) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN={cn}:mailto:{organizer}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee_cn}:mailto:{attendee}
DESCRIPTION;LANGUAGE={lang}:{desc}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE={lang}:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2124785511
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"{location}"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
    Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE3NzA4MmQtYTc5Ny00ZDM3LTg0YWYtZGQzN2E4OWY2YjFk%40thread.v2/0>
    Besprechungs-ID: 372 551 908 264
    Kennung: Hq7Zt2
    Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@pos(7, family="exchange", lang="de", kind="scheduled", local="Mon 2026-10-26 09:00",
     local_end="2026-10-26 10:00", contact="h.vollmer@poststadt-paket.de", company="Poststadt Paketdienste",
     note="Exchange meeting request sent Thu 22 Oct in CEST (+0200) for Mon 26 Oct 09:00-10:00 - the day "
          "after Europe falls back, so CET (UTC+1) -> 08:00-09:00Z, not 07:00Z; ICS in W. Europe Standard "
          "Time agrees; contact = organizer/sender")
def m07():
    body = t("""
        Sehr geehrter Herr Hoffmann,

        wie heute am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem
        Gespräch für die Position Data Engineer Netzplanung (m/w/d):

        Montag, 26. Oktober 2026, 9:00 – 10:00 Uhr
        Poststadt Paketdienste AG, Kurt-Schumacher-Str. 40, 53113 Bonn, Raum 4.12
        (alternativ per Teams, Link unten)

        Teilnehmen werden Herr Dr. Krings (Leitung Netzplanung) und ich. Kleiner Hinweis, weil
        es schon öfter für Verwirrung gesorgt hat: Am Wochenende davor wird die Uhr auf
        Winterzeit umgestellt – 9 Uhr ist also 9 Uhr nach der neuen Zeit.

        Mit freundlichen Grüßen
        Dr. Henrike Vollmer
        Personalentwicklung & Recruiting

        Poststadt Paketdienste AG
        Telefon +49 228 555 7312
        h.vollmer@poststadt-paket.de

        """) + TEAMS_DE
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
           "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head>\n"
           "<body lang=\"DE\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">\n"
           + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
           + "</div></body></html>\n")
    ics = _exchange_ics("REQUEST", "20261026T090000", "20261026T100000",
                        "040000008200E00074C5B7101A82E00800000000D8F4E1A55A62DC010000000000000000100000007C2E",
                        "Vorstellungsgespräch Data Engineer Netzplanung – Felix Hoffmann",
                        "h.vollmer@poststadt-paket.de", "Vollmer\\, Henrike Dr.", "20261022T134702Z",
                        location="Bonn\\, Raum 4.12 / Microsoft Teams-Besprechung",
                        desc="Sehr geehrter Herr Hoffmann\\,\\nwie heute am Telefon besprochen...")
    hs = head(addr("Vollmer, Henrike Dr.", "h.vollmer@poststadt-paket.de"),
              "Vorstellungsgespräch Data Engineer Netzplanung – Felix Hoffmann",
              "2026-10-22 15:47:02", "<AM0PR10MB3456C1F5B2E94A07D3A6E1C2B87A0@AM0PR10MB3456.EURPRD10.PROD.OUTLOOK.COM>",
              "EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2091.outbound.protection.outlook.com [40.107.105.91])",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Data Engineer Netzplanung – Felix Hoffmann")),
                     ("Thread-Index", "AdtkHq3WbV8s0iYpT2KzQ6lXc1NwAg=="),
                     ("Accept-Language", "de-DE, en-US"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(htm), calendar(ics, cte="base64")))


@pos(8, family="human_prose", lang="en", kind="scheduled", local="Fri 2026-10-30 10:00",
     local_end="2026-10-30 10:45", zone="America/New_York", contact="dana.whitfield@harborline.io",
     company="Harborline",
     note="US recruiter, Date Mon 26 Oct 11:20 EDT: 'Friday (10/30) at 10am ET' - New York is still on "
          "EDT (UTC-4) until 1 Nov while Europe is already on CET, so 14:00Z = 15:00 in Cologne as the "
          "mail itself says; 'scheduled for 45 minutes' -> end 14:45Z; contact = human sender",
     days=(("Fri", "2026-10-30"),))
def m08():
    body = t("""
        Hi Felix,

        Great news - the team enjoyed your take-home and would love to move you forward!

        You're confirmed for Friday (10/30) at 10am ET with Marcus Boateng, our Director of
        Data Platform. It's scheduled for 45 minutes. Heads up on the time: Europe already
        switched back to winter time and we don't until Sunday, so that's 3pm your time in
        Cologne, not 4pm. Marcus will send the Zoom link from his calendar.

        He'll want to dig into the dock-scheduling pipeline you described, so have a diagram
        handy if you can.

        Talk soon,
        Dana

        Dana Whitfield
        Senior Technical Recruiter | Harborline
        Remote (EMEA & Americas)
        """)
    hs = head(addr("Dana Whitfield", "dana.whitfield@harborline.io"), "Next step: interview with Marcus",
              "2026-10-26 11:20:33", "<CAJx8u2T0q=Vw4nKfZpL1r+B7d9YhG3m5sE0a@mail.gmail.com>",
              "mail-pf1-f170.google.com (mail-pf1-f170.google.com [209.85.210.170])", zone="America/New_York")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


def _utc_ics(prodid: str, method: str, start: str, end: str | None, uid: str, summary: str,
             organizer: str | None, cn: str | None, stamp: str, desc: str = "", location: str = "",
             seq: int = 0, status: str = "CONFIRMED", attendee: str = ME) -> str:
    org = f"ORGANIZER;CN={cn}:mailto:{organizer}\n" if organizer else ""
    dtend = f"DTEND:{end}\n" if end else ""
    return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:{prodid}
CALSCALE:GREGORIAN
METHOD:{method}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{stamp}
DTSTART:{start}
{dtend}SUMMARY:{summary}
DESCRIPTION:{desc}
LOCATION:{location}
{org}ATTENDEE;CN=Felix Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}
SEQUENCE:{seq}
STATUS:{status}
END:VEVENT
END:VCALENDAR"""


@pos(9, family="teamtailor", lang="en", kind="scheduled", local="Thu 2026-11-05 13:30",
     local_end="2026-11-05 14:15", zone="Europe/Amsterdam", contact="eline.bakker@zuidaslogistics.nl",
     company="Zuidas Logistics",
     note="Teamtailor confirmation for an Amsterdam company: Thursday 5 November 13:30-14:15 CET "
          "(Europe/Amsterdam, UTC+1 after 25 Oct) -> 12:30-13:15Z; ICS in UTC agrees; contact = human "
          "Reply-To (recruiter)")
def m09():
    body = t("""
        Hi Felix,

        Your interview is booked - thanks for picking a time so quickly!

        Data Engineer - Warehouse Intelligence
        Thursday 5 November 2026
        13:30 - 14:15 (Europe/Amsterdam)
        Video meeting: https://zuidaslogistics.whereby.com/interview-room-3

        You'll meet Bram Jansen (Lead Data Engineer) and me. We'll talk through your
        background, the team and how we use data to plan our cross-dock operations. There is
        no technical test in this first conversation.

        Anything you'd like to know beforehand? Just reply to this message.

        Kind regards,
        Eline Bakker
        Recruiter, Zuidas Logistics

        ----
        Zuidas Logistics B.V. · Gustav Mahlerlaan 1150 · 1082 MK Amsterdam
        Powered by Teamtailor · Privacy policy: https://careers.zuidaslogistics.nl/privacy
        """)
    htm = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f6f6f6;margin:0;padding:24px 0">
        <div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:32px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <p>Hi Felix,</p>
        <p>Your interview is booked - thanks for picking a time so quickly!</p>
        <div style="border:1px solid #e5e5e5;border-radius:6px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Data Engineer - Warehouse Intelligence</div>
        <div>Thursday 5 November 2026</div>
        <div>13:30 - 14:15 (Europe/Amsterdam)</div>
        <div><a href="https://zuidaslogistics.whereby.com/interview-room-3">Join video meeting</a></div>
        </div>
        <p>You'll meet Bram Jansen (Lead Data Engineer) and me. We'll talk through your background, the
        team and how we use data to plan our cross-dock operations. There is no technical test in this
        first conversation.</p>
        <p>Anything you'd like to know beforehand? Just reply to this message.</p>
        <p>Kind regards,<br>Eline Bakker<br>Recruiter, Zuidas Logistics</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:12px;color:#999">Zuidas Logistics B.V. &middot; Gustav Mahlerlaan 1150 &middot; 1082 MK Amsterdam<br>
        Powered by <a href="https://www.teamtailor.com" style="color:#999">Teamtailor</a></p>
        </div></body></html>
        """)
    ics = _utc_ics("-//Teamtailor//Teamtailor Interviews//EN", "REQUEST", "20261105T123000Z", "20261105T131500Z",
                   "tt-interview-8812734@teamtailor.com", "Interview: Zuidas Logistics - Data Engineer",
                   "eline.bakker@zuidaslogistics.nl", "Eline Bakker", "20261102T090511Z",
                   "Video meeting: https://zuidaslogistics.whereby.com/interview-room-3",
                   "https://zuidaslogistics.whereby.com/interview-room-3")
    hs = head(addr("Zuidas Logistics", "no-reply@teamtailor-mail.com"),
              "Interview booked: Data Engineer - Warehouse Intelligence",
              "2026-11-02 10:05:11", "<6543a8f1d2e0c_7f3b2a1c9d8e4@teamtailor-mail.com>",
              "mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [159.112.240.17])",
              extra=(("Reply-To", addr("Eline Bakker", "eline.bakker@zuidaslogistics.nl")),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@pos(10, family="human_prose", lang="nl", kind="scheduled", local="Thu 2026-11-12 14:00",
     local_end="2026-11-12 15:00", zone="Europe/Amsterdam", contact="joost@kadewerk.nl", company="Kadewerk",
     note="Dutch recruiter prose, Date Mon 9 Nov: 'donderdag 12 november om 14.00 uur', 'het gesprek "
          "duurt een uur' -> 14:00-15:00 CET (UTC+1) -> 13:00-14:00Z; iso-8859-1 quoted-printable; "
          "contact = human sender",
     days=(("Thu", "2026-11-12"),))
def m10():
    body = t("""
        Hoi Felix,

        Leuk dat je wilt komen praten! Hierbij bevestig ik je gesprek op donderdag 12 november
        om 14.00 uur op ons kantoor aan de Veemkade 356 in Amsterdam (3e verdieping, melden bij
        de receptie van Kadewerk). Het gesprek duurt een uur; je spreekt met Marloes Visser
        (Head of Data) en mij.

        Kom je met de trein uit Keulen? Vanaf Centraal is het tien minuten lopen, of tram 26
        tot halte Kattenburgerstraat.

        Mocht er iets tussenkomen, bel of app me gerust op +31 6 5555 0192.

        Tot donderdag!

        Met vriendelijke groet,
        Joost van Leeuwen
        Recruiter | Kadewerk B.V.
        """)
    hs = head(addr("Joost van Leeuwen", "joost@kadewerk.nl"), "Bevestiging gesprek donderdag",
              "2026-11-09 16:48:30", "<AS8PR07MB7462E3D1A0B9C4F25E88A1D6C2F0@AS8PR07MB7462.eurprd07.prod.outlook.com>",
              "EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2130.outbound.protection.outlook.com [40.107.247.130])",
              extra=(("Content-Language", "nl-NL"), ("Thread-Topic", "Bevestiging gesprek donderdag")))
    return message(hs, text(body, charset="iso-8859-1"))


@pos(11, family="smartrecruiters", lang="en", kind="scheduled", local="Wed 2026-11-18 11:00",
     local_end="2026-11-18 12:00", zone="Europe/Brussels", contact="lotte.peeters@zennevallei.be",
     company="Zennevallei Supply",
     note="SmartRecruiters confirmation for a Brussels role: 11:00 AM - 12:00 PM (GMT+01:00) Brussels on "
          "Wed 18 Nov -> 10:00-11:00Z (CET); ICS in UTC agrees; contact = human Reply-To (hiring manager)")
def m11():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
        <p>Dear Felix,</p>
        <p>Thank you for confirming your availability. Your interview for <b>Data Engineer - Supply Chain Analytics (Brussels / hybrid)</b>
        is scheduled as follows:</p>
        <table cellpadding="6" style="border:1px solid #ddd;font-size:14px">
        <tr><td><b>When</b></td><td>Wednesday, November 18, 2026<br>11:00 AM - 12:00 PM (GMT+01:00) Brussels, Copenhagen, Madrid, Paris</td></tr>
        <tr><td><b>Where</b></td><td>Zennevallei Supply NV, Havenlaan 86C, 1000 Brussels - ask for Lotte at the front desk</td></tr>
        <tr><td><b>With</b></td><td>Lotte Peeters (Analytics Lead), Karim Benali (Data Architect)</td></tr>
        </table>
        <p>Please bring a valid ID. If you travel by train from Cologne, Brussels-North station is a 10-minute walk away.</p>
        <p>We look forward to meeting you.</p>
        <p>Best regards,<br>Lotte Peeters<br>Zennevallei Supply</p>
        <p style="font-size:11px;color:#999">This message was sent to you via SmartRecruiters on behalf of Zennevallei Supply.
        <a href="https://jobs.smartrecruiters.com/privacy">Privacy</a> | <a href="https://my.smartrecruiters.com/unsubscribe">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    ics = _utc_ics("-//SmartRecruiters//Interview Scheduler//EN", "REQUEST", "20261118T100000Z", "20261118T110000Z",
                   "b6f2c1e0-7a1d-4e89-9f3c-2d5b8a0e4c71@smartrecruiters.com",
                   "Interview - Data Engineer - Supply Chain Analytics", "lotte.peeters@zennevallei.be",
                   "Lotte Peeters", "20261112T081240Z", "Onsite interview at Zennevallei Supply",
                   "Havenlaan 86C\\, 1000 Brussels")
    hs = head(addr("Zennevallei Supply", "noreply@smartrecruiters.com"),
              "Interview confirmed: Data Engineer - Supply Chain Analytics",
              "2026-11-12 09:12:40", "<20261112081240.1c7e4a9b2f3d5608@smartrecruiters.com>",
              "mta-52.smartrecruiters.com (mta-52.smartrecruiters.com [198.2.135.52])",
              extra=(("Reply-To", addr("Lotte Peeters", "lotte.peeters@zennevallei.be")),))
    return message(hs, mixed(html(htm), calendar(ics, method="REQUEST", filename="invite.ics",
                                                 disposition="attachment", cte="base64")))


@pos(12, family="forward_self", lang="de", kind="scheduled", local="Thu 2026-11-19 14:30",
     contact="anke.brandt@lotsenhaus-logistik.de", company="Lotsenhaus Logistik",
     note="Felix forwards (message/rfc822) from his other address to himself a recruiter's confirmation "
          "'Donnerstag, 19.11., um 14:30 Uhr per Teams' -> CET (UTC+1) -> 13:30Z; 'ca. 45 Minuten' -> end "
          "null; contact = the recruiter in the forwarded message, never the candidate's own addresses",
     days=(("Thu", "2026-11-19"),))
def m12():
    inner_body = t("""
        Hallo Herr Hoffmann,

        vielen Dank für das nette Telefonat eben. Wie besprochen bestätige ich Ihnen das
        Gespräch mit unserem Head of Analytics, Herrn Yilmaz:

        Donnerstag, 19.11., um 14:30 Uhr per Teams (ca. 45 Minuten)

        Den Link schicke ich Ihnen am Vortag. Bei Fragen erreichen Sie mich unter 0211 555 9023.

        Freundliche Grüße aus Düsseldorf
        Anke Brandt
        Talent Acquisition
        Lotsenhaus Logistik GmbH & Co. KG
        """)
    inner = message([
        ("From", addr("Anke Brandt", "anke.brandt@lotsenhaus-logistik.de")),
        ("To", addr("Felix Hoffmann", "felix.hoffmann@example.net")),
        ("Subject", enc("Ihr Gespräch bei Lotsenhaus Logistik – Data Engineer")),
        ("Date", date("2026-11-13 15:26:09", BZ)),
        ("Message-ID", "<DB9PR02MB7290B6A2C1E44F0A9D3E5B71C8D2@DB9PR02MB7290.eurprd02.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ], text(inner_body, charset="windows-1252"))
    outer = t("""
        für den Kalender, Teams-Link kommt noch

        --
        Gesendet von meinem Fairphone
        """).replace("--\n", "-- \n")  # the signature delimiter keeps its trailing space
    hs = head(addr("Felix Hoffmann", "felix.hoffmann@example.net"),
              "Fwd: Ihr Gespräch bei Lotsenhaus Logistik – Data Engineer",
              "2026-11-16 07:58:44", "<3c8e1f2a-5b7d-4e90-a1c6-7d2f9b4e0a38@example.net>",
              "smtp.example.net (smtp.example.net [192.0.2.44])",
              extra=(("User-Agent", "K-9 Mail for Android"),))
    return message(hs, mixed(text(outer, cte="8bit"),
                             attached_message(inner, "Ihr Gespraech bei Lotsenhaus Logistik.eml")))


@pos(13, family="outlook_ics_only", lang="de", kind="scheduled", local="Tue 2026-11-24 16:00",
     local_end="2026-11-24 17:00", contact="matthias.kuehn@hafenkante-data.de", company="Hafenkante Data",
     note="Outlook meeting request whose body gives no time ('anbei die Einladung'): the time is only in the "
          "ICS, DTSTART W. Europe Standard Time 2026-11-24 16:00-17:00 -> CET (UTC+1) -> 15:00-16:00Z; "
          "contact = organizer/sender")
def m13():
    body = t("""
        Hallo Herr Hoffmann,

        anbei wie besprochen die Einladung zu unserem Zweitgespräch, diesmal mit Frau Okafor aus
        der Geschäftsführung. Wir treffen uns bei uns im Medienhafen, Sie kennen den Weg ja schon.

        Bis dann und beste Grüße
        Matthias Kühn

        Matthias Kühn | Teamlead Data Platform
        Hafenkante Data GmbH | Speditionstraße 15a | 40221 Düsseldorf
        """)
    ics = _exchange_ics("REQUEST", "20261124T160000", "20261124T170000",
                        "040000008200E00074C5B7101A82E00800000000A03C2F1E9C77DC01000000000000000010000000F4B1",
                        "Zweitgespräch Felix Hoffmann", "matthias.kuehn@hafenkante-data.de", "Matthias Kühn",
                        "20261118T122210Z", location="Hafenkante Data\\, Besprechungsraum Rheinblick",
                        desc="Hallo Herr Hoffmann\\,\\nanbei wie besprochen die Einladung zu unserem Zweitgespräch.")
    hs = head(addr("Matthias Kühn", "matthias.kuehn@hafenkante-data.de"), "Zweitgespräch Felix Hoffmann",
              "2026-11-18 13:22:10", "<FR3P281MB2190D5E4A8B3C1F70E62A49DD1B3@FR3P281MB2190.DEUP281.PROD.OUTLOOK.COM>",
              "DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2098.outbound.protection.outlook.com [40.107.135.98])",
              extra=(("Thread-Topic", enc("Zweitgespräch Felix Hoffmann")),
                     ("Thread-Index", "AdtZ0v4Nq7pR2sWkQ8e3H1cLmT5yBw=="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, cte="quoted-printable")))


@pos(14, family="workday", lang="de", kind="scheduled", local="Mon 2026-12-07 13:00",
     local_end="2026-12-07 14:00", contact="sabine.krueger@nr-chemielogistik.de",
     company="Niederrhein Chemielogistik",
     note="Workday 'Interview geplant' in German: 'Mo., 7. Dez. 2026, 13:00–14:00 MEZ' -> CET (UTC+1) -> "
          "12:00-13:00Z; ICS in UTC agrees; From is the tenant's Workday address, contact = the "
          "recruiter's address in the body")
def m14():
    body = t("""
        Guten Tag Felix Hoffmann,

        Ihr Vorstellungsgespräch für die Stelle R-04417 Data Engineer Supply Chain (w/m/d) wurde
        geplant.

        Termin:        Mo., 7. Dez. 2026, 13:00–14:00 MEZ
        Art:           Videokonferenz (Microsoft Teams, Link folgt separat)
        Interviewer:   Sabine Krüger, Ralf Heimes

        Eine Kalenderdatei ist dieser Nachricht beigefügt. Bei Rückfragen wenden Sie sich bitte
        an Ihre Ansprechpartnerin Sabine Krüger (sabine.krueger@nr-chemielogistik.de).

        Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Niederrhein Chemielogistik AG
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:13px">
        <p>Guten Tag Felix Hoffmann,</p>
        <p>Ihr Vorstellungsgespräch für die Stelle R-04417 Data Engineer Supply Chain (w/m/d) wurde geplant.</p>
        <table border="0" cellpadding="3" style="font-size:13px">
        <tr><td><b>Termin:</b></td><td>Mo., 7. Dez. 2026, 13:00–14:00 MEZ</td></tr>
        <tr><td><b>Art:</b></td><td>Videokonferenz (Microsoft Teams, Link folgt separat)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Sabine Krüger, Ralf Heimes</td></tr>
        </table>
        <p>Eine Kalenderdatei ist dieser Nachricht beigefügt. Bei Rückfragen wenden Sie sich bitte an Ihre
        Ansprechpartnerin Sabine Krüger (<a href="mailto:sabine.krueger@nr-chemielogistik.de">sabine.krueger@nr-chemielogistik.de</a>).</p>
        <p>Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Niederrhein Chemielogistik AG</p>
        </div></body></html>
        """).replace("–", "-")
    body = body.replace("–", "-")
    ics = _utc_ics("-//Workday//Workday Calendar//EN", "REQUEST", "20261207T120000Z", "20261207T130000Z",
                   "WD-INTV-5a1e83c0f7d24b1f@myworkday.com", "Vorstellungsgespraech - R-04417 Data Engineer Supply Chain",
                   None, None, "20261201T131002Z", "Videokonferenz (Microsoft Teams)")
    hs = head(addr("Niederrhein Chemielogistik AG", "nrcl@myworkday.com"),
              "Ihr Vorstellungsgespräch wurde geplant: R-04417 Data Engineer Supply Chain",
              "2026-12-01 14:10:02", "<1264881935.88213.1796130602114@wd5-prod-mail-app23.myworkday.com>",
              "wd5-mta-out06.myworkday.com (wd5-mta-out06.myworkday.com [216.17.174.36])",
              charset="iso-8859-15")
    return message(hs, mixed(alt(text(body, charset="iso-8859-15"), html(htm, charset="iso-8859-15")),
                             calendar(ics, method="REQUEST", filename="Interview.ics", disposition="attachment")))


@pos(15, family="softgarden", lang="de", kind="scheduled", local="Wed 2026-12-02 09:30",
     contact="dominik.puetz@eifeltor-logistik.de", company="Eifeltor Logistikzentrum",
     note="softgarden invitation: 'Mittwoch, 02.12.2026 um 9:30 Uhr' -> CET (UTC+1) -> 08:30Z; the attached "
          "ICS is an all-day event (VALUE=DATE) on 2 Dec, so the time comes only from the text; no length "
          "-> end null; contact = the hiring manager's address in the body")
def m15():
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <div style="max-width:620px">
        <p>Sehr geehrter Herr Hoffmann,</p>
        <p>herzlichen Dank für Ihr Interesse an der Position <b>Senior Data Engineer Lagerlogistik (m/w/d)</b>.
        Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:</p>
        <p style="background:#f1f5f9;padding:12px"><b>Mittwoch, 02.12.2026 um 9:30 Uhr</b><br>
        Eifeltor Logistikzentrum GmbH, Verwaltungsgebäude, Eifeltorstraße 30, 50997 Köln</p>
        <p>Ihr Gesprächspartner ist Herr Dominik Pütz (Leiter IT &amp; Daten). Fragen zum Ablauf beantwortet er
        Ihnen gern auch vorab unter <a href="mailto:dominik.puetz@eifeltor-logistik.de">dominik.puetz@eifeltor-logistik.de</a>.</p>
        <p>Bitte beachten Sie: Für das Betreten des Geländes benötigen Sie Sicherheitsschuhe nur, wenn Sie an der
        anschließenden Lagerführung teilnehmen möchten.</p>
        <p>Wir freuen uns auf Sie!</p>
        <p>Mit freundlichen Grüßen<br>Ihr Team der Eifeltor Logistikzentrum GmbH</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde über softgarden versendet. Antworten auf diese
        E-Mail werden Ihrer Bewerbung zugeordnet.</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Calendar Export//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:sg-appointment-77120934@softgarden.io
DTSTAMP:20261126T104512Z
DTSTART;VALUE=DATE:20261202
DTEND;VALUE=DATE:20261203
SUMMARY:Vorstellungsgespräch Eifeltor Logistikzentrum (9:30 Uhr)
LOCATION:Eifeltorstraße 30\\, 50997 Köln
DESCRIPTION:Senior Data Engineer Lagerlogistik (m/w/d)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Eifeltor Logistikzentrum GmbH", "noreply@mail.softgarden.io"),
              "Einladung zum Vorstellungsgespräch: Senior Data Engineer Lagerlogistik (m/w/d)",
              "2026-11-26 11:45:20", "<sg.4f7c19e2a6b04d31.1795862720@mail.softgarden.io>",
              "out3.mail.softgarden.io (out3.mail.softgarden.io [185.71.8.23])",
              extra=(("Reply-To", "reply+a77120934.9c2f@reply.softgarden.io"),))
    return message(hs, mixed(html(htm), calendar(ics, method="PUBLISH", filename="termin.ics",
                                                 disposition="attachment", cte="base64")))


@pos(16, family="ashby", lang="en", kind="scheduled", local="Thu 2026-12-10 14:00",
     local_end="2026-12-10 15:00", zone="Europe/London", contact="priya.raman@tidewell.co.uk",
     company="Tidewell Labs",
     note="Ashby confirmation from a remote UK team: '2:00 PM - 3:00 PM GMT' on Thu 10 Dec -> 14:00-15:00Z "
          "(15:00 in Cologne, not 14:00); ICS in UTC agrees; contact = human Reply-To")
def m16():
    body = t("""
        Hi Felix,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, December 10, 2026, 2:00 PM - 3:00 PM GMT
        Google Meet: https://meet.google.com/pqa-zbtw-nhe

        You'll meet with:
          Oliver Hartley - Staff Data Engineer
          Nia Osei - Engineering Manager, Freight Data

        Format: a system-design conversation about ingesting carrier telematics at scale.

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Tidewell Labs Recruiting
        """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Felix,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Thursday, December 10, 2026, 2:00 PM - 3:00 PM GMT</b><br>
        <a href="https://meet.google.com/pqa-zbtw-nhe">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Oliver Hartley - Staff Data Engineer<br>
        &nbsp;&nbsp;Nia Osei - Engineering Manager, Freight Data</p>
        <p>Format: a system-design conversation about ingesting carrier telematics at scale.</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Tidewell Labs Recruiting</p>
        </body></html>
        """)
    ics = _utc_ics("-//Ashby//Ashby Scheduling//EN", "REQUEST", "20261210T140000Z", "20261210T150000Z",
                   "3e9b07c1-52af-4d1e-8c60-a7f4d2b91e05", "Tidewell Labs - Data Engineer Interview",
                   "priya.raman@tidewell.co.uk", "Priya Raman", "20261204T160219Z",
                   "Google Meet: https://meet.google.com/pqa-zbtw-nhe", "Google Meet")
    hs = head(addr("Tidewell Labs", "no-reply@ashbyhq.com"),
              "Interview confirmed: Data Engineer at Tidewell Labs",
              "2026-12-04 16:02:19", "<01000193a4d2f7b1-8c3e5a20-4b1d-4f77-a9e2-61c0d8b3f5e4-000000@email.amazonses.com>",
              "mail.ashbyhq.com (mail.ashbyhq.com [54.240.9.120])", zone="Europe/London",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@tidewell.co.uk")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(htm, cte="base64")),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@pos(17, family="goodtime", lang="en", kind="rescheduled", local="Wed 2026-12-09 09:00",
     local_end="2026-12-09 10:00", zone="Pacific/Auckland", contact="aroha.ngata@kahufreight.co.nz",
     company="Kahu Freight Systems",
     note="GoodTime reschedule from an Auckland team, sent Fri 4 Dec 08:30 NZDT (= Thu 3 Dec 19:30Z): old "
          "Tue 8 Dec 9:00 AM NZDT, new Wed 9 Dec 9:00-10:00 AM NZDT (UTC+13) -> Tue 8 Dec 20:00-21:00Z, "
          "i.e. Tuesday 9 PM in Cologne as the mail says: the local date is a day later than the UTC date; "
          "ICS (TZID Pacific/Auckland) agrees; contact = human Reply-To (coordinator)",
     days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")))
def m17():
    body = t("""
        Kia ora Felix,

        Your interview with Kahu Freight Systems has been rescheduled.

        Was:  Tuesday, 8 December 2026, 9:00 AM - 10:00 AM NZDT
        Now:  Wednesday, 9 December 2026, 9:00 AM - 10:00 AM NZDT
              (that's Tuesday, 8 December, 9:00 PM - 10:00 PM CET for you in Cologne)

        Interviewers: Tama Wiremu (Principal Engineer), Grace Liu (Data Platform Lead)
        Where: Zoom - https://kahufreight.zoom.us/j/84512093377?pwd=Wk1RbG5xT3pBdlF

        Thanks for being flexible with the late evening on your side - we really appreciate it.

        Ngā mihi,
        Aroha Ngata
        Recruiting Coordinator, Kahu Freight Systems

        Scheduled with GoodTime. Manage your interview: https://app.goodtime.io/candidate/k8Qz1TfR
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Candidate Invite//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:gt-7731c0e9a4b2@goodtime.io
DTSTAMP:20261203T193015Z
DTSTART;TZID=Pacific/Auckland:20261209T090000
DTEND;TZID=Pacific/Auckland:20261209T100000
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Kahu Freight Systems - Data Engineer Interview (Felix Hoffmann)
LOCATION:https://kahufreight.zoom.us/j/84512093377
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kahufreight.co.nz
ATTENDEE;CN=Felix Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Aroha Ngata via GoodTime", "no-reply@goodtime.io"),
              "Rescheduled: Kahu Freight Systems interview - Wed 9 Dec, 9:00 AM NZDT",
              "2026-12-04 08:30:15", "<gt.4b81e0f3a7c9.1764790215@mail.goodtime.io>",
              "o3.mail.goodtime.io (o3.mail.goodtime.io [168.245.62.19])", zone="Pacific/Auckland",
              extra=(("Reply-To", addr("Aroha Ngata", "aroha.ngata@kahufreight.co.nz")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment")))


@pos(18, family="human_prose", lang="de", kind="scheduled", local="Thu 2026-12-03 11:00",
     contact="hp.schmitz@suedstadt-kurier.de", company="Südstadt Kurier",
     note="Phone-written Rhineland reply sent Mon 30 Nov: 'Dann Donnerstag um 11 Uhr' = Thu 3 Dec 11:00 CET "
          "(UTC+1) -> 10:00Z; the quoted mail only offers Thursday morning from 10; no length -> end null; "
          "contact = human sender",
     days=(("Thu", "2026-12-03"),))
def m18():
    body = t("""
        Jo Felix, passt! Dann Donnerstag um 11 Uhr bei uns im Büro, Severinstraße 12,
        Hinterhuas. Einfach klingeln, ich hol dich unten ab. Kaffe steht bereit 😉

        Gruß HP

        Von meinem iPhone gesendet

        > Am 30.11.2026 um 16:51 schrieb Felix Hoffmann <felix.hoffmann@example.org>:
        >
        > Hallo Herr Schmitz,
        >
        > vielen Dank für Ihren Anruf heute Mittag. Donnerstag Vormittag würde mir sehr gut
        > passen, gerne ab 10 Uhr.
        >
        > Viele Grüße
        > Felix Hoffmann
        """)
    hs = head(addr("Hans-Peter Schmitz", "hp.schmitz@suedstadt-kurier.de"),
              "Re: Bewerbung Data Engineer / Disposition", "2026-11-30 18:05:47",
              "<A7F2C3E1-9B4D-4E58-8F01-2D6C7B3A9E40@suedstadt-kurier.de>",
              "smtp.strato.example (smtp.strato.example [198.51.100.31])",
              extra=(("In-Reply-To", "<b2e07c94-1f3a-4d8e-9c55-0a7e1f2d6b33@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body))


@pos(19, family="human_prose", lang="de", kind="rescheduled", local="Fri 2026-12-04 09:00",
     contact="b.hambloch@bergisch-warenlogistik.de", company="Bergisch Warenlogistik",
     note="Sie-mail, iso-8859-15 QP, sent Wed 25 Nov: old slot 'Freitag, 27.11., um 10 Uhr', new slot "
          "'Freitag, den 4.12., um 9 Uhr' already entered ('eingetragen') -> 09:00 CET -> 08:00Z; 'wieder "
          "etwa eine Stunde' is approximate -> end null; contact = human sender",
     days=(("Fri", "2026-11-27"), ("Fri", "2026-12-04")))
def m19():
    body = t("""
        Sehr geehrter Herr Hoffmann,

        leider muss ich unser für Freitag, 27.11., um 10 Uhr geplantes Gespräch verschieben: Unser
        Bereichsleiter Herr Wirtz muss kurzfristig zu einem Kunden nach Rotterdam.

        Ich habe uns stattdessen für Freitag, den 4.12., um 9 Uhr eingetragen - gleicher Ort
        (Porz-Lind, Empfang Halle 3), gleiche Runde, wieder etwa eine Stunde. Sollte Ihnen das
        gar nicht passen, melden Sie sich bitte kurz, dann finden wir eine andere Lösung.

        Entschuldigen Sie bitte die Umstände.

        Mit freundlichen Grüßen

        Birgit Hambloch
        Personalleitung

        Bergisch Warenlogistik GmbH
        Frankfurter Straße 610 · 51145 Köln
        Tel. 02203 555 180
        Geschäftsführer: Uwe Bergmann · Stammkapital 250.000 €
        """)
    hs = head(addr("Birgit Hambloch", "b.hambloch@bergisch-warenlogistik.de", "iso-8859-15"),
              "Verschiebung unseres Gesprächs am Freitag", "2026-11-25 08:51:36",
              "<000001db3f0c$7a2e4b10$6e8ae130$@bergisch-warenlogistik.de>",
              "mail.bergisch-warenlogistik.de (mail.bergisch-warenlogistik.de [203.0.113.58])",
              charset="iso-8859-15",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtfBXq2Xb3mRkYhQ0a1nW4p7vC9Zg=="),
                     ("Content-Language", "de")))
    return message(hs, text(body, charset="iso-8859-15"))


@pos(20, family="google_calendar", lang="en", kind="rescheduled", local="Tue 2026-12-15 10:00",
     local_end="2026-12-15 11:30", contact="maarten.claes@lumenhaven.eu", company="Lumenhaven",
     note="Google Calendar 'Updated invitation' (SEQUENCE 1): moved from Mon 14 Dec to Tue 15 Dec, "
          "10am-11:30am CET (Europe/Berlin, UTC+1) -> 09:00-10:30Z; ICS agrees; contact = ORGANIZER",
     days=(("Mon", "2026-12-14"), ("Tue", "2026-12-15")))
def m20():
    summary = "Final round - Felix Hoffmann / Lumenhaven"
    body = t(f"""
        This event has been updated
        Changed: time

        {summary}
        Tuesday Dec 15, 2026 ⋅ 10am – 11:30am
        Central European Time - Berlin

        Moving us from Monday to Tuesday, same time - sorry, our CTO's flight got changed.
        Agenda: 30 min case study walkthrough, 45 min with Elif and Tom, 15 min your questions.
        -Maarten

        Join with Google Meet
        https://meet.google.com/rje-hmfa-qwd

        Guests
        Maarten Claes - organizer
        Elif Arslan
        Tom Verbeke
        felix.hoffmann@example.org

        Reply for felix.hoffmann@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=Nm1wZ&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=Nm1wZ&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=Nm1wZ&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.
        """)
    htm = t(f"""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="color:#d93025;font-size:14px">This event has been updated</div>
        <h2 style="font-size:22px;font-weight:400">{summary}</h2>
        <div><span style="background:#fce8e6">Tuesday Dec 15, 2026 &#8901; 10am &ndash; 11:30am</span> (Central European Time - Berlin)</div>
        <p>Moving us from Monday to Tuesday, same time - sorry, our CTO's flight got changed.<br>
        Agenda: 30 min case study walkthrough, 45 min with Elif and Tom, 15 min your questions.<br>-Maarten</p>
        <p><a href="https://meet.google.com/rje-hmfa-qwd">Join with Google Meet</a></p>
        <div><b>Guests</b><br>Maarten Claes - organizer<br>Elif Arslan<br>Tom Verbeke<br>felix.hoffmann@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = _gcal_ics("REQUEST", 1, "20261215T100000", "20261215T113000", "6mp0aq2b9c1r7t4k3v8e5d0s@google.com",
                    summary, "maarten.claes@lumenhaven.eu", "Maarten Claes",
                    [("maarten.claes@lumenhaven.eu", "ACCEPTED"), ("elif.arslan@lumenhaven.eu", "NEEDS-ACTION"),
                     ("tom.verbeke@lumenhaven.eu", "ACCEPTED"), (ME, "ACCEPTED")], "20261209T100412Z",
                    "Moving us from Monday to Tuesday\\, same time.", "https://meet.google.com/rje-hmfa-qwd")
    subj = ("Updated invitation: Final round - Felix Hoffmann / Lumenhaven @ Tue Dec 15, 2026 10am - 11:30am "
            "(CET) (felix.hoffmann@example.org)")
    hs = head(addr("Maarten Claes", "maarten.claes@lumenhaven.eu"), subj, "2026-12-09 11:04:12",
              "<calendar-b1f3e6a0-24c8-4d9b-8e7a-90c1d5f2a6b3@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Maarten Claes", "maarten.claes@lumenhaven.eu"))))
    return message(hs, mixed(
        alt(text(body), html(htm), calendar(ics, method="REQUEST")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                 disposition="attachment", cte="base64", name_param=True)))


@pos(21, family="exchange", lang="de", kind="cancelled", local="Thu 2026-10-08 14:00",
     local_end="2026-10-08 15:00", contact="joerg.lindlar@rheinaue-energielogistik.de",
     company="Rheinaue Energielogistik",
     note="Exchange 'Abgesagt:' with METHOD:CANCEL: the cancelled slot Thu 8 Oct 14:00-15:00; the body's "
          "'(UTC+01:00) Amsterdam, Berlin...' label shows the standard offset, but 8 October is CEST (UTC+2) "
          "-> 12:00-13:00Z, as the ICS says; a new date is only promised, not given -> cancelled; contact = "
          "organizer/sender")
def m21():
    body = t("""
        Sehr geehrter Herr Hoffmann,

        leider müssen wir das Gespräch am Donnerstag absagen – die Stelle wird aufgrund einer
        internen Umstrukturierung neu zugeschnitten. Wir melden uns in den nächsten Tagen mit
        einem neuen Terminvorschlag, sobald die Stellenbeschreibung final ist.

        Mit freundlichen Grüßen
        Jörg Lindlar

        Wann: Donnerstag, 8. Oktober 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Rheinaue Energielogistik, Ludwig-Erhard-Allee 20, Bonn / Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*
        """)
    ics = _exchange_ics("CANCEL", "20261008T140000", "20261008T150000",
                        "040000008200E00074C5B7101A82E00800000000F0A3D19C3E49DC01000000000000000010000000B7C9",
                        "Abgesagt: Vorstellungsgespräch Data Engineer (Felix Hoffmann)",
                        "joerg.lindlar@rheinaue-energielogistik.de", "Lindlar\\, Jörg", "20261005T061540Z",
                        seq=1, status="CANCELLED",
                        location="Rheinaue Energielogistik\\, Bonn / Microsoft Teams-Besprechung",
                        desc="Sehr geehrter Herr Hoffmann\\,\\nleider müssen wir das Gespräch am Donnerstag absagen.")
    ics = ics.replace("PRIORITY:5", "PRIORITY:1")
    hs = head(addr("Lindlar, Jörg", "joerg.lindlar@rheinaue-energielogistik.de"),
              "Abgesagt: Vorstellungsgespräch Data Engineer (Felix Hoffmann)", "2026-10-05 08:15:40",
              "<BE1P281MB2733E0F1C6A94D28B5E3C1A07F92@BE1P281MB2733.DEUP281.PROD.OUTLOOK.COM>",
              "DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2105.outbound.protection.outlook.com [40.107.127.105])",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Data Engineer (Felix Hoffmann)")),
                     ("Thread-Index", "AdtXq9c0Tn5eR3kVQ1mJ8bL2yFh7Ug=="),
                     ("Importance", "high"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@pos(22, family="recruitee", lang="en", kind="cancelled", local="Fri 2026-11-20 13:00",
     local_end="2026-11-20 13:45", zone="Europe/Amsterdam", contact="femke.smit@noordkaap.nl",
     company="Noordkaap Freight",
     note="Recruitee cancellation: 'Friday, 20 November 2026, 13:00 - 13:45 (CET)' cancelled, 'we'll get back "
          "to you to find a new time' -> cancelled, no new time; CET (UTC+1) -> 12:00-12:45Z; ICS "
          "METHOD:CANCEL in UTC agrees; contact = the recruiter's address in the signature",
     days=(("Fri", "2026-11-20"),))
def m22():
    body = t("""
        Hi Felix,

        Unfortunately we need to cancel your interview for Data Engineer (Fleet Analytics)
        scheduled for Friday, 20 November 2026, 13:00 - 13:45 (CET). Our hiring manager is
        out sick this week.

        We're still very keen to talk to you and will get back to you to find a new time as soon
        as she's back. Sorry for the inconvenience!

        Best regards,
        Femke Smit
        Talent Acquisition | Noordkaap Freight
        femke.smit@noordkaap.nl
        """)
    htm = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial,sans-serif">')
    ics = _utc_ics("-//Recruitee//Recruitee Events//EN", "CANCEL", "20261120T120000Z", "20261120T124500Z",
                   "event-2219043@recruitee.com", "Interview: Data Engineer (Fleet Analytics) - Felix Hoffmann",
                   None, None, "20261116T162007Z", "", "Google Meet", seq=1, status="CANCELLED")
    hs = head(addr("Noordkaap Freight", "noreply@recruitee.com"),
              "Cancelled: Interview for Data Engineer (Fleet Analytics)", "2026-11-16 17:20:07",
              "<msg-9a41c7e2-0d5b-4f3c-b812-6e7f0a2d91c5@recruitee.com>",
              "smtp-out2.recruitee.com (smtp-out2.recruitee.com [185.85.0.142])",
              extra=(("Reply-To", "c-5531872-reply@inbound.recruitee.com"),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@pos(23, family="join", lang="de", kind="cancelled", local="Thu 2026-12-10 16:00",
     contact="m.esser@domblick-cargo.de", company="Domblick Cargo",
     note="JOIN message, sent Tue 8 Dec: the interview 'am Donnerstag, 10.12., um 16 Uhr' is cancelled "
          "because the role was filled internally -> cancelled, no new time; CET (UTC+1) -> 15:00Z; From "
          "is JOIN's no-reply, contact = the hiring manager's address in the signature",
     days=(("Thu", "2026-12-10"),))
def m23():
    body = t("""
        Neue Nachricht von Domblick Cargo GmbH zu Ihrer Bewerbung als Data Engineer (m/w/d)
        ---------------------------------------------------------------------------

        Hallo Herr Hoffmann,

        leider muss ich Ihnen mitteilen, dass wir unser Gespräch am Donnerstag, 10.12., um
        16 Uhr absagen müssen: Die Position wurde kurzfristig intern besetzt. Das tut mir
        wirklich leid, zumal Sie schon so viel Zeit investiert haben.

        Ich würde Sie gern in unserem Talent-Pool behalten, falls wir im Frühjahr wie geplant
        ein zweites Data-Team aufbauen.

        Beste Grüße
        Markus Esser
        Head of IT, Domblick Cargo GmbH
        m.esser@domblick-cargo.de

        ---------------------------------------------------------------------------
        Antworten Sie direkt in JOIN: https://join.com/candidate/messages/8830127
        Sie erhalten diese E-Mail, weil Sie sich über JOIN beworben haben.
        """)
    hs = head(addr("Domblick Cargo GmbH über JOIN", "noreply@join.com"),
              "Neue Nachricht zu Ihrer Bewerbung: Data Engineer (m/w/d)", "2026-12-08 10:37:51",
              "<0102019a3c7e5f21-d6b8a4e0-3f91-4c2d-a5e7-81b0c9f4d263-000000@eu-west-1.amazonses.com>",
              "a6-214.smtp-out.eu-west-1.amazonses.com (a6-214.smtp-out.eu-west-1.amazonses.com [54.240.6.214])")
    return message(hs, text(body, cte="base64"))


# =========================================================================== negatives (24-50)


@neg(24, family="rejection", lang="de", company="Rheinufer Digital",
     note="Workable rejection after an interview that already happened ('unser Gespräch am Dienstag'); no "
          "upcoming interview",
     days=(("Tue", "2026-09-22"),))
def m24():
    body = t("""
        Hallo Felix,

        vielen Dank noch einmal für das angenehme Gespräch am Dienstag, 22.09., und die Zeit, die
        du dir für uns genommen hast.

        Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Person
        entschieden, die schon mehr Erfahrung mit Streaming auf Azure mitbringt. Für die Stelle als
        Data Engineer (m/w/d) können wir dir deshalb leider kein Angebot machen.

        Wenn du einverstanden bist, behalten wir dein Profil für zwölf Monate in unserem
        Talentpool.

        Alles Gute für deine weitere Suche!
        Nele Kremer
        People & Culture, Rheinufer Digital
        """)
    hs = head(addr("Nele Kremer - Rheinufer Digital", "noreply@candidates.workablemail.com"),
              "Deine Bewerbung bei Rheinufer Digital", "2026-09-29 15:02:10",
              "<20260929130210.1.a3f7c1e29b@candidates.workablemail.com>",
              "mail-a3.workablemail.com (mail-a3.workablemail.com [198.21.6.114])",
              extra=(("Reply-To", "rheinufer-digital+c9b13f7e21@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(25, family="offer", lang="en", company="Kranhaus Mobility",
     note="Greenhouse offer letter (thread with the Kranhaus Mobility interview); it books a fixed 'walk "
          "through the package' call on Monday at 17:00, which is not an interview",
     days=(("Fri", "2026-10-23"), ("Mon", "2026-10-19")))
def m25():
    body = t("""
        Hi Felix,

        I'm delighted to share that we'd like to offer you the position of Senior Data Engineer
        (Logistics Platform) at Kranhaus Mobility! Your offer letter is available to review and
        sign here:

        https://app.greenhouse.io/offers/review/8d3a1f70c2b9

        Highlights: start date 1 January 2027 (or later by agreement), 30 days of holiday,
        hybrid setup with two office days in the Rheinauhafen.

        I've put 20 minutes in your calendar for Monday (19 October) at 17:00 so Moritz and I can
        walk you through the package and answer any questions. We'd appreciate your decision by
        Friday, 23 October.

        Congratulations again - the whole panel was impressed.

        Best,
        Jana
        """)
    hs = head(addr("Kranhaus Mobility", "no-reply@us.greenhouse-mail.io"),
              "Your offer from Kranhaus Mobility", "2026-10-14 16:40:05",
              "<T2ZmZXJfc2VudF84ZDNhMWY3MGMy@geopod-ismtpd-3>",
              "o7.ptr1182.us.greenhouse-mail.io (o7.ptr1182.us.greenhouse-mail.io [149.72.131.8])",
              extra=(("Reply-To", addr("Jana Wirtz", "jana.wirtz@kranhaus-mobility.de")),
                     ("X-SG-EID", "u001.Qm9Rt2xYk4Vb7Lp0sNcA1dEh")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(26, family="application_receipt", lang="en", company="Schelde Port Systems",
     note="iCIMS application acknowledgement; says recruiters may contact him to schedule an interview, "
          "nothing fixed")
def m26():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Felix,</p>
        <p>Thank you for your interest in Schelde Port Systems and for applying to the position
        <b>Senior Data Engineer - Terminal Operations (Req ID 2026-3318)</b> in Brussels.</p>
        <p>We have received your application. Our recruiting team reviews every application carefully.
        If your qualifications match the requirements of the role, a recruiter will contact you to
        schedule an interview. Due to the high number of applications this may take up to three weeks.</p>
        <p>You can check the status of your application at any time in our candidate portal:<br>
        <a href="https://careers-scheldeport.icims.com/jobs/candidate/dashboard">careers-scheldeport.icims.com</a></p>
        <p>Kind regards,<br>Talent Acquisition Team<br>Schelde Port Systems NV</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
        </body></html>
        """)
    hs = head(addr("Schelde Port Systems", "scheldeport@talent.icims.com"),
              "Thank you for applying - Senior Data Engineer - Terminal Operations",
              "2026-10-06 22:14:51", "<1759781691.3318.0.JavaMail.icims@app-mail-21.icims.com>",
              "mail21.icims.com (mail21.icims.com [64.95.72.21])")
    return message(hs, html(htm, charset="windows-1252"))


@neg(27, family="job_alert", lang="de", company=None,
     note="Job-board alert listing new roles; mentions 'Vorstellungsgespräch' only in a tip box; platform -> "
          "company null")
def m27():
    htm = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Jobagent</title></head>
        <body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:20px;background:#0b5fff;color:#fff;font-size:20px">Stellenradar Jobagent</td></tr>
        <tr><td style="padding:20px;font-size:14px;color:#222">
        <p>Hallo Felix,</p>
        <p>es gibt <b>9 neue Jobs</b> für deine Suche <b>„Data Engineer“ in Köln (+ 50 km)</b>:</p>
        <p><a href="https://www.stellenradar.example/job/118233"><b>Data Engineer Logistik (m/w/d)</b></a><br>
        Lippeland Transporte GmbH · Leverkusen · vor 1 Tag</p>
        <p><a href="https://www.stellenradar.example/job/118241"><b>Analytics Engineer (w/m/d) – Supply Chain</b></a><br>
        Ahrweiler Frischedienst · Bonn · vor 2 Tagen</p>
        <p><a href="https://www.stellenradar.example/job/118260"><b>Senior Data Engineer – Remote möglich</b></a><br>
        Kölsch Cloud Services · Köln · Neu</p>
        <p><a href="https://www.stellenradar.example/job/118274"><b>BI Developer Transportmanagement</b></a><br>
        Siegblick Logistik AG · Troisdorf · vor 3 Tagen</p>
        <p><a href="https://www.stellenradar.example/search?id=55120">Alle 9 Jobs ansehen</a></p>
        <div style="background:#f5f7fa;padding:12px;margin-top:16px">
        <b>Tipp der Woche:</b> Bald ein Vorstellungsgespräch? Unsere Checkliste zeigt, welche
        Fragen am häufigsten gestellt werden – und wie du in 30 Minuten überzeugst.
        </div>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#888">Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast.
        <a href="https://www.stellenradar.example/jobagent/abmelden">Abmelden</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("Stellenradar Jobagent", "jobagent@mail.stellenradar.example"),
              "9 neue Jobs für „Data Engineer“ in Köln", "2026-10-07 06:30:00",
              "<jobagent.55120.20261007043000@mail.stellenradar.example>",
              "mta4.mail.stellenradar.example (mta4.mail.stellenradar.example [203.0.113.140])",
              extra=(("List-Unsubscribe", "<https://www.stellenradar.example/jobagent/abmelden?id=55120>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, html(htm))


@neg(28, family="newsletter_tips", lang="de", company=None,
     note="Tech newsletter whose lead article is about preparing for an interview 'am Montag um 10 Uhr' "
          "(an example) and which advertises a meetup; no interview for Felix",
     days=(("Thu", "2026-11-26"),))
def m28():
    body = t("""
        DATENHANDWERK – der Newsletter für Data Engineers | Ausgabe 47

        Moin zusammen,

        diese Woche dreht sich alles ums Bewerben.

        1) Dein Vorstellungsgespräch ist am Montag um 10 Uhr? So nutzt du das Wochenende
           Unsere Autorin Svenja hat 14 Tech-Interviews in drei Monaten geführt. Ihr Fazit: Wer
           die Pipeline seines letzten Projekts in fünf Minuten am Whiteboard erklären kann,
           hat die halbe Miete. Plus: die zehn häufigsten SQL-Fragen.
           → https://datenhandwerk.example/blog/interview-wochenende

        2) Gehaltsreport 2026: Was Data Engineers in NRW verdienen
           → https://datenhandwerk.example/blog/gehaltsreport-2026

        3) Community: Unser nächstes Meetup findet am Donnerstag, 26.11., um 18:30 Uhr in
           Düsseldorf statt – Thema „dbt in der Intralogistik“. Anmeldung über die Website.

        Schönes Wochenende!
        Ole vom Datenhandwerk

        --
        Du bekommst diesen Newsletter, weil du dich auf datenhandwerk.example angemeldet hast.
        Abmelden: https://datenhandwerk.example/newsletter/abmelden?u=f3a81c
        """)
    hs = head(addr("Datenhandwerk", "newsletter@datenhandwerk.example"),
              "Interview am Montag? So nutzt du das Wochenende | Datenhandwerk #47",
              "2026-11-13 07:00:03", "<20261113060003.47.f3a81c@datenhandwerk.example>",
              "mail.datenhandwerk.example (mail.datenhandwerk.example [198.51.100.77])",
              extra=(("List-Id", "Datenhandwerk Newsletter <newsletter.datenhandwerk.example>"),
                     ("List-Unsubscribe", "<https://datenhandwerk.example/newsletter/abmelden?u=f3a81c>"),
                     ("Precedence", "list")))
    return message(hs, text(body, cte="8bit"))


@neg(29, family="scheduling_link", lang="en", company="Polderline",
     note="Recruiter asks Felix to pick a 30-minute slot via a Calendly link; no time fixed yet")
def m29():
    body = t("""
        Hi Felix,

        Thanks for applying to the Data Engineer role at Polderline - we'd love to set up a first
        30-minute call with our Head of Data, Ruben.

        Please grab whichever slot suits you best here (the calendar shows times in your own time
        zone): https://calendly.com/polderline-talent/intro-data-engineer

        Slots are open next Tuesday through Thursday; if none of them work, just reply with a few
        options and I'll make it happen.

        Best,
        Isa Mulder
        Talent Partner | Polderline
        """)
    hs = head(addr("Isa Mulder", "isa.mulder@polderline.com"), "Polderline - let's find a time to chat",
              "2026-10-20 14:26:48", "<CAN4xK0fQ2+Lr7mTzWb=8Jd1pV3cH5sY9eA@mail.gmail.com>",
              "mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", zone="Europe/Amsterdam")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@neg(30, family="recruiter_outreach", lang="de", company="Kranich Personalberatung",
     note="Agency recruiter's 'kurzer Call' outreach; asks when Felix has time, nothing fixed")
def m30():
    body = t("""
        Hi Felix,

        ich bin über dein Profil gestolpert und finde deinen Hintergrund in der
        Transportlogistik super spannend. Ich betreue gerade eine Data-Engineering-Stelle bei
        einem Kunden aus der Kontraktlogistik in Köln-Niehl (100 % remote möglich, 75–85k).

        Hättest du Lust auf einen kurzen Call, 15 Minuten reichen völlig? Sag mir einfach, wann es
        dir nächste Woche passt – ich richte mich da ganz nach dir.

        Liebe Grüße
        Vanessa

        Vanessa Thelen
        Senior Consultant IT & Data
        Kranich Personalberatung GmbH · Mediapark 8 · 50670 Köln
        Mobil: 0172 555 4481
        """)
    hs = head(addr("Vanessa Thelen", "v.thelen@kranich-personal.de"), "Data Engineer @ Kontraktlogistik Köln?",
              "2026-09-09 12:03:55", "<DU2PR04MB8792F1A3C6E0B47D92C5A8E31B07@DU2PR04MB8792.eurprd04.prod.outlook.com>",
              "EUR04-DU2-obe.outbound.protection.outlook.com (mail-du2eur04on2107.outbound.protection.outlook.com [40.107.12.107])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(31, family="proposed_times", lang="de", company="Siegtal Logistik",
     note="Recruiter proposes two slots ('Würde Ihnen ... passen?') and asks Felix to choose; nothing "
          "confirmed yet",
     days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def m31():
    body = t("""
        Sehr geehrter Herr Hoffmann,

        vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) bei der Siegtal Logistik. Ihr
        Profil hat uns überzeugt, und wir würden Sie gern kennenlernen.

        Würde Ihnen Dienstag, 20.10., um 10 Uhr passen? Alternativ hätten wir Mittwoch, 21.10.,
        um 14 Uhr im Angebot. Das Gespräch würde bei uns in Siegburg stattfinden und etwa eine
        Stunde dauern.

        Geben Sie mir bitte kurz Bescheid, welcher Termin Ihnen lieber ist, dann schicke ich Ihnen
        die Bestätigung mit Anfahrtsbeschreibung.

        Mit freundlichen Grüßen
        Carina Wolff
        Personalreferentin
        Siegtal Logistik GmbH & Co. KG
        """)
    hs = head(addr("Carina Wolff", "c.wolff@siegtal-logistik.de", "iso-8859-1"),
              "Ihre Bewerbung als Data Engineer (m/w/d) - Terminvorschlag", "2026-10-13 10:48:22",
              "<5d1e3f0a-7b2c-4e69-8a14-c0f9b2d6e3a7@siegtal-logistik.de>",
              "mout.kundenserver.example (mout.kundenserver.example [192.0.2.17])",
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@neg(32, family="job_centre", lang="de", company=None,
     note="Job-centre invitation to a counselling appointment (Meldetermin) at a fixed time, Di., 13.10. "
          "9:15 Uhr: an appointment about his job search, not a job interview",
     days=(("Tue", "2026-10-13"),))
def m32():
    body = t("""
        Sehr geehrter Herr Hoffmann,

        ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre berufliche Situation sprechen.

        Bitte kommen Sie am

            Dienstag, 13.10.2026, um 09:15 Uhr

        zu einem persönlichen Gespräch in das Jobcenter Köln, Standort Kalk, Kalker Markt 7,
        Etage 2, Zimmer 2.114.

        Bitte bringen Sie Ihren Personalausweis, Ihren aktuellen Lebenslauf und Nachweise über Ihre
        bisherigen Bewerbungen mit. Wenn Sie den Termin nicht wahrnehmen können, teilen Sie mir das
        bitte vorher unter Angabe des wichtigen Grundes mit.

        Dies ist eine Einladung nach § 309 SGB III. Die Rechtsfolgenbelehrung finden Sie im Anhang.

        Mit freundlichen Grüßen
        Im Auftrag
        Derya Öztürk
        Arbeitsvermittlung

        Diese Nachricht wurde automatisch über das Postfach in eServices versendet. Bitte antworten
        Sie nicht auf diese E-Mail.
        """)
    hs = head(addr("Jobcenter Köln", "noreply-eservices@jobcenter-koeln.example"),
              "Einladung zu einem persönlichen Gespräch am 13.10.2026", "2026-10-02 09:02:11",
              "<eservice.9842203.20261002070211@jobcenter-koeln.example>",
              "mx-out1.jobcenter-koeln.example (mx-out1.jobcenter-koeln.example [203.0.113.9])")
    return message(hs, text(body, charset="iso-8859-1"))


@neg(33, family="press_interview", lang="de", company=None,
     note="A journalist confirms a press interview with Felix (about his open-data side project) for Thu "
          "22.10. at 11:00; a fixed time but Felix is the interviewee of a newspaper, not a job candidate",
     days=(("Thu", "2026-10-22"),))
def m33():
    body = t("""
        Lieber Herr Hoffmann,

        vielen Dank, dass Sie sich Zeit für uns nehmen! Hiermit bestätige ich unser Interview am
        Donnerstag, 22.10., um 11 Uhr. Ich rufe Sie auf Ihrem Handy an; wir sollten mit etwa
        30 Minuten auskommen.

        Wie besprochen geht es um Ihr Projekt „Parkplatzradar A1“ und die Frage, warum
        Lkw-Fahrer zwischen Köln und Wuppertal nachts kaum noch einen Stellplatz finden. Ein
        Foto bräuchten wir ebenfalls – unsere Fotografin meldet sich separat.

        Die Zitate schicke ich Ihnen vor Veröffentlichung zur Freigabe.

        Herzliche Grüße
        Katrin Eschbach
        Redaktion Wirtschaft
        Rheinische Wirtschaftspost
        """)
    hs = head(addr("Katrin Eschbach", "k.eschbach@rwpost.example"), "Interview Parkplatzradar - Bestätigung",
              "2026-10-19 16:12:08", "<a0c4e1b7-2f9d-4b53-8e6a-17d3f5c9b2e0@rwpost.example>",
              "mail.rwpost.example (mail.rwpost.example [198.51.100.120])")
    return message(hs, text(body, charset="windows-1252"))


@neg(34, family="podcast", lang="en", company=None,
     note="Podcast recording confirmed for Tue 17 Nov 16:00-17:00 CET with an ICS; Felix is a guest on a "
          "podcast episode, not a job candidate",
     days=(("Tue", "2026-11-17"),))
def m34():
    body = t("""
        Hi Felix,

        Thrilled to have you on Data on the Move! Here's everything for our recording:

        When: Tuesday, 17 November 2026, 16:00-17:00 CET
        Where: Riverside studio - https://riverside.fm/studio/data-on-the-move?t=8d1c0f
        Episode: "Last-mile data: what breaks at 5 a.m."

        Tech check: wired headphones, a quiet room, Chrome. We'll spend the first 10 minutes on
        sound checks, then record about 40 minutes of interview. I've attached a calendar invite.

        The episode should go live in early December - I'll send you the link and some
        shareable clips.

        Cheers,
        Sophie Lambert
        Host & Producer, Data on the Move
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Fastmail/2020.5//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:2f6a81d3-9c0e-4b7a-b5d2-e38f0c1a4d96
DTSTAMP:20261110T093011Z
DTSTART;TZID=Europe/Berlin:20261117T160000
DTEND;TZID=Europe/Berlin:20261117T170000
SUMMARY:Podcast recording: Data on the Move x Felix Hoffmann
LOCATION:https://riverside.fm/studio/data-on-the-move
ORGANIZER;CN=Sophie Lambert:mailto:sophie@dataonthemove.example
ATTENDEE;CN=Felix Hoffmann;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Sophie Lambert", "sophie@dataonthemove.example"), "Recording confirmed - Data on the Move",
              "2026-11-10 10:30:11", "<b7e3d2a1-0f4c-4d88-9a61-5c2e8f1b0d47@dataonthemove.example>",
              "out4-smtp.messagingengine.com (out4-smtp.messagingengine.com [66.111.4.28])",
              extra=(("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108"),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="recording.ics",
                                                  disposition="attachment")))


@neg(35, family="admission_interview", lang="de", company=None,
     note="University admission interview (Auswahlgespräch) for a part-time master's programme, Thu 29 Oct "
          "17:00 via Zoom, with ICS: a fixed time, but for a study place, not a job",
     days=(("Thu", "2026-10-29"),))
def m35():
    body = t("""
        Sehr geehrter Herr Hoffmann,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden
        Masterstudiengang Supply Chain Analytics (M.Sc.), Start Sommersemester 2027.

        Wir laden Sie herzlich zu einem Auswahlgespräch ein:

        Termin: Donnerstag, 29. Oktober 2026, 17:00–17:30 Uhr
        Format: Zoom (Zugangsdaten siehe Kalendereinladung)
        Kommission: Prof. Dr. Annette Brühl, Dipl.-Kfm. Robert Seidel

        Bitte halten Sie einen amtlichen Lichtbildausweis bereit. Das Gespräch dient dazu, Ihre
        Motivation und Ihre Berufserfahrung einzuschätzen; eine fachliche Prüfung findet nicht statt.

        Mit freundlichen Grüßen
        Studierendensekretariat – Team Zulassung
        Hochschule Deutz für Wirtschaft und Logistik
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Hochschule Deutz//Bewerberportal//DE
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:auswahl-2027ss-scm-0418@hs-deutz.example
DTSTAMP:20261019T081500Z
DTSTART;TZID=Europe/Berlin:20261029T170000
DTEND;TZID=Europe/Berlin:20261029T173000
SUMMARY:Auswahlgespräch Master Supply Chain Analytics
LOCATION:https://hs-deutz.zoom.us/j/93017744210
DESCRIPTION:Kommission: Prof. Dr. Annette Brühl\\, Dipl.-Kfm. Robert Seidel
ORGANIZER;CN=Team Zulassung:mailto:zulassung@hs-deutz.example
ATTENDEE;CN=Felix Hoffmann;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Hochschule Deutz – Zulassung", "zulassung@hs-deutz.example"),
              "Einladung zum Auswahlgespräch – Master Supply Chain Analytics", "2026-10-19 10:15:00",
              "<bewerberportal.0418.1760868900@hs-deutz.example>",
              "mx.hs-deutz.example (mx.hs-deutz.example [192.0.2.201])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", filename="Auswahlgespraech.ics",
                                      disposition="attachment", cte="base64")))


@neg(36, family="sports_tryout", lang="de", company=None,
     note="Basketball club coach (Rhineland du) confirms a try-out training 'am Mittwoch um 19:30 Uhr' "
          "(Wed 16 Sep); not a job interview",
     days=(("Wed", "2026-09-16"),))
def m36():
    body = t("""
        Hallo Felix,

        wie am Telefon besprochen kannste gerne am Mittwoch zum Probetraining kommen, 19:30 Uhr
        in der Halle Mainzer Straße (Eingang über den Schulhof). Wir sind in der Herren 2 grad
        eher dünn besetzt, also kannste direkt mitspielen wenn de Bock hast.

        Bring Hallenschuhe mit, Trikot kriegste von uns. Wenn et dir gefällt, regeln wir den
        Mitgliedsantrag danach in der Kabine, dat is kein großes Ding.

        Bis Mittwoch, un schön pünktlich, wir fangen mit Aufwärmen an 😉

        Sportliche Grüße
        Jupp (Josef Kirchhoff)
        Trainer Herren 2 – TuS Bayenthal 1921 e.V., Abteilung Basketball
        """)
    hs = head(addr("Josef Kirchhoff", "jupp.kirchhoff@tus-bayenthal.example"), "Probetraining Herren 2",
              "2026-09-12 20:41:19", "<1c9b7e0a-4f2d-46a3-b8e1-92d05c7f3a64@tus-bayenthal.example>",
              "smtp.ionos.example (smtp.ionos.example [192.0.2.99])")
    return message(hs, text(body, cte="8bit"))


@neg(37, family="car_service", lang="de", company=None,
     note="Car dealership workshop appointment (Werkstatttermin) Mo., 19.10.2026 07:30: fixed time, not an "
          "interview",
     days=(("Mon", "2026-10-19"),))
def m37():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
        <p>Sehr geehrter Herr Hoffmann,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <table cellpadding="4" style="font-size:13px;border:1px solid #ccc">
        <tr><td><b>Termin</b></td><td>Mo., 19.10.2026, 07:30 Uhr (Fahrzeugannahme)</td></tr>
        <tr><td><b>Fahrzeug</b></td><td>K-FH 2718 · Kombi, EZ 03/2019</td></tr>
        <tr><td><b>Leistungen</b></td><td>Inspektion nach Herstellervorgabe, Räderwechsel Sommer &rarr; Winter (Einlagerung)</td></tr>
        <tr><td><b>Ihr Serviceberater</b></td><td>Herr Dirk Lommertz</td></tr>
        <tr><td><b>Voraussichtliche Abholung</b></td><td>ab 16:00 Uhr</td></tr>
        </table>
        <p>Ein Ersatzfahrzeug haben wir nicht gebucht. Den kostenlosen Shuttle zur KVB-Haltestelle
        Frankfurter Straße können Sie gern nutzen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Serviceteam<br>Autohaus Brückmann GmbH · Olpener Straße 512 · 51109 Köln</p>
        </body></html>
        """)
    hs = head(addr("Autohaus Brückmann Service", "service@autohaus-brueckmann.example", "windows-1252"),
              "Terminbestätigung Werkstatt – Mo., 19.10.2026, 07:30 Uhr", "2026-10-13 17:05:44",
              "<20261013150544.7716@dms.autohaus-brueckmann.example>",
              "dms.autohaus-brueckmann.example (dms.autohaus-brueckmann.example [203.0.113.71])",
              charset="windows-1252")
    return message(hs, html(htm, charset="windows-1252"))


@neg(38, family="mock_interview", lang="de", company=None,
     note="Calendly booking (German UI) of a paid mock interview with a career coach, Fr. 6. Nov. 17:00-18:00 "
          "with ICS: interview practice, not a job interview",
     days=(("Fri", "2026-11-06"),))
def m38():
    body = t("""
        Hallo Felix Hoffmann,

        Ihr Termin ist geplant.

        Was:
        Probe-Interview / Mock Interview (60 Min.)

        Wer:
        Sandra Lohmar – Karrierecoaching Rheinland

        Wann:
        17:00 - 18:00, Freitag, 6. November 2026 (Mitteleuropäische Zeit)

        Wo:
        Zoom. Die Zugangsdaten erhalten Sie in einer separaten E-Mail.

        Hinweise des Veranstalters:
        Bitte schicken Sie mir bis Mittwoch die Stellenanzeige, auf die wir uns vorbereiten, und
        Ihren Lebenslauf. Wir simulieren ein komplettes Vorstellungsgespräch und besprechen danach
        Ihr Feedback.

        Absagen oder verschieben:
        https://calendly.com/cancellations/7f0e3b2a-5d4c
        https://calendly.com/reschedulings/7f0e3b2a-5d4c

        Unterstützt durch Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7f0e3b2a-5d4c-4e21-9b8a-3c6d1f0e2a58@calendly.com
DTSTAMP:20261102T113312Z
DTSTART:20261106T160000Z
DTEND:20261106T170000Z
SUMMARY:Probe-Interview / Mock Interview zwischen Sandra Lohmar und Felix Hoffmann
ORGANIZER;CN=Sandra Lohmar:mailto:kontakt@lohmar-coaching.example
ATTENDEE;CN=Felix Hoffmann;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Probe-Interview / Mock Interview mit Sandra Lohmar am Freitag, 6. November 2026",
              "2026-11-02 12:33:12", "<20261102113312.a1f3c7e9d5b2@calendly.com>",
              "o1.email.calendly.com (o1.email.calendly.com [167.89.100.41])",
              extra=(("Reply-To", addr("Sandra Lohmar", "kontakt@lohmar-coaching.example")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@neg(39, family="forwarded_other", lang="de", company=None,
     note="Felix's cousin forwards her own interview confirmation (Mon 23 Nov 10:00, message/rfc822) asking "
          "for tips: a confirmed interview, but not Felix's",
     days=(("Mon", "2026-11-23"),))
def m39():
    inner_htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px">
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Junior Analystin Einkauf (m/w/d)</b>. Gerne bestätigen wir Ihnen
        folgenden Termin für ein Vorstellungsgespräch:</p>
        <p><b>Montag, 23.11.2026, 10:00 Uhr</b><br>Ahrtal Weinlogistik GmbH, Bahnhofstraße 9, 53474 Bad Neuenahr-Ahrweiler</p>
        <p>Ihre Gesprächspartnerin ist Frau Melanie Schäfer, melanie.schaefer@ahrtal-weinlogistik.example.</p>
        <p>Mit freundlichen Grüßen<br>Ahrtal Weinlogistik GmbH</p>
        <p style="font-size:11px;color:#888">Versendet über Personio</p>
        </body></html>
        """)
    inner = message([
        ("From", addr("Ahrtal Weinlogistik GmbH", "no-reply@personio.de")),
        ("To", addr("Lena Hoffmann", "lena.hoffmann@example.com")),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Junior Analystin Einkauf (m/w/d)")),
        ("Date", date("2026-11-17 14:22:05", BZ)),
        ("Message-ID", "<0107019a2e1f3b44-2c7d9e10-8a5b-4f61-b3d2-6e0c1a9f7b58-000000@eu-central-1.amazonses.com>"),
    ], html(inner_htm))
    outer = t("""
        Hey Felix,

        guck mal!! Hab am Montag mein erstes richtiges Vorstellungsgespräch 🙈🙈 Du bist ja grad
        Profi in sowas – hast du Tipps? Was zieh ich an?? Ruf mich mal an wenn du Zeit hast.

        Lena
        """)
    hs = head(addr("Lena Hoffmann", "lena.hoffmann@example.com"),
              "Fwd: Einladung zum Vorstellungsgespräch - Junior Analystin Einkauf (m/w/d)",
              "2026-11-19 21:14:37", "<e3b1c9d7-04af-4c2e-9f85-7a6d2b0e1c43@example.com>",
              "mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])")
    return message(hs, mixed(text(outer), attached_message(inner)))


@neg(40, family="internal_interviewer", lang="de", company=None,
     note="Exchange invite from Felix's current employer asking him to sit on a panel interviewing a "
          "candidate (Thu 12 Nov 10:00-11:00): Felix is the interviewer, not the candidate; forwarded from "
          "his work mailbox",
     days=(("Thu", "2026-11-12"),))
def m40():
    body = t("""
        Hi Felix, hi Stefan,

        wie im Team-Meeting angekündigt: Ihr beide seid für das Fachinterview mit Dilara Kaya
        (Junior Data Engineer) eingeplant. Lebenslauf und Bewertungsbogen findet ihr im
        Recruiting-Kanal. Bitte gebt mir euer Feedback bis Freitag.

        Danke euch!
        Nadine

        Nadine Frings | HR Business Partner
        Lagerlicht GmbH | Köln-Porz

        """) + TEAMS_DE
    ics = _exchange_ics("REQUEST", "20261112T100000", "20261112T110000",
                        "040000008200E00074C5B7101A82E00800000000C81A7E3B2D74DC01000000000000000010000000E5D2",
                        "Interview Dilara Kaya – Junior Data Engineer (Panel: Felix Hoffmann\\, Stefan Roth)",
                        "nadine.frings@lagerlicht.example", "Frings\\, Nadine", "20261105T143020Z",
                        attendee="felix.hoffmann@lagerlicht.example", location="Raum Kranbahn / Teams")
    hs = head(addr("Frings, Nadine", "nadine.frings@lagerlicht.example"),
              "Interview Dilara Kaya – Junior Data Engineer (Panel: Felix Hoffmann, Stefan Roth)",
              "2026-11-05 15:30:20", "<AM9PR06MB7745A2D0C1F84E36B9D7E2C05A18@AM9PR06MB7745.eurprd06.prod.outlook.com>",
              "mail.lagerlicht.example (mail.lagerlicht.example [203.0.113.25])",
              to=addr("Hoffmann, Felix", "felix.hoffmann@lagerlicht.example"),
              extra=(("Cc", addr("Roth, Stefan", "stefan.roth@lagerlicht.example")),
                     ("Thread-Topic", enc("Interview Dilara Kaya – Junior Data Engineer")),
                     ("X-Forwarded-For", "felix.hoffmann@lagerlicht.example felix.hoffmann@example.org"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(41, family="auto_reply", lang="de", company=None,
     note="Out-of-office auto-reply from a recruiter ('bis einschließlich Freitag, 2. Oktober nicht im "
          "Büro'); no interview",
     days=(("Fri", "2026-10-02"),))
def m41():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 2. Oktober, nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen zu Bewerbungen wenden Sie sich bitte an bewerbung@rheinbogen-spedition.de.

        Mit freundlichen Grüßen
        Claudia Reuter
        """)
    hs = head(addr("Reuter, Claudia", "claudia.reuter@rheinbogen-spedition.de"),
              "Automatische Antwort: Vielen Dank für das Gespräch am Dienstag", "2026-09-23 08:04:51",
              "<FR4P281MB3350D9E7A1B02C46F8E3A5D71C60@FR4P281MB3350.DEUP281.PROD.OUTLOOK.COM>",
              "DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2119.outbound.protection.outlook.com [40.107.135.119])",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "claudia.reuter@rheinbogen-spedition.de"),
                     ("In-Reply-To", "<7a2e9c41-b0d3-4f6e-8152-c3d9e0a7b4f1@example.org>"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body))


@neg(42, family="bounce", lang="de", company=None,
     note="Delivery-failure report for Felix's own reply accepting 'Dienstag, 20.10., um 10 Uhr' (thread with "
          "the Siegtal proposal): the acceptance never reached the recruiter, nothing is confirmed by the "
          "employer",
     days=(("Tue", "2026-10-20"),))
def m42():
    original_body = t("""
        Sehr geehrte Frau Wolff,

        vielen Dank für die Einladung! Gerne komme ich am Dienstag, 20.10., um 10 Uhr zu Ihnen
        nach Siegburg.

        Viele Grüße
        Felix Hoffmann
        """)
    original = message([
        ("From", FELIX),
        ("To", addr("Carina Wolff", "c.wolf@siegtal-logistik.de")),
        ("Subject", "Re: Ihre Bewerbung als Data Engineer (m/w/d) - Terminvorschlag"),
        ("Date", date("2026-10-13 11:20:02", BZ)),
        ("Message-ID", "<4e1d7b20-9a3c-4f58-b6e2-0c8f1a5d3e97@example.org>"),
        ("In-Reply-To", "<5d1e3f0a-7b2c-4e69-8a14-c0f9b2d6e3a7@siegtal-logistik.de>"),
    ], text(original_body, cte="8bit"))
    notice = t("""
        This is the mail system at host smtp.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <c.wolf@siegtal-logistik.de>: host mx00.kundenserver.example[192.0.2.18] said:
            550 Requested action not taken: mailbox unavailable (in reply to RCPT TO
            command)
        """)
    dsn = t("""
        Reporting-MTA: dns; smtp.mail.example.org
        X-Postfix-Queue-ID: 4bH7qK1Zx2z9sVd
        Arrival-Date: Tue, 13 Oct 2026 09:20:03 +0000 (UTC)

        Final-Recipient: rfc822; c.wolf@siegtal-logistik.de
        Original-Recipient: rfc822;c.wolf@siegtal-logistik.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx00.kundenserver.example
        Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable
        """)
    hs = head("MAILER-DAEMON@smtp.mail.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-10-13 11:20:05", "<20261013092005.7C2E31A0F4@smtp.mail.example.org>",
              "smtp.mail.example.org (smtp.mail.example.org [192.0.2.10])",
              extra=(("Auto-Submitted", "auto-replied"),))
    body = multipart("report",
                     text(notice, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], dsn),
                     raw_part([("Content-Description", "Undelivered Message"),
                               ("Content-Type", "message/rfc822")], original.decode("utf-8")),
                     params="report-type=delivery-status")
    return message(hs, body)


@neg(43, family="mailing_list", lang="de", company=None,
     note="Meetup announcement on a local data mailing list: talk about interviewing for data roles, "
          "Di., 24.11., 19 Uhr; an event, not an interview",
     days=(("Tue", "2026-11-24"),))
def m43():
    body = t("""
        Hallo zusammen,

        unser nächstes Data Cologne Meetup (#42) steht:

          Wann: Di., 24.11., 19:00 Uhr (Einlass 18:30)
          Wo:   Coworking am Ebertplatz, Theodor-Heuss-Ring 1, 3. OG
          Talk: "Interviewing for data roles – von beiden Seiten des Tisches"
                (Merve Celik & Christoph Baum, beide seit Jahren in Hiring-Panels)
          Danach: Pizza, Kölsch & Lightning Talks

        Wer einen Lightning Talk (5 Min.) halten will, einfach auf diese Mail antworten.
        Anmeldung bitte über Meetup, damit wir die Pizza planen können.

        Bis dann!
        Christoph

        _______________________________________________
        data-cologne mailing list
        data-cologne@lists.example.org
        https://lists.example.org/mailman/listinfo/data-cologne
        """)
    hs = head(addr("Christoph Baum", "christoph.baum@example.net"),
              "[data-cologne] Meetup #42 am 24.11.: Interviewing for data roles", "2026-11-10 21:47:30",
              "<87a5c2e0-3f19-4b7d-92e1-d6b04c8a1f35@example.net>",
              "lists.example.org (lists.example.org [198.51.100.5])",
              to="data-cologne@lists.example.org",
              extra=(("List-Id", "Data Cologne Meetup <data-cologne.lists.example.org>"),
                     ("List-Post", "<mailto:data-cologne@lists.example.org>"),
                     ("List-Unsubscribe", "<https://lists.example.org/mailman/options/data-cologne>"),
                     ("Sender", "\"data-cologne\" <data-cologne-bounces@lists.example.org>"),
                     ("Precedence", "list"),
                     ("Errors-To", "data-cologne-bounces@lists.example.org")))
    return message(hs, text(body, charset="utf-8", cte="8bit"))


@neg(44, family="webinar", lang="de", company=None,
     note="Zoom webinar registration confirmation ('Vorstellungsgespräche sicher meistern', 29. Okt. 2026 "
          "06:00 PM Berlin time): a webinar about interviews, not an interview")
def m44():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <div style="max-width:600px;margin:0 auto">
        <p>Hallo Felix Hoffmann,</p>
        <p>vielen Dank für Ihre Anmeldung für „Vorstellungsgespräche sicher meistern – Live-Q&amp;A mit Recruiter:innen aus der Logistik“.</p>
        <p>Bitte senden Sie Fragen an: <a href="mailto:events@karriereforum-nrw.example">events@karriereforum-nrw.example</a></p>
        <p><b>Datum und Uhrzeit:</b> 29. Okt. 2026 06:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien</p>
        <p><b>Webinar-ID:</b> 871 2204 5590<br><b>Kenncode:</b> 553901</p>
        <p>Sie können Ihre Anmeldung jederzeit stornieren.</p>
        <p><a href="https://karriereforum-nrw.zoom.us/w/87122045590?tk=Xf9Lq" style="background:#0e72ed;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Hier klicken, um teilzunehmen</a></p>
        <p>Zum Kalender hinzufügen: <a href="https://karriereforum-nrw.zoom.us/webinar/tZAsdu6/ics">Outlook-Kalender (.ics)</a> |
        <a href="https://karriereforum-nrw.zoom.us/webinar/tZAsdu6/gcal">Google Kalender</a></p>
        <p style="font-size:12px;color:#747487">Copyright ©2026 Zoom Communications, Inc. Alle Rechte vorbehalten.</p>
        </div></body></html>
        """)
    hs = head(addr("Karriereforum NRW", "no-reply@zoom.us"),
              "Bestätigung für Vorstellungsgespräche sicher meistern – Live-Q&A", "2026-10-21 19:12:40",
              "<GmQ3fXr-T0aHk2V9bJc5Lw@geopod-ismtpd-12>",
              "o10.email.zoom.us (o10.email.zoom.us [149.72.210.52])",
              extra=(("Reply-To", "events@karriereforum-nrw.example"),))
    return message(hs, html(htm))


@neg(45, family="volunteer_interview", lang="de", company=None,
     note="Volunteer fire brigade confirms an 'Aufnahmegespräch' (admission talk) Di., 3.11., 19 Uhr: a "
          "fixed-time 'Gespräch', but for volunteer membership, not a job",
     days=(("Tue", "2026-11-03"),))
def m45():
    body = t("""
        Hallo Herr Hoffmann,

        schön, dass Sie sich für die Freiwillige Feuerwehr interessieren! Wie am Infoabend
        besprochen, laden wir Sie zu einem Aufnahmegespräch ein:

        Dienstag, 3.11., um 19 Uhr im Gerätehaus der Löschgruppe Rodenkirchen
        (Hauptstraße 71, Seiteneingang neben dem Tor)

        Mit dabei sind unser Löschgruppenführer und ich. Wir erzählen Ihnen, was in der
        Grundausbildung auf Sie zukommt, und klären die Formalitäten (ärztliche Untersuchung,
        Führungszeugnis). Im Anschluss ist Übungsdienst, da können Sie gern zuschauen.

        Mit kameradschaftlichen Grüßen
        Michael Odenthal
        stv. Löschgruppenführer, Freiwillige Feuerwehr Köln - LG Rodenkirchen
        """)
    hs = head(addr("Michael Odenthal", "m.odenthal@ff-rodenkirchen.example"),
              "Aufnahmegespräch Löschgruppe Rodenkirchen", "2026-10-27 19:55:03",
              "<d82f1a6e-3c07-4b95-a0e4-7b1c9d5f2e86@ff-rodenkirchen.example>",
              "smtp.ff-rodenkirchen.example (smtp.ff-rodenkirchen.example [198.51.100.66])")
    return message(hs, text(body, charset="iso-8859-15"))


@neg(46, family="flat_viewing", lang="de", company=None,
     note="Property manager confirms a flat viewing in Düsseldorf-Bilk, Sa., 10.10.2026, 11:00 Uhr: fixed "
          "time, not an interview",
     days=(("Sat", "2026-10-10"),))
def m46():
    body = t("""
        Sehr geehrter Herr Hoffmann,

        vielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Bachstraße 118, 40223 Düsseldorf-Bilk
        (2. OG, 78 m², Kaltmiete 1.090 €).

        Gerne bestätigen wir Ihnen einen Besichtigungstermin am

        Samstag, 10.10.2026, um 11:00 Uhr.

        Bitte bringen Sie zur Besichtigung eine Selbstauskunft, eine Kopie Ihres Ausweises, die
        letzten drei Gehaltsnachweise bzw. einen Arbeitsvertrag sowie eine Mietschuldenfreiheits-
        bescheinigung mit. Es handelt sich um eine Sammelbesichtigung.

        Mit freundlichen Grüßen
        Jutta Kaiser
        Hausverwaltung Kaiser & Söhne GmbH
        """)
    hs = head(addr("Hausverwaltung Kaiser & Söhne", "vermietung@hv-kaiser.example"),
              "Besichtigungstermin Bachstraße 118 – Sa., 10.10., 11:00 Uhr", "2026-10-06 13:10:27",
              "<0b7e4c19-d25a-4f83-9e60-a1f2c3d8b475@hv-kaiser.example>",
              "mail.hv-kaiser.example (mail.hv-kaiser.example [203.0.113.88])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(47, family="parent_teacher", lang="de", company=None,
     note="Day-care centre confirms a parents' development talk (Entwicklungsgespräch) Di., 10.11., 16:30 "
          "Uhr: a fixed-time 'Gespräch', not a job interview",
     days=(("Tue", "2026-11-10"),))
def m47():
    body = t("""
        Liebe Familie Hoffmann,

        wie angekündigt führen wir in diesem Herbst mit allen Eltern die Entwicklungsgespräche.
        Ihr Termin für Mila ist am

        Dienstag, 10.11., um 16:30 Uhr

        im Elternzimmer (1. Stock). Das Gespräch dauert etwa 30 Minuten; Mila kann so lange in der
        Spätgruppe bleiben. Falls der Termin nicht passt, sprechen Sie uns gern beim Abholen an.

        Herzliche Grüße
        Ihr Team der Kita Sonnenblume
        Elke Wimmer (Leitung)
        """)
    hs = head(addr("Kita Sonnenblume", "leitung@kita-sonnenblume.example", "iso-8859-1"),
              "Entwicklungsgespräch Mila - Terminbestätigung", "2026-11-02 12:40:18",
              "<5a0f3e9c-1b7d-4c26-84e3-d9a2b6f0c157@kita-sonnenblume.example>",
              "mail.kita-sonnenblume.example (mail.kita-sonnenblume.example [192.0.2.150])",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="base64"))


@neg(48, family="reference_call", lang="en", company=None,
     note="Another company's recruiter confirms a reference call with Felix as the referee for a former "
          "colleague, Thu 3 Dec 4pm CET: fixed time, but Felix is not the candidate",
     days=(("Thu", "2026-12-03"),))
def m48():
    body = t("""
        Hi Felix,

        Thank you for agreeing to act as a referee for Jonas Weber - it's much appreciated.

        Confirming our call for Thursday, 3 December at 4pm CET (3pm UK time). I'll call you on
        +49 171 5550 284; it should take no more than 20 minutes. I'll mainly ask about the
        routing-optimisation project you worked on together and how Jonas handles production
        incidents.

        Kind regards,
        Hannah Cole
        Senior Talent Partner
        Northgate Freight
        """)
    hs = head(addr("Hannah Cole", "hannah.cole@northgatefreight.example"), "Reference call for Jonas Weber",
              "2026-11-30 10:02:45", "<LO2P265MB5120B7C3E19A40D2F8E6C1A9D5B3@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
              "GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2103.outbound.protection.outlook.com [40.107.10.103])",
              zone="Europe/London")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(49, family="rejection", lang="nl", company="Kadewerk",
     note="Dutch rejection after the Kadewerk interview of last Thursday (thread with the Kadewerk "
          "confirmation); no upcoming interview")
def m49():
    body = t("""
        Hoi Felix,

        Nogmaals bedankt voor het prettige gesprek van vorige week donderdag en dat je
        daarvoor helemaal uit Keulen bent gekomen.

        We hebben intern uitgebreid overlegd en helaas gaan we niet met je verder voor de rol van
        Data Engineer. Marloes was erg te spreken over je kennis van transportdata, maar we
        zoeken op dit moment iemand met meer ervaring in real-time tracking op Kafka.

        Mocht er in het voorjaar een passende vacature komen, dan neem ik graag weer contact met
        je op.

        Met vriendelijke groet,
        Joost van Leeuwen
        Recruiter | Kadewerk B.V.
        """)
    hs = head(addr("Joost van Leeuwen", "joost@kadewerk.nl"), "Terugkoppeling sollicitatie Data Engineer",
              "2026-11-20 15:33:09", "<AS8PR07MB7462F0A2C9E14B37D6A8E5C21F49@AS8PR07MB7462.eurprd07.prod.outlook.com>",
              "EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2122.outbound.protection.outlook.com [40.107.247.122])",
              zone="Europe/Amsterdam", extra=(("Content-Language", "nl-NL"),))
    return message(hs, text(body, charset="iso-8859-1"))


@neg(50, family="bank_advisor", lang="de", company=None,
     note="Bank confirms a video consultation on retirement savings Mi., 16.12.2026, 17:00-17:45 with ICS: "
          "a fixed-time 'Beratungsgespräch', not a job interview",
     days=(("Wed", "2026-12-16"),))
def m50():
    body = t("""
        Guten Tag Herr Hoffmann,

        vielen Dank für Ihre Terminvereinbarung. Wir bestätigen Ihnen folgenden Termin:

        Thema:    Beratungsgespräch Altersvorsorge & Fondssparplan
        Datum:    Mittwoch, 16.12.2026
        Uhrzeit:  17:00 - 17:45 Uhr
        Art:      Video-Beratung (den Link erhalten Sie 15 Minuten vor Beginn per SMS)
        Berater:  Sebastian Nettesheim, Filiale Köln-Sülz

        Bitte halten Sie Ihre letzte Gehaltsabrechnung und – falls vorhanden – Ihre Renteninformation
        bereit.

        Freundliche Grüße
        Ihre Kölner Bürgerbank eG

        Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht darauf.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Koelner Buergerbank eG//Terminservice//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:termin-20261216-1700-88412@koelner-buergerbank.example
DTSTAMP:20261209T081122Z
DTSTART;TZID=Europe/Berlin:20261216T170000
DTEND;TZID=Europe/Berlin:20261216T174500
SUMMARY:Beratungsgespräch Altersvorsorge (Video)
DESCRIPTION:Berater: Sebastian Nettesheim
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kölner Bürgerbank eG", "terminservice@koelner-buergerbank.example"),
              "Ihre Terminbestätigung: Beratungsgespräch am 16.12.2026", "2026-12-09 09:11:22",
              "<termin.88412.20261209081122@koelner-buergerbank.example>",
              "mx-out.koelner-buergerbank.example (mx-out.koelner-buergerbank.example [203.0.113.200])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="Termin.ics",
                                                  disposition="attachment", cte="base64")))
