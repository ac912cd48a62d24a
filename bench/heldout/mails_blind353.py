"""Blind held-out set blind353: 50 hand-written mails, the inbox of Jannik Brandes (Lüneburg).

Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives; the file
number of key k is ORDER[k - 1]. Written on 2026-11-28 by a helper session (Claude, an AI
assistant) that had not read the detector, its tests or the other held-out mails.
"""

from __future__ import annotations

import html as _html
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

SET = "blind353"
ORDER = random.Random(3530353).sample(range(1, 51), 50)

ME = "jannik.brandes@example.org"
ME2 = "j.brandes@example.com"
ME_ADDR = addr("Jannik Brandes", ME)
BER = "Europe/Berlin"
CPH = "Europe/Copenhagen"
ZRH = "Europe/Zurich"
LON = "Europe/London"
MX = "mx01.example.org (Postfix)"

VTZ = dict(make.VTZ)
VTZ[CPH] = make.VTZ[BER].replace("Europe/Berlin", CPH)
VTZ[ZRH] = make.VTZ[BER].replace("Europe/Berlin", ZRH)
VTZ[LON] = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def N(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def P(k, *, family, lang, company, kind, local, zone, contact, note, local_end=None, days=()):
    rest = local.split(" ", 1)[1]
    return make.mail(N(k), family=family, lang=lang, interview=True, company=company, note=note,
                     kind=kind, start=utc(rest, zone), end=utc(local_end, zone) if local_end else None,
                     contact=contact, local=local, local_end=local_end, zone=zone, days=days)


def NEG(k, *, family, lang, company, note, days=()):
    return make.mail(N(k), family=family, lang=lang, interview=False, company=company, note=note,
                     days=days)


def H(frm, subject, when, zone, mid, *, to=ME_ADDR, deliver=ME, via=None, extra=()):
    """Headers in the order a delivered message shows them."""
    hs = []
    if via:
        hs.append(("Received", received(via[0], when, zone, via[1], deliver)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def simple_html(body: str, font: str = "Arial,Helvetica,sans-serif", size: str = "14px") -> str:
    paras = []
    for block in body.strip("\n").split("\n\n"):
        lines = [_html.escape(x) for x in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:{size};color:#222">\n'
            + "\n".join(paras) + "\n</body></html>\n")


def ics(prodid: str, method: str | None, tz: str | None, vevent: str) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(VTZ[tz])
    lines.append(vevent.strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines) + "\n"


def exchange_ics(method: str, vevent: str, tz: str = "W. Europe Standard Time") -> str:
    return ("BEGIN:VCALENDAR\nMETHOD:" + method + "\nPRODID:Microsoft Exchange Server 2010\n"
            "VERSION:2.0\n" + VTZ[tz] + "\n" + vevent.strip("\n") + "\nEND:VCALENDAR\n")


# =============================================================================== positives

@P(1, family="greenhouse", lang="en", company="Nordhavn Freight A/S", kind="scheduled",
   local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=CPH,
   contact="mette.lund@nordhavnfreight.dk",
   note="Greenhouse confirmation, Copenhagen time (CEST, same as Berlin); 10:00-10:45 stated; "
        "contact = Reply-To recruiter")
def k01():
    body = t("""
        Hi Jannik,

        Thank you for your interest in the Solution Architect, Warehouse Systems role at Nordhavn
        Freight. We are happy to confirm your interview with us:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM Central European Summer Time (Copenhagen)
        Format: Microsoft Teams
        Interviewer: Mette Lund, Talent Acquisition Partner

        Join the meeting:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk0YmQtY2ZmNi00@thread.v2/0

        If you need to reschedule, simply reply to this email and let us know as soon as possible.

        Best regards,

        Mette Lund
        Talent Acquisition | Nordhavn Freight A/S
        Sundkrogsgade 41, 2150 Nordhavn, Denmark
    """)
    hs = H("Nordhavn Freight <no-reply@greenhouse.io>",
           "Interview Confirmation: Solution Architect, Warehouse Systems at Nordhavn Freight",
           "2026-09-09 14:12", CPH, "<0100019a3b7e1f2c-5d1e8a4b-77c2-4f0e-9b1a-2f6c0e9d3a11@email.greenhouse.io>",
           via=("from o12.email.greenhouse.io (o12.email.greenhouse.io [167.89.101.12])", MX),
           extra=[("Reply-To", addr("Mette Lund", "mette.lund@nordhavnfreight.dk"))])
    return message(hs, alt(text(body), html(simple_html(body))))


@P(2, family="personio", lang="de", company="Elbkai Logistik GmbH", kind="scheduled",
   local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00", zone=BER,
   contact="sandra.meiners@elbkai-logistik.de",
   note="Personio invitation 'bestätigen Ihnen folgenden Termin', 14:00-15:00 Hamburg, ICS attached; "
        "contact = Reply-To HR business partner (also named in body); moved later (thread)")
def k02():
    body = t("""
        Sehr geehrter Herr Brandes,

        vielen Dank für Ihre Bewerbung als IT-Consultant Logistiksysteme (m/w/d) und Ihr Interesse an der Elbkai Logistik GmbH.

        Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen folgenden Termin für ein Vorstellungsgespräch:

        Datum: Donnerstag, 17.09.2026
        Uhrzeit: 14:00 - 15:00 Uhr
        Ort: Elbkai Logistik GmbH, Am Sandtorkai 12, 20457 Hamburg, 3. OG (bitte melden Sie sich am Empfang)

        Ihre Gesprächspartner:
        Sandra Meiners, HR Business Partnerin
        Bernd Tiedemann, Leitung IT-Anwendungen

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte kurz Bescheid - am einfachsten per Antwort auf diese E-Mail oder direkt an sandra.meiners@elbkai-logistik.de.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen
        Sandra Meiners
        HR Business Partnerin

        Elbkai Logistik GmbH | Am Sandtorkai 12 | 20457 Hamburg
        Geschäftsführung: Dr. Henrik Obst, Petra Lüders | Amtsgericht Hamburg HRB 000000
    """)
    cal = ics("-//Personio GmbH//Personio Recruiting//DE", "REQUEST", BER, t("""
        BEGIN:VEVENT
        UID:personio-interview-8841273@personio.de
        DTSTAMP:20260911T084702Z
        DTSTART;TZID=Europe/Berlin:20260917T140000
        DTEND;TZID=Europe/Berlin:20260917T150000
        SUMMARY:Vorstellungsgespräch IT-Consultant Logistiksysteme (m/w/d) - Elbkai Logistik GmbH
        LOCATION:Am Sandtorkai 12\\, 20457 Hamburg\\, 3. OG
        ORGANIZER;CN=Sandra Meiners:mailto:sandra.meiners@elbkai-logistik.de
        ATTENDEE;CN=Jannik Brandes;RSVP=TRUE:mailto:jannik.brandes@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """))
    hs = H(addr("Elbkai Logistik GmbH", "noreply@mail.personio.de"),
           "Einladung zum Vorstellungsgespräch – IT-Consultant Logistiksysteme (m/w/d)",
           "2026-09-11 10:47", BER, "<20260911084702.7f3a1c9e4b@mail.personio.de>",
           via=("from mail.personio.de (mail.personio.de [3.120.18.44])", MX),
           extra=[("Reply-To", addr("Sandra Meiners", "sandra.meiners@elbkai-logistik.de"))])
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(cal, filename="Einladung.ics", disposition="attachment",
                                      cte="base64")))


@P(3, family="human_prose", lang="de", company="Elbkai Logistik GmbH", kind="rescheduled",
   local="Tue 2026-09-22 09:30", local_end="2026-09-22 10:30", zone=BER,
   contact="sandra.meiners@elbkai-logistik.de",
   note="Outlook reply from HR moving Thu 17.09. 14 Uhr to Di 22.09.2026 09:30-10:30 (new time labelled); "
        "windows-1252", days=(("Thu", "2026-09-17"),))
def k03():
    body = t("""
        Sehr geehrter Herr Brandes,

        leider muss ich unseren Termin am Donnerstag, 17.09., um 14 Uhr verschieben - Herr Tiedemann ist kurzfristig bei einem Kunden in Rotterdam gebunden, und wir möchten das Gespräch sehr gerne gemeinsam mit ihm führen.

        Wie eben telefonisch besprochen, halten wir daher folgenden neuen Termin fest:

        Dienstag, 22.09.2026, 09:30 – 10:30 Uhr
        gleicher Ort (Am Sandtorkai 12, 3. OG, Empfang)

        Ich bitte die Umstände zu entschuldigen und freue mich, Sie dann bei uns begrüßen zu dürfen.

        Mit freundlichen Grüßen

        Sandra Meiners
        HR Business Partnerin

        Elbkai Logistik GmbH
        Am Sandtorkai 12
        20457 Hamburg
        Tel. +49 40 000 512-0
        sandra.meiners@elbkai-logistik.de

        Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
    """)
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
         "<body lang=\"DE\"><div class=\"WordSection1\">"
         + "".join(f"<p class=\"MsoNormal\">{_html.escape(x) or '&nbsp;'}</p>" for x in body.split("\n"))
         + "</div></body></html>\n")
    hs = H(addr("Meiners, Sandra", "sandra.meiners@elbkai-logistik.de"),
           "AW: Einladung zum Vorstellungsgespräch – IT-Consultant Logistiksysteme (m/w/d)",
           "2026-09-15 16:20", BER, "<AM9PR04MB81234A1B2C3D4E5F6A7B8C9DAM9PR04MB8123@AM9PR04MB8123.eurprd04.prod.outlook.com>",
           via=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])", MX),
           extra=[("Thread-Topic", "Einladung zum =?windows-1252?Q?Vorstellungsgespr=E4ch?="),
                  ("Content-Language", "de-DE")])
    return message(hs, alt(text(body, charset="windows-1252"), html(h, charset="windows-1252")))


@P(4, family="outlook_calendar", lang="de", company="Weserbogen Spedition AG", kind="scheduled",
   local="Wed 2026-09-30 11:00", local_end="2026-09-30 12:00", zone=BER,
   contact="dirk.ahlers@weserbogen.de",
   note="Exchange meeting request, TZID W. Europe Standard Time, 11:00-12:00 in Bremen; body says "
        "'Mittwoch, 30.09., um 11:00 Uhr'; contact = organizer/sender")
def k04():
    body = t("""
        Hallo Herr Brandes,

        wie eben am Telefon besprochen, hier die Einladung für unser Gespräch am Mittwoch, 30.09., um 11:00 Uhr bei uns in Bremen. Mit dabei ist außer mir noch Frau Kowalczyk aus der Disposition, damit Sie auch die Fachseite kennenlernen.

        Parkplätze gibt es im Parkhaus gegenüber, das Ticket entwerten wir am Empfang. Vom Hbf sind es mit der Linie 3 ca. 15 Minuten.

        Viele Grüße
        Dirk Ahlers

        Teamleiter IT Transportmanagement
        Weserbogen Spedition AG | Konsul-Smidt-Straße 20 | 28217 Bremen
    """)
    vev = t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Ahlers, Dirk":mailto:dirk.ahlers@weserbogen.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jannik.brandes@example.org:mailto:jannik.brandes@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk, Agnieszka":mailto:agnieszka.kowalczyk@weserbogen.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Brandes,\\n\\nwie eben am Telefon besprochen\\, hier die Einladung für unser Gespräch am Mittwoch\\, 30.09.\\, um 11:00 Uhr bei uns in Bremen.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0C5E3F0A44FDC01000000000000000010000000D2A6A55C3F7E1B4C8E8B2A6F3C1D9E77
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Jannik Brandes – Senior Consultant TMS
        DTSTART;TZID=W. Europe Standard Time:20260930T110000
        DTEND;TZID=W. Europe Standard Time:20260930T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T083512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Weserbogen Spedition AG\\, Raum Hafen 2 (EG)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119876543
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
    """)
    cal = exchange_ics("REQUEST", vev)
    hs = H(addr("Ahlers, Dirk", "dirk.ahlers@weserbogen.de"),
           "Vorstellungsgespräch Jannik Brandes – Senior Consultant TMS",
           "2026-09-24 10:35", BER, "<8c2e4b1f0a9d4e7b8f6a5c3d2e1f0a9b@EXCH02.weserbogen.local>",
           via=("from mail.weserbogen.de (mail.weserbogen.de [195.37.210.14])", MX),
           extra=[("Thread-Topic", enc("Vorstellungsgespräch Jannik Brandes – Senior Consultant TMS")),
                  ("Thread-Index", "AQHdLp3kV2x8b0yQ0Eq1mN4sTzA9Ww=="),
                  ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body, charset="utf-8"), html(simple_html(body, "Calibri,sans-serif", "11pt")),
                           calendar(cal, method="REQUEST", cte="base64")))


@P(5, family="outlook_calendar", lang="de", company="Weserbogen Spedition AG", kind="cancelled",
   local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:30", zone=BER,
   contact="dirk.ahlers@weserbogen.de",
   note="Exchange METHOD:CANCEL for the second round, W. Europe Standard Time 10:00-11:30; the body "
        "says the role will not be filled for now; cancelled slot labelled")
def k05():
    body = t("""
        Hallo Herr Brandes,

        leider muss ich unseren Termin am Mittwoch, 14.10., um 10:00 Uhr absagen. Wir haben intern entschieden, die Stelle vorerst nicht neu zu besetzen - das hat nichts mit Ihnen zu tun, das Gespräch letzte Woche war aus unserer Sicht wirklich gut.

        Ich rufe Sie Anfang nächster Woche noch einmal an und erkläre Ihnen die Hintergründe.

        Viele Grüße
        Dirk Ahlers
    """)
    vev = t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Ahlers, Dirk":mailto:dirk.ahlers@weserbogen.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=jannik.brandes@example.org:mailto:jannik.brandes@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Hollmann, Jens":mailto:jens.hollmann@weserbogen.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Brandes\\,\\n\\nleider muss ich unseren Termin am Mittwoch\\, 14.10.\\, um 10:00 Uhr absagen.\\n
        UID:040000008200E00074C5B7101A82E00800000000F07A1C5D1A55DC01000000000000000010000000A9E43B1D6C2F4A4E93B0C17E5D2A8F10
        SUMMARY;LANGUAGE=de-DE:Abgesagt: 2. Gespräch Jannik Brandes / Weserbogen
        DTSTART;TZID=W. Europe Standard Time:20261014T100000
        DTEND;TZID=W. Europe Standard Time:20261014T113000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261009T121944Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Weserbogen Spedition AG\\, Vorstandsetage
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2119881204
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
    """)
    cal = exchange_ics("CANCEL", vev)
    hs = H(addr("Ahlers, Dirk", "dirk.ahlers@weserbogen.de"),
           "Abgesagt: 2. Gespräch Jannik Brandes / Weserbogen",
           "2026-10-09 14:19", BER, "<3f1d0b7e9c2a4d6b8e0f1a2b3c4d5e6f@EXCH02.weserbogen.local>",
           via=("from mail.weserbogen.de (mail.weserbogen.de [195.37.210.14])", MX),
           extra=[("Importance", "high"), ("Content-Language", "de-DE"),
                  ("Thread-Topic", enc("2. Gespräch Jannik Brandes / Weserbogen"))])
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html(simple_html(body, "Calibri,sans-serif", "11pt"), charset="iso-8859-1"),
                           calendar(cal, method="CANCEL", cte="base64")))


@P(6, family="lever", lang="en", company="Thamesgate Supply Chain Ltd", kind="scheduled",
   local="Thu 2026-10-08 15:00", local_end="2026-10-08 15:45", zone=LON,
   contact="oliver.pryce@thamesgate.co.uk",
   note="Lever confirmation: 3:00-3:45pm BST (also 4:00pm CEST written); ICS Europe/London; contact = Reply-To")
def k06():
    body = t("""
        Hi Jannik,

        Thanks for picking a slot - you're all set! Here are the details of your upcoming interview with Thamesgate Supply Chain for the Integration Lead (EDI & Carrier Connectivity) position.

        When: Thursday 8 October 2026, 3:00pm - 3:45pm BST (London)
        That's 4:00pm - 4:45pm your time (CEST).
        Where: Google Meet - meet.google.com/xqd-rbtn-kaw
        Who: Oliver Pryce (Senior Talent Partner) and Gemma Whitlock (Head of Integration)

        A calendar invitation is attached. Need to make a change? Just reply to this email and Oliver will sort it out.

        Best,
        The Thamesgate Talent Team
    """)
    cal = ics("-//Lever//Lever Interview Scheduling//EN", "REQUEST", LON, t("""
        BEGIN:VEVENT
        UID:lever-8d4f2c10-5b7e-4c1a-9f3e-0c6b2a7d9e41
        DTSTAMP:20261002T100511Z
        DTSTART;TZID=Europe/London:20261008T150000
        DTEND;TZID=Europe/London:20261008T154500
        SUMMARY:Interview: Jannik Brandes <> Thamesgate Supply Chain
        LOCATION:https://meet.google.com/xqd-rbtn-kaw
        ORGANIZER;CN=Oliver Pryce:mailto:oliver.pryce@thamesgate.co.uk
        ATTENDEE;CN=Jannik Brandes;PARTSTAT=ACCEPTED:mailto:jannik.brandes@example.org
        ATTENDEE;CN=Gemma Whitlock;PARTSTAT=ACCEPTED:mailto:gemma.whitlock@thamesgate.co.uk
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """))
    hs = H("Thamesgate Supply Chain <no-reply@hire.lever.co>",
           "Your interview with Thamesgate Supply Chain is confirmed",
           "2026-10-02 11:05", LON, "<lever.7b1e0f2a-3c4d-4e5f-a6b7-c8d9e0f1a2b3@hire.lever.co>",
           via=("from mail-a.hire.lever.co (mail-a.hire.lever.co [52.33.117.21])", MX),
           extra=[("Reply-To", addr("Oliver Pryce", "oliver.pryce@thamesgate.co.uk"))])
    return message(hs, mixed(alt(text(body), html(simple_html(body, "Helvetica,Arial,sans-serif"))),
                             calendar(cal, filename="invite.ics", disposition="attachment", cte="base64")))


@P(7, family="ashby", lang="en", company="Spreeflow Mobility GmbH", kind="scheduled",
   local="Mon 2026-10-05 16:00", local_end="2026-10-05 17:00", zone=BER,
   contact="lena.vogt@spreeflow.io",
   note="Ashby confirmation 4:00-5:00 PM CEST (Europe/Berlin); contact = Reply-To talent partner")
def k07():
    body = t("""
        Hi Jannik,

        Your interview for Senior Consultant, Logistics Platforms is confirmed.

        Monday, October 5, 2026
        4:00 PM – 5:00 PM CEST (Europe/Berlin)
        Video call: https://meet.google.com/ptr-wfhd-uuo

        You'll be meeting with:
        • Lena Vogt – Talent Partner
        • Yusuf Demir – Head of Platform Engineering

        Need to reschedule? Reply to this email and Lena will help.

        Spreeflow Mobility GmbH · Köpenicker Str. 154 · 10997 Berlin
        Powered by Ashby
    """)
    cal = ics("-//Ashby//Ashby Scheduling//EN", "REQUEST", BER, t("""
        BEGIN:VEVENT
        UID:ashby-4e0c9b7a-1f2d-4a3b-8c5d-6e7f8a9b0c1d
        DTSTAMP:20260929T071422Z
        DTSTART;TZID=Europe/Berlin:20261005T160000
        DTEND;TZID=Europe/Berlin:20261005T170000
        SUMMARY:Spreeflow Mobility – Senior Consultant\\, Logistics Platforms Interview
        LOCATION:Google Meet
        ORGANIZER;CN=Lena Vogt:mailto:lena.vogt@spreeflow.io
        ATTENDEE;CN=Jannik Brandes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jannik.brandes@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """))
    hs = H("Spreeflow Mobility <no-reply@ashbyhq.com>",
           "Interview confirmed: Senior Consultant, Logistics Platforms at Spreeflow Mobility",
           "2026-09-29 09:14", BER, "<010701923f8a1b2c-9e8d7c6b-5a4f-3e2d-1c0b-a9f8e7d6c5b4-000000@email.amazonses.com>",
           via=("from a48-31.smtp-out.amazonses.com (a48-31.smtp-out.amazonses.com [54.240.48.31])", MX),
           extra=[("Reply-To", addr("Lena Vogt", "lena.vogt@spreeflow.io"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(simple_html(body), cte="base64")),
                             calendar(cal, filename="invite.ics", disposition="attachment", cte="base64")))


@P(8, family="workday", lang="en", company="Alpenquai Logistics AG", kind="scheduled",
   local="Fri 2026-10-16 09:00", local_end="2026-10-16 10:00", zone=ZRH,
   contact="reto.baumann@alpenquai.ch",
   note="Workday HTML-only mail, 09:00-10:00 Zurich (CEST); sender is myworkday, contact = recruiter "
        "address in body")
def k08():
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background:#f3f3f3">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://alpenquai.wd3.myworkdayjobs.com/logo.png" alt="Alpenquai Logistics" width="160">
        <p>Dear Jannik,</p>
        <p>We are pleased to invite you to an interview for the position <b>Lead Consultant Supply Chain Systems (R-10472)</b> in Zürich.</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td><b>Date</b></td><td>Friday, 16 October 2026</td></tr>
        <tr><td><b>Time</b></td><td>09:00 - 10:00 (Central European Summer Time, Zurich)</td></tr>
        <tr><td><b>Format</b></td><td>Video interview (Microsoft Teams). The link is shown in your candidate home under &quot;My Interviews&quot;.</td></tr>
        <tr><td><b>Interviewers</b></td><td>Reto Baumann (Talent Acquisition), Claudia Imhof (Head of Logistics IT)</td></tr>
        </table>
        <p>If you have any questions or need to change the appointment, please contact your recruiter Reto Baumann at <a href="mailto:reto.baumann@alpenquai.ch">reto.baumann@alpenquai.ch</a>.</p>
        <p><a href="https://alpenquai.wd3.myworkdayjobs.com/en-US/Careers/userHome">View my interviews</a></p>
        <p>Kind regards<br>Talent Acquisition Team<br>Alpenquai Logistics AG</p>
        <p style="font-size:11px;color:#888">This is an automatically generated message. Please do not reply to this email.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
    """)
    hs = H("Alpenquai Logistics <alpenquai@myworkday.com>",
           "Interview Scheduled - Lead Consultant Supply Chain Systems (R-10472)",
           "2026-10-12 08:30", ZRH, "<1893475021.88213.1791786600112@wd3-prod-ntf-07.myworkday.com>",
           via=("from mx-out-7.myworkday.com (mx-out-7.myworkday.com [209.177.164.37])", MX))
    return message(hs, html(h, cte="base64"))


@P(9, family="smartrecruiters", lang="de", company="Leinetal Software GmbH", kind="scheduled",
   local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=BER,
   contact="jana.kruse@leinetal-software.de",
   note="SmartRecruiters confirmation sent in CEST (22 Oct) for a slot after the 25 Oct DST change: "
        "10:00 MEZ = 09:00Z; contact = Reply-To recruiter")
def k09():
    body = t("""
        Hallo Jannik Brandes,

        Ihr Interview wurde bestätigt.

        Position: Product Owner WMS (m/w/d)
        Termin: Dienstag, 27. Oktober 2026, 10:00 - 11:00 (MEZ, Europe/Berlin)
        Art: Videointerview über Microsoft Teams
        Teilnehmer: Jana Kruse (Recruiting), Felix Otte (Head of Product)

        Den Link zum Gespräch und die Kalendereinladung finden Sie im Anhang.

        Falls Sie den Termin verschieben müssen, antworten Sie einfach auf diese Nachricht.

        Viele Grüße
        Jana Kruse
        Leinetal Software GmbH

        Diese Nachricht wurde über SmartRecruiters gesendet.
    """)
    cal = ics("-//SmartRecruiters//Interview Scheduler//EN", "REQUEST", BER, t("""
        BEGIN:VEVENT
        UID:sr-int-6a1f0c2e9b8d7a65@smartrecruiters.com
        DTSTAMP:20261022T133102Z
        DTSTART;TZID=Europe/Berlin:20261027T100000
        DTEND;TZID=Europe/Berlin:20261027T110000
        SUMMARY:Interview: Product Owner WMS (m/w/d) - Leinetal Software GmbH
        DESCRIPTION:Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk0
        ORGANIZER;CN=Jana Kruse:mailto:jana.kruse@leinetal-software.de
        ATTENDEE;CN=Jannik Brandes;RSVP=TRUE:mailto:jannik.brandes@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """))
    hs = H(addr("Leinetal Software GmbH", "noreply@smartrecruiters.com"),
           "Bestätigung: Ihr Interview bei Leinetal Software GmbH",
           "2026-10-22 15:31", BER, "<0102019a0f6e2d1c-b3a4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d-000000@eu-west-1.amazonses.com>",
           via=("from b224-12.smtp-out.eu-west-1.amazonses.com (b224-12.smtp-out.eu-west-1.amazonses.com [69.169.224.12])", MX),
           extra=[("Reply-To", addr("Jana Kruse", "jana.kruse@leinetal-software.de"))])
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(cal, method=None, ctype="application/ics", filename="interview.ics",
                                      disposition="attachment", name_param=True, cte="base64")))


@P(10, family="icims", lang="en", company="Kestrel Port Systems", kind="rescheduled",
   local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=BER,
   contact="megan.ortiz@kestrelport.com",
   note="iCIMS reschedule from a US coordinator (Date in CDT, before the US DST change) for a Hamburg "
        "slot: new 2:00-3:00 PM CET; previous Tue 3 Nov also written; contact = coordinator in body",
   days=(("Tue", "2026-11-03"),))
def k10():
    body = t("""
        Dear Jannik,

        Your interview for the Solutions Consultant - Terminal Operating Systems (Hamburg) position has been rescheduled. Please note the new date and time below.

        Previous: Tuesday, November 3, 2026 at 10:00 AM CET
        New: Thursday, November 5, 2026, 2:00 PM - 3:00 PM CET (Europe/Berlin)

        Location: Kestrel Port Systems GmbH, Grosser Grasbrook 9, 20457 Hamburg (please check in at reception, 2nd floor)
        Interviewer: Henning Paulsen, Director Professional Services EMEA

        If you have any questions, please contact Megan Ortiz, Recruiting Coordinator, at megan.ortiz@kestrelport.com.

        Sincerely,
        Kestrel Port Systems Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
    """)
    hs = H("Kestrel Port Systems <kestrelportsystems@talent.icims.com>",
           "Updated Interview: Solutions Consultant - Terminal Operating Systems (Hamburg)",
           "2026-10-30 09:12", "America/Chicago", "<1798641120.4410.1793369520331.JavaMail.icims@talent.icims.com>",
           via=("from smtp2.talent.icims.com (smtp2.talent.icims.com [208.69.180.71])", MX))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@P(11, family="workable", lang="en", company="Skagerrak Shipping Tech ApS", kind="scheduled",
   local="Wed 2026-11-04 13:30", local_end="2026-11-04 14:15", zone=CPH,
   contact="frederik.holm@skagerraktech.dk",
   note="Workable confirmation 13:30-14:15 Europe/Copenhagen (CET); Reply-To is a Workable relay, "
        "contact = CTO address in body")
def k11():
    body = t("""
        Hi Jannik,

        Your interview with Skagerrak Shipping Tech has been confirmed.

        Wednesday, 4 November 2026
        13:30 - 14:15 (Europe/Copenhagen)
        Video call via Google Meet: https://meet.google.com/kvb-qwma-hns

        Frederik Holm (CTO) will be talking with you. If anything comes up before then, you can reach him directly at frederik.holm@skagerraktech.dk.

        Good luck!
        Skagerrak Shipping Tech

        Sent via Workable
    """)
    hs = H("Skagerrak Shipping Tech <noreply@candidates.workablemail.com>",
           "Interview confirmed: Skagerrak Shipping Tech - Senior Integration Consultant",
           "2026-10-27 11:48", CPH, "<workable.5a9c2e71b0d4.20261027104811@candidates.workablemail.com>",
           via=("from mail129-4.atl41.mandrillapp.com (mail129-4.atl41.mandrillapp.com [198.2.129.4])", MX),
           extra=[("Reply-To", "skagerrak-shipping-tech+a8f3k2q7@candidates.workablemail.com")])
    return message(hs, alt(text(body), html(simple_html(body))))


@P(12, family="teamtailor", lang="de", company="Kiezkurier GmbH", kind="scheduled",
   local="Thu 2026-11-12 11:00", local_end="2026-11-12 11:45", zone=BER,
   contact="mira.schulte@kiezkurier.de",
   note="Teamtailor confirmation in casual German (Du, emoji), 11:00-11:45 Berlin, ICS attached; "
        "contact = Reply-To People & Culture")
def k12():
    body = t("""
        Hey Jannik,

        super, dass es geklappt hat! Hier nochmal alle Infos zu deinem Interview:

        📅 Donnerstag, 12. November 2026
        🕚 11:00 – 11:45 Uhr (Berlin)
        📍 Video-Call: https://kiezkurier.teamtailor.com/meetings/8c1f0e2b

        Du sprichst mit mir (People & Culture) und Kalle aus dem Tech-Team. Ganz entspannt, kein Dresscode, keine Fangfragen 😉

        Falls du den Termin verschieben musst, antworte einfach auf diese Mail.

        Bis Donnerstag!
        Mira Schulte
        People & Culture @ Kiezkurier
    """)
    cal = ics("-//Teamtailor//Teamtailor Meetings//EN", "REQUEST", BER, t("""
        BEGIN:VEVENT
        UID:tt-meeting-8c1f0e2b@teamtailor.com
        DTSTAMP:20261106T124011Z
        DTSTART;TZID=Europe/Berlin:20261112T110000
        DTEND;TZID=Europe/Berlin:20261112T114500
        SUMMARY:Interview Kiezkurier – Jannik Brandes
        LOCATION:https://kiezkurier.teamtailor.com/meetings/8c1f0e2b
        ORGANIZER;CN=Mira Schulte:mailto:mira.schulte@kiezkurier.de
        ATTENDEE;CN=Jannik Brandes;RSVP=TRUE:mailto:jannik.brandes@example.org
        SEQUENCE:0
        END:VEVENT
    """))
    hs = H("Kiezkurier <no-reply@teamtailor-mail.com>",
           "Dein Interview bei Kiezkurier ist bestätigt 🎉",
           "2026-11-06 13:40", BER, "<6a7b8c9d0e1f.20261106124011.tt@teamtailor-mail.com>",
           via=("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.135.224.6])", MX),
           extra=[("Reply-To", addr("Mira Schulte", "mira.schulte@kiezkurier.de"))])
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(cal, filename="interview.ics", disposition="attachment",
                                      cte="base64")))


@P(13, family="recruitee", lang="en", company="Lotsenhaus Digital GmbH", kind="rescheduled",
   local="Mon 2026-11-16 15:00", local_end="2026-11-16 16:00", zone=BER,
   contact="tobias.rehder@lotsenhaus.de",
   note="Recruitee reschedule: new Mon 16 Nov 15:00-16:00 CET, old Fri 13 Nov also written; ICS "
        "SEQUENCE:1; contact = Reply-To hiring manager", days=(("Fri", "2026-11-13"),))
def k13():
    body = t("""
        Hi Jannik,

        Your interview for Cloud Architect Logistics at Lotsenhaus Digital has been moved to a new time.

        New time: Monday 16 November 2026, 15:00 - 16:00 (CET, Berlin)
        Was: Friday 13 November 2026, 11:00 - 12:00

        Location: Zoom - https://lotsenhaus.zoom.us/j/84412093317
        Interviewers: Tobias Rehder, Ayse Korkmaz

        An updated calendar invitation is attached. Sorry for the shuffle - one of us is off sick on Friday.

        Tobias Rehder
        Engineering Manager, Lotsenhaus Digital GmbH

        --
        Sent with Recruitee
    """)
    cal = ics("-//Recruitee//Recruitee Interviews//EN", "REQUEST", BER, t("""
        BEGIN:VEVENT
        UID:recruitee-event-3318842@recruitee.com
        DTSTAMP:20261111T091530Z
        DTSTART;TZID=Europe/Berlin:20261116T150000
        DTEND;TZID=Europe/Berlin:20261116T160000
        SUMMARY:Interview: Cloud Architect Logistics - Jannik Brandes
        LOCATION:https://lotsenhaus.zoom.us/j/84412093317
        ORGANIZER;CN=Tobias Rehder:mailto:tobias.rehder@lotsenhaus.de
        ATTENDEE;CN=Jannik Brandes;RSVP=TRUE:mailto:jannik.brandes@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
    """))
    hs = H("Lotsenhaus Digital <notifications@mail.recruitee.com>",
           "Interview rescheduled - Cloud Architect Logistics",
           "2026-11-11 10:15", BER, "<5f3e2d1c.recruitee.20261111091530.3318842@mail.recruitee.com>",
           via=("from mail.recruitee.com (mail.recruitee.com [185.60.41.12])", MX),
           extra=[("Reply-To", addr("Tobias Rehder", "tobias.rehder@lotsenhaus.de"))])
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@P(14, family="jazzhr", lang="en", company="Bridgewater Cold Chain Ltd", kind="scheduled",
   local="Tue 2026-11-17 10:00", local_end="2026-11-17 10:45", zone=LON,
   contact="priya.nair@bridgewatercoldchain.co.uk",
   note="JazzHR phone interview 10:00 AM GMT, 'Duration: 45 minutes' -> end; contact = manager address "
        "in body")
def k14():
    body = t("""
        Hello Jannik,

        Thank you for applying for the ERP/WMS Integration Specialist position with Bridgewater Cold Chain Ltd. We would like to confirm your phone interview:

        Date: Tuesday, 17 November 2026
        Time: 10:00 AM GMT (11:00 AM in Germany)
        Duration: 45 minutes
        Interviewer: Priya Nair, Operations Systems Manager

        Priya will call you on the mobile number from your application. If that number is not correct, or you need to change the time, please email priya.nair@bridgewatercoldchain.co.uk.

        Kind regards,
        Bridgewater Cold Chain Ltd
        Trafford Park, Manchester
    """)
    hs = H("Bridgewater Cold Chain <noreply@applytojob.com>",
           "Interview Scheduled: ERP/WMS Integration Specialist",
           "2026-11-12 14:22", LON, "<20261112142207.1f0e9d8c7b6a@applytojob.com>",
           via=("from mta-212.applytojob.com (mta-212.applytojob.com [23.239.11.212])", MX))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body, "Verdana,sans-serif", "13px"))))


@P(15, family="goodtime", lang="en", company="Spreeflow Mobility GmbH", kind="scheduled",
   local="Thu 2026-10-22 13:00", local_end="2026-10-22 15:00", zone=BER,
   contact="lena.vogt@spreeflow.io",
   note="GoodTime final round, two sessions 1:00-2:00 and 2:15-3:00 PM CEST in Berlin: start = first, "
        "end = last; contact = Reply-To")
def k15():
    body = t("""
        Hi Jannik,

        Your final round with Spreeflow Mobility is confirmed. All times are shown in Central European Summer Time (Berlin).

        Thursday, October 22, 2026

        1:00 PM - 2:00 PM    System design: logistics platform    with Yusuf Demir
        2:15 PM - 3:00 PM    Values & collaboration              with Clara Neumann, Lena Vogt

        Location: Spreeflow office, Köpenicker Str. 154, 10997 Berlin, 4th floor (ring "Spreeflow")

        Please bring a photo ID for building access. Travel costs from Lüneburg will be reimbursed - just keep your tickets.

        Questions? Reply to this email to reach Lena Vogt.

        Powered by GoodTime
    """)
    hs = H("Spreeflow Mobility <scheduling@goodtime.io>",
           "Interview Confirmation: Spreeflow Mobility - Final Round",
           "2026-10-15 17:02", BER, "<gt-confirm.9a1b2c3d4e5f60718293@goodtime.io>",
           via=("from o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.154.3])", MX),
           extra=[("Reply-To", addr("Lena Vogt", "lena.vogt@spreeflow.io"))])
    return message(hs, alt(text(body), html(simple_html(body))))


@P(16, family="calendly", lang="de", company="Heidekraut Versand GmbH", kind="scheduled",
   local="Wed 2026-11-18 09:00", local_end="2026-11-18 09:30", zone=BER,
   contact="katrin.brueggemann@heidekraut-versand.de",
   note="Calendly invitee confirmation in German, 09:00-09:30 MEZ phone call with the hiring manager; "
        "contact = Reply-To host")
def k16():
    body = t("""
        Hallo Jannik Brandes,

        Ihr Termin ist eingeplant.

        Ereignistyp:
        Erstgespräch Teamleitung IT Logistik

        Eingeladen von:
        Katrin Brüggemann

        Datum/Uhrzeit des Ereignisses:
        09:00 - 09:30, Mittwoch, 18. November 2026 (Mitteleuropäische Zeit)

        Ort:
        Dieses Ereignis ist ein Telefonanruf. Katrin Brüggemann ruft Sie unter der angegebenen Nummer an.

        Eingeladener Teilnehmer:
        Jannik Brandes
        jannik.brandes@example.org

        Eine Kalendereinladung ist angehängt.

        Termin verschieben: https://calendly.com/reschedulings/3f9a1c2e-7d4b-4e8f-a0b1-c2d3e4f5a6b7
        Absagen: https://calendly.com/cancellations/3f9a1c2e-7d4b-4e8f-a0b1-c2d3e4f5a6b7

        Mit Calendly gebucht
    """)
    cal = ics("-//Calendly//Calendly//EN", "REQUEST", BER, t("""
        BEGIN:VEVENT
        UID:3f9a1c2e-7d4b-4e8f-a0b1-c2d3e4f5a6b7@calendly.com
        DTSTAMP:20261113T101455Z
        DTSTART;TZID=Europe/Berlin:20261118T090000
        DTEND;TZID=Europe/Berlin:20261118T093000
        SUMMARY:Erstgespräch Teamleitung IT Logistik (Jannik Brandes)
        LOCATION:Telefonanruf
        ORGANIZER;CN=Katrin Brüggemann:mailto:katrin.brueggemann@heidekraut-versand.de
        ATTENDEE;CN=Jannik Brandes;RSVP=TRUE:mailto:jannik.brandes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """))
    hs = H("Calendly <notifications@calendly.com>",
           "Bestätigt: Erstgespräch Teamleitung IT Logistik mit Katrin Brüggemann am Mittwoch, 18. November 2026",
           "2026-11-13 11:14", BER, "<calendly.b7a6f5e4d3c2@mail.calendly.com>",
           via=("from mail.calendly.com (mail.calendly.com [168.245.9.14])", MX),
           extra=[("Reply-To", addr("Katrin Brüggemann", "katrin.brueggemann@heidekraut-versand.de"))])
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(cal, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


@P(17, family="ms_bookings", lang="de", company="Hansa Intralogistik AG", kind="scheduled",
   local="Mon 2026-11-23 14:00", local_end="2026-11-23 15:00", zone=BER,
   contact=None,
   note="Microsoft Bookings confirmation from a shared booking mailbox, 14:00-15:00 '(UTC+01:00) "
        "Amsterdam, Berlin ...', ICS W. Europe Standard Time; staff named but no personal address -> contact null")
def k17():
    body = t("""
        Hallo Jannik Brandes,

        vielen Dank für Ihre Buchung bei Hansa Intralogistik – Bewerbungsgespräche.

        Vorstellungsgespräch IT-Projektleitung
        Montag, 23. November 2026
        14:00 - 15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Mitarbeiter: Felix Wendt

        An Onlinebesprechung teilnehmen:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE2OGQ1@thread.v2/0

        Buchung verwalten oder stornieren:
        https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@hansa-intralogistik.de/bookings/

        Hansa Intralogistik AG
        Vahrenwalder Straße 269, 30179 Hannover
    """)
    vev = t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hansa Intralogistik – Bewerbungsgespräche:mailto:Bewerbungsgespraeche@hansa-intralogistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jannik Brandes:mailto:jannik.brandes@example.org
        DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch IT-Projektleitung mit Felix Wendt\\n
        UID:040000008200E00074C5B7101A82E008000000005C1B6E8A1E77DC01000000000000000010000000C3B2A1F0E9D8C7B6A5F4E3D2C1B0A998
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch IT-Projektleitung
        DTSTART;TZID=W. Europe Standard Time:20261123T140000
        DTEND;TZID=W. Europe Standard Time:20261123T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261117T081208Z
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
    """)
    cal = exchange_ics("REQUEST", vev)
    hs = H(addr("Hansa Intralogistik – Bewerbungsgespräche", "Bewerbungsgespraeche@hansa-intralogistik.de"),
           "Ihre Buchung wurde bestätigt: Vorstellungsgespräch IT-Projektleitung mit Felix Wendt",
           "2026-11-17 09:12", BER, "<DB9PR10MB7342B1C0D9E8F7A6B5C4D3E2F1A0DB9PR10MB7342@DB9PR10MB7342.EURPRD10.PROD.OUTLOOK.COM>",
           via=("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2112.outbound.protection.outlook.com [40.107.249.112])", MX),
           extra=[("Content-Language", "de-DE")])
    return message(hs, alt(text(body), html(simple_html(body, "Segoe UI,sans-serif")),
                           calendar(cal, method="REQUEST", cte="base64")))


@P(18, family="google_calendar", lang="de", company="Kiezkurier GmbH", kind="rescheduled",
   local="Mon 2026-11-30 10:00", local_end="2026-11-30 11:00", zone=BER,
   contact="mira.schulte@kiezkurier.de",
   note="Google Calendar 'Aktualisierte Einladung' (German UI), Fr. 27. Nov. moved to Mo. 30. Nov. "
        "10:00-11:00 MEZ; SEQUENCE:1; contact = organizer", days=(("Fri", "2026-11-27"),))
def k18():
    body = t("""
        Diese Veranstaltung wurde geändert.

        Kiezkurier – 2. Gespräch (Case-Study)
        Geändert: Montag, 30. Nov. 2026 ⋅ 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)
        Vorher: Freitag, 27. Nov. 2026 ⋅ 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)

        Mit Google Meet teilnehmen
        https://meet.google.com/hzt-oqpa-mvr

        Teilnehmer
        Mira Schulte - Organisator
        kalle.jensen@kiezkurier.de
        jannik.brandes@example.org

        Antworten für jannik.brandes@example.org: Ja / Vielleicht / Nein
        Weitere Optionen: https://calendar.google.com/calendar/event?action=VIEW&eid=NWw4aHZk

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieser Veranstaltung sind. Wenn Sie keine Updates mehr zu dieser Veranstaltung erhalten möchten, lehnen Sie sie ab.
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", BER, t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261130T100000
        DTEND;TZID=Europe/Berlin:20261130T110000
        DTSTAMP:20261124T081933Z
        ORGANIZER;CN=Mira Schulte:mailto:mira.schulte@kiezkurier.de
        UID:5l8hvd2q0c4m1r7t9k3b6n0p2s@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mira Schulte;X-NUM-GUESTS=0:mailto:mira.schulte@kiezkurier.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kalle.jensen@kiezkurier.de;X-NUM-GUESTS=0:mailto:kalle.jensen@kiezkurier.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=jannik.brandes@example.org;X-NUM-GUESTS=0:mailto:jannik.brandes@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hzt-oqpa-mvr
        CREATED:20261113T094410Z
        DESCRIPTION:Case-Study: Tourenplanung für 40 Lastenräder. Bring gern deinen Laptop mit.
        LAST-MODIFIED:20261124T081932Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Kiezkurier – 2. Gespräch (Case-Study)
        TRANSP:OPAQUE
        END:VEVENT
    """))
    hs = H(addr("Mira Schulte", "mira.schulte@kiezkurier.de"),
           "Aktualisierte Einladung: Kiezkurier – 2. Gespräch (Case-Study) @ Mo. 30. Nov. 2026 10:00 - 11:00 (MEZ) (jannik.brandes@example.org)",
           "2026-11-24 09:19", BER, "<calendar-0f3b8e2a-6d1c-4a79-b5e0-2c9d8f7a6b51@google.com>",
           via=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", MX),
           extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                  ("Reply-To", addr("Mira Schulte", "mira.schulte@kiezkurier.de"))])
    return message(hs, mixed(alt(text(body), html(simple_html(body, "Roboto,Arial,sans-serif")),
                                 calendar(cal, method="REQUEST", cte="base64")),
                             calendar(cal, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True, cte="base64")))


@P(19, family="google_calendar", lang="en", company="Thamesgate Supply Chain Ltd", kind="cancelled",
   local="Wed 2026-12-02 11:00", local_end="2026-12-02 12:00", zone=LON,
   contact="oliver.pryce@thamesgate.co.uk",
   note="Google Calendar 'Canceled event' (METHOD:CANCEL), 11am-12pm GMT London; organizer's note "
        "says the process is paused; cancelled slot labelled")
def k19():
    body = t("""
        This event has been canceled.

        Hi Jannik - apologies, we've had to pause this hiring process while our Q1 budget is re-approved. I'll give you a call on Monday to explain properly. Oliver

        Thamesgate - Final interview (Jannik Brandes)
        Wednesday 2 Dec 2026 ⋅ 11am – 12pm (Greenwich Mean Time - London)

        Organizer
        Oliver Pryce
        oliver.pryce@thamesgate.co.uk

        Guests
        Oliver Pryce - organizer
        gemma.whitlock@thamesgate.co.uk
        rupert.ashdown@thamesgate.co.uk
        jannik.brandes@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", LON, t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20261202T110000
        DTEND;TZID=Europe/London:20261202T120000
        DTSTAMP:20261127T163045Z
        ORGANIZER;CN=Oliver Pryce:mailto:oliver.pryce@thamesgate.co.uk
        UID:2k9d7f1b3h5j8m0q4s6u1w3y5a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=jannik.brandes@example.org;X-NUM-GUESTS=0:mailto:jannik.brandes@example.org
        CREATED:20261119T120211Z
        DESCRIPTION:
        LAST-MODIFIED:20261127T163044Z
        LOCATION:Thamesgate House\\, 40 Tooley Street\\, London SE1
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Thamesgate - Final interview (Jannik Brandes)
        TRANSP:OPAQUE
        END:VEVENT
    """))
    hs = H(addr("Oliver Pryce", "oliver.pryce@thamesgate.co.uk"),
           "Canceled event with note: Thamesgate - Final interview (Jannik Brandes) @ Wed 2 Dec 2026 11am - 12pm (GMT) (jannik.brandes@example.org)",
           "2026-11-27 16:30", LON, "<calendar-7e2d9c4a-1b8f-4e60-a3d5-9f0c1b2a3e4d@google.com>",
           via=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", MX),
           extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(simple_html(body, "Roboto,Arial,sans-serif")),
                                 calendar(cal, method="CANCEL", cte="base64")),
                             calendar(cal, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True, cte="base64")))


@P(20, family="human_prose", lang="de", company="Fährhaus Robotics GmbH", kind="scheduled",
   local="Tue 2026-12-08 10:00", zone=BER, contact="ole.petersen@faehrhaus-robotics.de",
   note="CTO's casual reply (Du) 'dann Dienstag um 10 bei uns im Büro', resolved against Date (Thu 3 Dec) "
        "and the quoted 'Dienstag, 8.12. um 10 Uhr'; no length -> end null; contact = sender")
def k20():
    body = t("""
        Moin Jannik,

        passt, dann machen wir das so: Dienstag um 10 bei uns im Büro, Shanghaiallee 9, 2. Stock. Klingel "Fährhaus", falls unten zu ist einfach kurz anrufen.

        Mit dabei ist noch Svea aus dem Ops-Team, die hat die meisten Fragen zur Lagersteuerung ;)

        Kaffee gibts, Parkplätze eher nicht - komm am besten mit der Bahn, von der Haltestelle Überseequartier sind es 3 Minuten.

        Bis Dienstag!
        Ole

        --
        Ole Petersen
        CTO | Fährhaus Robotics GmbH
        Shanghaiallee 9, 20457 Hamburg
        https://faehrhaus-robotics.de

        > Am 03.12.2026 um 17:10 schrieb Jannik Brandes <jannik.brandes@example.org>:
        >
        > Hallo Ole,
        >
        > danke für die schnelle Rückmeldung! Dienstag, 8.12. um 10 Uhr würde bei mir gut passen, alternativ ginge auch Mittwochnachmittag.
        >
        > Viele Grüße
        > Jannik
        >
        >> Am 03.12.2026 um 11:02 schrieb Ole Petersen <ole.petersen@faehrhaus-robotics.de>:
        >>
        >> Hi Jannik,
        >>
        >> danke für deine Bewerbung, klingt richtig gut. Lust, nächste Woche mal bei uns vorbeizukommen? Schick mir einfach, wann es dir passt.
        >>
        >> Ole
    """)
    hs = H(addr("Ole Petersen", "ole.petersen@faehrhaus-robotics.de"), "Re: Bewerbung Software-Architekt Lagerrobotik",
           "2026-12-03 18:52", BER, "<A7C3E0F2-5B1D-4E8A-9C6F-2D0B3A4E5F61@faehrhaus-robotics.de>",
           via=("from mail.faehrhaus-robotics.de (mail.faehrhaus-robotics.de [217.160.0.71])", MX),
           extra=[("In-Reply-To", "<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@example.org>"),
                  ("References", "<E1B2C3D4-A5F6-4789-B0C1-D2E3F4A5B6C7@faehrhaus-robotics.de> "
                                 "<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@example.org>"),
                  ("X-Mailer", "Apple Mail (2.3826.500.181)")])
    return message(hs, text(body, cte="quoted-printable"))


@P(21, family="reply_quoted", lang="en", company="Nordhavn Freight A/S", kind="scheduled",
   local="Thu 2026-10-01 14:00", zone=CPH, contact="mette.lund@nordhavnfreight.dk",
   note="Recruiter's short Outlook reply on top of the quoted thread: 'Thursday 1 October at 14:00 "
        "Copenhagen time it is'; 'plan for about an hour' -> end null; contact = sender",
   days=(("Fri", "2026-10-02"), ("Fri", "2026-09-25"), ("Mon", "2026-09-28")))
def k21():
    body = t("""
        Hi Jannik,

        Perfect - Thursday 1 October at 14:00 Copenhagen time (same as yours) it is. You'll get a Teams invite from Anders separately; plan for about an hour.

        Thanks, and talk soon!
        Mette

        Mette Lund
        Talent Acquisition Partner
        Nordhavn Freight A/S | Sundkrogsgade 41 | 2150 Nordhavn

        ________________________________
        From: Jannik Brandes <jannik.brandes@example.org>
        Sent: Monday, 28 September 2026 10:02
        To: Mette Lund <mette.lund@nordhavnfreight.dk>
        Subject: Re: Next steps - Solution Architect, Warehouse Systems

        Hi Mette,

        Thursday at 14:00 works well for me. Looking forward to meeting Anders.

        Best regards,
        Jannik

        ________________________________
        From: Mette Lund <mette.lund@nordhavnfreight.dk>
        Sent: Friday, 25 September 2026 15:47
        To: Jannik Brandes <jannik.brandes@example.org>
        Subject: Next steps - Solution Architect, Warehouse Systems

        Hi Jannik,

        Great news - Anders Kjaer (VP Operations IT) would like to meet you for a second conversation. Would Thursday 1 October at 14:00 or Friday 2 October at 9:00 (CEST) work for you?

        Best,
        Mette
    """)
    hs = H(addr("Mette Lund", "mette.lund@nordhavnfreight.dk"),
           "RE: Next steps - Solution Architect, Warehouse Systems",
           "2026-09-28 11:26", CPH, "<DU0PR08MB9521C4E8B1A2F3D4E5C6B7A8D9E0DU0PR08MB9521@DU0PR08MB9521.eurprd08.prod.outlook.com>",
           via=("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2090.outbound.protection.outlook.com [40.107.104.90])", MX),
           extra=[("In-Reply-To", "<b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e@example.org>"),
                  ("References", "<DU0PR08MB9521A1B2C3D4E5F6A7B8C9D0E1F2DU0PR08MB9521@DU0PR08MB9521.eurprd08.prod.outlook.com> "
                                 "<b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e@example.org>"),
                  ("Content-Language", "en-GB")])
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html(simple_html(body, "Aptos,Calibri,sans-serif", "12pt"), charset="us-ascii")))


@P(22, family="forwarded", lang="de", company="Ostwind Cargo GmbH", kind="scheduled",
   local="Wed 2026-12-09 13:30", local_end="2026-12-09 15:00", zone=BER,
   contact="anja.lorenz@ostwind-cargo.de",
   note="Owner forwards (from his second address) HR's confirmation 'Mittwoch, 9. Dezember 2026, 13:30 "
        "bis 15:00 Uhr' in Berlin; contact = HR sender in the forwarded header")
def k22():
    body = t("""
        zur Info / für den Kalender


        -------- Weitergeleitete Nachricht --------
        Betreff: Einladung zum Vorstellungsgespräch am 09.12.2026
        Datum: Tue, 1 Dec 2026 16:34:10 +0100
        Von: Anja Lorenz <anja.lorenz@ostwind-cargo.de>
        An: Jannik Brandes <j.brandes@example.com>

        Sehr geehrter Herr Brandes,

        wie heute telefonisch vereinbart, bestätige ich Ihnen gern den Termin für Ihr Vorstellungsgespräch:

        Mittwoch, 9. Dezember 2026, 13:30 bis 15:00 Uhr
        Ostwind Cargo GmbH, Hermannstraße 214, 12049 Berlin, Raum 3.12

        Ihre Gesprächspartner sind Herr Dr. Matthias Reuter (Bereichsleiter IT & Digitalisierung) und ich. Im zweiten Teil des Gesprächs möchten wir Sie bitten, anhand eines kurzen Fallbeispiels zu skizzieren, wie Sie eine TMS-Einführung bei uns angehen würden - eine Vorbereitung ist nicht nötig.

        Ihre Reisekosten (Bahnticket 2. Klasse) erstatten wir Ihnen gern gegen Vorlage der Belege.

        Bei Rückfragen erreichen Sie mich unter 030 000 214-55.

        Mit freundlichen Grüßen
        i. A. Anja Lorenz
        Personalreferentin

        Ostwind Cargo GmbH
        Hermannstraße 214 | 12049 Berlin
        Sitz der Gesellschaft: Berlin | Amtsgericht Charlottenburg HRB 000000 B
    """)
    hs = H(addr("Jannik Brandes", ME2), "Fwd: Einladung zum Vorstellungsgespräch am 09.12.2026",
           "2026-12-02 07:58", BER, "<9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f@example.com>",
           via=("from smtp.example.com (smtp.example.com [192.0.2.25])", MX),
           extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@P(23, family="rfc822_attachment", lang="de", company="Leinetal Software GmbH", kind="cancelled",
   local="Fri 2026-11-13 13:00", local_end="2026-11-13 14:00", zone=BER,
   contact="jana.kruse@leinetal-software.de",
   note="Owner forwards the recruiter's cancellation as a message/rfc822 attachment; the second round "
        "'Freitag, den 13.11.2026 von 13:00 bis 14:00 Uhr' is cancelled (position filled internally); "
        "contact = sender of the attached mail")
def k23():
    inner_body = t("""
        Hallo Herr Brandes,

        leider muss ich Ihnen mitteilen, dass wir das für Freitag, den 13.11.2026 von 13:00 bis 14:00 Uhr geplante Zweitgespräch absagen müssen. Die Position Product Owner WMS wird kurzfristig intern nachbesetzt, eine Kollegin aus dem Produktteam übernimmt die Rolle.

        Das tut mir sehr leid, zumal Ihr erstes Gespräch mit Herrn Otte wirklich sehr positiv verlaufen ist. Gerne würde ich Ihre Unterlagen - Ihr Einverständnis vorausgesetzt - für künftige Vakanzen in unserem Talentpool behalten.

        Mit freundlichen Grüßen

        Jana Kruse
        Recruiting
        Leinetal Software GmbH | Hildesheimer Straße 53 | 30169 Hannover
    """)
    inner = message([
        ("From", addr("Jana Kruse", "jana.kruse@leinetal-software.de")),
        ("To", addr("Jannik Brandes", ME2)),
        ("Subject", enc("Absage: Zweitgespräch am Freitag, 13.11.2026")),
        ("Date", date("2026-11-09 11:20", BER)),
        ("Message-ID", "<FR2P281MB1734E6A7B8C9D0E1F2A3B4C5D6E7FR2P281MB1734@FR2P281MB1734.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = t("""
        Leinetal 2. Runde fällt aus, siehe Anhang. Termin am Freitag aus dem Kalender nehmen.
    """)
    hs = H(addr("Jannik Brandes", ME2), "Fwd: Absage: Zweitgespräch am Freitag, 13.11.2026",
           "2026-11-09 12:05", BER, "<3d4e5f6a-7b8c-4d9e-a0f1-b2c3d4e5f6a7@example.com>",
           via=("from smtp.example.com (smtp.example.com [192.0.2.25])", MX),
           extra=[("User-Agent", "Mozilla Thunderbird")])
    return message(hs, mixed(text(outer, cte="8bit"),
                             attached_message(inner, "Absage Zweitgespraech.eml")))


# =============================================================================== negatives

@NEG(24, family="rejection", lang="de", company="Elbkai Logistik GmbH",
     note="Personio rejection after the interview (thread with the invitation and the move); no time")
def k24():
    body = t("""
        Sehr geehrter Herr Brandes,

        nochmals vielen Dank für das offene und angenehme Gespräch in unserem Hause und die Zeit, die Sie sich für uns genommen haben.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung noch etwas besser zu den aktuellen Schwerpunkten der Position passt. Diese Entscheidung ist uns nicht leicht gefallen.

        Wir wünschen Ihnen für Ihre weitere berufliche und persönliche Zukunft alles Gute und viel Erfolg.

        Mit freundlichen Grüßen
        Sandra Meiners
        HR Business Partnerin
        Elbkai Logistik GmbH

        Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.
    """)
    hs = H(addr("Elbkai Logistik GmbH", "noreply@mail.personio.de"),
           "Ihre Bewerbung als IT-Consultant Logistiksysteme (m/w/d)",
           "2026-10-06 15:02", BER, "<20261006130211.1c2d3e4f5a@mail.personio.de>",
           via=("from mail.personio.de (mail.personio.de [3.120.18.44])", MX),
           extra=[("Reply-To", addr("Sandra Meiners", "sandra.meiners@elbkai-logistik.de"))])
    return message(hs, alt(text(body), html(simple_html(body))))


@NEG(25, family="rejection", lang="en", company="Nordhavn Freight A/S",
     note="Greenhouse rejection after the second conversation; mentions the past interview date only",
     days=(("Thu", "2026-10-01"),))
def k25():
    body = t("""
        Hi Jannik,

        Thank you for meeting with Anders and me on Thursday, 1 October, and for the thought you put into your answers - we really enjoyed the conversation.

        After a lot of discussion we've decided to move forward with another candidate whose background in cold-chain warehousing is closer to what the team needs right now. This was a difficult decision.

        We'd love to stay in touch, and we'll reach out if a role opens up that matches your profile more closely.

        All the best,
        Mette Lund
        Talent Acquisition | Nordhavn Freight A/S
    """)
    hs = H("Nordhavn Freight <no-reply@greenhouse.io>",
           "Update on your application - Solution Architect, Warehouse Systems",
           "2026-10-09 13:41", CPH, "<0100019a5c2d3e4f-6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d@email.greenhouse.io>",
           via=("from o12.email.greenhouse.io (o12.email.greenhouse.io [167.89.101.12])", MX),
           extra=[("Reply-To", addr("Mette Lund", "mette.lund@nordhavnfreight.dk"))])
    return message(hs, alt(text(body), html(simple_html(body))))


@NEG(26, family="offer", lang="en", company="Spreeflow Mobility GmbH",
     note="Ashby offer with a signing deadline; no meeting time", days=(("Fri", "2026-11-13"),))
def k26():
    body = t("""
        Hi Jannik,

        We're thrilled to let you know that we'd like you to join Spreeflow Mobility as Senior Consultant, Logistics Platforms!

        Your offer letter is ready for you to review and sign here:
        https://app.ashbyhq.com/offers/spreeflow/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d

        The offer is valid until Friday, November 13, 2026. If you have any questions about the package, remote days or the start date, Lena is happy to jump on a call whenever suits you.

        Welcome aboard (we hope)!
        Yusuf Demir & the Spreeflow team
    """)
    hs = H("Spreeflow Mobility <no-reply@ashbyhq.com>", "Your offer from Spreeflow Mobility 🎉",
           "2026-11-03 10:07", BER, "<0107019a71b2c3d4-e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9-000000@email.amazonses.com>",
           via=("from a48-31.smtp-out.amazonses.com (a48-31.smtp-out.amazonses.com [54.240.48.31])", MX),
           extra=[("Reply-To", addr("Lena Vogt", "lena.vogt@spreeflow.io"))])
    return message(hs, alt(text(body), html(simple_html(body))))


@NEG(27, family="application_receipt", lang="de", company="Hansa Intralogistik AG",
     note="Automatic receipt of the application ('innerhalb von drei Wochen'); no appointment")
def k27():
    body = t("""
        Sehr geehrter Herr Brandes,

        vielen Dank für Ihre Bewerbung als IT-Projektleiter Intralogistik (m/w/d) und das damit verbundene Interesse an der Hansa Intralogistik AG.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden uns in der Regel innerhalb von drei Wochen bei Ihnen.

        Bitte haben Sie Verständnis dafür, dass wir Ihnen vorab keine Zwischennachricht geben können.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Hansa Intralogistik AG

        Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
    """)
    hs = H(addr("Hansa Intralogistik AG Recruiting", "bewerbung@hansa-intralogistik.de"),
           "Eingangsbestätigung Ihrer Bewerbung – IT-Projektleiter Intralogistik (m/w/d)",
           "2026-10-20 22:41", BER, "<1e2f3a4b5c6d.20261020204101@hansa-intralogistik.de>",
           via=("from mail.hansa-intralogistik.de (mail.hansa-intralogistik.de [80.150.6.143])", MX),
           extra=[("Auto-Submitted", "auto-generated")])
    return message(hs, text(body, charset="iso-8859-15"))


@NEG(28, family="application_receipt", lang="en", company="Alpenquai Logistics AG",
     note="Workday 'thank you for applying'; no appointment")
def k28():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Jannik,</p>
        <p>Thank you for applying for the position <b>Lead Consultant Supply Chain Systems (R-10472)</b> at Alpenquai Logistics AG.</p>
        <p>We have received your application and our Talent Acquisition team is now reviewing it. You can follow the status of your application at any time in your <a href="https://alpenquai.wd3.myworkdayjobs.com/en-US/Careers/userHome">candidate home</a>.</p>
        <p>Kind regards<br>Talent Acquisition Team<br>Alpenquai Logistics AG</p>
        <p style="font-size:11px;color:#888">This is an automatically generated message. Please do not reply to this email.</p>
        </body></html>
    """)
    hs = H("Alpenquai Logistics <alpenquai@myworkday.com>",
           "Thank you for your application - Lead Consultant Supply Chain Systems",
           "2026-09-21 21:17", ZRH, "<1893302211.70121.1790018220004@wd3-prod-ntf-02.myworkday.com>",
           via=("from mx-out-7.myworkday.com (mx-out-7.myworkday.com [209.177.164.37])", MX))
    return message(hs, html(h, cte="base64"))


@NEG(29, family="job_alert", lang="de", company=None,
     note="Job board alert with seven listings around Lüneburg; no appointment")
def k29():
    body = t("""
        Hallo Jannik,

        es gibt 7 neue Jobs für Ihre Suche „IT Consultant Logistik“ im Umkreis von 50 km um Lüneburg.

        IT-Berater SAP EWM (m/w/d)
        Hafenbahn Systems GmbH - Hamburg - vor 1 Tag

        Senior Consultant Transportmanagement (m/w/d)
        Elbmarsch Logistik Services - Hamburg-Harburg - vor 2 Tagen

        Projektleiter Lagerverwaltungssystem (m/w/d)
        Heide-Fulfillment KG - Winsen (Luhe) - vor 2 Tagen

        Inhouse Consultant Supply Chain (m/w/d)
        Salzstadt Handel GmbH - Lüneburg - vor 3 Tagen

        ... und 3 weitere Jobs: https://www.jobkompass.example/suche/12874

        Viel Erfolg bei der Jobsuche!
        Ihr Jobkompass-Team

        Sie erhalten diese E-Mail, weil Sie einen Job-Alarm eingerichtet haben. Job-Alarm abbestellen: https://www.jobkompass.example/alarm/abmelden
    """)
    hs = H("Jobkompass <jobalarm@mail.jobkompass.example>",
           "7 neue Jobs für „IT Consultant Logistik“ in Lüneburg",
           "2026-10-19 06:30", BER, "<alarm.12874.20261019043000@mail.jobkompass.example>",
           via=("from mta7.mail.jobkompass.example (mta7.mail.jobkompass.example [198.51.100.77])", MX),
           extra=[("List-Unsubscribe", "<https://www.jobkompass.example/alarm/abmelden>"),
                  ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(simple_html(body))))


@NEG(30, family="job_alert", lang="en", company=None,
     note="Professional network job alert for Copenhagen/Zurich/London; no appointment")
def k30():
    body = t("""
        Jannik, 9 new jobs match your preferences

        Supply Chain Solution Architect
        Baltic Reefer Lines - Copenhagen, Capital Region, Denmark (Hybrid)
        Actively recruiting

        Senior WMS Consultant
        Limmat Distribution AG - Zurich, Switzerland
        12 applicants

        Lead Integration Engineer, Logistics
        Wapping Wharf Freight - London, England, United Kingdom (Remote)
        Be an early applicant

        See all jobs: https://www.careerlane.example/jobs/alerts/551203

        You're receiving Job Alert emails. Unsubscribe: https://www.careerlane.example/settings/alerts
        Careerlane Ltd., 1 Example Street, Dublin 2, Ireland
    """)
    hs = H("Careerlane Job Alerts <jobalerts-noreply@careerlane.example>",
           "Jannik, 9 new jobs for \"supply chain solution architect\"",
           "2026-11-05 07:12", "Europe/Dublin", "<2060341174.551203.1793949120@careerlane.example>",
           via=("from mailb-dc.careerlane.example (mailb-dc.careerlane.example [203.0.113.51])", MX),
           extra=[("List-Unsubscribe", "<https://www.careerlane.example/settings/alerts>"),
                  ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(simple_html(body, "-apple-system,Segoe UI,sans-serif"))))


@NEG(31, family="newsletter_tips", lang="de", company=None,
     note="Trade newsletter with an article on job interviews and an event date; no interview of the owner",
     days=(("Tue", "2026-10-06"),))
def k31():
    h = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;font-size:15px;color:#1a1a1a;max-width:640px">
        <h1 style="font-size:22px">Logistik-IT Briefing &ndash; Ausgabe 37/2026</h1>
        <h2 style="font-size:18px">Vorstellungsgespräch als IT-Berater: 7 Fragen, die Sie selbst stellen sollten</h2>
        <p>Wer im Bewerbungsgespräch nur antwortet, verschenkt Chancen. Unsere Autorin, Personalberaterin Ute Haverkamp, erklärt, wie Sie mit klugen Rückfragen zu Projektmethodik, Altsystemen und Teamkultur punkten &ndash; und warum Sie nach dem Go-Live-Datum fragen sollten.</p>
        <p><a href="https://www.logistik-it-briefing.example/artikel/vorstellungsgespraech-fragen">Weiterlesen &rarr;</a></p>
        <h2 style="font-size:18px">WMS-Markt: Cloud überholt On-Premises</h2>
        <p>Erstmals wurden 2026 mehr Lagerverwaltungssysteme als SaaS vergeben als lokal installiert.</p>
        <h2 style="font-size:18px">Termin: Online-Stammtisch Logistik-IT</h2>
        <p>Dienstag, 6. Oktober, 18:00 Uhr &ndash; diesmal zum Thema Yard-Management.</p>
        <hr>
        <p style="font-size:12px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich auf logistik-it-briefing.example angemeldet haben. <a href="https://www.logistik-it-briefing.example/abmelden">Abmelden</a></p>
        </body></html>
    """)
    hs = H("Logistik-IT Briefing <newsletter@logistik-it-briefing.example>",
           "Vorstellungsgespräch: 7 Fragen, die Sie stellen sollten | Logistik-IT Briefing 37/2026",
           "2026-09-17 07:00", BER, "<nl-37-2026.884120@logistik-it-briefing.example>",
           via=("from mail.logistik-it-briefing.example (mail.logistik-it-briefing.example [198.51.100.14])", MX),
           extra=[("List-Unsubscribe", "<https://www.logistik-it-briefing.example/abmelden>"),
                  ("Precedence", "bulk")])
    return message(hs, html(h))


@NEG(32, family="recruiter_outreach", lang="de", company="Nordlicht Personalberatung GmbH",
     note="Agency outreach (Du) asking for a 15-minute call 'diese oder nächste Woche', no fixed time; "
          "company = the agency (client unnamed)")
def k32():
    body = t("""
        Hi Jannik,

        ich bin über dein Profil gestolpert und glaube, ich hätte da was Spannendes für dich: Ein Hamburger Reederei-Dienstleister (ca. 400 MA) sucht eine:n Lead Consultant für die Ablösung ihres Terminal-Systems. Viel Gestaltungsspielraum, 2-3 Tage Homeoffice, Gehaltsband bis 95k.

        Hast du diese oder nächste Woche 15 Minuten für ein kurzes Telefonat? Schick mir gern ein paar Zeitfenster, die dir passen, oder buch dir direkt was in meinem Kalender.

        Beste Grüße aus der Speicherstadt
        Torben Wilkens
        Senior Consultant IT & Logistics
        Nordlicht Personalberatung GmbH
        Mobil: 0170 000 4411
    """)
    hs = H(addr("Torben Wilkens", "t.wilkens@nordlicht-personal.de"),
           "Lead Consultant Terminal-Systeme (Hamburg) – kurzer Austausch?",
           "2026-10-28 09:37", BER, "<CAF8x2Lk9vQ0pR1sT2uV3wX4yZ5a6B7c8D9e0F1g2H3i4J5k@mail.gmail.com>",
           via=("from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])", MX))
    return message(hs, alt(text(body), html(gmail_html(body))))


@NEG(33, family="availability_request", lang="en", company="Thamesgate Supply Chain Ltd",
     note="Recruiter asks for availability for a final round in the week of 30 November; nothing fixed",
     days=(("Mon", "2026-11-30"),))
def k33():
    body = t("""
        Hi Jannik,

        Great news - Gemma and the team would like to invite you to the final stage: a 60-minute session in our London office with Gemma and our COO, Rupert Ashdown.

        Could you send me two or three slots that would work for you in the week commencing Monday 30 November? Mornings UK time are best for Rupert. We'll of course cover your travel.

        Many thanks,
        Oliver

        Oliver Pryce
        Senior Talent Partner
        Thamesgate Supply Chain Ltd
    """)
    hs = H(addr("Oliver Pryce", "oliver.pryce@thamesgate.co.uk"),
           "Final stage - Integration Lead (EDI & Carrier Connectivity)",
           "2026-11-18 12:44", LON, "<CWLP265MB5310A9B8C7D6E5F4A3B2C1D0E9F8CWLP265MB5310@CWLP265MB5310.GBRP265.PROD.OUTLOOK.COM>",
           via=("from GBR01-CWX-obe.outbound.protection.outlook.com (mail-cwxgbr01on2101.outbound.protection.outlook.com [40.107.121.101])", MX))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html(simple_html(body, "Calibri,sans-serif", "11pt"), charset="us-ascii")))


@NEG(34, family="scheduling_link", lang="de", company="Heidekraut Versand GmbH",
     note="Hiring manager sends a Calendly link to pick a slot for a first call; nothing booked yet")
def k34():
    body = t("""
        Sehr geehrter Herr Brandes,

        vielen Dank für Ihre Bewerbung als Teamleitung IT Logistik (m/w/d). Ihr Profil hat uns neugierig gemacht, und ich würde Sie gern in einem ersten, ca. 30-minütigen Telefonat näher kennenlernen.

        Bitte wählen Sie über folgenden Link einen passenden Termin aus:
        https://calendly.com/k-brueggemann-heidekraut/erstgespraech

        Sollte kein passender Termin dabei sein, geben Sie mir gern kurz Bescheid.

        Freundliche Grüße

        Katrin Brüggemann
        Leitung Operations
        Heidekraut Versand GmbH | Großmoorbogen 7 | 21079 Hamburg
    """)
    hs = H(addr("Katrin Brüggemann", "katrin.brueggemann@heidekraut-versand.de"),
           "Ihre Bewerbung als Teamleitung IT Logistik – Terminvereinbarung",
           "2026-11-10 16:03", BER, "<5e6f7a8b9c0d1e2f@heidekraut-versand.de>",
           via=("from mout.kundenserver.de (mout.kundenserver.de [212.227.126.130])", MX),
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(body, charset="iso-8859-1"))


@NEG(35, family="proposal_unconfirmed", lang="de", company="Ostwind Cargo GmbH",
     note="HR proposes two alternative slots (Tue 8 Dec 14:00 or Wed 9 Dec 13:30) and asks which suits; "
          "not confirmed (the later forward confirms)", days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")))
def k35():
    body = t("""
        Sehr geehrter Herr Brandes,

        vielen Dank für Ihre Bewerbung als Senior IT-Consultant TMS (m/w/d). Wir würden Sie gern zu einem persönlichen Gespräch nach Berlin einladen.

        Folgende Termine könnten wir Ihnen anbieten:

        - Dienstag, 8. Dezember, 14:00 Uhr
        - Mittwoch, 9. Dezember, 13:30 Uhr

        Das Gespräch wird ca. 90 Minuten dauern. Bitte teilen Sie mir kurz mit, welcher Termin Ihnen besser passt, oder rufen Sie mich gern an - dann können wir alles Weitere direkt besprechen.

        Mit freundlichen Grüßen
        i. A. Anja Lorenz
        Personalreferentin

        Ostwind Cargo GmbH
        Hermannstraße 214 | 12049 Berlin
        Tel. 030 000 214-55
    """)
    hs = H(addr("Anja Lorenz", "anja.lorenz@ostwind-cargo.de"), "Ihre Bewerbung – Terminvorschläge",
           "2026-11-26 10:18", BER, "<a1b2c3d4e5f6.ostwind.20261126091812@ostwind-cargo.de>",
           to=addr("Jannik Brandes", ME2), deliver=ME2,
           via=("from mail.ostwind-cargo.de (mail.ostwind-cargo.de [194.25.134.8])", MX))
    return message(hs, alt(text(body), html(simple_html(body, "Arial,sans-serif", "10pt"))))


@NEG(36, family="auto_reply", lang="de", company="Elbkai Logistik GmbH",
     note="Out-of-office auto-reply with a return date; no appointment", days=(("Fri", "2026-10-02"),))
def k36():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 2. Oktober 2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an unser Personalteam unter personal@elbkai-logistik.de.

        Mit freundlichen Grüßen
        Sandra Meiners

        Thank you for your message. I am out of office until 2 October 2026 with limited access to e-mail.
    """)
    hs = H(addr("Meiners, Sandra", "sandra.meiners@elbkai-logistik.de"),
           "Automatische Antwort: Vielen Dank für das Gespräch",
           "2026-09-23 08:04", BER, "<AM9PR04MB8123F0E1D2C3B4A59687AM9PR04MB8123@AM9PR04MB8123.eurprd04.prod.outlook.com>",
           via=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])", MX),
           extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                  ("Content-Language", "de-DE")])
    return message(hs, text(body, charset="windows-1252"))


@NEG(37, family="bounce", lang="de", company=None,
     note="DSN (multipart/report) for the owner's thank-you mail to a mistyped address; no appointment")
def k37():
    human = t("""
        Dies ist eine automatisch erstellte Nachricht des Mailservers mx01.example.org.

        Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
        Dies ist ein permanenter Fehler. Die folgende(n) Adresse(n) sind fehlgeschlagen:

        <dirk.ahler@weserbogen.de>: host mx01.weserbogen.de[195.37.210.20] said: 550
            5.1.1 <dirk.ahler@weserbogen.de>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
    """)
    dsn = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4hQ7Zx1mTqz9sV
        X-Postfix-Sender: rfc822; jannik.brandes@example.org
        Arrival-Date: Wed, 30 Sep 2026 19:41:02 +0200 (CEST)

        Final-Recipient: rfc822; dirk.ahler@weserbogen.de
        Original-Recipient: rfc822;dirk.ahler@weserbogen.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx01.weserbogen.de
        Diagnostic-Code: smtp; 550 5.1.1 <dirk.ahler@weserbogen.de>: Recipient address
            rejected: User unknown in virtual mailbox table
    """)
    orig = "".join(line + "\n" for line in [
        "From: Jannik Brandes <jannik.brandes@example.org>",
        "To: dirk.ahler@weserbogen.de",
        "Subject: " + enc("Danke für das Gespräch heute"),
        "Date: " + date("2026-09-30 19:41", BER),
        "Message-ID: <7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d@example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
    ])
    report = multipart("report",
                       text(human, cte="8bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], dsn),
                       raw_part([("Content-Description", "Undelivered Message Headers"),
                                 ("Content-Type", "text/rfc822-headers")], orig),
                       params="report-type=delivery-status")
    hs = H("Mail Delivery System <MAILER-DAEMON@mx01.example.org>",
           "Unzustellbar: Danke für das Gespräch heute",
           "2026-09-30 19:41", BER, "<20260930174104.5B2E11A0C4@mx01.example.org>",
           extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, report)


@NEG(38, family="non_interview_calendar", lang="de", company=None,
     note="Doctor's appointment confirmation (booking portal) with ICS; fixed time but not an interview",
     days=(("Thu", "2026-10-29"),))
def k38():
    body = t("""
        Guten Tag Herr Brandes,

        hiermit bestätigen wir Ihren Termin:

        Praxis Dr. med. Friederike Husmann, Allgemeinmedizin
        Donnerstag, 29. Oktober 2026, 08:15 Uhr
        Am Sande 7, 21335 Lüneburg

        Bitte bringen Sie Ihre elektronische Gesundheitskarte mit und kommen Sie ca. 10 Minuten vor Ihrem Termin.

        Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte spätestens 24 Stunden vorher über Ihr Terminpilot-Konto ab.

        Ihr Terminpilot-Team
    """)
    cal = ics("-//Terminpilot//Termine//DE", "PUBLISH", BER, t("""
        BEGIN:VEVENT
        UID:tp-5520981@terminpilot.example
        DTSTAMP:20261023T091100Z
        DTSTART;TZID=Europe/Berlin:20261029T081500
        DTEND;TZID=Europe/Berlin:20261029T083000
        SUMMARY:Arzttermin Dr. Husmann
        LOCATION:Am Sande 7\\, 21335 Lüneburg
        END:VEVENT
    """))
    hs = H("Terminpilot <termine@terminpilot.example>", "Terminbestätigung: Praxis Dr. med. Friederike Husmann",
           "2026-10-23 11:11", BER, "<tp.5520981.20261023091100@terminpilot.example>",
           via=("from out3.terminpilot.example (out3.terminpilot.example [198.51.100.203])", MX))
    return message(hs, mixed(text(body), calendar(cal, method="PUBLISH", filename="termin.ics",
                                                  disposition="attachment", cte="quoted-printable")))


@NEG(39, family="non_interview_appointment", lang="de", company=None,
     note="Car workshop appointment (inspection, tyre change) at a fixed time; not an interview",
     days=(("Sat", "2026-11-07"),))
def k39():
    body = t("""
        Sehr geehrter Herr Brandes,

        vielen Dank für Ihre Terminanfrage. Hiermit bestätigen wir Ihren Werkstatttermin:

        Fahrzeug: Skoda Octavia Combi, LG-JB 512
        Leistung: Inspektion nach Herstellervorgabe, Räderwechsel (Winterräder aus Einlagerung)
        Termin: Samstag, 07.11.2026, 08:00 Uhr (Fahrzeugannahme)
        Voraussichtliche Fertigstellung: ca. 12:00 Uhr

        Wir rufen Sie an, falls zusätzliche Arbeiten notwendig werden.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Ilmenau GmbH & Co. KG
        Bleckeder Landstraße 40, 21337 Lüneburg
        Tel. 04131 000 770
    """)
    hs = H(addr("Autohaus Ilmenau Service", "service@autohaus-ilmenau.example"),
           "Ihr Werkstatttermin am 07.11.2026",
           "2026-11-02 14:26", BER, "<20261102132612.8841@autohaus-ilmenau.example>",
           via=("from mail.autohaus-ilmenau.example (mail.autohaus-ilmenau.example [198.51.100.140])", MX))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@NEG(40, family="non_interview_calendar", lang="de", company=None,
     note="Exchange meeting request from the client of the owner's current project (jour fixe); "
          "W. Europe Standard Time ICS; work meeting, not an interview", days=(("Mon", "2026-10-12"),))
def k40():
    body = t("""
        Moin Herr Brandes,

        anbei wie besprochen der Termin für den Jour fixe zur WMS-Migration. Bitte bringen Sie den aktuellen Stand der Schnittstellenliste mit.

        Gruß
        Gesa Rademacher
        Leitung IT
        Marschland Agrarhandel eG
    """)
    vev = t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Rademacher, Gesa":mailto:g.rademacher@marschland-agrar.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jannik.brandes@example.org:mailto:jannik.brandes@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peters, Hauke":mailto:h.peters@marschland-agrar.example
        DESCRIPTION;LANGUAGE=de-DE:Jour fixe WMS-Migration\\n
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F11
        SUMMARY;LANGUAGE=de-DE:Jour fixe WMS-Migration
        DTSTART;TZID=W. Europe Standard Time:20261012T090000
        DTEND;TZID=W. Europe Standard Time:20261012T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261007T150211Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Winsen\\, Besprechungsraum Elbe
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
    """)
    cal = exchange_ics("REQUEST", vev)
    hs = H(addr("Rademacher, Gesa", "g.rademacher@marschland-agrar.example"), "Jour fixe WMS-Migration",
           "2026-10-07 17:02", BER, "<0d1e2f3a4b5c4d6e8f7a9b0c1d2e3f4a@EX01.marschland-agrar.local>",
           via=("from mail.marschland-agrar.example (mail.marschland-agrar.example [198.51.100.61])", MX),
           extra=[("Content-Language", "de-DE")])
    return message(hs, alt(text(body), html(simple_html(body, "Calibri,sans-serif", "11pt")),
                           calendar(cal, method="REQUEST", cte="base64")))


@NEG(41, family="event_ticket", lang="de", company=None,
     note="Conference ticket with admission time; not an interview", days=(("Thu", "2026-11-19"),))
def k41():
    body = t("""
        Hallo Jannik Brandes,

        vielen Dank für Ihre Anmeldung! Hier ist Ihr Ticket:

        Logistik-IT Forum Nord 2026
        Donnerstag, 19. November 2026
        Einlass ab 08:30 Uhr, Beginn 09:15 Uhr
        Hafenkontor, Am Kaiserkai 10, 20457 Hamburg

        Ticket: Fachbesucher (inkl. Mittagessen und Abendempfang)
        Bestellnummer: TH-2026-118204

        Bitte zeigen Sie den QR-Code im Anhang am Einlass vor (ausgedruckt oder auf dem Smartphone).

        Wir freuen uns auf Sie!
        Ihr Team vom Logistik-IT Forum Nord
        über TicketHafen
    """)
    hs = H("TicketHafen <tickets@tickethafen.example>", "Ihr Ticket: Logistik-IT Forum Nord 2026",
           "2026-11-09 20:14", BER, "<order.TH-2026-118204@tickethafen.example>",
           via=("from smtp.tickethafen.example (smtp.tickethafen.example [198.51.100.99])", MX))
    return message(hs, alt(text(body), html(simple_html(body))))


@NEG(42, family="travel", lang="de", company=None,
     note="Train booking for the day of the Bremen interview (fixed departure times); travel, not an interview",
     days=(("Wed", "2026-09-30"),))
def k42():
    body = t("""
        Buchungsbestätigung

        Auftragsnummer: 4N7KQ2
        Reisender: Jannik Brandes

        Hinfahrt am Mittwoch, 30.09.2026
        Lüneburg          ab 08:12   Gleis 2   RE 3
        Hamburg-Harburg   an 08:31
        Hamburg-Harburg   ab 08:45   Gleis 4   RE 4
        Bremen Hbf        an 09:49

        Rückfahrt am Mittwoch, 30.09.2026
        Bremen Hbf        ab 14:10   Gleis 8   RE 4
        Hamburg-Harburg   an 15:14
        Hamburg-Harburg   ab 15:29   Gleis 3   RE 3
        Lüneburg          an 15:47

        Preis: 58,40 EUR (Flexpreis, 2. Klasse)
        Zahlungsart: Kreditkarte

        Ihr Ticket finden Sie im Anhang bzw. in der App NordBahn Tickets. Bitte halten Sie bei der Kontrolle einen Lichtbildausweis bereit.

        Gute Reise!
        NordBahn Tickets
    """)
    hs = H("NordBahn Tickets <buchung@nordbahn-tickets.example>", "Ihre Buchungsbestätigung (Auftrag 4N7KQ2)",
           "2026-09-25 21:48", BER, "<4N7KQ2.20260925194801@nordbahn-tickets.example>",
           via=("from mx-out.nordbahn-tickets.example (mx-out.nordbahn-tickets.example [198.51.100.31])", MX))
    return message(hs, text(body))


@NEG(43, family="personal", lang="de", company=None,
     note="Friend's casual invitation to a card evening on Friday at 19 Uhr; private, not an interview")
def k43():
    body = t("""
        Moin Jannik,

        Doko am Freitag bei mir? So ab 19 Uhr, Finn und Lasse sind auch dabei. Bring Bier mit, ich mach Chili.

        Und erzähl mal, wie's gestern bei den Lastenrad-Leuten lief, bin gespannt!

        Malte
    """)
    hs = H(addr("Malte Harms", "malte.harms@example.net"), "Freitag Doko?",
           "2026-12-01 20:33", BER, "<CAH3k8Zq1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0X@mail.gmail.com>",
           via=("from mail-lf1-f54.google.com (mail-lf1-f54.google.com [209.85.167.54])", MX))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@NEG(44, family="webinar", lang="en", company=None,
     note="Webinar registration about interviewing in Denmark, fixed time; not the owner's interview",
     days=(("Tue", "2026-10-13"),))
def k44():
    body = t("""
        Hi Jannik,

        Thank you for registering for "Landing a job in Denmark: interviews, salaries and Danish work culture".

        Date & time: Tuesday 13 October 2026, 17:00 - 18:00 CEST
        Join from a PC, Mac, iPad or Android: https://nordictalentbridge.zoom.us/w/98123456789?tk=Xq1

        Speakers: Sofie Damgaard (Nordic Talent Bridge), Rasmus Winther (Head of People, Baltic Reefer Lines)

        You can add this webinar to your calendar: https://nordictalentbridge.zoom.us/webinar/98123456789/ics

        Questions? Write to events@nordictalentbridge.example

        Thank you!
        Nordic Talent Bridge
    """)
    hs = H("Nordic Talent Bridge <no-reply@zoom.us>",
           "Nordic Talent Bridge Webinar Confirmation: Landing a job in Denmark",
           "2026-10-07 19:02", CPH, "<Zoom.Webinar.98123456789.3tT8x@zoom.us>",
           via=("from mailout1.zoom.us (mailout1.zoom.us [170.114.10.84])", MX))
    return message(hs, alt(text(body), html(simple_html(body, "Lato,Helvetica,sans-serif"))))


@NEG(45, family="assessment_deadline", lang="en", company="Thamesgate Supply Chain Ltd",
     note="Online assessment invitation with a 'complete by' deadline; no meeting",
     days=(("Mon", "2026-10-19"),))
def k45():
    body = t("""
        Hello Jannik,

        Thamesgate Supply Chain has invited you to complete an online assessment as the next step in your application for Integration Lead (EDI & Carrier Connectivity).

        The assessment contains three short sections (EDI mapping, SQL, situational judgement) and takes about 50 minutes. You can pause between sections.

        Please complete it by Monday 19 October 2026, 23:59 BST.

        Start assessment: https://app.skillcheck.example/invite/7QF2-KD9M

        Good luck!
        The Skillcheck team on behalf of Thamesgate Supply Chain
    """)
    hs = H("Thamesgate Supply Chain via Skillcheck <invites@skillcheck.example>",
           "Thamesgate Supply Chain has invited you to an assessment",
           "2026-10-12 10:03", LON, "<inv.7QF2KD9M.20261012090311@skillcheck.example>",
           via=("from mail.skillcheck.example (mail.skillcheck.example [203.0.113.18])", MX))
    return message(hs, alt(text(body), html(simple_html(body))))


@NEG(46, family="mock_interview", lang="de", company=None,
     note="Career coaching's mock interview ('Probe-Vorstellungsgespräch') at a fixed time; not a real "
          "job interview", days=(("Mon", "2026-09-14"),))
def k46():
    body = t("""
        Lieber Herr Brandes,

        wie besprochen bestätige ich Ihnen unseren nächsten Coaching-Termin:

        Interviewtraining (Probe-Vorstellungsgespräch mit Videoaufzeichnung)
        Montag, 14. September 2026, 17:00 – 18:30 Uhr
        Karrierewerk Lüneburg, Rote Straße 12, 21335 Lüneburg

        Bitte bringen Sie eine Stellenanzeige mit, auf die wir das Gespräch zuschneiden können – gern die von Nordhavn, die Sie erwähnt hatten.

        Herzliche Grüße
        Birte Lohmann
        Karriere- und Bewerbungscoaching
        Karrierewerk Lüneburg
    """)
    hs = H(addr("Birte Lohmann", "b.lohmann@karrierewerk-lueneburg.example"),
           "Bestätigung: Interviewtraining am 14.09.",
           "2026-09-09 18:20", BER, "<b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e@karrierewerk-lueneburg.example>",
           via=("from mout.karrierewerk-lueneburg.example (mout.karrierewerk-lueneburg.example [198.51.100.45])", MX))
    return message(hs, text(body))


@NEG(47, family="interviewer_role", lang="de", company=None,
     note="The client asks the owner (Du) to sit in as technical interviewer for their candidate, with an "
          "ICS; a confirmed interview, but not the owner's job interview", days=(("Thu", "2026-11-26"),))
def k47():
    body = t("""
        Hi Jannik,

        wie gestern kurz besprochen: Wir haben für die Stelle WMS-Entwickler:in endlich eine richtig gute Kandidatin. Magst du am Donnerstag, 26.11., von 15 bis 16 Uhr als Fachinterviewer dabei sein? Du kennst die Schnittstellen am besten.

        Ich hab dir den Termin mal eingestellt, Lebenslauf schicke ich dir separat (bitte nicht weiterleiten, Datenschutz).

        Danke dir!
        Gesa
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", BER, t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261126T150000
        DTEND;TZID=Europe/Berlin:20261126T160000
        DTSTAMP:20261120T083015Z
        ORGANIZER;CN=Gesa Rademacher:mailto:g.rademacher@marschland-agrar.example
        UID:7r2t4y6u8i0o1p3a5s7d9f2g4h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jannik.brandes@example.org;X-NUM-GUESTS=0:mailto:jannik.brandes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview Kandidatin WMS-Entwicklung (Fachteil)
        LOCATION:Winsen\\, Besprechungsraum Elbe
        END:VEVENT
    """))
    hs = H(addr("Gesa Rademacher", "g.rademacher@marschland-agrar.example"),
           "Interview Kandidatin WMS-Entwicklung – kannst du als Fachinterviewer mitmachen?",
           "2026-11-20 09:30", BER, "<0e1f2a3b4c5d4e6f8a7b9c0d1e2f3a4b@EX01.marschland-agrar.local>",
           via=("from mail.marschland-agrar.example (mail.marschland-agrar.example [198.51.100.61])", MX))
    return message(hs, mixed(text(body), calendar(cal, filename="invite.ics", disposition="attachment",
                                                  cte="quoted-printable")))


@NEG(48, family="rejection", lang="en", company="Kestrel Port Systems",
     note="iCIMS rejection after the (moved) interview; no time")
def k48():
    body = t("""
        Dear Jannik,

        Thank you for your interest in Kestrel Port Systems and for taking the time to interview for the Solutions Consultant - Terminal Operating Systems (Hamburg) position.

        After careful consideration, we have decided to pursue other candidates whose qualifications more closely match our current needs.

        We appreciate your interest in Kestrel Port Systems and encourage you to apply for future openings that match your skills and experience.

        Sincerely,
        Kestrel Port Systems Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
    """)
    hs = H("Kestrel Port Systems <kestrelportsystems@talent.icims.com>",
           "Your application with Kestrel Port Systems",
           "2026-11-19 10:40", "America/Chicago", "<1798641120.9921.1795106400112.JavaMail.icims@talent.icims.com>",
           via=("from smtp2.talent.icims.com (smtp2.talent.icims.com [208.69.180.71])", MX))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@NEG(49, family="newsletter", lang="en", company=None,
     note="Industry newsletter with a CIO interview and a webinar date; not the owner's interview",
     days=(("Thu", "2026-12-10"),))
def k49():
    body = t("""
        SUPPLY CHAIN TECH WEEKLY - Issue 212

        THE INTERVIEW
        "We ripped out our WMS in 11 weeks": the CIO of a mid-size 3PL on what went wrong, what went right, and why she would never again go live in November.
        Read: https://www.sctweekly.example/212/interview

        IN BRIEF
        - Port community systems: Rotterdam and Hamburg agree on a shared API standard
        - Carrier APIs: a third of European parcel carriers still rely on SFTP batch files
        - Hiring: demand for EDI specialists up 18% year on year

        LIVE WEBINAR
        Thursday 10 December, 16:00 GMT - "Event-driven logistics: beyond EDI". Register: https://www.sctweekly.example/webinars

        You're receiving this because you subscribed at sctweekly.example. Unsubscribe: https://www.sctweekly.example/u/88412
    """)
    hs = H("Supply Chain Tech Weekly <editor@sctweekly.example>", "SCT Weekly #212: \"We ripped out our WMS in 11 weeks\"",
           "2026-12-01 07:05", LON, "<sctw-212.88412@sctweekly.example>",
           via=("from mail.sctweekly.example (mail.sctweekly.example [203.0.113.212])", MX),
           extra=[("List-Unsubscribe", "<https://www.sctweekly.example/u/88412>"), ("Precedence", "bulk")])
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body, "Georgia,serif"))))


@NEG(50, family="post_interview", lang="de", company="Fährhaus Robotics GmbH",
     note="CTO's thanks after yesterday's interview, decision promised by end of next week; no new time")
def k50():
    body = t("""
        Moin Jannik,

        danke dir nochmal für gestern, hat echt Spaß gemacht! Svea war vor allem von deinen Ideen zur Auftragsfreigabe angetan.

        Wir sprechen jetzt intern und melden uns spätestens Ende nächster Woche bei dir. Falls du vorher noch Fragen hast, ruf einfach an.

        Schöne Grüße
        Ole

        --
        Ole Petersen
        CTO | Fährhaus Robotics GmbH
    """)
    hs = H(addr("Ole Petersen", "ole.petersen@faehrhaus-robotics.de"), "Danke für gestern",
           "2026-12-09 09:15", BER, "<C2D3E4F5-A6B7-4C8D-9E0F-1A2B3C4D5E6F@faehrhaus-robotics.de>",
           via=("from mail.faehrhaus-robotics.de (mail.faehrhaus-robotics.de [217.160.0.71])", MX),
           extra=[("X-Mailer", "Apple Mail (2.3826.500.181)")])
    return message(hs, text(body))
