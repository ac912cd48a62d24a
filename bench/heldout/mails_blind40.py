"""blind40: 50 hand-written mails from the inbox of a frontend developer in Berlin.

Inbox owner: Mira Kowalski <mira.kowalski@example.org> (old address m.kowalski@example.net, work
address at her current employer Nordstern Digital). Written blind (see blind40/README.md); the MIME
plumbing and the checks are make.py's, imported unchanged.

Keys 1-23 are positives, 24-50 negatives, in writing order; the file number of the k-th mail is
ORDER[k - 1], a fixed shuffle, so the numbering says nothing about the label.
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

SET = "blind40"
make.REGISTRY.setdefault(SET, [])
ORDER = random.Random(40040).sample(range(1, 51), 50)
_numbers = iter(ORDER)

ME = "mira.kowalski@example.org"
ME_OLD = "m.kowalski@example.net"
ME_WORK = "mira.kowalski@nordstern-digital.de"
ME_NAME = "Mira Kowalski"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def reg(**kw):
    """Register the next mail in writing order under its shuffled file number."""
    return mail(f"{SET}_{next(_numbers):03d}", **kw)


def _ident(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:11].upper()


def head(*, frm: str, subject: str, when: str, zone: str, mid: str, host: str, ip: str,
         to: str | None = None, cc: str | None = None, reply_to: str | None = None,
         sender: str | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8", rcpt: str = ME, lag: int = 4) -> list[tuple[str, str]]:
    """The header block as the owner's mail server stores it."""
    hs = [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {_ident(mid)}", rcpt, lag)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
    ]
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    if sender:
        hs.append(("Sender", sender))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid)]
    hs += list(extra)
    return hs


def cn(name: str) -> str:
    """A CN parameter value, quoted when it holds a comma, colon or semicolon."""
    return f'"{name}"' if any(c in name for c in ",;:") else name


def esc(s: str) -> str:
    """Plain text -> an RFC 5545 TEXT value."""
    s = t(s) if s.startswith("\n") else s
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .rstrip("\n").replace("\n", "\\n"))


TEAMS_DE = """\
________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Besprechungs-ID: {meeting_id}
Kennung: {code}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Infos<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>
Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId={tid}&threadId=19_meeting_{mid}@thread.v2&language=de-DE>
________________________________________________________________________________
"""


def teams_de(mid: str, tid: str, meeting_id: str, code: str) -> str:
    return TEAMS_DE.format(mid=mid, tid=tid, meeting_id=meeting_id, code=code)


def exchange_ics(*, method: str, uid: str, organizer: tuple[str, str], attendees: list[tuple[str, str]],
                 summary: str, description: str, start: str, end: str, stamp: str, location: str,
                 seq: int = 0, status: str = "CONFIRMED", lang: str = "de-DE", rrule: str | None = None,
                 busy: str = "TENTATIVE", teams: str | None = None) -> str:
    """An Exchange Online meeting request / cancellation (Windows zone name, 1601 anchors)."""
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}",
    ]
    for name, mail_to in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{mail_to}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [
        f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;TZID=W. Europe Standard Time:{start}",
        f"DTEND;TZID=W. Europe Standard Time:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(_ident(uid)[:7], 16)}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY" if method != "CANCEL" else "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1" if method != "CANCEL" else "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0" if not rrule else "X-MICROSOFT-CDO-INSTTYPE:1",
    ]
    if teams:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}")
        lines.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/")
    lines += [
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def gcal_ics(*, method: str, uid: str, organizer: tuple[str, str], guests: list[tuple[str, str, str]],
             summary: str, description: str, start: str, end: str, stamp: str, created: str,
             modified: str, seq: int = 0, status: str = "CONFIRMED", meet: str | None = None,
             location: str = "") -> str:
    """A Google Calendar invitation (one-off events are written in UTC)."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}",
        f"UID:{uid}",
    ]
    for name, mail_to, partstat in guests:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;"
                     f"CN={cn(name)};X-NUM-GUESTS=0:mailto:{mail_to}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    lines += [
        f"CREATED:{created}",
        f"DESCRIPTION:{esc(description)}",
        f"LAST-MODIFIED:{modified}",
        f"LOCATION:{esc(location)}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{esc(summary)}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines)


GCAL_FOOTER_DE = """\
Einladung von Google Kalender: https://calendar.google.com/calendar/

Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.

Wenn Sie keine Updates für diesen Termin mehr erhalten möchten, lehnen Sie ihn ab. Sie können auch unter https://calendar.google.com/calendar/ ein Google-Konto erstellen und Ihre Benachrichtigungseinstellungen für Ihren gesamten Kalender festlegen.

Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator eine Antwort senden, in die Gästeliste aufgenommen werden, andere Personen unabhängig vom eigenen Einladungsstatus einladen oder Ihre Antwort ändern. Weitere Informationen: https://support.google.com/calendar/answer/37135#forwarding
"""

GCAL_FOOTER_EN = """\
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.

To stop receiving future updates for this event, decline this event. You can also sign up for a Google Account at https://calendar.google.com/calendar/ and control your notification settings for your entire calendar.

Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


def gcal_html(plain: str) -> str:
    """A plain rendering of Google Calendar's HTML body: one paragraph per block, links clickable."""
    import html as _html
    import re

    blocks = plain.strip("\n").split("\n\n")
    out = ['<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '</head><body><div itemscope itemtype="http://schema.org/EmailMessage">'
           '<table role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif">']
    for b in blocks:
        esc_b = _html.escape(b)
        esc_b = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', esc_b)
        out.append('<tr><td style="padding-bottom:12px;color:#3c4043;font-size:14px">'
                   + esc_b.replace("\n", "<br>") + "</td></tr>")
    out.append("</table></div></body></html>")
    return "\n".join(out) + "\n"


def gcal_mail(hs: list[tuple[str, str]], plain: str, ics: str, method: str = "REQUEST") -> bytes:
    """Google Calendar's shape: mixed(alternative(plain, html, calendar), invite.ics)."""
    inner = alt(
        text(plain, cte="base64", params="format=flowed; delsp=yes"),
        html(gcal_html(plain)),
        calendar(ics, method=method, cte="base64"),
    )
    return message(hs, mixed(
        inner,
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


def pdf_stub(title: str) -> bytes:
    """A tiny one-page PDF, enough for a mail client to show an attachment icon."""
    body = (
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        f"4 0 obj<</Length {len(title) + 28}>>stream\nBT /F1 14 Tf 72 770 Td ({title}) Tj ET\nendstream endobj\n"
        "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
        "trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    return body.encode("latin-1")


def pdf_part(title: str, filename: str) -> make.Part:
    raw = base64.encodebytes(pdf_stub(title)).replace(b"\n", b"\r\n")
    return make.Part([("Content-Type", f'application/pdf; name="{filename}"'),
                      ("Content-Disposition", f'attachment; filename="{filename}"'),
                      ("Content-Transfer-Encoding", "base64")], raw)


# =========================================================================== positives (keys 1-23)


# key 1 -- Personio invitation, Munich scale-up, Sie-Form, Teams link pasted into the text
@reg(family="personio", lang="de", interview=True, kind="scheduled", company="Isarlicht GmbH",
     start="2026-03-17T09:00:00Z", end="2026-03-17T09:45:00Z", contact="franziska.huber@isarlicht.de",
     local="Tue 2026-03-17 10:00", local_end="2026-03-17 10:45", zone="Europe/Berlin",
     note="Personio invitation from a no-reply sender with a Personio relay as Reply-To; 'Dienstag, "
          "17.03.2026, 10:00 - 10:45 Uhr' in Munich, CET (before 29 March) -> 09:00Z-09:45Z; contact = the "
          "recruiter's address in the signature")
def k01() -> bytes:
    hs = head(
        frm=addr("Franziska Huber | Isarlicht GmbH", "no-reply@jobs.personio.de"),
        reply_to="isarlicht-gmbh-3f9c21a7@messages.personio.de",
        subject="Einladung zum Vorstellungsgespräch – Frontend Developer (m/w/d)",
        when="2026-03-11 14:07:31", zone="Europe/Berlin",
        mid="<0102018e2b7f9a1c-5d2e4b1a-8c3f-4e7a-9b21-6f0d3c8e2a14-000000@eu-central-1.amazonses.com>",
        host="a9-41.smtp-out.eu-central-1.amazonses.com", ip="54.240.9.41",
        extra=(("X-Personio-Message-Type", "candidate_message"),),
    )
    body = t("""
        Sehr geehrte Frau Kowalski,

        vielen Dank für Ihre Bewerbung als Frontend Developer (m/w/d) und Ihr Interesse an der Isarlicht GmbH.

        Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne näher kennenlernen. Hiermit laden wir Sie herzlich zu einem ersten Gespräch ein:

        Termin: Dienstag, 17.03.2026
        Uhrzeit: 10:00 – 10:45 Uhr
        Ort: Microsoft Teams (Link unten)
        Ihre Gesprächspartner: Franziska Huber (Talent Acquisition), Dominik Lechner (Team Lead Frontend)

        Microsoft Teams-Besprechung
        Jetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4YjE2ZTMtYzA5Ni00@thread.v2/0
        Besprechungs-ID: 318 442 907 115
        Kennung: Xq7uM2

        Bitte bestätigen Sie uns den Termin kurz über den Button unten oder per Antwort auf diese E-Mail. Sollte der Termin bei Ihnen nicht passen, geben Sie uns bitte rechtzeitig Bescheid.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen

        Franziska Huber
        Talent Acquisition Partner
        Isarlicht GmbH | Landsberger Straße 110 | 80339 München
        franziska.huber@isarlicht.de | +49 89 2154 8870

        Termin bestätigen: https://isarlicht.jobs.personio.de/messages/confirm?token=a7Hc2kQ9xLmP

        --
        Diese Nachricht wurde über Personio versendet. Informationen zum Datenschutz: https://isarlicht.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Isarlicht GmbH</title></head>
        <body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td>
        <p>Sehr geehrte Frau Kowalski,</p>
        <p>vielen Dank für Ihre Bewerbung als Frontend Developer (m/w/d) und Ihr Interesse an der Isarlicht GmbH.</p>
        <p>Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne näher kennenlernen. Hiermit laden wir Sie herzlich zu einem ersten Gespräch ein:</p>
        <p><strong>Termin:</strong> Dienstag, 17.03.2026<br>
        <strong>Uhrzeit:</strong> 10:00 – 10:45 Uhr<br>
        <strong>Ort:</strong> Microsoft Teams (Link unten)<br>
        <strong>Ihre Gesprächspartner:</strong> Franziska Huber (Talent Acquisition), Dominik Lechner (Team Lead Frontend)</p>
        <p>Microsoft Teams-Besprechung<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4YjE2ZTMtYzA5Ni00@thread.v2/0">Jetzt an der Besprechung teilnehmen</a><br>
        Besprechungs-ID: 318 442 907 115<br>Kennung: Xq7uM2</p>
        <p>Bitte bestätigen Sie uns den Termin kurz über den Button unten oder per Antwort auf diese E-Mail. Sollte der Termin bei Ihnen nicht passen, geben Sie uns bitte rechtzeitig Bescheid.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Franziska Huber<br>Talent Acquisition Partner<br>Isarlicht GmbH | Landsberger Straße 110 | 80339 München<br>
        <a href="mailto:franziska.huber@isarlicht.de">franziska.huber@isarlicht.de</a> | +49 89 2154 8870</p>
        <p><a href="https://isarlicht.jobs.personio.de/messages/confirm?token=a7Hc2kQ9xLmP" style="background:#f5a623;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Termin bestätigen</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#7b8794">Diese Nachricht wurde über Personio versendet. <a href="https://isarlicht.jobs.personio.de/privacy-policy">Datenschutz</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message(hs, alt(text(body), html(page)))


# key 2 -- Google Calendar invitation, German UI, Berlin fintech founder
@reg(family="google_calendar", lang="de", interview=True, kind="scheduled", company="Kiezkasse GmbH",
     start="2026-04-09T12:00:00Z", end="2026-04-09T12:45:00Z", contact="jan@kiezkasse.de",
     local="Thu 2026-04-09 14:00", local_end="2026-04-09 14:45", zone="Europe/Berlin",
     note="Google Calendar invitation (German UI): 'Do., 9. Apr. 2026 14:00 - 14:45 (MESZ)', CEST since 29 "
          "March -> 12:00Z-12:45Z; ICS in UTC; contact = ORGANIZER, the founder")
def k02() -> bytes:
    hs = head(
        frm=addr("Jan Dietrich", "jan@kiezkasse.de"),
        reply_to=addr("Jan Dietrich", "jan@kiezkasse.de"),
        sender=addr("Google Kalender", "calendar-notification@google.com"),
        subject="Einladung: Kennenlernen Mira / Kiezkasse (Frontend) @ Do., 9. Apr. 2026 14:00 - 14:45 (MESZ) "
                "(mira.kowalski@example.org)",
        when="2026-04-01 09:15:02", zone="Europe/Berlin",
        mid="<calendar-5b1d7e0a-3f62-4c88-a2e9-71c0d4b6f812@google.com>",
        host="mail-sor-f69.google.com", ip="209.85.220.69",
    )
    plain = t("""
        Kennenlernen Mira / Kiezkasse (Frontend)
        Donnerstag, 9. April 2026 ⋅ 14:00–14:45
        Zeitzone: Europe/Berlin

        Google Meet-Videokonferenz
        https://meet.google.com/xkt-pqwe-rmd

        Oder telefonisch einwählen
        (DE) +49 30 300195432
        PIN: 448 915 227#
        Weitere Telefonnummern: https://tel.meet/xkt-pqwe-rmd?pin=4489152270113

        Organisator
        Jan Dietrich
        jan@kiezkasse.de

        Gäste
        Jan Dietrich – Organisator
        Selin Aydın
        mira.kowalski@example.org
        Alle Gastinformationen ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=N2ZrM3ZqcW1hOGRx

        Hi Mira,
        wie am Telefon besprochen ein erstes Kennenlernen mit mir und Selin (Lead Engineer). Ganz locker, vorbereiten musst du nichts – wir erzählen dir was über Kiezkasse und du uns was über dich.
        Bis Donnerstag!
        Jan

        Antworten für mira.kowalski@example.org
        Ja: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZrM3ZqcW1hOGRx&rst=1
        Nein: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZrM3ZqcW1hOGRx&rst=2
        Vielleicht: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZrM3ZqcW1hOGRx&rst=3
        Weitere Optionen: https://calendar.google.com/calendar/event?action=VIEW&eid=N2ZrM3ZqcW1hOGRx

        """) + GCAL_FOOTER_DE
    ics = gcal_ics(
        method="REQUEST", uid="7fk3vjqma8dqs1l2c0b4n6e9rt@google.com",
        organizer=("Jan Dietrich", "jan@kiezkasse.de"),
        guests=[("Jan Dietrich", "jan@kiezkasse.de", "ACCEPTED"),
                ("Selin Aydın", "selin@kiezkasse.de", "ACCEPTED"),
                ("mira.kowalski@example.org", ME, "NEEDS-ACTION")],
        summary="Kennenlernen Mira / Kiezkasse (Frontend)",
        description="""
            Hi Mira,
            wie am Telefon besprochen ein erstes Kennenlernen mit mir und Selin (Lead Engineer). Ganz locker, vorbereiten musst du nichts – wir erzählen dir was über Kiezkasse und du uns was über dich.
            Bis Donnerstag!
            Jan

            -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
            Mit Google Meet teilnehmen: https://meet.google.com/xkt-pqwe-rmd
            Telefonisch teilnehmen: (DE) +49 30 300195432 PIN: 448915227#
            Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720
            -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
            """,
        start="20260409T120000Z", end="20260409T124500Z", stamp="20260401T071502Z",
        created="20260401T071458Z", modified="20260401T071458Z",
        meet="https://meet.google.com/xkt-pqwe-rmd",
    )
    return gcal_mail(hs, plain, ics)


# key 3 -- Exchange meeting request with Teams, Hamburg insurer's digital unit; the time is only in the ICS
@reg(family="exchange", lang="de", interview=True, kind="scheduled", company="HAG Digital GmbH",
     start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z", contact="katrin.lueders@hag-digital.de",
     local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone="Europe/Berlin",
     note="Outlook/Exchange meeting request; the body names no time, the ICS has DTSTART;TZID=W. Europe "
          "Standard Time:20261027T100000 - two days after the switch back to CET (25 Oct), sent in CEST -> "
          "09:00Z-10:00Z; contact = organizer (the recruiter, also the sender)")
def k03() -> bytes:
    mid = "<FR3P281MB2044A7C61E0B9F3D52A8C4E1B6602@FR3P281MB2044.DEUP281.PROD.OUTLOOK.COM>"
    hs = head(
        frm=addr("Lüders, Katrin", "katrin.lueders@hag-digital.de"),
        subject="Technisches Interview Frontend Developer (m/w/d) – Mira Kowalski",
        when="2026-10-20 16:42:18", zone="Europe/Berlin", mid=mid,
        host="mail-fr2deu01on2112.outbound.protection.outlook.com", ip="40.107.135.112",
        extra=(("Thread-Topic", "Technisches Interview Frontend Developer (m/w/d) - Mira Kowalski"),
               ("Thread-Index", "AdtB8q2x0mN7uQ5vR3yKp1cW4eZ9hA=="),
               ("Accept-Language", "de-DE, en-US"),
               ("Content-Language", "de-DE"),
               ("X-MS-Exchange-Organization-SCL", "1"),
               ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAADgx2mTj1XcAQAAAAAAAAAQAAAA"),
               ("X-MS-Has-Attach", "no")),
    )
    teams = teams_de("ZWQ4M2I1NjctOTFkNC00YzQ2LWE4ZjEtMDc5N2M2ZDM0YmE1", "6b1f3c2a-0d4e-4f59-9a1b-2c3d4e5f6a7b",
                     "371 209 554 812", "bR4sN9")
    body = t("""
        Hallo Frau Kowalski,

        wie heute am Telefon besprochen, sende ich Ihnen hiermit die Einladung für das technische Interview. Mit dabei sind Jens Ohlsen (Chapter Lead Frontend) und Merve Yıldız (Senior Developer). Einen kleinen Code-Walkthrough machen wir gemeinsam am Bildschirm – vorbereiten müssen Sie dafür nichts, ein funktionierendes Mikrofon und eine Kamera reichen.

        Bei Fragen melden Sie sich jederzeit gern.

        Viele Grüße
        Katrin Lüders
        Recruiting | HAG Digital GmbH
        Ein Unternehmen der Hanseatischen Assekuranz-Gruppe
        Überseering 12, 22297 Hamburg
        Tel. +49 40 6381 2290

        """) + teams
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>
        <body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Kowalski,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">wie heute am Telefon besprochen, sende ich Ihnen hiermit die Einladung für das technische Interview. Mit dabei sind Jens Ohlsen (Chapter Lead Frontend) und Merve Yıldız (Senior Developer). Einen kleinen Code-Walkthrough machen wir gemeinsam am Bildschirm – vorbereiten müssen Sie dafür nichts, ein funktionierendes Mikrofon und eine Kamera reichen.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Bei Fragen melden Sie sich jederzeit gern.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Viele Grüße<br>Katrin Lüders<br><span style="color:#7F7F7F">Recruiting | HAG Digital GmbH<br>Ein Unternehmen der Hanseatischen Assekuranz-Gruppe<br>Überseering 12, 22297 Hamburg<br>Tel. +49 40 6381 2290</span></p>
        <div style="margin-bottom:.25in;overflow:hidden">
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;font-family:'Segoe UI',sans-serif;color:#252424">Microsoft Teams-Besprechung</span></b></p>
        <p class="MsoNormal"><b>Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil</b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWQ4M2I1NjctOTFkNC00YzQ2LWE4ZjEtMDc5N2M2ZDM0YmE1%40thread.v2/0"><b><span style="font-family:'Segoe UI Semibold',sans-serif;color:#6264A7">Klicken Sie hier, um an der Besprechung teilzunehmen</span></b></a></p>
        <p class="MsoNormal">Besprechungs-ID: 371 209 554 812<br>Kennung: bR4sN9</p>
        <p class="MsoNormal"><a href="https://www.microsoft.com/de-de/microsoft-teams/download-app">Teams herunterladen</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Im Web beitreten</a></p>
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        </div></div></body></html>
        """)
    ics = exchange_ics(
        method="REQUEST",
        uid="040000008200E00074C5B7101A82E00800000000C0E7A41B6A61DD01000000000000000010000000E3A1F07B55C62C4B9D6E0F21A9B8C473",
        organizer=("Lüders, Katrin", "katrin.lueders@hag-digital.de"),
        attendees=[("Mira Kowalski", ME), ("Ohlsen, Jens", "jens.ohlsen@hag-digital.de"),
                   ("Yıldız, Merve", "merve.yildiz@hag-digital.de")],
        summary="Technisches Interview Frontend Developer (m/w/d) – Mira Kowalski",
        description=body, start="20261027T100000", end="20261027T110000", stamp="20261020T144218Z",
        location="Microsoft Teams-Besprechung",
        teams="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWQ4M2I1NjctOTFkNC00YzQ2LWE4ZjEtMDc5N2M2ZDM0YmE1%40thread.v2/0",
    )
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


# key 4 -- CTO's one-line "passt" on top of the quoted slot negotiation (Gmail, Du-Form, Hamburg)
@reg(family="human_reply", lang="de", interview=True, kind="scheduled", company="Fjordbyte GmbH",
     start="2026-05-13T13:00:00Z", end=None, contact="tobias@fjordbyte.io",
     local="Wed 2026-05-13 15:00", zone="Europe/Berlin",
     days=(("Thu", "2026-05-07"), ("Fri", "2026-05-08"), ("Tue", "2026-05-12"), ("Fri", "2026-05-15")),
     note="CTO replies 'passt! Dann Mittwoch um 15 Uhr' on top of the quoted proposal (three slots) and the "
          "candidate's pick; Mittwoch from Date Mon 11 May = 13 May, CEST -> 13:00Z; 'ne knappe Stunde' is "
          "approximate -> end null; contact = the CTO (human sender), not the cc'd recruiter")
def k04() -> bytes:
    hs = head(
        frm=addr("Tobias Brandes", "tobias@fjordbyte.io"),
        cc=addr("Svenja Meyer", "svenja@fjordbyte.io"),
        subject="Re: Fjordbyte – Termin fürs erste Gespräch",
        when="2026-05-11 09:12:40", zone="Europe/Berlin",
        mid="<CAH4rT7mXq2pW0nB9vKz3eL1sYd8fJ6uQhG5cN@mail.gmail.com>",
        host="mail-wr1-f44.google.com", ip="209.85.221.44",
        extra=(("In-Reply-To", "<CAPx9Lk2vR0e7Qm4TnW8yB3zH1dF6aJ5sUcK@mail.gmail.com>"),
               ("References", "<CAF2uN8kLm3Qw9Rt7Xy1Zb4Vc6Hd0Je5Pa@mail.gmail.com>\r\n"
                              " <CAPx9Lk2vR0e7Qm4TnW8yB3zH1dF6aJ5sUcK@mail.gmail.com>")),
    )
    body = t("""
        Moin Mira,

        passt! Dann Mittwoch um 15 Uhr, ich schick dir gleich noch den Meet-Link. Wir sind zu zweit (Svenja und ich), rechne mit ner knappen Stunde.

        VG
        Tobi

        --
        Tobias Brandes · CTO · Fjordbyte GmbH
        Stubbenhuk 7 · 20459 Hamburg

        Am Fr., 8. Mai 2026 um 18:03 Uhr schrieb Mira Kowalski <mira.kowalski@example.org>:
        > Hallo Svenja,
        >
        > danke für die Vorschläge! Mittwoch 15 Uhr passt mir am besten, Dienstag 11 Uhr ginge zur Not auch.
        >
        > Viele Grüße
        > Mira
        >
        > Am Do., 7. Mai 2026 um 14:26 Uhr schrieb Svenja Meyer <svenja@fjordbyte.io>:
        >> Hi Mira,
        >>
        >> danke dir für deine Bewerbung als Frontend Engineer! Tobi (unser CTO) und ich würden dich gern kennenlernen. Hier ein paar Vorschläge:
        >>
        >> - Di 12.5. um 11 Uhr
        >> - Mi 13.5. um 15 Uhr
        >> - Fr 15.5. um 10 Uhr
        >>
        >> Sag einfach, was dir passt – wir machen das per Google Meet, ca. 45–60 Min.
        >>
        >> VG
        >> Svenja
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 5 -- Calendly invitee confirmation, London fintech, shown in the invitee's time zone
@reg(family="calendly", lang="en", interview=True, kind="scheduled", company="Larkspur Money",
     start="2026-02-12T09:30:00Z", end="2026-02-12T10:00:00Z", contact="hannah.price@larkspur.money",
     local="Thu 2026-02-12 10:30", local_end="2026-02-12 11:00", zone="Europe/Berlin",
     note="Calendly invitee confirmation '10:30am - 11:00am (Central European Time) Thursday, February 12, "
          "2026' -> 09:30Z-10:00Z; contact = Reply-To host (the London recruiter)")
def k05() -> bytes:
    hs = head(
        frm=addr("Calendly", "notifications@calendly.com"),
        reply_to=addr("Hannah Price", "hannah.price@larkspur.money"),
        subject="Confirmed: Intro call with Hannah Price on Thursday, February 12, 2026",
        when="2026-02-09 21:04:12", zone="Europe/Berlin",
        mid="<20260209200412.6c1f0e2b8a7d4b93@calendly.com>",
        host="o1.email.calendly.com", ip="167.89.17.204",
        extra=(("X-Mailer", "Calendly"),),
    )
    body = t("""
        Hi Mira Kowalski,

        Your Intro call with Hannah Price at 10:30am (Central European Time) on Thursday, February 12, 2026 is scheduled.

        Event type:
        Intro call – Larkspur Money (30 min)

        Event host:
        Hannah Price

        Event date/time:
        10:30am - 11:00am (Central European Time) Thursday, February 12, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/rwd-hzpt-kqa

        Invitee time zone:
        Central European Time

        Questions:
        LinkedIn profile or portfolio
        https://mirakowalski.example.org

        Anything you'd like us to know before the call?
        I'm based in Berlin and open to remote roles on UK hours.

        View event in Calendly: https://calendly.com/events/9f3c2a71-0d6e-4b8a-b1c4-2e7d5f9a0c36

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9f3c2a71-0d6e-4b8a-b1c4-2e7d5f9a0c36
        Reschedule: https://calendly.com/reschedulings/9f3c2a71-0d6e-4b8a-b1c4-2e7d5f9a0c36

        Powered by Calendly.com
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="background:#f8f8f8;font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <table align="center" width="580" style="background:#fff;border:1px solid #e5e5e5;padding:32px">
        <tr><td>
        <p>Hi Mira Kowalski,</p>
        <p>Your <b>Intro call</b> with <b>Hannah Price</b> at <b>10:30am (Central European Time)</b> on <b>Thursday, February 12, 2026</b> is scheduled.</p>
        <p><b>Event type:</b><br>Intro call – Larkspur Money (30 min)</p>
        <p><b>Event host:</b><br>Hannah Price</p>
        <p><b>Event date/time:</b><br>10:30am - 11:00am (Central European Time) Thursday, February 12, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.<br><a href="https://meet.google.com/rwd-hzpt-kqa">https://meet.google.com/rwd-hzpt-kqa</a></p>
        <p><b>Invitee time zone:</b><br>Central European Time</p>
        <p><b>Questions:</b><br>LinkedIn profile or portfolio<br>https://mirakowalski.example.org</p>
        <p>Anything you'd like us to know before the call?<br>I'm based in Berlin and open to remote roles on UK hours.</p>
        <p><a href="https://calendly.com/events/9f3c2a71-0d6e-4b8a-b1c4-2e7d5f9a0c36">View event in Calendly</a></p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/9f3c2a71-0d6e-4b8a-b1c4-2e7d5f9a0c36">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/9f3c2a71-0d6e-4b8a-b1c4-2e7d5f9a0c36">Reschedule</a></p>
        </td></tr>
        <tr><td align="center" style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></td></tr>
        </table></body></html>
        """)
    return message(hs, alt(text(body), html(page)))


# key 6 -- Greenhouse confirmation from a New York company, ICS in America/New_York, EDT vs CET week
@reg(family="greenhouse", lang="en", interview=True, kind="scheduled", company="Kestrel Labs",
     start="2026-03-24T16:00:00Z", end="2026-03-24T17:00:00Z", contact="dana.whitfield@kestrellabs.com",
     local="Tue 2026-03-24 12:00", local_end="2026-03-24 13:00", zone="America/New_York",
     note="Greenhouse-relayed confirmation from the recruiter: 12:00-1:00 PM EDT on 24 March (US on daylight "
          "time since 8 March, Berlin still CET, hence 5 PM there) -> 16:00Z-17:00Z; ICS TZID America/New_York "
          "agrees; contact = human sender")
def k06() -> bytes:
    hs = head(
        frm=addr("Dana Whitfield", "dana.whitfield@kestrellabs.com"),
        sender="no-reply@us.greenhouse-mail.io",
        subject="Interview Confirmation: Senior Frontend Engineer at Kestrel Labs",
        when="2026-03-18 11:20:45", zone="America/New_York",
        mid="<6412a0f3b7e2c.20260318152045.83c1d9@us.greenhouse-mail.io>",
        host="o7.us.greenhouse-mail.io", ip="198.37.150.7",
        extra=(("X-Greenhouse-Organization", "kestrellabs"),),
    )
    body = t("""
        Hi Mira,

        Thanks for making time to speak with us! Your interview is confirmed – details below.

        Position: Senior Frontend Engineer (Remote, EU)
        Interview: Technical Interview – React & TypeScript
        Date: Tuesday, March 24, 2026
        Time: 12:00 PM – 1:00 PM EDT (5:00 PM – 6:00 PM in Berlin)
        Location: Zoom – https://kestrellabs.zoom.us/j/84412093317?pwd=ZkJtS0x3aXRmUk5oVmVRPT09
        Interviewers: Arjun Patel (Staff Engineer), Becca Lowry (Engineering Manager)

        A calendar invite is attached. Since the US has already moved its clocks and Europe hasn't yet, the difference this week is five hours instead of six – the Berlin time above already accounts for that.

        The session is conversational: Arjun will share a small React component with a couple of bugs and you'll work through it together. No need to install anything beforehand.

        If anything changes on your end, just reply to this email.

        Best,
        Dana

        Dana Whitfield
        Senior Technical Recruiter | Kestrel Labs
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ["America/New_York"],
        "BEGIN:VEVENT",
        "UID:gh-interview-31877046-kestrellabs@greenhouse.io",
        "DTSTAMP:20260318T152045Z",
        "DTSTART;TZID=America/New_York:20260324T120000",
        "DTEND;TZID=America/New_York:20260324T130000",
        "SUMMARY:Kestrel Labs – Technical Interview (Mira Kowalski)",
        "DESCRIPTION:Technical Interview – React & TypeScript\\nInterviewers: Arjun Patel\\, Becca Lowry\\n"
        "Zoom: https://kestrellabs.zoom.us/j/84412093317?pwd=ZkJtS0x3aXRmUk5oVmVRPT09",
        "LOCATION:https://kestrellabs.zoom.us/j/84412093317",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@kestrellabs.com",
        "ATTENDEE;CN=Mira Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, method="REQUEST", cte="quoted-printable", filename="interview.ics",
                 disposition="attachment", name_param=True),
    ))


# key 7 -- Ashby, Amsterdam company, base64 bodies, session plan inside the slot
@reg(family="ashby", lang="en", interview=True, kind="scheduled", company="Keizer Mobility B.V.",
     start="2026-06-10T12:00:00Z", end="2026-06-10T13:15:00Z", contact="sanne.devries@keizermobility.nl",
     local="Wed 2026-06-10 14:00", local_end="2026-06-10 15:15", zone="Europe/Amsterdam",
     note="Ashby 'interview scheduled' (base64): Wednesday June 10, 2:00-3:15 PM CEST Amsterdam -> "
          "12:00Z-13:15Z; ICS in UTC agrees; contact = Reply-To recruiter")
def k07() -> bytes:
    hs = head(
        frm=addr("Keizer Mobility", "no-reply@ashbyhq.com"),
        reply_to=addr("Sanne de Vries", "sanne.devries@keizermobility.nl"),
        subject="Interview scheduled: Frontend Engineer (Design Systems) – Keizer Mobility",
        when="2026-06-04 10:05:27", zone="Europe/Amsterdam",
        mid="<01000197c2d4e8f1-0b7a3c59-4e21-4d8f-a6b3-91e07c5d2f48-000000@email.amazonses.com>",
        host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112",
    )
    body = t("""
        Hi Mira,

        Great news – your technical interview with Keizer Mobility is booked!

        Wednesday, June 10, 2026
        2:00 PM – 3:15 PM CEST (Europe/Amsterdam)
        Google Meet: https://meet.google.com/ubn-qcso-wpe

        What to expect
        2:00 – 2:15 PM   Welcome & intro – Sanne de Vries (Talent)
        2:15 – 3:00 PM   Component design exercise – Pieter Bakker & Lotte Jansen
        3:00 – 3:15 PM   Your questions

        We'll share a Figma file at the start; you don't need to prepare anything.

        Need to reschedule? Just reply to this email and it will reach Sanne.

        Keizer Mobility Talent Team
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1f">
        <p>Hi Mira,</p>
        <p>Great news – your technical interview with Keizer Mobility is booked!</p>
        <p style="font-size:16px"><strong>Wednesday, June 10, 2026</strong><br>2:00 PM – 3:15 PM CEST (Europe/Amsterdam)<br>
        Google Meet: <a href="https://meet.google.com/ubn-qcso-wpe">https://meet.google.com/ubn-qcso-wpe</a></p>
        <p><strong>What to expect</strong></p>
        <table cellpadding="4"><tr><td>2:00 – 2:15 PM</td><td>Welcome &amp; intro – Sanne de Vries (Talent)</td></tr>
        <tr><td>2:15 – 3:00 PM</td><td>Component design exercise – Pieter Bakker &amp; Lotte Jansen</td></tr>
        <tr><td>3:00 – 3:15 PM</td><td>Your questions</td></tr></table>
        <p>We'll share a Figma file at the start; you don't need to prepare anything.</p>
        <p>Need to reschedule? Just reply to this email and it will reach Sanne.</p>
        <p>Keizer Mobility Talent Team</p>
        <p style="color:#8a8a8a;font-size:11px">Sent with Ashby</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:ashby-3d5b91e2-7c40-4f6a-8e13-b0a9c2d4f671",
        "DTSTAMP:20260604T080527Z",
        "DTSTART:20260610T120000Z",
        "DTEND:20260610T131500Z",
        "SEQUENCE:0",
        "SUMMARY:Keizer Mobility – Frontend Engineer (Design Systems) Technical Interview",
        "LOCATION:https://meet.google.com/ubn-qcso-wpe",
        "ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@keizermobility.nl",
        "ATTENDEE;CN=Mira Kowalski;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(hs, mixed(
        alt(text(body, cte="base64"), html(page, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"),
    ))


# key 8 -- headhunter moves the call, with the client's Slack messages pasted in (Denglisch, Du)
@reg(family="headhunter", lang="de", interview=True, kind="rescheduled", company="Wellenreiter Media GmbH",
     start="2026-06-19T13:30:00Z", end=None, contact="max.petersen@nordlicht-recruiting.de",
     local="Fri 2026-06-19 15:30", zone="Europe/Berlin",
     days=(("Thu", "2026-06-18"), ("Fri", "2026-06-19")),
     note="Headhunter forwards the client's Slack messages and confirms the move from Do 14:00 to 'Freitag, "
          "19.06., 15:30 Uhr' (CEST) -> 13:30Z; '~1h' approximate -> end null; company = the hiring client; "
          "contact = the headhunter (human sender)")
def k08() -> bytes:
    hs = head(
        frm=addr("Max Petersen", "max.petersen@nordlicht-recruiting.de"),
        subject="Wellenreiter – euer Call wird auf Freitag 15:30 verschoben",
        when="2026-06-16 08:47:09", zone="Europe/Berlin",
        mid="<8d2f1a60-4c7e-4b95-a3d1-7e9b0c5f2e84@nordlicht-recruiting.de>",
        host="mout.kundenserver.de", ip="212.227.126.187",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),),
    )
    body = t("""
        Hi Mira,

        kurzes Update zu Wellenreiter: Jonas (der Hiring Manager) ist am Donnerstag doch beim Kunden on-site, deshalb müssen wir euren Call schieben. Hier die Messages von Lea aus dem HR, die gestern Abend noch bei mir im Slack reinkamen:

          Lea Sommer  18:12
          Hi Max, sorry fürs Hin und Her 🙈 Jonas schafft Do 14:00 leider nicht mehr.
          Könnten wir auf Fr, 19.06. um 15:30 gehen? Gleicher Teams-Link, Dauer wie gehabt ~1h

          Lea Sommer  18:14
          Kalenderupdate schick ich direkt an Mira raus, sobald du ok gibst 👍

        Ich hab für dich schon mal zugesagt, weil du meintest, dass Freitagnachmittag bei dir eigentlich immer geht – also: Freitag, 19.06., 15:30 Uhr statt Donnerstag 14 Uhr. Falls das doch nicht klappt, ruf mich kurz an, dann kläre ich das.

        Inhaltlich bleibt alles gleich, Jonas will vor allem über eure Komponentenbibliothek und das Thema Performance sprechen.

        Beste Grüße & viel Erfolg!
        Max

        Max Petersen
        Senior Consultant Tech | Nordlicht Tech Recruiting
        Mobil +49 171 4408 219
        """)
    return message(hs, text(body))


# key 9 -- Google Calendar update of key 2 (new date and time), German UI
@reg(family="google_calendar", lang="de", interview=True, kind="rescheduled", company="Kiezkasse GmbH",
     start="2026-04-14T08:30:00Z", end="2026-04-14T09:15:00Z", contact="jan@kiezkasse.de",
     local="Tue 2026-04-14 10:30", local_end="2026-04-14 11:15", zone="Europe/Berlin",
     days=(("Thu", "2026-04-09"),),
     note="Google Calendar 'Aktualisierte Einladung' (SEQUENCE:1) moving key 2 from Do. 9. Apr. 14:00 to "
          "'Di., 14. Apr. 2026 10:30 - 11:15 (MESZ)' -> 08:30Z-09:15Z; contact = ORGANIZER")
def k09() -> bytes:
    hs = head(
        frm=addr("Jan Dietrich", "jan@kiezkasse.de"),
        reply_to=addr("Jan Dietrich", "jan@kiezkasse.de"),
        sender=addr("Google Kalender", "calendar-notification@google.com"),
        subject="Aktualisierte Einladung: Kennenlernen Mira / Kiezkasse (Frontend) @ Di., 14. Apr. 2026 "
                "10:30 - 11:15 (MESZ) (mira.kowalski@example.org)",
        when="2026-04-08 17:31:44", zone="Europe/Berlin",
        mid="<calendar-e93a0c51-8b27-4d1f-9c6e-2a4f7b8d0e15@google.com>",
        host="mail-sor-f73.google.com", ip="209.85.220.73",
    )
    plain = t("""
        Dieser Termin wurde geändert.

        Kennenlernen Mira / Kiezkasse (Frontend)
        Geändert: Dienstag, 14. April 2026 ⋅ 10:30–11:15
        Bisher: Donnerstag, 9. April 2026 ⋅ 14:00–14:45
        Zeitzone: Europe/Berlin

        Google Meet-Videokonferenz
        https://meet.google.com/xkt-pqwe-rmd

        Oder telefonisch einwählen
        (DE) +49 30 300195432
        PIN: 448 915 227#

        Organisator
        Jan Dietrich
        jan@kiezkasse.de

        Gäste
        Jan Dietrich – Organisator
        Selin Aydın
        mira.kowalski@example.org
        Alle Gastinformationen ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=N2ZrM3ZqcW1hOGRx

        Hi Mira,
        Selin liegt leider mit Fieber flach, deshalb haben wir auf Dienstag geschoben – sorry für die Verschiebung!
        Gleicher Meet-Link. Bis Dienstag!
        Jan

        Antworten für mira.kowalski@example.org
        Ja: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZrM3ZqcW1hOGRx&rst=1
        Nein: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZrM3ZqcW1hOGRx&rst=2
        Vielleicht: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZrM3ZqcW1hOGRx&rst=3
        Weitere Optionen: https://calendar.google.com/calendar/event?action=VIEW&eid=N2ZrM3ZqcW1hOGRx

        """) + GCAL_FOOTER_DE
    ics = gcal_ics(
        method="REQUEST", uid="7fk3vjqma8dqs1l2c0b4n6e9rt@google.com",
        organizer=("Jan Dietrich", "jan@kiezkasse.de"),
        guests=[("Jan Dietrich", "jan@kiezkasse.de", "ACCEPTED"),
                ("Selin Aydın", "selin@kiezkasse.de", "NEEDS-ACTION"),
                ("mira.kowalski@example.org", ME, "NEEDS-ACTION")],
        summary="Kennenlernen Mira / Kiezkasse (Frontend)",
        description="""
            Hi Mira,
            Selin liegt leider mit Fieber flach, deshalb haben wir auf Dienstag geschoben – sorry für die Verschiebung!
            Gleicher Meet-Link. Bis Dienstag!
            Jan

            -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
            Mit Google Meet teilnehmen: https://meet.google.com/xkt-pqwe-rmd
            Telefonisch teilnehmen: (DE) +49 30 300195432 PIN: 448915227#
            -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
            """,
        start="20260414T083000Z", end="20260414T091500Z", stamp="20260408T153144Z",
        created="20260401T071458Z", modified="20260408T153139Z", seq=1,
        meet="https://meet.google.com/xkt-pqwe-rmd",
    )
    return gcal_mail(hs, plain, ics)


# key 10 -- Workday reschedule notice (HTML only), Vienna bank, on-site
@reg(family="workday", lang="en", interview=True, kind="rescheduled", company="Ringstraße Bank AG",
     start="2026-09-24T07:30:00Z", end="2026-09-24T08:30:00Z", contact="theresa.gruber@ringstrassebank.at",
     local="Thu 2026-09-24 09:30", local_end="2026-09-24 10:30", zone="Europe/Vienna",
     days=(("Tue", "2026-09-22"),),
     note="Workday HTML-only reschedule: new 'Thursday, 24 September 2026, 09:30 - 10:30 (Europe/Vienna)', "
          "previous Tuesday 22 Sep also shown; CEST -> 07:30Z-08:30Z; contact = recruiter address in the body")
def k10() -> bytes:
    hs = head(
        frm=addr("Ringstraße Bank AG", "ringstrassebank@myworkday.com"),
        subject="Your interview has been rescheduled – Frontend Engineer (Digital Banking)",
        when="2026-09-18 13:14:52", zone="Europe/Vienna",
        mid="<1847263950.118273.1789730092104@wd3-prod-mail.myworkday.com>",
        host="wd3-smtp-out02.myworkday.com", ip="148.139.0.77",
        extra=(("X-Workday-Tenant", "ringstrassebank"),),
    )
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="border-top:4px solid #8c1d2f">
        <tr><td style="padding:20px 24px"><img src="https://ringstrassebank.wd3.myworkdayjobs.com/logo.png" alt="Ringstraße Bank" height="36"></td></tr>
        <tr><td style="padding:0 24px 24px 24px">
        <p>Dear Mira,</p>
        <p>Please note that your interview for the position <b>Frontend Engineer (Digital Banking)</b> (R-0023417) has been rescheduled.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #dddddd;font-size:13px">
        <tr><td style="background:#f6f6f6"><b>New date and time</b></td><td>Thursday, 24 September 2026, 09:30 – 10:30 (Europe/Vienna)</td></tr>
        <tr><td style="background:#f6f6f6">Previous date and time</td><td style="color:#888888"><s>Tuesday, 22 September 2026, 14:00 – 15:00 (Europe/Vienna)</s></td></tr>
        <tr><td style="background:#f6f6f6">Format</td><td>On-site – Ringstraße Bank Campus, Am Belvedere 9, 1100 Wien. Please report to the reception on level 0 and bring a photo ID.</td></tr>
        <tr><td style="background:#f6f6f6">Interviewers</td><td>Mag. Andrea Pichler (Head of Digital Channels), DI Florian Steiner (Lead Engineer Web)</td></tr>
        </table>
        <p>If you have any questions, please contact Theresa Gruber (<a href="mailto:theresa.gruber@ringstrassebank.at">theresa.gruber@ringstrassebank.at</a>).</p>
        <p>You can view the status of your application at any time on our <a href="https://ringstrassebank.wd3.myworkdayjobs.com/RSB_Careers/userHome">careers site</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Ringstraße Bank AG</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999999;background:#f6f6f6">This is an automatically generated message. Please do not reply to this email.</td></tr>
        </table></body></html>
        """)
    return message(hs, html(page))


# key 11 -- agency moves the on-site meeting by a week (Du, Apple Mail quote)
@reg(family="human_reply", lang="de", interview=True, kind="rescheduled", company="Pixelhain Digitalagentur GmbH",
     start="2026-07-07T09:00:00Z", end=None, contact="jule.marten@pixelhain.de",
     local="Tue 2026-07-07 11:00", zone="Europe/Berlin",
     days=(("Thu", "2026-07-02"), ("Tue", "2026-07-07"), ("Wed", "2026-06-24")),
     note="Agency recruiter cancels 'morgen' (Thu 2 Jul) and moves to 'nächste Woche Dienstag, gleiche Uhrzeit "
          "- also 7.7. um 11 Uhr' (from Date Wed 1 Jul) -> 09:00Z CEST; rescheduled with a fixed new time")
def k11() -> bytes:
    hs = head(
        frm=addr("Jule Marten", "jule.marten@pixelhain.de"),
        subject="Re: Dein Besuch bei Pixelhain am Donnerstag",
        when="2026-07-01 12:05:33", zone="Europe/Berlin",
        mid="<5E2B9C41-7A0D-4F83-B61E-0C9D2A7F3E58@pixelhain.de>",
        host="smtp.pixelhain.de", ip="85.13.160.42",
        extra=(("X-Mailer", "Apple Mail (2.3776.700.51)"),
               ("In-Reply-To", "<A1C4E7F2-3B58-4D90-8E21-6F0B9C3D2A47@pixelhain.de>")),
    )
    body = t("""
        Hi Mira,

        blöde Nachricht: Carsten (unser Creative Director) hat sich heute krank gemeldet, daher müssen wir morgen leider absagen. 😕

        Ich hab gerade noch mit ihm telefoniert – wir machen es stattdessen nächste Woche Dienstag, gleiche Uhrzeit, also 7.7. um 11 Uhr, gleicher Ort (Lychener Str. 18, 2. Hinterhof, 3. OG, klingeln bei Pixelhain). Die Kalendereinladung hab ich schon angepasst.

        Sorry für die Umstände und LG
        Jule

        > Am 24.06.2026 um 16:10 schrieb Jule Marten <jule.marten@pixelhain.de>:
        >
        > Hi Mira,
        >
        > super, dann freuen wir uns auf dich am Donnerstag, 2.7., um 11 Uhr bei uns im Studio! Carsten und Ben aus dem Dev-Team sind dabei, wir planen so anderthalb Stunden inkl. kleiner Studio-Tour.
        >
        > LG Jule
        """)
    return message(hs, text(body, cte="8bit"))


# key 12 -- Exchange cancellation (METHOD:CANCEL), Cologne insurer, ISO-8859-1 text parts
@reg(family="exchange", lang="de", interview=True, kind="cancelled", company="Domblick Versicherung AG",
     start="2026-11-27T13:00:00Z", end="2026-11-27T14:00:00Z", contact="birgit.schaefer@domblick-versicherung.de",
     local="Fri 2026-11-27 14:00", local_end="2026-11-27 15:00", zone="Europe/Berlin",
     note="Outlook 'Abgesagt:' with METHOD:CANCEL, STATUS:CANCELLED; 'am kommenden Freitag' from Date Tue 24 "
          "Nov = 27 Nov, ICS 14:00-15:00 W. Europe Standard Time, CET -> 13:00Z-14:00Z; position filled "
          "internally, still a cancelled interview slot")
def k12() -> bytes:
    mid = "<BE1P281MB1873C4A9D2F07E6B51C3A8E4D9F12@BE1P281MB1873.DEUP281.PROD.OUTLOOK.COM>"
    hs = head(
        frm=addr("Schäfer, Birgit", "birgit.schaefer@domblick-versicherung.de", "iso-8859-1"),
        subject="Abgesagt: Vorstellungsgespräch Frontend-Entwickler (m/w/d) - Frau Kowalski",
        when="2026-11-24 09:03:27", zone="Europe/Berlin", mid=mid,
        host="mail-be0deu01on2091.outbound.protection.outlook.com", ip="40.107.127.91",
        extra=(("Thread-Topic", enc("Vorstellungsgespräch Frontend-Entwickler (m/w/d) - Frau Kowalski",
                                    "iso-8859-1")),
               ("Thread-Index", "AdtcE4v9P0k2sW7yQJ6mX3bHnR1uLgAAHk2w"),
               ("Importance", "high"),
               ("X-Priority", "1"),
               ("Content-Language", "de-DE")),
        charset="iso-8859-1",
    )
    body = t("""
        Sehr geehrte Frau Kowalski,

        leider muss ich unser Gespräch am kommenden Freitag absagen: Die Fachabteilung hat die Stelle kurzfristig intern besetzt. Das tut mir sehr leid, zumal Sie sich die Zeit bereits freigehalten hatten.

        Wenn Sie einverstanden sind, würde ich Ihre Unterlagen gern für künftige Vakanzen im Bereich Digital vormerken. Eine kurze Antwort auf diese E-Mail genügt.

        Mit freundlichen Grüßen
        i. A. Birgit Schäfer
        Personalgewinnung
        Domblick Versicherung AG
        Konrad-Adenauer-Ufer 41 · 50668 Köln
        Telefon 0221 4477-2315
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" style="word-wrap:break-word"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrte Frau Kowalski,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">leider muss ich unser Gespräch am kommenden Freitag absagen: Die Fachabteilung hat die Stelle kurzfristig intern besetzt. Das tut mir sehr leid, zumal Sie sich die Zeit bereits freigehalten hatten.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Wenn Sie einverstanden sind, würde ich Ihre Unterlagen gern für künftige Vakanzen im Bereich Digital vormerken. Eine kurze Antwort auf diese E-Mail genügt.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>i. A. Birgit Schäfer<br>Personalgewinnung<br>Domblick Versicherung AG<br>Konrad-Adenauer-Ufer 41 · 50668 Köln<br>Telefon 0221 4477-2315</p>
        </div></body></html>
        """)
    ics = exchange_ics(
        method="CANCEL",
        uid="040000008200E00074C5B7101A82E008000000007A3F2C915E7BDD01000000000000000010000000B4D27E9A0C1F5348A6E2D07B3C91F4E5",
        organizer=("Schäfer, Birgit", "birgit.schaefer@domblick-versicherung.de"),
        attendees=[("Mira Kowalski", ME), ("Hoffmann, Lars", "lars.hoffmann@domblick-versicherung.de")],
        summary="Abgesagt: Vorstellungsgespräch Frontend-Entwickler (m/w/d) - Frau Kowalski",
        description=body, start="20261127T140000", end="20261127T150000", stamp="20261124T080327Z",
        location="Köln, Konrad-Adenauer-Ufer 41, Raum 5.14", seq=1, status="CANCELLED", busy="FREE",
    )
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1"),
                           calendar(ics, method="CANCEL", cte="base64")))


# key 13 -- London recruiter cancels Thursday's call (plain text, GMT again since 25 October)
@reg(family="human_prose", lang="en", interview=True, kind="cancelled", company="Quayside Health",
     start="2026-11-05T14:00:00Z", end="2026-11-05T14:45:00Z", contact="tom.ashworth@quaysidehealth.co.uk",
     local="Thu 2026-11-05 14:00", local_end="2026-11-05 14:45", zone="Europe/London",
     note="Recruiter cancels 'Thursday's 2pm (UK time)' technical interview; from Date Mon 2 Nov (GMT) -> "
          "Thu 5 Nov 14:00Z; 'the 45 minutes' states the length -> end 14:45Z; role on hold, no new time")
def k13() -> bytes:
    hs = head(
        frm=addr("Tom Ashworth", "tom.ashworth@quaysidehealth.co.uk"),
        subject="Thursday's interview – cancelled, sorry",
        when="2026-11-02 10:15:06", zone="Europe/London",
        mid="<LO2P265MB3318F0A7C2D94B1E6A85D3C7B2E01@LO2P265MB3318.GBRP265.PROD.OUTLOOK.COM>",
        host="mail-lo2gbr01on2098.outbound.protection.outlook.com", ip="40.107.10.98",
        extra=(("Content-Language", "en-GB"),),
    )
    body = t("""
        Hi Mira,

        I'm really sorry to be writing this, but we need to cancel Thursday's 2pm (UK time) technical interview with Priya. Late on Friday our leadership team put the Frontend Engineer hire on hold as part of a wider budget review, so we can't go ahead for now.

        I've removed the invite from your calendar. I know you'd blocked out the 45 minutes and had already done some thinking around the case study, so apologies again – this is in no way a reflection on you. If the role reopens in Q1 you'll be the first person I call.

        Best,
        Tom

        Tom Ashworth
        Talent Partner | Quayside Health
        quaysidehealth.co.uk
        """)
    return message(hs, text(body))


# key 14 -- softgarden cancellation with a cancelled ICS attached (Sie-Form, Hamburg)
@reg(family="softgarden", lang="de", interview=True, kind="cancelled", company="Elbkind Software GmbH",
     start="2026-11-12T08:30:00Z", end="2026-11-12T09:30:00Z", contact="nele.juergensen@elbkind-software.de",
     local="Thu 2026-11-12 09:30", local_end="2026-11-12 10:30", zone="Europe/Berlin",
     note="softgarden 'Absage Ihres Gesprächstermins' for 'Donnerstag, 12.11.2026, 09:30 - 10:30 Uhr' (CET) -> "
          "08:30Z-09:30Z, METHOD:CANCEL ICS attached; new proposal promised but none given; contact = HR "
          "address in the body")
def k14() -> bytes:
    hs = head(
        frm=addr("Elbkind Software GmbH", "noreply@softgarden.io"),
        subject="Absage Ihres Gesprächstermins am 12.11.2026",
        when="2026-11-09 15:40:19", zone="Europe/Berlin",
        mid="<sg.7c21e9f4a0b3.1794.notification@mailer.softgarden.io>",
        host="mailer02.softgarden.io", ip="94.130.28.114",
    )
    body = t("""
        Guten Tag Frau Kowalski,

        leider müssen wir Ihren Gesprächstermin für die Position Frontend Developer Vue.js (m/w/d) am

        Donnerstag, 12.11.2026, 09:30 – 10:30 Uhr

        absagen, da unsere Teamleitung kurzfristig verhindert ist. Wir kommen in den nächsten Tagen mit einem neuen Terminvorschlag auf Sie zu. Im Anhang finden Sie die Absage für Ihren Kalender.

        Bei Fragen erreichen Sie mich gern unter nele.juergensen@elbkind-software.de.

        Freundliche Grüße
        Nele Jürgensen
        People & Culture
        Elbkind Software GmbH · Große Elbstraße 145 · 22767 Hamburg

        ---
        Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//softgarden//Interview Scheduler//DE",
        "VERSION:2.0",
        "METHOD:CANCEL",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "UID:sg-appointment-2a6f91c7-40d8-4b3e-9e15-c8b27d0f6a31@softgarden.io",
        "DTSTAMP:20261109T144019Z",
        "DTSTART;TZID=Europe/Berlin:20261112T093000",
        "DTEND;TZID=Europe/Berlin:20261112T103000",
        "SUMMARY:Vorstellungsgespräch Frontend Developer Vue.js (m/w/d) – Elbkind Software",
        "LOCATION:Elbkind Software GmbH\\, Große Elbstraße 145\\, 22767 Hamburg",
        "ORGANIZER;CN=Nele Jürgensen:mailto:nele.juergensen@elbkind-software.de",
        "ATTENDEE;CN=Mira Kowalski;ROLE=REQ-PARTICIPANT:mailto:" + ME,
        "SEQUENCE:2",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(hs, mixed(
        alt(text(body), html(page)),
        calendar(ics, method="CANCEL", cte="base64", filename="termin.ics", disposition="attachment"),
    ))


# key 15 -- d.vinci on-site invitation, Cologne energy company, ISO-8859-1, "bis ca. 15:00 Uhr"
@reg(family="dvinci", lang="de", interview=True, kind="scheduled", company="Kranhaus Energie GmbH",
     start="2026-05-21T11:30:00Z", end=None, contact="l.brenner@kranhaus-energie.de",
     local="Thu 2026-05-21 13:30", zone="Europe/Berlin",
     note="d.vinci on-site invitation (ISO-8859-1 QP): 'Donnerstag, 21. Mai 2026, 13:30 Uhr bis ca. 15:00 Uhr' "
          "in Cologne, CEST -> 11:30Z; 'ca.' end -> null; contact = the team lead's address in the body")
def k15() -> bytes:
    hs = head(
        frm=addr("Kranhaus Energie GmbH", "noreply@dvinci-mail.com"),
        subject="Einladung zum Vorstellungsgespräch - Frontend-Entwickler*in (React)",
        when="2026-05-12 10:20:48", zone="Europe/Berlin",
        mid="<20260512082048.5d7e1f0a93c4@dvinci-mail.com>",
        host="mx-out3.dvinci-mail.com", ip="185.17.230.41",
        charset="iso-8859-1",
    )
    body = t("""
        Sehr geehrte Frau Kowalski,

        vielen Dank für Ihr Interesse an der Position "Frontend-Entwickler*in (React) - Energiemanagement-Plattform" (Kennziffer 2026-117).

        Gerne möchten wir Sie persönlich kennenlernen und laden Sie hiermit zu einem Vorstellungsgespräch in unserer Zentrale ein:

        Datum:            Donnerstag, 21. Mai 2026
        Uhrzeit:          13:30 Uhr bis ca. 15:00 Uhr
        Ort:              Kranhaus Energie GmbH, Im Zollhafen 20, 50678 Köln
                          (Empfang im Erdgeschoss)
        Gesprächspartner: Herr Lukas Brenner (Teamleitung Web)
                          Frau Dr. Anja Kloster (Personalreferentin)

        Ihre Reisekosten (Bahnfahrt 2. Klasse) erstatten wir Ihnen gerne. Bitte bringen Sie hierfür Ihre Fahrkarten mit.

        Bitte bestätigen Sie uns den Termin bis zum 15.05.2026 über folgenden Link:
        https://kranhaus-energie.dvinci-easy.com/de/p/bewerbung/termin/bestaetigen?t=Q2hYd8Lm4

        Bei Rückfragen erreichen Sie Herrn Brenner unter l.brenner@kranhaus-energie.de oder telefonisch unter 0221 98765-140.

        Mit freundlichen Grüßen

        Ihr Recruiting-Team der
        Kranhaus Energie GmbH

        Kranhaus Energie GmbH | Im Zollhafen 20 | 50678 Köln
        Geschäftsführung: Dr. Henrik Falk, Sabine Otten | Amtsgericht Köln HRB 91234
        """)
    return message(hs, text(body, charset="iso-8859-1"))


# key 16 -- Lever: virtual onsite itinerary, San Francisco company, PDT with the Berlin time given too
@reg(family="lever", lang="en", interview=True, kind="scheduled", company="Fogline Analytics",
     start="2026-06-15T16:00:00Z", end="2026-06-15T18:30:00Z", contact="marisol.vega@foglineanalytics.com",
     local="Mon 2026-06-15 09:00", local_end="2026-06-15 11:30", zone="America/Los_Angeles",
     note="Lever virtual-onsite itinerary, sessions 9:00-11:30 AM PDT on Monday June 15 (6:00-8:30 PM CEST "
          "also written) -> 16:00Z-18:30Z, first start to last end; contact = Reply-To coordinator")
def k16() -> bytes:
    hs = head(
        frm=addr("Fogline Analytics", "no-reply@hire.lever.co"),
        reply_to=addr("Marisol Vega", "marisol.vega@foglineanalytics.com"),
        subject="Your virtual onsite with Fogline Analytics is confirmed",
        when="2026-06-09 08:12:37", zone="America/Los_Angeles",
        mid="<lever-7e0a2c93-58d1-4f6b-b2e4-1c9d3a7f0e65@hire.lever.co>",
        host="mail-ot1-f98.mailgun.hire.lever.co", ip="209.61.151.98",
    )
    body = t("""
        Hi Mira,

        Congrats on making it to the final round! Here are the details for your virtual onsite for Senior Frontend Engineer (Remote – Europe).

        Monday, June 15, 2026
        All times Pacific Daylight Time (PDT). In Berlin that's 6:00 PM – 8:30 PM (CEST).

        9:00 – 9:45 AM    Frontend architecture – Devon Reyes, Staff Engineer
        9:45 – 10:30 AM   Pair programming (TypeScript) – Akiko Mori, Senior Engineer
        10:30 – 10:45 AM  Break
        10:45 – 11:30 AM  Values & collaboration – Grant Holloway, VP Engineering

        Each session has its own Zoom link; you'll find them in the calendar invites we've sent separately. Feel free to keep the same window open between sessions – the interviewers will hop in and out.

        If anything comes up, just reply to this email and it'll come straight to me.

        Cheers,
        Marisol Vega
        Recruiting Coordinator, Fogline Analytics
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222">
        <p>Hi Mira,</p>
        <p>Congrats on making it to the final round! Here are the details for your virtual onsite for <b>Senior Frontend Engineer (Remote – Europe)</b>.</p>
        <p><b>Monday, June 15, 2026</b><br>All times Pacific Daylight Time (PDT). In Berlin that's 6:00 PM – 8:30 PM (CEST).</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td>9:00 – 9:45 AM</td><td>Frontend architecture – Devon Reyes, Staff Engineer</td></tr>
        <tr><td>9:45 – 10:30 AM</td><td>Pair programming (TypeScript) – Akiko Mori, Senior Engineer</td></tr>
        <tr><td>10:30 – 10:45 AM</td><td>Break</td></tr>
        <tr><td>10:45 – 11:30 AM</td><td>Values &amp; collaboration – Grant Holloway, VP Engineering</td></tr>
        </table>
        <p>Each session has its own Zoom link; you'll find them in the calendar invites we've sent separately. Feel free to keep the same window open between sessions – the interviewers will hop in and out.</p>
        <p>If anything comes up, just reply to this email and it'll come straight to me.</p>
        <p>Cheers,<br>Marisol Vega<br>Recruiting Coordinator, Fogline Analytics</p>
        </div>
        """)
    return message(hs, alt(text(body), html(page)))


# key 17 -- forward to self of an Exchange invite (Thunderbird, German), Munich; Outlook's "(UTC+01:00)" in September
@reg(family="forward_self", lang="de", interview=True, kind="scheduled", company="Alpspitz Software AG",
     start="2026-09-16T11:00:00Z", end="2026-09-16T12:30:00Z", contact="stefanie.wolter@alpspitz-software.de",
     local="Wed 2026-09-16 13:00", local_end="2026-09-16 14:30", zone="Europe/Berlin",
     note="Candidate forwards an Outlook invite from her old address to herself; forwarded 'Wann: Mittwoch, "
          "16. September 2026 13:00-14:30 (UTC+01:00) Amsterdam, Berlin...' - Outlook's label shows the "
          "standard offset, the date is in CEST -> 11:00Z-12:30Z (ICS agrees); contact = recruiter in the "
          "forwarded header (never the candidate)")
def k17() -> bytes:
    hs = head(
        frm=addr(ME_NAME, ME_OLD),
        subject="WG: Zweitgespräch Senior Frontend Developer – Alpspitz Software",
        when="2026-09-08 07:55:14", zone="Europe/Berlin",
        mid="<b7e4f0c2-9a31-4d58-8e6b-03c1f2a9d7e4@example.net>",
        host="mout.example.net", ip="212.227.17.22",
        extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")),
    )
    original = t("""
        Zweitgespräch Senior Frontend Developer mit Herrn Dr. Baumgartner (CTO) und Frau Okafor (Head of Product)

        Wann: Mittwoch, 16. September 2026 13:00-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Kowalski,

        vielen Dank für das angenehme Erstgespräch letzte Woche. Wie telefonisch vereinbart, sende ich Ihnen hiermit die Einladung für das Zweitgespräch. Im ersten Teil stellen Sie uns bitte kurz ein Projekt vor, auf das Sie stolz sind (gern mit Bildschirmfreigabe, ca. 15 Minuten); danach sprechen wir über Architektur und Zusammenarbeit mit Product.

        Mit freundlichen Grüßen
        Stefanie Wolter
        HR Business Partner
        Alpspitz Software AG | Leopoldstraße 244 | 80807 München

        """) + teams_de("OTk1ZjQ3MWQtNzFiMi00ZTg3LTkwZDUtYzVlMjFhNTk3OGNm", "2c9e5a1f-6b0d-47e3-8f24-9a1b0c3d5e7f",
                        "348 771 906 254", "Hk3pW8")
    body = t("""
        fürs Handy – Termin Mittwoch nächste Woche, Teams-Link steht unten

        -------- Weitergeleitete Nachricht --------
        Betreff: 	Zweitgespräch Senior Frontend Developer – Alpspitz Software
        Datum: 	Mon, 7 Sep 2026 09:02:11 +0000
        Von: 	Wolter, Stefanie <stefanie.wolter@alpspitz-software.de>
        An: 	m.kowalski@example.net <m.kowalski@example.net>

        """) + original
    ics = exchange_ics(
        method="REQUEST",
        uid="040000008200E00074C5B7101A82E00800000000F21B6D3C4E3EDD01000000000000000010000000C8E41A2D7B9F0E4CA5D3216F0B7E9C82",
        organizer=("Wolter, Stefanie", "stefanie.wolter@alpspitz-software.de"),
        attendees=[("m.kowalski@example.net", ME_OLD), ("Baumgartner, Dr. Florian", "florian.baumgartner@alpspitz-software.de"),
                   ("Okafor, Grace", "grace.okafor@alpspitz-software.de")],
        summary="Zweitgespräch Senior Frontend Developer – Alpspitz Software",
        description=original.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1],
        start="20260916T130000", end="20260916T143000", stamp="20260907T090211Z",
        location="Microsoft Teams-Besprechung",
        teams="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk1ZjQ3MWQtNzFiMi00ZTg3LTkwZDUtYzVlMjFhNTk3OGNm%40thread.v2/0",
    )
    return message(hs, mixed(
        text(body, params="format=flowed", cte="8bit"),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                 name_param=True),
    ))


# key 18 -- Vienna agency: short note plus the pasted German Zoom invitation
@reg(family="zoom", lang="de", interview=True, kind="scheduled", company="Praterpixel GmbH",
     start="2026-06-12T08:00:00Z", end=None, contact="lisa.hofbauer@praterpixel.at",
     local="Fri 2026-06-12 10:00", zone="Europe/Vienna",
     note="Recruiter's note ('für Freitag', Date Tue 9 Jun) over a pasted German Zoom block 'Uhrzeit: "
          "12.Juni.2026 10:00 AM Wien' -> CEST 08:00Z; 'rund eine Stunde' approximate -> end null")
def k18() -> bytes:
    hs = head(
        frm=addr("Lisa Hofbauer", "lisa.hofbauer@praterpixel.at"),
        subject="Unser Gespräch am Freitag – Zoom-Link",
        when="2026-06-09 16:22:05", zone="Europe/Vienna",
        mid="<CAJr8Vn3kQ0xT5mW2bL7pZ9cY4eH1sFd6gU8a@mail.gmail.com>",
        host="mail-ej1-f52.google.com", ip="209.85.218.52",
    )
    body = t("""
        Liebe Mira,

        wie am Telefon besprochen, hier die Zugangsdaten für Freitag. Mit dabei sind Bernhard (unser Tech Lead) und ich – wir nehmen uns rund eine Stunde Zeit, davon gut 20 Minuten für deine Fragen.

        Wir freuen uns!
        Liebe Grüße aus Wien
        Lisa

        ---

        Lisa Hofbauer lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Praterpixel x Mira Kowalski – Frontend Developer
        Uhrzeit: 12.Juni.2026 10:00 AM Wien

        Zoom-Meeting beitreten
        https://us06web.zoom.us/j/87312640955?pwd=bWx2a3NHcE9PQ0dKZkxvWnM3a1RJZz09

        Meeting-ID: 873 1264 0955
        Kenncode: 552194

        ---

        Mobile Schnelleinwahl
        +496971049922,,87312640955#,,,,*552194# Deutschland
        +43670309000,,87312640955#,,,,*552194# Österreich

        ---

        Einwahl nach aktuellem Standort
        • +49 69 7104 9922 Deutschland
        • +43 670 309 0000 Österreich

        Meeting-ID: 873 1264 0955
        Kenncode: 552194

        Ortsvorwahl suchen: https://us06web.zoom.us/u/kbR2pxQ1Nz

        --
        Lisa Hofbauer
        People & Talent | Praterpixel GmbH
        Praterstraße 38/2/14, 1020 Wien
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 19 -- headhunter, HTML only in windows-1252, Sie-Form, "Montag um halb drei"
@reg(family="headhunter", lang="de", interview=True, kind="scheduled", company="Albers Logistik GmbH",
     start="2026-08-24T12:30:00Z", end=None, contact="k.seidel@seidel-search.de",
     local="Mon 2026-08-24 14:30", zone="Europe/Berlin",
     note="Headhunter's HTML-only mail (windows-1252): client confirmed 'Montag um halb drei per Teams'; "
          "Montag from Date Thu 20 Aug = 24 Aug, halb drei = 14:30 CEST -> 12:30Z; 'etwa 45 Minuten' -> end "
          "null; company = hiring client; contact = headhunter")
def k19() -> bytes:
    hs = head(
        frm=addr("Karin Seidel", "k.seidel@seidel-search.de"),
        subject="Ihr Gespräch mit Albers Logistik am Montag",
        when="2026-08-20 17:05:51", zone="Europe/Berlin",
        mid="<000c01dc30f2$8e4a1b70$aade5250$@seidel-search.de>",
        host="smtprelay06.ispgateway.de", ip="80.67.31.40",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")),
        charset="windows-1252",
    )
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Liebe Frau Kowalski,</p>
        <p>gute Nachrichten: Herr Albers (Geschäftsführer) und Frau Tiedemann (Leitung IT) möchten Sie gern kennenlernen und haben den Termin bestätigt – <b>Montag um halb drei</b>, per Teams. Den Link schickt Ihnen Frau Tiedemann separat. Planen Sie etwa 45 Minuten ein.</p>
        <p>Kurz zum Hintergrund: Albers baut gerade ein kleines Inhouse-Team für das neue Kundenportal auf (Vue 3, Nuxt), aktuell sind es zwei Backend-Entwickler und eine externe Agentur. Herrn Albers ist vor allem wichtig, dass die Person Verantwortung für das Frontend übernehmen möchte. Frau Tiedemann wird eher technisch nachfragen.</p>
        <p>Wenn es Ihnen recht ist, rufe ich Sie am Montagvormittag noch einmal kurz zur Vorbereitung an.</p>
        <p>Herzliche Grüße<br>Karin Seidel</p>
        <p style="color:#595959;font-size:9pt">Seidel Executive Search | Partnerin<br>Neuer Wall 50 | 20354 Hamburg<br>Tel. +49 40 3346 118-0 | <a href="mailto:k.seidel@seidel-search.de">k.seidel@seidel-search.de</a></p>
        </body></html>
        """)
    return message(hs, html(page, charset="windows-1252"))


# key 20 -- Recruitee invitation to a final round on-site with an agenda (English, Berlin)
@reg(family="recruitee", lang="en", interview=True, kind="scheduled", company="Tempelhof Robotics GmbH",
     start="2026-07-23T08:00:00Z", end="2026-07-23T12:00:00Z", contact="aylin.demir@tempelhof-robotics.com",
     local="Thu 2026-07-23 10:00", local_end="2026-07-23 14:00", zone="Europe/Berlin",
     note="Recruitee final-round invitation with agenda 10:00-14:00 on Thursday 23 July 2026 (CEST) -> "
          "08:00Z-12:00Z (first start to last end, lunch inside); Reply-To is a Recruitee relay, contact = "
          "the recruiter's address in the body")
def k20() -> bytes:
    hs = head(
        frm=addr("Aylin Demir – Tempelhof Robotics", "tempelhof-robotics@mail.recruitee.com"),
        reply_to="tempelhof-robotics+c8f31a9e2d@inbound.recruitee.com",
        subject="Final round at Tempelhof Robotics – Thursday, 23 July",
        when="2026-07-17 14:30:11", zone="Europe/Berlin",
        mid="<6f1d0b7e2a9c4.1784291411@mail.recruitee.com>",
        host="o12.mail.recruitee.com", ip="149.72.161.12",
    )
    body = t("""
        Hi Mira,

        Thanks again for the great take-home – the team really liked your approach to the map rendering. We'd love to invite you to our final round at the office on Thursday, 23 July 2026.

        Where: Tempelhof Robotics, Columbiadamm 10, Hangar 4, 12101 Berlin (ask for me at the front desk)

        Agenda
        10:00 – 10:45  System design: a real-time fleet dashboard (Kai & Dilara)
        11:00 – 12:00  Pair programming in our codebase (Elif)
        12:00 – 13:00  Lunch with the frontend team
        13:00 – 14:00  Meet the founders (Annika & Ruben)

        Bring your laptop if you prefer your own setup – we also have a loaner ready for you.

        If you have any questions, reach out to me directly at aylin.demir@tempelhof-robotics.com or +49 30 2209 4417.

        See you on Thursday!
        Aylin Demir
        Talent Acquisition, Tempelhof Robotics
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Mira,</p>
        <p>Thanks again for the great take-home – the team really liked your approach to the map rendering. We'd love to invite you to our final round at the office on <strong>Thursday, 23 July 2026</strong>.</p>
        <p><strong>Where:</strong> Tempelhof Robotics, Columbiadamm 10, Hangar 4, 12101 Berlin (ask for me at the front desk)</p>
        <p><strong>Agenda</strong></p>
        <ul>
        <li>10:00 – 10:45 System design: a real-time fleet dashboard (Kai &amp; Dilara)</li>
        <li>11:00 – 12:00 Pair programming in our codebase (Elif)</li>
        <li>12:00 – 13:00 Lunch with the frontend team</li>
        <li>13:00 – 14:00 Meet the founders (Annika &amp; Ruben)</li>
        </ul>
        <p>Bring your laptop if you prefer your own setup – we also have a loaner ready for you.</p>
        <p>If you have any questions, reach out to me directly at <a href="mailto:aylin.demir@tempelhof-robotics.com">aylin.demir@tempelhof-robotics.com</a> or +49 30 2209 4417.</p>
        <p>See you on Thursday!<br>Aylin Demir<br>Talent Acquisition, Tempelhof Robotics</p>
        <p style="font-size:11px;color:#999">Sent via Recruitee</p>
        </body></html>
        """)
    return message(hs, alt(text(body), html(page)))


# key 21 -- founder's reply from his phone: "morgen um 11" on top of the thread (Du)
@reg(family="human_reply", lang="de", interview=True, kind="scheduled", company="Pfandpilot GmbH",
     start="2026-01-27T10:00:00Z", end=None, contact="nils@pfandpilot.de",
     local="Tue 2026-01-27 11:00", zone="Europe/Berlin",
     days=(("Fri", "2026-01-23"), ("Sun", "2026-01-25")),
     note="Founder replies 'dann sehen wir uns morgen um 11 bei uns im Office' (iPhone, quoted thread below); "
          "morgen from Date Mon 26 Jan 08:40 = Tue 27 Jan, CET -> 10:00Z; no length -> end null")
def k21() -> bytes:
    hs = head(
        frm=addr("Nils Ahrens", "nils@pfandpilot.de"),
        subject="Re: Bewerbung Frontend (React Native) – Kennenlernen?",
        when="2026-01-26 08:40:22", zone="Europe/Berlin",
        mid="<3D9E51B7-0C2A-4F86-A7D4-E18B2F6C9A03@pfandpilot.de>",
        host="mail-pj1-f45.google.com", ip="209.85.216.45",
        extra=(("X-Mailer", "iPhone Mail (22D63)"),
               ("In-Reply-To", "<CAM5p0Hk7Wd2Ln9Qz3Bv8Xr1Tc6Jy4Fe0Ga@mail.gmail.com>")),
    )
    body = t("""
        Hey Mira,

        klingt gut, dann sehen wir uns morgen um 11 bei uns im Office! Skalitzer Str. 85, Hinterhof links, 3. OG – einfach klingeln. Kaffee steht bereit ☕

        Nils

        Von meinem iPhone gesendet

        > Am 25.01.2026 um 21:14 schrieb Mira Kowalski <mira.kowalski@example.org>:
        >
        > Hi Nils,
        >
        > danke für die schnelle Rückmeldung! Dienstagvormittag würde bei mir gut passen, ab 10 Uhr bin ich flexibel. Gern auch persönlich bei euch, ich wohne ja quasi um die Ecke.
        >
        > Viele Grüße
        > Mira
        >
        >> Am Fr., 23. Jan. 2026 um 17:52 Uhr schrieb Nils Ahrens <nils@pfandpilot.de>:
        >>
        >> Hi Mira,
        >> danke für deine Bewerbung über JOIN! Hast du Lust, nächste Woche mal auf einen Kaffee bei uns vorbeizukommen? Sag einfach, wann es dir passt.
        >> Nils (Gründer & CTO)
        """)
    return message(hs, text(body, cte="quoted-printable"))


# key 22 -- hiring manager fixes a coffee chat in Hamburg (English, short)
@reg(family="human_reply", lang="en", interview=True, kind="scheduled", company="Speicherstadt Studios",
     start="2026-02-27T09:00:00Z", end=None, contact="malte.carstens@speicherstadt-studios.com",
     local="Fri 2026-02-27 10:00", zone="Europe/Berlin",
     note="Head of Frontend confirms an informal coffee chat about the role, 'Friday at 10' from Date Tue 24 "
          "Feb = 27 Feb, CET -> 09:00Z; a hiring-manager chat counts as an interview stage; no length -> end null")
def k22() -> bytes:
    hs = head(
        frm=addr("Malte Carstens", "malte.carstens@speicherstadt-studios.com"),
        subject="Re: Coffee while I'm in Hamburg?",
        when="2026-02-24 18:20:37", zone="Europe/Berlin",
        mid="<CAB7tQ1nW4zK9xP2mR6vL0cD8sY3eJ5hF1uGa@mail.gmail.com>",
        host="mail-lf1-f50.google.com", ip="209.85.167.50",
        extra=(("In-Reply-To", "<CAM5p0Hk2Rz8Tq1Wv7Nx4Yb9Lc3Jd6Gf0Ea@mail.gmail.com>"),),
    )
    body = t("""
        Hi Mira,

        Friday at 10 works great for me. Let's meet at Fleetkaffee on Admiralitätstraße – it's five minutes from our studio. I'll grab a table by the window.

        It's an informal chat about the Frontend Lead role, no prep needed; I'd just like to get to know you and tell you a bit about the team and what we're building. If you're up for it we can walk over to the studio afterwards.

        Looking forward to it!
        Malte

        --
        Malte Carstens
        Head of Frontend | Speicherstadt Studios
        Am Sandtorkai 30, 20457 Hamburg

        On Tue, 24 Feb 2026 at 11:02, Mira Kowalski <mira.kowalski@example.org> wrote:
        > Hi Malte,
        >
        > thanks for reaching out on LinkedIn! I'm in Hamburg on Thursday and Friday for a conference – would Friday morning work for a coffee? Anytime from 9:30 is fine for me.
        >
        > Best,
        > Mira
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 23 -- Google Calendar invitation (English UI) from London, sent in GMT for a day in BST
@reg(family="google_calendar", lang="en", interview=True, kind="scheduled", company="Larkspur Money",
     start="2026-03-31T15:00:00Z", end="2026-03-31T16:00:00Z", contact="callum.reid@larkspur.money",
     local="Tue 2026-03-31 16:00", local_end="2026-03-31 17:00", zone="Europe/London",
     note="Google Calendar invitation: 'Tue 31 Mar 2026 16:00 - 17:00 (BST)', sent Fri 27 Mar in GMT; UK on BST "
          "from 29 March -> 15:00Z-16:00Z; ICS in UTC agrees; contact = ORGANIZER (engineering manager)")
def k23() -> bytes:
    hs = head(
        frm=addr("Callum Reid", "callum.reid@larkspur.money"),
        reply_to=addr("Callum Reid", "callum.reid@larkspur.money"),
        sender=addr("Google Calendar", "calendar-notification@google.com"),
        subject="Invitation: Larkspur | Technical interview – Mira Kowalski @ Tue 31 Mar 2026 16:00 - 17:00 "
                "(BST) (mira.kowalski@example.org)",
        when="2026-03-27 15:48:29", zone="Europe/London",
        mid="<calendar-0c7d2e9f-41b3-4a68-b5f0-93e1a8c6d274@google.com>",
        host="mail-sor-f65.google.com", ip="209.85.220.65",
    )
    plain = t("""
        Larkspur | Technical interview – Mira Kowalski
        Tuesday 31 Mar 2026 ⋅ 16:00 – 17:00
        United Kingdom Time

        Join with Google Meet
        https://meet.google.com/fqo-xbnd-ytw

        Join by phone
        (GB) +44 20 3957 1142
        PIN: 902 331 478#

        More phone numbers: https://tel.meet/fqo-xbnd-ytw?pin=9023314780552

        Hi Mira – an hour with me and Ifeoma from the web team: a quick intro, about 40 minutes of live coding (React + TypeScript in CodeSandbox) and time for your questions at the end. That's 17:00–18:00 for you in Berlin.

        Organiser
        Callum Reid
        callum.reid@larkspur.money

        Guests
        Callum Reid – organiser
        Ifeoma Nwosu
        mira.kowalski@example.org
        View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=M2xwcTlrYjdtZnIw

        Reply for mira.kowalski@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2xwcTlrYjdtZnIw&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2xwcTlrYjdtZnIw&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2xwcTlrYjdtZnIw&rst=3
        More options: https://calendar.google.com/calendar/event?action=VIEW&eid=M2xwcTlrYjdtZnIw

        """) + GCAL_FOOTER_EN
    ics = gcal_ics(
        method="REQUEST", uid="3lpq9kb7mfr0t2s8vc4hn1ae6d@google.com",
        organizer=("Callum Reid", "callum.reid@larkspur.money"),
        guests=[("Callum Reid", "callum.reid@larkspur.money", "ACCEPTED"),
                ("Ifeoma Nwosu", "ifeoma.nwosu@larkspur.money", "ACCEPTED"),
                ("mira.kowalski@example.org", ME, "NEEDS-ACTION")],
        summary="Larkspur | Technical interview – Mira Kowalski",
        description="""
            Hi Mira – an hour with me and Ifeoma from the web team: a quick intro, about 40 minutes of live coding (React + TypeScript in CodeSandbox) and time for your questions at the end. That's 17:00–18:00 for you in Berlin.

            -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
            Join with Google Meet: https://meet.google.com/fqo-xbnd-ytw
            Join by phone: (GB) +44 20 3957 1142 PIN: 902331478#
            -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
            """,
        start="20260331T150000Z", end="20260331T160000Z", stamp="20260327T154829Z",
        created="20260327T154826Z", modified="20260327T154826Z",
        meet="https://meet.google.com/fqo-xbnd-ytw",
    )
    return gcal_mail(hs, plain, ics)


# =========================================================================== negatives (keys 24-50)


# key 24 -- StepStone job agent digest
@reg(family="job_alert", lang="de", interview=False, company=None,
     note="StepStone Job-Agent digest; 'Bewerbungsgespräch per Video' is a job attribute, nothing scheduled")
def k24() -> bytes:
    hs = head(
        frm=addr("StepStone Job-Agent", "jobagent@mail.stepstone.de"),
        subject="12 neue Jobs für „Frontend Developer“ in Berlin",
        when="2026-03-03 06:12:44", zone="Europe/Berlin",
        mid="<20260303051244.JA.88214907.3f1c@mail.stepstone.de>",
        host="mta-out14.mail.stepstone.de", ip="193.17.162.14",
        extra=(("List-Unsubscribe", "<https://www.stepstone.de/jobagent/abmelden?id=88214907&t=c9e2>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")),
    )
    body = t("""
        Hallo Mira,

        Ihr Job-Agent „Frontend Developer“ (Berlin + 30 km) hat 12 neue Jobs für Sie gefunden.

        Frontend Developer (m/w/d) React / TypeScript
        Kiezkasse GmbH · Berlin · Feste Anstellung, Vollzeit · Homeoffice möglich
        Neu · Schnell beworben
        https://www.stepstone.de/stellenangebote--Frontend-Developer-Berlin-Kiezkasse--10482213

        Senior Frontend Engineer (all genders)
        Tempelhof Robotics GmbH · Berlin · Vollzeit · 65.000 – 80.000 €
        Bewerbungsgespräch per Video möglich
        https://www.stepstone.de/stellenangebote--Senior-Frontend-Engineer-Berlin-Tempelhof-Robotics--10479551

        Web Developer Vue.js (m/w/d)
        Spreeblick Medien GmbH & Co. KG · Berlin-Mitte · Vollzeit, Teilzeit
        Vor 2 Tagen
        https://www.stepstone.de/stellenangebote--Web-Developer-Vue-js-Berlin-Spreeblick--10477102

        Frontend Entwickler (m/w/d) Angular – Public Sector
        Havelgrün IT-Consulting GmbH · Potsdam · Vollzeit
        Vor 3 Tagen
        https://www.stepstone.de/stellenangebote--Frontend-Entwickler-Potsdam-Havelgruen--10476648

        Alle 12 Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse?id=88214907

        Tipp: Mit einem vollständigen Profil werden Sie von Recruitern schneller gefunden.

        Sie erhalten diese E-Mail, weil Sie den Job-Agenten „Frontend Developer“ angelegt haben.
        Job-Agent bearbeiten oder abmelden: https://www.stepstone.de/jobagent/abmelden?id=88214907&t=c9e2
        StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    return message(hs, alt(text(body), html(page)))


# key 25 -- LinkedIn job alert (English)
@reg(family="job_alert", lang="en", interview=False, company=None,
     note="LinkedIn job alert; 'Actively recruiting' / 'early applicant' badges are not a confirmation")
def k25() -> bytes:
    hs = head(
        frm=addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        subject="“frontend developer”: Pfandpilot GmbH - Frontend Developer (React Native) and more",
        when="2026-01-05 07:31:09", zone="Europe/Berlin",
        mid="<1480392751.4418207.1767594669112@ltx1-app8824.prod.linkedin.com>",
        host="mailb-dd.linkedin.com", ip="108.174.3.204",
        extra=(("List-Unsubscribe", "<https://www.linkedin.com/job-alert-email-unsubscribe?savedSearchId=3950214>"),
               ("X-LinkedIn-Class", "JOB-ALERT"),
               ("Precedence", "bulk")),
    )
    body = t("""
        Your job alert for frontend developer in Berlin, Germany
        8 new jobs match your preferences.

        Frontend Developer (React Native)
        Pfandpilot GmbH
        Berlin, Berlin, Germany (On-site)
        Actively recruiting
        Apply with resume & profile
        View job: https://www.linkedin.com/comm/jobs/view/4120983311

        Frontend Engineer, Design Systems
        Keizer Mobility
        Amsterdam, North Holland, Netherlands (Hybrid)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4121557082

        Senior Frontend Engineer (Remote, EU)
        Kestrel Labs
        European Union (Remote)
        2 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4119870145

        Frontend Developer – Energy Platform
        Kranhaus Energie GmbH
        Cologne, North Rhine-Westphalia, Germany (Hybrid)
        Your profile matches this job
        View job: https://www.linkedin.com/comm/jobs/view/4118204476

        See all jobs on LinkedIn: https://www.linkedin.com/comm/jobs/search?savedSearchId=3950214

        Prepare for interviews with AI-powered mock questions – try LinkedIn Premium free for 1 month.

        This email was intended for Mira Kowalski (Frontend Developer | React, TypeScript, Accessibility)
        You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/job-alert-email-unsubscribe?savedSearchId=3950214
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    page = "<html><body style=\"font-family:-apple-system,Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    return message(hs, alt(text(body), html(page)))


# key 26 -- JOIN application receipt (Du-Form)
@reg(family="application_ack", lang="de", interview=False, company="Pfandpilot GmbH",
     note="JOIN application receipt; a first 'Kennenlern-Gespräch' is only a possible next step")
def k26() -> bytes:
    hs = head(
        frm=addr("Pfandpilot GmbH via JOIN", "no-reply@join.com"),
        subject="Deine Bewerbung bei Pfandpilot GmbH ist eingegangen",
        when="2026-01-12 19:03:26", zone="Europe/Berlin",
        mid="<0107019a5c2e7b14-e2b8f0d1-6c3a-4a97-8e5f-2d1b0c9a7e63-000000@eu-west-1.amazonses.com>",
        host="a7-19.smtp-out.eu-west-1.amazonses.com", ip="54.240.7.19",
    )
    body = t("""
        Hallo Mira,

        vielen Dank für deine Bewerbung als Frontend Developer (React Native) (m/w/d) bei Pfandpilot GmbH!

        Wir haben deine Unterlagen erhalten und an das Team weitergeleitet. Das Team von Pfandpilot schaut sich deine Bewerbung in Ruhe an und meldet sich bei dir – in der Regel innerhalb von zwei Wochen. Wenn alles passt, geht es im nächsten Schritt um ein erstes Kennenlern-Gespräch.

        Deine Bewerbung im Überblick:
        Position: Frontend Developer (React Native) (m/w/d)
        Standort: Berlin-Kreuzberg
        Eingereicht am: 12.01.2026

        Viel Erfolg!
        Dein JOIN-Team im Auftrag von Pfandpilot GmbH

        Du hast Fragen zu deinen Daten? https://join.com/datenschutz
        JOIN Solutions AG · Hardturmstrasse 253 · 8005 Zürich
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 27 -- SAP SuccessFactors receipt (Sie-Form, Munich corporate)
@reg(family="application_ack", lang="de", interview=False, company="Würmtal Automotive SE",
     note="SuccessFactors application receipt; an interview invitation is only hypothetical")
def k27() -> bytes:
    hs = head(
        frm=addr("Würmtal Automotive Karriere", "noreply@successfactors.eu"),
        subject="Eingangsbestätigung Ihrer Bewerbung – Frontend Developer Connected Car (m/w/d) (Job-ID 48213)",
        when="2026-04-15 11:47:03", zone="Europe/Berlin",
        mid="<1432108876.229187.1776246423551@pmsf2.successfactors.eu>",
        host="mail2.successfactors.eu", ip="155.56.208.75",
    )
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
        <p>Sehr geehrte Frau Kowalski,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Frontend Developer Connected Car (m/w/d)</b> (Job-ID 48213) und Ihr Interesse an der Würmtal Automotive SE.</p>
        <p>Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig; der Auswahlprozess kann einige Wochen in Anspruch nehmen. Sollten Sie in die engere Auswahl kommen, werden wir Sie zu einem Interview einladen.</p>
        <p>Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://career5.successfactors.eu/career?company=wuermtalaut&amp;career_ns=job_application">Kandidatenprofil</a> einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Würmtal Automotive SE</p>
        <p style="font-size:8pt;color:#777">Würmtal Automotive SE · Würmtalstraße 200 · 81375 München · Sitz der Gesellschaft: München · Registergericht: Amtsgericht München HRB 271144<br>
        Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.</p>
        </body></html>
        """)
    return message(hs, html(page))


# key 28 -- Personio rejection after the interview of key 1
@reg(family="rejection", lang="de", interview=False, company="Isarlicht GmbH",
     days=(("Tue", "2026-03-17"),),
     note="Personio rejection after the interview of 17.03. (key 1); mentions the past interview date only")
def k28() -> bytes:
    hs = head(
        frm=addr("Franziska Huber | Isarlicht GmbH", "no-reply@jobs.personio.de"),
        reply_to="isarlicht-gmbh-3f9c21a7@messages.personio.de",
        subject="Ihre Bewerbung als Frontend Developer (m/w/d) bei der Isarlicht GmbH",
        when="2026-03-25 10:31:57", zone="Europe/Berlin",
        mid="<0102018e7d31c4a2-9f6b2e0d-4a1c-47d5-b3e8-0c2f9a6d1e57-000000@eu-central-1.amazonses.com>",
        host="a9-38.smtp-out.eu-central-1.amazonses.com", ip="54.240.9.38",
        extra=(("X-Personio-Message-Type", "candidate_message"),),
    )
    body = t("""
        Sehr geehrte Frau Kowalski,

        vielen Dank für das angenehme Gespräch am Dienstag, 17.03., und die Zeit, die Sie sich für uns genommen haben.

        Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit Kandidat:innen fortzusetzen, deren Erfahrung noch etwas näher an unseren aktuellen Anforderungen im Bereich Datenvisualisierung liegt. Diese Entscheidung ist uns nicht leichtgefallen.

        Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

        Mit freundlichen Grüßen

        Franziska Huber
        Talent Acquisition Partner
        Isarlicht GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 29 -- Ashby rejection after the interview of key 7 (English)
@reg(family="rejection", lang="en", interview=False, company="Keizer Mobility B.V.",
     note="Ashby rejection after the 10 June technical interview (key 7)")
def k29() -> bytes:
    hs = head(
        frm=addr("Keizer Mobility", "no-reply@ashbyhq.com"),
        reply_to=addr("Sanne de Vries", "sanne.devries@keizermobility.nl"),
        subject="Update on your application – Frontend Engineer (Design Systems)",
        when="2026-06-19 16:05:40", zone="Europe/Amsterdam",
        mid="<01000198a1f3c2d5-7e40b9a2-13c6-4f8d-9b27-e5a0d3c1f694-000000@email.amazonses.com>",
        host="a48-107.smtp-out.amazonses.com", ip="54.240.48.107",
    )
    body = t("""
        Hi Mira,

        Thank you for taking the time to interview with us on June 10 – Pieter and Lotte really enjoyed the component exercise with you.

        After a lot of discussion we've decided not to move forward with your application for the Frontend Engineer (Design Systems) role. We went with a candidate who has more hands-on experience with design tokens at scale, which is the team's focus for the next year.

        We'd be happy to keep in touch for future openings, and if you'd like more detailed feedback, just reply to this email.

        All the best,
        Sanne de Vries
        Talent, Keizer Mobility
        """)
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# key 30 -- offer from the company of keys 2 and 9, PDF attached, answer deadline
@reg(family="offer", lang="de", interview=False, company="Kiezkasse GmbH",
     days=(("Fri", "2026-04-24"),),
     note="Offer (Du-Form) with contract PDF, start date and a reply deadline 'Freitag, 24.4., 12 Uhr'")
def k30() -> bytes:
    hs = head(
        frm=addr("Jan Dietrich", "jan@kiezkasse.de"),
        subject="Dein Angebot von Kiezkasse 🎉",
        when="2026-04-20 18:02:15", zone="Europe/Berlin",
        mid="<CAG9pX4mLw1Rq7Tz0Vn3Hk8Yb5Fc2Jd6Se@mail.gmail.com>",
        host="mail-wm1-f47.google.com", ip="209.85.128.47",
    )
    body = t("""
        Hi Mira,

        nach den Gesprächen mit Selin, dem Team und mir sind wir uns einig: Wir würden dich sehr gern an Bord holen! 🎉

        Hier die Eckdaten:
        - Rolle: Frontend Engineer (React/TypeScript), Team Payments
        - Gehalt: 68.000 € brutto/Jahr + VSOP (Details im Anhang)
        - 30 Tage Urlaub, Remote-first mit Office in Kreuzberg
        - Start: 1. Juni 2026 oder nach Absprache

        Den Vertragsentwurf findest du im Anhang. Gib uns gern bis Freitag, 24.4., 12 Uhr Bescheid, ob du dabei bist – und wenn du vorher Fragen hast, ruf mich einfach an (0176 2290 4411), ich bin diese Woche fast immer erreichbar.

        Wir drücken uns selbst die Daumen!
        Jan

        --
        Jan Dietrich · Gründer & CEO · Kiezkasse GmbH
        """)
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body))),
        pdf_part("Kiezkasse - Arbeitsvertrag Entwurf - Mira Kowalski", "Kiezkasse_Vertragsentwurf_Kowalski.pdf"),
    ))


# key 31 -- XING message notification: headhunter outreach, asks for availability
@reg(family="recruiter_outreach", lang="de", interview=False, company="Kraus & Partner Personalberatung",
     note="XING notification of a headhunter's message; offers a call 'nächste Woche Dienstag oder Mittwoch ab "
          "14 Uhr' but nothing is agreed")
def k31() -> bytes:
    hs = head(
        frm=addr("XING", "mailrobot@mail.xing.com"),
        subject="Sabine Kraus hat Ihnen eine Nachricht geschickt",
        when="2026-09-24 12:10:33", zone="Europe/Berlin",
        mid="<20260924101033.5f2a8c.msg@mail.xing.com>",
        host="mail-out-41.xing.com", ip="213.238.63.41",
        extra=(("List-Unsubscribe", "<https://www.xing.com/settings/notifications?unsubscribe=messages>"),),
    )
    body = t("""
        Sabine Kraus
        Senior Consultant IT bei Kraus & Partner Personalberatung

        hat Ihnen eine Nachricht geschickt:

        „Hallo Frau Kowalski,

        ich bin auf Ihr Profil aufmerksam geworden und finde Ihren Werdegang im Bereich Frontend und Barrierefreiheit sehr spannend. Für einen unserer Kunden, ein etabliertes E-Commerce-Unternehmen in Hamburg, suche ich derzeit eine:n Senior Frontend Developer (Vue/Nuxt) – remote oder hybrid.

        Hätten Sie Lust auf ein kurzes, unverbindliches Telefonat? Ich hätte z. B. nächste Woche Dienstag oder Mittwoch ab 14 Uhr Zeit – oder nennen Sie mir gern einen Termin, der Ihnen besser passt.

        Viele Grüße
        Sabine Kraus“

        Nachricht beantworten: https://www.xing.com/chats/7315820_a6f1c2

        Sie erhalten diese E-Mail, weil Sie Benachrichtigungen zu neuen Nachrichten aktiviert haben.
        Einstellungen ändern: https://www.xing.com/settings/notifications
        New Work SE · Am Strandkai 1 · 20457 Hamburg
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 32 -- the London recruiter sends a Calendly link (before key 5)
@reg(family="scheduling_link", lang="en", interview=False, company="Larkspur Money",
     note="Recruiter asks the candidate to pick a slot on Calendly; nothing booked yet (the booking is key 5)")
def k32() -> bytes:
    hs = head(
        frm=addr("Hannah Price", "hannah.price@larkspur.money"),
        subject="Larkspur Money – your application for Frontend Engineer",
        when="2026-02-06 12:22:51", zone="Europe/London",
        mid="<CAK3rV8nP1xQ6mT0wZ9bL4cY7eH2sJ5dF0gUb@mail.gmail.com>",
        host="mail-yw1-f172.google.com", ip="209.85.128.172",
    )
    body = t("""
        Hi Mira,

        Thanks for applying for the Frontend Engineer role at Larkspur – your accessibility work on the public transport app really stood out.

        I'd love to set up a quick 30-minute intro call to tell you more about the team and hear what you're looking for. Grab any slot that suits you here:

        https://calendly.com/hannah-price-larkspur/intro-call

        The times show up in your own time zone, so no need to convert from London time. If nothing fits, let me know and I'll open up a few more.

        Speak soon,
        Hannah

        Hannah Price
        Talent Partner | Larkspur Money
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 33 -- slot proposals from the Hamburg startup (quoted later in key 4)
@reg(family="slot_proposal", lang="de", interview=False, company="Fjordbyte GmbH",
     days=(("Tue", "2026-05-12"), ("Wed", "2026-05-13"), ("Fri", "2026-05-15")),
     note="Recruiter proposes three slots (Di 12.5. 11 Uhr, Mi 13.5. 15 Uhr, Fr 15.5. 10 Uhr); none agreed yet")
def k33() -> bytes:
    hs = head(
        frm=addr("Svenja Meyer", "svenja@fjordbyte.io"),
        subject="Fjordbyte – Termin fürs erste Gespräch",
        when="2026-05-07 14:26:18", zone="Europe/Berlin",
        mid="<CAF2uN8kLm3Qw9Rt7Xy1Zb4Vc6Hd0Je5Pa@mail.gmail.com>",
        host="mail-wr1-f51.google.com", ip="209.85.221.51",
    )
    body = t("""
        Hi Mira,

        danke dir für deine Bewerbung als Frontend Engineer! Tobi (unser CTO) und ich würden dich gern kennenlernen. Hier ein paar Vorschläge:

        - Di 12.5. um 11 Uhr
        - Mi 13.5. um 15 Uhr
        - Fr 15.5. um 10 Uhr

        Sag einfach, was dir passt – wir machen das per Google Meet, ca. 45–60 Min.

        VG
        Svenja

        --
        Svenja Meyer · People & Operations · Fjordbyte GmbH
        Stubbenhuk 7 · 20459 Hamburg
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 34 -- take-home challenge with a submission deadline (before key 20)
@reg(family="take_home", lang="en", interview=False, company="Tempelhof Robotics GmbH",
     days=(("Sun", "2026-07-12"),),
     note="Take-home challenge with a deadline 'Sunday, 12 July, 23:59 CEST'; no interview time")
def k34() -> bytes:
    hs = head(
        frm=addr("Aylin Demir – Tempelhof Robotics", "tempelhof-robotics@mail.recruitee.com"),
        reply_to="tempelhof-robotics+c8f31a9e2d@inbound.recruitee.com",
        subject="Your take-home challenge – Tempelhof Robotics",
        when="2026-07-06 10:12:30", zone="Europe/Berlin",
        mid="<5a9e1c3f7b2d0.1783325550@mail.recruitee.com>",
        host="o12.mail.recruitee.com", ip="149.72.161.12",
    )
    body = t("""
        Hi Mira,

        Thanks for the nice chat last week! As promised, here's our take-home challenge.

        The task: build a small dashboard that shows our robots' positions on a map and updates in real time from a mock WebSocket feed. Everything you need (API mock, designs, README) is in the repository:
        https://github.com/tempelhof-robotics/frontend-challenge (you've been invited as a collaborator)

        Please submit your solution by Sunday, 12 July, 23:59 CEST by sharing your fork with us. It should take around 3–4 hours – please don't spend your whole weekend on it, we care more about your decisions than about polish.

        Once the team has reviewed it, we'll get back to you about the final round.

        Good luck and have fun!
        Aylin
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 35 -- HackerRank assessment invitation (before key 16)
@reg(family="assessment", lang="en", interview=False, company="Fogline Analytics",
     days=(("Fri", "2026-05-29"),),
     note="HackerRank online test invitation with an expiry 'Fri, May 29, 2026 11:59 PM PDT'; no interview")
def k35() -> bytes:
    hs = head(
        frm=addr("Fogline Analytics via HackerRank", "support@hackerrankforwork.com"),
        reply_to=addr("Marisol Vega", "marisol.vega@foglineanalytics.com"),
        subject="Fogline Analytics has invited you to take the Frontend Engineer Assessment",
        when="2026-05-24 09:40:02", zone="America/Los_Angeles",
        mid="<6650f1a2c93e7_4b2a1d8c0e5f@hackerrankforwork.com>",
        host="o3.email.hackerrankforwork.com", ip="167.89.72.33",
    )
    body = t("""
        Hi Mira,

        Fogline Analytics has invited you to take the following test as part of your application for Senior Frontend Engineer (Remote – Europe).

        Test: Frontend Engineer Assessment
        Duration: 90 minutes
        Questions: 3 (React, TypeScript, a small debugging task)
        Test expires on: Fri, May 29, 2026 11:59 PM PDT

        Start test: https://www.hackerrank.com/test/9kd2mb3p1ql/login?b=eyJ1c2VybmFtZSI6Im1pcmEua293YWxza2kifQ

        Before you begin:
        - Use a recent version of Chrome or Firefox.
        - You can take the test any time before it expires, but once started the timer cannot be paused.
        - Try a sample test first: https://www.hackerrank.com/tests/sample

        Good luck!
        The HackerRank Team, on behalf of Fogline Analytics
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 36 -- Doctolib dentist confirmation (HTML only, base64)
@reg(family="non_interview_calendar", lang="de", interview=False, company=None,
     days=(("Tue", "2026-11-03"),),
     note="Doctolib dentist appointment confirmation (Di., 3. Nov. 2026, 08:15); personal appointment")
def k36() -> bytes:
    hs = head(
        frm=addr("Doctolib", "no-reply@doctolib.de"),
        subject="Ihr Termin am Dienstag, 3. November ist bestätigt",
        when="2026-10-28 19:20:11", zone="Europe/Berlin",
        mid="<6560c1a8e0d47_2f8b4.1790619611@doctolib.de>",
        host="mail-out5.doctolib.de", ip="185.78.197.35",
    )
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="background:#f0f4fa;font-family:Arial,sans-serif;color:#0b2240">
        <table width="560" align="center" style="background:#fff;padding:24px;border-radius:8px">
        <tr><td>
        <h2 style="color:#107aca">Ihr Termin ist bestätigt</h2>
        <p>Hallo Mira Kowalski,</p>
        <p>Ihr Termin wurde erfolgreich gebucht:</p>
        <p style="font-size:16px"><b>Di., 3. Nov. 2026 um 08:15</b></p>
        <p><b>Zahnarztpraxis Dr. Ines Vollmer</b><br>Kontrolluntersuchung &amp; professionelle Zahnreinigung<br>Weserstraße 45, 12045 Berlin</p>
        <p>Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte spätestens 24 Stunden vorher ab.</p>
        <p><a href="https://www.doctolib.de/appointments/8841207/cancel" style="color:#107aca">Termin verschieben oder absagen</a></p>
        <p style="font-size:11px;color:#6b7c93">Doctolib GmbH · Mehringdamm 51 · 10961 Berlin</p>
        </td></tr></table></body></html>
        """)
    return message(hs, html(page, cte="base64"))


# key 37 -- recurring stand-up invitation from the current employer (Exchange)
@reg(family="non_interview_calendar", lang="de", interview=False, company=None,
     days=(("Mon", "2026-01-12"),),
     note="Recurring daily stand-up from the current team lead (Exchange, RRULE), sent to the work address")
def k37() -> bytes:
    mid = "<AM0P190MB0627E1C35B9A4F208D7E6C1A35B82@AM0P190MB0627.EURP190.PROD.OUTLOOK.COM>"
    hs = head(
        frm=addr("Roth, Stefan", "stefan.roth@nordstern-digital.de"),
        to=addr("Team Frontend", "team-frontend@nordstern-digital.de"),
        subject="Daily Stand-up Team Frontend",
        when="2026-01-08 10:02:47", zone="Europe/Berlin", mid=mid,
        host="mail-am6eur05on2107.outbound.protection.outlook.com", ip="40.107.22.107",
        rcpt=ME_WORK,
        extra=(("Thread-Topic", "Daily Stand-up Team Frontend"),
               ("Content-Language", "de-DE")),
    )
    body = t("""
        Hi zusammen,

        ab Montag, 12.01., machen wir das Stand-up wieder jeden Morgen um 9:30 – kurz und knackig, max. 15 Minuten. Wer im Office ist, gern im Raum „Kranich“, alle anderen über Teams.

        Stefan

        """) + teams_de("MjQ3ZTA5ZDEtODY4Yi00Y2ZmLWI3NTMtNGQwZjJkMmUxYjk0", "0a7e4c21-5d3b-4f96-8e17-b2c9d0e1f3a4",
                        "392 018 447 260", "Tz5vQ2")
    ics = exchange_ics(
        method="REQUEST",
        uid="040000008200E00074C5B7101A82E008000000009D1F4E3A5F7DDC01000000000000000010000000A6C3E18F2B0D7E4B9F5A21C8D3E07B96",
        organizer=("Roth, Stefan", "stefan.roth@nordstern-digital.de"),
        attendees=[("Team Frontend", "team-frontend@nordstern-digital.de")],
        summary="Daily Stand-up Team Frontend", description=body,
        start="20260112T093000", end="20260112T094500", stamp="20260108T090247Z",
        location="Raum Kranich / Microsoft Teams-Besprechung",
        rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO", busy="BUSY",
    )
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


# key 38 -- apartment viewing via a property portal
@reg(family="non_interview_calendar", lang="de", interview=False, company=None,
     days=(("Wed", "2026-08-19"),),
     note="Apartment viewing invitation relayed by a property portal (Mittwoch, 19.08.2026, 18:30 Uhr); "
          "'Gehaltsnachweise' and 'Einladung' but no job interview")
def k38() -> bytes:
    hs = head(
        frm=addr("Hausverwaltung Grünthal & Söhne über ImmoScout24", "nachricht@immobilienscout24.de"),
        reply_to="kontakt-4471902-a8c3@reply.immobilienscout24.de",
        subject="Einladung zur Besichtigung: 3-Zimmer-Altbau, Weserstraße 12, Neukölln",
        when="2026-08-14 11:48:20", zone="Europe/Berlin",
        mid="<is24.msg.4471902.1786700900@immobilienscout24.de>",
        host="mailout7.immobilienscout24.de", ip="91.216.234.77",
    )
    body = t("""
        Guten Tag Frau Kowalski,

        vielen Dank für Ihre Anfrage zur Wohnung Weserstraße 12, 12047 Berlin (3 Zimmer, 78 m², 2. OG, Vorderhaus).

        Gerne laden wir Sie zu einem Besichtigungstermin ein:

        Mittwoch, 19.08.2026, 18:30 Uhr
        Treffpunkt: vor dem Hauseingang, Weserstraße 12

        Bitte bringen Sie folgende Unterlagen mit:
        - aktuelle SCHUFA-Auskunft
        - Gehaltsnachweise der letzten drei Monate
        - Mietschuldenfreiheitsbescheinigung
        - Kopie des Personalausweises

        Bitte geben Sie uns kurz Bescheid, falls Sie den Termin nicht wahrnehmen können.

        Mit freundlichen Grüßen
        Hausverwaltung Grünthal & Söhne
        Frau Beate Krüger

        ---
        Diese Nachricht wurde Ihnen über ImmoScout24 zugestellt. Antworten Sie einfach auf diese E-Mail.
        """)
    return message(hs, text(body))


# key 39 -- Meetup RSVP with an ICS (English)
@reg(family="meetup", lang="en", interview=False, company=None,
     days=(("Thu", "2026-11-19"),),
     note="Meetup RSVP confirmation with ICS for a JS meetup whose talk is about hiring stories; not an interview")
def k39() -> bytes:
    hs = head(
        frm=addr("Meetup", "info@email.meetup.com"),
        subject="You're going to BerlinJS – November: Signals, Server Components & Hiring Stories",
        when="2026-11-13 09:00:41", zone="Europe/Berlin",
        mid="<0100019b1c5e2a7f-38d1b7c4-9e0a-4f6c-b2d5-7a1e3c9f0b84-000000@email.meetup.com>",
        host="a8-44.smtp-out.email.meetup.com", ip="54.240.8.44",
        extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/?unsubscribe=rsvp>"),),
    )
    body = t("""
        You're going!

        BerlinJS – November: Signals, Server Components & Hiring Stories
        Thursday, November 19, 2026
        7:00 PM to 9:30 PM CET

        Hosted at: Kiezkasse HQ, Oranienstraße 183, 10999 Berlin

        Talks:
        - "Signals everywhere?" – Tomasz Nowak
        - "Server Components in practice" – Hanna Lindqvist
        - "I interviewed 60 frontend devs this year – here's what I learned" – Selin Aydın

        Pizza and drinks provided by our hosts. Please bring a photo ID for the building.

        Add to calendar: see the attached file
        Can't make it? Update your RSVP: https://www.meetup.com/berlinjs/events/305118842/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Meetup//RemoteApi//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "DTSTAMP:20261113T080041Z",
        "DTSTART;TZID=Europe/Berlin:20261119T190000",
        "DTEND;TZID=Europe/Berlin:20261119T213000",
        "STATUS:CONFIRMED",
        "SUMMARY:BerlinJS – November: Signals\\, Server Components & Hiring Stories",
        "LOCATION:Kiezkasse HQ (Oranienstraße 183\\, 10999 Berlin)",
        "URL:https://www.meetup.com/berlinjs/events/305118842/",
        "UID:event_305118842@meetup.com",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, method="PUBLISH", cte="base64", filename="event.ics", disposition="attachment"),
    ))


# key 40 -- webinar registration whose title sounds like an interview (German, ICS)
@reg(family="marketing_webinar", lang="de", interview=False, company=None,
     days=(("Thu", "2026-12-10"),),
     note="Webinar registration 'Das Frontend-Interview' (Do., 10.12., 18:00 Uhr) with ICS; not a job interview")
def k40() -> bytes:
    hs = head(
        frm=addr("Codepilot Academy", "events@codepilot-academy.de"),
        subject="Anmeldung bestätigt: „Das Frontend-Interview – Live-Coding souverän meistern“",
        when="2026-11-19 20:14:08", zone="Europe/Berlin",
        mid="<reg.77120.cp-webinar-1210@codepilot-academy.de>",
        host="mail.codepilot-academy.de", ip="78.46.102.19",
        extra=(("List-Unsubscribe", "<mailto:abmelden@codepilot-academy.de?subject=unsubscribe>"),),
    )
    body = t("""
        Hi Mira,

        super, dass du dabei bist! Deine Anmeldung für unser kostenloses Live-Webinar ist bestätigt:

        „Das Frontend-Interview – Live-Coding souverän meistern“
        Do., 10.12.2026, 18:00–19:30 Uhr (Zoom Webinar)

        Darauf kannst du dich freuen:
        – Wie Tech-Interviews bei Berliner Startups wirklich ablaufen
        – Live: eine komplette Coding-Runde mit Feedback in Echtzeit
        – Q&A mit zwei Hiring Managern

        Deinen persönlichen Zugangslink schicken wir dir eine Stunde vorher. Den Termin für deinen Kalender findest du im Anhang.

        Bis dann!
        Dein Team der Codepilot Academy

        Codepilot Academy GmbH · Friedrichstraße 68 · 10117 Berlin
        Keine Mails mehr? Abmelden: https://codepilot-academy.de/abmelden
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Codepilot Academy//Webinar//DE",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:cp-webinar-20261210@codepilot-academy.de",
        "DTSTAMP:20261119T191408Z",
        "DTSTART:20261210T170000Z",
        "DTEND:20261210T183000Z",
        "SUMMARY:Webinar: Das Frontend-Interview – Live-Coding souverän meistern",
        "DESCRIPTION:Kostenloses Live-Webinar der Codepilot Academy. Zugangslink folgt eine Stunde vorher.",
        "LOCATION:Zoom Webinar",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(hs, mixed(
        alt(text(body), html(gmail_html(body))),
        calendar(ics, method=None, cte="base64", filename="webinar.ics", disposition="attachment"),
    ))


# key 41 -- Calendly booking with a career coach: a mock interview (German Calendly UI)
@reg(family="mock_interview", lang="de", interview=False, company=None,
     days=(("Fri", "2026-03-06"),),
     note="Calendly confirmation of a paid mock interview with a career coach (Fri 6 Mar 10:00); practice, "
          "not a job interview")
def k41() -> bytes:
    hs = head(
        frm=addr("Calendly", "notifications@calendly.com"),
        reply_to=addr("Carla Neumann", "carla@neumann-karriere.de"),
        subject="Bestätigt: Mock-Interview Tech (60 Min.) mit Carla Neumann am Freitag, 6. März 2026",
        when="2026-03-02 20:40:55", zone="Europe/Berlin",
        mid="<20260302194055.a81e3c0f5d7b2946@calendly.com>",
        host="o1.email.calendly.com", ip="167.89.17.204",
    )
    body = t("""
        Hallo Mira Kowalski,

        Ihr Termin Mock-Interview Tech (60 Min.) mit Carla Neumann am Freitag, 6. März 2026 um 10:00 (Mitteleuropäische Zeit) ist geplant.

        Ereignistyp:
        Mock-Interview Tech (60 Min.)

        Gastgeber:
        Carla Neumann – Karrierecoaching für Tech-Talente

        Datum/Uhrzeit des Ereignisses:
        10:00 - 11:00 (Mitteleuropäische Zeit) Freitag, 6. März 2026

        Ort:
        Zoom – der Link wird Ihnen separat zugesendet.

        Fragen:
        Für welche Art von Interview möchten Sie üben?
        Technisches Interview mit Live-Coding (React) für Senior-Rollen, v. a. bei US-Firmen

        Zahlung: 120,00 € (bezahlt)

        Möchten Sie Änderungen vornehmen?
        Absagen: https://calendly.com/cancellations/3b7e0c91-f2a4-4d58-9c16-8e2d1a7f40b3
        Neu planen: https://calendly.com/reschedulings/3b7e0c91-f2a4-4d58-9c16-8e2d1a7f40b3

        Unterstützt von Calendly.com
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 42 -- podcast guest "Interview" recording
@reg(family="podcast", lang="de", interview=False, company=None,
     days=(("Wed", "2026-06-03"),),
     note="Podcast host confirms the recording of an 'Interview' with the candidate as guest (Mi 3.6., 16 Uhr); "
          "not a job interview")
def k42() -> bytes:
    hs = head(
        frm=addr("Deniz Arslan", "deniz@frontendfunk.de"),
        subject="Interview für Frontend Funk – Aufnahme am Mittwoch 🎙️",
        when="2026-05-28 11:15:36", zone="Europe/Berlin",
        mid="<CAE1wR5nK8xT3mQ0vZ7bP2cL9eY4sH6dJ1fGc@mail.gmail.com>",
        host="mail-ed1-f48.google.com", ip="209.85.208.48",
    )
    body = t("""
        Hi Mira,

        mega, dass du Lust hast! Hier nochmal alles für unser Interview:

        Aufnahme: Mittwoch, 3.6., um 16 Uhr
        Wo: Riverside – https://riverside.fm/studio/frontend-funk?t=5e8a1c
        Dauer: rechne mit ca. einer Stunde, geschnitten wird's auf 40 Min.

        Themen, grob:
        1. Barrierefreiheit in Design-Systemen (dein Talk bei BerlinJS)
        2. Wie ihr bei Nordstern Komponenten testet
        3. Deine Erfahrungen mit der Jobsuche 2026 – so offen, wie du magst, gern auch anonymisiert

        Headset wäre super, Kamera ist optional (wir veröffentlichen nur Audio).

        Bis Mittwoch!
        Deniz
        Frontend Funk – der Podcast für Web-Entwickler:innen
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 43 -- the candidate is an interviewer at her current employer (Exchange invite to the work address)
@reg(family="interviewer_invite", lang="de", interview=False, company=None,
     days=(("Thu", "2026-06-25"),),
     note="HR at the current employer invites her as interviewer for a junior candidate (Do 25.06., 14:00); "
          "she is not the candidate")
def k43() -> bytes:
    mid = "<AM0P190MB0627B5E92C04D17A3F8E6D2C90A14@AM0P190MB0627.EURP190.PROD.OUTLOOK.COM>"
    hs = head(
        frm=addr("Kuhnert, Anja", "anja.kuhnert@nordstern-digital.de"),
        to=", ".join([addr("Kowalski, Mira", ME_WORK), addr("Roth, Stefan", "stefan.roth@nordstern-digital.de")]),
        subject="Interview: Tim Becker – Junior Frontend Developer (m/w/d)",
        when="2026-06-22 09:48:12", zone="Europe/Berlin", mid=mid,
        host="mail-am6eur05on2119.outbound.protection.outlook.com", ip="40.107.22.119",
        rcpt=ME_WORK,
        extra=(("Thread-Topic", "Interview: Tim Becker - Junior Frontend Developer (m/w/d)"),
               ("Content-Language", "de-DE")),
    )
    body = t("""
        Hallo Mira, hallo Stefan,

        anbei die Einladung für das Interview mit Tim Becker (Junior Frontend Developer) am Donnerstag um 14 Uhr. Lebenslauf und die Code-Challenge findet ihr in Personio: https://nordstern-digital.personio.de/recruiting/applications/5512093

        Mira, magst du den technischen Teil übernehmen (ca. 30 Min., gern anhand seiner Challenge)? Stefan macht Team & Kultur, ich übernehme Rahmenbedingungen und Fragen zum Ablauf. Bitte tragt euer Feedback bis Freitag in die Scorecard ein.

        Danke euch!
        Anja

        Anja Kuhnert
        People & Culture | Nordstern Digital GmbH

        """) + teams_de("YjA1ZmQ3ODMtNDJlYS00ZDc4LTk2OWEtZjE1MmM4ZTNkMDdh", "0a7e4c21-5d3b-4f96-8e17-b2c9d0e1f3a4",
                        "315 662 890 417", "Wc8nB4")
    ics = exchange_ics(
        method="REQUEST",
        uid="040000008200E00074C5B7101A82E00800000000D5A2F7631F02DD01000000000000000010000000E7B14C9A3D6F2845B0A9C3E17D5F0286",
        organizer=("Kuhnert, Anja", "anja.kuhnert@nordstern-digital.de"),
        attendees=[("Kowalski, Mira", ME_WORK), ("Roth, Stefan", "stefan.roth@nordstern-digital.de"),
                   ("Tim Becker", "tim.becker@example.com")],
        summary="Interview: Tim Becker – Junior Frontend Developer (m/w/d)", description=body,
        start="20260625T140000", end="20260625T150000", stamp="20260622T074812Z",
        location="Microsoft Teams-Besprechung",
    )
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


# key 44 -- former colleague: a recruiter will call her for a reference (Denglisch)
@reg(family="reference_call", lang="de", interview=False, company=None,
     note="Former colleague says a recruiter will call her on Thursday at 11 as his reference; "
          "someone else's hiring process")
def k44() -> bytes:
    hs = head(
        frm=addr("Paul Hartmann", "paul.hartmann@example.com"),
        subject="Referenz 🙏",
        when="2026-10-06 20:15:27", zone="Europe/Berlin",
        mid="<CAL0dN6rW2yT8mK4xQ1bV9cP3eZ7sJ5hF2gLd@mail.gmail.com>",
        host="mail-qt1-f175.google.com", ip="209.85.160.175",
    )
    body = t("""
        Hey Mira,

        danke nochmal, dass du als Referenz für mich einspringst!! Die Recruiterin von Hopfenblick (Katja Wendt) ruft dich am Donnerstag um 11 an, ist nur ein kurzer Reference Call, so 15 Min. Sie fragt wohl vor allem nach unserem gemeinsamen Checkout-Relaunch bei Nordstern und wie ich so im Team bin 😅

        Falls 11 bei dir nicht geht, schreib ihr einfach kurz: katja.wendt@hopfenblick.de

        Drück mir die Daumen, das war das Final Interview – jetzt hängt's quasi an dir 😄

        LG & bis bald auf ein Bier
        Paul
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 45 -- out-of-office auto-reply from the recruiter of key 1 (German/English)
@reg(family="auto_reply", lang="de", interview=False, company="Isarlicht GmbH",
     days=(("Mon", "2026-04-06"),),
     note="Exchange out-of-office auto-reply (Auto-Submitted: auto-replied) to the candidate's follow-up")
def k45() -> bytes:
    hs = head(
        frm=addr("Huber, Franziska", "franziska.huber@isarlicht.de"),
        subject="Automatische Antwort: Feedback zu meinem Gespräch am 17.03.",
        when="2026-03-30 09:12:04", zone="Europe/Berlin",
        mid="<FR4P281MB3462A90C1E7B5F2D8643C0E9A71B5@FR4P281MB3462.DEUP281.PROD.OUTLOOK.COM>",
        host="mail-fr4deu01on2104.outbound.protection.outlook.com", ip="40.107.134.104",
        extra=(("Auto-Submitted", "auto-replied"),
               ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "franziska.huber@isarlicht.de"),
               ("In-Reply-To", "<9c1e7f4a-2b6d-4a03-8e5f-7d2c0b9a1e36@example.org>"),
               ("Content-Language", "de-DE")),
    )
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 06.04.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@isarlicht.de.

        Thank you for your message. I am out of the office until Monday, 6 April 2026, with limited access to email. For urgent matters, please contact recruiting@isarlicht.de.

        Franziska Huber
        Isarlicht GmbH
        """)
    return message(hs, text(body))


# key 46 -- bounce of the candidate's reply to key 19 (Postfix DSN, multipart/report)
@reg(family="bounce", lang="en", interview=False, company=None,
     note="Postfix DSN: the candidate's confirmation 'Montag um 14:30 Uhr passt' to a mistyped address bounced; "
          "the returned message is her own mail, not a confirmation received")
def k46() -> bytes:
    original = message([
        ("Return-Path", f"<{ME}>"),
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Karin Seidel", "k.seidl@seidel-search.de")),
        ("Subject", enc("Re: Ihr Gespräch mit Albers Logistik am Montag")),
        ("Date", date("2026-08-20 21:30:12", "Europe/Berlin")),
        ("Message-ID", "<4f0b2d7e-81c3-4a9e-b6d5-2e9c7a1f0d38@example.org>"),
        ("In-Reply-To", "<000c01dc30f2$8e4a1b70$aade5250$@seidel-search.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Liebe Frau Seidel,

        vielen Dank für die schnelle Rückmeldung – Montag um 14:30 Uhr passt mir sehr gut. Ich freue mich auf das Gespräch mit Herrn Albers und Frau Tiedemann und auf Ihren Anruf am Montagvormittag.

        Herzliche Grüße
        Mira Kowalski
        """)))
    explanation = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <k.seidl@seidel-search.de>: host mx00.ispgateway.de[80.67.18.126] said: 550
            5.1.1 <k.seidl@seidel-search.de>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Gx7Zq1mK2z9y
        X-Postfix-Sender: rfc822; mira.kowalski@example.org
        Arrival-Date: Thu, 20 Aug 2026 21:30:13 +0200 (CEST)

        Final-Recipient: rfc822; k.seidl@seidel-search.de
        Original-Recipient: rfc822;k.seidl@seidel-search.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx00.ispgateway.de
        Diagnostic-Code: smtp; 550 5.1.1 <k.seidl@seidel-search.de>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    hs = [
        ("Delivered-To", ME),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4Gx7Zq3nL5z1b; Thu, 20 Aug 2026 21:30:15 +0200 (CEST)"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-08-20 21:30:15", "Europe/Berlin")),
        ("Message-ID", "<20260820193015.4Gx7Zq3nL5z1b@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    report = multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  explanation.replace("\n", "\r\n").encode("ascii")),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original),
        params="report-type=delivery-status",
    )
    return message(hs, report)


# key 47 -- newsletter about tech interviews
@reg(family="newsletter_tips", lang="de", interview=False, company=None,
     note="Developer newsletter about interview questions; mentions a live Q&A but confirms nothing for her")
def k47() -> bytes:
    hs = head(
        frm=addr("Frontend Weekly DE", "hallo@frontendweekly.de"),
        subject="#212: 7 Fragen, die in jedem Frontend-Interview kommen – und wie du antwortest",
        when="2026-09-12 08:00:03", zone="Europe/Berlin",
        mid="<212.20260912060003.nl@frontendweekly.de>",
        host="mta2.sendinblue-eu.net", ip="185.41.28.130",
        extra=(("List-Unsubscribe", "<https://frontendweekly.de/abmelden?u=a61f09>"),
               ("List-Id", "Frontend Weekly DE <newsletter.frontendweekly.de>"),
               ("Precedence", "bulk")),
    )
    body = t("""
        Moin zusammen,

        diese Woche dreht sich alles ums Bewerben: Wir haben mit zwölf Hiring Managern aus Berlin, Hamburg und München gesprochen, welche Fragen sie im technischen Interview wirklich stellen.

        1. „Erklär mir den Event Loop“ – und warum die Antwort mit Microtasks endet
        2. „Wie würdest du diese Liste performant rendern?“
        3. „Was passiert, wenn ich eine URL eintippe?“
        4. Barrierefreiheit: „Wie testest du mit Screenreadern?“
        5. „Erzähl von einem Bug, auf den du stolz bist“
        6. State Management ohne Dogma
        7. „Hast du noch Fragen an uns?“ – ja, bitte!

        Ganzer Artikel: https://frontendweekly.de/212/interview-fragen

        Außerdem: CSS Anchor Positioning ist in allen Browsern angekommen, und Vite 8 ist da.

        Live-Q&A zum Thema am Donnerstag um 19 Uhr auf unserem Discord – einfach vorbeischauen.

        Bis nächste Woche!
        Lena & Ole von Frontend Weekly

        Abmelden: https://frontendweekly.de/abmelden?u=a61f09
        """)
    page = "<html><body style=\"font-family:Georgia,serif;max-width:600px\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    return message(hs, alt(text(body), html(page)))


# key 48 -- thank-you after the interview of key 4 ("nächste Woche Mittwoch")
@reg(family="post_interview", lang="de", interview=False, company="Fjordbyte GmbH",
     note="Post-interview thank-you; promises an answer 'spätestens nächste Woche Mittwoch', no new meeting")
def k48() -> bytes:
    hs = head(
        frm=addr("Svenja Meyer", "svenja@fjordbyte.io"),
        subject="Danke für heute!",
        when="2026-05-13 17:40:09", zone="Europe/Berlin",
        mid="<CAF2uN8kR7vB3nQ0wL5xT9cY1eH4sJ6dM2pZ@mail.gmail.com>",
        host="mail-wr1-f51.google.com", ip="209.85.221.51",
    )
    body = t("""
        Moin Mira,

        danke dir für das Gespräch heute – Tobi und ich fanden's richtig gut! Wir sprechen diese Woche noch mit zwei weiteren Leuten und melden uns spätestens nächste Woche Mittwoch bei dir.

        Falls dir noch Fragen einfallen, schreib mir einfach.

        VG
        Svenja
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))


# key 49 -- annual review with the current manager (Exchange, work address)
@reg(family="non_interview_calendar", lang="de", interview=False, company=None,
     days=(("Tue", "2026-12-01"),),
     note="Annual review ('Jahresgespräch') with the current manager, Exchange invite for Di 01.12.; not an "
          "interview with a hiring company")
def k49() -> bytes:
    mid = "<AM0P190MB06278C41F3A0E92B5D7C6E1F30B27@AM0P190MB0627.EURP190.PROD.OUTLOOK.COM>"
    hs = head(
        frm=addr("Roth, Stefan", "stefan.roth@nordstern-digital.de"),
        to=addr("Kowalski, Mira", ME_WORK),
        subject="Jahresgespräch 2026 – Mira / Stefan",
        when="2026-11-18 14:22:36", zone="Europe/Berlin", mid=mid,
        host="mail-am6eur05on2102.outbound.protection.outlook.com", ip="40.107.22.102",
        rcpt=ME_WORK,
        extra=(("Thread-Topic", enc("Jahresgespräch 2026 - Mira / Stefan")), ("Content-Language", "de-DE")),
    )
    body = t("""
        Hi Mira,

        wie jedes Jahr: Lass uns in Ruhe auf 2026 schauen – Ziele, Feedback in beide Richtungen, Weiterentwicklung und Gehalt. Bring gern deine Selbsteinschätzung mit (Vorlage liegt im Confluence unter People > Jahresgespräche).

        Raum Spree 3.02, oder Teams, wenn du an dem Tag im Homeoffice bist.

        Stefan
        """)
    ics = exchange_ics(
        method="REQUEST",
        uid="040000008200E00074C5B7101A82E00800000000B2E9F14A6D5BDD01000000000000000010000000F3A8C21D6E0B9F47A2C5D18E7B30C694",
        organizer=("Roth, Stefan", "stefan.roth@nordstern-digital.de"),
        attendees=[("Kowalski, Mira", ME_WORK)],
        summary="Jahresgespräch 2026 – Mira / Stefan", description=body,
        start="20261201T150000", end="20261201T160000", stamp="20261118T132236Z",
        location="Spree 3.02 / Teams",
    )
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


# key 50 -- Greenhouse candidate survey after the interview of key 6
@reg(family="candidate_survey", lang="en", interview=False, company="Kestrel Labs",
     days=(("Tue", "2026-03-24"),),
     note="Greenhouse candidate-experience survey about the interview held on Tuesday, March 24 (past)")
def k50() -> bytes:
    hs = head(
        frm=addr("Kestrel Labs", "no-reply@greenhouse.io"),
        subject="How was your interview experience with Kestrel Labs?",
        when="2026-03-26 14:03:50", zone="America/New_York",
        mid="<6602f0a1d4c8e.20260326180350.17b2e4@greenhouse.io>",
        host="o7.us.greenhouse-mail.io", ip="198.37.150.7",
    )
    body = t("""
        Hi Mira,

        Thank you for interviewing with Kestrel Labs for the Senior Frontend Engineer position on Tuesday, March 24. We'd love to hear how it went from your side.

        The survey takes about two minutes and is completely anonymous – your answers are only shared in aggregate and won't affect your candidacy in any way.

        Take the survey: https://app.greenhouse.io/candidate_surveys/new?token=Q3kLm9Xp2Rt7

        Thanks,
        The Kestrel Labs Recruiting Team

        Powered by Greenhouse
        """)
    return message(hs, alt(text(body), html(gmail_html(body))))
