"""blind325: a blind 50-mail held-out set, the inbox of Hauke Janssen, a wind-farm maintenance
scheduler in Oldenburg (Europe/Berlin), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the held-out
README's introduction and its Mix / Label conventions / Traps / Judgement calls sections, the dev
corpus README, its labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector,
its tests, the fuzzer, any other held-out mails, the top-level README or the git history, and never
ran the detector or scored this set. Every mail below is written individually (one function each);
all companies and people are fictional, the owner's addresses are under example.com / example.org.

Mostly German (Lower Saxony, Bremen, Hamburg, German-speaking firms in southern Denmark; Du and
Sie), some English (Danish and Dutch employers, one US employer). Keys 1-23 are positives (16
scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives; file numbers are a fixed shuffle of the
writing order.
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
from make import (
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind325"
ORDER = random.Random(3250325).sample(range(1, 51), 50)


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "hauke.janssen@example.com"
ME_ALT = "hauke.janssen@example.org"
ME_TO = addr("Hauke Janssen", ME)
BER = "Europe/Berlin"
CPH = "Europe/Copenhagen"
AMS = "Europe/Amsterdam"
CHI = "America/Chicago"


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha256(f"blind325-{seed}".encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:12]}.{h[12:28]}@{domain}>"


def head(frm: str, subject: str, when: str, zone: str, relay: str, seed: str, domain: str,
         to: str = ME_TO, extra: tuple = (), charset: str = "utf-8", rcpt: str = ME) -> list:
    """The usual top headers of a delivered mail (Received at the owner's provider)."""
    return [
        ("Return-Path", f"<bounce-{seed}@{domain}>"),
        ("Received", received(f"from {relay} ({relay} [198.51.100.{len(seed) * 7 % 250}])", when, zone,
                              "mx2.mail.example.com (Postfix) with ESMTPS id 4Q" + seed.upper()[:6], rcpt)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid(seed, domain)),
        *extra,
    ]


def pos(key: int, *, family: str, lang: str, kind: str, local: str, zone: str, company: str,
        contact: str | None, note: str, local_end: str | None = None):
    """Register a positive; start/end are computed from the local time written in the mail."""
    day_time = local.split(" ", 1)[1]
    return make.mail(
        N(key), family=family, lang=lang, interview=True, kind=kind, company=company, note=note,
        start=utc(day_time, zone), end=utc(local_end, zone) if local_end else None, contact=contact,
        local=local, local_end=local_end, zone=zone)


def neg(key: int, *, family: str, lang: str, company: str | None, note: str, days: tuple = ()):
    return make.mail(N(key), family=family, lang=lang, interview=False, company=company, note=note,
                     days=days)


def eu_vtz(zone: str) -> str:
    """A Google/Apple style VTIMEZONE for a Central European IANA zone."""
    return make.VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


VTZ_WEST = make.VTZ["W. Europe Standard Time"]
VTZ_CHI = make.VTZ["America/Chicago"]


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# =========================================================================== positives


@pos(1, family="personio", lang="de", kind="scheduled", local="Mon 2026-09-14 10:00", zone=BER,
     local_end="2026-09-14 11:00", company="Nordwind Service GmbH", contact="frauke.onken@nordwind-service.de",
     note="Personio Terminbestätigung (Sie) with einladung.ics; Montag 14.09. 10:00-11:00 Uhr Berlin, CEST (UTC+2); contact = Reply-To recruiter (also ICS ORGANIZER)")
def m01():
    body = t("""
        Guten Tag Herr Janssen,

        vielen Dank für Ihre Bewerbung als Einsatzplaner Service Onshore (m/w/d) und Ihre schnelle
        Terminauswahl. Hiermit bestätigen wir Ihren Termin für das erste Kennenlernen:

        Datum:     Montag, 14.09.2026
        Uhrzeit:   10:00 - 11:00 Uhr
        Ort:       Microsoft Teams (den Link erhalten Sie mit der Kalendereinladung im Anhang)
        Gesprächspartner: Frauke Onken (Recruiting), Gerrit Saathoff (Teamleitung Serviceplanung)

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen
        Frauke Onken
        Nordwind Service GmbH · Am Ems-Jade-Kanal 7 · 26607 Aurich

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1c1c1c">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Guten Tag Herr Janssen,</p>
        <p>vielen Dank für Ihre Bewerbung als Einsatzplaner Service Onshore (m/w/d) und Ihre schnelle
        Terminauswahl. Hiermit bestätigen wir Ihren Termin für das erste Kennenlernen:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum</b></td><td>Montag, 14.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Microsoft Teams (Link in der Kalendereinladung)</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Frauke Onken (Recruiting), Gerrit Saathoff (Teamleitung Serviceplanung)</td></tr>
        </table>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Mit freundlichen Grüßen<br>Frauke Onken<br>Nordwind Service GmbH · Am Ems-Jade-Kanal 7 · 26607 Aurich</p>
        <p style="color:#888;font-size:11px">Diese Nachricht wurde über Personio versendet.</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-interview-8841207@personio.de
DTSTAMP:20260907T081212Z
DTSTART;TZID=Europe/Berlin:20260914T100000
DTEND;TZID=Europe/Berlin:20260914T110000
SUMMARY:Interview Hauke Janssen - Einsatzplaner Service Onshore (m/w/d)
LOCATION:Microsoft Teams
DESCRIPTION:Teams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWS8841207%40thread.v2/0
ORGANIZER;CN=Frauke Onken:mailto:frauke.onken@nordwind-service.de
ATTENDEE;CN=Hauke Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Gerrit Saathoff;ROLE=REQ-PARTICIPANT:mailto:gerrit.saathoff@nordwind-service.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nordwind Service GmbH", "no-reply@mail.personio.de"),
              "Terminbestätigung: Ihr Vorstellungsgespräch bei der Nordwind Service GmbH",
              "2026-09-07 10:12", BER, "mail-out3.personio.de", "p01nws", "mail.personio.de",
              extra=(("Reply-To", addr("Frauke Onken", "frauke.onken@nordwind-service.de")),
                     ("X-Mailer", "Personio")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="einladung.ics",
                                      disposition="attachment", name_param=True)))


@pos(2, family="outlook_calendar", lang="de", kind="scheduled", local="Tue 2026-09-22 13:30", zone=BER,
     local_end="2026-09-22 14:30", company="Jadewerk Offshore GmbH", contact="dirk.harms@jadewerk-offshore.de",
     note="Exchange meeting request from the hiring manager, TZID W. Europe Standard Time; Dienstag 22.09. 13:30-14:30 CEST (UTC+2); 'Wann:' line shows (UTC+01:00), the standard offset, in summer")
def m02():
    body = t("""
        Wann: Dienstag, 22. September 2026 13:30-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Jadewerk Offshore, Besprechungsraum "Minsener Oog", Jadeallee 12, 26382 Wilhelmshaven

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Janssen,

        wie eben am Telefon besprochen, hier die Einladung für unser Gespräch zur Stelle
        Disponent Offshore-Service. Mit dabei ist Frau Sievers aus der Personalabteilung.

        Parken können Sie direkt vor dem Verwaltungsgebäude, melden Sie sich bitte am Empfang.

        Viele Grüße
        Dirk Harms
        Leiter Disposition Offshore
        Jadewerk Offshore GmbH | Jadeallee 12 | 26382 Wilhelmshaven
        Tel. +49 4421 77301-40
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Wann: Dienstag, 22. September 2026 13:30-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.<br>
        Wo: Jadewerk Offshore, Besprechungsraum &quot;Minsener Oog&quot;, Jadeallee 12, 26382 Wilhelmshaven</p>
        <p class="MsoNormal"><span style="color:#A6A6A6">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Hallo Herr Janssen,</p>
        <p class="MsoNormal">wie eben am Telefon besprochen, hier die Einladung für unser Gespräch zur Stelle
        Disponent Offshore-Service. Mit dabei ist Frau Sievers aus der Personalabteilung.</p>
        <p class="MsoNormal">Parken können Sie direkt vor dem Verwaltungsgebäude, melden Sie sich bitte am Empfang.</p>
        <p class="MsoNormal">Viele Grüße<br>Dirk Harms<br>Leiter Disposition Offshore<br>
        Jadewerk Offshore GmbH | Jadeallee 12 | 26382 Wilhelmshaven<br>Tel. +49 4421 77301-40</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN=Dirk Harms:mailto:Dirk.Harms@jadewerk-offshore.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hauke Janssen:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sievers, Anja:mailto:Anja.Sievers@jadewerk-offshore.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Janssen,\\n\\nwie eben am Telefon besprochen, hier die Einladung für unser Gespräch zur Stelle Disponent Offshore-Service.\\n
UID:040000008200E00074C5B7101A82E00800000000B0D1F3A3F541DD01000000000000000010000000A7C4E2D9B3F0164C9E2D8A1B7F6C5E21
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hauke Janssen - Disponent Offshore-Service
DTSTART;TZID=W. Europe Standard Time:20260922T133000
DTEND;TZID=W. Europe Standard Time:20260922T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260915T144000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Jadewerk Offshore\\, Besprechungsraum "Minsener Oog"\\, Jadeallee 12\\, 26382 Wilhelmshaven
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118732054
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Harms, Dirk", "Dirk.Harms@jadewerk-offshore.de"),
              "Vorstellungsgespräch Hauke Janssen - Disponent Offshore-Service",
              "2026-09-15 16:40", BER, "mail-fr2deu01on2101.outbound.protection.outlook.com", "p02jwo",
              "EXDE01.jadewerk-offshore.de",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Hauke Janssen - Disponent Offshore-Service")),
                     ("Thread-Index", "AdtJ8w2qVb1Jm0X7QfSx3e9Lk2Uo1A=="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAACw0fOj9UHdAQAAAAAAAAAAEAAAAKfE4tmz8BZMni2KG39sXiE="),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body, "windows-1252", "quoted-printable"), html(page, "windows-1252"),
                           calendar(ics, method="REQUEST", cte="base64")))


@pos(3, family="teamtailor", lang="en", kind="scheduled", local="Tue 2026-10-06 09:00", zone=CPH,
     local_end="2026-10-06 09:45", company="Vestkyst Vind A/S", contact="mette.kjaer@vestkystvind.dk",
     note="Teamtailor confirmation from a Danish employer, invite.ics TZID Europe/Copenhagen; 6 Oct 09:00-09:45 Copenhagen = CEST (UTC+2), same as Berlin; contact = Reply-To recruiter")
def m03():
    body = t("""
        Hi Hauke,

        Thanks for picking a time. Your video interview for Maintenance Planner, Esbjerg is confirmed.

        When: Tuesday 6 October 2026, 09:00 - 09:45 (Europe/Copenhagen)
        Where: Microsoft Teams - the link is in the attached calendar invite
        You'll meet: Mette Kjær (Talent Partner) and Rasmus Holm (Head of O&M Planning)

        If something comes up, just reply to this email and Mette will help you find a new time.

        Best regards,
        Vestkyst Vind A/S

        Sent with Teamtailor · Vestkyst Vind A/S, Havnegade 40, 6700 Esbjerg, Denmark
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f4f4">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo_wide-v3/image_uploads/vestkyst.png" alt="Vestkyst Vind" width="140">
        <h2 style="font-weight:600">Your interview is confirmed</h2>
        <p>Hi Hauke,</p>
        <p>Thanks for picking a time. Your video interview for <b>Maintenance Planner, Esbjerg</b> is confirmed.</p>
        <p><b>When</b><br>Tuesday 6 October 2026, 09:00 - 09:45 (Europe/Copenhagen)</p>
        <p><b>Where</b><br>Microsoft Teams - the link is in the attached calendar invite</p>
        <p><b>You'll meet</b><br>Mette Kjær (Talent Partner) and Rasmus Holm (Head of O&amp;M Planning)</p>
        <p>If something comes up, just reply to this email and Mette will help you find a new time.</p>
        <p>Best regards,<br>Vestkyst Vind A/S</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor · Vestkyst Vind A/S, Havnegade 40, 6700 Esbjerg, Denmark</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:REQUEST
{eu_vtz(CPH)}
BEGIN:VEVENT
UID:tt-interview-3391027@teamtailor.com
DTSTAMP:20260930T092000Z
DTSTART;TZID=Europe/Copenhagen:20261006T090000
DTEND;TZID=Europe/Copenhagen:20261006T094500
SUMMARY:Interview: Hauke Janssen / Vestkyst Vind - Maintenance Planner
DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VKV3391027%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Mette Kjær:mailto:mette.kjaer@vestkystvind.dk
ATTENDEE;CN=Hauke Janssen;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Rasmus Holm:mailto:rasmus.holm@vestkystvind.dk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Vestkyst Vind A/S", "no-reply@teamtailor-mail.com"),
              "Interview confirmed: Maintenance Planner, Esbjerg",
              "2026-09-30 11:20", CPH, "a27-40.smtp-out.eu-west-1.amazonses.com", "p03vkv", "teamtailor-mail.com",
              extra=(("Reply-To", addr("Mette Kjær", "mette.kjaer@vestkystvind.dk")),
                     ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c/8f2a91>")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@pos(4, family="recruitee", lang="en", kind="scheduled", local="Wed 2026-10-14 11:00", zone=AMS,
     local_end="2026-10-14 12:00", company="Waddenkust Techniek B.V.", contact="sanne.dijkstra@waddenkust-techniek.nl",
     note="Recruitee HTML-only (quoted-printable); Wednesday 14 October 11:00-12:00 CEST Amsterdam (UTC+2); contact = Reply-To recruiter")
def m04():
    page = t("""
        <!doctype html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Interview scheduled</title></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#2b2b2b;font-size:15px;line-height:1.5">
        <table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="padding:20px 0"><img src="https://recruitee-main.s3.eu-central-1.amazonaws.com/companies/77213/logo.png" alt="Waddenkust Techniek" height="36"></td></tr>
        <tr><td>
        <p>Dear Hauke,</p>
        <p>Thank you for your interest in the position of <strong>Service Planner Offshore Wind</strong>.
        We are happy to confirm your online interview:</p>
        <table role="presentation" cellpadding="6" style="background:#f2f6f9;border-radius:6px">
        <tr><td>&#128197;</td><td>Wednesday, 14 October 2026</td></tr>
        <tr><td>&#128339;</td><td>11:00 &ndash; 12:00 (CEST, Amsterdam)</td></tr>
        <tr><td>&#128187;</td><td>Google Meet: <a href="https://meet.google.com/wdk-qfzt-pan">meet.google.com/wdk-qfzt-pan</a></td></tr>
        </table>
        <p>You will speak with Sanne Dijkstra (HR Business Partner) and Wouter Kramer (Manager Service Operations Eemshaven).</p>
        <p>Questions? Reply to this email or contact Sanne directly at
        <a href="mailto:sanne.dijkstra@waddenkust-techniek.nl">sanne.dijkstra@waddenkust-techniek.nl</a>.</p>
        <p>Kind regards,<br>Waddenkust Techniek B.V.<br>Oude Haven 3, 9979 XH Eemshaven</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#9aa3ab;padding-top:24px">Powered by Recruitee</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Waddenkust Techniek B.V.", "waddenkust-techniek@mail.recruitee.com"),
              "Your interview with Waddenkust Techniek B.V. is scheduled",
              "2026-10-08 14:03", AMS, "o1.mail.recruitee.com", "p04wdk", "mail.recruitee.com",
              extra=(("Reply-To", addr("Sanne Dijkstra", "sanne.dijkstra@waddenkust-techniek.nl")),
                     ("X-Mailgun-Tag", "candidate-interview-scheduled")))
    return message(hs, html(page))


@pos(5, family="human_prose", lang="de", kind="scheduled", local="Thu 2026-10-15 10:00", zone=BER,
     company="Flügelwerk Analytics GmbH", contact="jonas.petersen@fluegelwerk.io",
     note="Du-mail from the Hamburg startup's co-founder: 'am Donnerstag um 10 Uhr' resolved against the Date (Mon 12 Oct) = Thu 15 Oct, CEST (UTC+2); 'so eine Stunde, eher etwas mehr' is approximate, end null")
def m05():
    body = t("""
        Moin Hauke,

        cool, dass es klappt! Dann sehen wir uns am Donnerstag um 10 Uhr bei uns im Büro in der
        Sternstraße 67 (Hinterhof, 2. OG, einfach bei "Flügelwerk" klingeln). Mit dabei ist Ole aus
        unserem Ops-Team, der die Einsätze der Drohnen-Crews plant – da gibt's also viel zu fachsimpeln.

        Plan mal so eine Stunde ein, eher etwas mehr. Kaffee haben wir, Parkplätze eher nicht, also
        lieber mit der Bahn bis Sternschanze.

        Bis Donnerstag!
        Jonas

        --
        Jonas Petersen · Co-Founder & CEO
        Flügelwerk Analytics GmbH · Sternstraße 67 · 20357 Hamburg

        > Am 12.10.2026 um 09:14 schrieb Hauke Janssen <hauke.janssen@example.com>:
        >
        > Hallo Jonas,
        >
        > danke für die schnelle Antwort! Donnerstagvormittag würde bei mir gut passen,
        > ich würde dafür einen Urlaubstag nehmen und mit dem Zug aus Oldenburg kommen.
        >
        > Viele Grüße
        > Hauke
        """)
    hs = head(addr("Jonas Petersen", "jonas.petersen@fluegelwerk.io"),
              "Re: Bewerbung Einsatzplanung – Kennenlernen bei euch?",
              "2026-10-12 17:48", BER, "mail-sor-f41.google.com", "p05flw", "fluegelwerk.io",
              extra=(("In-Reply-To", mid("p05-hauke", "example.com")),
                     ("References", mid("p05-hauke", "example.com")),
                     ("X-Mailer", "Apple Mail (2.3774.400.31)")))
    return message(hs, text(body, cte="8bit"))


@pos(6, family="google_calendar", lang="de", kind="scheduled", local="Wed 2026-10-21 14:00", zone=BER,
     local_end="2026-10-21 15:00", company="Weserstrom Netz GmbH", contact="anke.behrens@weserstrom-netz.de",
     note="Google Calendar invitation, German UI; Mi. 21. Okt. 2026 14:00-15:00 (MESZ) Berlin = UTC+2; contact = organizer")
def m06():
    body = t("""
        Anke Behrens hat Sie zu folgendem Termin eingeladen.

        Vorstellungsgespräch Einsatzplanung Netzservice – Hauke Janssen
        Mittwoch, 21. Oktober 2026 ⋅ 14:00–15:00
        Mitteleuropäische Zeit - Berlin

        Ort
        Weserstrom Netz GmbH, Am Weserufer 8, 28217 Bremen, Raum 3.14
        https://www.google.com/maps/search/Am+Weserufer+8,+28217+Bremen

        Teilnehmer
        Anke Behrens - Organisator
        Hauke Janssen
        Christian Wübbena

        Teilnahme mit Google Meet
        https://meet.google.com/xkr-hwov-ptd

        Antworten für hauke.janssen@example.com: Ja / Nein / Vielleicht
        Weitere Optionen anzeigen https://calendar.google.com/calendar/event?action=VIEW&eid=NXFvZ3Ri

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie nicht mehr
        über diesen Termin benachrichtigt werden möchten, können Sie ihn ablehnen.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;max-width:600px">
        <p style="font-size:14px">Anke Behrens hat Sie zu folgendem Termin eingeladen.</p>
        <h2 style="font-size:20px;font-weight:400;color:#3c4043">Vorstellungsgespräch Einsatzplanung Netzservice – Hauke Janssen</h2>
        <p style="color:#3c4043">Mittwoch, 21. Oktober 2026 ⋅ 14:00–15:00<br><span style="color:#70757a">Mitteleuropäische Zeit - Berlin</span></p>
        <p><b>Ort</b><br>Weserstrom Netz GmbH, Am Weserufer 8, 28217 Bremen, Raum 3.14</p>
        <p><b>Teilnehmer</b><br>Anke Behrens - Organisator<br>Hauke Janssen<br>Christian Wübbena</p>
        <p><a href="https://meet.google.com/xkr-hwov-ptd" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Mit Google Meet teilnehmen</a></p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261021T140000
DTEND;TZID=Europe/Berlin:20261021T150000
DTSTAMP:20261016T073100Z
ORGANIZER;CN=Anke Behrens:mailto:anke.behrens@weserstrom-netz.de
UID:5qogtbv3a1r8c9m2hd0k7e4j6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anke Behrens;X-NUM-GUESTS=0:mailto:anke.behrens@weserstrom-netz.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hauke.janssen@example.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Christian Wübbena;X-NUM-GUESTS=0:mailto:christian.wuebbena@weserstrom-netz.de
X-GOOGLE-CONFERENCE:https://meet.google.com/xkr-hwov-ptd
CREATED:20261016T072955Z
DESCRIPTION:Mit Google Meet teilnehmen: https://meet.google.com/xkr-hwov-ptd
LAST-MODIFIED:20261016T073100Z
LOCATION:Weserstrom Netz GmbH\\, Am Weserufer 8\\, 28217 Bremen\\, Raum 3.14
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Einsatzplanung Netzservice – Hauke Janssen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Einladung: Vorstellungsgespräch Einsatzplanung Netzservice – Hauke Janssen @ "
               "Mi. 21. Okt. 2026 14:00 - 15:00 (MESZ) (hauke.janssen@example.com)")
    hs = head(addr("Anke Behrens", "anke.behrens@weserstrom-netz.de"), subject,
              "2026-10-16 09:31", BER, "mail-yw1-f199.google.com", "p06wsn", "google.com",
              extra=(("Reply-To", addr("Anke Behrens", "anke.behrens@weserstrom-netz.de")),
                     ("Sender", "Google Kalender <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(7, family="workday", lang="de", kind="scheduled", local="Tue 2026-10-27 10:00", zone=BER,
     local_end="2026-10-27 11:00", company="Hanse Energie AG", contact="lena.vosskamp@hanse-energie.de",
     note="Workday Terminbestätigung; Dienstag 27.10. 10:00-11:00 (GMT+01:00) Berlin: after the 25 Oct change to CET, so 09:00Z although the mail is sent in CEST; contact = Ansprechpartnerin address in the body")
def m07():
    body = t("""
        Guten Tag Hauke Janssen,

        Ihr Vorstellungsgespräch für die Position Referent Instandhaltungsplanung Windparks (m/w/d)
        (R-10482) wurde geplant.

        Termin:         Dienstag, 27.10.2026
        Uhrzeit:        10:00 - 11:00 (GMT+01:00) Mitteleuropäische Zeit (Berlin)
        Ort:            Hanse Energie AG, Kehrwieder 4, 20457 Hamburg, Empfang Haus B
        Gesprächsteilnehmende: Lena Vosskamp (Talent Acquisition), Dr. Henrik Ostendorf (Leiter Betriebsführung)

        Bitte bringen Sie einen gültigen Lichtbildausweis mit.

        Ihre Ansprechpartnerin: Lena Vosskamp, lena.vosskamp@hanse-energie.de, +49 40 3377-2210

        Den aktuellen Stand Ihrer Bewerbung finden Sie jederzeit in Ihrem Kandidatenkonto:
        https://hanseenergie.wd3.myworkdayjobs.com/de-DE/Karriere/userHome

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Hanse Energie AG

        Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Guten Tag Hauke Janssen,</p>
        <p>Ihr Vorstellungsgespräch für die Position <b>Referent Instandhaltungsplanung Windparks (m/w/d) (R-10482)</b> wurde geplant.</p>
        <table border="0" cellpadding="3">
        <tr><td>Termin:</td><td>Dienstag, 27.10.2026</td></tr>
        <tr><td>Uhrzeit:</td><td>10:00 - 11:00 (GMT+01:00) Mitteleuropäische Zeit (Berlin)</td></tr>
        <tr><td>Ort:</td><td>Hanse Energie AG, Kehrwieder 4, 20457 Hamburg, Empfang Haus B</td></tr>
        <tr><td>Gesprächsteilnehmende:</td><td>Lena Vosskamp (Talent Acquisition), Dr. Henrik Ostendorf (Leiter Betriebsführung)</td></tr>
        </table>
        <p>Bitte bringen Sie einen gültigen Lichtbildausweis mit.</p>
        <p>Ihre Ansprechpartnerin: Lena Vosskamp, <a href="mailto:lena.vosskamp@hanse-energie.de">lena.vosskamp@hanse-energie.de</a>, +49 40 3377-2210</p>
        <p><a href="https://hanseenergie.wd3.myworkdayjobs.com/de-DE/Karriere/userHome">Zum Kandidatenkonto</a></p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Hanse Energie AG</p>
        <p style="color:#777;font-size:11px">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </body></html>
        """)
    hs = head(addr("Hanse Energie AG", "hanseenergie@myworkday.com"),
              "Terminbestätigung: Vorstellungsgespräch Referent Instandhaltungsplanung Windparks (m/w/d) (R-10482)",
              "2026-10-20 10:15", BER, "wd3-smtp-out2.myworkday.com", "p07hen", "myworkday.com")
    return message(hs, alt(text(body), html(page)))


@pos(8, family="calendly", lang="en", kind="scheduled", local="Thu 2026-10-29 10:30", zone=BER,
     local_end="2026-10-29 11:00", company="Noordzee Onderhoud B.V.", contact="pieter.bakker@noordzee-onderhoud.nl",
     note="Calendly invitee confirmation, shown in the invitee's zone 'Central European Time'; Thu 29 Oct 10:30-11:00 is after the 25 Oct change, CET = UTC+1, while the mail is sent in CEST; ICS in UTC agrees; contact = Reply-To host")
def m08():
    body = t("""
        Hi Hauke Janssen,

        Your Intro call - Planning Coordinator with Pieter Bakker at 10:30am (Central European Time)
        on Thursday, October 29, 2026 is scheduled.

        Event Date/Time:
        10:30am - 11:00am (Central European Time)
        Thursday, October 29, 2026

        Location:
        This is a Microsoft Teams web conference.
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NZO77120%40thread.v2/0

        Questions:
        Please share anything that will help prepare for our meeting.
        Currently maintenance scheduler for 14 onshore parks in Lower Saxony, looking at offshore O&M.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6d0c1b7e-9a4f-4a7e-8f0b-2f1c5e8d3a11
        Reschedule: https://calendly.com/reschedulings/6d0c1b7e-9a4f-4a7e-8f0b-2f1c5e8d3a11

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:520px;margin:auto;padding:24px;border:1px solid #e0e0e0">
        <p>Hi Hauke Janssen,</p>
        <p>Your Intro call - Planning Coordinator with Pieter Bakker at 10:30am (Central European Time) on Thursday, October 29, 2026 is scheduled.</p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am (Central European Time)<br>Thursday, October 29, 2026</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference.<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NZO77120%40thread.v2/0">Join meeting</a></p>
        <p><a href="https://calendly.com/cancellations/6d0c1b7e-9a4f-4a7e-8f0b-2f1c5e8d3a11">Cancel</a> |
        <a href="https://calendly.com/reschedulings/6d0c1b7e-9a4f-4a7e-8f0b-2f1c5e8d3a11">Reschedule</a></p>
        <p style="font-size:11px;color:#888">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261022T171215Z
UID:6d0c1b7e-9a4f-4a7e-8f0b-2f1c5e8d3a11@calendly.com
DTSTART:20261029T093000Z
DTEND:20261029T100000Z
SUMMARY:Intro call - Planning Coordinator (Hauke Janssen and Pieter Bakker)
ORGANIZER;CN=Pieter Bakker:mailto:pieter.bakker@noordzee-onderhoud.nl
ATTENDEE;CN=Hauke Janssen;RSVP=TRUE:mailto:{ME}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call - Planning Coordinator with Pieter Bakker on Thursday, October 29, 2026",
              "2026-10-22 19:12", BER, "o7.email.calendly.com", "p08nzo", "calendly.com",
              extra=(("Reply-To", addr("Pieter Bakker", "pieter.bakker@noordzee-onderhoud.nl")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="7bit", filename="invite.ics",
                                      disposition="attachment")))


@pos(9, family="ms_bookings", lang="de", kind="scheduled", local="Thu 2026-10-01 09:00", zone=BER,
     local_end="2026-10-01 09:45", company="Energieversorgung Friesland-Ammerland GmbH", contact=None,
     note="Microsoft Bookings confirmation from a shared mailbox; Donnerstag 1. Oktober 09:00, 45 Minuten; the body's label '(UTC+01:00) Amsterdam, Berlin...' is the standard offset, the date is in CEST so 07:00Z (ICS agrees); staff member named without an address, contact null")
def m09():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table style="width:100%;max-width:640px"><tr><td>
        <div style="font-size:20px;font-weight:600;padding-bottom:12px">Ihre Buchung ist bestätigt</div>
        <p>Hallo Hauke Janssen,</p>
        <p>vielen Dank für Ihre Buchung bei <b>EVFA Bewerbungsgespräche</b>.</p>
        <table cellpadding="4" style="border-left:4px solid #0078d4;padding-left:8px">
        <tr><td style="color:#605e5c">Dienst</td><td>Vorstellungsgespräch Netzplanung / Instandhaltung</td></tr>
        <tr><td style="color:#605e5c">Datum</td><td>Donnerstag, 1. Oktober 2026</td></tr>
        <tr><td style="color:#605e5c">Uhrzeit</td><td>09:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Imke Gerdes</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>EVFA Verwaltung, Langestraße 31, 26655 Westerstede</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/EVFABewerbungsgespraeche@evfa-energie.de/bookings/">Termin verwalten</a></p>
        <p>Wir freuen uns auf Ihren Besuch.<br>Energieversorgung Friesland-Ammerland GmbH</p>
        <p style="font-size:11px;color:#8a8886">Diese E-Mail wurde von Microsoft Bookings gesendet.</p>
        </td></tr></table></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN=EVFA Bewerbungsgespräche:mailto:EVFABewerbungsgespraeche@evfa-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hauke Janssen:mailto:{ME}
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Netzplanung / Instandhaltung mit Imke Gerdes\\n
UID:040000008200E00074C5B7101A82E00800000000C3A1D4B2E641DD01000000000000000010000000E1B25C7A9D3F4E48A3D6C0F19B2E7D44
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Netzplanung / Instandhaltung
DTSTART;TZID=W. Europe Standard Time:20261001T090000
DTEND;TZID=W. Europe Standard Time:20261001T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260924T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:EVFA Verwaltung\\, Langestraße 31\\, 26655 Westerstede
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("EVFA Bewerbungsgespräche", "EVFABewerbungsgespraeche@evfa-energie.de"),
              "Gebucht: Vorstellungsgespräch Netzplanung / Instandhaltung für Hauke Janssen",
              "2026-09-24 13:00", BER, "mail-db8eur05on2120.outbound.protection.outlook.com", "p09evf",
              "AM0PR04MB6739.eurprd04.prod.outlook.com",
              extra=(("X-MS-Exchange-Organization-BookingsMessage", "true"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, method="REQUEST", cte="base64", filename="Buchung.ics",
                                      disposition="attachment", name_param=True)))


@pos(10, family="forwarded", lang="de", kind="scheduled", local="Thu 2026-11-05 11:00", zone=BER,
     company="Elbmündung Offshore Logistik GmbH", contact="t.wichmann@nordlicht-personal.de",
     note="Owner forwards the agency's confirmation from his other address to himself (Gmail, German UI); Donnerstag 05.11.2026 11:00 Cuxhaven, CET (UTC+1); 'ca. 90 Minuten' approximate, end null; contact = the agency consultant in the forwarded header; company = the client, not the agency")
def m10():
    body = t("""
        Zur Sicherheit auch an die private Adresse – Donnerstag in Cuxhaven.

        ---------- Forwarded message ---------
        Von: Torben Wichmann <t.wichmann@nordlicht-personal.de>
        Date: Fr., 30. Okt. 2026 um 16:20 Uhr
        Subject: Ihr Vorstellungsgespräch bei der Elbmündung Offshore Logistik GmbH am 05.11.
        To: Hauke Janssen <hauke.janssen@example.org>


        Sehr geehrter Herr Janssen,

        wie heute Vormittag telefonisch besprochen, bestätige ich Ihnen hiermit Ihr
        Vorstellungsgespräch bei unserem Kunden:

        Unternehmen: Elbmündung Offshore Logistik GmbH
        Position: Koordinator Einsatzplanung Offshore (m/w/d)
        Termin: Donnerstag, 05.11.2026, 11:00 Uhr
        Adresse: Am Lotsenhaus 3, 27472 Cuxhaven (Anmeldung im Erdgeschoss)
        Gesprächspartner: Herr Reinhard Tiedemann (Leiter Disposition), Frau Katrin Lührs (HR)

        Das Gespräch wird ca. 90 Minuten dauern, inklusive kurzer Führung durch die Leitwarte.
        Bitte rufen Sie mich im Anschluss kurz an, damit wir Ihren Eindruck besprechen können.

        Viel Erfolg!

        Mit freundlichen Grüßen

        Torben Wichmann
        Senior Personalberater Energie & Offshore
        Nordlicht Personal GmbH | Ballindamm 9 | 20095 Hamburg
        Mobil +49 171 4480 2279
        """)
    hs = head(addr("Hauke Janssen", ME_ALT),
              "Fwd: Ihr Vorstellungsgespräch bei der Elbmündung Offshore Logistik GmbH am 05.11.",
              "2026-11-02 07:55", BER, "mail-wm1-f52.google.com", "p10fwd", "mail.gmail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(11, family="reply_quoted", lang="de", kind="scheduled", local="Mon 2026-11-09 14:00", zone=BER,
     local_end="2026-11-09 16:00", company="Emsland Rotorservice GmbH", contact="malte.kruse@emsland-rotorservice.de",
     note="Hiring manager's short Du-reply on top of the quoted thread: 'passt, dann Montag um 14 Uhr' = the Montag 9.11. the owner offered below; 'zwei Stunden geblockt' taken as the stated length, 14:00-16:00 CET (UTC+1)")
def m11():
    body = t("""
        Moin Hauke,

        passt, dann Montag um 14 Uhr bei uns in Lingen. Meld dich einfach am Empfang in Halle 2,
        ich hol dich da ab. Wir haben zwei Stunden geblockt, inklusive Rundgang durch die Werkstatt
        und die Dispo.

        Gruß
        Malte

        Malte Kruse
        Leitung Serviceplanung
        Emsland Rotorservice GmbH | Kaiserstraße 118 | 49809 Lingen (Ems)

        -----Ursprüngliche Nachricht-----
        Von: Hauke Janssen <hauke.janssen@example.com>
        Gesendet: Mittwoch, 4. November 2026 12:10
        An: Malte Kruse <malte.kruse@emsland-rotorservice.de>
        Betreff: Re: Gespräch Einsatzplanung Lingen

        Hallo Malte,

        Montag, 9.11., 14 Uhr würde mir gut passen. Dienstag ginge bei mir erst ab 16 Uhr.

        Viele Grüße
        Hauke

        -----Ursprüngliche Nachricht-----
        Von: Malte Kruse <malte.kruse@emsland-rotorservice.de>
        Gesendet: Dienstag, 3. November 2026 17:02
        An: Hauke Janssen <hauke.janssen@example.com>
        Betreff: Gespräch Einsatzplanung Lingen

        Hallo Hauke,

        danke für deine Unterlagen, das sieht richtig gut aus. Hast du nächste Woche Zeit, mal bei
        uns vorbeizukommen? Ich könnte Montag (9.11.) um 14 Uhr oder Dienstag um 10 Uhr.

        Gruß
        Malte
        """)
    hs = head(addr("Malte Kruse", "malte.kruse@emsland-rotorservice.de"),
              "AW: Gespräch Einsatzplanung Lingen",
              "2026-11-04 18:22", BER, "mail-he1eur04on0712.outbound.protection.outlook.com", "p11ers",
              "PR3P193MB0851.EURP193.PROD.OUTLOOK.COM",
              extra=(("In-Reply-To", mid("p11-hauke", "example.com")),
                     ("References", mid("p11-malte1", "emsland-rotorservice.de") + " " + mid("p11-hauke", "example.com")),
                     ("Thread-Topic", "Gespräch Einsatzplanung Lingen".replace("ä", "ae")),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, "iso-8859-15", "quoted-printable"))


@pos(12, family="smartrecruiters", lang="en", kind="scheduled", local="Tue 2026-11-03 10:00", zone=CHI,
     local_end="2026-11-03 10:45", company="Great Lakes Turbine Services Inc.", contact="dana.kowalczyk@greatlakesturbine.com",
     note="SmartRecruiters confirmation from a Chicago employer: Tuesday 3 Nov 10:00-10:45 AM Central Time; the US left daylight time on 1 Nov, so CST = UTC-6, 16:00Z (17:00 in Oldenburg), though the mail is sent in CDT; ICS TZID America/Chicago agrees; contact = Reply-To")
def m12():
    body = t("""
        Dear Hauke,

        Thank you for selecting an interview time. We are pleased to confirm the following:

        Position: Fleet Maintenance Planner - Europe (Remote)
        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 10:45 AM Central Time (US & Canada)
        Format: Microsoft Teams video call (link in the calendar invitation)
        Interviewers: Dana Kowalczyk, Senior Talent Acquisition Partner
                      Mark Ellison, Director, European Operations

        If you need to make a change, please reply to this message.

        Best regards,
        Dana Kowalczyk
        Great Lakes Turbine Services Inc.
        220 W. Kinzie Street, Chicago, IL 60654

        This message was sent via SmartRecruiters on behalf of Great Lakes Turbine Services Inc.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Hauke,</p>
        <p>Thank you for selecting an interview time. We are pleased to confirm the following:</p>
        <ul>
        <li><b>Position:</b> Fleet Maintenance Planner - Europe (Remote)</li>
        <li><b>Date:</b> Tuesday, November 3, 2026</li>
        <li><b>Time:</b> 10:00 AM - 10:45 AM Central Time (US &amp; Canada)</li>
        <li><b>Format:</b> Microsoft Teams video call (link in the calendar invitation)</li>
        <li><b>Interviewers:</b> Dana Kowalczyk, Senior Talent Acquisition Partner; Mark Ellison, Director, European Operations</li>
        </ul>
        <p>If you need to make a change, please reply to this message.</p>
        <p>Best regards,<br>Dana Kowalczyk<br>Great Lakes Turbine Services Inc.<br>220 W. Kinzie Street, Chicago, IL 60654</p>
        <p style="font-size:11px;color:#999">This message was sent via SmartRecruiters on behalf of Great Lakes Turbine Services Inc.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN
METHOD:REQUEST
{VTZ_CHI}
BEGIN:VEVENT
UID:sr-int-5f7c2a90-0d1e-4b8b-9a2f-77e41c0b6d13
DTSTAMP:20261029T144000Z
DTSTART;TZID=America/Chicago:20261103T100000
DTEND;TZID=America/Chicago:20261103T104500
SUMMARY:Interview: Hauke Janssen - Fleet Maintenance Planner - Europe (Remote)
LOCATION:Microsoft Teams Meeting
DESCRIPTION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_GLTS9932%40thread.v2/0
ORGANIZER;CN=Dana Kowalczyk:mailto:dana.kowalczyk@greatlakesturbine.com
ATTENDEE;CN=Hauke Janssen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Mark Ellison;ROLE=REQ-PARTICIPANT:mailto:mark.ellison@greatlakesturbine.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Great Lakes Turbine Services Inc.", "no-reply@smartrecruiters.com"),
              "Interview Confirmation: Fleet Maintenance Planner - Europe (Remote)",
              "2026-10-29 09:40", CHI, "mta-out-12.smartrecruiters.com", "p12glt", "smartrecruiters.com",
              extra=(("Reply-To", addr("Dana Kowalczyk", "dana.kowalczyk@greatlakesturbine.com")),))
    return message(hs, alt(text(body, "us-ascii", "7bit"), html(page),
                           calendar(ics, method="REQUEST", cte="7bit")))


@pos(13, family="goodtime", lang="en", kind="scheduled", local="Thu 2026-11-12 09:30", zone=CPH,
     local_end="2026-11-12 13:45", company="Skagerrak Service A/S", contact="line.mortensen@skagerrak-service.dk",
     note="GoodTime onsite itinerary in Esbjerg, three sessions on Thursday 12 November, times in CET (Copenhagen) = UTC+1: start = first session 09:30, end = last session's end 13:45; contact = Reply-To coordinator")
def m13():
    body = t("""
        Hi Hauke,

        We're looking forward to welcoming you in Esbjerg! Here is your onsite interview schedule
        for the Offshore Maintenance Scheduler role. All times are CET (Copenhagen).

        Thursday, November 12, 2026

        09:30 - 10:15   Site tour & coffee           with Jesper Lund, Base Manager
        10:30 - 11:30   Planning case discussion     with Anne-Mette Vinther, Head of Planning
                                                     and Kristian Bøgh, Senior Scheduler
        11:30 - 13:00   Lunch break (on us, canteen)
        13:00 - 13:45   Conversation with HR         with Line Mortensen, Recruitment Coordinator

        Address: Skagerrak Service A/S, Dokvej 11, 6700 Esbjerg. Please report to reception in
        building A and bring photo ID - the site tour goes through the warehouse (safety shoes
        will be provided).

        If anything changes, simply reply to this email.

        Best,
        Line Mortensen
        Recruitment Coordinator, Skagerrak Service A/S

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Hauke,</p>
        <p>We're looking forward to welcoming you in Esbjerg! Here is your onsite interview schedule for the
        <b>Offshore Maintenance Scheduler</b> role. All times are CET (Copenhagen).</p>
        <h3>Thursday, November 12, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td>09:30 - 10:15</td><td>Site tour &amp; coffee</td><td>Jesper Lund, Base Manager</td></tr>
        <tr><td>10:30 - 11:30</td><td>Planning case discussion</td><td>Anne-Mette Vinther, Head of Planning; Kristian Bøgh, Senior Scheduler</td></tr>
        <tr><td>11:30 - 13:00</td><td>Lunch break</td><td>canteen</td></tr>
        <tr><td>13:00 - 13:45</td><td>Conversation with HR</td><td>Line Mortensen, Recruitment Coordinator</td></tr>
        </table>
        <p>Address: Skagerrak Service A/S, Dokvej 11, 6700 Esbjerg. Please report to reception in building A and bring photo ID.</p>
        <p>If anything changes, simply reply to this email.</p>
        <p>Best,<br>Line Mortensen<br>Recruitment Coordinator, Skagerrak Service A/S</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Skagerrak Service A/S", "no-reply@goodtime.io"),
              "Your onsite interview at Skagerrak Service - Thursday, November 12",
              "2026-11-06 10:00", CPH, "mail.goodtime.io", "p13skg", "goodtime.io",
              extra=(("Reply-To", addr("Line Mortensen", "line.mortensen@skagerrak-service.dk")),))
    return message(hs, alt(text(body), html(page)))


@pos(14, family="zoom", lang="de", kind="scheduled", local="Tue 2026-11-17 09:00", zone=BER,
     local_end="2026-11-17 09:45", company="Küstenkraft Engineering GmbH", contact="svenja.rademacher@kuestenkraft.de",
     note="Recruiter mail (Sie) with a pasted German Zoom invitation: Dienstag 17. November 9:00, 45 Minuten; Zoom line '17.Nov..2026 09:00 AM Amsterdam, Berlin...' = CET (UTC+1); contact = sender")
def m14():
    body = t("""
        Sehr geehrter Herr Janssen,

        vielen Dank für Ihre Rückmeldung. Hiermit bestätige ich unser Videointerview am Dienstag,
        den 17. November, um 9:00 Uhr. Das Gespräch dauert 45 Minuten; neben mir nimmt Herr Eilers
        (Teamleiter Service Nordsee) teil.

        Die Zugangsdaten finden Sie unten.

        Mit freundlichen Grüßen

        Svenja Rademacher
        Personalreferentin
        Küstenkraft Engineering GmbH
        Larrelter Straße 50 · 26723 Emden
        Telefon 04921 58930-12

        ____________________________________________

        Svenja Rademacher lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Interview Hauke Janssen – Einsatzplanung Service
        Uhrzeit: 17.Nov..2026 09:00 AM Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://kuestenkraft.zoom.us/j/84512093377?pwd=Qm9rWkZ1TnhSbE1nN3pPa2VqV0xUZz09

        Meeting-ID: 845 1209 3377
        Kenncode: 581204

        ---

        Schnelleinwahl mobil
        +496938079883,,84512093377#,,,,*581204# Deutschland
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Sehr geehrter Herr Janssen,</p>
        <p>vielen Dank für Ihre Rückmeldung. Hiermit bestätige ich unser Videointerview am Dienstag,
        den 17. November, um 9:00 Uhr. Das Gespräch dauert 45 Minuten; neben mir nimmt Herr Eilers
        (Teamleiter Service Nordsee) teil.</p>
        <p>Die Zugangsdaten finden Sie unten.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Svenja Rademacher<br>Personalreferentin<br>Küstenkraft Engineering GmbH<br>Larrelter Straße 50 · 26723 Emden<br>Telefon 04921 58930-12</p>
        <hr>
        <p>Svenja Rademacher lädt Sie zu einem geplanten Zoom-Meeting ein.</p>
        <p>Thema: Interview Hauke Janssen – Einsatzplanung Service<br>
        Uhrzeit: 17.Nov..2026 09:00 AM Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</p>
        <p>Zoom-Meeting beitreten<br><a href="https://kuestenkraft.zoom.us/j/84512093377?pwd=Qm9rWkZ1TnhSbE1nN3pPa2VqV0xUZz09">https://kuestenkraft.zoom.us/j/84512093377?pwd=Qm9rWkZ1TnhSbE1nN3pPa2VqV0xUZz09</a></p>
        <p>Meeting-ID: 845 1209 3377<br>Kenncode: 581204</p>
        </div></body></html>
        """)
    hs = head(addr("Svenja Rademacher", "svenja.rademacher@kuestenkraft.de"),
              "Ihr Videointerview am 17.11. - Zugangsdaten",
              "2026-11-11 15:10", BER, "mout.kundenserver.de", "p14kkr", "kuestenkraft.de",
              charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, alt(text(body.replace("–", "-"), "iso-8859-1", "quoted-printable"),
                           html(page.replace("–", "-"), "iso-8859-1")))


@pos(15, family="ashby", lang="en", kind="scheduled", local="Fri 2026-11-20 15:00", zone=AMS,
     local_end="2026-11-20 15:45", company="Helder Wind Analytics B.V.", contact="floor.vanleeuwen@helderwind.nl",
     note="Ashby confirmation (base64) with invite.ics TZID Europe/Amsterdam; Friday 20 Nov 3:00-3:45 PM CET = UTC+1; contact = Reply-To / ICS ORGANIZER")
def m15():
    body = t("""
        Hi Hauke,

        Your interview is confirmed. We're looking forward to speaking with you!

        Friday, November 20, 2026, 3:00 PM – 3:45 PM CET
        Google Meet (link in the calendar invite)

        You'll meet with:
          Floor van Leeuwen — Talent Lead
          Bram Visser — Head of Asset Operations

        Questions? Just reply and it will reach Floor van Leeuwen.

        Thanks,
        Helder Wind Analytics Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Hauke,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Friday, November 20, 2026, 3:00 PM – 3:45 PM CET</b><br>Google Meet (link in the calendar invite)</p>
        <p>You'll meet with:<br>Floor van Leeuwen — Talent Lead<br>Bram Visser — Head of Asset Operations</p>
        <p>Questions? Just reply and it will reach Floor van Leeuwen.</p>
        <p>Thanks,<br>Helder Wind Analytics Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{eu_vtz(AMS)}
BEGIN:VEVENT
UID:1f6e0c43-8b2d-4f7a-a0e9-5c3d71b8e2aa
DTSTAMP:20261116T113000Z
DTSTART;TZID=Europe/Amsterdam:20261120T150000
DTEND;TZID=Europe/Amsterdam:20261120T154500
SEQUENCE:0
SUMMARY:Helder Wind Analytics – Operations Planner Interview
LOCATION:Google Meet
ORGANIZER;CN=Floor van Leeuwen:mailto:floor.vanleeuwen@helderwind.nl
ATTENDEE;CN=Hauke Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Helder Wind Analytics", "no-reply@ashbyhq.com"),
              "Interview confirmed: Operations Planner at Helder Wind Analytics",
              "2026-11-16 12:30", AMS, "mail.ashbyhq.com", "p15hwa", "email.amazonses.com",
              extra=(("Reply-To", addr("Floor van Leeuwen", "floor.vanleeuwen@helderwind.nl")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@pos(16, family="workable", lang="de", kind="scheduled", local="Tue 2026-11-24 10:00", zone=CPH,
     local_end="2026-11-24 11:00", company="Sønderjysk Kran & Service ApS", contact="birte.hansen@sonderjysk-kran.dk",
     note="Workable mail in German from a German-speaking firm in Aabenraa: Dienstag 24. November 10:00-11:00 'dänische Zeit (MEZ)' = UTC+1; Reply-To is a Workable relay, contact = the address written in the body")
def m16():
    body = t("""
        Guten Tag Herr Janssen,

        vielen Dank für Ihr Interesse an der Stelle als Serviceplaner Kran- und Hubtechnik (m/w/d).
        Wir bestätigen Ihnen gern folgenden Termin für ein persönliches Gespräch:

        Dienstag, 24. November 2026
        10:00 – 11:00 Uhr (dänische Zeit, MEZ – wie in Deutschland)
        Sønderjysk Kran & Service ApS, Industrivej 14, 6200 Aabenraa

        Ihre Gesprächspartnerin ist Birte Hansen (Teamleitung Serviceplanung). Bei Fragen erreichen
        Sie sie direkt unter birte.hansen@sonderjysk-kran.dk oder +45 74 62 19 30.

        Mit freundlichen Grüßen
        Birte Hansen
        Sønderjysk Kran & Service ApS

        ---
        Gesendet über Workable. Antworten auf diese E-Mail werden an Sønderjysk Kran & Service ApS weitergeleitet.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Guten Tag Herr Janssen,</p>
        <p>vielen Dank für Ihr Interesse an der Stelle als Serviceplaner Kran- und Hubtechnik (m/w/d).
        Wir bestätigen Ihnen gern folgenden Termin für ein persönliches Gespräch:</p>
        <p><b>Dienstag, 24. November 2026</b><br>10:00 – 11:00 Uhr (dänische Zeit, MEZ – wie in Deutschland)<br>
        Sønderjysk Kran &amp; Service ApS, Industrivej 14, 6200 Aabenraa</p>
        <p>Ihre Gesprächspartnerin ist Birte Hansen (Teamleitung Serviceplanung). Bei Fragen erreichen Sie sie direkt unter
        <a href="mailto:birte.hansen@sonderjysk-kran.dk">birte.hansen@sonderjysk-kran.dk</a> oder +45 74 62 19 30.</p>
        <p>Mit freundlichen Grüßen<br>Birte Hansen<br>Sønderjysk Kran &amp; Service ApS</p>
        <p style="font-size:11px;color:#999">Gesendet über Workable. Antworten auf diese E-Mail werden an Sønderjysk Kran &amp; Service ApS weitergeleitet.</p>
        </body></html>
        """)
    hs = head(addr("Sønderjysk Kran & Service ApS", "noreply@candidates.workablemail.com"),
              "Ihr Gesprächstermin bei Sønderjysk Kran & Service ApS",
              "2026-11-17 08:45", CPH, "mail-out-17.workablemail.com", "p16skr", "workablemail.com",
              extra=(("Reply-To", "sonderjysk-kran+c4f1a9e7@candidates.workablemail.com"),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@pos(17, family="outlook_calendar", lang="de", kind="rescheduled", local="Thu 2026-09-24 15:00", zone=BER,
     local_end="2026-09-24 16:00", company="Jadewerk Offshore GmbH", contact="dirk.harms@jadewerk-offshore.de",
     note="Exchange update of the 22 Sep meeting (same UID, SEQUENCE:1): moved to Donnerstag 24.09. 15:00-16:00 CEST (UTC+2); the old Tuesday time is named in the note; 'Wann:' shows (UTC+01:00) in summer; contact = organizer")
def m17():
    body = t("""
        Wann: Donnerstag, 24. September 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Jadewerk Offshore, Besprechungsraum "Minsener Oog", Jadeallee 12, 26382 Wilhelmshaven

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Janssen,

        leider muss ich unseren Termin von Dienstag, 13:30 Uhr, verschieben - Frau Sievers ist
        am Dienstag auf einer Schulung. Wie heute früh am Telefon abgestimmt, treffen wir uns
        stattdessen am Donnerstag um 15 Uhr. Ort und Ablauf bleiben gleich.

        Viele Grüße
        Dirk Harms
        Leiter Disposition Offshore
        Jadewerk Offshore GmbH | Jadeallee 12 | 26382 Wilhelmshaven
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN=Dirk Harms:mailto:Dirk.Harms@jadewerk-offshore.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hauke Janssen:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sievers, Anja:mailto:Anja.Sievers@jadewerk-offshore.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Janssen,\\n\\nleider muss ich unseren Termin von Dienstag verschieben.\\n
UID:040000008200E00074C5B7101A82E00800000000B0D1F3A3F541DD01000000000000000010000000A7C4E2D9B3F0164C9E2D8A1B7F6C5E21
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hauke Janssen - Disponent Offshore-Service
DTSTART;TZID=W. Europe Standard Time:20260924T150000
DTEND;TZID=W. Europe Standard Time:20260924T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T060500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Jadewerk Offshore\\, Besprechungsraum "Minsener Oog"\\, Jadeallee 12\\, 26382 Wilhelmshaven
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2118732054
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Harms, Dirk", "Dirk.Harms@jadewerk-offshore.de"),
              "Vorstellungsgespräch Hauke Janssen - Disponent Offshore-Service",
              "2026-09-21 08:05", BER, "mail-fr2deu01on2101.outbound.protection.outlook.com", "p17jwo",
              "EXDE01.jadewerk-offshore.de",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Hauke Janssen - Disponent Offshore-Service")),
                     ("Thread-Index", "AdtJ8w2qVb1Jm0X7QfSx3e9Lk2Uo1AAVb3kQ"),
                     ("Content-Language", "de-DE"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body, "windows-1252", "quoted-printable"),
                           calendar(ics, method="REQUEST", cte="base64")))


@pos(18, family="human_prose", lang="de", kind="rescheduled", local="Mon 2026-10-26 10:00", zone=BER,
     company="Lesum Wartungstechnik GmbH", contact="c.meyerdierks@lesum-wartung.de",
     note="Sie-mail (iso-8859-1): Freitag 23.10. 10:00 moved to Montag 26.10. 10:00, already agreed by phone; the new day is after the 25 Oct change, CET = UTC+1 (09:00Z) though the mail is sent in CEST; no length, end null")
def m18():
    body = t("""
        Sehr geehrter Herr Janssen,

        leider müssen wir unser Gespräch am Freitag, 23.10., um 10:00 Uhr verschieben, da unser
        Geschäftsführer Herr Böhmer kurzfristig zu einem Kunden nach Bremerhaven muss.

        Wie gestern am Telefon mit Ihnen abgestimmt, haben wir das Gespräch auf Montag, den 26.10.,
        ebenfalls um 10:00 Uhr verlegt. Ort und Teilnehmer bleiben gleich: Hafenstraße 23,
        28759 Bremen-Vegesack, bitte melden Sie sich im Büro im ersten Stock.

        Entschuldigen Sie die Umstände und viele Grüße aus Vegesack

        Claudia Meyerdierks
        Personal & Verwaltung
        Lesum Wartungstechnik GmbH
        Tel. 0421 6588 310
        """)
    hs = head(addr("Claudia Meyerdierks", "c.meyerdierks@lesum-wartung.de"),
              "Verschiebung unseres Gesprächs am Freitag",
              "2026-10-21 12:14", BER, "smtp.lesum-wartung.de", "p18lsw", "lesum-wartung.de",
              charset="iso-8859-1",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high")))
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))


@pos(19, family="lever", lang="en", kind="rescheduled", local="Thu 2026-11-26 09:30", zone=AMS,
     local_end="2026-11-26 10:15", company="Eemshaven Marine Services B.V.", contact="joost.mulder@eemshaven-marine.nl",
     note="Lever reschedule with both times: previous Wed 25 Nov 2:00 PM, new Thu 26 Nov 9:30-10:15 AM CET (UTC+1); ICS SEQUENCE:1 with the new time; contact = Reply-To")
def m19():
    body = t("""
        Hi Hauke,

        Your interview with Eemshaven Marine Services has been rescheduled.

        Previous time:  Wednesday, November 25, 2026, 2:00 PM CET
        New time:       Thursday, November 26, 2026, 9:30 AM - 10:15 AM CET (Europe/Amsterdam)

        Interviewers: Joost Mulder (Recruiter), Annelies de Groot (Vessel Operations Manager)
        Location: Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_EMS4410%40thread.v2/0

        An updated calendar invitation is attached. If the new time does not work for you, reply
        to this email.

        Thanks,
        Joost Mulder
        Eemshaven Marine Services B.V.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Hauke,</p>
        <p>Your interview with Eemshaven Marine Services has been <b>rescheduled</b>.</p>
        <p><s>Wednesday, November 25, 2026, 2:00 PM CET</s><br>
        <b>Thursday, November 26, 2026, 9:30 AM - 10:15 AM CET (Europe/Amsterdam)</b></p>
        <p>Interviewers: Joost Mulder (Recruiter), Annelies de Groot (Vessel Operations Manager)<br>
        Location: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_EMS4410%40thread.v2/0">Microsoft Teams</a></p>
        <p>An updated calendar invitation is attached. If the new time does not work for you, reply to this email.</p>
        <p>Thanks,<br>Joost Mulder<br>Eemshaven Marine Services B.V.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interviews//EN
METHOD:REQUEST
{eu_vtz(AMS)}
BEGIN:VEVENT
UID:lever-iv-0b5e2f71-94c3-4d8a-b1c6-3e8f7a2d9c40
DTSTAMP:20261123T085000Z
DTSTART;TZID=Europe/Amsterdam:20261126T093000
DTEND;TZID=Europe/Amsterdam:20261126T101500
SEQUENCE:1
SUMMARY:Interview: Hauke Janssen <> Eemshaven Marine Services
LOCATION:Microsoft Teams
ORGANIZER;CN=Joost Mulder:mailto:joost.mulder@eemshaven-marine.nl
ATTENDEE;CN=Hauke Janssen;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Annelies de Groot:mailto:annelies.degroot@eemshaven-marine.nl
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Eemshaven Marine Services", "no-reply@hire.lever.co"),
              "Updated: Interview with Eemshaven Marine Services",
              "2026-11-23 09:50", AMS, "mail-out.hire.lever.co", "p19ems", "hire.lever.co",
              extra=(("Reply-To", addr("Joost Mulder", "joost.mulder@eemshaven-marine.nl")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics",
                                      disposition="attachment")))


@pos(20, family="ics_attachment", lang="de", kind="rescheduled", local="Tue 2026-12-01 10:00", zone=BER,
     local_end="2026-12-01 11:30", company="Emsland Rotorservice GmbH", contact="malte.kruse@emsland-rotorservice.de",
     note="Short Du-mail: second interview moved ('schieben'), 'neue Einladung hängt an'; the new time is only in the attached Google Calendar ICS (SEQUENCE:1): Tue 1 Dec 10:00-11:30 Europe/Berlin, CET = UTC+1; contact = sender / ORGANIZER")
def m20():
    body = t("""
        Hi Hauke,

        wie eben am Telefon besprochen: Wir schieben das zweite Gespräch mit Frau Lübbers, weil sie
        am Freitag doch in Husum ist. Die neue Einladung hängt an, nimm sie bitte kurz an, dann ist
        das auch bei ihr im Kalender.

        Gruß
        Malte
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261201T100000
DTEND;TZID=Europe/Berlin:20261201T113000
DTSTAMP:20261126T160500Z
ORGANIZER;CN=Malte Kruse:mailto:malte.kruse@emsland-rotorservice.de
UID:0r7e2mkd9vq1h4s6b3c8n5p2ja@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Malte Kruse:mailto:malte.kruse@emsland-rotorservice.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hauke Janssen:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dörte Lübbers:mailto:doerte.luebbers@emsland-rotorservice.de
CREATED:20261119T101500Z
LAST-MODIFIED:20261126T160500Z
LOCATION:Emsland Rotorservice\\, Kaiserstraße 118\\, 49809 Lingen (Ems)
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Zweites Gespräch Hauke Janssen (Serviceplanung)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Malte Kruse", "malte.kruse@emsland-rotorservice.de"),
              "Zweites Gespräch - neue Einladung",
              "2026-11-26 17:05", BER, "mail-ej1-f44.google.com", "p20ers", "mail.gmail.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(21, family="outlook_calendar", lang="de", kind="cancelled", local="Wed 2026-12-09 13:00", zone=BER,
     local_end="2026-12-09 14:00", company="Ostfriesland Netzservice GmbH", contact="gerd.ahlers@ostfriesland-netzservice.de",
     note="Exchange cancellation ('Abgesagt:', METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE:1) of Mittwoch 9. Dezember 13:00-14:00 W. Europe Standard Time = CET (UTC+1); position filled internally, no new time")
def m21():
    body = t("""
        Wann: Mittwoch, 9. Dezember 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Ostfriesland Netzservice, Heisfelder Straße 40, 26789 Leer

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrter Herr Janssen,

        leider muss ich unseren Termin am Mittwoch absagen: Die Stelle des Arbeitsvorbereiters ist
        inzwischen intern besetzt worden. Ich bedauere das sehr, Ihr Profil hat uns gut gefallen,
        und ich würde mich gern wieder melden, wenn wir im Frühjahr die nächste Stelle ausschreiben.

        Mit freundlichen Grüßen
        Gerd Ahlers
        Abteilungsleiter Betrieb
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN=Gerd Ahlers:mailto:gerd.ahlers@ostfriesland-netzservice.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hauke Janssen:mailto:{ME}
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Janssen,\\n\\nleider muss ich unseren Termin am Mittwoch absagen.\\n
UID:040000008200E00074C5B7101A82E00800000000D2E4A7C1B853DD01000000000000000010000000F3A1C8E2D7B64F1A8E9C2D5B7A1F3E66
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Herr Janssen (Arbeitsvorbereitung)
DTSTART;TZID=W. Europe Standard Time:20261209T130000
DTEND;TZID=W. Europe Standard Time:20261209T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261204T081200Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Ostfriesland Netzservice\\, Heisfelder Straße 40\\, 26789 Leer
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Ahlers, Gerd", "gerd.ahlers@ostfriesland-netzservice.de"),
              "Abgesagt: Vorstellungsgespräch Herr Janssen (Arbeitsvorbereitung)",
              "2026-12-04 09:12", BER, "mail.ostfriesland-netzservice.de", "p21ons", "EX02.ostfriesland-netzservice.de",
              extra=(("Importance", "high"), ("Content-Language", "de-DE"),
                     ("Content-class", "urn:content-classes:calendarmessage")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@pos(22, family="human_prose", lang="en", kind="cancelled", local="Fri 2026-12-11 13:00", zone=CPH,
     company="Limfjord Energi A/S", contact="kasper.nielsen@limfjord-energi.dk",
     note="Danish hiring manager cancels 'our interview on Friday 11 December at 13:00' (Danish time, CET = UTC+1) on top of the quoted thread; budget frozen, maybe January, no new time")
def m22():
    body = t("""
        Dear Hauke,

        I am sorry to have to write this: we need to cancel our interview on Friday 11 December at
        13:00. Our management has frozen the budget for the scheduler position until the new year,
        and I don't want you to travel to Aalborg or take time off for a role we cannot fill right now.

        If the position is reopened in January, I will contact you first.

        Kind regards,
        Kasper Nielsen
        Head of O&M Planning
        Limfjord Energi A/S | Strandvejen 52 | 9000 Aalborg

        -----Original Message-----
        From: Hauke Janssen <hauke.janssen@example.com>
        Sent: Monday, 30 November 2026 08:41
        To: Kasper Nielsen <kasper.nielsen@limfjord-energi.dk>
        Subject: Re: Interview - Maintenance Scheduler, Aalborg

        Dear Kasper,

        Friday 11 December at 13:00 works well for me. I'll come by train, so see you in Aalborg.

        Best regards,
        Hauke
        """)
    hs = head(addr("Kasper Nielsen", "kasper.nielsen@limfjord-energi.dk"),
              "RE: Interview - Maintenance Scheduler, Aalborg",
              "2026-12-07 16:30", CPH, "mail-vi1eur02on2049.outbound.protection.outlook.com", "p22lfe",
              "DB9PR07MB8830.eurprd07.prod.outlook.com",
              extra=(("In-Reply-To", mid("p22-hauke", "example.com")),
                     ("References", mid("p32", "limfjord-energi.dk") + " " + mid("p22-hauke", "example.com"))))
    return message(hs, alt(text(body), html("<html><body><div style=\"font-family:Calibri,sans-serif\">"
                                            + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
                                            + "</div></body></html>\n")))


@pos(23, family="google_calendar", lang="en", kind="cancelled", local="Wed 2026-12-02 11:00", zone=AMS,
     local_end="2026-12-02 12:00", company="Helder Wind Analytics B.V.", contact="floor.vanleeuwen@helderwind.nl",
     note="Google Calendar 'Canceled event' (English UI, METHOD:CANCEL) for the second interview Wed Dec 2 11am-12pm (CET) Amsterdam = UTC+1; organizer's note promises a new time but gives none")
def m23():
    body = t("""
        This event has been canceled and removed from your calendar.

        Floor van Leeuwen has included a note:
        Sorry Hauke - Bram has to be on site in Vlissingen that day. I'll send you a few new options
        early next week.

        Second interview - Hauke Janssen / Helder Wind
        Wednesday Dec 2, 2026 ⋅ 11am – 12pm
        Central European Time - Amsterdam

        Google Meet: https://meet.google.com/hwa-tqpe-mzk

        Organizer
        Floor van Leeuwen
        floor.vanleeuwen@helderwind.nl

        Guests
        Floor van Leeuwen - organizer
        Bram Visser
        hauke.janssen@example.com

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{eu_vtz(AMS)}
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20261202T110000
DTEND;TZID=Europe/Amsterdam:20261202T120000
DTSTAMP:20261127T100200Z
ORGANIZER;CN=Floor van Leeuwen:mailto:floor.vanleeuwen@helderwind.nl
UID:7hk2d9s4fq0v1m3n8b6c5x2p4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=hauke.janssen@example.com:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bram Visser:mailto:bram.visser@helderwind.nl
CREATED:20261123T141000Z
LAST-MODIFIED:20261127T100200Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Second interview - Hauke Janssen / Helder Wind
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Canceled event: Second interview - Hauke Janssen / Helder Wind @ Wed Dec 2, 2026 "
               "11am - 12pm (CET) (hauke.janssen@example.com)")
    hs = head(addr("Floor van Leeuwen", "floor.vanleeuwen@helderwind.nl"), subject,
              "2026-11-27 11:02", AMS, "mail-qk1-f200.google.com", "p23hwa", "google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives


@neg(24, family="rejection", lang="de", company="Flügelwerk Analytics GmbH",
     note="Du-rejection after the 15 Oct interview in Hamburg; refers to last week's talk, no new time")
def m24():
    body = t("""
        Moin Hauke,

        danke dir nochmal für das Gespräch letzte Woche bei uns im Büro – Ole und ich fanden es
        wirklich gut, und deine Erfahrung mit den Wartungsfenstern im Onshore-Bereich hat uns
        beeindruckt.

        Wir haben uns am Ende trotzdem für jemanden entschieden, der schon länger mit Drohnen-Crews
        und Flugfreigaben gearbeitet hat. Das war eine knappe Entscheidung, ehrlich.

        Wenn wir im nächsten Jahr das Team in Richtung Offshore erweitern, melde ich mich gern
        wieder – falls du magst.

        Alles Gute und beste Grüße
        Jonas
        """)
    hs = head(addr("Jonas Petersen", "jonas.petersen@fluegelwerk.io"),
              "Rückmeldung zu unserem Gespräch",
              "2026-10-23 16:05", BER, "mail-sor-f41.google.com", "n24flw", "fluegelwerk.io",
              extra=(("X-Mailer", "Apple Mail (2.3774.400.31)"),))
    return message(hs, text(body, cte="8bit"))


@neg(25, family="rejection", lang="en", company="Nordhavn Offshore A/S",
     note="Teamtailor rejection of the application (no interview held or offered)")
def m25():
    body = t("""
        Hi Hauke,

        Thank you for applying for the position as Marine Coordinator at Nordhavn Offshore and for
        the time you put into your application.

        We have received many strong applications and, after careful consideration, we have decided
        to move forward with candidates whose experience more closely matches the role's focus on
        vessel chartering.

        We will keep your profile in our talent pool for 12 months, unless you tell us otherwise.

        Best regards,
        The recruitment team at Nordhavn Offshore A/S

        Sent with Teamtailor
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;background:#f4f4f4">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
        <p>Hi Hauke,</p>
        <p>Thank you for applying for the position as Marine Coordinator at Nordhavn Offshore and for the time you put into your application.</p>
        <p>We have received many strong applications and, after careful consideration, we have decided to move forward with candidates whose experience more closely matches the role's focus on vessel chartering.</p>
        <p>We will keep your profile in our talent pool for 12 months, unless you tell us otherwise.</p>
        <p>Best regards,<br>The recruitment team at Nordhavn Offshore A/S</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </div></body></html>
        """)
    hs = head(addr("Nordhavn Offshore A/S", "no-reply@teamtailor-mail.com"),
              "Your application for Marine Coordinator at Nordhavn Offshore",
              "2026-09-17 14:48", CPH, "a27-41.smtp-out.eu-west-1.amazonses.com", "n25nho", "teamtailor-mail.com")
    return message(hs, alt(text(body), html(page)))


@neg(26, family="application_ack", lang="de", company="Hanse Energie AG",
     note="Workday Eingangsbestätigung of the application (R-10482); no date except the receipt")
def m26():
    body = t("""
        Guten Tag Hauke Janssen,

        vielen Dank für Ihre Bewerbung als Referent Instandhaltungsplanung Windparks (m/w/d) (R-10482)
        bei der Hanse Energie AG. Ihre Unterlagen sind vollständig bei uns eingegangen.

        Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei
        Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen:
        https://hanseenergie.wd3.myworkdayjobs.com/de-DE/Karriere/userHome

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Hanse Energie AG

        Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = head(addr("Hanse Energie AG", "hanseenergie@myworkday.com"),
              "Eingangsbestätigung Ihrer Bewerbung – R-10482",
              "2026-09-29 21:37", BER, "wd3-smtp-out1.myworkday.com", "n26hen", "myworkday.com")
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">'))))


@neg(27, family="application_ack", lang="en", company="Great Lakes Turbine Services Inc.",
     note="iCIMS application receipt from the Chicago employer (HTML only); no interview yet")
def m27():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="620" cellpadding="10"><tr><td style="background:#0b3d5c;color:#fff;font-size:16px">Great Lakes Turbine Services Careers</td></tr>
        <tr><td>
        <p>Dear Hauke,</p>
        <p>Thank you for your interest in Great Lakes Turbine Services. We have received your application for
        <b>Fleet Maintenance Planner - Europe (Remote)</b> (Job ID 2026-4471).</p>
        <p>Our Talent Acquisition team will review your qualifications. If your background matches our needs,
        a member of our team will contact you to discuss next steps.</p>
        <p>You can check the status of your application at any time through our
        <a href="https://careers-greatlakesturbine.icims.com/jobs/candidate/dashboard">candidate portal</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Great Lakes Turbine Services Inc.</p>
        <p style="font-size:10px;color:#777">Great Lakes Turbine Services is an Equal Opportunity Employer. Please do not reply to this automated message.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Great Lakes Turbine Services Talent Acquisition", "greatlakesturbine@talent.icims.com"),
              "Thank you for applying - Fleet Maintenance Planner - Europe (Remote)",
              "2026-10-20 07:12", CHI, "mailout2.icims.com", "n27glt", "talent.icims.com")
    return message(hs, html(page, "us-ascii", "7bit"))


@neg(28, family="job_alert", lang="de", company=None,
     note="Job-alert digest from a job board (HTML only, base64); postings with dates, no interview")
def m28():
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#eef2f5">
        <table width="600" align="center" style="background:#fff" cellpadding="16">
        <tr><td style="background:#005f73;color:#fff"><b>WindJobs Nord</b> · Ihr Suchauftrag „Einsatzplanung Windenergie, 100 km um Oldenburg“</td></tr>
        <tr><td>
        <p>Hallo Hauke,</p>
        <p>wir haben <b>5 neue Stellen</b> für Ihren Suchauftrag gefunden:</p>
        <p><a href="https://www.windjobs-nord.example/job/88123">Disponent Serviceeinsätze Onshore (m/w/d)</a><br>Friesland Wind Service GmbH · Jever · Vollzeit · vor 2 Tagen</p>
        <p><a href="https://www.windjobs-nord.example/job/88140">Arbeitsvorbereiter Instandhaltung (m/w/d)</a><br>Ostfriesland Netzservice GmbH · Leer · Vollzeit · vor 3 Tagen</p>
        <p><a href="https://www.windjobs-nord.example/job/88152">Koordinator Einsatzplanung Offshore (m/w/d)</a><br>über Nordlicht Personal GmbH · Cuxhaven · Vollzeit · gestern</p>
        <p><a href="https://www.windjobs-nord.example/job/88177">Serviceplaner Kran- und Hubtechnik (m/w/d)</a><br>Sønderjysk Kran &amp; Service ApS · Aabenraa (DK) · Vollzeit · heute</p>
        <p><a href="https://www.windjobs-nord.example/job/88179">Teamleitung Wartungsplanung (m/w/d)</a><br>Weser-Ems Windkraft AG · Cloppenburg · Vollzeit · heute</p>
        <p style="font-size:12px;color:#666">Tipp: Mit vollständigem Profil werden Sie von Arbeitgebern häufiger zum Vorstellungsgespräch eingeladen.</p>
        <p style="font-size:11px;color:#999">Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. <a href="https://www.windjobs-nord.example/abmelden">Suchauftrag bearbeiten oder abbestellen</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("WindJobs Nord", "suchauftrag@windjobs-nord.example"),
              "5 neue Jobs für „Einsatzplanung Windenergie“",
              "2026-10-05 06:30", BER, "mta3.windjobs-nord.example", "n28wjn", "windjobs-nord.example",
              extra=(("List-Unsubscribe", "<https://www.windjobs-nord.example/abmelden?u=hj71>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@neg(29, family="job_alert", lang="en", company=None,
     note="Weekly English job digest (offshore roles in Denmark and the Netherlands); no interview")
def m29():
    body = t("""
        OffshoreCareers - your weekly roles for "maintenance planner"

        1. O&M Scheduler - Esbjerg, Denmark - Skagerrak Service A/S - posted 3 days ago
           https://offshorecareers.example/r/55210
        2. Planning Engineer Offshore Wind - Vlissingen, Netherlands - Zeeland Offshore Works - posted 5 days ago
           https://offshorecareers.example/r/55198
        3. Maintenance Planner (German speaking) - Aabenraa, Denmark - Sønderjysk Kran & Service ApS
           https://offshorecareers.example/r/55177
        4. Vessel & Crew Planner - Den Helder, Netherlands - Noordzee Onderhoud B.V.
           https://offshorecareers.example/r/55161

        Career tip of the week: prepare three concrete examples of schedules you rescued - they work
        in almost every interview.

        Manage alerts: https://offshorecareers.example/alerts  |  Unsubscribe: https://offshorecareers.example/u/hj
        """)
    hs = head(addr("OffshoreCareers", "alerts@offshorecareers.example"),
              "4 new maintenance planner roles this week",
              "2026-11-16 07:00", "Europe/London", "smtp.offshorecareers.example", "n29ofc", "offshorecareers.example",
              extra=(("List-Unsubscribe", "<https://offshorecareers.example/u/hj>"), ("Precedence", "bulk")))
    return message(hs, text(body))


@neg(30, family="newsletter_tips", lang="de", company=None,
     note="Career newsletter: the seven most common questions in a Vorstellungsgespräch; webinar date is not an interview")
def m30():
    body = t("""
        KARRIEREBRIEF TECHNIK · Ausgabe 37/2026

        Die 7 häufigsten Fragen im Vorstellungsgespräch – und wie Sie als Techniker punkten

        1. „Erzählen Sie etwas über sich.“ – Zwei Minuten, roter Faden, keine Lebensgeschichte.
        2. „Warum wollen Sie wechseln?“ – Nach vorne argumentieren, nicht über den alten Chef.
        3. „Beschreiben Sie eine Situation, in der ein Plan nicht aufging.“ – STAR-Methode.
        4. „Wie gehen Sie mit Zeitdruck um?“ – Konkretes Beispiel statt Floskel.
        5. „Was wissen Sie über uns?“ – Geschäftsbericht und Pressemitteilungen lesen.
        6. „Wo sehen Sie sich in fünf Jahren?“ – Entwicklung im Unternehmen, nicht woanders.
        7. „Haben Sie noch Fragen?“ – Immer ja. Drei vorbereiten.

        Außerdem in dieser Ausgabe:
        · Gehaltsatlas Norddeutschland: Was Planer in der Windbranche verdienen
        · Interview mit einer Serviceleiterin aus Husum: „Wir stellen nach Haltung ein“

        Sie erhalten den Karrierebrief, weil Sie ihn abonniert haben. Abmelden: https://karrierebrief-technik.example/abmelden
        """)
    page = "<html><body style=\"font-family:Georgia,serif\">" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n"
    hs = head(addr("Karrierebrief Technik", "newsletter@karrierebrief-technik.example"),
              "Die 7 häufigsten Fragen im Vorstellungsgespräch",
              "2026-09-10 07:15", BER, "news.karrierebrief-technik.example", "n30kbt", "karrierebrief-technik.example",
              extra=(("List-Unsubscribe", "<https://karrierebrief-technik.example/abmelden>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@neg(31, family="recruiter_outreach", lang="de", company="Nordlicht Personal GmbH",
     note="Agency outreach (Sie) proposing a phone call Mittwoch 28.10. 16 Uhr or Donnerstag 29.10. 9 Uhr; nothing confirmed, and a call with the agency is not the interview",
     days=(("Wed", "2026-10-28"), ("Thu", "2026-10-29")))
def m31():
    body = t("""
        Sehr geehrter Herr Janssen,

        ich bin über Ihr Profil auf WindJobs Nord auf Sie aufmerksam geworden. Für einen unserer
        Kunden, einen Offshore-Logistiker an der Elbmündung, suche ich derzeit einen Koordinator
        Einsatzplanung (m/w/d) – Ihre Erfahrung in der Wartungsplanung passt dazu sehr gut.

        Hätten Sie Zeit für ein kurzes Telefonat von etwa 20 Minuten? Mir würde Mittwoch, 28.10.,
        um 16 Uhr oder Donnerstag, 29.10., um 9 Uhr passen – gern auch ein anderer Termin, wenn
        Ihnen das besser liegt.

        Mit freundlichen Grüßen

        Torben Wichmann
        Senior Personalberater Energie & Offshore
        Nordlicht Personal GmbH | Ballindamm 9 | 20095 Hamburg
        Mobil +49 171 4480 2279
        """)
    hs = head(addr("Torben Wichmann", "t.wichmann@nordlicht-personal.de"),
              "Koordinator Einsatzplanung Offshore – vertrauliche Anfrage",
              "2026-10-26 11:42", BER, "mout.kundenserver.de", "n31nlp", "nordlicht-personal.de")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(32, family="interview_proposal", lang="en", company="Limfjord Energi A/S",
     note="Hiring manager proposes two slots (Thursday 10 December 10:00, Friday 11 December 13:00) and asks which suits; nothing confirmed yet",
     days=(("Thu", "2026-12-10"), ("Fri", "2026-12-11")))
def m32():
    body = t("""
        Dear Hauke,

        Thank you for your application for the Maintenance Scheduler position in Aalborg. We would
        like to meet you in person.

        Could you do one of the following (Danish time)?

          - Thursday 10 December, 10:00
          - Friday 11 December, 13:00

        The interview would take about an hour and a half, with me and one of our senior site
        supervisors. Let me know which one suits you, and I will send a calendar invitation.

        Kind regards,
        Kasper Nielsen
        Head of O&M Planning
        Limfjord Energi A/S | Strandvejen 52 | 9000 Aalborg
        """)
    hs = head(addr("Kasper Nielsen", "kasper.nielsen@limfjord-energi.dk"),
              "Interview - Maintenance Scheduler, Aalborg",
              "2026-11-27 14:05", CPH, "mail-vi1eur02on2049.outbound.protection.outlook.com", "p32",
              "limfjord-energi.dk")
    return message(hs, text(body, "us-ascii", "7bit"))


@neg(33, family="scheduling_link", lang="en", company="Noordzee Onderhoud B.V.",
     note="Recruiter sends his Calendly link to pick a time; nothing booked yet")
def m33():
    body = t("""
        Hi Hauke,

        Thanks for your application for the Planning Coordinator role in Den Helder - your
        background in onshore maintenance planning is exactly what we are looking for.

        I'd love to have a first 30-minute call. Please pick a slot that suits you here:
        https://calendly.com/pieter-bakker-noordzee/intro-call

        Talk soon,
        Pieter Bakker
        Talent Acquisition | Noordzee Onderhoud B.V.
        Havenplein 2, 1781 AB Den Helder
        """)
    hs = head(addr("Pieter Bakker", "pieter.bakker@noordzee-onderhoud.nl"),
              "Planning Coordinator - let's have a chat",
              "2026-10-19 10:27", AMS, "mail-am6eur05on2091.outbound.protection.outlook.com", "n33nzo",
              "noordzee-onderhoud.nl")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(34, family="availability_request", lang="en", company="Skagerrak Service A/S",
     note="GoodTime availability request for an onsite in the week of 9 November; no time fixed",
     days=(("Mon", "2026-11-09"),))
def m34():
    body = t("""
        Hi Hauke,

        Great news - the team would like to invite you to an onsite interview in Esbjerg for the
        Offshore Maintenance Scheduler role.

        Please share your availability for the week of Monday, 9 November using the link below.
        The onsite takes about half a day; we will send you the exact schedule once it is set.

        Share your availability: https://app.goodtime.io/availability/ZkM2t9QxLpR4

        Best,
        Line Mortensen
        Recruitment Coordinator, Skagerrak Service A/S

        Scheduled with GoodTime
        """)
    hs = head(addr("Skagerrak Service A/S", "no-reply@goodtime.io"),
              "Skagerrak Service: please share your availability",
              "2026-11-02 09:15", CPH, "mail.goodtime.io", "n34skg", "goodtime.io",
              extra=(("Reply-To", addr("Line Mortensen", "line.mortensen@skagerrak-service.dk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(35, family="auto_reply", lang="de", company="Hanse Energie AG",
     note="Out-of-office reply from the recruiter (absent until Friday 23.10.); the subject names the interview day but confirms nothing",
     days=(("Fri", "2026-10-23"),))
def m35():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 23.10.2026, nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
        recruiting@hanse-energie.de.

        Thank you for your message. I am out of the office until Friday, 23 October 2026.

        Mit freundlichen Grüßen
        Lena Vosskamp
        Talent Acquisition · Hanse Energie AG
        """)
    hs = head(addr("Vosskamp, Lena", "lena.vosskamp@hanse-energie.de"),
              "Automatische Antwort: Rückfrage zum Gespräch am 27.10.",
              "2026-10-21 08:03", BER, "mail-hh1.hanse-energie.de", "n35hen", "hanse-energie.de",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", mid("n35-hauke", "example.com"))))
    return message(hs, text(body))


@neg(36, family="bounce", lang="en", company=None,
     note="DSN bounce of the owner's thank-you mail (mistyped address) after the 29 Oct call; the returned mail mentions the call but nothing is scheduled")
def m36():
    original = message([
        ("From", ME_TO),
        ("To", "Pieter Bakker <pieter.baker@noordzee-onderhoud.nl>"),
        ("Subject", "Thank you for today's call"),
        ("Date", date("2026-10-29 18:31", BER)),
        ("Message-ID", mid("n36-hauke", "example.com")),
    ], text(t("""
        Dear Pieter,

        Thank you for the pleasant call this morning and for explaining how your crews are planned
        out of Den Helder. I am very interested in the next step.

        Best regards,
        Hauke Janssen
        """), "us-ascii", "7bit"))
    report = t("""
        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <pieter.baker@noordzee-onderhoud.nl>: host mx1.noordzee-onderhoud.nl[203.0.113.25]
            said: 550 5.1.1 <pieter.baker@noordzee-onderhoud.nl>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.com
        X-Postfix-Queue-ID: 4QZm2k1Hn7z9t
        Arrival-Date: Thu, 29 Oct 2026 18:31:04 +0100 (CET)

        Final-Recipient: rfc822; pieter.baker@noordzee-onderhoud.nl
        Original-Recipient: rfc822;pieter.baker@noordzee-onderhoud.nl
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.noordzee-onderhoud.nl
        Diagnostic-Code: smtp; 550 5.1.1 <pieter.baker@noordzee-onderhoud.nl>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    hs = [
        ("Return-Path", "<>"),
        ("Received", "by mail.example.com (Postfix)\r\n id 4QZm2k3Jx1z9v; " + date("2026-10-29 18:31", BER)),
        ("From", "MAILER-DAEMON@mail.example.com (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-29 18:31", BER)),
        ("Message-ID", mid("n36-dsn", "mail.example.com")),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, multipart(
        "report",
        text(report, "us-ascii", "7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        attached_message(original),
        params="report-type=delivery-status"))


@neg(37, family="offer", lang="de", company="Jadewerk Offshore GmbH",
     note="Contract offer (Sie) after the September interviews, PDF attached; answer requested by Freitag, 16. Oktober - a deadline, not an appointment",
     days=(("Fri", "2026-10-16"),))
def m37():
    body = t("""
        Sehr geehrter Herr Janssen,

        vielen Dank noch einmal für das angenehme Gespräch bei uns in Wilhelmshaven. Wir freuen uns,
        Ihnen die Stelle als Disponent Offshore-Service anbieten zu können. Den Vertragsentwurf mit
        allen Konditionen finden Sie im Anhang.

        Bitte geben Sie uns bis Freitag, 16. Oktober, Bescheid, ob Sie das Angebot annehmen möchten.
        Für Rückfragen zum Vertrag steht Ihnen Frau Sievers gern zur Verfügung.

        Mit freundlichen Grüßen
        Dirk Harms
        Leiter Disposition Offshore
        Jadewerk Offshore GmbH | Jadeallee 12 | 26382 Wilhelmshaven
        """)
    pdf = b"%PDF-1.4\n% Vertragsangebot Jadewerk Offshore GmbH - Entwurf\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    pdf_part = make.Part([("Content-Type", 'application/pdf; name="Vertragsangebot_Janssen.pdf"'),
                          ("Content-Disposition", 'attachment; filename="Vertragsangebot_Janssen.pdf"'),
                          ("Content-Transfer-Encoding", "base64")],
                         base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Harms, Dirk", "Dirk.Harms@jadewerk-offshore.de"),
              "Vertragsangebot Disponent Offshore-Service",
              "2026-10-06 11:20", BER, "mail-fr2deu01on2101.outbound.protection.outlook.com", "n37jwo",
              "EXDE01.jadewerk-offshore.de",
              extra=(("Content-Language", "de-DE"),))
    return message(hs, mixed(text(body, "windows-1252", "quoted-printable"), pdf_part))


@neg(38, family="post_interview", lang="en", company="Vestkyst Vind A/S",
     note="Recruiter's reply to the thank-you after the 6 Oct interview: will be in touch by Friday 16 October; no new meeting",
     days=(("Fri", "2026-10-16"),))
def m38():
    body = t("""
        Hi Hauke,

        Thank you for your kind note - it was a pleasure talking to you yesterday, and Rasmus
        especially enjoyed your story about re-planning the whole turbine campaign after the storm.

        We are meeting the last candidates this week and expect to get back to everyone by Friday
        16 October.

        Best regards,
        Mette

        Mette Kjær | Talent Partner | Vestkyst Vind A/S

        On Tue, 6 Oct 2026 at 17:05, Hauke Janssen <hauke.janssen@example.com> wrote:
        > Dear Mette,
        >
        > Thank you and Rasmus for the interesting conversation this morning. I enjoyed learning
        > how you plan the service campaigns at Horns Rev and am very much looking forward to
        > hearing from you.
        >
        > Best regards,
        > Hauke
        """)
    hs = head(addr("Mette Kjær", "mette.kjaer@vestkystvind.dk"),
              "Re: Thank you - Maintenance Planner interview",
              "2026-10-07 15:22", CPH, "mail-ed1-f46.google.com", "n38vkv", "mail.gmail.com",
              extra=(("In-Reply-To", mid("n38-hauke", "example.com")),
                     ("References", mid("n38-hauke", "example.com"))))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(39, family="non_interview_calendar", lang="de", company=None,
     note="Dentist appointment confirmation (Termin bestätigt) with an ICS: Donnerstag 19.11. 07:45, a fixed time but not a job interview",
     days=(("Thu", "2026-11-19"),))
def m39():
    body = t("""
        Guten Tag Herr Janssen,

        Ihr Termin ist bestätigt:

        Zahnarztpraxis Dr. Ubbelohde & Kollegen
        Donnerstag, 19.11.2026, 07:45 Uhr
        Behandlung: Kontrolle und professionelle Zahnreinigung (ca. 60 Min.)
        Achternstraße 41, 26122 Oldenburg

        Bitte bringen Sie Ihre Gesundheitskarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie bitte mindestens 24 Stunden vorher ab: https://praxistermin.example/absage/K7QH2

        Ihr Praxisteam
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//praxistermin//Terminbuchung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:pt-2026-11-19-0745-k7qh2@praxistermin.example
DTSTAMP:20261109T091500Z
DTSTART:20261119T064500Z
DTEND:20261119T074500Z
SUMMARY:Zahnarzt Dr. Ubbelohde - Kontrolle/PZR
LOCATION:Achternstraße 41\\, 26122 Oldenburg
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Praxistermin", "noreply@praxistermin.example"),
              "Termin bestätigt: Zahnarztpraxis Dr. Ubbelohde am 19.11.2026",
              "2026-11-09 10:15", BER, "out1.praxistermin.example", "n39zah", "praxistermin.example")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                      disposition="attachment")))


@neg(40, family="non_interview_calendar", lang="de", company=None,
     note="Rowing club's Outlook invitation to the annual general meeting (Freitag 13.11. 19:30, W. Europe Standard Time); a meeting, not an interview",
     days=(("Fri", "2026-11-13"),))
def m40():
    body = t("""
        Wann: Freitag, 13. November 2026 19:30-21:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Bootshaus, Am Stau 80, 26122 Oldenburg

        *~*~*~*~*~*~*~*~*~*

        Liebe Mitglieder,

        hiermit lade ich satzungsgemäß zur Jahreshauptversammlung 2026 ein.

        Tagesordnung:
        1. Begrüßung und Feststellung der Beschlussfähigkeit
        2. Berichte des Vorstands und der Kassenprüfer
        3. Entlastung des Vorstands
        4. Wahlen (Bootswart, Jugendwart)
        5. Winterlager und Steganlage
        6. Verschiedenes

        Für Getränke und Schnittchen ist gesorgt.

        Mit sportlichen Grüßen
        Jens Harbers
        1. Vorsitzender, Ruderverein Hunte e.V.
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN=Jens Harbers:mailto:vorstand@rv-hunte.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mitglieder RV Hunte:mailto:mitglieder@rv-hunte.example
SUMMARY;LANGUAGE=de-DE:Jahreshauptversammlung 2026 RV Hunte
DTSTART;TZID=W. Europe Standard Time:20261113T193000
DTEND;TZID=W. Europe Standard Time:20261113T213000
UID:040000008200E00074C5B7101A82E00800000000A4C3B2E1F064DD01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
CLASS:PUBLIC
DTSTAMP:20261020T174500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bootshaus\\, Am Stau 80\\, 26122 Oldenburg
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Jens Harbers (RV Hunte)", "vorstand@rv-hunte.example"),
              "Einladung: Jahreshauptversammlung 2026",
              "2026-10-20 19:45", BER, "mail.rv-hunte.example", "n40rvh", "rv-hunte.example",
              to="Mitglieder RV Hunte <mitglieder@rv-hunte.example>",
              extra=(("Content-class", "urn:content-classes:calendarmessage"),))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@neg(41, family="personal_appointment", lang="de", company=None,
     note="Car workshop appointment for the tyre change (Samstag 24.10. 8:30); fixed time, not an interview",
     days=(("Sat", "2026-10-24"),))
def m41():
    body = t("""
        Hallo Herr Janssen,

        vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihnen folgenden Werkstatttermin:

        Samstag, 24.10.2026, 08:30 Uhr
        Räderwechsel Sommer -> Winter inkl. Einlagerung, Fahrzeug: OL-HJ 412

        Bitte planen Sie ca. 45 Minuten Wartezeit ein oder nutzen Sie unseren Hol- und Bringservice.

        Mit freundlichen Grüßen
        Ihr Team vom Kfz-Service Ofenerdiek
        Ofenerdieker Damm 12 · 26125 Oldenburg · Tel. 0441 3049 77
        """)
    hs = head(addr("Kfz-Service Ofenerdiek", "werkstatt@kfz-ofenerdiek.example"),
              "Ihr Werkstatttermin am 24.10.2026",
              "2026-10-13 16:52", BER, "smtp.kfz-ofenerdiek.example", "n41kfz", "kfz-ofenerdiek.example")
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))


@neg(42, family="event_registration", lang="de", company=None,
     note="Registration confirmation for an industry conference (Donnerstag 3. Dezember, Bremerhaven) with an ICS; an event, not an interview",
     days=(("Thu", "2026-12-03"),))
def m42():
    body = t("""
        Sehr geehrter Herr Janssen,

        vielen Dank für Ihre Anmeldung zur

        Fachtagung Rotorblatt-Instandhaltung 2026
        Donnerstag, 3. Dezember 2026, 09:00 - 17:00 Uhr
        Schaufenster Fischereihafen, Halle X, Bremerhaven

        Ihre Teilnahmegebühr (Frühbucher, 190,00 EUR) ist eingegangen. Ihr Namensschild liegt am
        Empfang bereit; einen Kalendereintrag finden Sie im Anhang.

        Programm-Highlights:
        09:30 Keynote: Vorausschauende Wartung mit Schwingungsdaten
        11:00 Podium: Wartungsfenster, Wetter und Crews – wer plant was?
        14:00 Workshops

        Mit freundlichen Grüßen
        Windforum Unterweser e.V. – Tagungsbüro
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Windforum Unterweser//Tagungsanmeldung//DE
METHOD:PUBLISH
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:fachtagung-rotorblatt-2026-tn-0419@windforum-unterweser.example
DTSTAMP:20261118T101000Z
DTSTART;TZID=Europe/Berlin:20261203T090000
DTEND;TZID=Europe/Berlin:20261203T170000
SUMMARY:Fachtagung Rotorblatt-Instandhaltung 2026
LOCATION:Schaufenster Fischereihafen\\, Halle X\\, Bremerhaven
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Windforum Unterweser – Tagungsbüro", "tagung@windforum-unterweser.example"),
              "Anmeldebestätigung: Fachtagung Rotorblatt-Instandhaltung 2026",
              "2026-11-18 11:10", BER, "mail.windforum-unterweser.example", "n42wfu", "windforum-unterweser.example")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="base64", filename="Fachtagung2026.ics",
                                      disposition="attachment")))


@neg(43, family="assessment", lang="en", company="Vestkyst Vind A/S",
     note="Teamtailor request to complete an online planning case by Friday 2 October 23:59 CEST; a deadline, not an interview",
     days=(("Fri", "2026-10-02"),))
def m43():
    body = t("""
        Hi Hauke,

        Thanks again for your application for Maintenance Planner, Esbjerg. As a next step we'd
        like you to complete a short online planning case (about 45 minutes, at a time of your
        choosing).

        Please complete it by Friday 2 October, 23:59 CEST:
        https://vestkystvind.teamtailor.com/assessments/pc-8812-hj

        Once we have reviewed it, we'll be in touch about an interview.

        Best regards,
        Mette Kjær
        Vestkyst Vind A/S

        Sent with Teamtailor
        """)
    hs = head(addr("Vestkyst Vind A/S", "no-reply@teamtailor-mail.com"),
              "Next step: online planning case",
              "2026-09-28 13:02", CPH, "a27-40.smtp-out.eu-west-1.amazonses.com", "n43vkv", "teamtailor-mail.com",
              extra=(("Reply-To", addr("Mette Kjær", "mette.kjaer@vestkystvind.dk")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(44, family="webinar", lang="de", company=None,
     note="Webinar registration (salary negotiation after the Vorstellungsgespräch), Dienstag 10.11. 18:00; an event, not an interview",
     days=(("Tue", "2026-11-10"),))
def m44():
    body = t("""
        Hallo Hauke Janssen,

        vielen Dank für Ihre Anmeldung zum Webinar

        „Nach dem Vorstellungsgespräch: Gehalt verhandeln in technischen Berufen“
        Dienstag, 10. November 2026, 18:00 – 19:00 Uhr (MEZ)

        Ihr persönlicher Zugangslink (bitte nicht weitergeben):
        https://karriereforum-nordwest.zoom.us/w/93177420518?tk=Hx8vR2

        Am Webinartag erhalten Sie eine Stunde vorher eine Erinnerung.

        Ihr Team vom Karriereforum Nordwest
        """)
    hs = head(addr("Karriereforum Nordwest", "no-reply@zoom.us"),
              "Anmeldebestätigung: Nach dem Vorstellungsgespräch – Gehalt verhandeln",
              "2026-11-03 12:40", BER, "mailout.zoom.us", "n44kfn", "zoom.us",
              extra=(("Reply-To", "webinare@karriereforum-nordwest.example"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(45, family="travel_booking", lang="de", company=None,
     note="Train ticket for the trip to the Esbjerg onsite (Mittwoch 11.11.); HTML only, base64; travel, not the interview",
     days=(("Wed", "2026-11-11"),))
def m45():
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" cellpadding="12" style="border:1px solid #ccc">
        <tr><td style="background:#c8102e;color:#fff;font-size:18px">NordTicket · Buchungsbestätigung</td></tr>
        <tr><td>
        <p>Hallo Hauke Janssen,</p>
        <p>vielen Dank für Ihre Buchung. Auftragsnummer: <b>NT-7KX2-93QH</b></p>
        <p><b>Hinfahrt: Mittwoch, 11.11.2026</b><br>
        Oldenburg(Oldb) ab 09:04 → Bremen Hbf an 09:33 (RE 1)<br>
        Bremen Hbf ab 09:46 → Hamburg Hbf an 10:41 (ICE 1012)<br>
        Hamburg Hbf ab 11:06 → Padborg an 13:20 (IC 380)<br>
        Padborg ab 13:34 → Esbjerg an 15:01 (IC 881)</p>
        <p>1 Erwachsener, 2. Klasse, Flexpreis: 98,60 EUR</p>
        <p>Ihr Ticket finden Sie im Anhang Ihres Kundenkontos oder in der App.</p>
        <p style="font-size:11px;color:#777">NordTicket – Bahnreisen im Norden. Dies ist eine automatisch erzeugte Nachricht.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("NordTicket", "buchung@nordticket.example"),
              "Ihre Buchung: Oldenburg(Oldb) → Esbjerg am 11.11.2026",
              "2026-11-07 21:14", BER, "mta1.nordticket.example", "n45ntk", "nordticket.example")
    return message(hs, html(page, cte="base64"))


@neg(46, family="travel_booking", lang="en", company=None,
     note="Hotel reservation in Esbjerg for the night before the onsite (check-in Wednesday 11 November); not an interview",
     days=(("Wed", "2026-11-11"), ("Thu", "2026-11-12")))
def m46():
    body = t("""
        Dear Mr Janssen,

        Thank you for choosing Hotel Havnely. We are pleased to confirm your reservation.

        Confirmation no.: HV-26-118452
        Check-in:  Wednesday, 11 November 2026 (from 15:00)
        Check-out: Thursday, 12 November 2026 (until 11:00)
        Room: Single room, harbour view, breakfast included
        Rate: DKK 1,095.00

        Late arrival? Our night reception is open around the clock.

        We look forward to welcoming you in Esbjerg.

        Kind regards,
        Sofie Lauridsen
        Front Office, Hotel Havnely, Strandbygade 8, 6700 Esbjerg
        """)
    hs = head(addr("Hotel Havnely Esbjerg", "reservation@havnely-hotel.example"),
              "Reservation confirmation HV-26-118452",
              "2026-11-07 20:02", CPH, "smtp.havnely-hotel.example", "n46hav", "havnely-hotel.example")
    return message(hs, text(body, "us-ascii", "7bit"))


@neg(47, family="forwarded_job_ad", lang="de", company=None,
     note="Owner forwards a job ad from his other address to himself to apply later; application deadline only",
     days=(("Wed", "2026-09-30"),))
def m47():
    body = t("""
        Anschauen am Wochenende, Bewerbungsschluss beachten!

        ---------- Forwarded message ---------
        Von: WindJobs Nord <suchauftrag@windjobs-nord.example>
        Date: Sa., 19. Sept. 2026 um 07:02 Uhr
        Subject: Stellenanzeige: Referent Instandhaltungsplanung Windparks (m/w/d)
        To: <hauke.janssen@example.org>


        Referent Instandhaltungsplanung Windparks (m/w/d)
        Hanse Energie AG · Hamburg · Vollzeit · unbefristet

        Ihre Aufgaben: Planung und Steuerung der Wartungs- und Instandsetzungsmaßnahmen für ein
        Portfolio von 40 Windparks, Koordination von Dienstleistern und Kranlogistik, Budgetplanung.

        Ihr Profil: technische Ausbildung oder Studium, mehrjährige Erfahrung in der Einsatz- oder
        Wartungsplanung, sicherer Umgang mit SAP PM.

        Bewerbungsschluss: Mittwoch, 30.09.2026
        Jetzt bewerben: https://www.windjobs-nord.example/job/87710
        """)
    hs = head(addr("Hauke Janssen", ME_ALT),
              "Fwd: Stellenanzeige: Referent Instandhaltungsplanung Windparks (m/w/d)",
              "2026-09-19 08:14", BER, "mail-wr1-f50.google.com", "n47fwd", "mail.gmail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(48, family="personal", lang="de", company=None,
     note="Friend's Du-mail about the Kohlfahrt on Samstag, 5. Dezember, 11 Uhr; a private appointment",
     days=(("Sat", "2026-12-05"),))
def m48():
    body = t("""
        Moin Hauke,

        Kohlfahrt steht! Samstag, 5. Dezember, Treffpunkt 11 Uhr am Bahnhof Rastede, Bollerwagen
        bringt Meike mit. Grünkohl ab 17 Uhr im Gasthof "Zum Baumweg", ich hab für 14 Leute reserviert.

        Und du bist dieses Jahr dran mit der Boßel-Kugel – nicht vergessen!

        Sag Bescheid, ob Ina mitkommt.

        Tjark
        """)
    hs = head(addr("Tjark Oltmanns", "tjark.oltmanns@nordpost.example"),
              "Kohlfahrt 2026",
              "2026-11-22 20:31", BER, "smtp.nordpost.example", "n48tjo", "nordpost.example",
              to=f"{ME_TO}, Meike Ahlers <meike.ahlers@nordpost.example>, Ole Bruns <ole.bruns@nordpost.example>")
    return message(hs, text(body, cte="8bit"))


@neg(49, family="reference_request", lang="en", company="Eemshaven Marine Services B.V.",
     note="After the 26 Nov interview the recruiter asks for two references by Friday 4 December; no appointment",
     days=(("Fri", "2026-12-04"),))
def m49():
    body = t("""
        Hi Hauke,

        Thank you for your time on Thursday - Annelies and I really enjoyed the conversation.

        As a next step, could you send me the names and contact details of two professional
        references, ideally including a former line manager? It would be great to have them by
        Friday 4 December. We will only contact them with your permission.

        Best regards,
        Joost Mulder
        Recruiter | Eemshaven Marine Services B.V.
        """)
    hs = head(addr("Joost Mulder", "joost.mulder@eemshaven-marine.nl"),
              "References - Eemshaven Marine Services",
              "2026-11-30 10:18", AMS, "mail-db5eur01on2130.outbound.protection.outlook.com", "n49ems",
              "eemshaven-marine.nl")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(50, family="candidate_survey", lang="en", company="Helder Wind Analytics B.V.",
     note="Ashby candidate-experience survey after the 20 Nov interview; no new meeting")
def m50():
    body = t("""
        Hi Hauke,

        Thank you for interviewing with Helder Wind Analytics. We'd love to hear how it went.

        How would you rate your interview experience so far?
        https://app.ashbyhq.com/survey/candidate/ae41c0d2?score=1  (1 - poor)
        https://app.ashbyhq.com/survey/candidate/ae41c0d2?score=5  (5 - excellent)

        The survey takes two minutes and is anonymous; your answers do not affect your application.

        Thanks,
        Helder Wind Analytics Recruiting
        """)
    hs = head(addr("Helder Wind Analytics", "no-reply@ashbyhq.com"),
              "How was your interview with Helder Wind Analytics?",
              "2026-11-23 16:00", AMS, "mail.ashbyhq.com", "n50hwa", "email.amazonses.com")
    return message(hs, alt(text(body), html(gmail_html(body))))
