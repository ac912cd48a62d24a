"""blind52: a blind 50-mail held-out set, the inbox of a frontend developer in Prague.

Hand-written mails, one function per mail, registered into ``make.REGISTRY["blind52"]``; the MIME
plumbing and the checks are ``make.py``'s, imported unchanged. Build and check with

    python3 bench/heldout/make_blind.py blind52

Written without reading the detector, its tests or fixtures, or any other held-out set's mails.
File numbers are a fixed shuffle of the writing order (keys 1..23 positives, 24..50 negatives).
"""

from __future__ import annotations

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

# Exchange writes Prague's zone under its Windows name; the checks map Windows names to IANA.
make.WINDOWS_ZONES.setdefault("Central Europe Standard Time", "Europe/Prague")
make.REGISTRY.setdefault("blind52", [])

ORDER = random.Random(52052).sample(range(1, 51), 50)


def k(n: int) -> str:
    """File name for the n-th mail in writing order (1-based)."""
    return f"blind52_{ORDER[n - 1]:03d}"


PRG = "Europe/Prague"
ME = "ondrej.kratochvil@example.org"
ME_NAME = "Ondřej Kratochvíl"
ME_ALT = "ondra.k@example.com"  # his old personal (webmail) address, used to forward things to himself


def me() -> str:
    return addr(ME_NAME, ME)


def rx(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag))


def dt(when: str, zone: str) -> tuple[str, str]:
    return ("Date", date(when, zone))


def subj(value: str, charset: str = "utf-8") -> tuple[str, str]:
    return ("Subject", enc(value, charset))


PRAGUE_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Prague
X-LIC-LOCATION:Europe/Prague
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

CE_EXCHANGE_VTZ = """BEGIN:VTIMEZONE
TZID:Central Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil.
Klicken Sie hier, um an der Besprechung teilzunehmen.<{url}>
Besprechungs-ID: {mid}
Kenncode: {pc}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_CS = """________________________________________________________________________________
Schůzka přes Microsoft Teams
Připojte se na počítači, v mobilní aplikaci nebo na zařízení v místnosti.
Kliknutím sem se připojíte ke schůzce<{url}>
ID schůzky: {mid}
Heslo: {pc}
Stáhnout Teams<https://www.microsoft.com/cs-cz/microsoft-teams/download-app> | Připojit se na webu<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Další informace<https://aka.ms/JoinTeamsMeeting> | Možnosti schůzky<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams(tpl: str, tid: str, mid: str, pc: str) -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0"
    return tpl.format(url=url, mid=mid, pc=pc)


def esc(s: str) -> str:
    """Escape a TEXT value for ICS."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def exchange_headers(topic: str, index: str) -> list[tuple[str, str]]:
    return [("Thread-Topic", enc(topic)), ("Thread-Index", index), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("Accept-Language", "en-US, cs-CZ"), ("Content-Language", "en-US")]


# =========================================================================== positives


# --------------------------------------------------------------------------- 1 Teamio (LMC), Czech
@mail(k(1), family="teamio", lang="cs", interview=True, kind="scheduled", company="Pixelkraft s.r.o.",
      start=utc("2026-04-02 10:00", PRG), contact="jana.horakova@pixelkraft.cz",
      local="Thu 2026-04-02 10:00", zone=PRG,
      note="Teamio invitation, Czech: 'čtvrtek 2. 4. 2026 v 10:00' in Prague, CEST since 29 March (mail "
           "sent in CET) -> 08:00Z; 'přibližně hodinu' -> end null; contact = Reply-To recruiter")
def m01() -> bytes:
    plain = t("""
        Dobrý den, pane Kratochvíle,

        děkujeme za Váš zájem o pozici Frontend Developer (Vue.js), na kterou jste reagoval
        prostřednictvím portálu Jobs.cz. Váš životopis nás zaujal a rádi bychom Vás pozvali
        na osobní pohovor.

        Termín:  čtvrtek 2. 4. 2026 v 10:00
        Místo:   Pixelkraft s.r.o., Křižíkova 148/34, Praha 8 – Karlín, 3. patro
                 (na recepci se prosím nahlaste, kolega si Vás vyzvedne)
        Účastníci: Jana Horáková (HR), Tomáš Beneš (vedoucí frontendového týmu)

        Pohovor potrvá přibližně hodinu. Vezměte si s sebou notebook, pokud nám budete chtít
        ukázat některý ze svých projektů.

        Termín je tímto potvrzen. Kdyby Vám z jakéhokoli důvodu nevyhovoval, odpovězte prosím
        na tento e-mail a domluvíme jiný.

        S pozdravem

        Jana Horáková
        HR Business Partner
        Pixelkraft s.r.o. | +420 603 118 442 | www.pixelkraft.cz

        --
        Tento e-mail Vám byl odeslán prostřednictvím náborového systému Teamio.
        Zásady zpracování osobních údajů: https://www.teamio.com/gdpr
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Dobrý den, pane Kratochvíle,</p>
        <p>děkujeme za Váš zájem o pozici <b>Frontend Developer (Vue.js)</b>, na kterou jste reagoval
        prostřednictvím portálu Jobs.cz. Váš životopis nás zaujal a rádi bychom Vás pozvali na osobní pohovor.</p>
        <table cellpadding="4" style="border-collapse:collapse;font-size:14px">
        <tr><td style="color:#6b6b6b">Termín:</td><td><b>čtvrtek 2. 4. 2026 v 10:00</b></td></tr>
        <tr><td style="color:#6b6b6b">Místo:</td><td>Pixelkraft s.r.o., Křižíkova 148/34, Praha 8 – Karlín, 3. patro<br>
        (na recepci se prosím nahlaste, kolega si Vás vyzvedne)</td></tr>
        <tr><td style="color:#6b6b6b">Účastníci:</td><td>Jana Horáková (HR), Tomáš Beneš (vedoucí frontendového týmu)</td></tr>
        </table>
        <p>Pohovor potrvá přibližně hodinu. Vezměte si s sebou notebook, pokud nám budete chtít ukázat
        některý ze svých projektů.</p>
        <p>Termín je tímto potvrzen. Kdyby Vám z jakéhokoli důvodu nevyhovoval, odpovězte prosím na tento
        e-mail a domluvíme jiný.</p>
        <p>S pozdravem</p>
        <p>Jana Horáková<br>HR Business Partner<br>Pixelkraft s.r.o. | +420 603 118 442 |
        <a href="https://www.pixelkraft.cz">www.pixelkraft.cz</a></p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#9a9a9a;border-top:1px solid #e5e5e5">
        Tento e-mail Vám byl odeslán prostřednictvím náborového systému Teamio.
        <a href="https://www.teamio.com/gdpr" style="color:#9a9a9a">Zásady zpracování osobních údajů</a>
        </td></tr></table>
        </body></html>
        """)
    when = "2026-03-27 14:05"
    hs = [
        rx("mail-out3.teamio.com", "185.62.170.23", when, PRG, "4fTq2L0xkQz1"),
        ("From", addr("Jana Horáková – Pixelkraft s.r.o.", "no-reply@teamio.com")),
        ("Reply-To", addr("Jana Horáková", "jana.horakova@pixelkraft.cz")),
        ("To", me()),
        subj("Pozvánka na pohovor – Frontend Developer (Vue.js)"),
        dt(when, PRG),
        ("Message-ID", "<teamio.7f31c0a2e48b4d1b.20260327130512@teamio.com>"),
        ("X-Mailer", "Teamio Mailer"),
    ]
    return message(hs, alt(text(plain), html(body_html)))


# --------------------------------------------------------------------------- 2 Google Calendar (Czech UI), Brno
@mail(k(2), family="google_calendar", lang="cs", interview=True, kind="scheduled",
      company="Kvadrant Labs s.r.o.", start=utc("2026-03-31 14:00", PRG), end=utc("2026-03-31 15:00", PRG),
      contact="petra.zemanova@kvadrantlabs.cz", local="Tue 2026-03-31 14:00", local_end="2026-03-31 15:00",
      zone=PRG,
      note="Google Calendar invitation, Czech UI: 'úterý 31. března 2026 ⋅ 14:00–15:00' Prague time, "
           "after the 29 March switch to CEST -> 12:00Z-13:00Z (ICS in UTC agrees); contact = organizer")
def m02() -> bytes:
    eid = "NWsycXYwYzhmMW85aDJkN20zbjZyNHQxczAgb25kcmVqLmtyYXRvY2h2aWxAZXhhbXBsZS5vcmc"
    plain = t(f"""
        Technický pohovor – Frontend Developer (Ondřej Kratochvíl)
        úterý 31. března 2026 ⋅ 14:00–15:00
        Středoevropský čas – Praha

        Připojit se přes Google Meet
        https://meet.google.com/qvk-hxtr-ozw

        Připojit se telefonicky
        (CZ) +420 234 610 912 PIN: 318 552 471#

        Další telefonní čísla: https://tel.meet/qvk-hxtr-ozw?pin=3185524712961

        Ahoj Ondřeji,
        posílám pozvánku na technické kolo. Bude tam Radim (tech lead) a Šárka (senior FE).
        Čeká tě krátký live-coding v Reactu a debata nad tvým úkolem. Kdyby něco, napiš.
        Petra

        Organizátor
        Petra Zemanová
        petra.zemanova@kvadrantlabs.cz

        Hosté
        Petra Zemanová – organizátor
        Radim Kubíček
        Šárka Holubová
        ondrej.kratochvil@example.org
        Zobrazit všechny informace o hostech https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&ctz=Europe%2FPrague&hl=cs&es=1

        Odpovědět pro ondrej.kratochvil@example.org
        Ano
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&hl=cs&es=1
        Ne
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&hl=cs&es=1
        Možná
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&hl=cs&es=1

        Další možnosti https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&hl=cs&es=1

        Pozvánka z Kalendáře Google https://calendar.google.com/calendar/

        Tento e-mail jste obdrželi, protože jste hostem této události. Pokud nechcete dostávat
        aktualizace této události, odmítněte ji. Případně se můžete zaregistrovat k účtu Google
        na adrese https://calendar.google.com/calendar/ a ovládat nastavení oznámení pro celý kalendář.

        Přeposláním této pozvánky můžete kterémukoli příjemci umožnit odeslat odpověď organizátorovi,
        být přidán na seznam hostů, pozvat další lidi bez ohledu na jejich vlastní stav pozvání nebo
        upravit vaši odpověď. Další informace https://support.google.com/calendar/answer/37135#forwarding
        """)
    body_html = t(f"""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Technický pohovor – Frontend Developer (Ondřej Kratochvíl)</h2>
        <div>úterý 31. března 2026 ⋅ 14:00–15:00<br>Středoevropský čas – Praha</div>
        <p><a href="https://meet.google.com/qvk-hxtr-ozw" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Připojit se přes Google Meet</a><br>
        meet.google.com/qvk-hxtr-ozw</p>
        <p>Připojit se telefonicky<br>(CZ) +420 234 610 912 PIN: 318 552 471#</p>
        <p>Ahoj Ondřeji,<br>posílám pozvánku na technické kolo. Bude tam Radim (tech lead) a Šárka (senior FE).<br>
        Čeká tě krátký live-coding v Reactu a debata nad tvým úkolem. Kdyby něco, napiš.<br>Petra</p>
        <p><b>Organizátor</b><br>Petra Zemanová<br><a href="mailto:petra.zemanova@kvadrantlabs.cz">petra.zemanova@kvadrantlabs.cz</a></p>
        <p><b>Hosté</b><br>Petra Zemanová – organizátor<br>Radim Kubíček<br>Šárka Holubová<br>ondrej.kratochvil@example.org</p>
        <p>Odpovědět pro ondrej.kratochvil@example.org<br>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1&amp;hl=cs&amp;es=1">Ano</a> &nbsp;
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2&amp;hl=cs&amp;es=1">Ne</a> &nbsp;
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3&amp;hl=cs&amp;es=1">Možná</a> &nbsp;
        <a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}&amp;hl=cs&amp;es=1">Další možnosti</a></p>
        <p style="font-size:12px;color:#70757a">Pozvánka z <a href="https://calendar.google.com/calendar/">Kalendáře Google</a><br>
        Tento e-mail jste obdrželi, protože jste hostem této události. Pokud nechcete dostávat aktualizace této
        události, odmítněte ji.</p>
        </div></body></html>
        """)
    desc = ("Ahoj Ondřeji,\nposílám pozvánku na technické kolo. Bude tam Radim (tech lead) a Šárka "
            "(senior FE).\nČeká tě krátký live-coding v Reactu a debata nad tvým úkolem. Kdyby něco, "
            "napiš.\nPetra\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Připojit se přes Google Meet: https://meet.google.com/qvk-hxtr-ozw\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260331T120000Z
DTEND:20260331T130000Z
DTSTAMP:20260326T144012Z
ORGANIZER;CN=Petra Zemanová:mailto:petra.zemanova@kvadrantlabs.cz
UID:5k2qv0c8f1o9h2d7m3n6r4t1s0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Petra Zemanová;X-NUM-GUESTS=0:mailto:petra.zemanova@kvadrantlabs.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Radim Kubíček;X-NUM-GUESTS=0:mailto:radim.kubicek@kvadrantlabs.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Šárka Holubová;X-NUM-GUESTS=0:mailto:sarka.holubova@kvadrantlabs.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ondrej.kratochvil@example.org;X-NUM-GUESTS=0:mailto:ondrej.kratochvil@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qvk-hxtr-ozw
X-MICROSOFT-CDO-OWNERAPPTID:-1538260143
CREATED:20260326T144010Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20260326T144011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Technický pohovor – Frontend Developer (Ondřej Kratochvíl)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-26 15:40"
    hs = [
        rx("mail-sor-f69.google.com", "209.85.220.69", when, PRG, "9bK2mXq7Lw0R"),
        ("From", addr("Petra Zemanová", "petra.zemanova@kvadrantlabs.cz")),
        ("Sender", addr("Kalendář Google", "calendar-notification@google.com")),
        ("Reply-To", "petra.zemanova@kvadrantlabs.cz"),
        ("To", ME),
        subj("Pozvánka: Technický pohovor – Frontend Developer (Ondřej Kratochvíl) @ út 31. 3. 2026 "
             "14:00 - 15:00 (SELČ) (ondrej.kratochvil@example.org)"),
        ("Date", date("2026-03-26 14:40", "UTC")),
        ("Message-ID", "<calendar-7c1d2b9e-3f6a-4a58-9d1e-0b4c7e2a91f3@google.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    body = mixed(
        alt(text(plain), html(body_html), calendar(ics, cte="quoted-printable")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(hs, body)


# --------------------------------------------------------------------------- 3 Exchange invite, Austrian company, Teams
@mail(k(3), family="exchange", lang="en", interview=True, kind="scheduled", company="Steinhof Digital GmbH",
      start=utc("2026-10-27 09:30", PRG), end=utc("2026-10-27 10:30", PRG),
      contact="lukas.gruber@steinhof-digital.at", local="Tue 2026-10-27 09:30", local_end="2026-10-27 10:30",
      zone=PRG,
      note="Outlook/Exchange meeting request, TZID 'Central Europe Standard Time'; Tue 27 Oct 09:30-10:30, "
           "two days after the 25 Oct return to CET (mail sent in CEST) -> 08:30Z-09:30Z; "
           "contact = organizer/sender")
def m03() -> bytes:
    tb = teams(TEAMS_EN, "YzQ2NGE3ZDItNTFmOC00ZjJmLWI0YjAtOTkzZGNmMzE5YjQx", "312 884 551 207", "Xy7bQ2")
    plain = t("""
        Hi Ondřej,

        as discussed on the phone – here is the invite for the first round with me and Sabine Leitner
        (Team Lead Web). We'll talk about your experience, the Prague team and do a short architecture
        discussion, nothing to prepare.

        Looking forward!
        Lukas

        Lukas Gruber
        Talent Acquisition
        Steinhof Digital GmbH | Wiedner Hauptstraße 76, 1040 Wien | Prague office: Rohanské nábřeží 19
        T +43 1 890 44 12-310

        """) + tb
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Ondřej,</p>
        <p class="MsoNormal">as discussed on the phone – here is the invite for the first round with me and
        Sabine Leitner (Team Lead Web). We'll talk about your experience, the Prague team and do a short
        architecture discussion, nothing to prepare.</p>
        <p class="MsoNormal">Looking forward!<br>Lukas</p>
        <p class="MsoNormal"><b>Lukas Gruber</b><br>Talent Acquisition<br>Steinhof Digital GmbH</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">____________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ2NGE3ZDItNTFmOC00ZjJmLWI0YjAtOTkzZGNmMzE5YjQx%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 312 884 551 207<br>Passcode: Xy7bQ2</div>
        </div></body></html>
        """)
    desc = plain
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CE_EXCHANGE_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Lukas Gruber:mailto:lukas.gruber@steinhof-digital.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ondrej.kratochvil@example.org:mailto:ondrej.kratochvil@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Leitner:mailto:sabine.leitner@steinhof-digital.at
DESCRIPTION;LANGUAGE=en-US:{esc(desc)}
UID:040000008200E00074C5B7101A82E00800000000D0C93B6B1F62DC01000000000000000010000000A3E5C1F0B7D24F4E9C2A6E19F0D3B851
SUMMARY;LANGUAGE=en-US:Interview – Senior Frontend Developer (Prague) – Ondřej Kratochvíl
DTSTART;TZID=Central Europe Standard Time:20261027T093000
DTEND;TZID=Central Europe Standard Time:20261027T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T091800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTSEQ:0
X-MICROSOFT-CDO-OWNERAPPTID:2121764398
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:lukas.gruber@steinhof-digital.at;gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_YzQ2NGE3ZDItNTFmOC00ZjJmLWI0YjAtOTkzZGNmMzE5YjQx-thread.v2!7f1d9e4c
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
    when = "2026-10-22 11:18"
    hs = [
        rx("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.98", when, PRG, "2Qm8xV4kTn1c"),
        ("From", addr("Lukas Gruber", "lukas.gruber@steinhof-digital.at")),
        ("To", me()),
        ("CC", addr("Sabine Leitner", "sabine.leitner@steinhof-digital.at")),
        subj("Interview – Senior Frontend Developer (Prague) – Ondřej Kratochvíl"),
        ("Thread-Topic", enc("Interview – Senior Frontend Developer (Prague) – Ondřej Kratochvíl")),
        ("Thread-Index", "AdxiBq7Q3Jd2n0mVTPSc8wz1kRb3Ag=="),
        dt(when, PRG),
        ("Message-ID", "<AM9PR08MB6914C0E2B9F1A37D4E8C2A1BD4A92@AM9PR08MB6914.eurprd08.prod.outlook.com>"),
        ("Accept-Language", "de-AT, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    body = alt(text(plain), html(body_html), calendar(ics, cte="base64"))
    return message(hs, body)


# --------------------------------------------------------------------------- 4 Greenhouse, UK company, GMT
@mail(k(4), family="greenhouse", lang="en", interview=True, kind="scheduled", company="Fenwick & Hale",
      start=utc("2026-03-26 15:00", "Europe/London"), end=utc("2026-03-26 16:00", "Europe/London"),
      contact="hannah.whitfield@fenwickhale.co.uk", local="Thu 2026-03-26 15:00",
      local_end="2026-03-26 16:00", zone="Europe/London",
      note="Greenhouse confirmation: 3:00-4:00 PM GMT on 26 March, three days before BST starts -> "
           "15:00Z-16:00Z; body also gives 4-5 PM CET; ICS in UTC agrees; contact = Reply-To recruiter")
def m04() -> bytes:
    plain = t("""
        Hi Ondřej,

        Thanks again for your interest in Fenwick & Hale! I'm pleased to confirm your first-stage
        interview for the Frontend Engineer (Prague Hub) role.

        INTERVIEW DETAILS

        Date: Thursday, March 26th 2026
        Time: 3:00 PM - 4:00 PM GMT (London)
              4:00 PM - 5:00 PM CET (your local time)
        Where: Google Meet - https://meet.google.com/ufw-pcnr-xbd

        You'll be meeting:
          Daniel Okafor - Engineering Manager, Web Platform
          Lucy Barnes - Senior Frontend Engineer

        The conversation will be a mix of your background and a walkthrough of a UI you've built
        recently, so feel free to have something ready to screen-share.

        A calendar invite is attached. If anything changes, just reply to this email and it will
        come straight to me.

        Best wishes,
        Hannah Whitfield
        Talent Partner | Fenwick & Hale
        """)
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table role="presentation" width="100%" style="background:#f4f4f4"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <tr><td style="padding:32px">
        <p>Hi Ondřej,</p>
        <p>Thanks again for your interest in Fenwick &amp; Hale! I'm pleased to confirm your first-stage interview
        for the <strong>Frontend Engineer (Prague Hub)</strong> role.</p>
        <h3 style="font-size:13px;letter-spacing:1px;color:#888">INTERVIEW DETAILS</h3>
        <p><strong>Date:</strong> Thursday, March 26th 2026<br>
        <strong>Time:</strong> 3:00 PM - 4:00 PM GMT (London)<br>
        &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;4:00 PM - 5:00 PM CET (your local time)<br>
        <strong>Where:</strong> Google Meet - <a href="https://meet.google.com/ufw-pcnr-xbd">https://meet.google.com/ufw-pcnr-xbd</a></p>
        <p>You'll be meeting:<br>Daniel Okafor - Engineering Manager, Web Platform<br>
        Lucy Barnes - Senior Frontend Engineer</p>
        <p>The conversation will be a mix of your background and a walkthrough of a UI you've built recently, so
        feel free to have something ready to screen-share.</p>
        <p>A calendar invite is attached. If anything changes, just reply to this email and it will come straight to me.</p>
        <p>Best wishes,<br>Hannah Whitfield<br>Talent Partner | Fenwick &amp; Hale</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999;font-family:Helvetica,Arial,sans-serif">Powered by Greenhouse</p>
        </td></tr></table>
        <img src="https://us.greenhouse-mail.io/o/eJwNyDEOgCAMAMC3e1w.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-48213377-2f9c@greenhouse.io
DTSTAMP:20260320T100214Z
DTSTART:20260326T150000Z
DTEND:20260326T160000Z
SUMMARY:Interview: Ondřej Kratochvíl <> Fenwick & Hale (Frontend Engineer\\, Prague Hub)
DESCRIPTION:Join Google Meet: https://meet.google.com/ufw-pcnr-xbd\\nInterviewers: Daniel Okafor\\, Lucy Barnes
LOCATION:https://meet.google.com/ufw-pcnr-xbd
ORGANIZER;CN=Hannah Whitfield:mailto:hannah.whitfield@fenwickhale.co.uk
ATTENDEE;CN=Ondřej Kratochvíl;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ondrej.kratochvil@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-20 10:02"
    hs = [
        rx("o12.us.greenhouse-mail.io", "167.89.101.44", when, "Europe/London", "7VnYp2sQa8Ld"),
        ("From", addr("Hannah Whitfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Hannah Whitfield", "hannah.whitfield@fenwickhale.co.uk")),
        ("To", ME),
        subj("Interview Confirmation: Frontend Engineer (Prague Hub) at Fenwick & Hale"),
        dt(when, "Europe/London"),
        ("Message-ID", "<gh.3c9e77b14a.20260320100214.5510@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.Jr2m7Xk0n1Fh3bZqK9oD8w"),
    ]
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 5 Lever, US company, EDT before EU DST
@mail(k(5), family="lever", lang="en", interview=True, kind="scheduled", company="Northbeam Analytics",
      start=utc("2026-03-11 10:00", "America/New_York"), end=utc("2026-03-11 10:45", "America/New_York"),
      contact="kayla.morrison@northbeam.io", local="Wed 2026-03-11 10:00",
      local_end="2026-03-11 10:45", zone="America/New_York",
      note="Lever confirmation sent Thu 5 Mar (EST) for Wed 11 Mar 10:00-10:45 AM EDT (US DST from 8 March, "
           "Prague still CET, so 15:00 in Prague as the mail says) -> 14:00Z-14:45Z; contact = Reply-To")
def m05() -> bytes:
    plain = t("""
        Hi Ondřej,

        Your interview with Northbeam Analytics has been confirmed!

        Frontend Engineer II (Remote - EU)
        Wednesday, March 11, 2026
        10:00 AM - 10:45 AM EDT

        Zoom: https://northbeam.zoom.us/j/86120455713?pwd=cU9MbGVxR2lRdXpTb3dGa0Z2QjhGdz09

        Interviewer: Marcus Feld, Staff Engineer

        Quick heads-up from me (Kayla): US clocks spring forward this Sunday, March 8, so for the
        next few weeks we're only 5 hours behind Prague instead of 6 - this one is 3:00 PM your time.

        If you need to make any changes, reply to this email.

        Kayla Morrison
        Recruiting, Northbeam Analytics

        --
        Sent via Lever
        """)
    body_html = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-3e1f0c4d-9a77-4b2e-8f12-51a0de6bb0c2
DTSTAMP:20260305T192011Z
DTSTART:20260311T140000Z
DTEND:20260311T144500Z
SUMMARY:Northbeam Analytics - Interview with Marcus Feld
LOCATION:https://northbeam.zoom.us/j/86120455713
ORGANIZER;CN=Kayla Morrison:mailto:kayla.morrison@northbeam.io
ATTENDEE;CN=Ondrej Kratochvil;RSVP=TRUE:mailto:ondrej.kratochvil@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-05 14:20"
    hs = [
        rx("mail-232-17.hire.lever.co", "198.2.132.17", when, "America/New_York", "0pLz6Rk3YsW2"),
        ("From", addr("Northbeam Analytics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Kayla Morrison", "kayla.morrison@northbeam.io")),
        ("To", addr("Ondrej Kratochvil", ME)),
        subj("Interview confirmed: Northbeam Analytics - Frontend Engineer II"),
        dt(when, "America/New_York"),
        ("Message-ID", "<0100018e0b7c4d1f-5a7c9d2e-3b18-4f0e-9c4a-2d7e81f05b36-000000@email.amazonses.com>"),
    ]
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="7bit", filename="invite.ics", disposition="attachment"))
    return message(hs, body)


# --------------------------------------------------------------------------- 6 Calendly coffee chat with the CTO
@mail(k(6), family="calendly", lang="en", interview=True, kind="scheduled", company="Nudle Studio s.r.o.",
      start=utc("2026-04-17 10:00", PRG), end=utc("2026-04-17 10:30", PRG),
      contact="martin@nudlestudio.cz", local="Fri 2026-04-17 10:00", local_end="2026-04-17 10:30", zone=PRG,
      note="Calendly invitee confirmation of a 30-minute coffee chat with the hiring CTO (first stage), "
           "10:00am-10:30am Central European Time (CEST in April) -> 08:00Z-08:30Z; contact = Reply-To host")
def m06() -> bytes:
    plain = t("""
        Hi Ondřej Kratochvíl,

        A new event has been scheduled.

        Event Type:
        Kafe s CTO – Frontend Developer (30 min)

        Invitee:
        Ondřej Kratochvíl

        Invitee Email:
        ondrej.kratochvil@example.org

        Event Date/Time:
        10:00am - 10:30am (Central European Time), Friday, April 17, 2026

        Location:
        Kavárna Pražírna, Bělehradská 47, Praha 2 (Martin bude u okna s notebookem)

        Questions:
        Co tě na Nudle Studio zaujalo?
        Dělám hlavně Vue/Nuxt, baví mě design systémy a váš e-shop pro malé pražírny.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b1e4c0a-2f59-4d7b-91a8-3c5d0e7f8a12
        Reschedule: https://calendly.com/reschedulings/6b1e4c0a-2f59-4d7b-91a8-3c5d0e7f8a12

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Ondřej Kratochvíl,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Kafe s CTO – Frontend Developer (30 min)</p>
        <p><b>Invitee:</b><br>Ondřej Kratochvíl</p>
        <p><b>Invitee Email:</b><br><a href="mailto:ondrej.kratochvil@example.org">ondrej.kratochvil@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Central European Time), Friday, April 17, 2026</p>
        <p><b>Location:</b><br>Kavárna Pražírna, Bělehradská 47, Praha 2 (Martin bude u okna s notebookem)</p>
        <p><b>Questions:</b><br>Co tě na Nudle Studio zaujalo?<br>
        Dělám hlavně Vue/Nuxt, baví mě design systémy a váš e-shop pro malé pražírny.</p>
        <p style="border-top:1px solid #e7e7e7;padding-top:16px">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/6b1e4c0a-2f59-4d7b-91a8-3c5d0e7f8a12">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6b1e4c0a-2f59-4d7b-91a8-3c5d0e7f8a12">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    when = "2026-04-14 09:31"
    hs = [
        rx("o7.email.calendly.com", "149.72.154.7", when, "UTC", "hQ3n7Vb1Kc5T"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Martin Šebek", "martin@nudlestudio.cz")),
        ("To", me()),
        subj("Confirmed: Kafe s CTO – Frontend Developer (30 min) with Martin Šebek on Friday, April 17, 2026"),
        dt(when, "UTC"),
        ("Message-ID", "<b7f2c1e0-4d8a-4c3b-9e6f-1a2b3c4d5e6f@calendly.com>"),
    ]
    return message(hs, alt(text(plain), html(body_html)))


# --------------------------------------------------------------------------- 7 IT agency, reply on top, Czech
@mail(k(7), family="human_prose", lang="cs", interview=True, kind="scheduled", company="Fintera a.s.",
      start=utc("2026-10-20 14:00", PRG), contact="lucie.maresova@bitlove.cz",
      local="Tue 2026-10-20 14:00", zone=PRG,
      note="Agency recruiter's short reply on top of the thread: 'zítra ve 14h' against Date Mon 19 Oct "
           "(CEST) -> Tue 20 Oct 14:00 CEST -> 12:00Z; 'cca hodinka' -> end null; company = the client "
           "Fintera a.s.; contact = the recruiter (sender)")
def m07() -> bytes:
    plain = t("""
        Ahoj Ondro,

        tak potvrzeno 👍 zítra ve 14h u nich v Karlíně – Pernerova 35, 2. patro, na recepci se ptej po
        Petrovi Vlčkovi (head of engineering). Bude tam i jejich architekt, počítej cca s hodinkou.
        Notebook netřeba, kódovat se nebude, spíš povídání o tom, jak jste dělali ten design systém.

        Držím palce, pak mi napiš, jak to šlo!

        Lucka

        --
        Lucie Marešová
        IT Recruitment Consultant | Bitlove Recruitment s.r.o.
        +420 777 412 905 | www.bitlove.cz

        po 19. 10. 2026 v 9:41 odesílatel Ondřej Kratochvíl <ondrej.kratochvil@example.org> napsal:
        > Ahoj Lucko,
        >
        > úterý odpoledne mi vyhovuje, klidně kdykoliv po jedné. Středa by šla jen ráno.
        >
        > Díky, O.
        >
        > pá 16. 10. 2026 v 16:12 odesílatel Lucie Marešová <lucie.maresova@bitlove.cz> napsal:
        >> Ahoj Ondro,
        >> Fintera by tě ráda viděla na osobní kolo u nich v kanceláři. Šlo by ti úterý nebo středa
        >> odpoledne příští týden? Pošli mi, co ti sedí, a já to s nimi domluvím.
        >> L.
        """)
    when = "2026-10-19 10:12"
    hs = [
        rx("mail-wr1-f45.google.com", "209.85.221.45", when, PRG, "Fv2Rk8nQ0yJs"),
        ("From", addr("Lucie Marešová", "lucie.maresova@bitlove.cz")),
        ("To", me()),
        subj("Re: Fintera – osobní kolo"),
        dt(when, PRG),
        ("Message-ID", "<CAHx7k2pM9wQe3rT1nZ0vB5aY8sDfG4hJ6kL2mN0pQ3rS5tU7v@mail.gmail.com>"),
        ("In-Reply-To", "<CAJm3nV8Kq1pW5zX9cR2tY6uI0oP4aS7dF1gH3jK5lZ8xC0vB2n@mail.gmail.com>"),
        ("References", "<CAHx7k2pL0oK9iJ8uH7yG6tF5rD4eS3wA2qZ1xC0vB9nM8@mail.gmail.com>\r\n"
                       " <CAJm3nV8Kq1pW5zX9cR2tY6uI0oP4aS7dF1gH3jK5lZ8xC0vB2n@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- 8 Workable, Brno, onsite
@mail(k(8), family="workable", lang="en", interview=True, kind="scheduled", company="Lomnice Software s.r.o.",
      start=utc("2026-11-09 11:00", PRG), end=utc("2026-11-09 12:00", PRG), contact="eva.kralova@lomnice.cz",
      local="Mon 2026-11-09 11:00", local_end="2026-11-09 12:00", zone=PRG,
      note="Workable interview notification: Mon 9 Nov 11:00 (CET - Europe/Prague), 'Duration: 60 minutes' "
           "-> 10:00Z-11:00Z; From/Reply-To are Workable addresses, contact = recruiter address in the body")
def m08() -> bytes:
    plain = t("""
        Hi Ondřej,

        Thank you for your application for the Frontend Developer (React) position at Lomnice Software.
        We'd like to confirm your interview:

        When: Monday, November 9, 2026 at 11:00 AM (CET - Europe/Prague)
        Duration: 60 minutes
        Type: In person
        Where: Lomnice Software, Hybešova 42, 602 00 Brno (building B, 4th floor)
        With: Eva Králová, Filip Navrátil

        We'll reimburse your train ticket from Prague, just bring the receipt.

        If you have any questions, feel free to contact me directly at eva.kralova@lomnice.cz.

        Best regards,
        Eva Králová
        People & Culture, Lomnice Software

        ---
        This email was sent by Lomnice Software via Workable. Please do not reply directly.
        """)
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <div style="max-width:600px;margin:auto">
        <img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/512877/logo" alt="Lomnice Software" height="40">
        <p>Hi Ondřej,</p>
        <p>Thank you for your application for the <b>Frontend Developer (React)</b> position at Lomnice Software.
        We'd like to confirm your interview:</p>
        <table style="font-size:14px">
        <tr><td><b>When:</b></td><td>Monday, November 9, 2026 at 11:00 AM (CET - Europe/Prague)</td></tr>
        <tr><td><b>Duration:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Type:</b></td><td>In person</td></tr>
        <tr><td><b>Where:</b></td><td>Lomnice Software, Hybešova 42, 602 00 Brno (building B, 4th floor)</td></tr>
        <tr><td><b>With:</b></td><td>Eva Králová, Filip Navrátil</td></tr>
        </table>
        <p>We'll reimburse your train ticket from Prague, just bring the receipt.</p>
        <p>If you have any questions, feel free to contact me directly at
        <a href="mailto:eva.kralova@lomnice.cz">eva.kralova@lomnice.cz</a>.</p>
        <p>Best regards,<br>Eva Králová<br>People &amp; Culture, Lomnice Software</p>
        <hr><p style="font-size:11px;color:#888">This email was sent by Lomnice Software via Workable. Please do not reply directly.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{PRAGUE_VTZ}
BEGIN:VEVENT
UID:workable-event-77a0c52e1d@workable.com
DTSTAMP:20261103T084700Z
DTSTART;TZID=Europe/Prague:20261109T110000
DTEND;TZID=Europe/Prague:20261109T120000
SUMMARY:Interview: Ondřej Kratochvíl for Frontend Developer (React) - Lomnice Software
LOCATION:Hybešova 42\\, 602 00 Brno
ORGANIZER;CN=Lomnice Software:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Ondřej Kratochvíl;RSVP=TRUE:mailto:ondrej.kratochvil@example.org
ATTENDEE;CN=Eva Králová:mailto:eva.kralova@lomnice.cz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-03 08:47"
    hs = [
        rx("mail-a12.candidates.workablemail.com", "54.240.4.12", when, "UTC", "Wd8Lm3Qx1Pz9"),
        ("From", addr("Lomnice Software", "noreply@candidates.workablemail.com")),
        ("Reply-To", "lomnice-software+a81f3c@candidates.workablemail.com"),
        ("To", me()),
        subj("Interview for Frontend Developer (React) at Lomnice Software"),
        dt(when, "UTC"),
        ("Message-ID", "<0102018f3c5d7e8a-2b4c6d8e-1f3a-4b5c-8d9e-0a1b2c3d4e5f-000000@eu-west-1.amazonses.com>"),
    ]
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="base64", filename="interview.ics", disposition="attachment"))
    return message(hs, body)


# --------------------------------------------------------------------------- 9 Recruitee, Ostrava, HTML only base64
@mail(k(9), family="recruitee", lang="cs", interview=True, kind="scheduled", company="Hornbit s.r.o.",
      start=utc("2026-11-03 09:30", PRG), contact="radek.sykora@hornbit.cz", local="Tue 2026-11-03 09:30",
      zone=PRG,
      note="Recruitee invitation (HTML only, base64): 'úterý 3. listopadu 2026 v 9:30 hod.' in Ostrava, CET -> "
           "08:30Z; 'zhruba 90 minut' is approximate -> end null; contact = Reply-To recruiter")
def m09() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html lang="cs"><head><meta charset="utf-8"><title>Pozvánka na pohovor</title></head>
        <body style="margin:0;background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px">
        <table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border-radius:6px">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #e4572e">
        <img src="https://recruitee-production.s3.amazonaws.com/company/logo/88341/hornbit.png" alt="Hornbit" height="32"></td></tr>
        <tr><td style="padding:32px;font-size:15px;line-height:1.5;color:#2d2d2d">
        <p>Dobrý den, pane Kratochvíle,</p>
        <p>moc děkujeme za telefonát a za Váš zájem o pozici <strong>Frontend vývojář (Angular/React)</strong>.
        Rádi bychom Vás pozvali na osobní setkání do naší kanceláře v Ostravě.</p>
        <p style="background:#fdf1ec;padding:16px;border-radius:4px">
        <strong>Kdy:</strong> úterý 3. listopadu 2026 v 9:30 hod.<br>
        <strong>Kde:</strong> Hornbit s.r.o., Nádražní 2958/112, 702 00 Ostrava – Moravská Ostrava, 5. patro<br>
        <strong>S kým:</strong> Radek Sýkora (HR), Ing. Pavla Dostálová (CTO)</p>
        <p>Počítejte prosím zhruba s 90 minutami – první část bude povídání o Vašich zkušenostech, pak Vám
        ukážeme náš produkt a necháme Vás projít kousek kódu.</p>
        <p>Jízdenku z Prahy Vám rádi proplatíme. Parkovat můžete v garážích Nová Karolina.</p>
        <p>Pokud by Vám termín nevyhovoval, stačí odpovědět na tento e-mail.</p>
        <p>S pozdravem<br><strong>Radek Sýkora</strong><br>HR specialista | Hornbit s.r.o.<br>+420 596 112 480</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8a8f98;border-top:1px solid #eceef1">
        Hornbit s.r.o. používá Recruitee. <a href="https://hornbit.recruitee.com/privacy" style="color:#8a8f98">Ochrana osobních údajů</a>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    when = "2026-10-27 15:20"
    hs = [
        rx("mta-74.mail.recruitee.com", "159.135.228.74", when, PRG, "Tn5Gk0wR2bQx"),
        ("From", addr("Hornbit s.r.o.", "no-reply@mail.recruitee.com")),
        ("Reply-To", addr("Radek Sýkora", "radek.sykora@hornbit.cz")),
        ("To", me()),
        subj("Pozvánka na osobní pohovor – Hornbit, Ostrava"),
        dt(when, PRG),
        ("Message-ID", "<20261027142011.c4f9a1e27b@mail.recruitee.com>"),
    ]
    return message(hs, html(body_html, cte="base64"))


# --------------------------------------------------------------------------- 10 Personio, German, iso-8859-1
@mail(k(10), family="personio", lang="de", interview=True, kind="scheduled", company="Lindgrün Software GmbH",
      start=utc("2026-03-26 13:00", PRG), end=utc("2026-03-26 14:00", PRG), contact="katrin.huber@lindgruen.de",
      local="Thu 2026-03-26 13:00", local_end="2026-03-26 14:00", zone=PRG,
      note="Personio Terminbestätigung, iso-8859-1 QP: 'Donnerstag, 26. März 2026, 13:00 - 14:00 Uhr (MEZ)' "
           "-> 12:00Z-13:00Z (still CET); contact = Reply-To recruiter")
def m10() -> bytes:
    plain = t("""
        Sehr geehrter Herr Kratochvíl,

        vielen Dank für Ihr Interesse an Lindgrün Software. Gerne bestätigen wir Ihnen den Termin für
        Ihr Vorstellungsgespräch:

        Position:     Frontend Developer (m/w/d) - Standort Prag
        Datum:        Donnerstag, 26. März 2026
        Uhrzeit:      13:00 - 14:00 Uhr (MEZ)
        Ort:          Google Meet - https://meet.google.com/bxo-tqwe-hmr
        Gesprächspartner: Katrin Huber (Recruiting), Jonas Reiter (Head of Frontend)

        Das Gespräch führen wir auf Englisch. Bitte halten Sie einen Link zu Ihrem GitHub-Profil bereit.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Katrin Huber
        Recruiting
        Lindgrün Software GmbH · Leopoldstraße 31 · 80802 München
        Geschäftsführer: Stefan Lindner · HRB 241177 Amtsgericht München

        Diese Nachricht wurde über Personio versendet.
        """)
    when = "2026-03-20 09:15"
    hs = [
        rx("mail-eu1.personio.de", "18.156.72.201", when, PRG, "Ls4Hv9mC3nRe"),
        ("From", addr("Lindgrün Software GmbH", "no-reply@mail.personio.de", "iso-8859-1")),
        ("Reply-To", addr("Katrin Huber", "katrin.huber@lindgruen.de")),
        ("To", me()),
        subj("Terminbestätigung: Ihr Vorstellungsgespräch bei Lindgrün Software", "iso-8859-1"),
        dt(when, PRG),
        ("Message-ID", "<3f6a1d0c9e7b4a2f.1774001700@mail.personio.de>"),
    ]
    return message(hs, text(plain, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 11 SmartRecruiters, CEST
@mail(k(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      company="Velora Travel Tech", start=utc("2026-10-23 14:00", PRG), end=utc("2026-10-23 14:45", PRG),
      contact="anna.kowalczyk@velora.travel", local="Fri 2026-10-23 14:00", local_end="2026-10-23 14:45",
      zone=PRG,
      note="SmartRecruiters confirmation 'Fri, Oct 23, 2026 2:00 PM - 2:45 PM CEST' (last Friday before the "
           "switch back to CET) -> 12:00Z-12:45Z; no-reply sender, contact = recruiter address in body")
def m11() -> bytes:
    plain = t("""
        Velora Travel Tech

        Interview confirmed

        Hello Ondřej,

        Thank you for confirming your availability. Your interview for Senior Frontend Engineer
        (Prague) is now booked:

          Fri, Oct 23, 2026
          2:00 PM - 2:45 PM CEST
          Microsoft Teams (the link is in the calendar invitation you'll receive separately)

          Interviewers: Tomasz Wróbel (Engineering Manager), Aneta Vacková (Product Designer)

        Please note that this mailbox is not monitored. For any questions, contact
        Anna Kowalczyk, Talent Acquisition: anna.kowalczyk@velora.travel

        Good luck!
        The Velora Talent Team

        Powered by SmartRecruiters | Privacy Policy
        """)
    body_html = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;background:#f7f7f7;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#fff">
        <div style="background:#0b3d5c;color:#fff;padding:20px 28px;font-size:20px">Velora Travel Tech</div>
        <div style="padding:28px;font-size:14px;color:#333">
        <h2 style="font-weight:600;font-size:18px">Interview confirmed</h2>
        <p>Hello Ondřej,</p>
        <p>Thank you for confirming your availability. Your interview for <b>Senior Frontend Engineer (Prague)</b> is now booked:</p>
        <div style="border-left:4px solid #0b3d5c;padding:8px 16px;margin:16px 0">
        Fri, Oct 23, 2026<br>2:00 PM - 2:45 PM CEST<br>
        Microsoft Teams (the link is in the calendar invitation you'll receive separately)<br><br>
        Interviewers: Tomasz Wróbel (Engineering Manager), Aneta Vacková (Product Designer)</div>
        <p>Please note that this mailbox is not monitored. For any questions, contact Anna Kowalczyk, Talent Acquisition:
        <a href="mailto:anna.kowalczyk@velora.travel">anna.kowalczyk@velora.travel</a></p>
        <p>Good luck!<br>The Velora Talent Team</p>
        </div>
        <div style="padding:16px 28px;font-size:11px;color:#999">Powered by SmartRecruiters | <a href="https://www.smartrecruiters.com/privacy-policy/">Privacy Policy</a></div>
        </div></body></html>
        """)
    when = "2026-10-19 07:02"
    hs = [
        rx("mail7.smartrecruiters.com", "52.29.181.7", when, "UTC", "Jr6Pw1Xk8Ve3"),
        ("From", addr("Velora Travel Tech", "noreply@smartrecruiters.com")),
        ("To", me()),
        subj("Interview confirmed – Senior Frontend Engineer (Prague)"),
        dt(when, "UTC"),
        ("Message-ID", "<sr.msg.5e4b1c7d-92f0-4a6e-b3d1-8c0f2e9a7b45@smartrecruiters.com>"),
    ]
    return message(hs, alt(text(plain), html(body_html)))


# --------------------------------------------------------------------------- 12 Workday, US company, EDT vs CET week
@mail(k(12), family="workday", lang="en", interview=True, kind="scheduled", company="Harborline Payments",
      start=utc("2026-10-27 11:00", "America/New_York"), end=utc("2026-10-27 12:00", "America/New_York"),
      contact="megan.price@harborline.com", local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00",
      zone="America/New_York",
      note="Workday (HTML only): Tue 27 Oct 11:00 AM-12:00 PM EDT, the week Europe is already on CET but the "
           "US still on EDT (4-5 PM in Prague, as the mail says) -> 15:00Z-16:00Z; contact = coordinator in body")
def m12() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <p>Dear Ondřej Kratochvíl,</p>
        <p>Thank you for your interest in the <b>Senior Frontend Engineer (R-10482)</b> position at Harborline Payments.
        We are pleased to confirm the following interview:</p>
        <table border="0" cellpadding="3" style="font-size:13px">
        <tr><td><b>Interview Type:</b></td><td>Technical Interview - Round 2</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, October 27, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>11:00 AM - 12:00 PM Eastern Daylight Time<br>(4:00 PM - 5:00 PM Central European Time)</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams - your interviewer will send the meeting link</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Greg Alvarez, Director of Engineering<br>Nisha Patel, Senior Software Engineer</td></tr>
        </table>
        <p>Please note that Europe moves back to standard time on October 25 while the US changes on November 1,
        so the gap between Prague and New York will be five hours that week.</p>
        <p>If you have questions or need to reschedule, please contact your Recruiting Coordinator,
        Megan Price, at <a href="mailto:megan.price@harborline.com">megan.price@harborline.com</a>.</p>
        <p>Regards,<br>Harborline Payments Talent Acquisition</p>
        <p style="font-size:11px;color:#777777">This is a system-generated message from Workday. Please do not reply.</p>
        </div></body></html>
        """)
    when = "2026-10-21 13:40"
    hs = [
        rx("wd5-smtp-out3.myworkday.com", "199.247.33.18", when, "America/New_York", "Bx0Mq5Ns7Yw4"),
        ("From", addr("Harborline Payments", "harborline@myworkday.com")),
        ("To", ME),
        subj("Interview Scheduled - Senior Frontend Engineer (R-10482)"),
        dt(when, "America/New_York"),
        ("Message-ID", "<1203984471.554120.1792604400123.JavaMail.wdprod@wd5-prod-smtp3.myworkday.com>"),
    ]
    return message(hs, html(body_html))


# --------------------------------------------------------------------------- 13 hiring manager reply, London, casual
@mail(k(13), family="human_prose", lang="en", interview=True, kind="scheduled", company="Brightmoor Labs",
      start=utc("2026-03-25 14:00", PRG), contact="tom@brightmoorlabs.co.uk", local="Wed 2026-03-25 14:00",
      zone=PRG,
      note="Hiring manager's reply on top of a quoted thread: 'Wednesday at 2pm your time (1pm here)' against "
           "Date Mon 23 Mar -> Wed 25 Mar 14:00 CET = 13:00 GMT = 13:00Z; no length -> end null")
def m13() -> bytes:
    plain = t("""
        Hi Ondřej,

        Perfect - Wednesday at 2pm your time (1pm here) it is. I'll send a Meet link in a sec.
        Nothing to prepare, it's just me, a chat about what you've built and what we're up to.

        Cheers,
        Tom

        --
        Tom Ashdown
        Head of Product Engineering, Brightmoor Labs
        https://brightmoorlabs.co.uk

        On Sun, 22 Mar 2026 at 21:40, Ondřej Kratochvíl <ondrej.kratochvil@example.org> wrote:
        > Hi Tom,
        >
        > thanks for reaching out, the role sounds great. I'm free Wednesday or Thursday afternoon,
        > anytime after 1pm CET.
        >
        > Best,
        > Ondřej
        >
        > On Fri, 20 Mar 2026 at 17:05, Tom Ashdown <tom@brightmoorlabs.co.uk> wrote:
        >> Hi Ondřej, saw your Svelte component library on GitHub and loved it. We're hiring a
        >> frontend engineer for our Prague/remote team - fancy a 30-45 min chat next week?
        >> Tom
        """)
    when = "2026-03-23 09:14"
    hs = [
        rx("mail-ej1-f52.google.com", "209.85.218.52", when, "Europe/London", "Mk1Dq7Vz3Hf8"),
        ("From", addr("Tom Ashdown", "tom@brightmoorlabs.co.uk")),
        ("To", me()),
        ("Subject", "Re: Frontend role at Brightmoor"),
        dt(when, "Europe/London"),
        ("Message-ID", "<CAE9r2Lm0nK8pQ4sT6vX1zB3dF5hJ7lN9pR1tV3xZ5bD7fH9jL@mail.gmail.com>"),
        ("In-Reply-To", "<CAP0q4Nn2mL6kJ8hG0fD2sA4zX6cV8bN0mQ2wE4rT6yU8iO0p@mail.gmail.com>"),
        ("References", "<CAE9r2Lk7jH5gF3dS1aZ9xC7vB5nM3qW1eR9tY7uI5oP3aS1d@mail.gmail.com>\r\n"
                       " <CAP0q4Nn2mL6kJ8hG0fD2sA4zX6cV8bN0mQ2wE4rT6yU8iO0p@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- 14 forward to self, Slovak recruiter, iso-8859-2
@mail(k(14), family="forward", lang="sk", interview=True, kind="scheduled", company="Mlýn Digital a.s.",
      start=utc("2026-11-06 13:30", PRG), end=utc("2026-11-06 14:15", PRG),
      contact="zuzana.polakova@talentria.sk", local="Fri 2026-11-06 13:30", local_end="2026-11-06 14:15",
      zone=PRG,
      note="Forward to himself (Czech note, iso-8859-2 QP) of a Slovak agency confirmation: 'v piatok 6. 11. "
           "o 13:30', '45 minút' -> 12:30Z-13:15Z (CET); contact = recruiter in the forwarded header")
def m14() -> bytes:
    plain = t("""
        posílám si to sem, ať to mám v kalendáři

        ---------- Původní e-mail ----------
        Od: Zuzana Poláková <zuzana.polakova@talentria.sk>
        Komu: ondra.k@example.com
        Datum: 2. 11. 2026 16:03:41
        Předmět: Pohovor Mlýn Digital - potvrdenie termínu

        Dobrý deň Ondřej,

        ďakujem za rýchlu odpoveď. Potvrdzujem Vám pohovor so spoločnosťou Mlýn Digital
        v piatok 6. 11. o 13:30, online cez MS Teams - pozvánku s linkom Vám pošle priamo
        pani Hrubá z ich HR. Pohovor bude trvať 45 minút, prvá polovica po česky, druhá
        po anglicky s ich tech leadom.

        Keby čokoľvek, som na telefóne.

        S pozdravom
        Zuzana Poláková
        Senior IT Recruiter | Talentria s.r.o.
        +421 905 331 218 | Bratislava
        """)
    when = "2026-11-03 08:10"
    hs = [
        rx("mx-out12.example.com", "77.75.78.112", when, PRG, "Pq9Kz2Wn6Dv1"),
        ("From", addr(ME_NAME, ME_ALT, "iso-8859-2")),
        ("To", ME),
        subj("Fwd: Pohovor Mlýn Digital - potvrdenie termínu", "iso-8859-2"),
        dt(when, PRG),
        ("Message-ID", "<2kq.7Zc1.3MsyQbW1rN.1g0Xp4@example.com>"),
        ("X-Mailer", "Email.cz"),
    ]
    return message(hs, text(plain, charset="iso-8859-2"))


# --------------------------------------------------------------------------- 15 Zoom block pasted by a German hiring manager
@mail(k(15), family="zoom", lang="de", interview=True, kind="scheduled", company="Ostwerk GmbH",
      start=utc("2026-04-01 09:00", "Europe/Berlin"), contact="felix.brandauer@ostwerk.de",
      local="Wed 2026-04-01 09:00", zone="Europe/Berlin",
      note="German note with a pasted Zoom invitation 'Apr 1, 2026 09:00 AM Amsterdam, Berlin, Rome, "
           "Stockholm, Vienna', sent in CET on 27 Mar; 1 April is CEST -> 07:00Z; no length -> end null")
def m15() -> bytes:
    plain = t("""
        Hallo Ondřej,

        wie am Telefon besprochen, hier die Zoom-Einladung für Mittwoch. Keine Sorge, wir sprechen
        Englisch – Miriam aus dem Design-Team ist auch dabei.

        Viele Grüße
        Felix

        Felix Brandauer is inviting you to a scheduled Zoom meeting.

        Topic: Ostwerk x Ondřej – Frontend Interview
        Time: Apr 1, 2026 09:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://ostwerk.zoom.us/j/94418207733?pwd=a1NkRm5yWkZQa3dTbnpCeXhMN0pjQT09

        Meeting ID: 944 1820 7733
        Passcode: 551902

        ---

        One tap mobile
        +420225376400,,94418207733#,,,,*551902# Czech Republic
        +493056795800,,94418207733#,,,,*551902# Germany

        ---

        Dial by your location
        • +420 2 2537 6400 Czech Republic
        • +49 30 5679 5800 Germany
        Meeting ID: 944 1820 7733
        Passcode: 551902

        Find your local number: https://ostwerk.zoom.us/u/acXhJ3kLq

        --
        Felix Brandauer | Engineering Lead Web
        Ostwerk GmbH | Köpenicker Str. 154 | 10997 Berlin
        """)
    when = "2026-03-27 17:45"
    hs = [
        rx("mail-out.ostwerk.de", "185.23.44.19", when, "Europe/Berlin", "Cz4Xn8Lr1Tq6"),
        ("From", addr("Felix Brandauer", "felix.brandauer@ostwerk.de")),
        ("To", me()),
        ("Subject", "Zoom: Frontend Interview am Mittwoch"),
        dt(when, "Europe/Berlin"),
        ("Message-ID", "<8a1f3e2c-7b0d-4c9e-a6f5-2d1e0b9c8a7f@ostwerk.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, text(plain, cte="8bit", params="format=flowed"))


# --------------------------------------------------------------------------- 16 Exchange, UK company, GMT after BST ends
@mail(k(16), family="exchange", lang="en", interview=True, kind="scheduled",
      company="Marlowe Insurance Group", start=utc("2026-10-29 10:00", "Europe/London"),
      end=utc("2026-10-29 11:30", "Europe/London"), contact="priya.nair@marlowe-group.co.uk",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:30", zone="Europe/London",
      note="Exchange panel invite, TZID 'GMT Standard Time', sent in BST on 23 Oct for Thu 29 Oct 10:00-11:30, "
           "after the UK is back on GMT -> 10:00Z-11:30Z (11:00 in Prague); contact = organizer")
def m16() -> bytes:
    tb = teams(TEAMS_EN, "NmE0ZjJkYjktM2RlYy00NWJhLWFmMjctZDc0MzAxYmQ1NTcw", "378 220 914 665", "qT4mBv")
    plain = t("""
        Hi Ondřej,

        Great news - we'd like to invite you to the final stage. This is a 90-minute panel:

          10:00 - 10:40  System design (frontend architecture) - Oliver Grant, Principal Engineer
          10:40 - 11:10  Pairing exercise - Chloe Adams, Senior Frontend Engineer
          11:10 - 11:30  Values & wrap-up - Priya Nair

        All times are UK time; please note the clocks go back this weekend, so 10:00 here will be
        11:00 in Prague.

        Kind regards,
        Priya

        Priya Nair | Senior Talent Acquisition Partner
        Marlowe Insurance Group | 20 Fenchurch Street, London EC3M 3BY

        """) + tb
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-GB"><div class="WordSection1">
        <p class="MsoNormal">Hi Ondřej,</p>
        <p class="MsoNormal">Great news - we'd like to invite you to the final stage. This is a 90-minute panel:</p>
        <p class="MsoNormal">10:00 - 10:40&nbsp; System design (frontend architecture) - Oliver Grant, Principal Engineer<br>
        10:40 - 11:10&nbsp; Pairing exercise - Chloe Adams, Senior Frontend Engineer<br>
        11:10 - 11:30&nbsp; Values &amp; wrap-up - Priya Nair</p>
        <p class="MsoNormal">All times are UK time; please note the clocks go back this weekend, so 10:00 here will be 11:00 in Prague.</p>
        <p class="MsoNormal">Kind regards,<br>Priya</p>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE0ZjJkYjktM2RlYy00NWJhLWFmMjctZDc0MzAxYmQ1NTcw%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 378 220 914 665<br>Passcode: qT4mBv</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Priya Nair:mailto:priya.nair@marlowe-group.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ondřej Kratochvíl:mailto:ondrej.kratochvil@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Grant:mailto:oliver.grant@marlowe-group.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloe Adams:mailto:chloe.adams@marlowe-group.co.uk
DESCRIPTION;LANGUAGE=en-GB:{esc(plain)}
UID:040000008200E00074C5B7101A82E0080000000060B1F2E3D462DC01000000000000000010000000F4A1C9E20D7B3E4CA85B71E6D2C0F917
SUMMARY;LANGUAGE=en-GB:Final interview: Ondřej Kratochvíl – Frontend Engineer (Brno/Remote)
DTSTART;TZID=GMT Standard Time:20261029T100000
DTEND;TZID=GMT Standard Time:20261029T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T113012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-904125833
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
END:VCALENDAR"""
    when = "2026-10-23 12:30"
    hs = [
        rx("GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.20.133", when, "Europe/London",
           "Hy3Vb7Qm2Kd0"),
        ("From", addr("Priya Nair", "priya.nair@marlowe-group.co.uk")),
        ("To", me()),
        ("CC", "oliver.grant@marlowe-group.co.uk, chloe.adams@marlowe-group.co.uk"),
        subj("Final interview: Ondřej Kratochvíl – Frontend Engineer (Brno/Remote)"),
        ("Thread-Topic", enc("Final interview: Ondřej Kratochvíl – Frontend Engineer (Brno/Remote)")),
        ("Thread-Index", "AdxjD2k9Qm4Zx1bVRk6n0hT8cYp3Lw=="),
        dt(when, "Europe/London"),
        ("Message-ID", "<LO2P265MB5127A91E3C8D0F4B27E6C5D1A8F42@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    body = alt(text(plain), html(body_html), calendar(ics, cte="base64"))
    return message(hs, body)


# --------------------------------------------------------------------------- 17 Google Calendar update (Czech UI), thread of 2
@mail(k(17), family="google_calendar", lang="cs", interview=True, kind="rescheduled",
      company="Kvadrant Labs s.r.o.", start=utc("2026-04-02 15:00", PRG), end=utc("2026-04-02 16:00", PRG),
      contact="petra.zemanova@kvadrantlabs.cz", local="Thu 2026-04-02 15:00", local_end="2026-04-02 16:00",
      zone=PRG, days=(("Tue", "2026-03-31"),),
      note="Google Calendar 'Aktualizovaná pozvánka' (Czech UI) moving the Kvadrant technical round from "
           "Tue 31 Mar 14:00 to Thu 2 Apr 15:00-16:00 CEST -> 13:00Z-14:00Z; ICS SEQUENCE:1; contact = organizer")
def m17() -> bytes:
    eid = "NWsycXYwYzhmMW85aDJkN20zbjZyNHQxczAgb25kcmVqLmtyYXRvY2h2aWxAZXhhbXBsZS5vcmc"
    plain = t(f"""
        Tato událost byla změněna.

        Technický pohovor – Frontend Developer (Ondřej Kratochvíl)
        Změněno: čtvrtek 2. dubna 2026 ⋅ 15:00–16:00
        Dříve: úterý 31. března 2026 ⋅ 14:00–15:00
        Středoevropský čas – Praha

        Připojit se přes Google Meet
        https://meet.google.com/qvk-hxtr-ozw

        Ahoj Ondřeji,
        omlouvám se za přesun – Radimovi se v úterý kryje release. Čtvrtek 15:00 ti snad sedí, jak
        jsme se bavily po telefonu.
        Petra

        Organizátor
        Petra Zemanová
        petra.zemanova@kvadrantlabs.cz

        Hosté
        Petra Zemanová – organizátor
        Radim Kubíček
        Šárka Holubová
        ondrej.kratochvil@example.org

        Odpovědět pro ondrej.kratochvil@example.org
        Ano https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&hl=cs&es=1
        Ne https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&hl=cs&es=1
        Možná https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&hl=cs&es=1

        Pozvánka z Kalendáře Google https://calendar.google.com/calendar/

        Tento e-mail jste obdrželi, protože jste hostem této události. Pokud nechcete dostávat
        aktualizace této události, odmítněte ji.
        """)
    body_html = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">Tato událost byla změněna.</p>
        <h2 style="font-size:22px;font-weight:400">Technický pohovor – Frontend Developer (Ondřej Kratochvíl)</h2>
        <div><span style="background:#fce8e6">Změněno</span> čtvrtek 2. dubna 2026 ⋅ 15:00–16:00<br>
        <span style="text-decoration:line-through;color:#70757a">úterý 31. března 2026 ⋅ 14:00–15:00</span><br>
        Středoevropský čas – Praha</div>
        <p><a href="https://meet.google.com/qvk-hxtr-ozw">Připojit se přes Google Meet</a></p>
        <p>Ahoj Ondřeji,<br>omlouvám se za přesun – Radimovi se v úterý kryje release. Čtvrtek 15:00 ti snad sedí, jak
        jsme se bavily po telefonu.<br>Petra</p>
        <p><b>Organizátor</b><br>Petra Zemanová<br>petra.zemanova@kvadrantlabs.cz</p>
        <p style="font-size:12px;color:#70757a">Pozvánka z Kalendáře Google</p>
        </div></body></html>
        """)
    desc = ("Ahoj Ondřeji,\nomlouvám se za přesun – Radimovi se v úterý kryje release. Čtvrtek 15:00 ti snad "
            "sedí, jak jsme se bavily po telefonu.\nPetra")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260402T130000Z
DTEND:20260402T140000Z
DTSTAMP:20260330T060512Z
ORGANIZER;CN=Petra Zemanová:mailto:petra.zemanova@kvadrantlabs.cz
UID:5k2qv0c8f1o9h2d7m3n6r4t1s0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Petra Zemanová;X-NUM-GUESTS=0:mailto:petra.zemanova@kvadrantlabs.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Radim Kubíček;X-NUM-GUESTS=0:mailto:radim.kubicek@kvadrantlabs.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Šárka Holubová;X-NUM-GUESTS=0:mailto:sarka.holubova@kvadrantlabs.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ondrej.kratochvil@example.org;X-NUM-GUESTS=0:mailto:ondrej.kratochvil@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qvk-hxtr-ozw
CREATED:20260326T144010Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20260330T060511Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Technický pohovor – Frontend Developer (Ondřej Kratochvíl)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-30 08:05"
    hs = [
        rx("mail-sor-f73.google.com", "209.85.220.73", when, PRG, "3Rk8vNz0Qw5L"),
        ("From", addr("Petra Zemanová", "petra.zemanova@kvadrantlabs.cz")),
        ("Sender", addr("Kalendář Google", "calendar-notification@google.com")),
        ("Reply-To", "petra.zemanova@kvadrantlabs.cz"),
        ("To", ME),
        subj("Aktualizovaná pozvánka: Technický pohovor – Frontend Developer (Ondřej Kratochvíl) @ čt 2. 4. "
             "2026 15:00 - 16:00 (SELČ) (ondrej.kratochvil@example.org)"),
        ("Date", date("2026-03-30 06:05", "UTC")),
        ("Message-ID", "<calendar-2e9f4a1b-8c3d-4e7f-b0a6-5d2c1e9f8b34@google.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    body = mixed(
        alt(text(plain), html(body_html), calendar(ics, cte="quoted-printable")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(hs, body)


# --------------------------------------------------------------------------- 18 Czech recruiter moves the interview, windows-1250
@mail(k(18), family="human_prose", lang="cs", interview=True, kind="rescheduled", company="Datlon a.s.",
      start=utc("2026-10-26 13:00", PRG), contact="marketa.simkova@datlon.cz", local="Mon 2026-10-26 13:00",
      zone=PRG, days=(("Thu", "2026-10-22"),),
      note="Outlook mail in windows-1250 QP: interview moved from 'čtvrtek 22. 10. v 10:00' to 'pondělí "
           "26. 10. ve 13:00', the day after the switch back to CET -> 12:00Z; contact = sender")
def m18() -> bytes:
    plain = t("""
        Dobrý den, pane Kratochvíle,

        omlouvám se, ale z důvodu nemoci vedoucího vývoje musíme Váš čtvrteční pohovor
        (22. 10. v 10:00) přesunout.

        Nový termín: pondělí 26. 10. 2026 ve 13:00, opět přes MS Teams – pozvánku v kalendáři
        jsem už aktualizovala, odkaz zůstává stejný.

        Pokud by Vám nový termín nevyhovoval, dejte mi prosím vědět, najdeme jiný.

        Děkuji za pochopení a přeji hezký večer

        Ing. Markéta Šimková
        Talent Acquisition Specialist

        Datlon a.s.
        Na Florenci 2116/15, 110 00 Praha 1
        M: +420 731 605 227
        www.datlon.cz
        """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
        <body lang="CS" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Dobrý den, pane Kratochvíle,<o:p></o:p></p>
        <p class="MsoNormal">omlouvám se, ale z důvodu nemoci vedoucího vývoje musíme Váš čtvrteční pohovor (22. 10. v 10:00) přesunout.<o:p></o:p></p>
        <p class="MsoNormal"><b>Nový termín: pondělí 26. 10. 2026 ve 13:00</b>, opět přes MS Teams – pozvánku v kalendáři
        jsem už aktualizovala, odkaz zůstává stejný.<o:p></o:p></p>
        <p class="MsoNormal">Pokud by Vám nový termín nevyhovoval, dejte mi prosím vědět, najdeme jiný.<o:p></o:p></p>
        <p class="MsoNormal">Děkuji za pochopení a přeji hezký večer<o:p></o:p></p>
        <p class="MsoNormal"><b>Ing. Markéta Šimková</b><br>Talent Acquisition Specialist<o:p></o:p></p>
        <p class="MsoNormal"><span style="color:#1F3864">Datlon a.s.<br>Na Florenci 2116/15, 110 00 Praha 1<br>
        M: +420 731 605 227<br>www.datlon.cz</span><o:p></o:p></p>
        </div></body></html>
        """)
    when = "2026-10-20 16:48"
    hs = [
        rx("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.55", when, PRG, "Ng2Xc6Wk9Tb4"),
        ("From", addr("Šimková Markéta", "marketa.simkova@datlon.cz", "windows-1250")),
        ("To", addr(ME_NAME, ME, "windows-1250")),
        subj("RE: Pohovor – Frontend Developer / přesun termínu", "windows-1250"),
        ("Thread-Topic", enc("Pohovor – Frontend Developer / přesun termínu", "windows-1250")),
        ("Thread-Index", "AdxgF1c2bJq9Vt0QTyKcM4wO8nYx7A=="),
        dt(when, PRG),
        ("Message-ID", "<DB9PR02MB7364F1C0A92E5D8B3A6F4C0E91D27@DB9PR02MB7364.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<CAGk1pQ0mB3nV5cX7zL9kJ2hG4fD6sA8qW0eR2tY4uI6oP8a@mail.gmail.com>"),
        ("Accept-Language", "cs-CZ, en-US"),
        ("Content-Language", "cs-CZ"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(hs, alt(text(plain, charset="windows-1250"), html(body_html, charset="windows-1250")))


# --------------------------------------------------------------------------- 19 Greenhouse reschedule, US, across US DST end
@mail(k(19), family="greenhouse", lang="en", interview=True, kind="rescheduled", company="Copperline Health",
      start=utc("2026-11-02 09:00", "America/New_York"), end=utc("2026-11-02 10:00", "America/New_York"),
      contact="rachel.nguyen@copperlinehealth.com", local="Mon 2026-11-02 09:00",
      local_end="2026-11-02 10:00", zone="America/New_York", days=(("Fri", "2026-10-30"),),
      note="Greenhouse reschedule sent Wed 28 Oct (EDT): old Fri 30 Oct 10:00 AM EDT, new Mon 2 Nov "
           "9:00-10:00 AM EST (US back on standard time on 1 Nov) -> 14:00Z-15:00Z; ICS TZID "
           "America/New_York, SEQUENCE:1; contact = Reply-To recruiter")
def m19() -> bytes:
    plain = t("""
        Hi Ondřej,

        Your interview for Senior Frontend Engineer, Patient Apps has been rescheduled. Here are the
        updated details:

        NEW TIME
        Monday, November 2, 2026
        9:00 AM - 10:00 AM EST (3:00 PM - 4:00 PM CET)

        PREVIOUS TIME (cancelled)
        Friday, October 30, 2026, 10:00 AM - 11:00 AM EDT

        Interviewer: Jordan Blake, Engineering Manager
        Location: Zoom - https://copperlinehealth.zoom.us/j/97731104452

        An updated calendar invitation is attached. Sorry for the shuffle, Jordan had a conflict on Friday.

        Best,
        Rachel Nguyen
        Technical Recruiter, Copperline Health
        """)
    body_html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{line}</p>" for line in plain.strip().split("\n\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
{make.VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-51877290-8b1e@greenhouse.io
DTSTAMP:20261028T161002Z
DTSTART;TZID=America/New_York:20261102T090000
DTEND;TZID=America/New_York:20261102T100000
SUMMARY:Interview: Ondřej Kratochvíl <> Copperline Health (Senior Frontend Engineer)
LOCATION:https://copperlinehealth.zoom.us/j/97731104452
ORGANIZER;CN=Rachel Nguyen:mailto:rachel.nguyen@copperlinehealth.com
ATTENDEE;CN=Ondřej Kratochvíl;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ondrej.kratochvil@example.org
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-28 12:10"
    hs = [
        rx("o21.us.greenhouse-mail.io", "167.89.101.52", when, "America/New_York", "Vt7Lp1Cx4Rz8"),
        ("From", addr("Rachel Nguyen", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Rachel Nguyen", "rachel.nguyen@copperlinehealth.com")),
        ("To", ME),
        subj("Updated: Interview for Senior Frontend Engineer at Copperline Health"),
        dt(when, "America/New_York"),
        ("Message-ID", "<gh.8d2f41c07e.20261028161002.2291@us.greenhouse-mail.io>"),
    ]
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 20 Calendly reschedule, Vienna
@mail(k(20), family="calendly", lang="en", interview=True, kind="rescheduled", company="Alpenglanz IT GmbH",
      start=utc("2026-03-25 16:00", PRG), end=utc("2026-03-25 16:45", PRG),
      contact="stefanie.moser@alpenglanz.at", local="Wed 2026-03-25 16:00", local_end="2026-03-25 16:45",
      zone=PRG, days=(("Tue", "2026-03-24"),),
      note="Calendly 'Updated' invitee mail: host moved the screening from Tue 24 Mar 10:00am to Wed 25 Mar "
           "4:00pm-4:45pm Central European Time (CET) -> 15:00Z-15:45Z; contact = Reply-To host")
def m20() -> bytes:
    plain = t("""
        Hi Ondřej Kratochvíl,

        Your event has been rescheduled.

        Event Type:
        Erstgespräch Frontend Developer (45 min)

        Invitee:
        Ondřej Kratochvíl

        Former:
        10:00am - 10:45am (Central European Time), Tuesday, March 24, 2026

        Updated:
        4:00pm - 4:45pm (Central European Time), Wednesday, March 25, 2026

        Rescheduled by Stefanie Moser
        Reason: Kollision mit einem Kundentermin – sorry! Hope the afternoon works for you.

        Location:
        Microsoft Teams – link follows from Stefanie

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0d4e7a91-b2c3-4f58-86e1-9a0b7c2d3e41
        Reschedule: https://calendly.com/reschedulings/0d4e7a91-b2c3-4f58-86e1-9a0b7c2d3e41

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Ondřej Kratochvíl,</p>
        <p>Your event has been rescheduled.</p>
        <p><b>Event Type:</b><br>Erstgespräch Frontend Developer (45 min)</p>
        <p><b>Invitee:</b><br>Ondřej Kratochvíl</p>
        <p><b>Former:</b><br><s>10:00am - 10:45am (Central European Time), Tuesday, March 24, 2026</s></p>
        <p><b>Updated:</b><br>4:00pm - 4:45pm (Central European Time), Wednesday, March 25, 2026</p>
        <p>Rescheduled by Stefanie Moser<br>Reason: Kollision mit einem Kundentermin – sorry! Hope the afternoon works for you.</p>
        <p><b>Location:</b><br>Microsoft Teams – link follows from Stefanie</p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/0d4e7a91-b2c3-4f58-86e1-9a0b7c2d3e41">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/0d4e7a91-b2c3-4f58-86e1-9a0b7c2d3e41">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </div></body></html>
        """)
    when = "2026-03-20 11:02"
    hs = [
        rx("o3.email.calendly.com", "149.72.154.3", when, "UTC", "Kf5Wm0Zr8Xn2"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Stefanie Moser", "stefanie.moser@alpenglanz.at")),
        ("To", me()),
        subj("Updated: Erstgespräch Frontend Developer (45 min) with Stefanie Moser on Wednesday, March 25, 2026"),
        dt(when, "UTC"),
        ("Message-ID", "<e41c9a07-5b2d-4f6e-8a13-7c0d9b2e4f61@calendly.com>"),
    ]
    return message(hs, alt(text(plain), html(body_html)))


# --------------------------------------------------------------------------- 21 Exchange cancellation, German, thread of 3
@mail(k(21), family="exchange", lang="de", interview=True, kind="cancelled", company="Steinhof Digital GmbH",
      start=utc("2026-11-05 10:00", PRG), end=utc("2026-11-05 11:00", PRG),
      contact="lukas.gruber@steinhof-digital.at", local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00",
      zone=PRG,
      note="Outlook 'Abgesagt:' (METHOD:CANCEL, German Outlook labels, TZID 'Central Europe Standard Time') of "
           "the second round Thu 5 Nov 10:00-11:00 CET -> 09:00Z-10:00Z; contact = organizer/sender")
def m21() -> bytes:
    plain = t("""
        Wann: Donnerstag, 5. November 2026 10:00-11:00 (UTC+01:00) Belgrad, Bratislava, Budapest, Ljubljana, Prag.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Hallo Ondřej,

        leider muss ich unseren Termin am Donnerstag absagen – Sabine ist die ganze Woche krank. Ich melde
        mich Anfang nächster Woche mit neuen Terminvorschlägen, sorry für die Umstände!

        LG
        Lukas

        """) + teams(TEAMS_DE, "ZjU1MDE5YzgtOTJhNy00ZDNlLWJmM2EtMmI4ZTk0NjFkMWMz", "355 619 402 118", "Lq9wNt")
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CE_EXCHANGE_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Lukas Gruber:mailto:lukas.gruber@steinhof-digital.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ondrej.kratochvil@example.org:mailto:ondrej.kratochvil@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Leitner:mailto:sabine.leitner@steinhof-digital.at
DESCRIPTION;LANGUAGE=de-AT:{esc(plain)}
UID:040000008200E00074C5B7101A82E00800000000A07E6C2B3C6ADC01000000000000000010000000C8D2E4F1A7B9305E9D1C62A4F0E8B713
SUMMARY;LANGUAGE=de-AT:Abgesagt: 2. Runde – Frontend Developer (Ondřej Kratochvíl)
DTSTART;TZID=Central Europe Standard Time:20261105T100000
DTEND;TZID=Central Europe Standard Time:20261105T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261102T075512Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTSEQ:2
X-MICROSOFT-CDO-OWNERAPPTID:2121764655
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-02 08:55"
    hs = [
        rx("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.101", when, PRG, "Rb4Qz8Mx3Jn7"),
        ("From", addr("Lukas Gruber", "lukas.gruber@steinhof-digital.at")),
        ("To", me()),
        ("CC", addr("Sabine Leitner", "sabine.leitner@steinhof-digital.at")),
        subj("Abgesagt: 2. Runde – Frontend Developer (Ondřej Kratochvíl)"),
        ("Thread-Topic", enc("2. Runde – Frontend Developer (Ondřej Kratochvíl)")),
        ("Thread-Index", "AdxtA4Pw1Rn8Ek0zTMaQ6xB2vLc9Hg=="),
        dt(when, PRG),
        ("Message-ID", "<AM9PR08MB6914E3A7C1D09F5B82C4E6A1D9B33@AM9PR08MB6914.eurprd08.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Accept-Language", "de-AT, en-US"),
        ("Content-Language", "de-AT"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    body = alt(text(plain), calendar(ics, method="CANCEL", cte="base64"))
    return message(hs, body)


# --------------------------------------------------------------------------- 22 startup CTO cancels, Czech, thread of 6
@mail(k(22), family="human_prose", lang="cs", interview=True, kind="cancelled", company="Nudle Studio s.r.o.",
      start=utc("2026-04-23 15:30", PRG), contact="martin@nudlestudio.cz", local="Thu 2026-04-23 15:30",
      zone=PRG,
      note="Startup CTO cancels the technical round 'čtvrteční ... (23. 4. v 15:30)' because the role was "
           "filled internally -> cancelled slot 13:30Z (CEST); contact = sender")
def m22() -> bytes:
    plain = t("""
        Ahoj Ondro,

        musím bohužel zrušit to čtvrteční technické kolo (23. 4. v 15:30). Pozici jsme nakonec
        obsadili interně – Kuba z backendu chtěl dlouho přejít na frontend a vedení to dneska
        odkleplo. Fakt se omlouvám, že ti to píšu takhle na poslední chvíli, na kafi to bylo
        super a kdyby se za pár měsíců něco otevřelo, ozvu se ti jako prvnímu.

        Díky za pochopení a ať se daří!
        Martin

        --
        Martin Šebek, CTO
        Nudle Studio s.r.o. | nudlestudio.cz
        """)
    when = "2026-04-20 18:22"
    hs = [
        rx("mail-lj1-f170.google.com", "209.85.208.170", when, PRG, "Yc0Vn4Qp7Lm1"),
        ("From", addr("Martin Šebek", "martin@nudlestudio.cz")),
        ("To", me()),
        subj("Čtvrtek – zrušení"),
        dt(when, PRG),
        ("Message-ID", "<CAN4x8Vm2bQ6nK0pR3tW7zY1dF5hJ9lC3vB7nM1qS5uX9aE3g@mail.gmail.com>"),
    ]
    return message(hs, text(plain, cte="8bit"))


# --------------------------------------------------------------------------- 23 Google Calendar cancel (Czech UI)
@mail(k(23), family="google_calendar", lang="cs", interview=True, kind="cancelled",
      company="Kolonáda Software s.r.o.", start=utc("2026-03-09 11:00", PRG), end=utc("2026-03-09 12:00", PRG),
      contact="jakub.riha@kolonada.cz", local="Mon 2026-03-09 11:00", local_end="2026-03-09 12:00", zone=PRG,
      note="Google Calendar 'Zrušená událost' (Czech UI, METHOD:CANCEL): Mon 9 Mar 11:00-12:00 SEČ -> "
           "10:00Z-11:00Z; contact = organizer")
def m23() -> bytes:
    plain = t("""
        Tato událost byla zrušena a odebrána z vašeho kalendáře.

        Pohovor – Frontend Developer (Ondřej Kratochvíl)
        pondělí 9. března 2026 ⋅ 11:00–12:00
        Středoevropský čas – Praha

        Organizátor
        Jakub Říha
        jakub.riha@kolonada.cz

        Hosté
        Jakub Říha – organizátor
        Veronika Štěpánková
        ondrej.kratochvil@example.org

        Pozvánka z Kalendáře Google https://calendar.google.com/calendar/

        Tento e-mail jste obdrželi, protože jste hostem této události. Pokud nechcete dostávat
        aktualizace této události, odmítněte ji.
        """)
    body_html = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Tato událost byla zrušena a odebrána z vašeho kalendáře.</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Pohovor – Frontend Developer (Ondřej Kratochvíl)</h2>
        <div>pondělí 9. března 2026 ⋅ 11:00–12:00<br>Středoevropský čas – Praha</div>
        <p><b>Organizátor</b><br>Jakub Říha<br>jakub.riha@kolonada.cz</p>
        <p><b>Hosté</b><br>Jakub Říha – organizátor<br>Veronika Štěpánková<br>ondrej.kratochvil@example.org</p>
        <p style="font-size:12px;color:#70757a">Pozvánka z Kalendáře Google</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260309T100000Z
DTEND:20260309T110000Z
DTSTAMP:20260305T121503Z
ORGANIZER;CN=Jakub Říha:mailto:jakub.riha@kolonada.cz
UID:1p0e8s3m6q2c7v9k4d1b5n8h2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Veronika Štěpánková;X-NUM-GUESTS=0:mailto:veronika.stepankova@kolonada.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ondrej.kratochvil@example.org;X-NUM-GUESTS=0:mailto:ondrej.kratochvil@example.org
CREATED:20260302T081122Z
DESCRIPTION:
LAST-MODIFIED:20260305T121502Z
LOCATION:Kolonáda Software\\, Jungmannova 26/15\\, Praha 1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Pohovor – Frontend Developer (Ondřej Kratochvíl)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-05 13:15"
    hs = [
        rx("mail-sor-f41.google.com", "209.85.220.41", when, PRG, "Gx2Nw6Kt0Pb3"),
        ("From", addr("Jakub Říha", "jakub.riha@kolonada.cz")),
        ("Sender", addr("Kalendář Google", "calendar-notification@google.com")),
        ("Reply-To", "jakub.riha@kolonada.cz"),
        ("To", ME),
        subj("Zrušená událost: Pohovor – Frontend Developer (Ondřej Kratochvíl) @ po 9. 3. 2026 11:00 - "
             "12:00 (SEČ) (ondrej.kratochvil@example.org)"),
        ("Date", date("2026-03-05 12:15", "UTC")),
        ("Message-ID", "<calendar-91b0e7c3-4a2d-4f85-9c6e-3d7a1b0e5f28@google.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    body = mixed(
        alt(text(plain), html(body_html), calendar(ics, method="CANCEL", cte="quoted-printable")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    return message(hs, body)


# =========================================================================== negatives


# --------------------------------------------------------------------------- 24 Jobs.cz job alert, HTML only
@mail(k(24), family="job_alert", lang="cs", interview=False, company=None,
      note="Jobs.cz job-agent digest (HTML only); 'Pohovor online' and 'Rychlé jednání' are ad badges")
def m24() -> bytes:
    ads = [
        ("Frontend Developer (React)", "Fintera a.s.", "Praha – Karlín", "70 000 – 95 000 Kč",
         "Pohovor online"),
        ("Senior Vue.js vývojář/ka", "Pixelkraft s.r.o.", "Praha 8", "80 000 – 110 000 Kč", "Rychlé jednání"),
        ("UI Engineer – design systém", "Sklárna Digital s.r.o.", "Brno", "65 000 – 90 000 Kč",
         "Vhodné i pro absolventy"),
        ("Frontend Developer (Angular)", "Hutník Software a.s.", "Ostrava", "55 000 – 80 000 Kč",
         "Pohovor online"),
        ("Javascript developer – e-commerce", "Obchodní dům Lípa s.r.o.", "Praha 4", "dle dohody",
         "Práce z domova"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:14px 0;border-bottom:1px solid #e8e8e8">'
        f'<a href="https://www.jobs.cz/rpd/20{81234 + i * 7919}/?rps=233&amp;utm_source=agent" '
        f'style="font-size:17px;color:#0b57d0;font-weight:bold;text-decoration:none">{title}</a><br>'
        f'<span style="color:#444">{firm} · {place}</span><br>'
        f'<span style="color:#1e7e34">{pay}</span> &nbsp;<span style="background:#eef3fe;color:#0b57d0;'
        f'font-size:12px;padding:2px 6px;border-radius:3px">{badge}</span></td></tr>'
        for i, (title, firm, place, pay, badge) in enumerate(ads))
    body_html = t("""
        <!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>Jobs.cz</title></head>
        <body style="margin:0;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" role="presentation"><tr><td align="center">
        <table width="600" role="presentation" style="background:#fff;padding:24px">
        <tr><td><img src="https://www.jobs.cz/static/img/logo-jobs.png" alt="Jobs.cz" height="28"></td></tr>
        <tr><td style="padding-top:16px;font-size:15px">Dobrý den,<br>pro Vašeho agenta <b>„Frontend, Praha a Brno“</b>
        jsme od včerejška našli 5 nových nabídek.</td></tr>
        ROWS
        <tr><td style="padding-top:18px"><a href="https://www.jobs.cz/prace/?agent=5512873" style="background:#0b57d0;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Zobrazit všechny nabídky</a></td></tr>
        <tr><td style="padding-top:24px;font-size:11px;color:#888">Tento e-mail jste obdrželi, protože máte na Jobs.cz
        nastaveného agenta. <a href="https://www.jobs.cz/agent/zrusit/?id=5512873" style="color:#888">Zrušit agenta</a> ·
        <a href="https://www.jobs.cz/nastaveni/" style="color:#888">Nastavení</a><br>LMC s.r.o., Praha</td></tr>
        </table></td></tr></table></body></html>
        """).replace("ROWS", rows)
    when = "2026-03-16 06:00"
    hs = [
        rx("mailer2.jobs.cz", "185.62.170.41", when, PRG, "Zt1Bq5Vw9Cm3"),
        ("From", addr("Jobs.cz", "agent@jobs.cz")),
        ("To", ME),
        subj("5 nových nabídek pro agenta „Frontend, Praha a Brno“"),
        dt(when, PRG),
        ("Message-ID", "<agent.5512873.20260316050000@jobs.cz>"),
        ("List-Unsubscribe", "<https://www.jobs.cz/agent/zrusit/?id=5512873>, <mailto:unsubscribe@jobs.cz>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(hs, html(body_html))


# --------------------------------------------------------------------------- 25 Startupjobs.cz application receipt
@mail(k(25), family="application_ack", lang="cs", interview=False, company="Nudle Studio s.r.o.",
      note="StartupJobs.cz 'reakce odeslána' receipt; a future interview is only hypothetical")
def m25() -> bytes:
    plain = t("""
        Ahoj Ondřeji,

        tvoje reakce na pozici Frontend Developer (Vue/Nuxt) ve firmě Nudle Studio byla úspěšně
        odeslána. 🎉

        Co bude dál?
        Nudle Studio si tvoji reakci prohlédne a pokud je zaujmeš, ozve se ti napřímo – nejčastěji
        e-mailem nebo telefonem, aby si s tebou domluvili pohovor. Startupy obvykle odpovídají
        do 7 dní.

        Stav svých reakcí najdeš kdykoli v profilu: https://www.startupjobs.cz/profil/reakce

        Držíme palce!
        Tým StartupJobs.cz

        Nechceš dostávat tyto e-maily? Nastavení notifikací: https://www.startupjobs.cz/profil/notifikace
        """)
    when = "2026-04-01 22:47"
    hs = [
        rx("o1.ptr8812.startupjobs.cz", "149.72.201.88", when, PRG, "Qm3Lx7Tn1Vb5"),
        ("From", addr("StartupJobs.cz", "noreply@startupjobs.cz")),
        ("To", me()),
        subj("Reakce odeslána: Frontend Developer (Vue/Nuxt) – Nudle Studio"),
        dt(when, PRG),
        ("Message-ID", "<20260401204712.1.c0a7f3e9b2d41e58@startupjobs.cz>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain).replace('<div dir="ltr">', '<div style="font-family:Inter,Arial,sans-serif">'))))


# --------------------------------------------------------------------------- 26 Rejection after the onsite (thread of 9)
@mail(k(26), family="rejection", lang="cs", interview=False, company="Hornbit s.r.o.",
      note="Rejection after the Ostrava onsite (mentions the past interview date 3. 11.)")
def m26() -> bytes:
    plain = t("""
        Dobrý den, pane Kratochvíle,

        ještě jednou děkujeme, že jste si našel čas a přijel za námi 3. 11. do Ostravy. Rozhovor
        s Vámi byl příjemný a Vaše zkušenosti s design systémy nás zaujaly.

        Po zvážení všech kandidátů jsme se však rozhodli pokračovat s uchazečem, jehož profil
        aktuálně lépe odpovídá potřebám týmu (hlavně co se týče znalosti Angularu).

        Pokud souhlasíte, rádi bychom si Váš životopis ponechali v databázi a oslovili Vás
        s případnou další nabídkou.

        Přejeme hodně štěstí v dalším hledání.

        S pozdravem
        Radek Sýkora
        HR specialista | Hornbit s.r.o.
        """)
    when = "2026-11-10 10:31"
    hs = [
        rx("mta-71.mail.recruitee.com", "159.135.228.71", when, PRG, "Dw8Kc2Xm5Nq0"),
        ("From", addr("Hornbit s.r.o.", "no-reply@mail.recruitee.com")),
        ("Reply-To", addr("Radek Sýkora", "radek.sykora@hornbit.cz")),
        ("To", me()),
        subj("Vaše přihláška – Frontend vývojář (Angular/React)"),
        dt(when, PRG),
        ("Message-ID", "<20261110093104.7d1e03bc42@mail.recruitee.com>"),
    ]
    return message(hs, text(plain, cte="base64"))


# --------------------------------------------------------------------------- 27 Offer (thread of 5)
@mail(k(27), family="offer", lang="en", interview=False, company="Northbeam Analytics",
      days=(("Fri", "2026-03-27"), ("Mon", "2026-04-20")),
      note="Offer letter after the interviews; contains a signing deadline and a start date, no interview")
def m27() -> bytes:
    plain = t("""
        Hi Ondřej,

        I'm so happy to share that the team loved meeting you, and we'd like to offer you the
        position of Frontend Engineer II (Remote - EU) at Northbeam Analytics!

        Your offer letter is attached and also available to sign in DocuSign. Highlights:

          - Base salary: EUR 72,000 / year, paid through our EOR partner in Czechia
          - 25 days PTO + Czech public holidays
          - Home-office budget of USD 1,500
          - Proposed start date: Monday, April 20, 2026

        The offer is valid until Friday, March 27 (end of day ET). If you have any questions about
        the package or want to talk anything through, grab a slot on my calendar here:
        https://calendly.com/kayla-northbeam/offer-chat

        Congratulations - we really hope you'll join us!

        Kayla Morrison
        Recruiting, Northbeam Analytics
        """)
    when = "2026-03-20 16:05"
    hs = [
        rx("mail-pj1-f44.google.com", "209.85.216.44", when, "America/New_York", "Ks6Pv0Hx3Wr9"),
        ("From", addr("Kayla Morrison", "kayla.morrison@northbeam.io")),
        ("To", me()),
        subj("Your offer from Northbeam Analytics 🎉"),
        dt(when, "America/New_York"),
        ("Message-ID", "<CAB8m1Zx4kP7nQ0tR3vW6yA9cE2fH5jL8oS1uX4bD7gK0mN3p@mail.gmail.com>"),
    ]
    pdf = ("%PDF-1.4\n% Northbeam Analytics offer letter (placeholder)\n1 0 obj<</Type/Catalog>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%EOF\n")
    import base64 as _b64
    att = make.Part([("Content-Type", 'application/pdf; name="Northbeam_Offer_Kratochvil.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Northbeam_Offer_Kratochvil.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    _b64.encodebytes(pdf.encode()).replace(b"\n", b"\r\n"))
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))), att))


# --------------------------------------------------------------------------- 28 LinkedIn InMail outreach
@mail(k(28), family="recruiter_outreach", lang="cs", interview=False, company="HeadBit s.r.o.",
      note="LinkedIn message notification: agency recruiter asks for a call 'tento nebo příští týden', "
           "nothing fixed")
def m28() -> bytes:
    plain = t("""
        Jiří Novotný vám poslal(a) zprávu

        Jiří Novotný
        IT Recruiter @ HeadBit | Hledám frontend a mobile vývojáře

        Ahoj Ondřeji, mám pro tebe zajímavou příležitost – Senior Frontend (React, TypeScript)
        do fintechu v Praze, klidně i 100% remote, 110–130k. Klient má rychlý proces, jen dvě
        kola pohovorů. Měl bys čas na krátký call tento nebo příští týden? Stačí 15 minut.
        Díky, Jirka

        Odpovědět: https://www.linkedin.com/messaging/thread/2-ZTc1ZjA4NjUtNzQ0Yy00ZGQ4/

        Tento e-mail byl určen pro Ondřej Kratochvíl (Frontend Developer).
        Zjistěte, proč jsme to přiložili: https://www.linkedin.com/help/linkedin/answer/4788
        Odhlásit se · Nápověda
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    body_html = t("""
        <html><body style="background:#f3f2ef;font-family:-apple-system,system-ui,Arial,sans-serif">
        <table width="512" align="center" style="background:#fff;padding:24px"><tr><td>
        <img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" height="24">
        <h2 style="font-size:20px;font-weight:600;color:#000000e6">Jiří Novotný vám poslal(a) zprávu</h2>
        <p style="font-weight:600;margin:0">Jiří Novotný</p>
        <p style="color:#666;margin:0">IT Recruiter @ HeadBit | Hledám frontend a mobile vývojáře</p>
        <p style="border-left:3px solid #0a66c2;padding-left:12px">Ahoj Ondřeji, mám pro tebe zajímavou příležitost –
        Senior Frontend (React, TypeScript) do fintechu v Praze, klidně i 100% remote, 110–130k. Klient má rychlý proces,
        jen dvě kola pohovorů. Měl bys čas na krátký call tento nebo příští týden? Stačí 15 minut.<br>Díky, Jirka</p>
        <a href="https://www.linkedin.com/messaging/thread/2-ZTc1ZjA4NjUtNzQ0Yy00ZGQ4/" style="background:#0a66c2;color:#fff;padding:8px 18px;border-radius:20px;text-decoration:none">Odpovědět</a>
        <p style="font-size:11px;color:#888;margin-top:28px">Tento e-mail byl určen pro Ondřej Kratochvíl (Frontend Developer).
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-10-06 11:24"
    hs = [
        rx("mailc-ab.linkedin.com", "108.174.3.171", when, PRG, "Xp4Wb8Nk2Rt6"),
        ("From", addr("Jiří Novotný přes LinkedIn", "messages-noreply@linkedin.com")),
        ("Reply-To", "messages-noreply@linkedin.com"),
        ("To", me()),
        subj("Jiří vám poslal(a) novou zprávu"),
        dt(when, PRG),
        ("Message-ID", "<1451822673.2801944.1791278640112@ltx1-app11853.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"),
        ("X-LinkedIn-Class", "INMAIL"),
    ]
    return message(hs, alt(text(plain), html(body_html)))


# --------------------------------------------------------------------------- 29 Greenhouse availability request (thread of 4)
@mail(k(29), family="scheduling_link", lang="en", interview=False, company="Fenwick & Hale",
      days=(("Wed", "2026-04-01"),),
      note="Greenhouse availability request for the final stage: candidate must pick times, nothing booked")
def m29() -> bytes:
    plain = t("""
        Hi Ondřej,

        Thank you for speaking with Daniel and Lucy yesterday - they really enjoyed it, and we'd love
        to invite you to the final stage (a 2.5-hour virtual onsite with four short sessions).

        To help us schedule, please submit your availability for the next two weeks using the link
        below. Please give us as many options as you can (we need 3 hours in a row), ideally by
        Wednesday, April 1:

        https://app.greenhouse.io/availability/8f41c2d7-e3b9-4a05-9c16-75d0b2a8e4f3

        Times are shown in your local time zone. Once we've lined up the panel, you'll receive a
        confirmation with the final schedule.

        Best wishes,
        Hannah Whitfield
        Talent Partner | Fenwick & Hale
        """)
    when = "2026-03-27 11:30"
    hs = [
        rx("o12.us.greenhouse-mail.io", "167.89.101.44", when, "Europe/London", "Mz2Rv6Kq0Ys4"),
        ("From", addr("Hannah Whitfield", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Hannah Whitfield", "hannah.whitfield@fenwickhale.co.uk")),
        ("To", ME),
        subj("Fenwick & Hale - Please provide your availability for the final stage"),
        dt(when, "Europe/London"),
        ("Message-ID", "<gh.3c9e77b14a.20260327113006.8812@us.greenhouse-mail.io>"),
    ]
    return message(hs, alt(text(plain), html("<html><body>" + plain.replace("\n\n", "<br><br>") + "</body></html>\n")))


# --------------------------------------------------------------------------- 30 slot proposal, Brno, windows-1250
@mail(k(30), family="slot_proposal", lang="cs", interview=False, company="Sklárna Digital s.r.o.",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14"), ("Thu", "2026-10-15")),
      note="Recruiter offers three slots and asks which one suits; nothing agreed yet")
def m30() -> bytes:
    plain = t("""
        Dobrý den, pane Kratochvíl,

        děkujeme za zaslání životopisu na pozici UI Engineer – design systém. Rádi bychom Vás
        pozvali na úvodní online pohovor (cca 30 minut, MS Teams).

        Vyhovoval by Vám některý z těchto termínů?

          • úterý 13. 10. v 10:00
          • středa 14. 10. ve 14:30
          • čtvrtek 15. 10. v 9:00

        Dejte mi prosím vědět, který termín Vám sedí, a já Vám pošlu pozvánku do kalendáře.
        Pokud by nevyhovoval žádný, navrhněte klidně jiný.

        S pozdravem

        Kristýna Pokorná
        HR & Recruitment
        Sklárna Digital s.r.o. | Vlněna 5, 602 00 Brno
        """)
    when = "2026-10-08 09:17"
    hs = [
        rx("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.20.47", when, PRG, "Wf9Hn3Ld7Qc1"),
        ("From", addr("Pokorná Kristýna", "kristyna.pokorna@sklarnadigital.cz", "windows-1250")),
        ("To", addr(ME_NAME, ME, "windows-1250")),
        subj("Úvodní pohovor – UI Engineer", "windows-1250"),
        dt(when, PRG),
        ("Message-ID", "<VI1PR03MB4437D2A8B1E70C9F63A5D2B8E0C14@VI1PR03MB4437.eurprd03.prod.outlook.com>"),
        ("Content-Language", "cs-CZ"),
    ]
    return message(hs, text(plain, charset="windows-1250"))


# --------------------------------------------------------------------------- 31 take-home assignment (thread of 8)
@mail(k(31), family="take_home", lang="en", interview=False, company="Lomnice Software s.r.o.",
      days=(("Mon", "2026-11-16"),),
      note="Take-home assignment with a submission deadline; the review call is only promised")
def m31() -> bytes:
    plain = t("""
        Hi Ondřej,

        Thanks for coming to Brno yesterday! As the next step we'd like you to complete a short
        take-home assignment.

        The task: build a small accessible date-range picker in React + TypeScript (details and
        the Figma file are in the repository linked below). It should take you 3-4 hours; please
        don't spend more than that.

        Repository: https://github.com/lomnice-software/fe-take-home-2026
        Deadline: Monday, November 16, 23:59 CET - just reply to this email with a link to your fork.

        Once we've reviewed it, we'll invite you to a 60-minute review call with the team.

        If you have questions, write to me at eva.kralova@lomnice.cz.

        Best regards,
        Eva Králová
        People & Culture, Lomnice Software

        ---
        This email was sent by Lomnice Software via Workable.
        """)
    when = "2026-11-10 08:12"
    hs = [
        rx("mail-a07.candidates.workablemail.com", "54.240.4.7", when, "UTC", "Tb5Xk1Pw8Lq3"),
        ("From", addr("Lomnice Software", "noreply@candidates.workablemail.com")),
        ("Reply-To", "lomnice-software+a81f3c@candidates.workablemail.com"),
        ("To", me()),
        subj("Next step: take-home assignment – Frontend Developer (React)"),
        dt(when, "UTC"),
        ("Message-ID", "<0102018f5e2a91c7-7e3b0d4f-2a6c-4e1b-9f8d-3c5a7e9b1d20-000000@eu-west-1.amazonses.com>"),
    ]
    return message(hs, text(plain))


# --------------------------------------------------------------------------- 32 online assessment (thread of 11)
@mail(k(32), family="assessment", lang="en", interview=False, company="Velora Travel Tech",
      days=(("Thu", "2026-10-15"),),
      note="Online coding assessment invitation with an expiry date; self-paced, no fixed time")
def m32() -> bytes:
    plain = t("""
        Hi Ondřej,

        Velora Travel Tech has invited you to complete an online assessment for the role
        Senior Frontend Engineer (Prague).

        Assessment: Frontend (JavaScript / TypeScript / CSS) - 3 tasks
        Time limit: 90 minutes (the timer starts when you open the first task)
        Expires: Thu, Oct 15, 2026, 23:59 CEST

        Start the assessment: https://app.kodexa-assess.com/invite/VLR-2c71-9f0a-b8e4

        Before you start:
          - Use a desktop browser (Chrome or Firefox) and a stable connection.
          - You can try the demo task first; it does not count towards your score.

        Good luck!
        Kodexa on behalf of Velora Travel Tech

        Need help? support@kodexa-assess.com
        """)
    when = "2026-10-09 07:40"
    hs = [
        rx("smtp-out2.kodexa-assess.com", "3.121.47.209", when, "UTC", "Vn0Cz4Rm9Kx2"),
        ("From", addr("Kodexa", "no-reply@kodexa-assess.com")),
        ("To", ME),
        subj("Velora Travel Tech invited you to an online assessment"),
        dt(when, "UTC"),
        ("Message-ID", "<inv-VLR-2c71-9f0a-b8e4.20261009074000@kodexa-assess.com>"),
    ]
    return message(hs, alt(text(plain),
                           html("<html><body><pre style=\"font-family:Arial\">" + plain + "</pre></body></html>\n")))


# --------------------------------------------------------------------------- 33 dentist, Czech, with ICS
@mail(k(33), family="non_interview_calendar", lang="cs", interview=False, company=None,
      days=(("Thu", "2026-03-12"),),
      note="Dentist booking confirmation with ICS (confirmed time, not an interview)")
def m33() -> bytes:
    plain = t("""
        Dobrý den,

        potvrzujeme Vaši rezervaci:

        Zubní ordinace MUDr. Hana Lišková
        Termín: čtvrtek 12. 3. 2026 v 7:45
        Důvod návštěvy: preventivní prohlídka + dentální hygiena
        Adresa: Slezská 88, Praha 2 – Vinohrady (1. patro)

        Pokud se nemůžete dostavit, zrušte prosím termín nejpozději 24 hodin předem:
        https://www.rezervace-online.cz/zruseni/HL-77310

        Děkujeme,
        Ordinace MUDr. Lišková
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rezervace-online.cz//CZ
METHOD:PUBLISH
{PRAGUE_VTZ}
BEGIN:VEVENT
UID:HL-77310@rezervace-online.cz
DTSTAMP:20260305T101500Z
DTSTART;TZID=Europe/Prague:20260312T074500
DTEND;TZID=Europe/Prague:20260312T083000
SUMMARY:Zubař – MUDr. Lišková (prevence + hygiena)
LOCATION:Slezská 88\\, Praha 2
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-05 11:15"
    hs = [
        rx("mail.rezervace-online.cz", "46.28.105.12", when, PRG, "Lh7Dn2Vx6Pb0"),
        ("From", addr("Zubní ordinace MUDr. Lišková", "noreply@rezervace-online.cz")),
        ("To", ME),
        subj("Potvrzení rezervace – čt 12. 3. 2026 7:45"),
        dt(when, PRG),
        ("Message-ID", "<rez.HL-77310.1772705700@rezervace-online.cz>"),
    ]
    return message(hs, mixed(text(plain), calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                                     disposition="attachment")))


# --------------------------------------------------------------------------- 34 freelance client's stand-up, Google Calendar (English UI)
@mail(k(34), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Recurring daily stand-up for a freelance gig (Google Calendar invite with RRULE); not an interview")
def m34() -> bytes:
    eid = "MGc0ZDFzN2s5bTJwNnE4cjN0NXYxeDd6OWIgb25kcmVqLmtyYXRvY2h2aWxAZXhhbXBsZS5vcmc"
    plain = t(f"""
        Daily stand-up – e-shop Lípa (frontend)
        Weekly on weekdays from 9:15am to 9:30am
        Central European Time - Prague

        Join with Google Meet
        https://meet.google.com/rsu-kwnb-ypd

        Hi Ondřej, adding you to our daily so you're in the loop while you help us with the checkout
        redesign. Feel free to skip when it collides with something, just drop a line in Slack.
        Hana

        Organizer
        Hana Malá
        hana.mala@odlipa.cz

        Guests
        Hana Malá - organizer
        Vít Brabec
        ondrej.kratochvil@example.org

        Reply for ondrej.kratochvil@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&es=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&es=1
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&es=1

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{PRAGUE_VTZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Prague:20261012T091500
DTEND;TZID=Europe/Prague:20261012T093000
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
DTSTAMP:20261009T141107Z
ORGANIZER;CN=Hana Malá:mailto:hana.mala@odlipa.cz
UID:0g4d1s7k9m2p6q8r3t5v1x7z9b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hana Malá;X-NUM-GUESTS=0:mailto:hana.mala@odlipa.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ondrej.kratochvil@example.org;X-NUM-GUESTS=0:mailto:ondrej.kratochvil@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/rsu-kwnb-ypd
CREATED:20261009T141105Z
DESCRIPTION:Hi Ondřej\\, adding you to our daily so you're in the loop while you help us with the checkout redesign.
LAST-MODIFIED:20261009T141106Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Daily stand-up – e-shop Lípa (frontend)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-09 16:11"
    hs = [
        rx("mail-sor-f69.google.com", "209.85.220.69", when, PRG, "Ck8Rz3Wn5Pm1"),
        ("From", addr("Hana Malá", "hana.mala@odlipa.cz")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "hana.mala@odlipa.cz"),
        ("To", ME),
        subj("Invitation: Daily stand-up – e-shop Lípa (frontend) @ Weekly from 9:15am to 9:30am on weekdays "
             "(CEST) (ondrej.kratochvil@example.org)"),
        ("Date", date("2026-10-09 14:11", "UTC")),
        ("Message-ID", "<calendar-5f0b2e8d-6c1a-4d93-b7e2-0a9c4f3d1e87@google.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="quoted-printable")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 35 annual review at the current job, forwarded from Outlook
@mail(k(35), family="non_interview_calendar", lang="cs", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Forward to self of an Outlook invite to the annual appraisal 'hodnoticí pohovor' with his "
           "current manager; Czech 'pohovor' but not a job interview")
def m35() -> bytes:
    plain = t("""
        Jen ať to mám i v soukromém kalendáři.

        O.

        ________________________________
        Od: Dušková Kamila <kamila.duskova@sitko.cz>
        Odesláno: úterý 10. března 2026 14:22
        Komu: Kratochvíl Ondřej <ondrej.kratochvil@sitko.cz>
        Předmět: Roční hodnoticí pohovor – Ondřej Kratochvíl
        Kdy: čtvrtek 19. března 2026 13:00-14:00 (UTC+01:00) Bělehrad, Bratislava, Budapešť, Lublaň, Praha.
        Kde: Zasedačka Vltava (4. patro) / Teams

        Ahoj Ondro,

        posílám termín na náš roční hodnoticí pohovor. Připrav si prosím vyplněný sebehodnoticí
        formulář (je na SharePointu v HR/Hodnocení 2026) a 2–3 cíle na další rok. Probereme i tvoje
        představy o dalším směřování a platové hodnocení.

        Kamila

        """) + teams(TEAMS_CS, "OWM2ZTFjNDgtYjA3Yi00ZjRhLTg1ZDEtNzZlYjI5MWE0YzAx", "364 118 902 557", "h7RkqP")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CE_EXCHANGE_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Dušková Kamila:mailto:kamila.duskova@sitko.cz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kratochvíl Ondřej:mailto:ondrej.kratochvil@sitko.cz
UID:040000008200E00074C5B7101A82E008000000002F8A5C3E95B0DC01000000000000000010000000B71C0D6E9A2F48C3A5E1D4F7C9B20E86
SUMMARY;LANGUAGE=cs-CZ:Roční hodnoticí pohovor – Ondřej Kratochvíl
DTSTART;TZID=Central Europe Standard Time:20260319T130000
DTEND;TZID=Central Europe Standard Time:20260319T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T132200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=cs-CZ:Zasedačka Vltava (4. patro) / Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-10 14:40"
    hs = [
        rx("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.13.90", when, PRG, "Fq1Lw7Xb4Nz8"),
        ("From", addr("Kratochvíl Ondřej", "ondrej.kratochvil@sitko.cz")),
        ("To", addr(ME_NAME, ME)),
        subj("FW: Roční hodnoticí pohovor – Ondřej Kratochvíl"),
        ("Thread-Topic", enc("Roční hodnoticí pohovor – Ondřej Kratochvíl")),
        ("Thread-Index", "AdywmZ3kQ0t7Jr4nS1eX9cV2bL8aFw=="),
        dt(when, PRG),
        ("Message-ID", "<HE1PR07MB3361A0C7E5B28D914F6E3A2C7D11@HE1PR07MB3361.eurprd07.prod.outlook.com>"),
        ("Content-Language", "cs-CZ"),
    ]
    body = mixed(text(plain), calendar(ics, cte="base64", filename="Rocni hodnotici pohovor.ics",
                                                 disposition="attachment"))
    return message(hs, body)


# --------------------------------------------------------------------------- 36 apartment viewing
@mail(k(36), family="non_interview_calendar", lang="cs", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Realtor confirms a flat viewing ('potvrzuji prohlídku ... v sobotu 7. 11. v 10:30'); not an interview")
def m36() -> bytes:
    plain = t("""
        Dobrý den, pane Kratochvíl,

        děkuji za zájem o byt 2+kk v ulici Slezská (Praha 2 - Vinohrady, 54 m2, 23 500 Kč + poplatky).
        Potvrzuji prohlídku v sobotu 7. 11. v 10:30, sraz před domem Slezská 58. Prohlídka zabere
        cca 20 minut, na místě bude i majitelka.

        S sebou prosím občanský průkaz, případně potvrzení o příjmu, pokud byste měl zájem byt rovnou
        rezervovat.

        S pozdravem

        Petr Holub
        realitní makléř
        Reality Holub s.r.o. | +420 608 224 713
        """)
    when = "2026-11-04 19:02"
    hs = [
        rx("smtp.reality-holub.cz", "81.95.108.33", when, PRG, "Bd5Kq9Tw2Mx6"),
        ("From", addr("Petr Holub", "petr.holub@reality-holub.cz")),
        ("To", ME),
        subj("Re: Dotaz na inzerát - byt 2+kk Slezská, Vinohrady", "iso-8859-2"),
        dt(when, PRG),
        ("Message-ID", "<5b7f0e2c-9a14-4d3b-8c6e-1f2a0d9b7e35@reality-holub.cz>"),
        ("In-Reply-To", "<trl.8XnQ2.zp4Ke0@example.com>"),
    ]
    return message(hs, text(plain, charset="iso-8859-2"))


# --------------------------------------------------------------------------- 37 meetup RSVP
@mail(k(37), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Meetup RSVP confirmation; programme has a 'live interview' with maintainers; not a job interview")
def m37() -> bytes:
    plain = t("""
        You're going!

        Prague Frontend Meetup #52: Signals everywhere + live interview with the Svelte maintainers

        Thursday, October 22, 2026
        6:30 PM to 9:00 PM CEST

        Impact Hub D10, Drtinova 10, Praha 5

        18:30 Doors open, pizza & drinks
        19:00 "Signals everywhere: what React, Vue, Svelte and Angular agree on" - Karolína Beranová
        19:45 Live interview: two Svelte maintainers in conversation with Michal Dvořák (Q&A from the audience)
        21:00 Networking

        Can't make it anymore? Please update your RSVP so someone from the waitlist can take your spot:
        https://www.meetup.com/prague-frontend/events/311802554/

        Add to calendar: https://www.meetup.com/prague-frontend/events/311802554/ical/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from this group's emails: https://www.meetup.com/account/comm/
        """)
    when = "2026-10-15 18:02"
    hs = [
        rx("mail140-31.email.meetup.com", "198.2.140.31", when, PRG, "Nr6Pb1Wk5Vz3"),
        ("From", addr("Meetup", "info@email.meetup.com")),
        ("To", ME),
        subj("You're going to Prague Frontend Meetup #52: Signals everywhere + live interview with the Svelte maintainers"),
        dt(when, PRG),
        ("Message-ID", "<311802554.rsvp.0a1b2c3d4e.20261015160200@email.meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(plain), html("<html><body>" + plain.replace("\n", "<br>\n") + "</body></html>\n")))


# --------------------------------------------------------------------------- 38 webinar about interviews, with ICS
@mail(k(38), family="marketing_webinar", lang="cs", interview=False, company=None,
      days=(("Tue", "2026-03-24"),),
      note="Webinar registration 'Technický pohovor z druhé strany stolu' with ICS (PUBLISH); not a job interview")
def m38() -> bytes:
    plain = t("""
        Dobrý den,

        děkujeme za registraci na webinář Kariérní poradny Prace.cz:

        Technický pohovor z druhé strany stolu
        Co sledují tech leadi u vývojářů – a na čem nejčastěji pohoříte

        Kdy: úterý 24. 3. 2026 od 18:00 do 19:30
        Kde: online (Zoom Webinar) – odkaz pro připojení: https://us06web.zoom.us/w/81930442718?tk=pRc3Xq

        Přednášejí: Ing. Lenka Marková (IT recruiterka) a David Šťastný (Engineering Manager)

        Pozvánku do kalendáře najdete v příloze. Záznam pošleme všem registrovaným do 48 hodin.

        Těšíme se na Vás!
        Kariérní poradna Prace.cz

        Tento e-mail Vám přišel, protože jste se registrovali na webinář. Odhlásit se:
        https://www.prace.cz/webinare/odhlasit/?t=5c8e1a
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Prace.cz//Webinare//CS
METHOD:PUBLISH
{PRAGUE_VTZ}
BEGIN:VEVENT
UID:webinar-2026-03-24-pohovor@prace.cz
DTSTAMP:20260317T090000Z
DTSTART;TZID=Europe/Prague:20260324T180000
DTEND;TZID=Europe/Prague:20260324T193000
SUMMARY:Webinář: Technický pohovor z druhé strany stolu
DESCRIPTION:Připojení: https://us06web.zoom.us/w/81930442718?tk=pRc3Xq
LOCATION:Zoom Webinar
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-17 10:00"
    hs = [
        rx("mailer.prace.cz", "185.62.170.52", when, PRG, "Qv4Mn8Cx2Lt7"),
        ("From", addr("Kariérní poradna Prace.cz", "webinare@prace.cz")),
        ("To", ME),
        subj("Potvrzení registrace: Technický pohovor z druhé strany stolu (24. 3.)"),
        dt(when, PRG),
        ("Message-ID", "<webinar.reg.5c8e1a.20260317090000@prace.cz>"),
        ("List-Unsubscribe", "<https://www.prace.cz/webinare/odhlasit/?t=5c8e1a>"),
    ]
    return message(hs, mixed(alt(text(plain), html(gmail_html(plain))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                      disposition="attachment")))


# --------------------------------------------------------------------------- 39 mock interview via Calendly
@mail(k(39), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Calendly confirmation of a paid mock interview with a career mentor; confirmed time, not a job interview")
def m39() -> bytes:
    plain = t("""
        Hi Ondřej Kratochvíl,

        A new event has been scheduled.

        Event Type:
        Mock interview – Frontend (60 min)

        Invitee:
        Ondřej Kratochvíl

        Event Date/Time:
        6:00pm - 7:00pm (Central European Time), Thursday, October 15, 2026

        Location:
        Google Meet (link in the calendar event)

        Questions:
        What would you like to practise?
        System-design questions for senior FE roles, and talking about salary in English.

        Payment: 1 490 CZK (paid via Stripe)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/a93f0c12-7d4e-4b1a-bc56-e8d20f71c9a4
        Reschedule: https://calendly.com/reschedulings/a93f0c12-7d4e-4b1a-bc56-e8d20f71c9a4

        Powered by Calendly.com
        """)
    when = "2026-10-11 19:55"
    hs = [
        rx("o7.email.calendly.com", "149.72.154.7", when, "UTC", "Ht2Xv6Pq0Kn4"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Alena Vrbová | Mentorio", "alena@mentorio.cz")),
        ("To", me()),
        subj("Confirmed: Mock interview – Frontend (60 min) with Alena Vrbová | Mentorio on Thursday, October 15, 2026"),
        dt(when, "UTC"),
        ("Message-ID", "<7c20ae4f-91b3-4d08-a5e6-2f8d1c0b9e73@calendly.com>"),
    ]
    return message(hs, alt(text(plain), html("<html><body>" + plain.replace("\n", "<br>\n") + "</body></html>\n")))


# --------------------------------------------------------------------------- 40 podcast recording
@mail(k(40), family="podcast", lang="cs", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Podcast host confirms recording a 'rozhovor' (interview) with him on Wed 4 Nov 17:00; not a job interview")
def m40() -> bytes:
    plain = t("""
        Ahoj Ondro,

        super, díky za potvrzení! Takže nahráváme rozhovor do Frontendistů ve středu 4. 11. v 17:00
        u nás ve studiu na Smíchově (Nádražní 23, zvonek "Zvukovna"). Počítej zhruba s hodinou
        a půl včetně přípravy, samotný rozhovor bude tak 50 minut.

        Témata, jak jsme se bavili: design systémy v menších firmách, přechod z Vue na Svelte
        a jak vypadá frontendový pohovor z pohledu kandidáta 😄

        Mikrofon máme, stačí přinést hlas. Kdyby něco, volej: 605 118 330.

        Vojta

        --
        Vojtěch Kučera
        Frontendisti – podcast o webu | frontendisti.cz
        """)
    when = "2026-10-29 21:14"
    hs = [
        rx("mail-wm1-f48.google.com", "209.85.128.48", when, PRG, "Mp7Ws3Zk1Lc9"),
        ("From", addr("Vojtěch Kučera", "vojta@frontendisti.cz")),
        ("To", me()),
        subj("Re: Frontendisti – nahrávání"),
        dt(when, PRG),
        ("Message-ID", "<CAF3k9Qm7nV1xB5zL8pW2rT6yH0cJ4dS9aE3gK7uN1oR5iM8f@mail.gmail.com>"),
        ("In-Reply-To", "<CAJm3nV8p1oK3iH5uG7yF9tD1rS3eA5wQ7zX9cV1bN3mL5k@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- 41 he is the interviewer (friend's startup)
@mail(k(41), family="interviewer_invite", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-26"),),
      note="Google Calendar invite where Ondřej is the external interviewer of a junior candidate; "
           "an interview at a fixed time, but not his own job interview")
def m41() -> bytes:
    eid = "N3Q5cDJrNGI4bjFtNnc5ejNjNXg3djFxMCBvbmRyZWoua3JhdG9jaHZpbEBleGFtcGxlLm9yZw"
    plain = t(f"""
        Interview: Lukáš Bartoš (Junior FE) – tech round
        Thursday Mar 26, 2026 ⋅ 10am – 11am
        Central European Time - Prague

        Join with Google Meet
        https://meet.google.com/tdm-oqfe-hvz

        Ondro, díky moc že mi s tím pomůžeš! Lukáš je junior po bootcampu, CV a jeho úkol máš v
        odkazu níže. Ty se ptej na React a CSS, já vezmu zbytek. Scorecard vyplň prosím do pátku.
        https://drive.google.com/drive/folders/1xq8Kd3LmB0nZrT5vW7yA9cE2fH4jN6pR
        Adéla

        Organizer
        Adéla Fialová
        adela@rozvoz.cz

        Guests
        Adéla Fialová - organizer
        lukas.bartos.dev@example.net
        ondrej.kratochvil@example.org

        Reply for ondrej.kratochvil@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&es=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&es=1
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&es=1

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260326T090000Z
DTEND:20260326T100000Z
DTSTAMP:20260323T170415Z
ORGANIZER;CN=Adéla Fialová:mailto:adela@rozvoz.cz
UID:7t9p2k4b8n1m6w9z3c5x7v1q0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Adéla Fialová;X-NUM-GUESTS=0:mailto:adela@rozvoz.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lukas.bartos.dev@example.net;X-NUM-GUESTS=0:mailto:lukas.bartos.dev@example.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ondrej.kratochvil@example.org;X-NUM-GUESTS=0:mailto:ondrej.kratochvil@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/tdm-oqfe-hvz
CREATED:20260323T170412Z
DESCRIPTION:Ondro\\, díky moc že mi s tím pomůžeš! Lukáš je junior po bootcampu. Ty se ptej na React a CSS\\, já vezmu zbytek.
LAST-MODIFIED:20260323T170414Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Lukáš Bartoš (Junior FE) – tech round
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    when = "2026-03-23 18:04"
    hs = [
        rx("mail-sor-f69.google.com", "209.85.220.69", when, PRG, "Rw3Qk7Ny1Bx5"),
        ("From", addr("Adéla Fialová", "adela@rozvoz.cz")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "adela@rozvoz.cz"),
        ("To", ME),
        subj("Invitation: Interview: Lukáš Bartoš (Junior FE) – tech round @ Thu Mar 26, 2026 10am - 11am "
             "(CET) (ondrej.kratochvil@example.org)"),
        ("Date", date("2026-03-23 17:04", "UTC")),
        ("Message-ID", "<calendar-c83a1f5e-0d27-4b96-a4e1-6f9b2d0c7a58@google.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    body = mixed(alt(text(plain), html(gmail_html(plain)), calendar(ics, cte="quoted-printable")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


# --------------------------------------------------------------------------- 42 reference call for a former colleague
@mail(k(42), family="reference_call", lang="en", interview=False, company="Kestrel Robotics",
      days=(("Wed", "2026-10-21"),),
      note="Reference check: a recruiter confirms a call with Ondřej about a former colleague's application")
def m42() -> bytes:
    plain = t("""
        Hi Ondřej,

        Thank you so much for agreeing to be a reference for Adam Pokorný - he speaks very highly of
        your time working together at Sítko.

        Just confirming our call tomorrow, Wednesday 21 October at 15:00 CEST. I'll ring you on
        +420 724 556 019; it should take no more than 20 minutes. I'll mainly ask about Adam's
        collaboration style, how he handled code reviews and anything you think would help him
        succeed in a lead role.

        Everything you share will be kept confidential.

        Kind regards,
        Sophie Lang
        Talent Partner, Kestrel Robotics
        Karlovo náměstí 7, Praha 2
        """)
    when = "2026-10-20 11:26"
    hs = [
        rx("mail-qv1-f53.google.com", "209.85.219.53", when, PRG, "Jz8Cm4Vr0Wq2"),
        ("From", addr("Sophie Lang", "sophie.lang@kestrel-robotics.com")),
        ("To", me()),
        ("CC", addr("Adam Pokorný", "adam.pokorny@example.net")),
        ("Subject", "Reference call for Adam Pokorny - tomorrow 15:00"),
        dt(when, PRG),
        ("Message-ID", "<CAG7b2Xw9mK4nR1pT5vZ8yB3dF6hJ0lQ2sU5xA8cE1gI4kM7o@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- 43 out-of-office auto reply, iso-8859-2 (thread of 23)
@mail(k(43), family="auto_reply", lang="cs", interview=False, company="Kolonáda Software s.r.o.",
      days=(("Mon", "2026-03-16"),),
      note="Exchange out-of-office reply (Auto-Submitted: auto-replied), bilingual, iso-8859-2")
def m43() -> bytes:
    plain = t("""
        Dobrý den,

        od 5. 3. do 13. 3. 2026 jsem na dovolené s omezeným přístupem k e-mailu. Zpět budu
        v pondělí 16. 3. V naléhavých záležitostech týkajících se výběrových řízení prosím
        kontaktujte kolegyni Veroniku Štěpánkovou (veronika.stepankova@kolonada.cz).

        Hello,
        I am on holiday until 13 March 2026 with limited access to e-mail and will be back on
        Monday 16 March. For urgent recruitment matters please contact Veronika Štěpánková.

        Jakub Říha
        Kolonáda Software s.r.o.
        """)
    when = "2026-03-05 19:47"
    hs = [
        rx("EUR01-DB5-obe.outbound.protection.outlook.com", "40.107.15.88", when, PRG, "Pk2Vn6Xz0Cw4"),
        ("From", addr("Říha Jakub", "jakub.riha@kolonada.cz", "iso-8859-2")),
        ("To", addr(ME_NAME, ME, "iso-8859-2")),
        subj("Automatická odpověď: Re: Zrušený pohovor - nový termín?", "iso-8859-2"),
        ("Thread-Topic", enc("Zrušený pohovor - nový termín?", "iso-8859-2")),
        dt(when, PRG),
        ("Message-ID", "<DB5PR09MB6712B0E4A8C3F19D25E7A6C0F3B49@DB5PR09MB6712.eurprd09.prod.outlook.com>"),
        ("In-Reply-To", "<CAKr9mQ2nB6vX0zL4pW8tR2yH6cJ0dS4aE8gK2uN6oR0iM4f@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "jakub.riha@kolonada.cz"),
        ("Content-Language", "cs-CZ"),
    ]
    return message(hs, text(plain, charset="iso-8859-2"))


# --------------------------------------------------------------------------- 44 bounce of his own confirmation (thread of 8)
@mail(k(44), family="bounce", lang="cs", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Postfix bounce (multipart/report) of his own reply confirming the Lomnice interview, sent to a "
           "mistyped address; the attached original is his, the bounce itself confirms nothing")
def m44() -> bytes:
    original_plain = t("""
        Dobrý den, paní Králová,

        děkuji za pozvání, termín v pondělí 9. 11. v 11:00 potvrzuji a těším se do Brna.
        Jízdenku si koupím na vlak v 7:26 z hlavního nádraží, měl bych tam být s rezervou.

        S pozdravem
        Ondřej Kratochvíl
        +420 732 418 006
        """)
    original = message([
        ("From", me()),
        ("To", "eva.karlova@lomnice.cz"),
        ("Subject", "Re: Interview for Frontend Developer (React) at Lomnice Software"),
        dt("2026-11-04 07:58", PRG),
        ("Message-ID", "<CAPq5Xn0zM3vB7kL1wR9tY4cH8dF2sA6eG0jU3iO7pN5mK9b@mail.gmail.com>"),
    ], text(original_plain))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <eva.karlova@lomnice.cz>: host mx1.lomnice.cz[91.213.160.22] said: 550 5.1.1
            <eva.karlova@lomnice.cz>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Nq7Rz2Hb1z9Tk
        X-Postfix-Sender: rfc822; ondrej.kratochvil@example.org
        Arrival-Date: Wed,  4 Nov 2026 07:58:12 +0100 (CET)

        Final-Recipient: rfc822; eva.karlova@lomnice.cz
        Original-Recipient: rfc822;eva.karlova@lomnice.cz
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.lomnice.cz
        Diagnostic-Code: smtp; 550 5.1.1 <eva.karlova@lomnice.cz>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    report = multipart(
        "report",
        make.Part([("Content-Description", "Notification"),
                   ("Content-Type", 'text/plain; charset="us-ascii"')], notice.replace("\n", "\r\n").encode()),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        attached_message(original),
        params="report-type=delivery-status",
    )
    hs = [
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-04 07:58", PRG)),
        ("Message-ID", "<20261104065813.3F2A81C04B2@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


# --------------------------------------------------------------------------- 45 newsletter about interviews
@mail(k(45), family="newsletter_tips", lang="cs", interview=False, company=None,
      note="Prace.cz career newsletter about interview questions; List-Unsubscribe, confirms nothing")
def m45() -> bytes:
    body_html = t("""
        <!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">
        <table width="100%" role="presentation"><tr><td align="center">
        <table width="620" role="presentation" style="background:#fff">
        <tr><td style="background:#00457c;color:#fff;padding:18px 28px;font-size:20px">Prace.cz · Kariérní magazín</td></tr>
        <tr><td style="padding:28px;font-size:15px;line-height:1.55;color:#222">
        <h1 style="font-size:24px">Pohovor v IT: 7 otázek, které padnou vždycky</h1>
        <p>„Kde se vidíte za pět let?“ Ano, i tahle otázka pořád zaznívá. Připravili jsme přehled otázek,
        které na pohovorech pro vývojáře a testery padají nejčastěji – a co na ně (ne)odpovídat.</p>
        <p><a href="https://www.prace.cz/magazin/pohovor-v-it-7-otazek/?utm_source=newsletter" style="color:#00457c;font-weight:bold">Číst článek →</a></p>
        <h2 style="font-size:18px">Dále v tomto čísle</h2>
        <ul>
        <li><a href="https://www.prace.cz/magazin/follow-up-po-pohovoru/">Jak napsat follow-up po pohovoru (a kdy už je pozdě)</a></li>
        <li><a href="https://www.prace.cz/magazin/zkusebni-doba-2026/">Zkušební doba v roce 2026: co se změnilo v zákoníku práce</a></li>
        <li><a href="https://www.prace.cz/magazin/platy-it-2026/">Platy v IT 2026: kolik bere frontend v Praze, Brně a Ostravě</a></li>
        </ul>
        </td></tr>
        <tr><td style="padding:16px 28px;font-size:11px;color:#888">Newsletter Vám posíláme, protože jste si jej objednali na Prace.cz.
        <a href="https://www.prace.cz/newsletter/odhlasit/?u=9a41d7" style="color:#888">Odhlásit odběr</a> · LMC s.r.o., Praha</td></tr>
        </table></td></tr></table></body></html>
        """)
    plain = t("""
        Prace.cz · Kariérní magazín

        Pohovor v IT: 7 otázek, které padnou vždycky

        „Kde se vidíte za pět let?“ Ano, i tahle otázka pořád zaznívá. Připravili jsme přehled otázek,
        které na pohovorech pro vývojáře a testery padají nejčastěji – a co na ně (ne)odpovídat.

        Číst článek: https://www.prace.cz/magazin/pohovor-v-it-7-otazek/?utm_source=newsletter

        Dále v tomto čísle
        - Jak napsat follow-up po pohovoru (a kdy už je pozdě)
        - Zkušební doba v roce 2026: co se změnilo v zákoníku práce
        - Platy v IT 2026: kolik bere frontend v Praze, Brně a Ostravě

        Odhlásit odběr: https://www.prace.cz/newsletter/odhlasit/?u=9a41d7
        """)
    when = "2026-10-24 08:00"
    hs = [
        rx("newsletter.prace.cz", "185.62.170.60", when, PRG, "Tz5Bn9Kc3Mw7"),
        ("From", addr("Prace.cz", "newsletter@prace.cz")),
        ("To", ME),
        subj("Pohovor v IT: 7 otázek, které padnou vždycky"),
        dt(when, PRG),
        ("Message-ID", "<nl.2026-43.9a41d7@newsletter.prace.cz>"),
        ("List-Unsubscribe", "<https://www.prace.cz/newsletter/odhlasit/?u=9a41d7>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(plain), html(body_html)))


# --------------------------------------------------------------------------- 46 post-interview update from the agency (thread of 7)
@mail(k(46), family="post_interview", lang="cs", interview=False, company="Fintera a.s.",
      days=(("Fri", "2026-10-23"),),
      note="Agency recruiter's update after yesterday's interview; feedback promised by Friday, nothing scheduled")
def m46() -> bytes:
    plain = t("""
        Ahoj Ondro,

        tak jsem mluvila s Petrem – včera to bylo podle něj super, hlavně ta část o design systému.
        Finální feedback pošlou do pátku 23. 10., mají ještě jednoho kandidáta. Kdyby ses mezitím
        chtěl na cokoliv zeptat (třeba na benefity nebo home office), klidně piš.

        L.

        --
        Lucie Marešová
        IT Recruitment Consultant | Bitlove Recruitment s.r.o.
        +420 777 412 905 | www.bitlove.cz
        """)
    when = "2026-10-21 12:48"
    hs = [
        rx("mail-wr1-f45.google.com", "209.85.221.45", when, PRG, "Wc6Lx0Qn4Zb8"),
        ("From", addr("Lucie Marešová", "lucie.maresova@bitlove.cz")),
        ("To", me()),
        subj("Fintera – jak to šlo"),
        dt(when, PRG),
        ("Message-ID", "<CAHx7k2q1Wm5nE9rT3yU7iO1pA5sD9fG3hJ7kL1zX5cV9bN3m@mail.gmail.com>"),
    ]
    return message(hs, alt(text(plain), html(gmail_html(plain))))


# --------------------------------------------------------------------------- 47 Personio receipt, German, iso-8859-1 (thread of 10)
@mail(k(47), family="application_ack", lang="de", interview=False, company="Lindgrün Software GmbH",
      note="Personio Eingangsbestätigung (iso-8859-1); an interview is only mentioned as a possible next step")
def m47() -> bytes:
    plain = t("""
        Sehr geehrter Herr Kratochvíl,

        vielen Dank für Ihre Bewerbung als Frontend Developer (m/w/d) - Standort Prag und Ihr
        Interesse an Lindgrün Software.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und
        melden uns innerhalb von zwei Wochen bei Ihnen - gegebenenfalls mit einer Einladung zu
        einem ersten Kennenlerngespräch.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Lindgrün Software GmbH

        Diese E-Mail wurde automatisch erstellt. Informationen zum Datenschutz finden Sie unter
        https://lindgruen.jobs.personio.de/privacy-policy
        """)
    when = "2026-03-09 16:21"
    hs = [
        rx("mail-eu1.personio.de", "18.156.72.201", when, PRG, "Ny4Dk8Rm2Xv6"),
        ("From", addr("Lindgrün Software GmbH", "no-reply@mail.personio.de", "iso-8859-1")),
        ("To", ME),
        subj("Eingangsbestätigung Ihrer Bewerbung: Frontend Developer (m/w/d) - Standort Prag"),
        dt(when, PRG),
        ("Message-ID", "<9c1e4b7a2d0f36e8.1773069660@mail.personio.de>"),
    ]
    return message(hs, text(plain, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 48 onboarding after accepting an offer (thread of 19)
@mail(k(48), family="onboarding", lang="en", interview=False, company="Copperline Health",
      days=(("Tue", "2026-12-01"),),
      note="Workday onboarding welcome with a fixed new-hire orientation time; not an interview")
def m48() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <p>Dear Ondřej,</p>
        <p>Welcome to Copperline Health! We're thrilled you've accepted our offer for <b>Senior Frontend Engineer,
        Patient Apps</b>.</p>
        <p><b>Your first day: Tuesday, December 1, 2026</b></p>
        <p>New Hire Orientation: 9:00 AM - 12:00 PM EST (3:00 PM - 6:00 PM CET), Zoom link to follow from People Ops.</p>
        <p>Before your start date, please complete the following tasks in Workday:</p>
        <ul><li>Personal Information</li><li>Contractor agreement (EOR - Czech Republic)</li>
        <li>Equipment shipping address</li></ul>
        <p><a href="https://wd5.myworkday.com/copperline/d/task/onboarding.htmld">Go to My Onboarding Tasks</a></p>
        <p>Best,<br>Copperline Health People Operations</p>
        <p style="font-size:11px;color:#777777">This is a system-generated message from Workday. Please do not reply.</p>
        </div></body></html>
        """)
    when = "2026-11-24 10:05"
    hs = [
        rx("wd5-smtp-out1.myworkday.com", "199.247.33.16", when, "America/New_York", "Qb1Zr5Wn9Kt3"),
        ("From", addr("Copperline Health", "copperline@myworkday.com")),
        ("To", ME),
        subj("Welcome to Copperline Health - Your Onboarding Tasks"),
        dt(when, "America/New_York"),
        ("Message-ID", "<884120097.117302.1795532700456.JavaMail.wdprod@wd5-prod-smtp1.myworkday.com>"),
    ]
    return message(hs, html(body_html))


# --------------------------------------------------------------------------- 49 interview invitation without a time
@mail(k(49), family="interview_invite_no_time", lang="cs", interview=False, company="Hutník Software a.s.",
      note="'Rádi bychom Vás pozvali k pohovoru', HR will call with a date; no time fixed")
def m49() -> bytes:
    plain = t("""
        Dobrý den, pane Kratochvíle,

        děkujeme za Vaši reakci na pozici Frontend Developer (Angular) v Ostravě. Váš profil nás
        zaujal a rádi bychom Vás pozvali k osobnímu pohovoru.

        Kolegyně z personálního oddělení, paní Blanka Zedníková, Vás během příštího týdne
        kontaktuje telefonicky a domluví s Vámi konkrétní termín. Pokud byste jí chtěl rovnou
        napsat, kdy se Vám to hodí, můžete na blanka.zednikova@hutniksoftware.cz.

        S pozdravem

        Ing. Roman Kaluža
        vedoucí vývoje webových aplikací
        Hutník Software a.s. | 28. října 3388/111, 702 00 Ostrava
        """)
    when = "2026-10-13 13:37"
    hs = [
        rx("mail.hutniksoftware.cz", "195.113.214.70", when, PRG, "Hm8Pc2Vx6Lz0"),
        ("From", addr("Roman Kaluža", "roman.kaluza@hutniksoftware.cz")),
        ("To", me()),
        ("CC", addr("Blanka Zedníková", "blanka.zednikova@hutniksoftware.cz")),
        subj("Pozvání k pohovoru – Frontend Developer (Angular)"),
        dt(when, PRG),
        ("Message-ID", "<3e5a9c1f-7b2d-4e08-9a6f-c1d3e5f7a9b2@hutniksoftware.cz>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(hs, text(plain, cte="8bit", params="format=flowed"))


# --------------------------------------------------------------------------- 50 candidate experience survey (thread of 11)
@mail(k(50), family="candidate_survey", lang="en", interview=False, company="Velora Travel Tech",
      days=(("Fri", "2026-10-23"),),
      note="Post-interview candidate experience survey referring to the past interview on Fri 23 Oct")
def m50() -> bytes:
    plain = t("""
        Hi Ondřej,

        Thank you for interviewing with Velora Travel Tech on Friday, October 23.

        We'd love to hear how it went - good or bad. The survey takes about 2 minutes and your
        answers are anonymous; they won't affect your application in any way.

        How would you rate your interview experience?
        1 2 3 4 5 6 7 8 9 10
        https://survey.smartrecruiters.com/s/velora/ce/8a71c0e4?score=

        Thank you,
        The Velora Talent Team

        Powered by SmartRecruiters | Unsubscribe from surveys
        """)
    when = "2026-10-26 09:00"
    hs = [
        rx("mail7.smartrecruiters.com", "52.29.181.7", when, "UTC", "Xd4Mq8Bn2Rv6"),
        ("From", addr("Velora Travel Tech", "noreply@smartrecruiters.com")),
        ("To", me()),
        subj("How was your interview with Velora Travel Tech?"),
        dt(when, "UTC"),
        ("Message-ID", "<sr.survey.8a71c0e4-3d52-4b1f-a0e9-6c7d2b1f0e93@smartrecruiters.com>"),
    ]
    return message(hs, alt(text(plain), html("<html><body>" + plain.replace("\n", "<br>\n") + "</body></html>\n")))
