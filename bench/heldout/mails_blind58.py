"""blind58: 50 hand-written mails from the inbox of a backend developer in Helsinki.

Inbox owner: Joonas Heikkilä <joonas.heikkila@example.org> (an old address, joonas.h@example.com,
still forwards now and then). He applies to Finnish companies (Helsinki, Espoo, Tampere, Oulu),
Swedish and Estonian ones (Stockholm one hour behind, Tallinn the same zone) and UK/US/remote
companies. Interviews cluster around the EU DST changes (29 March and 25 October 2026) and the
US ones (8 March and 1 November 2026).

Written blind: without reading the detector, its tests or the other held-out mails. Each mail is
one function; file numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50
negative). MIME plumbing and checks are make.py's, imported unchanged; the only runtime addition
is the Windows zone name Exchange uses for Helsinki ("FLE Standard Time"), so that the ICS check
can map it to Europe/Helsinki.
"""

from __future__ import annotations

import base64
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
    mail,
    message,
    mixed,
    multipart,
    received,
    t,
    text,
)

SET = "blind58"
make.REGISTRY.setdefault(SET, [])
make.WINDOWS_ZONES.setdefault("FLE Standard Time", "Europe/Helsinki")

ORDER = random.Random(58058).sample(range(1, 51), 50)


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "joonas.heikkila@example.org"
ME_OLD = "joonas.h@example.com"
ME_NAME = "Joonas Heikkilä"
TO = addr(ME_NAME, ME)

HEL = "Europe/Helsinki"
STO = "Europe/Stockholm"
TLL = "Europe/Tallinn"
LON = "Europe/London"
NY = "America/New_York"
UTC_ = "UTC"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str,
         *extra: tuple[str, str], to: str = TO, lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To / Received / From / To / Subject / Date / Message-ID, then extra headers."""
    qid = hashlib.sha256(msgid.encode()).hexdigest()[:13].upper()
    rcv = received(f"from {relay}", when, zone, f"mx1.example.org (Postfix) with ESMTPS id 4{qid}", ME, lag)
    return [("Delivered-To", ME), ("Received", rcv), ("From", frm), ("To", to), ("Subject", enc(subject)),
            ("Date", date(when, zone)), ("Message-ID", msgid), *extra]


def esc(s: str) -> str:
    """RFC 5545 TEXT escaping."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_FLE = """BEGIN:VTIMEZONE
TZID:FLE Standard Time
BEGIN:STANDARD
DTSTART:16010101T040000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_EET_IANA = """BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

TEAMS_FI = t("""
    ________________________________________________________________________________
    Microsoft Teams -kokous
    Liity tietokoneella, mobiilisovelluksella tai huonelaitteella
    Liity kokoukseen napsauttamalla tätä<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg3YjM1ZTEtNDhiOS00ZjYyLWE1ZDMtOTQ0NzI3N2U5NWI0%40thread.v2/0?context=%7b%22Tid%22%3a%22c1f0e8a2-6d4b-4b0e-9a7e-3f2d1c0b9e88%22%2c%22Oid%22%3a%2277a4e2d1-0c5b-4f3e-8d21-5b6a9c4e7f10%22%7d>
    Kokouksen tunnus: 384 226 115 470
    Tunnuskoodi: q7Ym2b
    ________________________________
    Tarvitsetko apua?<https://aka.ms/JoinTeamsMeeting?omkt=fi-FI> | Järjestelmäviite<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    Järjestäjä voi ohittaa odotustilan<https://teams.microsoft.com/meetingOptions/?organizerId=77a4e2d1-0c5b-4f3e-8d21-5b6a9c4e7f10&tenantId=c1f0e8a2-6d4b-4b0e-9a7e-3f2d1c0b9e88&threadId=19_meeting_NTg3YjM1ZTEtNDhiOS00ZjYyLWE1ZDMtOTQ0NzI3N2U5NWI0@thread.v2&messageId=0&language=fi-FI>
    ________________________________________________________________________________
""")

TEAMS_EN = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk2MzFiNjAtYjE3Zi00YzQ4LWE0NjctMzk2ZjQxMmQ1YzAx%40thread.v2/0?context=%7b%22Tid%22%3a%2291b7c3e4-2a0d-4f8e-b6c5-7e1d0a2f3b94%22%2c%22Oid%22%3a%22e3c1a9b7-5d2f-4e60-8a14-0b7f6c2d9e31%22%7d>
    Meeting ID: 317 905 482 116
    Passcode: Rk4tW9
    Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=e3c1a9b7-5d2f-4e60-8a14-0b7f6c2d9e31&tenantId=91b7c3e4-2a0d-4f8e-b6c5-7e1d0a2f3b94&threadId=19_meeting_ZDk2MzFiNjAtYjE3Zi00YzQ4LWE0NjctMzk2ZjQxMmQ1YzAx@thread.v2&messageId=0&language=en-GB>
    ________________________________________________________________________________
""")


# =========================================================================== positives


@mail(n(1), family="teamtailor", lang="fi", interview=True, kind="scheduled",
      start="2026-03-31T11:00:00Z", end="2026-03-31T12:00:00Z", contact="riikka.salmi@revontuli.fi",
      company="Revontuli Systems Oy", local="Tue 2026-03-31 14:00", local_end="2026-03-31 15:00", zone=HEL,
      note="Teamtailor, Finnish: 'Tiistai 31.3.2026 klo 14.00-15.00', Helsinki. Sent Thu 26.3. in EET; the "
           "interview is two days after the 29 March switch, so EEST (UTC+3): 14.00 -> 11:00Z. Reply-To is a "
           "Teamtailor relay; contact = the recruiter's address in the signature.")
def m01() -> bytes:
    body = t("""
        Hei Joonas,

        kiitos mukavasta puhelusta eilen! Kuten sovittiin, tässä vielä vahvistus tekniseen haastatteluun:

        📅 Tiistai 31.3.2026 klo 14.00–15.00
        📍 Revontuli Systemsin toimisto, Ruoholahdenkatu 21 B, 5. krs, Helsinki
        👥 Haastattelijat: Jussi Koivisto (Lead Developer) ja minä

        Haastattelussa käydään läpi aiempia projektejasi, ja lopuksi teemme lyhyen yhteisen
        koodiharjoituksen. Mitään ei tarvitse valmistella etukäteen, eikä omaa konetta tarvita.

        Ilmoittaudu aulan vastaanotossa, niin tulen hakemaan sinut.

        Jos aika ei jostain syystä sovikaan, vastaa tähän viestiin tai laita minulle suoraan sähköpostia.

        Ystävällisin terveisin
        Riikka Salmi
        Talent Acquisition Partner
        Revontuli Systems Oy
        riikka.salmi@revontuli.fi | +358 40 718 2294

        --
        Lähetetty Teamtailorin kautta. Tietosuojaseloste: https://revontuli.teamtailor.com/privacy
    """)
    page = t("""
        <!DOCTYPE html>
        <html lang="fi"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f6;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td style="font-size:15px;line-height:22px;color:#1d1d1f">
        <p>Hei Joonas,</p>
        <p>kiitos mukavasta puhelusta eilen! Kuten sovittiin, tässä vielä vahvistus tekniseen haastatteluun:</p>
        <p>📅 <strong>Tiistai 31.3.2026 klo 14.00–15.00</strong><br>
        📍 Revontuli Systemsin toimisto, Ruoholahdenkatu 21 B, 5. krs, Helsinki<br>
        👥 Haastattelijat: Jussi Koivisto (Lead Developer) ja minä</p>
        <p>Haastattelussa käydään läpi aiempia projektejasi, ja lopuksi teemme lyhyen yhteisen
        koodiharjoituksen. Mitään ei tarvitse valmistella etukäteen, eikä omaa konetta tarvita.</p>
        <p>Ilmoittaudu aulan vastaanotossa, niin tulen hakemaan sinut.</p>
        <p>Jos aika ei jostain syystä sovikaan, vastaa tähän viestiin tai laita minulle suoraan sähköpostia.</p>
        <p>Ystävällisin terveisin<br>Riikka Salmi<br>Talent Acquisition Partner<br>Revontuli Systems Oy<br>
        <a href="mailto:riikka.salmi@revontuli.fi">riikka.salmi@revontuli.fi</a> | +358 40 718 2294</p>
        </td></tr></table>
        <p style="font-size:11px;color:#8a8a8e">Lähetetty Teamtailorin kautta ·
        <a href="https://revontuli.teamtailor.com/privacy" style="color:#8a8a8e">Tietosuojaseloste</a></p>
        </td></tr></table>
        </body></html>
    """)
    hs = head(addr("Riikka Salmi – Revontuli Systems", "no-reply@revontuli.teamtailor-mail.com"),
              "Vahvistus: tekninen haastattelu ti 31.3. klo 14",
              "2026-03-26 10:14:52", HEL, "<a81f3c0e-5b2d-4c77-9e1a-3f6d2b8c4e90@revontuli.teamtailor-mail.com>",
              "o1.ptr4821.teamtailor-mail.com (o1.ptr4821.teamtailor-mail.com [149.72.31.118])",
              ("Reply-To", "reply+c2f81e0a9d4b7735@teamtailor-mail.com"),
              ("X-Mailer", "Teamtailor"))
    return message(hs, alt(text(body), html(page)))


@mail(n(2), family="google_calendar", lang="fi", interview=True, kind="scheduled",
      start="2026-04-23T07:30:00Z", end="2026-04-23T08:30:00Z", contact="kalle.nieminen@kuura-analytics.fi",
      company="Kuura Analytics Oy", local="Thu 2026-04-23 10:30", local_end="2026-04-23 11:30", zone=HEL,
      note="Google Calendar invitation in the Finnish UI ('Kutsu:', 'to 23. huhtik. 2026 10.30 - 11.30 (UTC+3)'); "
           "EEST so 10.30 -> 07:30Z; the ICS gives the same instant in UTC. Contact = ORGANIZER / Reply-To.")
def m02() -> bytes:
    desc = t("""
        Hei Joonas!

        Tervetuloa tekniseen haastatteluun. Mukana minä (Head of Engineering) ja Sofia Laaksonen (Senior Backend Developer). Käydään läpi kotitehtäväsi ja jutellaan vähän arkkitehtuurista. Varattu tunti.

        Terveisin Kalle
    """)
    boiler = ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
              "Liity Google Meetillä: https://meet.google.com/qzv-hmek-tru\n\n"
              "Lisätietoja Meetistä: https://support.google.com/a/users/answer/9282720\n\n"
              "Älä muokkaa tätä osiota kuvauksesta.\n"
              "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    plain = t("""
        Sinut on kutsuttu seuraavaan tapahtumaan.

        Tekninen haastattelu: Joonas Heikkilä / Kuura Analytics
        torstai 23. huhtikuuta 2026 ⋅10.30–11.30
        Itä-Euroopan aika - Helsinki

        Liity Google Meetillä
        meet.google.com/qzv-hmek-tru

        """) + desc + t("""

        Kalenteri
        joonas.heikkila@example.org

        Osallistujat
        Kalle Nieminen - järjestäjä
        Sofia Laaksonen
        joonas.heikkila@example.org

        Näytä kaikki tapahtuman tiedot
        https://calendar.google.com/calendar/event?action=VIEW&eid=NXE4dDJrMW0wdjdyM2M5YjZuNGQxZThmMmEgam9vbmFzLmhlaWtraWxhQGV4YW1wbGUub3Jn

        Vastaa: Kyllä / Ehkä / Ei / Lisää vaihtoehtoja
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NXE4dDJrMW0wdjdyM2M5YjZuNGQxZThmMmEgam9vbmFzLmhlaWtraWxhQGV4YW1wbGUub3Jn

        Kutsu lähetetty Google Kalenterista
        Saat tämän sähköpostin, koska olet tapahtuman vieras. Jos haluat lakata saamasta päivityksiä
        tästä tapahtumasta, hylkää tapahtuma. Lisätietoja: https://support.google.com/calendar/answer/37135#forwarding
    """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <span style="font-size:12px">Sinut on kutsuttu seuraavaan tapahtumaan.</span>
        <h2 style="font-size:22px;font-weight:400">Tekninen haastattelu: Joonas Heikkilä / Kuura Analytics</h2>
        <table><tr><td style="color:#70757a">Milloin</td><td>torstai 23. huhtikuuta 2026 ⋅10.30–11.30 (Itä-Euroopan aika - Helsinki)</td></tr>
        <tr><td style="color:#70757a">Liity Google Meetillä</td><td><a href="https://meet.google.com/qzv-hmek-tru">meet.google.com/qzv-hmek-tru</a></td></tr>
        <tr><td style="color:#70757a">Osallistujat</td><td>Kalle Nieminen – järjestäjä<br>Sofia Laaksonen<br>joonas.heikkila@example.org</td></tr></table>
        <p>Hei Joonas!<br><br>Tervetuloa tekniseen haastatteluun. Mukana minä (Head of Engineering) ja Sofia Laaksonen
        (Senior Backend Developer). Käydään läpi kotitehtäväsi ja jutellaan vähän arkkitehtuurista. Varattu tunti.<br><br>Terveisin Kalle</p>
        <p style="font-size:11px;color:#70757a">Kutsu lähetetty <a href="https://calendar.google.com/">Google Kalenterista</a>.
        Saat tämän sähköpostin, koska olet tapahtuman vieras.</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260423T073000Z
DTEND:20260423T083000Z
DTSTAMP:20260417T110233Z
ORGANIZER;CN=Kalle Nieminen:mailto:kalle.nieminen@kuura-analytics.fi
UID:5q8t2k1m0v7r3c9b6n4d1e8f2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kalle Nieminen;X-NUM-GUESTS=0:mailto:kalle.nieminen@kuura-analytics.fi
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofia Laaksonen;X-NUM-GUESTS=0:mailto:sofia.laaksonen@kuura-analytics.fi
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joonas.heikkila@example.org;X-NUM-GUESTS=0:mailto:joonas.heikkila@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qzv-hmek-tru
CREATED:20260417T110231Z
DESCRIPTION:{esc(desc.rstrip() + chr(10) + chr(10) + boiler)}
LAST-MODIFIED:20260417T110232Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tekninen haastattelu: Joonas Heikkilä / Kuura Analytics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kalle Nieminen", "kalle.nieminen@kuura-analytics.fi"),
              "Kutsu: Tekninen haastattelu: Joonas Heikkilä / Kuura Analytics @ to 23. huhtik. 2026 "
              "10.30 - 11.30 (UTC+3) (joonas.heikkila@example.org)",
              "2026-04-17 11:02:33", UTC_, "<calendar-8c1e44b2-0d7f-4b6a-9e25-71c3f0a5d9e8@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ("Reply-To", addr("Kalle Nieminen", "kalle.nieminen@kuura-analytics.fi")),
              ("Sender", addr("Google Kalenteri", "calendar-notification@google.com")),
              to=ME)
    body = mixed(alt(text(plain), html(page), calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(3), family="exchange", lang="fi+en", interview=True, kind="scheduled",
      start="2026-10-27T11:00:00Z", end="2026-10-27T12:30:00Z", contact="heidi.makinen@nasinkallio.fi",
      company="Näsinkallio Software Oy", local="Tue 2026-10-27 13:00", local_end="2026-10-27 14:30", zone=HEL,
      note="Exchange meeting request, TZID 'FLE Standard Time' (Windows name for Helsinki). Sent Wed 21.10. while "
           "Finland is on EEST; the interview (Tue 27.10., after the 25 October switch) is in EET, UTC+2: "
           "13.00-14.30 -> 11:00Z-12:30Z. Body 'klo 13.00–14.30' and '13:00–14:30 Finnish time'. Contact = organizer.")
def m03() -> bytes:
    plain = t("""
        Hei Joonas,

        kiitos, että ehdit varata ajan. Tässä vielä virallinen kutsu paneelihaastatteluun tiistaina 27.10.
        klo 13.00–14.30. Paneelissa ovat mukana minä, Tero Lahtinen (Engineering Manager) ja Aino Vuorinen
        (Staff Engineer). Haastattelu käydään englanniksi, koska Aino ei vielä puhu suomea.

        Hi Joonas – this is the panel interview we agreed on: Tuesday 27 October, 13:00–14:30 Finnish time,
        on Teams. Roughly 30 min about your background, 45 min system design, and the rest for your questions.

        Terveisin / Best regards
        Heidi

        Heidi Mäkinen
        HR Specialist | Näsinkallio Software Oy
        Hämeenkatu 9, 33100 Tampere
        +358 44 093 1127

    """) + TEAMS_FI
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
            + "".join(f"<p>{line}</p>" if line else "<p>&nbsp;</p>" for line in plain.split("\n")[:20])
            + '<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">'
              '________________________________________________________________________________</span></div>'
              '<div><span style="font-size:24px;font-weight:600">Microsoft Teams -kokous</span></div>'
              '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg3YjM1ZTEtNDhiOS00ZjYyLWE1ZDMt'
              'OTQ0NzI3N2U5NWI0%40thread.v2/0">Liity kokoukseen napsauttamalla tätä</a></div>'
              '<div>Kokouksen tunnus: 384 226 115 470<br>Tunnuskoodi: q7Ym2b</div></div></body></html>\n')
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_FLE}
BEGIN:VEVENT
ORGANIZER;CN=Heidi Mäkinen:mailto:heidi.makinen@nasinkallio.fi
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joonas Heikkilä:mailto:joonas.heikkila@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tero Lahtinen:mailto:tero.lahtinen@nasinkallio.fi
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aino Vuorinen:mailto:aino.vuorinen@nasinkallio.fi
DESCRIPTION;LANGUAGE=fi-FI:{esc(plain)}
UID:040000008200E00074C5B7101A82E00800000000B0C3E9F1A95FDC01000000000000000010000000D2A64E1C3F5B8A4C9E07A1D36B2F4C88
SUMMARY;LANGUAGE=fi-FI:Paneelihaastattelu / Panel interview – Backend Developer (Joonas Heikkilä)
DTSTART;TZID=FLE Standard Time:20261027T130000
DTEND;TZID=FLE Standard Time:20261027T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T124713Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fi-FI:Microsoft Teams -kokous
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124871093
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:heidi.makinen@nasinkallio.fi\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NTg3YjM1ZTEtNDhiOS00ZjYyLWE1ZDMtOTQ0NzI3N2U5NWI0-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams -kokous","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Heidi Mäkinen", "heidi.makinen@nasinkallio.fi"),
              "Paneelihaastattelu / Panel interview – Backend Developer (Joonas Heikkilä)",
              "2026-10-21 12:47:13", UTC_,
              "<HE1PR0701MB2284C3A1F0E9D7B5A62C44F1B9A12@HE1PR0701MB2284.eurprd07.prod.outlook.com>",
              "EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2118.outbound.protection.outlook.com "
              "[40.107.21.118])",
              ("Thread-Topic", enc("Paneelihaastattelu / Panel interview – Backend Developer (Joonas Heikkilä)")),
              ("Thread-Index", "AdtDa7k1qL0m2r3tQzWx8yPp4bC9Nw=="),
              ("Accept-Language", "fi-FI, en-US"),
              ("Content-Language", "fi-FI"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""),
              ("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
    return message(hs, alt(text(plain), html(page), calendar(ics, cte="base64")))


@mail(n(4), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-04-02T10:00:00Z", end="2026-04-02T10:30:00Z", contact="tom.ashby@harrowgateledger.co.uk",
      company="Harrowgate Ledger Ltd", local="Thu 2026-04-02 13:00", local_end="2026-04-02 13:30", zone=HEL,
      note="Calendly invitee confirmation in the invitee's zone, labelled 'Eastern European Time'. Booked Sat "
           "28 March (Date +0200, EET); the call is Thu 2 April, after the switch, so 13:00 Helsinki = EEST = "
           "10:00Z (ICS in UTC agrees). London host; contact = Reply-To host.")
def m04() -> bytes:
    plain = t("""
        Hi Joonas Heikkilä,

        Your Intro call – Backend Engineer with Tom Ashby at 13:00 (Eastern European Time) on Thursday, April 2, 2026 is scheduled.

        Event Type:
        Intro call – Backend Engineer

        Event Date/Time:
        13:00 - 13:30 (Eastern European Time) on Thursday, April 2, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/vdr-pqna-wxe

        Invitee Time Zone:
        Eastern European Time

        Questions:

        Anything you'd like us to know before the call?
        Currently a backend dev in Helsinki (Python/Go), 6 yrs. Open to hybrid London or fully remote.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f3b1c9e-2d4a-4e8b-a0c6-19d5e7f2b384
        Reschedule: https://calendly.com/reschedulings/7f3b1c9e-2d4a-4e8b-a0c6-19d5e7f2b384

        Powered by Calendly.com
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Joonas Heikkilä,</p>
        <p>Your <b>Intro call – Backend Engineer</b> with <b>Tom Ashby</b> at <b>13:00 (Eastern European Time)</b>
        on <b>Thursday, April 2, 2026</b> is scheduled.</p>
        <p style="font-weight:bold;margin-bottom:0">Event Type:</p><p style="margin-top:0">Intro call – Backend Engineer</p>
        <p style="font-weight:bold;margin-bottom:0">Event Date/Time:</p>
        <p style="margin-top:0">13:00 - 13:30 (Eastern European Time) on Thursday, April 2, 2026</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p>
        <p style="margin-top:0">This is a Google Meet web conference. <a href="https://meet.google.com/vdr-pqna-wxe">Join now</a></p>
        <p style="font-weight:bold;margin-bottom:0">Invitee Time Zone:</p><p style="margin-top:0">Eastern European Time</p>
        <p><a href="https://calendly.com/cancellations/7f3b1c9e-2d4a-4e8b-a0c6-19d5e7f2b384">Cancel</a> ·
        <a href="https://calendly.com/reschedulings/7f3b1c9e-2d4a-4e8b-a0c6-19d5e7f2b384">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7f3b1c9e-2d4a-4e8b-a0c6-19d5e7f2b384@calendly.com
DTSTAMP:20260328T164012Z
DTSTART:20260402T100000Z
DTEND:20260402T103000Z
SUMMARY:Intro call – Backend Engineer (Joonas Heikkilä and Tom Ashby)
ORGANIZER;CN=Tom Ashby:mailto:tom.ashby@harrowgateledger.co.uk
ATTENDEE;CN=Joonas Heikkilä;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:joonas.heikkila@example.org
LOCATION:https://meet.google.com/vdr-pqna-wxe
DESCRIPTION:Event Name: Intro call – Backend Engineer\\n\\nLocation: This is a Google Meet web conference.\\nhttps://meet.google.com/vdr-pqna-wxe\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/7f3b1c9e-2d4a-4e8b-a0c6-19d5e7f2b384\\nReschedule: https://calendly.com/reschedulings/7f3b1c9e-2d4a-4e8b-a0c6-19d5e7f2b384\\n\\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call – Backend Engineer with Tom Ashby on Thursday, April 2, 2026",
              "2026-03-28 18:40:12", HEL, "<0100018e7a3c2b1f-5d9e0c47-8a21-4b3f-b6e2-7c0d4a9f1e35-000000@email.amazonses.com>",
              "a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              ("Reply-To", addr("Tom Ashby", "tom.ashby@harrowgateledger.co.uk")))
    return message(hs, mixed(alt(text(plain), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(n(5), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-10-22T08:00:00Z", end="2026-10-22T08:45:00Z", contact="elin.bergqvist@lovholmen.se",
      company="Lövholmen Tech AB", local="Thu 2026-10-22 10:00", local_end="2026-10-22 10:45", zone=STO,
      days=(("Fri", "2026-10-16"),),
      note="Stockholm recruiter, Outlook reply on top of the candidate's mail: 'Thursday at 10:00 Swedish time "
           "(11:00 for you in Helsinki)', 'blocked 45 minutes'. Date Mon 19 Oct -> Thu 22 Oct; CEST 10:00 = "
           "08:00Z = 11:00 EEST. Contact = sender.")
def m05() -> bytes:
    body = t("""
        Hi Joonas,

        Great, then we're booked! Thursday at 10:00 Swedish time (11:00 for you in Helsinki) with Johan Ek, our Head of Platform. We've blocked 45 minutes. I'll send a Teams invite later today.

        Have a nice day!
        /Elin

        Elin Bergqvist
        Talent Acquisition | Lövholmen Tech AB
        Lövholmsvägen 4, Stockholm
        +46 70 412 88 31

        From: Joonas Heikkilä <joonas.heikkila@example.org>
        Sent: Friday, October 16, 2026 5:02 PM
        To: Elin Bergqvist <elin.bergqvist@lovholmen.se>
        Subject: Re: Backend Developer – next step

        Hi Elin,

        Thursday morning works for me, 10 your time is perfect.

        Br,
        Joonas

        From: Elin Bergqvist <elin.bergqvist@lovholmen.se>
        Sent: Friday, October 16, 2026 2:26 PM
        To: Joonas Heikkilä <joonas.heikkila@example.org>
        Subject: Backend Developer – next step

        Hi Joonas,

        Thanks for the chat on Wednesday! Johan would like to meet you next week. Would Wednesday afternoon or Thursday morning suit you?

        /Elin
    """)
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            + "".join(f"<p>{line}</p>" if line else "<p>&nbsp;</p>" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Elin Bergqvist", "elin.bergqvist@lovholmen.se"), "RE: Backend Developer – next step",
              "2026-10-19 09:41:27", STO,
              "<GV1P189MB1983A0D4C7E2F4B9B3E2A6C1D87F0@GV1P189MB1983.EURP189.PROD.OUTLOOK.COM>",
              "EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2093.outbound.protection.outlook.com "
              "[40.107.247.93])",
              ("In-Reply-To", "<DB9PR07MB7754E1C0F58A3B2D7A1B94E2C4F30@DB9PR07MB7754.eurprd07.prod.outlook.com>"),
              ("References", "<GV1P189MB19835B2E7C1D0A4F8E61D9C3A1B24@GV1P189MB1983.EURP189.PROD.OUTLOOK.COM>\r\n"
                             " <DB9PR07MB7754E1C0F58A3B2D7A1B94E2C4F30@DB9PR07MB7754.eurprd07.prod.outlook.com>"),
              ("Thread-Topic", "Backend Developer - next step"),
              ("Accept-Language", "sv-SE, en-US"),
              ("Content-Language", "en-GB"))
    return message(hs, alt(text(body), html(page)))


@mail(n(6), family="human_prose", lang="sv", interview=True, kind="scheduled",
      start="2026-11-04T07:30:00Z", end=None, contact="camilla.lindroos@skatudden.fi",
      company="Skatudden Data Ab", local="Wed 2026-11-04 09:30", zone=HEL,
      note="Finland-Swedish confirmation from a Helsinki (Helsingfors) employer, iso-8859-1 quoted-printable: "
           "'onsdagen den 4 november kl. 9.30'. Helsinki EET (after 25 October) -> 07:30Z. 'ungefär en timme' is "
           "approximate -> end null. Contact = sender.")
def m06() -> bytes:
    body = t("""
        Hej Joonas,

        Tack för din ansökan till tjänsten som backendutvecklare hos Skatudden Data. Vi bekräftar härmed intervjun
        onsdagen den 4 november kl. 9.30 på vårt kontor, Bulevarden 14 B, 3 vån., Helsingfors.

        Du träffar mig och vår tekniska chef Fredrik Åström. Intervjun tar ungefär en timme. Vi kan gärna
        prata finska eller engelska om du hellre vill det.

        Ring på porttelefonen "Skatudden" så kommer någon ner och möter dig.

        Med vänliga hälsningar

        Camilla Lindroos
        HR-koordinator
        Skatudden Data Ab
        tfn 050 228 4410
    """)
    hs = head(addr("Camilla Lindroos", "camilla.lindroos@skatudden.fi"),
              "Intervju för tjänsten som backendutvecklare – bekräftelse",
              "2026-10-29 13:20:44", HEL, "<000f01dc47a2$8c3b1e20$a4b15a60$@skatudden.fi>",
              "smtp.skatudden.fi (smtp.skatudden.fi [185.26.51.19])",
              ("X-Mailer", "Microsoft Outlook 16.0"),
              ("Thread-Index", "AdxHooeRmn0PZ7wDT0KpYc8q3v1k2A=="),
              ("Content-Language", "sv-fi"))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(7), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-25T14:00:00Z", end="2026-03-25T14:30:00Z", contact="dana.whitfield@brightlanehealth.com",
      company="Brightlane Health", local="Wed 2026-03-25 10:00", local_end="2026-03-25 10:30", zone=NY,
      note="Greenhouse confirmation from a New York company: 'Wednesday, March 25th 2026, 10:00 AM - 10:30 AM EDT'. "
           "US daylight time since 8 March, Finland still EET until 29 March: 14:00Z = 16:00 Helsinki (the "
           "recruiter's '4:00 PM your time' agrees). Contact = Reply-To recruiter.")
def m07() -> bytes:
    plain = t("""
        Hi Joonas,

        Thank you for your interest in Brightlane Health! I'm writing to confirm your interview for the Senior Backend Engineer (Remote, EU) position.

        Interview Details:

        Wednesday, March 25th 2026
        10:00 AM - 10:30 AM EDT
        Recruiter Screen with Dana Whitfield
        Video: https://brightlanehealth.zoom.us/j/84277311902?pwd=bEw2RmZ0cE1DS3h3UnV4dz09

        That should be 4:00 PM your time in Helsinki.

        If you need to reschedule, just reply to this email and I'll find another slot.

        Best,
        Dana Whitfield
        Technical Recruiter, Brightlane Health
    """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Joonas,</p>
        <p>Thank you for your interest in Brightlane Health! I'm writing to confirm your interview for the
        <b>Senior Backend Engineer (Remote, EU)</b> position.</p>
        <p><b>Interview Details:</b></p>
        <p>Wednesday, March 25th 2026<br>10:00 AM - 10:30 AM EDT<br>Recruiter Screen with Dana Whitfield<br>
        Video: <a href="https://brightlanehealth.zoom.us/j/84277311902?pwd=bEw2RmZ0cE1DS3h3UnV4dz09">https://brightlanehealth.zoom.us/j/84277311902</a></p>
        <p>That should be 4:00 PM your time in Helsinki.</p>
        <p>If you need to reschedule, just reply to this email and I'll find another slot.</p>
        <p>Best,<br>Dana Whitfield<br>Technical Recruiter, Brightlane Health</p>
        </div>
        <img src="https://app.greenhouse.io/email_tracking/open/7b1e0c94a2d3" width="1" height="1" alt="">
    """)
    hs = head(addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Brightlane Health - Senior Backend Engineer (Remote, EU)",
              "2026-03-20 11:05:38", NY, "<6a2d9f41c08e.3b7f1e2d4c5a@us.greenhouse-mail.io>",
              "o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.226])",
              ("Reply-To", addr("Dana Whitfield", "dana.whitfield@brightlanehealth.com")))
    return message(hs, alt(text(plain), html(page)))


@mail(n(8), family="recruitee", lang="fi", interview=True, kind="scheduled",
      start="2026-11-05T10:30:00Z", end="2026-11-05T11:15:00Z", contact="sari.kinnunen@tuiracloud.fi",
      company="Tuira Cloud Oy", local="Thu 2026-11-05 12:30", local_end="2026-11-05 13:15", zone=HEL,
      note="Recruitee 'Kutsu haastatteluun' from an Oulu employer: 'torstai 5.11.2026 klo 12.30–13.15', EET -> "
           "10:30Z-11:15Z. Reply-To is a Recruitee relay; contact = the recruiter's address in the body.")
def m08() -> bytes:
    plain = t("""
        Hei Joonas,

        kiitos hakemuksestasi Backend-kehittäjän tehtävään! Haluaisimme tutustua sinuun paremmin, joten kutsumme sinut ensimmäiseen haastatteluun.

        Aika: torstai 5.11.2026 klo 12.30–13.15
        Paikka: Microsoft Teams (linkki tulee erillisellä kalenterikutsulla)
        Haastattelijat: Sari Kinnunen (HR) ja Olli Pesonen (CTO)

        Haastattelu on rento keskustelu osaamisestasi, toiveistasi ja siitä, miltä arki Tuiralla näyttää. Teknistä tehtävää ei tässä vaiheessa ole.

        Jos ajankohta ei sovi, ota yhteyttä minuun: sari.kinnunen@tuiracloud.fi

        Ystävällisin terveisin,
        Sari Kinnunen
        HR-asiantuntija
        Tuira Cloud Oy, Oulu
    """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hei Joonas,</p>
        <p>kiitos hakemuksestasi Backend-kehittäjän tehtävään! Haluaisimme tutustua sinuun paremmin, joten kutsumme sinut ensimmäiseen haastatteluun.</p>
        <p><strong>Aika:</strong> torstai 5.11.2026 klo 12.30–13.15<br>
        <strong>Paikka:</strong> Microsoft Teams (linkki tulee erillisellä kalenterikutsulla)<br>
        <strong>Haastattelijat:</strong> Sari Kinnunen (HR) ja Olli Pesonen (CTO)</p>
        <p>Haastattelu on rento keskustelu osaamisestasi, toiveistasi ja siitä, miltä arki Tuiralla näyttää. Teknistä tehtävää ei tässä vaiheessa ole.</p>
        <p>Jos ajankohta ei sovi, ota yhteyttä minuun: <a href="mailto:sari.kinnunen@tuiracloud.fi">sari.kinnunen@tuiracloud.fi</a></p>
        <p>Ystävällisin terveisin,<br>Sari Kinnunen<br>HR-asiantuntija<br>Tuira Cloud Oy, Oulu</p>
        <p style="font-size:11px;color:#999">Powered by Recruitee</p>
        </body></html>
    """)
    hs = head(addr("Sari Kinnunen – Tuira Cloud Oy", "no-reply@mail.recruitee.com"),
              "Kutsu haastatteluun – Backend-kehittäjä", "2026-10-30 08:52:06", UTC_,
              "<5f0c3e71b9a2d8e4.1e6b@mail.recruitee.com>",
              "mail-207-31.mail.recruitee.com (mail-207-31.mail.recruitee.com [198.2.207.31])",
              ("Reply-To", "tuira-cloud-oy+c5e81d07@inbound.recruitee.com"))
    return message(hs, alt(text(plain, cte="base64"), html(page, cte="base64")))


@mail(n(9), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-03-30T08:00:00Z", end="2026-03-30T08:45:00Z", contact=None,
      company="Kadriorg Labs OÜ", local="Mon 2026-03-30 11:00", local_end="2026-03-30 11:45", zone=TLL,
      note="Workable interview invitation from a Tallinn company: 'Monday, March 30, 2026, 11:00 AM – 11:45 AM "
           "(Europe/Tallinn)'. Sent Wed 25 March (before the switch); Monday 30 March is the day after, EEST "
           "UTC+3 -> 08:00Z. ICS has TZID Europe/Tallinn. Only Workable relay/no-reply addresses, no human "
           "address -> contact null.")
def m09() -> bytes:
    plain = t("""
        Hi Joonas,

        Thanks for your time so far! We'd like to confirm your team interview for the Backend Engineer position at Kadriorg Labs.

        When: Monday, March 30, 2026, 11:00 AM – 11:45 AM (Europe/Tallinn)
        Where: Google Meet – https://meet.google.com/hkt-wmzr-ofe
        With: Kristjan Tamm (Engineering Lead), Maarja Lepik (Product Manager)

        A calendar invitation is attached. If something comes up, simply reply to this email.

        Kind regards,
        Kadriorg Labs Hiring Team

        ---
        Sent with Workable
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Joonas,</p>
        <p>Thanks for your time so far! We'd like to confirm your team interview for the Backend Engineer position at Kadriorg Labs.</p>
        <table cellpadding="4">
        <tr><td><b>When</b></td><td>Monday, March 30, 2026, 11:00 AM – 11:45 AM (Europe/Tallinn)</td></tr>
        <tr><td><b>Where</b></td><td>Google Meet – <a href="https://meet.google.com/hkt-wmzr-ofe">https://meet.google.com/hkt-wmzr-ofe</a></td></tr>
        <tr><td><b>With</b></td><td>Kristjan Tamm (Engineering Lead), Maarja Lepik (Product Manager)</td></tr>
        </table>
        <p>A calendar invitation is attached. If something comes up, simply reply to this email.</p>
        <p>Kind regards,<br>Kadriorg Labs Hiring Team</p>
        <p style="color:#9b9b9b;font-size:12px">Sent with <a href="https://www.workable.com">Workable</a></p>
        </body></html>
    """)
    relay = "kadriorg-labs+c81f0d2e7a@candidates.workablemail.com"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Interview Scheduler//EN
METHOD:REQUEST
{VTZ_EET_IANA.format(tzid=TLL)}
BEGIN:VEVENT
UID:wk-int-4471928-kadriorg-labs@workable.com
DTSTAMP:20260325T070311Z
DTSTART;TZID=Europe/Tallinn:20260330T110000
DTEND;TZID=Europe/Tallinn:20260330T114500
SUMMARY:Interview: Joonas Heikkilä – Backend Engineer (Kadriorg Labs)
LOCATION:https://meet.google.com/hkt-wmzr-ofe
ORGANIZER;CN=Kadriorg Labs:mailto:{relay}
ATTENDEE;CN=Joonas Heikkilä;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:joonas.heikkila@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kadriorg Labs", "noreply@candidates.workablemail.com"),
              "Interview with Kadriorg Labs for Backend Engineer", "2026-03-25 07:03:11", UTC_,
              "<wk.4471928.1774422191.c81f0d2e7a@candidates.workablemail.com>",
              "mta-201-45.sparkpostmail.com (mta-201-45.sparkpostmail.com [192.174.88.45])",
              ("Reply-To", addr("Kadriorg Labs", relay)))
    return message(hs, mixed(alt(text(plain), html(page)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(10), family="agency_reply", lang="fi", interview=True, kind="scheduled",
      start="2026-11-11T13:00:00Z", end=None, contact="sanna.koskinen@rekrytaloaalto.fi",
      company="Lumo Logistics Oy", local="Wed 2026-11-11 15:00", zone=HEL,
      note="Recruitment agency consultant's short reply on top of the thread: 'huomenna klo 15 Teamsissä Lumon "
           "kanssa'. Date Tue 10.11. 09:58 EET -> Wed 11.11. 15:00 EET = 13:00Z. Hiring company = the client "
           "(Lumo Logistics); contact = the consultant who sent it.")
def m10() -> bytes:
    body = t("""
        Moi Joonas!

        Sovittu 👍 Eli huomenna klo 15 Teamsissä Lumon kanssa, mukana heidän kehitysjohtaja Pekka Aro ja minä. Pekka laittaa kutsun vielä erikseen.

        t. Sanna

        Sanna Koskinen
        Senior konsultti | Rekrytalo Aalto Oy
        +358 50 331 9042

        Lähettäjä: Joonas Heikkilä <joonas.heikkila@example.org>
        Lähetetty: maanantai 9. marraskuuta 2026 21.16
        Vastaanottaja: Sanna Koskinen <sanna.koskinen@rekrytaloaalto.fi>
        Aihe: Re: Lumo Logistics / backend-kehittäjä – haastatteluajat

        Moi Sanna,

        keskiviikko klo 15 sopisi mulle parhaiten.

        Joonas

        Lähettäjä: Sanna Koskinen <sanna.koskinen@rekrytaloaalto.fi>
        Lähetetty: perjantai 6. marraskuuta 2026 14.03
        Vastaanottaja: Joonas Heikkilä <joonas.heikkila@example.org>
        Aihe: Lumo Logistics / backend-kehittäjä – haastatteluajat

        Hei Joonas,

        Lumolta tuli ehdotuksia ensimmäiselle haastattelulle. Mikä näistä sopisi?
        - ti 10.11. klo 9
        - ke 11.11. klo 15
        - to 12.11. klo 13
    """)
    hs = head(addr("Sanna Koskinen", "sanna.koskinen@rekrytaloaalto.fi"),
              "RE: Lumo Logistics / backend-kehittäjä – haastatteluajat", "2026-11-10 09:58:21", HEL,
              "<AM9PR09MB4870D1E5A3C2F06B8E4F1A2D9C7B1@AM9PR09MB4870.eurprd09.prod.outlook.com>",
              "EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2107.outbound.protection.outlook.com "
              "[40.107.104.107])",
              ("In-Reply-To", "<CAH4kPq1dN8vB0wT3fZ2xR7mY5cL9sE6jU4aG1oK8hW2nV3iQ@mail.example.org>"),
              ("References", "<AM9PR09MB48704F2B1D0C9E6A7A3E5B8D2F1C4@AM9PR09MB4870.eurprd09.prod.outlook.com>\r\n"
                             " <CAH4kPq1dN8vB0wT3fZ2xR7mY5cL9sE6jU4aG1oK8hW2nV3iQ@mail.example.org>"),
              ("Content-Language", "fi-FI"))
    return message(hs, text(body, cte="8bit"))


@mail(n(11), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z", contact="priya.raman@calderwood-analytics.co.uk",
      company="Calderwood Analytics Ltd", local="Thu 2026-10-29 14:00", local_end="2026-10-29 15:00", zone=LON,
      days=(("Tue", "2026-10-27"),),
      note="Exchange meeting update (SEQUENCE 1, TZID 'GMT Standard Time') from a London company, moving the "
           "second interview from Tue 27 Oct to 'Thursday 29 October, 14:00 UK time (16:00 in Helsinki)'. Sent "
           "Fri 23 Oct in BST; the UK is on GMT from 25 October, so 14:00 = 14:00Z. Contact = organizer.")
def m11() -> bytes:
    plain = t("""
        When: 29 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Joonas,

        As discussed on the phone, I've moved our second interview to Thursday 29 October at 14:00 UK time (16:00 in Helsinki). Apologies for the shuffle – one of the panel got pulled into an incident review on Tuesday.

        Same format as before: an hour with Greg Marsh (Principal Engineer) and me, mostly a deep-dive into a system you've built.

        Thanks,
        Priya

        Priya Raman
        Senior Talent Partner | Calderwood Analytics
        30 Finsbury Square, London EC2A 1AG

    """) + TEAMS_EN
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Priya Raman:mailto:priya.raman@calderwood-analytics.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joonas Heikkilä:mailto:joonas.heikkila@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greg Marsh:mailto:greg.marsh@calderwood-analytics.co.uk
DESCRIPTION;LANGUAGE=en-GB:{esc(plain.split("*~*~*~*~*~*~*~*~*~*", 1)[1].strip(chr(10)))}
UID:040000008200E00074C5B7101A82E00800000000E0A1F3C2B861DC010000000000000000100000005A7C3D9E1F2B48E6A0D4C7B9E3F1A265
SUMMARY;LANGUAGE=en-GB:Second interview – Backend Engineer – Joonas Heikkilä
DTSTART;TZID=GMT Standard Time:20261029T140000
DTEND;TZID=GMT Standard Time:20261029T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T102006Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1788230541
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
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
            + "".join(f"<div>{line}</div>" if line else "<div><br></div>"
                      for line in plain.split("\n")[5:16])
            + '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk2MzFiNjAtYjE3Zi00YzQ4LWE0NjctMzk2'
              'ZjQxMmQ1YzAx%40thread.v2/0">Click here to join the meeting</a></div></div></body></html>\n')
    hs = head(addr("Priya Raman", "priya.raman@calderwood-analytics.co.uk"),
              "Second interview – Backend Engineer – Joonas Heikkilä", "2026-10-23 10:20:06", UTC_,
              "<LO4P265MB6218E9B0A7C3D1F4C2E8B5A9D6F03@LO4P265MB6218.GBRP265.PROD.OUTLOOK.COM>",
              "GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2120.outbound.protection.outlook.com "
              "[40.107.122.120])",
              ("Thread-Topic", enc("Second interview – Backend Engineer – Joonas Heikkilä")),
              ("Thread-Index", "AdtB2l3G7a4kq8CzRUeY0mW1n5xP2Q=="),
              ("Accept-Language", "en-GB, en-US"),
              ("Content-Language", "en-GB"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""))
    return message(hs, alt(text(plain), html(page), calendar(ics, cte="base64")))


@mail(n(12), family="human_prose", lang="fi", interview=True, kind="rescheduled",
      start="2026-04-17T06:00:00Z", end="2026-04-17T07:00:00Z", contact="antti.lehtonen@hervantarobotics.fi",
      company="Hervanta Robotics Oy", local="Fri 2026-04-17 09:00", local_end="2026-04-17 10:00", zone=HEL,
      days=(("Thu", "2026-04-16"),),
      note="Finnish prose reschedule from a Tampere hiring manager: 'haastattelu siirretään ... Uusi aika: "
           "perjantai 17.4. klo 9.00–10.00' (old time to 16.4. also named). EEST: 09.00 -> 06:00Z. Contact = sender.")
def m12() -> bytes:
    body = t("""
        Hei Joonas,

        pahoittelut lyhyellä varoitusajalla: torstaille 16.4. sovittu haastattelu siirretään, koska tiimimme tuoteomistaja sairastui ja haluamme hänet ehdottomasti mukaan.

        Uusi aika: perjantai 17.4. klo 9.00–10.00, sama Teams-linkki kuin aiemmin. Päivitin myös kalenterikutsun.

        Kiitos joustavuudesta, ja nähdään perjantaina!

        Terveisin
        Antti Lehtonen
        Engineering Manager
        Hervanta Robotics Oy
        Insinöörinkatu 41, 33720 Tampere
        antti.lehtonen@hervantarobotics.fi
    """)
    hs = head(addr("Antti Lehtonen", "antti.lehtonen@hervantarobotics.fi"), "Haastattelun siirto",
              "2026-04-14 16:05:49", HEL, "<3b8e2f17-a4c6-4d09-b1e5-8f7a2c0d6e43@hervantarobotics.fi>",
              "mail.hervantarobotics.fi (mail.hervantarobotics.fi [91.152.17.204])",
              ("User-Agent", "Mozilla Thunderbird"),
              ("Content-Language", "fi"))
    return message(hs, text(body, charset="utf-8", cte="8bit", params="format=flowed"))


@mail(n(13), family="google_calendar", lang="fi", interview=True, kind="rescheduled",
      start="2026-04-24T10:00:00Z", end="2026-04-24T11:00:00Z", contact="kalle.nieminen@kuura-analytics.fi",
      company="Kuura Analytics Oy", local="Fri 2026-04-24 13:00", local_end="2026-04-24 14:00", zone=HEL,
      days=(("Thu", "2026-04-23"),),
      note="Google Calendar 'Päivitetty kutsu' (Finnish UI) for the same event as the 23.4. invitation: moved to "
           "'pe 24. huhtik. 2026 13.00 - 14.00 (UTC+3)'; ICS SEQUENCE:1, same UID, 10:00Z. Same thread as the "
           "Kuura scheduled invite. Contact = ORGANIZER / Reply-To.")
def m13() -> bytes:
    plain = t("""
        Tätä tapahtumaa on muutettu.

        Tekninen haastattelu: Joonas Heikkilä / Kuura Analytics
        Muutettu: perjantai 24. huhtikuuta 2026 ⋅13.00–14.00
        Itä-Euroopan aika - Helsinki

        Liity Google Meetillä
        meet.google.com/qzv-hmek-tru

        Hei Joonas! Sori, torstai meni Sofialta päällekkäin asiakaspalaverin kanssa. Siirsin perjantaille, toivottavasti käy. Muuten sama setti.

        Kalenteri
        joonas.heikkila@example.org

        Osallistujat
        Kalle Nieminen - järjestäjä
        Sofia Laaksonen
        joonas.heikkila@example.org

        Näytä kaikki tapahtuman tiedot
        https://calendar.google.com/calendar/event?action=VIEW&eid=NXE4dDJrMW0wdjdyM2M5YjZuNGQxZThmMmEgam9vbmFzLmhlaWtraWxhQGV4YW1wbGUub3Jn

        Kutsu lähetetty Google Kalenterista
        Saat tämän sähköpostin, koska olet tapahtuman vieras.
    """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <span style="font-size:12px">Tätä tapahtumaa on muutettu.</span>
        <h2 style="font-size:22px;font-weight:400">Tekninen haastattelu: Joonas Heikkilä / Kuura Analytics</h2>
        <table><tr><td style="color:#70757a">Milloin</td><td><span style="color:#d93025">Muutettu:</span>
        perjantai 24. huhtikuuta 2026 ⋅13.00–14.00 (Itä-Euroopan aika - Helsinki)</td></tr>
        <tr><td style="color:#70757a">Liity Google Meetillä</td><td><a href="https://meet.google.com/qzv-hmek-tru">meet.google.com/qzv-hmek-tru</a></td></tr></table>
        <p>Hei Joonas! Sori, torstai meni Sofialta päällekkäin asiakaspalaverin kanssa. Siirsin perjantaille, toivottavasti käy. Muuten sama setti.</p>
        <p style="font-size:11px;color:#70757a">Kutsu lähetetty <a href="https://calendar.google.com/">Google Kalenterista</a>.</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260424T100000Z
DTEND:20260424T110000Z
DTSTAMP:20260421T124805Z
ORGANIZER;CN=Kalle Nieminen:mailto:kalle.nieminen@kuura-analytics.fi
UID:5q8t2k1m0v7r3c9b6n4d1e8f2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kalle Nieminen;X-NUM-GUESTS=0:mailto:kalle.nieminen@kuura-analytics.fi
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sofia Laaksonen;X-NUM-GUESTS=0:mailto:sofia.laaksonen@kuura-analytics.fi
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=joonas.heikkila@example.org;X-NUM-GUESTS=0:mailto:joonas.heikkila@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qzv-hmek-tru
CREATED:20260417T110231Z
DESCRIPTION:{esc("Hei Joonas! Sori, torstai meni Sofialta päällekkäin asiakaspalaverin kanssa. Siirsin perjantaille, toivottavasti käy. Muuten sama setti.")}
LAST-MODIFIED:20260421T124804Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Tekninen haastattelu: Joonas Heikkilä / Kuura Analytics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kalle Nieminen", "kalle.nieminen@kuura-analytics.fi"),
              "Päivitetty kutsu: Tekninen haastattelu: Joonas Heikkilä / Kuura Analytics @ pe 24. huhtik. 2026 "
              "13.00 - 14.00 (UTC+3) (joonas.heikkila@example.org)",
              "2026-04-21 12:48:05", UTC_, "<calendar-2e7d10c3-94ab-4f15-b8c6-0a3e5d9f71b2@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ("Reply-To", addr("Kalle Nieminen", "kalle.nieminen@kuura-analytics.fi")),
              ("Sender", addr("Google Kalenteri", "calendar-notification@google.com")),
              to=ME)
    body = mixed(alt(text(plain), html(page), calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(14), family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-11-03T14:00:00Z", end="2026-11-03T15:00:00Z", contact="kayla.brennan@marbleridge.io",
      company="Marbleridge", local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone=NY,
      days=(("Fri", "2026-10-30"),),
      note="Lever reschedule notice: new time 'Tuesday, November 3, 2026, 9:00 AM – 10:00 AM EST' (old Friday "
           "30 Oct 10:00 AM EDT also shown). Sent Thu 29 Oct in EDT; US standard time from 1 November, so "
           "9:00 EST = 14:00Z (16:00 in Helsinki, which has been on EET since 25 Oct). Contact = Reply-To recruiter.")
def m14() -> bytes:
    plain = t("""
        Hi Joonas,

        Your interview with Marbleridge has been rescheduled. Here are the updated details:

        System Design Interview
        Tuesday, November 3, 2026
        9:00 AM – 10:00 AM EST (America/New_York)

        Previously scheduled for: Friday, October 30, 2026, 10:00 AM – 11:00 AM EDT

        Interviewer: Sam Okoye, Staff Engineer
        Location: Zoom – https://marbleridge.zoom.us/j/93016652208

        An updated calendar invitation will follow. If the new time doesn't work for you, reply to this message and Kayla will help.

        Best,
        The Marbleridge Recruiting Team
    """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Joonas,</p>
        <p>Your interview with <strong>Marbleridge</strong> has been rescheduled. Here are the updated details:</p>
        <div style="border-left:3px solid #5d5bd4;padding-left:12px">
        <p><strong>System Design Interview</strong><br>Tuesday, November 3, 2026<br>9:00 AM – 10:00 AM EST (America/New_York)</p>
        <p style="color:#888"><s>Friday, October 30, 2026, 10:00 AM – 11:00 AM EDT</s></p>
        <p>Interviewer: Sam Okoye, Staff Engineer<br>Location: Zoom – <a href="https://marbleridge.zoom.us/j/93016652208">https://marbleridge.zoom.us/j/93016652208</a></p>
        </div>
        <p>An updated calendar invitation will follow. If the new time doesn't work for you, reply to this message and Kayla will help.</p>
        <p>Best,<br>The Marbleridge Recruiting Team</p>
        <p style="font-size:11px;color:#aaa">Powered by Lever</p>
        </body></html>
    """)
    hs = head(addr("Marbleridge", "no-reply@hire.lever.co"), "Updated: Your interview with Marbleridge",
              "2026-10-29 12:30:41", NY, "<01000192d4a7b3c1-8e2f0d45-3b71-4c9a-a6e8-2d5f1b0c7e93-000000@email.amazonses.com>",
              "a8-29.smtp-out.amazonses.com (a8-29.smtp-out.amazonses.com [54.240.8.29])",
              ("Reply-To", addr("Kayla Brennan", "kayla.brennan@marbleridge.io")))
    return message(hs, alt(text(plain), html(page)))


@mail(n(15), family="exchange", lang="sv+en", interview=True, kind="cancelled",
      start="2026-03-24T14:00:00Z", end="2026-03-24T15:00:00Z", contact="oskar.lund@hornsbergfintech.se",
      company="Hornsberg Fintech AB", local="Tue 2026-03-24 15:00", local_end="2026-03-24 16:00", zone=STO,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED, Swedish Outlook 'Inställt:') from Stockholm, "
           "TZID 'W. Europe Standard Time'. Cancelled slot Tue 24 March 15:00-16:00 CET (before the 29 March "
           "switch) = 14:00Z-15:00Z (16:00 in Helsinki). Contact = organizer.")
def m15() -> bytes:
    plain = t("""
        När: den 24 mars 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Var: Microsoft Teams-möte

        *~*~*~*~*~*~*~*~*~*

        Hej Joonas,

        tyvärr måste vi ställa in intervjun på tisdag. Tjänsten är pausad tills vidare efter en omorganisation, och jag vill inte att du lägger tid på förberedelser i onödan.

        (In English, just in case: sorry, we have to cancel Tuesday's interview – the role is on hold for now. I'll reach out if it opens up again.)

        Hälsningar
        Oskar Lund
        Engineering Manager, Hornsberg Fintech AB
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Oskar Lund:mailto:oskar.lund@hornsbergfintech.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Joonas Heikkilä:mailto:joonas.heikkila@example.org
DESCRIPTION;LANGUAGE=sv-SE:{esc(plain.split("*~*~*~*~*~*~*~*~*~*", 1)[1].strip(chr(10)))}
UID:040000008200E00074C5B7101A82E00800000000709C4F2AE0B6DC01000000000000000010000000F1E84B3C2A9D5E47B06C1A8D3E5F7092
SUMMARY;LANGUAGE=sv-SE:Inställt: Intervju – Backend Developer / Joonas Heikkilä
DTSTART;TZID=W. Europe Standard Time:20260324T150000
DTEND;TZID=W. Europe Standard Time:20260324T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260320T074702Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=sv-SE:Microsoft Teams-möte
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:1399082214
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + "".join(f"<p>{line}</p>" if line else "" for line in plain.split("\n")[5:])
            + "</div></body></html>\n")
    hs = head(addr("Oskar Lund", "oskar.lund@hornsbergfintech.se"),
              "Inställt: Intervju – Backend Developer / Joonas Heikkilä", "2026-03-20 07:47:02", UTC_,
              "<DU0P192MB1717A9C2E4F60B3D8C1E7F2A5B904@DU0P192MB1717.EURP192.PROD.OUTLOOK.COM>",
              "EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2101.outbound.protection.outlook.com "
              "[40.107.103.101])",
              ("Thread-Topic", enc("Intervju – Backend Developer / Joonas Heikkilä")),
              ("Thread-Index", "AdqoZ3Uf8bX1cT9hR2eN4kL0wq7mYQ=="),
              ("Importance", "high"),
              ("Accept-Language", "sv-SE, en-US"),
              ("Content-Language", "sv-SE"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""))
    return message(hs, alt(text(plain), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(16), family="human_prose", lang="fi", interview=True, kind="cancelled",
      start="2026-11-10T08:30:00Z", end=None, contact="laura.vaisanen@kalliopay.fi",
      company="Kallio Pay Oy", local="Tue 2026-11-10 10:30", zone=HEL,
      note="Finnish cancellation, base64 body: 'joudun perumaan huomisen haastattelumme (ti 10.11. klo 10.30)'; "
           "Date Mon 9.11. 09:12 EET, so huomenna = Tue 10.11., EET -> 08:30Z. Contact = sender.")
def m16() -> bytes:
    body = t("""
        Hei Joonas,

        ikävä kyllä joudun perumaan huomisen haastattelumme (ti 10.11. klo 10.30). Backend-kehittäjän rekrytointi on jäädytetty toistaiseksi budjettitilanteen vuoksi, emmekä halua viedä aikaasi turhaan.

        Olen tästä todella pahoillani, varsinkin kun ehdit jo tehdä kotitehtävän. Jos rekrytointi avautuu uudelleen alkuvuodesta, olen sinuun suoraan yhteydessä.

        Ystävällisin terveisin

        Laura Väisänen
        HR Business Partner
        Kallio Pay Oy
        Sturenkatu 27, 00510 Helsinki
    """)
    page = ("<html><body><div style=\"font-family:Verdana,sans-serif;font-size:10pt\">"
            + "".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Laura Väisänen", "laura.vaisanen@kalliopay.fi"), "Huomisen haastattelu peruutetaan",
              "2026-11-09 09:12:37", HEL, "<CAGx8Rt2nWq5Lm0pVb7Yk3Jd9Fs1Hc4Ea6Zo2Ui8Tn1Qw5Xr@mail.gmail.com>",
              "mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(17), family="google_calendar", lang="fi", interview=True, kind="cancelled",
      start="2026-11-02T12:00:00Z", end="2026-11-02T13:00:00Z", contact="tiina.rasanen@nallikarigames.fi",
      company="Nallikari Games Oy", local="Mon 2026-11-02 14:00", local_end="2026-11-02 15:00", zone=HEL,
      note="Google Calendar cancellation, Finnish UI ('Peruutettu tapahtuma', 'ma 2. marrask. 2026 14.00 - 15.00 "
           "(UTC+2)'), METHOD:CANCEL; EET -> 12:00Z-13:00Z. Oulu employer. Contact = ORGANIZER.")
def m17() -> bytes:
    plain = t("""
        Tämä tapahtuma on peruutettu ja poistettu kalenteristasi.

        Haastattelu: Backend Developer / Joonas Heikkilä
        maanantai 2. marraskuuta 2026 ⋅14.00–15.00
        Itä-Euroopan aika - Helsinki

        Sori Joonas, tämä joudutaan perumaan – palataan asiaan sähköpostilla vielä tänään.

        Järjestäjä
        Tiina Räsänen
        tiina.rasanen@nallikarigames.fi

        Osallistujat
        Tiina Räsänen - järjestäjä
        Markus Vähäkangas
        joonas.heikkila@example.org

        Kutsu lähetetty Google Kalenterista
        Saat tämän sähköpostin, koska olet tapahtuman vieras.
    """)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <span style="font-size:12px;color:#d93025">Tämä tapahtuma on peruutettu ja poistettu kalenteristasi.</span>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Haastattelu: Backend Developer / Joonas Heikkilä</h2>
        <p>maanantai 2. marraskuuta 2026 ⋅14.00–15.00 (Itä-Euroopan aika - Helsinki)</p>
        <p>Sori Joonas, tämä joudutaan perumaan – palataan asiaan sähköpostilla vielä tänään.</p>
        <p>Järjestäjä: Tiina Räsänen &lt;tiina.rasanen@nallikarigames.fi&gt;</p>
        <p style="font-size:11px;color:#70757a">Kutsu lähetetty <a href="https://calendar.google.com/">Google Kalenterista</a>.</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261102T120000Z
DTEND:20261102T130000Z
DTSTAMP:20261028T081522Z
ORGANIZER;CN=Tiina Räsänen:mailto:tiina.rasanen@nallikarigames.fi
UID:0v3k8r2m5q1t7n9c4b6x0z2d8f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=joonas.heikkila@example.org;X-NUM-GUESTS=0:mailto:joonas.heikkila@example.org
CREATED:20261022T131047Z
DESCRIPTION:{esc("Sori Joonas, tämä joudutaan perumaan – palataan asiaan sähköpostilla vielä tänään.")}
LAST-MODIFIED:20261028T081521Z
LOCATION:Nallikari Games\\, Kiviharjuntie 11\\, Oulu
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Haastattelu: Backend Developer / Joonas Heikkilä
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tiina Räsänen", "tiina.rasanen@nallikarigames.fi"),
              "Peruutettu tapahtuma: Haastattelu: Backend Developer / Joonas Heikkilä @ ma 2. marrask. 2026 "
              "14.00 - 15.00 (UTC+2) (joonas.heikkila@example.org)",
              "2026-10-28 08:15:22", UTC_, "<calendar-9f4a2c18-6e3b-4d70-a1c5-3b8e0f7d2a64@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ("Reply-To", addr("Tiina Räsänen", "tiina.rasanen@nallikarigames.fi")),
              ("Sender", addr("Google Kalenteri", "calendar-notification@google.com")),
              to=ME)
    body = mixed(alt(text(plain), html(page), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(hs, body)


@mail(n(18), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-04-08T14:30:00Z", end="2026-04-08T15:30:00Z", contact="hannah.okafor@fenwickgrid.co.uk",
      company="Fenwick Grid Ltd", local="Wed 2026-04-08 15:30", local_end="2026-04-08 16:30", zone=LON,
      note="SmartRecruiters HTML-only (base64) final-interview invitation from London: 'Wednesday 8 April 2026, "
           "15:30 – 16:30 BST (17:30 – 18:30 Finnish time)'. BST -> 14:30Z-15:30Z. 'Please confirm your "
           "attendance' but the time is fixed. Contact = Reply-To coordinator.")
def m18() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview invitation</title></head>
        <body style="margin:0;padding:0;background:#eef1f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center" style="padding:24px">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#30363d">
        <tr><td style="padding:20px 32px;border-bottom:4px solid #00a3a1"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/fenwick-grid.png" alt="Fenwick Grid" height="32"></td></tr>
        <tr><td style="padding:28px 32px">
        <p>Dear Joonas,</p>
        <p>Thank you for your time during the process so far. We are delighted to invite you to the <b>final stage interview</b> for the <b>Senior Backend Engineer</b> role.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #d0d7de;width:100%">
        <tr><td style="width:30%;background:#f6f8fa"><b>Date</b></td><td>Wednesday 8 April 2026</td></tr>
        <tr><td style="background:#f6f8fa"><b>Time</b></td><td>15:30 – 16:30 BST (17:30 – 18:30 Finnish time)</td></tr>
        <tr><td style="background:#f6f8fa"><b>Format</b></td><td>Video interview, Microsoft Teams (link below)</td></tr>
        <tr><td style="background:#f6f8fa"><b>Panel</b></td><td>Owen Pritchard (CTO), Lakshmi Nair (Head of Data Platform)</td></tr>
        </table>
        <p>The conversation will focus on architecture and leadership; there is no live coding.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1ZTg3MGMtNzBhNS00ODk3LWI0YjEtYzNkMmE2OWI1ZmVk%40thread.v2/0" style="color:#0969da">Join Microsoft Teams meeting</a></p>
        <p>Please confirm your attendance by clicking the button below.</p>
        <p><a href="https://jobs.smartrecruiters.com/candidate/interview/confirm?t=eyJpbnRlcnZpZXdJZCI6IjhmMmMxZSJ9" style="background:#00a3a1;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Confirm attendance</a></p>
        <p>Kind regards,<br>Hannah Okafor<br>Recruitment Coordinator, Fenwick Grid Ltd</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8c959f">This email was sent via SmartRecruiters on behalf of Fenwick Grid Ltd, 14 Clerkenwell Close, London EC1R 0AA.</td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    hs = head(addr("Fenwick Grid Ltd", "noreply@smartrecruiters.com"),
              "Interview Invitation – Senior Backend Engineer – Final Stage", "2026-04-02 14:10:59", LON,
              "<20260402131059.7c2e91f0a4b3d5e6@smtp.smartrecruiters.com>",
              "mail-out-7.smartrecruiters.com (mail-out-7.smartrecruiters.com [52.94.160.17])",
              ("Reply-To", addr("Hannah Okafor", "hannah.okafor@fenwickgrid.co.uk")))
    return message(hs, html(page, cte="base64"))


@mail(n(19), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T13:30:00Z", end="2026-10-28T14:30:00Z", contact="jamal.price@corbelgroup.com",
      company="Corbel Insurance Group", local="Wed 2026-10-28 09:30", local_end="2026-10-28 10:30", zone=NY,
      note="Workday notification with US date: 'Interview Date: 10/28/2026, Time: 9:30 AM - 10:30 AM (Eastern "
           "Time)'. 28 October is still EDT in the US (until 1 Nov) while Helsinki is already on EET: 13:30Z = "
           "15:30 Helsinki. System sender; contact = recruiter address in the body.")
def m19() -> bytes:
    plain = t("""
        Dear Joonas,

        Your interview for Senior Software Engineer, Claims Platform (R-20418) has been scheduled.

        Interview Date: 10/28/2026
        Time: 9:30 AM - 10:30 AM (Eastern Time)
        Interview Type: Virtual - Microsoft Teams
        Interviewers: Rebecca Lindahl; Marcus Greene

        The Teams link is available on your Candidate Home page: https://corbel.wd5.myworkdayjobs.com/en-US/Corbel_Careers/userHome

        If you have any questions, please contact Jamal Price at jamal.price@corbelgroup.com.

        Thank you,
        Corbel Talent Acquisition

        This is a system-generated message. Please do not reply.
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Joonas,</p>
        <p>Your interview for Senior Software Engineer, Claims Platform (R-20418) has been scheduled.</p>
        <table cellpadding="3">
        <tr><td><b>Interview Date:</b></td><td>10/28/2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:30 AM - 10:30 AM (Eastern Time)</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Virtual - Microsoft Teams</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Rebecca Lindahl; Marcus Greene</td></tr>
        </table>
        <p>The Teams link is available on your <a href="https://corbel.wd5.myworkdayjobs.com/en-US/Corbel_Careers/userHome">Candidate Home</a> page.</p>
        <p>If you have any questions, please contact Jamal Price at <a href="mailto:jamal.price@corbelgroup.com">jamal.price@corbelgroup.com</a>.</p>
        <p>Thank you,<br>Corbel Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This is a system-generated message. Please do not reply.</p>
        </body></html>
    """)
    hs = head(addr("Corbel Insurance Group", "corbel@myworkday.com"),
              "Interview Scheduled - Senior Software Engineer, Claims Platform (R-20418)",
              "2026-10-21 14:32:18", NY, "<1859402316.88213.1792175538221@wd5-prod-notify-07.myworkday.com>",
              "wd5-mta-22.myworkday.com (wd5-mta-22.myworkday.com [69.28.132.22])",
              ("Auto-Submitted", "auto-generated"))
    return message(hs, alt(text(plain), html(page)))


@mail(n(20), family="forward_self", lang="fi", interview=True, kind="scheduled",
      start="2026-04-09T10:00:00Z", end=None, contact="minna.hakala@tammerkoski-energia.fi",
      company="Tammerkoski Energia Oy", local="Thu 2026-04-09 13:00", zone=HEL,
      note="The candidate forwards to himself (old address -> main) a recruiter's confirmation: 'Vahvistan "
           "haastattelusi torstaina 9.4. klo 13.00' at the Tampere office. EEST -> 10:00Z. 'noin puolitoista "
           "tuntia' is approximate -> end null. Contact = the recruiter in the forwarded header.")
def m20() -> bytes:
    body = t("""
        muistiin, tää tuli vanhaan osoitteeseen

        ---------- Välitetty viesti ---------
        Lähettäjä: Minna Hakala <minna.hakala@tammerkoski-energia.fi>
        Date: pe 3. huhtik. 2026 klo 15.41
        Subject: Haastattelu torstaina 9.4.
        To: <joonas.h@example.com>


        Hei Joonas,

        kiitos puhelusta. Vahvistan haastattelusi torstaina 9.4. klo 13.00 toimistollamme (Hatanpään valtatie 30, Tampere, 4. krs). Haastattelijoina ovat minä ja ohjelmistokehityksen esihenkilö Jari Mattila. Varaathan aikaa noin puolitoista tuntia.

        Junalla tullessa meille on n. 10 min kävely asemalta.

        Tervetuloa!

        Minna Hakala
        Rekrytointiasiantuntija
        Tammerkoski Energia Oy
        p. 040 552 1878
    """)
    hs = head(addr(ME_NAME, ME_OLD), "Fwd: Haastattelu torstaina 9.4.", "2026-04-04 10:27:03", HEL,
              "<CAJm3Xv7pR1cN9eT4hW0kB2yL6sD8fQ5gZ1aU3oI7nM4vE2t@mail.gmail.com>",
              "mail-lj1-f171.google.com (mail-lj1-f171.google.com [209.85.208.171])",
              ("References", "<a91c07e2-3f5d-4b8a-9e16-c4d2b07f5a38@tammerkoski-energia.fi>"),
              ("In-Reply-To", "<a91c07e2-3f5d-4b8a-9e16-c4d2b07f5a38@tammerkoski-energia.fi>"),
              to=addr(ME_NAME, ME))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(21), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-10-16T07:00:00Z", end=None, contact="mikael@loylylabs.fi",
      company="Löyly Labs Oy", local="Fri 2026-10-16 10:00", zone=HEL,
      note="Hiring manager's Gmail reply on top of the quoted thread: 'Perfect, Friday 10am it is' (the candidate "
           "proposed 'Friday ... would 10 work?'). Date Tue 13 Oct -> Fri 16 Oct 10:00 EEST = 07:00Z. A coffee "
           "chat with the hiring manager about the role counts as an interview stage; '30-45 min' -> end null.")
def m21() -> bytes:
    body = t("""
        Perfect, Friday 10am it is! See you at the office – Hietalahdenranta 5 C, ring "Löyly Labs" at the door. Coffee's on me ☕

        Mikael

        On Tue, 13 Oct 2026 at 19.02, Joonas Heikkilä <joonas.heikkila@example.org> wrote:
        > Hi Mikael,
        >
        > Thanks, sounds great! Friday morning suits me best – would 10 work? Happy to come by the office.
        >
        > Joonas
        >
        > On Mon, 12 Oct 2026 at 16.40, Mikael Forsman <mikael@loylylabs.fi> wrote:
        >> Hi Joonas,
        >>
        >> Saw your application for the backend role – nice Kafka work at your current place. Would you be up for
        >> a coffee at our office later this week? Informal, 30-45 min, mostly me telling you what we're building
        >> and hearing what you're after. Then we'd do the proper technical round the week after.
        >>
        >> Mikael Forsman
        >> CTO, Löyly Labs
    """)
    hs = head(addr("Mikael Forsman", "mikael@loylylabs.fi"), "Re: Backend role at Löyly Labs",
              "2026-10-13 21:14:50", HEL, "<CAF9qTz5hN2wE8rB1yU7mK0xP4dG6vJ3sL9cA2oQ5iR8nW1eH@mail.gmail.com>",
              "mail-ed1-f44.google.com (mail-ed1-f44.google.com [209.85.208.44])",
              ("In-Reply-To", "<CAH4kPq9wY2mR6sT1bN8vL3cZ0dF5jX7eU2aK4oG9hQ1iW6t@mail.example.org>"),
              ("References", "<CAF9qTz1bV7nM4cX0wR5kP2sJ8dL6yH3eG9aU1oT4iQ7fN2z@mail.gmail.com>\r\n"
                             " <CAH4kPq9wY2mR6sT1bN8vL3cZ0dF5jX7eU2aK4oG9hQ1iW6t@mail.example.org>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(22), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-03-16T14:00:00Z", end="2026-03-16T14:30:00Z", contact="megan.alvarez@tidewaterdata.com",
      company="Tidewater Data Inc.", local="Mon 2026-03-16 10:00", local_end="2026-03-16 10:30", zone=NY,
      note="US recruiter with a pasted Zoom invitation: 'Monday, March 16 at 10:00 AM ET', 'Mar 16, 2026 10:00 AM "
           "Eastern Time (US and Canada)', 'for 30 minutes'. EDT since 8 March -> 14:00Z; Finland still EET, so "
           "16:00 Helsinki as the mail says. Contact = sender.")
def m22() -> bytes:
    body = t("""
        Hi Joonas,

        Thanks for getting back to me so quickly! Confirming our intro call for Monday, March 16 at 10:00 AM ET – should be 4:00 PM in Helsinki (our clocks just jumped forward, so the gap is 6 hours for a couple of weeks). We'll chat for 30 minutes about the Platform Engineer role and your background.

        Zoom details below.

        Talk soon,
        Megan

        ---

        Megan Alvarez is inviting you to a scheduled Zoom meeting.

        Topic: Tidewater Data <> Joonas Heikkilä | Intro Call
        Time: Mar 16, 2026 10:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://tidewaterdata.zoom.us/j/81264590733?pwd=a0FxUm9YcGtDbEJ2T1l3c0ZqZ3h5QT09

        Meeting ID: 812 6459 0733
        Passcode: 551930

        ---

        Megan Alvarez | Senior Technical Recruiter
        Tidewater Data Inc. | Baltimore, MD
    """)
    hs = head(addr("Megan Alvarez", "megan.alvarez@tidewaterdata.com"), "Intro call Monday – Tidewater Data",
              "2026-03-11 15:22:09", NY,
              "<BN8PR12MB3347F0C2A91D4E6B7E2A5C9D1F083@BN8PR12MB3347.namprd12.prod.outlook.com>",
              "NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2072.outbound.protection.outlook.com "
              "[40.107.237.72])",
              ("Content-Language", "en-US"))
    page = ("<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<div>{line.replace('<>', '&lt;&gt;')}</div>" if line else "<div><br></div>"
                      for line in body.split("\n"))
            + "</div></body></html>\n")
    return message(hs, alt(text(body), html(page)))


@mail(n(23), family="html_only", lang="fi", interview=True, kind="scheduled",
      start="2026-10-28T08:00:00Z", end="2026-10-28T09:00:00Z", contact="petri.salonen@pirkanmaandata.fi",
      company="Pirkanmaan Datapalvelut Oy", local="Wed 2026-10-28 10:00", local_end="2026-10-28 11:00", zone=HEL,
      note="HTML-only, iso-8859-1 quoted-printable, from a shared recruitment mailbox: second round with pair "
           "programming 'keskiviikko 28.10.2026 klo 10.00–11.00'. Sent Thu 22.10. in EEST; the interview is after "
           "25 October, EET -> 08:00Z-09:00Z. Contact = the development manager's address in the signature, not "
           "the rekrytointi@ mailbox.")
def m23() -> bytes:
    page = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Tahoma,Verdana,sans-serif;font-size:10pt">
        <p>Hei Joonas,</p>
        <p>Kiitos hakemuksestasi ja mukavasta ensimmäisestä keskustelusta! Kutsumme sinut toiselle
        haastattelukierrokselle, jossa ratkomme yhdessä pienen pariohjelmointitehtävän (Python tai Go, saat valita).</p>
        <table border="0" cellpadding="4">
        <tr><td><b>Aika:</b></td><td>keskiviikko 28.10.2026 klo 10.00&ndash;11.00</td></tr>
        <tr><td><b>Paikka:</b></td><td>&Aring;kerlundinkatu 8, Tampere (aula, 2. krs)</td></tr>
        <tr><td><b>Haastattelijat:</b></td><td>Petri Salonen ja Hanna Ylinen</td></tr>
        </table>
        <p>Ota mukaan oma kannettava, jossa on valmiina haluamasi kehitysympäristö. Tehtävä on pieni REST-rajapinta, eikä
        siihen tarvitse valmistautua etukäteen.</p>
        <p>Jos aika ei sovi, vastaathan pikaisesti.</p>
        <p>Ystävällisin terveisin<br>
        Petri Salonen<br>
        Kehitysjohtaja<br>
        Pirkanmaan Datapalvelut Oy<br>
        <a href="mailto:petri.salonen@pirkanmaandata.fi">petri.salonen@pirkanmaandata.fi</a></p>
        </body>
        </html>
    """)
    hs = head(addr("Pirkanmaan Datapalvelut / Rekrytointi", "rekrytointi@pirkanmaandata.fi"),
              "Kutsu työhaastatteluun (2. kierros)", "2026-10-22 11:30:15", HEL,
              "<001a01dc4231$5f0e7c20$1d2b7460$@pirkanmaandata.fi>",
              "mail.pirkanmaandata.fi (mail.pirkanmaandata.fi [194.100.37.66])",
              ("X-Mailer", "Microsoft Outlook 16.0"),
              ("Content-Language", "fi"))
    return message(hs, html(page, charset="iso-8859-1"))


# =========================================================================== negatives


@mail(n(24), family="job_alert", lang="fi", interview=False, company=None, days=(("Sun", "2026-11-15"),),
      note="Duunitori hakuvahti digest; 'Haastattelemme hakijoita jo hakuaikana' is a job-ad line, not an "
           "appointment.")
def m24() -> bytes:
    plain = t("""
        Hei Joonas,

        hakuvahtisi "backend, Helsinki + Espoo + Tampere" löysi 5 uutta työpaikkaa.

        Backend-kehittäjä (Python)
        Kuura Analytics Oy – Espoo
        Haastattelemme hakijoita jo hakuaikana, joten laitathan hakemuksesi tulemaan pian!
        https://duunitori.fi/tyopaikat/tyo/backend-kehittaja-python-espoo-19024412

        Senior Software Engineer, Payments
        Kallio Pay Oy – Helsinki
        Haku päättyy su 15.11.
        https://duunitori.fi/tyopaikat/tyo/senior-software-engineer-payments-helsinki-19025108

        Ohjelmistokehittäjä, integraatiot
        Pirkanmaan Datapalvelut Oy – Tampere
        https://duunitori.fi/tyopaikat/tyo/ohjelmistokehittaja-integraatiot-tampere-19025733

        Go Developer
        Tuira Cloud Oy – Oulu (etätyö mahdollinen)
        https://duunitori.fi/tyopaikat/tyo/go-developer-oulu-19026019

        Platform Engineer
        Vallila Commerce Oy – Helsinki
        https://duunitori.fi/tyopaikat/tyo/platform-engineer-helsinki-19026240

        Näytä kaikki osumat: https://duunitori.fi/hakuvahdit/8812044

        Muokkaa hakuvahtia tai lopeta tilaus: https://duunitori.fi/asetukset/hakuvahdit
        Duunitori Oy, Aleksanterinkatu 15 B, 00100 Helsinki
    """)
    page = t("""
        <!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f3ee;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" cellpadding="16" cellspacing="0" style="background:#fff">
        <tr><td style="background:#ffcf00;font-weight:bold;font-size:20px">Duunitori</td></tr>
        <tr><td><p>Hei Joonas,</p><p>hakuvahtisi <b>"backend, Helsinki + Espoo + Tampere"</b> löysi 5 uutta työpaikkaa.</p></td></tr>
        <tr><td style="border-top:1px solid #eee"><a href="https://duunitori.fi/tyopaikat/tyo/backend-kehittaja-python-espoo-19024412" style="font-size:16px;color:#0b57d0">Backend-kehittäjä (Python)</a><br>Kuura Analytics Oy – Espoo<br>
        <span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px">Haastattelemme hakijoita jo hakuaikana</span></td></tr>
        <tr><td style="border-top:1px solid #eee"><a href="https://duunitori.fi/tyopaikat/tyo/senior-software-engineer-payments-helsinki-19025108" style="font-size:16px;color:#0b57d0">Senior Software Engineer, Payments</a><br>Kallio Pay Oy – Helsinki<br><span style="font-size:12px;color:#666">Haku päättyy su 15.11.</span></td></tr>
        <tr><td style="border-top:1px solid #eee"><a href="https://duunitori.fi/tyopaikat/tyo/ohjelmistokehittaja-integraatiot-tampere-19025733" style="font-size:16px;color:#0b57d0">Ohjelmistokehittäjä, integraatiot</a><br>Pirkanmaan Datapalvelut Oy – Tampere</td></tr>
        <tr><td style="border-top:1px solid #eee"><a href="https://duunitori.fi/tyopaikat/tyo/go-developer-oulu-19026019" style="font-size:16px;color:#0b57d0">Go Developer</a><br>Tuira Cloud Oy – Oulu (etätyö mahdollinen)</td></tr>
        <tr><td style="border-top:1px solid #eee"><a href="https://duunitori.fi/tyopaikat/tyo/platform-engineer-helsinki-19026240" style="font-size:16px;color:#0b57d0">Platform Engineer</a><br>Vallila Commerce Oy – Helsinki</td></tr>
        <tr><td style="font-size:11px;color:#888"><a href="https://duunitori.fi/asetukset/hakuvahdit">Muokkaa hakuvahtia tai lopeta tilaus</a><br>Duunitori Oy, Aleksanterinkatu 15 B, 00100 Helsinki</td></tr>
        </table></td></tr></table></body></html>
    """)
    hs = head(addr("Duunitori", "hakuvahti@duunitori.fi"), "5 uutta työpaikkaa hakuvahdissasi: backend",
              "2026-11-03 06:00:12", HEL, "<20261103040012.1f9c2e7ab34d@mailer.duunitori.fi>",
              "mailer.duunitori.fi (mailer.duunitori.fi [185.86.148.41])",
              ("List-Unsubscribe", "<https://duunitori.fi/asetukset/hakuvahdit/unsubscribe?t=9c1f7e>, "
                                   "<mailto:unsubscribe@duunitori.fi?subject=hakuvahti-8812044>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk"))
    return message(hs, alt(text(plain), html(page)))


@mail(n(25), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert; 'Actively recruiting' and 'Interviewing now' badges are ad copy.")
def m25() -> bytes:
    plain = t("""
        Your job alert for backend developer in Helsinki, Uusimaa, Finland
        6 new jobs match your preferences.

        Senior Backend Engineer
        Nordhavn Cloud
        Helsinki, Uusimaa, Finland (Hybrid)
        Actively recruiting · Interviewing now
        View job: https://www.linkedin.com/comm/jobs/view/4188201734/?trackingId=r%2B1x

        Backend Developer (Go)
        Lövholmen Tech AB
        Finland (Remote)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4188376610/?trackingId=q2Vb

        Software Engineer, Platform
        Tidewater Data Inc.
        European Union (Remote)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4188590021/?trackingId=Lm7c

        Python Developer
        Kuura Analytics Oy
        Espoo, Uusimaa, Finland (On-site)
        View job: https://www.linkedin.com/comm/jobs/view/4188611843/?trackingId=Zk0p

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1834490215

        ----------------------------------------
        This email was intended for Joonas Heikkilä (Backend Consultant at Koodiverstas)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company.
    """)
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“backend developer”: Nordhavn Cloud - Senior Backend Engineer and more",
              "2026-03-16 05:41:30", UTC_, "<1281665370.3320471.1773639690118@lva1-app4417.prod.linkedin.com>",
              "mailb-ec.linkedin.com (mailb-ec.linkedin.com [108.174.3.211])",
              ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs>"),
              ("X-LinkedIn-Class", "JOBS-TO-MBR"),
              ("X-LinkedIn-Template", "email_job_alert_digest_01"),
              to=addr(ME_NAME, ME))
    return message(hs, text(plain, cte="quoted-printable"))


@mail(n(26), family="application_ack", lang="fi", interview=False, company="Merisali Solutions Oy",
      note="Oikotie Työpaikat 'Hakemuksesi on lähetetty' receipt; interviews only mentioned as a future possibility.")
def m26() -> bytes:
    plain = t("""
        Hei Joonas,

        hakemuksesi on lähetetty onnistuneesti!

        Tehtävä: Backend Developer
        Työnantaja: Merisali Solutions Oy
        Sijainti: Helsinki
        Hakuaika päättyy: 22.3.2026

        Mitä seuraavaksi?
        Työnantaja käsittelee hakemukset ja on yhteydessä haastatteluun valittuihin hakijoihin. Käsittelyaika vaihtelee työnantajittain.

        Näet lähettämäsi hakemukset Oikotien Omat sivut -osiossa: https://tyopaikat.oikotie.fi/omat-sivut/hakemukset

        Onnea työnhakuun!
        Oikotie Työpaikat

        Tämä on automaattinen viesti, johon ei voi vastata.
    """)
    page = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            + "".join(f"<p>{line}</p>" for line in plain.split("\n") if line)
            + "</body></html>\n")
    hs = head(addr("Oikotie Työpaikat", "noreply@tyopaikat.oikotie.fi"),
              "Hakemuksesi on lähetetty: Backend Developer, Merisali Solutions Oy",
              "2026-03-10 20:17:44", HEL, "<01070196d3e4a2b8-3c5f1e92-7d40-4a8b-b2c6-e91f0d7a5c13-000000@eu-west-1.amazonses.com>",
              "b224-17.smtp-out.eu-west-1.amazonses.com (b224-17.smtp-out.eu-west-1.amazonses.com [69.169.224.17])")
    return message(hs, alt(text(plain), html(page)))


@mail(n(27), family="application_ack", lang="en", interview=False, company="Slussen Software AB",
      note="Teamtailor 'thanks for applying' from a Stockholm company; interview invitation only promised in general.")
def m27() -> bytes:
    plain = t("""
        Hi Joonas,

        Thanks for applying for the Backend Engineer role at Slussen Software – we're excited you're interested in joining us!

        We review applications on a rolling basis, and we usually invite shortlisted candidates to a first interview within two weeks. Either way, you'll hear from us.

        In the meantime, feel free to read more about how we work: https://careers.slussensoftware.se/how-we-work

        Best regards,
        Team Slussen

        This message was sent via Teamtailor. Manage your data: https://careers.slussensoftware.se/connect/privacy
    """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#14141a">
        <p>Hi Joonas,</p>
        <p>Thanks for applying for the <b>Backend Engineer</b> role at Slussen Software – we're excited you're interested in joining us!</p>
        <p>We review applications on a rolling basis, and we usually invite shortlisted candidates to a first interview within two weeks. Either way, you'll hear from us.</p>
        <p>In the meantime, feel free to read more about <a href="https://careers.slussensoftware.se/how-we-work">how we work</a>.</p>
        <p>Best regards,<br>Team Slussen</p>
        <p style="font-size:11px;color:#888">This message was sent via Teamtailor. <a href="https://careers.slussensoftware.se/connect/privacy">Manage your data</a></p>
        </body></html>
    """)
    hs = head(addr("Slussen Software", "no-reply@slussen.teamtailor-mail.com"),
              "Thanks for applying to Slussen Software!", "2026-10-14 12:03:55", STO,
              "<7d3a0f92-1c5e-4b68-8e2d-b4f6a1c09e57@slussen.teamtailor-mail.com>",
              "o2.ptr7730.teamtailor-mail.com (o2.ptr7730.teamtailor-mail.com [149.72.44.207])",
              ("Auto-Submitted", "auto-generated"))
    return message(hs, alt(text(plain), html(page)))


@mail(n(28), family="rejection", lang="sv", interview=False, company="Skatudden Data Ab",
      note="Finland-Swedish rejection after the 4 November interview (same thread/employer as the confirmation); "
           "'intervjun i onsdags' is in the past.")
def m28() -> bytes:
    body = t("""
        Hej Joonas,

        Tack för intervjun i onsdags, det var trevligt att träffa dig och Fredrik uppskattade särskilt
        diskussionen om era meddelandeköer.

        Vi har nu gått igenom alla kandidater och har tyvärr valt att gå vidare med en annan person, vars
        erfarenhet av betalningssystem låg närmare det vi behöver just nu. Beslutet var inte lätt.

        Vi sparar gärna din ansökan och hör av oss om en liknande tjänst öppnas under våren.

        Med vänliga hälsningar

        Camilla Lindroos
        HR-koordinator
        Skatudden Data Ab
    """)
    hs = head(addr("Camilla Lindroos", "camilla.lindroos@skatudden.fi"),
              "Angående tjänsten som backendutvecklare", "2026-11-10 15:02:31", HEL,
              "<001801dc5113$b2a94e60$17fbeb20$@skatudden.fi>",
              "smtp.skatudden.fi (smtp.skatudden.fi [185.26.51.19])",
              ("X-Mailer", "Microsoft Outlook 16.0"),
              ("Content-Language", "sv-fi"))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(29), family="rejection", lang="en", interview=False, company="Brightlane Health",
      days=(("Wed", "2026-03-25"),),
      note="Greenhouse rejection after the recruiter screen (same employer as the 25 March confirmation).")
def m29() -> bytes:
    plain = t("""
        Hi Joonas,

        Thank you for taking the time to speak with me last Wednesday about the Senior Backend Engineer (Remote, EU) role. I enjoyed learning about your work on event-driven systems.

        After careful consideration, we've decided not to move forward with your candidacy at this time. The team is prioritising candidates with more hands-on experience with US healthcare data standards (HL7/FHIR).

        We'd love to stay in touch, and I encourage you to keep an eye on our careers page for future openings.

        Best of luck in your search,
        Dana Whitfield
        Technical Recruiter, Brightlane Health
    """)
    page = ('<div style="font-family:Arial,sans-serif;font-size:14px">'
            + "".join(f"<p>{line}</p>" for line in plain.split("\n") if line)
            + "</div>\n")
    hs = head(addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
              "Your application to Brightlane Health", "2026-03-31 16:44:02", NY,
              "<c40e9b1a7f25.8d2c3e0f1b6a@us.greenhouse-mail.io>",
              "o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.226])",
              ("Reply-To", addr("Dana Whitfield", "dana.whitfield@brightlanehealth.com")))
    return message(hs, alt(text(plain), html(page)))


@mail(n(30), family="offer", lang="fi", interview=False, company="Revontuli Systems Oy",
      days=(("Fri", "2026-04-24"), ("Mon", "2026-06-01")),
      note="Job offer in Finnish with a PDF attached, reply deadline pe 24.4. and start 1.6.; mentions the past "
           "interviews; the offered call has no fixed time.")
def m30() -> bytes:
    body = t("""
        Hei Joonas,

        ilo kertoa, että haluamme tarjota sinulle Backend Developerin paikkaa Revontuli Systemsiltä! Jussi ja koko tiimi tykkäsivät haastatteluista tosi paljon.

        Liitteenä työsopimusehdotus. Pääkohdat lyhyesti:
        - kuukausipalkka 5 400 € + vuosibonus (max 8 %)
        - aloitus ma 1.6.2026 tai sopimuksen mukaan
        - hybridityö, toimistolla 2 päivää viikossa
        - 6 kk koeaika

        Toivomme vastaustasi pe 24.4. mennessä. Jos haluat käydä ehtoja läpi, soitellaan vaikka huomenna iltapäivällä – laita viestiä, mikä aika sopii.

        Ystävällisin terveisin
        Riikka Salmi
        Talent Acquisition Partner
        Revontuli Systems Oy
        riikka.salmi@revontuli.fi | +358 40 718 2294
    """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Tyosopimusehdotus_Heikkila.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Tyosopimusehdotus_Heikkila.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Riikka Salmi", "riikka.salmi@revontuli.fi"), "Työtarjous: Backend Developer 🎉",
              "2026-04-16 15:36:20", HEL,
              "<VI1PR03MB6350B7A2C0E4D1F9A4E1C6D3B8F27@VI1PR03MB6350.eurprd03.prod.outlook.com>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2131.outbound.protection.outlook.com "
              "[40.107.22.131])",
              ("Content-Language", "fi-FI"),
              ("X-MS-Has-Attach", "yes"))
    return message(hs, mixed(text(body), att))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Quayside Payments Ltd",
      note="LinkedIn InMail notification from an in-house talent partner; asks for a chat 'sometime next week', "
           "no time fixed.")
def m31() -> bytes:
    plain = t("""
        Emma Holt
        Talent Partner at Quayside Payments

        Opportunity at Quayside Payments – Senior Backend (London or remote EU)

        Hi Joonas,

        I came across your profile and your talk on idempotent payment APIs at PyCon Finland caught my eye. We're growing our ledger team and I think you'd be a great fit – Python/Go, Postgres, lots of interesting consistency problems.

        Would you be open to a 20-minute chat sometime next week? Happy to work around your time zone – I know Helsinki is two hours ahead of us.

        Best,
        Emma

        Reply: https://www.linkedin.com/comm/messaging/thread/2-ZmE3YjI0NzEtOWNkMC00/?lipi=urn%3Ali%3Apage%3Aemail_inmail

        ----------------------------------------
        This email was intended for Joonas Heikkilä (Backend Consultant at Koodiverstas)
        You are receiving InMail notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
    """)
    hs = head(addr("Emma Holt via LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Opportunity at Quayside Payments – Senior Backend (London or remote EU)",
              "2026-10-21 09:14:48", LON, "<1903218846.5570182.1792570488230@lva1-app6102.prod.linkedin.com>",
              "mailb-dg.linkedin.com (mailb-dg.linkedin.com [108.174.6.127])",
              ("X-LinkedIn-Class", "INMAIL"),
              ("X-LinkedIn-Template", "email_inmail_01"),
              to=addr(ME_NAME, ME))
    return message(hs, text(plain))


@mail(n(32), family="scheduling_link", lang="fi", interview=False, company="Näsinkallio Software Oy",
      days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")),
      note="Teamtailor self-scheduling request ('Valitse itsellesi sopiva aika'), slots offered in week 44; "
           "nothing booked yet. Precedes the Exchange panel invitation from the same employer.")
def m32() -> bytes:
    plain = t("""
        Hei Joonas,

        hienoa, että pääset jatkoon! Seuraavana vaiheena on paneelihaastattelu (90 min, Teams), jossa mukana ovat Engineering Manager Tero Lahtinen, Staff Engineer Aino Vuorinen ja minä.

        Valitse itsellesi sopiva aika alla olevasta linkistä. Vapaita aikoja on viikolla 44 (ma 26.10. – pe 30.10.).

        Varaa aika: https://nasinkallio.teamtailor.com/meetings/book/5c1e9a0b-7d34-4f2e-a8b6-0d93c2f7e415

        Jos mikään ajoista ei sovi, vastaa tähän viestiin, niin keksitään jotain.

        Terveisin
        Heidi Mäkinen
        HR Specialist, Näsinkallio Software Oy
    """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1f">
        <p>Hei Joonas,</p>
        <p>hienoa, että pääset jatkoon! Seuraavana vaiheena on paneelihaastattelu (90 min, Teams), jossa mukana ovat Engineering Manager Tero Lahtinen, Staff Engineer Aino Vuorinen ja minä.</p>
        <p>Valitse itsellesi sopiva aika alla olevasta linkistä. Vapaita aikoja on viikolla 44 (ma 26.10. – pe 30.10.).</p>
        <p><a href="https://nasinkallio.teamtailor.com/meetings/book/5c1e9a0b-7d34-4f2e-a8b6-0d93c2f7e415" style="background:#3b3bd1;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Varaa aika</a></p>
        <p>Jos mikään ajoista ei sovi, vastaa tähän viestiin, niin keksitään jotain.</p>
        <p>Terveisin<br>Heidi Mäkinen<br>HR Specialist, Näsinkallio Software Oy</p>
        </body></html>
    """)
    hs = head(addr("Heidi Mäkinen – Näsinkallio Software", "no-reply@nasinkallio.teamtailor-mail.com"),
              "Varaa aika paneelihaastatteluun", "2026-10-15 10:22:40", HEL,
              "<e2b9c417-08f3-4d6a-b51e-7a0c3d9f2e68@nasinkallio.teamtailor-mail.com>",
              "o1.ptr4821.teamtailor-mail.com (o1.ptr4821.teamtailor-mail.com [149.72.31.118])",
              ("Reply-To", "reply+7b40e2c19a5d8f36@teamtailor-mail.com"),
              ("X-Mailer", "Teamtailor"))
    return message(hs, alt(text(plain), html(page)))


@mail(n(33), family="slot_proposal", lang="en", interview=False, company="Calderwood Analytics Ltd",
      days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")),
      note="London recruiter proposes two slots for the second interview and waits for the candidate's choice; "
           "not yet agreed (same thread as the later Exchange update).")
def m33() -> bytes:
    body = t("""
        Hi Joonas,

        Great news – the team would like to see you for a second interview! It'd be an hour with Greg Marsh (Principal Engineer) and me.

        Could you do either of these (UK time)?
          • Tue 27 Oct, 13:00
          • Wed 28 Oct, 11:00

        (So 15:00 or 13:00 for you in Helsinki.)

        Let me know which suits and I'll send an invite.

        Thanks,
        Priya

        Priya Raman
        Senior Talent Partner | Calderwood Analytics
    """)
    page = ('<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
            + "".join(f"<div>{line.strip()}</div>" if line else "<div><br></div>" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Priya Raman", "priya.raman@calderwood-analytics.co.uk"), "Second interview – Calderwood Analytics",
              "2026-10-16 15:08:27", UTC_,
              "<LO4P265MB62187C1E0D9F3A2B4F6D2E1C9A8B5@LO4P265MB6218.GBRP265.PROD.OUTLOOK.COM>",
              "GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2109.outbound.protection.outlook.com "
              "[40.107.11.109])",
              ("Content-Language", "en-GB"))
    return message(hs, alt(text(body), html(page)))


@mail(n(34), family="slot_proposal", lang="fi", interview=False, company="Lumo Logistics Oy",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")),
      note="Agency consultant forwards the client's three proposed slots and asks which suits; nothing agreed "
           "(the agreement comes in a later mail of the same thread). Company = the client employer.")
def m34() -> bytes:
    body = t("""
        Hei Joonas,

        Lumolta tuli ehdotuksia ensimmäiselle haastattelulle. Mikä näistä sopisi?
        - ti 10.11. klo 9
        - ke 11.11. klo 15
        - to 12.11. klo 13

        Haastattelu kestää n. tunnin ja pidetään Teamsissä. Mukana heidän kehitysjohtajansa Pekka Aro ja minä.

        Hyvää viikonloppua!

        Sanna Koskinen
        Senior konsultti | Rekrytalo Aalto Oy
        +358 50 331 9042
    """)
    hs = head(addr("Sanna Koskinen", "sanna.koskinen@rekrytaloaalto.fi"),
              "Lumo Logistics / backend-kehittäjä – haastatteluajat", "2026-11-06 14:03:11", HEL,
              "<AM9PR09MB48704F2B1D0C9E6A7A3E5B8D2F1C4@AM9PR09MB4870.eurprd09.prod.outlook.com>",
              "EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2102.outbound.protection.outlook.com "
              "[40.107.104.102])",
              ("Content-Language", "fi-FI"))
    return message(hs, text(body, cte="8bit"))


@mail(n(35), family="take_home", lang="en", interview=False, company="Kadriorg Labs OÜ",
      days=(("Sun", "2026-04-05"),),
      note="Workable take-home assignment with a submission deadline; the review session is promised without a time.")
def m35() -> bytes:
    plain = t("""
        Hi Joonas,

        Thanks again for meeting Kristjan and Maarja on Monday – they really enjoyed the conversation!

        As the next step, we'd like you to complete a short take-home assignment: a small rate-limiting service in a language of your choice. Please don't spend more than 3–4 hours on it.

        Assignment brief: https://kadriorg-labs.notion.site/Backend-take-home-2026-7a1f0c

        Deadline: Sunday, April 5, 23:59 (Tallinn time). Just reply to this email with a link to your repository.

        Once we've reviewed it, we'll invite you to a 60-minute session to walk through your solution together.

        Kind regards,
        Kadriorg Labs Hiring Team

        ---
        Sent with Workable
    """)
    hs = head(addr("Kadriorg Labs", "noreply@candidates.workablemail.com"),
              "Next step: take-home assignment – Backend Engineer", "2026-03-31 09:26:50", UTC_,
              "<wk.4471928.1774949210.c81f0d2e7a@candidates.workablemail.com>",
              "mta-201-45.sparkpostmail.com (mta-201-45.sparkpostmail.com [192.174.88.45])",
              ("Reply-To", addr("Kadriorg Labs", "kadriorg-labs+c81f0d2e7a@candidates.workablemail.com")))
    page = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
            + "".join(f"<p>{line}</p>" for line in plain.split("\n") if line)
            + "</body></html>\n")
    return message(hs, alt(text(plain), html(page)))


@mail(n(36), family="assessment", lang="en", interview=False, company="Tidewater Data Inc.",
      note="Codility test invitation with an expiry deadline; a timed test, not an interview.")
def m36() -> bytes:
    plain = t("""
        Hello Joonas Heikkilä,

        Tidewater Data Inc. invites you to take a Codility test as part of the recruitment process for the Platform Engineer position.

        Test details
        Number of tasks: 3
        Time limit: 90 minutes
        Languages: Go, Java, Python, TypeScript

        Start the test: https://app.codility.com/c/run/TD7R4K-QX2/

        The invitation expires on Mar 23, 2026, 11:59 PM EDT. Once you start, the timer can't be paused, so make sure you have a quiet 90 minutes and a stable connection.

        Before you begin, you can try a demo task: https://app.codility.com/demo/take-sample-test/

        Good luck!
        Codility, on behalf of Tidewater Data Inc.

        If you have technical problems, contact support@codility.com.
    """)
    page = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">'
            + "".join(f"<p>{line}</p>" for line in plain.split("\n") if line)
            + "</body></html>\n")
    hs = head(addr("Codility", "no-reply@codility.com"),
              "Tidewater Data Inc. invites you to take a test", "2026-03-17 18:02:44", UTC_,
              "<176377096438.27104.5529173810624471309@codility-mailer-5b7d9c.codility.com>",
              "o3.sg.codility.com (o3.sg.codility.com [167.89.23.118])",
              ("Reply-To", "support@codility.com"))
    return message(hs, alt(text(plain), html(page)))


@mail(n(37), family="non_interview_calendar", lang="fi", interview=False, company=None,
      days=(("Wed", "2026-04-08"),),
      note="Dentist booking confirmation (iso-8859-15 text + ICS): a confirmed time, but not an interview.")
def m37() -> bytes:
    body = t("""
        Hei Joonas Heikkilä,

        kiitos ajanvarauksestasi! Vahvistamme seuraavan ajan:

        Ke 8.4.2026 klo 8.15
        Hammaslääkäri Päivi Oksanen, tarkastus ja hammaskiven poisto (45 min)
        Kampin Hammasklinikka, Malminkatu 34 A, 3. krs, 00100 Helsinki

        Hinta-arvio: 118,00 € (sisältää toimistomaksun)

        Muistathan perua ajan viimeistään 24 tuntia ennen vastaanottoa. Peruuttamattomasta ajasta
        veloitamme 50 €. Voit perua tai siirtää ajan osoitteessa https://ajanvaraus.kampinhammas.fi

        Ystävällisin terveisin
        Kampin Hammasklinikka
        p. 09 4241 8800

        Tämä on automaattinen viesti, johon ei voi vastata.
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Assisdent//Ajanvaraus 4.2//FI
METHOD:PUBLISH
{VTZ_EET_IANA.format(tzid=HEL)}
BEGIN:VEVENT
UID:ajanvaraus-7731204-20260408@kampinhammas.fi
DTSTAMP:20260401T094512Z
DTSTART;TZID=Europe/Helsinki:20260408T081500
DTEND;TZID=Europe/Helsinki:20260408T090000
SUMMARY:Hammaslääkäri: tarkastus (Päivi Oksanen)
LOCATION:Kampin Hammasklinikka\\, Malminkatu 34 A\\, Helsinki
DESCRIPTION:Peru aika viimeistään 24 h ennen: https://ajanvaraus.kampinhammas.fi
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kampin Hammasklinikka", "ajanvaraus@kampinhammas.fi"), "Ajanvarausvahvistus ke 8.4.2026 klo 8.15",
              "2026-04-01 12:45:12", HEL, "<20260401094512.7731204@ajanvaraus.kampinhammas.fi>",
              "smtp.kampinhammas.fi (smtp.kampinhammas.fi [80.69.161.230])")
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="ajanvaraus.ics",
                                      disposition="attachment")))


@mail(n(38), family="non_interview_calendar", lang="fi", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Exchange recurring meeting request (FLE Standard Time) for the daily stand-up at the client where the "
           "candidate currently works as a consultant; not an interview.")
def m38() -> bytes:
    plain = t("""
        Moi tiimi,

        koska Ossi ja Riikka-Liisa aloittavat Tallinnasta käsin, siirretään dailyä vartilla myöhemmäksi: ma 2.11. alkaen klo 9.15–9.30. Sama Teams-linkki kuin ennenkin.

        Katja

    """) + TEAMS_FI
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_FLE}
BEGIN:VEVENT
ORGANIZER;CN=Katja Saarinen:mailto:katja.saarinen@vallilacommerce.fi
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joonas Heikkilä:mailto:joonas.heikkila@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ossi Kaarto:mailto:ossi.kaarto@vallilacommerce.fi
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Riikka-Liisa Mänty:mailto:riikka-liisa.manty@vallilacommerce.fi
DESCRIPTION;LANGUAGE=fi-FI:{esc(plain.split("____", 1)[0].strip())}
RRULE:FREQ=WEEKLY;UNTIL=20261218T071500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO
UID:040000008200E00074C5B7101A82E008000000003D6E4B7F9A62DC0100000000000000001000000069C3E2A1F7D04B5E8A91C6D0B4F2E7A3
SUMMARY;LANGUAGE=fi-FI:Daily stand-up (Checkout-tiimi)
DTSTART;TZID=FLE Standard Time:20261102T091500
DTEND;TZID=FLE Standard Time:20261102T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T133802Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fi-FI:Microsoft Teams -kokous
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
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
            + "".join(f"<p>{line}</p>" for line in plain.split("____", 1)[0].split("\n") if line)
            + "</div></body></html>\n")
    hs = head(addr("Katja Saarinen", "katja.saarinen@vallilacommerce.fi"), "Daily stand-up (Checkout-tiimi)",
              "2026-10-29 13:38:02", UTC_,
              "<HE1PR0301MB2716B0D4E1A9F3C7D5B2E8F6A1C94@HE1PR0301MB2716.eurprd03.prod.outlook.com>",
              "EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2115.outbound.protection.outlook.com "
              "[40.107.1.115])",
              ("Thread-Topic", "Daily stand-up (Checkout-tiimi)"),
              ("Accept-Language", "fi-FI, en-US"),
              ("Content-Language", "fi-FI"),
              ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""))
    return message(hs, alt(text(plain), html(page), calendar(ics, cte="base64")))


@mail(n(39), family="non_interview_calendar", lang="fi", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Google Calendar invitation (Finnish UI) for a weekly 1:1 with the candidate's manager at his "
           "consultancy; recurring, TZID Europe/Helsinki; not an interview.")
def m39() -> bytes:
    plain = t("""
        Sinut on kutsuttu seuraavaan tapahtumaan.

        Joonas / Mikko 1:1
        Viikoittain torstaina ⋅14.00–14.30
        Alkaen torstai 5. marraskuuta 2026
        Itä-Euroopan aika - Helsinki

        Liity Google Meetillä
        meet.google.com/bxa-ktwe-pmu

        Siirretään meidän viikkopalaveri torstaille, maanantait on nyt asiakkaalla liian täynnä. Agendaa voi lisätä jaettuun dokkariin.

        Osallistujat
        Mikko Rantanen - järjestäjä
        joonas.heikkila@example.org

        Kutsu lähetetty Google Kalenterista
        Saat tämän sähköpostin, koska olet tapahtuman vieras.
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_EET_IANA.format(tzid=HEL)}
BEGIN:VEVENT
DTSTART;TZID=Europe/Helsinki:20261105T140000
DTEND;TZID=Europe/Helsinki:20261105T143000
RRULE:FREQ=WEEKLY;BYDAY=TH
DTSTAMP:20261102T081133Z
ORGANIZER;CN=Mikko Rantanen:mailto:mikko.rantanen@koodiverstas.fi
UID:3h7b0q9k2w5n8r1t4v6y0c3m5x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mikko Rantanen;X-NUM-GUESTS=0:mailto:mikko.rantanen@koodiverstas.fi
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joonas.heikkila@example.org;X-NUM-GUESTS=0:mailto:joonas.heikkila@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/bxa-ktwe-pmu
DESCRIPTION:{esc("Siirretään meidän viikkopalaveri torstaille, maanantait on nyt asiakkaalla liian täynnä. Agendaa voi lisätä jaettuun dokkariin.")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Joonas / Mikko 1:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Mikko Rantanen", "mikko.rantanen@koodiverstas.fi"),
              "Kutsu: Joonas / Mikko 1:1 @ Viikoittain torstaina 14.00 - 14.30 (UTC+2) (joonas.heikkila@example.org)",
              "2026-11-02 08:11:33", UTC_, "<calendar-51c8e0a7-2b4d-4f93-8e16-d7a0c3b92f45@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ("Reply-To", addr("Mikko Rantanen", "mikko.rantanen@koodiverstas.fi")),
              ("Sender", addr("Google Kalenteri", "calendar-notification@google.com")),
              to=ME)
    return message(hs, mixed(alt(text(plain), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(40), family="non_interview_calendar", lang="fi", interview=False, company=None,
      days=(("Sun", "2026-03-15"),),
      note="Rental apartment private-viewing confirmation from a real-estate agent; not an interview.")
def m40() -> bytes:
    body = t("""
        Hei Joonas,

        kiitos yhteydenotosta! Vahvistan yksityisnäytön:

        Su 15.3.2026 klo 12.00–12.30
        Fleminginkatu 12 A 7, 00530 Helsinki (2h+k, 48,5 m², vuokra 1 260 €/kk)

        Ovikoodi on 2468, asunto on 3. kerroksessa. Ota mukaan henkilöllisyystodistus, jos haluat jättää hakemuksen
        samalla kertaa. Luottotiedot tarkistetaan ennen sopimusta.

        Jos tulee esteitä, laitathan tekstarin numeroon 040 778 1203.

        Terveisin
        Jenni Aalto
        Vuokravälittäjä, LKV
        Kallion Kotimeklarit Oy
    """)
    hs = head(addr("Jenni Aalto", "jenni.aalto@kallionkotimeklarit.fi"), "Näyttö su 15.3. klo 12 – Fleminginkatu 12",
              "2026-03-12 17:53:40", HEL, "<5e0c71b2-d94a-4f18-a3e6-2b8f0d7c1e95@kallionkotimeklarit.fi>",
              "smtp.kallionkotimeklarit.fi (smtp.kallionkotimeklarit.fi [217.30.184.12])",
              ("User-Agent", "Roundcube Webmail/1.6.9"))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(41), family="meetup", lang="en", interview=False, company=None, days=(("Thu", "2026-11-12"),),
      note="Meetup.com RSVP confirmation for a tech meetup; a confirmed time, not an interview.")
def m41() -> bytes:
    plain = t("""
        You're going!

        Helsinki Backend Meetup
        Postgres at scale + pizza 🍕

        Thursday, November 12, 2026
        5:30 PM to 8:00 PM EET

        Maria 01, Lapinlahdenkatu 16, Helsinki

        Talks:
        - "Partitioning 2 billion rows without downtime" – Sofia Laaksonen, Kuura Analytics
        - "What we learned running logical replication across three clouds" – Timo Kettunen

        Add to calendar: https://www.meetup.com/helsinki-backend/events/311820457/ical/
        See event: https://www.meetup.com/helsinki-backend/events/311820457/

        You received this email because you RSVP'd to this event.
        Manage email settings: https://www.meetup.com/account/comm/
        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
    """)
    page = ('<html><body style="font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px">'
            + "".join(f"<p>{line}</p>" for line in plain.split("\n") if line)
            + "</body></html>\n")
    hs = head(addr("Meetup", "info@meetup.com"), "You're going to \"Postgres at scale + pizza 🍕\"",
              "2026-11-04 19:21:08", UTC_, "<01000193a9f2e7c4-2f6b8d10-5e3a-4c97-b1d8-0a7e4f2c9b63-000000@email.amazonses.com>",
              "a9-114.smtp-out.amazonses.com (a9-114.smtp-out.amazonses.com [54.240.9.114])",
              ("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/?t=4f9a2c>"))
    return message(hs, alt(text(plain), html(page)))


@mail(n(42), family="marketing_webinar", lang="en", interview=False, company=None, days=(("Thu", "2026-10-29"),),
      note="Zoom webinar registration 'The System Design Interview, Live' with an ICS; titled like an interview, "
           "but a marketing webinar.")
def m42() -> bytes:
    plain = t("""
        Hi Joonas,

        Thank you for registering for "The System Design Interview, Live: designing a URL shortener in 45 minutes".

        Date & Time: Oct 29, 2026 06:00 PM Helsinki

        Join from PC, Mac, iPad, or Android:
        https://byteforge.zoom.us/w/98120447731?tk=pQ7nX2rL0vB5mK9cT4yW1eH8sJ3dA6fG

        Passcode: 882014

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        Byteforge Academy – Land your next backend role.
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261022T154406Z
DTSTART:20261029T160000Z
DTEND:20261029T170000Z
SUMMARY:The System Design Interview\\, Live: designing a URL shortener in 45 minutes
UID:20261022T154406Z-98120447731@fe80:0:0:0:0:0:0:1
TZID:Europe/Helsinki
DESCRIPTION:Hi Joonas Heikkilä\\,\\n\\nJoin from PC\\, Mac\\, iPad\\, or Android: https://byteforge.zoom.us/w/98120447731
LOCATION:https://byteforge.zoom.us/w/98120447731
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Byteforge Academy", "no-reply@zoom.us"),
              "The System Design Interview, Live Confirmation", "2026-10-22 15:44:06", UTC_,
              "<yGkXq2bTRfyPq0mE4uYw3A@geopod-ismtpd-14>",
              "o1.notify.zoom.us (o1.notify.zoom.us [149.72.152.236])",
              ("Reply-To", "webinars@byteforge.academy"))
    return message(hs, mixed(text(plain), calendar(ics, method=None, cte="base64", ctype="text/calendar",
                                                     filename="Webinar.ics", disposition="attachment")))


@mail(n(43), family="te_services", lang="fi", interview=False, company=None, days=(("Tue", "2026-03-17"),),
      note="Public employment services reminder of a phone appointment (työnhakukeskustelu) with a case worker; "
           "a confirmed time, but not a job interview.")
def m43() -> bytes:
    body = t("""
        Hei Joonas Heikkilä,

        sinulle on varattu puhelinaika:

        Työnhakukeskustelu
        Tiistai 17.3.2026 klo 10.00–10.30
        Helsingin työllisyyspalvelut, asiantuntija Marja Kivelä

        Asiantuntija soittaa sinulle numerosta 09 3101 6200. Käymme läpi työnhakusi tilanteen ja päivitämme
        työllistymissuunnitelmasi. Varaathan keskusteluun rauhallisen paikan.

        Jos aika ei sovi, voit perua tai siirtää sen Oma asiointi -palvelussa: https://asiointi.te-palvelut.fi

        Tähän viestiin ei voi vastata.

        TE-palvelut
    """)
    hs = head(addr("TE-palvelut", "noreply@te-palvelut.fi"), "Muistutus: puhelinaika 17.3.2026 klo 10.00",
              "2026-03-13 08:00:04", HEL, "<20260313060004.4418720.ajanvaraus@te-palvelut.fi>",
              "posti.te-palvelut.fi (posti.te-palvelut.fi [193.166.9.71])",
              ("Auto-Submitted", "auto-generated"))
    return message(hs, text(body, charset="utf-8", cte="base64"))


@mail(n(44), family="podcast", lang="en", interview=False, company=None, days=(("Wed", "2026-04-01"),),
      note="Podcast recording confirmed at a fixed time ('interview format'); the candidate is a podcast guest, "
           "not in a job interview.")
def m44() -> bytes:
    body = t("""
        Hey Joonas!

        Awesome, we're locked in 🎙️ Recording is Wednesday 1 April, 16:00 Helsinki / 15:00 Stockholm, on Riverside:
        https://riverside.fm/studio/backend-brew-ep-88

        It's the usual interview format – about 45 min, I'll ask you about the outbox pattern talk, your move from Java to Go, and what you'd tell a junior about on-call. We edit afterwards, so no stress about flubs.

        Headphones + a quiet room is all you need. I'll send the episode for review before it goes live.

        Cheers,
        Linnea
        Backend Brew – a podcast about boring tech that works
    """)
    hs = head(addr("Linnea Sjöberg", "linnea@backendbrew.fm"), "Re: Guest on Backend Brew? 🎙️",
              "2026-03-26 11:47:19", STO, "<CAL2vRm8xK3pQ6nB0cT9yW4eH1sJ7dF5gZ2aU8oI3nM6vE0r@mail.gmail.com>",
              "mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])",
              ("In-Reply-To", "<CAH4kPq7nB2mT5xR9cW1vL6dZ3eF0jY8sU4aK7oG2hQ5iN1p@mail.example.org>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(45), family="interviewer_side", lang="en", interview=False, company=None, days=(("Thu", "2026-11-05"),),
      note="Greenhouse interviewer notification: the candidate himself is on the panel interviewing someone else "
           "at the client he works for; his own job search is not involved.")
def m45() -> bytes:
    plain = t("""
        Hi Joonas,

        You've been scheduled to interview Liisa Korhonen for Junior Backend Developer.

        Thursday, November 5, 2026
        10:00 AM – 11:00 AM EET
        Technical Interview (pairing)
        Location: Meeting room Sörnäinen / Teams

        Interview kit: https://app.greenhouse.io/guides/8841203/people/51220931?application_id=72730011
        Resume: https://app.greenhouse.io/people/51220931/attachments

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Vallila Commerce Recruiting (via Greenhouse)
    """)
    hs = head(addr("Greenhouse", "no-reply@greenhouse.io"),
              "Interview scheduled: Liisa Korhonen – Junior Backend Developer (you're an interviewer)",
              "2026-10-30 09:03:47", UTC_, "<5e2c9a0f7d13.4b81e6c2a0f9@greenhouse.io>",
              "o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.226])")
    return message(hs, text(plain))


@mail(n(46), family="reference_call", lang="fi", interview=False, company=None, days=(("Thu", "2026-11-12"),),
      note="Reference check: the candidate is a former colleague's referee and gets a call at a fixed time; not "
           "his interview. Company null (the caller is hiring someone else).")
def m46() -> bytes:
    body = t("""
        Hei Joonas,

        kiitos, että lupauduit Ville Hakkaraisen suosittelijaksi! Soitan sinulle kuten sovittiin torstaina 12.11. klo 14.00 numeroon 040 591 2280. Puhelu kestää noin 15 minuuttia, ja kysyn lähinnä Villen työskentelystä tiimissä ja teknisestä osaamisesta.

        Jos aika ei sittenkään käy, laita viestiä.

        Ystävällisin terveisin
        Outi Laine
        Rekrytointipäällikkö
        Sörnäinen Digital Oy
    """)
    hs = head(addr("Outi Laine", "outi.laine@sornaisendigital.fi"), "Suosittelijapuhelu: Ville Hakkarainen",
              "2026-11-09 13:27:55", HEL, "<CAKt2Fy8pM5nQ1wR7bV0cX3sL9dJ6hE4gZ2aT8oU1iN5mW7e@mail.gmail.com>",
              "mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="auto_reply", lang="fi+en", interview=False, company="Revontuli Systems Oy",
      days=(("Mon", "2026-04-13"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the recruiter of an employer the candidate "
           "is in process with.")
def m47() -> bytes:
    body = t("""
        Hei,

        olen lomalla 6.–10.4.2026 ja palaan toimistolle ma 13.4. Vastaan viesteihin paluuni jälkeen.
        Kiireellisissä rekrytointiasioissa voit olla yhteydessä osoitteeseen rekry@revontuli.fi.

        Hi, I'm on holiday 6–10 April and back on Monday 13 April. For urgent recruitment matters please contact rekry@revontuli.fi.

        Riikka Salmi
        Revontuli Systems Oy
    """)
    hs = head(addr("Riikka Salmi", "riikka.salmi@revontuli.fi"), "Automaattinen vastaus: Jatkon aikataulu?",
              "2026-04-06 09:40:31", UTC_,
              "<VI1PR03MB63500C1F7A4B2E9D6A3E5C7B1D98F@VI1PR03MB6350.eurprd03.prod.outlook.com>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2131.outbound.protection.outlook.com "
              "[40.107.22.131])",
              ("Auto-Submitted", "auto-replied"),
              ("X-Auto-Response-Suppress", "All"),
              ("In-Reply-To", "<CAH4kPq2cW8nL1vB5mT0xR7dZ4eF9jY3sU6aK2oG8hQ1iM5t@mail.example.org>"),
              ("Content-Language", "fi-FI"))
    return message(hs, text(body))


@mail(n(48), family="bounce", lang="en", interview=False, company=None,
      note="Delivery status notification for the candidate's own thank-you note (mistyped domain); the returned "
           "message mentions a past coffee chat and a future round without a time.")
def m48() -> bytes:
    original_headers = [
        ("From", TO), ("To", addr("Mikael Forsman", "mikael.forsman@loylylab.fi")),
        ("Subject", "Thanks for the coffee!"), ("Date", date("2026-10-17 11:02:14", HEL)),
        ("Message-ID", "<CAH4kPq5tR8wN2mB7cX0vL3dZ9eF1jY6sU4aK8oG5hQ2iW7n@mail.example.org>"),
    ]
    original = message(original_headers, text(t("""
        Hi Mikael,

        Thanks for the coffee on Friday – really enjoyed hearing about the roadmap and the sauna-sensor side project :)
        Looking forward to the technical round.

        Joonas
    """)))
    explanation = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <mikael.forsman@loylylab.fi>: Host or domain name not found. Name service error
            for name=loylylab.fi type=MX: Host not found, try again
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4HQ2Xk1Lw7z9tY
        X-Postfix-Sender: rfc822; joonas.heikkila@example.org
        Arrival-Date: Sat, 17 Oct 2026 08:02:15 +0000 (UTC)

        Final-Recipient: rfc822; mikael.forsman@loylylab.fi
        Original-Recipient: rfc822;mikael.forsman@loylylab.fi
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=loylylab.fi type=MX: Host not found, try again
    """)
    status_part = make.Part([("Content-Description", "Delivery report"),
                             ("Content-Type", "message/delivery-status")],
                            status.replace("\n", "\r\n").encode("ascii"))
    body = multipart("report",
                     text(explanation, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     status_part,
                     attached_message(original),
                     params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("Return-Path", "<>"),
          ("Received", "by mx1.example.org (Postfix)\r\n id 4HQ2Xm0Yk3z9tZ; " + date("2026-10-17 08:02:19", UTC_)),
          ("Date", date("2026-10-17 08:02:19", UTC_)),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", ME),
          ("Auto-Submitted", "auto-replied"),
          ("Message-ID", "<20261017080219.4HQ2Xm0Yk3z9tZ@mx1.example.org>")]
    return message(hs, body)


@mail(n(49), family="newsletter_tips", lang="fi", interview=False, company=None, days=(("Thu", "2026-03-19"),),
      note="Duunitori career newsletter on job-interview tips; advertises a salary-negotiation webinar at a time.")
def m49() -> bytes:
    plain = t("""
        Uraopas | Maaliskuu 2026

        Näin onnistut työhaastattelussa – 7 vinkkiä, joita rekrytoijat toivovat sinun tietävän

        1. Tutustu yritykseen ja sen tuotteisiin ennen haastattelua.
        2. Valmistele kolme konkreettista esimerkkiä omista projekteistasi.
        3. Etähaastattelussa testaa kamera ja mikrofoni edellisenä päivänä.
        4. Kysy itse: miltä tavallinen työviikko näyttää?
        5. Älä pelkää sanoa "en tiedä, mutta selvittäisin näin".
        6. Lähetä kiitosviesti haastattelun jälkeen.
        7. Muista, että haastattelu on kaksisuuntainen.

        Lue koko artikkeli: https://duunitori.fi/tyoelama/tyohaastattelu-vinkit

        Webinaari: Palkkaneuvottelu IT-alalla
        To 19.3. klo 17.00–18.00, verkossa. Ilmoittaudu: https://duunitori.fi/webinaarit/palkkaneuvottelu

        Saat tämän viestin, koska olet tilannut Duunitorin uutiskirjeen.
        Peru tilaus: https://duunitori.fi/asetukset/uutiskirje
    """)
    page = t("""
        <!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"></head>
        <body style="background:#f5f3ee;font-family:Arial,sans-serif;margin:0">
        <table width="100%"><tr><td align="center"><table width="600" cellpadding="20" style="background:#fff">
        <tr><td style="background:#ffcf00"><b>Duunitori Uraopas</b> · Maaliskuu 2026</td></tr>
        <tr><td><h1 style="font-size:24px">Näin onnistut työhaastattelussa – 7 vinkkiä, joita rekrytoijat toivovat sinun tietävän</h1>
        <ol><li>Tutustu yritykseen ja sen tuotteisiin ennen haastattelua.</li>
        <li>Valmistele kolme konkreettista esimerkkiä omista projekteistasi.</li>
        <li>Etähaastattelussa testaa kamera ja mikrofoni edellisenä päivänä.</li>
        <li>Kysy itse: miltä tavallinen työviikko näyttää?</li>
        <li>Älä pelkää sanoa "en tiedä, mutta selvittäisin näin".</li>
        <li>Lähetä kiitosviesti haastattelun jälkeen.</li>
        <li>Muista, että haastattelu on kaksisuuntainen.</li></ol>
        <p><a href="https://duunitori.fi/tyoelama/tyohaastattelu-vinkit">Lue koko artikkeli</a></p></td></tr>
        <tr><td style="border-top:1px solid #eee"><b>Webinaari: Palkkaneuvottelu IT-alalla</b><br>To 19.3. klo 17.00–18.00, verkossa.
        <a href="https://duunitori.fi/webinaarit/palkkaneuvottelu">Ilmoittaudu</a></td></tr>
        <tr><td style="font-size:11px;color:#888">Saat tämän viestin, koska olet tilannut Duunitorin uutiskirjeen.
        <a href="https://duunitori.fi/asetukset/uutiskirje">Peru tilaus</a></td></tr>
        </table></td></tr></table></body></html>
    """)
    hs = head(addr("Duunitori Uraopas", "uutiskirje@duunitori.fi"),
              "Näin onnistut työhaastattelussa + webinaari palkkaneuvottelusta", "2026-03-12 07:30:00", HEL,
              "<20260312053000.7e1b4c90d2a3@mailer.duunitori.fi>",
              "mailer.duunitori.fi (mailer.duunitori.fi [185.86.148.41])",
              ("List-Unsubscribe", "<https://duunitori.fi/asetukset/uutiskirje/unsubscribe?t=51ac0e>"),
              ("Precedence", "bulk"))
    return message(hs, alt(text(plain, cte="base64"), html(page, cte="base64")))


@mail(n(50), family="mock_interview", lang="en", interview=False, company=None, days=(("Sat", "2026-03-14"),),
      note="Peer mock-interview platform confirmation with ICS; practice, not a job interview.")
def m50() -> bytes:
    plain = t("""
        Your mock interview is confirmed! 🎯

        Type: System design (45 min) + feedback (15 min)
        When: Saturday, March 14, 2026 · 11:00 – 12:00 (EET, Helsinki)
        Your peer: Arjun M. (Bengaluru) – you'll interview each other, Arjun goes first

        Join the room: https://app.peerloop.dev/room/sd-7Kq2xV

        Tips:
        • Review the question bank for this week: "Design a rate limiter", "Design a news feed"
        • Be on time – your peer is giving up their Saturday too!

        Need to cancel? Please do it at least 12 hours before: https://app.peerloop.dev/sessions/88213/cancel

        Happy practising,
        The PeerLoop team
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PeerLoop//Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:session-88213@peerloop.dev
DTSTAMP:20260309T191025Z
DTSTART:20260314T090000Z
DTEND:20260314T100000Z
SUMMARY:PeerLoop mock interview: System design (with Arjun M.)
LOCATION:https://app.peerloop.dev/room/sd-7Kq2xV
ORGANIZER;CN=PeerLoop:mailto:sessions@peerloop.dev
ATTENDEE;CN=Joonas Heikkilä;PARTSTAT=ACCEPTED:mailto:joonas.heikkila@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("PeerLoop", "sessions@peerloop.dev"), "Confirmed: mock interview on Sat, Mar 14 at 11:00",
              "2026-03-09 19:10:25", UTC_, "<session-88213-confirm.3f0a9c@peerloop.dev>",
              "smtp-relay.postmarkapp.com (smtp-relay.postmarkapp.com [50.31.156.6])")
    return message(hs, mixed(text(plain), calendar(ics, cte="base64", filename="mock-interview.ics",
                                                     disposition="attachment")))
