"""blind72: a blind 50-mail held-out set, the inbox of a job seeker in Düsseldorf (Sep-Dec 2026).

Each function below builds one mail by hand; ``make.py`` does the MIME plumbing and the checks.
Build and check with ``python3 bench/heldout/make_blind.py blind72``.

Written blind by a helper session: without reading the detector, its tests, fixtures, or the other
held-out mails. Inbox owner: Ines Kowalczyk <ines.kowalczyk@example.org>, supply-chain analyst in
Düsseldorf (Europe/Berlin). Keys 1-23 are positives, 24-50 negatives; the file number of the mail
written key-th is ORDER[key - 1].
"""

from __future__ import annotations

import random

from make import (
    VTZ,
    Part,
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
    received,
    t,
    text,
)

ORDER = random.Random(72072).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind72_{ORDER[key - 1]:03d}"


INES = "ines.kowalczyk@example.org"
ME = addr("Ines Kowalczyk", INES)


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 3) -> str:
    """Received: header of Ines's provider for a mail sent from ``host`` at ``when``."""
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx02.example.org (Postfix) with ESMTPS id {qid}", INES, lag)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME,
         host: tuple[str, str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         pre: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", INES)]
    if host:
        hs.append(("Received", rcv(host[0], host[1], when, zone, host[2])))
    hs += list(pre)
    hs += [("From", frm), ("To", to), ("Subject", subject), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T12:00:00Z", end="2026-09-10T12:45:00Z",
      contact="femke.degroot@kanaalzicht-freight.nl", company="Kanaalzicht Freight B.V.",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone="Europe/Amsterdam",
      note="Greenhouse confirmation, '2:00 PM - 2:45 PM CEST (Europe/Amsterdam)' on Thu 10 Sep; CEST = "
           "UTC+2 so 12:00Z-12:45Z, the ICS (in UTC) agrees; contact = Reply-To recruiter")
def m_kanaalzicht_greenhouse():
    body = t("""
        Hi Ines,

        Thank you for your interest in Kanaalzicht Freight! We're happy to confirm your interview for the Supply Chain Analyst – Network Planning position.

        Interview: Hiring Manager Conversation
        Date: Thursday, September 10, 2026
        Time: 2:00 PM - 2:45 PM CEST (Europe/Amsterdam)
        Location: Google Meet – https://meet.google.com/kzf-wqrp-tdn

        You'll be speaking with:
        Joris Bakker, Head of Network Planning

        A calendar invitation is attached. If you need to make any changes, simply reply to this email and it will reach me directly.

        Best regards,
        Femke de Groot
        Talent Acquisition | Kanaalzicht Freight B.V.
        Westelijke Handelskade 41, 1013 BN Amsterdam

        Powered by Greenhouse
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Ines,</p>
        <p>Thank you for your interest in Kanaalzicht Freight! We&#39;re happy to confirm your interview for the <strong>Supply Chain Analyst &ndash; Network Planning</strong> position.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Hiring Manager Conversation</td></tr>
        <tr><td><b>Date:</b></td><td>Thursday, September 10, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>2:00 PM - 2:45 PM CEST (Europe/Amsterdam)</td></tr>
        <tr><td><b>Location:</b></td><td>Google Meet &ndash; <a href="https://meet.google.com/kzf-wqrp-tdn">meet.google.com/kzf-wqrp-tdn</a></td></tr>
        </table>
        <p>You&#39;ll be speaking with:<br>Joris Bakker, Head of Network Planning</p>
        <p>A calendar invitation is attached. If you need to make any changes, simply reply to this email and it will reach me directly.</p>
        <p>Best regards,<br>Femke de Groot<br>Talent Acquisition | Kanaalzicht Freight B.V.<br>Westelijke Handelskade 41, 1013 BN Amsterdam</p>
        <p style="color:#8a949e;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5528391004-kanaalzicht
DTSTAMP:20260907T081422Z
DTSTART:20260910T120000Z
DTEND:20260910T124500Z
SUMMARY:Interview: Ines Kowalczyk - Hiring Manager Conversation (Kanaalzicht Freight)
LOCATION:https://meet.google.com/kzf-wqrp-tdn
ORGANIZER;CN=Femke de Groot:mailto:femke.degroot@kanaalzicht-freight.nl
ATTENDEE;CN=Ines Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.kowalczyk@example.org
ATTENDEE;CN=Joris Bakker;ROLE=REQ-PARTICIPANT:mailto:joris.bakker@kanaalzicht-freight.nl
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Kanaalzicht Freight", "no-reply@greenhouse.io"),
             enc("Interview confirmation: Supply Chain Analyst – Network Planning at Kanaalzicht Freight"),
             "2026-09-07 08:14:22", "UTC",
             "<0102019a1c7e5b2f-6c1e4d9a-88a3-4f51-b0e2-3b77a1d90c55-000000@email.amazonses.com>",
             host=("a48-112.smtp-out.amazonses.com", "54.240.48.112", "4Ql7Zs1K2bz9sWq"),
             extra=(("Reply-To", addr("Femke de Groot", "femke.degroot@kanaalzicht-freight.nl")),
                    ("X-Mailer", "Greenhouse"))),
        mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
      contact="s.terhorst@rheinhafen-logistik.de", company="Rheinhafen Logistik GmbH",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone="Europe/Berlin",
      note="Personio event mail (HTML only), 'Dienstag, 15.09.2026, 10:00 - 11:00 Uhr' on site in Duisburg; "
           "CEST = UTC+2; 'wie telefonisch abgestimmt ... bestätigen' = confirmed; contact = Reply-To")
def m_rheinhafen_personio():
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Terminbestätigung</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#20222a">
        <tr><td>
        <p>Sehr geehrte Frau Kowalczyk,</p>
        <p>vielen Dank für das freundliche Telefonat. Wie telefonisch abgestimmt, bestätigen wir Ihnen hiermit den Termin für Ihr persönliches Vorstellungsgespräch für die Position <b>Supply Chain Analyst (m/w/d)</b>:</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #e3e5ea;width:100%">
        <tr><td style="color:#6b7080;width:140px">Datum</td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td style="color:#6b7080">Uhrzeit</td><td>10:00 &ndash; 11:00 Uhr</td></tr>
        <tr><td style="color:#6b7080">Ort</td><td>Rheinhafen Logistik GmbH, Verwaltungsgebäude, Dammstraße 12, 47119 Duisburg-Ruhrort</td></tr>
        <tr><td style="color:#6b7080">Gesprächspartner</td><td>Herr Ralf Böckmann (Leitung Disposition), Frau Sabine Terhorst (Personal)</td></tr>
        </table>
        <p>Parkplätze finden Sie direkt vor dem Gebäude. Bitte melden Sie sich beim Pförtner an Tor 2.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Sabine Terhorst<br>Personalreferentin<br>Rheinhafen Logistik GmbH</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#9aa0ad;border-top:1px solid #eceef2">Rheinhafen Logistik GmbH &middot; Amtsgericht Duisburg HRB 18842 &middot; Geschäftsführer: Heinz-Dieter Kamps<br>
        Diese Nachricht wurde über Personio versendet. <a href="https://www.personio.de/datenschutz">Datenschutz</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(
        head(addr("Rheinhafen Logistik GmbH", "noreply@mail.personio.de"),
             enc("Terminbestätigung: Ihr Vorstellungsgespräch als Supply Chain Analyst (m/w/d)"),
             "2026-09-09 15:32:48", "Europe/Berlin",
             "<20260909133248.4f7b1c0e9a2d@mail.personio.de>",
             host=("o11.mail.personio.de", "167.89.115.23", "4QlnB95Tm3z1xkP"),
             extra=(("Reply-To", addr("Sabine Terhorst", "s.terhorst@rheinhafen-logistik.de")),
                    ("X-Personio-Event", "application.event.created"))),
        html(page))


@mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-23T13:00:00Z", end=None, contact="jonas@palettly.de", company="Palettly GmbH",
      local="Wed 2026-09-23 15:00", zone="Europe/Berlin",
      days=(("Mon", "2026-09-21"),),
      note="Startup founder (du) replies at 00:41 CEST on Tue 22 Sep (= Mon 22:41Z in UTC): 'gleich morgen "
           "um 15 Uhr' resolves against the Date's own local date -> Wed 23 Sep 15:00 CEST = 13:00Z (matches "
           "Ines's quoted 'Mittwoch ab 14 Uhr'); 'so ca. 45 Minuten' is approximate -> end null")
def m_palettly_prose():
    body = t("""
        Hi Ines,

        sorry für die späte Antwort, war heute den ganzen Tag im Lager in Hürth und bin jetzt erst durch meine Mails durch.

        Passt super! Dann machen wir's gleich morgen um 15 Uhr, ich schick dir vorher noch nen Meet-Link. Planen würde ich so ca. 45 Minuten – erst erzähl ich kurz was zu Palettly und wo wir beim Forecasting gerade hängen, dann bist du dran.

        Freu mich!
        Jonas

        --
        Jonas Wirtz
        Co-Founder & COO | Palettly GmbH
        Vogelsanger Str. 321, 50827 Köln
        +49 221 98765 432

        Am Mo., 21. Sept. 2026 um 18:02 Uhr schrieb Ines Kowalczyk <ines.kowalczyk@example.org>:
        > Hallo Jonas,
        >
        > danke für die schnelle Rückmeldung! Diese Woche ginge bei mir Mittwoch ab 14 Uhr oder Donnerstagvormittag.
        >
        > Viele Grüße
        > Ines
        >
        > Am Mo., 21. Sept. 2026 um 11:37 Uhr schrieb Jonas Wirtz <jonas@palettly.de>:
        >> Hi Ines,
        >>
        >> danke für deine Bewerbung als Supply Chain Analyst bei uns – dein Profil passt richtig gut zu dem, was wir gerade aufbauen. Hast du diese Woche Zeit für einen ersten Call?
        >>
        >> VG Jonas
        """)
    return message(
        head(addr("Jonas Wirtz", "jonas@palettly.de"), "Re: Deine Bewerbung bei Palettly",
             "2026-09-22 00:41:09", "Europe/Berlin",
             "<CAH9pLt3xQ7kVw2e+Jm1Rk0sZb8nYc4dT6fGh5uWq2oP@mail.gmail.com>",
             host=("mail-wr1-f52.google.com", "209.85.221.52", "4Qm8Yv0Gq1z2Hd7"),
             extra=(("In-Reply-To", "<CAF3kW2Jd8rT0x@mail.example.org>"),
                    ("References", "<CAE7bYk1pQ9sLx@mail.gmail.com> <CAF3kW2Jd8rT0x@mail.example.org>"))),
        alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z",
      contact="miriam.hofacker@taunusfracht.de", company="Taunusfracht Air Cargo GmbH",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone="Europe/Berlin",
      note="Workday notification (HTML only, base64, Date in -0700), interview Mon 26 Oct 9:30-10:30 "
           "'(GMT+01:00)': Europe left summer time on Sun 25 Oct, so CET = UTC+1 -> 08:30Z-09:30Z although the "
           "mail itself was sent in CEST; contact = recruiter address in the body (From is a system mailbox)")
def m_taunusfracht_workday():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:13px">
        <img src="https://wd3.myworkdaycdn.com/taunusfracht/logo.png" alt="Taunusfracht Air Cargo" height="40"><br><br>
        Dear Ines Kowalczyk,<br><br>
        We are pleased to confirm your interview for the position <b>Supply Chain Analyst &ndash; Air Cargo Network (R-10482)</b>.<br><br>
        <b>Interview Details</b><br>
        Date: Monday, October 26, 2026<br>
        Time: 9:30 AM - 10:30 AM (GMT+01:00) Central European Time (Frankfurt)<br>
        Format: On-site<br>
        Location: Taunusfracht Air Cargo GmbH, Cargo City S&uuml;d, Geb&auml;ude 640, 60549 Frankfurt am Main<br>
        Interviewers: Stefan Quast (Head of Network Planning), Miriam Hofacker (Talent Acquisition Partner)<br><br>
        Please bring a valid photo ID for the airport security check at the gate and allow about 20 minutes for it.<br><br>
        Should you have any questions, please contact Miriam Hofacker at <a href="mailto:miriam.hofacker@taunusfracht.de">miriam.hofacker@taunusfracht.de</a>.<br><br>
        Kind regards,<br>
        Taunusfracht Talent Acquisition<br><br>
        <span style="font-size:10px;color:#777">This email was sent from an unmonitored mailbox. Please do not reply.</span>
        </div></body></html>
        """)
    return message(
        head(addr("Taunusfracht Air Cargo", "taunusfracht@myworkday.com"),
             "Interview Scheduled - Supply Chain Analyst - Air Cargo Network (R-10482)",
             "2026-10-22 02:05:11", "America/Los_Angeles",
             "<1788123456.90817.1792659911402@wd3-prod-mail-p2.myworkday.com>",
             host=("wd3-smtp-out-17.myworkday.com", "148.139.0.17", "4Qx1Lr6bWtz7Cm2"),
             pre=(("Return-Path", "<bounces+taunusfracht@myworkday.com>"),)),
        html(page, cte="base64"))


@mail(N(5), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-10-06T11:00:00Z", end="2026-10-06T12:00:00Z",
      contact="thomas.brunnhuber@isarwerk.de", company="Isarwerk Maschinenbau AG",
      local="Tue 2026-10-06 13:00", local_end="2026-10-06 14:00", zone="Europe/Berlin",
      note="Outlook/Exchange meeting request with Teams boilerplate; the body gives no time at all ('wie "
           "heute telefonisch besprochen'), the time is only in the ICS: DTSTART;TZID=W. Europe Standard Time "
           "20261006T130000 (CEST, UTC+2) -> 11:00Z-12:00Z; contact = sender / ORGANIZER hiring manager")
def m_isarwerk_exchange():
    body = t("""
        Sehr geehrte Frau Kowalczyk,

        wie heute telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch. Herr Dr. Ametsbichler aus der Werksleitung wird ebenfalls teilnehmen.

        Ich freue mich auf das Kennenlernen.

        Mit freundlichen Grüßen
        Thomas Brunnhuber
        Leiter Supply Chain Management
        Isarwerk Maschinenbau AG | Frankfurter Ring 190 | 80807 München
        Tel. +49 89 3587 2214

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA3NDk1MmEtYzE0Ny00@thread.v2/0?context=%7b%22Tid%22%3a%22b3c1%22%7d>
        Besprechungs-ID: 348 612 907 215
        Kennung: 7hQ2xK
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        </head><body lang="DE" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Sehr geehrte Frau Kowalczyk,<o:p></o:p></p>
        <p class="MsoNormal">wie heute telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch. Herr Dr. Ametsbichler aus der Werksleitung wird ebenfalls teilnehmen.<o:p></o:p></p>
        <p class="MsoNormal">Ich freue mich auf das Kennenlernen.<o:p></o:p></p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>Thomas Brunnhuber<br>Leiter Supply Chain Management<br>Isarwerk Maschinenbau AG | Frankfurter Ring 190 | 80807 München<br>Tel. +49 89 3587 2214<o:p></o:p></p>
        <div style="margin-top:24px;margin-bottom:24px"><span style="color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div><span style="font-size:14px;font-weight:700;color:#252424">Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA3NDk1MmEtYzE0Ny00@thread.v2/0?context=%7b%22Tid%22%3a%22b3c1%22%7d" style="font-size:14px;color:#6264A7">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div><span style="font-size:14px;color:#252424">Besprechungs-ID: 348 612 907 215<br>Kennung: 7hQ2xK</span></div>
        <div style="margin-bottom:24px"><span style="color:#5F5F5F">________________________________________________________________________________</span></div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Brunnhuber, Thomas":mailto:thomas.brunnhuber@isarwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ines Kowalczyk:mailto:ines.kowalczyk@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ametsbichler, Georg Dr.":mailto:georg.ametsbichler@isarwerk.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Kowalczyk,\\n\\nwie heute telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch.\\n
UID:040000008200E00074C5B7101A82E00800000000B0F3C41A8A51DD01000000000000000010000000A7F2D35C2B1E8B4E9C0D7A6E51F3B2C4
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Supply Chain Analyst – Ines Kowalczyk
DTSTART;TZID=W. Europe Standard Time:20261006T130000
DTEND;TZID=W. Europe Standard Time:20261006T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T142013Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121839544
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:thomas.brunnhuber@isarwerk.de\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZjA3NDk1MmEtYzE0Ny00-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Brunnhuber, Thomas", "thomas.brunnhuber@isarwerk.de"),
             enc("Vorstellungsgespräch Supply Chain Analyst – Ines Kowalczyk"),
             "2026-10-01 16:20:13", "Europe/Berlin",
             "<FR3P281MB1849C2D84B0F7E1A6C3D9B21A5E42@FR3P281MB1849.DEUP281.PROD.OUTLOOK.COM>",
             host=("mail-fr2deu01on2091.outbound.protection.outlook.com", "40.107.135.91", "4QnK0p2yLbz3Rr4"),
             extra=(("Thread-Topic", enc("Vorstellungsgespräch Supply Chain Analyst – Ines Kowalczyk")),
                    ("Thread-Index", "AdtT4n0f3Qx8bYlZR0uS1Xh2j7V9Kw=="),
                    ("Accept-Language", "de-DE, en-US"),
                    ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-AuthAs", "Anonymous"))),
        alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(6), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T09:00:00Z", end="2026-09-30T10:00:00Z",
      contact="lea.baumgartner@alpenlogik.ch", company="Alpenlogik AG",
      local="Wed 2026-09-30 11:00", local_end="2026-09-30 12:00", zone="Europe/Zurich",
      note="Teamtailor booking confirmation, 'Wednesday 30 September 2026, 11:00-12:00 (Europe/Zurich)', "
           "CEST = UTC+2 -> 09:00Z-10:00Z; From is no-reply and Reply-To is a Teamtailor inbound relay, so "
           "contact = the talent partner's address written in the body")
def m_alpenlogik_teamtailor():
    body = t("""
        Hi Ines,

        Thanks for booking a time with us – here are the details of your interview for Supply Chain Data Analyst (Zürich or remote from Germany).

        When: Wednesday 30 September 2026, 11:00–12:00 (Europe/Zurich)
        Where: Video call – your interviewers will send a Google Meet link the day before
        With: Lea Baumgartner (Talent Partner) and Nico Caflisch (Head of Product Operations)

        Need to reschedule? Just let Lea know at lea.baumgartner@alpenlogik.ch.

        See you soon!
        The Alpenlogik team

        ---
        Sent with Teamtailor · Alpenlogik AG, Hardturmstrasse 161, 8005 Zürich
        Manage your data: https://career.alpenlogik.ch/connect/privacy
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#fafafa;margin:0">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.5;color:#111">
        <p>Hi Ines,</p>
        <p>Thanks for booking a time with us – here are the details of your interview for <strong>Supply Chain Data Analyst (Zürich or remote from Germany)</strong>.</p>
        <div style="border-left:4px solid #e8505b;padding:8px 16px;margin:16px 0;background:#fff6f6">
        <div><strong>When:</strong> Wednesday 30 September 2026, 11:00–12:00 (Europe/Zurich)</div>
        <div><strong>Where:</strong> Video call – your interviewers will send a Google Meet link the day before</div>
        <div><strong>With:</strong> Lea Baumgartner (Talent Partner) and Nico Caflisch (Head of Product Operations)</div>
        </div>
        <p>Need to reschedule? Just let Lea know at <a href="mailto:lea.baumgartner@alpenlogik.ch">lea.baumgartner@alpenlogik.ch</a>.</p>
        <p>See you soon!<br>The Alpenlogik team</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:12px;color:#888">Sent with <a href="https://www.teamtailor.com" style="color:#888">Teamtailor</a> · Alpenlogik AG, Hardturmstrasse 161, 8005 Zürich<br>
        <a href="https://career.alpenlogik.ch/connect/privacy" style="color:#888">Manage your data</a></p>
        </div></body></html>
        """)
    return message(
        head(addr("Alpenlogik", "no-reply@teamtailor-mail.com"),
             "Your interview with Alpenlogik is booked",
             "2026-09-25 09:02:37", "Europe/Zurich",
             "<6f1c2a9e-4b7d-4e0a-9d3f-0c8b5e71a2d4@teamtailor-mail.com>",
             host=("o7.ptr3021.teamtailor-mail.com", "149.72.183.40", "4QvR2c5nNsz4Jq1"),
             extra=(("Reply-To", addr("Alpenlogik", "reply+c41f9e2a7b3d@inbound.teamtailor-mail.com")),
                    ("List-Unsubscribe", "<https://career.alpenlogik.ch/connect/unsubscribe/7Xk2Qp>"))),
        alt(text(body), html(page)))


@mail(N(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T15:00:00Z", end="2026-10-28T15:45:00Z",
      contact="priya.chandran@ledgerline.co.uk", company="Ledgerline Ltd",
      local="Wed 2026-10-28 16:00", local_end="2026-10-28 16:45", zone="Europe/Berlin",
      note="Ashby confirmation shown in the candidate's zone: '4:00 PM - 4:45 PM CET' on Wed 28 Oct (after "
           "the 25 Oct switch, CET = UTC+1) -> 15:00Z-15:45Z; the body also says 3:00 PM GMT for the London "
           "interviewer and the ICS is in UTC; mail sent Fri 23 Oct in summer time; contact = Reply-To")
def m_ledgerline_ashby():
    body = t("""
        Hi Ines,

        Your interview is confirmed — thanks for picking a time so quickly.

        Wednesday, October 28, 2026
        4:00 PM – 4:45 PM CET (your time zone)

        Supply Chain Case Study with Tom Ashworth (Head of Operations Analytics)
        Google Meet: https://meet.google.com/ldg-hbxa-kwe

        Times are shown in your time zone. Tom is based in London, so for him this is 3:00 PM GMT — note that the clocks in the UK and in Germany go back this Sunday.

        Questions? Reply to this email and it will reach Priya Chandran.

        Ledgerline Talent Team
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Ines,</p>
        <p>Your interview is confirmed — thanks for picking a time so quickly.</p>
        <table style="border:1px solid #e6e6ef;border-radius:8px;padding:12px"><tr><td>
        <div style="font-weight:600">Wednesday, October 28, 2026</div>
        <div>4:00 PM – 4:45 PM CET <span style="color:#777">(your time zone)</span></div>
        <div style="margin-top:8px">Supply Chain Case Study with Tom Ashworth (Head of Operations Analytics)</div>
        <div>Google Meet: <a href="https://meet.google.com/ldg-hbxa-kwe">https://meet.google.com/ldg-hbxa-kwe</a></div>
        </td></tr></table>
        <p>Times are shown in your time zone. Tom is based in London, so for him this is 3:00 PM GMT — note that the clocks in the UK and in Germany go back this Sunday.</p>
        <p>Questions? Reply to this email and it will reach Priya Chandran.</p>
        <p>Ledgerline Talent Team</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7d2f0c1e-5a44-4b8e-a1f3-0e9b2c6d8f71
DTSTAMP:20261023T154007Z
DTSTART:20261028T150000Z
DTEND:20261028T154500Z
SEQUENCE:0
SUMMARY:Ledgerline - Supply Chain Case Study (Ines Kowalczyk)
LOCATION:https://meet.google.com/ldg-hbxa-kwe
ORGANIZER;CN=Priya Chandran:mailto:priya.chandran@ledgerline.co.uk
ATTENDEE;CN=Ines Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.kowalczyk@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Ledgerline", "no-reply@ashbyhq.com"),
             enc("Interview confirmed: Ledgerline – Supply Chain Analyst (Remote, EMEA)"),
             "2026-10-23 15:40:07", "UTC",
             "<0100019a0f52c3d1-2b8e9f47-6c1a-4d2e-9b5f-71e3a0c8d4b2-000000@email.amazonses.com>",
             host=("a8-31.smtp-out.amazonses.com", "54.240.8.31", "4QwY7n1Dfkz8Ls5"),
             extra=(("Reply-To", addr("Priya Chandran", "priya.chandran@ledgerline.co.uk")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T14:00:00Z", end="2026-11-05T14:30:00Z",
      contact="marcus.bell@hudsongridworks.com", company="Hudson Gridworks Inc.",
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 15:30", zone="Europe/Berlin",
      note="Calendly invitee confirmation for a New York hiring manager, shown in the invitee's zone "
           "'03:00pm - 03:30pm (Central European Time)' Thu 5 Nov -> 14:00Z-14:30Z (9:00 EST, the US left "
           "daylight time on 1 Nov); ICS in UTC agrees; contact = Reply-To host")
def m_hudson_calendly():
    body = t("""
        Hi Ines Kowalczyk,

        Your Hiring Manager Interview – Demand Planning with Marcus Bell is scheduled.

        Event Type:
        Hiring Manager Interview – Demand Planning

        Invitee:
        Ines Kowalczyk

        Invitee Email:
        ines.kowalczyk@example.org

        Event Date/Time:
        03:00pm - 03:30pm (Central European Time), Thursday, November 5, 2026

        Location:
        This is a Zoom web conference.
        https://hudsongridworks.zoom.us/j/84120937765?pwd=Qm9vTjZ6a1lHc2xu

        Questions:
        Please share anything that will help prepare for our meeting.
        I'm based in Düsseldorf – happy to talk about the S&OP redesign you mentioned in the posting.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b1e4c2a-0d93-4f6e-a8b1-2c5d9e0f3a74
        Reschedule: https://calendly.com/reschedulings/7b1e4c2a-0d93-4f6e-a8b1-2c5d9e0f3a74

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Ines Kowalczyk,</p>
        <p>Your Hiring Manager Interview – Demand Planning with Marcus Bell is scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Interview – Demand Planning</p>
        <p><b>Invitee:</b><br>Ines Kowalczyk</p>
        <p><b>Invitee Email:</b><br><a href="mailto:ines.kowalczyk@example.org">ines.kowalczyk@example.org</a></p>
        <p><b>Event Date/Time:</b><br>03:00pm - 03:30pm (Central European Time), Thursday, November 5, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://hudsongridworks.zoom.us/j/84120937765?pwd=Qm9vTjZ6a1lHc2xu">https://hudsongridworks.zoom.us/j/84120937765?pwd=Qm9vTjZ6a1lHc2xu</a></p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>I'm based in Düsseldorf – happy to talk about the S&amp;OP redesign you mentioned in the posting.</p>
        <p><a href="https://calendly.com/cancellations/7b1e4c2a-0d93-4f6e-a8b1-2c5d9e0f3a74">Cancel</a> &middot; <a href="https://calendly.com/reschedulings/7b1e4c2a-0d93-4f6e-a8b1-2c5d9e0f3a74">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261105T140000Z
DTEND:20261105T143000Z
DTSTAMP:20261102T181240Z
ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@hudsongridworks.com
UID:BFE3B6A2-0D4C-4F1E-8C2B-7B1E4C2A0D93
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ines Kowalczyk:mailto:ines.kowalczyk@example.org
SUMMARY:Hiring Manager Interview - Demand Planning between Marcus Bell and Ines Kowalczyk
LOCATION:https://hudsongridworks.zoom.us/j/84120937765
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Calendly", "notifications@calendly.com"),
             enc("Confirmed: Hiring Manager Interview – Demand Planning with Marcus Bell on Thursday, "
                 "November 5, 2026"),
             "2026-11-02 18:12:40", "UTC",
             "<01000192f6a1b2c3-4d5e6f70-8192-4a3b-9c8d-e7f6a5b4c3d2-000000@calendly.com>",
             host=("o1678.ind1.sendgrid.net", "149.72.207.111", "4R0fT3kPp0z5Mv8"),
             extra=(("Reply-To", addr("Marcus Bell", "marcus.bell@hudsongridworks.com")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment", method=None)))


@mail(N(9), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-10-30T14:00:00Z", end="2026-10-30T16:30:00Z",
      contact="tasha.green@ferrousanalytics.com", company="Ferrous Analytics Inc.",
      local="Fri 2026-10-30 10:00", local_end="2026-10-30 12:30", zone="America/New_York",
      note="GoodTime itinerary in Eastern Time on Fri 30 Oct: New York is still on EDT (UTC-4) until 1 Nov "
           "while Europe already switched on 25 Oct, so 10:00 AM EDT = 14:00Z = 3 PM in Düsseldorf as the "
           "mail says; start = first session, end = last session end 12:30 PM EDT = 16:30Z; contact = "
           "Reply-To coordinator")
def m_ferrous_goodtime():
    body = t("""
        Hi Ines,

        We're excited to have you meet the team! Your virtual onsite for Senior Supply Chain Analyst is confirmed. All times below are in Eastern Time (EDT, UTC-4), our office time.

        Friday, October 30, 2026

        10:00 AM - 10:45 AM   Sarah Kim, Director of Procurement Analytics - Experience deep dive
        10:45 AM - 11:00 AM   Break
        11:00 AM - 11:45 AM   Dev Patel, Staff Data Scientist - SQL & forecasting exercise
        12:00 PM - 12:30 PM   Tasha Green, Recruiting Coordinator - Wrap-up & questions

        Heads-up on the time difference: Europe has already switched back to standard time, but we only switch on November 1, so this week we're just five hours apart. Your first session starts at 3:00 PM in Düsseldorf, not 4:00 PM.

        Each session has its own Zoom link in the calendar invitations you'll receive separately from your interviewers.

        If anything comes up, reply to this email to reach Tasha.

        Thanks,
        Ferrous Analytics Recruiting
        130 W 29th St, New York, NY 10001
        """)
    rows = "".join(
        f'<tr><td style="padding:6px 12px;white-space:nowrap">{a}</td><td style="padding:6px 12px">{b}</td></tr>'
        "\n" for a, b in [
            ("10:00 AM - 10:45 AM", "Sarah Kim, Director of Procurement Analytics &ndash; Experience deep dive"),
            ("10:45 AM - 11:00 AM", "Break"),
            ("11:00 AM - 11:45 AM", "Dev Patel, Staff Data Scientist &ndash; SQL &amp; forecasting exercise"),
            ("12:00 PM - 12:30 PM", "Tasha Green, Recruiting Coordinator &ndash; Wrap-up &amp; questions"),
        ])
    page = ('<html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#2b2b2b">\n'
            "<p>Hi Ines,</p>\n<p>We&#39;re excited to have you meet the team! Your virtual onsite for "
            "<b>Senior Supply Chain Analyst</b> is confirmed. All times below are in Eastern Time (EDT, UTC-4), "
            "our office time.</p>\n<h3 style=\"margin-bottom:4px\">Friday, October 30, 2026</h3>\n"
            '<table style="border-collapse:collapse;border:1px solid #ddd">\n' + rows + "</table>\n"
            "<p>Heads-up on the time difference: Europe has already switched back to standard time, but we only "
            "switch on November 1, so this week we&#39;re just five hours apart. Your first session starts at "
            "3:00 PM in D&uuml;sseldorf, not 4:00 PM.</p>\n<p>Each session has its own Zoom link in the calendar "
            "invitations you&#39;ll receive separately from your interviewers.</p>\n<p>If anything comes up, reply "
            "to this email to reach Tasha.</p>\n<p>Thanks,<br>Ferrous Analytics Recruiting<br>130 W 29th St, New "
            'York, NY 10001</p>\n<p style="font-size:11px;color:#999">Scheduled with GoodTime</p>\n</body></html>\n')
    return message(
        head(addr("Ferrous Analytics Recruiting", "no-reply@goodtime.io"),
             "Your interview itinerary with Ferrous Analytics - Friday, October 30",
             "2026-10-26 14:20:55", "America/New_York",
             "<20261026182055.7c41e0b2d9a3f58e@goodtime.io>",
             host=("mail-out-3.goodtime.io", "198.2.180.53", "4Qx9Tf2RkLz6Wn3"),
             extra=(("Reply-To", addr("Tasha Green", "tasha.green@ferrousanalytics.com")),)),
        alt(text(body), html(page)))


@mail(N(10), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-10-12T12:30:00Z", end=None, contact="reto.gisler@limmat-pharmalog.ch",
      company="Limmat Pharma Logistik AG",
      local="Mon 2026-10-12 14:30", zone="Europe/Zurich",
      note="Swiss German prose (no ß, '14.30 Uhr' with a dot), iso-8859-1 quoted-printable: Montag, 12. "
           "Oktober 2026, 14.30 Uhr in Zürich, CEST = UTC+2 -> 12:30Z; 'rund 90 Minuten' is approximate -> "
           "end null; contact = human sender")
def m_limmat_swiss():
    body = t("""
        Guten Tag Frau Kowalczyk

        Besten Dank für das angenehme Telefongespräch von gestern. Gerne bestätige ich Ihnen hiermit den Termin für das Vorstellungsgespräch:

        Montag, 12. Oktober 2026, 14.30 Uhr
        Limmat Pharma Logistik AG, Hardstrasse 201, 8005 Zürich (Empfang im Erdgeschoss)

        Am Gespräch nehmen Frau Corinne Wyss (Leiterin Supply Chain Planning) und ich teil. Rechnen Sie bitte mit rund 90 Minuten, inklusive einer kurzen Führung durch unser Lager.

        Vom Hauptbahnhof erreichen Sie uns mit dem Tram Nr. 4 (Haltestelle Escher-Wyss-Platz) in knapp zehn Minuten. Die Reisekosten ab Düsseldorf (Bahn, 2. Klasse) übernehmen wir selbstverständlich; bitte bringen Sie die Belege mit.

        Für Fragen stehe ich Ihnen jederzeit gerne zur Verfügung.

        Freundliche Grüsse

        Reto Gisler
        HR Business Partner
        Limmat Pharma Logistik AG
        Hardstrasse 201 | CH-8005 Zürich
        T +41 44 556 71 20
        reto.gisler@limmat-pharmalog.ch
        """)
    paras = body.rstrip("\n").split("\n\n")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>\n'
            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">\n'
            + "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
            + "\n</div></body></html>\n")
    return message(
        head(addr("Gisler Reto", "reto.gisler@limmat-pharmalog.ch", "iso-8859-1"),
             enc("Vorstellungsgespräch Supply Chain Analyst - Bestätigung", "iso-8859-1"),
             "2026-10-06 08:47:30", "Europe/Zurich",
             "<ZR0P278MB0913A4E25B7C81F0D3E2A6C9B1F47@ZR0P278MB0913.CHEP278.PROD.OUTLOOK.COM>",
             host=("mail-zr0che01on2107.outbound.protection.outlook.com", "40.107.24.107", "4QpD1m0VsTz2Kx9"),
             extra=(("Cc", addr("Wyss Corinne", "corinne.wyss@limmat-pharmalog.ch")),
                    ("Thread-Topic", enc("Vorstellungsgespräch Supply Chain Analyst - Bestätigung", "iso-8859-1")),
                    ("Content-Language", "de-CH"))),
        alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(N(11), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-11-19T10:00:00Z", end=None, contact="p.lenzen@nrkl.de",
      company="Niederrhein Kühllogistik GmbH",
      local="Thu 2026-11-19 11:00", zone="Europe/Berlin",
      days=(("Thu", "2026-11-19"), ("Fri", "2026-11-20")),
      note="HR head replies from her phone (typo 'Emfang', 'Von meinem iPhone gesendet'): 'am Do um 11 Uhr' "
           "closes the quoted thread in which she offered Do 19.11. 11:00 or Fr 20.11. 9:00 and Ines chose "
           "Thursday; CET = UTC+1 -> 10:00Z; 'ca. 1 Stunde' only in the quote and approximate -> end null")
def m_nrkl_phone():
    body = t("""
        Hallo Frau Kowalczyk,

        super, dann sehen wir uns am Do um 11 Uhr bei uns in Neuss. Bitte am Emfang melden, ich hol Sie dann ab.

        LG Petra Lenzen

        Von meinem iPhone gesendet

        > Am 16.11.2026 um 14:22 schrieb Ines Kowalczyk <ines.kowalczyk@example.org>:
        >
        > Sehr geehrte Frau Lenzen,
        >
        > vielen Dank für die Einladung! Donnerstag, 19.11., um 11:00 Uhr passt mir sehr gut.
        >
        > Viele Grüße
        > Ines Kowalczyk
        >
        >> Am 13.11.2026 um 09:10 schrieb Lenzen, Petra <p.lenzen@nrkl.de>:
        >>
        >> Sehr geehrte Frau Kowalczyk,
        >>
        >> gerne würden wir Sie zu einem persönlichen Gespräch für die Position Analyst Supply Chain Planning einladen. Zur Auswahl stehen Donnerstag, 19.11. um 11:00 Uhr oder Freitag, 20.11. um 9:00 Uhr. Das Gespräch dauert ca. 1 Stunde.
        >>
        >> Mit freundlichen Grüßen
        >> Petra Lenzen
        >> Personalleitung
        >> Niederrhein Kühllogistik GmbH | Hansastraße 20 | 41460 Neuss
        """)
    return message(
        head(addr("Petra Lenzen", "p.lenzen@nrkl.de"),
             enc("Re: AW: Einladung zum Vorstellungsgespräch"),
             "2026-11-16 18:03:51", "Europe/Berlin",
             "<5B2E9D41-7C0A-4E3F-8A1B-0F6D2C9E8B47@nrkl.de>",
             host=("mout.kundenserver.de", "217.72.192.74", "4R4cW7mJ1Hz0Tb6"),
             extra=(("In-Reply-To", "<a91f3c20-5e7d-4b18-9c62-ines@example.org>"),
                    ("References", "<DB9P193MB1402E7@DB9P193MB1402.EURP193.PROD.OUTLOOK.COM> "
                                   "<a91f3c20-5e7d-4b18-9c62-ines@example.org>"),
                    ("X-Mailer", "iPhone Mail (22B83)"))),
        text(body))


@mail(N(12), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T15:00:00Z", end="2026-11-10T16:00:00Z",
      contact="rachel.okafor@seaboardsupply.com", company="Seaboard Supply Co.",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone="America/New_York",
      note="Google Calendar invitation from a New York hiring manager: Tue Nov 10 10am-11am Eastern Time "
           "(EST, UTC-5 since 1 Nov) -> 15:00Z-16:00Z, '4pm your time' in Düsseldorf agrees; sent Wed 4 Nov "
           "19:10 EST, already Thu in UTC; contact = ORGANIZER / sender")
def m_seaboard_gcal():
    body = t("""
        You have been invited to the following event.

        Interview: Ines Kowalczyk / Sr. Demand Planning Analyst
        Tuesday Nov 10, 2026 ⋅ 10am – 11am
        Eastern Time - New York

        Join with Google Meet
        https://meet.google.com/sbs-qjvt-nrw

        Join by phone
        (US) +1 347-555-0148 PIN: 481 220 913#

        Hi Ines – as discussed, this is the conversation with me and Luis Ortega (VP Supply Chain). That's 4pm your time. Looking forward to it!

        Organizer
        Rachel Okafor
        rachel.okafor@seaboardsupply.com

        Guests
        Rachel Okafor - organizer
        Luis Ortega
        ines.kowalczyk@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MmQ4czFwZ3Q3

        Reply for ines.kowalczyk@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=MmQ4czFwZ3Q3&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=MmQ4czFwZ3Q3&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=MmQ4czFwZ3Q3&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=MmQ4czFwZ3Q3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Rachel Okafor"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Interview: Ines Kowalczyk / Sr. Demand Planning Analyst</h2>
        <div>Tuesday Nov 10, 2026 &#8901; 10am &ndash; 11am<br>Eastern Time - New York</div>
        <div style="margin:16px 0"><a href="https://meet.google.com/sbs-qjvt-nrw" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></div>
        <div>Join by phone<br>(US) +1 347-555-0148 PIN: 481 220 913#</div>
        <p>Hi Ines &ndash; as discussed, this is the conversation with me and Luis Ortega (VP Supply Chain). That&#39;s 4pm your time. Looking forward to it!</p>
        <div><b>Organizer</b><br>Rachel Okafor<br><a href="mailto:rachel.okafor@seaboardsupply.com">rachel.okafor@seaboardsupply.com</a></div>
        <div><b>Guests</b><br>Rachel Okafor - organizer<br>Luis Ortega<br>ines.kowalczyk@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261110T100000
DTEND;TZID=America/New_York:20261110T110000
DTSTAMP:20261105T001044Z
ORGANIZER;CN=Rachel Okafor:mailto:rachel.okafor@seaboardsupply.com
UID:2d8s1pgt7v0q3kq6j9m4c1e5rb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Okafor;X-NUM-GUESTS=0:mailto:rachel.okafor@seaboardsupply.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Ortega;X-NUM-GUESTS=0:mailto:luis.ortega@seaboardsupply.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.kowalczyk@example.org;X-NUM-GUESTS=0:mailto:ines.kowalczyk@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/sbs-qjvt-nrw
CREATED:20261105T001043Z
DESCRIPTION:Hi Ines – as discussed\\, this is the conversation with me and Luis Ortega (VP Supply Chain). That's 4pm your time. Looking forward to it!
LAST-MODIFIED:20261105T001043Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Ines Kowalczyk / Sr. Demand Planning Analyst
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Rachel Okafor", "rachel.okafor@seaboardsupply.com"),
             "Invitation: Interview: Ines Kowalczyk / Sr. Demand Planning Analyst @ Tue Nov 10, 2026 "
             "10am - 11am (EST) (ines.kowalczyk@example.org)",
             "2026-11-04 19:10:44", "America/New_York",
             "<calendar-6f0b2e91-3d7c-4a58-b1e4-9c2d70a8f315@google.com>",
             host=("mail-sor-f73.google.com", "209.85.220.73", "4R1mZ2xQ7Vz3Fj0"),
             extra=(("Reply-To", addr("Rachel Okafor", "rachel.okafor@seaboardsupply.com")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com")))),
        mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(N(13), family="recruitee", lang="nl", interview=True, kind="scheduled",
      start="2026-12-03T09:30:00Z", end="2026-12-03T10:30:00Z",
      contact="sanne.visser@grachtenhof.nl", company="Grachtenhof Retail B.V.",
      local="Thu 2026-12-03 10:30", local_end="2026-12-03 11:30", zone="Europe/Amsterdam",
      note="Dutch-language Recruitee confirmation: 'donderdag 3 december 2026, 10:30 - 11:30 uur "
           "(Nederlandse tijd)', CET = UTC+1 -> 09:30Z-10:30Z; contact = Reply-To recruiter")
def m_grachtenhof_recruitee():
    body = t("""
        Beste Ines,

        Bedankt voor het inplannen! Hierbij bevestigen we je sollicitatiegesprek voor de functie Supply Chain Analist (32–40 uur).

        Datum: donderdag 3 december 2026
        Tijd: 10:30 – 11:30 uur (Nederlandse tijd)
        Locatie: Grachtenhof Retail B.V., Keizersgracht 452, 1016 GD Amsterdam (3e verdieping, meld je bij de receptie)
        Gesprekspartners: Sanne Visser (recruiter) en Bram Hoekstra (manager voorraadbeheer)

        Het gesprek voeren we in het Nederlands; wil je liever Engels of Duits spreken, laat het ons gerust weten.

        Kun je onverhoopt niet? Beantwoord dan deze e-mail, dan zoeken we samen een nieuw moment.

        Met vriendelijke groet,

        Sanne Visser
        Recruiter | Grachtenhof Retail B.V.

        Verzonden via Recruitee
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Beste Ines,</p>
        <p>Bedankt voor het inplannen! Hierbij bevestigen we je sollicitatiegesprek voor de functie <b>Supply Chain Analist (32–40 uur)</b>.</p>
        <p><b>Datum:</b> donderdag 3 december 2026<br>
        <b>Tijd:</b> 10:30 – 11:30 uur (Nederlandse tijd)<br>
        <b>Locatie:</b> Grachtenhof Retail B.V., Keizersgracht 452, 1016 GD Amsterdam (3e verdieping, meld je bij de receptie)<br>
        <b>Gesprekspartners:</b> Sanne Visser (recruiter) en Bram Hoekstra (manager voorraadbeheer)</p>
        <p>Het gesprek voeren we in het Nederlands; wil je liever Engels of Duits spreken, laat het ons gerust weten.</p>
        <p>Kun je onverhoopt niet? Beantwoord dan deze e-mail, dan zoeken we samen een nieuw moment.</p>
        <p>Met vriendelijke groet,</p>
        <p>Sanne Visser<br>Recruiter | Grachtenhof Retail B.V.</p>
        <p style="font-size:11px;color:#aaa">Verzonden via <a href="https://recruitee.com" style="color:#aaa">Recruitee</a></p>
        </body></html>
        """)
    return message(
        head(addr("Grachtenhof Retail B.V.", "noreply@mail.recruitee.com"),
             "Bevestiging: sollicitatiegesprek Supply Chain Analist bij Grachtenhof",
             "2026-11-27 11:20:03", "Europe/Amsterdam",
             "<5f3a9c1e7d20b.20261127102003@mail.recruitee.com>",
             host=("mail-out2.recruitee.com", "185.21.142.37", "4R7hC0nLq8z5Pd1"),
             extra=(("Reply-To", addr("Sanne Visser", "sanne.visser@grachtenhof.nl")),
                    ("Content-Language", "nl"))),
        alt(text(body), html(page)))


@mail(N(14), family="google_calendar_allday", lang="de", interview=True, kind="scheduled",
      start="2026-12-07T08:30:00Z", end=None, contact="kim@ruhrkurier.de", company="Ruhrkurier Tech GmbH",
      local="Mon 2026-12-07 09:30", zone="Europe/Berlin",
      note="Startup (du) sends the event details of an all-day calendar entry ('Montag, 7. Dezember 2026 · "
           "Ganztägig', no ICS attached); the start time is only in the prose: 'Wir starten um 9:30 Uhr' -> "
           "CET = UTC+1 -> 08:30Z; 'so gegen 14 Uhr' is approximate -> end null; contact = human sender")
def m_ruhrkurier_allday():
    note = t("""
        Hey Ines,

        hier nochmal alles für Montag an einem Ort. Ich hab dir den Tag als ganztägigen Termin eingetragen, damit du dir nix anderes reinlegst 😉

        Wir starten um 9:30 Uhr bei uns im Büro (3. OG, einfach bei "Ruhrkurier" klingeln). Ablauf: erst deine Case-Präsentation (20 Min. + Fragen) mit Malte und mir, dann Mittag mit dem Ops-Team und danach ein Rundgang durchs Hub in Altenessen. Ende so gegen 14 Uhr.

        Bring gern deinen Laptop mit, HDMI und USB-C haben wir da.

        Bis Montag!
        Kim
        """)
    body = note + t("""

        ----------
        Onsite-Interview Ines Kowalczyk
        Montag, 7. Dezember 2026 · Ganztägig
        Ruhrkurier Tech GmbH, Rüttenscheider Str. 120, 45131 Essen

        Organisator: Kim Albers
        Gäste: Kim Albers, Malte Sievers, ines.kowalczyk@example.org

        Diese E-Mail wurde über Google Kalender an Gäste des Termins gesendet.
        """)
    import html as _h
    page = ('<div dir="ltr">' + "".join(f"<div>{_h.escape(x)}</div>" if x else "<div><br></div>"
                                        for x in note.rstrip("\n").split("\n")) + "</div>\n"
            '<div style="border:1px solid #dadce0;border-radius:8px;padding:16px;margin-top:16px;'
            'font-family:Roboto,Arial,sans-serif">\n'
            '<div style="font-size:18px;color:#3c4043">Onsite-Interview Ines Kowalczyk</div>\n'
            '<div style="color:#70757a">Montag, 7. Dezember 2026 &middot; Ganztägig</div>\n'
            '<div style="color:#70757a">Ruhrkurier Tech GmbH, Rüttenscheider Str. 120, 45131 Essen</div>\n'
            '<div style="margin-top:8px;font-size:12px">Organisator: Kim Albers &middot; Gäste: Kim Albers, '
            "Malte Sievers, ines.kowalczyk@example.org</div>\n</div>\n"
            '<div style="font-size:11px;color:#70757a;margin-top:12px">Diese E-Mail wurde über Google Kalender '
            "an Gäste des Termins gesendet.</div>\n")
    return message(
        head(addr("Kim Albers", "kim@ruhrkurier.de"), "Onsite-Interview Ines Kowalczyk",
             "2026-12-02 17:30:26", "Europe/Berlin",
             "<CAJk7vR0Qm2+xT5eWb9dLq4HnYc1sPf8oGz3uAiE@mail.gmail.com>",
             host=("mail-yw1-f170.google.com", "209.85.128.170", "4R9q1Z5vFkz2Nc8"),
             extra=(("Cc", addr("Malte Sievers", "malte@ruhrkurier.de")),)),
        alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(N(15), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-11-18T12:30:00Z", end="2026-11-18T13:15:00Z",
      contact="anja.koetter@emscher-technik.de", company="Emscher Technik GmbH",
      local="Wed 2026-11-18 13:30", local_end="2026-11-18 14:15", zone="Europe/Berlin",
      note="softgarden booking confirmation in iso-8859-15: 'Mittwoch, den 18.11.2026 um 13:30 Uhr', "
           "'Dauer: 45 Minuten' is exact -> 12:30Z-13:15Z (CET = UTC+1); From is a no-reply system address, "
           "contact = recruiter address in the body")
def m_emscher_softgarden():
    body = t("""
        Sehr geehrte Frau Kowalczyk,

        vielen Dank, dass Sie einen Termin ausgewählt haben. Hiermit bestätigen wir Ihnen folgenden Termin:

        Vorstellungsgespräch (Video-Interview über Microsoft Teams)
        Stelle: Supply Chain Analyst (m/w/d) – Standort Bochum
        Mittwoch, den 18.11.2026 um 13:30 Uhr
        Dauer: 45 Minuten

        Den Link zur Teams-Besprechung erhalten Sie rechtzeitig vor dem Termin per E-Mail.

        Ihre Ansprechpartnerin:
        Frau Anja Kötter, Recruiting
        Tel. 0234 5870-312
        anja.koetter@emscher-technik.de

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Emscher Technik GmbH

        ---
        Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.
        """).replace("–", "-")
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Sehr geehrte Frau Kowalczyk,</p>
        <p>vielen Dank, dass Sie einen Termin ausgewählt haben. Hiermit bestätigen wir Ihnen folgenden Termin:</p>
        <p style="background:#eef4f9;padding:10px"><b>Vorstellungsgespräch (Video-Interview über Microsoft Teams)</b><br>
        Stelle: Supply Chain Analyst (m/w/d) - Standort Bochum<br>
        Mittwoch, den 18.11.2026 um 13:30 Uhr<br>
        Dauer: 45 Minuten</p>
        <p>Den Link zur Teams-Besprechung erhalten Sie rechtzeitig vor dem Termin per E-Mail.</p>
        <p>Ihre Ansprechpartnerin:<br>Frau Anja Kötter, Recruiting<br>Tel. 0234 5870-312<br><a href="mailto:anja.koetter@emscher-technik.de">anja.koetter@emscher-technik.de</a></p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Emscher Technik GmbH</p>
        <hr><p style="font-size:10px;color:#888">Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.</p>
        </body></html>
        """)
    return message(
        head(addr("Emscher Technik GmbH", "noreply@softgarden.io"),
             enc("Terminbestätigung - Vorstellungsgespräch Supply Chain Analyst (m/w/d)", "iso-8859-15"),
             "2026-11-12 10:00:41", "Europe/Berlin",
             "<1731402041.8842.emscher-technik@app.softgarden.io>",
             host=("mail3.softgarden.io", "185.65.72.13", "4R3bN8wTq5z1Ys2")),
        alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(N(16), family="bookings", lang="en", interview=True, kind="scheduled",
      start="2026-09-18T12:00:00Z", end="2026-09-18T12:45:00Z", contact=None,
      company="Kessler & Frey Trading AG",
      local="Fri 2026-09-18 14:00", local_end="2026-09-18 14:45", zone="Europe/Zurich",
      note="Microsoft Bookings confirmation: '2:00 PM-2:45 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, "
           "Stockholm, Vienna' shows the standard offset but in September Zürich is on CEST (UTC+2) -> "
           "12:00Z-12:45Z, which the ICS (W. Europe Standard Time) confirms; From is the Bookings mailbox and "
           "the staff member appears by name only -> contact null")
def m_kesslerfrey_bookings():
    body = t("""
        Kessler & Frey Careers

        Your booking has been confirmed

        Hi Ines Kowalczyk,

        Thanks for booking with Kessler & Frey Careers. Here are your booking details.

        Service: First interview - Supply Chain Analyst (Commodities)
        Date and time: Friday, September 18, 2026 2:00 PM-2:45 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Staff: Nadia Frei

        Join your appointment: Join Microsoft Teams meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4YjU3@thread.v2/0>

        Add to calendar
        Manage booking <https://outlook.office365.com/owa/calendar/KesslerFreyCareers@kesslerfrey.ch/bookings/>

        Kessler & Frey Trading AG
        Bahnhofstrasse 58, 8001 Zürich
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Kessler &amp; Frey Careers</div>
        <h2 style="font-weight:400">Your booking has been confirmed</h2>
        <p>Hi Ines Kowalczyk,</p>
        <p>Thanks for booking with Kessler &amp; Frey Careers. Here are your booking details.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>First interview - Supply Chain Analyst (Commodities)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Friday, September 18, 2026 2:00 PM-2:45 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Nadia Frei</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4YjU3@thread.v2/0">Join Microsoft Teams meeting</a></p>
        <p><a href="#">Add to calendar</a> &middot; <a href="https://outlook.office365.com/owa/calendar/KesslerFreyCareers@kesslerfrey.ch/bookings/">Manage booking</a></p>
        <p style="color:#605e5c;font-size:12px">Kessler &amp; Frey Trading AG<br>Bahnhofstrasse 58, 8001 Zürich</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kessler & Frey Careers:mailto:KesslerFreyCareers@kesslerfrey.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ines Kowalczyk:mailto:ines.kowalczyk@example.org
DESCRIPTION;LANGUAGE=en-US:Service: First interview - Supply Chain Analyst (Commodities)\\nStaff: Nadia Frei\\n
UID:040000008200E00074C5B7101A82E00800000000D41C7E2B4A3EDD01000000000000000010000000F1A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=en-US:First interview - Supply Chain Analyst (Commodities)
DTSTART;TZID=W. Europe Standard Time:20260918T140000
DTEND;TZID=W. Europe Standard Time:20260918T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260914T073055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Kessler & Frey Careers", "KesslerFreyCareers@kesslerfrey.ch"),
             "Your booking with Kessler & Frey Careers is confirmed",
             "2026-09-14 07:30:55", "UTC",
             "<ZR1P278MB1177D0C2E5A94B7F3A18C6E2D90B1@ZR1P278MB1177.CHEP278.PROD.OUTLOOK.COM>",
             host=("mail-zr1che01on2112.outbound.protection.outlook.com", "40.107.22.112", "4QsJ6t3HbRz7Gw4"),
             extra=(("X-MS-Exchange-Organization-SCL", "1"), ("X-MS-Has-Attach", ""))),
        alt(text(body), html(page), calendar(ics, cte="base64")))


# =========================================================================== positives: rescheduled


@mail(N(17), family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-10-15T12:30:00Z", end="2026-10-15T13:30:00Z",
      contact="daan.mulder@zuidascommodities.nl", company="Zuidas Commodities B.V.",
      local="Thu 2026-10-15 14:30", local_end="2026-10-15 15:30", zone="Europe/Amsterdam",
      days=(("Tue", "2026-10-13"),),
      note="Lever reschedule: previous Tue 13 Oct 11:00 CEST, new Thu 15 Oct 2:30-3:30 PM CEST (UTC+2) -> "
           "12:30Z-13:30Z = the ICS (SEQUENCE:1, UTC); start = the new time; contact = Reply-To recruiter")
def m_zuidas_lever():
    body = t("""
        Hi Ines,

        Your interview with Zuidas Commodities has been rescheduled. Please see the updated details below — the previous time no longer applies.

        Previous time: Tuesday, October 13, 2026, 11:00 AM – 12:00 PM CEST
        New time: Thursday, October 15, 2026, 2:30 PM – 3:30 PM CEST (Amsterdam)

        Interview: Panel interview – Commodity Supply Analyst
        Location: Zuidas Commodities, Gustav Mahlerplein 28, 1082 MA Amsterdam – 14th floor, ask for Daan at reception
        Panel: Daan Mulder (Talent Acquisition), Eva Jansen (Head of Physical Operations), Marco Bianchi (Trading Analytics)

        An updated calendar invitation is attached. Sorry for the shuffle – Eva has to be in Rotterdam on Tuesday.

        Best,
        Daan

        --
        Sent via Lever on behalf of Zuidas Commodities
        """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Ines,</p>
        <p>Your interview with Zuidas Commodities has been rescheduled. Please see the updated details below — the previous time no longer applies.</p>
        <p><span style="color:#999;text-decoration:line-through">Previous time: Tuesday, October 13, 2026, 11:00 AM – 12:00 PM CEST</span><br>
        <b>New time: Thursday, October 15, 2026, 2:30 PM – 3:30 PM CEST (Amsterdam)</b></p>
        <p>Interview: Panel interview – Commodity Supply Analyst<br>
        Location: Zuidas Commodities, Gustav Mahlerplein 28, 1082 MA Amsterdam – 14th floor, ask for Daan at reception<br>
        Panel: Daan Mulder (Talent Acquisition), Eva Jansen (Head of Physical Operations), Marco Bianchi (Trading Analytics)</p>
        <p>An updated calendar invitation is attached. Sorry for the shuffle – Eva has to be in Rotterdam on Tuesday.</p>
        <p>Best,<br>Daan</p>
        <p style="font-size:11px;color:#aaa">Sent via Lever on behalf of Zuidas Commodities</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0b7e3c91-f2d4-4a6b-8e15-c9a0d3f71b28
DTSTAMP:20261009T131504Z
DTSTART:20261015T123000Z
DTEND:20261015T133000Z
SEQUENCE:1
SUMMARY:Panel interview - Ines Kowalczyk (Commodity Supply Analyst)
LOCATION:Zuidas Commodities\\, Gustav Mahlerplein 28\\, 1082 MA Amsterdam
ORGANIZER;CN=Daan Mulder:mailto:daan.mulder@zuidascommodities.nl
ATTENDEE;CN=Ines Kowalczyk;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:ines.kowalczyk@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Zuidas Commodities", "no-reply@hire.lever.co"),
             "Updated: your interview with Zuidas Commodities",
             "2026-10-09 13:15:04", "UTC",
             "<lever.0b7e3c91f2d44a6b.20261009131504@hire.lever.co>",
             host=("mail-201.hire.lever.co", "50.31.36.201", "4QqV4d7KcXz3Jp8"),
             extra=(("Reply-To", addr("Daan Mulder", "daan.mulder@zuidascommodities.nl")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-11-04T13:00:00Z", end="2026-11-04T14:00:00Z",
      contact="claudia.heuser@mainlog-pharma.de", company="Mainlog Pharma Distribution GmbH",
      local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:00", zone="Europe/Berlin",
      days=(("Tue", "2026-11-03"), ("Tue", "2026-10-27")),
      note="Outlook prose in windows-1252, sent Thu 29 Oct (CET): 'wie besprochen verschieben wir unser "
           "Gespräch von kommendem Dienstag, 10:00 Uhr, auf Mittwoch um 14:00 Uhr' -> Wed 4 Nov 14:00 CET = "
           "13:00Z; 'dauert eine Stunde' is an exact length -> end 14:00Z; agreed on the phone, so "
           "rescheduled; contact = human sender")
def m_mainlog_reschedule():
    body = t("""
        Sehr geehrte Frau Kowalczyk,

        vielen Dank für Ihre Flexibilität am Telefon eben. Wie besprochen verschieben wir unser Gespräch von kommendem Dienstag, 10:00 Uhr, auf Mittwoch um 14:00 Uhr. Der Ort bleibt unverändert (Hanauer Landstraße 291, Frankfurt, Empfang Haus B); das Gespräch dauert eine Stunde.

        Ich habe den Kalendereintrag bei uns bereits angepasst. Nochmals Entschuldigung für die Umstände – am Dienstag findet kurzfristig ein Audit statt, bei dem ich anwesend sein muss.

        Mit freundlichen Grüßen

        Dr. Claudia Heuser
        Head of Distribution Planning
        Mainlog Pharma Distribution GmbH
        Hanauer Landstraße 291 | 60314 Frankfurt am Main
        Tel.: +49 69 40 55 73-110
        www.mainlog-pharma.de

        Mainlog Pharma Distribution GmbH, Sitz: Frankfurt am Main, Registergericht: Amtsgericht Frankfurt am Main, HRB 99817
        Geschäftsführung: Dr. Michael Rau, Simone Albrecht

        -----Ursprüngliche Nachricht-----
        Von: Ines Kowalczyk <ines.kowalczyk@example.org>
        Gesendet: Dienstag, 27. Oktober 2026 19:12
        An: Heuser, Claudia Dr. <claudia.heuser@mainlog-pharma.de>
        Betreff: Re: Vorstellungsgespräch Supply Chain Analyst

        Sehr geehrte Frau Dr. Heuser,

        vielen Dank für die Einladung. Dienstag, 3. November, um 10 Uhr passt mir gut.

        Mit freundlichen Grüßen
        Ines Kowalczyk
        """)
    paras = body.rstrip("\n").split("\n\n")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang="DE"><div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">' + p.replace("\n", "<br>\n") + "</p>" for p in paras)
            + "\n</div></body></html>\n")
    return message(
        head(addr("Heuser, Claudia Dr.", "claudia.heuser@mainlog-pharma.de"),
             enc("AW: Vorstellungsgespräch Supply Chain Analyst – neuer Termin", "windows-1252"),
             "2026-10-29 17:45:12", "Europe/Berlin",
             "<AM9P191MB16624E0B7D3A1C59F82D6E4A9C0B2@AM9P191MB1662.EURP191.PROD.OUTLOOK.COM>",
             host=("mail-am6eur05on2130.outbound.protection.outlook.com", "40.107.22.130", "4QwZ8c2RnTz6Lq1"),
             extra=(("In-Reply-To", "<e2b7d0f4-91c3-4a8e-b6f5-ines@example.org>"),
                    ("References", "<AM9P191MB1662A1B2C3@AM9P191MB1662.EURP191.PROD.OUTLOOK.COM> "
                                   "<e2b7d0f4-91c3-4a8e-b6f5-ines@example.org>"),
                    ("Thread-Topic", enc("Vorstellungsgespräch Supply Chain Analyst – neuer Termin", "windows-1252")),
                    ("Thread-Index", "AQHbKf3sWm1Y2d9f0Uy0rA7d3Tq6Zg=="),
                    ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", ""))),
        alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(19), family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-11-12T16:00:00Z", end="2026-11-12T16:45:00Z",
      contact="kevin.russo@tristatecoldchain.com", company="Tristate Cold Chain Inc.",
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 11:45", zone="America/New_York",
      days=(("Mon", "2026-11-09"),),
      note="iCIMS reschedule with US MM/DD dates: original Mon 11/09 9:00 AM, updated Thu 11/12/2026 "
           "11:00-11:45 AM Eastern Standard Time (UTC-5) -> 16:00Z-16:45Z ('5:00 PM in Düsseldorf' agrees); "
           "From is the iCIMS system mailbox, contact = recruiter address in the body")
def m_tristate_icims():
    body = t("""
        Dear Ines,

        Please note that your interview for the Supply Chain Analyst, EMEA Imports position (Job ID 2026-4471) has been moved.

        Original: Monday, 11/09/2026, 9:00 AM Eastern Standard Time
        Updated: Thursday, 11/12/2026, 11:00 AM - 11:45 AM Eastern Standard Time (5:00 PM - 5:45 PM in Düsseldorf)

        Interview type: Video (Microsoft Teams) - the link will follow from the hiring manager
        Interviewer: Angela Moretti, Director, Import Logistics

        We apologize for any inconvenience. If the new time does not work for you, please contact Kevin Russo at kevin.russo@tristatecoldchain.com.

        Sincerely,

        Kevin Russo
        Talent Acquisition
        Tristate Cold Chain Inc. | Secaucus, NJ

        Tristate Cold Chain is an Equal Opportunity Employer.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:12px">
        <table width="640" style="border:1px solid #ccc"><tr><td style="background:#00457c;color:#fff;padding:8px;font-size:16px">Tristate Cold Chain Careers</td></tr>
        <tr><td style="padding:12px">
        <p>Dear Ines,</p>
        <p>Please note that your interview for the <b>Supply Chain Analyst, EMEA Imports</b> position (Job ID 2026-4471) has been moved.</p>
        <p>Original: Monday, 11/09/2026, 9:00 AM Eastern Standard Time<br>
        <b>Updated: Thursday, 11/12/2026, 11:00 AM - 11:45 AM Eastern Standard Time</b> (5:00 PM - 5:45 PM in D&uuml;sseldorf)</p>
        <p>Interview type: Video (Microsoft Teams) - the link will follow from the hiring manager<br>
        Interviewer: Angela Moretti, Director, Import Logistics</p>
        <p>We apologize for any inconvenience. If the new time does not work for you, please contact Kevin Russo at <a href="mailto:kevin.russo@tristatecoldchain.com">kevin.russo@tristatecoldchain.com</a>.</p>
        <p>Sincerely,<br><br>Kevin Russo<br>Talent Acquisition<br>Tristate Cold Chain Inc. | Secaucus, NJ</p>
        <p style="font-size:10px;color:#777">Tristate Cold Chain is an Equal Opportunity Employer.</p>
        </td></tr></table></body></html>
        """)
    return message(
        head(addr("Tristate Cold Chain", "tristatecoldchain@talent.icims.com"),
             "Updated Interview Time - Supply Chain Analyst, EMEA Imports (2026-4471)",
             "2026-11-06 10:22:37", "America/New_York",
             "<1046382917.2208471.1794496957012.JavaMail.icims@talent.icims.com>",
             host=("mta-out-14.icims.com", "52.0.94.14", "4R2kH5sPmWz9Bc7")),
        alt(text(body), html(page)))


@mail(N(20), family="forwarded", lang="de", interview=True, kind="rescheduled",
      start="2026-12-04T09:00:00Z", end="2026-12-04T09:45:00Z",
      contact="katrin.obermaier@brenner-spedition.de", company="Brenner Spedition GmbH",
      local="Fri 2026-12-04 10:00", local_end="2026-12-04 10:45", zone="Europe/Berlin",
      days=(("Thu", "2026-12-03"),),
      note="Ines forwards to herself (the recruiter wrote to her example.net address; she forwards to "
           "example.org) the recruiter's reschedule as a "
           "message/rfc822 attachment: Do 3.12. 15:00 moved to 'Freitag, 4. Dezember 2026, 10:00 Uhr (Dauer: "
           "45 Minuten)' -> CET = UTC+1 -> 09:00Z-09:45Z; the sender is the candidate, so contact = the "
           "human From of the forwarded message")
def m_brenner_forward():
    inner_body = t("""
        Sehr geehrte Frau Kowalczyk,

        leider muss ich unseren Termin am Donnerstag, 3. Dezember, um 15:00 Uhr verschieben, da unser Niederlassungsleiter an diesem Tag kurzfristig in Verona sein muss.

        Neuer Termin: Freitag, 4. Dezember 2026, 10:00 Uhr (Dauer: 45 Minuten)

        Das Gespräch findet weiterhin per Zoom statt:

        Zoom-Meeting beitreten
        https://brenner-spedition.zoom.us/j/91827364501?pwd=aGxKcE5TQ2ZqVWR3
        Meeting-ID: 918 2736 4501
        Kenncode: 583920

        Sollte Ihnen der neue Termin wider Erwarten nicht passen, geben Sie mir bitte kurz Bescheid.

        Mit freundlichen Grüßen
        Katrin Obermaier
        Personalreferentin
        Brenner Spedition GmbH | Lindwurmstraße 142 | 80337 München
        """)
    inner = message(
        [("Received", received("from mail.brenner-spedition.de (mail.brenner-spedition.de [195.30.84.17])",
                               "2026-11-30 14:12:06", "Europe/Berlin",
                               "mx.example.net (Postfix) with ESMTPS id 4RCt0w3ZkMz8Pf2",
                               "ines.kowalczyk@example.net")),
         ("From", addr("Katrin Obermaier", "katrin.obermaier@brenner-spedition.de")),
         ("To", addr("Ines Kowalczyk", "ines.kowalczyk@example.net")),
         ("Subject", enc("Terminänderung: Ihr Interview bei Brenner Spedition")),
         ("Date", date("2026-11-30 14:12:06", "Europe/Berlin")),
         ("Message-ID", "<7c3e1f0a-b2d9-4e56-8a14-brenner@mail.brenner-spedition.de>")],
        text(inner_body))
    note = t("""
        neuer Termin!! Fr statt Do -> Kalender anpassen + Zug nach München umbuchen (Fr früh, ICE 8:03?)

        """)
    return message(
        head(addr("Ines Kowalczyk", "ines.kowalczyk@example.net"),
             enc("Fwd: Terminänderung: Ihr Interview bei Brenner Spedition"),
             "2026-11-30 20:05:48", "Europe/Berlin",
             "<0f9b6d2e-5a71-4c38-9e04-3b8a7d1c6e52@example.net>",
             host=("smtp.example.net", "192.0.2.25", "4RD4q1Xy6Sz0Hm9"),
             extra=(("User-Agent", "Mozilla Thunderbird"),)),
        mixed(text(note, cte="8bit"),
              attached_message(inner, filename="Terminaenderung Ihr Interview bei Brenner Spedition.eml")))


# =========================================================================== positives: cancelled

VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-11-26T14:00:00Z", end="2026-11-26T14:45:00Z",
      contact="oliver.grant@thamesideanalytics.co.uk", company="Thameside Analytics Ltd",
      local="Thu 2026-11-26 14:00", local_end="2026-11-26 14:45", zone="Europe/London",
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of Thu 26 Nov 2pm-2:45pm "
           "United Kingdom Time (GMT = UTC) -> 14:00Z-14:45Z; hire paused, no new time; contact = ORGANIZER")
def m_thameside_gcal_cancel():
    body = t("""
        This event has been canceled.

        Interview – Ines Kowalczyk (Supply Chain Analyst)
        Thursday Nov 26, 2026 ⋅ 2pm – 2:45pm
        United Kingdom Time

        Note from Oliver Grant:
        Hi Ines, apologies – we've had to pause this hire for budget reasons, so I'm cancelling for now. I'll be in touch if it reopens in the new year.

        Organizer
        Oliver Grant
        oliver.grant@thamesideanalytics.co.uk

        Guests
        Oliver Grant - organizer
        Hannah Price
        ines.kowalczyk@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="color:#d93025;font-weight:500">This event has been canceled.</div>
        <h2 style="font-weight:400;text-decoration:line-through">Interview &ndash; Ines Kowalczyk (Supply Chain Analyst)</h2>
        <div>Thursday Nov 26, 2026 &#8901; 2pm &ndash; 2:45pm<br>United Kingdom Time</div>
        <p><b>Note from Oliver Grant:</b><br>Hi Ines, apologies &ndash; we&#39;ve had to pause this hire for budget reasons, so I&#39;m cancelling for now. I&#39;ll be in touch if it reopens in the new year.</p>
        <div><b>Organizer</b><br>Oliver Grant<br>oliver.grant@thamesideanalytics.co.uk</div>
        <div><b>Guests</b><br>Oliver Grant - organizer<br>Hannah Price<br>ines.kowalczyk@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ_LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261126T140000
DTEND;TZID=Europe/London:20261126T144500
DTSTAMP:20261123T091522Z
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@thamesideanalytics.co.uk
UID:5qk0d2v9s1m7h3c8t4g6b0n2pe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ines.kowalczyk@example.org;X-NUM-GUESTS=0:mailto:ines.kowalczyk@example.org
CREATED:20261116T104410Z
LAST-MODIFIED:20261123T091522Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview – Ines Kowalczyk (Supply Chain Analyst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Oliver Grant", "oliver.grant@thamesideanalytics.co.uk"),
             enc("Canceled event: Interview – Ines Kowalczyk (Supply Chain Analyst) @ Thu Nov 26, 2026 "
                 "2pm - 2:45pm (GMT) (ines.kowalczyk@example.org)"),
             "2026-11-23 09:15:22", "Europe/London",
             "<calendar-b4e81c07-2f6d-4a93-8c5e-d1f0a7b3e692@google.com>",
             host=("mail-sor-f69.google.com", "209.85.220.69", "4R6dP9vLmFz4Wt3"),
             extra=(("Reply-To", addr("Oliver Grant", "oliver.grant@thamesideanalytics.co.uk")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com")))),
        mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
              calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(N(22), family="workable", lang="de", interview=True, kind="cancelled",
      start="2026-12-08T15:00:00Z", end="2026-12-08T15:45:00Z", contact=None,
      company="Ruhrtal Energiehandel GmbH",
      local="Tue 2026-12-08 16:00", local_end="2026-12-08 16:45", zone="Europe/Berlin",
      note="Workable cancellation ('Absage Ihres Interviewtermins') because the role was filled internally: "
           "the slot Dienstag, 8. Dezember 2026 um 16:00 Uhr (CET = UTC+1 -> 15:00Z); the text gives no length "
           "but the attached METHOD:CANCEL ICS has DTEND 16:45 -> end 15:45Z; From no-reply, Reply-To a "
           "Workable '+' relay, signer has no address -> contact null")
def m_ruhrtal_workable_cancel():
    body = t("""
        Hallo Ines Kowalczyk,

        leider müssen wir Ihr Interview am Dienstag, 8. Dezember 2026 um 16:00 Uhr absagen. Die Position „Analyst Energy Supply (m/w/d)“ konnte zwischenzeitlich intern besetzt werden, daher führen wir keine weiteren Gespräche.

        Wir bedanken uns herzlich für Ihr Interesse und Ihre Zeit und wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

        Viele Grüße
        Melanie Wessel
        People & Culture
        Ruhrtal Energiehandel GmbH
        Rheinlanddamm 24, 44139 Dortmund

        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hallo Ines Kowalczyk,</p>
        <p>leider müssen wir Ihr Interview am <b>Dienstag, 8. Dezember 2026 um 16:00 Uhr</b> absagen. Die Position „Analyst Energy Supply (m/w/d)“ konnte zwischenzeitlich intern besetzt werden, daher führen wir keine weiteren Gespräche.</p>
        <p>Wir bedanken uns herzlich für Ihr Interesse und Ihre Zeit und wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.</p>
        <p>Viele Grüße<br>Melanie Wessel<br>People &amp; Culture<br>Ruhrtal Energiehandel GmbH<br>Rheinlanddamm 24, 44139 Dortmund</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:workable-event-8841275-ruhrtal
DTSTAMP:20261203T104851Z
DTSTART;TZID=Europe/Berlin:20261208T160000
DTEND;TZID=Europe/Berlin:20261208T164500
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Interview: Ines Kowalczyk - Analyst Energy Supply (m/w/d)
ORGANIZER;CN=Ruhrtal Energiehandel GmbH:mailto:ruhrtal-energiehandel+a7c2f9e1@candidates.workablemail.com
ATTENDEE;CN=Ines Kowalczyk;ROLE=REQ-PARTICIPANT:mailto:ines.kowalczyk@example.org
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Ruhrtal Energiehandel GmbH", "noreply@candidates.workablemail.com"),
             enc("Absage Ihres Interviewtermins – Analyst Energy Supply (m/w/d)"),
             "2026-12-03 11:48:51", "Europe/Berlin",
             "<6a0e2f51c9b84d7e.1796294931@candidates.workablemail.com>",
             host=("o3.candidates.workablemail.com", "167.89.64.203", "4RFb3k8NqTz5Dv6"),
             extra=(("Reply-To", addr("Ruhrtal Energiehandel GmbH",
                                      "ruhrtal-energiehandel+a7c2f9e1@candidates.workablemail.com")),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(N(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start="2026-09-10T07:30:00Z", end=None, contact="markus.puetz@lindenhof-getraenke.de",
      company="Lindenhof Getränke GmbH",
      local="Thu 2026-09-10 09:30", zone="Europe/Berlin",
      days=(("Mon", "2026-09-21"), ("Tue", "2026-09-22")),
      note="Hiring manager cancels 'unser Gespräch morgen um 9:30 Uhr' (sick); Date Wed 9 Sep 07:12 CEST -> "
           "Thu 10 Sep 09:30 CEST = 07:30Z = the cancelled slot; he only proposes Mon 21.09. 10 Uhr or Tue "
           "afternoon and asks which suits, nothing new is fixed -> cancelled, not rescheduled; contact = sender")
def m_lindenhof_cancel():
    body = t("""
        Guten Morgen Frau Kowalczyk,

        leider muss ich unser Gespräch morgen um 9:30 Uhr kurzfristig absagen – ich liege mit Fieber flach und bin den Rest der Woche krankgeschrieben. Tut mir wirklich leid!

        Wäre es für Sie möglich, stattdessen am Montag, 21.09., um 10 Uhr zu uns nach Krefeld zu kommen? Alternativ ginge auch Dienstag, 22.09., am Nachmittag. Geben Sie mir einfach kurz Bescheid, was Ihnen besser passt.

        Viele Grüße
        Markus Pütz

        --
        Markus Pütz
        Leiter Logistik
        Lindenhof Getränke GmbH
        Oranierring 57 | 47799 Krefeld
        Tel. 02151 60 44-25
        """)
    return message(
        head(addr("Markus Pütz", "markus.puetz@lindenhof-getraenke.de"),
             enc("Absage Termin morgen – Vorstellungsgespräch"),
             "2026-09-09 07:12:40", "Europe/Berlin",
             "<AS8PR07MB7430F1C2D9B6E4A0@AS8PR07MB7430.eurprd07.prod.outlook.com>",
             host=("mail-db8eur05on2119.outbound.protection.outlook.com", "40.107.20.119", "4QlkR2dHvVz6Xb0"),
             extra=(("X-Mailer", "Outlook for Android"),)),
        text(body))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="de", interview=False, company="Meridian Agrochem SE",
      days=(("Fri", "2026-10-02"),),
      note="Taleo rejection after an interview that already happened ('Gespräch am Freitag, 2. Oktober'); "
           "the past date is not a confirmation; company = the employer")
def m_meridian_taleo_rejection():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        Sehr geehrte Frau Kowalczyk,<br><br>
        vielen Dank für das angenehme Gespräch am Freitag, 2. Oktober, und das Interesse, das Sie der Meridian Agrochem SE und der Position <b>Supply Chain Analyst (Req. 26000318)</b> entgegengebracht haben.<br><br>
        Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine Kandidatin entschieden haben, deren Profil noch genauer zu den Anforderungen der Position passt. Diese Entscheidung ist uns nicht leichtgefallen.<br><br>
        Mit Ihrem Einverständnis würden wir Ihre Unterlagen gerne in unseren Talent-Pool aufnehmen und bei passenden Vakanzen erneut auf Sie zukommen. Sie können dieser Speicherung jederzeit in Ihrem Kandidatenprofil widersprechen.<br><br>
        Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.<br><br>
        Mit freundlichen Grüßen<br>
        Ihr Talent Acquisition Team<br>
        Meridian Agrochem SE, Alfred-Nobel-Straße 50, 40789 Monheim am Rhein<br><br>
        <i>Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</i>
        </font></body></html>
        """)
    return message(
        head(addr("Meridian Agrochem Karriere", "no-reply@taleo.net", "iso-8859-1"),
             enc("Ihre Bewerbung bei Meridian Agrochem – Supply Chain Analyst (Req. 26000318)"),
             "2026-10-12 16:02:19", "Europe/Berlin",
             "<1497236845.1183922.1791813739204.JavaMail.prod@tlvdc2app07.taleo.net>",
             host=("smtp-out3.taleo.net", "160.34.14.83", "4QrG2b9WmYz1Vk5")),
        html(page, charset="iso-8859-1"))


_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def pdf(filename: str) -> Part:
    import base64
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(_PDF).replace(b"\n", b"\r\n"))


@mail(N(25), family="offer", lang="en", interview=False, company="Kanaalzicht Freight B.V.",
      days=(("Thu", "2026-09-10"), ("Tue", "2026-09-22"), ("Tue", "2026-10-06")),
      note="Job offer after the interviews of 10 and 22 September (past dates); mentions a decision deadline "
           "and an informal call 'tomorrow around 4' with the future manager, which is not an interview")
def m_kanaalzicht_offer():
    body = t("""
        Hi Ines,

        I hope you had a good weekend! Following your conversations with Joris and the team on 10 and 22 September, I'm delighted to let you know that we'd like to offer you the position of Supply Chain Analyst – Network Planning at Kanaalzicht Freight.

        Attached you'll find the offer letter with all the details (salary, 30 days of holiday, hybrid set-up with two office days in Amsterdam, relocation support). We would appreciate your decision by Tuesday, 6 October.

        Joris would also like to give you a quick call tomorrow around 4 pm to say congratulations personally and answer any questions about the team – no preparation needed.

        If anything in the letter is unclear, just reply here or call me on +31 20 555 0193.

        Warm regards,
        Femke

        Femke de Groot
        Talent Acquisition | Kanaalzicht Freight B.V.
        """)
    return message(
        head(addr("Femke de Groot", "femke.degroot@kanaalzicht-freight.nl"),
             enc("Offer – Supply Chain Analyst, Network Planning"),
             "2026-09-28 10:31:56", "Europe/Amsterdam",
             "<AM0PR02MB5921B3E8C7D61F04A29E5B1C7D38@AM0PR02MB5921.eurprd02.prod.outlook.com>",
             host=("mail-am0eur02on2093.outbound.protection.outlook.com", "40.107.12.93", "4Qvx5j0KcPz2Hr1")),
        mixed(alt(text(body), html(gmail_html(body))), pdf("Offer_Letter_Ines_Kowalczyk.pdf")))


@mail(N(26), family="application_ack", lang="de", interview=False, company="Ruhrkurier Tech GmbH",
      note="JOIN application receipt (du): 'Wenn es passt, meldet sich Kim ..., um einen Termin ... zu "
           "vereinbaren' is hypothetical; nothing scheduled")
def m_ruhrkurier_join_ack():
    body = t("""
        Hi Ines,

        danke für deine Bewerbung als Supply Chain Analyst (m/w/d) bei Ruhrkurier Tech GmbH! 🎉

        Das Team von Ruhrkurier schaut sich deine Unterlagen in den nächsten Tagen an. Wenn es passt, meldet sich Kim Albers direkt bei dir, um einen Termin für ein erstes Kennenlernen (ca. 30 Minuten per Video) zu vereinbaren.

        Tipp: Mit unserem Interview-Guide bist du bestens vorbereitet:
        https://join.com/magazin/vorstellungsgespraech-fragen-antworten

        Den Status deiner Bewerbung kannst du jederzeit hier einsehen:
        https://join.com/candidate/applications

        Viel Erfolg!
        Dein JOIN Team

        JOIN Solutions AG · Sihlfeldstrasse 58 · 8003 Zürich
        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1b1b1b;background:#f6f7fb">
        <div style="max-width:560px;margin:auto;background:#fff;padding:28px;border-radius:12px">
        <p>Hi Ines,</p>
        <p>danke für deine Bewerbung als <b>Supply Chain Analyst (m/w/d)</b> bei <b>Ruhrkurier Tech GmbH</b>! 🎉</p>
        <p>Das Team von Ruhrkurier schaut sich deine Unterlagen in den nächsten Tagen an. Wenn es passt, meldet sich Kim Albers direkt bei dir, um einen Termin für ein erstes Kennenlernen (ca. 30 Minuten per Video) zu vereinbaren.</p>
        <p>Tipp: Mit unserem <a href="https://join.com/magazin/vorstellungsgespraech-fragen-antworten">Interview-Guide</a> bist du bestens vorbereitet.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#1c64f2;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Bewerbungsstatus ansehen</a></p>
        <p>Viel Erfolg!<br>Dein JOIN Team</p>
        <p style="font-size:11px;color:#888">JOIN Solutions AG · Sihlfeldstrasse 58 · 8003 Zürich<br>Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.</p>
        </div></body></html>
        """)
    return message(
        head(addr("Ruhrkurier Tech GmbH via JOIN", "noreply@join.com"),
             enc("Deine Bewerbung bei Ruhrkurier ist eingegangen ✅"),
             "2026-11-17 12:40:09", "Europe/Berlin",
             "<20261117114009.a3f91c2e7b.candidate-application@join.com>",
             host=("o12.email.join.com", "149.72.134.66", "4R4vQ9zHs3z8Lm2")),
        alt(text(body), html(page)))


@mail(N(27), family="job_alert", lang="de", interview=False, company=None,
      note="StepStone job agent digest; 'Vorstellungsgespräche ab nächster Woche' is an ad badge, no "
           "confirmation")
def m_stepstone_alert():
    jobs = [
        ("Supply Chain Analyst (m/w/d)", "Niederrhein Foods GmbH", "Düsseldorf", "Schnelle Rückmeldung"),
        ("Demand Planner / Analyst (m/w/d)", "Kaiserswerth Pharma AG", "Düsseldorf", "Neu"),
        ("Analyst Logistikcontrolling (m/w/d)", "Rhein-Ruhr Paket GmbH", "Duisburg",
         "Vorstellungsgespräche ab nächster Woche"),
        ("Junior S&OP Manager (m/w/d)", "Benrather Haushaltswaren GmbH", "Düsseldorf-Benrath", "Homeoffice möglich"),
        ("Supply Chain Data Analyst (m/w/d)", "Wupper Chemie AG", "Wuppertal", "Bewerbung in 5 Minuten"),
    ]
    body = "Hallo Ines Kowalczyk,\n\nIhr Jobagent „Supply Chain Analyst“ hat 12 neue Jobs in Düsseldorf (+ 30 km) gefunden:\n\n"
    body += "".join(f"{j}\n{c} – {o}\n{b}\nhttps://www.stepstone.de/stellenangebote--{i}\n\n"
                    for i, (j, c, o, b) in enumerate(jobs, 10248831))
    body += t("""
        Alle 12 Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse?id=88412

        Tipp der Woche: Die 10 häufigsten Fragen im Vorstellungsgespräch – und wie Sie souverän antworten.
        https://www.stepstone.de/magazin/vorstellungsgespraech-fragen

        Jobagent bearbeiten | Jobagent abbestellen
        StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf
        """)
    import html as _h
    cards = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://www.stepstone.de/stellenangebote--{i}" '
        f'style="font-weight:bold;color:#0c2577">{_h.escape(j)}</a><br>{_h.escape(c)} &ndash; {_h.escape(o)}<br>'
        f'<span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px">{_h.escape(b)}</span></td></tr>\n'
        for i, (j, c, o, b) in enumerate(jobs, 10248831))
    page = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n<p>Hallo Ines Kowalczyk,</p>\n'
            "<p>Ihr Jobagent &bdquo;Supply Chain Analyst&ldquo; hat <b>12 neue Jobs</b> in Düsseldorf (+ 30 km) "
            'gefunden:</p>\n<table width="600" cellspacing="0">\n' + cards + "</table>\n"
            '<p><a href="https://www.stepstone.de/jobagent/ergebnisse?id=88412">Alle 12 Jobs ansehen</a></p>\n'
            "<p>Tipp der Woche: Die 10 häufigsten Fragen im Vorstellungsgespräch &ndash; und wie Sie souverän "
            "antworten.</p>\n<p style=\"font-size:11px;color:#777\">StepStone Deutschland GmbH, Völklinger Straße 1, "
            "40219 Düsseldorf</p>\n</body></html>\n")
    return message(
        head(addr("StepStone Jobagent", "jobagent@stepstone.de"),
             enc("12 neue Jobs für „Supply Chain Analyst“ in Düsseldorf"),
             "2026-10-05 07:00:12", "Europe/Berlin",
             "<jobagent.88412.20261005050012@mailing.stepstone.de>",
             host=("mailing.stepstone.de", "91.213.211.30", "4QpR7w1CjBz0Ks4"),
             extra=(("List-Unsubscribe", "<https://www.stepstone.de/jobagent/abbestellen?id=88412>, "
                                         "<mailto:unsubscribe-88412@mailing.stepstone.de>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(page)))


@mail(N(28), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert; 'Interviewing now' / 'Actively recruiting' badges are not confirmations")
def m_linkedin_alert():
    body = t("""
        Your job alert for supply chain analyst in Amsterdam
        8 new jobs match your preferences.

        Supply Chain Analyst
        Polderveld Foods · Amsterdam, North Holland, Netherlands (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4023318871/

        Inventory & Replenishment Analyst
        Amstelhaven Retail Group · Amsterdam (On-site)
        Interviewing now · 2 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4023319902/

        Senior Supply Planning Analyst
        Noordzee Offshore Services · Amsterdam (Hybrid)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4023320417/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=17720094

        This email was intended for Ines Kowalczyk (Supply Chain Analyst | S&OP | Python & SQL)
        You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    page = t("""
        <html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;background:#f3f2ef">
        <table width="512" align="center" style="background:#fff;padding:16px">
        <tr><td><h2 style="font-size:20px">Your job alert for <b>supply chain analyst</b> in Amsterdam</h2><p>8 new jobs match your preferences.</p></td></tr>
        <tr><td style="padding:8px 0"><a href="https://www.linkedin.com/comm/jobs/view/4023318871/" style="color:#0a66c2;font-weight:600">Supply Chain Analyst</a><br>Polderveld Foods &middot; Amsterdam, North Holland, Netherlands (Hybrid)<br><span style="color:#057642">Actively recruiting</span></td></tr>
        <tr><td style="padding:8px 0"><a href="https://www.linkedin.com/comm/jobs/view/4023319902/" style="color:#0a66c2;font-weight:600">Inventory &amp; Replenishment Analyst</a><br>Amstelhaven Retail Group &middot; Amsterdam (On-site)<br><span style="color:#057642">Interviewing now</span> &middot; 2 connections work here</td></tr>
        <tr><td style="padding:8px 0"><a href="https://www.linkedin.com/comm/jobs/view/4023320417/" style="color:#0a66c2;font-weight:600">Senior Supply Planning Analyst</a><br>Noordzee Offshore Services &middot; Amsterdam (Hybrid)<br>Be an early applicant</td></tr>
        <tr><td><a href="https://www.linkedin.com/comm/jobs/search/?savedSearchId=17720094">See all jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#666">This email was intended for Ines Kowalczyk (Supply Chain Analyst | S&amp;OP | Python &amp; SQL). <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>&copy; 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</td></tr>
        </table></body></html>
        """)
    return message(
        head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
             enc("“supply chain analyst”: 8 new jobs in Amsterdam"),
             "2026-10-14 05:47:33", "UTC",
             "<1210477391.4455120.1792043253915@ltx1-app4431.prod.linkedin.com>",
             host=("mailb-ff.linkedin.com", "108.174.3.202", "4QsM1t8DwNz5Rb6"),
             extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=abc>"),
                    ("X-LinkedIn-Class", "JOBS-TO-MBR"),
                    ("X-LinkedIn-Template", "email_jobs_saved_search_alert_01"))),
        alt(text(body), html(page)))


@mail(N(29), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-12"), ("Thu", "2026-10-15")),
      note="Career newsletter: 'Vorstellungsgespräch am Montag um 9 Uhr?' is a hypothetical headline and the "
           "live Q&A on Thu 15 Oct 18:00 is a webinar invitation, not the reader's interview")
def m_jobwelt_newsletter():
    body = t("""
        Jobwelt Magazin – Ihr Karriere-Newsletter, Ausgabe 41/2026

        Vorstellungsgespräch am Montag um 9 Uhr? So starten Sie souverän in die Woche

        Liebe Leserin, lieber Leser,

        der Termin steht, der Anzug hängt bereit – und trotzdem schlafen viele in der Nacht vor dem Vorstellungsgespräch schlecht. Unsere Expertin Julia Brandt, seit 15 Jahren Personalerin in der Logistikbranche, verrät, wie Sie die letzten 24 Stunden vor dem Gespräch nutzen:

        1. Bestätigen Sie den Termin schriftlich – ein kurzer Satz reicht.
        2. Planen Sie die Anreise mit 30 Minuten Puffer.
        3. Bereiten Sie drei eigene Fragen an das Unternehmen vor.
        4. Üben Sie Ihre Selbstpräsentation laut, nicht nur im Kopf.

        Live-Q&A: Julia Brandt beantwortet Ihre Fragen am Donnerstag, 15. Oktober, um 18:00 Uhr per Livestream. Jetzt kostenlos anmelden: https://www.jobwelt-magazin.de/live

        Außerdem in dieser Ausgabe:
        – Gehaltscheck Supply Chain: Was Analysten in NRW verdienen
        – Gegenfrage erlaubt: „Wie sieht ein typischer Tag im Team aus?“

        Sie erhalten diesen Newsletter, weil Sie sich auf jobwelt-magazin.de angemeldet haben.
        Abmelden: https://www.jobwelt-magazin.de/newsletter/abmelden?u=5f2e91
        Jobwelt Medien GmbH, Speditionstraße 15a, 40221 Düsseldorf
        """)
    paras = body.rstrip("\n").split("\n\n")
    page = ('<html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:600px">\n'
            + "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras) + "\n</body></html>\n")
    return message(
        head(addr("Jobwelt Magazin", "newsletter@jobwelt-magazin.de"),
             enc("Vorstellungsgespräch am Montag um 9 Uhr? So starten Sie souverän"),
             "2026-10-08 06:30:00", "Europe/Berlin",
             "<nl-41-2026.5f2e91@news.jobwelt-magazin.de>",
             host=("mta12.news.jobwelt-magazin.de", "185.117.90.12", "4QqC0r5GzHz3Mp7"),
             extra=(("List-Unsubscribe", "<https://www.jobwelt-magazin.de/newsletter/abmelden?u=5f2e91>"),
                    ("List-Id", "Jobwelt Karriere-Newsletter <karriere.jobwelt-magazin.de>"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(page)))


@mail(N(30), family="newsletter_followup_blog", lang="en", interview=False, company=None,
      note="Substack blog post about the author's own interviews ('final round on a Tuesday at 10am ET'); "
           "a newsletter, not a confirmation for the reader")
def m_substack_blog():
    body = t("""
        The Pallet Post
        I sat 40 supply-chain interviews this year. Here's what the good ones had in common.

        By Dana Whitfield · Nov 1

        In January I decided to leave my planning job at a big-box retailer. Eleven months, 40 interviews and two offers later, here is what I learned – from the candidate's side of the table.

        1. The best companies confirm everything in one email.
        My favourite final round was on a Tuesday at 10am ET. The invite had the agenda, the names, a Zoom link and, crucially, the time in my time zone. The worst one? "Let's chat Thursday" – no time, no link, no follow-up.

        2. Case studies beat brainteasers.
        A 45-minute inventory case told me more about the team than any "how many pallets fit in a 747" question.

        3. Follow up within 24 hours.
        A short thank-you note, one specific thing you learned, and a question. That's it.

        Thanks for reading The Pallet Post! Subscribe for free to receive new posts.

        Read in the app: https://thepalletpost.substack.com/p/40-interviews
        Unsubscribe: https://thepalletpost.substack.com/action/disable_email
        © 2026 Dana Whitfield. 548 Market Street PMB 72296, San Francisco, CA 94104
        """)
    paras = body.rstrip("\n").split("\n\n")
    page = ('<html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737">\n'
            + "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras) + "\n</body></html>\n")
    return message(
        head(addr("The Pallet Post", "thepalletpost@substack.com"),
             "I sat 40 supply-chain interviews this year. Here's what the good ones had in common.",
             "2026-11-01 08:00:04", "America/New_York",
             "<20261101130004.3.7c2e1a9b5d40f8e3@mg1.substack.com>",
             host=("mg1.substack.com", "198.61.254.19", "4QzD8m2YtQz6Fv1"),
             extra=(("List-Unsubscribe", "<https://thepalletpost.substack.com/action/disable_email>"),
                    ("List-Id", "<thepalletpost.substack.com>"),
                    ("Precedence", "bulk"))),
        alt(text(body), html(page)))


@mail(N(31), family="scheduling_link", lang="en", interview=False, company="Zuidas Commodities B.V.",
      note="Recruiter asks Ines to pick a slot for a 30-minute intro call via a Calendly link; no time fixed yet")
def m_zuidas_calendly_link():
    body = t("""
        Hi Ines,

        Thanks for your application for the Commodity Supply Analyst role – your experience with multi-modal planning at your current employer caught our eye.

        As a first step I'd like to set up a 30-minute intro call. Please pick whatever slot suits you best in my calendar:
        https://calendly.com/daan-mulder-zuidas/30min

        I have plenty of availability Wednesday to Friday this week and early next week. If nothing fits, just reply with a few options and I'll make it work.

        Kind regards,
        Daan Mulder
        Talent Acquisition | Zuidas Commodities B.V.
        Gustav Mahlerplein 28, 1082 MA Amsterdam
        """)
    return message(
        head(addr("Daan Mulder", "daan.mulder@zuidascommodities.nl"),
             enc("Zuidas Commodities – next step for Commodity Supply Analyst"),
             "2026-09-28 09:41:17", "Europe/Amsterdam",
             "<AM8PR05MB7302C1E94A0B5D3F6E72A8B1C9D0@AM8PR05MB7302.eurprd05.prod.outlook.com>",
             host=("mail-am7eur03on2101.outbound.protection.outlook.com", "40.107.105.101", "4QvQ3n7ZbKz1Tg8")),
        alt(text(body), html(gmail_html(body))))


@mail(N(32), family="scheduling_link", lang="en", interview=False, company="Ledgerline Ltd",
      note="Ashby self-scheduling request for the case study (45 minutes): 'please choose a time', nothing "
           "booked yet")
def m_ledgerline_selfschedule():
    body = t("""
        Hi Ines,

        Great news – the team would love to move you forward to the Supply Chain Case Study (45 minutes) with Tom Ashworth, Head of Operations Analytics.

        Please choose a time that works for you using the link below. Available slots are shown in your local time zone.

        Select a time: https://app.ashbyhq.com/interview-self-schedule/ledgerline/3f7a0c2e-91d4-4b6e-a5c8-2d1e9f0b7a63

        This link expires in 7 days. If none of the slots work, reply to this email and Priya will find an alternative.

        Ledgerline Talent Team
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Ines,</p>
        <p>Great news – the team would love to move you forward to the <b>Supply Chain Case Study</b> (45 minutes) with Tom Ashworth, Head of Operations Analytics.</p>
        <p>Please choose a time that works for you using the link below. Available slots are shown in your local time zone.</p>
        <p><a href="https://app.ashbyhq.com/interview-self-schedule/ledgerline/3f7a0c2e-91d4-4b6e-a5c8-2d1e9f0b7a63" style="background:#4f46e5;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Select a time</a></p>
        <p>This link expires in 7 days. If none of the slots work, reply to this email and Priya will find an alternative.</p>
        <p>Ledgerline Talent Team</p>
        </body></html>
        """)
    return message(
        head(addr("Ledgerline", "no-reply@ashbyhq.com"),
             "Ledgerline: please pick a time for your case study",
             "2026-10-20 11:05:49", "UTC",
             "<0100019a004e7f21-c5d8a3b0-2e6f-4a17-8b9c-3d0e1f2a4b5c-000000@email.amazonses.com>",
             host=("a8-44.smtp-out.amazonses.com", "54.240.8.44", "4QvX0k4MpRz9Hc2"),
             extra=(("Reply-To", addr("Priya Chandran", "priya.chandran@ledgerline.co.uk")),)),
        alt(text(body), html(page)))


@mail(N(33), family="recruiter_outreach", lang="de", interview=False,
      company="Hübl & Partner Personalberatung GmbH",
      note="Austrian headhunter (Vienna, 'Jänner') asks for a confidential call 'in der kommenden Woche', "
           "morning or evening slots offered in general; nothing fixed")
def m_huebl_outreach():
    body = t("""
        Sehr geehrte Frau Kowalczyk,

        ich hoffe, ich darf Sie auf diesem Weg direkt kontaktieren. Im Auftrag eines namhaften, familiengeführten Industrieunternehmens aus dem Raum München suche ich derzeit eine:n

        Teamlead Supply Chain Analytics (m/w/d)

        Ihr Profil – insbesondere Ihre Erfahrung mit S&OP-Prozessen und der Automatisierung von Forecasts – passt aus meiner Sicht ausgezeichnet. Der Eintritt wäre ab Jänner 2027 oder nach Vereinbarung möglich, hybrides Arbeiten mit zwei bis drei Bürotagen ist vorgesehen.

        Hätten Sie in der kommenden Woche Zeit für ein kurzes, vertrauliches Telefonat (ca. 20 Minuten)? Ich richte mich gerne nach Ihrem Kalender – vormittags ab 8 Uhr oder auch abends nach 18 Uhr.

        Selbstverständlich behandle ich Ihre Rückmeldung streng vertraulich.

        Mit besten Grüßen aus Wien

        Mag. Florian Hübl
        Geschäftsführender Partner
        Hübl & Partner Personalberatung GmbH
        Kärntner Ring 5–7, 1010 Wien
        T +43 1 512 88 40-12 | f.huebl@huebl-partner.at
        """)
    return message(
        head(addr("Mag. Florian Hübl", "f.huebl@huebl-partner.at"),
             enc("Vertrauliche Anfrage: Teamlead Supply Chain Analytics (m/w/d) – Raum München"),
             "2026-10-13 08:15:27", "Europe/Vienna",
             "<VI1PR08MB4127F0E3B9C2A71D64E5C8A0B3D2@VI1PR08MB4127.eurprd08.prod.outlook.com>",
             host=("mail-vi1eur04on2108.outbound.protection.outlook.com", "40.107.8.108", "4QrL6h2TxNz0Dp3"),
             extra=(("Content-Language", "de-AT"),)),
        alt(text(body), html(gmail_html(body))))


@mail(N(34), family="unconfirmed_proposal", lang="en", interview=False, company="Seaboard Supply Co.",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
      note="Hiring manager proposes two options (Tue Nov 10 10am ET or Wed Nov 11 9am ET) and will send the "
           "invite once Ines confirms: a proposal, nothing fixed yet")
def m_seaboard_proposal():
    body = t("""
        Hi Ines,

        Thanks for the great chat with Jenna last week – she was really impressed with your S&OP background.

        I'd love to set up a conversation with me and Luis Ortega, our VP Supply Chain. Would Tuesday, Nov 10 at 10am ET or Wednesday, Nov 11 at 9am ET work for you? I know that's afternoon for you in Germany, so if neither works just send me a couple of alternatives.

        Once you confirm, I'll send over a calendar invite with a Meet link.

        Best,
        Rachel

        Rachel Okafor
        Director, Demand Planning | Seaboard Supply Co.
        1 Exchange Place, Jersey City, NJ 07302
        """)
    return message(
        head(addr("Rachel Okafor", "rachel.okafor@seaboardsupply.com"),
             enc("Sr. Demand Planning Analyst – next conversation"),
             "2026-11-02 11:20:15", "America/New_York",
             "<CAM4xYv9z2Qk+Lr5Tn0bWe3Hd8sJf1pUc7gRa6iO@mail.gmail.com>",
             host=("mail-ej1-f44.google.com", "209.85.218.44", "4R0Wk6cQ2Gz7Tn5")),
        alt(text(body), html(gmail_html(body))))


@mail(N(35), family="unconfirmed_proposal", lang="de", interview=False,
      company="Mainlog Pharma Distribution GmbH", days=(("Tue", "2026-11-03"),),
      note="Invitation with one proposed time ('Würde Ihnen Dienstag, 3. November, um 10:00 Uhr passen? Geben "
           "Sie mir bitte kurz Bescheid'): a question awaiting the candidate's answer, not yet confirmed")
def m_mainlog_proposal():
    body = t("""
        Sehr geehrte Frau Kowalczyk,

        vielen Dank für Ihre Bewerbung als Supply Chain Analyst (m/w/d) und das Interesse an der Mainlog Pharma Distribution GmbH. Ihre Unterlagen haben uns überzeugt, und wir würden Sie gerne persönlich kennenlernen.

        Würde Ihnen Dienstag, 3. November, um 10:00 Uhr bei uns in Frankfurt passen? Geben Sie mir bitte kurz Bescheid – gerne auch telefonisch. Sollte der Termin nicht möglich sein, finden wir sicher eine Alternative.

        Mit freundlichen Grüßen

        Dr. Claudia Heuser
        Head of Distribution Planning
        Mainlog Pharma Distribution GmbH
        Hanauer Landstraße 291 | 60314 Frankfurt am Main
        Tel.: +49 69 40 55 73-110
        """)
    paras = body.rstrip("\n").split("\n\n")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>\n'
            '<body lang="DE"><div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">' + p.replace("\n", "<br>\n") + "</p>" for p in paras)
            + "\n</div></body></html>\n")
    return message(
        head(addr("Heuser, Claudia Dr.", "claudia.heuser@mainlog-pharma.de"),
             enc("Vorstellungsgespräch Supply Chain Analyst"),
             "2026-10-27 10:02:44", "Europe/Berlin",
             "<AM9P191MB1662A1B2C3@AM9P191MB1662.EURP191.PROD.OUTLOOK.COM>",
             host=("mail-am6eur05on2127.outbound.protection.outlook.com", "40.107.22.127", "4QwM3b6RkTz1Pc4"),
             extra=(("Thread-Topic", enc("Vorstellungsgespräch Supply Chain Analyst")),
                    ("Content-Language", "de-DE"))),
        alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(36), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Doctolib appointment confirmation with ICS (Fri 16 Oct 08:15, GP): a confirmed time, not an "
           "interview")
def m_doctolib():
    body = t("""
        Ihr Termin ist bestätigt

        Hallo Ines Kowalczyk,

        Ihr Termin wurde erfolgreich gebucht.

        Freitag, 16. Oktober 2026 um 08:15 Uhr
        Dr. med. Sabine Wirtz – Fachärztin für Allgemeinmedizin
        Lorettostraße 23, 40219 Düsseldorf
        Terminart: Gesundheits-Check-up

        Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie 10 Minuten vor Ihrem Termin.

        Sie können Ihren Termin bis 24 Stunden vorher kostenlos verschieben oder absagen:
        https://www.doctolib.de/appointments/7e21c4f0

        Ihr Doctolib-Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#107aca">
        <h2 style="color:#0596de">Ihr Termin ist bestätigt</h2>
        <div style="color:#333">
        <p>Hallo Ines Kowalczyk,</p><p>Ihr Termin wurde erfolgreich gebucht.</p>
        <p style="font-size:17px"><b>Freitag, 16. Oktober 2026 um 08:15 Uhr</b></p>
        <p>Dr. med. Sabine Wirtz – Fachärztin für Allgemeinmedizin<br>Lorettostraße 23, 40219 Düsseldorf<br>Terminart: Gesundheits-Check-up</p>
        <p>Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie 10 Minuten vor Ihrem Termin.</p>
        <p><a href="https://www.doctolib.de/appointments/7e21c4f0">Termin verschieben oder absagen</a></p>
        <p>Ihr Doctolib-Team</p></div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Appointments//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:doctolib-7e21c4f0@doctolib.de
DTSTAMP:20261010T174402Z
DTSTART;TZID=Europe/Berlin:20261016T081500
DTEND;TZID=Europe/Berlin:20261016T083000
SUMMARY:Termin bei Dr. med. Sabine Wirtz
LOCATION:Lorettostraße 23\\, 40219 Düsseldorf
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Doctolib", "no-reply@doctolib.de"),
             enc("Ihr Termin bei Dr. med. Sabine Wirtz ist bestätigt"),
             "2026-10-10 19:44:02", "Europe/Berlin",
             "<20261010174402.4c8e.appointment-confirmation@doctolib.de>",
             host=("mail-out.doctolib.de", "185.31.40.12", "4QrB7g5SnVz3Wf8")),
        mixed(alt(text(body), html(page)),
              calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics", disposition="attachment")))


@mail(N(37), family="non_interview_appointment", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Flat viewing confirmed for Sat 24.10. 11:30 with a list of documents (Selbstauskunft, "
           "Gehaltsnachweise) that reads like an interview invitation; personal appointment -> company null")
def m_flat_viewing():
    body = t("""
        Hallo Frau Kowalczyk,

        vielen Dank für Ihre Anfrage über ImmoScout24 zur 3-Zimmer-Wohnung in der Bilker Allee (2. OG, 78 m²).

        Gerne bestätige ich Ihnen den Besichtigungstermin:
        Samstag, 24.10.2026, 11:30 Uhr (Einzelbesichtigung, ca. 20 Minuten)
        Treffpunkt: vor dem Hauseingang Bilker Allee 96

        Bitte bringen Sie folgende Unterlagen mit:
        - ausgefüllte Mieterselbstauskunft (Formular im Anhang)
        - Gehaltsnachweise der letzten drei Monate
        - aktuelle SCHUFA-Auskunft
        - Kopie des Personalausweises

        Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis Freitagmittag ab, damit ich den Slot weitergeben kann.

        Mit freundlichen Grüßen
        Thorsten Kluth
        Kluth Immobilien e.K. | Friedrichstraße 61 | 40217 Düsseldorf
        """)
    return message(
        head(addr("Thorsten Kluth", "kluth@kluth-immobilien.de"),
             enc("Besichtigungstermin Bilker Allee – Sa., 24.10., 11:30 Uhr"),
             "2026-10-20 17:58:31", "Europe/Berlin",
             "<a3c9e1f7-0b24-4d6a-8e52-7f91c0d3b4e8@kluth-immobilien.de>",
             host=("mout.gmx.net", "212.227.17.20", "4QvT2p9LcFz5Hx6"),
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        mixed(text(body, cte="8bit"), pdf("Mieterselbstauskunft.pdf")))


@mail(N(38), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Car dealership workshop appointment (Do 05.11.2026, 07:30 Uhr) in windows-1252 with an Outlook-"
           "style ICS: a fixed time, not an interview")
def m_autohaus():
    body = t("""
        Sehr geehrte Frau Kowalczyk,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Datum: Donnerstag, 05.11.2026
        Fahrzeugannahme: 07:30 Uhr
        Fahrzeug: VW Golf VIII, D-IK 4821
        Leistungen: Inspektion nach Herstellervorgabe, Umstecken auf Winterräder inkl. Einlagerung
        Ersatzmobilität: Leihwagen reserviert (bitte Führerschein mitbringen)

        Ihr Serviceberater: Herr Dirk Schäfer, Tel. 0211 9 41 17-230

        Voraussichtliche Fertigstellung: gegen 16:00 Uhr. Wir informieren Sie telefonisch, sobald Ihr Fahrzeug abholbereit ist.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Kaiser GmbH & Co. KG
        Königsberger Straße 100 | 40231 Düsseldorf
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Autohaus Kaiser//DMS Termin//DE
VERSION:2.0
METHOD:PUBLISH
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
UID:werkstatt-2026-110507-4821@autohaus-kaiser.de
DTSTAMP:20261030T122011Z
DTSTART;TZID=W. Europe Standard Time:20261105T073000
DTEND;TZID=W. Europe Standard Time:20261105T080000
SUMMARY:Werkstatttermin Autohaus Kaiser (VW Golf D-IK 4821)
LOCATION:Königsberger Straße 100\\, 40231 Düsseldorf
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Autohaus Kaiser Service", "service@autohaus-kaiser.de"),
             enc("Bestätigung Ihres Werkstatttermins am 05.11.2026", "windows-1252"),
             "2026-10-30 13:20:11", "Europe/Berlin",
             "<DMS.20261030.132011.48213@autohaus-kaiser.de>",
             host=("mail.autohaus-kaiser.de", "91.250.86.34", "4QyF1s7VmGz2Ck9")),
        mixed(text(body, charset="windows-1252"),
              calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Werkstatttermin.ics",
                       disposition="attachment")))


@mail(N(39), family="non_interview_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Primary school parent-teacher day slot ('Elternsprechtag', Do 12.11. 16:40-16:55, 'Gespräch' with "
           "the class teacher), iso-8859-15 with a euro sign; not a job interview")
def m_elternsprechtag():
    body = t("""
        Liebe Eltern der Klasse 2b,

        vielen Dank für Ihre Rückmeldung. Hier Ihr Termin für den Elternsprechtag:

        Kind: Mila Kowalczyk
        Donnerstag, 12. November 2026, 16:40 - 16:55 Uhr
        bei Frau Schmitz (Klassenlehrerin), Raum 104

        Bitte seien Sie pünktlich, da die Gespräche eng getaktet sind. Falls Sie verhindert sind, geben Sie bitte im Sekretariat Bescheid, damit wir den Termin neu vergeben können.

        Der Förderverein verkauft an diesem Nachmittag in der Pausenhalle Kaffee und Kuchen (Stück 1,50 €) - der Erlös geht an die neue Schulbibliothek.

        Mit freundlichen Grüßen
        Sekretariat der GGS Lessingplatz
        Lessingplatz 8, 40227 Düsseldorf
        """)
    return message(
        head(addr("GGS Lessingplatz - Sekretariat", "sekretariat@ggs-lessingplatz.de"),
             enc("Elternsprechtag am 12.11. - Ihr Termin", "iso-8859-15"),
             "2026-11-05 11:34:50", "Europe/Berlin",
             "<20261105103450.GA17734@schulserver.ggs-lessingplatz.de>",
             host=("schulserver.ggs-lessingplatz.de", "80.152.201.44", "4R1qL8nDhWz6Sb1"),
             extra=(("Reply-To", "sekretariat@ggs-lessingplatz.de"),
                    ("User-Agent", "Roundcube Webmail/1.6.9"))),
        text(body, charset="iso-8859-15"))


WORK_LOOP = (("X-MS-Exchange-Inbox-Rules-Loop", "ines.kowalczyk@rheinbogen-handel.de"),)


@mail(N(40), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Daily stand-up of the team at Ines's current employer (recurring Exchange invite, W. Europe "
           "Standard Time, from 2 Nov 9:15), auto-forwarded from her work mailbox; not an interview")
def m_standup():
    body = t("""
        Hallo zusammen,

        ab Montag, 2.11., machen wir unser Stand-up täglich um 9:15 Uhr, 15 Minuten, per Teams – auch an Bürotagen, dann gerne aus dem Besprechungsraum Rhein. Bitte kurz: gestern / heute / Blocker.

        Danke & Gruß
        Birgit

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg2ZDc1@thread.v2/0>
        Besprechungs-ID: 371 904 228 615
        Kennung: Qe4pX9
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Birgit":mailto:birgit.hoffmann@rheinbogen-handel.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk, Ines":mailto:ines.kowalczyk@rheinbogen-handel.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sven":mailto:sven.krueger@rheinbogen-handel.de
RRULE:FREQ=WEEKLY;UNTIL=20270331T071500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000E08F7B9C3A66DD010000000000000000100000003C5E7A9B1D2F4E6A8C0B2D4F6A8C0E2
SUMMARY;LANGUAGE=de-DE:Daily Stand-up Supply Planning
DTSTART;TZID=W. Europe Standard Time:20261102T091500
DTEND;TZID=W. Europe Standard Time:20261102T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T140402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
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
    return message(
        head(addr("Hoffmann, Birgit", "birgit.hoffmann@rheinbogen-handel.de"),
             "Daily Stand-up Supply Planning",
             "2026-10-28 15:04:02", "Europe/Berlin",
             "<DB8PR03MB5771A0C4E2F9B16D3E8A7C5F0B9D2@DB8PR03MB5771.eurprd03.prod.outlook.com>",
             to=f'{addr("Kowalczyk, Ines", "ines.kowalczyk@rheinbogen-handel.de")}, '
                f'{addr("Krüger, Sven", "sven.krueger@rheinbogen-handel.de")}',
             host=("mail-db8eur03on2117.outbound.protection.outlook.com", "40.107.6.117", "4QxH5z0BqMz8Lt2"),
             extra=WORK_LOOP + (("Thread-Topic", "Daily Stand-up Supply Planning"),
                                ("Content-Language", "de-DE"))),
        alt(text(body), calendar(ics, cte="base64")))


@mail(N(41), family="non_interview_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"), ("Fri", "2026-11-20")),
      note="Team event at Ines's current employer (du): karting Fri 11.12. from 16 Uhr, dinner from 19 Uhr; "
           "auto-forwarded from the work mailbox; a fixed time, not an interview")
def m_teamevent():
    body = t("""
        Hi zusammen,

        es ist fix 🏎️🎄 Unser Teamevent findet am Freitag, 11.12. statt:

        ab 16:00 Uhr Kartbahn in Neuss (RS Speedworld, Hammer Landstraße 7) – 2 Rennen à 15 Min., Helme gibt's vor Ort
        ab 19:00 Uhr Weihnachtsessen im Brauhaus Schumacher, Oststraße 123

        Birgit hat den Nachmittag freigegeben, also bitte keine Termine mehr ab 15:30 Uhr einstellen 😉
        Tragt euch bitte bis Freitag, 20.11. in die Liste im Teams-Kanal ein (auch vegetarisch/vegan angeben).

        Wer Fahrgemeinschaften bilden will: ich fahr ab Büro mit 3 freien Plätzen.

        Bis dahin!
        Sven
        """)
    return message(
        head(addr("Krüger, Sven", "sven.krueger@rheinbogen-handel.de"),
             enc("Teamevent 11.12. – Kartbahn + Weihnachtsessen 🎄"),
             "2026-11-12 09:47:18", "Europe/Berlin",
             "<DB8PR03MB5771F7E2A1C0B93D8E4F6A2C5B7D1@DB8PR03MB5771.eurprd03.prod.outlook.com>",
             to=addr("Team Supply Planning", "team-supplyplanning@rheinbogen-handel.de"),
             host=("mail-db8eur03on2125.outbound.protection.outlook.com", "40.107.6.125", "4R3cM1tWpXz2Gn7"),
             extra=WORK_LOOP + (("Content-Language", "de-DE"),)),
        alt(text(body), html(gmail_html(body))))


@mail(N(42), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Zoom webinar registration ('A Live Interview with the CSCO ...', Nov 17 04:00 PM Berlin): a fixed "
           "time and the word interview, but a webinar the reader attends")
def m_zoom_webinar():
    body = t("""
        Hi Ines,

        Thank you for registering for "Supply Chain Resilience 2027: A Live Interview with the CSCO of Nordlicht Retail".

        Please submit any questions to: events@scminsights.io

        Date Time: Nov 17, 2026 04:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88410273355?tk=Xq2lR8fP0sWm.DQcAAAAUlEf

        Add to Calendar   Add to Google Calendar   Add to Yahoo Calendar

        Or One tap mobile:
        +496971049922,,88410273355# Germany
        +3197010100112,,88410273355# Netherlands

        Webinar ID: 884 1027 3355

        You can cancel your registration at any time.
        """)
    page = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <p>Hi Ines,</p>
        <p>Thank you for registering for "Supply Chain Resilience 2027: A Live Interview with the CSCO of Nordlicht Retail".</p>
        <p>Please submit any questions to: <a href="mailto:events@scminsights.io">events@scminsights.io</a></p>
        <p><b>Date Time:</b> Nov 17, 2026 04:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna</p>
        <p><a href="https://us06web.zoom.us/w/88410273355?tk=Xq2lR8fP0sWm.DQcAAAAUlEf" style="background:#0e72ed;color:#fff;padding:8px 16px;border-radius:8px;text-decoration:none">Join Webinar</a></p>
        <p><a href="#">Add to Calendar</a> &nbsp; <a href="#">Add to Google Calendar</a> &nbsp; <a href="#">Add to Yahoo Calendar</a></p>
        <p>Webinar ID: 884 1027 3355</p>
        <p style="font-size:12px;color:#747487">You can <a href="#">cancel your registration</a> at any time.</p>
        </body></html>
        """)
    return message(
        head(addr("SCM Insights", "no-reply@zoom.us"),
             "Supply Chain Resilience 2027: A Live Interview with the CSCO of Nordlicht Retail Confirmation",
             "2026-11-10 06:05:31", "America/Los_Angeles",
             "<Kq8sT3mWRZyF0cG4pNn2Ew@geopod-ismtpd-6>",
             host=("o1.email.zoom.us", "167.89.91.213", "4R2aV7pKcHz5Jw0"),
             extra=(("Reply-To", "events@scminsights.io"),)),
        alt(text(body), html(page)))


@mail(N(43), family="meetup", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Meetup RSVP confirmation (Mi 14.10. 19:00 MESZ) with a 'Panel-Interview' on the programme; an "
           "event the reader attends, not her interview")
def m_meetup():
    body = t("""
        Du bist dabei!

        Hallo Ines,

        du nimmst teil an:
        Data & Logistics Düsseldorf #14 – KI in der Bedarfsplanung

        Mittwoch, 14. Oktober 2026
        19:00 bis 21:30 MESZ

        Digital Hub Düsseldorf/Rheinland
        Speditionstraße 15a, 40221 Düsseldorf

        Programm:
        19:00 Ankommen, Pizza & Getränke
        19:30 Talk: Forecasting mit Foundation Models – Hype oder Hilfe? (Aylin Demir, Rhein-Ruhr Paket)
        20:15 Panel-Interview: Drei Planungsleiter:innen über ihre ersten KI-Projekte
        21:00 Networking

        Kannst du doch nicht? Bitte sag ab, damit jemand von der Warteliste nachrücken kann:
        https://www.meetup.com/data-logistics-duesseldorf/events/311842770/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        E-Mail-Einstellungen: https://www.meetup.com/account/comm/
        """)
    paras = body.rstrip("\n").split("\n\n")
    page = ('<html><body style="font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px;color:#212121">\n'
            + "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras) + "\n</body></html>\n")
    return message(
        head(addr("Meetup", "info@meetup.com"),
             enc("Du bist dabei: Data & Logistics Düsseldorf #14 – KI in der Bedarfsplanung"),
             "2026-10-08 18:22:06", "UTC",
             "<0100019a1e4b7d3c-f0a2c8e1-5b7d-4e9f-a3c6-91d0e2b4f7a8-000000@email.meetup.com>",
             host=("a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18", "4QqZ3v8NhKz1Rc5"),
             extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/?t=rsvp>"),)),
        alt(text(body), html(page)))


@mail(N(44), family="podcast", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"), ("Thu", "2026-11-05")),
      note="Podcast host confirms the recording of an 'Interview' with Ines as guest (Do 22.10. 17 Uhr, "
           "Riverside): a confirmed time, but she is the interviewee of a podcast, not of a job interview")
def m_podcast():
    body = t("""
        Hi Ines,

        super, dass es klappt! Hier nochmal alles für unsere Aufnahme fürs Interview bei „Lieferkette Live“:

        Wann: Donnerstag, 22.10., 17:00 Uhr (wir planen ca. 60 Minuten inkl. Technikcheck)
        Wo: Riverside – https://riverside.fm/studio/lieferkette-live?t=7f2c
        Thema: „Vom Excel-Chaos zum S&OP – wie der Mittelstand seine Planung digitalisiert“

        Ich schick dir bis Montag die Leitfragen, damit du dich ein bisschen vorbereiten kannst – ist aber alles locker, kein Prüfungsgespräch 😄
        Falls vorhanden: bitte Kopfhörer und ein externes Mikro nutzen, und am besten ein Raum ohne Hall.

        Die Folge erscheint voraussichtlich am 5.11.

        Bis Donnerstag!
        Lena

        --
        Lena Voss
        Host „Lieferkette Live“ – der Podcast für Supply-Chain-Praktiker:innen
        https://lieferkette-live.de
        """)
    return message(
        head(addr("Lena Voss", "lena@lieferkette-live.de"),
             enc("Aufnahme-Termin bestätigt: Interview für „Lieferkette Live“"),
             "2026-10-16 14:09:37", "Europe/Berlin",
             "<6d1e0a93-2f4b-48c7-b5e8-0c9a7f3d2e41@lieferkette-live.de>",
             host=("smtp.mailbox.org", "80.241.60.215", "4QsV9f3RnLz4Bw8"),
             extra=(("User-Agent", "Mozilla/5.0 Thunderbird/128.3.0"),)),
        text(body, cte="8bit"))


@mail(N(45), family="mock_interview", lang="de", interview=False, company=None,
      note="Calendly confirmation (German) for a paid mock interview with a career coach, Thu 1 Oct "
           "18:00-19:00 ('Mitteleuropäische Zeit', in fact CEST; ICS 16:00Z): a confirmed time in a scheduler "
           "family, but a coaching session, not a job interview")
def m_mock_interview():
    body = t("""
        Hallo Ines Kowalczyk,

        Ihr Termin Mock-Interview Supply Chain (60 Min.) mit Anke Rehbein ist geplant.

        Ereignistyp:
        Mock-Interview Supply Chain (60 Min.)

        Eingeladener:
        Ines Kowalczyk

        E-Mail des Eingeladenen:
        ines.kowalczyk@example.org

        Datum/Uhrzeit des Ereignisses:
        18:00 - 19:00 (Mitteleuropäische Zeit), Donnerstag, 1. Oktober 2026

        Ort:
        Zoom – der Link wird vor dem Termin zugesendet.

        Fragen:
        Worauf möchtest du dich vorbereiten?
        Fallstudien-Interviews (Zürich, München), Gehaltsverhandlung

        Möchten Sie Änderungen an diesem Ereignis vornehmen?
        Stornieren: https://calendly.com/cancellations/e90a2c41-7b3d-4f58-91c6-0d8e2a5f3b17
        Neu planen: https://calendly.com/reschedulings/e90a2c41-7b3d-4f58-91c6-0d8e2a5f3b17

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261001T160000Z
DTEND:20261001T170000Z
DTSTAMP:20260928T201455Z
ORGANIZER;CN=Anke Rehbein:mailto:anke@rehbein-coaching.de
UID:E90A2C41-7B3D-4F58-91C6-0D8E2A5F3B17
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ines Kowalczyk:mailto:ines.kowalczyk@example.org
SUMMARY:Mock-Interview Supply Chain (60 Min.) zwischen Anke Rehbein und Ines Kowalczyk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(
        head(addr("Calendly", "notifications@calendly.com"),
             enc("Bestätigt: Mock-Interview Supply Chain (60 Min.) mit Anke Rehbein am Donnerstag, 1. Oktober 2026"),
             "2026-09-28 20:14:55", "UTC",
             "<0100019a2b7c1e5f-3d9a0b42-8e6c-4f71-b2d5-a07c9e1f3b68-000000@calendly.com>",
             host=("o1678.ind1.sendgrid.net", "149.72.207.111", "4QvW6y2CdTz0Pk9"),
             extra=(("Reply-To", addr("Anke Rehbein", "anke@rehbein-coaching.de")),)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, filename="invite.ics", disposition="attachment", method=None)))


@mail(N(46), family="interviewer_training", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Enrolment confirmation for an interviewer training at Ines's current employer ('Strukturierte "
           "Interviews führen', Di 24.11. 09:00-12:00), auto-forwarded from her work mailbox; she is the "
           "interviewer-in-training, not a candidate")
def m_interviewer_training():
    body = t("""
        Hallo Ines,

        Sie sind für folgendes Training angemeldet:

        Strukturierte Interviews führen – Training für Interviewer:innen
        Dienstag, 24.11.2026, 09:00 – 12:00 Uhr
        Ort: Schulungsraum Düssel (EG), Rheinbogen Handels GmbH, Hansaallee 249, 40549 Düsseldorf
        Trainerin: Nadine Opitz (People & Culture)

        Inhalte: Interviewleitfaden, Bewertungsbögen, unbewusste Vorurteile, rechtliche Grundlagen (AGG), Praxisübung mit Rollenspiel.

        Die Teilnahme ist für alle Kolleg:innen verpflichtend, die ab Januar in Auswahlgesprächen für das Supply-Planning-Team mitwirken.

        Bitte stimmen Sie Ihre Abwesenheit mit Ihrer Führungskraft ab.

        Viele Grüße
        Rheinbogen Academy

        Diese Nachricht wurde automatisch aus dem Lernportal versendet.
        """)
    return message(
        head(addr("Rheinbogen Academy", "academy@rheinbogen-handel.de"),
             enc("Anmeldebestätigung: Strukturierte Interviews führen – Training für Interviewer:innen"),
             "2026-11-17 08:30:00", "Europe/Berlin",
             "<lms.enrol.55821.20261117073000@academy.rheinbogen-handel.de>",
             to=addr("Kowalczyk, Ines", "ines.kowalczyk@rheinbogen-handel.de"),
             host=("mail-db8eur03on2131.outbound.protection.outlook.com", "40.107.6.131", "4R4aJ0mVqBz9Fh3"),
             extra=WORK_LOOP),
        text(body))


@mail(N(47), family="auto_reply", lang="de", interview=False, company="Isarwerk Maschinenbau AG",
      days=(("Fri", "2026-10-16"), ("Mon", "2026-10-19")),
      note="Out-of-office auto reply (Auto-Submitted: auto-replied) from the Isarwerk hiring manager to Ines's "
           "thank-you note after the interview; only absence dates, nothing scheduled")
def m_isarwerk_autoreply():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 16. Oktober 2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Sandra Lechner (sandra.lechner@isarwerk.de, Tel. +49 89 3587 2200). Ab Montag, 19. Oktober, bin ich wieder für Sie erreichbar.

        Thank you for your message. I am out of the office until Friday, 16 October 2026, with limited access to e-mail. For urgent matters please contact Ms Sandra Lechner (sandra.lechner@isarwerk.de).

        Mit freundlichen Grüßen / Kind regards
        Thomas Brunnhuber
        """)
    return message(
        head(addr("Brunnhuber, Thomas", "thomas.brunnhuber@isarwerk.de"),
             enc("Automatische Antwort: Vielen Dank für das Gespräch"),
             "2026-10-07 08:02:51", "Europe/Berlin",
             "<FR3P281MB18490D1E5C7A43B92F6E8D1A4C37@FR3P281MB1849.DEUP281.PROD.OUTLOOK.COM>",
             host=("mail-fr2deu01on2098.outbound.protection.outlook.com", "40.107.135.98", "4QpM2x7YwCz5Dk1"),
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<b7e4c1a0-3f92-4d58-a6e1-ines@example.org>"),
                    ("References", "<b7e4c1a0-3f92-4d58-a6e1-ines@example.org>"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "thomas.brunnhuber@isarwerk.de"),
                    ("Content-Language", "de-DE"))),
        text(body))


@mail(N(48), family="bounce", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Postfix bounce (multipart/report) of Ines's own reply to a mistyped address "
           "(alpenlogik.com instead of .ch); the returned message confirms 'Mittwoch, 30. September, "
           "11:00-12:00 Uhr' but it is her own undelivered mail inside a delivery report, not a "
           "confirmation from the company (that arrived separately via Teamtailor)")
def m_bounce():
    import make
    original = message(
        [("From", ME), ("To", addr("Lea Baumgartner", "lea.baumgartner@alpenlogik.com")),
         ("Subject", "Re: Your interview with Alpenlogik is booked"),
         ("Date", date("2026-09-25 13:10:44", "Europe/Berlin")),
         ("Message-ID", "<c81f2e07-9a4d-4b63-8e15-ines@example.org>"),
         ("User-Agent", "Mozilla Thunderbird")],
        text(t("""
            Hallo Lea,

            vielen Dank für die Bestätigung! Ich freue mich auf das Gespräch am Mittwoch, 30. September, 11:00–12:00 Uhr mit dir und Nico.

            Kurze Frage vorab: Sollte ich für das Gespräch etwas vorbereiten, z. B. eine kurze Präsentation?

            Viele Grüße
            Ines
            """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx02.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <lea.baumgartner@alpenlogik.com>: host mx.alpenlogik.com[203.0.113.41] said:
            550 5.1.1 <lea.baumgartner@alpenlogik.com>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx02.example.org
        X-Postfix-Queue-ID: 4QvS8d1GxHz7Nm3
        X-Postfix-Sender: rfc822; ines.kowalczyk@example.org
        Arrival-Date: Fri, 25 Sep 2026 13:10:44 +0200 (CEST)

        Final-Recipient: rfc822; lea.baumgartner@alpenlogik.com
        Original-Recipient: rfc822;lea.baumgartner@alpenlogik.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.alpenlogik.com
        Diagnostic-Code: smtp; 550 5.1.1 <lea.baumgartner@alpenlogik.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """).replace("\n", "\r\n").encode("ascii")
    report = make.multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status")
    return message(
        [("Delivered-To", INES),
         ("Return-Path", "<>"),
         ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx02.example.org")),
         ("To", INES),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", date("2026-09-25 13:10:47", "Europe/Berlin")),
         ("Message-ID", "<20260925111047.4QvS9f0LmQz7Nm4@mx02.example.org>"),
         ("Auto-Submitted", "auto-replied")],
        report)


@mail(N(49), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Tue", "2026-12-01"), ("Thu", "2026-12-03")),
      note="Mailman list post: another member writes about his own case interview 'am Dienstag um 10' and "
           "the list's get-together on Thu 3.12. 19 Uhr; nothing concerns the reader's interviews")
def m_mailing_list():
    body = t("""
        Moin zusammen,

        kurze Rückmeldung von mir, weil einige gefragt hatten: ich hab am Dienstag um 10 mein Case-Interview bei einer der großen Beratungen hier in Düsseldorf. Ablauf laut Einladung: 45 Min. Case (Netzwerkplanung, vermutlich Lagerstandorte), dann 15 Min. Fragen. Falls jemand so was schon gemacht hat – Tipps gern her damit, auch per PN.

        Zum Stammtisch am Donnerstag, 3.12., 19 Uhr im Füchschen komme ich auf jeden Fall, dann erzähl ich, wie's gelaufen ist.

        Gruß
        Jan

        Am 26.11.26 um 21:14 schrieb Meike Sander:
        > Hat jemand Erfahrung mit Case-Interviews bei Beratungen? Bei mir steht
        > im Januar eins an und ich hab keine Ahnung, was die erwarten.
        >
        > Meike

        _______________________________________________
        SCM-Stammtisch Rhein-Ruhr -- scm-stammtisch@lists.scm-rheinruhr.de
        To unsubscribe send an email to scm-stammtisch-leave@lists.scm-rheinruhr.de
        """)
    return message(
        head(addr("Jan Overbeck via SCM-Stammtisch", "scm-stammtisch@lists.scm-rheinruhr.de"),
             enc("[SCM-Stammtisch] Re: Erfahrungen mit Case-Interviews bei Beratungen?"),
             "2026-11-27 08:41:12", "Europe/Berlin",
             "<b2f0c7e4-5d19-4a83-9e6b-1c4d8a2f7e90@jan-overbeck.de>",
             to="scm-stammtisch@lists.scm-rheinruhr.de",
             host=("lists.scm-rheinruhr.de", "185.232.68.90", "4R7gA4wZnMz3Kt6"),
             extra=(("Reply-To", "scm-stammtisch@lists.scm-rheinruhr.de"),
                    ("In-Reply-To", "<8e1d4b02-77c3-4f0a-b5e9-meike@sander-mail.de>"),
                    ("List-Id", "SCM-Stammtisch Rhein-Ruhr <scm-stammtisch.lists.scm-rheinruhr.de>"),
                    ("List-Post", "<mailto:scm-stammtisch@lists.scm-rheinruhr.de>"),
                    ("List-Unsubscribe", "<mailto:scm-stammtisch-leave@lists.scm-rheinruhr.de>"),
                    ("Precedence", "list"),
                    ("X-Mailman-Version", "3.3.9"))),
        text(body, cte="8bit"))


@mail(N(50), family="recruiter_outreach", lang="nl", interview=False, company="Lageland Talent B.V.",
      note="Dutch agency recruiter outreach: asks for a short 'kennismakingsgesprek' next week, days only in "
           "general ('maandag t/m donderdag'); nothing fixed")
def m_dutch_outreach():
    body = t("""
        Hoi Ines,

        Ik kwam je profiel tegen op LinkedIn en werd meteen enthousiast: je ervaring met S&OP en forecasting in de groothandel past precies bij een vacature waar ik nu mee bezig ben.

        Voor een van onze opdrachtgevers, een internationale logistieke dienstverlener in Venlo (vlak over de grens, dus goed te doen vanuit Düsseldorf), zoeken wij een Supply Chain Analist. Hybride werken is mogelijk, Duits en Engels zijn voertaal in het team.

        Heb je volgende week tijd voor een kort kennismakingsgesprek van een kwartiertje? Laat me gerust weten wanneer het jou uitkomt – ik ben maandag t/m donderdag goed bereikbaar, ook telefonisch.

        Hartelijke groet,

        Sophie Bakker
        Senior Recruiter Supply Chain & Logistics
        Lageland Talent B.V. | Catharijnesingel 48, 3511 GC Utrecht
        +31 30 555 2174
        """)
    return message(
        head(addr("Sophie Bakker", "sophie.bakker@lageland-talent.nl"),
             "Nieuwe uitdaging in supply chain? (Venlo / hybride)",
             "2026-12-01 10:17:45", "Europe/Amsterdam",
             "<DU0PR09MB6143E2A7C5B0F91D4A3E8C6B2F10@DU0PR09MB6143.eurprd09.prod.outlook.com>",
             host=("mail-du2eur02on2104.outbound.protection.outlook.com", "40.107.12.104", "4RDq5c1XmSz8Wn2"),
             extra=(("Content-Language", "nl-NL"),)),
        alt(text(body), html(gmail_html(body))))
