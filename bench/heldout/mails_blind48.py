"""blind48: 50 hand-written mails from the inbox of a QA automation engineer living in Warsaw.

Built by ``python3 bench/heldout/make_blind.py blind48``; the MIME plumbing and the checks are
``make.py``'s, imported unchanged. Written blind (without reading the detector, its tests or the
other held-out mails). Keys 1-23 are positives, 24-50 negatives, in writing order; the file number
of key k is ORDER[k - 1], a fixed shuffle.

Outlook/Exchange in Poland writes ``TZID:Central European Standard Time`` (Sarajevo, Skopje,
Warsaw, Zagreb); make.py's Windows-zone map does not list it, so it is added here, at run time,
as Europe/Warsaw (the CLDR mapping) for the ICS check.
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
)

SET = "blind48"
make.REGISTRY.setdefault(SET, [])
make.WINDOWS_ZONES.setdefault("Central European Standard Time", "Europe/Warsaw")

ORDER = random.Random(48048).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "pawel.nowicki@example.org"
ME_NAME = "Paweł Nowicki"
WAW = "Europe/Warsaw"
NYC = "America/New_York"
LON = "Europe/London"


def me() -> str:
    return addr(ME_NAME, ME)


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host}", when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


# Exchange in Poland: the Windows zone for Warsaw
VTZ_CEST_EX = """BEGIN:VTIMEZONE
TZID:Central European Standard Time
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

# Thunderbird / booking tools: IANA name
VTZ_WAW = """BEGIN:VTIMEZONE
TZID:Europe/Warsaw
X-LIC-LOCATION:Europe/Warsaw
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

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&threadId=19_meeting_{mid}@thread.v2>
________________________________________________________________________________
"""

TEAMS_PL = """________________________________________________________________________________
Spotkanie w aplikacji Microsoft Teams
Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali
Kliknij tutaj, aby dołączyć do spotkania<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Identyfikator spotkania: {num}
Kod dostępu: {code}
Pobierz aplikację Teams<https://www.microsoft.com/pl-pl/microsoft-teams/download-app> | Dołącz w sieci Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Dowiedz się więcej<https://aka.ms/JoinTeamsMeeting> | Opcje spotkania<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&threadId=19_meeting_{mid}@thread.v2>
________________________________________________________________________________
"""


def outlook_html(body: str, lang: str = "en-US") -> str:
    """The text/html twin Outlook writes: one MsoNormal paragraph per line."""
    import html as _html

    paras = []
    for line in body.rstrip("\n").split("\n"):
        paras.append(f'<p class="MsoNormal">{_html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>')
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
        f'<body lang="{lang[:2].upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"
    )


# =========================================================================== positives


@mail(N(1), family="erecruiter", lang="pl", interview=True, kind="scheduled",
      start="2026-03-26T09:00:00Z", end="2026-03-26T11:30:00Z",
      contact="joanna.brzezinska@wisloport.pl", company="Wisłoport Logistyka",
      local="Thu 2026-03-26 10:00", local_end="2026-03-26 12:30", zone=WAW,
      note="eRecruiter notification from no-reply, Reply-To a shared rekrutacja@ box; on-site in Gdańsk, "
           "'czwartek, 26.03.2026', two blocks 10:00-10:45 and 11:00-12:30 -> first start to last end; "
           "26 March is before the EU switch (29 March) so CET, UTC+1; contact = recruiter address in the body")
def p01() -> bytes:
    body = t("""
        Szanowny Panie,

        zgodnie z ustaleniami telefonicznymi potwierdzamy termin spotkania rekrutacyjnego na stanowisko
        Inżynier ds. Automatyzacji Testów (nr ref. IT/QA/03/2026).

        Termin: czwartek, 26.03.2026
        Godzina: 10:00 - 12:30
        Miejsce: Wisłoport Logistyka S.A., ul. Nabrzeże Wiślane 14, budynek B, III piętro, Gdańsk

        Przebieg spotkania:
          10:00 - 10:45  rozmowa z przedstawicielem działu HR oraz kierownikiem zespołu QA
          11:00 - 12:30  zadanie praktyczne przy komputerze (Selenium/Java lub Playwright/TypeScript - do wyboru)

        Prosimy o zabranie dokumentu tożsamości - recepcja wyda identyfikator gościa. Parking dla gości
        znajduje się od strony ul. Portowej.

        W razie pytań prosimy o kontakt z osobą prowadzącą proces rekrutacji:
        Joanna Brzezińska, Specjalista ds. Rekrutacji
        tel. +48 58 555 01 27, e-mail: joanna.brzezinska@wisloport.pl

        Z poważaniem
        Zespół Rekrutacji
        Wisłoport Logistyka S.A.

        --
        Wiadomość została wygenerowana automatycznie przez system eRecruiter. Prosimy na nią nie odpowiadać.
        Administratorem Pana danych osobowych jest Wisłoport Logistyka S.A. z siedzibą w Gdańsku. Szczegółowe
        informacje o przetwarzaniu danych: https://wisloport.pl/kariera/rodo
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #dcdcdc">
        <tr><td style="background:#0b3b60;padding:14px 20px;color:#fff;font-size:16px">Wisłoport Logistyka S.A. &ndash; Kariera</td></tr>
        <tr><td style="padding:20px">
        <p>Szanowny Panie,</p>
        <p>zgodnie z ustaleniami telefonicznymi potwierdzamy termin spotkania rekrutacyjnego na stanowisko
        <b>Inżynier ds. Automatyzacji Testów</b> (nr ref. IT/QA/03/2026).</p>
        <table cellpadding="4" style="font-size:13px">
        <tr><td><b>Termin:</b></td><td>czwartek, 26.03.2026</td></tr>
        <tr><td><b>Godzina:</b></td><td>10:00 - 12:30</td></tr>
        <tr><td><b>Miejsce:</b></td><td>Wisłoport Logistyka S.A., ul. Nabrzeże Wiślane 14, budynek B, III piętro, Gdańsk</td></tr>
        </table>
        <p><b>Przebieg spotkania:</b><br>
        10:00 - 10:45 &nbsp;rozmowa z przedstawicielem działu HR oraz kierownikiem zespołu QA<br>
        11:00 - 12:30 &nbsp;zadanie praktyczne przy komputerze (Selenium/Java lub Playwright/TypeScript - do wyboru)</p>
        <p>Prosimy o zabranie dokumentu tożsamości - recepcja wyda identyfikator gościa. Parking dla gości
        znajduje się od strony ul. Portowej.</p>
        <p>W razie pytań prosimy o kontakt z osobą prowadzącą proces rekrutacji:<br>
        Joanna Brzezińska, Specjalista ds. Rekrutacji<br>
        tel. +48 58 555 01 27, e-mail: <a href="mailto:joanna.brzezinska@wisloport.pl">joanna.brzezinska@wisloport.pl</a></p>
        <p>Z poważaniem<br>Zespół Rekrutacji<br>Wisłoport Logistyka S.A.</p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:11px;color:#888;border-top:1px solid #eee">
        Wiadomość została wygenerowana automatycznie przez system eRecruiter. Prosimy na nią nie odpowiadać.<br>
        Administratorem Pana danych osobowych jest Wisłoport Logistyka S.A. z siedzibą w Gdańsku.
        <a href="https://wisloport.pl/kariera/rodo">Szczegółowe informacje</a></td></tr>
        </table></body></html>
        """)
    when = "2026-03-19 13:47:09"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mailout2.erecruiter.pl (mailout2.erecruiter.pl [91.197.12.40])", when, WAW, "4fK9x1Qm2bz7")),
        ("From", addr("Wisłoport Logistyka S.A.", "no-reply@erecruiter.pl")),
        ("Reply-To", addr("Rekrutacja Wisłoport", "rekrutacja@wisloport.pl")),
        ("To", me()),
        ("Subject", enc("Potwierdzenie terminu spotkania rekrutacyjnego - Inżynier ds. Automatyzacji Testów (IT/QA/03/2026)")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<erc.20260319134709.7731952@erecruiter.pl>"),
        ("X-Mailer", "eRecruiter Mailing Engine"),
    ], alt(text(body), html(page)))


@mail(N(2), family="google_calendar", lang="pl", interview=True, kind="scheduled",
      start="2026-03-31T09:00:00Z", end="2026-03-31T10:00:00Z",
      contact="karolina.mazur@smokbyte.pl", company="Smokbyte",
      local="Tue 2026-03-31 11:00", local_end="2026-03-31 12:00", zone=WAW,
      note="Google Calendar invitation, Polish UI, sent Thu 26 March (still CET) for Tue 31 March 11:00-12:00 "
           "(already CEST, UTC+2) -> 09:00Z; ICS in UTC agrees; contact = ORGANIZER recruiter")
def p02() -> bytes:
    plain = t("""
        Rozmowa techniczna – QA Automation Engineer (Paweł Nowicki)
        wtorek, 31 marca 2026⋅11:00–12:00
        Strefa czasowa: Czas środkowoeuropejski – Warszawa

        Informacje o dołączeniu w Google Meet
        Link do rozmowy wideo: https://meet.google.com/qvd-hxtm-rkp
        Lub wybierz numer: ‪(PL) +48 22 104 37 55‬ PIN: ‪482 113 907‬#
        Więcej numerów telefonów: https://tel.meet/qvd-hxtm-rkp?pin=4821139071446

        Cześć Paweł,
        zgodnie z ustaleniami przesyłam zaproszenie na rozmowę techniczną. Będą z nami Łukasz (QA Lead) i Iga (Senior SDET). Przez pierwsze ~20 min porozmawiamy o Twoim doświadczeniu, potem krótkie live coding – prosty test API w dowolnym języku.
        Do zobaczenia!
        Karolina

        Organizator
        Karolina Mazur
        karolina.mazur@smokbyte.pl

        Goście
        Karolina Mazur – organizator
        lukasz.baran@smokbyte.pl
        iga.zajac@smokbyte.pl
        pawel.nowicki@example.org
        Wyświetl wszystkich gości https://calendar.google.com/calendar/event?action=VIEW&eid=M2txOHYxYzBtMmo1bjdwOXI0dDZ3OHkwYWIgcGF3ZWwubm93aWNraUBleGFtcGxlLm9yZw&tok=MjYja2Fyb2xpbmEubWF6dXJAc21va2J5dGUucGw&ctz=Europe%2FWarsaw&hl=pl&es=0

        Odpowiedz dla pawel.nowicki@example.org
        Tak
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M2txOHYxYzBtMmo1bjdwOXI0dDZ3OHkwYWI&rst=1&hl=pl&es=0
        Nie
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M2txOHYxYzBtMmo1bjdwOXI0dDZ3OHkwYWI&rst=2&hl=pl&es=0
        Może
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M2txOHYxYzBtMmo1bjdwOXI0dDZ3OHkwYWI&rst=3&hl=pl&es=0

        Więcej opcji https://calendar.google.com/calendar/event?action=VIEW&eid=M2txOHYxYzBtMmo1bjdwOXI0dDZ3OHkwYWI&hl=pl&es=0

        Zaproszenie z Kalendarza Google: https://calendar.google.com/calendar/

        Otrzymujesz ten e-mail, ponieważ jesteś gościem tego wydarzenia. Aby przestać otrzymywać informacje o tym wydarzeniu, odrzuć zaproszenie.

        Przekazanie tego zaproszenia może umożliwić każdemu odbiorcy wysłanie odpowiedzi do organizatora, dodanie go do listy gości, zaproszenie innych osób bez względu na ich własny stan zaproszenia lub zmodyfikowanie Twojej odpowiedzi. Więcej informacji https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Zaproszenie od: Karolina Mazur"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Rozmowa techniczna – QA Automation Engineer (Paweł Nowicki)</h2>
        <table><tr><td style="padding-right:10px;color:#70757a">Kiedy</td><td>wtorek, 31 marca 2026⋅11:00–12:00 (Czas środkowoeuropejski – Warszawa)</td></tr>
        <tr><td style="padding-right:10px;color:#70757a">Dołącz</td><td><a href="https://meet.google.com/qvd-hxtm-rkp">meet.google.com/qvd-hxtm-rkp</a></td></tr>
        <tr><td style="padding-right:10px;color:#70757a">Goście</td><td>Karolina Mazur – organizator<br>lukasz.baran@smokbyte.pl<br>iga.zajac@smokbyte.pl<br>pawel.nowicki@example.org</td></tr></table>
        <p>Cześć Paweł,<br>zgodnie z ustaleniami przesyłam zaproszenie na rozmowę techniczną. Będą z nami Łukasz (QA Lead) i Iga (Senior SDET). Przez pierwsze ~20 min porozmawiamy o Twoim doświadczeniu, potem krótkie live coding – prosty test API w dowolnym języku.<br>Do zobaczenia!<br>Karolina</p>
        <p>Odpowiedz: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2txOHYxYzBtMmo1bjdwOXI0dDZ3OHkwYWI&amp;rst=1">Tak</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2txOHYxYzBtMmo1bjdwOXI0dDZ3OHkwYWI&amp;rst=2">Nie</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2txOHYxYzBtMmo1bjdwOXI0dDZ3OHkwYWI&amp;rst=3">Może</a></p>
        <p style="font-size:12px;color:#70757a">Zaproszenie z <a href="https://calendar.google.com/calendar/">Kalendarza Google</a></p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260331T090000Z
        DTEND:20260331T100000Z
        DTSTAMP:20260326T142205Z
        ORGANIZER;CN=Karolina Mazur:mailto:karolina.mazur@smokbyte.pl
        UID:3kq8v1c0m2j5n7p9r4t6w8y0ab@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karolina Mazur;X-NUM-GUESTS=0:mailto:karolina.mazur@smokbyte.pl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukasz.baran@smokbyte.pl;X-NUM-GUESTS=0:mailto:lukasz.baran@smokbyte.pl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=iga.zajac@smokbyte.pl;X-NUM-GUESTS=0:mailto:iga.zajac@smokbyte.pl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pawel.nowicki@example.org;X-NUM-GUESTS=0:mailto:pawel.nowicki@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qvd-hxtm-rkp
        X-MICROSOFT-CDO-OWNERAPPTID:-1436608032
        CREATED:20260326T142150Z
        DESCRIPTION:Cześć Paweł\\,\\nzgodnie z ustaleniami przesyłam zaproszenie na rozmowę techniczną. Będą z nami Łukasz (QA Lead) i Iga (Senior SDET). Przez pierwsze ~20 min porozmawiamy o Twoim doświadczeniu\\, potem krótkie live coding – prosty test API w dowolnym języku.\\nDo zobaczenia!\\nKarolina\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nDołącz w Google Meet: https://meet.google.com/qvd-hxtm-rkp\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260326T142204Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Rozmowa techniczna – QA Automation Engineer (Paweł Nowicki)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-26 14:22:05"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, "UTC", "9aQ2LmZr0sTt")),
        ("From", addr("Karolina Mazur", "karolina.mazur@smokbyte.pl")),
        ("Sender", addr("Kalendarz Google", "calendar-notification@google.com")),
        ("Reply-To", addr("Karolina Mazur", "karolina.mazur@smokbyte.pl")),
        ("To", ME),
        ("Subject", enc("Zaproszenie: Rozmowa techniczna – QA Automation Engineer (Paweł Nowicki) @ wt., 31 mar 2026 11:00–12:00 (CEST) (pawel.nowicki@example.org)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-7d2c41a8-5b0e-4f7a-9c11-2e8f3d6a9b04@google.com>"),
    ], mixed(
        alt(text(plain, cte="base64", params="format=flowed; delsp=yes"), html(page),
            calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(N(3), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-04-02T12:00:00Z", end="2026-04-02T13:00:00Z",
      contact="natalia.wrobel@auental.com", company="Auental Mobility",
      local="Thu 2026-04-02 14:00", local_end="2026-04-02 15:00", zone=WAW,
      note="Exchange meeting request (Teams) from the Wrocław hub of a German company; the time is only in "
           "the ICS: TZID 'Central European Standard Time' 20260402T140000, i.e. Warsaw, already CEST "
           "(UTC+2) -> 12:00Z; sent 27 March in CET; contact = ORGANIZER / sender")
def p03() -> bytes:
    teams = TEAMS_EN.format(mid="NzE0YmQ2ZTEtOTdhMi00YzM5LWI1NjEtZDE3ZWU0OGI5MWFj",
                            tid="a8e1c0b4-2f61-4d8e-9a73-51c0f2e6d9b7", num="318 552 704 119", code="Xq7Lm2")
    body = t("""
        Hi Paweł,

        as discussed on the phone - here's the invite for your interview with our Test Automation team. You will meet Jens Hoffmann (Head of QA, joining from Stuttgart) and Dawid Michalak (Senior QA Engineer, Wrocław).

        Rough agenda: 10 min intro, 35 min technical deep dive (your framework experience, CI pipelines, flaky tests), 15 min for your questions.

        Talk soon,
        Natalia

        Natalia Wróbel
        Talent Acquisition Partner
        Auental Mobility Poland sp. z o.o. | ul. Powstańców Śląskich 95, 53-332 Wrocław

        """) + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_CEST_EX + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Natalia Wróbel:mailto:natalia.wrobel@auental.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pawel.nowicki@example.org:mailto:pawel.nowicki@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jens Hoffmann:mailto:jens.hoffmann@auental.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dawid Michalak:mailto:dawid.michalak@auental.com
        DESCRIPTION;LANGUAGE=en-US:Hi Paweł\\,\\n\\nas discussed on the phone - here's the invite for your interview with our Test Automation team. You will meet Jens Hoffmann (Head of QA\\, joining from Stuttgart) and Dawid Michalak (Senior QA Engineer\\, Wrocław).\\n\\nTalk soon\\,\\nNatalia\\n
        UID:040000008200E00074C5B7101A82E00800000000A1F4C3B09ABDDC01000000000000000010000000E4B7A7C2D1F0894F9A3E2C6B1D7E5F04
        SUMMARY;LANGUAGE=en-US:Interview | QA Automation Engineer (m/f/d) | Paweł Nowicki
        DTSTART;TZID=Central European Standard Time:20260402T140000
        DTEND;TZID=Central European Standard Time:20260402T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260327T091402Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124318077
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:natalia.wrobel@auental.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzE0YmQ2ZTEtOTdhMi00YzM5LWI1NjEtZDE3ZWU0OGI5MWFj-thread.v2!a8e1c0b42f614d8e9a7351c0f2e6d9b7
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "Microsoft Teams Meeting"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-27 10:14:02"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2110.outbound.protection.outlook.com [40.107.105.110])", when, WAW, "Lm3cT8pV1wQa")),
        ("From", addr("Natalia Wróbel", "natalia.wrobel@auental.com")),
        ("To", me()),
        ("CC", "Jens Hoffmann <jens.hoffmann@auental.com>, Dawid Michalak <dawid.michalak@auental.com>"),
        ("Subject", enc("Interview | QA Automation Engineer (m/f/d) | Paweł Nowicki")),
        ("Thread-Topic", enc("Interview | QA Automation Engineer (m/f/d) | Paweł Nowicki")),
        ("Thread-Index", "AdzBvFJ0k3q6cXy1R9C2rM8e4Hs0Tw=="),
        ("Date", date(when, WAW)),
        ("Message-ID", "<AM9PR08MB6114A3E0C7B1F2D94E6BB1A0C4B12@AM9PR08MB6114.eurprd08.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ], alt(text(body), html(outlook_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(4), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T08:30:00Z", end="2026-04-01T09:00:00Z",
      contact="owen.pritchard@fernleighpay.co.uk", company="Fernleigh Payments",
      local="Wed 2026-04-01 10:30", local_end="2026-04-01 11:00", zone=WAW,
      note="Calendly invitee confirmation with the hiring manager; times shown in the invitee's zone, "
           "labelled 'Central European Time' although 1 April is CEST -> 10:30 CEST = 08:30Z (the ICS in UTC "
           "agrees); sent 28 March (UTC Date); contact = Reply-To host")
def p04() -> bytes:
    body = t("""
        Hi Paweł Nowicki,

        Your QA Automation – chat with Hiring Manager with Owen Pritchard at 10:30am (Central European Time) on Wednesday, April 1, 2026 is scheduled.

        Event Type:
        QA Automation – chat with Hiring Manager

        Event Date/Time:
        10:30am - 11:00am (Central European Time) on Wednesday, April 1, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/wbn-pkzr-ueo

        Invitee Time Zone:
        Central European Time

        Questions:

        Please share anything that will help prepare for our meeting.
        Saw that the Kraków hub is growing the payments QA squad - happy to talk about my Playwright + k6 setup and contract testing.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2b7e4d1c-93a0-4f6e-8c5a-0d1e7f3b6a92
        Reschedule: https://calendly.com/reschedulings/2b7e4d1c-93a0-4f6e-8c5a-0d1e7f3b6a92

        Powered by Calendly.com
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f8f8f8;font-family:'Proxima Nova',Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;border-radius:8px;padding:32px;color:#1a1a1a;font-size:15px">
        <tr><td><p>Hi Paweł Nowicki,</p>
        <p>Your <b>QA Automation – chat with Hiring Manager</b> with <b>Owen Pritchard</b> at <b>10:30am (Central European Time) on Wednesday, April 1, 2026</b> is scheduled.</p>
        <p style="color:#666;font-size:12px;text-transform:uppercase;margin-bottom:2px">Event Type:</p><p style="margin-top:0">QA Automation – chat with Hiring Manager</p>
        <p style="color:#666;font-size:12px;text-transform:uppercase;margin-bottom:2px">Event Date/Time:</p><p style="margin-top:0">10:30am - 11:00am (Central European Time) on Wednesday, April 1, 2026</p>
        <p style="color:#666;font-size:12px;text-transform:uppercase;margin-bottom:2px">Location:</p><p style="margin-top:0">This is a Google Meet web conference. <a href="https://meet.google.com/wbn-pkzr-ueo">Join now</a></p>
        <p style="color:#666;font-size:12px;text-transform:uppercase;margin-bottom:2px">Invitee Time Zone:</p><p style="margin-top:0">Central European Time</p>
        <p style="color:#666;font-size:12px;text-transform:uppercase;margin-bottom:2px">Questions:</p>
        <p style="margin-top:0">Please share anything that will help prepare for our meeting.<br>Saw that the Kraków hub is growing the payments QA squad - happy to talk about my Playwright + k6 setup and contract testing.</p>
        <p><a href="https://calendly.com/cancellations/2b7e4d1c-93a0-4f6e-8c5a-0d1e7f3b6a92">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/2b7e4d1c-93a0-4f6e-8c5a-0d1e7f3b6a92">Reschedule</a></p>
        <p style="font-size:12px;color:#999">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:2b7e4d1c-93a0-4f6e-8c5a-0d1e7f3b6a92@calendly.com
        DTSTAMP:20260328T200311Z
        DTSTART:20260401T083000Z
        DTEND:20260401T090000Z
        SUMMARY:QA Automation – chat with Hiring Manager (Paweł Nowicki and Owen Pritchard)
        DESCRIPTION:Event Name: QA Automation – chat with Hiring Manager\\n\\nLocation: This is a Google Meet web conference.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/2b7e4d1c-93a0-4f6e-8c5a-0d1e7f3b6a92\\nReschedule: https://calendly.com/reschedulings/2b7e4d1c-93a0-4f6e-8c5a-0d1e7f3b6a92\\n\\nPowered by Calendly.com
        LOCATION:https://meet.google.com/wbn-pkzr-ueo
        ORGANIZER;CN=Owen Pritchard:mailto:owen.pritchard@fernleighpay.co.uk
        ATTENDEE;CN=Paweł Nowicki;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:pawel.nowicki@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-28 20:03:11"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o7.email.calendly.com (o7.email.calendly.com [167.89.60.231])", when, "UTC", "Qw0pZ4bN7yEs")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Owen Pritchard", "owen.pritchard@fernleighpay.co.uk")),
        ("To", ME),
        ("Subject", enc("Confirmed: QA Automation – chat with Hiring Manager with Owen Pritchard on Wednesday, April 1, 2026")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<6a3f1e0b9c2d4e7f8a5b1c0d2e3f4a5b@calendly.com>"),
        ("X-SG-EID", "t5Yx2kq0mF1cV9nR8dL3oWb7uZs4hJ6gP0eA1iQ2"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", ctype="text/calendar", cte="base64", filename="invite.ics",
                      disposition="attachment")))


@mail(N(5), family="human_prose", lang="pl", interview=True, kind="scheduled",
      start="2026-03-24T09:30:00Z", end=None,
      contact="m.kurek@trawers.com.pl", company="Trawers Software",
      local="Tue 2026-03-24 10:30", zone=WAW, days=(("Thu", "2026-03-19"),),
      note="HR reply on top of the candidate's proposal: 'potwierdzam spotkanie we wtorek o 10:30'; Date is "
           "Fri 20 March -> Tue 24 March, CET -> 09:30Z; 'ok. godziny' is approximate -> end null; "
           "iso-8859-2 quoted-printable, Outlook-style Polish quote header")
def p05() -> bytes:
    body = t("""
        Dzień dobry Panie Pawle,

        potwierdzam spotkanie we wtorek o 10:30 u nas w biurze (ul. Chmielna 73, IV p. - proszę dzwonić domofonem "Trawers"). Będę ja i Robert Sadowski, kierownik zespołu testów. Rozmowa potrwa ok. godziny, prosimy przygotować się na pytania z Javy i REST Assured.

        Do zobaczenia!

        Pozdrawiam
        Magdalena Kurek
        HR Business Partner
        Trawers Software sp. z o.o.
        tel. 601 220 418

        -----Wiadomość oryginalna-----
        Od: Paweł Nowicki <pawel.nowicki@example.org>
        Wysłano: czwartek, 19 marca 2026 21:14
        Do: Magdalena Kurek <m.kurek@trawers.com.pl>
        Temat: Re: Rozmowa rekrutacyjna - Tester automatyzujący

        Dzień dobry Pani Magdaleno,

        dziękuję za zaproszenie. Pasuje mi wtorek o 10:30, ewentualnie środa po 13:00.

        Z poważaniem
        Paweł Nowicki

        -----Wiadomość oryginalna-----
        Od: Magdalena Kurek <m.kurek@trawers.com.pl>
        Wysłano: czwartek, 19 marca 2026 11:02
        Do: pawel.nowicki@example.org
        Temat: Rozmowa rekrutacyjna - Tester automatyzujący

        Dzień dobry,

        dziękuję za przesłanie CV. Chcielibyśmy zaprosić Pana na rozmowę rekrutacyjną w przyszłym tygodniu. Proszę o informację, który termin byłby dla Pana dogodny.

        Pozdrawiam
        Magdalena Kurek
        """)
    when = "2026-03-20 16:41:27"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mx.trawers.com.pl (mx.trawers.com.pl [185.41.22.8])", when, WAW, "Xr5nQ2vD8kLp")),
        ("From", addr("Magdalena Kurek", "m.kurek@trawers.com.pl", "iso-8859-2")),
        ("To", addr(ME_NAME, ME, "iso-8859-2")),
        ("Subject", enc("RE: Rozmowa rekrutacyjna - Tester automatyzujący", "iso-8859-2")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<000a01dcb87f$3c5e1d20$b51a5760$@trawers.com.pl>"),
        ("In-Reply-To", "<CAH7qk3p0Zx9mWfL2c=7Rr1sVbN4y@mail.example.org>"),
        ("References", "<001401dcb7a9$8f2e4c10$ad8ce430$@trawers.com.pl>\r\n <CAH7qk3p0Zx9mWfL2c=7Rr1sVbN4y@mail.example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHcuIE3dQ0aK5s7Tk6yHc1vPfYlqg=="),
        ("Content-Language", "pl"),
    ], text(body, charset="iso-8859-2"))


@mail(N(6), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-03-30T13:00:00Z", end="2026-03-30T13:45:00Z",
      contact="zofia.adamczyk@lumenfield.io", company="Lumenfield",
      local="Mon 2026-03-30 15:00", local_end="2026-03-30 15:45", zone=WAW,
      note="Teamtailor HTML-only confirmation, Reply-To is a Teamtailor relay (not human); Mon 30 March "
           "15:00-15:45 Europe/Warsaw, the day after the EU switch -> CEST -> 13:00Z; sent Fri 27 March in CET; "
           "contact = recruiter address in the signature")
def p06() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Interview booked</title></head>
        <body style="margin:0;padding:0;background:#f4f4f5">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5;color:#18181b">
        <tr><td style="padding:28px 32px 8px"><img src="https://assets.teamtailor-cdn.com/images/s3/teamtailor-production/logo_lumenfield.png" alt="Lumenfield" height="32"></td></tr>
        <tr><td style="padding:8px 32px">
        <p>Hi Paweł,</p>
        <p>Thanks for booking a time with us &ndash; your interview for <strong>QA Automation Engineer</strong> is confirmed. Here are the details:</p>
        <table role="presentation" cellpadding="0" cellspacing="0" style="background:#fafafa;border:1px solid #e4e4e7;border-radius:6px;width:100%">
        <tr><td style="padding:16px 20px">
        <div style="font-size:13px;color:#71717a">Date</div><div>Monday, March 30, 2026</div>
        <div style="font-size:13px;color:#71717a;margin-top:10px">Time</div><div>15:00 - 15:45 (Europe/Warsaw)</div>
        <div style="font-size:13px;color:#71717a;margin-top:10px">Location</div><div><a href="https://meet.google.com/hsy-wqot-fna">Google Meet &ndash; meet.google.com/hsy-wqot-fna</a></div>
        <div style="font-size:13px;color:#71717a;margin-top:10px">Interviewers</div><div>Zofia Adamczyk (Talent Acquisition), Igor Kaczmarek (Engineering Manager, Platform)</div>
        </td></tr></table>
        <p style="margin-top:20px"><a href="https://lumenfield.teamtailor.com/meetings/8d1c4b7e/calendar.ics" style="background:#18181b;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Add to calendar</a></p>
        <p>Need to change the time? Just reply to this email and we&rsquo;ll sort it out.</p>
        <p>Looking forward to talking to you!</p>
        <p>Zofia Adamczyk<br>Talent Acquisition, Lumenfield<br><a href="mailto:zofia.adamczyk@lumenfield.io">zofia.adamczyk@lumenfield.io</a></p>
        </td></tr>
        <tr><td style="padding:16px 32px 28px;font-size:12px;color:#a1a1aa">Lumenfield sp. z o.o. &middot; Prosta 51, 00-838 Warszawa<br>
        <a href="https://lumenfield.teamtailor.com/connect/privacy" style="color:#a1a1aa">Your data</a> &middot; Sent with <a href="https://www.teamtailor.com" style="color:#a1a1aa">Teamtailor</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    when = "2026-03-27 11:26:40"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [54.72.193.11])", when, WAW, "Hb6sW0nF3cRu")),
        ("From", addr("Zofia from Lumenfield", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c7f2a91d0b6e4e3a@teamtailor-mail.com"),
        ("To", me()),
        ("Subject", "Interview booked: QA Automation Engineer at Lumenfield"),
        ("Date", date(when, WAW)),
        ("Message-ID", "<66043c0f8e1b2_3a9f1d4c2e7b@teamtailor-mailer-7c9d5f8b6-xq2lp.mail>"),
        ("List-Unsubscribe", "<https://lumenfield.teamtailor.com/connect/unsubscribe/c7f2a91d0b6e4e3a>"),
    ], html(page))


@mail(N(7), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T14:00:00Z", end="2026-03-10T14:45:00Z",
      contact="dana.whitfield@harlowlabs.com", company="Harlow Labs",
      local="Tue 2026-03-10 10:00", local_end="2026-03-10 10:45", zone=NYC, days=(("Sun", "2026-03-08"),),
      note="Greenhouse confirmation from a New York company: Tue 10 March 10:00-10:45 AM Eastern; US daylight "
           "time from 8 March -> EDT, UTC-4 -> 14:00Z (= 15:00 CET in Warsaw, which is still on winter time, as "
           "the mail says); mail sent 5 March in EST; ICS in America/New_York agrees; contact = Reply-To coordinator")
def p07() -> bytes:
    body = t("""
        Hi Paweł,

        Thanks for confirming your availability! Your video interview with Harlow Labs is all set.

        Interview: Technical Screen - Test Automation
        Role: Senior QA Automation Engineer (Remote, Poland)
        Date: Tuesday, March 10, 2026
        Time: 10:00 AM - 10:45 AM Eastern Time (US & Canada) / 15:00 - 15:45 in Warsaw
        Interviewer: Marcus Levine, Staff SDET
        Location: Zoom - https://harlowlabs.zoom.us/j/93812204577?pwd=bWZqTlp0c3RxR2l1M0xUQ0VhcE1nUT09

        A quick heads-up: clocks in the US move forward this Sunday (March 8) while Europe doesn't switch until March 29, so for those three weeks we're only 5 hours apart instead of 6. The Warsaw time above already accounts for that.

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Harlow Labs
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + make.VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-48771203-3310945@greenhouse.io
        DTSTAMP:20260305T190214Z
        DTSTART;TZID=America/New_York:20260310T100000
        DTEND;TZID=America/New_York:20260310T104500
        SUMMARY:Harlow Labs - Technical Screen - Test Automation (Pawel Nowicki)
        LOCATION:https://harlowlabs.zoom.us/j/93812204577
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@harlowlabs.com
        ATTENDEE;CN=Pawel Nowicki;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pawel.nowicki@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-05 14:02:14"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [149.72.154.3])", when, NYC, "Rc4mJ7tP9aXe")),
        ("From", addr("Harlow Labs", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@harlowlabs.com")),
        ("To", me()),
        ("Subject", "Interview Confirmation: Harlow Labs - Senior QA Automation Engineer (Remote, Poland)"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<20260305190214.1.4f3a9e2c77b1d805@us.greenhouse-mail.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics", disposition="attachment")))


@mail(N(8), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-04-02T08:30:00Z", end="2026-04-02T09:30:00Z",
      contact="fiona.kerr@bramblegate.co.uk", company="Bramblegate Insurance",
      local="Thu 2026-04-02 09:30", local_end="2026-04-02 10:30", zone=LON, days=(("Sun", "2026-03-29"),),
      note="Lever confirmation, sent 26 March in GMT; Thu 2 April 9:30-10:30 BST (UK summer time from 29 March, "
           "UTC+1) -> 08:30Z (= 10:30 in Kraków, as written); contact = Reply-To recruiter")
def p08() -> bytes:
    body = t("""
        Hi Paweł,

        Thank you for scheduling time with Bramblegate Insurance. We're confirming the following interview:

        Thursday, 2 April 2026
        9:30am – 10:30am BST (UK time)

        Panel interview – QA Automation Lead (Kraków)
        with Fiona Kerr (Talent Acquisition), Rhys Morgan (Director of Quality Engineering) and Aleksandra Nowak (Engineering Manager, Kraków)

        Location: Microsoft Teams – a separate calendar invitation with the link will follow from Fiona.

        Please note UK clocks go forward on Sunday 29 March, so 9:30 BST is 10:30 in Kraków.

        Questions? Reply to this message and it will reach Fiona directly.

        Kind regards,
        Bramblegate Insurance Talent Team

        Sent via Lever · https://jobs.lever.co/bramblegate
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;max-width:600px">
        <p>Hi Paweł,</p>
        <p>Thank you for scheduling time with Bramblegate Insurance. We're confirming the following interview:</p>
        <div style="border-left:3px solid #5a3e8e;padding-left:12px;margin:16px 0">
        <div style="font-weight:bold">Thursday, 2 April 2026</div>
        <div>9:30am – 10:30am BST (UK time)</div>
        <div style="margin-top:8px">Panel interview – QA Automation Lead (Kraków)</div>
        <div>with Fiona Kerr (Talent Acquisition), Rhys Morgan (Director of Quality Engineering) and Aleksandra Nowak (Engineering Manager, Kraków)</div>
        </div>
        <p>Location: Microsoft Teams – a separate calendar invitation with the link will follow from Fiona.</p>
        <p>Please note UK clocks go forward on Sunday 29 March, so 9:30 BST is 10:30 in Kraków.</p>
        <p>Questions? Reply to this message and it will reach Fiona directly.</p>
        <p>Kind regards,<br>Bramblegate Insurance Talent Team</p>
        <p style="font-size:11px;color:#999">Sent via <a href="https://jobs.lever.co/bramblegate" style="color:#999">Lever</a></p>
        </body></html>
        """)
    when = "2026-03-26 16:05:33"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-183-64.hire.lever.co (mail-183-64.hire.lever.co [198.2.183.64])", when, LON, "Ny2bK6rL0dWs")),
        ("From", addr("Bramblegate Insurance", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Fiona Kerr", "fiona.kerr@bramblegate.co.uk")),
        ("To", me()),
        ("Subject", "Your interview with Bramblegate Insurance is confirmed"),
        ("Date", date(when, LON)),
        ("Message-ID", "<0100018e7b2c4f1a-9d3e5c7b-2a4f-4e1b-8c6d-3f0a1b2c3d4e-000000@email.hire.lever.co>"),
    ], alt(text(body), html(page)))


@mail(N(9), family="agency_prose", lang="pl", interview=True, kind="scheduled",
      start="2026-10-20T12:00:00Z", end=None,
      contact="ada.piatek@b2bridge.pl", company="Nordhafen Versicherung",
      local="Tue 2026-10-20 14:00", zone=WAW, days=(("Fri", "2026-10-16"),),
      note="B2B broker's one-line reply from a phone: 'klient potwierdził, jutro 14:00, Teams'; Date Mon 19 Oct "
           "09:20 CEST -> jutro = Tue 20 Oct, still CEST (UTC+2) -> 12:00Z; company = the client named; "
           "contact = the broker who sent it")
def p09() -> bytes:
    body = t("""
        Hej Paweł,
        klient potwierdził 👍 jutro 14:00, Teams, rozmowa z Markusem (Head of QA) + Kasia z ich HR, po angielsku i trochę po polsku. Link ma przyjść od nich osobno, jakby nie doszedł do 13:30 to daj znać podeśle.
        Stawkę i B2B ogarniemy po rozmowie.
        Trzymam kciuki!!
        Ada

        Wysłane z iPhone'a

        > Wiadomość napisana przez Paweł Nowicki <pawel.nowicki@example.org> w dniu 16 paź 2026, o godz. 20:11:
        >
        > Cześć Ada,
        > pasuje mi wtorek po 13 albo środa rano, w czwartek niestety nie dam rady.
        > P.
        >
        >> Wiadomość napisana przez Ada Piątek <ada.piatek@b2bridge.pl> w dniu 16 paź 2026, o godz. 14:03:
        >>
        >> Hej, Nordhafen chce się z Tobą spotkać w przyszłym tygodniu, podeślesz 2-3 sloty?
        """)
    when = "2026-10-19 09:20:44"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-wm1-f49.google.com (mail-wm1-f49.google.com [209.85.128.49])", when, WAW, "Pd7sA3kQ1mVz")),
        ("From", addr("Ada Piątek", "ada.piatek@b2bridge.pl")),
        ("To", me()),
        ("Subject", "Re: Nordhafen - Senior QA (B2B)"),
        ("Date", date(when, WAW)),
        ("Message-ID", "<8C1E6A4F-2B7D-4F93-A0C5-7E9D31B42F68@b2bridge.pl>"),
        ("In-Reply-To", "<CAH7qk3o8Tn2vYp=Kd4fL0w6mZ1rXs9@mail.example.org>"),
        ("References", "<5F0D2C91-7A3E-4B18-9E64-C2A17D0B8E35@b2bridge.pl>\r\n <CAH7qk3o8Tn2vYp=Kd4fL0w6mZ1rXs9@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="quoted-printable"))


@mail(N(10), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T10:00:00Z", end="2026-10-28T11:00:00Z",
      contact="agnieszka.lis@spichlerzgames.com", company="Spichlerz Games",
      local="Wed 2026-10-28 11:00", local_end="2026-10-28 12:00", zone=WAW, days=(("Sun", "2026-10-25"),),
      note="Workable confirmation after the candidate picked a slot; Reply-To is a Workable relay, not human; "
           "Wed 28 Oct 11:00-12:00 Europe/Warsaw, after the EU switch back on 25 Oct -> CET (UTC+1) -> 10:00Z; "
           "sent Thu 22 Oct in CEST; contact = the QA manager's address written in the body")
def p10() -> bytes:
    body = t("""
        Hi Paweł,

        Thanks for picking a time slot. Your interview for the QA Automation Engineer position at Spichlerz Games is confirmed.

        When: Wednesday, October 28, 2026, 11:00 - 12:00 (GMT+01:00) Europe/Warsaw
        Where: Spichlerz Games office, ul. Ruska 46, 50-079 Wrocław - 2nd floor, please ask at the reception for Agnieszka
        Interviewers: Agnieszka Lis (QA Manager), Wiktor Duda (Lead Gameplay Developer)

        Heads-up: clocks go back on Sunday, October 25, so the time above is already in winter time.

        If you can't make it, please let us know by replying to this email or contact Agnieszka directly at agnieszka.lis@spichlerzgames.com.

        Good luck!
        Spichlerz Games Hiring Team

        --
        Powered by Workable · https://www.workable.com
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="background:#f3f5f7;margin:0;padding:24px 0;font-family:Arial,Helvetica,sans-serif">
        <div style="max-width:580px;margin:0 auto;background:#fff;border-radius:4px;padding:28px 32px;font-size:14px;color:#27313b;line-height:20px">
        <p>Hi Paweł,</p>
        <p>Thanks for picking a time slot. Your interview for the <b>QA Automation Engineer</b> position at <b>Spichlerz Games</b> is confirmed.</p>
        <p><b>When:</b> Wednesday, October 28, 2026, 11:00 - 12:00 (GMT+01:00) Europe/Warsaw<br>
        <b>Where:</b> Spichlerz Games office, ul. Ruska 46, 50-079 Wrocław - 2nd floor, please ask at the reception for Agnieszka<br>
        <b>Interviewers:</b> Agnieszka Lis (QA Manager), Wiktor Duda (Lead Gameplay Developer)</p>
        <p>Heads-up: clocks go back on Sunday, October 25, so the time above is already in winter time.</p>
        <p>If you can't make it, please let us know by replying to this email or contact Agnieszka directly at
        <a href="mailto:agnieszka.lis@spichlerzgames.com">agnieszka.lis@spichlerzgames.com</a>.</p>
        <p>Good luck!<br>Spichlerz Games Hiring Team</p>
        <hr style="border:none;border-top:1px solid #e8ebee"><p style="font-size:11px;color:#8a96a3">Powered by <a href="https://www.workable.com" style="color:#8a96a3">Workable</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wk-evt-5f81c9a2e04b@workable.com
        DTSTAMP:20261022T111518Z
        DTSTART:20261028T100000Z
        DTEND:20261028T110000Z
        SUMMARY:Interview with Spichlerz Games - QA Automation Engineer
        LOCATION:Spichlerz Games\\, ul. Ruska 46\\, 50-079 Wrocław
        DESCRIPTION:Interviewers: Agnieszka Lis\\, Wiktor Duda
        ORGANIZER;CN=Spichlerz Games:mailto:spichlerz-games+a81f2c9e@candidates.workablemail.com
        ATTENDEE;CN=Paweł Nowicki;RSVP=TRUE:mailto:pawel.nowicki@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-22 13:15:18"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-a12.candidates.workablemail.com (mail-a12.candidates.workablemail.com [54.155.92.17])", when, WAW, "Vb8eR2nT5sKy")),
        ("From", addr("Spichlerz Games", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Spichlerz Games", "spichlerz-games+a81f2c9e@candidates.workablemail.com")),
        ("To", me()),
        ("Subject", "Interview confirmed: QA Automation Engineer at Spichlerz Games"),
        ("Date", date(when, WAW)),
        ("Message-ID", "<6717a53e4b9c1_2f1c3fa8d0e1a7b4@workable-mailer.mail>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(11), family="exchange", lang="pl", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z",
      contact="monika.zawadzka@bankwislany.pl", company="Bank Wiślany",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=WAW,
      note="Exchange meeting request sent from a shared recruitment mailbox (ORGANIZER rekrutacja.it@, not a person); "
           "TZID 'Central European Standard Time' 20261026T090000, the Monday after the switch back -> CET -> 08:00Z; "
           "sent Wed 21 Oct in CEST; contact = the HR person whose address is in the signature")
def p11() -> bytes:
    teams = TEAMS_PL.format(mid="ZGE4N2M0YjEtMWU2Zi00NDkwLWEzYzUtOGIwZjQxZDY3ZTI5",
                            tid="3b6f0e21-7c4d-4a58-b1e9-0d2c8f7a6e53", num="374 118 209 556", code="aB3kP9")
    body = t("""
        Dzień dobry Panie Pawle,

        zgodnie z rozmową telefoniczną przesyłam zaproszenie na rozmowę rekrutacyjną na stanowisko Starszy Specjalista ds. Automatyzacji Testów w Departamencie Bankowości Elektronicznej.

        W spotkaniu wezmą udział: Tomasz Jabłoński (Kierownik Zespołu Testów) oraz ja. Prosimy o dołączenie kilka minut wcześniej i sprawdzenie kamery oraz mikrofonu.

        Przypominam, że w nocy z 24 na 25 października zmieniamy czas na zimowy - godzina w zaproszeniu to czas polski.

        W razie pytań proszę o kontakt bezpośrednio ze mną.

        Z poważaniem
        Monika Zawadzka
        Departament Zarządzania Zasobami Ludzkimi
        Bank Wiślany S.A.
        monika.zawadzka@bankwislany.pl | tel. +48 22 580 14 62

        """) + teams + t("""

        Bank Wiślany S.A. z siedzibą w Warszawie, ul. Świętokrzyska 18, 00-052 Warszawa, wpisany do rejestru przedsiębiorców KRS pod numerem 0000012345.
        Ta wiadomość może zawierać informacje poufne. Jeżeli nie jest Pan/Pani jej adresatem, prosimy o powiadomienie nadawcy i usunięcie wiadomości.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_CEST_EX + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rekrutacja IT:mailto:rekrutacja.it@bankwislany.pl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pawel.nowicki@example.org:mailto:pawel.nowicki@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jabłoński Tomasz:mailto:tomasz.jablonski@bankwislany.pl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Zawadzka Monika:mailto:monika.zawadzka@bankwislany.pl
        DESCRIPTION;LANGUAGE=pl-PL:Dzień dobry Panie Pawle\\,\\n\\nzgodnie z rozmową telefoniczną przesyłam zaproszenie na rozmowę rekrutacyjną na stanowisko Starszy Specjalista ds. Automatyzacji Testów w Departamencie Bankowości Elektronicznej.\\n\\nZ poważaniem\\nMonika Zawadzka\\n
        UID:040000008200E00074C5B7101A82E008000000007C3D9A15E4C1DD010000000000000000100000009F2B6E4A1C7D3848B05E9A2D4C6F1E83
        SUMMARY;LANGUAGE=pl-PL:Rozmowa rekrutacyjna - Starszy Specjalista ds. Automatyzacji Testów
        DTSTART;TZID=Central European Standard Time:20261026T090000
        DTEND;TZID=Central European Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T133712Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=pl-PL:Spotkanie w aplikacji Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117439920
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "Spotkanie w aplikacji Microsoft Teams"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-21 15:37:12"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2091.outbound.protection.outlook.com [40.107.20.91])", when, WAW, "Jm0qC5wH8eTn")),
        ("From", addr("Rekrutacja IT", "rekrutacja.it@bankwislany.pl")),
        ("To", "\"pawel.nowicki@example.org\" <pawel.nowicki@example.org>"),
        ("CC", enc("Jabłoński Tomasz") + " <tomasz.jablonski@bankwislany.pl>, Zawadzka Monika <monika.zawadzka@bankwislany.pl>"),
        ("Subject", enc("Rozmowa rekrutacyjna - Starszy Specjalista ds. Automatyzacji Testów")),
        ("Thread-Topic", enc("Rozmowa rekrutacyjna - Starszy Specjalista ds. Automatyzacji Testów")),
        ("Thread-Index", "AdxGfQ2m8kR1vTxbS9yLq4n7ZcE3Ww=="),
        ("Date", date(when, WAW)),
        ("Message-ID", "<DB9PR10MB7258E1A4F3C09B6D2A8C7E41B3D52@DB9PR10MB7258.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "pl-PL, en-US"),
        ("Content-Language", "pl-PL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(outlook_html(body, "pl-PL")), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(12), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-10-29T12:30:00Z", end=None,
      contact="sabine.koegler@brenntal-automotive.de", company="Brenntal Automotive",
      local="Thu 2026-10-29 13:30", zone=WAW, days=(("Thu", "2026-10-22"), ("Tue", "2026-10-27")),
      note="German recruiter's confirmation on top of the candidate's reply: 'Donnerstag, 29.10.2026, 13:30 Uhr "
           "(MEZ)'; after the 25 Oct switch MEZ = CET = Warsaw time -> 12:30Z; 'ca. 60 Minuten' -> end null; "
           "iso-8859-1 quoted-printable, Outlook German quote header")
def p12() -> bytes:
    body = t("""
        Sehr geehrter Herr Nowicki,

        vielen Dank für Ihre schnelle Rückmeldung. Gerne bestätige ich Ihnen den Termin für das Fachgespräch:

        Donnerstag, 29.10.2026, 13:30 Uhr (MEZ)
        per Microsoft Teams - die Einladung erhalten Sie separat von Herrn Dr. Albrecht.

        Ihre Gesprächspartner sind Herr Dr. Frank Albrecht (Leiter Testautomatisierung) und Frau Olga Król (Teamlead QA, Standort Wroclaw). Das Gespräch wird auf Englisch geführt und dauert ca. 60 Minuten.

        Bitte beachten Sie die Zeitumstellung am Wochenende - 13:30 Uhr MEZ entspricht 13:30 Uhr in Polen.

        Mit freundlichen Grüßen

        Sabine Kögler
        Recruiting | Human Resources

        Brenntal Automotive GmbH
        Brenntalstraße 12, 80999 München
        Tel. +49 89 4521 3307
        sabine.koegler@brenntal-automotive.de

        Sitz der Gesellschaft: München | Registergericht: Amtsgericht München HRB 214477
        Geschäftsführer: Dr. Martin Seidl, Claudia Huber

        -----Ursprüngliche Nachricht-----
        Von: Pawel Nowicki <pawel.nowicki@example.org>
        Gesendet: Donnerstag, 22. Oktober 2026 19:44
        An: Kögler Sabine <sabine.koegler@brenntal-automotive.de>
        Betreff: Re: Ihre Bewerbung als QA Automation Engineer (m/w/d) - Terminvorschläge

        Dear Ms Kögler,

        thank you for the proposals - Thursday 29.10 at 13:30 works best for me (Tuesday 27.10 would be difficult).

        Best regards,
        Pawel Nowicki
        """)
    when = "2026-10-23 11:02:51"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.brenntal-automotive.de (mail.brenntal-automotive.de [193.27.14.66])", when, WAW, "Gt3dY9pM2xLa")),
        ("From", addr("Kögler Sabine", "sabine.koegler@brenntal-automotive.de", "iso-8859-1")),
        ("To", "Pawel Nowicki <pawel.nowicki@example.org>"),
        ("Subject", enc("AW: Ihre Bewerbung als QA Automation Engineer (m/w/d) - Terminbestätigung", "iso-8859-1")),
        ("Thread-Topic", enc("Ihre Bewerbung als QA Automation Engineer (m/w/d) - Terminbestätigung", "iso-8859-1")),
        ("Thread-Index", "AQHcQ5e1wZ7mP0kR2yTs8nLb4Xv3fA=="),
        ("Date", date(when, WAW)),
        ("Message-ID", "<f3a1c07e9b2d4e58a6c1@EXMBX02.brenntal.local>"),
        ("In-Reply-To", "<CAH7qk3rW2yNc5=Pq8vLt0Xz4mBd7@mail.example.org>"),
        ("References", "<CAH7qk3rW2yNc5=Pq8vLt0Xz4mBd7@mail.example.org>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
    ], text(body, charset="iso-8859-1"))


@mail(N(13), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-10-30T14:00:00Z", end="2026-10-30T15:00:00Z",
      contact=None, company="Corvane Analytics",
      local="Fri 2026-10-30 10:00", local_end="2026-10-30 11:00", zone=NYC,
      note="SmartRecruiters notification (base64) from noreply, no human address anywhere -> contact null; "
           "Fri 30 Oct 10:00-11:00 AM (GMT-04:00) Eastern: the US is still on EDT until 1 Nov -> 14:00Z "
           "(= 15:00 in Warsaw, which is already back on CET)")
def p13() -> bytes:
    body = t("""
        Hello Paweł,

        Your interview has been scheduled.

        Position: QA Automation Engineer II (Kraków, hybrid)
        Interview type: Video interview - Microsoft Teams
        Date: Friday, October 30, 2026
        Time: 10:00 AM - 11:00 AM (GMT-04:00) Eastern Time
        Interviewers: Hiring Manager, QA Platform team

        Please note that the time above is shown in the hiring team's time zone.

        Join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk1ZjJmNDQtYzE3Ny00ZGM2LWE0ODgtNTNjNzE5YTY3ZGI4%40thread.v2/0

        Add to calendar: Google | Outlook | iCal (https://jobs.smartrecruiters.com/calendar/ics/3f0b1e62-88c4-4d1a-b1b7-0d4e6a9c2f55)

        Good luck!
        Corvane Analytics Talent Acquisition

        This message was sent via SmartRecruiters. Please do not reply to this email.
        """)
    page = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;background:#f2f4f5;margin:0;padding:20px">
        <table width="600" align="center" style="background:#fff;padding:30px;font-size:14px;color:#2b2b2b">
        <tr><td>
        <p>Hello Paweł,</p>
        <p style="font-size:18px">Your interview has been scheduled.</p>
        <table cellpadding="3">
        <tr><td style="color:#6f7b85">Position</td><td>QA Automation Engineer II (Kraków, hybrid)</td></tr>
        <tr><td style="color:#6f7b85">Interview type</td><td>Video interview - Microsoft Teams</td></tr>
        <tr><td style="color:#6f7b85">Date</td><td>Friday, October 30, 2026</td></tr>
        <tr><td style="color:#6f7b85">Time</td><td>10:00 AM - 11:00 AM (GMT-04:00) Eastern Time</td></tr>
        <tr><td style="color:#6f7b85">Interviewers</td><td>Hiring Manager, QA Platform team</td></tr>
        </table>
        <p>Please note that the time above is shown in the hiring team's time zone.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk1ZjJmNDQtYzE3Ny00ZGM2LWE0ODgtNTNjNzE5YTY3ZGI4%40thread.v2/0">Join the meeting</a></p>
        <p>Add to calendar: <a href="https://jobs.smartrecruiters.com/calendar/google/3f0b1e62-88c4-4d1a-b1b7-0d4e6a9c2f55">Google</a> | <a href="https://jobs.smartrecruiters.com/calendar/outlook/3f0b1e62-88c4-4d1a-b1b7-0d4e6a9c2f55">Outlook</a> | <a href="https://jobs.smartrecruiters.com/calendar/ics/3f0b1e62-88c4-4d1a-b1b7-0d4e6a9c2f55">iCal</a></p>
        <p>Good luck!<br>Corvane Analytics Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This message was sent via SmartRecruiters. Please do not reply to this email.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-10-26 07:41:05"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mta-out-22.smartrecruiters.com (mta-out-22.smartrecruiters.com [52.58.73.22])", when, "UTC", "Kc1vN6yB4rPw")),
        ("From", addr("Corvane Analytics", "noreply@smartrecruiters.com")),
        ("To", me()),
        ("Subject", "Interview scheduled: QA Automation Engineer II (Krakow, hybrid)"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<1730ab9e.4c1f.7d2e0b54.sr-notify@smartrecruiters.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(14), family="google_calendar", lang="pl", interview=True, kind="rescheduled",
      start="2026-10-29T08:30:00Z", end="2026-10-29T09:30:00Z",
      contact="bartosz.sowa@kopiecsystems.pl", company="Kopiec Systems",
      local="Thu 2026-10-29 09:30", local_end="2026-10-29 10:30", zone=WAW, days=(("Tue", "2026-10-27"),),
      note="Google Calendar 'Zaktualizowane zaproszenie' (Polish UI), SEQUENCE:1, old slot Tue 27 Oct 10:00 shown as "
           "removed; new Thu 29 Oct 09:30-10:30 (CET, after 25 Oct) -> 08:30Z; sent Fri 23 Oct in CEST (UTC Date); "
           "contact = ORGANIZER")
def p14() -> bytes:
    plain = t("""
        To wydarzenie zostało zmienione

        Rozmowa z zespołem QA – Paweł Nowicki
        Zmieniono
        czwartek, 29 października 2026⋅09:30–10:30
        (wcześniej: wtorek, 27 października 2026⋅10:00–11:00)
        Strefa czasowa: Czas środkowoeuropejski – Warszawa

        Informacje o dołączeniu w Google Meet
        Link do rozmowy wideo: https://meet.google.com/ejt-fvmx-zsa

        Paweł, sorry za przesunięcie – we wtorek mamy release i pół zespołu gasi pożary. Reszta bez zmian: 15 min o Tobie, potem przegląd kodu testów, który Ci wcześniej wysłałem.
        Bartek

        Organizator
        Bartosz Sowa
        bartosz.sowa@kopiecsystems.pl

        Goście
        Bartosz Sowa – organizator
        pawel.nowicki@example.org
        julia.kot@kopiecsystems.pl

        Odpowiedz dla pawel.nowicki@example.org: Tak / Nie / Może
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NnQ0cjJwOG0xazl2M3M1ZDdmMGgybjRiOHgg&hl=pl&es=1

        Zaproszenie z Kalendarza Google: https://calendar.google.com/calendar/

        Otrzymujesz ten e-mail, ponieważ jesteś gościem tego wydarzenia. Aby przestać otrzymywać informacje o tym wydarzeniu, odrzuć zaproszenie.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="background:#fef7e0;padding:8px 12px">To wydarzenie zostało zmienione</p>
        <h2 style="font-weight:400">Rozmowa z zespołem QA – Paweł Nowicki</h2>
        <p><span style="color:#d93025;font-weight:bold">Zmieniono</span><br>czwartek, 29 października 2026⋅09:30–10:30<br>
        <span style="text-decoration:line-through;color:#70757a">wtorek, 27 października 2026⋅10:00–11:00</span><br>
        (Czas środkowoeuropejski – Warszawa)</p>
        <p><a href="https://meet.google.com/ejt-fvmx-zsa">Dołącz w Google Meet</a></p>
        <p>Paweł, sorry za przesunięcie – we wtorek mamy release i pół zespołu gasi pożary. Reszta bez zmian: 15 min o Tobie, potem przegląd kodu testów, który Ci wcześniej wysłałem.<br>Bartek</p>
        <p>Goście: Bartosz Sowa – organizator, pawel.nowicki@example.org, julia.kot@kopiecsystems.pl</p>
        <p style="font-size:12px;color:#70757a">Zaproszenie z <a href="https://calendar.google.com/calendar/">Kalendarza Google</a></p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261029T083000Z
        DTEND:20261029T093000Z
        DTSTAMP:20261023T101852Z
        ORGANIZER;CN=Bartosz Sowa:mailto:bartosz.sowa@kopiecsystems.pl
        UID:6t4r2p8m1k9v3s5d7f0h2n4b8x@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bartosz Sowa;X-NUM-GUESTS=0:mailto:bartosz.sowa@kopiecsystems.pl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pawel.nowicki@example.org;X-NUM-GUESTS=0:mailto:pawel.nowicki@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=julia.kot@kopiecsystems.pl;X-NUM-GUESTS=0:mailto:julia.kot@kopiecsystems.pl
        X-GOOGLE-CONFERENCE:https://meet.google.com/ejt-fvmx-zsa
        CREATED:20261016T084410Z
        DESCRIPTION:Paweł\\, sorry za przesunięcie – we wtorek mamy release i pół zespołu gasi pożary. Reszta bez zmian: 15 min o Tobie\\, potem przegląd kodu testów\\, który Ci wcześniej wysłałem.\\nBartek
        LAST-MODIFIED:20261023T101851Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Rozmowa z zespołem QA – Paweł Nowicki
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-23 10:18:52"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, "UTC", "Ue9hF1cX7jMo")),
        ("From", addr("Bartosz Sowa", "bartosz.sowa@kopiecsystems.pl")),
        ("Sender", addr("Kalendarz Google", "calendar-notification@google.com")),
        ("Reply-To", addr("Bartosz Sowa", "bartosz.sowa@kopiecsystems.pl")),
        ("To", ME),
        ("Subject", enc("Zaktualizowane zaproszenie: Rozmowa z zespołem QA – Paweł Nowicki @ czw., 29 paź 2026 09:30–10:30 (CET) (pawel.nowicki@example.org)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-c02e7f35-1a94-48b6-bd20-6e9f4c1a7d83@google.com>"),
    ], mixed(
        alt(text(plain, cte="base64", params="format=flowed; delsp=yes"), html(page),
            calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(N(15), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T11:00:00Z", end="2026-11-02T12:00:00Z",
      contact="hannah.moss@tidewell.energy", company="Tidewell Energy",
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone=LON,
      days=(("Tue", "2026-10-27"), ("Fri", "2026-10-30")),
      note="UK recruiter moves the final round (quoted original: Fri 30 Oct 14:00 GMT) to 'Monday 2 Nov, 11:00-12:00 "
           "UK time'; GMT after 25 Oct -> 11:00Z (= 12:00 in Warsaw, as written); contact = sender")
def p15() -> bytes:
    body = t("""
        Hi Paweł,

        Really sorry to do this - Tom's been pulled into an incident review tomorrow afternoon, so we need to move your final-round chat. I've checked his diary and moved it to Monday 2 Nov, 11:00-12:00 UK time (so 12:00 for you in Warsaw - we're both back on winter time now, so it's the usual one hour). The updated Teams invite is on its way.

        If Monday really doesn't work let me know and I'll find something else, but hopefully that's ok!

        Thanks for your patience,
        Hannah

        --
        Hannah Moss
        Talent Partner | Tidewell Energy
        hannah.moss@tidewell.energy

        On Tue, 27 Oct 2026 at 10:14, Hannah Moss <hannah.moss@tidewell.energy> wrote:
        > Hi Paweł,
        >
        > Great news - Tom would like to meet you for the final round. Confirming Friday 30 October at 14:00 GMT / 15:00 CET, Teams link to follow.
        >
        > Hannah
        """)
    when = "2026-10-29 16:52:37"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", when, LON, "Sz4gW8kD0nPf")),
        ("From", addr("Hannah Moss", "hannah.moss@tidewell.energy")),
        ("To", me()),
        ("Subject", "Re: Tidewell Energy - final round"),
        ("Date", date(when, LON)),
        ("Message-ID", "<CAJp4Fm2xR7bQ0sNv=8cWk1LtY3hZ6dE@mail.gmail.com>"),
        ("In-Reply-To", "<CAJp4Fm0aT5yKc9=Wn2rXb7LvQ1sH4gD@mail.gmail.com>"),
        ("References", "<CAJp4Fm0aT5yKc9=Wn2rXb7LvQ1sH4gD@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(16), family="human_prose", lang="pl", interview=True, kind="rescheduled",
      start="2026-04-08T07:00:00Z", end=None,
      contact="ewelina.pawlak@mediqo.pl", company="Mediqo",
      local="Wed 2026-04-08 09:00", zone=WAW,
      note="Recruiter moved the CTO interview from Friday to 'środę 8.04 na 9:00' and says the invite is already updated; "
           "April -> CEST (UTC+2) -> 07:00Z; sent Thu 2 April; windows-1250 quoted-printable; contact = sender")
def p16() -> bytes:
    body = t("""
        Dzień dobry Panie Pawle,

        niestety w piątek nasz CTO musi być w Poznaniu, więc przełożyłam naszą rozmowę na środę 8.04 na 9:00 (Google Meet, link bez zmian). Zaproszenie w kalendarzu już zaktualizowałam – proszę tylko kliknąć „Tak”.

        Przepraszam za zamieszanie i pozdrawiam serdecznie,
        Ewelina Pawlak
        Talent Acquisition | Mediqo sp. z o.o.
        ul. Grzybowska 62, 00-844 Warszawa
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Dzień dobry Panie Pawle,</p>
        <p>niestety w piątek nasz CTO musi być w Poznaniu, więc przełożyłam naszą rozmowę na <b>środę 8.04 na 9:00</b> (Google Meet, link bez zmian). Zaproszenie w kalendarzu już zaktualizowałam – proszę tylko kliknąć „Tak”.</p>
        <p>Przepraszam za zamieszanie i pozdrawiam serdecznie,<br>Ewelina Pawlak<br>
        <span style="color:#0f766e">Talent Acquisition | Mediqo sp. z o.o.</span><br>ul. Grzybowska 62, 00-844 Warszawa</p>
        </div></body></html>
        """)
    when = "2026-04-02 08:55:19"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-pl1-f176.google.com (mail-pl1-f176.google.com [209.85.214.176])", when, WAW, "Ah5kT3mR9vXe")),
        ("From", addr("Ewelina Pawlak", "ewelina.pawlak@mediqo.pl", "windows-1250")),
        ("To", addr(ME_NAME, ME, "windows-1250")),
        ("Subject", enc("Re: Mediqo – rozmowa z CTO (QA Automation)", "windows-1250")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<CAKx7Hn1eQ4vRm0=Zp8sLc3TbW2yN5fG@mail.gmail.com>"),
        ("In-Reply-To", "<CAKx7Hn0bW9tLp2=Qr5mXc8VzK1sD4hE@mail.gmail.com>"),
        ("References", "<CAKx7Hn0bW9tLp2=Qr5mXc8VzK1sD4hE@mail.gmail.com>"),
    ], alt(text(body, charset="windows-1250"), html(page, charset="windows-1250")))


@mail(N(17), family="workday", lang="en", interview=True, kind="rescheduled",
      start="2026-03-27T14:00:00Z", end="2026-03-27T15:00:00Z",
      contact="kelsey.morgan@strattonfreight.com", company="Stratton Freight Systems",
      local="Fri 2026-03-27 10:00", local_end="2026-03-27 11:00", zone=NYC, days=(("Thu", "2026-03-26"),),
      note="Workday HTML-only 'Interview Rescheduled' with the previous (Thu 26 March 9:00 EDT) and new time; new = "
           "Fri 27 March 10:00-11:00 AM EDT (US daylight time since 8 March) -> 14:00Z (15:00 CET in Warsaw); "
           "contact = recruiter address in the body")
def p17() -> bytes:
    page = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Interview Rescheduled</title></head>
        <body style="margin:0;padding:0;background-color:#f0f1f2">
        <table width="100%" cellspacing="0" cellpadding="0" border="0" style="background-color:#f0f1f2"><tr><td align="center">
        <table width="600" cellspacing="0" cellpadding="0" border="0" style="background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background-color:#004b87;padding:18px 24px;color:#ffffff;font-size:18px">Stratton Freight Systems</td></tr>
        <tr><td style="padding:24px">
        <h2 style="font-size:20px;font-weight:normal;margin:0 0 16px">Interview Rescheduled</h2>
        <p>Hello Pawel,</p>
        <p>Your interview for the position of <b>Senior Software Engineer in Test (R-20418)</b> has been rescheduled.</p>
        <table cellspacing="0" cellpadding="6" border="0" style="font-size:14px;border:1px solid #dddddd;width:100%">
        <tr><td style="background:#f7f7f7;width:150px">Previous Time</td><td><s>Thursday, March 26, 2026 9:00 AM - 10:00 AM EDT</s></td></tr>
        <tr><td style="background:#f7f7f7">New Time</td><td><b>Friday, March 27, 2026 10:00 AM - 11:00 AM EDT</b></td></tr>
        <tr><td style="background:#f7f7f7">Interview Type</td><td>Video (Microsoft Teams)</td></tr>
        <tr><td style="background:#f7f7f7">Interviewers</td><td>Kelsey Morgan (Recruiter), Arjun Mehta (QA Engineering Manager)</td></tr>
        </table>
        <p>The Microsoft Teams link will be sent to you in a separate calendar invitation.</p>
        <p>If you have any questions, please contact Kelsey Morgan at <a href="mailto:kelsey.morgan@strattonfreight.com">kelsey.morgan@strattonfreight.com</a>.</p>
        <p>To view your interview details, sign in to your <a href="https://strattonfreight.wd5.myworkdayjobs.com/en-US/Careers/userHome">Candidate Home</a> account.</p>
        <p>Thank you,<br>Stratton Freight Systems Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888;border-top:1px solid #eeeeee">This email was sent from an unmonitored mailbox. Powered by Workday.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    when = "2026-03-24 09:12:40"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("wd5-mta2.myworkday.com (wd5-mta2.myworkday.com [198.17.213.42])", when, NYC, "Wt6bL2pZ8cQn")),
        ("From", addr("Stratton Freight Systems", "strattonfreight@myworkday.com")),
        ("To", "pawel.nowicki@example.org"),
        ("Subject", "Interview Rescheduled: Senior Software Engineer in Test (R-20418)"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<1842377019.58812.1774357960412@wd5-prod-notify-14.myworkday.com>"),
    ], html(page, cte="quoted-printable"))


@mail(N(18), family="exchange", lang="de", interview=True, kind="cancelled",
      start="2026-10-30T09:00:00Z", end="2026-10-30T10:00:00Z",
      contact="jan.petersen@hafenmark.de", company="Hafenmark Logistik",
      local="Fri 2026-10-30 10:00", local_end="2026-10-30 11:00", zone="Europe/Berlin",
      note="Exchange cancellation (German Outlook, 'Abgesagt:'), METHOD:CANCEL, STATUS:CANCELLED; the slot is only in "
           "the ICS: W. Europe Standard Time 20261030T100000 = CET after 25 Oct -> 09:00Z; reason: hiring freeze; "
           "contact = ORGANIZER / sender")
def p18() -> bytes:
    body = t("""
        Hallo Herr Nowicki,

        leider muss ich unser Interview am Freitag absagen - die Stelle wurde aufgrund eines Einstellungsstopps vorerst auf Eis gelegt. Das tut mir wirklich leid, zumal wir uns sehr auf das Gespräch gefreut hatten.

        Sobald die Position wieder freigegeben wird, melde ich mich direkt bei Ihnen.

        Viele Grüße
        Jan Petersen
        Teamleiter Quality Engineering
        Hafenmark Logistik GmbH | Am Sandtorkai 71 | 20457 Hamburg
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + make.VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Petersen Jan:mailto:jan.petersen@hafenmark.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pawel Nowicki:mailto:pawel.nowicki@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcinkowska Ewa:mailto:ewa.marcinkowska@hafenmark.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Nowicki\\,\\n\\nleider muss ich unser Interview am Freitag absagen - die Stelle wurde aufgrund eines Einstellungsstopps vorerst auf Eis gelegt.\\n\\nViele Grüße\\nJan Petersen\\n
        UID:040000008200E00074C5B7101A82E00800000000B2E81C4D6A43DD01000000000000000010000000C1A5F0E27B3D9E4A8F62D0B4E9C17A35
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Technical Interview - Pawel Nowicki (QA Automation)
        DTSTART;TZID=W. Europe Standard Time:20261030T100000
        DTEND;TZID=W. Europe Standard Time:20261030T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261027T133004Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2118840213
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
    when = "2026-10-27 14:30:04"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2118.outbound.protection.outlook.com [40.107.241.118])", when, "Europe/Berlin", "Fq2nV7sK4bYd")),
        ("From", addr("Petersen Jan", "jan.petersen@hafenmark.de")),
        ("To", "Pawel Nowicki <pawel.nowicki@example.org>"),
        ("CC", "Marcinkowska Ewa <ewa.marcinkowska@hafenmark.de>"),
        ("Subject", "Abgesagt: Technical Interview - Pawel Nowicki (QA Automation)"),
        ("Thread-Topic", "Technical Interview - Pawel Nowicki (QA Automation)"),
        ("Thread-Index", "AdxI6bQ0rW1yKz3mTc8vLp2nXs7EfA=="),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<VI1PR06MB4432D7C0E9A1B5F36E2C8A47D1E09@VI1PR06MB4432.eurprd06.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(outlook_html(body, "de-DE")), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(19), family="human_prose", lang="pl", interview=True, kind="cancelled",
      start="2026-03-26T13:00:00Z", end=None,
      contact="kamil.dudek@groszekpay.pl", company="Groszek Pay",
      local="Thu 2026-03-26 14:00", zone=WAW,
      note="Hiring manager cancels 'jutrzejsze spotkanie (czwartek, godz. 14:00)' because the role is on hold; Date "
           "Wed 25 March -> Thu 26 March, CET (before 29 March) -> 13:00Z; windows-1250 QP, Thunderbird; contact = sender")
def p19() -> bytes:
    body = t("""
        Dzień dobry Panie Pawle,

        z przykrością muszę odwołać nasze jutrzejsze spotkanie (czwartek, godz. 14:00). Zarząd zdecydował wczoraj o wstrzymaniu rekrutacji na stanowisko QA Automation Engineer – budżet na II kwartał został przesunięty na inny projekt.

        Bardzo przepraszam za tak późną informację. Jeśli rekrutacja zostanie wznowiona, odezwę się do Pana w pierwszej kolejności – Pana doświadczenie z testami płatności bardzo nam pasowało.

        Z poważaniem
        Kamil Dudek
        Engineering Manager
        Groszek Pay S.A.
        """)
    when = "2026-03-25 09:12:33"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp.groszekpay.pl (smtp.groszekpay.pl [31.186.80.14])", when, WAW, "Ry8cM1wN5kTb")),
        ("Message-ID", "<4e8b2f1a-6c3d-4a97-b0e5-9d21c7f8a630@groszekpay.pl>"),
        ("Date", date(when, WAW)),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "pl"),
        ("To", addr(ME_NAME, ME, "windows-1250")),
        ("From", addr("Kamil Dudek", "kamil.dudek@groszekpay.pl")),
        ("Subject", enc("Odwołanie spotkania – QA Automation Engineer", "windows-1250")),
    ], text(body, charset="windows-1250", params="format=flowed"))


@mail(N(20), family="google_calendar", lang="pl", interview=True, kind="cancelled",
      start="2026-04-03T11:00:00Z", end="2026-04-03T11:45:00Z",
      contact="marta.sikora@odrarobotics.pl", company="Odra Robotics",
      local="Fri 2026-04-03 13:00", local_end="2026-04-03 13:45", zone=WAW,
      note="Google Calendar 'Anulowane wydarzenie' (Polish UI) with the organizer's note (role filled internally), "
           "METHOD:CANCEL; cancelled slot Fri 3 April 13:00-13:45 CEST -> 11:00Z; contact = ORGANIZER")
def p20() -> bytes:
    plain = t("""
        To wydarzenie zostało anulowane i usunięte z Twojego kalendarza.

        Marta Sikora anulowała to wydarzenie z wiadomością:
        „Panie Pawle, bardzo przepraszam – stanowisko zostało właśnie obsadzone wewnętrznie, więc musimy odwołać piątkową rozmowę. Dziękuję za dotychczasowy czas!”

        Rozmowa – QA Automation (Paweł Nowicki)
        piątek, 3 kwietnia 2026⋅13:00–13:45
        Strefa czasowa: Czas środkowoeuropejski – Warszawa

        Organizator
        Marta Sikora
        marta.sikora@odrarobotics.pl

        Goście
        Marta Sikora – organizator
        pawel.nowicki@example.org
        filip.wilk@odrarobotics.pl

        Zaproszenie z Kalendarza Google: https://calendar.google.com/calendar/

        Otrzymujesz ten e-mail, ponieważ jesteś gościem tego wydarzenia.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="background:#fce8e6;padding:8px 12px">To wydarzenie zostało anulowane i usunięte z Twojego kalendarza.</p>
        <p>Marta Sikora anulowała to wydarzenie z wiadomością:<br><i>„Panie Pawle, bardzo przepraszam – stanowisko zostało właśnie obsadzone wewnętrznie, więc musimy odwołać piątkową rozmowę. Dziękuję za dotychczasowy czas!”</i></p>
        <h2 style="font-weight:400;text-decoration:line-through">Rozmowa – QA Automation (Paweł Nowicki)</h2>
        <p>piątek, 3 kwietnia 2026⋅13:00–13:45 (Czas środkowoeuropejski – Warszawa)</p>
        <p>Goście: Marta Sikora – organizator, pawel.nowicki@example.org, filip.wilk@odrarobotics.pl</p>
        <p style="font-size:12px;color:#70757a">Zaproszenie z <a href="https://calendar.google.com/calendar/">Kalendarza Google</a></p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260403T110000Z
        DTEND:20260403T114500Z
        DTSTAMP:20260331T164011Z
        ORGANIZER;CN=Marta Sikora:mailto:marta.sikora@odrarobotics.pl
        UID:1b5n9c3x7z2v6m0k4q8w2e6r0t@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta Sikora;X-NUM-GUESTS=0:mailto:marta.sikora@odrarobotics.pl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=pawel.nowicki@example.org;X-NUM-GUESTS=0:mailto:pawel.nowicki@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=filip.wilk@odrarobotics.pl;X-NUM-GUESTS=0:mailto:filip.wilk@odrarobotics.pl
        CREATED:20260324T091522Z
        DESCRIPTION:
        LAST-MODIFIED:20260331T164010Z
        LOCATION:
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Rozmowa – QA Automation (Paweł Nowicki)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-31 16:40:11"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])", when, "UTC", "Ib3xP7dQ0fWm")),
        ("From", addr("Marta Sikora", "marta.sikora@odrarobotics.pl")),
        ("Sender", addr("Kalendarz Google", "calendar-notification@google.com")),
        ("Reply-To", addr("Marta Sikora", "marta.sikora@odrarobotics.pl")),
        ("To", ME),
        ("Subject", enc("Anulowane wydarzenie z notatką: Rozmowa – QA Automation (Paweł Nowicki) @ pt., 3 kwi 2026 13:00–13:45 (CEST) (pawel.nowicki@example.org)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-58a1e9d2-7c40-4b6f-93e1-0fd26b8c4a17@google.com>"),
    ], mixed(
        alt(text(plain, cte="base64", params="format=flowed; delsp=yes"), html(page),
            calendar(ics, method="CANCEL", cte="8bit")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(N(21), family="forward_self", lang="pl", interview=True, kind="scheduled",
      start="2026-04-09T09:00:00Z", end=None,
      contact="piotr.grabowski@motlawadata.pl", company="Motława Data",
      local="Thu 2026-04-09 11:00", zone=WAW, days=(("Fri", "2026-04-03"),),
      note="Candidate forwards to his main address a confirmation that reached the old address on his CV; the "
           "forwarded text: 'czwartek 9 kwietnia, 11:00' on-site in Gdańsk, CEST -> 09:00Z; 'ok. półtorej godziny' "
           "-> end null; contact = hiring manager in the forwarded header (the sender is the candidate himself)")
def p21() -> bytes:
    body = t("""
        przerzucam na główną skrzynkę

        ---------- Forwarded message ---------
        Od: Piotr Grabowski <piotr.grabowski@motlawadata.pl>
        Date: pt., 3 kwi 2026 o 17:26
        Subject: Potwierdzenie spotkania - Motława Data
        To: <p.nowicki.1991@example.net>


        Cześć Paweł,

        dzięki za dzisiejszą rozmowę telefoniczną. Potwierdzam: czwartek 9 kwietnia, godz. 11:00, nasze biuro w Gdańsku (ul. Długie Ogrody 88, wejście od strony parkingu, 2. piętro). Spotkasz się ze mną i z Anią Szulc (QA Lead), potem krótko oprowadzimy Cię po biurze. Zarezerwuj sobie ok. półtorej godziny.

        Gdybyś jednak wolał zdalnie, daj znać - ale chętnie poznamy Cię na żywo.

        Do zobaczenia,
        Piotr

        --
        Piotr Grabowski
        Head of Engineering
        Motława Data sp. z o.o.
        """)
    when = "2026-04-03 22:10:48"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])", when, WAW, "Ob6tY4hC2nRk")),
        ("From", addr(ME_NAME, "p.nowicki.1991@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Potwierdzenie spotkania - Motława Data")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<CAM3nTq5vZ8pWc1=Rk4yLb0Xs7mHd2gE@mail.gmail.com>"),
        ("In-Reply-To", "<CAPg7Rt2wN0cXm5=Lb8sKz3Vq1dYh4fT@mail.gmail.com>"),
        ("References", "<CAPg7Rt2wN0cXm5=Lb8sKz3Vq1dYh4fT@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-12T13:30:00Z", end="2026-03-12T14:30:00Z",
      contact="jenna.ruiz@quillmarkhealth.com", company="Quillmark Health",
      local="Thu 2026-03-12 09:30", local_end="2026-03-12 10:30", zone=NYC,
      note="US recruiter: 'confirmed for Thursday (3/12) at 9:30am ET', 60 min; EDT since 8 March -> 13:30Z, which "
           "is 14:30 CET in Warsaw as she writes; sent Mon 9 March -0400; contact = sender")
def p22() -> bytes:
    body = t("""
        Hi Pawel,

        You're confirmed for Thursday (3/12) at 9:30am ET -- that's 2:30pm your time, since we sprang forward yesterday and you guys haven't yet. You'll be meeting Priya and Sam from our QA platform team, 60 min, mostly technical. Zoom details below.

        https://quillmarkhealth.zoom.us/j/81255301147?pwd=Qm9YcU5EeTJZbm1sT0dNR1V1dz09
        Meeting ID: 812 5530 1147
        Passcode: 662190

        Let me know if anything comes up!

        Jenna

        --
        Jenna Ruiz | Technical Recruiter | Quillmark Health
        jenna.ruiz@quillmarkhealth.com
        """)
    when = "2026-03-09 11:47:02"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])", when, NYC, "Ed0kS5vB9mXr")),
        ("From", addr("Jenna Ruiz", "jenna.ruiz@quillmarkhealth.com")),
        ("To", "Pawel Nowicki <pawel.nowicki@example.org>"),
        ("Subject", "Re: Quillmark Health - next steps"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<CAF9wLp3bX0rTn7=Mq2kVz5Yc8sHd1eG@mail.gmail.com>"),
        ("In-Reply-To", "<CAH7qk3n5Rk2wZ=Xc0pLt8Vm4bQs7@mail.example.org>"),
        ("References", "<CAF9wLp0kT4vQm2=Rb7sXc9Nz1dWh5fY@mail.gmail.com>\r\n <CAH7qk3n5Rk2wZ=Xc0pLt8Vm4bQs7@mail.example.org>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(23), family="human_prose", lang="pl", interview=True, kind="scheduled",
      start="2026-10-30T07:30:00Z", end=None,
      contact="jakub.wieczorek@solnalabs.pl", company="Solna Labs",
      local="Fri 2026-10-30 08:30", zone=WAW, days=(("Tue", "2026-10-27"),),
      note="Informal coffee chat with the hiring manager for a Lead QA role, confirmed 'w pt o 8:30'; Date Tue 27 Oct "
           "-> Fri 30 Oct, CET -> 07:30Z; counted as an interview (first conversation of the process); contact = sender")
def p23() -> bytes:
    body = t("""
        Hej Paweł,
        super, to widzimy się w pt o 8:30 w Kafce na parterze naszego biurowca (Prosta 140, wejście od Żelaznej). Nic nie musisz przygotowywać, po prostu pogadamy o zespole, o tym czego szukasz i jak u nas wygląda QA - luźna rozmowa, zanim wejdziemy w formalny proces.
        Ja stawiam kawę :)
        Kuba

        --
        Jakub Wieczorek
        Engineering Manager | Solna Labs
        +48 512 330 871

        W dniu wt., 27 paź 2026 o 18:12 Paweł Nowicki <pawel.nowicki@example.org> napisał(a):
        > Cześć Kuba,
        > dzięki za wiadomość na LinkedInie. Piątek rano mi pasuje, może być 8:30? Potem mam calla o 10.
        > Paweł
        """)
    when = "2026-10-27 19:03:26"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-ed1-f53.google.com (mail-ed1-f53.google.com [209.85.208.53])", when, WAW, "Kn8wR3cF6pZs")),
        ("From", addr("Jakub Wieczorek", "jakub.wieczorek@solnalabs.pl")),
        ("To", me()),
        ("Subject", "Re: Kawa i rozmowa o roli Lead QA"),
        ("Date", date(when, WAW)),
        ("Message-ID", "<CAB2mRt8qW1nXz4=Ld7sKc0Vp5bYh3eJ@mail.gmail.com>"),
        ("In-Reply-To", "<CAH7qk3s1Xv6pR=Tm9cLq2Wz8nBd0@mail.example.org>"),
        ("References", "<CAH7qk3s1Xv6pR=Tm9cLq2Wz8nBd0@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@mail(N(24), family="job_alert", lang="pl", interview=False, company=None,
      note="Just Join IT job alert digest; 'Online interview' and 'rekrutacja w 1 dzień' badges are not a confirmation")
def n24() -> bytes:
    body = t("""
        Cześć Paweł,

        mamy 12 nowych ofert pasujących do Twojego alertu "QA Automation · Warszawa + zdalnie · B2B".

        1. Senior QA Automation Engineer (Playwright) - Vantorix
           Warszawa / zdalnie · 22 000 - 27 000 PLN netto + VAT (B2B)
           Online interview · Rekrutacja w 1 dzień
           https://justjoin.it/job-offer/vantorix-senior-qa-automation-engineer-playwright-warszawa-testing

        2. Test Automation Engineer (Java, Selenium) - Kopiec Systems
           Kraków / hybrydowo · 16 000 - 21 000 PLN netto + VAT (B2B)
           https://justjoin.it/job-offer/kopiec-systems-test-automation-engineer-krakow-testing

        3. SDET - payments - Fernleigh Payments
           Kraków / zdalnie · 19 500 - 25 000 PLN netto + VAT (B2B), 15 000 - 19 000 PLN brutto (UoP)
           Online interview
           https://justjoin.it/job-offer/fernleigh-payments-sdet-payments-krakow-testing

        4. QA Engineer (mobile, Appium) - Wydmy Travel
           Gdańsk / zdalnie · 14 000 - 18 000 PLN netto + VAT (B2B)
           https://justjoin.it/job-offer/wydmy-travel-qa-engineer-mobile-gdansk-testing

        Zobacz wszystkie 12 ofert: https://justjoin.it/alerts/8f31c2/offers

        Powodzenia w rekrutacji!
        Zespół Just Join IT

        Otrzymujesz tę wiadomość, bo ustawiłeś alert ofert. Zarządzaj alertami: https://justjoin.it/profile/alerts
        Wypisz się: https://justjoin.it/unsubscribe?t=8f31c2e7a90b
        """)
    page = "<html><body style=\"font-family:Inter,Arial,sans-serif\"><pre style=\"font-family:inherit;white-space:pre-wrap\">" + (
        body.replace("&", "&amp;").replace("<", "&lt;")) + "</pre></body></html>\n"
    when = "2026-10-12 07:02:15"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("a27-93.smtp-out.eu-west-1.amazonses.com (a27-93.smtp-out.eu-west-1.amazonses.com [54.240.27.93])", when, WAW, "Lc9vT1kM3qZp")),
        ("From", addr("Just Join IT", "no-reply@justjoin.it")),
        ("To", ME),
        ("Subject", enc("12 nowych ofert: QA Automation · Warszawa + zdalnie · B2B")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<0102019280b1c7e3-4d2f9a81-6b0e-4c5d-a7f3-1e9b2c8d4f60-000000@eu-west-1.amazonses.com>"),
        ("List-Unsubscribe", "<https://justjoin.it/unsubscribe?t=8f31c2e7a90b>, <mailto:unsubscribe@justjoin.it?subject=8f31c2e7a90b>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(N(25), family="application_ack", lang="pl", interview=False, company="Cedrowa Ubezpieczenia",
      note="Pracuj.pl 'application sent' receipt; the interview is only a future possibility")
def n25() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f6f8;font-family:Arial,sans-serif;color:#1e2a3b">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
        <tr><td style="padding:24px 32px;border-bottom:1px solid #e6e8eb"><img src="https://static.pracuj.pl/mailing/logo.png" alt="Pracuj.pl" height="28"></td></tr>
        <tr><td style="padding:24px 32px;font-size:15px;line-height:22px">
        <h1 style="font-size:22px;margin:0 0 12px">Twoja aplikacja została wysłana</h1>
        <p>Cześć Paweł,</p>
        <p>potwierdzamy, że 14.10.2026 o 21:37 wysłaliśmy Twoją aplikację:</p>
        <table cellpadding="0" cellspacing="0" style="border:1px solid #e6e8eb;border-radius:6px;width:100%"><tr><td style="padding:16px">
        <b>Specjalista ds. testów automatycznych (Java)</b><br>
        Cedrowa Ubezpieczenia S.A.<br>
        Warszawa, Mokotów · praca hybrydowa · umowa o pracę
        </td></tr></table>
        <p>Pracodawca zapozna się z Twoim CV i skontaktuje się z wybranymi osobami, aby umówić rozmowę rekrutacyjną.
        Status aplikacji sprawdzisz w zakładce <a href="https://www.pracuj.pl/konto/moje-aplikacje">Moje aplikacje</a>.</p>
        <p style="background:#eef6ff;padding:12px;border-radius:6px">Wskazówka: przygotuj się do rozmowy - sprawdź nasz poradnik
        <a href="https://porady.pracuj.pl/rozmowa-kwalifikacyjna/">Rozmowa kwalifikacyjna krok po kroku</a>.</p>
        <p>Powodzenia!<br>Zespół Pracuj.pl</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#7a8594">Grupa Pracuj S.A., ul. Prosta 68, 00-838 Warszawa. Ta wiadomość została wysłana automatycznie.</td></tr>
        </table></td></tr></table></body></html>
        """)
    when = "2026-10-14 21:38:02"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail20.pracuj.pl (mail20.pracuj.pl [195.164.213.20])", when, WAW, "Zb4dN8sR1kWy")),
        ("From", addr("Pracuj.pl", "noreply@pracuj.pl")),
        ("To", ME),
        ("Subject", enc("Twoja aplikacja została wysłana – Specjalista ds. testów automatycznych (Java)")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<apl.20261014213802.9a7c41e2@pracuj.pl>"),
    ], html(page, cte="base64"))


@mail(N(26), family="rejection", lang="pl", interview=False, company="Wisłoport Logistyka",
      days=(("Thu", "2026-03-26"),),
      note="eRecruiter rejection after the on-site interview of 26.03 (thread with the eRecruiter confirmation)")
def n26() -> bytes:
    body = t("""
        Szanowny Panie,

        dziękujemy za udział w spotkaniu rekrutacyjnym w dniu 26.03.2026 (czwartek) oraz za czas poświęcony na wykonanie zadania praktycznego.

        Po analizie wszystkich kandydatur zdecydowaliśmy się kontynuować proces rekrutacji na stanowisko Inżynier ds. Automatyzacji Testów (nr ref. IT/QA/03/2026) z innymi osobami, których doświadczenie jest bliższe obecnym potrzebom zespołu.

        Za Pana zgodą Pana CV pozostanie w naszej bazie kandydatów - być może odezwiemy się przy kolejnych rekrutacjach.

        Życzymy powodzenia w dalszych poszukiwaniach.

        Z poważaniem
        Zespół Rekrutacji
        Wisłoport Logistyka S.A.

        --
        Wiadomość została wygenerowana automatycznie przez system eRecruiter. Prosimy na nią nie odpowiadać.
        """)
    when = "2026-04-02 10:05:51"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mailout1.erecruiter.pl (mailout1.erecruiter.pl [91.197.12.39])", when, WAW, "Hn2pC6wX9tLe")),
        ("From", addr("Wisłoport Logistyka S.A.", "no-reply@erecruiter.pl")),
        ("Reply-To", addr("Rekrutacja Wisłoport", "rekrutacja@wisloport.pl")),
        ("To", me()),
        ("Subject", enc("Informacja o wyniku rekrutacji - Inżynier ds. Automatyzacji Testów (IT/QA/03/2026)")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<erc.20260402100551.7790214@erecruiter.pl>"),
        ("X-Mailer", "eRecruiter Mailing Engine"),
    ], text(body))


@mail(N(27), family="offer", lang="pl", interview=False, company="Smokbyte",
      days=(("Tue", "2026-03-31"), ("Tue", "2026-04-07"), ("Fri", "2026-04-17")),
      note="Offer after two interview rounds (31.03 and 07.04) with a decision deadline; a call is offered but not fixed")
def n27() -> bytes:
    body = t("""
        Cześć Paweł,

        mam dla Ciebie świetne wieści - po rozmowach 31 marca i 7 kwietnia zespół jednogłośnie chce z Tobą pracować! W załączniku przesyłam ofertę współpracy na stanowisku QA Automation Engineer:

        - forma współpracy: B2B, 23 000 PLN netto + VAT miesięcznie
        - 24 dni płatnej przerwy w roku, pakiet medyczny, karta sportowa
        - praca hybrydowa (Kraków, 2 dni w biurze) lub w pełni zdalnie
        - start: 4 maja 2026 lub później, jak Ci pasuje

        Będę wdzięczna za decyzję do piątku 17 kwietnia. Gdybyś chciał omówić szczegóły albo negocjować, daj znać kiedy masz chwilę - zdzwonimy się.

        Trzymam kciuki za pozytywną odpowiedź :)

        Karolina Mazur
        Talent Acquisition Lead | Smokbyte
        karolina.mazur@smokbyte.pl | +48 600 411 207
        """)
    pdf = raw_part([
        ("Content-Type", 'application/pdf; name="Oferta_Smokbyte_Pawel_Nowicki.pdf"'),
        ("Content-Disposition", 'attachment; filename="Oferta_Smokbyte_Pawel_Nowicki.pdf"'),
        ("Content-Transfer-Encoding", "base64"),
    ], "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\nPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    when = "2026-04-10 14:26:09"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])", when, WAW, "Qe7sV0nB2mXk")),
        ("From", addr("Karolina Mazur", "karolina.mazur@smokbyte.pl")),
        ("To", me()),
        ("Subject", enc("Oferta współpracy – QA Automation Engineer 🎉")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<CAD5pXr9vN2kTm0=Wq4sLb7Zc1yHd8eF@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(N(28), family="recruiter_outreach", lang="en", interview=False, company="Northmoor Capital",
      note="LinkedIn InMail from an in-house recruiter asking for a call 'next week'; nothing fixed")
def n28() -> bytes:
    body = t("""
        Oliver Grant sent you a new message

        Oliver Grant
        Senior Technical Recruiter at Northmoor Capital

        Hi Paweł,

        I came across your profile and your talk on contract testing at the Warsaw QA meetup - really impressive stuff. We're building out a Quality Engineering team in our new Kraków tech hub (trading platforms, Python + Playwright, lots of greenfield work) and I think you'd be a great fit for a Senior SDET role.

        Would you be open to a quick 20-minute call next week to hear more? Let me know what times generally work for you and I'll send over an invite.

        Cheers,
        Oliver

        Reply: https://www.linkedin.com/messaging/thread/2-MTc1ZjE4YzgtOWIyNi00N2U0/?trk=eml-inmail-reply

        This email was intended for Paweł Nowicki (QA Automation Engineer | Playwright · Java · CI/CD)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,system-ui,'Segoe UI',Roboto,sans-serif;background:#f3f2ef">
        <table width="512" align="center" style="background:#fff;padding:24px;font-size:14px;color:#191919">
        <tr><td><p style="font-size:16px"><b>Oliver Grant</b> sent you a new message</p>
        <p style="color:#666">Senior Technical Recruiter at Northmoor Capital</p>
        <p>Hi Paweł,</p>
        <p>I came across your profile and your talk on contract testing at the Warsaw QA meetup - really impressive stuff. We're building out a Quality Engineering team in our new Kraków tech hub (trading platforms, Python + Playwright, lots of greenfield work) and I think you'd be a great fit for a Senior SDET role.</p>
        <p>Would you be open to a quick 20-minute call next week to hear more? Let me know what times generally work for you and I'll send over an invite.</p>
        <p>Cheers,<br>Oliver</p>
        <p><a href="https://www.linkedin.com/messaging/thread/2-MTc1ZjE4YzgtOWIyNi00N2U0/?trk=eml-inmail-reply" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Reply</a></p>
        <p style="font-size:11px;color:#888">This email was intended for Paweł Nowicki (QA Automation Engineer | Playwright · Java · CI/CD).<br>© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-10-06 16:31:47"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mailb-ac.linkedin.com (mailb-ac.linkedin.com [108.174.3.197])", when, "UTC", "Mt1xG4bK8rPn")),
        ("From", addr("Oliver Grant via LinkedIn", "inmail-hit-reply@linkedin.com")),
        ("Reply-To", addr("Oliver Grant via LinkedIn", "inmail-hit-reply@linkedin.com")),
        ("To", me()),
        ("Subject", "Senior SDET - Northmoor Capital Krakow hub"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<1728232307812.9f3a1c2e.88412@ltx1-app40147.prod.linkedin.com>"),
        ("X-LinkedIn-Class", "INMAIL"),
        ("X-LinkedIn-Template", "inmail_hit_notification"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail>"),
    ], alt(text(body), html(page)))


@mail(N(29), family="scheduling_link", lang="pl", interview=False, company=None,
      note="IT agency asks the candidate to pick a slot on a Calendly page; nothing booked yet (client unnamed -> company null)")
def n29() -> bytes:
    body = t("""
        Cześć Paweł,

        dzięki za CV i szybki telefon! Klient (fintech z Warszawy, produkt do rozliczeń B2B) chce zrobić pierwszy etap jeszcze w tym tygodniu albo na początku przyszłego.

        Wybierz proszę dogodny termin w moim kalendarzu: https://calendly.com/weronika-kodrekrutacja/30min
        To krótka rozmowa ze mną (30 min, Google Meet) - omówimy projekt, stawkę i dopiero potem umówimy Cię z klientem. Wolne sloty są pon-pt 9:00-16:00.

        Gdyby żaden termin nie pasował, napisz - coś wymyślimy.

        Pozdrawiam
        Weronika Kaczor
        Senior IT Recruiter | Kod Rekrutacja
        weronika.kaczor@kodrekrutacja.pl | +48 795 118 240
        """)
    when = "2026-10-15 11:48:30"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", when, WAW, "Wr6kB3tN0cYs")),
        ("From", addr("Weronika Kaczor", "weronika.kaczor@kodrekrutacja.pl")),
        ("To", me()),
        ("Subject", enc("Rekrutacja QA Automation (fintech, B2B) – wybierz termin")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<CAE8sWt1nM4pXz7=Lq2cKb9Vr0dYh6fJ@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(30), family="slot_proposal", lang="en", interview=False, company="Aarburg Software",
      days=(("Tue", "2026-03-31"), ("Wed", "2026-04-01"), ("Thu", "2026-04-02")),
      note="Recruiter proposes three slots and will send the invite once one is picked; not agreed yet")
def n30() -> bytes:
    body = t("""
        Hi Paweł,

        thanks a lot for the call earlier - great to hear you're interested in the role!

        For the technical interview with our QA lead (about 1 hour, Teams), could you let me know which of these works for you?

        - Tue 31.03., 10:00
        - Wed 01.04., 14:00
        - Thu 02.04., 09:30

        All times are CEST (= Polish time, the clocks will have changed by then). Once you confirm, I'll send you the Teams invitation.

        Best regards,
        Lea Baumann
        Talent Acquisition | Aarburg Software AG
        Bahnhofstrasse 17, 4663 Aarburg, Switzerland
        lea.baumann@aarburg.ch
        """)
    when = "2026-03-26 15:19:44"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.aarburg.ch (mail.aarburg.ch [194.209.61.18])", when, "Europe/Zurich", "Sj3pX7vC1mRb")),
        ("From", addr("Lea Baumann", "lea.baumann@aarburg.ch")),
        ("To", me()),
        ("Subject", "Technical interview - QA Automation Engineer (Krakow) - time slots"),
        ("Date", date(when, "Europe/Zurich")),
        ("Message-ID", "<ZRm4pA7c9Bq2Wt1N@aarburg.ch>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt(text(body), html(outlook_html(body))))


@mail(N(31), family="take_home", lang="pl", interview=False, company="Trawers Software",
      days=(("Mon", "2026-03-30"),),
      note="Take-home task after the first interview, deadline Monday 30.03 23:59; next stage only after review")
def n31() -> bytes:
    body = t("""
        Dzień dobry Panie Pawle,

        dziękujemy za wczorajszą rozmowę! Zgodnie z zapowiedzią przesyłam zadanie rekrutacyjne:
        https://github.com/trawers-recruitment/qa-task-2026 (dostęp nadany dla konta pnowicki-qa)

        W skrócie: proszę przygotować zestaw testów automatycznych dla załączonego REST API (Java lub Kotlin, dowolny framework) wraz z krótkim README - jak uruchomić i co by Pan jeszcze przetestował, mając więcej czasu.

        Termin oddania: poniedziałek 30.03 do godz. 23:59. Link do repozytorium z rozwiązaniem proszę odesłać w odpowiedzi na tę wiadomość.

        Po ocenie zadania odezwiemy się w sprawie drugiego etapu.

        Pozdrawiam
        Magdalena Kurek
        HR Business Partner
        Trawers Software sp. z o.o.
        """)
    when = "2026-03-25 12:40:17"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mx.trawers.com.pl (mx.trawers.com.pl [185.41.22.8])", when, WAW, "Dy5mQ9kT2wNc")),
        ("From", addr("Magdalena Kurek", "m.kurek@trawers.com.pl", "iso-8859-2")),
        ("To", addr(ME_NAME, ME, "iso-8859-2")),
        ("Subject", enc("Zadanie rekrutacyjne - Tester automatyzujący", "iso-8859-2")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<002c01dcbc4b$71a2e3f0$54e8abd0$@trawers.com.pl>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "pl"),
    ], text(body, charset="iso-8859-2"))


@mail(N(32), family="assessment", lang="en", interview=False, company="Tidewell Energy",
      days=(("Fri", "2026-10-16"),),
      note="Online coding assessment invitation with a completion deadline; not an interview")
def n32() -> bytes:
    body = t("""
        Hi Paweł,

        Tidewell Energy has invited you to complete an online assessment as part of your application for QA Automation Engineer (Gdańsk / remote).

        Assessment: QA Automation - coding & test design
        Duration: 90 minutes (timed, can't be paused)
        Complete by: Friday, October 16, 2026, 23:59 BST

        Start assessment: https://app.skillprobe.io/invite/tdw-7f2c9a41e3

        Tips: use a laptop with a stable connection, close other tabs, and make sure you have 90 uninterrupted minutes. You can take a 5-minute practice test first.

        Good luck!
        The SkillProbe team, on behalf of Tidewell Energy

        Need help? support@skillprobe.io
        """)
    when = "2026-10-13 09:04:28"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.skillprobe.io (o1.mail.skillprobe.io [168.245.71.9])", when, LON, "Ta8cR2nV5pXk")),
        ("From", addr("Tidewell Energy via SkillProbe", "assessments@skillprobe.io")),
        ("To", me()),
        ("Subject", "Tidewell Energy invited you to an assessment: QA Automation - coding & test design"),
        ("Date", date(when, LON)),
        ("Message-ID", "<tdw-7f2c9a41e3.1760342668@skillprobe.io>"),
    ], alt(text(body), html("<html><body><pre style=\"font-family:Arial\">" + body.replace("&", "&amp;") + "</pre></body></html>\n")))


@mail(N(33), family="non_interview_calendar", lang="pl", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Dentist appointment confirmation with an ICS: a confirmed time, but not an interview")
def n33() -> bytes:
    body = t("""
        Dzień dobry,

        potwierdzamy rezerwację wizyty:

        Placówka: Centrum Stomatologiczne Uśmiech, ul. Puławska 182 lok. 4, Warszawa
        Lekarz: lek. dent. Anna Wrona
        Usługa: przegląd + skaling
        Termin: wtorek, 27.10.2026, godz. 17:30

        Prosimy o przybycie 10 minut wcześniej. Jeśli nie możesz przyjść, odwołaj wizytę najpóźniej 24 godziny wcześniej:
        https://dentaplan.pl/wizyty/odwolaj/4c91e2a7

        Do zobaczenia!
        Rejestracja Centrum Stomatologicznego Uśmiech
        tel. 22 843 19 07
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//DentaPlan//Rezerwacje//PL
        METHOD:PUBLISH
        """) + VTZ_WAW + "\n" + t("""
        BEGIN:VEVENT
        UID:wizyta-4c91e2a7@dentaplan.pl
        DTSTAMP:20261022T071533Z
        DTSTART;TZID=Europe/Warsaw:20261027T173000
        DTEND;TZID=Europe/Warsaw:20261027T181500
        SUMMARY:Wizyta: lek. dent. Anna Wrona (przegląd + skaling)
        LOCATION:Centrum Stomatologiczne Uśmiech\\, ul. Puławska 182 lok. 4\\, Warszawa
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-22 09:15:33"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp.dentaplan.pl (smtp.dentaplan.pl [188.128.77.40])", when, WAW, "Ve1sK6mP3dYw")),
        ("From", addr("Centrum Stomatologiczne Uśmiech", "powiadomienia@dentaplan.pl")),
        ("To", ME),
        ("Subject", enc("Potwierdzenie wizyty – wtorek 27.10.2026, godz. 17:30")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<rez.4c91e2a7.1761117333@dentaplan.pl>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="wizyta.ics",
                                  disposition="attachment", name_param=True)))


@mail(N(34), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Recurring daily stand-up invite (Exchange, Central European Standard Time, RRULE) from the current B2B client")
def n34() -> bytes:
    teams = TEAMS_EN.format(mid="YjM5ZTFhMmQtNGU4Yy00ZjcxLWI2MDktMWE3YzNmOGQ1ZTIy",
                            tid="c4d1e8a2-5b7f-4e90-8a36-2f1b0d9c7e45", num="291 604 883 517", code="Rt5wQ2")
    body = t("""
        Hi all,

        new sprint cadence for Team Falcon - stand-up moves to 9:15, same Teams room. Paweł, welcome on board, you're added from Monday.

        Łukasz

        """) + teams
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_CEST_EX + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kwiatkowski Łukasz:mailto:lukasz.kwiatkowski@vantorix.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pawel.nowicki@example.org:mailto:pawel.nowicki@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Falcon:mailto:team-falcon@vantorix.com
        DESCRIPTION;LANGUAGE=en-US:new sprint cadence for Team Falcon - stand-up moves to 9:15\\, same Teams room.\\n
        RRULE:FREQ=WEEKLY;UNTIL=20261231T081500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000D8A41F7C3B52DD0100000000000000001000000066B2E9C4A07F1D4E8B3C5A2F9E0D7B16
        SUMMARY;LANGUAGE=en-US:Daily Stand-up - Team Falcon
        DTSTART;TZID=Central European Standard Time:20261005T091500
        DTEND;TZID=Central European Standard Time:20261005T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T124511Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
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
    when = "2026-10-02 14:45:11"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2102.outbound.protection.outlook.com [40.107.7.102])", when, WAW, "Ho7tB1xZ4kQm")),
        ("From", addr("Kwiatkowski Łukasz", "lukasz.kwiatkowski@vantorix.com")),
        ("To", "Team Falcon <team-falcon@vantorix.com>, \"pawel.nowicki@example.org\" <pawel.nowicki@example.org>"),
        ("Subject", "Daily Stand-up - Team Falcon"),
        ("Thread-Topic", "Daily Stand-up - Team Falcon"),
        ("Date", date(when, WAW)),
        ("Message-ID", "<HE1PR04MB3307A92C1E0F4D8B7C5A61E2F0B93@HE1PR04MB3307.eurprd04.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), html(outlook_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(35), family="non_interview_calendar", lang="pl", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Google Calendar invite from the current client's delivery manager: 'Rozmowa o przedłużeniu współpracy' "
           "(contract extension / quarterly feedback) - a 1:1 with the current client, not a job interview")
def n35() -> bytes:
    plain = t("""
        Rozmowa o przedłużeniu współpracy – Paweł N. / Vantorix
        poniedziałek, 19 października 2026⋅15:00–15:30
        Strefa czasowa: Czas środkowoeuropejski – Warszawa

        Informacje o dołączeniu w Google Meet
        Link do rozmowy wideo: https://meet.google.com/rpa-yqkc-dmx

        Hej Paweł, krótko o feedbacku z kwartału i o tym, czy przedłużamy kontrakt od stycznia. Nic nie musisz przygotowywać.
        Olga

        Organizator
        Olga Szymańska
        olga.szymanska@vantorix.com

        Goście
        Olga Szymańska – organizator
        pawel.nowicki@example.org

        Odpowiedz dla pawel.nowicki@example.org: Tak / Nie / Może

        Zaproszenie z Kalendarza Google: https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261019T130000Z
        DTEND:20261019T133000Z
        DTSTAMP:20261014T082733Z
        ORGANIZER;CN=Olga Szymańska:mailto:olga.szymanska@vantorix.com
        UID:0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Olga Szymańska;X-NUM-GUESTS=0:mailto:olga.szymanska@vantorix.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pawel.nowicki@example.org;X-NUM-GUESTS=0:mailto:pawel.nowicki@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/rpa-yqkc-dmx
        CREATED:20261014T082700Z
        DESCRIPTION:Hej Paweł\\, krótko o feedbacku z kwartału i o tym\\, czy przedłużamy kontrakt od stycznia. Nic nie musisz przygotowywać.\\nOlga
        LAST-MODIFIED:20261014T082732Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Rozmowa o przedłużeniu współpracy – Paweł N. / Vantorix
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-14 08:27:33"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", when, "UTC", "Yq4nD8cL2vTs")),
        ("From", addr("Olga Szymańska", "olga.szymanska@vantorix.com")),
        ("Sender", addr("Kalendarz Google", "calendar-notification@google.com")),
        ("Reply-To", addr("Olga Szymańska", "olga.szymanska@vantorix.com")),
        ("To", ME),
        ("Subject", enc("Zaproszenie: Rozmowa o przedłużeniu współpracy – Paweł N. / Vantorix @ pon., 19 paź 2026 15:00–15:30 (CEST) (pawel.nowicki@example.org)")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<calendar-a3e6f9c1-04b2-4d87-b1f5-7c2d8e0a9f36@google.com>"),
    ], mixed(
        alt(text(plain, cte="base64", params="format=flowed; delsp=yes"), calendar(ics, method="REQUEST", cte="8bit")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@mail(N(36), family="personal_appointment", lang="pl", interview=False, company=None,
      note="Estate agent confirms an apartment viewing 'w czwartek o 18:00'; personal, not an interview")
def n36() -> bytes:
    body = t("""
        Dzień dobry Panie Pawle,

        potwierdzam oglądanie mieszkania przy ul. Odyńca (Mokotów, 2 pokoje, 48 m2) w czwartek o 18:00. Proszę dzwonić domofonem pod nr 14, będę czekał na miejscu razem z właścicielką.

        Gdyby coś się zmieniło, proszę o SMS na nr 604 772 319.

        Pozdrawiam
        Krzysztof Bąk
        Agent nieruchomości | Dom i Klucz Nieruchomości
        """)
    when = "2026-10-13 12:07:58"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("poczta.domiklucz.pl (poczta.domiklucz.pl [91.215.40.6])", when, WAW, "Pm2vF5sW9bKc")),
        ("From", addr("Krzysztof Bąk", "k.bak@domiklucz.pl", "iso-8859-2")),
        ("To", ME),
        ("Subject", enc("Re: Mieszkanie ul. Odyńca - oglądanie", "iso-8859-2")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<5d1e27a0c3b44f9e@poczta.domiklucz.pl>"),
        ("X-Mailer", "Poczta WP"),
    ], text(body, charset="iso-8859-2", cte="8bit"))


@mail(N(37), family="meetup", lang="pl", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Meetup registration confirmation; one talk is a live mock 'rozmowa rekrutacyjna' on stage")
def n37() -> bytes:
    body = t("""
        Cześć Paweł,

        Twoje miejsce na wydarzeniu jest potwierdzone!

        Warsaw Test Automation Meetup #38
        środa, 21 października 2026, 18:00-21:00
        Vantorix HQ, ul. Grzybowska 5A, Warszawa (sala Atlas, 4 piętro)

        Agenda:
        18:00 Networking, pizza
        18:30 "Playwright w monorepo - lekcje z 2 lat" - Iga Zając
        19:15 "Rozmowa rekrutacyjna oczami QA Leada" - live mock interview na scenie z ochotnikiem z sali
        20:00 Lightning talks + networking

        Dodaj do kalendarza: https://www.meetup.com/warsaw-test-automation/events/306118447/ical/
        Nie możesz przyjść? Zwolnij miejsce dla osób z listy oczekujących: https://www.meetup.com/warsaw-test-automation/events/306118447/

        Do zobaczenia!
        Organizatorzy Warsaw Test Automation
        """)
    when = "2026-10-12 19:22:10"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail180-22.suw11.mandrillapp.com (mail180-22.suw11.mandrillapp.com [198.2.180.22])", when, WAW, "Cx6tN2kR8pLw")),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", me()),
        ("Subject", enc("Potwierdzenie: Warsaw Test Automation Meetup #38 – środa, 21 października")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<20261012172210.7f1a2c9b4e@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ], text(body))


@mail(N(38), family="marketing_webinar", lang="pl", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Bulldogjob webinar titled like an interview ('Rozmowa techniczna z testerem'), with an ICS (METHOD:PUBLISH)")
def n38() -> bytes:
    body = t("""
        Cześć!

        Dziękujemy za zapis na webinar:

        "Rozmowa techniczna z testerem automatyzującym - jak ją przejść?"
        czwartek, 19.03.2026, godz. 19:00 (ok. 60 min + Q&A)

        Poprowadzą: Marta Lis (QA Lead) i Tomek Wrzos (Engineering Manager). Pokażemy na żywo przykładowe zadania z rozmów rekrutacyjnych i omówimy najczęstsze błędy kandydatów.

        Link do transmisji: https://bulldogjob.pl/webinary/rozmowa-techniczna-tester/live
        Plik .ics w załączniku - dodaj wydarzenie do kalendarza, żeby nie przegapić.

        Do usłyszenia,
        Zespół Bulldogjob

        Otrzymujesz tę wiadomość, bo zapisałeś się na webinar. Wypisz się: https://bulldogjob.pl/unsubscribe/9c1f7e
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Bulldogjob//Webinary//PL
        METHOD:PUBLISH
        """) + VTZ_WAW + "\n" + t("""
        BEGIN:VEVENT
        UID:webinar-rozmowa-techniczna-tester-20260319@bulldogjob.pl
        DTSTAMP:20260316T100000Z
        DTSTART;TZID=Europe/Warsaw:20260319T190000
        DTEND;TZID=Europe/Warsaw:20260319T200000
        SUMMARY:Webinar: Rozmowa techniczna z testerem automatyzującym - jak ją przejść?
        URL:https://bulldogjob.pl/webinary/rozmowa-techniczna-tester/live
        LOCATION:Online
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-03-16 10:00:12"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.bulldogjob.pl (mta3.bulldogjob.pl [185.243.52.13])", when, WAW, "Ba9wQ3mV7nXt")),
        ("From", addr("Bulldogjob", "newsletter@bulldogjob.pl")),
        ("To", ME),
        ("Subject", enc("Jesteś zapisany: Rozmowa techniczna z testerem automatyzującym – czw. 19.03, 19:00")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<webinar.9c1f7e.20260316@bulldogjob.pl>"),
        ("List-Unsubscribe", "<https://bulldogjob.pl/unsubscribe/9c1f7e>"),
        ("Precedence", "bulk"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                  disposition="attachment")))


@mail(N(39), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Calendly booking of a paid mock technical interview with a career coach; a confirmed time, but practice, "
           "not a job interview")
def n39() -> bytes:
    body = t("""
        Hi Paweł Nowicki,

        Your Mock Technical Interview (QA/SDET) – 60 min with Rachel Byrne at 10:00am (Central European Time) on Saturday, October 17, 2026 is scheduled.

        Event Type:
        Mock Technical Interview (QA/SDET) – 60 min

        Event Date/Time:
        10:00am - 11:00am (Central European Time) on Saturday, October 17, 2026

        Location:
        This is a Zoom web conference.
        Join: https://us06web.zoom.us/j/86120934471?pwd=aVRzN2JxS0hNeWZkT0ZwV1FEUmJ2dz09

        Payment:
        €90.00 paid via Stripe

        Questions:

        What role are you preparing for?
        Senior QA Automation (Playwright/TS), mostly UK & German companies with Polish hubs - want to practise the system-design-for-testing part.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/91e0d2b4-7f3a-4c6e-a58d-2b1c9e0f7a43
        Reschedule: https://calendly.com/reschedulings/91e0d2b4-7f3a-4c6e-a58d-2b1c9e0f7a43

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:91e0d2b4-7f3a-4c6e-a58d-2b1c9e0f7a43@calendly.com
        DTSTAMP:20261013T173209Z
        DTSTART:20261017T080000Z
        DTEND:20261017T090000Z
        SUMMARY:Mock Technical Interview (QA/SDET) – 60 min (Paweł Nowicki and Rachel Byrne)
        LOCATION:https://us06web.zoom.us/j/86120934471
        ORGANIZER;CN=Rachel Byrne:mailto:rachel@byrnecareercoaching.com
        ATTENDEE;CN=Paweł Nowicki;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:pawel.nowicki@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-13 17:32:09"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("o7.email.calendly.com (o7.email.calendly.com [167.89.60.231])", when, "UTC", "Nf5bX1pK7wRz")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Rachel Byrne", "rachel@byrnecareercoaching.com")),
        ("To", ME),
        ("Subject", enc("Confirmed: Mock Technical Interview (QA/SDET) – 60 min with Rachel Byrne on Saturday, October 17, 2026")),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<b2c7e1f04a9d4e36a8f1c5d0e2b7a943@calendly.com>"),
    ], mixed(text(body), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                  disposition="attachment")))


@mail(N(40), family="podcast", lang="pl", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Podcast host confirms recording an interview ('wywiad') with the user; a confirmed time, not a job interview")
def n40() -> bytes:
    body = t("""
        Cześć Paweł!

        Super, że się zgodziłeś :) Potwierdzam nagranie wywiadu do podcastu "Testerzy po godzinach" - wtorek 13.10 o 19:00, zdalnie przez Riverside: https://riverside.fm/studio/testerzy-po-godzinach?t=6c2a91

        Temat: contract testing w praktyce + jak wyglądają dziś rozmowy rekrutacyjne na QA Automation (masz świeże doświadczenia, więc będzie o czym gadać). Nagranie ok. 45-60 min, potem montaż i publikacja za ~2 tygodnie.

        Przydadzą się słuchawki i w miarę cichy pokój. Pytania podeślę w poniedziałek.

        Dzięki i do usłyszenia!
        Michał Bury
        "Testerzy po godzinach" - podcast o jakości oprogramowania
        """)
    when = "2026-10-08 21:15:40"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-oi1-f181.google.com (mail-oi1-f181.google.com [209.85.167.181])", when, WAW, "Ug8cT4mB0vNq")),
        ("From", addr("Michał Bury", "michal@testerzypogodzinach.pl")),
        ("To", me()),
        ("Subject", enc("Nagranie podcastu – potwierdzenie terminu 🎙️")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<CAG1vRm7pK3xWz9=Nc2sLq5Tb8dYh0eM@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(41), family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Freelance interviewing platform books the user to interview someone else (he is the interviewer); a "
           "confirmed time, not his own job interview")
def n41() -> bytes:
    body = t("""
        Hi Paweł,

        You've been booked to conduct an interview. Thanks for helping out!

        Role: SDET (mid-level) - client: a Berlin-based mobility startup
        Candidate: Tomasz K. (CV and scorecard in your dashboard)
        When: Thursday, Oct 15, 2026, 5:00 PM - 6:00 PM CEST
        Format: 15 min experience, 35 min live test-design exercise, 10 min candidate questions

        Join from your interviewer dashboard: https://app.peerpanel.io/interviewer/sessions/pp-44817
        Please submit the scorecard within 2 hours after the session - payout (€75) is released once it's in.

        Can't make it? Release the slot at least 24h in advance so we can reassign it.

        PeerPanel Interviewer Ops
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//PeerPanel//Sessions//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:pp-44817@peerpanel.io
        DTSTAMP:20261012T103002Z
        DTSTART:20261015T150000Z
        DTEND:20261015T160000Z
        SUMMARY:[PeerPanel] You interview: Tomasz K. - SDET (mid)
        ORGANIZER;CN=PeerPanel:mailto:sessions@peerpanel.io
        ATTENDEE;CN=Pawel Nowicki;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pawel.nowicki@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-12 12:30:02"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.peerpanel.io (o22.mail.peerpanel.io [149.72.201.88])", when, WAW, "Ik3wZ7cR1tMn")),
        ("From", addr("PeerPanel", "sessions@peerpanel.io")),
        ("To", ME),
        ("Subject", "You're booked: interview with Tomasz K. (SDET, mid) - Thu Oct 15, 5:00 PM CEST"),
        ("Date", date(when, WAW)),
        ("Message-ID", "<pp-44817.booking.1760265002@peerpanel.io>"),
    ], mixed(text(body), calendar(ics, method="REQUEST", cte="7bit", filename="session.ics",
                                  disposition="attachment")))


@mail(N(42), family="reference_call", lang="en", interview=False, company="Keswick Systems",
      days=(("Thu", "2026-04-09"),),
      note="Recruiter confirms a reference call in which the user is the referee for a former colleague")
def n42() -> bytes:
    body = t("""
        Hi Paweł,

        Thanks so much for agreeing to act as a referee for Marek Zając - really appreciated.

        Just confirming our reference call for Thursday 9 April at 16:00 Warsaw time. It'll take about 15 minutes; I'll call you on +48 501 *** *** (the number Marek shared). Questions will mostly be about the time you worked together at Cyrkiel Software: his test-automation work, how he handled releases, and how he works in a team.

        Speak soon,
        Beth

        Beth Lawson
        Senior Recruiter | Keswick Systems
        beth.lawson@keswicksystems.com
        """)
    when = "2026-04-07 11:20:37"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-yw1-f169.google.com (mail-yw1-f169.google.com [209.85.128.169])", when, LON, "Gp0sM4vK8cXb")),
        ("From", addr("Beth Lawson", "beth.lawson@keswicksystems.com")),
        ("To", me()),
        ("Subject", "Re: Reference for Marek Zajac"),
        ("Date", date(when, LON)),
        ("Message-ID", "<CAN4tYq8wB1mRz5=Xp0cLk7Vs2dTh9fQ@mail.gmail.com>"),
        ("In-Reply-To", "<CAH7qk3t4Lm8wX=Qv1nRc6Zp0bYs3@mail.example.org>"),
        ("References", "<CAN4tYq2xC7pKm0=Wr5sLb3Vz8dNh1gE@mail.gmail.com>\r\n <CAH7qk3t4Lm8wX=Qv1nRc6Zp0bYs3@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(43), family="auto_reply", lang="de", interview=False, company="Hafenmark Logistik",
      days=(("Fri", "2026-11-06"),),
      note="German/English out-of-office auto-reply (Auto-Submitted: auto-replied) to the candidate's reply to the "
           "cancellation; quotes the subject of the cancelled interview")
def n43() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 06.11.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an karriere@hafenmark.de.

        Thank you for your message. I am out of the office until Friday, 6 November 2026, with limited access to e-mail. For urgent matters please contact karriere@hafenmark.de.

        Mit freundlichen Grüßen / Kind regards
        Jan Petersen
        Hafenmark Logistik GmbH
        """)
    when = "2026-10-27 19:45:12"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2131.outbound.protection.outlook.com [40.107.241.131])", when, "Europe/Berlin", "Ew9rC2kN6pTz")),
        ("From", addr("Petersen Jan", "jan.petersen@hafenmark.de")),
        ("To", "Pawel Nowicki <pawel.nowicki@example.org>"),
        ("Subject", "Automatische Antwort: Abgesagt: Technical Interview - Pawel Nowicki (QA Automation)"),
        ("Thread-Topic", "Abgesagt: Technical Interview - Pawel Nowicki (QA Automation)"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<VI1PR06MB4432F0C1A9E2B74D83E5A9C6B2F14@VI1PR06MB4432.eurprd06.prod.outlook.com>"),
        ("In-Reply-To", "<CAH7qk3u9Wz2mC=Rx4pLt7Nb0vKs5@mail.example.org>"),
        ("References", "<CAH7qk3u9Wz2mC=Rx4pLt7Nb0vKs5@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "jan.petersen@hafenmark.de"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html(outlook_html(body, "de-DE"))))


@mail(N(44), family="bounce", lang="pl", interview=False, company=None,
      note="Postfix bounce of the candidate's own reply ('Pasuje mi wtorek o 10:30') sent to a mistyped domain; "
           "the returned message is his proposal, never delivered, so nothing is confirmed here")
def n44() -> bytes:
    orig_body = t("""
        Dzień dobry Pani Magdaleno,

        dziękuję za zaproszenie. Pasuje mi wtorek o 10:30, ewentualnie środa po 13:00.

        Z poważaniem
        Paweł Nowicki
        """)
    original = message([
        ("Message-ID", "<CAH7qk3m2Pq7vY=Nc5rLx0Wt9bKs1@mail.example.org>"),
        ("Date", date("2026-03-19 21:08:29", WAW)),
        ("From", me()),
        ("To", addr("Magdalena Kurek", "m.kurek@trawres.com.pl")),
        ("Subject", enc("Re: Rozmowa rekrutacyjna - Tester automatyzujący")),
        ("In-Reply-To", "<001401dcb7a9$8f2e4c10$ad8ce430$@trawers.com.pl>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "pl"),
    ], text(orig_body, params="format=flowed", cte="8bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <m.kurek@trawres.com.pl>: Host or domain name not found. Name service error
            for name=trawres.com.pl type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F2A81C0D3
        X-Postfix-Sender: rfc822; pawel.nowicki@example.org
        Arrival-Date: Thu, 19 Mar 2026 21:08:31 +0100 (CET)

        Final-Recipient: rfc822; m.kurek@trawres.com.pl
        Original-Recipient: rfc822;m.kurek@trawres.com.pl
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=trawres.com.pl type=AAAA: Host not found
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], notice),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        attached_message(original),
        params="report-type=delivery-status",
    )
    report.headers = [*report.headers, ("Content-Transfer-Encoding", "8bit")]
    when = "2026-03-19 21:08:33"
    return message([
        ("Return-Path", "<>"),
        ("Delivered-To", ME),
        ("Received", "by mx1.example.org (Postfix)\r\n id 7B3D01C0E5; " + date(when, WAW) + " (CET)"),
        ("Date", date(when, WAW) + " (CET)"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ME),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20260319200833.7B3D01C0E5@mx1.example.org>"),
    ], report)


@mail(N(45), family="newsletter_tips", lang="pl", interview=False, company=None,
      note="No Fluff Jobs newsletter about technical interviews for testers; a 'live Q&A w czwartek' is no appointment")
def n45() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Newsletter</title></head>
        <body style="margin:0;background:#f2f2f2;font-family:'Open Sans',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="background:#00a651;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold">No Fluff Jobs · Newsletter</td></tr>
        <tr><td style="padding:24px;font-size:15px;line-height:23px;color:#222">
        <h1 style="font-size:22px">5 pytań, które usłyszysz na rozmowie technicznej na QA Automation</h1>
        <p>Rozmowa rekrutacyjna na testera automatyzującego coraz rzadziej kończy się na teorii ISTQB. Zapytaliśmy 14 QA Leadów z Warszawy, Krakowa i Wrocławia, o co pytają najczęściej:</p>
        <ol>
        <li>Jak radzisz sobie z niestabilnymi (flaky) testami w CI?</li>
        <li>Page Object czy Screenplay - i dlaczego?</li>
        <li>Jak przetestujesz API, które nie ma jeszcze dokumentacji?</li>
        <li>Co automatyzujesz najpierw w nowym projekcie?</li>
        <li>Opowiedz o błędzie, który przeszedł na produkcję - i czego się nauczyłeś.</li>
        </ol>
        <p><a href="https://nofluffjobs.com/pl/blog/rozmowa-techniczna-qa-automation-pytania" style="color:#00a651">Przeczytaj cały artykuł &rarr;</a></p>
        <h2 style="font-size:18px">Live Q&amp;A w czwartek o 18:00</h2>
        <p>Masz pytania o rozmowę techniczną? Zadaj je naszym ekspertom na żywo na LinkedInie - bez rejestracji.</p>
        <h2 style="font-size:18px">Oferty tygodnia dla testerów</h2>
        <p>Senior QA Engineer · Odra Robotics · Wrocław · 18 000 - 23 000 PLN B2B<br>
        Test Automation Lead · Bank Wiślany · Warszawa · 20 000 - 26 000 PLN UoP</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#888">Otrzymujesz ten newsletter, bo masz konto w No Fluff Jobs.
        <a href="https://nofluffjobs.com/pl/newsletter/unsubscribe?u=7d2e4a">Wypisz się</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    when = "2026-10-08 10:00:03"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mta-13.mail.nofluffjobs.com (mta-13.mail.nofluffjobs.com [185.136.66.13])", when, WAW, "Fz1pW5nC9kRt")),
        ("From", addr("No Fluff Jobs", "newsletter@nofluffjobs.com")),
        ("To", ME),
        ("Subject", enc("5 pytań, które usłyszysz na rozmowie technicznej na QA Automation")),
        ("Date", date(when, WAW)),
        ("Message-ID", "<nl-2026-41.7d2e4a@mail.nofluffjobs.com>"),
        ("List-Unsubscribe", "<https://nofluffjobs.com/pl/newsletter/unsubscribe?u=7d2e4a>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(N(46), family="platform_notification", lang="en", interview=False, company="Tidewell Energy",
      note="LinkedIn 'your application was viewed' notification; no interview")
def n46() -> bytes:
    body = t("""
        Your application was viewed by Tidewell Energy

        Paweł, your application for QA Automation Engineer (Gdańsk / remote) was viewed by the hiring team at Tidewell Energy.

        Applied 5 days ago · 38 applicants

        View application: https://www.linkedin.com/jobs/view/4102277815/?trk=eml-jobs_applicant_viewed

        Tip: applicants who follow up with a short note to the hiring team are more likely to hear back.

        This email was intended for Paweł Nowicki (QA Automation Engineer | Playwright · Java · CI/CD)
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application_viewed
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    when = "2026-10-09 14:12:51"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mailb-dc.linkedin.com (mailb-dc.linkedin.com [108.174.6.202])", when, "UTC", "Rb7kT0xW3mNp")),
        ("From", addr("LinkedIn", "jobs-noreply@linkedin.com")),
        ("To", me()),
        ("Subject", "Your application was viewed by Tidewell Energy"),
        ("Date", date(when, "UTC")),
        ("Message-ID", "<1728483171204.5e7d1a0c.33102@ltx1-app39980.prod.linkedin.com>"),
        ("X-LinkedIn-Class", "JOBS-APPLICANT"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application_viewed>"),
    ], text(body, cte="base64"))


@mail(N(47), family="availability_request", lang="pl", interview=False, company="Nordhafen Versicherung",
      note="B2B broker asks for 2-3 slots for a client interview next week; nothing fixed (thread continues in the "
           "broker's later confirmation)")
def n47() -> bytes:
    body = t("""
        Hej Paweł,

        mam dobre wieści - Nordhafen (ubezpieczenia, hub w Gdańsku, projekt na min. 12 mies.) chce się z Tobą spotkać w przyszłym tygodniu. Rozmowa techniczna ok. 1h, zdalnie, z Head of QA i kimś z HR.

        Podeślesz mi 2-3 sloty? Najlepiej wt-czw między 10 a 16. Jak dostanę od Ciebie terminy, to od razu ustalę z klientem i dam znać.

        Stawka bez zmian, tak jak rozmawialiśmy (170-185 PLN/h netto).

        Pozdrawiam
        Ada Piątek
        IT Contractor Manager | B2Bridge
        ada.piatek@b2bridge.pl | +48 698 204 556
        """)
    when = "2026-10-16 14:03:20"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-wm1-f42.google.com (mail-wm1-f42.google.com [209.85.128.42])", when, WAW, "Jx2cN7bR5tWq")),
        ("From", addr("Ada Piątek", "ada.piatek@b2bridge.pl")),
        ("To", me()),
        ("Subject", "Nordhafen - Senior QA (B2B)"),
        ("Date", date(when, WAW)),
        ("Message-ID", "<5F0D2C91-7A3E-4B18-9E64-C2A17D0B8E35@b2bridge.pl>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(48), family="post_interview", lang="en", interview=False, company="Quillmark Health",
      note="Recruiter's thanks after yesterday's interview; next steps 'by end of next week', nothing scheduled")
def n48() -> bytes:
    body = t("""
        Hi Pawel,

        Thanks again for your time yesterday - Priya and Sam really enjoyed the conversation, especially your take on testing the claims pipeline. We're meeting as a team on Tuesday to compare notes and I'll be in touch with next steps by the end of next week at the latest.

        Have a great weekend!
        Jenna

        --
        Jenna Ruiz | Technical Recruiter | Quillmark Health
        jenna.ruiz@quillmarkhealth.com
        """)
    when = "2026-03-13 13:05:41"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-qk1-f175.google.com (mail-qk1-f175.google.com [209.85.222.175])", when, NYC, "Lw8pB3kV6nZc")),
        ("From", addr("Jenna Ruiz", "jenna.ruiz@quillmarkhealth.com")),
        ("To", "Pawel Nowicki <pawel.nowicki@example.org>"),
        ("Subject", "Thanks for interviewing with Quillmark Health"),
        ("Date", date(when, NYC)),
        ("Message-ID", "<CAF9wLp6cM2xQz8=Tn4kVb1Ys0dRh7eL@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(49), family="rejection", lang="de", interview=False, company="Aarburg Software",
      days=(("Wed", "2026-04-01"),),
      note="Personio rejection in German after the interview of 01.04.2026")
def n49() -> bytes:
    body = t("""
        Guten Tag Herr Nowicki,

        vielen Dank für Ihr Interesse an der Position QA Automation Engineer (Krakau) und für das angenehme Gespräch am 01.04.2026.

        Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin bzw. einen anderen Kandidaten entschieden haben, deren bzw. dessen Profil noch etwas besser zu unseren aktuellen Anforderungen passt.

        Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

        Freundliche Grüsse
        Lea Baumann
        Talent Acquisition
        Aarburg Software AG
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    when = "2026-04-14 16:48:30"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.personio.de (mail-eu-central-1b.personio.de [3.125.61.14])", when, "Europe/Zurich", "Tc5vK9mQ2bWs")),
        ("From", addr("Aarburg Software AG", "noreply@mail.personio.de")),
        ("Reply-To", addr("Lea Baumann", "lea.baumann@aarburg.ch")),
        ("To", me()),
        ("Subject", enc("Ihre Bewerbung als QA Automation Engineer (Krakau) – Rückmeldung")),
        ("Date", date(when, "Europe/Zurich")),
        ("Message-ID", "<20260414144830.a9f3c1e07b2d@mail.personio.de>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(50), family="candidate_survey", lang="en", interview=False, company="Lumenfield",
      days=(("Mon", "2026-03-30"),),
      note="Teamtailor candidate-experience survey about the interview already held on Monday 30 March")
def n50() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f5;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;font-size:15px;line-height:1.5;color:#18181b">
        <tr><td style="padding:28px 32px">
        <p>Hi Paweł,</p>
        <p>You recently had an interview with Lumenfield for the <strong>QA Automation Engineer</strong> role (Monday, March 30, 15:00). We'd love to hear how it went for you &ndash; it takes less than 2 minutes and is completely anonymous.</p>
        <p style="font-size:13px;color:#71717a">How likely is it that you would recommend applying to Lumenfield to a friend?</p>
        <p><a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=0">0</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=1">1</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=2">2</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=3">3</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=4">4</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=5">5</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=6">6</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=7">7</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=8">8</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=9">9</a> <a href="https://lumenfield.teamtailor.com/nps/8d1c4b7e?score=10">10</a></p>
        <p>Thank you!<br>The Lumenfield Talent team</p>
        </td></tr>
        <tr><td style="padding:16px 32px 28px;font-size:12px;color:#a1a1aa">Sent with <a href="https://www.teamtailor.com" style="color:#a1a1aa">Teamtailor</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    when = "2026-04-01 09:30:12"
    return message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [54.72.193.12])", when, WAW, "Ks3nW8pD1cVx")),
        ("From", addr("Lumenfield", "no-reply@teamtailor-mail.com")),
        ("To", me()),
        ("Subject", "How was your interview with Lumenfield?"),
        ("Date", date(when, WAW)),
        ("Message-ID", "<660a6c44b2e17_3a9f1d4c2e7b@teamtailor-mailer-7c9d5f8b6-mw4kq.mail>"),
        ("List-Unsubscribe", "<https://lumenfield.teamtailor.com/connect/unsubscribe/c7f2a91d0b6e4e3a>"),
    ], html(page))
