"""blind317: a blind 50-mail held-out set, the inbox of Nils Brückner, an optics-company test
engineer in Wetzlar (Europe/Berlin), September to December 2026.

How it was written: by a helper session that read only make.py, make_blind.py, the introduction and
the Mix / label-convention / traps / judgement-call sections of bench/heldout/README.md, the dev
corpus README, dev/labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector,
its tests, bench/detect.py, bench/fuzz.py, any other mails_*.py or any other held-out set, and it
never ran the detector or scored this set. Every mail below is written individually (one function
per mail); keys 1-23 are the positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 the
negatives. All companies and people are fictional; the owner uses example.com / example.org.
"""

from __future__ import annotations

import hashlib
import html as _html
import random

import make
from make import (
    VTZ,
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)
from make import (
    html as html_part,
)

SET = "blind317"
ORDER = random.Random(3170317).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "nils.brueckner@example.com"
ME_PRIVATE = "nils.b@example.org"
ME_NAME = "Nils Brückner"
TO = addr(ME_NAME, ME)
BER = "Europe/Berlin"


def _h(seed: str) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed)[:24]}@{domain}>"


def ip(seed: str) -> str:
    d = bytes.fromhex(_h(seed)[:8])
    return f"{d[0] % 200 + 20}.{d[1]}.{d[2]}.{d[3] % 250 + 2}"


def std(frm: str, subject: str, when: str, zone: str, relay: str, *, to: str = TO,
        extra: tuple[tuple[str, str], ...] = (), msgid: str | None = None,
        domain: str | None = None) -> list[tuple[str, str]]:
    """Received, Date, From, To, Subject, Message-ID, then extra headers."""
    rid = _h(subject + when)[:12].upper()
    rec = received(f"from {relay} ({relay} [{ip(relay)}])", when, zone,
                   f"mx02.example.com (Postfix) with ESMTPS id {rid}", ME)
    return [
        ("Received", rec),
        ("Date", date(when, zone)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Message-ID", msgid or mid(subject + when, domain or relay)),
        *extra,
    ]


def para_html(body: str, font: str = "Arial,Helvetica,sans-serif", size: str = "14px") -> str:
    """A plain HTML twin: one <p> per paragraph, line breaks kept."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    out = [f'<html><body style="font-family:{font};font-size:{size};color:#222222">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def ics(*events: str, method: str | None = "REQUEST", prodid: str, tz: str | None = None,
        extra: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra)
    if tz:
        lines.append(VTZ[tz])
    lines += [e.strip("\n") for e in events]
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


EXCHANGE_X = """X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE"""


def exchange_headers(thread_topic: str, lang: str = "de-DE") -> tuple[tuple[str, str], ...]:
    return (
        ("Thread-Topic", enc(thread_topic)),
        ("Thread-Index", "AdtR" + _h(thread_topic)[:24]),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    )


TEAMS_DE = """________________________________________________________________________________
Microsoft Teams Hilfe? <https://aka.ms/JoinTeamsMeeting?omkt=de-DE>
Besprechung jetzt beitreten <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>
Besprechungs-ID: {mid}
Kennung: {pw}
________________________________________________________________________________
"""

# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="sabine.koetter@lahnoptik.de", company="Lahnoptik GmbH",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
           note="Personio confirmation (Sie), Gießen: Tuesday 15 Sep 10:00-11:00 CEST (UTC+2) = "
                "08:00-09:00Z; contact = human Reply-To (the sender is a Personio no-reply)")
def m01() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        vielen Dank für Ihr Interesse an der Position Testingenieur Optische Systeme (m/w/d).
        Gerne bestätigen wir Ihnen hiermit Ihren Termin für das persönliche Kennenlernen:

        Datum:   Dienstag, 15. September 2026
        Uhrzeit: 10:00 - 11:00 Uhr
        Ort:     Lahnoptik GmbH, Robert-Bosch-Straße 12, 35398 Gießen (Empfang, Gebäude B)

        Ihre Gesprächspartner:
        - Dr. Frank Dittmar, Leiter Prüffeld
        - Sabine Kötter, Personalreferentin

        Parkplätze stehen Ihnen direkt vor Gebäude B zur Verfügung. Bitte bringen Sie einen
        Lichtbildausweis mit.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Sabine Kötter
        Personalreferentin
        Lahnoptik GmbH

        Diese E-Mail wurde über Personio versendet.
        """)
    hs = std(addr("Lahnoptik GmbH", "noreply@mail.personio.de"),
             "Bestätigung Ihres Vorstellungsgesprächs – Testingenieur Optische Systeme (m/w/d)",
             "2026-09-10 14:22:07", BER, "mail-eu.personio.de", domain="personio.de",
             extra=(("Reply-To", addr("Sabine Kötter", "sabine.koetter@lahnoptik.de")),))
    return message(hs, alt(text(body), html_part(para_html(body))))


def _isarlicht_ics(seq: int, day: str, start: str, end: str, stamp: str, status: str = "CONFIRMED",
                   method: str = "REQUEST") -> str:
    return ics(f"""BEGIN:VEVENT
ORGANIZER;CN="Huber, Matthias (Dr.)":mailto:matthias.huber@isarlicht-photonics.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nils Brückner:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lenz, Stefan":mailto:stefan.lenz@isarlicht-photonics.de
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch vor Ort\\, Garching. Herr Dr. Lenz ist per Teams zugeschaltet.\\n
UID:040000008200E00074C5B7101A82E00800000000B0D3E59C4A3DDC01000000000000000010000000{_h('isarlicht')[:32].upper()}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Nils Brückner – Testingenieur Laseroptik
DTSTART;TZID=W. Europe Standard Time:{day}T{start}
DTEND;TZID=W. Europe Standard Time:{day}T{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:Isarlicht Photonics AG\\, Lichtenbergstraße 8\\, 85748 Garching\\, Raum 2.14
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
{EXCHANGE_X}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT""", method=method, prodid="Microsoft Exchange Server 2010", tz="W. Europe Standard Time")


@make.mail(N(2), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-09-24T12:00:00Z", end="2026-09-24T13:30:00Z",
           contact="matthias.huber@isarlicht-photonics.de", company="Isarlicht Photonics AG",
           local="Thu 2026-09-24 14:00", local_end="2026-09-24 15:30", zone=BER,
           note="Exchange meeting request from the hiring manager (Garching near Munich), TZID "
                "'W. Europe Standard Time' = Europe/Berlin, CEST: 14:00-15:30 = 12:00-13:30Z; "
                "contact = human sender / ORGANIZER")
def m02() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        wie gestern telefonisch besprochen, lade ich Sie hiermit zum Vorstellungsgespräch bei uns in
        Garching ein: Donnerstag, 24.09.2026, 14:00 bis 15:30 Uhr. Mein Kollege Dr. Stefan Lenz
        (Entwicklung Laserquellen) wird per Teams zugeschaltet.

        Bitte melden Sie sich am Empfang in der Lichtenbergstraße 8. Für die Anreise übernehmen wir
        die Kosten einer Bahnfahrt 2. Klasse.

        Viele Grüße
        Matthias Huber

        Dr. Matthias Huber
        Teamleiter Test & Qualifizierung
        Isarlicht Photonics AG | Lichtenbergstraße 8 | 85748 Garching
        Tel. +49 89 3207 4410

        """) + TEAMS_DE.format(id="MjE4ZWFmYzEtOGQ2", mid="318 442 907 615", pw="qT7hB2")
    ical = _isarlicht_ics(0, "20260924", "140000", "153000", "20260915T140512Z")
    hs = std(addr("Huber, Matthias (Dr.)", "matthias.huber@isarlicht-photonics.de"),
             "Vorstellungsgespräch Nils Brückner – Testingenieur Laseroptik",
             "2026-09-15 16:05:12", BER, "mail-fr2deu01on2112.outbound.protection.outlook.com",
             domain="EUR03.PROD.OUTLOOK.COM",
             extra=exchange_headers("Vorstellungsgespräch Nils Brückner – Testingenieur Laseroptik"))
    return message(hs, alt(text(body), html_part(para_html(body, "Calibri,sans-serif", "11pt")),
                           calendar(ical, cte="base64")))


@make.mail(N(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T14:00:00Z", end="2026-10-07T15:00:00Z",
           contact="fiona.grant@caledonmedical.co.uk", company="Caledon Medical Imaging",
           local="Wed 2026-10-07 15:00", local_end="2026-10-07 16:00", zone="Europe/London",
           note="Greenhouse confirmation from an Edinburgh employer: 3:00-4:00 PM BST (UTC+1) = "
                "14:00-15:00Z, the body also gives 4 PM CEST for Wetzlar; ICS in UTC agrees; "
                "contact = Reply-To coordinator")
def m03() -> bytes:
    body = t("""
        Hi Nils,

        Thanks for making time to speak with us! Your interview for Optical Test Engineer is confirmed.

        When: Wednesday, October 7, 2026, 3:00 PM - 4:00 PM BST (British Summer Time)
              (4:00 PM - 5:00 PM in Wetzlar, CEST)
        Where: Microsoft Teams - the link is in the attached calendar invitation

        You'll be speaking with:
        Alasdair McKenzie - Head of Optical Systems
        Ruth Ogilvie - Senior Test Engineer

        If you need to reschedule, just reply to this email and it will reach me.

        Best,
        Fiona Grant
        Recruiting Coordinator, Caledon Medical Imaging
        """)
    htmlb = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Nils,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Optical Test Engineer</b> is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When:</b></td><td>Wednesday, October 7, 2026, 3:00 PM - 4:00 PM BST (British Summer Time)<br>(4:00 PM - 5:00 PM in Wetzlar, CEST)</td></tr>
        <tr><td><b>Where:</b></td><td>Microsoft Teams - the link is in the attached calendar invitation</td></tr>
        </table>
        <p>You'll be speaking with:<br>Alasdair McKenzie - Head of Optical Systems<br>Ruth Ogilvie - Senior Test Engineer</p>
        <p>If you need to reschedule, just reply to this email and it will reach me.</p>
        <p>Best,<br>Fiona Grant<br>Recruiting Coordinator, Caledon Medical Imaging</p>
        </div>
        <img src="https://app.greenhouse.io/email_tracking/open/7f3c1.gif" width="1" height="1" alt="">
        """)
    ical = ics("""BEGIN:VEVENT
DTSTAMP:20261001T081210Z
UID:greenhouse-interview-48817702@greenhouse.io
DTSTART:20261007T140000Z
DTEND:20261007T150000Z
SUMMARY:Interview: Nils Brückner - Optical Test Engineer (Caledon Medical Imaging)
DESCRIPTION:Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FsZWRvbg%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Fiona Grant:mailto:fiona.grant@caledonmedical.co.uk
ATTENDEE;CN=Nils Brückner;RSVP=TRUE:mailto:nils.brueckner@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", prodid="-//Greenhouse//Greenhouse Calendar//EN")
    hs = std(addr("Caledon Medical Imaging", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Caledon Medical Imaging - Optical Test Engineer",
             "2026-10-01 09:12:10", "Europe/London", "o3.email.greenhouse.io", domain="greenhouse.io",
             extra=(("Reply-To", addr("Fiona Grant", "fiona.grant@caledonmedical.co.uk")),))
    return message(hs, mixed(alt(text(body), html_part(htmlb)),
                             calendar(ical, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


def _google_ics(seq: int, start: str, end: str, stamp: str, created: str) -> str:
    return ics(f"""BEGIN:VEVENT
DTSTART:{start}
DTEND:{end}
DTSTAMP:{stamp}
ORGANIZER;CN=Jonas Weißhaar:mailto:jonas.weisshaar@neckarlinse.de
UID:3k8v1q0hq2b7mte6o0u1r9d4ps@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Weißhaar;X-NUM-GUESTS=0:mailto:jonas.weisshaar@neckarlinse.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nils.brueckner@example.com;X-NUM-GUESTS=0:mailto:nils.brueckner@example.com
X-GOOGLE-CONFERENCE:https://meet.google.com/vrq-zkpa-hne
CREATED:{created}
DESCRIPTION:Technisches Gespräch zur Stelle Testingenieur Optik (m/w/d).\\n\\nGoogle Meet: https://meet.google.com/vrq-zkpa-hne
LAST-MODIFIED:{stamp}
LOCATION:
SEQUENCE:{seq}
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Testingenieur – Nils Brückner
TRANSP:OPAQUE
END:VEVENT""", prodid="-//Google Inc//Google Calendar 70.9054//EN", extra=("CALSCALE:GREGORIAN",))


@make.mail(N(4), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z",
           contact="jonas.weisshaar@neckarlinse.de", company="Neckarlinse GmbH",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=BER,
           note="Google Calendar invitation (German UI) sent Thu 22 Oct in CEST for Mon 26 Oct, the day "
                "after Europe returns to CET: 09:30-10:30 MEZ (UTC+1) = 08:30-09:30Z; ICS in UTC agrees; "
                "contact = ORGANIZER / Reply-To")
def m04() -> bytes:
    body = t("""
        Jonas Weißhaar hat Sie zu folgendem Termin eingeladen

        Vorstellungsgespräch Testingenieur – Nils Brückner
        Montag, 26. Okt. 2026 ⋅ 09:30 – 10:30 (Mitteleuropäische Normalzeit - Berlin)

        An Google Meet teilnehmen
        meet.google.com/vrq-zkpa-hne

        Technisches Gespräch zur Stelle Testingenieur Optik (m/w/d).

        Gäste
        Jonas Weißhaar - Organisator
        nils.brueckner@example.com

        Alle Gäste ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4djFxMGhxMmI3

        Antworten für nils.brueckner@example.com: Ja / Nein / Vielleicht

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie nicht mehr über
        diesen Termin benachrichtigt werden möchten, lehnen Sie den Termin ab.
        """)
    ical = _google_ics(0, "20261026T083000Z", "20261026T093000Z", "20261022T151004Z", "20261022T151002Z")
    subj = ("Einladung: Vorstellungsgespräch Testingenieur – Nils Brückner @ Mo. 26. Okt. 2026 "
            "09:30 - 10:30 (MEZ) (nils.brueckner@example.com)")
    hs = std(addr("Jonas Weißhaar", "jonas.weisshaar@neckarlinse.de"), subj,
             "2026-10-22 17:10:04", BER, "mail-sor-f69.google.com", domain="google.com",
             extra=(("Reply-To", addr("Jonas Weißhaar", "jonas.weisshaar@neckarlinse.de")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html_part(para_html(body, "Roboto,Arial,sans-serif")),
                                 calendar(ical, cte="base64")),
                             calendar(ical, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(5), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-01T09:00:00Z", end=None,
           contact="katharina.pichler@donaustrahl.at", company="Donaustrahl Optik GmbH",
           local="Thu 2026-10-01 11:00", zone="Europe/Vienna",
           note="Austrian recruiter (Du) fixes 'Donnerstag um 11 Uhr' in a mail dated Mon 28 Sep: "
                "Thu 1 Oct 11:00 Vienna, CEST (UTC+2) = 09:00Z; 'ca. eine Stunde' is approximate, "
                "end null")
def m05() -> bytes:
    body = t("""
        Hallo Nils,

        super, danke für die schnelle Rückmeldung! Dann machen wir's fix: Donnerstag um 11 Uhr per
        Teams, Dauer ca. eine Stunde. Mit dabei ist unser Teamleiter Messtechnik, Florian Gruber.
        Den Link schick ich dir noch separat.

        Liebe Grüße aus Wien
        Katharina

        --
        Katharina Pichler
        Talent Acquisition | Donaustrahl Optik GmbH
        Brünner Straße 131, 1210 Wien
        +43 1 290 44 18

        Am Mo., 28. Sept. 2026 um 14:02 Uhr schrieb Nils Brückner <nils.brueckner@example.com>:
        > Hallo Katharina,
        >
        > danke für deinen Anruf vorhin. Donnerstag oder Freitag vormittag würde bei mir gut passen,
        > am Donnerstag ab 10 Uhr.
        >
        > Viele Grüße
        > Nils
        """)
    hs = std(addr("Katharina Pichler", "katharina.pichler@donaustrahl.at"),
             "Re: Bewerbung Testingenieur – kurzes Kennenlernen", "2026-09-28 15:47:31", "Europe/Vienna",
             "mail.donaustrahl.at", domain="donaustrahl.at",
             extra=(("In-Reply-To", mid("nils-donaustrahl-1", "example.com")),
                    ("References", mid("nils-donaustrahl-1", "example.com")),
                    ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(6), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-11-06T12:30:00Z", end="2026-11-06T13:15:00Z",
           contact="sanne.dewit@kempenlitho.nl", company="Kempen Lithography B.V.",
           local="Fri 2026-11-06 13:30", local_end="2026-11-06 14:15", zone="Europe/Amsterdam",
           note="Teamtailor confirmation, Eindhoven: Friday 6 Nov 13:30-14:15 CET (UTC+1, after 25 Oct) "
                "= 12:30-13:15Z; ICS in UTC agrees; contact = Reply-To recruiter")
def m06() -> bytes:
    body = t("""
        Hi Nils,

        Great news - your interview with Kempen Lithography is booked.

        Interview: Test Engineer Optical Metrology - technical interview
        Date: Friday 6 November 2026
        Time: 13:30 - 14:15 (CET, Amsterdam)
        Location: Video call (Google Meet link in the calendar invite)
        Interviewers: Sanne de Wit, Joost Verhoeven

        Please prepare a short walkthrough of the case study you sent us.

        If something comes up, reply to this email and Sanne will help you find another time.

        Kind regards,
        Kempen Lithography

        Sent with Teamtailor
        """)
    ical = ics("""BEGIN:VEVENT
UID:teamtailor-interview-2291847@teamtailor.com
DTSTAMP:20261102T091512Z
DTSTART:20261106T123000Z
DTEND:20261106T131500Z
SUMMARY:Interview: Test Engineer Optical Metrology - Kempen Lithography
LOCATION:https://meet.google.com/kpx-ufwm-dqa
ORGANIZER;CN=Sanne de Wit:mailto:sanne.dewit@kempenlitho.nl
ATTENDEE;CN=Nils Brückner;PARTSTAT=NEEDS-ACTION:mailto:nils.brueckner@example.com
STATUS:CONFIRMED
END:VEVENT""", prodid="-//Teamtailor//Interviews//EN")
    hs = std(addr("Kempen Lithography", "no-reply@teamtailor-mail.com"),
             "Interview booked: Test Engineer Optical Metrology", "2026-11-02 10:15:12", "Europe/Amsterdam",
             "mail.teamtailor-mail.com", domain="teamtailor-mail.com",
             extra=(("Reply-To", addr("Sanne de Wit", "sanne.dewit@kempenlitho.nl")),))
    return message(hs, mixed(alt(text(body), html_part(para_html(body))),
                             calendar(ical, method=None, cte="base64", filename="interview.ics",
                                      disposition="attachment")))


@make.mail(N(7), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
           contact="dana.whitfield@pembertonoptical.com", company="Pemberton Optical Instruments",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
           note="Workday mail from Rochester NY sent Wed 28 Oct in EDT; the interview is Tue 3 Nov, "
                "after US clocks go back on 1 Nov: 10:00-11:00 Eastern = EST (UTC-5) = 15:00-16:00Z "
                "(16:00 CET in Wetzlar); contact = recruiter address in the body")
def m07() -> bytes:
    body = t("""
        Dear Nils,

        Thank you for your interest in Pemberton Optical Instruments. Your interview has been scheduled.

        Job Requisition: R-10482 Optical Test Engineer (Remote, EMEA)
        Interview Type: Video Interview - Hiring Manager
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 11:00 AM (Eastern Time)
        Interviewer: Greg Castellano, Manager, Test Engineering

        A Zoom link will be sent to you by your recruiter before the interview. If you have any
        questions, please contact Dana Whitfield at dana.whitfield@pembertonoptical.com.

        To view the details in Workday, sign in to the Candidate Home page:
        https://pemberton.wd5.myworkdayjobs.com/en-US/Careers/userHome

        Sincerely,
        Talent Acquisition
        Pemberton Optical Instruments

        This is an automatically generated message. Please do not reply to this email.
        """)
    hs = std(addr("Pemberton Optical Instruments", "pemberton@myworkday.com"),
             "Interview Scheduled: R-10482 Optical Test Engineer", "2026-10-28 11:30:44", "America/New_York",
             "mx0a-004b1201.pphosted.com", domain="myworkday.com")
    return message(hs, alt(text(body, cte="base64"), html_part(para_html(body, "Arial"), cte="base64")))


@make.mail(N(8), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
           start="2026-10-15T11:00:00Z", end="2026-10-15T12:00:00Z",
           contact="tobias.engel@rheingau-messtechnik.de", company="Rheingau Messtechnik GmbH",
           local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:00", zone=BER,
           note="SmartRecruiters confirmation (Wiesbaden), sent from a no-reply address: Thu 15 Oct "
                "13:00-14:00 CEST = 11:00-12:00Z; ICS (TZID Europe/Berlin) agrees; contact = the "
                "interviewer's address given in the body")
def m08() -> bytes:
    body = t("""
        Guten Tag Herr Brückner,

        Ihr Interviewtermin für die Position "Prüfingenieur Optische Messtechnik (m/w/d)" ist bestätigt.

        Donnerstag, 15. Oktober 2026
        13:00 - 14:00 (MESZ)
        Rheingau Messtechnik GmbH, Mainzer Straße 77, 65189 Wiesbaden

        Interviewer: Tobias Engel, Leiter Qualitätssicherung
        Rückfragen zum Termin gerne direkt an tobias.engel@rheingau-messtechnik.de

        Den Termin können Sie mit der angehängten Kalenderdatei in Ihren Kalender übernehmen.

        Freundliche Grüße
        Ihr Recruiting-Team der Rheingau Messtechnik GmbH

        Powered by SmartRecruiters
        """)
    ical = ics("""BEGIN:VEVENT
UID:sr-int-7a1f09c2-5d3b-4a8e-9f62-1b0c7d4e8a31
DTSTAMP:20261009T090204Z
DTSTART;TZID=Europe/Berlin:20261015T130000
DTEND;TZID=Europe/Berlin:20261015T140000
SUMMARY:Interview: Prüfingenieur Optische Messtechnik (m/w/d)
LOCATION:Rheingau Messtechnik GmbH\\, Mainzer Straße 77\\, 65189 Wiesbaden
ORGANIZER;CN=Tobias Engel:mailto:tobias.engel@rheingau-messtechnik.de
END:VEVENT""", prodid="-//SmartRecruiters//Interview Scheduler//DE", tz="Europe/Berlin")
    hs = std(addr("Rheingau Messtechnik GmbH", "noreply@smartrecruiters.com"),
             "Interviewbestätigung: Prüfingenieur Optische Messtechnik (m/w/d)", "2026-10-09 11:02:04", BER,
             "mail-out.smartrecruiters.com", domain="smartrecruiters.com")
    return message(hs, mixed(alt(text(body), html_part(para_html(body))),
                             calendar(ical, method="PUBLISH", cte="quoted-printable", filename="interview.ics",
                                      disposition="attachment")))


@make.mail(N(9), family="calendly", lang="de", interview=True, kind="scheduled",
           start="2026-09-18T07:00:00Z", end="2026-09-18T07:30:00Z",
           contact="hannah.moritz@spessart-sensorik.de", company="Spessart Sensorik GmbH",
           local="Fri 2026-09-18 09:00", local_end="2026-09-18 09:30", zone=BER,
           note="Calendly invitee confirmation (German UI) for a technical interview booked with a "
                "hiring manager in Aschaffenburg; 09:00-09:30 'Mitteleuropäische Zeit' in September is "
                "CEST (UTC+2) = 07:00-07:30Z; ICS in UTC agrees; contact = Reply-To host")
def m09() -> bytes:
    body = t("""
        Hallo Nils Brückner,

        Ihr Termin mit Hannah Moritz wurde geplant.

        Termintyp:
        Technisches Interview Testingenieur (30 Min.)

        Gastgeber:
        Hannah Moritz

        Datum/Uhrzeit des Termins:
        09:00 - 09:30, Freitag, 18. September 2026 (Mitteleuropäische Zeit)

        Ort:
        Microsoft Teams - Einwahldaten folgen per E-Mail

        Ihre Mitteilung:
        Ich freue mich auf das Gespräch!

        Ansehen: https://calendly.com/events/4f2c9a71/invitee

        Stornieren: https://calendly.com/cancellations/4f2c9a71
        Neu planen: https://calendly.com/reschedulings/4f2c9a71

        Powered by Calendly.com
        """)
    ical = ics("""BEGIN:VEVENT
DTSTAMP:20260914T183120Z
UID:4f2c9a71-0b66-4a2d-93fe-calendly
DTSTART:20260918T070000Z
DTEND:20260918T073000Z
SUMMARY:Technisches Interview Testingenieur (30 Min.) - Hannah Moritz
ORGANIZER;CN=Hannah Moritz:mailto:hannah.moritz@spessart-sensorik.de
ATTENDEE;CN=Nils Brückner;RSVP=TRUE:mailto:nils.brueckner@example.com
STATUS:CONFIRMED
END:VEVENT""", prodid="-//Calendly//Calendly//EN")
    subj = "Bestätigt: Technisches Interview Testingenieur (30 Min.) mit Hannah Moritz am Fr, 18. Sep 2026"
    hs = std(addr("Calendly", "notifications@calendly.com"), subj, "2026-09-14 20:31:20", BER,
             "o1.email.calendly.com", domain="calendly.com",
             extra=(("Reply-To", addr("Hannah Moritz", "hannah.moritz@spessart-sensorik.de")),))
    return message(hs, mixed(alt(text(body), html_part(para_html(body, "Proxima Nova,Arial,sans-serif"))),
                             calendar(ical, cte="base64", filename="invite.ics", disposition="attachment")))



@make.mail(N(10), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-10-21T08:00:00Z", end="2026-10-21T08:45:00Z",
           contact=None, company="Albtal Präzisionsoptik AG",
           local="Wed 2026-10-21 10:00", local_end="2026-10-21 10:45", zone=BER,
           note="Microsoft Bookings (German), HTML only + ICS: the body writes '(UTC+01:00) Amsterdam, "
                "Berlin, ...', the zone's standard label, but 21 Oct is still CEST: 10:00-10:45 = "
                "08:00-08:45Z (the ICS, W. Europe Standard Time, agrees); only a shared Bookings "
                "mailbox and a staff name, so contact null")
def m10() -> bytes:
    htmlb = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px;font-weight:600">Ihre Buchung wurde bestätigt.</p>
        <p>Hallo Nils Brückner,</p>
        <p>vielen Dank für Ihre Buchung bei Albtal Präzisionsoptik AG – Bewerbungsgespräche.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c">Dienst</td><td>Zweitgespräch Testingenieur Optik (Fachbereich)</td></tr>
        <tr><td style="color:#605e5c">Datum</td><td>Mittwoch, 21. Oktober 2026</td></tr>
        <tr><td style="color:#605e5c">Uhrzeit</td><td>10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Petra Schöll</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWxidGFs%40thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@albtal-optik.de/bookings/">Buchung verwalten</a></p>
        <p style="color:#605e5c;font-size:12px">Albtal Präzisionsoptik AG · Ettlinger Straße 40 · 76137 Karlsruhe</p>
        </div>
        </body></html>
        """)
    ical = ics(f"""BEGIN:VEVENT
ORGANIZER;CN=Albtal Präzisionsoptik – Bewerbungsgespräche:mailto:Bewerbungsgespraeche@albtal-optik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Nils Brückner:mailto:{ME}
UID:040000008200E00074C5B7101A82E0080000000061B7A0F22C44DD01000000000000000010000000{_h('albtal')[:32].upper()}
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Testingenieur Optik (Fachbereich)
DTSTART;TZID=W. Europe Standard Time:20261021T100000
DTEND;TZID=W. Europe Standard Time:20261021T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T112044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
{EXCHANGE_X}
END:VEVENT""", prodid="Microsoft Exchange Server 2010", tz="W. Europe Standard Time")
    hs = std(addr("Albtal Präzisionsoptik – Bewerbungsgespräche", "Bewerbungsgespraeche@albtal-optik.de"),
             "Ihre Buchung wurde bestätigt: Zweitgespräch Testingenieur Optik (Fachbereich)",
             "2026-10-15 13:20:44", BER, "mail-am6eur05on2093.outbound.protection.outlook.com",
             domain="EUR05.PROD.OUTLOOK.COM", extra=exchange_headers("Ihre Buchung wurde bestätigt"))
    return message(hs, mixed(html_part(htmlb, cte="base64"),
                             calendar(ical, cte="base64", filename="Buchung.ics", disposition="attachment")))


@make.mail(N(11), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-16T15:00:00Z", end="2026-11-16T15:45:00Z",
           contact="megan.oleary@luminosmedtech.com", company="Luminos Medtech",
           local="Mon 2026-11-16 10:00", local_end="2026-11-16 10:45", zone="America/New_York",
           note="Lever confirmation from a Boston medtech: 10:00-10:45 AM EST (UTC-5, US back on "
                "standard time since 1 Nov) = 15:00-15:45Z, also written as 4:00 PM CET; contact = "
                "Reply-To recruiter")
def m11() -> bytes:
    body = t("""
        Hi Nils,

        You're all set! Here are the details for your upcoming interview with Luminos Medtech.

        Optical Test Engineer - Imaging Systems (Remote, Germany)
        Monday, November 16, 2026
        10:00 AM - 10:45 AM EST (4:00 PM - 4:45 PM CET)

        Interviewer: Raj Malhotra, Director of Systems Verification
        Zoom: https://luminosmedtech.zoom.us/j/86120447391

        If you have any questions, simply reply to this message.

        Best,
        Megan O'Leary
        Talent Partner, Luminos Medtech
        """)
    hs = std(addr("Luminos Medtech", "no-reply@hire.lever.co"),
             "Your interview with Luminos Medtech is confirmed", "2026-11-10 09:05:37", "America/New_York",
             "mail.hire.lever.co", domain="hire.lever.co",
             extra=(("Reply-To", addr("Megan O'Leary", "megan.oleary@luminosmedtech.com")),))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html_part(para_html(body))))


@make.mail(N(12), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-01T12:00:00Z", end="2026-12-01T15:00:00Z",
           contact="leonie.baptiste@aureliasurgical.com", company="Aurelia Surgical Vision",
           local="Tue 2026-12-01 13:00", local_end="2026-12-01 16:00", zone=BER,
           note="GoodTime onsite itinerary in Freiburg, three sessions 13:00-16:00 CET: start = first "
                "session 12:00Z, end = last session 15:00Z; contact = Reply-To coordinator")
def m12() -> bytes:
    body = t("""
        Hi Nils,

        Your onsite interview with Aurelia Surgical Vision is confirmed. All times are Central European
        Time (CET).

        Tuesday, December 1, 2026 - Aurelia Surgical Vision, Engesserstraße 4, 79108 Freiburg

        1:00 PM - 1:45 PM   Meet the team lead - Moritz Hanke
        2:00 PM - 3:00 PM   Optical bench walkthrough & test strategy - Elena Vasquez, Lukas Brenner
        3:15 PM - 4:00 PM   Wrap-up - Dr. Corinne Abadie, Director of R&D

        Please ask for Leonie at reception. Travel expenses are reimbursed, receipts to me.

        Need to make a change? Reply to this email.

        Leonie Baptiste
        Recruiting Coordinator | Aurelia Surgical Vision

        Scheduled with GoodTime
        """)
    hs = std(addr("Leonie Baptiste via GoodTime", "scheduling@goodtime.io"),
             "Confirmed: Onsite interview at Aurelia Surgical Vision on Tue, Dec 1",
             "2026-11-24 16:40:19", BER, "mail.goodtime.io", domain="goodtime.io",
             extra=(("Reply-To", addr("Leonie Baptiste", "leonie.baptiste@aureliasurgical.com")),))
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(13), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start="2026-11-10T09:30:00Z", end=None,
           contact="andreas.moeller@vogelsberg-laser.de", company="Vogelsberg Laser GmbH",
           local="Tue 2026-11-10 10:30", zone=BER,
           note="Outlook reply (Sie) on top of the quoted thread: 'dann halten wir Dienstag um 10:30 Uhr "
                "fest', Date Fri 6 Nov -> Tue 10 Nov 10:30 CET = 09:30Z; the quoted proposal also "
                "offered Wed 11 Nov 14:00; 'etwa zwei Stunden' is approximate, end null; contact = human sender")
def m13() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        prima, dann halten wir Dienstag um 10:30 Uhr fest. Bitte melden Sie sich am Empfang in der
        Industriestraße 5 in Fulda; ich hole Sie dort ab. Planen Sie bitte etwa zwei Stunden ein,
        wir zeigen Ihnen im Anschluss gern noch die Fertigung.

        Mit freundlichen Grüßen
        Andreas Möller

        Andreas Möller
        Leiter Qualitätsmanagement
        Vogelsberg Laser GmbH | Industriestraße 5 | 36041 Fulda

        -----Ursprüngliche Nachricht-----
        Von: Nils Brückner <nils.brueckner@example.com>
        Gesendet: Donnerstag, 5. November 2026 19:48
        An: Möller, Andreas <andreas.moeller@vogelsberg-laser.de>
        Betreff: Re: Terminvorschläge Vorstellungsgespräch

        Sehr geehrter Herr Möller,

        vielen Dank für die Terminvorschläge. Dienstag um 10:30 Uhr passt mir sehr gut.

        Mit freundlichen Grüßen
        Nils Brückner

        -----Ursprüngliche Nachricht-----
        Von: Möller, Andreas <andreas.moeller@vogelsberg-laser.de>
        Gesendet: Mittwoch, 4. November 2026 11:15
        An: Nils Brückner <nils.brueckner@example.com>
        Betreff: Terminvorschläge Vorstellungsgespräch

        Sehr geehrter Herr Brückner,

        gerne würden wir Sie persönlich kennenlernen. Ich könnte Ihnen folgende Termine anbieten:
        - Dienstag, 10.11., 10:30 Uhr
        - Mittwoch, 11.11., 14:00 Uhr

        Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen besser passt.
        """)
    hs = std(addr("Möller, Andreas", "andreas.moeller@vogelsberg-laser.de"),
             "AW: Terminvorschläge Vorstellungsgespräch", "2026-11-06 08:12:50", BER,
             "mail-db8eur05on2071.outbound.protection.outlook.com", domain="EUR05.PROD.OUTLOOK.COM",
             extra=(("In-Reply-To", mid("nils-vogelsberg-2", "example.com")),
                    ("References", mid("vogelsberg-1", "vogelsberg-laser.de") + " "
                     + mid("nils-vogelsberg-2", "example.com")),
                    *exchange_headers("Terminvorschläge Vorstellungsgespräch")))
    return message(hs, alt(text(body, charset="iso-8859-15"),
                           html_part(para_html(body, "Calibri,sans-serif", "11pt"), charset="iso-8859-15")))


@make.mail(N(14), family="forwarded", lang="de", interview=True, kind="scheduled",
           start="2026-11-19T13:00:00Z", end="2026-11-19T14:00:00Z",
           contact="miriam.kraus@frankenoptik.de", company="Frankenoptik GmbH",
           local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=BER,
           note="Nils forwards a Recruitee confirmation (Nuremberg) from his private address to "
                "himself: Thu 19 Nov 14:00-15:00 CET = 13:00-14:00Z; the forwarder is the candidate, "
                "the original sender a no-reply, so contact = the recruiter address in the body")
def m14() -> bytes:
    body = t("""
        zur Erinnerung, bitte in den Kalender

        ---------- Weitergeleitete Nachricht ---------
        Von: Frankenoptik GmbH <noreply@recruitee.com>
        Date: Fr., 13. Nov. 2026 um 09:31 Uhr
        Subject: Ihr Vorstellungsgespräch bei Frankenoptik GmbH
        To: <nils.b@example.org>


        Hallo Herr Brückner,

        wir freuen uns, Sie zum Vorstellungsgespräch für die Stelle "Test Engineer Optik (m/w/d)"
        einzuladen. Ihr Termin ist bestätigt:

        Donnerstag, 19. November 2026, 14:00 - 15:00 Uhr
        Frankenoptik GmbH, Fürther Straße 212, 90429 Nürnberg

        Ihre Ansprechpartnerin: Miriam Kraus (Recruiting), miriam.kraus@frankenoptik.de

        Beste Grüße
        Ihr Team von Frankenoptik
        """)
    hs = std(addr(ME_NAME, ME_PRIVATE), "Fwd: Ihr Vorstellungsgespräch bei Frankenoptik GmbH",
             "2026-11-14 10:02:33", BER, "mail-wr1-f52.google.com", to=addr(ME_NAME, ME),
             domain="mail.gmail.com")
    return message(hs, alt(text(body), html_part(gmail_html(body))))


@make.mail(N(15), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
           contact="brent.sorensen@halvorsenvision.com", company="Halvorsen Vision Systems",
           local="Thu 2026-10-29 09:00", local_end="2026-10-29 10:00", zone="America/Chicago",
           note="iCIMS HTML-only mail whose time is only in the attached ICS: TZID America/Chicago "
                "09:00-10:00 on Thu 29 Oct, still CDT (UTC-5) = 14:00-15:00Z (Europe is already on "
                "CET, so 15:00 in Wetzlar); contact = ICS ORGANIZER")
def m15() -> bytes:
    htmlb = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="600" align="center"><tr><td>
        <img src="https://careers-halvorsenvision.icims.com/logo.png" alt="Halvorsen Vision Systems" width="180"><br><br>
        Dear Nils,<br><br>
        Your interview for the <b>Optical Test Engineer - Remote (EU)</b> position has been scheduled.
        Please open the attached calendar invitation (invite.ics) for the date, time and video link
        and add it to your calendar.<br><br>
        Interviewer: Brent Sorensen, Engineering Manager<br><br>
        We look forward to speaking with you.<br><br>
        Halvorsen Vision Systems Talent Acquisition<br>
        <span style="font-size:10px;color:#888">Please do not reply to this message; this mailbox is not monitored.</span>
        </td></tr></table>
        </body></html>
        """)
    ical = ics("""BEGIN:VEVENT
UID:icims-15507-20261029-int1@halvorsenvision.icims.com
DTSTAMP:20261023T190011Z
DTSTART;TZID=America/Chicago:20261029T090000
DTEND;TZID=America/Chicago:20261029T100000
SUMMARY:Interview - Optical Test Engineer - Remote (EU)
DESCRIPTION:Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGFsdm%40thread.v2/0
ORGANIZER;CN=Brent Sorensen:mailto:brent.sorensen@halvorsenvision.com
ATTENDEE;CN=Nils Brueckner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:nils.brueckner@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", prodid="-//iCIMS//Interview Scheduling//EN", tz="America/Chicago")
    hs = std(addr("Halvorsen Vision Systems", "halvorsenvision@talent.icims.com"),
             "Interview Scheduled - Optical Test Engineer - Remote (EU)", "2026-10-23 14:00:11",
             "America/Chicago", "mail.icims.com", domain="talent.icims.com")
    return message(hs, mixed(html_part(htmlb, charset="us-ascii", cte="7bit"),
                             calendar(ical, cte="7bit", filename="invite.ics", disposition="attachment",
                                      charset="us-ascii")))


@make.mail(N(16), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-12-09T10:00:00Z", end="2026-12-09T10:45:00Z",
           contact="priya.raman@lumenfield.io", company="Lumenfield GmbH",
           local="Wed 2026-12-09 11:00", local_end="2026-12-09 11:45", zone=BER,
           note="Ashby confirmation from a Munich startup writing in English: Wed 9 Dec 11:00-11:45 CET "
                "= 10:00-10:45Z; ICS (TZID Europe/Berlin) agrees; contact = Reply-To recruiter")
def m16() -> bytes:
    body = t("""
        Hi Nils,

        Your interview is confirmed. Looking forward to it!

        Wednesday, December 9, 2026, 11:00 AM - 11:45 AM CET
        Google Meet (link in the calendar invite)

        You'll meet with:
          Tomasz Wieczorek - Lead Test Engineer
          Priya Raman - Talent

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Lumenfield Recruiting
        """)
    ical = ics("""BEGIN:VEVENT
UID:9c1d0e27-41aa-4a6b-b7d0-ashby-lumenfield
DTSTAMP:20261203T113011Z
DTSTART;TZID=Europe/Berlin:20261209T110000
DTEND;TZID=Europe/Berlin:20261209T114500
SUMMARY:Lumenfield – Test Engineer (Optics) Technical Interview
LOCATION:Google Meet
ORGANIZER;CN=Priya Raman:mailto:priya.raman@lumenfield.io
ATTENDEE;CN=Nils Brückner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nils.brueckner@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", prodid="-//Ashby//Ashby Scheduling//EN", tz="Europe/Berlin", extra=("CALSCALE:GREGORIAN",))
    hs = std(addr("Lumenfield", "no-reply@ashbyhq.com"),
             "Interview confirmed: Test Engineer (Optics) at Lumenfield", "2026-12-03 12:30:11", BER,
             "a48-112.smtp-out.amazonses.com", domain="email.amazonses.com",
             extra=(("Reply-To", addr("Priya Raman", "priya.raman@lumenfield.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html_part(para_html(body), cte="base64")),
                             calendar(ical, cte="base64", filename="invite.ics", disposition="attachment")))



@make.mail(N(17), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-09-29T07:00:00Z", end="2026-09-29T08:30:00Z",
           contact="matthias.huber@isarlicht-photonics.de", company="Isarlicht Photonics AG",
           local="Tue 2026-09-29 09:00", local_end="2026-09-29 10:30", zone=BER,
           note="Exchange update (SEQUENCE:1) of the Isarlicht invitation: moved from Thu 24 Sep 14:00 "
                "to Tue 29 Sep 09:00-10:30 CEST = 07:00-08:30Z (W. Europe Standard Time); the old "
                "time is also in the text; contact = ORGANIZER / sender")
def m17() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        leider ist Herr Dr. Lenz am Donnerstag, 24.09., kurzfristig auf Dienstreise. Ich habe unser
        Gespräch daher auf Dienstag, 29.09.2026, 09:00 bis 10:30 Uhr verlegt – wie heute Vormittag am
        Telefon mit Ihnen abgestimmt. Ort und Ablauf bleiben unverändert.

        Viele Grüße
        Matthias Huber

        """) + TEAMS_DE.format(id="MjE4ZWFmYzEtOGQ2", mid="318 442 907 615", pw="qT7hB2")
    ical = _isarlicht_ics(1, "20260929", "090000", "103000", "20260921T094011Z")
    hs = std(addr("Huber, Matthias (Dr.)", "matthias.huber@isarlicht-photonics.de"),
             "Aktualisiert: Vorstellungsgespräch Nils Brückner – Testingenieur Laseroptik",
             "2026-09-21 11:40:11", BER, "mail-fr2deu01on2112.outbound.protection.outlook.com",
             domain="EUR03.PROD.OUTLOOK.COM",
             extra=exchange_headers("Vorstellungsgespräch Nils Brückner – Testingenieur Laseroptik"))
    return message(hs, alt(text(body), html_part(para_html(body, "Calibri,sans-serif", "11pt")),
                           calendar(ical, cte="base64")))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-12T09:00:00Z", end="2026-10-12T10:00:00Z",
           contact="fiona.grant@caledonmedical.co.uk", company="Caledon Medical Imaging",
           local="Mon 2026-10-12 10:00", local_end="2026-10-12 11:00", zone="Europe/London",
           note="Edinburgh coordinator moves Wednesday's (7 Oct, 3 PM) interview to Mon 12 Oct 10:00-11:00 "
                "UK time, BST (UTC+1) = 09:00-10:00Z (written also as 11:00 for Wetzlar); both times "
                "in the text, the new one is confirmed; contact = human sender")
def m18() -> bytes:
    body = t("""
        Hi Nils,

        Apologies for the change at short notice - Alasdair has been called to a customer site in
        Aberdeen on Wednesday. Thanks for confirming on the phone that Monday works; I've moved your
        interview to:

        Monday 12 October, 10:00-11:00 UK time (11:00-12:00 for you in Wetzlar)

        Same panel, same Teams link. The calendar invite for Wednesday 7 October at 3pm has been
        removed and an updated one will land in your inbox shortly.

        Thanks for your flexibility,
        Fiona

        Fiona Grant | Recruiting Coordinator
        Caledon Medical Imaging Ltd | 9 Bioquarter Way, Edinburgh EH16 4UX
        """)
    hs = std(addr("Fiona Grant", "fiona.grant@caledonmedical.co.uk"),
             "Change of time - your interview with Caledon Medical Imaging", "2026-10-05 10:03:58",
             "Europe/London", "mail-lo2gbr01on2105.outbound.protection.outlook.com",
             domain="GBR01.PROD.OUTLOOK.COM", extra=exchange_headers("Change of time", "en-GB"))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html_part(para_html(body, "Aptos,Calibri,sans-serif", "11pt"), charset="windows-1252")))


@make.mail(N(19), family="personio", lang="de", interview=True, kind="rescheduled",
           start="2026-10-29T09:00:00Z", end="2026-10-29T11:00:00Z",
           contact="sabine.koetter@lahnoptik.de", company="Lahnoptik GmbH",
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 12:00", zone=BER,
           note="Personio reschedule sent Tue 20 Oct (CEST) for Thu 29 Oct, after Europe's switch to "
                "CET on 25 Oct: 10:00-12:00 MEZ (UTC+1) = 09:00-11:00Z; the old slot (22 Oct 13:00) "
                "is also written; contact = Reply-To")
def m19() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        wie soeben telefonisch besprochen, verschieben wir Ihr Zweitgespräch. Hier die aktualisierten
        Termindetails:

        Neuer Termin: Donnerstag, 29. Oktober 2026, 10:00 - 12:00 Uhr
        (bisher: Donnerstag, 22. Oktober 2026, 13:00 Uhr)
        Ort: Lahnoptik GmbH, Robert-Bosch-Straße 12, 35398 Gießen, Prüffeld Halle 3

        Im zweiten Teil des Gesprächs möchten wir mit Ihnen gemeinsam eine Messaufgabe am
        Interferometer durchgehen. Sicherheitsschuhe stellen wir Ihnen.

        Mit freundlichen Grüßen

        Sabine Kötter
        Personalreferentin
        Lahnoptik GmbH

        Diese E-Mail wurde über Personio versendet.
        """)
    hs = std(addr("Lahnoptik GmbH", "noreply@mail.personio.de"),
             "Terminänderung: Zweitgespräch Testingenieur Optische Systeme (m/w/d)",
             "2026-10-20 09:40:26", BER, "mail-eu.personio.de", domain="personio.de",
             extra=(("Reply-To", addr("Sabine Kötter", "sabine.koetter@lahnoptik.de")),))
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(20), family="google_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-10-27T13:00:00Z", end="2026-10-27T14:00:00Z",
           contact="jonas.weisshaar@neckarlinse.de", company="Neckarlinse GmbH",
           local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=BER,
           note="Google Calendar 'Aktualisierte Einladung' (SEQUENCE:1) moving the Neckarlinse interview "
                "from Mon 26 Oct to Tue 27 Oct 14:00-15:00 MEZ (CET, UTC+1) = 13:00-14:00Z; sent Fri 23 "
                "Oct in CEST; contact = ORGANIZER")
def m20() -> bytes:
    body = t("""
        Dieser Termin wurde geändert.

        Vorstellungsgespräch Testingenieur – Nils Brückner
        Geändert: Dienstag, 27. Okt. 2026 ⋅ 14:00 – 15:00 (Mitteleuropäische Normalzeit - Berlin)

        An Google Meet teilnehmen
        meet.google.com/vrq-zkpa-hne

        Technisches Gespräch zur Stelle Testingenieur Optik (m/w/d).

        Gäste
        Jonas Weißhaar - Organisator
        nils.brueckner@example.com

        Antworten für nils.brueckner@example.com: Ja / Nein / Vielleicht

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ical = _google_ics(1, "20261027T130000Z", "20261027T140000Z", "20261023T064518Z", "20261022T151002Z")
    subj = ("Aktualisierte Einladung: Vorstellungsgespräch Testingenieur – Nils Brückner @ Di. 27. Okt. "
            "2026 14:00 - 15:00 (MEZ) (nils.brueckner@example.com)")
    hs = std(addr("Jonas Weißhaar", "jonas.weisshaar@neckarlinse.de"), subj,
             "2026-10-23 08:45:18", BER, "mail-sor-f69.google.com", domain="google.com",
             extra=(("Reply-To", addr("Jonas Weißhaar", "jonas.weisshaar@neckarlinse.de")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html_part(para_html(body, "Roboto,Arial,sans-serif")),
                                 calendar(ical, cte="base64")),
                             calendar(ical, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(21), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-11-25T14:00:00Z", end="2026-11-25T15:00:00Z",
           contact="carolin.wendt@taunus-medtech.de", company="Taunus Medizintechnik GmbH",
           local="Wed 2026-11-25 15:00", local_end="2026-11-25 16:00", zone=BER,
           note="Exchange METHOD:CANCEL (Bad Homburg), the position was filled internally: cancelled "
                "slot Wed 25 Nov 15:00-16:00 CET = 14:00-15:00Z; contact = sender / ORGANIZER")
def m21() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        leider muss ich unser Vorstellungsgespräch am Mittwoch, 25.11.2026 um 15:00 Uhr absagen: Die
        Stelle konnte kurzfristig intern besetzt werden. Ich bedauere das sehr und bedanke mich für
        Ihr Interesse. Ihre Unterlagen nehmen wir – Ihr Einverständnis vorausgesetzt – gern in
        unseren Talentpool auf.

        Mit freundlichen Grüßen
        Carolin Wendt
        Personalreferentin | Taunus Medizintechnik GmbH
        Siemensstraße 21 | 61352 Bad Homburg v. d. Höhe
        """)
    ical = ics(f"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Carolin":mailto:carolin.wendt@taunus-medtech.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Nils Brückner:mailto:{ME}
DESCRIPTION;LANGUAGE=de-DE:Die Stelle wurde intern besetzt.\\n
UID:040000008200E00074C5B7101A82E00800000000D2C1B9E3F4B6DC01000000000000000010000000{_h('taunus')[:32].upper()}
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Testingenieur (m/w/d) – Brückner
DTSTART;TZID=W. Europe Standard Time:20261125T150000
DTEND;TZID=W. Europe Standard Time:20261125T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261120T093012Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Bad Homburg\\, Siemensstraße 21\\, Besprechungsraum Feldberg
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT""", method="CANCEL", prodid="Microsoft Exchange Server 2010", tz="W. Europe Standard Time")
    hs = std(addr("Wendt, Carolin", "carolin.wendt@taunus-medtech.de"),
             "Abgesagt: Vorstellungsgespräch Testingenieur (m/w/d) – Brückner", "2026-11-20 10:30:12", BER,
             "mail-be0deu01on2130.outbound.protection.outlook.com", domain="DEU01.PROD.OUTLOOK.COM",
             extra=(*exchange_headers("Vorstellungsgespräch Testingenieur (m/w/d) – Brückner"),
                    ("Importance", "high")))
    return message(hs, alt(text(body), html_part(para_html(body, "Calibri,sans-serif", "11pt")),
                           calendar(ical, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-16T15:00:00Z", end=None,
           contact="megan.oleary@luminosmedtech.com", company="Luminos Medtech",
           local="Mon 2026-11-16 10:00", zone="America/New_York",
           note="Boston recruiter cancels 'Monday's interview (Nov 16, 10:00 AM ET)' because the "
                "requisition is on hold: cancelled slot 10:00 EST (UTC-5) = 15:00Z; no new time; "
                "contact = human sender")
def m22() -> bytes:
    body = t("""
        Hi Nils,

        I'm sorry to be writing with this news. Our leadership team has put the Optical Test Engineer
        requisition on hold until the new fiscal year, so we need to cancel Monday's interview with
        Raj (Nov 16, 10:00 AM ET / 4:00 PM your time). You'll see the calendar invite disappear.

        This has nothing to do with your profile - Raj was looking forward to the conversation. If the
        role reopens in Q1 I'll reach out to you first.

        All the best,
        Megan

        Megan O'Leary
        Talent Partner | Luminos Medtech
        One Marina Park Drive, Boston, MA 02210
        """)
    hs = std(addr("Megan O'Leary", "megan.oleary@luminosmedtech.com"),
             "Update on your interview - Luminos Medtech", "2026-11-12 14:10:27", "America/New_York",
             "mail-bn8nam12on2098.outbound.protection.outlook.com", domain="NAM12.PROD.OUTLOOK.COM",
             extra=exchange_headers("Update on your interview", "en-US"))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"),
                           html_part(para_html(body, "Calibri,sans-serif", "11pt"))))


@make.mail(N(23), family="human_prose", lang="de", interview=True, kind="cancelled",
           start="2026-10-16T08:00:00Z", end=None,
           contact="katharina.pichler@donaustrahl.at", company="Donaustrahl Optik GmbH",
           local="Fri 2026-10-16 10:00", zone="Europe/Vienna",
           note="Vienna recruiter (Du) cancels the second round 'am Freitag (16.10., 10 Uhr)', new date "
                "to follow: cancelled slot 10:00 CEST (UTC+2) = 08:00Z; contact = human sender")
def m23() -> bytes:
    body = t("""
        Hallo Nils,

        leider muss ich unseren zweiten Termin am Freitag (16.10., 10 Uhr) absagen – Florian ist
        krank und fällt die ganze Woche aus. Tut mir echt leid! Sobald er wieder da ist, melde ich
        mich mit einem neuen Terminvorschlag.

        Liebe Grüße
        Katharina

        --
        Katharina Pichler
        Talent Acquisition | Donaustrahl Optik GmbH
        Brünner Straße 131, 1210 Wien
        """)
    hs = std(addr("Katharina Pichler", "katharina.pichler@donaustrahl.at"),
             "Absage Termin Freitag", "2026-10-13 09:20:45", "Europe/Vienna",
             "mail.donaustrahl.at", domain="donaustrahl.at",
             extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit", params="format=flowed"))



# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="de", interview=False, company="Rheingau Messtechnik GmbH",
           note="SmartRecruiters rejection after the 15 Oct interview; no appointment")
def m24() -> bytes:
    body = t("""
        Guten Tag Herr Brückner,

        vielen Dank für das angenehme Gespräch am 15. Oktober und die Zeit, die Sie sich für uns
        genommen haben.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch
        etwas genauer zu den Anforderungen der Position passt. Diese Entscheidung ist uns nicht leicht
        gefallen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Freundliche Grüße
        Tobias Engel
        im Namen des Recruiting-Teams der Rheingau Messtechnik GmbH

        Powered by SmartRecruiters
        """)
    hs = std(addr("Rheingau Messtechnik GmbH", "noreply@smartrecruiters.com"),
             "Ihre Bewerbung als Prüfingenieur Optische Messtechnik (m/w/d)", "2026-10-27 15:48:02", BER,
             "mail-out.smartrecruiters.com", domain="smartrecruiters.com")
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(25), family="application_receipt", lang="de", interview=False,
           company="Taunus Medizintechnik GmbH",
           note="Taleo receipt of the application (ISO-8859-1, quoted-printable); no date fixed")
def m25() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        vielen Dank für Ihre Bewerbung als Testingenieur (m/w/d) - Req. ID 26-0417 und Ihr Interesse
        an der Taunus Medizintechnik GmbH.

        Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und
        melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Den Status Ihrer Bewerbung können
        Sie jederzeit in Ihrem Kandidatenprofil einsehen.

        Mit freundlichen Grüßen
        Ihr Personalteam
        Taunus Medizintechnik GmbH

        Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
        """)
    hs = std(addr("Taunus Medizintechnik Karriere", "taunusmedtech@ats.taleo.net"),
             "Eingangsbestätigung Ihrer Bewerbung - Testingenieur (m/w/d)", "2026-10-05 07:14:09", BER,
             "smtp1.taleo.net", domain="taleo.net")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(26), family="job_alert", lang="de", interview=False, company=None,
           note="Job board alert with new test-engineer vacancies; no appointment")
def m26() -> bytes:
    body = t("""
        Hallo Nils,

        für Ihren Suchauftrag "Testingenieur Optik" im Umkreis von 50 km um Wetzlar gibt es 12 neue
        Stellenangebote, u. a.:

        Testingenieur Optische Systeme (m/w/d) - Lahnoptik GmbH, Gießen - vor 1 Tag
        Prüfingenieur Optische Messtechnik (m/w/d) - Rheingau Messtechnik GmbH, Wiesbaden - vor 2 Tagen
        Validierungsingenieur Bildverarbeitung (m/w/d) - Dillvision GmbH, Herborn - vor 3 Tagen
        Test Engineer Laser Systems (m/f/d) - Optronix Marburg GmbH, Marburg - vor 3 Tagen

        Alle 12 Jobs ansehen: https://www.jobhafen.de/suchauftrag/8812031

        Suchauftrag bearbeiten oder abbestellen: https://www.jobhafen.de/konto/suchauftraege

        JobHafen GmbH, Speicherstadt 3, 20457 Hamburg
        """)
    hs = std(addr("JobHafen", "suchauftrag@mail.jobhafen.de"),
             "12 neue Jobs für \"Testingenieur Optik\" in Wetzlar", "2026-09-07 06:30:00", BER,
             "mta4.mail.jobhafen.de", domain="mail.jobhafen.de",
             extra=(("List-Unsubscribe", "<https://www.jobhafen.de/u/8812031>"),
                    ("Precedence", "bulk")))
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(27), family="job_alert", lang="en", interview=False, company=None,
           note="English job-platform digest ('jobs you may be interested in'); no appointment")
def m27() -> bytes:
    htmlb = t("""
        <html><body style="margin:0;background:#f3f2ef">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <tr><td style="padding:16px"><b>Careerloop</b></td></tr>
        <tr><td style="padding:0 16px">Your job alert for <b>optical test engineer</b> in Germany<br>6 new jobs match your preferences.</td></tr>
        <tr><td style="padding:16px">
        <a href="https://careerloop.example.net/jobs/view/4471">Optical Test Engineer</a><br>Lumenfield &middot; Munich (Hybrid)<br><br>
        <a href="https://careerloop.example.net/jobs/view/4472">Verification Engineer, Imaging</a><br>Aurelia Surgical Vision &middot; Freiburg<br><br>
        <a href="https://careerloop.example.net/jobs/view/4473">Metrology Test Engineer</a><br>Kempen Lithography &middot; Eindhoven (Relocation)<br>
        </td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#666">You are receiving Job Alert emails. <a href="https://careerloop.example.net/unsub">Unsubscribe</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = std(addr("Careerloop Job Alerts", "jobalerts-noreply@careerloop.example.net"),
             "\"optical test engineer\": 6 new jobs in Germany", "2026-11-18 08:02:40", BER,
             "mailout.careerloop.example.net", domain="careerloop.example.net",
             extra=(("List-Unsubscribe", "<https://careerloop.example.net/unsub>"),))
    return message(hs, html_part(htmlb, charset="us-ascii", cte="quoted-printable"))


@make.mail(N(28), family="recruiter_outreach", lang="de", interview=False,
           company="Rhein-Main Technik Personal GmbH",
           note="Agency recruiter (Du) asks for a short call 'diese Woche'; nothing fixed")
def m28() -> bytes:
    body = t("""
        Hallo Nils,

        ich bin über dein Profil gestolpert und glaube, ich hätte da was Spannendes für dich: ein
        Hersteller von Mikroskopoptiken im Raum Wetzlar sucht einen Testingenieur für den Aufbau
        eines neuen Prüffelds. Festanstellung beim Kunden, 37,5-Stunden-Woche, bis zu 2 Tage Homeoffice.

        Hättest du diese Woche Zeit für ein kurzes Telefonat? Sag mir gern, wann es dir passt.

        Viele Grüße
        Lena Schuster
        Senior Consultant Engineering
        Rhein-Main Technik Personal GmbH | Frankfurt am Main
        Tel. +49 69 4005 118-21
        """)
    hs = std(addr("Lena Schuster", "lena.schuster@rm-technikpersonal.de"),
             "Testingenieur-Position bei Wetzlar – hast du kurz Zeit?", "2026-09-08 10:17:55", BER,
             "mail.rm-technikpersonal.de", domain="rm-technikpersonal.de")
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(29), family="scheduling_link", lang="en", interview=False, company="Caledon Medical Imaging",
           note="Greenhouse availability request (before the 7 Oct confirmation): asks the candidate "
                "to submit times; nothing confirmed")
def m29() -> bytes:
    body = t("""
        Hi Nils,

        Thanks for applying to Caledon Medical Imaging! The team would love to set up a 60-minute video
        interview for the Optical Test Engineer role.

        Please submit your availability for the next two weeks using the link below. Times are shown in
        your local time zone.

        https://app.greenhouse.io/availability/3a9f0d77c1/submit

        Best,
        Fiona Grant
        Recruiting Coordinator, Caledon Medical Imaging
        """)
    hs = std(addr("Caledon Medical Imaging", "no-reply@us.greenhouse-mail.io"),
             "Your availability for an interview with Caledon Medical Imaging", "2026-09-25 16:21:09",
             "Europe/London", "o3.email.greenhouse.io", domain="greenhouse.io",
             extra=(("Reply-To", addr("Fiona Grant", "fiona.grant@caledonmedical.co.uk")),))
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(30), family="interview_proposal", lang="de", interview=False, company="Vogelsberg Laser GmbH",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
           note="Hiring manager proposes two slots (Tue 10.11. 10:30 or Wed 11.11. 14:00) and asks "
                "which suits; not yet confirmed (confirmed later in the AW: reply)")
def m30() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        vielen Dank für Ihre Bewerbung als Testingenieur Laserbearbeitung. Gerne würden wir Sie
        persönlich kennenlernen. Ich könnte Ihnen folgende Termine anbieten:
        - Dienstag, 10.11., 10:30 Uhr
        - Mittwoch, 11.11., 14:00 Uhr

        Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen besser passt.

        Mit freundlichen Grüßen
        Andreas Möller

        Andreas Möller
        Leiter Qualitätsmanagement
        Vogelsberg Laser GmbH | Industriestraße 5 | 36041 Fulda
        """)
    hs = std(addr("Möller, Andreas", "andreas.moeller@vogelsberg-laser.de"),
             "Terminvorschläge Vorstellungsgespräch", "2026-11-04 11:15:21", BER,
             "mail-db8eur05on2071.outbound.protection.outlook.com", domain="EUR05.PROD.OUTLOOK.COM",
             msgid=mid("vogelsberg-1", "vogelsberg-laser.de"),
             extra=exchange_headers("Terminvorschläge Vorstellungsgespräch"))
    return message(hs, alt(text(body, charset="iso-8859-15"),
                           html_part(para_html(body, "Calibri,sans-serif", "11pt"), charset="iso-8859-15")))


@make.mail(N(31), family="out_of_office", lang="de", interview=False, company="Lahnoptik GmbH",
           note="Out-of-office auto-reply of the Lahnoptik recruiter to Nils's question; gives only "
                "an absence period")
def m31() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 16.10.2026, nicht im Büro und habe keinen Zugriff auf meine
        E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte
        an personal@lahnoptik.de.

        Mit freundlichen Grüßen
        Sabine Kötter
        """)
    hs = std(addr("Sabine Kötter", "sabine.koetter@lahnoptik.de"),
             "Automatische Antwort: Frage zum Zweitgespräch", "2026-10-12 18:03:40", BER,
             "mail-fr3deu01on2119.outbound.protection.outlook.com", domain="DEU01.PROD.OUTLOOK.COM",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", mid("nils-lahnoptik-q", "example.com")),
                    *exchange_headers("Frage zum Zweitgespräch")))
    return message(hs, text(body, cte="base64"))


@make.mail(N(32), family="bounce", lang="en", interview=False, company=None,
           note="DSN: Nils's thank-you note after the Fulda interview bounced (mistyped address); "
                "the returned message mentions today's interview")
def m32() -> bytes:
    orig_body = t("""
        Sehr geehrter Herr Möller,

        vielen Dank für das freundliche Gespräch heute und die Führung durch die Fertigung. Ich habe
        einen sehr guten Eindruck von Ihrem Team gewonnen und freue mich, von Ihnen zu hören.

        Mit freundlichen Grüßen
        Nils Brückner
        """)
    orig = message([("Date", date("2026-11-10 17:22:05", BER)), ("From", TO),
                    ("To", "a.moeller@vogelsberg-laser.de"),
                    ("Subject", enc("Vielen Dank für das Gespräch")),
                    ("Message-ID", mid("nils-thanks-vogelsberg", "example.com"))], text(orig_body))
    expl = t("""
        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <a.moeller@vogelsberg-laser.de>: host vogelsberg-laser-de.mail.protection.outlook.com[52.101.68.4]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.com
        X-Postfix-Queue-ID: 4Bq7Jc2Xk1z9tX
        Arrival-Date: Tue, 10 Nov 2026 17:22:06 +0100 (CET)

        Final-Recipient: rfc822; a.moeller@vogelsberg-laser.de
        Original-Recipient: rfc822;a.moeller@vogelsberg-laser.de
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; vogelsberg-laser-de.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup
        """)
    body = multipart("report", text(expl, charset="us-ascii", cte="7bit",
                                    extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     attached_message(orig), params="report-type=delivery-status")
    hs = [("Date", date("2026-11-10 17:22:07", BER)),
          ("From", "MAILER-DAEMON@mail.example.com (Mail Delivery System)"),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Message-ID", "<20261110162207.4Bq7Jc2Xk1z9tX@mail.example.com>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, body)


@make.mail(N(33), family="offer", lang="de", interview=False, company="Lahnoptik GmbH",
           days=(("Fri", "2026-12-18"),),
           note="Written job offer with a reply-by date (Fri 18.12.) and a start date; no appointment")
def m33() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        wir freuen uns sehr, Ihnen nach den beiden Gesprächen die Position Testingenieur Optische
        Systeme (m/w/d) in unserem Prüffeld in Gießen anbieten zu können.

        Im Anhang finden Sie unser Vertragsangebot (Eintritt zum 1. Februar 2027, unbefristet,
        Jahresbruttogehalt 68.500 EUR, 30 Tage Urlaub). Bitte geben Sie uns bis Freitag, 18.12.2026,
        Bescheid, ob Sie das Angebot annehmen möchten. Für Rückfragen rufen Sie mich gern an.

        Mit freundlichen Grüßen

        Sabine Kötter
        Personalreferentin
        Lahnoptik GmbH | Robert-Bosch-Straße 12 | 35398 Gießen
        Tel. +49 641 9403 220
        """)
    pdf = raw_part([("Content-Type", "application/pdf; name=\"Vertragsangebot_Brueckner.pdf\""),
                    ("Content-Disposition", "attachment; filename=\"Vertragsangebot_Brueckner.pdf\""),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = std(addr("Sabine Kötter", "sabine.koetter@lahnoptik.de"),
             "Ihr Vertragsangebot – Testingenieur Optische Systeme", "2026-12-08 11:26:14", BER,
             "mail-fr3deu01on2119.outbound.protection.outlook.com", domain="DEU01.PROD.OUTLOOK.COM",
             extra=exchange_headers("Ihr Vertragsangebot"))
    return message(hs, mixed(alt(text(body), html_part(para_html(body, "Calibri,sans-serif", "11pt"))), pdf))


@make.mail(N(34), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Dentist appointment confirmation (ISO-8859-1, 8bit): a fixed time, not an interview")
def m34() -> bytes:
    body = t("""
        Sehr geehrter Herr Brückner,

        hiermit bestätigen wir Ihren Termin in unserer Praxis:

        Donnerstag, 12.11.2026 um 08:15 Uhr
        Behandlung: Professionelle Zahnreinigung (ca. 60 Minuten)
        Behandlerin: Frau Yilmaz (Prophylaxe)

        Bitte bringen Sie Ihre Versichertenkarte mit. Sollten Sie den Termin nicht wahrnehmen können,
        sagen Sie bitte mindestens 24 Stunden vorher ab, telefonisch unter 06441 44 71 20.

        Mit freundlichen Grüßen
        Ihr Praxisteam
        Zahnarztpraxis Dr. Ilse Kornmann
        Bahnhofstraße 9, 35576 Wetzlar
        """)
    hs = std(addr("Zahnarztpraxis Dr. Kornmann", "praxis@zahnarzt-kornmann.de"),
             "Terminbestätigung Zahnarztpraxis Dr. Kornmann", "2026-11-05 12:40:00", BER,
             "smtp.praxisdienst-online.de", domain="zahnarzt-kornmann.de")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(35), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Wed", "2026-10-14"),),
           note="Exchange meeting request from a colleague at the current employer (acceptance test "
                "review); a fixed time, not an interview")
def m35() -> bytes:
    body = t("""
        Hallo Nils,

        anbei die Einladung zur Besprechung der Abnahmeergebnisse ZX-40. Bitte bring die
        MTF-Messprotokolle der letzten Charge mit.

        Gruß
        Jens

        """) + TEAMS_DE.format(id="ZmVpbm9wdGlr", mid="271 004 568 332", pw="Lw4aZ9")
    ical = ics(f"""BEGIN:VEVENT
ORGANIZER;CN="Becker, Jens":mailto:jens.becker@wetzlarer-feinoptik.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brückner, Nils":mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Anja":mailto:anja.schmitt@wetzlarer-feinoptik.example.com
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000{_h('zx40')[:32].upper()}
SUMMARY;LANGUAGE=de-DE:Abnahmetest Zoomobjektiv ZX-40 – Ergebnisbesprechung
DTSTART;TZID=W. Europe Standard Time:20261014T090000
DTEND;TZID=W. Europe Standard Time:20261014T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T132201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Lahn (Geb. 2) / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
{EXCHANGE_X}
END:VEVENT""", prodid="Microsoft Exchange Server 2010", tz="W. Europe Standard Time")
    hs = std(addr("Becker, Jens", "jens.becker@wetzlarer-feinoptik.example.com"),
             "Abnahmetest Zoomobjektiv ZX-40 – Ergebnisbesprechung", "2026-10-09 15:22:01", BER,
             "mail.wetzlarer-feinoptik.example.com", domain="wetzlarer-feinoptik.example.com",
             extra=exchange_headers("Abnahmetest Zoomobjektiv ZX-40 – Ergebnisbesprechung"))
    return message(hs, alt(text(body), html_part(para_html(body, "Calibri,sans-serif", "11pt")),
                           calendar(ical, cte="base64")))


@make.mail(N(36), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Sat", "2026-10-24"),),
           note="Vehicle inspection (Hauptuntersuchung) booking, Sat 24.10. 09:40; not an interview")
def m36() -> bytes:
    body = t("""
        Guten Tag Nils Brückner,

        vielen Dank für Ihre Online-Terminbuchung. Ihr Termin:

        Leistung:   Hauptuntersuchung inkl. AU (Pkw)
        Termin:     Samstag, 24.10.2026, 09:40 Uhr
        Prüfstelle: Prüfzentrum Mittelhessen, Hermannsteiner Straße 60, 35576 Wetzlar
        Fahrzeug:   LDK-NB 412

        Bitte bringen Sie die Zulassungsbescheinigung Teil I mit. Bezahlung vor Ort per EC-Karte.

        Termin stornieren: https://termine.pruefzentrum-mittelhessen.de/storno/7XK2QF

        Ihr Prüfzentrum Mittelhessen
        """)
    hs = std(addr("Prüfzentrum Mittelhessen", "termine@pruefzentrum-mittelhessen.de"),
             "Ihre Terminbestätigung – Hauptuntersuchung am 24.10.2026", "2026-10-16 21:05:33", BER,
             "mx.pruefzentrum-mittelhessen.de", domain="pruefzentrum-mittelhessen.de")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(37), family="newsletter", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Regional photonics network newsletter with an evening networking event (Thu 26.11. "
                "18:30); not an interview")
def m37() -> bytes:
    body = t("""
        Optik-Netzwerk Mittelhessen – Newsletter November 2026

        Liebe Mitglieder und Freunde des Netzwerks,

        1) Photonik-Stammtisch im Dezember? Nein – schon im November!
        Am Donnerstag, 26.11.2026, ab 18:30 Uhr treffen wir uns im Brauhaus am Dom in Wetzlar. Thema
        des Impulsvortrags: "Automatisierte MTF-Prüfung in der Serienfertigung". Anmeldung bis 20.11.

        2) Fachkräfte gesucht
        Unsere Mitgliedsunternehmen haben aktuell 34 offene Stellen in Entwicklung, Fertigung und
        Prüfung. Zur Stellenbörse: https://www.optik-netzwerk-mittelhessen.de/jobs

        3) Rückblick OptoMesse Stuttgart
        Acht Mitglieder waren mit einem Gemeinschaftsstand vertreten ...

        Abmelden: https://www.optik-netzwerk-mittelhessen.de/newsletter/abmelden
        Optik-Netzwerk Mittelhessen e.V., Wetzlar
        """)
    hs = std(addr("Optik-Netzwerk Mittelhessen", "newsletter@optik-netzwerk-mittelhessen.de"),
             "Newsletter November: Photonik-Stammtisch, offene Stellen, Rückblick", "2026-11-11 07:00:00",
             BER, "mail.cleverreach.example.net", domain="optik-netzwerk-mittelhessen.de",
             extra=(("List-Unsubscribe", "<https://www.optik-netzwerk-mittelhessen.de/newsletter/abmelden>"),
                    ("Precedence", "bulk")))
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(38), family="event_ticket", lang="de", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Trade-fair ticket (visitor day ticket for Tue 06.10.); not an interview")
def m38() -> bytes:
    body = t("""
        Ihre Registrierung für die OptoMesse Stuttgart 2026

        Hallo Nils Brückner,

        vielen Dank für Ihre Registrierung. Ihr Besucherticket (Tagesticket) ist gültig am
        Dienstag, 06.10.2026, 09:00 - 18:00 Uhr, Messe Stuttgart, Hallen 8 und 10.

        Ticketnummer: OMS26-V-0481927
        Bitte zeigen Sie das angehängte E-Ticket am Einlass auf Ihrem Smartphone oder ausgedruckt vor.
        Mit dem Ticket fahren Sie am Messetag kostenlos mit dem VVS.

        Wir freuen uns auf Ihren Besuch!
        Ihr OptoMesse-Team
        """)
    hs = std(addr("OptoMesse Stuttgart", "tickets@optomesse-stuttgart.de"),
             "Ihr Ticket für die OptoMesse Stuttgart 2026", "2026-09-30 13:45:12", BER,
             "mail.optomesse-stuttgart.de", domain="optomesse-stuttgart.de")
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(39), family="rejection", lang="en", interview=False, company="Helix Lens Technologies",
           note="Workable rejection before any interview; no appointment")
def m39() -> bytes:
    body = t("""
        Hi Nils,

        Thank you for your interest in the Test Engineer - Precision Optics position at Helix Lens
        Technologies and for the time you invested in your application.

        We received a large number of applications and, after careful review, we have decided to move
        forward with candidates whose experience more closely matches our current needs.

        We will keep your details on file and may reach out if a suitable opportunity arises.

        Best regards,
        The Helix Lens Technologies hiring team
        """)
    hs = std(addr("Helix Lens Technologies", "helix-lens-technologies@candidates.workablemail.com"),
             "Your application for Test Engineer - Precision Optics at Helix Lens Technologies",
             "2026-09-17 16:30:48", "Europe/London", "mail.workablemail.com", domain="workablemail.com",
             extra=(("Reply-To", "helix-lens-technologies+c7f2a91@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(40), family="assessment_deadline", lang="en", interview=False,
           company="Kempen Lithography B.V.", days=(("Tue", "2026-10-27"),),
           note="Take-home case study with a submission deadline (Tue 27 Oct 23:59 CET); not an "
                "interview appointment")
def m40() -> bytes:
    body = t("""
        Hi Nils,

        Thanks for the pleasant screening call! As a next step we'd like you to work on a short case
        study: a test plan for the qualification of a wafer-stage interferometer. You'll find the
        brief in the attached PDF.

        Please send your solution (max. 4 pages) to me by Tuesday 27 October, 23:59 CET. We expect it
        to take 3-4 hours. Once we've reviewed it, we'll invite you to a technical interview where you
        walk us through it.

        Kind regards,
        Sanne de Wit
        Talent Acquisition Partner | Kempen Lithography B.V.
        High Tech Campus 12, 5656 AE Eindhoven
        """)
    hs = std(addr("Sanne de Wit", "sanne.dewit@kempenlitho.nl"),
             "Next step: case study Test Engineer Optical Metrology", "2026-10-20 14:33:06",
             "Europe/Amsterdam", "mail-am0pr02.outbound.protection.outlook.com",
             domain="EUR01.PROD.OUTLOOK.COM", extra=exchange_headers("Next step: case study", "en-US"))
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))



@make.mail(N(41), family="travel_booking", lang="de", interview=False, company=None,
           days=(("Mon", "2026-09-28"),),
           note="Train ticket Wetzlar -> München for the evening before the Garching interview; a "
                "fixed time, but a journey, not the interview")
def m41() -> bytes:
    body = t("""
        Buchungsbestätigung

        Auftragsnummer: 8KQ4TZ
        Reisender: Nils Brückner

        Hinfahrt am Mo, 28.09.2026
        Wetzlar                 ab 16:41  RE 30    Gl. 2
        Frankfurt(Main)Hbf      an 17:39
        Frankfurt(Main)Hbf      ab 17:54  ICE 1085 Gl. 9
        München Hbf             an 21:29

        Flexpreis, 2. Klasse, 1 Erwachsener, BahnCard 25: 97,90 EUR
        Sitzplatz: Wagen 24, Platz 65 (Fenster)

        Ihr Ticket finden Sie im Anhang (PDF) und in der App. Bitte halten Sie bei der Kontrolle Ihre
        BahnCard bereit.

        Gute Reise!
        Ihr Fernbahn-Ticketservice
        """)
    hs = std(addr("Fernbahn Ticketservice", "buchung@fernbahn-tickets.de"),
             "Ihre Buchungsbestätigung (Auftrag 8KQ4TZ)", "2026-09-23 20:11:45", BER,
             "mailout.fernbahn-tickets.de", domain="fernbahn-tickets.de")
    return message(hs, alt(text(body), html_part(para_html(body, "Courier New,monospace"))))


@make.mail(N(42), family="network_notification", lang="de", interview=False, company=None,
           note="Career-network notification (profile views); no appointment")
def m42() -> bytes:
    htmlb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hallo Nils,</p>
        <p>Ihr Profil wurde in den letzten 7 Tagen <b>9-mal</b> besucht – u. a. von einer Recruiterin
        bei <b>Frankenoptik GmbH</b> und einem Teamleiter bei <b>Isarlicht Photonics AG</b>.</p>
        <p><a href="https://www.netzwerkplus.example.net/profil/besucher">Alle Besucher ansehen</a></p>
        <p>Tipp: Mit einem aktuellen Profilfoto werden Sie bis zu 3-mal häufiger gefunden.</p>
        <p style="font-size:11px;color:#888">Netzwerkplus · Benachrichtigungen verwalten:
        https://www.netzwerkplus.example.net/einstellungen</p>
        </body></html>
        """)
    hs = std(addr("Netzwerkplus", "benachrichtigung@netzwerkplus.example.net"),
             "9 Personen haben Ihr Profil besucht", "2026-10-19 09:12:00", BER,
             "mta.netzwerkplus.example.net", domain="netzwerkplus.example.net",
             extra=(("Precedence", "bulk"),))
    return message(hs, html_part(htmlb, cte="base64"))


@make.mail(N(43), family="delivery_notice", lang="de", interview=False, company=None,
           days=(("Fri", "2026-10-02"),),
           note="Parcel delivery window (today 10:15-13:15); not an appointment with a person")
def m43() -> bytes:
    body = t("""
        Hallo Nils Brückner,

        Ihre Sendung 00340434 1977 0048 12 kommt heute, Freitag 02.10.2026, voraussichtlich zwischen
        10:15 und 13:15 Uhr.

        Absender: Optikshop24
        Lieferadresse: Nils Brückner, Langgasse 17, 35578 Wetzlar

        Nicht zu Hause? Ablageort oder Wunschnachbarn festlegen:
        https://www.paketpilot.example.net/s/0034043419770048

        Ihr Paketpilot-Team
        """)
    hs = std(addr("Paketpilot", "sendungsinfo@paketpilot.example.net"),
             "Ihre Sendung kommt heute zwischen 10:15 und 13:15 Uhr", "2026-10-02 07:31:10", BER,
             "mailer.paketpilot.example.net", domain="paketpilot.example.net")
    return message(hs, alt(text(body), html_part(para_html(body))))


@make.mail(N(44), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Career newsletter with interview-preparation tips; no appointment")
def m44() -> bytes:
    body = t("""
        PHOTONICS CAREERS WEEKLY - Issue 212

        This week: 5 questions every optical test interview will ask

        1. Walk me through how you would qualify a new lens assembly.
        2. How do you decide between interferometric and MTF-based acceptance tests?
        3. Tell us about a time a test result contradicted the design team.
        4. How do you estimate measurement uncertainty for a bench you built yourself?
        5. What would you automate first in a manual test cell?

        Plus: salary survey 2026 - what test engineers earn in Germany, the Netherlands and the UK.

        Read online: https://photonicscareers.example.net/weekly/212
        Unsubscribe: https://photonicscareers.example.net/unsubscribe
        """)
    hs = std(addr("Photonics Careers Weekly", "weekly@photonicscareers.example.net"),
             "5 questions every optical test interview will ask", "2026-10-29 06:00:00", "Europe/London",
             "mail.photonicscareers.example.net", domain="photonicscareers.example.net",
             extra=(("List-Unsubscribe", "<https://photonicscareers.example.net/unsubscribe>"),
                    ("Precedence", "bulk")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html_part(para_html(body))))


@make.mail(N(45), family="recruiter_outreach", lang="en", interview=False, company="Brabant Tech Talent B.V.",
           note="Eindhoven agency outreach asking whether a call next week would suit; nothing fixed")
def m45() -> bytes:
    body = t("""
        Hi Nils,

        I hope you don't mind the direct message. I'm recruiting for a semiconductor equipment
        supplier in the Eindhoven region that is building up a new optical test team (English-speaking,
        relocation package, 30% ruling possible).

        Your background in interferometric testing looks like a strong match. Would you be open to a
        20-minute call sometime next week? Let me know a couple of times that work for you.

        Best regards,
        Daan Hoekstra
        Brabant Tech Talent B.V. | Eindhoven
        +31 40 782 1190
        """)
    hs = std(addr("Daan Hoekstra", "daan.hoekstra@brabanttechtalent.nl"),
             "Optical test role in Eindhoven - open to a chat?", "2026-11-24 12:07:19", "Europe/Amsterdam",
             "mail-ej1-f45.google.com", domain="mail.gmail.com")
    return message(hs, alt(text(body), html_part(gmail_html(body))))


@make.mail(N(46), family="post_interview", lang="en", interview=False, company="Caledon Medical Imaging",
           note="Post-interview thank-you from the coordinator the afternoon of the 12 Oct interview; "
                "next steps not yet scheduled")
def m46() -> bytes:
    body = t("""
        Hi Nils,

        Thank you for your time this morning - Alasdair and Ruth really enjoyed the conversation,
        especially your stray-light test set-up. We're speaking with a couple more candidates this week
        and aim to come back to you with next steps by the end of next week.

        Best,
        Fiona

        Fiona Grant | Recruiting Coordinator
        Caledon Medical Imaging Ltd
        """)
    hs = std(addr("Fiona Grant", "fiona.grant@caledonmedical.co.uk"),
             "Thank you - Caledon Medical Imaging", "2026-10-12 15:41:22", "Europe/London",
             "mail-lo2gbr01on2105.outbound.protection.outlook.com", domain="GBR01.PROD.OUTLOOK.COM",
             extra=exchange_headers("Thank you", "en-GB"))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html_part(para_html(body, "Aptos,Calibri,sans-serif", "11pt"))))


@make.mail(N(47), family="scheduling_link", lang="de", interview=False,
           company="Rhein-Main Technik Personal GmbH",
           note="Agency recruiter (Du) sends a Calendly link to book a call; nothing booked")
def m47() -> bytes:
    body = t("""
        Hi Nils,

        danke für deine Antwort! Such dir doch einfach direkt einen Slot für unser Telefonat aus:
        https://calendly.com/lena-schuster-rmtp/30min

        Dann erzähl ich dir mehr zum Kunden und zum Gehaltsrahmen.

        Viele Grüße
        Lena

        Lena Schuster
        Senior Consultant Engineering
        Rhein-Main Technik Personal GmbH | Frankfurt am Main

        Am Mi., 9. Sept. 2026 um 21:14 schrieb Nils Brückner <nils.brueckner@example.com>:
        > Hallo Lena,
        > klingt interessant, gerne. Diese Woche ist bei mir aber eng.
        > Gruß, Nils
        """)
    hs = std(addr("Lena Schuster", "lena.schuster@rm-technikpersonal.de"),
             "Re: Testingenieur-Position bei Wetzlar – hast du kurz Zeit?", "2026-09-10 08:55:02", BER,
             "mail.rm-technikpersonal.de", domain="rm-technikpersonal.de")
    return message(hs, alt(text(body, cte="8bit"), html_part(para_html(body), cte="8bit")))


@make.mail(N(48), family="club_event", lang="de", interview=False, company=None,
           days=(("Fri", "2026-12-11"),),
           note="Sports club Christmas party invitation (Du), Fri 11.12. 19:00; not an interview")
def m48() -> bytes:
    body = t("""
        Hallo zusammen,

        unsere Weihnachtsfeier steigt dieses Jahr am Freitag, 11.12., ab 19 Uhr im Vereinsheim.
        Wichtelgeschenk bis 10 Euro mitbringen! Bitte tragt euch bis Sonntag in die Liste ein, damit
        Moni genug Essen bestellen kann: https://nuudel.example.net/tsg-weihnachtsfeier

        Training am Dienstag fällt wegen der Hallensanierung aus.

        Sportliche Grüße
        Timo
        Abteilungsleiter Volleyball, TSG Lahnau 1908 e.V.
        """)
    hs = std(addr("Timo Reuter", "timo.reuter@tsg-lahnau.de"),
             "Weihnachtsfeier Volleyball + Training Dienstag", "2026-11-27 22:14:09", BER,
             "mout.kundenserver.example.net", domain="tsg-lahnau.de",
             to=addr("Volleyball TSG Lahnau", "volleyball@tsg-lahnau.de"),
             extra=(("List-Id", "<volleyball.tsg-lahnau.de>"),))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(49), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Tue", "2026-09-22"),),
           note="Citizens' office appointment (passport application), Tue 22.09. 08:30 with ICS; "
                "a fixed time, not an interview")
def m49() -> bytes:
    body = t("""
        Terminbestätigung

        Sehr geehrte(r) Nils Brückner,

        Ihr Termin wurde verbindlich gebucht.

        Anliegen: Reisepass beantragen
        Datum: Dienstag, 22.09.2026
        Uhrzeit: 08:30 Uhr
        Ort: Bürgerservice Lahn-Dill, Ernst-Leitz-Straße 30, Schalter 4

        Bitte bringen Sie Ihren bisherigen Ausweis und ein biometrisches Passfoto mit.
        Vorgangsnummer: BSLD-2026-118834

        Diese Nachricht wurde automatisch erstellt.
        """)
    ical = ics("""BEGIN:VEVENT
UID:BSLD-2026-118834@termine.buergerservice-lahn-dill.de
DTSTAMP:20260914T064512Z
DTSTART;TZID=Europe/Berlin:20260922T083000
DTEND;TZID=Europe/Berlin:20260922T084500
SUMMARY:Bürgerservice: Reisepass beantragen
LOCATION:Ernst-Leitz-Straße 30\\, Schalter 4
END:VEVENT""", method="PUBLISH", prodid="-//TerminPortal//DE", tz="Europe/Berlin")
    hs = std(addr("Bürgerservice Lahn-Dill", "noreply@termine.buergerservice-lahn-dill.de"),
             "Terminbestätigung Bürgerservice – Vorgangsnummer BSLD-2026-118834", "2026-09-14 08:45:12", BER,
             "termine.buergerservice-lahn-dill.de", domain="buergerservice-lahn-dill.de")
    return message(hs, mixed(text(body, charset="utf-8", cte="quoted-printable"),
                             calendar(ical, method="PUBLISH", cte="quoted-printable", filename="termin.ics",
                                      disposition="attachment")))


@make.mail(N(50), family="status_update", lang="en", interview=False, company="Lumenfield GmbH",
           note="Ashby status update: moved to the technical round, the recruiter 'will reach out to "
                "schedule'; no time yet")
def m50() -> bytes:
    body = t("""
        Hi Nils,

        Good news - after reviewing your application and your call with Priya, we'd like to move you
        forward to the technical interview for Test Engineer (Optics).

        Priya will reach out in the next few days to find a time that works for you.

        Thanks,
        Lumenfield Recruiting
        """)
    hs = std(addr("Lumenfield", "no-reply@ashbyhq.com"),
             "Next steps: Test Engineer (Optics) at Lumenfield", "2026-11-27 17:05:44", BER,
             "a48-112.smtp-out.amazonses.com", domain="email.amazonses.com",
             extra=(("Reply-To", addr("Priya Raman", "priya.raman@lumenfield.io")),))
    return message(hs, alt(text(body, cte="base64"), html_part(para_html(body), cte="base64")))
