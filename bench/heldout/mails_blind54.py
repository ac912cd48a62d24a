"""blind54: 50 hand-written mails for the blind held-out set (a realistic inbox, Copenhagen).

Inbox owner: Signe Dalgaard <signe.dalgaard@example.org>, product designer in Copenhagen, employed at
Brik Studio and looking around in spring and autumn 2026: Danish companies (Copenhagen, Aarhus,
Odense), Swedish ones (Malmö, Stockholm) and UK/US/remote ones.

Build:  python3 bench/heldout/make_blind.py blind54

Keys are the writing order (1-23 positives, 24-50 negatives); file numbers are a fixed shuffle of
it: ORDER = random.Random(54054).sample(range(1, 51), 50), file = blind54_{ORDER[key - 1]:03d}.eml.
Written without reading the detector, its tests, or any other held-out set.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
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
    mail,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

make.REGISTRY.setdefault("blind54", [])

ORDER = random.Random(54054).sample(range(1, 51), 50)


def N(key: int) -> str:
    """File name for the mail written as number ``key``."""
    return f"blind54_{ORDER[key - 1]:03d}"


ME = "signe.dalgaard@example.org"
ME_FULL = addr("Signe Dalgaard", ME)
CPH = "Europe/Copenhagen"
STO = "Europe/Stockholm"
LON = "Europe/London"
NYC = "America/New_York"

# Google Calendar writes IANA zones with 1970 anchors; Exchange writes the Windows name that Windows
# uses for Copenhagen ("Romance Standard Time") with 1601 anchors.
VTZ_CPH = """BEGIN:VTIMEZONE
TZID:Europe/Copenhagen
X-LIC-LOCATION:Europe/Copenhagen
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:GMT+2
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:GMT+1
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
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


def hdr(frm: str, subject: str, when: str, zone: str, msgid: str, hop: str, *, to: str = ME_FULL,
        charset: str = "utf-8", extra: tuple[tuple[str, str], ...] = (), lag: int = 3,
        delivered: str = ME) -> list[tuple[str, str]]:
    """Delivered-To / Received / From / To / Subject / Date / Message-ID, then ``extra``."""
    queue = hashlib.sha256(msgid.encode()).hexdigest()[:11].upper()
    ident = f"mx2.example.org (Postfix) with ESMTPS id 4d{queue}"
    return [
        ("Delivered-To", delivered),
        ("Received", received(hop, when, zone, ident, delivered, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def mso_html(body: str, lang: str = "DA") -> str:
    """The text/html twin Outlook (Word engine) writes for a plain message."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
           '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
           'font-family:"Calibri",sans-serif;} --></style></head>',
           f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for line in body.rstrip("\n").split("\n"):
        if line.startswith("http") and " " not in line:
            out.append(f'<p class="MsoNormal"><a href="{_html.escape(line)}">{_html.escape(line)}</a>'
                       '<o:p></o:p></p>')
        elif line:
            out.append(f'<p class="MsoNormal">{_html.escape(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def simple_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    """Paragraph HTML for ATS mails: blank-line paragraphs, single newlines as <br>."""
    paras = body.rstrip("\n").split("\n\n")
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


HOP_GMAIL = "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])"
HOP_GCAL = "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])"
HOP_O365 = ("from EUR02-DB5-obe.outbound.protection.outlook.com\r\n (mail-db5eur02on2109.outbound."
            "protection.outlook.com [40.107.249.109])")


# =========================================================================== positives: scheduled


@mail(N(1), family="emply", lang="da", interview=True, kind="scheduled",
      start="2026-03-26T09:00:00Z", end="2026-03-26T10:00:00Z", contact="lba@norrelyst.dk",
      company="Nørrelyst Forsikring", local="Thu 2026-03-26 10:00", local_end="2026-03-26 11:00", zone=CPH,
      note="Emply invitation to a first interview 'torsdag den 26. marts 2026 kl. 10.00-11.00', before the "
           "29 March DST change so CET (UTC+1); asks to click a link to confirm but the slot is fixed; "
           "contact = human Reply-To (HR partner), From is the Emply no-reply address")
def m01_emply_norrelyst() -> bytes:
    body = t("""
        Kære Signe

        Tak for din ansøgning til stillingen som Produktdesigner i Digital Selvbetjening. Vi har læst den med stor interesse og vil gerne invitere dig til en første samtale.

        Tidspunkt: torsdag den 26. marts 2026 kl. 10.00-11.00
        Sted: Nørrelyst Forsikring, Kalvebod Brygge 43, 1560 København V
        Meld dig i receptionen i stueetagen, så bliver du hentet.

        Til samtalen deltager:
        Jakob Riis, Head of Digital Channels
        Line Bak, HR-partner

        Vi vil gerne have, at du viser 1-2 cases fra din portfolio (ca. 15 minutter). Der er skærm med HDMI og USB-C i mødelokalet.

        Bekræft venligst, at tidspunktet passer, ved at klikke på linket herunder:
        https://norrelyst.emply.net/recruitment/candidate/confirm?token=8c2f1e7a90d44b6f93e1

        Har du spørgsmål, er du velkommen til at svare på denne mail eller ringe til Line på 33 12 48 90.

        Vi glæder os til at møde dig.

        Venlig hilsen

        Line Bak
        HR-partner
        Nørrelyst Forsikring
        """)
    foot = "\n--\nDenne mail er sendt fra Nørrelysts rekrutteringssystem (Emply Hire).\n"
    headers = hdr(addr("Nørrelyst Forsikring", "noreply@emply.net"),
                  "Invitation til jobsamtale – Produktdesigner (Digital Selvbetjening)",
                  "2026-03-20 09:14:22", CPH, "<0102018e5a3c7d1b-9a41c2e0-77f3-4c1d-a2b8-3f6e90d1c4a7-000000@emply.net>",
                  "from mail2.emply.net (mail2.emply.net [185.17.44.22])",
                  extra=(("Reply-To", addr("Line Bak", "lba@norrelyst.dk")),
                         ("X-Emply-Message-Type", "CandidateMessage")))
    return message(headers, alt(text(body + foot), html(simple_html(body + foot))))


@mail(N(2), family="google_calendar", lang="da", interview=True, kind="scheduled",
      start="2026-03-31T11:00:00Z", end="2026-03-31T12:00:00Z", contact="mette@tangkrogen.io",
      company="Tangkrogen Labs", local="Tue 2026-03-31 13:00", local_end="2026-03-31 14:00", zone=CPH,
      note="Google Calendar invitation with Danish UI strings for a second interview on Meet; "
           "'tirs. 31. mar. 2026 13.00 - 14.00 (CEST)': two days after the 29 March change, so UTC+2 "
           "although the mail is sent in CET; ICS TZID=Europe/Copenhagen agrees; contact = organizer")
def m02_gcal_tangkrogen() -> bytes:
    eid = "NXExazh2MGMyYm4zZzdqMWgwczlyNG02ZWUgc2lnbmUuZGFsZ2FhcmRAZXhhbXBsZS5vcmc"
    note = ("Hej Signe – her er invitationen til anden samtale. Du skal møde Jonas (CTO) og Frida fra "
            "designteamet, og vi kigger sammen på den opgave, du sendte. Det foregår på Meet, så du slipper "
            "for turen til Aarhus denne gang 🙂")
    body = t(f"""
        {note}

        Anden samtale – Signe Dalgaard / Tangkrogen
        tirsdag den 31. marts 2026 ⋅ 13.00–14.00
        Centraleuropæisk tid - København

        Deltag med Google Meet
        https://meet.google.com/wdk-pnar-tqe

        Deltag via telefon
        (DK) +45 78 76 49 11 PIN: 512 904 337#

        Flere telefonnumre
        https://tel.meet/wdk-pnar-tqe?pin=5129043371104

        Gæster
        Mette Vinther - arrangør
        Jonas Kragh
        Frida Holm
        signe.dalgaard@example.org
        Se alle gæsteoplysninger
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjIjbWV0dGVAdGFuZ2tyb2dlbi5pbw&ctz=Europe%2FCopenhagen&hl=da&es=0

        Svar for signe.dalgaard@example.org

        Ja
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&tok=MjIjbWV0dGVAdGFuZ2tyb2dlbi5pbw&ctz=Europe%2FCopenhagen&hl=da&es=0

        Nej
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&tok=MjIjbWV0dGVAdGFuZ2tyb2dlbi5pbw&ctz=Europe%2FCopenhagen&hl=da&es=0

        Måske
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&tok=MjIjbWV0dGVAdGFuZ2tyb2dlbi5pbw&ctz=Europe%2FCopenhagen&hl=da&es=0

        Flere valgmuligheder
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjIjbWV0dGVAdGFuZ2tyb2dlbi5pbw&ctz=Europe%2FCopenhagen&hl=da&es=0

        Invitation fra Google Kalender
        https://calendar.google.com/calendar/

        Du modtager denne mail, fordi du er gæst i begivenheden.

        Afvis denne begivenhed for ikke længere at modtage opdateringer om den. Hvis du videresender denne invitation, kan enhver modtager sende et svar til arrangøren, føje sig selv til gæstelisten, invitere andre uanset deres egen invitationsstatus eller ændre dit svar. Få flere oplysninger https://support.google.com/calendar/answer/37135#forwarding
        """)
    ics = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ@
BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20260331T130000
DTEND;TZID=Europe/Copenhagen:20260331T140000
DTSTAMP:20260325T140231Z
ORGANIZER;CN=Mette Vinther:mailto:mette@tangkrogen.io
UID:5q1k8v0c2bn3g7j1h0s9r4m6ee@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mette Vinther;X-NUM-GUESTS=0:mailto:mette@tangkrogen.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Kragh;X-NUM-GUESTS=0:mailto:jonas@tangkrogen.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Frida Holm;X-NUM-GUESTS=0:mailto:frida@tangkrogen.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=signe.dalgaard@example.org;X-NUM-GUESTS=0:mailto:signe.dalgaard@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/wdk-pnar-tqe
CREATED:20260325T140229Z
DESCRIPTION:Hej Signe – her er invitationen til anden samtale. Du skal møde Jonas (CTO) og Frida fra designteamet\, og vi kigger sammen på den opgave\, du sendte. Det foregår på Meet\, så du slipper for turen til Aarhus denne gang 🙂\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nDeltag med Google Meet: https://meet.google.com/wdk-pnar-tqe\n\nDeltag via telefon: +45 78 76 49 11 PIN: 512904337#\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260325T140230Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Anden samtale – Signe Dalgaard / Tangkrogen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ_CPH)
    subject = ("Invitation: Anden samtale – Signe Dalgaard / Tangkrogen @ tirs. 31. mar. 2026 13.00 - 14.00 "
               "(CEST) (signe.dalgaard@example.org)")
    headers = hdr(addr("Mette Vinther", "mette@tangkrogen.io"), subject, "2026-03-25 15:02:31", CPH,
                  "<calendar-7d1c3b58-2f0e-4a9b-8c61-b4e2d07f5a93@google.com>", HOP_GCAL,
                  to=ME,
                  extra=(("Sender", addr("Google Kalender", "calendar-notification@google.com")),
                         ("Reply-To", addr("Mette Vinther", "mette@tangkrogen.io"))))
    return message(headers, mixed(
        alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(3), family="exchange", lang="da", interview=True, kind="scheduled",
      start="2026-10-26T12:00:00Z", end="2026-10-26T13:00:00Z", contact="bil@lindholm-robotics.dk",
      company="Lindholm Robotics", local="Mon 2026-10-26 13:00", local_end="2026-10-26 14:00", zone=CPH,
      note="Outlook/Exchange meeting request with Danish Teams block, 'mandag d. 26/10 kl. 13.00-14.00'; "
           "sent Thursday in CEST but Denmark is back on CET from Sunday 25 October, so 13:00 = 12:00Z; "
           "ICS TZID 'Romance Standard Time' agrees; contact = organizer (recruiter)")
def m03_exchange_lindholm() -> bytes:
    body = t("""
        Hej Signe

        Tak for en god telefonsnak i går. Som aftalt sender jeg her en invitation til første samtale på Teams mandag d. 26/10 kl. 13.00-14.00.

        Du skal tale med mig og Peter Toft, som er Head of UX i vores softwareafdeling. Vi starter med en kort præsentation af Lindholm og teamet, og derefter vil vi meget gerne høre om 2-3 projekter, du er stolt af – gerne noget hvor du har arbejdet tæt sammen med udviklere.

        Venlig hilsen

        Birgitte Lund
        Talent Acquisition Partner
        Lindholm Robotics A/S
        Hjallesevej 126, 5230 Odense M
        +45 61 44 20 87

        ________________________________________________________________________________
        Microsoft Teams-møde
        Deltag på computeren, i mobilappen eller på en rumenhed
        Klik her for at deltage i mødet<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE3ZTFhYjMtYzQ0Ni00ZDUxLWI5ZjItMDc3YTg4ODFkZTQx%40thread.v2/0?context=%7b%22Tid%22%3a%22b3f1c6a2-8d4e-4f0a-9e71-2c5d8a6b4f10%22%2c%22Oid%22%3a%2241e7d0c9-6a2b-4c3d-8f5e-1a9b7c2d3e4f%22%7d>
        Møde-id: 361 224 998 107
        Adgangskode: Qx7Gs2
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Deltag på internettet<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Få mere at vide<https://aka.ms/JoinTeamsMeeting> | Mødeindstillinger<https://teams.microsoft.com/meetingOptions/?organizerId=41e7d0c9-6a2b-4c3d-8f5e-1a9b7c2d3e4f&tenantId=b3f1c6a2-8d4e-4f0a-9e71-2c5d8a6b4f10&threadId=19_meeting_NmE3ZTFhYjMtYzQ0Ni00ZDUxLWI5ZjItMDc3YTg4ODFkZTQx@thread.v2&messageId=0&language=da-DK>
        ________________________________________________________________________________
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ@
BEGIN:VEVENT
ORGANIZER;CN=Birgitte Lund:mailto:bil@lindholm-robotics.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=signe.dalgaard@example.org:mailto:signe.dalgaard@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Peter Toft:mailto:pto@lindholm-robotics.dk
DESCRIPTION;LANGUAGE=da-DK:Hej Signe\n\nTak for en god telefonsnak i går. Som aftalt sender jeg her en invitation til første samtale på Teams mandag d. 26/10 kl. 13.00-14.00.\n\nDu skal tale med mig og Peter Toft\, som er Head of UX i vores softwareafdeling.\n\nVenlig hilsen\n\nBirgitte Lund\nTalent Acquisition Partner\nLindholm Robotics A/S\n\n_____________________________________________\nMicrosoft Teams-møde\nMøde-id: 361 224 998 107\nAdgangskode: Qx7Gs2\n
UID:040000008200E00074C5B7101A82E00800000000B0C7A4D1E962DC01000000000000000010000000A3F5E8C1D27B4E4F9B6A0C2D1E3F4A5B
SUMMARY;LANGUAGE=da-DK:Jobsamtale – Senior Product Designer
DTSTART;TZID=Romance Standard Time:20261026T130000
DTEND;TZID=Romance Standard Time:20261026T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T084105Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Microsoft Teams-møde
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2125186457
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
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
END:VCALENDAR""".replace("@TZ@", VTZ_ROMANCE)
    headers = hdr(addr("Birgitte Lund", "bil@lindholm-robotics.dk"), "Jobsamtale – Senior Product Designer",
                  "2026-10-22 10:41:05", CPH,
                  "<DB9PR07MB8841C3A5E27F1B4D90A6E2C1B7F40@DB9PR07MB8841.eurprd07.prod.outlook.com>",
                  HOP_O365, to=ME,
                  extra=(("CC", addr("Peter Toft", "pto@lindholm-robotics.dk")),
                         ("Thread-Topic", enc("Jobsamtale – Senior Product Designer")),
                         ("Thread-Index", "AQHdQ2l0a1BmZk9yYlN0dW1vRGlzY3VzcwA="),
                         ("Accept-Language", "da-DK, en-US"),
                         ("Content-Language", "da-DK"),
                         ("X-MS-Has-Attach", ""),
                         ("X-MS-TNEF-Correlator", ""),
                         ("X-MS-Exchange-Organization-SCL", "1")))
    return message(headers, alt(text(body), html(mso_html(body)),
                                calendar(ics, method="REQUEST", cte="base64")))


@mail(N(4), family="teamtailor", lang="sv", interview=True, kind="scheduled",
      start="2026-04-08T07:30:00Z", end="2026-04-08T08:15:00Z", contact="elin.nystrom@kvarnby.se",
      company="Kvarnby Digital", local="Wed 2026-04-08 09:30", local_end="2026-04-08 10:15", zone=STO,
      note="Teamtailor booking confirmation in Swedish (Malmö), 'Onsdag 8 april 2026, 09:30 – 10:15 (CEST)' "
           "= 07:30Z; Reply-To is a Teamtailor relay, so contact = the human ICS ORGANIZER (also in the "
           "signature)")
def m04_teamtailor_kvarnby() -> bytes:
    body = t("""
        Hej Signe,

        Tack för att du valde en tid! Din intervju är nu bokad.

        Produktdesigner – intervju med Elin och Marcus
        Onsdag 8 april 2026
        09:30 – 10:15 (CEST)

        Plats: Kvarnby Digital, Bergsgatan 20, 211 54 Malmö
        Ta hissen till plan 4 och ring på hos Kvarnby. Från Malmö C är det ungefär tio minuter att gå, från Triangeln ännu kortare.

        Du träffar:
        Elin Nyström, Talent Acquisition
        Marcus Ahlgren, Head of Product

        Behöver du ändra tiden? Svara på det här mejlet så hjälper vi dig.

        Vi ses!

        Elin Nyström
        Talent Acquisition, Kvarnby Digital
        elin.nystrom@kvarnby.se | +46 40 611 23 80

        —
        Skickat via Teamtailor · https://kvarnby.teamtailor.com
        """)
    ics = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ@
BEGIN:VEVENT
UID:tt-meeting-4471902-candidate-1183377@teamtailor.com
DTSTAMP:20260401T092012Z
DTSTART;TZID=Europe/Stockholm:20260408T093000
DTEND;TZID=Europe/Stockholm:20260408T101500
SUMMARY:Intervju: Produktdesigner – Kvarnby Digital
LOCATION:Kvarnby Digital\, Bergsgatan 20\, 211 54 Malmö
DESCRIPTION:Intervju med Elin Nyström och Marcus Ahlgren.\nTa hissen till plan 4 och ring på hos Kvarnby.
ORGANIZER;CN=Elin Nyström:mailto:elin.nystrom@kvarnby.se
ATTENDEE;CN=Signe Dalgaard;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:signe.dalgaard@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ["Europe/Stockholm"])
    headers = hdr(addr("Kvarnby Digital", "no-reply@teamtailor-mail.com"),
                  "Intervju bokad: Produktdesigner – Kvarnby Digital", "2026-04-01 11:20:12", STO,
                  "<660a7c1e3f2d4_5b1c2a8e9d7f0b3c4a61@teamtailor-mail.com>",
                  "from mta-14.teamtailor-mail.com (mta-14.teamtailor-mail.com [159.135.224.14])",
                  extra=(("Reply-To", addr("Kvarnby Digital", "reply+4b7e19c0d2a85f36@teamtailor-mail.com")),
                         ("List-Unsubscribe", "<https://kvarnby.teamtailor.com/unsubscribe/c7a1e2f9b0>")))
    return message(headers, mixed(
        alt(text(body), html(simple_html(body))),
        calendar(ics, method="REQUEST", cte="base64", filename="intervju.ics", disposition="attachment")))


@mail(N(5), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T09:00:00Z", end="2026-03-31T09:45:00Z", contact="tom.asante@ferrow.co.uk",
      company="Ferrow", local="Tue 2026-03-31 10:00", local_end="2026-03-31 10:45", zone=LON,
      note="Greenhouse confirmation from a London company, '10:00 – 10:45 BST (London) / 11:00 – 11:45 CEST'; "
           "sent Thursday in GMT, the UK is on BST from 29 March, so 09:00Z; contact = recruiter Reply-To")
def m05_greenhouse_ferrow() -> bytes:
    body = t("""
        Hi Signe,

        Thanks for confirming your availability. Here are the details for your portfolio interview with Ferrow:

        Date: Tuesday, 31 March 2026
        Time: 10:00 – 10:45 BST (London) / 11:00 – 11:45 CEST (Copenhagen)
        Format: Video call (Google Meet) – https://meet.google.com/fvr-qmxa-hbt

        Interviewers:
        Aisha Rahman – Design Lead
        Oliver Pratt – Senior Product Manager

        Please have your portfolio ready to screen-share – we'd love a deep dive into one project, end to end, including the bits that didn't go to plan.

        If anything changes on your side, just reply to this email and I'll sort it.

        Best,
        Tom

        Tom Asante
        Talent Partner | Ferrow
        ferrow.co.uk/careers
        """)
    headers = hdr(addr("Tom Asante", "no-reply@greenhouse.io"), "Interview confirmation – Product Designer, Ferrow",
                  "2026-03-26 16:30:48", LON, "<4f9c1a2e.0b7d3e55f1a2c@mail.greenhouse.io>",
                  "from o3.mail.greenhouse.io (o3.mail.greenhouse.io [167.89.100.33])",
                  extra=(("Reply-To", addr("Tom Asante", "tom.asante@ferrow.co.uk")),))
    foot = "\nPowered by Greenhouse\n"
    return message(headers, alt(text(body + foot, cte="quoted-printable"), html(simple_html(body + foot))))


@mail(N(6), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-03-19T15:00:00Z", end="2026-03-19T16:00:00Z", contact="dana@quillmate.com",
      company="Quillmate", local="Thu 2026-03-19 11:00", local_end="2026-03-19 12:00", zone=NYC,
      note="Lever confirmation from a New York company, '11:00 AM – 12:00 PM Eastern Daylight Time "
           "(4:00 PM – 5:00 PM Central European Time)': US on EDT since 8 March, Denmark still CET, "
           "so 15:00Z; ICS TZID=America/New_York; contact = Reply-To / ORGANIZER")
def m06_lever_quillmate() -> bytes:
    body = t("""
        Hi Signe,

        Your interview for Senior Product Designer (Remote, EU) is confirmed.

        When: Thursday, March 19, 2026
        11:00 AM – 12:00 PM Eastern Daylight Time
        (4:00 PM – 5:00 PM Central European Time)

        Where: Zoom – https://quillmate.zoom.us/j/83301945527?pwd=Wm9yTGVnYUxlb2RFbXhjQ2ZjY2pLdz09

        Who you'll meet:
          • Dana Whitcomb, Head of Design
          • Raj Patel, Staff Engineer

        This is a collaborative design session: we'll work through a small problem together in FigJam. No prep needed.

        A calendar invitation is attached. If you need to make a change, reply to this email and Dana will get back to you.

        — The Quillmate team
        """)
    ics = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview Scheduling//EN
METHOD:REQUEST
@TZ@
BEGIN:VEVENT
UID:lever-interview-7f2d91c4-05ab-4e38-b6d1-9e0a3c5f7b21
DTSTAMP:20260313T140210Z
DTSTART;TZID=America/New_York:20260319T110000
DTEND;TZID=America/New_York:20260319T120000
SUMMARY:Quillmate – Senior Product Designer: Collaborative design session
LOCATION:https://quillmate.zoom.us/j/83301945527
ORGANIZER;CN=Dana Whitcomb:mailto:dana@quillmate.com
ATTENDEE;CN=Signe Dalgaard;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:signe.dalgaard@example.org
ATTENDEE;CN=Raj Patel;PARTSTAT=ACCEPTED:mailto:raj@quillmate.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ["America/New_York"])
    headers = hdr(addr("Quillmate", "no-reply@hire.lever.co"), "Your interview with Quillmate is confirmed",
                  "2026-03-13 10:02:10", NYC,
                  "<0100018e3b7f2a41-5c9d2e7b-31f0-4a86-9b4e-d1c07a6f3e92-000000@email.amazonses.com>",
                  "from a8-51.smtp-out.amazonses.com (a8-51.smtp-out.amazonses.com [54.240.8.51])",
                  extra=(("Reply-To", addr("Dana Whitcomb", "dana@quillmate.com")),))
    return message(headers, mixed(
        alt(text(body), html(simple_html(body))),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-03-25T14:00:00Z", end="2026-03-25T14:30:00Z", contact="priya@loomwork.io",
      company="Loomwork", local="Wed 2026-03-25 15:00", local_end="2026-03-25 15:30", zone=CPH,
      note="Calendly invitee confirmation for a recruiter intro call booked from the link in the earlier "
           "self-scheduling mail; '03:00pm - 03:30pm (Central European Time)', Denmark still on CET on "
           "25 March, so 14:00Z; the ICS is in UTC; contact = host (Reply-To / ORGANIZER)")
def m07_calendly_loomwork() -> bytes:
    body = t("""
        Hi Signe Dalgaard,

        Your Intro call (Product Designer) with Priya Raman at 03:00pm - 03:30pm (Central European Time) on Wednesday, March 25, 2026 is scheduled.

        Event Type:
        Intro call (Product Designer)

        Event Date/Time:
        03:00pm - 03:30pm (Central European Time) on Wednesday, March 25, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/qbe-xkrt-nwa

        Invitee Time Zone:
        Central European Time

        Questions:
        Anything you'd like Priya to know before the call?
        Mostly curious how the design team works across London and the EU time zones.

        View event in Calendly: https://calendly.com/events/6b1f0e2a-93c4-4d7e-a58b-2e91f40c7d13/google_meet

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0c7e5d13-4a2b-49f1-8e6d-b3a2f19c0e57
        Reschedule: https://calendly.com/reschedulings/0c7e5d13-4a2b-49f1-8e6d-b3a2f19c0e57

        Powered by Calendly.com
        """)
    ics = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0c7e5d13-4a2b-49f1-8e6d-b3a2f19c0e57@calendly.com
DTSTAMP:20260320T214705Z
DTSTART:20260325T140000Z
DTEND:20260325T143000Z
SUMMARY:Intro call (Product Designer) between Priya Raman and Signe Dalgaard
DESCRIPTION:Event Name: Intro call (Product Designer)\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/qbe-xkrt-nwa\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/0c7e5d13-4a2b-49f1-8e6d-b3a2f19c0e57\nReschedule: https://calendly.com/reschedulings/0c7e5d13-4a2b-49f1-8e6d-b3a2f19c0e57\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/qbe-xkrt-nwa
ORGANIZER;CN=Priya Raman:mailto:priya@loomwork.io
ATTENDEE;CN=Signe Dalgaard;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:signe.dalgaard@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = hdr(addr("Calendly", "notifications@calendly.com"),
                  "Confirmed: Intro call (Product Designer) with Priya Raman on Wednesday, March 25, 2026",
                  "2026-03-20 21:47:05", "UTC", "<UCXkqA5oTmS1b0fZrVt0yQ@geopod-ismtpd-canary-0>",
                  "from o1.ptr6204.calendly.com (o1.ptr6204.calendly.com [149.72.123.58])",
                  extra=(("Reply-To", addr("Priya Raman", "priya@loomwork.io")),))
    return message(headers, mixed(
        alt(text(body), html(simple_html(body))),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(8), family="agency_reply", lang="da", interview=True, kind="scheduled",
      start="2026-09-17T12:00:00Z", end=None, contact="kv@kastrupvang.dk",
      company="Havnelys Mobility", local="Thu 2026-09-17 14:00", zone=CPH,
      note="Recruitment agency's short Outlook-for-iOS reply on top of the candidate's 'torsdag passer': "
           "'tors d. 17/9 kl 14' at the client Havnelys; CEST so 12:00Z; 'Regn med en times tid' is "
           "approximate, so end null; company = the hiring client, contact = the agency recruiter")
def m08_agency_havnelys() -> bytes:
    body = t("""
        Hej Signe

        Perfekt – så er det på plads 👍 Du er booket hos Havnelys tors d. 17/9 kl 14 på deres kontor i Njalsgade 21F, 3. sal. Spørg efter Sara Brix (Head of Product) i receptionen. Regn med en times tid.

        Ring endelig hvis der er noget

        Mvh Kasper
        Kastrup & Vang Rekruttering
        +45 28 91 04 66

        Hent Outlook til iOS<https://aka.ms/o0ukef>
        ________________________________
        Fra: Signe Dalgaard <signe.dalgaard@example.org>
        Sendt: mandag, september 14, 2026 3:58 PM
        Til: Kasper Vang <kv@kastrupvang.dk>
        Emne: Re: Havnelys – produktdesigner

        Hej Kasper,

        Torsdag eftermiddag passer mig fint, gerne efter kl. 13 så jeg kan nå derover fra arbejde.

        /Signe

        Den 14. sep. 2026 kl. 11.20 skrev Kasper Vang <kv@kastrupvang.dk>:

        Hej Signe

        Havnelys vil rigtig gerne møde dig! De har tid torsdag eftermiddag eller fredag formiddag – hvad passer dig bedst?

        Mvh Kasper
        """)
    headers = hdr(addr("Kasper Vang", "kv@kastrupvang.dk"), "SV: Havnelys – produktdesigner",
                  "2026-09-14 16:22:40", CPH,
                  "<AM0PR10MB3187E1D46F2C5B9A08E4D1C3A6F50@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.COM>",
                  HOP_O365, to=ME_FULL,
                  extra=(("In-Reply-To", "<7A3C9E1B-44D2-4F8A-9B0E-2C6D1F5A8E37@example.org>"),
                         ("References", "<AM0PR10MB31874C2A9D1E7F3B05C8@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.COM> "
                                        "<7A3C9E1B-44D2-4F8A-9B0E-2C6D1F5A8E37@example.org>"),
                         ("Thread-Topic", enc("Havnelys – produktdesigner")),
                         ("Content-Language", "da-DK")))
    return message(headers, alt(text(body), html(mso_html(body))))


@mail(N(9), family="human_reply", lang="da", interview=True, kind="scheduled",
      start="2026-09-30T12:00:00Z", end=None, contact="anders@kvartalstudio.dk",
      company="Kvartal Studio", local="Wed 2026-09-30 14:00", zone=CPH,
      note="Hiring manager's Gmail reply on top of the quoted thread (his two proposed slots, her pick): "
           "'så siger vi onsdag d. 30. kl. 14' = Wed 30 Sep 14:00 CEST = 12:00Z; no length; "
           "later moved (see the reschedule from the same sender)")
def m09_reply_kvartal() -> bytes:
    body = t("""
        Super, så siger vi onsdag d. 30. kl. 14 🙂

        Vi sidder på Refshaleøen, Refshalevej 163A, 1. sal (den røde dør ved siden af bådværkstedet). Ring på 31 62 09 58 hvis du farer vild.

        /Anders

        Den tirs. 22. sep. 2026 kl. 21.36 skrev Signe Dalgaard <signe.dalgaard@example.org>:
        > Hej Anders
        >
        > Tak for det – onsdag kl. 14 passer mig bedst.
        >
        > Mvh Signe
        >
        > Den tirs. 22. sep. 2026 kl. 11.05 skrev Anders Holt <anders@kvartalstudio.dk>:
        > > Hej Signe
        > >
        > > Tak for din ansøgning og for et rigtig fint portfolio – især Brik-casen om bookingflowet. Kunne du komme forbi til en snak enten tirsdag 29/9 kl. 10 eller onsdag 30/9 kl. 14?
        > >
        > > Bedste hilsner
        > > Anders Holt
        > > Creative Director, Kvartal Studio
        """)
    headers = hdr(addr("Anders Holt", "anders@kvartalstudio.dk"), "Re: Ansøgning – Product Designer",
                  "2026-09-23 08:47:19", CPH, "<CAF3k9vQe7Lx2mT0pR4sW1yZ8nB6cD5hJ@mail.gmail.com>", HOP_GMAIL,
                  extra=(("In-Reply-To", "<D2B41F7E-9C3A-4E61-8B05-7F1A2C9E4D60@example.org>"),
                         ("References", "<CAF3k9vQd1Hw8pN2sK6tY4xU0mA7eR3gL@mail.gmail.com> "
                                        "<D2B41F7E-9C3A-4E61-8B05-7F1A2C9E4D60@example.org>")))
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(10), family="forward_self", lang="da", interview=True, kind="scheduled",
      start="2026-10-20T07:30:00Z", end="2026-10-20T09:00:00Z", contact="rasmus.kjeldsen@braende-audio.dk",
      company="Brænde Audio", local="Tue 2026-10-20 09:30", local_end="2026-10-20 11:00", zone=CPH,
      note="Candidate forwards to her main address a hiring manager's confirmation sent to her old "
           "address: 'Tirsdag den 20. oktober kl. 9.30 – 11.00' in Odense, still CEST (change is 25 Oct), "
           "so 07:30Z-09:00Z; contact = the human in the forwarded header (sender is the candidate)")
def m10_forward_braende() -> bytes:
    body = t("""
        husk: ipad m. portfolio + toget 7.06 fra Kbh H!!

        ---------- Videresendt meddelelse ---------
        Fra: Rasmus Kjeldsen <rasmus.kjeldsen@braende-audio.dk>
        Date: tor. 15. okt. 2026 kl. 14.12
        Subject: Bekræftelse på samtale hos Brænde Audio
        To: Signe Dalgaard <signe.d@example.com>


        Hej Signe

        Tak for en god snak i telefonen i formiddags. Som aftalt bekræfter jeg hermed din samtale hos os:

        Tirsdag den 20. oktober kl. 9.30 – 11.00
        Brænde Audio, Vestergade 44, 5000 Odense C

        Du skal møde mig og vores CTO, Louise Friis. Første halvdel er en snak om dig og os, og bagefter viser vi dig rundt i værkstedet og lyttelokalet.

        Vi betaler selvfølgelig din togbillet – send bare kvitteringen til mig bagefter.

        Venlig hilsen
        Rasmus Kjeldsen
        Design Director
        Brænde Audio ApS
        +45 66 13 70 29
        """)
    headers = hdr(addr("Signe Dalgaard", "signe.d@example.com"), "Fwd: Bekræftelse på samtale hos Brænde Audio",
                  "2026-10-15 19:02:44", CPH, "<CAJm2xT8nY4qWv1kD0sF7bH3eR9pL6cZ@mail.gmail.com>",
                  "from mail-ej1-f53.google.com (mail-ej1-f53.google.com [209.85.218.53])")
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-10-13T13:00:00Z", end="2026-10-13T14:00:00Z", contact="hanna.moberg@nordwellmedical.com",
      company="Nordwell Medical", local="Tue 2026-10-13 15:00", local_end="2026-10-13 16:00", zone=CPH,
      note="SmartRecruiters HTML-only (base64) confirmation, '3:00 PM - 4:00 PM (GMT+02:00) "
           "Europe/Copenhagen' = 13:00Z; Date header in UTC; no Reply-To, contact = recruiter address "
           "in the body")
def m11_smartrecruiters_nordwell() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Interview Confirmation</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1d2433">
        <tr><td style="padding:28px 32px 8px"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/6512f0c4e1a7b8000c2d41f9/huge?r=s3-eu-central-1" alt="Nordwell Medical" width="140"></td></tr>
        <tr><td style="padding:8px 32px">
        <p>Dear Signe,</p>
        <p>Thank you for scheduling your interview for the position of <b>Senior UX Designer</b> (Ref. 7431-CPH). We&#39;re looking forward to speaking with you.</p>
        <table role="presentation" cellpadding="6" cellspacing="0" style="border:1px solid #e3e6ea;border-radius:4px;width:100%;font-size:14px">
        <tr><td style="color:#6b7385;width:120px">Date</td><td><b>Tuesday, October 13, 2026</b></td></tr>
        <tr><td style="color:#6b7385">Time</td><td><b>3:00 PM - 4:00 PM</b> (GMT+02:00) Europe/Copenhagen</td></tr>
        <tr><td style="color:#6b7385">Type</td><td>Video interview (Microsoft Teams)</td></tr>
        <tr><td style="color:#6b7385">Interviewers</td><td>Hanna Moberg, Talent Acquisition Partner<br>Kasper Lindqvist, VP Digital Products</td></tr>
        </table>
        <p>The Teams link will follow in a separate calendar invitation from Hanna. If you have any questions in the meantime, please contact Hanna Moberg at <a href="mailto:hanna.moberg@nordwellmedical.com" style="color:#0a6cff">hanna.moberg@nordwellmedical.com</a>.</p>
        <p>Kind regards,<br>Nordwell Medical Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:16px 32px 28px;font-size:11px;line-height:16px;color:#8a92a3">This email was sent by SmartRecruiters on behalf of Nordwell Medical. Please do not reply directly to this email.<br>
        <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#8a92a3">Privacy Policy</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    headers = hdr(addr("Nordwell Medical", "noreply@smartrecruiters.com"),
                  "Interview Confirmation: Senior UX Designer - Nordwell Medical", "2026-10-07 08:15:27", "UTC",
                  "<20261007081527.3f7a91c2e4b8d015@smartrecruiters.com>",
                  "from mail-out-eu2.smartrecruiters.com (mail-out-eu2.smartrecruiters.com [52.58.113.7])")
    return message(headers, html(page, cte="base64"))


@mail(N(12), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
      contact="alyssa.brandt@brightwater-analytics.com", company="Brightwater Analytics",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone=NYC,
      note="Workday 'Interview Scheduled' in 'Eastern Time (US & Canada)': 29 October is between the EU "
           "change (25 Oct) and the US one (1 Nov), so EDT = UTC-4, 14:00Z (15:00 in Copenhagen, only 5 "
           "hours apart that week); ICS TZID=America/New_York; contact = recruiter named in the body")
def m12_workday_brightwater() -> bytes:
    body = t("""
        Dear Signe,

        Your interview for the Senior Product Designer (R-10482) position at Brightwater Analytics has been scheduled. Please review the details below.

        Interview Details

        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 11:00 AM Eastern Time (US & Canada)
        Interviewer(s): Kevin Osei, Director of Product Design; Lauren Mills, Principal Product Designer
        Location: Microsoft Teams (link in the attached calendar invitation)

        To view your application or update your contact information, sign in to the Brightwater Analytics Candidate Home:
        https://brightwater.wd5.myworkdayjobs.com/en-US/Careers/userHome

        If you have questions about your interview, please contact your recruiter, Alyssa Brandt, at alyssa.brandt@brightwater-analytics.com.

        Best regards,
        Brightwater Analytics Talent Acquisition

        This is an automated message. Please do not reply.
        """)
    ics = r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@TZ@
BEGIN:VEVENT
UID:WD-INTERVIEW-6f30b1e2c9a54d7e8b1f0a2c3d4e5f60@myworkday.com
DTSTAMP:20261026T133012Z
DTSTART;TZID=America/New_York:20261029T100000
DTEND;TZID=America/New_York:20261029T110000
SUMMARY:Interview: Senior Product Designer (R-10482) - Signe Dalgaard
LOCATION:Microsoft Teams
DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM0ZGQ5NzEtOGE1Zi00%40thread.v2/0\nMeeting ID: 284 990 173 552\nPasscode: 9hT4vB
ORGANIZER;CN=Alyssa Brandt:mailto:alyssa.brandt@brightwater-analytics.com
ATTENDEE;CN=Signe Dalgaard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:signe.dalgaard@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ["America/New_York"])
    headers = hdr(addr("Brightwater Analytics", "brightwater@myworkday.com"),
                  "Interview Scheduled - Senior Product Designer (R-10482)", "2026-10-26 09:30:12", NYC,
                  "<1847293615.88412.1793453412050@wd5-prod-mta-2.myworkday.com>",
                  "from mx-out-2.myworkday.com (mx-out-2.myworkday.com [198.133.183.24])")
    return message(headers, mixed(
        alt(text(body), html(simple_html(body))),
        calendar(ics, method="REQUEST", cte="7bit", filename="Interview.ics", disposition="attachment")))


@mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-04-16T11:00:00Z", end="2026-04-16T12:30:00Z", contact="natasha@gryde.app",
      company="Gryde", local="Thu 2026-04-16 13:00", local_end="2026-04-16 14:30", zone=CPH,
      note="Recruiter mail with a pasted Zoom invitation, 'Apr 16, 2026 01:00 PM Copenhagen' (CEST, "
           "11:00Z); 'It's 90 minutes in total' is an exact length, so end 12:30Z")
def m13_zoom_gryde() -> bytes:
    body = t("""
        Hi Signe,

        Great speaking earlier! As promised, here are the details for your case interview with Malte (our CPO) on Thursday. It's 90 minutes in total – roughly an hour on the case and the rest for your questions. You'll get the brief on screen when we start, so there's nothing to prepare.

        Natasha Ivanova is inviting you to a scheduled Zoom meeting.

        Topic: Case interview – Signe Dalgaard x Gryde
        Time: Apr 16, 2026 01:00 PM Copenhagen

        Join Zoom Meeting
        https://gryde.zoom.us/j/86120433917?pwd=bE1xRmN0aWpBc3lOdUFyR0pQa2x3QT09

        Meeting ID: 861 2043 3917
        Passcode: 482915

        ---

        One tap mobile
        +4589883788,,86120433917#,,,,*482915# Denmark
        +4532711327,,86120433917#,,,,*482915# Denmark

        ---

        Dial by your location
        • +45 89 88 37 88 Denmark
        • +45 32 71 13 27 Denmark
        • +46 8 5016 3827 Sweden

        Meeting ID: 861 2043 3917
        Passcode: 482915

        Find your local number: https://gryde.zoom.us/u/abc3kPq1Xz

        Speak soon,
        Natasha

        Natasha Ivanova
        People & Talent | Gryde
        gryde.app
        """)
    headers = hdr(addr("Natasha Ivanova", "natasha@gryde.app"), "Case interview Thursday – Zoom details",
                  "2026-04-13 15:40:02", CPH, "<CAPn5rE2wQ0vH8kX3mT6yL1dG9sB4aJ7f@mail.gmail.com>", HOP_GMAIL)
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(14), family="human_prose", lang="sv", interview=True, kind="scheduled",
      start="2026-10-27T12:00:00Z", end="2026-10-27T13:00:00Z", contact="johanna.berg@tallkrog.se",
      company="Tallkrog Interactive", local="Tue 2026-10-27 13:00", local_end="2026-10-27 14:00", zone=STO,
      note="Stockholm recruiter's Outlook reply in Swedish, iso-8859-1 quoted-printable: 'tisdag 27/10 kl "
           "13.00-14.00 svensk tid'; sent in CEST but Sweden is on CET from 25 October, so 12:00Z")
def m14_swedish_tallkrog() -> bytes:
    body = t("""
        Hej Signe!

        Då är det bokat: tisdag 27/10 kl 13.00-14.00 svensk tid, via Teams. Du träffar mig och Oskar Lindahl som är Lead UX i vårt mobilteam. Länken kommer i en separat kalenderinbjudan från Oskar.

        Vi kommer prata en del om ditt case från Brik och om hur du jobbar med speltester och användartester, så ta gärna med något du kan visa.

        Ha det gott så länge!

        Vänliga hälsningar
        Johanna Berg
        Rekryterare | Tallkrog Interactive AB
        Götgatan 78, 118 30 Stockholm
        +46 70 412 55 18

        -----Ursprungligt meddelande-----
        Från: Signe Dalgaard <signe.dalgaard@example.org>
        Skickat: den 21 oktober 2026 20:14
        Till: Johanna Berg <johanna.berg@tallkrog.se>
        Ämne: Re: Intervju Tallkrog - UX/Product Designer

        Hej Johanna,

        Tak for det! Tirsdag d. 27. kl. 13 passer mig fint.

        Mvh Signe
        """)
    headers = hdr(addr("Johanna Berg", "johanna.berg@tallkrog.se"), "SV: Intervju Tallkrog - UX/Product Designer",
                  "2026-10-22 09:55:31", STO,
                  "<HE1PR0902MB2214B7C09A3E5F1D42C8E6A9D3B10@HE1PR0902MB2214.eurprd09.prod.outlook.com>",
                  "from EUR03-HE1-obe.outbound.protection.outlook.com (mail-he1eur03on2071.outbound."
                  "protection.outlook.com [40.107.4.71])", charset="iso-8859-1",
                  extra=(("In-Reply-To", "<5E0B7A2C-1D94-4C3F-A8E6-93B2F0C7D415@example.org>"),
                         ("Thread-Topic", "Intervju Tallkrog - UX/Product Designer"),
                         ("Content-Language", "sv-SE")))
    return message(headers, alt(text(body, charset="iso-8859-1"),
                                html(mso_html(body, lang="SV"), charset="iso-8859-1")))


@mail(N(15), family="hr_manager", lang="da", interview=True, kind="scheduled",
      start="2026-10-12T09:00:00Z", end="2026-10-12T10:00:00Z", contact="cos@vestkystenergi.dk",
      company="Vestkyst Energi", local="Mon 2026-10-12 11:00", local_end="2026-10-12 12:00", zone=CPH,
      note="HR-Manager invitation (iso-8859-1) to a first interview in Aarhus, 'Mandag den 12. oktober 2026, "
           "Kl. 11:00 - 12:00' CEST = 09:00Z; no-reply sender, contact = recruiter address in the body; "
           "later cancelled by the same recruiter",
      days=(("Thu", "2026-10-08"),))
def m15_hrmanager_vestkyst() -> bytes:
    body = t("""
        Kære Signe Dalgaard

        Tak for din ansøgning til stillingen som UX/Product Designer i Vestkyst Energi.

        Vi er glade for at kunne invitere dig til en første samtale:

        Dato: Mandag den 12. oktober 2026
        Tidspunkt: Kl. 11:00 - 12:00
        Sted: Vestkyst Energi A/S, Sønder Allé 8, 8000 Aarhus C (meld dig i receptionen)

        Du vil møde:
        Camilla Øster, Talent Acquisition
        Niels Brandt, Digital Product Manager

        Du bedes bekræfte din deltagelse via linket nedenfor senest torsdag den 8. oktober:
        https://candidate.hr-manager.net/ApplicationConfirm.aspx?cid=1420&ProjectId=55812&MediaId=5&key=F3A97C2E

        Har du spørgsmål til samtalen, er du velkommen til at kontakte Camilla Øster på cos@vestkystenergi.dk eller tlf. 87 30 12 45.

        Med venlig hilsen

        Camilla Øster
        Talent Acquisition
        Vestkyst Energi A/S

        Denne e-mail er sendt fra et system og kan ikke besvares.
        """)
    headers = hdr(addr("Vestkyst Energi A/S", "noreply@hr-manager.net"),
                  "Invitation til samtale - UX/Product Designer", "2026-10-05 13:05:50", CPH,
                  "<20261005110550.5F1C.44812@smtp2.hr-manager.net>",
                  "from smtp2.hr-manager.net (smtp2.hr-manager.net [93.184.71.12])", charset="iso-8859-1",
                  to=addr("Signe Dalgaard", ME, charset="iso-8859-1"))
    return message(headers, text(body, charset="iso-8859-1"))


@mail(N(16), family="thehub", lang="en", interview=True, kind="scheduled",
      start="2026-04-22T06:30:00Z", end=None, contact=None, company="Kvist",
      local="Wed 2026-04-22 08:30", zone=CPH,
      note="The Hub message notification quoting a founder's reply: 'Let's do the coffee Wednesday at 8:30 "
           "then' about the Founding Product Designer application; Wednesday after Monday 20 April, CEST, "
           "06:30Z; a coffee chat with the hiring founder counts; no human address, so contact null")
def m16_thehub_kvist() -> bytes:
    body = t("""
        Hi Signe,

        You have a new message regarding your application for Founding Product Designer at Kvist.

        Jonas Kvist (Co-founder & CEO) wrote:

        "Hi Signe – great to hear back from you! Let's do the coffee Wednesday at 8:30 then, at Andersen & Maillard on Nørrebrogade. I'll be the tall guy with a Kvist tote bag 😄 No need to bring anything, I mostly want to hear how you think. / Jonas"

        Reply on The Hub:
        https://thehub.io/messages/conversation/6626b0f1a2c8e5001a7d4f93

        You're receiving this email because you have an active application on The Hub.
        Manage notifications: https://thehub.io/settings/notifications

        The Hub – startup jobs in the Nordics
        """)
    headers = hdr(addr("The Hub", "noreply@thehub.io"), "New message from Jonas Kvist (Kvist)",
                  "2026-04-20 18:12:09", CPH, "<6626b1a9e3c7f_2f1a0b8c41d5e@thehub.io>",
                  "from o7.ptr2917.thehub.io (o7.ptr2917.thehub.io [168.245.71.206])",
                  extra=(("List-Unsubscribe", "<https://thehub.io/settings/notifications>"),))
    return message(headers, alt(text(body), html(simple_html(body))))


# =========================================================================== positives: rescheduled


@mail(N(17), family="human_prose", lang="da", interview=True, kind="rescheduled",
      start="2026-10-02T08:30:00Z", end=None, contact="anders@kvartalstudio.dk",
      company="Kvartal Studio", local="Fri 2026-10-02 10:30", zone=CPH,
      note="Hiring manager moves the Wednesday conversation: 'Jeg har rykket den til fredag d. 2/10 kl. "
           "10.30' (CEST, 08:30Z); he offers to find something else if it does not work, but the new "
           "slot is set")
def m17_resched_kvartal() -> bytes:
    body = t("""
        Hej Signe

        Øv, jeg er blevet sendt til Aarhus til kundemøde på onsdag, så jeg er nødt til at flytte vores samtale. Jeg har rykket den til fredag d. 2/10 kl. 10.30 – samme sted på Refshaleøen. Håber det går, ellers ring til mig, så finder vi noget andet.

        Undskyld besværet!

        Anders
        --
        Anders Holt
        Creative Director, Kvartal Studio
        +45 31 62 09 58
        """)
    headers = hdr(addr("Anders Holt", "anders@kvartalstudio.dk"), "Ændring: vores snak onsdag",
                  "2026-09-28 17:10:56", CPH, "<CAF3k9vRa4Kp1nV7xQ2wE9zM5tB0cH6sD@mail.gmail.com>", HOP_GMAIL)
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(18), family="google_calendar", lang="da", interview=True, kind="rescheduled",
      start="2026-04-01T12:00:00Z", end="2026-04-01T13:00:00Z", contact="kristian.dahl@flydedok.dk",
      company="Flydedok", local="Wed 2026-04-01 14:00", local_end="2026-04-01 15:00", zone=CPH,
      note="Google Calendar 'Opdateret invitation' (Danish UI): moved from Friday 27 March 14.00 (CET) to "
           "Wednesday 1 April 14.00 (CEST), across the DST change, so 12:00Z; ICS SEQUENCE 1 has the new "
           "time; contact = organizer",
      days=(("Fri", "2026-03-27"),))
def m18_gcal_update_flydedok() -> bytes:
    eid = "MmtmOXAzcjF2YzBnN2g0bTVuNnNxOGU5dDAgc2lnbmUuZGFsZ2FhcmRAZXhhbXBsZS5vcmc"
    tok = "MjMja3Jpc3RpYW4uZGFobEBmbHlkZWRvay5kaw"
    body = t(f"""
        Denne begivenhed er blevet ændret.

        Samtale – Product Designer (Signe Dalgaard)
        Ændret
        onsdag den 1. april 2026 ⋅ 14.00–15.00
        Centraleuropæisk tid - København
        Tidligere
        fredag den 27. marts 2026 ⋅ 14.00–15.00
        Centraleuropæisk tid - København

        Sted
        Flydedok, Sundkrogsgade 9, 2100 København Ø
        https://www.google.com/maps/search/Flydedok,+Sundkrogsgade+9,+2100+K%C3%B8benhavn+%C3%98?hl=da

        Hej Signe, som aftalt i telefonen rykker vi til onsdag i næste uge. Samme sted, spørg efter mig i stueetagen. /Kristian

        Gæster
        Kristian Dahl - arrangør
        Nanna Birk
        signe.dalgaard@example.org
        Se alle gæsteoplysninger
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={tok}&ctz=Europe%2FCopenhagen&hl=da&es=1

        Svar for signe.dalgaard@example.org

        Ja
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&tok={tok}&ctz=Europe%2FCopenhagen&hl=da&es=1

        Nej
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&tok={tok}&ctz=Europe%2FCopenhagen&hl=da&es=1

        Måske
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&tok={tok}&ctz=Europe%2FCopenhagen&hl=da&es=1

        Flere valgmuligheder
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={tok}&ctz=Europe%2FCopenhagen&hl=da&es=1

        Invitation fra Google Kalender
        https://calendar.google.com/calendar/

        Du modtager denne mail, fordi du er gæst i begivenheden.

        Afvis denne begivenhed for ikke længere at modtage opdateringer om den. Hvis du videresender denne invitation, kan enhver modtager sende et svar til arrangøren, føje sig selv til gæstelisten, invitere andre uanset deres egen invitationsstatus eller ændre dit svar. Få flere oplysninger https://support.google.com/calendar/answer/37135#forwarding
        """)
    ics = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ@
BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20260401T140000
DTEND;TZID=Europe/Copenhagen:20260401T150000
DTSTAMP:20260326T104812Z
ORGANIZER;CN=Kristian Dahl:mailto:kristian.dahl@flydedok.dk
UID:2kf9p3r1vc0g7h4m5n6sq8e9t0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kristian Dahl;X-NUM-GUESTS=0:mailto:kristian.dahl@flydedok.dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nanna Birk;X-NUM-GUESTS=0:mailto:nanna.birk@flydedok.dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=signe.dalgaard@example.org;X-NUM-GUESTS=0:mailto:signe.dalgaard@example.org
CREATED:20260319T091544Z
DESCRIPTION:Hej Signe\, som aftalt i telefonen rykker vi til onsdag i næste uge. Samme sted\, spørg efter mig i stueetagen. /Kristian
LAST-MODIFIED:20260326T104811Z
LOCATION:Flydedok\, Sundkrogsgade 9\, 2100 København Ø
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Samtale – Product Designer (Signe Dalgaard)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ_CPH)
    subject = ("Opdateret invitation: Samtale – Product Designer (Signe Dalgaard) @ ons. 1. apr. 2026 14.00 - 15.00 "
               "(CEST) (signe.dalgaard@example.org)")
    headers = hdr(addr("Kristian Dahl", "kristian.dahl@flydedok.dk"), subject, "2026-03-26 11:48:12", CPH,
                  "<calendar-e1a94c27-6b3d-4f05-9c82-5d7e0b1f3a64@google.com>", HOP_GCAL, to=ME,
                  extra=(("Sender", addr("Google Kalender", "calendar-notification@google.com")),
                         ("Reply-To", addr("Kristian Dahl", "kristian.dahl@flydedok.dk"))))
    return message(headers, mixed(
        alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(N(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z", contact="harriet.cole@marlowfinch.co.uk",
      company="Marlow & Finch", local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=LON,
      note="Exchange meeting update (SEQUENCE 1) from a London studio: second interview moved from Friday to "
           "'Tuesday 27th at 2pm UK time (3pm in Copenhagen)'; sent in BST, the UK is on GMT from 25 "
           "October, so 14:00Z; ICS TZID 'GMT Standard Time' agrees; contact = organizer")
def m19_exchange_marlow() -> bytes:
    body = t("""
        When: 27 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Signe,

        As discussed on the phone – I've moved your second interview from Friday to Tuesday 27th at 2pm UK time (3pm in Copenhagen). The Friday slot clashed with our studio all-hands, apologies for the shuffle.

        Same panel as before: Tom Hale (Partner) and me.

        Best wishes,
        Harriet

        Harriet Cole
        Design Recruitment Lead
        Marlow & Finch
        14 Clerkenwell Close, London EC1R 0AA

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk3YjI1MmUtNDI3OC00ZTk4LWE2ODgtNWQwMDFjNGY0YjQ2%40thread.v2/0?context=%7b%22Tid%22%3a%2271c5e0d4-2b6a-4a1f-9d83-0e4f5b6c7a89%22%2c%22Oid%22%3a%22c2d4e6f8-1a3b-4c5d-8e7f-90a1b2c3d4e5%22%7d>
        Meeting ID: 374 118 902 615
        Passcode: mK3f9Q
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=c2d4e6f8-1a3b-4c5d-8e7f-90a1b2c3d4e5&tenantId=71c5e0d4-2b6a-4a1f-9d83-0e4f5b6c7a89&threadId=19_meeting_ZDk3YjI1MmUtNDI3OC00ZTk4LWE2ODgtNWQwMDFjNGY0YjQ2@thread.v2&messageId=0&language=en-GB>
        ________________________________________________________________________________
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ@
BEGIN:VEVENT
ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@marlowfinch.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Signe Dalgaard:mailto:signe.dalgaard@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Hale:mailto:tom.hale@marlowfinch.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Signe\,\n\nAs discussed on the phone – I've moved your second interview from Friday to Tuesday 27th at 2pm UK time (3pm in Copenhagen). The Friday slot clashed with our studio all-hands\, apologies for the shuffle.\n\nSame panel as before: Tom Hale (Partner) and me.\n\nBest wishes\,\nHarriet\n
UID:040000008200E00074C5B7101A82E008000000004A1D77E95C5EDC01000000000000000010000000F0A1B2C3D4E5F60718293A4B5C6D7E8F
SUMMARY;LANGUAGE=en-GB:Second interview – Signe Dalgaard / Marlow & Finch
DTSTART;TZID=GMT Standard Time:20261027T140000
DTEND;TZID=GMT Standard Time:20261027T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T150518Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1788420917
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
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
END:VCALENDAR""".replace("@TZ@", VTZ["GMT Standard Time"])
    headers = hdr(addr("Harriet Cole", "harriet.cole@marlowfinch.co.uk"),
                  "Second interview – Signe Dalgaard / Marlow & Finch", "2026-10-21 16:05:18", LON,
                  "<LO2P265MB5130D1E7A4B92C6F0835E7D1A9C20@LO2P265MB5130.GBRP265.PROD.OUTLOOK.COM>",
                  "from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2120.outbound."
                  "protection.outlook.com [40.107.10.120])",
                  to=ME_FULL,
                  extra=(("CC", addr("Tom Hale", "tom.hale@marlowfinch.co.uk")),
                         ("Thread-Topic", enc("Second interview – Signe Dalgaard / Marlow & Finch")),
                         ("Thread-Index", "AQHdRdWqZ1bM3c8NSEqg0tFhkH7yWQ=="),
                         ("Accept-Language", "en-GB, en-US"),
                         ("Content-Language", "en-GB"),
                         ("X-MS-Has-Attach", ""),
                         ("X-MS-TNEF-Correlator", "")))
    return message(headers, alt(text(body), html(mso_html(body, lang="EN-GB")),
                                calendar(ics, method="REQUEST", cte="base64")))


@mail(N(20), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-03-23T14:00:00Z", end="2026-03-23T15:00:00Z", contact="marcus.lee@penroselabs.com",
      company="Penrose Labs", local="Mon 2026-03-23 10:00", local_end="2026-03-23 11:00", zone=NYC,
      note="Greenhouse reschedule from a Boston company with NEW TIME and PREVIOUSLY blocks; new time "
           "'10:00 AM - 11:00 AM EDT (3:00 PM - 4:00 PM CET)' = 14:00Z (US on EDT, Denmark on CET); "
           "contact = coordinator Reply-To",
      days=(("Fri", "2026-03-20"),))
def m20_greenhouse_resched_penrose() -> bytes:
    body = t("""
        Hi Signe,

        Thanks for your flexibility! Your interview with Penrose Labs has been moved to a new time. The updated details are below, and your calendar invitation has been updated accordingly.

        NEW TIME
        Monday, March 23, 2026
        10:00 AM - 11:00 AM EDT (3:00 PM - 4:00 PM CET)

        PREVIOUSLY
        Friday, March 20, 2026, 10:00 AM - 11:00 AM EDT

        Interview: Product Design Deep Dive
        Interviewers: Grace Whitfield (VP Product), Sam Ortiz (Design Manager)
        Location: Zoom – https://penroselabs.zoom.us/j/91744208816?pwd=cFJ2dUhjZ0FkVk1ZbWx6SkNxT0xPQT09

        If you have any questions, just reply to this email.

        Best,
        Marcus Lee
        Recruiting Coordinator, Penrose Labs
        """)
    headers = hdr(addr("Marcus Lee", "no-reply@greenhouse.io"),
                  "Updated interview time: Penrose Labs – Product Designer", "2026-03-18 13:10:33", NYC,
                  "<65f87a11.1c2e9f04b7d3a@mail.greenhouse.io>",
                  "from o11.mail.greenhouse.io (o11.mail.greenhouse.io [167.89.100.41])",
                  extra=(("Reply-To", addr("Marcus Lee", "marcus.lee@penroselabs.com")),))
    foot = "\nPowered by Greenhouse\n"
    return message(headers, alt(text(body + foot), html(simple_html(body + foot))))


# =========================================================================== positives: cancelled


@mail(N(21), family="exchange", lang="da", interview=True, kind="cancelled",
      start="2026-10-12T09:00:00Z", end="2026-10-12T10:00:00Z", contact="cos@vestkystenergi.dk",
      company="Vestkyst Energi", local="Mon 2026-10-12 11:00", local_end="2026-10-12 12:00", zone=CPH,
      note="Outlook cancellation (METHOD:CANCEL, 'Aflyst:') of the first interview 'mandag kl. 11' that "
           "HR-Manager had booked; CEST so 09:00Z; the position is put on hold, no new time; contact = "
           "organizer")
def m21_exchange_cancel_vestkyst() -> bytes:
    body = t("""
        Hej Signe

        Jeg må desværre aflyse vores samtale mandag kl. 11. Stillingen er sat i bero efter en intern omstrukturering i Digital, og vi ved endnu ikke, hvornår eller om den bliver slået op igen.

        Det er jeg virkelig ked af, særligt fordi vi glædede os til at møde dig. Jeg kontakter dig, hvis stillingen åbner igen.

        Mvh
        Camilla Øster
        Talent Acquisition | Vestkyst Energi A/S
        Tlf. 87 30 12 45
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ@
BEGIN:VEVENT
ORGANIZER;CN=Camilla Øster:mailto:cos@vestkystenergi.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Signe Dalgaard:mailto:signe.dalgaard@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Niels Brandt:mailto:nbr@vestkystenergi.dk
DESCRIPTION;LANGUAGE=da-DK:Hej Signe\n\nJeg må desværre aflyse vores samtale mandag kl. 11. Stillingen er sat i bero efter en intern omstrukturering i Digital.\n\nMvh\nCamilla Øster\n
UID:040000008200E00074C5B7101A82E00800000000C3D21E6F8A55DC01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F9A0B
SUMMARY;LANGUAGE=da-DK:Aflyst: Første samtale – Signe Dalgaard (UX/Product Designer)
DTSTART;TZID=Romance Standard Time:20261012T110000
DTEND;TZID=Romance Standard Time:20261012T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261008T123019Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=da-DK:Vestkyst Energi\, Sønder Allé 8\, Aarhus C
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:1377045120
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ_ROMANCE)
    headers = hdr(addr("Camilla Øster", "cos@vestkystenergi.dk"),
                  "Aflyst: Første samtale – Signe Dalgaard (UX/Product Designer)", "2026-10-08 14:30:19", CPH,
                  "<VI1PR04MB6927A3C1E5F08B2D47E9C1A6F3D20@VI1PR04MB6927.eurprd04.prod.outlook.com>",
                  HOP_O365, to=ME_FULL,
                  extra=(("Thread-Topic", enc("Første samtale – Signe Dalgaard (UX/Product Designer)")),
                         ("Importance", "high"),
                         ("Content-Language", "da-DK"),
                         ("X-MS-Has-Attach", ""),
                         ("X-MS-TNEF-Correlator", "")))
    return message(headers, alt(text(body), html(mso_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-03T15:00:00Z", end=None, contact="ben@orbitfold.com",
      company="Orbitfold", local="Tue 2026-11-03 10:00", zone=NYC,
      note="Hiring manager cancels 'our call tomorrow (Tue, 10am ET / 4pm your time)'; sent Monday 2 Nov "
           "in EST (the US left daylight time on 1 Nov), so 10:00 EST = 15:00Z = 16:00 CET; role on hold, "
           "no new time")
def m22_cancel_orbitfold() -> bytes:
    body = t("""
        Hi Signe,

        I'm really sorry to do this on short notice, but I need to cancel our call tomorrow (Tue, 10am ET / 4pm your time). We found out late Friday that the Senior Product Designer role is on hold until the Q1 budget is approved, and I don't want to waste your time interviewing for a role we can't fill right now.

        I've removed the invite from the calendar. If the role opens up again in January you'll be the first person I reach out to – your portfolio was one of the strongest we've seen.

        Again, apologies.

        Ben

        --
        Ben Carver | Head of Design | Orbitfold
        """)
    headers = hdr(addr("Ben Carver", "ben@orbitfold.com"), "Tomorrow's call - need to cancel, sorry",
                  "2026-11-02 08:05:40", NYC, "<CAL7wN3tYx5kR1pQ9mV2cD8sF0hB4eJ6g@mail.gmail.com>", HOP_GMAIL)
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(23), family="teamtailor", lang="sv", interview=True, kind="cancelled",
      start="2026-04-08T07:30:00Z", end="2026-04-08T08:15:00Z", contact="elin.nystrom@kvarnby.se",
      company="Kvarnby Digital", local="Wed 2026-04-08 09:30", local_end="2026-04-08 10:15", zone=STO,
      note="Teamtailor cancellation in Swedish of the Malmö interview 'onsdag 8 april kl. 09:30–10:15' "
           "(CEST, 07:30Z), sent the day before; ICS METHOD:CANCEL; relay Reply-To, so contact = the "
           "human ORGANIZER / signature")
def m23_teamtailor_cancel_kvarnby() -> bytes:
    body = t("""
        Hej Signe,

        Tyvärr måste vi ställa in din intervju onsdag 8 april kl. 09:30–10:15.

        Under påsken fick vi besked om att rekryteringen av en produktdesigner pausas till efter sommaren. Det är såklart inte kul att få veta dagen innan, och vi ber verkligen om ursäkt för det.

        Vi sparar din ansökan och hör av oss om rollen öppnar igen.

        Vänliga hälsningar
        Elin Nyström
        Talent Acquisition, Kvarnby Digital
        elin.nystrom@kvarnby.se

        —
        Skickat via Teamtailor · https://kvarnby.teamtailor.com
        """)
    ics = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
CALSCALE:GREGORIAN
METHOD:CANCEL
@TZ@
BEGIN:VEVENT
UID:tt-meeting-4471902-candidate-1183377@teamtailor.com
DTSTAMP:20260407T060511Z
DTSTART;TZID=Europe/Stockholm:20260408T093000
DTEND;TZID=Europe/Stockholm:20260408T101500
SUMMARY:Inställd: Intervju: Produktdesigner – Kvarnby Digital
ORGANIZER;CN=Elin Nyström:mailto:elin.nystrom@kvarnby.se
ATTENDEE;CN=Signe Dalgaard;ROLE=REQ-PARTICIPANT:mailto:signe.dalgaard@example.org
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ["Europe/Stockholm"])
    headers = hdr(addr("Kvarnby Digital", "no-reply@teamtailor-mail.com"),
                  "Inställd intervju: Produktdesigner – Kvarnby Digital", "2026-04-07 08:05:11", STO,
                  "<66143a0f9c1e2_7d3b5a4f8e2c1d6b9a07@teamtailor-mail.com>",
                  "from mta-11.teamtailor-mail.com (mta-11.teamtailor-mail.com [159.135.224.11])",
                  extra=(("Reply-To", addr("Kvarnby Digital", "reply+4b7e19c0d2a85f36@teamtailor-mail.com")),))
    return message(headers, mixed(
        alt(text(body), html(simple_html(body))),
        calendar(ics, method="CANCEL", cte="base64", filename="intervju.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(N(24), family="application_receipt", lang="da", interview=False, company="Nørrelyst Forsikring",
      note="Emply receipt for the application: mentions that first interviews are planned 'i uge 13' and "
           "a reply 'senest fredag den 20. marts', nothing booked",
      days=(("Sun", "2026-03-15"), ("Fri", "2026-03-20")))
def m24_emply_receipt_norrelyst() -> bytes:
    body = t("""
        Kære Signe

        Tak for din ansøgning til stillingen som Produktdesigner i Digital Selvbetjening. Vi bekræfter hermed, at vi har modtaget den.

        Ansøgningsfristen er søndag den 15. marts, og vi forventer at holde de første samtaler i uge 13. Uanset udfaldet hører du fra os senest fredag den 20. marts.

        Du kan til enhver tid se eller trække din ansøgning tilbage på din kandidatside:
        https://norrelyst.emply.net/recruitment/candidate/login

        Venlig hilsen
        Nørrelyst Forsikring
        HR & Rekruttering

        --
        Denne mail kan ikke besvares. Den er sendt fra Nørrelysts rekrutteringssystem (Emply Hire).
        """)
    headers = hdr(addr("Nørrelyst Forsikring", "noreply@emply.net"),
                  "Tak for din ansøgning – Produktdesigner (Digital Selvbetjening)", "2026-03-02 10:03:41", CPH,
                  "<0102018dfd02e6a1-3b5c7e90-1a2d-4f6e-8c3b-5d7f9e1a2c4b-000000@emply.net>",
                  "from mail1.emply.net (mail1.emply.net [185.17.44.21])",
                  extra=(("X-Emply-Message-Type", "ApplicationReceived"),))
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(N(25), family="job_alert", lang="da", interview=False, company=None,
      note="Jobindex job agent digest listing nine design jobs (including companies that appear later in "
           "the inbox) and a link to an article about preparing for the jobsamtale")
def m25_jobindex_alert() -> bytes:
    jobs = [
        ("Produktdesigner – Digital Selvbetjening", "Nørrelyst Forsikring", "København V", "15. marts 2026", "h1571823"),
        ("Product Designer (barselsvikariat)", "Saltværk ApS", "København K", "1. marts 2026", "h1571166"),
        ("UX/UI Designer", "Bryggen Digital", "Aarhus C", "Snarest", "h1570954"),
        ("Servicedesigner", "Region Hovedstaden", "Hillerød", "27. februar 2026", "h1570431"),
        ("Product Designer, Payments", "Ferrow", "London (remote i EU)", "Løbende", "r8832917"),
        ("Interaction Designer – medtech", "Nordwell Medical", "Hellerup", "8. marts 2026", "h1571502"),
        ("Senior Product Designer", "Tangkrogen Labs", "Aarhus N", "Løbende", "h1571777"),
        ("Lead Designer", "Grønttorvet Studio", "København SV", "6. marts 2026", "h1569980"),
        ("Digital designer", "Fyns Andelsbank", "Odense C", "20. februar 2026", "h1571699"),
    ]
    lines = ["Hej Signe", "", 'Din jobagent "produktdesigner" har fundet 9 nye job siden i går.', ""]
    rows = []
    for title, firm, where, deadline, jid in jobs:
        url = f"https://www.jobindex.dk/vis-job/{jid}?utm_source=jobagent&utm_medium=email"
        lines += [title, f"{firm} · {where}", f"Ansøgningsfrist: {deadline}", url, ""]
        rows.append(
            f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5"><a href="{_html.escape(url)}" '
            f'style="color:#00579c;font-size:16px;font-weight:bold;text-decoration:none">{_html.escape(title)}</a>'
            f'<br><span style="color:#333">{_html.escape(firm)} · {_html.escape(where)}</span><br>'
            f'<span style="color:#777;font-size:12px">Ansøgningsfrist: {_html.escape(deadline)}</span></td></tr>')
    lines += [
        "Se alle job fra din jobagent: https://www.jobindex.dk/jobagent/visjob?jobagentid=2291844",
        "",
        "Skal du til jobsamtale snart? Læs vores guide: 12 spørgsmål du skal være klar til",
        "https://www.jobindex.dk/cms/jobsamtalen?utm_source=jobagent",
        "",
        "Du modtager denne mail, fordi du har oprettet en jobagent på Jobindex.",
        "Rediger eller stop jobagenten: https://www.jobindex.dk/jobagent/rediger?id=2291844",
    ]
    plain = "\n".join(lines) + "\n"
    page = t("""
        <!DOCTYPE html>
        <html lang="da"><head><meta charset="utf-8"><title>Jobagent</title></head>
        <body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;padding:24px">
        <tr><td><img src="https://www.jobindex.dk/img/logo/jobindex-logo-email.png" alt="Jobindex" width="150"></td></tr>
        <tr><td style="padding-top:16px;font-size:15px">Hej Signe<br><br>Din jobagent <b>&quot;produktdesigner&quot;</b> har fundet 9 nye job siden i går.</td></tr>
        @ROWS@
        <tr><td style="padding:18px 0"><a href="https://www.jobindex.dk/jobagent/visjob?jobagentid=2291844" style="background:#00579c;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px">Se alle job</a></td></tr>
        <tr><td style="padding:12px;background:#fdf6e3;font-size:14px">Skal du til jobsamtale snart? <a href="https://www.jobindex.dk/cms/jobsamtalen?utm_source=jobagent">Læs vores guide: 12 spørgsmål du skal være klar til</a></td></tr>
        <tr><td style="padding-top:20px;font-size:11px;color:#888">Du modtager denne mail, fordi du har oprettet en jobagent på Jobindex. <a href="https://www.jobindex.dk/jobagent/rediger?id=2291844" style="color:#888">Rediger eller stop jobagenten</a>.</td></tr>
        </table></td></tr></table></body></html>
        """).replace("@ROWS@", "\n".join(rows))
    headers = hdr(addr("Jobindex", "jobagent@jobindex.dk"), "Jobagent: 9 nye job – produktdesigner",
                  "2026-02-12 06:02:15", CPH, "<jobagent.2291844.20260212050215@jobindex.dk>",
                  "from mail3.jobindex.dk (mail3.jobindex.dk [185.45.12.33])",
                  extra=(("List-Unsubscribe", "<https://www.jobindex.dk/jobagent/rediger?id=2291844>"),
                         ("Precedence", "bulk")))
    return message(headers, alt(text(plain), html(page)))


@mail(N(26), family="application_receipt", lang="en", interview=False, company="Ferrow",
      note="LinkedIn Easy Apply receipt 'your application was sent to Ferrow' with similar-jobs block")
def m26_linkedin_applied_ferrow() -> bytes:
    body = t("""
        Your application was sent to Ferrow

        Product Designer
        Ferrow · London, England, United Kingdom (Remote)
        Applied on March 6, 2026

        View job: https://www.linkedin.com/comm/jobs/view/4182736450/?trackingId=Zq1x%2BkT3Q9uP0bF7mR2e4w%3D%3D

        Now, take these next steps for more success with your job search

        Set up job alerts for similar roles
        https://www.linkedin.com/comm/jobs/alerts/

        Prepare for your interview with AI-powered practice questions
        https://www.linkedin.com/comm/interview-prep/

        Jobs similar to Product Designer at Ferrow
        Senior Product Designer – Quillmate · Remote (EU)
        Product Designer – Loomwork · London (Hybrid)
        Product Designer II – Penrose Labs · Remote

        ----------------------------------------

        This email was intended for Signe Dalgaard (Product Designer at Brik Studio)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job application emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application

        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """)
    headers = hdr(addr("LinkedIn", "jobs-noreply@linkedin.com"), "Signe, your application was sent to Ferrow",
                  "2026-03-06 12:31:07", "UTC", "<1702845901.3317284.1772800267554@ltx1-app7412.prod.linkedin.com>",
                  "from mailb-ec.linkedin.com (mailb-ec.linkedin.com [108.174.6.213])",
                  extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),))
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(N(27), family="recruiter_outreach", lang="en", interview=False, company="Northbound Talent",
      note="LinkedIn InMail from an agency recruiter: asks for 'a quick 20-minute chat sometime next week', "
           "no time fixed")
def m27_inmail_northbound() -> bytes:
    body = t("""
        Sofie Mikkelsen
        Senior Tech Recruiter at Northbound Talent

        Hi Signe,

        I came across your profile and the booking-flow case on your portfolio – really nice work.

        I'm helping a Copenhagen fintech (Series B, ~120 people) hire a Lead Product Designer to build up their design team. Hybrid, three days a week in the office near Kongens Nytorv, and a competitive salary band.

        Would you be open to a quick 20-minute chat sometime next week? Just let me know what suits you, or reply with your number and I'll give you a ring.

        Best,
        Sofie

        Reply: https://www.linkedin.com/messaging/thread/2-NzQ1ZjE5YjAtMmM3ZS00ZDkxLWE0NjMtOWIxZTNjNWY3YTIx/

        ----------------------------------------
        This email was intended for Signe Dalgaard (Product Designer at Brik Studio)
        You are receiving InMail notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    headers = hdr(addr("Sofie Mikkelsen via LinkedIn", "inmail-hit-reply@linkedin.com"),
                  "Lead Product Designer – Copenhagen fintech", "2026-09-03 09:15:44", CPH,
                  "<1288410452.9017733.1788419744120@lva1-app5519.prod.linkedin.com>",
                  "from mailb-dc.linkedin.com (mailb-dc.linkedin.com [108.174.3.195])")
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(N(28), family="self_schedule", lang="en", interview=False, company="Loomwork",
      note="Recruiter sends her Calendly link ('grab whatever slot suits you next week'); nothing booked "
           "yet (the booking confirmation is a separate mail)")
def m28_calendly_link_loomwork() -> bytes:
    body = t("""
        Hi Signe,

        Thanks for applying for the Product Designer role at Loomwork – we really liked your portfolio, particularly the Brik booking work.

        The next step is a 30-minute intro call with me, where I'll tell you more about the role and the team and hear a bit about what you're looking for. Please grab whatever slot suits you next week here:

        https://calendly.com/priya-loomwork/intro-30

        If none of the times work, just let me know and we'll find something.

        Best,
        Priya

        Priya Raman
        Talent Partner, Loomwork
        """)
    headers = hdr(addr("Priya Raman", "priya@loomwork.io"), "Loomwork – Product Designer role",
                  "2026-03-19 17:22:50", LON, "<CAHv8sW1pK3mQ6tX0nR9yB2eD5fL7cJ4z@mail.gmail.com>", HOP_GMAIL)
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(29), family="slot_proposal", lang="da", interview=False, company="Kvartal Studio",
      note="Hiring manager proposes two slots ('tirsdag 29/9 kl. 10 eller onsdag 30/9 kl. 14'); nothing "
           "agreed yet (his confirmation is a later mail)",
      days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")))
def m29_proposal_kvartal() -> bytes:
    body = t("""
        Hej Signe

        Tak for din ansøgning og for et rigtig fint portfolio – især Brik-casen om bookingflowet. Kunne du komme forbi til en snak enten tirsdag 29/9 kl. 10 eller onsdag 30/9 kl. 14?

        Bedste hilsner
        Anders Holt
        Creative Director, Kvartal Studio
        """)
    headers = hdr(addr("Anders Holt", "anders@kvartalstudio.dk"), "Ansøgning – Product Designer",
                  "2026-09-22 11:05:33", CPH, "<CAF3k9vQd1Hw8pN2sK6tY4xU0mA7eR3gL@mail.gmail.com>", HOP_GMAIL)
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="take_home", lang="en", interview=False, company="Quillmate",
      note="Take-home design exercise with a deadline 'Friday, March 27, 9:00 AM ET (2:00 PM your time)' "
           "and a PDF brief; a deadline, not an interview",
      days=(("Fri", "2026-03-27"),))
def m30_takehome_quillmate() -> bytes:
    body = t("""
        Hi Signe,

        Thanks again for Thursday – Raj and I really enjoyed the session.

        We'd love to move you forward to the take-home exercise. The brief is attached. It's scoped for about 4 hours; please don't spend much more than that, we care about your thinking more than polish.

        Please send it back by Friday, March 27, 9:00 AM ET (2:00 PM your time). Once we've had a look we'll set up a final round where you walk the team through it.

        Any questions, just reply here.

        Dana

        Dana Whitcomb
        Head of Design, Quillmate
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    attachment = make.Part(
        [("Content-Type", 'application/pdf; name="Quillmate_design_exercise.pdf"'),
         ("Content-Disposition", 'attachment; filename="Quillmate_design_exercise.pdf"'),
         ("Content-Transfer-Encoding", "base64")],
        base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    headers = hdr(addr("Dana Whitcomb", "dana@quillmate.com"), "Next step: design exercise",
                  "2026-03-23 09:40:26", NYC, "<CAM2pX7vN0kQ4wT8rB1yE6sH3dL9fZ5cA@mail.gmail.com>", HOP_GMAIL)
    return message(headers, mixed(alt(text(body), html(gmail_html(body))), attachment))


@mail(N(31), family="assessment", lang="en", interview=False, company="Nordwell Medical",
      note="Online assessment invitation (logic + work preferences) to complete 'by Wednesday, October 7, "
           "2026 at 23:59 (CEST)', whenever suits her",
      days=(("Wed", "2026-10-07"),))
def m31_assessment_nordwell() -> bytes:
    body = t("""
        Hi Signe,

        Nordwell Medical has invited you to complete the following assessments as part of your application for Senior UX Designer:

        • Logical reasoning (approx. 20 min)
        • Work preferences questionnaire (approx. 15 min)

        Please complete both within 5 days, by Wednesday, October 7, 2026 at 23:59 (CEST). You can take them whenever it suits you, but each test has to be finished in one sitting once you start.

        Start assessment: https://app.talentmetric.io/invite/9f2c4e1a7b3d

        Good luck!
        Talentmetric, on behalf of Nordwell Medical

        Need help? https://help.talentmetric.io
        """)
    headers = hdr(addr("Nordwell Medical via Talentmetric", "no-reply@talentmetric.io"),
                  "Nordwell Medical has invited you to complete an assessment", "2026-10-02 10:20:03", "UTC",
                  "<01070192a5f1e2c4-8d3b7a6f-5e4c-4b2a-9f1d-0c8e7b6a5d4c-000000@eu-west-1.amazonses.com>",
                  "from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com "
                  "[54.240.7.12])")
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(N(32), family="video_interview_deadline", lang="en", interview=False, company="Havtorn Foods",
      note="Workable one-way recorded video interview, 'record your answers by Sunday, 11 October 2026 at "
           "23:59 (CEST)'; no interviewer, no fixed time",
      days=(("Sun", "2026-10-11"),))
def m32_workable_video_havtorn() -> bytes:
    body = t("""
        Hi Signe,

        Thank you for applying for the Product Designer position at Havtorn Foods in Odense.

        As the next step, we'd like to invite you to a short one-way video interview. You'll be asked 4 questions and will have up to 2 minutes to record each answer. There's no interviewer on the other end, so you can do it whenever it suits you.

        Please record your answers by Sunday, 11 October 2026 at 23:59 (CEST).

        Start your video interview:
        https://apply.workable.com/havtorn-foods/v/3A7F21C9D0/

        A few tips: find a quiet spot with good light, and test your camera and microphone before you begin.

        Kind regards,
        Mathias Bech
        Havtorn Foods

        Powered by Workable
        """)
    headers = hdr(addr("Havtorn Foods", "noreply@candidates.workablemail.com"),
                  "Havtorn Foods: Video interview for Product Designer", "2026-10-06 12:44:18", CPH,
                  "<5f2c0a7e9b1d4_3e8a1c2d@candidates.workablemail.com>",
                  "from mail-out-3.workablemail.com (mail-out-3.workablemail.com [18.156.92.14])",
                  extra=(("Reply-To", addr("Havtorn Foods", "havtorn-foods+c8f2a91e@candidates.workablemail.com")),))
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(N(33), family="non_interview_calendar", lang="da", interview=False, company=None,
      note="Dentist reminder 'Tirsdag den 14. april 2026 kl. 08.15' (iso-8859-1, 8bit): a confirmed time, "
           "not an interview",
      days=(("Tue", "2026-04-14"),))
def m33_dentist() -> bytes:
    body = t("""
        Kære Signe Dalgaard

        Dette er en påmindelse om din tid hos Tandlægerne i Ryesgade:

        Tirsdag den 14. april 2026 kl. 08.15
        Behandler: Tandlæge Mikkel Juul
        Type: Årligt eftersyn og tandrensning (ca. 45 min.)

        Adresse: Ryesgade 58, 2100 København Ø

        Hvis du bliver forhindret, bedes du melde afbud senest 24 timer før på tlf. 35 38 12 60 eller via online booking. Ved udeblivelse uden afbud opkræves et gebyr på 300 kr.

        Venlig hilsen
        Tandlægerne i Ryesgade

        Denne mail er sendt automatisk og kan ikke besvares.
        """)
    headers = hdr(addr("Tandlægerne i Ryesgade", "booking@tandryesgade.dk", charset="iso-8859-1"),
                  "Påmindelse om din tandlægetid", "2026-04-09 07:00:02", CPH,
                  "<20260409050002.4471@booking.tandryesgade.dk>",
                  "from booking.tandryesgade.dk (booking.tandryesgade.dk [195.249.33.18])",
                  charset="iso-8859-1")
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(34), family="non_interview_calendar", lang="da", interview=False, company=None,
      note="Outlook meeting request from her current manager for the yearly MUS-samtale (staff appraisal) "
           "'torsdag d. 12/11 kl. 10-11.30', forwarded from her work address; not a job interview",
      days=(("Thu", "2026-11-12"),))
def m34_mus_brik() -> bytes:
    body = t("""
        Hej Signe

        Så er det tid til årets MUS. Jeg har booket os torsdag d. 12/11 kl. 10-11.30 i det lille mødelokale på 2. sal.

        Du får skemaet til forberedelse i en separat mail fra HR – udfyld det gerne senest dagen før, så vi har noget at tale ud fra. Vi skal bl.a. snakke om dine mål for næste år og om din rolle i Brik Booking-teamet.

        /Mads
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ@
BEGIN:VEVENT
ORGANIZER;CN=Mads Krogh:mailto:mads@brikstudio.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Signe Dalgaard:mailto:signe@brikstudio.dk
DESCRIPTION;LANGUAGE=da-DK:Hej Signe\n\nSå er det tid til årets MUS. Jeg har booket os torsdag d. 12/11 kl. 10-11.30 i det lille mødelokale på 2. sal.\n\n/Mads\n
UID:040000008200E00074C5B7101A82E00800000000E5F7A8B96C6ADC01000000000000000010000000C4D5E6F708192A3B4C5D6E7F8091A2B3
SUMMARY;LANGUAGE=da-DK:MUS-samtale Signe / Mads
DTSTART;TZID=Romance Standard Time:20261112T100000
DTEND;TZID=Romance Standard Time:20261112T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T081233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Mødelokale 2.1 (lille)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
END:VCALENDAR""".replace("@TZ@", VTZ_ROMANCE)
    headers = hdr(addr("Mads Krogh", "mads@brikstudio.dk"), "MUS-samtale Signe / Mads", "2026-11-02 09:12:33", CPH,
                  "<AS8PR03MB7702D4F1B6A93C2E05D8F1B7C4A60@AS8PR03MB7702.eurprd03.prod.outlook.com>",
                  HOP_O365, to=addr("Signe Dalgaard", "signe@brikstudio.dk"),
                  extra=(("X-Forwarded-To", ME),
                         ("X-Forwarded-For", f"signe@brikstudio.dk {ME}"),
                         ("Thread-Topic", "MUS-samtale Signe / Mads"),
                         ("Content-Language", "da-DK"),
                         ("X-MS-Has-Attach", ""),
                         ("X-MS-TNEF-Correlator", "")))
    return message(headers, alt(text(body), html(mso_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(35), family="non_interview_calendar", lang="da", interview=False, company=None,
      note="Apartment viewing 'torsdag den 23. april kl. 17.30' from a letting agent; personal appointment",
      days=(("Thu", "2026-04-23"),))
def m35_viewing() -> bytes:
    body = t("""
        Hej Signe

        Tak for din interesse for lejligheden på Jagtvej 112, 3. tv. (2 vær., 68 m², 11.450 kr./md. + forbrug).

        Du er skrevet op til fremvisning torsdag den 23. april kl. 17.30. Vi mødes ved hoveddøren – ring på 61 20 44 93, hvis du bliver forsinket.

        Tag gerne med:
        - dine tre seneste lønsedler
        - kopi af billed-ID

        Venlig hilsen
        Maja Sand
        Byhus Udlejning ApS
        """)
    headers = hdr(addr("Maja Sand", "maja@byhusudlejning.dk"), "Fremvisning – Jagtvej 112, 3. tv.",
                  "2026-04-17 14:05:27", CPH,
                  "<VI1P190MB0719B2E4C7A15D3F69E0C8A1B2D40@VI1P190MB0719.EURP190.PROD.OUTLOOK.COM>", HOP_O365,
                  extra=(("Content-Language", "da-DK"),))
    return message(headers, alt(text(body), html(mso_html(body))))


@mail(N(36), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation for 'Product Design CPH #41: How we interview designers', "
           "Wednesday, March 25, 2026, 5:30 PM CET; an event about interviewing, not an interview",
      days=(("Wed", "2026-03-25"),))
def m36_meetup() -> bytes:
    body = t("""
        You're going!

        Product Design CPH #41: How we interview designers
        Hosted by Product Design CPH

        Wednesday, March 25, 2026
        5:30 PM to 8:00 PM CET

        Lindgren Hall, Nørrebrogade 44, 2200 København N

        Three hiring managers from Copenhagen product teams walk through how they run design interviews – portfolio reviews, whiteboard sessions and take-homes – followed by an open Q&A. Pizza and drinks from 17:30, talks start at 18:00.

        Add to calendar: https://www.meetup.com/product-design-cph/events/302984117/ics/
        See event: https://www.meetup.com/product-design-cph/events/302984117/

        Can't make it? Update your RSVP so someone on the waitlist can take your spot.

        ---
        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        Unsubscribe from RSVP confirmations: https://www.meetup.com/account/comm/
        """)
    headers = hdr(addr("Meetup", "info@email.meetup.com"),
                  'You\'re going to "Product Design CPH #41: How we interview designers"',
                  "2026-03-16 19:40:12", "UTC", "<0100018e47a1b2c3-d4e5f607-1829-4a3b-8c5d-6e7f80910a1b-000000@email.meetup.com>",
                  "from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
                  extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(N(37), family="webinar", lang="da", interview=False, company=None,
      note="Union webinar registration 'Knæk jobsamtalen' on 'Onsdag den 30. september 2026 kl. 12.00-13.00' "
           "with a Zoom ICS; about job interviews, not one",
      days=(("Wed", "2026-09-30"),))
def m37_webinar() -> bytes:
    body = t("""
        Hej Signe

        Tak for din tilmelding til webinaret

        Knæk jobsamtalen – sådan præsenterer du dit portfolio
        Onsdag den 30. september 2026 kl. 12.00-13.00
        Online (Zoom Webinar)

        Karrierekonsulent Ditte Bonde gennemgår, hvad designvirksomheder typisk spørger om til første og anden samtale, hvordan du bygger en case-præsentation op på 15 minutter, og hvordan du tager lønsnakken. Der er tid til spørgsmål til sidst.

        Link til webinaret:
        https://designfagligt.zoom.us/w/98122407731?tk=hX2cQ0nW7rB4pL9sK1yT6eF3mD8aZ5vJ
        Adgangskode: 301526

        Vi har vedhæftet en kalenderinvitation, så du nemt kan lægge webinaret i din kalender.

        Venlig hilsen
        Designfagligt Forbund
        Karriere & Job
        """)
    ics = r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@TZ@
BEGIN:VEVENT
DTSTAMP:20260924T080011Z
DTSTART;TZID=Europe/Copenhagen:20260930T120000
DTEND;TZID=Europe/Copenhagen:20260930T130000
SUMMARY:Knæk jobsamtalen – sådan præsenterer du dit portfolio
UID:ZOOM98122407731-signe.dalgaard@example.org
TZID:Europe/Copenhagen
DESCRIPTION:Webinar fra Designfagligt Forbund\n\nDeltag: https://designfagligt.zoom.us/w/98122407731\nAdgangskode: 301526
LOCATION:https://designfagligt.zoom.us/w/98122407731
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ_CPH)
    headers = hdr(addr("Designfagligt Forbund", "events@designfagligt.dk"),
                  "Du er tilmeldt: Knæk jobsamtalen – webinar for designere", "2026-09-24 10:00:11", CPH,
                  "<20260924080011.7c1e4a2f9b3d@zoom.us>",
                  "from zoom-mta-22.zoom.us (zoom-mta-22.zoom.us [170.114.52.22])",
                  extra=(("Reply-To", addr("Designfagligt Forbund", "karriere@designfagligt.dk")),))
    return message(headers, mixed(
        alt(text(body), html(simple_html(body))),
        calendar(ics, method=None, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(38), family="mock_interview", lang="en", interview=False, company=None,
      note="Paid career coach confirms a mock portfolio interview 'Tuesday 6 October at 17:00 (Copenhagen "
           "time), 60 minutes'; practice, not a job interview",
      days=(("Tue", "2026-10-06"),))
def m38_mock_interview() -> bytes:
    body = t("""
        Hi Signe,

        Lovely to hear from you again! You're booked in for a mock portfolio interview on Tuesday 6 October at 17:00 (Copenhagen time), 60 minutes, at my studio on Vesterbrogade 121 – or on Zoom if you'd rather, just say.

        I'll play the hiring manager at a mid-size product company and run it like a real first interview: 15 min on you, 25 min on one case, then your questions. The last 20 minutes are feedback.

        Please send me the deck you'd use by Monday evening so I can prepare a few hard questions 😉

        Invoice follows after the session (1.200 kr. incl. moms).

        Ida

        Ida Sommer
        Portfolio & Career Coaching for Designers
        idasommer.dk
        """)
    headers = hdr(addr("Ida Sommer", "ida@idasommer.dk"), "Re: Mock interview before the Nordwell round?",
                  "2026-10-01 20:11:48", CPH, "<7C2E91A4-5B3D-4F60-8E17-A9D0C3B2F145@idasommer.dk>",
                  "from mail.idasommer.dk (mail.idasommer.dk [46.30.213.77])",
                  extra=(("In-Reply-To", "<A1F4C7E2-0D93-4B58-9E26-7C5B1A3D8F09@example.org>"),))
    return message(headers, text(body))


@mail(N(39), family="podcast", lang="da", interview=False, company=None,
      note="Design podcast host confirms recording an interview with her 'torsdag d. 5/11 kl. 10.00'; "
           "a podcast interview, not a job interview",
      days=(("Thu", "2026-11-05"),))
def m39_podcast() -> bytes:
    body = t("""
        Hej Signe

        Fedt at du har lyst til at være med! Hermed bekræftet: vi optager interviewet torsdag d. 5/11 kl. 10.00 i vores studie på Flæsketorvet 68, kælderen (ring på "Lydhuset").

        Vi snakker om bookingflowet, du lavede for Brik, og om dit sideprojekt Cykelkort – regn med ca. 45 min. optagelse og lidt snak før. Episoden udkommer i slutningen af november.

        Jeg sender et par spørgsmål i løbet af ugen, så du kan forberede dig.

        Ses!
        Rune
        Pixel & Pind – en podcast om dansk produktdesign
        """)
    headers = hdr(addr("Rune Bjerre", "rune@pixelogpind.dk"), "Optagelse af Pixel & Pind – interview torsdag",
                  "2026-10-30 11:25:03", CPH, "<CAB4nR7xK2pW9mT1qV5yE0sL3dH8fJ6cZ@mail.gmail.com>", HOP_GMAIL)
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(40), family="press_interview", lang="da", interview=False, company=None,
      note="Journalist confirms a phone interview about her side project 'onsdag kl. 15' (Wednesday 11 "
           "November); press, not a job interview")
def m40_press() -> bytes:
    body = t("""
        Hej Signe

        Tak, så siger vi onsdag kl. 15, og jeg ringer dig op på 26 14 80 37. Jeg regner med 30-40 minutter.

        Artiklen handler om designere, der bygger deres egne små produkter ved siden af jobbet, og Cykelkort bliver en af tre cases. Du får selvfølgelig dine citater til godkendelse, inden vi går i trykken.

        Bedste hilsner
        Karen Winther
        Journalist, FORM Designmagasin

        Den søn. 8. nov. 2026 kl. 19.52 skrev Signe Dalgaard <signe.dalgaard@example.org>:
        > Hej Karen
        >
        > Hvor sjovt! Onsdag eftermiddag passer mig godt, fx kl. 15?
        >
        > Mvh Signe
        """)
    headers = hdr(addr("Karen Winther", "kw@formdesignmagasin.dk"), "Re: Interview om Cykelkort",
                  "2026-11-09 09:40:37", CPH, "<CAD9sT2vN6kQ1wX4rB8yE3mH7dL0fZ5cP@mail.gmail.com>", HOP_GMAIL,
                  extra=(("In-Reply-To", "<3B8E2D71-C4A9-4F05-9E62-1D7A0F5C8B34@example.org>"),))
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(41), family="interviewer_invite", lang="da", interview=False, company=None,
      note="Teamtailor at her current employer adds her as interviewer for a junior candidate, 'torsdag "
           "19. marts 2026, 10:00–11:00 (CET)', with ICS; she interviews someone else",
      days=(("Thu", "2026-03-19"),))
def m41_interviewer_brik() -> bytes:
    body = t("""
        Hej Signe,

        Mads Krogh har tilføjet dig som interviewer.

        Kandidat: Emil Vang
        Job: Junior Designer
        Tidspunkt: torsdag 19. marts 2026, 10:00–11:00 (CET)
        Sted: Brik Studio, mødelokale "Havnen", Vesterbrogade 34

        Kandidatens profil, CV og portfolio finder du her:
        https://brikstudio.teamtailor.com/app/candidates/2218841

        Husk at udfylde scorecardet i Teamtailor senest dagen efter interviewet.

        — Teamtailor
        """)
    ics = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ@
BEGIN:VEVENT
UID:tt-meeting-3990127-user-88412@teamtailor.com
DTSTAMP:20260316T120244Z
DTSTART;TZID=Europe/Copenhagen:20260319T100000
DTEND;TZID=Europe/Copenhagen:20260319T110000
SUMMARY:Interview: Emil Vang – Junior Designer
LOCATION:Brik Studio\, mødelokale "Havnen"
ORGANIZER;CN=Mads Krogh:mailto:mads@brikstudio.dk
ATTENDEE;CN=Signe Dalgaard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:signe@brikstudio.dk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""".replace("@TZ@", VTZ_CPH)
    headers = hdr(addr("Brik Studio", "no-reply@teamtailor-mail.com"),
                  "Du er tilføjet som interviewer: Emil Vang – Junior Designer", "2026-03-16 13:02:44", CPH,
                  "<65f58a74b2c1e_4a7d3e9f1c0b2a8d5e63@teamtailor-mail.com>",
                  "from mta-12.teamtailor-mail.com (mta-12.teamtailor-mail.com [159.135.224.12])",
                  to=addr("Signe Dalgaard", "signe@brikstudio.dk"),
                  extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"signe@brikstudio.dk {ME}")))
    return message(headers, mixed(
        alt(text(body), html(simple_html(body))),
        calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment")))


@mail(N(42), family="reference_call", lang="da", interview=False, company=None,
      note="Recruiter confirms a reference call with her about a former colleague, 'torsdag d. 7. maj kl. "
           "11.00'; she is the reference, not the candidate",
      days=(("Thu", "2026-05-07"),))
def m42_reference_call() -> bytes:
    body = t("""
        Hej Signe

        Tusind tak fordi du vil være reference for Jonas Friis – det er rigtig værdifuldt for os.

        Som aftalt ringer jeg dig op torsdag d. 7. maj kl. 11.00 på 26 14 80 37. Det tager ca. 15 minutter, og jeg spørger primært ind til jeres samarbejde på Brik Booking, hans styrker, og hvor han kan udvikle sig.

        Alt, hvad du siger, behandles fortroligt og deles kun i anonymiseret form med vores kunde.

        Venlig hilsen
        Mia Thorsen
        Senior Consultant, Copperfield Talent
        +45 42 71 90 16
        """)
    headers = hdr(addr("Mia Thorsen", "mia@copperfieldtalent.com"), "Reference for Jonas Friis",
                  "2026-05-04 16:30:21", CPH,
                  "<DU2PR08MB7285F3A1C6E94B0D27F5A8C1E3B90@DU2PR08MB7285.eurprd08.prod.outlook.com>", HOP_O365,
                  extra=(("Content-Language", "da-DK"),))
    return message(headers, alt(text(body), html(mso_html(body))))


@mail(N(43), family="out_of_office", lang="da", interview=False, company="Nørrelyst Forsikring",
      note="Outlook auto-reply (Danish + English) from the HR partner to the candidate's question about "
           "'jobsamtale torsdag'; away until Wednesday 25 March; nothing confirmed",
      days=(("Wed", "2026-03-25"),))
def m43_ooo_norrelyst() -> bytes:
    body = t("""
        Tak for din mail.

        Jeg er på kursus til og med onsdag den 25. marts og læser kun mail sporadisk. Jeg svarer hurtigst muligt, når jeg er tilbage.

        Har du spørgsmål om en igangværende rekruttering, kan du skrive til rekruttering@norrelyst.dk.

        Venlig hilsen
        Line Bak
        HR-partner, Nørrelyst Forsikring

        ---

        Thank you for your email. I am attending a course until Wednesday 25 March and will only check email occasionally. For questions about an ongoing recruitment, please contact rekruttering@norrelyst.dk.
        """)
    headers = hdr(addr("Line Bak", "lba@norrelyst.dk"), "Automatisk svar: Spørgsmål til jobsamtale torsdag",
                  "2026-03-23 08:31:02", CPH,
                  "<a3e7c0d5b1f94e28a6d2c9b07f5e1a34@AM6PR02MB4471.eurprd02.prod.outlook.com>", HOP_O365,
                  extra=(("In-Reply-To", "<F0C2A6E9-7D15-4B3A-8C94-2E6B1D0F7A53@example.org>"),
                         ("Auto-Submitted", "auto-replied"),
                         ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "lba@norrelyst.dk"),
                         ("Content-Language", "da-DK")))
    return message(headers, alt(text(body), html(mso_html(body))))


@mail(N(44), family="bounce", lang="da", interview=False, company=None,
      note="Postfix bounce of the candidate's own acceptance ('jeg bekræfter hermed mandag d. 26/10 kl. "
           "13') sent to a mistyped domain; a delivery failure, not a message from the employer")
def m44_bounce() -> bytes:
    orig_body = t("""
        Hej Birgitte

        Tak for invitationen – jeg bekræfter hermed mandag d. 26/10 kl. 13, og jeg glæder mig til at tale med jer.

        Vh Signe

        Den tors. 22. okt. 2026 kl. 10.41 skrev Birgitte Lund <bil@lindholm-robotics.dk>:
        > Hej Signe
        >
        > Tak for en god telefonsnak i går. Som aftalt sender jeg her en invitation til første samtale på Teams mandag d. 26/10 kl. 13.00-14.00.
        """)
    orig = message([
        ("From", ME_FULL),
        ("To", addr("Birgitte Lund", "bil@lindholm-robotic.dk")),
        ("Subject", enc("Re: Jobsamtale – Senior Product Designer")),
        ("Date", date("2026-10-22 21:03:08", CPH)),
        ("Message-ID", "<6D1A9F3E-2B7C-4E85-A0D4-C9F13E57B280@example.org>"),
        ("In-Reply-To", "<DB9PR07MB8841C3A5E27F1B4D90A6E2C1B7F40@DB9PR07MB8841.eurprd07.prod.outlook.com>"),
    ], text(orig_body))
    report = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <bil@lindholm-robotic.dk>: Host or domain name not found. Name service error
            for name=lindholm-robotic.dk type=A: Host not found
        """)
    dsn = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4dB71C2E9F0
        X-Postfix-Sender: rfc822; signe.dalgaard@example.org
        Arrival-Date: Thu, 22 Oct 2026 21:03:09 +0200 (CEST)

        Final-Recipient: rfc822; bil@lindholm-robotic.dk
        Original-Recipient: rfc822;bil@lindholm-robotic.dk
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=lindholm-robotic.dk type=A: Host not found
        """)
    headers = hdr(addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.org"),
                  "Undelivered Mail Returned to Sender", "2026-10-22 21:03:10", CPH,
                  "<20261022190310.9E3A41C2E80@mx2.example.org>", "from localhost (localhost [127.0.0.1])",
                  extra=(("Auto-Submitted", "auto-replied"),))
    body = multipart("report",
                     text(report, cte="7bit", params='name="Notification"'),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], dsn),
                     attached_message(orig),
                     params="report-type=delivery-status")
    return message(headers, body)


@mail(N(45), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Design newsletter issue on portfolio interviews, with an 'Ask a hiring manager' live session "
           "on Thursday 17 September at 18:00 CEST; newsletter",
      days=(("Thu", "2026-09-17"),))
def m45_newsletter() -> bytes:
    body = t("""
        Designdrift #112 – The portfolio interview, decoded

        Hi there,

        This week we asked eleven design managers what actually happens in a portfolio interview, and what makes them say "let's move her to the next round". A few things came up again and again:

        1. Lead with the problem, not the pixels. The first two minutes decide whether they follow your story.
        2. Show one project deeply rather than five shallowly. Bring the messy middle.
        3. Say "I" when it was you. Panels notice when everything is "we".
        4. Have a 60-second answer ready for "why are you leaving?" that isn't about your current manager.
        5. Close with a question about how the team makes decisions – it tells you more than the salary band.

        Read the full piece: https://designdrift.news/p/the-portfolio-interview-decoded

        LIVE: Ask a hiring manager
        Thursday 17 September, 18:00 CEST, on YouTube. Send your questions in advance by replying to this email.

        Jobs of the week
        • Senior Product Designer – Brightwater Analytics (Remote, EU/US)
        • Product Designer – Havnelys Mobility (Copenhagen)
        • UX Designer – Havtorn Foods (Odense)

        You're receiving this because you subscribed at designdrift.news.
        Unsubscribe: https://designdrift.news/unsubscribe?u=5c1e92a7
        """)
    headers = hdr(addr("Designdrift", "hello@designdrift.news"), "Designdrift #112: The portfolio interview, decoded",
                  "2026-09-10 07:30:00", "UTC", "<20260910073000.1.f3b8c2e9a7d1@designdrift.news>",
                  "from m42-18.mailgun.net (m42-18.mailgun.net [69.72.42.18])",
                  extra=(("List-Unsubscribe", "<https://designdrift.news/unsubscribe?u=5c1e92a7>"),
                         ("List-Id", "Designdrift <weekly.designdrift.news>"),
                         ("Precedence", "bulk")))
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(N(46), family="rejection", lang="da", interview=False, company="Lindholm Robotics",
      note="Rejection after the first interview ('Tak for samtalen mandag d. 26. oktober'), windows-1252; "
           "offers feedback at a time to be found, nothing fixed",
      days=(("Mon", "2026-10-26"),))
def m46_rejection_lindholm() -> bytes:
    body = t("""
        Hej Signe

        Tak for samtalen mandag d. 26. oktober og for den tid, du har brugt på processen. Peter og jeg var glade for at høre om dit arbejde – især dine overvejelser om bookingflowet.

        Vi har nu afsluttet første samtalerunde og har desværre valgt at gå videre med kandidater, der har mere erfaring med industrielle brugerflader og HMI.

        Det har været en tæt beslutning, og du er meget velkommen til at søge hos os igen.

        Hvis du ønsker en kort mundtlig feedback, så skriv endelig, så finder vi et tidspunkt.

        Venlig hilsen

        Birgitte Lund
        Talent Acquisition Partner
        Lindholm Robotics A/S
        """)
    headers = hdr(addr("Birgitte Lund", "bil@lindholm-robotics.dk"),
                  "Vedr. din ansøgning – Senior Product Designer", "2026-11-03 14:20:55", CPH,
                  "<DB9PR07MB884172E0A5C3F19B4D6E8A2C0F1B7@DB9PR07MB8841.eurprd07.prod.outlook.com>", HOP_O365,
                  charset="windows-1252",
                  extra=(("Content-Language", "da-DK"),))
    return message(headers, alt(text(body, charset="windows-1252"),
                                html(mso_html(body), charset="windows-1252")))


@mail(N(47), family="rejection", lang="en", interview=False, company="Ferrow",
      note="Greenhouse rejection after the portfolio interview 'last week'; offers feedback on a call, "
           "no time")
def m47_rejection_ferrow() -> bytes:
    body = t("""
        Hi Signe,

        Thank you for taking the time to interview with us for the Product Designer role, and for the thoughtful walkthrough of your work last week. Aisha and Oliver genuinely enjoyed the conversation.

        After a lot of discussion we've decided to move forward with another candidate whose payments experience is a closer match for where the team is right now. It was a close call, and we'd love to stay in touch for future roles.

        If it would help, I'm happy to share some feedback on a quick call – just reply and let me know.

        Best wishes,
        Tom

        Tom Asante
        Talent Partner | Ferrow

        Powered by Greenhouse
        """)
    headers = hdr(addr("Tom Asante", "no-reply@greenhouse.io"), "Your application to Ferrow",
                  "2026-04-09 11:02:16", LON, "<6615127c.3a9e0d71f4b2c@mail.greenhouse.io>",
                  "from o3.mail.greenhouse.io (o3.mail.greenhouse.io [167.89.100.33])",
                  extra=(("Reply-To", addr("Tom Asante", "tom.asante@ferrow.co.uk")),))
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(N(48), family="offer", lang="da", interview=False, company="Tangkrogen Labs",
      note="Offer after two interviews, answer wanted 'senest fredag d. 17/4'; contract via Penneo; "
           "no meeting fixed",
      days=(("Fri", "2026-04-17"),))
def m48_offer_tangkrogen() -> bytes:
    body = t("""
        Hej Signe

        Tusind tak for to gode samtaler og for en rigtig stærk opgave. Vi er alle enige: vi vil meget gerne have dig med på holdet som Senior Product Designer!

        Kort om tilbuddet:
        - Månedsløn: 52.000 kr. + 10 % pension
        - Start: 1. juni 2026 (eller efter aftale)
        - Arbejdssted: Aarhus, med to hjemmearbejdsdage om ugen og gerne et par dage i København om måneden
        - 6 ugers ferie + fri mellem jul og nytår

        Kontrakten kommer i en separat mail fra Penneo, så du kan underskrive digitalt. Vi håber at høre fra dig senest fredag d. 17/4 – og ring endelig, hvis du har spørgsmål eller vil snakke vilkår.

        De bedste hilsner
        Mette Vinther
        People & Culture, Tangkrogen Labs
        +45 22 40 19 73
        """)
    headers = hdr(addr("Mette Vinther", "mette@tangkrogen.io"), "Tilbud: Senior Product Designer hos Tangkrogen 🎉",
                  "2026-04-10 13:15:40", CPH, "<CAK1tV6wP9nR3mX7qB0yE4sD2hL8fJ5cM@mail.gmail.com>", HOP_GMAIL)
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(N(49), family="post_interview", lang="sv", interview=False, company="Tallkrog Interactive",
      note="Swedish thank-you after Tuesday's interview; answer promised 'senast fredag 6 november'",
      days=(("Fri", "2026-11-06"),))
def m49_post_tallkrog() -> bytes:
    body = t("""
        Hej Signe!

        Tack för ett riktigt trevligt samtal i tisdags – både Oskar och jag tyckte att det var kul att höra om hur ni jobbar med användartester på Brik.

        Vi har några intervjuer kvar den här veckan och räknar med att kunna återkomma med besked om nästa steg senast fredag 6 november.

        Ha det fint så länge!

        Vänliga hälsningar
        Johanna Berg
        Rekryterare | Tallkrog Interactive AB
        """)
    headers = hdr(addr("Johanna Berg", "johanna.berg@tallkrog.se"), "Tack för i tisdags!",
                  "2026-10-29 10:40:12", STO,
                  "<HE1PR0902MB22148C1F3A7D5E9B06E2A4C7D8B31@HE1PR0902MB2214.eurprd09.prod.outlook.com>",
                  "from EUR03-HE1-obe.outbound.protection.outlook.com (mail-he1eur03on2068.outbound."
                  "protection.outlook.com [40.107.4.68])",
                  extra=(("Content-Language", "sv-SE"),))
    return message(headers, alt(text(body), html(mso_html(body, lang="SV"))))


@mail(N(50), family="career_counselling", lang="da", interview=False, company=None,
      note="Unemployment-insurance fund confirms a phone career-counselling session 'Onsdag den 4. "
           "november 2026 kl. 15.30-16.15'; about job seeking, not a job interview",
      days=(("Wed", "2026-11-04"),))
def m50_akasse() -> bytes:
    body = t("""
        Kære Signe Dalgaard

        Tak for din booking. Her er en bekræftelse på din karrieresamtale:

        Onsdag den 4. november 2026 kl. 15.30-16.15
        Telefonisk – din karriererådgiver Louise Dam ringer dig op på 26 14 80 37

        Emne: Jobskifte og jobsøgning, mens du er i job

        Send gerne dit CV og et par jobopslag, du er interesseret i, til Louise via Mit A-kasse senest dagen før.

        Skal du aflyse eller flytte samtalen, kan du gøre det på Mit A-kasse: https://mit.designernes-akasse.dk/aftaler

        Venlig hilsen
        Designernes A-kasse
        Karriere & Vejledning

        Denne mail kan ikke besvares.
        """)
    headers = hdr(addr("Designernes A-kasse", "noreply@designernes-akasse.dk"),
                  "Bekræftelse: karrieresamtale onsdag den 4. november", "2026-10-28 08:02:26", CPH,
                  "<20261028070226.3316.8841@mail.designernes-akasse.dk>",
                  "from mail.designernes-akasse.dk (mail.designernes-akasse.dk [77.66.12.140])")
    return message(headers, alt(text(body), html(simple_html(body))))
