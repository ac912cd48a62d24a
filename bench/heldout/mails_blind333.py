"""blind333: a blind 50-mail held-out set, the inbox of Miriam Kortmann, IT-service desk coordinator
in Paderborn (Europe/Berlin), September to December 2026.

Written on 2026-11-26 by a helper session that read only ``make.py``, ``make_blind.py``, the
introduction and the Mix / label-convention / traps / judgement-call sections of the held-out
README, the dev corpus README, ``labels.json``, ``dev_002.eml``, ``dev_009.eml`` and ``score.py``.
It did not read the detector, its tests, the other ``mails_*.py`` or any other held-out set, and
never ran the detector. Every mail below is written by hand, one function each; keys 1-23 are the
positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 the negatives. File numbers are a
fixed shuffle of the writing order (``ORDER``). All companies and people are fictional.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, calendar, enc, html, message, mixed, received, t, text

SET = "blind333"
ORDER = random.Random(3330333).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "miriam.kortmann@example.com"
ME2 = "m.kortmann@example.org"
ME_NAME = "Miriam Kortmann"
BER = "Europe/Berlin"


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:12]}.{h[12:24]}@{domain}>"


def uid(seed: str) -> str:
    h = hashlib.sha1(("uid" + seed).encode(), usedforsecurity=False).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str,
         to: str | None = None, extra: tuple[tuple[str, str], ...] = (), rcpt: str = ME) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID and any extra headers."""
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {relay}", when, zone, "mx01.example.com with ESMTPS", rcpt)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject)),
        ("Date", make.date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="jana.wiemeler@lippetal-systemhaus.de", company="Lippetal Systemhaus GmbH",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
           note="Personio invitation, Sie; 'Dienstag, 15. September 2026, 10:00 - 11:00 Uhr' in Lippstadt, CEST (UTC+2); contact = human Reply-To (the noreply sender is Personio's)")
def p01() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        vielen Dank für Ihre Bewerbung als Teamleitung IT-Service Desk (m/w/d) und Ihr Interesse an
        der Lippetal Systemhaus GmbH.

        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen. Hiermit bestätigen wir
        Ihnen den folgenden Termin:

          Datum:    Dienstag, 15. September 2026
          Uhrzeit:  10:00 - 11:00 Uhr
          Ort:      Lippetal Systemhaus GmbH, Erwitter Straße 112, 59557 Lippstadt
                    (Empfang im Erdgeschoss, Besucherparkplätze vor dem Gebäude)

        Ihre Gesprächspartner sind Herr Dirk Schulte-Ebbert (Leitung IT-Betrieb) und ich.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Jana Wiemeler
        Personalreferentin
        Lippetal Systemhaus GmbH

        Diese Nachricht wurde über Personio versendet.
        """)
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1e1e1e">
        <p>Sehr geehrte Frau Kortmann,</p>
        <p>vielen Dank f&uuml;r Ihre Bewerbung als Teamleitung IT-Service Desk (m/w/d) und Ihr Interesse an
        der Lippetal Systemhaus GmbH.</p>
        <p>Wir freuen uns, Sie zu einem pers&ouml;nlichen Gespr&auml;ch einzuladen. Hiermit best&auml;tigen wir
        Ihnen den folgenden Termin:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum:</b></td><td>Dienstag, 15. September 2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Lippetal Systemhaus GmbH, Erwitter Stra&szlig;e 112, 59557 Lippstadt<br>
        (Empfang im Erdgeschoss, Besucherparkpl&auml;tze vor dem Geb&auml;ude)</td></tr>
        </table>
        <p>Ihre Gespr&auml;chspartner sind Herr Dirk Schulte-Ebbert (Leitung IT-Betrieb) und ich.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen k&ouml;nnen, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Gr&uuml;&szlig;en</p>
        <p>Jana Wiemeler<br>Personalreferentin<br>Lippetal Systemhaus GmbH</p>
        <p style="color:#888;font-size:11px">Diese Nachricht wurde &uuml;ber Personio versendet.</p>
        </body></html>
        """)
    h = head(addr("Lippetal Systemhaus GmbH", "noreply@personio.de"),
             "Einladung zum Vorstellungsgespräch – Teamleitung IT-Service Desk (m/w/d)",
             "2026-09-09 14:12", BER, mid("p01", "mail.personio.de"), "mail-out.personio.de (mail-out.personio.de [185.12.40.17])",
             extra=(("Reply-To", addr("Jana Wiemeler", "jana.wiemeler@lippetal-systemhaus.de")),))
    return message(h, alt(text(body), html(body_html)))


def _okc_invite(seq: int, start: str, end: str, stamp: str, method: str = "REQUEST") -> str:
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Henrik Brockmeyer:mailto:h.brockmeyer@owl-kliniken-it.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Miriam Kortmann:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Tiemann:mailto:s.tiemann@owl-kliniken-it.de
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Service Desk Koordination\\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B601000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Kortmann – Service Desk Koordination
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams-Besprechung
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZTk5ZjEtYjQ1MC00ZjA2%40thread.v2/0?context=%7b%22Tid%22%3a%22b0a1%22%7d>
Besprechungs-ID: 318 554 207 61
Kennung: k7Qp2X
Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


@make.mail(N(2), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-09-21T12:00:00Z", end="2026-09-21T13:00:00Z",
           contact="h.brockmeyer@owl-kliniken-it.de", company="OWL Kliniken IT-Service GmbH",
           local="Mon 2026-09-21 14:00", local_end="2026-09-21 15:00", zone=BER,
           note="Exchange meeting request (Teams), TZID W. Europe Standard Time 14:00-15:00 CEST; the body shows Outlook's '(UTC+01:00) Amsterdam, Berlin…' label, the instant is the summer one; contact = human sender and ICS ORGANIZER")
def p02() -> bytes:
    body = t("""
        Wann: Montag, 21. September 2026 14:00-15:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        Achtung: Die oben genannte Zeitzonenangabe wird von Microsoft Exchange angehängt.

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Kortmann,

        wie heute telefonisch besprochen, sende ich Ihnen hiermit die Einladung für unser
        Vorstellungsgespräch zur Position Koordinator/in IT-Service Desk. Mit dabei ist
        Frau Tiemann aus der Personalabteilung.

        Mit freundlichen Grüßen
        Henrik Brockmeyer
        Abteilungsleiter IT-Support & Service Management
        OWL Kliniken IT-Service GmbH | Teutoburger Str. 48 | 33604 Bielefeld

        """) + TEAMS_DE
    ics = _okc_invite(0, "20260921T140000", "20260921T150000", "20260915T074102Z")
    h = head(addr("Brockmeyer, Henrik", "h.brockmeyer@owl-kliniken-it.de"),
             "Vorstellungsgespräch Frau Kortmann – Service Desk Koordination",
             "2026-09-15 09:41", BER, "<FR3P281MB1564A2C0D7E5B9F8E4C1A3B0D2E9A@FR3P281MB1564.DEUP281.PROD.OUTLOOK.COM>",
             "FR3P281CU001.outbound.protection.outlook.com (mail-germanywestcentralazon11020100.outbound.protection.outlook.com [52.101.171.100])",
             extra=(("Thread-Topic", enc("Vorstellungsgespräch Frau Kortmann – Service Desk Koordination")),
                    ("Thread-Index", "AdtC8zq0Vm3p1L2kQKe2wq8bYp9x0g=="),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "de-DE")))
    return message(h, alt(text(body, cte="quoted-printable"), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T09:00:00Z", end="2026-10-01T09:45:00Z",
           contact="agnieszka.wrobel@vistulacloud.pl", company="Vistula Cloud",
           local="Thu 2026-10-01 11:00", local_end="2026-10-01 11:45", zone="Europe/Warsaw",
           note="Greenhouse confirmation from a Warsaw employer: '11:00 AM - 11:45 AM CEST (Warsaw)', Warsaw = Berlin offset, UTC+2 before 25 October; ICS with TZID Europe/Warsaw; contact = Reply-To recruiter")
def p03() -> bytes:
    body = t("""
        Hi Miriam,

        Thanks for scheduling your interview with Vistula Cloud! Here are the details:

        Position: Service Desk Team Lead (EMEA)
        Interview: First conversation with the Support Operations team
        Date: Thursday, October 1, 2026
        Time: 11:00 AM - 11:45 AM CEST (Warsaw)

        Interviewers:
        Tomasz Lisiecki - Head of Support Operations
        Agnieszka Wróbel - Talent Acquisition Partner

        Location: Google Meet - https://meet.google.com/vqk-ftbs-ruw

        The calendar invitation is attached. If you need to make any changes, reply to this email
        and Agnieszka will help you.

        Best,
        The Vistula Cloud Recruiting Team
        """)
    body_html = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Miriam,</p>
        <p>Thanks for scheduling your interview with Vistula Cloud! Here are the details:</p>
        <p><strong>Position:</strong> Service Desk Team Lead (EMEA)<br>
        <strong>Interview:</strong> First conversation with the Support Operations team<br>
        <strong>Date:</strong> Thursday, October 1, 2026<br>
        <strong>Time:</strong> 11:00 AM - 11:45 AM CEST (Warsaw)</p>
        <p><strong>Interviewers:</strong><br>Tomasz Lisiecki - Head of Support Operations<br>
        Agnieszka Wr&oacute;bel - Talent Acquisition Partner</p>
        <p><strong>Location:</strong> <a href="https://meet.google.com/vqk-ftbs-ruw">Google Meet</a></p>
        <p>The calendar invitation is attached. If you need to make any changes, reply to this email
        and Agnieszka will help you.</p>
        <p>Best,<br>The Vistula Cloud Recruiting Team</p>
        <img src="https://app.greenhouse.io/email_open/4f1c2a.gif" width="1" height="1" alt="">
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Warsaw
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
END:VTIMEZONE
BEGIN:VEVENT
UID:{uid("p03")}@greenhouse.io
DTSTAMP:20260925T103318Z
DTSTART;TZID=Europe/Warsaw:20261001T110000
DTEND;TZID=Europe/Warsaw:20261001T114500
SUMMARY:Interview: Miriam Kortmann / Vistula Cloud - Service Desk Team Lead (EMEA)
LOCATION:https://meet.google.com/vqk-ftbs-ruw
ORGANIZER;CN=Agnieszka Wróbel:mailto:agnieszka.wrobel@vistulacloud.pl
ATTENDEE;CN=Miriam Kortmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Vistula Cloud", "no-reply@us.greenhouse-mail.io"),
             "Interview confirmation: Service Desk Team Lead (EMEA) at Vistula Cloud",
             "2026-09-25 12:33", "Europe/Warsaw", mid("p03", "us.greenhouse-mail.io"),
             "o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.61.12])",
             extra=(("Reply-To", addr("Agnieszka Wróbel", "agnieszka.wrobel@vistulacloud.pl")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(body_html, cte="base64")),
                            calendar(ics, method="REQUEST", ctype="text/calendar", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(4), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-02T08:00:00Z", end=None,
           contact="lukas.hammes@kranhaus-digital.de", company="Kranhaus Digital GmbH",
           local="Fri 2026-10-02 10:00", zone=BER,
           days=(("Mon", "2026-09-28"),),
           note="Du-Mail from a Cologne start-up, 'Freitag um 10 Uhr' resolved against the Date (Mon 28 Sep 2026) = Fri 2 Oct, CEST; 'so eine Stunde' is approximate, end null; contact = human sender")
def p04() -> bytes:
    body = t("""
        Hi Miriam,

        danke für deine schnelle Rückmeldung! Dann machen wir es so: Freitag um 10 Uhr bei uns im
        Büro im Rheinauhafen (Anna-Schneider-Steig 9, 3. OG – einfach bei "Kranhaus Digital" klingeln).

        Wir sind zu dritt: ich, Merve aus dem Customer-Support und unser CTO Jonas. Plan mal so eine
        Stunde ein, danach zeigen wir dir noch kurz das Büro. Kaffee gibt's natürlich auch :)

        Wenn du mit der Bahn kommst: vom Hbf sind es ca. 20 Minuten mit der 106 bis "Rheinauhafen".

        Bis Freitag!
        Lukas

        --
        Lukas Hammes | People & Culture
        Kranhaus Digital GmbH | Köln
        lukas.hammes@kranhaus-digital.de | +49 221 5588 2140

        Am Mo., 28. Sept. 2026 um 12:04 Uhr schrieb Miriam Kortmann <miriam.kortmann@example.com>:
        > Hallo Lukas,
        >
        > vielen Dank für die Einladung! Freitag Vormittag passt mir sehr gut, ich würde dann mit
        > dem Zug aus Paderborn kommen.
        >
        > Viele Grüße
        > Miriam
        >
        > Am Fr., 25. Sept. 2026 um 16:30 Uhr schrieb Lukas Hammes <lukas.hammes@kranhaus-digital.de>:
        >> Hallo Miriam,
        >>
        >> wir würden dich gerne persönlich kennenlernen! Hättest du nächste Woche Freitag
        >> vormittags Zeit, bei uns in Köln vorbeizukommen?
        >>
        >> Viele Grüße
        >> Lukas
        """)
    h = head(addr("Lukas Hammes", "lukas.hammes@kranhaus-digital.de"),
             "Re: Dein Kennenlernen bei Kranhaus Digital",
             "2026-09-28 17:20", BER, "<CAHq3kL9m2=vX0bQ7yN4s8fR1tP5wE6uJ3dK0cZ2aG7hB9xM4nA@mail.gmail.com>",
             "mail-wr1-f50.google.com (mail-wr1-f50.google.com [209.85.221.50])",
             extra=(("In-Reply-To", "<CAF5nR2pQ7vW1xY8zT3uK6bL9mD4eH0jG5sA2cV7fN1iO3kM8rB@mail.gmail.com>"),
                    ("References", "<CAHq3kL1a8=zP4bR6yN2s0fT3tQ7wE9uJ5dK8cZ1aG4hB6xM2nC@mail.gmail.com> <CAF5nR2pQ7vW1xY8zT3uK6bL9mD4eH0jG5sA2cV7fN1iO3kM8rB@mail.gmail.com>")))
    return message(h, alt(text(body, cte="quoted-printable"), html(make.gmail_html(body))))


@make.mail(N(5), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start="2026-10-07T11:00:00Z", end=None,
           contact="c.oppermann@okerland-versicherung.de", company="Okerland Versicherung AG",
           local="Wed 2026-10-07 13:00", zone=BER,
           note="Short Sie-reply on top of the quoted thread from Braunschweig: 'bestätige ich Ihnen hiermit Mittwoch, den 7. Oktober, 13:00 Uhr', CEST; 'ca. 1 Stunde' approximate, end null; contact = human sender")
def p05() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        vielen Dank für Ihre Rückmeldung. Dann bestätige ich Ihnen hiermit Mittwoch, den 7. Oktober,
        um 13:00 Uhr in unserer Zentrale am Theodor-Heuss-Ring 30 in Braunschweig. Bitte melden Sie sich
        am Empfang im Foyer; für das Gespräch sollten Sie ca. 1 Stunde einplanen.

        Eine Erstattung Ihrer Fahrtkosten (Bahn 2. Klasse) ist selbstverständlich möglich.

        Mit freundlichen Grüßen
        Claudia Oppermann
        Personalgewinnung

        Okerland Versicherung AG
        Theodor-Heuss-Ring 30, 38102 Braunschweig
        Telefon 0531 70815-224

        -----Ursprüngliche Nachricht-----
        Von: Miriam Kortmann <miriam.kortmann@example.com>
        Gesendet: Donnerstag, 1. Oktober 2026 19:12
        An: Oppermann, Claudia <c.oppermann@okerland-versicherung.de>
        Betreff: AW: Ihre Bewerbung als IT-Service-Koordinatorin (Kennziffer 2026-117)

        Sehr geehrte Frau Oppermann,

        vielen Dank für die Einladung. Von den vorgeschlagenen Terminen passt mir Mittwoch,
        7. Oktober, 13:00 Uhr am besten.

        Mit freundlichen Grüßen
        Miriam Kortmann

        -----Ursprüngliche Nachricht-----
        Von: Oppermann, Claudia <c.oppermann@okerland-versicherung.de>
        Gesendet: Mittwoch, 30. September 2026 10:47
        Betreff: Ihre Bewerbung als IT-Service-Koordinatorin (Kennziffer 2026-117)

        Sehr geehrte Frau Kortmann,

        wir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Folgende Termine könnten wir
        Ihnen anbieten:
        - Dienstag, 6. Oktober, 9:00 Uhr
        - Mittwoch, 7. Oktober, 13:00 Uhr
        - Freitag, 9. Oktober, 10:30 Uhr
        Bitte teilen Sie mir mit, welcher Termin Ihnen passt.
        """)
    h = head(addr("Oppermann, Claudia", "c.oppermann@okerland-versicherung.de"),
             "AW: Ihre Bewerbung als IT-Service-Koordinatorin (Kennziffer 2026-117)",
             "2026-10-02 08:55", BER, "<AM9P195MB10847F2C9E1A5B3D6F0A8C2E41B7@AM9P195MB1084.EURP195.PROD.OUTLOOK.COM>",
             "EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2104.outbound.protection.outlook.com [40.107.247.104])",
             extra=(("In-Reply-To", "<DB7PR01MB5123A1C2@example.com>"), ("References", "<DB7PR01MB5123A1C2@example.com>"),
                    ("Thread-Topic", "Ihre Bewerbung als IT-Service-Koordinatorin (Kennziffer 2026-117)"),
                    ("Content-Language", "de-DE")))
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(6), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T14:00:00Z", end="2026-10-27T14:45:00Z",
           contact="dana.whitfield@prairieline.com", company="Prairie Line Technologies",
           local="Tue 2026-10-27 09:00", local_end="2026-10-27 09:45", zone="America/Chicago",
           note="Workday notification from a Chicago employer: 'Tuesday, October 27, 2026, 9:00 AM - 9:45 AM (Central Time)'; Europe is already on CET (since 25 Oct) but Chicago still on CDT (UTC-5) until 1 Nov, so 14:00 UTC = 15:00 in Paderborn; contact = recruiter address in the body")
def p06() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd5.myworkday.com/prairieline/img/logo.png" alt="Prairie Line Technologies" height="32"><br><br>
        <p>Hello Miriam,</p>
        <p>Thank you for your interest in the <b>Service Desk Manager, EMEA (Remote)</b> position (R-0048821).
        Your interview has been scheduled as follows:</p>
        <p><b>Interview:</b> Hiring Manager Interview<br>
        <b>Date:</b> Tuesday, October 27, 2026<br>
        <b>Time:</b> 9:00 AM - 9:45 AM (Central Time)<br>
        <b>Interviewer:</b> Marcus Delacroix, Director, Global IT Support<br>
        <b>Location:</b> Microsoft Teams (a link will be sent by the interviewer)</p>
        <p>If you have questions or need to reschedule, please contact Dana Whitfield, Talent Acquisition,
        at <a href="mailto:dana.whitfield@prairieline.com">dana.whitfield@prairieline.com</a>.</p>
        <p>You can review your application at any time on our
        <a href="https://wd5.myworkday.com/prairieline/d/home.htmld">candidate home page</a>.</p>
        <p>Sincerely,<br>Prairie Line Technologies Talent Acquisition</p>
        </td></tr></table>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#999">This email was sent by Workday on behalf of Prairie Line Technologies. Please do not reply to this email.</p>
        </td></tr></table>
        </body></html>
        """)
    h = head(addr("Prairie Line Technologies", "prairieline@myworkday.com"),
             "Interview Scheduled - Service Desk Manager, EMEA (Remote)",
             "2026-10-20 10:15", "America/Chicago", mid("p06", "myworkday.com"),
             "mx0b-00123b01.pphosted.com (mx0b-00123b01.pphosted.com [148.163.159.42])")
    return message(h, html(body_html, cte="quoted-printable"))


@make.mail(N(7), family="calendly", lang="de", interview=True, kind="scheduled",
           start="2026-10-07T07:30:00Z", end="2026-10-07T08:00:00Z",
           contact="s.kaymak@rheinpersonal.de", company="Rheinpersonal GmbH",
           local="Wed 2026-10-07 09:30", local_end="2026-10-07 10:00", zone=BER,
           note="Calendly invitee confirmation (German UI) for a 30-minute call with an agency recruiter in Düsseldorf: '09:30 - 10:00, Mittwoch, 7. Oktober 2026 (Mitteleuropäische Zeit)', CEST; an agency screening interview counts; contact = recruiter's address in the body (Calendly's sender is a no-reply)")
def p07() -> bytes:
    body = t("""
        Hallo Miriam Kortmann,

        Ihr Termin mit Selin Kaymak ist geplant.

        Veranstaltungstyp:
        Telefoninterview (30 Min.)

        Veranstaltungsdatum/-zeit:
        09:30 - 10:00, Mittwoch, 7. Oktober 2026 (Mitteleuropäische Zeit)

        Ort:
        Selin ruft Sie unter +49 5251 0000 000 an.

        Einladungsempfänger-Zeitzone:
        Mitteleuropäische Zeit

        Fragen:
        Um welche Position geht es?
        IT-Service-Desk-Koordinatorin bei unserem Kunden in Düsseldorf

        Kontakt: s.kaymak@rheinpersonal.de

        Veranstaltung in Ihrem Kalender anzeigen:
        https://calendly.com/events/8b3d9e1f-2c47-4a6a-9f10-d1e2c3b4a5f6/google

        Termin absagen: https://calendly.com/cancellations/8b3d9e1f-2c47-4a6a-9f10-d1e2c3b4a5f6
        Termin verschieben: https://calendly.com/reschedulings/8b3d9e1f-2c47-4a6a-9f10-d1e2c3b4a5f6

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hallo Miriam Kortmann,</p>
        <p>Ihr Termin mit <b>Selin Kaymak</b> ist geplant.</p>
        <p style="font-weight:bold;margin-bottom:0">Veranstaltungstyp:</p><p style="margin-top:0">Telefoninterview (30 Min.)</p>
        <p style="font-weight:bold;margin-bottom:0">Veranstaltungsdatum/-zeit:</p><p style="margin-top:0">09:30 - 10:00, Mittwoch, 7. Oktober 2026 (Mitteleurop&auml;ische Zeit)</p>
        <p style="font-weight:bold;margin-bottom:0">Ort:</p><p style="margin-top:0">Selin ruft Sie unter +49 5251 0000 000 an.</p>
        <p style="font-weight:bold;margin-bottom:0">Einladungsempf&auml;nger-Zeitzone:</p><p style="margin-top:0">Mitteleurop&auml;ische Zeit</p>
        <p style="font-weight:bold;margin-bottom:0">Fragen:</p><p style="margin-top:0">Um welche Position geht es?<br>IT-Service-Desk-Koordinatorin bei unserem Kunden in D&uuml;sseldorf</p>
        <p>Kontakt: <a href="mailto:s.kaymak@rheinpersonal.de">s.kaymak@rheinpersonal.de</a></p>
        <p><a href="https://calendly.com/events/8b3d9e1f-2c47-4a6a-9f10-d1e2c3b4a5f6/google">Veranstaltung in Ihrem Kalender anzeigen</a></p>
        <p><a href="https://calendly.com/cancellations/8b3d9e1f-2c47-4a6a-9f10-d1e2c3b4a5f6">Termin absagen</a> |
        <a href="https://calendly.com/reschedulings/8b3d9e1f-2c47-4a6a-9f10-d1e2c3b4a5f6">Termin verschieben</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </body></html>
        """)
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Neue Veranstaltung: Selin Kaymak - 09:30 Mi., 7. Okt. 2026 - Telefoninterview (30 Min.)",
             "2026-10-05 16:48", BER, mid("p07", "calendly.com"),
             "o1.ptr2291.calendly.com (o1.ptr2291.calendly.com [149.72.130.38])")
    return message(h, alt(text(body), html(body_html)))


@make.mail(N(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-16T08:00:00Z", end="2026-10-16T09:00:00Z",
           contact="katharina.pichler@donaukanal-software.at", company="Donaukanal Software GmbH",
           local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone="Europe/Vienna",
           note="Google Calendar invitation (German UI) from a Vienna employer: 'Fr. 16. Okt. 2026 10:00 - 11:00 (Mitteleuropäische Sommerzeit - Wien)', UTC+2; ICS TZID Europe/Vienna; contact = ICS ORGANIZER / sender")
def p08() -> bytes:
    body = t("""
        Katharina Pichler hat Sie zu einem Termin eingeladen.

        Zweitgespräch Service Desk Lead – Miriam Kortmann
        Freitag, 16. Oktober 2026 · 10:00 – 11:00
        Zeitzone: Europe/Vienna
        Google Meet-Videokonferenz: https://meet.google.com/ahc-pwxr-tmz

        Liebe Frau Kortmann, wie besprochen hier die Einladung zum Zweitgespräch mit Herrn Gruber
        (Head of IT Operations) und mir. Bis Freitag!

        Organisator
        Katharina Pichler
        katharina.pichler@donaukanal-software.at

        Gäste
        Katharina Pichler – Organisator
        Florian Gruber
        miriam.kortmann@example.com

        Antworten für miriam.kortmann@example.com: Ja (https://calendar.google.com/calendar/event?action=RESPOND&rst=1) / Nein / Vielleicht

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
        """)
    body_html = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif">
        <div style="font-size:14px;color:#3c4043">Katharina Pichler hat Sie zu einem Termin eingeladen.</div>
        <h2 style="font-weight:400;font-size:22px;color:#3c4043">Zweitgespr&auml;ch Service Desk Lead &ndash; Miriam Kortmann</h2>
        <div style="font-size:14px;color:#3c4043">Freitag, 16. Oktober 2026 &middot; 10:00 &ndash; 11:00<br>Zeitzone: Europe/Vienna</div>
        <div><a href="https://meet.google.com/ahc-pwxr-tmz">Mit Google Meet teilnehmen</a></div>
        <div style="margin-top:12px">Liebe Frau Kortmann, wie besprochen hier die Einladung zum Zweitgespr&auml;ch mit Herrn Gruber
        (Head of IT Operations) und mir. Bis Freitag!</div>
        <div style="margin-top:12px"><b>Organisator</b><br>Katharina Pichler<br>katharina.pichler@donaukanal-software.at</div>
        <div style="margin-top:12px"><b>G&auml;ste</b><br>Katharina Pichler &ndash; Organisator<br>Florian Gruber<br>miriam.kortmann@example.com</div>
        <div style="font-size:12px;color:#70757a;margin-top:16px">Einladung von Google Kalender</div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Vienna
X-LIC-LOCATION:Europe/Vienna
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
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261016T100000
DTEND;TZID=Europe/Vienna:20261016T110000
DTSTAMP:20261009T072215Z
ORGANIZER;CN=Katharina Pichler:mailto:katharina.pichler@donaukanal-software.at
UID:2v8k1q0m4d7s3p6r9t2c5n8b1x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katharina Pichler;X-NUM-GUESTS=0:mailto:katharina.pichler@donaukanal-software.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Gruber;X-NUM-GUESTS=0:mailto:florian.gruber@donaukanal-software.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/ahc-pwxr-tmz
CREATED:20261009T072214Z
DESCRIPTION:Liebe Frau Kortmann, wie besprochen hier die Einladung zum Zweitgespräch mit Herrn Gruber (Head of IT Operations) und mir. Bis Freitag!
LAST-MODIFIED:20261009T072214Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Service Desk Lead – Miriam Kortmann
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Katharina Pichler", "katharina.pichler@donaukanal-software.at"),
             "Einladung: Zweitgespräch Service Desk Lead – Miriam Kortmann @ Fr. 16. Okt. 2026 10:00 - 11:00 (MESZ) (miriam.kortmann@example.com)",
             "2026-10-09 09:22", "Europe/Vienna", "<calendar-6f1b2e4a-7c3d-4e59-a1b0-9d8c7e6f5a41@google.com>",
             "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Katharina Pichler", "katharina.pichler@donaukanal-software.at"))))
    return message(h, mixed(alt(text(body), html(body_html), calendar(ics, method="REQUEST", cte="base64")),
                            calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(9), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-11-02T08:00:00Z", end="2026-11-02T09:00:00Z",
           contact=None, company="Kommunales Rechenzentrum Weserbergland",
           local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=BER,
           note="Microsoft Bookings confirmation from a shared mailbox, booked on Fri 23 Oct (CEST) for Mon 2 Nov 09:00-10:00 (UTC+01:00), after the 25 October change, so UTC+1; ICS W. Europe Standard Time; only a staff name and the Bookings mailbox, contact null")
def p09() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Ihre Buchung wurde bestätigt</p>
        <p>Hallo Miriam Kortmann,</p>
        <p>vielen Dank für Ihre Buchung bei <b>KRZ Weserbergland – Bewerbungsgespräche</b>.</p>
        <table cellpadding="3">
        <tr><td>Dienst</td><td>Vorstellungsgespräch Stellenausschreibung 41/2026 (IT-Servicedesk)</td></tr>
        <tr><td>Datum und Uhrzeit</td><td>Montag, 2. November 2026 09:00 – 10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Mitarbeiter</td><td>Thorsten Rehling</td></tr>
        <tr><td>Ort</td><td>Kommunales Rechenzentrum Weserbergland, Am Bahnhof 7, 37671 Höxter, Raum 2.14</td></tr>
        </table>
        <p>Bitte bringen Sie einen gültigen Lichtbildausweis mit und melden Sie sich an der Pforte.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/KRZWeserbergland@krz-weserbergland.de/bookings/s/Xq1r0T8eV0a4GgkQm2p7mQ2/cancel">Abbrechen</a> |
        <a href="https://outlook.office365.com/owa/calendar/KRZWeserbergland@krz-weserbergland.de/bookings/s/Xq1r0T8eV0a4GgkQm2p7mQ2/reschedule">Umplanen</a></p>
        <p style="font-size:12px;color:#605e5c">Kommunales Rechenzentrum Weserbergland · Am Bahnhof 7 · 37671 Höxter · 05271 9661-0</p>
        <p style="font-size:11px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=KRZ Weserbergland – Bewerbungsgespräche:mailto:KRZWeserbergland@krz-weserbergland.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Miriam Kortmann:mailto:{ME}
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Stellenausschreibung 41/2026 (IT-Servicedesk)\\nMitarbeiter: Thorsten Rehling\\n
UID:040000008200E00074C5B7101A82E0080000000010F3E2D1C0B9A8970100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Stellenausschreibung 41/2026 (IT-Servicedesk)
DTSTART;TZID=W. Europe Standard Time:20261102T090000
DTEND;TZID=W. Europe Standard Time:20261102T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T114907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kommunales Rechenzentrum Weserbergland, Am Bahnhof 7, 37671 Höxter, Raum 2.14
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = head(addr("KRZ Weserbergland – Bewerbungsgespräche", "KRZWeserbergland@krz-weserbergland.de"),
             "Buchung bestätigt: Vorstellungsgespräch Stellenausschreibung 41/2026 (IT-Servicedesk) mit Thorsten Rehling",
             "2026-10-23 13:49", BER, "<BEZP281MB2245C1D3E5F7A9B0C2D4E6F8A1B3C5D7@BEZP281MB2245.DEUP281.PROD.OUTLOOK.COM>",
             "DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2112.outbound.protection.outlook.com [40.107.127.112])",
             extra=(("X-MS-Exchange-Organization-BookingsAppointment", "True"),))
    return message(h, mixed(html(body_html, cte="base64"),
                            calendar(ics, method="REQUEST", cte="base64", filename="Buchung.ics",
                                     disposition="attachment", name_param=True)))


@make.mail(N(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-11-04T15:00:00Z", end="2026-11-04T16:00:00Z",
           contact="ciara.nolan@liffeysidepayments.ie", company="Liffeyside Payments",
           local="Wed 2026-11-04 15:00", local_end="2026-11-04 16:00", zone="Europe/Dublin",
           note="SmartRecruiters confirmation from Dublin: 'Wednesday 4 November 2026, 15:00 - 16:00 (Dublin, GMT)'; Ireland is on GMT since 25 October, so 15:00 UTC (16:00 in Paderborn); ICS in UTC; contact = recruiter (Reply-To)")
def p10() -> bytes:
    body = t("""
        Dear Miriam,

        Thank you for accepting our interview invitation. We look forward to speaking with you!

        Job: IT Service Desk Coordinator - EMEA Hub (Ref. LP-2026-0391)
        Interview type: Video interview (Microsoft Teams)
        When: Wednesday 4 November 2026, 15:00 - 16:00 (Dublin, GMT)
        With: Ciara Nolan (Talent Partner), Declan Byrne (IT Service Manager)

        The Teams link is in the attached calendar invitation.

        If anything changes on your side, simply reply to this message.

        Kind regards,
        Ciara Nolan
        Liffeyside Payments | Talent Acquisition
        Sir John Rogerson's Quay, Dublin 2

        ---
        Sent via SmartRecruiters. Manage your privacy settings: https://jobs.smartrecruiters.com/privacy
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Miriam,</p>
        <p>Thank you for accepting our interview invitation. We look forward to speaking with you!</p>
        <p><b>Job:</b> IT Service Desk Coordinator - EMEA Hub (Ref. LP-2026-0391)<br>
        <b>Interview type:</b> Video interview (Microsoft Teams)<br>
        <b>When:</b> Wednesday 4 November 2026, 15:00 - 16:00 (Dublin, GMT)<br>
        <b>With:</b> Ciara Nolan (Talent Partner), Declan Byrne (IT Service Manager)</p>
        <p>The Teams link is in the attached calendar invitation.</p>
        <p>If anything changes on your side, simply reply to this message.</p>
        <p>Kind regards,<br>Ciara Nolan<br>Liffeyside Payments | Talent Acquisition<br>Sir John Rogerson's Quay, Dublin 2</p>
        <hr><p style="font-size:11px;color:#777">Sent via SmartRecruiters.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid("p10")}@smartrecruiters.com
DTSTAMP:20261027T113002Z
DTSTART:20261104T150000Z
DTEND:20261104T160000Z
SUMMARY:Interview - IT Service Desk Coordinator - EMEA Hub - Liffeyside Payments
DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q4M2Fh%40thread.v2/0
ORGANIZER;CN=Ciara Nolan:mailto:ciara.nolan@liffeysidepayments.ie
ATTENDEE;CN=Miriam Kortmann;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Ciara Nolan via SmartRecruiters", "noreply@smartrecruiters.com"),
             "Interview confirmed: IT Service Desk Coordinator - EMEA Hub",
             "2026-10-27 11:30", "Europe/Dublin", mid("p10", "smartrecruiters.com"),
             "mail-out-12.smartrecruiters.com (mail-out-12.smartrecruiters.com [54.240.8.112])",
             extra=(("Reply-To", addr("Ciara Nolan", "ciara.nolan@liffeysidepayments.ie")),))
    return message(h, mixed(alt(text(body), html(body_html)),
                            calendar(ics, method="REQUEST", cte="7bit", filename="interview.ics",
                                     disposition="attachment", name_param=True)))


@make.mail(N(11), family="forwarded", lang="de", interview=True, kind="scheduled",
           start="2026-11-10T12:30:00Z", end=None,
           contact="b.ahlers@maschsee-energie.de", company="Maschsee Energie GmbH",
           local="Tue 2026-11-10 13:30", zone=BER,
           note="Miriam forwards the Hannover HR mail from her example.com to her example.org address (Gmail 'Fwd:'); 'Dienstag, den 10. November 2026, um 13:30 Uhr', CET (UTC+1); no length; contact = the human sender in the forwarded header")
def p11() -> bytes:
    body = t("""
        zum Merken: Parkhaus am Aegi nehmen, Ausweis mitbringen!

        ---------- Forwarded message ---------
        Von: Birte Ahlers <b.ahlers@maschsee-energie.de>
        Date: Di., 3. Nov. 2026 um 11:02 Uhr
        Subject: Einladung zum Vorstellungsgespräch – IT Service Desk Koordinator (m/w/d)
        To: Miriam Kortmann <miriam.kortmann@example.com>


        Sehr geehrte Frau Kortmann,

        wir bedanken uns für Ihre Bewerbung und laden Sie herzlich zu einem persönlichen Gespräch
        am Dienstag, den 10. November 2026, um 13:30 Uhr in unsere Hauptverwaltung ein:

        Maschsee Energie GmbH
        Hildesheimer Straße 96
        30169 Hannover
        Gebäude B, 4. Etage, Raum B4.07

        An dem Gespräch nehmen Herr Kai Meyerhoff (Teamleiter IT-Support) und ich teil.
        Bitte bestätigen Sie mir den Termin kurz per E-Mail.

        Mit freundlichen Grüßen

        Birte Ahlers
        Human Resources | Recruiting
        Maschsee Energie GmbH
        Tel. +49 511 4302-1187
        """)
    h = head(addr(ME_NAME, ME), "Fwd: Einladung zum Vorstellungsgespräch – IT Service Desk Koordinator (m/w/d)",
             "2026-11-03 18:06", BER, "<CAJm8xT2pL4vQ9nR0sY3wB7uK1eF6hD5gZ8cA2jN4iM0oP7rW3q@mail.gmail.com>",
             "mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])",
             to=addr("Miriam Kortmann", ME2), rcpt=ME2)
    return message(h, alt(text(body, cte="quoted-printable"), html(make.gmail_html(body))))


@make.mail(N(12), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start="2026-11-12T09:00:00Z", end="2026-11-12T10:00:00Z",
           contact="nele.brinkmann@hasetal-medien.de", company="Hasetal Medien GmbH",
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=BER,
           note="Teamtailor, HTML only, Osnabrück: 'Donnerstag, 12. November 2026, 10:00 – 11:00 (Europe/Berlin)', CET; contact = recruiter's address in the body (sender is the Teamtailor relay)")
def p12() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Interview</title></head>
        <body style="margin:0;background:#f6f6f6">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#222">
        <img src="https://assets.teamtailor-cdn.com/hasetal-medien/logo.png" alt="Hasetal Medien" height="36">
        <h1 style="font-size:20px">Ihr Interview ist gebucht</h1>
        <p>Hallo Miriam,</p>
        <p>schön, dass es geklappt hat! Hier noch einmal alle Details zu unserem Gespräch für die Stelle
        <strong>IT Service Desk Coordinator (m/w/d)</strong>:</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:16px">
        <div>&#128197; Donnerstag, 12. November 2026</div>
        <div>&#128339; 10:00 – 11:00 (Europe/Berlin)</div>
        <div>&#128205; Hasetal Medien GmbH, Hasestraße 61, 49074 Osnabrück</div>
        <div>&#128101; Nele Brinkmann, Ole Vennemann</div>
        </div>
        <p>Bei Fragen erreichen Sie mich unter <a href="mailto:nele.brinkmann@hasetal-medien.de">nele.brinkmann@hasetal-medien.de</a>.</p>
        <p><a href="https://hasetal-medien.teamtailor.com/meetings/7f3c2a91/ics" style="background:#222;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Zum Kalender hinzufügen</a></p>
        <p>Viele Grüße<br>Nele Brinkmann<br>Talent Acquisition, Hasetal Medien</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    h = head(addr("Nele Brinkmann (Hasetal Medien)", "no-reply@teamtailor-mail.com"),
             "Interview gebucht: IT Service Desk Coordinator (m/w/d)",
             "2026-11-05 15:37", BER, mid("p12", "teamtailor-mail.com"),
             "a48-110.smtp-out.eu-west-1.amazonses.com (a48-110.smtp-out.eu-west-1.amazonses.com [54.240.48.110])")
    return message(h, html(body_html, cte="quoted-printable"))


@make.mail(N(13), family="ics_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T14:00:00Z", end="2026-11-17T15:00:00Z",
           contact="priya.raman@spreebogen-analytics.com", company="Spreebogen Analytics",
           local="Tue 2026-11-17 15:00", local_end="2026-11-17 16:00", zone=BER,
           note="English recruiter mail from a Berlin-based international firm with a Thunderbird invite.ics attachment: 'Tuesday 17 November, 15:00-16:00 CET', UTC+1; contact = human sender / ORGANIZER")
def p13() -> bytes:
    body = t("""
        Hi Miriam,

        Great talking to you on Friday. As promised, here is the invite for the panel interview
        with our IT Operations team:

          Tuesday 17 November, 15:00-16:00 CET
          Zoom: https://spreebogen.zoom.us/j/84410293377?pwd=Q2x1dG9wbGF0Zm9ybQ
          Panel: Henning Voss (Head of IT Ops), Ayşe Demir (Service Desk Lead), me

        The format is 20 minutes on your background, 25 minutes on a short incident scenario we
        will walk through together (no preparation needed), and 15 minutes for your questions.

        I have attached the calendar file; just let me know if anything comes up.

        Cheers,
        Priya

        --
        Priya Raman
        Senior Recruiter, Spreebogen Analytics
        priya.raman@spreebogen-analytics.com
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
CREATED:20261109T101544Z
LAST-MODIFIED:20261109T101618Z
DTSTAMP:20261109T101618Z
UID:{uid("p13")}
SUMMARY:Spreebogen Analytics - Panel interview Miriam Kortmann
ORGANIZER;CN=Priya Raman:mailto:priya.raman@spreebogen-analytics.com
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME}
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:henning.voss@spreebogen-analytics.com
DTSTART;TZID=Europe/Berlin:20261117T150000
DTEND;TZID=Europe/Berlin:20261117T160000
LOCATION:https://spreebogen.zoom.us/j/84410293377
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Priya Raman", "priya.raman@spreebogen-analytics.com"),
             "Panel interview - Tue 17 Nov",
             "2026-11-09 11:16", BER, "<5e0c7d21-8a4f-4b36-9e12-3c7a9f1d2b84@spreebogen-analytics.com>",
             "mail.spreebogen-analytics.com (mail.spreebogen-analytics.com [195.201.77.14])",
             extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")))
    return message(h, mixed(text(body, cte="8bit"),
                            calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(14), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-11-18T08:30:00Z", end=None,
           contact="m.leitner@murinsel-it.at", company="Murinsel IT Services GmbH",
           local="Wed 2026-11-18 09:30", zone="Europe/Vienna",
           note="Austrian Sie-mail from Graz in iso-8859-15, 8bit: 'Mittwoch, 18. November, um 9:30 Uhr' via MS Teams, 'wir sind ja in derselben Zeitzone' (CET, UTC+1); 'etwa 45 Minuten' approximate, end null; contact = human sender")
def p14() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        danke für das nette Telefonat vorgestern. Wie vereinbart fixiere ich hiermit unser
        Videogespräch für Mittwoch, 18. November, um 9:30 Uhr (wir sind ja in derselben Zeitzone).
        Den Link zur MS-Teams-Besprechung schicke ich Ihnen am Vortag.

        Seitens Murinsel IT nehmen Herr Mag. Reinhard Url (Bereichsleitung Managed Services) und ich
        teil, das Gespräch dauert etwa 45 Minuten.

        Sollten Sie Fragen zur Stelle oder zum Ablauf haben, melden Sie sich gerne jederzeit.

        Mit freundlichen Grüßen aus Graz

        Mag.a Martina Leitner
        Recruiting & Employer Branding
        Murinsel IT Services GmbH
        Lendkai 17, 8020 Graz
        T +43 316 908 411-23
        m.leitner@murinsel-it.at
        """)
    h = head(addr("Martina Leitner", "m.leitner@murinsel-it.at", charset="iso-8859-15"),
             "Videogespräch am 18.11. – Service Desk Coordinator",
             "2026-11-12 16:24", "Europe/Vienna", "<000f01dc72a1$4b8e2f10$e2aa8d30$@murinsel-it.at>",
             "smtp.murinsel-it.at (smtp.murinsel-it.at [91.115.42.9])",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-at")))
    return message(h, text(body, charset="iso-8859-15", cte="8bit"))


@make.mail(N(15), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-24T15:00:00Z", end="2026-11-24T15:45:00Z",
           contact="rosa.delgado@hudsonyardline.com", company="Hudson Yardline",
           local="Tue 2026-11-24 10:00", local_end="2026-11-24 10:45", zone="America/New_York",
           note="Lever confirmation from a New York employer: 'Tuesday, November 24, 10:00am - 10:45am EST'; New York on EST (UTC-5) since 1 November, so 15:00 UTC; contact = Reply-To coordinator")
def p15() -> bytes:
    body = t("""
        Hi Miriam,

        You're all set! Your interview with Hudson Yardline has been confirmed.

        Service Desk Operations Lead (Remote - Europe)
        Tuesday, November 24, 10:00am - 10:45am EST
        Video call: https://hudsonyardline.zoom.us/j/92204418830

        You'll be speaking with:
        - Gregory Tam, VP IT Operations

        Gregory will want to hear about how you have run a multi-site service desk and how you
        handle major incidents. Feel free to bring questions about the team.

        Need to reschedule? Just reply to this email.

        Thanks,
        Rosa Delgado
        Recruiting Coordinator, Hudson Yardline
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Miriam,</p>
        <p>You're all set! Your interview with Hudson Yardline has been confirmed.</p>
        <p><b>Service Desk Operations Lead (Remote - Europe)</b><br>
        Tuesday, November 24, 10:00am - 10:45am EST<br>
        Video call: <a href="https://hudsonyardline.zoom.us/j/92204418830">https://hudsonyardline.zoom.us/j/92204418830</a></p>
        <p>You'll be speaking with:</p><ul><li>Gregory Tam, VP IT Operations</li></ul>
        <p>Gregory will want to hear about how you have run a multi-site service desk and how you
        handle major incidents. Feel free to bring questions about the team.</p>
        <p>Need to reschedule? Just reply to this email.</p>
        <p>Thanks,<br>Rosa Delgado<br>Recruiting Coordinator, Hudson Yardline</p>
        </body></html>
        """)
    h = head(addr("Hudson Yardline", "no-reply@hire.lever.co"),
             "Interview confirmed with Hudson Yardline",
             "2026-11-17 13:05", "America/New_York", mid("p15", "hire.lever.co"),
             "mail2.hire.lever.co (mail2.hire.lever.co [52.25.111.204])",
             extra=(("Reply-To", addr("Rosa Delgado", "rosa.delgado@hudsonyardline.com")),))
    return message(h, alt(text(body), html(body_html)))


@make.mail(N(16), family="rfc822_attachment", lang="de", interview=True, kind="scheduled",
           start="2026-12-03T09:00:00Z", end=None,
           contact="s.kaymak@rheinpersonal.de", company="Siebengebirge Consulting GmbH",
           local="Thu 2026-12-03 10:00", zone=BER,
           note="Agency recruiter (Düsseldorf) forwards the client's confirmation as a message/rfc822 attachment: 'Donnerstag, 3. Dezember 2026, 10:00 Uhr' in Bonn, CET; company = the hiring client; contact = the agency recruiter who sent the mail (human sender first); no end")
def p16() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Kaymak,

        vielen Dank für das Profil von Frau Kortmann. Wir bestätigen gern das Gespräch am
        Donnerstag, 3. Dezember 2026, 10:00 Uhr bei uns in Bonn (Rheinweg 24, 53113 Bonn).
        Gesprächspartner sind Frau Dr. Esser (Geschäftsführung) und Herr Pütz (Leitung IT-Betrieb).

        Mit freundlichen Grüßen
        Ursula Esser
        Siebengebirge Consulting GmbH
        """)
    inner = message([
        ("From", addr("Dr. Ursula Esser", "u.esser@siebengebirge-consulting.de")),
        ("To", addr("Selin Kaymak", "s.kaymak@rheinpersonal.de")),
        ("Subject", enc("AW: Kandidatenvorschlag IT-Service-Koordination – M. Kortmann")),
        ("Date", make.date("2026-11-27 09:12", BER)),
        ("Message-ID", "<7a21c0e5b4d94f0e8c1d2e3f4a5b6c7d@siebengebirge-consulting.de>"),
    ], text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    body = t("""
        Hallo Frau Kortmann,

        gute Nachrichten: Siebengebirge Consulting möchte Sie kennenlernen! Die Bestätigung von
        Frau Dr. Esser hänge ich Ihnen unten an. Termin ist also Donnerstag, 3.12., um 10 Uhr vor Ort
        in Bonn.

        Ich rufe Sie am Mittwoch vorher noch einmal kurz zur Vorbereitung an.

        Viele Grüße
        Selin Kaymak
        Senior Personalberaterin IT
        Rheinpersonal GmbH | Königsallee 60 | 40212 Düsseldorf
        s.kaymak@rheinpersonal.de | +49 211 30 448-15
        """)
    h = head(addr("Selin Kaymak", "s.kaymak@rheinpersonal.de"),
             "WG: Kandidatenvorschlag IT-Service-Koordination – Termin bestätigt",
             "2026-11-27 10:40", BER, "<AS8PR08MB9217E3A4B5C6D7E8F9A0B1C2D3E4F5A6@AS8PR08MB9217.eurprd08.prod.outlook.com>",
             "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])")
    return message(h, mixed(text(body), make.attached_message(inner, filename="AW Kandidatenvorschlag.eml")))


@make.mail(N(17), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-09-22T08:00:00Z", end="2026-09-22T09:00:00Z",
           contact="h.brockmeyer@owl-kliniken-it.de", company="OWL Kliniken IT-Service GmbH",
           local="Tue 2026-09-22 10:00", local_end="2026-09-22 11:00", zone=BER,
           note="Exchange update (SEQUENCE:1, 'Aktualisiert:') of the Bielefeld interview: moved from Mon 21 Sep 14:00 to Tue 22 Sep 10:00-11:00 CEST; old and new time both in the body; contact = sender / ORGANIZER")
def p17() -> bytes:
    body = t("""
        Wann: Dienstag, 22. September 2026 10:00-11:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        Achtung: Die oben genannte Zeitzonenangabe wird von Microsoft Exchange angehängt.

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Kortmann,

        leider ist bei mir am Montagnachmittag (21.09., 14 Uhr) ein Termin mit der Geschäftsführung
        dazwischengekommen. Wie eben am Telefon abgestimmt, verschiebe ich unser Gespräch daher auf
        Dienstag, 22.09., 10:00 bis 11:00 Uhr. Der Teams-Link bleibt derselbe.

        Vielen Dank für Ihre Flexibilität!

        Mit freundlichen Grüßen
        Henrik Brockmeyer

        """) + TEAMS_DE
    ics = _okc_invite(1, "20260922T100000", "20260922T110000", "20260917T140512Z")
    h = head(addr("Brockmeyer, Henrik", "h.brockmeyer@owl-kliniken-it.de"),
             "Aktualisiert: Vorstellungsgespräch Frau Kortmann – Service Desk Koordination",
             "2026-09-17 16:05", BER, "<FR3P281MB1564B9D8C7E6F5A4B3C2D1E0F9A8B@FR3P281MB1564.DEUP281.PROD.OUTLOOK.COM>",
             "FR3P281CU001.outbound.protection.outlook.com (mail-germanywestcentralazon11020101.outbound.protection.outlook.com [52.101.171.101])",
             extra=(("Thread-Topic", enc("Vorstellungsgespräch Frau Kortmann – Service Desk Koordination")),
                    ("Thread-Index", "AdtC8zq0Vm3p1L2kQKe2wq8bYp9x0gAGq7Rk"),
                    ("Content-Language", "de-DE")))
    return message(h, alt(text(body, cte="quoted-printable"), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-27T10:00:00Z", end="2026-10-27T11:30:00Z",
           contact="agnieszka.wrobel@vistulacloud.pl", company="Vistula Cloud",
           local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:30", zone="Europe/Warsaw",
           days=(("Fri", "2026-10-23"),),
           note="Warsaw recruiter moves the second round from Fri 23 Oct to Tue 27 Oct 'same time, 11:00-12:30 Warsaw time'; sent Wed 21 Oct in CEST but the new date is after the 25 October change, so CET: 10:00 UTC (not 09:00); contact = human sender")
def p18() -> bytes:
    body = t("""
        Hi Miriam,

        I hope you're well. I'm sorry to do this, but Tomasz has to be in Kraków on Friday for a
        customer escalation, so we need to move your second-round interview.

        Old slot: Friday, 23 October, 11:00-12:30
        New slot: Tuesday, 27 October, 11:00-12:30 (Warsaw time)

        You told me on Monday that Tuesday works for you as well, so I have already updated the
        invitation for everyone - no need to confirm again. The agenda is unchanged: 45 minutes on a
        service desk case study with Tomasz and Marta, then 45 minutes with our COO.

        Thanks a lot for your flexibility, and sorry again for the shuffle!

        Best regards,
        Agnieszka

        Agnieszka Wróbel
        Talent Acquisition Partner | Vistula Cloud
        ul. Prosta 51, 00-838 Warszawa
        """)
    h = head(addr("Agnieszka Wróbel", "agnieszka.wrobel@vistulacloud.pl"),
             "New time for your 2nd round - Vistula Cloud",
             "2026-10-21 15:48", "Europe/Warsaw", "<CAB9sK2vT4nQ7pR1xW8yL3mE6uF0jH5gD2cZ9aN4iO7kM1rS8bV@mail.gmail.com>",
             "mail-lf1-f42.google.com (mail-lf1-f42.google.com [209.85.167.42])")
    return message(h, alt(text(body, cte="quoted-printable"), html(make.gmail_html(body))))


@make.mail(N(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z",
           contact="kevin.osei@beaconhillrobotics.com", company="Beacon Hill Robotics",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone="America/New_York",
           note="GoodTime reschedule from Boston, sent Thu 29 Oct (EDT): old 'Friday, October 30, 10:00 AM EDT', new 'Monday, November 2, 2026, 10:00 AM - 11:00 AM EST' - the day after the US change, so UTC-5: 15:00 UTC; ICS SEQUENCE:2 TZID America/New_York; contact = Reply-To coordinator")
def p19() -> bytes:
    body = t("""
        Hi Miriam,

        Your interview with Beacon Hill Robotics has been rescheduled.

        PREVIOUS TIME (cancelled)
        Friday, October 30, 2026, 10:00 AM - 11:00 AM EDT

        NEW TIME
        Monday, November 2, 2026, 10:00 AM - 11:00 AM EST
        (4:00 PM - 5:00 PM CET)

        Interview: Global Service Desk Manager - Hiring Manager Round
        Interviewer: Laura Finnegan, Senior Director IT Service Delivery
        Location: Zoom - https://beaconhillrobotics.zoom.us/j/95511827364

        An updated calendar invitation is attached. If this time no longer works for you, reply to
        this email and Kevin Osei will help.

        Beacon Hill Robotics Recruiting
        Scheduled with GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Miriam,</p>
        <p>Your interview with Beacon Hill Robotics has been <b>rescheduled</b>.</p>
        <p style="color:#999"><s>Friday, October 30, 2026, 10:00 AM - 11:00 AM EDT</s></p>
        <p><b>Monday, November 2, 2026, 10:00 AM - 11:00 AM EST</b><br>(4:00 PM - 5:00 PM CET)</p>
        <p>Interview: Global Service Desk Manager - Hiring Manager Round<br>
        Interviewer: Laura Finnegan, Senior Director IT Service Delivery<br>
        Location: <a href="https://beaconhillrobotics.zoom.us/j/95511827364">Zoom</a></p>
        <p>An updated calendar invitation is attached. If this time no longer works for you, reply to
        this email and Kevin Osei will help.</p>
        <p>Beacon Hill Robotics Recruiting<br><span style="font-size:11px;color:#888">Scheduled with GoodTime</span></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["America/New_York"]}
BEGIN:VEVENT
UID:{uid("p19")}@goodtime.io
DTSTAMP:20261029T184412Z
DTSTART;TZID=America/New_York:20261102T100000
DTEND;TZID=America/New_York:20261102T110000
SUMMARY:Beacon Hill Robotics - Global Service Desk Manager - Hiring Manager Round
LOCATION:https://beaconhillrobotics.zoom.us/j/95511827364
ORGANIZER;CN=Kevin Osei:mailto:kevin.osei@beaconhillrobotics.com
ATTENDEE;CN=Miriam Kortmann;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Beacon Hill Robotics Recruiting", "scheduling@goodtime.io"),
             "Rescheduled: Global Service Desk Manager interview with Beacon Hill Robotics",
             "2026-10-29 14:44", "America/New_York", mid("p19", "goodtime.io"),
             "o3.email.goodtime.io (o3.email.goodtime.io [168.245.12.77])",
             extra=(("Reply-To", addr("Kevin Osei", "kevin.osei@beaconhillrobotics.com")),))
    return message(h, mixed(alt(text(body), html(body_html)),
                            calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@make.mail(N(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-10-06T14:00:00Z", end=None,
           contact="lukas.hammes@kranhaus-digital.de", company="Kranhaus Digital GmbH",
           local="Tue 2026-10-06 16:00", zone=BER,
           note="Du-Mail: the Cologne visit (Fri 2 Oct 10:00) moves to 'Dienstag, 6.10., um 16 Uhr', fixed ('dann machen wir das fix'), sent Thu 1 Oct; CEST; contact = human sender")
def p20() -> bytes:
    body = t("""
        Hi Miriam,

        blöde Nachricht: Jonas ist seit gestern krank und fällt morgen aus, und ohne ihn wollen wir
        das Gespräch nicht führen. Sorry für die Kurzfristigkeit!

        Du hattest ja geschrieben, dass du nächste Woche Dienstag ab mittags Zeit hast – dann machen
        wir das fix: Dienstag, 6.10., um 16 Uhr, gleicher Ort (Rheinauhafen, 3. OG).
        Das Bahnticket erstatten wir dir natürlich trotzdem, auch für das verfallene.

        Bis Dienstag und sorry nochmal
        Lukas

        --
        Lukas Hammes | People & Culture
        Kranhaus Digital GmbH | Köln
        """)
    h = head(addr("Lukas Hammes", "lukas.hammes@kranhaus-digital.de"),
             "Planänderung: morgen leider nicht :(",
             "2026-10-01 18:32", BER, "<CAHq3kL4z7=pW2bQ0yN8s5fR6tP1wE3uJ9dK2cZ7aG0hB5xM8nD@mail.gmail.com>",
             "mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])")
    return message(h, alt(text(body, cte="8bit"), html(make.gmail_html(body), cte="quoted-printable")))


@make.mail(N(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-10-16T08:00:00Z", end="2026-10-16T09:00:00Z",
           contact="katharina.pichler@donaukanal-software.at", company="Donaukanal Software GmbH",
           local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone="Europe/Vienna",
           note="Google Calendar cancellation (METHOD:CANCEL) of the Vienna second interview, Fri 16 Oct 10:00-11:00 MESZ; organizer note says the role was filled internally; cancelled slot = the labelled time; contact = ORGANIZER")
def p21() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Zweitgespräch Service Desk Lead – Miriam Kortmann
        Freitag, 16. Oktober 2026 · 10:00 – 11:00
        Zeitzone: Europe/Vienna

        Nachricht von Katharina Pichler:
        Liebe Frau Kortmann, es tut mir sehr leid – die Position wurde heute intern nachbesetzt.
        Ich melde mich telefonisch bei Ihnen. Herzliche Grüße, Katharina Pichler

        Organisator
        Katharina Pichler
        katharina.pichler@donaukanal-software.at

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VTIMEZONE
TZID:Europe/Vienna
X-LIC-LOCATION:Europe/Vienna
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
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261016T100000
DTEND;TZID=Europe/Vienna:20261016T110000
DTSTAMP:20261014T124031Z
ORGANIZER;CN=Katharina Pichler:mailto:katharina.pichler@donaukanal-software.at
UID:2v8k1q0m4d7s3p6r9t2c5n8b1x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261009T072214Z
LAST-MODIFIED:20261014T124030Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Zweitgespräch Service Desk Lead – Miriam Kortmann
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Katharina Pichler", "katharina.pichler@donaukanal-software.at"),
             "Abgesagter Termin: Zweitgespräch Service Desk Lead – Miriam Kortmann @ Fr. 16. Okt. 2026 10:00 - 11:00 (MESZ) (miriam.kortmann@example.com)",
             "2026-10-14 14:40", "Europe/Vienna", "<calendar-0b7e3c5d-2a91-4f68-b7d4-e1c2a3f4b5d6@google.com>",
             "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                            calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(22), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-11-10T12:30:00Z", end="2026-11-10T13:30:00Z",
           contact="k.meyerhoff@maschsee-energie.de", company="Maschsee Energie GmbH",
           local="Tue 2026-11-10 13:30", local_end="2026-11-10 14:30", zone=BER,
           note="Exchange METHOD:CANCEL ('Abgesagt:') from the Hannover team lead for Tue 10 Nov 13:30-14:30 CET (W. Europe Standard Time); the body says the post is frozen; contact = human sender / ORGANIZER")
def p22() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        leider muss ich unser Gespräch am Dienstag absagen: Die Stelle wurde nach einer Entscheidung
        der Geschäftsführung von heute Vormittag bis auf Weiteres eingefroren. Frau Ahlers aus dem
        Recruiting wird sich in den nächsten Tagen noch bei Ihnen melden.

        Es tut mir leid, dass ich Ihnen keine besseren Nachrichten geben kann.

        Mit freundlichen Grüßen
        Kai Meyerhoff
        Teamleiter IT-Support
        Maschsee Energie GmbH
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Meyerhoff, Kai:mailto:k.meyerhoff@maschsee-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Miriam Kortmann:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ahlers, Birte:mailto:b.ahlers@maschsee-energie.de
DESCRIPTION;LANGUAGE=de-DE:Die Stelle wurde bis auf Weiteres eingefroren.\\n
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9CA01000000000000000010000000778899AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Frau Kortmann (IT Service Desk Koordination)
DTSTART;TZID=W. Europe Standard Time:20261110T133000
DTEND;TZID=W. Europe Standard Time:20261110T143000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261106T100215Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Hauptverwaltung, Raum B4.07
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Meyerhoff, Kai", "k.meyerhoff@maschsee-energie.de"),
             "Abgesagt: Vorstellungsgespräch Frau Kortmann (IT Service Desk Koordination)",
             "2026-11-06 11:02", BER, "<DB9PR06MB7785F0E1D2C3B4A5968778695A4B3C2D@DB9PR06MB7785.eurprd06.prod.outlook.com>",
             "EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2090.outbound.protection.outlook.com [40.107.104.90])",
             extra=(("Importance", "high"), ("Content-Language", "de-DE")))
    return message(h, alt(text(body, charset="windows-1252", cte="quoted-printable"),
                          calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-04T15:00:00Z", end="2026-11-04T16:00:00Z",
           contact="ciara.nolan@liffeysidepayments.ie", company="Liffeyside Payments",
           local="Wed 2026-11-04 15:00", local_end="2026-11-04 16:00", zone="Europe/Dublin",
           note="Dublin recruiter cancels 'Wednesday's interview (4 November, 15:00-16:00 Irish time)' because the role is on hold; Irish time = GMT in November; no new time; contact = human sender")
def p23() -> bytes:
    body = t("""
        Dear Miriam,

        I'm very sorry to be writing with this news. Following a budget review last Friday, the
        EMEA Hub coordinator role has been put on hold until at least Q2 next year, so I have to
        cancel Wednesday's interview (4 November, 15:00-16:00 Irish time) with Declan and me.
        The calendar invite will be withdrawn separately.

        This has nothing to do with your application - we were genuinely looking forward to
        speaking with you - and I will get back in touch if the role reopens.

        With apologies and best wishes,
        Ciara

        Ciara Nolan
        Talent Partner | Liffeyside Payments
        ciara.nolan@liffeysidepayments.ie
        """)
    h = head(addr("Ciara Nolan", "ciara.nolan@liffeysidepayments.ie"),
             "Your interview on Wednesday - update",
             "2026-11-02 09:18", "Europe/Dublin", "<VI1PR03MB6480D1E2F3A4B5C6D7E8F9A0B1C2D3E4@VI1PR03MB6480.eurprd03.prod.outlook.com>",
             "EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2098.outbound.protection.outlook.com [40.107.14.98])",
             extra=(("Content-Language", "en-IE"),))
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Dear Miriam,</p>
        <p>I'm very sorry to be writing with this news. Following a budget review last Friday, the
        EMEA Hub coordinator role has been put on hold until at least Q2 next year, so I have to
        cancel Wednesday's interview (4 November, 15:00-16:00 Irish time) with Declan and me.
        The calendar invite will be withdrawn separately.</p>
        <p>This has nothing to do with your application - we were genuinely looking forward to
        speaking with you - and I will get back in touch if the role reopens.</p>
        <p>With apologies and best wishes,<br>Ciara</p>
        <p>Ciara Nolan<br>Talent Partner | Liffeyside Payments<br>ciara.nolan@liffeysidepayments.ie</p>
        </div></body></html>
        """)
    return message(h, alt(text(body), html(body_html)))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="de", interview=False, company="Gütersloher Mediendienste AG",
           note="Taleo application receipt (German), no appointment")
def n24() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        vielen Dank für Ihre Bewerbung auf die Position "Koordinator/in IT Service Desk (Req. 26-04417)"
        bei der Gütersloher Mediendienste AG.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig
        und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

        Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:
        https://guetersloher-md.taleo.net/careersection/ex/mysubmissions.ftl

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Gütersloher Mediendienste AG

        Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
        """)
    h = head(addr("Gütersloher Mediendienste AG", "guetersloher-md@taleo.net"),
             "Eingangsbestätigung Ihrer Bewerbung – Koordinator/in IT Service Desk",
             "2026-09-03 21:47", BER, mid("n24", "taleo.net"),
             "smtp.taleo.net (smtp3.taleo.net [160.34.9.91])")
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(25), family="job_alert", lang="de", interview=False, company=None,
           note="Job alert digest from a regional job board; vacancies only")
def n25() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;background:#eef2f5">
        <table width="600" align="center" cellpadding="16" style="background:#fff">
        <tr><td><b style="font-size:18px;color:#0b4f6c">JobRadar OWL</b></td></tr>
        <tr><td>
        <p>Hallo Miriam,</p>
        <p>für Ihren Suchauftrag <b>"Service Desk" in Paderborn + 50 km</b> gibt es 4 neue Stellen:</p>
        <p><a href="https://www.jobradar-owl.de/job/118233">IT Service Desk Koordinator (m/w/d)</a><br>Stadtwerke Detmold-Lemgo · Detmold · Vollzeit</p>
        <p><a href="https://www.jobradar-owl.de/job/118241">Teamleitung 1st-Level-Support (m/w/d)</a><br>Sennelager Systems GmbH · Paderborn · Vollzeit, Homeoffice möglich</p>
        <p><a href="https://www.jobradar-owl.de/job/118260">IT-Servicemanager ITIL (m/w/d)</a><br>Klinikverbund Hochstift · Bad Driburg · Vollzeit</p>
        <p><a href="https://www.jobradar-owl.de/job/118274">Service Owner Workplace (m/w/d)</a><br>Brakel Logistik KG · Brakel · Vollzeit</p>
        <p style="font-size:12px;color:#777">Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
        <a href="https://www.jobradar-owl.de/suchauftrag/abmelden?id=55813">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    h = head(addr("JobRadar OWL", "suchauftrag@mail.jobradar-owl.de"),
             "4 neue Jobs für „Service Desk“ in Paderborn",
             "2026-09-08 06:30", BER, mid("n25", "mail.jobradar-owl.de"),
             "mail.jobradar-owl.de (mout.jobradar-owl.de [212.227.15.40])",
             extra=(("List-Unsubscribe", "<https://www.jobradar-owl.de/suchauftrag/abmelden?id=55813>"),
                    ("Precedence", "bulk")))
    return message(h, html(body_html))


@make.mail(N(26), family="recruiter_outreach", lang="en", interview=False, company="Northgate Talent",
           note="Agency InMail-style outreach asking whether she is open to a chat; no time fixed")
def n26() -> bytes:
    body = t("""
        Hi Miriam,

        I came across your profile and your ITIL 4 Managing Professional certification caught my
        eye. I'm working with a SaaS scale-up in Amsterdam that is building a 24/7 service desk for
        its German-speaking customers and needs a coordinator who can set it up from scratch
        (remote from Germany, occasional travel).

        Would you be open to a short, informal chat sometime next week? Let me know what suits you,
        or feel free to grab a slot via the link in my signature.

        Kind regards,
        Oliver Hartnell
        Principal Consultant, IT Operations
        Northgate Talent | London · Amsterdam
        https://calendly.com/oliver-hartnell-northgate/intro-call
        """)
    h = head(addr("Oliver Hartnell", "oliver.hartnell@northgate-talent.co.uk"),
             "Service desk set-up role - German-speaking, remote",
             "2026-09-10 11:58", "Europe/London", "<LO4P265MB61907A1B2C3D4E5F6A7B8C9D0E1F2A3B@LO4P265MB6190.GBRP265.PROD.OUTLOOK.COM>",
             "EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2111.outbound.protection.outlook.com [40.107.241.111])")
    return message(h, text(body))


@make.mail(N(27), family="scheduling_request", lang="en", interview=False, company="Beacon Hill Robotics",
           note="Ashby-style availability request from Boston: pick slots, nothing booked yet")
def n27() -> bytes:
    body = t("""
        Hi Miriam,

        Thanks for your time with Kevin last week! The team would like to move you forward to a
        conversation with the hiring manager, Laura Finnegan.

        Please share your availability for a 60-minute video call using the link below. Times are
        shown in your local time zone; we will confirm a slot once Laura has reviewed your choices.

        Share your availability: https://app.ashbyhq.com/availability/3f0c9d2e-8b71-4e55-a6c3-1d9e7f2b4a60

        Best,
        Beacon Hill Robotics Recruiting
        """)
    h = head(addr("Beacon Hill Robotics", "no-reply@ashbyhq.com"),
             "Next steps: share your availability - Global Service Desk Manager",
             "2026-10-20 13:21", "America/New_York", mid("n27", "ashbyhq.com"),
             "a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             extra=(("Reply-To", addr("Kevin Osei", "kevin.osei@beaconhillrobotics.com")),))
    return message(h, text(body, cte="base64"))


@make.mail(N(28), family="scheduling_link", lang="de", interview=False, company="Rheinpersonal GmbH",
           note="Agency recruiter sends her Calendly link to book a first call; nothing booked")
def n28() -> bytes:
    body = t("""
        Hallo Frau Kortmann,

        vielen Dank für Ihre Bewerbung über unser Portal! Ich betreue aktuell mehrere Positionen im
        IT-Servicemanagement im Rheinland und in OWL, zu denen Ihr Profil sehr gut passen könnte.

        Am einfachsten buchen Sie sich einen Termin für ein kurzes Telefonat direkt in meinem
        Kalender: https://calendly.com/selin-kaymak-rheinpersonal/telefoninterview-30-min

        Ich freue mich auf das Gespräch!

        Viele Grüße
        Selin Kaymak
        Senior Personalberaterin IT
        Rheinpersonal GmbH | Königsallee 60 | 40212 Düsseldorf
        """)
    h = head(addr("Selin Kaymak", "s.kaymak@rheinpersonal.de"),
             "Ihre Bewerbung bei Rheinpersonal – kurzes Kennenlernen?",
             "2026-10-02 14:10", BER, "<AS8PR08MB92170A1B2C3D4E5F60718293A4B5C6D7@AS8PR08MB9217.eurprd08.prod.outlook.com>",
             "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2070.outbound.protection.outlook.com [40.107.22.70])")
    return message(h, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))


@make.mail(N(29), family="proposal_unconfirmed", lang="de", interview=False, company="Sennelager Systems GmbH",
           days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21"), ("Fri", "2026-10-23")),
           note="Paderborn employer offers three slots (Di 20.10. 10:00, Mi 21.10. 14:00, Fr 23.10. 9:30) and asks her to choose; no time confirmed")
def n29() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        vielen Dank für Ihre Bewerbung als Teamleitung 1st-Level-Support. Ihr Profil hat uns
        überzeugt und wir würden Sie gerne persönlich kennenlernen.

        Folgende Termine könnten wir Ihnen anbieten:

          Dienstag, 20.10.2026, 10:00 Uhr
          Mittwoch, 21.10.2026, 14:00 Uhr
          Freitag, 23.10.2026, 09:30 Uhr

        Bitte teilen Sie uns mit, welcher Termin Ihnen am besten passt. Sollte keiner davon möglich
        sein, finden wir sicher eine Alternative.

        Mit freundlichen Grüßen

        Andrea Mikus
        Personal
        Sennelager Systems GmbH
        Bielefelder Straße 220, 33104 Paderborn
        """)
    h = head(addr("Andrea Mikus", "a.mikus@sennelager-systems.de"),
             "Einladung zum Kennenlernen – Terminvorschläge",
             "2026-10-13 10:25", BER, "<20261013082512.4A1B2C3D@mail.sennelager-systems.de>",
             "mail.sennelager-systems.de (mail.sennelager-systems.de [85.13.140.202])")
    return message(h, text(body, cte="8bit"))


@make.mail(N(30), family="rejection", lang="de", interview=False, company="OWL Kliniken IT-Service GmbH",
           note="Rejection after the Bielefeld interview of 22 September")
def n30() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        nochmals vielen Dank für das angenehme Gespräch am 22. September und Ihr Interesse an der
        Position Koordinator/in IT-Service Desk.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, die bereits
        Erfahrung mit unserem Klinikinformationssystem mitbringt. Diese Entscheidung ist uns nicht
        leichtgefallen.

        Ihre Unterlagen löschen wir gemäß unseren Datenschutzhinweisen nach sechs Monaten. Für Ihre
        weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen
        Sabine Tiemann
        Personalabteilung
        OWL Kliniken IT-Service GmbH
        """)
    h = head(addr("Tiemann, Sabine", "s.tiemann@owl-kliniken-it.de"),
             "Ihre Bewerbung als Koordinator/in IT-Service Desk",
             "2026-09-30 15:12", BER, "<FR3P281MB1564C0D1E2F3A4B5C6D7E8F9A0B1C2D3@FR3P281MB1564.DEUP281.PROD.OUTLOOK.COM>",
             "FR3P281CU001.outbound.protection.outlook.com (mail-germanywestcentralazon11020102.outbound.protection.outlook.com [52.101.171.102])")
    return message(h, text(body, charset="windows-1252"))


@make.mail(N(31), family="offer", lang="en", interview=False, company="Vistula Cloud",
           days=(("Fri", "2026-11-13"),),
           note="Offer letter mail from Warsaw after the 27 October round; deadline Friday 13 November, no meeting")
def n31() -> bytes:
    body = t("""
        Dear Miriam,

        On behalf of everyone at Vistula Cloud, I am delighted to offer you the position of
        Service Desk Team Lead (EMEA), reporting to Tomasz Lisiecki.

        Your written offer, including the proposed salary, remote-work arrangement from Paderborn
        and the relocation allowance for the onboarding weeks in Warsaw, is attached as a PDF.
        We would be grateful for your decision by Friday, 13 November 2026.

        If you would like to talk anything through, just reply or call me on +48 22 100 44 71.

        Warm regards,
        Agnieszka Wróbel
        Talent Acquisition Partner | Vistula Cloud
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Miriam_Kortmann.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Miriam_Kortmann.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoKdHJhaWxl\r\n"
                    b"cgo8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=\r\n")
    h = head(addr("Agnieszka Wróbel", "agnieszka.wrobel@vistulacloud.pl"),
             "Your offer from Vistula Cloud",
             "2026-11-05 17:02", "Europe/Warsaw", "<CAB9sK2vT8nQ1pR5xW2yL7mE0uF4jH9gD6cZ3aN8iO1kM5rS2bW@mail.gmail.com>",
             "mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(h, mixed(text(body), pdf))


@make.mail(N(32), family="rejection", lang="de", interview=False, company="Emsland Handelshaus GmbH",
           note="Recruitee rejection before any interview (Lingen, Lower Saxony)")
def n32() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hallo Miriam,</p>
        <p>vielen Dank für Ihr Interesse an der Stelle <b>IT Service Desk Lead (m/w/d)</b> bei Emsland Handelshaus.</p>
        <p>Wir haben sehr viele Bewerbungen erhalten und uns nach reiflicher Überlegung entschieden, mit
        anderen Kandidatinnen und Kandidaten weiterzumachen, deren Profil noch genauer zu unseren
        aktuellen Anforderungen passt.</p>
        <p>Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.</p>
        <p>Beste Grüße<br>Jonas Tebbe<br>Emsland Handelshaus GmbH, Lingen (Ems)</p>
        <p style="font-size:11px;color:#999">Gesendet mit Recruitee</p>
        </body></html>
        """)
    h = head(addr("Emsland Handelshaus", "emslandhandelshaus@recruiteemail.com"),
             "Ihre Bewerbung bei Emsland Handelshaus",
             "2026-10-08 09:03", BER, mid("n32", "recruiteemail.com"),
             "mta-41.recruiteemail.com (mta-41.recruiteemail.com [198.21.2.41])")
    return message(h, html(body_html, cte="base64"))


@make.mail(N(33), family="auto_reply", lang="de", interview=False, company="Sennelager Systems GmbH",
           note="Out-of-office auto-reply to her slot choice ('bis einschließlich 16.10. nicht im Büro')")
def n33() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 16.10.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf
        meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@sennelager-systems.de.

        Mit freundlichen Grüßen
        Andrea Mikus
        """)
    h = head(addr("Andrea Mikus", "a.mikus@sennelager-systems.de"),
             "Automatische Antwort: AW: Einladung zum Kennenlernen – Terminvorschläge",
             "2026-10-13 20:41", BER, "<20261013184107.9C8D7E6F@mail.sennelager-systems.de>",
             "mail.sennelager-systems.de (mail.sennelager-systems.de [85.13.140.202])",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<b7f2c1a0-3e4d-4f5a-9b8c-1d2e3f4a5b6c@example.com>")))
    return message(h, text(body))


@make.mail(N(34), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) of her thank-you mail after the Cologne visit (typo in the address); no appointment")
def n34() -> bytes:
    report = t("""
        This is the mail system at host mx01.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <lukas.hamnes@kranhaus-digital.de>: host mx.kranhaus-digital.de[88.99.10.31]
            said: 550 5.1.1 <lukas.hamnes@kranhaus-digital.de>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO
            command)
        """)
    status = make.raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mx01.example.com
        X-Postfix-Queue-ID: 4Q7kZp1Tz3z9sVb
        X-Postfix-Sender: rfc822; miriam.kortmann@example.com
        Arrival-Date: Tue,  6 Oct 2026 19:02:11 +0200 (CEST)

        Final-Recipient: rfc822; lukas.hamnes@kranhaus-digital.de
        Original-Recipient: rfc822;lukas.hamnes@kranhaus-digital.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.kranhaus-digital.de
        Diagnostic-Code: smtp; 550 5.1.1 <lukas.hamnes@kranhaus-digital.de>: Recipient
            address rejected: User unknown in virtual mailbox table
        """))
    original = make.raw_part([("Content-Type", "text/rfc822-headers")], t("""
        From: Miriam Kortmann <miriam.kortmann@example.com>
        To: Lukas Hammes <lukas.hamnes@kranhaus-digital.de>
        Subject: Danke für heute!
        Date: Tue, 6 Oct 2026 19:02:09 +0200
        Message-ID: <c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@example.com>
        """))
    h = [("Delivered-To", ME), ("Return-Path", "<>"),
         ("From", "MAILER-DAEMON@mx01.example.com (Mail Delivery System)"),
         ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", make.date("2026-10-06 19:02", BER)),
         ("Message-ID", "<20261006170213.7F1A2B3C4D@mx01.example.com>"),
         ("Auto-Submitted", "auto-replied")]
    return message(h, make.multipart("report", text(report, charset="us-ascii", cte="7bit"), status, original,
                                     params="report-type=delivery-status"))


@make.mail(N(35), family="application_receipt", lang="en", interview=False, company="Prairie Line Technologies",
           note="Workday application receipt from the Chicago employer; no appointment")
def n35() -> bytes:
    body = t("""
        Dear Miriam,

        Thank you for applying for the Service Desk Manager, EMEA (Remote) position at
        Prairie Line Technologies. We have received your application (R-0048821).

        Our Talent Acquisition team reviews every application. If your qualifications match our
        needs, a member of the team will reach out to discuss next steps.

        You can check the status of your application on the candidate home page.

        Sincerely,
        Prairie Line Technologies Talent Acquisition

        This is an automated message from Workday; replies to this address are not monitored.
        """)
    h = head(addr("Prairie Line Technologies", "prairieline@myworkday.com"),
             "Thank you for applying to Prairie Line Technologies",
             "2026-10-05 07:44", "America/Chicago", mid("n35", "myworkday.com"),
             "mx0b-00123b01.pphosted.com (mx0b-00123b01.pphosted.com [148.163.159.42])")
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(36), family="appointment", lang="de", interview=False, company=None,
           days=(("Tue", "2026-09-29"),),
           note="Dentist appointment reminder in Paderborn with a fixed time (Di., 29.09.2026, 08:15): a confirmed time, not an interview")
def n36() -> bytes:
    body = t("""
        Guten Tag Frau Kortmann,

        wir möchten Sie an Ihren Termin in unserer Praxis erinnern:

          Di., 29.09.2026 um 08:15 Uhr
          Behandlung: Kontrolle + professionelle Zahnreinigung (ca. 60 Min.)
          Behandler: Dr. med. dent. Felix Rüther

        Bitte sagen Sie den Termin mindestens 24 Stunden vorher ab, falls Sie verhindert sind.

        Ihr Praxisteam
        Zahnarztpraxis am Liboriberg
        Liboriberg 12, 33098 Paderborn, Tel. 05251 28 33 10
        """)
    h = head(addr("Zahnarztpraxis am Liboriberg", "termine@zahnarzt-liboriberg.de"),
             "Terminerinnerung: Di., 29.09.2026, 08:15 Uhr",
             "2026-09-27 10:00", BER, mid("n36", "praxisnachricht.de"),
             "out.praxisnachricht.de (out.praxisnachricht.de [185.53.176.20])")
    return message(h, text(body, charset="utf-8", cte="8bit"))


@make.mail(N(37), family="work_meeting", lang="de", interview=False, company=None,
           note="Exchange meeting request from her current employer: weekly Change Advisory Board (RRULE), W. Europe Standard Time; a work meeting, not an interview")
def n37() -> bytes:
    body = t("""
        Wann: Donnerstag, 1. Oktober 2026 09:00-09:45. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Besprechungsraum Senne (2. OG) / Teams

        Achtung: Die oben genannte Zeitzonenangabe wird von Microsoft Exchange angehängt.

        *~*~*~*~*~*~*~*~*~*

        Hallo zusammen,

        ab Oktober findet das CAB wöchentlich donnerstags statt statt wie bisher 14-tägig. Bitte
        RFCs bis Mittwoch 12 Uhr im Ticketsystem einstellen, sonst rutschen sie in die Folgewoche.

        Danke & Gruß
        Frank
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Dreier, Frank:mailto:frank.dreier@paderlink-it.example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kortmann, Miriam:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Service-Management:mailto:servicemanagement@paderlink-it.example.net
RRULE:FREQ=WEEKLY;UNTIL=20261217T080000Z;INTERVAL=1;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000D6E7F8091A2B3C01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=de-DE:Change Advisory Board (wöchentlich)
DTSTART;TZID=W. Europe Standard Time:20261001T090000
DTEND;TZID=W. Europe Standard Time:20261001T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260924T121533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Senne (2. OG) / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR"""
    h = head(addr("Dreier, Frank", "frank.dreier@paderlink-it.example.net"),
             "Change Advisory Board (wöchentlich)",
             "2026-09-24 14:15", BER, "<BE1P281MB1733E2F3A4B5C6D7E8F90A1B2C3D4E5F@BE1P281MB1733.DEUP281.PROD.OUTLOOK.COM>",
             "DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2133.outbound.protection.outlook.com [40.107.135.133])")
    return message(h, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(38), family="appointment", lang="de", interview=False, company=None,
           days=(("Mon", "2026-10-12"),),
           note="Bürgerbüro appointment confirmation (Paderborn) with a fixed time, Mo. 12.10.2026 07:40; not an interview")
def n38() -> bytes:
    body = t("""
        Terminbestätigung

        Sehr geehrte Frau Kortmann,

        hiermit bestätigen wir Ihre Terminbuchung:

        Dienstleistung:  Personalausweis beantragen
        Standort:        Bürgerbüro Paderborn, Marienplatz 2a
        Datum / Uhrzeit: Montag, 12.10.2026, 07:40 Uhr
        Vorgangsnummer:  BB-2026-188204

        Bitte bringen Sie Ihr bisheriges Ausweisdokument und ein aktuelles biometrisches Passfoto mit.
        Die Gebühr (37,00 EUR) kann bar oder mit Karte bezahlt werden.

        Absagen können Sie den Termin über den Link in dieser E-Mail:
        https://termine.paderborn.example.net/absage?vn=BB-2026-188204

        Ihr Bürgerbüro der Stadt Paderborn
        (Diese E-Mail wurde automatisch erstellt.)
        """)
    h = head(addr("Stadt Paderborn – Terminvergabe", "noreply-termine@paderborn.example.net"),
             "Terminbestätigung Bürgerbüro – Vorgangsnummer BB-2026-188204",
             "2026-10-04 21:17", BER, mid("n38", "paderborn.example.net"),
             "mail.paderborn.example.net (mail.paderborn.example.net [193.174.90.12])")
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(39), family="event_ticket", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Ticket confirmation for a regional ITSM meetup (Do., 19.11.2026, 18:30, Bielefeld); fixed time, not an interview")
def n39() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2>Deine Anmeldung ist bestätigt</h2>
        <p>Hallo Miriam,</p>
        <p>du bist dabei! Hier sind deine Ticketdaten:</p>
        <p><b>ITSM-Stammtisch OWL #27: "KI im Service Desk – Hype oder Hilfe?"</b><br>
        Donnerstag, 19.11.2026, 18:30 – 21:00 Uhr<br>
        Founders Foundation Hub, Obernstraße 50, 33602 Bielefeld</p>
        <p>Ticket: Kostenlos (1x) · Bestellnummer 4471-90218</p>
        <p>Bitte zeige den QR-Code am Einlass vor. Für Snacks und Getränke ist gesorgt.</p>
        <p style="font-size:12px;color:#666">Veranstaltet über TicketOWL · Du erhältst diese Mail, weil du dich angemeldet hast.</p>
        </body></html>
        """)
    h = head(addr("TicketOWL", "tickets@ticketowl.example.net"),
             "Dein Ticket: ITSM-Stammtisch OWL #27 am 19.11.",
             "2026-11-02 20:03", BER, mid("n39", "ticketowl.example.net"),
             "mail.ticketowl.example.net (mail.ticketowl.example.net [5.9.120.44])")
    return message(h, html(body_html))


@make.mail(N(40), family="newsletter_tips", lang="de", interview=False, company=None,
           note="Career newsletter with tips for the 'Vorstellungsgespräch'; nothing scheduled")
def n40() -> bytes:
    body = t("""
        Karriere-Kompass | Ausgabe Oktober 2026

        Liebe Leserin, lieber Leser,

        in dieser Ausgabe:

        1. Die 10 häufigsten Fragen im Vorstellungsgespräch – und wie Sie souverän antworten
        2. Videointerview: Licht, Ton, Hintergrund – die Checkliste
        3. Gehaltsverhandlung in der IT: Was ist 2026 drin?
        4. Kündigungsfristen richtig berechnen

        Tipp des Monats: Planen Sie nach jedem Gespräch 15 Minuten ein, um Ihre Eindrücke
        festzuhalten – spätestens beim Zweitgespräch werden Sie froh darüber sein.

        Alle Artikel lesen: https://www.karriere-kompass.example.net/oktober-2026

        Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.example.net angemeldet haben.
        Abmelden: https://www.karriere-kompass.example.net/abmelden
        """)
    h = head(addr("Karriere-Kompass", "newsletter@karriere-kompass.example.net"),
             "Vorstellungsgespräch: Die 10 häufigsten Fragen (und die besten Antworten)",
             "2026-10-15 07:00", BER, mid("n40", "karriere-kompass.example.net"),
             "mta3.karriere-kompass.example.net (mta3.karriere-kompass.example.net [46.4.88.3])",
             extra=(("List-Unsubscribe", "<https://www.karriere-kompass.example.net/abmelden>"), ("Precedence", "bulk")))
    return message(h, alt(text(body), html("<html><body><pre>" + body.replace("&", "&amp;") + "</pre></body></html>")))


@make.mail(N(41), family="webinar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Webinar registration (service desk metrics), Thursday 15 October 2026 4:00 PM CEST; fixed time, not an interview")
def n41() -> bytes:
    body = t("""
        Hi Miriam,

        Thank you for registering for:

        Service Desk Metrics that Matter: From First Contact Resolution to Experience Level Agreements

        Date & Time: Thursday, October 15, 2026 4:00 PM Central European Summer Time (Berlin)
        Duration: 60 minutes

        Please submit any questions to: webinars@itsm-forum.example.net

        You can add this webinar to your calendar:
        https://itsm-forum.zoom.us/webinar/register/ics/WN_k3Pq8sR1Tm2Vw4Xy

        To join the webinar: https://itsm-forum.zoom.us/w/98812377410?tk=Zl0f8hT3

        Thank you!
        The ITSM Forum Europe team
        """)
    h = head(addr("ITSM Forum Europe", "no-reply@zoom.us"),
             "ITSM Forum Europe Webinar Confirmation",
             "2026-10-06 12:40", BER, mid("n41", "zoom.us"),
             "mailout2.zoom.us (mailout2.zoom.us [170.114.6.58])")
    return message(h, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(42), family="assessment", lang="en", interview=False, company="Kestrel Desk Ltd",
           days=(("Fri", "2026-10-30"),),
           note="Workable take-home task with a deadline (Friday 30 October, 23:59 Dublin time); no meeting")
def n42() -> bytes:
    body = t("""
        Hi Miriam,

        Thanks for your application for the Service Desk Coordinator (German speaker) role at
        Kestrel Desk. As the next step, we would like you to complete a short written task.

        The task: review the attached (fictional) ticket queue from one week and write up to two
        pages on how you would restructure the triage and escalation process.

        Please submit your answer via the link below by Friday, 30 October, 23:59 Dublin time.
        It should take about 90 minutes.

        Submit here: https://apply.workable.com/kestrel-desk/j/8C1D2E3F4A/assessment

        Best,
        Róisín Keane
        People Team, Kestrel Desk
        """)
    h = head(addr("Róisín Keane - Kestrel Desk", "kestrel-desk+a7f3c91e@candidates.workablemail.com"),
             "Next step: written task - Service Desk Coordinator (German speaker)",
             "2026-10-22 16:20", "Europe/Dublin", mid("n42", "workablemail.com"),
             "mail44.workablemail.com (mail44.workablemail.com [54.240.27.44])")
    return message(h, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))


@make.mail(N(43), family="application_receipt", lang="de", interview=False, company="Hasetal Medien GmbH",
           note="Teamtailor application receipt from the Osnabrück employer, before the interview")
def n43() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#222">
        <p>Hallo Miriam,</p>
        <p>vielen Dank für Ihre Bewerbung als <strong>IT Service Desk Coordinator (m/w/d)</strong> bei Hasetal Medien!</p>
        <p>Wir schauen uns Ihre Unterlagen in Ruhe an und melden uns in der Regel innerhalb von zwei Wochen.</p>
        <p>Viele Grüße<br>Ihr Team von Hasetal Medien</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor · <a href="https://hasetal-medien.teamtailor.com/connect/privacy">Datenschutz</a></p>
        </body></html>
        """)
    h = head(addr("Hasetal Medien", "no-reply@teamtailor-mail.com"),
             "Danke für Ihre Bewerbung!",
             "2026-10-19 22:05", BER, mid("n43", "teamtailor-mail.com"),
             "a48-112.smtp-out.eu-west-1.amazonses.com (a48-112.smtp-out.eu-west-1.amazonses.com [54.240.48.112])")
    return message(h, html(body_html))


@make.mail(N(44), family="post_interview", lang="de", interview=False, company="Kranhaus Digital GmbH",
           note="Du-Mail after the Cologne visit: thanks, feedback 'bis Ende nächster Woche'; nothing scheduled")
def n44() -> bytes:
    body = t("""
        Hi Miriam,

        danke nochmal, dass du gestern trotz der Verschiebung den Weg nach Köln auf dich genommen
        hast – es hat uns allen richtig Spaß gemacht! Deine Mail an mich ist übrigens nicht
        angekommen (Tippfehler in der Adresse, "hamnes" statt "hammes" ;) ), Merve hat sie mir
        weitergeleitet.

        Wir sprechen diese Woche noch mit zwei weiteren Leuten und melden uns bis Ende nächster
        Woche mit einer Entscheidung bei dir.

        Liebe Grüße
        Lukas
        """)
    h = head(addr("Lukas Hammes", "lukas.hammes@kranhaus-digital.de"),
             "Danke für gestern!",
             "2026-10-07 12:31", BER, "<CAHq3kL7c1=rW5bQ3yN1s9fR0tP4wE7uJ2dK5cZ0aG3hB8xM1nE@mail.gmail.com>",
             "mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])")
    return message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(45), family="personal_event", lang="de", interview=False, company=None,
           days=(("Thu", "2026-09-24"),),
           note="School parents' evening invitation (Do., 24.09.2026, 19:30); fixed time, not an interview")
def n45() -> bytes:
    body = t("""
        Liebe Eltern der Klasse 6b,

        hiermit lade ich Sie herzlich zum ersten Elternabend des Schuljahres ein:

        Donnerstag, 24.09.2026, 19:30 Uhr, Raum 112 (Altbau)

        Tagesordnung:
        1. Wahl der Klassenpflegschaftsvorsitzenden
        2. Klassenfahrt nach Borkum im Mai
        3. Handyregelung
        4. Verschiedenes

        Über eine rege Teilnahme freue ich mich.

        Mit freundlichen Grüßen
        Stefanie Brune
        Klassenleitung 6b, Gymnasium Theodorianum
        """)
    h = head(addr("Stefanie Brune", "s.brune@schule-paderborn.example.net"),
             "Einladung Elternabend 6b",
             "2026-09-16 17:48", BER, mid("n45", "schule-paderborn.example.net"),
             "mail.schule-paderborn.example.net (mail.schule-paderborn.example.net [134.245.1.77])",
             to="Eltern 6b:;")
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(46), family="personal", lang="de", interview=False, company=None,
           days=(("Sat", "2026-12-05"),),
           note="Friend confirms Weihnachtsmarkt on Saturday 5 December at 18:00; a fixed personal plan, not an interview")
def n46() -> bytes:
    body = t("""
        Hey Miri,

        super, dann steht's: Samstag (5.12.) um 18 Uhr am Dom, Eingang Marktplatz. Tobi kommt
        auch, Jule weiß es noch nicht. Und dann will ich ALLES über Warschau hören!!

        Drück dich
        Hanna

        Am 30.11.2026 um 21:14 schrieb Miriam Kortmann:
        > Samstag passt! 18 Uhr?
        """)
    h = head(addr("Hanna Rüsing", "hanna.ruesing@example.org"),
             "Re: Weihnachtsmarkt?",
             "2026-12-01 07:52", BER, "<9f4e2d1c-8b7a-4c6d-a5e4-3f2b1c0d9e8f@example.org>",
             "mout.example.org (mout.example.org [212.227.17.10])",
             extra=(("User-Agent", "Mozilla/5.0 (Android 14) K-9 Mail/8.0"),))
    return message(h, text(body, cte="8bit"))


@make.mail(N(47), family="recruiter_outreach", lang="de", interview=False, company="Leineschloss Personalberatung",
           note="Hannover headhunter outreach (Sie), asks for a call 'in den nächsten Tagen', no time fixed")
def n47() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        ich bin über Ihr Profil auf einem Business-Netzwerk auf Sie aufmerksam geworden. Für einen
        mittelständischen IT-Dienstleister im Raum Hannover suche ich eine Teamleitung Service Desk
        (ca. 14 Mitarbeitende, 1st und 2nd Level, ITIL-Prozesse im Aufbau).

        Hätten Sie in den nächsten Tagen Zeit für ein vertrauliches Telefonat? Nennen Sie mir gern
        ein, zwei Zeitfenster, die Ihnen passen.

        Mit freundlichen Grüßen
        Dr. Henning Wöbse
        Partner
        Leineschloss Personalberatung GmbH
        Georgstraße 11, 30159 Hannover
        """)
    h = head(addr("Henning Wöbse", "hw@leineschloss-personal.de"),
             "Vertraulich: Teamleitung Service Desk (Raum Hannover)",
             "2026-11-11 08:47", BER, "<000c01dc73f2$8a1b2c3d$9e4f5a6b$@leineschloss-personal.de>",
             "smtp.leineschloss-personal.de (smtp.leineschloss-personal.de [217.160.0.88])",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(48), family="application_status", lang="en", interview=False, company="Lakeshore Medical Devices",
           note="iCIMS status update ('your application is under review'); no appointment")
def n48() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <p>Dear Miriam Kortmann,</p>
        <p>Thank you for your interest in <b>IT Service Desk Supervisor - Hamburg (Requisition 2026-8817)</b>
        at Lakeshore Medical Devices.</p>
        <p>We wanted to let you know that your application is currently under review by the hiring team.
        We will contact you if your qualifications match the requirements of the position.</p>
        <p>You may log in to our career portal at any time to review your application status.</p>
        <p>Sincerely,<br>Lakeshore Medical Devices Talent Acquisition</p>
        <p style="font-size:10px;color:#999">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    h = head(addr("Lakeshore Medical Devices", "talent@talent.icims.com"),
             "Application Status Update - IT Service Desk Supervisor - Hamburg",
             "2026-11-16 09:12", "America/Chicago", mid("n48", "talent.icims.com"),
             "mail5.icims.com (mail5.icims.com [207.67.32.15])")
    return message(h, html(body_html, charset="windows-1252"))


@make.mail(N(49), family="job_alert", lang="en", interview=False, company=None,
           note="Professional-network job recommendations in English; no appointment")
def n49() -> bytes:
    body = t("""
        Miriam, new jobs match your preferences

        Service Desk Lead - EMEA
        Fernwood Cloud · Dublin, Ireland (Remote) · 3 days ago

        IT Support Manager (German speaking)
        Baltic Byte · Warsaw, Poland (Hybrid) · 1 week ago

        Global Service Desk Coordinator
        Orrin Health · Amsterdam, Netherlands (Remote) · 2 days ago

        See all jobs: https://www.prolink.example.net/jobs/collections/recommended

        You're receiving Job Alert emails. Unsubscribe: https://www.prolink.example.net/settings/alerts
        """)
    h = head(addr("ProLink Job Alerts", "jobalerts-noreply@prolink.example.net"),
             "Service Desk Lead - EMEA at Fernwood Cloud and 2 more jobs for you",
             "2026-11-20 05:14", "Europe/Dublin", mid("n49", "prolink.example.net"),
             "mailb-ec.prolink.example.net (mailb-ec.prolink.example.net [108.174.3.212])",
             extra=(("Precedence", "bulk"),))
    return message(h, text(body))


@make.mail(N(50), family="rejection", lang="de", interview=False, company="Lippetal Systemhaus GmbH",
           note="Personio rejection after the Lippstadt interview of 15 September")
def n50() -> bytes:
    body = t("""
        Sehr geehrte Frau Kortmann,

        vielen Dank für das offene und angenehme Gespräch am 15. September.

        Nach reiflicher Überlegung haben wir uns entschieden, die Position mit einem Kandidaten zu
        besetzen, der bereits länger Führungserfahrung mitbringt. Wir bedauern, Ihnen keine
        positivere Nachricht geben zu können, und wünschen Ihnen für Ihre weitere berufliche und
        private Zukunft alles Gute.

        Mit freundlichen Grüßen

        Jana Wiemeler
        Personalreferentin
        Lippetal Systemhaus GmbH
        """)
    h = head(addr("Lippetal Systemhaus GmbH", "noreply@personio.de"),
             "Ihre Bewerbung bei der Lippetal Systemhaus GmbH",
             "2026-09-23 10:31", BER, mid("n50", "mail.personio.de"),
             "mail-out.personio.de (mail-out.personio.de [185.12.40.17])",
             extra=(("Reply-To", addr("Jana Wiemeler", "jana.wiemeler@lippetal-systemhaus.de")),))
    return message(h, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")))
