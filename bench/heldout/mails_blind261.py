"""blind261: a blind 50-mail held-out set, the inbox of Jana Hölscher (Münster), Sep-Dec 2026.

Every mail is written by hand below (one function per mail); ``make.py`` does the MIME plumbing and
the label checks. Build and check with ``python3 bench/heldout/make_blind.py blind261``.
Written blind: without reading the detector, its tests or any other held-out set.
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind261"
ORDER = random.Random(2610261).sample(range(1, 51), 50)
BER = "Europe/Berlin"
JANA = "jana.hoelscher@example.org"
JANA_TO = addr("Jana Hölscher", JANA)
MX = "mx01.mail.example.org (Postfix) with ESMTPS id "
AMS_TZ = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Amsterdam")


def n(key: int) -> str:
    """File name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, MX + ident, JANA, lag))


def vcal(prodid: str, method: str | None, *blocks: str) -> str:
    head = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
    if method:
        head += f"METHOD:{method}\n"
    return head + "\n".join(b.strip("\n") for b in blocks) + "\nEND:VCALENDAR\n"


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-15T12:00:00Z", end="2026-09-15T13:00:00Z", contact="miriam.tenbrink@aawerk-energie.de",
      company="Aawerk Energie GmbH", local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone=BER,
      note="Personio invitation sent from the Personio no-reply address; 'Dienstag, 15.09.2026, 14:00 - 15:00 Uhr' "
           "in Münster, CEST (UTC+2) -> 12:00Z-13:00Z; contact = Reply-To recruiter")
def p01() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        vielen Dank für Ihre Bewerbung und das freundliche Telefonat von heute Vormittag. Wie besprochen
        bestätigen wir Ihnen hiermit den Termin für Ihr Vorstellungsgespräch:

        Position:            Analyst*in Nachhaltigkeitsberichterstattung (m/w/d)
        Datum:               Dienstag, 15.09.2026
        Uhrzeit:             14:00 - 15:00 Uhr
        Ort:                 Aawerk Energie GmbH, Albersloher Weg 112, 48155 Münster
                             (Haus B, bitte am Empfang melden)
        Gesprächspartner:    Miriam Tenbrink (HR Business Partnerin)
                             Dr. Ulrich Schmedding (Leitung Nachhaltigkeit & Umwelt)

        Parkplätze finden Sie direkt vor Haus B. Bitte bringen Sie ein Ausweisdokument mit.
        Falls Ihnen der Termin doch nicht passen sollte, antworten Sie einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen

        Miriam Tenbrink
        HR Business Partnerin
        Aawerk Energie GmbH | Albersloher Weg 112 | 48155 Münster
        T +49 251 9187-214

        --
        Diese Nachricht wurde über Personio versendet. Datenschutzhinweise für Bewerbende:
        https://aawerk-energie.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">
        <p>Sehr geehrte Frau Hölscher,</p>
        <p>vielen Dank für Ihre Bewerbung und das freundliche Telefonat von heute Vormittag. Wie besprochen
        bestätigen wir Ihnen hiermit den Termin für Ihr Vorstellungsgespräch:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Analyst*in Nachhaltigkeitsberichterstattung (m/w/d)</td></tr>
        <tr><td><b>Datum</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>14:00 - 15:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Aawerk Energie GmbH, Albersloher Weg 112, 48155 Münster<br>
        (Haus B, bitte am Empfang melden)</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Miriam Tenbrink (HR Business Partnerin)<br>
        Dr. Ulrich Schmedding (Leitung Nachhaltigkeit &amp; Umwelt)</td></tr>
        </table>
        <p>Parkplätze finden Sie direkt vor Haus B. Bitte bringen Sie ein Ausweisdokument mit.
        Falls Ihnen der Termin doch nicht passen sollte, antworten Sie einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Mit freundlichen Grüßen<br><br>Miriam Tenbrink<br>HR Business Partnerin<br>
        Aawerk Energie GmbH | Albersloher Weg 112 | 48155 Münster<br>T +49 251 9187-214</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde über Personio versendet.
        <a href="https://aawerk-energie.jobs.personio.de/privacy-policy">Datenschutzhinweise für Bewerbende</a></p>
        </body></html>
        """)
    when = "2026-09-08 10:12:31"
    return message([
        rcv("mail-out-3.personio.de (mail-out-3.personio.de [185.36.64.19])", when, BER, "4BQ2fT0kY3z9"),
        ("Date", date(when, BER)),
        ("From", addr("Aawerk Energie GmbH", "noreply@mail.personio.de")),
        ("Reply-To", addr("Miriam Tenbrink", "miriam.tenbrink@aawerk-energie.de")),
        ("To", JANA_TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Analyst*in Nachhaltigkeitsberichterstattung (m/w/d)")),
        ("Message-ID", "<a81f03c2e9d44b52.1788862351@mail.personio.de>"),
        ("X-Personio-Company", "aawerk-energie"),
    ], alt(text(body), html(page)))


@mail(n(2), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-09-24T08:00:00Z", end="2026-09-24T08:45:00Z", contact="l.brinkhege@hasetal-logistik.de",
      company="Hasetal Logistik GmbH", local="Thu 2026-09-24 10:00", local_end="2026-09-24 10:45", zone=BER,
      note="softgarden interview confirmation from the no-reply address with an ICS (PUBLISH, TZID Europe/Berlin); "
           "'Do., 24.09.2026, 10:00 - 10:45 Uhr' in Osnabrück, CEST -> 08:00Z-08:45Z; contact = the recruiter "
           "address in the body (ORGANIZER is the no-reply address)")
def p02() -> bytes:
    body = t("""
        Guten Tag Frau Hölscher,

        wir freuen uns, Ihnen Ihren Termin für das persönliche Kennenlernen bestätigen zu können.

        Stelle: Referent (m/w/d) Nachhaltigkeit & CSRD-Reporting
        Termin: Do., 24.09.2026, 10:00 - 10:45 Uhr
        Ort: Hasetal Logistik GmbH, Hafenringstraße 9, 49090 Osnabrück, Verwaltungsgebäude, 3. Etage

        Ihre Gesprächspartner sind Herr Lars Brinkhege (Personal) und Frau Gesa Wellmann (Leitung
        Qualität & Nachhaltigkeit). Den Termin finden Sie auch im Anhang zum Eintragen in Ihren Kalender.

        Bei Rückfragen erreichen Sie Herrn Brinkhege unter 0541 60972-31 oder l.brinkhege@hasetal-logistik.de.

        Freundliche Grüße
        Ihr Recruiting-Team der Hasetal Logistik GmbH

        Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
        Powered by softgarden
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <tr><td style="padding:24px"><img src="https://static.softgarden.de/c/2291/logo.png" alt="Hasetal Logistik"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Guten Tag Frau Hölscher,</p>
        <p>wir freuen uns, Ihnen Ihren Termin für das persönliche Kennenlernen bestätigen zu können.</p>
        <p><strong>Stelle:</strong> Referent (m/w/d) Nachhaltigkeit &amp; CSRD-Reporting<br>
        <strong>Termin:</strong> Do., 24.09.2026, 10:00 - 10:45 Uhr<br>
        <strong>Ort:</strong> Hasetal Logistik GmbH, Hafenringstraße 9, 49090 Osnabrück, Verwaltungsgebäude, 3. Etage</p>
        <p>Ihre Gesprächspartner sind Herr Lars Brinkhege (Personal) und Frau Gesa Wellmann (Leitung
        Qualität &amp; Nachhaltigkeit). Den Termin finden Sie auch im Anhang zum Eintragen in Ihren Kalender.</p>
        <p>Bei Rückfragen erreichen Sie Herrn Brinkhege unter 0541 60972-31 oder
        <a href="mailto:l.brinkhege@hasetal-logistik.de">l.brinkhege@hasetal-logistik.de</a>.</p>
        <p>Freundliche Grüße<br>Ihr Recruiting-Team der Hasetal Logistik GmbH</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#8a8f99">Bitte antworten Sie nicht auf diese automatisch
        erzeugte E-Mail. Powered by softgarden</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = vcal("-//softgarden e-recruiting GmbH//Appointment//DE", "PUBLISH", VTZ["Europe/Berlin"], """
BEGIN:VEVENT
UID:sg-appointment-77120934@softgarden.io
DTSTAMP:20260914T140502Z
DTSTART;TZID=Europe/Berlin:20260924T100000
DTEND;TZID=Europe/Berlin:20260924T104500
SUMMARY:Vorstellungsgespräch Hasetal Logistik GmbH - Referent (m/w/d) Nachhaltigkeit & CSRD-Reporting
LOCATION:Hafenringstraße 9\\, 49090 Osnabrück
ORGANIZER;CN=Hasetal Logistik GmbH:mailto:noreply@softgarden.io
STATUS:CONFIRMED
END:VEVENT
""")
    when = "2026-09-14 16:05:02"
    return message([
        rcv("mo1.softgarden.io (mo1.softgarden.io [46.243.101.17])", when, BER, "4BHx1R2c7Lz3"),
        ("Date", date(when, BER)),
        ("From", addr("Hasetal Logistik GmbH", "noreply@softgarden.io")),
        ("To", JANA_TO),
        ("Subject", enc("Ihr Termin bei der Hasetal Logistik GmbH")),
        ("Message-ID", "<1547780221.88120.1789394702113@app-14.softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method=None, filename="termin.ics", disposition="attachment", cte="base64")))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-10-01T09:00:00Z", end=None, contact="timo@kornspeicher-labs.de", company="Kornspeicher Labs",
      local="Thu 2026-10-01 11:00", zone=BER,
      note="Founder's phone reply 'dann machen wir Donnerstag um elf' sent Mon 28.09. evening: the next Thursday "
           "is 01.10.2026, 11:00 CEST -> 09:00Z; 'so eine Stunde, kann auch länger werden' is not an exact length "
           "-> end null; contact = human sender")
def p03() -> bytes:
    body = t("""
        Hi Jana,

        super, dann machen wir Donnerstag um elf. Wir sitzen am Hafenweg 16, 2. OG (Klingel "Kornspeicher"),
        die Treppe direkt neben dem Café. Bring gern deinen Laptop mit, dann kannst du uns kurz zeigen, was
        du bei deinem jetzigen Laden am Bericht gemacht hast - natürlich nur das, was eh öffentlich ist :)

        Wir planen so ne Stunde ein, kann aber auch länger werden, Jule aus dem Produktteam kommt dazu.

        Bis Donnerstag!
        Timo

        Von meinem iPhone gesendet

        > Am 28.09.2026 um 19:02 schrieb Jana Hölscher <jana.hoelscher@example.org>:
        >
        > Hallo Timo,
        >
        > danke für den Rückruf heute! Donnerstag oder Freitag vormittag ginge bei mir, Freitag eher erst
        > ab zehn. Sag einfach, was euch besser passt.
        >
        > Viele Grüße
        > Jana
        """)
    when = "2026-09-28 21:47:13"
    return message([
        rcv("mout.kundenserver.de (mout.kundenserver.de [212.227.126.133])", when, BER, "4BZk9w6HtQz1"),
        ("Date", date(when, BER)),
        ("From", addr("Timo Hülsmann", "timo@kornspeicher-labs.de")),
        ("To", JANA_TO),
        ("Subject", "Re: Bewerbung Data & Impact Analyst"),
        ("Message-ID", "<5D1F6A7C-0B3E-4E7A-9E21-6C0F4B2A91D8@kornspeicher-labs.de>"),
        ("In-Reply-To", "<e0b1c9a4-77f2-4c1e-bb3d-2f9a8d0c4e11@example.org>"),
        ("References", "<e0b1c9a4-77f2-4c1e-bb3d-2f9a8d0c4e11@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3370)"),
    ], text(body, cte="quoted-printable"))


@mail(n(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z",
      contact="sabine.kreutzer@rheinkontor-versicherung.de", company="Rheinkontor Versicherung AG",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=BER,
      note="Exchange meeting request, time only in the ICS (TZID 'W. Europe Standard Time' = Europe/Berlin); "
           "sent Thu 22.10. in CEST but the interview is Mon 26.10., the day after Europe went back to CET: "
           "09:30 CET -> 08:30Z-09:30Z; contact = organizer/sender")
def p04() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        wie heute Mittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem Gespräch
        mit Herrn Dr. Pohlmann (Abteilungsleiter Konzernberichterstattung) und mir. Das Gespräch findet per
        Microsoft Teams statt; den Link finden Sie unten.

        Mit freundlichen Grüßen
        Sabine Kreutzer

        Rheinkontor Versicherung AG
        Personalgewinnung
        Kaiserswerther Straße 211, 40474 Düsseldorf
        Telefon +49 211 49316-0

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf Ihrem Computer, mobilen App oder Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTdkY2I1ZmQtNDQ5Zi00@thread.v2/0?context=%7b%22Tid%22%3a%22c1f2%22%7d>
        Besprechungs-ID: 351 228 904 117
        Kennung: Xa7hQ2
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting?omkt=de-DE> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        </head><body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrte Frau Hölscher,<o:p></o:p></p>
        <p class="MsoNormal">wie heute Mittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem Gespräch
        mit Herrn Dr. Pohlmann (Abteilungsleiter Konzernberichterstattung) und mir. Das Gespräch findet per
        Microsoft Teams statt; den Link finden Sie unten.<o:p></o:p></p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>Sabine Kreutzer<o:p></o:p></p>
        <p class="MsoNormal" style="font-size:9pt;color:#5a5a5a">Rheinkontor Versicherung AG<br>Personalgewinnung<br>
        Kaiserswerther Straße 211, 40474 Düsseldorf<br>Telefon +49 211 49316-0<o:p></o:p></p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;">________________________________________________________________________________</div>
        <div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div><span style="font-size:14px;font-weight:600">Nehmen Sie auf Ihrem Computer, mobilen App oder Raumgerät teil</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTdkY2I1ZmQtNDQ5Zi00@thread.v2/0?context=%7b%22Tid%22%3a%22c1f2%22%7d">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div><span>Besprechungs-ID: </span><span>351 228 904 117</span><br><span>Kennung: </span><span>Xa7hQ2</span></div>
        <div style="margin-top:24px;overflow:hidden;white-space:nowrap;">________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ["W. Europe Standard Time"], """
BEGIN:VEVENT
ORGANIZER;CN="Kreutzer, Sabine":mailto:Sabine.Kreutzer@rheinkontor-versicherung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Hölscher:mailto:jana.hoelscher@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pohlmann, Dr. Bernd":mailto:Bernd.Pohlmann@rheinkontor-versicherung.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hölscher\\,\\n\\nwie heute Mittag am Telefon besprochen\\, sende ich Ihnen hiermit die Einladung zu unserem Gespräch.\\n
UID:040000008200E00074C5B7101A82E0080000000090C1A7DB3A62DD01000000000000000010000000F4A1C2B9E07D8B4E9B1E1C6A7F3D2E55
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Referent:in ESG-Reporting - Jana Hölscher
DTSTART;TZID=W. Europe Standard Time:20261026T093000
DTEND;TZID=W. Europe Standard Time:20261026T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T120318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121985620
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
""")
    when = "2026-10-22 14:03:18"
    return message([
        rcv("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com "
            "[40.107.104.112])", when, BER, "4CGmP81sDfz7"),
        ("From", addr("Kreutzer, Sabine", "Sabine.Kreutzer@rheinkontor-versicherung.de")),
        ("To", JANA_TO),
        ("CC", addr("Pohlmann, Dr. Bernd", "Bernd.Pohlmann@rheinkontor-versicherung.de")),
        ("Subject", enc("Vorstellungsgespräch Referent:in ESG-Reporting - Jana Hölscher")),
        ("Thread-Topic", enc("Vorstellungsgespräch Referent:in ESG-Reporting - Jana Hölscher")),
        ("Thread-Index", "AdtkE3Q8x2ZbWcVfQmKp7n1+0sYrAg=="),
        ("Date", date(when, BER)),
        ("Message-ID", "<AM9PR03MB7461D0C2B37F41E1A8C0A4F2D93A2@AM9PR03MB7461.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-04T14:00:00Z", end="2026-11-04T15:00:00Z", contact="femke.dewit@veluwecircular.nl",
      company="Veluwe Circular B.V.", local="Wed 2026-11-04 15:00", local_end="2026-11-04 16:00",
      zone="Europe/Amsterdam",
      note="Google Calendar invitation from the Arnhem employer, in English; 'Wednesday 4 Nov 2026 15:00 - 16:00 "
           "(Central European Standard Time - Amsterdam)', CET (UTC+1) -> 14:00Z-15:00Z, ICS TZID "
           "Europe/Amsterdam agrees; contact = organizer (Reply-To)")
def p05() -> bytes:
    body = t("""
        Interview Jana Hölscher – Sustainability Reporting Lead
        Wednesday 4 Nov 2026 ⋅ 15:00 – 16:00 (Central European Standard Time - Amsterdam)

        Join with Google Meet
        https://meet.google.com/xqv-hmdr-tko

        Join by phone
        (NL) +31 20 257 3811 PIN: 402 118 557#

        Hi Jana,

        As discussed on the phone - looking forward to talking to you! Ruud Janssen (Head of Finance &
        Reporting) will join me. We'll talk about your CSRD experience and the role for about an hour.
        If the connection fails, I'll call you on your mobile.

        Kind regards / Met vriendelijke groet,
        Femke

        Organiser
        Femke de Wit
        femke.dewit@veluwecircular.nl

        Guests
        Femke de Wit - organiser
        Ruud Janssen
        jana.hoelscher@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2Q0Y2hxbWw2
        Reply for jana.hoelscher@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2Q0Y2hxbWw2&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2Q0Y2hxbWw2&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2Q0Y2hxbWw2&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added
        to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span itemprop="object" itemscope itemtype="http://schema.org/Event">
        <meta itemprop="eventStatus" content="http://schema.org/EventScheduled"></span></span>
        <table border="0" cellpadding="0" cellspacing="0" width="100%" style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Interview Jana Hölscher – Sustainability Reporting Lead</h2></td></tr>
        <tr><td style="color:#3c4043;font-size:14px">Wednesday 4 Nov 2026 ⋅ 15:00 – 16:00 (Central European Standard Time - Amsterdam)</td></tr>
        <tr><td><a href="https://meet.google.com/xqv-hmdr-tko" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px">Join with Google Meet</a></td></tr>
        <tr><td style="padding-top:16px">Hi Jana,<br><br>As discussed on the phone - looking forward to talking to you! Ruud Janssen (Head of Finance &amp;
        Reporting) will join me. We'll talk about your CSRD experience and the role for about an hour.
        If the connection fails, I'll call you on your mobile.<br><br>Kind regards / Met vriendelijke groet,<br>Femke</td></tr>
        <tr><td style="padding-top:16px"><b>Organiser</b><br>Femke de Wit<br>femke.dewit@veluwecircular.nl</td></tr>
        <tr><td style="padding-top:16px"><b>Guests</b><br>Femke de Wit - organiser<br>Ruud Janssen<br>jana.hoelscher@example.org</td></tr>
        <tr><td style="font-size:12px;color:#70757a;padding-top:24px">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</td></tr>
        </table>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", AMS_TZ, """
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20261104T150000
DTEND;TZID=Europe/Amsterdam:20261104T160000
DTSTAMP:20261028T084107Z
ORGANIZER;CN=Femke de Wit:mailto:femke.dewit@veluwecircular.nl
UID:7d4chqml6rp1v0ak93tf2u8e5s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Femke de Wit;X-NUM-GUESTS=0:mailto:femke.dewit@veluwecircular.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ruud Janssen;X-NUM-GUESTS=0:mailto:ruud.janssen@veluwecircular.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.hoelscher@example.org;X-NUM-GUESTS=0:mailto:jana.hoelscher@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/xqv-hmdr-tko
CREATED:20261028T083955Z
DESCRIPTION:Hi Jana\\,\\n\\nAs discussed on the phone - looking forward to talking to you!\\n\\nKind regards / Met vriendelijke groet\\,\\nFemke
LAST-MODIFIED:20261028T084106Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Jana Hölscher – Sustainability Reporting Lead
TRANSP:OPAQUE
END:VEVENT
""")
    when = "2026-10-28 09:41:07"
    zone = "Europe/Amsterdam"
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, zone, "4CKq1d3nPbz5"),
        ("Reply-To", addr("Femke de Wit", "femke.dewit@veluwecircular.nl")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-5b1e0a77-93c2-4c8e-a2b4-0c7e9f41d6a3@google.com>"),
        ("Date", date(when, zone)),
        ("Subject", enc("Invitation: Interview Jana Hölscher – Sustainability Reporting Lead @ Wed 4 Nov 2026 "
                        "15:00 - 16:00 (CET) (jana.hoelscher@example.org)")),
        ("From", addr("Femke de Wit", "femke.dewit@veluwecircular.nl")),
        ("To", JANA),
    ], mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(6), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-01T15:00:00Z", end="2026-10-01T15:45:00Z", contact="owen.pryce@ledgerleaf.co.uk",
      company="Ledgerleaf", local="Thu 2026-10-01 16:00", local_end="2026-10-01 16:45", zone="Europe/London",
      note="Greenhouse confirmation for a London-based remote team: '4:00 PM - 4:45 PM BST' (UTC+1) -> "
           "15:00Z-15:45Z, the candidate line '17:00 - 17:45 CEST' and the ICS (UTC) agree; contact = Reply-To")
def p06() -> bytes:
    body = t("""
        Hi Jana,

        Thanks for confirming your availability! Here are the details of your upcoming interview with
        Ledgerleaf.

        Senior ESG Data Analyst (Remote - UK/EU)
        Thursday, October 1st, 2026
        4:00 PM - 4:45 PM BST (17:00 - 17:45 Central European Summer Time)

        Interviewers:
          Owen Pryce - Talent Partner
          Hannah Ashworth - Head of Sustainability Data

        Location: Video call - https://us06web.zoom.us/j/84120977315?pwd=Rk1xQ2xVZ0

        If you need to reschedule, just reply to this email.

        Best,
        Owen

        Ledgerleaf Ltd · 3rd Floor, 18 Leonard Street, London EC2A 4LS
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#242424">
        <p>Hi Jana,</p>
        <p>Thanks for confirming your availability! Here are the details of your upcoming interview with Ledgerleaf.</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:16px">
        <div style="font-weight:600">Senior ESG Data Analyst (Remote - UK/EU)</div>
        <div>Thursday, October 1st, 2026</div>
        <div>4:00 PM - 4:45 PM BST <span style="color:#6b6b6b">(17:00 - 17:45 Central European Summer Time)</span></div>
        <div style="margin-top:8px"><b>Interviewers:</b><br>Owen Pryce - Talent Partner<br>Hannah Ashworth - Head of Sustainability Data</div>
        <div style="margin-top:8px"><b>Location:</b> <a href="https://us06web.zoom.us/j/84120977315?pwd=Rk1xQ2xVZ0">Video call</a></div>
        </div>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Owen</p>
        <p style="font-size:12px;color:#8c8c8c">Ledgerleaf Ltd · 3rd Floor, 18 Leonard Street, London EC2A 4LS</p>
        <img src="https://app.greenhouse.io/o/7c1d2e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Greenhouse Interview//EN", "REQUEST", """
BEGIN:VEVENT
UID:greenhouse-interview-55120914@greenhouse.io
DTSTAMP:20260925T162011Z
DTSTART:20261001T150000Z
DTEND:20261001T154500Z
SUMMARY:Interview: Jana Hölscher for Senior ESG Data Analyst
LOCATION:https://us06web.zoom.us/j/84120977315?pwd=Rk1xQ2xVZ0
ORGANIZER;CN=Owen Pryce:mailto:owen.pryce@ledgerleaf.co.uk
ATTENDEE;CN=Jana Hölscher;RSVP=TRUE:mailto:jana.hoelscher@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""")
    when = "2026-09-25 17:20:11"
    zone = "Europe/London"
    return message([
        rcv("o3.email.greenhouse.io (o3.email.greenhouse.io [168.245.23.41])", when, zone, "4BXg0f5r2Jz8"),
        ("Date", date(when, zone)),
        ("From", addr("Owen Pryce (Ledgerleaf)", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Owen Pryce", "owen.pryce@ledgerleaf.co.uk")),
        ("To", JANA_TO),
        ("Subject", "Interview Confirmation: Ledgerleaf - Senior ESG Data Analyst"),
        ("Message-ID", "<gh.5f2c7a1e90.20260925162011@us.greenhouse-mail.io>"),
        ("X-SG-EID", "k1Q9uXf0aT3mGv8rZs2dWb"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment", cte="base64")))


@mail(n(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z", contact="danielle.okafor@fernwayclimate.com",
      company="Fernway Climate", local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45",
      zone="America/New_York",
      note="Ashby confirmation from New York, sent Thu 29.10. in EDT (-0400); US clocks go back on 1 Nov, so "
           "'10:00 AM - 10:45 AM EST' on Tue 3 Nov is UTC-5 -> 15:00Z-15:45Z (16:00 CET for the candidate, "
           "as the mail says); ICS TZID America/New_York agrees; contact = Reply-To recruiter")
def p07() -> bytes:
    body = t("""
        Hi Jana,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, November 3, 2026, 10:00 AM – 10:45 AM EST
        (that's 4:00 PM – 4:45 PM in Berlin)
        Google Meet: https://meet.google.com/fpk-wzrd-qmv

        You'll meet with:
          Marcus Lindqvist — Director, Climate Disclosure

        A note on timing: the US switches back from daylight saving time on November 1, so the gap to
        Europe is back to six hours.

        Questions? Just reply and it will reach Danielle Okafor.

        Thanks,
        Fernway Climate Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jana,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Tuesday, November 3, 2026, 10:00 AM – 10:45 AM EST</strong><br>
        (that&#x27;s 4:00 PM – 4:45 PM in Berlin)<br>
        Google Meet: <a href="https://meet.google.com/fpk-wzrd-qmv">https://meet.google.com/fpk-wzrd-qmv</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Marcus Lindqvist — Director, Climate Disclosure</p>
        <p>A note on timing: the US switches back from daylight saving time on November 1, so the gap to
        Europe is back to six hours.</p>
        <p>Questions? Just reply and it will reach Danielle Okafor.</p>
        <p>Thanks,<br>Fernway Climate Recruiting</p>
        </body></html>
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", VTZ["America/New_York"], """
BEGIN:VEVENT
UID:c2b1f0e4-8d7a-4f61-9a3e-0b5d2e7c9f14
DTSTAMP:20261029T152044Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T104500
SEQUENCE:0
SUMMARY:Fernway Climate – Climate Disclosure Analyst Interview
LOCATION:https://meet.google.com/fpk-wzrd-qmv
ORGANIZER;CN=Danielle Okafor:mailto:danielle.okafor@fernwayclimate.com
ATTENDEE;CN=Jana Hölscher;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.hoelscher@example.org
STATUS:CONFIRMED
END:VEVENT
""")
    when = "2026-10-29 11:20:44"
    zone = "America/New_York"
    return message([
        rcv("a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])", when, zone,
            "4CMw6t0RgTz2"),
        ("From", addr("Fernway Climate", "no-reply@ashbyhq.com")),
        ("To", addr("Jana Hölscher", JANA)),
        ("Subject", "Interview confirmed: Climate Disclosure Analyst (Remote, EU) at Fernway Climate"),
        ("Date", date(when, zone)),
        ("Message-ID", "<0100019a2f6c1b84-6d0e51b2-7a3c-4b8e-9f02-d4c1a7e5b390-000000@email.amazonses.com>"),
        ("Reply-To", addr("Danielle Okafor", "danielle.okafor@fernwayclimate.com")),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, method=None, ctype="text/calendar", filename="invite.ics", disposition="attachment",
                      cte="base64")))


@mail(n(8), family="workday", lang="de", interview=True, kind="scheduled",
      start="2026-11-12T12:30:00Z", end="2026-11-12T13:30:00Z",
      contact="katrin.oelgeschlaeger@westfalia-chemie.de", company="Westfalia Chemie AG",
      local="Thu 2026-11-12 13:30", local_end="2026-11-12 14:30", zone=BER,
      note="Workday notification (HTML only, base64) from the tenant mailbox @myworkday.com; 'Donnerstag, "
           "12. November 2026, 13:30 - 14:30 Uhr (MEZ)' in Dortmund, CET -> 12:30Z-13:30Z; contact = the "
           "recruiter address in the body")
def p08() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Guten Tag Jana Hölscher,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Spezialist Nachhaltigkeitsreporting (m/w/d)</b>
        (Stellenausschreibung R-10482) am Standort Dortmund.</p>
        <p>Ihr Vorstellungsgespräch wurde geplant. Die Details:</p>
        <table border="0" cellpadding="3">
        <tr><td>Datum:</td><td>Donnerstag, 12. November 2026</td></tr>
        <tr><td>Uhrzeit:</td><td>13:30 - 14:30 Uhr (MEZ)</td></tr>
        <tr><td>Ort:</td><td>Westfalia Chemie AG, Hauptverwaltung, Rheinlanddamm 201, 44139 Dortmund, Raum 4.17</td></tr>
        <tr><td>Interviewer:</td><td>Katrin Oelgeschläger (Talent Acquisition), Michael Brüning (Head of Sustainability)</td></tr>
        </table>
        <p>Sie können den Termin auch in Ihrem Kandidatenprofil einsehen:
        <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/westfaliachemie/Karriere/userHome">Kandidatenstartseite</a>.</p>
        <p>Bei Fragen wenden Sie sich bitte an Katrin Oelgeschläger
        (<a href="mailto:katrin.oelgeschlaeger@westfalia-chemie.de">katrin.oelgeschlaeger@westfalia-chemie.de</a>,
        +49 231 28841-560).</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Westfalia Chemie AG</p>
        <p style="font-size:8pt;color:#777">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </div></body></html>
        """)
    when = "2026-11-06 15:32:50"
    return message([
        rcv("mx0a-00238001.pphosted.com (mx0a-00238001.pphosted.com [148.163.159.26])", when, BER, "4CSd2b7KkVz4"),
        ("Date", date(when, BER)),
        ("From", addr("Westfalia Chemie AG", "westfaliachemie@myworkday.com")),
        ("To", JANA),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs - Spezialist Nachhaltigkeitsreporting (m/w/d) - "
                        "R-10482")),
        ("Message-ID", "<1459380114.441872.1794061970311@wd3-impl-svc12.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page, cte="base64"))


@mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start="2026-10-07T07:45:00Z", end="2026-10-07T08:30:00Z", contact="nele.sturm@domblick-mobility.de",
      company="Domblick Mobility GmbH", local="Wed 2026-10-07 09:45", local_end="2026-10-07 10:30", zone=BER,
      note="Teamtailor booking confirmation (du) after self-scheduling: 'Mi, 7. Okt. 2026 · 09:45 - 10:30 "
           "(Europe/Berlin)', CEST -> 07:45Z-08:30Z; the add-to-calendar links carry the same UTC times; Reply-To "
           "is a Teamtailor relay, so contact = the recruiter address in the signature")
def p09() -> bytes:
    body = t("""
        Hey Jana,

        danke, dass du dir einen Termin ausgesucht hast - hier nochmal alles auf einen Blick:

        Videointerview: Werkstudent*in → Junior Sustainability Manager (Köln / hybrid)
        Mi, 7. Okt. 2026 · 09:45 - 10:30 (Europe/Berlin)
        Mit: Nele Sturm (People & Culture), Kaan Yıldırım (Head of Operations)
        Link: https://meet.teamtailor.com/domblick/8c1f2e07

        Zum Kalender hinzufügen:
        Google: https://calendar.google.com/calendar/render?action=TEMPLATE&dates=20261007T074500Z/20261007T083000Z&text=Interview+Domblick+Mobility
        Outlook: https://outlook.live.com/calendar/0/deeplink/compose?startdt=2026-10-07T07:45:00Z&enddt=2026-10-07T08:30:00Z

        Du kannst nicht? Dann buch dir hier einfach einen neuen Slot:
        https://domblick-mobility.teamtailor.com/meetings/8c1f2e07/reschedule

        Bis Mittwoch!
        Nele

        Nele Sturm · People & Culture
        Domblick Mobility GmbH · Gereonstraße 43 · 50670 Köln
        nele.sturm@domblick-mobility.de
        """)
    page = t("""
        <html><body style="background:#f7f7f8;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:12px">
        <p>Hey Jana,</p>
        <p>danke, dass du dir einen Termin ausgesucht hast - hier nochmal alles auf einen Blick:</p>
        <div style="border-left:4px solid #e6007e;padding-left:12px">
        <div style="font-weight:600">Videointerview: Werkstudent*in → Junior Sustainability Manager (Köln / hybrid)</div>
        <div>Mi, 7. Okt. 2026 · 09:45 - 10:30 (Europe/Berlin)</div>
        <div>Mit: Nele Sturm (People &amp; Culture), Kaan Yıldırım (Head of Operations)</div>
        <div><a href="https://meet.teamtailor.com/domblick/8c1f2e07">Meeting beitreten</a></div>
        </div>
        <p><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;dates=20261007T074500Z/20261007T083000Z&amp;text=Interview+Domblick+Mobility">Google Kalender</a> ·
        <a href="https://outlook.live.com/calendar/0/deeplink/compose?startdt=2026-10-07T07:45:00Z&amp;enddt=2026-10-07T08:30:00Z">Outlook</a></p>
        <p>Du kannst nicht? <a href="https://domblick-mobility.teamtailor.com/meetings/8c1f2e07/reschedule">Neuen Slot buchen</a></p>
        <p>Bis Mittwoch!<br>Nele</p>
        <p style="font-size:12px;color:#777">Nele Sturm · People &amp; Culture<br>Domblick Mobility GmbH · Gereonstraße 43 · 50670 Köln<br>
        nele.sturm@domblick-mobility.de</p>
        </div></body></html>
        """)
    when = "2026-09-29 11:08:37"
    return message([
        rcv("s2.teamtailor-mail.com (s2.teamtailor-mail.com [198.2.139.44])", when, BER, "4BZt7c2mWqz6"),
        ("Date", date(when, BER)),
        ("From", addr("Nele Sturm | Domblick Mobility", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c7e2d01f9ab14c2e@reply.teamtailor-mail.com"),
        ("To", JANA_TO),
        ("Subject", enc("Dein Interview bei Domblick Mobility ist gebucht ✔")),
        ("Message-ID", "<66f91c2d5e1a4_3b2f9c1a40b8@teamtailor-mailer-7d9c.mail>"),
    ], alt(text(body, cte="8bit"), html(page)))


@mail(n(10), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T20:00:00Z", end="2026-11-16T20:45:00Z", contact=None, company="Kōwhai Carbon Ltd",
      local="Tue 2026-11-17 09:00", local_end="2026-11-17 09:45", zone="Pacific/Auckland",
      note="Workable confirmation from an Auckland team: 'Tuesday, Nov 17, 2026 9:00 AM - 9:45 AM NZDT' (UTC+13) "
           "is Monday 16 Nov 20:00Z-20:45Z (21:00 CET the evening before, as the mail says): the local date is "
           "the next day in UTC terms; Reply-To is a Workable relay and no personal address appears -> contact null")
def p10() -> bytes:
    body = t("""
        Hi Jana,

        Your interview for the Sustainability Reporting Specialist (Remote, Europe-based) position at
        Kōwhai Carbon has been scheduled.

        When: Tuesday, Nov 17, 2026 9:00 AM - 9:45 AM NZDT (Pacific/Auckland)
              That's Monday, Nov 16, 9:00 PM - 9:45 PM in Berlin (CET).
        Where: Video call - https://kowhai-carbon.whereby.com/interviews
        Interviewers: Aroha Ngata, Ben Whitfield

        We know evening calls aren't ideal, thank you for making it work across the time zones!

        If you have any questions, simply reply to this email.

        Kind regards,
        The Kōwhai Carbon hiring team

        --
        Sent via Workable · https://www.workable.com
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2c2c2c">
        <p>Hi Jana,</p>
        <p>Your interview for the <b>Sustainability Reporting Specialist (Remote, Europe-based)</b> position at
        Kōwhai Carbon has been scheduled.</p>
        <p><b>When:</b> Tuesday, Nov 17, 2026 9:00 AM - 9:45 AM NZDT (Pacific/Auckland)<br>
        <span style="color:#666">That's Monday, Nov 16, 9:00 PM - 9:45 PM in Berlin (CET).</span><br>
        <b>Where:</b> <a href="https://kowhai-carbon.whereby.com/interviews">Video call</a><br>
        <b>Interviewers:</b> Aroha Ngata, Ben Whitfield</p>
        <p>We know evening calls aren't ideal, thank you for making it work across the time zones!</p>
        <p>If you have any questions, simply reply to this email.</p>
        <p>Kind regards,<br>The Kōwhai Carbon hiring team</p>
        <p style="font-size:11px;color:#999">Sent via <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    ics = vcal("-//Workable//Workable Events//EN", "REQUEST", VTZ["Pacific/Auckland"], """
BEGIN:VEVENT
UID:wk-evt-3f9a0c21e7@workable.com
DTSTAMP:20261111010512Z
DTSTART;TZID=Pacific/Auckland:20261117T090000
DTEND;TZID=Pacific/Auckland:20261117T094500
SUMMARY:Interview - Sustainability Reporting Specialist - Kōwhai Carbon
LOCATION:https://kowhai-carbon.whereby.com/interviews
ORGANIZER;CN=Kōwhai Carbon:mailto:kowhai-carbon+c4e19a7b@candidates.workablemail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""")
    when = "2026-11-11 14:05:12"
    zone = "Pacific/Auckland"
    return message([
        rcv("mail-a91.workablemail.com (mail-a91.workablemail.com [198.21.0.91])", when, zone, "4CVb0m2QyRz9"),
        ("Date", date(when, zone)),
        ("From", addr("Kōwhai Carbon", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Kōwhai Carbon", "kowhai-carbon+c4e19a7b@candidates.workablemail.com")),
        ("To", JANA_TO),
        ("Subject", enc("Your interview with Kōwhai Carbon has been scheduled")),
        ("Message-ID", "<wk.6f1e0b93.20261111010512.c4e19a7b@candidates.workablemail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(11), family="calendly", lang="de", interview=True, kind="scheduled",
      start="2026-11-13T09:00:00Z", end="2026-11-13T09:30:00Z", contact="moritz.vogt@kranz-vogt.de",
      company="Kranz & Vogt Nachhaltigkeitsberatung", local="Fri 2026-11-13 10:00", local_end="2026-11-13 10:30",
      zone=BER,
      note="Calendly invitee confirmation in German after Jana booked a slot: '10:00 - 10:30, Freitag, "
           "13. November 2026 (Mitteleuropäische Zeit)', CET -> 09:00Z-09:30Z, ICS in UTC agrees; contact = "
           "Reply-To host")
def p11() -> bytes:
    body = t("""
        Hallo Jana Hölscher,

        Ein neues Ereignis wurde geplant.

        Art des Ereignisses:
        Kennenlerngespräch Senior Consultant ESG (30 Min.)

        Gastgeber:
        Moritz Vogt

        Datum/Uhrzeit des Ereignisses:
        10:00 - 10:30, Freitag, 13. November 2026 (Mitteleuropäische Zeit)

        Ort:
        Dieses Ereignis ist eine Google Meet-Webkonferenz.
        https://meet.google.com/rts-qkbn-yhe

        Fragen:
        Worüber möchtest du sprechen?
        Über die Stelle als Senior Consultant ESG und Ihr Reporting-Team in Köln.

        Absagen: https://calendly.com/cancellations/4b2e1d9c-7a0f-4e33-b1c8-92d5f0e6a711
        Verschieben: https://calendly.com/reschedulings/4b2e1d9c-7a0f-4e33-b1c8-92d5f0e6a711

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hallo Jana Hölscher,</p>
        <p>Ein neues Ereignis wurde geplant.</p>
        <p><b>Art des Ereignisses:</b><br>Kennenlerngespräch Senior Consultant ESG (30 Min.)</p>
        <p><b>Gastgeber:</b><br>Moritz Vogt</p>
        <p><b>Datum/Uhrzeit des Ereignisses:</b><br>10:00 - 10:30, Freitag, 13. November 2026 (Mitteleuropäische Zeit)</p>
        <p><b>Ort:</b><br>Dieses Ereignis ist eine Google Meet-Webkonferenz.<br>
        <a href="https://meet.google.com/rts-qkbn-yhe">https://meet.google.com/rts-qkbn-yhe</a></p>
        <p><b>Fragen:</b><br>Worüber möchtest du sprechen?<br>Über die Stelle als Senior Consultant ESG und Ihr Reporting-Team in Köln.</p>
        <p><a href="https://calendly.com/cancellations/4b2e1d9c-7a0f-4e33-b1c8-92d5f0e6a711">Absagen</a> ·
        <a href="https://calendly.com/reschedulings/4b2e1d9c-7a0f-4e33-b1c8-92d5f0e6a711">Verschieben</a></p>
        <p style="font-size:12px;color:#999">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", """
BEGIN:VEVENT
UID:4b2e1d9c-7a0f-4e33-b1c8-92d5f0e6a711@calendly.com
DTSTAMP:20261109191421Z
DTSTART:20261113T090000Z
DTEND:20261113T093000Z
SUMMARY:Kennenlerngespräch Senior Consultant ESG zwischen Moritz Vogt und Jana Hölscher
LOCATION:https://meet.google.com/rts-qkbn-yhe
ORGANIZER;CN=Moritz Vogt:mailto:moritz.vogt@kranz-vogt.de
ATTENDEE;CN=Jana Hölscher;PARTSTAT=ACCEPTED:mailto:jana.hoelscher@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""")
    when = "2026-11-09 20:14:21"
    return message([
        rcv("o1.mail.calendly.com (o1.mail.calendly.com [167.89.100.12])", when, BER, "4CTq5y1dXnz3"),
        ("Date", date(when, BER)),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Moritz Vogt", "moritz.vogt@kranz-vogt.de")),
        ("To", JANA),
        ("Subject", enc("Neues Ereignis: Jana Hölscher - 10:00 Fr., 13. Nov. 2026 - Kennenlerngespräch "
                        "Senior Consultant ESG")),
        ("Message-ID", "<4b2e1d9c7a0f.invitee.confirmation@calendly.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(12), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-22T09:00:00Z", end="2026-09-22T09:45:00Z", contact="dennis.kowalczyk@lippe-emscher.de",
      company="Lippe-Emscher Umweltdienste GmbH", local="Tue 2026-09-22 11:00", local_end="2026-09-22 11:45",
      zone=BER,
      note="Microsoft Bookings confirmation from the booking mailbox; the body's zone label reads "
           "'(UTC+01:00) Amsterdam, Berlin, ...' but 22 September is summer time: 11:00 CEST -> 09:00Z-09:45Z, "
           "which the ICS (W. Europe Standard Time) confirms; contact = the staff member's address in the body")
def p12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333">
        <div style="font-size:20px;padding-bottom:12px">Ihre Buchung wurde bestätigt</div>
        <p>Hallo Jana Hölscher,</p>
        <p>vielen Dank für Ihre Buchung bei Lippe-Emscher Umweltdienste – Karriere.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#777">Service</td><td>Kennenlerngespräch Nachhaltigkeitscontrolling</td></tr>
        <tr><td style="color:#777">Datum und Uhrzeit</td><td>Dienstag, 22. September 2026 11:00 - 11:45
        (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#777">Mitarbeiter</td><td>Dennis Kowalczyk</td></tr>
        <tr><td style="color:#777">Ort</td><td>Microsoft Teams-Besprechung (Link in der Kalendereinladung)</td></tr>
        </table>
        <p>Bei Rückfragen zum Gespräch wenden Sie sich gern direkt an Dennis Kowalczyk:
        <a href="mailto:dennis.kowalczyk@lippe-emscher.de">dennis.kowalczyk@lippe-emscher.de</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/LEUKarriere@lippeemscher.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p style="font-size:12px;color:#999">Lippe-Emscher Umweltdienste GmbH · Kronprinzenstraße 35 · 44135 Dortmund</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ["W. Europe Standard Time"], """
BEGIN:VEVENT
ORGANIZER;CN=Lippe-Emscher Umweltdienste – Karriere:mailto:LEUKarriere@lippeemscher.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Hölscher:mailto:jana.hoelscher@example.org
DESCRIPTION;LANGUAGE=de-DE:Kennenlerngespräch Nachhaltigkeitscontrolling mit Dennis Kowalczyk
UID:040000008200E00074C5B7101A82E00800000000B0C44F1E7D45DD010000000000000000100000003E8A1B2CE5F04C45A1D2E3F405162738
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Nachhaltigkeitscontrolling
DTSTART;TZID=W. Europe Standard Time:20260922T110000
DTEND;TZID=W. Europe Standard Time:20260922T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260916T065514Z
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
END:VEVENT
""")
    when = "2026-09-16 08:55:14"
    return message([
        rcv("DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2091.outbound.protection.outlook.com "
            "[40.107.135.91])", when, BER, "4BJ0sV6YbTz2"),
        ("From", addr("Lippe-Emscher Umweltdienste – Karriere", "LEUKarriere@lippeemscher.onmicrosoft.com")),
        ("To", JANA_TO),
        ("Subject", enc("Ihre Buchung wurde bestätigt: Kennenlerngespräch Nachhaltigkeitscontrolling")),
        ("Date", date(when, BER)),
        ("Message-ID", "<FR2P281MB1637B4D0C51A7E2F9C3D8E1AA0E12@FR2P281MB1637.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Exchange-Organization-BookingsEmail", "True"),
    ], alt(html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(13), family="zoom", lang="de", interview=True, kind="scheduled",
      start="2026-11-24T08:45:00Z", end="2026-11-24T09:30:00Z",
      contact="annika.brockmeyer@osnabruecker-papierwerke.de", company="Osnabrücker Papierwerke GmbH",
      local="Tue 2026-11-24 09:45", local_end="2026-11-24 10:30", zone=BER,
      note="Recruiter prose 'Dienstag um Viertel vor zehn' sent Thu 19.11.: the next Tuesday is 24.11., 09:45 CET "
           "-> 08:45Z; '45 Minuten eingeplant' is an exact length -> end 09:30Z; the pasted Zoom block "
           "'24.Nov..2026 09:45 AM Amsterdam, Berlin' agrees; iso-8859-15 QP; contact = human sender")
def p13() -> bytes:
    body = t("""
        Liebe Frau Hölscher,

        vielen Dank für das nette Telefonat eben! Wie besprochen halte ich fest: Wir sprechen am Dienstag um
        Viertel vor zehn per Zoom, mit Herrn Lammers (Werkleitung) und mir. Wir haben 45 Minuten eingeplant.
        Die Zugangsdaten habe ich Ihnen unten eingefügt.

        Falls etwas dazwischenkommt, erreichen Sie mich direkt unter 0541 9982-117.

        Herzliche Grüße aus Osnabrück
        Annika Brockmeyer

        Annika Brockmeyer
        Personalreferentin
        Osnabrücker Papierwerke GmbH
        Am Hasesee 4 | 49090 Osnabrück
        annika.brockmeyer@osnabruecker-papierwerke.de

        ----------------------------------------------------------------
        Annika Brockmeyer lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Vorstellungsgespräch J. Hölscher - Referentin Nachhaltigkeit
        Uhrzeit: 24.Nov..2026 09:45 AM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://us02web.zoom.us/j/87455120936?pwd=dFJ3bE1qY2tXZ2

        Meeting-ID: 874 5512 0936
        Kenncode: 551904
        ----------------------------------------------------------------
        """)
    when = "2026-11-19 16:40:22"
    return message([
        rcv("mail.osnabruecker-papierwerke.de (mail.osnabruecker-papierwerke.de [195.4.92.81])", when, BER,
            "4CYh2s0TfLz7"),
        ("From", addr("Annika Brockmeyer", "annika.brockmeyer@osnabruecker-papierwerke.de", "iso-8859-15")),
        ("To", addr("Jana Hölscher", JANA, "iso-8859-15")),
        ("Subject", enc("Ihr Vorstellungsgespräch am Dienstag (Zoom)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<000b01dd5a8f$3e2c1d40$ba8457c0$@osnabruecker-papierwerke.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHdWo8+LB1A3n0RbUuIuTq0mVf0ZQ=="),
        ("Content-Language", "de"),
    ], text(body, charset="iso-8859-15"))


@mail(n(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-02T12:00:00Z", end="2026-12-02T14:30:00Z", contact="priya.nandakumar@sunvale.io",
      company="Sunvale Analytics", local="Wed 2026-12-02 13:00", local_end="2026-12-02 15:30", zone=BER,
      note="GoodTime final-round itinerary, three sessions on Wed 2 Dec shown in 'Central European Time "
           "(GMT+01:00)': 13:00 first start to 15:30 last end -> 12:00Z-14:30Z; contact = Reply-To coordinator")
def p14() -> bytes:
    body = t("""
        Hi Jana,

        Your final round interviews with Sunvale Analytics are confirmed. Here is your itinerary:

        Wednesday, December 2, 2026
        All times shown in Central European Time (GMT+01:00)

        13:00 - 13:45   Hiring Manager Conversation - Ingrid Solberg, VP Sustainability Data
        14:00 - 14:45   Case Study: CSRD data model - Tom Becker, Ana Lopes
        15:00 - 15:30   Values & Ways of Working - Rik Mertens, People Partner

        Each session has its own video link, which you will receive as separate calendar invitations
        from our interviewers. Please join each session a couple of minutes early.

        Need to make a change? Reply to this email and Priya will help.

        Best regards,
        Priya Nandakumar
        Recruiting Coordinator, Sunvale Analytics

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Jana,</p>
        <p>Your final round interviews with Sunvale Analytics are confirmed. Here is your itinerary:</p>
        <h3 style="margin-bottom:2px">Wednesday, December 2, 2026</h3>
        <div style="color:#5f6368;font-size:12px">All times shown in Central European Time (GMT+01:00)</div>
        <table cellpadding="6" style="border-collapse:collapse;margin-top:8px">
        <tr style="border-bottom:1px solid #eee"><td>13:00 - 13:45</td><td><b>Hiring Manager Conversation</b><br>Ingrid Solberg, VP Sustainability Data</td></tr>
        <tr style="border-bottom:1px solid #eee"><td>14:00 - 14:45</td><td><b>Case Study: CSRD data model</b><br>Tom Becker, Ana Lopes</td></tr>
        <tr><td>15:00 - 15:30</td><td><b>Values &amp; Ways of Working</b><br>Rik Mertens, People Partner</td></tr>
        </table>
        <p>Each session has its own video link, which you will receive as separate calendar invitations
        from our interviewers. Please join each session a couple of minutes early.</p>
        <p>Need to make a change? Reply to this email and Priya will help.</p>
        <p>Best regards,<br>Priya Nandakumar<br>Recruiting Coordinator, Sunvale Analytics</p>
        <p style="font-size:11px;color:#9aa0a6">Scheduled with GoodTime</p>
        </body></html>
        """)
    when = "2026-11-25 09:02:40"
    zone = "UTC"
    return message([
        rcv("mail.goodtime.io (mail.goodtime.io [34.212.80.37])", when, zone, "4CbT8n3XsGz1"),
        ("Date", date(when, zone)),
        ("From", addr("Sunvale Analytics", "no-reply@goodtime.io")),
        ("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@sunvale.io")),
        ("To", JANA),
        ("Subject", "Your Sunvale Analytics final round itinerary - Wednesday, December 2"),
        ("Message-ID", "<itinerary.91c3e7f0-2b8d-4a51-8c62-0f3e1d9a7b25@goodtime.io>"),
    ], alt(text(body), html(page)))


@mail(n(15), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-12-10T13:00:00Z", end="2026-12-10T14:00:00Z", contact="jonas.terbrack@lindenhof-foods.de",
      company="Lindenhof Foods GmbH", local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone=BER,
      note="Google Calendar invitation in German: 'Donnerstag, 10. Dezember 2026 ⋅ 14:00–15:00 "
           "(Mitteleuropäische Normalzeit - Berlin)' -> 13:00Z-14:00Z; follows the unconfirmed proposal from "
           "the same recruiter (another mail in this set); contact = organizer")
def p15() -> bytes:
    body = t("""
        Fachgespräch Nachhaltigkeitsbericht – Jana Hölscher
        Donnerstag, 10. Dezember 2026 ⋅ 14:00–15:00 (Mitteleuropäische Normalzeit - Berlin)

        Lindenhof Foods, Verwaltung, Raum "Ems", Sassenberger Straße 12, 48231 Warendorf

        Hallo Frau Hölscher,
        hier wie versprochen die Einladung für das Fachgespräch mit Frau Dr. Wiewel und mir. Bitte melden
        Sie sich am Empfang, ich hole Sie dort ab.
        Viele Grüße, Jonas Terbrack

        Organisator
        Jonas Terbrack
        jonas.terbrack@lindenhof-foods.de

        Gäste
        Jonas Terbrack – Organisator
        Dr. Henrike Wiewel
        jana.hoelscher@example.org

        Alle Gastinformationen ansehen https://calendar.google.com/calendar/event?action=VIEW&eid=M2Zpc2s5cWJ2
        Antworten für jana.hoelscher@example.org
        Ja https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Zpc2s5cWJ2&rst=1
        Nein https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Zpc2s5cWJ2&rst=2
        Vielleicht https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Zpc2s5cWJ2&rst=3

        Einladung von Google Kalender https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie keine Updates mehr zu diesem
        Termin erhalten möchten, lehnen Sie ihn ab.
        """)
    page = t("""
        <table border="0" cellpadding="0" cellspacing="0" width="100%" style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Fachgespräch Nachhaltigkeitsbericht – Jana Hölscher</h2></td></tr>
        <tr><td style="color:#3c4043;font-size:14px">Donnerstag, 10. Dezember 2026 ⋅ 14:00–15:00 (Mitteleuropäische Normalzeit - Berlin)</td></tr>
        <tr><td style="font-size:14px">Lindenhof Foods, Verwaltung, Raum "Ems", Sassenberger Straße 12, 48231 Warendorf</td></tr>
        <tr><td style="padding-top:16px">Hallo Frau Hölscher,<br>hier wie versprochen die Einladung für das Fachgespräch mit Frau Dr. Wiewel und mir. Bitte melden
        Sie sich am Empfang, ich hole Sie dort ab.<br>Viele Grüße, Jonas Terbrack</td></tr>
        <tr><td style="padding-top:16px"><b>Organisator</b><br>Jonas Terbrack<br>jonas.terbrack@lindenhof-foods.de</td></tr>
        <tr><td style="padding-top:16px"><b>Gäste</b><br>Jonas Terbrack – Organisator<br>Dr. Henrike Wiewel<br>jana.hoelscher@example.org</td></tr>
        <tr><td style="font-size:12px;color:#70757a;padding-top:24px">Einladung von Google Kalender</td></tr>
        </table>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", VTZ["Europe/Berlin"], """
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261210T140000
DTEND;TZID=Europe/Berlin:20261210T150000
DTSTAMP:20261203T162509Z
ORGANIZER;CN=Jonas Terbrack:mailto:jonas.terbrack@lindenhof-foods.de
UID:3fisk9qbv2m0hl7c1a8e4o6t5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Terbrack;X-NUM-GUESTS=0:mailto:jonas.terbrack@lindenhof-foods.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Henrike Wiewel;X-NUM-GUESTS=0:mailto:henrike.wiewel@lindenhof-foods.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.hoelscher@example.org;X-NUM-GUESTS=0:mailto:jana.hoelscher@example.org
CREATED:20261203T162301Z
DESCRIPTION:Hallo Frau Hölscher\\,\\nhier wie versprochen die Einladung für das Fachgespräch mit Frau Dr. Wiewel und mir.
LAST-MODIFIED:20261203T162508Z
LOCATION:Lindenhof Foods\\, Verwaltung\\, Raum "Ems"\\, Sassenberger Straße 12\\, 48231 Warendorf
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fachgespräch Nachhaltigkeitsbericht – Jana Hölscher
TRANSP:OPAQUE
END:VEVENT
""")
    when = "2026-12-03 17:25:09"
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, BER, "4CdL3w9PqMz4"),
        ("Reply-To", addr("Jonas Terbrack", "jonas.terbrack@lindenhof-foods.de")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-0e7d2c19-5a44-4f3b-9b80-71c2e6d8a4f0@google.com>"),
        ("Date", date(when, BER)),
        ("Subject", enc("Einladung: Fachgespräch Nachhaltigkeitsbericht – Jana Hölscher @ Do., 10. Dez. 2026 "
                        "14:00 - 15:00 (MEZ) (jana.hoelscher@example.org)")),
        ("From", addr("Jonas Terbrack", "jonas.terbrack@lindenhof-foods.de")),
        ("To", JANA),
    ], mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(16), family="join_forward", lang="de", interview=True, kind="scheduled",
      start="2026-10-21T13:30:00Z", end=None, contact="melanie.schulte-ebbert@pottwerk-digital.de",
      company="Pottwerk Digital GmbH", local="Wed 2026-10-21 15:30", zone=BER,
      note="Jana forwards to herself (from example.net) a JOIN message attached as message/rfc822: 'Mittwoch, "
           "21.10.2026, um 15:30 Uhr' in Dortmund, CEST -> 13:30Z; no length; the sender is the candidate and "
           "the JOIN original comes from no-reply, so contact = the recruiter address in the forwarded body")
def p16() -> bytes:
    orig_body = t("""
        Hallo Frau Hölscher,

        vielen Dank für Ihre Bewerbung über JOIN als Nachhaltigkeitsmanagerin (m/w/d) bei Pottwerk Digital!
        Wir würden Sie sehr gern persönlich kennenlernen und haben Ihnen, wie am Telefon abgestimmt, folgenden
        Termin eingetragen:

        Mittwoch, 21.10.2026, um 15:30 Uhr
        bei uns im Büro: Phoenixseestraße 18, 44263 Dortmund (Eingang über den Innenhof)

        Mit dabei sind unser Geschäftsführer Sven Kortmann und ich.

        Bei Fragen melden Sie sich gern jederzeit bei mir: melanie.schulte-ebbert@pottwerk-digital.de

        Glück auf und bis bald!
        Melanie Schulte-Ebbert
        Office & People, Pottwerk Digital GmbH

        --
        Diese Nachricht wurde über JOIN gesendet. Antworten Sie bitte über Ihr JOIN-Kandidatenkonto.
        """)
    orig_when = "2026-10-14 17:12:05"
    orig = message([
        ("Date", date(orig_when, BER)),
        ("From", addr("Melanie Schulte-Ebbert (Pottwerk Digital)", "noreply@join.com")),
        ("To", addr("Jana Hölscher", "jana.hoelscher@example.net")),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Pottwerk Digital GmbH")),
        ("Message-ID", "<20261014151205.8f2c91d0a7e3@mailer.join.com>"),
    ], text(orig_body))
    body = t("""
        für den Kalender - Mi 21.10., Dortmund Phoenixsee. Unterlagen ausdrucken!!

        J.
        """)
    when = "2026-10-15 07:58:44"
    return message([
        rcv("mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])", when, BER, "4CB7j1xGwPz5"),
        ("Date", date(when, BER)),
        ("From", addr("Jana Hölscher", "jana.hoelscher@example.net")),
        ("To", JANA),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch – Pottwerk Digital GmbH")),
        ("Message-ID", "<CAJh7Lq0v3Ye5nK2pX1wQm8tRd4uF6gZ0sB9aLcE2f@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             attached_message(orig, "Einladung zum Vorstellungsgespraech.eml")))


@mail(n(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-06T09:30:00Z", end=None, contact="femke.dewit@veluwecircular.nl",
      company="Veluwe Circular B.V.", local="Fri 2026-11-06 10:30", zone="Europe/Amsterdam",
      note="The Arnhem recruiter moves the interview (invitation is another mail of this set) from Wed 4 Nov 15:00 "
           "to 'Friday 6 November at 10:30' and says she has already moved the calendar entry; CET -> 09:30Z "
           "(the old time is not the start); 'about an hour' -> end null; contact = human sender")
def p17() -> bytes:
    body = t("""
        Hi Jana,

        I'm really sorry, but Ruud has to be in Utrecht on Wednesday for the audit committee, and I'd very
        much like him to meet you. So I've moved our interview from Wednesday 4 November 15:00 to Friday
        6 November at 10:30 - same Google Meet link, still about an hour. You should get the calendar update
        in a minute.

        If Friday morning is a real problem, just give me a call (+31 26 700 4418), otherwise: see you Friday!

        Kind regards / Met vriendelijke groet,

        Femke de Wit
        Talent & Organisation
        Veluwe Circular B.V. | Westervoortsedijk 73 | 6827 AV Arnhem | The Netherlands

        On Wed, 28 Oct 2026 at 10:02, Jana Hölscher <jana.hoelscher@example.org> wrote:
        > Hi Femke,
        >
        > thank you, accepted - looking forward to it!
        >
        > Best regards,
        > Jana
        """)
    when = "2026-11-02 16:15:48"
    zone = "Europe/Amsterdam"
    return message([
        rcv("mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", when, zone, "4CQ1x7NnRkz2"),
        ("MIME-Version", "1.0"),
        ("References", "<CAF4u2m9TqfVn0rE1k@mail.gmail.com> <CAJh7Lq1a8WbN3@mail.gmail.com>"),
        ("In-Reply-To", "<CAJh7Lq1a8WbN3@mail.gmail.com>"),
        ("From", addr("Femke de Wit", "femke.dewit@veluwecircular.nl")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAF4u2m_8kVz1sX0pQ7nWb3eL2yR5tH9dJ6cM4aG1@mail.gmail.com>"),
        ("Subject", "Re: Interview Wednesday - small change"),
        ("To", JANA_TO),
    ], alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(n(18), family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-10-15T07:00:00Z", end="2026-10-15T08:00:00Z", contact="chris.lavallee@altamontmaterials.com",
      company="Altamont Materials GmbH", local="Thu 2026-10-15 09:00", local_end="2026-10-15 10:00", zone=BER,
      note="iCIMS reschedule from a US-owned company's Cologne site, sent from a US morning (EDT Date); old "
           "'Tuesday, October 13, 2026, 2:00 PM' and new 'Thursday, October 15, 2026, 9:00 AM - 10:00 AM CEST' "
           "-> 07:00Z-08:00Z, ICS (UTC, SEQUENCE:1) agrees; contact = recruiter address in the body")
def p18() -> bytes:
    body = t("""
        Dear Jana,

        Your interview for the position EHS & Sustainability Reporting Analyst (Req ID 2026-4471),
        Cologne, Germany has been rescheduled.

        PREVIOUS
        Tuesday, October 13, 2026, 2:00 PM - 3:00 PM Central European Summer Time (CEST)

        NEW
        Thursday, October 15, 2026, 9:00 AM - 10:00 AM Central European Summer Time (CEST)

        Location: Altamont Materials GmbH, Werk Köln-Niehl, Emdener Weg 20, 50735 Köln - Building C, Reception
        Interviewers: Stefanie Radermacher (Site Manager), Chris Lavallee (Talent Acquisition)

        An updated calendar invitation is attached. If you have any questions, please contact your recruiter,
        Chris Lavallee, at chris.lavallee@altamontmaterials.com.

        Sincerely,
        Altamont Materials Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        Powered by iCIMS
        """)
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333">
        <p>Dear Jana,</p>
        <p>Your interview for the position <b>EHS &amp; Sustainability Reporting Analyst</b> (Req ID 2026-4471),
        Cologne, Germany has been rescheduled.</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#ccc">
        <tr><td><b>PREVIOUS</b></td><td><s>Tuesday, October 13, 2026, 2:00 PM - 3:00 PM Central European Summer Time (CEST)</s></td></tr>
        <tr><td><b>NEW</b></td><td>Thursday, October 15, 2026, 9:00 AM - 10:00 AM Central European Summer Time (CEST)</td></tr>
        <tr><td><b>Location</b></td><td>Altamont Materials GmbH, Werk Köln-Niehl, Emdener Weg 20, 50735 Köln - Building C, Reception</td></tr>
        <tr><td><b>Interviewers</b></td><td>Stefanie Radermacher (Site Manager), Chris Lavallee (Talent Acquisition)</td></tr>
        </table>
        <p>An updated calendar invitation is attached. If you have any questions, please contact your recruiter,
        Chris Lavallee, at <a href="mailto:chris.lavallee@altamontmaterials.com">chris.lavallee@altamontmaterials.com</a>.</p>
        <p>Sincerely,<br>Altamont Materials Talent Acquisition</p>
        <p style="font-size:10px;color:#888">This message was sent from an unmonitored mailbox. Please do not reply. Powered by iCIMS</p>
        </body></html>
        """)
    ics = vcal("-//iCIMS//iCIMS Scheduling//EN", "REQUEST", """
BEGIN:VEVENT
UID:icims-int-2026-4471-88120@icims.com
DTSTAMP:20261009T124011Z
SEQUENCE:1
DTSTART:20261015T070000Z
DTEND:20261015T080000Z
SUMMARY:Interview: EHS & Sustainability Reporting Analyst - Altamont Materials
LOCATION:Altamont Materials GmbH\\, Werk Köln-Niehl\\, Emdener Weg 20\\, 50735 Köln
ORGANIZER;CN=Altamont Materials Talent Acquisition:mailto:noreply@talent.icims.com
ATTENDEE;CN=Jana Hölscher;RSVP=TRUE:mailto:jana.hoelscher@example.org
STATUS:CONFIRMED
END:VEVENT
""")
    when = "2026-10-09 08:40:11"
    zone = "America/New_York"
    return message([
        rcv("mta-12.talent.icims.com (mta-12.talent.icims.com [52.1.184.12])", when, zone, "4C6bN2rTqVz8"),
        ("Date", date(when, zone)),
        ("From", addr("Altamont Materials Talent Acquisition", "noreply@talent.icims.com")),
        ("To", JANA_TO),
        ("Subject", "Interview Rescheduled: EHS & Sustainability Reporting Analyst (2026-4471)"),
        ("Message-ID", "<1791463211.4471.88120.JavaMail.icims@mta-12.talent.icims.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment",
                      cte="quoted-printable")))


@mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-12-03T13:00:00Z", end=None, contact="hendrik.overesch@muensterland-waerme.de",
      company="Münsterland Wärme GmbH", local="Thu 2026-12-03 14:00", zone=BER,
      note="Hiring manager moves the interview 'vom Dienstag, 1.12., 10 Uhr auf Donnerstag, 3.12., um 14 Uhr' "
           "(windows-1252 QP, Outlook); CET -> 13:00Z; the attached Outlook export is an all-day event on 3.12. "
           "(DTSTART;VALUE=DATE), so the time is only in the text; no length -> end null; contact = sender")
def p19() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        leider muss ich unseren Termin am Dienstag, 1.12., um 10 Uhr verschieben - unser Aufsichtsrat tagt
        kurzfristig genau zu dieser Zeit. Ich habe uns daher auf Donnerstag, 3.12., um 14 Uhr umgebucht,
        gleicher Ort (Hauptverwaltung, Gasometerweg 5, Raum "Aa"). Den Eintrag habe ich Ihnen noch einmal
        angehängt.

        Sollte das bei Ihnen gar nicht gehen, rufen Sie mich bitte kurz an (0251 8330-410).

        Ich bitte die kurzfristige Änderung zu entschuldigen und freue mich auf unser Gespräch.

        Mit freundlichen Grüßen

        i. A. Dr. Hendrik Overesch
        Bereichsleiter Strategie & Nachhaltigkeit
        Münsterland Wärme GmbH
        Gasometerweg 5 · 48155 Münster
        hendrik.overesch@muensterland-waerme.de
        """)
    ics = vcal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "PUBLISH", """
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261127T110522Z
DESCRIPTION:Vorstellungsgespräch Fr. Hölscher (verschoben vom 1.12.)\\, 14 Uhr\\, Raum Aa\\n
DTSTART;VALUE=DATE:20261203
DTEND;VALUE=DATE:20261204
DTSTAMP:20261127T110911Z
LAST-MODIFIED:20261127T110522Z
LOCATION:Raum Aa\\, Gasometerweg 5
PRIORITY:5
SEQUENCE:1
SUMMARY;LANGUAGE=de:Gespräch Fr. Hölscher - 14 Uhr
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000C07A8E3D5E7EDD01000000000000000010000000A7B3C1D2E4F5061728394A5B6C7D8E9F
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
""")
    when = "2026-11-27 12:10:03"
    return message([
        rcv("mail.muensterland-waerme.de (mail.muensterland-waerme.de [91.198.44.17])", when, BER, "4CcK0q8BvXz6"),
        ("From", addr("Overesch, Hendrik Dr.", "hendrik.overesch@muensterland-waerme.de")),
        ("To", addr("Jana Hölscher", JANA, "iso-8859-1")),
        ("Subject", enc("Verschiebung unseres Gesprächs auf Donnerstag, 3.12.", "iso-8859-1")),
        ("Thread-Topic", enc("Verschiebung unseres Gesprächs auf Donnerstag, 3.12.", "iso-8859-1")),
        ("Thread-Index", "AdtgZQ1kcM8a7rfLSqe0V3o2hB4Yqw=="),
        ("Date", date(when, BER)),
        ("Message-ID", "<7c1a3e0f2b9d4a8e91c5@MWEXC02.muensterland-waerme.local>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", "yes"),
    ], mixed(text(body, charset="windows-1252"),
             calendar(ics, method=None, filename="Termin.ics", disposition="attachment", cte="base64")))


@mail(n(20), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start="2026-10-16T08:00:00Z", end="2026-10-16T09:00:00Z", contact="joerg.wessendorf@hellweg-kreditbank.de",
      company="Hellweg Kreditbank AG", local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone=BER,
      note="Exchange meeting update (SEQUENCE:1, W. Europe Standard Time): 'vom Donnerstag, 15.10., 13:00 Uhr auf "
           "Freitag, 16.10.2026, 10:00 - 11:00 Uhr', CEST -> 08:00Z-09:00Z (new time); contact = organizer/sender")
def p20() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        wie heute Morgen telefonisch vereinbart, verschieben wir unser Gespräch vom Donnerstag, 15.10.,
        13:00 Uhr auf Freitag, 16.10.2026, 10:00 - 11:00 Uhr. Der Ort bleibt unverändert: Hauptstelle
        Dortmund, Hansastraße 88, 5. OG - bitte melden Sie sich am Empfang.

        Mit freundlichen Grüßen

        Jörg Wessendorf
        Personalentwicklung / Recruiting
        Hellweg Kreditbank AG
        Hansastraße 88 | 44137 Dortmund
        Tel. +49 231 9140-2270
        www.hellweg-kreditbank.de

        Hellweg Kreditbank AG | Sitz Dortmund | Amtsgericht Dortmund HRB 40188
        Vorstand: Dr. Claudia Reckfort (Vors.), Martin Budde | Vorsitzender des Aufsichtsrats: Wilhelm Sökeland
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ["W. Europe Standard Time"], """
BEGIN:VEVENT
ORGANIZER;CN="Wessendorf, Jörg":mailto:Joerg.Wessendorf@hellweg-kreditbank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Hölscher:mailto:jana.hoelscher@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Niehues, Birgit":mailto:Birgit.Niehues@hellweg-kreditbank.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hölscher\\,\\n\\nwie heute Morgen telefonisch vereinbart\\, verschieben wir unser Gespräch.\\n
UID:040000008200E00074C5B7101A82E0080000000030D7C1F8A659DD01000000000000000010000000C9E2D7A4B1F3E04F8A6D5C4B3A291807
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Jana Hölscher - Nachhaltigkeitsreporting
DTSTART;TZID=W. Europe Standard Time:20261016T100000
DTEND;TZID=W. Europe Standard Time:20261016T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261013T071205Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Hauptstelle Dortmund\\, Hansastraße 88\\, 5. OG
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTSEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1447821030
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
""")
    when = "2026-10-13 09:12:05"
    return message([
        rcv("mx1.hellweg-kreditbank.de (mx1.hellweg-kreditbank.de [194.25.61.40])", when, BER, "4C9cQ4fHwLz1"),
        ("From", addr("Wessendorf, Jörg", "Joerg.Wessendorf@hellweg-kreditbank.de")),
        ("To", JANA_TO),
        ("Subject", enc("Vorstellungsgespräch Jana Hölscher - Nachhaltigkeitsreporting")),
        ("Thread-Topic", enc("Vorstellungsgespräch Jana Hölscher - Nachhaltigkeitsreporting")),
        ("Thread-Index", "AdtbGJ3d0qPpXo4mTlCw3nKz9sGv1AAAABcQ"),
        ("Date", date(when, BER)),
        ("Message-ID", "<DB9PR10MB58826E3B1F0A9C7D4E2B81C6E93A0@DB9PR10MB5882.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), html("<html><body><pre style=\"font-family:Calibri,sans-serif\">"
                            + body.replace("&", "&amp;") + "</pre></body></html>\n"),
           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(21), family="lever", lang="en", interview=True, kind="cancelled",
      start="2026-09-17T13:00:00Z", end="2026-09-17T14:00:00Z", contact="sam.adeyemi-kraus@loopline.io",
      company="Loopline Analytics", local="Thu 2026-09-17 15:00", local_end="2026-09-17 16:00", zone=BER,
      note="Lever cancellation (METHOD:CANCEL) of 'Thursday, September 17, 2026, 3:00 PM - 4:00 PM CEST' -> "
           "13:00Z-14:00Z (the cancelled slot); hiring paused, no new time; contact = Reply-To recruiter")
def p21() -> bytes:
    body = t("""
        Hi Jana,

        Unfortunately we need to cancel your interview for Impact Analyst (Berlin/Remote), which was scheduled
        for Thursday, September 17, 2026, 3:00 PM - 4:00 PM CEST.

        We've paused hiring for this role while we finalise our 2027 budget. I'm sorry for the short notice -
        I'll reach out personally if the role reopens.

        Best,
        Sam Adeyemi-Kraus
        Loopline Analytics

        You are receiving this email because you applied to Loopline Analytics via Lever.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Jana,</p>
        <p>Unfortunately we need to cancel your interview for <b>Impact Analyst (Berlin/Remote)</b>, which was scheduled
        for <b>Thursday, September 17, 2026, 3:00 PM - 4:00 PM CEST</b>.</p>
        <p>We've paused hiring for this role while we finalise our 2027 budget. I'm sorry for the short notice -
        I'll reach out personally if the role reopens.</p>
        <p>Best,<br>Sam Adeyemi-Kraus<br>Loopline Analytics</p>
        <p style="font-size:11px;color:#aaa">You are receiving this email because you applied to Loopline Analytics via Lever.</p>
        </body></html>
        """)
    ics = vcal("-//Lever//Lever Interview Scheduling//EN", "CANCEL", """
BEGIN:VEVENT
UID:lever-interview-0c5e2b7f-4a91-43d6-8b1e-92f7a3c0d815
DTSTAMP:20260914T073011Z
DTSTART:20260917T130000Z
DTEND:20260917T140000Z
SEQUENCE:2
SUMMARY:Interview with Loopline Analytics - Impact Analyst
ORGANIZER;CN=Sam Adeyemi-Kraus:mailto:sam.adeyemi-kraus@loopline.io
ATTENDEE;CN=Jana Hölscher:mailto:jana.hoelscher@example.org
STATUS:CANCELLED
END:VEVENT
""")
    when = "2026-09-14 09:30:11"
    return message([
        rcv("mail-out.hire.lever.co (mail-out.hire.lever.co [50.31.36.201])", when, BER, "4BHb5p0cFzz9"),
        ("Date", date(when, BER)),
        ("From", addr("Loopline Analytics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Sam Adeyemi-Kraus", "sam.adeyemi-kraus@loopline.io")),
        ("To", JANA_TO),
        ("Subject", "Cancelled: Interview with Loopline Analytics - Impact Analyst"),
        ("Message-ID", "<0c5e2b7f4a9143d6.cancel@hire.lever.co>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment", cte="base64")))


@mail(n(22), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-11-30T09:00:00Z", end="2026-11-30T10:00:00Z", contact="timo@kornspeicher-labs.de",
      company="Kornspeicher Labs", local="Mon 2026-11-30 10:00", local_end="2026-11-30 11:00", zone=BER,
      note="Google Calendar cancellation in German (METHOD:CANCEL) of the second interview 'Montag, 30. November "
           "2026 ⋅ 10:00–11:00 (Mitteleuropäische Normalzeit - Berlin)' -> 09:00Z-10:00Z; organizer note "
           "promises a call about a new date, none fixed; contact = organizer")
def p22() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Zweitgespräch Jana / Kornspeicher
        Montag, 30. November 2026 ⋅ 10:00–11:00 (Mitteleuropäische Normalzeit - Berlin)

        Hafenweg 16, 48155 Münster

        Sorry Jana, wir müssen das Zweitgespräch am Montag leider absagen, da kam ein Investorentermin
        dazwischen, den ich nicht schieben kann. Ich ruf dich diese Woche noch an, dann finden wir was Neues!
        Timo

        Organisator
        Timo Hülsmann
        timo@kornspeicher-labs.de

        Gäste
        Timo Hülsmann – Organisator
        Jule Brinkmann
        jana.hoelscher@example.org

        Einladung von Google Kalender https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind.
        """)
    page = gmail_html(body)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", VTZ["Europe/Berlin"], """
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261130T100000
DTEND;TZID=Europe/Berlin:20261130T110000
DTSTAMP:20261125T073118Z
ORGANIZER;CN=Timo Hülsmann:mailto:timo@kornspeicher-labs.de
UID:6m2kq0v9c1hd7t3ajr8pe5sn4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=jana.hoelscher@example.org;X-NUM-GUESTS=0:mailto:jana.hoelscher@example.org
CREATED:20261113T150244Z
DESCRIPTION:Sorry Jana\\, wir müssen das Zweitgespräch am Montag leider absagen.
LAST-MODIFIED:20261125T073117Z
LOCATION:Hafenweg 16\\, 48155 Münster
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Zweitgespräch Jana / Kornspeicher
TRANSP:OPAQUE
END:VEVENT
""")
    when = "2026-11-25 08:31:18"
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, BER, "4CbV1k6RtJz3"),
        ("Reply-To", addr("Timo Hülsmann", "timo@kornspeicher-labs.de")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-a3e91f04-6c2d-4b7e-8d15-c0f2b9e4a761@google.com>"),
        ("Date", date(when, BER)),
        ("Subject", enc("Abgesagter Termin: Zweitgespräch Jana / Kornspeicher @ Mo., 30. Nov. 2026 "
                        "10:00 - 11:00 (MEZ) (jana.hoelscher@example.org)")),
        ("From", addr("Timo Hülsmann", "timo@kornspeicher-labs.de")),
        ("To", JANA),
    ], mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(23), family="recruitee", lang="de", interview=True, kind="cancelled",
      start="2026-09-18T09:00:00Z", end=None, contact="a.luetkemeyer@hofundfaden.de",
      company="Hof & Faden Textil GmbH", local="Fri 2026-09-18 11:00", zone=BER,
      note="Recruitee message cancelling 'unser Gespräch am Freitag, 18.09., um 11 Uhr' (CEST -> 09:00Z, the "
           "cancelled slot); the new time is only a question ('Ginge stattdessen der Donnerstag, 24.09., um "
           "elf?'), not confirmed, so cancelled rather than rescheduled; Reply-To is a Recruitee relay, contact = "
           "the recruiter address in the signature")
def p23() -> bytes:
    body = t("""
        Liebe Frau Hölscher,

        leider müssen wir unser Gespräch am Freitag, 18.09., um 11 Uhr absagen - unsere Geschäftsführerin
        Frau Elpers ist kurzfristig erkrankt und sie möchte Sie unbedingt selbst kennenlernen. Das tut mir
        wirklich leid!

        Ginge stattdessen der Donnerstag, 24.09., um elf? Oder schlagen Sie mir gern zwei, drei andere
        Zeiten in der nächsten Woche vor, dann stimme ich das ab.

        Herzliche Grüße aus Gronau
        Anna Lütkemeyer
        Personal | Hof & Faden Textil GmbH
        a.luetkemeyer@hofundfaden.de | 02562 7781-20
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Liebe Frau Hölscher,</p>
        <p>leider müssen wir unser Gespräch am Freitag, 18.09., um 11 Uhr absagen - unsere Geschäftsführerin
        Frau Elpers ist kurzfristig erkrankt und sie möchte Sie unbedingt selbst kennenlernen. Das tut mir
        wirklich leid!</p>
        <p>Ginge stattdessen der Donnerstag, 24.09., um elf? Oder schlagen Sie mir gern zwei, drei andere
        Zeiten in der nächsten Woche vor, dann stimme ich das ab.</p>
        <p>Herzliche Grüße aus Gronau<br>Anna Lütkemeyer<br>Personal | Hof &amp; Faden Textil GmbH<br>
        a.luetkemeyer@hofundfaden.de | 02562 7781-20</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Antworten Sie direkt auf diese E-Mail, um Hof &amp; Faden Textil GmbH zu antworten.
        Gesendet mit Recruitee.</p>
        </body></html>
        """)
    when = "2026-09-16 13:22:40"
    return message([
        rcv("smtp-out-7.recruitee.com (smtp-out-7.recruitee.com [159.135.228.7])", when, BER, "4BJ8wM3xTdz4"),
        ("Date", date(when, BER)),
        ("From", addr("Anna Lütkemeyer | Hof & Faden Textil GmbH", "no-reply@recruitee.com")),
        ("Reply-To", "hofundfaden+c-88120f3a@inbound.recruitee.com"),
        ("To", JANA_TO),
        ("Subject", enc("Unser Gespräch am Freitag – leider Absage")),
        ("Message-ID", "<msg-88120f3a.1789564960@recruitee.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-07"), ("Mon", "2026-09-14")),
      note="Unemployment-office invitation ('Einladung zu einem Beratungsgespräch', Mi., 07.10.2026, 09:30 Uhr) "
           "after registering as job-seeking: a fixed appointment with legal notice, but not a job interview; "
           "iso-8859-1 QP, text only")
def n24() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        bezugnehmend auf Ihre Arbeitsuchendmeldung vom Montag, 14.09.2026, lade ich Sie zu einem persönlichen
        Gespräch über Ihre berufliche Situation ein.

        Termin:  Mittwoch, 07.10.2026, 09:30 Uhr
        Ort:     Agentur für Arbeit Münster, Am Meerkamp 3, 48155 Münster, Ebene 2, Zimmer 2.14
        Bei:     Frau Gerdes, Arbeitsvermittlung (Team akademische Berufe)

        Bitte bringen Sie zu dem Termin folgende Unterlagen mit:
        - Personalausweis
        - aktuellen Lebenslauf
        - Arbeitsvertrag und Kündigungsschreiben Ihres derzeitigen Arbeitgebers

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte rechtzeitig unter Angabe
        des Grundes mit (Telefon 0800 4 5555 00, gebührenfrei).

        Rechtsfolgenbelehrung: Erscheinen Sie ohne wichtigen Grund nicht zu diesem Termin, kann dies zu
        einer Sperrzeit bei Meldeversäumnis führen (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III).

        Mit freundlichen Grüßen
        Im Auftrag
        Gerdes

        Diese Nachricht wurde maschinell erstellt. Antworten an diese Adresse werden nicht gelesen.
        """)
    when = "2026-09-29 07:45:10"
    return message([
        rcv("mx-out2.arbeitsagentur.de (mx-out2.arbeitsagentur.de [194.50.212.32])", when, BER, "4BZy2c0sHfz8"),
        ("Date", date(when, BER)),
        ("From", addr("Agentur für Arbeit Münster", "Muenster.Vermittlung-NoReply@arbeitsagentur.de", "iso-8859-1")),
        ("To", addr("Jana Hölscher", JANA, "iso-8859-1")),
        ("Subject", enc("Einladung zu einem Beratungsgespräch am 07.10.2026", "iso-8859-1")),
        ("Message-ID", "<20260929054510.3F1A2C0041@vam-mail02.ba.intern>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1"))


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="A local reporter confirms an interview with Jana about CSRD for a newspaper article, Friday 14 Uhr: "
           "a fixed time and the word 'Interview', but press, not a job interview")
def n25() -> bytes:
    body = t("""
        Hallo Frau Hölscher,

        prima, dann treffen wir uns am Freitag (9.10.) um 14 Uhr im Café Speicherstadt am Hafen. Das Interview
        dauert etwa eine halbe Stunde, unser Fotograf Herr Wübbeling kommt gegen halb drei dazu - wenn es Ihnen
        recht ist, machen wir draußen ein, zwei Bilder am Wasser.

        Es geht, wie besprochen, um die Frage, was die neue Berichtspflicht für mittelständische Betriebe im
        Münsterland konkret bedeutet. Die Zitate schicke ich Ihnen vor Erscheinen zur Freigabe.

        Viele Grüße
        Katharina Schmale
        Redaktion Wirtschaft
        Münstersche Rundschau
        Tel. 0251 690-3318
        """)
    when = "2026-10-05 12:04:33"
    return message([
        rcv("mail.muenstersche-rundschau.de (mail.muenstersche-rundschau.de [80.150.6.142])", when, BER,
            "4C5m3v1YcSz2"),
        ("Date", date(when, BER)),
        ("From", addr("Katharina Schmale", "k.schmale@muenstersche-rundschau.de")),
        ("To", JANA_TO),
        ("Subject", "Re: Interview zum Thema CSRD im Mittelstand"),
        ("Message-ID", "<f3a9c1d2-5e88-4b07-a1c4-9d2e7b6f0a13@muenstersche-rundschau.de>"),
        ("In-Reply-To", "<CAJh7Lq3mN0pW8@mail.gmail.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, cte="8bit", params="format=flowed"))


@mail(n(26), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Selection interview for a part-time master's programme (university admission), Mo., 19.10.2026, "
           "16:15 Uhr with an ICS: a confirmed 'Auswahlgespräch', but for a study place, not a job")
def n26() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        Sustainability Management (M.Sc.) zum Sommersemester 2027.

        Wir freuen uns, Sie zum Auswahlgespräch einladen zu können:

        Montag, 19.10.2026, 16:15 - 16:35 Uhr, per Zoom
        Kommission: Prof. Dr. Anke Rüschhoff, Prof. Dr. Tobias Lenfers

        Bitte bereiten Sie eine kurze Vorstellung (max. 5 Minuten) Ihrer bisherigen beruflichen Tätigkeit
        und Ihrer Motivation vor. Den Zoom-Link erhalten Sie am Vortag.

        Mit freundlichen Grüßen
        Studiengangskoordination Sustainability Management
        Hochschule Münsterland für Wirtschaft und Technik
        """)
    ics = vcal("-//HMWT//Campusmanagement//DE", "REQUEST", VTZ["Europe/Berlin"], """
BEGIN:VEVENT
UID:auswahl-ssm-2027-0412@hs-muensterland-wt.de
DTSTAMP:20261009T091502Z
DTSTART;TZID=Europe/Berlin:20261019T161500
DTEND;TZID=Europe/Berlin:20261019T163500
SUMMARY:Auswahlgespräch Master Sustainability Management
ORGANIZER;CN=Studiengangskoordination:mailto:master-sm@hs-muensterland-wt.de
STATUS:CONFIRMED
END:VEVENT
""")
    when = "2026-10-09 11:15:02"
    return message([
        rcv("mailout.hs-muensterland-wt.de (mailout.hs-muensterland-wt.de [128.176.40.12])", when, BER,
            "4C7w9d2KqPz1"),
        ("Date", date(when, BER)),
        ("From", addr("Studiengangskoordination SSM", "master-sm@hs-muensterland-wt.de")),
        ("To", JANA_TO),
        ("Subject", enc("Einladung zum Auswahlgespräch – Master Sustainability Management (M.Sc.)")),
        ("Message-ID", "<cm.20261009091502.0412@hs-muensterland-wt.de>"),
    ], mixed(text(body), calendar(ics, method="REQUEST", filename="Auswahlgespraech.ics",
                                  disposition="attachment", cte="base64")))


@mail(n(27), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-08"),),
      note="Volleyball club try-out ('Probetraining', Dienstag um halb acht), du register, says explicitly it is "
           "no 'Vorstellungsgespräch'; a fixed time but not a job interview")
def n27() -> bytes:
    body = t("""
        Hi Jana,

        schön, dass du Lust hast! Komm einfach am Dienstag um halb acht in die Halle an der Mecklenbecker
        Straße (die kleine Halle hinten, nicht die Dreifach). Hallenschuhe und was zu trinken reicht.

        Nach dem Training quatschen wir kurz, ob's für beide Seiten passt und in welche Mannschaft du am
        besten reinpasst - ist aber kein Vorstellungsgespräch, keine Sorge :-)

        Sportliche Grüße
        Britta
        Trainerin Damen 2, SC Aasee 08
        """)
    when = "2026-09-06 19:31:52"
    return message([
        rcv("mout-p-101.mailbox.org (mout-p-101.mailbox.org [80.241.56.151])", when, BER, "4BPc5t2LmWz7"),
        ("Date", date(when, BER)),
        ("From", addr("Britta Kemper", "britta.kemper@sc-aasee08.de")),
        ("To", JANA_TO),
        ("Subject", "Re: Probetraining Damen 2?"),
        ("Message-ID", "<1873420116.55120.1788716912@office.mailbox.org>"),
        ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(28), family="car_service", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Garage confirms 'morgen früh um acht' (Di., 17.11.2026, 08:00) for an inspection and tyre change, "
           "with an ICS; a fixed appointment, not an interview; iso-8859-15 QP")
def n28() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Dienstag, 17.11.2026, Fahrzeugannahme 08:00 Uhr
        Fahrzeug: VW Golf Variant, Kennzeichen MS-JH 412
        Leistungen: Inspektion nach Herstellervorgabe, Räderwechsel Winter (eingelagerter Satz Nr. 2211)

        Also wie besprochen: morgen früh um acht bei uns in der Annahme. Den Ersatzwagen haben wir für Sie
        reserviert; bitte denken Sie an Führerschein und Fahrzeugschein.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Brüggemann GmbH · Marktallee 80 · 48165 Münster-Hiltrup · Tel. 02501 9277-0
        """)
    ics = vcal("-//Autohaus Brueggemann//Werkstattplaner//DE", "PUBLISH", VTZ["Europe/Berlin"], """
BEGIN:VEVENT
UID:ws-20261117-0800-ms-jh-412@autohaus-brueggemann.de
DTSTAMP:20261116T161201Z
DTSTART;TZID=Europe/Berlin:20261117T080000
DTEND;TZID=Europe/Berlin:20261117T081500
SUMMARY:Werkstatttermin Autohaus Brüggemann (Inspektion + Räderwechsel)
LOCATION:Marktallee 80\\, 48165 Münster-Hiltrup
END:VEVENT
""")
    when = "2026-11-16 17:12:01"
    return message([
        rcv("smtp.autohaus-brueggemann.de (smtp.autohaus-brueggemann.de [217.86.144.3])", when, BER,
            "4CXb7d6QnTz4"),
        ("Date", date(when, BER)),
        ("From", addr("Autohaus Brüggemann Service", "service@autohaus-brueggemann.de", "iso-8859-15")),
        ("To", addr("Jana Hölscher", JANA, "iso-8859-15")),
        ("Subject", enc("Terminbestätigung Werkstatt: Di., 17.11.2026, 08:00 Uhr", "iso-8859-15")),
        ("Message-ID", "<WP.20261116.161201.2211@autohaus-brueggemann.de>"),
    ], mixed(text(body, charset="iso-8859-15"),
             calendar(ics, method=None, filename="Werkstatttermin.ics", disposition="attachment", cte="base64")))


@mail(n(29), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Housing co-operative confirms a flat viewing in Dortmund, Sa., 12.09.2026, 11:30 Uhr: fixed time, "
           "not an interview")
def n29() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        vielen Dank für Ihr Interesse an unserer Wohnung in der Lindemannstraße 61 (3 Zimmer, 74 m², 2. OG
        links) in Dortmund-Kreuzviertel.

        Gern bestätigen wir Ihnen den Besichtigungstermin am Samstag, 12.09.2026, um 11:30 Uhr. Herr Tewes
        erwartet Sie vor dem Hauseingang. Bitte bringen Sie, falls vorhanden, eine Mietschuldenfreiheits-
        bescheinigung und Ihre letzten drei Gehaltsnachweise mit.

        Mit freundlichen Grüßen
        Wohnbau Westfalen eG - Vermietung
        Rheinische Straße 140, 44147 Dortmund
        """)
    page = "<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n"
    when = "2026-09-10 14:26:09"
    return message([
        rcv("mail.wohnbau-westfalen.de (mail.wohnbau-westfalen.de [212.21.78.90])", when, BER, "4BRd0w8JgHz3"),
        ("Date", date(when, BER)),
        ("From", addr("Wohnbau Westfalen eG", "vermietung@wohnbau-westfalen.de")),
        ("To", JANA_TO),
        ("Subject", enc("Besichtigungstermin Lindemannstraße 61 – Sa., 12.09.2026, 11:30 Uhr")),
        ("Message-ID", "<20260910122609.AB12C3D4@mail.wohnbau-westfalen.de>"),
    ], alt(text(body), html(page)))


@mail(n(30), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Career coach confirms an 'Interview-Simulation (Mock Interview)', Mo., 02.11.2026, 18:00-19:30, with "
           "an ICS, to prepare for a real interview: a confirmed time, but coaching, not a job interview")
def n30() -> bytes:
    body = t("""
        Liebe Jana,

        hiermit bestätige ich unseren Termin für die Interview-Simulation:

        Montag, 02.11.2026, 18:00 - 19:30 Uhr
        in meiner Praxis, Ludgeristraße 57 (3. Etage), Münster - alternativ gern per Zoom

        Wir spielen ein komplettes Vorstellungsgespräch für die Stelle bei der Westfalia Chemie durch, mit
        mir in der Rolle der Personalerin und einem Kollegen als Fachvorgesetztem. Danach gibt's ausführliches
        Feedback und die Videoaufzeichnung für dich.

        Bitte schick mir vorher noch die Stellenanzeige und deinen aktuellen Lebenslauf.

        Herzliche Grüße
        Karin

        Karin Elsing · Karriere- & Bewerbungscoaching
        Ludgeristraße 57 · 48143 Münster · www.elsing-coaching.de
        """)
    ics = vcal("-//Apple Inc.//macOS 15.1//EN", "REQUEST", VTZ["Europe/Berlin"], """
BEGIN:VEVENT
UID:8A0F3C27-61E4-4B19-9D2C-55E7A1B04C93
DTSTAMP:20261027T183402Z
DTSTART;TZID=Europe/Berlin:20261102T180000
DTEND;TZID=Europe/Berlin:20261102T193000
SUMMARY:Coaching Jana H. - Interview-Simulation
LOCATION:Ludgeristraße 57\\, Münster
ORGANIZER;CN=Karin Elsing:mailto:karin@elsing-coaching.de
ATTENDEE;CN=Jana Hölscher;RSVP=TRUE:mailto:jana.hoelscher@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""")
    when = "2026-10-27 19:34:02"
    return message([
        rcv("smtp.ionos.de (smtp.ionos.de [212.227.15.41])", when, BER, "4CLx8b3TnKz9"),
        ("Date", date(when, BER)),
        ("From", addr("Karin Elsing", "karin@elsing-coaching.de")),
        ("To", JANA_TO),
        ("Subject", "Terminbestaetigung: Interview-Simulation (Mock Interview) am 02.11."),
        ("Message-ID", "<D41C7A0B-3E2F-4A8C-9B51-7F06E2C3A948@elsing-coaching.de>"),
        ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="REQUEST", filename="Coaching.ics", disposition="attachment", cte="base64")))


@mail(n(31), family="proposal_unconfirmed", lang="de", interview=False, company="Lindenhof Foods GmbH",
      days=(("Wed", "2026-12-02"), ("Thu", "2026-12-10")),
      note="Recruiter proposes times ('Ginge Mittwoch übernächster Woche um 14 Uhr?' = Wed 2 Dec from Thu 19 Nov, "
           "or 'Donnerstag, 10.12., um 14 Uhr oder um elf') and asks Jana to choose: nothing confirmed yet (the "
           "later invitation is another mail in this set)")
def n31() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        vielen Dank für Ihre Bewerbung als Referentin Nachhaltigkeitsbericht (m/w/d) - Ihr Profil hat uns
        sehr angesprochen, und wir würden Sie gern zu einem Fachgespräch zu uns nach Warendorf einladen.

        Ginge Mittwoch übernächster Woche um 14 Uhr? Falls das nicht klappt, könnte ich alternativ Donnerstag,
        10.12., um 14 Uhr oder um elf anbieten. Geben Sie mir einfach kurz Bescheid, was Ihnen am besten
        passt, dann schicke ich Ihnen die Kalendereinladung.

        Mit freundlichen Grüßen
        Jonas Terbrack
        Personalreferent
        Lindenhof Foods GmbH · Sassenberger Straße 12 · 48231 Warendorf
        Tel. 02581 6344-120
        """)
    when = "2026-11-19 11:30:46"
    return message([
        rcv("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", when, BER, "4CYg6p0RdNz2"),
        ("MIME-Version", "1.0"),
        ("From", addr("Jonas Terbrack", "jonas.terbrack@lindenhof-foods.de")),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAH3kT0w9vQ2Zx7mB1pLr5yN8eJ4c@mail.gmail.com>"),
        ("Subject", enc("Ihre Bewerbung – Terminvorschlag Fachgespräch")),
        ("To", JANA_TO),
    ], alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(n(32), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"), ("Mon", "2026-10-19")),
      note="A friend forwards HER OWN interview confirmation (Mittwoch, 21.10.2026, 14:00 Uhr in Rheine) asking "
           "for tips: a real confirmed interview, but not the inbox owner's")
def n32() -> bytes:
    body = t("""
        Hey Jana,

        guck mal, ich hab's auch geschafft!!! Mittwoch 14 Uhr in Rheine. Du hattest doch mal mit denen zu tun
        wegen der Biogas-Zahlen - hast du Tipps, worauf die Wert legen? Drück mir die Daumen 🤞

        Lea

        ---------- Forwarded message ---------
        Von: Carsten Wewers <c.wewers@emsauen-bioenergie.de>
        Date: Mo., 19. Okt. 2026 um 15:12 Uhr
        Subject: Bestätigung Ihres Vorstellungsgesprächs
        To: Lea Rottmann <lea.rottmann@example.net>


        Sehr geehrte Frau Rottmann,

        hiermit bestätigen wir Ihnen Ihren Termin zum Vorstellungsgespräch für die Position Controllerin
        (m/w/d) am Mittwoch, 21.10.2026, um 14:00 Uhr bei uns in Rheine, Emsauenweg 2.

        Mit freundlichen Grüßen
        Carsten Wewers
        Kaufmännische Leitung
        Emsauen Bioenergie GmbH & Co. KG
        """)
    when = "2026-10-19 20:47:15"
    return message([
        rcv("mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])", when, BER, "4CDs2f5VhXz6"),
        ("MIME-Version", "1.0"),
        ("From", addr("Lea Rottmann", "lea.rottmann@example.net")),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAK9xQp1vB7mW3nZ0e@mail.gmail.com>"),
        ("Subject", enc("Fwd: Bestätigung Ihres Vorstellungsgesprächs")),
        ("To", JANA_TO),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")), mime_version=False)


@mail(n(33), family="rejection", lang="de", interview=False, company="Hasetal Logistik GmbH",
      days=(("Thu", "2026-09-24"),),
      note="softgarden rejection after the interview of 24.09. (another mail in this set); mentions the past "
           "interview only")
def n33() -> bytes:
    body = t("""
        Guten Tag Frau Hölscher,

        nochmals vielen Dank für Ihr Interesse an der Hasetal Logistik GmbH und für das angenehme Gespräch
        am Donnerstag, 24.09.2026, bei uns in Osnabrück.

        Nach sorgfältiger Abwägung haben wir uns entschieden, die Position Referent (m/w/d) Nachhaltigkeit &
        CSRD-Reporting mit einer Kandidatin zu besetzen, deren Erfahrung im Bereich Transport-Emissionen noch
        etwas besser zu unseren aktuellen Schwerpunkten passt. Diese Entscheidung ist uns nicht leichtgefallen.

        Gern würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten; Ihre
        Einwilligung können Sie jederzeit in Ihrem Bewerberkonto widerrufen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Freundliche Grüße
        Lars Brinkhege
        Personal, Hasetal Logistik GmbH

        Powered by softgarden
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\"><p>" + body.replace("&", "&amp;").replace(
        "\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n"
    when = "2026-10-02 10:15:44"
    return message([
        rcv("mo1.softgarden.io (mo1.softgarden.io [46.243.101.17])", when, BER, "4C3k8f2PwDz5"),
        ("Date", date(when, BER)),
        ("From", addr("Hasetal Logistik GmbH", "noreply@softgarden.io")),
        ("To", JANA_TO),
        ("Subject", enc("Ihre Bewerbung bei der Hasetal Logistik GmbH")),
        ("Message-ID", "<1547780221.91877.1790936144021@app-11.softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(page)))


@mail(n(34), family="offer", lang="en", interview=False, company="Ledgerleaf",
      days=(("Fri", "2026-10-30"),),
      note="Offer after the interviews (deadline Friday 30 October, an optional call 'at a time that suits'); "
           "no interview is confirmed")
def n34() -> bytes:
    body = t("""
        Hi Jana,

        I'm delighted to let you know that we'd like to offer you the role of Senior ESG Data Analyst at
        Ledgerleaf! Hannah and the team were really impressed in your interviews, particularly by the way
        you walked through the double materiality assessment.

        Please find the offer letter and the contract draft attached in our e-signature portal:
        https://ledgerleaf.docusign.example/offer/55120914

        Headline terms: GBP 62,000 base (or the EUR equivalent under an EU employer-of-record contract),
        fully remote with quarterly on-sites in London, 27 days' holiday plus bank holidays.

        We'd be grateful for your decision by Friday, 30 October. If it would help to talk anything through
        with Hannah before then, just let me know a time that suits and I'll set something up.

        Congratulations again!

        Best,
        Owen Pryce
        Talent Partner, Ledgerleaf
        """)
    when = "2026-10-21 16:02:19"
    zone = "Europe/London"
    return message([
        rcv("mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])", when, zone, "4CFq0h7LrPz3"),
        ("MIME-Version", "1.0"),
        ("From", addr("Owen Pryce", "owen.pryce@ledgerleaf.co.uk")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAN5wE8vQ1kR0pT2x@mail.gmail.com>"),
        ("Subject", "Offer - Senior ESG Data Analyst at Ledgerleaf"),
        ("To", JANA_TO),
    ], alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(n(35), family="application_ack", lang="en", interview=False, company="Northbeam Grid Services GmbH",
      note="SmartRecruiters application receipt in English; 'we will contact you to schedule an interview' is "
           "conditional, nothing fixed")
def n35() -> bytes:
    body = t("""
        Dear Jana,

        Thank you for applying for the position of Sustainability Reporting Manager (f/m/d) - Düsseldorf at
        Northbeam Grid Services.

        We have received your application and our recruiting team is currently reviewing it. If your profile
        matches the requirements of the role, we will contact you to schedule a first interview. Due to the
        high number of applications, this may take up to three weeks.

        You can check the status of your application at any time in your candidate profile.

        Kind regards,
        Northbeam Grid Services - Talent Acquisition

        This email was sent by SmartRecruiters on behalf of Northbeam Grid Services GmbH.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;background:#f5f5f5">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/northbeam.png" alt="Northbeam Grid Services" height="40">
        <p>Dear Jana,</p>
        <p>Thank you for applying for the position of <b>Sustainability Reporting Manager (f/m/d) - Düsseldorf</b> at
        Northbeam Grid Services.</p>
        <p>We have received your application and our recruiting team is currently reviewing it. If your profile
        matches the requirements of the role, we will contact you to schedule a first interview. Due to the
        high number of applications, this may take up to three weeks.</p>
        <p><a href="https://my.smartrecruiters.com/candidate/applications">Check your application status</a></p>
        <p>Kind regards,<br>Northbeam Grid Services - Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This email was sent by SmartRecruiters on behalf of Northbeam Grid Services GmbH.</p>
        </div></body></html>
        """)
    when = "2026-09-09 22:14:37"
    return message([
        rcv("mail187-12.suw21.mandrillapp.com (mail187-12.suw21.mandrillapp.com [198.2.187.12])", when, BER,
            "4BQt1n5YxMz8"),
        ("Date", date(when, BER)),
        ("From", addr("Northbeam Grid Services", "noreply@smartrecruiters.com")),
        ("To", JANA_TO),
        ("Subject", "Thank you for your application - Sustainability Reporting Manager (f/m/d)"),
        ("Message-ID", "<20260909201437.5b1e9f2a@smartrecruiters.com>"),
        ("X-SR-Company", "NorthbeamGridServices"),
    ], alt(text(body), html(page)))


@mail(n(36), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board digest; badges like 'Vorstellungsgespräche ab KW 43' and 'Interview innerhalb von 7 Tagen' "
           "confirm nothing")
def n36() -> bytes:
    body = t("""
        Hallo Jana,

        12 neue Jobs passen zu deinem Suchauftrag "Nachhaltigkeit" in Münster + 50 km:

        Referent*in CSRD-Berichterstattung - Stadtwerke Hamm-Lippe GmbH, Hamm
          Vollzeit · ab 52.000 € · Vorstellungsgespräche ab KW 43
        ESG Analyst (m/w/d) - Brinker & Söhne Privatbank, Münster
          Teilzeit möglich · Schnellbewerbung - Interview innerhalb von 7 Tagen
        Sustainability Manager - Emsflor Gartenbau AG, Greven
          Hybrid · neu seit heute
        Werkstudent*in Nachhaltigkeitsreporting - Kalkwerk Beckum AG, Beckum
          20 Std./Woche

        ... und 8 weitere Jobs: https://greenjobs-radar.de/suche/8821?utm_source=alert

        Tipp der Woche: So beantwortest du die Frage nach deinen Gehaltsvorstellungen im Vorstellungsgespräch.

        Du erhältst diese E-Mail, weil du einen Suchauftrag bei GreenJobs Radar angelegt hast.
        Abmelden: https://greenjobs-radar.de/alerts/unsubscribe?u=55120914
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#eef5ee">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:20px">
        <h2 style="color:#2e7d32">12 neue Jobs für "Nachhaltigkeit"</h2><p>Münster + 50 km</p>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Referent*in CSRD-Berichterstattung</b><br>Stadtwerke Hamm-Lippe GmbH, Hamm<br>
        <span style="background:#e8f5e9;padding:2px 6px">Vorstellungsgespräche ab KW 43</span></div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>ESG Analyst (m/w/d)</b><br>Brinker &amp; Söhne Privatbank, Münster<br>
        <span style="background:#fff3e0;padding:2px 6px">Schnellbewerbung - Interview innerhalb von 7 Tagen</span></div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Sustainability Manager</b><br>Emsflor Gartenbau AG, Greven<br>Hybrid · neu seit heute</div>
        <div style="padding:8px 0"><b>Werkstudent*in Nachhaltigkeitsreporting</b><br>Kalkwerk Beckum AG, Beckum<br>20 Std./Woche</div>
        <p><a href="https://greenjobs-radar.de/suche/8821?utm_source=alert">Alle 12 Jobs ansehen</a></p>
        <p style="font-size:11px;color:#888">Du erhältst diese E-Mail, weil du einen Suchauftrag bei GreenJobs Radar angelegt hast.
        <a href="https://greenjobs-radar.de/alerts/unsubscribe?u=55120914">Abmelden</a></p>
        </div></body></html>
        """)
    when = "2026-10-12 06:00:12"
    return message([
        rcv("mta-201.greenjobs-radar.de (mta-201.greenjobs-radar.de [185.12.44.201])", when, BER, "4C8Y3r9BtFz7"),
        ("Date", date(when, BER)),
        ("From", addr("GreenJobs Radar", "alerts@greenjobs-radar.de")),
        ("To", JANA),
        ("Subject", enc("12 neue Jobs: Nachhaltigkeit in Münster + 50 km")),
        ("Message-ID", "<alert.8821.20261012040012@greenjobs-radar.de>"),
        ("List-Unsubscribe", "<https://greenjobs-radar.de/alerts/unsubscribe?u=55120914>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(n(37), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Career newsletter/blog about video interviews, with a live Q&A 'Donnerstag, 22.10., 18 Uhr'; "
           "confirms nothing for the reader")
def n37() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"><title>Karriereblick</title></head>
        <body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:640px;margin:0 auto">
        <p style="font-family:Arial;font-size:12px;color:#888">Karriereblick · Ausgabe 41/2026</p>
        <h1>Vorstellungsgespräch per Video: 7 Fehler, die Sie vermeiden sollten</h1>
        <p>Das Interview ist bestätigt, der Link ist da - und dann friert das Bild ein. Damit Ihnen das nicht
        passiert, haben wir mit drei Personalerinnen aus NRW gesprochen.</p>
        <ol>
        <li><b>Technik erst fünf Minuten vorher testen.</b> Machen Sie den Test am Vortag zur gleichen Uhrzeit.</li>
        <li><b>Zeitzone nicht prüfen.</b> Gerade bei internationalen Arbeitgebern: Steht im Kalender 10:00 EST, ist das bei uns 16:00 Uhr.</li>
        <li><b>Keine Rückfrage stellen.</b> Am Ende des Gesprächs zeigen gute Fragen Interesse.</li>
        </ol>
        <p><a href="https://karriereblick.de/blog/video-interview-fehler">Weiterlesen auf dem Blog</a></p>
        <h2>Live-Q&amp;A: Ihre Fragen zum Vorstellungsgespräch</h2>
        <p>Am <b>Donnerstag, 22.10., um 18 Uhr</b> beantwortet Recruiterin Sandra Ortmann live Ihre Fragen.
        <a href="https://karriereblick.de/live">Jetzt kostenlos anmelden</a></p>
        <p style="font-family:Arial;font-size:11px;color:#999">Sie erhalten diesen Newsletter, weil Sie sich auf karriereblick.de angemeldet haben.
        <a href="https://karriereblick.de/newsletter/abmelden?id=c0ffee42">Abmelden</a> · Impressum: Karriereblick Medien GmbH, Köln</p>
        </body></html>
        """)
    when = "2026-10-20 07:30:00"
    return message([
        rcv("mail12.mailjet.com (mail12.mailjet.com [87.253.232.12])", when, BER, "4CF1r2yQwVz1"),
        ("Date", date(when, BER)),
        ("From", addr("Karriereblick", "newsletter@karriereblick.de")),
        ("To", JANA),
        ("Subject", enc("Vorstellungsgespräch per Video: 7 Fehler – und unser Live-Q&A am Donnerstag")),
        ("Message-ID", "<41.2026.c0ffee42@mj.karriereblick.de>"),
        ("List-Unsubscribe", "<https://karriereblick.de/newsletter/abmelden?id=c0ffee42>"),
        ("List-Id", "Karriereblick Newsletter <newsletter.karriereblick.de>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(38), family="scheduling_link", lang="en", interview=False, company="Sunvale Analytics",
      note="GoodTime availability request for the final round ('select all times that work' between Nov 30 and "
           "Dec 4): no time fixed yet (the confirmed itinerary is another mail in this set)")
def n38() -> bytes:
    body = t("""
        Hi Jana,

        Great news - the team would like to invite you to the final round for Senior Sustainability Data
        Analyst! The final round consists of three back-to-back video sessions (about 2.5 hours in total).

        Please share your availability using the link below. Select all times that work for you between
        Monday, November 30 and Friday, December 4 (times are shown in your local time zone):

        https://app.goodtime.io/availability/9f3e1c27-sunvale

        Once we've lined up the interviewers, you'll receive a confirmation with your itinerary.

        Best regards,
        Priya Nandakumar
        Recruiting Coordinator, Sunvale Analytics

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Jana,</p>
        <p>Great news - the team would like to invite you to the final round for <b>Senior Sustainability Data
        Analyst</b>! The final round consists of three back-to-back video sessions (about 2.5 hours in total).</p>
        <p>Please share your availability using the link below. Select all times that work for you between
        Monday, November 30 and Friday, December 4 (times are shown in your local time zone):</p>
        <p><a href="https://app.goodtime.io/availability/9f3e1c27-sunvale" style="background:#4f46e5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Share availability</a></p>
        <p>Once we've lined up the interviewers, you'll receive a confirmation with your itinerary.</p>
        <p>Best regards,<br>Priya Nandakumar<br>Recruiting Coordinator, Sunvale Analytics</p>
        <p style="font-size:11px;color:#9aa0a6">Powered by GoodTime</p>
        </body></html>
        """)
    when = "2026-11-18 14:11:06"
    zone = "UTC"
    return message([
        rcv("mail.goodtime.io (mail.goodtime.io [34.212.80.37])", when, zone, "4CXw2c8MpTz6"),
        ("Date", date(when, zone)),
        ("From", addr("Sunvale Analytics", "no-reply@goodtime.io")),
        ("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@sunvale.io")),
        ("To", JANA),
        ("Subject", "Sunvale Analytics: please share your availability for the final round"),
        ("Message-ID", "<availability.9f3e1c27-5d0b-4c6e-a1f2-83e7b4d90c15@goodtime.io>"),
    ], alt(text(body), html(page)))


@mail(n(39), family="recruiter_outreach", lang="de", interview=False, company="Westfalen Personal Partner GmbH",
      note="Agency outreach asking for two or three time windows for a phone call; nothing fixed")
def n39() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        ich bin über Ihr Profil auf einem Karrierenetzwerk auf Sie aufmerksam geworden. Für einen unserer
        Mandanten, einen familiengeführten Maschinenbauer im Raum Osnabrück, suchen wir eine*n Head of
        Sustainability Reporting (m/w/d) - die Position ist neu geschaffen und direkt an die Geschäftsführung
        angebunden.

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, vertrauliches Telefonat? Nennen Sie mir gern zwei,
        drei Zeitfenster, die Ihnen passen - gern auch abends nach 18 Uhr.

        Mit besten Grüßen
        Dirk Stallmeyer
        Senior Consultant
        Westfalen Personal Partner GmbH
        Prinzipalmarkt 9 · 48143 Münster · +49 251 4808-35
        """)
    when = "2026-09-22 08:47:29"
    return message([
        rcv("mail.westfalen-personal.de (mail.westfalen-personal.de [81.169.145.95])", when, BER, "4BTn5f1HqZz2"),
        ("From", addr("Dirk Stallmeyer", "d.stallmeyer@westfalen-personal.de")),
        ("To", JANA_TO),
        ("Subject", "Vertrauliche Anfrage: Head of Sustainability Reporting (m/w/d), Raum Osnabrueck"),
        ("Date", date(when, BER)),
        ("Message-ID", "<000601dd4a3b$9f2e1c80$dd8a5580$@westfalen-personal.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ], alt(text(body, charset="windows-1252"), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace(
        "\n", " ") + "</p></body></html>\n", charset="windows-1252")))


@mail(n(40), family="medical_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Doctor's practice booking confirmation (Do., 08.10.2026, 08:15 Uhr) with ICS; not an interview")
def n40() -> bytes:
    body = t("""
        Guten Tag Frau Hölscher,

        Ihr Termin wurde erfolgreich gebucht.

        Praxis:     Hausarztpraxis Dr. med. Sabine Rohling
        Termin:     Donnerstag, 08.10.2026, 08:15 Uhr
        Anlass:     Check-up 35 (Gesundheitsuntersuchung)
        Adresse:    Hammer Straße 104, 48153 Münster

        Bitte kommen Sie nüchtern und bringen Sie Ihre Versichertenkarte mit. Sollten Sie den Termin nicht
        wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden vorher über den Link unten ab.

        Termin absagen: https://praxisplaner.de/t/3c81f0/absagen

        Ihr Praxisplaner-Team
        """)
    ics = vcal("-//Praxisplaner//Termin//DE", "PUBLISH", """
BEGIN:VEVENT
UID:pp-3c81f0-20261008@praxisplaner.de
DTSTAMP:20261001T103317Z
DTSTART:20261008T061500Z
DTEND:20261008T064500Z
SUMMARY:Arzttermin Dr. Rohling (Check-up)
LOCATION:Hammer Straße 104\\, 48153 Münster
END:VEVENT
""")
    when = "2026-10-01 12:33:17"
    return message([
        rcv("out-3.praxisplaner.de (out-3.praxisplaner.de [91.216.248.3])", when, BER, "4C2Q7t4GmHz8"),
        ("Date", date(when, BER)),
        ("From", addr("Praxisplaner", "noreply@praxisplaner.de")),
        ("To", JANA_TO),
        ("Subject", enc("Terminbestätigung: Do., 08.10.2026, 08:15 Uhr – Dr. med. Sabine Rohling")),
        ("Message-ID", "<pp.3c81f0.1790850797@praxisplaner.de>"),
    ], mixed(text(body, cte="base64"),
             calendar(ics, method=None, filename="termin.ics", disposition="attachment", cte="base64")))


@mail(n(41), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="School platform confirms a parent-teacher slot (Elternsprechtag, Mi., 11.11.2026, 16:40-16:50); "
           "not an interview")
def n41() -> bytes:
    body = t("""
        Liebe Eltern,

        Ihre Buchung für den Elternsprechtag wurde bestätigt:

        Lehrkraft:  Frau Tiemann (Klassenleitung 2b)
        Kind:       Paul Hölscher
        Termin:     Mittwoch, 11.11.2026, 16:40 - 16:50 Uhr
        Raum:       Klassenraum 2b, Erdgeschoss

        Bitte seien Sie pünktlich, da die Gespräche eng getaktet sind. Falls Sie verhindert sind, geben Sie
        den Termin bitte im Portal wieder frei.

        Viele Grüße
        Grundschule am Kinderbach, Münster

        (automatische Nachricht aus dem Schulportal - bitte nicht antworten)
        """)
    when = "2026-11-03 19:05:51"
    return message([
        rcv("mail.schulportal-nrw.example.net (mail.schulportal-nrw.example.net [192.0.2.44])", when, BER,
            "4CRm1b5XcKz4"),
        ("Date", date(when, BER)),
        ("From", addr("Schulportal – Grundschule am Kinderbach", "noreply@schulportal-nrw.example.net")),
        ("To", JANA),
        ("Subject", enc("Elternsprechtag: Ihr Termin bei Frau Tiemann")),
        ("Message-ID", "<esp.2b.1794247551.118@schulportal-nrw.example.net>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="8bit"))


@mail(n(42), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Recurring weekly team stand-up at Jana's current employer (Outlook, W. Europe Standard Time, RRULE "
           "Mondays 09:00-09:15 from 14.09.), reaching the private inbox through a forward; not an interview")
def n42() -> bytes:
    body = t("""
        Hallo zusammen,

        ab Montag, 14.09., machen wir unseren Jour fixe zum Nachhaltigkeitsbericht 2026 als kurzes Stand-up:
        jeden Montag 09:00 - 09:15 Uhr, im Besprechungsraum "Kornkammer" oder per Teams. Bitte vorher kurz
        den Status in der Tabelle aktualisieren.

        Danke & Gruß
        Ralf

        Ralf Tenhagen
        Leitung Nachhaltigkeit & Qualitätsmanagement
        Westmünster Agrar eG · Industrieweg 20 · 48268 Greven
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ["W. Europe Standard Time"], """
BEGIN:VEVENT
ORGANIZER;CN="Tenhagen, Ralf":mailto:R.Tenhagen@westmuenster-agrar.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hölscher, Jana":mailto:J.Hoelscher@westmuenster-agrar.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bußmann, Lena":mailto:L.Bussmann@westmuenster-agrar.de
RRULE:FREQ=WEEKLY;UNTIL=20261221T080000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000E0B8D94F2A3EDD01000000000000000010000000B5A4C3D2E1F00918273645546372819A
SUMMARY;LANGUAGE=de-DE:Stand-up Nachhaltigkeitsbericht 2026
DTSTART;TZID=W. Europe Standard Time:20260914T090000
DTEND;TZID=W. Europe Standard Time:20260914T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260907T071144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BR Kornkammer / Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
""")
    when = "2026-09-07 09:11:44"
    return message([
        rcv("mx.westmuenster-agrar.de (mx.westmuenster-agrar.de [195.37.12.60])", when, BER, "4BPw0f3VhRz5", 9),
        ("X-Forwarded-To", JANA),
        ("X-Forwarded-For", "J.Hoelscher@westmuenster-agrar.de jana.hoelscher@example.org"),
        ("From", addr("Tenhagen, Ralf", "R.Tenhagen@westmuenster-agrar.de")),
        ("To", addr("Hölscher, Jana", "J.Hoelscher@westmuenster-agrar.de") + ", "
         + addr("Bußmann, Lena", "L.Bussmann@westmuenster-agrar.de")),
        ("Subject", "Stand-up Nachhaltigkeitsbericht 2026"),
        ("Date", date(when, BER)),
        ("Message-ID", "<VI1PR09MB4127A3C8E0F15D2B9E4A7C1FD52B0@VI1PR09MB4127.eurprd09.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(43), family="interviewer_at_current_job", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="HR at Jana's current employer invites HER as interviewer for a working-student candidate (Do., "
           "05.11.2026, 10:00-11:00, Outlook ICS): a confirmed 'Vorstellungsgespräch', but Jana is not the "
           "candidate")
def n43() -> bytes:
    body = t("""
        Hallo Jana,

        kannst du bitte als Fachbereich beim Vorstellungsgespräch mit Herrn Finn Albers (Werkstudent*in
        Nachhaltigkeitsreporting) dabei sein? Termin: Donnerstag, 05.11.2026, 10:00 - 11:00 Uhr, BR Speicher.
        Lebenslauf und Anschreiben liegen im Bewerbermanagement; den Leitfaden schicke ich dir noch.

        Viele Grüße
        Sandra

        Sandra Niehaus
        Personal · Westmünster Agrar eG
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", VTZ["W. Europe Standard Time"], """
BEGIN:VEVENT
ORGANIZER;CN="Niehaus, Sandra":mailto:S.Niehaus@westmuenster-agrar.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hölscher, Jana":mailto:J.Hoelscher@westmuenster-agrar.de
UID:040000008200E00074C5B7101A82E008000000004F0C7A91B568DD0100000000000000001000000029C8B7A6D5E4F3021A2B3C4D5E6F7081
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Finn Albers (Werkstudent*in Nachhaltigkeitsreporting)
DTSTART;TZID=W. Europe Standard Time:20261105T100000
DTEND;TZID=W. Europe Standard Time:20261105T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T090512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BR Speicher
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
""")
    when = "2026-10-30 10:05:12"
    return message([
        rcv("mx.westmuenster-agrar.de (mx.westmuenster-agrar.de [195.37.12.60])", when, BER, "4CNd7k2TwFz3", 8),
        ("X-Forwarded-To", JANA),
        ("X-Forwarded-For", "J.Hoelscher@westmuenster-agrar.de jana.hoelscher@example.org"),
        ("From", addr("Niehaus, Sandra", "S.Niehaus@westmuenster-agrar.de")),
        ("To", addr("Hölscher, Jana", "J.Hoelscher@westmuenster-agrar.de")),
        ("Subject", enc("Vorstellungsgespräch Finn Albers (Werkstudent*in Nachhaltigkeitsreporting)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<VI1PR09MB41279C2E1A0D84F7B3E5D6A0C71F2@VI1PR09MB4127.eurprd09.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(44), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Webinar registration confirmation ('Double materiality in practice', Thursday 24 September 2026, "
           "16:00-17:00 CEST) with ICS; not an interview")
def n44() -> bytes:
    body = t("""
        Hi Jana,

        You're registered! Here are the details of your live session:

        Double materiality in practice: from IRO list to ESRS disclosures
        Thursday, 24 September 2026, 16:00 - 17:00 CEST
        Speakers: Dr. Maren Ottersbach, Luuk van Dijk

        Join link: https://events.esg-academy.example.com/w/dm-practice?tk=5512
        Add to calendar: the .ics file is attached.

        Can't make it? Register anyway - we'll send you the recording.

        ESG Academy Europe
        Unsubscribe: https://esg-academy.example.com/unsubscribe?u=5512
        """)
    ics = vcal("-//ESG Academy Europe//Webinars//EN", "PUBLISH", """
BEGIN:VEVENT
UID:webinar-dm-practice-20260924@esg-academy.example.com
DTSTAMP:20260917T123055Z
DTSTART:20260924T140000Z
DTEND:20260924T150000Z
SUMMARY:Webinar: Double materiality in practice
LOCATION:https://events.esg-academy.example.com/w/dm-practice?tk=5512
END:VEVENT
""")
    when = "2026-09-17 14:30:55"
    return message([
        rcv("o7.ptr5521.esg-academy.example.com (o7.ptr5521.esg-academy.example.com [149.72.33.7])", when, BER,
            "4BKr2x7NfQz1"),
        ("Date", date(when, BER)),
        ("From", addr("ESG Academy Europe", "events@esg-academy.example.com")),
        ("To", JANA),
        ("Subject", "You're registered: Double materiality in practice (24 Sep, 16:00 CEST)"),
        ("Message-ID", "<reg.dm-practice.5512@esg-academy.example.com>"),
        ("List-Unsubscribe", "<https://esg-academy.example.com/unsubscribe?u=5512>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method=None, filename="webinar.ics", disposition="attachment", cte="base64")))


@mail(n(45), family="podcast", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast host confirms the recording of an interview with Jana as guest (Dienstag, 10.11., 17 Uhr, "
           "etwa eine Stunde); a fixed 'Interview', but not a job interview")
def n45() -> bytes:
    body = t("""
        Moin Jana,

        super, dass es klappt! Dann nehmen wir am Dienstag, 10.11., um 17 Uhr auf. Wir machen das remote über
        Riverside, den Link schick ich dir am Montag. Plan mal so eine Stunde ein, das eigentliche Interview
        dauert 40-45 Minuten, vorher machen wir kurz einen Soundcheck.

        Themen wie besprochen: Wie fühlt sich der erste CSRD-Bericht aus Sicht der Praxis an, was lief
        schief, was würdest du anderen Mittelständlern raten. Gern ein gutes Headset nutzen, kein
        Laptop-Mikro :)

        Bis Dienstag!
        Malte

        --
        Grün gerechnet - der Podcast über Nachhaltigkeit in Zahlen
        https://gruen-gerechnet.example.com
        """)
    when = "2026-11-03 13:18:27"
    return message([
        rcv("mail-ot1-f49.google.com (mail-ot1-f49.google.com [209.85.210.49])", when, BER, "4CRb6d9LqNz2"),
        ("MIME-Version", "1.0"),
        ("From", addr("Malte Iking", "malte@gruen-gerechnet.example.com")),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAPx3mLk0w7Tq9cV2b@mail.gmail.com>"),
        ("Subject", enc("Re: Interview für \"Grün gerechnet\"")),
        ("To", JANA_TO),
    ], alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(n(46), family="auto_reply", lang="de", interview=False, company="Kranz & Vogt Nachhaltigkeitsberatung",
      note="Out-of-office reply (Auto-Submitted: auto-replied) from the consultancy contact, answering Jana's "
           "thank-you mail after the call; mentions an absence until 20.11., nothing is scheduled")
def n46() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 20.11.2026, im Urlaub und lese
        meine E-Mails nur unregelmäßig. Ab Montag, 23.11., bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an unser Büro unter office@kranz-vogt.de oder
        0221 8837 410.

        Thank you for your message. I am on leave until Friday, 20 November 2026, and will reply after my return.

        Moritz Vogt
        Kranz & Vogt Nachhaltigkeitsberatung · Köln
        """)
    when = "2026-11-13 15:40:12"
    return message([
        rcv("EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2120.outbound.protection.outlook.com "
            "[40.107.22.120])", when, BER, "4CVr3g1ZtXz9"),
        ("From", addr("Moritz Vogt", "moritz.vogt@kranz-vogt.de")),
        ("To", JANA_TO),
        ("Subject", enc("Automatische Antwort: Danke für das Gespräch heute")),
        ("Thread-Topic", enc("Danke für das Gespräch heute")),
        ("Date", date(when, BER)),
        ("Message-ID", "<AM0PR07MB6291E4B3D2C1A0F98E7D6C5B4A392@AM0PR07MB6291.eurprd07.prod.outlook.com>"),
        ("In-Reply-To", "<CAJh7Lq5xR2tY9@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "moritz.vogt@kranz-vogt.de"),
        ("Content-Language", "de-DE"),
    ], text(body))


@mail(n(47), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Delivery failure (multipart/report) for Jana's own reply confirming 'Dienstag, 15.09.2026, um 14 Uhr' "
           "to a mistyped recruiter address; the returned message is the candidate's own text, nothing is "
           "confirmed to her")
def n47() -> bytes:
    report = t("""
        This is the mail system at host mx01.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <m.tenbrinck@aawerk-energie.de>: host mx1.aawerk-energie.de[85.214.132.7] said:
            550 5.1.1 <m.tenbrinck@aawerk-energie.de>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.mail.example.org
        X-Postfix-Queue-ID: 4BQb3Q1rTnz5
        X-Postfix-Sender: rfc822; jana.hoelscher@example.org
        Arrival-Date: Wed,  9 Sep 2026 08:03:11 +0200 (CEST)

        Final-Recipient: rfc822; m.tenbrinck@aawerk-energie.de
        Original-Recipient: rfc822;m.tenbrinck@aawerk-energie.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.aawerk-energie.de
        Diagnostic-Code: smtp; 550 5.1.1 <m.tenbrinck@aawerk-energie.de>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    mine = t("""
        Sehr geehrte Frau Tenbrink,

        vielen Dank für die Einladung! Hiermit bestätige ich gern den Termin am Dienstag, 15.09.2026, um
        14 Uhr bei Ihnen in Münster. Ich freue mich auf das Gespräch.

        Mit freundlichen Grüßen
        Jana Hölscher
        """)
    orig_when = "2026-09-09 08:03:09"
    orig = message([
        ("Date", date(orig_when, BER)),
        ("From", addr("Jana Hölscher", JANA)),
        ("To", "m.tenbrinck@aawerk-energie.de"),
        ("Subject", enc("Re: Einladung zum Vorstellungsgespräch – Analyst*in Nachhaltigkeitsberichterstattung")),
        ("Message-ID", "<e7c0a2b9-1d44-4f8e-9a63-5b2f0c8d1e70@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(mine, cte="8bit"))
    when = "2026-09-09 08:03:14"
    return message([
        ("Return-Path", "<>"),
        ("Date", date(when, BER)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx01.mail.example.org")),
        ("To", JANA),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Message-ID", "<20260909060314.7A2F11C04B@mx01.mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(report, charset="us-ascii", cte="7bit",
                                extra=(("Content-Description", "Notification"),)),
                 raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                          status),
                 attached_message(orig),
                 params="report-type=delivery-status"))


@mail(n(48), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Bank advisor confirms a mortgage consultation (Do., 26.11.2026, 17:30 Uhr); 'Beratungsgespräch' with "
           "a fixed time, not a job interview; text only, base64")
def n48() -> bytes:
    body = t("""
        Sehr geehrte Frau Hölscher,

        vielen Dank für Ihre Terminanfrage. Gern bestätige ich Ihnen unser Beratungsgespräch zur
        Baufinanzierung:

        Donnerstag, 26.11.2026, 17:30 Uhr
        Aaseebank eG, Filiale Kreuzviertel, Nordstraße 23, 48149 Münster

        Damit wir die Zeit gut nutzen können, bringen Sie bitte Ihre letzten drei Gehaltsabrechnungen, die
        Eigenkapitalnachweise und - falls vorhanden - das Exposé der Wohnung mit. Wenn sich Ihre berufliche
        Situation bis dahin ändert (Sie erwähnten einen möglichen Arbeitgeberwechsel), sprechen wir das gern
        offen an.

        Mit freundlichen Grüßen
        Tobias Lohmann
        Baufinanzierungsberater
        Aaseebank eG
        """)
    when = "2026-11-20 11:48:30"
    return message([
        rcv("mail.aaseebank.de (mail.aaseebank.de [62.154.210.5])", when, BER, "4CZ0m8QwDsz7"),
        ("Date", date(when, BER)),
        ("From", addr("Lohmann, Tobias", "tobias.lohmann@aaseebank.de")),
        ("To", JANA_TO),
        ("Subject", enc("Ihr Beratungstermin Baufinanzierung am 26.11.2026")),
        ("Message-ID", "<OF5B2C1A07.3E4D5F60-ONC1258C41.0041F2A8@aaseebank.de>"),
        ("X-Mailer", "HCL Notes Release 12.0.2 FP3"),
    ], text(body, cte="base64"))


@mail(n(49), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Regional ESG network mailing-list post: next meetup Do., 03.12., 19 Uhr, a job corner and an offer "
           "to practise interview questions; no interview confirmed")
def n49() -> bytes:
    body = t("""
        Hallo in die Runde,

        kurz zwei Dinge vor dem Jahresende:

        1) Stammtisch im Dezember: Donnerstag, 03.12., ab 19 Uhr in der Hafenkneipe "Speicher 10"
           (Hafenweg 10). Diesmal mit Glühwein und kurzem Input von Henrik zu VSME für Kleinunternehmen.

        2) Job-Ecke: Bei uns gehen gerade einige Stellen rum (Stadtwerke, zwei Beratungen, ein Lebensmittel-
           hersteller im Kreis Warendorf). Wer gerade in Vorstellungsgesprächen steckt: Birte hat angeboten,
           nach dem Stammtisch mit euch typische Fachfragen zu ESRS durchzugehen - einfach ansprechen.

        Bis dann!
        Swantje

        --
        esg-muensterland mailing list
        esg-muensterland@lists.example.org
        https://lists.example.org/mailman/listinfo/esg-muensterland
        """)
    when = "2026-11-27 18:22:04"
    return message([
        rcv("lists.example.org (lists.example.org [192.0.2.25])", when, BER, "4CcQ5j2HxRz8"),
        ("Date", date(when, BER)),
        ("From", addr("Swantje Rolf", "swantje.rolf@example.com")),
        ("To", "esg-muensterland@lists.example.org"),
        ("Subject", "[esg-ms] Stammtisch Dezember + Job-Ecke"),
        ("Message-ID", "<8f1c2a9e-4b7d-4e03-a6c5-1d2e3f4a5b6c@example.com>"),
        ("List-Id", "ESG-Netzwerk Muensterland <esg-muensterland.lists.example.org>"),
        ("List-Post", "<mailto:esg-muensterland@lists.example.org>"),
        ("List-Unsubscribe", "<https://lists.example.org/mailman/options/esg-muensterland>, "
                             "<mailto:esg-muensterland-request@lists.example.org?subject=unsubscribe>"),
        ("Precedence", "list"),
        ("Sender", addr(None, "esg-muensterland-bounces@lists.example.org")),
    ], text(body, cte="8bit"))


@mail(n(50), family="post_interview", lang="de", interview=False, company="Aawerk Energie GmbH",
      note="Thank-you note the day after the interview ('das angenehme Gespräch gestern'), decision promised "
           "'bis Ende nächster Woche'; nothing scheduled")
def n50() -> bytes:
    body = t("""
        Liebe Frau Hölscher,

        vielen Dank für das angenehme Gespräch gestern und Ihre ausführlichen Einblicke in Ihre bisherige
        Arbeit am Nachhaltigkeitsbericht. Herr Dr. Schmedding und ich waren sehr angetan.

        Wir führen in dieser Woche noch zwei weitere Gespräche und melden uns bis Ende nächster Woche mit
        einer Rückmeldung bei Ihnen. Falls Sie bis dahin Fragen haben, rufen Sie mich gern an.

        Herzliche Grüße
        Miriam Tenbrink
        HR Business Partnerin
        Aawerk Energie GmbH | Albersloher Weg 112 | 48155 Münster
        T +49 251 9187-214
        """)
    when = "2026-09-16 09:20:55"
    return message([
        rcv("mail.aawerk-energie.de (mail.aawerk-energie.de [85.214.132.7])", when, BER, "4BJ2k0YvNqz6"),
        ("From", addr("Miriam Tenbrink", "miriam.tenbrink@aawerk-energie.de")),
        ("To", JANA_TO),
        ("Subject", enc("Unser Gespräch gestern")),
        ("Date", date(when, BER)),
        ("Message-ID", "<1d2c3b4a-5e6f-4071-8293-a4b5c6d7e8f9@aawerk-energie.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body))
