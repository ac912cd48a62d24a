"""blind60: 50 hand-written mails of one job seeker's inbox (Frankfurt am Main).

Inbox owner: Timo Reinhardt <timo.reinhardt@example.org>, data engineer / backend developer in
Frankfurt (Europe/Berlin), applying in Frankfurt, Munich, Berlin, Zürich, Vienna, Luxembourg and to
a few UK/US remote roles. Built with ``python3 bench/heldout/make_blind.py blind60``.

Written blind (without reading the detector, its tests or the other held-out sets). Keys 1..23 are
the positives, 24..50 the negatives, in writing order; file numbers are a fixed shuffle of that
order (ORDER below).
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
)

ORDER = random.Random(60060).sample(range(1, 51), 50)


def n(key: int) -> str:
    return f"blind60_{ORDER[key - 1]:03d}"


ME = "timo.reinhardt@example.org"
ME_H = addr("Timo Reinhardt", ME)
MX = "mx02.example.org (Postfix) with ESMTPS id"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_H,
         via: str | None = None, ident: str = "4Zk9Qx0bQmz9sWn", extra: tuple = (),
         charset: str = "utf-8", delivered: str = ME) -> list[tuple[str, str]]:
    """Top headers as the inbox's MX stores them; ``via`` is the sending host for Received."""
    hs = [("Delivered-To", delivered)]
    if via:
        hs.append(("Received", received(via, when, zone, f"{MX} {ident}", delivered)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


# =========================================================================== positives


# --------------------------------------------------------------------------- 1 Personio, Frankfurt


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-12-03T09:00:00Z", end="2026-12-03T09:45:00Z",
      contact="miriam.kessler@zahlwerk.de", company="Zahlwerk GmbH",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 10:45", zone="Europe/Berlin",
      note="Personio invitation 'Do., 03.12.2026, 10:00 - 10:45 Uhr' (CET, UTC+1) with ICS; "
           "sender is noreply@, contact = human Reply-To (recruiter, also ICS ORGANIZER)")
def k01():
    body = t("""
        Sehr geehrter Herr Reinhardt,

        vielen Dank für Ihr Interesse an Zahlwerk und die Zeit, die Sie in Ihre Bewerbung als
        Data Engineer (m/w/d) gesteckt haben.

        Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem ersten Gespräch per
        Microsoft Teams ein:

        Datum:             Do., 03.12.2026
        Uhrzeit:           10:00 – 10:45 Uhr
        Gesprächspartner:  Miriam Kessler (People & Culture), Tobias Rehm (Team Lead Data)
        Teilnahmelink:     https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ5ZTk3YjEtZjA2Ny00
                           (Kalendereinladung im Anhang)

        Sollte der Termin wider Erwarten nicht passen, antworten Sie bitte einfach auf diese
        E-Mail – wir finden dann eine Alternative.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen

        Miriam Kessler
        People & Culture

        Zahlwerk GmbH · Hanauer Landstraße 126 · 60314 Frankfurt am Main
        Geschäftsführer: Dr. Jan Oberle, Nesrin Aydın · HRB 118 204, AG Frankfurt am Main

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    htm = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <tr><td style="padding:24px 32px"><img src="https://assets.personio.de/logos/zahlwerk/logo.png" alt="Zahlwerk" height="28"></td></tr>
        <tr><td style="padding:0 32px 24px 32px">
        <p>Sehr geehrter Herr Reinhardt,</p>
        <p>vielen Dank für Ihr Interesse an Zahlwerk und die Zeit, die Sie in Ihre Bewerbung als Data Engineer (m/w/d) gesteckt haben.</p>
        <p>Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem ersten Gespräch per Microsoft Teams ein:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Datum:</b></td><td>Do., 03.12.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 – 10:45 Uhr</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Miriam Kessler (People &amp; Culture), Tobias Rehm (Team Lead Data)</td></tr>
        <tr><td><b>Teilnahmelink:</b></td><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ5ZTk3YjEtZjA2Ny00">An Besprechung teilnehmen</a></td></tr>
        </table>
        <p>Sollte der Termin wider Erwarten nicht passen, antworten Sie bitte einfach auf diese E-Mail – wir finden dann eine Alternative.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Mit freundlichen Grüßen<br><br>Miriam Kessler<br>People &amp; Culture</p>
        <p style="font-size:11px;color:#7b8794">Zahlwerk GmbH · Hanauer Landstraße 126 · 60314 Frankfurt am Main<br>
        Geschäftsführer: Dr. Jan Oberle, Nesrin Aydın · HRB 118 204, AG Frankfurt am Main</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#9aa5b1">Diese Nachricht wurde über Personio versendet.</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting Calendar//DE
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-5f3c0a7e-91d2-4b0e-a0d4-7c1a2b99e613
        DTSTAMP:20261125T131204Z
        DTSTART;TZID=Europe/Berlin:20261203T100000
        DTEND;TZID=Europe/Berlin:20261203T104500
        SUMMARY:Vorstellungsgespräch Data Engineer (m/w/d) - Zahlwerk GmbH
        DESCRIPTION:Erstes Kennenlernen mit Miriam Kessler und Tobias Rehm.\\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ5ZTk3YjEtZjA2Ny00
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Miriam Kessler:mailto:miriam.kessler@zahlwerk.de
        ATTENDEE;CN=Timo Reinhardt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:timo.reinhardt@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Zahlwerk GmbH", "noreply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Data Engineer (m/w/d)",
              "2026-11-25 14:12:04", "Europe/Berlin",
              "<0107019b5e8c41aa-6f1d2c3e-8b77-4a61-9d0e-2f4c5b6a7d81-000000@eu-central-1.amazonses.com>",
              via="from a7-12.smtp-out.eu-central-1.amazonses.com (a7-12.smtp-out.eu-central-1.amazonses.com [54.240.7.12])",
              extra=(("Reply-To", addr("Miriam Kessler", "miriam.kessler@zahlwerk.de")),
                     ("X-Personio-Tenant", "zahlwerk")))
    body_part = mixed(alt(text(body), html(htm)),
                      calendar(ics, method="REQUEST", cte="base64", filename="einladung.ics",
                               disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 2 Google Calendar (de), Berlin


@mail(n(2), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-03-17T13:00:00Z", end="2026-03-17T14:00:00Z",
      contact="jana.schwarz@kontorbit.io", company="Kontorbit",
      local="Tue 2026-03-17 14:00", local_end="2026-03-17 15:00", zone="Europe/Berlin",
      note="Google Calendar invitation in German, 'Di. 17. März 2026 14:00 - 15:00 (MEZ)': CET "
           "(EU DST starts 29 March) -> 13:00Z; ICS in UTC; contact = ORGANIZER (engineering manager)")
def k02():
    summary = "Technical Interview – Timo Reinhardt / Kontorbit"
    plain = t("""
        Technical Interview – Timo Reinhardt / Kontorbit
        Dienstag, 17. März 2026⋅14:00–15:00
        Zeitzone: Europe/Berlin

        Google Meet-Teilnahme
        Videoanruf-Link: https://meet.google.com/kxv-obtr-qzh
        Oder telefonisch teilnehmen: (DE) +49 30 255550214 PIN: 418 226 903#
        Weitere Telefonnummern: https://tel.meet/kxv-obtr-qzh?pin=4182269031204

        Hi Timo,
        wie besprochen: 60 min mit Jonas (Staff Engineer) und mir. Erst ein bisschen über deine
        bisherigen Pipelines, dann ein Live-Problem in Python/SQL. Kein Leetcode, versprochen.
        Jana

        Organisator
        Jana Schwarz
        jana.schwarz@kontorbit.io

        Gäste
        Jana Schwarz - Organisator
        Jonas Feldhaus
        timo.reinhardt@example.org

        Alle Gäste ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4ZGxxcWM&tok=MjUja29udG9yYml0&ctz=Europe%2FBerlin&hl=de

        Antwort für timo.reinhardt@example.org: Ja (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) Nein (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Weitere Optionen: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4ZGxxcWM

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind. Wenn Sie für diesen
        Termin keine Benachrichtigungen mehr erhalten möchten, lehnen Sie ihn ab.
        """)
    htm = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div itemscope itemtype="http://schema.org/EmailMessage">
        <table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%"><tr><td>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Technical Interview – Timo Reinhardt / Kontorbit</h2>
        <div style="color:#3c4043;font-size:14px">Dienstag, 17. März 2026⋅14:00–15:00<br>Zeitzone: Europe/Berlin</div>
        <div style="padding-top:16px"><a href="https://meet.google.com/kxv-obtr-qzh" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Mit Google Meet teilnehmen</a></div>
        <div style="padding-top:8px;color:#70757a;font-size:12px">meet.google.com/kxv-obtr-qzh</div>
        <div style="padding-top:16px;font-size:14px">Hi Timo,<br>wie besprochen: 60 min mit Jonas (Staff Engineer) und mir. Erst ein bisschen über deine bisherigen Pipelines, dann ein Live-Problem in Python/SQL. Kein Leetcode, versprochen.<br>Jana</div>
        <h3 style="font-size:14px;color:#3c4043">Organisator</h3><div>Jana Schwarz<br><a href="mailto:jana.schwarz@kontorbit.io">jana.schwarz@kontorbit.io</a></div>
        <h3 style="font-size:14px;color:#3c4043">Gäste</h3>
        <div>Jana Schwarz - Organisator<br>Jonas Feldhaus<br>timo.reinhardt@example.org</div>
        <div style="padding-top:16px">Antworten: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Ja</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">Nein</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Vielleicht</a></div>
        <div style="padding-top:24px;color:#70757a;font-size:12px">Einladung von <a href="https://calendar.google.com/calendar/">Google Kalender</a><br>Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind.</div>
        </td></tr></table></div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260317T130000Z
        DTEND:20260317T140000Z
        DTSTAMP:20260311T154127Z
        ORGANIZER;CN=Jana Schwarz:mailto:jana.schwarz@kontorbit.io
        UID:3k8dlqqc5v1r0n6m2ab4t9se7h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jana Schwarz;X-NUM-GUESTS=0:mailto:jana.schwarz@kontorbit.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Feldhaus;X-NUM-GUESTS=0:mailto:jonas.feldhaus@kontorbit.io
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=timo.reinhardt@example.org;X-NUM-GUESTS=0:mailto:timo.reinhardt@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/kxv-obtr-qzh
        X-MICROSOFT-CDO-OWNERAPPTID:-1297734415
        CREATED:20260311T154125Z
        DESCRIPTION:Hi Timo\\,<br>wie besprochen: 60 min mit Jonas (Staff Engineer) und mir. Erst ein bisschen über deine bisherigen Pipelines\\, dann ein Live-Problem in Python/SQL. Kein Leetcode\\, versprochen.<br>Jana\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nMit Google Meet teilnehmen: https://meet.google.com/kxv-obtr-qzh\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260311T154127Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:{summary}
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Jana Schwarz", "jana.schwarz@kontorbit.io"),
              f"Einladung: {summary} @ Di. 17. März 2026 14:00 - 15:00 (MEZ) (timo.reinhardt@example.org)",
              "2026-03-11 16:41:28", "Europe/Berlin",
              "<calendar-8f2d61c4-0b7e-4d7a-a3c1-5e90b2f44d17@google.com>",
              via="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ident="4Z7c2m1yKqz1xQ3",
              extra=(("Reply-To", addr("Jana Schwarz", "jana.schwarz@kontorbit.io")),
                     ("Sender", addr("Google Kalender", "calendar-notification@google.com"))))
    body_part = mixed(alt(text(plain), html(htm), calendar(ics, method="REQUEST", cte="8bit")),
                      calendar(ics, method=None, ctype="application/ics", cte="base64",
                               filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 3/4 Exchange, Frankfurt bank

MAINUFER_UID = "040000008200E00074C5B7101A82E00800000000A0F3B1E2A9CFDC01000000000000000010000000C4D1B8E2F05A3C4FA2B1D7E9F0C3A5B6"

TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie auf Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil
    Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk0NmE3OTgtYTk4Mi00ZjE2LWI1OGQtNzQzY2E0NTE2ZWYw%40thread.v2/0?context=%7b%22Tid%22%3a%22e1b2c3d4%22%7d>
    Besprechungs-ID: 371 604 288 915
    Passcode: 7qK2mD
    Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def _mainufer_ics(seq: int, start: str, end: str, stamp: str, desc: str) -> str:
    return t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Hollerbach, Sabine":mailto:sabine.hollerbach@mainufer-bank.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=timo.reinhardt@example.org:mailto:timo.reinhardt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogt, Dr. Matthias":mailto:matthias.vogt@mainufer-bank.de
        DESCRIPTION;LANGUAGE=de-DE:{desc}
        UID:{MAINUFER_UID}
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Data Engineer (m/w/d) – Timo Reinhardt
        DTSTART;TZID=W. Europe Standard Time:{start}
        DTEND;TZID=W. Europe Standard Time:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-OWNERAPPTID:2124553871
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk0NmE3OTgtYTk4Mi00ZjE2LWI1OGQtNzQzY2E0NTE2ZWYw%40thread.v2/0
        X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/e1b2c3d4/371604288915
        X-MICROSOFT-SKYPETEAMSPROPERTIES:{{"cid":"19:meeting_ZDk0NmE3OTgtYTk4Mi00ZjE2LWI1OGQtNzQzY2E0NTE2ZWYw@thread.v2"\\,"rid":0\\,"mid":0\\,"uid":null\\,"private":true\\,"type":0}}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams-Besprechung
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)


def _exchange_html(note_html: str) -> str:
    teams = "".join(f"{line}<br>" for line in TEAMS_DE.splitlines())
    return t("""
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head>
        <body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        """) + note_html + '\n<div style="font-family:Segoe UI;font-size:10pt;color:#242424">' + teams + "</div>\n</div></body></html>\n"


@mail(n(3), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-04-21T07:30:00Z", end="2026-04-21T08:30:00Z",
      contact="sabine.hollerbach@mainufer-bank.de", company="Mainufer Bank AG",
      local="Tue 2026-04-21 09:30", local_end="2026-04-21 10:30", zone="Europe/Berlin",
      note="Exchange meeting request from HR; the time is only in the ICS "
           "(TZID W. Europe Standard Time, 09:30-10:30 CEST -> 07:30Z); contact = organizer/sender")
def k03():
    note = t("""
        Sehr geehrter Herr Reinhardt,

        wie heute telefonisch besprochen, sende ich Ihnen hiermit die Einladung für unser erstes
        Gespräch mit Herrn Dr. Vogt (Bereichsleiter Data & Analytics) und mir. Bitte nehmen Sie die
        Einladung kurz an, damit ich sehe, dass alles angekommen ist.

        Für Rückfragen erreichen Sie mich unter 069 2471-3318.

        Freundliche Grüße
        Sabine Hollerbach
        Personalgewinnung

        Mainufer Bank AG | Neue Mainzer Straße 52 | 60311 Frankfurt am Main
        Vorsitzender des Aufsichtsrats: Prof. Dr. Rainer Stumpf | Vorstand: Claudia Berghaus (Vors.), Henrik Wendt
        Sitz: Frankfurt am Main | Handelsregister: AG Frankfurt am Main HRB 40 117


        """)
    plain = note + TEAMS_DE
    note_html = "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in note.splitlines())
    desc = (note + TEAMS_DE).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    ics = _mainufer_ics(0, "20260421T093000", "20260421T103000", "20260414T090514Z", desc)
    hs = head(addr("Hollerbach, Sabine", "sabine.hollerbach@mainufer-bank.de"),
              "Vorstellungsgespräch Data Engineer (m/w/d) – Timo Reinhardt",
              "2026-04-14 11:05:14", "Europe/Berlin",
              "<FR3P281MB1794A2C4E61B0F7D9E5A3C14B8F2A@FR3P281MB1794.DEUP281.PROD.OUTLOOK.COM>",
              via="from FR6P281CU001.outbound.protection.outlook.com (mail-germanywestcentralazon11022019.outbound.protection.outlook.com [40.107.149.19])",
              ident="4Zc1Fh3RT0z9sWq",
              to=addr("timo.reinhardt@example.org", "timo.reinhardt@example.org"),
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Data Engineer (m/w/d) – Timo Reinhardt")),
                     ("Thread-Index", "AdrJ3x9Qm2k7YtVbR0K4a1c8eHqZ5w=="),
                     ("Accept-Language", "de-DE, en-US"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1"),
                     ("x-ms-publictraffictype", "Email")))
    body_part = alt(text(plain), html(_exchange_html(note_html)),
                    calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body_part)


@mail(n(4), family="exchange", lang="de", interview=True, kind="rescheduled",
      start="2026-04-23T13:00:00Z", end="2026-04-23T14:00:00Z",
      contact="sabine.hollerbach@mainufer-bank.de", company="Mainufer Bank AG",
      local="Thu 2026-04-23 15:00", local_end="2026-04-23 16:00", zone="Europe/Berlin",
      days=(("Tue", "2026-04-21"),),
      note="Exchange update (SEQUENCE:1, same UID) moving the interview from Tue 21.04. 09:30 to "
           "Thu 23.04. 15:00 CEST -> 13:00Z; old and new time in the note; contact = organizer")
def k04():
    note = t("""
        Sehr geehrter Herr Reinhardt,

        leider ist Herr Dr. Vogt am kommenden Dienstag kurzfristig verhindert. Ich habe unser
        Gespräch deshalb vom Dienstag, 21.04. um 9:30 Uhr auf Donnerstag, 23.04., 15:00 – 16:00 Uhr
        verschoben – der Teams-Link bleibt derselbe. Ich hoffe sehr, dass Ihnen der neue Termin
        ebenso gut passt; falls nicht, rufen Sie mich gerne an.

        Entschuldigen Sie die Umstände.

        Freundliche Grüße
        Sabine Hollerbach
        Personalgewinnung

        Mainufer Bank AG | Neue Mainzer Straße 52 | 60311 Frankfurt am Main
        Tel. 069 2471-3318


        """)
    plain = note + TEAMS_DE
    note_html = "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in note.splitlines())
    desc = (note + TEAMS_DE).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    ics = _mainufer_ics(1, "20260423T150000", "20260423T160000", "20260417T064702Z", desc)
    hs = head(addr("Hollerbach, Sabine", "sabine.hollerbach@mainufer-bank.de"),
              "Vorstellungsgespräch Data Engineer (m/w/d) – Timo Reinhardt",
              "2026-04-17 08:47:02", "Europe/Berlin",
              "<FR3P281MB17940C9D2E7F4A1B6C3E8D05F71B4@FR3P281MB1794.DEUP281.PROD.OUTLOOK.COM>",
              via="from FR6P281CU001.outbound.protection.outlook.com (mail-germanywestcentralazon11022044.outbound.protection.outlook.com [40.107.149.44])",
              ident="4Zf0Lq6Wn3z9sXb",
              to=addr("timo.reinhardt@example.org", "timo.reinhardt@example.org"),
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Data Engineer (m/w/d) – Timo Reinhardt")),
                     ("Thread-Index", "AdrJ3x9Qm2k7YtVbR0K4a1c8eHqZ5wB7mQ3k"),
                     ("Importance", "high"),
                     ("Accept-Language", "de-DE, en-US"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("x-ms-publictraffictype", "Email")))
    body_part = alt(text(plain), html(_exchange_html(note_html)),
                    calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 5 SuccessFactors, Zürich


@mail(n(5), family="successfactors", lang="de-CH", interview=True, kind="scheduled",
      start="2026-04-22T12:30:00Z", end=None,
      contact="nadine.braendli@limmatrueck.ch", company="Limmat Rück AG",
      local="Wed 2026-04-22 14:30", zone="Europe/Zurich",
      note="SuccessFactors HTML-only invitation, Swiss German: 'Mittwoch, 22. April 2026, um 14.30 Uhr' "
           "in Zürich (CEST) -> 12:30Z; 'rund 90 Minuten' is approximate -> end null; "
           "contact = recruiter address in the body (sender is a no-reply)")
def k05():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Limmat Rück</title></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:10pt;color:#000">
        <table width="640" cellpadding="0" cellspacing="0" border="0">
        <tr><td style="border-bottom:3px solid #00467f;padding:12px 0"><img src="https://career5.successfactors.eu/doc/custom/limmatrueck/logo_lr.png" alt="Limmat Rück AG" width="160"></td></tr>
        <tr><td style="padding-top:18px">
        <p>Guten Tag Herr Reinhardt</p>
        <p>Besten Dank für Ihre Bewerbung als <b>Senior Data Engineer (80–100%)</b>, Stellen-ID 48213. Ihr Dossier hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.</p>
        <p>Gerne erwarten wir Sie am <b>Mittwoch, 22. April 2026, um 14.30 Uhr</b> an unserem Hauptsitz:</p>
        <p style="margin-left:20px">Limmat Rück AG<br>Seestrasse 311<br>8002 Zürich<br>Empfang Haus B, 1. Stock</p>
        <p>Sie werden Herrn Beat Zimmerli (Head of Data Engineering) sowie Frau Nadine Brändli (HR Business Partner) treffen. Das Gespräch dauert rund 90 Minuten; anschliessend zeigen wir Ihnen gerne noch unsere Büroräumlichkeiten.</p>
        <p>Die Reisekosten (Bahn 2. Klasse ab Frankfurt) werden Ihnen selbstverständlich erstattet. Bitte bringen Sie dazu die Belege mit.</p>
        <p>Sollten Sie verhindert sein, bitten wir Sie um eine kurze Nachricht an Frau Nadine Brändli, <a href="mailto:nadine.braendli@limmatrueck.ch">nadine.braendli@limmatrueck.ch</a>, Telefon +41 44 268 31 75.</p>
        <p>Wir freuen uns auf Ihren Besuch.</p>
        <p>Freundliche Grüsse</p>
        <p>Limmat Rück AG<br>Human Resources</p>
        </td></tr>
        <tr><td style="padding-top:24px;font-size:8pt;color:#666">Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Adresse.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Limmat Rück AG", "noreply@successfactors.eu"),
              "Einladung zum Vorstellungsgespräch – Senior Data Engineer (48213)",
              "2026-04-13 09:20:41", "Europe/Zurich",
              "<1362215734.118842.1776065041312@pc12smtp03.successfactors.eu>",
              via="from mail-out7.successfactors.eu (mail-out7.successfactors.eu [155.56.129.77])",
              ident="4Zb5pV1NJkz9sTt",
              extra=(("X-SF-Company", "limmatrueckP"),))
    return message(hs, html(htm))


# --------------------------------------------------------------------------- 6/7 rexx + Outlook, Vienna


@mail(n(6), family="rexx", lang="de-AT", interview=True, kind="scheduled",
      start="2026-02-09T09:00:00Z", end="2026-02-09T09:45:00Z",
      contact="verena.hofbauer@praterstern-payments.at", company="Praterstern Payments GmbH",
      local="Mon 2026-02-09 10:00", local_end="2026-02-09 10:45", zone="Europe/Vienna",
      note="rexx invitation (windows-1252, Austrian wording 'Jänner'): 'Montag, 9. Februar 2026, "
           "10:00 Uhr', 'Dauer: 45 Minuten', Vienna CET -> 09:00Z-09:45Z; asks for a short "
           "confirmation but the time is set; contact = HR person named in the body")
def k06():
    body = t("""
        Sehr geehrter Herr Reinhardt,

        vielen Dank für Ihre Bewerbung vom 21. Jänner 2026 als Data Engineer (w/m/d) bei der
        Praterstern Payments GmbH.

        Ihre Unterlagen haben uns gut gefallen, daher möchten wir Sie gerne zu einem ersten
        Online-Gespräch einladen:

           Termin:   Montag, 9. Februar 2026, 10:00 Uhr
           Dauer:    45 Minuten
           Format:   Zoom, https://praterstern.zoom.us/j/84412093376?pwd=bTRmV0dxQk1UaHc
           Mit:      Mag. Verena Hofbauer (Recruiting), DI Florian Strasser (Head of Data)

        Bitte bestätigen Sie uns den Termin kurz per E-Mail an Frau Mag. Verena Hofbauer
        (verena.hofbauer@praterstern-payments.at).

        Wir freuen uns darauf, Sie kennenzulernen!

        Mit freundlichen Grüßen

        Mag. Verena Hofbauer
        Recruiting & Employer Branding

        Praterstern Payments GmbH
        Lassallestraße 7b, 1020 Wien
        FN 512887 d, Handelsgericht Wien

        Diese Nachricht wurde mit rexx systems versendet. Bitte antworten Sie nicht direkt auf
        diese Nachricht.
        """)
    hs = head(addr("Praterstern Payments GmbH", "bewerbung@praterstern-payments.at"),
              "Einladung zum Bewerbungsgespräch – Data Engineer (w/m/d)",
              "2026-01-30 11:32:09", "Europe/Vienna",
              "<20260130103209.5F2A1C0E3B@rexx-app04.rexx-systems.com>",
              via="from rexx-app04.rexx-systems.com (rexx-app04.rexx-systems.com [185.17.72.44])",
              ident="4f2Lr7Yh0Hz9sVc", charset="windows-1252",
              extra=(("X-Mailer", "rexx Recruitment"), ("Auto-Submitted", "auto-generated")))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(7), family="human_prose", lang="de-AT", interview=True, kind="cancelled",
      start="2026-02-24T13:00:00Z", end=None,
      contact="verena.hofbauer@praterstern-payments.at", company="Praterstern Payments GmbH",
      local="Tue 2026-02-24 14:00", zone="Europe/Vienna",
      note="Recruiter cancels the agreed second interview 'Dienstag, 24. Februar 2026, 14:00 Uhr' "
           "(Vienna CET -> 13:00Z) because the role was filled internally; no new time; "
           "iso-8859-1 body")
def k07():
    body = t("""
        Sehr geehrter Herr Reinhardt,

        leider muss ich Ihnen mitteilen, dass wir das für Dienstag, 24. Februar 2026, 14:00 Uhr
        vereinbarte Zweitgespräch bei uns im Büro absagen müssen. Die Position wurde
        zwischenzeitlich intern nachbesetzt - eine Entwicklung, die auch für uns sehr kurzfristig
        kam.

        Das tut mir wirklich leid, vor allem nachdem das erste Gespräch so positiv verlaufen ist.
        Herr Strasser und ich würden Ihre Unterlagen gerne in Evidenz halten und uns melden,
        sobald sich im Data-Team wieder etwas ergibt. Falls Sie damit nicht einverstanden sind,
        geben Sie mir bitte kurz Bescheid.

        Ich wünsche Ihnen für Ihre weitere Suche alles Gute.

        Mit freundlichen Grüßen aus Wien
        Verena Hofbauer

        Mag. Verena Hofbauer
        Recruiting & Employer Branding
        Praterstern Payments GmbH | Lassallestraße 7b | 1020 Wien
        T +43 1 890 44 12-31 | verena.hofbauer@praterstern-payments.at
        """)
    hs = head(addr("Hofbauer Verena", "verena.hofbauer@praterstern-payments.at"),
              "Ihr Termin am 24.02. - Absage",
              "2026-02-19 15:48:30", "Europe/Vienna",
              "<VI1PR08MB5327E0A6C1D94B2F3A7E8C61D09F2@VI1PR08MB5327.eurprd08.prod.outlook.com>",
              via="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2131.outbound.protection.outlook.com [40.107.21.131])",
              ident="4fH0dW2kz5z9sRr", charset="iso-8859-1",
              extra=(("Thread-Topic", "Ihr Termin am 24.02. - Absage"),
                     ("Content-Language", "de-AT"),
                     ("X-MS-Has-Attach", "")))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------------------- 8 Calendly, London (remote)


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T08:00:00Z", end="2026-03-31T08:30:00Z",
      contact="oliver.pike@copperline.co.uk", company="Copperline Payments Ltd",
      local="Tue 2026-03-31 10:00", local_end="2026-03-31 10:30", zone="Europe/Berlin",
      note="Calendly invitee confirmation booked on 26 March (CET) for 31 March, after EU DST began: "
           "'10:00am - 10:30am (Central European Time)' is Calendly's name for Europe/Berlin, i.e. "
           "CEST -> 08:00Z, which the attached ICS confirms; contact = host via Reply-To")
def k08():
    plain = t("""
        Hi Timo Reinhardt,

        A new event has been scheduled.

        Event Type:
        Intro call – Senior Data Engineer

        Invitee:
        Timo Reinhardt

        Invitee Email:
        timo.reinhardt@example.org

        Event Date/Time:
        10:00am - 10:30am (Central European Time) on Tuesday, March 31, 2026

        Location:
        This is a Microsoft Teams web conference.
        You can join this meeting from your computer, tablet, or smartphone.
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjU4NzE2OTItMzA0Mi00NDk3LWE5ZTgtNmQ5YjZjNTM1YTk0%40thread.v2/0

        Host:
        Oliver Pike

        Questions:
        Please share anything that will help prepare for our meeting.
        Currently at a logistics company in Frankfurt, mostly Spark/Databricks and Kafka. Happy to talk about the payments data role.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8f21c2aa-3f0d-4b6e-b7d4-0de5a9c6b711
        Reschedule: https://calendly.com/reschedulings/8f21c2aa-3f0d-4b6e-b7d4-0de5a9c6b711

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;background:#fafafa">
        <table width="560" align="center" style="background:#fff;border:1px solid #e5e5e5;padding:24px;font-size:15px;color:#1a1a1a">
        <tr><td>
        <p>Hi Timo Reinhardt,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call – Senior Data Engineer</p>
        <p><b>Invitee:</b><br>Timo Reinhardt</p>
        <p><b>Invitee Email:</b><br><a href="mailto:timo.reinhardt@example.org">timo.reinhardt@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Central European Time) on Tuesday, March 31, 2026</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference.<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjU4NzE2OTItMzA0Mi00NDk3LWE5ZTgtNmQ5YjZjNTM1YTk0%40thread.v2/0">Join Microsoft Teams meeting</a></p>
        <p><b>Host:</b><br>Oliver Pike</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>Currently at a logistics company in Frankfurt, mostly Spark/Databricks and Kafka. Happy to talk about the payments data role.</p>
        <p><a href="https://calendly.com/cancellations/8f21c2aa-3f0d-4b6e-b7d4-0de5a9c6b711">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/8f21c2aa-3f0d-4b6e-b7d4-0de5a9c6b711">Reschedule</a></p>
        <p style="font-size:12px;color:#777">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8f21c2aa-3f0d-4b6e-b7d4-0de5a9c6b711@calendly.com
        DTSTAMP:20260326T160311Z
        DTSTART:20260331T080000Z
        DTEND:20260331T083000Z
        SUMMARY:Intro call – Senior Data Engineer (Timo Reinhardt and Oliver Pike)
        ORGANIZER;CN=Oliver Pike:mailto:oliver.pike@copperline.co.uk
        ATTENDEE;CN=Timo Reinhardt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:timo.reinhardt@example.org
        LOCATION:Microsoft Teams
        DESCRIPTION:Event Name: Intro call – Senior Data Engineer\\n\\nLocation: This is a Microsoft Teams web conference.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/8f21c2aa-3f0d-4b6e-b7d4-0de5a9c6b711\\nReschedule: https://calendly.com/reschedulings/8f21c2aa-3f0d-4b6e-b7d4-0de5a9c6b711
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call – Senior Data Engineer with Oliver Pike on Tuesday, March 31, 2026",
              "2026-03-26 16:03:11", "UTC",
              "<0100019cd3b7a2f4-5e1c8a9d-0b3f-4e77-9a21-c6f0d4e8b215-000000@email.amazonses.com>",
              via="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              ident="4ZTm0g9vCqz9sPp",
              extra=(("Reply-To", addr("Oliver Pike", "oliver.pike@copperline.co.uk")),))
    body_part = mixed(alt(text(plain), html(htm)),
                      calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                               disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 9 US recruiter prose, March gap


@mail(n(9), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-19T15:00:00Z", end=None,
      contact="megan.tierney@hollisanalytics.com", company="Hollis Analytics",
      local="Thu 2026-03-19 11:00", zone="America/New_York",
      note="Recruiter reply on top of the thread: 'Thursday 3/19 at 11am ET' during the weeks US DST "
           "has started (8 March) and EU DST has not (29 March): EDT -> 15:00Z, which the mail's "
           "own '4pm in Frankfurt' (CET) confirms; no length stated")
def k09():
    body = t("""
        Hi Timo,

        You're all set for Thursday 3/19 at 11am ET with Raj Malhotra (Staff Data Engineer) -
        heads up, our clocks went forward last weekend and yours don't until the 29th, so that's
        4pm in Frankfurt, not 5. Raj will send the Zoom link from his calendar today or tomorrow.

        It's mostly a conversation about pipelines you've built + some SQL, nothing you need to
        prep for specifically.

        Thanks!
        Megan

        Megan Tierney | Senior Technical Recruiter
        Hollis Analytics | 1 World Trade Center, Fl 62, New York, NY 10007

        On Sun, Mar 15, 2026 at 3:12 PM Timo Reinhardt <timo.reinhardt@example.org> wrote:
        > Hi Megan,
        >
        > thanks for the quick reply! Thursday or Friday late morning your time both work for me,
        > anything until 1pm ET is fine.
        >
        > Best,
        > Timo
        >
        > On Fri, Mar 13, 2026 at 10:47 AM Megan Tierney <megan.tierney@hollisanalytics.com> wrote:
        >> Hi Timo, great chatting today. Next step would be a 1st round with someone from the
        >> data platform team. When are you free next week?
        """)
    hs = head(addr("Megan Tierney", "megan.tierney@hollisanalytics.com"),
              "Re: Hollis Analytics - Data Engineer (Remote, EU) - next steps",
              "2026-03-16 10:02:47", "America/New_York",
              "<CAOx8Jm3q1T5bZk7vW_0rH9nP2yLd4fSg6eQ+u8cTjKa1Xw@mail.gmail.com>",
              via="from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
              ident="4ZZ1b7Tq2Lz9sMm",
              extra=(("In-Reply-To", "<CAF3kQw9pL0cR2s7nZ8vYb1mT4eXu6jHg5dA@mail.gmail.com>"),
                     ("References", "<CAPd2mLq7W1xYcZ0kJ8sT3vR6nB9hEf4aGu@mail.gmail.com>\r\n"
                                    " <CAF3kQw9pL0cR2s7nZ8vYb1mT4eXu6jHg5dA@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 10 Greenhouse, October gap


@mail(n(10), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T14:00:00Z", end="2026-10-28T15:00:00Z",
      contact="carla.mendes@ridgewayledger.com", company="Ridgeway Ledger",
      local="Wed 2026-10-28 10:00", local_end="2026-10-28 11:00", zone="America/New_York",
      note="Greenhouse confirmation '10:00 AM - 11:00 AM EDT' on 28 October: Europe is back on CET "
           "(25 Oct), New York still on EDT until 1 Nov -> 14:00Z = 3pm CET as the mail says; "
           "ICS TZID America/New_York; contact = Reply-To coordinator")
def k10():
    plain = t("""
        Hi Timo,

        Thank you for confirming your availability. Your interview for the Senior Data Engineer
        (Remote - Europe) role at Ridgeway Ledger is scheduled:

        Wednesday, October 28, 2026
        10:00 AM - 11:00 AM EDT
        (3:00 PM - 4:00 PM in Frankfurt - note Europe changes its clocks a week before the US)

        Technical Interview: Data Modeling & Pipelines
          10:00 AM - 11:00 AM  Sam Okafor, Engineering Manager
                               Dana Whitfield, Senior Data Engineer

        Location: Zoom - https://ridgewayledger.zoom.us/j/93177204518?pwd=QzN2R0VqY1F4

        A calendar invitation is attached. If you need to reschedule, simply reply to this email.

        Best,
        Carla Mendes
        Recruiting Coordinator, Ridgeway Ledger
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Timo,</p>
        <p>Thank you for confirming your availability. Your interview for the <strong>Senior Data Engineer (Remote - Europe)</strong> role at Ridgeway Ledger is scheduled:</p>
        <p><strong>Wednesday, October 28, 2026</strong><br>10:00 AM - 11:00 AM EDT<br>
        <span style="color:#777">(3:00 PM - 4:00 PM in Frankfurt - note Europe changes its clocks a week before the US)</span></p>
        <table cellpadding="4" style="border-collapse:collapse;font-size:14px">
        <tr><td colspan="2"><strong>Technical Interview: Data Modeling &amp; Pipelines</strong></td></tr>
        <tr><td>10:00 AM - 11:00 AM</td><td>Sam Okafor, Engineering Manager<br>Dana Whitfield, Senior Data Engineer</td></tr>
        </table>
        <p>Location: Zoom - <a href="https://ridgewayledger.zoom.us/j/93177204518?pwd=QzN2R0VqY1F4">https://ridgewayledger.zoom.us/j/93177204518</a></p>
        <p>A calendar invitation is attached. If you need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Carla Mendes<br>Recruiting Coordinator, Ridgeway Ledger</p>
        <img src="https://us.greenhouse-mail.io/o/eJwVjEsOgjAURfe" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse//Greenhouse Scheduler//EN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:greenhouse-interview-7741920-20261028@greenhouse.io
        DTSTAMP:20261022T171502Z
        DTSTART;TZID=America/New_York:20261028T100000
        DTEND;TZID=America/New_York:20261028T110000
        SUMMARY:Ridgeway Ledger - Technical Interview (Timo Reinhardt)
        LOCATION:https://ridgewayledger.zoom.us/j/93177204518?pwd=QzN2R0VqY1F4
        ORGANIZER;CN=Carla Mendes:mailto:carla.mendes@ridgewayledger.com
        ATTENDEE;CN=Timo Reinhardt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:timo.reinhardt@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ridgeway Ledger", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Data Engineer (Remote - Europe) at Ridgeway Ledger",
              "2026-10-22 13:15:02", "America/New_York",
              "<6a1f0c8e2d.20261022171502.77419@us.greenhouse-mail.io>",
              via="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.16.12])",
              ident="4gN6tB0sYHz9sLk",
              extra=(("Reply-To", addr("Carla Mendes", "carla.mendes@ridgewayledger.com")),))
    body_part = mixed(alt(text(plain), html(htm)),
                      calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                               disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 11 US reschedule across 1 November


@mail(n(11), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T14:30:00Z", end="2026-11-02T17:00:00Z",
      contact="carla.mendes@ridgewayledger.com", company="Ridgeway Ledger",
      local="Mon 2026-11-02 09:30", local_end="2026-11-02 12:00", zone="America/New_York",
      days=(("Fri", "2026-10-30"),),
      note="Coordinator moves the final round from Fri 10/30 to 'Monday, November 2, 9:30am-12:00pm "
           "ET'; mail sent in EDT, but the US is on EST from 1 Nov -> 14:30Z-17:00Z (3:30pm CET, "
           "as the mail says); contact = human sender")
def k11():
    body = t("""
        Hi Timo,

        Quick change on our side, sorry about this: Priya (our VP Data) got pulled into a board
        offsite on Friday, so we've moved your final round from Fri 10/30 to

            Monday, November 2, 9:30am - 12:00pm ET

        Same format as before - three back-to-back conversations (system design, a deep dive on one
        of your projects, and a chat with Priya), with a short break in between. For you that's
        3:30pm - 6:00pm; both our clocks will have changed by then, so it's the usual 6 hours
        again. The updated invite with the Zoom link should already be in your inbox.

        If Monday is a problem just let me know and I'll figure something out.

        Best,
        Carla

        --
        Carla Mendes
        Recruiting Coordinator | Ridgeway Ledger
        carla.mendes@ridgewayledger.com
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
        <p>Hi Timo,</p>
        <p>Quick change on our side, sorry about this: Priya (our VP Data) got pulled into a board offsite on Friday, so we've moved your final round from Fri 10/30 to</p>
        <p style="margin-left:30px"><b>Monday, November 2, 9:30am - 12:00pm ET</b></p>
        <p>Same format as before - three back-to-back conversations (system design, a deep dive on one of your projects, and a chat with Priya), with a short break in between. For you that's 3:30pm - 6:00pm; both our clocks will have changed by then, so it's the usual 6 hours again. The updated invite with the Zoom link should already be in your inbox.</p>
        <p>If Monday is a problem just let me know and I'll figure something out.</p>
        <p>Best,<br>Carla</p>
        <p style="color:#666;font-size:10pt">--<br>Carla Mendes<br>Recruiting Coordinator | Ridgeway Ledger<br>carla.mendes@ridgewayledger.com</p>
        </div></body></html>
        """)
    hs = head(addr("Carla Mendes", "carla.mendes@ridgewayledger.com"),
              "Final round moved to Mon 11/2",
              "2026-10-29 16:40:55", "America/New_York",
              "<BN0PR11MB57432C8E19A4F06D7B2E3C9A41D7E@BN0PR11MB5743.namprd11.prod.outlook.com>",
              via="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2102.outbound.protection.outlook.com [40.107.237.102])",
              ident="4gQ3vN8mZtz9sKk",
              extra=(("Thread-Topic", "Final round moved to Mon 11/2"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 12 Microsoft Bookings, Munich


@mail(n(12), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-06-11T09:00:00Z", end="2026-06-11T10:00:00Z",
      contact=None, company="Brennecke & Partner Consulting GmbH",
      local="Thu 2026-06-11 11:00", local_end="2026-06-11 12:00", zone="Europe/Berlin",
      note="Microsoft Bookings confirmation of a case interview; the zone label shows the standard "
           "offset '(UTC+01:00) Amsterdam, Berlin, ...' although June is CEST -> 09:00Z, which the ICS "
           "confirms; only the Bookings mailbox and a staff name -> contact null")
def k12():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;background:#f3f2f1">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:28px">
        <div style="font-size:20px;font-weight:600">Brennecke &amp; Partner – Karriere München</div>
        <p>Hallo Timo Reinhardt,</p>
        <p>vielen Dank für Ihre Buchung. Ihr Termin ist bestätigt.</p>
        <table cellpadding="6" style="font-size:14px;border-left:4px solid #0078d4">
        <tr><td><b>Case Interview Data &amp; Analytics</b></td></tr>
        <tr><td>Donnerstag, 11. Juni 2026<br>11:00 - 12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Mitarbeiter: Felix Ambrosius</td></tr>
        <tr><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGI3NzM0ZDEtYmI1Yy00ZWE5LTg0MzktYjI3ZjQ2NWE1ZDFh%40thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></td></tr>
        </table>
        <p>Bitte halten Sie Papier und Stift bereit – im Case arbeiten wir gemeinsam an einer Fragestellung aus einem aktuellen Kundenprojekt. Eine Vorbereitung ist nicht nötig.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/KarriereMuenchen@brennecke-partner.de/bookings/s/mGq3h0Jd9kC1vR6tYb2wXa2/manage">Buchung verwalten</a> · <a href="https://outlook.office365.com/owa/calendar/KarriereMuenchen@brennecke-partner.de/bookings/s/mGq3h0Jd9kC1vR6tYb2wXa2/cancel">Stornieren</a></p>
        <p style="font-size:12px;color:#605e5c">Brennecke &amp; Partner Consulting GmbH · Theresienhöhe 28 · 80339 München<br>Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Brennecke & Partner Karriere München:mailto:KarriereMuenchen@brennecke-partner.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Timo Reinhardt:mailto:timo.reinhardt@example.org
        DESCRIPTION;LANGUAGE=de-DE:Case Interview Data & Analytics mit Felix Ambrosius\\n\\nAn Microsoft Teams-Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGI3NzM0ZDEtYmI1Yy00ZWE5LTg0MzktYjI3ZjQ2NWE1ZDFh%40thread.v2/0
        UID:040000008200E00074C5B7101A82E00800000000F1D8B0E4B7F5DC010000000000000000100000009E2A7C41D03B6E4F8C5A1B2D3E4F5061
        SUMMARY;LANGUAGE=de-DE:Case Interview Data & Analytics
        DTSTART;TZID=W. Europe Standard Time:20260611T110000
        DTEND;TZID=W. Europe Standard Time:20260611T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260605T071544Z
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
        X-MICROSOFT-DISALLOW-COUNTER:TRUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Brennecke & Partner Karriere München", "KarriereMuenchen@brennecke-partner.de"),
              "Termin bestätigt: Case Interview Data & Analytics",
              "2026-06-05 09:15:44", "Europe/Berlin",
              "<AM9PR03MB7218D41E0B6C2F93A8E5D17C0B3F9@AM9PR03MB7218.eurprd03.prod.outlook.com>",
              via="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2117.outbound.protection.outlook.com [40.107.105.117])",
              ident="4fw7KJ0pS1z9sHh",
              extra=(("Content-Language", "de-DE"), ("X-MS-Exchange-Organization-BookingsType", "Confirmation")))
    body_part = mixed(html(htm), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                          disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 13 softgarden, Munich


@mail(n(13), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-05-11T11:00:00Z", end="2026-05-11T12:30:00Z",
      contact="katharina.oswald@tramfeld.de", company="Tramfeld Mobility GmbH",
      local="Mon 2026-05-11 13:00", local_end="2026-05-11 14:30", zone="Europe/Berlin",
      note="softgarden HTML-only (base64) appointment confirmation 'Mo., 11.05.2026, 13:00 – 14:30 "
           "Uhr' on site in Munich, CEST -> 11:00Z-12:30Z; contact = Reply-To recruiter")
def k13():
    htm = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#eef1f4;font-family:'Open Sans',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 0">
        <table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff">
        <tr><td style="background:#12355b;padding:20px 30px"><img src="https://static.softgarden.io/company/tramfeld/logo-white.png" alt="Tramfeld Mobility" height="32"></td></tr>
        <tr><td style="padding:30px;font-size:14px;line-height:21px;color:#333">
        <p>Hallo Herr Reinhardt,</p>
        <p>wir freuen uns, Ihnen Ihren Interviewtermin für die Position <strong>Backend Developer Data Platform (m/w/d)</strong> zu bestätigen:</p>
        <table cellpadding="0" cellspacing="0" style="background:#f5f7fa;width:100%"><tr><td style="padding:16px 20px;font-size:14px;line-height:22px">
        <strong>Mo., 11.05.2026, 13:00 – 14:30 Uhr</strong><br>
        Tramfeld Mobility GmbH<br>
        Landsberger Straße 155, 80687 München<br>
        Empfang 3. OG (bitte am Empfang nach Frau Oswald fragen)
        </td></tr></table>
        <p>Ihre Gesprächspartner sind Katharina Oswald (Talent Acquisition) und Dr. Philipp Maurer (CTO). Im zweiten Teil möchten wir mit Ihnen gemeinsam über eine unserer Architekturfragen sprechen – ein Whiteboard steht bereit.</p>
        <p>Mit der S-Bahn erreichen Sie uns über die Haltestelle Hirschgarten, von dort sind es ca. 5 Minuten zu Fuß.</p>
        <p>Falls Sie Fragen haben oder der Termin nicht mehr passt, antworten Sie einfach auf diese E-Mail.</p>
        <p>Viele Grüße<br>Katharina Oswald<br>Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:16px 30px;font-size:11px;color:#8a949e;border-top:1px solid #e3e7eb">Tramfeld Mobility GmbH · Landsberger Straße 155 · 80687 München<br>
        Diese E-Mail wurde über softgarden versendet. <a href="https://tramfeld.softgarden.io/de/privacy" style="color:#8a949e">Datenschutz</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Tramfeld Mobility GmbH", "noreply@softgarden.io"),
              "Ihr Interviewtermin bei der Tramfeld Mobility GmbH",
              "2026-05-05 10:18:27", "Europe/Berlin",
              "<sg.1746433107.4417205.a93e@mail.softgarden.io>",
              via="from mail-out3.softgarden.io (mail-out3.softgarden.io [185.54.212.43])",
              ident="4ZsW3cPq1Lz9sGg",
              extra=(("Reply-To", addr("Katharina Oswald", "katharina.oswald@tramfeld.de")),))
    return message(hs, html(htm, cte="base64"))


# --------------------------------------------------------------------------- 14 JOIN notification, Berlin startup


@mail(n(14), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-06-25T12:30:00Z", end=None,
      contact=None, company="Parkfluss",
      local="Thu 2026-06-25 14:30", zone="Europe/Berlin",
      note="JOIN message notification, casual du: 'Donnerstag ... um halb drei' resolved against the "
           "Date (Mon 22 June) -> Thu 25 June 14:30 CEST -> 12:30Z; '~1,5h' approximate -> end null; "
           "only JOIN's notification address, no human address -> contact null")
def k14():
    plain = t("""
        Lena Brückner von Parkfluss hat dir eine Nachricht geschickt

        Data Engineer (all genders) · Berlin

        "Hey Timo,

        danke dir, Donnerstag passt super! Dann sehen wir uns um halb drei bei uns im Office:
        Oranienstraße 24, 3. Hinterhof, einfach bei Parkfluss klingeln 🙂

        Mit dabei sind Malte (unser CTO) und ich. Bring gern deinen Laptop mit, wir würden ein
        bisschen mit dir an unserem Ingestion-Code pairen. Plan mal so ~1,5h ein.

        Bis Donnerstag!
        Lena"

        Nachricht beantworten: https://join.com/candidate/messages/7c41e0b2-5d8a-4f36-9e11-a2b3c4d5e6f7

        Du erhältst diese E-Mail, weil du dich über JOIN bei Parkfluss beworben hast.
        Bitte antworte nicht direkt auf diese E-Mail – nutze den Link oben.
        JOIN Solutions AG · Sihlquai 253 · 8005 Zürich
        """)
    htm = t("""
        <html><body style="background:#f6f7fb;font-family:Inter,Arial,sans-serif;color:#1b1f3b">
        <table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
        <tr><td style="padding:28px 32px 8px 32px;font-size:18px;font-weight:600">Lena Brückner von Parkfluss hat dir eine Nachricht geschickt</td></tr>
        <tr><td style="padding:0 32px;font-size:13px;color:#6b7280">Data Engineer (all genders) · Berlin</td></tr>
        <tr><td style="padding:20px 32px;font-size:15px;line-height:23px">
        <div style="border-left:3px solid #3b5bfd;padding-left:14px">
        Hey Timo,<br><br>
        danke dir, Donnerstag passt super! Dann sehen wir uns um halb drei bei uns im Office: Oranienstraße 24, 3. Hinterhof, einfach bei Parkfluss klingeln 🙂<br><br>
        Mit dabei sind Malte (unser CTO) und ich. Bring gern deinen Laptop mit, wir würden ein bisschen mit dir an unserem Ingestion-Code pairen. Plan mal so ~1,5h ein.<br><br>
        Bis Donnerstag!<br>Lena
        </div></td></tr>
        <tr><td style="padding:0 32px 28px 32px"><a href="https://join.com/candidate/messages/7c41e0b2-5d8a-4f36-9e11-a2b3c4d5e6f7" style="background:#3b5bfd;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Nachricht beantworten</a></td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#9ca3af">Du erhältst diese E-Mail, weil du dich über JOIN bei Parkfluss beworben hast. Bitte antworte nicht direkt auf diese E-Mail – nutze den Button oben.<br>JOIN Solutions AG · Sihlquai 253 · 8005 Zürich</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Parkfluss via JOIN", "notifications@join.com"),
              "Neue Nachricht von Parkfluss zu deiner Bewerbung",
              "2026-06-22 18:05:33", "Europe/Berlin",
              "<20260622160533.1.9F3B2A71C6E04D88@mg.join.com>",
              via="from mg.join.com (mg-d1-a.join.com [159.135.140.21])",
              ident="4g1Rq2hT7cz9sFf",
              extra=(("X-Mailgun-Tag", "candidate-message"),
                     ("List-Unsubscribe", "<https://join.com/candidate/settings/notifications>")))
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 15 agency recruiter, Frankfurt insurer


@mail(n(15), family="agency_recruiter", lang="de", interview=True, kind="scheduled",
      start="2026-05-12T12:00:00Z", end=None,
      contact="sven.drechsler@talentbruecke.de", company="Taunus Leben",
      local="Tue 2026-05-12 14:00", zone="Europe/Berlin",
      note="Agency recruiter, short du-mail: 'Termin steht: Di, 12.5., 14h' at the client (CEST) -> "
           "12:00Z; 'ca. 1h' -> end null; 'kurz bestätigen' is a courtesy, the slot was fixed by "
           "the client from the candidate's availability; company = the client, contact = recruiter")
def k15():
    body = t("""
        Hi Timo,

        gute Nachrichten: Taunus Leben will dich kennenlernen!

        Termin steht: Di, 12.5., 14h, vor Ort in der Mainzer Landstr. 50, 3. OG – bitte am Empfang
        melden, die wissen Bescheid. Gesprächspartner sind Hr. Baumeister (Teamlead Data Platform)
        und Fr. Yilmaz aus HR, Dauer ca. 1h. Dresscode eher Business Casual, die sind da noch etwas
        klassischer unterwegs ;)

        Kannst du mir kurz bestätigen? Dann geb ich's so weiter. Ruf mich gern vorher nochmal an,
        dann gehen wir die Punkte zusammen durch.

        VG
        Sven

        Sven Drechsler
        Senior Consultant IT & Data
        Talentbrücke GmbH | Kaiserstraße 29 | 60311 Frankfurt am Main
        M +49 171 5550 832 | sven.drechsler@talentbruecke.de

        -----Ursprüngliche Nachricht-----
        Von: Timo Reinhardt <timo.reinhardt@example.org>
        Gesendet: Montag, 4. Mai 2026 19:12
        An: Sven Drechsler <sven.drechsler@talentbruecke.de>
        Betreff: Re: Data Engineer (m/w/d) – Versicherung Frankfurt

        Hi Sven,

        klingt gut, gerne weiterleiten. Nächste Woche kann ich Di ab 13 Uhr und Do ganztags.

        Grüße
        Timo
        """)
    hs = head(addr("Sven Drechsler", "sven.drechsler@talentbruecke.de"),
              "AW: Data Engineer (m/w/d) – Versicherung Frankfurt",
              "2026-05-06 17:22:08", "Europe/Berlin",
              "<FR2P281MB2960B7A30E5C41D29F86E0A3C71D5@FR2P281MB2960.DEUP281.PROD.OUTLOOK.COM>",
              via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2090.outbound.protection.outlook.com [40.107.135.90])",
              ident="4ZtB9sXc2Rz9sDd",
              extra=(("In-Reply-To", "<D9E4A1B2-77C3-4F0E-8A15-2B6C9E0D3F41@example.org>"),
                     ("References", "<D9E4A1B2-77C3-4F0E-8A15-2B6C9E0D3F41@example.org>"),
                     ("Thread-Topic", enc("Data Engineer (m/w/d) – Versicherung Frankfurt")),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 16 reply on top of quoted slot thread


@mail(n(16), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-06-03T08:00:00Z", end=None,
      contact="daniel.pohl@kranich-logistik.de", company="Kranich Logistik GmbH",
      local="Wed 2026-06-03 10:00", zone="Europe/Berlin",
      days=(("Wed", "2026-06-03"), ("Thu", "2026-06-04"), ("Fri", "2026-06-05")),
      note="Hiring manager's reply on top of a quoted Outlook thread (HR's three proposals, the "
           "candidate's pick): 'dann halten wir Mittwoch, 10 Uhr fest' = Wed 03.06. (quoted "
           "proposal) CEST -> 08:00Z; 'etwa 90 Minuten' -> end null; contact = human sender")
def k16():
    body = t("""
        Hallo Herr Reinhardt,

        perfekt, dann halten wir Mittwoch, 10 Uhr fest. Wir treffen uns bei uns in Gateway Gardens,
        Gebäude B, Empfang EG – kommen Sie gerne 10 Minuten früher, der Besucherausweis dauert
        manchmal etwas. Wir sind zu dritt (Frau Roth, unser Architekt Cenk Aksoy und ich) und
        planen etwa 90 Minuten ein.

        Beste Grüße
        Daniel Pohl

        Daniel Pohl
        Head of Data & Integration
        Kranich Logistik GmbH | Bessie-Coleman-Straße 7 | 60549 Frankfurt am Main
        T +49 69 505060-412

        Von: Timo Reinhardt <timo.reinhardt@example.org>
        Gesendet: Mittwoch, 27. Mai 2026 21:40
        An: Roth, Anja <anja.roth@kranich-logistik.de>
        Cc: Pohl, Daniel <daniel.pohl@kranich-logistik.de>
        Betreff: Re: Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschläge

        Hallo Frau Roth,

        vielen Dank! Der Mittwoch um 10:00 Uhr passt mir sehr gut.

        Viele Grüße
        Timo Reinhardt

        Am 26.05.2026 um 16:03 schrieb Roth, Anja <anja.roth@kranich-logistik.de>:

        Sehr geehrter Herr Reinhardt,

        vielen Dank für Ihre Bewerbung. Herr Pohl und ich würden Sie gerne persönlich kennenlernen.
        Folgende Termine könnten wir Ihnen anbieten:

        - Mi., 03.06., 10:00 Uhr
        - Do., 04.06., 14:00 Uhr
        - Fr., 05.06., 09:30 Uhr

        Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen am besten passt.

        Mit freundlichen Grüßen
        Anja Roth
        Personalreferentin
        """)
    hs = head(addr("Pohl, Daniel", "daniel.pohl@kranich-logistik.de"),
              "AW: Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschläge",
              "2026-05-28 09:12:40", "Europe/Berlin",
              "<FR0P281MB31172A9C4D0E6B85F3C1A2E7B049D@FR0P281MB3117.DEUP281.PROD.OUTLOOK.COM>",
              via="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2111.outbound.protection.outlook.com [40.107.127.111])",
              ident="4ZxV1cKm8Pz9sCc",
              extra=(("Cc", addr("Roth, Anja", "anja.roth@kranich-logistik.de")),
                     ("In-Reply-To", "<5B0E9F3A-1C2D-4E6F-9A7B-8C1D2E3F4A5B@example.org>"),
                     ("References", "<FR0P281MB3117F0C2B9A4D71E6F8A3B5C2D1E0@FR0P281MB3117.DEUP281.PROD.OUTLOOK.COM>\r\n"
                                    " <5B0E9F3A-1C2D-4E6F-9A7B-8C1D2E3F4A5B@example.org>"),
                     ("Thread-Topic", enc("Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschläge")),
                     ("Content-Language", "de-DE")))
    note_html = "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in body.splitlines())
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="DE"><div class="WordSection1">\n' + note_html + "</div></body></html>\n")
    return message(hs, alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 17 forward to self, Luxembourg


@mail(n(17), family="forward", lang="en", interview=True, kind="scheduled",
      start="2026-09-18T12:00:00Z", end="2026-09-18T13:00:00Z",
      contact="claire.weber@kirchberg-fs.lu", company="Kirchberg Fund Services S.A.",
      local="Fri 2026-09-18 14:00", local_end="2026-09-18 15:00", zone="Europe/Luxembourg",
      note="Candidate forwards (German Gmail UI) the recruiter's English confirmation from his old "
           "address to this one: 'Friday, 18 September 2026, 14:00 - 15:00 (Luxembourg time)', CEST "
           "-> 12:00Z-13:00Z; contact = the recruiter in the forwarded header (never the candidate)")
def k17():
    body = t("""
        Zur Sicherheit auch hierhin, die alte Adresse lese ich kaum noch.

        ---------- Forwarded message ---------
        Von: Claire Weber <claire.weber@kirchberg-fs.lu>
        Date: Mi., 9. Sept. 2026 um 16:05 Uhr
        Subject: Interview confirmation - Data Engineer (Ref. KFS-2026-031)
        To: Timo Reinhardt <timo.reinhardt@example.com>


        Dear Timo,

        Further to our phone call earlier today, I am pleased to confirm your interview for the
        position of Data Engineer (Ref. KFS-2026-031):

        Date:      Friday, 18 September 2026
        Time:      14:00 - 15:00 (Luxembourg time)
        Location:  Kirchberg Fund Services S.A., 12, rue Eugène Ruppert, L-2453 Luxembourg
        With:      Marc Schiltz (Head of Data Engineering) and myself

        Please bring a valid ID for reception and ask for me when you arrive. Visitor parking is
        available in the basement (level -2), but the tram from the Gare is usually quicker.

        Should you have any questions in the meantime, do not hesitate to contact me.

        Kind regards,

        Claire Weber
        Talent Acquisition Specialist
        Kirchberg Fund Services S.A.
        T +352 26 48 91 207
        """)
    hs = head(ME_H.replace("example.org", "example.com"),
              "Fwd: Interview confirmation - Data Engineer (Ref. KFS-2026-031)",
              "2026-09-10 20:31:16", "Europe/Berlin",
              "<CAHq0Wn5fT8xR2kLd7pZc3mYv9sB1eJgQ4uA@mail.gmail.com>",
              via="from mail-lj1-f181.google.com (mail-lj1-f181.google.com [209.85.208.181])",
              ident="4gB2nF5wQ0z9sBb")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 18 Workday, Munich insurer


@mail(n(18), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T07:00:00Z", end="2026-09-15T08:30:00Z",
      contact="sophie.lindner@isarhaus.de", company="Isarhaus Versicherung AG",
      local="Tue 2026-09-15 09:00", local_end="2026-09-15 10:30", zone="Europe/Berlin",
      note="Workday notification in English from a German insurer: 'Tuesday, 15 September 2026, "
           "09:00 - 10:30 (GMT+02:00) Central European Summer Time' -> 07:00Z-08:30Z; sender is the "
           "tenant's myworkday mailbox, contact = recruiter address in the body")
def k18():
    plain = t("""
        Dear Timo,

        We are pleased to confirm your interview for the position Senior Data Engineer (R-10482).

        Interview Details
        Date: Tuesday, 15 September 2026
        Time: 09:00 - 10:30 (GMT+02:00) Central European Summer Time (Berlin)
        Type: On-site interview
        Location: Isarhaus Versicherung AG, Leopoldstraße 244, 80807 München, Room 4.12
        Interviewers: Dr. Martina Gruber (Head of Data Platform), Lukas Brenner (Senior Data Engineer)

        Please plan to arrive 10 minutes early and bring a photo ID.

        If you have any questions, please contact your recruiter, Sophie Lindner
        (sophie.lindner@isarhaus.de).

        Kind regards,
        Talent Acquisition
        Isarhaus Versicherung AG

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <div style="max-width:620px">
        <p>Dear Timo,</p>
        <p>We are pleased to confirm your interview for the position <b>Senior Data Engineer (R-10482)</b>.</p>
        <p><b>Interview Details</b><br>
        Date: Tuesday, 15 September 2026<br>
        Time: 09:00 - 10:30 (GMT+02:00) Central European Summer Time (Berlin)<br>
        Type: On-site interview<br>
        Location: Isarhaus Versicherung AG, Leopoldstraße 244, 80807 München, Room 4.12<br>
        Interviewers: Dr. Martina Gruber (Head of Data Platform), Lukas Brenner (Senior Data Engineer)</p>
        <p>Please plan to arrive 10 minutes early and bring a photo ID.</p>
        <p>If you have any questions, please contact your recruiter, Sophie Lindner (<a href="mailto:sophie.lindner@isarhaus.de">sophie.lindner@isarhaus.de</a>).</p>
        <p>Kind regards,<br>Talent Acquisition<br>Isarhaus Versicherung AG</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
        """)
    hs = head(addr("Isarhaus Versicherung", "isarhaus@myworkday.com"),
              "Interview Scheduled - Senior Data Engineer (R-10482)",
              "2026-09-08 14:27:51", "Europe/Berlin",
              "<1604917823.28815.1788870471902.JavaMail.wd@wd3-impl-mta12.myworkday.com>",
              via="from wd3-mta12.myworkday.com (wd3-mta12.myworkday.com [198.51.100.91])",
              ident="4g9Jc0Yt6Nz9sAa")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 19 Google Calendar update (de), Zürich


@mail(n(19), family="google_calendar", lang="de-CH", interview=True, kind="rescheduled",
      start="2026-10-07T13:00:00Z", end="2026-10-07T14:30:00Z",
      contact="reto.imhof@alpenkontor.ch", company="Alpenkontor",
      local="Wed 2026-10-07 15:00", local_end="2026-10-07 16:30", zone="Europe/Zurich",
      days=(("Tue", "2026-10-06"),),
      note="Google Calendar 'Aktualisierte Einladung' (SEQUENCE:1): moved from Di. 6. Okt. 10:00 to "
           "Mi. 7. Okt. 2026 15:00-16:30 MESZ (Zürich) -> 13:00Z-14:30Z; ICS in UTC; contact = organizer")
def k19():
    summary = "System Design Interview – Timo Reinhardt / Alpenkontor"
    desc_plain = ("Hoi Timo, sorry für die Umstellung: am Dienstag ist Beat am Offsite, deshalb "
                  "schieben wir auf Mittwochnachmittag. Gleicher Meet-Link. Gruss, Reto")
    plain = t(f"""
        Dieser Termin wurde geändert.

        {summary}
        Geändert: Mittwoch, 7. Oktober 2026⋅15:00–16:30
        Zeitzone: Europe/Zurich

        Google Meet-Teilnahme
        Videoanruf-Link: https://meet.google.com/wpd-hunm-rxa

        {desc_plain}

        Organisator
        Reto Imhof
        reto.imhof@alpenkontor.ch

        Gäste
        Reto Imhof - Organisator
        Beat Caflisch
        timo.reinhardt@example.org

        Antwort für timo.reinhardt@example.org: Ja (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) Nein (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind.
        """)
    htm = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%"><tr><td>
        <div style="background:#fef7e0;color:#3c4043;padding:8px 12px;font-size:14px">Dieser Termin wurde geändert.</div>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">{summary}</h2>
        <div style="font-size:14px;color:#3c4043"><span style="background:#e6f4ea;color:#137333;padding:0 4px">Geändert</span> Mittwoch, 7. Oktober 2026⋅15:00–16:30<br>Zeitzone: Europe/Zurich</div>
        <div style="padding-top:16px"><a href="https://meet.google.com/wpd-hunm-rxa" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Mit Google Meet teilnehmen</a></div>
        <div style="padding-top:16px;font-size:14px">{desc_plain}</div>
        <h3 style="font-size:14px">Organisator</h3><div>Reto Imhof<br><a href="mailto:reto.imhof@alpenkontor.ch">reto.imhof@alpenkontor.ch</a></div>
        <h3 style="font-size:14px">Gäste</h3><div>Reto Imhof - Organisator<br>Beat Caflisch<br>timo.reinhardt@example.org</div>
        <div style="padding-top:24px;color:#70757a;font-size:12px">Einladung von <a href="https://calendar.google.com/calendar/">Google Kalender</a><br>Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind.</div>
        </td></tr></table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261007T130000Z
        DTEND:20261007T143000Z
        DTSTAMP:20261001T095211Z
        ORGANIZER;CN=Reto Imhof:mailto:reto.imhof@alpenkontor.ch
        UID:0h6a2kq8p4r1s7t5v3w9x2y1z0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Reto Imhof;X-NUM-GUESTS=0:mailto:reto.imhof@alpenkontor.ch
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Beat Caflisch;X-NUM-GUESTS=0:mailto:beat.caflisch@alpenkontor.ch
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=timo.reinhardt@example.org;X-NUM-GUESTS=0:mailto:timo.reinhardt@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/wpd-hunm-rxa
        CREATED:20260924T131544Z
        DESCRIPTION:{desc_plain.replace(",", chr(92) + ",")}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nMit Google Meet teilnehmen: https://meet.google.com/wpd-hunm-rxa\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20261001T095211Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:{summary}
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Reto Imhof", "reto.imhof@alpenkontor.ch"),
              f"Aktualisierte Einladung: {summary} @ Mi. 7. Okt. 2026 15:00 - 16:30 (MESZ) (timo.reinhardt@example.org)",
              "2026-10-01 11:52:11", "Europe/Zurich",
              "<calendar-0b7e53a2-9c14-4f6d-b8e1-2a3c4d5e6f70@google.com>",
              via="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ident="4gH8sM3vRkz9s9Z",
              extra=(("Reply-To", addr("Reto Imhof", "reto.imhof@alpenkontor.ch")),
                     ("Sender", addr("Google Kalender", "calendar-notification@google.com"))))
    body_part = mixed(alt(text(plain), html(htm), calendar(ics, method="REQUEST", cte="8bit")),
                      calendar(ics, method=None, ctype="application/ics", cte="base64",
                               filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 20 d.vinci reschedule, Frankfurt (DST end)


@mail(n(20), family="dvinci", lang="de", interview=True, kind="rescheduled",
      start="2026-10-27T12:30:00Z", end=None,
      contact="heike.lorenz@rheinmain-mobil.de", company="Rheinmain Mobil AG",
      local="Tue 2026-10-27 13:30", zone="Europe/Berlin",
      days=(("Thu", "2026-10-22"),),
      note="d.vinci reschedule (iso-8859-1): old 'Donnerstag, den 22. Oktober 2026, 10:00 Uhr', new "
           "'Dienstag, den 27. Oktober 2026, um 13:30 Uhr'; mail sent in CEST, new date after the "
           "25 Oct switch -> CET -> 12:30Z; 'ca. 60 Minuten' -> end null; contact = HR person in body")
def k20():
    plain = t("""
        Sehr geehrter Herr Reinhardt,

        aus organisatorischen Gründen müssen wir Ihr Vorstellungsgespräch für die Position
        Data Engineer (m/w/d), Kennziffer 2026-117, das für Donnerstag, den 22. Oktober 2026,
        10:00 Uhr geplant war, leider verschieben.

        Neuer Termin: Dienstag, den 27. Oktober 2026, um 13:30 Uhr
        Dauer: ca. 60 Minuten
        Ort (unverändert): Rheinmain Mobil AG, Kurt-Schumacher-Straße 8, 60311 Frankfurt am Main,
        Raum 5.07 – bitte melden Sie sich am Empfang im Erdgeschoss.

        Bitte bestätigen Sie den neuen Termin kurz über Ihr Bewerberkonto:
        https://rheinmain-mobil.dvinci-easy.com/de/p/bewerberkonto

        Für Rückfragen steht Ihnen Frau Heike Lorenz gerne zur Verfügung
        (Tel. 069 21318-2240, heike.lorenz@rheinmain-mobil.de).

        Wir bitten um Ihr Verständnis und freuen uns auf das Gespräch.

        Mit freundlichen Grüßen

        Ihr Team Personalgewinnung
        Rheinmain Mobil AG

        Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Sehr geehrter Herr Reinhardt,</p>
        <p>aus organisatorischen Gründen müssen wir Ihr Vorstellungsgespräch für die Position <b>Data Engineer (m/w/d)</b>, Kennziffer 2026-117, das für Donnerstag, den 22. Oktober 2026, 10:00 Uhr geplant war, leider verschieben.</p>
        <p><b>Neuer Termin: Dienstag, den 27. Oktober 2026, um 13:30 Uhr</b><br>
        Dauer: ca. 60 Minuten<br>
        Ort (unverändert): Rheinmain Mobil AG, Kurt-Schumacher-Straße 8, 60311 Frankfurt am Main, Raum 5.07 &ndash; bitte melden Sie sich am Empfang im Erdgeschoss.</p>
        <p>Bitte bestätigen Sie den neuen Termin kurz über Ihr <a href="https://rheinmain-mobil.dvinci-easy.com/de/p/bewerberkonto">Bewerberkonto</a>.</p>
        <p>Für Rückfragen steht Ihnen Frau Heike Lorenz gerne zur Verfügung (Tel. 069 21318-2240, <a href="mailto:heike.lorenz@rheinmain-mobil.de">heike.lorenz@rheinmain-mobil.de</a>).</p>
        <p>Wir bitten um Ihr Verständnis und freuen uns auf das Gespräch.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Ihr Team Personalgewinnung<br>Rheinmain Mobil AG</p>
        <p style="font-size:8pt;color:#808080">Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.</p>
        </body></html>
        """)
    plain = plain.replace("–", "-")
    hs = head(addr("Rheinmain Mobil AG", "bewerbermanagement@rheinmain-mobil.de"),
              "Terminverschiebung: Ihr Vorstellungsgespräch (Kennziffer 2026-117)",
              "2026-10-19 10:03:57", "Europe/Berlin",
              "<dvinci.2026101908035712.62117@mailer.dvinci-easy.com>",
              via="from mailer2.dvinci-easy.com (mailer2.dvinci-easy.com [195.201.84.77])",
              ident="4gL5xP0qWnz9s8Y", charset="iso-8859-1",
              extra=(("X-Mailer", "d.vinci easy Mailer"), ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(plain, charset="iso-8859-1"), html(htm, charset="iso-8859-1")))


# --------------------------------------------------------------------------- 21 Google Calendar cancellation (de), Berlin


@mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-03-27T10:00:00Z", end="2026-03-27T11:00:00Z",
      contact="jana.schwarz@kontorbit.io", company="Kontorbit",
      local="Fri 2026-03-27 11:00", local_end="2026-03-27 12:00", zone="Europe/Berlin",
      note="Google Calendar 'Abgesagter Termin' (METHOD:CANCEL) for the final interview on Fr. 27. März "
           "11:00-12:00 MEZ, still CET (EU DST starts 29 March) -> 10:00Z; organizer's note gives a "
           "hiring freeze; contact = organizer")
def k21():
    summary = "Final Interview – Timo Reinhardt / Kontorbit"
    msg = ("Hi Timo, leider müssen wir die Stelle wegen eines Einstellungsstopps erstmal auf Eis legen. "
           "Ich melde mich heute noch telefonisch bei dir – tut mir echt leid! Jana")
    plain = t(f"""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Jana Schwarz hat diese Nachricht hinzugefügt:
        {msg}

        {summary}
        Freitag, 27. März 2026⋅11:00–12:00
        Zeitzone: Europe/Berlin

        Organisator
        Jana Schwarz
        jana.schwarz@kontorbit.io

        Gäste
        Jana Schwarz - Organisator
        Dr. Henning Voss
        timo.reinhardt@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind.
        """)
    htm = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%"><tr><td>
        <div style="background:#fce8e6;color:#a50e0e;padding:8px 12px;font-size:14px">Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.</div>
        <div style="padding-top:12px;font-size:14px"><b>Jana Schwarz hat diese Nachricht hinzugefügt:</b><br>{msg}</div>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043;text-decoration:line-through">{summary}</h2>
        <div style="font-size:14px;color:#3c4043">Freitag, 27. März 2026⋅11:00–12:00<br>Zeitzone: Europe/Berlin</div>
        <h3 style="font-size:14px">Organisator</h3><div>Jana Schwarz<br><a href="mailto:jana.schwarz@kontorbit.io">jana.schwarz@kontorbit.io</a></div>
        <h3 style="font-size:14px">Gäste</h3><div>Jana Schwarz - Organisator<br>Dr. Henning Voss<br>timo.reinhardt@example.org</div>
        <div style="padding-top:24px;color:#70757a;font-size:12px">Einladung von <a href="https://calendar.google.com/calendar/">Google Kalender</a><br>Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind.</div>
        </td></tr></table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260327T100000Z
        DTEND:20260327T110000Z
        DTSTAMP:20260323T081420Z
        ORGANIZER;CN=Jana Schwarz:mailto:jana.schwarz@kontorbit.io
        UID:5p2n7c0d9e4f1g8h3j6k2l5m1q@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=timo.reinhardt@example.org;X-NUM-GUESTS=0:mailto:timo.reinhardt@example.org
        CREATED:20260318T102233Z
        DESCRIPTION:
        LAST-MODIFIED:20260323T081420Z
        LOCATION:Kontorbit\\, Rosenthaler Straße 40\\, 10178 Berlin
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:{summary}
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Jana Schwarz", "jana.schwarz@kontorbit.io"),
              f"Abgesagter Termin: {summary} @ Fr. 27. März 2026 11:00 - 12:00 (MEZ) (timo.reinhardt@example.org)",
              "2026-03-23 09:14:20", "Europe/Berlin",
              "<calendar-d41c7e09-6a2b-4f38-9e5d-0c1b2a3f4e58@google.com>",
              via="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ident="4ZcX0kB2pDz9s7X",
              extra=(("Reply-To", addr("Jana Schwarz", "jana.schwarz@kontorbit.io")),
                     ("Sender", addr("Google Kalender", "calendar-notification@google.com"))))
    body_part = mixed(alt(text(plain), html(htm), calendar(ics, method="CANCEL", cte="8bit")),
                      calendar(ics, method=None, ctype="application/ics", cte="base64",
                               filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 22 Exchange cancellation (en), London


@mail(n(22), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-04-09T13:00:00Z", end="2026-04-09T14:00:00Z",
      contact="oliver.pike@copperline.co.uk", company="Copperline Payments Ltd",
      local="Thu 2026-04-09 14:00", local_end="2026-04-09 15:00", zone="Europe/London",
      note="Exchange 'Canceled:' (METHOD:CANCEL, TZID GMT Standard Time) for the technical interview "
           "Thu 9 April 14:00-15:00 London time, BST since 29 March -> 13:00Z; the body says only "
           "'Thursday's session'; role paused, no new time; contact = organizer/sender")
def k22():
    body = t("""
        Hi Timo,

        Apologies for the short notice - following a budget review we've had to pause hiring for
        this role, so I'm cancelling Thursday's technical session with Hannah and Dev. I'm genuinely
        sorry, the feedback from our intro call was really positive.

        If the role reopens (hopefully next quarter) I'll get straight back in touch.

        Best,
        Oliver

        Oliver Pike
        Talent Partner, Engineering | Copperline Payments Ltd
        20 Eastcheap, London EC3M 1EB
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Oliver Pike:mailto:oliver.pike@copperline.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=timo.reinhardt@example.org:mailto:timo.reinhardt@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Blake:mailto:hannah.blake@copperline.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dev Chaudhry:mailto:dev.chaudhry@copperline.co.uk
        DESCRIPTION;LANGUAGE=en-GB:Hi Timo\\,\\n\\nApologies for the short notice - following a budget review we've had to pause hiring for this role\\, so I'm cancelling Thursday's technical session with Hannah and Dev.\\n
        UID:040000008200E00074C5B7101A82E00800000000D07A3C5E11C4DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=en-GB:Canceled: Copperline - Technical Interview (Timo Reinhardt)
        DTSTART;TZID=GMT Standard Time:20260409T140000
        DTEND;TZID=GMT Standard Time:20260409T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260406T092007Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1755201367
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="EN-GB"><div class="WordSection1">\n'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in body.splitlines())
           + "</div></body></html>\n")
    hs = head(addr("Oliver Pike", "oliver.pike@copperline.co.uk"),
              "Canceled: Copperline - Technical Interview (Timo Reinhardt)",
              "2026-04-06 10:20:07", "Europe/London",
              "<LO4P265MB6052E3A1B70C9D24F8E6A15B3C27D@LO4P265MB6052.GBRP265.PROD.OUTLOOK.COM>",
              via="from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2124.outbound.protection.outlook.com [40.107.122.124])",
              ident="4ZfA7mS1xTz9s6W",
              to=addr("timo.reinhardt@example.org", "timo.reinhardt@example.org"),
              extra=(("Cc", "Hannah Blake <hannah.blake@copperline.co.uk>, Dev Chaudhry <dev.chaudhry@copperline.co.uk>"),
                     ("Thread-Topic", "Copperline - Technical Interview (Timo Reinhardt)"),
                     ("Thread-Index", "AdrG2q1ZfK8mW0TcQ3yB7nV4eHs9Lg=="),
                     ("Importance", "high"),
                     ("Content-Language", "en-GB"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(htm), calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- 23 coffee chat, iPhone reply


@mail(n(23), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-25T06:30:00Z", end=None,
      contact="felix@radwerk.io", company="Radwerk",
      local="Fri 2026-09-25 08:30", zone="Europe/Berlin",
      note="CTO's short iPhone reply on top of the candidate's mail: coffee chat about the data "
           "engineer role 'Fr. 8.30h' resolved against the Date (Tue 22 Sept) -> Fri 25 Sept, CEST "
           "-> 06:30Z; no length; contact = human sender")
def k23():
    body = t("""
        Hi Timo,

        cool, dann Fr. 8.30h im Café Kante in der Moselstraße (2 min vom Hbf). Ich bin der mit der
        grünen Radwerk-Jacke 😄 Ganz locker, kein Coding – ich erzähl dir, was wir mit der
        Data-Engineer-Stelle und den Leasingdaten vorhaben, und du mir, was du so baust.

        Bis Freitag!
        Felix

        Von meinem iPhone gesendet

        > Am 22.09.2026 um 07:58 schrieb Timo Reinhardt <timo.reinhardt@example.org>:
        >
        > Hi Felix,
        >
        > danke für die Nachricht über LinkedIn! Ein Kaffee diese Woche klingt gut – Freitag früh
        > ginge bei mir, vor der Arbeit, so ab 8. Irgendwo am Hbf?
        >
        > Viele Grüße
        > Timo
        """)
    hs = head(addr("Felix Nowak", "felix@radwerk.io"),
              "Re: Kaffee?",
              "2026-09-22 08:41:19", "Europe/Berlin",
              "<7E4B9C21-0D3A-4F5E-86B1-2C9D0E7F1A34@radwerk.io>",
              via="from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
              ident="4gF1tW6bJqz9s5V",
              extra=(("In-Reply-To", "<A8C2E6F0-3B1D-4C7E-9F20-6D4E8A0B2C1F@example.org>"),
                     ("References", "<A8C2E6F0-3B1D-4C7E-9F20-6D4E8A0B2C1F@example.org>"),
                     ("X-Mailer", "iPhone Mail (23A341)")))
    return message(hs, text(body))


# =========================================================================== negatives


# --------------------------------------------------------------------------- 24 Personio application receipt


@mail(n(24), family="application_ack", lang="de", interview=False, company="Zahlwerk GmbH",
      note="Personio receipt for the application (before the invitation): promises a reply within "
           "10 working days and a Teams call *if* the profile fits; nothing fixed")
def k24():
    body = t("""
        Sehr geehrter Herr Reinhardt,

        vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) und Ihr Interesse an Zahlwerk!

        Wir haben Ihre Unterlagen erhalten und schauen sie uns in Ruhe an. In der Regel melden wir
        uns innerhalb von 10 Werktagen bei Ihnen. Passt Ihr Profil zu uns, laden wir Sie zu einem
        ersten, etwa 45-minütigen Kennenlernen per Microsoft Teams ein.

        Den Status Ihrer Bewerbung können Sie jederzeit hier einsehen:
        https://zahlwerk.jobs.personio.de/application-status/3b9f1a7c

        Mit freundlichen Grüßen
        Ihr People & Culture Team
        Zahlwerk GmbH

        --
        Diese Nachricht wurde über Personio versendet. Informationen zum Datenschutz:
        https://zahlwerk.jobs.personio.de/privacy-policy
        """)
    hs = head(addr("Zahlwerk GmbH", "noreply@mail.personio.de"),
              "Vielen Dank für Ihre Bewerbung – Data Engineer (m/w/d)",
              "2026-11-10 21:47:35", "Europe/Berlin",
              "<0107019a6d2e77f1-0c4b9a3e-1d2f-4e5a-8b7c-9d0e1f2a3b4c-000000@eu-central-1.amazonses.com>",
              via="from a7-19.smtp-out.eu-central-1.amazonses.com (a7-19.smtp-out.eu-central-1.amazonses.com [54.240.7.19])",
              ident="4gXp2Kc7Rvz9s4T",
              extra=(("X-Personio-Tenant", "zahlwerk"), ("Auto-Submitted", "auto-generated")))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 25 StepStone job alert


@mail(n(25), family="job_alert", lang="de", interview=False, company=None,
      note="StepStone Job-Agent digest with listings and 'Schnelle Bewerbung' badges; no appointment")
def k25():
    jobs = [
        ("Data Engineer (m/w/d)", "Hessische Bauspar AG", "Frankfurt am Main", "Teilweise Home-Office", "Neu"),
        ("Senior Data Engineer – Azure / Databricks (all genders)", "Nordwall Consulting GmbH", "Frankfurt am Main, Eschborn", "Vollzeit", "Schnelle Bewerbung"),
        ("Backend Entwickler Python (m/w/d) Zahlungsverkehr", "Mainufer Bank AG", "Frankfurt am Main", "Hybrid", "Neu"),
        ("Data Platform Engineer (w/m/d)", "Rheinmain Mobil AG", "Frankfurt am Main", "Vollzeit, Homeoffice möglich", "Schnelle Bewerbung"),
        ("Analytics Engineer (m/w/d) dbt / Snowflake", "Kranich Logistik GmbH", "Frankfurt am Main (Flughafen)", "Vollzeit", ""),
    ]
    plain = "Guten Morgen Herr Reinhardt,\n\nIhr Job-Agent „Data Engineer“ in Frankfurt am Main (+25 km) hat 12 neue Jobs für Sie gefunden.\n\n"
    rows = ""
    for num, (title, firm, place, kind, badge) in zip((13820417, 13819952, 13822301, 13817764, 13823018), jobs, strict=True):
        plain += f"{title}\n{firm} · {place}\n{kind}{' · ' + badge if badge else ''}\n\n"
        rows += (f'<tr><td style="padding:14px 0;border-bottom:1px solid #e6e6e6">'
                 f'<a href="https://www.stepstone.de/stellenangebote--{num}-inline.html" '
                 f'style="font-size:16px;color:#0c2577;font-weight:bold;text-decoration:none">{title}</a><br>'
                 f'<span style="color:#333">{firm} · {place}</span><br>'
                 f'<span style="color:#777;font-size:12px">{kind}</span>'
                 + (f' <span style="background:#e8f5e9;color:#1b5e20;font-size:11px;padding:1px 6px">{badge}</span>' if badge else "")
                 + "</td></tr>\n")
    plain += t("""
        Alle 12 Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse?ja=8812037

        Tipp: Mit einem vollständigen Profil werden Sie von Recruitern schneller gefunden.

        Job-Agent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/verwalten
        StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
        """)
    htm = ('<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">'
           '<table width="600" align="center" style="background:#fff;padding:20px">'
           '<tr><td><p>Guten Morgen Herr Reinhardt,</p><p>Ihr Job-Agent <b>„Data Engineer“ in Frankfurt am Main (+25 km)</b> hat 12 neue Jobs für Sie gefunden.</p></td></tr>\n'
           + rows +
           '<tr><td style="padding:18px 0"><a href="https://www.stepstone.de/jobagent/ergebnisse?ja=8812037" style="background:#0c2577;color:#fff;padding:10px 20px;text-decoration:none">Alle 12 Jobs ansehen</a></td></tr>'
           '<tr><td style="font-size:11px;color:#888">Job-Agent <a href="https://www.stepstone.de/jobagent/verwalten">bearbeiten oder abbestellen</a><br>StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</td></tr>'
           "</table></body></html>\n")
    hs = head(addr("StepStone Job-Agent", "jobagent@mail.stepstone.de"),
              "12 neue Jobs für „Data Engineer“ in Frankfurt am Main",
              "2026-02-16 07:02:18", "Europe/Berlin",
              "<20260216060218.3f9a1c2e7b4d@mail.stepstone.de>",
              via="from mail.stepstone.de (mta-out12.stepstone.de [91.208.172.12])",
              ident="4fL3mD8cXwz9s3S",
              extra=(("List-Unsubscribe", "<https://www.stepstone.de/jobagent/verwalten?unsub=8812037>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 26 LinkedIn job alert (en)


@mail(n(26), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert with 'Actively recruiting' / 'Be an early applicant' badges; nothing scheduled")
def k26():
    plain = t("""
        Your job alert for data engineer in Zürich, Switzerland
        8 new jobs match your preferences.

        Senior Data Engineer
        Alpenkontor AG
        Zürich, Zurich, Switzerland (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4102287731

        Data Engineer – Risk Analytics (80-100%)
        Limmat Rück AG
        Zürich, Zurich, Switzerland (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4102291408

        Backend Engineer, Data Products
        Sihlbrugg Labs
        Zürich, Zurich, Switzerland (Hybrid)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4102295516

        Staff Data Engineer (Remote, CET)
        Ridgeway Ledger
        Switzerland (Remote)
        Promoted · Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4102300027

        See all jobs: https://www.linkedin.com/comm/jobs/search?savedSearchId=1733941207

        ----------------------------------------
        This email was intended for Timo Reinhardt (Data Engineer | Spark, Kafka, Python).
        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1733941207
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“data engineer”: Alpenkontor AG - Senior Data Engineer and more",
              "2026-09-05 06:31:44", "UTC",
              "<1287004416.6104127.1788589904011@ltx1-app4402.prod.linkedin.com>",
              via="from mailb-ac.linkedin.com (mailb-ac.linkedin.com [108.174.3.204])",
              ident="4gCn9Wq3Ttz9s2R",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1733941207>"),
                     ("X-LinkedIn-Class", "JOB-ALERT"), ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain).replace('<div dir="ltr">', '<div style="font-family:-apple-system,system-ui,Arial,sans-serif">'))))


# --------------------------------------------------------------------------- 27 XING message notification (outreach)


@mail(n(27), family="recruiter_outreach", lang="de", interview=False, company="Westend Capital Partners",
      note="XING message notification: in-house recruiter asks for 'zwei, drei Zeitfenster' for a call; "
           "no time fixed")
def k27():
    plain = t("""
        Carolin Mertens hat Ihnen eine Nachricht geschickt

        Carolin Mertens
        Talent Acquisition Partner bei Westend Capital Partners

        "Hallo Herr Reinhardt,

        ich bin über Ihr Profil auf Sie aufmerksam geworden – Ihre Erfahrung mit Kafka und
        Databricks passt sehr gut zu einer Rolle, die wir gerade in unserem Frankfurter Data-Team
        besetzen (Lead Data Engineer, Python/Azure, 2 Tage Büro im Westend).

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat? Nennen Sie
        mir gern zwei, drei Zeitfenster, die Ihnen passen – ich richte mich nach Ihnen.

        Beste Grüße
        Carolin Mertens"

        Nachricht beantworten: https://www.xing.com/chats/2f8c1a3e-77b0-4d51-9e6f-0a1b2c3d4e5f

        Sie erhalten diese E-Mail, weil Sie Benachrichtigungen über neue Nachrichten aktiviert haben.
        Einstellungen ändern: https://www.xing.com/settings/notifications
        New Work SE · Am Strandkai 1 · 20457 Hamburg
        """)
    hs = head(addr("XING", "mailrobot@mail.xing.com"),
              "Carolin Mertens hat Ihnen eine Nachricht geschickt",
              "2026-07-08 11:20:03", "Europe/Berlin",
              "<chat-notification.2f8c1a3e.20260708092003@mail.xing.com>",
              via="from mail-out-ham1.xing.com (mail-out-ham1.xing.com [213.238.60.71])",
              ident="4g2Yb5Kn0Fz9s1Q",
              extra=(("List-Unsubscribe", "<https://www.xing.com/settings/notifications>"),))
    htm = ('<html><body style="font-family:Arial,sans-serif;color:#0b0b0b">'
           + gmail_html(plain).replace('<div dir="ltr">', '<div style="max-width:560px">')
           + "</body></html>\n")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 28 LinkedIn InMail from an agency


@mail(n(28), family="recruiter_outreach", lang="en", interview=False, company="Perrin Walker Recruitment",
      note="LinkedIn InMail from an agency consultant: 'quick 15-min chat this week?', flexible "
           "afternoons offered; nothing agreed")
def k28():
    plain = t("""
        Lead Data Engineer – insurer in Wiesbaden (up to €105k)

        Hi Timo,

        hope you're well! I'm working exclusively with a large insurer in Wiesbaden that is
        rebuilding its data platform on Azure and Databricks. They're looking for a Lead Data
        Engineer - hybrid, 2 days on site, salary up to €105k + bonus.

        Would you be open to a quick 15-min chat this week? I'm fairly flexible Tue-Thu
        afternoons, or just send me a good number and I'll give you a ring.

        Cheers,
        Hannes Albers
        Principal Consultant, Technology | Perrin Walker Recruitment, Frankfurt

        Reply: https://www.linkedin.com/messaging/thread/2-ZjQxMmUxYjUtNjc4OS00/
        Interested / Not interested

        This is a paid message (InMail) sent to you by a LinkedIn member.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=inmail
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    hs = head(addr("Hannes Albers via LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Lead Data Engineer – insurer in Wiesbaden (up to €105k)",
              "2026-10-08 09:05:12", "UTC",
              "<1790931912011.3330184.1791454512@ltx1-app6612.prod.linkedin.com>",
              via="from mailb-ae.linkedin.com (mailb-ae.linkedin.com [108.174.3.206])",
              ident="4gKx7Gm2Vpz9s0P",
              extra=(("X-LinkedIn-Class", "INMAIL"),))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- 29 Calendly self-schedule link (Copperline)


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Copperline Payments Ltd",
      note="Recruiter asks the candidate to pick a slot on his Calendly page; no time chosen yet "
           "(the booking confirmation follows two days later)")
def k29():
    body = t("""
        Hi Timo,

        Thanks for applying for the Senior Data Engineer role on our payments data team - your
        background with Kafka and streaming reconciliation looks like a really good fit.

        I'd love to set up a 30-minute intro call to tell you more about Copperline and hear what
        you're looking for. Please grab whichever slot suits you best here:

        https://calendly.com/oliver-pike-copperline/intro-call

        I've opened up times for the next week or so, including a couple of early-evening ones
        for your time zone. If nothing works, just reply and we'll sort something out.

        Speak soon,
        Oliver

        Oliver Pike
        Talent Partner, Engineering | Copperline Payments Ltd
        20 Eastcheap, London EC3M 1EB
        """)
    hs = head(addr("Oliver Pike", "oliver.pike@copperline.co.uk"),
              "Copperline - Senior Data Engineer: intro call",
              "2026-03-24 12:44:50", "Europe/London",
              "<LO4P265MB60529C1E3A57B08D4F2E6A91B0C3E@LO4P265MB6052.GBRP265.PROD.OUTLOOK.COM>",
              via="from GBR01-CWX-obe.outbound.protection.outlook.com (mail-cwxgbr01on2098.outbound.protection.outlook.com [40.107.121.98])",
              ident="4ZdQ1pT8hLz9rZN",
              extra=(("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="EN-GB"><div class="WordSection1">\n'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in body.splitlines())
           + "</div></body></html>\n")
    return message(hs, alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 30 Bookings self-schedule link (Brennecke)


@mail(n(30), family="scheduling_link", lang="de", interview=False,
      company="Brennecke & Partner Consulting GmbH",
      note="Recruiter sends a Microsoft Bookings page to book the case interview; nothing booked yet")
def k30():
    body = t("""
        Hallo Herr Reinhardt,

        vielen Dank für das angenehme Telefonat heute Vormittag!

        Wie besprochen laden wir Sie als nächsten Schritt zu einem Case Interview (60 Minuten, via
        Microsoft Teams) mit einem unserer Manager aus dem Bereich Data & Analytics ein. Bitte
        buchen Sie sich dafür über den folgenden Link einen passenden Termin in den nächsten
        zwei Wochen:

        https://outlook.office365.com/owa/calendar/KarriereMuenchen@brennecke-partner.de/bookings/s/case-data-analytics

        Kleiner Tipp: Die Termine am Donnerstagvormittag sind meist schnell weg.

        Bei Fragen melden Sie sich gerne jederzeit.

        Viele Grüße aus München
        Lea Brandstätter
        Recruiting

        Brennecke & Partner Consulting GmbH
        Theresienhöhe 28 | 80339 München
        T +49 89 4523 118-27
        """)
    hs = head(addr("Lea Brandstätter", "lea.brandstaetter@brennecke-partner.de"),
              "Ihre Bewerbung als Consultant Data Engineering – nächster Schritt",
              "2026-06-01 15:30:22", "Europe/Berlin",
              "<AM9PR03MB72183E5C0D1A4B97F6E2C8A05D4B1@AM9PR03MB7218.eurprd03.prod.outlook.com>",
              via="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2101.outbound.protection.outlook.com [40.107.105.101])",
              ident="4fvC2nH6yRz9rYM",
              extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="DE"><div class="WordSection1">\n'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in body.splitlines())
           + "</div></body></html>\n")
    return message(hs, alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 31 slot proposal (de), Kranich


@mail(n(31), family="slot_proposal", lang="de", interview=False, company="Kranich Logistik GmbH",
      days=(("Wed", "2026-06-03"), ("Thu", "2026-06-04"), ("Fri", "2026-06-05")),
      note="HR offers three slots and asks which one suits; nothing agreed yet (the hiring "
           "manager's confirmation comes two days later)")
def k31():
    body = t("""
        Sehr geehrter Herr Reinhardt,

        vielen Dank für Ihre Bewerbung. Herr Pohl und ich würden Sie gerne persönlich kennenlernen.
        Folgende Termine könnten wir Ihnen anbieten:

        - Mi., 03.06., 10:00 Uhr
        - Do., 04.06., 14:00 Uhr
        - Fr., 05.06., 09:30 Uhr

        Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen am besten passt.

        Mit freundlichen Grüßen
        Anja Roth
        Personalreferentin

        Kranich Logistik GmbH | Bessie-Coleman-Straße 7 | 60549 Frankfurt am Main
        T +49 69 505060-118 | anja.roth@kranich-logistik.de
        Sitz der Gesellschaft: Frankfurt am Main | AG Frankfurt HRB 77 310
        """)
    hs = head(addr("Roth, Anja", "anja.roth@kranich-logistik.de"),
              "Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschläge",
              "2026-05-26 16:03:12", "Europe/Berlin",
              "<FR0P281MB3117F0C2B9A4D71E6F8A3B5C2D1E0@FR0P281MB3117.DEUP281.PROD.OUTLOOK.COM>",
              via="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2103.outbound.protection.outlook.com [40.107.127.103])",
              ident="4ZwT6dHk1Mz9rXL",
              extra=(("Cc", addr("Pohl, Daniel", "daniel.pohl@kranich-logistik.de")),
                     ("Thread-Topic", enc("Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschläge")),
                     ("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="DE"><div class="WordSection1">\n'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in body.splitlines())
           + "</div></body></html>\n")
    return message(hs, alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 32 slot proposal (en), US


@mail(n(32), family="slot_proposal", lang="en", interview=False, company="Halyard Systems",
      days=(("Tue", "2026-03-10"), ("Wed", "2026-03-11"), ("Thu", "2026-03-12")),
      note="US recruiter proposes three ET slots (with the CET equivalents for the DST gap week) "
           "and asks which works; not agreed")
def k32():
    body = t("""
        Hi Timo,

        Thanks again for your time on the phone yesterday! Our Head of Data, Marcus, would like to
        do a 45-min call with you next week. Would any of these work?

          - Tue 3/10, 10:00am ET
          - Wed 3/11, 9:00am ET
          - Thu 3/12, 1:00pm ET

        Heads up that we switch to daylight time this Sunday, so for you that would be 3pm / 2pm /
        6pm CET. Happy to look at other times if none of these fit.

        Best,
        Jordan

        Jordan Reyes
        Talent Acquisition | Halyard Systems
        Boston, MA
        """)
    hs = head(addr("Jordan Reyes", "jordan.reyes@halyardsystems.com"),
              "Halyard Systems - next step",
              "2026-03-05 11:10:36", "America/New_York",
              "<CAJ7nT2wR9bQ4mK0vX8zL1cP3yE6hF5gD2sA@mail.gmail.com>",
              via="from mail-qk1-f177.google.com (mail-qk1-f177.google.com [209.85.222.177])",
              ident="4fQv8bN3cGz9rWK")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 33 take-home challenge


@mail(n(33), family="take_home", lang="de", interview=False, company="Flinkpay GmbH",
      days=(("Mon", "2026-04-27"),),
      note="Take-home challenge with a submission deadline 'Mo., 27.04., 12:00 Uhr'; the review call "
           "'machen wir separat aus' is not scheduled")
def k33():
    body = t("""
        Hey Timo,

        wie gestern besprochen kommt hier die Take-Home-Challenge (siehe Anhang). Kurz gesagt: ein
        kleiner Ingestion-Job für Zahlungsereignisse, Python oder Scala, Tests sind uns wichtiger
        als Vollständigkeit.

        Du hast 5 Tage Zeit – Deadline ist Mo., 27.04., 12:00 Uhr. Schick uns einfach einen Link zu
        einem privaten Repo (Zugriff für ole-flinkpay) oder ein ZIP. Plan nicht mehr als 3-4
        Stunden ein, wirklich.

        Danach besprechen wir deine Lösung in einem ca. 60-minütigen Review-Call, den Termin
        machen wir separat aus, sobald du abgegeben hast.

        Viel Spaß und melde dich, wenn was unklar ist!
        Ole

        --
        Ole Hansen · Engineering Lead Data · Flinkpay GmbH
        Schlesische Straße 26 · 10997 Berlin
        """)
    challenge = t("""
        # Flinkpay Take-Home: Payment Events Ingestion

        ## Ziel
        Schreibe einen Job, der die Dateien in `events/` (JSON Lines) einliest, Duplikate entfernt
        (`event_id`), Währungsbeträge in Cent normalisiert und das Ergebnis als Parquet
        partitioniert nach `event_date` schreibt.

        ## Rahmen
        - Python 3.11+ oder Scala 2.13
        - Tests (pytest / scalatest)
        - Kurzes README: Annahmen, was du mit mehr Zeit anders machen würdest

        ## Abgabe
        Bis Mo., 27.04., 12:00 Uhr an ole@flinkpay.de
        """)
    hs = head(addr("Ole Hansen", "ole@flinkpay.de"),
              "Take-Home Challenge Flinkpay 🚀",
              "2026-04-22 17:30:41", "Europe/Berlin",
              "<CAM4pR8sK1wQ7nT0vY3zB6cL2xE9hG5fJ4dA@mail.gmail.com>",
              via="from mail-ej1-f46.google.com (mail-ej1-f46.google.com [209.85.218.46])",
              ident="4ZnF3kW9bCz9rVJ")
    body_part = mixed(alt(text(body), html(gmail_html(body))),
                      text(challenge, cte="base64", subtype="markdown",
                           extra=(("Content-Disposition", 'attachment; filename="flinkpay-take-home.md"'),)))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 34 online assessment (Mainufer Bank)


@mail(n(34), family="assessment", lang="de", interview=False, company="Mainufer Bank AG",
      days=(("Wed", "2026-04-08"),),
      note="Online assessment invitation with a completion deadline; the candidate picks the time "
           "himself; no appointment")
def k34():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <div style="max-width:600px;margin:0 auto">
        <div style="border-bottom:2px solid #004b87;padding:10px 0"><b style="color:#004b87">Mainufer Bank AG</b> · Online-Assessment</div>
        <p>Sehr geehrter Herr Reinhardt,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Data Engineer (m/w/d)</b>. Als nächsten Schritt im Auswahlverfahren bitten wir Sie, unser Online-Assessment zu bearbeiten. Es besteht aus zwei Teilen:</p>
        <ul><li>Numerisches Denken (ca. 20 Minuten)</li><li>Verhaltensfragebogen (ca. 25 Minuten)</li></ul>
        <p>Den Zeitpunkt können Sie frei wählen. Bitte schließen Sie beide Teile bis spätestens <b>Mittwoch, 08.04.2026, 23:59 Uhr</b> ab und sorgen Sie für eine ruhige Umgebung und eine stabile Internetverbindung.</p>
        <p style="text-align:center;padding:12px"><a href="https://app.testpilot-assessments.com/start/MNB-4f7a2c91" style="background:#004b87;color:#fff;padding:10px 22px;text-decoration:none">Assessment starten</a></p>
        <p>Ihr persönlicher Zugangscode: <b>MNB-4f7a2c91</b></p>
        <p>Bei technischen Problemen wenden Sie sich bitte an support@testpilot-assessments.com.</p>
        <p>Mit freundlichen Grüßen<br>Ihre Personalgewinnung<br>Mainufer Bank AG</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch über Testpilot Assessments versendet.</p>
        </div></body></html>
        """)
    hs = head(addr("Mainufer Bank AG – Online-Assessment", "no-reply@testpilot-assessments.com"),
              "Einladung zum Online-Assessment – Data Engineer (m/w/d)",
              "2026-04-01 08:15:27", "Europe/Berlin",
              "<01020196f3a1b2c4-7d8e9f0a-1b2c-4d3e-8f9a-0b1c2d3e4f5a-000000@eu-west-1.amazonses.com>",
              via="from b224-17.smtp-out.eu-west-1.amazonses.com (b224-17.smtp-out.eu-west-1.amazonses.com [69.169.224.17])",
              ident="4ZmB0cR5vTz9rUH")
    return message(hs, html(htm))


# --------------------------------------------------------------------------- 35 dentist appointment with ICS


@mail(n(35), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-04-14"),),
      note="Dental practice appointment confirmation with ICS: a confirmed time, but not an interview")
def k35():
    plain = t("""
        Guten Tag Herr Reinhardt,

        Ihr Termin ist bestätigt:

        Professionelle Zahnreinigung
        Di., 14.04.2026 um 08:15 Uhr
        Zahnarztpraxis am Merianplatz – Dr. med. dent. Sibylle Franke
        Berger Straße 41, 60316 Frankfurt am Main

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie ihn bitte mindestens 24 Stunden vorher ab:
        https://www.termine-online.de/a/9f3c2b1e

        Ihre Zahnarztpraxis am Merianplatz
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//termine-online.de//Terminbuchung//DE
        METHOD:PUBLISH
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:appt-9f3c2b1e@termine-online.de
        DTSTAMP:20260407T100312Z
        DTSTART;TZID=Europe/Berlin:20260414T081500
        DTEND;TZID=Europe/Berlin:20260414T090000
        SUMMARY:Professionelle Zahnreinigung – Zahnarztpraxis am Merianplatz
        LOCATION:Berger Straße 41\\, 60316 Frankfurt am Main
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Zahnarztpraxis am Merianplatz", "noreply@termine-online.de"),
              "Terminbestätigung: Di., 14.04.2026 um 08:15 Uhr",
              "2026-04-07 12:03:12", "Europe/Berlin",
              "<appt-9f3c2b1e.confirm.20260407100312@termine-online.de>",
              via="from out2.termine-online.de (out2.termine-online.de [178.63.44.20])",
              ident="4ZpD6gQ2xWz9rTG")
    body_part = mixed(text(plain), calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                            disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 36 1:1 with current manager (Exchange)


@mail(n(36), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-01-13"),),
      note="Recurring 1:1 with the candidate's current team lead (Exchange invite, work address "
           "auto-forwarded to the private inbox); not an interview")
def k36():
    note = t("""
        Hi Timo,

        ich hab unsere 1:1s ab Januar auf Dienstagnachmittag gelegt, alle zwei Wochen. Agenda wie
        immer im OneNote, gerne vorher Punkte eintragen (Q1-Ziele, Urlaubsplanung, Kafka-Migration).

        Gruß
        Karsten
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Vogler, Karsten":mailto:karsten.vogler@ahornwerk-logistics.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reinhardt, Timo":mailto:timo.reinhardt@ahornwerk-logistics.de
        DESCRIPTION;LANGUAGE=de-DE:Hi Timo\\,\\n\\nich hab unsere 1:1s ab Januar auf Dienstagnachmittag gelegt\\, alle zwei Wochen.\\n
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO
        UID:040000008200E00074C5B7101A82E008000000005C2B7A19E27FDC0100000000000000001000000071E3D9A0B4C25F4E9A8D6C1B2E3F4A5B
        SUMMARY;LANGUAGE=de-DE:1:1 Timo / Karsten
        DTSTART;TZID=W. Europe Standard Time:20260113T160000
        DTEND;TZID=W. Europe Standard Time:20260113T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260109T130211Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Raum Taunus (3.07) / Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:1
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="DE"><div class="WordSection1">\n'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in note.splitlines())
           + "</div></body></html>\n")
    hs = head(addr("Vogler, Karsten", "karsten.vogler@ahornwerk-logistics.de"),
              "1:1 Timo / Karsten",
              "2026-01-09 14:02:11", "Europe/Berlin",
              "<FR2P281MB0871A6E3C9D24B05F1E7A8C3D6B20@FR2P281MB0871.DEUP281.PROD.OUTLOOK.COM>",
              via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2133.outbound.protection.outlook.com [40.107.135.133])",
              ident="4fCk1Xn7pQz9rSF",
              to=addr("Reinhardt, Timo", "timo.reinhardt@ahornwerk-logistics.de"),
              extra=(("Thread-Topic", "1:1 Timo / Karsten"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "timo.reinhardt@ahornwerk-logistics.de"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(note), html(htm), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 37 apartment viewing


@mail(n(37), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Sat", "2026-05-16"),),
      note="Property manager confirms an apartment viewing 'Samstag, 16.05.2026 um 11:30 Uhr'; a "
           "fixed appointment, not an interview (asks for salary slips, which is not a job process)")
def k37():
    body = t("""
        Sehr geehrter Herr Reinhardt,

        vielen Dank für Ihre Anfrage über ImmobilienScout24 zur 3-Zimmer-Wohnung in der
        Berger Straße 212, 2. OG links (78 m², Kaltmiete 1.390 €).

        Hiermit bestätigen wir Ihren Besichtigungstermin am Samstag, 16.05.2026 um 11:30 Uhr.
        Treffpunkt ist vor dem Hauseingang; Herr Kowalczyk von unserer Hausverwaltung wird vor Ort
        sein. Bitte beachten Sie, dass es sich um eine Gruppenbesichtigung handelt.

        Bringen Sie bitte folgende Unterlagen mit:
        - ausgefüllte Mieterselbstauskunft (Vordruck im Anhang der Anzeige)
        - Einkommensnachweise der letzten drei Monate
        - aktuelle SCHUFA-Auskunft
        - Kopie des Personalausweises

        Mit freundlichen Grüßen

        Brückner & Söhne Hausverwaltung GmbH
        Vermietung
        Saalburgstraße 17 · 60385 Frankfurt am Main · Tel. 069 4960 330
        """)
    hs = head(addr("Brückner & Söhne Hausverwaltung", "vermietung@hv-brueckner.de"),
              "Besichtigungstermin bestätigt - 3-Zi.-Whg. Berger Straße 212",
              "2026-05-13 19:12:48", "Europe/Berlin",
              "<000001dcc2f1$7a3b9e40$6eb2dac0$@hv-brueckner.de>",
              via="from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])",
              ident="4ZvN0fS4kBz9rRE", charset="windows-1252",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


# --------------------------------------------------------------------------- 38 meetup RSVP


@mail(n(38), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-02-26"),),
      note="Meetup RSVP confirmation for an evening talk titled about interviewing data engineers; "
           "a fixed time, but a community event")
def k38():
    plain = t("""
        You're going!

        Data Engineering Rhein-Main #31: How we interview data engineers (and what we got wrong)

        Thursday, February 26, 2026
        6:30 PM to 9:00 PM CET

        Kranich Logistik GmbH
        Bessie-Coleman-Straße 7, Frankfurt am Main

        Agenda
        18:30  Doors open, pizza & drinks
        19:00  "How we interview data engineers (and what we got wrong)" - Daniel Pohl
        19:45  "Iceberg in production: 18 months later" - Mia Lorenz
        20:30  Networking

        Add to calendar: https://www.meetup.com/data-engineering-rhein-main/events/305118842/ical/
        Can't make it? Update your RSVP: https://www.meetup.com/data-engineering-rhein-main/events/305118842/

        --
        You received this because you RSVP'd to an event of Data Engineering Rhein-Main.
        Unsubscribe: https://www.meetup.com/account/comm/
        Meetup LLC, POB 4668 #37895, New York, NY 10163
        """)
    hs = head(addr("Meetup", "info@meetup.com"),
              "You're going to \"Data Engineering Rhein-Main #31: How we interview data engineers\"",
              "2026-02-20 10:00:41", "UTC",
              "<1708423241.rsvp.305118842.81127733@meetup.com>",
              via="from mail183-12.suw21.mandrillapp.com (mail183-12.suw21.mandrillapp.com [198.2.183.12])",
              ident="4fN5yR1bWmz9rQD",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"), ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- 39 webinar with ICS


@mail(n(39), family="marketing_webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-01"),),
      note="Registration confirmation for a live webinar about job interviews, with an ICS whose "
           "summary mentions 'Vorstellungsgespräch'; not the candidate's interview")
def k39():
    plain = t("""
        Hallo Timo,

        vielen Dank für Ihre Anmeldung! Hier sind Ihre Zugangsdaten:

        Live-Webinar: Das Vorstellungsgespräch meistern – Gehalt, Gegenfragen, Remote-Interviews
        Dienstag, 01.09.2026, 18:00 – 19:00 Uhr
        Referentin: Dr. Katja Reimers, Karriereberaterin

        Zugang: https://live.karrierewerk-akademie.de/w/vg-0901?tk=f71a2c

        Den Termin finden Sie im Anhang als Kalendereintrag. Die Aufzeichnung schicken wir allen
        Angemeldeten am Folgetag zu.

        Ihr Team der Karrierewerk Akademie

        Sie erhalten diese E-Mail, weil Sie sich für ein Webinar angemeldet haben.
        Abmelden: https://karrierewerk-akademie.de/newsletter/abmelden
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Karrierewerk Akademie//Webinar//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-vg-0901-f71a2c@karrierewerk-akademie.de
        DTSTAMP:20260824T080511Z
        DTSTART:20260901T160000Z
        DTEND:20260901T170000Z
        SUMMARY:Live-Webinar: Das Vorstellungsgespräch meistern
        DESCRIPTION:Zugang: https://live.karrierewerk-akademie.de/w/vg-0901?tk=f71a2c
        LOCATION:Online
        ORGANIZER;CN=Karrierewerk Akademie:mailto:webinare@karrierewerk-akademie.de
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Karrierewerk Akademie", "webinare@karrierewerk-akademie.de"),
              "Anmeldebestätigung: Live-Webinar „Das Vorstellungsgespräch meistern“ am 01.09.2026",
              "2026-08-24 10:05:11", "Europe/Berlin",
              "<20260824080511.7c2e9a41b3@news.karrierewerk-akademie.de>",
              via="from news.karrierewerk-akademie.de (news.karrierewerk-akademie.de [116.202.48.13])",
              ident="4g6Rj2Tz9Yz9rPC",
              extra=(("List-Unsubscribe", "<https://karrierewerk-akademie.de/newsletter/abmelden>"),))
    body_part = mixed(alt(text(plain), html(gmail_html(plain))),
                      calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                               disposition="attachment", name_param=True))
    return message(hs, body_part)


# --------------------------------------------------------------------------- 40 mock interview with a coach


@mail(n(40), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-03-05"),),
      note="Career coach confirms a paid mock interview 'Do., 05.03.2026, 18:00–19:30 Uhr'; confirmed "
           "time, but coaching, not a job interview")
def k40():
    body = t("""
        Hallo Herr Reinhardt,

        hiermit bestätige ich Ihnen unser Interviewtraining (Mock-Interview mit Video-Feedback):

        Do., 05.03.2026, 18:00–19:30 Uhr
        Praxis Kühne Karrierecoaching, Oeder Weg 52, 60318 Frankfurt (2. OG, Klingel „Kühne“)

        Wie besprochen spielen wir ein technisches Interview und ein HR-Gespräch für eine
        Data-Engineering-Stelle bei einer Bank durch. Bringen Sie gerne die Stellenanzeige mit,
        auf die Sie sich gerade vorbereiten, und Ihren Lebenslauf in der aktuellen Fassung.

        Das Honorar (180 € inkl. MwSt.) stelle ich Ihnen nach der Sitzung in Rechnung.

        Herzliche Grüße
        Andrea Kühne

        Kühne Karrierecoaching · Oeder Weg 52 · 60318 Frankfurt am Main
        www.kuehne-karrierecoaching.de · 0173 555 2290
        """)
    hs = head(addr("Andrea Kühne", "kontakt@kuehne-karrierecoaching.de"),
              "Bestätigung Interviewtraining am 05.03.",
              "2026-02-27 13:40:09", "Europe/Berlin",
              "<d2f7a1c3-8e4b-4a9d-b6f0-1c2e3a4b5d6e@kuehne-karrierecoaching.de>",
              via="from mo4-p00-ob.smtp.rzone.de (mo4-p00-ob.smtp.rzone.de [81.169.146.218])",
              ident="4fP9zS6cXnz9rNB",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 41 podcast recording


@mail(n(41), family="podcast", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast host confirms a recording slot where the candidate is the interviewee "
           "('Fragen fürs Interview'); confirmed time, but not a job interview")
def k41():
    body = t("""
        Hi Timo,

        super, dann nehmen wir am Di, 20.10. um 17 Uhr auf! Thema wie besprochen: "Kafka im
        Mittelstand – was nach dem Hype übrig bleibt". Plan so 60-75 min ein, inkl. Soundcheck.

        Link zum Riverside-Studio: https://riverside.fm/studio/datenstrom-folge-87
        Ich schick dir bis Freitag noch die Fragen fürs Interview, damit du weißt, wo's hingeht.
        Headset wäre super, AirPods gehen zur Not auch.

        Freu mich!
        Nils

        --
        Datenstrom – der Podcast über Daten im deutschen Mittelstand
        https://datenstrom-podcast.de
        """)
    hs = head(addr("Nils Brandt", "nils@datenstrom-podcast.de"),
              "Re: Gast bei Datenstrom?",
              "2026-10-13 20:15:37", "Europe/Berlin",
              "<CAK2mT9vR4wP1nQ8xY0zC3bL6eE7hJ5gF2dB@mail.gmail.com>",
              via="from mail-ed1-f49.google.com (mail-ed1-f49.google.com [209.85.208.49])",
              ident="4gM0sT3xPbz9rMA",
              extra=(("In-Reply-To", "<7D1E9A2B-5C3F-4E80-A6B4-0F2C1D3E5A7B@example.org>"),
                     ("References", "<CAK2mT9vQ0aZ7xW@mail.gmail.com>\r\n <7D1E9A2B-5C3F-4E80-A6B4-0F2C1D3E5A7B@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 42 the candidate interviews someone (current employer)


@mail(n(42), family="user_is_interviewer", lang="de", interview=False, company=None,
      days=(("Tue", "2026-06-23"),),
      note="Current employer's HR invites the candidate as an interviewer of a working-student "
           "applicant (Exchange invite to the work address, auto-forwarded); not his own interview")
def k42():
    note = t("""
        Hallo zusammen,

        anbei die Einladung für das Interview mit Frau Aylin Kaya (Werkstudentin Data Analytics,
        Ausschreibung 2026-041). Timo, du übernimmst bitte den fachlichen Teil (SQL und ein kleines
        Excel/Power-BI-Beispiel, ca. 20 Minuten). Lebenslauf und Interviewleitfaden liegen im
        SharePoint-Ordner "Recruiting/2026-041".

        Danke euch!
        Melanie

        Melanie Schubert
        HR Business Partner
        Ahornwerk Logistics GmbH | Frankfurter Straße 80 | 65760 Eschborn
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Schubert, Melanie":mailto:melanie.schubert@ahornwerk-logistics.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reinhardt, Timo":mailto:timo.reinhardt@ahornwerk-logistics.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogler, Karsten":mailto:karsten.vogler@ahornwerk-logistics.de
        DESCRIPTION;LANGUAGE=de-DE:Interview Werkstudentin Data Analytics (2026-041)\\, Bewerberin: Aylin Kaya\\n
        UID:040000008200E00074C5B7101A82E008000000003E9D1C72A4F0DC0100000000000000001000000058B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
        SUMMARY;LANGUAGE=de-DE:Interview Aylin Kaya – Werkstudentin Data Analytics
        DTSTART;TZID=W. Europe Standard Time:20260623T100000
        DTEND;TZID=W. Europe Standard Time:20260623T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260618T073012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Raum Feldberg (2.14)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="DE"><div class="WordSection1">\n'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in note.splitlines())
           + "</div></body></html>\n")
    hs = head(addr("Schubert, Melanie", "melanie.schubert@ahornwerk-logistics.de"),
              "Interview Aylin Kaya – Werkstudentin Data Analytics",
              "2026-06-18 09:30:12", "Europe/Berlin",
              "<FR2P281MB0871C3B6E0A94D27F5E1B8A4C9D30@FR2P281MB0871.DEUP281.PROD.OUTLOOK.COM>",
              via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2126.outbound.protection.outlook.com [40.107.135.126])",
              ident="4g0Hn5Vb8Sz9rL9",
              to=(addr("Reinhardt, Timo", "timo.reinhardt@ahornwerk-logistics.de") + ", "
                  + addr("Vogler, Karsten", "karsten.vogler@ahornwerk-logistics.de")),
              extra=(("Thread-Topic", enc("Interview Aylin Kaya – Werkstudentin Data Analytics")),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "timo.reinhardt@ahornwerk-logistics.de"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(note), html(htm), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 43 reference call for a former colleague


@mail(n(43), family="reference_call", lang="de", interview=False, company="Skyline Consult GmbH",
      days=(("Wed", "2026-06-17"),),
      note="A company calls the candidate as a reference for a former colleague's application at a "
           "fixed time; not his own interview")
def k43():
    body = t("""
        Sehr geehrter Herr Reinhardt,

        Frau Jana Obermeier hat sich bei uns als Senior Data Engineer beworben und Sie als Referenz
        aus Ihrer gemeinsamen Zeit bei der Ahornwerk Logistics GmbH angegeben. Vielen Dank, dass Sie
        sich dazu bereit erklärt haben.

        Wie heute Vormittag vereinbart, rufe ich Sie am Mittwoch, 17.06., um 16:30 Uhr unter Ihrer
        Mobilnummer an. Das Gespräch dauert etwa 15 Minuten; es geht vor allem um Frau Obermeiers
        Rolle in Ihrem Team und die Zusammenarbeit im Projekt "Tracking 2.0".

        Mit freundlichen Grüßen

        Dr. Ingrid Falk
        Head of Talent
        Skyline Consult GmbH | Taunusanlage 8 | 60329 Frankfurt am Main
        """)
    hs = head(addr("Dr. Ingrid Falk", "ingrid.falk@skyline-consult.de"),
              "Referenz für Frau Jana Obermeier – unser Telefonat am Mittwoch",
              "2026-06-15 11:45:03", "Europe/Berlin",
              "<FR4P281MB3406E7A2D1C90B58F3A6E4D1C2B7F@FR4P281MB3406.DEUP281.PROD.OUTLOOK.COM>",
              via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2107.outbound.protection.outlook.com [40.107.135.107])",
              ident="4fzL8cN1tVz9rK8",
              extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="DE"><div class="WordSection1">\n'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in body.splitlines())
           + "</div></body></html>\n")
    return message(hs, alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 44 out-of-office auto-reply


@mail(n(44), family="auto_reply", lang="de", interview=False, company="Tramfeld Mobility GmbH",
      days=(("Fri", "2026-05-08"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to the candidate's reply on the "
           "interview thread; subject carries the interview wording, body only the absence")
def k44():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 8. Mai, nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. Ab Montag bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an jobs@tramfeld.de.

        Thank you for your message. I am out of office until Friday, 8 May, with limited access to
        e-mail. For urgent matters please contact jobs@tramfeld.de.

        Katharina Oswald
        Talent Acquisition | Tramfeld Mobility GmbH
        """)
    hs = head(addr("Katharina Oswald", "katharina.oswald@tramfeld.de"),
              "Automatische Antwort: Ihr Interviewtermin bei der Tramfeld Mobility GmbH",
              "2026-05-05 13:02:44", "Europe/Berlin",
              "<a3f8c1e2d7b04c69b5e0f1a2c3d4e5f6@AS8PR10MB6912.EURPRD10.PROD.OUTLOOK.COM>",
              via="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2089.outbound.protection.outlook.com [40.107.247.89])",
              ident="4ZsX8eT2mCz9rJ7",
              extra=(("In-Reply-To", "<F2A7C9E1-4B3D-4E5F-8A90-1B2C3D4E5F60@example.org>"),
                     ("References", "<F2A7C9E1-4B3D-4E5F-8A90-1B2C3D4E5F60@example.org>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "katharina.oswald@tramfeld.de"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 45 bounce of the candidate's confirmation


@mail(n(45), family="bounce", lang="de", interview=False, company=None,
      days=(("Mon", "2026-02-09"),),
      note="Postfix bounce (multipart/report) of the candidate's own confirmation mail sent to a "
           "mistyped address; the returned message repeats the interview time, but this mail "
           "confirms nothing from the employer")
def k45():
    original_body = t("""
        Sehr geehrte Frau Hofbauer,

        vielen Dank für die Einladung! Den Termin am Montag, 9. Februar 2026 um 10:00 Uhr bestätige
        ich sehr gerne und freue mich auf das Gespräch mit Ihnen und Herrn Strasser.

        Mit freundlichen Grüßen
        Timo Reinhardt
        """)
    original = message([("From", ME_H),
                        ("To", "verena.hofbauer@praterstern-payment.at"),
                        ("Subject", enc("Re: Einladung zum Bewerbungsgespräch – Data Engineer (w/m/d)")),
                        ("Date", date("2026-01-30 19:36:02", "Europe/Berlin")),
                        ("Message-ID", "<3C9E1A7F-2B4D-4F60-8E15-7A0B9C2D4E6F@example.org>"),
                        ("In-Reply-To", "<20260130103209.5F2A1C0E3B@rexx-app04.rexx-systems.com>"),
                        ("User-Agent", "Mozilla Thunderbird")],
                       text(original_body, params="format=flowed", cte="8bit"))
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <verena.hofbauer@praterstern-payment.at>: Host or domain name not found. Name
            service error for name=praterstern-payment.at type=A: Host not found
        """)
    dsn = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4f2T9m0WbKz9sQ1
        X-Postfix-Sender: rfc822; timo.reinhardt@example.org
        Arrival-Date: Fri, 30 Jan 2026 19:36:03 +0100 (CET)

        Final-Recipient: rfc822; verena.hofbauer@praterstern-payment.at
        Original-Recipient: rfc822;verena.hofbauer@praterstern-payment.at
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=praterstern-payment.at type=A: Host not found
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], dsn),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org"),
              "Undelivered Mail Returned to Sender",
              "2026-01-30 19:36:05", "Europe/Berlin",
              "<20260130183605.7E1B20A4C3@smtp.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# --------------------------------------------------------------------------- 46 newsletter about interviewing


@mail(n(46), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter on interview questions and salary talks; mentions a live Q&A "
           "'Donnerstag um 12 Uhr' for subscribers, confirms nothing")
def k46():
    plain = t("""
        Karriere-Briefing #212 · 16. August 2026

        Guten Morgen!

        1) 7 Fragen, die Sie im Vorstellungsgespräch stellen sollten
        "Haben Sie noch Fragen?" ist keine Höflichkeitsfloskel. Wir zeigen, mit welchen Rückfragen
        Sie im Interview punkten – und welche Sie sich besser sparen.
        Weiterlesen: https://karriere-briefing.de/a/fragen-im-vorstellungsgespraech

        2) Gehalt verhandeln im zweiten Gespräch
        Wann Sie die Zahl nennen sollten und warum "offen" selten eine gute Antwort ist.
        Weiterlesen: https://karriere-briefing.de/a/gehalt-zweites-gespraech

        3) Remote-Interviews: Technik-Check in 5 Minuten
        Kamera, Licht, Ton – die Checkliste zum Ausdrucken.
        Weiterlesen: https://karriere-briefing.de/a/remote-interview-check

        Live-Q&A für Abonnent:innen: Donnerstag um 12 Uhr beantwortet unsere Redaktion Ihre Fragen
        rund ums Bewerbungsgespräch. Einfach vorbeischauen: https://karriere-briefing.de/live

        Sie erhalten diesen Newsletter, weil Sie sich auf karriere-briefing.de angemeldet haben.
        Abmelden: https://karriere-briefing.de/newsletter/abmelden?u=c19f2
        Karriere-Briefing · Medienhaus Lindenau GmbH · Lindenstraße 14 · 50674 Köln
        """)
    htm = t("""
        <html><body style="margin:0;background:#f1efe9;font-family:Georgia,serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:22px 30px;background:#1d3c34;color:#fff;font-size:22px">Karriere-Briefing <span style="font-size:13px;opacity:.8">#212 · 16. August 2026</span></td></tr>
        <tr><td style="padding:24px 30px;font-size:16px;line-height:24px;color:#222">
        <p>Guten Morgen!</p>
        <h2 style="font-size:19px">7 Fragen, die Sie im Vorstellungsgespräch stellen sollten</h2>
        <p>„Haben Sie noch Fragen?“ ist keine Höflichkeitsfloskel. Wir zeigen, mit welchen Rückfragen Sie im Interview punkten – und welche Sie sich besser sparen. <a href="https://karriere-briefing.de/a/fragen-im-vorstellungsgespraech">Weiterlesen</a></p>
        <h2 style="font-size:19px">Gehalt verhandeln im zweiten Gespräch</h2>
        <p>Wann Sie die Zahl nennen sollten und warum „offen“ selten eine gute Antwort ist. <a href="https://karriere-briefing.de/a/gehalt-zweites-gespraech">Weiterlesen</a></p>
        <h2 style="font-size:19px">Remote-Interviews: Technik-Check in 5 Minuten</h2>
        <p>Kamera, Licht, Ton – die Checkliste zum Ausdrucken. <a href="https://karriere-briefing.de/a/remote-interview-check">Weiterlesen</a></p>
        <p style="background:#f7f3e8;padding:12px"><b>Live-Q&amp;A für Abonnent:innen:</b> Donnerstag um 12 Uhr beantwortet unsere Redaktion Ihre Fragen rund ums Bewerbungsgespräch. <a href="https://karriere-briefing.de/live">Einfach vorbeischauen</a></p>
        </td></tr>
        <tr><td style="padding:16px 30px;font-size:11px;color:#888;font-family:Arial,sans-serif">Sie erhalten diesen Newsletter, weil Sie sich auf karriere-briefing.de angemeldet haben. <a href="https://karriere-briefing.de/newsletter/abmelden?u=c19f2">Abmelden</a><br>Karriere-Briefing · Medienhaus Lindenau GmbH · Lindenstraße 14 · 50674 Köln</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Karriere-Briefing", "newsletter@karriere-briefing.de"),
              "7 Fragen, die Sie im Vorstellungsgespräch stellen sollten | Karriere-Briefing #212",
              "2026-08-16 08:00:05", "Europe/Berlin",
              "<nl212.c19f2.20260816060005@mailing.karriere-briefing.de>",
              via="from mailing.karriere-briefing.de (mailing.karriere-briefing.de [185.15.202.36])",
              ident="4g5Dk9Rm1Xz9rH6",
              extra=(("List-Unsubscribe", "<https://karriere-briefing.de/newsletter/abmelden?u=c19f2>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "Karriere-Briefing <briefing.karriere-briefing.de>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(htm, cte="base64")))


# --------------------------------------------------------------------------- 47 post-interview update from the agency


@mail(n(47), family="post_interview", lang="de", interview=False, company="Taunus Leben",
      note="Agency recruiter relays the client's feedback the day after the interview; a possible "
           "second round 'in KW 22' is not scheduled")
def k47():
    body = t("""
        Hi Timo,

        danke fürs kurze Feedback gestern Abend! Hab eben mit Hr. Baumeister telefoniert – die
        waren echt angetan, vor allem von deinem Teil zur Kafka-Migration.

        Sie führen diese Woche noch zwei Gespräche und melden sich bis spätestens Mittwoch
        nächster Woche bei mir. Falls es eine 2. Runde gibt, wäre die wohl in KW 22 mit dem
        Bereichsleiter, Termin stimmen wir dann ab.

        Ich halt dich auf dem Laufenden!

        VG
        Sven

        Sven Drechsler
        Senior Consultant IT & Data
        Talentbrücke GmbH | Kaiserstraße 29 | 60311 Frankfurt am Main
        M +49 171 5550 832
        """)
    hs = head(addr("Sven Drechsler", "sven.drechsler@talentbruecke.de"),
              "Feedback Taunus Leben",
              "2026-05-13 12:31:27", "Europe/Berlin",
              "<FR2P281MB29604D1E7C0A3B58F6E92D1A0C4B7@FR2P281MB2960.DEUP281.PROD.OUTLOOK.COM>",
              via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2092.outbound.protection.outlook.com [40.107.135.92])",
              ident="4ZvK2cQ7nDz9rG5",
              extra=(("Content-Language", "de-DE"),))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 48 rejection (softgarden)


@mail(n(48), family="rejection", lang="de", interview=False, company="Tramfeld Mobility GmbH",
      note="softgarden rejection after the on-site interview on 11 May; refers back to it")
def k48():
    htm = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef1f4;font-family:'Open Sans',Arial,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff">
        <tr><td style="background:#12355b;padding:20px 30px"><img src="https://static.softgarden.io/company/tramfeld/logo-white.png" alt="Tramfeld Mobility" height="32"></td></tr>
        <tr><td style="padding:30px;font-size:14px;line-height:21px;color:#333">
        <p>Hallo Herr Reinhardt,</p>
        <p>vielen Dank für Ihr Interesse an der Position <strong>Backend Developer Data Platform (m/w/d)</strong> und für das offene Gespräch am 11. Mai bei uns in München.</p>
        <p>Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung mit unserem Fahrzeug-Telematik-Stack noch etwas besser zu unseren aktuellen Anforderungen passt. Diese Entscheidung ist uns wirklich nicht leichtgefallen.</p>
        <p>Gerne würden wir Ihre Unterlagen für zukünftige Positionen in unserem Talent-Pool speichern. Ihre Zustimmung dazu können Sie <a href="https://tramfeld.softgarden.io/de/talentpool/consent/8c2f">hier</a> geben.</p>
        <p>Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.</p>
        <p>Viele Grüße<br>Katharina Oswald<br>Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:16px 30px;font-size:11px;color:#8a949e;border-top:1px solid #e3e7eb">Tramfeld Mobility GmbH · Landsberger Straße 155 · 80687 München<br>Diese E-Mail wurde über softgarden versendet.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Tramfeld Mobility GmbH", "noreply@softgarden.io"),
              "Ihre Bewerbung bei der Tramfeld Mobility GmbH",
              "2026-05-20 15:10:02", "Europe/Berlin",
              "<sg.1747746602.4417205.c01d@mail.softgarden.io>",
              via="from mail-out3.softgarden.io (mail-out3.softgarden.io [185.54.212.43])",
              ident="4ZyF0bW6kRz9rF4",
              extra=(("Reply-To", addr("Katharina Oswald", "katharina.oswald@tramfeld.de")),))
    return message(hs, html(htm, cte="base64"))


# --------------------------------------------------------------------------- 49 rejection (Greenhouse, en)


@mail(n(49), family="rejection", lang="en", interview=False, company="Hollis Analytics",
      note="Greenhouse rejection after the first-round interview on the 19th")
def k49():
    plain = t("""
        Hi Timo,

        Thank you for taking the time to speak with Raj on the 19th about the Data Engineer
        (Remote, EU) role. We really appreciated learning about your work on streaming pipelines.

        After careful consideration, we've decided to move forward with other candidates whose
        experience more closely matches what the team needs right now. This wasn't an easy
        decision.

        We'd love to stay in touch - we'll keep your profile on file and reach out if a role opens
        up that looks like a fit.

        Best of luck with your search,
        Megan Tierney
        Hollis Analytics
        """)
    hs = head(addr("Hollis Analytics", "no-reply@us.greenhouse-mail.io"),
              "Update on your application for Data Engineer (Remote, EU)",
              "2026-03-27 14:20:31", "America/New_York",
              "<3b7e1c0a9f.20260327182031.55120@us.greenhouse-mail.io>",
              via="from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.16.7])",
              ident="4ZdR5gV0nHz9rE3",
              extra=(("Reply-To", addr("Megan Tierney", "megan.tierney@hollisanalytics.com")),))
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'
           + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in plain.strip().split("\n\n"))
           + "</body></html>\n")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 50 offer (Isarhaus)


@mail(n(50), family="offer", lang="de", interview=False, company="Isarhaus Versicherung AG",
      days=(("Fri", "2026-10-09"),),
      note="Contract offer after the interviews: start date, reply deadline 'Freitag, 09.10.2026' "
           "and an offer to talk 'am Montag ab 10 Uhr'; no interview")
def k50():
    body = t("""
        Sehr geehrter Herr Reinhardt,

        nach den Gesprächen mit Frau Dr. Gruber und Herrn Brenner freuen wir uns sehr, Ihnen die
        Position Senior Data Engineer (R-10482) bei der Isarhaus Versicherung AG anbieten zu
        können.

        Die Eckdaten:
        - Eintritt: 1. Januar 2027, unbefristet
        - Jahresbruttogehalt: 92.000 € zzgl. variabler Vergütung (Zielwert 8 %)
        - 30 Tage Urlaub, bis zu 3 Tage mobiles Arbeiten pro Woche
        - Standort: München, Leopoldstraße 244

        Den Arbeitsvertrag finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes
        Exemplar bis Freitag, 09.10.2026, zurück – gerne auch vorab als Scan.

        Für Rückfragen stehe ich Ihnen am Montag ab 10 Uhr telefonisch zur Verfügung, gerne auch
        gemeinsam mit Frau Dr. Gruber.

        Wir würden uns sehr freuen, Sie bald im Team begrüßen zu dürfen!

        Mit freundlichen Grüßen

        Sophie Lindner
        Talent Acquisition
        Isarhaus Versicherung AG | Leopoldstraße 244 | 80807 München
        T +49 89 3891-4420 | sophie.lindner@isarhaus.de
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    attachment = Part([("Content-Type", 'application/pdf; name="Arbeitsvertrag_Reinhardt.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Arbeitsvertrag_Reinhardt.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Lindner, Sophie", "sophie.lindner@isarhaus.de"),
              "Ihr Vertragsangebot – Senior Data Engineer (R-10482)",
              "2026-10-02 16:45:19", "Europe/Berlin",
              "<DB9PR06MB7723A1C5E9F04B28D6E3A7C1B0F2D@DB9PR06MB7723.eurprd06.prod.outlook.com>",
              via="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2110.outbound.protection.outlook.com [40.107.20.110])",
              ident="4gJ4tX9cNwz9rD2",
              extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "yes")))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="DE"><div class="WordSection1">\n'
           + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>\n' for line in body.splitlines())
           + "</div></body></html>\n")
    return message(hs, mixed(alt(text(body), html(htm)), attachment))
