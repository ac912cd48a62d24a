"""blind37: 50 hand-written mails from the inbox of a quantitative developer in Zürich.

Inbox owner: Nadia Brunner <nadia.brunner@example.org> (private, second address
nadia.brunner@example.com on her phone; work address nadia.brunner@example.net at her current
employer, Hardbrücke Asset Management AG, forwarded). She applies to banks, insurers, pharma and
tech companies in Zürich, Basel, Geneva, Lausanne, Munich and to remote roles in London and New
York, between late February and early May 2026.

Keys 1-23 are positives, 24-50 negatives, in writing order; file numbers are the fixed shuffle
ORDER below. Written without reading the detector, its tests or any other held-out set.
"""

from __future__ import annotations

import base64
import random

import make
from make import (
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
    t,
    text,
)

make.REGISTRY.setdefault("blind37", [])

ORDER = random.Random(37037).sample(range(1, 51), 50)


def n(key: int) -> str:
    return f"blind37_{ORDER[key - 1]:03d}"


ME = "nadia.brunner@example.org"
ME_TO = addr("Nadia Brunner", ME)
MX = "mx2.mail.example.org with ESMTPS id"


def head(relay: str, ident: str, frm: str, subject: str, when: str, zone: str, mid: str,
         to: str = ME_TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list:
    """Headers as they arrive in the example.org mailbox (Received stamped a few seconds later)."""
    return [
        ("Delivered-To", ME),
        ("Received", make.received(relay, when, zone, f"{MX} {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def pdf(filename: str, title: str) -> Part:
    """A small one-page PDF attachment (text drawn with Helvetica)."""
    stream = f"BT /F1 14 Tf 72 760 Td ({title}) Tj ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    body = base64.encodebytes(out).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


# Google Calendar writes its own VTIMEZONE for Europe/Zurich (make.VTZ has none).
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

TEAMS_EN = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tenant}%22%7d>
    Meeting ID: {mid}
    Passcode: {pw}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tenant}>
    ________________________________________________________________________________
    """)


# =========================================================================== positives

# --------------------------------------------------------------------------- 1 SuccessFactors, de


@mail(n(1), family="successfactors", lang="de", interview=True, kind="scheduled",
      start="2026-03-11T13:00:00Z", end="2026-03-11T14:00:00Z", contact="sandra.keller@sihlberg.ch",
      company="Bank Sihlberg AG", local="Wed 2026-03-11 14:00", local_end="2026-03-11 15:00",
      zone="Europe/Zurich",
      note="SuccessFactors invitation from a DoNotReply system address with the invitation also as "
           "PDF; 'Mittwoch, 11. März 2026, 14.00 – 15.00 Uhr' in Zürich, CET (UTC+1) -> 13:00-14:00Z; "
           "contact = the recruiter whose address is written in the body")
def k01() -> bytes:
    plain = t("""
        Grüezi Frau Brunner

        Vielen Dank für Ihre Bewerbung als Quantitative Developer (Risk Analytics) und Ihr Interesse an der Bank Sihlberg AG.

        Gerne laden wir Sie zu einem ersten persönlichen Gespräch ein:

        Datum:   Mittwoch, 11. März 2026
        Zeit:    14.00 – 15.00 Uhr
        Ort:     Bank Sihlberg AG, Sihlquai 120, 8005 Zürich
                 Bitte melden Sie sich am Empfang im Erdgeschoss.

        Ihre Gesprächspartner:
        - Dr. Urs Tanner, Head Market Risk Analytics
        - Sandra Keller, Talent Acquisition Partner

        Im Anhang finden Sie die Einladung mit dem Wegbeschrieb als PDF. Sollte Ihnen der Termin nicht passen, melden Sie sich bitte direkt bei Sandra Keller (sandra.keller@sihlberg.ch, +41 44 283 41 20).

        Wir freuen uns, Sie kennenzulernen.

        Freundliche Grüsse

        Sandra Keller
        Talent Acquisition
        Bank Sihlberg AG

        --
        Diese E-Mail wurde automatisch über unser Bewerbermanagement-System versendet. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#1a1a1a">
        <table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="border-bottom:3px solid #00205b;padding:12px 0">
        <img src="https://career5.successfactors.eu/ui/uicore/img/pixel.gif" alt="Bank Sihlberg" width="1" height="1">
        <span style="font-size:16pt;color:#00205b;font-weight:bold">Bank Sihlberg</span></td></tr>
        <tr><td style="padding:16px 0">
        <p>Grüezi Frau Brunner</p>
        <p>Vielen Dank für Ihre Bewerbung als Quantitative Developer (Risk Analytics) und Ihr Interesse an der Bank Sihlberg AG.</p>
        <p>Gerne laden wir Sie zu einem ersten persönlichen Gespräch ein:</p>
        <table cellpadding="3" cellspacing="0" border="0" style="font-size:10pt">
        <tr><td><b>Datum:</b></td><td>Mittwoch, 11. März 2026</td></tr>
        <tr><td><b>Zeit:</b></td><td>14.00 – 15.00 Uhr</td></tr>
        <tr><td valign="top"><b>Ort:</b></td><td>Bank Sihlberg AG, Sihlquai 120, 8005 Zürich<br>Bitte melden Sie sich am Empfang im Erdgeschoss.</td></tr>
        </table>
        <p>Ihre Gesprächspartner:<br>- Dr. Urs Tanner, Head Market Risk Analytics<br>- Sandra Keller, Talent Acquisition Partner</p>
        <p>Im Anhang finden Sie die Einladung mit dem Wegbeschrieb als PDF. Sollte Ihnen der Termin nicht passen, melden Sie sich bitte direkt bei Sandra Keller (<a href="mailto:sandra.keller@sihlberg.ch">sandra.keller@sihlberg.ch</a>, +41 44 283 41 20).</p>
        <p>Wir freuen uns, Sie kennenzulernen.</p>
        <p>Freundliche Grüsse</p>
        <p>Sandra Keller<br>Talent Acquisition<br>Bank Sihlberg AG</p>
        </td></tr>
        <tr><td style="font-size:8pt;color:#777;border-top:1px solid #ccc;padding-top:8px">Diese E-Mail wurde automatisch über unser Bewerbermanagement-System versendet. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
        </table>
        </body></html>
        """)
    hs = head("from mta-out-07.successfactors.eu (mta-out-07.successfactors.eu [155.56.208.71])",
              "8d1QkS0Tz2x4", addr("Bank Sihlberg AG", "DoNotReply@successfactors.eu"),
              "Einladung zum Vorstellungsgespräch – Quantitative Developer (Risk Analytics), Req-ID 41877",
              "2026-03-04 10:12:31", "Europe/Zurich",
              "<1741079551288.41877.JavaMail.sfapp@pc41bcf31.eu2.successfactors.eu>",
              extra=(("X-SF-Company-Id", "BankSihlbergP"), ("Auto-Submitted", "auto-generated")))
    return message(hs, mixed(alt(text(plain), html(body)),
                             pdf("Einladung_Vorstellungsgespraech_Brunner.pdf",
                                 "Einladung Vorstellungsgespraech - Mittwoch, 11. Maerz 2026, 14.00 Uhr")))


# --------------------------------------------------------------------------- 2 Google Calendar, de UI


@mail(n(2), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-03-19T09:00:00Z", end="2026-03-19T10:30:00Z", contact="lea.gashi@alpenfeld.tech",
      company="Alpenfeld Technologies AG", local="Thu 2026-03-19 10:00", local_end="2026-03-19 11:30",
      zone="Europe/Zurich",
      note="Google Calendar invitation with the German UI (Einladung / Wann / Gäste), ICS TZID "
           "Europe/Zurich 10:00-11:30 on 19 March, CET -> 09:00-10:30Z; contact = ORGANIZER recruiter")
def k02() -> bytes:
    plain = t("""
        Nadia Brunner, Sie wurden zu folgendem Termin eingeladen.

        Technical Interview – Quant Platform (Nadia Brunner)
        Donnerstag, 19. März 2026 · 10:00–11:30
        Zeitzone: Europe/Zurich

        Informationen zur Teilnahme über Google Meet
        Videoanruf-Link: https://meet.google.com/qdk-vmzr-xpe
        Oder rufen Sie an: (CH) +41 43 508 21 47 PIN: 418 552 907#
        Weitere Telefonnummern: https://tel.meet/qdk-vmzr-xpe?pin=4185529071234

        Organisator
        Lea Gashi
        lea.gashi@alpenfeld.tech

        Gäste
        Lea Gashi - Organisator
        Jonas Wirth
        Priska Odermatt
        nadia.brunner@example.org

        Hoi Nadia, wie am Telefon besprochen: 90 Minuten mit Jonas (Tech Lead Pricing Engine) und Priska (Quant Research). Ca. 30 Min. Live-Coding in Python, danach Fragen zu Monte Carlo und Performance. Bis dann! Lea

        Termin ansehen
        https://calendar.google.com/calendar/event?action=VIEW&eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&tok=MjQjbGVhLmdhc2hpQGFscGVuZmVsZC50ZWNo&ctz=Europe%2FZurich&hl=de&es=1

        Antworten für nadia.brunner@example.org
        Ja: https://calendar.google.com/calendar/event?action=RESPOND&eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&rst=1&tok=MjQjbGVhLmdhc2hp&ctz=Europe%2FZurich&hl=de&es=1
        Nein: https://calendar.google.com/calendar/event?action=RESPOND&eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&rst=2&tok=MjQjbGVhLmdhc2hp&ctz=Europe%2FZurich&hl=de&es=1
        Vielleicht: https://calendar.google.com/calendar/event?action=RESPOND&eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&rst=3&tok=MjQjbGVhLmdhc2hp&ctz=Europe%2FZurich&hl=de&es=1

        Weitere Optionen: https://calendar.google.com/calendar/event?action=VIEW&eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&ctz=Europe%2FZurich&hl=de&es=1

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen mehr für diesen Termin erhalten möchten, lehnen Sie ihn ab. Alternativ können Sie sich für ein Google-Konto registrieren und Ihre Benachrichtigungseinstellungen für Ihren gesamten Kalender festlegen.

        Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator eine Antwort senden, als Gast hinzugefügt werden, andere Personen einladen (auch wenn Sie selbst nicht über die entsprechende Berechtigung verfügen) oder Ihre Antwort ändern. Weitere Informationen: https://support.google.com/calendar/answer/37135#forwarding
        """)
    body = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px;padding-bottom:8px">Nadia Brunner, Sie wurden zu folgendem Termin eingeladen.</div>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043;margin:0">Technical Interview – Quant Platform (Nadia Brunner)</h2>
        <table cellpadding="0" cellspacing="0" border="0" style="font-size:14px;padding-top:12px">
        <tr><td style="padding-right:16px;color:#70757a" valign="top">Wann</td><td>Donnerstag, 19. März 2026 · 10:00–11:30 (Mitteleuropäische Normalzeit – Zürich)</td></tr>
        <tr><td style="padding-right:16px;color:#70757a" valign="top">Teilnehmen</td><td><a href="https://meet.google.com/qdk-vmzr-xpe" style="color:#1a73e8">Mit Google Meet teilnehmen</a><br>meet.google.com/qdk-vmzr-xpe<br>Oder rufen Sie an: (CH) +41 43 508 21 47 PIN: 418 552 907#</td></tr>
        <tr><td style="padding-right:16px;color:#70757a" valign="top">Gäste</td><td><a href="mailto:lea.gashi@alpenfeld.tech">Lea Gashi</a> – Organisator<br><a href="mailto:jonas.wirth@alpenfeld.tech">Jonas Wirth</a><br><a href="mailto:priska.odermatt@alpenfeld.tech">Priska Odermatt</a><br><a href="mailto:nadia.brunner@example.org">nadia.brunner@example.org</a></td></tr>
        </table>
        <div style="font-size:14px;padding-top:12px">Hoi Nadia, wie am Telefon besprochen: 90 Minuten mit Jonas (Tech Lead Pricing Engine) und Priska (Quant Research). Ca. 30 Min. Live-Coding in Python, danach Fragen zu Monte Carlo und Performance. Bis dann! Lea</div>
        <div style="padding-top:16px;font-size:14px"><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&amp;ctz=Europe%2FZurich&amp;hl=de&amp;es=1">Termin ansehen</a></div>
        <div style="padding-top:16px;font-size:14px">Antworten für nadia.brunner@example.org&nbsp;
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&amp;rst=1&amp;hl=de&amp;es=1">Ja</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&amp;rst=2&amp;hl=de&amp;es=1">Nein</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N3VxM2Q1ZWY0a2w5c3A4bmJ0cjBoZzJjNmEgbmFkaWEuYnJ1bm5lckBleGFtcGxlLm9yZw&amp;rst=3&amp;hl=de&amp;es=1">Vielleicht</a></div>
        <div style="padding-top:24px;font-size:12px;color:#70757a">Einladung von <a href="https://calendar.google.com/calendar/" style="color:#70757a">Google Kalender</a><br>Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen mehr für diesen Termin erhalten möchten, lehnen Sie ihn ab.</div>
        </div></body></html>
        """)
    ics = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ_ZURICH + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260319T100000
DTEND;TZID=Europe/Zurich:20260319T113000
DTSTAMP:20260312T154006Z
ORGANIZER;CN=Lea Gashi:mailto:lea.gashi@alpenfeld.tech
UID:7uq3d5ef4kl9sp8nbtr0hg2c6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lea Gashi;X-NUM-GUESTS=0:mailto:lea.gashi@alpenfeld.tech
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Wirth;X-NUM-GUESTS=0:mailto:jonas.wirth@alpenfeld.tech
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priska Odermatt;X-NUM-GUESTS=0:mailto:priska.odermatt@alpenfeld.tech
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.brunner@example.org;X-NUM-GUESTS=0:mailto:nadia.brunner@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qdk-vmzr-xpe
CREATED:20260312T153958Z
DESCRIPTION:Hoi Nadia\, wie am Telefon besprochen: 90 Minuten mit Jonas (Tech Lead Pricing Engine) und Priska (Quant Research). Ca. 30 Min. Live-Coding in Python\, danach Fragen zu Monte Carlo und Performance. Bis dann! Lea\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nMit Google Meet teilnehmen: https://meet.google.com/qdk-vmzr-xpe\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260312T154006Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Technical Interview – Quant Platform (Nadia Brunner)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "r3QmZ81xdV0c",
              addr("Lea Gashi", "lea.gashi@alpenfeld.tech"),
              "Einladung: Technical Interview – Quant Platform (Nadia Brunner) @ Do. 19. März 2026 "
              "10:00 - 11:30 (MEZ) (nadia.brunner@example.org)",
              "2026-03-12 16:40:07", "Europe/Zurich", "<calendar-3f1c28e2-90d5-4b8e-a1f4-6c2d7e0b9a51@google.com>",
              extra=(("Reply-To", addr("Lea Gashi", "lea.gashi@alpenfeld.tech")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(plain, cte="quoted-printable"), html(body), calendar(ics, "REQUEST", cte="base64")),
        calendar(ics, None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 3 Exchange meeting request, Basel


@mail(n(3), family="outlook_exchange", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T07:30:00Z", end="2026-03-31T09:00:00Z", contact="matthias.gisler@birsfeld-pharma.com",
      company="Birsfeld Pharma AG", local="Tue 2026-03-31 09:30", local_end="2026-03-31 11:00",
      zone="Europe/Zurich",
      note="Exchange meeting request (TZID W. Europe Standard Time) from the hiring manager; sent "
           "24 March in CET, interview 31 March after the 29 March switch, so 09:30 CEST = 07:30Z; "
           "contact = ORGANIZER/sender")
def k03() -> bytes:
    teams = TEAMS_EN.format(tid="NmY4ZTRjYjQtZDQ1Mi00YjE1LWE3ZTgtOTk2ODRkMzUzZjQz",
                            tenant="5e0b9c1d-33a8-4f5e-b6a7-0f2c8d1e4a90", mid="318 774 552 906", pw="q7Xb2K")
    plain = t("""
        Dear Nadia,

        Thank you for the good conversation with Carla last week. As agreed on the phone, we would like to invite you to a panel interview on Tuesday, 31 March, 09:30–11:00, at our Basel campus.

        Panel: Matthias Gisler (Head Pricing Analytics), Dr. Eva Roth (Biostatistics IT) and Nikhil Varma (Engineering Manager, joining via Teams from Hyderabad).
        We'd ask you to start with a 20-minute presentation of a project of your choice, followed by questions from the panel.

        Location: Birsfeld Campus, Building 4, room 4.12, Grenzacherweg 200, 4058 Basel. Please register at the gate on Grenzacherweg; a visitor badge will be ready under your name.

        Best regards,
        Matthias

        Dr. Matthias Gisler
        Head Pricing Analytics | Birsfeld Pharma AG
        matthias.gisler@birsfeld-pharma.com | +41 61 555 27 80

        """) + teams
    body = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
        <body lang="DE-CH" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal"><span lang="EN-US">Dear Nadia,</span></p>
        <p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
        <p class="MsoNormal"><span lang="EN-US">Thank you for the good conversation with Carla last week. As agreed on the phone, we would like to invite you to a panel interview on Tuesday, 31 March, 09:30–11:00, at our Basel campus.</span></p>
        <p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
        <p class="MsoNormal"><span lang="EN-US">Panel: Matthias Gisler (Head Pricing Analytics), Dr. Eva Roth (Biostatistics IT) and Nikhil Varma (Engineering Manager, joining via Teams from Hyderabad).<br>We’d ask you to start with a 20-minute presentation of a project of your choice, followed by questions from the panel.</span></p>
        <p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
        <p class="MsoNormal"><span lang="EN-US">Location: Birsfeld Campus, Building 4, room 4.12, Grenzacherweg 200, 4058 Basel. Please register at the gate on Grenzacherweg; a visitor badge will be ready under your name.</span></p>
        <p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
        <p class="MsoNormal"><span lang="EN-US">Best regards,<br>Matthias</span></p>
        <p class="MsoNormal"><span lang="EN-US" style="font-size:9.0pt;color:#595959">Dr. Matthias Gisler<br>Head Pricing Analytics | Birsfeld Pharma AG<br><a href="mailto:matthias.gisler@birsfeld-pharma.com">matthias.gisler@birsfeld-pharma.com</a> | +41 61 555 27 80</span></p>
        <div style="margin-top:24px"><p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Microsoft Teams meeting</span></b></p>
        <p class="MsoNormal"><b><span style="font-size:10.5pt;color:#252424">Join on your computer, mobile app or room device</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmY4ZTRjYjQtZDQ1Mi00YjE1LWE3ZTgtOTk2ODRkMzUzZjQz%40thread.v2/0"><span style="font-size:10.5pt;color:#6264A7">Click here to join the meeting</span></a></p>
        <p class="MsoNormal"><span style="font-size:10.5pt;color:#252424">Meeting ID: 318 774 552 906<br>Passcode: q7Xb2K</span></p>
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p></div>
        </div></body></html>
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["W. Europe Standard Time"] + r"""
BEGIN:VEVENT
ORGANIZER;CN=Gisler Matthias:mailto:matthias.gisler@birsfeld-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.brunner@example.org:mailto:nadia.brunner@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Roth Eva:mailto:eva.roth@birsfeld-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Varma Nikhil:mailto:nikhil.varma@birsfeld-pharma.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Imfeld Carla:mailto:carla.imfeld@birsfeld-pharma.com
DESCRIPTION;LANGUAGE=en-US:Dear Nadia\,\n\nThank you for the good conversation with Carla last week. As agreed on the phone\, we would like to invite you to a panel interview on Tuesday\, 31 March\, 09:30–11:00\, at our Basel campus.\n\nPanel: Matthias Gisler (Head Pricing Analytics)\, Dr. Eva Roth (Biostatistics IT) and Nikhil Varma (Engineering Manager\, joining via Teams from Hyderabad).\n\nBest regards\,\nMatthias\n
UID:040000008200E00074C5B7101A82E00800000000B0C6A1E49DBBDC010000000000000000100000004F1D3C7A8E2B1D4F9C0A6B5E3D2F1A07
SUMMARY;LANGUAGE=en-US:Panel Interview: Nadia Brunner – Senior Quantitative Developer (Pricing Analytics)
DTSTART;TZID=W. Europe Standard Time:20260331T093000
DTEND;TZID=W. Europe Standard Time:20260331T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260324T160512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Birsfeld Campus Bau 4 / Raum 4.12; Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124038871
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmY4ZTRjYjQtZDQ1Mi00YjE1LWE3ZTgtOTk2ODRkMzUzZjQz%40thread.v2/0
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
END:VCALENDAR
"""
    hs = head("from ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:2b::11)", "QwE0P3rV9u1k",
              addr("Gisler Matthias", "matthias.gisler@birsfeld-pharma.com"),
              "Panel Interview: Nadia Brunner – Senior Quantitative Developer (Pricing Analytics)",
              "2026-03-24 17:05:12", "Europe/Zurich",
              "<ZR0P278MB04127A1C6E1B9D3F2A5C44E1B8C72@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", "Panel Interview: Nadia Brunner - Senior Quantitative Developer (Pricing Analytics)"),
                     ("Thread-Index", "AdqbzQ3l1vW1pVHSRm2W0xX8qJ4Z1A=="),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, alt(text(plain), html(body), calendar(ics, "REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 4 headhunter, short reply on top


@mail(n(4), family="headhunter_reply", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T14:00:00Z", end=None, contact="tom.rieder@rieder-partner.ch",
      company="Lakeview Capital AG", local="Tue 2026-03-10 15:00", zone="Europe/Zurich",
      note="Headhunter's iPhone reply 'All set: Tue 3pm' on top of the quoted thread, Date Thu 5 March "
           "-> Tuesday 10 March 15:00 CET = 14:00Z; 'Plan roughly an hour' -> end null; company = the "
           "hiring firm, contact = the headhunter (human sender)")
def k04() -> bytes:
    body = t("""
        Hi Nadia

        All set: Tue 3pm with Marc Ammann (Head Quant Solutions) at Lakeview Capital, Bahnhofstrasse 42, 4th floor - ask for him at reception. Plan roughly an hour. I'll call you Monday evening for a quick prep.

        Good luck!
        Tom

        Sent from my iPhone

        > On 5 Mar 2026, at 09:41, Nadia Brunner <nadia.brunner@example.org> wrote:
        >
        > Hi Tom
        > Tuesday afternoon works best for me, 3pm would be ideal. Wednesday I'm tied up.
        > Best, Nadia
        >
        >> On 4 Mar 2026, at 17:12, Tom Rieder <tom.rieder@rieder-partner.ch> wrote:
        >>
        >> Hi Nadia, good news - Lakeview would like to meet you next week. Would Tue or Wed afternoon work for you?
        >> Tom
        """)
    hs = head("from mail.rieder-partner.ch (mail.rieder-partner.ch [185.17.92.40])", "p0Lr7cV1Wq2e",
              addr("Tom Rieder", "tom.rieder@rieder-partner.ch"), "Re: Quant role - Zurich asset manager",
              "2026-03-05 18:22:40", "Europe/Zurich", "<8E2C41A7-5D0B-4F1C-9A63-2B7E0D11C4F8@rieder-partner.ch>",
              extra=(("In-Reply-To", "<CAF3kq0d=Yx1mP8tQ@mail.example.org>"),
                     ("References", "<4B1E7F20-3A55-4C8E-8B9D-71E2F6A0D3C1@rieder-partner.ch> "
                                    "<CAF3kq0d=Yx1mP8tQ@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22D72)")))
    return message(hs, text(body, cte="7bit"))


# --------------------------------------------------------------------------- 5 Geneva, French, latin-1


@mail(n(5), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-04-16T08:30:00Z", end=None, contact="sophie.perrenoud@negoce-leman.ch",
      company="Négoce Léman SA", local="Thu 2026-04-16 10:30", zone="Europe/Zurich",
      note="HR confirmation after a phone call, iso-8859-1 quoted-printable; 'jeudi 16 avril 2026 à "
           "10h30' in Geneva, CEST -> 08:30Z; 'environ une heure' -> end null")
def k05() -> bytes:
    body = t("""
        Madame,

        Nous faisons suite à notre échange téléphonique de ce matin et avons le plaisir de vous confirmer votre entretien pour le poste de Développeuse quantitative (Trading Analytics) :

            jeudi 16 avril 2026 à 10h30
            Négoce Léman SA, Rue du Rhône 80, 1204 Genève, 5e étage

        Vous rencontrerez M. Pierre-Alain Gindrat, responsable Trading Analytics, ainsi que moi-même. L'entretien durera environ une heure et se déroulera en français et en anglais.

        Merci de vous présenter à la réception quelques minutes avant l'heure convenue, muni(e) d'une pièce d'identité.

        Pour toute question, je reste volontiers à votre disposition au 022 819 47 30.

        Meilleures salutations

        Sophie Perrenoud
        Responsable Ressources Humaines
        Négoce Léman SA
        Rue du Rhône 80 · CH-1204 Genève
        """)
    hs = head("from smtp.negoce-leman.ch (smtp.negoce-leman.ch [194.209.41.17])", "Gm4eT7u2Ks9b",
              addr("Sophie Perrenoud", "sophie.perrenoud@negoce-leman.ch"),
              "Confirmation de votre entretien - Développeuse quantitative (Trading Analytics)",
              "2026-04-09 11:47:03", "Europe/Zurich", "<000c01dcc7f2$8a41e2b0$9ec5a810$@negoce-leman.ch>",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-ch")),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 6 Abacus Umantis, French, Lausanne


@mail(n(6), family="umantis", lang="fr", interview=True, kind="scheduled",
      start="2026-04-22T12:00:00Z", end="2026-04-22T13:30:00Z", contact="chantal.rochat@mra-assurances.ch",
      company="Mutuelle Romande d'Assurances", local="Wed 2026-04-22 14:00", local_end="2026-04-22 15:30",
      zone="Europe/Zurich",
      note="Abacus Umantis invitation from a no-reply recruitingapp address; 'mercredi 22 avril 2026, "
           "14h00 – 15h30' Lausanne, CEST -> 12:00-13:30Z; asks to confirm presence but the slot is "
           "set; contact = HR address in the body")
def k06() -> bytes:
    plain = t("""
        Madame Brunner,

        Nous vous remercions de votre candidature et de l'intérêt que vous portez à la Mutuelle Romande d'Assurances.

        Votre dossier a retenu toute notre attention et nous avons le plaisir de vous inviter à un entretien :

        Date :          mercredi 22 avril 2026
        Heure :         14h00 – 15h30
        Lieu :          MRA, Avenue de la Gare 27, 1003 Lausanne, réception au rez-de-chaussée
        Participants :  M. Laurent Bovet (Head of Actuarial Systems), Mme Chantal Rochat (Ressources humaines)

        Nous vous prions de bien vouloir confirmer votre présence via le lien ci-dessous :
        https://recruitingapp-5128.umantis.com/Vacancies/Candidate/Event/Confirm/88213?lang=fre&token=Qm4xZk9pT2xR

        En cas d'empêchement, Mme Chantal Rochat se tient à votre disposition (chantal.rochat@mra-assurances.ch, 021 341 77 12).

        Meilleures salutations

        Mutuelle Romande d'Assurances
        Ressources humaines

        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Invitation</title></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
        <div style="background:#004b87;color:#fff;padding:10px 14px;font-size:15px">Mutuelle Romande d'Assurances – Carrières</div>
        <div style="padding:14px">
        <p>Madame Brunner,</p>
        <p>Nous vous remercions de votre candidature et de l'intérêt que vous portez à la Mutuelle Romande d'Assurances.</p>
        <p>Votre dossier a retenu toute notre attention et nous avons le plaisir de vous inviter à un entretien :</p>
        <table cellspacing="0" cellpadding="4" style="font-size:12px">
        <tr><td><b>Date :</b></td><td>mercredi 22 avril 2026</td></tr>
        <tr><td><b>Heure :</b></td><td>14h00 – 15h30</td></tr>
        <tr><td><b>Lieu :</b></td><td>MRA, Avenue de la Gare 27, 1003 Lausanne, réception au rez-de-chaussée</td></tr>
        <tr><td valign="top"><b>Participants :</b></td><td>M. Laurent Bovet (Head of Actuarial Systems)<br>Mme Chantal Rochat (Ressources humaines)</td></tr>
        </table>
        <p>Nous vous prions de bien vouloir confirmer votre présence via le lien ci-dessous :<br>
        <a href="https://recruitingapp-5128.umantis.com/Vacancies/Candidate/Event/Confirm/88213?lang=fre&amp;token=Qm4xZk9pT2xR">Confirmer ma présence</a></p>
        <p>En cas d'empêchement, Mme Chantal Rochat se tient à votre disposition (<a href="mailto:chantal.rochat@mra-assurances.ch">chantal.rochat@mra-assurances.ch</a>, 021 341 77 12).</p>
        <p>Meilleures salutations</p>
        <p>Mutuelle Romande d'Assurances<br>Ressources humaines</p>
        </div>
        <div style="font-size:10px;color:#888;padding:0 14px">Ce message a été envoyé automatiquement, merci de ne pas y répondre. Powered by Abacus Umantis</div>
        </body></html>
        """)
    hs = head("from mailout2.umantis.com (mailout2.umantis.com [212.25.19.86])", "Hk2sN8d4Lo1a",
              addr("MRA Recrutement", "no-reply@recruitingapp-5128.umantis.com"),
              "Invitation à un entretien – Développeur/se quantitatif/ve 80-100 %",
              "2026-04-13 08:15:44", "Europe/Zurich", "<20260413061544.88213.4471@recruitingapp-5128.umantis.com>",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(plain), html(body)))


# --------------------------------------------------------------------------- 7 Calendly invitee confirmation, London


@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-03-17T15:00:00Z", end="2026-03-17T15:30:00Z", contact="james.holloway@thamesgatecap.co.uk",
      company="Thamesgate Capital LLP", local="Tue 2026-03-17 16:00", local_end="2026-03-17 16:30",
      zone="Europe/Zurich",
      note="Calendly invitee confirmation shown in the invitee's zone (Central European Time, UTC+1 in "
           "March): 4:00pm-4:30pm -> 15:00-15:30Z (= 3pm GMT for the London host); Reply-To = host")
def k07() -> bytes:
    plain = t("""
        Hi Nadia Brunner,

        Your Intro call - Quant Developer (Remote) with James Holloway at 4:00pm (Central European Time) on Tuesday, March 17, 2026 is scheduled.

        Event Type:
        Intro call - Quant Developer (Remote)

        Event Date/Time:
        4:00pm - 4:30pm (Central European Time)
        Tuesday, March 17, 2026

        Location:
        This is a Zoom web conference.
        https://thamesgatecap.zoom.us/j/85524719036?pwd=dG1aQ2lOZ0xNb3JrRXZWc2pqUT09

        Invitee Time Zone:
        Central European Time

        Questions:

        Please share anything that will help prepare for our meeting.
        Currently quant developer at an asset manager in Zurich (C++/Python, XVA). Open to fully remote.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0b6a5b32-7f41-4e0d-b0ad-93c1e27f5a18
        Reschedule: https://calendly.com/reschedulings/0b6a5b32-7f41-4e0d-b0ad-93c1e27f5a18

        Powered by Calendly.com
        """)
    body = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f8f8f8;font-family:Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e5e5e5;border-radius:8px">
        <tr><td style="padding:32px;font-size:15px;line-height:22px;color:#1a1a1a">
        <p>Hi Nadia Brunner,</p>
        <p>Your Intro call - Quant Developer (Remote) with James Holloway at 4:00pm (Central European Time) on Tuesday, March 17, 2026 is scheduled.</p>
        <p style="font-weight:bold;margin-bottom:0">Event Type:</p><p style="margin-top:0">Intro call - Quant Developer (Remote)</p>
        <p style="font-weight:bold;margin-bottom:0">Event Date/Time:</p><p style="margin-top:0">4:00pm - 4:30pm (Central European Time)<br>Tuesday, March 17, 2026</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p><p style="margin-top:0">This is a Zoom web conference.<br><a href="https://thamesgatecap.zoom.us/j/85524719036?pwd=dG1aQ2lOZ0xNb3JrRXZWc2pqUT09">https://thamesgatecap.zoom.us/j/85524719036</a></p>
        <p style="font-weight:bold;margin-bottom:0">Invitee Time Zone:</p><p style="margin-top:0">Central European Time</p>
        <p style="font-weight:bold;margin-bottom:0">Questions:</p><p style="margin-top:0">Please share anything that will help prepare for our meeting.<br>Currently quant developer at an asset manager in Zurich (C++/Python, XVA). Open to fully remote.</p>
        <p><a href="https://calendly.com/cancellations/0b6a5b32-7f41-4e0d-b0ad-93c1e27f5a18" style="color:#006bff">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/0b6a5b32-7f41-4e0d-b0ad-93c1e27f5a18" style="color:#006bff">Reschedule</a></p>
        </td></tr></table>
        <p style="font-size:12px;color:#888">Powered by <a href="https://calendly.com" style="color:#888">Calendly.com</a></p>
        </td></tr></table></body></html>
        """)
    hs = head("from o11.email.calendly.com (o11.email.calendly.com [167.89.45.112])", "Zt8yX3e6Bn4q",
              addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call - Quant Developer (Remote) with James Holloway on Tuesday, March 17, 2026",
              "2026-03-13 09:31:07", "UTC", "<qY7pLx2aT0uWn8fK3cE1Rg@geopod-ismtpd-4>",
              extra=(("Reply-To", addr("James Holloway", "james.holloway@thamesgatecap.co.uk")),
                     ("X-SG-EID", "u001.Nq3kV9mR2xYp0bTz8e1WcA")))
    return message(hs, alt(text(plain), html(body)))


# --------------------------------------------------------------------------- 8 Greenhouse, New York remote


@mail(n(8), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-19T15:00:00Z", end="2026-03-19T16:00:00Z", contact="priya.natarajan@hudsonledger.com",
      company="Hudson Ledger", local="Thu 2026-03-19 11:00", local_end="2026-03-19 12:00",
      zone="America/New_York",
      note="Greenhouse confirmation, 11:00 AM-12:00 PM EDT on 19 March (US on DST since 8 March, "
           "Europe not until 29 March: 5 h apart) -> 15:00-16:00Z, the body's '4:00 PM CET' agrees; "
           "ICS TZID America/New_York; contact = Reply-To recruiter")
def k08() -> bytes:
    plain = t("""
        Hi Nadia,

        Thanks for confirming your availability! Your technical interview for the Senior Quant Developer, Risk Platform (Remote) role is booked:

        Thursday, March 19, 2026
        11:00 AM - 12:00 PM EDT (4:00 PM - 5:00 PM CET)

        Interviewers:
        Ben Alder - Staff Engineer, Risk Platform
        Sara Kim - Quant Developer

        Video call: https://hudsonledger.zoom.us/j/93418830021

        Quick heads-up: the US moved its clocks last weekend, so for the next couple of weeks New York is only five hours behind Zurich.

        If anything comes up, just reply to this email and it will reach me.

        Best,
        Priya Natarajan
        Technical Recruiter, Hudson Ledger
        """)
    body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Nadia,</p>
        <p>Thanks for confirming your availability! Your technical interview for the <strong>Senior Quant Developer, Risk Platform (Remote)</strong> role is booked:</p>
        <p style="padding:10px 14px;background:#f3f6f4;border-left:4px solid #24a47f"><strong>Thursday, March 19, 2026</strong><br>11:00 AM - 12:00 PM EDT (4:00 PM - 5:00 PM CET)</p>
        <p><strong>Interviewers:</strong><br>Ben Alder - Staff Engineer, Risk Platform<br>Sara Kim - Quant Developer</p>
        <p><strong>Video call:</strong> <a href="https://hudsonledger.zoom.us/j/93418830021">https://hudsonledger.zoom.us/j/93418830021</a></p>
        <p>Quick heads-up: the US moved its clocks last weekend, so for the next couple of weeks New York is only five hours behind Zurich.</p>
        <p>If anything comes up, just reply to this email and it will reach me.</p>
        <p>Best,<br>Priya Natarajan<br>Technical Recruiter, Hudson Ledger</p>
        <img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Hq2xW8" width="1" height="1" alt="">
        </body></html>
        """)
    ics = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduler//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + make.VTZ["America/New_York"] + r"""
BEGIN:VEVENT
UID:interview-58810442-3317@greenhouse.io
DTSTAMP:20260316T180211Z
DTSTART;TZID=America/New_York:20260319T110000
DTEND;TZID=America/New_York:20260319T120000
SUMMARY:Hudson Ledger - Technical Interview (Nadia Brunner)
DESCRIPTION:Technical interview for Senior Quant Developer\, Risk Platform (Remote).\nInterviewers: Ben Alder\, Sara Kim\nZoom: https://hudsonledger.zoom.us/j/93418830021
LOCATION:https://hudsonledger.zoom.us/j/93418830021
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@hudsonledger.com
ATTENDEE;CN=Nadia Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nadia.brunner@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head("from o4.us.greenhouse-mail.io (o4.us.greenhouse-mail.io [149.72.163.58])", "Fv0bD2m9Yq5s",
              addr("Hudson Ledger", "no-reply@us.greenhouse-mail.io"), "Interview Confirmation - Hudson Ledger",
              "2026-03-16 18:02:11", "UTC", "<7d1f3e0c-2a8b-4c55-9e61-b03f8a2d4c17@us.greenhouse-mail.io>",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@hudsonledger.com")),))
    return message(hs, mixed(alt(text(plain), html(body)),
                             calendar(ics, "REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 9 Workday, HTML-only base64


@mail(n(9), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-03-26T12:30:00Z", end="2026-03-26T13:30:00Z", contact="melanie.huber@seeburg.ch",
      company="Seeburg Versicherungen AG", local="Thu 2026-03-26 13:30", local_end="2026-03-26 14:30",
      zone="Europe/Zurich",
      note="Workday 'Interview scheduled' notification, HTML only, base64; 'Thursday, 26 March 2026, "
           "13:30 - 14:30 (CET)' (before the 29 March switch) -> 12:30-13:30Z; contact = recruiter "
           "address in the body")
def k09() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background-color:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f4"><tr><td align="center">
        <table width="640" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="padding:20px 30px;border-bottom:4px solid #0a4d8c"><span style="font-size:20px;color:#0a4d8c">Seeburg Versicherungen</span></td></tr>
        <tr><td style="padding:24px 30px;line-height:20px">
        <p>Dear Nadia,</p>
        <p>We are pleased to invite you to an interview for the position <b>Quantitative Developer, Actuarial Platforms (R-10482)</b>.</p>
        <p><b>Date:</b> Thursday, 26 March 2026<br>
        <b>Time:</b> 13:30 - 14:30 (CET)<br>
        <b>Format:</b> Microsoft Teams (the link will follow in a separate calendar invitation)<br>
        <b>Interviewers:</b> Andrea Frei (Head Actuarial Platforms), Yves Berset (Lead Developer)</p>
        <p>If you have any questions, please contact your recruiter Melanie Huber (<a href="mailto:melanie.huber@seeburg.ch">melanie.huber@seeburg.ch</a>).</p>
        <p>You can also view the details in your candidate home:<br>
        <a href="https://wd3.myworkdaysite.com/de-CH/recruiting/seeburg/Seeburg_Careers/userHome">Candidate Home</a></p>
        <p>Kind regards<br>Seeburg Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:14px 30px;font-size:11px;color:#999999;border-top:1px solid #e0e0e0">This email was sent from an unmonitored mailbox. Powered by Workday.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("from wd3-mta-out-11.myworkday.com (wd3-mta-out-11.myworkday.com [216.235.93.14])", "Jn5cB0x8Pk3m",
              addr("Seeburg Versicherungen", "seeburg@myworkday.com"),
              "Interview scheduled: Quantitative Developer, Actuarial Platforms (R-10482)",
              "2026-03-18 11:20:56", "Europe/Zurich", "<1255218874.448103.1773829256011@wd3-prod-mail11>")
    return message(hs, html(body, cte="base64"))


# --------------------------------------------------------------------------- 10 Avature, rescheduled, de


@mail(n(10), family="avature", lang="de", interview=True, kind="rescheduled",
      start="2026-04-13T07:00:00Z", end="2026-04-13T08:00:00Z", contact="corinne.stalder@solvionpharma.com",
      company="Solvion Pharma AG", local="Mon 2026-04-13 09:00", local_end="2026-04-13 10:00",
      zone="Europe/Zurich",
      note="Avature reschedule: old slot Thu 9 April 10.00 Uhr named first, new 'Montag, 13. April 2026, "
           "09.00 – 10.00 Uhr' (CEST) -> 07:00-08:00Z; ICS in UTC with SEQUENCE:1; contact = ORGANIZER "
           "recruiter (also in the body)",
      days=(("Thu", "2026-04-09"),))
def k10() -> bytes:
    plain = t("""
        Grüezi Frau Brunner

        Aufgrund einer kurzfristigen Terminkollision im Interviewpanel müssen wir Ihr Interview vom Donnerstag, 9. April 2026, 10.00 Uhr leider verschieben.

        Neuer Termin: Montag, 13. April 2026, 09.00 – 10.00 Uhr
        Format: Microsoft Teams (der Link bleibt gleich)
        Gesprächspartner: Dr. Heike Brunold (Head Data & Quant Engineering), Mirko Sattler (Senior Engineer)

        Die aktualisierte Kalendereinladung finden Sie im Anhang. Wir entschuldigen uns für die Umstände.

        Bei Fragen erreichen Sie mich unter corinne.stalder@solvionpharma.com oder +41 61 688 40 12.

        Freundliche Grüsse

        Corinne Stalder
        Talent Acquisition Partner
        Solvion Pharma AG, Basel
        """)
    body = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <div style="max-width:620px">
        <div style="border-bottom:2px solid #7a1f5c;padding-bottom:8px;font-size:18px;color:#7a1f5c">Solvion Pharma – Careers</div>
        <p>Grüezi Frau Brunner</p>
        <p>Aufgrund einer kurzfristigen Terminkollision im Interviewpanel müssen wir Ihr Interview vom Donnerstag, 9. April 2026, 10.00 Uhr leider verschieben.</p>
        <p><b>Neuer Termin:</b> Montag, 13. April 2026, 09.00 – 10.00 Uhr<br>
        <b>Format:</b> Microsoft Teams (der Link bleibt gleich)<br>
        <b>Gesprächspartner:</b> Dr. Heike Brunold (Head Data &amp; Quant Engineering), Mirko Sattler (Senior Engineer)</p>
        <p>Die aktualisierte Kalendereinladung finden Sie im Anhang. Wir entschuldigen uns für die Umstände.</p>
        <p>Bei Fragen erreichen Sie mich unter <a href="mailto:corinne.stalder@solvionpharma.com">corinne.stalder@solvionpharma.com</a> oder +41 61 688 40 12.</p>
        <p>Freundliche Grüsse</p>
        <p>Corinne Stalder<br>Talent Acquisition Partner<br>Solvion Pharma AG, Basel</p>
        </div></body></html>
        """)
    ics = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Calendar 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:avature-interview-2291847@solvionpharma.avature.net
SEQUENCE:1
DTSTAMP:20260407T134801Z
DTSTART:20260413T070000Z
DTEND:20260413T080000Z
SUMMARY:Interview Solvion Pharma – Data & Quant Engineer (Req. 25-0931)
DESCRIPTION:Neuer Termin. Microsoft Teams – der Link bleibt gleich.\nGesprächspartner: Dr. Heike Brunold\, Mirko Sattler
LOCATION:Microsoft Teams
ORGANIZER;CN=Corinne Stalder:mailto:corinne.stalder@solvionpharma.com
ATTENDEE;CN=Nadia Brunner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:nadia.brunner@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head("from mta3.avature.net (mta3.avature.net [190.210.26.71])", "Wd6uK1q0Rn7c",
              addr("Solvion Pharma Careers", "solvionpharma-noreply@avature.net"),
              "Ihr Interviewtermin wurde verschoben – Data & Quant Engineer (Req. 25-0931)",
              "2026-04-07 15:48:01", "Europe/Zurich", "<avature.2291847.1775569681@solvionpharma.avature.net>",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, mixed(alt(text(plain), html(body)),
                             calendar(ics, "REQUEST", cte="base64", filename="Interview.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 11 Taleo, French, windows-1252


@mail(n(11), family="taleo", lang="fr", interview=True, kind="scheduled",
      start="2026-03-23T08:15:00Z", end="2026-03-23T08:45:00Z", contact="aline.dufaux@corraterie-bank.ch",
      company="Banque Corraterie SA", local="Mon 2026-03-23 09:15", local_end="2026-03-23 09:45",
      zone="Europe/Zurich",
      note="Taleo phone-screen confirmation in windows-1252 QP; 'lundi 23 mars 2026, 9h15 (heure de "
           "Genève)', 'Durée : 30 minutes', CET -> 08:15-08:45Z; contact = recruiter address in the body")
def k11() -> bytes:
    body = t("""
        Madame Brunner,

        Nous vous remercions de l’intérêt que vous portez à la Banque Corraterie.

        Nous avons le plaisir de vous confirmer un entretien téléphonique pour le poste de Développeur Quant (réf. 2600417) :

        Date : lundi 23 mars 2026
        Heure : 9h15 (heure de Genève)
        Durée : 30 minutes
        Interlocutrice : Mme Aline Dufaux, Talent Acquisition

        Mme Dufaux vous appellera au numéro figurant dans votre dossier (+41 79 *** ** 18). Si ce numéro n’est plus valable, merci de la contacter directement : aline.dufaux@corraterie-bank.ch.

        Meilleures salutations

        Banque Corraterie SA
        Talent Acquisition

        Ce message a été généré automatiquement. Merci de ne pas y répondre.
        """)
    hs = head("from mx-out.taleo.net (mx-out.taleo.net [160.34.10.58])", "Tc3nP9e5Ua2h",
              addr("Banque Corraterie", "no-reply@taleo.net"),
              "Convocation à un entretien téléphonique – Développeur Quant (2600417)",
              "2026-03-17 14:03:29", "Europe/Zurich", "<1773752609123.2600417.2319@tbe.taleo.net>",
              charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 12 Exchange update, rescheduled


@mail(n(12), family="outlook_exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-04-02T14:00:00Z", end="2026-04-02T15:00:00Z", contact="kasper.lindqvist@albisre.com",
      company="Albis Re AG", local="Thu 2026-04-02 16:00", local_end="2026-04-02 17:00", zone="Europe/Zurich",
      note="Exchange 'Updated:' meeting request, moved from Wednesday to Thursday 2 April 16:00-17:00; "
           "the When line shows '(UTC+01:00) Amsterdam, Berlin, Bern...' although 2 April is CEST, so "
           "14:00-15:00Z (ICS W. Europe Standard Time agrees); contact = ORGANIZER hiring manager")
def k12() -> bytes:
    teams = TEAMS_EN.format(tid="ZGI3MzE5YzAtNmQ0Ni00ZWQ4LTg0YjktZDRmMDhiM2E3NjE1",
                            tenant="a47c1e02-9d3b-4b8f-8e1a-3c5f0d2b6e71", mid="362 904 117 085", pw="Zu9hEw")
    plain = t("""
        When: Thursday, 2 April 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        Hi Nadia,

        As discussed on the phone, I've moved our conversation from Wednesday to Thursday since Yvonne is out on Wednesday. Same Teams link as before.

        Best,
        Kasper

        Kasper Lindqvist
        Head of Nat Cat Analytics | Albis Re AG | Mythenquai 40 | 8002 Zürich

        """) + teams
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p style="margin:0">When: Thursday, 2 April 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.<br>Where: Microsoft Teams Meeting</p>
        <p style="margin:0">&nbsp;</p>
        <p style="margin:0">Hi Nadia,</p>
        <p style="margin:0">&nbsp;</p>
        <p style="margin:0">As discussed on the phone, I’ve moved our conversation from Wednesday to Thursday since Yvonne is out on Wednesday. Same Teams link as before.</p>
        <p style="margin:0">&nbsp;</p>
        <p style="margin:0">Best,<br>Kasper</p>
        <p style="margin:0;font-size:9pt;color:#555">Kasper Lindqvist<br>Head of Nat Cat Analytics | Albis Re AG | Mythenquai 40 | 8002 Zürich</p>
        <div style="margin-top:20px">________________________________________________________________________________<br>
        <b style="font-size:18pt">Microsoft Teams meeting</b><br>
        <b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGI3MzE5YzAtNmQ0Ni00ZWQ4LTg0YjktZDRmMDhiM2E3NjE1%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 362 904 117 085<br>Passcode: Zu9hEw<br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["W. Europe Standard Time"] + r"""
BEGIN:VEVENT
ORGANIZER;CN=Kasper Lindqvist:mailto:kasper.lindqvist@albisre.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Brunner:mailto:nadia.brunner@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yvonne Meierhans:mailto:yvonne.meierhans@albisre.com
DESCRIPTION;LANGUAGE=en-US:Hi Nadia\,\n\nAs discussed on the phone\, I've moved our conversation from Wednesday to Thursday since Yvonne is out on Wednesday. Same Teams link as before.\n\nBest\,\nKasper\n
UID:040000008200E00074C5B7101A82E008000000003A1F77D2C8B9DC01000000000000000010000000C2E4A6F81B3D5E7092A4C6E8F0B2D4F6
SUMMARY;LANGUAGE=en-US:Interview – Quant Developer\, Nat Cat Analytics (Nadia Brunner)
DTSTART;TZID=W. Europe Standard Time:20260402T160000
DTEND;TZID=W. Europe Standard Time:20260402T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260330T101033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1488120547
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGI3MzE5YzAtNmQ0Ni00ZWQ4LTg0YjktZDRmMDhiM2E3NjE1%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    hs = head("from GV0P278MB0925.CHEP278.PROD.OUTLOOK.COM (2603:10a6:710:2e::9)", "Aq7vR4k2Ze0x",
              addr("Kasper Lindqvist", "kasper.lindqvist@albisre.com"),
              "Updated: Interview – Quant Developer, Nat Cat Analytics (Nadia Brunner)",
              "2026-03-30 12:10:33", "Europe/Zurich",
              "<GV0P278MB0925D1E8A4C2B7F03E9A6D55C8B41@GV0P278MB0925.CHEP278.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", "Interview - Quant Developer, Nat Cat Analytics (Nadia Brunner)"),
                     ("Thread-Index", "AdqhKx5pB0Ye3nTwQ9i0vM1xkF7uAAAC1Rzw"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(plain), html(body), calendar(ics, "REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 13 Google Calendar cancellation, Munich


@mail(n(13), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-04-20T13:00:00Z", end="2026-04-20T14:00:00Z", contact="felix.baumgartner@isartal-capital.de",
      company="Isartal Capital GmbH", local="Mon 2026-04-20 15:00", local_end="2026-04-20 16:00",
      zone="Europe/Berlin",
      note="Google Calendar cancellation (German UI 'Abgesagter Termin', METHOD:CANCEL); the cancelled "
           "slot Mo. 20. Apr. 15:00-16:00 MESZ in Munich -> 13:00-14:00Z; contact = ORGANIZER")
def k13() -> bytes:
    plain = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Case Study Interview – Nadia Brunner
        Montag, 20. April 2026 · 15:00–16:00
        Zeitzone: Europe/Berlin

        Organisator
        Felix Baumgartner
        felix.baumgartner@isartal-capital.de

        Gäste
        Felix Baumgartner - Organisator
        Verena Strobl
        nadia.brunner@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen mehr für diesen Termin erhalten möchten, lehnen Sie ihn ab. Alternativ können Sie sich für ein Google-Konto registrieren und Ihre Benachrichtigungseinstellungen für Ihren gesamten Kalender festlegen.
        """)
    body = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px;padding-bottom:8px;color:#d93025">Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.</div>
        <h2 style="font-size:22px;font-weight:400;margin:0;text-decoration:line-through">Case Study Interview – Nadia Brunner</h2>
        <table cellpadding="0" cellspacing="0" border="0" style="font-size:14px;padding-top:12px">
        <tr><td style="padding-right:16px;color:#70757a" valign="top">Wann</td><td>Montag, 20. April 2026 · 15:00–16:00 (Mitteleuropäische Sommerzeit – Berlin)</td></tr>
        <tr><td style="padding-right:16px;color:#70757a" valign="top">Gäste</td><td><a href="mailto:felix.baumgartner@isartal-capital.de">Felix Baumgartner</a> – Organisator<br><a href="mailto:verena.strobl@isartal-capital.de">Verena Strobl</a><br><a href="mailto:nadia.brunner@example.org">nadia.brunner@example.org</a></td></tr>
        </table>
        <div style="padding-top:24px;font-size:12px;color:#70757a">Einladung von <a href="https://calendar.google.com/calendar/" style="color:#70757a">Google Kalender</a><br>Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind.</div>
        </div></body></html>
        """)
    ics = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""" + make.VTZ["Europe/Berlin"] + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260420T150000
DTEND;TZID=Europe/Berlin:20260420T160000
DTSTAMP:20260416T071208Z
ORGANIZER;CN=Felix Baumgartner:mailto:felix.baumgartner@isartal-capital.de
UID:1k8c0s5v2rj4e9t7mq3pfd6b0h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Felix Baumgartner;X-NUM-GUESTS=0:mailto:felix.baumgartner@isartal-capital.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Verena Strobl;X-NUM-GUESTS=0:mailto:verena.strobl@isartal-capital.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=nadia.brunner@example.org;X-NUM-GUESTS=0:mailto:nadia.brunner@example.org
CREATED:20260409T094512Z
DESCRIPTION:
LAST-MODIFIED:20260416T071208Z
LOCATION:Isartal Capital\, Prinzregentenstraße 22\, 80538 München
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Case Study Interview – Nadia Brunner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", "Lm2xW5b9Nc8t",
              addr("Felix Baumgartner", "felix.baumgartner@isartal-capital.de"),
              "Abgesagter Termin: Case Study Interview – Nadia Brunner @ Mo. 20. Apr. 2026 15:00 - 16:00 "
              "(MESZ) (nadia.brunner@example.org)",
              "2026-04-16 09:12:08", "Europe/Zurich", "<calendar-b82e7f14-0c3d-4a96-8e25-71d4c9f0a3b6@google.com>",
              extra=(("Reply-To", addr("Felix Baumgartner", "felix.baumgartner@isartal-capital.de")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(plain), html(body), calendar(ics, "CANCEL", cte="base64")),
        calendar(ics, None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 14 French human cancellation


@mail(n(14), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-04-23T14:00:00Z", end=None, contact="melanie.chappuis@sevelin-data.ch",
      company="Sévelin Data SA", local="Thu 2026-04-23 16:00", zone="Europe/Zurich",
      note="Recruiter cancels 'l'entretien prévu ce jeudi à 16h' (position filled internally); Date "
           "Mon 20 April -> Thu 23 April 16:00 CEST = 14:00Z, the cancelled slot; no duration")
def k14() -> bytes:
    plain = t("""
        Bonjour Nadia,

        Je suis navrée de devoir vous l'annoncer ainsi, mais nous devons annuler l'entretien prévu ce jeudi à 16h avec Jérôme Pilet.

        Le poste de Quant Developer a finalement été pourvu en interne, et nous ne souhaitons pas vous faire venir à Lausanne pour rien. Je garde volontiers votre dossier pour de futures ouvertures et me permettrai de vous recontacter.

        Encore toutes mes excuses et merci de votre compréhension.

        Meilleures salutations

        Mélanie Chappuis
        Talent Acquisition | Sévelin Data SA
        Avenue de Sévelin 46, 1004 Lausanne
        +41 21 552 08 31
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Bonjour Nadia,</p>
        <p>Je suis navrée de devoir vous l'annoncer ainsi, mais nous devons annuler l'entretien prévu ce jeudi à 16h avec Jérôme Pilet.</p>
        <p>Le poste de Quant Developer a finalement été pourvu en interne, et nous ne souhaitons pas vous faire venir à Lausanne pour rien. Je garde volontiers votre dossier pour de futures ouvertures et me permettrai de vous recontacter.</p>
        <p>Encore toutes mes excuses et merci de votre compréhension.</p>
        <p>Meilleures salutations</p>
        <p style="color:#444">Mélanie Chappuis<br>Talent Acquisition | Sévelin Data SA<br>Avenue de Sévelin 46, 1004 Lausanne<br>+41 21 552 08 31</p>
        </div></body></html>
        """)
    hs = head("from mail.sevelin-data.ch (mail.sevelin-data.ch [91.199.78.23])", "Yp1dG6s3Mf0v",
              addr("Mélanie Chappuis", "melanie.chappuis@sevelin-data.ch"),
              "Annulation de l'entretien de jeudi", "2026-04-20 17:40:15", "Europe/Zurich",
              "<ZR1P278MB1190C4A2E7F85D3B19E6A0F2D7C54@ZR1P278MB1190.CHEP278.PROD.OUTLOOK.COM>",
              extra=(("Content-Language", "fr-CH"),))
    return message(hs, alt(text(plain, cte="base64"), html(body, cte="base64")))


# --------------------------------------------------------------------------- 15 headhunter cancels (mobile)


@mail(n(15), family="headhunter_reply", lang="en", interview=True, kind="cancelled",
      start="2026-03-26T09:30:00Z", end=None, contact="sarah.odermatt@quantis-search.ch",
      company="Meridian Hill Asset Management", local="Thu 2026-03-26 10:30", zone="Europe/Zurich",
      note="Headhunter: 'Thursday's 10:30 with Dr. Weber is off' (role on hold), Date Tue 24 March; "
           "the quoted confirmation gives Thu 26 March 10:30 (CET) -> 09:30Z; company = hiring firm; "
           "'Allow 60-75 min' in the quote is not an exact length -> end null")
def k15() -> bytes:
    body = t("""
        Hi Nadia - bad news I'm afraid. Meridian Hill have put the role on hold (budget freeze from group), so Thursday's 10:30 with Dr. Weber is off. Really sorry, I know you'd prepared a lot. I'll call you later re the two other mandates I mentioned.

        Sarah

        --
        Sarah Odermatt
        Partner | Quantis Search GmbH
        Löwenstrasse 29, 8001 Zürich
        +41 78 604 13 92

        On Wed, 18 Mar 2026 at 11:02, Sarah Odermatt <sarah.odermatt@quantis-search.ch> wrote:
        > Hi Nadia
        > Confirmed for Thu 26 March, 10:30, Meridian Hill, Talstrasse 58 (3rd floor), with Dr. Andreas Weber and one of his leads. Allow 60-75 min.
        > Sarah
        """)
    hs = head("from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", "Ce4tJ8n1Hx5p",
              addr("Sarah Odermatt", "sarah.odermatt@quantis-search.ch"), "Re: Meridian Hill - 2nd round",
              "2026-03-24 16:55:48", "Europe/Zurich", "<CAM8pQx3Vw+9Lr1Kd0eYt6nUa2Zf7Bq@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAM8pQx1Ra5oJk3Qe9wYp2bHs7Cz0Tm@mail.gmail.com>"),
                     ("References", "<CAM8pQx1Ra5oJk3Qe9wYp2bHs7Cz0Tm@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 16 German human reschedule


@mail(n(16), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-03-27T07:30:00Z", end=None, contact="daniela.bachmann@raemibuehl.ch",
      company="Privatbank Rämibühl AG", local="Fri 2026-03-27 08:30", zone="Europe/Zurich",
      note="HR moves the second interview from Wed 25 March to 'Freitag, 27. März 2026, um 08.30 Uhr' "
           "(CET) -> 07:30Z; 'rund eine Stunde' -> end null; human sender",
      days=(("Wed", "2026-03-25"),))
def k16() -> bytes:
    plain = t("""
        Grüezi Frau Brunner

        Wie heute Morgen telefonisch besprochen, verschieben wir Ihr Zweitgespräch mit Herrn Beat Zürcher (Head Quantitative Solutions) vom Mittwoch, 25. März, auf

        Freitag, 27. März 2026, um 08.30 Uhr.

        Der Ort bleibt unverändert: Privatbank Rämibühl AG, Rämistrasse 18, 8001 Zürich, 3. Stock. Bitte rechnen Sie mit rund einer Stunde.

        Merci vielmal für Ihre Flexibilität – und bis Freitag!

        Freundliche Grüsse

        Daniela Bachmann
        HR Business Partner

        Privatbank Rämibühl AG
        Rämistrasse 18 | 8001 Zürich
        Tel. +41 44 269 18 40
        daniela.bachmann@raemibuehl.ch
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:10pt;color:#000">
        <p>Grüezi Frau Brunner</p>
        <p>Wie heute Morgen telefonisch besprochen, verschieben wir Ihr Zweitgespräch mit Herrn Beat Zürcher (Head Quantitative Solutions) vom Mittwoch, 25. März, auf</p>
        <p><b>Freitag, 27. März 2026, um 08.30 Uhr.</b></p>
        <p>Der Ort bleibt unverändert: Privatbank Rämibühl AG, Rämistrasse 18, 8001 Zürich, 3. Stock. Bitte rechnen Sie mit rund einer Stunde.</p>
        <p>Merci vielmal für Ihre Flexibilität – und bis Freitag!</p>
        <p>Freundliche Grüsse</p>
        <p>Daniela Bachmann<br>HR Business Partner</p>
        <p style="font-size:8pt;color:#7f6a3a"><b>Privatbank Rämibühl AG</b><br>Rämistrasse 18 | 8001 Zürich<br>Tel. +41 44 269 18 40<br><a href="mailto:daniela.bachmann@raemibuehl.ch">daniela.bachmann@raemibuehl.ch</a></p>
        </div></body></html>
        """)
    hs = head("from smtp-out.raemibuehl.ch (smtp-out.raemibuehl.ch [195.65.140.12])", "Ns7kE2w4Qz6r",
              addr("Bachmann Daniela", "daniela.bachmann@raemibuehl.ch"),
              "Verschiebung Ihres Zweitgesprächs – Quantitative Developer",
              "2026-03-23 11:05:22", "Europe/Zurich", "<7b2d4f1e0a9c4e3b8d5f6a1c2e3d4b5a@EXCH02.raemibuehl.local>",
              extra=(("Importance", "normal"), ("Content-Language", "de-CH")))
    return message(hs, alt(text(plain), html(body)))


# --------------------------------------------------------------------------- 17 reply on top of quoted proposal


@mail(n(17), family="human_reply_thread", lang="en", interview=True, kind="scheduled",
      start="2026-04-08T13:00:00Z", end="2026-04-08T14:00:00Z", contact="hannah.price@lumenfold.io",
      company="Lumenfold", local="Wed 2026-04-08 14:00", local_end="2026-04-08 15:00", zone="Europe/London",
      note="Recruiter's reply 'locked in - Wednesday 2pm BST ... 1h' on top of the quoted proposal (Wed 8 "
           "April, 2pm or 4pm UK time) and the candidate's choice (2pm UK = 3pm Zurich); BST -> 13:00Z, "
           "'1h' is an exact length -> end 14:00Z")
def k17() -> bytes:
    body = t("""
        Perfect, you're locked in - Wednesday 2pm BST with Ravi and Chloe, system design, 1h. Calendar invite to follow from Ravi's calendar.

        H

        On Wed, 1 Apr 2026 at 19:03, Nadia Brunner <nadia.brunner@example.org> wrote:
        > Hi Hannah,
        > 2pm UK works well (3pm for me). Thanks!
        > Nadia
        >
        > On Wed, 1 Apr 2026 at 11:45, Hannah Price <hannah.price@lumenfold.io> wrote:
        >> Hi Nadia,
        >> Great news - the team would like to move you to the system design round.
        >> Could you do Wednesday 8 April at 2pm or 4pm UK time? It's an hour with
        >> Ravi (Principal Eng) and Chloe (Quant Lead) over Google Meet.
        >> Best,
        >> Hannah
        """)
    hs = head("from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])", "Uf2bM7r0Kp9d",
              addr("Hannah Price", "hannah.price@lumenfold.io"), "Re: Lumenfold - next steps (system design)",
              "2026-04-02 10:20:37", "Europe/London", "<CAJx7Rw0pQs3v+Tn5Ke1mY8aB2cZ6dL@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAF3kq1tVb7x=Np2eZq@mail.example.org>"),
                     ("References", "<CAJx7Rw0aK9oP4mE2uYt1nQ5vB3cX8d@mail.gmail.com> "
                                    "<CAF3kq1tVb7x=Np2eZq@mail.example.org>")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 18 forward to self, de


@mail(n(18), family="forward_to_self", lang="de", interview=True, kind="scheduled",
      start="2026-04-09T11:30:00Z", end="2026-04-09T13:00:00Z", contact="reto.kaelin@rheinblick.ch",
      company="Rheinblick Versicherungen AG", local="Thu 2026-04-09 13:30", local_end="2026-04-09 15:00",
      zone="Europe/Zurich",
      note="Candidate forwards the recruiter's confirmation from her phone address to herself (Gmail German "
           "'Weitergeleitete Nachricht'); 'Donnerstag, 9. April 2026, 13.30 bis 15.00 Uhr' Basel, CEST -> "
           "11:30-13:00Z; contact = the human in the forwarded header, never the candidate")
def k18() -> bytes:
    body = t("""
        für den Kalender. Zug 12.04 ab HB, Laptop nicht vergessen!!

        ---------- Weitergeleitete Nachricht ---------
        Von: Reto Kälin <reto.kaelin@rheinblick.ch>
        Date: Di., 31. März 2026 um 16:02 Uhr
        Subject: Bestätigung Fachgespräch – Quant Developer Pricing
        To: Nadia Brunner <nadia.brunner@example.com>


        Grüezi Frau Brunner

        Merci vielmal für das angenehme Telefonat von heute Nachmittag. Gerne bestätige ich Ihnen den Termin für das Fachgespräch:

        Donnerstag, 9. April 2026, 13.30 bis 15.00 Uhr
        Rheinblick Versicherungen AG, Aeschenvorstadt 50, 4051 Basel, Empfang Parterre

        Teilnehmende: Dr. Simone Hug (Leiterin Pricing & Analytics), Andreas Meister (Lead Developer) und ich.

        Bitte bringen Sie Ihren Laptop mit; Sie erhalten vor Ort eine kleine Aufgabe, die wir anschliessend gemeinsam besprechen.

        Freundliche Grüsse

        Reto Kälin
        Recruiting Partner
        Rheinblick Versicherungen AG
        +41 61 285 33 10
        """)
    hs = head("from mail-qv1-f44.google.com (mail-qv1-f44.google.com [209.85.219.44])", "Bv8nQ3y1Lt4w",
              addr("Nadia Brunner", "nadia.brunner@example.com"),
              "Fwd: Bestätigung Fachgespräch – Quant Developer Pricing",
              "2026-03-31 21:14:50", "Europe/Zurich", "<CAH5nB0x7Qe2+Wk9pLr4Ts1Yd3Fz8Ma@mail.gmail.com>",
              to="nadia.brunner@example.org")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 19 jobup.ch platform message, HTML only


@mail(n(19), family="jobup_message", lang="fr", interview=True, kind="scheduled",
      start="2026-04-14T09:00:00Z", end="2026-04-14T09:45:00Z", contact=None,
      company="Arve Quant Systems SA", local="Tue 2026-04-14 11:00", local_end="2026-04-14 11:45",
      zone="Europe/Zurich",
      note="jobup.ch (JobCloud) platform notification relaying the employer's message, HTML only: "
           "'mardi 14 avril 2026 à 11h00 (durée : 45 minutes)', CEST -> 09:00-09:45Z; replies go through "
           "the platform and no personal address appears -> contact null")
def k19() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nouveau message</title></head>
        <body style="margin:0;padding:0;background:#eef1f5">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f5"><tr><td align="center" style="padding:24px 8px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:6px;font-family:Arial,Helvetica,sans-serif;color:#1f2937">
        <tr><td style="padding:20px 28px;border-bottom:1px solid #e5e7eb"><img src="https://www.jobup.ch/public/img/logo-jobup.png" alt="jobup.ch" width="110" height="28"></td></tr>
        <tr><td style="padding:24px 28px 8px 28px;font-size:15px;line-height:22px">
        <p style="margin:0 0 12px 0">Bonjour Nadia Brunner,</p>
        <p style="margin:0 0 12px 0">Vous avez reçu un nouveau message de <b>Arve Quant Systems SA</b> concernant votre candidature «&nbsp;Quant Developer Python/C++ (80-100%)&nbsp;».</p>
        </td></tr>
        <tr><td style="padding:8px 28px">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f8fafc;border:1px solid #e2e8f0;border-radius:6px"><tr><td style="padding:16px 18px;font-size:14px;line-height:21px">
        Bonjour Madame Brunner,<br><br>
        Merci pour votre candidature. Nous avons le plaisir de vous inviter à un premier entretien par vidéo le mardi 14 avril 2026 à 11h00 (durée&nbsp;: 45 minutes), avec M. Thibault Rossier, CTO, et moi-même. Le lien Teams vous parviendra la veille.<br><br>
        Meilleures salutations,<br>
        Lucie Favre<br>
        Ressources humaines – Arve Quant Systems SA, Genève
        </td></tr></table>
        </td></tr>
        <tr><td align="center" style="padding:20px 28px">
        <a href="https://www.jobup.ch/fr/candidat/messages/7c41e2b9-58f0-4d1a-9a3e-2f6b0c8d1e57/" style="display:inline-block;background:#e2007a;color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 22px;border-radius:4px;font-size:15px">Répondre au message</a>
        </td></tr>
        <tr><td style="padding:0 28px 20px 28px;font-size:13px;color:#6b7280;line-height:19px">Vous pouvez répondre directement depuis votre espace candidat sur jobup.ch. Les réponses à cet e-mail ne sont pas transmises à l'entreprise.</td></tr>
        <tr><td style="padding:16px 28px;border-top:1px solid #e5e7eb;font-size:11px;color:#9ca3af;line-height:16px">
        jobup.ch est un service de JobCloud SA, Rue de la Gare 18, 1260 Nyon<br>
        <a href="https://www.jobup.ch/fr/candidat/parametres/notifications/" style="color:#9ca3af">Gérer mes notifications</a> · <a href="https://www.jobup.ch/fr/protection-des-donnees/" style="color:#9ca3af">Protection des données</a>
        </td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("from mail-out3.jobcloud.ch (mail-out3.jobcloud.ch [185.20.43.103])", "Rk0wT5c8Vy2n",
              addr("jobup.ch", "noreply@jobup.ch"),
              "Nouveau message de Arve Quant Systems SA concernant votre candidature",
              "2026-04-08 16:30:19", "Europe/Zurich", "<0102019d0f4e7a21-5c8b3e71-94d2-4b6a-a1f0-3e7c2d9b8a45-000000@eu-west-1.amazonses.com>",
              extra=(("List-Unsubscribe", "<https://www.jobup.ch/fr/candidat/parametres/notifications/>"),))
    return message(hs, html(body))


# --------------------------------------------------------------------------- 20 Zoom block, New York final round


@mail(n(20), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-04-21T13:30:00Z", end="2026-04-21T16:00:00Z", contact="dreyes@greenpointqp.com",
      company="Greenpoint Quant Partners LP", local="Tue 2026-04-21 09:30", local_end="2026-04-21 12:00",
      zone="America/New_York",
      note="Recruiter confirms a final round 'Tuesday 4/21, 9:30 AM - 12:00 PM ET (3:30 - 6:00 PM for you "
           "in Zurich)' with a pasted Zoom block; EDT -> 13:30-16:00Z; itinerary first start to last end")
def k20() -> bytes:
    body = t("""
        Hi Nadia,

        Confirming your final round for Tuesday 4/21, 9:30 AM - 12:00 PM ET (3:30 - 6:00 PM for you in Zurich):

        9:30 - 10:15    Mike Tanaka, Head of Systematic Trading Technology
        10:15 - 11:00   Rachel Stern & Omar Haddad, C++ / low latency
        11:00 - 11:15   break
        11:15 - 12:00   Lauren Fitch, COO

        All on the same Zoom:

        Daniel Reyes is inviting you to a scheduled Zoom meeting.

        Topic: Nadia Brunner - Final Round
        Time: Apr 21, 2026 09:30 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://greenpointqp.zoom.us/j/81234409917?pwd=Vm1LcWJ3YkZ5a0Z0TnpHd2ZxS1hUZz09

        Meeting ID: 812 3440 9917
        Passcode: 554120

        ---

        One tap mobile
        +16465588656,,81234409917#,,,,*554120# US (New York)
        +41432107108,,81234409917#,,,,*554120# Switzerland

        Let me know if anything comes up. Good luck!

        Best,
        Daniel

        Daniel Reyes | Talent | Greenpoint Quant Partners LP
        (212) 555-0143
        """)
    hs = head("from mail.greenpointqp.com (mail.greenpointqp.com [38.140.62.19])", "Hs9pV2e6Wm3k",
              addr("Daniel Reyes", "dreyes@greenpointqp.com"), "Final round - Tue 4/21 - confirmation + Zoom",
              "2026-04-15 13:12:04", "America/New_York",
              "<BN8PR12MB3357F2A94C1E7D05B8A6E3C1A2D9F@BN8PR12MB3357.namprd12.prod.outlook.com>",
              extra=(("Content-Language", "en-US"),))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 21 Lever onsite itinerary, Munich


@mail(n(21), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-04-28T08:00:00Z", end="2026-04-28T12:00:00Z", contact="julia.hartl@theresien-re.de",
      company="Theresien Rückversicherung AG", local="Tue 2026-04-28 10:00", local_end="2026-04-28 14:00",
      zone="Europe/Berlin",
      note="Lever on-site itinerary (Munich, CEST) 10:00-14:00 on Tue 28 April incl. lunch -> "
           "08:00-12:00Z, first start to last end; sent from no-reply@hire.lever.co, Reply-To coordinator")
def k21() -> bytes:
    plain = t("""
        Hi Nadia,

        We're looking forward to welcoming you in Munich! Here is your schedule for Tuesday, 28 April 2026 (all times CEST, Munich local time):

        10:00 - 10:45   Meet the team - Dr. Anna Lechner (Head of Risk Engineering)
        10:45 - 11:45   Technical deep dive (C++/Python, pricing library design) - Tobias Brandl, Sina Koç
        11:45 - 12:45   Lunch with the team
        12:45 - 13:30   Case discussion: cat bond pricing - Dr. Anna Lechner, Lukas Graf
        13:30 - 14:00   HR conversation - Julia Hartl

        Address: Theresien Rückversicherung AG, Theresienhöhe 17, 80339 München. Please bring an ID for your visitor badge. Your train from Zürich will be reimbursed, just keep the tickets.

        If you have any questions, simply reply to this email.

        Best,
        Julia

        Julia Hartl
        Talent Acquisition | Theresien Re

        Sent via Lever
        """)
    body = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Nadia,</p>
        <p>We're looking forward to welcoming you in Munich! Here is your schedule for <b>Tuesday, 28 April 2026</b> (all times CEST, Munich local time):</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px;border-collapse:collapse">
        <tr><td style="border-bottom:1px solid #eee">10:00 - 10:45</td><td style="border-bottom:1px solid #eee">Meet the team - Dr. Anna Lechner (Head of Risk Engineering)</td></tr>
        <tr><td style="border-bottom:1px solid #eee">10:45 - 11:45</td><td style="border-bottom:1px solid #eee">Technical deep dive (C++/Python, pricing library design) - Tobias Brandl, Sina Koç</td></tr>
        <tr><td style="border-bottom:1px solid #eee">11:45 - 12:45</td><td style="border-bottom:1px solid #eee">Lunch with the team</td></tr>
        <tr><td style="border-bottom:1px solid #eee">12:45 - 13:30</td><td style="border-bottom:1px solid #eee">Case discussion: cat bond pricing - Dr. Anna Lechner, Lukas Graf</td></tr>
        <tr><td>13:30 - 14:00</td><td>HR conversation - Julia Hartl</td></tr>
        </table>
        <p>Address: Theresien Rückversicherung AG, Theresienhöhe 17, 80339 München. Please bring an ID for your visitor badge. Your train from Zürich will be reimbursed, just keep the tickets.</p>
        <p>If you have any questions, simply reply to this email.</p>
        <p>Best,<br>Julia</p>
        <p style="color:#666">Julia Hartl<br>Talent Acquisition | Theresien Re</p>
        <p style="font-size:11px;color:#999">Sent via <a href="https://www.lever.co" style="color:#999">Lever</a></p>
        </body></html>
        """)
    hs = head("from mail-a12.hire.lever.co (mail-a12.hire.lever.co [198.2.177.12])", "Ej3qN6x0Dr1b",
              addr("Julia Hartl", "no-reply@hire.lever.co"),
              "Your on-site interview at Theresien Re - Tuesday, 28 April",
              "2026-04-20 10:03:40", "Europe/Zurich", "<lever.5f2a9c71-e80d-4b3f-9c16-d7a4e0b25f83@hire.lever.co>",
              extra=(("Reply-To", addr("Julia Hartl", "julia.hartl@theresien-re.de")),))
    return message(hs, alt(text(plain), html(body)))


# --------------------------------------------------------------------------- 22 hiring manager, casual coffee


@mail(n(22), family="human_reply_thread", lang="de", interview=True, kind="scheduled",
      start="2026-04-17T06:15:00Z", end=None, contact="dominik.frey@kilchbergcap.ch",
      company="Kilchberg Capital AG", local="Fri 2026-04-17 08:15", zone="Europe/Zurich",
      note="Hiring manager's casual iPhone reply 'Kafi am Fr 8.15 im Sprüngli' (coffee chat about the "
           "role) on top of the candidate's 'Freitag früh'; Date Tue 14 April -> Fri 17 April 08:15 "
           "CEST = 06:15Z; no length")
def k22() -> bytes:
    body = t("""
        Hoi Nadia

        Passt, dann Kafi am Fr 8.15 im Sprüngli am Paradeplatz (oben im 1. Stock), mit mir und Reto Gut (unser CTO). Ganz locker, einfach zum Kennenlernen wg. der Quant-Dev-Stelle.

        Falls was dazwischenkommt: 079 412 55 63

        Gruess
        Dom

        Dominik Frey
        Head Quant Development | Kilchberg Capital AG

        Von meinem iPhone gesendet

        > Am 14.04.2026 um 18:02 schrieb Nadia Brunner <nadia.brunner@example.org>:
        >
        > Hoi Dominik, Freitag früh ginge bei mir gut, vor der Arbeit. Gruss, Nadia
        """)
    hs = head("from mail.kilchbergcap.ch (mail.kilchbergcap.ch [146.4.23.88])", "Qa5mF1k7Zs0e",
              addr("Dominik Frey", "dominik.frey@kilchbergcap.ch"), "Re: Kafi?",
              "2026-04-14 19:48:26", "Europe/Zurich", "<3F9A2C71-8E4B-4D0A-B6C5-1E7D2F0A9B38@kilchbergcap.ch>",
              extra=(("In-Reply-To", "<CAF3kq2Wm0dP=Lx8rNz@mail.example.org>"),
                     ("References", "<CAF3kq2Wm0dP=Lx8rNz@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22E240)")))
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 23 Exchange update, French, Geneva


@mail(n(23), family="outlook_exchange", lang="fr", interview=True, kind="rescheduled",
      start="2026-04-07T12:00:00Z", end="2026-04-07T13:00:00Z", contact="alain.vuilleumier@corraterie-bank.ch",
      company="Banque Corraterie SA", local="Tue 2026-04-07 14:00", local_end="2026-04-07 15:00",
      zone="Europe/Zurich",
      note="French Outlook 'Mise à jour' (SEQUENCE:1), second round moved from jeudi 2 avril to 'mardi 7 "
           "avril 2026 14:00-15:00' with the '(UTC+01:00) ... Berne' label although CEST applies -> "
           "12:00-13:00Z; contact = ORGANIZER hiring manager",
      days=(("Thu", "2026-04-02"),))
def k23() -> bytes:
    plain = t("""
        Quand : mardi 7 avril 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
        Où : Banque Corraterie, Rue de la Corraterie 11, 3e étage - salle Salève

        Bonjour Madame Brunner,

        Suite à notre échange de ce matin, je déplace notre entretien du jeudi 2 avril au mardi 7 avril à 14h00, même lieu. M. Favre (CIO) pourra ainsi se joindre à nous.

        Meilleures salutations

        Alain Vuilleumier
        Head of Quantitative Development
        Banque Corraterie SA | Rue de la Corraterie 11 | 1204 Genève
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR-CH"><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p style="margin:0">Quand : mardi 7 avril 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.<br>Où : Banque Corraterie, Rue de la Corraterie 11, 3e étage - salle Salève</p>
        <p style="margin:0">&nbsp;</p>
        <p style="margin:0">Bonjour Madame Brunner,</p>
        <p style="margin:0">&nbsp;</p>
        <p style="margin:0">Suite à notre échange de ce matin, je déplace notre entretien du jeudi 2 avril au mardi 7 avril à 14h00, même lieu. M. Favre (CIO) pourra ainsi se joindre à nous.</p>
        <p style="margin:0">&nbsp;</p>
        <p style="margin:0">Meilleures salutations</p>
        <p style="margin:0">&nbsp;</p>
        <p style="margin:0;font-size:9pt;color:#1f3864">Alain Vuilleumier<br>Head of Quantitative Development<br>Banque Corraterie SA | Rue de la Corraterie 11 | 1204 Genève</p>
        </div></body></html>
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["W. Europe Standard Time"] + r"""
BEGIN:VEVENT
ORGANIZER;CN=Vuilleumier Alain:mailto:alain.vuilleumier@corraterie-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.brunner@example.org:mailto:nadia.brunner@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Favre Jean-Marc:mailto:jean-marc.favre@corraterie-bank.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Madame Brunner\,\n\nSuite à notre échange de ce matin\, je déplace notre entretien du jeudi 2 avril au mardi 7 avril à 14h00\, même lieu. M. Favre (CIO) pourra ainsi se joindre à nous.\n\nMeilleures salutations\n\nAlain Vuilleumier\n
UID:040000008200E00074C5B7101A82E00800000000F4E1C9B6D2BEDC0100000000000000001000000087A1B3C5D7E9F1A3B5C7D9E1F3A5B7C9
SUMMARY;LANGUAGE=fr-CH:Entretien – Développeur Quant (2e tour) – N. Brunner
DTSTART;TZID=W. Europe Standard Time:20260407T140000
DTEND;TZID=W. Europe Standard Time:20260407T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260330T074018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CH:Banque Corraterie\, Rue de la Corraterie 11\, 3e étage - salle Salève
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:1930442716
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
END:VCALENDAR
"""
    hs = head("from ZR2P278MB0633.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:41::6)", "Vt4cL8p2Gx7y",
              addr("Vuilleumier Alain", "alain.vuilleumier@corraterie-bank.ch"),
              "Mise à jour : Entretien – Développeur Quant (2e tour) – N. Brunner",
              "2026-03-30 09:40:18", "Europe/Zurich",
              "<ZR2P278MB06339B4E1D7A2C6F80E5B3A9D1C7E@ZR2P278MB0633.CHEP278.PROD.OUTLOOK.COM>",
              extra=(("Thread-Topic", "Entretien - Developpeur Quant (2e tour) - N. Brunner"),
                     ("Thread-Index", "AdqgB7fM2x0KcVb1S6mQy3Hn8tEwPAAAfZ1g"),
                     ("Content-Language", "fr-CH"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(plain), html(body), calendar(ics, "REQUEST", cte="base64")))


# =========================================================================== negatives

# --------------------------------------------------------------------------- 24 jobs.ch job alert


@mail(n(24), family="job_alert", lang="de", interview=False, company=None,
      note="jobs.ch Job-Abo digest; a teaser about the 'Vorstellungsgespräch' and 'Neu' badges, nothing "
           "is scheduled")
def k24() -> bytes:
    plain = t("""
        Grüezi Nadia Brunner

        Für Ihr Job-Abo «Quantitative Developer» in Zürich (+ 20 km) gibt es 5 neue Stellen:

        Quant Developer (w/m/d) 80–100 %
        Bank Uto AG · Zürich · Neu
        https://www.jobs.ch/de/stellenangebote/detail/4f0a2c91-3b7e-4d58-a1c6-92e0d7b4f318/

        Senior Software Engineer – Pricing & Risk
        Greifensee Re · Zürich · vor 2 Tagen
        https://www.jobs.ch/de/stellenangebote/detail/b71d5e30-0c2a-4f9b-8e46-13a7c5d9e2f0/

        Quantitative Analyst Credit Risk 100 %
        Kantonale Pensionskasse Limmattal · Schlieren · vor 3 Tagen
        https://www.jobs.ch/de/stellenangebote/detail/2c9e4a17-d56b-4e03-b8f1-7a0d3c6e5b92/

        Python Developer Financial Engineering
        Oerlikon Asset Partners · Zürich-Oerlikon · Neu · Schnelle Bewerbung
        https://www.jobs.ch/de/stellenangebote/detail/e80b3d46-9f15-4c27-a3d8-56c1f2e0a7b4/

        Data Engineer (Kapitalmärkte) 80 %
        Schwyzer Kantonalbank · Zürich · vor 4 Tagen
        https://www.jobs.ch/de/stellenangebote/detail/7a4f1e02-c83d-4b96-9e5a-0d2b6c7f3e81/

        Alle Stellen anzeigen: https://www.jobs.ch/de/stellenangebote/?term=Quantitative%20Developer&location=Z%C3%BCrich

        Karriere-Tipp der Woche: Vorstellungsgespräch in Sicht? Diese 10 Fragen sollten Sie vorbereiten.
        https://www.jobs.ch/de/karriere/vorstellungsgespraech-fragen/

        Freundliche Grüsse
        Ihr jobs.ch-Team

        Job-Abo bearbeiten oder abmelden: https://www.jobs.ch/de/konto/job-abos/
        jobs.ch ist ein Service der JobCloud AG, Albisriederstrasse 253, 8047 Zürich
        """)
    rows = [
        ("Quant Developer (w/m/d) 80–100 %", "Bank Uto AG · Zürich", "Neu"),
        ("Senior Software Engineer – Pricing &amp; Risk", "Greifensee Re · Zürich", "vor 2 Tagen"),
        ("Quantitative Analyst Credit Risk 100 %", "Kantonale Pensionskasse Limmattal · Schlieren", "vor 3 Tagen"),
        ("Python Developer Financial Engineering", "Oerlikon Asset Partners · Zürich-Oerlikon", "Neu"),
        ("Data Engineer (Kapitalmärkte) 80 %", "Schwyzer Kantonalbank · Zürich", "vor 4 Tagen"),
    ]
    cards = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e6e6e6"><a href="https://www.jobs.ch/de/'
        f'stellenangebote/detail/{i}/" style="font-size:16px;color:#1b3bb3;font-weight:bold;text-decoration:none">'
        f'{title}</a><br><span style="font-size:13px;color:#555">{where}</span> '
        f'<span style="font-size:11px;background:#fdebd0;color:#8a4b00;padding:1px 6px">{badge}</span></td></tr>'
        for i, (title, where, badge) in enumerate(rows))
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;background:#f5f5f5"><table width="600" align="center" style="background:#fff;padding:20px">
        <tr><td><p>Grüezi Nadia Brunner</p><p>Für Ihr Job-Abo «Quantitative Developer» in Zürich (+ 20 km) gibt es 5 neue Stellen:</p></td></tr>
        @CARDS@
        <tr><td style="padding-top:16px"><b>Karriere-Tipp der Woche:</b> <a href="https://www.jobs.ch/de/karriere/vorstellungsgespraech-fragen/">Vorstellungsgespräch in Sicht? Diese 10 Fragen sollten Sie vorbereiten.</a></td></tr>
        <tr><td style="font-size:11px;color:#888;padding-top:20px">Job-Abo bearbeiten oder <a href="https://www.jobs.ch/de/konto/job-abos/">abmelden</a> · jobs.ch ist ein Service der JobCloud AG, Albisriederstrasse 253, 8047 Zürich</td></tr>
        </table></body></html>
        """).replace("@CARDS@", cards)
    hs = head("from mail-out1.jobcloud.ch (mail-out1.jobcloud.ch [185.20.43.101])", "Oa1zK4v8Mb6j",
              addr("jobs.ch", "noreply@jobs.ch"), "5 neue Jobs für «Quantitative Developer» in Zürich",
              "2026-02-23 07:02:13", "Europe/Zurich", "<jobabo.8812044.20260223060213@mailer.jobs.ch>",
              extra=(("List-Unsubscribe", "<https://www.jobs.ch/de/konto/job-abos/>, <mailto:unsubscribe@jobs.ch>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(body)))


# --------------------------------------------------------------------------- 25 eFinancialCareers alert


@mail(n(25), family="job_alert", lang="en", interview=False, company=None,
      note="eFinancialCareers job alert; 'Interviewing this week' badges and 'Easy Apply', no appointment")
def k25() -> bytes:
    plain = t("""
        12 new jobs for "quant developer" in Switzerland

        Quantitative Developer - Systematic Equities
        Rhone Valley Capital | Geneva | CHF 160k-200k
        Interviewing this week · Easy Apply

        C++ Quant Developer - FX Options
        Confidential Bank | Zurich | Competitive
        Posted 1 day ago

        Risk Developer (Python/Kotlin)
        Pilatus Trading AG | Zug | CHF 140k-170k
        Interviewing this week

        Senior Quant Engineer - Commodities
        Léman Energy Trading | Lausanne | Competitive
        Posted 2 days ago

        + 8 more jobs: https://www.efinancialcareers.ch/jobs/quant-developer/in-switzerland?alert=5c1e8b2a

        Recruiters are looking: complete your profile to appear in 3x more searches.

        You are receiving this email because you created a job alert on eFinancialCareers.
        Manage alerts: https://www.efinancialcareers.ch/myefc/alerts  |  Unsubscribe: https://www.efinancialcareers.ch/unsubscribe?t=Yk3Wq9
        """)
    hs = head("from mta241.efinancialcareers.com (mta241.efinancialcareers.com [192.28.151.241])", "Xc6rB3n9Ju2f",
              addr("eFinancialCareers", "alerts@efinancialcareers.com"),
              '12 new jobs for "quant developer" in Switzerland', "2026-03-03 06:45:00", "Europe/London",
              "<1772520300.51.cf92b@efinancialcareers.com>",
              extra=(("List-Unsubscribe", "<https://www.efinancialcareers.ch/unsubscribe?t=Yk3Wq9>"),
                     ("Precedence", "bulk")))
    return message(hs, text(plain))


# --------------------------------------------------------------------------- 26 Taleo application receipt, fr


@mail(n(26), family="application_ack", lang="fr", interview=False, company="Banque Corraterie SA",
      note="Taleo acknowledgement of the application; an interview is only a possibility ('nous vous "
           "contacterons pour convenir d'un entretien')")
def k26() -> bytes:
    body = t("""
        Madame Brunner,

        Nous accusons bonne réception de votre candidature pour le poste de Développeur Quant (réf. 2600417) et vous remercions de l’intérêt que vous portez à la Banque Corraterie.

        Votre dossier sera examiné avec attention. Si votre profil correspond à nos attentes, nous vous contacterons afin de convenir d’un entretien. Dans le cas contraire, nous vous en informerons par écrit.

        Vous pouvez suivre l’état de votre candidature dans votre espace candidat : https://corraterie.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr

        Meilleures salutations

        Banque Corraterie SA
        Talent Acquisition

        Ce message a été généré automatiquement. Merci de ne pas y répondre.
        """)
    hs = head("from mx-out.taleo.net (mx-out.taleo.net [160.34.10.57])", "Sd2fW9k5Pa3l",
              addr("Banque Corraterie", "no-reply@taleo.net"),
              "Accusé de réception – Développeur Quant (2600417)",
              "2026-02-27 22:41:05", "Europe/Zurich", "<1772228465801.2600417.1180@tbe.taleo.net>",
              charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 27 SuccessFactors receipt, de, base64


@mail(n(27), family="application_ack", lang="de", interview=False, company="Birsfeld Pharma AG",
      note="SuccessFactors application receipt, HTML+text base64; mentions a possible 'Gespräch' only")
def k27() -> bytes:
    plain = t("""
        Grüezi Frau Brunner

        Herzlichen Dank für Ihre Bewerbung als Senior Quantitative Developer (Pricing Analytics) bei Birsfeld Pharma. Wir haben Ihre Unterlagen erhalten.

        Unser Recruiting-Team prüft Ihr Dossier sorgfältig und meldet sich innerhalb von zwei bis drei Wochen bei Ihnen. Falls wir Sie zu einem Gespräch einladen möchten, nehmen wir telefonisch oder per E-Mail Kontakt mit Ihnen auf.

        Den Status Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenprofil:
        https://career5.successfactors.eu/career?company=birsfeldP&career_ns=job_application

        Freundliche Grüsse
        Talent Acquisition
        Birsfeld Pharma AG

        Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.
        """)
    body = "<html><body style=\"font-family:Arial;font-size:10pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = head("from mta-out-03.successfactors.eu (mta-out-03.successfactors.eu [155.56.208.67])", "Gk8tR1e4Vn0w",
              addr("Birsfeld Pharma Careers", "DoNotReply@successfactors.eu"),
              "Ihre Bewerbung: Senior Quantitative Developer (Pricing Analytics)",
              "2026-03-02 09:17:48", "Europe/Zurich",
              "<1772439468551.20931.JavaMail.sfapp@pc41bcf12.eu2.successfactors.eu>",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(plain, cte="base64"), html(body, cte="base64")))


# --------------------------------------------------------------------------- 28 Greenhouse rejection after interview


@mail(n(28), family="rejection", lang="en", interview=False, company="Hudson Ledger",
      note="Greenhouse rejection after the 19 March technical interview; refers back to it, schedules "
           "nothing")
def k28() -> bytes:
    plain = t("""
        Hi Nadia,

        Thank you for taking the time to interview with Ben and Sara on March 19 for the Senior Quant Developer, Risk Platform (Remote) role. We really appreciated the thought you put into the Monte Carlo exercise.

        After careful consideration, we've decided to move forward with other candidates whose experience more closely matches our current needs, in particular around real-time margining in US markets.

        This was a difficult decision, and we'd be glad to stay in touch for future openings. We wish you the very best in your search.

        Best regards,
        Priya Natarajan
        Technical Recruiter, Hudson Ledger
        """)
    body = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = head("from o4.us.greenhouse-mail.io (o4.us.greenhouse-mail.io [149.72.163.58])", "Mq4sD7c2Hb9v",
              addr("Hudson Ledger", "no-reply@us.greenhouse-mail.io"),
              "Your application to Hudson Ledger", "2026-03-27 20:14:52", "UTC",
              "<a93e0b71-4c2d-4f8a-b6e5-2d1c7f0e9a34@us.greenhouse-mail.io>",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@hudsonledger.com")),))
    return message(hs, alt(text(plain), html(body)))


# --------------------------------------------------------------------------- 29 Umantis rejection, de, windows-1252


@mail(n(29), family="rejection", lang="de", interview=False, company="Ägerital Bank AG",
      note="Abacus Umantis rejection before any interview ('nicht zu einem Vorstellungsgespräch "
           "einladen'), windows-1252")
def k29() -> bytes:
    body = t("""
        Sehr geehrte Frau Brunner

        Wir danken Ihnen für Ihre Bewerbung als Quant Developer (80–100 %) und das damit verbundene Interesse an der Ägerital Bank.

        Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können. Wir haben uns für Kandidatinnen und Kandidaten entschieden, deren Profil noch etwas besser auf die Anforderungen der Stelle passt.

        Dieser Entscheid ist keine Wertung Ihrer Person oder Ihrer Qualifikationen. Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.

        Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

        Freundliche Grüsse

        Ägerital Bank AG
        Human Resources
        """)
    hs = head("from mailout1.umantis.com (mailout1.umantis.com [212.25.19.85])", "Lw9aP5j3Ct1x",
              addr("Ägerital Bank AG", "no-reply@recruitingapp-2764.umantis.com", charset="windows-1252"),
              "Ihre Bewerbung als Quant Developer (80–100 %)", "2026-03-12 15:26:07", "Europe/Zurich",
              "<20260312142607.31177.902@recruitingapp-2764.umantis.com>", charset="windows-1252",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="windows-1252"))


# --------------------------------------------------------------------------- 30 offer with a call proposal, de


@mail(n(30), family="offer", lang="de", interview=False, company="Privatbank Rämibühl AG",
      note="Job offer (contract as PDF) after the March interviews; proposes a call to go through it and "
           "sets a reply deadline; neither is an interview",
      days=(("Tue", "2026-04-14"), ("Fri", "2026-04-17")))
def k30() -> bytes:
    plain = t("""
        Grüezi Frau Brunner

        Wir freuen uns sehr, Ihnen nach den Gesprächen im März die Stelle als Quantitative Developer in unserem Team Quantitative Solutions anbieten zu dürfen. Den Arbeitsvertrag und die Unterlagen zu Lohn und Vorsorge finden Sie im Anhang.

        Gerne würde ich Ihnen das Angebot am Dienstag, 14. April, um 17.30 Uhr telefonisch erläutern – passt Ihnen das? Herr Zürcher steht für fachliche Fragen ebenfalls gern zur Verfügung.

        Wir bitten Sie um Ihre Rückmeldung bis Freitag, 17. April 2026.

        Wir würden uns sehr freuen, Sie bald bei uns begrüssen zu dürfen.

        Freundliche Grüsse

        Daniela Bachmann
        HR Business Partner

        Privatbank Rämibühl AG
        Rämistrasse 18 | 8001 Zürich
        Tel. +41 44 269 18 40
        """)
    hs = head("from smtp-out.raemibuehl.ch (smtp-out.raemibuehl.ch [195.65.140.12])", "Fp3nU8r6Ky4d",
              addr("Bachmann Daniela", "daniela.bachmann@raemibuehl.ch"),
              "Vertragsangebot – Quantitative Developer", "2026-04-09 16:44:31", "Europe/Zurich",
              "<a1c9e3f70b2d48e6b5d4c3a2f1e0d9c8@EXCH02.raemibuehl.local>",
              extra=(("Content-Language", "de-CH"),))
    return message(hs, mixed(text(plain), pdf("Vertragsangebot_N_Brunner.pdf",
                                               "Arbeitsvertrag - Quantitative Developer - N. Brunner")))


# --------------------------------------------------------------------------- 31 headhunter outreach


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Rieder & Partner Executive Search",
      note="Headhunter's first approach: asks for a call 'this week', whatever suits; nothing fixed")
def k31() -> bytes:
    body = t("""
        Hi Nadia

        I hope you don't mind the direct approach - your talk on AAD at the Zurich C++ meetup was recommended to me by a former colleague.

        I'm currently working on a Quant Developer mandate for a well-established Zurich asset manager (c. CHF 40bn AuM, small quant solutions team, strong C++/Python). Hybrid, 3 days in the office at Bahnhofstrasse.

        Would you be open to a 15-minute call this week to hear more? Let me know what suits - early morning or after 6pm is fine too.

        Best regards
        Tom

        Tom Rieder
        Managing Partner
        Rieder & Partner Executive Search AG
        Seefeldstrasse 45 | 8008 Zürich
        +41 44 380 22 61 | tom.rieder@rieder-partner.ch
        """)
    hs = head("from mail.rieder-partner.ch (mail.rieder-partner.ch [185.17.92.40])", "Ti6eH0z3Ra8m",
              addr("Tom Rieder", "tom.rieder@rieder-partner.ch"), "Quant role - Zurich asset manager",
              "2026-02-23 08:51:19", "Europe/Zurich", "<4B1E7F20-3A55-4C8E-8B9D-71E2F6A0D3C1@rieder-partner.ch>")
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 32 Calendly link (self-schedule)


@mail(n(32), family="scheduling_link", lang="en", interview=False, company="Thamesgate Capital LLP",
      note="Hiring firm asks the candidate to pick a slot with a Calendly link; no time chosen yet")
def k32() -> bytes:
    body = t("""
        Hi Nadia,

        Thanks for your application for the Quant Developer (Remote) role - your background in XVA and the C++/Python mix is exactly what we're after.

        I'd love to set up a quick intro call. Please grab any 30-min slot that suits you here:
        https://calendly.com/jholloway-thamesgate/intro-call

        Times are shown in your local time zone. If nothing works this week or next, just reply and we'll find something.

        Cheers,
        James

        James Holloway
        Head of Talent | Thamesgate Capital LLP
        20 St Dunstan's Hill, London EC3R 8HL
        """)
    hs = head("from mail-lf1-f46.google.com (mail-lf1-f46.google.com [209.85.167.46])", "Ka7wJ2g5Ne1s",
              addr("James Holloway", "james.holloway@thamesgatecap.co.uk"),
              "Thamesgate Capital - Quant Developer (Remote)", "2026-03-11 12:40:02", "Europe/London",
              "<CAK4mN8z0Wq7+Bv3Ty1pLe5Xr9Gd2Hs@mail.gmail.com>")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# --------------------------------------------------------------------------- 33 availability request for the final round


@mail(n(33), family="scheduling_link", lang="en", interview=False, company="Greenpoint Quant Partners LP",
      note="Greenhouse availability request for a final round 'the week of April 20'; the candidate still "
           "has to submit her availability, nothing is booked")
def k33() -> bytes:
    plain = t("""
        Hi Nadia,

        Great news - the team would like to invite you to a final round for the Quant Developer, Systematic Trading role!

        The final round consists of three back-to-back conversations and takes roughly 2.5 hours. We're hoping to schedule it during the week of April 20.

        Please let us know your availability using the link below. Times are shown in your time zone (Europe/Zurich); we'll try to keep it within your afternoon.

        Submit your availability: https://app.greenhouse.io/candidate_availability/e7a41c09b2?locale=en

        Once we've found a time that works for everyone, I'll send over a confirmation with the Zoom details.

        Best,
        Daniel Reyes
        Talent, Greenpoint Quant Partners LP
        """)
    hs = head("from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [149.72.163.61])", "Nd5xQ8w1Lv4b",
              addr("Daniel Reyes", "no-reply@us.greenhouse-mail.io"),
              "Greenpoint Quant Partners - Please share your availability", "2026-04-09 14:22:40", "UTC",
              "<4e8d2b0a-71c9-4a3f-8e56-c0b9d1f2a7e3@us.greenhouse-mail.io>",
              extra=(("Reply-To", addr("Daniel Reyes", "dreyes@greenpointqp.com")),))
    return message(hs, text(plain))


# --------------------------------------------------------------------------- 34 French slot proposal


@mail(n(34), family="slot_proposal", lang="fr", interview=False, company="Négoce Léman SA",
      note="HR proposes two slots (jeudi 16 avril 10h30 or vendredi 17 avril 14h00) and asks which one "
           "suits; not agreed yet (the later confirmation is a separate mail)",
      days=(("Thu", "2026-04-16"), ("Fri", "2026-04-17")))
def k34() -> bytes:
    body = t("""
        Madame,

        Nous vous remercions de votre candidature pour le poste de Développeuse quantitative (Trading Analytics), qui a retenu notre attention.

        Nous aimerions vous rencontrer dans nos locaux à Genève. Seriez-vous disponible le jeudi 16 avril à 10h30 ou le vendredi 17 avril à 14h00 ? L'entretien se tiendrait avec M. Pierre-Alain Gindrat, responsable Trading Analytics.

        Je vous remercie de m'indiquer la date qui vous convient le mieux, ou de me proposer une alternative si aucune des deux ne vous arrange. Vous pouvez également me joindre au 022 819 47 30.

        Meilleures salutations

        Sophie Perrenoud
        Responsable Ressources Humaines
        Négoce Léman SA
        """)
    hs = head("from smtp.negoce-leman.ch (smtp.negoce-leman.ch [194.209.41.17])", "Ug1kM6d0Ex9q",
              addr("Sophie Perrenoud", "sophie.perrenoud@negoce-leman.ch"),
              "Votre candidature - Développeuse quantitative (Trading Analytics)",
              "2026-04-07 14:20:55", "Europe/Zurich", "<000a01dcc67e$b3d2f190$1b78d4b0$@negoce-leman.ch>",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-ch")),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 35 German slot proposal


@mail(n(35), family="slot_proposal", lang="de", interview=False, company="Turbinenplatz Systems AG",
      note="Recruiter offers two Teams slots ('nächsten Dienstag, 21. April, um 10.00 Uhr' or Thursday 23 "
           "April 15.30) or asks for alternatives; nothing agreed",
      days=(("Tue", "2026-04-21"), ("Thu", "2026-04-23")))
def k35() -> bytes:
    plain = t("""
        Grüezi Frau Brunner

        Merci vielmal für Ihre Bewerbung als Quant Software Engineer – Ihr Profil hat uns sehr angesprochen.

        Gerne würden wir Sie in einem ersten Gespräch per Teams kennenlernen (ca. 45 Minuten, mit Fabienne Iten, Engineering Lead, und mir). Hätten Sie nächsten Dienstag, 21. April, um 10.00 Uhr Zeit? Alternativ ginge auch Donnerstag, 23. April, um 15.30 Uhr.

        Falls beides nicht passt, schlagen Sie mir gerne zwei, drei Termine vor.

        Freundliche Grüsse

        Michelle Baumann
        Talent Acquisition
        Turbinenplatz Systems AG | Turbinenstrasse 31 | 8005 Zürich
        """)
    body = "<html><body style=\"font-family:Segoe UI,Arial;font-size:10.5pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n"
    hs = head("from mail.turbinenplatz.ch (mail.turbinenplatz.ch [31.10.150.44])", "Wb0pS3t7Gm2z",
              addr("Michelle Baumann", "michelle.baumann@turbinenplatz.ch"),
              "Ihre Bewerbung – Quant Software Engineer / erstes Gespräch", "2026-04-15 10:31:12", "Europe/Zurich",
              "<DB9P278MB14525E3A0C7F1D8B2946E0C7A3B51@DB9P278MB1452.CHEP278.PROD.OUTLOOK.COM>")
    return message(hs, alt(text(plain), html(body)))


# --------------------------------------------------------------------------- 36 take-home assignment


@mail(n(36), family="take_home", lang="en", interview=False, company="Alpenfeld Technologies AG",
      note="Take-home assignment with a submission deadline (Monday 30 March, 9am Zurich); a deadline, "
           "not an interview",
      days=(("Mon", "2026-03-30"),))
def k36() -> bytes:
    body = t("""
        Hi Nadia,

        Thanks again for yesterday - Jonas and Priska really enjoyed the session!

        As a next step we'd like you to do our take-home. The brief is attached: a small Monte Carlo pricer for Asian options with a clean Python API and one performance-critical part in C++ or Rust. Please don't spend more than 4-6 hours on it.

        Deadline: Monday, 30 March, 9am (Zurich time). Just send us a link to a private repo (add jonas-wirth-alp as a reader).

        After that we'll set up a final conversation with our CTO.

        Cheers,
        Lea

        Lea Gashi
        Talent Partner | Alpenfeld Technologies AG
        Hardturmstrasse 161, 8005 Zürich
        """)
    brief = t("""
        Alpenfeld Technologies - Take-home: Asian option pricer

        1. Implement a Monte Carlo pricer for arithmetic-average Asian calls under GBM.
        2. Expose it through a small Python API (pip-installable).
        3. Move the path generation to C++ or Rust; show the speed-up.
        4. Include tests and a short README with your design choices.
        """)
    hs = head("from mail-wr1-f50.google.com (mail-wr1-f50.google.com [209.85.221.50])", "Ho4cF9y2Pt6u",
              addr("Lea Gashi", "lea.gashi@alpenfeld.tech"), "Alpenfeld - take-home assignment",
              "2026-03-20 14:05:37", "Europe/Zurich", "<CAP9sLx2hWk4+Zr8Qv0nTe3Ym6Bd1Fc@mail.gmail.com>")
    attach = text(brief, cte="7bit", extra=(("Content-Disposition", 'attachment; filename="take_home_brief.md"'),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), attach))


# --------------------------------------------------------------------------- 37 online assessment, Workday, de


@mail(n(37), family="assessment", lang="de", interview=False, company="Seeburg Versicherungen AG",
      note="Online assessment invitation (two tests) with a completion deadline Sunday 15 March 23.59 Uhr; "
           "no interview",
      days=(("Sun", "2026-03-15"),))
def k37() -> bytes:
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:20px 30px;border-bottom:4px solid #0a4d8c"><span style="font-size:20px;color:#0a4d8c">Seeburg Versicherungen</span></td></tr>
        <tr><td style="padding:24px 30px;line-height:20px">
        <p>Grüezi Frau Brunner</p>
        <p>Vielen Dank für Ihr Interesse an der Stelle <b>Quantitative Developer, Actuarial Platforms (R-10482)</b>. Als nächsten Schritt laden wir Sie ein, zwei Online-Tests zu absolvieren:</p>
        <ul>
        <li>Numerisches Denken (ca. 25 Minuten)</li>
        <li>Coding-Aufgabe Python (60 Minuten, Zeitlimit)</li>
        </ul>
        <p>Bitte schliessen Sie beide Tests bis <b>Sonntag, 15. März 2026, 23.59 Uhr</b> ab. Sie können die Tests jederzeit starten; planen Sie ungestörte Zeit ein.</p>
        <p><a href="https://seeburg.assessments.example-tests.com/start?token=8c2f1d" style="background:#0a4d8c;color:#fff;padding:10px 18px;text-decoration:none">Zu den Tests</a></p>
        <p>Nach Auswertung der Resultate melden wir uns bezüglich eines möglichen Interviews bei Ihnen.</p>
        <p>Freundliche Grüsse<br>Seeburg Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:14px 30px;font-size:11px;color:#999">Diese E-Mail wurde aus einem nicht überwachten Postfach versendet. Powered by Workday.</td></tr>
        </table></body></html>
        """)
    hs = head("from wd3-mta-out-11.myworkday.com (wd3-mta-out-11.myworkday.com [216.235.93.14])", "Pz2vL7k4Ya9c",
              addr("Seeburg Versicherungen", "seeburg@myworkday.com"),
              "Einladung zum Online-Assessment – Quantitative Developer, Actuarial Platforms (R-10482)",
              "2026-03-09 08:40:15", "Europe/Zurich", "<1255218874.401227.1773042015337@wd3-prod-mail11>")
    return message(hs, html(body))


# --------------------------------------------------------------------------- 38 dentist, latin-1 + ICS


@mail(n(38), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Dental hygiene appointment confirmation with an ICS, iso-8859-1 body; a confirmed time, not an "
           "interview",
      days=(("Fri", "2026-03-13"),))
def k38() -> bytes:
    body = t("""
        Grüezi Frau Brunner

        Gerne bestätigen wir Ihren Termin:

        Dentalhygiene bei Frau Corinne Gisi
        Freitag, 13. März 2026, 07.30 Uhr (Dauer 50 Minuten)

        Zahnarztpraxis am Limmatplatz
        Limmatstrasse 152, 8005 Zürich

        Bitte melden Sie sich mindestens 24 Stunden im Voraus ab, falls Sie den Termin nicht wahrnehmen können; andernfalls müssen wir ihn in Rechnung stellen.

        Freundliche Grüsse
        Ihr Praxisteam
        Tel. 044 272 31 90
        """)
    ics = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Dentalpro//Terminbestaetigung 4.2//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:termin-771204@zahnarzt-limmatplatz.ch
DTSTAMP:20260305T171022Z
DTSTART:20260313T063000Z
DTEND:20260313T072000Z
SUMMARY:Dentalhygiene - Zahnarztpraxis am Limmatplatz
LOCATION:Limmatstrasse 152\, 8005 Zuerich
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head("from smtp.hin.ch (smtp.hin.ch [193.247.88.14])", "Mk3rT0b8Dw5e",
              addr("Zahnarztpraxis am Limmatplatz", "praxis@zahnarzt-limmatplatz.ch"),
              "Terminbestätigung: Dentalhygiene am Freitag, 13. März 2026, 07.30 Uhr",
              "2026-03-05 18:10:22", "Europe/Zurich", "<20260305171022.771204@praxis.zahnarzt-limmatplatz.ch>",
              charset="iso-8859-1")
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, "PUBLISH", filename="Termin.ics", disposition="attachment",
                                      name_param=True)))


# --------------------------------------------------------------------------- 39 weekly 1:1 with the current manager


@mail(n(39), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Recurring 1:1 with her current manager (Exchange, German UI), sent to the work address; not an "
           "interview",
      days=(("Thu", "2026-03-05"),))
def k39() -> bytes:
    plain = t("""
        Wann: Donnerstag, 5. März 2026 08:30-09:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien. Wöchentlich
        Wo: Sitzungszimmer Limmat / Microsoft Teams

        Hoi Nadia

        Ich verschiebe unser 1:1 ab nächster Woche auf Donnerstagmorgen, das passt besser mit dem Release-Zyklus. Themen wie gehabt: Risk-Engine-Migration, Ziele Q2.

        Gruss
        Stefan
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["W. Europe Standard Time"] + r"""
BEGIN:VEVENT
ORGANIZER;CN=Koller Stefan:mailto:stefan.koller@hardbruecke-am.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brunner Nadia:mailto:nadia.brunner@example.net
DESCRIPTION;LANGUAGE=de-CH:Hoi Nadia\n\nIch verschiebe unser 1:1 ab nächster Woche auf Donnerstagmorgen\, das passt besser mit dem Release-Zyklus.\n\nGruss\nStefan\n
RRULE:FREQ=WEEKLY;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000C1A7E9F3B4A5DC0100000000000000001000000044D2E6F8A0B2C4D6E8F0A2B4C6D8E0F2
SUMMARY;LANGUAGE=de-CH:Nadia / Stefan - 1:1
DTSTART;TZID=W. Europe Standard Time:20260305T083000
DTEND;TZID=W. Europe Standard Time:20260305T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T133512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Sitzungszimmer Limmat / Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR
"""
    hs = head("from ZR0P278MB0777.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:3c::14)", "Ie8wN2q6Ux3h",
              addr("Koller Stefan", "stefan.koller@hardbruecke-am.ch"), "Nadia / Stefan - 1:1",
              "2026-02-25 14:35:12", "Europe/Zurich",
              "<ZR0P278MB0777A4C2E9B1F7D36E0A8C5B2D4F1@ZR0P278MB0777.CHEP278.PROD.OUTLOOK.COM>",
              to=addr("Brunner Nadia", "nadia.brunner@example.net"),
              extra=(("X-Forwarded-To", ME), ("Content-Language", "de-CH")))
    return message(hs, alt(text(plain), calendar(ics, "REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 40 apartment viewing


@mail(n(40), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Flat viewing confirmed for Saturday 21 March 10.15 Uhr; a personal appointment",
      days=(("Sat", "2026-03-21"),))
def k40() -> bytes:
    body = t("""
        Grüezi Frau Brunner

        Besten Dank für Ihr Interesse an der 3.5-Zimmer-Wohnung an der Birmensdorferstrasse 212, 8003 Zürich (3. OG, CHF 2'640.– inkl. NK).

        Gerne bestätigen wir Ihnen den Besichtigungstermin:

        Samstag, 21. März 2026, 10.15 – 10.30 Uhr
        Treffpunkt: Hauseingang, Herr Lukas Frei (Hauswart)

        Falls Sie sich anschliessend bewerben möchten, bringen Sie bitte einen aktuellen Betreibungsregisterauszug (nicht älter als 3 Monate) und eine Kopie Ihres Ausweises mit.

        Freundliche Grüsse

        Immobilien Sihltal AG
        Bewirtschaftung
        vermietung@sihltal-immo.ch
        """)
    hs = head("from mail.sihltal-immo.ch (mail.sihltal-immo.ch [80.74.154.203])", "Ja6dR1x9Sb0k",
              addr("Immobilien Sihltal AG", "vermietung@sihltal-immo.ch"),
              "Bestätigung Besichtigungstermin – Birmensdorferstrasse 212, 3.5 Zi.", "2026-03-17 11:52:44",
              "Europe/Zurich", "<0f3a6b91c2d84e7a9b1c5d3e2f4a6b8c@sihltal-immo.ch>")
    return message(hs, text(body))


# --------------------------------------------------------------------------- 41 meetup RSVP, HTML only


@mail(n(41), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation for a panel titled 'Interviewing for quant dev roles'; an event, not a "
           "job interview",
      days=(("Thu", "2026-03-26"),))
def k41() -> bytes:
    body = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f7f8;font-family:Graphik,Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px">
        <tr><td style="padding:28px">
        <p style="font-size:13px;color:#00798a;font-weight:bold;margin:0">You're going!</p>
        <h1 style="font-size:22px;color:#212121;margin:8px 0">Zurich Quant &amp; Python #42: Interviewing for quant dev roles – a panel</h1>
        <p style="font-size:15px;color:#333">Thursday, March 26, 2026<br>6:30 PM to 9:00 PM CET</p>
        <p style="font-size:15px;color:#333">Impact Hub Zürich – Viadukt<br>Viaduktstrasse 93, Zürich</p>
        <p style="font-size:14px;color:#555">Four hiring managers from banks and prop shops talk about what they look for in technical interviews – followed by pizza and drinks. Hosted by Zurich Quant &amp; Python.</p>
        <p><a href="https://www.meetup.com/zurich-quant-python/events/308441275/" style="background:#f65858;color:#fff;text-decoration:none;padding:10px 18px;border-radius:6px">View event</a> &nbsp; <a href="https://www.meetup.com/zurich-quant-python/events/308441275/ical/" style="color:#00798a">Add to calendar</a></p>
        </td></tr></table>
        <p style="font-size:11px;color:#888">Meetup LLC, POB 4668 #37895, New York NY 10163 · <a href="https://www.meetup.com/account/comm-prefs/" style="color:#888">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    hs = head("from mta-out4.meetup.com (mta-out4.meetup.com [159.183.162.40])", "Dg9tK2m5Wr7a",
              addr("Meetup", "info@meetup.com"),
              "You're going to Zurich Quant & Python #42: Interviewing for quant dev roles – a panel",
              "2026-03-16 19:03:27", "UTC", "<0.1.6F.9C2.1DCB5A7E3F1B2C4.0@mta-out4.meetup.com>",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm-prefs/>"),))
    return message(hs, html(body))


# --------------------------------------------------------------------------- 42 webinar registration (Zoom) + ICS


@mail(n(42), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Quant Interview Masterclass' with an ICS for 1 April 18:00; a webinar "
           "titled like an interview, not the candidate's interview",
      days=(("Wed", "2026-04-01"),))
def k42() -> bytes:
    plain = t("""
        Hi Nadia,

        Thank you for registering for "Quant Interview Masterclass: Live Mock Interview with a Hedge Fund PM".

        Please submit any questions to: support@quantcareers-academy.com

        Date Time: Apr 1, 2026 06:00 PM Zurich

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/84190337210?tk=Rz0xNzk2LWpLcnQ&uuid=WN_q3Yb8sRfQ2uKvP1nA

        Passcode: 447912

        Add to Calendar: https://us06web.zoom.us/webinar/tJUocu2trz4iE9Xb/ics?user_id=Wqv2 (Outlook / Apple)
        Add to Google Calendar: https://us06web.zoom.us/webinar/tJUocu2trz4iE9Xb/calendar/google/add

        Or One tap mobile:
        +41432107042,,84190337210#,,,,*447912# Switzerland

        You can cancel your registration at any time.
        """)
    ics = r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260318T081500Z
DTSTART:20260401T160000Z
DTEND:20260401T173000Z
SUMMARY:Quant Interview Masterclass: Live Mock Interview with a Hedge Fund PM
UID:20260318T081500Z-84190337210@fe80:0:0:0:aa:bb:cc:dd
TZID:Europe/Zurich
DESCRIPTION:Join from PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/84190337210
LOCATION:https://us06web.zoom.us/w/84190337210
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    hs = head("from zoom.us (mailout-sj.zoom.us [170.114.52.9])", "Yn4eC7p1Gz8q",
              addr("Quant Careers Academy", "no-reply@zoom.us"),
              "Quant Interview Masterclass: Live Mock Interview with a Hedge Fund PM Confirmation",
              "2026-03-18 08:15:02", "UTC", "<rVx2Qd8sTaW0Yp3mLk7JcB@zoom.us>",
              extra=(("Reply-To", "support@quantcareers-academy.com"),))
    return message(hs, mixed(text(plain, cte="7bit"),
                             calendar(ics, None, ctype="text/calendar", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 43 mock interview with a coach


@mail(n(43), family="mock_interview", lang="de", interview=False, company=None,
      note="Career coach confirms a paid mock interview on Monday 16 March 18.30 Uhr; practice, not a job "
           "interview",
      days=(("Mon", "2026-03-16"),))
def k43() -> bytes:
    body = t("""
        Hallo Nadia

        Wie abgemacht simulieren wir am Montag, 16. März, um 18.30 Uhr ein Vorstellungsgespräch – ich spiele die Hiring Managerin einer Privatbank, inkl. ein paar fiesen Fragen zu Lohnvorstellungen und Lücken im CV ;-) Dauer 60 Minuten, per Zoom:
        https://zoom.us/j/96021184470

        Schick mir bis Sonntag bitte die Stellenausschreibung, auf die wir uns vorbereiten sollen (am liebsten die von Rämibühl).

        Die Rechnung (CHF 180.–) folgt separat.

        Liebe Grüsse
        Sabine

        Sabine Wyss
        Laufbahnberatung & Coaching
        Laufbahn Plus GmbH, Zürich
        """)
    hs = head("from mail.laufbahn-plus.ch (mail.laufbahn-plus.ch [217.26.52.18])", "Ft1sV5j8Mc2p",
              addr("Sabine Wyss", "sabine.wyss@laufbahn-plus.ch"), "Dein Mock-Interview am Montag",
              "2026-03-11 20:07:31", "Europe/Zurich", "<5E0C2A7B-1F94-4D3E-A8B6-9C7D0E2F1A34@laufbahn-plus.ch>")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 44 podcast recording, fr


@mail(n(44), family="podcast", lang="fr", interview=False, company=None,
      note="Podcast host confirms recording the candidate's 'interview' for a show on Wednesday 1 April "
           "18h00; press/podcast, not a job interview",
      days=(("Wed", "2026-04-01"),))
def k44() -> bytes:
    body = t("""
        Salut Nadia,

        C'est confirmé : on enregistre l'interview pour « Finance & Code » le mercredi 1er avril à 18h00, dans notre petit studio au Flon (Voie du Chariot 6, Lausanne, 2e étage, sonner chez « Onde Courte »). Compte environ 45 minutes d'enregistrement, un peu plus avec l'installation.

        Thèmes prévus : ton parcours de la physique à la finance quantitative, l'adjoint automatique (AAD) en production, et tes conseils pour les juniors qui se lancent. Pas besoin de préparer quoi que ce soit, on reste très conversationnel.

        Merci encore d'avoir accepté, et à mercredi !

        Yannick
        --
        Yannick Berthoud
        Finance & Code – le podcast tech de la finance romande
        https://finance-et-code.ch
        """)
    hs = head("from mail.infomaniak.com (mail.infomaniak.com [83.166.143.23])", "Qe7yH3n0Bs6w",
              addr("Yannick Berthoud", "yannick@finance-et-code.ch"),
              "Enregistrement « Finance & Code » – c'est confirmé", "2026-03-26 09:58:40", "Europe/Zurich",
              "<d1e84b20-7f3c-4a59-9e12-6b0c5a8f3d71@finance-et-code.ch>",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 45 she is the interviewer


@mail(n(45), family="interviewer_invite", lang="en", interview=False, company=None,
      note="Current employer's HR books Nadia as the interviewer for a junior candidate (Exchange invite to "
           "her work address); an interview, but not hers",
      days=(("Fri", "2026-03-20"),))
def k45() -> bytes:
    plain = t("""
        When: Friday, 20 March 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Meeting room Uto (4th floor)

        Hi Nadia,

        Thanks a lot for taking over the technical round with our candidate Lukas Imhof (Junior Quant Developer, Risk). His CV and the scorecard are in Workday under requisition JR-2231.

        Please focus on Python and basic numerics (the usual 45 min + 15 min for his questions) and submit your feedback in Workday within 24 hours.

        Thanks & best regards,
        Petra

        Petra Lüthi
        HR Business Partner | Hardbrücke Asset Management AG
        """)
    ics = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["W. Europe Standard Time"] + r"""
BEGIN:VEVENT
ORGANIZER;CN=Lüthi Petra:mailto:petra.luethi@hardbruecke-am.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brunner Nadia:mailto:nadia.brunner@example.net
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Meeting room Uto:mailto:room.uto@hardbruecke-am.ch
DESCRIPTION;LANGUAGE=en-US:Hi Nadia\,\n\nThanks a lot for taking over the technical round with our candidate Lukas Imhof (Junior Quant Developer\, Risk).\n
UID:040000008200E00074C5B7101A82E0080000000052E3C1A7B9B7DC01000000000000000010000000F0E2D4C6B8A0F2E4D6C8B0A2F4E6D8C0
SUMMARY;LANGUAGE=en-US:Interview: Lukas Imhof – Junior Quant Developer (technical round)
DTSTART;TZID=W. Europe Standard Time:20260320T140000
DTEND;TZID=W. Europe Standard Time:20260320T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T094411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Meeting room Uto (4th floor)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head("from ZR0P278MB0777.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:3c::14)", "Rb5mX0d4Kq1t",
              addr("Lüthi Petra", "petra.luethi@hardbruecke-am.ch"),
              "Interview: Lukas Imhof – Junior Quant Developer (technical round)",
              "2026-03-12 10:44:11", "Europe/Zurich",
              "<ZR0P278MB07771C9E4A2D6B8F07E3C5A1B9D2E@ZR0P278MB0777.CHEP278.PROD.OUTLOOK.COM>",
              to=addr("Brunner Nadia", "nadia.brunner@example.net"),
              extra=(("X-Forwarded-To", ME), ("Content-Language", "en-US")))
    return message(hs, alt(text(plain), calendar(ics, "REQUEST", cte="base64")))


# --------------------------------------------------------------------------- 46 reference call (not with her)


@mail(n(46), family="reference_check", lang="en", interview=False, company="Theresien Rückversicherung AG",
      note="Recruiter informs the candidate that the reference call with her former manager is set for "
           "Wednesday 6 May 10:00; nothing for her to attend",
      days=(("Wed", "2026-05-06"),))
def k46() -> bytes:
    body = t("""
        Hi Nadia,

        Thanks again for Tuesday - the team left with a very good impression - and for sending your references so quickly.

        Just so you know: we've scheduled the reference call with Dr. Urs Baumann (your former manager at the university spin-off) for Wednesday, 6 May at 10:00. Nothing is needed from you for that.

        We aim to come back to you with a decision by the end of next week.

        Best,
        Julia

        Julia Hartl
        Talent Acquisition | Theresien Rückversicherung AG
        Theresienhöhe 17, 80339 München
        """)
    hs = head("from mail.theresien-re.de (mail.theresien-re.de [212.144.36.75])", "Ua8fP2w6Nz3j",
              addr("Julia Hartl", "julia.hartl@theresien-re.de"), "Next steps / references",
              "2026-04-30 15:27:09", "Europe/Berlin", "<20260430132709.5a1e7c@theresien-re.de>")
    return message(hs, text(body))


# --------------------------------------------------------------------------- 47 out-of-office, trilingual


@mail(n(47), family="auto_reply", lang="de", interview=False, company="Bank Sihlberg AG",
      note="Outlook trilingual out-of-office reply (Auto-Submitted) to the candidate's message about the 11 "
           "March appointment; the subject quotes the date but the mail confirms nothing",
      days=(("Fri", "2026-03-06"),))
def k47() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 6. März 2026 abwesend und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@sihlberg.ch.

        Merci pour votre message. Je suis absente jusqu'au vendredi 6 mars 2026 inclus. Pour toute urgence, veuillez écrire à recruiting@sihlberg.ch.

        Thank you for your message. I am out of the office until Friday, 6 March 2026. For urgent matters please contact recruiting@sihlberg.ch.

        Freundliche Grüsse / Meilleures salutations / Kind regards
        Sandra Keller
        Talent Acquisition | Bank Sihlberg AG
        """)
    hs = head("from ZR1P278MB0940.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:24::7)", "Kc2nE9v5Hs0y",
              addr("Keller Sandra", "sandra.keller@sihlberg.ch"),
              "Automatische Antwort: Bestätigung Gesprächstermin 11. März", "2026-03-04 18:30:02",
              "Europe/Zurich", "<ZR1P278MB09405D3F8A1C2E7B46D9E0A3C5F1B@ZR1P278MB0940.CHEP278.PROD.OUTLOOK.COM>",
              extra=(("In-Reply-To", "<CAF3kq0Qp7vT=Mw2Lx@mail.example.org>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "sandra.keller@sihlberg.ch"),
                     ("Content-Language", "de-CH")))
    return message(hs, text(body))


# --------------------------------------------------------------------------- 48 bounce of the candidate's own reply


@mail(n(48), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce (multipart/report) of the candidate's reply to a mistyped recruiter address; "
           "the returned message confirms Thursday 9 April 13.30, but a bounce is not a confirmation",
      days=(("Thu", "2026-04-09"),))
def k48() -> bytes:
    explain = t("""
        This is the mail system at host mx2.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <reto.kalin@rheinblick.ch>: host mx1.rheinblick.ch[193.135.214.30] said: 550
            5.1.1 <reto.kalin@rheinblick.ch>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.mail.example.org
        X-Postfix-Queue-ID: 4fXk9T2wQbz1Rm
        X-Postfix-Sender: rfc822; nadia.brunner@example.org
        Arrival-Date: Tue, 31 Mar 2026 21:31:40 +0200 (CEST)

        Final-Recipient: rfc822; reto.kalin@rheinblick.ch
        Original-Recipient: rfc822;reto.kalin@rheinblick.ch
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.rheinblick.ch
        Diagnostic-Code: smtp; 550 5.1.1 <reto.kalin@rheinblick.ch>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Grüezi Herr Kälin

        Merci vielmal für die Bestätigung. Ich freue mich auf das Fachgespräch am Donnerstag, 9. April, um 13.30 Uhr in Basel, und bringe meinen Laptop mit.

        Freundliche Grüsse
        Nadia Brunner
        """)
    orig = message([("From", addr("Nadia Brunner", ME)), ("To", "reto.kalin@rheinblick.ch"),
                    ("Subject", enc("Re: Bestätigung Fachgespräch – Quant Developer Pricing")),
                    ("Date", date("2026-03-31 21:31:38", "Europe/Zurich")),
                    ("Message-ID", "<CAF3kq3Rk1Wn=Hd6Zq@mail.example.org>")], text(orig_body))
    report = make.multipart("report", text(explain, cte="7bit"),
                            Part([("Content-Type", "message/delivery-status")],
                                 status.replace("\n", "\r\n").encode("ascii")),
                            attached_message(orig), params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("Received", "by mx2.mail.example.org (Postfix)\r\n id 4fXk9T7cMdz1Rp; "
                       + make.format_datetime(make.at("2026-03-31 21:31:41", "Europe/Zurich"))),
          ("From", "MAILER-DAEMON@mx2.mail.example.org (Mail Delivery System)"),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-03-31 21:31:41", "Europe/Zurich")),
          ("Message-ID", "<20260331193141.4fXk9T7cMdz1Rp@mx2.mail.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


# --------------------------------------------------------------------------- 49 newsletter about interviews


@mail(n(49), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter about quant interview questions with a webinar date (Tuesday 24 March 12.15 "
           "Uhr); confirms nothing for the reader",
      days=(("Tue", "2026-03-24"),))
def k49() -> bytes:
    plain = t("""
        Finanzplatz Karriere – Newsletter März 2026

        DIE 7 HÄUFIGSTEN FRAGEN IM QUANT-INTERVIEW
        Von «Erklären Sie Itô» bis «Warum ist Ihr Code langsam?»: Was Banken und Versicherer in Zürich und Genf wirklich fragen – und wie Sie souverän antworten.
        https://finanzplatz-karriere.ch/artikel/quant-interview-fragen

        INTERVIEW-TERMIN IN SICHT? SO BEREITEN SIE SICH IN 48 STUNDEN VOR
        Checkliste: Firma recherchieren, Projekte auswählen, Gegenfragen notieren.
        https://finanzplatz-karriere.ch/artikel/48-stunden-checkliste

        LOHNBAROMETER 2026
        Was verdienen Quant Developer in Zürich, Basel und Genf? Unsere Umfrage mit 1'200 Antworten.

        WEBINAR: «Das Case Interview bei Versicherern»
        Dienstag, 24. März, 12.15 – 13.00 Uhr, online und kostenlos. Jetzt anmelden:
        https://finanzplatz-karriere.ch/webinar/case-interview

        Sie erhalten diesen Newsletter, weil Sie sich auf finanzplatz-karriere.ch angemeldet haben.
        Abmelden: https://finanzplatz-karriere.ch/newsletter/abmelden?u=5b21e0
        """)
    body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Georgia,serif;background:#fbfaf7"><table width="600" align="center" cellpadding="16" style="background:#fff">
        <tr><td style="border-bottom:2px solid #b3001b;font-family:Arial;font-size:12px;color:#b3001b">FINANZPLATZ KARRIERE · Newsletter März 2026</td></tr>
        <tr><td><h2 style="margin:0">Die 7 häufigsten Fragen im Quant-Interview</h2><p>Von «Erklären Sie Itô» bis «Warum ist Ihr Code langsam?»: Was Banken und Versicherer in Zürich und Genf wirklich fragen – und wie Sie souverän antworten. <a href="https://finanzplatz-karriere.ch/artikel/quant-interview-fragen">Weiterlesen</a></p></td></tr>
        <tr><td><h3 style="margin:0">Interview-Termin in Sicht? So bereiten Sie sich in 48 Stunden vor</h3><p>Checkliste: Firma recherchieren, Projekte auswählen, Gegenfragen notieren. <a href="https://finanzplatz-karriere.ch/artikel/48-stunden-checkliste">Zur Checkliste</a></p></td></tr>
        <tr><td><h3 style="margin:0">Lohnbarometer 2026</h3><p>Was verdienen Quant Developer in Zürich, Basel und Genf? Unsere Umfrage mit 1'200 Antworten.</p></td></tr>
        <tr><td style="background:#f3efe6"><b>Webinar: «Das Case Interview bei Versicherern»</b><br>Dienstag, 24. März, 12.15 – 13.00 Uhr, online und kostenlos. <a href="https://finanzplatz-karriere.ch/webinar/case-interview">Jetzt anmelden</a></td></tr>
        <tr><td style="font-family:Arial;font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie sich auf finanzplatz-karriere.ch angemeldet haben. <a href="https://finanzplatz-karriere.ch/newsletter/abmelden?u=5b21e0">Abmelden</a></td></tr>
        </table></body></html>
        """)
    hs = head("from mail180.mailchimpapp.net (mail180.mailchimpapp.net [198.2.180.180])", "Vz6kA3q9Tn1g",
              addr("Finanzplatz Karriere", "newsletter@finanzplatz-karriere.ch"),
              "Die 7 häufigsten Fragen im Quant-Interview – und wie Sie antworten",
              "2026-03-17 07:30:00", "Europe/Zurich", "<b4c1e2f03a9d5e7f8a6b@mailchimpapp.net>",
              extra=(("List-Unsubscribe", "<https://finanzplatz-karriere.ch/newsletter/abmelden?u=5b21e0>"),
                     ("List-Id", "Finanzplatz Karriere <newsletter.finanzplatz-karriere.ch>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(body)))


# --------------------------------------------------------------------------- 50 post-interview, fr


@mail(n(50), family="post_interview", lang="fr", interview=False, company="Arve Quant Systems SA",
      note="Thank-you after yesterday's video interview; promises news by Friday 24 April; nothing "
           "scheduled",
      days=(("Fri", "2026-04-24"),))
def k50() -> bytes:
    body = t("""
        Bonjour Nadia,

        Merci encore pour l'entretien d'hier avec Thibault, nous avons beaucoup apprécié l'échange, en particulier sur la calibration des modèles de volatilité locale.

        Nous rencontrons encore deux personnes cette semaine et reviendrons vers vous au plus tard le vendredi 24 avril.

        Belle fin de semaine et meilleures salutations,

        Lucie Favre
        Ressources humaines
        Arve Quant Systems SA | Quai Ernest-Ansermet 30 | 1205 Genève
        """)
    hs = head("from mail-ua1-f43.google.com (mail-ua1-f43.google.com [209.85.222.43])", "Xs3hB8e1Jw6m",
              addr("Lucie Favre", "lucie.favre@arvequant.ch"), "Suite à notre entretien",
              "2026-04-15 17:20:44", "Europe/Zurich", "<CAB2rN7x9Qk0+Lw4Vp8mYe1Zs3Td6Hf@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))
