"""blind257: 50 hand-written mails from the inbox of Malte Brüggemann, Osnabrück (Sep-Dec 2026).

Registered into ``make.REGISTRY["blind257"]``; built and checked by
``python3 bench/heldout/make_blind.py blind257``. Keys 1-23 are positives, 24-50 negatives; the file
number of the mail written ``key``-th is ``ORDER[key - 1]``. Written blind (no detector, no tests).
"""

from __future__ import annotations

import html as _h
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
)

SET = "blind257"
ORDER = random.Random(2570257).sample(range(1, 51), 50)
ME = "malte.brueggemann@example.org"
ME_NET = "malte.brueggemann@example.net"
B = "Europe/Berlin"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def to_me(name: str = "Malte Brüggemann") -> str:
    return addr(name, ME)


def mx(frm: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(frm, when, zone, f"mx01.mail.example.org with ESMTPS id {ident}", ME, lag)


def ics(body: str, zone: str | None = None) -> str:
    """Dedent an ICS template; @VTZ@ becomes the VTIMEZONE block of ``zone``."""
    out = t(body)
    return out.replace("@VTZ@", VTZ[zone].strip("\n")) if zone else out


def para_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> per line."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n{inner}\n</body></html>\n'


# ============================================================================ positives


# ---------------------------------------------------------------- 1 Greenhouse, EDT vs CET week
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
      contact="jenna.morrow@fieldwiserobotics.com", company="Fieldwise Robotics",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone="America/New_York",
      note="Greenhouse confirmation written in EDT: Thu 29 Oct 10:00-11:00 AM EDT (UTC-4; the US only "
           "falls back on 1 Nov) = 14:00-15:00Z. Europe is already on CET since 25 Oct, so the body's "
           "'3:00 PM in Germany' agrees (UTC+1). Contact = the human Reply-To recruiter.")
def p01() -> bytes:
    body = t("""
        Hi Malte,

        Thanks for making time to speak with us! Your interview for Field Service Planning Lead
        (Remote, EMEA) at Fieldwise Robotics is confirmed. Please find the details below.

        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 11:00 AM EDT (UTC-04:00)
        Your local time: 3:00 PM - 4:00 PM CET (Germany is on winter time from October 25, the US
        switches on November 1 - so the gap is five hours that week, not six)

        Interviewers:
          Priya Natarajan - Director, Field Operations
          Tom Hale - Service Planning Manager, EMEA

        Location: Zoom
        https://fieldwiserobotics.zoom.us/j/83310472265?pwd=cFJ0bXl6dW5LcnlPQ2tH

        If you need to make any changes, just reply to this email.

        Best,
        Jenna Morrow
        Talent Partner | Fieldwise Robotics
        """)
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #333">
        <p>Hi Malte,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Field Service Planning Lead
        (Remote, EMEA)</b> at Fieldwise Robotics is confirmed. Please find the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Thursday, October 29, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM EDT (UTC-04:00)</td></tr>
        <tr><td><b>Your local time:</b></td><td>3:00 PM - 4:00 PM CET (Germany is on winter time from October 25,
        the US switches on November 1 - so the gap is five hours that week, not six)</td></tr>
        <tr><td valign="top"><b>Interviewers:</b></td><td>Priya Natarajan - Director, Field Operations<br>
        Tom Hale - Service Planning Manager, EMEA</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://fieldwiserobotics.zoom.us/j/83310472265?pwd=cFJ0bXl6dW5LcnlPQ2tH">Zoom</a></td></tr>
        </table>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Jenna Morrow<br>Talent Partner | Fieldwise Robotics</p>
        </div>
        <img src="https://us.greenhouse-mail.io/o/eJwNy0EOgjAQRuG7TC.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        ("Return-Path", "<bounces+2284761-4c1d-malte.brueggemann=example.org@us.greenhouse-mail.io>"),
        ("Received", mx("from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.40.12])",
                        "2026-10-20 11:14:52", "America/New_York", "7Qa2kLz0Ff")),
        ("From", "Fieldwise Robotics <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Jenna Morrow <jenna.morrow@fieldwiserobotics.com>"),
        ("To", to_me()),
        ("Subject", "Interview Confirmation: Field Service Planning Lead (Remote, EMEA) - Fieldwise Robotics"),
        ("Date", date("2026-10-20 11:14:49", "America/New_York")),
        ("Message-ID", "<6a1f0c2e-93bd-4d52-b1a7-7f0c61e2d4a9@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.Qm9aN3JvYnVzdEZpZWxkd2lzZQ"),
    ], alt(text(body), html(html_body)))


# ---------------------------------------------------------------- 2 Personio, Oldenburg
@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
      contact="anke.rehbein@hollmann-landtechnik.de", company="Hollmann Landtechnik GmbH",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=B,
      note="Personio-Einladung: Di., 15.09.2026, 10:00-11:00 Uhr in Oldenburg, MESZ (UTC+2) = "
           "08:00-09:00Z. Reply-To ist das Rollenpostfach bewerbung@, kein ICS, Absender no-reply; "
           "Kontakt = die Personalreferentin, deren Adresse in der Signatur steht.")
def p02() -> bytes:
    body = t("""
        Sehr geehrter Herr Brüggemann,

        vielen Dank für Ihre Bewerbung als Serviceplaner Landtechnik (m/w/d) und Ihr Interesse an der
        Hollmann Landtechnik GmbH.

        Gerne bestätigen wir Ihnen hiermit den folgenden Termin für ein persönliches Gespräch:

        Datum: Dienstag, 15.09.2026
        Uhrzeit: 10:00 - 11:00 Uhr
        Ort: Hollmann Landtechnik GmbH, Am Patentbusch 19, 26125 Oldenburg (bitte am Empfang melden)
        Gesprächspartner: Gerd Hollmann (Geschäftsführer), Anke Rehbein (Personal)

        Parkplätze finden Sie direkt vor dem Verwaltungsgebäude. Bitte bringen Sie, falls noch nicht
        geschehen, Ihre letzten Arbeitszeugnisse mit.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte kurz Bescheid.

        Mit freundlichen Grüßen

        Anke Rehbein
        Personalreferentin
        Hollmann Landtechnik GmbH
        Tel. +49 441 9982-214
        anke.rehbein@hollmann-landtechnik.de

        Diese E-Mail wurde über Personio versendet.
        """)
    return message([
        ("Received", mx("from mail-eu1.personio.de (mail-eu1.personio.de [185.12.81.37])",
                        "2026-09-08 14:32:06", B, "Pr83kdmQ0x")),
        ("From", "Hollmann Landtechnik GmbH <no-reply@mail.personio.de>"),
        ("Reply-To", "Hollmann Landtechnik Bewerbung <bewerbung@hollmann-landtechnik.de>"),
        ("To", to_me()),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Serviceplaner Landtechnik (m/w/d)")),
        ("Date", date("2026-09-08 14:32:04", B)),
        ("Message-ID", "<20260908123204.8f1c2b4e77a9@mail.personio.de>"),
    ], alt(text(body, cte="base64"), html(para_html(body), cte="base64")))


# ---------------------------------------------------------------- 3 phone reply, "Donnerstag nächster Woche"
@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-10-08T08:30:00Z", contact="jannis@krumenwerk.de", company="Krumenwerk GmbH",
      local="Thu 2026-10-08 10:30", zone=B, days=(("Fri", "2026-10-02"),),
      note="Kurze iPhone-Antwort (du): 'Donnerstag nächster Woche um halb elf' — Date ist Fr., 2.10.2026, "
           "nächste Woche = 5.-11.10., also Do., 8.10., 10:30 MESZ = 08:30Z. Keine Dauer. Kontakt = Absender.")
def p03() -> bytes:
    body = t("""
        Moin Malte,

        passt super, dann machen wir Donnerstag nächster Woche um halb elf bei uns im Büro am Hafen
        (Hafenweg 24a, 2. OG, klingel bei Krumenwerk). Ich hol Henrik aus dem Vertrieb mit dazu, der
        kennt die Lohnunternehmer-Seite besser als ich.

        Kaffee steht bereit, Laptop brauchst du nciht.

        LG Jannis

        Von meinem iPhone gesendet

        > Am 02.10.2026 um 17:58 schrieb Malte Brüggemann <malte.brueggemann@example.org>:
        >
        > Hi Jannis,
        >
        > danke nochmal für das nette Telefonat heute. Für ein persönliches Kennenlernen in Münster
        > könnte ich nächste Woche Donnerstag oder Freitag, jeweils vormittags.
        >
        > Viele Grüße
        > Malte
        """)
    return message([
        ("Received", mx("from mail.krumenwerk.de (mail.krumenwerk.de [94.130.17.202])",
                        "2026-10-02 18:47:31", B, "Kw20ax7Lmq")),
        ("From", "Jannis Overkamp <jannis@krumenwerk.de>"),
        ("To", to_me()),
        ("Subject", "Re: Kennenlernen"),
        ("Date", date("2026-10-02 18:47:28", B)),
        ("Message-ID", "<3B1E0F7A-55C2-4D3A-9E61-0A8F2D7C11B4@krumenwerk.de>"),
        ("In-Reply-To", "<CAF8m2Q+0tBq1n@mail.example.org>"),
        ("References", "<CAF8m2Q+0tBq1n@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="quoted-printable"))


# ---------------------------------------------------------------- 4 Exchange / Teams, time only in ICS
NORDKAMP_UID = ("040000008200E00074C5B7101A82E00800000000C0D4B1A6E84BDD01000000000000000010000000"
                "5F1B7D0A2C9E3B4C8E77A1C2D3E4F506")


def nordkamp_ics(method: str, seq: int, status: str) -> str:
    summary = "Vorstellungsgespräch Serviceplanung – Malte Brüggemann"
    if method == "CANCEL":
        summary = "Abgesagt: " + summary
    return t(f"""
        BEGIN:VCALENDAR
        METHOD:{method}
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Sönke Harms:mailto:soenke.harms@nordkamp-agrar.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Malte Brüggemann:mailto:malte.brueggemann@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Birte Albers:mailto:birte.albers@nordkamp-agrar.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Brüggemann,\\n\\nwie telefonisch besprochen hier die Einladung.\\n\\nMicrosoft Teams-Besprechung\\n
        UID:{NORDKAMP_UID}
        SUMMARY;LANGUAGE=de-DE:{summary}
        DTSTART;TZID=W. Europe Standard Time:20261111T140000
        DTEND;TZID=W. Europe Standard Time:20261111T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{"20261103T081200Z" if seq == 0 else "20261109T150500Z"}
        TRANSP:{"OPAQUE" if method == "REQUEST" else "TRANSPARENT"}
        STATUS:{status}
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-OWNERAPPTID:2118406113
        X-MICROSOFT-CDO-BUSYSTATUS:{"TENTATIVE" if method == "REQUEST" else "FREE"}
        X-MICROSOFT-CDO-INTENDEDSTATUS:{"BUSY" if method == "REQUEST" else "FREE"}
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
        {"BEGIN:VALARM" if method == "REQUEST" else ""}
        {"DESCRIPTION:REMINDER" if method == "REQUEST" else ""}
        {"TRIGGER;RELATED=START:-PT15M" if method == "REQUEST" else ""}
        {"ACTION:DISPLAY" if method == "REQUEST" else ""}
        {"END:VALARM" if method == "REQUEST" else ""}
        END:VEVENT
        END:VCALENDAR
        """).replace("\n\n", "\n").replace("\n\n", "\n").replace("@VTZ@", VTZ["W. Europe Standard Time"])


TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
    Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0ZDk2YjQtNmQ4Zi00YjFh%40thread.v2/0>
    Besprechungs-ID: 348 112 907 551
    Kennung: Xk7pQ2Ah
    Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def exchange_headers(subject: str, when: str, msgid: str, index: str) -> list[tuple[str, str]]:
    return [
        ("Received", mx("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2071.outbound.protection.outlook.com [40.107.104.71])",
                        when, B, "Nk" + index[:8])),
        ("From", addr("Sönke Harms", "soenke.harms@nordkamp-agrar.de")),
        ("To", to_me()),
        ("CC", "Birte Albers <birte.albers@nordkamp-agrar.de>"),
        ("Subject", enc(subject)),
        ("Thread-Topic", enc("Vorstellungsgespräch Serviceplanung – Malte Brüggemann")),
        ("Thread-Index", index),
        ("Date", date(when, B)),
        ("Message-ID", msgid),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]


@mail(n(4), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start="2026-11-11T13:00:00Z", end="2026-11-11T14:00:00Z",
      contact="soenke.harms@nordkamp-agrar.de", company="Nordkamp Agrartechnik AG",
      local="Wed 2026-11-11 14:00", local_end="2026-11-11 15:00", zone=B,
      note="Exchange-Besprechungsanfrage mit Teams-Block; Uhrzeit steht nur im ICS: DTSTART;TZID=W. Europe "
           "Standard Time 20261111T140000 (Mi., MEZ, UTC+1) = 13:00Z, DTEND 15:00 = 14:00Z. "
           "Kontakt = Organisator/Absender.")
def p04() -> bytes:
    body = t("""
        Hallo Herr Brüggemann,

        wie eben telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch über
        Microsoft Teams. Frau Albers aus der Personalabteilung ist ebenfalls dabei.

        Mit freundlichen Grüßen
        Sönke Harms
        Leitung Kundendienst
        Nordkamp Agrartechnik AG | Hemelinger Hafendamm 8 | 28309 Bremen

        """) + TEAMS_DE
    hbody = para_html(body.replace("_" * 80, ""), "font-family:Calibri,sans-serif;font-size:11pt")
    return message(exchange_headers("Vorstellungsgespräch Serviceplanung – Malte Brüggemann",
                                    "2026-11-03 09:12:40", "<AM9PR06MB7745D1A2C3B4E5F6A7B8C9D0AM9PR06MB7745@AM9PR06MB7745.eurprd06.prod.outlook.com>",
                                    "AdtTXk7pQ2Ah3ZCbRNGx4q1bT9w0vA=="),
                   alt(text(body), html(hbody),
                       calendar(nordkamp_ics("REQUEST", 0, "CONFIRMED"), cte="base64")))


# ---------------------------------------------------------------- 5 Calendly (German), "Mitteleuropäische Zeit" in summer
@mail(n(5), family="calendly", lang="de", interview=True, kind="scheduled",
      start="2026-09-22T12:30:00Z", end="2026-09-22T13:00:00Z",
      contact="carolin.tebbe@agrolink-systems.de", company="Agrolink Systems GmbH",
      local="Tue 2026-09-22 14:30", local_end="2026-09-22 15:00", zone=B,
      note="Calendly-Bestätigung auf Deutsch: 14:30-15:00, Di., 22.09.2026, beschriftet "
           "'Mitteleuropäische Zeit', gemeint ist die Berliner Ortszeit (im September MESZ, UTC+2) = "
           "12:30-13:00Z; das ICS in UTC bestätigt das. Kontakt = Reply-To der Veranstalterin.")
def p05() -> bytes:
    body = t("""
        Hallo Malte Brüggemann,

        Ihr Termin Erstgespräch Serviceplaner (m/w/d) mit Carolin Tebbe am Dienstag, 22. September 2026
        um 14:30 ist geplant.

        Event-Typ:
        Erstgespräch Serviceplaner (m/w/d)

        Veranstalter:
        Carolin Tebbe

        Datum/Uhrzeit des Events:
        14:30 - 15:00, Dienstag, 22. September 2026 (Mitteleuropäische Zeit)

        Ort:
        Carolin ruft Sie unter +49 160 5512873 an.

        Eingeladene Person E-Mail-Adresse:
        malte.brueggemann@example.org

        Fragen:
        Worauf freuen Sie sich bei einem Wechsel am meisten?
        Mehr Planung, weniger Feuerwehr. Und auf Kunden mit großen Flotten.

        Zu Ihrem Kalender hinzufügen: Google | Outlook | iCal

        Absagen: https://calendly.com/cancellations/2e0c6c8a-7d34-4b3e-9f7e-52bb1d0f2a61
        Neu planen: https://calendly.com/reschedulings/2e0c6c8a-7d34-4b3e-9f7e-52bb1d0f2a61

        Unterstützt von Calendly.com
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        PRODID:-//Calendly//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260917T080211Z
        UID:2e0c6c8a-7d34-4b3e-9f7e-52bb1d0f2a61@calendly.com
        DTSTART:20260922T123000Z
        DTEND:20260922T130000Z
        SUMMARY:Erstgespräch Serviceplaner (m/w/d) zwischen Carolin Tebbe und Malte Brüggemann
        DESCRIPTION:Carolin ruft Sie unter +49 160 5512873 an.\\n\\nAbsagen: https://calendly.com/cancellations/2e0c6c8a-7d34-4b3e-9f7e-52bb1d0f2a61
        ORGANIZER;CN=Carolin Tebbe:mailto:carolin.tebbe@agrolink-systems.de
        LOCATION:Telefon
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from o1.email.calendly.com (o1.email.calendly.com [167.89.123.54])",
                        "2026-09-17 10:02:11", B, "Cy0Q8aBv2R")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Carolin Tebbe <carolin.tebbe@agrolink-systems.de>"),
        ("To", ME),
        ("Subject", enc("Bestätigt: Erstgespräch Serviceplaner (m/w/d) mit Carolin Tebbe am Dienstag, "
                        "22. September 2026")),
        ("Date", date("2026-09-17 10:02:09", B)),
        ("Message-ID", "<0100018e4b2a1c3d-5c7a9e1f-2b4d-4e6f-8a0c-1e3f5a7c9e0b-000000@email.calendly.com>"),
    ], mixed(alt(text(body), html(para_html(body))),
             calendar(ical, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 6 Google Calendar all-day, time only in description
@mail(n(6), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-12-10T08:00:00Z", contact="h.brandes@leinetal-maschinenbau.de",
      company="Leinetal Maschinenbau GmbH", local="Thu 2026-12-10 09:00", zone=B,
      note="Google-Kalender-Einladung als ganztägiger Termin (DTSTART;VALUE=DATE 20261210); die Uhrzeit "
           "steht nur in der Beschreibung: 'Beginn um 9 Uhr' am Do., 10.12., MEZ (UTC+1) = 08:00Z; "
           "'Ende gegen 13 Uhr' ist ungefähr, daher end null. Kontakt = Organisator.")
def p06() -> bytes:
    desc = ("Hallo Herr Brüggemann,\n\nwie besprochen: Beginn um 9 Uhr bei uns am Empfang Werk 2. Erst "
            "Werksrundgang mit Herrn Dreyer (Serviceleitung), danach das Gespräch mit mir und Frau Koch. "
            "Ende gegen 13 Uhr, Mittagessen in der Kantine inklusive.\n\nBis dahin!\nHeiko Brandes")
    body = t("""
        Heiko Brandes hat Sie zu folgendem Termin eingeladen.

        Vorstellungsgespräch M. Brüggemann (Serviceplanung)
        Wann
        Do. 10. Dez. 2026

        Wo
        Leinetal Maschinenbau, Werk 2, Hildesheimer Str. 212, 30880 Laatzen (Karte: https://www.google.com/maps/search/Hildesheimer+Str.+212,+30880+Laatzen)

        Gäste
        Heiko Brandes - Organisator
        malte.brueggemann@example.org
        anja.koch@leinetal-maschinenbau.de
        Alle Gäste ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=N2k0cWxkMzVnZ2c

        Antworten für malte.brueggemann@example.org: Ja / Vielleicht / Nein / Weitere Optionen

        """) + desc + t("""


        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie in Zukunft keine
        Nachrichten für diesen Termin erhalten möchten, lehnen Sie ihn ab.
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261210
        DTEND;VALUE=DATE:20261211
        DTSTAMP:20261202T144022Z
        ORGANIZER;CN=Heiko Brandes:mailto:h.brandes@leinetal-maschinenbau.de
        UID:7k4qld35ggc8q1r0v9m2e6b3t0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Heiko Brandes;X-NUM-GUESTS=0:mailto:h.brandes@leinetal-maschinenbau.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=malte.brueggemann@example.org;X-NUM-GUESTS=0:mailto:malte.brueggemann@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.koch@leinetal-maschinenbau.de;X-NUM-GUESTS=0:mailto:anja.koch@leinetal-maschinenbau.de
        CREATED:20261202T143851Z
        DESCRIPTION:@DESC@
        LAST-MODIFIED:20261202T144022Z
        LOCATION:Leinetal Maschinenbau\\, Werk 2\\, Hildesheimer Str. 212\\, 30880 Laatzen
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch M. Brüggemann (Serviceplanung)
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """).replace("@DESC@", desc.replace(",", "\\,").replace("\n", "\\n"))
    return message([
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        "2026-12-02 15:40:22", B, "Gc4pL0s9Xe")),
        ("From", "Heiko Brandes <h.brandes@leinetal-maschinenbau.de>"),
        ("Reply-To", "Heiko Brandes <h.brandes@leinetal-maschinenbau.de>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Einladung: Vorstellungsgespräch M. Brüggemann (Serviceplanung) @ Do. 10. Dez. 2026 "
                        "(malte.brueggemann@example.org)")),
        ("Date", date("2026-12-02 15:40:22", B)),
        ("Message-ID", "<calendar-7f2b9c1e-4d3a-4b8e-a6c1-2f0e9d8c7b6a@google.com>"),
    ], mixed(alt(text(body), html(para_html(body)), calendar(ical, cte="base64")),
             calendar(ical, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 7 Workday, US back to CST on 1 Nov
@mail(n(7), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z",
      contact="dana.whitfield@brennerharvest.com", company="Brenner Harvest Systems",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone="America/Chicago",
      note="Workday mail sent 27 Oct in CDT; the interview is Mon 2 Nov 9:00-10:00 AM Central, after the US "
           "fall-back on 1 Nov, so CST (UTC-6) = 15:00-16:00Z (16:00 CET in Osnabrück). Workday sender is "
           "a system address; contact = the recruiter named with her address in the body.")
def p07() -> bytes:
    body = t("""
        Dear Malte,

        Thank you for your interest in the Service Operations Planner, EMEA (R-0048213) position at
        Brenner Harvest Systems. We are pleased to confirm your interview as follows:

        Interview Type: Virtual (Microsoft Teams)
        Date: Monday, November 2, 2026
        Time: 9:00 AM - 10:00 AM (Central Time, US & Canada)
        Interviewer(s): Craig Olsen, Director Aftermarket Service; Marta Lindholm, Service Planning EMEA

        Please note that clocks in the US go back one hour on Sunday, November 1. The Teams link will be
        sent by the interview team in a separate calendar invitation.

        If you have any questions, please contact your recruiter, Dana Whitfield, at
        dana.whitfield@brennerharvest.com.

        To review your application, sign in to the Brenner Harvest Systems Career Site:
        https://brennerharvest.wd1.myworkdayjobs.com/BHS_Careers/login

        Kind regards,
        Brenner Harvest Systems Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    hbody = t("""
        <html><body>
        <table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:13px;color:#1f1f1f">
        <tr><td style="background:#0b3d2e;padding:14px;color:#ffffff;font-size:18px">Brenner Harvest Systems</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Malte,</p>
        <p>Thank you for your interest in the Service Operations Planner, EMEA (R-0048213) position at Brenner Harvest Systems. We are pleased to confirm your interview as follows:</p>
        <p><b>Interview Type:</b> Virtual (Microsoft Teams)<br>
        <b>Date:</b> Monday, November 2, 2026<br>
        <b>Time:</b> 9:00 AM - 10:00 AM (Central Time, US &amp; Canada)<br>
        <b>Interviewer(s):</b> Craig Olsen, Director Aftermarket Service; Marta Lindholm, Service Planning EMEA</p>
        <p>Please note that clocks in the US go back one hour on Sunday, November 1. The Teams link will be sent by the interview team in a separate calendar invitation.</p>
        <p>If you have any questions, please contact your recruiter, Dana Whitfield, at <a href="mailto:dana.whitfield@brennerharvest.com">dana.whitfield@brennerharvest.com</a>.</p>
        <p><a href="https://brennerharvest.wd1.myworkdayjobs.com/BHS_Careers/login">Sign in to the Career Site</a></p>
        <p>Kind regards,<br>Brenner Harvest Systems Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", mx("from wd1-prod-smtp12.myworkday.com (wd1-prod-smtp12.myworkday.com [216.32.190.44])",
                        "2026-10-27 13:20:05", "America/Chicago", "Wd2B7mNq8v")),
        ("From", "Brenner Harvest Systems <brennerharvest@myworkday.com>"),
        ("To", ME),
        ("Subject", "Interview Scheduled - Service Operations Planner, EMEA (R-0048213)"),
        ("Date", date("2026-10-27 13:20:03", "America/Chicago")),
        ("Message-ID", "<1703119245.88213.1793125203551@wd1-prod-smtp12.myworkday.com>"),
        ("X-Workday-Tenant", "brennerharvest"),
    ], alt(text(body, cte="7bit"), html(hbody)))


# ---------------------------------------------------------------- 8 SmartRecruiters, Münster
@mail(n(8), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start="2026-09-21T11:00:00Z", end="2026-09-21T11:45:00Z",
      contact="jonas.pieper@westfalia-feldtechnik.de", company="Westfalia Feldtechnik GmbH",
      local="Mon 2026-09-21 13:00", local_end="2026-09-21 13:45", zone=B,
      note="SmartRecruiters-Bestätigung: Mo., 21.09.2026, 13:00-13:45 (MESZ, UTC+2) = 11:00-11:45Z, ICS "
           "mit TZID Europe/Berlin. Absender noreply; Kontakt = Interviewer, dessen Adresse im Text steht.")
def p08() -> bytes:
    body = t("""
        Hallo Malte,

        Ihr Interview wurde bestätigt.

        Position: Disponent Kundendienst Erntetechnik (m/w/d), Münster
        Art: Vor-Ort-Interview
        Wann: Montag, 21. September 2026, 13:00 - 13:45 (MESZ)
        Wo: Westfalia Feldtechnik GmbH, Loddenheide 31, 48155 Münster, Gebäude B
        Interviewer: Jonas Pieper, Leiter Kundendienst

        Bei Fragen zum Termin wenden Sie sich bitte direkt an Jonas Pieper:
        jonas.pieper@westfalia-feldtechnik.de

        Eine Kalendereinladung finden Sie im Anhang.

        Viele Grüße
        Ihr Recruiting-Team der Westfalia Feldtechnik GmbH

        --
        Powered by SmartRecruiters | Datenschutz: https://jobs.smartrecruiters.com/privacy
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        UID:sr-int-9d1c3b7e-2f4a-4c8e-b5d6-0e1f2a3b4c5d
        DTSTAMP:20260914T090500Z
        DTSTART;TZID=Europe/Berlin:20260921T130000
        DTEND;TZID=Europe/Berlin:20260921T134500
        SUMMARY:Interview: Disponent Kundendienst Erntetechnik (m/w/d) - Westfalia Feldtechnik
        LOCATION:Loddenheide 31\\, 48155 Münster\\, Gebäude B
        ORGANIZER;CN=Jonas Pieper:mailto:jonas.pieper@westfalia-feldtechnik.de
        ATTENDEE;CN=Malte Brüggemann;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:malte.brueggemann@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """, "Europe/Berlin")
    return message([
        ("Received", mx("from mail10.smartrecruiters.com (mail10.smartrecruiters.com [198.2.180.61])",
                        "2026-09-14 11:05:37", B, "Sr5k1Pz3Qw")),
        ("From", "Westfalia Feldtechnik GmbH <noreply@smartrecruiters.com>"),
        ("To", to_me()),
        ("Subject", enc("Interview bestätigt: Disponent Kundendienst Erntetechnik (m/w/d)")),
        ("Date", date("2026-09-14 11:05:35", B)),
        ("Message-ID", "<sr.9d1c3b7e2f4a4c8e.1789376735@smartrecruiters.com>"),
    ], mixed(alt(text(body), html(para_html(body))),
             calendar(ical, cte="base64", filename="interview.ics", disposition="attachment")))


# ---------------------------------------------------------------- 9 Teamtailor, HTML only
@mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start="2026-10-16T07:30:00Z", contact="lena.hoting@hunte-agrarservice.de",
      company="Hunte Agrarservice GmbH", local="Fri 2026-10-16 09:30", zone=B,
      note="Teamtailor, nur HTML: Freitag, 16. Oktober 2026 um 09:30 Uhr in Oldenburg, MESZ (UTC+2) = "
           "07:30Z; 'ca. eine Stunde' ist ungefähr, end null. Reply-To ist ein Teamtailor-Relay; "
           "Kontakt = Adresse der Recruiterin in der Signatur.")
def p09() -> bytes:
    hbody = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Hunte Agrarservice</title></head>
        <body style="margin:0;background:#f4f4f0">
        <table role="presentation" width="100%" style="background:#f4f4f0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:1.5;color:#222">
        <tr><td style="padding:24px 32px"><img src="https://assets.teamtailor-cdn.com/hunte/logo.png" alt="Hunte Agrarservice" width="140"></td></tr>
        <tr><td style="padding:0 32px 24px">
        <p>Hallo Malte,</p>
        <p>schön, dass es geklappt hat! Hiermit bestätige ich dir unser Kennenlernen:</p>
        <p style="background:#eef3e8;padding:12px 16px;border-radius:6px">
        <strong>Freitag, 16. Oktober 2026 um 09:30 Uhr</strong><br>
        Hunte Agrarservice GmbH, Maschinenhalle / Büro 1. OG<br>
        Stedinger Straße 88, 26135 Oldenburg</p>
        <p>Wir planen ca. eine Stunde ein. Mit dabei ist unser Werkstattmeister Ubbo Janssen, der dir auch gern die Halle zeigt.
        Feste Schuhe sind keine schlechte Idee.</p>
        <p>Falls etwas dazwischenkommt, melde dich einfach bei mir.</p>
        <p>Viele Grüße<br>
        Lena Hoting<br>
        People &amp; Culture<br>
        <a href="mailto:lena.hoting@hunte-agrarservice.de">lena.hoting@hunte-agrarservice.de</a> · 0441 36177-20</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:12px;color:#888;border-top:1px solid #eee">
        Gesendet mit <a href="https://www.teamtailor.com" style="color:#888">Teamtailor</a> ·
        <a href="https://hunte-agrarservice.teamtailor.com/connect/unsubscribe/7Hq2" style="color:#888">Meine Daten verwalten</a>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", mx("from a27-88.smtp-out.eu-west-1.amazonses.com (a27-88.smtp-out.eu-west-1.amazonses.com [54.240.27.88])",
                        "2026-10-07 08:31:15", B, "Tt9Hq2Lx0c")),
        ("From", addr("Lena Hoting (Hunte Agrarservice)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c7Hq2LmN8xP0@teamtailor-mail.com"),
        ("To", to_me()),
        ("Subject", enc("Unser Kennenlernen am Freitag, 16.10. – Hunte Agrarservice")),
        ("Date", date("2026-10-07 08:31:12", B)),
        ("Message-ID", "<0102019276e1a3f4-8b2d1c9e-6f3a-4e5b-9c7d-2a1b0c9d8e7f-000000@eu-west-1.amazonses.com>"),
    ], html(hbody))


# ---------------------------------------------------------------- 10 Zoom, UK back to GMT
@mail(n(10), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T09:45:00Z",
      contact="oliver.grant@penrose-precision.co.uk", company="Penrose Precision Farming Ltd",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 09:45", zone="Europe/London",
      note="Recruiter mail sent Mon 19 Oct (BST) with a pasted Zoom invitation: Tue 27 Oct 09:00 London, "
           "after the UK fall-back on 25 Oct, so GMT (UTC+0) = 09:00Z; '45 minutes' = exact length. The "
           "body's '10:00 your time' (CET) agrees. Contact = sender.")
def p10() -> bytes:
    body = t("""
        Hi Malte,

        Great speaking earlier. As promised, here are the details for your interview with Rachel
        Dunmore (Head of Dealer Service) and me - Tuesday 27 October, 09:00 UK time, which is 10:00
        for you in Osnabrück (we both change clocks on the 25th, so the usual one hour gap stays).
        We've blocked 45 minutes.

        It will be a conversation about how you'd plan service capacity across a dealer network in
        peak season - nothing to prepare formally, but have a think about harvest 2026 and what you'd
        do differently.

        Oliver Grant is inviting you to a scheduled Zoom meeting.

        Topic: Penrose - Interview Malte Brüggemann (Service Planner DACH)
        Time: Oct 27, 2026 09:00 AM London

        Join Zoom Meeting
        https://penrose-precision.zoom.us/j/91843027716?pwd=Uk9YdEpVQ2x0bE5oWkp3

        Meeting ID: 918 4302 7716
        Passcode: 508113

        ---

        One tap mobile
        +442034815240,,91843027716#,,,,*508113# United Kingdom
        +496971049922,,91843027716#,,,,*508113# Germany

        Cheers,
        Oliver

        Oliver Grant
        Talent Acquisition Partner
        Penrose Precision Farming Ltd | Lincoln, UK
        M: +44 7700 900413
        """)
    return message([
        ("Received", mx("from LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1a2::9)",
                        "2026-10-19 16:22:48", "Europe/London", "Zm3R8wYq1n")),
        ("From", "Oliver Grant <oliver.grant@penrose-precision.co.uk>"),
        ("To", to_me()),
        ("Subject", "Interview - Tuesday 27 Oct, 09:00 UK"),
        ("Date", date("2026-10-19 16:22:45", "Europe/London")),
        ("Message-ID", "<LO2P265MB51207A1C9E8D3F2B4A6C1D0EB2@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


# ---------------------------------------------------------------- 11 JOIN, "übermorgen"
@mail(n(11), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-11-12T09:00:00Z", contact="t.boeckmann@boeckmann-landtechnik.de",
      company="Böckmann Landtechnik GmbH & Co. KG", local="Thu 2026-11-12 10:00", zone=B,
      days=(("Tue", "2026-11-10"),),
      note="JOIN-Nachricht vom Di., 10.11.2026: 'übermorgen, also Donnerstag, um 10 Uhr' = Do., 12.11., "
           "10:00 MEZ (UTC+1) = 09:00Z; 'etwa eine halbe Stunde' ist ungefähr, end null. Absender ist "
           "JOINs Nachrichtenadresse; Kontakt = Adresse des Geschäftsführers im Text.")
def p11() -> bytes:
    body = t("""
        Neue Nachricht zu Ihrer Bewerbung als Serviceleiter Landtechnik (m/w/d) in Melle

        Thomas Böckmann schreibt:

        Hallo Herr Brüggemann,

        danke für die schnelle Rückmeldung! Dann halten wir das Telefoninterview übermorgen, also
        Donnerstag, um 10 Uhr fest. Ich rufe Sie auf der Handynummer aus Ihrem Lebenslauf an, wir
        brauchen etwa eine halbe Stunde.

        Falls Sie vorher noch was loswerden wollen: t.boeckmann@boeckmann-landtechnik.de

        Schöne Grüße aus Melle
        Thomas Böckmann

        Antworten Sie direkt in JOIN: https://join.com/candidate/messages/a3f9c1d2

        --
        JOIN Solutions AG · Diese Nachricht wurde Ihnen über JOIN zugestellt.
        """)
    return message([
        ("Received", mx("from mail.join.com (mail.join.com [52.29.114.8])",
                        "2026-11-10 15:12:44", B, "Jn6b2Vq9Xk")),
        ("From", addr("Thomas Böckmann über JOIN", "messages@join.com")),
        ("To", ME),
        ("Subject", enc("Neue Nachricht: Serviceleiter Landtechnik (m/w/d) – Böckmann Landtechnik")),
        ("Date", date("2026-11-10 15:12:41", B)),
        ("Message-ID", "<msg-a3f9c1d2-7e4b-4f0a-9b1c-5d6e7f8a9b0c@join.com>"),
    ], alt(text(body, cte="8bit"), html(para_html(body), cte="8bit")))


# ---------------------------------------------------------------- 12 softgarden, forwarded to self as message/rfc822
@mail(n(12), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-11-04T13:00:00Z", end="2026-11-04T14:30:00Z",
      contact="jana.overbeck@landhandel-wiehengebirge.de", company="Landhandel Wiehengebirge eG",
      local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:30", zone=B,
      note="Weiterleitung an sich selbst (von der example.net-Adresse) mit der softgarden-Einladung als "
           "message/rfc822 (iso-8859-15): Mittwoch, 04.11.2026, 14:00-15:30 Uhr, MEZ (UTC+1) = "
           "13:00-14:30Z. Äußerer Absender ist der Kandidat selbst; Kontakt = Ansprechpartnerin im "
           "weitergeleiteten Text.")
def p12() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Brüggemann,

        wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position

            Koordinator Werkstatt & Außendienst (m/w/d)

        einladen zu dürfen.

        Termin:  Mittwoch, 04.11.2026, 14:00 - 15:30 Uhr
        Ort:     Landhandel Wiehengebirge eG, Hauptverwaltung, Pagenstecherstraße 140,
                 49090 Osnabrück, Raum 2.14

        Im ersten Teil lernen Sie unsere Werkstattleitung kennen, anschließend folgt ein kurzer
        Fallbezug aus der Einsatzplanung (ca. 20 Minuten).

        Bitte bestätigen Sie den Termin über den folgenden Link:
        https://landhandel-wiehengebirge.softgarden.io/de/interview/confirm/8812734

        Ihre Ansprechpartnerin: Jana Overbeck, Personalentwicklung
        Telefon 0541 50813-31, jana.overbeck@landhandel-wiehengebirge.de

        Mit freundlichen Grüßen
        Landhandel Wiehengebirge eG
        """)
    inner = message([
        ("Received", "from mta-02.softgarden.io (mta-02.softgarden.io [185.8.64.22])\r\n by mx.example.net"
                     " for <malte.brueggemann@example.net>; Thu, 29 Oct 2026 09:03:19 +0000"),
        ("From", "Landhandel Wiehengebirge eG <noreply@softgarden.io>"),
        ("To", addr("Malte Brüggemann", ME_NET, "iso-8859-15")),
        ("Subject", enc("Einladung zum Vorstellungsgespräch: Koordinator Werkstatt & Außendienst (m/w/d)",
                        "iso-8859-15")),
        ("Date", date("2026-10-29 10:03:16", B)),
        ("Message-ID", "<sg.8812734.1793264596@softgarden.io>"),
    ], text(inner_body, charset="iso-8859-15", cte="quoted-printable"))
    outer = t("""
        zur Sicherheit auch an die Hauptadresse, die alte web-Adresse liest der Kalender nicht mit.

        --
        Malte
        """)
    return message([
        ("Received", mx("from mout.example.net (mout.example.net [212.227.17.10])",
                        "2026-10-29 19:44:02", B, "Fw1s8Kd2Pz")),
        ("From", addr("Malte Brüggemann", ME_NET)),
        ("To", to_me()),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch: Koordinator Werkstatt & Außendienst (m/w/d)")),
        ("Date", date("2026-10-29 19:43:58", B)),
        ("Message-ID", "<a91f2c33-0e6d-4b5e-8d0c-3f1b2e4a6c8d@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="7bit", params="format=flowed"), attached_message(inner, "Einladung.eml")))


# ---------------------------------------------------------------- 13 GoodTime, two-session itinerary
@mail(n(13), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T15:00:00Z", end="2026-12-01T16:45:00Z",
      contact="megan.sorensen@harvestline.com", company="Harvestline",
      local="Tue 2026-12-01 16:00", local_end="2026-12-01 17:45", zone=B,
      note="GoodTime itinerary shown in the candidate's zone (Central European Standard Time, UTC+1): "
           "Tue 1 Dec 4:00-4:45 PM and 5:00-5:45 PM -> first start to last end = 15:00-16:45Z. The "
           "interviewers' own 9:00 AM CST (UTC-6) agrees. Contact = human Reply-To coordinator.")
def p13() -> bytes:
    body = t("""
        Hi Malte,

        Your interviews with Harvestline are confirmed. All times below are shown in your time zone.

        Tuesday, December 1, 2026 (Central European Standard Time)

        4:00 PM - 4:45 PM   Hiring Manager Interview
                            Luis Ortega, VP Customer Operations
        5:00 PM - 5:45 PM   Panel: Service Planning Case
                            Amber Klein, Field Service Analytics; Jon Petrakis, Dealer Network

        Join via Google Meet: https://meet.google.com/xqr-bvnt-kwe
        (the same link works for both sessions; there is a 15 minute break in between)

        For the interviewers this is 9:00 AM Central Time in Kansas City, in case anyone mentions it.

        Need to reschedule? Reply to this email and I'll take care of it.

        Megan Sorensen
        Recruiting Coordinator, Harvestline

        Powered by GoodTime
        """)
    return message([
        ("Received", mx("from mail-out-3.goodtime.io (mail-out-3.goodtime.io [149.72.226.18])",
                        "2026-11-24 17:05:31", B, "Gt3Nv8Qw2L")),
        ("From", "Harvestline Recruiting <no-reply@goodtime.io>"),
        ("Reply-To", "Megan Sorensen <megan.sorensen@harvestline.com>"),
        ("To", to_me()),
        ("Subject", "Your interview schedule with Harvestline - Tuesday, December 1"),
        ("Date", date("2026-11-24 17:05:28", B)),
        ("Message-ID", "<gt-itin-41c7e2a9b3d84f11@goodtime.io>"),
    ], alt(text(body), html(para_html(body))))


# ---------------------------------------------------------------- 14 Microsoft Bookings, standard offset shown in summer
@mail(n(14), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-24T09:00:00Z", end="2026-09-24T09:45:00Z", contact=None,
      company="Dümmer Agrartechnik GmbH", local="Thu 2026-09-24 11:00", local_end="2026-09-24 11:45", zone=B,
      note="Microsoft Bookings: Do., 24.09.2026, 11:00-11:45, Zonenbeschriftung '(UTC+01:00) Amsterdam, "
           "Berlin...' zeigt den Standard-Offset, im September gilt aber MESZ (UTC+2) = 09:00-09:45Z; das ICS "
           "(W. Europe Standard Time) bestätigt das. Absender ist das Bookings-Postfach, die Mitarbeiterin "
           "steht nur mit Namen da: Kontakt null.")
def p14() -> bytes:
    body = t("""
        Ihre Buchung wurde bestätigt.

        Dümmer Agrartechnik GmbH

        Vorstellungsgespräch (Video, 45 Min.)
        Donnerstag, 24. September 2026
        11:00 - 11:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Mitarbeiter: Katrin Wessels

        An Microsoft Teams-Besprechung teilnehmen
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ3ZTkxMzAtOGI2%40thread.v2/0

        Zusätzliche Informationen
        Vielen Dank für Ihre Terminbuchung. Im Gespräch geht es um die Stelle Einsatzplaner Kundendienst
        (m/w/d) am Standort Diepholz.

        Buchung verwalten: https://outlook.office365.com/owa/calendar/BewerbertermineDmmerAgrartechnik@duemmer-agrartechnik.de/bookings/manage
        Sie können Ihren Termin bis 24 Stunden vorher ändern oder absagen.
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Bewerbertermine Dümmer Agrartechnik:mailto:BewerbertermineDmmerAgrartechnik@duemmer-agrartechnik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Malte Brüggemann:mailto:malte.brueggemann@example.org
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch (Video\\, 45 Min.)
        DTSTART;TZID=W. Europe Standard Time:20260924T110000
        DTEND;TZID=W. Europe Standard Time:20260924T114500
        UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T104400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """, "W. Europe Standard Time")
    return message([
        ("Received", mx("from DB9PR02MB7011.eurprd02.prod.outlook.com (2603:10a6:10:2d1::17)",
                        "2026-09-18 12:44:02", B, "Bk7Xc2Fp0a")),
        ("From", addr("Bewerbertermine Dümmer Agrartechnik",
                      "BewerbertermineDmmerAgrartechnik@duemmer-agrartechnik.de")),
        ("To", to_me()),
        ("Subject", enc("Buchung bestätigt: Vorstellungsgespräch (Video, 45 Min.) mit Dümmer Agrartechnik GmbH")),
        ("Date", date("2026-09-18 12:43:59", B)),
        ("Message-ID", "<DB9PR02MB70115C3A1E9F2D4B7C8E6A5FB1@DB9PR02MB7011.eurprd02.prod.outlook.com>"),
        ("X-MS-Exchange-Bookings-Business", "duemmer-agrartechnik"),
    ], alt(text(body), html(para_html(body, "font-family:'Segoe UI',sans-serif;font-size:14px")),
           calendar(ical, cte="base64")))


# ---------------------------------------------------------------- 15 Ashby, Auckland: local date is the previous day in UTC
@mail(n(15), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T20:00:00Z", end="2026-11-17T20:45:00Z",
      contact="aroha.ngata@furrowlabs.co.nz", company="Furrow Labs",
      local="Wed 2026-11-18 09:00", local_end="2026-11-18 09:45", zone="Pacific/Auckland",
      note="Ashby confirmation for a remote team in Auckland: Wed 18 Nov 9:00-9:45 AM NZDT (UTC+13) = "
           "Tue 17 Nov 20:00-20:45Z, i.e. the previous day in UTC; the body's 'Tuesday 9:00 PM CET' agrees, "
           "the ICS is in Pacific/Auckland. Contact = Reply-To recruiter / ORGANIZER.")
def p15() -> bytes:
    body = t("""
        Hi Malte,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, November 18, 2026, 9:00 AM - 9:45 AM NZDT
        (Tuesday, November 17, 9:00 PM - 9:45 PM in Osnabrück, CET)
        Google Meet: https://meet.google.com/pfu-wkzr-mta

        You'll meet with:
          Tama Whitcombe - Head of Customer Success (Europe & NZ)

        We know the evening slot is a bit unusual - thanks for making it work with our team here in
        Auckland.

        Questions? Just reply and it will reach Aroha Ngata.

        Thanks,
        Furrow Labs Recruiting
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        UID:8e21b0c4-77d9-4a5e-bf12-c0a9d3e6f471
        DTSTAMP:20261110T211507Z
        DTSTART;TZID=Pacific/Auckland:20261118T090000
        DTEND;TZID=Pacific/Auckland:20261118T094500
        SEQUENCE:0
        SUMMARY:Furrow Labs - Customer Operations Lead (Remote EU) Interview
        LOCATION:https://meet.google.com/pfu-wkzr-mta
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@furrowlabs.co.nz
        ATTENDEE;CN=Malte Brüggemann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:malte.brueggemann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, "Pacific/Auckland")
    return message([
        ("Received", mx("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
                        "2026-11-10 21:15:09", "UTC", "As8Fz1Qm4T")),
        ("From", "Furrow Labs <no-reply@ashbyhq.com>"),
        ("Reply-To", "Aroha Ngata <aroha.ngata@furrowlabs.co.nz>"),
        ("To", to_me()),
        ("Subject", "Interview confirmed: Customer Operations Lead (Remote EU) at Furrow Labs"),
        ("Date", date("2026-11-10 21:15:07", "UTC")),
        ("Message-ID", "<0100019b1f3e7a21-4c9d2e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(para_html(body), cte="base64")),
             calendar(ical, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


# ---------------------------------------------------------------- 16 Enschede recruiter, English, "Monday at 11"
VANDIJK_Q = t("""
    On Fri, 6 Nov 2026 at 14:31, Malte Brüggemann <malte.brueggemann@example.org> wrote:
    > Hi Sanne,
    >
    > thanks for the call this morning. Monday morning works well for me, and if anything
    > changes on your side, Tuesday afternoon would also be fine.
    >
    > Best regards,
    > Malte
    """)


@mail(n(16), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-09T10:00:00Z", contact="sanne.devries@vandijk-agritech.nl",
      company="Van Dijk Agritech B.V.", local="Mon 2026-11-09 11:00", zone="Europe/Amsterdam",
      days=(("Fri", "2026-11-06"),),
      note="Dutch recruiter writing English on Fri 6 Nov: 'Monday at 11:00 here in Enschede' = Mon 9 Nov "
           "11:00 CET (Europe/Amsterdam, UTC+1) = 10:00Z; no length. Contact = sender.")
def p16() -> bytes:
    body = t("""
        Hi Malte,

        Great, so Monday at 11:00 here in Enschede it is! You'll meet Bart Kuipers (head of our
        workshop and field service) and me. Our office is at Hengelosestraat 512, parking is behind
        the building, just ring at the reception.

        It's only 45 minutes from Osnabrück by car, but the A1 can be busy on Monday morning, so plan
        a bit extra.

        Have a nice weekend,
        Sanne

        Sanne de Vries
        Recruitment & HR | Van Dijk Agritech B.V.
        +31 53 480 1177

        """) + VANDIJK_Q
    return message([
        ("Received", mx("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
                        "2026-11-06 16:10:38", "Europe/Amsterdam", "Vd4k0Lm2Rt")),
        ("From", "Sanne de Vries <sanne.devries@vandijk-agritech.nl>"),
        ("To", to_me()),
        ("Subject", "Re: Service Planner position - next step"),
        ("Date", date("2026-11-06 16:10:35", "Europe/Amsterdam")),
        ("Message-ID", "<CAH7v2pXq9mN0a+Rt5bK1c@mail.gmail.com>"),
        ("In-Reply-To", "<CAF8m2Q+7pLw3e@mail.example.org>"),
        ("References", "<CAF8m2Q+7pLw3e@mail.example.org>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


# ---------------------------------------------------------------- 17 Recruitee (German from Enschede), reschedule
@mail(n(17), family="recruitee", lang="de", interview=True, kind="rescheduled",
      start="2026-11-10T13:30:00Z", contact="sanne.devries@vandijk-agritech.nl",
      company="Van Dijk Agritech B.V.", local="Tue 2026-11-10 14:30", zone="Europe/Amsterdam",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")),
      note="Recruitee-Nachricht (Niederländerin schreibt Deutsch) am Mo., 9.11., 07:50: Gespräch 'heute um "
           "11 Uhr' wird auf 'morgen, Dienstag 10.11., um halb drei (14:30 Uhr)' verlegt, MEZ (UTC+1) = "
           "13:30Z; neuer Termin gilt. Absender/Reply-To sind Recruitee-Relays; Kontakt = Adresse in der "
           "Signatur.")
def p17() -> bytes:
    body = t("""
        Guten Morgen Herr Brüggemann,

        leider muss ich Ihnen eine Änderung mitteilen: unser Werkstattleiter Bart Kuipers ist heute
        krank geworden, deshalb können wir das Gespräch heute um 11 Uhr nicht machen.

        Sie hatten geschrieben, dass Dienstagnachmittag bei Ihnen auch geht. Dann verlegen wir auf
        morgen, Dienstag 10.11., um halb drei (14:30 Uhr), gleiche Adresse in Enschede. Bart ist dann
        wieder fit, sagt er. Ich habe es schon so in den Kalender gestellt.

        Entschuldigung für die kurzfristige Planänderung, und bis morgen!

        Mit freundlichen Grüßen
        Sanne de Vries
        Recruitment & HR
        Van Dijk Agritech B.V. | Hengelosestraat 512 | 7521 AM Enschede | Niederlande
        sanne.devries@vandijk-agritech.nl | +31 53 480 1177

        --
        Antworten Sie einfach auf diese E-Mail. Gesendet über Recruitee.
        """)
    return message([
        ("Received", mx("from smtp-out-2.recruitee.com (smtp-out-2.recruitee.com [35.158.41.77])",
                        "2026-11-09 07:50:21", "Europe/Amsterdam", "Rc2m7Tq9Ws")),
        ("From", addr("Sanne de Vries (Van Dijk Agritech)", "vandijkagritech@mail.recruitee.com")),
        ("Reply-To", "c-48213-9f2a7e@inbound.recruitee.com"),
        ("To", to_me()),
        ("Subject", enc("Änderung: Ihr Gespräch bei Van Dijk Agritech")),
        ("Date", date("2026-11-09 07:50:18", "Europe/Amsterdam")),
        ("Message-ID", "<rt.msg.4821339.9f2a7e@mail.recruitee.com>"),
    ], alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
           html(para_html(body).replace('charset="utf-8"', 'charset="iso-8859-1"'),
                charset="iso-8859-1", cte="quoted-printable")))


# ---------------------------------------------------------------- 18 Exchange update, sent in CEST, new slot in CET
CALENBERG_UID = ("040000008200E00074C5B7101A82E0080000000070A9C3E2F1A4DD01000000000000000010000000"
                 "9C8B7A6F5E4D3C2B1A09F8E7D6C5B4A3")


@mail(n(18), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start="2026-10-27T08:00:00Z", end="2026-10-27T09:00:00Z",
      contact="ines.mahlstedt@calenberg-drive.de", company="Calenberg Drive Systems GmbH",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone=B,
      days=(("Mon", "2026-10-26"),),
      note="Aktualisierte Exchange-Einladung (SEQUENCE:1), gesendet Do., 22.10. in MESZ: von Mo., 26.10., "
           "15 Uhr auf Di., 27.10.2026, 9-10 Uhr verschoben; nach der Zeitumstellung am 25.10. gilt MEZ "
           "(UTC+1) = 08:00-09:00Z, wie im ICS (W. Europe Standard Time). Kontakt = Organisatorin.")
def p18() -> bytes:
    body = t("""
        Guten Tag Herr Brüggemann,

        leider kollidiert der Montag mit unserer Händlertagung. Wie gestern am Telefon mit Ihnen
        abgestimmt, habe ich unser Gespräch deshalb von Montag, 26.10., 15:00 Uhr auf

            Dienstag, 27.10.2026, 09:00 - 10:00 Uhr

        verschoben. Ort bleibt unverändert: Calenberg Drive Systems, Am Bahnhof 6, 30982 Pattensen,
        Besprechungsraum "Deister". Bitte melden Sie sich am Empfang.

        Beste Grüße
        Dr. Ines Mahlstedt
        Leiterin After Sales Service
        Calenberg Drive Systems GmbH
        """)
    ical = ics(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Dr. Ines Mahlstedt:mailto:ines.mahlstedt@calenberg-drive.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Malte Brüggemann:mailto:malte.brueggemann@example.org
        DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Brüggemann\\,\\n\\nleider kollidiert der Montag mit unserer Händlertagung.\\n
        UID:{CALENBERG_UID}
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch After Sales – Malte Brüggemann
        DTSTART;TZID=W. Europe Standard Time:20261027T090000
        DTEND;TZID=W. Europe Standard Time:20261027T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T093000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Pattensen\\, Besprechungsraum Deister
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTSEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """, "W. Europe Standard Time")
    return message([
        ("Received", mx("from FR3P281MB1632.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:5c::11)",
                        "2026-10-22 11:30:14", B, "Cb6t1Vx8Rm")),
        ("From", "Dr. Ines Mahlstedt <ines.mahlstedt@calenberg-drive.de>"),
        ("To", to_me()),
        ("Subject", enc("Aktualisiert: Vorstellungsgespräch After Sales – Malte Brüggemann")),
        ("Thread-Topic", enc("Vorstellungsgespräch After Sales – Malte Brüggemann")),
        ("Thread-Index", "AdtkQ2vRm9pYx4s1TnKb8cW3aZ0eLg=="),
        ("Date", date("2026-10-22 11:30:11", B)),
        ("Message-ID", "<FR3P281MB1632B4E7A9C2D1F0E3B5A8C6D7E9F0A1@FR3P281MB1632.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
           calendar(ical, cte="base64")))


# ---------------------------------------------------------------- 19 Bremen, "nach der Mittagspause gegen eins"
@mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-12-09T12:00:00Z", contact="g.luedemann@wel-bremen.de",
      company="Weser-Ems Landmaschinen Vertrieb GmbH", local="Wed 2026-12-09 13:00", zone=B,
      days=(("Wed", "2026-12-09"), ("Thu", "2026-12-03")),
      note="Sie-Mail (iso-8859-1) vom Mo., 7.12.: Termin am Mittwoch (9.12.) von 10 Uhr auf 'nach der "
           "Mittagspause gegen eins' verlegt und ausdrücklich 'für 13:00 Uhr eingetragen' = 13:00 MEZ "
           "(UTC+1) = 12:00Z. Zitierte Bestätigung vom 3.12. nennt noch 10 Uhr. Kontakt = Absenderin.")
def p19() -> bytes:
    body = t("""
        Guten Morgen Herr Brüggemann,

        kleine Änderung für Mittwoch: unser Geschäftsführer Herr Segelken möchte gern selbst dabei sein,
        ist aber vormittags beim Kunden in Achim. Können wir das Gespräch deshalb nach der Mittagspause
        machen, gegen eins? Ich habe Sie jetzt für 13:00 Uhr eingetragen, sonst bleibt alles wie
        besprochen (Hafenstraße 41, Bremen, Eingang Verwaltung).

        Falls 13 Uhr bei Ihnen gar nicht passt, rufen Sie mich kurz an: 0421 69843-12.

        Mit freundlichen Grüßen
        Gesa Lüdemann
        Personal & Organisation
        Weser-Ems Landmaschinen Vertrieb GmbH

        -----Ursprüngliche Nachricht-----
        Von: Gesa Lüdemann <g.luedemann@wel-bremen.de>
        Gesendet: Donnerstag, 3. Dezember 2026 14:12
        An: Malte Brüggemann <malte.brueggemann@example.org>
        Betreff: Ihr Vorstellungsgespräch am 09.12.

        Sehr geehrter Herr Brüggemann,

        hiermit bestätige ich Ihnen Ihr Vorstellungsgespräch am Mittwoch, den 09.12.2026 um 10:00 Uhr
        bei uns in Bremen.

        Mit freundlichen Grüßen
        Gesa Lüdemann
        """)
    return message([
        ("Received", mx("from mail.wel-bremen.de (mail.wel-bremen.de [176.9.77.141])",
                        "2026-12-07 08:55:40", B, "Wb8r3Kx1Nv")),
        ("From", addr("Gesa Lüdemann", "g.luedemann@wel-bremen.de", "iso-8859-1")),
        ("To", addr("Malte Brüggemann", ME, "iso-8859-1")),
        ("Subject", enc("AW: Ihr Vorstellungsgespräch am 09.12. - neue Uhrzeit", "iso-8859-1")),
        ("Date", date("2026-12-07 08:55:37", B)),
        ("Message-ID", "<000a01dc6612$4b7e9c20$e27bd460$@wel-bremen.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


# ---------------------------------------------------------------- 20 Google Calendar update, ICS in New York time
@mail(n(20), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-12-03T13:00:00Z", end="2026-12-03T14:00:00Z",
      contact="marco.bellini@terrafield.io", company="Terrafield",
      local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:00", zone=B,
      days=(("Wed", "2026-12-02"),),
      note="Google Calendar 'Updated invitation': moved from Wed 2 Dec 4pm to Thu 3 Dec 2pm-3pm shown in the "
           "recipient's zone (CET, UTC+1) = 13:00-14:00Z; the ICS says 08:00-09:00 America/New_York (EST, "
           "UTC-5), the same instant. Contact = organizer.")
def p20() -> bytes:
    body = t("""
        This event has been changed.

        Interview: Malte Brüggemann <> Terrafield (Customer Operations, EU)
        When
        CHANGED: Thursday 3 Dec 2026 ⋅ 2pm – 3pm (Central European Standard Time - Berlin)
        (was: Wednesday 2 Dec 2026 ⋅ 4pm – 5pm)

        Joining info
        Join with Google Meet: https://meet.google.com/hjd-qmzo-bre

        Guests
        Marco Bellini - organizer
        malte.brueggemann@example.org
        priya.raman@terrafield.io
        View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=M2JqZ3Zr

        Marco: moving us to Thursday morning my time, Priya can't make Wednesday. Sorry for the shuffle!

        Reply for malte.brueggemann@example.org: Yes / No / Maybe / More options

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTZ@
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261203T080000
        DTEND;TZID=America/New_York:20261203T090000
        DTSTAMP:20261127T141033Z
        ORGANIZER;CN=Marco Bellini:mailto:marco.bellini@terrafield.io
        UID:3bjgvk0r7e1n8s2m5q4c6h9d1a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=malte.brueggemann@example.org;X-NUM-GUESTS=0:mailto:malte.brueggemann@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@terrafield.io
        CREATED:20261119T160214Z
        DESCRIPTION:Marco: moving us to Thursday morning my time\\, Priya can't make Wednesday. Sorry for the shuffle!
        LAST-MODIFIED:20261127T141033Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview: Malte Brüggemann <> Terrafield (Customer Operations\\, EU)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """, "America/New_York")
    return message([
        ("Received", mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                        "2026-11-27 14:10:33", "UTC", "Gu2Rb7Lk9p")),
        ("From", "Marco Bellini <marco.bellini@terrafield.io>"),
        ("Reply-To", "Marco Bellini <marco.bellini@terrafield.io>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Updated invitation: Interview: Malte Brüggemann <> Terrafield (Customer Operations, EU) "
                        "@ Thu 3 Dec 2026 2pm - 3pm (CET) (malte.brueggemann@example.org)")),
        ("Date", date("2026-11-27 14:10:33", "UTC")),
        ("Message-ID", "<calendar-b5e1d7a3-92c4-4f6e-8a1b-0c3d5e7f9a2b@google.com>"),
    ], mixed(alt(text(body), html(para_html(body)), calendar(ical, cte="base64")),
             calendar(ical, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 21 Workable cancellation, role filled
@mail(n(21), family="workable", lang="de", interview=True, kind="cancelled",
      start="2026-11-17T10:00:00Z", contact="b.kroeger@kersting-agrar.de",
      company="Kersting Agrar-Service GmbH", local="Tue 2026-11-17 11:00", zone=B,
      note="Workable-Absage des Termins Di., 17.11.2026, 11:00 Uhr (MEZ, UTC+1 = 10:00Z), Stelle intern "
           "besetzt, kein neuer Termin: cancelled, start = abgesagter Termin. Reply-To ist ein "
           "Workable-Relay; Kontakt = Adresse der Personalleiterin im Text.")
def p21() -> bytes:
    body = t("""
        Hallo Herr Brüggemann,

        leider muss ich Ihnen mitteilen, dass wir Ihr Vorstellungsgespräch am Dienstag, 17. November 2026
        um 11:00 Uhr absagen müssen. Wir haben die Position Teamleitung Einsatzplanung (m/w/d) kurzfristig
        intern besetzen können.

        Das hat ausdrücklich nichts mit Ihrem Profil zu tun, das uns sehr gut gefallen hat. Wenn Sie
        einverstanden sind, behalten wir Ihre Unterlagen gern für künftige Stellen im Blick.

        Bei Fragen erreichen Sie mich direkt unter b.kroeger@kersting-agrar.de.

        Freundliche Grüße
        Bettina Kröger
        Personalleitung
        Kersting Agrar-Service GmbH, Münster
        """)
    return message([
        ("Received", mx("from mail-204-23.workablemail.com (mail-204-23.workablemail.com [198.37.154.23])",
                        "2026-11-12 16:20:55", B, "Wk1Ls6Fq3A")),
        ("From", "Kersting Agrar-Service GmbH <noreply@candidates.workablemail.com>"),
        ("Reply-To", "kersting-agrar-service+c3f8a1d2@candidates.workablemail.com"),
        ("To", to_me()),
        ("Subject", enc("Absage Ihres Gesprächstermins – Teamleitung Einsatzplanung (m/w/d)")),
        ("Date", date("2026-11-12 16:20:52", B)),
        ("Message-ID", "<wk.3f8a1d2.c9e7b2@candidates.workablemail.com>"),
    ], alt(text(body, cte="base64"), html(para_html(body), cte="base64")))


# ---------------------------------------------------------------- 22 Exchange CANCEL of mail 4
@mail(n(22), family="exchange_teams", lang="de", interview=True, kind="cancelled",
      start="2026-11-11T13:00:00Z", end="2026-11-11T14:00:00Z",
      contact="soenke.harms@nordkamp-agrar.de", company="Nordkamp Agrartechnik AG",
      local="Wed 2026-11-11 14:00", local_end="2026-11-11 15:00", zone=B,
      note="Exchange-Absage (METHOD:CANCEL, STATUS:CANCELLED, gleiche UID wie die Einladung) des Termins "
           "Mi., 11.11.2026, 14-15 Uhr MEZ = 13:00-14:00Z; neuer Termin nur angekündigt, ohne Zeit. "
           "Kontakt = Organisator.")
def p22() -> bytes:
    body = t("""
        Hallo Herr Brüggemann,

        leider muss ich unseren Termin am Mittwoch krankheitsbedingt absagen. Ich melde mich bei Ihnen,
        sobald ich wieder im Büro bin, mit einem neuen Terminvorschlag – das Verfahren läuft weiter.

        Entschuldigen Sie die Umstände.

        Mit freundlichen Grüßen
        Sönke Harms
        Leitung Kundendienst
        Nordkamp Agrartechnik AG
        """)
    hs = exchange_headers("Abgesagt: Vorstellungsgespräch Serviceplanung – Malte Brüggemann",
                          "2026-11-09 16:05:12",
                          "<AM9PR06MB77459A8B7C6D5E4F3A2B1C0DAM9PR06MB7745@AM9PR06MB7745.eurprd06.prod.outlook.com>",
                          "AdtTXk7pQ2Ah3ZCbRNGx4q1bT9w0vAABc3k=")
    hs.insert(5, ("Importance", "high"))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(nordkamp_ics("CANCEL", 1, "CANCELLED"), method="CANCEL", cte="base64")))


# ---------------------------------------------------------------- 23 Taleo cancellation with CANCEL ICS
@mail(n(23), family="taleo", lang="en", interview=True, kind="cancelled",
      start="2026-12-11T09:00:00Z", contact="hannah.kirby@kestrel-agri.com",
      company="Kestrel Agri Equipment", local="Fri 2026-12-11 10:00", zone=B,
      note="Taleo notice: interview Fri 11 Dec 2026 10:00 AM CET (Hanover site, UTC+1) = 09:00Z cancelled; "
           "a new date 'in January' without a time, so cancelled. CANCEL ICS in UTC agrees. Contact = "
           "recruiter named with address in the body.")
def p23() -> bytes:
    body = t("""
        Dear Malte Brüggemann,

        We regret to inform you that your interview for the position of Service Planning Specialist
        (Req. 2604117), scheduled for Friday, December 11, 2026 at 10:00 AM (CET) at our Hanover site,
        has been cancelled due to a change in the hiring team's availability.

        We remain interested in your application and would like to offer you a new interview date in
        January. Your recruiter, Hannah Kirby (hannah.kirby@kestrel-agri.com), will contact you with
        options.

        We apologise for any inconvenience.

        Kestrel Agri Equipment - Talent Acquisition

        *** This is an automated message. Please do not reply to this email. ***
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        PRODID:-//Oracle//Taleo Enterprise//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:taleo-int-2604117-88123
        DTSTAMP:20261207T131500Z
        DTSTART:20261211T090000Z
        DTEND:20261211T100000Z
        SUMMARY:Interview - Service Planning Specialist (2604117)
        LOCATION:Kestrel Agri Equipment\\, Hanover
        STATUS:CANCELLED
        SEQUENCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from ksa.taleo.net (ksa.taleo.net [160.34.10.74])",
                        "2026-12-07 14:15:03", B, "Tl5Xq0Wm8B")),
        ("From", "Kestrel Agri Equipment <kestrelagri@ksa.taleo.net>"),
        ("To", ME),
        ("Subject", "Interview Cancellation - Service Planning Specialist (2604117)"),
        ("Date", date("2026-12-07 14:15:00", B)),
        ("Message-ID", "<1465310772.411.1796739300118.JavaMail.taleo@ksa.taleo.net>"),
    ], mixed(html(para_html(body).replace('charset="utf-8"', 'charset="iso-8859-1"'), charset="iso-8859-1"),
             calendar(ical, method="CANCEL", cte="7bit", filename="cancel.ics", disposition="attachment")))


# ============================================================================ negatives


# ---------------------------------------------------------------- 24 Agentur für Arbeit, fixed appointment
@mail(n(24), family="jobcenter_appointment", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Einladung der Arbeitsagentur (Arbeitsuchendmeldung wegen Kündigung zum 31.12.) zu einem "
           "Beratungsgespräch Di., 22.09.2026, 09:15 Uhr: fester Termin, erwähnt Vorstellungsgespräche, ist "
           "aber kein Vorstellungsgespräch bei einem Arbeitgeber.")
def n24() -> bytes:
    body = t("""
        Sehr geehrter Herr Brüggemann,

        Sie haben sich bei uns arbeitsuchend gemeldet. Ich lade Sie ein, mit mir über Ihre berufliche
        Situation zu sprechen.

        Termin:     Dienstag, 22.09.2026, um 09:15 Uhr
        Ort:        Agentur für Arbeit Osnabrück, Johannistorwall 56, 49080 Osnabrück,
                    Eingangszone, Etage 3, Zimmer 3.107
        Ansprechperson: Herr Wellmann, Arbeitsvermittlung

        Bitte bringen Sie mit:
        - Ihren Personalausweis
        - Ihr Kündigungsschreiben bzw. Ihren Arbeitsvertrag
        - Ihren aktuellen Lebenslauf
        - eine Übersicht Ihrer bisherigen Bewerbungen und vereinbarten Vorstellungsgespräche

        Alternativ können wir das Gespräch telefonisch führen. Teilen Sie mir das bitte bis zum
        18.09.2026 über Ihr Postfach auf arbeitsagentur.de mit.

        Wenn Sie den Termin ohne wichtigen Grund nicht wahrnehmen, kann dies Auswirkungen auf einen
        späteren Anspruch auf Arbeitslosengeld haben.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Osnabrück

        Diese Nachricht wurde automatisch erstellt. Antworten auf diese E-Mail können nicht bearbeitet
        werden.
        """)
    return message([
        ("Received", mx("from mail-out.arbeitsagentur.de (mail-out.arbeitsagentur.de [193.28.198.12])",
                        "2026-09-09 07:41:19", B, "Aa0f3Kp8Zr")),
        ("From", "Agentur fuer Arbeit Osnabrueck <noreply-postfach@arbeitsagentur.de>"),
        ("To", to_me()),
        ("Subject", enc("Einladung zu einem persönlichen Gespräch am 22.09.2026")),
        ("Date", date("2026-09-09 07:41:16", B)),
        ("Message-ID", "<ba-postfach.20260909074116.118392@arbeitsagentur.de>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


# ---------------------------------------------------------------- 25 journalist interviewing him
@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Redakteurin bestätigt ein telefonisches Interview mit Malte (er ist der Befragte, für einen "
           "Artikel) am Do., 15.10., 14 Uhr: Pressegespräch, kein Vorstellungsgespräch.")
def n25() -> bytes:
    body = t("""
        Hallo Herr Brüggemann,

        super, vielen Dank für die Zusage! Dann rufe ich Sie am Donnerstag, 15.10., um 14 Uhr an. Wir
        brauchen etwa eine halbe Stunde.

        Zur Einordnung: Der Artikel erscheint in der November-Ausgabe unter dem Arbeitstitel
        "Wenn der Mähdrescher steht – wie Servicebetriebe die Ernte retten". Mich interessiert vor allem,
        wie Sie die Einsätze in der Hochsaison planen und was sich seit der Telematik verändert hat.
        Namen von Kunden lassen wir selbstverständlich weg, und Sie bekommen Ihre Zitate vorab zur
        Freigabe.

        Herzliche Grüße
        Kira Freese
        Redaktion Technik & Betrieb
        Nordwest Landmagazin
        Tel. 0441 20 877-43
        """)
    return message([
        ("Received", mx("from smtp.nordwest-landmagazin.de (smtp.nordwest-landmagazin.de [88.198.41.5])",
                        "2026-10-09 11:27:50", B, "Nl7q2Xw5Kc")),
        ("From", "Kira Freese <k.freese@nordwest-landmagazin.de>"),
        ("To", to_me()),
        ("Subject", enc("Re: Interviewanfrage Nordwest Landmagazin – Ernte-Service")),
        ("Date", date("2026-10-09 11:27:47", B)),
        ("Message-ID", "<5e7b1c92-4a0f-4d83-a6e2-19c8b07f3d51@nordwest-landmagazin.de>"),
        ("In-Reply-To", "<CAF8m2Q+9xZk1r@mail.example.org>"),
    ], alt(text(body, cte="8bit"), html(para_html(body), cte="8bit")))


# ---------------------------------------------------------------- 26 MBA admission interview
@mail(n(26), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Auswahlgespräch für einen berufsbegleitenden MBA (Sa., 07.11.2026, 10:30 Uhr, Zoom): "
           "Hochschulzulassung, kein Vorstellungsgespräch bei einem Arbeitgeber.")
def n26() -> bytes:
    body = t("""
        Sehr geehrter Herr Brüggemann,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden MBA Agribusiness &
        Technology Management (Start Sommersemester 2027).

        Wir freuen uns, Sie zum Auswahlgespräch einzuladen:

        Samstag, 07.11.2026, 10:30 - 11:00 Uhr
        per Zoom (Link folgt am Vortag)
        Kommission: Prof. Dr. Hauke Ennen, Dr. Merle Stukenborg

        Im Gespräch möchten wir mehr über Ihre Motivation, Ihre Berufserfahrung und die Vereinbarkeit
        des Studiums mit Ihrer Tätigkeit erfahren. Eine Präsentation ist nicht erforderlich.

        Mit freundlichen Grüßen
        Studienberatung MBA
        Weser-Ems Graduate School
        """)
    return message([
        ("Received", mx("from mx.weser-ems-graduate.de (mx.weser-ems-graduate.de [141.26.88.12])",
                        "2026-10-28 13:02:31", B, "We2h6Bn0Jd")),
        ("From", "Studienberatung MBA <mba@weser-ems-graduate.de>"),
        ("To", to_me()),
        ("Subject", enc("Einladung zum Auswahlgespräch – MBA Agribusiness & Technology Management")),
        ("Date", date("2026-10-28 13:02:28", B)),
        ("Message-ID", "<20261028120228.2F1A44C0B12@mx.weser-ems-graduate.de>"),
    ], text(body, cte="quoted-printable"))


# ---------------------------------------------------------------- 27 basketball try-out
@mail(n(27), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Probetraining im Basketballverein (Di., 6.10., 20 Uhr): fester Termin mit 'stell dich kurz "
           "vor', aber keine Bewerbung um eine Stelle.")
def n27() -> bytes:
    body = t("""
        Moin Malte,

        cool dass du Lust hast! Komm einfach nächsten Dienstag (6.10.) um 20 Uhr zum Probetraining in
        die Halle der IGS Eversburg, Halle 2. Wir sind meistens 10-12 Leute, Ü35, Niveau so
        Kreisliga mit Ambitionen ;-)

        Bring Hallenschuhe und was zu trinken mit. Stell dich einfach kurz der Truppe vor, danach wird
        gespielt. Wenn's passt, kümmern wir uns um den Mitgliedsantrag.

        Sportliche Grüße
        Dirk
        Haseufer Hawks e.V. – Abteilung Herren Ü35

        Gesendet von Outlook für Android
        """)
    return message([
        ("Received", mx("from mout.example.com (mout.example.com [212.227.126.131])",
                        "2026-09-30 21:48:02", B, "Hw1k5Rp7Ts")),
        ("From", "Dirk Schepers <dirk.schepers@example.com>"),
        ("To", ME),
        ("Subject", "AW: Probetraining?"),
        ("Date", date("2026-09-30 21:47:59", B)),
        ("Message-ID", "<AM0P190MB0722E1D4C3B2A1F0E9D8C7B6A5F4@AM0P190MB0722.EURP190.PROD.OUTLOOK.COM>"),
    ], alt(text(body), html(para_html(body))))


# ---------------------------------------------------------------- 28 car service with ICS
@mail(n(28), family="car_service", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Werkstatttermin mit ICS (Mo., 19.10.2026, 07:30 Uhr, Inspektion und Reifenwechsel): "
           "fester Termin mit Kalenderdatei, kein Vorstellungsgespräch.")
def n28() -> bytes:
    body = t("""
        Sehr geehrter Herr Brüggemann,

        vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihren Werkstatttermin:

        Montag, 19.10.2026, 07:30 Uhr - Fahrzeugannahme
        Fahrzeug: Skoda Octavia Combi, OS-MB 412
        Leistungen: Inspektion (Longlife), Wechsel auf Winterräder (eingelagert), Wischerblätter

        Voraussichtliche Fertigstellung: 16:00 Uhr. Ein Ersatzfahrzeug ist nicht reserviert.

        Ihr Serviceberater: Herr Pölking, Tel. 0541 12044-60

        Autohaus Brinkhege GmbH · Pagenstecherstraße 75 · 49090 Osnabrück
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Brinkhege//Werkstattplaner 4.2//DE
        METHOD:PUBLISH
        @VTZ@
        BEGIN:VEVENT
        UID:wp-20261019-0730-os-mb-412@autohaus-brinkhege.de
        DTSTAMP:20261012T085500Z
        DTSTART;TZID=Europe/Berlin:20261019T073000
        DTEND;TZID=Europe/Berlin:20261019T080000
        SUMMARY:Werkstatttermin Autohaus Brinkhege (Fahrzeugannahme)
        LOCATION:Pagenstecherstraße 75\\, 49090 Osnabrück
        END:VEVENT
        END:VCALENDAR
        """, "Europe/Berlin")
    return message([
        ("Received", mx("from mail.autohaus-brinkhege.de (mail.autohaus-brinkhege.de [85.13.150.9])",
                        "2026-10-12 10:55:04", B, "Ah3s9Mv2Qp")),
        ("From", "Autohaus Brinkhege Service <service@autohaus-brinkhege.de>"),
        ("To", to_me()),
        ("Subject", enc("Terminbestätigung Werkstatt – Mo. 19.10.2026, 07:30 Uhr")),
        ("Date", date("2026-10-12 10:55:01", B)),
        ("Message-ID", "<wp.4471902.20261012105501@autohaus-brinkhege.de>"),
    ], mixed(text(body, charset="windows-1252", cte="quoted-printable"),
             calendar(ical, method="PUBLISH", cte="base64", filename="Werkstatttermin.ics",
                      disposition="attachment")))


# ---------------------------------------------------------------- 29 coach: mock interview before a real one
@mail(n(29), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-05"), ("Thu", "2026-10-08")),
      note="Karriere-Coach bestätigt ein Probe-Vorstellungsgespräch (Mo., 5.10., 17 Uhr) zur Vorbereitung "
           "auf das echte Gespräch am Donnerstag: Übungstermin, kein Vorstellungsgespräch.")
def n29() -> bytes:
    body = t("""
        Hallo Malte,

        klar, das machen wir! Ich hab dich für Montag, 5.10., um 17 Uhr eingetragen – 90 Minuten,
        bei mir in der Praxis (Lotter Straße 33, Hinterhaus).

        Wir spielen das Gespräch für Donnerstag einmal komplett durch: ich bin die Geschäftsführung
        eines jungen Software-Start-ups, du der Praktiker aus der Landtechnik. Danach Feedback und
        Video-Analyse. Bring bitte die Stellenanzeige und deine drei wichtigsten Projekte mit.

        Die Sitzung läuft über dein Coaching-Paket (Termin 3 von 5).

        Liebe Grüße
        Nina

        --
        Nina Lübbers · Karriere- & Bewerbungscoaching · Osnabrück
        www.luebbers-coaching.example.com
        """)
    return message([
        ("Received", mx("from smtp.example.com (smtp.example.com [213.165.67.97])",
                        "2026-10-03 10:12:40", B, "Lc5d2Gh8Wn")),
        ("From", addr("Nina Lübbers", "nina@luebbers-coaching.example.com")),
        ("To", ME),
        ("Subject", "Re: Probedurchlauf vor Donnerstag?"),
        ("Date", date("2026-10-03 10:12:37", B)),
        ("Message-ID", "<f3e21a7c-8b4d-4c2e-9a61-7d0b5c3e1f28@luebbers-coaching.example.com>"),
    ], text(body, cte="8bit"))


# ---------------------------------------------------------------- 30 agency proposes times, nothing confirmed
@mail(n(30), family="recruiter_proposal", lang="de", interview=False,
      company="Meyer-Rosenthal Personalberatung",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Personalberatung schlägt zwei Termine vor ('Würde Ihnen Dienstag, 24.11., um 10 Uhr passen? "
           "Alternativ Mittwoch, 25.11., 14 Uhr') und will erst nach Zusage beim Kunden bestätigen: nichts "
           "fest. Firma = Personalberatung (Absender, Kunde ungenannt).")
def n30() -> bytes:
    body = t("""
        Sehr geehrter Herr Brüggemann,

        unser Mandant – ein familiengeführter Hersteller von Bodenbearbeitungsgeräten im Raum
        Oldenburg – möchte Sie gern kennenlernen. Der Leiter Service würde ein erstes Gespräch vor Ort
        führen, etwa eine Stunde.

        Würde Ihnen Dienstag, 24.11., um 10 Uhr passen? Alternativ ginge Mittwoch, 25.11., um 14 Uhr.
        Sobald ich Ihr OK habe, bestätige ich den Termin beim Kunden und schicke Ihnen die Adresse.

        Mit besten Grüßen

        Henning Rosenthal
        Partner
        Meyer-Rosenthal Personalberatung | Contrescarpe 36 | 28203 Bremen
        T +49 421 33 08 19-0
        """)
    return message([
        ("Received", mx("from mail.meyer-rosenthal.de (mail.meyer-rosenthal.de [217.160.0.44])",
                        "2026-11-17 17:33:20", B, "Mr4c8Fq1Ld")),
        ("From", "Henning Rosenthal <h.rosenthal@meyer-rosenthal.de>"),
        ("To", to_me()),
        ("Subject", enc("Kennenlernen beim Mandanten – Terminvorschläge")),
        ("Date", date("2026-11-17 17:33:17", B)),
        ("Message-ID", "<000c01dc5882$a1b2c3d4$e5f6a7b8$@meyer-rosenthal.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt(text(body, charset="windows-1252"), html(para_html(body).replace('charset="utf-8"', 'charset="windows-1252"'),
                                                    charset="windows-1252")))


# ---------------------------------------------------------------- 31 "would Tuesday at 10 work?"
@mail(n(31), family="recruiter_proposal", lang="en", interview=False, company="Greenline Telematics",
      note="Hiring manager asks 'Would Tuesday at 10 work?' and offers to take other slots: a proposal, "
           "not a confirmed time.")
def n31() -> bytes:
    body = t("""
        Hi Malte,

        thanks for applying to the Field Service Planning role - your background with combine
        harvester dealers is exactly what we've been missing in the team.

        Would Tuesday at 10 (CET) work for a first 30-minute call? If not, just send me two or three
        slots that suit you next week and I'll make one of them work.

        Best,
        Mikkel

        Mikkel Ravn
        Head of Customer Operations | Greenline Telematics
        Aarhus, Denmark
        """)
    return message([
        ("Received", mx("from mail-ej1-f42.google.com (mail-ej1-f42.google.com [209.85.218.42])",
                        "2026-09-24 15:06:11", "Europe/Copenhagen", "Gl6b0Wn3Xv")),
        ("From", "Mikkel Ravn <mikkel.ravn@greenline-telematics.dk>"),
        ("To", ME),
        ("Subject", "Field Service Planning - quick call?"),
        ("Date", date("2026-09-24 15:06:08", "Europe/Copenhagen")),
        ("Message-ID", "<CAJ4nd8Qw2+Zk5mR7pVt1xL@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 32 sister forwards her own interview confirmation
@mail(n(32), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Die Schwester leitet ihre eigene Einladung (Mo., 16.11.2026, 09:00 Uhr, Klinik in Lingen) weiter "
           "und fragt, ob Malte sie hinfährt: bestätigtes Vorstellungsgespräch, aber nicht seines.")
def n32() -> bytes:
    body = t("""
        Hey Bruderherz,

        guck mal, hat geklappt!! Kannst du mich am Montag nach Lingen fahren? Mein Polo ist immer noch
        in der Werkstatt und mit dem Zug wär ich erst um halb zehn da. Du hast doch eh noch Resturlaub ;)

        Kuss, W.

        ---------- Forwarded message ---------
        Von: Bewerbermanagement St. Antonius <karriere@st-antonius-lingen.example.de>
        Date: Mi., 11. Nov. 2026 um 10:14 Uhr
        Subject: Einladung zum Vorstellungsgespräch - Pflegefachkraft Intensivstation
        To: <wiebke.brueggemann@example.net>

        Sehr geehrte Frau Brüggemann,

        wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

        Montag, 16.11.2026, 09:00 Uhr
        St. Antonius Klinik Lingen, Verwaltungsgebäude, Raum 104

        Ihre Gesprächspartner sind Pflegedienstleitung Frau Hoff und Stationsleitung Herr Moss.

        Mit freundlichen Grüßen
        Bewerbermanagement
        """)
    return message([
        ("Received", mx("from mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])",
                        "2026-11-11 12:20:44", B, "Sw9x3Lq6Nb")),
        ("From", addr("Wiebke Brüggemann", "wiebke.brueggemann@example.net")),
        ("To", to_me()),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch - Pflegefachkraft Intensivstation")),
        ("Date", date("2026-11-11 12:20:41", B)),
        ("Message-ID", "<CAM1k7Wq+bT3sR0pZy9xVn2@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# ---------------------------------------------------------------- 33 current job: he is the interviewer
@mail(n(33), family="interviewer_invite", lang="de", interview=False, company="Hasetal Landmaschinen GmbH",
      note="Exchange-Einladung des aktuellen Arbeitgebers (per Weiterleitungsregel im Privatpostfach): Malte "
           "soll am Do., 24.09.2026, 13:30-14:30 einen Bewerber für die Werkstatt mit interviewen. Echtes "
           "Vorstellungsgespräch mit ICS, aber er ist der Interviewer, nicht der Kandidat.")
def n33() -> bytes:
    body = t("""
        Hallo Malte,

        wie besprochen hätte ich dich gern beim Gespräch mit Herrn Wienke (Bewerbung Servicetechniker
        Außendienst) dabei – du kennst die Einsatzplanung am besten. Lebenslauf und Anschreiben liegen in
        der Personalakte im Teams-Kanal "Recruiting Werkstatt".

        Ich übernehme Begrüßung und Gehaltsthemen, du bitte die fachlichen Fragen zu Bereitschaft und
        Saisonspitzen.

        Danke dir!
        Jutta

        Jutta Kemper
        Personal | Hasetal Landmaschinen GmbH | Bramscher Str. 290 | 49090 Osnabrück
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ@
        BEGIN:VEVENT
        ORGANIZER;CN=Jutta Kemper:mailto:j.kemper@hasetal-landmaschinen.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Malte Brüggemann:mailto:m.brueggemann@hasetal-landmaschinen.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bernd Hasekamp:mailto:b.hasekamp@hasetal-landmaschinen.de
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Servicetechniker Außendienst – Bewerber L. Wienke
        DTSTART;TZID=W. Europe Standard Time:20260924T133000
        DTEND;TZID=W. Europe Standard Time:20260924T143000
        UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000010000000CAFEBABE0123456789ABCDEF01234567
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260916T071800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Werkstatt (EG)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """, "W. Europe Standard Time")
    return message([
        ("Received", mx("from hasetal-landmaschinen.de (mail.hasetal-landmaschinen.de [81.169.145.70])",
                        "2026-09-16 09:18:26", B, "Hs2v6Kc0Rq")),
        ("From", "Jutta Kemper <j.kemper@hasetal-landmaschinen.de>"),
        ("To", addr("Malte Brüggemann", "m.brueggemann@hasetal-landmaschinen.de")),
        ("CC", "Bernd Hasekamp <b.hasekamp@hasetal-landmaschinen.de>"),
        ("Subject", enc("Vorstellungsgespräch Servicetechniker Außendienst – Bewerber L. Wienke")),
        ("Date", date("2026-09-16 09:18:22", B)),
        ("Message-ID", "<BE1P281MB2147C6A5B4D3E2F1A0B9C8D7E6F5@BE1P281MB2147.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "m.brueggemann@hasetal-landmaschinen.de"),
        ("X-Forwarded-To", ME),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
           calendar(ical, cte="base64")))


# ---------------------------------------------------------------- 34 iCIMS rejection after interview
@mail(n(34), family="rejection", lang="en", interview=False, company="Northgate Agri Solutions",
      days=(("Tue", "2026-09-29"),),
      note="iCIMS rejection after a first interview ('thank you for interviewing with us on Tuesday, "
           "September 29'): a past date, no interview scheduled.")
def n34() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Verdana,Geneva,sans-serif;font-size:12px;color:#333333">
        <p>Dear Malte,</p>
        <p>Thank you for interviewing with us on Tuesday, September 29 for the <b>Regional Service Planner - Germany North</b>
        position (Job ID 2026-4418). We appreciated the opportunity to learn more about your experience.</p>
        <p>After careful consideration, we have decided to move forward with other candidates whose qualifications
        more closely match our current needs.</p>
        <p>We encourage you to continue to visit our <a href="https://careers-northgateagri.icims.com/jobs">career site</a>
        for future opportunities.</p>
        <p>Sincerely,<br>Northgate Agri Solutions Talent Acquisition</p>
        <p style="font-size:10px;color:#999999">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mta-110.talent.icims.com (mta-110.talent.icims.com [64.65.79.110])",
                        "2026-10-08 20:41:55", B, "Ic9z4Hn1Pe")),
        ("From", "Northgate Agri Solutions <northgateagri+autoreply@talent.icims.com>"),
        ("To", ME),
        ("Subject", "Your application with Northgate Agri Solutions"),
        ("Date", date("2026-10-08 20:41:52", B)),
        ("Message-ID", "<icims.2026-4418.99187233.1791499312@talent.icims.com>"),
    ], html(hbody, cte="quoted-printable"))


# ---------------------------------------------------------------- 35 offer with a call time
@mail(n(35), family="offer", lang="de", interview=False, company="Krumenwerk GmbH",
      days=(("Fri", "2026-10-23"),),
      note="Vertragsangebot (du) von Krumenwerk nach dem Gespräch am 8.10., mit festem Telefonat "
           "'Freitag um 16 Uhr' für offene Fragen: Angebot, kein Vorstellungsgespräch.")
def n35() -> bytes:
    body = t("""
        Hi Malte,

        wie angekündigt kommt hier unser Angebot – wir würden uns riesig freuen, wenn du ab Januar das
        Customer-Success-Team für unsere Lohnunternehmer-Kunden aufbaust!

        Die Eckdaten (Details im angehängten Vertragsentwurf):
        - Start: 01.01.2027 (oder nach Absprache)
        - Rolle: Lead Customer Operations
        - Gehalt: 68.000 EUR brutto p.a. + 10 % Bonus
        - 30 Tage Urlaub, 2 Tage/Woche remote, Firmenwagen für Kundenbesuche

        Lass uns am Freitag (23.10.) um 16 Uhr kurz telefonieren, dann kann ich dir alle offenen Fragen
        beantworten. Unterschreiben müsstest du bis Ende des Monats.

        Beste Grüße aus dem Hafen
        Jannis

        --
        Jannis Overkamp · Co-Founder & COO · Krumenwerk GmbH · Hafenweg 24a · 48155 Münster
        """)
    return message([
        ("Received", mx("from mail.krumenwerk.de (mail.krumenwerk.de [94.130.17.202])",
                        "2026-10-20 12:04:10", B, "Kw8m1Tz6Ua")),
        ("From", "Jannis Overkamp <jannis@krumenwerk.de>"),
        ("To", to_me()),
        ("Subject", enc("Dein Angebot von Krumenwerk 🌾")),
        ("Date", date("2026-10-20 12:04:07", B)),
        ("Message-ID", "<7C4A9E21-B3F0-4D8E-A1C2-5E6F7A8B9C0D@krumenwerk.de>"),
    ], mixed(alt(text(body), html(para_html(body))),
             text("(Vertragsentwurf - siehe PDF im Kandidatenportal)\n", cte="7bit",
                  extra=(("Content-Disposition", 'attachment; filename="Hinweis_Vertrag.txt"'),))))


# ---------------------------------------------------------------- 36 Lever application receipt
@mail(n(36), family="application_ack", lang="en", interview=False, company="Harvestline",
      note="Lever application receipt from Harvestline ('if there's a fit, we'll reach out to schedule an "
           "interview'): nothing scheduled. Same company as the later GoodTime itinerary.")
def n36() -> bytes:
    body = t("""
        Hi Malte,

        Thanks for applying to the Service Planning Manager, EMEA (Remote) role at Harvestline! We've
        received your application and our team will review it over the next two weeks.

        If there's a fit, we'll reach out to schedule an interview. In the meantime, you can learn more
        about how we help dealers keep machines in the field at https://harvestline.com/blog.

        Best,
        The Harvestline Team
        """)
    return message([
        ("Received", mx("from mail-a5.hire.lever.co (mail-a5.hire.lever.co [54.186.22.91])",
                        "2026-10-30 22:18:40", B, "Lv1j7Qe4Bs")),
        ("From", "Harvestline <no-reply@hire.lever.co>"),
        ("To", ME),
        ("Subject", "Thanks for applying to Harvestline"),
        ("Date", date("2026-10-30 22:18:37", B)),
        ("Message-ID", "<0100018f2ab41c77-9e3d2b1a-7c6f-4e5d-8a9b-3c2d1e0f9a8b-000000@email.lever.co>"),
    ], alt(text(body, cte="7bit"), html(para_html(body))))


# ---------------------------------------------------------------- 37 job alert with interview dates in ads
@mail(n(37), family="job_alert", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Jobalarm einer Jobbörse; eine Anzeige nennt 'Vorstellungsgespräche am Do., 01.10.' als "
           "Sammeltermin: Werbung für Stellen, kein Termin für Malte.")
def n37() -> bytes:
    body = t("""
        Ihr Jobalarm "Serviceplaner Landtechnik" – 5 neue Stellen im Umkreis von 100 km um Osnabrück

        1) Einsatzplaner Kundendienst (m/w/d) – Agrartechnik Vechta GmbH, Vechta
           Vollzeit · unbefristet · 52.000–60.000 €
           "Bewerbertag mit Vorstellungsgesprächen am Do., 01.10., ab 9 Uhr – jetzt anmelden!"

        2) Service Coordinator Harvesting (m/w/d) – Nordfeld Maschinen AG, Bremen
           Vollzeit · Hybrid

        3) Disponent Ersatzteile & Service (m/w/d) – Landtechnik Emsaue, Lingen
           Vollzeit · Firmenwagen

        4) Teamleitung Werkstattplanung (m/w/d) – Raiffeisen-Technik Börde, Hannover
           Vollzeit

        5) Field Service Scheduler (m/w/d) – remote (DE)
           Vollzeit · englischsprachiges Team

        Alle Stellen ansehen: https://www.landjobs-nord.example.de/alarm/48213?utm_source=mail

        Sie erhalten diese E-Mail, weil Sie einen Jobalarm bei Landjobs Nord eingerichtet haben.
        Jobalarm abbestellen: https://www.landjobs-nord.example.de/alarm/abmelden?id=48213
        """)
    return message([
        ("Received", mx("from mailer.landjobs-nord.example.de (mailer.landjobs-nord.example.de [5.9.120.33])",
                        "2026-09-23 06:02:11", B, "Lj3f8Vn1Cm")),
        ("From", "Landjobs Nord Jobalarm <jobalarm@landjobs-nord.example.de>"),
        ("To", ME),
        ("Subject", enc("5 neue Jobs für „Serviceplaner Landtechnik“")),
        ("Date", date("2026-09-23 06:02:08", B)),
        ("Message-ID", "<alarm-48213-20260923@landjobs-nord.example.de>"),
        ("List-Unsubscribe", "<https://www.landjobs-nord.example.de/alarm/abmelden?id=48213>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(para_html(body))))


# ---------------------------------------------------------------- 38 newsletter article about interviews
@mail(n(38), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Karriere-Newsletter mit Artikel 'Ihr Vorstellungsgespräch am Montag um 9' (Beispielszenario, "
           "keine echte Verabredung).")
def n38() -> bytes:
    hbody = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Karrierebrief Agrar</title></head>
        <body style="margin:0;padding:0;background:#fafaf7">
        <div style="max-width:620px;margin:0 auto;font-family:Georgia,serif;font-size:16px;line-height:1.6;color:#2b2b2b">
        <h1 style="font-size:22px">Karrierebrief Agrar · Ausgabe 41/2026</h1>
        <h2 style="font-size:19px">Ihr Vorstellungsgespräch am Montag um 9 Uhr: Was Sie am Sonntagabend erledigen sollten</h2>
        <p>Stellen Sie sich vor, die Einladung ist da: Montag, 9 Uhr, Werksgelände, Empfang Halle 3. Was jetzt?
        Unsere Autorin Frauke Steinkamp hat mit zwölf Personalverantwortlichen aus Landtechnik und Lohnunternehmen
        gesprochen – und fünf Dinge gesammelt, die am Vorabend den Unterschied machen.</p>
        <ol>
        <li>Route prüfen – Erntezeit heißt Traktoren auf der Landstraße.</li>
        <li>Drei Zahlen aus Ihrem Job parat haben (Auslastung, Reaktionszeit, Erstlösungsquote).</li>
        <li>Eine Frage zur Saisonplanung des Betriebs vorbereiten.</li>
        <li>Kleidung: sauber, aber werkstatttauglich.</li>
        <li>Früh schlafen. Wirklich.</li>
        </ol>
        <p><a href="https://karrierebrief-agrar.example.de/artikel/montag-9-uhr">Weiterlesen</a></p>
        <hr>
        <p style="font-size:12px;color:#888">Außerdem: Webinar-Aufzeichnung "Gehaltsverhandlung im Mittelstand" jetzt online.<br>
        Sie erhalten den Karrierebrief, weil Sie sich angemeldet haben. <a href="https://karrierebrief-agrar.example.de/abmelden">Abmelden</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", mx("from mta3.karrierebrief-agrar.example.de (mta3.karrierebrief-agrar.example.de [94.23.44.10])",
                        "2026-10-06 07:00:14", B, "Kb5p2Ws9Hx")),
        ("From", "Karrierebrief Agrar <redaktion@karrierebrief-agrar.example.de>"),
        ("To", ME),
        ("Subject", enc("Ihr Vorstellungsgespräch am Montag um 9 – 5 Dinge für den Vorabend")),
        ("Date", date("2026-10-06 07:00:11", B)),
        ("Message-ID", "<kb-41-2026.4482193@karrierebrief-agrar.example.de>"),
        ("List-Id", "Karrierebrief Agrar <karrierebrief.karrierebrief-agrar.example.de>"),
        ("List-Unsubscribe", "<https://karrierebrief-agrar.example.de/abmelden>"),
        ("Precedence", "bulk"),
    ], html(hbody, cte="base64"))


# ---------------------------------------------------------------- 39 Personio self-scheduling: pick a slot
@mail(n(39), family="scheduling_link", lang="de", interview=False, company="Artland Agrarservice GmbH",
      days=(("Mon", "2026-11-30"), ("Tue", "2026-12-01"), ("Wed", "2026-12-02")),
      note="Personio-Selbstbuchung: drei mögliche Termine (30.11., 1.12., 2.12.) zur Auswahl per Link, "
           "noch keiner gebucht: keine feste Zeit.")
def n39() -> bytes:
    body = t("""
        Guten Tag Herr Brüggemann,

        vielen Dank für Ihre Bewerbung als Leiter Serviceplanung (m/w/d) bei der Artland Agrarservice
        GmbH in Quakenbrück. Wir würden Sie gern persönlich kennenlernen!

        Bitte wählen Sie über den folgenden Link einen passenden Termin für Ihr Vorstellungsgespräch aus:

        https://artland-agrarservice.jobs.personio.de/interview-slots/5f2c9a71

        Derzeit verfügbar sind unter anderem:
        - Mo., 30.11.2026, 09:00 Uhr
        - Di., 01.12.2026, 14:00 Uhr
        - Mi., 02.12.2026, 10:30 Uhr

        Die Termine werden in der Reihenfolge der Buchung vergeben. Nach Ihrer Auswahl erhalten Sie eine
        Bestätigung per E-Mail.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Artland Agrarservice GmbH
        """)
    return message([
        ("Received", mx("from mail-eu1.personio.de (mail-eu1.personio.de [185.12.81.38])",
                        "2026-11-20 10:44:51", B, "Pr1n6Xc3Vb")),
        ("From", "Artland Agrarservice GmbH <no-reply@mail.personio.de>"),
        ("Reply-To", "Artland Recruiting <jobs@artland-agrarservice.de>"),
        ("To", to_me()),
        ("Subject", enc("Bitte wählen Sie einen Termin für Ihr Vorstellungsgespräch")),
        ("Date", date("2026-11-20 10:44:48", B)),
        ("Message-ID", "<20261120094448.c4d7e1a9b2f3@mail.personio.de>"),
    ], alt(text(body, cte="base64"), html(para_html(body), cte="base64")))


# ---------------------------------------------------------------- 40 in-house recruiter outreach, no time
@mail(n(40), family="recruiter_outreach", lang="de", interview=False, company="Grimmelt Erntetechnik GmbH",
      note="Direktansprache einer Inhouse-Recruiterin ('hätten Sie Lust auf ein unverbindliches "
           "Telefonat? Sagen Sie mir gern, wann es Ihnen passt'): keine feste Zeit.")
def n40() -> bytes:
    body = t("""
        Hallo Herr Brüggemann,

        ich bin über Ihr Profil auf einem Karrierenetzwerk auf Sie aufmerksam geworden. Wir bauen gerade in
        Hannover eine zentrale Serviceplanung für unsere Feldhäcksler und Mähdrescher auf, und Ihre
        Erfahrung aus dem Händlerkundendienst passt ziemlich genau zu dem, was wir suchen.

        Hätten Sie Lust auf ein unverbindliches Telefonat in den nächsten Wochen? Sagen Sie mir gern, wann
        es Ihnen passt – ich richte mich nach Ihnen, auch gern abends.

        Viele Grüße
        Svenja Hartje
        Talent Acquisition
        Grimmelt Erntetechnik GmbH
        svenja.hartje@grimmelt-erntetechnik.de
        """)
    return message([
        ("Received", mx("from mail.grimmelt-erntetechnik.de (mail.grimmelt-erntetechnik.de [195.201.14.6])",
                        "2026-09-10 18:12:01", B, "Gr4t0Pa7Yc")),
        ("From", "Svenja Hartje <svenja.hartje@grimmelt-erntetechnik.de>"),
        ("To", ME),
        ("Subject", enc("Serviceplanung Hannover – kurzer Austausch?")),
        ("Date", date("2026-09-10 18:11:58", B)),
        ("Message-ID", "<3f9e7c21d4b84a2f@grimmelt-erntetechnik.de>"),
    ], text(body, charset="windows-1252", cte="8bit"))


# ---------------------------------------------------------------- 41 physiotherapy assessment
@mail(n(41), family="medical_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Physiotherapiepraxis bestätigt Befundaufnahme Mi., 14.10.2026, 07:45 Uhr: fester Termin, "
           "kein Vorstellungsgespräch.")
def n41() -> bytes:
    body = t("""
        Guten Tag Herr Brüggemann,

        hiermit bestätigen wir Ihren Termin zur Befundaufnahme (Erstuntersuchung Schulter rechts):

        Mittwoch, 14.10.2026, 07:45 Uhr
        bei Frau Thölking, Behandlungsraum 2

        Bitte bringen Sie Ihre ärztliche Verordnung, Ihre Versichertenkarte und ein Handtuch mit. Falls
        Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab, sonst
        müssen wir ihn privat in Rechnung stellen.

        Ihr Team der Physiotherapie am Westerberg
        Tel. 0541 43 11 80
        """)
    return message([
        ("Received", mx("from smtp.physio-westerberg.example.de (smtp.physio-westerberg.example.de [178.254.10.2])",
                        "2026-10-07 16:31:10", B, "Ph2s8Qb4Ej")),
        ("From", "Physiotherapie am Westerberg <termine@physio-westerberg.example.de>"),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Befundaufnahme am 14.10.2026 um 07:45 Uhr")),
        ("Date", date("2026-10-07 16:31:07", B)),
        ("Message-ID", "<termin.99812.20261007163107@physio-westerberg.example.de>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


# ---------------------------------------------------------------- 42 landlord walk-through
@mail(n(42), family="landlord_appointment", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Hausverwaltung kündigt eine Wohnungsbegehung (Fensteraustausch) am Fr., 04.12.2026, 08:00 Uhr an: "
           "fester Termin, kein Vorstellungsgespräch.")
def n42() -> bytes:
    body = t("""
        Sehr geehrter Herr Brüggemann,

        wie im Aushang angekündigt, werden im Frühjahr in der Liegenschaft Rehmstraße 14 die Fenster
        ausgetauscht. Für das Aufmaß benötigt die Firma Tischlerei Voßkuhl Zugang zu allen Wohnungen.

        Ihr Termin: Freitag, 04.12.2026, 08:00 Uhr (Dauer ca. 20 Minuten)
        Teilnehmer: Herr Voßkuhl (Tischlerei) und Frau Rehkämper (Hausverwaltung)

        Sollten Sie verhindert sein, hinterlegen Sie bitte einen Schlüssel beim Hausmeister oder
        vereinbaren Sie einen Ersatztermin unter 0541 600 72-0.

        Mit freundlichen Grüßen
        Schwegmann & Partner Hausverwaltung GmbH
        i. A. Silke Rehkämper
        """)
    return message([
        ("Received", mx("from mail.schwegmann-hv.example.de (mail.schwegmann-hv.example.de [87.230.12.77])",
                        "2026-11-23 11:20:30", B, "Sh6g1Ym4Kz")),
        ("From", "Schwegmann & Partner Hausverwaltung <verwaltung@schwegmann-hv.example.de>"),
        ("To", ME),
        ("Subject", enc("Begehung Ihrer Wohnung am 04.12.2026 – Fensteraustausch Rehmstraße 14")),
        ("Date", date("2026-11-23 11:20:27", B)),
        ("Message-ID", "<0a2b01dc5b42$9f8e7d6c$5b4a3928$@schwegmann-hv.example.de>"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


# ---------------------------------------------------------------- 43 parent-teacher meeting
@mail(n(43), family="school_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Elternsprechtag: gebuchtes Zeitfenster Do., 19.11.2026, 17:40-17:50 Uhr bei der "
           "Klassenlehrerin: fester Termin, kein Vorstellungsgespräch.")
def n43() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Liebe Eltern von <b>Jonte Brüggemann</b> (Klasse 3b),</p>
        <p>Ihre Buchung für den Elternsprechtag wurde gespeichert:</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Datum</th><th>Uhrzeit</th><th>Lehrkraft</th><th>Raum</th></tr>
        <tr><td>Do., 19.11.2026</td><td>17:40 – 17:50</td><td>Frau Dierker (Klassenleitung)</td><td>A 104</td></tr>
        </table>
        <p>Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Eine Umbuchung ist bis zum 17.11. im
        Elternportal möglich.</p>
        <p>Mit freundlichen Grüßen<br>Sekretariat Grundschule Am Kalkhügel</p>
        <p style="font-size:11px;color:#777">Diese Nachricht wurde über das Elternportal versendet.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from portal.gs-kalkhuegel.example.de (portal.gs-kalkhuegel.example.de [62.108.32.9])",
                        "2026-11-12 19:05:44", B, "Gk8e2Nr5Wa")),
        ("From", "Elternportal GS Am Kalkhuegel <noreply@gs-kalkhuegel.example.de>"),
        ("To", ME),
        ("Subject", "Elternsprechtag: Ihre Buchung (Jonte, 3b)"),
        ("Date", date("2026-11-12 19:05:41", B)),
        ("Message-ID", "<esp-3b-1117-20261112190541@gs-kalkhuegel.example.de>"),
    ], html(hbody, cte="quoted-printable"))


# ---------------------------------------------------------------- 44 exit interview at the current job
@mail(n(44), family="exit_interview", lang="de", interview=False, company="Hasetal Landmaschinen GmbH",
      days=(("Mon", "2026-12-14"),),
      note="Der aktuelle Arbeitgeber lädt zum Austrittsgespräch (Exit-Interview) am Mo., 14.12.2026, 15 Uhr: "
           "fester Termin mit 'Interview' im Text, aber kein Vorstellungsgespräch.")
def n44() -> bytes:
    body = t("""
        Hallo Malte,

        da dein letzter Arbeitstag näher rückt, würde ich gern noch ein kurzes Austrittsgespräch mit dir
        führen – so eine Art Exit-Interview, völlig vertraulich. Mich interessiert, was wir in der
        Serviceplanung besser machen können.

        Ich habe uns Montag, 14.12., um 15 Uhr im kleinen Besprechungsraum eingetragen, ca. 45 Minuten.
        Dabei können wir auch gleich die Übergabe deines Firmenhandys und der Tankkarte klären.

        Viele Grüße
        Jutta

        Jutta Kemper
        Personal | Hasetal Landmaschinen GmbH
        """)
    return message([
        ("Received", mx("from hasetal-landmaschinen.de (mail.hasetal-landmaschinen.de [81.169.145.70])",
                        "2026-12-08 10:41:05", B, "Hs9c3Tm1Ge")),
        ("From", "Jutta Kemper <j.kemper@hasetal-landmaschinen.de>"),
        ("To", addr("Malte Brüggemann", "m.brueggemann@hasetal-landmaschinen.de")),
        ("Subject", enc("Austrittsgespräch")),
        ("Date", date("2026-12-08 10:41:01", B)),
        ("Message-ID", "<BE1P281MB21479A8B7C6D5E4F3A2B1C0D9E8F@BE1P281MB2147.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "m.brueggemann@hasetal-landmaschinen.de"),
        ("X-Forwarded-To", ME),
    ], alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# ---------------------------------------------------------------- 45 Zoom webinar registration with ICS
@mail(n(45), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Nailing the video interview' (Thu 12 Nov 2026 18:00 Berlin) with an "
           "ICS: a confirmed time, but a webinar about interviews, not an interview.")
def n45() -> bytes:
    body = t("""
        Hi Malte,

        Thank you for registering for "Nailing the Video Interview: Field Service & AgTech Roles".

        Please submit any questions to: events@agricareers-europe.example.com

        Date & Time: Nov 12, 2026 06:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84420193377?tk=Qm9vbVNob29rYUxha2FsYWth

        Passcode: 771204

        Add to Calendar | Add to Google Calendar | Add to Yahoo Calendar

        Description: Recruiters from three European equipment manufacturers walk through what they
        look for in a 45-minute video interview, with live Q&A.

        You can cancel your registration at any time.
        """)
    ical = ics("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261103T201144Z
        DTSTART:20261112T170000Z
        DTEND:20261112T180000Z
        SUMMARY:Nailing the Video Interview: Field Service & AgTech Roles
        UID:20261103T201144Z-84420193377@zoom.us
        DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/84420193377
        LOCATION:https://us06web.zoom.us/w/84420193377
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from sg-s12.zoom.us (sg-s12.zoom.us [170.114.52.12])",
                        "2026-11-03 21:11:44", B, "Zw4q7Bv2Nx")),
        ("From", "AgriCareers Europe <no-reply@zoom.us>"),
        ("Reply-To", "events@agricareers-europe.example.com"),
        ("To", ME),
        ("Subject", "Nailing the Video Interview: Field Service & AgTech Roles Confirmation"),
        ("Date", date("2026-11-03 21:11:41", B)),
        ("Message-ID", "<zoom.webinar.84420193377.reg.5529017@zoom.us>"),
    ], mixed(alt(text(body, cte="7bit"), html(para_html(body))),
             calendar(ical, method=None, cte="base64", filename="webinar.ics", disposition="attachment")))


# ---------------------------------------------------------------- 46 out-of-office auto-reply
@mail(n(46), family="auto_reply", lang="de", interview=False, company="Westfalia Feldtechnik GmbH",
      days=(("Fri", "2026-10-02"),),
      note="Abwesenheitsnotiz des Interviewers auf Maltes Dankesmail nach dem Gespräch: Rückkehrdatum "
           "Fr., 02.10., kein Termin. Firma = Absenderfirma (Arbeitgeber).")
def n46() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 02.10.2026, nicht im Büro und habe nur eingeschränkt Zugriff
        auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an kundendienst@westfalia-feldtechnik.de
        oder telefonisch an 0251 79044-0.

        Mit freundlichen Grüßen
        Jonas Pieper
        Leiter Kundendienst
        Westfalia Feldtechnik GmbH
        """)
    return message([
        ("Received", mx("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2100.outbound.protection.outlook.com [40.107.22.100])",
                        "2026-09-22 08:02:19", B, "Wf3a9Lq0Mc")),
        ("From", "Jonas Pieper <jonas.pieper@westfalia-feldtechnik.de>"),
        ("To", to_me()),
        ("Subject", enc("Automatische Antwort: Vielen Dank für das Gespräch")),
        ("Date", date("2026-09-22 08:02:16", B)),
        ("Message-ID", "<AM6PR05MB6120F0E1D2C3B4A5968778695A4B@AM6PR05MB6120.eurprd05.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "jonas.pieper@westfalia-feldtechnik.de"),
    ], text(body))


# ---------------------------------------------------------------- 47 bounce of his own confirmation
@mail(n(47), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Postfix bounce (multipart/report) of Malte's own reply 'Donnerstag um 10 Uhr passt' to a mistyped "
           "address: a delivery failure carrying his confirmation, not a mail from an employer.")
def n47() -> bytes:
    orig = message([
        ("From", to_me()),
        ("To", addr("Thomas Böckmann", "t.bockmann@boeckmann-landtechnik.de")),
        ("Subject", enc("Re: Telefoninterview Donnerstag")),
        ("Date", date("2026-11-10 15:38:12", B)),
        ("Message-ID", "<CAF8m2Q+4kTz0b@mail.example.org>"),
    ], text(t("""
        Hallo Herr Böckmann,

        vielen Dank, Donnerstag um 10 Uhr passt mir gut. Sie erreichen mich unter 0151 40 22 718.

        Viele Grüße
        Malte Brüggemann
        """)))
    explain = t("""
        This is the mail system at host mx01.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <t.bockmann@boeckmann-landtechnik.de>: host
            mx.boeckmann-landtechnik.de[5.175.14.88] said: 550 5.1.1
            <t.bockmann@boeckmann-landtechnik.de>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.mail.example.org
        X-Postfix-Queue-ID: 4Ck9Lm2Qz7
        X-Postfix-Sender: rfc822; malte.brueggemann@example.org
        Arrival-Date: Tue, 10 Nov 2026 15:38:13 +0100 (CET)

        Final-Recipient: rfc822; t.bockmann@boeckmann-landtechnik.de
        Original-Recipient: rfc822;t.bockmann@boeckmann-landtechnik.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.boeckmann-landtechnik.de
        Diagnostic-Code: smtp; 550 5.1.1 <t.bockmann@boeckmann-landtechnik.de>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    return message([
        ("Received", "by mx01.mail.example.org (Postfix)\r\n id 5Dn0Qw8Rt2; Tue, 10 Nov 2026 15:38:15 +0100 (CET)"),
        ("From", "MAILER-DAEMON@mx01.mail.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-10 15:38:15", B)),
        ("Message-ID", "<20261110143815.5Dn0Qw8Rt2@mx01.mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report",
                 text(explain, charset="us-ascii", cte="7bit",
                      extra=(("Content-Description", "Notification"),)),
                 raw_part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")], status),
                 attached_message(orig),
                 params="report-type=delivery-status"))


# ---------------------------------------------------------------- 48 mailing list thread
@mail(n(48), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Mailman-Liste für Serviceplaner: jemand erzählt von seinem Gespräch 'letzten Dienstag (3.11.) "
           "um 14 Uhr' und von typischen Fragen; Erfahrungsbericht, kein Termin für Malte.")
def n48() -> bytes:
    body = t("""
        Moin zusammen,

        kann ich bestätigen. Ich hatte letzten Dienstag (3.11.) um 14 Uhr ein Gespräch bei einem großen
        Händler im Emsland, 60 Minuten, davon mindestens 20 nur zu Bereitschaftsdiensten und wie man in
        der Ernte 30 Einsätze am Tag priorisiert. Die wollten richtig Zahlen hören.

        Mein Tipp: eine echte Woche aus dem letzten August mitbringen und durchgehen.

        Gruß
        Ole

        Am 10.11.2026 um 21:14 schrieb Heike Tiemann:
        > Hallo Liste,
        > ich habe nächste Woche mein erstes Gespräch als Disponentin seit zwölf Jahren. Welche Fragen
        > kamen bei euch so? Gern auch Dinge, die ihr nicht erwartet hättet.
        > Heike

        _______________________________________________
        agrarservice-l Mailingliste
        agrarservice-l@lists.example.net
        https://lists.example.net/mailman/listinfo/agrarservice-l
        """)
    return message([
        ("Received", mx("from lists.example.net (lists.example.net [188.40.21.7])",
                        "2026-11-11 07:48:30", B, "Ml2k5Rv8Qd")),
        ("From", "Ole Reinders <ole.reinders@example.com>"),
        ("To", "agrarservice-l@lists.example.net"),
        ("Subject", enc("Re: [agrarservice-l] Interviewfragen für Disponenten – eure Erfahrungen?")),
        ("Date", date("2026-11-11 07:48:26", B)),
        ("Message-ID", "<8d2e4f61-a0b3-4c9d-8e1f-2a3b4c5d6e7f@example.com>"),
        ("In-Reply-To", "<c1b2a3f4-5e6d-4789-a0b1-c2d3e4f5a6b7@example.net>"),
        ("List-Id", "Austausch Serviceplanung Landtechnik <agrarservice-l.lists.example.net>"),
        ("List-Post", "<mailto:agrarservice-l@lists.example.net>"),
        ("List-Unsubscribe", "<https://lists.example.net/mailman/options/agrarservice-l>, "
                             "<mailto:agrarservice-l-request@lists.example.net?subject=unsubscribe>"),
        ("Sender", "agrarservice-l <agrarservice-l-bounces@lists.example.net>"),
        ("Precedence", "list"),
        ("X-BeenThere", "agrarservice-l@lists.example.net"),
    ], text(body, cte="8bit"))


# ---------------------------------------------------------------- 49 bank advisor appointment
@mail(n(49), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Bank bestätigt einen Beratungstermin Baufinanzierung (Di., 06.10.2026, 16:30 Uhr): fester "
           "Termin, kein Vorstellungsgespräch.")
def n49() -> bytes:
    body = t("""
        Sehr geehrter Herr Brüggemann,

        vielen Dank für Ihre Terminanfrage über unser Online-Banking. Gern bestätigen wir Ihnen Ihren
        Beratungstermin:

        Thema: Baufinanzierung / Anschlussfinanzierung
        Termin: Dienstag, 06.10.2026, 16:30 Uhr
        Ort: Geschäftsstelle Schinkel, Bremer Straße 112, 49084 Osnabrück
        Ihr Berater: Herr Markus Thiering

        Bitte bringen Sie die letzten drei Gehaltsnachweise sowie Ihren aktuellen Darlehensvertrag mit.
        Hinweis: Bei einem bevorstehenden Arbeitgeberwechsel benötigen wir zusätzlich den neuen
        Arbeitsvertrag, sofern bereits vorhanden.

        Freundliche Grüße
        Osnabrücker Land Bank eG
        """)
    return message([
        ("Received", mx("from mail.osnabruecker-land-bank.example.de (mail.osnabruecker-land-bank.example.de [193.16.40.8])",
                        "2026-09-29 14:02:48", B, "Ob5n0Tr3Xs")),
        ("From", "Osnabruecker Land Bank eG <service@osnabruecker-land-bank.example.de>"),
        ("To", to_me()),
        ("Subject", enc("Ihr Beratungstermin am 06.10.2026 um 16:30 Uhr")),
        ("Date", date("2026-09-29 14:02:45", B)),
        ("Message-ID", "<ib.termin.77120.20260929140245@osnabruecker-land-bank.example.de>"),
    ], alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
           html(para_html(body).replace('charset="utf-8"', 'charset="iso-8859-15"'), charset="iso-8859-15")))


# ---------------------------------------------------------------- 50 post-interview note, Fieldwise
@mail(n(50), family="post_interview", lang="en", interview=False, company="Fieldwise Robotics",
      days=(("Fri", "2026-11-06"),),
      note="Recruiter's reply after the 29 Oct interview ('thanks for your time yesterday ... you'll hear "
           "from us by Friday, November 6'): no interview scheduled.")
def n50() -> bytes:
    body = t("""
        Hi Malte,

        Thanks so much for your note, and for your time yesterday - Priya and Tom both mentioned how much
        they enjoyed the conversation about dealer capacity planning.

        The team meets on Wednesday to compare notes, and you'll hear from us by Friday, November 6 at the
        latest.

        Best,
        Jenna

        On Thu, Oct 29, 2026 at 11:52 AM Malte Brüggemann <malte.brueggemann@example.org> wrote:
        > Hi Jenna,
        >
        > thank you for organising today's interview - I really enjoyed meeting Priya and Tom.
        >
        > Best regards,
        > Malte
        """)
    return message([
        ("Received", mx("from mail-qk1-f175.google.com (mail-qk1-f175.google.com [209.85.222.175])",
                        "2026-10-30 09:12:20", "America/New_York", "Fw7t2Kc9Lp")),
        ("From", "Jenna Morrow <jenna.morrow@fieldwiserobotics.com>"),
        ("To", to_me()),
        ("Subject", "Re: Thank you - Fieldwise Robotics"),
        ("Date", date("2026-10-30 09:12:17", "America/New_York")),
        ("Message-ID", "<CAN5pT2w+8Lk3mQx0vRz7@mail.gmail.com>"),
        ("In-Reply-To", "<CAF8m2Q+2hWq8v@mail.example.org>"),
        ("References", "<CAF8m2Q+2hWq8v@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))
