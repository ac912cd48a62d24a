# ruff: noqa: E501
"""blind17: a blind 50-mail held-out set, the inbox of a Stockholm cloud/DevOps engineer.

Inbox owner: Linnea Berg <linnea.berg@example.com>, Stockholm (Europe/Stockholm), employed at the
fictional Kvarnholmen Data AB (her work mail linnea.berg@kvarnholmendata.se is auto-forwarded here).
Written blind (without reading the detector, its tests, fixtures or other held-out mails); the MIME
plumbing and label checks are make.py's. Keys 1-23 are positives, 24-50 negatives, in writing
order; the file number is a fixed shuffle of the key.

    python3 bench/heldout/make_blind.py blind17
"""

from __future__ import annotations

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

SET = "blind17"
ORDER = random.Random(17017).sample(range(1, 51), 50)

make.WINDOWS_ZONES.setdefault("FLE Standard Time", "Europe/Helsinki")

LINNEA = "linnea.berg@example.com"
TO = addr("Linnea Berg", LINNEA)
WORK = "linnea.berg@kvarnholmendata.se"
SE = "Europe/Stockholm"
OSLO = "Europe/Oslo"
CPH = "Europe/Copenhagen"
HEL = "Europe/Helsinki"
TLL = "Europe/Tallinn"
BER = "Europe/Berlin"
LON = "Europe/London"
RKV = "Atlantic/Reykjavik"
NYC = "America/New_York"
LAX = "America/Los_Angeles"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:02d}"


def h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(f"{SET}:{seed}".encode()).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{h(seed)}@{domain}>"


def head(*, frm: str, subject: str, when: str, zone: str, msgid: str, via: str, to: str = TO,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         delivered: str = LINNEA) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the mail's own extras."""
    return [
        ("Delivered-To", delivered),
        ("Received", received(f"from {via}", when, zone, f"mx1.example.com with ESMTPS id {h(when + via, 12)}", delivered)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def paras(body: str, charset: str = "utf-8",
          style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> per line (what most ATS mailers send)."""
    out = [f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>',
           f'<body style="{style}">']
    for p in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def google_tz(tzid: str) -> str:
    """Google Calendar's VTIMEZONE for a CET/CEST zone (same rules as Stockholm)."""
    return VTZ["Europe/Stockholm"].replace("TZID:Europe/Stockholm", f"TZID:{tzid}\nX-LIC-LOCATION:{tzid}")


ROMANCE_TZ = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")

FLE_TZ = """BEGIN:VTIMEZONE
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


def teams_sv(meeting: str, code: str) -> str:
    return t(f"""
        ________________________________________________________________________________
        Microsoft Teams-möte
        Anslut på datorn, mobilappen eller rumsenheten
        Klicka här för att ansluta till mötet<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h(meeting, 32)}%40thread.v2/0>
        Mötes-ID: {meeting}
        Lösenord: {code}
        Hämta Teams<https://www.microsoft.com/sv-se/microsoft-teams/download-app> | Anslut på webben<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Läs mer<https://aka.ms/JoinTeamsMeeting> | Mötesalternativ<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)


# =====================================================================================
# Positives: 16 scheduled, 4 rescheduled, 3 cancelled
# =====================================================================================


@mail(N(1), family="teamtailor", lang="sv", interview=True, kind="scheduled",
      start="2026-01-20T09:00:00Z", end="2026-01-20T10:00:00Z", contact="karin.sjoberg@solvikenergi.se",
      company="Solvik Energi AB", local="Tue 2026-01-20 10:00", local_end="2026-01-20 11:00", zone=SE,
      note="Teamtailor 'Välkommen på intervju': tisdag 20 januari kl. 10.00–11.00 Stockholm (CET, UTC+1) -> 09:00Z-10:00Z; the ICS agrees. "
           "Reply-To is a Teamtailor reply relay and the ICS ORGANIZER the no-reply sender, so contact = the recruiter's address in the signature.")
def m01() -> bytes:
    body = t("""
        Hej Linnea!

        Tack för ett trevligt telefonsamtal i fredags. Vi vill gärna träffa dig för en första intervju för rollen som Cloud Engineer i vårt plattformsteam.

        Tid: tisdag 20 januari 2026, kl. 10.00–11.00
        Plats: Solvik Energi, Hammarby allé 41, Stockholm (anmäl dig i receptionen på plan 2)
        Du träffar: Karin Sjöberg (Talent Acquisition) och Mikael Forsberg (Head of Platform)

        Vi kommer att prata om din bakgrund och hur du har arbetat med Kubernetes och Terraform, och du får såklart ställa frågor om oss och teamet. Du behöver inte förbereda något särskilt.

        En kalenderinbjudan ligger bifogad. Passar inte tiden? Svara på det här mejlet så hittar vi en ny.

        Varma hälsningar
        Karin Sjöberg
        Talent Acquisition Partner, Solvik Energi
        karin.sjoberg@solvikenergi.se | 070-312 44 18

        --
        Det här meddelandet skickades via Teamtailor för Solvik Energi AB.
        Hantera dina uppgifter: https://solvikenergi.teamtailor.com/connect/settings
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Stockholm"]}
BEGIN:VEVENT
UID:interview-{h("tt-solvik", 16)}@teamtailor.com
DTSTAMP:20260114T081237Z
DTSTART;TZID=Europe/Stockholm:20260120T100000
DTEND;TZID=Europe/Stockholm:20260120T110000
SUMMARY:Intervju: Cloud Engineer – Solvik Energi
LOCATION:Solvik Energi\\, Hammarby allé 41\\, Stockholm
ORGANIZER;CN=Solvik Energi:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Linnea Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{LINNEA}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Solvik Energi", "no-reply@teamtailor-mail.com"),
              subject="Välkommen på intervju – Cloud Engineer på Solvik Energi",
              when="2026-01-14 09:12:37", zone=SE, msgid=mid("m01", "teamtailor-mail.com"),
              via="o12.email.teamtailor-mail.com (o12.email.teamtailor-mail.com [198.51.100.41])",
              extra=(("Reply-To", addr("Karin Sjöberg", "reply+c7a1f0d2b94e@reply.teamtailor-mail.com")),
                     ("X-Mailer", "Teamtailor")))
    return message(hs, mixed(
        alt(text(body), html(paras(body))),
        calendar(ics, method="REQUEST", filename="intervju.ics", disposition="attachment", name_param=True,
                 cte="quoted-printable")))


@mail(N(2), family="reachmee", lang="sv", interview=True, kind="scheduled",
      start="2026-02-05T13:00:00Z", end=None, contact="anders.lindqvist@norrstromforsakring.se",
      company="Norrström Försäkring AB", local="Thu 2026-02-05 14:00", zone=SE,
      note="ReachMee invitation in iso-8859-1 QP: torsdag den 5 februari kl. 14:00 Stockholm (CET) -> 13:00Z. "
           "'beräknas ta ungefär en timme' is approximate, so end null. No-reply sender; contact = the IT manager named with his address in the body.")
def m02() -> bytes:
    body = t("""
        Hej Linnea Berg,

        Tack för ditt intresse för tjänsten som DevOps-ingenjör hos Norrström Försäkring. Vi har gått igenom din ansökan och vill gärna träffa dig på en intervju.

        Datum: torsdag den 5 februari 2026
        Tid: kl. 14:00
        Plats: Norrström Försäkring, Fleminggatan 22, Stockholm. Fråga efter Anders Lindqvist i receptionen.

        Intervjun beräknas ta ungefär en timme. Ta gärna med giltig legitimation.

        Har du frågor inför intervjun är du välkommen att kontakta Anders Lindqvist, IT-chef, på anders.lindqvist@norrstromforsakring.se eller 08-522 190 40.

        Med vänliga hälsningar
        Norrström Försäkring AB
        Rekryteringsteamet

        ---
        Detta e-postmeddelande har skickats från ReachMee. Det går inte att svara på detta meddelande.
        Vill du återkalla din ansökan? Logga in på https://norrstromforsakring.reachmee.com/kandidat
        """)
    hs = head(frm=addr("Norrström Försäkring", "noreply@reachmee.com", "iso-8859-1"),
              subject="Inbjudan till intervju - DevOps-ingenjör (ref. 2026-014)", charset="iso-8859-1",
              when="2026-02-02 15:47:05", zone=SE, msgid=mid("m02", "mail.reachmee.com"),
              via="smtp3.reachmee.com (smtp3.reachmee.com [192.0.2.77])",
              extra=(("X-Mailer", "ReachMee Mailer 4.2"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(3), family="human_prose", lang="sv", interview=True, kind="scheduled",
      start="2026-02-26T12:00:00Z", end="2026-02-26T13:30:00Z", contact="sofia.almgren@hornsbergtech.se",
      company="Hornsberg Tech AB", local="Thu 2026-02-26 13:00", local_end="2026-02-26 14:30", zone=SE,
      days=(("Fri", "2026-02-20"), ("Thu", "2026-02-26"), ("Fri", "2026-02-27")),
      note="Recruiter's Outlook reply (windows-1252 QP) on top of the quoted thread: 'vi ses på torsdag kl. 13' resolved against Date Mon 23 Feb -> Thu 26 Feb 13:00 CET = 12:00Z. "
           "'Vi har bokat en och en halv timme' is an exact length -> end 14:30 CET = 13:30Z. Contact = the human sender.")
def m03() -> bytes:
    body = t("""
        Hej Linnea!

        Vad roligt att torsdag funkar! Då ses vi på torsdag kl. 13 här på kontoret, Hornsbergs strand 17 (ingången från kajen – ring på "Hornsberg Tech" så kommer jag ner och hämtar dig).

        Du träffar mig och Erik Wahl, som är tech lead för infrastrukturteamet. Vi har bokat en och en halv timme: första halvan pratar vi om dig och vad du har jobbat med, sen blir det en lite mer teknisk diskussion kring hur vi kör vår AWS-miljö i dag. Inget du behöver förbereda.

        Ring mig gärna på 073-640 12 88 om du blir sen eller om något dyker upp.

        Vi ses!
        /Sofia

        Sofia Almgren
        Rekryterare | Hornsberg Tech AB
        sofia.almgren@hornsbergtech.se | 073-640 12 88

        Från: Linnea Berg <linnea.berg@example.com>
        Skickat: den 20 februari 2026 16:02
        Till: Sofia Almgren <sofia.almgren@hornsbergtech.se>
        Ämne: Re: Intervju Hornsberg Tech – Cloud Engineer

        Hej Sofia,

        Tack, vad kul! Torsdag 26/2 passar mig bäst, helst efter lunch. Fredagen går också, men bara på förmiddagen.

        Hälsningar
        Linnea

        Från: Sofia Almgren <sofia.almgren@hornsbergtech.se>
        Skickat: den 20 februari 2026 10:15
        Till: linnea.berg@example.com
        Ämne: Intervju Hornsberg Tech – Cloud Engineer

        Hej Linnea,

        Tack för din ansökan till rollen som Cloud Engineer! Vi skulle gärna vilja träffa dig för en första intervju. Vilka tider passar dig nästa vecka? Vi har möjlighet torsdag 26/2 mellan 13 och 16 eller fredag 27/2 på förmiddagen.
        """)
    hs = head(frm=addr("Sofia Almgren", "sofia.almgren@hornsbergtech.se"),
              subject="SV: Intervju Hornsberg Tech – Cloud Engineer",
              when="2026-02-23 11:20:14", zone=SE, msgid=mid("m03", "EUR05PR0311.eurprd05.prod.outlook.com"),
              via="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [203.0.113.91])",
              extra=(("In-Reply-To", mid("m03-linnea", "mail.example.com")),
                     ("References", mid("n31", "EUR05PR0311.eurprd05.prod.outlook.com") + " " + mid("m03-linnea", "mail.example.com")),
                     ("Thread-Topic", "Intervju Hornsberg Tech - Cloud Engineer"),
                     ("Content-Language", "sv-SE"),
                     ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(paras(body, charset="windows-1252", style="font-family:Calibri,sans-serif;font-size:11pt"), charset="windows-1252")))


@mail(N(4), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T14:00:00Z", end="2026-03-10T14:45:00Z", contact="dana.whitfield@cobaltridge.io",
      company="Cobalt Ridge Software", local="Tue 2026-03-10 10:00", local_end="2026-03-10 10:45", zone=NYC,
      days=(("Sun", "2026-03-08"),),
      note="Lever confirmation sent 3 Mar (Boston on EST); the interview is after the US switch on 8 Mar: 10:00 EDT (UTC-4) = 14:00Z = 15:00 CET, "
           "both zones written and consistent; 10:00-10:45 range -> end 14:45Z; ICS in UTC agrees. Contact = human Reply-To (also ICS organizer).")
def m04() -> bytes:
    body = t("""
        Hi Linnea,

        Thanks for making time to chat with us! Your interview is confirmed:

        Senior Site Reliability Engineer (Remote, EU) – Technical interview
        Tuesday, March 10, 2026
        10:00 AM – 10:45 AM EDT (Eastern Time)
        Your local time: 3:00 PM – 3:45 PM CET (Stockholm)

        Heads-up: clocks in the US spring forward on Sunday, March 8, so that week Boston is five hours behind Stockholm instead of the usual six. The times above already account for it.

        Interviewer: Raj Patel, Staff SRE
        Location: Google Meet – https://meet.google.com/xvd-pqre-kto

        If you need to reschedule, just reply to this email and it will reach Dana.

        Best,
        Dana Whitfield
        Recruiting, Cobalt Ridge Software
        """)
    footer = "\nSent by Lever on behalf of Cobalt Ridge Software · Privacy notice: https://cobaltridge.io/privacy\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{h("lever-cobalt", 32)}@hire.lever.co
DTSTAMP:20260303T160522Z
DTSTART:20260310T140000Z
DTEND:20260310T144500Z
SUMMARY:Cobalt Ridge Software – Technical interview (Linnea Berg)
DESCRIPTION:Interviewer: Raj Patel\\, Staff SRE\\nGoogle Meet: https://meet.google.com/xvd-pqre-kto
LOCATION:https://meet.google.com/xvd-pqre-kto
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@cobaltridge.io
ATTENDEE;CN=Linnea Berg;RSVP=TRUE:mailto:{LINNEA}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Cobalt Ridge Software", "no-reply@hire.lever.co"),
              subject="Interview confirmation: Cobalt Ridge Software – Senior Site Reliability Engineer (Remote, EU)",
              when="2026-03-03 11:05:22", zone=NYC, msgid=mid("m04", "hire.lever.co"),
              via="mail-sor-f19.hire.lever.co (mail-sor-f19.hire.lever.co [198.51.100.19])",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@cobaltridge.io")),))
    return message(hs, mixed(alt(text(body + footer), html(paras(body + footer))),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(5), family="emply", lang="da", interview=True, kind="scheduled",
      start="2026-03-12T13:00:00Z", end=None, contact="mkj@nordhavnpension.dk",
      company="Nordhavn Pension", local="Thu 2026-03-12 14:00", zone=CPH,
      note="Emply invitation in Danish: 'samtale torsdag d. 12. marts kl. 14.00' Copenhagen (CET) -> 13:00Z; 'varer ca. en time' approximate -> end null. "
           "Contact = the HR partner's Reply-To. (Moved three days later, see the Outlook update in the same thread.)")
def m05() -> bytes:
    body = t("""
        Kære Linnea

        Tak for din ansøgning til stillingen som Cloud Platform Engineer i Nordhavn Pension. Vi har læst den med stor interesse og vil meget gerne invitere dig til en første samtale.

        Samtalen finder sted torsdag d. 12. marts kl. 14.00 på Teams. Du vil møde Mette Kjær (HR-partner) og Søren Damgaard (teamleder, Cloud & Platform). Vi forventer, at samtalen varer ca. en time.

        Link til mødet: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YzE0ZTgtMjQ0OS00%40thread.v2/0

        Skulle tidspunktet ikke passe dig, er du velkommen til at svare på denne mail, så finder vi et andet.

        Vi glæder os til at tale med dig.

        Venlig hilsen
        Mette Kjær
        HR-partner
        Nordhavn Pension
        Tlf. +45 33 17 40 62

        Denne e-mail er sendt via Emply Hire. Læs om behandling af dine persondata: https://nordhavnpension.emply.net/privatliv
        """)
    hs = head(frm=addr("Nordhavn Pension", "no-reply@emply.net"),
              subject="Invitation til samtale – Cloud Platform Engineer",
              when="2026-03-06 10:31:48", zone=CPH, msgid=mid("m05", "emply.net"),
              via="mta-07.emply.net (mta-07.emply.net [192.0.2.147])",
              extra=(("Reply-To", addr("Mette Kjær", "mkj@nordhavnpension.dk")),))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Verdana,sans-serif;font-size:13px"))))


@mail(N(6), family="outlook_exchange", lang="da", interview=True, kind="rescheduled",
      start="2026-03-13T08:00:00Z", end="2026-03-13T09:00:00Z", contact="mkj@nordhavnpension.dk",
      company="Nordhavn Pension", local="Fri 2026-03-13 09:00", local_end="2026-03-13 10:00", zone=CPH,
      days=(("Thu", "2026-03-12"), ("Fri", "2026-03-13")),
      note="Exchange meeting update (Danish UI, TZID 'Romance Standard Time', SEQUENCE 1). The note names both the old slot (torsdag 12. marts kl. 14.00) "
           "and the new one (fredag 13. marts kl. 9.00–10.00 Copenhagen, CET) -> rescheduled, 08:00Z-09:00Z as in the ICS. Contact = human sender/organizer.")
def m06() -> bytes:
    note = t("""
        Hej Linnea

        Tak for snakken i telefonen for lidt siden. Som aftalt flytter vi samtalen fra torsdag d. 12. marts kl. 14.00 til fredag d. 13. marts kl. 9.00–10.00, da Søren desværre er blevet kaldt til et møde i Aarhus torsdag. Det er stadig på Teams, og linket er det samme som før.

        God dag!

        Venlig hilsen
        Mette

        """)
    teams = t(f"""
        ________________________________________________________________________________
        Microsoft Teams-møde
        Deltag på din computer, mobilapp eller rumenhed
        Klik her for at deltage i mødet<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YzE0ZTgtMjQ0OS00%40thread.v2/0>
        Møde-id: 391 552 807 214
        Adgangskode: Xq7mB2
        Hent Teams<https://www.microsoft.com/da-dk/microsoft-teams/download-app> | Deltag på internettet<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Få mere at vide<https://aka.ms/JoinTeamsMeeting> | Mødeindstillinger<https://teams.microsoft.com/meetingOptions/?organizerId={h("org-mkj", 8)}>
        ________________________________________________________________________________
        """)
    body = note + teams
    desc = body.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_TZ}
BEGIN:VEVENT
ORGANIZER;CN=Mette Kjær:mailto:mkj@nordhavnpension.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linnea Berg:mailto:{LINNEA}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Søren Damgaard:mailto:sda@nordhavnpension.dk
DESCRIPTION;LANGUAGE=da-DK:{desc}
UID:040000008200E00074C5B7101A82E00800000000{h("uid-nordhavn", 32).upper()}
SUMMARY;LANGUAGE=da-DK:Samtale – Linnea Berg\\, Cloud Platform Engineer
DTSTART;TZID=Romance Standard Time:20260313T090000
DTEND;TZID=Romance Standard Time:20260313T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T121200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=da-DK:Microsoft Teams-møde
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1882113512
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
    hs = head(frm=addr("Mette Kjær", "mkj@nordhavnpension.dk"),
              subject="Opdateret: Samtale – Linnea Berg, Cloud Platform Engineer",
              when="2026-03-10 13:12:09", zone=CPH, msgid=mid("m06", "DB9PR08MB6721.eurprd08.prod.outlook.com"),
              via="EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2110.outbound.protection.outlook.com [203.0.113.110])",
              extra=(("Thread-Topic", "Samtale - Linnea Berg, Cloud Platform Engineer"),
                     ("Thread-Index", "AdywD5J0k2m1cQ7hRkWq8mZ3fP1a9A=="),
                     ("Content-Language", "da-DK"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(7), family="varbi", lang="sv", interview=True, kind="scheduled",
      start="2026-04-01T07:00:00Z", end="2026-04-01T08:30:00Z", contact="eva.lund@regionkattegatt.se",
      company="Region Kattegatt", local="Wed 2026-04-01 09:00", local_end="2026-04-01 10:30", zone=SE,
      note="Varbi, HTML-only base64. Sent Mon 23 Mar (CET) for onsdag 1 april 09.00–10.30 in Göteborg, which is after the 29 Mar switch: CEST (UTC+2) -> 07:00Z-08:30Z. "
           "No-reply sender; contact = the HR specialist's mailto in the body (the only address given).")
def m07() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"><title>Välkommen på intervju</title></head>
        <body style="margin:0;padding:0;background:#f3f4f6">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <tr><td>
        <img src="https://cdn.varbi.com/logos/regionkattegatt.png" alt="Region Kattegatt" width="180">
        <p>Hej Linnea,</p>
        <p>Tack för din ansökan till tjänsten som <strong>Molnarkitekt</strong> inom Regionservice IT (ref.nr RK 2026/311). Vi vill gärna träffa dig för en intervju.</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td><strong>Datum:</strong></td><td>onsdag 1 april 2026</td></tr>
        <tr><td><strong>Tid:</strong></td><td>09.00–10.30</td></tr>
        <tr><td><strong>Plats:</strong></td><td>Regionens hus, Skeppsbron 4, Göteborg. Anmäl dig i entrén, plan 1.</td></tr>
        <tr><td><strong>Intervjuare:</strong></td><td>Mats Ekström, enhetschef Molntjänster, och Eva Lund, HR-specialist</td></tr>
        </table>
        <p>Under intervjun ber vi dig också göra en kortare skriftlig övning om arkitekturval (cirka 20 minuter). Den ingår i tiden ovan.</p>
        <p>Region Kattegatt tillämpar kompetensbaserad rekrytering. Ta med giltig legitimation. Tjänsten är placerad i säkerhetsklass, vilket innebär att säkerhetsprövning genomförs innan beslut om anställning.</p>
        <p>Har du frågor eller får du förhinder? Kontakta Eva Lund, <a href="mailto:eva.lund@regionkattegatt.se">eva.lund@regionkattegatt.se</a>, 010-441 72 30.</p>
        <p>Välkommen!</p>
        <p>Med vänlig hälsning<br>Region Kattegatt</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#777">Detta meddelande har skickats via Varbi. Svara inte på detta mejl – adressen tar inte emot svar.
        <a href="https://www.varbi.com/sv/kandidat/">Logga in på ditt konto</a></p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head(frm=addr("Region Kattegatt", "noreply@varbi.com"),
              subject="Välkommen på intervju – Molnarkitekt, Regionservice IT",
              when="2026-03-23 14:02:51", zone=SE, msgid=mid("m07", "varbi.com"),
              via="mailout2.varbi.com (mailout2.varbi.com [192.0.2.212])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(body, cte="base64"))


@mail(N(8), family="webcruiter", lang="no", interview=True, kind="scheduled",
      start="2026-04-22T07:30:00Z", end="2026-04-22T08:15:00Z", contact="ingrid.haugen@bergvikkraft.no",
      company="Bergvik Kraft AS", local="Wed 2026-04-22 09:30", local_end="2026-04-22 10:15", zone=OSLO,
      note="Webcruiter invitation in Norwegian: onsdag 22. april kl. 09.30 norsk tid (CEST) -> 07:30Z; 'Varighet: 45 minutter' exact -> end 08:15Z. "
           "Asks her to confirm on Min side, but the slot is fixed -> scheduled. Contact = HR adviser's address in the body.")
def m08() -> bytes:
    body = t("""
        Hei Linnea,

        Takk for søknaden din på stillingen som skyplattformingeniør i Bergvik Kraft. Vi vil gjerne bli bedre kjent med deg og inviterer deg herved til et første intervju.

        Tidspunkt: onsdag 22. april 2026 kl. 09.30 (norsk tid)
        Varighet: 45 minutter
        Sted: Microsoft Teams – lenke kommer i en egen kalenderinvitasjon
        Intervjuere: Ingrid Haugen (HR-rådgiver) og Knut Solberg (leder for IT-drift)

        Vennligst bekreft at tidspunktet passer ved å logge inn på Min side i Webcruiter. Har du spørsmål, kan du kontakte Ingrid Haugen på ingrid.haugen@bergvikkraft.no eller +47 928 41 306.

        Vi ser frem til å snakke med deg!

        Med vennlig hilsen
        Bergvik Kraft AS
        Ingrid Haugen, HR-rådgiver

        Denne e-posten er sendt fra Webcruiter og kan ikke besvares.
        """)
    hs = head(frm=addr("Bergvik Kraft AS", "noreply@webcruiter.no"),
              subject="Invitasjon til intervju – Skyplattformingeniør",
              when="2026-04-16 12:40:33", zone=OSLO, msgid=mid("m08", "webcruiter.no"),
              via="smtp-out1.webcruiter.no (smtp-out1.webcruiter.no [198.51.100.66])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(paras(body, style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px"))))


@mail(N(9), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-04-24T09:30:00Z", end="2026-04-24T10:30:00Z", contact="harriet.cole@tidewell.co.uk",
      company="Tidewell Energy Ltd", local="Fri 2026-04-24 10:30", local_end="2026-04-24 11:30", zone=LON,
      days=(("Thu", "2026-04-23"), ("Fri", "2026-04-24")),
      note="Greenhouse reschedule: old Thu 23 Apr 2:00 PM BST, new Fri 24 Apr 10:30–11:30 AM BST (11:30–12:30 CEST) -> 09:30Z-10:30Z; ICS SEQUENCE 1 in UTC agrees. "
           "Contact = human Reply-To.")
def m09() -> bytes:
    body = t("""
        Hi Linnea,

        Thanks for being flexible. As discussed, we've moved your interview with Tidewell Energy because one of the panel is now travelling on Thursday.

        Previously: Thursday, April 23, 2026, 2:00 PM – 3:00 PM BST
        New time:   Friday, April 24, 2026, 10:30 AM – 11:30 AM BST (11:30 AM – 12:30 PM CEST, your time)

        Format: video call (Microsoft Teams) – the link in the updated invite replaces the old one
        Interviewers: Oliver Grant (Engineering Manager, Platform) and Priyanka Shah (Senior Platform Engineer)

        The updated calendar invite is attached; the old one will disappear from your calendar once you accept it.

        If anything doesn't work, reply to this email and I'll sort it out.

        All the best,
        Harriet

        Harriet Cole
        Talent Partner | Tidewell Energy
        harriet.cole@tidewell.co.uk
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{h("gh-tidewell", 20)}@greenhouse.io
DTSTAMP:20260420T152000Z
DTSTART:20260424T093000Z
DTEND:20260424T103000Z
SUMMARY:Interview: Linnea Berg – Platform Engineer (Tidewell Energy)
LOCATION:Microsoft Teams
ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@tidewell.co.uk
ATTENDEE;CN=Linnea Berg;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{LINNEA}
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Tidewell Energy", "no-reply@greenhouse.io"),
              subject="Updated interview time – Platform Engineer, Tidewell Energy",
              when="2026-04-20 16:20:44", zone=LON, msgid=mid("m09", "greenhouse.io"),
              via="o4.sg.greenhouse.io (o4.sg.greenhouse.io [198.51.100.204])",
              extra=(("Reply-To", addr("Harriet Cole", "harriet.cole@tidewell.co.uk")),))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment", cte="8bit")))


@mail(N(10), family="recman", lang="no", interview=True, kind="rescheduled",
      start="2026-05-07T08:00:00Z", end="2026-05-07T09:00:00Z", contact="tor.eriksen@fjellvind.no",
      company="Fjellvind Data AS", local="Thu 2026-05-07 10:00", local_end="2026-05-07 11:00", zone=OSLO,
      days=(("Tue", "2026-05-05"), ("Thu", "2026-05-07")),
      note="Recman message in Norwegian, Date Mon 4 May: the interview 'i morgen kl. 13.00' (Tue 5 May) moves to 'torsdag 7. mai kl. 10.00–11.00' Oslo (CEST) -> 08:00Z-09:00Z. "
           "Agreed on the phone, so a confirmed reschedule. Contact = human Reply-To.")
def m10() -> bytes:
    body = t("""
        Hei Linnea!

        Takk for en hyggelig prat på telefonen i morges, og beklager igjen at det ble så kort varsel.

        Som avtalt flytter vi intervjuet som sto i kalenderen i morgen kl. 13.00. Nytt tidspunkt er torsdag 7. mai kl. 10.00–11.00 (norsk og svensk tid er den samme, så her slipper vi å regne 😊).

        Opplegget er som før: en time på Teams med meg og Hanne Lie fra driftsteamet, der vi går gjennom erfaringen din med Azure og litt om hvordan vi jobber med CI/CD. Ny Teams-lenke kommer i en egen invitasjon.

        Gi meg gjerne beskjed hvis noe skulle endre seg.

        Vennlig hilsen
        Tor Eriksen
        Rekrutteringsansvarlig, Fjellvind Data AS
        tor.eriksen@fjellvind.no | +47 915 20 774

        —
        Sendt via Recman
        """)
    hs = head(frm=addr("Fjellvind Data AS", "noreply@recman.no"),
              subject="Nytt tidspunkt for intervju – DevOps Engineer",
              when="2026-05-04 10:12:26", zone=OSLO, msgid=mid("m10", "recman.no"),
              via="mail.recman.no (mail.recman.no [192.0.2.38])",
              extra=(("Reply-To", addr("Tor Eriksen", "tor.eriksen@fjellvind.no")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(11), family="google_calendar", lang="sv", interview=True, kind="scheduled",
      start="2026-05-12T11:00:00Z", end="2026-05-12T12:00:00Z", contact="johan.nystrom@molnbryggan.se",
      company="Molnbryggan AB", local="Tue 2026-05-12 13:00", local_end="2026-05-12 14:00", zone=SE,
      note="Google Calendar invitation in the Swedish UI: tisdag 12 maj 2026 13:00–14:00 (Centraleuropeisk sommartid – Stockholm) -> 11:00Z-12:00Z, ICS TZID Europe/Stockholm agrees. "
           "Follows the slot proposal from the same recruiter. Contact = Reply-To/organizer.")
def m11() -> bytes:
    ev = "https://calendar.google.com/calendar/event?action=VIEW&eid=" + h("gc-molnbryggan", 40)
    body = t(f"""
        Du har blivit inbjuden till följande händelse.

        Intervju Molnbryggan – Linnea Berg (Platform Engineer)
        Hej Linnea! Här kommer inbjudan till intervjun vi pratade om. Vi ses på kontoret på Lindholmspiren 7 i Göteborg, men säg till om du hellre vill köra digitalt – Meet-länken nedan fungerar också. /Johan

        När
        tisdag 12 maj 2026 ⋅ 13:00–14:00 (Centraleuropeisk sommartid – Stockholm)

        Plats
        Molnbryggan, Lindholmspiren 7, 417 56 Göteborg
        Visa karta: https://www.google.com/maps/search/Lindholmspiren+7,+417+56+G%C3%B6teborg

        Information om anslutning
        Anslut med Google Meet
        https://meet.google.com/hbe-wdqm-zri

        Kalender
        {LINNEA}

        Gäster
        • Johan Nyström – organisatör
        • Frida Axelsson
        • {LINNEA}

        Visa all gästinformation: {ev}

        Svara för {LINNEA}
        Ja: {ev}&rst=1
        Nej: {ev}&rst=2
        Kanske: {ev}&rst=3

        Fler alternativ: {ev}

        Inbjudan från Google Kalender

        Du får det här e-postmeddelandet eftersom du är gäst för händelsen. Om du inte vill få uppdateringar för händelsen i framtiden kan du tacka nej till den.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Stockholm"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Stockholm:20260512T130000
DTEND;TZID=Europe/Stockholm:20260512T140000
DTSTAMP:20260506T133112Z
ORGANIZER;CN=Johan Nyström:mailto:johan.nystrom@molnbryggan.se
UID:{h("uid-molnbryggan", 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Johan Nyström;X-NUM-GUESTS=0:mailto:johan.nystrom@molnbryggan.se
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Frida Axelsson;X-NUM-GUESTS=0:mailto:frida.axelsson@molnbryggan.se
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={LINNEA};X-NUM-GUESTS=0:mailto:{LINNEA}
X-GOOGLE-CONFERENCE:https://meet.google.com/hbe-wdqm-zri
CREATED:20260506T132955Z
DESCRIPTION:Hej Linnea! Här kommer inbjudan till intervjun vi pratade om. Vi ses på kontoret på Lindholmspiren 7 i Göteborg\\, men säg till om du hellre vill köra digitalt – Meet-länken nedan fungerar också. /Johan
LAST-MODIFIED:20260506T133112Z
LOCATION:Molnbryggan\\, Lindholmspiren 7\\, 417 56 Göteborg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intervju Molnbryggan – Linnea Berg (Platform Engineer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Johan Nyström", "johan.nystrom@molnbryggan.se"),
              subject=f"Inbjudan: Intervju Molnbryggan – Linnea Berg (Platform Engineer) @ tis 12 maj 2026 13:00 - 14:00 (CEST) ({LINNEA})",
              when="2026-05-06 15:31:12", zone=SE, msgid=f"<calendar-{h('gc-mb-mid', 8)}-{h('gc-mb-mid2', 4)}@google.com>",
              via="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", addr("Johan Nyström", "johan.nystrom@molnbryggan.se")),
                     ("Sender", addr("Google Kalender", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


@mail(N(12), family="ashby", lang="en", interview=True, kind="cancelled",
      start="2026-05-18T14:00:00Z", end="2026-05-18T15:00:00Z", contact="lena.hartmann@spreeblick.cloud",
      company="Spreeblick Cloud GmbH", local="Mon 2026-05-18 16:00", local_end="2026-05-18 17:00", zone=BER,
      note="Ashby cancellation with METHOD:CANCEL ICS: Monday May 18, 4:00–5:00 PM CEST Berlin -> cancelled slot 14:00Z-15:00Z. "
           "New options only promised, no new time -> cancelled. Contact = human Reply-To (also ICS organizer).")
def m12() -> bytes:
    body = t("""
        Hi Linnea,

        Unfortunately we have to cancel your upcoming interview:

        Technical deep-dive with Jonas Weber
        Monday, May 18, 2026 · 4:00 PM – 5:00 PM CEST

        Jonas is out sick for the rest of the week, and we'd rather not swap in someone who hasn't read your take-home. I'm really sorry for the late notice. I'll send you a few new options early next week – nothing changes about where you are in the process.

        Lena

        Lena Hartmann · Talent Acquisition · Spreeblick Cloud GmbH
        Questions? Just reply to this email.

        Powered by Ashby
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:{h("ashby-spree", 8)}-{h("ashby-spree2", 4)}-{h("ashby-spree3", 4)}-{h("ashby-spree4", 12)}
DTSTAMP:20260515T074012Z
DTSTART;TZID=Europe/Berlin:20260518T160000
DTEND;TZID=Europe/Berlin:20260518T170000
SEQUENCE:1
SUMMARY:Spreeblick Cloud – Technical deep-dive (Linnea Berg)
ORGANIZER;CN=Lena Hartmann:mailto:lena.hartmann@spreeblick.cloud
ATTENDEE;CN=Linnea Berg;ROLE=REQ-PARTICIPANT:mailto:{LINNEA}
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Spreeblick Cloud", "no-reply@ashbyhq.com"),
              subject="Interview cancelled: Spreeblick Cloud – Senior Platform Engineer",
              when="2026-05-15 09:40:12", zone=BER,
              msgid=f"<0100019{h('m12', 9)}-{h('m12b', 8)}-000000@email.amazonses.com>",
              via="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [198.51.100.112])",
              extra=(("Reply-To", addr("Lena Hartmann", "lena.hartmann@spreeblick.cloud")),))
    return message(hs, mixed(alt(text(body), html(paras(body))),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment", cte="base64")))


@mail(N(13), family="google_calendar", lang="no", interview=True, kind="scheduled",
      start="2026-06-04T12:00:00Z", end="2026-06-04T13:30:00Z", contact="sindre.bakke@nordkapp-analytics.no",
      company="Nordkapp Analytics AS", local="Thu 2026-06-04 14:00", local_end="2026-06-04 15:30", zone=OSLO,
      note="Google Calendar invitation in the Norwegian UI: torsdag 4. juni 2026 14:00–15:30 (sentraleuropeisk sommertid – Oslo) -> 12:00Z-13:30Z, ICS TZID Europe/Oslo agrees. "
           "Contact = organizer (From/Reply-To).")
def m13() -> bytes:
    ev = "https://calendar.google.com/calendar/event?action=VIEW&eid=" + h("gc-nordkapp", 40)
    desc = ("Andre runde for stillingen som Senior DevOps Engineer. Vi starter med en kort presentasjon av teamet, "
            "deretter parprogrammering rundt Terraform-modulene våre (ta med egen PC hvis du sitter på kontoret), og til slutt tid til spørsmål.")
    body = t(f"""
        Du er invitert til følgende aktivitet.

        Teknisk intervju – Linnea Berg
        {desc}

        Når
        torsdag 4. juni 2026 ⋅ 14:00–15:30 (sentraleuropeisk sommertid – Oslo)

        Informasjon om tilkobling
        Bli med i Google Meet
        https://meet.google.com/kzr-ubnt-fwa

        Kalender
        {LINNEA}

        Gjester
        • Sindre Bakke – arrangør
        • Marte Nygård
        • {LINNEA}

        Se all gjesteinformasjon: {ev}

        Svar for {LINNEA}
        Ja: {ev}&rst=1
        Nei: {ev}&rst=2
        Kanskje: {ev}&rst=3

        Flere alternativer: {ev}

        Invitasjon fra Google Kalender

        Du mottar denne e-posten fordi du er gjest på aktiviteten. Avslå aktiviteten for å slutte å motta oppdateringer om den.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{google_tz(OSLO)}
BEGIN:VEVENT
DTSTART;TZID=Europe/Oslo:20260604T140000
DTEND;TZID=Europe/Oslo:20260604T153000
DTSTAMP:20260529T074733Z
ORGANIZER;CN=Sindre Bakke:mailto:sindre.bakke@nordkapp-analytics.no
UID:{h("uid-nordkapp", 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sindre Bakke;X-NUM-GUESTS=0:mailto:sindre.bakke@nordkapp-analytics.no
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marte Nygård;X-NUM-GUESTS=0:mailto:marte.nygard@nordkapp-analytics.no
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={LINNEA};X-NUM-GUESTS=0:mailto:{LINNEA}
X-GOOGLE-CONFERENCE:https://meet.google.com/kzr-ubnt-fwa
CREATED:20260529T074601Z
DESCRIPTION:{desc.replace(",", chr(92) + ",")}
LAST-MODIFIED:20260529T074733Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Teknisk intervju – Linnea Berg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Sindre Bakke", "sindre.bakke@nordkapp-analytics.no"),
              subject=f"Invitasjon: Teknisk intervju – Linnea Berg @ tor. 4. juni 2026 14:00 - 15:30 (CEST) ({LINNEA})",
              when="2026-05-29 09:47:33", zone=OSLO, msgid=f"<calendar-{h('gc-nk-mid', 8)}-{h('gc-nk-mid2', 4)}@google.com>",
              via="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", addr("Sindre Bakke", "sindre.bakke@nordkapp-analytics.no")),
                     ("Sender", addr("Google Kalender", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


@mail(N(14), family="outlook_exchange", lang="fi+en", interview=True, kind="scheduled",
      start="2026-06-09T07:00:00Z", end="2026-06-09T08:00:00Z", contact="aino.virtanen@saimaacloud.fi",
      company="Saimaa Cloud Oy", local="Tue 2026-06-09 10:00", local_end="2026-06-09 11:00", zone=HEL,
      note="Exchange invitation from Helsinki, TZID 'FLE Standard Time'. 'tiistaina 9.6. klo 10.00–11.00 Suomen aikaa' = 'Tuesday 9 June 10:00–11:00 Finnish time, 09:00–10:00 in Stockholm': "
           "EEST (UTC+3) -> 07:00Z-08:00Z, both zones consistent with the ICS. Contact = human sender/organizer.")
def m14() -> bytes:
    note = t("""
        Hei Linnea,

        kiitos mukavasta puhelusta! Vahvistan haastattelun tiistaina 9.6. klo 10.00–11.00 Suomen aikaa.

        (And in English, since my Swedish is not what it used to be:)
        This confirms your interview on Tuesday 9 June, 10:00–11:00 Finnish time – that is 09:00–10:00 in Stockholm. You'll meet me and Ville Korhonen, our Head of Cloud Operations. We'll talk through your background first and then walk through a short incident scenario in a multi-account AWS setup. No preparation needed.

        The Teams link is below. If something comes up, just reply to this invite.

        Ystävällisin terveisin / Best regards,
        Aino Virtanen
        Talent Acquisition Specialist, Saimaa Cloud Oy
        +358 40 718 2254

        """)
    teams = t(f"""
        ________________________________________________________________________________
        Microsoft Teams -kokous
        Liity tietokoneella, mobiilisovelluksessa tai huonelaitteella
        Liity kokoukseen napsauttamalla tätä<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h("fi-teams", 32)}%40thread.v2/0>
        Kokouksen tunnus: 362 104 918 577
        Tunnuskoodi: Hn4eR9
        Lataa Teams<https://www.microsoft.com/fi-fi/microsoft-teams/download-app> | Liity verkossa<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Lisätietoja<https://aka.ms/JoinTeamsMeeting> | Kokousasetukset<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body = note + teams
    desc = body.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{FLE_TZ}
BEGIN:VEVENT
ORGANIZER;CN=Aino Virtanen:mailto:aino.virtanen@saimaacloud.fi
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linnea Berg:mailto:{LINNEA}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ville Korhonen:mailto:ville.korhonen@saimaacloud.fi
DESCRIPTION;LANGUAGE=fi-FI:{desc}
UID:040000008200E00074C5B7101A82E00800000000{h("uid-saimaa", 32).upper()}
SUMMARY;LANGUAGE=fi-FI:Haastattelu / Interview: Linnea Berg – Senior DevOps Engineer
DTSTART;TZID=FLE Standard Time:20260609T100000
DTEND;TZID=FLE Standard Time:20260609T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260603T111500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fi-FI:Microsoft Teams -kokous
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
END:VCALENDAR"""
    hs = head(frm=addr("Aino Virtanen", "aino.virtanen@saimaacloud.fi"),
              subject="Haastattelu / Interview: Linnea Berg – Senior DevOps Engineer",
              when="2026-06-03 14:15:02", zone=HEL, msgid=mid("m14", "HE1PR0701MB2874.eurprd07.prod.outlook.com"),
              via="EUR03-HE1-obe.outbound.protection.outlook.com (mail-he1eur03on2137.outbound.protection.outlook.com [203.0.113.137])",
              extra=(("Thread-Topic", "Haastattelu / Interview: Linnea Berg - Senior DevOps Engineer"),
                     ("Thread-Index", "AdzTq0v3bWk9pR2sQ1ayYwE4xKp8Lg=="),
                     ("Content-Language", "fi-FI"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(15), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-06-17T08:00:00Z", end=None, contact="florian.huber@isarwerk.de",
      company="Isarwerk Software GmbH", local="Wed 2026-06-17 10:00", zone=BER,
      note="Personio invitation in German (du-form): Mittwoch, 17. Juni 2026, 10:00 Uhr (MESZ, UTC+2) -> 08:00Z; 'Plane bitte ca. 60 Minuten ein' is approximate -> end null. "
           "No-reply sender; the only human address in the body is the team lead's -> contact.")
def m15() -> bytes:
    body = t("""
        Hallo Linnea,

        vielen Dank für deine Bewerbung als Cloud Engineer (m/w/d) bei Isarwerk! Wir würden dich gerne näher kennenlernen und laden dich zu einem ersten Gespräch ein:

        Wann: Mittwoch, 17. Juni 2026, 10:00 Uhr (MESZ)
        Wo: Google Meet – https://meet.google.com/pfo-xqau-dhs
        Mit: Florian Huber (Teamlead Infrastructure) und Sabine Maurer (People & Culture)

        Plane bitte ca. 60 Minuten ein. Wir führen das Gespräch gern auf Englisch, falls dir das lieber ist – gib uns einfach kurz Bescheid.

        Falls du den Termin nicht wahrnehmen kannst, melde dich bitte bei Florian unter florian.huber@isarwerk.de.

        Wir freuen uns auf dich!

        Viele Grüße
        Sabine Maurer
        People & Culture | Isarwerk Software GmbH
        Sendlinger Straße 48, 80331 München

        Diese E-Mail wurde über Personio versendet. Informationen zum Datenschutz findest du unter https://isarwerk.jobs.personio.de/privacy-policy
        """)
    hs = head(frm=addr("Isarwerk Software GmbH", "no-reply@mail.personio.de"),
              subject="Einladung zum Vorstellungsgespräch – Cloud Engineer (m/w/d)",
              when="2026-06-11 11:20:40", zone=BER, msgid=mid("m15", "mail.personio.de"),
              via="mail-out-3.personio.de (mail-out-3.personio.de [192.0.2.203])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(16), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-07-02T10:00:00Z", end="2026-07-02T11:00:00Z", contact="thorunn@hraundata.is",
      company="Hraun Data ehf.", local="Thu 2026-07-02 10:00", local_end="2026-07-02 11:00", zone=RKV,
      days=(("Tue", "2026-06-30"), ("Thu", "2026-07-02"), ("Fri", "2026-07-03")),
      note="Icelandic recruiter in English, 8bit utf-8, reply on top of the quoted proposal: 'tomorrow it is then! Thursday 2 July at 10:00 Reykjavík time, which is 12:00 for you in Stockholm'. "
           "Reykjavík is UTC all year -> 10:00Z; 'set aside 60 minutes' exact -> end 11:00Z. Date Wed 1 Jul 08:55Z, so 'tomorrow' = Thu 2 Jul. Contact = human sender.")
def m16() -> bytes:
    body = t("""
        Hi Linnea,

        Great, tomorrow it is then! Thursday 2 July at 10:00 Reykjavík time, which is 12:00 for you in Stockholm (we're two hours behind you in summer – Iceland doesn't do daylight saving).

        It will be me and our CTO, Gunnar Sveinsson, on Google Meet: https://meet.google.com/rqs-hnvd-ewk
        We've set aside 60 minutes. It's mostly a conversation – how you've run Kubernetes in production, what you'd want to own here, and of course your questions about us and about moving (or not moving!) to Reykjavík.

        Sjáumst á morgun – see you tomorrow!

        Þórunn

        --
        Þórunn Magnúsdóttir
        Head of People, Hraun Data ehf.
        Borgartún 25, 105 Reykjavík
        +354 662 4178

        On Tue, 30 Jun 2026 at 21:14, Linnea Berg <linnea.berg@example.com> wrote:
        > Hi Þórunn,
        >
        > Thanks for getting back to me so quickly. Either of the Thursday options
        > works for me – I'd prefer the earlier one if that's possible for Gunnar.
        >
        > Best,
        > Linnea
        >
        > On Tue, 30 Jun 2026 at 16:02, Þórunn Magnúsdóttir <thorunn@hraundata.is> wrote:
        >> Hi Linnea,
        >>
        >> Could you do a call with our CTO this week? We have Thursday 2 July at
        >> 10:00 or 14:00 (Reykjavík time), or Friday 3 July at 09:00.
        >>
        >> Þórunn
        """)
    hs = head(frm=addr("Þórunn Magnúsdóttir", "thorunn@hraundata.is"),
              subject="Re: Platform engineer role at Hraun Data – next step",
              when="2026-07-01 08:55:17", zone=RKV, msgid=f"<CAF{h('m16', 30)}@mail.gmail.com>",
              via="mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
              extra=(("In-Reply-To", mid("m16-linnea", "mail.example.com")),
                     ("References", f"<CAF{h('m16-first', 30)}@mail.gmail.com> " + mid("m16-linnea", "mail.example.com"))))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(17), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-08-20T08:00:00Z", end="2026-08-20T08:45:00Z", contact=None,
      company="Toompea Digital OÜ", local="Thu 2026-08-20 11:00", local_end="2026-08-20 11:45", zone=TLL,
      note="Microsoft Bookings, HTML-only base64. The label '(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius' shows the standard offset, but 20 Aug is EEST (UTC+3): "
           "11:00–11:45 Tallinn -> 08:00Z-08:45Z, as the ICS (FLE Standard Time) says. Sender is the Bookings mailbox; the staff member has no address -> contact null.")
def m17() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px;margin:0 auto;padding:20px">
        <div style="font-size:20px;font-weight:600;color:#0f6cbd">Toompea Digital OÜ</div>
        <p>Hi Linnea Berg,</p>
        <p>Your booking is confirmed.</p>
        <div style="border:1px solid #e1dfdd;border-radius:4px;padding:12px 16px">
        <div style="font-size:16px;font-weight:600">Technical interview – Cloud Engineer</div>
        <div>Thursday, August 20, 2026</div>
        <div>11:00 AM - 11:45 AM (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius</div>
        <div style="margin-top:8px">Staff: Kadri Tamm</div>
        <div style="margin-top:8px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2ODk1ZjctMDk4%40thread.v2/0">Join your appointment</a></div>
        </div>
        <p><b>Additional information</b><br>
        The interview is held in English. Kadri will be joined by one of the engineers from our infrastructure team. Please have a quiet place and a working camera.</p>
        <p>Toompea Digital OÜ<br>Pikk 41, 10123 Tallinn, Estonia</p>
        <p><a href="https://outlook.office365.com/owa/calendar/TechInterviews@toompeadigital.ee/bookings/manage">Manage booking</a> &nbsp;|&nbsp;
        <a href="https://outlook.office365.com/owa/calendar/TechInterviews@toompeadigital.ee/bookings/cancel">Cancel booking</a></p>
        <p style="font-size:12px;color:#605e5c">A calendar invitation is attached. Powered by Microsoft Bookings.</p>
        </div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{FLE_TZ}
BEGIN:VEVENT
ORGANIZER;CN=Toompea Digital Interviews:mailto:TechInterviews@toompeadigital.ee
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linnea Berg:mailto:{LINNEA}
DESCRIPTION;LANGUAGE=en-US:Technical interview – Cloud Engineer with Kadri Tamm
UID:040000008200E00074C5B7101A82E00800000000{h("uid-toompea", 32).upper()}
SUMMARY;LANGUAGE=en-US:Technical interview – Cloud Engineer (Toompea Digital OÜ)
DTSTART;TZID=FLE Standard Time:20260820T110000
DTEND;TZID=FLE Standard Time:20260820T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260817T070400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Toompea Digital Interviews", "TechInterviews@toompeadigital.ee"),
              subject="Booking confirmed: Technical interview – Cloud Engineer with Toompea Digital OÜ",
              when="2026-08-17 10:04:19", zone=TLL, msgid=mid("m17", "AS8PR04MB8861.eurprd04.prod.outlook.com"),
              via="EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2092.outbound.protection.outlook.com [203.0.113.92])",
              extra=(("Content-Language", "en-US"), ("Auto-Submitted", "auto-generated")))
    return message(hs, mixed(html(body, cte="base64"),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(18), family="forward_self", lang="de+sv", interview=True, kind="scheduled",
      start="2026-09-07T09:00:00Z", end="2026-09-07T10:00:00Z", contact="jan.petersen@elbmarsch-energie.de",
      company="Elbmarsch Energie GmbH", local="Mon 2026-09-07 11:00", local_end="2026-09-07 12:00", zone=BER,
      days=(("Wed", "2026-09-02"), ("Mon", "2026-09-07")),
      note="Forward-to-self from her old address (example.net) with a one-line Swedish note ('Intervju på måndag!'). The forwarded German confirmation: Montag, 7. September 2026, 11:00 bis 12:00 Uhr "
           "(Hamburg, CEST) -> 09:00Z-10:00Z. Sender is the candidate herself; contact = the hiring manager in the forwarded header.")
def m18() -> bytes:
    body = t("""
        Sparar den här i rätt inkorg. Intervju på måndag!

        ---------- Vidarebefordrat meddelande ---------
        Från: Dr. Jan Petersen <jan.petersen@elbmarsch-energie.de>
        Date: ons 2 sep. 2026 kl. 17:48
        Subject: Ihr Vorstellungsgespräch bei Elbmarsch Energie am 7. September
        To: Linnea Berg <linnea.berg@example.net>


        Sehr geehrte Frau Berg,

        vielen Dank für das angenehme Telefonat heute Nachmittag. Wie besprochen bestätige ich Ihnen hiermit den Termin für das Vorstellungsgespräch:

        Montag, 7. September 2026, 11:00 bis 12:00 Uhr
        per Microsoft Teams (den Link erhalten Sie separat von meiner Assistenz)

        Teilnehmen werden neben mir Frau Anke Brodersen (Leiterin IT-Betrieb) und Herr Malte Jessen (Personalabteilung). Das Gespräch führen wir auf Englisch.

        Sollten Sie vorab Fragen haben, erreichen Sie mich unter dieser E-Mail-Adresse oder telefonisch unter +49 40 3289 5510.

        Mit freundlichen Grüßen

        Dr. Jan Petersen
        Bereichsleiter Digitale Infrastruktur
        Elbmarsch Energie GmbH
        Am Sandtorkai 62, 20457 Hamburg
        """)
    hs = head(frm=addr("Linnea Berg", "linnea.berg@example.net"),
              subject="Fwd: Ihr Vorstellungsgespräch bei Elbmarsch Energie am 7. September",
              when="2026-09-03 07:31:50", zone=SE, msgid=f"<CAB{h('m18', 30)}@mail.gmail.com>",
              via="mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])",
              extra=(("In-Reply-To", mid("m18-orig", "elbmarsch-energie.de")),
                     ("References", mid("m18-orig", "elbmarsch-energie.de"))))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(19), family="human_prose", lang="sv", interview=True, kind="scheduled",
      start="2026-09-29T13:00:00Z", end="2026-09-29T14:00:00Z", contact="malin.holm@kompetensbron.se",
      company="Öresund Fintech AB", local="Tue 2026-09-29 15:00", local_end="2026-09-29 16:00", zone=SE,
      days=(("Tue", "2026-09-29"),),
      note="Agency recruiter confirms a client interview and attaches the client's mail as message/rfc822: tisdag 29 september kl. 15.00–16.00 in Malmö (CEST) -> 13:00Z-14:00Z. "
           "Company = the hiring client, not the agency. Contact = the human sender (agency recruiter); the client's CTO only appears inside the attachment.")
def m19() -> bytes:
    inner_body = t("""
        Hej Malin,

        Tack för ett bra underlag. Vi kör på Linnea tisdag 29/9 kl 15–16 här hos oss på Stora Varvsgatan 11. Amira och jag tar intervjun, det blir mest tekniskt fokus (observability, incidenthantering och lite Kubernetes). Hon kan fråga efter mig i receptionen.

        Vi står gärna för tågbiljetten från Stockholm – be henne skicka kvittot till mig så löser vi det.

        Mvh
        Henrik

        Henrik Dahl
        CTO, Öresund Fintech AB
        henrik.dahl@oresundfintech.se
        """)
    inner = message([
        ("From", addr("Henrik Dahl", "henrik.dahl@oresundfintech.se")),
        ("To", addr("Malin Holm", "malin.holm@kompetensbron.se")),
        ("Subject", enc("Sv: Kandidat Linnea Berg – SRE")),
        ("Date", date("2026-09-23 14:32:10", SE)),
        ("Message-ID", mid("m19-inner", "oresundfintech.se")),
    ], text(inner_body))
    body = t("""
        Hej Linnea!

        Vad roligt – Öresund Fintech vill gärna träffa dig! Jag bifogar Henriks mejl så att du har alla detaljer direkt från dem.

        Kort sammanfattat:
        • tisdag 29 september kl. 15.00–16.00
        • på plats hos dem, Stora Varvsgatan 11 i Malmö (Västra Hamnen)
        • du träffar Henrik Dahl (CTO) och Amira Haddad (Lead SRE)

        Jag har bekräftat tiden till dem utifrån det du skrev i måndags. Säg till direkt om något ändras. Ring mig gärna efteråt så hör jag hur det gick!

        Lycka till!
        Malin

        Malin Holm
        Senior rekryteringskonsult | Kompetensbron AB
        070-298 63 11 | malin.holm@kompetensbron.se
        """)
    hs = head(frm=addr("Malin Holm", "malin.holm@kompetensbron.se"),
              subject="Intervju hos Öresund Fintech – tisdag 29/9",
              when="2026-09-23 16:10:27", zone=SE, msgid=mid("m19", "GV3P280MB0712.SWEP280.PROD.OUTLOOK.COM"),
              via="SWE01-GV3-obe.outbound.protection.outlook.com (mail-gv3swe01on2120.outbound.protection.outlook.com [203.0.113.120])",
              extra=(("Content-Language", "sv-SE"),))
    return message(hs, mixed(text(body), attached_message(inner, "Sv Kandidat Linnea Berg - SRE.eml")))


@mail(N(20), family="google_calendar", lang="da", interview=True, kind="cancelled",
      start="2026-09-21T08:00:00Z", end="2026-09-21T09:00:00Z", contact="rasmus.vestergaard@kattegatrobotics.dk",
      company="Kattegat Robotics ApS", local="Mon 2026-09-21 10:00", local_end="2026-09-21 11:00", zone=CPH,
      note="Google Calendar cancellation in the Danish UI (METHOD:CANCEL, STATUS:CANCELLED): mandag 21. sep. 2026 10.00–11.00 Copenhagen (CEST) -> cancelled slot 08:00Z-09:00Z. "
           "Contact = organizer (From/Reply-To).")
def m20() -> bytes:
    note = ("Hej Linnea – vi er desværre nødt til at aflyse mandag, da stillingen er sat på pause efter en intern omstrukturering. "
            "Jeg skriver til dig separat med mere. Mvh. Rasmus")
    body = t(f"""
        Denne begivenhed er blevet aflyst og fjernet fra din kalender.

        Teknisk samtale – Linnea Berg
        {note}

        Hvornår
        mandag 21. sep. 2026 ⋅ 10.00–11.00 (Centraleuropæisk sommertid - København)

        Kalender
        {LINNEA}

        Gæster
        • Rasmus Vestergaard - arrangør
        • {LINNEA}

        Invitation fra Google Kalender

        Du modtager denne mail, fordi du er gæst i begivenheden.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{google_tz(CPH)}
BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20260921T100000
DTEND;TZID=Europe/Copenhagen:20260921T110000
DTSTAMP:20260917T102003Z
ORGANIZER;CN=Rasmus Vestergaard:mailto:rasmus.vestergaard@kattegatrobotics.dk
UID:{h("uid-kattegat", 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={LINNEA};X-NUM-GUESTS=0:mailto:{LINNEA}
CREATED:20260910T081544Z
DESCRIPTION:{note.replace(",", chr(92) + ",")}
LAST-MODIFIED:20260917T102003Z
LOCATION:
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Teknisk samtale – Linnea Berg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Rasmus Vestergaard", "rasmus.vestergaard@kattegatrobotics.dk"),
              subject=f"Aflyst begivenhed: Teknisk samtale – Linnea Berg @ man. 21. sep. 2026 10.00 - 11.00 (CEST) ({LINNEA})",
              when="2026-09-17 12:20:03", zone=CPH, msgid=f"<calendar-{h('gc-kr-mid', 8)}-{h('gc-kr-mid2', 4)}@google.com>",
              via="mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              extra=(("Reply-To", addr("Rasmus Vestergaard", "rasmus.vestergaard@kattegatrobotics.dk")),
                     ("Sender", addr("Google Kalender", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


@mail(N(21), family="outlook_exchange", lang="sv", interview=True, kind="rescheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z", contact="cecilia.wennberg@kronhjortbank.se",
      company="Kronhjort Bank AB", local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=SE,
      days=(("Fri", "2026-10-23"), ("Sun", "2026-10-25"), ("Mon", "2026-10-26")),
      note="Exchange update in the Swedish UI (TZID 'W. Europe Standard Time', SEQUENCE 2), sent Wed 21 Oct in CEST: moved from fredag 23 oktober kl. 09.00 to "
           "måndag 26 oktober kl. 09.00–10.00, which is after the 25 Oct switch to CET (UTC+1) -> 08:00Z-09:00Z. Contact = human sender/organizer.")
def m21() -> bytes:
    note = t("""
        Hej Linnea,

        Som vi pratade om i telefon flyttar vi intervjun från fredag 23 oktober kl. 09.00 till måndag 26 oktober kl. 09.00–10.00. Upplägget är detsamma: du träffar mig och Daniel Åkesson (chef Cloud Foundation) på vårt kontor på Regeringsgatan 30, plan 5. Teams-länken nedan finns med som reserv om du skulle bli sjuk.

        Obs! Natten till söndag den 25 oktober går vi över till vintertid, så kl. 09.00 på måndagen är "ny" tid.

        Hälsningar
        Cecilia Wennberg
        Talent Acquisition, Kronhjort Bank AB
        08-701 22 45

        """)
    body = note + teams_sv("318 774 205 931", "vB3sQ8")
    desc = body.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Cecilia Wennberg:mailto:cecilia.wennberg@kronhjortbank.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linnea Berg:mailto:{LINNEA}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Daniel Åkesson:mailto:daniel.akesson@kronhjortbank.se
DESCRIPTION;LANGUAGE=sv-SE:{desc}
UID:040000008200E00074C5B7101A82E00800000000{h("uid-kronhjort", 32).upper()}
SUMMARY;LANGUAGE=sv-SE:Intervju Linnea Berg – Senior Cloud Engineer
DTSTART;TZID=W. Europe Standard Time:20261026T090000
DTEND;TZID=W. Europe Standard Time:20261026T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T080500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=sv-SE:Regeringsgatan 30\\, plan 5 / Microsoft Teams-möte
X-MICROSOFT-CDO-APPT-SEQUENCE:2
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
    hs = head(frm=addr("Cecilia Wennberg", "cecilia.wennberg@kronhjortbank.se"),
              subject="Uppdaterad: Intervju Linnea Berg – Senior Cloud Engineer",
              when="2026-10-21 10:05:00", zone=SE, msgid=mid("m21", "GVXP280MB1138.SWEP280.PROD.OUTLOOK.COM"),
              via="SWE01-GVX-obe.outbound.protection.outlook.com (mail-gvxswe01on2104.outbound.protection.outlook.com [203.0.113.104])",
              extra=(("Thread-Topic", "Intervju Linnea Berg - Senior Cloud Engineer"),
                     ("Thread-Index", "Ad1hF3kq9vYbQ0m2TiyPz3Jr1cX5Ww=="),
                     ("Content-Language", "sv-SE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(22), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T18:00:00Z", contact="jenna.morales@lanternfish.security",
      company="Lanternfish Security", local="Mon 2026-11-02 17:00", local_end="2026-11-02 19:00", zone=SE,
      days=(("Sun", "2026-11-01"),),
      note="GoodTime itinerary sent Wed 28 Oct from San Francisco (PDT). Times shown in the candidate's zone: 17:00–18:00 and 18:15–19:00 CET on Mon 2 Nov (Stockholm back on CET since 25 Oct), "
           "= 8:00–10:00 AM PST (US back on 1 Nov) -> first start 16:00Z to last end 18:00Z. Contact = human Reply-To.")
def m22() -> bytes:
    body = t("""
        Hi Linnea,

        We're excited to have you meet the team! Here's your final-round schedule. All times below are in your time zone, Central European Time (Stockholm).

        Monday, November 2, 2026

        17:00 – 18:00   System design – Priya Raman, Principal Engineer
        18:00 – 18:15   Break
        18:15 – 19:00   Collaboration & values – Marcus Lee, Director of Infrastructure

        For the team in San Francisco that's 8:00 – 10:00 AM Pacific Standard Time. (The US switches back from daylight saving time on Sunday, November 1 – a week after Europe – so the usual nine-hour gap is back by then.)

        Both conversations happen in the same Zoom room:
        https://lanternfish.zoom.us/j/84412093367?pwd=aG9sZGVyZm9yZ29vZHRpbWU

        If you need anything before then, just reply to this email – it comes straight to me.

        Cheers,
        Jenna Morales
        Recruiting Coordinator, Lanternfish Security

        Scheduled with GoodTime · Lanternfish Security, 535 Mission St, San Francisco, CA 94105
        """)
    hs = head(frm=addr("Lanternfish Security", "no-reply@goodtime.io"),
              subject="Your interview schedule: Lanternfish Security – Senior Cloud Infrastructure Engineer",
              when="2026-10-28 09:14:55", zone=LAX, msgid=mid("m22", "goodtime.io"),
              via="mail184-11.suw61.mandrillapp.com (mail184-11.suw61.mandrillapp.com [198.51.100.184])",
              extra=(("Reply-To", addr("Jenna Morales", "jenna.morales@lanternfish.security")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(23), family="jobylon", lang="sv", interview=True, kind="cancelled",
      start="2026-11-17T09:00:00Z", end=None, contact="amanda.rosen@bryggverket.se",
      company="Bryggverket AB", local="Tue 2026-11-17 10:00", zone=SE,
      note="Jobylon message, no ICS, Date Mon 16 Nov 07:48 CET: 'vi måste tyvärr ställa in din intervju imorgon kl. 10.00' -> Tue 17 Nov 10:00 CET = 09:00Z, cancelled (recruitment paused, no new time). "
           "Reply-To is a Jobylon relay; contact = the HR partner's address in the signature.")
def m23() -> bytes:
    body = t("""
        Hej Linnea,

        Jag är ledsen att behöva skriva det här så kort inpå, men vi måste tyvärr ställa in din intervju imorgon kl. 10.00.

        I fredags fick vi besked om att rekryteringen till tjänsten som infrastrukturingenjör pausas till efter årsskiftet, i väntan på budgetbeslut. Det har alltså ingenting med dig att göra – vi tyckte verkligen att din profil såg spännande ut, och jag hör gärna av mig igen när vi vet mer.

        Tack för ditt tålamod, och förlåt för krånglet.

        Vänliga hälsningar
        Amanda Rosén
        HR-partner, Bryggverket AB
        amanda.rosen@bryggverket.se

        Detta meddelande skickades via Jobylon. Du kan svara direkt på meddelandet.
        """)
    hs = head(frm=addr("Bryggverket AB", "no-reply@jobylon.com"),
              subject="Inställd intervju – Infrastrukturingenjör, Bryggverket",
              when="2026-11-16 07:48:31", zone=SE, msgid=mid("m23", "jobylon.com"),
              via="mta-eu1.mail.jobylon.com (mta-eu1.mail.jobylon.com [192.0.2.58])",
              extra=(("Reply-To", addr("Amanda Rosén via Jobylon", "reply+5f0e91c2d7@messages.jobylon.com")),))
    return message(hs, alt(text(body), html(paras(body))))


# =====================================================================================
# Negatives: 27
# =====================================================================================


@mail(N(24), family="application_ack", lang="sv", interview=False, company="Hornsberg Tech AB",
      note="Workbuster application receipt ('Tack för din ansökan'); mentions interviews only in general terms.")
def m24() -> bytes:
    body = t("""
        Hej Linnea!

        Tack för din ansökan till tjänsten Cloud Engineer hos Hornsberg Tech AB. Vi har tagit emot ditt CV och ditt personliga brev.

        Vi går igenom ansökningarna löpande och kan komma att kalla till intervjuer redan innan sista ansökningsdag, som är den 1 mars. Oavsett utfall får du besked av oss via mejl.

        Under tiden är du välkommen att läsa mer om hur vi jobbar på hornsbergtech.se/karriar.

        Med vänliga hälsningar
        Hornsberg Tech AB

        Detta är ett automatiskt meddelande från Workbuster och går inte att besvara.
        Dina personuppgifter behandlas enligt vår integritetspolicy: https://hornsbergtech.workbuster.se/integritet
        """)
    hs = head(frm=addr("Hornsberg Tech AB", "noreply@workbuster.se"),
              subject="Tack för din ansökan – Cloud Engineer",
              when="2026-02-10 21:03:44", zone=SE, msgid=mid("m24", "workbuster.se"),
              via="out2.workbuster.se (out2.workbuster.se [192.0.2.96])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(25), family="rejection", lang="sv", interview=False, company="Solvik Energi AB",
      days=(("Tue", "2026-01-20"),),
      note="Teamtailor rejection after the January interview ('vi har valt att gå vidare med andra kandidater'); the past interview date is not a new appointment.")
def m25() -> bytes:
    body = t("""
        Hej Linnea,

        Tack för att du tog dig tid att träffa oss tisdagen den 20 januari, och för ett riktigt intressant samtal om plattformsarbete.

        Vi har nu gått igenom alla intervjuer, och efter noggrant övervägande har vi valt att gå vidare med andra kandidater vars erfarenhet ligger närmare det vi behöver just nu – framför allt inom OT-nära drift.

        Det var inget lätt beslut. Om det är okej för dig sparar vi din profil i vår talangpool och hör av oss om en roll som passar dig bättre dyker upp.

        Lycka till framåt!

        Karin Sjöberg
        Talent Acquisition Partner, Solvik Energi

        --
        Det här meddelandet skickades via Teamtailor för Solvik Energi AB.
        """)
    hs = head(frm=addr("Solvik Energi", "no-reply@teamtailor-mail.com"),
              subject="Angående din ansökan till Cloud Engineer",
              when="2026-01-29 14:22:10", zone=SE, msgid=mid("m25", "teamtailor-mail.com"),
              via="o12.email.teamtailor-mail.com (o12.email.teamtailor-mail.com [198.51.100.41])",
              extra=(("Reply-To", addr("Karin Sjöberg", "reply+7d3e55a0c1f2@reply.teamtailor-mail.com")),
                     ("X-Mailer", "Teamtailor")))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(26), family="job_alert", lang="sv", interview=False, company=None,
      note="Platsbanken (Arbetsförmedlingen) saved-search alert: a list of ads with publication and closing dates, no appointment.")
def m26() -> bytes:
    body = t("""
        Hej!

        Det finns 4 nya annonser som matchar din bevakning "DevOps, Stockholms län".

        DevOps-ingenjör till Södertörns IT-förbund
        Södertörns IT-förbund · Huddinge
        Publicerad: 8 mars · Sista ansökningsdag: 31 mars
        https://arbetsformedlingen.se/platsbanken/annonser/30418822

        Molnplattformsutvecklare
        Kvarnbacken Logistik AB · Stockholm
        Publicerad: 7 mars · Sista ansökningsdag: 5 april
        https://arbetsformedlingen.se/platsbanken/annonser/30417561

        Site Reliability Engineer, betalningar
        Norrtull Pay AB · Stockholm
        Publicerad: 7 mars · Sista ansökningsdag: Snarast
        https://arbetsformedlingen.se/platsbanken/annonser/30416094

        Drifttekniker Linux/Kubernetes
        Tumba Serverhall AB · Botkyrka
        Publicerad: 6 mars · Sista ansökningsdag: 22 mars
        https://arbetsformedlingen.se/platsbanken/annonser/30413370

        Visa alla träffar: https://arbetsformedlingen.se/platsbanken/annonser?q=devops&l=2:CifL_Rzy_Mku

        Du får det här mejlet eftersom du har en bevakning i Platsbanken. Ändra eller avsluta bevakningen: https://arbetsformedlingen.se/platsbanken/bevakningar

        Arbetsförmedlingen
        """)
    hs = head(frm=addr("Arbetsförmedlingen", "noreply@arbetsformedlingen.se"),
              subject="Nya annonser i din bevakning: DevOps, Stockholms län",
              when="2026-03-09 06:00:12", zone=SE, msgid=mid("m26", "arbetsformedlingen.se"),
              via="utskick2.arbetsformedlingen.se (utskick2.arbetsformedlingen.se [192.0.2.180])",
              extra=(("List-Unsubscribe", "<https://arbetsformedlingen.se/platsbanken/bevakningar/avsluta?id=8f21c0>"),
                     ("Auto-Submitted", "auto-generated"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Arial,sans-serif;font-size:15px;color:#1b1b1b"))))


@mail(N(27), family="job_alert", lang="no", interview=False, company=None,
      note="FINN.no job alert (HTML only): three Oslo DevOps ads, deadlines only.")
def m27() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="nb"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;color:#464646;background:#f1f4f9;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
        <div style="color:#0063fb;font-size:22px;font-weight:bold">FINN</div>
        <h2 style="font-size:18px">3 nye stillinger for «devops» i Oslo</h2>
        <div style="border-bottom:1px solid #e5e5e5;padding:12px 0">
        <a href="https://www.finn.no/job/fulltime/ad.html?finnkode=402118733" style="font-weight:bold;color:#0063fb">DevOps-ingeniør – plattformteam</a><br>
        Sagene Logistikk AS · Oslo<br><span style="font-size:13px">Søknadsfrist: 10.05.2026</span></div>
        <div style="border-bottom:1px solid #e5e5e5;padding:12px 0">
        <a href="https://www.finn.no/job/fulltime/ad.html?finnkode=402097150" style="font-weight:bold;color:#0063fb">Senior Site Reliability Engineer</a><br>
        Fjellvind Data AS · Oslo<br><span style="font-size:13px">Søknadsfrist: Snarest</span></div>
        <div style="padding:12px 0">
        <a href="https://www.finn.no/job/fulltime/ad.html?finnkode=402066418" style="font-weight:bold;color:#0063fb">Skyarkitekt (Azure)</a><br>
        Akerselva Energi AS · Oslo<br><span style="font-size:13px">Søknadsfrist: 03.05.2026</span></div>
        <p><a href="https://www.finn.no/job/search?q=devops&location=0.20061" style="color:#0063fb">Se alle treff</a></p>
        <p style="font-size:12px;color:#767676">Du får denne e-posten fordi du har et lagret søk på FINN.
        <a href="https://www.finn.no/lagrede-sok">Endre eller slett varslingen</a>.<br>FINN.no AS, Grensen 5–7, 0159 Oslo</p>
        </div></body></html>
        """)
    hs = head(frm=addr("FINN jobb", "agent@finn.no"),
              subject="3 nye stillinger for «devops» i Oslo",
              when="2026-04-19 18:30:05", zone=OSLO, msgid=mid("m27", "finn.no"),
              via="mx-out7.finn.no (mx-out7.finn.no [198.51.100.7])",
              extra=(("List-Unsubscribe", "<https://www.finn.no/lagrede-sok/avmeld?id=22a19f>, <mailto:unsubscribe@finn.no?subject=agent-22a19f>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, html(body))


@mail(N(28), family="job_alert", lang="da", interview=False, company=None,
      note="Jobindex Jobagent digest; one ad says 'Første samtaler forventes afholdt i uge 40' – a general plan in a job ad, not an appointment.")
def m28() -> bytes:
    body = t("""
        Hej Linnea

        Din jobagent »DevOps København« har fundet 4 nye job siden i går.

        Platform Engineer
        Amager Mobility A/S, København S
        Ansøgningsfrist: 27. september 2026
        https://www.jobindex.dk/vis-job/h1552093

        DevOps Engineer – Kubernetes og Azure
        Kattegat Robotics ApS, København NV
        Ansøgningsfrist: 14. september 2026 · Første samtaler forventes afholdt i uge 40
        https://www.jobindex.dk/vis-job/h1551818

        Cloud Operations Specialist
        Valby Forsyning, Valby
        Ansøgningsfrist: Hurtigst muligt
        https://www.jobindex.dk/vis-job/h1551402

        Site Reliability Engineer (barselsvikariat)
        Nørrebro Data ApS, København N
        Ansøgningsfrist: 2. oktober 2026
        https://www.jobindex.dk/vis-job/h1550977

        Se alle job fra din jobagent: https://www.jobindex.dk/jobagent/vis/7731902

        Med venlig hilsen
        Jobindex

        Du modtager denne mail, fordi du har oprettet en jobagent på Jobindex. Afmeld: https://www.jobindex.dk/jobagent/afmeld/7731902
        """)
    hs = head(frm=addr("Jobindex Jobagent", "jobagent@jobindex.dk"),
              subject="Jobagent: 4 nye job matcher »DevOps København«",
              when="2026-09-09 07:15:40", zone=CPH, msgid=mid("m28", "jobindex.dk"),
              via="mail3.jobindex.dk (mail3.jobindex.dk [192.0.2.171])",
              extra=(("List-Unsubscribe", "<https://www.jobindex.dk/jobagent/afmeld/7731902>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Arial,sans-serif;font-size:14px"))))


@mail(N(29), family="recruiter_outreach", lang="sv", interview=False, company="Lunaris Games AB",
      note="LinkedIn InMail notification (HTML only): in-house recruiter asks for a coffee or a 20-minute call 'nästa vecka' – no time set.")
def m29() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f3f2ef;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="512" style="background:#fff;padding:24px">
        <tr><td>
        <p style="font-size:14px;color:#666">Elsa Nordin har skickat ett InMail till dig</p>
        <p style="font-size:16px;font-weight:600">Platform Lead på Lunaris Games?</p>
        <p>Hej Linnea!</p>
        <p>Jag heter Elsa och är Tech Recruiter på Lunaris Games här i Stockholm. Vi bygger om hela vår backend-plattform inför nästa titel och söker någon som kan leda plattformsteamet (fyra personer i dag, Kubernetes på GCP, mycket Terraform).</p>
        <p>Din bakgrund från Kvarnholmen Data ser ut att passa riktigt bra. Har du lust att ta en förutsättningslös kaffe eller ett kort samtal på 20 minuter nästa vecka? Säg bara vilken dag som passar så anpassar jag mig.</p>
        <p>Vänliga hälsningar<br>Elsa</p>
        <p><a href="https://www.linkedin.com/messaging/thread/2-ZTE4YjNkZjQtN2I2/" style="display:inline-block;background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Svara</a></p>
        <p style="font-size:12px;color:#666">Elsa Nordin · Tech Recruiter på Lunaris Games AB · Stockholm</p>
        <hr style="border:none;border-top:1px solid #e0e0e0">
        <p style="font-size:11px;color:#999">Det här e-postmeddelandet var avsett för Linnea Berg (Cloud &amp; DevOps Engineer på Kvarnholmen Data AB).
        <a href="https://www.linkedin.com/psettings/communications-preferences">Avregistrera dig</a> · LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head(frm=addr("Elsa Nordin via LinkedIn", "inmail-hit-reply@linkedin.com"),
              subject="Elsa Nordin har skickat ett InMail till dig: Platform Lead på Lunaris Games?",
              when="2026-04-14 19:12:31", zone=SE, msgid=f"<{h('m29', 10)}.{h('m29b', 6)}@mail.linkedin.com>",
              via="mailb-ab.linkedin.com (mailb-ab.linkedin.com [198.51.100.129])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub-inmail&t=ea1>"),
                     ("X-LinkedIn-Class", "INMAIL"),
                     ("X-LinkedIn-Template", "email_inmail_01")))
    return message(hs, html(body))


@mail(N(30), family="newsletter_tips", lang="sv", interview=False, company=None,
      note="Career newsletter ('Intervjun är bokad – vad nu?'); its example 'tisdag kl. 10' is advice text, not an appointment of hers.")
def m30() -> bytes:
    body = t("""
        Jobbkompassen · Karriärbrevet vecka 6

        INTERVJUN ÄR BOKAD – VAD NU? 7 SAKER ATT GÖRA VECKAN INNAN

        1. Skriv in tiden i kalendern direkt – med adress, länk och namn på den du ska träffa. "Intervju, tisdag kl. 10" räcker inte när du har tre processer igång samtidigt.
        2. Läs annonsen igen och markera de tre krav som verkar viktigast.
        3. Förbered två konkreta exempel per krav – gärna enligt STAR-modellen.
        4. Kolla upp intervjuarna på LinkedIn, men låt bli att nämna det.
        5. Testa Teams/Meet/Zoom dagen innan om intervjun är digital.
        6. Förbered frågor till dem – "Hur ser en vanlig vecka ut?" fungerar nästan alltid.
        7. Planera resan så att du är på plats tio minuter innan. Inte trettio.

        ÄVEN I VECKANS BREV
        • Lönesamtalet: så räknar du på en rimlig ingångslön
        • "Berätta om dig själv" – tre öppningar som inte låter inövade
        • Fem arbetsgivare som anställer inom IT-drift i vår

        Läs hela brevet på webben: https://jobbkompassen.se/karriarbrevet/2026-06

        Du får Karriärbrevet eftersom du prenumererar på det. Avsluta prenumerationen: https://jobbkompassen.se/avregistrera?u=4471
        Jobbkompassen AB, Box 4110, 102 63 Stockholm
        """)
    hs = head(frm=addr("Jobbkompassen", "nyhetsbrev@jobbkompassen.se"),
              subject="Intervjun är bokad – vad nu? 7 saker att göra veckan innan",
              when="2026-02-05 07:00:03", zone=SE, msgid=mid("m30", "mail.jobbkompassen.se"),
              via="mta212.mail.jobbkompassen.se (mta212.mail.jobbkompassen.se [198.51.100.212])",
              extra=(("List-Unsubscribe", "<https://jobbkompassen.se/avregistrera?u=4471>, <mailto:avregistrera@jobbkompassen.se>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "Karriarbrevet <karriarbrevet.jobbkompassen.se>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Georgia,serif;font-size:16px;line-height:1.5"))))


@mail(N(31), family="availability_request", lang="sv", interview=False, company="Hornsberg Tech AB",
      days=(("Thu", "2026-02-26"), ("Fri", "2026-02-27")),
      note="Outlook mail (windows-1252) asking which time suits her: 'torsdag 26/2 mellan 13 och 16 eller fredag 27/2 på förmiddagen' – options, nothing fixed yet (the confirmation comes later in the thread).")
def m31() -> bytes:
    body = t("""
        Hej Linnea,

        Tack för din ansökan till rollen som Cloud Engineer! Vi skulle gärna vilja träffa dig för en första intervju. Vilka tider passar dig nästa vecka? Vi har möjlighet torsdag 26/2 mellan 13 och 16 eller fredag 27/2 på förmiddagen.

        Intervjun är på plats hos oss på Hornsbergs strand och tar ungefär en timme till en och en halv.

        Trevlig helg!

        Vänliga hälsningar
        Sofia Almgren
        Rekryterare | Hornsberg Tech AB
        sofia.almgren@hornsbergtech.se | 073-640 12 88
        """)
    hs = head(frm=addr("Sofia Almgren", "sofia.almgren@hornsbergtech.se"),
              subject="Intervju Hornsberg Tech – Cloud Engineer",
              when="2026-02-20 10:15:02", zone=SE, msgid=mid("n31", "EUR05PR0311.eurprd05.prod.outlook.com"),
              via="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [203.0.113.91])",
              extra=(("Thread-Topic", "Intervju Hornsberg Tech - Cloud Engineer"),
                     ("Content-Language", "sv-SE"),
                     ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(paras(body, charset="windows-1252", style="font-family:Calibri,sans-serif;font-size:11pt"), charset="windows-1252")))


@mail(N(32), family="slot_proposal", lang="sv", interview=False, company="Molnbryggan AB",
      days=(("Tue", "2026-05-12"), ("Wed", "2026-05-13"), ("Fri", "2026-05-15")),
      note="Recruiter proposes three slots and promises a calendar invite once she picks one – a proposal, not a confirmation.")
def m32() -> bytes:
    body = t("""
        Hej Linnea!

        Tack för samtalet i fredags – både jag och Frida tyckte det lät jättebra, och vi vill gärna träffa dig för en intervju här i Göteborg (eller digitalt om det är enklare för dig).

        Kan du något av följande?
        • tisdag 12/5 kl. 13–14
        • onsdag 13/5 kl. 9–10
        • fredag 15/5 kl. 14–15

        Säg till vilket som passar bäst så skickar jag en kalenderinbjudan.

        Hälsningar
        Johan

        --
        Johan Nyström
        Head of Engineering, Molnbryggan AB
        Lindholmspiren 7, Göteborg
        johan.nystrom@molnbryggan.se
        """)
    hs = head(frm=addr("Johan Nyström", "johan.nystrom@molnbryggan.se"),
              subject="Intervju hos Molnbryggan?",
              when="2026-05-04 13:40:19", zone=SE, msgid=f"<CAK{h('m32', 30)}@mail.gmail.com>",
              via="mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(33), family="self_schedule_link", lang="en", interview=False, company="Tidewell Energy Ltd",
      days=(("Tue", "2026-04-21"), ("Fri", "2026-04-24")),
      note="Greenhouse self-scheduling request: pick a 60-minute slot between Tue 21 and Fri 24 April via a link – no time chosen yet.")
def m33() -> bytes:
    body = t("""
        Hi Linnea,

        Thanks again for your time on the phone last week – the team would love to meet you!

        Please use the link below to choose a time for a 60-minute video interview with Oliver Grant (Engineering Manager, Platform) and Priyanka Shah (Senior Platform Engineer). We have slots between Tuesday 21 April and Friday 24 April; the page shows them in your own time zone.

        Choose your time: https://app.greenhouse.io/scheduling/tidewell/{token}

        Once you've picked a slot you'll get a calendar invitation with the Teams link. If none of the times work, just reply and let me know.

        Best wishes,
        Harriet Cole
        Talent Partner | Tidewell Energy
        """).replace("{token}", h("gh-self", 20))
    hs = head(frm=addr("Tidewell Energy", "no-reply@greenhouse.io"),
              subject="Tidewell Energy: please pick a time for your interview",
              when="2026-04-15 11:02:37", zone=LON, msgid=mid("m33", "greenhouse.io"),
              via="o4.sg.greenhouse.io (o4.sg.greenhouse.io [198.51.100.204])",
              extra=(("Reply-To", addr("Harriet Cole", "harriet.cole@tidewell.co.uk")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(34), family="assessment", lang="sv", interview=False, company="Öresund Fintech AB",
      days=(("Sun", "2026-09-13"),),
      note="Alva Labs test invitation (logic + personality) with a deadline 'senast söndag 13 september kl. 23.59' – a test, not an interview.")
def m34() -> bytes:
    body = t("""
        Hej Linnea,

        Öresund Fintech har bjudit in dig att göra två tester som en del av rekryteringen till Site Reliability Engineer:

        • Logiktest – cirka 20 minuter
        • Personlighetstest – cirka 10 minuter

        Gör testerna när det passar dig, men senast söndag 13 september kl. 23.59. Sitt gärna ostört vid en dator; logiktestet går inte att pausa när du väl har börjat.

        Starta testerna: https://app.alvalabs.io/candidate/invite/{token}

        När du är klar får du en egen återkoppling på ditt personlighetstest direkt i appen.

        Lycka till!
        Alva Labs för Öresund Fintech AB

        Har du frågor om testerna? Besök help.alvalabs.io. Frågor om tjänsten besvaras av rekryteraren.
        """).replace("{token}", h("alva", 22))
    hs = head(frm=addr("Alva Labs", "no-reply@alvalabs.io"),
              subject="Öresund Fintech har bjudit in dig till tester",
              when="2026-09-08 09:30:14", zone=SE, msgid=mid("m34", "alvalabs.io"),
              via="mail.alvalabs.io (mail.alvalabs.io [192.0.2.224])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Inter,Arial,sans-serif;font-size:15px"))))


@mail(N(35), family="one_way_video", lang="en", interview=False, company="Kalamaja Systems OÜ",
      days=(("Fri", "2026-06-26"),),
      note="Workable one-way video interview: record answers by Friday 26 June 23:59 EEST, no live interviewer and no appointment.")
def m35() -> bytes:
    body = t("""
        Hi Linnea,

        Thank you for applying for the DevOps Engineer position at Kalamaja Systems!

        As a next step, we'd like to invite you to a short video interview. There's no live interviewer: you'll see four questions one at a time and record your answers whenever it suits you. You get up to two minutes per answer and can re-record each answer once.

        Please complete the video interview by Friday, June 26, 2026 at 23:59 (Tallinn time, EEST).

        Start your video interview: https://apply.workable.com/kalamaja-systems/v/{token}

        A few tips: find a quiet, well-lit spot, and test your camera and microphone before you start.

        Kind regards,
        The Kalamaja Systems hiring team

        Sent with Workable
        """).replace("{token}", h("wk-video", 12).upper())
    hs = head(frm=addr("Kalamaja Systems", "noreply@candidates.workablemail.com"),
              subject="Kalamaja Systems: video interview for the DevOps Engineer role",
              when="2026-06-22 10:11:08", zone=TLL, msgid=mid("m35", "workablemail.com"),
              via="mail132-4.atl131.mandrillapp.com (mail132-4.atl131.mandrillapp.com [198.51.100.132])",
              extra=(("Reply-To", addr("Kalamaja Systems", "kalamaja-systems+e81f4c0a9b@candidates.workablemail.com")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(36), family="chatbot_screening", lang="sv", interview=False, company="Bryggverket AB",
      days=(("Sun", "2026-11-08"),),
      note="Hubert chatbot screening invitation: 10–15 minutes in a chat, any time before Sunday 8 November – no scheduled conversation with a person.")
def m36() -> bytes:
    body = t("""
        Hej Linnea! 👋

        Jag heter Hubert och är Bryggverkets digitala rekryteringsassistent. Tack för din ansökan till tjänsten som infrastrukturingenjör!

        Nästa steg är en kort intervju med mig i chatten. Jag ställer några frågor om din erfarenhet och om vad du söker, och du svarar i din egen takt. Det tar ungefär 10–15 minuter och du gör den när det passar dig – senast söndag 8 november.

        Starta intervjun: https://app.hubert.ai/interview/{token}

        Dina svar läses av rekryteraren på Bryggverket, som sedan hör av sig om nästa steg.

        Hälsningar
        Hubert, för Bryggverket AB

        Hubert.ai · Frågor om hur vi hanterar dina uppgifter: https://www.hubert.ai/privacy
        """).replace("{token}", h("hubert", 16))
    hs = head(frm=addr("Hubert för Bryggverket", "noreply@hubert.ai"),
              subject="Nästa steg i din ansökan till Bryggverket",
              when="2026-11-04 09:02:57", zone=SE, msgid=mid("m36", "hubert.ai"),
              via="o1.ptr8812.hubert.ai (o1.ptr8812.hubert.ai [198.51.100.88])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(37), family="offer", lang="sv", interview=False, company="Kronhjort Bank AB",
      days=(("Fri", "2026-11-13"),),
      note="Offer ('Erbjudande om anställning') with the contract as a PDF and a reply deadline of Friday 13 November; a walk-through meeting is only offered, not set.")
def m37() -> bytes:
    body = t("""
        Hej Linnea!

        Vad roligt att få skriva det här: vi vill erbjuda dig tjänsten som Senior Cloud Engineer i vårt Cloud Foundation-team.

        Bifogat finns anställningsavtalet med de villkor vi pratade om – månadslön, tjänstepension enligt BAO-avtalet och tillträde enligt överenskommelse med hänsyn till din uppsägningstid på tre månader.

        Vi behöver ditt svar senast fredag 13 november. Vill du gå igenom avtalet tillsammans kan vi ses eller höras – säg bara till, så hittar vi en tid.

        Daniel och hela teamet hoppas verkligen att du tackar ja!

        Varma hälsningar
        Cecilia Wennberg
        Talent Acquisition, Kronhjort Bank AB
        08-701 22 45
        """)
    pdf = base64_pdf("Anstallningsavtal Linnea Berg - Kronhjort Bank AB")
    attachment = raw_part([("Content-Type", 'application/pdf; name="Anstallningsavtal_Linnea_Berg.pdf"'),
                           ("Content-Disposition", 'attachment; filename="Anstallningsavtal_Linnea_Berg.pdf"'),
                           ("Content-Transfer-Encoding", "base64")], pdf)
    hs = head(frm=addr("Cecilia Wennberg", "cecilia.wennberg@kronhjortbank.se"),
              subject="Erbjudande om anställning – Senior Cloud Engineer",
              when="2026-11-06 15:45:29", zone=SE, msgid=mid("m37", "GVXP280MB1138.SWEP280.PROD.OUTLOOK.COM"),
              via="SWE01-GVX-obe.outbound.protection.outlook.com (mail-gvxswe01on2104.outbound.protection.outlook.com [203.0.113.104])",
              extra=(("Content-Language", "sv-SE"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(alt(text(body), html(paras(body, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt"))),
                             attachment))


def base64_pdf(title: str) -> str:
    import base64

    raw = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           b"3 0 obj << /Title (" + title.encode("ascii") + b") >> endobj\n"
           b"trailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    return base64.encodebytes(raw).decode("ascii")


@mail(N(38), family="reference_request", lang="sv", interview=False, company="Vinterviken Software AB",
      days=(("Thu", "2026-06-11"),),
      note="Look-alike: a fixed call 'torsdag 11 juni kl. 10.00' – but it is a reference call about a former colleague, where Linnea is the reference, not her interview. "
           "Company = the sender's employer, as for other employer mails.")
def m38() -> bytes:
    body = t("""
        Hej Linnea,

        Tack för att du ställer upp som referens för Patrik Sandell! Han är en av två slutkandidater till tjänsten som teamlead för vår driftgrupp.

        Som vi kom överens om per sms ringer jag dig torsdag 11 juni kl. 10.00 på 070-455 81 39. Samtalet tar ungefär 15–20 minuter. Jag kommer bland annat fråga om hur ni arbetade tillsammans på Kvarnholmen Data, hur Patrik hanterade incidenter och hur han är som kollega under press.

        Skulle något komma emellan går det bra att svara på det här mejlet.

        Vänliga hälsningar
        Jessica Blom
        HR-chef, Vinterviken Software AB
        08-668 30 12
        """)
    hs = head(frm=addr("Jessica Blom", "jessica.blom@vintervikensoftware.se"),
              subject="Referenstagning Patrik Sandell – torsdag kl. 10",
              when="2026-06-08 09:20:45", zone=SE, msgid=mid("m38", "vintervikensoftware.se"),
              via="mail.vintervikensoftware.se (mail.vintervikensoftware.se [192.0.2.19])")
    return message(hs, text(body))


@mail(N(39), family="auto_reply", lang="sv", interview=False, company="Region Kattegatt",
      days=(("Mon", "2026-03-30"),),
      note="Out-of-office ('Jag är på semester') from the HR specialist, triggered by Linnea's reply to the Varbi interview invitation; the subject echoes the invitation but nothing is scheduled here.")
def m39() -> bytes:
    body = t("""
        Hej!

        Tack för ditt mejl. Jag är på semester och är tillbaka måndag 30 mars. Mejlen läses inte under tiden.

        Brådskande frågor om pågående rekryteringar: kontakta HR-service på 010-441 70 00.

        Vänliga hälsningar
        Eva Lund
        HR-specialist, Region Kattegatt
        """)
    hs = head(frm=addr("Eva Lund", "eva.lund@regionkattegatt.se"),
              subject="Automatiskt svar: Sv: Välkommen på intervju – Molnarkitekt, Regionservice IT",
              when="2026-03-23 19:40:05", zone=SE, msgid=mid("m39", "DB8P191MB1270.EURP191.PROD.OUTLOOK.COM"),
              via="EUR03-DB8-obe.outbound.protection.outlook.com (mail-db8eur03on2128.outbound.protection.outlook.com [203.0.113.128])",
              extra=(("In-Reply-To", mid("m39-linnea", "mail.example.com")),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "eva.lund@regionkattegatt.se"),
                     ("Content-Language", "sv-SE")))
    return message(hs, text(body))


@mail(N(40), family="bounce", lang="sv+en", interview=False, company=None,
      days=(("Wed", "2026-04-22"),),
      note="Delivery failure (multipart/report): Linnea's own reply confirming 'onsdag 22 april kl. 09.30' bounced because of a typo in the domain. "
           "The time is inside the returned message, but the mail itself is a bounce, not an interview confirmation.")
def m40() -> bytes:
    original_body = t("""
        Hej Ingrid!

        Tack för inbjudan – jag bekräftar gärna intervjun onsdag 22 april kl. 09.30. Jag ser fram emot att träffa dig och Knut på Teams.

        Vänliga hälsningar
        Linnea Berg
        070-861 22 94
        """)
    original = message([
        ("From", TO),
        ("To", "ingrid.haugen@bergvikraft.no"),
        ("Subject", enc("Sv: Invitasjon til intervju – Skyplattformingeniør")),
        ("Date", date("2026-04-17 08:40:58", SE)),
        ("Message-ID", mid("m40-orig", "mail.example.com")),
    ], text(original_body))
    notice = t("""
        ** Meddelandet levererades inte / Address not found **

        Ditt meddelande till ingrid.haugen@bergvikraft.no kunde inte levereras eftersom domänen bergvikraft.no inte hittades. Kontrollera att adressen är rätt stavad.

        Your message wasn't delivered to ingrid.haugen@bergvikraft.no because the domain bergvikraft.no couldn't be found. Check for typos or unnecessary spaces and try again.

        The response was:
        DNS Error: DNS type 'mx' lookup of bergvikraft.no responded with code NXDOMAIN
        Domain name not found: bergvikraft.no
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        Arrival-Date: Fri, 17 Apr 2026 06:40:59 +0000

        Final-Recipient: rfc822; ingrid.haugen@bergvikraft.no
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; 550 5.1.2 Host unknown (Domain name not found)
        Last-Attempt-Date: Fri, 17 Apr 2026 06:41:02 +0000
        """)
    report = multipart("report", text(notice),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = head(frm=addr("Mail Delivery Subsystem", "mailer-daemon@example.com"),
              subject="Delivery Status Notification (Failure)",
              when="2026-04-17 08:41:02", zone=SE, msgid=mid("m40", "mx1.example.com"),
              via="mx1.example.com (localhost [127.0.0.1])",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("In-Reply-To", mid("m40-orig", "mail.example.com"))))
    return message(hs, report)


@mail(N(41), family="non_interview_calendar", lang="sv", interview=False, company=None,
      days=(("Mon", "2026-04-20"),),
      note="Work calendar (auto-forwarded from her employer's Exchange, W. Europe Standard Time): sprint planning with fika on Monday 20 April – a real meeting, not an interview.")
def m41() -> bytes:
    body = t("""
        Hej teamet!

        Vi kör sprintplanering för sprint 8 på måndag 20 april 09.30–11.00 i Saltsjön (plan 3). Vi börjar med en kort retro på incidenten förra veckan och går sedan igenom backloggen för Q2.

        Jag tar med kanelbullar, ni tar med era uppskattningar. 😄

        /Petra

        """) + teams_sv("377 410 862 055", "Kd9pT2")
    desc = body.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Petra Öhman:mailto:petra.ohman@kvarnholmendata.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linnea Berg:mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Plattform:mailto:team-plattform@kvarnholmendata.se
DESCRIPTION;LANGUAGE=sv-SE:{desc}
UID:040000008200E00074C5B7101A82E00800000000{h("uid-sprint", 32).upper()}
SUMMARY;LANGUAGE=sv-SE:Sprintplanering sprint 8 + fika
DTSTART;TZID=W. Europe Standard Time:20260420T093000
DTEND;TZID=W. Europe Standard Time:20260420T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260415T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=sv-SE:Saltsjön (plan 3) / Microsoft Teams-möte
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Petra Öhman", "petra.ohman@kvarnholmendata.se"),
              to=addr("Team Plattform", "team-plattform@kvarnholmendata.se"),
              subject="Sprintplanering sprint 8 + fika",
              when="2026-04-15 13:30:00", zone=SE, msgid=mid("m41", "HE1P190MB0401.EURP190.PROD.OUTLOOK.COM"),
              via="EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2100.outbound.protection.outlook.com [203.0.113.100])",
              extra=(("X-MS-Exchange-Inbox-Rules-Loop", WORK),
                     ("X-MS-Exchange-Organization-AutoForwarded", "true"),
                     ("Thread-Topic", "Sprintplanering sprint 8 + fika"),
                     ("Content-Language", "sv-SE"),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(42), family="non_interview_calendar", lang="sv", interview=False, company=None,
      days=(("Tue", "2026-03-03"),),
      note="1177 booking confirmation for a health check at a vårdcentral, tisdag 3 mars kl. 08.40 – a personal appointment.")
def m42() -> bytes:
    body = t("""
        Hej Linnea Berg,

        Du har bokat en tid.

        Mottagning: Vårdcentralen Tantolunden
        Tid: tisdag 3 mars 2026 kl. 08.40
        Typ av besök: Hälsokontroll hos sjuksköterska
        Adress: Ringvägen 52, plan 2, Stockholm

        Kom gärna tio minuter innan. Om du får förhinder, avboka tiden senast 24 timmar innan via 1177.se, annars kan du bli debiterad.

        Se och hantera dina bokningar: https://www.1177.se/logga-in

        Det här meddelandet går inte att svara på.
        1177 - tjänster inom hälso- och sjukvård
        """)
    hs = head(frm=addr("1177", "noreply@1177.se"),
              subject="Bekräftelse av bokad tid – Vårdcentralen Tantolunden",
              when="2026-02-25 18:02:21", zone=SE, msgid=mid("m42", "1177.se"),
              via="smtp-ut1.1177.se (smtp-ut1.1177.se [192.0.2.117])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(43), family="interviewer_side", lang="sv", interview=False, company=None,
      days=(("Thu", "2026-08-27"),),
      note="Look-alike: her employer's HR books Linnea as the technical interviewer for a candidate (torsdag 27 augusti 13.00–14.00, Exchange ICS) – a fixed interview, but she is the interviewer, not the candidate.")
def m43() -> bytes:
    body = t("""
        Hej Linnea!

        Tack för att du ställer upp som teknisk intervjuare. Kandidaten Oskar Nilsson kommer hit torsdag 27 augusti kl. 13.00–14.00, rum Saltsjön på plan 3.

        Upplägg: jag inleder och tar de kompetensbaserade frågorna, du tar den tekniska delen (ca 30 min). CV och intervjumall ligger på kandidatkortet i Teamtailor. Skriv gärna in din bedömning där senast fredag.

        /Josefin

        Josefin Krantz
        HR Business Partner, Kvarnholmen Data AB
        """)
    desc = body.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Josefin Krantz:mailto:josefin.krantz@kvarnholmendata.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linnea Berg:mailto:{WORK}
DESCRIPTION;LANGUAGE=sv-SE:{desc}
UID:040000008200E00074C5B7101A82E00800000000{h("uid-kandidat", 32).upper()}
SUMMARY;LANGUAGE=sv-SE:Intervju: Oskar Nilsson – DevOps-ingenjör (du är intervjuare)
DTSTART;TZID=W. Europe Standard Time:20260827T130000
DTEND;TZID=W. Europe Standard Time:20260827T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260824T091000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=sv-SE:Saltsjön (plan 3)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(frm=addr("Josefin Krantz", "josefin.krantz@kvarnholmendata.se"),
              to=addr("Linnea Berg", WORK),
              subject="Intervju: Oskar Nilsson – DevOps-ingenjör (du är intervjuare)",
              when="2026-08-24 11:10:00", zone=SE, msgid=mid("m43", "HE1P190MB0401.EURP190.PROD.OUTLOOK.COM"),
              via="EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2100.outbound.protection.outlook.com [203.0.113.100])",
              extra=(("X-MS-Exchange-Inbox-Rules-Loop", WORK),
                     ("X-MS-Exchange-Organization-AutoForwarded", "true"),
                     ("Content-Language", "sv-SE"),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(paras(body, style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(44), family="podcast", lang="sv", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Look-alike: a podcast host confirms recording 'intervjun' onsdag 7 oktober kl. 17.00–18.00 – a podcast interview, not a job interview.")
def m44() -> bytes:
    body = t("""
        Hej Linnea!

        Superkul att du vill vara med i Molnprat! Då är det bestämt: vi spelar in intervjun onsdag 7 oktober kl. 17.00–18.00 via Riverside. Länken kommer dagen innan.

        Tema: "Plattformsteam på riktigt – vad som händer efter att alla har sagt Kubernetes". Jag skickar några frågor i förväg, men det blir mest ett samtal. Har du en headset-mikrofon är det toppen, annars fixar vi det i efterarbetet.

        Avsnittet släpps troligen i början av november.

        Tack igen!
        Henrik Ahlgren
        Molnprat – en podd om drift, moln och människor
        """)
    hs = head(frm=addr("Henrik Ahlgren", "henrik@molnprat.se"),
              subject="Molnprat: inspelning onsdag 7/10 kl. 17 – bekräftelse",
              when="2026-10-01 20:15:33", zone=SE, msgid=f"<{h('m44', 8).upper()}-{h('m44b', 4).upper()}-{h('m44c', 4).upper()}@molnprat.se>",
              via="mail-eu.smtp2go.com (mail-eu.smtp2go.com [198.51.100.24])")
    return message(hs, text(body, cte="8bit"))


@mail(N(45), family="mock_interview", lang="en+sv", interview=False, company=None,
      days=(("Mon", "2026-03-16"),),
      note="Look-alike: Calendly confirmation of an 'Övningsintervju' (mock interview) with a career coach, Monday 16 March 15:00–16:00 CET – practice, not a job interview.")
def m45() -> bytes:
    body = t(f"""
        Hi Linnea Berg,

        A new event has been scheduled.

        Event Type:
        Övningsintervju (60 min)

        Invitee:
        Linnea Berg

        Invitee Email:
        {LINNEA}

        Event Date/Time:
        15:00 - 16:00 (Central European Time) on Monday, March 16, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/cwe-ybtn-qhx

        Description:
        Övningsintervju inom ditt omställningsstöd via Karriärsteget. Vi simulerar en teknisk intervju för en molnroll och går igenom feedback direkt efteråt. Ha gärna en riktig jobbannons framme.

        Questions:
        Vilken roll vill du öva inför?
        Senior DevOps/SRE – främst intervjuer med amerikanska bolag

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/{h("cal-mock", 36)}
        Reschedule: https://calendly.com/reschedulings/{h("cal-mock", 36)}

        Powered by Calendly.com
        """)
    hs = head(frm=addr("Calendly", "notifications@calendly.com"),
              subject="Confirmed: Övningsintervju (60 min) with Maria Ek on Monday, March 16, 2026",
              when="2026-03-11 12:04:50", zone=SE, msgid=mid("m45", "calendly.com"),
              via="o2.email.calendly.com (o2.email.calendly.com [198.51.100.162])",
              extra=(("Reply-To", addr("Maria Ek", "maria.ek@karriarsteget.se")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(46), family="marketing_webinar", lang="en+sv", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Look-alike: Zoom webinar registration 'Klara den tekniska intervjun – molnroller 2026', Mar 19 12:00 Stockholm – a webinar about interviews.")
def m46() -> bytes:
    body = t(f"""
        Hi Linnea,

        Thank you for registering for "Klara den tekniska intervjun – molnroller 2026".

        Vi går igenom hur tekniska intervjuer för moln- och plattformsroller ser ut 2026: systemdesign, felsökningsövningar, take-home-uppgifter – och vad rekryterare faktiskt letar efter. Med Sara Lindqvist (Techakademin) och två gäster från svenska techbolag.

        Please submit any questions to: kontakt@techakademin.se

        Date Time: Mar 19, 2026 12:00 PM Stockholm

        Join from PC, Mac, iPad, or Android: https://techakademin.zoom.us/w/86120944712?tk={h("zoom-tk", 24)}
        Passcode: 461923

        Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.
        """)
    hs = head(frm=addr("Techakademin", "no-reply@zoom.us"),
              subject="Klara den tekniska intervjun – molnroller 2026 Confirmation",
              when="2026-03-16 08:00:41", zone=SE, msgid=mid("m46", "zoom.us"),
              via="o3.ptr2241.zoom.us (o3.ptr2241.zoom.us [198.51.100.241])",
              extra=(("Reply-To", addr("Techakademin", "kontakt@techakademin.se")),))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(47), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Look-alike: Meetup RSVP for an evening talk about 'Interviewing for platform roles', Thursday October 15, 6–9 PM – a tech meetup.")
def m47() -> bytes:
    body = t("""
        You're going!

        Interviewing for platform roles – war stories & an open hiring panel
        Stockholm Platform Engineering Meetup

        Thursday, October 15, 2026
        6:00 PM to 9:00 PM CEST

        Kvarnholmen Data AB
        Kvarnholmsvägen 52, Nacka

        Doors open at 17:30 with pizza. Three short talks (how teams run technical interviews, what a good take-home looks like, and how to say no to a bad one), followed by a panel with four hiring managers. Bring your questions!

        Add to calendar: https://www.meetup.com/sthlm-platform-eng/events/304118772/ical/
        See event details: https://www.meetup.com/sthlm-platform-eng/events/304118772/

        Can't make it? Please update your RSVP so someone on the waitlist can take your spot.

        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        Unsubscribe from event reminders: https://www.meetup.com/account/comm/
        """)
    hs = head(frm=addr("Meetup", "info@email.meetup.com"),
              subject="You're going to Interviewing for platform roles – war stories & an open hiring panel",
              when="2026-10-12 10:30:09", zone=SE, msgid=mid("m47", "email.meetup.com"),
              via="o1.email.meetup.com (o1.email.meetup.com [198.51.100.150])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub?e=rsvp>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras(body))))


@mail(N(48), family="application_ack", lang="da", interview=False, company="Kattegat Robotics ApS",
      days=(("Mon", "2026-09-14"),),
      note="HR Manager (Talentech) application receipt in Danish; first interviews 'i uge 39' is a plan, not an appointment.")
def m48() -> bytes:
    body = t("""
        Kære Linnea Berg

        Tak for din ansøgning til stillingen som DevOps Engineer hos Kattegat Robotics. Vi bekræfter hermed, at vi har modtaget den.

        Ansøgningsfristen er mandag d. 14. september, og vi forventer at afholde første samtaler i uge 39. Du hører fra os, uanset om du bliver inviteret til samtale eller ej.

        Du kan til enhver tid se status på din ansøgning eller trække den tilbage her: https://candidate.hr-manager.net/Login.aspx?cid=1822

        Med venlig hilsen
        Kattegat Robotics ApS
        HR

        Denne mail er sendt fra HR Manager og kan ikke besvares.
        """)
    hs = head(frm=addr("Kattegat Robotics ApS", "noreply@hr-manager.net"),
              subject="Tak for din ansøgning – DevOps Engineer",
              when="2026-09-07 22:41:16", zone=CPH, msgid=mid("m48", "hr-manager.net"),
              via="smtp02.hr-manager.net (smtp02.hr-manager.net [192.0.2.82])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(49), family="application_ack", lang="en", interview=False, company="Saimaa Cloud Oy",
      note="Workday application receipt (base64 bodies): application received, next steps unspecified.")
def m49() -> bytes:
    body = t("""
        Dear Linnea,

        Thank you for applying for the position Senior DevOps Engineer (R-10442) at Saimaa Cloud.

        We have received your application and our Talent Acquisition team will review it together with the hiring manager. If your profile matches what we are looking for, we will contact you about next steps.

        You can follow the status of your application at any time in our Candidate Home:
        https://saimaacloud.wd3.myworkdayjobs.com/Careers/userHome

        Kind regards,
        Talent Acquisition
        Saimaa Cloud Oy

        This is an automated message. Please do not reply.
        """)
    hs = head(frm=addr("Saimaa Cloud Oy", "saimaacloud@myworkday.com"),
              subject="Thank you for applying – Senior DevOps Engineer (R-10442)",
              when="2026-05-18 16:55:02", zone=HEL, msgid=f"<{h('m49', 12)}.JavaMail.wd3@myworkday.com>",
              via="wd3-smtp.myworkday.com (wd3-smtp.myworkday.com [198.51.100.3])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, cte="base64"), html(paras(body), cte="base64")))


@mail(N(50), family="rejection", lang="en", interview=False, company="Toompea Digital OÜ",
      days=(("Thu", "2026-08-20"),),
      note="Recruitee rejection after the 20 August interview ('decided to move forward with another candidate').")
def m50() -> bytes:
    body = t("""
        Hi Linnea,

        Thank you for taking the time to talk with Kadri and Martin on Thursday 20 August, and for the thoughtful answers on the incident scenario.

        After a lot of discussion we have decided to move forward with another candidate, whose experience with on-prem to cloud migrations in the public sector is closer to what this particular role needs right now.

        We enjoyed meeting you, and with your permission we'd like to keep your profile in our talent pool for future openings.

        All the best,
        Kadri Tamm
        People Partner, Toompea Digital OÜ

        Sent via Recruitee
        """)
    hs = head(frm=addr("Toompea Digital OÜ", "no-reply@recruitee.com"),
              subject="Your application for Cloud Engineer at Toompea Digital",
              when="2026-09-03 13:07:44", zone=TLL, msgid=mid("m50", "recruitee.com"),
              via="mail-eu1.recruitee.com (mail-eu1.recruitee.com [192.0.2.131])",
              extra=(("Reply-To", addr("Kadri Tamm", "kadri.tamm@toompeadigital.ee")),))
    return message(hs, alt(text(body), html(paras(body))))
