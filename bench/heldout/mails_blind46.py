"""blind46: 50 hand-written mails from the inbox of a mobile developer in Lisbon (see blind46/README.md).

Registered into ``make.REGISTRY["blind46"]``; build and check with

    python3 bench/heldout/make_blind.py blind46

Written without reading the detector, its tests or fixtures, or any other held-out set's mails.
File numbers are a fixed shuffle of the writing order (``ORDER``); keys 1-23 are the positives.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import random

import make
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind46"
make.REGISTRY.setdefault(SET, [])
ORDER = random.Random(46046).sample(range(1, 51), 50)


def n(key: int) -> str:
    """File name for the mail written key-th (1-based)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "ines.carvalho@example.org"
ME_ALT = "inescarvalho.dev@example.com"
ME_NAME = "Inês Carvalho"
ME_H = addr(ME_NAME, ME)
LIS = "Europe/Lisbon"
LON = "Europe/London"
NYC = "America/New_York"

GMAIL = "mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])"
GCAL = "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])"
O365 = ("mail-db8eur05on2071.outbound.protection.outlook.com "
        "(mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])")
SES = "a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [54.240.7.12])"
SENDGRID = "o1.ptr4417.sendgrid.net (o1.ptr4417.sendgrid.net [167.89.10.23])"
MAILGUN = "m42-117.mailgun.net (m42-117.mailgun.net [161.38.204.117])"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *,
         to: str = ME_H, charset: str = "utf-8", extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """Delivered-To / Received / From / To / Subject / Date / Message-ID, then the extra headers."""
    ident = hashlib.sha256(msgid.encode()).hexdigest()[:14]
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay}", when, zone, f"mx.example.org with ESMTPS id {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def esc(s: str) -> str:
    """RFC 5545 TEXT escaping."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def paras_html(body: str, style: str = "font-family:Calibri,Arial,sans-serif;font-size:11pt") -> str:
    """A plain HTML twin (one <p> per paragraph) as Outlook and most mailers write it."""
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           f'<body><div style="{style}">']
    for block in body.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in block.split("\n")) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def pdf(filename: str, title: str) -> Part:
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            f"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {title}\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n").encode()
    data = base64.encodebytes(body).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], data)


VTZ_LISBON = """BEGIN:VTIMEZONE
TZID:Europe/Lisbon
X-LIC-LOCATION:Europe/Lisbon
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:WET
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:WEST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_AMSTERDAM = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
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

GCAL_FOOTER = """
Convite do Google Calendar: https://calendar.google.com/calendar/

Está a receber este email porque é um convidado neste evento. Para deixar de receber atualizações deste evento, recuse-o. Também pode criar uma Conta Google em https://calendar.google.com/calendar/ e controlar as suas definições de notificação para todo o seu calendário.

Reencaminhar este convite pode permitir que qualquer destinatário envie uma resposta ao organizador, seja adicionado à lista de convidados, convide outras pessoas independentemente do seu próprio estado de convite ou modifique a sua resposta. Saiba mais https://support.google.com/calendar/answer/37135#forwarding
"""


def gcal_html(lines: list[str], note: str | None = None) -> str:
    """The Google Calendar notification's HTML, reduced to its visible text."""
    out = ['<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           "</head><body>",
           '<div itemscope itemtype="http://schema.org/InformAction"><span style="display:none" '
           'itemprop="about" itemscope itemtype="http://schema.org/Event"></span></div>',
           '<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%">'
           '<tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">']
    if note:
        out.append(f'<div style="border-left:4px solid #1a73e8;padding-left:8px">{_html.escape(note)}</div>')
    for line in lines:
        out.append(f"<div>{_html.escape(line)}</div>" if line else "<div>&nbsp;</div>")
    out.append('<div style="font-size:12px;color:#70757a">Convite do '
               '<a href="https://calendar.google.com/calendar/">Google Calendar</a></div>')
    out.append("</td></tr></table></body></html>")
    return "\n".join(out) + "\n"


def gcal_ics(*, uid: str, summary: str, start: str, end: str, organizer: tuple[str, str],
             guests: list[tuple[str, str]], description: str, stamp: str, method: str = "REQUEST",
             sequence: int = 0, status: str = "CONFIRMED", location: str = "", meet: str | None = None,
             rrule: str | None = None, created: str | None = None) -> str:
    """A Google Calendar VCALENDAR; start/end are local Europe/Lisbon 'YYYYMMDDTHHMMSS'."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", VTZ_LISBON, "BEGIN:VEVENT",
             f"DTSTART;TZID=Europe/Lisbon:{start}", f"DTEND;TZID=Europe/Lisbon:{end}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email in guests:
        part = "ACCEPTED" if email == organizer[1] else "NEEDS-ACTION"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE;"
                     f"CN={name};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    lines += [f"CREATED:{created or stamp}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{stamp}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{sequence}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def gcal_message(headers: list[tuple[str, str]], plain: str, html_body: str, ics: str, method: str) -> bytes:
    return message(headers, mixed(
        alt(text(plain, cte="quoted-printable", params="format=flowed; delsp=yes"),
            html(html_body, cte="quoted-printable"),
            calendar(ics, method=method, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                 cte="base64", name_param=True)))


TEAMS_BLOCK = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}>
________________________________________________________________________________
"""


def exchange_ics(*, method: str, tzid: str, start: str, end: str, organizer: tuple[str, str],
                 attendees: list[tuple[str, str, str]], summary: str, description: str, uid: str,
                 stamp: str, lang: str = "en-GB", sequence: int = 0, status: str = "CONFIRMED",
                 location: str = "Microsoft Teams Meeting", rrule: str | None = None,
                 importance: int = 1) -> str:
    """An Exchange/Outlook VCALENDAR with a Windows zone name; attendees are (role, name, address)."""
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             VTZ[tzid], "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for role, name, email in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:{esc(summary)}", f"DTSTART;TZID={tzid}:{start}",
              f"DTEND;TZID={tzid}:{end}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{sequence}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}", "X-MICROSOFT-CDO-OWNERAPPTID:2120958731",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
              "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if rrule else "0"),
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:" + ("FALSE" if method == "CANCEL" else "TRUE")]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exchange_headers(thread_topic: str, thread_index: str, lang: str = "en-GB") -> tuple[tuple[str, str], ...]:
    return (("Thread-Topic", enc(thread_topic)), ("Thread-Index", thread_index),
            ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"))


# =========================================================================== positives: scheduled


@mail(n(1), family="teamtailor", lang="pt-PT", interview=True, kind="scheduled",
      start="2026-03-31T09:30:00Z", end="2026-03-31T10:15:00Z", contact="joana.reis@maregrafo.pt",
      company="Marégrafo", local="Tue 2026-03-31 10:30", local_end="2026-03-31 11:15", zone=LIS,
      note="Teamtailor confirmation, 'terça-feira, 31 de março, 10:30 – 11:15 (hora de Lisboa)'. Sent 26 March "
           "in WET; Portugal moves to WEST (UTC+1) on 29 March, so 10:30 = 09:30Z. The ICS (UTC) agrees. "
           "contact = the recruiter's Reply-To.")
def _k01() -> bytes:
    body = t("""
        Olá Inês,

        Obrigado pelo interesse na Marégrafo!

        A sua entrevista para a vaga de iOS Developer (Swift/SwiftUI) fica agendada:

        Data: terça-feira, 31 de março de 2026
        Hora: 10:30 – 11:15 (hora de Lisboa)
        Local: Google Meet – https://meet.google.com/vbc-qwre-tyu

        Vai conversar com a Joana Reis (Talent Partner) e o Duarte Lobo (Engineering Manager, Mobile), sobre o seu percurso e a forma como trabalhamos na equipa de mobile.

        Precisa de mudar a hora? Responda a este email ou use o link abaixo:
        https://maregrafo.teamtailor.com/candidate/interviews/7f3a2c91-5d0e-4b8e-a1f4-2c6e90b1d3aa/reschedule

        Até terça!
        Joana e equipa Marégrafo

        --
        Marégrafo · Rua da Boavista 71, 1200-066 Lisboa
        Enviado através de Teamtailor · https://www.teamtailor.com
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="pt"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f6f6f6;font-family:-apple-system,Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="560" style="background:#ffffff;border-radius:8px;padding:32px">
        <tr><td><img src="https://img.teamtailor-cdn.com/images/s3/teamtailor-production/logo-v3/maregrafo.png" alt="Marégrafo" height="32"></td></tr>
        <tr><td style="font-size:16px;line-height:24px;color:#1c1c1c">
        <p>Olá Inês,</p>
        <p>Obrigado pelo interesse na Marégrafo!</p>
        <p>A sua entrevista para a vaga de <strong>iOS Developer (Swift/SwiftUI)</strong> fica agendada:</p>
        <table role="presentation" style="background:#f0f4ff;border-radius:6px;padding:16px;width:100%">
        <tr><td style="color:#555">Data</td><td><strong>terça-feira, 31 de março de 2026</strong></td></tr>
        <tr><td style="color:#555">Hora</td><td><strong>10:30 – 11:15</strong> (hora de Lisboa)</td></tr>
        <tr><td style="color:#555">Local</td><td><a href="https://meet.google.com/vbc-qwre-tyu">Google Meet</a></td></tr>
        </table>
        <p>Vai conversar com a Joana Reis (Talent Partner) e o Duarte Lobo (Engineering Manager, Mobile), sobre o seu percurso e a forma como trabalhamos na equipa de mobile.</p>
        <p>Precisa de mudar a hora? Responda a este email ou <a href="https://maregrafo.teamtailor.com/candidate/interviews/7f3a2c91-5d0e-4b8e-a1f4-2c6e90b1d3aa/reschedule">altere aqui</a>.</p>
        <p>Até terça!<br>Joana e equipa Marégrafo</p>
        </td></tr>
        <tr><td style="font-size:12px;color:#999;padding-top:24px">Marégrafo · Rua da Boavista 71, 1200-066 Lisboa<br>Enviado através de <a href="https://www.teamtailor.com" style="color:#999">Teamtailor</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:interview-7f3a2c91-5d0e-4b8e-a1f4-2c6e90b1d3aa@teamtailor.com
        DTSTAMP:20260326T164107Z
        DTSTART:20260331T093000Z
        DTEND:20260331T101500Z
        SUMMARY:Entrevista: iOS Developer (Swift/SwiftUI) – Marégrafo
        DESCRIPTION:Google Meet: https://meet.google.com/vbc-qwre-tyu
        LOCATION:https://meet.google.com/vbc-qwre-tyu
        ORGANIZER;CN=Joana Reis:mailto:joana.reis@maregrafo.pt
        ATTENDEE;CN=Inês Carvalho;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:ines.carvalho@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marégrafo", "no-reply@teamtailor-mail.com"), "Entrevista agendada: iOS Developer na Marégrafo",
              "2026-03-26 16:41:07", LIS, "<5f1c0a7e8d2b4c19a3e6@teamtailor-mail.com>", MAILGUN,
              extra=(("Reply-To", addr("Joana Reis", "joana.reis@maregrafo.pt")),
                     ("X-Mailgun-Tag", "interview_invite")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="entrevista.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(2), family="google_calendar", lang="pt-PT", interview=True, kind="scheduled",
      start="2026-10-28T15:00:00Z", end="2026-10-28T16:00:00Z", contact="rita.sousa@portomar.pt",
      company="Portomar Software", local="Wed 2026-10-28 15:00", local_end="2026-10-28 16:00", zone=LIS,
      note="Google Calendar invitation with Portuguese UI strings ('Convite:', 'qua 28 out 2026 15:00 - 16:00 "
           "(WET)'). Sent 22 Oct in WEST; on 28 Oct Lisbon is back on WET (UTC+0, since 25 Oct), so 15:00 = "
           "15:00Z. ICS TZID Europe/Lisbon. contact = the human organizer.")
def _k02() -> bytes:
    desc = ("Olá Inês! Segue o convite para a entrevista técnica: pair programming em Kotlin (traz o teu "
            "ambiente preparado) e conversa sobre arquitetura. Vais estar comigo e com o Hugo Pinto, Tech Lead "
            "Android. Até quarta!\n\nRita")
    lines = [
        "Entrevista técnica – Android | Inês Carvalho",
        "quarta-feira, 28 de outubro de 2026⋅15:00 – 16:00",
        "Hora da Europa Ocidental - Lisboa",
        "",
        "Participar com o Google Meet",
        "https://meet.google.com/pqd-hxew-mzr",
        "",
        "Participar por telefone",
        "(PT) +351 21 145 6783 PIN: 718 226 904#",
        "Mais números de telefone: https://tel.meet/pqd-hxew-mzr?pin=7182269045537",
        "",
        "Organizador",
        "Rita Sousa",
        "rita.sousa@portomar.pt",
        "",
        "Convidados",
        "Rita Sousa - organizador",
        "Hugo Pinto",
        "ines.carvalho@example.org",
        "",
        "Ver todas as informações do convidado: "
        "https://calendar.google.com/calendar/event?action=VIEW&eid=NWs0ZzFtNWRvMG1zb2Fy&tok=MjIjcml0YQ",
        "",
        "Responder para ines.carvalho@example.org",
        "Sim: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWs0ZzFtNWRvMG1zb2Fy&rst=1",
        "Não: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWs0ZzFtNWRvMG1zb2Fy&rst=2",
        "Talvez: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWs0ZzFtNWRvMG1zb2Fy&rst=3",
        "Mais opções: https://calendar.google.com/calendar/event?action=VIEW&eid=NWs0ZzFtNWRvMG1zb2Fy",
    ]
    plain = desc + "\n\n" + "\n".join(lines) + "\n" + GCAL_FOOTER
    ics = gcal_ics(uid="5k4g1m5do0msoar1bq7e2t9h3c@google.com",
                   summary="Entrevista técnica – Android | Inês Carvalho",
                   start="20261028T150000", end="20261028T160000", organizer=("Rita Sousa", "rita.sousa@portomar.pt"),
                   guests=[("Rita Sousa", "rita.sousa@portomar.pt"), ("Hugo Pinto", "hugo.pinto@portomar.pt"),
                           ("ines.carvalho@example.org", ME)],
                   description=desc + "\n\nParticipar com o Google Meet: https://meet.google.com/pqd-hxew-mzr",
                   stamp="20261022T100705Z", created="20261022T100412Z", meet="https://meet.google.com/pqd-hxew-mzr")
    hs = head(addr("Rita Sousa", "rita.sousa@portomar.pt"),
              "Convite: Entrevista técnica – Android | Inês Carvalho @ qua 28 out 2026 15:00 - 16:00 (WET) "
              "(ines.carvalho@example.org)",
              "2026-10-22 10:07:05", "UTC", "<calendar-3c0e58b2-9d7a-4f61-8b1e-60a2d4c7f915@google.com>", GCAL,
              extra=(("Reply-To", addr("Rita Sousa", "rita.sousa@portomar.pt")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return gcal_message(hs, plain, gcal_html(lines, desc), ics, "REQUEST")


@mail(n(3), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z", contact="oliver.pennington@kestrelvane.co.uk",
      company="Kestrel & Vane", local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=LON,
      days=(("Tue", "2026-10-27"),),
      note="Exchange/Teams meeting request; the body only says 'Tuesday 27th', the time is in the ICS "
           "(TZID 'GMT Standard Time' = London/Lisbon): 14:00-15:00 on 27 Oct, after the UK and Portugal "
           "left summer time on 25 Oct, so 14:00Z. Sent 20 Oct in BST. contact = organizer.")
def _k03() -> bytes:
    body = t("""
        Hi Inês,

        As discussed on Friday, here's the invite for the technical stage on Tuesday 27th. You'll meet Priya Raman (Staff iOS Engineer) and Tom Ashdown (Engineering Manager): roughly half architecture discussion, half a code review of a small SwiftUI project that we'll share on the call, so no prep needed beyond having Xcode handy.

        Any questions, just reply here.

        Best,
        Oliver

        Oliver Pennington | Talent Acquisition Partner
        Kestrel & Vane | 20 Finsbury Circus, London EC2M 7EA
        """) + TEAMS_BLOCK.format(mid="NjQ2ZjM1YzQtOGE3Yi00ZGQxLWJmMWQtMzE2ZTk2YjE0ZTg4",
                                  tid="9d1c2e4b-77f0-4a8e-b2e5-3f1a7c6d8e90", num="358 120 447 906", code="3vXq7P")
    ics = exchange_ics(
        method="REQUEST", tzid="GMT Standard Time", start="20261027T140000", end="20261027T150000",
        organizer=("Oliver Pennington", "oliver.pennington@kestrelvane.co.uk"),
        attendees=[("REQ-PARTICIPANT", "Inês Carvalho", ME),
                   ("REQ-PARTICIPANT", "Priya Raman", "priya.raman@kestrelvane.co.uk"),
                   ("REQ-PARTICIPANT", "Tom Ashdown", "tom.ashdown@kestrelvane.co.uk")],
        summary="Senior iOS Engineer – technical interview (Inês Carvalho)", description=body,
        uid="040000008200E00074C5B7101A82E0080000000060E2D9A15E5EDC010000000000000000100000009B2D6C0EF3A2D44F9C1B7E2A4D5F6A31",
        stamp="20261020T092241Z")
    hs = head(addr("Oliver Pennington", "oliver.pennington@kestrelvane.co.uk"),
              "Senior iOS Engineer – technical interview (Inês Carvalho)", "2026-10-20 10:22:41", LON,
              "<LO2P265MB44710C2E8B1C6F3A1D8E5F2A9@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>", O365,
              extra=(*exchange_headers("Senior iOS Engineer – technical interview (Inês Carvalho)",
                                       "AdxkQ2Vb0fP3lQm8S9WyX2t1e4r7Ng=="),))
    return message(hs, alt(text(body), html(paras_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(4), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-03-20T15:00:00Z", end="2026-03-20T15:30:00Z", contact="dana.whitfield@tallgrassmobile.com",
      company="Tallgrass Mobile", local="Fri 2026-03-20 15:00", local_end="2026-03-20 15:30", zone=LIS,
      days=(("Fri", "2026-03-20"),),
      note="Calendly invitee confirmation shown in the invitee's zone, 'Western European Time' = Lisbon, "
           "UTC+0 on 20 March (before 29 March). ICS in UTC. contact = host's Reply-To. Follows the "
           "self-schedule link in the same thread (negative).")
def _k04() -> bytes:
    body = t("""
        Hi Inês Carvalho,

        Your Intro call – Mobile Engineer with Dana Whitfield at 03:00pm (Western European Time) on Friday, March 20, 2026 is scheduled.

        Event Name:
        Intro call – Mobile Engineer

        Date & Time:
        03:00pm - 03:30pm (Western European Time) on Friday, March 20, 2026

        Location:
        This is a Zoom web conference.
        https://tallgrassmobile.zoom.us/j/86120349981?pwd=bXJrU2FsZ3R5Q0lQ

        Invitee Time Zone:
        Western European Time

        Questions:
        Anything you'd like us to know before the call?
        I'm currently contracting in Lisbon and available to start in May.

        View event in Calendly: https://calendly.com/events/a8c2f7e1-33b0-4d9c-8e5a-1f6b72c0d9e4

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/a8c2f7e1-33b0-4d9c-8e5a-1f6b72c0d9e4
        Reschedule: https://calendly.com/reschedulings/a8c2f7e1-33b0-4d9c-8e5a-1f6b72c0d9e4

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:a8c2f7e1-33b0-4d9c-8e5a-1f6b72c0d9e4@calendly.com
        DTSTAMP:20260316T182044Z
        DTSTART:20260320T150000Z
        DTEND:20260320T153000Z
        SUMMARY:Intro call – Mobile Engineer between Dana Whitfield and Inês Carvalho
        DESCRIPTION:Event Name: Intro call – Mobile Engineer\\n\\nLocation: https://tallgrassmobile.zoom.us/j/86120349981
        LOCATION:https://tallgrassmobile.zoom.us/j/86120349981?pwd=bXJrU2FsZ3R5Q0lQ
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@tallgrassmobile.com
        ATTENDEE;CN=Inês Carvalho;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ines.carvalho@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call – Mobile Engineer with Dana Whitfield on Friday, March 20, 2026",
              "2026-03-16 18:20:44", "UTC", "<0100018e4a7c2d1b-6f2e9b44-1c8a-4e57-9d30-7a2b5c1e8f06-000000@email.amazonses.com>",
              SES, extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@tallgrassmobile.com")),))
    return message(hs, mixed(alt(text(body), html(paras_html(body, "font-family:Helvetica,Arial,sans-serif"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(5), family="human_prose", lang="pt-PT", interview=True, kind="scheduled",
      start="2026-11-12T14:30:00Z", end=None, contact="marta.gouveia@pontenearshore.pt",
      company="Ponte Nearshore", local="Thu 2026-11-12 14:30", zone=LIS,
      days=(("Thu", "2026-11-12"), ("Sun", "2026-11-08"), ("Fri", "2026-11-06"), ("Fri", "2026-11-13")),
      note="Nearshore recruiter's Outlook reply on top of the thread: 'Fica então marcado: quinta-feira, 12/11, "
           "às 14h30'. Of the two slots proposed (negative mail in the same thread) the candidate picked "
           "Thursday. Lisbon in November = WET (UTC+0). '~1h' in the quoted proposal is approximate, end null.")
def _k05() -> bytes:
    body = t("""
        Combinado, Inês!

        Fica então marcado: quinta-feira, 12/11, às 14h30, por Teams, com o Tech Lead do cliente (o Jens, a entrevista é em inglês). O convite segue ainda hoje.

        Qualquer coisa liga-me.

        Obg,
        Marta

        Marta Gouveia
        Talent Acquisition | Ponte Nearshore
        +351 912 345 678 | www.pontenearshore.pt

        De: Inês Carvalho <ines.carvalho@example.org>
        Enviado: domingo, 8 de novembro de 2026 21:14
        Para: Marta Gouveia <marta.gouveia@pontenearshore.pt>
        Assunto: Re: Entrevista cliente – Android (remoto)

        Olá Marta,

        Quinta às 14h30 dá-me mais jeito.

        Obrigada!
        Inês

        De: Marta Gouveia <marta.gouveia@pontenearshore.pt>
        Enviado: sexta-feira, 6 de novembro de 2026 17:52
        Para: Inês Carvalho <ines.carvalho@example.org>
        Assunto: Entrevista cliente – Android (remoto)

        Olá Inês,

        Boas notícias: o cliente (uma fintech em Munique) gostou muito do seu CV e quer avançar para a entrevista técnica com o Tech Lead.

        Tenho estas opções:
        - quinta-feira, 12/11, às 14h30
        - sexta-feira, 13/11, às 10h00
        (hora de Lisboa, por Teams, ~1h)

        Qual prefere? Assim que me disser, envio o convite.

        Cumprimentos,
        Marta Gouveia
        """)
    hs = head(addr("Marta Gouveia", "marta.gouveia@pontenearshore.pt"), "RE: Entrevista cliente – Android (remoto)",
              "2026-11-09 11:48:03", LIS, "<DB9PR02MB7311A4C1E0B95D2F7C3E8A41B6@DB9PR02MB7311.eurprd02.prod.outlook.com>",
              O365, extra=(("In-Reply-To", "<CAJq8mT2xv0Nw4hH7kPZ1yRr5uF3e@mail.gmail.com>"),
                           ("References", "<DB9PR02MB73119F0D2A61C7E4B8D0F5C3A2@DB9PR02MB7311.eurprd02.prod.outlook.com> "
                                          "<CAJq8mT2xv0Nw4hH7kPZ1yRr5uF3e@mail.gmail.com>"),
                           *exchange_headers("Entrevista cliente – Android (remoto)",
                                             "AQHcUj0Lr2m3c7yX9EKp5Vx0m1nQbLe4Gx1A", "pt-PT")))
    return message(hs, alt(text(body), html(paras_html(body))))


@mail(n(6), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-24T15:00:00Z", end="2026-03-24T16:00:00Z", contact="corinne.abbott@halyardlabs.com",
      company="Halyard Labs", local="Tue 2026-03-24 11:00", local_end="2026-03-24 12:00", zone=NYC,
      days=(("Tue", "2026-03-24"),),
      note="Greenhouse interview confirmation in US Eastern time: 11:00 AM-12:00 PM on 24 March. The US is on "
           "EDT since 8 March (UTC-4) while Lisbon is still on WET until 29 March, so 15:00Z (15:00 in Lisbon, a "
           "4-hour gap instead of 5). ICS TZID America/New_York agrees. contact = Reply-To coordinator.")
def _k06() -> bytes:
    body = t("""
        Hi Inês,

        Thanks for making time to speak with us! Here are the details for your upcoming interview for the Senior Mobile Engineer (React Native) role at Halyard Labs.

        Date: Tuesday, March 24th, 2026
        Time: 11:00 AM - 12:00 PM Eastern Time (US & Canada)
        Location: Zoom - https://halyardlabs.zoom.us/j/84722019355?pwd=SGFseWFyZDIwMjY

        Interview: Technical Deep Dive
        Interviewers:
        Marcus Bell - Staff Engineer
        Aisha Rahman - Senior Mobile Engineer

        We've attached a calendar invite for your convenience. If anything comes up, just reply to this email.

        Best,
        Corinne Abbott
        Recruiting Coordinator | Halyard Labs
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Inês,</p>
        <p>Thanks for making time to speak with us! Here are the details for your upcoming interview for the Senior Mobile Engineer (React Native) role at Halyard Labs.</p>
        <p><b>Date:</b> Tuesday, March 24th, 2026<br>
        <b>Time:</b> 11:00 AM - 12:00 PM Eastern Time (US &amp; Canada)<br>
        <b>Location:</b> <a href="https://halyardlabs.zoom.us/j/84722019355?pwd=SGFseWFyZDIwMjY">Zoom</a></p>
        <p><b>Interview:</b> Technical Deep Dive<br>
        <b>Interviewers:</b><br>Marcus Bell - Staff Engineer<br>Aisha Rahman - Senior Mobile Engineer</p>
        <p>We've attached a calendar invite for your convenience. If anything comes up, just reply to this email.</p>
        <p>Best,<br>Corinne Abbott<br>Recruiting Coordinator | Halyard Labs</p>
        <img src="https://www.greenhouse.io/o/7bd13/open.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Greenhouse//EN", "METHOD:REQUEST",
        VTZ["America/New_York"], "BEGIN:VEVENT", "UID:gh-interview-48213377-halyardlabs@greenhouse.io",
        "DTSTAMP:20260318T181230Z", "DTSTART;TZID=America/New_York:20260324T110000",
        "DTEND;TZID=America/New_York:20260324T120000",
        "SUMMARY:Interview: Inês Carvalho - Senior Mobile Engineer (React Native) - Halyard Labs",
        "LOCATION:https://halyardlabs.zoom.us/j/84722019355?pwd=SGFseWFyZDIwMjY",
        "ORGANIZER;CN=Corinne Abbott:mailto:corinne.abbott@halyardlabs.com",
        "ATTENDEE;CN=Inês Carvalho;RSVP=TRUE:mailto:ines.carvalho@example.org",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Halyard Labs", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Mobile Engineer (React Native) at Halyard Labs",
              "2026-03-18 14:12:30", NYC, "<ghmail.48213377.20260318181230.a1c9@us.greenhouse-mail.io>", SENDGRID,
              extra=(("Reply-To", addr("Corinne Abbott", "corinne.abbott@halyardlabs.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(7), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T10:00:00Z", end="2026-10-26T10:45:00Z", contact="femke.devries@kanaalwerk.nl",
      company="Kanaalwerk", local="Mon 2026-10-26 11:00", local_end="2026-10-26 11:45", zone="Europe/Amsterdam",
      days=(("Mon", "2026-10-26"),),
      note="Workable invite: 'Monday, October 26, 2026, 11:00 CET (Europe/Amsterdam)', 'Duration: 45 minutes'. "
           "The EU left summer time on 25 Oct, so CET = UTC+1 and 11:00 = 10:00Z (10:00 in Lisbon); sent 21 Oct "
           "in CEST. Reply-To is a Workable relay; contact = the engineering lead's address in the body "
           "(also the ICS organizer).")
def _k07() -> bytes:
    body = t("""
        Hi Inês,

        Thank you for your interest in Kanaalwerk! We're happy to confirm your video interview for the Mobile Engineer (Kotlin Multiplatform) position.

        When: Monday, October 26, 2026, 11:00 CET (Europe/Amsterdam)
        Duration: 45 minutes
        Where: Google Meet - https://meet.google.com/kzh-pwtd-efa

        You'll be meeting Femke de Vries, our Engineering Lead for mobile. If you have any questions before the call, you can reach Femke directly at femke.devries@kanaalwerk.nl.

        Kind regards,
        The Kanaalwerk hiring team

        --
        Powered by Workable
        """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#212b36;max-width:600px">
        <p>Hi Inês,</p>
        <p>Thank you for your interest in Kanaalwerk! We're happy to confirm your video interview for the <strong>Mobile Engineer (Kotlin Multiplatform)</strong> position.</p>
        <table cellpadding="6" style="border:1px solid #dfe3e8;border-radius:4px">
        <tr><td style="color:#637381">When</td><td>Monday, October 26, 2026, 11:00 CET (Europe/Amsterdam)</td></tr>
        <tr><td style="color:#637381">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#637381">Where</td><td><a href="https://meet.google.com/kzh-pwtd-efa">Google Meet</a></td></tr>
        </table>
        <p>You'll be meeting Femke de Vries, our Engineering Lead for mobile. If you have any questions before the call, you can reach Femke directly at <a href="mailto:femke.devries@kanaalwerk.nl">femke.devries@kanaalwerk.nl</a>.</p>
        <p>Kind regards,<br>The Kanaalwerk hiring team</p>
        <p style="font-size:12px;color:#919eab">Powered by <a href="https://www.workable.com" style="color:#919eab">Workable</a></p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Workable//Workable Calendar//EN", "VERSION:2.0", "METHOD:REQUEST",
        VTZ_AMSTERDAM, "BEGIN:VEVENT", "UID:wk-evt-3f9a1c77e2@workable.com", "DTSTAMP:20261021T070312Z",
        "DTSTART;TZID=Europe/Amsterdam:20261026T110000", "DTEND;TZID=Europe/Amsterdam:20261026T114500",
        "SUMMARY:Interview Inês Carvalho / Kanaalwerk - Mobile Engineer (Kotlin Multiplatform)",
        "LOCATION:https://meet.google.com/kzh-pwtd-efa",
        "ORGANIZER;CN=Femke de Vries:mailto:femke.devries@kanaalwerk.nl",
        "ATTENDEE;CN=Inês Carvalho;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvalho@example.org",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Kanaalwerk", "noreply@candidates.workablemail.com"),
              "Interview with Kanaalwerk for Mobile Engineer (Kotlin Multiplatform)", "2026-10-21 09:03:26",
              "Europe/Amsterdam", "<20261021070326.1.8C3E2A90F1B7D645@candidates.workablemail.com>", MAILGUN,
              extra=(("Reply-To", "kanaalwerk+c7f21a90@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(8), family="personio", lang="pt-PT", interview=True, kind="scheduled",
      start="2026-04-02T10:00:00Z", end="2026-04-02T11:00:00Z", contact="catarina.moura@dourolab.pt",
      company="Dourolab", local="Thu 2026-04-02 11:00", local_end="2026-04-02 12:00", zone=LIS,
      days=(("Thu", "2026-04-02"),),
      note="Personio on-site interview invitation in Porto, date written '02.04.2026', '11:00 - 12:00 "
           "(Europe/Lisbon)'. Sent 26 March in WET; 2 April is WEST (UTC+1), so 10:00Z. Sender is a Personio "
           "no-reply; contact = the People partner's address in the body.")
def _k08() -> bytes:
    body = t("""
        Olá Inês Carvalho,

        Obrigado pela sua candidatura à posição de Flutter Developer na Dourolab.

        Temos todo o gosto em convidá-la para uma entrevista presencial no nosso escritório do Porto:

        Data: quinta-feira, 02.04.2026
        Hora: 11:00 - 12:00 (Europe/Lisbon)
        Morada: Rua do Almada 412, 3.º andar, 4050-032 Porto
        Entrevistadores: Catarina Moura (People & Culture), Ricardo Nogueira (CTO)

        Na receção, indique que vem para uma entrevista com a Catarina. Se precisar de alguma coisa, escreva para catarina.moura@dourolab.pt ou ligue para +351 222 000 418.

        Adicionar ao calendário: https://dourolab.jobs.personio.de/appointments/ics/9f2e6b41c0

        Com os melhores cumprimentos,
        Catarina Moura
        Dourolab, Lda.

        Esta mensagem foi enviada através do Personio em nome de Dourolab, Lda. Por favor não responda a este email.
        """)
    hs = head(addr("Dourolab", "noreply@personio.de"), "Convite para entrevista presencial – Flutter Developer",
              "2026-03-26 17:30:12", LIS, "<01070195d3b7a2c4-8e1f0d6a-77b3-4f25-9c81-0b5e2a6d4f93-000000@eu-central-1.amazonses.com>",
              SES.replace("eu-west-1", "eu-central-1"), extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(paras_html(body, "font-family:Arial,sans-serif;font-size:14px"))))


@mail(n(9), family="forward_self", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T14:00:00Z", end=None, contact="greg@fernbrookapps.com",
      company="Fernbrook Apps", local="Wed 2026-10-28 10:00", zone=NYC,
      days=(("Wed", "2026-10-28"), ("Fri", "2026-10-23")),
      note="The candidate forwards (from her other address) the hiring manager's 'confirmed for Wed 10/28 at 10am "
           "ET'. On 28 Oct the US is still on EDT (UTC-4, until 1 Nov) while Lisbon is already on WET, so "
           "14:00Z; her own note says 14h. 'about an hour' -> end null. Sender is the candidate, so contact = "
           "the hiring manager's address in the forwarded header.")
def _k09() -> bytes:
    body = t("""
        nota: 10h ET = 14h cá (nos EUA a hora só muda a 1/11)

        ---------- Mensagem encaminhada ---------
        De: Greg Halvorsen <greg@fernbrookapps.com>
        Data: sexta, 23/10/2026 à(s) 19:02
        Assunto: Re: Fernbrook – next steps
        Para: Inês Carvalho <inescarvalho.dev@example.com>


        Hi Ines,

        Great, Wed 10/28 at 10am ET works. Confirmed on my end - I'll send a Zoom link the day before. We'll chat about the iOS roadmap and go through a small live exercise; should take about an hour.

        Looking forward to it,
        Greg

        --
        Greg Halvorsen
        Head of Mobile, Fernbrook Apps
        Boston, MA

        On Fri, Oct 23, 2026 at 11:47 AM Inês Carvalho <inescarvalho.dev@example.com> wrote:
        > Hi Greg,
        > Thanks for the options. Wednesday 10/28 at 10am ET works best for me.
        > Best, Inês
        """)
    hs = head(addr(ME_NAME, ME_ALT), "Fwd: Re: Fernbrook – next steps", "2026-10-23 21:40:09", LIS,
              "<CAM7pXq0b3YtR9s1Lw4uK2nE8vZ5aJh6Dg@mail.gmail.com>", GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(10), family="human_prose", lang="pt-BR", interview=True, kind="scheduled",
      start="2026-11-19T13:00:00Z", end=None, contact="larissa.menezes@cajuina.com.br",
      company="Cajuína Tech", local="Thu 2026-11-19 10:00", zone="America/Sao_Paulo",
      days=(("Thu", "2026-11-19"),),
      note="Brazilian recruiter: 'quinta-feira (19/11), às 10h no horário de Brasília — 13h aí em Portugal'. "
           "São Paulo is UTC-3 all year (no DST since 2019), Lisbon WET in November: 13:00Z both ways. "
           "8bit UTF-8 plain text.")
def _k10() -> bytes:
    body = t("""
        Oi Inês, tudo bem?

        Passando pra confirmar nossa entrevista técnica na quinta-feira (19/11), às 10h no horário de Brasília — 13h aí em Portugal, certo?

        Vai ser pelo Google Meet: https://meet.google.com/fdu-kwna-xqm
        Participam o Caio (tech lead mobile) e eu. A ideia é bater um papo sobre arquitetura de apps em React Native e fazer um live coding curtinho, nada muito formal.

        Qualquer imprevisto é só me avisar por aqui ou no WhatsApp (+55 11 98765-4321).

        Abraço,
        Larissa Menezes
        Tech Recruiter | Cajuína Tech
        """)
    hs = head(addr("Larissa Menezes", "larissa.menezes@cajuina.com.br"),
              "Confirmação - entrevista técnica (Dev Mobile Sênior)", "2026-11-16 15:22:40", "America/Sao_Paulo",
              "<CAH3tKn8wQ1sV0pD6mB9zX4rE2fY7cLu5Jg@mail.gmail.com>", GMAIL)
    return message(hs, text(body, cte="8bit"))


@mail(n(11), family="smartrecruiters", lang="pt-PT", interview=True, kind="scheduled",
      start="2026-03-30T08:30:00Z", end="2026-03-30T09:30:00Z", contact=None,
      company="Tejo Seguros", local="Mon 2026-03-30 09:30", local_end="2026-03-30 10:30", zone=LIS,
      days=(("Mon", "2026-03-30"),),
      note="SmartRecruiters HTML-only (base64) confirmation: 'segunda-feira, 30 de março de 2026, 09:30 "
           "(GMT+01:00) Lisboa', 'Duração: 1 hora'. The day after Portugal moved to WEST, so 08:30Z; sent 24 March "
           "in WET. No human address anywhere (interviewers named only) -> contact null.")
def _k11() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="pt-PT"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Tejo Seguros</title></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 0">
        <table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff">
        <tr><td style="padding:20px 24px;background:#003b5c;color:#ffffff;font-family:Arial,sans-serif;font-size:20px">Tejo Seguros</td></tr>
        <tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#333333">
        <p>Olá Inês,</p>
        <p>A sua entrevista para a posição <b>Mobile Developer (Android/Kotlin)</b> está confirmada.</p>
        <table cellpadding="6" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;border-top:1px solid #e0e0e0">
        <tr><td style="color:#777777;width:140px">Data e hora</td><td>segunda-feira, 30 de março de 2026, 09:30 (GMT+01:00) Lisboa</td></tr>
        <tr><td style="color:#777777">Duração</td><td>1 hora</td></tr>
        <tr><td style="color:#777777">Tipo</td><td>Presencial</td></tr>
        <tr><td style="color:#777777">Local</td><td>Av. da República 57, 1050-189 Lisboa &ndash; piso 4 (dirija-se à receção)</td></tr>
        <tr><td style="color:#777777">Entrevistadores</td><td>Paula Antunes (Recursos Humanos)<br>Nuno Brito (Head of Mobile)</td></tr>
        </table>
        <p>Por favor traga um documento de identificação. Caso não possa comparecer, utilize o botão abaixo para nos informar.</p>
        <p><a href="https://jobs.smartrecruiters.com/candidate/interview/3b7d1e9a-40f2-4c6b-9a85-e21f7c0d6b48" style="background:#0073b1;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Ver detalhes da entrevista</a></p>
        <p>Com os melhores cumprimentos,<br>Equipa de Recrutamento Tejo Seguros</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#888888;background:#fafafa">Este email foi enviado por Tejo Seguros através da SmartRecruiters. Por favor não responda a este email.<br><a href="https://www.smartrecruiters.com/privacy-policy" style="color:#888888">Política de privacidade</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Tejo Seguros", "noreply@smartrecruiters.com"), "Tejo Seguros: confirmação da sua entrevista",
              "2026-03-24 11:05:33", "UTC", "<1711278333512.3b7d1e9a40f2@smartrecruiters.com>", SENDGRID)
    return message(hs, html(page, cte="base64"))


@mail(n(12), family="human_prose", lang="pt-PT", interview=True, kind="scheduled",
      start="2026-11-06T09:15:00Z", end=None, contact="tomas@figolabs.io",
      company="Figo Labs", local="Fri 2026-11-06 09:15", zone=LIS,
      days=(("Fri", "2026-11-06"), ("Mon", "2026-11-02")),
      note="Coffee chat with the hiring manager/CTO before the formal process: 'fica combinado: sexta (6/11) às "
           "9h15 no Café Aurora' for the Lead Mobile role — the candidate's own job interview in an informal "
           "shape. Lisbon WET in November, 09:15Z. Gmail reply on top of a quoted thread.")
def _k12() -> bytes:
    body = t("""
        Boa! Então fica combinado: sexta (6/11) às 9h15 no Café Aurora, Rua de São Bento 118. Eu levo o portátil caso queiras ver o que estamos a construir.

        É uma conversa informal sobre a vaga de Lead Mobile, nada de whiteboard 😄

        Abç,
        Tomás

        A segunda, 2/11/2026 à(s) 17:31, Inês Carvalho <ines.carvalho@example.org> escreveu:
        > Olá Tomás,
        >
        > Sexta de manhã dá-me jeito, antes das 10h30 se possível.
        >
        > Inês
        >
        > A segunda, 2/11/2026 à(s) 12:05, Tomás Vilaça <tomas@figolabs.io> escreveu:
        >> Olá Inês, obrigado pela candidatura! Antes de avançarmos com o processo formal, gostava de tomar um café contigo esta semana. Quinta ou sexta de manhã?
        >> Tomás (CTO, Figo Labs)
        """)
    hs = head(addr("Tomás Vilaça", "tomas@figolabs.io"), "Re: Figo Labs – café?", "2026-11-02 19:10:22", LIS,
              "<CAPz2vQ7mN3bKx8sJ1wY4tF0hR6uLe9Ac5D@mail.gmail.com>", GMAIL,
              extra=(("In-Reply-To", "<CAJq8mT9aQ0kL2wE5rT7yU1iO3pA@mail.gmail.com>"),
                     ("References", "<CAPz2vQ0aa7LmE4Tq1Nn6Zx3Rb8Yc2Wd@mail.gmail.com> "
                                    "<CAJq8mT9aQ0kL2wE5rT7yU1iO3pA@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(13), family="human_prose", lang="pt-PT", interview=True, kind="scheduled",
      start="2026-03-26T15:00:00Z", end=None, contact="helena.medeiros@acorlab.pt",
      company="Açorlab", local="Thu 2026-03-26 14:00", zone="Atlantic/Azores",
      days=(("Thu", "2026-03-26"),),
      note="Formal letter from an Azores employer, ISO-8859-1 quoted-printable: 'dia 26 de março (quinta-feira), "
           "pelas 14h00, hora dos Açores (15h00 em Portugal continental)'. Azores = UTC-1 in March (before the "
           "29 March change), so 15:00Z. 'cerca de uma hora' -> end null.")
def _k13() -> bytes:
    body = t("""
        Exma. Senhora
        Inês Carvalho,

        Na sequência da sua candidatura à vaga de Programador(a) Mobile (ref. AL-2026-07), vimos por este meio confirmar a entrevista, que fica agendada para o próximo dia 26 de março (quinta-feira), pelas 14h00, hora dos Açores (15h00 em Portugal continental).

        A entrevista decorrerá por videoconferência, através da plataforma Zoom:
        https://us06web.zoom.us/j/81230495512?pwd=QWN3b3JsYWIyMDI2
        ID da reunião: 812 3049 5512
        Senha: 553901

        Estarão presentes o Eng.º Paulo Furtado, diretor técnico, e a signatária. Prevê-se uma duração de cerca de uma hora.

        Solicitamos a confirmação da receção deste email.

        Com os melhores cumprimentos,

        Helena Medeiros
        Recursos Humanos
        Açorlab - Tecnologias de Informação, Lda.
        Rua Ernesto do Canto, 19 - 9500-312 Ponta Delgada
        Tel.: +351 296 000 174
        """)
    hs = head(addr("Helena Medeiros", "helena.medeiros@acorlab.pt", "iso-8859-1"),
              "Entrevista - Programador(a) Mobile - Açorlab", "2026-03-23 16:20:51", "Atlantic/Azores",
              "<000d01dcbae2$4f7a1c30$ee6e5490$@acorlab.pt>", "smtp.acorlab.pt (smtp.acorlab.pt [185.32.188.14])",
              charset="iso-8859-1", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(14), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-10-22T15:00:00Z", end="2026-10-22T15:45:00Z", contact="siobhan.keane@harbourlight.ie",
      company="Harbourlight", local="Thu 2026-10-22 16:00", local_end="2026-10-22 16:45", zone="Europe/Dublin",
      days=(("Thu", "2026-10-22"),),
      note="Lever confirmation from Dublin: '4:00pm – 4:45pm Irish Standard Time (GMT+01:00)' on 22 Oct — Irish "
           "summer time is called IST, UTC+1 until 25 Oct, so 15:00Z (16:00 in Lisbon, also on summer time). "
           "ICS in UTC. contact = Reply-To talent partner.")
def _k14() -> bytes:
    body = t("""
        Hi Inês,

        Your interview with Harbourlight for the Android Engineer position has been confirmed. Details below.

        Thursday, October 22, 2026
        4:00pm – 4:45pm Irish Standard Time (GMT+01:00)

        Interview: Hiring Manager Screen
        With: Declan Byrne (Engineering Manager)
        Location: https://harbourlight.zoom.us/j/93302118457

        A calendar invitation is attached. To request a change, simply reply to this email.

        Thanks,
        Siobhán Keane
        Talent Partner, Harbourlight
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-interview-0c4d7e21-9a3b-4f68-b5e0-d2a1c8f37b64
        DTSTAMP:20261016T121102Z
        DTSTART:20261022T150000Z
        DTEND:20261022T154500Z
        SUMMARY:Harbourlight: Hiring Manager Screen with Inês Carvalho
        LOCATION:https://harbourlight.zoom.us/j/93302118457
        ORGANIZER;CN=Siobhán Keane:mailto:siobhan.keane@harbourlight.ie
        ATTENDEE;CN=Inês Carvalho;RSVP=TRUE:mailto:ines.carvalho@example.org
        ATTENDEE;CN=Declan Byrne:mailto:declan.byrne@harbourlight.ie
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Harbourlight", "no-reply@hire.lever.co"), "Your interview with Harbourlight is confirmed",
              "2026-10-16 13:11:02", "Europe/Dublin", "<lever.0c4d7e21-9a3b-4f68.1760616662@hire.lever.co>",
              SENDGRID, extra=(("Reply-To", addr("Siobhán Keane", "siobhan.keane@harbourlight.ie")),))
    return message(hs, mixed(alt(text(body), html(paras_html(body, "font-family:Arial,sans-serif"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(15), family="linkedin", lang="pt-PT", interview=True, kind="scheduled",
      start="2026-03-17T11:00:00Z", end=None, contact=None,
      company="Minhotec", local="Tue 2026-03-17 11:00", zone=LIS,
      note="LinkedIn message notification quoting the recruiter: 'fica marcado para amanhã às 11h' with the Head "
           "of Mobile on Teams. 'amanhã' against the Date (Mon 16 March 09:12, Lisbon WET) = Tue 17 March "
           "11:00Z. Only LinkedIn no-reply addresses -> contact null.")
def _k15() -> bytes:
    msg = ("Bom dia Inês! Perfeito, fica marcado para amanhã às 11h. Liga-te o nosso Head of Mobile (Vasco Leite) "
           "por Teams, mando o link por aqui mais logo 👍")
    body = t("""
        Rui Fonseca
        Talent Acquisition Specialist na Minhotec

        {msg}

        Responder: https://www.linkedin.com/messaging/thread/2-YjQ0ZTk0NjItNmVhYi00MTAz/?trk=eml-email_message_notif

        ----------------------------------------

        Este email destina-se a Inês Carvalho (Mobile Developer | iOS · Android · Flutter)
        Saiba por que incluímos isto: https://www.linkedin.com/help/linkedin/answer/4788
        Está a receber notificações de mensagens. Anular subscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_messaging
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn é uma designação comercial registada da LinkedIn Corporation e das suas afiliadas nos Estados Unidos e/ou noutros países.
        """).replace("{msg}", msg)
    page = t("""
        <html><body style="background:#f3f2ef;margin:0">
        <table width="512" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:-apple-system,system-ui,Arial,sans-serif">
        <tr><td style="padding:16px"><img src="https://static.licdn.com/aero-v1/sc/h/9ehe7pudhzt0ufnnmlwqnbx4g" alt="LinkedIn" width="84"></td></tr>
        <tr><td style="padding:0 16px"><p style="font-size:16px;font-weight:600;margin:0">Rui Fonseca</p>
        <p style="font-size:14px;color:#666;margin:0">Talent Acquisition Specialist na Minhotec</p>
        <p style="font-size:14px;color:#1d2226">{msg}</p>
        <a href="https://www.linkedin.com/messaging/thread/2-YjQ0ZTk0NjItNmVhYi00MTAz/?trk=eml-email_message_notif" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Responder</a></td></tr>
        <tr><td style="padding:24px 16px;font-size:12px;color:#666">Este email destina-se a Inês Carvalho (Mobile Developer | iOS · Android · Flutter).<br>
        <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_messaging">Anular subscrição</a> · <a href="https://www.linkedin.com/help/linkedin/answer/4788">Ajuda</a><br>
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</td></tr>
        </table></body></html>
        """).replace("{msg}", _html.escape(msg))
    hs = head(addr("Rui Fonseca via LinkedIn", "messages-noreply@linkedin.com"), "Rui enviou-lhe uma nova mensagem",
              "2026-03-16 09:12:47", "UTC", "<1405113527.6128347.1773652367512@lor1-app41.prod.linkedin.com>",
              "mailb-ab.linkedin.com (mailb-ab.linkedin.com [108.174.3.211])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn>"),
                     ("X-LinkedIn-Class", "INMAIL-MSG"), ("X-LinkedIn-Template", "email_message_notif")))
    return message(hs, alt(text(body), html(page)))


@mail(n(16), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-03-31T08:00:00Z", end="2026-03-31T10:00:00Z", contact="katrin.engel@lindenblatt-mobility.de",
      company="Lindenblatt Mobility", local="Tue 2026-03-31 10:00", local_end="2026-03-31 12:00",
      zone="Europe/Berlin", days=(("Tue", "2026-03-31"),),
      note="Exchange meeting request for a final-round itinerary 10:00-12:00 Berlin time on 31 March (three "
           "blocks incl. a break): first start to last end. CEST (UTC+2) from 29 March, so 08:00Z-10:00Z; the "
           "recruiter adds '9:00 – 11:00 for you' (Lisbon WEST). Sent 25 March in CET. ICS TZID 'W. Europe "
           "Standard Time'. Same thread as the take-home (negative).")
def _k16() -> bytes:
    body = t("""
        Hi Inês,

        Thanks again for the take-home – the team really liked your offline-sync approach. Here is the invite for the final round on Tuesday, 31 March:

        10:00 – 11:00  System design (Jonas Brandt, Principal Engineer; Mei Lin, Android Lead)
        11:00 – 11:15  Break
        11:15 – 12:00  Team & values (Anja Weber, VP Engineering; me)

        All times are Berlin time (CEST – we switch to summer time on Sunday, and so does Lisbon, so it's 9:00 – 11:00 for you).

        Best regards,
        Katrin

        Katrin Engel
        Senior Recruiter | Lindenblatt Mobility GmbH
        Torstraße 140, 10119 Berlin
        """) + TEAMS_BLOCK.format(mid="ZTU5OWQ0ZjEtMmM3MS00YjBiLWE4ZGUtNzIwYzUxN2Q0M2Fl",
                                  tid="0a7e4c2d-51b3-4e98-9f1a-6c3d8b2e7f40", num="371 552 908 114", code="Lm4Ty8")
    ics = exchange_ics(
        method="REQUEST", tzid="W. Europe Standard Time", start="20260331T100000", end="20260331T120000",
        organizer=("Katrin Engel", "katrin.engel@lindenblatt-mobility.de"),
        attendees=[("REQ-PARTICIPANT", "Inês Carvalho", ME),
                   ("REQ-PARTICIPANT", "Jonas Brandt", "jonas.brandt@lindenblatt-mobility.de"),
                   ("REQ-PARTICIPANT", "Mei Lin", "mei.lin@lindenblatt-mobility.de"),
                   ("REQ-PARTICIPANT", "Anja Weber", "anja.weber@lindenblatt-mobility.de")],
        summary="Final round: Senior Mobile Engineer – Inês Carvalho", description=body, lang="en-US",
        uid="040000008200E00074C5B7101A82E00800000000D0B1A84F2EBADC01000000000000000010000000E7C3A91F0D6B2E4A8F15C27D93B4E06A",
        stamp="20260325T144710Z")
    hs = head(addr("Katrin Engel", "katrin.engel@lindenblatt-mobility.de"),
              "Final round: Senior Mobile Engineer – Inês Carvalho", "2026-03-25 15:47:10", "Europe/Berlin",
              "<FR3P281MB18421E0B7C4A9D2F6E8B3C15A7@FR3P281MB1842.DEUP281.PROD.OUTLOOK.COM>",
              O365.replace("db8eur05", "fra01"),
              extra=(*exchange_headers("Final round: Senior Mobile Engineer – Inês Carvalho",
                                       "AdyXb3Km1QzR8sVnT0eL5fY2wH9gPw==", "en-US"),))
    return message(hs, alt(text(body), html(paras_html(body)), calendar(ics, method="REQUEST", cte="base64")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="google_calendar", lang="pt-PT", interview=True, kind="rescheduled",
      start="2026-10-26T10:00:00Z", end="2026-10-26T11:00:00Z", contact="andre.leite@bracarasystems.pt",
      company="Bracara Systems", local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=LIS,
      days=(("Mon", "2026-10-26"), ("Fri", "2026-10-23")),
      note="Google Calendar 'Convite atualizado' (SEQUENCE:1): on-site final interview in Braga moved from Fri 23 "
           "Oct 14:00 (WEST) to Mon 26 Oct 10:00-11:00. Portugal is back on WET from 25 Oct, so 10:00Z. Both the "
           "old and the new time appear; start = new time. contact = organizer.")
def _k17() -> bytes:
    desc = ("Entrevista final presencial no nosso escritório de Braga com o Miguel Araújo (CEO) e a Sara Teixeira "
            "(Head of Engineering). Desculpa a troca de dia, Inês – o Miguel só regressa na segunda.")
    lines = [
        "Este evento foi alterado.",
        "",
        "Entrevista final – Bracara Systems",
        "Alterado: segunda-feira, 26 de outubro de 2026⋅10:00 – 11:00",
        "Antes: sexta-feira, 23 de outubro de 2026⋅14:00 – 15:00",
        "Hora da Europa Ocidental - Lisboa",
        "",
        "Local",
        "Bracara Systems, Av. da Liberdade 424, 4710-251 Braga",
        "Ver mapa: https://www.google.com/maps/search/Av.+da+Liberdade+424,+4710-251+Braga",
        "",
        "Organizador",
        "André Leite",
        "andre.leite@bracarasystems.pt",
        "",
        "Convidados",
        "André Leite - organizador",
        "Miguel Araújo",
        "Sara Teixeira",
        "ines.carvalho@example.org",
        "",
        "Responder para ines.carvalho@example.org",
        "Sim: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmhxN3B0ZmQ1b2c0&rst=1",
        "Não: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmhxN3B0ZmQ1b2c0&rst=2",
        "Talvez: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmhxN3B0ZmQ1b2c0&rst=3",
    ]
    plain = "\n".join(lines) + "\n\n" + desc + "\n" + GCAL_FOOTER
    ics = gcal_ics(uid="2hq7ptfd5og4k1b9s3e0v6m8ra@google.com", summary="Entrevista final – Bracara Systems",
                   start="20261026T100000", end="20261026T110000",
                   organizer=("André Leite", "andre.leite@bracarasystems.pt"),
                   guests=[("André Leite", "andre.leite@bracarasystems.pt"),
                           ("Miguel Araújo", "miguel.araujo@bracarasystems.pt"),
                           ("Sara Teixeira", "sara.teixeira@bracarasystems.pt"), ("ines.carvalho@example.org", ME)],
                   description=desc, stamp="20261021T163218Z", created="20261014T091502Z", sequence=1,
                   location="Bracara Systems, Av. da Liberdade 424, 4710-251 Braga")
    hs = head(addr("André Leite", "andre.leite@bracarasystems.pt"),
              "Convite atualizado: Entrevista final – Bracara Systems @ seg 26 out 2026 10:00 - 11:00 (WET) "
              "(ines.carvalho@example.org)", "2026-10-21 16:32:18", "UTC",
              "<calendar-8e2f4b61-0d7c-4a93-b5e8-1c6f39a2d074@google.com>", GCAL,
              extra=(("Reply-To", addr("André Leite", "andre.leite@bracarasystems.pt")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return gcal_message(hs, plain, gcal_html(lines, desc), ics, "REQUEST")


@mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-03-30T13:30:00Z", end=None, contact="ben.ashworth@northgatetalent.co.uk",
      company="Harwell Energy", local="Mon 2026-03-30 14:30", zone=LON,
      days=(("Fri", "2026-03-27"), ("Mon", "2026-03-30")),
      note="UK agency recruiter: the client moved 'Friday's call' (27 March, 2.30pm UK = 14:30Z, quoted below) "
           "to 'Monday 30th, same time, 2.30pm UK'; he accepted on her behalf. The UK is on BST from 29 March, so "
           "the new slot is 13:30Z. contact = the agency recruiter (the client's manager has no address).")
def _k18() -> bytes:
    body = t("""
        Hi Ines,

        Quick one - Harwell have asked to move Friday's call with Rachel (Head of Engineering) to Monday 30th, same time, 2.30pm UK. You said Mondays are fine so I've accepted on your behalf, Rachel's sending an updated Teams invite.

        Shout if anything changes your end.

        Cheers,
        Ben

        Ben Ashworth
        Senior Consultant - Mobile & Web
        Northgate Talent | 020 7946 0312

        -----Original Message-----
        From: Ben Ashworth
        Sent: 23 March 2026 10:14
        To: 'Inês Carvalho' <ines.carvalho@example.org>
        Subject: Harwell Energy - Head of Eng call

        Hi Ines,

        Great news, you're confirmed with Rachel Hume, Harwell's Head of Engineering, this Friday (27th) at 2.30pm UK time on Teams. It's a 45 min conversation, mostly about the field-engineer app they're rebuilding in Flutter.

        Ben
        """)
    hs = head(addr("Ben Ashworth", "ben.ashworth@northgatetalent.co.uk"), "RE: Harwell Energy - Head of Eng call",
              "2026-03-25 17:05:33", LON, "<LO4P123MB6627B3E1F08C2D5A4E7B91C6D3@LO4P123MB6627.GBRP123.PROD.OUTLOOK.COM>",
              O365, extra=exchange_headers("Harwell Energy - Head of Eng call", "AQHcvE1N7y2Qb0d4RkWfJm3uXo8pZg=="))
    return message(hs, alt(text(body), html(paras_html(body))))


@mail(n(19), family="human_prose", lang="pt-PT", interview=True, kind="rescheduled",
      start="2026-11-02T16:00:00Z", end=None, contact="sofia.barros@invictamobile.pt",
      company="Invicta Mobile", local="Mon 2026-11-02 16:00", zone=LIS,
      days=(("Wed", "2026-10-28"), ("Mon", "2026-11-02")),
      note="Formal Portuguese reschedule ('adiar'): tomorrow's interview (Wed 28/10) 'passa para a próxima "
           "segunda-feira, dia 2 de novembro, à mesma hora (16h00)'. Lisbon WET, 16:00Z. windows-1252 "
           "quoted-printable, text + HTML.")
def _k19() -> bytes:
    body = t("""
        Cara Inês,

        Por motivos de agenda do nosso CTO, vimo-nos obrigados a adiar a entrevista prevista para amanhã, quarta-feira (28/10).

        A entrevista passa para a próxima segunda-feira, dia 2 de novembro, à mesma hora (16h00), com o mesmo link do Google Meet. Já atualizámos o convite no calendário.

        Pedimos desculpa pelo incómodo e agradecemos a compreensão.

        Com os melhores cumprimentos,

        Sofia Barros
        People Partner
        Invicta Mobile, S.A.
        Rua de Sá da Bandeira 651, 4000-437 Porto
        """)
    page = paras_html(body).replace("charset=utf-8", "charset=windows-1252")
    hs = head(addr("Sofia Barros", "sofia.barros@invictamobile.pt", "windows-1252"), "Entrevista – alteração de data",
              "2026-10-27 12:14:09", LIS, "<AS8PR04MB8391F2C7A0E14B9D6C53E8A07F@AS8PR04MB8391.eurprd04.prod.outlook.com>",
              O365, charset="windows-1252",
              extra=exchange_headers("Entrevista – alteração de data", "AdxGq7Bv3mR0n2TcQ5uLk8Wz1yE4hA==", "pt-PT"))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(20), family="ashby", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T14:30:00Z", end="2026-11-02T15:15:00Z", contact="jamal.okafor@copperline.com",
      company="Copperline", local="Mon 2026-11-02 09:30", local_end="2026-11-02 10:15", zone=NYC,
      days=(("Mon", "2026-11-02"), ("Thu", "2026-10-29")),
      note="Ashby reschedule: new time 'Monday, November 2, 2026 9:30 AM – 10:15 AM EST', previously Thu 29 Oct "
           "10:00 AM EDT. The US returned to EST (UTC-5) on 1 Nov, so 14:30Z (the old slot was 14:00Z). ICS "
           "SEQUENCE:1, TZID America/New_York. contact = Reply-To recruiter.")
def _k20() -> bytes:
    body = t("""
        Hi Inês,

        Your interview for Senior iOS Engineer has been rescheduled. Here are the updated details:

        NEW TIME
        Monday, November 2, 2026
        9:30 AM – 10:15 AM EST

        PREVIOUSLY
        Thursday, October 29, 2026 · 10:00 AM – 10:45 AM EDT

        Interview: Product & Technical Discussion
        Interviewer: Lauren Pike (Director of Engineering)
        Location: Google Meet – https://meet.google.com/mtb-ouyz-ksh

        An updated calendar invite is attached. If the new time doesn't work, reply to this email to reach Jamal.

        Thanks,
        Copperline Recruiting
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ["America/New_York"], "BEGIN:VEVENT", "UID:2f8d61c0-7b3e-4a59-a0c4-9e15d73b28f1",
        "DTSTAMP:20261027T175031Z", "DTSTART;TZID=America/New_York:20261102T093000",
        "DTEND;TZID=America/New_York:20261102T101500", "SEQUENCE:1",
        "SUMMARY:Copperline – Senior iOS Engineer Interview (Inês Carvalho)",
        "LOCATION:https://meet.google.com/mtb-ouyz-ksh",
        "ORGANIZER;CN=Jamal Okafor:mailto:jamal.okafor@copperline.com",
        "ATTENDEE;CN=Inês Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvalho@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Copperline", "no-reply@ashbyhq.com"), "Updated: your interview with Copperline has been rescheduled",
              "2026-10-27 13:50:31", NYC, "<010001929f1a3b7c-4e2d8a61-0c5b-47f9-b3e2-6d90a1c7f458-000000@email.amazonses.com>",
              SES.replace("eu-west-1", "us-east-1"),
              extra=(("Reply-To", addr("Jamal Okafor", "jamal.okafor@copperline.com")),))
    return message(hs, mixed(alt(text(body), html(paras_html(body, "font-family:Inter,Arial,sans-serif"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# =========================================================================== positives: cancelled


@mail(n(21), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-04-02T14:00:00Z", end="2026-04-02T15:00:00Z", contact="harriet.cole@sablefinch.co.uk",
      company="Sable & Finch", local="Thu 2026-04-02 15:00", local_end="2026-04-02 16:00", zone=LON,
      note="Exchange 'Canceled:' meeting (METHOD:CANCEL, STATUS:CANCELLED): the role was put on hold. The body "
           "only says 'Thursday's technical interview'; the slot is in the ICS, 15:00-16:00 'GMT Standard Time' "
           "on 2 April = BST, so 14:00Z. contact = organizer.")
def _k21() -> bytes:
    body = t("""
        Hi Inês,

        I'm really sorry to cancel Thursday's technical interview at such short notice. Following a reorganisation last week, the iOS Engineer role has been put on hold and we're pausing all interviews for it.

        I'll get in touch straight away if it reopens – and thank you for your time so far, including the Codility test.

        Kind regards,
        Harriet

        Harriet Cole
        Talent Acquisition Lead | Sable & Finch
        """)
    ics = exchange_ics(
        method="CANCEL", tzid="GMT Standard Time", start="20260402T150000", end="20260402T160000",
        organizer=("Harriet Cole", "harriet.cole@sablefinch.co.uk"),
        attendees=[("REQ-PARTICIPANT", "Inês Carvalho", ME),
                   ("REQ-PARTICIPANT", "Owen Price", "owen.price@sablefinch.co.uk")],
        summary="Canceled: Technical interview – Inês Carvalho (iOS)", description=body, status="CANCELLED",
        sequence=1, importance=2,
        uid="040000008200E00074C5B7101A82E008000000003C5E0B7A11B8DC01000000000000000010000000A2F7D4C19B3E5F4D8C60E1B97A2D5C3F",
        stamp="20260330T075540Z")
    hs = head(addr("Harriet Cole", "harriet.cole@sablefinch.co.uk"), "Canceled: Technical interview – Inês Carvalho (iOS)",
              "2026-03-30 08:55:40", LON, "<CWLP265MB5187D0A3C6B14E9F27E8D5A1C0@CWLP265MB5187.GBRP265.PROD.OUTLOOK.COM>",
              O365, extra=(("Importance", "high"), ("X-Priority", "1"),
                           *exchange_headers("Technical interview – Inês Carvalho (iOS)",
                                             "AdzCq9m0Z7N2lUu4Q8yTgH1bR5vKxQ==")))
    return message(hs, alt(text(body), html(paras_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="pt-PT", interview=True, kind="cancelled",
      start="2026-10-22T14:00:00Z", end=None, contact="filipa.santos@altamira-it.pt",
      company="Altamira IT Consulting", local="Thu 2026-10-22 15:00", zone=LIS,
      days=(("Thu", "2026-10-22"),),
      note="Consultancy recruiter: 'vamos ter de desmarcar a entrevista de amanhã (quinta, às 15h)' — the client "
           "froze hiring. Sent Wed 21 Oct; the quoted original confirmed 'quinta-feira, dia 22/10, às 15h00'. "
           "Lisbon still on WEST (UTC+1) until 25 Oct, so the cancelled slot is 14:00Z.")
def _k22() -> bytes:
    body = t("""
        Olá Inês,

        Lamento imenso, mas vamos ter de desmarcar a entrevista de amanhã (quinta, às 15h). O cliente decidiu congelar a contratação para este projeto até ao início do próximo ano.

        Peço desculpa pelo incómodo e pelo tempo que dedicou ao processo. Assim que surgir uma oportunidade semelhante, serei a primeira a contactá-la.

        Cumprimentos,
        Filipa Santos
        Recruitment Consultant
        Altamira IT Consulting
        Tel. +351 213 000 221

        -----Mensagem Original-----
        De: Filipa Santos
        Enviada: 15 de outubro de 2026 16:40
        Para: ines.carvalho@example.org
        Assunto: Entrevista Altamira IT – Mobile Developer

        Olá Inês,

        Conforme falámos por telefone, confirmo a entrevista para quinta-feira, dia 22/10, às 15h00, nas nossas instalações (Av. Fontes Pereira de Melo 35, 7.º piso, Lisboa). Estará presente o gestor de projeto do cliente.

        Cumprimentos,
        Filipa
        """)
    hs = head(addr("Filipa Santos", "filipa.santos@altamira-it.pt"), "RE: Entrevista Altamira IT – Mobile Developer",
              "2026-10-21 10:02:55", LIS, "<PAXPR08MB6750C4E1A29B3D7F0E5A86C2B1@PAXPR08MB6750.eurprd08.prod.outlook.com>",
              O365, extra=exchange_headers("Entrevista Altamira IT – Mobile Developer",
                                           "AQHcQnL2d8TgqL0m2EypY4c6W1sUfA==", "pt-PT"))
    return message(hs, alt(text(body), html(paras_html(body))))


@mail(n(23), family="google_calendar", lang="pt-PT", interview=True, kind="cancelled",
      start="2026-11-23T11:00:00Z", end="2026-11-23T11:45:00Z", contact="beatriz.lopes@gaivotagames.pt",
      company="Gaivota Games", local="Mon 2026-11-23 11:00", local_end="2026-11-23 11:45", zone=LIS,
      note="Google Calendar 'Evento cancelado' (METHOD:CANCEL) with the organizer's note that the job was filled "
           "internally. Slot 'seg 23 nov 2026 11:00 - 11:45 (WET)' = 11:00Z. contact = organizer.")
def _k23() -> bytes:
    note = ("Olá Inês, peço desculpa mas temos de cancelar: a vaga acabou por ser preenchida internamente. "
            "Obrigada pela disponibilidade! Beatriz")
    lines = [
        "Este evento foi cancelado e removido do seu calendário.",
        "",
        "Entrevista – Gaivota Games (Mobile/Unity)",
        "segunda-feira, 23 de novembro de 2026⋅11:00 – 11:45",
        "Hora da Europa Ocidental - Lisboa",
        "",
        "Organizador",
        "Beatriz Lopes",
        "beatriz.lopes@gaivotagames.pt",
        "",
        "Convidados",
        "Beatriz Lopes - organizador",
        "Rodrigo Cunha",
        "ines.carvalho@example.org",
    ]
    plain = note + "\n\n" + "\n".join(lines) + "\n" + GCAL_FOOTER
    ics = gcal_ics(uid="0c7u4ndm1f6qj2e8kb5s9pa3vh@google.com", summary="Entrevista – Gaivota Games (Mobile/Unity)",
                   start="20261123T110000", end="20261123T114500",
                   organizer=("Beatriz Lopes", "beatriz.lopes@gaivotagames.pt"),
                   guests=[("Beatriz Lopes", "beatriz.lopes@gaivotagames.pt"),
                           ("Rodrigo Cunha", "rodrigo.cunha@gaivotagames.pt"), ("ines.carvalho@example.org", ME)],
                   description="Entrevista com a equipa mobile (Unity + nativo).", stamp="20261116T174002Z",
                   created="20261110T101733Z", method="CANCEL", sequence=2, status="CANCELLED",
                   meet="https://meet.google.com/wne-ftgq-bar")
    hs = head(addr("Beatriz Lopes", "beatriz.lopes@gaivotagames.pt"),
              "Evento cancelado: Entrevista – Gaivota Games (Mobile/Unity) @ seg 23 nov 2026 11:00 - 11:45 (WET) "
              "(ines.carvalho@example.org)", "2026-11-16 17:40:02", "UTC",
              "<calendar-f41b2e7a-6c08-4d35-92ea-7b0d1c85e3f6@google.com>", GCAL,
              extra=(("Reply-To", addr("Beatriz Lopes", "beatriz.lopes@gaivotagames.pt")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return gcal_message(hs, plain, gcal_html(lines, note), ics, "CANCEL")


# =========================================================================== negatives


@mail(n(24), family="job_alert", lang="pt-PT", interview=False, company=None,
      note="Net-Empregos job alert (HTML only, windows-1252 quoted-printable); 'Entrevistas a decorrer esta "
           "semana' is an ad line, nothing is scheduled.")
def _k24() -> bytes:
    jobs = [
        ("Programador Android (M/F) – Lisboa", "Techforce Consulting", "Publicado hoje",
         "Integração imediata em projeto de retalho. Entrevistas a decorrer esta semana!"),
        ("Android Developer – Kotlin – Híbrido", "Sintra Digital Solutions", "Publicado hoje",
         "Procuramos developer com 3+ anos de experiência em Kotlin e Jetpack Compose."),
        ("Mobile Developer (Android/iOS) – Oeiras", "Grupo Horizonte", "Publicado ontem",
         "Desenvolvimento de apps para o setor segurador. Regime híbrido, 3 dias no escritório."),
        ("Programador(a) Flutter – 100% Remoto", "Nuvem Azul, Lda.", "Publicado ontem",
         "Startup em crescimento procura programador(a) Flutter. Salário competitivo."),
        ("Engenheiro de Software Mobile – Lisboa", "Banco Atlântida", "Há 2 dias",
         "Integração em equipa de canais digitais. Contrato sem termo."),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://www.net-empregos.com/'
        f'{9120345 + i}/" style="color:#0056a6;font-size:16px;font-weight:bold;text-decoration:none">'
        f"{_html.escape(title)}</a><br><span style=\"color:#333\">{_html.escape(co)}</span> &middot; "
        f"<span style=\"color:#888\">{when}</span><br><span style=\"color:#555\">{_html.escape(desc)}</span></td></tr>"
        for i, (title, co, when, desc) in enumerate(jobs))
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#0056a6;color:#fff;padding:14px;font-size:18px">Net-Empregos &raquo; Alerta de emprego</td></tr>
        <tr><td style="padding:14px 0">Olá Inês,<br><br>Encontrámos <b>12 novas ofertas</b> que correspondem ao seu alerta «programador android» em Lisboa.</td></tr>
        {rows}
        <tr><td style="padding:16px 0"><a href="https://www.net-empregos.com/pesquisa-empregos.asp?chaves=programador+android&amp;zona=1">Ver todas as 12 ofertas &raquo;</a></td></tr>
        <tr><td style="font-size:11px;color:#999;padding-top:20px">Recebe este email porque criou um alerta no Net-Empregos. <a href="https://www.net-empregos.com/alertas/gerir.asp">Gerir alertas</a> | <a href="https://www.net-empregos.com/alertas/cancelar.asp?id=5531882">Cancelar este alerta</a><br>Net-Empregos &ndash; o maior site de emprego em Portugal</td></tr>
        </table></body></html>
        """).replace("{rows}", rows)
    hs = head(addr("Net-Empregos", "alertas@net-empregos.com"), "Alerta Net-Empregos: 12 novas ofertas para «programador android»",
              "2026-10-19 07:00:12", LIS, "<20261019060012.5531882@net-empregos.com>",
              "mail.net-empregos.com (mail.net-empregos.com [194.117.40.58])", charset="windows-1252",
              extra=(("List-Unsubscribe", "<https://www.net-empregos.com/alertas/cancelar.asp?id=5531882>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, charset="windows-1252"))


@mail(n(25), family="application_ack", lang="pt-PT", interview=False, company="Vela Digital",
      note="ITJobs.pt application receipt; 'a empresa entra em contacto contigo para agendar uma entrevista' "
           "is conditional, no time.")
def _k25() -> bytes:
    body = t("""
        Olá Inês,

        A tua candidatura à oferta Mobile Developer (iOS) da Vela Digital foi enviada com sucesso.

        A partir de agora é a Vela Digital que gere o processo: se o teu perfil avançar, a empresa entra em contacto contigo diretamente para agendar uma entrevista.

        Resumo da candidatura
        Oferta: Mobile Developer (iOS) – ref. 482913
        Empresa: Vela Digital
        Local: Lisboa (híbrido, 2 dias/semana no escritório)
        Enviada em: 10/03/2026 22:14
        CV: Ines_Carvalho_CV_2026.pdf

        Podes acompanhar o estado das tuas candidaturas em https://www.itjobs.pt/conta/candidaturas

        Boa sorte!
        Equipa ITJobs.pt
        """)
    hs = head(addr("ITJobs.pt", "noreply@itjobs.pt"), "Candidatura enviada: Mobile Developer (iOS) – Vela Digital",
              "2026-03-10 22:14:31", LIS, "<0102018e2a6f9b1c-a7d3e0f2-5b18-4c6e-8f39-2d71b0c4e5a6-000000@eu-west-1.amazonses.com>",
              SES)
    return message(hs, alt(text(body), html(paras_html(body, "font-family:Arial,sans-serif;font-size:14px"))))


@mail(n(26), family="application_status", lang="en", interview=False, company="Quokka Systems",
      note="Landing.jobs status update (HTML only, base64): moved to the 'Interview' stage, the company 'will reach "
           "out to schedule'. Nothing fixed.")
def _k26() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f5f7fa;font-family:'Open Sans',Arial,sans-serif;color:#2d3748">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
        <tr><td style="padding:24px 32px"><img src="https://assets.landing.jobs/email/logo.png" alt="Landing.jobs" height="28"></td></tr>
        <tr><td style="padding:0 32px 24px;font-size:15px;line-height:23px">
        <h2 style="font-size:20px">Good news, Inês! 🎉</h2>
        <p>Quokka Systems reviewed your application for <b>Senior Flutter Developer (Remote – EU)</b> and moved it to the <b>Interview</b> stage.</p>
        <h3 style="font-size:16px">What happens next?</h3>
        <p>The Quokka Systems team will reach out in the coming days to schedule your first interview. Keep an eye on your inbox (and your spam folder, just in case).</p>
        <h3 style="font-size:16px">Process overview</h3>
        <ol><li>Screening call with Talent (30 min)</li><li>Technical interview (60 min)</li><li>Final interview with the CTO</li></ol>
        <p>Salary range: €60k – €72k gross/year</p>
        <p><a href="https://landing.jobs/applications/771203" style="background:#00c4b3;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">See your application</a></p>
        <p>Good luck!<br>The Landing.jobs Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#a0aec0">Landing.jobs · Rua Castilho 5, Lisboa · <a href="https://landing.jobs/settings/notifications" style="color:#a0aec0">Email preferences</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Landing.jobs", "no-reply@landing.jobs"), "Your application to Quokka Systems moved forward 🎉",
              "2026-10-05 15:02:48", LIS, "<6a0f3c2e.1c69fb81.4d2e.9a7f@mail.landing.jobs>", SENDGRID)
    return message(hs, html(page, cte="base64"))


@mail(n(27), family="rejection", lang="pt-PT", interview=False, company="Portomar Software",
      days=(("Wed", "2026-10-28"),),
      note="Rejection after the technical interview of Wed 28 Oct (the Google Calendar invite earlier in this "
           "inbox); mentions a past interview date only.")
def _k27() -> bytes:
    body = t("""
        Olá Inês,

        Antes de mais, obrigada pela disponibilidade e pelo tempo que dedicou à entrevista técnica da passada quarta-feira, 28 de outubro. O Hugo gostou bastante da conversa.

        Depois de analisarmos todas as candidaturas, decidimos avançar com um perfil com mais experiência em Jetpack Compose em produção. Não foi uma decisão fácil.

        Gostaríamos de manter o seu contacto para futuras oportunidades, se concordar.

        Com os melhores cumprimentos,
        Rita Sousa
        Talent Acquisition | Portomar Software
        """)
    hs = head(addr("Rita Sousa", "rita.sousa@portomar.pt"), "Processo de recrutamento – Android Developer",
              "2026-11-10 14:30:17", LIS, "<CAE9yR3kTq7Nw1xP0sL5vM8bZ2cH4jU6gD@mail.gmail.com>", GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(28), family="offer", lang="en", interview=False, company="Kestrel & Vane",
      days=(("Fri", "2026-11-13"), ("Mon", "2027-01-04")),
      note="Job offer after the interviews (same recruiter as the Exchange invite); reply deadline and start date, "
           "optional booking link for a call. PDF letter attached.")
def _k28() -> bytes:
    body = t("""
        Hi Inês,

        I'm delighted to let you know that we'd like to offer you the role of Senior iOS Engineer at Kestrel & Vane! Everyone you met was impressed, especially with the code review session.

        Headlines (full details in the attached letter):
        - Salary: £88,000 + 10% target bonus
        - Fully remote from Portugal via our EOR partner, with quarterly trips to London
        - Proposed start date: Monday 4 January 2027

        Could you let us know by Friday 13 November whether you'd like to accept? If it helps to talk anything through, grab 30 minutes with me or Tom here: https://outlook.office.com/bookwithme/user/5c1e8a02b7f34d6c9e0a@kestrelvane.co.uk?anonymous

        Congratulations again,
        Oliver

        Oliver Pennington | Talent Acquisition Partner
        Kestrel & Vane | 20 Finsbury Circus, London EC2M 7EA
        """)
    hs = head(addr("Oliver Pennington", "oliver.pennington@kestrelvane.co.uk"),
              "Offer – Senior iOS Engineer at Kestrel & Vane", "2026-11-06 16:20:05", LON,
              "<LO2P265MB44713E9A0B2C7D5F1E4A8B6C0D@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>", O365,
              extra=exchange_headers("Offer – Senior iOS Engineer at Kestrel & Vane", "AdxwR4t2bE8Lq0hZ3nM7yV5cP1kGfA=="))
    return message(hs, mixed(alt(text(body), html(paras_html(body))),
                             pdf("Offer_Letter_Ines_Carvalho.pdf", "Offer letter")))


@mail(n(29), family="recruiter_outreach", lang="pt-PT", interview=False, company="Lusonear",
      note="Nearshore recruiter's cold outreach; asks which days/hours suit for a call, nothing fixed. Plain text, "
           "base64.")
def _k29() -> bytes:
    body = t("""
        Olá Inês, tudo bem?

        Chamo-me Cláudia e sou recrutadora na Lusonear, uma empresa de nearshore com escritórios em Braga e Lisboa. Encontrei o seu perfil no LinkedIn e acho que pode encaixar muito bem num projeto que temos com um cliente alemão da área da banca (app de mobile banking em Flutter, equipa de 8 pessoas, 100% remoto).

        Condições: contrato sem termo, 45-55k brutos/ano consoante experiência, seguro de saúde, equipamento à escolha.

        Teria disponibilidade para uma chamada de 15-20 minutos esta semana ou na próxima? Diga-me que dias e horas lhe dão mais jeito e eu adapto-me.

        Obrigada e bom trabalho,
        Cláudia Rebelo
        Tech Recruiter | Lusonear
        """)
    hs = head(addr("Cláudia Rebelo", "claudia.rebelo@lusonear.pt"),
              "Oportunidade Mobile (Flutter) – cliente alemão, 100% remoto", "2026-10-13 11:37:52", LIS,
              "<CAKv5bN2rT8qW0zL3mX6yP1sJ9cF4hE7dA@mail.gmail.com>", GMAIL)
    return message(hs, text(body, cte="base64"))


@mail(n(30), family="scheduling_link", lang="en", interview=False, company="Tallgrass Mobile",
      note="Recruiter's 'grab any slot' Calendly link before the intro call; no time chosen yet (the Calendly "
           "confirmation that followed is a positive).")
def _k30() -> bytes:
    body = t("""
        Hi Inês,

        Thanks for applying for the Mobile Engineer role at Tallgrass! I'd love to set up a 30-minute intro call to tell you more about the team and hear about what you're looking for.

        Please grab any slot that suits you here - the calendar shows times in your own time zone:
        https://calendly.com/dana-whitfield-tallgrass/intro-mobile

        Talk soon,
        Dana

        Dana Whitfield
        Technical Recruiter | Tallgrass Mobile
        Denver, CO (remote-first)
        """)
    hs = head(addr("Dana Whitfield", "dana.whitfield@tallgrassmobile.com"), "Tallgrass Mobile - let's find a time to chat",
              "2026-03-12 10:05:19", "America/Denver", "<CAL4mQ8tN1xV7bR2sK0wZ5pY3cJ9hF6eDg@mail.gmail.com>", GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="slot_proposal", lang="pt-PT", interview=False, company="Ponte Nearshore",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
      note="Two slots proposed ('quinta-feira, 12/11, às 14h30' or 'sexta-feira, 13/11, às 10h00'), 'Qual "
           "prefere?'. Not agreed yet; the recruiter's 'Combinado' reply later in the thread is the positive.")
def _k31() -> bytes:
    body = t("""
        Olá Inês,

        Boas notícias: o cliente (uma fintech em Munique) gostou muito do seu CV e quer avançar para a entrevista técnica com o Tech Lead.

        Tenho estas opções:
        - quinta-feira, 12/11, às 14h30
        - sexta-feira, 13/11, às 10h00
        (hora de Lisboa, por Teams, ~1h)

        Qual prefere? Assim que me disser, envio o convite.

        Cumprimentos,
        Marta Gouveia
        Talent Acquisition | Ponte Nearshore
        +351 912 345 678 | www.pontenearshore.pt
        """)
    hs = head(addr("Marta Gouveia", "marta.gouveia@pontenearshore.pt"), "Entrevista cliente – Android (remoto)",
              "2026-11-06 17:52:40", LIS, "<DB9PR02MB73119F0D2A61C7E4B8D0F5C3A2@DB9PR02MB7311.eurprd02.prod.outlook.com>",
              O365, extra=exchange_headers("Entrevista cliente – Android (remoto)", "AQHcUj0Lr2m3c7yX9EKp5Vx0m1nQbA==",
                                           "pt-PT"))
    return message(hs, alt(text(body), html(paras_html(body))))


@mail(n(32), family="take_home", lang="en", interview=False, company="Lindenblatt Mobility",
      days=(("Sun", "2026-03-22"),),
      note="Take-home challenge with a submission deadline 'Sunday, 22 March, 23:59 CET'; the final round is "
           "only to be scheduled later.")
def _k32() -> bytes:
    body = t("""
        Hi Inês,

        Great talking to you last week! As the next step we'd like you to do a short take-home challenge: a small offline-first mobile app (Android, iOS or KMP – your choice) that syncs a list of charging stations from a mock API.

        Repo and brief: https://github.com/lindenblatt-hiring/mobile-take-home (please fork it privately)
        Expected effort: 3–4 hours – please don't spend more than that.
        Deadline: Sunday, 22 March, 23:59 CET

        Once you've submitted, we'll review it within two working days and, if all goes well, schedule the final round with the team.

        Best regards,
        Katrin

        Katrin Engel
        Senior Recruiter | Lindenblatt Mobility GmbH
        Torstraße 140, 10119 Berlin
        """)
    hs = head(addr("Katrin Engel", "katrin.engel@lindenblatt-mobility.de"), "Lindenblatt Mobility – take-home challenge",
              "2026-03-16 11:20:03", "Europe/Berlin",
              "<FR3P281MB1842A7C0E3D91B5F4C26E8D0B9@FR3P281MB1842.DEUP281.PROD.OUTLOOK.COM>",
              O365.replace("db8eur05", "fra01"),
              extra=exchange_headers("Lindenblatt Mobility – take-home challenge", "AdyVe0pR5cT2nQ8mL1xK7wB4zY6uHg==",
                                     "en-US"))
    return message(hs, alt(text(body), html(paras_html(body))))


@mail(n(33), family="assessment", lang="en", interview=False, company="Sable & Finch",
      note="Codility test invitation: 90-minute timed test, invitation valid until 16 March; no interview time.")
def _k33() -> bytes:
    body = t("""
        Hello Inês Carvalho,

        Sable & Finch has invited you to take a Codility test as part of your application for iOS Engineer.

        Test duration: 90 minutes (the timer starts when you open the first task)
        Invitation valid until: 16 March 2026, 23:59 UTC

        Start test: https://app.codility.com/test/TSTQ7KX-M2B/

        Before you start:
        - Use a stable internet connection and the latest Chrome or Firefox.
        - You can try a demo task first.
        - Tasks can be solved in Swift, Kotlin, Java, Python and more.

        Good luck!
        The Codility Team, on behalf of Sable & Finch
        """)
    hs = head(addr("Sable & Finch via Codility", "no-reply@codility.com"), "Sable & Finch invites you to take a test",
              "2026-03-09 09:30:44", "UTC", "<20260309093044.7a1f3c0e9b2d@codility.com>", SENDGRID,
              extra=(("Reply-To", "support@codility.com"),))
    return message(hs, alt(text(body), html(paras_html(body, "font-family:Arial,sans-serif"))))


@mail(n(34), family="non_interview_calendar", lang="pt-PT", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Dentist appointment confirmation (iso-8859-15 QP text) with an ICS: a confirmed time, not an "
           "interview.")
def _k34() -> bytes:
    body = t("""
        Exma. Sra. D. Inês Carvalho,

        Confirmamos a sua consulta de Higiene Oral com a Dra. Mafalda Pires:

        Data: terça-feira, 3 de novembro de 2026
        Hora: 10h30
        Local: Av. João XXI 62, 1000-304 Lisboa

        Em caso de impossibilidade, agradecemos que nos avise com 24 horas de antecedência (tel. 218 000 233).

        Com os melhores cumprimentos,
        A Receção
        Clínica Dentária do Areeiro
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Clinicsoft//Agenda 4.2//PT", "METHOD:PUBLISH", VTZ_LISBON,
        "BEGIN:VEVENT", "UID:consulta-88213-20261103@clinicadoareeiro.pt", "DTSTAMP:20261028T101500Z",
        "DTSTART;TZID=Europe/Lisbon:20261103T103000", "DTEND;TZID=Europe/Lisbon:20261103T111500",
        "SUMMARY:Consulta - Higiene Oral (Dra. Mafalda Pires)",
        "LOCATION:Clínica Dentária do Areeiro\\, Av. João XXI 62\\, Lisboa", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Clínica Dentária do Areeiro", "marcacoes@clinicadoareeiro.pt", "iso-8859-15"),
              "Confirmação de consulta - 03/11/2026 10:30", "2026-10-28 10:15:00", LIS,
              "<20261028101500.88213@clinicadoareeiro.pt>", "mail.clinicadoareeiro.pt (mail.clinicadoareeiro.pt [91.198.47.20])",
              charset="iso-8859-15")
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="consulta.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(35), family="non_interview_calendar", lang="pt-PT", interview=False, company=None,
      note="Google Calendar invitation (Portuguese UI) to a recurring daily stand-up of her current contract "
           "team; RRULE weekdays. Not an interview.")
def _k35() -> bytes:
    desc = "A partir de segunda o stand-up da equipa Mobile passa para as 9h45. 15 minutos, câmaras ligadas :)"
    lines = [
        "Daily stand-up – equipa Mobile",
        "Semanal de segunda a sexta-feira⋅09:45 – 10:00",
        "Hora da Europa Ocidental - Lisboa",
        "",
        "Participar com o Google Meet",
        "https://meet.google.com/sdu-mobi-lov",
        "",
        "Organizador",
        "Susana Quintela",
        "susana.quintela@ondaverde.pt",
        "",
        "Convidados",
        "Susana Quintela - organizador",
        "Equipa Mobile",
        "ines.carvalho@example.org",
    ]
    plain = desc + "\n\n" + "\n".join(lines) + "\n" + GCAL_FOOTER
    ics = gcal_ics(uid="7mobstandup9q2w3e4r5t6y7u8@google.com", summary="Daily stand-up – equipa Mobile",
                   start="20261102T094500", end="20261102T100000",
                   organizer=("Susana Quintela", "susana.quintela@ondaverde.pt"),
                   guests=[("Susana Quintela", "susana.quintela@ondaverde.pt"),
                           ("Equipa Mobile", "mobile@ondaverde.pt"), ("ines.carvalho@example.org", ME)],
                   description=desc, stamp="20261030T154410Z", rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                   meet="https://meet.google.com/sdu-mobi-lov")
    hs = head(addr("Susana Quintela", "susana.quintela@ondaverde.pt"),
              "Convite: Daily stand-up – equipa Mobile @ Semanal de segunda a sexta-feira de 09:45 a 10:00 (WET) "
              "(ines.carvalho@example.org)", "2026-10-30 15:44:10", "UTC",
              "<calendar-b3a90d2e-51f7-4c68-8e0b-2d4f7a1c96e5@google.com>", GCAL,
              extra=(("Reply-To", addr("Susana Quintela", "susana.quintela@ondaverde.pt")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return gcal_message(hs, plain, gcal_html(lines, desc), ics, "REQUEST")


@mail(n(36), family="non_interview_calendar", lang="pt-PT", interview=False, company=None,
      note="Outlook/Exchange recurring fortnightly 1:1 with her current manager at the client (TZID 'GMT Standard "
           "Time', RRULE). Not an interview.")
def _k36() -> bytes:
    body = t("""
        Olá Inês,

        Vamos passar o nosso 1:1 para quinta de 15 em 15 dias, às 17h, até ao fim do projeto. Falamos de objetivos, feedback e o que precisares.

        Abraço,
        Pedro
        """) + TEAMS_BLOCK.format(mid="YjJlNzE4ZDMtOWMwNi00ZjJhLTg1YjEtNGQ3YzFhOTBlMmI2",
                                  tid="4e8b1d7a-93c2-4f05-a6e1-7d0c3b9f2a58", num="392 007 615 248", code="Hq2Zs9")
    ics = exchange_ics(
        method="REQUEST", tzid="GMT Standard Time", start="20260326T170000", end="20260326T173000",
        organizer=("Pedro Alvim", "pedro.alvim@lumosaude.pt"),
        attendees=[("REQ-PARTICIPANT", "Inês Carvalho", ME)], summary="1:1 Inês / Pedro (quinzenal)",
        description=body, lang="pt-PT", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO",
        uid="040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC0100000000000000001000000048C7E2A91D0B3F4E6A85C1D7B3E09F24",
        stamp="20260320T114522Z")
    hs = head(addr("Pedro Alvim", "pedro.alvim@lumosaude.pt"), "1:1 Inês / Pedro (quinzenal)", "2026-03-20 11:45:22", LIS,
              "<AM9PR06MB7715C2D4E0A83F1B9E6D75A3C4@AM9PR06MB7715.eurprd06.prod.outlook.com>", O365,
              extra=exchange_headers("1:1 Inês / Pedro (quinzenal)", "AdyYf2Lm9Q0wR5tN3bX7cK1vE8zTgA==", "pt-PT"))
    return message(hs, alt(text(body), html(paras_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(37), family="personal_appointment", lang="pt-PT", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Estate agency confirms an apartment viewing on Saturday 14 November at 11h00; not an interview.")
def _k37() -> bytes:
    body = t("""
        Olá Inês,

        A sua visita ao imóvel ref. CL-30217 (T1 remodelado, Rua Marquesa de Alorna, Alvalade) está confirmada para sábado, 14 de novembro, às 11h00.

        O nosso consultor Hélder Matos (+351 936 000 812) estará à sua espera à porta do prédio. Traga, se possível, os últimos recibos de vencimento ou declaração de IRS, caso pretenda avançar com proposta.

        Se não puder comparecer, por favor avise com antecedência.

        Cumprimentos,
        Casa Lumiar Imobiliária – AMI 12345
        www.casalumiar.pt
        """)
    hs = head(addr("Casa Lumiar Imobiliária", "visitas@casalumiar.pt"),
              "Visita confirmada – T1 Rua Marquesa de Alorna, Alvalade", "2026-11-11 18:02:36", LIS,
              "<64f2a1c3e8b7.20261111180236@casalumiar.pt>", MAILGUN)
    return message(hs, alt(text(body), html(paras_html(body, "font-family:Arial,sans-serif"))))


@mail(n(38), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-26"),),
      note="Meetup RSVP confirmation for a Lisbon mobile meetup (talks + 'companies will be there hiring').")
def _k38() -> bytes:
    body = t("""
        You're going!

        Lisbon Mobile Devs
        #42: Flutter vs. Kotlin Multiplatform – a friendly showdown

        Thursday, March 26, 2026
        7:00 PM to 9:30 PM WET

        Startup Lisboa, Rua da Prata 121, Lisboa

        Talks:
        - "Shipping a KMP app to 1M users" – Rafael Couto
        - "Flutter in a bank: what nobody tells you" – Ana Vidal

        Followed by pizza and networking. Several companies will be there, and they're hiring!

        Add to calendar: https://www.meetup.com/lisbon-mobile-devs/events/303418872/ical/
        See event: https://www.meetup.com/lisbon-mobile-devs/events/303418872/

        You received this email because you RSVPed to this event.
        Unsubscribe: https://www.meetup.com/account/comm/?unsub=rsvp_confirmation
        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        """)
    hs = head(addr("Meetup", "info@email.meetup.com"),
              "You're going! Lisbon Mobile Devs #42: Flutter vs. Kotlin Multiplatform", "2026-03-19 20:11:07", "UTC",
              "<01000195b0c1e7a2-3d5f8b91-6e24-4a07-b1c3-9f82d0e4a657-000000@email.amazonses.com>",
              SES.replace("eu-west-1", "us-east-1"),
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/?unsub=rsvp_confirmation>"),))
    return message(hs, alt(text(body), html(paras_html(body, "font-family:Graphik,Arial,sans-serif"))))


@mail(n(39), family="webinar", lang="pt-PT", interview=False, company=None,
      note="Zoom webinar registration titled 'Entrevista com a CTO da Gaivota Games' with an ICS: a public talk, "
           "not the candidate's interview.")
def _k39() -> bytes:
    title = "Entrevista com a CTO da Gaivota Games – como escalar equipas mobile"
    body = t(f"""
        Olá Inês,

        Obrigado pela sua inscrição em "{title}".

        Data e hora: 21 out. 2026 06:00 PM Lisboa

        Participe a partir de um PC, Mac, iPad, iPhone ou dispositivo Android:
        Clique aqui para participar: https://us02web.zoom.us/w/84211703381?tk=Q0xK_ines
        Nota: este link não deve ser partilhado com outras pessoas; é exclusivo para si.
        Código de acesso: 221047

        Adicionar ao calendário: Google Calendar | Outlook (.ics) | Yahoo Calendar

        ID do webinar: 842 1170 3381

        Organizado por: Comunidade Mobile PT
        Pode cancelar a sua inscrição a qualquer momento.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", "DTSTAMP:20261014T170922Z", "DTSTART:20261021T170000Z",
        "DTEND:20261021T180000Z", f"SUMMARY:{esc(title)}", "UID:20261014T170922Z-84211703381@fe80::zoom",
        "DESCRIPTION:Participar: https://us02web.zoom.us/w/84211703381?tk=Q0xK_ines",
        "LOCATION:https://us02web.zoom.us/w/84211703381?tk=Q0xK_ines", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Comunidade Mobile PT", "no-reply@zoom.us"), f"Confirmação de inscrição: {title}",
              "2026-10-14 18:09:22", LIS, "<Q0xK_ines.84211703381.20261014170922@zoom.us>", SENDGRID,
              extra=(("Reply-To", "eventos@comunidademobile.pt"),))
    return message(hs, mixed(alt(text(body), html(paras_html(body, "font-family:Lato,Arial,sans-serif"))),
                             calendar(ics, method=None, cte="base64", filename="webinar.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(40), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Calendly confirmation of a paid mock technical interview with a career coach (same shape as a real "
           "Calendly interview booking); practice, not a job interview.")
def _k40() -> bytes:
    body = t("""
        Hi Inês Carvalho,

        Your Mock Technical Interview (60 min) with Pedro Vaz at 06:30pm (Western European Time) on Thursday, March 19, 2026 is scheduled.

        Event Name:
        Mock Technical Interview (60 min)

        Date & Time:
        06:30pm - 07:30pm (Western European Time) on Thursday, March 19, 2026

        Location:
        Google Meet - https://meet.google.com/cmv-xzpa-jtr

        Payment:
        €60.00 paid via Stripe

        Questions:
        What would you like to practise?
        Mobile system design and behavioural questions in English - I have a final round coming up.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/e90d4a3c-27b1-4f85-8c6e-b15f0a7d2c93
        Reschedule: https://calendly.com/reschedulings/e90d4a3c-27b1-4f85-8c6e-b15f0a7d2c93

        Powered by Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:e90d4a3c-27b1-4f85-8c6e-b15f0a7d2c93@calendly.com", "DTSTAMP:20260313T213355Z",
        "DTSTART:20260319T183000Z", "DTEND:20260319T193000Z",
        "SUMMARY:Mock Technical Interview (60 min) between Pedro Vaz and Inês Carvalho",
        "LOCATION:https://meet.google.com/cmv-xzpa-jtr", "ORGANIZER;CN=Pedro Vaz:mailto:pedro@carreiramais.pt",
        "ATTENDEE;CN=Inês Carvalho;RSVP=TRUE:mailto:ines.carvalho@example.org", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Mock Technical Interview (60 min) with Pedro Vaz on Thursday, March 19, 2026",
              "2026-03-13 21:33:55", "UTC", "<0100018e3b2f9d4c-8a1e7c53-2f90-4b6d-a3e8-51c0d7f2b694-000000@email.amazonses.com>",
              SES, extra=(("Reply-To", addr("Pedro Vaz", "pedro@carreiramais.pt")),))
    return message(hs, mixed(alt(text(body), html(paras_html(body, "font-family:Helvetica,Arial,sans-serif"))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(41), family="podcast", lang="pt-BR", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Brazilian podcast host confirms the recording of an 'entrevista' with her (terça, 10/11, 16h de "
           "Brasília / 19h em Lisboa); not a job interview.")
def _k41() -> bytes:
    body = t("""
        Oi Inês!

        Tudo certo pra gravação do episódio sobre Kotlin Multiplatform na terça, 10/11, às 16h de Brasília (19h em Lisboa). A gente grava pelo Riverside, link aqui: https://riverside.fm/studio/bytes-e-cafe?t=8d1f2a

        Formato: entrevista de uns 50 minutos, bem descontraída. Vou te perguntar sobre sua trajetória, a app de marés open source e como é trabalhar remoto de Portugal pra empresas de fora.

        Dicas: fone com microfone, ambiente silencioso, e se puder grava o áudio local também.

        Valeu demais por topar!
        Thiago Prado
        Bytes & Café – podcast de tecnologia
        """)
    hs = head(addr("Thiago Prado", "thiago@bytesecafe.com.br"), "Gravação confirmada – Bytes & Café #87",
              "2026-11-04 10:48:12", "America/Sao_Paulo", "<CAB7nQ4sR0wT2yV8mK1xL5pZ3cJ6hF9eDb@mail.gmail.com>",
              GMAIL)
    return message(hs, text(body, cte="8bit"))


@mail(n(42), family="press", lang="pt-PT", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="A journalist confirms an interview with her about her open-source app for an article (quinta-feira, "
           "29/10, às 12h00, by phone); press, not a job interview.")
def _k42() -> bytes:
    body = t("""
        Olá Inês,

        Muito obrigado por ter aceitado. Fica então marcada a nossa entrevista para o artigo sobre a Marés (e sobre programadores portugueses que mantêm apps open-source no tempo livre) para quinta-feira, 29/10, às 12h00, por telefone. Ligo-lhe para o número que me indicou.

        Deve demorar uns 30 minutos. Se tiver capturas de ecrã ou números de downloads que possa partilhar, agradeço.

        Cumprimentos,
        Miguel Sarmento
        Jornalista | Diário Tecnológico
        """)
    hs = head(addr("Miguel Sarmento", "miguel.sarmento@diariotecnologico.pt"), "Entrevista – artigo sobre a app Marés",
              "2026-10-26 09:31:44", LIS, "<CAF2kP9sN4rT0wX6mV1yL8bZ3cJ5hQ7eDc@mail.gmail.com>", GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(43), family="interviewer_side", lang="pt-PT", interview=False, company=None,
      note="Google Calendar invitation (Portuguese UI) where she is the technical interviewer of a candidate at "
           "her current contract; a confirmed interview, but not hers as a candidate.")
def _k43() -> bytes:
    desc = ("Inês, obrigada por ajudares nesta! Vais ser a entrevistadora técnica do João (candidato a Android "
            "Developer). CV e scorecard no Teamtailor: https://ondaverde.teamtailor.com/app/candidates/5510293 – "
            "por favor preenche o scorecard até ao fim do dia.\n\nDaniela")
    lines = [
        "Entrevista técnica – João Pereira (candidato Android)",
        "terça-feira, 17 de novembro de 2026⋅15:00 – 16:00",
        "Hora da Europa Ocidental - Lisboa",
        "",
        "Participar com o Google Meet",
        "https://meet.google.com/ond-jpri-avz",
        "",
        "Organizador",
        "Daniela Faria",
        "daniela.faria@ondaverde.pt",
        "",
        "Convidados",
        "Daniela Faria - organizador",
        "ines.carvalho@example.org",
        "João Pereira",
    ]
    plain = desc + "\n\n" + "\n".join(lines) + "\n" + GCAL_FOOTER
    ics = gcal_ics(uid="1jp4ndrw8vq0c2e5xk7m3s9z6b@google.com",
                   summary="Entrevista técnica – João Pereira (candidato Android)",
                   start="20261117T150000", end="20261117T160000",
                   organizer=("Daniela Faria", "daniela.faria@ondaverde.pt"),
                   guests=[("Daniela Faria", "daniela.faria@ondaverde.pt"), ("ines.carvalho@example.org", ME),
                           ("João Pereira", "joao.pereira.dev@example.net")],
                   description=desc, stamp="20261112T103015Z", meet="https://meet.google.com/ond-jpri-avz")
    hs = head(addr("Daniela Faria", "daniela.faria@ondaverde.pt"),
              "Convite: Entrevista técnica – João Pereira (candidato Android) @ ter 17 nov 2026 15:00 - 16:00 (WET) "
              "(ines.carvalho@example.org)", "2026-11-12 10:30:15", "UTC",
              "<calendar-5d0e7b3a-c218-49f6-a7e1-93b0f4d26c85@google.com>", GCAL,
              extra=(("Reply-To", addr("Daniela Faria", "daniela.faria@ondaverde.pt")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return gcal_message(hs, plain, gcal_html(lines, desc), ics, "REQUEST")


@mail(n(44), family="reference_call", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-26"),),
      note="Confirmed reference call about a former colleague (she is the referee): Thursday 26 March at 4pm UK "
           "time. Not her interview.")
def _k44() -> bytes:
    body = t("""
        Hi Inês,

        Thanks so much for agreeing to be a referee for Sofia. Confirming our call on Thursday 26 March at 4pm UK time (which I believe is the same in Lisbon!). I'll ring you on the mobile number you sent - it should take no more than 15-20 minutes.

        I'll mainly ask about the projects you worked on together at Ondaverde and how Sofia works in a team.

        Best wishes,
        Lucy Marsh
        People Team, Brambleworks

        On Sun, 22 Mar 2026 at 20:41, Inês Carvalho <ines.carvalho@example.org> wrote:
        > Hi Lucy, happy to help. Thursday afternoon works, any time after 3pm.
        > Inês
        """)
    hs = head(addr("Lucy Marsh", "lucy.marsh@brambleworks.co.uk"), "Re: Reference for Sofia Lopes", "2026-03-23 09:14:28",
              LON, "<CAD1mR7sQ4wT9yN0kV2xL6pZ8cJ3hF5eBa@mail.gmail.com>", GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(45), family="auto_reply", lang="pt-PT", interview=False, company="Invicta Mobile",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the recruiter who rescheduled the Invicta "
           "interview; away until 6 November, no appointment.")
def _k45() -> bytes:
    body = t("""
        Olá,

        Obrigada pelo seu email. Estou ausente do escritório até dia 6 de novembro, com acesso limitado ao email.

        Para assuntos urgentes relacionados com processos de recrutamento, contacte por favor recrutamento@invictamobile.pt.

        Cumprimentos,
        Sofia Barros
        People Partner | Invicta Mobile
        """)
    hs = head(addr("Sofia Barros", "sofia.barros@invictamobile.pt"),
              "Resposta automática: Re: Entrevista – alteração de data", "2026-10-30 09:12:51", LIS,
              "<AS8PR04MB83910B7E2D4C19A5F6E3D8C1A0@AS8PR04MB8391.eurprd04.prod.outlook.com>", O365,
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAJq8mT4bX1nM7wQ2sL9vK0pZ5cR3hE6yD@mail.gmail.com>"),
                     *exchange_headers("Entrevista – alteração de data", "AdxGq7Bv3mR0n2TcQ5uLk8Wz1yE4hAAAB3xC",
                                       "pt-PT")))
    return message(hs, text(body))


@mail(n(46), family="bounce", lang="pt-PT", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Gmail delivery failure (multipart/report) for the candidate's own 'confirmo a entrevista de "
           "quinta-feira, 5/11, às 10h' sent to a misspelt domain; the original is attached. Her message never "
           "arrived, and it is her own text, not a confirmation to her.")
def _k46() -> bytes:
    orig_body = t("""
        Olá Tiago,

        Confirmo a entrevista de quinta-feira, 5/11, às 10h. Até lá!

        Obrigada,
        Inês
        """)
    orig = message([("From", ME_H), ("To", "tiago.ramos@miradouroapps.pt"),
                    ("Subject", "Re: Entrevista Miradouro Apps"), ("Date", date("2026-11-04 08:31:00", LIS)),
                    ("Message-ID", "<CAJq8mT7nW2xQ5sV0bL3kP9rZ1cM4hE8yF@mail.gmail.com>")],
                   text(orig_body))
    report = t("""
        ** Endereço não encontrado **

        A sua mensagem não foi entregue a tiago.ramos@miradouroapps.pt porque não foi possível encontrar o domínio miradouroapps.pt. Verifique se existem erros ortográficos ou espaços desnecessários e tente novamente.

        A resposta do servidor remoto foi:

        DNS Error: DNS type 'mx' lookup of miradouroapps.pt responded with code NXDOMAIN
        Domain name not found: miradouroapps.pt
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Wed, 04 Nov 2026 00:31:00 -0800 (PST)
        X-Original-Message-ID: <CAJq8mT7nW2xQ5sV0bL3kP9rZ1cM4hE8yF@mail.gmail.com>

        Final-Recipient: rfc822; tiago.ramos@miradouroapps.pt
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of miradouroapps.pt responded with code NXDOMAIN
        Last-Attempt-Date: Wed, 04 Nov 2026 00:31:02 -0800 (PST)
        """)
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
              "Delivery Status Notification (Failure)", "2026-11-04 08:31:02", LIS,
              "<6728a5e6.050a0220.3c1f7.9b2dSMTPIN_ADDED_DSN@mx.google.com>", GMAIL,
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, multipart("report", text(report),
                                 raw_part([("Content-Type", "message/delivery-status")], status),
                                 attached_message(orig), params="report-type=delivery-status"))


@mail(n(47), family="newsletter_tips", lang="pt-PT", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Substack newsletter about technical interview questions, with a live 'simulação de entrevista' "
           "workshop time; confirms nothing for her.")
def _k47() -> bytes:
    body = t("""
        As 12 perguntas que vais ouvir numa entrevista técnica mobile (e como responder)

        Olá! Esta semana falei com seis tech leads de Lisboa e do Porto sobre o que perguntam nas entrevistas de iOS e Android. Spoiler: quase ninguém pede para inverter uma árvore binária.

        1. "Explica o ciclo de vida de uma Activity / de uma View em SwiftUI."
        2. "Como guardavas dados offline e resolvias conflitos de sincronização?"
        3. "Conta-me um bug em produção de que te orgulhas de ter resolvido."
        ...

        O truque de sempre: responde com um exemplo concreto, não com a definição do livro.

        📅 Marca já na agenda: workshop ao vivo "Simulação de entrevista técnica" na quinta, 22/10, às 18h30 (hora de Lisboa), no YouTube. Gratuito para subscritores.

        Até para a semana,
        Joana Matos
        Carreira Dev

        Não quer receber mais? Cancelar subscrição: https://carreiradev.substack.com/action/disable_email
        """)
    hs = head(addr("Carreira Dev", "carreiradev@substack.com"),
              "As 12 perguntas que vais ouvir numa entrevista técnica mobile (e como responder)",
              "2026-10-20 08:00:41", LIS, "<20261020070041.3.b8e9f0a1c2d3e4f5@mg-d1.substack.com>", MAILGUN,
              extra=(("List-Unsubscribe", "<https://carreiradev.substack.com/action/disable_email>"),
                     ("List-Id", "<carreiradev.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras_html(body, "font-family:Georgia,serif;font-size:17px"))))


@mail(n(48), family="post_interview", lang="en", interview=False, company="Halyard Labs",
      days=(("Tue", "2026-03-24"),),
      note="Recruiter's reply to her thank-you note after the Greenhouse-scheduled interview; 'we'll get back to "
           "you by the end of next week', no new interview.")
def _k48() -> bytes:
    body = t("""
        Hi Inês,

        Thank you for the kind note, and for your time yesterday! Marcus and Aisha both enjoyed the conversation. The team is finishing the remaining interviews this week, and I'll get back to you with next steps by the end of next week at the latest.

        Best,
        Corinne

        On Tue, Mar 24, 2026 at 1:15 PM Inês Carvalho <ines.carvalho@example.org> wrote:
        > Hi Corinne,
        > Thank you for organising today's interview, I really enjoyed talking to Marcus and Aisha.
        > Best regards,
        > Inês
        """)
    hs = head(addr("Corinne Abbott", "corinne.abbott@halyardlabs.com"), "Re: Thank you – Halyard Labs",
              "2026-03-25 10:40:09", NYC, "<CAG8pS2tN5wR1xV7mK0yL4bZ9cJ3hQ6eDd@mail.gmail.com>", GMAIL)
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="application_withdrawn", lang="pt-PT", interview=False, company="Cegonha Logística",
      note="Teamtailor confirmation that she withdrew her application; 'a entrevista que estava por marcar foi "
           "anulada' never had a time.")
def _k49() -> bytes:
    body = t("""
        Olá Inês,

        Confirmamos que retirou a sua candidatura à vaga de Android Developer na Cegonha Logística. A entrevista que estava por marcar foi anulada e os seus dados serão tratados de acordo com a nossa política de privacidade.

        Obrigado pelo interesse e boa sorte para o futuro!

        Equipa Cegonha Logística

        --
        Enviado através de Teamtailor · https://www.teamtailor.com
        """)
    hs = head(addr("Cegonha Logística", "no-reply@teamtailor-mail.com"), "Candidatura retirada – Android Developer",
              "2026-11-18 12:06:50", LIS, "<8b3e1d0c7a2f4e9d5c61@teamtailor-mail.com>", MAILGUN)
    return message(hs, alt(text(body), html(paras_html(body, "font-family:Helvetica,Arial,sans-serif"))))


@mail(n(50), family="event_registration", lang="pt-PT", interview=False, company=None,
      days=(("Sat", "2026-03-21"),),
      note="Career-fair registration: 'sábado, 21 de março, das 10h00 às 18h00', companies do walk-in 10-minute "
           "interviews at their stands without booking; no interview of hers is scheduled.")
def _k50() -> bytes:
    body = t("""
        Olá Inês,

        A sua inscrição na Tech Jobs Porto 2026 está confirmada!

        Quando: sábado, 21 de março de 2026, das 10h00 às 18h00
        Onde: Alfândega do Porto, Rua Nova da Alfândega, Porto

        O que levar: alguns CVs impressos e o QR code abaixo (é o seu bilhete).

        Mais de 40 empresas vão estar a fazer entrevistas rápidas de 10 minutos ao longo do dia – não é preciso marcação, basta dirigir-se ao stand. Consulte a lista de empresas e vagas em https://techjobsporto.pt/empresas

        Bilhete: TJP26-004417

        Até sábado!
        Equipa Tech Jobs Porto
        """)
    hs = head(addr("Tech Jobs Porto", "inscricoes@techjobsporto.pt"), "Inscrição confirmada – Tech Jobs Porto 2026",
              "2026-03-12 13:25:30", LIS, "<TJP26-004417.1773321930@techjobsporto.pt>", SENDGRID)
    return message(hs, alt(text(body), html(paras_html(body, "font-family:Montserrat,Arial,sans-serif"))))
