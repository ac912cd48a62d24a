"""blind305: a blind 50-mail held-out set, the inbox of Jan Wiegand, a logistics-hub shift manager in
Fulda (Europe/Berlin), September to December 2026.

Written on 2026-11-26 by a helper session that read only ``make.py``, ``make_blind.py``, the
non-score parts of ``bench/heldout/README.md`` and the dev corpus README, labels, two dev mails and
``score.py``; it did not read the detector, its tests and fixtures, or any other held-out mails, and
never ran the detector. Every mail below is written by hand as one function; ``make.py`` does the
MIME plumbing. Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives.
All companies and people are fictional; the owner's addresses are under example.com / example.org.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import alt, at, calendar, date, enc, html, message, mixed, t, text

SET = "blind305"
ORDER = random.Random(3050305).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "jan.wiegand@example.com"
ME2 = "jan.w@example.org"
JAN = make.addr("Jan Wiegand", ME)
BER = "Europe/Berlin"


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:20]}.{h[20:32]}@{domain}>"


def ident(seed: str) -> str:
    h = hashlib.sha256(("mx" + seed).encode(), usedforsecurity=False).hexdigest()
    return f"mx02.mail.example.com (Postfix) with ESMTPS id {h[:10].upper()}"


def head(frm: str, subject: str, when: str, zone: str, seed: str, domain: str, host: str, ip: str,
         to: str = JAN, rcpt: str = ME, extra: tuple = (), lag: int = 4) -> list[tuple[str, str]]:
    hs = [
        ("Return-Path", f"<bounce-{seed}@{host}>"),
        ("Delivered-To", rcpt),
        ("Received", make.received(f"from {host} ({host} [{ip}])", when, zone, ident(seed), rcpt, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid(seed, domain)),
    ]
    return hs + list(extra)


def stamp(when: str, zone: str) -> str:
    return at(when, zone).astimezone(make.UTC).strftime("%Y%m%dT%H%M%SZ")


def vtz(zone: str) -> str:
    """VTIMEZONE for an IANA zone that follows the EU rules (Berlin block, other TZID)."""
    if zone in make.VTZ:
        return make.VTZ[zone]
    return make.VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-10T08:00:00Z", end="2026-09-10T09:30:00Z",
           contact="s.hohmann@rhoen-kontraktlogistik.de", company="Rhön Kontraktlogistik GmbH",
           local="Thu 2026-09-10 10:00", local_end="2026-09-10 11:30", zone=BER,
           note="Personio invitation (German, Sie), on site in Eichenzell; 10:00-11:30 Uhr in September "
                "is CEST (UTC+2) -> 08:00-09:30Z; contact = human Reply-To")
def m01():
    when = "2026-09-07 10:12"
    hs = head(make.addr("Rhön Kontraktlogistik GmbH", "no-reply@personio.de"),
              "Einladung zum Vorstellungsgespräch – Schichtleiter Lager (m/w/d)", when, BER, "b305-01",
              "personio.de", "mail-eu1.personio.de", "52.58.14.201",
              extra=(("Reply-To", make.addr("Sabine Hohmann", "s.hohmann@rhoen-kontraktlogistik.de")),
                     ("X-Mailer", "Personio Recruiting")))
    body = t("""
        Sehr geehrter Herr Wiegand,

        vielen Dank für Ihre Bewerbung als Schichtleiter Lager (m/w/d) an unserem Standort Eichenzell.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen:

        Datum:    Donnerstag, 10.09.2026
        Uhrzeit:  10:00 – 11:30 Uhr
        Ort:      Rhön Kontraktlogistik GmbH, Industriestraße 14, 36124 Eichenzell
                  (Empfang Verwaltungsgebäude, Besucherparkplätze vor Tor 2)

        Gesprächspartner: Sabine Hohmann (Personal) und Uwe Schäfer (Standortleitung)

        Bitte bringen Sie einen Lichtbildausweis mit; im Anschluss zeigen wir Ihnen gern das Lager.
        Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Sabine Hohmann
        Personalreferentin
        Rhön Kontraktlogistik GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Sehr geehrter Herr Wiegand,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Schichtleiter Lager (m/w/d)</b> an unserem Standort
        Eichenzell. Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum</b></td><td>Donnerstag, 10.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 &ndash; 11:30 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Rhön Kontraktlogistik GmbH, Industriestraße 14, 36124 Eichenzell<br>
        (Empfang Verwaltungsgebäude, Besucherparkplätze vor Tor 2)</td></tr>
        </table>
        <p>Gesprächspartner: Sabine Hohmann (Personal) und Uwe Schäfer (Standortleitung)</p>
        <p>Bitte bringen Sie einen Lichtbildausweis mit; im Anschluss zeigen wir Ihnen gern das Lager.
        Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Sabine Hohmann<br>Personalreferentin<br>Rhön Kontraktlogistik GmbH</p>
        <p style="color:#9aa5b1;font-size:11px">Diese Nachricht wurde über Personio versendet.</p>
        </body></html>
        """)
    return message(hs, alt(text(body), html(page)))


def outlook_ics(method: str, uid: str, seq: int, start: str, end: str, summary: str, org_name: str,
                org: str, location: str, dtstamp: str, status: str = "CONFIRMED",
                tz: str = "W. Europe Standard Time", desc: str = "") -> str:
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ[tz]}
BEGIN:VEVENT
ORGANIZER;CN={org_name}:mailto:{org}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan Wiegand:mailto:{ME}
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:{summary}
DTSTART;TZID={tz}:{start}
DTEND;TZID={tz}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{dtstamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
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


KINZIG_UID = ("040000008200E00074C5B7101A82E00800000000B0D1C2E3A64ADC01000000000000000010000000"
              "5F3C9A1B2D4E4F6A8C0B1D2E3F405162")

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>
Besprechung beitreten<https://teams.microsoft.com/l/meetup-join/19%3ameeting_kinzig7731%40thread.v2/0>
Besprechungs-ID: 318 442 907 615
Kennung: Qa7sXu
________________________________________________________________________________"""


@make.mail(N(2), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-09-21T11:00:00Z", end="2026-09-21T12:00:00Z",
           contact="markus.brenner@kinzigtal-spedition.de", company="Kinzigtal Spedition GmbH & Co. KG",
           local="Mon 2026-09-21 13:00", local_end="2026-09-21 14:00", zone=BER,
           note="Exchange meeting request, TZID W. Europe Standard Time; the body's '(UTC+01:00) Amsterdam, "
                "Berlin…' is the zone's standard label, in September it is CEST -> 11:00-12:00Z; "
                "contact = sender/ORGANIZER")
def m02():
    when = "2026-09-15 14:03"
    hs = head(make.addr("Brenner, Markus", "markus.brenner@kinzigtal-spedition.de"),
              "Vorstellungsgespräch Schichtleitung Umschlag – Jan Wiegand", when, BER, "b305-02",
              "EUR03-VI1-obe.outbound.protection.outlook.com",
              "mail-vi1eur03on2071.outbound.protection.outlook.com", "40.107.103.71",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Schichtleitung Umschlag – Jan Wiegand")),
                     ("Thread-Index", "AdzJ3a9Q0m7k5iJpQ1e2WmV0aA=="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    body = t(f"""
        Hallo Herr Wiegand,

        wie telefonisch besprochen, sende ich Ihnen hiermit die Einladung für unser erstes Gespräch per
        Teams. Mit dabei ist Frau Sommer aus der Niederlassungsleitung Gelnhausen.

        Viele Grüße
        Markus Brenner
        Personalleitung | Kinzigtal Spedition GmbH & Co. KG
        Tel. +49 6051 9180-214

        {TEAMS_DE}
        """)
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">\n'
            "<p>Hallo Herr Wiegand,</p>\n<p>wie telefonisch besprochen, sende ich Ihnen hiermit die Einladung "
            "für unser erstes Gespräch per Teams. Mit dabei ist Frau Sommer aus der Niederlassungsleitung "
            "Gelnhausen.</p>\n<p>Viele Grüße<br>Markus Brenner<br>Personalleitung | Kinzigtal Spedition GmbH "
            "&amp; Co. KG<br>Tel. +49 6051 9180-214</p>\n<div>______________________________________<br>"
            '<b>Microsoft Teams</b> <a href="https://aka.ms/JoinTeamsMeeting?omkt=de-DE">Hilfe?</a><br>'
            '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_kinzig7731%40thread.v2/0">'
            "Besprechung beitreten</a><br>Besprechungs-ID: 318 442 907 615<br>Kennung: Qa7sXu</div>\n"
            "</body></html>\n")
    ics = outlook_ics("REQUEST", KINZIG_UID, 0, "20260921T130000", "20260921T140000",
                      "Vorstellungsgespräch Schichtleitung Umschlag – Jan Wiegand", "Brenner, Markus",
                      "markus.brenner@kinzigtal-spedition.de", "Microsoft Teams-Besprechung",
                      stamp(when, BER), desc="Hallo Herr Wiegand\\, wie telefonisch besprochen …")
    pre = t("""
        Wann: Montag, 21. September 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*~*

        """)
    return message(hs, alt(text(pre + body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T13:30:00Z", end="2026-09-22T14:15:00Z",
           contact="sanne.degroot@veldhavenfreight.nl", company="Veldhaven Freight B.V.",
           local="Tue 2026-09-22 15:30", local_end="2026-09-22 16:15", zone="Europe/Amsterdam",
           note="Greenhouse confirmation from an Amsterdam forwarder; 3:30 PM CEST, 45 minutes -> 13:30-14:15Z; "
                "contact = recruiter Reply-To")
def m03():
    when = "2026-09-16 11:48"
    z = "Europe/Amsterdam"
    hs = head(make.addr("Veldhaven Freight", "no-reply@greenhouse.io"),
              "Interview Confirmation: Hub Operations Lead, Amsterdam Schiphol", when, z, "b305-03",
              "greenhouse.io", "mail198-12.suw41.mandrillapp.com", "198.2.178.12",
              extra=(("Reply-To", make.addr("Sanne de Groot", "sanne.degroot@veldhavenfreight.nl")),))
    body = t("""
        Hi Jan,

        Thanks for making time to speak with us! Here are the details of your upcoming interview with
        Veldhaven Freight.

        Position: Hub Operations Lead, Amsterdam Schiphol
        Interview: Hiring Manager Conversation
        When: Tuesday, September 22nd, 2026 at 3:30 PM CEST
        Duration: 45 minutes
        Where: Microsoft Teams (link below)
        Interviewer: Ruben Kuipers, Head of Hub Operations

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_vh2209%40thread.v2/0

        If you need to reschedule, just reply to this email and Sanne will help you out.

        Best,
        Sanne de Groot
        Talent Acquisition, Veldhaven Freight B.V.
        """)
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#24292e">
        <tr><td style="padding:24px">
        <p>Hi Jan,</p>
        <p>Thanks for making time to speak with us! Here are the details of your upcoming interview with Veldhaven Freight.</p>
        <p><strong>Position:</strong> Hub Operations Lead, Amsterdam Schiphol<br>
        <strong>Interview:</strong> Hiring Manager Conversation<br>
        <strong>When:</strong> Tuesday, September 22nd, 2026 at 3:30 PM CEST<br>
        <strong>Duration:</strong> 45 minutes<br>
        <strong>Where:</strong> Microsoft Teams (link below)<br>
        <strong>Interviewer:</strong> Ruben Kuipers, Head of Hub Operations</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_vh2209%40thread.v2/0">Join the meeting</a></p>
        <p>If you need to reschedule, just reply to this email and Sanne will help you out.</p>
        <p>Best,<br>Sanne de Groot<br>Talent Acquisition, Veldhaven Freight B.V.</p>
        </td></tr></table></td></tr></table>
        <img src="https://app.greenhouse.io/e/o/eyJlbWFpbF9pZCI6NzcxMjA0fQ" width="1" height="1" alt="">
        </body></html>
        """)
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@make.mail(N(4), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-01T07:30:00Z", end=None,
           contact="beat.zumbuehl@rheinhafen-umschlag.ch", company="Rheinhafen Umschlag AG",
           local="Thu 2026-10-01 09:30", zone="Europe/Zurich",
           note="Swiss recruiter prose (Sie, iso-8859-1 QP): 'Donnerstag, 1. Oktober 2026, 09.30 Uhr' in "
                "Basel = CEST -> 07:30Z; 'ca. anderthalb Stunden' is approximate so end null")
def m04():
    when = "2026-09-24 16:40"
    z = "Europe/Zurich"
    hs = head(make.addr("Beat Zumbühl", "beat.zumbuehl@rheinhafen-umschlag.ch", "iso-8859-1"),
              "Ihre Bewerbung als Teamleiter Umschlag / Einladung", when, z, "b305-04",
              "rheinhafen-umschlag.ch", "mail.rheinhafen-umschlag.ch", "194.209.61.20",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-CH")))
    body = t("""
        Grüezi Herr Wiegand

        Besten Dank für Ihre Bewerbung und das angenehme Telefonat von heute Morgen. Gerne bestätige ich
        Ihnen hiermit das Vorstellungsgespräch bei uns in Basel:

        Donnerstag, 1. Oktober 2026, 09.30 Uhr
        Rheinhafen Umschlag AG, Hafenstrasse 40, 4057 Basel (Empfang Verwaltung, 2. Stock)

        Das Gespräch dauert ca. anderthalb Stunden; anschliessend machen wir einen kurzen Rundgang
        über das Terminal. Sie lernen dabei auch Herrn Iseli, Leiter Operations, kennen.

        Vom Badischen Bahnhof sind es mit dem Bus 36 nur wenige Minuten. Die Reisekosten (2. Klasse)
        erstatten wir Ihnen gerne.

        Freundliche Grüsse

        Beat Zumbühl
        HR Business Partner
        Rheinhafen Umschlag AG
        Hafenstrasse 40 | 4057 Basel
        T +41 61 639 22 15
        """)
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(5), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start="2026-10-02T09:00:00Z", end="2026-10-02T09:45:00Z",
           contact="lena.obermaier@isarfracht.de", company="Isarfracht GmbH",
           local="Fri 2026-10-02 11:00", local_end="2026-10-02 11:45", zone=BER,
           note="Teamtailor (Du): the body names only the day, the time 11:00-11:45 is only in the attached "
                "ICS (TZID Europe/Berlin, CEST) -> 09:00-09:45Z; contact = human Reply-To")
def m05():
    when = "2026-09-28 17:21"
    hs = head(make.addr("Isarfracht", "no-reply@teamtailor-mail.com"),
              "Dein Interview bei Isarfracht 🚚", when, BER, "b305-05", "teamtailor-mail.com",
              "o3.ptr4412.teamtailor-mail.com", "149.72.133.9",
              extra=(("Reply-To", make.addr("Lena Obermaier", "lena.obermaier@isarfracht.de")),
                     ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c8f2a1>")))
    body = t("""
        Hi Jan,

        super, dass es geklappt hat! Dein Video-Interview für die Stelle "Shift Lead Crossdock (m/w/d)"
        in München-Riem ist für Freitag, den 2. Oktober gebucht. Die Kalendereinladung mit Uhrzeit und
        Google-Meet-Link hängt an dieser Mail – nimm sie einfach an, dann steht alles in Deinem Kalender.

        Mit dabei sind ich und Flo, unser Head of Operations. Plan ruhig 45 Minuten ein.

        Bis Freitag!
        Lena Obermaier
        People & Culture | Isarfracht GmbH
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <img src="https://teamtailor-production.s3.amazonaws.com/image_uploads/isarfracht-logo.png" alt="Isarfracht" height="36">
        <p>Hi Jan,</p>
        <p>super, dass es geklappt hat! Dein Video-Interview für die Stelle &quot;Shift Lead Crossdock (m/w/d)&quot;
        in München-Riem ist für <b>Freitag, den 2. Oktober</b> gebucht. Die Kalendereinladung mit Uhrzeit und
        Google-Meet-Link hängt an dieser Mail – nimm sie einfach an, dann steht alles in Deinem Kalender.</p>
        <p>Mit dabei sind ich und Flo, unser Head of Operations. Plan ruhig 45 Minuten ein.</p>
        <p>Bis Freitag!<br>Lena Obermaier<br>People &amp; Culture | Isarfracht GmbH</p>
        <p style="font-size:11px;color:#888">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz(BER)}
BEGIN:VEVENT
UID:tt-interview-58120944@teamtailor.com
DTSTAMP:{stamp(when, BER)}
DTSTART;TZID=Europe/Berlin:20261002T110000
DTEND;TZID=Europe/Berlin:20261002T114500
SUMMARY:Interview: Shift Lead Crossdock (m/w/d) – Isarfracht
DESCRIPTION:Google Meet: https://meet.google.com/qxr-hwpa-zkt
LOCATION:https://meet.google.com/qxr-hwpa-zkt
ORGANIZER;CN=Lena Obermaier:mailto:lena.obermaier@isarfracht.de
ATTENDEE;CN=Jan Wiegand;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    cal = calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                   name_param=True)
    return message(hs, mixed(alt(text(body), html(page)), cal))


@make.mail(N(6), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
           contact="katrin.moebius@saale-logistik.de", company="Saale-Logistik GmbH",
           local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=BER,
           note="Google Calendar invitation (German UI) sent Thu 22 Oct in CEST for Mon 26 Oct, the day after "
                "Europe's DST end: 10:00 MEZ = 09:00Z (ICS in UTC agrees); contact = ORGANIZER")
def m06():
    when = "2026-10-22 09:15"
    subj = ("Einladung: Vorstellungsgespräch Schichtleitung – Jan Wiegand @ Mo. 26. Okt. 2026 10:00 - 11:00 "
            "(MEZ) (jan.wiegand@example.com)")
    hs = head(make.addr("Katrin Möbius", "katrin.moebius@saale-logistik.de"), subj, when, BER, "b305-06",
              "google.com", "mail-sor-f69.google.com", "209.85.220.69",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", make.addr("Katrin Möbius", "katrin.moebius@saale-logistik.de"))))
    body = t(f"""
        Vorstellungsgespräch Schichtleitung – Jan Wiegand
        Montag, 26. Oktober 2026 · 10:00–11:00
        Zeitzone: Europe/Berlin

        Informationen zum Beitritt über Google Meet
        Videoanruf-Link: https://meet.google.com/ubv-kqfe-tmo
        Oder telefonisch teilnehmen: (DE) +49 30 300195061 PIN: 771 204 556#

        Hallo Herr Wiegand, wie besprochen unser Gespräch per Video. Teilnehmer: Katrin Möbius (HR),
        Steffen Rauh (Leitung Distributionszentrum Erfurt-Kerspleben). Bei Fragen: 0361 55120-31.

        Organisator
        Katrin Möbius
        katrin.moebius@saale-logistik.de

        Gäste
        Katrin Möbius – Organisator
        steffen.rauh@saale-logistik.de
        {ME}

        Antworten für {ME}: Ja (https://calendar.google.com/calendar/event?action=RESPOND&rst=1)
        Nein (https://calendar.google.com/calendar/event?action=RESPOND&rst=2)
        Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen
        mehr zu diesem Termin erhalten möchten, lehnen Sie den Termin ab.
        """)
    page = t(f"""
        <html><body><div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <h2 style="font-weight:400">Vorstellungsgespräch Schichtleitung – Jan Wiegand</h2>
        <p>Montag, 26. Oktober 2026 · 10:00–11:00<br><span style="color:#70757a">Zeitzone: Europe/Berlin</span></p>
        <p><a href="https://meet.google.com/ubv-kqfe-tmo">Mit Google Meet teilnehmen</a><br>meet.google.com/ubv-kqfe-tmo</p>
        <p>Hallo Herr Wiegand, wie besprochen unser Gespräch per Video. Teilnehmer: Katrin Möbius (HR),
        Steffen Rauh (Leitung Distributionszentrum Erfurt-Kerspleben). Bei Fragen: 0361 55120-31.</p>
        <p><b>Organisator</b><br>Katrin Möbius<br>katrin.moebius@saale-logistik.de</p>
        <p><b>Gäste</b><br>Katrin Möbius – Organisator<br>steffen.rauh@saale-logistik.de<br>{ME}</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261026T090000Z
DTEND:20261026T100000Z
DTSTAMP:{stamp(when, BER)}
ORGANIZER;CN=Katrin Möbius:mailto:katrin.moebius@saale-logistik.de
UID:5q0c3ut8f1kbd7a2lv9emr6s4o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katrin Möbius;X-NUM-GUESTS=0:mailto:katrin.moebius@saale-logistik.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=steffen.rauh@saale-logistik.de;X-NUM-GUESTS=0:mailto:steffen.rauh@saale-logistik.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/ubv-kqfe-tmo
CREATED:{stamp("2026-10-22 09:14", BER)}
DESCRIPTION:Hallo Herr Wiegand\\, wie besprochen unser Gespräch per Video.
LAST-MODIFIED:{stamp(when, BER)}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Schichtleitung – Jan Wiegand
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    inner = alt(text(body), html(page), calendar(ics, method="REQUEST", cte="7bit" if ics.isascii() else "base64"))
    att = calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(inner, att))


@make.mail(N(7), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T15:00:00Z", end="2026-10-29T15:45:00Z",
           contact="dana.whitfield@northgatesupply.com", company="Northgate Supply Chain Inc.",
           local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone="America/Chicago",
           note="Lever, Chicago employer: 10:00-10:45 AM CDT on 29 Oct (US still on daylight time, Europe "
                "already on CET, gap 6 h) -> 15:00-15:45Z = 4:00 PM CET as the mail says; ICS America/Chicago; "
                "contact = Reply-To")
def m07():
    when = "2026-10-23 11:02"
    z = "America/Chicago"
    hs = head(make.addr("Northgate Supply Chain", "no-reply@hire.lever.co"),
              "Your interview with Northgate Supply Chain is confirmed", when, z, "b305-07", "hire.lever.co",
              "o1.email.lever.co", "167.89.101.44",
              extra=(("Reply-To", make.addr("Dana Whitfield", "dana.whitfield@northgatesupply.com")),))
    body = t("""
        Hi Jan,

        You're all set! Here are the details for your interview for Regional Operations Manager, EMEA:

        Thursday, October 29, 2026
        10:00 AM - 10:45 AM CDT (Central Time)
        That is 4:00 PM - 4:45 PM CET for you in Germany -- heads up, the US changes clocks a week
        later than Europe, so the usual 7-hour gap is only 6 hours that week.

        Interviewer: Greg Halvorsen, VP Network Operations
        Location: Zoom - https://northgatesupply.zoom.us/j/93377120456?pwd=Q2xyY0x0

        A calendar invitation is attached. Reply to this email if anything changes.

        Thanks,
        Dana Whitfield
        Senior Recruiter, Northgate Supply Chain
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
{make.VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:lever-iv-7f31c0a2-0b6e-4d1f-9a64-21de55e0c913
DTSTAMP:{stamp(when, z)}
DTSTART;TZID=America/Chicago:20261029T100000
DTEND;TZID=America/Chicago:20261029T104500
SUMMARY:Interview: Jan Wiegand <> Northgate Supply Chain (Regional Operations Manager\\, EMEA)
LOCATION:https://northgatesupply.zoom.us/j/93377120456?pwd=Q2xyY0x0
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@northgatesupply.com
ATTENDEE;CN=Jan Wiegand;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message(hs, mixed(alt(text(body, cte="7bit"), html(make.gmail_html(body))),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


@make.mail(N(8), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T13:00:00Z", end="2026-11-12T14:00:00Z",
           contact="claire.wagner@mosellecargo.lu", company="Moselle Cargo S.A.",
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone="Europe/Luxembourg",
           note="Workday HTML-only (base64) from a Luxembourg employer: 2:00-3:00 PM CET in November -> "
                "13:00-14:00Z; no Reply-To, contact = recruiter address in the body")
def m08():
    when = "2026-11-09 08:30"
    z = "Europe/Luxembourg"
    hs = head(make.addr("Moselle Cargo", "mosellecargo@myworkday.com"),
              "Interview scheduled - Warehouse Operations Manager (R-10482)", when, z, "b305-08",
              "myworkday.com", "smtp-out-fra.myworkday.com", "185.94.25.117")
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="640" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#00305e;padding:14px"><img src="https://wd3.myworkdaysite.com/mosellecargo/logo.png" alt="Moselle Cargo" height="30"></td></tr>
        <tr><td style="padding:20px">
        <p>Dear Jan Wiegand,</p>
        <p>Thank you for your interest in the <b>Warehouse Operations Manager</b> position (R-10482) at Moselle Cargo.
        We are pleased to confirm your on-site interview:</p>
        <table cellpadding="3">
        <tr><td><b>Date:</b></td><td>Thursday, 12 November 2026</td></tr>
        <tr><td><b>Time:</b></td><td>14:00 - 15:00 (CET, Luxembourg time)</td></tr>
        <tr><td><b>Location:</b></td><td>Moselle Cargo S.A., Zone d&#39;activit&eacute;s Cargo Center Est, L-5324 Contern</td></tr>
        <tr><td><b>Panel:</b></td><td>Claire Wagner (Talent Acquisition), Paulo Ferreira (Head of Warehousing)</td></tr>
        </table>
        <p>Please report to the reception of building C and bring a valid ID for the site access badge.</p>
        <p>Should you have any questions, please contact Claire Wagner at
        <a href="mailto:claire.wagner@mosellecargo.lu">claire.wagner@mosellecargo.lu</a>.</p>
        <p>Kind regards,<br>Talent Acquisition Team<br>Moselle Cargo S.A.</p>
        <p style="font-size:11px;color:#888">This is a system-generated message from Workday. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    return message(hs, html(page, cte="base64"))


@make.mail(N(9), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
           start="2026-11-17T08:00:00Z", end="2026-11-17T09:00:00Z",
           contact="tobias.ertl@frankenlogistik.de", company="Frankenlogistik GmbH",
           local="Tue 2026-11-17 09:00", local_end="2026-11-17 10:00", zone=BER,
           note="SmartRecruiters (Sie), Nürnberg: 09:00 Uhr, Dauer 60 Minuten, November = CET -> 08:00-09:00Z; "
                "contact = recruiter Reply-To")
def m09():
    when = "2026-11-11 13:20"
    hs = head(make.addr("Frankenlogistik GmbH", "noreply@smartrecruiters.com"),
              "Terminbestätigung: Ihr Vorstellungsgespräch bei der Frankenlogistik GmbH", when, BER, "b305-09",
              "smartrecruiters.com", "mta-out-12.smartrecruiters.com", "54.72.211.18",
              extra=(("Reply-To", make.addr("Tobias Ertl", "tobias.ertl@frankenlogistik.de")),))
    body = t("""
        Guten Tag Herr Wiegand,

        wir freuen uns, Ihnen Ihren Gesprächstermin für die Position "Schichtleiter Kommissionierung
        (m/w/d)" zu bestätigen.

        Termin:   Dienstag, 17. November 2026, 09:00 Uhr
        Dauer:    60 Minuten
        Format:   Vor Ort
        Adresse:  Frankenlogistik GmbH, Hafenstraße 112, 90451 Nürnberg, Pforte Tor 1

        Ihre Gesprächspartner: Tobias Ertl (Recruiting) und Daniela Popp (Bereichsleitung Kommissionierung)

        Falls Sie den Termin nicht wahrnehmen können, geben Sie uns bitte möglichst frühzeitig Bescheid.

        Freundliche Grüße
        Tobias Ertl
        Recruiting | Frankenlogistik GmbH

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Guten Tag Herr Wiegand,</p>
        <p>wir freuen uns, Ihnen Ihren Gesprächstermin für die Position &bdquo;Schichtleiter Kommissionierung (m/w/d)&ldquo; zu bestätigen.</p>
        <p><b>Termin:</b> Dienstag, 17. November 2026, 09:00 Uhr<br><b>Dauer:</b> 60 Minuten<br><b>Format:</b> Vor Ort<br>
        <b>Adresse:</b> Frankenlogistik GmbH, Hafenstraße 112, 90451 Nürnberg, Pforte Tor 1</p>
        <p>Ihre Gesprächspartner: Tobias Ertl (Recruiting) und Daniela Popp (Bereichsleitung Kommissionierung)</p>
        <p>Falls Sie den Termin nicht wahrnehmen können, geben Sie uns bitte möglichst frühzeitig Bescheid.</p>
        <p>Freundliche Grüße<br>Tobias Ertl<br>Recruiting | Frankenlogistik GmbH</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    return message(hs, alt(text(body), html(page)))


@make.mail(N(10), family="calendly", lang="de", interview=True, kind="scheduled",
           start="2026-11-18T15:30:00Z", end="2026-11-18T16:00:00Z",
           contact="anja.seibert@mainkraft-personal.de", company="Mainkraft Personalberatung",
           local="Wed 2026-11-18 16:30", local_end="2026-11-18 17:00", zone=BER,
           note="Calendly invitee confirmation (German) for an agency interview: 16:30-17:00 Mitteleuropäische "
                "Zeit -> 15:30-16:00Z; contact = host's Reply-To, not notifications@calendly.com")
def m10():
    when = "2026-11-13 19:02"
    subj = "Bestätigt: Kennenlerngespräch Schichtleitung (30 Min.) mit Anja Seibert am Mittwoch, 18. November 2026"
    hs = head(make.addr("Calendly", "notifications@calendly.com"), subj, when, BER, "b305-10", "calendly.com",
              "o7.email.calendly.com", "167.89.40.212",
              extra=(("Reply-To", make.addr("Anja Seibert", "anja.seibert@mainkraft-personal.de")),))
    body = t("""
        Hallo Jan Wiegand,

        Ihr Termin mit Anja Seibert ist eingeplant.

        Ereignistyp:
        Kennenlerngespräch Schichtleitung (30 Min.)

        Eingeladene Person:
        Anja Seibert

        Datum/Uhrzeit des Ereignisses:
        16:30 - Mittwoch, 18. November 2026 (Mitteleuropäische Zeit)

        Ort:
        Microsoft Teams – die Einwahldaten erhalten Sie separat.

        Beantwortete Fragen:
        Für welche Position interessieren Sie sich?
        Schichtleitung Logistik, Raum Frankfurt / Aschaffenburg (Mandant: Lebensmittelhandel)

        Ein Kalendereintrag ist angehängt.

        Abbrechen: https://calendly.com/cancellations/6b1f0e2a-55c4
        Neu planen: https://calendly.com/reschedulings/6b1f0e2a-55c4

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6b1f0e2a-55c4-4a9e-b7d2-c3f18a2e7091@calendly.com
DTSTAMP:{stamp(when, BER)}
DTSTART:20261118T153000Z
DTEND:20261118T160000Z
SUMMARY:Kennenlerngespräch Schichtleitung (30 Min.) zwischen Anja Seibert und Jan Wiegand
ORGANIZER;CN=Anja Seibert:mailto:anja.seibert@mainkraft-personal.de
ATTENDEE;CN=Jan Wiegand:mailto:{ME}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(11), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-09-16T06:30:00Z", end="2026-09-16T07:00:00Z",
           contact=None, company="Vogelsberg Personal GmbH",
           local="Wed 2026-09-16 08:30", local_end="2026-09-16 09:00", zone=BER,
           note="Microsoft Bookings from a staffing agency's shared mailbox; the body's '(UTC+01:00) Amsterdam, "
                "Berlin…' label is the standard offset, in September it is CEST -> 06:30-07:00Z (ICS agrees); "
                "staff named without address -> contact null")
def m11():
    when = "2026-09-14 10:04"
    box = "Bewerbergespraeche@vogelsberg-personal.de"
    hs = head(make.addr("Vogelsberg Personal – Bewerbergespräche", box),
              "Buchung bestätigt: Bewerbergespräch Logistik mit Vogelsberg Personal", when, BER, "b305-11",
              "vogelsberg-personal.de", "mail-db8eur05on2119.outbound.protection.outlook.com", "40.107.20.119")
    body = t("""
        Hallo Jan Wiegand,

        vielen Dank für Ihre Buchung bei Vogelsberg Personal – Niederlassung Lauterbach.

        Bewerbergespräch Logistik
        Mittwoch, 16. September 2026
        08:30 - 09:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Mitarbeiter: Melanie Kraus

        Ort: Vogelsberg Personal GmbH, Bahnhofstraße 21, 36341 Lauterbach (Hessen)

        Bitte bringen Sie Lebenslauf, Zeugnisse und Ihren Staplerschein mit.

        Termin ändern oder stornieren:
        https://outlook.office365.com/owa/calendar/VogelsbergPersonal@vogelsberg-personal.de/bookings/

        Vogelsberg Personal GmbH
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Vogelsberg Personal – Bewerbergespräche:mailto:{box}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan Wiegand:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000011AA22BB33CC
SUMMARY;LANGUAGE=de-DE:Bewerbergespräch Logistik
DTSTART;TZID=W. Europe Standard Time:20260916T083000
DTEND;TZID=W. Europe Standard Time:20260916T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, BER)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Vogelsberg Personal GmbH\\, Bahnhofstraße 21\\, 36341 Lauterbach (Hessen)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""
    return message(hs, alt(text(body), html(make.gmail_html(body)),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(12), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T09:30:00Z", end=None,
           contact="priya.raman@nordpeak-logistics.com", company="Nordpeak Logistics",
           local="Thu 2026-12-03 10:30", zone=BER,
           note="Hiring manager's short reply on top of Jan's quoted proposal: 'Thursday at 10:30 works' "
                "resolved against the Date (Mon 30 Nov) -> Thu 3 Dec, 10:30 CET -> 09:30Z; no length; "
                "contact = sender")
def m12():
    when = "2026-11-30 16:52"
    hs = head(make.addr("Priya Raman", "priya.raman@nordpeak-logistics.com"),
              "Re: Nordpeak - Site Shift Manager, Bad Hersfeld: next step", when, BER, "b305-12",
              "nordpeak-logistics.com", "mail-wr1-f54.google.com", "209.85.221.54",
              extra=(("In-Reply-To", mid("b305-12-q", "example.com")),
                     ("References", mid("b305-12-o", "nordpeak-logistics.com") + " " + mid("b305-12-q", "example.com"))))
    body = t("""
        Hi Jan,

        Thursday at 10:30 works for me - let's lock that in. I'll send a Teams link from my calendar in
        a moment; plan for our ops director Tom Reilly to join for the second half.

        Talk soon,
        Priya

        --
        Priya Raman
        Head of Site Operations DACH | Nordpeak Logistics
        +49 160 9552 0148

        On Mon, 30 Nov 2026 at 12:10, Jan Wiegand <jan.wiegand@example.com> wrote:
        > Hi Priya,
        >
        > thank you for getting back to me so quickly. I could do Thursday at 10:30 or Friday
        > at 14:00 (both CET). Whatever suits you best.
        >
        > Best regards
        > Jan
        >
        >> On Fri, 27 Nov 2026 at 17:31, Priya Raman wrote:
        >> Hi Jan, great talking to you on the phone. Let's do a proper video interview next
        >> week - when would suit you?
        """)
    return message(hs, alt(text(body, cte="7bit"), html(make.gmail_html(body), cte="7bit")))


@make.mail(N(13), family="forwarded", lang="de", interview=True, kind="scheduled",
           start="2026-12-04T09:00:00Z", end=None,
           contact="f.lechner@donau-kuehllogistik.de", company="Donau-Kühllogistik GmbH",
           local="Fri 2026-12-04 10:00", zone=BER,
           note="Jan forwards the Regensburg invitation to his second address; 'Freitag, 4. Dezember, 10:00 Uhr' "
                "CET -> 09:00Z, 'ca. eine Stunde' so end null; contact = the recruiter in the forwarded header")
def m13():
    when = "2026-11-29 20:14"
    hs = head(JAN, "WG: Einladung Vorstellungsgespräch - Schichtleitung Tiefkühllager Regensburg", when, BER,
              "b305-13", "example.com", "smtp.example.com", "203.0.113.25", to=make.addr("Jan Wiegand", ME2),
              rcpt=ME2, extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    body = t("""
        Zur Erinnerung - Unterlagen (Zeugnisse, Staplerschein) ausdrucken, Zug 6:28 ab Fulda.

        -----Ursprüngliche Nachricht-----
        Von: Franziska Lechner <f.lechner@donau-kuehllogistik.de>
        Gesendet: Freitag, 27. November 2026 11:37
        An: Jan Wiegand <jan.wiegand@example.com>
        Betreff: Einladung Vorstellungsgespräch - Schichtleitung Tiefkühllager Regensburg

        Sehr geehrter Herr Wiegand,

        vielen Dank für Ihre Bewerbung und Ihr Interesse an der Donau-Kühllogistik. Gerne möchten wir
        Sie persönlich kennenlernen und laden Sie herzlich ein zu einem Vorstellungsgespräch am

            Freitag, 4. Dezember 2026, um 10:00 Uhr

        an unserem Standort Regensburg-Ost, Osthafenstraße 9, 93055 Regensburg. Planen Sie bitte
        ca. eine Stunde ein; Herr Schmid (Lagerleitung) führt Sie anschließend durch das Tiefkühllager
        (warme Kleidung ist vorhanden).

        Bitte bestätigen Sie uns den Termin kurz per E-Mail. Fahrtkosten erstatten wir nach Vorlage der
        Belege.

        Mit freundlichen Grüßen

        Franziska Lechner
        Personalabteilung
        Donau-Kühllogistik GmbH
        Osthafenstraße 9 | 93055 Regensburg
        Tel. 0941 46071-120
        """)
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@make.mail(N(14), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-04T14:00:00Z", end="2026-11-04T15:00:00Z",
           contact="kevin.moreau@harlandistribution.com", company="Harlan Distribution Group",
           local="Wed 2026-11-04 09:00", local_end="2026-11-04 10:00", zone="America/New_York",
           note="iCIMS, US employer: sent Fri 30 Oct in EDT, interview Wed 11/04/2026 9-10 AM Eastern, after the "
                "US DST end on 1 Nov -> EST -> 14:00-15:00Z (= 15:00 CET, as stated); contact = body address")
def m14():
    when = "2026-10-30 13:45"
    z = "America/New_York"
    hs = head(make.addr("Harlan Distribution Group", "harlandistribution@talent.icims.com"),
              "Interview Confirmation - Operations Manager, Germany Cross-Dock (Req 2026-4471)", when, z,
              "b305-14", "talent.icims.com", "smtp2.icims.com", "65.201.178.20")
    body = t("""
        Dear Jan,

        Thank you for your interest in Harlan Distribution Group. This email confirms your interview
        for the Operations Manager, Germany Cross-Dock position.

        Date: 11/04/2026 (Wednesday)
        Time: 9:00 AM - 10:00 AM Eastern Time (US & Canada)
              (3:00 PM - 4:00 PM in Germany)
        Format: Microsoft Teams video interview
        Interviewers: Laura Pennington, VP International Operations; Kevin Moreau, Talent Acquisition

        Please join a few minutes early to test your audio and video.

        If you have any questions or need to reschedule, please contact Kevin Moreau at
        kevin.moreau@harlandistribution.com.

        Sincerely,
        Harlan Distribution Group Talent Acquisition

        Please do not reply to this message; this mailbox is not monitored.
        """)
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Jan,</p>
        <p>Thank you for your interest in Harlan Distribution Group. This email confirms your interview for the
        <b>Operations Manager, Germany Cross-Dock</b> position.</p>
        <p><b>Date:</b> 11/04/2026 (Wednesday)<br>
        <b>Time:</b> 9:00 AM - 10:00 AM Eastern Time (US &amp; Canada)<br>
        &nbsp;&nbsp;&nbsp;&nbsp;(3:00 PM - 4:00 PM in Germany)<br>
        <b>Format:</b> Microsoft Teams video interview<br>
        <b>Interviewers:</b> Laura Pennington, VP International Operations; Kevin Moreau, Talent Acquisition</p>
        <p>Please join a few minutes early to test your audio and video.</p>
        <p>If you have any questions or need to reschedule, please contact Kevin Moreau at
        <a href="mailto:kevin.moreau@harlandistribution.com">kevin.moreau@harlandistribution.com</a>.</p>
        <p>Sincerely,<br>Harlan Distribution Group Talent Acquisition</p>
        <p style="color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
        </body></html>
        """)
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii", cte="7bit")))


@make.mail(N(15), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-10T12:00:00Z", end="2026-12-10T14:30:00Z",
           contact="jorrit.bakker@brightwatercommerce.com", company="Brightwater Commerce B.V.",
           local="Thu 2026-12-10 13:00", local_end="2026-12-10 15:30", zone="Europe/Amsterdam",
           note="GoodTime itinerary, three on-site sessions in Venlo 13:00-15:30 CET -> first start 12:00Z, "
                "last end 14:30Z; contact = coordinator Reply-To")
def m15():
    when = "2026-12-07 09:40"
    z = "Europe/Amsterdam"
    hs = head(make.addr("Brightwater Commerce Recruiting", "no-reply@goodtime.io"),
              "Your interview itinerary: Brightwater Commerce - Fulfilment Shift Manager", when, z, "b305-15",
              "goodtime.io", "mail.goodtime.io", "18.194.77.31",
              extra=(("Reply-To", make.addr("Jorrit Bakker", "jorrit.bakker@brightwatercommerce.com")),))
    body = t("""
        Hi Jan,

        Your on-site interview at our Venlo fulfilment centre is confirmed. Here is your itinerary
        (all times Central European Time):

        Thursday, December 10, 2026

          13:00 - 13:45   Site tour and shift walk-through   with Marloes Jansen, Site Manager
          14:00 - 14:45   Operations deep dive               with Daan Hendriks, Ops Excellence Lead
          15:00 - 15:30   Wrap-up with Talent                with Jorrit Bakker, Recruiting Coordinator

        Address: Brightwater Commerce Fulfilment, Celsiusweg 12, 5928 PR Venlo (ask for Jorrit at
        the gatehouse). Safety shoes will be provided.

        Need to make a change? Just reply to this email.

        Jorrit Bakker
        Recruiting Coordinator, Brightwater Commerce

        Scheduled with GoodTime
        """)
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(16), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-21T07:00:00Z", end=None,
           contact="ronny.heinze@werra-umschlag.de", company="Werra Umschlag & Lager GmbH",
           local="Wed 2026-10-21 09:00", zone=BER,
           note="Thuringian recruiter (Du) after a phone call: 'morgen um 9 Uhr' resolved against the Date "
                "(Tue 20 Oct) -> Wed 21 Oct 09:00 CEST -> 07:00Z; pasted Zoom block agrees; 'so 45 Minuten' "
                "approximate, end null; contact = sender")
def m16():
    when = "2026-10-20 08:05"
    hs = head(make.addr("Ronny Heinze", "ronny.heinze@werra-umschlag.de"),
              "Unser Gespräch morgen – Zoom-Link", when, BER, "b305-16", "werra-umschlag.de",
              "mout.kundenserver.de", "212.227.126.187",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    body = t("""
        Hallo Jan,

        danke nochmal für das nette Telefonat gestern Abend! Wie besprochen machen wir morgen um 9 Uhr
        ein erstes Gespräch per Zoom, so 45 Minuten. Mit dabei ist unser Standortleiter Maik aus
        Gerstungen. Link steht unten.

        Bis morgen und viele Grüße aus dem Werratal
        Ronny

        --
        Ronny Heinze
        Personal & Ausbildung
        Werra Umschlag & Lager GmbH | Am Güterbahnhof 3 | 99834 Gerstungen
        Tel. 036922 8840-17

        ---
        Ronny Heinze lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Kennenlernen Schichtleitung – Jan Wiegand
        Uhrzeit: 21.Okt..2026 09:00 AM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://us06web.zoom.us/j/84127730569?pwd=bFZnK1NwU3d0

        Meeting-ID: 841 2773 0569
        Kenncode: 552931
        """)
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@make.mail(N(17), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-10-09T08:00:00Z", end="2026-10-09T09:30:00Z",
           contact="markus.brenner@kinzigtal-spedition.de", company="Kinzigtal Spedition GmbH & Co. KG",
           local="Fri 2026-10-09 10:00", local_end="2026-10-09 11:30", zone=BER,
           note="Exchange update (SEQUENCE:1) moving the second interview from Thu 8 Oct 14:00 to Fri 9 Oct "
                "10:00-11:30 in W. Europe Standard Time (CEST) -> 08:00-09:30Z, the new time; "
                "contact = ORGANIZER/sender")
def m17():
    when = "2026-10-05 15:47"
    subj = "Aktualisiert: Zweitgespräch vor Ort – Schichtleitung Umschlag (J. Wiegand)"
    hs = head(make.addr("Brenner, Markus", "markus.brenner@kinzigtal-spedition.de"), subj, when, BER,
              "b305-17", "EUR03-AM5-obe.outbound.protection.outlook.com",
              "mail-am5eur03on2082.outbound.protection.outlook.com", "40.107.4.82",
              extra=(("Thread-Topic", enc("Zweitgespräch vor Ort – Schichtleitung Umschlag (J. Wiegand)")),
                     ("Thread-Index", "AdzJ3a9Q0m7k5iJpQ1e2WmV0aA==AdzVb1k="),
                     ("Content-Language", "de-DE")))
    body = t("""
        Wann: Freitag, 9. Oktober 2026 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Kinzigtal Spedition, Am Weinberg 6, 63571 Gelnhausen – Besprechungsraum Kinzig (EG)

        *~*~*~*~*~*~*~*~*~*~*

        Hallo Herr Wiegand,

        leider ist Frau Sommer am Donnerstag (8. Oktober, 14 Uhr) kurzfristig auf einem Kundentermin.
        Ich habe unser Zweitgespräch deshalb auf Freitagvormittag verlegt – ich hoffe, das passt Ihnen
        trotz Frühschicht. Ansonsten melden Sie sich gern.

        Viele Grüße
        Markus Brenner
        Personalleitung | Kinzigtal Spedition GmbH & Co. KG
        """)
    ics = outlook_ics("REQUEST", KINZIG_UID.replace("5F3C9A1B", "7A1D2E3F"), 1, "20261009T100000",
                      "20261009T113000", "Zweitgespräch vor Ort – Schichtleitung Umschlag (J. Wiegand)",
                      "Brenner, Markus", "markus.brenner@kinzigtal-spedition.de",
                      "Kinzigtal Spedition\\, Am Weinberg 6\\, 63571 Gelnhausen – Besprechungsraum Kinzig (EG)",
                      stamp(when, BER), desc="Hallo Herr Wiegand\\, leider ist Frau Sommer am Donnerstag …")
    return message(hs, alt(text(body), html(make.gmail_html(body)),
                           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(18), family="recruitee", lang="en", interview=True, kind="rescheduled",
           start="2026-11-02T10:00:00Z", end="2026-11-02T11:00:00Z",
           contact="lotte.visser@havenlijn.nl", company="Havenlijn Logistics B.V.",
           local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone="Europe/Amsterdam",
           note="Recruitee reschedule from a Rotterdam firm: old Wed 28 Oct 11:00 (in the mail too), new Mon "
                "2 Nov 11:00-12:00 CET -> 10:00-11:00Z; contact = Reply-To recruiter")
def m18():
    when = "2026-10-27 14:26"
    z = "Europe/Amsterdam"
    hs = head(make.addr("Havenlijn Logistics", "no-reply@recruiteemail.com"),
              "Your interview with Havenlijn Logistics has been rescheduled", when, z, "b305-18",
              "recruiteemail.com", "smtp-out3.recruitee.com", "3.120.44.201",
              extra=(("Reply-To", make.addr("Lotte Visser", "lotte.visser@havenlijn.nl")),))
    body = t("""
        Hi Jan,

        As discussed on the phone, we have moved your interview for Shift Manager Inland Terminal:

        Previous time: Wednesday 28 October 2026, 11:00 - 12:00
        New time:      Monday 2 November 2026, 11:00 - 12:00 (CET, Amsterdam time)

        The interview takes place on Microsoft Teams with Wouter de Vries (Terminal Manager) and me.
        You will receive the updated meeting link separately.

        Sorry for the inconvenience and see you on Monday!

        Lotte Visser
        HR Advisor | Havenlijn Logistics B.V. | Rotterdam

        Sent with Recruitee
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d2939">
        <p>Hi Jan,</p>
        <p>As discussed on the phone, we have moved your interview for <b>Shift Manager Inland Terminal</b>:</p>
        <p><s>Previous time: Wednesday 28 October 2026, 11:00 - 12:00</s><br>
        <b>New time: Monday 2 November 2026, 11:00 - 12:00 (CET, Amsterdam time)</b></p>
        <p>The interview takes place on Microsoft Teams with Wouter de Vries (Terminal Manager) and me.
        You will receive the updated meeting link separately.</p>
        <p>Sorry for the inconvenience and see you on Monday!</p>
        <p>Lotte Visser<br>HR Advisor | Havenlijn Logistics B.V. | Rotterdam</p>
        <p style="font-size:11px;color:#98a2b3">Sent with Recruitee</p>
        </body></html>
        """)
    return message(hs, alt(text(body), html(page)))


@make.mail(N(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-10-22T12:00:00Z", end="2026-10-22T13:30:00Z",
           contact="beat.zumbuehl@rheinhafen-umschlag.ch", company="Rheinhafen Umschlag AG",
           local="Thu 2026-10-22 14:00", local_end="2026-10-22 15:30", zone="Europe/Zurich",
           note="Swiss recruiter (Sie) moves the second interview from Tue 20 Oct 10.00 to Thu 22 Oct "
                "14.00-15.30 Uhr, Basel, still CEST -> 12:00-13:30Z (new time); contact = sender")
def m19():
    when = "2026-10-16 10:18"
    z = "Europe/Zurich"
    hs = head(make.addr("Beat Zumbühl", "beat.zumbuehl@rheinhafen-umschlag.ch", "iso-8859-1"),
              "Verschiebung Zweitgespräch – neuer Termin", when, z, "b305-19", "rheinhafen-umschlag.ch",
              "mail.rheinhafen-umschlag.ch", "194.209.61.20",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-CH")))
    body = t("""
        Grüezi Herr Wiegand

        Leider muss ich unser Zweitgespräch vom Dienstag, 20. Oktober, 10.00 Uhr verschieben: Herr Iseli
        ist an diesem Tag an einer Sitzung in Rotterdam.

        Neuer Termin: Donnerstag, 22. Oktober 2026, 14.00 bis 15.30 Uhr, wiederum bei uns an der
        Hafenstrasse 40 in Basel. Teilnehmen werden Herr Iseli, Frau Gasser (Leiterin Schichtbetrieb)
        und ich.

        Ich hoffe, der neue Termin passt Ihnen. Für die Umstände entschuldige ich mich.

        Freundliche Grüsse

        Beat Zumbühl
        HR Business Partner
        Rheinhafen Umschlag AG
        T +41 61 639 22 15
        """)
    return message(hs, alt(text(body, charset="iso-8859-1"), html(make.gmail_html(body), charset="iso-8859-1")))


@make.mail(N(20), family="workable", lang="de", interview=True, kind="rescheduled",
           start="2026-11-24T14:00:00Z", end="2026-11-24T14:45:00Z",
           contact="oliver.schaaf@taunus-aircargo.de", company="Taunus Air Cargo Handling GmbH",
           local="Tue 2026-11-24 15:00", local_end="2026-11-24 15:45", zone=BER,
           note="Workable reschedule (Sie): new time Di 24.11.2026 15:00 Uhr, Dauer 45 Minuten, CET -> "
                "14:00-14:45Z; Reply-To is a Workable relay, contact = the address in the body")
def m20():
    when = "2026-11-19 11:33"
    relay = "taunus-air-cargo-handling-gmbh+a7c3e19@candidates.workablemail.com"
    hs = head(make.addr("Taunus Air Cargo Handling GmbH", "noreply@candidates.workablemail.com"),
              "Neuer Termin für Ihr Interview – Schichtleiter Frachtabfertigung", when, BER, "b305-20",
              "workablemail.com", "o12.sg.workablemail.com", "168.245.90.12",
              extra=(("Reply-To", relay),))
    body = t("""
        Hallo Jan Wiegand,

        Ihr Interview für die Position Schichtleiter Frachtabfertigung (m/w/d) wurde verschoben.

        Neuer Termin: Di, 24.11.2026, 15:00 Uhr (MEZ)
        Dauer: 45 Minuten
        Art: Videogespräch (Microsoft Teams)

        Ursprünglicher Termin: Mo, 23.11.2026, 09:30 Uhr – entfällt.

        Bei Rückfragen erreichen Sie Ihren Ansprechpartner Oliver Schaaf direkt unter
        oliver.schaaf@taunus-aircargo.de oder +49 6107 77190-33.

        Viele Grüße
        Taunus Air Cargo Handling GmbH

        Sie erhalten diese E-Mail, weil Sie sich über Workable beworben haben.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hallo Jan Wiegand,</p>
        <p>Ihr Interview für die Position <b>Schichtleiter Frachtabfertigung (m/w/d)</b> wurde verschoben.</p>
        <p><b>Neuer Termin:</b> Di, 24.11.2026, 15:00 Uhr (MEZ)<br><b>Dauer:</b> 45 Minuten<br>
        <b>Art:</b> Videogespräch (Microsoft Teams)</p>
        <p style="color:#888">Ursprünglicher Termin: Mo, 23.11.2026, 09:30 Uhr – entfällt.</p>
        <p>Bei Rückfragen erreichen Sie Ihren Ansprechpartner Oliver Schaaf direkt unter
        <a href="mailto:oliver.schaaf@taunus-aircargo.de">oliver.schaaf@taunus-aircargo.de</a> oder +49 6107 77190-33.</p>
        <p>Viele Grüße<br>Taunus Air Cargo Handling GmbH</p>
        <p style="font-size:11px;color:#aaa">Sie erhalten diese E-Mail, weil Sie sich über Workable beworben haben.</p>
        </body></html>
        """)
    return message(hs, alt(text(body), html(page)))


@make.mail(N(21), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-12-01T10:00:00Z", end="2026-12-01T11:00:00Z",
           contact="heike.rausch@haune-logistikpark.de", company="Haune Logistikpark GmbH",
           local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:00", zone=BER,
           note="Exchange METHOD:CANCEL (windows-1252 body) for Di 1.12. 11:00-12:00 W. Europe Standard Time, "
                "CET -> 10:00-11:00Z, the cancelled slot; position filled internally; contact = ORGANIZER")
def m21():
    when = "2026-11-26 08:52"
    subj = "Abgesagt: Vorstellungsgespräch Schichtleiter Wareneingang"
    hs = head(make.addr("Rausch, Heike", "heike.rausch@haune-logistikpark.de"), subj, when, BER, "b305-21",
              "haune-logistikpark.de", "mail-fr2deu01on2101.outbound.protection.outlook.com", "40.107.135.101",
              extra=(("Thread-Topic", "Vorstellungsgespräch Schichtleiter Wareneingang".replace("ä", "ae")),
                     ("Importance", "high"), ("Content-Language", "de-DE")))
    body = t("""
        Wann: Dienstag, 1. Dezember 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Haune Logistikpark, Verwaltung, Raum 1.04

        *~*~*~*~*~*~*~*~*~*~*

        Sehr geehrter Herr Wiegand,

        leider muss ich unseren Termin absagen: Die Stelle als Schichtleiter Wareneingang wurde
        inzwischen intern besetzt. Ich bedaure das sehr und würde Ihre Unterlagen gern – Ihr
        Einverständnis vorausgesetzt – für künftige Vakanzen in unserem Talentpool behalten.

        Mit freundlichen Grüßen
        Heike Rausch
        Personalwesen | Haune Logistikpark GmbH, Bad Hersfeld
        """)
    ics = outlook_ics("CANCEL", "040000008200E00074C5B7101A82E00800000000C9F1E3A7D2C2DC01000000000000000010"
                      "000000A4E2B8D1", 2, "20261201T110000", "20261201T120000",
                      "Abgesagt: Vorstellungsgespräch Schichtleiter Wareneingang", "Rausch, Heike",
                      "heike.rausch@haune-logistikpark.de", "Haune Logistikpark\\, Verwaltung\\, Raum 1.04",
                      stamp(when, BER), status="CANCELLED")
    return message(hs, alt(text(body, charset="windows-1252"), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-06T08:00:00Z", end="2026-10-06T10:00:00Z",
           contact="sanne.degroot@veldhavenfreight.nl", company="Veldhaven Freight B.V.",
           local="Tue 2026-10-06 10:00", local_end="2026-10-06 12:00", zone="Europe/Amsterdam",
           note="Google Calendar cancellation (English UI) of the Amsterdam second round, Tue 6 Oct 10am-12pm "
                "CEST -> 08:00-10:00Z, the cancelled slot; METHOD:CANCEL; contact = ORGANIZER")
def m22():
    when = "2026-10-01 18:07"
    z = "Europe/Amsterdam"
    subj = ("Canceled event: Veldhaven Freight - Onsite with Ops Director @ Tue Oct 6, 2026 10am - 12pm (CEST) "
            "(jan.wiegand@example.com)")
    hs = head(make.addr("Sanne de Groot", "sanne.degroot@veldhavenfreight.nl"), subj, when, z, "b305-22",
              "google.com", "mail-sor-f41.google.com", "209.85.220.41",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    body = t(f"""
        This event has been canceled.

        Veldhaven Freight - Onsite with Ops Director
        Tuesday Oct 6, 2026 ⋅ 10am – 12pm
        Central European Time - Amsterdam

        Location
        Veldhaven Freight, Pelikaanweg 22, 1118 DT Schiphol

        Hi Jan, as mentioned on the phone we need to put the onsite on hold while the role is being
        re-scoped. I'll come back to you as soon as I know more. - Sanne

        Organizer
        Sanne de Groot
        sanne.degroot@veldhavenfreight.nl

        Guests
        Sanne de Groot - organizer
        ruben.kuipers@veldhavenfreight.nl
        {ME}

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261006T080000Z
DTEND:20261006T100000Z
DTSTAMP:{stamp(when, z)}
ORGANIZER;CN=Sanne de Groot:mailto:sanne.degroot@veldhavenfreight.nl
UID:1lq2v7m0c9d4s8h3k5p6r0t2ab@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20260924T090211Z
LAST-MODIFIED:{stamp(when, z)}
LOCATION:Veldhaven Freight\\, Pelikaanweg 22\\, 1118 DT Schiphol
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Veldhaven Freight - Onsite with Ops Director
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    inner = alt(text(body), html(make.gmail_html(body)), calendar(ics, method="CANCEL"))
    att = calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(inner, att))


@make.mail(N(23), family="human_prose", lang="de", interview=True, kind="cancelled",
           start="2026-12-04T09:00:00Z", end=None,
           contact="f.lechner@donau-kuehllogistik.de", company="Donau-Kühllogistik GmbH",
           local="Fri 2026-12-04 10:00", zone=BER,
           note="Regensburg recruiter (Sie) cancels 'unser Gespräch am Freitag, 4. Dezember, um 10 Uhr' (CET -> "
                "09:00Z, the cancelled slot), position frozen; contact = sender")
def m23():
    when = "2026-12-01 15:06"
    hs = head(make.addr("Franziska Lechner", "f.lechner@donau-kuehllogistik.de"),
              "AW: Einladung Vorstellungsgespräch – Schichtleitung Tiefkühllager Regensburg", when, BER,
              "b305-23", "donau-kuehllogistik.de", "mx-out.donau-kuehllogistik.de", "91.198.44.12",
              extra=(("In-Reply-To", mid("b305-23-q", "example.com")), ("X-Mailer", "Microsoft Outlook 16.0")))
    body = t("""
        Sehr geehrter Herr Wiegand,

        vielen Dank für Ihre Bestätigung. Leider muss ich Ihnen heute mitteilen, dass wir unser Gespräch
        am Freitag, 4. Dezember, um 10 Uhr absagen müssen. Die Geschäftsführung hat entschieden, die
        Position Schichtleitung Tiefkühllager vorerst nicht zu besetzen.

        Es tut mir leid, dass Sie sich die Anreise schon eingeplant hatten. Sollte die Stelle im
        neuen Jahr wieder ausgeschrieben werden, melde ich mich gern bei Ihnen.

        Mit freundlichen Grüßen

        Franziska Lechner
        Personalabteilung
        Donau-Kühllogistik GmbH
        """)
    return message(hs, text(body, cte="base64"))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="de", interview=False, company="Isarfracht GmbH",
           note="Teamtailor rejection (Du) after the 2 Oct video interview; no time to confirm")
def m24():
    when = "2026-10-15 16:44"
    hs = head(make.addr("Isarfracht", "no-reply@teamtailor-mail.com"),
              "Deine Bewerbung als Shift Lead Crossdock (m/w/d)", when, BER, "b305-24", "teamtailor-mail.com",
              "o3.ptr4412.teamtailor-mail.com", "149.72.133.9",
              extra=(("Reply-To", make.addr("Lena Obermaier", "lena.obermaier@isarfracht.de")),))
    body = t("""
        Hi Jan,

        nochmal danke für das offene Gespräch am Freitag vor zwei Wochen – Flo und ich haben uns sehr
        gefreut, Dich kennenzulernen.

        Wir haben uns inzwischen für eine Kandidatin entschieden, die schon länger im Crossdock-Betrieb
        am Flughafen arbeitet. Die Entscheidung war knapp, und wir würden Dich gern in unserem
        Talent-Pool behalten, falls in Riem oder am neuen Standort Ingolstadt wieder etwas frei wird.

        Alles Gute für Deine Suche!
        Lena

        Powered by Teamtailor
        """)
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Northgate Supply Chain Inc.",
           note="Post-interview rejection from the Chicago employer (Lever)")
def m25():
    when = "2026-11-10 09:15"
    z = "America/Chicago"
    hs = head(make.addr("Northgate Supply Chain", "no-reply@hire.lever.co"),
              "Update on your application - Regional Operations Manager, EMEA", when, z, "b305-25",
              "hire.lever.co", "o1.email.lever.co", "167.89.101.44",
              extra=(("Reply-To", make.addr("Dana Whitfield", "dana.whitfield@northgatesupply.com")),))
    body = t("""
        Hi Jan,

        Thank you for taking the time to speak with Greg last month about the Regional Operations
        Manager, EMEA role. We enjoyed learning about your experience running shifts at a parcel hub.

        After careful consideration, we have decided to move forward with another candidate whose
        background more closely matches our current needs in the Netherlands.

        We appreciate your interest in Northgate and wish you every success.

        Best regards,
        Dana Whitfield
        Senior Recruiter, Northgate Supply Chain
        """)
    return message(hs, alt(text(body, cte="7bit"), html(make.gmail_html(body), cte="7bit")))


@make.mail(N(26), family="application_ack", lang="de", interview=False, company="Frankenlogistik GmbH",
           note="SmartRecruiters application receipt; says the team will get in touch")
def m26():
    when = "2026-10-20 22:41"
    hs = head(make.addr("Frankenlogistik GmbH", "noreply@smartrecruiters.com"),
              "Vielen Dank für Ihre Bewerbung bei Frankenlogistik GmbH", when, BER, "b305-26", "smartrecruiters.com",
              "mta-out-07.smartrecruiters.com", "54.72.211.11")
    body = t("""
        Guten Tag Jan Wiegand,

        vielen Dank für Ihre Bewerbung als Schichtleiter Kommissionierung (m/w/d) in Nürnberg.
        Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.

        Sobald wir Ihre Bewerbung gesichtet haben, meldet sich unser Recruiting-Team bei Ihnen –
        in der Regel innerhalb von zwei Wochen.

        Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenportal einsehen:
        https://jobs.smartrecruiters.com/FrankenlogistikGmbH/candidate-portal

        Freundliche Grüße
        Ihr Recruiting-Team der Frankenlogistik GmbH
        """)
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(27), family="application_ack", lang="en", interview=False, company="Orion Global Freight",
           note="Taleo application receipt (HTML only, windows-1252)")
def m27():
    when = "2026-09-18 07:12"
    z = "America/New_York"
    hs = head(make.addr("Orion Global Freight Careers", "no-reply@taleo.net"),
              "Orion Global Freight - Thank you for applying: Cross-Dock Supervisor (Frankfurt) 2600318", when, z,
              "b305-27", "taleo.net", "smtp.taleo.net", "160.34.7.112")
    page = t("""
        <html><body style="font-family:Tahoma,Arial;font-size:12px">
        <p>Dear Jan Wiegand,</p>
        <p>Thank you for your interest in Orion Global Freight and for applying to the position
        <b>Cross-Dock Supervisor (Frankfurt)</b>, requisition 2600318.</p>
        <p>Your application has been received and will be reviewed by our recruiting team. If your
        qualifications match the requirements of the role, a recruiter will contact you.</p>
        <p>You may review the status of your application at any time on our career section.</p>
        <p>Regards,<br>Orion Global Freight Talent Acquisition</p>
        <p style="font-size:10px">Please do not reply to this e-mail. This mailbox is not monitored. &copy; Orion Global Freight</p>
        </body></html>
        """)
    return message(hs, html(page, charset="windows-1252"))


@make.mail(N(28), family="job_alert", lang="de", interview=False, company=None,
           note="Job-board alert with new shift-lead vacancies around Fulda; newsletter headers")
def m28():
    when = "2026-10-07 06:30"
    hs = head(make.addr("Jobwelt Logistik – Jobagent", "jobagent@mail.jobwelt-logistik.de"),
              "7 neue Jobs für „Schichtleiter Logistik“ im Umkreis von 50 km um Fulda", when, BER, "b305-28",
              "jobwelt-logistik.de", "mail.jobwelt-logistik.de", "85.13.150.7",
              extra=(("List-Unsubscribe", "<https://www.jobwelt-logistik.de/jobagent/abmelden?id=88123>"),
                     ("Precedence", "bulk")))
    body = t("""
        Hallo Jan,

        Ihr Jobagent hat 7 neue Stellen für Sie gefunden:

        • Schichtleiter Wareneingang (m/w/d) – Haune Logistikpark GmbH, Bad Hersfeld – vor 1 Tag
        • Teamleiter Versand Früh-/Spätschicht – Osthessen Paketzentrum, Neuhof – vor 2 Tagen
        • Schichtkoordinator Cross-Dock – Orion Global Freight, Frankfurt-Flughafen – vor 2 Tagen
        • Lagerleiter (m/w/d) – Spessart Möbellogistik GmbH, Schlüchtern – vor 3 Tagen
        • Supervisor Outbound – Kinzigtal Spedition, Gelnhausen – vor 4 Tagen
        • Schichtleiter Produktionslogistik – Rhön Kontraktlogistik, Eichenzell – vor 5 Tagen
        • Disponent Nahverkehr – Vogelsberg Personal (Arbeitnehmerüberlassung), Alsfeld – vor 6 Tagen

        Alle Treffer ansehen: https://www.jobwelt-logistik.de/jobagent/88123

        Jobagent bearbeiten oder abmelden: https://www.jobwelt-logistik.de/jobagent/abmelden?id=88123
        """)
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="Professional-network job alert (English) for Benelux roles")
def m29():
    when = "2026-11-05 08:02"
    hs = head(make.addr("Careerlane Job Alerts", "jobalerts-noreply@careerlane.com"),
              "Jan, 5 new jobs for \"Operations Manager logistics\" in Benelux", when, BER, "b305-29",
              "careerlane.com", "mail-out.careerlane.com", "108.174.6.201",
              extra=(("List-Unsubscribe", "<https://www.careerlane.com/alerts/unsubscribe?k=ja9921>"),))
    body = t("""
        Your job alert for Operations Manager logistics in Benelux

        Warehouse Operations Manager - Moselle Cargo S.A. - Contern, Luxembourg - 3 days ago
        Shift Manager Inland Terminal - Havenlijn Logistics B.V. - Rotterdam - 1 week ago
        Fulfilment Shift Manager - Brightwater Commerce - Venlo - 5 days ago
        Hub Duty Manager (nights) - Eurocross Express - Liège - 2 days ago
        Site Lead Returns - Parcelfold - Tilburg - 1 day ago

        See all jobs: https://www.careerlane.com/jobs/alerts/ja9921

        You're receiving job alert emails. Unsubscribe: https://www.careerlane.com/alerts/unsubscribe?k=ja9921
        """)
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(30), family="newsletter", lang="de", interview=False, company=None,
           note="Trade newsletter; mentions a congress date but confirms nothing for Jan",
           days=(("Thu", "2026-11-19"),))
def m30():
    when = "2026-11-03 07:00"
    hs = head(make.addr("Lager & Transport kompakt", "newsletter@lagerundtransport-kompakt.de"),
              "Newsletter 44/2026: Fachkräftemangel im Schichtbetrieb, neue Lkw-Maut, Termine", when, BER,
              "b305-30", "lagerundtransport-kompakt.de", "mail.cleverreach-like.de", "185.76.40.11",
              extra=(("List-Unsubscribe", "<mailto:abmelden@lagerundtransport-kompakt.de>"), ("Precedence", "bulk")))
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px">
        <h1 style="font-size:22px">Lager &amp; Transport kompakt – Ausgabe 44/2026</h1>
        <h2 style="font-size:17px">Schichtbetrieb: Wie Logistiker Personal halten</h2>
        <p>Vier-Tage-Woche, Wunschschichten, Springerpools: Wir haben fünf Logistikzentren in Hessen und
        Thüringen besucht und gefragt, was gegen die Fluktuation hilft. <a href="https://lagerundtransport-kompakt.de/a/8812">Weiterlesen</a></p>
        <h2 style="font-size:17px">Interview: „Die Kommissionierung von morgen ist hybrid“</h2>
        <p>Ein Lagerleiter aus Bad Hersfeld über Cobots, Nachtschichten und Quereinsteiger.</p>
        <h2 style="font-size:17px">Termine</h2>
        <p>Donnerstag, 19. November 2026, 9:30 Uhr – Logistikkongress Mitte, Kassel (Anmeldung erforderlich)</p>
        <p style="font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.
        <a href="https://lagerundtransport-kompakt.de/abmelden">Abmelden</a></p>
        </body></html>
        """)
    return message(hs, html(page, charset="windows-1252"))


@make.mail(N(31), family="recruiter_outreach", lang="de", interview=False, company="Nordhessen Talents",
           note="Headhunter outreach (Du) asking for a call; no time fixed")
def m31():
    when = "2026-09-09 12:37"
    hs = head(make.addr("Dennis Fuchs", "d.fuchs@nordhessen-talents.de"),
              "Schichtleitung Paketzentrum – wäre das was für Dich?", when, BER, "b305-31",
              "nordhessen-talents.de", "mout.kundenserver.de", "212.227.17.10")
    body = t("""
        Hallo Jan,

        ich bin über Dein Profil auf Careerlane gestolpert und hätte eventuell etwas Spannendes für Dich:
        Ein Paketdienstleister baut gerade ein neues Verteilzentrum bei Kassel auf und sucht zwei
        erfahrene Schichtleiter (Nacht, ca. 120 MA pro Schicht, gutes Gehaltsband + Schichtzulagen).

        Hättest Du Lust auf ein kurzes, unverbindliches Telefonat? Schreib mir einfach, wann es Dir
        in den nächsten Tagen passt – ich richte mich nach Deinen Schichten.

        Viele Grüße
        Dennis Fuchs
        Senior Consultant Logistics | Nordhessen Talents
        Mobil 0151 4410 2287
        """)
    return message(hs, text(body))


@make.mail(N(32), family="availability_request", lang="de", interview=False, company="Haune Logistikpark GmbH",
           note="Recruiter proposes two possible slots and asks Jan to choose; nothing confirmed yet "
                "(the Exchange invitation and its cancellation came later)",
           days=(("Tue", "2026-12-01"), ("Wed", "2026-12-02")))
def m32():
    when = "2026-11-23 10:19"
    hs = head(make.addr("Rausch, Heike", "heike.rausch@haune-logistikpark.de"),
              "Ihre Bewerbung als Schichtleiter Wareneingang – Terminvorschläge", when, BER, "b305-32",
              "haune-logistikpark.de", "mail-fr2deu01on2101.outbound.protection.outlook.com", "40.107.135.101",
              extra=(("Content-Language", "de-DE"),))
    body = t("""
        Sehr geehrter Herr Wiegand,

        vielen Dank für Ihre Bewerbung, die uns sehr angesprochen hat. Wir würden Sie gern persönlich
        kennenlernen. Folgende Termine kann ich Ihnen anbieten:

          - Dienstag, 1. Dezember 2026, 11:00 Uhr
          - Mittwoch, 2. Dezember 2026, 14:00 Uhr

        Das Gespräch findet bei uns im Haune Logistikpark in Bad Hersfeld statt. Bitte teilen Sie mir
        mit, welcher Termin Ihnen besser passt; ich sende Ihnen dann eine Kalendereinladung.

        Mit freundlichen Grüßen
        Heike Rausch
        Personalwesen | Haune Logistikpark GmbH
        """)
    return message(hs, alt(text(body, charset="windows-1252"), html(make.gmail_html(body), charset="windows-1252")))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Brightwater Commerce B.V.",
           note="GoodTime availability request with a self-scheduling link; no slot chosen yet")
def m33():
    when = "2026-11-30 13:05"
    z = "Europe/Amsterdam"
    hs = head(make.addr("Brightwater Commerce Recruiting", "no-reply@goodtime.io"),
              "Brightwater Commerce: please share your availability for an on-site interview", when, z,
              "b305-33", "goodtime.io", "mail.goodtime.io", "18.194.77.31",
              extra=(("Reply-To", make.addr("Jorrit Bakker", "jorrit.bakker@brightwatercommerce.com")),))
    body = t("""
        Hi Jan,

        Great news - the team would like to invite you to an on-site interview at our Venlo fulfilment
        centre for the Fulfilment Shift Manager role. It will take about 2.5 hours.

        Please select all times that work for you in the next two weeks:
        https://app.goodtime.io/availability/bw-7c21e0f3

        Once we have your availability, we will send you a confirmed itinerary.

        Thanks,
        Jorrit Bakker
        Recruiting Coordinator, Brightwater Commerce
        """)
    return message(hs, alt(text(body, cte="7bit"), html(make.gmail_html(body), cte="7bit")))


@make.mail(N(34), family="scheduling_link", lang="de", interview=False, company="Spessart Möbellogistik GmbH",
           note="Personio self-scheduling invitation: Jan still has to pick a slot")
def m34():
    when = "2026-10-12 09:48"
    hs = head(make.addr("Spessart Möbellogistik GmbH", "no-reply@personio.de"),
              "Bitte wählen Sie einen Termin für Ihr Vorstellungsgespräch", when, BER, "b305-34", "personio.de",
              "mail-eu1.personio.de", "52.58.14.201",
              extra=(("Reply-To", make.addr("Carina Weigand", "c.weigand@spessart-moebellogistik.de")),))
    body = t("""
        Sehr geehrter Herr Wiegand,

        vielen Dank für Ihre Bewerbung als Lagerleiter (m/w/d) in Schlüchtern. Wir möchten Sie gern
        zu einem ersten Gespräch (ca. 45 Minuten, vor Ort) einladen.

        Bitte wählen Sie über den folgenden Link einen passenden Termin aus den freien Zeitfenstern
        der nächsten zwei Wochen:

        https://spessart-moebellogistik.jobs.personio.de/interview-scheduling/3f7a0c1e

        Nach Ihrer Auswahl erhalten Sie automatisch eine Bestätigung mit allen Details.

        Mit freundlichen Grüßen
        Carina Weigand
        Personal | Spessart Möbellogistik GmbH
        """)
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(35), family="auto_reply", lang="de", interview=False, company="Frankenlogistik GmbH",
           note="Out-of-office auto-reply to Jan's question; gives a return date, no appointment",
           days=(("Mon", "2026-11-09"),))
def m35():
    when = "2026-11-02 07:55"
    hs = head(make.addr("Tobias Ertl", "tobias.ertl@frankenlogistik.de"),
              "Automatische Antwort: Rückfrage zu meiner Bewerbung (Schichtleiter Kommissionierung)", when, BER,
              "b305-35", "frankenlogistik.de", "mail-fr2deu01on2098.outbound.protection.outlook.com",
              "40.107.135.98",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", mid("b305-35-q", "example.com"))))
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 6. November, nicht im Büro und ab Montag, 9. November 2026
        wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an unser Recruiting-Team unter 0911 63180-0.

        Mit freundlichen Grüßen
        Tobias Ertl
        """)
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Jan's thank-you note to Basel (typo in the address); the returned message "
                "mentions the past interview only")
def m36():
    when = "2026-10-01 19:22"
    orig_when = "2026-10-01 19:21"
    bad = "beat.zumbuhl@rheinhafen-umschlag.ch"
    hs = [
        ("Return-Path", "<>"),
        ("Delivered-To", ME),
        ("Received", make.received("from smtp.example.com (smtp.example.com [203.0.113.25])", when, BER,
                                   ident("b305-36"), ME)),
        ("From", "Mail Delivery System <MAILER-DAEMON@smtp.example.com>"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, BER)),
        ("Message-ID", mid("b305-36", "smtp.example.com")),
        ("Auto-Submitted", "auto-replied"),
    ]
    notice = t(f"""
        This is the mail system at host smtp.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <{bad}>: host mx1.rheinhafen-umschlag.ch[194.209.61.21] said:
            550 5.1.1 <{bad}>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t(f"""
        Reporting-MTA: dns; smtp.example.com
        X-Postfix-Queue-ID: 4C1F2A0B3D
        Arrival-Date: {date(orig_when, BER)}

        Final-Recipient: rfc822; {bad}
        Original-Recipient: rfc822;{bad}
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.rheinhafen-umschlag.ch
        Diagnostic-Code: smtp; 550 5.1.1 <{bad}>: Recipient address rejected: User
            unknown in virtual mailbox table
        """)
    orig_body = t("""
        Grüezi Herr Zumbühl,

        herzlichen Dank für das angenehme Gespräch heute Vormittag und den Rundgang über das Terminal.
        Der Eindruck von Ihrem Team hat mich in meinem Interesse an der Stelle bestärkt.

        Ich freue mich, von Ihnen zu hören.

        Mit freundlichen Grüßen
        Jan Wiegand
        """)
    orig = message([("From", JAN), ("To", make.addr("Beat Zumbühl", bad)),
                    ("Subject", enc("Vielen Dank für das Gespräch heute")), ("Date", date(orig_when, BER)),
                    ("Message-ID", mid("b305-36-o", "example.com"))], text(orig_body))
    report = make.multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit",
             extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"),
                       ("Content-Type", "message/delivery-status")], status),
        make.attached_message(orig),
        params="report-type=delivery-status")
    return message(hs, report)


@make.mail(N(37), family="offer", lang="de", interview=False, company="Saale-Logistik GmbH",
           note="Written contract offer after the interviews; start date and reply deadline only",
           days=(("Fri", "2026-11-27"),))
def m37():
    when = "2026-11-13 14:10"
    hs = head(make.addr("Katrin Möbius", "katrin.moebius@saale-logistik.de"),
              "Vertragsangebot Schichtleitung Distributionszentrum Erfurt-Kerspleben", when, BER, "b305-37",
              "saale-logistik.de", "mail.saale-logistik.de", "217.6.122.40")
    body = t("""
        Sehr geehrter Herr Wiegand,

        wir haben uns sehr über die Gespräche mit Ihnen gefreut und möchten Ihnen die Position als
        Schichtleitung im Distributionszentrum Erfurt-Kerspleben anbieten.

        Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten:
          - Eintritt: 1. Februar 2027
          - Jahresbruttogehalt: 58.500 EUR zzgl. Schichtzulagen
          - 30 Tage Urlaub, Jobrad, betriebliche Altersvorsorge

        Wir würden uns freuen, bis Freitag, 27. November 2026, von Ihnen zu hören. Für Fragen zum
        Vertrag oder zur Unterstützung beim Umzug stehe ich Ihnen gern zur Verfügung.

        Mit freundlichen Grüßen
        Katrin Möbius
        Personalreferentin | Saale-Logistik GmbH
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Arbeitsvertrag_Wiegand.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Arbeitsvertrag_Wiegand.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\r\n"
                    b"ZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\r\n")
    return message(hs, mixed(text(body), pdf))


@make.mail(N(38), family="post_interview", lang="en", interview=False, company="Havenlijn Logistics B.V.",
           note="Thank-you after the 2 Nov interview, 'we'll be in touch'; no new time")
def m38():
    when = "2026-11-03 10:41"
    z = "Europe/Amsterdam"
    hs = head(make.addr("Lotte Visser", "lotte.visser@havenlijn.nl"),
              "Re: Thank you - Shift Manager Inland Terminal", when, z, "b305-38", "havenlijn.nl",
              "mail-eopbgr140051.outbound.protection.outlook.com", "40.107.14.51",
              extra=(("In-Reply-To", mid("b305-38-q", "example.com")),))
    body = t("""
        Hi Jan,

        Thanks for your kind note! Wouter and I enjoyed the conversation yesterday. We have two more
        candidates to meet this week and expect to get back to you by the middle of next week.

        Kind regards,
        Lotte

        From: Jan Wiegand <jan.wiegand@example.com>
        Sent: Monday, 2 November 2026 16:20
        To: Lotte Visser <lotte.visser@havenlijn.nl>
        Subject: Thank you - Shift Manager Inland Terminal

        Dear Lotte, thank you and Wouter for the interview this morning ...
        """)
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(39), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Dental practice appointment confirmation with ICS: fixed time, but not an interview",
           days=(("Mon", "2026-10-12"),))
def m39():
    when = "2026-10-05 17:03"
    hs = head(make.addr("Zahnarztpraxis Dr. Hellwig", "termine@zahnarzt-hellwig-fulda.de"),
              "Terminbestätigung – Montag, 12.10.2026, 07:45 Uhr", when, BER, "b305-39",
              "zahnarzt-hellwig-fulda.de", "mail.doctolib-like.de", "94.130.14.7")
    body = t("""
        Guten Tag Herr Wiegand,

        hiermit bestätigen wir Ihren Termin zur Kontrolle und professionellen Zahnreinigung:

        Montag, 12.10.2026, 07:45 Uhr
        Zahnarztpraxis Dr. Hellwig, Heinrichstraße 18, 36037 Fulda

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie bitte mindestens 24 Stunden vorher ab.

        Ihr Praxisteam
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Praxis-Terminservice//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:zh-20261012-0745-wiegand@zahnarzt-hellwig-fulda.de
DTSTAMP:{stamp(when, BER)}
DTSTART;TZID=Europe/Berlin:20261012T074500
DTEND;TZID=Europe/Berlin:20261012T083000
SUMMARY:Zahnarzt Dr. Hellwig – Kontrolle + PZR
LOCATION:Heinrichstraße 18\\, 36037 Fulda
END:VEVENT
END:VCALENDAR
"""
    cal = calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics", disposition="attachment")
    return message(hs, mixed(text(body), cal))


@make.mail(N(40), family="appointment", lang="de", interview=False, company=None,
           note="Car workshop appointment (winter tyres); ordinary life, not an interview",
           days=(("Sat", "2026-10-24"),))
def m40():
    when = "2026-10-19 12:22"
    hs = head(make.addr("Autohaus Sturm Fulda – Service", "service@autohaus-sturm-fulda.de"),
              "Ihr Werkstatttermin am Samstag, 24.10.2026", when, BER, "b305-40", "autohaus-sturm-fulda.de",
              "smtp.autohaus-sturm-fulda.de", "81.169.145.88")
    body = t("""
        Sehr geehrter Herr Wiegand,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen:

        Termin:     Samstag, 24.10.2026, 08:00 Uhr
        Leistung:   Räderwechsel Sommer/Winter inkl. Einlagerung, Sichtprüfung Bremsen
        Fahrzeug:   FD-JW 218
        Dauer:      ca. 45 Minuten (Wartebereich mit Kaffee vorhanden)

        Ihr Service-Team
        Autohaus Sturm GmbH | Frankfurter Straße 80 | 36043 Fulda
        """)
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(41), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Google Calendar invitation from a friend (moving help); fixed time, not an interview",
           days=(("Sat", "2026-11-21"),))
def m41():
    when = "2026-11-15 21:40"
    subj = "Einladung: Umzug Sven 📦 @ Sa. 21. Nov. 2026 09:00 - 15:00 (MEZ) (jan.wiegand@example.com)"
    hs = head(make.addr("Sven Kühn", "sven.kuehn@example.org"), subj, when, BER, "b305-41", "google.com",
              "mail-sor-f73.google.com", "209.85.220.73",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    body = t(f"""
        Umzug Sven 📦
        Samstag, 21. November 2026 · 09:00–15:00
        Zeitzone: Europe/Berlin

        Ort
        Löherstraße 31, 36037 Fulda → Petersberg

        Transporter ist gebucht, für Pizza und Bier ist gesorgt. Wer einen Sackkarren hat: mitbringen!

        Organisator
        Sven Kühn
        sven.kuehn@example.org

        Gäste
        Sven Kühn – Organisator
        {ME}
        maren.kuehn@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261121T080000Z
DTEND:20261121T140000Z
DTSTAMP:{stamp(when, BER)}
ORGANIZER;CN=Sven Kühn:mailto:sven.kuehn@example.org
UID:0c7b2k9r5q1t8v3m6n4p2s0d1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
LOCATION:Löherstraße 31\\, 36037 Fulda
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Umzug Sven 📦
END:VEVENT
END:VCALENDAR
"""
    return message(hs, alt(text(body), html(make.gmail_html(body)), calendar(ics, cte="base64")))


@make.mail(N(42), family="job_fair", lang="de", interview=False, company=None,
           note="Registration confirmation for a logistics career fair with a fixed time; not an interview",
           days=(("Sat", "2026-10-17"),))
def m42():
    when = "2026-10-08 15:15"
    hs = head(make.addr("Karrieretag Logistik Rhein-Main", "anmeldung@karrieretag-logistik.de"),
              "Ihre Anmeldung: Karrieretag Logistik Rhein-Main am 17. Oktober", when, BER, "b305-42",
              "karrieretag-logistik.de", "mail.eventbrite-like.de", "78.46.90.3")
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Danke für Ihre Anmeldung, Jan!</h2>
        <p><b>Karrieretag Logistik Rhein-Main 2026</b><br>
        Samstag, 17. Oktober 2026, 10:00 – 16:00 Uhr<br>
        Messe Offenbach, Halle 2</p>
        <p>Über 60 Arbeitgeber aus Logistik, Spedition und Handel – Speed-Dating mit Personalern,
        CV-Check und Vorträge. Ihr Ticket (QR-Code) finden Sie im Anhang.</p>
        <p>Ticket-Nr. KTL-26-044917</p>
        </body></html>
        """)
    ticket = make.Part([("Content-Type", 'image/png; name="ticket.png"'),
                        ("Content-Disposition", 'attachment; filename="ticket.png"'),
                        ("Content-Transfer-Encoding", "base64")],
                       b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n")
    return message(hs, mixed(html(page), ticket))


@make.mail(N(43), family="webinar", lang="en", interview=False, company=None,
           note="Webinar registration 'ace your logistics manager interview' with ICS; not a job interview",
           days=(("Wed", "2026-11-11"),))
def m43():
    when = "2026-11-06 10:00"
    hs = head(make.addr("SupplyChain Careers Academy", "events@scc-academy.com"),
              "You're registered: How to ace your logistics manager interview", when, BER, "b305-43",
              "scc-academy.com", "zoom-mail.scc-academy.com", "170.114.52.2",
              extra=(("List-Unsubscribe", "<https://scc-academy.com/unsubscribe>"),))
    body = t("""
        Hi Jan,

        Thank you for registering for "How to ace your logistics manager interview".

        Date & time: Wednesday, November 11, 2026, 6:00 PM CET
        Join from PC, Mac, iPad or Android: https://scc-academy.zoom.us/w/81933042211

        Our coaches will walk through STAR answers for shift-leadership questions, salary talks and
        the classic "tell me about a conflict on your shift".

        Add to calendar: see attachment.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-81933042211@zoom.us
DTSTAMP:{stamp(when, BER)}
DTSTART:20261111T170000Z
DTEND:20261111T180000Z
SUMMARY:How to ace your logistics manager interview
LOCATION:https://scc-academy.zoom.us/w/81933042211
END:VEVENT
END:VCALENDAR
"""
    return message(hs, mixed(alt(text(body, cte="7bit"), html(make.gmail_html(body), cte="7bit")),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@make.mail(N(44), family="appointment", lang="de", interview=False, company=None,
           note="Flat-viewing confirmation from a property manager; fixed time, not an interview",
           days=(("Thu", "2026-09-24"),))
def m44():
    when = "2026-09-21 16:28"
    hs = head(make.addr("Hausverwaltung Rosenau", "vermietung@hv-rosenau.de"),
              "Bestätigung Besichtigungstermin – 3-Zi.-Wohnung Am Rosengarten 7", when, BER, "b305-44",
              "hv-rosenau.de", "smtp.hv-rosenau.de", "88.198.1.44")
    body = t("""
        Sehr geehrter Herr Wiegand,

        gern bestätigen wir Ihnen den Besichtigungstermin für die 3-Zimmer-Wohnung
        Am Rosengarten 7, 2. OG links, 36037 Fulda:

        Donnerstag, 24.09.2026, 17:30 Uhr

        Treffpunkt ist vor dem Hauseingang. Bitte bringen Sie eine Selbstauskunft und die letzten drei
        Gehaltsnachweise mit.

        Mit freundlichen Grüßen
        Hausverwaltung Rosenau
        """)
    return message(hs, text(body, cte="base64"))


@make.mail(N(45), family="assessment", lang="de", interview=False, company="Taunus Air Cargo Handling GmbH",
           note="Online assessment to complete by a deadline; no appointment",
           days=(("Mon", "2026-11-16"),))
def m45():
    when = "2026-11-09 09:12"
    hs = head(make.addr("Taunus Air Cargo Handling GmbH", "noreply@candidates.workablemail.com"),
              "Nächster Schritt: Online-Assessment Schichtleiter Frachtabfertigung", when, BER, "b305-45",
              "workablemail.com", "o12.sg.workablemail.com", "168.245.90.12",
              extra=(("Reply-To", "taunus-air-cargo-handling-gmbh+a7c3e19@candidates.workablemail.com"),))
    body = t("""
        Hallo Jan Wiegand,

        vielen Dank für Ihr Interesse. Als nächsten Schritt bitten wir Sie, unser Online-Assessment
        (Schichtplanung und Gefahrgut-Grundlagen, ca. 40 Minuten) zu bearbeiten:

        https://apply.workable.com/taunus-air-cargo/assessment/ta-55210

        Bitte schließen Sie den Test bis spätestens Montag, 16.11.2026, 23:59 Uhr ab. Danach melden
        wir uns wegen eines Gesprächstermins bei Ihnen.

        Viele Grüße
        Taunus Air Cargo Handling GmbH
        """)
    return message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(46), family="one_way_video", lang="en", interview=False, company="Orion Global Freight",
           note="One-way recorded video interview to complete by a deadline; no live appointment",
           days=(("Fri", "2026-10-09"),))
def m46():
    when = "2026-10-02 14:30"
    z = "America/New_York"
    hs = head(make.addr("Orion Global Freight via Vidscreen", "invitations@vidscreen.io"),
              "Orion Global Freight invites you to a video interview", when, z, "b305-46", "vidscreen.io",
              "mail.vidscreen.io", "52.204.18.77")
    body = t("""
        Hello Jan,

        Orion Global Freight has invited you to complete an on-demand video interview for
        Cross-Dock Supervisor (Frankfurt).

        You will answer 5 questions on camera; each answer can be up to 2 minutes. There is no
        interviewer on the call - record whenever it suits you.

        Please complete your interview by Friday, October 9, 2026 at 11:59 PM (your local time).

        Start here: https://app.vidscreen.io/i/ogf-2600318-jw

        Good luck!
        The Vidscreen team on behalf of Orion Global Freight
        """)
    return message(hs, alt(text(body, cte="7bit"), html(make.gmail_html(body), cte="7bit")))


@make.mail(N(47), family="receipt", lang="de", interview=False, company=None,
           note="Rail ticket booking for the Basel trip; departure time only, not an interview",
           days=(("Thu", "2026-10-01"),))
def m47():
    when = "2026-09-25 20:51"
    hs = head(make.addr("Schienenfern Ticketservice", "buchung@schienenfern.de"),
              "Ihre Buchungsbestätigung (Auftrag 7714-2209-5531)", when, BER, "b305-47", "schienenfern.de",
              "mailout2.schienenfern.de", "91.213.8.30")
    body = t("""
        Vielen Dank für Ihre Buchung, Herr Wiegand.

        Auftragsnummer: 7714-2209-5531
        Hinfahrt: Do, 01.10.2026
          Fulda ab 05:12 – Frankfurt(Main)Hbf an 06:07 – ab 06:20 – Basel Bad Bf an 09:02
        Rückfahrt: Do, 01.10.2026
          Basel Bad Bf ab 15:58 – Fulda an 19:46
        1 Erwachsener, 2. Klasse, Flexpreis, inkl. Sitzplatzreservierung
        Gesamtpreis: 189,80 EUR (bezahlt per Kreditkarte)

        Ihr Online-Ticket finden Sie als PDF im Kundenkonto.
        """)
    return message(hs, text(body))


@make.mail(N(48), family="club_event", lang="de", interview=False, company=None,
           note="Sports club's annual general meeting invitation; fixed time, not an interview",
           days=(("Fri", "2026-11-20"),))
def m48():
    when = "2026-10-28 19:33"
    hs = head(make.addr("SV Rot-Weiß Künzell – Vorstand", "vorstand@svrw-kuenzell.de"),
              "Einladung zur Jahreshauptversammlung 2026", when, BER, "b305-48", "svrw-kuenzell.de",
              "mout.kundenserver.de", "212.227.17.24", to="undisclosed-recipients:;")
    body = t("""
        Liebe Mitglieder,

        hiermit laden wir Euch herzlich zur Jahreshauptversammlung ein:

        Freitag, 20. November 2026, 19:30 Uhr, Vereinsheim am Sportplatz

        Tagesordnung:
        1. Begrüßung
        2. Berichte des Vorstands und der Abteilungen
        3. Kassenbericht, Entlastung
        4. Neuwahl Jugendwart/in
        5. Verschiedenes

        Anträge bitte bis zum 13. November schriftlich an den Vorstand.

        Sportliche Grüße
        Der Vorstand
        """)
    return message(hs, text(body, cte="8bit"))


@make.mail(N(49), family="recruiter_outreach", lang="en", interview=False, company="Benelux Express Parcels",
           note="Network InMail notification from a Luxembourg recruiter asking to connect; nothing fixed")
def m49():
    when = "2026-11-24 13:17"
    hs = head(make.addr("Marc Feltes via Careerlane", "inmail-hit-reply@careerlane.com"),
              "Marc sent you a message: Hub Manager role in Luxembourg", when, BER, "b305-49", "careerlane.com",
              "mail-out.careerlane.com", "108.174.6.201",
              extra=(("List-Unsubscribe", "<https://www.careerlane.com/settings/notifications>"),))
    body = t("""
        Marc Feltes
        Talent Acquisition Partner at Benelux Express Parcels

        Hi Jan, I'm hiring a Hub Manager for our new sortation centre in Bettembourg (Luxembourg), about
        180 people across three shifts. Your background at the Fulda hub looks like a great match.
        Would you be open to a 20-minute chat in the coming days? Happy to work around your shifts.

        Reply: https://www.careerlane.com/messaging/thread/2-MTk4ODcx

        You are receiving InMail notification emails. Unsubscribe:
        https://www.careerlane.com/settings/notifications
        """)
    return message(hs, alt(text(body, cte="7bit"), html(make.gmail_html(body), cte="7bit")))


@make.mail(N(50), family="post_interview", lang="de", interview=False, company="Saale-Logistik GmbH",
           note="Thank-you after Monday's interview, decision promised by end of next week; no new time")
def m50():
    when = "2026-10-28 11:02"
    hs = head(make.addr("Katrin Möbius", "katrin.moebius@saale-logistik.de"),
              "Danke für das Gespräch am Montag", when, BER, "b305-50", "saale-logistik.de",
              "mail.saale-logistik.de", "217.6.122.40")
    body = t("""
        Sehr geehrter Herr Wiegand,

        herzlichen Dank noch einmal für das gute Gespräch am Montag. Herr Rauh und ich waren sehr
        angetan von Ihren Erfahrungen aus dem Hub in Fulda.

        Wir führen diese Woche noch zwei weitere Gespräche und melden uns spätestens bis Ende
        nächster Woche mit einer Rückmeldung bei Ihnen.

        Mit freundlichen Grüßen
        Katrin Möbius
        Personalreferentin | Saale-Logistik GmbH
        """)
    return message(hs, text(body))
