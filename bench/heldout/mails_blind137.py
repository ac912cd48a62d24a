"""blind137: a blind 50-mail held-out set (realistic inbox, Zurich).

Inbox owner: Nina Keller <nina.keller@example.org>, quantitative risk analyst in Zurich, September
to December 2026. Written by hand, one function per mail, by a helper session that did not read
the detector, its tests or the other held-out mails. Build and check:

    python3 bench/heldout/make_blind.py blind137
"""

from __future__ import annotations

import html as _html
import random

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

SET = "blind137"
ORDER = random.Random(1370137).sample(range(1, 51), 50)
NINA = "nina.keller@example.org"
TO = addr("Nina Keller", NINA)
ZRH = "Europe/Zurich"


def N(key: int) -> str:
    """The file name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
         relay: str | None = None, mx_id: str = "4Qx7Lm2Bq9z1", extra: tuple = ()) -> list:
    hs = []
    if relay:
        hs.append(("Received", received(relay, when, zone,
                                        f"mx2.mail.example.org (Postfix) with ESMTPS id {mx_id}", NINA)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def para_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> inside."""
    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


VTZ_ZURICH = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
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

VTZ_WEST = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
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


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", ZRH), end=utc("2026-09-15 15:00", ZRH),
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone=ZRH,
      contact="sarah.imhof@aarwerk-capital.ch", company="Aarwerk Capital",
      note="Greenhouse confirmation, '2:00 PM - 3:00 PM CEST (Europe/Zurich)' on 15 Sep -> 12:00-13:00Z; "
           "ICS in UTC agrees; contact = human Reply-To (sender is no-reply)")
def greenhouse_aarwerk() -> bytes:
    body = t("""
        Hi Nina,

        Thank you for scheduling time to speak with us about the Quantitative Risk Analyst role. Here are the details of your interview:

        Date: Tuesday, September 15, 2026
        Time: 2:00 PM - 3:00 PM CEST (Europe/Zurich)
        Location: Aarwerk Capital AG, Bahnhofstrasse 41, 8001 Zürich (4th floor reception)
        Interviewers: Sarah Imhof (Talent Acquisition), Dr. Raphael Stucki (Head of Market Risk)

        Please bring a valid ID for the building reception. If you need to make any changes, simply reply to this email.

        Best regards,
        Sarah Imhof
        Aarwerk Capital
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88412735@greenhouse.io
        DTSTAMP:20260909T141208Z
        DTSTART:20260915T120000Z
        DTEND:20260915T130000Z
        SUMMARY:Interview: Nina Keller - Quantitative Risk Analyst (Aarwerk Capital)
        LOCATION:Aarwerk Capital AG\\, Bahnhofstrasse 41\\, 8001 Zürich
        ORGANIZER;CN=Sarah Imhof:mailto:sarah.imhof@aarwerk-capital.ch
        ATTENDEE;CN=Nina Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nina.keller@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Aarwerk Capital", "no-reply@greenhouse.io"),
              "Interview Confirmation: Quantitative Risk Analyst at Aarwerk Capital",
              "2026-09-09 14:12", "UTC", "<gh.0f3a9c1e7b.88412735@geopod-ismtpd-4-12>",
              relay="from o1.email.greenhouse.io (o1.email.greenhouse.io [198.51.100.31])",
              mx_id="4Rb1Hk0Yc2z7",
              extra=(("Reply-To", addr("Sarah Imhof", "sarah.imhof@aarwerk-capital.ch")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-24 10:30", ZRH), end=utc("2026-09-24 11:30", ZRH),
      local="Thu 2026-09-24 10:30", local_end="2026-09-24 11:30", zone=ZRH,
      contact="corinne.bachmann@lorzen-am.ch", company="Lorzen Asset Management AG",
      note="Personio invitation in German, 'Donnerstag, 24.09.2026, 10.30 - 11.30 Uhr' in Zug (CEST) -> "
           "08:30-09:30Z; contact = human Reply-To, the From is the Personio no-reply")
def personio_lorzen() -> bytes:
    body = t("""
        Guten Tag Frau Keller

        Vielen Dank für Ihre Bewerbung als Quantitative Risk Analyst (80-100%). Gerne bestätigen wir Ihnen den Termin für ein persönliches Gespräch:

        Datum: Donnerstag, 24.09.2026
        Zeit: 10.30 - 11.30 Uhr
        Ort: Lorzen Asset Management AG, Baarerstrasse 12, 6300 Zug, 3. OG
        Gesprächspartner: Corinne Bachmann (HR Business Partner), Stefan Hürlimann (CRO)

        Bitte melden Sie sich am Empfang im Erdgeschoss. Besucherparkplätze stehen leider keine zur Verfügung, der Bahnhof Zug ist in 5 Minuten zu Fuss erreichbar.

        Sollte Ihnen der Termin nicht passen, antworten Sie bitte direkt auf diese E-Mail.

        Freundliche Grüsse

        Corinne Bachmann
        HR Business Partner
        Lorzen Asset Management AG
        """)
    hs = head(addr("Lorzen Asset Management AG", "no-reply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Quantitative Risk Analyst",
              "2026-09-18 10:05", ZRH, "<20260918080512.4b1c9e2f7a03@mail.personio.de>",
              relay="from mail-out-3.personio.de (mail-out-3.personio.de [203.0.113.44])",
              mx_id="4Rd2Lp8Xx0z3",
              extra=(("Reply-To", addr("Corinne Bachmann", "corinne.bachmann@lorzen-am.ch")),))
    return message(hs, alt(text(body), html(para_html(body, "font-family:'Open Sans',Arial;font-size:14px;color:#333"))))


@mail(N(3), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-28 09:45", ZRH), end=utc("2026-09-28 10:45", ZRH),
      local="Mon 2026-09-28 09:45", local_end="2026-09-28 10:45", zone=ZRH,
      contact="deborah.schaub@dreiland-rueck.ch", company="Dreiland Rück AG",
      note="softgarden, HTML only in iso-8859-1; 'um Viertel vor zehn' = 09:45 Basel (CEST), 'Dauer: "
           "60 Minuten' -> 07:45-08:45Z; contact = the named contact person's address in the body")
def softgarden_dreiland() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
        <table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td>
        <img src="https://cdn.softgarden.io/assets/dreiland-rueck/logo.png" alt="Dreiland Rück AG" width="180"><br><br>
        Sehr geehrte Frau Keller<br><br>
        wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position <b>Risk Analyst Natural Catastrophe Modelling (m/w/d)</b> einzuladen.<br><br>
        Wir erwarten Sie am <b>Montag, 28. September 2026</b>, um Viertel vor zehn an unserem Hauptsitz an der St. Alban-Anlage 60 in Basel.<br>
        Dauer: 60 Minuten<br><br>
        Ihre Gesprächspartner sind Frau Deborah Schaub (Talent Acquisition) und Herr Dr. Urs Gysin (Leiter Risikomodellierung).<br><br>
        Für Rückfragen steht Ihnen Frau Schaub gerne zur Verfügung: <a href="mailto:deborah.schaub@dreiland-rueck.ch">deborah.schaub@dreiland-rueck.ch</a>, Tel. +41 61 555 27 14.<br><br>
        Freundliche Grüsse<br>
        Ihr Recruiting-Team der Dreiland Rück AG<br><br>
        <span style="font-size:10px;color:#888">Diese Nachricht wurde über softgarden e-recruiting versendet. Bitte antworten Sie nicht auf diese E-Mail.</span>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Dreiland Rück AG", "noreply@mail.softgarden.io", "iso-8859-1"),
              "Einladung zum Vorstellungsgespräch", "2026-09-21 14:30", ZRH,
              "<1634082211.58812.1789993800412@app-mail-02.softgarden.io>",
              relay="from app-mail-02.softgarden.io (app-mail-02.softgarden.io [192.0.2.87])",
              mx_id="4Rf9Tz1Hn4z8")
    return message(hs, html(body, charset="iso-8859-1"))


@mail(N(4), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", ZRH), end=None,
      local="Thu 2026-10-08 14:00", zone=ZRH,
      contact="jonas@kreisel-labs.ch", company="Kreisel Labs",
      note="Phone-written reply (du), 'morgen um 14 Uhr' resolved against the Date (Wed 7 Oct 08:12 CEST) "
           "-> Thu 8 Oct 14:00 CEST = 12:00Z; no length; contact = human sender")
def prose_kreisel() -> bytes:
    body = t("""
        Hoi Nina

        Passt, dann sehen wir uns morgen um 14 Uhr bei uns im Büro (Hardturmstrasse 161, 2. Stock, einfach klingeln bei Kreisel). Bring gern deinen Laptop mit, ich zeig dir unser Backtesting-Setup und wir gehen zusammen durch die Case Study.

        Lg Jonas

        Von meinem iPhone gesendet

        > Am 06.10.2026 um 22:41 schrieb Nina Keller <nina.keller@example.org>:
        >
        > Hallo Jonas
        > Danke für den Anruf heute! Morgen Nachmittag wäre bei mir ideal, ab 13 Uhr bin ich flexibel.
        > Liebe Grüsse
        > Nina
        """)
    hs = head(addr("Jonas Frei", "jonas@kreisel-labs.ch"), "Re: Kennenlernen Kreisel Labs",
              "2026-10-07 08:12", ZRH, "<A7E1C0B2-44F1-4C2B-9D0E-3B9F1E6C2D11@kreisel-labs.ch>",
              relay="from mail-eopbgr140091.outbound.protection.outlook.com ([40.107.14.91])",
              mx_id="4Rm0Wq3Sd5z1",
              extra=(("In-Reply-To", "<CAFk2+9wQp@mail.example.org>"),
                     ("References", "<CAFk2+9wQp@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(N(5), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", ZRH), end=utc("2026-10-26 10:00", ZRH),
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=ZRH,
      contact="marco.bernasconi@bank-seefeld.ch", company="Bank Seefeld AG",
      note="Exchange/Teams meeting request sent Thu 22 Oct in CEST for Mon 26 Oct, the day after the "
           "switch to CET: 09:00-10:00 (UTC+01:00) -> 08:00-09:00Z; ICS with W. Europe Standard Time "
           "agrees; contact = organizer/sender")
def exchange_seefeld() -> bytes:
    body = t("""
        Guten Tag Frau Keller

        Wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für das Interview für die Stelle Senior Risk Analyst Credit Risk. Mit dabei ist auch Frau Lüthi aus dem Validation-Team.

        Freundliche Grüsse
        Marco Bernasconi
        Head Credit Risk Models
        Bank Seefeld AG | Seefeldstrasse 20 | 8008 Zürich
        Tel. +41 44 555 61 80

        ________________________________________________________________________________
        Microsoft Teams Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-CH>
        Jetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjA1Y2UtYjI3MS00ZDQ3LWE2YjQtOTk5ZDFhNTg2ZTNh%40thread.v2/0>
        Besprechungs-ID: 381 554 907 126 2
        Kennung: sK7Vx2Cd
        ________________________________________________________________________________
        Für Organisatoren: Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %s
        BEGIN:VEVENT
        ORGANIZER;CN=Bernasconi Marco:mailto:marco.bernasconi@bank-seefeld.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nina.keller@example.org:mailto:nina.keller@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lüthi Andrea:mailto:andrea.luethi@bank-seefeld.ch
        DESCRIPTION;LANGUAGE=de-CH:Wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für das Interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0C2A9F6D863DC01000000000000000010000000C1D9E8A77D4E2B4F8D2C4B0E9A1F3C55
        SUMMARY;LANGUAGE=de-CH:Interview Senior Risk Analyst Credit Risk – Nina Keller
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T092017Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%%3ameeting_NmQ4ZjA1Y2UtYjI3MS00ZDQ3LWE2YjQtOTk5ZDFhNTg2ZTNh%%40thread.v2/0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """) % VTZ_WEST
    when = ("Wann: Montag, 26. Oktober 2026 09:00-10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
            "Stockholm, Wien.\nWo: Microsoft Teams-Besprechung\n\n")
    hs = head(addr("Bernasconi Marco", "marco.bernasconi@bank-seefeld.ch"),
              "Interview Senior Risk Analyst Credit Risk – Nina Keller", "2026-10-22 11:20", ZRH,
              "<GV0P278MB0718A1C2D3E4F5A6B7C8D9E0A1B2C@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>",
              relay="from CHE01-GV0-obe.outbound.protection.outlook.com (mail-gv0che01on2110.outbound.protection.outlook.com [52.100.11.110])",
              mx_id="4Rz5Kd7Pf1z2",
              extra=(("Thread-Topic", "Interview Senior Risk Analyst Credit Risk – Nina Keller"),
                     ("Thread-Index", "AdxCj3PqA1b2C3d4E5f6G7h8I9j0Kw=="),
                     ("Content-Language", "de-CH"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    body_full = when + body
    hbody = para_html(body_full, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    return message([(k, enc(v) if k == "Thread-Topic" else v) for k, v in hs],
                   alt(text(body_full), html(hbody), calendar(ics, cte="base64")))


@mail(N(6), family="workday", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 15:30", "Europe/Berlin"), end=utc("2026-11-05 16:30", "Europe/Berlin"),
      local="Thu 2026-11-05 15:30", local_end="2026-11-05 16:30", zone="Europe/Berlin",
      contact="felix.hartmann@nordend-kapital.de", company="Nordend Kapital AG",
      note="Workday reschedule: old Wed 4 Nov 10:00 CET, new Thu 5 Nov 3:30 PM - 4:30 PM CET (Frankfurt) "
           "-> 14:30-15:30Z; contact = recruiter address in the body (sender is a Workday tenant address)")
def workday_nordend() -> bytes:
    body = t("""
        Dear Nina Keller,

        Your interview for the position Senior Analyst, Market Risk Methodology (R-0048812) has been rescheduled.

        Previous time: Wednesday, 4 November 2026, 10:00 AM - 11:00 AM CET
        New time: Thursday, 5 November 2026, 3:30 PM - 4:30 PM CET (Frankfurt am Main)

        Interview type: Video (Microsoft Teams) - the link will be sent separately by your interviewer.
        Interviewers: Dr. Katrin Oswald, Jens Mahler

        We apologise for any inconvenience. If the new time does not suit you, please contact your recruiter Felix Hartmann (felix.hartmann@nordend-kapital.de).

        Kind regards,
        Talent Acquisition
        Nordend Kapital AG

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hs = head(addr("Nordend Kapital Careers", "nordendkapital@myworkday.com"),
              "Interview Rescheduled: Senior Analyst, Market Risk Methodology", "2026-11-02 09:40",
              "Europe/Berlin", "<1730536800412.77.JavaMail.wd@wd3-impl-mail.myworkday.com>",
              relay="from wd3-mail-out.myworkday.com (wd3-mail-out.myworkday.com [198.51.100.140])",
              mx_id="4S0c1Wb8Xn5z")
    return message(hs, alt(text(body, cte="base64"), html(para_html(body), cte="base64")))


@mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-11 10:00", ZRH), end=utc("2026-09-11 10:30", ZRH),
      local="Fri 2026-09-11 10:00", local_end="2026-09-11 10:30", zone=ZRH,
      contact="oliver.grant@fenwicklane.co.uk", company="Fenwick Lane Analytics",
      note="Calendly invitee confirmation for a London team; times shown in the invitee's zone labelled "
           "'Central European Time' although it is summer: 10:00 CEST -> 08:00-08:30Z (ICS in UTC agrees); "
           "contact = human Reply-To")
def calendly_fenwick() -> bytes:
    body = t("""
        Hi Nina Keller,

        Your Screening Interview - Quant Risk (Remote) with Oliver Grant at 10:00am - 10:30am (Central European Time) on Friday, September 11, 2026 is scheduled.

        Event Type:
        Screening Interview - Quant Risk (Remote)

        Event Date/Time:
        10:00am - 10:30am (Central European Time) on Friday, September 11, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/xqv-ptkd-hna

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share a link to your CV or LinkedIn profile
        https://www.linkedin.com/in/nina-keller-example

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b1f3c0e-2a9d-4e55-9c3b-1d0e8f6a2b44
        Reschedule: https://calendly.com/reschedulings/7b1f3c0e-2a9d-4e55-9c3b-1d0e8f6a2b44

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20260907T170211Z
        UID:7b1f3c0e-2a9d-4e55-9c3b-1d0e8f6a2b44@calendly.com
        DTSTART:20260911T080000Z
        DTEND:20260911T083000Z
        SUMMARY:Screening Interview - Quant Risk (Remote) between Oliver Grant and Nina Keller
        LOCATION:https://meet.google.com/xqv-ptkd-hna
        ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@fenwicklane.co.uk
        ATTENDEE;CN=Nina Keller;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:nina.keller@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Screening Interview - Quant Risk (Remote) with Oliver Grant on Friday, September 11, 2026",
              "2026-09-07 17:02", "UTC", "<0100019128b3c4d5-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>",
              relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              mx_id="4Qw8Jp5Kc3z6",
              extra=(("Reply-To", addr("Oliver Grant", "oliver.grant@fenwicklane.co.uk")),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", "America/New_York"), end=utc("2026-10-29 10:45", "America/New_York"),
      local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:45", zone=ZRH,
      contact="megan.cho@hudsonridge.com", company="Hudson Ridge Partners",
      note="Google Calendar invitation (German UI) from a New York organizer during the week Europe is "
           "already on CET but the US still on EDT: shown as 15:00-15:45 MEZ, ICS 10:00 America/New_York "
           "-> 14:00-14:45Z; contact = ORGANIZER")
def gcal_hudson() -> bytes:
    body = t("""
        Quant Risk Analyst – Interview with Megan Cho

        Donnerstag, 29. Oktober 2026 ⋅ 15:00 – 15:45
        Mitteleuropäische Normalzeit - Zürich

        Videoanruf
        https://meet.google.com/fjb-wnqe-tuv

        Hi Nina – looking forward to our conversation. We'll cover your stress-testing work and the team's roadmap. Megan

        Organisator
        Megan Cho
        megan.cho@hudsonridge.com

        Gäste
        Megan Cho - Organisator
        nina.keller@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Sie können Einladungen für diesen Termin weiterleiten und sich anmelden, um zu antworten.
        """)
    ny_vtz = t("""
        BEGIN:VTIMEZONE
        TZID:America/New_York
        X-LIC-LOCATION:America/New_York
        BEGIN:DAYLIGHT
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        TZNAME:EDT
        DTSTART:19700308T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        TZNAME:EST
        DTSTART:19701101T020000
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
        END:STANDARD
        END:VTIMEZONE
        """).strip()
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %s
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261029T100000
        DTEND;TZID=America/New_York:20261029T104500
        DTSTAMP:20261023T140511Z
        ORGANIZER;CN=Megan Cho:mailto:megan.cho@hudsonridge.com
        UID:3k9v2qj7d1h0m4n8p6r5s2t1u0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Megan Cho;X-NUM-GUESTS=0:mailto:megan.cho@hudsonridge.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nina.keller@example.org;X-NUM-GUESTS=0:mailto:nina.keller@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/fjb-wnqe-tuv
        CREATED:20261023T140455Z
        DESCRIPTION:Hi Nina – looking forward to our conversation. We'll cover your stress-testing work and the team's roadmap. Megan
        LAST-MODIFIED:20261023T140510Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Quant Risk Analyst – Interview with Megan Cho
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """) % ny_vtz
    hs = head(addr("Megan Cho", "megan.cho@hudsonridge.com"),
              "Einladung: Quant Risk Analyst – Interview with Megan Cho @ Do. 29. Okt. 2026 15:00 - 15:45 (MEZ) (nina.keller@example.org)",
              "2026-10-23 14:05", "UTC", "<calendar-9f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              mx_id="4S8aPq6Lm2z4",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "megan.cho@hudsonridge.com")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(para_html(body), cte="base64"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(9), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:30", ZRH), end=utc("2026-11-10 15:30", ZRH),
      local="Tue 2026-11-10 14:30", local_end="2026-11-10 15:30", zone=ZRH,
      contact="aurelie.favre@montsaleve-banque.ch", company="Banque Mont-Salève SA",
      note="Swiss French prose from Geneva, 'mardi 10 novembre à 14h30', 'L'entretien durera une heure' "
           "(exact) -> 13:30-14:30Z (CET); iso-8859-1 text only; contact = human sender")
def prose_montsaleve() -> bytes:
    body = t("""
        Madame Keller,

        Suite à notre échange téléphonique de ce matin, je vous confirme volontiers notre entretien le mardi 10 novembre à 14h30 dans nos locaux, rue de la Corraterie 14, 1204 Genève. L'entretien durera une heure ; vous rencontrerez M. Pascal Monnier, responsable Risques de marché, ainsi que moi-même.

        Merci de vous annoncer à la réception du 2e étage. Pour toute question, je reste volontiers à votre disposition.

        Avec mes meilleures salutations,

        Aurélie Favre
        Chargée de recrutement
        Banque Mont-Salève SA
        T +41 22 555 40 12
        """)
    hs = head(addr("Favre Aurélie", "aurelie.favre@montsaleve-banque.ch", "iso-8859-1"),
              "Confirmation de votre entretien – Analyste Risques quantitatifs",
              "2026-11-02 17:30", ZRH, "<ZR0P278MB1220C3A4B5C6D7E8F9A0B1C2D3E4@ZR0P278MB1220.CHEP278.PROD.OUTLOOK.COM>",
              relay="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2098.outbound.protection.outlook.com [52.100.0.98])",
              mx_id="4SKc2Pv1Rf8z",
              extra=(("Content-Language", "fr-CH"),))
    hs = [(k, enc(v, "iso-8859-1") if k == "Subject" else v) for k, v in hs]
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 13:00", ZRH), end=utc("2026-11-18 13:45", ZRH),
      local="Wed 2026-11-18 13:00", local_end="2026-11-18 13:45", zone=ZRH,
      contact="lukas.brunner@birsig-tx.ch", company="Birsig Therapeutics",
      note="SmartRecruiters: the body only says the interview is scheduled and points to the invitation; "
           "the time is only in the ICS (20261118T120000Z-124500Z = 13:00-13:45 CET Basel); "
           "contact = human ICS ORGANIZER (sender is no-reply, no Reply-To)")
def smartrecruiters_birsig() -> bytes:
    body = t("""
        Dear Nina,

        Good news! Your interview for Treasury Risk Analyst at Birsig Therapeutics has been scheduled.

        Please find all the details in the attached calendar invitation and add it to your calendar. The interview will take place via Microsoft Teams; the link is in the invitation.

        We wish you every success,
        Birsig Therapeutics Talent Acquisition

        --
        This message was sent to nina.keller@example.org via SmartRecruiters on behalf of Birsig Therapeutics.
        Privacy Policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-int-2f7c1d88-9a31-4b0c-8e52-7fa6d0c41e90
        DTSTAMP:20261110T071533Z
        DTSTART:20261118T120000Z
        DTEND:20261118T124500Z
        SUMMARY:Interview: Treasury Risk Analyst – Birsig Therapeutics
        DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE0Nzg%40thread.v2/0
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Lukas Brunner:mailto:lukas.brunner@birsig-tx.ch
        ATTENDEE;CN=Nina Keller;RSVP=TRUE:mailto:nina.keller@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Birsig Therapeutics", "noreply@smartrecruiters.com"),
              "Your interview with Birsig Therapeutics", "2026-11-10 08:15", ZRH,
              "<sr.2f7c1d88.1789045533@mail.smartrecruiters.com>",
              relay="from mta-148.smartrecruiters.com (mta-148.smartrecruiters.com [198.51.100.148])",
              mx_id="4SPd7Qn0Hk2z")
    hb = t("""
        <html><body style="margin:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2937">
        <tr><td style="padding:24px">
        <p>Dear Nina,</p>
        <p><strong>Good news!</strong> Your interview for <strong>Treasury Risk Analyst</strong> at Birsig Therapeutics has been scheduled.</p>
        <p>Please find all the details in the attached calendar invitation and add it to your calendar. The interview will take place via Microsoft Teams; the link is in the invitation.</p>
        <p>We wish you every success,<br>Birsig Therapeutics Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#6b7280">This message was sent to nina.keller@example.org via SmartRecruiters on behalf of Birsig Therapeutics.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(hs, mixed(alt(text(body), html(hb)),
                             calendar(ics, method=None, ctype="application/ics", filename="interview.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(11), family="teamtailor", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-07 11:00", ZRH), end=None,
      local="Wed 2026-10-07 11:00", zone=ZRH,
      contact="reto.zaugg@gurten-energie.ch", company="Gurten Energie AG",
      note="Teamtailor cancellation without a new time ('Mittwoch, 7. Oktober, 11.00 Uhr', Bern, CEST -> "
           "09:00Z), the role was filled internally; From is a Teamtailor relay, contact = the recruiter's "
           "address in the signature")
def teamtailor_gurten() -> bytes:
    body = t("""
        Grüezi Frau Keller

        Leider muss ich Ihnen mitteilen, dass wir das geplante Gespräch vom Mittwoch, 7. Oktober, 11.00 Uhr absagen müssen. Die Stelle als Risk Manager Energiehandel konnten wir kurzfristig intern besetzen.

        Es tut mir leid, dass ich Ihnen keinen besseren Bericht geben kann. Wir würden Ihr Dossier gerne in unserem Talent-Pool behalten, sofern Sie einverstanden sind.

        Freundliche Grüsse
        Reto Zaugg
        Talent Acquisition
        Gurten Energie AG, Monbijoustrasse 61, 3007 Bern
        reto.zaugg@gurten-energie.ch
        """)
    hs = head(addr("Reto Zaugg", "reply+c2a7f91e04b8d3@teamtailor-mail.com"),
              "Absage Gesprächstermin vom 7. Oktober", "2026-10-02 15:10", ZRH,
              "<6f0b1d2e3a4c5b6d7e8f9a0b1c2d3e4f@teamtailor-mail.com>",
              relay="from mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [203.0.113.12])",
              mx_id="4RhN3Kz6Qw1z",
              extra=(("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c2a7f91e04b8d3>"),))
    return message(hs, alt(text(body), html(para_html(body, "font-family:-apple-system,Segoe UI,sans-serif"))))


@mail(N(12), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-30 14:00", ZRH), end=utc("2026-09-30 14:45", ZRH),
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 14:45", zone=ZRH,
      contact="anja.iten@zugersee-versicherungen.ch", company="Zugersee Versicherungen AG",
      note="Microsoft Bookings confirmation; the zone label shows '(UTC+01:00)' although 30 Sep is CEST; "
           "14:00-14:45 Zug = 12:00-12:45Z, the ICS (W. Europe Standard Time) agrees; the Bookings "
           "mailbox is not a person, contact = the staff member's address in the body")
def bookings_zugersee() -> bytes:
    body = t("""
        Hallo Nina Keller

        Ihr Termin ist bestätigt.

        Erstgespräch Risk Analyst (45 Minuten)
        Mittwoch, 30. September 2026 14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Mitarbeiter: Anja Iten

        Teams-Besprechung beitreten: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2MjQ%40thread.v2/0

        Haben Sie Fragen zum Termin? Schreiben Sie Anja Iten direkt: anja.iten@zugersee-versicherungen.ch

        Termin verwalten: https://outlook.office365.com/owa/calendar/RecruitingZugersee@zugersee-versicherungen.ch/bookings/
        Zugersee Versicherungen AG, Alpenstrasse 9, 6300 Zug
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %s
        BEGIN:VEVENT
        ORGANIZER;CN=Recruiting Zugersee:mailto:RecruitingZugersee@zugersee-versicherungen.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Nina Keller:mailto:nina.keller@example.org
        SUMMARY;LANGUAGE=de-CH:Erstgespräch Risk Analyst
        DTSTART;TZID=W. Europe Standard Time:20260930T140000
        DTEND;TZID=W. Europe Standard Time:20260930T144500
        UID:040000008200E00074C5B7101A82E00800000000D4E1F2A3B4C5DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T070011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """) % VTZ_WEST
    hs = head(addr("Recruiting Zugersee", "RecruitingZugersee@zugersee-versicherungen.ch"),
              "Ihr Termin wurde bestätigt: Erstgespräch Risk Analyst", "2026-09-21 09:00", ZRH,
              "<FR4P281MB3401B7A8C9D0E1F2A3B4C5D6E7F8@FR4P281MB3401.DEUP281.PROD.OUTLOOK.COM>",
              relay="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2120.outbound.protection.outlook.com [52.100.20.120])",
              mx_id="4Rc8Wp2Tn7z0",
              extra=(("X-MS-Exchange-Organization-BookingsType", "Customer"),))
    return message(hs, mixed(alt(text(body), html(para_html(body, "font-family:Segoe UI,sans-serif"))),
                             calendar(ics, filename="Erstgespraech.ics", disposition="attachment",
                                      cte="base64")))


@mail(N(13), family="zoom", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-08 16:30", ZRH), end=None,
      local="Tue 2026-12-08 16:30", zone=ZRH,
      contact="selina.koch@alpstein-search.ch", company="Chriesi Custody AG",
      note="Agency recruiter (du) confirms the first call with her client by Zoom, 'Dienstag, 8. Dezember, "
           "um 16.30 Uhr' + pasted Zoom block '04:30 PM Amsterdam, Berlin, ...' -> 15:30Z (CET); no length; "
           "company = the hiring client, contact = the recruiter (sender)")
def zoom_alpstein() -> bytes:
    body = t("""
        Hoi Nina

        Wie gestern am Telefon besprochen, bestätige ich dir hiermit das erste Gespräch mit Chriesi Custody AG (Zug) am Dienstag, 8. Dezember, um 16.30 Uhr per Zoom. Du sprichst mit Dominik Hess (Head of Risk) – er ist sehr direkt, aber fair. Rechne mit Fragen zu Liquiditätsrisiko und On-Chain-Exposure.

        Unten die Einwahldaten. Meld dich gern vorher noch kurz bei mir, dann gehen wir die wichtigsten Punkte durch.

        Liebe Grüsse
        Selina

        Selina Koch
        Senior Consultant Finance & Risk
        Alpstein Search AG | Löwenstrasse 3 | 8001 Zürich
        M +41 79 555 18 42 | selina.koch@alpstein-search.ch

        ---------- Zoom ----------
        Dominik Hess is inviting you to a scheduled Zoom meeting.

        Topic: Chriesi Custody – Risk Analyst – Nina Keller
        Time: Dec 8, 2026 04:30 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://chriesi.zoom.us/j/84155520917?pwd=Qm5vYkR0cXhUZ2ZpN1l1dz09

        Meeting ID: 841 5552 0917
        Passcode: 557203
        """)
    hs = head(addr("Selina Koch", "selina.koch@alpstein-search.ch"),
              "Dein Gespräch mit Chriesi Custody – Di, 8.12.", "2026-12-01 11:02", ZRH,
              "<ZRAP278MB0492D1E2F3A4B5C6D7E8F9A0B1C2@ZRAP278MB0492.CHEP278.PROD.OUTLOOK.COM>",
              relay="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2131.outbound.protection.outlook.com [52.100.0.131])",
              mx_id="4T0b6Mx9Lr3z")
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"),
                                charset="windows-1252")))


@mail(N(14), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 08:00", "Australia/Sydney"), end=utc("2026-11-17 09:00", "Australia/Sydney"),
      local="Tue 2026-11-17 08:00", local_end="2026-11-17 09:00", zone="Australia/Sydney",
      contact="hannah.vogt@harbourline.com.au", company="Harbourline Risk",
      note="Ashby confirmation for a Sydney team: Tue 17 Nov 8:00-9:00 AM AEDT (+11) = Mon 16 Nov "
           "21:00-22:00Z (22:00 in Zurich, as the body adds); local date is the next day in UTC terms; "
           "contact = human Reply-To")
def ashby_harbourline() -> bytes:
    body = t("""
        Hi Nina,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, November 17, 2026, 8:00 AM – 9:00 AM AEDT
        (Monday, November 16, 10:00 PM – 11:00 PM in Zurich)
        Google Meet: https://meet.google.com/hqz-rmpa-kdw

        You'll meet with:
          Tom Whitaker – Head of Model Risk
          Hannah Vogt – Talent Partner

        This is a technical conversation about counterparty credit risk and xVA. No preparation needed beyond your CV.

        Questions? Just reply and it will reach Hannah Vogt.

        Thanks,
        Harbourline Risk Recruiting
        """)
    hs = head(addr("Harbourline Risk", "no-reply@ashbyhq.com"),
              "Interview confirmed: Quantitative Risk Analyst (Remote, EMEA) at Harbourline Risk",
              "2026-11-09 17:20", "UTC",
              "<010001931f2e3d4c-5b6a7980-1a2b-4c3d-9e8f-7a6b5c4d3e2f-000000@email.amazonses.com>",
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
              mx_id="4SNq5Vb3Kp0z",
              extra=(("Reply-To", addr("Hannah Vogt", "hannah.vogt@harbourline.com.au")),))
    return message(hs, alt(text(body, cte="base64"), html(para_html(body), cte="base64")))


@mail(N(15), family="lever", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-24 11:00", ZRH), end=utc("2026-11-24 12:00", ZRH),
      local="Tue 2026-11-24 11:00", local_end="2026-11-24 12:00", zone=ZRH,
      contact="priya.nair@rigiledger.com", company="Rigi Ledger AG",
      note="Lever reschedule with old (Mon 23 Nov 2:00pm) and new time 'Tuesday, November 24, 2026, "
           "11:00am - 12:00pm CET' (Zug) -> 10:00-11:00Z; ICS SEQUENCE:1 agrees; contact = human Reply-To")
def lever_rigi() -> bytes:
    body = t("""
        Hi Nina,

        Your interview with Rigi Ledger has been moved to a new time.

        Previously: Monday, November 23, 2026, 2:00pm - 3:00pm CET
        Now: Tuesday, November 24, 2026, 11:00am - 12:00pm CET

        Interview: Risk Analytics – Panel (Fabian Kälin, Priya Nair)
        Location: Rigi Ledger AG, Gubelstrasse 24, 6300 Zug

        An updated calendar invitation is attached. If the new time doesn't work, just reply to this email.

        Best,
        Priya Nair
        People Team, Rigi Ledger
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-ivw-5c1a8e2f-3d7b-4f90-a6c4-2e8d1b0f9c73
        DTSTAMP:20261119T110005Z
        DTSTART:20261124T100000Z
        DTEND:20261124T110000Z
        SEQUENCE:1
        SUMMARY:Interview: Nina Keller <> Rigi Ledger (Risk Analytics - Panel)
        LOCATION:Rigi Ledger AG\\, Gubelstrasse 24\\, 6300 Zug
        ORGANIZER;CN=Priya Nair:mailto:priya.nair@rigiledger.com
        ATTENDEE;CN=Nina Keller;RSVP=TRUE:mailto:nina.keller@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Rigi Ledger", "no-reply@hire.lever.co"),
              "Updated: your interview with Rigi Ledger", "2026-11-19 12:00", ZRH,
              "<lever.5c1a8e2f3d7b.1790000405@hire.lever.co>",
              relay="from mail-out-7.hire.lever.co (mail-out-7.hire.lever.co [198.51.100.77])",
              mx_id="4SSg1Nr4Yc6z",
              extra=(("Reply-To", addr("Priya Nair", "priya.nair@rigiledger.com")),))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(16), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-01 08:30", ZRH), end=utc("2026-12-01 10:00", ZRH),
      local="Tue 2026-12-01 08:30", local_end="2026-12-01 10:00", zone=ZRH,
      contact="thomas.wyss@aaretalbank.ch", company="Aaretal Bank AG",
      note="Hiring manager (Sie) replies on top of the quoted thread: 'Dann halten wir Dienstag, 1.12., um "
           "8.30 Uhr fest', 'Das Gespräch dauert 90 Minuten' -> 07:30-09:00Z (CET, Bern); contact = sender")
def prose_aaretal() -> bytes:
    body = t("""
        Sehr geehrte Frau Keller

        Besten Dank für Ihre rasche Rückmeldung. Dann halten wir Dienstag, 1.12., um 8.30 Uhr fest. Das Gespräch dauert 90 Minuten; im zweiten Teil stellt Ihnen Frau Ammann aus dem ALM-Team eine kurze Fallstudie vor.

        Bitte melden Sie sich am Empfang an der Schwanengasse 2 in Bern.

        Freundliche Grüsse

        Dr. Thomas Wyss
        Leiter Risikocontrolling
        Aaretal Bank AG
        Schwanengasse 2, 3011 Bern
        +41 31 555 72 40

        -----Ursprüngliche Nachricht-----
        Von: Nina Keller <nina.keller@example.org>
        Gesendet: Dienstag, 24. November 2026 21:03
        An: Wyss Thomas <thomas.wyss@aaretalbank.ch>
        Betreff: AW: Ihre Bewerbung als Risikocontroller/in

        Sehr geehrter Herr Wyss

        Vielen Dank für die Einladung. Mir würde Dienstag, 1.12. ab 8 Uhr oder Mittwoch, 2.12. nachmittags passen.

        Freundliche Grüsse
        Nina Keller

        -----Ursprüngliche Nachricht-----
        Von: Wyss Thomas <thomas.wyss@aaretalbank.ch>
        Gesendet: Dienstag, 24. November 2026 16:18
        An: Nina Keller <nina.keller@example.org>
        Betreff: Ihre Bewerbung als Risikocontroller/in

        Sehr geehrte Frau Keller

        Gerne möchten wir Sie zu einem ersten Gespräch nach Bern einladen. Welche Termine in der kommenden Woche wären für Sie möglich?

        Freundliche Grüsse
        Thomas Wyss
        """)
    hs = head(addr("Wyss Thomas", "thomas.wyss@aaretalbank.ch"),
              "AW: Ihre Bewerbung als Risikocontroller/in", "2026-11-25 16:40", ZRH,
              "<4D2E9B1A0C3F4E5D8A7B6C5D4E3F2A1B@EXCH02.aaretalbank.local>",
              relay="from smtp-gw2.aaretalbank.ch (smtp-gw2.aaretalbank.ch [192.0.2.160])",
              mx_id="4SYh8Bt2Dw5z",
              extra=(("In-Reply-To", "<CAN7e1+Kx4@mail.example.org>"),
                     ("References", "<4D2E9B1A0C3F@EXCH02.aaretalbank.local> <CAN7e1+Kx4@mail.example.org>"),
                     ("Thread-Topic", "Ihre Bewerbung als Risikocontroller/in"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(17), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-11 13:15", ZRH), end=utc("2026-12-11 14:30", ZRH),
      local="Fri 2026-12-11 13:15", local_end="2026-12-11 14:30", zone=ZRH,
      contact="claudia.meier@rheinhafen-trading.ch", company="Rheinhafen Trading AG",
      note="Nina forwards a confirmation from her other address to herself as an attached message/rfc822; "
           "'Freitag, 11. Dezember 2026, 13.15 bis 14.30 Uhr' in Basel (CET) -> 12:15-13:30Z; contact = "
           "the human sender of the forwarded mail (never the candidate)")
def forward_rheinhafen() -> bytes:
    inner_body = t("""
        Liebe Frau Keller

        Herzlichen Dank für das angenehme erste Gespräch. Gerne laden wir Sie zum Zweitgespräch ein:

        Freitag, 11. Dezember 2026, 13.15 bis 14.30 Uhr
        Rheinhafen Trading AG, Westquaistrasse 8, 4057 Basel

        Sie treffen Herrn Beat Sutter (CFO) und Frau Laura Tanner (Head Commodity Risk). Bitte bestätigen Sie mir den Termin kurz per E-Mail.

        Freundliche Grüsse
        Claudia Meier
        HR Rheinhafen Trading AG
        claudia.meier@rheinhafen-trading.ch
        """)
    inner = message([
        ("From", addr("Claudia Meier", "claudia.meier@rheinhafen-trading.ch")),
        ("To", addr("Nina Keller", "nina.keller@example.net")),
        ("Subject", enc("Zweitgespräch Rheinhafen Trading AG")),
        ("Date", date("2026-12-07 09:30", ZRH)),
        ("Message-ID", "<0a1b2c3d4e5f@rheinhafen-trading.ch>"),
    ], text(inner_body))
    outer = t("""
        zum Ablegen – Termin bestätigt (hab Claudia schon geantwortet)

        N.
        """)
    hs = head(addr("Nina Keller", "nina.keller@example.net"), "Fwd: Zweitgespräch Rheinhafen Trading AG",
              "2026-12-07 20:14", ZRH, "<b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e@example.net>",
              relay="from smtp.example.net (smtp.example.net [192.0.2.25])", mx_id="4T3f0Gy5Jv8z")
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "Zweitgespraech.eml")))


@mail(N(18), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 09:00", ZRH), end=utc("2026-12-03 12:15", ZRH),
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 12:15", zone=ZRH,
      contact="elena.rossi@quaibruecke.ch", company="Quaibrücke Capital",
      note="GoodTime onsite itinerary, three sessions on Thu 3 Dec 09:00-12:15 'Central European Time "
           "(CET)' -> first start 08:00Z, last end 11:15Z; contact = human Reply-To coordinator")
def goodtime_quaibruecke() -> bytes:
    body = t("""
        Hi Nina,

        We are excited to welcome you to our Zurich office for your onsite interview. Please find your itinerary below.

        Thursday, December 3, 2026 – all times in Central European Time (CET)

        09:00 – 09:45   Risk Team Lead – Valentin Schmid
        10:00 – 10:45   Head of Quantitative Research – Dr. Mei Lin
        11:00 – 12:15   Case Study & Debrief – Elena Rossi, Valentin Schmid

        Address: Quaibrücke Capital, Utoquai 29, 8008 Zürich. Please arrive 10 minutes early and ask for Elena at reception.

        If anything changes, reply to this email and it will reach your coordinator, Elena Rossi.

        Best,
        Quaibrücke Capital Recruiting

        Scheduled with GoodTime
        """)
    hb = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111">
        <p>Hi Nina,</p>
        <p>We are excited to welcome you to our Zurich office for your onsite interview. Please find your itinerary below.</p>
        <h3 style="margin:16px 0 8px">Thursday, December 3, 2026 <span style="font-weight:normal;color:#666">– all times in Central European Time (CET)</span></h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td>09:00 – 09:45</td><td>Risk Team Lead – Valentin Schmid</td></tr>
        <tr><td>10:00 – 10:45</td><td>Head of Quantitative Research – Dr. Mei Lin</td></tr>
        <tr><td>11:00 – 12:15</td><td>Case Study &amp; Debrief – Elena Rossi, Valentin Schmid</td></tr>
        </table>
        <p>Address: Quaibrücke Capital, Utoquai 29, 8008 Zürich. Please arrive 10 minutes early and ask for Elena at reception.</p>
        <p>If anything changes, reply to this email and it will reach your coordinator, Elena Rossi.</p>
        <p>Best,<br>Quaibrücke Capital Recruiting</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Quaibrücke Capital", "notifications@goodtime.io"),
              "Your onsite interview itinerary – Quaibrücke Capital", "2026-11-26 14:00", ZRH,
              "<goodtime.itinerary.8c2d4e6f@mail.goodtime.io>",
              relay="from o7.mail.goodtime.io (o7.mail.goodtime.io [167.89.0.7])", mx_id="4SZk2Lw9Fq1z",
              extra=(("Reply-To", addr("Elena Rossi", "elena.rossi@quaibruecke.ch")),))
    return message(hs, alt(text(body), html(hb)))


@mail(N(19), family="exchange", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-12 10:00", "Europe/Berlin"), end=utc("2026-11-12 11:00", "Europe/Berlin"),
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone="Europe/Berlin",
      contact="sabine.kraemer@taunus-clearing.de", company="Taunus Clearing AG",
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Frankfurt interview Thu 12 Nov "
           "10:00-11:00 W. Europe Standard Time (CET) -> 09:00-10:00Z; a new proposal is promised but none "
           "given; contact = organizer")
def exchange_taunus_cancel() -> bytes:
    body = t("""
        Wann: Donnerstag, 12. November 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Taunus Clearing AG, Mainzer Landstrasse 50, Frankfurt am Main, Raum 7.14

        Liebe Frau Keller,

        leider muss ich unseren Termin am Donnerstag absagen, da unser Bereichsleiter kurzfristig nach London reisen muss. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

        Entschuldigen Sie bitte die Umstände.

        Viele Grüsse
        Sabine Krämer
        Recruiting | Taunus Clearing AG
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %s
        BEGIN:VEVENT
        ORGANIZER;CN=Krämer Sabine:mailto:sabine.kraemer@taunus-clearing.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Nina Keller:mailto:nina.keller@example.org
        UID:040000008200E00074C5B7101A82E008000000007A1B2C3D4E5FDC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Interview Nina Keller – Senior Risk Analyst
        DTSTART;TZID=W. Europe Standard Time:20261112T100000
        DTEND;TZID=W. Europe Standard Time:20261112T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261109T070544Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=de-DE:Taunus Clearing AG\\, Mainzer Landstrasse 50\\, Raum 7.14
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """) % VTZ_WEST
    hs = head(addr("Krämer Sabine", "sabine.kraemer@taunus-clearing.de"),
              "Abgesagt: Interview Nina Keller – Senior Risk Analyst", "2026-11-09 08:05", "Europe/Berlin",
              "<AM9PR08MB6322E4F5A6B7C8D9E0F1A2B3C4D5@AM9PR08MB6322.eurprd08.prod.outlook.com>",
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
              mx_id="4SLm9Xc2Hb7z",
              extra=(("Importance", "high"), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="CANCEL", cte="base64")))


@mail(N(20), family="workable", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-16 13:30", ZRH), end=None,
      local="Fri 2026-10-16 13:30", zone=ZRH,
      contact=None, company="Sihlpost Analytics AG",
      note="Workable cancellation, 'Friday, October 16 at 1:30 PM (CEST)' -> 11:30Z, the hiring is on hold, "
           "no new time; Reply-To is a Workable relay and the recruiter's name has no address -> contact null")
def workable_sihlpost() -> bytes:
    body = t("""
        Hi Nina,

        Unfortunately we need to cancel your interview on Friday, October 16 at 1:30 PM (CEST) for the Risk Data Scientist position.

        The hiring process for this position has been put on hold while we review our team structure for next year. We will reach out if the position reopens.

        We apologise for the short notice and thank you for your interest in Sihlpost Analytics.

        Best regards,
        Martina Huber
        Talent Partner, Sihlpost Analytics AG
        """)
    hs = head(addr("Sihlpost Analytics", "noreply@candidates.workablemail.com"),
              "Interview cancelled: Risk Data Scientist at Sihlpost Analytics", "2026-10-13 10:22", ZRH,
              "<wk.7f3e9a21c4b8.candidate@candidates.workablemail.com>",
              relay="from mta-12.workablemail.com (mta-12.workablemail.com [198.51.100.212])",
              mx_id="4RpT6Dq1Ns9z",
              extra=(("Reply-To", addr("Sihlpost Analytics", "sihlpost-analytics+c81f02a9d4@candidates.workablemail.com")),))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Roboto,Arial,sans-serif;font-size:14px"))))


@mail(N(21), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-05 09:00", ZRH), end=None,
      local="Mon 2026-10-05 09:00", zone=ZRH,
      contact="mirjam.egli@turicum-insurtech.ch", company="Turicum Insurtech AG",
      note="Du-mail moving the interview from 'Montag, 28.9., 10 Uhr' to 'Montag übernächste Woche (5.10.) "
           "um 9.00 Uhr' (Date Fri 25 Sep, CEST) -> 07:00Z; Nina had already agreed in the quoted reply; "
           "contact = sender")
def prose_turicum() -> bytes:
    body = t("""
        Hallo Nina

        Merci vielmal fürs Verständnis! Dann ist es fix: Wir verschieben unser Gespräch von Montag, 28.9., 10 Uhr auf Montag übernächste Woche (5.10.) um 9.00 Uhr, gleicher Ort (Förrlibuckstrasse 30, 5. Stock). Nico ist dann auch wieder gesund und dabei.

        Ich schick dir noch eine neue Kalendereinladung.

        Liebe Grüess
        Mirjam

        Mirjam Egli | People & Culture | Turicum Insurtech AG
        mirjam.egli@turicum-insurtech.ch

        Am Fr., 25. Sept. 2026 um 10:47 Uhr schrieb Nina Keller <nina.keller@example.org>:
        > Hallo Mirjam
        > Kein Problem, gute Besserung an Nico! Montag, 5.10. am Morgen würde mir gut passen.
        > Liebe Grüsse, Nina
        >
        > Am Do., 24. Sept. 2026 um 17:55 Uhr schrieb Mirjam Egli <mirjam.egli@turicum-insurtech.ch>:
        >> Hallo Nina, leider ist Nico (unser CTO) krank und fällt nächste Woche aus. Könnten wir unser Gespräch vom Montag verschieben?
        """)
    hs = head(addr("Mirjam Egli", "mirjam.egli@turicum-insurtech.ch"), "Re: Gespräch am Montag",
              "2026-09-25 12:10", ZRH, "<CAH3xM9q1B7wVn2Lk8Pz4Rt6Yu0Ei5Oa@mail.gmail.com>",
              relay="from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
              mx_id="4RgS1Cv7Mj2z",
              extra=(("In-Reply-To", "<CAPr0Nk7@mail.example.org>"), ("References", "<CAPr0Nk7@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(22), family="google_calendar", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-19 16:00", ZRH), end=utc("2026-11-19 17:00", ZRH),
      local="Thu 2026-11-19 16:00", local_end="2026-11-19 17:00", zone=ZRH,
      contact="patrick.suter@felsenegg-re.ch", company="Felsenegg Re AG",
      note="Google Calendar 'Aktualisierte Einladung' (German UI): moved from Tue 17 Nov 11:00 to Thu 19 Nov "
           "16:00-17:00 MEZ -> 15:00-16:00Z; ICS TZID Europe/Zurich, SEQUENCE:1; contact = ORGANIZER")
def gcal_felsenegg_update() -> bytes:
    body = t("""
        Dieser Termin wurde geändert.

        Zweitgespräch Quant Risk – Nina Keller / Felsenegg Re
        Geändert: Donnerstag, 19. November 2026 ⋅ 16:00 – 17:00
        (Bisher: Dienstag, 17. November 2026 ⋅ 11:00 – 12:00)
        Mitteleuropäische Normalzeit - Zürich

        Ort
        Felsenegg Re AG, Mythenquai 60, 8002 Zürich, Sitzungszimmer Üetliberg

        Organisator
        Patrick Suter
        patrick.suter@felsenegg-re.ch

        Gäste
        Patrick Suter - Organisator
        Sandra Odermatt
        nina.keller@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        %s
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Zurich:20261119T160000
        DTEND;TZID=Europe/Zurich:20261119T170000
        DTSTAMP:20261112T091402Z
        ORGANIZER;CN=Patrick Suter:mailto:patrick.suter@felsenegg-re.ch
        UID:6p2k8m1q4r7s0t3v5w9x2y4z6a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Patrick Suter:mailto:patrick.suter@felsenegg-re.ch
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandra Odermatt:mailto:sandra.odermatt@felsenegg-re.ch
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nina.keller@example.org:mailto:nina.keller@example.org
        CREATED:20261103T151022Z
        LAST-MODIFIED:20261112T091401Z
        LOCATION:Felsenegg Re AG\\, Mythenquai 60\\, 8002 Zürich\\, Sitzungszimmer Üetliberg
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Zweitgespräch Quant Risk – Nina Keller / Felsenegg Re
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """) % VTZ_ZURICH
    hs = head(addr("Patrick Suter", "patrick.suter@felsenegg-re.ch"),
              "Aktualisierte Einladung: Zweitgespräch Quant Risk – Nina Keller / Felsenegg Re @ Do. 19. Nov. 2026 16:00 - 17:00 (MEZ) (nina.keller@example.org)",
              "2026-11-12 09:14", "UTC", "<calendar-1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              mx_id="4SQb4Hn8Tx3z",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "patrick.suter@felsenegg-re.ch")))
    return message(hs, mixed(alt(text(body), html(para_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(23), family="recruitee", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-04 16:00", ZRH), end=utc("2026-12-04 16:45", ZRH),
      local="Fri 2026-12-04 16:00", local_end="2026-12-04 16:45", zone=ZRH,
      contact="nadine.roth@zytglogge-fintech.ch", company="Zytglogge Fintech AG",
      note="Recruitee invitation; the attached ICS is an all-day event (VALUE=DATE 20261204), the time only "
           "in the text: 'Freitag, 4. Dezember 2026 um 16.00 Uhr', 'Dauer: 45 Minuten' (Bern, CET) -> "
           "15:00-15:45Z; contact = the recruiter's address in the signature")
def recruitee_zytglogge() -> bytes:
    body = t("""
        Guten Tag Frau Keller

        Vielen Dank für Ihr Interesse an der Stelle «Risk & Compliance Analyst». Wir freuen uns, Sie kennenzulernen!

        Ihr Interview findet am Freitag, 4. Dezember 2026 um 16.00 Uhr per Video statt (Dauer: 45 Minuten). Den Link erhalten Sie am Vortag. Im Anhang finden Sie einen Kalendereintrag.

        Bei Fragen erreichen Sie mich unter nadine.roth@zytglogge-fintech.ch.

        Freundliche Grüsse
        Nadine Roth
        Zytglogge Fintech AG, Kramgasse 49, 3011 Bern
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Calendar//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rt-interview-9f2e7c31@recruitee.com
        DTSTAMP:20261127T120003Z
        DTSTART;VALUE=DATE:20261204
        DTEND;VALUE=DATE:20261205
        SUMMARY:Interview Zytglogge Fintech AG (16.00 Uhr)
        DESCRIPTION:Interview Risk & Compliance Analyst\\, 16.00-16.45 Uhr\\, Video
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Zytglogge Fintech AG", "no-reply@recruitee.com"),
              "Einladung zum Interview – Risk & Compliance Analyst", "2026-11-27 13:00", ZRH,
              "<recruitee.9f2e7c31.1795780803@mailer.recruitee.com>",
              relay="from mailer.recruitee.com (mailer.recruitee.com [203.0.113.90])", mx_id="4SZq7Pm3Wd0z")
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="PUBLISH", filename="interview.ics", disposition="attachment",
                                      cte="quoted-printable")))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="rejection", lang="de", interview=False, company="Lorzen Asset Management AG",
      note="Personio rejection after the 24 Sep interview (same thread as the Personio invitation); "
           "mentions the past interview date only")
def personio_lorzen_rejection() -> bytes:
    body = t("""
        Guten Tag Frau Keller

        Nochmals herzlichen Dank für das interessante Gespräch vom 24.09.2026 und die Zeit, die Sie sich für uns genommen haben.

        Nach sorgfältiger Prüfung haben wir uns für eine Kandidatin entschieden, deren Profil noch etwas stärker auf unsere aktuellen Anforderungen im Bereich Liquiditätsrisiko passt. Dieser Entscheid ist uns nicht leichtgefallen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

        Freundliche Grüsse

        Corinne Bachmann
        HR Business Partner
        Lorzen Asset Management AG
        """)
    hs = head(addr("Lorzen Asset Management AG", "no-reply@mail.personio.de"),
              "Ihre Bewerbung als Quantitative Risk Analyst", "2026-10-06 16:48", ZRH,
              "<20261006144801.9d2e1f0a7b44@mail.personio.de>",
              relay="from mail-out-1.personio.de (mail-out-1.personio.de [203.0.113.42])", mx_id="4RkP0Vc5Gz2z",
              extra=(("Reply-To", addr("Corinne Bachmann", "corinne.bachmann@lorzen-am.ch")),))
    return message(hs, alt(text(body), html(para_html(body, "font-family:'Open Sans',Arial;font-size:14px;color:#333"))))


@mail(N(25), family="offer", lang="en", interview=False, company="Aarwerk Capital",
      note="Offer letter after the Aarwerk interviews; fixes a reply deadline (Fri 9 Oct 17:00 CEST), no "
           "interview", days=(("Fri", "2026-10-09"),))
def greenhouse_aarwerk_offer() -> bytes:
    body = t("""
        Dear Nina,

        Following your conversations with Raphael and the team, I am delighted to offer you the position of Quantitative Risk Analyst at Aarwerk Capital AG.

        Your offer letter is available for review and e-signature here:
        https://app.greenhouse.io/offers/sign/3c8f0b1e-77a4-4e2d-9f61-52d0c8a7e915

        Summary:
        - Base salary: CHF 138,000 p.a. (13 monthly payments)
        - Target bonus: 15%
        - Start date: 1 February 2027 (or earlier by mutual agreement)
        - Location: Zurich, 2 days remote per week

        We would appreciate your decision by Friday, 9 October 2026, 17:00 CEST. I'm happy to set up a call with Raphael if you'd like to discuss anything before then – just let me know a time that suits you.

        Warm regards,
        Sarah Imhof
        Talent Acquisition, Aarwerk Capital
        """)
    hs = head(addr("Sarah Imhof", "no-reply@greenhouse.io"),
              "Your offer from Aarwerk Capital", "2026-10-01 15:30", ZRH,
              "<gh.offer.3c8f0b1e77a4@geopod-ismtpd-2-7>",
              relay="from o2.email.greenhouse.io (o2.email.greenhouse.io [198.51.100.32])", mx_id="4RjW2Bn6Sx4z",
              extra=(("Reply-To", addr("Sarah Imhof", "sarah.imhof@aarwerk-capital.ch")),))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(N(26), family="application_receipt", lang="de", interview=False, company="Basilisk Versicherungen AG",
      note="softgarden application receipt ('Eingangsbestätigung'); says interviews will follow, nothing fixed")
def softgarden_basilisk_receipt() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        Sehr geehrte Frau Keller<br><br>
        vielen Dank für Ihre Bewerbung als <b>Actuarial Risk Analyst (80–100%)</b> und das damit verbundene Interesse an der Basilisk Versicherungen AG.<br><br>
        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Passt Ihr Profil, laden wir Sie zu einem ersten Interview ein – in der Regel per Video, danach folgt ein Gespräch vor Ort in Basel.<br><br>
        Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.<br><br>
        Freundliche Grüsse<br>
        Ihr HR-Team der Basilisk Versicherungen AG<br><br>
        <span style="font-size:10px;color:#888">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</span>
        </body></html>
        """)
    hs = head(addr("Basilisk Versicherungen AG", "noreply@mail.softgarden.io"),
              "Eingangsbestätigung Ihrer Bewerbung", "2026-09-03 22:17", ZRH,
              "<1634082211.11207.1788466620117@app-mail-01.softgarden.io>",
              relay="from app-mail-01.softgarden.io (app-mail-01.softgarden.io [192.0.2.86])", mx_id="4Qs3Tn8Kd1z5")
    return message(hs, html(body, charset="windows-1252", cte="8bit"))


@mail(N(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert (Jobabo) with twelve new ads and an interview-tips teaser; no appointment")
def jobradar_alert() -> bytes:
    body = t("""
        Hallo Nina

        12 neue Stellen für Ihr Jobabo «Risk Analyst – Zürich, Zug, Basel»:

        Quantitative Risk Manager (80-100%) – Kantonale Vorsorgekasse, Zürich – vor 2 Tagen
        Senior Market Risk Analyst – Seegarten Capital AG, Zug – gestern
        Risk Modeller Nat Cat – Dreiland Rück AG, Basel – heute
        Credit Risk Analyst (m/w/d) – Nordend Kapital AG, Frankfurt – vor 3 Tagen
        ... und 8 weitere Stellen

        Alle Stellen ansehen: https://www.jobradar.ch/jobabo/8841207

        Tipp der Woche: Die 10 häufigsten Fragen im Interview – und wie Sie souverän antworten.
        https://www.jobradar.ch/ratgeber/interview-fragen

        Jobabo bearbeiten oder abbestellen: https://www.jobradar.ch/jobabo/8841207/settings
        jobradar.ch AG, Förrlibuckstrasse 10, 8005 Zürich
        """)
    hs = head(addr("jobradar.ch", "jobabo@mailing.jobradar.ch"),
              "12 neue Jobs: Risk Analyst – Zürich, Zug, Basel", "2026-10-19 06:30", ZRH,
              "<jobabo.8841207.20261019@mailing.jobradar.ch>",
              relay="from mta3.mailing.jobradar.ch (mta3.mailing.jobradar.ch [203.0.113.203])", mx_id="4Rw1Ld6Zp8z3",
              extra=(("List-Unsubscribe", "<https://www.jobradar.ch/jobabo/8841207/unsubscribe>, <mailto:unsubscribe@mailing.jobradar.ch>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Arial;font-size:14px;color:#0b2a4a"))))


@mail(N(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter about case-study interviews advertising a live webinar (Tue 17 Nov 12.15 Uhr); "
           "a fixed time, but a webinar, not an interview", days=(("Tue", "2026-11-17"),))
def newsletter_karriere() -> bytes:
    body = t("""
        KARRIERE KOMPASS – Ausgabe 44/2026

        So meistern Sie das Fallstudien-Interview

        Immer mehr Banken und Versicherungen setzen im zweiten Gespräch auf eine Fallstudie. Wir zeigen, wie Sie strukturiert vorgehen, wann Sie nachfragen sollten und warum die Zahl am Ende weniger zählt als der Weg dorthin.

        → Artikel lesen: https://karrierekompass.ch/artikel/fallstudien-interview

        LIVE-WEBINAR: «Das Interview bei Banken – was Recruiter wirklich wissen wollen»
        Dienstag, 17. November, 12.15–13.00 Uhr, online, kostenlos
        Jetzt anmelden: https://karrierekompass.ch/webinar/banken-interview

        Ausserdem: Lohnverhandlung im Risikomanagement – was ist realistisch?

        Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.ch angemeldet haben.
        Abmelden: https://karrierekompass.ch/newsletter/abmelden?u=77ac0e
        """)
    hs = head(addr("Karriere Kompass", "newsletter@karrierekompass.ch"),
              "Das Fallstudien-Interview meistern + Live-Webinar", "2026-11-05 07:00", ZRH,
              "<20261105060000.77ac0e.kk44@mailchimpapp.net>",
              relay="from mail181.atl221.mcsv.net (mail181.atl221.mcsv.net [198.2.181.181])", mx_id="4SGx5Qr0Yn6z",
              extra=(("List-Unsubscribe", "<https://karrierekompass.ch/newsletter/abmelden?u=77ac0e>"),
                     ("List-Id", "Karriere Kompass <77ac0e.list-id.mcsv.net>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Georgia,serif;font-size:15px"))))


@mail(N(29), family="self_schedule", lang="en", interview=False, company="Rhône Commodities SA",
      note="Greenhouse 'please select your availability' link from a Geneva trader; no time fixed yet")
def greenhouse_rhone_pick() -> bytes:
    body = t("""
        Hi Nina,

        Thanks for applying to the Risk Analyst – Energy Trading role at Rhône Commodities. We'd love to set up a 45-minute video interview with our Head of Risk, Julien Perrin.

        Please use the link below to pick a time that works for you in the next two weeks:

        https://app.greenhouse.io/scheduling/candidate/availability/f0c9e1d2b3a4

        Slots are shown in your local time zone. Once you have chosen a slot, you'll receive a calendar invitation.

        Best,
        Camille Roux
        Talent Acquisition, Rhône Commodities SA
        """)
    hs = head(addr("Camille Roux", "no-reply@greenhouse.io"),
              "Rhône Commodities – please select a time for your interview", "2026-10-20 11:05", ZRH,
              "<gh.avail.f0c9e1d2b3a4@geopod-ismtpd-3-9>",
              relay="from o3.email.greenhouse.io (o3.email.greenhouse.io [198.51.100.33])", mx_id="4RxK8Ft2Mv5z",
              extra=(("Reply-To", addr("Camille Roux", "camille.roux@rhone-commodities.ch")),))
    return message(hs, alt(text(body), html(para_html(body))))


@mail(N(30), family="recruiter_outreach", lang="de", interview=False, company="Pilatus Privatbank AG",
      note="In-house recruiter cold outreach via LinkedIn-style mail asking for a short call 'in den nächsten "
           "Tagen'; nothing fixed")
def outreach_pilatus() -> bytes:
    body = t("""
        Grüezi Frau Keller

        Ihr Profil ist mir bei der Suche nach einer erfahrenen Persönlichkeit für unser Team Market & Liquidity Risk aufgefallen. Wir bauen den Bereich in Zürich aus und suchen eine/n Senior Risk Analyst mit Erfahrung in historischer Simulation und Stresstests.

        Hätten Sie in den nächsten Tagen Zeit für einen kurzen, unverbindlichen Austausch am Telefon? Sagen Sie mir einfach, wann es Ihnen passt.

        Freundliche Grüsse
        Ramona Furrer
        Talent Acquisition
        Pilatus Privatbank AG | Bahnhofplatz 1 | 8001 Zürich
        ramona.furrer@pilatus-privatbank.ch
        """)
    hs = head(addr("Ramona Furrer", "ramona.furrer@pilatus-privatbank.ch"),
              "Senior Risk Analyst Market & Liquidity Risk – kurzer Austausch?", "2026-09-08 09:12", ZRH,
              "<ZR1P278MB0991F1E2D3C4B5A6@ZR1P278MB0991.CHEP278.PROD.OUTLOOK.COM>",
              relay="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2105.outbound.protection.outlook.com [52.100.0.105])",
              mx_id="4Qx2Gh7Rn0z9")
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(N(31), family="proposed_times", lang="de", interview=False, company="Vorsorgestiftung Aare",
      note="Recruiter proposes times ('Würde Ihnen Dienstag, 15.12., um 10 Uhr passen? Alternativ Mittwoch, "
           "16.12., 14 Uhr') and asks for confirmation; nothing confirmed yet",
      days=(("Tue", "2026-12-15"), ("Wed", "2026-12-16")))
def proposed_aare() -> bytes:
    body = t("""
        Sehr geehrte Frau Keller

        Vielen Dank für Ihre Bewerbung als Risk Managerin Kapitalanlagen. Herr Zürcher und ich würden Sie gerne persönlich kennenlernen.

        Würde Ihnen Dienstag, 15.12., um 10 Uhr passen? Alternativ könnten wir Mittwoch, 16.12., um 14 Uhr anbieten. Das Gespräch fände bei uns an der Laupenstrasse 18 in Bern statt.

        Ich freue mich auf Ihre Rückmeldung, danach sende ich Ihnen gerne eine Bestätigung.

        Freundliche Grüsse
        Daniela Marti
        Personal
        Vorsorgestiftung Aare, Laupenstrasse 18, 3008 Bern
        daniela.marti@vorsorge-aare.ch
        """)
    hs = head(addr("Marti Daniela", "daniela.marti@vorsorge-aare.ch"),
              "Ihre Bewerbung – Terminvorschlag", "2026-12-09 10:34", ZRH,
              "<6B1F0E2D3C4A@mail.vorsorge-aare.ch>",
              relay="from mail.vorsorge-aare.ch (mail.vorsorge-aare.ch [192.0.2.201])", mx_id="4T5m3Zk1Bq7z")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(32), family="job_centre", lang="de", interview=False, company=None,
      note="Unemployment-office (RAV) invitation to a first counselling interview ('Erstgespräch', "
           "Thu 17 Sep 09.30 Uhr) during Nina's notice period; fixed time, but not a job interview",
      days=(("Thu", "2026-09-17"),))
def rav_erstgespraech() -> bytes:
    body = t("""
        Sehr geehrte Frau Keller

        Sie haben sich beim Regionalen Arbeitsvermittlungszentrum (RAV) zur Stellensuche angemeldet. Wir laden Sie hiermit zum Erstgespräch mit Ihrer Personalberaterin ein:

        Datum: Donnerstag, 17. September 2026
        Zeit: 09.30 Uhr
        Ort: RAV Zürich Oerlikon, Thurgauerstrasse 60, 8050 Zürich, 4. Stock
        Personalberaterin: Frau Sandra Gloor

        Bitte bringen Sie mit: Ausweis bzw. Ausländerausweis, AHV-Nummer, Kündigungsschreiben, Arbeitszeugnisse und Nachweise Ihrer Arbeitsbemühungen der letzten drei Monate.

        Die Teilnahme ist obligatorisch. Können Sie den Termin aus zwingenden Gründen nicht wahrnehmen, melden Sie sich bitte mindestens 24 Stunden vorher telefonisch unter 044 555 21 00.

        Freundliche Grüsse
        RAV Zürich Oerlikon
        Amt für Arbeitsmarkt
        """)
    hs = head(addr("RAV Zürich Oerlikon", "rav.oerlikon@arbeitsmarkt-zh.ch"),
              "Einladung zum Erstgespräch beim RAV", "2026-09-10 14:02", ZRH,
              "<RAV.OER.2026.0910.88412@arbeitsmarkt-zh.ch>",
              relay="from smtp.arbeitsmarkt-zh.ch (smtp.arbeitsmarkt-zh.ch [192.0.2.231])", mx_id="4Qz4Hm1Wc8z0")
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             text("Merkblatt Erstgespräch: Ablauf, Rechte und Pflichten (siehe PDF im Portal job-room).\n",
                                  charset="utf-8", cte="quoted-printable",
                                  extra=(("Content-Disposition", 'attachment; filename="Merkblatt.txt"'),))))


@mail(N(33), family="press_interview", lang="de", interview=False, company=None,
      note="A journalist confirms a phone interview WITH Nina about climate risk (Fri 23 Oct, 11 Uhr); "
           "fixed time, but press, not a job interview", days=(("Fri", "2026-10-23"),))
def press_finanzblatt() -> bytes:
    body = t("""
        Liebe Frau Keller

        Herzlichen Dank, dass Sie sich für das Interview zur Verfügung stellen! Ich bestätige gerne: Freitag, 23. Oktober, 11 Uhr, telefonisch. Ich rufe Sie auf Ihrer Mobilnummer an; wir rechnen mit etwa 30 Minuten.

        Themen wären, wie besprochen: Wie rechnen Schweizer Banken Klimarisiken in ihre Stresstests ein, und wo liegen die Grenzen der Modelle? Ihr Vortrag an der Risk Konferenz in Bern hat mich da sehr angesprochen.

        Sie erhalten die Zitate vor Publikation zur Freigabe.

        Beste Grüsse
        Lea Gerber
        Redaktorin Geld & Märkte
        Finanzblatt Zürich
        """)
    hs = head(addr("Lea Gerber", "lea.gerber@finanzblatt.ch"),
              "Interview Klimarisiken – Bestätigung", "2026-10-19 16:25", ZRH,
              "<3f9a1c0e-lg-finanzblatt@mail.finanzblatt.ch>",
              relay="from mail.finanzblatt.ch (mail.finanzblatt.ch [192.0.2.55])", mx_id="4Rw9Nb3Xs1z6")
    return message(hs, text(body, cte="8bit"))


@mail(N(34), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a recording session with Nina as guest (Tue 3 Nov, 17:00 CET, Riverside); "
           "fixed time, but a podcast interview", days=(("Tue", "2026-11-03"),))
def podcast_risk_unfiltered() -> bytes:
    body = t("""
        Hi Nina,

        Great to have you on Risk Unfiltered! Confirming our recording for Tuesday, 3 November at 17:00 CET (16:00 UTC). We'll record on Riverside:

        https://riverside.fm/studio/risk-unfiltered?t=ab73c1

        The interview itself is about 40 minutes; we'll chat about model risk in AI-driven credit scoring. Please use headphones and a wired connection if you can.

        I've attached a short guest brief.

        Cheers,
        Daniel Brooks
        Host, Risk Unfiltered
        """)
    hs = head(addr("Daniel Brooks", "dan@riskunfiltered.fm"),
              "Risk Unfiltered – recording confirmed (Nov 3)", "2026-10-28 20:40", "Europe/London",
              "<CAJx81+kB2nQpT7vWd0@mail.gmail.com>",
              relay="from mail-ej1-f50.google.com (mail-ej1-f50.google.com [209.85.218.50])", mx_id="4SDa6Kp9Tr2z")
    brief = t("""
        Risk Unfiltered – Guest brief
        Episode 87: Model risk in AI credit scoring
        Recording: Tue 3 Nov 2026, 17:00 CET
        Format: conversation, lightly edited, published ~2 weeks later
        """)
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             text(brief, extra=(("Content-Disposition", 'attachment; filename="guest-brief.txt"'),))))


@mail(N(35), family="admissions_interview", lang="en", interview=False, company=None,
      note="Executive MBA admissions interview confirmed (Wed 14 Oct 2026, 15:00 CEST, Zoom); fixed time, "
           "but a school admission interview, not a job interview", days=(("Wed", "2026-10-14"),))
def mba_admissions() -> bytes:
    body = t("""
        Dear Ms Keller,

        Thank you for your application to the Executive MBA (Class of 2028). We are pleased to confirm your admissions interview:

        Date: Wednesday, 14 October 2026
        Time: 15:00 CEST (Lausanne)
        Format: Zoom, 45 minutes, with a member of the Admissions Committee
        Link: https://lakeside-sm.zoom.us/j/92044718250

        Please have your passport or ID ready for identity verification at the start of the interview.

        Kind regards,
        Admissions Office
        Lakeside School of Management, Lausanne
        """)
    hs = head(addr("Lakeside School of Management – Admissions", "admissions@lakeside-sm.ch"),
              "EMBA Admissions Interview – Confirmation", "2026-10-06 10:00", ZRH,
              "<adm.20261006.4471@lakeside-sm.ch>",
              relay="from mx-out.lakeside-sm.ch (mx-out.lakeside-sm.ch [203.0.113.170])", mx_id="4RlV1Cw5Fq3z")
    return message(hs, alt(text(body), html(para_html(body, "font-family:Georgia,serif"))))


@mail(N(36), family="sports_tryout", lang="de", interview=False, company=None,
      note="Rugby club invites Nina to a try-out training (Thu 17 Sep, 19.30 Uhr); fixed time, not a job",
      days=(("Thu", "2026-09-17"),))
def rugby_probetraining() -> bytes:
    body = t("""
        Hoi Nina

        Mega, dass du bei uns reinschauen willst! Unser Probetraining fürs Frauenteam ist am Donnerstag, 17.9., um 19.30 Uhr auf der Sportanlage Juchhof (Platz 4). Komm am besten 15 Minuten früher, dann zeig ich dir die Garderobe.

        Mitnehmen: Nockenschuhe (Fussballschuhe gehen auch), Mundschutz falls vorhanden, Trinkflasche. Den Rest haben wir.

        Bis Donnerstag!
        Steffi
        Captain Women's XV, Rugby Club Limmat
        """)
    hs = head(addr("Steffi Baumann", "steffi.baumann@rc-limmat.ch"),
              "Probetraining am Donnerstag 🏉", "2026-09-14 21:17", ZRH,
              "<m2a8c1d9f0e7@rc-limmat.ch>",
              relay="from smtp.hostpoint.ch (smtp.hostpoint.ch [217.26.49.138])", mx_id="4Qy6Rn9Vd2z4")
    return message(hs, text(body))


@mail(N(37), family="car_service", lang="de", interview=False, company=None,
      note="Garage confirms a car service appointment (Mo, 12.10.2026, 07.30 Uhr); fixed time, not a job",
      days=(("Mon", "2026-10-12"),))
def garage_service() -> bytes:
    body = t("""
        Terminbestätigung

        Guten Tag Frau Keller

        Besten Dank für Ihre Online-Buchung. Wir bestätigen Ihren Termin:

        Mo, 12.10.2026, 07.30 Uhr - Fahrzeugannahme
        Fahrzeug: VW Golf Variant, ZH 418 227
        Arbeiten: 60'000-km-Service, Radwechsel (Winterräder eingelagert)
        Voraussichtliche Abholung: ab 16.30 Uhr

        Ersatzfahrzeug: nicht gewünscht

        Freundliche Grüsse
        Ihr Serviceteam
        Garage Hürlimann AG, Badenerstrasse 540, 8048 Zürich
        """)
    hs = head(addr("Garage Hürlimann AG", "service@garage-huerlimann.ch"),
              "Terminbestätigung Service Mo, 12.10.2026", "2026-10-05 13:44", ZRH,
              "<svc-88127.20261005@garage-huerlimann.ch>",
              relay="from out.dms-mailer.ch (out.dms-mailer.ch [203.0.113.101])", mx_id="4RnB5Xk8Jc2z")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(38), family="tax_appointment", lang="de", interview=False, company=None,
      note="Fiduciary confirms a tax-return meeting ('Besprechung Steuererklärung', Mi, 11.11., 17.30 Uhr); "
           "fixed time, not a job interview", days=(("Wed", "2026-11-11"),))
def treuhand_steuer() -> bytes:
    body = t("""
        Grüezi Frau Keller

        Gerne bestätige ich Ihnen unseren Termin zur Besprechung Ihrer Steuererklärung 2025 am Mittwoch, 11.11., um 17.30 Uhr bei uns im Büro.

        Bitte bringen Sie folgende Unterlagen mit:
        - Lohnausweis 2025
        - Bescheinigung Säule 3a
        - Steuerauszug Ihrer Bank per 31.12.2025
        - Belege zu Weiterbildungskosten (CFA)

        Da Ihre Stelle per Ende Jahr endet, schauen wir auch gleich die Auswirkungen auf die provisorische Rechnung 2026 an.

        Freundliche Grüsse
        Beat Schnyder
        Treuhand Sonnenberg GmbH, Kapfsteig 44, 8032 Zürich
        """)
    hs = head(addr("Beat Schnyder", "b.schnyder@treuhand-sonnenberg.ch"),
              "Termin Steuererklärung 2025", "2026-11-04 08:51", ZRH,
              "<001a01dc4e2b$7c3f1e20$74b55a60$@treuhand-sonnenberg.ch>",
              relay="from smtp.treuhand-sonnenberg.ch (smtp.treuhand-sonnenberg.ch [192.0.2.144])", mx_id="4SFb8Pq2Lw5z",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(para_html(body, "font-family:Arial;font-size:10pt"), charset="windows-1252")))


@mail(N(39), family="mock_interview", lang="de", interview=False, company=None,
      note="Career coach confirms a paid mock-interview session (Sa, 21.11., 10.00-11.30 Uhr, Zoom); "
           "fixed time, but practice, not a job interview", days=(("Sat", "2026-11-21"),))
def coach_mock() -> bytes:
    body = t("""
        Liebe Nina

        Super, dann haben wir unser Mock-Interview fix: Samstag, 21.11., 10.00–11.30 Uhr via Zoom (Link unten). Ich spiele den Head of Risk einer Privatbank, danach machen wir 30 Minuten Feedback.

        Schick mir bis Donnerstag bitte das Stelleninserat, auf das du dich vorbereiten willst (Aaretal oder Quaibrücke?), dann stimme ich die Fragen darauf ab.

        Zoom: https://us06web.zoom.us/j/81234560987?pwd=Y29hY2hpbmc

        Herzlich
        Simone

        Simone Wälti – Karrierecoaching für Finanzfachleute
        www.waelti-coaching.ch
        """)
    hs = head(addr("Simone Wälti", "simone@waelti-coaching.ch"),
              "Mock-Interview am Samstag – Bestätigung", "2026-11-16 18:02", ZRH,
              "<C8E1A9F2-7B3D-4E6A-9C0B-1D2E3F4A5B6C@waelti-coaching.ch>",
              relay="from smtp.infomaniak.ch (smtp.infomaniak.ch [84.16.66.164])", mx_id="4SRc3Mv6Hy0z",
              extra=(("X-Mailer", "Apple Mail (2.3826.500.181)"),))
    return message(hs, alt(text(body), html(para_html(body, "font-family:-apple-system,Helvetica"))))


@mail(N(40), family="forwarded_other", lang="de", interview=False, company=None,
      note="Nina's brother forwards HIS OWN confirmed interview (Workday text, Mon 16 Nov 09:00 CET, Brugg) "
           "asking for tips; a real confirmation, but not the inbox owner's interview",
      days=(("Mon", "2026-11-16"),))
def brother_forward() -> bytes:
    body = t("""
        Hoi Schwesterherz

        Schau mal, ich hab tatsächlich ein Interview bekommen!! Hast du am Wochenende kurz Zeit, mit mir die typischen Fragen durchzugehen? Du kennst das ja inzwischen 😅

        Lukas

        ---------- Forwarded message ---------
        Von: Aargau Automation Careers <aargauautomation@myworkday.com>
        Date: Mo., 9. Nov. 2026 um 14:22 Uhr
        Subject: Interview Confirmation: Process Engineer
        To: <lukas.keller@example.com>

        Dear Lukas Keller,

        Your interview for Process Engineer (R-2231) is confirmed.

        Date: Monday, 16 November 2026
        Time: 09:00 AM - 10:30 AM CET
        Location: Aargau Automation AG, Industriestrasse 12, 5200 Brugg

        Kind regards,
        Talent Acquisition
        Aargau Automation AG
        """)
    hs = head(addr("Lukas Keller", "lukas.keller@example.com"),
              "Fwd: Interview Confirmation: Process Engineer", "2026-11-09 19:48", ZRH,
              "<CAMq3T+Lk8vB2nR4wYp1@mail.gmail.com>",
              relay="from mail-lf1-f45.google.com (mail-lf1-f45.google.com [209.85.167.45])", mx_id="4SMd0Rx7Gk4z")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(41), family="interviewer_invite", lang="de", interview=False, company=None,
      note="Current employer (Uto Re) asks Nina to sit on the panel interviewing a candidate (Exchange "
           "request, Di 22.9. 13:30); an interview at a fixed time, but Nina is the interviewer",
      days=(("Tue", "2026-09-22"),))
def exchange_uto_interviewer() -> bytes:
    body = t("""
        Wann: Dienstag, 22. September 2026 13:30-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Uto Re, Raum Üetliberg (3.12)

        Hallo Nina

        Danke, dass du trotz deiner Kündigung noch beim Interview für deine Nachfolge dabei bist – deine Einschätzung ist uns wichtig. Kandidat: Marc Bühler (CV im Anhang der separaten Mail). Bitte bereite zwei, drei technische Fragen zu VaR-Backtesting vor.

        Gruss
        Ursula
        HR Business Partner, Uto Rückversicherung AG
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %s
        BEGIN:VEVENT
        ORGANIZER;CN=Kälin Ursula:mailto:ursula.kaelin@uto-re.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Keller Nina:mailto:nina.keller@uto-re.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bolliger Reto:mailto:reto.bolliger@uto-re.ch
        SUMMARY;LANGUAGE=de-CH:Interview Kandidat M. Bühler – Risk Analyst (Panel)
        DTSTART;TZID=W. Europe Standard Time:20260922T133000
        DTEND;TZID=W. Europe Standard Time:20260922T143000
        UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260916T081530Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Uto Re\\, Raum Üetliberg (3.12)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """) % VTZ_WEST
    hs = [("Received", received("from mail.uto-re.ch (mail.uto-re.ch [192.0.2.77])", "2026-09-16 10:15", ZRH,
                                "mx2.mail.example.org (Postfix) with ESMTPS id 4R9b2Nc4Wf6z", NINA)),
          ("X-Forwarded-To", NINA), ("X-Forwarded-For", "nina.keller@uto-re.ch nina.keller@example.org"),
          ("From", addr("Kälin Ursula", "ursula.kaelin@uto-re.ch")),
          ("To", addr("Keller Nina", "nina.keller@uto-re.ch") + ", " + addr("Bolliger Reto", "reto.bolliger@uto-re.ch")),
          ("Subject", enc("Interview Kandidat M. Bühler – Risk Analyst (Panel)")),
          ("Date", date("2026-09-16 10:15", ZRH)),
          ("Message-ID", "<ZR2P278MB0555A9B8C7D6E5F4@ZR2P278MB0555.CHEP278.PROD.OUTLOOK.COM>"),
          ("Content-Language", "de-CH")]
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


@mail(N(42), family="auto_reply", lang="de", interview=False, company="Gurten Energie AG",
      note="Out-of-office auto-reply from a recruiter (Auto-Submitted) to Nina's question about an interview "
           "date; gives an absence period, no appointment; company = the sender's employer",
      days=(("Mon", "2026-09-28"),))
def ooo_gurten() -> bytes:
    body = t("""
        Guten Tag

        Vielen Dank für Ihre Nachricht. Ich bin bis und mit Montag, 28. September 2026 abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an recruiting@gurten-energie.ch.

        Freundliche Grüsse
        Reto Zaugg
        """)
    hs = head(addr("Zaugg Reto", "reto.zaugg@gurten-energie.ch"),
              "Automatische Antwort: Rückfrage zum Interviewtermin", "2026-09-23 19:31", ZRH,
              "<GVAP278MB02114B8C7D6E5F40A1@GVAP278MB0211.CHEP278.PROD.OUTLOOK.COM>",
              relay="from CHE01-GV0-obe.outbound.protection.outlook.com (mail-gv0che01on2119.outbound.protection.outlook.com [52.100.11.119])",
              mx_id="4RfD2Lx0Nh8z",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAQ1w2E3r4@mail.example.org>")))
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


@mail(N(43), family="bounce", lang="de", interview=False, company=None,
      note="Delivery-status notification: Nina's own acceptance ('Donnerstag, 22.10., um 14 Uhr') to a "
           "mistyped address bounced; the returned message is hers and never arrived, so nothing is confirmed",
      days=(("Thu", "2026-10-22"),))
def bounce_dsn() -> bytes:
    report = t("""
        This is the mail system at host mx2.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <andreas.vonrotz@seegarten-capital.ch>: host mx.seegarten-capital.ch[192.0.2.99]
            said: 550 5.1.1 <andreas.vonrotz@seegarten-capital.ch>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.mail.example.org
        X-Postfix-Queue-ID: 4RyF7Tb2Kq9z
        Arrival-Date: Fri, 16 Oct 2026 08:02:11 +0200 (CEST)

        Final-Recipient: rfc822; andreas.vonrotz@seegarten-capital.ch
        Original-Recipient: rfc822;andreas.vonrotz@seegarten-capital.ch
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.seegarten-capital.ch
        Diagnostic-Code: smtp; 550 5.1.1 <andreas.vonrotz@seegarten-capital.ch>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Guten Tag Herr von Rotz

        Vielen Dank für die Einladung. Gerne komme ich am Donnerstag, 22.10., um 14 Uhr zu Ihnen nach Zug.

        Freundliche Grüsse
        Nina Keller
        """)
    orig = message([("From", TO), ("To", "andreas.vonrotz@seegarten-capital.ch"),
                    ("Subject", enc("Re: Gespräch Senior Market Risk Analyst")),
                    ("Date", date("2026-10-16 08:02", ZRH)),
                    ("Message-ID", "<CAQ9z8Y7x6@mail.example.org>")], text(orig_body, cte="8bit"))
    hs = [("Received", received("from localhost (localhost [127.0.0.1])", "2026-10-16 08:02", ZRH,
                                "mx2.mail.example.org (Postfix)", NINA, lag=9)),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.mail.example.org")),
          ("To", NINA),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-10-16 08:02", ZRH)),
          ("Message-ID", "<20261016060211.9C1F2A0045@mx2.mail.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    dsn = raw_part([("Content-Type", "message/delivery-status")], status)
    return message(hs, multipart("report", text(report, charset="us-ascii", cte="7bit"), dsn,
                                 attached_message(orig), params="report-type=delivery-status"))


@mail(N(44), family="team_event", lang="de", interview=False, company=None,
      note="Current employer's team dinner (Outlook request, Do 10.12. 18:30, fondue) forwarded from the work "
           "address; a fixed time, not an interview", days=(("Thu", "2026-12-10"),))
def exchange_fondue() -> bytes:
    body = t("""
        Wann: Donnerstag, 10. Dezember 2026 18:30-22:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Restaurant Chäsalp, Tobelhofstrasse 236, Zürich

        Liebes Risk-Team

        Zum Jahresabschluss (und um Nina gebührend zu verabschieden!) gehen wir wieder ins Chäsalp zum Fondue. Vom Bahnhof Stettbach gehen wir zusammen zu Fuss hoch, Treffpunkt 18:10 beim Tram.

        Bitte Zu-/Absage über die Einladung.

        Gruss
        Reto
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        %s
        BEGIN:VEVENT
        ORGANIZER;CN=Bolliger Reto:mailto:reto.bolliger@uto-re.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Risk Team:mailto:risk-team@uto-re.ch
        SUMMARY;LANGUAGE=de-CH:Team-Fondue Risk 🧀
        DTSTART;TZID=W. Europe Standard Time:20261210T183000
        DTEND;TZID=W. Europe Standard Time:20261210T220000
        UID:040000008200E00074C5B7101A82E0080000000011223344556677DC01000000000000000010000000DEADBEEF00112233445566778899AABB
        CLASS:PUBLIC
        DTSTAMP:20261126T101203Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Restaurant Chäsalp\\, Tobelhofstrasse 236\\, Zürich
        END:VEVENT
        END:VCALENDAR
        """) % VTZ_WEST
    hs = [("Received", received("from mail.uto-re.ch (mail.uto-re.ch [192.0.2.77])", "2026-11-26 11:12", ZRH,
                                "mx2.mail.example.org (Postfix) with ESMTPS id 4SZa1Kc8Pt3z", NINA)),
          ("X-Forwarded-To", NINA),
          ("From", addr("Bolliger Reto", "reto.bolliger@uto-re.ch")),
          ("To", addr("Risk Team", "risk-team@uto-re.ch")),
          ("Subject", enc("Team-Fondue Risk 🧀")),
          ("Date", date("2026-11-26 11:12", ZRH)),
          ("Message-ID", "<ZR2P278MB0555C0FFEE11223344@ZR2P278MB0555.CHEP278.PROD.OUTLOOK.COM>")]
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


@mail(N(45), family="doctor", lang="de", interview=False, company=None,
      note="Booking platform confirms a GP appointment (Do, 15.10.2026, 08.15 Uhr); fixed time, not a job",
      days=(("Thu", "2026-10-15"),))
def doctor_booking() -> bytes:
    body = t("""
        <html><body style="font-family:Helvetica,Arial;font-size:14px;color:#233">
        <h2 style="color:#0a7a6b">Ihr Termin ist bestätigt</h2>
        <p>Guten Tag Nina Keller</p>
        <table cellpadding="4">
        <tr><td><b>Wann</b></td><td>Do, 15.10.2026 um 08:15</td></tr>
        <tr><td><b>Bei</b></td><td>Dr. med. Sara Lanz, Fachärztin Allgemeine Innere Medizin</td></tr>
        <tr><td><b>Wo</b></td><td>Praxis am Stauffacher, Badenerstrasse 18, 8004 Zürich</td></tr>
        <tr><td><b>Grund</b></td><td>Kontrolle / Check-up</td></tr>
        </table>
        <p>Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bis 24 Stunden vorher kostenlos: <a href="https://www.meditermin.ch/t/8f2a1c">Termin verwalten</a></p>
        <p style="font-size:11px;color:#789">meditermin.ch – Arzttermine online buchen</p>
        </body></html>
        """)
    hs = head(addr("meditermin.ch", "noreply@meditermin.ch"),
              "Terminbestätigung: Dr. med. Sara Lanz, Do 15.10. 08:15", "2026-10-08 12:26", ZRH,
              "<mt.8f2a1c.20261008@meditermin.ch>",
              relay="from out-2.meditermin.ch (out-2.meditermin.ch [203.0.113.15])", mx_id="4RqH9Fw4Zd1z")
    return message(hs, html(body, cte="base64"))


@mail(N(46), family="flat_viewing", lang="de", interview=False, company=None,
      note="Property manager confirms a flat viewing (Samstag, 31.10., 11.00 Uhr); fixed time, not a job",
      days=(("Sat", "2026-10-31"),))
def flat_viewing() -> bytes:
    body = t("""
        Guten Tag Frau Keller

        Besten Dank für Ihr Interesse an der 3.5-Zimmer-Wohnung an der Nordstrasse 212, 8037 Zürich (3. OG, CHF 2'840.– inkl. NK).

        Gerne bestätigen wir Ihnen den Besichtigungstermin am Samstag, 31.10., um 11.00 Uhr. Die Besichtigung findet gemeinsam mit weiteren Interessenten statt; Frau Aebi von unserer Bewirtschaftung wird vor Ort sein.

        Das Anmeldeformular sowie einen aktuellen Betreibungsregisterauszug können Sie direkt an der Besichtigung abgeben.

        Freundliche Grüsse
        Immobilien Wipkingen AG
        Bewirtschaftung
        """)
    hs = head(addr("Immobilien Wipkingen AG", "vermietung@immo-wipkingen.ch"),
              "Besichtigung Nordstrasse 212 – Bestätigung", "2026-10-27 15:40", ZRH,
              "<5c2e1a9b.immo-wipkingen@mail.immo-wipkingen.ch>",
              relay="from mail.immo-wipkingen.ch (mail.immo-wipkingen.ch [192.0.2.190])", mx_id="4S7Yp3Mv0Kc8")
    return message(hs, text(body, charset="windows-1252"))


@mail(N(47), family="parent_teacher", lang="de", interview=False, company=None,
      note="Teacher confirms a parent-teacher meeting ('Elterngespräch', Dienstag, 24. November, 17.15 Uhr); "
           "'Gespräch' at a fixed time, not a job interview", days=(("Tue", "2026-11-24"),))
def elterngespraech() -> bytes:
    body = t("""
        Liebe Frau Keller

        Danke für Ihre Rückmeldung im Doodle. Ich bestätige gerne das Elterngespräch für Mia am Dienstag, 24. November, um 17.15 Uhr im Schulzimmer B 2.04. Wir haben rund 30 Minuten Zeit.

        Wir schauen gemeinsam auf das erste Quartal in der 3. Klasse und die Lernziele im Rechnen, wo Mia grosse Fortschritte gemacht hat.

        Freundliche Grüsse
        Michèle Brändli
        Klassenlehrperson 3b, Schule Letten
        """)
    hs = head(addr("Michèle Brändli", "michele.braendli@schule-letten.ch"),
              "Elterngespräch Mia – Dienstag, 24. November", "2026-11-17 07:55", ZRH,
              "<d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6@schule-letten.ch>",
              relay="from mail.schule-letten.ch (mail.schule-letten.ch [192.0.2.210])", mx_id="4SSa7Gt1Hr5z")
    return message(hs, text(body, cte="8bit"))


@mail(N(48), family="citizenship_interview", lang="de", interview=False, company=None,
      note="City naturalisation office invites to the naturalisation interview ('Einbürgerungsgespräch', "
           "Mittwoch, 2. Dezember 2026, 10.00 Uhr); fixed time, an official interview but not a job",
      days=(("Wed", "2026-12-02"),))
def einbuergerung() -> bytes:
    body = t("""
        Einladung zum Einbürgerungsgespräch

        Sehr geehrte Frau Keller

        Im Rahmen Ihres Gesuchs um Einbürgerung (Dossier-Nr. EB-2026-04418) laden wir Sie zum persönlichen Gespräch ein:

        Mittwoch, 2. Dezember 2026, 10.00 Uhr
        Stadthaus Zürich, Stadthausquai 17, Büro 211

        Das Gespräch dauert rund 45 Minuten. Es werden Ihre Kenntnisse über die Schweiz, den Kanton und die Stadt Zürich sowie Ihre Integration besprochen. Bitte bringen Sie Ihren Pass und Ihren Ausländerausweis mit.

        Freundliche Grüsse
        Stadt Zürich, Einbürgerungen
        """)
    hs = head(addr("Einbürgerungen Stadt Zürich", "einbuergerungen@stadtverwaltung-zh.ch"),
              "Einladung zum Einbürgerungsgespräch – EB-2026-04418", "2026-11-12 14:10", ZRH,
              "<eb.2026.04418.1112@stadtverwaltung-zh.ch>",
              relay="from smtp1.stadtverwaltung-zh.ch (smtp1.stadtverwaltung-zh.ch [192.0.2.12])", mx_id="4SQf2Vn6Jt9z")
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             text("Einladung EB-2026-04418 (PDF-Version im Online-Schalter).\n",
                                  extra=(("Content-Disposition", 'attachment; filename="Einladung.txt"'),))))


@mail(N(49), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation with ICS (Thu 22 Oct 18:30 CEST, 'Tail risk in practice' talk + "
           "panel); a fixed time, not an interview", days=(("Thu", "2026-10-22"),))
def meetup_quant() -> bytes:
    body = t("""
        You're going!

        Zurich Quant & Risk Meetup
        Tail risk in practice: from EVT to stress scenarios
        Thursday, October 22, 2026
        6:30 PM to 9:00 PM CEST

        Impact Hub Zürich – Viadukt, Viaduktstrasse 93, Zürich

        Agenda: 18:30 doors & pizza, 19:00 talk, 19:45 panel ("What I ask in risk interviews" – three hiring managers), 20:30 networking.

        Add to calendar: invite attached.

        Meetup – https://www.meetup.com/zurich-quant-risk/events/3042718
        Unsubscribe from this group's emails: https://www.meetup.com/account/comm/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Meetup//Meetup Events v1.0//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261015T091201Z
        DTSTART:20261022T163000Z
        DTEND:20261022T190000Z
        UID:event_3042718@meetup.com
        SUMMARY:Tail risk in practice: from EVT to stress scenarios
        LOCATION:Impact Hub Zürich – Viadukt (Viaduktstrasse 93\\, Zürich)
        URL:https://www.meetup.com/zurich-quant-risk/events/3042718
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Meetup", "info@meetup.com"),
              "You're going to Tail risk in practice: from EVT to stress scenarios", "2026-10-15 09:12", "UTC",
              "<0102019a1b2c3d4e-meetup-rsvp-3042718@email.amazonses.com>",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              mx_id="4RsM0Ck3Wp6z",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"), ("Precedence", "bulk")))
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, method="PUBLISH", filename="event.ics", disposition="attachment",
                                      cte="quoted-printable")))


@mail(N(50), family="catch_up_later", lang="fr", interview=False, company="Banque Mont-Salève SA",
      note="Geneva recruiter after the November interview: process frozen until January, 'on se reparle "
           "début janvier'; no fixed time")
def montsaleve_janvier() -> bytes:
    body = t("""
        Bonjour Madame Keller,

        Je reviens vers vous concernant le poste d'Analyste Risques quantitatifs. Nos budgets 2027 ne seront validés qu'à la mi-janvier, et nous avons donc décidé de suspendre le processus jusque-là.

        Votre entretien avec M. Monnier s'est très bien passé et votre candidature reste prioritaire pour nous. Je vous propose qu'on se reparle début janvier ; je vous enverrai quelques disponibilités à ce moment-là.

        Je vous souhaite d'ici là de belles fêtes de fin d'année.

        Avec mes meilleures salutations,

        Aurélie Favre
        Chargée de recrutement
        Banque Mont-Salève SA
        """)
    hs = head(addr("Favre Aurélie", "aurelie.favre@montsaleve-banque.ch", "iso-8859-1"),
              "Votre candidature – point de situation", "2026-12-14 11:26", ZRH,
              "<ZR0P278MB1220F9E8D7C6B5A4@ZR0P278MB1220.CHEP278.PROD.OUTLOOK.COM>",
              relay="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2107.outbound.protection.outlook.com [52.100.0.107])",
              mx_id="4T6k8Rb5Dn2z", extra=(("Content-Language", "fr-CH"),))
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt"), charset="iso-8859-1")))
