"""blind225: 50 hand-written mails from the inbox of Lukas Hofer, a ropeway and lift
control-systems engineer in Innsbruck (Europe/Vienna), September to mid-December 2026.

Built and checked by ``python3 bench/heldout/make_blind.py blind225``. Keys 1-23 are the
positives, 24-50 the negatives; file numbers are a fixed shuffle of the writing order (ORDER).
Written blind: without reading the detector, its tests, or any other held-out set's mails.
"""

from __future__ import annotations

import base64
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind225"
ORDER = random.Random(2250225).sample(range(1, 51), 50)
ME = "lukas.hofer@example.org"
ME_H = addr("Lukas Hofer", ME)
MX = "mx01.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def pos(key: int, *, kind: str, local: str, zone: str, local_end: str | None = None, **kw):
    """Register a positive: start/end computed from the local time as written in the mail."""
    day = local.split(" ", 1)[1]
    end = utc(local_end, zone) if local_end else None
    return mail(n(key), interview=True, kind=kind, start=utc(day, zone), end=end, local=local,
                local_end=local_end, zone=zone, **kw)


def neg(key: int, **kw):
    return mail(n(key), interview=False, **kw)


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host}", when, zone, f"{MX} {ident}", ME, lag)


def vtz_eu(tzid: str) -> str:
    """A Google/Apple style VTIMEZONE block for a Central European zone under another TZID."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", tzid)


# =========================================================================== positives


@pos(1, kind="scheduled", local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00",
     zone="Europe/Vienna", family="personio", lang="de", company="Seilwerk Stubai GmbH",
     contact="sabine.raich@seilwerk-stubai.at",
     note="Personio interview invitation, 'Donnerstag, 17.09.2026, 10:00 - 11:00 Uhr' in Fulpmes "
          "(Europe/Vienna, CEST +02:00) -> 08:00Z-09:00Z; contact = human Reply-To (sender is a "
          "Personio no-reply)")
def personio_seilwerk() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        vielen Dank für Ihre Bewerbung als Inbetriebnahmetechniker:in Seilbahnsteuerung (m/w/d)
        und Ihr Interesse an der Seilwerk Stubai GmbH.

        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen:

        Datum:    Donnerstag, 17.09.2026
        Uhrzeit:  10:00 - 11:00 Uhr
        Ort:      Seilwerk Stubai GmbH, Gewerbezone 12, 6166 Fulpmes
                  (Besucherparkplätze direkt vor dem Haupteingang)
        Gesprächspartner: Sabine Raich (HR), DI Thomas Gleirscher (Leitung Elektrotechnik)

        Bitte bringen Sie einen Lichtbildausweis mit, wir machen im Anschluss eine kurze
        Werksführung durch die Montagehalle (festes Schuhwerk empfohlen).

        Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Sabine Raich
        Human Resources
        Seilwerk Stubai GmbH | Gewerbezone 12 | 6166 Fulpmes | Österreich
        T +43 5225 61 930-214

        Diese Nachricht wurde über Personio versendet.
        """)
    html_body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2937">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Sehr geehrter Herr Hofer,</p>
        <p>vielen Dank f&uuml;r Ihre Bewerbung als Inbetriebnahmetechniker:in Seilbahnsteuerung (m/w/d)
        und Ihr Interesse an der Seilwerk Stubai GmbH.</p>
        <p>Wir freuen uns, Sie zu einem pers&ouml;nlichen Gespr&auml;ch einzuladen:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum:</b></td><td>Donnerstag, 17.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Seilwerk Stubai GmbH, Gewerbezone 12, 6166 Fulpmes<br>
        (Besucherparkpl&auml;tze direkt vor dem Haupteingang)</td></tr>
        <tr><td><b>Gespr&auml;chspartner:</b></td><td>Sabine Raich (HR), DI Thomas Gleirscher
        (Leitung Elektrotechnik)</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit, wir machen im Anschluss eine kurze
        Werksf&uuml;hrung durch die Montagehalle (festes Schuhwerk empfohlen).</p>
        <p>Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Gr&uuml;&szlig;en</p>
        <p>Sabine Raich<br>Human Resources<br>Seilwerk Stubai GmbH | Gewerbezone 12 | 6166 Fulpmes
        | &Ouml;sterreich<br>T +43 5225 61 930-214</p>
        <p style="color:#9ca3af;font-size:11px">Diese Nachricht wurde &uuml;ber Personio versendet.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mail-eu1.personio.de (mail-eu1.personio.de [195.201.44.18])",
                         "2026-09-08 08:52:04", "Europe/Vienna", "4Qm7Lk1Zb3z9rT")),
        ("From", addr("Seilwerk Stubai GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Sabine Raich", "sabine.raich@seilwerk-stubai.at")),
        ("To", ME_H),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Inbetriebnahmetechniker:in Seilbahnsteuerung")),
        ("Date", date("2026-09-08 08:52:01", "Europe/Vienna")),
        ("Message-ID", "<0102019b2f7c41d8-6e1a0f5c-93b4-4d8e-a7f1-2c4b9d0e11aa-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Template", "interview_invitation"),
    ], alt(text(body), html(html_body)))


ZURICH = vtz_eu("Europe/Zurich")


@pos(2, kind="scheduled", local="Wed 2026-09-23 14:00", local_end="2026-09-23 15:00",
     zone="Europe/Zurich", family="greenhouse", lang="en", company="Limmat Ropeway Engineering AG",
     contact="nadine.wyss@limmat-ropeway.ch",
     note="Greenhouse confirmation, 'Wednesday, September 23rd, 2026 2:00 PM - 3:00 PM CEST' in "
          "Zurich (CEST +02:00) -> 12:00Z-13:00Z, ICS agrees; no Reply-To, contact = human ICS "
          "ORGANIZER (recruiter)")
def greenhouse_limmat() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for making time to speak with us! Your interview for Controls Engineer -
        Detachable Systems (Zurich / hybrid) is confirmed. Details below.

        When: Wednesday, September 23rd, 2026 2:00 PM - 3:00 PM CEST
        Where: Limmat Ropeway Engineering AG, Hagenholzstrasse 88, 8050 Zurich-Oerlikon
               (reception on the 3rd floor; ask for Nadine)

        Schedule
        2:00 PM - 2:30 PM   Nadine Wyss, Talent Acquisition
        2:30 PM - 3:00 PM   Patrick Amstutz, Head of Control Systems

        If you're travelling in from Innsbruck, the Railjet gets into Zurich HB at 12:20 and
        the S-Bahn to Oerlikon takes 6 minutes. We'll reimburse your 2nd-class ticket.

        A calendar invitation is attached. If anything changes, just let Nadine know.

        Best,
        The Limmat Ropeway Recruiting Team
        """)
    html_body = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Lukas,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Controls Engineer -
        Detachable Systems (Zurich / hybrid)</b> is confirmed. Details below.</p>
        <p><b>When:</b> Wednesday, September 23rd, 2026 2:00 PM - 3:00 PM CEST<br>
        <b>Where:</b> Limmat Ropeway Engineering AG, Hagenholzstrasse 88, 8050 Zurich-Oerlikon
        (reception on the 3rd floor; ask for Nadine)</p>
        <p><b>Schedule</b><br>
        2:00 PM - 2:30 PM &nbsp; Nadine Wyss, Talent Acquisition<br>
        2:30 PM - 3:00 PM &nbsp; Patrick Amstutz, Head of Control Systems</p>
        <p>If you're travelling in from Innsbruck, the Railjet gets into Zurich HB at 12:20 and
        the S-Bahn to Oerlikon takes 6 minutes. We'll reimburse your 2nd-class ticket.</p>
        <p>A calendar invitation is attached. If anything changes, just let Nadine know.</p>
        <p>Best,<br>The Limmat Ropeway Recruiting Team</p>
        <img src="https://u1298403.ct.sendgrid.net/wf/open?upn=k2Xa9" width="1" height="1" alt="">
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{ZURICH}
BEGIN:VEVENT
UID:gh-interview-8812734-3390012@greenhouse.io
DTSTAMP:20260915T144107Z
DTSTART;TZID=Europe/Zurich:20260923T140000
DTEND;TZID=Europe/Zurich:20260923T150000
SUMMARY:Interview: Lukas Hofer / Limmat Ropeway Engineering
LOCATION:Hagenholzstrasse 88\\, 8050 Zurich-Oerlikon
DESCRIPTION:Onsite interview for Controls Engineer - Detachable Systems.
ORGANIZER;CN=Nadine Wyss:mailto:nadine.wyss@limmat-ropeway.ch
ATTENDEE;CN=Lukas Hofer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.hofer@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o1.ptr8214.greenhouse.io (o1.ptr8214.greenhouse.io [167.89.71.3])",
                         "2026-09-15 14:41:09", "UTC", "4Qs2Vd0Hn8z1kM")),
        ("From", addr("Limmat Ropeway Engineering", "no-reply@greenhouse.io")),
        ("To", ME),
        ("Subject", "Interview Confirmation: Controls Engineer - Detachable Systems"),
        ("Date", date("2026-09-15 14:41:07", "UTC")),
        ("Message-ID", "<Qx3kP0aLT9y2mWcV8eRf1g@geopod-ismtpd-5>"),
        ("X-SG-EID", "u7Zr2bQJ0x1nAq3lQm9y"),
    ], mixed(alt(text(body), html(html_body)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


W_EUROPE = VTZ["W. Europe Standard Time"]

TEAMS_DE = """
________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {bid}
Kennung: {pw}
Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


@pos(3, kind="scheduled", local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30",
     zone="Europe/Berlin", family="exchange", lang="de", company="Isartal Fördertechnik GmbH",
     contact="korbinian.huber@isartal-foerdertechnik.de",
     note="Exchange meeting request (Teams) from a Bavarian hiring manager, sent Tue 20 Oct in CEST "
          "for Mon 26 Oct 09:30-10:30, the day after Europe's fall-back, so CET +01:00 -> "
          "08:30Z-09:30Z; ICS TZID 'W. Europe Standard Time' agrees; contact = organizer/sender")
def exchange_isartal() -> bytes:
    body = t("""
        Servus Herr Hofer,

        wie heut am Telefon ausgmacht, schick ich Ihnen hiermit die Einladung fürs erste
        Gespräch: Montag, 26.10., von 9:30 bis 10:30 Uhr per Teams.

        Mit dabei sind außer mir noch der Kollege Sedlmeier aus der Inbetriebnahme und Frau
        Zankl von der Personalabteilung. Wir wollen v.a. über Ihre Projekte mit den
        Sicherheitssteuerungen (SIL 3) reden, Unterlagen brauchen S' keine vorbereiten.

        Kleiner Hinweis: am Wochenende davor wird d'Uhr zurückgestellt – aber 9:30 bei uns in
        Garching is ja eh 9:30 bei Ihnen in Innsbruck.

        Pfiat Ihnen und bis Montag
        Korbinian Huber

        Korbinian Huber
        Teamleiter Steuerungstechnik
        Isartal Fördertechnik GmbH
        Lichtenbergstraße 21 · 85748 Garching b. München
        Tel. +49 89 3218 440-27
        korbinian.huber@isartal-foerdertechnik.de
        Sitz der Gesellschaft: Garching, AG München HRB 214877
        """) + TEAMS_DE.format(mid="NjQ3ZTFlYjItMzk1Ny00YmI2LWE3NDYtNDJhY2Q4Yjk5NTFm",
                               bid="372 118 904 551", pw="Xq7Fp2")
    html_body = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Servus Herr Hofer,<o:p></o:p></p>
        <p class="MsoNormal">wie heut am Telefon ausgmacht, schick ich Ihnen hiermit die Einladung f&uuml;rs erste
        Gespr&auml;ch: Montag, 26.10., von 9:30 bis 10:30 Uhr per Teams.<o:p></o:p></p>
        <p class="MsoNormal">Mit dabei sind au&szlig;er mir noch der Kollege Sedlmeier aus der Inbetriebnahme und Frau
        Zankl von der Personalabteilung. Wir wollen v.a. &uuml;ber Ihre Projekte mit den
        Sicherheitssteuerungen (SIL 3) reden, Unterlagen brauchen S' keine vorbereiten.<o:p></o:p></p>
        <p class="MsoNormal">Kleiner Hinweis: am Wochenende davor wird d'Uhr zur&uuml;ckgestellt &ndash; aber 9:30 bei uns in
        Garching is ja eh 9:30 bei Ihnen in Innsbruck.<o:p></o:p></p>
        <p class="MsoNormal">Pfiat Ihnen und bis Montag<br>Korbinian Huber<o:p></o:p></p>
        <p class="MsoNormal" style="font-size:9pt;color:#595959">Korbinian Huber<br>Teamleiter Steuerungstechnik<br>
        Isartal F&ouml;rdertechnik GmbH<br>Lichtenbergstra&szlig;e 21 &middot; 85748 Garching b. M&uuml;nchen<br>
        Tel. +49 89 3218 440-27<o:p></o:p></p>
        <div style="margin-top:12px">________________________________________________________________________________<br>
        <span style="font-size:18pt;color:#252424">Microsoft Teams-Besprechung</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3ZTFlYjItMzk1Ny00YmI2LWE3NDYtNDJhY2Q4Yjk5NTFm%40thread.v2/0">Klicken Sie hier, um an der Besprechung teilzunehmen</a><br>
        Besprechungs-ID: 372 118 904 551<br>Kennung: Xq7Fp2<br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Huber, Korbinian":mailto:korbinian.huber@isartal-foerdertechnik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.hofer@example.org:mailto:lukas.hofer@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sedlmeier, Andreas":mailto:andreas.sedlmeier@isartal-foerdertechnik.de
DESCRIPTION;LANGUAGE=de-DE:Servus Herr Hofer\\,\\n\\nwie heut am Telefon ausgmacht\\, schick ich Ihnen hiermit die Einladung fürs erste Gespräch.\\n
UID:040000008200E00074C5B7101A82E0080000000070D3A1B25C60DD010000000000000000100000004F2C1D0A9E8B5F4DA1E27C3B6D5F8A21
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hofer / Isartal – Steuerungstechnik Seilbahn
DTSTART;TZID=W. Europe Standard Time:20261026T093000
DTEND;TZID=W. Europe Standard Time:20261026T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T120514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1190283340
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2110.outbound.protection.outlook.com [40.107.104.110])",
                         "2026-10-20 14:05:14", "Europe/Berlin", "4Rb8Wq3Kx2z6pN")),
        ("From", addr("Huber, Korbinian", "korbinian.huber@isartal-foerdertechnik.de")),
        ("To", ME),
        ("Subject", enc("Vorstellungsgespräch Hofer / Isartal – Steuerungstechnik Seilbahn")),
        ("Thread-Topic", enc("Vorstellungsgespräch Hofer / Isartal – Steuerungstechnik Seilbahn")),
        ("Thread-Index", "AdxgRk2bC8yT5QpVRm2Z8nKx0y1D9w=="),
        ("Date", date("2026-10-20 14:05:11", "Europe/Berlin")),
        ("Message-ID", "<AM9PR03MB7314C2E1A0D46F2B9E8C1A55D1B42@AM9PR03MB7314.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ], alt(text(body), html(html_body), calendar(ics, cte="base64")))


@pos(4, kind="scheduled", local="Fri 2026-10-02 09:45", zone="Europe/Rome", family="human_prose",
     lang="de", company="Eisack Controls GmbH", contact="m.oberrauch@eisack-controls.it",
     note="South Tyrolean HR confirms by mail after a phone call: 'Freitag, 2. Oktober, um "
          "dreiviertel zehn' (= 09:45) in Bozen (Europe/Rome, CEST +02:00) -> 07:45Z; the quoted "
          "thread proposes Tuesday 29.9. 10:00, which this mail replaces; 'etwa eineinhalb "
          "Stunden' is approximate so no end; text only, ISO-8859-15, 8bit")
def prose_eisack() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        wie soeben telefonisch besprochen, bestätige ich Ihnen hiermit den neuen Termin für
        Ihr Vorstellungsgespräch:

            Freitag, 2. Oktober, um dreiviertel zehn
            Eisack Controls GmbH, Lanciastraße 14, 39100 Bozen (Industriezone Bozen Süd)

        Am Dienstag ist Herr Pichler leider doch auf einer Baustelle in Sterzing, deshalb die
        Verschiebung - danke für Ihre Flexibilität! Am Gespräch nehmen Ing. Georg Pichler
        (technischer Leiter) und ich teil, rechnen Sie mit etwa eineinhalb Stunden inkl.
        Rundgang durch die Prüffeldhalle.

        Bitte melden Sie sich an der Portineria im Erdgeschoss. Parkplätze gibt es hinter dem
        Gebäude (Einfahrt Lanciastraße), die Reisekosten ab Innsbruck (ca. 30 €) erstatten wir
        Ihnen gern.

        Freundliche Grüße / Cordiali saluti

        Martina Oberrauch
        Personalabteilung - Ufficio personale
        Eisack Controls GmbH - S.r.l.
        Lanciastraße 14 via Lancia - 39100 Bozen/Bolzano
        Tel. +39 0471 538 210
        MwSt.-Nr./P.IVA IT 02987650215


        -----Ursprüngliche Nachricht-----
        Von: Lukas Hofer <lukas.hofer@example.org>
        Gesendet: Mittwoch, 23. September 2026 19:02
        An: Martina Oberrauch <m.oberrauch@eisack-controls.it>
        Betreff: AW: Ihre Bewerbung als Automatisierungstechniker / candidatura tecnico automazione

        Sehr geehrte Frau Oberrauch,

        vielen Dank für die Einladung! Dienstag, 29.9. um 10 Uhr würde mir gut passen.

        Beste Grüße
        Lukas Hofer
        """)
    return message([
        ("Received", rcv("mx.eisack-controls.it (mx.eisack-controls.it [151.22.178.40])",
                         "2026-09-25 11:38:40", "Europe/Rome", "4Qw1Fb6Sd7z3nP", lag=6)),
        ("From", addr("Martina Oberrauch", "m.oberrauch@eisack-controls.it")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "AW: Ihre Bewerbung als Automatisierungstechniker / candidatura tecnico automazione"),
        ("Date", date("2026-09-25 11:38:34", "Europe/Rome")),
        ("Message-ID", "<000b01dcee4c$8a3f1c20$9ebd5460$@eisack-controls.it>"),
        ("In-Reply-To", "<CAH7kq2Fz1xM9rTq3pL0cV@mail.example.org>"),
        ("References", "<5b1d0a3e-77c2-4f4e-9a51-0fd3c5b2e7a1@eisack-controls.it> <CAH7kq2Fz1xM9rTq3pL0cV@mail.example.org>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de-it"),
    ], text(body, charset="iso-8859-15", cte="8bit"))


ZOOM_BLOCK = """Join Zoom Meeting
https://summitline.zoom.us/j/86420931175?pwd=cUt4bW1RZkN5a0dLQ2hNWVJvZz09

Meeting ID: 864 2093 1175
Passcode: 412907

One tap mobile
+43120925365,,86420931175#,,,,*412907# Austria
+41315280988,,86420931175#,,,,*412907# Switzerland
"""


@pos(5, kind="scheduled", local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45",
     zone="America/New_York", family="lever", lang="en", company="Summitline Software",
     contact="dana.whitfield@summitline.io",
     note="Lever confirmation with Zoom details: 'Thursday, October 29, 2026, 10:00 AM - 10:45 AM "
          "EDT'; in the week between Europe's fall-back (25 Oct) and the US one (1 Nov) New York is "
          "still EDT -04:00 -> 14:00Z-14:45Z, which is 15:00 CET in Innsbruck as the recruiter "
          "writes (a 5-hour gap, not 6); contact = Reply-To recruiter")
def lever_summitline() -> bytes:
    body = t("""
        Hi Lukas,

        You're confirmed for a video interview with Summitline Software for the Senior
        Controls Software Engineer (Remote, EU) role.

        Interview: Technical deep dive - PLC & SCADA
        Date: Thursday, October 29, 2026
        Time: 10:00 AM - 10:45 AM EDT (America/New_York)
        Interviewers: Dana Whitfield (Recruiter), Marcus Oyelaran (Staff Engineer)

        """) + ZOOM_BLOCK + t("""

        A quick note from me, since the clocks are a bit weird that week: Europe has already
        switched back to standard time but we haven't yet, so 10:00 AM for us is 3:00 PM for
        you in Innsbruck (not 4 PM).

        Looking forward to it,
        Dana

        --
        Dana Whitfield | Technical Recruiter | Summitline Software
        Reply to this email to reach Dana directly.

        Sent via Lever
        """)
    html_body = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n\n")
    ).replace("\n", "<br>") + "</body></html>\n"
    return message([
        ("Received", rcv("mail-a9.hire.lever.co (mail-a9.hire.lever.co [52.36.190.14])",
                         "2026-10-26 14:22:51", "UTC", "4Rh3Yp7Lm0z2cQ")),
        ("From", addr("Summitline Software", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@summitline.io")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "Your interview with Summitline Software is confirmed"),
        ("Date", date("2026-10-26 14:22:48", "UTC")),
        ("Message-ID", "<6a1f0e2b-3c47-4d9e-b8f5-1e2a7c90d3b4@hire.lever.co>"),
    ], alt(text(body, cte="base64"), html(html_body, cte="base64")))


@pos(6, kind="scheduled", local="Wed 2026-11-18 08:00", local_end="2026-11-18 09:00",
     zone="Pacific/Auckland", family="google_calendar", lang="en",
     company="Wakatipu Ropeway Controls Ltd", contact="hemi.walker@wakatipu-ropeway.co.nz",
     note="Google Calendar invitation from Queenstown: 'Wednesday 18 Nov 2026 08:00 - 09:00 (New "
          "Zealand Daylight Time)', NZDT +13:00 -> Tue 17 Nov 19:00Z-20:00Z (the local date is the "
          "next day after the UTC one; the description says 8pm Tuesday in Innsbruck = 19:00Z); "
          "the Date is 10:03 NZDT on the 12th = 11 Nov in UTC; ICS in UTC; contact = organizer")
def gcal_wakatipu() -> bytes:
    body = t("""
        Hemi Walker has invited you to attend an event.

        Interview: Lukas Hofer - Senior Controls Engineer (Gondola Projects)
        Wednesday 18 Nov 2026 ⋅ 08:00 – 09:00 (New Zealand Daylight Time)

        Joining info
        Join with Google Meet
        meet.google.com/xqa-hrtm-pzd

        Join by phone
        (NZ) +64 9 887 3190 PIN: 508 331 244#

        Description
        Kia ora Lukas - as discussed, first-round chat with me and Aroha (our Head of
        Engineering). 8am Wednesday here is 8pm on Tuesday for you in Innsbruck, hope that's
        still OK after a day at work!

        Guests
        Hemi Walker - organiser
        Aroha Ngata
        lukas.hofer@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWs4cTFhMnp2

        Reply for lukas.hofer@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWs4cTFhMnp2&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWs4cTFhMnp2&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWs4cTFhMnp2&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.
        """)
    html_body = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Hemi Walker has invited you to attend an event.</p>
        <h2 style="font-weight:400">Interview: Lukas Hofer - Senior Controls Engineer (Gondola Projects)</h2>
        <p><span>Wednesday 18 Nov 2026 &#8901; 08:00 &ndash; 09:00 (New Zealand Daylight Time)</span></p>
        <p><b>Joining info</b><br><a href="https://meet.google.com/xqa-hrtm-pzd">Join with Google Meet</a><br>
        meet.google.com/xqa-hrtm-pzd</p>
        <p><b>Description</b><br>Kia ora Lukas - as discussed, first-round chat with me and Aroha (our Head of
        Engineering). 8am Wednesday here is 8pm on Tuesday for you in Innsbruck, hope that's
        still OK after a day at work!</p>
        <p><b>Guests</b><br>Hemi Walker - organiser<br>Aroha Ngata<br>lukas.hofer@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261117T190000Z
DTEND:20261117T200000Z
DTSTAMP:20261111T210318Z
ORGANIZER;CN=Hemi Walker:mailto:hemi.walker@wakatipu-ropeway.co.nz
UID:5k8q1a2zv7t3c0m9r4e6p2b1ls@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hemi Walker;X-NUM-GUESTS=0:mailto:hemi.walker@wakatipu-ropeway.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aroha Ngata;X-NUM-GUESTS=0:mailto:aroha.ngata@wakatipu-ropeway.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.hofer@example.org;X-NUM-GUESTS=0:mailto:lukas.hofer@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/xqa-hrtm-pzd
CREATED:20261111T210310Z
DESCRIPTION:Kia ora Lukas - as discussed\\, first-round chat with me and Aroha (our Head of Engineering). 8am Wednesday here is 8pm on Tuesday for you in Innsbruck\\, hope that's still OK after a day at work!
LAST-MODIFIED:20261111T210318Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Lukas Hofer - Senior Controls Engineer (Gondola Projects)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                         "2026-11-12 10:03:18", "Pacific/Auckland", "4Rt0Nd2Hw9z5vS")),
        ("From", addr("Hemi Walker", "hemi.walker@wakatipu-ropeway.co.nz")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "hemi.walker@wakatipu-ropeway.co.nz"),
        ("To", ME),
        ("Subject", enc("Invitation: Interview: Lukas Hofer - Senior Controls Engineer (Gondola "
                        "Projects) @ Wed 18 Nov 2026 08:00 - 09:00 (NZDT) (lukas.hofer@example.org)")),
        ("Date", date("2026-11-12 10:03:18", "Pacific/Auckland")),
        ("Message-ID", "<calendar-3f0b7e21-9c4d-4a6e-8d12-7b5e0c1f9a33@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(html_body, cte="quoted-printable"),
                 calendar(ics, cte="7bit")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(7, kind="scheduled", local="Tue 2026-11-10 09:30", local_end="2026-11-10 11:00",
     zone="Europe/Zurich", family="workday", lang="en", company="Sihltal Transport Systems AG",
     contact="corinne.baumann@sihltal-ts.ch",
     note="Workday interview notification, HTML only: '10.11.2026', '09:30 - 11:00 (Central "
          "European Time)', Zurich in November is CET +01:00 -> 08:30Z-10:00Z; sender is the "
          "Workday tenant mailbox, contact = the coordinator's address in the body")
def workday_sihltal() -> bytes:
    html_body = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f6f7;font-family:Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;margin:24px 0">
        <tr><td style="background:#003a5d;color:#fff;padding:18px 24px;font-size:18px">Sihltal Transport Systems</td></tr>
        <tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.5">
        <p>Dear Lukas Hofer,</p>
        <p>Thank you for your interest in the position <b>Automation Engineer Ropeway Controls (R-10482)</b>.
        We are pleased to confirm the following interview:</p>
        <table cellpadding="6" style="border:1px solid #dde1e4;border-collapse:collapse;font-size:14px">
        <tr><td style="background:#f0f3f5">Interview Type</td><td>On-site, 2nd round</td></tr>
        <tr><td style="background:#f0f3f5">Date</td><td>10.11.2026</td></tr>
        <tr><td style="background:#f0f3f5">Time</td><td>09:30 - 11:00 (Central European Time)</td></tr>
        <tr><td style="background:#f0f3f5">Location</td><td>Sihltal Transport Systems AG, Allmendstrasse 140, 8041 Z&uuml;rich, Building B</td></tr>
        <tr><td style="background:#f0f3f5">Interviewers</td><td>Reto Keller, Urs Brunner, Corinne Baumann</td></tr>
        </table>
        <p>Please bring a valid ID and report to the visitor desk 10 minutes before your interview.</p>
        <p>If you have any questions, please contact Corinne Baumann, HR Business Partner,
        at <a href="mailto:corinne.baumann@sihltal-ts.ch">corinne.baumann@sihltal-ts.ch</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Sihltal Transport Systems AG</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">This email was sent from an unmonitored
        mailbox. Powered by Workday.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [216.218.243.12])",
                         "2026-11-02 08:15:33", "Europe/Zurich", "4Rm2Gh8Pq5z7sK")),
        ("From", addr("Sihltal Transport Systems", "sihltal@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Automation Engineer Ropeway Controls (R-10482)"),
        ("Date", date("2026-11-02 08:15:30", "Europe/Zurich")),
        ("Message-ID", "<1402187391.88213.1793603730442@wd5-prod-ebs.myworkday.com>"),
        ("X-Workday-Tenant", "sihltal"),
        ("Auto-Submitted", "auto-generated"),
    ], html(html_body, cte="quoted-printable"))


VIENNA = vtz_eu("Europe/Vienna")


@pos(8, kind="scheduled", local="Thu 2026-12-03 14:00", zone="Europe/Vienna",
     family="smartrecruiters", lang="de", company="Salzach Antriebstechnik GmbH",
     contact="elke.gruber@salzach-antrieb.at",
     note="SmartRecruiters invitation: 'Do., 3.12., 14:00 Uhr' in Salzburg (Europe/Vienna, CET "
          "+01:00) -> 13:00Z; 'Dauer ca. 1 Stunde' is approximate so no end (the ICS has a DTEND "
          "but the label follows the text); contact = human Reply-To")
def smartrecruiters_salzach() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        vielen Dank für Ihre Bewerbung als Projektingenieur Antriebs- und Steuerungstechnik
        (m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem
        Vorstellungsgespräch ein:

        Termin: Do., 3.12., 14:00 Uhr (Dauer ca. 1 Stunde)
        Ort: Salzach Antriebstechnik GmbH, Kasernenstraße 7, 5101 Bergheim bei Salzburg
        Gesprächspartner: Elke Gruber (Recruiting), Ing. Wolfgang Ebner (Leiter Projektierung)

        Den Termin finden Sie auch als Kalendereintrag im Anhang. Bei Rückfragen antworten Sie
        bitte direkt auf diese Nachricht.

        Wir freuen uns auf das Gespräch!

        Freundliche Grüße
        Elke Gruber
        Salzach Antriebstechnik GmbH

        ---
        Gesendet über SmartRecruiters · Datenschutz: https://jobs.smartrecruiters.com/privacy
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
UID:sr-int-4f1c9a70-2e55-41d8-b1a9-83b0c6e2d417
DTSTAMP:20261125T094702Z
DTSTART;TZID=Europe/Vienna:20261203T140000
DTEND;TZID=Europe/Vienna:20261203T150000
SUMMARY:Vorstellungsgespräch Salzach Antriebstechnik GmbH
LOCATION:Kasernenstraße 7\\, 5101 Bergheim bei Salzburg
ORGANIZER;CN=Elke Gruber:mailto:elke.gruber@salzach-antrieb.at
ATTENDEE;CN=Lukas Hofer;RSVP=TRUE:mailto:lukas.hofer@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mta-out-3.smartrecruiters.com (mta-out-3.smartrecruiters.com [34.246.80.17])",
                         "2026-11-25 10:47:05", "Europe/Vienna", "4Sb6Tk1Vr3z8wD")),
        ("From", addr("Salzach Antriebstechnik GmbH", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Elke Gruber", "elke.gruber@salzach-antrieb.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch: Projektingenieur Antriebs- und Steuerungstechnik (m/w/d)")),
        ("Date", date("2026-11-25 10:47:02", "Europe/Vienna")),
        ("Message-ID", "<sr.7d2c94e1b0a84f27.1795599422@smartrecruiters.com>"),
    ], mixed(text(body, cte="quoted-printable"),
             calendar(ics, cte="base64", filename="Vorstellungsgespraech.ics", disposition="attachment")))


@pos(9, kind="scheduled", local="Mon 2026-09-14 16:00", local_end="2026-09-14 16:45",
     zone="Europe/Vienna", family="teamtailor", lang="de", company="Liftlog GmbH",
     contact="hannah.pichler@liftlog.at",
     note="Teamtailor interview booking, du-form: 'Montag, 14. September, 16:00-16:45' in "
          "Innsbruck (CEST +02:00) -> 14:00Z-14:45Z; sender and Reply-To are Teamtailor/role "
          "addresses (jobs@), contact = the recruiter's own address in the signature")
def teamtailor_liftlog() -> bytes:
    body = t("""
        Hallo Lukas,

        super, dass es klappt! Hier nochmal alles zu unserem Kennenlernen:

        🗓  Montag, 14. September, 16:00–16:45
        📍  Liftlog GmbH, Grabenweg 68 (3. Stock), 6020 Innsbruck – oder per Video, wenn dir
            das lieber ist, sag einfach kurz Bescheid
        👋  Mit dabei: Florian (CTO) und ich

        Wir erzählen dir, woran wir gerade bauen (Condition Monitoring für Aufzüge und
        Schlepplifte), und du erzählst uns ein bisschen von deinen Projekten. Kein Whiteboard,
        kein Stress. 😉

        Bis Montag!
        Hannah

        Hannah Pichler
        People & Culture · Liftlog GmbH
        hannah.pichler@liftlog.at · +43 660 418 2290

        Du hast diese Nachricht erhalten, weil du dich bei Liftlog beworben hast.
        Deine Daten verwalten: https://liftlog.teamtailor.com/connect/privacy
        """)
    html_body = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#222">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hallo Lukas,</p>
        <p>super, dass es klappt! Hier nochmal alles zu unserem Kennenlernen:</p>
        <p>🗓&nbsp; <b>Montag, 14. September, 16:00–16:45</b><br>
        📍&nbsp; Liftlog GmbH, Grabenweg 68 (3. Stock), 6020 Innsbruck – oder per Video, wenn dir
        das lieber ist, sag einfach kurz Bescheid<br>
        👋&nbsp; Mit dabei: Florian (CTO) und ich</p>
        <p>Wir erzählen dir, woran wir gerade bauen (Condition Monitoring für Aufzüge und
        Schlepplifte), und du erzählst uns ein bisschen von deinen Projekten. Kein Whiteboard,
        kein Stress. 😉</p>
        <p>Bis Montag!<br>Hannah</p>
        <p style="color:#666;font-size:13px">Hannah Pichler<br>People &amp; Culture · Liftlog GmbH<br>
        hannah.pichler@liftlog.at · +43 660 418 2290</p>
        <p style="color:#999;font-size:11px">Du hast diese Nachricht erhalten, weil du dich bei Liftlog beworben hast.
        <a href="https://liftlog.teamtailor.com/connect/privacy">Deine Daten verwalten</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [54.74.201.96])",
                         "2026-09-09 17:31:22", "Europe/Vienna", "4Qn5Cz9Jd1z2xR")),
        ("From", addr("Hannah von Liftlog", "noreply@teamtailor-mail.com")),
        ("Reply-To", addr("Liftlog Jobs", "jobs@liftlog.at")),
        ("To", ME),
        ("Subject", enc("Unser Kennenlernen am Montag 🙌")),
        ("Date", date("2026-09-09 17:31:19", "Europe/Vienna")),
        ("Message-ID", "<e1f3b2a0-6d8c-4c1e-9a7b-5e2f0d41c8b7@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://liftlog.teamtailor.com/connect/unsubscribe/lh8823>"),
    ], alt(text(body), html(html_body)))


@pos(10, kind="scheduled", local="Mon 2026-12-07 10:30", local_end="2026-12-07 11:00",
     zone="Europe/Vienna", family="calendly", lang="en", company="Tarnside Robotics Ltd",
     contact="ruth.ellison@tarnside.co.uk",
     note="Calendly invitee confirmation shown in the invitee's zone: '10:30 - 11:00, Monday, "
          "December 7, 2026', Central European Time (CET +01:00) -> 09:30Z-10:00Z; ICS agrees in "
          "UTC; sender is notifications@calendly.com, contact = human Reply-To (the host)")
def calendly_tarnside() -> bytes:
    body = t("""
        Hi Lukas Hofer,

        Your Technical Screen - Controls (30 min) with Ruth Ellison at 10:30 - 11:00 (Central
        European Time), on Monday, December 7, 2026 is scheduled.

        Event Type:
        Technical Screen - Controls (30 min)

        Invitee:
        Lukas Hofer

        Invitee Email:
        lukas.hofer@example.org

        Event Date/Time:
        10:30 - 11:00 (Central European Time), Monday, December 7, 2026

        Location:
        This is a Microsoft Teams web conference.
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0YjUxNmQtOGJhZC00%40thread.v2/0

        Description:
        Remote-first team (Kendal, UK). Please have a recent safety-PLC project in mind that
        you'd be happy to walk us through.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9c2e41f0-7b3d-4e8a-a1c5-2f6d8b0e7a14
        Reschedule: https://calendly.com/reschedulings/9c2e41f0-7b3d-4e8a-a1c5-2f6d8b0e7a14

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261201T161204Z
DTSTART:20261207T093000Z
DTEND:20261207T100000Z
SUMMARY:Technical Screen - Controls (30 min) between Ruth Ellison and Lukas Hofer
UID:9c2e41f0-7b3d-4e8a-a1c5-2f6d8b0e7a14@calendly.com
ORGANIZER;CN=Ruth Ellison:mailto:ruth.ellison@tarnside.co.uk
ATTENDEE;CN=Lukas Hofer;ROLE=REQ-PARTICIPANT:mailto:lukas.hofer@example.org
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o7.email.calendly.com (o7.email.calendly.com [167.89.101.44])",
                         "2026-12-01 16:12:07", "UTC", "4Sg1Bx4Hm7z6kF")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Ruth Ellison", "ruth.ellison@tarnside.co.uk")),
        ("To", ME),
        ("Subject", "Confirmed: Technical Screen - Controls (30 min) with Ruth Ellison on Monday, December 7, 2026"),
        ("Date", date("2026-12-01 16:12:04", "UTC")),
        ("Message-ID", "<SRe1tQbYQ2uN8Zy5KXb0dA@geopod-ismtpd-13>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@pos(11, kind="scheduled", local="Mon 2026-09-21 13:00", local_end="2026-09-21 13:45",
     zone="Europe/Zurich", family="ms_bookings", lang="de", company="Engadin Mobility AG",
     contact=None,
     note="Microsoft Bookings confirmation (Swiss German, no ß): 'Montag, 21. September 2026 "
          "13:00 - 13:45' with the zone label '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
          "Stockholm, Wien' that shows the standard offset although Chur is on CEST +02:00 in "
          "September -> 11:00Z-11:45Z, the ICS (W. Europe Standard Time) agrees; sender is the "
          "Bookings mailbox and the staff member is named without an address -> contact null")
def bookings_engadin() -> bytes:
    body = t("""
        Grüezi Lukas Hofer

        Ihre Buchung wurde bestätigt.

        Bewerbungsgespräch Automatiker/in Bahntechnik (Video)
        Montag, 21. September 2026 13:00 - 13:45
        (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Mitarbeitende: Reto Caflisch
        Ort: Online-Besprechung (Microsoft Teams)

        An der Besprechung teilnehmen:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ4ZjE2NzAtZDVhOS00%40thread.v2/0

        Wir freuen uns auf das Gespräch. Bitte halten Sie Ihr Diplom und Ihre Arbeitszeugnisse
        bereit.

        Termin ändern oder stornieren:
        https://outlook.office365.com/owa/calendar/BewerbungEngadinMobility@engadin-mobility.ch/bookings/

        Engadin Mobility AG
        Ringstrasse 34, 7000 Chur
        +41 81 257 40 00
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Bewerbung Engadin Mobility:mailto:BewerbungEngadinMobility@engadin-mobility.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Hofer:mailto:lukas.hofer@example.org
SUMMARY;LANGUAGE=de-CH:Bewerbungsgespräch Automatiker/in Bahntechnik (Video)
DTSTART;TZID=W. Europe Standard Time:20260921T130000
DTEND;TZID=W. Europe Standard Time:20260921T134500
UID:040000008200E00074C5B7101A82E00800000000A1F7D2C6E44ADD01000000000000000010000000B3E71F4C2D9A0E4C8B5F61D27A3C9E05
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260916T082011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Online-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("CH2PR01MB5911.prod.exchangelabs.com (mail-zr0che01on2090.outbound.protection.outlook.com [40.107.24.90])",
                         "2026-09-16 10:20:14", "Europe/Zurich", "4Qr9Hm2Tb6z4dL")),
        ("From", addr("Bewerbung Engadin Mobility", "BewerbungEngadinMobility@engadin-mobility.ch")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Gebuchter Termin mit Bewerbung Engadin Mobility: Bewerbungsgespräch Automatiker/in Bahntechnik (Video)")),
        ("Date", date("2026-09-16 10:20:11", "Europe/Zurich")),
        ("Message-ID", "<ZR0P278MB0418A21D6C3F7E5B9A04D8C2E17F0@ZR0P278MB0418.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "true"),
    ], mixed(alt(text(body), html(gmail_html(body))), calendar(ics, cte="base64", filename="invite.ics",
                                                              disposition="attachment")))


@pos(12, kind="scheduled", local="Thu 2026-10-08 14:00", zone="Europe/Vienna",
     family="human_prose", lang="de", company="Karwendel Seiltechnik GmbH",
     contact="stefan.wechselberger@karwendel-seiltechnik.at",
     note="Phone-written du reply in Tyrolean register, sent Wed 30 Sep: 'Donnerstag in einer "
          "Woche um 14:00' = Thu 8 Oct (not tomorrow, the 1st; the quote offers the 8th or 9th), "
          "Hall in Tirol, CEST +02:00 -> 12:00Z; the attached iPhone event is all-day (VALUE=DATE "
          "20261008), the time is only in the text; contact = sender")
def prose_karwendel() -> bytes:
    body = t("""
        Servus Lukas,

        passt, dann machen ma Donnerstag in einer Woche um 14:00 bei uns in Hall. Hab dir den
        Tag eingetragen, die Uhrzeit hat mein Handy wieder verschluckt 🙄 also 14 Uhr!

        Einfach bei der Werkstatt klingeln (Gebäude hinten links), i hol di ab. Der Sepp vom
        Service is a dabei, der will dir unbedingt unsere neue Prüfstandsteuerung zeigen.

        LG Stefan

        Von meinem iPhone gesendet

        > Am 30.09.2026 um 17:12 schrieb Lukas Hofer <lukas.hofer@example.org>:
        >
        > Hallo Stefan,
        >
        > danke nochmal für den Anruf vorhin! Ich könnte am 8. oder 9. Oktober, jeweils ab
        > Mittag.
        >
        > Lg Lukas
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7E3A1C42-9B0D-4F6E-8A25-D1C3E7F90B64
DTSTAMP:20260930T164612Z
DTSTART;VALUE=DATE:20261008
DTEND;VALUE=DATE:20261009
SUMMARY:Gespräch Lukas Hofer
LOCATION:Karwendel Seiltechnik\\, Hall in Tirol
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("smtp.karwendel-seiltechnik.at (smtp.karwendel-seiltechnik.at [91.114.30.201])",
                         "2026-09-30 18:47:29", "Europe/Vienna", "4Qz3Kc7Fn1z9mW")),
        ("From", addr("Stefan Wechselberger", "stefan.wechselberger@karwendel-seiltechnik.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Re: Gespräch Karwendel Seiltechnik")),
        ("Date", date("2026-09-30 18:47:22", "Europe/Vienna")),
        ("Message-ID", "<B7E2D9C1-41F8-4A3D-9E6C-2A0F5B8D71E3@karwendel-seiltechnik.at>"),
        ("In-Reply-To", "<CAL9xw3Qm7Td2vKp@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22G86)"),
    ], mixed(text(body, params="format=flowed"),
             calendar(ics, method=None, cte="base64", filename="Gespraech Lukas Hofer.ics",
                      disposition="attachment", name_param=True)))


@pos(13, kind="scheduled", local="Fri 2026-10-16 09:00", zone="Europe/Vienna", family="join",
     lang="de", company="Untersberg Elektrotechnik GmbH", contact="k.aigner@untersberg-et.at",
     note="The candidate forwards a JOIN confirmation from his other address to himself "
          "(message/rfc822): 'Freitag, 16. Oktober 2026, 09:00 Uhr (MESZ)', Salzburg CEST "
          "+02:00 -> 07:00Z; outer sender is the candidate, contact = the forwarded message's "
          "human Reply-To")
def join_forward_untersberg() -> bytes:
    inner_body = t("""
        Hallo Lukas,

        Ihr Interview für die Stelle "Elektrotechniker:in Seilbahn-Modernisierung" bei der
        Untersberg Elektrotechnik GmbH ist bestätigt.

        Termin:  Freitag, 16. Oktober 2026, 09:00 Uhr (MESZ)
        Art:     Video-Call (Google Meet) - der Link kommt am Vortag
        Mit:     Katrin Aigner (Personal), Ing. Markus Rieder (Projektleitung)

        Sie haben Fragen? Antworten Sie auf diese E-Mail, Ihre Nachricht geht direkt an
        Katrin Aigner.

        Viel Erfolg!
        Ihr JOIN-Team im Auftrag von Untersberg Elektrotechnik GmbH

        JOIN Solutions AG · Zürich · join.com
        """)
    inner = message([
        ("From", addr("Untersberg Elektrotechnik GmbH via JOIN", "noreply@join.com")),
        ("Reply-To", addr("Katrin Aigner", "k.aigner@untersberg-et.at")),
        ("To", addr("Lukas Hofer", "lukas.hofer@example.net")),
        ("Subject", enc("Ihr Interview bei Untersberg Elektrotechnik GmbH ist bestätigt")),
        ("Date", date("2026-10-09 13:26:40", "Europe/Vienna")),
        ("Message-ID", "<01070192f1c0a3e2-5b8d1f47-0c6a-4e93-b2d7-8a41e6f05c19-000000@eu-west-1.amazonses.com>"),
    ], alt(text(inner_body), html(gmail_html(inner_body))))
    outer = t("""
        zur Sicherheit auch an die Hauptadresse - Termin Untersberg steht, Fr 9:00!

        Gesendet von Outlook für Android
        """)
    return message([
        ("Received", rcv("mout.example.net (mout.example.net [212.227.17.22])",
                         "2026-10-11 21:14:09", "Europe/Vienna", "4RF7Dn3Lw8z2bT")),
        ("From", addr("Lukas Hofer", "lukas.hofer@example.net")),
        ("To", ME),
        ("Subject", enc("WG: Ihr Interview bei Untersberg Elektrotechnik GmbH ist bestätigt")),
        ("Date", date("2026-10-11 21:14:05", "Europe/Vienna")),
        ("Message-ID", "<AS8P190MB1172E0C2D4F9B8A6A1D7F3E2B6C40@AS8P190MB1172.EURP190.PROD.OUTLOOK.COM>"),
    ], mixed(text(outer), attached_message(inner, "Ihr Interview bei Untersberg.eml")))


@pos(14, kind="scheduled", local="Tue 2026-11-17 08:30", local_end="2026-11-17 09:30",
     zone="Europe/Vienna", family="recruitee", lang="de", company="Inntaler Aufzugsbau GmbH",
     contact="birgit.schoepf@inntaler-aufzug.at",
     note="Recruitee invitation sent from a per-candidate relay (From and Reply-To are "
          "recruitee relay addresses, not human mailboxes): 'Dienstag, 17. November 2026 um 08:30 "
          "Uhr', 'Dauer: 60 Minuten', Rum bei Innsbruck, CET +01:00 -> 07:30Z-08:30Z; contact = "
          "the recruiter's address in the signature; RFC 2047 display name")
def recruitee_inntaler() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        herzlichen Dank für Ihre Bewerbung als Servicetechniker Aufzugssteuerungen (m/w/d).
        Ihr Profil hat uns überzeugt, und wir laden Sie gern zu einem Vorstellungsgespräch ein:

        Dienstag, 17. November 2026 um 08:30 Uhr
        Dauer: 60 Minuten
        Inntaler Aufzugsbau GmbH, Serlesstraße 3, 6063 Rum (Eingang Verwaltung, 1. OG)

        Sie sprechen mit Herrn Dietmar Kapferer (Serviceleitung) und mir. Wenn Sie möchten,
        können Sie gern Ihre Zertifikate (z.B. Schaltberechtigung) mitbringen.

        Mit freundlichen Grüßen

        Birgit Schöpf
        Personalentwicklung
        Inntaler Aufzugsbau GmbH
        birgit.schoepf@inntaler-aufzug.at | +43 512 26 44 90-12
        """)
    html_body = "<div style=\"font-family:Arial;font-size:14px\">" + "".join(
        "<p>" + para.replace("\n", "<br>") + "</p>" for para in body.strip().split("\n\n")
    ) + "<p style=\"color:#aaa;font-size:11px\">Powered by Recruitee</p></div>\n"
    return message([
        ("Received", rcv("mail.recruitee.com (mail.recruitee.com [18.196.52.140])",
                         "2026-11-09 13:05:48", "Europe/Vienna", "4Rp6Wm0Xj2z5gH")),
        ("From", addr("Birgit Schöpf (Inntaler Aufzugsbau)",
                      "c-8f21d0a4.inntaler-aufzugsbau@inbox.recruitee.com")),
        ("Reply-To", "c-8f21d0a4.inntaler-aufzugsbau@inbox.recruitee.com"),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Servicetechniker Aufzugssteuerungen (m/w/d)")),
        ("Date", date("2026-11-09 13:05:45", "Europe/Vienna")),
        ("Message-ID", "<recruitee.mail.3318842.b7e0c5d1@recruitee.com>"),
    ], alt(text(body, cte="8bit"), html(html_body, cte="base64")))


@pos(15, kind="scheduled", local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00",
     zone="America/Chicago", family="icims", lang="en",
     company="Crestline Vertical Transportation Inc.", contact="megan.kowalski@crestlinevt.com",
     note="iCIMS interview confirmation, HTML only in windows-1252: 'Tuesday, December 8, 2026, "
          "9:00 AM - 10:00 AM Central Time (CST)', Chicago CST -06:00 -> 15:00Z-16:00Z (the mail "
          "also says 4:00 PM CET in Innsbruck); contact = recruiter address in the body")
def icims_crestline() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Dear Lukas,</p>
        <p>Thank you for your continued interest in Crestline Vertical Transportation. We are pleased to
        confirm your virtual panel interview for the position of <b>Controls Engineer – Modernization
        (EMEA)</b>, Job ID 2026-18422.</p>
        <p><b>Date:</b> Tuesday, December 8, 2026<br>
        <b>Time:</b> 9:00 AM – 10:00 AM Central Time (CST)<br>
        <i>(4:00 PM – 5:00 PM Central European Time)</i><br>
        <b>Format:</b> Microsoft Teams (link to follow from the hiring team)<br>
        <b>Panel:</b> James Okafor (Director, Controls Engineering), Liesl Brandner (EMEA Field
        Operations, Munich), Megan Kowalski (Talent Acquisition)</p>
        <p>Should you need to reschedule, please contact Megan Kowalski at
        <a href="mailto:megan.kowalski@crestlinevt.com">megan.kowalski@crestlinevt.com</a> at least
        24 hours in advance.</p>
        <p>We look forward to speaking with you.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Crestline Vertical Transportation Inc.<br>
        200 W Madison St, Chicago, IL 60606</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not
        monitored. Crestline Vertical Transportation is an Equal Opportunity Employer.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mta4.icims.com (mta4.icims.com [64.14.216.54])",
                         "2026-12-02 09:40:17", "America/Chicago", "4Sj2Dq5Nv0z3hB")),
        ("From", addr("Crestline Vertical Transportation", "crestline@talent.icims.com")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "Interview Confirmation - Controls Engineer - Modernization (EMEA) - Job ID 2026-18422"),
        ("Date", date("2026-12-02 09:40:14", "America/Chicago")),
        ("Message-ID", "<1764690014221.52817.crestline@talent.icims.com>"),
        ("X-Mailer", "iCIMS Notification Service"),
    ], html(html_body, charset="windows-1252", cte="quoted-printable"))


@pos(16, kind="scheduled", local="Thu 2026-10-22 15:00", local_end="2026-10-22 15:45",
     zone="Europe/London", family="ashby", lang="en", company="Kestrel Controls Ltd",
     contact="priya.raman@kestrelcontrols.co.uk",
     note="Ashby confirmation: 'Thursday, October 22, 2026, 3:00 PM - 3:45 PM BST' (4:00 PM CEST "
          "for Innsbruck), still British Summer Time before 25 Oct, +01:00 -> 14:00Z-14:45Z; ICS in "
          "UTC agrees; contact = Reply-To / ORGANIZER recruiter")
def ashby_kestrel() -> bytes:
    body = t("""
        Hi Lukas,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 22, 2026, 3:00 PM – 3:45 PM BST
        (that's 4:00 PM – 4:45 PM CEST in Innsbruck)
        Google Meet: https://meet.google.com/kfd-wpqz-ubn

        You'll meet with:
          Tom Halloran — Principal Engineer, Safety Systems
          Priya Raman — Talent Partner

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Kestrel Controls Recruiting
        """)
    html_body = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lukas,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p>Thursday, October 22, 2026, 3:00 PM – 3:45 PM BST<br>
        (that&#x27;s 4:00 PM – 4:45 PM CEST in Innsbruck)<br>
        Google Meet: <a href="https://meet.google.com/kfd-wpqz-ubn">https://meet.google.com/kfd-wpqz-ubn</a></p>
        <p>You&#x27;ll meet with:<br>
          Tom Halloran — Principal Engineer, Safety Systems<br>
          Priya Raman — Talent Partner</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Kestrel Controls Recruiting</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:0c7d9e21-4a5b-4f3c-8e61-b2d90a7f1c38
DTSTAMP:20261016T100512Z
DTSTART:20261022T140000Z
DTEND:20261022T144500Z
SEQUENCE:0
SUMMARY:Kestrel Controls – Senior Controls Engineer (Safety PLC) Interview
LOCATION:https://meet.google.com/kfd-wpqz-ubn
ORGANIZER;CN=Priya Raman:mailto:priya.raman@kestrelcontrols.co.uk
ATTENDEE;CN=Lukas Hofer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.hofer@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.ashbyhq.com (mail.ashbyhq.com [54.240.27.18])",
                         "2026-10-16 10:05:15", "UTC", "4RJ1Vb8Qk5z0cX")),
        ("From", addr("Kestrel Controls", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Raman", "priya.raman@kestrelcontrols.co.uk")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "Interview confirmed: Senior Controls Engineer (Safety PLC) at Kestrel Controls"),
        ("Date", date("2026-10-16 10:05:12", "UTC")),
        ("Message-ID", "<0100019a91b2c4e7-8d3f51a2-6b7c-4e09-a1d4-c95e27f3b810-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(html_body, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


BERLIN = VTZ["Europe/Berlin"]


@pos(17, kind="rescheduled", local="Wed 2026-10-14 11:00", local_end="2026-10-14 12:00",
     zone="Europe/Berlin", family="softgarden", lang="de", company="Ammersee Rail Systems GmbH",
     contact="veronika.maier@ammersee-rail.de",
     note="softgarden reschedule notice, old and new time in the same mail: new 'Mittwoch, "
          "14.10.2026, 11:00 - 12:00 Uhr' (old Tuesday 13.10. 09:00-10:00), Herrsching, CEST "
          "+02:00 -> 09:00Z-10:00Z; ICS SEQUENCE:1 has the new time; contact = named contact "
          "person's address in the body")
def softgarden_ammersee() -> bytes:
    body = t("""
        Grüß Gott Herr Hofer,

        leider müssen wir den vereinbarten Termin für Ihr Vorstellungsgespräch verschieben, da
        unser Abteilungsleiter kurzfristig zu einer Abnahme nach Garmisch muss. Wir bitten um
        Ihr Verständnis.

        NEUER TERMIN
        Mittwoch, 14.10.2026, 11:00 - 12:00 Uhr

        Ursprünglicher Termin (entfällt)
        Dienstag, 13.10.2026, 09:00 - 10:00 Uhr

        Ort: Ammersee Rail Systems GmbH, Seestraße 41, 82211 Herrsching am Ammersee,
        Besprechungsraum "Pilsensee"

        Ihre Ansprechpartnerin: Veronika Maier, veronika.maier@ammersee-rail.de,
        Tel. +49 8152 9940-31

        Ein aktualisierter Kalendereintrag ist beigefügt.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Ammersee Rail Systems GmbH

        Diese E-Mail wurde automatisch über softgarden versendet.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//Appointment//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:softgarden-appointment-55120873@softgarden.io
DTSTAMP:20261008T133004Z
SEQUENCE:1
DTSTART;TZID=Europe/Berlin:20261014T110000
DTEND;TZID=Europe/Berlin:20261014T120000
SUMMARY:Vorstellungsgespräch Ammersee Rail Systems GmbH
LOCATION:Seestraße 41\\, 82211 Herrsching am Ammersee
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mx-out02.softgarden.io (mx-out02.softgarden.io [85.215.44.73])",
                         "2026-10-08 15:30:07", "Europe/Berlin", "4RB2Jv6Mh9z1qZ")),
        ("From", addr("Ammersee Rail Systems GmbH", "no-reply@softgarden.io")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Terminänderung: Ihr Vorstellungsgespräch bei der Ammersee Rail Systems GmbH")),
        ("Date", date("2026-10-08 15:30:04", "Europe/Berlin")),
        ("Message-ID", "<sg.appointment.55120873.1791466204@softgarden.io>"),
    ], mixed(alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")),
             calendar(ics, cte="base64", filename="termin.ics", disposition="attachment")))


@pos(18, kind="rescheduled", local="Tue 2026-09-29 10:00", local_end="2026-09-29 11:30",
     zone="Europe/Vienna", family="google_calendar", lang="de", company="Liftlog GmbH",
     contact="florian.kranebitter@liftlog.at",
     note="Google Calendar update in German: new 'Dienstag, 29. Sept. 2026 10:00 - 11:30 "
          "(Mitteleuropäische Sommerzeit)', before 'Montag, 28. Sept. 15:00 - 16:30', Innsbruck "
          "CEST +02:00 -> 08:00Z-09:30Z; ICS (UTC, SEQUENCE:1) agrees; contact = organizer (CTO); "
          "same company as the first interview in the Teamtailor mail")
def gcal_update_liftlog() -> bytes:
    body = t("""
        Diese Veranstaltung wurde geändert

        Zweitgespräch Liftlog – Lukas Hofer
        Geändert:
        Dienstag, 29. Sept. 2026 ⋅ 10:00 – 11:30 (Mitteleuropäische Sommerzeit)
        Vorher: Montag, 28. Sept. 2026 ⋅ 15:00 – 16:30 (Mitteleuropäische Sommerzeit)

        Ort
        Liftlog GmbH, Grabenweg 68, 6020 Innsbruck, Österreich
        https://www.google.com/maps/search/Grabenweg+68,+6020+Innsbruck

        Beschreibung
        Servus Lukas, sorry für die Verschiebung – Montag Nachmittag hab ich einen
        Kundentermin in Ischgl bekommen. Wir machen den Architektur-Teil am Whiteboard, Hannah
        ist auch dabei. Lg Florian

        Gäste
        Florian Kranebitter - Organisator
        Hannah Pichler
        lukas.hofer@example.org

        Alle Gastinformationen ansehen https://calendar.google.com/calendar/event?action=VIEW&eid=M2p0cjh1Nmsx

        Antworten für lukas.hofer@example.org
        Ja https://calendar.google.com/calendar/event?action=RESPOND&eid=M2p0cjh1Nmsx&rst=1
        Nein https://calendar.google.com/calendar/event?action=RESPOND&eid=M2p0cjh1Nmsx&rst=2
        Vielleicht https://calendar.google.com/calendar/event?action=RESPOND&eid=M2p0cjh1Nmsx&rst=3

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Gast bei dieser Veranstaltung sind.
        """)
    html_body = t("""
        <html><body><div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">Diese Veranstaltung wurde geändert</p>
        <h2 style="font-weight:400">Zweitgespräch Liftlog – Lukas Hofer</h2>
        <p><span style="background:#fce8e6">Geändert:</span> Dienstag, 29. Sept. 2026 &#8901; 10:00 – 11:30
        (Mitteleuropäische Sommerzeit)<br>
        <s style="color:#70757a">Montag, 28. Sept. 2026 &#8901; 15:00 – 16:30 (Mitteleuropäische Sommerzeit)</s></p>
        <p><b>Ort</b><br>Liftlog GmbH, Grabenweg 68, 6020 Innsbruck, Österreich</p>
        <p><b>Beschreibung</b><br>Servus Lukas, sorry für die Verschiebung – Montag Nachmittag hab ich einen
        Kundentermin in Ischgl bekommen. Wir machen den Architektur-Teil am Whiteboard, Hannah
        ist auch dabei. Lg Florian</p>
        <p><b>Gäste</b><br>Florian Kranebitter - Organisator<br>Hannah Pichler<br>lukas.hofer@example.org</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260929T080000Z
DTEND:20260929T093000Z
DTSTAMP:20260923T061412Z
ORGANIZER;CN=Florian Kranebitter:mailto:florian.kranebitter@liftlog.at
UID:3jtr8u6k1o2c5v9e7q0b4m2nhd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Florian Kranebitter;X-NUM-GUESTS=0:mailto:florian.kranebitter@liftlog.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Pichler;X-NUM-GUESTS=0:mailto:hannah.pichler@liftlog.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.hofer@example.org;X-NUM-GUESTS=0:mailto:lukas.hofer@example.org
CREATED:20260916T120233Z
DESCRIPTION:Servus Lukas\\, sorry für die Verschiebung – Montag Nachmittag hab ich einen Kundentermin in Ischgl bekommen. Wir machen den Architektur-Teil am Whiteboard\\, Hannah ist auch dabei. Lg Florian
LAST-MODIFIED:20260923T061412Z
LOCATION:Liftlog GmbH\\, Grabenweg 68\\, 6020 Innsbruck\\, Österreich
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Liftlog – Lukas Hofer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                         "2026-09-23 08:14:12", "Europe/Vienna", "4Qv8Lr1Ck4z6fJ")),
        ("From", addr("Florian Kranebitter", "florian.kranebitter@liftlog.at")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "florian.kranebitter@liftlog.at"),
        ("To", ME),
        ("Subject", enc("Aktualisierte Einladung: Zweitgespräch Liftlog – Lukas Hofer @ Di. 29. Sept. "
                        "2026 10:00 - 11:30 (MESZ) (lukas.hofer@example.org)")),
        ("Date", date("2026-09-23 08:14:12", "Europe/Vienna")),
        ("Message-ID", "<calendar-9a2d71c4-3e8b-4f05-b6c1-0d7e5a3f2b91@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(html_body), calendar(ics, cte="base64")),
             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@pos(19, kind="rescheduled", local="Wed 2026-12-09 16:00", local_end="2026-12-09 17:00",
     zone="Europe/Vienna", family="goodtime", lang="en", company="Cableview Analytics Inc.",
     contact="jess.moreno@cableview.io",
     note="GoodTime reschedule shown in the candidate's zone: NEW 'Wednesday, December 9, 2026 "
          "4:00 PM - 5:00 PM Central European Standard Time', PREVIOUSLY Tuesday Dec 8 3:00 PM; "
          "CET +01:00 -> 15:00Z-16:00Z, ICS SEQUENCE:2 in UTC agrees; contact = Reply-To "
          "coordinator")
def goodtime_cableview() -> bytes:
    body = t("""
        Hi Lukas,

        Your interview with Cableview Analytics has been rescheduled. Please see the updated
        details below.

        NEW TIME
        Wednesday, December 9, 2026
        4:00 PM - 5:00 PM Central European Standard Time (Europe/Vienna)

        PREVIOUSLY
        Tuesday, December 8, 2026, 3:00 PM - 4:00 PM Central European Standard Time

        Role: Staff Embedded Engineer, Ropeway Telemetry (Remote - Europe)
        Interviewers: Sam Ortiz (Engineering Manager), Keiko Tanaka (Hardware Lead)
        Video: https://cableview.zoom.us/j/93310582264

        An updated calendar invite is attached. If the new time doesn't work, reply to this
        email and Jess will find another slot.

        Thank you,
        Jess Moreno
        Recruiting Coordinator, Cableview Analytics

        Scheduled with GoodTime
        """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Hi Lukas,</p>
        <p>Your interview with Cableview Analytics has been <b>rescheduled</b>. Please see the updated
        details below.</p>
        <table cellpadding="8" style="border:1px solid #e3e3e3">
        <tr><td style="color:#0a7d32"><b>NEW TIME</b><br>Wednesday, December 9, 2026<br>
        4:00 PM - 5:00 PM Central European Standard Time (Europe/Vienna)</td></tr>
        <tr><td style="color:#999"><b>PREVIOUSLY</b><br><s>Tuesday, December 8, 2026, 3:00 PM - 4:00 PM
        Central European Standard Time</s></td></tr>
        </table>
        <p>Role: Staff Embedded Engineer, Ropeway Telemetry (Remote - Europe)<br>
        Interviewers: Sam Ortiz (Engineering Manager), Keiko Tanaka (Hardware Lead)<br>
        Video: <a href="https://cableview.zoom.us/j/93310582264">https://cableview.zoom.us/j/93310582264</a></p>
        <p>An updated calendar invite is attached. If the new time doesn't work, reply to this
        email and Jess will find another slot.</p>
        <p>Thank you,<br>Jess Moreno<br>Recruiting Coordinator, Cableview Analytics</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7f3a20c9e1b54d68@goodtime.io
DTSTAMP:20261203T174012Z
SEQUENCE:2
DTSTART:20261209T150000Z
DTEND:20261209T160000Z
SUMMARY:Interview: Lukas Hofer <> Cableview Analytics
LOCATION:https://cableview.zoom.us/j/93310582264
ORGANIZER;CN=Jess Moreno:mailto:jess.moreno@cableview.io
ATTENDEE;CN=Lukas Hofer;RSVP=TRUE:mailto:lukas.hofer@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.goodtime.io (mail.goodtime.io [149.72.180.25])",
                         "2026-12-03 17:40:15", "UTC", "4Sh0Fk3Rw9z1pM")),
        ("From", addr("Cableview Analytics Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Jess Moreno", "jess.moreno@cableview.io")),
        ("To", ME),
        ("Subject", "Rescheduled: Interview with Cableview Analytics - Wed, Dec 9"),
        ("Date", date("2026-12-03 17:40:12", "UTC")),
        ("Message-ID", "<gt.notify.4c1d88e2a7f94b3e@goodtime.io>"),
    ], mixed(alt(text(body), html(html_body)),
             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@pos(20, kind="rescheduled", local="Tue 2026-10-27 13:00", zone="Europe/Berlin",
     family="human_prose", lang="de", company="Isartal Fördertechnik GmbH",
     contact="korbinian.huber@isartal-foerdertechnik.de",
     note="Bavarian hiring manager moves the Teams interview after a phone call, sent Fri 23 Oct "
          "in CEST: 'statt Montag um halb zehn ... Dienstag, 27.10., um 13 Uhr', after the "
          "fall-back so CET +01:00 -> 12:00Z; the quoted original shows the old slot with the "
          "Outlook '(UTC+01:00)' label; no length stated for the new slot -> no end; contact = "
          "sender")
def prose_isartal_move() -> bytes:
    body = t("""
        Servus Herr Hofer,

        wie grad am Telefon besprochen: mir miassn des Gespräch am Montag leider verschieben,
        weil bei uns a Abnahme am Wendelstein dazwischenkemma is. Statt Montag um halb zehn
        machen ma's jetzt am Dienstag, 27.10., um 13 Uhr – gleicher Teams-Link wie in der
        ursprünglichen Einladung, an dem ändert sich nix.

        Danke, dass des so kurzfristig geht!

        Schöne Grüße aus Garching
        Korbinian Huber

        Korbinian Huber
        Teamleiter Steuerungstechnik
        Isartal Fördertechnik GmbH
        Tel. +49 89 3218 440-27

        -----Ursprünglicher Termin-----
        Von: Huber, Korbinian
        Gesendet: Dienstag, 20. Oktober 2026 14:05
        An: lukas.hofer@example.org
        Betreff: Vorstellungsgespräch Hofer / Isartal – Steuerungstechnik Seilbahn
        Wann: Montag, 26. Oktober 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung
        """)
    return message([
        ("Received", rcv("EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2128.outbound.protection.outlook.com [40.107.21.128])",
                         "2026-10-23 11:52:40", "Europe/Berlin", "4RN5Pz2Gd8z3yC")),
        ("From", addr("Huber, Korbinian", "korbinian.huber@isartal-foerdertechnik.de")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("WG: Vorstellungsgespräch Hofer / Isartal – Steuerungstechnik Seilbahn – neuer Termin")),
        ("Date", date("2026-10-23 11:52:37", "Europe/Berlin")),
        ("Message-ID", "<AM9PR03MB73147F0E92C1D4B6A3E8D1F2B5A17@AM9PR03MB7314.eurprd03.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
        ("Thread-Index", "AdxgRk2bC8yT5QpVRm2Z8nKx0y1D9wAIh3Q1"),
    ], alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


OSLO = vtz_eu("Europe/Oslo")


@pos(21, kind="cancelled", local="Wed 2026-11-04 15:00", zone="Europe/Oslo", family="workable",
     lang="en", company="Fjordline Automation AS", contact=None,
     note="Workable cancellation, no new time (role on hold): 'Wednesday, November 4, 2026 at "
          "15:00 CET', Oslo CET +01:00 -> 14:00Z; ICS METHOD:CANCEL agrees; From and Reply-To "
          "are Workable relay addresses and the signature has no address -> contact null")
def workable_fjordline() -> bytes:
    body = t("""
        Hi Lukas,

        I'm sorry to write with bad news: we need to cancel your interview scheduled for
        Wednesday, November 4, 2026 at 15:00 CET.

        Our board decided last Friday to put the Controls Engineer (Remote) position on hold
        until Q2 2027. This has nothing to do with your application, which we liked a lot. If
        the role reopens, I will reach out to you personally.

        Apologies for the short notice.

        Best regards,
        Ingrid Solberg
        Talent Lead, Fjordline Automation AS

        --
        Sent via Workable. Reply to this email to reach Fjordline Automation.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Events//EN
METHOD:CANCEL
{OSLO}
BEGIN:VEVENT
UID:wk-evt-2b8e6f19c4d0@workable.com
DTSTAMP:20261102T081005Z
SEQUENCE:1
DTSTART;TZID=Europe/Oslo:20261104T150000
DTEND;TZID=Europe/Oslo:20261104T160000
SUMMARY:Interview with Fjordline Automation AS
STATUS:CANCELLED
ATTENDEE;CN=Lukas Hofer:mailto:lukas.hofer@example.org
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-out-11.workablemail.com (mail-out-11.workablemail.com [158.247.28.11])",
                         "2026-11-02 09:10:08", "Europe/Oslo", "4Rm0Az5Bt2z8vN")),
        ("From", addr("Ingrid Solberg (Fjordline Automation AS)", "fjordline-automation@workablemail.com")),
        ("Reply-To", "fjordline-automation+c7e41a09d2@candidates.workablemail.com"),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "Interview cancelled - Controls Engineer (Remote) at Fjordline Automation AS"),
        ("Date", date("2026-11-02 09:10:05", "Europe/Oslo")),
        ("Message-ID", "<6f0e3b12c9a84d7e.1793607005@workablemail.com>"),
    ], mixed(text(body), calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                  disposition="attachment")))


@pos(22, kind="cancelled", local="Thu 2026-12-03 14:00", local_end="2026-12-03 15:00",
     zone="Europe/Vienna", family="exchange", lang="de", company="Salzach Antriebstechnik GmbH",
     contact="elke.gruber@salzach-antrieb.at",
     note="Exchange cancellation ('Abgesagt:') from the recruiter, no new time; the time is only "
          "in the ICS (METHOD:CANCEL, W. Europe Standard Time 14:00-15:00 on 3 Dec, CET +01:00) -> "
          "13:00Z-14:00Z, the slot of the SmartRecruiters invitation; contact = organizer/sender")
def exchange_cancel_salzach() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        leider muss ich unser geplantes Gespräch absagen. Die Stelle wird aufgrund einer
        internen Umstrukturierung vorerst nicht nachbesetzt – das haben wir selbst erst heute
        erfahren. Es tut mir wirklich leid, auch wegen der Anreise, die Sie schon geplant
        hatten.

        Wenn Sie einverstanden sind, halten wir Ihre Unterlagen in Evidenz und melden uns, sobald
        sich in der Projektierung wieder etwas ergibt.

        Freundliche Grüße
        Elke Gruber
        Recruiting | Salzach Antriebstechnik GmbH
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Gruber Elke:mailto:elke.gruber@salzach-antrieb.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Lukas Hofer:mailto:lukas.hofer@example.org
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Hofer\\,\\n\\nleider muss ich unser geplantes Gespräch absagen.\\n
UID:040000008200E00074C5B7101A82E00800000000C4D1E8A27B7FDD01000000000000000010000000E2A5C9D1F03B7E4A96D8B2C1F4E7A360
SUMMARY;LANGUAGE=de-AT:Abgesagt: Vorstellungsgespräch Salzach Antriebstechnik – L. Hofer
DTSTART;TZID=W. Europe Standard Time:20261203T140000
DTEND;TZID=W. Europe Standard Time:20261203T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261130T152218Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Bergheim\\, Besprechungsraum Gaisberg
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.salzach-antrieb.at (mail.salzach-antrieb.at [195.3.96.57])",
                         "2026-11-30 16:22:21", "Europe/Vienna", "4Sf8Mv2Hq6z0tL")),
        ("From", addr("Gruber Elke", "elke.gruber@salzach-antrieb.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Abgesagt: Vorstellungsgespräch Salzach Antriebstechnik – L. Hofer")),
        ("Date", date("2026-11-30 16:22:18", "Europe/Vienna")),
        ("Message-ID", "<VI1PR09MB3342B7D0C95E1A24F6D83B0AD7C51@VI1PR09MB3342.eurprd09.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "de-AT"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@pos(23, kind="cancelled", local="Thu 2026-11-19 11:00", zone="Europe/Vienna",
     family="human_prose", lang="de", company="Zirbenwald Bergbahnen GmbH",
     contact="v.haselwanter@zirbenwald-bergbahnen.at",
     note="Plain prose cancellation sent Wed 18 Nov 07:58: 'unser Gespräch morgen um 11 Uhr' = "
          "Thu 19 Nov 11:00 Innsbruck CET +01:00 -> 10:00Z; the post was filled internally; a "
          "different role is offered for 'Dienstag oder Mittwoch vormittag' with no fixed time, so "
          "this is cancelled, not rescheduled; contact = sender")
def prose_cancel_zirbenwald() -> bytes:
    body = t("""
        Guten Morgen Herr Hofer,

        leider muss ich unser Gespräch morgen um 11 Uhr absagen: Die Stelle als technischer
        Betriebsleiter-Stellvertreter wurde gestern intern besetzt, das hat sich sehr kurzfristig
        ergeben. Es tut mir leid, dass Sie das so spät erfahren.

        Wir würden Sie aber gern für unsere neue Position in der Instandhaltung
        (Steuerungstechnik Kabinenbahn) kennenlernen. Hätten Sie nächste Woche Dienstag oder
        Mittwoch vormittags Zeit? Dann schicke ich Ihnen eine neue Einladung.

        Freundliche Grüße

        Verena Haselwanter
        Personal & Verwaltung
        Zirbenwald Bergbahnen GmbH
        Talstation 1, 6094 Axams
        Tel. +43 5234 68 300-11
        """)
    return message([
        ("Received", rcv("mail.zirbenwald-bergbahnen.at (mail.zirbenwald-bergbahnen.at [83.65.140.203])",
                         "2026-11-18 07:58:52", "Europe/Vienna", "4Sq2Hb7Kp4z1nV")),
        ("From", addr("Verena Haselwanter", "v.haselwanter@zirbenwald-bergbahnen.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Absage Gesprächstermin 19.11.")),
        ("Date", date("2026-11-18 07:58:49", "Europe/Vienna")),
        ("Message-ID", "<a1c7e94b-2f38-4d50-8b61-e9d03f7c2a15@zirbenwald-bergbahnen.at>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-AT"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable", params="format=flowed"))


# =========================================================================== negatives


@neg(24, family="rejection", lang="en", company="Aarewerk Industrie AG",
     note="Taleo rejection before any interview ('we will not be inviting you to an interview'); "
          "no time")
def taleo_rejection_aarewerk() -> bytes:
    body = t("""
        Dear Lukas Hofer,

        Thank you for your interest in the position of Electrical Design Engineer - Cable
        Transport Systems (Req. 26000814) at Aarewerk Industrie AG, and for the time you
        invested in your application.

        After careful consideration, we regret to inform you that we will not be inviting you
        to an interview at this time. We received a large number of strong applications and
        have decided to move forward with candidates whose profiles more closely match the
        current requirements of the role.

        We will keep your profile in our talent pool and encourage you to apply for future
        openings that match your experience.

        We wish you every success in your job search.

        Kind regards,
        Aarewerk Industrie AG
        Human Resources

        This is an automated message. Please do not reply to this email.
        """)
    return message([
        ("Received", rcv("smtp02.taleo.net (smtp02.taleo.net [160.34.22.71])",
                         "2026-10-12 07:03:44", "Europe/Zurich", "4RD1Ks9Vm3z4wB")),
        ("From", addr("Aarewerk Industrie AG", "aarewerk.careers@taleo.net")),
        ("To", ME),
        ("Subject", "Your application for Electrical Design Engineer - Cable Transport Systems"),
        ("Date", date("2026-10-12 07:03:41", "Europe/Zurich")),
        ("Message-ID", "<1182640893.4417.1791781421996.JavaMail.taleo@tlo-cc-prod-14>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@neg(25, family="application_ack", lang="de", company="Seilwerk Stubai GmbH",
     note="Personio application receipt; mentions a possible interview but fixes nothing")
def personio_ack_seilwerk() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        vielen Dank für Ihre Bewerbung als Inbetriebnahmetechniker:in Seilbahnsteuerung (m/w/d)
        bei der Seilwerk Stubai GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.

        Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen
        bei Ihnen. Passt Ihr Profil zu unseren Anforderungen, laden wir Sie gern zu einem
        persönlichen Vorstellungsgespräch in Fulpmes ein.

        Den Status Ihrer Bewerbung können Sie jederzeit hier einsehen:
        https://seilwerk-stubai.jobs.personio.de/application-status/7b20d3

        Mit freundlichen Grüßen
        Ihr HR-Team der Seilwerk Stubai GmbH
        """)
    return message([
        ("Received", rcv("mail-eu1.personio.de (mail-eu1.personio.de [195.201.44.18])",
                         "2026-09-02 20:41:09", "Europe/Vienna", "4Qh3Xn6Bd2z7mC")),
        ("From", addr("Seilwerk Stubai GmbH", "no-reply@personio.de")),
        ("To", ME),
        ("Subject", enc("Ihre Bewerbung bei der Seilwerk Stubai GmbH – Eingangsbestätigung")),
        ("Date", date("2026-09-02 20:41:06", "Europe/Vienna")),
        ("Message-ID", "<0102019b0e58d7a1-2c9f4e0b-7a13-4b6d-9e55-d8c1f02a4b7e-000000@eu-central-1.amazonses.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(gmail_html(body))))


@neg(26, family="job_alert", lang="de", company=None,
     note="Job-alert digest from a job board: listings, 'Vorstellungsgespräch' only as a tip "
          "heading; no appointment")
def jobalert_jobalm() -> bytes:
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef2f0;margin:0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" style="background:#fff;margin:20px 0" cellpadding="0" cellspacing="0">
        <tr><td style="background:#2f6b3f;color:#fff;padding:16px 24px;font-size:20px"><b>JobAlm</b> · Dein Jobalarm</td></tr>
        <tr><td style="padding:20px 24px;font-size:14px;color:#222">
        <p>Hallo Lukas,</p>
        <p>für deinen Suchauftrag <b>„Steuerungstechnik Seilbahn – Tirol, Salzburg, Südtirol“</b> gibt es
        4 neue Stellen:</p>
        <p><a href="https://www.jobalm.at/job/881273">Elektrotechniker:in Seilbahnen (m/w/d)</a><br>
        Bergbahnen Kühtai-West GmbH · Kühtai · Vollzeit · ab € 3.450 brutto/Monat</p>
        <p><a href="https://www.jobalm.at/job/881402">SPS-Programmierer:in Fördertechnik</a><br>
        Pinzgauer Anlagenbau GmbH · Zell am See · Vollzeit · ab € 3.900 brutto/Monat</p>
        <p><a href="https://www.jobalm.at/job/881519">Tecnico/a automazione impianti a fune</a><br>
        Vinschgau Lift Service S.r.l. · Schlanders/Silandro · Vollzeit</p>
        <p><a href="https://www.jobalm.at/job/881644">Projektleiter:in Modernisierung Aufzugsanlagen</a><br>
        Inntaler Aufzugsbau GmbH · Rum · Vollzeit · ab € 4.200 brutto/Monat</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p><b>Tipp der Woche: Das Vorstellungsgespräch</b><br>
        Recruiter:innen entscheiden oft in den ersten fünf Minuten. Wie du mit deinem ersten Satz
        punktest, liest du im <a href="https://www.jobalm.at/ratgeber/vorstellungsgespraech">JobAlm-Ratgeber</a>.</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">Du erhältst diese E-Mail, weil du einen
        Jobalarm auf jobalm.at angelegt hast. <a href="https://www.jobalm.at/jobalarm/abmelden?t=c91e">Abmelden</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mail.jobalm.at (mail.jobalm.at [185.85.0.41])",
                         "2026-10-05 06:30:12", "Europe/Vienna", "4R80Hz4Nc1z6kV")),
        ("From", addr("JobAlm Jobalarm", "jobalarm@jobalm.at")),
        ("To", ME),
        ("Subject", enc("4 neue Jobs für „Steuerungstechnik Seilbahn“")),
        ("Date", date("2026-10-05 06:30:09", "Europe/Vienna")),
        ("Message-ID", "<jobalarm.20261005.44187@jobalm.at>"),
        ("List-Unsubscribe", "<https://www.jobalm.at/jobalarm/abmelden?t=c91e>"),
        ("Precedence", "bulk"),
    ], html(html_body, cte="base64"))


@neg(27, family="newsletter_tips", lang="de", company=None,
     note="Career newsletter article about interviews ('Vorstellungsgespräch am Montag um 9?') "
          "plus a live Q&A at a fixed time; not the reader's interview",
     days=(("Thu", "2026-10-22"),))
def newsletter_karrierekompass() -> bytes:
    body = t("""
        KARRIERE-KOMPASS · Ausgabe 41/2026

        Vorstellungsgespräch am Montag um 9 Uhr? So nutzen Sie das Wochenende davor

        Die Einladung ist da, der Termin steht – und jetzt? Unsere Autorin Petra Lanser,
        selbst 15 Jahre Personalleiterin in der Industrie, hat die fünf wichtigsten Schritte
        zusammengefasst:

        1. Lesen Sie die Stellenanzeige noch einmal Wort für Wort.
        2. Bereiten Sie drei Projekte vor, die Sie in je zwei Minuten erzählen können.
        3. Üben Sie die Antwort auf „Warum wollen Sie wechseln?“ laut.
        4. Planen Sie die Anreise mit 30 Minuten Puffer.
        5. Schreiben Sie sich zwei echte Fragen an das Unternehmen auf.

        Weiterlesen: https://karriere-kompass.at/blog/vorstellungsgespraech-wochenende

        LIVE-FRAGESTUNDE
        Donnerstag, 22.10., 19:00 Uhr: Petra Lanser beantwortet Ihre Fragen zum
        Vorstellungsgespräch live auf YouTube. Keine Anmeldung nötig.

        Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.at angemeldet haben.
        Abmelden: https://karriere-kompass.at/newsletter/abmelden
        """)
    return message([
        ("Received", rcv("mail197.atl121.mcsv.net (mail197.atl121.mcsv.net [198.2.139.197])",
                         "2026-10-20 17:00:41", "Europe/Vienna", "4RL6Cp8Wx0z3jD")),
        ("From", addr("Karriere-Kompass", "newsletter@karriere-kompass.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Vorstellungsgespräch am Montag um 9? So nutzen Sie das Wochenende davor")),
        ("Date", date("2026-10-20 17:00:38", "Europe/Vienna")),
        ("Message-ID", "<8f31c0d7e2a94b1c5a6e.20261020150038@mail197.atl121.mcsv.net>"),
        ("List-Unsubscribe", "<https://karriere-kompass.at/newsletter/abmelden>"),
        ("List-Id", "Karriere-Kompass <f3a9c1e0b7.list-id.mcsv.net>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@neg(28, family="scheduling_link", lang="de", company="Dachstein Executive Search GmbH",
     note="Headhunter asks the candidate to pick a slot via a Calendly link; no time fixed")
def scheduling_link_dachstein() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        vielen Dank für Ihre positive Rückmeldung auf meine Nachricht über LinkedIn. Mein
        Mandant, ein international tätiger Hersteller von Seilbahnsystemen mit Sitz im
        Salzburger Land, sucht einen Leiter Steuerungstechnik (m/w/d).

        Für ein erstes vertrauliches Gespräch (ca. 30 Minuten, telefonisch) wählen Sie bitte
        direkt über meinen Kalender einen passenden Termin aus:

        https://calendly.com/m-reiter-dachstein/erstgespraech-30

        Die Termine in den nächsten zwei Wochen sind freigeschaltet, auch am frühen Abend.

        Mit besten Grüßen

        Michael Reiter
        Partner
        Dachstein Executive Search GmbH
        Imbergstraße 9, 5020 Salzburg
        +43 662 87 11 40
        """)
    return message([
        ("Received", rcv("mail.dachstein-search.at (mail.dachstein-search.at [80.120.33.18])",
                         "2026-10-15 09:44:30", "Europe/Vienna", "4RH8Tb2Qm5z9sF")),
        ("From", addr("Michael Reiter", "m.reiter@dachstein-search.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Vertrauliche Anfrage: Leiter Steuerungstechnik (Seilbahnsysteme) – Terminwahl")),
        ("Date", date("2026-10-15 09:44:27", "Europe/Vienna")),
        ("Message-ID", "<7c1a0e55-3b92-4fd8-a4e0-19d2b8f63c71@dachstein-search.at>"),
    ], alt(text(body), html(gmail_html(body))))


@neg(29, family="recruiter_outreach", lang="de", company="Würmtal Personalberatung GmbH",
     note="Bavarian headhunter cold outreach: asks for a short call 'nächste Woche', nothing fixed")
def outreach_wuermtal() -> bytes:
    body = t("""
        Grüß Gott Herr Hofer,

        i bin über Ihr Profil auf LinkedIn gestolpert - Seilbahnsteuerungen, SIL 3,
        Inbetriebnahmen in der Schweiz und in Südtirol, des is genau des, was mein Kunde
        sucht: ein mittelständischer Anlagenbauer im Münchner Süden, Position Senior
        Inbetriebnahmeingenieur, gern mit Option auf Teamleitung.

        Hätten S' nächste Woche amoi a Viertelstund für a kurzes Telefonat? Sagen S' mir
        einfach, wann's Ihnen passt, i richt mi da ganz nach Ihnen.

        Viele Grüße aus Gauting
        Florian Strobl
        Würmtal Personalberatung GmbH
        Bahnhofstraße 12 · 82131 Gauting
        Mobil +49 171 4480 219
        """)
    return message([
        ("Received", rcv("mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])",
                         "2026-09-07 12:18:02", "Europe/Berlin", "4Qk9Zm5Fs7z0bG")),
        ("From", addr("Florian Strobl", "f.strobl@wuermtal-personal.de")),
        ("To", ME),
        ("Subject", "Senior Inbetriebnahme Seilbahn / Foerdertechnik - Muenchner Sueden"),
        ("Date", date("2026-09-07 12:17:58", "Europe/Berlin")),
        ("Message-ID", "<d41e7a09-8c2b-4f13-bb56-0e9f2c7a1d84@wuermtal-personal.de>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(30, family="interview_proposal", lang="de", company="Eisack Controls GmbH",
     note="South Tyrolean HR proposes two interview slots ('Würde Ihnen Dienstag, 29.9., um 10 "
          "Uhr oder Mittwoch, 30.9., um 15 Uhr passen?'), asks to choose: not confirmed yet; the "
          "later mail confirms a different time",
     days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")))
def proposal_eisack() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        vielen Dank für Ihre Bewerbung als Automatisierungstechniker für Seilbahnanlagen. Wir
        würden Sie gern persönlich bei uns in Bozen kennenlernen.

        Würde Ihnen Dienstag, 29.9., um 10 Uhr oder Mittwoch, 30.9., um 15 Uhr passen? Bitte
        geben Sie mir kurz Bescheid, welcher Termin Ihnen lieber ist, dann schicke ich Ihnen
        die Wegbeschreibung.

        Freundliche Grüße / Cordiali saluti

        Martina Oberrauch
        Personalabteilung – Ufficio personale
        Eisack Controls GmbH – S.r.l.
        Lanciastraße 14 via Lancia – 39100 Bozen/Bolzano
        Tel. +39 0471 538 210
        """)
    return message([
        ("Received", rcv("mx.eisack-controls.it (mx.eisack-controls.it [151.22.178.40])",
                         "2026-09-22 14:10:26", "Europe/Rome", "4Qt5Bw1Lr8z2hK", lag=5)),
        ("From", addr("Martina Oberrauch", "m.oberrauch@eisack-controls.it")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "Ihre Bewerbung als Automatisierungstechniker / candidatura tecnico automazione"),
        ("Date", date("2026-09-22 14:10:21", "Europe/Rome")),
        ("Message-ID", "<5b1d0a3e-77c2-4f4e-9a51-0fd3c5b2e7a1@eisack-controls.it>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="utf-8", cte="8bit"))


@neg(31, family="job_centre", lang="de", company=None,
     note="Unemployment-office (AMS) counselling appointment with a fixed time ('Mi., 16.09.2026, "
          "08:45 Uhr'), registered as job-seeking during his notice period; not a job interview",
     days=(("Wed", "2026-09-16"),))
def ams_termin() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        Sie haben sich während Ihrer Kündigungsfrist beim Arbeitsmarktservice als arbeitsuchend
        vorgemerkt. Wir laden Sie zu einem Beratungsgespräch ein:

        Termin:    Mi., 16.09.2026, 08:45 Uhr
        Ort:       AMS Innsbruck, Servicezone, 2. Stock, Zimmer 2.14
        Beraterin: Frau Mag. Eva Obholzer

        Bitte bringen Sie mit:
        - einen amtlichen Lichtbildausweis
        - Ihr Kündigungsschreiben
        - Nachweise Ihrer bisherigen Bewerbungen (z.B. Einladungen zu Vorstellungsgesprächen)

        Können Sie den Termin aus wichtigen Gründen nicht wahrnehmen, informieren Sie uns bitte
        vorher über Ihr eAMS-Konto oder telefonisch.

        Mit freundlichen Grüßen
        Ihr AMS-Team

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    return message([
        ("Received", rcv("mail.eams.example.at (mail.eams.example.at [194.232.104.12])",
                         "2026-09-08 11:02:51", "Europe/Vienna", "4Qm9Rd3Wt6z8cM")),
        ("From", addr("AMS Innsbruck", "noreply@eams.example.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "Einladung zu einem Beratungstermin am 16.09.2026"),
        ("Date", date("2026-09-08 11:02:48", "Europe/Vienna")),
        ("Message-ID", "<eams.termin.2026090811024.7741@eams.example.at>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@neg(32, family="admission_interview", lang="en", company=None,
     note="Executive MBA admission interview confirmed for 'Tuesday, 13 October 2026, 17:30 "
          "CEST' with an ICS: a school admission, not a job interview",
     days=(("Tue", "2026-10-13"),))
def mba_admission() -> bytes:
    body = t("""
        Dear Lukas,

        Thank you for your application to the part-time Executive MBA in Technology
        Management (intake March 2027). We are pleased to confirm your admission interview:

        Date: Tuesday, 13 October 2026
        Time: 17:30 - 18:15 CEST
        Format: Zoom (https://alpine-som.zoom.us/j/81377420916)
        Panel: Prof. Dr. Hannes Wolf (Academic Director), Dr. Clara Senn (Admissions)

        The interview is an informal conversation about your motivation, your professional
        experience and how you plan to combine the programme with your work. No preparation
        is required.

        Kind regards,

        Dr. Clara Senn
        Admissions Manager, Executive Education
        Alpine School of Management
        Universitätsstraße 90, 6020 Innsbruck
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Alpine School of Management//Admissions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:asm-adm-2027-0412@alpine-som.at
DTSTAMP:20261005T081500Z
DTSTART:20261013T153000Z
DTEND:20261013T161500Z
SUMMARY:EMBA admission interview - Lukas Hofer
LOCATION:https://alpine-som.zoom.us/j/81377420916
ORGANIZER;CN=Clara Senn:mailto:clara.senn@alpine-som.at
ATTENDEE;CN=Lukas Hofer;RSVP=TRUE:mailto:lukas.hofer@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.alpine-som.at (mail.alpine-som.at [193.171.88.40])",
                         "2026-10-05 10:15:04", "Europe/Vienna", "4R84Mk7Jy2z5pW")),
        ("From", addr("Clara Senn", "clara.senn@alpine-som.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "Executive MBA - admission interview on 13 October"),
        ("Date", date("2026-10-05 10:15:01", "Europe/Vienna")),
        ("Message-ID", "<b9e2f071-4d3a-45c8-8e1b-6a0c7d3f5e29@alpine-som.at>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="7bit", filename="admission-interview.ics", disposition="attachment")))


@neg(33, family="sports_tryout", lang="de", company=None,
     note="Hobby ice-hockey club confirms a try-out ('Probetraining') next Monday 20:15 with a "
          "short talk with the chairman at 20:00; fixed time, not a job interview",
     days=(("Mon", "2026-10-05"),))
def sports_tryout() -> bytes:
    body = t("""
        Hoi Lukas,

        danke für deine Nachricht! Klar kannst du mal mittrainieren. Dein Probetraining ist
        dann nächsten Montag (5.10.) um 20:15 in der Eishalle Wilten, Kabine 3.

        Komm am besten schon um 20:00, dann kann dir der Obmann (Hannes) kurz erklären, wie das
        mit Mitgliedsbeitrag, Versicherung und Eiszeiten bei uns läuft. Ausrüstung hast du eh
        selber, oder? Schläger können wir dir zur Not leihen.

        Wir spielen Hobbyliga Tirol, also eh ganz gemütlich. 🏒

        Bis Montag,
        Dominik
        HC Wilten Wölfe (Hobbyliga)
        """)
    return message([
        ("Received", rcv("mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])",
                         "2026-10-01 21:37:40", "Europe/Vienna", "4R52Wn8Gc0z4tQ")),
        ("From", addr("Dominik Strasser", "dominik.strasser.ibk@gmail.com")),
        ("To", ME),
        ("Subject", enc("Re: Mittrainieren bei den Wölfen?")),
        ("Date", date("2026-10-01 21:37:36", "Europe/Vienna")),
        ("Message-ID", "<CAE3pW9u7Qz0Lr2xVn5Ke8TbY1dHm4cJ6gF@mail.gmail.com>"),
        ("In-Reply-To", "<CAL9xw4Rk2Pq8mNc@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@neg(34, family="car_service", lang="de", company=None,
     note="Car-dealer workshop appointment (MOT '§57a-Begutachtung' and winter tyres) at a fixed "
          "time with an ICS; not an interview",
     days=(("Mon", "2026-10-12"),))
def car_service() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:

        Fahrzeug:   Škoda Octavia Combi, I-538 KT
        Leistungen: §57a-Begutachtung („Pickerl“), Räderwechsel auf Winterreifen
        Termin:     Mo., 12.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Abholung:   voraussichtlich ab 15:00 Uhr

        Ersatzmobilität: Leihrad reserviert.

        Bei Verhinderung bitten wir um Absage bis spätestens 24 Stunden vorher.

        Ihr Serviceteam
        Autohaus Mühlau GmbH
        Haller Straße 211, 6020 Innsbruck
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DMS Werkstattplaner//Terminbuchung//DE
METHOD:PUBLISH
{VIENNA}
BEGIN:VEVENT
UID:wst-20261012-0730-I538KT@autohaus-muehlau.at
DTSTAMP:20261006T064418Z
DTSTART;TZID=Europe/Vienna:20261012T073000
DTEND;TZID=Europe/Vienna:20261012T080000
SUMMARY:Werkstatttermin Autohaus Mühlau (Pickerl + Räderwechsel)
LOCATION:Haller Straße 211\\, 6020 Innsbruck
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.autohaus-muehlau.at (mail.autohaus-muehlau.at [62.218.40.19])",
                         "2026-10-06 08:44:22", "Europe/Vienna", "4R91Cx2Pt6z0vW")),
        ("From", addr("Autohaus Mühlau Service", "service@autohaus-muehlau.at")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung Werkstatt – Mo., 12.10.2026, 07:30 Uhr")),
        ("Date", date("2026-10-06 08:44:18", "Europe/Vienna")),
        ("Message-ID", "<wst.20261006084418.5521@autohaus-muehlau.at>"),
    ], mixed(html(gmail_html(body), charset="windows-1252"),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="werkstatttermin.ics",
                      disposition="attachment")))


@neg(35, family="bank_appointment", lang="de", company=None,
     note="Bank mortgage-advice appointment ('Beratungsgespräch Wohnkredit', Fri 6 Nov 16:00) as "
          "an Exchange meeting request; fixed time, not a job interview",
     days=(("Fri", "2026-11-06"),))
def bank_mortgage() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        wie telefonisch vereinbart, bestätige ich Ihnen unser Beratungsgespräch zur
        Wohnbaufinanzierung:

        Freitag, 6. November 2026, 16:00 - 17:00 Uhr
        Filiale Innsbruck-Wilten, Leopoldstraße 31, Besprechungszimmer 1

        Bitte bringen Sie die letzten drei Gehaltszettel, einen aktuellen Kontoauszug und
        – falls vorhanden – das Exposé der Wohnung mit. Gern können Sie auch Ihre Partnerin
        mitnehmen.

        Freundliche Grüße

        Mag. Peter Thaler
        Wohnbauberatung
        Alpenländische Hypothekenbank AG
        Tel. +43 512 59 33-418
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Thaler, Peter":mailto:peter.thaler@alpenhypo.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.hofer@example.org:mailto:lukas.hofer@example.org
SUMMARY;LANGUAGE=de-AT:Beratungsgespräch Wohnkredit – Hofer
DTSTART;TZID=W. Europe Standard Time:20261106T160000
DTEND;TZID=W. Europe Standard Time:20261106T170000
UID:040000008200E00074C5B7101A82E00800000000D2E9F1A36C70DD01000000000000000010000000A71C3E5F9B2D0C4E8F63A1D5B7C9E204
CLASS:PUBLIC
DTSTAMP:20261030T101204Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Filiale Innsbruck-Wilten\\, Besprechungszimmer 1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.alpenhypo.at (mail.alpenhypo.at [195.58.167.30])",
                         "2026-10-30 11:12:08", "Europe/Vienna", "4Rk6Ds1Yb9z3gP")),
        ("From", addr("Thaler, Peter", "peter.thaler@alpenhypo.at")),
        ("To", ME),
        ("Subject", enc("Beratungsgespräch Wohnkredit – Hofer")),
        ("Date", date("2026-10-30 11:12:04", "Europe/Vienna")),
        ("Message-ID", "<DB9PR06MB7523F1A0C4E92B7D5E3A8C10B2D4F@DB9PR06MB7523.eurprd06.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@neg(36, family="press_interview", lang="de", company=None,
     note="A newspaper reporter confirms an interview with the candidate as an expert "
          "('Interview-Termin: Mittwoch, 11.11., 10:00 Uhr, telefonisch'); he is the interviewee "
          "of the press, not a job candidate",
     days=(("Wed", "2026-11-11"),))
def press_interview() -> bytes:
    body = t("""
        Lieber Herr Hofer,

        vielen Dank, dass Sie sich für unser Gespräch Zeit nehmen! Wie besprochen der Termin
        für das Interview:

        Mittwoch, 11.11., 10:00 Uhr, telefonisch (ich rufe Sie unter +43 664 2017 558 an)

        Es geht um die Serie „Sicher am Seil“ für unsere Wochenendausgabe: wie moderne
        Seilbahnsteuerungen Fehler erkennen, was nach dem Zwischenfall an einer Sesselbahn im
        Zillertal im Sommer geändert wurde und wie Fachleute wie Sie die Diskussion erleben. Das Gespräch
        dauert etwa 20 Minuten; die Zitate schicke ich Ihnen vor Erscheinen zur Freigabe.

        Herzliche Grüße
        Anna Kometer
        Redaktion Wirtschaft
        Tiroler Tagesblatt
        anna.kometer@tiroler-tagesblatt.at · +43 512 5355-271
        """)
    return message([
        ("Received", rcv("mail.tiroler-tagesblatt.at (mail.tiroler-tagesblatt.at [91.118.22.76])",
                         "2026-11-05 15:26:03", "Europe/Vienna", "4Rn4Lq9Vz1z7hD")),
        ("From", addr("Anna Kometer", "anna.kometer@tiroler-tagesblatt.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Interview „Sicher am Seil“ – Termin Mittwoch")),
        ("Date", date("2026-11-05 15:25:59", "Europe/Vienna")),
        ("Message-ID", "<2f7c91d4-0b3e-4a68-9e21-c5d8f07a13b6@tiroler-tagesblatt.at>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@neg(37, family="podcast", lang="en", company=None,
     note="Podcast recording with the candidate as guest, 'Thursday, 5 November, 18:00 CET', ICS "
          "attached; confirmed time but not a job interview",
     days=(("Thu", "2026-11-05"),))
def podcast_guest() -> bytes:
    body = t("""
        Hi Lukas,

        Brilliant - you're booked in as our guest for episode 58 of Lift Lines!

        Recording: Thursday, 5 November, 18:00 CET (17:00 UK time)
        Where: Riverside studio link https://riverside.fm/studio/lift-lines-ep58
        Length: we record for about an hour and cut it down to ~40 minutes

        Rough outline (we keep it conversational, no need to prepare answers):
        - how you got into ropeway controls
        - commissioning a detachable gondola in -20 degrees
        - what the new EN 12929 revision means for control systems

        A decent headset makes a big difference. Calendar hold attached.

        Cheers,
        Owen Pritchard
        Host, Lift Lines - the ropeway engineering podcast
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261105T170000Z
DTEND:20261105T180000Z
DTSTAMP:20261029T193305Z
ORGANIZER;CN=Owen Pritchard:mailto:owen@liftlinespod.co.uk
UID:0p4d7c3a1s9t2l6x8r5e3m1b0q@google.com
ATTENDEE;CN=lukas.hofer@example.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.hofer@example.org
SUMMARY:Lift Lines ep. 58 recording - Lukas Hofer
LOCATION:https://riverside.fm/studio/lift-lines-ep58
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])",
                         "2026-10-29 19:33:10", "Europe/London", "4Rg3Vz6Nq8z2mB")),
        ("From", addr("Owen Pritchard", "owen@liftlinespod.co.uk")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", "Lift Lines ep. 58 - you're booked in!"),
        ("Date", date("2026-10-29 19:33:05", "Europe/London")),
        ("Message-ID", "<CAN8zQm1x4Pe7sD0oF2bVk9gLh3uTr5cW@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@neg(38, family="parent_teacher", lang="de", company=None,
     note="Primary-school parent-teacher slot ('Elternsprechtag, Do., 19.11., 16:40-16:50 Uhr'); "
          "fixed time, not an interview",
     days=(("Thu", "2026-11-19"),))
def parent_teacher() -> bytes:
    body = t("""
        Liebe Eltern von Valentina,

        vielen Dank für Ihre Anmeldung zum Elternsprechtag. Ihr Gesprächstermin:

        Do., 19.11., 16:40–16:50 Uhr, Klassenzimmer 2b (1. Stock, Eingang Turnsaalseite)

        Bitte seien Sie pünktlich, die Termine sind eng getaktet. Wenn Sie mehr Zeit brauchen,
        vereinbaren wir gern einen eigenen Termin in meiner Sprechstunde (Dienstag, 4. Stunde).

        Liebe Grüße
        Sandra Kirchmair
        Klassenlehrerin 2b
        Volksschule Sieglanger
        """)
    return message([
        ("Received", rcv("mail.schule-sieglanger.at (mail.schule-sieglanger.at [193.170.62.14])",
                         "2026-11-12 13:05:47", "Europe/Vienna", "4Rr8Kt3Mw5z6sJ")),
        ("From", addr("Sandra Kirchmair", "s.kirchmair@schule-sieglanger.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Cc", "magdalena.hofer@example.net"),
        ("Subject", "Elternsprechtag 2b - Ihr Termin"),
        ("Date", date("2026-11-12 13:05:43", "Europe/Vienna")),
        ("Message-ID", "<5e0b8a2c-9f14-4c7d-a3e6-1d2f9c84b7a0@schule-sieglanger.at>"),
    ], text(body, charset="utf-8", cte="8bit"))


@neg(39, family="mock_interview", lang="de", company=None,
     note="Calendly booking confirmation for a paid mock interview with a career coach "
          "('Interview-Simulation', Fri 23 Oct 15:00-16:00 CEST); confirmed time, but practice, "
          "not a job interview",
     days=(("Fri", "2026-10-23"),))
def mock_interview_coach() -> bytes:
    body = t("""
        Hallo Lukas Hofer,

        Ihr Termin Interview-Simulation (60 Min.) mit Judith Ebner um 15:00 - 16:00
        (Mitteleuropäische Sommerzeit) am Freitag, 23. Oktober 2026 wurde geplant.

        Ereignistyp:
        Interview-Simulation (60 Min.)

        Datum/Uhrzeit des Ereignisses:
        15:00 - 16:00 (Mitteleuropäische Sommerzeit), Freitag, 23. Oktober 2026

        Ort:
        Zoom - der Link kommt am Vortag per E-Mail.

        Beschreibung:
        Realistisches Probe-Vorstellungsgespräch mit Video-Aufzeichnung und ausführlichem
        Feedback. Bitte schicken Sie mir vorab die Stellenanzeige, auf die wir uns vorbereiten.
        Honorar: 120 € (Rechnung nach dem Termin).

        Änderungen an diesem Ereignis erforderlich?
        Absagen: https://calendly.com/cancellations/3a7e0d21-5c84-4b9f-a612-e0d4c9f8b137
        Neu planen: https://calendly.com/reschedulings/3a7e0d21-5c84-4b9f-a612-e0d4c9f8b137

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261019T071122Z
DTSTART:20261023T130000Z
DTEND:20261023T140000Z
SUMMARY:Interview-Simulation (60 Min.) zwischen Judith Ebner und Lukas Hofer
UID:3a7e0d21-5c84-4b9f-a612-e0d4c9f8b137@calendly.com
ORGANIZER;CN=Judith Ebner:mailto:judith@ebner-coaching.at
ATTENDEE;CN=Lukas Hofer:mailto:lukas.hofer@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o3.email.calendly.com (o3.email.calendly.com [167.89.101.40])",
                         "2026-10-19 09:11:25", "Europe/Vienna", "4RK7Bn0Gv4z8cT")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Judith Ebner", "judith@ebner-coaching.at")),
        ("To", ME),
        ("Subject", enc("Bestätigt: Interview-Simulation (60 Min.) mit Judith Ebner am Freitag, 23. Oktober 2026")),
        ("Date", date("2026-10-19 09:11:22", "Europe/Vienna")),
        ("Message-ID", "<Gv2nX0aQS7mK4dRz1LtYfA@geopod-ismtpd-7>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@neg(40, family="work_event", lang="de", company=None,
     note="Christmas party at the current employer, Exchange meeting request (Fri 11 Dec 18:00), "
          "auto-forwarded from the work address",
     days=(("Fri", "2026-12-11"),))
def work_christmas_party() -> bytes:
    body = t("""
        Liebe Kolleginnen und Kollegen,

        heuer feiern wir wieder gemeinsam: Weihnachtsfeier am Freitag, 11. Dezember, ab 18:00
        Uhr im Gasthof Bierstindl (Stüberl im 1. Stock). Für Essen und die ersten zwei Getränke
        ist gesorgt, Partner:innen sind herzlich willkommen.

        Bitte sagt bis 30.11. über diese Einladung zu oder ab, damit wir reservieren können.

        Liebe Grüße
        Andrea für den Betriebsrat
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pfurtscheller, Andrea":mailto:andrea.pfurtscheller@sillwerk.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alle Mitarbeiter Sillwerk:mailto:alle@sillwerk.at
SUMMARY;LANGUAGE=de-AT:Weihnachtsfeier Sillwerk 2026
DTSTART;TZID=W. Europe Standard Time:20261211T180000
DTEND;TZID=W. Europe Standard Time:20261211T230000
UID:040000008200E00074C5B7101A82E00800000000F0A3C2D1E55BDD01000000000000000010000000C3D8B1A2E47F6C4B9A05D2E7F1B3C846
CLASS:PUBLIC
DTSTAMP:20261116T081930Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Gasthof Bierstindl\\, Stüberl 1. Stock
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.sillwerk.at (mail.sillwerk.at [80.110.27.6])",
                         "2026-11-16 09:19:35", "Europe/Vienna", "4Rw2Pc5Ln7z9fX")),
        ("From", addr("Pfurtscheller, Andrea", "andrea.pfurtscheller@sillwerk.at")),
        ("To", addr("Alle Mitarbeiter Sillwerk", "alle@sillwerk.at")),
        ("Subject", "Weihnachtsfeier Sillwerk 2026"),
        ("Date", date("2026-11-16 09:19:30", "Europe/Vienna")),
        ("Message-ID", "<VI1PR02MB5870D41B2A3C9E7F0D6B5A18C2E94@VI1PR02MB5870.eurprd02.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "lukas.hofer@sillwerk.at lukas.hofer@example.org"),
        ("Content-Language", "de-AT"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@neg(41, family="interviewer_invite", lang="de", company=None,
     note="At his current employer, HR invites the candidate to sit on the panel interviewing his "
          "own successor (Exchange request, 'Vorstellungsgespräch Kandidat M. Rainer', Tue 20 Oct "
          "10:00-11:00); a job interview at a fixed time, but he is the interviewer",
     days=(("Tue", "2026-10-20"),))
def interviewer_invite() -> bytes:
    body = t("""
        Hallo Lukas,

        wie besprochen hätte ich dich gern als Fachinterviewer beim ersten Gespräch für deine
        Nachfolge dabei: Kandidat ist Herr Manuel Rainer (Elektrotechniker, derzeit bei einem
        Aufzugsbauer in Wörgl), Lebenslauf liegt im Teams-Ordner "Recruiting/Inbetriebnahme".

        Dienstag, 20.10., 10:00-11:00 Uhr, Besprechungsraum Patscherkofel (EG)

        Magst du die technischen Fragen übernehmen (SPS, Sicherheitskreis, Inbetriebnahme)?
        Ich mach den Rest.

        Danke dir!
        Michaela

        Michaela Zach
        Personal | Sillwerk Automation GmbH
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Zach, Michaela":mailto:michaela.zach@sillwerk.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofer, Lukas":mailto:lukas.hofer@sillwerk.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ortner, Klaus":mailto:klaus.ortner@sillwerk.at
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Kandidat M. Rainer – Nachfolge Inbetriebnahme
DTSTART;TZID=W. Europe Standard Time:20261020T100000
DTEND;TZID=W. Europe Standard Time:20261020T110000
UID:040000008200E00074C5B7101A82E00800000000B9C4E2F17A55DD010000000000000000100000005E1D7A3C9B2F4E0D8A61C3B5D7E9F102
CLASS:PUBLIC
DTSTAMP:20261014T134402Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Besprechungsraum Patscherkofel (EG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.sillwerk.at (mail.sillwerk.at [80.110.27.6])",
                         "2026-10-14 15:44:07", "Europe/Vienna", "4RG3Nd8Xs2z6wC")),
        ("From", addr("Zach, Michaela", "michaela.zach@sillwerk.at")),
        ("To", addr("Hofer, Lukas", "lukas.hofer@sillwerk.at")),
        ("Cc", addr("Ortner, Klaus", "klaus.ortner@sillwerk.at")),
        ("Subject", enc("Vorstellungsgespräch Kandidat M. Rainer – Nachfolge Inbetriebnahme")),
        ("Date", date("2026-10-14 15:44:02", "Europe/Vienna")),
        ("Message-ID", "<VI1PR02MB58709C0E3F1A2D4B6E8C7A53D1F08@VI1PR02MB5870.eurprd02.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "lukas.hofer@sillwerk.at lukas.hofer@example.org"),
        ("Content-Language", "de-AT"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@neg(42, family="forwarded_other", lang="de", company=None,
     note="The candidate's brother forwards HIS OWN confirmed interview (Inntaler Aufzugsbau, "
          "'Mittwoch, 18. November 2026 um 09:00 Uhr') asking for advice; a confirmed interview, "
          "but not the inbox owner's",
     days=(("Wed", "2026-11-18"), ("Thu", "2026-11-12")))
def forwarded_brother() -> bytes:
    body = t("""
        Servus Lukas,

        schau, ich hab jetzt a a Gespräch bei Inntaler! Mittwoch um 9, also am Tag nach dir 😅
        Du bist ja am Dienstag dort – was fragen die so? Und Anzug oder passt a Hemd?

        Lg Jakob

        ---------- Forwarded message ---------
        Von: Birgit Schöpf (Inntaler Aufzugsbau) <c-1d7e4b92.inntaler-aufzugsbau@inbox.recruitee.com>
        Date: Do., 12. Nov. 2026 um 10:41 Uhr
        Subject: Einladung zum Vorstellungsgespräch – Monteur Aufzugstechnik (m/w/d)
        To: Jakob Hofer <jakob.hofer@example.net>


        Sehr geehrter Herr Hofer,

        herzlichen Dank für Ihre Bewerbung als Monteur Aufzugstechnik (m/w/d). Wir laden Sie
        gern zu einem Vorstellungsgespräch ein:

        Mittwoch, 18. November 2026 um 09:00 Uhr
        Dauer: 45 Minuten
        Inntaler Aufzugsbau GmbH, Serlesstraße 3, 6063 Rum (Eingang Verwaltung, 1. OG)

        Mit freundlichen Grüßen

        Birgit Schöpf
        Personalentwicklung
        Inntaler Aufzugsbau GmbH
        birgit.schoepf@inntaler-aufzug.at | +43 512 26 44 90-12
        """)
    return message([
        ("Received", rcv("mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])",
                         "2026-11-12 19:22:31", "Europe/Vienna", "4Rr9Dw6Bk1z2qL")),
        ("From", addr("Jakob Hofer", "jakob.hofer@example.net")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch – Monteur Aufzugstechnik (m/w/d)")),
        ("Date", date("2026-11-12 19:22:27", "Europe/Vienna")),
        ("Message-ID", "<CAJ4tXk0pR8vMz2eQ7nL5bW3sY1hG9dF6cA@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@neg(43, family="auto_reply", lang="de", company="Inntaler Aufzugsbau GmbH",
     note="Out-of-office reply from the recruiter to the candidate's question, subject mentions "
          "'Vorstellungsgespräch am 17.11.'; only absence dates, nothing new is fixed",
     days=(("Fri", "2026-11-13"), ("Mon", "2026-11-16")))
def auto_reply_inntaler() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 13.11., nicht im Büro und ab Montag, 16.11., wieder
        für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an bewerbung@inntaler-aufzug.at oder
        +43 512 26 44 90-0.

        Mit freundlichen Grüßen
        Birgit Schöpf
        Inntaler Aufzugsbau GmbH
        """)
    return message([
        ("Received", rcv("mail.inntaler-aufzug.at (mail.inntaler-aufzug.at [62.47.210.88])",
                         "2026-11-10 08:12:10", "Europe/Vienna", "4Rp9Jm2Cx7z4bS")),
        ("From", addr("Birgit Schöpf", "birgit.schoepf@inntaler-aufzug.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Automatische Antwort: Frage zum Vorstellungsgespräch am 17.11.")),
        ("Date", date("2026-11-10 08:12:07", "Europe/Vienna")),
        ("Message-ID", "<f09c3b1e7a2d4e68b5c1d7e3a9f02b64@inntaler-aufzug.at>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAL9xw7Tn3Kd1qWv@mail.example.org>"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@neg(44, family="bounce", lang="de", company=None,
     note="Delivery-failure report for the candidate's own reply accepting 'Do., 3.12. um 14:00 "
          "Uhr' (typo in the recruiter's domain); a bounce from the mail system, not a "
          "confirmation from the employer",
     days=(("Thu", "2026-12-03"),))
def bounce_salzach() -> bytes:
    original_body = t("""
        Sehr geehrte Frau Gruber,

        vielen Dank für die Einladung! Do., 3.12. um 14:00 Uhr passt mir sehr gut, ich komme
        gern nach Bergheim.

        Beste Grüße
        Lukas Hofer
        """)
    original = message([
        ("From", ME_H),
        ("To", addr("Elke Gruber", "elke.gruber@salzach-antreib.at")),
        ("Subject", enc("Re: Einladung zum Vorstellungsgespräch: Projektingenieur Antriebs- und Steuerungstechnik (m/w/d)")),
        ("Date", date("2026-11-25 11:19:40", "Europe/Vienna")),
        ("Message-ID", "<CAL9xw8Wm4Re2tYb@mail.example.org>"),
        ("In-Reply-To", "<sr.7d2c94e1b0a84f27.1795599422@smartrecruiters.com>"),
    ], text(original_body, cte="quoted-printable"))
    notice = t("""
        This is the mail system at host mout.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <elke.gruber@salzach-antreib.at>: Host or domain name not found. Name service
            error for name=salzach-antreib.at type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mout.example.org
        X-Postfix-Queue-ID: 4Sb7Rq3Xw1z5mN
        X-Postfix-Sender: rfc822; lukas.hofer@example.org
        Arrival-Date: Wed, 25 Nov 2026 11:19:41 +0100 (CET)

        Final-Recipient: rfc822; elke.gruber@salzach-antreib.at
        Original-Recipient: rfc822;elke.gruber@salzach-antreib.at
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=salzach-antreib.at type=AAAA: Host not found
        """)
    report = multipart(
        "report",
        raw_part([("Content-Description", "Notification"),
                  ("Content-Type", "text/plain; charset=us-ascii")], notice),
        raw_part([("Content-Description", "Delivery report"),
                  ("Content-Type", "message/delivery-status")], status),
        Part_msg(original),
        params="report-type=delivery-status")
    return message([
        ("Received", rcv("mout.example.org (mout.example.org [203.0.113.25])",
                         "2026-11-25 11:19:43", "Europe/Vienna", "4Sb7Rr0Tn2z6pQ", lag=1)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mout.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-25 11:19:42", "Europe/Vienna")),
        ("Message-ID", "<20261125101942.4Sb7Rr0Tn2z6pQ@mout.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


def Part_msg(msg: bytes):  # noqa: N802
    """The returned message as a message/rfc822 part with a description."""
    part = attached_message(msg)
    part.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return part


@neg(45, family="mailing_list", lang="de", company=None,
     note="Mailing-list post announcing a practitioners' meetup ('Do 15.10., 19:00'); a fixed "
          "time, but a meetup, not an interview",
     days=(("Thu", "2026-10-15"),))
def mailing_list_stammtisch() -> bytes:
    body = t("""
        Hallo zusammen,

        der nächste Seilbahntechnik-Stammtisch Innsbruck findet am Do 15.10. um 19:00 im
        Hinterzimmer vom Gasthaus Koreth statt.

        Thema: Safety-SPS & OPC UA im Seilbahnbetrieb - Erfahrungen aus drei Umbauten.
        Kurzvortrag (20 min) von mir, danach offene Runde. Wer Lust hat, kann gern 5 Folien zu
        eigenen Projekten mitbringen.

        Kein Anmeldung, einfach vorbeikommen. Für die, die gerade wechseln: es kommen auch ein
        paar Leute von Herstellern, die Leute suchen ;-)

        Grüße
        Matthias

        --
        Matthias Gapp
        _______________________________________________
        ropeway-ctrl mailing list -- ropeway-ctrl@lists.seilbahntechnik-forum.at
        To unsubscribe send an email to ropeway-ctrl-leave@lists.seilbahntechnik-forum.at
        """)
    return message([
        ("Received", rcv("lists.seilbahntechnik-forum.at (lists.seilbahntechnik-forum.at [185.26.156.90])",
                         "2026-10-05 20:48:55", "Europe/Vienna", "4R85Vc3Pk6z1tM")),
        ("From", addr("Matthias Gapp", "m.gapp@posteo.example")),
        ("To", "ropeway-ctrl@lists.seilbahntechnik-forum.at"),
        ("Subject", "[ropeway-ctrl] Stammtisch Innsbruck: Safety-SPS & OPC UA - Do 15.10., 19:00"),
        ("Date", date("2026-10-05 20:48:50", "Europe/Vienna")),
        ("Message-ID", "<3e8a1f70-c2b9-4d65-91e4-7b0d2a5c8f13@posteo.example>"),
        ("List-Id", "Seilbahnsteuerung Praxis <ropeway-ctrl.lists.seilbahntechnik-forum.at>"),
        ("List-Post", "<mailto:ropeway-ctrl@lists.seilbahntechnik-forum.at>"),
        ("List-Unsubscribe", "<mailto:ropeway-ctrl-leave@lists.seilbahntechnik-forum.at>"),
        ("Precedence", "list"),
        ("Sender", "ropeway-ctrl-bounces@lists.seilbahntechnik-forum.at"),
        ("X-Mailman-Version", "3.3.9"),
    ], text(body, charset="utf-8", cte="8bit"))


@neg(46, family="webinar", lang="de", company=None,
     note="Registration confirmation for a webinar about English-language job interviews "
          "('Di., 10.11.2026, 18:00-19:00 Uhr') with an ICS; not an interview",
     days=(("Tue", "2026-11-10"),))
def webinar_english_interviews() -> bytes:
    body = t("""
        Hallo Lukas,

        vielen Dank für Ihre Anmeldung! Hier sind Ihre Zugangsdaten:

        Webinar: „Vorstellungsgespräche auf Englisch souverän meistern“
        Termin: Di., 10.11.2026, 18:00–19:00 Uhr (MEZ)
        Referentin: Sarah McIntyre, Business English Trainerin

        Teilnehmen: https://live.karriereakademie-west.at/w/english-interviews?t=8c1e20
        (Der Raum öffnet 15 Minuten vorher.)

        Sie können nicht live dabei sein? Alle Angemeldeten erhalten die Aufzeichnung.

        Ihre Karriereakademie West
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Karriereakademie West//Webinar//DE
METHOD:PUBLISH
{VIENNA}
BEGIN:VEVENT
UID:kaw-webinar-20261110-english-interviews
DTSTAMP:20261102T111504Z
DTSTART;TZID=Europe/Vienna:20261110T180000
DTEND;TZID=Europe/Vienna:20261110T190000
SUMMARY:Webinar: Vorstellungsgespräche auf Englisch souverän meistern
URL:https://live.karriereakademie-west.at/w/english-interviews?t=8c1e20
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.karriereakademie-west.at (mail.karriereakademie-west.at [91.227.205.14])",
                         "2026-11-02 12:15:09", "Europe/Vienna", "4Rm3Tz8Hk0z5cV")),
        ("From", addr("Karriereakademie West", "noreply@karriereakademie-west.at")),
        ("To", ME),
        ("Subject", enc("Anmeldebestätigung: Vorstellungsgespräche auf Englisch souverän meistern – 10.11.")),
        ("Date", date("2026-11-02 12:15:04", "Europe/Vienna")),
        ("Message-ID", "<webinar.reg.88214.20261102@karriereakademie-west.at>"),
    ], mixed(html(gmail_html(body)), calendar(ics, method="PUBLISH", cte="base64",
                                              filename="webinar.ics", disposition="attachment")))


@neg(47, family="tenant_interview", lang="de", company=None,
     note="Private landlord invites to a flat viewing with a 'kurzes Kennenlerngespräch' "
          "('Sa., 24.10., 10:30'); tenant selection, not a job interview",
     days=(("Sat", "2026-10-24"),))
def tenant_interview() -> bytes:
    body = t("""
        Grüß Gott Herr Hofer,

        danke für Ihr Interesse an der 3-Zimmer-Wohnung in der Gumppstraße. Ich habe sehr viele
        Anfragen bekommen und lade deshalb nur ein paar Interessenten zu einer Besichtigung mit
        einem kurzen Kennenlerngespräch ein - Sie sind dabei!

        Sa., 24.10., 10:30, Gumppstraße 47, 3. Stock (bitte bei "Mair" läuten)

        Bringen Sie bitte eine Einkommensbestätigung mit, gern auch ein paar Worte zu Ihnen und
        Ihrer Familie. Ihre Frau und die Kleine sind natürlich willkommen.

        Freundliche Grüße
        Gertraud Mair
        """)
    return message([
        ("Received", rcv("smtp.tirolmail.at (smtp.tirolmail.at [195.202.144.9])",
                         "2026-10-19 20:05:16", "Europe/Vienna", "4RK9Wd1Qn3z7bR")),
        ("From", addr("Gertraud Mair", "gertraud.mair@tirolmail.at")),
        ("To", ME),
        ("Subject", enc("Wohnung Gumppstraße – Besichtigung Samstag")),
        ("Date", date("2026-10-19 20:05:12", "Europe/Vienna")),
        ("Message-ID", "<000801dd3f2a$7b1c4e90$7154ebb0$@tirolmail.at>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@neg(48, family="post_interview", lang="de", company="Seilwerk Stubai GmbH",
     note="Thank-you note the day after the interview ('Gespräch gestern'), decision promised "
          "'bis Ende nächster Woche'; nothing new is scheduled")
def post_interview_seilwerk() -> bytes:
    body = t("""
        Sehr geehrter Herr Hofer,

        vielen Dank für das angenehme Gespräch gestern und Ihr Interesse an unserem Haus. Herr
        Gleirscher war von Ihren Erfahrungen mit der Inbetriebnahme in Laax sehr angetan.

        Wir führen diese Woche noch zwei weitere Gespräche und melden uns bis Ende nächster
        Woche mit einer Rückmeldung bei Ihnen.

        Mit freundlichen Grüßen

        Sabine Raich
        Human Resources
        Seilwerk Stubai GmbH
        """)
    return message([
        ("Received", rcv("mail.seilwerk-stubai.at (mail.seilwerk-stubai.at [62.99.142.71])",
                         "2026-09-18 14:03:37", "Europe/Vienna", "4Qs8Mf4Rz2z0dT")),
        ("From", addr("Sabine Raich", "sabine.raich@seilwerk-stubai.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Ihr Gespräch bei Seilwerk Stubai")),
        ("Date", date("2026-09-18 14:03:33", "Europe/Vienna")),
        ("Message-ID", "<AM0PR08MB4417E2B1C0D9F3A6B5E7C8D21A0F4@AM0PR08MB4417.eurprd08.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
    ], alt(text(body), html(gmail_html(body))))


@neg(49, family="user_research", lang="en", company=None,
     note="Paid user-research session ('1:1 user interview', Thursday, November 26, 2026, 4:00 "
          "PM - 5:00 PM CET, EUR 75 incentive) with an ICS; a research interview, not a job "
          "interview",
     days=(("Thu", "2026-11-26"),))
def user_research() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for signing up - your research session is confirmed!

        Study: Operator interfaces in industrial control rooms
        Session type: 1:1 user interview (remote, screen sharing)
        When: Thursday, November 26, 2026, 4:00 PM - 5:00 PM CET
        Link: https://meet.fieldnote-research.com/s/7q2k-ropeway
        Incentive: EUR 75 gift card, sent within 5 business days after the session

        Your interviewer will be Mei Lindqvist from our research team. There are no right or
        wrong answers - we want to learn how you work with HMI and SCADA screens day to day.

        Need to reschedule? Use the link in your participant portal.

        The Fieldnote Research team
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fieldnote Research//Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:fn-session-55120-7q2k@fieldnote-research.com
DTSTAMP:20261120T103009Z
DTSTART:20261126T150000Z
DTEND:20261126T160000Z
SUMMARY:Research session: Operator interfaces in industrial control rooms
LOCATION:https://meet.fieldnote-research.com/s/7q2k-ropeway
ORGANIZER;CN=Fieldnote Research:mailto:sessions@fieldnote-research.com
ATTENDEE;CN=Lukas Hofer:mailto:lukas.hofer@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.fieldnote-research.com (mail.fieldnote-research.com [198.51.100.61])",
                         "2026-11-20 10:30:14", "UTC", "4Ss1Pb9Gm6z3wK")),
        ("From", addr("Fieldnote Research", "sessions@fieldnote-research.com")),
        ("To", ME),
        ("Subject", "Confirmed: your research session on Thu, Nov 26"),
        ("Date", date("2026-11-20 10:30:09", "UTC")),
        ("Message-ID", "<fn.session.55120.confirm@fieldnote-research.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="session.ics", disposition="attachment")))


OFFER_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


@neg(50, family="offer", lang="de", company="Liftlog GmbH",
     note="Job offer (du-form) with a proposed contract hand-over 'Montag, 19.10., um 9 Uhr' if "
          "he accepts; an offer, not an interview",
     days=(("Mon", "2026-10-19"),))
def offer_liftlog() -> bytes:
    body = t("""
        Hallo Lukas,

        wir haben's ja am Telefon schon angedeutet – jetzt auch offiziell: Wir würden dich sehr
        gern als Senior Embedded Engineer bei Liftlog an Bord holen! 🎉

        Im Anhang findest du unser Angebot (Gehalt, Start 1.1.2027, 2 Homeoffice-Tage, Klimaticket).
        Lass dir ruhig bis Ende nächster Woche Zeit. Wenn du zusagst, würden wir dir den Vertrag
        gern am Montag, 19.10., um 9 Uhr bei uns im Büro übergeben – mit Frühstück.

        Bei Fragen ruf mich jederzeit an.

        Liebe Grüße
        Hannah

        Hannah Pichler
        People & Culture · Liftlog GmbH
        hannah.pichler@liftlog.at · +43 660 418 2290
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Angebot_Liftlog_Hofer.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Angebot_Liftlog_Hofer.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   base64.encodebytes(OFFER_PDF).decode("ascii"))
    return message([
        ("Received", rcv("mail-eopbgr130.outbound.protection.outlook.com (mail-eopbgr130.outbound.protection.outlook.com [40.107.13.130])",
                         "2026-10-09 16:20:51", "Europe/Vienna", "4RC6Hq2Ls8z4nX")),
        ("From", addr("Hannah Pichler", "hannah.pichler@liftlog.at")),
        ("To", addr("Lukas Hofer", ME)),
        ("Subject", enc("Dein Angebot von Liftlog 🎉")),
        ("Date", date("2026-10-09 16:20:47", "Europe/Vienna")),
        ("Message-ID", "<PR3P193MB0764A1E2C4D7F9B0E3C5D8A61F2B7@PR3P193MB0764.EURP193.PROD.OUTLOOK.COM>"),
    ], mixed(alt(text(body), html(gmail_html(body))), pdf))
