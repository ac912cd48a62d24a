"""blind24: 50 hand-written mails for a blind held-out set (a realistic inbox, Vienna).

Inbox owner: Theresa Wallner <theresa.wallner@example.org>, UX researcher / product designer living
in Vienna (Europe/Vienna), applying in Vienna, Graz, Linz, Berlin, Munich, Hamburg, Prague and
remotely for a London and a Barcelona company. Written without reading the detector, its tests or
any other held-out set; the MIME plumbing and the checks are make.py's, imported unchanged.

Build: python3 bench/heldout/make_blind.py blind24
"""

from __future__ import annotations

import base64
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
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind24"
ORDER = random.Random(24024).sample(range(1, 51), 50)
_next = iter(ORDER)


def nm() -> str:
    """Next file name: the writing order mapped through the fixed shuffle."""
    return f"{SET}_{next(_next):03d}"


ME = "theresa.wallner@example.org"
ME2 = "t.wallner.ux@example.com"  # her second (old) address
ME_TO = addr("Theresa Wallner", ME)
VIE = "Europe/Vienna"
BER = "Europe/Berlin"
LON = "Europe/London"
MAD = "Europe/Madrid"
PRG = "Europe/Prague"


def head(frm: str, subject: str, when: str, zone: str, mid: str, to: str = ME_TO,
         extra: list[tuple[str, str]] | None = None, charset: str = "utf-8",
         relay: str | None = None) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if relay:
        hs.append(("Received", received(relay, when, zone, "mx01.example.org (Postfix) with ESMTPS id "
                                        + mid[:10].upper().replace(".", "X"), ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", f"<{mid}>")]
    hs += extra or []
    return hs


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def teams_de(mid: str, code: str) -> str:
    return t(f"""
        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil.
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
        Besprechungs-ID: {code}
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)


def teams_en(mid: str, code: str) -> str:
    return t(f"""
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
        Meeting ID: {code}
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)


def ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def exchange_ics(*, method: str, organizer: tuple[str, str], summary: str, start: str, end: str,
                 stamp: str, uid: str, location: str, description: str, lang: str = "de-AT",
                 seq: int = 0, status: str = "CONFIRMED", attendees: tuple[tuple[str, str], ...] = ()) -> str:
    """An Exchange meeting request/cancel with W. Europe Standard Time (start/end 'YYYYMMDDTHHMMSS')."""
    att = [("Theresa Wallner", ME), *attendees]
    att_lines = "\n".join(
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}" for n, a in att)
    busy = "FREE" if method == "CANCEL" else "TENTATIVE"
    prio = "1" if method == "CANCEL" else "5"
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
{att_lines}
DESCRIPTION;LANGUAGE={lang}:{ics_escape(description)}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:{prio}
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE={lang}:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2117839461
X-MICROSOFT-CDO-BUSYSTATUS:{busy}
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


def gcal_ics(*, method: str, organizer: tuple[str, str], summary: str, start_z: str, end_z: str,
             stamp: str, uid: str, description: str, location: str = "", seq: int = 0,
             status: str = "CONFIRMED", guests: tuple[tuple[str, str], ...] = ()) -> str:
    """Google Calendar invitation ICS: UTC times, no VTIMEZONE."""
    lines = []
    for n, a in ((organizer[0], organizer[1]), *guests):
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={n};X-NUM-GUESTS=0:mailto:{a}")
    ps = "NEEDS-ACTION" if method != "CANCEL" else "NEEDS-ACTION"
    lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}")
    att = "\n".join(lines)
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
BEGIN:VEVENT
DTSTART:{start_z}
DTEND:{end_z}
DTSTAMP:{stamp}
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
UID:{uid}
{att}
X-GOOGLE-CONFERENCE:https://meet.google.com/{uid[:3]}-{uid[3:7]}-{uid[7:10]}
CREATED:{stamp}
DESCRIPTION:{ics_escape(description)}
LAST-MODIFIED:{stamp}
LOCATION:{location}
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


def gcal_parts(plain: str, htm: str, ics: str, method: str) -> bytes:
    """Google Calendar's layout: mixed(alternative(plain, html, calendar), invite.ics)."""
    inner = alt(text(plain, cte="quoted-printable"), html(htm, cte="quoted-printable"),
                calendar(ics, method=method, cte="base64" if not ics.isascii() else "7bit"))
    fname = "invite.ics"
    return mixed(inner, calendar(ics, method=None, ctype="application/ics", filename=fname,
                                 disposition="attachment", cte="base64", name_param=True))


# =========================================================================== positives
# --------------------------------------------------------------------------- 1 Personio, Vienna


@mail(nm(), family="personio", lang="de", interview=True, kind="scheduled", company="Lichtwerk Energie GmbH",
      start=utc("2026-03-10 10:00", VIE), end=utc("2026-03-10 11:00", VIE),
      contact="katharina.berger@lichtwerk-energie.at", local="Tue 2026-03-10 10:00",
      local_end="2026-03-10 11:00", zone=VIE,
      note="Personio invitation from a no-reply sender; Reply-To recruiter; 10:00-11:00 Vienna in March = CET (UTC+1); ICS in UTC agrees")
def p_personio_vienna():
    plain = t("""
        Sehr geehrte Frau Wallner,

        vielen Dank für Ihr Interesse an der Position UX Researcher (m/w/d) bei der Lichtwerk Energie GmbH.

        Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:

        Datum: Dienstag, 10.03.2026
        Uhrzeit: 10:00 - 11:00 (Europe/Vienna)
        Ort: Lichtwerk Energie GmbH, Lassallestraße 9, 1020 Wien, 4. Stock (bitte beim Empfang melden)

        Ihre Gesprächspartner:innen:
        Katharina Berger (Talent Acquisition)
        DI Paul Wimmer (Head of Digital Products)

        Den Termin finden Sie auch als Kalendereintrag im Anhang. Sollte der Termin nicht passen,
        antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Katharina Berger
        Lichtwerk Energie GmbH

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td>
        <img src="https://lichtwerk-energie.jobs.personio.de/logo.png" alt="Lichtwerk Energie" height="40">
        <p>Sehr geehrte Frau Wallner,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>UX Researcher (m/w/d)</b> bei der Lichtwerk Energie GmbH.</p>
        <p>Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:</p>
        <table cellpadding="4" style="border-left:3px solid #ffb400">
        <tr><td><b>Datum</b></td><td>Dienstag, 10.03.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 - 11:00 (Europe/Vienna)</td></tr>
        <tr><td><b>Ort</b></td><td>Lichtwerk Energie GmbH, Lassallestraße 9, 1020 Wien, 4. Stock (bitte beim Empfang melden)</td></tr>
        </table>
        <p>Ihre Gesprächspartner:innen:<br>Katharina Berger (Talent Acquisition)<br>DI Paul Wimmer (Head of Digital Products)</p>
        <p>Den Termin finden Sie auch als Kalendereintrag im Anhang. Sollte der Termin nicht passen,
        antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Katharina Berger<br>Lichtwerk Energie GmbH</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a8a8a">Diese E-Mail wurde über Personio versendet.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-58127734@personio.de
DTSTAMP:20260304T131207Z
DTSTART:20260310T090000Z
DTEND:20260310T100000Z
SUMMARY:Bewerbungsgespräch UX Researcher (m/w/d) - Lichtwerk Energie GmbH
LOCATION:Lassallestraße 9\\, 1020 Wien
ORGANIZER;CN=Katharina Berger:mailto:katharina.berger@lichtwerk-energie.at
ATTENDEE;CN=Theresa Wallner;RSVP=TRUE:mailto:theresa.wallner@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lichtwerk Energie GmbH", "noreply@mail.personio.de"),
              "Einladung zum Bewerbungsgespräch – UX Researcher (m/w/d)", "2026-03-04 14:12", VIE,
              "0102018dc11f6b2a-7d1e4c0a-9b11-4f0e-8a41-3f6c2a9e11d0-000000@eu-central-1.amazonses.com",
              extra=[("Reply-To", addr("Katharina Berger", "katharina.berger@lichtwerk-energie.at"))],
              relay="from a7-19.smtp-out.eu-central-1.amazonses.com (a7-19.smtp-out.eu-central-1.amazonses.com [23.251.234.19])")
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="base64", filename="einladung.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 2 Graz, formal, latin-1


@mail(nm(), family="human_formal", lang="de", interview=True, kind="scheduled", company="Murinsel Medtech GmbH",
      start=utc("2026-01-15 09:00", VIE), end=None, contact="b.koller@murinsel-medtech.at",
      local="Thu 2026-01-15 09:00", zone=VIE,
      note="Formal Austrian 'Hearing' letter, 'am Donnerstag, 15. Jänner 2026, um 9 Uhr' in Graz (CET, UTC+1); 'ca. eine Stunde' -> end null; iso-8859-1 QP")
def p_graz_hearing():
    body = t("""
        Sehr geehrte Frau Wallner,

        bezugnehmend auf Ihre Bewerbung als Product Designerin (Medizinsoftware) dürfen wir Sie
        herzlich zu einem Hearing in unser Haus einladen.

        Termin: Donnerstag, 15. Jänner 2026, um 9 Uhr
        Ort: Murinsel Medtech GmbH, Schönaugasse 64, 8010 Graz, Besprechungsraum "Schloßberg" (2. OG)

        Bitte planen Sie ca. eine Stunde ein. Im ersten Teil ersuchen wir Sie, uns anhand von ein
        bis zwei Projekten aus Ihrem Portfolio Ihre Arbeitsweise vorzustellen (max. 15 Minuten);
        anschließend folgt ein Gespräch mit Herrn Ing. Reinhard Strohmaier (Leitung Entwicklung)
        und mir.

        Parkplätze stehen im Hof zur Verfügung; vom Hauptbahnhof erreichen Sie uns mit der
        Straßenbahnlinie 4 in ca. 15 Minuten.

        Wir ersuchen um kurze Bestätigung des Termins.

        Mit freundlichen Grüßen

        Mag. Birgit Koller
        Personalabteilung

        Murinsel Medtech GmbH
        Schönaugasse 64 | 8010 Graz
        T +43 316 812 440-17
        b.koller@murinsel-medtech.at | www.murinsel-medtech.at

        FN 412987 s | Landesgericht für ZRS Graz
        """)
    hs = head(addr("Koller Birgit", "b.koller@murinsel-medtech.at", "iso-8859-1"),
              "Einladung zum Hearing - Product Designerin", "2026-01-08 11:47", VIE,
              "4F2A01C6D8B34E9A8B7F2E0D1A9C3B57@murinsel-medtech.at",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-at"),
                     ("Importance", "normal")],
              relay="from mail.murinsel-medtech.at (mail.murinsel-medtech.at [185.112.32.14])")
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 3 Linz, Exchange over the DST edge


@mail(nm(), family="exchange", lang="de", interview=True, kind="scheduled", company="Donaulände Software GmbH",
      start=utc("2026-03-31 13:00", VIE), end=utc("2026-03-31 14:00", VIE),
      contact="stefan.gruber@donaulaende-software.at", local="Tue 2026-03-31 13:00",
      local_end="2026-03-31 14:00", zone=VIE,
      note="Exchange meeting request (W. Europe Standard Time) sent in CET on 24 March for 31 March, after the switch to CEST on 29 March: 13:00 CEST = 11:00Z; body's '(UTC+01:00)' label is the Windows zone name, not the offset; contact = ORGANIZER/sender")
def p_linz_exchange():
    org = ("Stefan Gruber", "stefan.gruber@donaulaende-software.at")
    desc = t("""
        Hallo Theresa,

        wie telefonisch besprochen hier die Einladung für unser Gespräch (Teams). Mit dabei ist auch
        Verena aus dem Produktteam. Wir würden gerne ca. 10 Minuten über deine Case Study zum
        Self-Service-Portal sprechen, den Rest der Zeit über die Rolle und das Team.

        Bis Dienstag!
        Stefan

        Stefan Gruber
        Team Lead Product Design
        Donaulände Software GmbH | Industriezeile 36 | 4020 Linz
        +43 732 905 118-22
        """) + "\n" + teams_de("NmQ4ZjA1YzItN2UxMS00", "384 221 907 553") + "\n"
    when = "Wann: Dienstag, 31. März 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\nWo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    plain = when + desc
    import html as _h
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
           + "<br>\n".join(_h.escape(x) for x in plain.split("\n")) + "</div></body></html>\n")
    ics = exchange_ics(method="REQUEST", organizer=org,
                       summary="Bewerbungsgespräch UX Research – Theresa Wallner",
                       start="20260331T130000", end="20260331T140000", stamp="20260324T083155Z",
                       uid="040000008200E00074C5B7101A82E00800000000A0F3D6B2F1BBDC01000000000000000010000000C81E2B7D4A0F6E45B5E2F3C0A1D77E41",
                       location="Microsoft Teams-Besprechung", description=desc,
                       attendees=(("Verena Aigner", "verena.aigner@donaulaende-software.at"),))
    hs = head(addr(*org), "Bewerbungsgespräch UX Research – Theresa Wallner", "2026-03-24 09:31", VIE,
              "VI1PR08MB5342A1E3C9F0B7D4E2A1B9C6D1@VI1PR08MB5342.eurprd08.prod.outlook.com",
              to=f"{ME_TO}, {addr('Verena Aigner', 'verena.aigner@donaulaende-software.at')}",
              extra=[("Thread-Topic", enc("Bewerbungsgespräch UX Research – Theresa Wallner")),
                     ("Thread-Index", "AdyfC2tXk1r0mI8aQ0yYt3nB2lJf9Q=="),
                     ("Accept-Language", "de-AT, en-US"), ("Content-Language", "de-AT"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-AuthAs", "Internal")])
    body = alt(text(plain), html(htm), calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


# --------------------------------------------------------------------------- 4 Google Calendar (German UI), Berlin


@mail(nm(), family="google_calendar", lang="de", interview=True, kind="scheduled", company="Kiezkasse GmbH",
      start=utc("2026-04-22 14:00", BER), end=utc("2026-04-22 15:00", BER),
      contact="jana.pohl@kiezkasse.de", local="Wed 2026-04-22 14:00", local_end="2026-04-22 15:00", zone=BER,
      note="Google Calendar invitation in the German UI; 'Mi. 22. Apr. 2026 14:00 - 15:00 (MESZ)' = 12:00-13:00Z; ICS in UTC; contact = ORGANIZER (hiring manager)")
def p_gcal_berlin():
    org = ("Jana Pohl", "jana.pohl@kiezkasse.de")
    summary = "Interview Senior UX Designer – Theresa Wallner / Kiezkasse"
    desc = ("Hi Theresa, hier der Termin für unser Gespräch mit mir und Deniz (Engineering). "
            "Wir schauen uns gemeinsam eine Case aus deinem Portfolio an – gerne Bildschirm teilen.\n\nLG Jana")
    plain = t(f"""
        Einladung: {summary}
        Mittwoch, 22. April 2026 · 14:00–15:00
        Zeitzone: Europe/Berlin

        Teilnehmen mit Google Meet
        https://meet.google.com/kzp-qrma-vst

        Oder telefonisch teilnehmen
        (DE) +49 30 300195014 PIN: 718 552 193#
        Weitere Telefonnummern: https://tel.meet/kzp-qrma-vst?pin=4071855219307

        {desc}

        Gäste
        Jana Pohl – Organisator
        Deniz Arslan
        theresa.wallner@example.org
        Alle Gäste und Teilnahmeinformationen ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=a3pwcXJtYXZzdDIwMjYwNDIy

        Antworten für theresa.wallner@example.org: Ja (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) Nein (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, da Sie Gast bei diesem Termin sind. Wenn Sie keine Updates mehr für diesen Termin erhalten möchten, lehnen Sie ihn ab. Sie haben auch die Möglichkeit, ein Google-Konto zu erstellen und Ihre Benachrichtigungseinstellungen für alle Ihre Kalender festzulegen.
        Durch das Weiterleiten dieser Einladung kann jeder Empfänger dem Organisator antworten, zur Gästeliste hinzugefügt werden, andere einladen (unabhängig vom eigenen Einladungsstatus) oder den Antwortstatus ändern. Weitere Informationen: https://support.google.com/calendar/answer/37135#forwarding
        """)
    htm = t(f"""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event"><meta itemprop="description" content="{summary}"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif"><table cellpadding="0" cellspacing="0">
        <tr><td><h2 style="font-size:22px;font-weight:400">{summary}</h2></td></tr>
        <tr><td><span>Mittwoch, 22. April 2026 · 14:00–15:00</span><br><span style="color:#70757a">Zeitzone: Europe/Berlin</span></td></tr>
        <tr><td><a href="https://meet.google.com/kzp-qrma-vst" style="background:#1a73e8;color:#fff;padding:8px 12px;border-radius:4px;text-decoration:none">Mit Google Meet teilnehmen</a></td></tr>
        <tr><td><p>Hi Theresa, hier der Termin für unser Gespräch mit mir und Deniz (Engineering). Wir schauen uns gemeinsam eine Case aus deinem Portfolio an – gerne Bildschirm teilen.</p><p>LG Jana</p></td></tr>
        <tr><td><b>Gäste</b><br>Jana Pohl – Organisator<br>Deniz Arslan<br>theresa.wallner@example.org</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Einladung von Google Kalender</td></tr>
        </table></div>
        """)
    ics = gcal_ics(method="REQUEST", organizer=org, summary=summary, start_z="20260422T120000Z",
                   end_z="20260422T130000Z", stamp="20260417T081902Z", uid="kzpqrmavst3k1o7c2j4a@google.com",
                   description=desc, guests=(("Deniz Arslan", "deniz.arslan@kiezkasse.de"),))
    hs = head(addr(*org), f"Einladung: {summary} @ Mi. 22. Apr. 2026 14:00 - 15:00 (MESZ) ({ME})",
              "2026-04-17 10:19", BER, "calendar-5b7e01c4-3f9a-4c2e-9d1b-6ae4f08c2d17@google.com",
              to=ME,
              extra=[("Sender", addr("Google Kalender", "calendar-notification@google.com")),
                     ("Reply-To", addr(*org))],
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    return message(hs, gcal_parts(plain, htm, ics, "REQUEST"))


# --------------------------------------------------------------------------- 5 Calendly (German), Munich


@mail(nm(), family="calendly", lang="de", interview=True, kind="scheduled", company="Isarfeld Mobility GmbH",
      start=utc("2026-05-04 09:30", BER), end=utc("2026-05-04 10:00", BER),
      contact="m.brandl@isarfeld-mobility.de", local="Mon 2026-05-04 09:30", local_end="2026-05-04 10:00",
      zone=BER,
      note="Calendly invitee confirmation in German after the booking link (thread with the self-schedule mail); '09:30 - 10:00, Montag, 4. Mai 2026 (Mitteleuropäische Zeit)' in May = CEST, 07:30Z; contact = host via Reply-To")
def p_calendly_munich():
    plain = t("""
        Hallo Theresa Wallner,

        Ihr Termin ist geplant.

        Ereignistyp:
        Erstgespräch Product Designer (30 Min)

        Veranstalter:
        Maximilian Brandl

        Datum/Uhrzeit des Ereignisses:
        09:30 - 10:00, Montag, 4. Mai 2026 (Mitteleuropäische Zeit)

        Ort:
        Dieses Ereignis ist ein Google Meet-Meeting. Die Details werden nach dem Start des Ereignisses
        bereitgestellt. Hier teilnehmen: https://meet.google.com/ism-bwkq-hue

        Bitte teilen Sie alles mit, was uns bei der Vorbereitung auf das Meeting helfen könnte.:
        Portfolio: https://theresawallner.example.org/work

        Sehen Sie sich Ereignisse in Ihrem Calendly-Kalender an:
        https://calendly.com/app/scheduled_events/user/me

        Stornieren: https://calendly.com/cancellations/7b1e2f0a-44c1-4b2e-9a0e-d52a8f3b6c11
        Neu planen: https://calendly.com/reschedulings/7b1e2f0a-44c1-4b2e-9a0e-d52a8f3b6c11

        Unterstützt von Calendly.com
        """)
    htm = t("""
        <html><body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055;padding:32px">
        <tr><td>Hallo Theresa Wallner,<br><br>Ihr Termin ist geplant.</td></tr>
        <tr><td style="padding-top:16px"><b>Ereignistyp:</b><br>Erstgespräch Product Designer (30 Min)</td></tr>
        <tr><td style="padding-top:16px"><b>Veranstalter:</b><br>Maximilian Brandl</td></tr>
        <tr><td style="padding-top:16px"><b>Datum/Uhrzeit des Ereignisses:</b><br>09:30 - 10:00, Montag, 4. Mai 2026 (Mitteleuropäische Zeit)</td></tr>
        <tr><td style="padding-top:16px"><b>Ort:</b><br>Dieses Ereignis ist ein Google Meet-Meeting. <a href="https://meet.google.com/ism-bwkq-hue">Hier teilnehmen</a></td></tr>
        <tr><td style="padding-top:16px"><b>Bitte teilen Sie alles mit, was uns bei der Vorbereitung auf das Meeting helfen könnte.:</b><br>Portfolio: https://theresawallner.example.org/work</td></tr>
        <tr><td style="padding-top:24px"><a href="https://calendly.com/cancellations/7b1e2f0a-44c1-4b2e-9a0e-d52a8f3b6c11">Stornieren</a> &nbsp; <a href="https://calendly.com/reschedulings/7b1e2f0a-44c1-4b2e-9a0e-d52a8f3b6c11">Neu planen</a></td></tr>
        <tr><td style="padding-top:24px;font-size:12px;color:#a6a6a6">Unterstützt von Calendly.com</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTAMP:20260429T143012Z
UID:7b1e2f0a-44c1-4b2e-9a0e-d52a8f3b6c11@calendly.com
DTSTART;TZID=Europe/Berlin:20260504T093000
DTEND;TZID=Europe/Berlin:20260504T100000
SUMMARY:Erstgespräch Product Designer (30 Min) zwischen Maximilian Brandl und Theresa Wallner
ORGANIZER;CN=Maximilian Brandl:mailto:m.brandl@isarfeld-mobility.de
ATTENDEE;CN=Theresa Wallner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:theresa.wallner@example.org
LOCATION:https://meet.google.com/ism-bwkq-hue
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Erstgespräch Product Designer (30 Min) mit Maximilian Brandl am Montag, 4. Mai 2026",
              "2026-04-29 16:30", BER, "01000196a1c2e7d3-5b0d4f21-8c71-4a6f-a1e9-77c5d0b2e3f4-000000@email.amazonses.com",
              extra=[("Reply-To", addr("Maximilian Brandl", "m.brandl@isarfeld-mobility.de"))],
              relay="from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])")
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 6 Greenhouse, London (GMT)


@mail(nm(), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Hollowtree Health Ltd",
      start=utc("2026-02-12 15:00", LON), end=utc("2026-02-12 16:00", LON),
      contact="priya.shah@hollowtree.health", local="Thu 2026-02-12 15:00", local_end="2026-02-12 16:00",
      zone=LON,
      note="Greenhouse confirmation for a remote London role after the slot-proposal mail (thread); 3:00-4:00 PM GMT in February = UTC; the '4pm in Vienna' aside agrees; contact = Reply-To recruiter")
def p_greenhouse_london():
    plain = t("""
        Hi Theresa,

        Thanks for confirming! Your interview with Hollowtree Health is all set. Details below:

        Role: Senior Product Designer (Remote, UK/EU)
        Interview: Design Portfolio Review
        When: Thursday, February 12th 2026, 3:00 PM - 4:00 PM GMT
        Where: Zoom - https://hollowtree.zoom.us/j/86120455318?pwd=bFhQWnZ1cGxEdz09

        You'll be meeting:
        - Tom Ashcroft, Head of Design
        - Nia Okafor, Senior Product Manager

        (Just flagging as you're in Vienna: that's 4pm your time.)

        Please prepare a 20-minute walkthrough of one or two projects you're proud of. There is no
        need to prepare slides specifically for us; whatever you normally use is great.

        If anything comes up, just reply to this email.

        Best,
        Priya

        Priya Shah
        Talent Partner, Hollowtree Health
        """)
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Priya Shah", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Product Designer at Hollowtree Health", "2026-02-09 11:02", LON,
              "rZx8P3mQ_5hTz2Yk1f9vWQ@geopod-ismtpd-3", extra=[
                  ("Reply-To", addr("Priya Shah", "priya.shah@hollowtree.health")),
                  ("X-SG-EID", "u001.kD7f3pQ2nV+1Zx9c0wLhVq=="),
                  ("List-Unsubscribe", "<mailto:unsubscribe@us.greenhouse-mail.io>")],
              relay="from o1.ptr4471.us.greenhouse-mail.io (o1.ptr4471.us.greenhouse-mail.io [149.72.151.88])")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 7 Barcelona, Spanish prose


@mail(nm(), family="human_prose", lang="es", interview=True, kind="scheduled", company="Mosaic Verd S.L.",
      start=utc("2026-06-09 11:00", MAD), end=utc("2026-06-09 11:45", MAD), contact="laia.puig@mosaicverd.es",
      local="Tue 2026-06-09 11:00", local_end="2026-06-09 11:45", zone=MAD,
      note="Spanish recruiter mail: 'martes 9 de junio a las 11:00 h (hora de Barcelona)', 'de 45 minutos' -> end 11:45; June = CEST (UTC+2), 09:00Z")
def p_barcelona_es():
    body = t("""
        Hola Theresa:

        ¡Muchas gracias por tu interés en Mosaic Verd! Te confirmo la entrevista con el equipo de
        producto para el martes 9 de junio a las 11:00 h (hora de Barcelona, que es la misma que
        en Viena).

        Será una videollamada de 45 minutos por Google Meet:
        https://meet.google.com/mvd-xqpo-ran

        Estaremos Jordi Casals (CPO) y yo. Hablaremos de tu experiencia en investigación con
        usuarios y de cómo trabajamos aquí; la entrevista será en inglés, así que no te preocupes
        por el castellano.

        Cualquier cosa, me escribes.

        Un saludo,

        Laia Puig
        People & Talent | Mosaic Verd
        C/ de Pallars 193, 08005 Barcelona
        laia.puig@mosaicverd.es
        """)
    hs = head(addr("Laia Puig", "laia.puig@mosaicverd.es"), "Entrevista Mosaic Verd – UX Researcher",
              "2026-06-03 16:48", MAD, "CAJm7q1x9Zt_Vd0hPz3cW1ek8nUqfL2b5sR-@mail.gmail.com",
              relay="from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 8 Prague, Czech-accented English, cp1250


@mail(nm(), family="human_prose", lang="en", interview=True, kind="scheduled", company="Vltava Apps s.r.o.",
      start=utc("2026-06-17 13:00", PRG), end=None, contact="tomas.dvorak@vltava-apps.cz",
      local="Wed 2026-06-17 13:00", zone=PRG,
      note="Czech-accented English, 'Wednesday 17.6. at 13:00 (Prague time)' = CEST, 11:00Z; 'cca 1 hour' is approximate -> end null; windows-1250 QP body")
def p_prague_cz():
    body = t("""
        Dear Mrs. Wallner,

        thank you for the nice call on Tuesday. As agreed I confirm you the second round of
        interview in our office on Wednesday 17.6. at 13:00 (Prague time, it is same like in Vienna).

        Address: Vltava Apps s.r.o., Pernerova 691/42, Praha 8 - Karlín, 3rd floor
        From Florenc bus station it is cca 10 minutes walking.

        On the interview will be me and our lead designer Mrs. Kateřina Horáková. It will take
        cca 1 hour, we will make short whiteboard exercise about onboarding flow, so you dont need
        to prepare nothing special.

        If you will have some problem with the date please let me know.

        Best regards / S pozdravem

        Tomáš Dvořák
        HR Business Partner
        Vltava Apps s.r.o.
        +420 605 331 874
        tomas.dvorak@vltava-apps.cz
        """)
    hs = head(addr("Tomáš Dvořák", "tomas.dvorak@vltava-apps.cz", "windows-1250"),
              "Interview - UX designer - 2nd round", "2026-06-11 09:26", PRG,
              "AM9P195MB1204C3F1D2A8E7B5C4A92E1FB1@AM9P195MB1204.EURP195.PROD.OUTLOOK.COM",
              extra=[("Thread-Topic", "Interview - UX designer - 2nd round"), ("Content-Language", "cs-CZ"),
                     ("X-MS-Has-Attach", "")])
    return message(hs, text(body, charset="windows-1250"))


# --------------------------------------------------------------------------- 9 Berlin, one-liner on top of a thread


@mail(nm(), family="human_reply", lang="de", interview=True, kind="scheduled", company="Rummelsburg Studio GmbH",
      start=utc("2026-05-21 14:00", BER), end=None, contact="jonas.reimann@rummelsburg.studio",
      local="Thu 2026-05-21 14:00", zone=BER, days=(("Thu", "2026-05-21"), ("Fri", "2026-05-22")),
      note="Hiring manager's one-line iPhone reply 'Passt, dann Do 14h' on top of the candidate's two options; Thursday from the Date (Mon 18 May) = 21 May, 14:00 CEST = 12:00Z")
def p_berlin_oneliner():
    body = t("""
        Passt, dann Do 14h bei uns im Studio (Hinterhaus, 2. OG, bei "Rummelsburg" klingeln). Bis dann!
        Jonas

        Von meinem iPhone gesendet

        > Am 18.05.2026 um 11:20 schrieb Theresa Wallner <theresa.wallner@example.org>:
        >
        > Hallo Jonas,
        >
        > danke für die Einladung, ich freu mich! Ich bin diese Woche ohnehin in Berlin, bei mir
        > ginge Donnerstag um 14 Uhr oder Freitag vormittags ab 10.
        >
        > Liebe Grüße
        > Theresa
        >
        >> Am 15.05.2026 um 09:41 schrieb Jonas Reimann <jonas.reimann@rummelsburg.studio>:
        >>
        >> Hi Theresa,
        >>
        >> dein Portfolio hat uns echt gut gefallen. Hättest du nächste Woche Zeit für ein
        >> persönliches Gespräch bei uns im Studio in Rummelsburg? Ca. 1h, ganz entspannt.
        >>
        >> Viele Grüße
        >> Jonas
        """)
    hs = head(addr("Jonas Reimann", "jonas.reimann@rummelsburg.studio"), "Re: Gespräch Rummelsburg Studio",
              "2026-05-18 17:05", BER, "8C1D44E2-07A1-4B6F-9E3B-2F5A7D90C1E8@rummelsburg.studio",
              extra=[("In-Reply-To", "<CAF1kTq0w9x2Lb7@example.org>"),
                     ("References", "<5D3A9E61-2B0C-4E19-A7F2-0D8C3E5B1A94@rummelsburg.studio> <CAF1kTq0w9x2Lb7@example.org>"),
                     ("X-Mailer", "iPhone Mail (22F76)")])
    return message(hs, text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 10 Teamtailor, Hamburg, English


@mail(nm(), family="teamtailor", lang="en", interview=True, kind="scheduled", company="Fleetwerk GmbH",
      start=utc("2026-07-07 10:00", BER), end=utc("2026-07-07 10:45", BER),
      contact="hannah.lueders@fleetwerk.de", local="Tue 2026-07-07 10:00", local_end="2026-07-07 10:45",
      zone=BER,
      note="Teamtailor 'interview booked' from a notification sender with a reply+ relay Reply-To; contact = recruiter address in the body; 10:00-10:45 Europe/Berlin in July = 08:00-08:45Z")
def p_teamtailor_hamburg():
    plain = t("""
        Hi Theresa,

        Your interview for Product Designer (f/m/d) at Fleetwerk has been booked.

        Tuesday, July 7, 2026
        10:00 - 10:45 (Europe/Berlin)

        Video meeting: https://fleetwerk.teamtailor.com/meetings/5rT2xq9WbK

        Interviewers: Hannah Lüders, Ole Petersen

        Want to add it to your calendar? The invite is attached.

        If you have any questions before the interview, you can reach Hannah directly at
        hannah.lueders@fleetwerk.de.

        See you soon!
        The Fleetwerk Team

        ---
        Powered by Teamtailor. Manage your data: https://fleetwerk.teamtailor.com/connect/privacy
        """)
    htm = t("""
        <!doctype html><html><body style="margin:0;background:#f7f7f8">
        <div style="max-width:560px;margin:0 auto;background:#fff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;padding:32px">
        <img src="https://img.teamtailor-cdn.com/images/s3/fleetwerk/logo.png" height="32" alt="Fleetwerk">
        <p>Hi Theresa,</p>
        <p>Your interview for <strong>Product Designer (f/m/d)</strong> at Fleetwerk has been booked.</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:16px">
        <div style="font-weight:600">Tuesday, July 7, 2026</div>
        <div>10:00 - 10:45 (Europe/Berlin)</div>
        <div style="margin-top:8px"><a href="https://fleetwerk.teamtailor.com/meetings/5rT2xq9WbK">Join video meeting</a></div>
        </div>
        <p>Interviewers: Hannah Lüders, Ole Petersen</p>
        <p>Want to add it to your calendar? The invite is attached.</p>
        <p>If you have any questions before the interview, you can reach Hannah directly at <a href="mailto:hannah.lueders@fleetwerk.de">hannah.lueders@fleetwerk.de</a>.</p>
        <p>See you soon!<br>The Fleetwerk Team</p>
        <p style="font-size:12px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:meeting-5rT2xq9WbK@teamtailor.com
DTSTAMP:20260701T074455Z
DTSTART;TZID=Europe/Berlin:20260707T100000
DTEND;TZID=Europe/Berlin:20260707T104500
SUMMARY:Interview: Product Designer (f/m/d) - Fleetwerk
DESCRIPTION:Video meeting: https://fleetwerk.teamtailor.com/meetings/5rT2xq9WbK
ORGANIZER;CN=Fleetwerk:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Theresa Wallner:mailto:theresa.wallner@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Fleetwerk", "no-reply@fleetwerk.teamtailor-mail.com"),
              "Your interview with Fleetwerk is booked", "2026-07-01 09:44", BER,
              "6683a1c9e4b2f_3a7c12d0e8ff51b4@teamtailor-mail.com",
              extra=[("Reply-To", "reply+c8f2e19a7b4d43e0a5@fleetwerk.teamtailor-mail.com")],
              relay="from mta-71-16.teamtailor-mail.com (mta-71-16.teamtailor-mail.com [198.2.171.16])")
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 11 Workday, Munich, HTML only


@mail(nm(), family="workday", lang="de", interview=True, kind="scheduled", company="Würmtal Versicherung AG",
      start=utc("2026-07-16 15:30", BER), end=utc("2026-07-16 16:30", BER),
      contact="sabine.ertl@wuermtal-versicherung.de", local="Thu 2026-07-16 15:30", local_end="2026-07-16 16:30",
      zone=BER,
      note="Workday notification, HTML only (base64), from a myworkday.com system mailbox; '16. Juli 2026 von 15:30 bis 16:30 Uhr (MESZ)' = 13:30-14:30Z; contact = recruiter address in the body")
def p_workday_munich():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:10pt;color:#333">
        <p>Sehr geehrte Frau Wallner,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>UX Researcher (w/m/d) – Digitale Kundenstrecken</b> (Ref. R-0042871).
        Nach Abschluss des Online-Assessments freuen wir uns, Sie zu einem ersten Interview einzuladen.</p>
        <p><b>Termin:</b> Donnerstag, 16. Juli 2026 von 15:30 bis 16:30 Uhr (MESZ)<br>
        <b>Format:</b> Microsoft Teams (den Link erhalten Sie separat von Ihrer Ansprechpartnerin)<br>
        <b>Gesprächspartner:</b> Sabine Ertl (Recruiting), Dr. Felix Auer (Leitung Customer Experience)</p>
        <p>Bei Rückfragen wenden Sie sich gerne an Sabine Ertl, <a href="mailto:sabine.ertl@wuermtal-versicherung.de">sabine.ertl@wuermtal-versicherung.de</a>.</p>
        <p>Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem <a href="https://wd3.myworkdayjobs.com/wuermtal/login">Kandidatenprofil</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Würmtal Versicherung AG</p>
        <p style="font-size:8pt;color:#888">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</p>
        </div></body></html>
        """)
    hs = head(addr("Würmtal Versicherung", "wuermtal@myworkday.com"),
              "Einladung zum Interview – UX Researcher (w/m/d)", "2026-07-13 08:03", BER,
              "1473920118.77514.1783922580311@wd3-impl-prod.myworkday.com",
              relay="from wd3-smtp-out02.myworkday.com (wd3-smtp-out02.myworkday.com [216.31.102.42])")
    return message(hs, html(htm, cte="base64"))


# --------------------------------------------------------------------------- 12 forward to self, agency, Vienna


@mail(nm(), family="forward_self", lang="de", interview=True, kind="scheduled", company="Donauwerk Versicherung AG",
      start=utc("2026-09-08 10:30", VIE), end=None, contact="florian.haas@kahlenberg-personal.at",
      local="Tue 2026-09-08 10:30", zone=VIE,
      note="Candidate forwards to herself an agency consultant's confirmation for the client Donauwerk; 'Dienstag, 8. September, 10:30 Uhr' Vienna CEST = 08:30Z; 'ca. 60 Minuten' -> end null; contact = consultant in the forwarded header (company = hiring client)")
def p_forward_agency():
    body = t("""
        nicht vergessen!! Zeugnismappe + Ausweis mitnehmen

        ---------- Forwarded message ---------
        Von: Florian Haas <florian.haas@kahlenberg-personal.at>
        Date: Do., 3. Sept. 2026 um 10:14 Uhr
        Subject: Ihr Vorstellungsgespräch bei der Donauwerk Versicherung AG
        To: Theresa Wallner <t.wallner.ux@example.com>


        Sehr geehrte Frau Wallner,

        wie soeben telefonisch besprochen, bestätige ich Ihnen hiermit das Vorstellungsgespräch bei
        unserem Klienten, der Donauwerk Versicherung AG:

        Dienstag, 8. September, 10:30 Uhr
        Donauwerk Versicherung AG, Obere Donaustraße 19, 1020 Wien
        Bitte melden Sie sich beim Portier im Erdgeschoß.

        Gesprächspartnerin: Frau Mag. Ursula Brandstätter, Leitung Digital Experience. Ich werde
        ebenfalls dabei sein. Dauer: ca. 60 Minuten.

        Zur Vorbereitung: Die Donauwerk baut gerade ein eigenes UX-Team auf; Frau Brandstätter
        interessiert vor allem, wie Sie Research in agilen Teams verankert haben.

        Ich wünsche Ihnen viel Erfolg und melde mich nach dem Gespräch telefonisch bei Ihnen.

        Mit besten Grüßen
        Florian Haas

        Mag. Florian Haas
        Senior Consultant
        Kahlenberg Personalberatung GmbH
        Heiligenstädter Straße 31, 1190 Wien
        M +43 664 302 81 55
        """)
    hs = head(addr("Theresa Wallner", ME2), "Fwd: Ihr Vorstellungsgespräch bei der Donauwerk Versicherung AG",
              "2026-09-03 21:40", VIE, "CAGw3hR8pL0sXb1m9NqT_eYzK4v2c7dA0fJ5@mail.gmail.com",
              relay="from mail-ej1-f46.google.com (mail-ej1-f46.google.com [209.85.218.46])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 13 Exchange, Munich, English onsite


@mail(nm(), family="exchange", lang="en", interview=True, kind="scheduled", company="Nymphenburg Robotics GmbH",
      start=utc("2026-09-17 10:00", BER), end=utc("2026-09-17 13:30", BER),
      contact="eva.lindner@nymphenburg-robotics.com", local="Thu 2026-09-17 10:00", local_end="2026-09-17 13:30",
      zone=BER,
      note="Exchange meeting request in English for a final onsite with four blocks; first start 10:00 to last end 13:30 CEST = 08:00-11:30Z; ICS W. Europe Standard Time agrees; contact = ORGANIZER recruiter")
def p_exchange_munich_onsite():
    org = ("Eva Lindner", "eva.lindner@nymphenburg-robotics.com")
    desc = t("""
        Hi Theresa,

        As discussed, here is the invitation for your final round with us in Munich. Agenda:

        10:00 - 10:45  Portfolio presentation (Aisha, Ben, Martin)
        10:45 - 11:45  Design exercise: fleet monitoring dashboard (with Ben)
        11:45 - 12:30  Lunch with the product team
        12:30 - 13:30  Conversation with Martin Schuster, VP Product

        Address: Nymphenburg Robotics, Arnulfstraße 199, 80634 München - please ask for me at the reception
        on the ground floor. We reimburse your train ticket from Vienna (2nd class), just send me the receipt.

        Looking forward to meeting you in person!
        Eva

        Eva Lindner | Senior Talent Acquisition Partner
        Nymphenburg Robotics GmbH | Arnulfstraße 199 | 80634 München
        """)
    import html as _h
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">'
           + "<br>\n".join(_h.escape(x) for x in desc.split("\n")) + "</p></div></body></html>\n")
    ics = exchange_ics(method="REQUEST", organizer=org, summary="Final round onsite – Theresa Wallner (Senior Product Designer)",
                       start="20260917T100000", end="20260917T133000", stamp="20260911T124016Z",
                       uid="040000008200E00074C5B7101A82E008000000007C1A0E4E2B3EDD01000000000000000010000000AD81C40F77B3A142B8F0D3C95E1B2A67",
                       location="Nymphenburg Robotics, Arnulfstraße 199, 80634 München, Room Amalienburg",
                       description=desc, lang="en-US")
    hs = head(addr(*org), "Final round onsite – Theresa Wallner (Senior Product Designer)", "2026-09-11 14:40", BER,
              "FR3P281MB2716E0B5A9C1D4F7E3B2A1C9D8@FR3P281MB2716.DEUP281.PROD.OUTLOOK.COM",
              extra=[("Thread-Topic", enc("Final round onsite – Theresa Wallner (Senior Product Designer)")),
                     ("Thread-Index", "Adwj8K1xQ2mC+7d4TgaZr6oPq3bW1A=="), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    body = alt(text(desc), html(htm), calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


# --------------------------------------------------------------------------- 14 d.vinci, Hamburg


@mail(nm(), family="dvinci", lang="de", interview=True, kind="scheduled", company="Elbhafen Digital GmbH",
      start=utc("2026-07-24 11:00", BER), end=utc("2026-07-24 12:30", BER),
      contact="merle.jansen@elbhafen-digital.de", local="Fri 2026-07-24 11:00", local_end="2026-07-24 12:30",
      zone=BER,
      note="d.vinci invitation from a no-reply ATS sender, 'Freitag, 24.07.2026, 11:00 Uhr bis 12:30 Uhr' Hamburg CEST = 09:00-10:30Z; contact = recruiter in the body")
def p_dvinci_hamburg():
    plain = t("""
        Sehr geehrte Frau Wallner,

        vielen Dank für Ihre Bewerbung und das freundliche Telefonat. Gerne möchten wir Sie persönlich
        kennenlernen und laden Sie hiermit zu einem Vorstellungsgespräch ein.

        Stelle:      UX/UI Designer (m/w/d) - Kennziffer 2026-117
        Termin:      Freitag, 24.07.2026, 11:00 Uhr bis 12:30 Uhr
        Ort:         Elbhafen Digital GmbH, Am Sandtorkai 48, 20457 Hamburg
        Ansprechpartnerin: Merle Jansen

        Das Gespräch führen Herr Nils Brodersen (Head of Product) und Frau Merle Jansen (HR).
        Reisekosten erstatten wir Ihnen nach Vorlage der Belege bis zur Höhe eines Bahntickets
        2. Klasse.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte unter
        merle.jansen@elbhafen-digital.de oder 040 3288 1190 Bescheid.

        Mit freundlichen Grüßen

        Merle Jansen
        Human Resources
        Elbhafen Digital GmbH

        Diese Nachricht wurde automatisch über unser Bewerbermanagementsystem (d.vinci) versendet.
        Sie können Ihre Bewerbung jederzeit unter https://elbhafen-digital.dvinci-hr.com/de/p/login einsehen.
        """)
    htm = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\"><pre style=\"font-family:Verdana,sans-serif\">"
           + plain.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n")
    hs = head(addr("Elbhafen Digital GmbH", "noreply@dvinci-hr.com"),
              "Einladung zum Vorstellungsgespräch: UX/UI Designer (m/w/d)", "2026-07-17 13:22", BER,
              "dvinci.52881.20260717112207.a9f3c1@elbhafen-digital.dvinci-hr.com",
              relay="from mx-out3.dvinci-hr.com (mx-out3.dvinci-hr.com [185.88.214.23])")
    return message(hs, alt(text(plain, charset="iso-8859-1"), html(htm, charset="iso-8859-1")))


# --------------------------------------------------------------------------- 15 rexx, Graz


@mail(nm(), family="rexx", lang="de", interview=True, kind="scheduled", company="Schöckl Systems GmbH",
      start=utc("2026-10-05 13:30", VIE), end=None, contact="daniela.poelzl@schoeckl-systems.at",
      local="Mon 2026-10-05 13:30", zone=VIE,
      note="rexx systems 'Terminbestätigung' from the bewerbung@ role mailbox, 'Montag, den 05.10.2026 um 13:30 Uhr' Graz CEST = 11:30Z; no end; contact = named HR person in the body; HTML only, iso-8859-1")
def p_rexx_graz():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial;font-size:10pt">
        Sehr geehrte Frau Wallner,<br><br>
        wie vereinbart bestätigen wir Ihnen den Termin für Ihr Bewerbungsgespräch:<br><br>
        <table border="0" cellpadding="2">
        <tr><td>Position:</td><td>Product Designer:in Industrial IoT</td></tr>
        <tr><td>Datum:</td><td>Montag, den 05.10.2026</td></tr>
        <tr><td>Uhrzeit:</td><td>13:30 Uhr</td></tr>
        <tr><td>Ort:</td><td>Schöckl Systems GmbH, Waagner-Biro-Straße 98, 8020 Graz</td></tr>
        <tr><td>Gesprächspartner:</td><td>Daniela Pölzl (HR), DI Gernot Reiter (Leitung UX)</td></tr>
        </table><br>
        Für Rückfragen steht Ihnen Frau Daniela Pölzl unter <a href="mailto:daniela.poelzl@schoeckl-systems.at">daniela.poelzl@schoeckl-systems.at</a>
        bzw. +43 316 717 300-214 gerne zur Verfügung.<br><br>
        Wir freuen uns auf das Gespräch mit Ihnen.<br><br>
        Mit freundlichen Grüßen<br>
        Ihr HR-Team<br>
        Schöckl Systems GmbH<br><br>
        <span style="font-size:8pt;color:#777">Diese E-Mail wurde über das rexx Recruitment System versandt.</span>
        </body></html>
        """)
    hs = head(addr("Schöckl Systems GmbH - Recruiting", "bewerbung@schoeckl-systems.at", "iso-8859-1"),
              "Terminbestätigung Bewerbungsgespräch", "2026-09-29 10:51", VIE,
              "rexx.3f1c7a2b9e.1790671860@schoeckl-systems.rexx-recruitment.com",
              relay="from smtp.rexx-recruitment.com (smtp.rexx-recruitment.com [212.121.146.71])")
    return message(hs, html(htm, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 16 Vienna design studio, du, "halb 3"


@mail(nm(), family="human_casual", lang="de", interview=True, kind="scheduled", company="Studio Naschmarkt",
      start=utc("2026-11-02 14:30", VIE), end=None, contact="clemens@studionaschmarkt.at",
      local="Mon 2026-11-02 14:30", zone=VIE,
      note="Casual du-mail 'Mo 2.11. um halb 3' = 14:30 in Vienna, after the switch back to CET (25 Oct) -> 13:30Z; portfolio presentation + talk; 'so 1,5h' approximate -> end null")
def p_studio_naschmarkt():
    body = t("""
        Hey Theresa,

        super, dass es geklappt hat! Fix ist also: Mo 2.11. um halb 3 bei uns im Studio
        (Gumpendorfer Str. 51, 3. Stock, bei "Studio N" läuten).

        Du zeigst uns ca. 20 min ein Projekt deiner Wahl, danach plaudern wir mit Lisa und Tom
        über die Stelle. Plan so 1,5h ein.

        Freu mich!
        Clemens

        --
        Clemens Haider
        Creative Director / Partner
        Studio Naschmarkt – Design & Research
        +43 676 441 20 93
        """)
    hs = head(addr("Clemens Haider", "clemens@studionaschmarkt.at"), "Portfolio-Termin :)",
              "2026-10-27 18:02", VIE, "CAN0vLm3Qw8xYt2z_RbK9eP1dF4gH7jS6u@mail.gmail.com",
              relay="from mail-lj1-f179.google.com (mail-lj1-f179.google.com [209.85.208.179])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 17 Google Calendar update (German), Berlin


@mail(nm(), family="google_calendar", lang="de", interview=True, kind="rescheduled", company="Feldfunk GmbH",
      start=utc("2026-10-08 16:00", BER), end=utc("2026-10-08 17:00", BER),
      contact="leonie.hartmann@feldfunk.de", local="Thu 2026-10-08 16:00", local_end="2026-10-08 17:00",
      zone=BER, days=(("Tue", "2026-10-06"),),
      note="Google Calendar 'Aktualisierte Einladung' (German UI), SEQUENCE 1; new time Do. 8. Okt. 16:00-17:00 MESZ = 14:00-15:00Z; old Tuesday slot only in the description; contact = ORGANIZER")
def p_gcal_update_berlin():
    org = ("Leonie Hartmann", "leonie.hartmann@feldfunk.de")
    summary = "Feldfunk x Theresa – Interview Product Design"
    desc = ("Hi Theresa, wie am Telefon besprochen verschieben wir von Dienstag (6.10.) auf Donnerstag – "
            "danke für deine Flexibilität! Dabei sind Malte (CTO) und ich.\n\nViele Grüße\nLeonie")
    plain = t(f"""
        Dieser Termin wurde geändert.

        Aktualisierte Einladung: {summary}
        Donnerstag, 8. Oktober 2026 · 16:00–17:00 (Geändert)
        Zeitzone: Europe/Berlin

        Teilnehmen mit Google Meet
        https://meet.google.com/fdf-ntrq-wow

        {desc.replace(chr(10), chr(10) + "        ")}

        Gäste
        Leonie Hartmann – Organisator
        Malte Riedel
        theresa.wallner@example.org
        Alle Gäste und Teilnahmeinformationen ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=ZmRmbnRycXdvdzIwMjYxMDA4

        Antworten für theresa.wallner@example.org: Ja (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) Nein (https://calendar.google.com/calendar/event?action=RESPOND&rst=2) Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&rst=3)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, da Sie Gast bei diesem Termin sind. Wenn Sie keine Updates mehr für diesen Termin erhalten möchten, lehnen Sie ihn ab.
        """)
    htm = t(f"""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p style="color:#d93025">Dieser Termin wurde geändert.</p>
        <h2 style="font-size:22px;font-weight:400">{summary}</h2>
        <p><span style="color:#d93025">Geändert:</span> Donnerstag, 8. Oktober 2026 · 16:00–17:00<br><span style="color:#70757a">Zeitzone: Europe/Berlin</span></p>
        <p><a href="https://meet.google.com/fdf-ntrq-wow">Mit Google Meet teilnehmen</a></p>
        <p>Hi Theresa, wie am Telefon besprochen verschieben wir von Dienstag (6.10.) auf Donnerstag – danke für deine Flexibilität! Dabei sind Malte (CTO) und ich.<br><br>Viele Grüße<br>Leonie</p>
        <p><b>Gäste</b><br>Leonie Hartmann – Organisator<br>Malte Riedel<br>theresa.wallner@example.org</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div>
        """)
    ics = gcal_ics(method="REQUEST", organizer=org, summary=summary, start_z="20261008T140000Z",
                   end_z="20261008T150000Z", stamp="20261001T152233Z", uid="fdfntrqwow6v9b2m1k8e@google.com",
                   description=desc, seq=1, guests=(("Malte Riedel", "malte.riedel@feldfunk.de"),))
    hs = head(addr(*org), f"Aktualisierte Einladung: {summary} @ Do. 8. Okt. 2026 16:00 - 17:00 (MESZ) ({ME})",
              "2026-10-01 17:22", BER, "calendar-b1e0c94a-77d2-4f3b-8e15-0d2a6c3f9e71@google.com", to=ME,
              extra=[("Sender", addr("Google Kalender", "calendar-notification@google.com")),
                     ("Reply-To", addr(*org))],
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])")
    return message(hs, gcal_parts(plain, htm, ics, "REQUEST"))


# --------------------------------------------------------------------------- 18 Exchange reschedule over DST end, Vienna


@mail(nm(), family="exchange", lang="de", interview=True, kind="rescheduled", company="Belvedere Insurtech GmbH",
      start=utc("2026-10-27 10:00", VIE), end=utc("2026-10-27 10:45", VIE),
      contact="andrea.steiner@belvedere-insurtech.at", local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45",
      zone=VIE, days=(("Fri", "2026-10-23"),),
      note="Exchange update (SEQUENCE 2) sent in CEST: old Fri 23.10. 10:00 CEST, new Tue 27.10. 10:00-10:45, after the switch back on 25 Oct -> CET, 09:00-09:45Z; contact = ORGANIZER")
def p_exchange_reschedule_vienna():
    org = ("Andrea Steiner", "andrea.steiner@belvedere-insurtech.at")
    desc = t("""
        Liebe Frau Wallner,

        leider muss ich unser Gespräch am Freitag, 23.10., kurzfristig verschieben – ich bin an dem
        Tag auf einer Konferenz in Salzburg. Ich habe den Termin daher auf Dienstag, 27.10., 10:00
        bis 10:45 Uhr verlegt (wieder über Teams). Ich hoffe, das passt für Sie; andernfalls geben Sie
        mir bitte kurz Bescheid.

        Herzliche Grüße
        Andrea Steiner

        Mag. Andrea Steiner
        People & Culture
        Belvedere Insurtech GmbH | Prinz-Eugen-Straße 8–10 | 1040 Wien
        """) + "\n" + teams_de("YjE4ZmM1OTAtYzQyNi00", "312 774 050 981") + "\n"
    import html as _h
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
           + "<br>\n".join(_h.escape(x) for x in desc.split("\n")) + "</div></body></html>\n")
    ics = exchange_ics(method="REQUEST", organizer=org, summary="Zweitgespräch UX Designer – Theresa Wallner",
                       start="20261027T100000", end="20261027T104500", stamp="20261020T120512Z",
                       uid="040000008200E00074C5B7101A82E00800000000F4B3E9A1C75ADD01000000000000000010000000E2D1F0C4A86B3F4DA9C2B7E5F0D1A3C8",
                       location="Microsoft Teams-Besprechung", description=desc, seq=2)
    hs = head(addr(*org), "Aktualisiert: Zweitgespräch UX Designer – Theresa Wallner", "2026-10-20 14:05", VIE,
              "DB9PR10MB6021B8E4C1A7F3D5E9B0C2A4F6@DB9PR10MB6021.EURPRD10.PROD.OUTLOOK.COM",
              extra=[("Thread-Topic", enc("Zweitgespräch UX Designer – Theresa Wallner")),
                     ("Thread-Index", "AdxBf0c3H2qK8wT1RraJ5mZp0yUe4gAAAbcd"), ("Content-Language", "de-AT"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    body = alt(text(desc), html(htm), calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, body)


# --------------------------------------------------------------------------- 19 Greenhouse reschedule, London, GMT->BST


@mail(nm(), family="greenhouse", lang="en", interview=True, kind="rescheduled", company="Bramblecode Ltd",
      start=utc("2026-04-02 10:00", LON), end=utc("2026-04-02 11:00", LON),
      contact="harriet.wells@bramblecode.co.uk", local="Thu 2026-04-02 10:00", local_end="2026-04-02 11:00",
      zone=LON, days=(("Tue", "2026-03-31"),),
      note="Greenhouse reschedule sent Fri 27 March (GMT) for Thu 2 April 10:00-11:00 BST (UK on summer time from 29 March) = 09:00-10:00Z; previous slot also named; ICS SEQUENCE 1 in UTC; contact = Reply-To coordinator")
def p_greenhouse_reschedule_london():
    plain = t("""
        Hi Theresa,

        Unfortunately one of your interviewers is no longer available at the original time, so we've
        moved your interview. Apologies for the shuffle!

        Updated interview details

        Role: Product Designer, Growth (Remote - Europe)
        Interview: Product Sense & Collaboration
        NEW time: Thursday, April 2, 2026, 10:00 AM - 11:00 AM BST
        Previously: Tuesday, March 31, 2026, 2:00 PM - 3:00 PM BST
        Location: Google Meet (link in the calendar invite)

        Interviewers: Sam Whitfield (Design Manager), Ifeoma Bello (Engineering Lead)

        Heads-up: the UK moves to British Summer Time this weekend, so 10:00 BST will be 11:00 in Vienna.

        If the new time doesn't work, just reply and I'll find another slot.

        Thanks,
        Harriet Wells
        Recruiting Coordinator, Bramblecode
        """)
    htm = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-19937442@greenhouse.io
DTSTAMP:20260327T121020Z
DTSTART:20260402T090000Z
DTEND:20260402T100000Z
SEQUENCE:1
SUMMARY:Interview: Product Designer\\, Growth - Bramblecode (Product Sense & Collaboration)
LOCATION:https://meet.google.com/brm-cqde-tsw
ORGANIZER;CN=Harriet Wells:mailto:harriet.wells@bramblecode.co.uk
ATTENDEE;CN=Theresa Wallner;RSVP=TRUE:mailto:theresa.wallner@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Harriet Wells", "no-reply@us.greenhouse-mail.io"),
              "Updated: Your interview with Bramblecode has been rescheduled", "2026-03-27 12:10", LON,
              "kq1Nf7ZsT0mV3xG8bWc2Pw@geopod-ismtpd-7",
              extra=[("Reply-To", addr("Harriet Wells", "harriet.wells@bramblecode.co.uk"))],
              relay="from o2.ptr4471.us.greenhouse-mail.io (o2.ptr4471.us.greenhouse-mail.io [149.72.151.89])")
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 20 Linz, short reschedule on a thread


@mail(nm(), family="human_reply", lang="de", interview=True, kind="rescheduled", company="Pöstlingberg Games GmbH",
      start=utc("2026-11-11 15:00", VIE), end=None, contact="michael.hofer@poestlingberg-games.at",
      local="Wed 2026-11-11 15:00", zone=VIE, days=(("Wed", "2026-11-11"),),
      note="Short reply moving the call 'am Mi auf 15:00', same day as the quoted confirmation (Mittwoch, 11. November, 10:00); CET -> 14:00Z; no duration in the new message")
def p_linz_reschedule():
    body = t("""
        Hi Theresa,

        sorry für die Kurzfristigkeit, bei mir ist ein Release dazwischengekommen. Ich hab unseren Call
        am Mi auf 15:00 geschoben (gleicher Teams-Link), die Kalendereinladung ist schon aktualisiert.

        lg Michael

        ________________________________
        Von: Michael Hofer <michael.hofer@poestlingberg-games.at>
        Gesendet: Montag, 2. November 2026 16:31
        An: Theresa Wallner <theresa.wallner@example.org>
        Betreff: Kennenlernen Pöstlingberg Games

        Hallo Theresa,

        danke für deine Bewerbung als UX Researcher! Wie am Telefon ausgemacht: Mittwoch, 11. November
        um 10:00 per Teams, ca. 45 Minuten mit mir und Sarah aus dem Game Design.

        Bis dann,
        Michael

        Michael Hofer
        Head of Player Experience
        Pöstlingberg Games GmbH | Peter-Behrens-Platz 10 | 4020 Linz
        """)
    hs = head(addr("Michael Hofer", "michael.hofer@poestlingberg-games.at"),
              "AW: Kennenlernen Pöstlingberg Games", "2026-11-06 08:12", VIE,
              "VI1P190MB0733D2C4E1B9A7F0E3D5C1B2A9@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM",
              extra=[("In-Reply-To", "<VI1P190MB0733A1F0E9D2C3B4A5E6F7D8C0@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>"),
                     ("Thread-Topic", enc("Kennenlernen Pöstlingberg Games")), ("Content-Language", "de-AT")])
    return message(hs, text(body))


# --------------------------------------------------------------------------- 21 Google Calendar cancel (Spanish UI), Barcelona


@mail(nm(), family="google_calendar", lang="es", interview=True, kind="cancelled", company="Nubol Tech S.L.",
      start=utc("2026-09-03 10:00", MAD), end=utc("2026-09-03 11:00", MAD),
      contact="marc.ferrer@nubol.tech", local="Thu 2026-09-03 10:00", local_end="2026-09-03 11:00", zone=MAD,
      note="Google Calendar cancellation in the organizer's Spanish UI, METHOD:CANCEL; cancelled slot jue 3 sept 10:00-11:00 CEST = 08:00-09:00Z; contact = ORGANIZER")
def p_gcal_cancel_es():
    org = ("Marc Ferrer", "marc.ferrer@nubol.tech")
    summary = "Entrevista Product Designer – Theresa Wallner"
    plain = t(f"""
        Se ha cancelado este evento y se ha eliminado de tu calendario.

        {summary}
        jueves, 3 de septiembre de 2026 · 10:00–11:00
        Zona horaria: Europe/Madrid

        Organizador
        Marc Ferrer

        Invitados
        Marc Ferrer - organizador
        Núria Soler
        theresa.wallner@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado de este evento.
        """)
    htm = t(f"""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p>Se ha cancelado este evento y se ha eliminado de tu calendario.</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">{summary}</h2>
        <p>jueves, 3 de septiembre de 2026 · 10:00–11:00<br><span style="color:#70757a">Zona horaria: Europe/Madrid</span></p>
        <p><b>Invitados</b><br>Marc Ferrer - organizador<br>Núria Soler<br>theresa.wallner@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = gcal_ics(method="CANCEL", organizer=org, summary=summary, start_z="20260903T080000Z",
                   end_z="20260903T090000Z", stamp="20260828T101455Z", uid="nbtxrvmepq4c7d1s0a2g@google.com",
                   description="", seq=1, status="CANCELLED", guests=(("Núria Soler", "nuria.soler@nubol.tech"),))
    hs = head(addr(*org), f"Evento cancelado: {summary} @ jue 3 sept 2026 10:00 - 11:00 (CEST) ({ME})",
              "2026-08-28 12:14", MAD, "calendar-e47c2a90-1b3d-4c5e-a8f6-91d0b2c7e3a5@google.com", to=ME,
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr(*org))],
              relay="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, gcal_parts(plain, htm, ics, "CANCEL"))


# --------------------------------------------------------------------------- 22 agency cancellation, Graz client


@mail(nm(), family="human_prose", lang="de", interview=True, kind="cancelled", company="Murtaler Logistik GmbH",
      start=utc("2026-11-18 10:00", VIE), end=None, contact="florian.haas@kahlenberg-personal.at",
      local="Wed 2026-11-18 10:00", zone=VIE,
      note="Agency consultant (same as the forwarded Donauwerk mail) cancels the client interview 'am Mittwoch, 18.11. um 10 Uhr' in Graz because the role was filled internally; CET -> 09:00Z; company = hiring client")
def p_agency_cancel():
    body = t("""
        Sehr geehrte Frau Wallner,

        leider muss ich Ihnen eine weniger erfreuliche Nachricht überbringen: Unser Klient, die
        Murtaler Logistik GmbH, hat die Position der UX Lead kurzfristig intern nachbesetzt.
        Das für Mittwoch, 18.11. um 10 Uhr in Graz vereinbarte Gespräch muss daher leider entfallen.

        Ich bedaure das sehr, zumal Ihr Profil beim Klienten sehr gut angekommen ist. Ich habe Sie
        für zwei weitere Mandate im Raum Wien vorgemerkt und melde mich dazu in den nächsten Tagen.

        Mit besten Grüßen
        Florian Haas

        Mag. Florian Haas
        Senior Consultant
        Kahlenberg Personalberatung GmbH
        Heiligenstädter Straße 31, 1190 Wien
        M +43 664 302 81 55
        """)
    hs = head(addr("Florian Haas", "florian.haas@kahlenberg-personal.at"),
              "Gespräch Murtaler Logistik am 18.11. – Absage", "2026-11-13 15:37", VIE,
              "000001dc5a2b$7e3f1c40$7abd54c0$@kahlenberg-personal.at",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-at")])
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n")))


# --------------------------------------------------------------------------- 23 Exchange cancel, Munich


@mail(nm(), family="exchange", lang="de", interview=True, kind="cancelled", company="Giesing Health GmbH",
      start=utc("2026-12-10 11:00", BER), end=utc("2026-12-10 12:00", BER),
      contact="katrin.moosmair@giesing-health.de", local="Thu 2026-12-10 11:00", local_end="2026-12-10 12:00",
      zone=BER,
      note="Exchange 'Abgesagt:' meeting cancellation (METHOD:CANCEL, STATUS:CANCELLED), hiring freeze; cancelled slot 10.12. 11:00-12:00 CET = 10:00-11:00Z; contact = ORGANIZER")
def p_exchange_cancel_munich():
    org = ("Katrin Moosmair", "katrin.moosmair@giesing-health.de")
    desc = t("""
        Liebe Theresa,

        leider muss ich unser zweites Gespräch am Donnerstag absagen: Die Stelle wurde gestern im
        Rahmen der Budgetplanung für 2027 vorerst eingefroren. Das hat nichts mit dir zu tun – das
        Team war von deinem ersten Gespräch wirklich angetan.

        Sobald wir wieder grünes Licht haben, melde ich mich als Erstes bei dir.

        Viele Grüße
        Katrin

        Katrin Moosmair
        Talent Acquisition | Giesing Health GmbH
        Tegernseer Landstraße 161 | 81539 München
        """)
    ics = exchange_ics(method="CANCEL", organizer=org, summary="Abgesagt: Zweitgespräch Senior UX Researcher – Theresa Wallner",
                       start="20261210T110000", end="20261210T120000", stamp="20261207T094711Z",
                       uid="040000008200E00074C5B7101A82E008000000003D2C1B0A9F86DD01000000000000000010000000B7C6D5E4F3A2918070615243A5B6C7D8",
                       location="Microsoft Teams-Besprechung", description=desc, seq=1, status="CANCELLED",
                       lang="de-DE")
    hs = head(addr(*org), "Abgesagt: Zweitgespräch Senior UX Researcher – Theresa Wallner", "2026-12-07 10:47", BER,
              "AS8PR04MB8710F2E1D3C4B5A6978E0F1D2C@AS8PR04MB8710.eurprd04.prod.outlook.com",
              extra=[("Thread-Topic", enc("Zweitgespräch Senior UX Researcher – Theresa Wallner")),
                     ("Content-Language", "de-DE"), ("Importance", "high"), ("X-Priority", "1"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    body = alt(text(desc), calendar(ics, method="CANCEL", cte="base64"))
    return message(hs, body)


# =========================================================================== negatives
# --------------------------------------------------------------------------- 24 karriere.at job alert


@mail(nm(), family="job_alert", lang="de", interview=False, company=None,
      note="karriere.at Jobagent digest; salary lines and 'Bewerbungsgespräch' tips link, nothing scheduled")
def n_karriere_alert():
    jobs = [
        ("UX Researcher (m/w/x)", "Lichtwerk Energie GmbH", "Wien", "ab € 3.900 brutto/Monat (Vollzeit)"),
        ("Product Designer:in", "Tabakspeicher Software", "Linz", "ab € 3.600 brutto/Monat, Überzahlung möglich"),
        ("Senior UX/UI Designer (all genders)", "Grazer Fahrzeugtechnik AG", "Graz", "€ 58.000 - 68.000 brutto/Jahr"),
        ("Service Designer (w/m/d) – Teilzeit möglich", "Stadt Wien – Wiener Wohnen", "Wien", "lt. Schema, ca. € 3.500 brutto"),
    ]
    plain = "Hallo Theresa,\n\ndein Jobagent \"UX Design Wien & Umgebung\" hat 4 neue Jobs für dich gefunden:\n\n"
    for i, (title, co, city, pay) in enumerate(jobs):
        plain += f"{title}\n{co} – {city}\n{pay}\nhttps://www.karriere.at/jobs/{7741023 + 1379 * i}\n\n"
    plain += t("""
        Tipp der Woche: Die 7 häufigsten Fragen im Bewerbungsgespräch – und wie du sie souverän
        beantwortest: https://www.karriere.at/blog/fragen-bewerbungsgespraech.html

        Jobagent bearbeiten oder abbestellen: https://www.karriere.at/jobagent
        karriere.at GmbH, Tabakfabrik Linz, Peter-Behrens-Platz 10, 4020 Linz
        """)
    rows = "".join(f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://www.karriere.at/jobs/1" style="font-weight:bold;color:#0a66c2">{ti}</a><br>{co} – {ci}<br><span style="color:#555">{pa}</span></td></tr>' for ti, co, ci, pa in jobs)
    htm = ('<html><body style="font-family:Arial,sans-serif"><table width="600" align="center">'
           '<tr><td><p>Hallo Theresa,</p><p>dein Jobagent <b>"UX Design Wien &amp; Umgebung"</b> hat 4 neue Jobs für dich gefunden:</p></td></tr>'
           + rows + '<tr><td style="padding-top:16px;font-size:12px;color:#888">Tipp der Woche: Die 7 häufigsten Fragen im Bewerbungsgespräch<br>'
           '<a href="https://www.karriere.at/jobagent">Jobagent bearbeiten oder abbestellen</a></td></tr></table></body></html>\n')
    hs = head(addr("karriere.at Jobagent", "jobagent@mail.karriere.at"), "4 neue Jobs: UX Design Wien & Umgebung",
              "2026-02-17 07:05", VIE, "20260217060500.7c1f3e9a2b@mail.karriere.at",
              extra=[("List-Unsubscribe", "<https://www.karriere.at/jobagent/unsubscribe?u=8812734>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 25 StepStone application receipt


@mail(nm(), family="application_ack", lang="de", interview=False, company="Hanse Kontor Digital GmbH",
      note="StepStone 'Bewerbung versendet' receipt; mentions a possible interview invitation, nothing fixed")
def n_stepstone_receipt():
    plain = t("""
        Hallo Theresa Wallner,

        Ihre Bewerbung wurde erfolgreich an Hanse Kontor Digital GmbH versendet.

        Stelle: UX Researcher (m/w/d) – Hamburg oder remote (Deutschland/Österreich)
        Versendet am: 23.06.2026, 21:14 Uhr
        Unterlagen: Lebenslauf_Wallner_2026.pdf, Portfolio_Wallner.pdf

        Wie geht es weiter?
        Der Arbeitgeber prüft nun Ihre Unterlagen. Wenn Ihr Profil überzeugt, meldet sich das
        Unternehmen direkt bei Ihnen – zum Beispiel mit einer Einladung zum Vorstellungsgespräch.
        Den Status Ihrer Bewerbungen finden Sie jederzeit unter „Meine Bewerbungen“.

        Viel Erfolg!
        Ihr StepStone Team

        StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf
        """)
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0c2577">'
           + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("StepStone", "noreply@stepstone.de"),
              "Ihre Bewerbung bei Hanse Kontor Digital GmbH wurde versendet", "2026-06-23 21:15", BER,
              "0102019041c8a3b2-e6d1f7c4-2a5b-4d8e-9c3f-1a7b5e9d0c2f-000000@eu-west-1.amazonses.com")
    return message(hs, alt(text(plain), html(htm, cte="base64")))


# --------------------------------------------------------------------------- 26 LinkedIn job alert


@mail(nm(), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert in English; 'Actively recruiting' / 'Be an early applicant' badges, nothing scheduled")
def n_linkedin_alert():
    plain = t("""
        Your job alert for user experience researcher in Berlin, Germany
        8 new jobs match your preferences.

        Senior UX Researcher
        Kiezkasse GmbH
        Berlin, Berlin, Germany (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4011827365/

        User Researcher (m/w/d)
        Feldfunk GmbH
        Berlin (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4011902210/

        Lead UX Researcher – Mobility
        Spree Bahnlabor
        Berlin Metropolitan Area (Remote)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4012033871/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1738441029

        This email was intended for Theresa Wallner (UX Researcher & Product Designer)
        You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company.
        """)
    htm = ('<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">'
           + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“user experience researcher”: Kiezkasse GmbH - Senior UX Researcher and more", "2026-04-08 18:31", BER,
              "1873262102.5511902.1775665860441@ltx1-app2091.prod.linkedin.com",
              extra=[("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=x>"),
                     ("X-LinkedIn-Class", "JOBS-TO-MBR"), ("X-LinkedIn-Template", "email_job_alert_digest_01")])
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 27 Personio rejection (thread with 1)


@mail(nm(), family="rejection", lang="de", interview=False, company="Lichtwerk Energie GmbH",
      note="Personio rejection after the interview of 10 March (thread); mentions the past conversation only")
def n_personio_rejection():
    plain = t("""
        Sehr geehrte Frau Wallner,

        nochmals herzlichen Dank für das angenehme Gespräch am 10. März und Ihr Interesse an der
        Position UX Researcher (m/w/d).

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung im
        Energiesektor noch etwas besser zu unseren aktuellen Anforderungen passt. Diese Entscheidung
        ist uns nicht leichtgefallen.

        Mit Ihrem Einverständnis würden wir Ihre Unterlagen gerne für zukünftige Positionen in Evidenz
        halten. Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

        Mit freundlichen Grüßen
        Katharina Berger
        Lichtwerk Energie GmbH
        """)
    hs = head(addr("Lichtwerk Energie GmbH", "noreply@mail.personio.de"),
              "Ihre Bewerbung als UX Researcher (m/w/d)", "2026-03-19 16:02", VIE,
              "0102018e0f3a91c4-2b8d7e6f-5a1c-4e9b-b3d2-8f0a6c4e1d97-000000@eu-central-1.amazonses.com",
              extra=[("Reply-To", addr("Katharina Berger", "katharina.berger@lichtwerk-energie.at"))])
    return message(hs, alt(text(plain), html("<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>\n")))


# --------------------------------------------------------------------------- 28 offer, Linz (thread with 3)


@mail(nm(), family="offer", lang="de", interview=False, company="Donaulände Software GmbH",
      days=(("Fri", "2026-04-24"),),
      note="Job offer after the interviews; reply deadline and start date, no interview")
def n_offer_linz():
    body = t("""
        Hallo Theresa,

        nach unseren beiden Gesprächen am 31. März und letzten Donnerstag kann ich dir heute
        offiziell mitteilen: Wir möchten dich sehr gerne als Senior UX Researcherin im Team haben!

        Im Anhang findest du unser Angebot (Dienstvertrag nach IT-KV, Verwendungsgruppe ST2,
        € 4.650 brutto/Monat 14x, 38,5 Std., 2 Tage Homeoffice/Woche, Eintritt 1. Juni 2026).

        Gib uns bitte bis Freitag, 24. April Bescheid, wie du dich entscheidest. Wenn du vorher noch
        Fragen hast, ruf mich jederzeit an – oder wir gehen auf einen Kaffee, wenn du in Linz bist.

        Liebe Grüße
        Stefan

        Stefan Gruber
        Team Lead Product Design
        Donaulände Software GmbH | Industriezeile 36 | 4020 Linz
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Angebot_Wallner_Theresa.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Angebot_Wallner_Theresa.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   b64("%PDF-1.7\n% Angebot Dienstvertrag (gekuerzt)\n%%EOF\n") + "\n")
    hs = head(addr("Stefan Gruber", "stefan.gruber@donaulaende-software.at"), "Unser Angebot für dich :)",
              "2026-04-14 11:20", VIE, "VI1PR08MB5342F0E9D8C7B6A5E4F3D2C1B0@VI1PR08MB5342.eurprd08.prod.outlook.com",
              extra=[("Content-Language", "de-AT"), ("X-MS-Has-Attach", "yes")])
    return message(hs, mixed(text(body), pdf))


# --------------------------------------------------------------------------- 29 XING message, Personalberaterin


@mail(nm(), family="recruiter_outreach", lang="de", interview=False, company=None,
      note="XING message notification from an executive-search consultant asking for a short call 'in den nächsten Tagen'; no fixed time; agency for an unnamed client -> company null")
def n_xing_outreach():
    plain = t("""
        Hallo Theresa Wallner,

        Sandra Hübl hat Ihnen eine Nachricht geschickt:

        "Liebe Frau Wallner,
        ich bin im Auftrag eines renommierten Wiener Fintechs auf der Suche nach einer Lead UX
        Researcherin und bin über Ihr Profil gestolpert – Ihre Erfahrung mit Research-Ops finde ich
        hochspannend. Hätten Sie in den nächsten Tagen Zeit für ein kurzes, vertrauliches Telefonat
        (ca. 15 Min)? Nennen Sie mir gern zwei, drei Zeitfenster, die Ihnen passen.
        Beste Grüße, Sandra Hübl, Ringstraße Executive Search"

        Jetzt antworten: https://www.xing.com/chats/b7e1c4d2-9a3f
        Profil ansehen: https://www.xing.com/profile/Sandra_Huebl3

        Sie erhalten diese E-Mail, weil Sie Benachrichtigungen über neue Nachrichten aktiviert haben.
        Einstellungen: https://www.xing.com/settings/notifications
        New Work SE, Am Strandkai 1, 20457 Hamburg
        """)
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#161c24">'
           + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("XING", "mailrobot@mail.xing.com"), "Neue Nachricht von Sandra Hübl", "2026-05-26 13:47", BER,
              "mailrobot.3a8f1c2e7d.20260526114701@mail.xing.com",
              extra=[("List-Unsubscribe", "<https://www.xing.com/settings/notifications/unsubscribe?t=abc>")])
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 30 self-schedule link (thread with 5)


@mail(nm(), family="scheduling_link", lang="de", interview=False, company="Isarfeld Mobility GmbH",
      note="Recruiter asks the candidate to book a slot via a Calendly link; nothing booked yet (the confirmation follows in another mail)")
def n_calendly_link_munich():
    body = t("""
        Hallo Frau Wallner,

        vielen Dank für Ihre Bewerbung als Product Designer – Ihr Portfolio hat uns sehr
        angesprochen! Gerne würden wir Sie in einem ersten, 30-minütigen Videocall kennenlernen.

        Bitte buchen Sie sich direkt über meinen Kalender einen passenden Termin:
        https://calendly.com/m-brandl-isarfeld/erstgespraech-product-design

        Die freien Slots gelten für die nächsten zwei Wochen. Sollte nichts Passendes dabei sein,
        melden Sie sich gerne einfach per Mail.

        Beste Grüße aus München
        Maximilian Brandl
        Talent Acquisition Lead
        Isarfeld Mobility GmbH | Leopoldstraße 244 | 80807 München
        """)
    hs = head(addr("Maximilian Brandl", "m.brandl@isarfeld-mobility.de"),
              "Ihre Bewerbung bei Isarfeld Mobility – nächster Schritt", "2026-04-24 10:05", BER,
              "CAE9uQ1r-7mWx3Lp0kZ2bTf8nV4yH6cJ5sG@mail.gmail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 31 slot proposals (thread with 6)


@mail(nm(), family="slot_proposal", lang="en", interview=False, company="Hollowtree Health Ltd",
      days=(("Wed", "2026-02-11"), ("Thu", "2026-02-12"), ("Fri", "2026-02-13")),
      note="Recruiter offers three slots and asks the candidate to pick one; nothing agreed yet")
def n_slot_proposals_london():
    body = t("""
        Hi Theresa,

        Great news - Tom (our Head of Design) would love to move you forward to the portfolio
        review stage. It's a 60-minute video call with Tom and Nia, one of our PMs.

        Would any of these work for you? All times UK time (GMT):

          - Wed 11 Feb, 10:00-11:00
          - Thu 12 Feb, 15:00-16:00
          - Fri 13 Feb, 13:30-14:30

        If none of those suit, send me a couple of alternatives and I'll make it work. Once you
        confirm, you'll receive a calendar invite with the Zoom link.

        Best,
        Priya

        Priya Shah
        Talent Partner, Hollowtree Health
        priya.shah@hollowtree.health
        """)
    hs = head(addr("Priya Shah", "priya.shah@hollowtree.health"), "Hollowtree Health - next steps",
              "2026-02-04 16:25", LON, "CAOk2Zp7q_Vw1fT9Lr4m3HbX8eN0yCj6dUs@mail.gmail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 32 take-home challenge (thread with 4)


@mail(nm(), family="take_home", lang="de", interview=False, company="Kiezkasse GmbH",
      days=(("Mon", "2026-05-04"),),
      note="Design challenge with a submission deadline (Mo 4. Mai, 12:00); a deadline, not an interview")
def n_takehome_berlin():
    body = t("""
        Hi Theresa,

        danke nochmal für das tolle Gespräch gestern! Wie angekündigt kommt hier unsere kleine
        Design-Challenge:

        Aufgabe: Überarbeite den Onboarding-Flow unserer App für Selbstständige (Briefing im PDF).
        Umfang: bitte nicht mehr als 4-5 Stunden investieren, Skizzen reichen völlig.
        Abgabe: bis Montag, 4. Mai, 12:00 Uhr – einfach als Figma-Link an mich.

        Wenn du Rückfragen hast, schreib mir jederzeit. Die Besprechung deiner Lösung machen wir
        dann in einem separaten Termin, den wir nach der Abgabe ausmachen.

        LG
        Jana

        Jana Pohl
        Head of Design | Kiezkasse GmbH
        Skalitzer Straße 85, 10997 Berlin
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Kiezkasse_Design_Challenge.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Kiezkasse_Design_Challenge.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   b64("%PDF-1.4\n% Design Challenge Briefing\n%%EOF\n") + "\n")
    hs = head(addr("Jana Pohl", "jana.pohl@kiezkasse.de"), "Design-Challenge Kiezkasse",
              "2026-04-23 09:58", BER, "CAH3bVn8Qe2_kTx0Wm7pZr1Lc9YfD4sGj5u@mail.gmail.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


# --------------------------------------------------------------------------- 33 online assessment (thread with 11)


@mail(nm(), family="assessment", lang="de", interview=False, company="Würmtal Versicherung AG",
      days=(("Wed", "2026-07-08"),),
      note="Workday online-assessment invitation with a completion deadline; no interview time")
def n_assessment_munich():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:10pt;color:#333">
        <p>Sehr geehrte Frau Wallner,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>UX Researcher (w/m/d) – Digitale Kundenstrecken</b> (Ref. R-0042871).</p>
        <p>Als nächsten Schritt bitten wir Sie, unser Online-Assessment zu absolvieren. Es besteht aus einem
        Fragebogen zu Arbeitsweisen sowie einem kurzen Test zum logischen Denken und dauert etwa 35 Minuten.</p>
        <p><b>Bitte schließen Sie das Assessment bis Mittwoch, 08.07.2026, 23:59 Uhr ab.</b></p>
        <p><a href="https://assessment.talentlens-online.example/start?token=9f2c7a">Zum Online-Assessment</a></p>
        <p>Nach Auswertung der Ergebnisse melden wir uns mit den nächsten Schritten – gegebenenfalls mit einer Einladung zum Interview.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Würmtal Versicherung AG</p>
        <p style="font-size:8pt;color:#888">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</p>
        </div></body></html>
        """)
    hs = head(addr("Würmtal Versicherung", "wuermtal@myworkday.com"),
              "Nächster Schritt: Online-Assessment – UX Researcher (w/m/d)", "2026-06-29 08:11", BER,
              "1473920118.70288.1782713460119@wd3-impl-prod.myworkday.com")
    return message(hs, html(htm, cte="base64"))


# --------------------------------------------------------------------------- 34 dentist reminder


@mail(nm(), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-03-12"),),
      note="Dentist appointment reminder with a fixed time; not an interview; iso-8859-15 body")
def n_dentist():
    body = t("""
        Sehr geehrte Frau Wallner,

        wir erinnern Sie an Ihren Termin in unserer Ordination:

            Donnerstag, 12.03.2026 um 08:15 Uhr
            Mundhygiene + Kontrolle (Dr. Eva Lechner)

        Bitte bringen Sie Ihre e-card mit. Sollten Sie den Termin nicht wahrnehmen können, ersuchen
        wir um Absage bis spätestens 24 Stunden vorher unter 01 523 88 40 - andernfalls müssen wir
        Ihnen den Termin leider verrechnen.

        Mit freundlichen Grüßen
        Ihr Team der Ordination Dr. Eva Lechner
        Zahnärztin | Neubaugasse 12/4, 1070 Wien
        """)
    hs = head(addr("Ordination Dr. Lechner", "termine@zahnarzt-lechner.at"),
              "Terminerinnerung: Do., 12.03.2026, 08:15 Uhr", "2026-03-10 18:00", VIE,
              "reminder.44719.20260310170000@zahnarzt-lechner.at", charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


# --------------------------------------------------------------------------- 35 1:1 with current manager (Exchange)


@mail(nm(), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Recurring Exchange 'Jour fixe' 1:1 with the current manager at her employer; not an interview")
def n_jourfixe():
    org = ("Markus Eder", "markus.eder@wienfluss-digital.at")
    desc = t("""
        Hi Theresa,

        wie besprochen ab jetzt wieder wöchentlich unser Jour fixe – Themen: Research-Roadmap Q2,
        deine Ziele fürs Mitarbeitergespräch, alles was sonst anliegt.

        lg Markus
        """) + "\n" + teams_de("ZDc0YTFhMjAtNjk1Mi00", "361 450 228 017")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Markus Eder:mailto:markus.eder@wienfluss-digital.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theresa Wallner:mailto:theresa.wallner@wienfluss-digital.at
DESCRIPTION;LANGUAGE=de-AT:{ics_escape(desc)}
RRULE:FREQ=WEEKLY;UNTIL=20261222T080000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000C4D3A1F2E06CDC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
SUMMARY;LANGUAGE=de-AT:Jour fixe Theresa / Markus
DTSTART;TZID=W. Europe Standard Time:20260413T090000
DTEND;TZID=W. Europe Standard Time:20260413T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T142207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr(*org), "Jour fixe Theresa / Markus", "2026-04-08 16:22", VIE,
              "AM0PR10MB3418C1D2E3F4A5B6C7D8E9F0A1@AM0PR10MB3418.EURPRD10.PROD.OUTLOOK.COM",
              to=addr("Theresa Wallner", "theresa.wallner@wienfluss-digital.at"),
              extra=[("Thread-Topic", "Jour fixe Theresa / Markus"), ("Content-Language", "de-AT"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(desc), calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 36 apartment viewing


@mail(nm(), family="non_interview_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-04-15"),),
      note="Apartment viewing confirmed for a fixed time by an estate agent; not an interview")
def n_wohnung():
    body = t("""
        Sehr geehrte Frau Wallner,

        danke für Ihre Anfrage über willhaben zur 2-Zimmer-Altbauwohnung in der Kaiserstraße, 1070 Wien
        (62 m², HWB 94, Miete € 1.140,– inkl. BK).

        Gerne bestätige ich Ihnen den Besichtigungstermin am Mittwoch, 15.04., um 17:30 Uhr.
        Treffpunkt vor dem Haustor Kaiserstraße 37; bitte Lichtbildausweis und die letzten drei
        Gehaltszettel mitbringen, falls Sie sich gleich für die Wohnung bewerben möchten.

        Mit freundlichen Grüßen

        Patrick Schuster
        Immobilienmakler
        Neubau Immobilien GmbH | Burggasse 24, 1070 Wien
        T +43 1 890 45 12 | M +43 699 104 877 20
        """)
    hs = head(addr("Patrick Schuster | Neubau Immobilien", "p.schuster@neubau-immobilien.at"),
              "Besichtigung Kaiserstraße 37 / Top 9", "2026-04-13 12:44", VIE,
              "5e3b1f0a-9c7d-4e2a-b8f6-21d0c4a9e7b3@neubau-immobilien.at")
    return message(hs, alt(text(body), html("<html><body style=\"font-family:Calibri,sans-serif\"><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n")))


# --------------------------------------------------------------------------- 37 meetup RSVP


@mail(nm(), family="meetup", lang="de", interview=False, company=None,
      days=(("Thu", "2026-05-28"),),
      note="Meetup RSVP for a UX talk titled about interviewing users; an event, not a job interview")
def n_meetup():
    plain = t("""
        Du bist dabei!

        UX Vienna #87: „Interviewing Users – wie man gute Fragen stellt“
        Donnerstag, 28. Mai 2026, 18:30 bis 21:00 MESZ
        Impact Hub Vienna, Lindengasse 56, 1070 Wien

        Speaker: Judith Lang (Lead Researcher) – danach Getränke & Networking.

        Zum Kalender hinzufügen: https://www.meetup.com/ux-vienna/events/305771249/ical/
        Veranstaltung ansehen: https://www.meetup.com/ux-vienna/events/305771249/

        Kannst du doch nicht? Bitte ändere deine Zusage, damit jemand von der Warteliste nachrücken kann.

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Abmelden: https://www.meetup.com/account/comm/
        """)
    htm = ('<html><body style="font-family:Graphik,Helvetica,Arial,sans-serif">'
           + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("Meetup", "info@meetup.com"), "Du bist dabei: UX Vienna #87", "2026-05-20 09:12", VIE,
              "0100018fa9d3c2b1-4e7f1a2b-c3d4-4e5f-9a8b-7c6d5e4f3a2b-000000@email.meetup.com",
              extra=[("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub>"), ("Precedence", "bulk")])
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 38 webinar titled like an interview


@mail(nm(), family="marketing_webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-06-16"),),
      note="Webinar registration 'Das perfekte Bewerbungsgespräch' with a Zoom link and ICS; not a job interview")
def n_webinar():
    plain = t("""
        Hallo Theresa,

        vielen Dank für Ihre Anmeldung zum Webinar

        „Das perfekte Bewerbungsgespräch: Gehaltsverhandlung & Stärken-Fragen souverän meistern“

        Datum & Uhrzeit: 16. Juni 2026, 19:00 Wien

        Klicken Sie hier, um teilzunehmen: https://us06web.zoom.us/w/83310429771?tk=Kk9aQ2tx
        Passcode: 482913

        Zum Kalender hinzufügen: Google Kalender | Outlook-Kalender (.ics) | Yahoo Kalender

        Sie können Ihre Registrierung jederzeit stornieren.

        Karriereakademie Österreich – Ihr Partner für den nächsten Karriereschritt
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
{VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Vienna")}
BEGIN:VEVENT
DTSTAMP:20260602T080512Z
DTSTART;TZID=Europe/Vienna:20260616T190000
DTEND;TZID=Europe/Vienna:20260616T203000
SUMMARY:Das perfekte Bewerbungsgespräch (Webinar)
UID:20260602T080512Z-83310429771@fe80:0:0:0:4:ac:1e:2
DESCRIPTION:https://us06web.zoom.us/w/83310429771?tk=Kk9aQ2tx
LOCATION:https://us06web.zoom.us/w/83310429771?tk=Kk9aQ2tx
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Karriereakademie Österreich", "no-reply@zoom.us"),
              "Bestätigung: Das perfekte Bewerbungsgespräch (Webinar)", "2026-06-02 10:05", VIE,
              "kZ4xQ9mWTqO3n1Bf7d2Ysg@geopod-ismtpd-zoom-12")
    body = mixed(alt(text(plain), html("<html><body>" + plain.replace("\n", "<br>") + "</body></html>\n")),
                 calendar(ics, method=None, cte="base64", filename="Webinar.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 39 mock interview (career center)


@mail(nm(), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Sat", "2026-01-24"),),
      note="Alumni career center confirms a mock interview (Probe-Bewerbungsgespräch) at a fixed time; practice, not a job interview; windows-1252")
def n_mock_interview():
    body = t("""
        Liebe Theresa,

        danke für Ihre Buchung im Alumni Career Service! Hiermit bestätigen wir Ihren Termin:

        Mock Interview (Englisch) – Probe-Bewerbungsgespräch mit Feedback
        Samstag, 24. Jänner 2026, 10:00 – 11:00 Uhr
        Coach: Mag. Sonja Reisinger
        Ort: Alumni-Büro, Campus Altes AKH, Hof 1, Spitalgasse 2, 1090 Wien

        Bitte bringen Sie eine Stellenausschreibung mit, auf die Sie sich gerade bewerben – wir
        simulieren das Gespräch möglichst realistisch und besprechen danach Ihre Antworten.

        Stornierungen bitte bis 48 Stunden vorher.

        Herzliche Grüße
        Ihr Alumni Career Service Team
        """)
    hs = head(addr("Alumni Career Service", "careerservice@alumni-wien.example.at"),
              "Terminbestätigung: Mock Interview am 24.01.", "2026-01-19 14:30", VIE,
              "20260119133012.GA40192@alumni-wien.example.at", charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 40 podcast recording


@mail(nm(), family="podcast", lang="de", interview=False, company=None,
      days=(("Thu", "2026-02-26"),),
      note="Podcast host confirms an 'Interview' recording with Theresa as guest; fixed time, but not a job interview")
def n_podcast():
    body = t("""
        Liebe Theresa,

        wie fein, dass du bei „Design Talk Wien“ dabei bist! Hier nochmal alles fürs Interview:

        Aufnahme: Donnerstag, 26.02., 16 Uhr (wir planen ca. 60 min ein, die Folge wird dann ~40 min)
        Wo: remote über Riverside – Link: https://riverside.fm/studio/design-talk-wien
        Thema: "Research in kleinen Teams – wie man ohne Research-Ops überlebt"

        Bitte Kopfhörer verwenden und, wenn möglich, ein externes Mikro. Ich schick dir vorab noch
        die groben Fragen, damit du dich nicht überfallen fühlst :)

        Danke & bis bald!
        Lukas

        Lukas Brenner
        Host, Design Talk Wien – der Podcast über Gestaltung, Produkt & Research
        """)
    hs = head(addr("Lukas Brenner", "lukas@designtalk.wien"), "Interview für Design Talk Wien – Details",
              "2026-02-20 11:38", VIE, "CAPm1rT0x_Ek8Wq2nZbH5fVy9Lc3DjG7sKa@mail.gmail.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 41 expert interview for a thesis


@mail(nm(), family="research_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-03-20"),),
      note="Master student confirms an expert interview for her thesis with Theresa as the expert; not a job interview")
def n_thesis_interview():
    body = t("""
        Sehr geehrte Frau Wallner,

        vielen herzlichen Dank, dass Sie sich für ein Experteninterview im Rahmen meiner Masterarbeit
        („Research Repositories in österreichischen Produktteams“, FH Oberösterreich, Campus Hagenberg)
        zur Verfügung stellen!

        Ich bestätige gerne den Termin am Freitag, 20.03. um 9:00 Uhr via Zoom
        (https://fh-ooe.zoom.us/j/97412288310). Das Interview dauert maximal 45 Minuten und wird,
        wie besprochen, nur mit Ihrem Einverständnis aufgezeichnet. Die Einverständniserklärung finden
        Sie im Anhang.

        Mit freundlichen Grüßen
        Anna Leitner
        Masterstudentin Interaction Design & Solutions
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Einverstaendniserklaerung.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Einverstaendniserklaerung.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   b64("%PDF-1.5\n% Einverstaendniserklaerung Interview\n%%EOF\n") + "\n")
    hs = head(addr("Anna Leitner", "s2410631007@students.fh-hagenberg.example.at"),
              "Experteninterview Masterarbeit – Terminbestätigung", "2026-03-13 20:51", VIE,
              "3c2d8e1f-0a9b-4c7d-8e6f-5a4b3c2d1e0f@students.fh-hagenberg.example.at")
    return message(hs, mixed(text(body), pdf))


# --------------------------------------------------------------------------- 42 interviewer assignment at her employer


@mail(nm(), family="interviewer_assignment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-05-20"),),
      note="Personio at her current employer assigns Theresa as an interviewer for a junior candidate; she interviews someone else")
def n_interviewer_personio():
    plain = t("""
        Hallo Theresa,

        du wurdest als Interviewer:in für folgendes Gespräch eingeplant:

        Kandidat:in: Paul Berger
        Stelle: Junior UX Designer (m/w/d)
        Termin: Mi., 20.05.2026, 14:00 - 15:00
        Ort: Besprechungsraum "Wienfluss" / Teams

        Lebenslauf und Portfolio findest du im Bewerberprofil:
        https://wienfluss-digital.personio.de/recruiting/applications/3318842

        Bitte trage deine Bewertung nach dem Gespräch direkt in Personio ein.

        Dein Personio-Team
        """)
    hs = head(addr("Personio", "noreply@mail.personio.de"),
              "Du wurdest als Interviewer:in eingeplant: Junior UX Designer (m/w/d)", "2026-05-15 09:02", VIE,
              "0102018f7a2c3d4e-6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0-000000@eu-central-1.amazonses.com",
              to=addr("Theresa Wallner", "theresa.wallner@wienfluss-digital.at"))
    return message(hs, alt(text(plain), html("<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n")))


# --------------------------------------------------------------------------- 43 Calendly booking by a research participant


@mail(nm(), family="research_session", lang="de", interview=False, company=None,
      days=(("Tue", "2026-06-30"),),
      note="Calendly host notification: a study participant booked a user interview with Theresa (the researcher); not her job interview")
def n_calendly_participant():
    plain = t("""
        Hallo Theresa Wallner,

        Ein neues Ereignis wurde geplant.

        Ereignistyp:
        Nutzerinterview Kundenportal (45 Min)

        Eingeladen:
        Paula Schmid
        paula.schmid@example.net

        Datum/Uhrzeit des Ereignisses:
        10:00 - 10:45, Dienstag, 30. Juni 2026 (Mitteleuropäische Zeit)

        Ort:
        Microsoft Teams (Link folgt)

        Wie nutzen Sie das Kundenportal derzeit?:
        hauptsächlich für Rechnungen, manchmal Zählerstand

        Ereignis in Calendly ansehen: https://calendly.com/app/scheduled_events/user/me

        Unterstützt von Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Neues Ereignis: Paula Schmid – 10:00 Di, 30. Jun 2026 – Nutzerinterview Kundenportal (45 Min)",
              "2026-06-24 21:17", VIE, "01000197a4b5c6d7-8e9f0a1b-2c3d-4e5f-a6b7-c8d9e0f1a2b3-000000@email.amazonses.com",
              to=addr("Theresa Wallner", "theresa.wallner@wienfluss-digital.at"),
              extra=[("Reply-To", addr("Paula Schmid", "paula.schmid@example.net"))])
    return message(hs, alt(text(plain), html("<html><body>" + plain.replace("\n", "<br>") + "</body></html>\n")))


# --------------------------------------------------------------------------- 44 reference check (thread with 15)


@mail(nm(), family="reference_check", lang="de", interview=False, company="Schöckl Systems GmbH",
      days=(("Thu", "2026-10-15"),),
      note="After the interview, HR says they will call her reference on Thursday at 11; a reference call, not her interview")
def n_reference_check():
    body = t("""
        Sehr geehrte Frau Wallner,

        vielen Dank nochmals für das angenehme Gespräch am Montag. Wie angekündigt würden wir im
        nächsten Schritt gerne mit einer Ihrer Referenzen sprechen.

        Frau DI Claudia Marek (Ihre frühere Vorgesetzte bei Wienfluss Digital) hat uns bereits
        zurückgeschrieben; wir telefonieren mit ihr am Donnerstag, 15.10. um 11 Uhr. Sie müssen dafür
        nichts weiter tun – ich wollte Sie nur informieren.

        Wir melden uns spätestens Ende nächster Woche mit einer Rückmeldung.

        Mit freundlichen Grüßen
        Daniela Pölzl
        HR | Schöckl Systems GmbH
        Waagner-Biro-Straße 98, 8020 Graz
        """)
    hs = head(addr("Daniela Pölzl", "daniela.poelzl@schoeckl-systems.at"), "Referenzauskunft",
              "2026-10-08 15:10", VIE, "000a01dc37f2$e1c4b0a0$a54e11e0$@schoeckl-systems.at",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-at")])
    return message(hs, text(body))


# --------------------------------------------------------------------------- 45 out of office


@mail(nm(), family="auto_reply", lang="de", interview=False, company="Feldfunk GmbH",
      note="Out-of-office auto-reply (German/English) to the candidate's thank-you mail; Auto-Submitted header")
def n_ooo():
    body = t("""
        Hallo,

        vielen Dank für deine Nachricht. Ich bin bis einschließlich 19.10. im Urlaub und lese meine
        E-Mails nur sporadisch. In dringenden Fällen wende dich bitte an jobs@feldfunk.de.

        Thanks for your message. I'm out of office until 19 October with limited access to email.
        For urgent matters please contact jobs@feldfunk.de.

        Viele Grüße / Best
        Leonie Hartmann
        """)
    hs = head(addr("Leonie Hartmann", "leonie.hartmann@feldfunk.de"),
              "Automatische Antwort: Danke für das Gespräch heute", "2026-10-08 18:44", BER,
              "CAOOO7f1-abwesend-20261008164412@feldfunk.de",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
                     ("In-Reply-To", "<CAF1kT9z0x@example.org>")])
    return message(hs, text(body))


# --------------------------------------------------------------------------- 46 bounce


@mail(nm(), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of the candidate's own application mail (unknown recipient); the returned message is an application, not an interview")
def n_bounce():
    report = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <karriere@prager-designhaus.example.cz>: host mx.prager-designhaus.example.cz[81.95.110.12]
            said: 550 5.1.1 <karriere@prager-designhaus.example.cz>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4Fq2Zk1Xb7z9
        X-Postfix-Sender: rfc822; theresa.wallner@example.org
        Arrival-Date: Mon, 16 Mar 2026 19:02:11 +0100 (CET)

        Final-Recipient: rfc822; karriere@prager-designhaus.example.cz
        Original-Recipient: rfc822;karriere@prager-designhaus.example.cz
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.prager-designhaus.example.cz
        Diagnostic-Code: smtp; 550 5.1.1 <karriere@prager-designhaus.example.cz>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Sehr geehrte Damen und Herren,

        anbei sende ich Ihnen meine Bewerbung als UX Designerin für Ihr Studio in Prag. Über die
        Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

        Mit freundlichen Grüßen
        Theresa Wallner
        """)
    orig = message([("From", ME_TO), ("To", "karriere@prager-designhaus.example.cz"),
                    ("Subject", "Bewerbung UX Designer - Theresa Wallner"),
                    ("Date", date("2026-03-16 19:02", VIE)), ("Message-ID", "<b3f9a1e2-77c0-4d1a@example.org>")],
                   text(body=orig_body))
    dsn = raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status)
    notif = raw_part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')], report)
    att = attached_message(orig)
    att.headers.insert(0, ("Content-Description", "Undelivered Message"))
    body = __import__("make").multipart("report", notif, dsn, att, params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx01.example.org"),
              "Undelivered Mail Returned to Sender", "2026-03-16 19:02", VIE,
              "20260316180213.4Fq2Zk1Xb7z9@mx01.example.org",
              extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, body)


# --------------------------------------------------------------------------- 47 newsletter about interviewing


@mail(nm(), family="newsletter_tips", lang="de", interview=False, company=None,
      note="karriere.at magazine newsletter on interview questions and following up; nothing scheduled")
def n_newsletter():
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>karriere.at Magazin</title></head>
        <body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff" cellpadding="20">
        <tr><td><h1 style="font-size:24px">Bewerbungsgespräch: Diese 10 Fragen kommen (fast) immer</h1>
        <p>„Wo sehen Sie sich in fünf Jahren?“ – Klassiker wie diesen hörst du in fast jedem Vorstellungsgespräch.
        Wir zeigen dir, was Personaler:innen wirklich hören wollen, und wie du nach dem Gespräch mit einer
        kurzen Dankes-Mail punktest.</p>
        <p><a href="https://www.karriere.at/blog/10-fragen-vorstellungsgespraech.html">Weiterlesen</a></p>
        <h2 style="font-size:18px">Außerdem im Magazin</h2>
        <ul><li>Video-Interview: So wirkst du vor der Kamera professionell</li>
        <li>Gehaltsverhandlung 2026: Was ist in der IT-Branche drin?</li>
        <li>Hearing im öffentlichen Dienst – so läuft es ab</li></ul>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Du erhältst diesen Newsletter, weil du ihn auf karriere.at abonniert hast.
        <a href="https://www.karriere.at/newsletter/abmelden">Abmelden</a> · karriere.at GmbH, Peter-Behrens-Platz 10, 4020 Linz</td></tr>
        </table></body></html>
        """)
    hs = head(addr("karriere.at Magazin", "newsletter@mail.karriere.at"),
              "10 Fragen, die im Bewerbungsgespräch (fast) immer kommen", "2026-09-22 06:30", VIE,
              "nl-20260922-4471.99281734@mail.karriere.at",
              extra=[("List-Unsubscribe", "<https://www.karriere.at/newsletter/abmelden?u=8812734>"),
                     ("List-Id", "karriere.at Magazin <magazin.karriere.at>"), ("Precedence", "bulk")])
    return message(hs, html(htm))


# --------------------------------------------------------------------------- 48 Spanish post-interview (thread with 7)


@mail(nm(), family="post_interview", lang="es", interview=False, company="Mosaic Verd S.L.",
      days=(("Fri", "2026-06-19"),),
      note="Spanish thank-you after the interview with a decision date; nothing scheduled")
def n_post_interview_es():
    body = t("""
        Hola Theresa:

        ¡Gracias por la entrevista de ayer! A Jordi y a mí nos gustó mucho cómo explicaste el
        proyecto del estudio diario con usuarios.

        Esta semana terminamos de hablar con el resto de candidatos y te diremos algo antes del
        viernes 19 de junio, sea cual sea la decisión.

        Un abrazo,
        Laia

        Laia Puig
        People & Talent | Mosaic Verd
        """)
    hs = head(addr("Laia Puig", "laia.puig@mosaicverd.es"), "Re: Entrevista Mosaic Verd – UX Researcher",
              "2026-06-10 13:05", MAD, "CAJm7q2yAa_We1iQa4dX2fl9oVrgM3c6tS-@mail.gmail.com",
              extra=[("In-Reply-To", "<CAJm7q1x9Zt_Vd0hPz3cW1ek8nUqfL2b5sR-@mail.gmail.com>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 49 softgarden receipt (thread with 20)


@mail(nm(), family="application_ack", lang="de", interview=False, company="Pöstlingberg Games GmbH",
      note="softgarden application receipt; promises to get in touch, mentions a possible interview, nothing fixed")
def n_softgarden_receipt():
    plain = t("""
        Hallo Theresa Wallner,

        vielen Dank für Ihre Bewerbung als UX Researcher (m/w/d) bei der Pöstlingberg Games GmbH!

        Wir haben Ihre Unterlagen erhalten und schauen sie uns in Ruhe an. In der Regel melden wir
        uns innerhalb von zwei Wochen – passt Ihr Profil, laden wir Sie gerne zu einem ersten
        Kennenlernen ein.

        Den Status Ihrer Bewerbung können Sie jederzeit hier einsehen:
        https://poestlingberg-games.softgarden.io/de/application/status

        Viele Grüße
        Ihr People-Team von Pöstlingberg Games

        Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese E-Mail.
        Powered by softgarden
        """)
    htm = ('<html><body style="font-family:Open Sans,Arial,sans-serif;font-size:14px">'
           + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("Pöstlingberg Games GmbH", "noreply@softgarden.io"),
              "Ihre Bewerbung: UX Researcher (m/w/d)", "2026-10-26 22:41", VIE,
              "sg-appl-5518820.1793137260@softgarden.io")
    return message(hs, alt(text(plain), html(htm)))


# --------------------------------------------------------------------------- 50 Greenhouse self-schedule (thread with 19)


@mail(nm(), family="scheduling_link", lang="en", interview=False, company="Bramblecode Ltd",
      note="Greenhouse availability/self-schedule request before the (later rescheduled) interview; no time chosen yet")
def n_greenhouse_selfschedule():
    plain = t("""
        Hi Theresa,

        Thanks for chatting with us! We'd like to invite you to the next stage: a 60-minute Product
        Sense & Collaboration interview with Sam and Ifeoma.

        Please use the link below to choose a time that works for you. Slots are shown in your local
        time zone:

        https://app.greenhouse.io/scheduler/bramblecode/4f8c2e1a9b7d

        The link expires in 5 days. If none of the times suit, just reply to this email and we'll
        sort something out.

        Cheers,
        Harriet Wells
        Recruiting Coordinator, Bramblecode
        """)
    hs = head(addr("Harriet Wells", "no-reply@us.greenhouse-mail.io"),
              "Schedule your interview with Bramblecode", "2026-03-18 15:32", LON,
              "Tq8mV0xR_3kPz1Yc7f2bNw@geopod-ismtpd-5",
              extra=[("Reply-To", addr("Harriet Wells", "harriet.wells@bramblecode.co.uk"))])
    return message(hs, alt(text(plain), html("<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n")))
