"""blind293: a blind 50-mail held-out set, the inbox of Lukas Hoffmeister, aircraft-maintenance planner
in Dessau (Europe/Berlin), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the general parts
of bench/heldout/README.md (set overview, Mix, label conventions, traps, judgement calls), the dev
corpus README, dev/labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector,
its tests and fixtures, the other held-out mails or sets, and never ran the detector. Every mail is
written by hand below (one function each); make.py does the MIME plumbing and the label checks.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives.
"""

from __future__ import annotations

import hashlib
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
    html,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(2930293).sample(range(1, 51), 50)
SET = "blind293"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "lukas.hoffmeister@example.com"
ME_A = addr("Lukas Hoffmeister", ME)
BER = "Europe/Berlin"


def when(local: str, zone: str, local_end: str | None = None) -> dict:
    """Label fields from the local time as written in the mail ('Tue 2026-09-15 10:00')."""
    rest = local.split(" ", 1)[1]
    out = {"local": local, "zone": zone, "start": make.utc(rest, zone), "end": None}
    if local_end:
        out.update(local_end=local_end, end=make.utc(local_end, zone))
    return out


def h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{h(seed)}@{domain}>"


def rcv(host: str, ip: str, when_: str, zone: str, seed: str) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when_, zone,
                                 f"mx02.mail.example.com with ESMTPS id {h(seed, 12)}", ME))


def base(frm: str, subject: str, when_: str, zone: str, msgid: str, *, host: str, ip: str,
         to: str = ME_A, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        rcv(host, ip, when_, zone, msgid),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when_, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE"""

EXCHANGE_TAIL = """CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT"""

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Besprechungsraum teil
Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>
Besprechungs-ID: {mid}
Kennung: {pw}
________________________________________________________________________________"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pw}
________________________________________________________________________________"""


def outlook_html(body: str, lang: str = "de") -> str:
    import html as _html

    paras = "\n".join(
        f'<p class="MsoNormal">{_html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in body.rstrip("\n").split("\n"))
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="{lang}">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            f"{paras}\n</div>\n</body>\n</html>\n")


def exchange_headers(topic: str, seed: str, lang: str = "de-DE") -> tuple[tuple[str, str], ...]:
    return (
        ("Thread-Topic", enc(topic)),
        ("Thread-Index", "AQH" + h(seed + "ti", 20) + "=="),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    )


# =========================================================================== positives: scheduled


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           company="Muldeflug Technik GmbH", contact="sandra.koehler@muldeflug-technik.de",
           note="Personio Einladung (Sie) with invite.ics (TZID Europe/Berlin); 'Dienstag, 15.09.2026, "
                "10:00 - 11:00 Uhr' CEST (UTC+2); contact = human Reply-To (sender is no-reply)",
           **when("Tue 2026-09-15 10:00", BER, "2026-09-15 11:00"))
def m01() -> bytes:
    msgid = mid("m01", "mail.personio.de")
    hs = base(addr("Muldeflug Technik GmbH", "no-reply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Instandhaltungsplaner (m/w/d)",
              "2026-09-08 09:12", BER, msgid, host="mail-out-3.personio.de", ip="18.194.77.12",
              extra=(("Reply-To", addr("Sandra Köhler", "sandra.koehler@muldeflug-technik.de")),
                     ("X-Mailer", "Personio Recruiting")))
    plain = t("""
        Sehr geehrter Herr Hoffmeister,

        vielen Dank für Ihre Bewerbung als Instandhaltungsplaner (m/w/d) bei der Muldeflug Technik GmbH.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.

        Termin:   Dienstag, 15.09.2026, 10:00 - 11:00 Uhr
        Ort:      Muldeflug Technik GmbH, Hangar 2 (Besuchereingang), Alte Leipziger Str. 112, 06844 Dessau-Roßlau
        Gesprächspartner: Sandra Köhler (Personal), Matthias Rehfeld (Leiter Technik)

        Bitte melden Sie sich am Empfang im Verwaltungsgebäude. Einen Besucherparkplatz finden Sie direkt
        vor dem Tor. Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Sandra Köhler
        Personalreferentin

        Muldeflug Technik GmbH · Amtsgericht Stendal HRB 27114 · Geschäftsführer: Dipl.-Ing. Klaus Wendler
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Sehr geehrter Herr Hoffmeister,</p>
        <p>vielen Dank für Ihre Bewerbung als Instandhaltungsplaner (m/w/d) bei der Muldeflug Technik GmbH.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Termin</b></td><td>Dienstag, 15.09.2026, 10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Muldeflug Technik GmbH, Hangar 2 (Besuchereingang), Alte Leipziger Str. 112, 06844 Dessau-Roßlau</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Sandra Köhler (Personal), Matthias Rehfeld (Leiter Technik)</td></tr>
        </table>
        <p>Bitte melden Sie sich am Empfang im Verwaltungsgebäude. Einen Besucherparkplatz finden Sie direkt
        vor dem Tor. Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Sandra Köhler<br>Personalreferentin</p>
        <p style="font-size:11px;color:#777">Muldeflug Technik GmbH · Amtsgericht Stendal HRB 27114 ·
        Geschäftsführer: Dipl.-Ing. Klaus Wendler<br>Versendet über Personio</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-{h("m01uid", 32)}
DTSTAMP:20260908T071200Z
DTSTART;TZID=Europe/Berlin:20260915T100000
DTEND;TZID=Europe/Berlin:20260915T110000
SUMMARY:Vorstellungsgespräch Lukas Hoffmeister – Instandhaltungsplaner (m/w/d)
LOCATION:Muldeflug Technik GmbH\\, Hangar 2\\, Alte Leipziger Str. 112\\, 06844 Dessau-Roßlau
ORGANIZER;CN=Sandra Köhler:mailto:sandra.koehler@muldeflug-technik.de
ATTENDEE;CN=Lukas Hoffmeister;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.hoffmeister@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, cte="base64", filename="einladung.ics", disposition="attachment",
                          name_param=True))
    return message(hs, body)


@make.mail(N(2), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           company="Elbtal Aero Services GmbH", contact="jens.petersen@elbtal-aero.de",
           note="Exchange meeting request; the time is only in the ICS: DTSTART;TZID=W. Europe Standard "
                "Time 20260924T140000 (CEST, UTC+2) to 15:00; contact = ORGANIZER/sender",
           **when("Thu 2026-09-24 14:00", BER, "2026-09-24 15:00"))
def m02() -> bytes:
    msgid = f"<{h('m02').upper()}@AM9PR03MB7715.eurprd03.prod.outlook.com>"
    hs = base(addr("Jens Petersen", "jens.petersen@elbtal-aero.de"),
              "Vorstellungsgespräch Lukas Hoffmeister – Instandhaltungsplaner Base Maintenance",
              "2026-09-17 16:40", BER, msgid, host="EUR03-AM7-obe.outbound.protection.outlook.com",
              ip="40.107.105.88",
              extra=exchange_headers("Vorstellungsgespräch Lukas Hoffmeister – Instandhaltungsplaner Base Maintenance", "m02"))
    teams = TEAMS_DE.format(code=h("m02teams", 40), mid="372 118 904 551", pw="Hx7pQ2")
    plain = t("""
        Hallo Herr Hoffmeister,

        wie heute Vormittag am Telefon besprochen, hier die Einladung zu unserem Gespräch über Teams.
        Dabei sind Frau Dr. Ilka Marquardt (Leitung CAMO) und ich. Planen Sie bitte eine Stunde ein;
        wir würden gern auch kurz über Ihre Erfahrung mit AMOS und der Check-Planung sprechen.

        Viele Grüße
        Jens Petersen
        Teamleiter Produktionsplanung Base Maintenance

        Elbtal Aero Services GmbH | Finkenwerder Hauptdeich 31 | 21129 Hamburg
        T +49 40 7411 3320 | jens.petersen@elbtal-aero.de

        """) + teams + "\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Jens Petersen:mailto:jens.petersen@elbtal-aero.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Hoffmeister:mailto:lukas.hoffmeister@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ilka Marquardt:mailto:ilka.marquardt@elbtal-aero.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Hoffmeister\\,\\n\\nwie heute Vormittag am Telefon besprochen\\, hier die Einladung zu unserem Gespräch über Teams.\\n
UID:040000008200E00074C5B7101A82E00800000000{h("m02uid", 32).upper()}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Lukas Hoffmeister – Instandhaltungsplaner Base Maintenance
DTSTART;TZID=W. Europe Standard Time:20260924T140000
DTEND;TZID=W. Europe Standard Time:20260924T150000
DTSTAMP:20260917T144000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
{EXCHANGE_TAIL}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h("m02teams", 40)}%40thread.v2/0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, cte="base64"))
    return message(hs, body)


@make.mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
           company="Fliegwerk Analytics GmbH", contact="jonas.brenner@fliegwerk.io",
           note="Du-mail from the head of product, reply on top of the thread: 'Dann Donnerstag um 11 Uhr' "
                "resolved against Date (Tue 6 Oct) -> Thu 8 Oct 11:00 CEST; 'so eine Stunde' -> end null; "
                "iso-8859-1 8bit",
           **when("Thu 2026-10-08 11:00", BER))
def m03() -> bytes:
    msgid = mid("m03", "mail.gmail.com")
    hs = base(addr("Jonas Brenner", "jonas.brenner@fliegwerk.io"),
              "Re: Gespräch Fliegwerk / Wartungsplanung",
              "2026-10-06 17:05", BER, msgid, host="mail-wr1-f54.google.com", ip="209.85.221.54",
              extra=(("In-Reply-To", mid("m03-prev", "example.com")),
                     ("References", f"{mid('m32', 'mail.gmail.com')} {mid('m03-prev', 'example.com')}")))
    plain = t("""
        Hi Lukas,

        perfekt, dann Donnerstag um 11 Uhr. Ich schick dir gleich noch den Meet-Link, dabei ist außer mir
        noch Svenja aus unserem Customer-Success-Team (sie betreut die MRO-Kunden). Plan mal so eine Stunde
        ein, wir wollen dir auch kurz zeigen, wie unsere Planungsansicht für C-Checks aussieht, und dann
        würde ich gern hören, wo's bei euch in der Praxis hakt.

        Bis Donnerstag!
        Jonas

        --
        Jonas Brenner · Head of Product
        Fliegwerk Analytics GmbH · Köpenicker Str. 154a · 10997 Berlin

        Am Di., 6. Okt. 2026 um 14:31 schrieb Lukas Hoffmeister <lukas.hoffmeister@example.com>:
        > Hallo Jonas,
        >
        > danke für die schnelle Rückmeldung! Donnerstag 11 Uhr passt mir gut.
        >
        > Viele Grüße
        > Lukas
        """)
    return message(hs, text(plain, charset="iso-8859-1", cte="8bit"))


@make.mail(N(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
           company="Shannonside Aircraft Leasing DAC", contact="niamh.gallagher@shannonside-leasing.ie",
           note="Greenhouse confirmation sent Thu 22 Oct in Irish summer time (IST, UTC+1); interview Tue 27 Oct "
                "9:30-10:15 Dublin time, after the 25 Oct change, so GMT = UTC (body also says 10:30 in "
                "Germany); ICS in UTC; contact = Reply-To coordinator",
           **when("Tue 2026-10-27 09:30", "Europe/Dublin", "2026-10-27 10:15"))
def m04() -> bytes:
    msgid = mid("m04", "us.greenhouse-mail.io")
    hs = base(addr("Shannonside Aircraft Leasing", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Technical Planner – Lease Transitions",
              "2026-10-22 15:20", "Europe/Dublin", msgid, host="o12.us.greenhouse-mail.io",
              ip="167.89.44.201",
              extra=(("Reply-To", addr("Niamh Gallagher", "niamh.gallagher@shannonside-leasing.ie")),))
    plain = t("""
        Hi Lukas,

        Thank you for confirming your availability. Your interview for Technical Planner – Lease Transitions
        has been scheduled:

        Tuesday, October 27, 2026
        9:30 AM – 10:15 AM Irish Time (Dublin)
        (10:30 – 11:15 in Dessau)

        Interviewers:
          Ciarán Doyle – Head of Technical Records
          Niamh Gallagher – Talent Acquisition Partner

        Location: Microsoft Teams (a link is included in the attached calendar invitation)

        Please note that clocks in Ireland go back one hour on Sunday 25 October, the times above already
        take this into account.

        If you need to make any changes, simply reply to this email.

        Kind regards,
        Niamh Gallagher
        Shannonside Aircraft Leasing DAC
        """)
    htm = t("""
        <!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Lukas,</p>
        <p>Thank you for confirming your availability. Your interview for <strong>Technical Planner – Lease
        Transitions</strong> has been scheduled:</p>
        <p><strong>Tuesday, October 27, 2026<br>9:30 AM – 10:15 AM Irish Time (Dublin)</strong><br>
        <span style="color:#666">(10:30 – 11:15 in Dessau)</span></p>
        <p>Interviewers:<br>Ciarán Doyle – Head of Technical Records<br>Niamh Gallagher – Talent Acquisition Partner</p>
        <p>Location: Microsoft Teams (a link is included in the attached calendar invitation)</p>
        <p>Please note that clocks in Ireland go back one hour on Sunday 25 October, the times above already
        take this into account.</p>
        <p>If you need to make any changes, simply reply to this email.</p>
        <p>Kind regards,<br>Niamh Gallagher<br>Shannonside Aircraft Leasing DAC</p>
        <img src="https://us.greenhouse-mail.io/wf/open?upn={px}" width="1" height="1" alt="">
        </body></html>
        """).replace("{px}", h("m04px", 30))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{h("m04uid", 36)}@greenhouse.io
DTSTAMP:20261022T142000Z
DTSTART:20261027T093000Z
DTEND:20261027T101500Z
SUMMARY:Interview: Lukas Hoffmeister – Technical Planner (Shannonside Aircraft Leasing)
DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h("m04t", 30)}
LOCATION:Microsoft Teams
ORGANIZER;CN=Niamh Gallagher:mailto:niamh.gallagher@shannonside-leasing.ie
ATTENDEE;CN=Lukas Hoffmeister;RSVP=TRUE:mailto:lukas.hoffmeister@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


@make.mail(N(5), family="workday", lang="de", interview=True, kind="scheduled",
           company="Alpenflug Technik AG", contact="theresa.gruber@alpenflug-technik.at",
           note="Workday HTML-only (Sie, Austria): 'Montag, 9. November 2026, 13:30 - 14:30 Uhr (MEZ)' "
                "Europe/Vienna = UTC+1; system sender; contact = recruiter address in the body",
           **when("Mon 2026-11-09 13:30", "Europe/Vienna", "2026-11-09 14:30"))
def m05() -> bytes:
    msgid = mid("m05", "myworkday.com")
    hs = base(addr("Alpenflug Technik AG", "alpenflug@myworkday.com"),
              "Einladung zum Interview: Wartungsplaner:in Line & Base (Salzburg)",
              "2026-11-02 08:15", "Europe/Vienna", msgid, host="smtp-out4.myworkday.com",
              ip="198.185.160.27")
    htm = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:18px;border-bottom:3px solid #c8102e"><b>Alpenflug Technik AG</b> · Karriere</td></tr>
        <tr><td style="padding:18px">
        <p>Sehr geehrter Herr Hoffmeister,</p>
        <p>herzlichen Dank für Ihr Interesse an der Position <b>Wartungsplaner:in Line &amp; Base</b>
        (Req. R-04417). Wir laden Sie gerne zu einem Online-Interview ein:</p>
        <p><b>Datum:</b> Montag, 9. November 2026<br>
        <b>Uhrzeit:</b> 13:30 - 14:30 Uhr (MEZ)<br>
        <b>Format:</b> Microsoft Teams – den Link erhalten Sie am Vortag<br>
        <b>Gesprächspartner:innen:</b> Ing. Florian Aigner (Leitung Maintenance Planning),
        Theresa Gruber (Talent Acquisition)</p>
        <p>Bei Fragen erreichen Sie Frau Gruber unter
        <a href="mailto:theresa.gruber@alpenflug-technik.at">theresa.gruber@alpenflug-technik.at</a>
        oder +43 662 85 40 217.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Alpenflug Technik AG</p>
        </td></tr>
        <tr><td style="padding:12px 18px;font-size:11px;color:#888">Diese Nachricht wurde automatisch aus
        Workday versandt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(hs, html(htm))


@make.mail(N(6), family="goodtime", lang="en", interview=True, kind="scheduled",
           company="Keystone Rotorcraft Services", contact="dana.whitfield@keystonerotor.com",
           note="GoodTime confirmation sent Thu 29 Oct (CDT); interview Tue 3 Nov 10:00-11:00 AM Central, "
                "after the US change on 1 Nov, so CST = UTC-6 -> 16:00Z (body: 5:00 PM CET); ICS TZID "
                "America/Chicago; contact = Reply-To coordinator",
           **when("Tue 2026-11-03 10:00", "America/Chicago", "2026-11-03 11:00"))
def m06() -> bytes:
    msgid = mid("m06", "goodtime.io")
    hs = base(addr("Keystone Rotorcraft Services", "scheduling@goodtime.io"),
              "Confirmed: Your interview with Keystone Rotorcraft Services on Tue, Nov 3",
              "2026-10-29 11:00", "America/Chicago", msgid, host="mta-14.goodtime.io",
              ip="52.8.163.19",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@keystonerotor.com")),))
    plain = t("""
        Hi Lukas,

        Your interview for Maintenance Planner – EMEA Fleet (Remote) is confirmed.

        Tuesday, November 3, 2026
        10:00 AM - 11:00 AM CST (Central Time - Chicago)
        Your time zone: 5:00 PM - 6:00 PM CET (Berlin)

        10:00 AM - 10:30 AM   Rick Alvarez, Director of Maintenance Control
        10:30 AM - 11:00 AM   Megan Schultz, Reliability Engineering Lead

        Zoom: https://keystonerotor.zoom.us/j/83512290471?pwd=Wk9hQ1ZpTnRyL2F4

        Note: the US returns to standard time on Sunday, November 1.

        Need to reschedule? Reply to this email and Dana Whitfield, your recruiting coordinator, will help.

        Keystone Rotorcraft Services · Wichita, KS
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Scheduling//EN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:gt-{h("m06uid", 30)}
DTSTAMP:20261029T160000Z
DTSTART;TZID=America/Chicago:20261103T100000
DTEND;TZID=America/Chicago:20261103T110000
SUMMARY:Keystone Rotorcraft Services – Interview (Maintenance Planner – EMEA Fleet)
LOCATION:https://keystonerotor.zoom.us/j/83512290471
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@keystonerotor.com
ATTENDEE;CN=Lukas Hoffmeister;RSVP=TRUE:mailto:lukas.hoffmeister@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64"))
    return message(hs, body)


@make.mail(N(7), family="calendly", lang="de", interview=True, kind="scheduled",
           company="Hanse Aero Engineering GmbH", contact="birte.claussen@hanse-aero.de",
           note="Calendly invitee confirmation in German UI: 'Montag, 21. September 2026, 16:00 - 16:30 "
                "(Mitteleuropäische Zeit)' CEST -> 14:00Z; ICS in UTC; contact = host via Reply-To",
           **when("Mon 2026-09-21 16:00", BER, "2026-09-21 16:30"))
def m07() -> bytes:
    msgid = mid("m07", "calendly.com")
    hs = base(addr("Calendly", "no-reply@calendly.com"),
              "Bestätigt: Telefoninterview Produktionsplanung mit Birte Claussen am Montag, 21. September 2026",
              "2026-09-17 20:14", BER, msgid, host="o1.email.calendly.com", ip="167.89.115.7",
              extra=(("Reply-To", addr("Birte Claussen", "birte.claussen@hanse-aero.de")),))
    plain = t("""
        Hallo Lukas Hoffmeister,

        Ihr Termin mit Birte Claussen ist geplant.

        Name des Ereignisses:
        Telefoninterview Produktionsplanung (30 Min.)

        Datum und Uhrzeit:
        16:00 - 16:30, Montag, 21. September 2026 (Mitteleuropäische Zeit)

        Ort:
        Birte Claussen ruft Sie unter +49 176 4412 0935 an.

        Fragen:
        Für welche Position interessieren Sie sich?
        Produktionsplaner (m/w/d) Komponenteninstandhaltung

        Terminplanung bearbeiten, stornieren:
        https://calendly.com/cancellations/{id}
        https://calendly.com/reschedulings/{id}

        Powered by Calendly.com
        """).replace("{id}", h("m07c", 36))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{h("m07uid", 32)}@calendly.com
DTSTAMP:20260917T181400Z
DTSTART:20260921T140000Z
DTEND:20260921T143000Z
SUMMARY:Telefoninterview Produktionsplanung zwischen Birte Claussen und Lukas Hoffmeister
LOCATION:+49 176 4412 0935
ORGANIZER;CN=Birte Claussen:mailto:birte.claussen@hanse-aero.de
ATTENDEE;CN=Lukas Hoffmeister;RSVP=TRUE:mailto:lukas.hoffmeister@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                          ctype="application/ics", method=None))
    return message(hs, body)


@make.mail(N(8), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           company="LFW Line Maintenance GmbH", contact=None,
           note="Microsoft Bookings from a shared mailbox; body shows '09:00 (UTC+01:00) Amsterdam, Berlin...' "
                "(standard offset label) but 14 Oct is CEST, so 07:00Z as the ICS (W. Europe Standard Time) "
                "confirms; 45 Minuten; staff name only, no personal address -> contact null",
           **when("Wed 2026-10-14 09:00", BER, "2026-10-14 09:45"))
def m08() -> bytes:
    msgid = f"<{h('m08').upper()}@FR4P281MB3411.DEUP281.PROD.OUTLOOK.COM>"
    box = "Bewerbungsgespraeche@lfw-wartung.de"
    hs = base(addr("LFW Bewerbungsgespräche", box),
              "Ihre Buchung ist bestätigt: Vorstellungsgespräch Flugzeugwartungsplaner (45 Min.)",
              "2026-10-09 10:31", BER, msgid, host="DEU01-FR2-obe.outbound.protection.outlook.com",
              ip="40.107.135.49",
              extra=(("X-MS-Exchange-Organization-BookingsAppointment", "True"),))
    plain = t("""
        Hallo Lukas Hoffmeister,

        vielen Dank für Ihre Buchung bei LFW Bewerbungsgespräche. Ihr Termin ist bestätigt.

        Vorstellungsgespräch Flugzeugwartungsplaner (45 Min.)
        Mittwoch, 14. Oktober 2026
        09:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Dauer: 45 Minuten
        Mitarbeiter: Ronny Scholz

        Ort: LFW Line Maintenance GmbH, Halle 7, Terminalring 11, 04435 Schkeuditz
        Bitte bringen Sie Ihren Personalausweis mit (Sicherheitsbereich).

        Buchung verwalten: https://outlook.office365.com/owa/calendar/LFWBewerbung@lfw-wartung.de/bookings/
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=LFW Bewerbungsgespräche:mailto:{box}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Hoffmeister:mailto:lukas.hoffmeister@example.com
UID:040000008200E00074C5B7101A82E00800000000{h("m08uid", 32).upper()}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Flugzeugwartungsplaner (45 Min.)
DTSTART;TZID=W. Europe Standard Time:20261014T090000
DTEND;TZID=W. Europe Standard Time:20261014T094500
DTSTAMP:20261009T083100Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:LFW Line Maintenance GmbH\\, Halle 7\\, Terminalring 11\\, 04435 Schkeuditz
X-MICROSOFT-CDO-APPT-SEQUENCE:0
{EXCHANGE_TAIL}
END:VEVENT
END:VCALENDAR"""
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, cte="base64"))
    return message(hs, body)


@make.mail(N(9), family="google_calendar", lang="de", interview=True, kind="scheduled",
           company="Havelwerft Aviation GmbH", contact="katrin.wendt@havelwerft-aviation.de",
           note="Google Calendar invitation, German UI: 'Fr., 6. Nov. 2026 10:00 - 11:00 (MEZ)' = UTC+1; "
                "ICS TZID Europe/Berlin; contact = ORGANIZER (also Reply-To)",
           **when("Fri 2026-11-06 10:00", BER, "2026-11-06 11:00"))
def m09() -> bytes:
    msgid = mid("m09", "google.com")
    subj = ("Einladung: Vorstellungsgespräch Wartungsplaner (m/w/d) – Lukas Hoffmeister @ "
            "Fr., 6. Nov. 2026 10:00 - 11:00 (MEZ) (lukas.hoffmeister@example.com)")
    hs = base(addr("Katrin Wendt", "katrin.wendt@havelwerft-aviation.de"), subj,
              "2026-10-30 14:22", BER, msgid, host="mail-sor-f73.google.com", ip="209.85.220.73",
              extra=(("Reply-To", addr("Katrin Wendt", "katrin.wendt@havelwerft-aviation.de")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    plain = t("""
        Lukas, wir freuen uns auf das Gespräch! Anfahrt: Tor Nord, dort werden Sie abgeholt. Viele Grüße, Katrin Wendt

        Vorstellungsgespräch Wartungsplaner (m/w/d) – Lukas Hoffmeister
        Freitag, 6. Nov. 2026 ⋅ 10:00 – 11:00
        Mitteleuropäische Zeit - Berlin

        Ort
        Havelwerft Aviation GmbH, Hangarstraße 5, 12529 Schönefeld

        Organisator
        Katrin Wendt
        katrin.wendt@havelwerft-aviation.de

        Gäste
        Katrin Wendt - Organisator
        Holger Stein
        lukas.hoffmeister@example.com

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen
        mehr zu diesem Termin erhalten möchten, lehnen Sie ihn ab.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261106T100000
DTEND;TZID=Europe/Berlin:20261106T110000
DTSTAMP:20261030T132200Z
ORGANIZER;CN=Katrin Wendt:mailto:katrin.wendt@havelwerft-aviation.de
UID:{h("m09uid", 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katrin Wendt;X-NUM-GUESTS=0:mailto:katrin.wendt@havelwerft-aviation.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Holger Stein;X-NUM-GUESTS=0:mailto:holger.stein@havelwerft-aviation.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.hoffmeister@example.com;X-NUM-GUESTS=0:mailto:lukas.hoffmeister@example.com
CREATED:20261030T132130Z
DESCRIPTION:Lukas\\, wir freuen uns auf das Gespräch! Anfahrt: Tor Nord\\, dort werden Sie abgeholt. Viele Grüße\\, Katrin Wendt
LAST-MODIFIED:20261030T132200Z
LOCATION:Havelwerft Aviation GmbH\\, Hangarstraße 5\\, 12529 Schönefeld
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Wartungsplaner (m/w/d) – Lukas Hoffmeister
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64")),
                 calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@make.mail(N(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           company="Baltic Wing Technics SIA", contact="ilze.kalnina@balticwing.lv",
           note="SmartRecruiters confirmation: 'Thursday, 15 October 2026, 11:00 - 12:00 (GMT+03:00) Riga' "
                "(EEST) -> 08:00Z, 10:00 in Dessau; ICS in UTC; contact = Reply-To recruiter",
           **when("Thu 2026-10-15 11:00", "Europe/Riga", "2026-10-15 12:00"))
def m10() -> bytes:
    msgid = mid("m10", "smartrecruiters.com")
    hs = base(addr("Baltic Wing Technics", "noreply@smartrecruiters.com"),
              "Interview confirmed – Maintenance Planning Engineer (CAMO)",
              "2026-10-08 12:00", "Europe/Riga", msgid, host="mail-out-17.smartrecruiters.com",
              ip="54.93.141.20",
              extra=(("Reply-To", addr("Ilze Kalniņa", "ilze.kalnina@balticwing.lv")),))
    htm = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <div style="max-width:560px;margin:0 auto">
        <p>Dear Lukas,</p>
        <p>Thank you for completing the assessment. We are pleased to confirm your interview for
        <b>Maintenance Planning Engineer (CAMO)</b>.</p>
        <div style="border:1px solid #e0e0e0;padding:12px;margin:12px 0">
        <div>&#128197; Thursday, 15 October 2026</div>
        <div>&#128339; 11:00 - 12:00 (GMT+03:00) Riga</div>
        <div>&#128205; Video call – Google Meet (link in the calendar invitation)</div>
        </div>
        <p>You will meet Andris Ozols (Head of Planning) and me. The conversation will be held in English.</p>
        <p>Best regards,<br>Ilze Kalniņa<br>Recruitment Specialist, Baltic Wing Technics SIA</p>
        <p style="font-size:11px;color:#999">Sent via SmartRecruiters · <a href="https://jobs.smartrecruiters.com/">Privacy</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{h("m10uid", 32)}
DTSTAMP:20261008T090000Z
DTSTART:20261015T080000Z
DTEND:20261015T090000Z
SUMMARY:Interview: Maintenance Planning Engineer (CAMO) – Baltic Wing Technics
LOCATION:Google Meet
ORGANIZER;CN=Ilze Kalnina:mailto:ilze.kalnina@balticwing.lv
ATTENDEE;CN=Lukas Hoffmeister;RSVP=TRUE:mailto:lukas.hoffmeister@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    body = mixed(html(htm), calendar(ics, cte="base64", filename="interview.ics",
                                     disposition="attachment", name_param=True))
    return message(hs, body)


@make.mail(N(11), family="human_prose", lang="de", interview=True, kind="scheduled",
           company="Donau Aviation Services GmbH", contact="verena.hofbauer@donau-aviation.at",
           note="Austrian Sie-mail (windows-1252 QP): 'Dienstag, dem 1. Dezember 2026, um 9:30 Uhr' "
                "Vienna time = UTC+1 -> 08:30Z; 'ca. eine Stunde' -> end null; contact = human sender",
           **when("Tue 2026-12-01 09:30", "Europe/Vienna"))
def m11() -> bytes:
    msgid = mid("m11", "donau-aviation.at")
    hs = base(addr("Mag. Verena Hofbauer", "verena.hofbauer@donau-aviation.at"),
              "Ihre Bewerbung als Techniker:in Instandhaltungsplanung – Einladung",
              "2026-11-25 10:45", "Europe/Vienna", msgid, host="mail.donau-aviation.at",
              ip="91.114.30.58", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    plain = t("""
        Sehr geehrter Herr Hoffmeister,

        vielen Dank für Ihre Bewerbung und das nette Telefonat am Montag. Wie besprochen möchten wir Sie
        gerne zu einem Gespräch mit unserem Planungsleiter, Herrn Ing. Markus Pichler, einladen.

        Wir würden uns freuen, Sie am Dienstag, dem 1. Dezember 2026, um 9:30 Uhr online über Microsoft
        Teams zu begrüßen. Das Gespräch dauert ca. eine Stunde. Eine Teams-Einladung schicke ich Ihnen
        noch separat.

        Bitte bestätigen Sie mir den Termin kurz per E-Mail.

        Mit freundlichen Grüßen

        Mag. Verena Hofbauer
        Human Resources
        Donau Aviation Services GmbH
        Objekt 140, 1300 Wien-Flughafen
        Tel.: +43 1 7007 62 114
        """)
    return message(hs, text(plain, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(12), family="ics_attachment", lang="en", interview=True, kind="scheduled",
           company="Avalon Line Maintenance Ltd", contact="gareth.lloyd@avalon-linemx.co.uk",
           note="Hiring manager's mail with Thunderbird invite.ics (TZID Europe/London): 'Thursday 19th at "
                "2pm UK time' resolved against Date (Fri 13 Nov) -> 19 Nov 14:00 GMT = UTC; 45 minutes; "
                "contact = human sender",
           **when("Thu 2026-11-19 14:00", "Europe/London", "2026-11-19 14:45"))
def m12() -> bytes:
    msgid = f"<{h('m12', 8)}-{h('m12b', 4)}-{h('m12c', 12)}@avalon-linemx.co.uk>"
    hs = base(addr("Gareth Lloyd", "gareth.lloyd@avalon-linemx.co.uk"),
              "Interview – Maintenance Planner (EMEA line stations)",
              "2026-11-13 16:30", "Europe/London", msgid, host="mail.avalon-linemx.co.uk",
              ip="81.144.201.33",
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),))
    plain = t("""
        Hi Lukas,

        Thanks for your patience while we lined things up, and good to speak earlier. As agreed, we're
        booked in for Thursday 19th at 2pm UK time (3pm for you in Dessau). Invite attached; it'll be me and
        Priya Natarajan from our Technical Services team, 45 minutes on Teams. Nothing to prepare, although we'll probably ask you to
        walk us through how you'd build a two-week line-check plan for a mixed A320/ATR fleet.

        Any problems on the day, just give me a shout.

        Cheers,
        Gareth

        --
        Gareth Lloyd | Planning Manager
        Avalon Line Maintenance Ltd | Hangar 3, Manchester Airport, M90 5NE
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_LONDON}
BEGIN:VEVENT
CREATED:20261113T162650Z
LAST-MODIFIED:20261113T162901Z
DTSTAMP:20261113T162901Z
UID:{h("m12uid", 8)}-{h("m12uid2", 4)}-{h("m12uid3", 12)}
SUMMARY:Interview Lukas Hoffmeister – Maintenance Planner
ORGANIZER;CN=Gareth Lloyd:mailto:gareth.lloyd@avalon-linemx.co.uk
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:lukas.hoffmeister@example.com
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:priya.natarajan@avalon-linemx.co.uk
DTSTART;TZID=Europe/London:20261119T140000
DTEND;TZID=Europe/London:20261119T144500
LOCATION:Microsoft Teams
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    body = mixed(text(plain, cte="7bit", params="format=flowed"),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                          name_param=True))
    return message(hs, body)


@make.mail(N(13), family="forwarded", lang="de", interview=True, kind="scheduled",
           company="Anhalt Aircraft Components GmbH", contact="heike.sommer@anhalt-aircraft.de",
           note="Lukas forwards the confirmation to himself (Gmail 'Fwd:'); 'Mittwoch, 25.11.2026, 13:00 Uhr' "
                "in Köthen, CET -> 12:00Z; the candidate is never the contact, so the HR sender in the "
                "forwarded header",
           **when("Wed 2026-11-25 13:00", BER))
def m13() -> bytes:
    msgid = mid("m13", "mail.gmail.com")
    hs = base(ME_A, "Fwd: Ihr Vorstellungsgespräch am 25.11. bei Anhalt Aircraft Components",
              "2026-11-23 19:40", BER, msgid, host="mail-ej1-f48.google.com", ip="209.85.218.48")
    plain = t("""
        Zur Erinnerung: Zeugnisse + Lizenzkopie (Part-66) mitnehmen, Zug 11:38 ab Dessau Hbf.

        ---------- Forwarded message ---------
        Von: Heike Sommer <heike.sommer@anhalt-aircraft.de>
        Date: Mo., 23. Nov. 2026 um 11:02
        Subject: Ihr Vorstellungsgespräch am 25.11. bei Anhalt Aircraft Components
        To: Lukas Hoffmeister <lukas.hoffmeister@example.com>


        Sehr geehrter Herr Hoffmeister,

        hiermit bestätigen wir Ihnen den Termin für Ihr Vorstellungsgespräch am

            Mittwoch, 25.11.2026, 13:00 Uhr

        bei uns im Werk Köthen, Werkstraße 12, 06366 Köthen (Anhalt), Gebäude B, 1. OG.

        Ihre Gesprächspartner sind Herr Dirk Hartwig (Leiter Arbeitsvorbereitung) und ich. Bitte planen
        Sie etwa 90 Minuten ein, da wir Ihnen im Anschluss gern die Fertigung zeigen möchten.

        Mit freundlichen Grüßen
        Heike Sommer
        Personalabteilung
        Anhalt Aircraft Components GmbH
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    return message(hs, body)


@make.mail(N(14), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           company="Saale Heli Service GmbH", contact="tobias.krueger@saale-heli.de",
           note="Du-reply on top of the quoted thread: 'dann morgen um 15 Uhr' resolved against Date "
                "(Wed 9 Sep, 07:58 CEST) -> Thu 10 Sep 15:00 CEST = 13:00Z; quoted proposal lists two "
                "options; contact = human sender",
           **when("Thu 2026-09-10 15:00", BER), days=(("Tue", "2026-09-08"), ("Thu", "2026-09-10")))
def m14() -> bytes:
    msgid = mid("m14", "saale-heli.de")
    hs = base(addr("Tobias Krüger", "tobias.krueger@saale-heli.de"),
              "AW: Bewerbung Instandhaltungsplaner – Lukas Hoffmeister",
              "2026-09-09 07:58", BER, msgid, host="mail.saale-heli.de", ip="85.215.62.140",
              extra=(("In-Reply-To", mid("m14-prev", "example.com")),
                     ("References", f"{mid('m14-pp', 'saale-heli.de')} {mid('m14-prev', 'example.com')}"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    plain = t("""
        Moin Lukas,

        super, dann morgen um 15 Uhr bei uns am Flugplatz Halle-Oppin. Melde dich einfach am Tor beim
        Hangar 1, ich hol dich da ab. Wir machen das ganz locker, ich zeig dir auch gleich unsere
        Planungstafel und die zwei H145, die gerade in der Jahresnachprüfung stehen.

        Gruß
        Tobias

        Tobias Krüger
        Technischer Leiter (Part-145 / Part-CAMO)
        Saale Heli Service GmbH · Flugplatz Halle-Oppin · 06188 Landsberg
        Mobil +49 171 2290 448

        -----Ursprüngliche Nachricht-----
        Von: Lukas Hoffmeister <lukas.hoffmeister@example.com>
        Gesendet: Dienstag, 8. September 2026 21:14
        An: Tobias Krüger <tobias.krueger@saale-heli.de>
        Betreff: Re: Bewerbung Instandhaltungsplaner – Lukas Hoffmeister

        Hallo Tobias,

        Donnerstag um 15 Uhr würde mir besser passen, Dienstag bin ich leider noch auf Schicht.

        Viele Grüße
        Lukas

        -----Ursprüngliche Nachricht-----
        Von: Tobias Krüger <tobias.krueger@saale-heli.de>
        Gesendet: Montag, 7. September 2026 16:40

        Hallo Herr Hoffmeister, oder gleich Lukas, wir duzen uns hier alle :-)
        danke für deine Bewerbung. Hättest du Lust, diese Woche mal bei uns vorbeizukommen?
        Bei mir ginge Dienstag um 14 Uhr oder Donnerstag um 15 Uhr.
        """)
    return message(hs, text(plain, charset="utf-8", cte="quoted-printable"))


@make.mail(N(15), family="recruitee", lang="de", interview=True, kind="scheduled",
           company="Ostsee Flugtechnik GmbH", contact="anke.brandes@ostsee-flugtechnik.de",
           note="Recruitee invitation sent Wed 21 Oct (CEST); interview Mon 26 Oct 10:00-11:00, the day after "
                "Europe leaves summer time, so CET = UTC+1 -> 09:00Z; ICS TZID Europe/Berlin agrees; "
                "contact = Reply-To recruiter",
           **when("Mon 2026-10-26 10:00", BER, "2026-10-26 11:00"))
def m15() -> bytes:
    msgid = mid("m15", "mail.recruitee.com")
    hs = base(addr("Ostsee Flugtechnik GmbH", "no-reply@mail.recruitee.com"),
              "Ihr Videointerview bei Ostsee Flugtechnik am 26. Oktober",
              "2026-10-21 13:40", BER, msgid, host="outbound-2.mail.recruitee.com", ip="149.72.212.86",
              extra=(("Reply-To", addr("Anke Brandes", "anke.brandes@ostsee-flugtechnik.de")),))
    plain = t("""
        Hallo Lukas,

        danke, dass du dir einen Termin ausgesucht hast! Hier noch einmal alle Details:

        Videointerview – Arbeitsvorbereiter / Planer Base Maintenance (m/w/d)
        Montag, 26. Oktober 2026, 10:00 – 11:00 (Europe/Berlin)
        Link: https://meet.recruitee.com/ostsee-flugtechnik/{code}

        Mit dabei: Anke Brandes (Recruiting) und Sönke Petersen (Leitung Hangar Laage).

        Kleiner Hinweis: Am Wochenende werden die Uhren zurückgestellt – die Uhrzeit oben ist die Zeit nach
        der Umstellung.

        Bis Montag!
        Anke Brandes
        Ostsee Flugtechnik GmbH · Flughafenstraße 1 · 18299 Laage
        """).replace("{code}", h("m15code", 10))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:{h("m15uid", 32)}@recruitee.com
DTSTAMP:20261021T114000Z
DTSTART;TZID=Europe/Berlin:20261026T100000
DTEND;TZID=Europe/Berlin:20261026T110000
SUMMARY:Videointerview Ostsee Flugtechnik – Lukas Hoffmeister
LOCATION:https://meet.recruitee.com/ostsee-flugtechnik/{h("m15code", 10)}
ORGANIZER;CN=Anke Brandes:mailto:anke.brandes@ostsee-flugtechnik.de
ATTENDEE;CN=Lukas Hoffmeister;RSVP=TRUE:mailto:lukas.hoffmeister@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, cte="base64", filename="interview.ics", disposition="attachment"))
    return message(hs, body)


@make.mail(N(16), family="teamtailor", lang="en", interview=True, kind="scheduled",
           company="Nordic Rotor Support AB", contact="elin.sandberg@nordicrotor.se",
           note="Teamtailor confirmation in English: 'Wednesday 2 December 2026, 13:00-13:45 (Stockholm)' CET "
                "-> 12:00Z; ICS TZID Europe/Stockholm; contact = Reply-To recruiter",
           **when("Wed 2026-12-02 13:00", "Europe/Stockholm", "2026-12-02 13:45"))
def m16() -> bytes:
    msgid = mid("m16", "teamtailor-mail.com")
    hs = base(addr("Nordic Rotor Support", "no-reply@teamtailor-mail.com"),
              "Interview booked: Maintenance Planner – Nordic Rotor Support",
              "2026-11-25 09:05", "Europe/Stockholm", msgid, host="mail-out.teamtailor-mail.com",
              ip="185.250.239.16",
              extra=(("Reply-To", addr("Elin Sandberg", "elin.sandberg@nordicrotor.se")),))
    plain = t("""
        Hi Lukas,

        Great news – your interview is booked!

        Maintenance Planner (Helicopter Fleet)
        Wednesday 2 December 2026, 13:00–13:45 (Stockholm)
        Video: Microsoft Teams – join link in the calendar invite

        You'll meet Elin Sandberg (Talent Acquisition) and Johan Lindqvist (Fleet Technical Manager).

        Looking forward to talking to you!

        Elin
        Nordic Rotor Support AB
        """)
    htm = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#111">
        <table width="560" align="center"><tr><td>
        <p>Hi Lukas,</p>
        <p>Great news – your interview is booked!</p>
        <p style="background:#f3f3f6;padding:14px;border-radius:6px"><b>Maintenance Planner (Helicopter Fleet)</b><br>
        Wednesday 2 December 2026, 13:00–13:45 (Stockholm)<br>Video: Microsoft Teams – join link in the calendar invite</p>
        <p>You'll meet Elin Sandberg (Talent Acquisition) and Johan Lindqvist (Fleet Technical Manager).</p>
        <p>Looking forward to talking to you!</p>
        <p>Elin<br>Nordic Rotor Support AB</p>
        <p style="font-size:11px;color:#888">Powered by Teamtailor</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ["Europe/Stockholm"]}
BEGIN:VEVENT
UID:{h("m16uid", 32)}@teamtailor.com
DTSTAMP:20261125T080500Z
DTSTART;TZID=Europe/Stockholm:20261202T130000
DTEND;TZID=Europe/Stockholm:20261202T134500
SUMMARY:Interview: Lukas Hoffmeister / Nordic Rotor Support
LOCATION:Microsoft Teams
ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@nordicrotor.se
ATTENDEE;CN=Lukas Hoffmeister;RSVP=TRUE:mailto:lukas.hoffmeister@example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(htm)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           company="Elbtal Aero Services GmbH", contact="jens.petersen@elbtal-aero.de",
           note="Exchange update (SEQUENCE:1) of the second round, sent Thu 22 Oct in CEST: moved from Thu 29 "
                "Oct to Fri 30 Oct 10:30-12:00, after the 25 Oct change, so CET = UTC+1 -> 09:30Z; 'Wann' "
                "line and ICS (W. Europe Standard Time) agree; old time also in the body",
           **when("Fri 2026-10-30 10:30", BER, "2026-10-30 12:00"), days=(("Thu", "2026-10-29"),))
def m17() -> bytes:
    msgid = f"<{h('m17').upper()}@AM9PR03MB7715.eurprd03.prod.outlook.com>"
    topic = "2. Gesprächsrunde – Lukas Hoffmeister (Instandhaltungsplaner Base Maintenance)"
    hs = base(addr("Jens Petersen", "jens.petersen@elbtal-aero.de"), "Aktualisiert: " + topic,
              "2026-10-22 11:20", BER, msgid, host="EUR03-AM7-obe.outbound.protection.outlook.com",
              ip="40.107.105.61", extra=exchange_headers(topic, "m17"))
    teams = TEAMS_DE.format(code=h("m17teams", 40), mid="318 605 227 940", pw="nB4vK8")
    plain = t("""
        Wann: Freitag, 30. Oktober 2026 10:30-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Elbtal Aero Services GmbH, Finkenwerder Hauptdeich 31, Besprechungsraum „Elbe 2“

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Hoffmeister,

        leider muss ich unseren Termin für die zweite Runde verschieben: am Donnerstag, 29.10., ist unser
        Geschäftsführer kurzfristig beim Kunden. Neuer Termin ist Freitag, 30.10., 10:30 bis 12:00 Uhr, wie
        gehabt bei uns vor Ort in Finkenwerder. Die Teams-Einwahl unten ist nur für Herrn Dr. Ahlers gedacht.

        Vielen Dank für Ihr Verständnis und viele Grüße
        Jens Petersen

        """) + teams + "\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Jens Petersen:mailto:jens.petersen@elbtal-aero.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Hoffmeister:mailto:lukas.hoffmeister@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Hauke Ahlers:mailto:hauke.ahlers@elbtal-aero.de
UID:040000008200E00074C5B7101A82E00800000000{h("m17uid", 32).upper()}
SUMMARY;LANGUAGE=de-DE:{topic}
DTSTART;TZID=W. Europe Standard Time:20261030T103000
DTEND;TZID=W. Europe Standard Time:20261030T120000
DTSTAMP:20261022T092000Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Elbtal Aero Services GmbH\\, Finkenwerder Hauptdeich 31\\, Besprechungsraum „Elbe 2“
X-MICROSOFT-CDO-APPT-SEQUENCE:1
{EXCHANGE_TAIL}
END:VEVENT
END:VCALENDAR"""
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, cte="base64"))
    return message(hs, body)


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           company="Shannonside Aircraft Leasing DAC", contact="niamh.gallagher@shannonside-leasing.ie",
           note="Recruiter moves the Greenhouse interview (Tue 27 Oct) to 'Thursday 29 October at 14:00 Irish "
                "time (15:00 for you)'; sent Fri 23 Oct in IST, interview in GMT = UTC -> 14:00Z; '45 minutes' "
                "-> end 14:45Z; contact = human sender",
           **when("Thu 2026-10-29 14:00", "Europe/Dublin", "2026-10-29 14:45"), days=(("Tue", "2026-10-27"),))
def m18() -> bytes:
    msgid = f"<{h('m18').upper()}@DB9PR02MB7231.eurprd02.prod.outlook.com>"
    hs = base(addr("Niamh Gallagher", "niamh.gallagher@shannonside-leasing.ie"),
              "RE: Interview Confirmation: Technical Planner – Lease Transitions",
              "2026-10-23 11:02", "Europe/Dublin", msgid, host="EUR02-DB5-obe.outbound.protection.outlook.com",
              ip="40.107.20.93",
              extra=(("In-Reply-To", mid("m04", "us.greenhouse-mail.io")),
                     ("References", mid("m04", "us.greenhouse-mail.io")),
                     ("Content-Language", "en-IE")))
    plain = t("""
        Hi Lukas,

        Apologies for the change – Ciarán has been called to a redelivery inspection in Toulouse on Tuesday,
        so we've moved your interview to Thursday 29 October at 14:00 Irish time (15:00 for you). Same format,
        45 minutes on Teams, and the panel is unchanged. I've updated the calendar invitation so the old slot
        on Tuesday should disappear from your calendar.

        Thanks for being flexible, and talk to you on Thursday.

        Kind regards,
        Niamh

        Niamh Gallagher | Talent Acquisition Partner
        Shannonside Aircraft Leasing DAC | 2 Grand Canal Quay, Dublin 2, D02 X283
        """)
    return message(hs, alt(text(plain), html(outlook_html(plain, "en"))))


@make.mail(N(19), family="lever", lang="en", interview=True, kind="rescheduled",
           company="Skyhaven Aero Technics Inc.", contact="priya.desrosiers@skyhaven-aero.ca",
           note="Lever reschedule sent Fri 30 Oct (EDT): moved from Tue 3 Nov to Wed 4 Nov 9:00-9:45 AM "
                "Eastern, after North America's change on 1 Nov, so EST = UTC-5 -> 14:00Z (body: 15:00 CET); "
                "ICS UTC with SEQUENCE:1; contact = Reply-To recruiter",
           **when("Wed 2026-11-04 09:00", "America/Toronto", "2026-11-04 09:45"), days=(("Tue", "2026-11-03"),))
def m19() -> bytes:
    msgid = mid("m19", "hire.lever.co")
    hs = base(addr("Skyhaven Aero Technics", "no-reply@hire.lever.co"),
              "Updated: Interview with Skyhaven Aero Technics – Maintenance Planner, European Operations",
              "2026-10-30 15:45", "America/Toronto", msgid, host="mail-out2.hire.lever.co", ip="3.97.71.45",
              extra=(("Reply-To", addr("Priya Desrosiers", "priya.desrosiers@skyhaven-aero.ca")),))
    plain = t("""
        Hi Lukas,

        Your interview with Skyhaven Aero Technics has been rescheduled.

        Previously: Tuesday, November 3, 2026 at 9:00 AM EST
        New time:   Wednesday, November 4, 2026, 9:00 AM – 9:45 AM EST (Toronto)
                    (3:00 PM – 3:45 PM Central European Time)

        Interviewer: Marc-André Tremblay, Manager, Maintenance Planning
        Location: Zoom – https://skyhaven-aero.zoom.us/j/91844027713

        If this time doesn't work, reply to this email to reach Priya Desrosiers.

        Skyhaven Aero Technics Inc. · Mississauga, ON
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{h("m19uid", 36)}@lever.co
DTSTAMP:20261030T194500Z
DTSTART:20261104T140000Z
DTEND:20261104T144500Z
SEQUENCE:1
SUMMARY:Interview: Lukas Hoffmeister <> Skyhaven Aero Technics
LOCATION:https://skyhaven-aero.zoom.us/j/91844027713
ORGANIZER;CN=Priya Desrosiers:mailto:priya.desrosiers@skyhaven-aero.ca
ATTENDEE;CN=Lukas Hoffmeister;RSVP=TRUE:mailto:lukas.hoffmeister@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="7bit"))
    return message(hs, body)


@make.mail(N(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
           company="Fliegwerk Analytics GmbH", contact="jonas.brenner@fliegwerk.io",
           note="Du-mail moving the on-site round from Mon 16 Nov to 'Dienstag, 17.11., 14 Uhr' (already changed "
                "in the calendar, not a question); CET -> 13:00Z; contact = human sender",
           **when("Tue 2026-11-17 14:00", BER), days=(("Mon", "2026-11-16"),))
def m20() -> bytes:
    msgid = mid("m20", "mail.gmail.com")
    hs = base(addr("Jonas Brenner", "jonas.brenner@fliegwerk.io"),
              "Vor-Ort-Termin verschoben -> Dienstag",
              "2026-11-12 16:30", BER, msgid, host="mail-wm1-f41.google.com", ip="209.85.128.41")
    plain = t("""
        Hey Lukas,

        kleine Planänderung: Montag (16.11.) klappt bei Sven leider nicht, er muss zu einem Kunden nach
        Frankfurt. Wir machen stattdessen Dienstag, 17.11., 14 Uhr – gleiche Adresse, Köpenicker Str. 154a,
        3. Hof, 4. OG. Ich hab die Kalendereinladung schon umgelegt.

        Fahrtkosten erstatten wir dir natürlich, heb einfach das Ticket auf.

        Bis Dienstag,
        Jonas
        """)
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain))))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
           company="Havelwerft Aviation GmbH", contact="katrin.wendt@havelwerft-aviation.de",
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Fri 6 Nov 10:00-11:00 MEZ "
                "interview -> cancelled slot 09:00Z-10:00Z; contact = ORGANIZER / Reply-To",
           **when("Fri 2026-11-06 10:00", BER, "2026-11-06 11:00"))
def m21() -> bytes:
    msgid = mid("m21", "google.com")
    subj = ("Abgesagter Termin: Vorstellungsgespräch Wartungsplaner (m/w/d) – Lukas Hoffmeister @ "
            "Fr., 6. Nov. 2026 10:00 - 11:00 (MEZ) (lukas.hoffmeister@example.com)")
    hs = base(addr("Katrin Wendt", "katrin.wendt@havelwerft-aviation.de"), subj,
              "2026-11-03 09:10", BER, msgid, host="mail-sor-f69.google.com", ip="209.85.220.69",
              extra=(("Reply-To", addr("Katrin Wendt", "katrin.wendt@havelwerft-aviation.de")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    plain = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Lieber Herr Hoffmeister, leider müssen wir das Gespräch absagen: Die Stelle wird intern besetzt. Es
        tut mir sehr leid, dass ich Ihnen so kurzfristig Bescheid gebe. Viele Grüße, Katrin Wendt

        Vorstellungsgespräch Wartungsplaner (m/w/d) – Lukas Hoffmeister
        Freitag, 6. Nov. 2026 ⋅ 10:00 – 11:00
        Mitteleuropäische Zeit - Berlin

        Organisator
        Katrin Wendt
        katrin.wendt@havelwerft-aviation.de

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261106T100000
DTEND;TZID=Europe/Berlin:20261106T110000
DTSTAMP:20261103T081000Z
ORGANIZER;CN=Katrin Wendt:mailto:katrin.wendt@havelwerft-aviation.de
UID:{h("m09uid", 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lukas.hoffmeister@example.com;X-NUM-GUESTS=0:mailto:lukas.hoffmeister@example.com
LAST-MODIFIED:20261103T081000Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Vorstellungsgespräch Wartungsplaner (m/w/d) – Lukas Hoffmeister
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@make.mail(N(22), family="workable", lang="en", interview=True, kind="cancelled",
           company="Meridian Airframe Services B.V.", contact="sanne.devries@meridian-airframe.nl",
           note="Workable cancellation of 'Tuesday, September 29, 2026 at 15:00 - 15:45 CEST' (position on "
                "hold) -> 13:00Z-13:45Z; Reply-To is a Workable relay, so contact = recruiter address in body",
           **when("Tue 2026-09-29 15:00", "Europe/Amsterdam", "2026-09-29 15:45"))
def m22() -> bytes:
    msgid = mid("m22", "workablemail.com")
    relay = f"meridian-airframe-services+{h('m22relay', 10)}@candidates.workablemail.com"
    hs = base(addr("Meridian Airframe Services", "noreply@candidates.workablemail.com"),
              "Your interview for Planning Engineer – Heavy Maintenance has been cancelled",
              "2026-09-25 10:00", "Europe/Amsterdam", msgid, host="mail-a8.workablemail.com",
              ip="198.21.6.111", extra=(("Reply-To", addr("Sanne de Vries", relay)),))
    plain = t("""
        Hi Lukas,

        Unfortunately we have to cancel your interview for Planning Engineer – Heavy Maintenance, scheduled
        for Tuesday, September 29, 2026 at 15:00 - 15:45 CEST. The position has been put on hold for now
        following a change in our hangar slot planning for 2027.

        We are sorry for the inconvenience and will contact you again if the role reopens. For any
        questions you can reach Sanne de Vries directly at sanne.devries@meridian-airframe.nl.

        Kind regards,
        Sanne de Vries
        Meridian Airframe Services B.V. · Maastricht Aachen Airport

        --
        Sent with Workable
        """)
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(23), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           company="Donau Aviation Services GmbH", contact="verena.hofbauer@donau-aviation.at",
           note="Exchange METHOD:CANCEL ('Abgesagt:') of the Teams interview Tue 1 Dec 09:30-10:30 (UTC+01:00) "
                "Vienna, CET -> 08:30Z-09:30Z; reason in the body (position filled internally); contact = "
                "ORGANIZER/sender",
           **when("Tue 2026-12-01 09:30", "Europe/Vienna", "2026-12-01 10:30"))
def m23() -> bytes:
    msgid = f"<{h('m23').upper()}@VI1PR08MB5520.eurprd08.prod.outlook.com>"
    topic = "Vorstellungsgespräch Hoffmeister / Pichler (Teams)"
    hs = base(addr("Verena Hofbauer", "verena.hofbauer@donau-aviation.at"), "Abgesagt: " + topic,
              "2026-11-27 14:05", "Europe/Vienna", msgid, host="EUR05-VI1-obe.outbound.protection.outlook.com",
              ip="40.107.21.77",
              extra=(*exchange_headers(topic, "m23", "de-AT"), ("Importance", "high")))
    plain = t("""
        Wann: Dienstag, 1. Dezember 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        Sehr geehrter Herr Hoffmeister,

        leider muss ich unseren Termin am Dienstag absagen. Die Position konnte kurzfristig intern
        nachbesetzt werden. Wir bedauern das sehr und danken Ihnen für Ihr Interesse an Donau Aviation.

        Mit freundlichen Grüßen
        Verena Hofbauer
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Verena Hofbauer:mailto:verena.hofbauer@donau-aviation.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Hoffmeister:mailto:lukas.hoffmeister@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Pichler:mailto:markus.pichler@donau-aviation.at
UID:040000008200E00074C5B7101A82E00800000000{h("m23uid", 32).upper()}
SUMMARY;LANGUAGE=de-AT:Abgesagt: {topic}
DTSTART;TZID=W. Europe Standard Time:20261201T093000
DTEND;TZID=W. Europe Standard Time:20261201T103000
DTSTAMP:20261127T130500Z
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:1
CLASS:PUBLIC
PRIORITY:1
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="CANCEL", cte="base64"))
    return message(hs, body)


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="de", interview=False, company="Muldeflug Technik GmbH",
           note="Personio rejection after the interview of 15 Sep; mentions the past date only")
def m24() -> bytes:
    msgid = mid("m24", "mail.personio.de")
    hs = base(addr("Muldeflug Technik GmbH", "no-reply@mail.personio.de"),
              "Ihre Bewerbung als Instandhaltungsplaner (m/w/d)",
              "2026-09-28 15:37", BER, msgid, host="mail-out-1.personio.de", ip="18.194.77.10",
              extra=(("Reply-To", addr("Sandra Köhler", "sandra.koehler@muldeflug-technik.de")),))
    plain = t("""
        Sehr geehrter Herr Hoffmeister,

        nochmals vielen Dank für das angenehme Gespräch am 15. September und Ihr Interesse an unserem
        Unternehmen. Nach sorgfältiger Abwägung haben wir uns für einen Kandidaten entschieden, dessen
        Erfahrung noch etwas stärker im Bereich Triebwerksplanung liegt.

        Diese Entscheidung ist uns nicht leichtgefallen. Mit Ihrem Einverständnis würden wir Ihre Unterlagen
        gern für zwölf Monate in unserem Talentpool behalten.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Sandra Köhler
        Muldeflug Technik GmbH
        """)
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(25), family="application_ack", lang="de", interview=False, company="Alpenflug Technik AG",
           note="Workday application receipt (HTML only); 'Interview' only as a possible next step")
def m25() -> bytes:
    msgid = mid("m25", "myworkday.com")
    hs = base(addr("Alpenflug Technik AG", "alpenflug@myworkday.com"),
              "Vielen Dank für Ihre Bewerbung – Wartungsplaner:in Line & Base",
              "2026-10-14 21:48", "Europe/Vienna", msgid, host="smtp-out2.myworkday.com",
              ip="198.185.160.25")
    htm = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Sehr geehrter Herr Hoffmeister,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Wartungsplaner:in Line &amp; Base</b> (Req. R-04417) bei der
        Alpenflug Technik AG. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
        <p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von drei Wochen. Passt Ihr
        Profil, laden wir Sie zu einem ersten Online-Interview ein.</p>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem
        <a href="https://wd3.myworkdaysite.com/recruiting/alpenflug/Karriere">Kandidatenkonto</a> einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Alpenflug Technik AG</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch versandt.</p>
        </body></html>
        """)
    return message(hs, html(htm, cte="base64"))


@make.mail(N(26), family="job_alert", lang="de", interview=False, company=None,
           note="Job-board JobAgent digest (fictional 'Jobwolke'); 'Vorstellungsgespräch' only in a tip line")
def m26() -> bytes:
    msgid = mid("m26", "news.jobwolke.de")
    hs = base(addr("Jobwolke JobAgent", "jobagent@news.jobwolke.de"),
              "5 neue Jobs für „Instandhaltungsplaner Luftfahrt“ im Umkreis von 100 km",
              "2026-09-14 06:05", BER, msgid, host="mta3.news.jobwolke.de", ip="194.25.88.41",
              extra=(("List-Unsubscribe", "<https://www.jobwolke.de/jobagent/abmelden?t=" + h("m26u", 20) + ">"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    plain = t("""
        Hallo Lukas,

        dein JobAgent „Instandhaltungsplaner Luftfahrt“ hat 5 neue Stellen gefunden:

        1. Arbeitsvorbereiter Flugzeugkomponenten (m/w/d) – Anhalt Aircraft Components GmbH, Köthen
        2. Technical Planner Line Maintenance (m/w/d) – LFW Line Maintenance GmbH, Schkeuditz
        3. Instandhaltungsplaner (m/w/d) – Saale Heli Service GmbH, Landsberg
        4. CAMO Engineer (m/w/d) – Havelwerft Aviation GmbH, Schönefeld
        5. Produktionsplaner MRO (m/w/d) – Aerolux Wartung GmbH, Magdeburg

        Tipp der Woche: So bereitest du dich auf dein Vorstellungsgespräch vor – unsere Checkliste im Ratgeber.

        Alle Jobs ansehen: https://www.jobwolke.de/jobagent/{id}
        JobAgent bearbeiten oder abmelden: https://www.jobwolke.de/jobagent/einstellungen
        """).replace("{id}", h("m26id", 16))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(27), family="job_alert", lang="en", interview=False, company=None,
           note="Aviation job-board weekly alert in English; no interview")
def m27() -> bytes:
    msgid = mid("m27", "alerts.aerotalenthub.com")
    hs = base(addr("AeroTalent Hub", "alerts@alerts.aerotalenthub.com"),
              "Your weekly matches: Maintenance Planner, Technical Records, CAMO",
              "2026-10-01 07:30", "Europe/London", msgid, host="mail7.alerts.aerotalenthub.com",
              ip="159.135.228.10",
              extra=(("List-Unsubscribe", "<mailto:unsubscribe@alerts.aerotalenthub.com>"),
                     ("Precedence", "bulk")))
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#0b3d91">New jobs matching your profile</h2>
        <ul>
        <li><b>Maintenance Planner – A320 Family</b> · Cedar Island Airways · Shannon, IE · Posted 2 days ago</li>
        <li><b>Technical Records Officer</b> · Avalon Line Maintenance Ltd · Manchester, UK · <i>Actively interviewing</i></li>
        <li><b>CAMO Planning Engineer</b> · Baltic Wing Technics SIA · Riga, LV · Easy Apply</li>
        <li><b>Maintenance Planner – EMEA Fleet (Remote)</b> · Keystone Rotorcraft Services · Remote</li>
        </ul>
        <p><a href="https://aerotalenthub.com/jobs?alert=pl-weekly">See all 23 matches</a></p>
        <p style="font-size:11px;color:#888">You receive this alert because you created it on AeroTalent Hub.
        <a href="https://aerotalenthub.com/alerts">Manage alerts</a></p>
        </body></html>
        """)
    return message(hs, html(htm))


@make.mail(N(28), family="newsletter", lang="de", interview=False, company=None,
           note="Trade newsletter (EASA/Part-CAMO news); mentions a past interview article and an event date")
def m28() -> bytes:
    msgid = mid("m28", "newsletter.mro-praxis.de")
    hs = base(addr("MRO-Praxis", "redaktion@newsletter.mro-praxis.de"),
              "MRO-Praxis 11/2026: Part-CAMO-Audit, AMOS-Migration, Fachkräftemangel",
              "2026-11-10 08:00", BER, msgid, host="mailout.newsletter.mro-praxis.de", ip="217.160.0.211",
              extra=(("List-Unsubscribe", "<https://mro-praxis.de/newsletter/abmelden?id=" + h("m28u", 16) + ">"),
                     ("List-Id", "MRO-Praxis Newsletter <newsletter.mro-praxis.de>"),
                     ("Precedence", "bulk")))
    plain = t("""
        MRO-PRAXIS · Newsletter November 2026

        1) Audit-Saison: Was die Behörde bei Part-CAMO-Organisationen aktuell prüft
        2) Erfahrungsbericht: Migration von Excel-Planung auf AMOS in einem 60-Mann-Betrieb
        3) Im Interview: Werftleiter Dr. Rolf Enders über den Fachkräftemangel in der Instandhaltung
        4) Termine: MRO-Forum Mitteldeutschland, 19. November 2026, Leipzig

        Weiterlesen auf https://mro-praxis.de

        Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: Link im Kopf dieser E-Mail.
        """)
    return message(hs, text(plain, cte="quoted-printable"))


@make.mail(N(29), family="recruiter_outreach", lang="de", interview=False,
           company="Kranich Personalberatung GmbH",
           note="Headhunter outreach (Sie) asking for a short call 'nächste Woche'; nothing fixed")
def m29() -> bytes:
    msgid = mid("m29", "kranich-personal.de")
    hs = base(addr("Olaf Behrendt", "olaf.behrendt@kranich-personal.de"),
              "Vertrauliche Anfrage: Leitung Wartungsplanung (m/w/d), Raum Hamburg",
              "2026-09-02 11:24", BER, msgid, host="mail.kranich-personal.de", ip="176.9.142.77")
    plain = t("""
        Sehr geehrter Herr Hoffmeister,

        Ihr Profil ist mir in einem Fachnetzwerk aufgefallen. Im Auftrag eines mittelständischen Part-145-
        Betriebs im Raum Hamburg suche ich eine erfahrene Persönlichkeit für die Leitung der Wartungsplanung
        (ca. 12 Mitarbeitende, Flotte ATR 72 und Dash 8).

        Hätten Sie nächste Woche Zeit für ein vertrauliches Telefonat von 20 Minuten? Nennen Sie mir gern ein
        paar Zeitfenster, die Ihnen passen.

        Mit freundlichen Grüßen
        Olaf Behrendt
        Senior Consultant Aviation
        Kranich Personalberatung GmbH · Ballindamm 17 · 20095 Hamburg
        """)
    return message(hs, text(plain))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False,
           company="Shannonside Aircraft Leasing DAC",
           note="Greenhouse availability request before the interview; no time chosen yet")
def m30() -> bytes:
    msgid = mid("m30", "us.greenhouse-mail.io")
    hs = base(addr("Shannonside Aircraft Leasing", "no-reply@us.greenhouse-mail.io"),
              "Next steps: Technical Planner – Lease Transitions",
              "2026-10-19 10:12", "Europe/Dublin", msgid, host="o12.us.greenhouse-mail.io", ip="167.89.44.201",
              extra=(("Reply-To", addr("Niamh Gallagher", "niamh.gallagher@shannonside-leasing.ie")),))
    plain = t("""
        Hi Lukas,

        Thanks for applying for Technical Planner – Lease Transitions. We'd like to set up a 45-minute video
        interview with our Head of Technical Records.

        Please share your availability for next week using the link below (times are shown in your own
        time zone):

        https://app.greenhouse.io/availability/{id}

        Kind regards,
        Niamh Gallagher
        Shannonside Aircraft Leasing DAC
        """).replace("{id}", h("m30id", 30))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(31), family="scheduling_link", lang="de", interview=False,
           company="Kranich Personalberatung GmbH",
           note="Headhunter sends a Microsoft Bookings page to pick a slot; nothing booked")
def m31() -> bytes:
    msgid = mid("m31", "kranich-personal.de")
    hs = base(addr("Olaf Behrendt", "olaf.behrendt@kranich-personal.de"),
              "AW: Vertrauliche Anfrage: Leitung Wartungsplanung (m/w/d), Raum Hamburg",
              "2026-09-07 09:03", BER, msgid, host="mail.kranich-personal.de", ip="176.9.142.77",
              extra=(("In-Reply-To", mid("m31-prev", "example.com")),
                     ("References", f"{mid('m29', 'kranich-personal.de')} {mid('m31-prev', 'example.com')}")))
    plain = t("""
        Guten Morgen Herr Hoffmeister,

        schön, dass Sie Interesse haben! Am einfachsten buchen Sie sich direkt einen Termin in meinem
        Kalender, dort sehen Sie alle freien Zeiten dieser und nächster Woche:

        https://outlook.office365.com/book/KranichPersonalberatungBehrendt@kranich-personal.de/

        Mit freundlichen Grüßen
        Olaf Behrendt

        > Hallo Herr Behrendt, danke für Ihre Nachricht, ein Telefonat gern. Viele Grüße, Lukas Hoffmeister
        """)
    return message(hs, text(plain))


@make.mail(N(32), family="proposal_unconfirmed", lang="de", interview=False,
           company="Fliegwerk Analytics GmbH",
           note="Du-mail proposing two slots (Do 8.10. 11 Uhr or Fr 9.10. 14 Uhr); the candidate has not chosen "
                "yet, so nothing is confirmed",
           days=(("Thu", "2026-10-08"), ("Fri", "2026-10-09")))
def m32() -> bytes:
    msgid = mid("m32", "mail.gmail.com")
    hs = base(addr("Jonas Brenner", "jonas.brenner@fliegwerk.io"),
              "Gespräch Fliegwerk / Wartungsplanung",
              "2026-10-05 12:47", BER, msgid, host="mail-wr1-f47.google.com", ip="209.85.221.47")
    plain = t("""
        Hi Lukas,

        danke für deine Bewerbung – dein Hintergrund aus der Check-Planung ist genau das, was uns im Team
        fehlt. Lass uns gern mal per Video sprechen. Ginge bei dir Donnerstag (8.10.) um 11 Uhr oder Freitag
        (9.10.) um 14 Uhr? Sag einfach, was dir lieber ist.

        Viele Grüße
        Jonas

        --
        Jonas Brenner · Head of Product
        Fliegwerk Analytics GmbH · Köpenicker Str. 154a · 10997 Berlin
        """)
    return message(hs, alt(text(plain, cte="8bit"), html(gmail_html(plain))))


@make.mail(N(33), family="auto_reply", lang="de", interview=False, company="Elbtal Aero Services GmbH",
           note="Out-of-office auto-reply (Auto-Submitted: auto-replied) with return date")
def m33() -> bytes:
    msgid = f"<{h('m33').upper()}@AM9PR03MB7715.eurprd03.prod.outlook.com>"
    hs = base(addr("Jens Petersen", "jens.petersen@elbtal-aero.de"),
              "Automatische Antwort: Rückfrage zum Gespräch",
              "2026-10-12 08:15", BER, msgid, host="EUR03-AM7-obe.outbound.protection.outlook.com",
              ip="40.107.105.70",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", mid("m33-prev", "example.com")),
                     ("Content-Language", "de-DE")))
    plain = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 16.10.2026, nicht im Büro und habe
        nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
        Frau Maren Albers (maren.albers@elbtal-aero.de, Tel. 040 7411 3321).

        Mit freundlichen Grüßen
        Jens Petersen
        """)
    return message(hs, alt(text(plain), html(outlook_html(plain))))


@make.mail(N(34), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) of Lukas's thank-you note to a mistyped Keystone address; the returned "
                "message is attached as message/rfc822")
def m34() -> bytes:
    msgid = mid("m34", "mail.example.com")
    hs = base(addr("Mail Delivery Subsystem", "mailer-daemon@mail.example.com"),
              "Undelivered Mail Returned to Sender",
              "2026-11-03 18:21", BER, msgid, host="mail.example.com", ip="192.0.2.25",
              extra=(("Auto-Submitted", "auto-replied"),))
    orig = message([
        ("From", ME_A),
        ("To", "megan.schulz@keystonerotor.com"),
        ("Subject", enc("Thank you – Maintenance Planner interview")),
        ("Date", date("2026-11-03 18:20", BER)),
        ("Message-ID", mid("m34-orig", "example.com")),
    ], text(t("""
        Dear Megan,

        thank you very much for taking the time to speak with me today. I especially enjoyed our discussion
        about reliability-driven task escalation, and I am very interested in the role.

        Best regards,
        Lukas Hoffmeister
        """)))
    notice = t("""
        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <megan.schulz@keystonerotor.com>: host mx1.keystonerotor.com[203.0.113.40] said:
            550 5.1.1 <megan.schulz@keystonerotor.com>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.com
        X-Postfix-Queue-ID: 4Q7kT92xYzz1R
        Arrival-Date: Tue, 3 Nov 2026 18:20:58 +0100 (CET)

        Final-Recipient: rfc822; megan.schulz@keystonerotor.com
        Original-Recipient: rfc822;megan.schulz@keystonerotor.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.keystonerotor.com
        Diagnostic-Code: smtp; 550 5.1.1 <megan.schulz@keystonerotor.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    body = multipart("report",
                     text(notice, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     attached_message(orig),
                     params="report-type=delivery-status")
    return message(hs, body)


@make.mail(N(35), family="offer", lang="de", interview=False, company="Elbtal Aero Services GmbH",
           note="Contract offer after the second round, with start date and reply deadline; no interview")
def m35() -> bytes:
    msgid = f"<{h('m35').upper()}@AM9PR03MB7715.eurprd03.prod.outlook.com>"
    hs = base(addr("Maren Albers", "maren.albers@elbtal-aero.de"),
              "Vertragsangebot – Instandhaltungsplaner Base Maintenance",
              "2026-12-10 13:52", BER, msgid, host="EUR03-AM7-obe.outbound.protection.outlook.com",
              ip="40.107.105.64", extra=(("Content-Language", "de-DE"),))
    plain = t("""
        Sehr geehrter Herr Hoffmeister,

        wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Petersen und Herrn Dr. Ahlers die Position
        als Instandhaltungsplaner Base Maintenance anbieten zu können. Den Vertragsentwurf finden Sie im
        Anhang (Eintritt zum 1. Februar 2027, Jahresbruttogehalt wie besprochen, Relocation-Paket Hamburg).

        Wir würden uns über Ihre Rückmeldung bis Freitag, 18. Dezember 2026, freuen. Für Fragen stehe ich
        Ihnen jederzeit zur Verfügung.

        Mit freundlichen Grüßen
        Maren Albers
        HR Business Partner
        Elbtal Aero Services GmbH
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Vertragsentwurf_Hoffmeister.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Vertragsentwurf_Hoffmeister.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\n"
                   "ZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message(hs, mixed(alt(text(plain), html(outlook_html(plain))), pdf))


@make.mail(N(36), family="appointment", lang="de", interview=False, company=None,
           note="Dentist appointment reminder with ICS (Fri 16 Oct 08:15); personal appointment",
           days=(("Fri", "2026-10-16"),))
def m36() -> bytes:
    msgid = mid("m36", "praxisplaner.de")
    hs = base(addr("Zahnarztpraxis Dr. Annett Vogler", "termine@praxisplaner.de"),
              "Terminerinnerung: Freitag, 16.10.2026 um 08:15 Uhr",
              "2026-10-12 17:00", BER, msgid, host="mx-out.praxisplaner.de", ip="185.15.44.19")
    plain = t("""
        Guten Tag Herr Hoffmeister,

        wir erinnern Sie an Ihren Termin:

        Freitag, 16.10.2026 um 08:15 Uhr
        Kontrolluntersuchung und professionelle Zahnreinigung (ca. 60 Min.)
        Zahnarztpraxis Dr. Annett Vogler, Kavalierstraße 44, 06844 Dessau-Roßlau

        Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis 24 Stunden vorher ab.

        Ihr Praxisteam
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Praxisplaner//Termine//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:{h("m36uid", 20)}@praxisplaner.de
DTSTAMP:20261012T150000Z
DTSTART;TZID=Europe/Berlin:20261016T081500
DTEND;TZID=Europe/Berlin:20261016T091500
SUMMARY:Zahnarzt Dr. Vogler – Kontrolle + PZR
LOCATION:Kavalierstraße 44\\, 06844 Dessau-Roßlau
END:VEVENT
END:VCALENDAR"""
    body = mixed(text(plain, charset="iso-8859-15", cte="quoted-printable"),
                 calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics", disposition="attachment"))
    return message(hs, body)


@make.mail(N(37), family="personal_calendar", lang="de", interview=False, company=None,
           note="Google Calendar invitation from a former colleague to a farewell evening (Fri 11 Dec 18:00); "
                "private event, not an interview")
def m37() -> bytes:
    msgid = mid("m37", "google.com")
    subj = ("Einladung: Abschied Uwe (Rente) 🍺 @ Fr., 11. Dez. 2026 18:00 - 22:00 (MEZ) "
            "(lukas.hoffmeister@example.com)")
    hs = base(addr("Michael Franke", "micha.franke@example.org"), subj,
              "2026-11-20 21:12", BER, msgid, host="mail-sor-f41.google.com", ip="209.85.220.41",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Michael Franke", "micha.franke@example.org"))))
    plain = t("""
        Moin zusammen, Uwe geht nach 38 Jahren Hangar in Rente – kommt alle! Tisch ist reserviert.

        Abschied Uwe (Rente) 🍺
        Freitag, 11. Dez. 2026 ⋅ 18:00 – 22:00
        Mitteleuropäische Zeit - Berlin

        Ort
        Brauhaus am Alten Markt, Dessau

        Organisator
        Michael Franke
        micha.franke@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261211T180000
DTEND;TZID=Europe/Berlin:20261211T220000
DTSTAMP:20261120T201200Z
ORGANIZER;CN=Michael Franke:mailto:micha.franke@example.org
UID:{h("m37uid", 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.hoffmeister@example.com;X-NUM-GUESTS=0:mailto:lukas.hoffmeister@example.com
DESCRIPTION:Moin zusammen\\, Uwe geht nach 38 Jahren Hangar in Rente – kommt alle! Tisch ist reserviert.
LOCATION:Brauhaus am Alten Markt\\, Dessau
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Abschied Uwe (Rente) 🍺
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="base64"))
    return message(hs, body)


@make.mail(N(38), family="appointment", lang="de", interview=False, company=None,
           note="Car workshop appointment confirmation (Wed 23 Sep 07:30); iso-8859-1 QP",
           days=(("Wed", "2026-09-23"),))
def m38() -> bytes:
    msgid = mid("m38", "autohaus-kuehne.de")
    hs = base(addr("Autohaus Kühne Service", "service@autohaus-kuehne.de"),
              "Ihr Werkstatttermin ist bestätigt – Auftrag 26-18814",
              "2026-09-18 14:02", BER, msgid, host="smtp.autohaus-kuehne.de", ip="85.13.155.90")
    plain = t("""
        Sehr geehrter Herr Hoffmeister,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Mittwoch, 23.09.2026, Fahrzeugannahme 07:30 Uhr
        Fahrzeug: DE-LH 411 (Skoda Octavia Combi)
        Leistungen: Inspektion 60.000 km, Hauptuntersuchung, Bremsflüssigkeit

        Abholung voraussichtlich ab 16:00 Uhr. Ein Ersatzfahrzeug ist nicht reserviert.

        Ihr Serviceteam
        Autohaus Kühne GmbH · Junkersstraße 88 · 06847 Dessau-Roßlau
        """)
    return message(hs, text(plain, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(39), family="receipt", lang="de", interview=False, company=None,
           note="Theatre e-ticket order (Sat 28 Nov 19:30); event ticket, not an interview",
           days=(("Sat", "2026-11-28"),))
def m39() -> bytes:
    msgid = mid("m39", "tickets.kulturbuehne-dessau.de")
    hs = base(addr("Kulturbühne Dessau Ticketservice", "tickets@tickets.kulturbuehne-dessau.de"),
              "Ihre Bestellung 2026-55210: 2 Karten „Die Zauberflöte“",
              "2026-11-01 12:44", BER, msgid, host="mail.tickets.kulturbuehne-dessau.de", ip="78.47.98.120")
    htm = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px">
        <p>Vielen Dank für Ihre Bestellung, Herr Hoffmeister!</p>
        <table border="0" cellpadding="4">
        <tr><td>Veranstaltung</td><td><b>Die Zauberflöte</b> – Oper von W. A. Mozart</td></tr>
        <tr><td>Datum</td><td>Samstag, 28.11.2026, 19:30 Uhr (Einlass 18:45 Uhr)</td></tr>
        <tr><td>Plätze</td><td>Parkett links, Reihe 9, Platz 14 und 15</td></tr>
        <tr><td>Summe</td><td>78,00 € (inkl. Vorverkaufsgebühr)</td></tr>
        </table>
        <p>Ihre Tickets finden Sie als PDF im Kundenkonto. Bitte bringen Sie sie ausgedruckt oder auf dem
        Smartphone mit.</p>
        <p>Kulturbühne Dessau · Friedensplatz 1 · 06844 Dessau-Roßlau</p>
        </body></html>
        """)
    return message(hs, html(htm, cte="base64"))


@make.mail(N(40), family="appointment", lang="de", interview=False, company=None,
           note="Citizens' office appointment confirmation (ID card, Tue 29 Sep 10:20); not an interview",
           days=(("Tue", "2026-09-29"),))
def m40() -> bytes:
    msgid = mid("m40", "termine.dessau-rosslau.example.net")
    hs = base(addr("Bürgerbüro Online-Terminvergabe", "noreply@termine.dessau-rosslau.example.net"),
              "Terminbestätigung Bürgerbüro – Vorgangsnummer B-2026-77014",
              "2026-09-22 19:51", BER, msgid, host="termine.dessau-rosslau.example.net", ip="193.175.94.21")
    plain = t("""
        Terminbestätigung

        Anliegen:        Personalausweis beantragen
        Datum / Uhrzeit: Dienstag, 29.09.2026, 10:20 Uhr
        Ort:             Bürgerbüro, Zerbster Straße 4, Erdgeschoss, Schalter 3
        Vorgangsnummer:  B-2026-77014

        Bitte bringen Sie mit: alten Ausweis, ein biometrisches Passfoto, 37,00 EUR Gebühr (EC-Karte möglich).

        Den Termin stornieren: https://termine.dessau-rosslau.example.net/storno/B-2026-77014

        Diese E-Mail wurde automatisch erstellt.
        """)
    return message(hs, text(plain, cte="8bit"))


@make.mail(N(41), family="receipt", lang="de", interview=False, company=None,
           note="Train ticket booking Dessau-Berlin for the day of the rescheduled on-site round (Tue 17 Nov); "
                "a travel receipt, not an interview confirmation",
           days=(("Tue", "2026-11-17"),))
def m41() -> bytes:
    msgid = mid("m41", "fernzug-tickets.example.net")
    hs = base(addr("FernZug Tickets", "buchung@fernzug-tickets.example.net"),
              "Ihre Buchung: Dessau Hbf → Berlin Hbf am 17.11.2026 (Auftrag FZ7Q2K)",
              "2026-11-13 07:35", BER, msgid, host="mailer2.fernzug-tickets.example.net", ip="62.96.10.140")
    plain = t("""
        Vielen Dank für Ihre Buchung, Lukas Hoffmeister.

        Auftragsnummer: FZ7Q2K

        Hinfahrt   Di, 17.11.2026
                   ab Dessau Hbf 11:07  → an Berlin Hbf 12:39 (RE 7, Umstieg Bitterfeld)
        Rückfahrt  Di, 17.11.2026
                   ab Berlin Hbf 17:18  → an Dessau Hbf 18:51

        Preis: 44,80 EUR (Flexpreis, 2. Klasse), bezahlt mit PayPal

        Ihr Ticket ist an Ihre Kundennummer gebunden; bitte halten Sie einen Lichtbildausweis bereit.
        """)
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(42), family="delivery_notice", lang="de", interview=False, company=None,
           note="Parcel delivery window notice (Wed, 10-14 Uhr); ordinary mail",
           days=(("Wed", "2026-10-21"),))
def m42() -> bytes:
    msgid = mid("m42", "paketblitz.example.net")
    hs = base(addr("Paketblitz", "benachrichtigung@paketblitz.example.net"),
              "Ihr Paket kommt am Mittwoch, 21.10., zwischen 10:00 und 14:00 Uhr",
              "2026-10-20 18:10", BER, msgid, host="out1.paketblitz.example.net", ip="91.198.12.77",
              extra=(("Precedence", "bulk"),))
    plain = t("""
        Hallo Lukas Hoffmeister,

        Ihr Paket von Hangarshop24 (Sendungsnummer PB 0043 8812 7710) wird voraussichtlich am
        Mittwoch, 21.10.2026, zwischen 10:00 und 14:00 Uhr zugestellt.

        Nicht zu Hause? Wählen Sie einen Ablageort oder eine Nachbarin:
        https://paketblitz.example.net/s/{id}
        """).replace("{id}", h("m42s", 12))
    return message(hs, text(plain))


@make.mail(N(43), family="assessment", lang="en", interview=False, company="Baltic Wing Technics SIA",
           note="SmartRecruiters online assessment with a completion deadline (6 Oct 23:59 Riga); a deadline, "
                "not an interview",
           days=(("Tue", "2026-10-06"),))
def m43() -> bytes:
    msgid = mid("m43", "smartrecruiters.com")
    hs = base(addr("Baltic Wing Technics", "noreply@smartrecruiters.com"),
              "Next step: online assessment – Maintenance Planning Engineer (CAMO)",
              "2026-10-01 09:30", "Europe/Riga", msgid, host="mail-out-11.smartrecruiters.com",
              ip="54.93.141.14",
              extra=(("Reply-To", addr("Ilze Kalniņa", "ilze.kalnina@balticwing.lv")),))
    plain = t("""
        Dear Lukas,

        Thank you for your application. As a next step we invite you to complete a short online assessment
        (planning scenario + MS Excel exercise, about 40 minutes).

        Please complete it by Tuesday, 6 October 2026, 23:59 (Riga time):
        https://assess.smartrecruiters.com/t/{id}

        Candidates who pass will be invited to an interview with our Head of Planning.

        Best regards,
        Ilze Kalniņa
        Baltic Wing Technics SIA
        """).replace("{id}", h("m43id", 20))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(44), family="post_interview", lang="en", interview=False,
           company="Shannonside Aircraft Leasing DAC",
           note="Thank-you after the interview of 29 Oct, 'we'll be in touch'; no new time")
def m44() -> bytes:
    msgid = f"<{h('m44').upper()}@DB9PR02MB7231.eurprd02.prod.outlook.com>"
    hs = base(addr("Niamh Gallagher", "niamh.gallagher@shannonside-leasing.ie"),
              "RE: Thank you",
              "2026-10-30 12:18", "Europe/Dublin", msgid, host="EUR02-DB5-obe.outbound.protection.outlook.com",
              ip="40.107.20.90",
              extra=(("In-Reply-To", mid("m44-prev", "example.com")),
                     ("References", mid("m44-prev", "example.com"))))
    plain = t("""
        Hi Lukas,

        Thanks for your kind note, and thanks again for your time yesterday – Ciarán really enjoyed the
        conversation about lease-return planning. We are finishing the remaining interviews next week and will
        be in touch with an update by mid-November at the latest.

        Kind regards,
        Niamh

        From: Lukas Hoffmeister <lukas.hoffmeister@example.com>
        Sent: Thursday, October 29, 2026 4:02 PM
        To: Niamh Gallagher <niamh.gallagher@shannonside-leasing.ie>
        Subject: Thank you

        Dear Niamh, thank you for organising today's interview, I enjoyed meeting Ciarán. Best regards, Lukas
        """)
    return message(hs, text(plain, cte="quoted-printable"))


@make.mail(N(45), family="rejection", lang="en", interview=False, company="Keystone Rotorcraft Services",
           note="Rejection after the 3 Nov interview; no time")
def m45() -> bytes:
    msgid = mid("m45", "keystonerotor.com")
    hs = base(addr("Dana Whitfield", "dana.whitfield@keystonerotor.com"),
              "Maintenance Planner – EMEA Fleet: update",
              "2026-11-17 09:40", "America/Chicago", msgid, host="mail-out.keystonerotor.com",
              ip="64.20.117.83")
    plain = t("""
        Hi Lukas,

        Thank you for interviewing with Rick and Megan earlier this month. After a lot of discussion the team
        has decided to move forward with a candidate who is based closer to our Wichita hub, since the role
        will need more on-site time in 2027 than we first expected.

        This was a close decision, and we would be happy to keep your details on file for future EMEA roles.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Keystone Rotorcraft Services
        """)
    return message(hs, text(plain, cte="base64"))


@make.mail(N(46), family="club", lang="de", interview=False, company=None,
           note="Sports club mail (Du): winter training times from November; recurring fixed times, no interview",
           days=(("Tue", "2026-11-03"),))
def m46() -> bytes:
    msgid = mid("m46", "gmx.example.net")
    hs = base(addr("Volleyball SV Dessau-Süd", "volleyball.sv-dessau-sued@gmx.example.net"),
              "Hallenzeiten Winter + Weihnachtsturnier",
              "2026-10-19 20:33", BER, msgid, host="mout.gmx.example.net", ip="212.227.17.22",
              to="Mixed-Team <volleyball.sv-dessau-sued@gmx.example.net>")
    plain = t("""
        Hallo zusammen,

        ab Dienstag, 3.11., sind wir wieder in der Halle der Sekundarschule Kreuzberge: dienstags 19:30 bis
        21:30 Uhr, donnerstags bleibt's bei 20:00 Uhr. Das Weihnachtsturnier ist am 12.12., Anmeldung bis Ende
        November bei mir.

        Sportliche Grüße
        Steffi
        """)
    return message(hs, text(plain, cte="8bit"))


@make.mail(N(47), family="personal", lang="de", interview=False, company=None,
           note="Family mail (Du) about a birthday coffee on Sat 14 Nov at 15 Uhr; personal, also wishes luck "
                "for 'deine Vorstellungsgespräche'",
           days=(("Sat", "2026-11-14"),))
def m47() -> bytes:
    msgid = mid("m47", "web.example.net")
    hs = base(addr("Julia Hoffmeister", "julia.hoffmeister@example.org"),
              "Papas 65. – Samstag Kaffee",
              "2026-11-08 10:17", BER, msgid, host="mout.web.example.net", ip="217.72.192.78")
    plain = t("""
        Hi Lukas,

        kurze Info: Wir feiern Papas 65. am Samstag, 14.11., ab 15 Uhr bei Mama und Papa in Roßlau (Kaffee und
        Kuchen, abends Grillen, wenn's nicht regnet). Bringst du den Klappstuhl aus deinem Keller mit?
        Und drück dir die Daumen für deine Vorstellungsgespräche, erzähl mal, wie's läuft!

        Liebe Grüße
        Julia
        """)
    return message(hs, text(plain, charset="iso-8859-1", cte="8bit"))


@make.mail(N(48), family="note_to_self", lang="de", interview=False, company="Saale Heli Service GmbH",
           note="Lukas forwards a job ad to himself (plain Fwd:); no interview yet")
def m48() -> bytes:
    msgid = mid("m48", "mail.gmail.com")
    hs = base(ME_A, "Fwd: Stellenanzeige Instandhaltungsplaner (m/w/d) – Saale Heli Service",
              "2026-09-02 22:10", BER, msgid, host="mail-ej1-f44.google.com", ip="209.85.218.44")
    plain = t("""
        Bewerben bis Freitag! Ansprechpartner Tobias Krüger.

        ---------- Forwarded message ---------
        Von: Jobwolke JobAgent <jobagent@news.jobwolke.de>
        Date: Mi., 2. Sept. 2026 um 06:05
        Subject: Stellenanzeige: Instandhaltungsplaner (m/w/d) – Saale Heli Service GmbH

        Instandhaltungsplaner (m/w/d) – Saale Heli Service GmbH, Landsberg (Flugplatz Halle-Oppin)
        Vollzeit · unbefristet · ab sofort

        Deine Aufgaben: Planung der Instandhaltung unserer H135/H145-Flotte, Pflege des Wartungsprogramms,
        Abstimmung mit CAMO und Hangar, Verwaltung von ADs und SBs.
        Dein Profil: Ausbildung als Fluggerätmechaniker/-in, Erfahrung in der Wartungsplanung, AMOS o. ä.

        Jetzt bewerben: https://www.jobwolke.de/stellen/{id}
        """).replace("{id}", h("m48id", 12))
    return message(hs, alt(text(plain), html(gmail_html(plain))))


@make.mail(N(49), family="event_registration", lang="de", interview=False, company=None,
           note="Trade-event registration confirmation (Thu 19 Nov, 09:00-17:00, Leipzig) with ICS; an event, "
                "not an interview",
           days=(("Thu", "2026-11-19"),))
def m49() -> bytes:
    msgid = mid("m49", "mro-forum-md.de")
    hs = base(addr("MRO-Forum Mitteldeutschland", "anmeldung@mro-forum-md.de"),
              "Anmeldebestätigung: MRO-Forum Mitteldeutschland 2026",
              "2026-10-28 16:20", BER, msgid, host="mail.mro-forum-md.de", ip="80.237.132.50")
    plain = t("""
        Sehr geehrter Herr Hoffmeister,

        vielen Dank für Ihre Anmeldung zum MRO-Forum Mitteldeutschland 2026.

        Datum: Donnerstag, 19. November 2026, 09:00 – 17:00 Uhr (Registrierung ab 08:15 Uhr)
        Ort:   Congress Center Leipzig, Saal 4
        Ticket: Fachbesucher (kostenfrei), Nr. MF26-0412

        Programm-Highlights: Predictive Maintenance in der Praxis, Karriere-Lounge mit Ausstellern aus der
        Region, Podiumsdiskussion „Fachkräfte für die Instandhaltung“.

        Wir freuen uns auf Ihren Besuch!
        Ihr Organisationsteam
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//mro-forum-md.de//Anmeldung//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:mf26-0412@mro-forum-md.de
DTSTAMP:20261028T152000Z
DTSTART;TZID=Europe/Berlin:20261119T090000
DTEND;TZID=Europe/Berlin:20261119T170000
SUMMARY:MRO-Forum Mitteldeutschland 2026
LOCATION:Congress Center Leipzig\\, Saal 4
END:VEVENT
END:VCALENDAR"""
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="PUBLISH", cte="base64", filename="mro-forum-2026.ics",
                          disposition="attachment"))
    return message(hs, body)


@make.mail(N(50), family="application_ack", lang="en", interview=False, company="Skyhaven Aero Technics Inc.",
           note="Lever application receipt; 'if selected ... interview' is hypothetical")
def m50() -> bytes:
    msgid = mid("m50", "hire.lever.co")
    hs = base(addr("Skyhaven Aero Technics", "no-reply@hire.lever.co"),
              "Thanks for applying to Skyhaven Aero Technics",
              "2026-10-12 14:05", "America/Toronto", msgid, host="mail-out1.hire.lever.co", ip="3.97.71.40")
    plain = t("""
        Hi Lukas,

        Thank you for your interest in the Maintenance Planner, European Operations position at Skyhaven Aero
        Technics. We've received your application and our team is reviewing it.

        If your background is a match, a member of our talent team will reach out to schedule an interview.

        Best,
        The Skyhaven Talent Team
        """)
    return message(hs, alt(text(plain), html(gmail_html(plain))))
