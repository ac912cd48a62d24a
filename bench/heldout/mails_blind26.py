"""blind26: 50 hand-written mails from the inbox of a backend engineer in Amsterdam.

Inbox owner: Milan Bakker <milan.bakker@example.org> (second address milan.bakker@example.com),
living in Amsterdam (Europe/Amsterdam), applying in Amsterdam, Utrecht, Rotterdam, Eindhoven,
Antwerp, Berlin, Brussels and remotely for a Dublin and a New York company.

Written blind (see blind26/README.md); the MIME plumbing and the checks are make.py's, unchanged.
Keys 1..23 are positives, 24..50 negatives, in writing order; file numbers are a fixed shuffle.
"""

from __future__ import annotations

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

SET = "blind26"
make.REGISTRY.setdefault(SET, [])
ORDER = random.Random(26026).sample(range(1, 51), 50)
_key = [0]

ME = "milan.bakker@example.org"
ME2 = "milan.bakker@example.com"
ME_H = addr("Milan Bakker", ME)
AMS = "Europe/Amsterdam"


def reg(**kw):
    _key[0] += 1
    name = f"{SET}_{ORDER[_key[0] - 1]:03d}"
    return make.mail(name, **kw)


def rcv(host: str, ip: str, when: str, zone: str, lag: int = 2, to: str = ME) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 "mx1.example.org (Postfix) with ESMTPS id " + host[:3].upper() + "4F1",
                                 to, lag))


def hdr(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_H,
        host: str = "mail.example.net", ip: str = "192.0.2.10", extra: tuple = (),
        charset: str = "utf-8", delivered: str = ME) -> list[tuple[str, str]]:
    return [
        ("Delivered-To", delivered),
        rcv(host, ip, when, zone, to=delivered),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def esc(s: str) -> str:
    """Escape prose for an ICS TEXT value (unfolded; newlines become \\n)."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_AMS = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
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

GCAL_FOOTER_NL = t("""
    Uitnodiging van Google Agenda: https://calendar.google.com/calendar/

    Je ontvangt deze e-mail omdat je deelnemer bent aan deze afspraak. Als je geen updates meer wilt
    ontvangen voor deze afspraak, weiger je de afspraak. Je kunt je ook aanmelden voor een
    Google-account op https://calendar.google.com/calendar/ en je meldingsinstellingen voor je
    volledige agenda beheren.

    Als je deze uitnodiging doorstuurt, kan elke ontvanger je uitnodiging beantwoorden, zichzelf
    toevoegen aan de gastenlijst of anderen uitnodigen, ongeacht hun eigen uitnodigingsstatus, of je
    RSVP aanpassen. Meer informatie: https://support.google.com/calendar/answer/37135#forwarding
    """)

GCAL_FOOTER_EN = t("""
    Invitation from Google Calendar: https://calendar.google.com/calendar/

    You are receiving this email because you are an attendee on the event. To stop receiving future
    updates for this event, decline this event.

    Forwarding this invitation could allow any recipient to send a response to the organizer, be
    added to the guest list, invite others regardless of their own invitation status, or modify
    your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
    """)


def simple_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    import html as _h

    paras = body.strip("\n").split("\n\n")
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


def exchange_ics(*, method: str, uid: str, organizer: tuple[str, str], attendee: tuple[str, str],
                 summary: str, description: str, start: str, end: str, stamp: str, lang: str,
                 location: str, seq: int = 0, status: str = "CONFIRMED", tz: str = "W. Europe Standard Time",
                 rrule: str | None = None, busy: str = "TENTATIVE") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ[tz],
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee[0]}:mailto:{attendee[1]}",
        f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
    ]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        "X-MICROSOFT-CDO-OWNERAPPTID:2118733530",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1" if method != "CANCEL" else "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0" if not rrule else "X-MICROSOFT-CDO-INSTTYPE:1",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{location}\"\\,\"LocationAnnotation\":\"\"\\,"
        "\"LocationSource\":0\\,\"Unresolved\":false\\,\"LocationUri\":\"\"}]",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exchange_headers(topic: str, lang: str) -> tuple[tuple[str, str], ...]:
    return (
        ("Thread-Topic", enc(topic)),
        ("Thread-Index", "AdrX3k2Pq7m0c1bVQe6yZ0v8n3JtXw=="),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    )


TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
    Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA5ZTk0@thread.v2/0>
    Besprechungs-ID: 371 552 804 219
    Kennung: Qk7sPz
    Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)

TEAMS_NL = t("""
    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Neem deel op uw computer, mobiele app of ruimteapparaat
    Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yzk1MjQ4@thread.v2/0>
    Vergaderings-id: 318 046 227 915
    Wachtwoordcode: 9Hb2Lx
    Meer informatie<https://aka.ms/JoinTeamsMeeting> | Opties voor vergadering<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)

TEAMS_EN = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ0ZGE1@thread.v2/0>
    Meeting ID: 244 913 650 771
    Passcode: tR8wQe
    Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


# =========================================================================== positives
# --------------------------------------------------------------------------- 1 Recruitee, Dutch (u)


@reg(family="recruitee", lang="nl", interview=True, kind="scheduled", company="Grachtwerk",
     start="2026-04-14T08:00:00Z", end="2026-04-14T09:00:00Z", contact="femke.jansen@grachtwerk.nl",
     local="Tue 2026-04-14 10:00", local_end="2026-04-14 11:00", zone=AMS,
     note="Recruitee invitation in Dutch (formal u): dinsdag 14 april 2026, 10:00 - 11:00 uur, Amsterdam "
          "(CEST, +02:00) -> 08:00-09:00Z; ICS in UTC agrees; contact = Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Beste Milan,

        Hartelijk dank voor uw sollicitatie op de functie Backend Engineer (Go/Python) bij Grachtwerk.
        Wij hebben uw cv en motivatie met veel interesse gelezen en nodigen u graag uit voor een eerste
        sollicitatiegesprek. Het gesprek is ingepland op:

        Datum: dinsdag 14 april 2026
        Tijd: 10:00 - 11:00 uur
        Locatie: Herengracht 420, 1017 BZ Amsterdam (3e verdieping, meldt u zich bij de receptie)

        U spreekt met Femke Jansen (Recruiter) en Wouter Brouwer (Engineering Manager Platform). In dit
        gesprek maken we graag kennis, vertellen wij meer over het team en bespreken we uw ervaring met
        gedistribueerde systemen.

        Mocht u onverhoopt verhinderd zijn, dan vernemen wij dat graag zo spoedig mogelijk. U kunt
        hiervoor eenvoudig op deze e-mail reageren.

        Met vriendelijke groet,

        Femke Jansen
        Recruiter | Grachtwerk B.V.
        Herengracht 420 | 1017 BZ Amsterdam

        --
        Verzonden via Recruitee - https://recruitee.com
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Events//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:evt-5581203@recruitee.com
DTSTAMP:20260408T121209Z
DTSTART:20260414T080000Z
DTEND:20260414T090000Z
SUMMARY:Sollicitatiegesprek Grachtwerk - Backend Engineer (Go/Python)
LOCATION:Herengracht 420\\, 1017 BZ Amsterdam
DESCRIPTION:Sollicitatiegesprek met Femke Jansen en Wouter Brouwer
ORGANIZER;CN=Femke Jansen:mailto:femke.jansen@grachtwerk.nl
ATTENDEE;CN=Milan Bakker;RSVP=TRUE:mailto:milan.bakker@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Grachtwerk", "no-reply@recruitee.com"), "Uitnodiging sollicitatiegesprek - Backend Engineer (Go/Python)",
            "2026-04-08 14:12:09", AMS, "<0102018e6a1f3b2c-7d0a-4c1e-9b55-1f0e3a7c2d11@eu-west-1.amazonses.com>",
            host="a7-12.smtp-out.eu-west-1.amazonses.com", ip="54.240.7.12",
            extra=(("Reply-To", addr("Femke Jansen", "femke.jansen@grachtwerk.nl")),
                   ("X-Mailer", "Recruitee")))
    return message(h, mixed(alt(text(body), html(simple_html(body))),
                            calendar(ics, method="REQUEST", cte="base64", filename="uitnodiging.ics",
                                     disposition="attachment")))


# --------------------------------------------------------------------------- 2 Google Calendar, Dutch UI


def gcal_nl_ics(seq: int, start: str, end: str, stamp: str, desc: str) -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_AMS}
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:{start}
DTEND;TZID=Europe/Amsterdam:{end}
DTSTAMP:{stamp}
ORGANIZER;CN=Joost van Leeuwen:mailto:joost.vanleeuwen@fietsdata.nl
UID:3k9v1q7hdfm2o4b8c6e0tnl5sa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Joost van Leeuwen;X-NUM-GUESTS=0:mailto:joost.vanleeuwen@fietsdata.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=milan.bakker@example.org;X-NUM-GUESTS=0:mailto:milan.bakker@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hanna Wiersma;X-NUM-GUESTS=0:mailto:hanna.wiersma@fietsdata.nl
X-GOOGLE-CONFERENCE:https://meet.google.com/qzt-hmbw-xrp
CREATED:20260417T072811Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:{stamp}
LOCATION:
SEQUENCE:{seq}
STATUS:CONFIRMED
SUMMARY:Technisch interview Milan Bakker – Backend
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR"""


@reg(family="google_calendar", lang="nl", interview=True, kind="scheduled", company="Fietsdata",
     start="2026-04-23T12:00:00Z", end="2026-04-23T13:30:00Z", contact="joost.vanleeuwen@fietsdata.nl",
     local="Thu 2026-04-23 14:00", local_end="2026-04-23 15:30", zone=AMS,
     note="Google Calendar invitation, Dutch UI: do 23 apr. 2026 14:00 - 15:30 (CEST) -> 12:00-13:30Z; "
          "ICS TZID=Europe/Amsterdam agrees; contact = organizer (hiring engineer)")
def m02() -> bytes:
    desc = ("Hoi Milan,\n\nZoals besproken: technisch interview van anderhalf uur. Eerst 45 min system design "
            "(ons ritdata-platform), daarna pair programming in Go. Hanna (tech lead) schuift aan.\n\nTot donderdag!\nJoost")
    body = t("""
        Je bent uitgenodigd voor de volgende afspraak.

        Technisch interview Milan Bakker – Backend
        donderdag 23 apr. 2026 ⋅ 14:00 – 15:30
        Midden-Europese zomertijd - Amsterdam

        Deelnemen met Google Meet
        meet.google.com/qzt-hmbw-xrp

        Deelnemen via telefoon
        (NL) +31 20 808 1934 PIN: 661 902 118#

        Meer telefoonnummers: https://tel.meet/qzt-hmbw-xrp?pin=6619021184402

        Agenda
        milan.bakker@example.org

        Gasten
        Joost van Leeuwen - organisator
        Hanna Wiersma
        milan.bakker@example.org

        """) + desc + "\n\n" + t("""
        Alle afspraakgegevens bekijken: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s5djFxN2hkZm0ybzRiOGM2ZTB0bmw1c2EgbWlsYW4uYmFra2VyQGV4YW1wbGUub3Jn

        Antwoorden voor milan.bakker@example.org
        Ja: https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        Nee: https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Misschien: https://calendar.google.com/calendar/event?action=RESPOND&rst=3
        Meer opties: https://calendar.google.com/calendar/event?action=VIEW

        """) + GCAL_FOOTER_NL
    ics = gcal_nl_ics(0, "20260423T140000", "20260423T153000", "20260417T072811Z", desc)
    subj = ("Uitnodiging: Technisch interview Milan Bakker – Backend @ do 23 apr. 2026 14:00 - 15:30 (CEST) "
            "(milan.bakker@example.org)")
    h = hdr(addr("Joost van Leeuwen", "joost.vanleeuwen@fietsdata.nl"), subj, "2026-04-17 09:28:11", AMS,
            "<calendar-5d1c2b7e-0f3a-4e86-a9d2-7b41c0e9f318@google.com>",
            host="mail-sor-f69.google.com", ip="209.85.220.69",
            extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                   ("Reply-To", addr("Joost van Leeuwen", "joost.vanleeuwen@fietsdata.nl"))))
    return message(h, mixed(
        alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 3 Greenhouse, New York, US/EU DST gap


@reg(family="greenhouse", lang="en", interview=True, kind="scheduled", company="Hudson Ledger",
     start="2026-03-18T15:00:00Z", end="2026-03-18T15:45:00Z", contact="kayla.moreno@hudsonledger.com",
     local="Wed 2026-03-18 11:00", local_end="2026-03-18 11:45", zone="America/New_York",
     note="Greenhouse confirmation: Wed March 18, 11:00-11:45 AM Eastern; US on EDT since 8 March, Europe "
          "still CET -> 15:00-15:45Z (16:00 Amsterdam as the recruiter writes); ICS in UTC; contact = Reply-To")
def m03() -> bytes:
    body = t("""
        Hi Milan,

        Thanks for making time to speak with us! Your interview for Senior Backend Engineer (Remote - EU)
        at Hudson Ledger is confirmed. Details below:

        Interview: Technical Screen with Owen Park
        Date: Wednesday, March 18th, 2026
        Time: 11:00 AM - 11:45 AM Eastern Time (US & Canada)
        Location: Zoom - https://hudsonledger.zoom.us/j/84120937715?pwd=Uk9hWmZQ

        A quick note from me since you're in Amsterdam: our clocks already jumped forward last weekend and
        yours don't until the end of the month, so this one is at 4:00 PM your time, not 5:00.

        Owen will spend most of the time on a practical problem, so have your editor of choice ready.
        If anything comes up, just reply to this email.

        Best,
        Kayla Moreno
        Technical Recruiter, Hudson Ledger

        Powered by Greenhouse
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-41873302-milan@greenhouse.io
DTSTAMP:20260312T192044Z
DTSTART:20260318T150000Z
DTEND:20260318T154500Z
SUMMARY:Hudson Ledger - Technical Screen (Senior Backend Engineer)
LOCATION:https://hudsonledger.zoom.us/j/84120937715?pwd=Uk9hWmZQ
ORGANIZER;CN=Kayla Moreno:mailto:kayla.moreno@hudsonledger.com
ATTENDEE;CN=Milan Bakker;RSVP=TRUE:mailto:milan.bakker@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Hudson Ledger", "no-reply@us.greenhouse-mail.io"),
            "Interview Confirmation: Senior Backend Engineer (Remote - EU) at Hudson Ledger",
            "2026-03-12 15:20:44", "America/New_York", "<20260312192044.1.4f5a0c2e7b@us.greenhouse-mail.io>",
            host="o12.us.greenhouse-mail.io", ip="198.51.100.44",
            extra=(("Reply-To", addr("Kayla Moreno", "kayla.moreno@hudsonledger.com")),))
    return message(h, mixed(alt(text(body), html(simple_html(body))),
                            calendar(ics, method=None, filename="interview.ics", disposition="attachment",
                                     name_param=True)))


# --------------------------------------------------------------------------- 4 Workable, Rotterdam


@reg(family="workable", lang="en", interview=True, kind="scheduled", company="Havenlicht",
     start="2026-05-11T11:30:00Z", end="2026-05-11T12:15:00Z", contact="ruben.smit@havenlicht.nl",
     local="Mon 2026-05-11 13:30", local_end="2026-05-11 14:15", zone=AMS,
     note="Workable interview confirmation: Monday 11 May 2026 13:30 (Europe/Amsterdam, CEST), 45 min -> "
          "11:30-12:15Z; Reply-To is a Workable relay, contact = the engineer's address in the body")
def m04() -> bytes:
    body = t("""
        Hi Milan,

        Your interview with Havenlicht has been scheduled.

        Job: Backend Engineer - Port Data Platform
        When: Monday, 11 May 2026, 13:30 - 14:15 (Europe/Amsterdam)
        Where: Havenlicht office, Wilhelminakade 91, 3072 AP Rotterdam (floor 14)
        Interviewers: Ruben Smit, Yasmin El Amrani

        Message from Ruben Smit:
        Looking forward to it! We'll do 45 minutes on your background and one of our real incidents.
        The building has a visitor desk on the ground floor; they'll call me up. If you get lost, my
        mail is ruben.smit@havenlicht.nl.

        Add to calendar: https://apply.workable.com/havenlicht/events/6d1f0b2a.ics

        Good luck,
        The Havenlicht hiring team

        --
        Sent with Workable. Replies to this email are delivered to the hiring team.
        """)
    h = hdr(addr("Havenlicht", "noreply@candidates.workablemail.com"),
            "Interview scheduled: Backend Engineer - Port Data Platform",
            "2026-05-05 11:03:27", AMS, "<6d1f0b2a93e4.20260505090327@candidates.workablemail.com>",
            host="mail-b21.workablemail.com", ip="198.51.100.21",
            extra=(("Reply-To", addr("Havenlicht", "havenlicht+c4f1a98e02@candidates.workablemail.com")),))
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 5 agency recruiter, Dutch (je), reply on top


@reg(family="agency_prose", lang="nl", interview=True, kind="scheduled", company="Brabant Mobility",
     start="2026-06-05T07:30:00Z", end=None, contact="lotte.meijer@talentbrug.nl",
     local="Fri 2026-06-05 09:30", zone=AMS,
     note="Werving & selectie recruiter reply: 'vrijdag a.s. om 09:30 uur' resolved against Date (Mon 1 Jun) "
          "-> Fri 5 Jun 09:30 CEST = 07:30Z; no length; hiring company is the client, contact = the recruiter")
def m05() -> bytes:
    body = t("""
        Hoi Milan,

        Top, ik heb het net met Brabant Mobility rondgemaakt: je gesprek staat vrijdag a.s. om 09:30 uur
        bij hen op kantoor, Torenallee 32-09 in Eindhoven (Strijp-S, gebouw Klokgebouw, 2e etage). Je
        spreekt met Koen (CTO) en Marieke (teamlead backend).

        Parkeren kan in P1 Strijp-S, of je pakt de trein naar Eindhoven Centraal en dan is het 15 min
        lopen. Bel me gerust even als je nog vragen hebt, anders hoor ik vrijdagmiddag graag hoe het ging!

        Succes alvast,
        Lotte

        Lotte Meijer | Senior Recruitment Consultant IT
        Talentbrug Werving & Selectie
        06 41 87 22 90 | lotte.meijer@talentbrug.nl

        Op za 30 mei 2026 om 11:02 schreef Milan Bakker <milan.bakker@example.org>:
        > Hoi Lotte,
        >
        > Dank voor het bellen gisteren. Vrijdagochtend kan ik prima, liefst zo vroeg mogelijk want
        > ik moet 's middags weer in Amsterdam zijn.
        >
        > Groet,
        > Milan
        """)
    h = hdr(addr("Lotte Meijer", "lotte.meijer@talentbrug.nl"), "Re: Rol backend developer Eindhoven",
            "2026-06-01 10:47:52", AMS, "<AM9PR02MB7741E3C2B1A0F5D@AM9PR02MB7741.eurprd02.prod.outlook.com>",
            host="mail-am6eur05on2112.outbound.protection.outlook.com", ip="40.107.22.112",
            extra=(("In-Reply-To", "<CAH3m0Nq8yZ_1pQ@mail.gmail.com>"),
                   ("References", "<AM9PR02MB7741A1B2@AM9PR02MB7741.eurprd02.prod.outlook.com> "
                                  "<CAH3m0Nq8yZ_1pQ@mail.gmail.com>")))
    return message(h, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 6 Exchange, German, Berlin


@reg(family="exchange", lang="de", interview=True, kind="scheduled", company="Spreeform",
     start="2026-05-21T13:00:00Z", end="2026-05-21T14:00:00Z", contact="katrin.vogel@spreeform.de",
     local="Thu 2026-05-21 15:00", local_end="2026-05-21 16:00", zone="Europe/Berlin",
     note="Exchange meeting request in German, TZID W. Europe Standard Time 15:00-16:00 on 21 May (CEST) -> "
          "13:00-14:00Z; the body's zone label shows (UTC+01:00) as Outlook does; contact = organizer")
def m06() -> bytes:
    desc = t("""
        Hallo Milan,

        vielen Dank für das angenehme erste Gespräch. Wie besprochen laden wir Dich zur zweiten Runde ein:
        ein Gespräch mit Tobias Lenz (Head of Engineering) und Ayşe Demir (Staff Engineer) über
        Architektur und Zusammenarbeit im Team. Dauer: 60 Minuten, per Teams.

        Viele Grüße
        Katrin

        Katrin Vogel
        Talent Acquisition | Spreeform GmbH
        Schlesische Str. 26, 10997 Berlin
        """) + "\n" + TEAMS_DE
    body = t("""
        Wann: Donnerstag, 21. Mai 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        """) + desc
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000A0F1D3C7E0E3DC01000000000000000010000000B5E4",
                       organizer=("Katrin Vogel", "katrin.vogel@spreeform.de"), attendee=("Milan Bakker", ME),
                       summary="Vorstellungsgespräch (2. Runde) – Milan Bakker / Senior Backend Engineer",
                       description=desc, start="20260521T150000", end="20260521T160000",
                       stamp="20260515T080211Z", lang="de-DE", location="Microsoft Teams-Besprechung")
    subj = "Vorstellungsgespräch (2. Runde) – Milan Bakker / Senior Backend Engineer"
    h = hdr(addr("Katrin Vogel", "katrin.vogel@spreeform.de"), subj, "2026-05-15 10:02:11", "Europe/Berlin",
            "<FR3P281MB1524D0A3E2C9F1B7E4F3A2C0B9E1A@FR3P281MB1524.DEUP281.PROD.OUTLOOK.COM>",
            host="mail-fr2deu01on2090.outbound.protection.outlook.com", ip="40.107.135.90",
            extra=exchange_headers(subj, "de-DE"))
    return message(h, alt(text(body, charset="utf-8"), html(simple_html(body, "font-family:Aptos,sans-serif")),
                          calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 7 Calendly, Dublin company


@reg(family="calendly", lang="en", interview=True, kind="scheduled", company="Liffey Systems",
     start="2026-06-09T12:00:00Z", end="2026-06-09T12:30:00Z", contact="aoife.byrne@liffeysystems.ie",
     local="Tue 2026-06-09 14:00", local_end="2026-06-09 14:30", zone=AMS,
     note="Calendly invitee confirmation shown in the invitee's zone: 14:00-14:30 Central European Summer Time "
          "-> 12:00-12:30Z (13:00 in Dublin); ICS in UTC; contact = Reply-To host (recruiter)")
def m07() -> bytes:
    body = t("""
        Hi Milan Bakker,

        A new event has been scheduled.

        Event Type:
        Intro call - Senior Backend Engineer (Remote EU)

        Invitee:
        Milan Bakker

        Invitee Email:
        milan.bakker@example.org

        Event Date/Time:
        14:00 - 14:30 (Central European Summer Time) on Tuesday, 9 June 2026

        Location:
        This is a Google Meet web conference. https://meet.google.com/wdk-pxoa-mfe

        Questions:
        Anything you'd like us to know before the call?
        I'm based in Amsterdam, open to remote with occasional Dublin visits.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7C2B4E1A-0D3F-4A86-9E5B-2F1D8C7A3B90
        Reschedule: https://calendly.com/reschedulings/7C2B4E1A-0D3F-4A86-9E5B-2F1D8C7A3B90

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260603T071544Z
UID:7C2B4E1A-0D3F-4A86-9E5B-2F1D8C7A3B90@calendly.com
DTSTART:20260609T120000Z
DTEND:20260609T123000Z
SUMMARY:Intro call - Senior Backend Engineer (Remote EU) between Aoife Byrne and Milan Bakker
LOCATION:https://meet.google.com/wdk-pxoa-mfe
ORGANIZER;CN=Aoife Byrne:mailto:aoife.byrne@liffeysystems.ie
ATTENDEE;CN=Milan Bakker;RSVP=TRUE:mailto:milan.bakker@example.org
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Calendly", "notifications@calendly.com"),
            "Confirmed: Intro call - Senior Backend Engineer (Remote EU) with Aoife Byrne on Tuesday, 9 June 2026",
            "2026-06-03 07:15:44", "UTC", "<7C2B4E1A.invitee.20260603071544@calendly.com>",
            host="o3.email.calendly.com", ip="198.51.100.3",
            extra=(("Reply-To", addr("Aoife Byrne", "aoife.byrne@liffeysystems.ie")),))
    return message(h, mixed(alt(text(body), html(simple_html(body))),
                            calendar(ics, method="PUBLISH", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 8 Teamtailor, Antwerp, Flemish


@reg(family="teamtailor", lang="nl", interview=True, kind="scheduled", company="Scheldewerf",
     start="2026-06-17T09:00:00Z", end="2026-06-17T10:00:00Z", contact="nathalie.peeters@scheldewerf.be",
     local="Wed 2026-06-17 11:00", local_end="2026-06-17 12:00", zone="Europe/Brussels",
     note="Teamtailor confirmation in Flemish: woensdag 17 juni om 11u00, duurt 1 uur, Antwerpen (CEST) -> "
          "09:00-10:00Z; ICS in UTC; contact = recruiter address in the signature (sender is no-reply)")
def m08() -> bytes:
    body = t("""
        Dag Milan,

        Bedankt om een moment te kiezen! Hierbij de bevestiging van je gesprek voor de vacature
        Backend Developer (Kotlin/Go).

        📅 woensdag 17 juni 2026 om 11u00
        ⏱ Het gesprek duurt 1 uur
        📍 Scheldewerf, Sint-Pietersvliet 7, 2000 Antwerpen

        Je spreekt met Nathalie Peeters (HR) en Pieter Claes (Lead Developer). Kom gerust wat vroeger,
        dan krijg je nog een koffie en een blik op het dakterras.

        Met vriendelijke groeten,
        Nathalie Peeters
        HR Business Partner, Scheldewerf
        nathalie.peeters@scheldewerf.be | +32 3 555 18 40

        Voeg toe aan je agenda: https://scheldewerf.teamtailor.com/meetings/c8e2f1a4/ics
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:meeting-c8e2f1a4@teamtailor.com
DTSTAMP:20260611T070031Z
DTSTART:20260617T090000Z
DTEND:20260617T100000Z
SUMMARY:Gesprek Scheldewerf - Backend Developer (Kotlin/Go)
LOCATION:Sint-Pietersvliet 7\\, 2000 Antwerpen
ORGANIZER;CN=Nathalie Peeters:mailto:nathalie.peeters@scheldewerf.be
ATTENDEE;CN=Milan Bakker;RSVP=TRUE:mailto:milan.bakker@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Scheldewerf", "no-reply@teamtailor-mail.com"),
            "Bevestiging: je gesprek bij Scheldewerf op 17 juni", "2026-06-11 09:00:31", "Europe/Brussels",
            "<c8e2f1a4-8b21-4f0c-a6d3-0e5b7f2a9c14@teamtailor-mail.com>",
            host="mail131.teamtailor-mail.com", ip="198.51.100.131")
    return message(h, mixed(alt(text(body), html(simple_html(body))),
                            calendar(ics, method="REQUEST", cte="base64", filename="gesprek.ics",
                                     disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 9 Google Calendar update (reschedule of 2)


@reg(family="google_calendar", lang="nl", interview=True, kind="rescheduled", company="Fietsdata",
     start="2026-04-24T12:00:00Z", end="2026-04-24T13:30:00Z", contact="joost.vanleeuwen@fietsdata.nl",
     local="Fri 2026-04-24 14:00", local_end="2026-04-24 15:30", zone=AMS,
     note="Google Calendar 'Bijgewerkte uitnodiging' (Dutch UI, English note): moved from Thu 23 Apr to "
          "vr 24 apr. 2026 14:00-15:30 CEST -> 12:00-13:30Z; SEQUENCE:1; thread with the Fietsdata invite")
def m09() -> bytes:
    note = ("Sorry Milan, Thursday got eaten by a release freeze. Moved us to Friday, same time, same "
            "people, still 90 minutes. Shout if that doesn't work. - Joost")
    desc = ("Hoi Milan,\n\nZoals besproken: technisch interview van anderhalf uur. Eerst 45 min system design "
            "(ons ritdata-platform), daarna pair programming in Go. Hanna (tech lead) schuift aan.\n\nTot donderdag!\nJoost")
    body = t(f"""
        Deze afspraak is gewijzigd met een opmerking van Joost van Leeuwen:
        "{note}"

        Gewijzigd
        Technisch interview Milan Bakker – Backend
        vrijdag 24 apr. 2026 ⋅ 14:00 – 15:30
        Midden-Europese zomertijd - Amsterdam
        (was: donderdag 23 apr. 2026 ⋅ 14:00 – 15:30)

        Deelnemen met Google Meet
        meet.google.com/qzt-hmbw-xrp

        Agenda
        milan.bakker@example.org

        Gasten
        Joost van Leeuwen - organisator
        Hanna Wiersma
        milan.bakker@example.org

        Alle afspraakgegevens bekijken: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s5djFxN2hkZm0ybzRiOGM2ZTB0bmw1c2EgbWlsYW4uYmFra2VyQGV4YW1wbGUub3Jn

        Antwoorden voor milan.bakker@example.org
        Ja: https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        Nee: https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Misschien: https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        """) + GCAL_FOOTER_NL
    ics = gcal_nl_ics(1, "20260424T140000", "20260424T153000", "20260420T140517Z", desc)
    subj = ("Bijgewerkte uitnodiging met opmerking: Technisch interview Milan Bakker – Backend @ vr 24 apr. 2026 "
            "14:00 - 15:30 (CEST) (milan.bakker@example.org)")
    h = hdr(addr("Joost van Leeuwen", "joost.vanleeuwen@fietsdata.nl"), subj, "2026-04-20 16:05:17", AMS,
            "<calendar-8a0e7d21-4c9b-4b3f-8e12-5f7a6d3c1b04@google.com>",
            host="mail-sor-f73.google.com", ip="209.85.220.73",
            extra=(("Sender", "Google Agenda <calendar-notification@google.com>"),
                   ("Reply-To", addr("Joost van Leeuwen", "joost.vanleeuwen@fietsdata.nl"))))
    return message(h, mixed(
        alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 10 Exchange update, Dutch, Rotterdam


@reg(family="exchange", lang="nl", interview=True, kind="rescheduled", company="Maasdelta Logistiek",
     start="2026-06-30T13:30:00Z", end="2026-06-30T14:30:00Z", contact="marloes.dekker@maasdelta.nl",
     local="Tue 2026-06-30 15:30", local_end="2026-06-30 16:30", zone=AMS,
     note="Outlook update in Dutch: kennismakingsgesprek moved from do 25 juni 10:00 to dinsdag 30 juni "
          "15.30-16.30 uur (CEST) -> 13:30-14:30Z; ICS W. Europe Standard Time, SEQUENCE 1; contact = organizer",
     days=(("Thu", "2026-06-25"),))
def m10() -> bytes:
    desc = t("""
        Beste Milan,

        Helaas moet ik ons kennismakingsgesprek van donderdag 25 juni (10:00 uur) verplaatsen; onze
        teamlead Sjoerd is die dag onverwacht op locatie in de Waalhaven. Ik heb het gesprek verzet naar
        dinsdag 30 juni van 15.30 tot 16.30 uur, op ons kantoor aan de Blaak 16 in Rotterdam. Ik hoop
        dat dit voor u schikt; excuses voor het ongemak.

        Met vriendelijke groet,

        Marloes Dekker
        Corporate Recruiter | Maasdelta Logistiek B.V.
        Blaak 16 | 3011 TA Rotterdam | 010 - 555 72 10
        """)
    body = t("""
        Wanneer: dinsdag 30 juni 2026 15:30-16:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen
        Locatie: Maasdelta Logistiek, Blaak 16, Rotterdam - vergaderruimte Maas 3

        *~*~*~*~*~*~*~*~*~*

        """) + desc
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000C4D1A5E3B1F3DC01000000000000000010000000D7A2",
                       organizer=("Marloes Dekker", "marloes.dekker@maasdelta.nl"), attendee=("Milan Bakker", ME),
                       summary="Kennismakingsgesprek Milan Bakker - Backend Developer", description=desc,
                       start="20260630T153000", end="20260630T163000", stamp="20260624T064102Z", lang="nl-NL",
                       location="Maasdelta Logistiek, Blaak 16, Rotterdam - vergaderruimte Maas 3", seq=1)
    subj = "Bijgewerkt: Kennismakingsgesprek Milan Bakker - Backend Developer"
    h = hdr(addr("Marloes Dekker", "marloes.dekker@maasdelta.nl"), subj, "2026-06-24 08:41:02", AMS,
            "<DB9PR03MB8127A4C1E0F2B3D5C6A7@DB9PR03MB8127.eurprd03.prod.outlook.com>",
            host="mail-db8eur05on2093.outbound.protection.outlook.com", ip="40.107.20.93",
            extra=exchange_headers(subj, "nl-NL"))
    return message(h, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                          calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 11 Lever reschedule, New York, EU/US DST gap (autumn)


@reg(family="lever", lang="en", interview=True, kind="rescheduled", company="Bowery Metrics",
     start="2026-10-26T14:00:00Z", end="2026-10-26T14:45:00Z", contact="dana.whitfield@bowerymetrics.com",
     local="Mon 2026-10-26 10:00", local_end="2026-10-26 10:45", zone="America/New_York",
     note="Lever reschedule: old Thu Oct 22 11:00 AM EDT, new Mon Oct 26 10:00-10:45 AM EDT (US still on "
          "daylight time until 1 Nov) -> 14:00-14:45Z = 15:00 CET in Amsterdam after 25 Oct; contact = Reply-To",
     days=(("Thu", "2026-10-22"),))
def m11() -> bytes:
    body = t("""
        Hi Milan,

        Your interview with Bowery Metrics has been rescheduled.

        NEW TIME
        Monday, October 26, 2026
        10:00 AM - 10:45 AM EDT
        Systems design with Priya Nandakumar

        PREVIOUSLY
        Thursday, October 22, 2026, 11:00 AM - 11:45 AM EDT

        Video link: https://bowerymetrics.zoom.us/j/93817460022

        Note from Dana:
        Sorry for the shuffle - Priya is out Thursday. Heads up that your clocks go back this Sunday and
        ours don't until Nov 1, so Monday's slot is 3:00 PM for you in Amsterdam.

        Reply to this email with any questions.

        Dana Whitfield
        Recruiting, Bowery Metrics
        """)
    h = hdr(addr("Bowery Metrics", "no-reply@hire.lever.co"),
            "Rescheduled: Your interview with Bowery Metrics", "2026-10-21 13:05:40", "America/New_York",
            "<0100019a6b2e4c1d-3f8a1b2c-5d6e-4f70-8a9b-c0d1e2f3a4b5-000000@email.amazonses.com>",
            host="a48-9.smtp-out.amazonses.com", ip="54.240.48.9",
            extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@bowerymetrics.com")),))
    return message(h, alt(text(body, cte="base64"), html(simple_html(body), cte="base64")))


# --------------------------------------------------------------------------- 12 agency one-liner reschedule (thread with 5)


@reg(family="agency_prose", lang="nl", interview=True, kind="rescheduled", company="Brabant Mobility",
     start="2026-06-05T08:30:00Z", end=None, contact="lotte.meijer@talentbrug.nl",
     local="Fri 2026-06-05 10:30", zone=AMS,
     note="Recruiter's short follow-up: '10:30 ipv 9:30 vrijdag', already confirmed with the client; Date "
          "Wed 3 Jun -> Fri 5 Jun 10:30 CEST = 08:30Z; thread with the Brabant Mobility confirmation")
def m12() -> bytes:
    body = t("""
        Hoi Milan,

        Klein dingetje: Koen zit vrijdagochtend eerst nog in een board meeting, dus jullie gesprek schuift
        een uurtje op -> 10:30 ipv 9:30 vrijdag. Heb het al bevestigd bij Brabant Mobility, hoop dat het
        voor jou ook past (anders hoor ik het!). Adres blijft hetzelfde.

        Gr Lotte

        Verstuurd vanaf mijn iPhone
        """)
    h = hdr(addr("Lotte Meijer", "lotte.meijer@talentbrug.nl"), "Re: Rol backend developer Eindhoven",
            "2026-06-03 17:20:14", AMS, "<3F0C6A1E-92B4-4D7A-8C3E-51A7E0D2B9F4@talentbrug.nl>",
            host="mail-am6eur05on2108.outbound.protection.outlook.com", ip="40.107.22.108",
            extra=(("In-Reply-To", "<AM9PR02MB7741E3C2B1A0F5D@AM9PR02MB7741.eurprd02.prod.outlook.com>"),
                   ("X-Mailer", "iPhone Mail (21F90)")))
    return message(h, text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 13 SmartRecruiters cancellation, Eindhoven


@reg(family="smartrecruiters", lang="en", interview=True, kind="cancelled", company="Kempen Energy",
     start="2026-07-08T11:00:00Z", end="2026-07-08T12:00:00Z", contact=None,
     local="Wed 2026-07-08 13:00", local_end="2026-07-08 14:00", zone=AMS,
     note="SmartRecruiters cancellation (role on hold): cancelled slot Wed 8 July 13:00-14:00 CEST -> "
          "11:00-12:00Z; only no-reply sender and a name without address -> contact null")
def m13() -> bytes:
    body = t("""
        Dear Milan,

        We regret to inform you that your interview for the position of Backend Developer (Energy Trading
        Platform) scheduled on 08/07/2026 at 13:00 - 14:00 (CEST) has been cancelled.

        Due to an internal reorganisation the position has been put on hold for the time being. We will
        keep your application in our system and reach out should the vacancy reopen.

        We apologise for any inconvenience.

        Kind regards,
        Sophie Verbeek
        Talent Acquisition, Kempen Energy

        This message was sent to you via SmartRecruiters. Please do not reply to this email.
        """)
    h = hdr(addr("Kempen Energy", "noreply@smartrecruiters.com"),
            "Interview cancelled - Backend Developer (Energy Trading Platform)", "2026-07-02 16:30:05", AMS,
            "<mail.4b1e8a2f0c.20260702143005@smartrecruiters.com>",
            host="mta-7.smartrecruiters.com", ip="198.51.100.77")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 14 Exchange cancellation, German, Berlin (windows-1252)


@reg(family="exchange", lang="de", interview=True, kind="cancelled", company="Landwehr Mobility",
     start="2026-09-14T08:00:00Z", end="2026-09-14T09:00:00Z", contact="jonas.albrecht@landwehr-mobility.de",
     local="Mon 2026-09-14 10:00", local_end="2026-09-14 11:00", zone="Europe/Berlin",
     note="Outlook 'Abgesagt:' in German, METHOD:CANCEL; cancelled slot Montag 14. September 10:00-11:00 "
          "Berlin (CEST) -> 08:00-09:00Z; windows-1252 body; contact = organizer")
def m14() -> bytes:
    body = t("""
        Wann: Montag, 14. September 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Bakker,

        leider müssen wir das technische Interview am Montag absagen, da sich unsere Hiring Managerin
        kurzfristig krankgemeldet hat. Ich melde mich in den nächsten Tagen mit neuen Terminvorschlägen.

        Entschuldigen Sie bitte die Umstände.

        Mit freundlichen Grüßen
        Jonas Albrecht
        Recruiting | Landwehr Mobility GmbH
        """)
    desc = body.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    ics = exchange_ics(method="CANCEL", uid="040000008200E00074C5B7101A82E00800000000E2B7C9D4A243DC01000000000000000010000000F1C8",
                       organizer=("Jonas Albrecht", "jonas.albrecht@landwehr-mobility.de"),
                       attendee=("Milan Bakker", ME), summary="Abgesagt: Technisches Interview – Milan Bakker",
                       description=desc, start="20260914T100000", end="20260914T110000", stamp="20260909T092033Z",
                       lang="de-DE", location="Microsoft Teams-Besprechung", seq=1, status="CANCELLED")
    subj = "Abgesagt: Technisches Interview – Milan Bakker"
    h = hdr(addr("Jonas Albrecht", "jonas.albrecht@landwehr-mobility.de"), subj, "2026-09-09 11:20:33",
            "Europe/Berlin", "<BE1P281MB2098C3A0D1E4F5B6A7C8@BE1P281MB2098.DEUP281.PROD.OUTLOOK.COM>",
            host="mail-be0deu01on2101.outbound.protection.outlook.com", ip="40.107.127.101",
            charset="windows-1252", extra=exchange_headers(subj, "de-DE") + (("Importance", "high"),))
    return message(h, alt(text(body, charset="windows-1252"),
                          html(simple_html(body).replace("utf-8", "windows-1252"), charset="windows-1252"),
                          calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- 15 Dutch human cancellation, Utrecht


@reg(family="human_prose", lang="nl", interview=True, kind="cancelled", company="Domstad Software",
     start="2026-11-02T13:00:00Z", end=None, contact="r.hendriks@domstadsoftware.nl",
     local="Mon 2026-11-02 14:00", zone=AMS,
     note="Formal Dutch cancellation (vacancy filled internally): maandag 2 november om 14:00 uur, after the "
          "switch to CET on 25 Oct -> 13:00Z; contact = human sender")
def m15() -> bytes:
    body = t("""
        Geachte heer Bakker,

        Hierbij moeten wij u helaas laten weten dat wij het sollicitatiegesprek van maandag 2 november om
        14:00 uur annuleren. De vacature Backend Developer is inmiddels intern ingevuld door een collega
        die tijdens de procedure beschikbaar kwam.

        Wij betreuren dit zeer, zeker omdat uw profiel goed aansloot bij wat wij zochten. Met uw
        toestemming bewaren wij uw gegevens graag nog een jaar in onze talentpool.

        Met vriendelijke groet,

        R. (Ruud) Hendriks
        HR-adviseur
        Domstad Software B.V. | Catharijnesingel 54 | 3511 GC Utrecht
        r.hendriks@domstadsoftware.nl
        """)
    h = hdr(addr("Hendriks, Ruud", "r.hendriks@domstadsoftware.nl"),
            "Annulering sollicitatiegesprek maandag 2 november", "2026-10-28 09:12:48", AMS,
            "<AS8PR04MB9012F7E6D5C4B3A2910@AS8PR04MB9012.eurprd04.prod.outlook.com>",
            host="mail-as8eur05on2130.outbound.protection.outlook.com", ip="40.107.24.130",
            extra=(("Content-Language", "nl-NL"),))
    return message(h, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 16 French, Brussels (iso-8859-1)


@reg(family="human_prose", lang="fr", interview=True, kind="scheduled", company="Sablon Analytics",
     start="2026-10-01T08:30:00Z", end="2026-10-01T09:30:00Z", contact="claire.dubois@sablon-analytics.be",
     local="Thu 2026-10-01 10:30", local_end="2026-10-01 11:30", zone="Europe/Brussels",
     note="French confirmation from a Brussels company: jeudi 1er octobre à 10h30, durée d'une heure (CEST) "
          "-> 08:30-09:30Z; iso-8859-1 quoted-printable; contact = human sender")
def m16() -> bytes:
    body = t("""
        Bonjour Milan,

        Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Développeur
        Backend Senior le jeudi 1er octobre à 10h30, dans nos bureaux :

        Sablon Analytics
        Rue de la Régence 58, 1000 Bruxelles (2e étage, sonnez chez « Sablon »)

        L'entretien durera une heure et se déroulera en anglais, avec Thomas Lambert (CTO) et moi-même.
        La gare de Bruxelles-Central est à dix minutes à pied.

        N'hésitez pas à me contacter si vous avez la moindre question.

        Bien cordialement,

        Claire Dubois
        Responsable Recrutement | Sablon Analytics
        +32 2 555 41 07
        """)
    h = hdr(addr("Claire Dubois", "claire.dubois@sablon-analytics.be"),
            "Confirmation de votre entretien - Développeur Backend Senior", "2026-09-24 17:40:26",
            "Europe/Brussels", "<5f2a8c1e-d03b-4e7a-9c61-2b8e4f0a7d35@sablon-analytics.be>",
            host="smtp.sablon-analytics.be", ip="203.0.113.58", charset="iso-8859-1",
            extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 17 Homerun, HTML only


@reg(family="homerun", lang="en", interview=True, kind="scheduled", company="Kanaalzicht",
     start="2026-07-29T14:00:00Z", end="2026-07-29T15:00:00Z", contact="ilse.vermeer@kanaalzicht.com",
     local="Wed 2026-07-29 16:00", local_end="2026-07-29 17:00", zone=AMS,
     note="Homerun HTML-only confirmation: Wednesday 29 July, 16:00-17:00 Amsterdam time (CEST) -> "
          "14:00-15:00Z; contact = the address in the body (sender is no-reply)")
def m17() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Your interview is booked</title></head>
        <body style="margin:0;padding:0;background:#f4f4f1">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#1d1d1b">
        <tr><td style="padding:32px 40px 8px"><img src="https://cdn.homerun.co/kanaalzicht/logo.png" alt="Kanaalzicht" width="120"></td></tr>
        <tr><td style="padding:8px 40px"><h1 style="font-size:22px;margin:0">Your interview is booked &#127881;</h1></td></tr>
        <tr><td style="padding:8px 40px;font-size:15px;line-height:22px">
        Hi Milan,<br><br>
        Great news &ndash; you&rsquo;re all set for your second interview for <strong>Backend Engineer (Payments)</strong>.
        </td></tr>
        <tr><td style="padding:8px 40px">
        <table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3de;border-radius:6px;width:100%">
        <tr><td style="padding:16px;font-size:15px;line-height:24px">
        <strong>Wednesday 29 July</strong><br>
        16:00&nbsp;&ndash;&nbsp;17:00 (Amsterdam time)<br>
        Kanaalzicht HQ, Oostelijke Handelskade 1001, Amsterdam
        </td></tr></table>
        </td></tr>
        <tr><td style="padding:8px 40px;font-size:15px;line-height:22px">
        You&rsquo;ll meet Jeroen and Fatima from the payments squad. Expect a deep dive into a system you built
        and a look at our ledger service.<br><br>
        Questions before then? Mail Ilse at <a href="mailto:ilse.vermeer@kanaalzicht.com">ilse.vermeer@kanaalzicht.com</a>.
        </td></tr>
        <tr><td style="padding:24px 40px;font-size:12px;color:#8a8a85">
        Sent by Kanaalzicht via <a href="https://www.homerun.co" style="color:#8a8a85">Homerun</a>
        </td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = hdr(addr("Kanaalzicht", "no-reply@homerun.co"), "Your interview at Kanaalzicht is booked",
            "2026-07-23 10:00:52", AMS, "<20260723080052.6b1c.kanaalzicht@homerun.co>",
            host="mail-out3.homerun.co", ip="198.51.100.203")
    return message(h, html(body, cte="base64"))


# --------------------------------------------------------------------------- 18 forward to self, Dublin final round


@reg(family="forward", lang="en", interview=True, kind="scheduled", company="Liffey Systems",
     start="2026-08-20T09:00:00Z", end="2026-08-20T12:00:00Z", contact="niamh.kelly@liffeysystems.ie",
     local="Thu 2026-08-20 10:00", local_end="2026-08-20 13:00", zone="Europe/Dublin",
     note="Candidate forwards to himself a recruiter mail: virtual onsite Thu 20 Aug 10:00-13:00 Irish time "
          "(IST, +01:00; three sessions, first start to last end) -> 09:00-12:00Z; contact = the forwarded sender")
def m18() -> bytes:
    body = t("""
        for the calendar. prep system design + the "tell me about a failure" one

        ---------- Forwarded message ---------
        From: Niamh Kelly <niamh.kelly@liffeysystems.ie>
        Date: Fri, 14 Aug 2026 at 16:48
        Subject: Liffey Systems - final round details
        To: Milan Bakker <milan.bakker@example.org>


        Hi Milan,

        Delighted to confirm your final round for Senior Backend Engineer on Thursday 20 August. It's a
        virtual onsite on Google Meet, times below are Irish time (so add an hour for Amsterdam):

        10:00 - 11:00  System design with Cathal Murphy
        11:00 - 11:15  Break
        11:15 - 12:15  Coding (Go or Python, your choice) with Ines Duarte
        12:15 - 13:00  Values & team fit with Siobhan Walsh (VP Engineering)

        The same Meet link works for all three: https://meet.google.com/fvu-eqzn-bdk

        Any questions at all, just give me a shout.

        Niamh

        Niamh Kelly | Talent Partner | Liffey Systems
        Grand Canal Quay, Dublin 2
        """)
    h = hdr(addr("Milan Bakker", ME2), "Fwd: Liffey Systems - final round details", "2026-08-15 09:12:03", AMS,
            "<CAJ8v2QmXy0aP9kR4nT1sW7eU3bF6hD5cG2@mail.gmail.com>",
            host="mail-ed1-f44.google.com", ip="209.85.208.44", to=ME_H)
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 19 Indeed NL, Dutch UI


@reg(family="indeed", lang="nl", interview=True, kind="scheduled", company="Polderbit",
     start="2026-09-07T09:00:00Z", end="2026-09-07T09:30:00Z", contact=None,
     local="Mon 2026-09-07 11:00", local_end="2026-09-07 11:30", zone=AMS,
     note="Indeed interview confirmation (Dutch UI): ma 7 sep. 2026, 11:00 - 11:30 CEST -> 09:00-09:30Z; "
          "video via Indeed, no human address -> contact null")
def m19() -> bytes:
    body = t("""
        Je sollicitatiegesprek is bevestigd

        Hoi Milan,

        Polderbit heeft je sollicitatiegesprek voor Backend Developer (Python) bevestigd.

        Wanneer: ma 7 sep. 2026, 11:00 - 11:30 CEST
        Type: Videogesprek via Indeed
        Met: Daan Visser, Hiring Manager

        Deelnemen aan het gesprek: https://nl.indeed.com/interviews/join/9f3a7c21e0

        Tip: test vooraf je camera en microfoon. Je kunt 10 minuten voor aanvang al deelnemen.

        Kun je niet? Verzet of annuleer het gesprek via je Indeed-account:
        https://nl.indeed.com/myjobs/interviews

        © 2026 Indeed - Indeed Netherlands B.V.
        Je ontvangt deze e-mail omdat je via Indeed hebt gesolliciteerd.
        """)
    h = hdr(addr("Indeed", "donotreply@indeed.com"),
            "Bevestigd: sollicitatiegesprek met Polderbit op ma 7 sep.", "2026-09-01 14:03:18", AMS,
            "<0100019962aa8b4f-2c1d0e3a-7b4f-4a12-9c8e-61d5f0a3b7e2-000000@email.amazonses.com>",
            host="a8-33.smtp-out.amazonses.com", ip="54.240.8.33")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 20 Workday, Amsterdam bank


@reg(family="workday", lang="en", interview=True, kind="scheduled", company="Noordzee Bank",
     start="2026-10-13T07:00:00Z", end="2026-10-13T08:30:00Z", contact="priya.raman@noordzeebank.nl",
     local="Tue 2026-10-13 09:00", local_end="2026-10-13 10:30", zone=AMS,
     note="Workday interview scheduled: 13-10-2026 09:00 - 10:30 CEST (Europe/Amsterdam) -> 07:00-08:30Z; "
          "ICS in UTC; contact = recruiter address in the body (sender is the tenant mailbox)")
def m20() -> bytes:
    body = t("""
        Dear Milan Bakker,

        Thank you for your interest in Noordzee Bank. We are pleased to confirm your interview for the
        position below.

        Job Requisition: R-0048213 Senior Backend Engineer - Payments Core
        Interview Type: Panel Interview (Round 2)
        Date: 13-10-2026
        Time: 09:00 - 10:30 CEST (Europe/Amsterdam)
        Location: Noordzee Bank, Gustav Mahlerlaan 300, 1082 ME Amsterdam - Visitor entrance B
        Interviewers: Erik de Groot, Lina Haddad, Tom Verstappen

        Please bring a valid ID for building access. If you have any questions, please contact your
        recruiter Priya Raman (priya.raman@noordzeebank.nl).

        Kind regards,
        Talent Acquisition
        Noordzee Bank N.V.

        This email was sent from an unmonitored mailbox.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-5523817-MB@myworkday.com
DTSTAMP:20261006T070012Z
DTSTART:20261013T070000Z
DTEND:20261013T083000Z
SUMMARY:Interview: Senior Backend Engineer - Payments Core (Round 2)
LOCATION:Gustav Mahlerlaan 300\\, 1082 ME Amsterdam
ORGANIZER;CN=Noordzee Bank Recruiting:mailto:noordzeebank@myworkday.com
ATTENDEE;CN=Milan Bakker;RSVP=FALSE:mailto:milan.bakker@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("Noordzee Bank", "noordzeebank@myworkday.com"),
            "Interview Scheduled: Senior Backend Engineer - Payments Core", "2026-10-06 09:00:12", AMS,
            "<1864201597.55238.1791270012@wd3-impl-mta01.myworkday.com>",
            host="wd3-impl-mta01.myworkday.com", ip="198.51.100.90")
    return message(h, mixed(text(body, cte="7bit"),
                            calendar(ics, method="REQUEST", cte="base64", filename="Interview.ics",
                                     disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 21 hiring manager, coffee chat, Eindhoven, winter


@reg(family="human_prose", lang="en", interview=True, kind="scheduled", company="Strijp Robotics",
     start="2026-02-10T15:00:00Z", end=None, contact="bas.vandijk@strijprobotics.nl",
     local="Tue 2026-02-10 16:00", zone=AMS,
     note="Hiring manager's short reply on top of the thread: 'Tuesday at 4 then' resolved against Date "
          "(Thu 5 Feb) -> Tue 10 Feb 16:00 CET = 15:00Z; coffee chat about the open role; contact = sender")
def m21() -> bytes:
    body = t("""
        Great, Tuesday at 4 then. Coffee's on me - we're in the Veem building, 3rd floor, just ask for me
        at the front desk. I'll bring Noor from the fleet software team too so you get a feel for the work.

        Bas

        On Wed, Feb 4, 2026 at 9:41 PM Milan Bakker <milan.bakker@example.org> wrote:
        > Hi Bas,
        >
        > Thanks for getting back to me about the backend role. Next week Tuesday afternoon works well,
        > anything after 2pm. Happy to come to Eindhoven.
        >
        > Best,
        > Milan
        >
        > On Wed, Feb 4, 2026 at 4:12 PM Bas van Dijk <bas.vandijk@strijprobotics.nl> wrote:
        >> Hi Milan, saw your application for the backend role come through. Before we do the formal
        >> rounds I like to meet people informally over coffee. Would you be up for that next week?
        >> Bas van Dijk - Head of Software, Strijp Robotics
        """)
    h = hdr(addr("Bas van Dijk", "bas.vandijk@strijprobotics.nl"), "Re: Backend engineer role",
            "2026-02-05 12:30:19", AMS, "<CAFx7rT2k9+Hq1mWz3nB5yV0cD8eL4pS6jA@mail.gmail.com>",
            host="mail-lj1-f171.google.com", ip="209.85.208.171",
            extra=(("In-Reply-To", "<CAJ8v2QmPz1Lk7uR0aE9hF3dN6bX2sT4yW@mail.gmail.com>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 22 LinkedIn message notification, Dutch


@reg(family="linkedin", lang="nl", interview=True, kind="scheduled", company="Tulp Cloud",
     start="2026-03-12T12:00:00Z", end=None, contact=None,
     local="Thu 2026-03-12 13:00", zone=AMS,
     note="LinkedIn message notification (Dutch, informal): 'donderdag 12 maart om 13:00' video call with the "
          "CTO, 'half uurtje' read as approximate -> end null; CET -> 12:00Z; only LinkedIn relay -> contact null")
def m22() -> bytes:
    body = t("""
        Anouk de Graaf heeft je een bericht gestuurd

        Anouk de Graaf
        Talent Acquisition Lead bij Tulp Cloud

        "Hoi Milan! Top, dan zet ik 'm vast: donderdag 12 maart om 13:00 een videocall met Sander, onze CTO,
        voor de backend-rol. Half uurtje, vooral kennismaken en je ervaring met Kubernetes. Teams-link
        stuur ik morgen even via mail. Fijne avond!"

        Bekijk bericht: https://www.linkedin.com/messaging/thread/2-ZTk3YjQxNmMtYzRmNy00/

        Dit is een e-mail van LinkedIn voor Milan Bakker (Backend Engineer). Meer informatie
        Je ontvangt e-mails met berichtmeldingen.
        Afmelden: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        LinkedIn is een geregistreerde handelsnaam van LinkedIn Corporation en haar dochterondernemingen.
        """)
    h = hdr(addr("Anouk de Graaf via LinkedIn", "messages-noreply@linkedin.com"),
            "Anouk heeft je een bericht gestuurd", "2026-03-09 19:30:55", AMS,
            "<1289472016.7734215.1773081055218@ltx1-app8812.prod.linkedin.com>",
            host="mailb-ea.linkedin.com", ip="108.174.3.201")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 23 Exchange, New York, winter


@reg(family="exchange", lang="en", interview=True, kind="scheduled", company="Gowanus Health",
     start="2026-11-17T16:00:00Z", end="2026-11-17T17:00:00Z", contact="marcus.lee@gowanushealth.com",
     local="Tue 2026-11-17 11:00", local_end="2026-11-17 12:00", zone="America/New_York",
     note="Exchange meeting request from New York, TZID Eastern Standard Time 11:00-12:00 on 17 Nov (EST, "
          "both sides on standard time) -> 16:00-17:00Z = 17:00 in Amsterdam; contact = organizer")
def m23() -> bytes:
    desc = t("""
        Hi Milan,

        As discussed, here's the invite for your technical interview with our platform team (Jess Alvarez
        and Rahul Mehta). It's 60 minutes: a short intro, then a live exercise on an event-driven service.
        I know 5 PM is late in Amsterdam - thanks for accommodating our schedule.

        Marcus Lee
        Senior Technical Recruiter | Gowanus Health
        """) + "\n" + TEAMS_EN
    body = t("""
        When: Tuesday, November 17, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        """) + desc
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B8E4F1A2C475DC01000000000000000010000000A9E3",
                       organizer=("Marcus Lee", "marcus.lee@gowanushealth.com"), attendee=("Milan Bakker", ME),
                       summary="Gowanus Health - Technical Interview (Milan Bakker)", description=desc,
                       start="20261117T110000", end="20261117T120000", stamp="20261111T151502Z", lang="en-US",
                       location="Microsoft Teams Meeting", tz="Eastern Standard Time")
    subj = "Gowanus Health - Technical Interview (Milan Bakker)"
    h = hdr(addr("Marcus Lee", "marcus.lee@gowanushealth.com"), subj, "2026-11-11 10:15:02", "America/New_York",
            "<BN8PR12MB3345E2A1F0C9D8B7A6E5@BN8PR12MB3345.namprd12.prod.outlook.com>",
            host="mail-bn8nam12on2061.outbound.protection.outlook.com", ip="40.107.237.61",
            extra=exchange_headers(subj, "en-US"))
    return message(h, alt(text(body), html(simple_html(body, "font-family:Aptos,sans-serif")),
                          calendar(ics, method="REQUEST", cte="base64")))


# =========================================================================== negatives
# --------------------------------------------------------------------------- 24 Nationale Vacaturebank job alert


@reg(family="job_alert", lang="nl", interview=False, company=None,
     note="Nationale Vacaturebank job alert; vacancies only, no appointment")
def m24() -> bytes:
    body = t("""
        Hallo Milan,

        Er zijn 12 nieuwe vacatures die passen bij je zoekopdracht "backend developer" in Amsterdam (+ 25 km).

        Backend Developer Go - Polderbit - Amsterdam - € 4.800 - € 6.200 per maand
        Senior Python Developer - Zaanstad Data - Zaandam - 32-40 uur
        Software Engineer Backend (Java/Kotlin) - Oosterdok Games - Amsterdam
        Backend Engineer Payments - Kanaalzicht - Amsterdam - Hybride
        Medior Backend Developer - Haarlem Hosting - Haarlem - Direct solliciteren
        ... en nog 7 vacatures

        Bekijk alle vacatures: https://www.nationalevacaturebank.nl/vacatures/zoeken/backend-developer/amsterdam

        Tip: zet je cv op Nationale Vacaturebank zodat recruiters jou kunnen vinden en uitnodigen voor een
        sollicitatiegesprek.

        Je ontvangt deze e-mail omdat je een vacaturemelding hebt ingesteld. Afmelden of wijzigen:
        https://www.nationalevacaturebank.nl/mijn/vacaturemeldingen
        """)
    h = hdr(addr("Nationale Vacaturebank", "vacaturemelding@nationalevacaturebank.nl"),
            "12 nieuwe vacatures voor 'backend developer' in Amsterdam", "2026-04-02 07:05:00", AMS,
            "<alert.20260402.88120391@mail.nationalevacaturebank.nl>",
            host="mail.nationalevacaturebank.nl", ip="198.51.100.140",
            extra=(("List-Unsubscribe", "<https://www.nationalevacaturebank.nl/mijn/vacaturemeldingen>"),))
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 25 Recruitee application receipt (English)


@reg(family="application_receipt", lang="en", interview=False, company="Oosterdok Games",
     note="Recruitee auto-acknowledgement of an application; mentions a possible interview, nothing fixed")
def m25() -> bytes:
    body = t("""
        Hi Milan,

        Thanks for applying for the Backend Engineer (Game Services) position at Oosterdok Games! We have
        received your application and our team will review it within the next two weeks.

        If your profile matches what we're looking for, we'll invite you for a first interview. In the
        meantime, feel free to check out our engineering blog: https://oosterdokgames.com/blog

        Cheers,
        The Oosterdok Games Talent Team

        --
        Sent via Recruitee
        """)
    h = hdr(addr("Oosterdok Games", "no-reply@recruitee.com"), "Thanks for your application, Milan!",
            "2026-03-20 22:41:07", AMS, "<0102018e5f7c2a11-aa3b-4f1c-8d2e-7c6b5a493e21@eu-west-1.amazonses.com>",
            host="a7-19.smtp-out.eu-west-1.amazonses.com", ip="54.240.7.19")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 26 rejection (Hudson Ledger)


@reg(family="rejection", lang="en", interview=False, company="Hudson Ledger",
     note="Rejection after the technical screen; refers back to the past interview")
def m26() -> bytes:
    body = t("""
        Hi Milan,

        Thank you for taking the time to interview with Owen last week for the Senior Backend Engineer
        role. We enjoyed the conversation, but after careful consideration we've decided to move forward
        with candidates whose experience is a closer match for this position right now.

        We'd be glad to stay in touch for future openings on the EU team.

        All the best,
        Kayla Moreno
        Technical Recruiter, Hudson Ledger
        """)
    h = hdr(addr("Hudson Ledger", "no-reply@us.greenhouse-mail.io"),
            "Your application to Hudson Ledger", "2026-03-25 13:02:19", "America/New_York",
            "<20260325170219.1.9a2c4e6b8d@us.greenhouse-mail.io>",
            host="o12.us.greenhouse-mail.io", ip="198.51.100.44",
            extra=(("Reply-To", addr("Kayla Moreno", "kayla.moreno@hudsonledger.com")),))
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 27 offer (Kanaalzicht)


@reg(family="offer", lang="en", interview=False, company="Kanaalzicht",
     note="Offer letter with a rough call time to walk through it; an offer, not an interview",
     days=(("Fri", "2026-08-14"),))
def m27() -> bytes:
    body = t("""
        Hi Milan,

        On behalf of everyone at Kanaalzicht: we'd love to have you join the payments squad! Attached you'll
        find your offer for the role of Backend Engineer (Payments), starting 1 October 2026, including the
        salary, the 8% holiday allowance and our 30% ruling details.

        I'll give you a ring tomorrow around 11 to walk you through it and answer any questions. Take your
        time - we'd appreciate an answer by Friday 14 August.

        Warmly,
        Ilse Vermeer
        People & Talent, Kanaalzicht
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Offer_Milan_Bakker.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Offer_Milan_Bakker.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    h = hdr(addr("Ilse Vermeer", "ilse.vermeer@kanaalzicht.com"), "Your offer from Kanaalzicht",
            "2026-08-06 15:22:40", AMS, "<CAN2x8hQ1rT7mVz5kP0wB3yL9cE4dF6gJ@mail.gmail.com>",
            host="mail-wm1-f52.google.com", ip="209.85.128.52")
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf))


# --------------------------------------------------------------------------- 28 agency outreach, Dutch


@reg(family="recruiter_outreach", lang="nl", interview=False, company="Brabant Mobility",
     note="Agency recruiter's first outreach (precedes the Brabant Mobility thread); asks when a call suits, "
          "nothing fixed")
def m28() -> bytes:
    body = t("""
        Hoi Milan,

        Ik kwam je profiel tegen op LinkedIn en werd meteen enthousiast. Ik werk namens Brabant Mobility
        in Eindhoven aan een vacature voor een Senior Backend Developer (Go, Kafka, PostgreSQL) in hun
        laadpalen-platform. Hybride, 2 dagen op kantoor, salaris tot € 6.500 + leaseauto of NS Business Card.

        Lijkt het je wat om hier eens vrijblijvend over te bellen? Laat maar weten wanneer het jou uitkomt
        deze week, ik pas me aan.

        Groetjes,
        Lotte Meijer
        Senior Recruitment Consultant IT | Talentbrug Werving & Selectie
        06 41 87 22 90
        """)
    h = hdr(addr("Lotte Meijer", "lotte.meijer@talentbrug.nl"), "Rol backend developer Eindhoven",
            "2026-05-26 09:14:30", AMS, "<AM9PR02MB7741A1B2@AM9PR02MB7741.eurprd02.prod.outlook.com>",
            host="mail-am6eur05on2104.outbound.protection.outlook.com", ip="40.107.22.104")
    return message(h, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 29 self-schedule link (Liffey)


@reg(family="self_schedule", lang="en", interview=False, company="Liffey Systems",
     note="Recruiter sends a Calendly link to pick a technical-interview slot; nothing booked yet")
def m29() -> bytes:
    body = t("""
        Hi Milan,

        Great chatting today! As promised, the next step is a 90-minute technical interview with two of our
        engineers. Could you grab whichever slot suits you best here?

        https://calendly.com/liffey-eng/technical-interview-90

        Slots are shown in your own time zone. If nothing works, reply and I'll open up more.

        Thanks,
        Aoife

        Aoife Byrne | Talent Acquisition | Liffey Systems
        """)
    h = hdr(addr("Aoife Byrne", "aoife.byrne@liffeysystems.ie"), "Next step: technical interview",
            "2026-06-09 14:05:31", "Europe/Dublin", "<CAB4q1Lm7Tz9xR2wN5kS8dV0cH3eJ6pF1gA@mail.gmail.com>",
            host="mail-wr1-f49.google.com", ip="209.85.221.49")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 30 slot proposal, Dutch formal


@reg(family="slot_proposal", lang="nl", interview=False, company="Erasmus Data",
     note="Two options proposed for an interview, candidate has not chosen yet; nothing agreed",
     days=(("Tue", "2026-06-09"), ("Wed", "2026-06-10")))
def m30() -> bytes:
    body = t("""
        Beste heer Bakker,

        Dank voor uw sollicitatie als Backend Developer bij Erasmus Data. Wij willen graag met u in gesprek.
        Zou u beschikbaar zijn op een van de volgende momenten?

        - dinsdag 9 juni om 10:00 uur
        - woensdag 10 juni om 15:00 uur

        Het gesprek vindt plaats op ons kantoor aan de Westblaak 180 in Rotterdam en duurt ongeveer een uur.
        Wilt u mij laten weten welke optie uw voorkeur heeft? Dan stuur ik u een agendaverzoek.

        Met vriendelijke groet,

        Sevda Yilmaz
        HR Officer | Erasmus Data B.V.
        """)
    h = hdr(addr("Sevda Yilmaz", "s.yilmaz@erasmusdata.nl"), "Uitnodiging kennismaking - Backend Developer",
            "2026-06-03 11:26:44", AMS, "<PA4PR08MB6220B1C9D8E7F6A5B4C3@PA4PR08MB6220.eurprd08.prod.outlook.com>",
            host="mail-pa4eur05on2121.outbound.protection.outlook.com", ip="40.107.25.121")
    return message(h, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 31 take-home deadline (Havenlicht)


@reg(family="take_home", lang="en", interview=False, company="Havenlicht",
     note="Take-home assignment with a submission deadline; a deadline, not an interview",
     days=(("Mon", "2026-05-18"),))
def m31() -> bytes:
    body = t("""
        Hi Milan,

        Thanks again for Monday's conversation. As the next step we'd like you to do a small take-home:
        build a service that ingests AIS vessel positions and exposes the latest position per ship.
        Details and starter repo: https://github.com/havenlicht-hiring/ais-takehome

        Please submit a link to your repository by Monday 18 May, 23:59 CEST. Don't spend more than
        4 hours on it; we care more about your reasoning in the README than about completeness.

        Ruben

        --
        Sent with Workable
        """)
    h = hdr(addr("Ruben Smit at Havenlicht", "noreply@candidates.workablemail.com"),
            "Take-home assignment - Backend Engineer", "2026-05-12 10:18:05", AMS,
            "<6d1f0b2a93e4.20260512081805@candidates.workablemail.com>",
            host="mail-b21.workablemail.com", ip="198.51.100.21",
            extra=(("Reply-To", addr("Havenlicht", "havenlicht+c4f1a98e02@candidates.workablemail.com")),))
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 32 online assessment (Noordzee Bank)


@reg(family="assessment", lang="en", interview=False, company="Noordzee Bank",
     note="Online coding assessment invitation with an expiry date; no scheduled interview",
     days=(("Sun", "2026-09-27"),))
def m32() -> bytes:
    body = t("""
        Hello Milan,

        Noordzee Bank has invited you to complete an online coding assessment for the role
        Senior Backend Engineer - Payments Core.

        Duration: 90 minutes (timed, starts when you open the test)
        Tasks: 3
        Languages: Java, Kotlin, Go, Python
        Expires: Sunday 27 September 2026, 23:59 (CEST)

        Start assessment: https://app.codelane.io/t/NZB-7H3K-Q9PD

        You can take the assessment at any time before it expires. Make sure you have a stable internet
        connection and will not be interrupted.

        Good luck!
        Codelane, on behalf of Noordzee Bank
        """)
    h = hdr(addr("Noordzee Bank via Codelane", "no-reply@codelane.io"),
            "You've been invited to an assessment by Noordzee Bank", "2026-09-22 10:30:11", AMS,
            "<assessment.NZB-7H3K-Q9PD@codelane.io>", host="smtp.codelane.io", ip="198.51.100.66")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 33 dentist (iso-8859-1)


@reg(family="personal_appointment", lang="nl", interview=False, company=None,
     note="Dentist reminder with a fixed time; not an interview", days=(("Tue", "2026-04-21"),))
def m33() -> bytes:
    body = t("""
        Beste heer Bakker,

        Graag herinneren wij u aan uw afspraak bij Tandartspraktijk De Pijp:

        Datum: dinsdag 21 april 2026
        Tijd: 08:45 uur
        Behandelaar: mw. drs. E. Groenewegen (periodieke controle + gebitsreiniging)

        Bent u verhinderd? Meldt u dit dan uiterlijk 24 uur van tevoren via 020 - 555 63 18, anders
        zijn wij genoodzaakt de gereserveerde tijd in rekening te brengen.

        Met vriendelijke groet,
        Tandartspraktijk De Pijp
        Van Woustraat 141, Amsterdam
        """)
    h = hdr(addr("Tandartspraktijk De Pijp", "afspraken@tandartsdepijp.nl"),
            "Herinnering: uw afspraak op dinsdag 21 april", "2026-04-18 08:00:02", AMS,
            "<20260418060002.48213@praktijk.tandartsdepijp.nl>", host="praktijk.tandartsdepijp.nl",
            ip="203.0.113.18", charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 34 stand-up (current employer, Exchange)


@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     note="Recurring daily stand-up from the current employer (Exchange, W. Europe Standard Time)")
def m34() -> bytes:
    desc = "Daily sync for the platform team. 15 min, hard stop. Board: https://veldhuis.atlassian.net/jira/software/projects/PLAT/boards/12\n\n" + TEAMS_EN
    body = t("""
        When: Occurs every weekday from 09:30 to 09:45 effective 04/05/2026. (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        """) + desc
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000D1C2B3A4E5F6DC01000000000000000010000000C3B1",
                       organizer=("Eva Smits", "eva.smits@veldhuis-retail.nl"), attendee=("Milan Bakker", "m.bakker@veldhuis-retail.nl"),
                       summary="Platform stand-up", description=desc, start="20260504T093000", end="20260504T094500",
                       stamp="20260430T142200Z", lang="en-US", location="Microsoft Teams Meeting",
                       rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO", busy="BUSY")
    h = hdr(addr("Eva Smits", "eva.smits@veldhuis-retail.nl"), "Platform stand-up", "2026-04-30 16:22:00", AMS,
            "<AM0PR09MB4412C0D1E2F3A4B5C6D7@AM0PR09MB4412.eurprd09.prod.outlook.com>",
            to=addr("Platform Team", "platform-team@veldhuis-retail.nl"),
            host="mail-am0eur02on2050.outbound.protection.outlook.com", ip="40.107.13.50",
            extra=exchange_headers("Platform stand-up", "en-US"))
    return message(h, alt(text(body), html(simple_html(body, "font-family:Aptos,sans-serif")),
                          calendar(ics, method="REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 35 1:1 with current manager (Google Calendar)


@reg(family="non_interview_calendar", lang="en", interview=False, company=None,
     note="Weekly 1:1 with the current manager (Google Calendar); a meeting, not an interview")
def m35() -> bytes:
    body = t("""
        You have been invited to the following event.

        Milan / Eva 1:1
        Weekly on Monday ⋅ 10:00 – 10:30
        Central European Time - Amsterdam

        Join with Google Meet
        meet.google.com/ybn-ktrs-gwo

        Calendar
        milan.bakker@example.org

        Guests
        Eva Smits - organizer
        milan.bakker@example.org

        Moving our 1:1 to your private calendar too since you're often on the road. Agenda doc as usual:
        career growth, on-call load, Q2 goals.

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=NnZ0YWM4

        Reply for milan.bakker@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        """) + GCAL_FOOTER_EN
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_AMS}
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20260302T100000
DTEND;TZID=Europe/Amsterdam:20260302T103000
RRULE:FREQ=WEEKLY;BYDAY=MO
DTSTAMP:20260226T101500Z
ORGANIZER;CN=Eva Smits:mailto:eva.smits@veldhuis-retail.nl
UID:6vtac8k2m1q9r0s3t4u5v6w7x8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=milan.bakker@example.org;X-NUM-GUESTS=0:mailto:milan.bakker@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/ybn-ktrs-gwo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Milan / Eva 1:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = "Invitation: Milan / Eva 1:1 @ Weekly from 10:00 to 10:30 on Monday (CET) (milan.bakker@example.org)"
    h = hdr(addr("Eva Smits", "eva.smits@veldhuis-retail.nl"), subj, "2026-02-26 11:15:00", AMS,
            "<calendar-1f9e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@google.com>",
            host="mail-sor-f41.google.com", ip="209.85.220.41",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 36 apartment viewing


@reg(family="personal_appointment", lang="nl", interview=False, company=None,
     note="Rental viewing confirmation with a fixed time; not an interview", days=(("Sat", "2026-05-16"),))
def m36() -> bytes:
    body = t("""
        Beste Milan,

        Bedankt voor je reactie op de woning aan de Ferdinand Bolstraat 112-2 (2 kamers, 58 m², € 1.895 p/m).
        Hierbij bevestigen wij je bezichtiging:

        zaterdag 16 mei 2026, 11:15 - 11:30 uur
        Verzamelen voor de deur; onze collega Rik heet je welkom.

        Neem gerust een kopie van je ID en een recente loonstrook mee, dan kunnen we na de bezichtiging
        direct je kandidatuur in behandeling nemen. Let op: er zijn meerdere bezichtigingen die ochtend.

        Met vriendelijke groet,
        Makelaardij Van Houten | Verhuur
        """)
    h = hdr(addr("Makelaardij Van Houten", "verhuur@vanhoutenmakelaardij.nl"),
            "Bevestiging bezichtiging Ferdinand Bolstraat 112-2", "2026-05-12 13:40:09", AMS,
            "<bez.4471.20260512@vanhoutenmakelaardij.nl>", host="mail.vanhoutenmakelaardij.nl", ip="203.0.113.71")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 37 meetup RSVP


@reg(family="meetup", lang="en", interview=False, company=None,
     note="Meetup RSVP confirmation with a fixed time; a community event", days=(("Thu", "2026-05-28"),))
def m37() -> bytes:
    body = t("""
        You're going!

        Amsterdam Gophers
        Go in production: war stories from the Dutch payment rails

        Thursday, May 28, 2026
        6:30 PM to 9:00 PM CEST

        Hosted at Kanaalzicht HQ, Oostelijke Handelskade 1001, Amsterdam

        Talks:
        18:45 - "Idempotency keys, the hard way" - Jeroen Mulder
        19:30 - "Our move from Postgres to... Postgres" - Fatima Ouali
        Pizza and drinks afterwards. Kanaalzicht is hiring, so bring questions!

        Add to calendar: https://www.meetup.com/amsterdam-gophers/events/305512877/ics/

        Can't make it anymore? Update your RSVP so someone on the waitlist can go.
        """)
    h = hdr(addr("Meetup", "info@meetup.com"), "You're going to Go in production: war stories from the Dutch payment rails",
            "2026-05-20 19:02:44", AMS, "<0100018f9e4c7b2a-rsvp-305512877@email.meetup.com>",
            host="o1.email.meetup.com", ip="198.51.100.101")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 38 webinar titled like an interview, with ICS


@reg(family="webinar", lang="en", interview=False, company=None,
     note="Webinar registration 'The System Design Interview, Demystified' with ICS; not the user's interview",
     days=(("Tue", "2026-06-16"),))
def m38() -> bytes:
    body = t("""
        Hi Milan,

        Thank you for registering for "The System Design Interview, Demystified".

        Date & Time: Jun 16, 2026 07:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna
        Panelists: engineering managers from three Dutch scale-ups share how they run interviews and
        what they look for.

        Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/86120475531?tk=Xb2Q
        Passcode: 482913

        Add to: Google Calendar | Yahoo Calendar | Outlook (.ics)

        You can cancel your registration at any time.

        DevCareers NL
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260608T160233Z
DTSTART:20260616T170000Z
DTEND:20260616T181500Z
SUMMARY:The System Design Interview\\, Demystified
UID:20260608T160233Z-86120475531@fe80:0:0:0:0:0:0:1ens5
TZID:Europe/Amsterdam
DESCRIPTION:Webinar hosted by DevCareers NL. Join: https://us06web.zoom.us/w/86120475531?tk=Xb2Q
LOCATION:https://us06web.zoom.us/w/86120475531?tk=Xb2Q
END:VEVENT
END:VCALENDAR"""
    h = hdr(addr("DevCareers NL", "no-reply@zoom.us"),
            "The System Design Interview, Demystified Confirmation", "2026-06-08 16:02:33", "UTC",
            "<86120475531.reg.Xb2Q@zoom.us>", host="mail-ab.zoom.us", ip="198.51.100.170",
            extra=(("Reply-To", "events@devcareers.nl"),))
    return message(h, mixed(alt(text(body), html(simple_html(body))),
                            calendar(ics, method=None, ctype="text/calendar", cte="base64",
                                     filename="webinar.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 39 mock interview (coaching), Dutch


@reg(family="mock_interview", lang="nl", interview=False, company=None,
     note="Career-coach practice interview (oefensollicitatiegesprek) at a fixed time; not a job interview",
     days=(("Wed", "2026-06-03"),))
def m39() -> bytes:
    body = t("""
        Hoi Milan,

        Wat leuk dat je een oefengesprek hebt geboekt! Hierbij de bevestiging:

        Oefensollicitatiegesprek (mock interview, technisch profiel)
        woensdag 3 juni 2026 van 14:00 tot 15:00 uur
        Loopbaanhuis Amsterdam, Wibautstraat 129 (of via Zoom, laat maar weten)
        Coach: Merel Bos

        Stuur je vooraf de vacaturetekst van een rol waarvoor je echt wilt solliciteren? Dan speel ik de
        hiring manager en oefenen we met de vragen die je daar kunt verwachten. Na afloop krijg je
        schriftelijke feedback.

        Tot dan!
        Merel

        Loopbaanhuis Amsterdam | Loopbaancoaching & outplacement
        """)
    h = hdr(addr("Merel Bos", "merel@loopbaanhuis-amsterdam.nl"),
            "Bevestiging oefengesprek woensdag 3 juni", "2026-05-27 12:10:50", AMS,
            "<d7f1c2b3-9a8e-4f5d-b6c7-1e2a3b4c5d6e@loopbaanhuis-amsterdam.nl>",
            host="smtp.loopbaanhuis-amsterdam.nl", ip="203.0.113.129")
    return message(h, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 40 podcast recording


@reg(family="podcast", lang="en", interview=False, company=None,
     note="Podcast recording confirmed at a fixed time; the user is interviewed as a guest, not for a job",
     days=(("Fri", "2026-09-11"),))
def m40() -> bytes:
    body = t("""
        Hey Milan!

        Awesome, you're locked in for Backend Brew, episode 87. We'll record on Friday 11 September at
        15:00 CEST, roughly 50 minutes. It's a relaxed interview format: how you migrated Veldhuis' order
        pipeline to Kafka, what broke, what you'd do differently.

        Recording link (Riverside): https://riverside.fm/studio/backend-brew?t=7c1e
        Headphones + a quiet room is all you need. We'll send the episode for review before it goes live.

        Cheers,
        Joris
        Backend Brew - a podcast about boring tech done well
        """)
    h = hdr(addr("Joris Hoekstra", "joris@backendbrew.fm"), "Re: Backend Brew guest spot",
            "2026-09-03 21:37:12", AMS, "<CAL9e3Ff2Rk8zQ1wX7nM4vT0bY6cP5dH2sJ@mail.gmail.com>",
            host="mail-pj1-f54.google.com", ip="209.85.216.54")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 41 user is the interviewer (current employer)


@reg(family="interviewer_invite", lang="en", interview=False, company=None,
     note="Google Calendar invite for an interview the user conducts at his current employer (he is the "
          "interviewer); not his own job interview", days=(("Wed", "2026-05-20"),))
def m41() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview: Tomasz Nowak (Backend Engineer) – Technical round
        Wednesday 20 May 2026 ⋅ 10:00 – 11:00
        Central European Time - Amsterdam

        Join with Google Meet
        meet.google.com/hsq-zpkn-umd

        Calendar
        milan.bakker@example.org

        Guests
        Lieke Prins - organizer
        Milan Bakker
        Tomasz Nowak

        Hi Milan, thanks for jumping in as interviewer! Scorecard and CV in Personio:
        https://veldhuis-retail.personio.de/recruiting/applications/88213
        Please submit your feedback within 24h. - Lieke

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=aW50dm5vd2Fr

        """) + GCAL_FOOTER_EN
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_AMS}
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20260520T100000
DTEND;TZID=Europe/Amsterdam:20260520T110000
DTSTAMP:20260514T084400Z
ORGANIZER;CN=Lieke Prins:mailto:lieke.prins@veldhuis-retail.nl
UID:intvnowak20260520veldhuis@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Milan Bakker;X-NUM-GUESTS=0:mailto:milan.bakker@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomasz Nowak;X-NUM-GUESTS=0:mailto:tomasz.nowak@example.net
X-GOOGLE-CONFERENCE:https://meet.google.com/hsq-zpkn-umd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Tomasz Nowak (Backend Engineer) – Technical round
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Invitation: Interview: Tomasz Nowak (Backend Engineer) – Technical round @ Wed 20 May 2026 "
            "10:00 - 11:00 (CEST) (milan.bakker@example.org)")
    h = hdr(addr("Lieke Prins", "lieke.prins@veldhuis-retail.nl"), subj, "2026-05-14 10:44:00", AMS,
            "<calendar-aa11bb22-cc33-4d44-8e55-ff6677889900@google.com>",
            host="mail-sor-f65.google.com", ip="209.85.220.65",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), html(simple_html(body)), calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 42 reference call (user is the referee)


@reg(family="reference_call", lang="en", interview=False, company=None,
     note="Confirmed reference call where the user is the referee for a former colleague; not his interview",
     days=(("Thu", "2026-09-10"),))
def m42() -> bytes:
    body = t("""
        Hi Milan,

        Thanks so much for agreeing to be a reference for Sarah de Boer, who is in the final stage for our
        Engineering Manager role. Confirming our call on Thursday 10 September at 16:00 (Amsterdam). It
        should take about 20 minutes; I'll call you on +31 6 1234 5678.

        I'll ask about your time working together at Veldhuis, her leadership style and areas of growth.

        Best regards,
        Tessa Koster
        Senior Recruiter, Zeeburg Fintech
        """)
    h = hdr(addr("Tessa Koster", "tessa.koster@zeeburgfintech.nl"), "Reference call for Sarah de Boer",
            "2026-09-07 14:55:20", AMS, "<VI1PR07MB5530A9B8C7D6E5F4A3B2@VI1PR07MB5530.eurprd07.prod.outlook.com>",
            host="mail-vi1eur05on2118.outbound.protection.outlook.com", ip="40.107.21.118")
    return message(h, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 43 out-of-office auto-reply (Grachtwerk)


@reg(family="out_of_office", lang="nl", interview=False, company="Grachtwerk",
     note="Bilingual out-of-office auto-reply from the Grachtwerk recruiter, triggered by the candidate's "
          "reply about the interview; not a confirmation", days=(("Fri", "2026-04-10"),))
def m43() -> bytes:
    body = t("""
        Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 10 april en heb beperkt toegang tot mijn
        e-mail. Voor dringende zaken kunt u contact opnemen met recruitment@grachtwerk.nl.

        Thank you for your message. I am out of office until Friday 10 April with limited access to
        e-mail. For urgent matters please contact recruitment@grachtwerk.nl.

        Femke Jansen
        Recruiter | Grachtwerk B.V.
        """)
    h = hdr(addr("Femke Jansen", "femke.jansen@grachtwerk.nl"),
            "Automatisch antwoord: Re: Uitnodiging sollicitatiegesprek - Backend Engineer (Go/Python)",
            "2026-04-08 21:06:45", AMS, "<HE1PR05MB3321D4C3B2A1F0E9@HE1PR05MB3321.eurprd05.prod.outlook.com>",
            host="mail-he1eur05on2070.outbound.protection.outlook.com", ip="40.107.21.70",
            extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<CAJ8v2Qn4Re2Xy@mail.gmail.com>")))
    return message(h, text(body))


# --------------------------------------------------------------------------- 44 bounce of the candidate's own mail


@reg(family="bounce", lang="en", interview=False, company=None,
     note="Delivery failure report for the candidate's own mail to a mistyped address; the returned mail "
          "mentions Thursday's interview time but is not a confirmation", days=(("Thu", "2026-04-23"),))
def m44() -> bytes:
    orig_h = [
        ("From", ME_H),
        ("To", addr("Joost van Leeuwen", "joost.vanleeuwen@fietsdat.nl")),
        ("Subject", "Re: Technisch interview donderdag"),
        ("Date", date("2026-04-17 10:02:11", AMS)),
        ("Message-ID", "<CAJ8v2QkT0tWx9Zr@mail.gmail.com>"),
    ]
    orig = message(orig_h, text(t("""
        Hoi Joost,

        Dank, staat in mijn agenda. Tot donderdag om 14:00! Moet ik voor het pair programming-deel een
        eigen laptop met Go-omgeving klaar hebben?

        Groet,
        Milan
        """), cte="7bit"))
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <joost.vanleeuwen@fietsdat.nl>: Host or domain name not found. Name service error
            for name=fietsdat.nl type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F1A22C0E7
        X-Postfix-Sender: rfc822; milan.bakker@example.org
        Arrival-Date: Fri, 17 Apr 2026 08:02:12 +0000 (UTC)

        Final-Recipient: rfc822; joost.vanleeuwen@fietsdat.nl
        Original-Recipient: rfc822;joost.vanleeuwen@fietsdat.nl
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=fietsdat.nl type=MX: Host not found, try again
        """)
    h = hdr("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
            "2026-04-17 08:02:14", "UTC", "<20260417080214.9C3B12C0E9@mx1.example.org>",
            host="mx1.example.org", ip="192.0.2.25", extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, multipart("report",
                                text(report, cte="7bit", params='format=flowed'),
                                raw_part([("Content-Type", "message/delivery-status")], status),
                                attached_message(orig),
                                params="report-type=delivery-status"))


# --------------------------------------------------------------------------- 45 newsletter about interviewing (Dutch)


@reg(family="newsletter", lang="nl", interview=False, company=None,
     note="Career newsletter about job interview questions; no appointment")
def m45() -> bytes:
    body = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;color:#222">
        <h1>Carrièrekompas</h1>
        <p><em>Jouw wekelijkse dosis loopbaanadvies &ndash; week 19</em></p>
        <h2>Deze 7 vragen krijg je gegarandeerd in je volgende sollicitatiegesprek</h2>
        <p>&ldquo;Vertel eens iets over jezelf.&rdquo; Het lijkt een simpele openingsvraag, maar juist hier gaat het vaak mis.
        Recruiters vertellen hoe je de eerste vijf minuten van een sollicitatiegesprek goed benut, en waarom je
        bij een technisch interview altijd hardop moet nadenken.</p>
        <p><a href="https://www.carrierekompas.nl/artikel/7-vragen-sollicitatiegesprek">Lees verder &rarr;</a></p>
        <h2>Salarisonderhandeling: zo pak je het aan na een tweede gesprek</h2>
        <p>Wanneer begin je over geld? Onze experts zeggen: nooit in het eerste gesprek.</p>
        <h2>Webinar-tip</h2>
        <p>Donderdagavond om 20:00 uur: &ldquo;Het perfecte sollicitatiegesprek&rdquo; &ndash; live Q&amp;A met een recruiter. Aanmelden via onze site.</p>
        <p style="font-size:11px;color:#888">Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op carrierekompas.nl.
        <a href="https://www.carrierekompas.nl/afmelden">Afmelden</a></p>
        </body></html>
        """)
    plain = t("""
        Carrièrekompas - week 19

        Deze 7 vragen krijg je gegarandeerd in je volgende sollicitatiegesprek
        "Vertel eens iets over jezelf." Het lijkt een simpele openingsvraag, maar juist hier gaat het vaak mis.
        Lees verder: https://www.carrierekompas.nl/artikel/7-vragen-sollicitatiegesprek

        Salarisonderhandeling: zo pak je het aan na een tweede gesprek

        Webinar-tip: donderdagavond om 20:00 uur "Het perfecte sollicitatiegesprek" - live Q&A met een recruiter.

        Afmelden: https://www.carrierekompas.nl/afmelden
        """)
    h = hdr(addr("Carrièrekompas", "nieuwsbrief@carrierekompas.nl"),
            "Deze 7 vragen krijg je gegarandeerd in je volgende sollicitatiegesprek", "2026-05-05 06:30:00", AMS,
            "<nb.2026w19.55120@carrierekompas.nl>", host="mail.carrierekompas.nl", ip="198.51.100.150",
            extra=(("List-Unsubscribe", "<https://www.carrierekompas.nl/afmelden>"), ("Precedence", "bulk")))
    return message(h, alt(text(plain, charset="windows-1252"), html(body, cte="base64")))


# --------------------------------------------------------------------------- 46 LinkedIn "application viewed"


@reg(family="platform_notification", lang="en", interview=False, company=None,
     note="LinkedIn notification that the application was viewed; no appointment")
def m46() -> bytes:
    body = t("""
        Your application was viewed by Tulp Cloud

        Backend Engineer (Kubernetes / Go)
        Tulp Cloud · Amsterdam, North Holland, Netherlands (Hybrid)
        Applied 6 days ago

        Your application was viewed by the hiring team. This doesn't necessarily mean they'll reach out,
        but it's a good sign!

        See your application: https://www.linkedin.com/jobs/view/3981245507/

        Jobs similar to this one:
        Platform Engineer - Grachtwerk - Amsterdam
        Backend Developer - Polderbit - Amsterdam

        This email was intended for Milan Bakker (Backend Engineer).
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    h = hdr(addr("LinkedIn", "jobs-noreply@linkedin.com"), "Your application was viewed by Tulp Cloud",
            "2026-03-02 18:12:07", AMS, "<1120559981.5521047.1772471527102@ltx1-app8702.prod.linkedin.com>",
            host="mailb-ec.linkedin.com", ip="108.174.3.210")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 47 post-interview (Strijp Robotics)


@reg(family="post_interview", lang="en", interview=False, company="Strijp Robotics",
     note="Thanks after the coffee chat, next steps to follow; no new time")
def m47() -> bytes:
    body = t("""
        Hi Milan,

        Thanks for coming all the way to Eindhoven yesterday, Noor and I really enjoyed it. I'll talk to
        HR about next steps and you'll hear from us by the end of next week at the latest.

        Bas

        On Tue, Feb 10, 2026 at 8:55 PM Milan Bakker <milan.bakker@example.org> wrote:
        > Hi Bas, thanks for the coffee and the tour of the robot lab today! Very curious about the
        > fleet scheduling work. Milan
        """)
    h = hdr(addr("Bas van Dijk", "bas.vandijk@strijprobotics.nl"), "Re: Thanks for today",
            "2026-02-11 08:40:33", AMS, "<CAFx7rT4m1+Jq5nWz8cB2yV3dD0eL7pS9kB@mail.gmail.com>",
            host="mail-lj1-f173.google.com", ip="209.85.208.173")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 48 candidate survey after interview


@reg(family="survey", lang="en", interview=False, company="Hudson Ledger",
     note="Candidate-experience survey referring to a past interview with its date and time",
     days=(("Wed", "2026-03-18"),))
def m48() -> bytes:
    body = t("""
        Hi Milan,

        How did we do? You recently interviewed with Hudson Ledger for Senior Backend Engineer
        (Remote - EU) on Wednesday, March 18, 2026 at 11:00 AM EDT.

        We'd love to hear about your experience. This survey takes about 2 minutes and your responses are
        anonymous; they will not affect your application.

        Take the survey: https://app.greenhouse.io/survey/candidate/8d41b7e0

        Thank you,
        Hudson Ledger Recruiting
        """)
    h = hdr(addr("Hudson Ledger", "no-reply@us.greenhouse-mail.io"),
            "How was your interview with Hudson Ledger?", "2026-03-19 10:00:05", "America/New_York",
            "<20260319140005.1.c3e5a7b9d1@us.greenhouse-mail.io>",
            host="o12.us.greenhouse-mail.io", ip="198.51.100.44")
    return message(h, alt(text(body), html(simple_html(body))))


# --------------------------------------------------------------------------- 49 outreach with a proposed time (Bowery)


@reg(family="slot_proposal", lang="en", interview=False, company="Bowery Metrics",
     note="Sourcer outreach proposing one time for an intro call ('would ... work?'); not agreed",
     days=(("Thu", "2026-10-15"),))
def m49() -> bytes:
    body = t("""
        Hi Milan,

        I lead recruiting for Bowery Metrics' data platform team in NYC - we're hiring our first engineers
        in Europe and your work on event pipelines caught my eye. Fully remote, EU contract via our
        Amsterdam entity.

        Would Thursday (10/15) at 11am ET work for a quick 20-min intro? If not, send me two or three times
        that suit you and I'll make it work.

        Dana Whitfield
        Recruiting, Bowery Metrics
        """)
    h = hdr(addr("Dana Whitfield", "dana.whitfield@bowerymetrics.com"), "Bowery Metrics x Milan - backend in EU?",
            "2026-10-12 09:48:19", "America/New_York", "<CAE7pW1kz3Xr9@mail.gmail.com>",
            host="mail-qt1-f182.google.com", ip="209.85.160.182")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 50 one-way video interview with a deadline


@reg(family="async_video", lang="en", interview=False, company="Kade Twaalf",
     note="One-way recorded video interview with a completion deadline; no live interview at a fixed time",
     days=(("Sun", "2026-07-05"),))
def m50() -> bytes:
    body = t("""
        Hi Milan,

        Thanks for your application to Kade Twaalf for the role of Backend Engineer! The next step is a short
        video interview that you can record whenever it suits you.

        - 4 questions, up to 2 minutes per answer
        - You get 30 seconds to prepare each answer and one retake per question
        - Please complete it before Sunday 5 July 2026, 23:59 (Amsterdam time)

        Start your video interview: https://kadetwaalf.videointerview.io/i/5b1e-77c2

        Our team reviews every recording and will get back to you within a week after the deadline.

        Kind regards,
        Kade Twaalf Talent Team
        """)
    h = hdr(addr("Kade Twaalf", "noreply@videointerview.io"), "Your video interview for Backend Engineer",
            "2026-06-29 12:00:41", AMS, "<vi.5b1e-77c2.20260629@videointerview.io>",
            host="mail.videointerview.io", ip="198.51.100.57")
    return message(h, alt(text(body), html(simple_html(body))))
