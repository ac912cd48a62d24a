"""blind141: a blind 50-mail held-out set, the inbox of Lea Schröder, rail-vehicle systems engineer
in Kassel (Europe/Berlin), September to mid-December 2026.

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing and
the label checks. Build and check: ``python3 bench/heldout/make_blind.py blind141``.
Written blind: without reading the detector, its tests, or any other held-out set's mails.
"""

from __future__ import annotations

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
    received,
    t,
    text,
    utc,
)

SET = "blind141"
ORDER = random.Random(1410141).sample(range(1, 51), 50)
ME = "lea.schroeder@example.org"
LEA = addr("Lea Schröder", ME)
BER = "Europe/Berlin"
VIE = "Europe/Vienna"
LON = "Europe/London"
NYC = "America/New_York"
AKL = "Pacific/Auckland"
MX = "mx.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    """The file name of the mail written key-th (file numbers are a fixed shuffle)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, f"{MX} {ident}", to, lag))


def exchange_ics(*, method: str, uid: str, stamp: str, tzid: str, start: str, end: str, summary: str,
                 organizer: tuple[str, str], attendees: list[tuple[str, str]], location: str,
                 lang: str = "de-DE", seq: int = 0, status: str = "CONFIRMED", description: str = "",
                 busy: str = "TENTATIVE") -> str:
    """An Exchange / Outlook meeting request (Windows zone name, X-MICROSOFT-CDO-* properties)."""
    att = "\n".join(
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{a}"
        for cn, a in attendees)
    desc = description.replace("\n", "\\n")
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ[tzid]}
BEGIN:VEVENT
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
{att}
DESCRIPTION;LANGUAGE={lang}:{desc}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE={lang}:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:2118373950
X-MICROSOFT-CDO-BUSYSTATUS:{busy}
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


def simple_html(body: str, font: str = "Arial,Helvetica,sans-serif") -> str:
    """A plain HTML twin: one paragraph per blank-line block, <br> inside."""
    import html as _h

    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:14px;color:#222">\n{inner}\n</body></html>\n')


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 10:00", BER), end=utc("2026-09-14 10:45", BER),
      contact="jana.petersen@hallbrook-mobility.com", company="Hallbrook Mobility",
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 10:45", zone=BER,
      note="Greenhouse confirmation (no-reply sender, recruiter in Reply-To and ICS ORGANIZER); "
           "'10:00 AM - 10:45 AM CEST' on Mon 14 Sep = 08:00-08:45 UTC; ICS in Europe/Berlin agrees")
def k01() -> bytes:
    body = t("""
        Hi Lea,

        Thanks for making time to speak with us! Your interview for Systems Engineer - Rail Vehicle
        Integration (Remote, EU) is confirmed. Here are the details:

        Monday, September 14th, 2026
        10:00 AM - 10:45 AM CEST (Europe/Berlin)

        Location: Google Meet
        https://meet.google.com/xkr-pqwd-tne

        You'll be speaking with:
          Jana Petersen - Talent Acquisition Partner
          Moritz Albrecht - Head of Vehicle Systems

        Moritz would love to hear about the brake-control integration work you mentioned in your
        application, so feel free to bring a diagram or two.

        If anything comes up, simply reply to this email and it will reach me.

        Best,
        Jana Petersen
        Hallbrook Mobility | Talent Acquisition

        --
        Powered by Greenhouse
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f7f7f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333">
        <tr><td style="padding:32px">
        <p>Hi Lea,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Systems Engineer &ndash; Rail Vehicle Integration (Remote, EU)</strong> is confirmed. Here are the details:</p>
        <table style="border-left:3px solid #24a47f;padding-left:12px;margin:16px 0">
        <tr><td><strong>Monday, September 14th, 2026</strong></td></tr>
        <tr><td>10:00 AM - 10:45 AM CEST (Europe/Berlin)</td></tr>
        <tr><td>Location: <a href="https://meet.google.com/xkr-pqwd-tne">Google Meet</a></td></tr>
        </table>
        <p>You'll be speaking with:<br>Jana Petersen &ndash; Talent Acquisition Partner<br>Moritz Albrecht &ndash; Head of Vehicle Systems</p>
        <p>Moritz would love to hear about the brake-control integration work you mentioned in your application, so feel free to bring a diagram or two.</p>
        <p>If anything comes up, simply reply to this email and it will reach me.</p>
        <p>Best,<br>Jana Petersen<br>Hallbrook Mobility | Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#999">Powered by Greenhouse</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:gh-interview-7730192-3381245@greenhouse.io
DTSTAMP:20260908T121204Z
DTSTART;TZID=Europe/Berlin:20260914T100000
DTEND;TZID=Europe/Berlin:20260914T104500
SUMMARY:Interview: Lea Schröder <> Hallbrook Mobility
LOCATION:https://meet.google.com/xkr-pqwd-tne
ORGANIZER;CN=Jana Petersen:mailto:jana.petersen@hallbrook-mobility.com
ATTENDEE;CN=Lea Schröder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Moritz Albrecht;ROLE=REQ-PARTICIPANT:mailto:moritz.albrecht@hallbrook-mobility.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.118.27])", "2026-09-08 14:12:04", BER,
            "4GQ2m1Zr7lz3"),
        ("From", "Hallbrook Mobility <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Jana Petersen <jana.petersen@hallbrook-mobility.com>"),
        ("To", LEA),
        ("Subject", "Interview Confirmation: Systems Engineer - Rail Vehicle Integration at Hallbrook Mobility"),
        ("Date", date("2026-09-08 14:12:01", BER)),
        ("Message-ID", "<66dd9a31c4e8_1f3b2ac81d8c4917@greenhouse-app-6f7c9d-xq2lp.mail>"),
        ("X-SG-EID", "u001.kQ3d8fJ2pLx0WmZ1aR7vYc"),
    ]
    return message(headers, mixed(alt(text(body), html(h)),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                           name_param=True)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-24 09:30", BER), contact="j.hartmann@fuldatal-bahntechnik.de",
      company="Fuldatal Bahntechnik GmbH", local="Thu 2026-09-24 09:30", zone=BER,
      note="Personio invitation, HTML only; 'Donnerstag, 24.09.2026, 9:30 Uhr' in Kassel (CEST) = 07:30 UTC; "
           "'ca. 90 Minuten' is approximate so end null; Reply-To is a Personio relay, contact = HR "
           "address in the body")
def k02() -> bytes:
    h = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#1d1d1b;background:#f2f2f2">
        <div style="max-width:640px;margin:0 auto;background:#fff;padding:28px">
        <img src="https://fuldatal-bahntechnik.jobs.personio.de/logo.png" alt="Fuldatal Bahntechnik" width="160">
        <p>Sehr geehrte Frau Schröder,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Systemingenieur/in Fahrzeugleittechnik (m/w/d)</b> und Ihr Interesse an der Fuldatal Bahntechnik GmbH. Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen hiermit den folgenden Termin für ein Vorstellungsgespräch:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum:</b></td><td>Donnerstag, 24.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>9:30 Uhr</td></tr>
        <tr><td><b>Dauer:</b></td><td>ca. 90 Minuten (inkl. Rundgang durch die Fertigung)</td></tr>
        <tr><td><b>Ort:</b></td><td>Fuldatal Bahntechnik GmbH, Am Lossewerk 12, 34123 Kassel &ndash; Empfang Gebäude B</td></tr>
        <tr><td><b>Ihre Gesprächspartner:</b></td><td>Herr Dr. Uwe Brand (Leitung Systemtechnik), Frau Julia Hartmann (Personal)</td></tr>
        </table>
        <p>Bitte bringen Sie ein gültiges Ausweisdokument mit und denken Sie an festes Schuhwerk für den Rundgang. Parkplätze für Besucher finden Sie direkt vor Gebäude B.</p>
        <p>Bei Rückfragen erreichen Sie mich unter <a href="mailto:j.hartmann@fuldatal-bahntechnik.de">j.hartmann@fuldatal-bahntechnik.de</a> oder telefonisch unter 0561 99887-214.</p>
        <p>Wir freuen uns auf Sie!</p>
        <p>Mit freundlichen Grüßen<br>Julia Hartmann<br>Personalreferentin</p>
        <hr style="border:0;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#888">Fuldatal Bahntechnik GmbH &middot; Am Lossewerk 12 &middot; 34123 Kassel &middot; Amtsgericht Kassel HRB 90817 &middot; Geschäftsführer: Rainer Vogt<br>
        Diese Nachricht wurde über Personio versendet. Informationen zum Datenschutz finden Sie <a href="https://fuldatal-bahntechnik.jobs.personio.de/privacy-policy">hier</a>.</p>
        </div></body></html>
        """)
    headers = [
        rcv("mail-eu.personio.de (mail-eu.personio.de [18.197.41.66])", "2026-09-16 09:05:12", BER, "6bD1pLz04Kq9"),
        ("From", "Fuldatal Bahntechnik GmbH <no-reply@personio.de>"),
        ("Reply-To", "bewerbung+a81f3c77d2@fuldatal-bahntechnik.jobs.personio.de"),
        ("To", LEA),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Systemingenieur/in Fahrzeugleittechnik (m/w/d)")),
        ("Date", date("2026-09-16 09:05:09", BER)),
        ("Message-ID", "<0102019204e7c3aa-5c1e7a10-8e6f-4b7c-9d3b-2f4c0a7e11c3-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Company", "90817"),
    ]
    return message(headers, html(h))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:45", BER), contact="d.rausch@knuell-schienen.de",
      company="Knüll Schienenfahrzeuge GmbH", local="Thu 2026-10-08 14:45", zone=BER,
      note="Hessian reply (du) from the hiring manager: 'kommenden Donnerstag, Viertel vor drei' resolved "
           "against Date Fri 2 Oct 2026 -> Thu 8 Oct 14:45 CEST = 12:45 UTC; 'e Stündchen' is approximate "
           "so end null; the attached Outlook event is all-day (time only in the text); windows-1252 8bit")
def k03() -> bytes:
    body = t("""
        Gude Lea,

        des freut mich, dass des klappt! Dann mache mer des so: kommenden Donnerstag, Viertel vor drei,
        bei uns in Baunatal. Fahr aufs Gelände bis hinner zur Halle 4, da is de Besucherparkplatz, und
        meld dich beim Pförtner, der ruft mich dann an. Mitbringe musst du nix, mir gucke uns erst mal
        die Werkstatt an und dann babbele mer e Stündchen über die Stelle. Der Kollesch Weidemann aus
        de Konstruktion kommt aach dazu.

        Ich hab dir en Termin in de Kalender gestellt, die Uhrzeit hat's mir aber net mitgenomme,
        also net wundern – Viertel vor drei gilt.

        Bis Donnerstag
        Didi

        --
        Dieter Rausch
        Leiter Instandhaltung Drehgestelle
        Knüll Schienenfahrzeuge GmbH
        Im Rengershäuser Feld 7, 34225 Baunatal
        Tel. 0561 4970-330 | mobil 0171 5582910
        d.rausch@knuell-schienen.de

        -----Ursprüngliche Nachricht-----
        Von: Lea Schröder <lea.schroeder@example.org>
        Gesendet: Freitag, 2. Oktober 2026 14:10
        An: Dieter Rausch <d.rausch@knuell-schienen.de>
        Betreff: AW: Termin Vorstellung

        Hallo Didi,

        danke für den netten Anruf gestern. Donnerstagnachmittag passt mir sehr gut, ab 14 Uhr bin ich
        flexibel.

        Viele Grüße
        Lea
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Rausch, Dieter":mailto:d.rausch@knuell-schienen.de
ATTENDEE;CN=lea.schroeder@example.org;RSVP=TRUE:mailto:lea.schroeder@example.org
CLASS:PUBLIC
CREATED:20261002T144712Z
DTSTART;VALUE=DATE:20261008
DTEND;VALUE=DATE:20261009
DTSTAMP:20261002T144712Z
LAST-MODIFIED:20261002T144712Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellung Lea Schroeder (Halle 4)
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E008000000007A3E1C5D2F53DC01000000000000000010000000B5A2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mail.knuell-schienen.de (mail.knuell-schienen.de [212.18.9.141])", "2026-10-02 16:48:31", BER,
            "7Xk2b0RrP1aQ"),
        ("From", addr("Dieter Rausch", "d.rausch@knuell-schienen.de")),
        ("To", LEA),
        ("Subject", "AW: AW: Termin Vorstellung"),
        ("Date", date("2026-10-02 16:48:27", BER)),
        ("Message-ID", "<4b1e8a0f9c2d4e77a1b6@EXCH01.knuell.local>"),
        ("In-Reply-To", "<DB9PR01MB7720E1F3C2A@DB9PR01MB7720.eurprd01.prod.outlook.com>"),
        ("Thread-Topic", "Termin Vorstellung"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, mixed(text(body, charset="windows-1252", cte="8bit"),
                                  calendar(ics, filename="Vorstellung.ics", disposition="attachment")))


@mail(n(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", BER), end=utc("2026-10-26 11:00", BER),
      contact="s.okonkwo-brandt@mainfeld-signal.de", company="Mainfeld Signaltechnik AG",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=BER,
      note="Exchange meeting request, W. Europe Standard Time; sent Thu 22 Oct in CEST, interview Mon 26 Oct "
           "after the switch to CET on 25 Oct: 10:00-11:00 CET = 09:00-10:00 UTC; organizer is the recruiter")
def k04() -> bytes:
    body = t("""
        Wann: Montag, 26. Oktober 2026 10:00-11:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Hallo Frau Schröder,

        wie heute Vormittag telefonisch besprochen, sende ich Ihnen die Einladung zu unserem Gespräch
        für die Position Systemingenieurin ETCS-Fahrzeugausrüstung. Teilnehmen werden außer mir Herr
        Yilmaz (Teamleitung Fahrzeugausrüstung) und Frau Dr. Kessler (Zulassung).

        Kleiner Hinweis, weil es schon einmal schiefging: Am Wochenende davor werden die Uhren
        zurückgestellt – der Termin ist um 10:00 Uhr Winterzeit.

        Viele Grüße
        Sabine Okonkwo-Brandt
        Recruiting & Talent Management
        Mainfeld Signaltechnik AG | Hanauer Landstraße 301 | 60314 Frankfurt am Main
        T +49 69 2577 4410

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjBmOGQtYjc2Ni00@thread.v2/0>
        Besprechungs-ID: 372 118 904 55
        Passcode: Xq7bLm
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    h = simple_html(body, font="Calibri,sans-serif")
    ics = exchange_ics(
        method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000D0B8F0A95B62DC010000000000000000100000"
        "00C1F4A2", stamp="20261022T092004Z", tzid="W. Europe Standard Time", start="20261026T100000",
        end="20261026T110000", summary="Vorstellungsgespräch Lea Schröder – Systemingenieurin ETCS-Fahrzeugausrüstung",
        organizer=("Okonkwo-Brandt\\, Sabine", "s.okonkwo-brandt@mainfeld-signal.de"),
        attendees=[("Lea Schröder", ME), ("Yilmaz\\, Cem", "c.yilmaz@mainfeld-signal.de"),
                   ("Kessler\\, Dr. Annette", "a.kessler@mainfeld-signal.de")],
        location="Microsoft Teams-Besprechung",
        description="Hallo Frau Schröder,\n\nwie heute Vormittag telefonisch besprochen ...\n")
    headers = [
        rcv("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com"
            " [40.107.104.119])", "2026-10-22 11:20:07", BER, "2Zr9LmP0sQ1w"),
        ("From", addr("Okonkwo-Brandt, Sabine", "s.okonkwo-brandt@mainfeld-signal.de")),
        ("To", LEA),
        ("CC", "\"Yilmaz, Cem\" <c.yilmaz@mainfeld-signal.de>, \"Kessler, Dr. Annette\" <a.kessler@mainfeld-signal.de>"),
        ("Subject", enc("Vorstellungsgespräch Lea Schröder – Systemingenieurin ETCS-Fahrzeugausrüstung")),
        ("Thread-Topic", enc("Vorstellungsgespräch Lea Schröder – Systemingenieurin ETCS-Fahrzeugausrüstung")),
        ("Thread-Index", "AdtCc3v0s8J2lQ4pR0yk1M5f7e9aBw=="),
        ("Date", date("2026-10-22 11:20:03", BER)),
        ("Message-ID", "<AM9PR07MB71239F0C4E2B1D5A7C3B9E1AA4512@AM9PR07MB7123.eurprd07.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", "no"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(headers, alt(text(body), html(h), calendar(ics, cte="base64")))


@mail(n(5), family="teams_exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 14:00", LON), end=utc("2026-10-27 14:45", LON),
      contact="owen.pritchard@thameside-rail.co.uk", company="Thameside Rail Consulting",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 14:45", zone=LON,
      note="Outlook/Teams invite in GMT Standard Time sent in BST (20 Oct); the UK is back on GMT from 25 Oct, "
           "so 14:00-14:45 London = 14:00-14:45 UTC (15:00 in Kassel, as the note says)")
def k05() -> bytes:
    body = t("""
        When: Tuesday, 27 October 2026 14:00-14:45. (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Lea,

        Great to chat earlier. As promised, here's the invite for your interview with Priya and me for
        the Senior Systems Engineer (Rolling Stock) role - 45 minutes, mostly about requirements
        management and your EN 50126 experience.

        Quick heads-up: the UK clocks go back on the 25th, so by then we're on GMT and you're on CET -
        it'll be 15:00 your time in Kassel.

        Cheers,
        Owen

        Owen Pritchard | Principal Consultant, Talent
        Thameside Rail Consulting Ltd | 14 Albion Wharf, London SE1 9AL
        +44 20 7946 0831

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ3MzE2@thread.v2/0>
        Meeting ID: 318 442 907 118
        Passcode: 9hRt2K
        Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = exchange_ics(
        method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000F1C2D38E6E60DC01000000000000000010000000"
        "9A7E31", stamp="20261020T150212Z", tzid="GMT Standard Time", start="20261027T140000",
        end="20261027T144500", summary="Interview: Lea Schröder - Senior Systems Engineer (Rolling Stock)",
        organizer=("Owen Pritchard", "owen.pritchard@thameside-rail.co.uk"),
        attendees=[("Lea Schröder", ME), ("Priya Nair", "priya.nair@thameside-rail.co.uk")],
        location="Microsoft Teams Meeting", lang="en-GB",
        description="Hi Lea,\n\nGreat to chat earlier. As promised ...\n")
    headers = [
        rcv("GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2102.outbound.protection.outlook.com"
            " [40.107.10.102])", "2026-10-20 16:02:15", LON, "5Tq8Wn3Lr0Ys"),
        ("From", "Owen Pritchard <owen.pritchard@thameside-rail.co.uk>"),
        ("To", LEA),
        ("CC", "Priya Nair <priya.nair@thameside-rail.co.uk>"),
        ("Subject", enc("Interview: Lea Schröder - Senior Systems Engineer (Rolling Stock)")),
        ("Thread-Topic", enc("Interview: Lea Schröder - Senior Systems Engineer (Rolling Stock)")),
        ("Thread-Index", "AdtDa1kq0pX2d8vBQ6Szj7Y0mWc2eA=="),
        ("Date", date("2026-10-20 16:02:11", LON)),
        ("Message-ID", "<LO2P265MB48213A0F1D7E6C9B2A04F5E1B7C39@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "no"),
    ]
    return message(headers, alt(text(body), html(simple_html(body, "Aptos,Calibri,sans-serif")),
                                calendar(ics, cte="base64")))


@mail(n(6), family="calendly", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:00", BER), end=utc("2026-11-04 10:30", BER),
      contact="tobias.wenzel@leinetal-sensorik.de", company="Leinetal Sensorik GmbH",
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 10:30", zone=BER,
      note="Calendly invitee confirmation in German; '10:00 - 10:30, Mittwoch, 4. November 2026 "
           "(Mitteleuropäische Zeit)' = 09:00-09:30 UTC; ICS in UTC; contact = host in Reply-To/ORGANIZER")
def k06() -> bytes:
    body = t("""
        Hallo Lea Schröder,

        Ein neues Ereignis wurde geplant.

        Ereignistyp:
        Kennenlerngespräch Systemingenieur/in Zugsensorik (30 Min.)

        Eingeladen von:
        Tobias Wenzel

        Datum/Uhrzeit des Ereignisses:
        10:00 - 10:30, Mittwoch, 4. November 2026 (Mitteleuropäische Zeit)

        Ort:
        Diese Veranstaltung ist eine Google Meet-Konferenz.
        https://meet.google.com/pzb-hkta-qwe

        Beantwortete Fragen:
        Worüber möchten Sie sprechen?
        Die ausgeschriebene Stelle in Göttingen und die Möglichkeit, zwei Tage pro Woche von Kassel
        aus zu arbeiten.

        Absagen: https://calendly.com/cancellations/6c2e1f0a-3d7b-4a8e-9f21-b7d0c4e58a13
        Neu planen: https://calendly.com/reschedulings/6c2e1f0a-3d7b-4a8e-9f21-b7d0c4e58a13

        Unterstützt von Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6c2e1f0a-3d7b-4a8e-9f21-b7d0c4e58a13@calendly.com
DTSTAMP:20261030T201744Z
DTSTART:20261104T090000Z
DTEND:20261104T093000Z
SUMMARY:Kennenlerngespräch Systemingenieur/in Zugsensorik zwischen Tobias Wenzel und Lea Schröder
LOCATION:https://meet.google.com/pzb-hkta-qwe
ORGANIZER;CN=Tobias Wenzel:mailto:tobias.wenzel@leinetal-sensorik.de
ATTENDEE;CN=Lea Schröder;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mail143-22.calendly.com (mail143-22.calendly.com [198.2.143.22])", "2026-10-30 21:17:46", BER,
            "1Rw7Yc2Hk9Pd"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Tobias Wenzel <tobias.wenzel@leinetal-sensorik.de>"),
        ("To", ME),
        ("Subject", enc("Neues Ereignis: Lea Schröder - 10:00 Mi., 4. Nov. 2026 - Kennenlerngespräch "
                        "Systemingenieur/in Zugsensorik")),
        ("Date", date("2026-10-30 21:17:43", BER)),
        ("Message-ID", "<20261030201743.8f2e5c91a3b7@mail.calendly.com>"),
        ("List-Unsubscribe", "<https://calendly.com/unsubscribe/notifications>"),
    ]
    return message(headers, mixed(alt(text(body), html(simple_html(body))),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(7), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-18 11:00", BER), end=utc("2026-09-18 12:00", BER), contact=None,
      company="Erfurter Tramwerk GmbH", local="Fri 2026-09-18 11:00", local_end="2026-09-18 12:00", zone=BER,
      note="Microsoft Bookings confirmation; the body's zone label shows the standard offset '(UTC+01:00)' but "
           "18 Sep is CEST: 11:00-12:00 (60 Minuten) = 09:00-10:00 UTC, as the W. Europe Standard Time ICS "
           "confirms; only a staff name and the shared Bookings mailbox -> contact null")
def k07() -> bytes:
    body = t("""
        Erfurter Tramwerk GmbH

        Vielen Dank für Ihre Buchung. Ihr Termin wurde bestätigt.

        Vorstellungsgespräch Fahrzeugtechnik (vor Ort)
        Freitag, 18. September 2026
        11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        60 Minuten

        Mitarbeiter: Katrin Adler
        Ort: Erfurter Tramwerk GmbH, Betriebshof Nord, Am Urbicher Kreuz 3, 99099 Erfurt (Pforte Tor 2)

        Bitte bringen Sie Ihre Zeugnisse im Original mit.

        Buchung verwalten: https://outlook.office365.com/owa/calendar/ErfurterTramwerk@erfurter-tramwerk.de/bookings/manage/b7f3
        Zum Kalender hinzufügen: im Anhang

        Diese E-Mail wurde von Microsoft Bookings im Auftrag von Erfurter Tramwerk GmbH gesendet.
        """)
    ics = exchange_ics(
        method="REQUEST", uid="040000008200E00074C5B7101A82E008000000003B5A6F2D0D44DC01000000000000000010000000"
        "2F91C0", stamp="20260910T173309Z", tzid="W. Europe Standard Time", start="20260918T110000",
        end="20260918T120000", summary="Vorstellungsgespräch Fahrzeugtechnik (vor Ort)",
        organizer=("Bewerbungsgespräche Erfurter Tramwerk", "Bewerbungsgespraeche@erfurter-tramwerk.de"),
        attendees=[("Lea Schröder", ME)],
        location="Erfurter Tramwerk GmbH\\, Betriebshof Nord\\, Am Urbicher Kreuz 3\\, 99099 Erfurt",
        busy="BUSY")
    headers = [
        rcv("FR4P281MB3570.DEUP281.PROD.OUTLOOK.COM (mail-fr4deu01on2090.outbound.protection.outlook.com"
            " [40.107.23.90])", "2026-09-10 19:33:12", BER, "0Cz8Vh1Nm4Ls"),
        ("From", enc("Bewerbungsgespräche Erfurter Tramwerk") + " <Bewerbungsgespraeche@erfurter-tramwerk.de>"),
        ("To", LEA),
        ("Subject", enc("Gebucht: Vorstellungsgespräch Fahrzeugtechnik (vor Ort) für Lea Schröder")),
        ("Date", date("2026-09-10 19:33:09", BER)),
        ("Message-ID", "<FR4P281MB35701C2B7E0A9D4F3E6B2C81D4A7@FR4P281MB3570.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Bookings", "True"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, mixed(html(simple_html(body, "Segoe UI,sans-serif"), cte="base64"),
                                  calendar(ics, cte="base64", filename="Termin.ics", disposition="attachment")))


@mail(n(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-10 13:30", BER), end=utc("2026-11-10 14:30", BER),
      contact="marc.lindqvist@optrail-systems.de", company="OptRail Systems GmbH",
      local="Tue 2026-11-10 13:30", local_end="2026-11-10 14:30", zone=BER,
      note="Google Calendar invitation in German '@ Di., 10. Nov. 2026 13:30 - 14:30 (MEZ)' = 12:30-13:30 UTC; "
           "contact = organizer (From / Reply-To / ORGANIZER)")
def k08() -> bytes:
    body = t("""
        Marc Lindqvist hat Sie zu folgendem Termin eingeladen.

        Interview Lea Schröder / Systemingenieurin Zugsicherung
        Dienstag, 10. November 2026 ⋅ 13:30–14:30
        Mitteleuropäische Zeit - Berlin

        Teilnahme mit Google Meet
        meet.google.com/tqe-xvbn-kaw

        Beschreibung:
        Hallo Lea, wie besprochen unser fachliches Gespräch (60 Minuten). Sophie Adjei aus dem
        Safety-Team ist auch dabei. Bis dann! Marc

        Gäste
        Marc Lindqvist - Organisator
        Sophie Adjei
        lea.schroeder@example.org

        Alle Gastinformationen ansehen
        https://calendar.google.com/calendar/event?action=VIEW&eid=NjR0cmFkMzhxZXY

        Antworten für lea.schroeder@example.org
        Ja - Vielleicht - Nein  Weitere Optionen

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie die Einladung
        ablehnen, erhalten Sie keine Updates mehr zu diesem Termin.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261110T133000
DTEND;TZID=Europe/Berlin:20261110T143000
DTSTAMP:20261103T100211Z
ORGANIZER;CN=Marc Lindqvist:mailto:marc.lindqvist@optrail-systems.de
UID:64trad38qev1o0k2bd9r5m7c1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marc Lindqvist;X-NUM-GUESTS=0:mailto:marc.lindqvist@optrail-systems.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Adjei;X-NUM-GUESTS=0:mailto:sophie.adjei@optrail-systems.de
X-GOOGLE-CONFERENCE:https://meet.google.com/tqe-xvbn-kaw
CREATED:20261103T100210Z
DESCRIPTION:Hallo Lea\\, wie besprochen unser fachliches Gespräch (60 Minuten). Sophie Adjei aus dem Safety-Team ist auch dabei. Bis dann! Marc
LAST-MODIFIED:20261103T100210Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Lea Schröder / Systemingenieurin Zugsicherung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-11-03 11:02:14", BER,
            "8Fh3Kq1Wz6Nb"),
        ("From", "Marc Lindqvist <marc.lindqvist@optrail-systems.de>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Marc Lindqvist <marc.lindqvist@optrail-systems.de>"),
        ("To", ME),
        ("Subject", enc("Einladung: Interview Lea Schröder / Systemingenieurin Zugsicherung @ Di., 10. Nov. 2026 "
                        "13:30 - 14:30 (MEZ) (lea.schroeder@example.org)")),
        ("Date", date("2026-11-03 11:02:11", BER)),
        ("Message-ID", "<calendar-5a1c0d7e-4b2f-4c38-9e6a-0f31b7d2c8e4@google.com>"),
    ]
    return message(headers, mixed(alt(text(body, cte="base64"), html(simple_html(body), cte="base64"),
                                      calendar(ics, cte="base64")),
                                  calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-11 10:00", BER), end=utc("2026-11-11 10:45", BER),
      contact="mara.luedtke@gleiswerk-robotics.de", company="Gleiswerk Robotics GmbH",
      local="Wed 2026-11-11 10:00", local_end="2026-11-11 10:45", zone=BER,
      note="Teamtailor booking confirmation (du): 'Mi., 11. Nov. 2026, 10:00–10:45 (MEZ)' = 09:00-09:45 UTC; "
           "Reply-To is a Teamtailor relay, contact = recruiter address in the signature")
def k09() -> bytes:
    body = t("""
        Hej Lea!

        Super, dein Interview ist gebucht 🎉

        Rolle: Systems Engineer Fahrzeugautomatisierung (w/m/d)
        Wann: Mi., 11. Nov. 2026, 10:00–10:45 (MEZ)
        Wo: Video-Call – den Link bekommst du direkt hier: https://app.teamtailor.com/meetings/j/gw-4q8h2m
        Mit: Mara Lüdtke (People & Culture), Jonas Efe (Lead Autonomy)

        Wir wollen dich vor allem kennenlernen – kein Whiteboard-Marathon, versprochen. Wenn du magst,
        erzähl uns von einem Projekt, auf das du stolz bist.

        Falls dir was dazwischenkommt, schreib mir einfach: mara.luedtke@gleiswerk-robotics.de

        Bis Mittwoch!
        Mara
        Gleiswerk Robotics · Hannover

        Du bekommst diese E-Mail, weil du dich bei Gleiswerk Robotics beworben hast.
        Datenschutz: https://career.gleiswerk-robotics.de/privacy
        """)
    headers = [
        rcv("a48-112.smtp-out.eu-west-1.amazonses.com (a48-112.smtp-out.eu-west-1.amazonses.com [54.240.48.112])",
            "2026-11-05 13:41:22", BER, "3Pq7Rt0Vx2Ms"),
        ("From", "Gleiswerk Robotics <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "gleiswerk-robotics+c7f1e2b9@inbound.teamtailor-mail.com"),
        ("To", LEA),
        ("Subject", enc("Dein Interview bei Gleiswerk Robotics ist bestätigt ✔")),
        ("Date", date("2026-11-05 13:41:19", BER)),
        ("Message-ID", "<0102019300e8b7c1-2f7a9d3e-1c44-4b0e-b8e6-7d1a0c9f3e25-000000@eu-west-1.amazonses.com>"),
        ("X-Teamtailor-Company", "gleiswerk-robotics"),
    ]
    return message(headers, alt(text(body), html(simple_html(body, "Inter,Helvetica,sans-serif"))))


@mail(n(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 08:30", AKL), end=utc("2026-12-01 09:30", AKL),
      contact="aroha.ngata@kererurail.co.nz", company="Kereru Rail Systems",
      local="Tue 2026-12-01 08:30", local_end="2026-12-01 09:30", zone=AKL,
      note="SmartRecruiters confirmation from a Wellington team: Tue 1 Dec 08:30-09:30 NZDT (UTC+13) = "
           "Mon 30 Nov 19:30-20:30 UTC, i.e. the previous day in UTC (20:30 Monday in Kassel, as the "
           "recruiter notes); Date header in NZDT; ICS in UTC; contact = recruiter Reply-To")
def k10() -> bytes:
    body = t("""
        Kia ora Lea,

        Thank you for accepting our invitation. Your interview has been scheduled:

        Position: Rolling Stock Systems Engineer (remote, EU time zones)
        Date: Tuesday, 1 December 2026
        Time: 8:30 AM - 9:30 AM (NZDT, UTC+13:00)
        Interview type: Video interview (Microsoft Teams)
        Interviewers: Aroha Ngata (Talent Acquisition), Hamish Rees (Engineering Manager)

        A note from Aroha:
        I know the hours are awkward across the planet - for you in Kassel this is Monday 30 November at
        20:30, so you'll have the evening slot and we'll have our first coffee. Thanks for making it
        work!

        If you have any questions, just reply to this email.

        Kind regards,
        Aroha Ngata
        Talent Acquisition Partner, Kereru Rail Systems

        This email was sent via SmartRecruiters on behalf of Kereru Rail Systems.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-3f8a1c27-5e9d-41b0-8c36-d24e9a7f0b15
DTSTAMP:20261125T211402Z
DTSTART:20261130T193000Z
DTEND:20261130T203000Z
SUMMARY:Interview - Rolling Stock Systems Engineer - Kereru Rail Systems
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kererurail.co.nz
ATTENDEE;CN=Lea Schroeder;RSVP=TRUE:mailto:{ME}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mail-ap2.smartrecruiters.com (mail-ap2.smartrecruiters.com [52.62.104.31])", "2026-11-26 10:14:05",
            AKL, "9Ju2Kd5Lp7Qe"),
        ("From", "Kereru Rail Systems <no-reply@smartrecruiters.com>"),
        ("Reply-To", "Aroha Ngata <aroha.ngata@kererurail.co.nz>"),
        ("To", LEA),
        ("Subject", "Interview confirmed - Rolling Stock Systems Engineer"),
        ("Date", date("2026-11-26 10:14:02", AKL)),
        ("Message-ID", "<sr.7e1d0c94a2b3.1764105242@smartrecruiters.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(simple_html(body))),
                                  calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(11), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-07 11:30", BER), end=utc("2026-12-07 12:15", BER),
      contact="steffen.kahl@tw-erfurt.de", company="Thüringer Weichenbau GmbH",
      local="Mon 2026-12-07 11:30", local_end="2026-12-07 12:15", zone=BER,
      note="JOIN interview confirmation (Sie): 'Montag, 7. Dezember 2026, 11:30 Uhr', 'Dauer: 45 Minuten' "
           "-> 10:30-11:15 UTC (CET); sender noreply@join.com, contact = named contact's address in the body")
def k11() -> bytes:
    body = t("""
        Guten Tag Frau Schröder,

        Ihr Vorstellungsgespräch wurde bestätigt.

        Stelle: Ingenieur/in Systemintegration Weichenantriebe (m/w/d)
        Unternehmen: Thüringer Weichenbau GmbH
        Termin: Montag, 7. Dezember 2026, 11:30 Uhr
        Dauer: 45 Minuten
        Art: Vor Ort – Thüringer Weichenbau GmbH, Stotternheimer Straße 40, 99086 Erfurt

        Ihr Ansprechpartner:
        Steffen Kahl, Teamleiter Systemintegration
        steffen.kahl@tw-erfurt.de · 0361 55431-20

        Sie möchten den Termin ändern? Antworten Sie bitte direkt Ihrem Ansprechpartner – Antworten
        auf diese E-Mail werden nicht gelesen.

        Viel Erfolg!
        Ihr JOIN Team

        JOIN Solutions AG · Diese Nachricht wurde automatisch erstellt.
        """)
    h = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;color:#2a2a2a">
        <div style="max-width:560px;margin:auto;padding:24px;border:1px solid #e5e5e5;border-radius:8px">
        <p>Guten Tag Frau Schröder,</p>
        <h2 style="font-size:18px">Ihr Vorstellungsgespräch wurde bestätigt.</h2>
        <table style="font-size:14px">
        <tr><td style="color:#777;padding-right:12px">Stelle</td><td>Ingenieur/in Systemintegration Weichenantriebe (m/w/d)</td></tr>
        <tr><td style="color:#777;padding-right:12px">Unternehmen</td><td>Thüringer Weichenbau GmbH</td></tr>
        <tr><td style="color:#777;padding-right:12px">Termin</td><td><b>Montag, 7. Dezember 2026, 11:30 Uhr</b></td></tr>
        <tr><td style="color:#777;padding-right:12px">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#777;padding-right:12px">Art</td><td>Vor Ort &ndash; Stotternheimer Straße 40, 99086 Erfurt</td></tr>
        </table>
        <p>Ihr Ansprechpartner:<br>Steffen Kahl, Teamleiter Systemintegration<br><a href="mailto:steffen.kahl@tw-erfurt.de">steffen.kahl@tw-erfurt.de</a> &middot; 0361 55431-20</p>
        <p style="font-size:12px;color:#777">Sie möchten den Termin ändern? Antworten Sie bitte direkt Ihrem Ansprechpartner &ndash; Antworten auf diese E-Mail werden nicht gelesen.</p>
        <p>Viel Erfolg!<br>Ihr JOIN Team</p>
        </div></body></html>
        """)
    headers = [
        rcv("mail.join.com (mail.join.com [35.158.77.190])", "2026-11-30 15:22:40", BER, "4Kc9Bv2Nx8Lo"),
        ("From", "JOIN <noreply@join.com>"),
        ("To", LEA),
        ("Subject", enc("Bestätigt: Ihr Vorstellungsgespräch bei Thüringer Weichenbau GmbH")),
        ("Date", date("2026-11-30 15:22:37", BER)),
        ("Message-ID", "<20261130142237.1f4e7a2c9b0d@join.com>"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(h, cte="8bit")))


@mail(n(12), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-19 14:00", BER), end=utc("2026-11-19 15:00", BER),
      contact="p.lorenz@auerbach-fe.de", company="Auerbach Fahrzeugelektrik GmbH",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=BER,
      note="softgarden confirmation whose body only says 'see the attached calendar entry': the time is only "
           "in the ICS (Europe/Berlin 14:00-15:00 on Thu 19 Nov = 13:00-14:00 UTC); contact = HR address "
           "in the body (ICS ORGANIZER is the no-reply address)")
def k12() -> bytes:
    body = t("""
        Sehr geehrte Frau Schröder,

        vielen Dank, dass Sie einen Termin für ein persönliches Gespräch gewählt haben. Hiermit
        bestätigen wir Ihnen Ihr Vorstellungsgespräch für die Position

        Entwicklungsingenieur/in Bordnetz Schienenfahrzeuge (m/w/d), Frankfurt am Main.

        Alle Details zu Datum, Uhrzeit und Ort finden Sie im angehängten Kalendereintrag, den Sie
        direkt in Ihren Kalender übernehmen können.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid -
        am einfachsten per E-Mail an Frau Petra Lorenz (p.lorenz@auerbach-fe.de).

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Auerbach Fahrzeugelektrik GmbH

        --
        Diese E-Mail wurde über softgarden e-recruiting versendet. Bitte antworten Sie nicht auf
        diese E-Mail.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Terminplanung//DE
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:sg-appointment-51873920-2@softgarden.io
DTSTAMP:20261116T081530Z
DTSTART;TZID=Europe/Berlin:20261119T140000
DTEND;TZID=Europe/Berlin:20261119T150000
SUMMARY:Vorstellungsgespräch Auerbach Fahrzeugelektrik GmbH
LOCATION:Auerbach Fahrzeugelektrik GmbH\\, Gutleutstraße 212\\, 60327 Frankfurt am Main\\, Raum 3.14
DESCRIPTION:Gesprächspartner: Petra Lorenz (HR)\\, Dr. Felix Marquardt (Leitung Bordnetz)
ORGANIZER;CN=Auerbach Fahrzeugelektrik GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Lea Schröder;RSVP=FALSE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mx-out-2.softgarden.io (mx-out-2.softgarden.io [185.56.21.14])", "2026-11-16 09:15:33", BER,
            "2Lm5Np8Qr1Sd"),
        ("From", "Auerbach Fahrzeugelektrik GmbH <noreply@softgarden.io>"),
        ("To", LEA),
        ("Subject", enc("Terminbestätigung: Ihr Vorstellungsgespräch bei der Auerbach Fahrzeugelektrik GmbH")),
        ("Date", date("2026-11-16 09:15:30", BER)),
        ("Message-ID", "<sg.51873920.1763280930.4471@softgarden.io>"),
    ]
    return message(headers, mixed(text(body, charset="iso-8859-15"),
                                  calendar(ics, cte="quoted-printable", filename="Termin.ics",
                                           disposition="attachment")))


@mail(n(13), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 15:00", BER), end=utc("2026-11-17 16:45", BER),
      contact="dana.whitfield@cobaltline.com", company="Cobaltline Transit",
      local="Tue 2026-11-17 15:00", local_end="2026-11-17 16:45", zone=BER,
      note="GoodTime itinerary, two sessions shown in the candidate's zone (CET): first start 15:00 to last "
           "end 16:45 = 14:00-15:45 UTC; contact = coordinator in Reply-To")
def k13() -> bytes:
    body = t("""
        Hi Lea,

        Your interviews with Cobaltline Transit are confirmed! Please find your itinerary below.
        All times are shown in your time zone: Central European Time (Berlin).

        Tuesday, November 17, 2026

        3:00 PM - 3:45 PM   Systems Architecture Deep Dive
                            with Ravi Chandrasekar, Principal Engineer
                            Zoom: https://cobaltline.zoom.us/j/84412907735

        4:00 PM - 4:45 PM   Hiring Manager Conversation
                            with Laura Benedetti, Director of Vehicle Systems
                            Zoom: https://cobaltline.zoom.us/j/84412907735

        Separate calendar invitations will follow for each session.

        Need to make a change? Reply to this email and your coordinator, Dana Whitfield, will help.

        Good luck!
        The Cobaltline Transit Recruiting Team

        Scheduled with GoodTime
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#20232a">
        <p>Hi Lea,</p>
        <p>Your interviews with <b>Cobaltline Transit</b> are confirmed! Please find your itinerary below.<br>
        All times are shown in your time zone: <b>Central European Time (Berlin)</b>.</p>
        <h3 style="margin-bottom:4px">Tuesday, November 17, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr style="border-bottom:1px solid #eee"><td valign="top" style="white-space:nowrap">3:00 PM - 3:45 PM</td>
        <td><b>Systems Architecture Deep Dive</b><br>with Ravi Chandrasekar, Principal Engineer<br><a href="https://cobaltline.zoom.us/j/84412907735">Join Zoom</a></td></tr>
        <tr><td valign="top" style="white-space:nowrap">4:00 PM - 4:45 PM</td>
        <td><b>Hiring Manager Conversation</b><br>with Laura Benedetti, Director of Vehicle Systems<br><a href="https://cobaltline.zoom.us/j/84412907735">Join Zoom</a></td></tr>
        </table>
        <p>Separate calendar invitations will follow for each session.</p>
        <p>Need to make a change? Reply to this email and your coordinator, Dana Whitfield, will help.</p>
        <p>Good luck!<br>The Cobaltline Transit Recruiting Team</p>
        <p style="color:#999;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    headers = [
        rcv("o3.ptr4410.goodtime.io (o3.ptr4410.goodtime.io [149.72.30.18])", "2026-11-10 17:05:51", BER,
            "6Gt1Hy4Uj9Ki"),
        ("From", "Cobaltline Transit Recruiting <no-reply@goodtime.io>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@cobaltline.com>"),
        ("To", LEA),
        ("Subject", "Your interview itinerary with Cobaltline Transit - Tue, Nov 17"),
        ("Date", date("2026-11-10 17:05:48", BER)),
        ("Message-ID", "<goodtime.itinerary.f2a61c0e93b7@goodtime.io>"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(h, cte="base64")))


@mail(n(14), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 14:00", BER), contact="henrik.dalgaard@weserbogen-energy.de",
      company="Weserbogen Energy GmbH", local="Tue 2026-12-08 14:00", zone=BER,
      note="Phone-written reply on top of Lea's proposal: 'Tuesday at 2 works' resolved against Date Fri 4 Dec "
           "2026 -> Tue 8 Dec 14:00 CET (the quoted mail says 2pm) = 13:00 UTC; no length -> end null")
def k14() -> bytes:
    body = t("""
        Perfect, Tuesday at 2 works for me. Come to reception in building C (Robert-Koch-Ring 12,
        Göttingen), they'll call me down. Looking forward!

        Henrik

        Sent from my iPhone

        > On 4. Dec 2026, at 17:52, Lea Schröder <lea.schroeder@example.org> wrote:
        >
        > Hi Henrik,
        >
        > thanks a lot for the invitation! Unfortunately Monday is difficult for me because of a
        > train commissioning in Fulda. Could we do Tuesday at 2pm instead? I'd come over to
        > Göttingen in person.
        >
        > Best regards,
        > Lea
        """)
    headers = [
        rcv("mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])", "2026-12-04 18:40:22", BER,
            "1Vb4Cx7Zn0Ml"),
        ("From", "Henrik Dalgaard <henrik.dalgaard@weserbogen-energy.de>"),
        ("To", LEA),
        ("Subject", "Re: Interview - Systems Engineer Energy Storage"),
        ("Date", date("2026-12-04 18:40:19", BER)),
        ("Message-ID", "<3F1A0C2E-77B4-4D1F-9E0A-1B6C5D8E2F40@weserbogen-energy.de>"),
        ("In-Reply-To", "<CAGk3x8Y2nVdQ0+LrP1m7e9Wq4aZ@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return message(headers, text(body, cte="quoted-printable", params="format=flowed"))


@mail(n(15), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-06 10:00", BER), end=utc("2026-11-06 11:00", BER),
      contact="k.vollmer@lahnbogen-zugsicherung.de", company="Lahnbogen Zugsicherung GmbH",
      local="Fri 2026-11-06 10:00", local_end="2026-11-06 11:00", zone=BER,
      note="Lea forwards a recruiter's confirmation from her other address to herself as an attached "
           "message/rfc822: 'Freitag, 6. November 2026, 10:00 Uhr', 'Dauer: 60 Minuten' = 09:00-10:00 UTC "
           "(CET); sender is the candidate, contact = recruiter in the forwarded header")
def k15() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Schröder,

        wie soeben telefonisch besprochen, bestätige ich Ihnen gern unser Vorstellungsgespräch:

        Termin: Freitag, 6. November 2026, 10:00 Uhr
        Dauer: 60 Minuten
        Ort: Lahnbogen Zugsicherung GmbH, Mainzer Landstraße 191, 60326 Frankfurt am Main, 5. OG
        Gesprächspartner: Herr Baumgart (Bereichsleitung Fahrzeuggeräte) und ich

        Bitte melden Sie sich am Empfang im Erdgeschoss.

        Mit freundlichen Grüßen

        Kathrin Vollmer
        Personalreferentin
        Lahnbogen Zugsicherung GmbH
        Tel. +49 69 7430 118-22
        k.vollmer@lahnbogen-zugsicherung.de
        """)
    inner = message([
        ("From", addr("Vollmer, Kathrin", "k.vollmer@lahnbogen-zugsicherung.de")),
        ("To", addr("Lea Schröder", "lea.schroeder@example.net")),
        ("Subject", enc("Bestätigung Vorstellungsgespräch – Systemingenieurin Fahrzeuggeräte")),
        ("Date", date("2026-11-02 16:31:08", BER)),
        ("Message-ID", "<VI1PR02MB5510A2C7E3B14F8D90E1C2F7B3A19@VI1PR02MB5510.eurprd02.prod.outlook.com>"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = t("""
        für den Kalender & damit ich's auf dem Handy hab

        """)
    headers = [
        rcv("smtp.example.net (smtp.example.net [192.0.2.25])", "2026-11-02 21:05:40", BER, "0Pa3Sd6Fg9Hj"),
        ("From", addr("Lea Schröder", "lea.schroeder@example.net")),
        ("To", LEA),
        ("Subject", enc("Fwd: Bestätigung Vorstellungsgespräch – Systemingenieurin Fahrzeuggeräte")),
        ("Date", date("2026-11-02 21:05:37", BER)),
        ("Message-ID", "<b8e2f0d4-91c3-4a57-8d2e-6f0a1c3b7e94@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, mixed(text(outer, cte="8bit"),
                                  attached_message(inner, filename="Bestaetigung Vorstellungsgespraech.eml")))


@mail(n(16), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-25 15:00", BER), end=utc("2026-09-25 15:45", BER),
      contact="sanne.devries@brightrail.io", company="Brightrail Analytics",
      local="Fri 2026-09-25 15:00", local_end="2026-09-25 15:45", zone=BER,
      note="Lever confirmation: 'Friday, September 25, 2026 at 3:00 PM CEST', '45 minutes' = 13:00-13:45 UTC; "
           "contact = recruiter Reply-To; first mail of a thread (rescheduled later)")
def k16() -> bytes:
    body = t("""
        Hi Lea,

        Thanks for scheduling time with Brightrail Analytics! Here are the details of your upcoming
        interview:

        What: Technical interview - Rail Systems Engineer (Predictive Maintenance)
        When: Friday, September 25, 2026 at 3:00 PM CEST (45 minutes)
        Where: Zoom - https://brightrail.zoom.us/j/93018844621?pwd=QkR2bGx
        Who: Sanne de Vries (Recruiting), Pieter Hulst (Engineering Lead)

        If you need to reschedule, please reply to this email.

        Sanne de Vries
        Brightrail Analytics
        """)
    headers = [
        rcv("mail-a.hire.lever.co (mail-a.hire.lever.co [52.40.118.9])", "2026-09-18 11:27:03", BER,
            "3Ew6Rt9Yu2Io"),
        ("From", "Brightrail Analytics <no-reply@hire.lever.co>"),
        ("Reply-To", "Sanne de Vries <sanne.devries@brightrail.io>"),
        ("To", LEA),
        ("Subject", "Interview confirmed: Brightrail Analytics - Rail Systems Engineer (Predictive Maintenance)"),
        ("Date", date("2026-09-18 11:27:00", BER)),
        ("Message-ID", "<lever.4c1e9a7d-3b8f-4e25-a06d-92f1b7c3e5d8@hire.lever.co>"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(simple_html(body))))


@mail(n(17), family="lever", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-29 09:30", BER), end=utc("2026-09-29 10:15", BER),
      contact="sanne.devries@brightrail.io", company="Brightrail Analytics",
      local="Tue 2026-09-29 09:30", local_end="2026-09-29 10:15", zone=BER,
      note="Lever reschedule in the Brightrail thread: old slot Fri 25 Sep 15:00 CEST also stated; new "
           "'Tuesday, September 29, 2026, 9:30 AM - 10:15 AM CEST' = 07:30-08:15 UTC; ICS SEQUENCE:1 agrees")
def k17() -> bytes:
    body = t("""
        Hi Lea,

        Your interview with Brightrail Analytics has been rescheduled.

        NEW TIME
        Tuesday, September 29, 2026, 9:30 AM - 10:15 AM CEST

        PREVIOUS TIME (cancelled)
        Friday, September 25, 2026, 3:00 PM - 3:45 PM CEST

        Position: Rail Systems Engineer (Predictive Maintenance)
        Location: Zoom - https://brightrail.zoom.us/j/93018844621?pwd=QkR2bGx
        Interviewers: Sanne de Vries, Pieter Hulst

        Note from Sanne: "Pieter got pulled into a depot audit on Friday - thanks so much for being
        flexible! Same link as before."

        Questions? Just reply to this email.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:lever-iv-4c1e9a7d-3b8f-4e25-a06d-92f1b7c3e5d8
DTSTAMP:20260923T080512Z
SEQUENCE:1
DTSTART;TZID=Europe/Berlin:20260929T093000
DTEND;TZID=Europe/Berlin:20260929T101500
SUMMARY:Brightrail Analytics - Technical interview (Lea Schröder)
LOCATION:https://brightrail.zoom.us/j/93018844621?pwd=QkR2bGx
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@brightrail.io
ATTENDEE;CN=Lea Schröder;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mail-a.hire.lever.co (mail-a.hire.lever.co [52.40.118.9])", "2026-09-23 10:05:15", BER,
            "8Qw2Er5Ty8Ui"),
        ("From", "Brightrail Analytics <no-reply@hire.lever.co>"),
        ("Reply-To", "Sanne de Vries <sanne.devries@brightrail.io>"),
        ("To", LEA),
        ("Subject", "Interview rescheduled: Brightrail Analytics - Rail Systems Engineer (Predictive Maintenance)"),
        ("Date", date("2026-09-23 10:05:12", BER)),
        ("Message-ID", "<lever.9d27b0e4-58c1-4f3a-b6e2-17c0a4f9d3b6@hire.lever.co>"),
        ("References", "<lever.4c1e9a7d-3b8f-4e25-a06d-92f1b7c3e5d8@hire.lever.co>"),
    ]
    return message(headers, mixed(alt(text(body), html(simple_html(body))),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-14 15:30", BER), end=utc("2026-10-14 16:30", BER),
      contact="holger.timm@weserland-bahnservice.de", company="Weserland Bahnservice GmbH",
      local="Wed 2026-10-14 15:30", local_end="2026-10-14 16:30", zone=BER,
      note="Prose reschedule (Sie), windows-1252 quoted-printable: from 'Dienstag, 13.10., 10 Uhr' to "
           "'Mittwoch, 14.10., um 15:30 Uhr', 'bleibt bei einer Stunde' (exact) = 13:30-14:30 UTC (CEST)")
def k18() -> bytes:
    body = t("""
        Sehr geehrte Frau Schröder,

        leider muss ich Sie um eine Terminverschiebung bitten: Unser Werkstattleiter, Herr Brandes,
        wird am Dienstag kurzfristig im Werk Seelze gebraucht. Wir müssen unser Gespräch daher von
        Dienstag, 13.10., 10 Uhr, auf Mittwoch, 14.10., um 15:30 Uhr verschieben. Sie hatten mir ja
        geschrieben, dass der Mittwochnachmittag bei Ihnen ebenfalls ginge – ich habe den Termin
        deshalb schon fest eingeplant. Die Dauer bleibt bei einer Stunde, der Ort ebenfalls
        (Empfang Verwaltungsgebäude, Am Lindener Hafen 9, Hannover).

        Ich bitte die Umstände zu entschuldigen und freue mich auf Sie.

        Mit freundlichen Grüßen

        Holger Timm
        Personalleiter
        Weserland Bahnservice GmbH
        Am Lindener Hafen 9 · 30453 Hannover
        Telefon 0511 2166-140
        holger.timm@weserland-bahnservice.de
        """)
    headers = [
        rcv("mx01.weserland-bahnservice.de (mx01.weserland-bahnservice.de [91.198.70.12])", "2026-10-09 08:50:44",
            BER, "5Ui8Op1As4Df"),
        ("From", addr("Holger Timm", "holger.timm@weserland-bahnservice.de")),
        ("To", LEA),
        ("Subject", enc("Verschiebung unseres Gesprächs am Dienstag", "iso-8859-1")),
        ("Date", date("2026-10-09 08:50:41", BER)),
        ("Message-ID", "<000001dc3a1f$7b2c4e90$71e4ebb0$@weserland-bahnservice.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ]
    return message(headers, text(body, charset="windows-1252"))


@mail(n(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-29 15:00", BER), end=utc("2026-10-29 16:00", BER),
      contact="megan.kowalski@pinecliffrail.com", company="Pinecliff Rail Technologies",
      local="Thu 2026-10-29 15:00", local_end="2026-10-29 16:00", zone=BER,
      note="Google Calendar 'Updated invitation' from a Boston organizer, shown in Lea's zone: Thu 29 Oct "
           "3pm-4pm CET = 14:00-15:00 UTC; the ICS says 10:00-11:00 America/New_York (still EDT until 1 Nov), "
           "same instant; the week Europe is on CET and the US on EDT (5 h apart); Date in EDT")
def k19() -> bytes:
    body = t("""
        This event has been changed.

        Interview - Lea Schröder (Systems Engineer, Rail Platforms)

        When
        Changed: Thursday Oct 29, 2026 ⋅ 3pm – 4pm (Central European Standard Time - Berlin)

        Previously: Wednesday Oct 28, 2026 ⋅ 3pm – 4pm (Central European Standard Time - Berlin)

        Joining info
        Join with Google Meet
        meet.google.com/vhr-dnqa-pmo

        Description
        Hi Lea - moving us by one day, 10am Boston time on Thursday works for the whole panel.
        Sorry for the shuffle! Megan

        Guests
        Megan Kowalski - organizer
        Tom Okafor
        lea.schroeder@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MXFrOGZ2c2hq

        Reply for lea.schroeder@example.org
        Yes  No  Maybe  More options https://calendar.google.com/calendar/event?action=VIEW&eid=MXFrOGZ2c2hq

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261029T100000
DTEND;TZID=America/New_York:20261029T110000
DTSTAMP:20261026T131206Z
ORGANIZER;CN=Megan Kowalski:mailto:megan.kowalski@pinecliffrail.com
UID:1qk8fvshj2m0e5d7c9b3a1n4p6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan Kowalski;X-NUM-GUESTS=0:mailto:megan.kowalski@pinecliffrail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Okafor;X-NUM-GUESTS=0:mailto:tom.okafor@pinecliffrail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/vhr-dnqa-pmo
CREATED:20261019T184455Z
DESCRIPTION:Hi Lea - moving us by one day\\, 10am Boston time on Thursday works for the whole panel. Sorry for the shuffle! Megan
LAST-MODIFIED:20261026T131205Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview - Lea Schröder (Systems Engineer\\, Rail Platforms)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-10-26 09:12:08", NYC,
            "2Gh5Jk8Lz1Xc"),
        ("From", "Megan Kowalski <megan.kowalski@pinecliffrail.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "Megan Kowalski <megan.kowalski@pinecliffrail.com>"),
        ("To", ME),
        ("Subject", enc("Updated invitation: Interview - Lea Schröder (Systems Engineer, Rail Platforms) @ "
                        "Thu Oct 29, 2026 3pm - 4pm (CET) (lea.schroeder@example.org)")),
        ("Date", date("2026-10-26 09:12:05", NYC)),
        ("Message-ID", "<calendar-8e3b1f72-0c5d-4a96-b2e8-5d1f0a7c3e69@google.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(simple_html(body, "Roboto,Helvetica,Arial,sans-serif")),
                                      calendar(ics, cte="base64")),
                                  calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


@mail(n(20), family="human_prose", lang="de-AT", interview=True, kind="rescheduled",
      start=utc("2026-12-02 10:00", VIE), contact="florian.haberl@donaustadt-schienentechnik.at",
      company="Donaustadt Schienentechnik GmbH", local="Wed 2026-12-02 10:00", zone=VIE,
      note="Austrian reschedule (Sie): from Montag 30. November 13:00 to 'Mittwoch, 2. Dezember 2026, um "
           "10:00 Uhr' in Vienna (CET) = 09:00 UTC, 'fix eingetragen'; no length; iso-8859-15 quoted-printable")
def k20() -> bytes:
    body = t("""
        Grüß Gott Frau Schröder,

        leider muss ich unseren Termin am kommenden Montag, 30. November, um 13:00 Uhr verschieben –
        unser Herr DI Pölzl ist kurzfristig zu einer Abnahme nach Linz gerufen worden, und ohne ihn
        möchten wir das Gespräch nicht führen.

        Neuer Termin: Mittwoch, 2. Dezember 2026, um 10:00 Uhr, bei uns in Wien-Floridsdorf
        (Brünner Straße 131, Besprechungsraum "Donau" im 2. Stock). Sie hatten am Telefon
        erwähnt, dass Sie ohnehin bis Mittwoch in Wien sind; ich habe den Termin daher schon fix
        eingetragen. Sollte es wider Erwarten gar nicht gehen, rufen Sie mich bitte kurz an.

        Vom Bahnhof Floridsdorf sind es zu Fuß etwa zehn Minuten, Parkplätze gibt es im Hof.

        Mit freundlichen Grüßen

        Ing. Florian Haberl
        Personalentwicklung
        Donaustadt Schienentechnik GmbH
        Brünner Straße 131, 1210 Wien
        T +43 1 27 140-215
        florian.haberl@donaustadt-schienentechnik.at
        """)
    headers = [
        rcv("smtp.donaustadt-schienentechnik.at (smtp.donaustadt-schienentechnik.at [193.81.2.77])",
            "2026-11-26 14:20:09", VIE, "7Bn0Mv3Cx6Za"),
        ("From", addr("Florian Haberl", "florian.haberl@donaustadt-schienentechnik.at")),
        ("To", LEA),
        ("Subject", enc("Terminverschiebung Vorstellungsgespräch - neuer Termin Mittwoch", "iso-8859-15")),
        ("Date", date("2026-11-26 14:20:06", VIE)),
        ("Message-ID", "<a3f9c1e2-5b7d-4e08-9a61-d4c2b0e7f813@donaustadt-schienentechnik.at>"),
        ("User-Agent", "Microsoft-MacOutlook/16.91"),
    ]
    return message(headers, text(body.replace("–", "-"), charset="iso-8859-15"))


@mail(n(21), family="exchange_outlook", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-12 13:00", BER), end=utc("2026-11-12 14:00", BER),
      contact="r.engelhardt@wilhelmshoehe-antrieb.de", company="Wilhelmshöher Antriebstechnik AG",
      local="Thu 2026-11-12 13:00", local_end="2026-11-12 14:00", zone=BER,
      note="Exchange 'Abgesagt:' with METHOD:CANCEL, W. Europe Standard Time; cancelled slot Thu 12 Nov "
           "13:00-14:00 CET = 12:00-13:00 UTC; no new time ('wir melden uns mit einem neuen Terminvorschlag')")
def k21() -> bytes:
    body = t("""
        Wann: Donnerstag, 12. November 2026 13:00-14:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Kassel, Werk Wilhelmshöhe, Gebäude 2, Raum 2.07

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Schröder,

        leider müssen wir das für Donnerstag geplante Gespräch absagen, da Herr Kaya kurzfristig
        erkrankt ist. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

        Mit freundlichen Grüßen
        Ralf Engelhardt
        Personalabteilung
        Wilhelmshöher Antriebstechnik AG
        """)
    ics = exchange_ics(
        method="CANCEL", uid="040000008200E00074C5B7101A82E0080000000071D04C3A6F70DC01000000000000000010000000"
        "E8B2D4", stamp="20261109T071402Z", tzid="W. Europe Standard Time", start="20261112T130000",
        end="20261112T140000", summary="Abgesagt: Vorstellungsgespräch Frau Schröder – Antriebsregelung",
        organizer=("Engelhardt\\, Ralf", "r.engelhardt@wilhelmshoehe-antrieb.de"),
        attendees=[("Lea Schröder", ME), ("Kaya\\, Mehmet", "m.kaya@wilhelmshoehe-antrieb.de")],
        location="Kassel\\, Werk Wilhelmshöhe\\, Gebäude 2\\, Raum 2.07", seq=1, status="CANCELLED", busy="FREE",
        description="Sehr geehrte Frau Schröder,\n\nleider müssen wir das für Donnerstag geplante Gespräch "
        "absagen ...\n")
    headers = [
        rcv("mail.wilhelmshoehe-antrieb.de (mail.wilhelmshoehe-antrieb.de [217.91.40.203])", "2026-11-09 08:14:06",
            BER, "6Nm9Bv2Cx5Za"),
        ("From", addr("Engelhardt, Ralf", "r.engelhardt@wilhelmshoehe-antrieb.de")),
        ("To", LEA),
        ("Subject", enc("Abgesagt: Vorstellungsgespräch Frau Schröder – Antriebsregelung")),
        ("Thread-Topic", enc("Vorstellungsgespräch Frau Schröder – Antriebsregelung")),
        ("Thread-Index", "AdtSa7Qm2vH8c0p1S9zK4xW3yE6n0g=="),
        ("Date", date("2026-11-09 08:14:02", BER)),
        ("Message-ID", "<6a0b3e21f4c94d1e8b57@WAT-EXCH02.wat.local>"),
        ("Importance", "high"),
        ("X-MS-Has-Attach", "no"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-1"),
                                html(simple_html(body, "Calibri,sans-serif"), charset="iso-8859-1"),
                                calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="workable", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-08 11:00", BER), end=utc("2026-12-08 11:30", BER), contact=None,
      company="Northgate Rail Labs", local="Tue 2026-12-08 11:00", local_end="2026-12-08 11:30", zone=BER,
      note="Workable cancellation: the 30-minute video interview on 'Tuesday, December 8 at 11:00 AM CET' "
           "(10:00-10:30 UTC) is cancelled because the role was filled internally, no new time; Reply-To is a "
           "Workable relay and the recruiter signs without an address -> contact null")
def k22() -> bytes:
    body = t("""
        Hi Lea,

        I'm sorry to write with an update that isn't the one either of us hoped for. We need to cancel
        your 30-minute video interview for the Embedded Systems Engineer, Rail position, scheduled for
        Tuesday, December 8 at 11:00 AM CET.

        Late last week the team decided to fill the role internally, so we've closed the opening. This
        has nothing to do with your profile - we were genuinely looking forward to the conversation,
        and I'd love to keep you in mind for the signalling roles we're opening in Q1.

        All the best,
        Ciara Byrne
        Talent Partner, Northgate Rail Labs

        ---
        Sent via Workable
        """)
    headers = [
        rcv("mail-out-12.workablemail.com (mail-out-12.workablemail.com [35.176.44.210])", "2026-12-03 15:40:21",
            LON, "4Xc7Vb0Nm3As"),
        ("From", "Northgate Rail Labs <noreply@candidates.workablemail.com>"),
        ("Reply-To", "northgate-rail-labs+c4d29a1e7b@candidates.workablemail.com"),
        ("To", LEA),
        ("Subject", "Your interview with Northgate Rail Labs has been cancelled"),
        ("Date", date("2026-12-03 15:40:18", LON)),
        ("Message-ID", "<wk.8b1f3e09c2d7.1764776418@workablemail.com>"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(simple_html(body))))


@mail(n(23), family="ashby", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-20 14:00", BER), end=utc("2026-11-20 15:00", BER),
      contact="nele.brinkmann@vireo-traction.de", company="Vireo Traction GmbH",
      local="Fri 2026-11-20 14:00", local_end="2026-11-20 15:00", zone=BER,
      note="Ashby cancellation with METHOD:CANCEL ICS: cancelled slot Fri 20 Nov 14:00-15:00 CET = 13:00-14:00 "
           "UTC; the recruiter only proposes Monday 23 Nov 10:00 instead (not confirmed) -> cancelled, not "
           "rescheduled; contact = recruiter Reply-To")
def k23() -> bytes:
    body = t("""
        Hi Lea,

        Your interview has been cancelled.

        Interview: Hiring Manager Interview - Traction Control Systems Engineer
        Was scheduled for: Friday, November 20, 2026, 2:00 PM - 3:00 PM CET

        Message from Nele Brinkmann:
        So sorry about this - our CTO has to be in Munich on Friday for a customer escalation.
        Would Monday, 23 November at 10:00 work instead? I'll send a fresh invite as soon as you
        confirm.

        Vireo Traction GmbH
        Powered by Ashby
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:2b7e4c91-0d3a-4f65-a8c2-e91f5b0d7a34
DTSTAMP:20261117T151002Z
DTSTART;TZID=Europe/Berlin:20261120T140000
DTEND;TZID=Europe/Berlin:20261120T150000
SEQUENCE:1
SUMMARY:Vireo Traction GmbH - Hiring Manager Interview
ORGANIZER;CN=Nele Brinkmann:mailto:nele.brinkmann@vireo-traction.de
ATTENDEE;CN=Lea Schröder;PARTSTAT=NEEDS-ACTION:mailto:{ME}
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("a9-33.smtp-out.amazonses.com (a9-33.smtp-out.amazonses.com [54.240.9.33])", "2026-11-17 16:10:05",
            BER, "9Lk2Jh5Gf8Ds"),
        ("From", "Vireo Traction GmbH <no-reply@ashbyhq.com>"),
        ("Reply-To", "Nele Brinkmann <nele.brinkmann@vireo-traction.de>"),
        ("To", LEA),
        ("Subject", "Cancelled: Hiring Manager Interview with Vireo Traction GmbH"),
        ("Date", date("2026-11-17 16:10:02", BER)),
        ("Message-ID", "<0100019339a0f7c2-6d1e8b3a-4f20-4c91-a7e5-0b9d2c3f1a84-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(simple_html(body))),
                                  calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                           disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="jobcentre_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Appointment at the regional employment office (Arbeitsuchendmeldung, 'Beratungsgespräch') with a "
           "fixed time: an official appointment, not a job interview")
def k24() -> bytes:
    body = t("""
        Sehr geehrte Frau Schröder,

        Sie haben sich bei uns arbeitsuchend gemeldet. Ich lade Sie hiermit zu einem persönlichen
        Beratungsgespräch ein, in dem wir Ihre berufliche Situation und Ihre Vermittlungswünsche
        besprechen möchten.

        Termin:   Donnerstag, 17.09.2026, um 10:15 Uhr
        Ort:      Arbeitsvermittlung Nordhessen, Grüner Weg 46, 34117 Kassel, 2. Etage, Zimmer 2.114
        Ihre Ansprechpartnerin: Frau Demir (Arbeitsvermittlung Akademische Berufe)

        Bitte bringen Sie folgende Unterlagen mit:
        - Personalausweis oder Reisepass
        - Ihren aktuellen Lebenslauf
        - das Kündigungsschreiben bzw. den befristeten Arbeitsvertrag

        Wenn Sie den Termin aus wichtigem Grund nicht wahrnehmen können, teilen Sie uns dies bitte
        vorher mit. Sie können den Termin auch online in Ihrem Kundenkonto verschieben.

        Mit freundlichen Grüßen
        Ihre Arbeitsvermittlung Nordhessen

        Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
        Kundennummer: 412D118307
        """)
    headers = [
        rcv("mailout.avnh.de (mailout.avnh.de [194.95.232.18])", "2026-09-11 07:02:44", BER, "1Qa4Ws7Ed0Rf"),
        ("From", "Arbeitsvermittlung Nordhessen <noreply@avnh.de>"),
        ("To", LEA),
        ("Subject", enc("Einladung zu einem Beratungsgespräch am 17.09.2026")),
        ("Date", date("2026-09-11 07:02:41", BER)),
        ("Message-ID", "<avnh.termin.412D118307.20260911070241@avnh.de>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="A journalist confirms a phone interview with Lea (Tuesday 13.10., 11 Uhr) for an article on women "
           "in rail engineering: a fixed time, but Lea is the interviewee for the press, not a job candidate")
def k25() -> bytes:
    body = t("""
        Liebe Frau Schröder,

        vielen Dank, dass Sie sich Zeit für uns nehmen! Wie besprochen rufe ich Sie am Dienstag,
        13.10., um 11 Uhr unter Ihrer Handynummer an. Das Interview für unsere Serie „Nordhessen
        arbeitet" dauert etwa eine halbe Stunde; es geht um Ihren Weg in die Bahntechnik und darum,
        warum es in dem Beruf immer noch so wenige Frauen gibt.

        Ein Fotograf würde sich danach separat bei Ihnen melden, falls Sie mit einem Porträt
        einverstanden sind. Den fertigen Text schicke ich Ihnen vor Erscheinen zur Freigabe der Zitate.

        Herzliche Grüße aus der Redaktion
        Miriam Falkenberg
        Ressort Wirtschaft
        Kasseler Abendpost
        Tel. 0561 7034-258
        """)
    headers = [
        rcv("mail.kasseler-abendpost.de (mail.kasseler-abendpost.de [62.153.61.40])", "2026-10-07 15:33:19", BER,
            "5Rt8Yu1Io4Pa"),
        ("From", "Miriam Falkenberg <m.falkenberg@kasseler-abendpost.de>"),
        ("To", LEA),
        ("Subject", enc("Unser Interview am Dienstag – „Nordhessen arbeitet\"")),
        ("Date", date("2026-10-07 15:33:16", BER)),
        ("Message-ID", "<8c1b2f07-e4a3-4d95-b0c6-3f7e1a9d5b22@kasseler-abendpost.de>"),
    ]
    return message(headers, alt(text(body), html(simple_html(body, "Georgia,serif"))))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Podcast host confirms Lea's recording as a guest ('Thursday, October 22 at 17:00 CEST', with an "
           "ICS): a confirmed 'interview' time, but for a podcast, not a job")
def k26() -> bytes:
    body = t("""
        Hi Lea,

        Brilliant - you're booked in as our guest for episode 58 of Rail Systems Talk!

        Recording: Thursday, October 22 at 17:00 CEST (about 50 minutes, plus 10 for a sound check)
        Where: Riverside studio - https://riverside.fm/studio/rail-systems-talk?t=8f1c2a

        Rough running order for the interview:
        1. How you ended up in rolling-stock systems engineering
        2. Brake control and the pain of integration testing
        3. What you'd tell a graduate starting in rail today

        A wired headset and a quiet room is all we need. I've attached a calendar invite.

        Cheers,
        Callum
        Callum Reid | host, Rail Systems Talk
        https://railsystemstalk.fm
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261022T170000
DTEND;TZID=Europe/Berlin:20261022T180000
DTSTAMP:20261015T092233Z
ORGANIZER;CN=Callum Reid:mailto:callum@railsystemstalk.fm
UID:5p0rq9c2m1ajv8l3t7bse6kd4n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
SUMMARY:Rail Systems Talk #58 - recording with Lea Schröder
LOCATION:https://riverside.fm/studio/rail-systems-talk?t=8f1c2a
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", "2026-10-15 10:22:36", LON,
            "3Ty6Ui9Op2As"),
        ("From", "Callum Reid <callum@railsystemstalk.fm>"),
        ("To", LEA),
        ("Subject", "You're booked: Rail Systems Talk interview, Thu 22 Oct"),
        ("Date", date("2026-10-15 10:22:33", LON)),
        ("Message-ID", "<CAH7pZ0v3nQ8sLr2@mail.gmail.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                           disposition="attachment")))


@mail(n(27), family="admission_interview", lang="de-AT", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Austrian university of applied sciences invites to the admission interview ('Aufnahmegespräch') for "
           "a part-time master's programme, fixed time: a study admission, not a job interview")
def k27() -> bytes:
    body = t("""
        Sehr geehrte Frau Schröder,

        vielen Dank für Ihre Bewerbung für den berufsbegleitenden Masterlehrgang
        Bahnsystemtechnik & Zulassung (Studienbeginn Sommersemester 2027).

        Ihre Unterlagen sind vollständig. Wir laden Sie daher zum Aufnahmegespräch ein:

        Donnerstag, 10. Dezember 2026, 14:15 Uhr
        online via MS Teams (den Link erhalten Sie am Vortag)
        Dauer: ca. 20 Minuten, Kommission: FH-Prof. DI Dr. Gerlinde Wallner, Mag. Peter Strobl

        Im Gespräch stellen Sie kurz Ihre Motivation und Ihr Abschlussprojekt vor (max. 5 Minuten,
        keine Präsentation notwendig). Das Ergebnis des Aufnahmeverfahrens erhalten Sie bis Ende
        Jänner.

        Mit freundlichen Grüßen
        Studiengangsassistenz Bahnsystemtechnik
        FH Donauland – Fachhochschule für Technik und Wirtschaft
        Höchstädtplatz 11, 1200 Wien
        """)
    headers = [
        rcv("mx.fh-donauland.at (mx.fh-donauland.at [193.170.62.14])", "2026-12-01 10:48:02", VIE, "7Yu0Io3Pa6Sd"),
        ("From", "Aufnahmeverfahren FH Donauland <aufnahme@fh-donauland.at>"),
        ("To", LEA),
        ("Subject", enc("Einladung zum Aufnahmegespräch – Masterlehrgang Bahnsystemtechnik & Zulassung")),
        ("Date", date("2026-12-01 10:47:59", VIE)),
        ("Message-ID", "<20261201094759.5C2A1800E4@mx.fh-donauland.at>"),
    ]
    return message(headers, text(body, cte="base64"))


@mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Handball club coach (Hessian, du) invites Lea to a try-out training on Thursday at half past seven: "
           "a fixed time, not a job interview")
def k28() -> bytes:
    body = t("""
        Hallo Lea,

        schee, dass du dich gemeldet hast! Komm doch einfach am Donnerstag (17.9.) um halb acht zum
        Probetraining in die Halle an der Wolfsangerstraße. Bring Hallenschuhe und was zu trinken mit,
        Harz hamm mer da. Die Damen 2 trainiert bis neun, danach sitze mer meistens noch im
        Vereinsheim.

        Wenn's dir gefällt, kannste gleich die Spielerlaubnis beantragen, dann bist du zur Rückrunde
        dabei.

        Sportliche Grüße
        Jörg
        Trainer Damen 2, TSV Wolfsanger 1899
        """)
    headers = [
        rcv("mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])", "2026-09-14 21:12:30", BER,
            "9Op2As5Df8Gh"),
        ("From", "=?utf-8?q?J=C3=B6rg_Wei=C3=9Fenborn?= <joerg.weissenborn@example.com>"),
        ("To", LEA),
        ("Subject", "Re: Probetraining Damen 2"),
        ("Date", date("2026-09-14 21:12:27", BER)),
        ("Message-ID", "<CAF2kQm8x1Rz+Vb7@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Car dealer's workshop appointment (Mo., 19.10.2026, 07:30 Uhr) with an ICS: a fixed time, not an "
           "interview")
def k29() -> bytes:
    body = t("""
        Guten Tag Frau Schröder,

        vielen Dank für Ihre Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:

        Termin:     Mo., 19.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:   KS-LS 412, Skoda Octavia Combi
        Leistungen: Inspektion nach Herstellervorgabe, Wechsel auf Winterräder (eingelagert)
        Abholung:   voraussichtlich ab 16:00 Uhr

        Einen Ersatzwagen haben wir für Sie reserviert. Bitte denken Sie an Fahrzeugschein und
        Serviceheft.

        Ihr Serviceteam
        Autohaus Fuldablick GmbH
        Leipziger Straße 280, 34123 Kassel · Tel. 0561 95180-0
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Autohaus Fuldablick//Online-Terminbuchung//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:werkstatt-2026101907-KSLS412@autohaus-fuldablick.de
DTSTAMP:20261013T122205Z
DTSTART;TZID=Europe/Berlin:20261019T073000
DTEND;TZID=Europe/Berlin:20261019T080000
SUMMARY:Werkstatttermin Autohaus Fuldablick (Inspektion + Räderwechsel)
LOCATION:Leipziger Straße 280\\, 34123 Kassel
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mail.autohaus-fuldablick.de (mail.autohaus-fuldablick.de [88.198.24.117])", "2026-10-13 14:22:08",
            BER, "2As5Df8Gh1Jk"),
        ("From", "Autohaus Fuldablick Service <service@autohaus-fuldablick.de>"),
        ("To", ME),
        ("Subject", enc("Ihr Werkstatttermin am 19.10.2026 um 07:30 Uhr")),
        ("Date", date("2026-10-13 14:22:05", BER)),
        ("Message-ID", "<wt.20261013142205.77128@autohaus-fuldablick.de>"),
    ]
    return message(headers, mixed(html(simple_html(body)),
                                  calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Werkstatttermin.ics",
                                           disposition="attachment")))


@mail(n(30), family="tax_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-28"),),
      note="Income-tax help association confirms a consultation (Mittwoch, 28.10.2026, 17:30 Uhr): a fixed-time "
           "appointment, not an interview")
def k30() -> bytes:
    body = t("""
        Sehr geehrte Frau Schröder,

        wir bestätigen Ihren Beratungstermin in unserer Beratungsstelle Kassel-Nord:

        Mittwoch, 28.10.2026, 17:30 Uhr
        Beratungsstellenleiter: Herr Gerd Pfeiffer
        Holländische Straße 152, 34127 Kassel (Hinterhaus, 1. OG)

        Bitte bringen Sie mit:
        - Lohnsteuerbescheinigung 2025
        - Belege zu Werbungskosten (Fahrtkosten, Arbeitsmittel, Fortbildung)
        - Bewerbungskosten 2025/2026 (Fahrten zu Vorstellungsgesprächen, Porto, Mappen)
        - Ihre Steuer-ID

        Mit freundlichen Grüßen
        Lohnsteuerhilfe Nordhessen e.V. - Beratungsstelle Kassel-Nord
        Beratung nur für Mitglieder im Rahmen des § 4 Nr. 11 StBerG.
        """)
    headers = [
        rcv("smtp.lohnsteuerhilfe-nordhessen.de (smtp.lohnsteuerhilfe-nordhessen.de [81.169.145.88])",
            "2026-10-20 11:05:31", BER, "6Gh9Jk2Lz5Xc"),
        ("From", "Lohnsteuerhilfe Nordhessen e.V. <kassel-nord@lohnsteuerhilfe-nordhessen.de>"),
        ("To", LEA),
        ("Subject", enc("Terminbestätigung Beratung 28.10.2026")),
        ("Date", date("2026-10-20 11:05:28", BER)),
        ("Message-ID", "<000701dc4229$1e8a7c30$5b9f7490$@lohnsteuerhilfe-nordhessen.de>"),
    ]
    return message(headers, text(body, charset="iso-8859-15"))


@mail(n(31), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="A career coach's booking confirmation for a paid mock interview ('Probe-Vorstellungsgespräch', "
           "Di., 3. Nov. 2026, 18:00): a confirmed time, but interview practice, not a job interview")
def k31() -> bytes:
    body = t("""
        Hallo Lea,

        Ihre Buchung ist bestätigt!

        Leistung:   Probe-Vorstellungsgespräch inkl. Video-Feedback (60 Min.)
        Anbieter:   Birgit Sander – Karrierecoaching für Ingenieurinnen
        Datum:      Di., 3. Nov. 2026
        Uhrzeit:    18:00 - 19:00
        Ort:        Online (Zoom-Link folgt 24 Stunden vorher)
        Preis:      129,00 EUR (bezahlt)

        Nachricht von Birgit:
        „Schicken Sie mir bis Sonntag bitte die Stellenanzeige, für die wir üben sollen – dann
        spiele ich die Personalerin so realistisch wie möglich. Und keine Sorge: Bei mir darf man
        sich noch verhaspeln."

        Termin absagen oder verschieben: https://sander-coaching.simplybook.it/v2/#client/bookings
        Kostenlose Stornierung bis 24 Stunden vor dem Termin.

        SimplyBook.me – Online-Terminbuchung
        """)
    headers = [
        rcv("mail2.simplybook.me (mail2.simplybook.me [136.243.55.201])", "2026-10-27 19:44:15", BER,
            "4Df7Gh0Jk3Lz"),
        ("From", "Birgit Sander Coaching <noreply@simplybook.me>"),
        ("Reply-To", "Birgit Sander <kontakt@sander-coaching.de>"),
        ("To", LEA),
        ("Subject", enc("Buchungsbestätigung: Probe-Vorstellungsgespräch am 03.11.2026 18:00")),
        ("Date", date("2026-10-27 19:44:12", BER)),
        ("Message-ID", "<sb.booking.883104.1761590652@simplybook.me>"),
    ]
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(n(32), family="interview_proposal", lang="en", interview=False, company="Halvorsen Rail AS",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Recruiter proposes two possible slots (Tuesday 24 Nov 10:00 or Wednesday 25 Nov 14:00 CET) and "
           "asks Lea to pick: nothing is confirmed yet")
def k32() -> bytes:
    body = t("""
        Hi Lea,

        Thanks for the quick reply - great to hear you're open to a conversation about the Vehicle
        Systems Lead role in our Oslo team (remote-friendly, 4-5 trips a year).

        Would Tuesday, 24 Nov at 10:00 CET work for a first 30-minute call with me? If not,
        Wednesday the 25th at 14:00 CET is also open. Just let me know which one suits you and I'll
        send a Teams invite straight away.

        Beste hilsen / best regards,
        Ingrid Solberg
        Senior Talent Acquisition Partner
        Halvorsen Rail AS | Oslo
        +47 22 41 09 87
        """)
    headers = [
        rcv("NOR01-OS2-obe.outbound.protection.outlook.com (mail-os2nor01on2110.outbound.protection.outlook.com"
            " [40.107.9.110])", "2026-11-19 13:27:40", BER, "8Jk1Lz4Xc7Vb"),
        ("From", "Ingrid Solberg <ingrid.solberg@halvorsenrail.no>"),
        ("To", LEA),
        ("Subject", "RE: Vehicle Systems Lead - Halvorsen Rail"),
        ("Date", date("2026-11-19 13:27:37", BER)),
        ("Message-ID", "<OS2P279MB0412A7C3E1F08B2D9C4E6A18B2F5@OS2P279MB0412.NORP279.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAGk3x8Y7bQ1+Wn2m0p9@mail.example.org>"),
    ]
    return message(headers, alt(text(body), html(simple_html(body, "Calibri,sans-serif"))))


@mail(n(33), family="forwarded_other_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Lea's flatmate forwards HER OWN interview confirmation (Montag, 23.11.2026, 9:00 Uhr, attached as "
           "message/rfc822) to ask for the car: a confirmed job interview, but not Lea's")
def k33() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Bauer,

        vielen Dank für Ihre Bewerbung als Disponentin (m/w/d). Wir freuen uns, Sie zu einem
        Vorstellungsgespräch einzuladen:

        Montag, 23.11.2026, 9:00 Uhr
        Habichtswald Logistik GmbH, Industriestraße 21, 34308 Bad Emstal

        Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

        Mit freundlichen Grüßen
        Sandra Kühn
        Personal, Habichtswald Logistik GmbH
        s.kuehn@habichtswald-logistik.de
        """)
    inner = message([
        ("From", addr("Sandra Kühn", "s.kuehn@habichtswald-logistik.de")),
        ("To", "Kim Bauer <kim.bauer@example.net>"),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Disponentin")),
        ("Date", date("2026-11-17 14:02:51", BER)),
        ("Message-ID", "<5e7a0c19-2b4d-4f83-a1e6-9c0d3b8f2a71@habichtswald-logistik.de>"),
    ], text(inner_body))
    outer = t("""
        Lea!!! Guck mal, ich hab ein Gespräch bei Habichtswald Logistik 😱

        Kann ich Montag früh dein Auto haben? Nach Bad Emstal fährt um die Uhrzeit ja quasi nix.
        Ich tank auch voll, versprochen. Und drück mir die Daumen!

        Kim
        """)
    headers = [
        rcv("mail-ot1-f41.google.com (mail-ot1-f41.google.com [209.85.210.41])", "2026-11-18 07:41:09", BER,
            "5Xc8Vb1Nm4Qa"),
        ("From", "Kim Bauer <kim.bauer@example.net>"),
        ("To", LEA),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch – Disponentin")),
        ("Date", date("2026-11-18 07:41:06", BER)),
        ("Message-ID", "<CAJm4pX2r9Lw+Tz6@mail.gmail.com>"),
    ]
    return message(headers, mixed(alt(text(outer), html(gmail_html(outer))), attached_message(inner)))


@mail(n(34), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Exchange invite at Lea's current employer: she is on the panel interviewing an internship candidate "
           "(Mo., 16.11., 9:00-10:00): an interview at a fixed time, but Lea is the interviewer, not the "
           "candidate; sent to her work address and forwarded")
def k34() -> bytes:
    body = t("""
        Wann: Montag, 16. November 2026 09:00-10:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Besprechungsraum Fulda (EG) / Teams

        *~*~*~*~*~*~*~*~*~*

        Hallo zusammen,

        für unser Praktikum in der Fahrzeugdiagnose (ab Februar) haben wir einen sehr passenden
        Kandidaten: Jonas Berger, Mechatronik-Student an der Uni Kassel. Lebenslauf und Zeugnisse
        liegen im Bewerberordner.

        Lea, du übernimmst bitte den fachlichen Teil (Diagnosekonzept, CAN-Trace-Aufgabe), ich
        mache den Einstieg und die Rahmenbedingungen. Interviewleitfaden hängt im Teams-Kanal.

        Danke & Gruß
        Tanja

        Tanja Roth | HR Business Partner
        Habichtswald Railtech GmbH
        """)
    ics = exchange_ics(
        method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000A9C3E1F47B73DC01000000000000000010000000"
        "5D02B1", stamp="20261110T134400Z", tzid="W. Europe Standard Time", start="20261116T090000",
        end="20261116T100000", summary="Interview Praktikum Fahrzeugdiagnose - Jonas Berger",
        organizer=("Roth\\, Tanja", "tanja.roth@example.com"),
        attendees=[("Schröder\\, Lea", "lea.schroeder@example.com"), ("Wagner\\, Frank", "frank.wagner@example.com")],
        location="Besprechungsraum Fulda (EG) / Teams")
    headers = [
        ("Delivered-To", ME),
        rcv("mail.example.com (mail.example.com [192.0.2.80])", "2026-11-10 14:44:09", BER, "7Lz0Xc3Vb6Nm"),
        ("From", addr("Roth, Tanja", "tanja.roth@example.com")),
        ("To", addr("Schröder, Lea", "lea.schroeder@example.com") + ", \"Wagner, Frank\" <frank.wagner@example.com>"),
        ("Subject", "Interview Praktikum Fahrzeugdiagnose - Jonas Berger"),
        ("Date", date("2026-11-10 14:44:05", BER)),
        ("Message-ID", "<HE1PR03MB2718F2A1C0D4E7B83A9C51D0E6B2@HE1PR03MB2718.eurprd03.prod.outlook.com>"),
        ("X-MS-Has-Attach", "no"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, alt(text(body), html(simple_html(body, "Calibri,sans-serif")),
                                calendar(ics, cte="base64")))


@mail(n(35), family="rejection", lang="de", interview=False, company="Fuldatal Bahntechnik GmbH",
      days=(("Thu", "2026-09-24"),),
      note="Personio rejection after the interview of 24.09. (thread with the Fuldatal confirmation): mentions "
           "a past interview date, confirms nothing")
def k35() -> bytes:
    body = t("""
        Sehr geehrte Frau Schröder,

        nochmals herzlichen Dank für das angenehme und offene Gespräch am Donnerstag, 24.09., und den
        Rundgang durch unsere Fertigung.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch
        etwas näher an den Anforderungen der Fahrzeugleittechnik liegt. Diese Entscheidung ist uns
        ausdrücklich nicht leichtgefallen.

        Gern würden wir Ihre Unterlagen für künftige Vakanzen in unserem Talent-Pool behalten. Ihre
        Zustimmung können Sie über den folgenden Link erteilen:
        https://fuldatal-bahntechnik.jobs.personio.de/talent-pool/consent?token=9c2f7a

        Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen
        Julia Hartmann
        Personalreferentin, Fuldatal Bahntechnik GmbH
        """)
    headers = [
        rcv("mail-eu.personio.de (mail-eu.personio.de [18.197.41.66])", "2026-10-06 10:31:50", BER, "3Qa6Ws9Ed2Rf"),
        ("From", "Fuldatal Bahntechnik GmbH <no-reply@personio.de>"),
        ("Reply-To", "bewerbung+a81f3c77d2@fuldatal-bahntechnik.jobs.personio.de"),
        ("To", LEA),
        ("Subject", enc("Ihre Bewerbung als Systemingenieur/in Fahrzeugleittechnik (m/w/d)")),
        ("Date", date("2026-10-06 10:31:47", BER)),
        ("Message-ID", "<010201925a13b7f0-4a2c9e61-7d3b-41f8-b0a5-c2e7f9d1b364-000000@eu-central-1.amazonses.com>"),
    ]
    return message(headers, html(simple_html(body, "'Open Sans',Arial,sans-serif")))


@mail(n(36), family="offer", lang="en", interview=False, company="Brightrail Analytics",
      days=(("Wed", "2026-10-14"),),
      note="Offer after the Brightrail interviews (thread with the Lever mails): a signing deadline and a "
           "'pick a slot' link for questions, no interview")
def k36() -> bytes:
    body = t("""
        Hi Lea,

        I'm delighted to share that the team would like you to join Brightrail Analytics as Rail
        Systems Engineer (Predictive Maintenance)! Everyone you met on the 29th came out of the
        interview genuinely excited.

        Your offer letter is attached in our signing portal:
        https://brightrail.io/offers/7c41e2 (valid until Wednesday, October 14, 23:59 CEST)

        Highlights:
        - Base salary EUR 78,000, plus 10% annual bonus target
        - Fully remote within the EU, with quarterly on-sites in Utrecht
        - Start date flexible - we'd suggest 1 January 2027

        If you'd like to talk anything through with Pieter or me before deciding, grab any slot here:
        https://calendly.com/sanne-brightrail/offer-questions

        Congratulations!
        Sanne de Vries
        Recruiting, Brightrail Analytics
        """)
    headers = [
        rcv("mail-a.hire.lever.co (mail-a.hire.lever.co [52.40.118.9])", "2026-10-07 17:12:33", BER, "1Ed4Rf7Tg0Yh"),
        ("From", "Sanne de Vries <sanne.devries@brightrail.io>"),
        ("To", LEA),
        ("Subject", enc("Your offer from Brightrail Analytics 🎉")),
        ("Date", date("2026-10-07 17:12:30", BER)),
        ("Message-ID", "<lever.offer.0a5f2c83-9e1b-4d7a-8c34-6b2e0f9d1a57@hire.lever.co>"),
    ]
    return message(headers, alt(text(body), html(simple_html(body))))


@mail(n(37), family="application_ack", lang="en", interview=False, company="Calderon Transit Systems",
      note="iCIMS application receipt; 'a recruiter will reach out to schedule an interview' is hypothetical")
def k37() -> bytes:
    body = t("""
        Dear Lea,

        Thank you for applying to the Senior Systems Engineer - Rolling Stock (Frankfurt) position at
        Calderon Transit Systems. We have received your application (Req ID 2026-11872).

        Our talent acquisition team reviews every application carefully. If your qualifications match
        our needs, a recruiter will reach out to you to schedule an interview. Due to the volume of
        applications, this may take up to three weeks.

        You can check the status of your application at any time in our career portal:
        https://careers-calderontransit.icims.com/jobs/candidate/dashboard

        Best regards,
        Calderon Transit Systems Talent Acquisition

        Please do not reply to this message; this mailbox is not monitored.
        """)
    headers = [
        rcv("smtp12.icims.com (smtp12.icims.com [208.71.200.52])", "2026-10-01 16:48:21", NYC, "9Rf2Tg5Yh8Uj"),
        ("From", "Calderon Transit Systems <calderontransit+autoreply@talent.icims.com>"),
        ("To", LEA),
        ("Subject", "Thank you for applying - Senior Systems Engineer - Rolling Stock (Frankfurt)"),
        ("Date", date("2026-10-01 16:48:18", NYC)),
        ("Message-ID", "<1779301.88412.1791060498@talent.icims.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(simple_html(body, "Arial,sans-serif"))))


@mail(n(38), family="application_ack", lang="de", interview=False, company="Leinewerk Fahrzeugbau AG",
      note="Workday application receipt in German; mentions 'Vorstellungsgespräch' only as a possible next step")
def k38() -> bytes:
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <p>Sehr geehrte Frau Schröder,</p>
        <p>vielen Dank für Ihre Bewerbung auf die Position <b>Systemingenieur Drehgestellsensorik (m/w/d)</b> am Standort Hannover (Stellen-ID R-0048213).</p>
        <p>Wir prüfen Ihre Unterlagen und melden uns in der Regel innerhalb von zwei bis drei Wochen. Sollte Ihr Profil zu unseren Anforderungen passen, laden wir Sie zu einem Vorstellungsgespräch ein.</p>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit auf unserem <a href="https://leinewerk.wd3.myworkdayjobs.com/de-DE/Karriere/userHome">Karriereportal</a> einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Leinewerk Fahrzeugbau AG</p>
        <p style="font-size:11px;color:#999">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.</p>
        </body></html>
        """)
    headers = [
        rcv("wd3-impl-mail.myworkday.com (wd3-impl-mail.myworkday.com [174.128.72.41])", "2026-11-02 12:10:03", BER,
            "2Tg5Yh8Uj1Ik"),
        ("From", "Leinewerk Fahrzeugbau AG <leinewerk@myworkday.com>"),
        ("To", ME),
        ("Subject", enc("Vielen Dank für Ihre Bewerbung – Systemingenieur Drehgestellsensorik (m/w/d)")),
        ("Date", date("2026-11-02 12:10:00", BER)),
        ("Message-ID", "<1207384729.48821.1793617800412@wd3-impl-mail.myworkday.com>"),
    ]
    return message(headers, html(h, cte="base64"))


@mail(n(39), family="job_alert", lang="de", interview=False, company=None,
      note="Job board digest; 'Interviews ab Montag' and 'schnelle Rückmeldung' are ad badges, nothing is "
           "confirmed")
def k39() -> bytes:
    body = t("""
        Hallo Lea,

        wir haben 6 neue Jobs für Ihren Suchauftrag "Systemingenieur Schienenfahrzeuge, 50 km um Kassel"
        gefunden:

        ▸ Systemingenieur/in Fahrzeugsteuerung (m/w/d) – Nordbahn Komponenten GmbH, Kassel
          ⚡ Schnelle Rückmeldung · Interviews ab Montag
        ▸ Requirements Engineer Bahntechnik – Vantaris Engineering, Göttingen (hybrid)
        ▸ Inbetriebnahmeingenieur/in Straßenbahnen – Stadtbahnwerk Hessen, Kassel
          Vorstellungsgespräch per Video möglich
        ▸ Safety Engineer EN 50126/50129 (m/w/d) – Cerulea Rail, Frankfurt am Main
        ▸ Teamleitung Systemintegration – Thüringer Weichenbau GmbH, Erfurt
        ▸ Projektingenieur/in Fahrzeugumbau – Hanseatische Waggon Service, Hannover

        Alle Jobs ansehen: https://www.bahnjobs-portal.de/suchauftrag/41882

        Tipp der Woche: So bereiten Sie sich in 30 Minuten auf Ihr nächstes Vorstellungsgespräch vor.

        Ihr Bahnjobs-Portal Team
        Suchauftrag ändern oder abbestellen: https://www.bahnjobs-portal.de/account/alerts
        """)
    headers = [
        rcv("mailer.bahnjobs-portal.de (mailer.bahnjobs-portal.de [159.69.30.77])", "2026-11-13 06:30:14", BER,
            "6Yh9Uj2Ik5Ol"),
        ("From", "Bahnjobs-Portal <suchauftrag@bahnjobs-portal.de>"),
        ("To", ME),
        ("Subject", enc("6 neue Jobs: Systemingenieur Schienenfahrzeuge – Interviews ab Montag")),
        ("Date", date("2026-11-13 06:30:11", BER)),
        ("Message-ID", "<alert.41882.20261113063011@bahnjobs-portal.de>"),
        ("List-Unsubscribe", "<https://www.bahnjobs-portal.de/account/alerts/unsubscribe?id=41882>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(simple_html(body, "Verdana,sans-serif"))))


@mail(n(40), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Mailing-list newsletter of an engineers' network with a blog post on video interviews and a "
           "regulars' meeting (Do., 12.11., 19 Uhr): no job interview")
def k40() -> bytes:
    body = t("""
        Liebe Netzwerkerinnen,

        ** Neu im Blog: Vorstellungsgespräch per Video – 7 Dinge, die wir gern früher gewusst hätten **
        Kamera auf Augenhöhe, Notizen neben den Bildschirm, und: Rückfragen zur Einarbeitung sind
        keine Schwäche. Unsere Mitglied Anja erzählt, wie sie ihr Interview bei einem Stellwerks-
        hersteller gemeistert hat – inklusive der Frage, mit der sie nicht gerechnet hatte.
        Weiterlesen: https://ingenieurinnen-hessen.de/blog/video-interview

        ** Stammtisch Nordhessen **
        Do., 12.11., 19 Uhr, Brauhaus am Ständeplatz, Kassel. Keine Anmeldung nötig.

        ** Mentoring-Programm 2027 **
        Bewerbungsschluss für Mentees ist der 30. November.

        Herzliche Grüße
        Euer Orga-Team

        --
        Ingenieurinnen-Netzwerk Hessen e.V. – Rundbrief
        Abmelden: https://lists.ingenieurinnen-hessen.de/mailman/listinfo/rundbrief
        """)
    headers = [
        rcv("lists.ingenieurinnen-hessen.de (lists.ingenieurinnen-hessen.de [185.26.156.41])",
            "2026-11-05 20:15:42", BER, "4Ik7Ol0Pa3Sd"),
        ("From", "Ingenieurinnen-Netzwerk Hessen <rundbrief@ingenieurinnen-hessen.de>"),
        ("To", "rundbrief@lists.ingenieurinnen-hessen.de"),
        ("Subject", enc("[Rundbrief] Video-Interviews, Stammtisch & Mentoring 2027")),
        ("Date", date("2026-11-05 20:15:39", BER)),
        ("Message-ID", "<177824.rundbrief.2026-11@lists.ingenieurinnen-hessen.de>"),
        ("List-Id", "Rundbrief Ingenieurinnen-Netzwerk Hessen <rundbrief.lists.ingenieurinnen-hessen.de>"),
        ("List-Unsubscribe", "<https://lists.ingenieurinnen-hessen.de/mailman/options/rundbrief>"),
        ("Precedence", "list"),
        ("Sender", "rundbrief-bounces@lists.ingenieurinnen-hessen.de"),
    ]
    return message(headers, text(body, cte="8bit"))


@mail(n(41), family="scheduling_link", lang="de", interview=False, company="Eichsfeld Bahnsysteme GmbH",
      days=(("Mon", "2026-11-30"), ("Tue", "2026-12-01"), ("Wed", "2026-12-02")),
      note="Recruitee self-scheduling request listing open slots; no slot chosen, nothing confirmed")
def k41() -> bytes:
    body = t("""
        Guten Tag Frau Schröder,

        vielen Dank für Ihr Interesse an der Position Systemingenieur/in Zugfunk & Diagnose in Göttingen.
        Wir würden Sie gern in einem ersten Video-Interview (45 Minuten) kennenlernen.

        Bitte wählen Sie über den folgenden Link einen passenden Termin aus. Aktuell sind unter
        anderem diese Zeiten frei:

          Mo., 30.11., 10:00 Uhr
          Di., 1.12., 14:00 Uhr
          Mi., 2.12., 8:30 Uhr

        Termin auswählen: https://eichsfeld-bahnsysteme.recruitee.com/o/systemingenieur-zugfunk/schedule/3f9a

        Nach Ihrer Auswahl erhalten Sie automatisch eine Bestätigung mit Kalendereintrag.

        Freundliche Grüße
        Annika Rieger
        Eichsfeld Bahnsysteme GmbH
        """)
    headers = [
        rcv("mail.recruitee.com (mail.recruitee.com [18.184.110.7])", "2026-11-25 09:40:11", BER, "8Ol1Pa4Sd7Fg"),
        ("From", "Eichsfeld Bahnsysteme GmbH <no-reply@recruitee.com>"),
        ("Reply-To", "eichsfeld-bahnsysteme+c-88120@mail.recruitee.com"),
        ("To", LEA),
        ("Subject", enc("Bitte wählen Sie einen Termin für Ihr Video-Interview")),
        ("Date", date("2026-11-25 09:40:08", BER)),
        ("Message-ID", "<recruitee.88120.2f1c7e04@mail.recruitee.com>"),
    ]
    return message(headers, alt(text(body), html(simple_html(body, "Helvetica,Arial,sans-serif"))))


@mail(n(42), family="recruiter_outreach", lang="de", interview=False, company="Kestner & Partner Personalberatung",
      note="Headhunter cold outreach asking for a short call 'nächste Woche', no fixed time")
def k42() -> bytes:
    body = t("""
        Guten Tag Frau Schröder,

        ich bin über Ihr Profil auf einen Vortrag zur Bremssteuerung bei der Fachtagung in Dresden
        aufmerksam geworden. Im Auftrag eines namhaften Herstellers von Regionaltriebzügen besetze
        ich derzeit die Position „Lead Systems Engineer Fahrzeugsteuerung" (Raum Kassel/Göttingen,
        Vollzeit, unbefristet).

        Hätten Sie nächste Woche Zeit für ein vertrauliches Telefonat von 15–20 Minuten? Nennen Sie
        mir gern zwei, drei Zeitfenster, die Ihnen passen – ich richte mich nach Ihnen.

        Beste Grüße
        Dr. Henning Kestner
        Kestner & Partner Personalberatung
        Wilhelmshöher Allee 253 · 34131 Kassel
        +49 561 810 44-0
        """)
    headers = [
        rcv("mail.kestner-partner.de (mail.kestner-partner.de [85.13.144.9])", "2026-10-14 08:12:55", BER,
            "1Pa4Sd7Fg0Hj"),
        ("From", "Dr. Henning Kestner <h.kestner@kestner-partner.de>"),
        ("To", LEA),
        ("Subject", enc("Vertrauliche Anfrage – Lead Systems Engineer Fahrzeugsteuerung")),
        ("Date", date("2026-10-14 08:12:52", BER)),
        ("Message-ID", "<000a01dc3dd2$8a1e5f30$9e5b1b90$@kestner-partner.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(43), family="recruiter_followup", lang="de", interview=False, company="Vantaris Engineering GmbH",
      note="Recruiter reports a hiring freeze and will 'touch base' again in mid-January: no fixed time")
def k43() -> bytes:
    body = t("""
        Hallo Lea,

        kurzes Update von meiner Seite, weil ich dich nicht hängen lassen möchte: Wir haben intern bis
        Jahresende einen Einstellungsstopp für die Requirements-Stellen bekommen. Dein Profil finden
        wir nach wie vor richtig spannend.

        Ich melde mich Mitte Januar wieder bei dir – dann sollte das Budget für 2027 stehen und wir
        können direkt einen Termin mit dem Fachbereich ausmachen.

        Schöne Adventszeit schon mal!
        Paula

        Paula Grüning
        Talent Acquisition | Vantaris Engineering GmbH
        Göttingen
        """)
    headers = [
        rcv("mail-pj1-f50.google.com (mail-pj1-f50.google.com [209.85.216.50])", "2026-11-27 11:03:17", BER,
            "4Sd7Fg0Hj3Kl"),
        ("From", addr("Paula Grüning", "paula.gruening@vantaris-engineering.de")),
        ("To", LEA),
        ("Subject", enc("Kurzes Update zur Requirements-Engineer-Stelle")),
        ("Date", date("2026-11-27 11:03:14", BER)),
        ("Message-ID", "<CAPq9wE1d7Mx+Hn3@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(44), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Bank confirms a mortgage advice call (Freitag, 4. Dezember 2026, 16:00 Uhr) with an ICS: a "
           "fixed-time appointment, not an interview")
def k44() -> bytes:
    body = t("""
        Sehr geehrte Frau Schröder,

        vielen Dank für Ihre Terminanfrage. Gern bestätigen wir Ihnen Ihr Beratungsgespräch zur
        Baufinanzierung (Finanzierungsbestätigung für Ihre Kaufabsicht in Göttingen):

        Freitag, 4. Dezember 2026, 16:00 – 17:00 Uhr
        telefonisch – Ihr Berater Herr Lukas Mertens ruft Sie unter der hinterlegten Nummer an.

        Damit wir Ihnen eine belastbare Finanzierungszusage geben können, laden Sie bitte vorab die
        letzten drei Gehaltsabrechnungen und eine Eigenkapitalaufstellung im Online-Banking-Postfach
        hoch.

        Mit freundlichen Grüßen
        Ihre Fulda-Eder Bank eG
        Immobilienfinanzierung
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fulda-Eder Bank eG//Terminvereinbarung//DE
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:fe-bank-termin-5581203@fulda-eder-bank.de
DTSTAMP:20261127T084410Z
DTSTART;TZID=Europe/Berlin:20261204T160000
DTEND;TZID=Europe/Berlin:20261204T170000
SUMMARY:Beratungsgespräch Baufinanzierung (telefonisch)
ORGANIZER;CN=Lukas Mertens:mailto:lukas.mertens@fulda-eder-bank.de
ATTENDEE;CN=Lea Schröder;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("mx.fulda-eder-bank.de (mx.fulda-eder-bank.de [194.25.180.66])", "2026-11-27 09:44:13", BER,
            "7Fg0Hj3Kl6Zx"),
        ("From", "Fulda-Eder Bank eG <termine@fulda-eder-bank.de>"),
        ("To", LEA),
        ("Subject", enc("Terminbestätigung: Ihr Beratungsgespräch Baufinanzierung am 04.12.2026")),
        ("Date", date("2026-11-27 09:44:10", BER)),
        ("Message-ID", "<termin.5581203.20261127094410@fulda-eder-bank.de>"),
    ]
    return message(headers, mixed(alt(text(body), html(simple_html(body))),
                                  calendar(ics, cte="base64", filename="Beratungstermin.ics",
                                           disposition="attachment")))


@mail(n(45), family="medical_cancelled", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Dental practice booking platform cancels an appointment (Di., 22.09.2026, 08:15 Uhr) with a "
           "METHOD:CANCEL ICS: a cancellation, but not of an interview")
def k45() -> bytes:
    body = t("""
        Guten Tag Frau Schröder,

        leider muss die Zahnarztpraxis Dr. Aylin Yıldız Ihren folgenden Termin absagen:

        Di., 22.09.2026, 08:15 Uhr – Kontrolluntersuchung und professionelle Zahnreinigung
        Grund: Die Praxis bleibt an diesem Tag wegen einer Fortbildung geschlossen.

        Sie können über den folgenden Link direkt einen neuen Termin buchen:
        https://www.praxistermin24.de/zahnarzt/kassel/dr-aylin-yildiz

        Ihr Praxistermin24-Team
        im Auftrag der Zahnarztpraxis Dr. Aylin Yıldız, Friedrich-Ebert-Straße 98, 34119 Kassel
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Praxistermin24//Terminbuchung//DE
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:pt24-77120931@praxistermin24.de
DTSTAMP:20260917T154502Z
DTSTART;TZID=Europe/Berlin:20260922T081500
DTEND;TZID=Europe/Berlin:20260922T090000
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Zahnarzt Dr. Yildiz - Kontrolle + PZR
LOCATION:Friedrich-Ebert-Straße 98\\, 34119 Kassel
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("out3.praxistermin24.de (out3.praxistermin24.de [46.4.88.190])", "2026-09-17 17:45:06", BER,
            "0Hj3Kl6Zx9Cv"),
        ("From", "Praxistermin24 <noreply@praxistermin24.de>"),
        ("To", LEA),
        ("Subject", enc("Terminabsage: Zahnarztpraxis Dr. Aylin Yıldız, Di. 22.09. 08:15")),
        ("Date", date("2026-09-17 17:45:02", BER)),
        ("Message-ID", "<pt24.cancel.77120931@praxistermin24.de>"),
    ]
    return message(headers, mixed(html(simple_html(body), cte="base64"),
                                  calendar(ics, method="CANCEL", cte="base64", filename="absage.ics",
                                           disposition="attachment")))


@mail(n(46), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Property manager confirms a flat viewing in Göttingen (Samstag, 21.11., 11:30 Uhr): fixed time, "
           "not an interview (even though the landlord speaks of a 'kurzes Kennenlernen')")
def k46() -> bytes:
    body = t("""
        Hallo Frau Schröder,

        danke für Ihre Anfrage über das Immobilienportal. Gern bestätige ich Ihnen den
        Besichtigungstermin für die 3-Zimmer-Wohnung in der Weender Landstraße 62 (2. OG, 78 m²):

        Samstag, 21.11., 11:30 Uhr - Treffpunkt vor dem Hauseingang.

        Die Eigentümerin ist ebenfalls da und möchte die Interessenten gern bei einem kurzen
        Kennenlernen sehen. Bitte bringen Sie, wenn möglich, eine Selbstauskunft und die letzten drei
        Gehaltsnachweise mit.

        Mit freundlichen Grüßen
        Thomas Albers
        Hausverwaltung Albers & Söhne, Göttingen
        Tel. 0551 4871 22
        """)
    headers = [
        rcv("smtp.albers-hausverwaltung.de (smtp.albers-hausverwaltung.de [178.254.10.33])", "2026-11-16 18:20:44",
            BER, "3Kl6Zx9Cv2Bn"),
        ("From", "Thomas Albers <t.albers@albers-hausverwaltung.de>"),
        ("To", LEA),
        ("Subject", enc("Besichtigung Weender Landstraße 62 – Samstag 11:30")),
        ("Date", date("2026-11-16 18:20:41", BER)),
        ("Message-ID", "<2f8e0b71-9c3a-4d16-b5e4-70a1c9d3f2e8@albers-hausverwaltung.de>"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(47), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Exchange invite to the team Christmas party at Lea's current employer (Fr., 11.12., 17:00-22:00), "
           "sent to her work address and forwarded: a fixed-time event, not an interview")
def k47() -> bytes:
    body = t("""
        Wann: Freitag, 11. Dezember 2026 17:00-22:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Gaststätte Lohmann, Königstor 8, Kassel

        *~*~*~*~*~*~*~*~*~*

        Hallo Team Fahrzeugsysteme,

        es ist wieder so weit: Unsere Weihnachtsfeier findet am 11.12. ab 17 Uhr bei Lohmann statt.
        Wichtelgeschenke bitte bis 10 EUR, Essen geht aufs Haus, Getränke bis 21 Uhr auch.

        Bitte sagt über die Einladung zu oder ab, damit ich die Plätze bestätigen kann.

        Viele Grüße
        Frank

        Frank Wagner | Teamleiter Fahrzeugsysteme
        Habichtswald Railtech GmbH
        """)
    ics = exchange_ics(
        method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000009F7A1B2C47BDC01000000000000000010000000"
        "41C9E7", stamp="20261123T081502Z", tzid="W. Europe Standard Time", start="20261211T170000",
        end="20261211T220000", summary="Weihnachtsfeier Team Fahrzeugsysteme",
        organizer=("Wagner\\, Frank", "frank.wagner@example.com"),
        attendees=[("Schröder\\, Lea", "lea.schroeder@example.com"), ("Team Fahrzeugsysteme", "tfs@example.com")],
        location="Gaststätte Lohmann\\, Königstor 8\\, Kassel", busy="BUSY")
    headers = [
        ("Delivered-To", ME),
        rcv("mail.example.com (mail.example.com [192.0.2.80])", "2026-11-23 09:15:10", BER, "6Zx9Cv2Bn5Mq"),
        ("From", addr("Wagner, Frank", "frank.wagner@example.com")),
        ("To", "Team Fahrzeugsysteme <tfs@example.com>"),
        ("Subject", "Weihnachtsfeier Team Fahrzeugsysteme"),
        ("Date", date("2026-11-23 09:15:06", BER)),
        ("Message-ID", "<HE1PR03MB27180C3D9A1F4B6E2D7E08A4C1F9@HE1PR03MB2718.eurprd03.prod.outlook.com>"),
        ("X-MS-Has-Attach", "no"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, alt(text(body), html(simple_html(body, "Calibri,sans-serif")),
                                calendar(ics, cte="base64")))


@mail(n(48), family="auto_reply", lang="de", interview=False, company="Weserland Bahnservice GmbH",
      days=(("Mon", "2026-10-12"),),
      note="Out-of-office auto-reply to Lea's question about the rescheduled interview; it quotes no time and "
           "confirms nothing (Auto-Submitted: auto-replied); the alternate address is a shared mailbox")
def k48() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Sonntag, 11.10., nicht im Büro und ab Montag, 12.10., wieder
        erreichbar. Ihre E-Mail wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an personal@weserland-bahnservice.de oder
        telefonisch an 0511 2166-100.

        Mit freundlichen Grüßen
        Holger Timm
        Weserland Bahnservice GmbH
        """)
    headers = [
        rcv("mx01.weserland-bahnservice.de (mx01.weserland-bahnservice.de [91.198.70.12])", "2026-10-10 10:03:31",
            BER, "9Cv2Bn5Mq8Wr"),
        ("From", addr("Holger Timm", "holger.timm@weserland-bahnservice.de")),
        ("To", LEA),
        ("Subject", enc("Automatische Antwort: Rückfrage zu unserem Gespräch am Mittwoch")),
        ("Date", date("2026-10-10 10:03:28", BER)),
        ("Message-ID", "<000b01dc3a8e$4f1d2a60$ed577f20$@weserland-bahnservice.de>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAGk3x8Y5tR2+Kq8@mail.example.org>"),
    ]
    return message(headers, text(body, charset="windows-1252"))


@mail(n(49), family="webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Zoom webinar registration ('Souverän ins Vorstellungsgespräch', Di., 24. November 2026, 18:30) with "
           "an ICS: a confirmed time, but a webinar about interviews")
def k49() -> bytes:
    body = t("""
        Hallo Lea Schröder,

        vielen Dank für Ihre Registrierung für „Souverän ins Vorstellungsgespräch – Gehalt verhandeln
        als Ingenieurin".

        Datum und Uhrzeit: 24.11.2026 18:30 Amsterdam, Berlin, Rom, Stockholm, Wien

        Über Ihren PC, Mac, iPad oder Android-Gerät teilnehmen:
        https://us06web.zoom.us/w/88120447301?tk=Xq1b7v

        Kenncode: 482910

        Zum Kalender hinzufügen: siehe Anhang

        Sie können Ihre Registrierung jederzeit stornieren.

        Karriereforum Bahntechnik
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261112T174020Z
DTSTART:20261124T173000Z
DTEND:20261124T190000Z
SUMMARY:Souverän ins Vorstellungsgespräch – Gehalt verhandeln als Ingenieurin
UID:20261112T174020Z-88120447301@fe80:0:0:0:1c3:8fff:fe12:9a2b%ens5
TZID:Europe/Berlin
DESCRIPTION:Webinar des Karriereforums Bahntechnik.
LOCATION:https://us06web.zoom.us/w/88120447301?tk=Xq1b7v
END:VEVENT
END:VCALENDAR"""
    headers = [
        rcv("zoom-mail-out-07.zoom.us (zoom-mail-out-07.zoom.us [170.114.52.77])", "2026-11-12 18:40:23", BER,
            "2Bn5Mq8Wr1Et"),
        ("From", "Karriereforum Bahntechnik <no-reply@zoom.us>"),
        ("Reply-To", "Karriereforum Bahntechnik <webinare@karriereforum-bahntechnik.de>"),
        ("To", LEA),
        ("Subject", enc("Bestätigung: Souverän ins Vorstellungsgespräch – Gehalt verhandeln als Ingenieurin")),
        ("Date", date("2026-11-12 18:40:20", BER)),
        ("Message-ID", "<zoom.webinar.88120447301.reg.4f1a9c@zoom.us>"),
    ]
    return message(headers, mixed(alt(text(body), html(simple_html(body, "Lato,Helvetica,sans-serif"))),
                                  calendar(ics, method=None, cte="base64", filename="webinar.ics",
                                           disposition="attachment")))


@mail(n(50), family="language_school", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Language school confirms a placement interview ('Einstufungsgespräch') for a Norwegian course "
           "(Montag, 7. Dezember, 18:00 Uhr): a fixed-time 'Gespräch', but a course placement, not a job interview")
def k50() -> bytes:
    body = t("""
        Hej Lea,

        schön, dass du Norwegisch lernen möchtest! Damit wir dich in den richtigen Kurs einstufen
        können, haben wir dir ein kurzes Einstufungsgespräch eingetragen:

        Montag, 7. Dezember, 18:00 Uhr, ca. 15 Minuten, telefonisch mit unserer Dozentin Sigrid.

        Wenn du schon Vorkenntnisse hast, mach vorher gern unseren Online-Test:
        https://lingua-nordhessen.de/einstufung/norwegisch

        Der Abendkurs A2 startet am 12. Januar (montags, 18:30–20:00 Uhr, online).

        Ha det bra!
        Team Sprachschule Lingua Nordhessen
        Friedrichsplatz 9, 34117 Kassel
        """)
    headers = [
        rcv("mail.lingua-nordhessen.de (mail.lingua-nordhessen.de [81.169.230.5])", "2026-12-02 12:31:47", BER,
            "5Mq8Wr1Et4Yu"),
        ("From", "Sprachschule Lingua Nordhessen <kurse@lingua-nordhessen.de>"),
        ("To", LEA),
        ("Subject", enc("Dein Einstufungsgespräch Norwegisch")),
        ("Date", date("2026-12-02 12:31:44", BER)),
        ("Message-ID", "<lingua.7731.20261202123144@lingua-nordhessen.de>"),
    ]
    return message(headers, alt(text(body),
                                html(simple_html(body))))
