"""blind61: 50 hand-written mails from the inbox of Aurélie Mottier (Geneva), registered into
make.REGISTRY["blind61"]. Build and check with ``python3 bench/heldout/make_blind.py blind61``.

Written blind (without reading the detector, its tests or the other held-out sets). File numbers
are a fixed shuffle of the writing order: key k (1-based) is file ORDER[k - 1]; keys 1-23 are the
positives, 24-50 the negatives. See blind61/README.md.
"""

from __future__ import annotations

import base64
import hashlib
import random
from datetime import UTC

from make import (
    VTZ,
    Part,
    addr,
    alt,
    at,
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

SET = "blind61"
ORDER = random.Random(61061).sample(range(1, 51), 50)

ME = "aurelie.mottier@example.org"
ME_NAME = "Aurélie Mottier"
ME_TO = addr(ME_NAME, ME)
OLD = "aurelie.mottier@example.com"  # older address, still on some applications
WORK = "aurelie.mottier@lemanis.ch"  # current employer; work mail is auto-forwarded to ME


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def hx(seed: str, length: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def hu(seed: str) -> str:
    """A UUID-looking string derived from a seed."""
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def z(local: str, zone: str) -> str:
    """Local wall-clock time -> ICS UTC value 20260305T090000Z."""
    return at(local, zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def head(key: int, *, frm: str, subject: str, when: str, zone: str, mid: str, relay: str,
         to: str = ME_TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         delivered: str = ME, lag: int = 3) -> list[tuple[str, str]]:
    ident = f"mx.example.org with ESMTPS id {hx(n(key), 12)}"
    return [
        ("Delivered-To", delivered),
        ("Received", received(relay, when, zone, ident, delivered, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def attachment(data: bytes, ctype: str, filename: str) -> Part:
    headers = [
        ("Content-Type", f'{ctype}; name="{filename}"'),
        ("Content-Disposition", f'attachment; filename="{filename}"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return Part(headers, base64.encodebytes(data).replace(b"\n", b"\r\n"))


def fake_pdf(title: str) -> bytes:
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + f"% {title}\n".encode("latin-1") + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


ZURICH_VTZ = """BEGIN:VTIMEZONE
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

ROMANCE_VTZ = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")

GMAIL_RELAY = "from mail-wm1-f{n}.google.com (mail-wm1-f{n}.google.com [209.85.128.{n}])"
O365_RELAY = ("from {h}.outbound.protection.outlook.com ({h}.outbound.protection.outlook.com "
              "[40.107.{a}.{b}])")


def o365(host: str, a: int, b: int) -> str:
    return O365_RELAY.format(h=host, a=a, b=b)


def gmail(nn: int) -> str:
    return GMAIL_RELAY.format(n=nn)


# =========================================================================== positives: scheduled


@mail(n(1), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-02-10T13:00:00Z", end="2026-02-10T14:00:00Z", contact="noemie.baud@veltrana.com",
      company="Veltrana",
      note="Workday interview confirmation from the tenant mailbox (unmonitored); 14:00-15:00 Geneva "
           "time in February = CET (UTC+1) -> 13:00-14:00Z; contact = the talent partner named in "
           "the body. Date header in Pacific time (Workday mailer).",
      local="Tue 2026-02-10 14:00", local_end="2026-02-10 15:00", zone="Europe/Zurich")
def m01() -> bytes:
    body = t("""
        Dear Aurélie,

        Thank you for your continued interest in the Product Manager – Trading Platforms (JR-2026-0147) position at Veltrana.

        We are pleased to confirm your interview as follows:

        Interview type: First round, in person
        Date: Tuesday, 10 February 2026
        Time: 14:00 – 15:00 (Geneva time, CET)
        Location: Veltrana SA, Quai du Mont-Blanc 29, 1201 Geneva – 5th floor reception
        Interviewers: Raphaël Gysin (Head of Trading Applications), Noémie Baud (Talent Acquisition)

        Please bring a valid ID, as all visitors are registered at the front desk.

        Should you need to reschedule, please contact Noémie Baud directly at noemie.baud@veltrana.com or +41 22 908 71 40.

        You can follow the status of your application at any time in your Candidate Home:
        https://wd3.myworkdaysite.com/recruiting/veltrana/Veltrana_Careers/userHome

        Kind regards,

        Talent Acquisition
        Veltrana SA

        This email was sent from an unmonitored mailbox. Please do not reply to this message.
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#0b2545;padding:18px 24px"><img src="https://wd3.myworkdaysite.com/recruiting/veltrana/assets/logo-white.png" alt="Veltrana" height="28"></td></tr>
        <tr><td style="padding:24px">
        <p>Dear Aurélie,</p>
        <p>Thank you for your continued interest in the <b>Product Manager – Trading Platforms (JR-2026-0147)</b> position at Veltrana.</p>
        <p>We are pleased to confirm your interview as follows:</p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:13px">
        <tr><td><b>Interview type:</b></td><td>First round, in person</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, 10 February 2026</td></tr>
        <tr><td><b>Time:</b></td><td>14:00 – 15:00 (Geneva time, CET)</td></tr>
        <tr><td><b>Location:</b></td><td>Veltrana SA, Quai du Mont-Blanc 29, 1201 Geneva – 5th floor reception</td></tr>
        <tr><td valign="top"><b>Interviewers:</b></td><td>Raphaël Gysin (Head of Trading Applications)<br>Noémie Baud (Talent Acquisition)</td></tr>
        </table>
        <p>Please bring a valid ID, as all visitors are registered at the front desk.</p>
        <p>Should you need to reschedule, please contact Noémie Baud directly at <a href="mailto:noemie.baud@veltrana.com">noemie.baud@veltrana.com</a> or +41 22 908 71 40.</p>
        <p>You can follow the status of your application at any time in your <a href="https://wd3.myworkdaysite.com/recruiting/veltrana/Veltrana_Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br><br>Talent Acquisition<br>Veltrana SA</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Please do not reply to this message.</td></tr>
        </table>
        </body></html>
    """)
    hs = head(1, frm=addr("Veltrana Careers", "veltrana@myworkday.com"),
              subject="Interview Confirmation – Product Manager – Trading Platforms",
              when="2026-02-04 00:12:37", zone="America/Los_Angeles",
              mid="<1770192757441.48213.JavaMail.wdprod@wd3-prod-mail-07.myworkday.com>",
              relay="from wd3-prod-mail-07.myworkday.com (wd3-prod-mail-07.myworkday.com [65.55.44.107])",
              extra=(("X-Mailer", "Workday Notification Service"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(2), family="google_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-03-05T09:00:00Z", end="2026-03-05T09:45:00Z", contact="lucas.perrin@nuvali.ch",
      company="Nuvali",
      note="Google Agenda invitation in French from a Lausanne start-up (tutoiement in the "
           "description); jeudi 5 mars 10:00-10:45 heure normale d'Europe centrale (UTC+1) -> "
           "09:00-09:45Z, ICS in UTC; contact = organizer.",
      local="Thu 2026-03-05 10:00", local_end="2026-03-05 10:45", zone="Europe/Zurich")
def m02() -> bytes:
    desc_txt = t("""
        Salut Aurélie,

        Comme convenu au tél, voici l'invit pour l'entretien avec Sarah (notre CTO) et moi. On parlera de ton parcours et on fera un petit exercice de priorisation sur notre roadmap – rien à préparer, promis.

        À jeudi !
        Lucas
    """)
    meet = "https://meet.google.com/xqv-hbzt-wum"
    eid = "NXEwdDdrMmJxOW00dmQzbDhjMXJqNmgwZmEgYXVyZWxpZS5tb3R0aWVyQGV4YW1wbGUub3Jn"
    body = t(f"""
        Entretien Product Manager – Aurélie Mottier
        jeudi 5 mars 2026 ⋅ 10:00 – 10:45
        Heure normale d'Europe centrale - Zurich

        Participer avec Google Meet
        {meet}

        Participer par téléphone
        (CH) +41 43 508 45 78 Code : 512 339 807#

        Plus de numéros de téléphone
        https://tel.meet/xqv-hbzt-wum?pin=5123398071234

        @@DESC@@
        Invités
        Lucas Perrin - organisateur
        Sarah Imhof
        aurelie.mottier@example.org
        Afficher tous les invités https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&ctz=Europe%2FZurich&hl=fr

        Répondre pour aurelie.mottier@example.org
        Oui
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&hl=fr
        Non
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&hl=fr
        Peut-être
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&hl=fr

        Plus d'options
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&hl=fr

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le.

        Transférer cette invitation peut permettre à tout destinataire d'envoyer une réponse à l'organisateur, d'être ajouté à la liste des invités, d'inviter d'autres personnes même sans y avoir été autorisé, ou de modifier votre réponse. En savoir plus https://support.google.com/calendar/answer/37135#forwarding
    """).replace("@@DESC@@\n", desc_txt + "\n")
    page = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:560px">
        <h2 style="font-size:22px;font-weight:400">Entretien Product Manager – Aurélie Mottier</h2>
        <div style="font-size:14px">jeudi 5 mars 2026 ⋅ 10:00 – 10:45<br>Heure normale d'Europe centrale - Zurich</div>
        <p><a href="{meet}" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a><br>
        <span style="font-size:13px">meet.google.com/xqv-hbzt-wum</span></p>
        <p style="font-size:13px">Participer par téléphone<br>(CH) +41 43 508 45 78 Code : 512 339 807#</p>
        <div style="font-size:14px;white-space:pre-wrap">@@DESC@@</div>
        <p style="font-size:14px"><b>Invités</b><br>Lucas Perrin - organisateur<br>Sarah Imhof<br>aurelie.mottier@example.org</p>
        <p style="font-size:14px">Répondre pour aurelie.mottier@example.org<br>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1&amp;hl=fr">Oui</a> &nbsp;
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2&amp;hl=fr">Non</a> &nbsp;
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3&amp;hl=fr">Peut-être</a></p>
        <p style="font-size:12px;color:#70757a">Invitation de <a href="https://calendar.google.com/calendar/">Google Agenda</a><br>
        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le.</p>
        </div></body></html>
    """).replace("@@DESC@@", desc_txt.rstrip("\n"))
    desc_ics = desc_txt.replace("\n", "\\n").replace(",", "\\,")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:{z("2026-03-05 10:00", "Europe/Zurich")}
DTEND:{z("2026-03-05 10:45", "Europe/Zurich")}
DTSTAMP:20260226T154105Z
ORGANIZER;CN=Lucas Perrin:mailto:lucas.perrin@nuvali.ch
UID:5q0t7k2bq9m4vd3l8c1rj6h0fa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucas Perrin;X-NUM-GUESTS=0:mailto:lucas.perrin@nuvali.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Imhof;X-NUM-GUESTS=0:mailto:sarah.imhof@nuvali.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aurelie.mottier@example.org;X-NUM-GUESTS=0:mailto:aurelie.mottier@example.org
X-GOOGLE-CONFERENCE:{meet}
CREATED:20260226T154102Z
DESCRIPTION:{desc_ics}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nParticipez à la réunion Google Meet : {meet}\\n\\nOu appelez le : (CH) +41 43 508 45 78 Code : 512 339 807#\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260226T154104Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Product Manager – Aurélie Mottier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(2, frm=addr("Lucas Perrin", "lucas.perrin@nuvali.ch"),
              subject="Invitation: Entretien Product Manager – Aurélie Mottier @ jeu. 5 mars 2026 "
                      "10:00 - 10:45 (CET) (aurelie.mottier@example.org)",
              when="2026-02-26 15:41:05", zone="UTC",
              mid=f"<calendar-{hu('m02')}@google.com>", relay=gmail(172),
              extra=(("Reply-To", addr("Lucas Perrin", "lucas.perrin@nuvali.ch")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64"))
    att = calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(inner, att))


@mail(n(3), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-03-31T08:00:00Z", end="2026-03-31T09:00:00Z", contact="sandra.keller@halvera.ch",
      company="Halvera Pharma",
      note="Exchange meeting request in German (Teams), TZID W. Europe Standard Time; Dienstag "
           "31. März 10.00 Uhr, after the Swiss switch to CEST on 29 March (the mail is sent in CET) "
           "-> 08:00Z; 'dauert eine Stunde' + DTEND -> 09:00Z; contact = organizer.",
      local="Tue 2026-03-31 10:00", local_end="2026-03-31 11:00", zone="Europe/Zurich")
def m03() -> bytes:
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4YTJiZjEtOTk0Ny00ZjU1LWE2"
             "NzQtYjg0ZjZmMmUxYzNh%40thread.v2/0?context=%7b%22Tid%22%3a%22b1f2c3d4-5e6f-4a7b-8c9d"
             "-0e1f2a3b4c5d%22%2c%22Oid%22%3a%2277aa8b1c-2d3e-4f50-9a61-b72c83d94e05%22%7d")
    body = t(f"""
        Guten Tag Frau Mottier

        Wie heute Morgen telefonisch besprochen, sende ich Ihnen hiermit die Einladung zum ersten Gespräch für die Stelle als Senior UX Researcher (Digital Health) am Dienstag, 31. März, um 10.00 Uhr.

        Teilnehmende seitens Halvera:
        - Dr. Markus Frei, Head of Digital Health Solutions
        - Sandra Keller, Talent Acquisition

        Das Gespräch findet via Microsoft Teams statt und dauert eine Stunde. Kleiner Hinweis: Am Sonntag wird auf Sommerzeit umgestellt – die Zeitangabe oben ist Schweizer Zeit.

        Bei Fragen stehe ich Ihnen gerne zur Verfügung.

        Freundliche Grüsse
        Sandra Keller
        Talent Acquisition Partner

        Halvera Pharma AG | Thurgauerstrasse 130 | 8152 Glattpark (Opfikon)
        T +41 44 511 62 30 | sandra.keller@halvera.ch

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<{teams}>
        Besprechungs-ID: 374 918 226 503
        Passcode: wF7qT2
        Teams herunterladen<https://www.microsoft.com/de-ch/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId=77aa8b1c-2d3e-4f50-9a61-b72c83d94e05&tenantId=b1f2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d&threadId=19_meeting_NmQ4YTJiZjEtOTk0Ny00ZjU1LWE2NzQtYjg0ZjZmMmUxYzNh@thread.v2&messageId=0&language=de-DE>
        ________________________________________________________________________________
    """)
    page = t(f"""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE-CH" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">
        <p class="MsoNormal"><span lang="DE">Guten Tag Frau Mottier<o:p></o:p></span></p>
        <p class="MsoNormal"><span lang="DE">Wie heute Morgen telefonisch besprochen, sende ich Ihnen hiermit die Einladung zum ersten Gespräch für die Stelle als Senior UX Researcher (Digital Health) am Dienstag, 31. März, um 10.00 Uhr.<o:p></o:p></span></p>
        <p class="MsoNormal"><span lang="DE">Teilnehmende seitens Halvera:<o:p></o:p></span></p>
        <ul style="margin-top:0cm" type="disc"><li class="MsoListParagraph">Dr. Markus Frei, Head of Digital Health Solutions</li><li class="MsoListParagraph">Sandra Keller, Talent Acquisition</li></ul>
        <p class="MsoNormal"><span lang="DE">Das Gespräch findet via Microsoft Teams statt und dauert eine Stunde. Kleiner Hinweis: Am Sonntag wird auf Sommerzeit umgestellt – die Zeitangabe oben ist Schweizer Zeit.<o:p></o:p></span></p>
        <p class="MsoNormal"><span lang="DE">Bei Fragen stehe ich Ihnen gerne zur Verfügung.<o:p></o:p></span></p>
        <p class="MsoNormal"><span lang="DE">Freundliche Grüsse<br>Sandra Keller<br>Talent Acquisition Partner<o:p></o:p></span></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#6B6B6B">Halvera Pharma AG | Thurgauerstrasse 130 | 8152 Glattpark (Opfikon)<br>T +41 44 511 62 30 | <a href="mailto:sandra.keller@halvera.ch">sandra.keller@halvera.ch</a></span></p>
        <div style="margin-bottom:24px;overflow:hidden"><p class="MsoNormal">________________________________________________________________________________</p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Microsoft Teams-Besprechung</span></b></p>
        <p class="MsoNormal"><b><span style="font-size:10.5pt;color:#252424">Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil</span></b></p>
        <p class="MsoNormal"><a href="{teams}" target="_blank"><b><span style="font-size:10.5pt;color:#6264A7">Klicken Sie hier, um an der Besprechung teilzunehmen</span></b></a></p>
        <p class="MsoNormal"><span style="font-size:10.5pt;color:#252424">Besprechungs-ID: 374 918 226 503<br>Passcode: wF7qT2</span></p>
        <p class="MsoNormal">________________________________________________________________________________</p></div>
        </div></body></html>
    """)
    desc = ("Guten Tag Frau Mottier\\n\\nWie heute Morgen telefonisch besprochen\\, sende ich Ihnen hiermit die "
            "Einladung zum ersten Gespräch für die Stelle als Senior UX Researcher (Digital Health) am "
            "Dienstag\\, 31. März\\, um 10.00 Uhr.\\n\\n[...]\\n\\nMicrosoft Teams-Besprechung\\n"
            f"Klicken Sie hier\\, um an der Besprechung teilzunehmen<{teams}>\\nBesprechungs-ID: 374 918 226 503\\n"
            "Passcode: wF7qT2\\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Keller Sandra:mailto:sandra.keller@halvera.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aurelie.mottier@example.org:mailto:aurelie.mottier@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Frei Markus:mailto:markus.frei@halvera.ch
DESCRIPTION;LANGUAGE=de-CH:{desc}
UID:040000008200E00074C5B7101A82E0080000000090F3A1C2D0BBDC010000000000000000100000006F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Senior UX Researcher – Aurélie Mottier
DTSTART;TZID=W. Europe Standard Time:20260331T100000
DTEND;TZID=W. Europe Standard Time:20260331T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260325T100318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124688731
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:sandra.keller@halvera.ch\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NmQ4YTJiZjEtOTk0Ny00ZjU1LWE2NzQtYjg0ZjZmMmUxYzNh-thread.v2!77aa8b1c2d3e4f509a61b72c83d94e05!b1f2c3d45e6f4a7b8c9d0e1f2a3b4c5d
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Microsoft Teams-Besprechung"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    hs = head(3, frm=addr("Keller Sandra", "sandra.keller@halvera.ch"),
              subject="Vorstellungsgespräch Senior UX Researcher – Aurélie Mottier",
              when="2026-03-25 11:03:18", zone="Europe/Zurich",
              mid="<ZR0P278MB04561C3E9A7F2B44D1E0C8A9B5F3D2E1@ZR0P278MB0456.CHEP278.PROD.OUTLOOK.COM>",
              relay=o365("mail-zr0che01on2112", 24, 112),
              to="\"aurelie.mottier@example.org\" <aurelie.mottier@example.org>",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Senior UX Researcher – Aurélie Mottier")),
                     ("Thread-Index", "AdxcD3Fh2kq8TQ1VRs2mX9u6b0Kpzg=="),
                     ("Accept-Language", "de-CH, en-US"),
                     ("Content-Language", "de-CH"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(4), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-13T14:30:00Z", end="2026-03-13T15:15:00Z",
      contact="jenna.kowalczyk@borealislearning.ca", company="Borealis Learning",
      note="Reply on top of the quoted thread (candidate accepted the Friday slot of key 36): 'Friday "
           "the 13th at 10:30am ET' from Montréal, in the weeks when North America is already on "
           "EDT (8 March) and Geneva still on CET -> UTC-4 -> 14:30Z (15:30 Geneva, as the mail "
           "says); '45 minutes' -> end 15:15Z.",
      local="Fri 2026-03-13 10:30", local_end="2026-03-13 11:15", zone="America/Toronto")
def m04() -> bytes:
    body = t("""
        Hi Aurélie,

        Perfect, Friday the 13th at 10:30am ET it is (not superstitious, I promise 😄). You'll be meeting Daniel Okafor, our VP Product, for 45 minutes on Google Meet – the link is in the calendar invite I just sent over.

        Quick heads-up on the time difference: we switched to daylight saving time here on Sunday but you don't until the end of the month, so for the next couple of weeks we're only 5 hours apart. That makes it 3:30pm on your side.

        Talk soon,
        Jenna

        --
        Jenna Kowalczyk | Talent Partner
        Borealis Learning | 1250 rue Guy, Montréal, QC H3H 2L3
        jenna.kowalczyk@borealislearning.ca | +1 514 555 0147

        On Tue, Mar 10, 2026 at 4:05 AM Aurélie Mottier <aurelie.mottier@example.org> wrote:
        > Hi Jenna,
        >
        > Thanks for getting back to me so quickly. Friday the 13th at 10:30 works great for me.
        >
        > Best regards,
        > Aurélie
        >
        > On Mon, Mar 9, 2026 at 4:48 PM Jenna Kowalczyk <jenna.kowalczyk@borealislearning.ca> wrote:
        >
        >> Hi Aurélie,
        >>
        >> Thanks for your application for the Senior Product Manager role – Daniel and I really liked your background in research-led product work.
        >>
        >> Would Thursday the 12th at 9:00am or Friday the 13th at 10:30am (Eastern) work for a 45-min conversation with Daniel, our VP Product?
        >>
        >> Best,
        >> Jenna
    """)
    hs = head(4, frm=addr("Jenna Kowalczyk", "jenna.kowalczyk@borealislearning.ca"),
              subject="Re: Senior Product Manager – next steps",
              when="2026-03-10 13:22:10", zone="America/Toronto",
              mid="<CAF7v0rQk2pX9bYHc1e3m+J8dWnT4sLq6uE5aZ0gV_Rkp2Yw3xQ@mail.gmail.com>",
              relay=gmail(54),
              extra=(("In-Reply-To", "<CAH3m9Ln0x4Zq8wA7+Pf2sK1eRt5vUy6oIbG9dXc3hJk4Ws1mNQ@mail.gmail.com>"),
                     ("References", "<CAL1p8Wx2bN6vZq5oT3+Ys7kDfR0aEu9mJcH4gQl2nVt8Kr5pAg@mail.gmail.com>\r\n"
                                    " <CAH3m9Ln0x4Zq8wA7+Pf2sK1eRt5vUy6oIbG9dXc3hJk4Ws1mNQ@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-04-16T12:00:00Z", end="2026-04-16T12:30:00Z", contact="tom.aldridge@ledgerline.co.uk",
      company="Ledgerline",
      note="Calendly invitee confirmation for a hiring-manager chat (London fintech) shown in the "
           "invitee's zone: 2:00pm-2:30pm Central European Summer Time -> 12:00-12:30Z (13:00 in "
           "London); contact = host via Reply-To and ICS ORGANIZER.",
      local="Thu 2026-04-16 14:00", local_end="2026-04-16 14:30", zone="Europe/Zurich")
def m05() -> bytes:
    ev = "Hiring Manager Chat – Senior PM, Payments"
    body = t(f"""
        Hi Aurélie Mottier,

        Your {ev} with Tom Aldridge at 2:00pm (Central European Summer Time) on Thursday, April 16, 2026 is scheduled.

        Event Type:
        {ev}

        Event Date/Time:
        2:00pm - 2:30pm (Central European Summer Time), Thursday, April 16, 2026

        Location:
        This is a Microsoft Teams web conference. You can join this meeting from any device.
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3ZTk4NTItMzM1Zi00YzQ1LTg4NzgtOWRkMmM1ZjA0YjVm%40thread.v2/0

        Invitee Time Zone:
        Central European Time

        Description:
        30 minutes with Tom (Director of Product, Payments) to talk about the team, the role and your experience so far. Informal – no need to prepare slides.

        Questions:

        Your LinkedIn profile
        https://www.linkedin.com/in/aurelie-mottier-ux

        Anything you'd like Tom to know beforehand?
        I'm based in Geneva; happy to travel to London for later rounds.

        View event in Calendly
        https://calendly.com/events/{hu('m05-ev')}/teams_conference

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/{hu('m05-c')}
        Reschedule: https://calendly.com/reschedulings/{hu('m05-c')}

        Powered by Calendly.com
    """)
    page = t(f"""
        <html><body style="margin:0;padding:0;background:#f6f6f6">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <tr><td style="padding:32px 32px 8px">Hi Aurélie Mottier,</td></tr>
        <tr><td style="padding:8px 32px">Your {ev} with Tom Aldridge at 2:00pm (Central European Summer Time) on Thursday, April 16, 2026 is scheduled.</td></tr>
        <tr><td style="padding:16px 32px 4px"><b>Event Type:</b><br>{ev}</td></tr>
        <tr><td style="padding:4px 32px"><b>Event Date/Time:</b><br>2:00pm - 2:30pm (Central European Summer Time), Thursday, April 16, 2026</td></tr>
        <tr><td style="padding:4px 32px"><b>Location:</b><br>This is a Microsoft Teams web conference. <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3ZTk4NTItMzM1Zi00YzQ1LTg4NzgtOWRkMmM1ZjA0YjVm%40thread.v2/0">Join the meeting</a></td></tr>
        <tr><td style="padding:4px 32px"><b>Invitee Time Zone:</b><br>Central European Time</td></tr>
        <tr><td style="padding:4px 32px"><b>Description:</b><br>30 minutes with Tom (Director of Product, Payments) to talk about the team, the role and your experience so far. Informal – no need to prepare slides.</td></tr>
        <tr><td style="padding:16px 32px"><a href="https://calendly.com/events/{hu('m05-ev')}/teams_conference">View event in Calendly</a></td></tr>
        <tr><td style="padding:4px 32px 32px;font-size:13px;color:#666">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/{hu('m05-c')}">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/{hu('m05-c')}">Reschedule</a></td></tr>
        </table><p style="font-size:12px;color:#999;font-family:Helvetica,Arial,sans-serif">Powered by Calendly.com</p>
        </td></tr></table></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260410T084713Z
UID:{hu('m05-uid')}@calendly.com
DTSTART:{z("2026-04-16 14:00", "Europe/Zurich")}
DTEND:{z("2026-04-16 14:30", "Europe/Zurich")}
SUMMARY:{ev} between Tom Aldridge and Aurélie Mottier
DESCRIPTION:Event Name: {ev}\\n\\nLocation: This is a Microsoft Teams web conference.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/{hu('m05-c')}\\nReschedule: https://calendly.com/reschedulings/{hu('m05-c')}\\n\\nPowered by Calendly.com
LOCATION:Microsoft Teams
ORGANIZER;CN=Tom Aldridge:mailto:tom.aldridge@ledgerline.co.uk
ATTENDEE;CN=Aurélie Mottier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aurelie.mottier@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head(5, frm=addr("Calendly", "notifications@calendly.com"),
              subject=f"Confirmed: {ev} with Tom Aldridge on Thursday, April 16, 2026",
              when="2026-04-10 08:47:13", zone="UTC",
              mid="<0100019d7a3f4c21-6b0e8d55-3c1f-4a8e-9b27-5d6c7e8f9a0b-000000@email.amazonses.com>",
              relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("Reply-To", addr("Tom Aldridge", "tom.aldridge@ledgerline.co.uk")),))
    att = calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                   name_param=True)
    return message(hs, mixed(alt(text(body), html(page)), att))


@mail(n(6), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-05-11T11:00:00Z", end="2026-05-11T13:10:00Z", contact="mira.steiner@quantik.ch",
      company="Quantik",
      note="Greenhouse onsite itinerary (follows the availability request of key 33), three "
           "sessions 13:00-15:10 CEST in Zürich -> first start 11:00Z to last end 13:10Z; From "
           "is a Greenhouse no-reply with the recruiter's name, contact = Reply-To.",
      local="Mon 2026-05-11 13:00", local_end="2026-05-11 15:10", zone="Europe/Zurich")
def m06() -> bytes:
    body = t("""
        Hi Aurélie,

        Thanks again for sharing your availability! Your onsite interview for the Senior Product Manager, Platform role at Quantik is confirmed. Here is your schedule:

        Monday, May 11, 2026
        Quantik AG, Hardstrasse 219, 8005 Zürich (tram stop Escher-Wyss-Platz) – please ask for Mira at the front desk on the 3rd floor.

        13:00 - 13:45 CEST   Product sense – Jonas Meier, Group Product Manager
        13:50 - 14:35 CEST   Execution & metrics – Priya Nair, Engineering Manager
        14:40 - 15:10 CEST   Collaboration – Lea Baumann, Senior Product Designer

        Please plan to arrive about 10 minutes early. There's coffee, and we'll have some water ready for you between sessions.

        If anything comes up, simply reply to this email.

        Best,
        Mira Steiner
        Talent Acquisition, Quantik
    """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Aurélie,</p>
        <p>Thanks again for sharing your availability! Your onsite interview for the <strong>Senior Product Manager, Platform</strong> role at Quantik is confirmed. Here is your schedule:</p>
        <p><strong>Monday, May 11, 2026</strong><br>Quantik AG, Hardstrasse 219, 8005 Zürich (tram stop Escher-Wyss-Platz) – please ask for Mira at the front desk on the 3rd floor.</p>
        <table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
        <tr style="border-bottom:1px solid #ddd"><td>13:00 - 13:45 CEST</td><td>Product sense</td><td>Jonas Meier, Group Product Manager</td></tr>
        <tr style="border-bottom:1px solid #ddd"><td>13:50 - 14:35 CEST</td><td>Execution &amp; metrics</td><td>Priya Nair, Engineering Manager</td></tr>
        <tr><td>14:40 - 15:10 CEST</td><td>Collaboration</td><td>Lea Baumann, Senior Product Designer</td></tr>
        </table>
        <p>Please plan to arrive about 10 minutes early. There's coffee, and we'll have some water ready for you between sessions.</p>
        <p>If anything comes up, simply reply to this email.</p>
        <p>Best,<br>Mira Steiner<br>Talent Acquisition, Quantik</p>
        <img src="https://app.greenhouse.io/email_opens/8823410/open.gif" width="1" height="1" alt="">
        </body></html>
    """)
    hs = head(6, frm=addr("Mira Steiner", "no-reply@greenhouse.io"),
              subject="Interview Confirmation: Quantik – Senior Product Manager, Platform",
              when="2026-05-05 14:20:44", zone="UTC",
              mid="<ZqT3nB8vS1u_Kc9wY0xRdA@geopod-ismtpd-3-0>",
              relay="from o1678.e.greenhouse.io (o1678.e.greenhouse.io [167.89.58.121])",
              extra=(("Reply-To", "mira.steiner@quantik.ch"),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(7), family="successfactors", lang="fr", interview=True, kind="scheduled",
      start="2026-06-09T12:30:00Z", end=None, contact="sophie.gander@verdanne.ch",
      company="Maison Verdanne",
      note="SuccessFactors HTML-only (base64) formal invitation from a Geneva watchmaker: 'mardi "
           "9 juin 2026 à 14h30' in Plan-les-Ouates, CEST -> 12:30Z; 'environ une heure' -> end "
           "null; contact = the HR assistant named in the body (sender is a no-reply).",
      local="Tue 2026-06-09 14:30", zone="Europe/Zurich")
def m07() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Invitation à un entretien</title></head>
        <body style="font-family:Georgia,'Times New Roman',serif;font-size:14px;color:#1c1c1c;background:#ffffff">
        <div style="max-width:620px;margin:0 auto;padding:24px">
        <p style="text-align:center;letter-spacing:4px;font-size:18px">MAISON VERDANNE<br><span style="font-size:11px;letter-spacing:2px">GENÈVE · 1871</span></p>
        <p>Madame,</p>
        <p>Nous vous remercions de l'intérêt que vous portez à la Maison Verdanne et à notre poste de <b>Chef(fe) de produit digital – Expérience client</b>.</p>
        <p>Suite à l'examen attentif de votre dossier, nous avons le plaisir de vous convier à un entretien qui se tiendra le <b>mardi 9 juin 2026 à 14h30</b>, dans nos locaux de Plan-les-Ouates (Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates).</p>
        <p>Vous rencontrerez Mme Hélène Dufaux, Responsable Digital &amp; Clienteling, ainsi que M. Olivier Mercier, HR Business Partner. L'entretien durera environ une heure.</p>
        <p>Nous vous remercions de bien vouloir vous présenter à la réception quelques minutes avant l'heure convenue, munie d'une pièce d'identité. Un parking visiteurs est à votre disposition.</p>
        <p>En cas d'empêchement, nous vous remercions de prendre contact avec Mme Sophie Gander, Assistante Ressources Humaines, à l'adresse <a href="mailto:sophie.gander@verdanne.ch">sophie.gander@verdanne.ch</a> ou au +41 22 884 20 11.</p>
        <p>Dans l'attente de vous rencontrer, nous vous prions d'agréer, Madame, nos salutations distinguées.</p>
        <p>Le service des Ressources Humaines<br>Maison Verdanne SA</p>
        <hr style="border:none;border-top:1px solid #ccc">
        <p style="font-size:11px;color:#777">Ce message a été envoyé automatiquement, merci de ne pas y répondre. Vous pouvez consulter votre candidature sur notre <a href="https://career5.successfactors.eu/career?company=verdanneP&amp;career_ns=job_application">portail carrières</a>.</p>
        </div></body></html>
    """)
    hs = head(7, frm=addr("Maison Verdanne – Recrutement", "noreply@successfactors.eu"),
              subject="Invitation à un entretien – Chef(fe) de produit digital, Expérience client",
              when="2026-06-03 10:15:02", zone="Europe/Berlin",
              mid="<1780474502187.35120.JavaMail.sfuser@pc12bsfapi03.successfactors.eu>",
              relay="from mail12.successfactors.eu (mail12.successfactors.eu [155.56.128.24])")
    return message(hs, html(page, cte="base64"))


@mail(n(8), family="agency_recruiter", lang="fr", interview=True, kind="scheduled",
      start="2026-04-23T07:00:00Z", end=None, contact="yannick.rossier@rhonetalent.ch",
      company="Solvéa Assurances",
      note="Short reply from the agency consultant sent from his phone: 'confirmé avec Solvéa : "
           "jeudi 23 avril à 9h' in Lausanne, CEST -> 07:00Z; company = the agency's client, "
           "contact = the consultant (the only human address).",
      local="Thu 2026-04-23 09:00", zone="Europe/Zurich")
def m08() -> bytes:
    body = t("""
        Bonjour Aurélie,

        C'est confirmé avec Solvéa : jeudi 23 avril à 9h dans leurs bureaux de Lausanne (Av. de Rhodanie 40, réception au rez). Vous verrez M. Reymond (CPO) et Mme Pittet (RH).

        Je vous appelle mercredi en fin de journée pour préparer tout ça.

        Belle soirée et bon week-end,
        Yannick

        Envoyé de mon iPhone

        > Le 17 avr. 2026 à 11:26, Aurélie Mottier <aurelie.mottier@example.org> a écrit :
        >
        > Bonjour Yannick,
        > Merci pour votre appel. Jeudi matin me convient parfaitement, n'importe quelle heure avant 11h.
        > Bien à vous,
        > Aurélie
    """)
    hs = head(8, frm=addr("Yannick Rossier", "yannick.rossier@rhonetalent.ch"),
              subject="Re: Poste Product Owner – Solvéa",
              when="2026-04-17 17:52:40", zone="Europe/Zurich",
              mid="<5E2A9C71-3B8D-4F06-A1E4-7C9D2B6F0A38@rhonetalent.ch>",
              relay=o365("mail-gv0che01on2098", 23, 98),
              extra=(("In-Reply-To", "<CAPq7mR2v9Lx0TfB4+Yc8n1ZsKd3Wg6hJe5uAoN2rXt7Pb1iQw@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22E240)")))
    return message(hs, text(body))


@mail(n(9), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-06-18T08:00:00Z", end="2026-06-18T08:45:00Z", contact="ines.vandamme@fops.eu",
      company="Foundation for Open Public Services",
      note="The candidate forwards (TR:, Outlook.com in French) the confirmation she received on her "
           "older address to herself; 'Thursday 18 June 2026, 10:00 – 10:45 (Brussels time)' -> "
           "CEST -> 08:00-08:45Z; contact = the sender in the forwarded header (never the candidate).",
      local="Thu 2026-06-18 10:00", local_end="2026-06-18 10:45", zone="Europe/Brussels")
def m09() -> bytes:
    body = t("""
        pour mémoire + à mettre dans l'agenda

        ________________________________
        De : Inès Vandamme <ines.vandamme@fops.eu>
        Envoyé : lundi 8 juin 2026 17:32
        À : Aurélie Mottier <aurelie.mottier@example.com>
        Cc : FOPS Recruitment <recruitment@fops.eu>
        Objet : Interview – Digital Product Lead (FOPS/2026/14)

        Dear Aurélie,

        Following our phone conversation this afternoon, I am pleased to confirm your interview for the position of Digital Product Lead (ref. FOPS/2026/14).

        Date: Thursday 18 June 2026
        Time: 10:00 – 10:45 (Brussels time)
        Format: Microsoft Teams – the link will follow in a separate calendar invitation
        Panel: Inès Vandamme (Head of Digital), Tomasz Wiśniewski (Programme Director), Hanna Lindqvist (HR Officer)

        The interview will be conducted in English; the panel may ask one or two questions in French. You will be asked to give a 5-minute presentation on a digital service you have helped improve – no slides needed.

        Please let me know if you require any reasonable adjustments.

        Kind regards,

        Inès Vandamme
        Head of Digital
        Foundation for Open Public Services (FOPS)
        Rue Belliard 40, 1040 Brussels
        +32 2 738 11 60
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
        <div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">pour mémoire + à mettre dans l'agenda</div>
        <div id="appendonsend"></div>
        <hr style="display:inline-block;width:98%" tabindex="-1">
        <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De :</b> Inès Vandamme &lt;ines.vandamme@fops.eu&gt;<br><b>Envoyé :</b> lundi 8 juin 2026 17:32<br><b>À :</b> Aurélie Mottier &lt;aurelie.mottier@example.com&gt;<br><b>Cc :</b> FOPS Recruitment &lt;recruitment@fops.eu&gt;<br><b>Objet :</b> Interview – Digital Product Lead (FOPS/2026/14)</font><div>&nbsp;</div></div>
        <div><p>Dear Aurélie,</p>
        <p>Following our phone conversation this afternoon, I am pleased to confirm your interview for the position of Digital Product Lead (ref. FOPS/2026/14).</p>
        <p><b>Date:</b> Thursday 18 June 2026<br><b>Time:</b> 10:00 – 10:45 (Brussels time)<br><b>Format:</b> Microsoft Teams – the link will follow in a separate calendar invitation<br><b>Panel:</b> Inès Vandamme (Head of Digital), Tomasz Wiśniewski (Programme Director), Hanna Lindqvist (HR Officer)</p>
        <p>The interview will be conducted in English; the panel may ask one or two questions in French. You will be asked to give a 5-minute presentation on a digital service you have helped improve – no slides needed.</p>
        <p>Please let me know if you require any reasonable adjustments.</p>
        <p>Kind regards,</p>
        <p>Inès Vandamme<br>Head of Digital<br>Foundation for Open Public Services (FOPS)<br>Rue Belliard 40, 1040 Brussels<br>+32 2 738 11 60</p></div>
        </body></html>
    """)
    hs = head(9, frm=addr(ME_NAME, OLD),
              subject="TR: Interview – Digital Product Lead (FOPS/2026/14)",
              when="2026-06-09 07:50:12", zone="Europe/Zurich",
              mid="<GV0P278MB07183E5D2C9A41B6F08E7D3A9C2B1F46@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>",
              relay=o365("mail-gv0che01on2071", 23, 71),
              extra=(("Thread-Topic", enc("Interview – Digital Product Lead (FOPS/2026/14)")),
                     ("Thread-Index", "AQHc2Wk1bX8f3p9ZkUOqv2L4rB0kGg=="),
                     ("Content-Language", "fr-CH")))
    return message(hs, alt(text(body), html(page)))


@mail(n(10), family="welcome_to_the_jungle", lang="fr", interview=True, kind="scheduled",
      start="2026-05-19T09:00:00Z", end="2026-05-19T10:00:00Z", contact="manon.lefevre@tandemo.fr",
      company="Tandemo",
      note="Welcome to the Jungle ATS confirmation for a Paris scale-up: 'mardi 19 mai 2026 de 11:00 "
           "à 12:00 (heure de Paris)' -> CEST -> 09:00-10:00Z; contact = recruiter in Reply-To. "
           "Moved later by key 17.",
      local="Tue 2026-05-19 11:00", local_end="2026-05-19 12:00", zone="Europe/Paris")
def m10() -> bytes:
    body = t("""
        Bonjour Aurélie,

        Bonne nouvelle : votre entretien pour le poste de Product Manager Senior – Paris / Remote partiel chez Tandemo est confirmé.

        Quand : mardi 19 mai 2026 de 11:00 à 12:00 (heure de Paris)
        Où : Google Meet – https://meet.google.com/pbe-krtw-nfa
        Avec : Claire Bertin, Head of Product, et Manon Lefèvre, Talent Acquisition

        Au programme : échange sur votre parcours, puis une discussion autour d'un cas produit que Claire vous présentera en direct.

        Une question ? Répondez simplement à cet e-mail, Manon le recevra directement.

        À très vite,
        L'équipe Tandemo

        —
        Envoyé via Welcome to the Jungle · Gérer mes notifications : https://www.welcometothejungle.com/fr/me/settings/notifications
    """)
    page = t("""
        <html><body style="margin:0;background:#f5f3ee">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;font-family:'Work Sans',Arial,sans-serif;color:#212121;font-size:15px;line-height:22px">
        <tr><td style="padding:28px 32px 0"><img src="https://cdn.welcometothejungle.com/companies/tandemo/logo-80.png" width="40" height="40" alt="Tandemo"></td></tr>
        <tr><td style="padding:16px 32px 0"><p>Bonjour Aurélie,</p>
        <p>Bonne nouvelle : votre entretien pour le poste de <b>Product Manager Senior – Paris / Remote partiel</b> chez Tandemo est confirmé.</p></td></tr>
        <tr><td style="padding:0 32px"><table cellpadding="0" cellspacing="0" style="background:#fff8e1;border-radius:6px;width:100%"><tr><td style="padding:16px">
        📅 <b>mardi 19 mai 2026</b><br>🕚 de 11:00 à 12:00 (heure de Paris)<br>📍 Google Meet – <a href="https://meet.google.com/pbe-krtw-nfa">meet.google.com/pbe-krtw-nfa</a><br>👥 Claire Bertin, Head of Product, et Manon Lefèvre, Talent Acquisition
        </td></tr></table></td></tr>
        <tr><td style="padding:16px 32px"><p>Au programme : échange sur votre parcours, puis une discussion autour d'un cas produit que Claire vous présentera en direct.</p>
        <p>Une question ? Répondez simplement à cet e-mail, Manon le recevra directement.</p>
        <p>À très vite,<br>L'équipe Tandemo</p></td></tr>
        <tr><td style="padding:16px 32px 28px;font-size:12px;color:#8a8a8a">Envoyé via Welcome to the Jungle · <a href="https://www.welcometothejungle.com/fr/me/settings/notifications" style="color:#8a8a8a">Gérer mes notifications</a></td></tr>
        </table></td></tr></table></body></html>
    """)
    hs = head(10, frm=addr("Tandemo via Welcome to the Jungle", "no-reply@welcometothejungle.com"),
              subject="Votre entretien avec Tandemo est confirmé 🎉",
              when="2026-05-12 09:30:04", zone="Europe/Paris",
              mid="<20260512073004.8f3a1c2b9d7e4f60@mg.welcometothejungle.com>",
              relay="from m42-11.mailgun.net (m42-11.mailgun.net [69.72.42.11])",
              extra=(("Reply-To", addr("Manon Lefèvre", "manon.lefevre@tandemo.fr")),
                     ("X-Mailgun-Tag", "ats-interview-confirmed")))
    return message(hs, alt(text(body), html(page)))


@mail(n(11), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-07-06T07:30:00Z", end=None, contact="bertrand.charvet@serane-labs.fr",
      company="Laboratoires Sérane",
      note="Formal Outlook mail in ISO-8859-1 quoted-printable from a Lyon pharma lab: 'lundi 6 "
           "juillet à 9h30' in Lyon, French time (CEST) -> 07:30Z; 'Prévoyez environ 1h30' -> end null; "
           "contact = sender.",
      local="Mon 2026-07-06 09:30", zone="Europe/Paris")
def m11() -> bytes:
    body = t("""
        Madame,

        Pour faire suite à notre échange téléphonique de ce jour, je vous confirme notre rendez-vous le lundi 6 juillet à 9h30 dans nos locaux lyonnais, 28 rue de Gerland, 69007 Lyon (accueil du bâtiment B).

        Vous serez reçue par Mme Gaëlle Roux, Directrice de la Transformation Digitale, et moi-même. Prévoyez environ 1h30 : la seconde partie de l'entretien sera consacrée à une mise en situation autour de notre application patients.

        Le site est accessible en tram T1 (arrêt Halle Tony Garnier). Un badge visiteur vous sera remis à l'accueil sur présentation d'une pièce d'identité.

        Dans l'attente de vous rencontrer, je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

        Bertrand Charvet
        Responsable Recrutement & Mobilité
        Laboratoires Sérane - Direction des Ressources Humaines
        Tél. : +33 (0)4 72 80 15 63
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body lang="FR" style="word-wrap:break-word"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Madame,</p>
        <p>Pour faire suite à notre échange téléphonique de ce jour, je vous confirme notre rendez-vous le <b>lundi 6 juillet à 9h30</b> dans nos locaux lyonnais, 28 rue de Gerland, 69007 Lyon (accueil du bâtiment B).</p>
        <p>Vous serez reçue par Mme Gaëlle Roux, Directrice de la Transformation Digitale, et moi-même. Prévoyez environ 1h30 : la seconde partie de l'entretien sera consacrée à une mise en situation autour de notre application patients.</p>
        <p>Le site est accessible en tram T1 (arrêt Halle Tony Garnier). Un badge visiteur vous sera remis à l'accueil sur présentation d'une pièce d'identité.</p>
        <p>Dans l'attente de vous rencontrer, je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.</p>
        <p><b>Bertrand Charvet</b><br>Responsable Recrutement &amp; Mobilité<br>Laboratoires Sérane - Direction des Ressources Humaines<br>Tél. : +33 (0)4 72 80 15 63</p>
        </div></body></html>
    """)
    cs = "iso-8859-1"
    hs = head(11, frm=addr("CHARVET Bertrand", "bertrand.charvet@serane-labs.fr"),
              subject="Confirmation entretien - Product Owner Digital Santé", charset=cs,
              when="2026-06-30 18:04:51", zone="Europe/Paris",
              mid="<PR1P264MB2203B7C9D4E15A3F82C6D0E9A1B74F25@PR1P264MB2203.FRAP264.PROD.OUTLOOK.COM>",
              relay=o365("mail-pr1fra01on2061", 26, 61),
              to="\"aurelie.mottier@example.org\" <aurelie.mottier@example.org>",
              extra=(("Thread-Topic", enc("Confirmation entretien - Product Owner Digital Santé", cs)),
                     ("Thread-Index", "AdnpB2c4Ru0Q+8xKTgaE1f7m2oPj5w=="),
                     ("Content-Language", "fr-FR")))
    return message(hs, alt(text(body, charset=cs), html(page, charset=cs)))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-01-15T15:00:00Z", end="2026-01-15T16:00:00Z",
      contact="priya.shah@halcyonanalytics.co.uk", company="Halcyon Analytics",
      note="Recruiter prose + pasted Zoom invitation: 'Thursday 15th January at 3pm UK time (4pm "
           "for you)', Zoom 'Jan 15, 2026 03:00 PM London'; January so GMT = UTC -> 15:00Z; 'for "
           "one hour' -> end 16:00Z.",
      local="Thu 2026-01-15 15:00", local_end="2026-01-15 16:00", zone="Europe/London")
def m12() -> bytes:
    body = t("""
        Hi Aurélie,

        Great news – the team would love to see you for the final round! As agreed on the phone just now, it's Thursday 15th January at 3pm UK time (4pm for you), with Ruth Adebayo (COO) and Ben Hartley (CPO), for one hour.

        It'll be a mix of a conversation about how you'd shape our research practice and a few questions on the case you presented last week. Zoom details below.

        Any questions in the meantime, just shout.

        Best wishes,
        Priya

        Priya Shah
        Senior Talent Partner | Halcyon Analytics
        2 Pancras Square, London N1C 4AG
        M: +44 7700 900 418

        ---

        Priya Shah is inviting you to a scheduled Zoom meeting.

        Topic: Halcyon | Aurélie Mottier – Final interview
        Time: Jan 15, 2026 03:00 PM London

        Join Zoom Meeting
        https://halcyon.zoom.us/j/83920174455?pwd=bXhTQ2ZmU0xkRjN2cWdrWlB4RW9JZz09

        Meeting ID: 839 2017 4455
        Passcode: 612094

        ---

        One tap mobile
        +442034815240,,83920174455#,,,,*612094# United Kingdom
        +41315280988,,83920174455#,,,,*612094# Switzerland

        ---

        Dial by your location
        • +44 203 481 5240 United Kingdom
        • +41 31 528 09 88 Switzerland

        Meeting ID: 839 2017 4455
        Passcode: 612094

        Find your local number: https://halcyon.zoom.us/u/kd7Qx2mPz
    """)
    hs = head(12, frm=addr("Priya Shah", "priya.shah@halcyonanalytics.co.uk"),
              subject="Final round – Thursday 15th – Zoom details",
              when="2026-01-09 11:14:09", zone="Europe/London",
              mid="<LO2P265MB5011E7A3C92D48B6F1A0C5D7E9B3A284@LO2P265MB5011.GBRP265.PROD.OUTLOOK.COM>",
              relay=o365("mail-lo2gbr01on2097", 21, 97),
              extra=(("Thread-Topic", enc("Final round – Thursday 15th – Zoom details")),
                     ("Thread-Index", "AdtgV0uQ3s8vF7YkS8eO3Gm1yXc2Lw=="),
                     ("Content-Language", "en-GB")))
    return message(hs, text(body))


@mail(n(13), family="reply_on_top", lang="fr", interview=True, kind="scheduled",
      start="2026-07-22T08:00:00Z", end=None, contact="julie.ansermet@kollab.ch", company="Kollab",
      note="Casual start-up reply (tutoiement) on top of the quoted thread of key 35: 'On part sur "
           "mercredi 10h alors' sent Friday 17 July -> the Wednesday 22 July the candidate accepted "
           "in the quote; CEST -> 08:00Z; 'compte ~1h' -> end null; contact = sender.",
      local="Wed 2026-07-22 10:00", zone="Europe/Zurich")
def m13() -> bytes:
    body = t("""
        Top, merci !! On part sur mercredi 10h alors 👍 Je t'envoie l'invit Meet dans la journée.
        Théo sera là aussi, compte ~1h.

        A+
        Julie

        Le jeu. 16 juil. 2026 à 22:47, Aurélie Mottier <aurelie.mottier@example.org> a écrit :
        > Hello Julie,
        >
        > Merci pour ton message ! Mercredi 22 à 10h me convient très bien.
        >
        > Belle soirée,
        > Aurélie
        >
        > Le jeu. 16 juil. 2026 à 14:05, Julie Ansermet <julie.ansermet@kollab.ch> a écrit :
        >
        >> Salut Aurélie,
        >>
        >> Merci pour ta candidature, on a adoré ton portfolio (surtout l'étude sur les parcours de réservation) !
        >>
        >> Est-ce que tu serais dispo pour un premier call avec Théo (notre CTO) et moi la semaine prochaine ? Je peux te proposer mardi 21 à 14h, mercredi 22 à 10h ou jeudi 23 en fin d'aprèm (dès 16h30). Dis-moi ce qui t'arrange !
        >>
        >> Belle journée,
        >> Julie
        >>
        >> --
        >> Julie Ansermet
        >> Co-fondatrice & CEO – Kollab
        >> Rue de la Servette 12, 1201 Genève
    """)
    hs = head(13, frm=addr("Julie Ansermet", "julie.ansermet@kollab.ch"),
              subject="Re: Ta candidature chez Kollab",
              when="2026-07-17 08:12:30", zone="Europe/Zurich",
              mid="<CAN8fKq0x+3WmP7Yd2Lr5aTz9hB4eVc1oXsJ6gRu8nQk0Dp2tFw@mail.gmail.com>",
              relay=gmail(49),
              extra=(("In-Reply-To", "<CAGz4Tq9+Nn3kYv1Wd6pLm0Rx5sE8aHb2cJf7oUt4iZg9Ke1qMw@mail.gmail.com>"),
                     ("References", "<CAJq2Vx7m0Lt9Ep4Rk1+Wb6Nc3hYs8dFa5gOu2iTz7Kv0Qm4pXe@mail.gmail.com>\r\n"
                                    " <CAGz4Tq9+Nn3kYv1Wd6pLm0Rx5sE8aHb2cJf7oUt4iZg9Ke1qMw@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(14), family="doodle", lang="fr", interview=True, kind="scheduled",
      start="2026-09-04T13:00:00Z", end="2026-09-04T14:00:00Z", contact="marc.lambiel@terredeau.org",
      company="Fondation Terre d'Eau",
      note="Doodle 'date finale choisie' notification for a panel interview at a Geneva NGO: "
           "vendredi 4 septembre 2026 15:00-16:00 (Europe/Zurich), CEST -> 13:00-14:00Z; "
           "contact = organiser via Reply-To (sender is Doodle's mailer).",
      local="Fri 2026-09-04 15:00", local_end="2026-09-04 16:00", zone="Europe/Zurich")
def m14() -> bytes:
    title = "Entretien panel – Responsable produit numérique"
    body = t(f"""
        Bonjour Aurélie,

        Marc Lambiel a clôturé le sondage « {title} » et a choisi la date suivante :

        vendredi 4 septembre 2026
        15:00 – 16:00 (Europe/Zurich)

        Lieu : Fondation Terre d'Eau, Rue de Varembé 3, 1202 Genève – salle Léman (2e étage)

        Message de Marc Lambiel :
        « Merci à toutes et à tous pour vos disponibilités. Aurélie, nous vous accueillerons à la réception dès 14h50. »

        Ajouter à mon agenda :
        Google Agenda : https://doodle.com/meeting/event/e8Kq2Rwa/calendar?type=google
        Outlook : https://doodle.com/meeting/event/e8Kq2Rwa/calendar?type=outlook
        Apple (.ics) : https://doodle.com/meeting/event/e8Kq2Rwa/calendar?type=ics

        Voir le sondage : https://doodle.com/meeting/participate/id/e8Kq2Rwa

        Vous recevez cet e-mail parce que vous avez participé à ce sondage Doodle.
        Doodle AG · Werdstrasse 21 · 8021 Zürich · Suisse
    """)
    page = t(f"""
        <html><body style="margin:0;background:#f2f4f7"><center>
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1f2937;font-size:15px">
        <tr><td style="padding:24px 32px;background:#0a5ad7;color:#ffffff;font-size:20px;font-weight:bold">Doodle</td></tr>
        <tr><td style="padding:24px 32px 8px">Bonjour Aurélie,</td></tr>
        <tr><td style="padding:8px 32px">Marc Lambiel a clôturé le sondage « <b>{title}</b> » et a choisi la date suivante :</td></tr>
        <tr><td style="padding:16px 32px"><div style="border:1px solid #d1d5db;border-radius:8px;padding:16px">
        <div style="font-size:18px;font-weight:bold">vendredi 4 septembre 2026</div><div>15:00 – 16:00 (Europe/Zurich)</div>
        <div style="margin-top:8px;color:#4b5563">Fondation Terre d'Eau, Rue de Varembé 3, 1202 Genève – salle Léman (2e étage)</div></div></td></tr>
        <tr><td style="padding:8px 32px"><b>Message de Marc Lambiel :</b><br><i>« Merci à toutes et à tous pour vos disponibilités. Aurélie, nous vous accueillerons à la réception dès 14h50. »</i></td></tr>
        <tr><td style="padding:16px 32px">Ajouter à mon agenda : <a href="https://doodle.com/meeting/event/e8Kq2Rwa/calendar?type=google">Google Agenda</a> · <a href="https://doodle.com/meeting/event/e8Kq2Rwa/calendar?type=outlook">Outlook</a> · <a href="https://doodle.com/meeting/event/e8Kq2Rwa/calendar?type=ics">Apple (.ics)</a></td></tr>
        <tr><td style="padding:8px 32px 24px"><a href="https://doodle.com/meeting/participate/id/e8Kq2Rwa" style="background:#0a5ad7;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Voir le sondage</a></td></tr>
        <tr><td style="padding:16px 32px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb">Vous recevez cet e-mail parce que vous avez participé à ce sondage Doodle.<br>Doodle AG · Werdstrasse 21 · 8021 Zürich · Suisse</td></tr>
        </table></center></body></html>
    """)
    hs = head(14, frm=addr("Doodle", "mailer@doodle.com"),
              subject=f"Marc Lambiel a choisi une date pour « {title} »",
              when="2026-08-31 13:02:18", zone="UTC",
              mid=f"<{hx('m14', 24)}.{hx('m14b', 8)}@doodle.com>",
              relay="from mail-a21.doodle.com (mail-a21.doodle.com [185.17.252.21])",
              extra=(("Reply-To", addr("Marc Lambiel", "marc.lambiel@terredeau.org")),
                     ("List-Unsubscribe", "<https://doodle.com/account/notifications/unsubscribe?t=Qm9n>")))
    return message(hs, alt(text(body), html(page)))


@mail(n(15), family="taleo", lang="fr", interview=True, kind="scheduled",
      start="2026-09-22T13:00:00Z", end=None, contact="okafor@wfro.int", company="WFRO",
      note="Taleo mail (Date header in New York time) from a Geneva international organisation: "
           "competency-based interview 'mardi 22 septembre 2026 à 15h00, heure de Genève', CEST -> "
           "13:00Z; 'environ 60 minutes' -> end null; 'accuser réception' does not make the time "
           "tentative; contact = HR assistant in the body.",
      local="Tue 2026-09-22 15:00", zone="Europe/Zurich", days=(("Thu", "2026-09-17"),))
def m15() -> bytes:
    body = t("""
        Madame Mottier,

        Nous vous remercions de l'intérêt que vous portez à l'Organisation mondiale pour la résilience alimentaire (WFRO).

        Nous avons le plaisir de vous informer que vous avez été présélectionnée pour un entretien axé sur les compétences pour le poste de Responsable produit principal(e), Services numériques (P-4), avis de vacance WFRO/26/P4/117.

        L'entretien aura lieu le mardi 22 septembre 2026 à 15h00, heure de Genève, par Webex. Il sera conduit en anglais par un jury de trois personnes et durera environ 60 minutes.

        Lien Webex : https://wfro.webex.com/wfro/j.php?MTID=m7b3c9e1f0a2d4c6b8e0f1a3c5d7e9b21
        Numéro de la réunion : 2741 880 6152
        Mot de passe : Resil26!

        Merci de vous connecter dix minutes avant l'heure indiquée et de vous munir d'une pièce d'identité officielle avec photo, qui vous sera demandée au début de l'entretien.

        Nous vous prions de bien vouloir accuser réception du présent message en écrivant à Mme Adaeze Okafor, Assistante RH (okafor@wfro.int), au plus tard le jeudi 17 septembre.

        Veuillez agréer, Madame, l'expression de nos salutations distinguées.

        Section du recrutement
        Division de la gestion des ressources humaines
        Organisation mondiale pour la résilience alimentaire
        Avenue Appia 7, 1211 Genève 27

        Ceci est un message automatique envoyé par le système de recrutement de la WFRO. Merci de ne pas répondre à cette adresse.
    """)
    hs = head(15, frm=addr("WFRO Recrutement", "no-reply@taleo.net"),
              subject="Invitation à un entretien – Avis de vacance WFRO/26/P4/117",
              when="2026-09-14 10:30:40", zone="America/New_York",
              mid="<1357924680.77441.1789396240123.JavaMail.taleo@tlo-prd-mail03>",
              relay="from smtp03.taleo.net (smtp03.taleo.net [160.34.13.203])")
    return message(hs, text(body, cte="8bit"))


@mail(n(16), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-10-29T13:30:00Z", end="2026-10-29T14:30:00Z",
      contact="genevieve.tremblay@studioaurore.ca", company="Studio Aurore",
      note="Québec French ('entrevue', '9 h 30') from Montréal: jeudi 29 octobre 9 h 30 heure de "
           "Montréal, still EDT (North America falls back on 1 November) while Geneva is already "
           "on CET (25 October) -> 13:30Z = 14:30 in Geneva as the mail says; 'dure une heure' -> "
           "end 14:30Z.",
      local="Thu 2026-10-29 09:30", local_end="2026-10-29 10:30", zone="America/Toronto",
      days=(("Sun", "2026-10-25"),))
def m16() -> bytes:
    body = t("""
        Bonjour Aurélie,

        Tel que discuté ce matin, je te confirme ton entrevue avec Mathieu Bouchard (directeur produit) et Karine Lavoie (recherche UX) le jeudi 29 octobre à 9 h 30, heure de Montréal, sur Teams. L'invitation suit dans un autre courriel. L'entrevue dure une heure.

        Petite attention au décalage : vous reculez l'heure en Europe ce dimanche 25 octobre, et nous seulement le 1er novembre. Cette semaine-là on sera donc à 5 heures d'écart au lieu de 6 : ça donnera 14 h 30 chez toi.

        Si jamais tu as un empêchement, écris-moi ou texte-moi au 514 555-0182.

        Au plaisir,

        Geneviève Tremblay
        Partenaire d'affaires, acquisition de talents
        Studio Aurore | 5455 av. de Gaspé, Montréal (Québec) H2T 3B3
    """)
    hs = head(16, frm=addr("Geneviève Tremblay", "genevieve.tremblay@studioaurore.ca"),
              subject="Confirmation de ton entrevue – Chargée de produit UX",
              when="2026-10-22 15:40:12", zone="America/Toronto",
              mid="<YT3PR01MB6284A9C1D7E2F35B4A08C6D9E1F7B2A3@YT3PR01MB6284.CANPRD01.PROD.OUTLOOK.COM>",
              relay=o365("mail-yt3can01on2105", 93, 105),
              extra=(("Thread-Topic", enc("Confirmation de ton entrevue – Chargée de produit UX")),
                     ("Thread-Index", "AdtiLk4pZb7QmR1xT2y9Ac3E5sW8Hg=="),
                     ("Content-Language", "fr-CA")))
    page = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    return message(hs, alt(text(body), html(page)))


# =========================================================================== positives: rescheduled


@mail(n(17), family="google_calendar", lang="fr", interview=True, kind="rescheduled",
      start="2026-05-20T13:00:00Z", end="2026-05-20T14:00:00Z", contact="manon.lefevre@tandemo.fr",
      company="Tandemo",
      note="Google Agenda 'Invitation mise à jour' (SEQUENCE:1) moving the interview of key 10 from "
           "mardi 19 mai 11:00 to mercredi 20 mai 15:00-16:00 heure d'été d'Europe centrale - Paris "
           "-> 13:00-14:00Z; start = the new time; contact = organizer.",
      local="Wed 2026-05-20 15:00", local_end="2026-05-20 16:00", zone="Europe/Paris",
      days=(("Tue", "2026-05-19"),))
def m17() -> bytes:
    title = "Entretien Product Manager Senior – Aurélie Mottier"
    eid = "M2g4bTFrcTdwMnZhOWQ1bGM4ZjBqNnRlczQgYXVyZWxpZS5tb3R0aWVyQGV4YW1wbGUub3Jn"
    note_txt = ("Bonjour Aurélie, Claire est finalement en déplacement mardi, on décale donc à mercredi 15h. "
                "Le lien Meet reste le même. Désolée pour ce changement ! Manon")
    body = t(f"""
        Cet événement a été modifié avec une note :
        « {note_txt} »

        Modifié : date et heure

        {title}
        mercredi 20 mai 2026 ⋅ 15:00 – 16:00 (modifié)
        Heure d'été d'Europe centrale - Paris
        Avant : mardi 19 mai 2026 ⋅ 11:00 – 12:00

        Participer avec Google Meet
        https://meet.google.com/pbe-krtw-nfa

        Invités
        Manon Lefèvre - organisateur
        Claire Bertin
        aurelie.mottier@example.org
        Afficher tous les invités https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&hl=fr

        Répondre pour aurelie.mottier@example.org
        Oui
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&hl=fr
        Non
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&hl=fr
        Peut-être
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&hl=fr

        Invitation de Google Agenda : https://calendar.google.com/calendar/

        Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications concernant cet événement, refusez-le.
    """)
    page = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:560px">
        <p style="font-size:14px">Cet événement a été modifié avec une note :<br><i>« {note_txt} »</i></p>
        <p style="font-size:12px;color:#d93025">Modifié : date et heure</p>
        <h2 style="font-size:22px;font-weight:400">{title}</h2>
        <div style="font-size:14px"><span style="color:#d93025">mercredi 20 mai 2026 ⋅ 15:00 – 16:00</span><br>Heure d'été d'Europe centrale - Paris<br>
        <span style="text-decoration:line-through;color:#70757a">mardi 19 mai 2026 ⋅ 11:00 – 12:00</span></div>
        <p><a href="https://meet.google.com/pbe-krtw-nfa" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Participer avec Google Meet</a></p>
        <p style="font-size:14px"><b>Invités</b><br>Manon Lefèvre - organisateur<br>Claire Bertin<br>aurelie.mottier@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation de <a href="https://calendar.google.com/calendar/">Google Agenda</a></p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:{z("2026-05-20 15:00", "Europe/Paris")}
DTEND:{z("2026-05-20 16:00", "Europe/Paris")}
DTSTAMP:20260514T100251Z
ORGANIZER;CN=Manon Lefèvre:mailto:manon.lefevre@tandemo.fr
UID:3h8m1kq7p2va9d5lc8f0j6tes4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Manon Lefèvre;X-NUM-GUESTS=0:mailto:manon.lefevre@tandemo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claire Bertin;X-NUM-GUESTS=0:mailto:claire.bertin@tandemo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=aurelie.mottier@example.org;X-NUM-GUESTS=0:mailto:aurelie.mottier@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/pbe-krtw-nfa
CREATED:20260512T072955Z
DESCRIPTION:Entretien avec Claire Bertin (Head of Product) et Manon Lefèvre (Talent Acquisition).\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nParticipez à la réunion Google Meet : https://meet.google.com/pbe-krtw-nfa\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260514T100250Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(17, frm=addr("Manon Lefèvre", "manon.lefevre@tandemo.fr"),
              subject=f"Invitation mise à jour avec une note : {title} @ mer. 20 mai 2026 15:00 - 16:00 "
                      "(CEST) (aurelie.mottier@example.org)",
              when="2026-05-14 10:02:51", zone="UTC",
              mid=f"<calendar-{hu('m17')}@google.com>", relay=gmail(181),
              extra=(("Reply-To", addr("Manon Lefèvre", "manon.lefevre@tandemo.fr")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64"))
    att = calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(inner, att))


@mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-03-31T10:00:00Z", end="2026-03-31T10:45:00Z",
      contact="hannah.price@ashgrovecapital.co.uk", company="Ashgrove Capital",
      note="Outlook reply on top of a thread: interview moved from Monday 30 March 2pm to 'Tuesday "
           "31st March at 11:00 UK time'; mail sent Friday 27 March in GMT, interview after the "
           "UK switch to BST on 29 March -> 10:00Z (12:00 Geneva, also just switched to CEST); "
           "'still be 45 minutes' -> end 10:45Z.",
      local="Tue 2026-03-31 11:00", local_end="2026-03-31 11:45", zone="Europe/London",
      days=(("Mon", "2026-03-30"),))
def m18() -> bytes:
    body = t("""
        Hi Aurélie,

        Thanks so much for being flexible. Confirming we've moved your interview with Sam to Tuesday 31st March at 11:00 UK time – so 12:00 for you in Geneva (both our clocks go forward this Sunday, so the one-hour difference stays the same). Same Teams link; I've updated the invite.

        It'll still be 45 minutes, and Sam's colleague Amir from the platform team may join for the last 15.

        Have a lovely weekend,
        Hannah

        Hannah Price
        Talent Acquisition Lead
        Ashgrove Capital | 30 Finsbury Square, London EC2A 1AG
        T: +44 20 7946 0321

        From: Aurélie Mottier <aurelie.mottier@example.org>
        Sent: 27 March 2026 15:41
        To: Hannah Price <hannah.price@ashgrovecapital.co.uk>
        Subject: Re: Interview Monday – Product Manager, Investor Platform

        Hi Hannah,

        No problem at all, Tuesday late morning works for me.

        Best,
        Aurélie

        From: Hannah Price <hannah.price@ashgrovecapital.co.uk>
        Sent: 27 March 2026 14:20
        To: Aurélie Mottier <aurelie.mottier@example.org>
        Subject: Interview Monday – Product Manager, Investor Platform

        Hi Aurélie,

        I'm so sorry – Sam has been pulled into board prep on Monday afternoon, so we need to move your 2pm slot on Monday 30th. Would Tuesday 31st at 11:00 UK time work for you instead?

        Apologies for the shuffle,
        Hannah
    """)
    hs = head(18, frm=addr("Hannah Price", "hannah.price@ashgrovecapital.co.uk"),
              subject="RE: Interview Monday – Product Manager, Investor Platform",
              when="2026-03-27 16:05:33", zone="Europe/London",
              mid="<CWLP265MB3908D1A7E4C25F93B0E8A6C2D4F1B7E9@CWLP265MB3908.GBRP265.PROD.OUTLOOK.COM>",
              relay=o365("mail-cwlgbr01on2130", 21, 130),
              extra=(("In-Reply-To", "<CAB5wQz1+Yk8Tn2Lp6Rv9Em0Xc3aHf7gJd4sUo1iWb8Kq2Nt5Pe@mail.gmail.com>"),
                     ("Thread-Topic", enc("Interview Monday – Product Manager, Investor Platform")),
                     ("Thread-Index", "AQHcvU3k8Xr2m0Qb5UeL1zYp9Wa7TgAAv3Nk"),
                     ("Content-Language", "en-GB")))
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">'))))


@mail(n(19), family="exchange", lang="fr", interview=True, kind="rescheduled",
      start="2026-09-01T12:30:00Z", end="2026-09-01T13:30:00Z", contact="pieter.claes@cobaltmobility.eu",
      company="Cobalt Mobility",
      note="Exchange meeting update (SEQUENCE:1, TZID Romance Standard Time) from Brussels moving the "
           "interview from Monday morning to 'mardi 1 septembre 2026 14:30-15:30'; the body's zone "
           "label shows the standard offset '(UTC+01:00) Bruxelles…' but the date is in CEST -> "
           "12:30-13:30Z, as the ICS confirms; contact = organizer.",
      local="Tue 2026-09-01 14:30", local_end="2026-09-01 15:30", zone="Europe/Brussels",
      days=(("Mon", "2026-08-31"),))
def m19() -> bytes:
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTc1OWI2YTgtMmYzNC00ZGE5LWJkMjEtN2"
             "E0YzFmODM5NmQ1%40thread.v2/0?context=%7b%22Tid%22%3a%2253c8e2a1-9f04-4b7d-a1e6-3c5b7d9f0e21"
             "%22%2c%22Oid%22%3a%22a4d6f8b0-1c3e-4a5b-9d7f-2e4c6a8b0d13%22%7d")
    body = t(f"""
        Quand : mardi 1 septembre 2026 14:30-15:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        Où : Réunion Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Bonjour Aurélie,

        Comme convenu par téléphone, je déplace notre entretien de lundi matin à mardi après-midi, 14h30. Le lien Teams reste le même ; Sofie De Smet (Data Lead) nous rejoindra.

        À mardi,
        Pieter

        Pieter Claes
        Head of Product – Cobalt Mobility
        Rue de la Loi 155, 1040 Bruxelles
        +32 2 211 48 90

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour participer à la réunion<{teams}>
        ID de la réunion : 328 771 940 215
        Code secret : 9xKp3A
        Télécharger Teams<https://www.microsoft.com/fr-be/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/?organizerId=a4d6f8b0-1c3e-4a5b-9d7f-2e4c6a8b0d13&tenantId=53c8e2a1-9f04-4b7d-a1e6-3c5b7d9f0e21&language=fr-FR>
        ________________________________________________________________________________
    """)
    page = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="FR-BE" style="word-wrap:break-word"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Quand : mardi 1 septembre 2026 14:30-15:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.<br>Où : Réunion Microsoft Teams</p>
        <p style="color:#5A5A5A">*~*~*~*~*~*~*~*~*~*</p>
        <p>Bonjour Aurélie,</p>
        <p>Comme convenu par téléphone, je déplace notre entretien de lundi matin à mardi après-midi, 14h30. Le lien Teams reste le même ; Sofie De Smet (Data Lead) nous rejoindra.</p>
        <p>À mardi,<br>Pieter</p>
        <p style="font-size:9pt;color:#6B6B6B">Pieter Claes<br>Head of Product – Cobalt Mobility<br>Rue de la Loi 155, 1040 Bruxelles<br>+32 2 211 48 90</p>
        <p>________________________________________________________________________________</p>
        <p><b><span style="font-size:18pt;color:#252424">Réunion Microsoft Teams</span></b><br>
        <a href="{teams}"><b>Cliquez ici pour participer à la réunion</b></a><br>ID de la réunion : 328 771 940 215<br>Code secret : 9xKp3A</p>
        <p>________________________________________________________________________________</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Pieter Claes:mailto:pieter.claes@cobaltmobility.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aurélie Mottier:mailto:aurelie.mottier@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofie De Smet:mailto:sofie.desmet@cobaltmobility.eu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Aurélie\\,\\n\\nComme convenu par téléphone\\, je déplace notre entretien de lundi matin à mardi après-midi\\, 14h30. Le lien Teams reste le même \\; Sofie De Smet (Data Lead) nous rejoindra.\\n\\nÀ mardi\\,\\nPieter\\n\\nRéunion Microsoft Teams\\nCliquez ici pour participer à la réunion<{teams}>\\nID de la réunion : 328 771 940 215\\nCode secret : 9xKp3A\\n
UID:040000008200E00074C5B7101A82E00800000000C07E3B9D5F2BDD01000000000000000010000000A2B4C6D8E0F1A3B5C7D9E1F3A5B7C9D1
SUMMARY;LANGUAGE=fr-FR:Entretien – Product Owner Mobility Data (A. Mottier)
DTSTART;TZID=Romance Standard Time:20260901T143000
DTEND;TZID=Romance Standard Time:20260901T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260826T074127Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1180427766
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "Réunion Microsoft Teams"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" }} ]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    hs = head(19, frm=addr("Pieter Claes", "pieter.claes@cobaltmobility.eu"),
              subject="Entretien – Product Owner Mobility Data (A. Mottier)",
              when="2026-08-26 09:41:27", zone="Europe/Brussels",
              mid="<AM9PR02MB7345F0C2B8E14D6A93C7E1B5D0A2F8C4@AM9PR02MB7345.eurprd02.prod.outlook.com>",
              relay=o365("mail-am9eur02on2118", 13, 118),
              to=addr(ME_NAME, ME),
              extra=(("Thread-Topic", enc("Entretien – Product Owner Mobility Data (A. Mottier)")),
                     ("Thread-Index", "AdwB2m7xR4kQ9PZ0Ty6W1eHs3cN8Vw=="),
                     ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-04-02T13:30:00Z", end="2026-04-02T14:30:00Z", contact="sandra.keller@halvera.ch",
      company="Halvera Pharma",
      note="German reschedule in ISO-8859-1 (Swiss 'Grüsse'), moving the Teams interview of key 3 from "
           "Tuesday to 'Donnerstag, 2. April 2026, 15.30 - 16.30 Uhr (Schweizer Zeit)'; sent in CET, "
           "interview in CEST -> 13:30-14:30Z; contact = sender.",
      local="Thu 2026-04-02 15:30", local_end="2026-04-02 16:30", zone="Europe/Zurich",
      days=(("Tue", "2026-03-31"),))
def m20() -> bytes:
    body = t("""
        Guten Tag Frau Mottier

        Leider muss Dr. Frei am kommenden Dienstag, 31. März, kurzfristig an ein Board-Meeting in Basel. Wir haben das Gespräch deshalb auf

        Donnerstag, 2. April 2026, 15.30 - 16.30 Uhr (Schweizer Zeit)

        verschoben. Der Teams-Link bleibt derselbe, die aktualisierte Einladung erhalten Sie separat.

        Entschuldigen Sie bitte die Umstände. Sollte der neue Termin für Sie nicht passen, melden Sie sich gerne direkt bei mir.

        Freundliche Grüsse
        Sandra Keller
        Talent Acquisition Partner

        Halvera Pharma AG | Thurgauerstrasse 130 | 8152 Glattpark (Opfikon)
        T +41 44 511 62 30
    """)
    cs = "iso-8859-1"
    hs = head(20, frm=addr("Keller Sandra", "sandra.keller@halvera.ch"),
              subject="Terminverschiebung: Vorstellungsgespräch Senior UX Researcher", charset=cs,
              when="2026-03-27 08:15:09", zone="Europe/Zurich",
              mid="<ZR0P278MB0456E2D8B1F74C3A95E0D7C6B8A1F3E4@ZR0P278MB0456.CHEP278.PROD.OUTLOOK.COM>",
              relay=o365("mail-zr0che01on2120", 24, 120),
              to="\"aurelie.mottier@example.org\" <aurelie.mottier@example.org>",
              extra=(("Thread-Topic", enc("Terminverschiebung: Vorstellungsgespräch Senior UX Researcher", cs)),
                     ("Thread-Index", "AdxdyK2m9Qe1Tz4wR0aVb8Hn5Xc3Pg=="),
                     ("Content-Language", "de-CH")))
    return message(hs, text(body, charset=cs))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-05-14T14:00:00Z", end="2026-05-14T14:45:00Z", contact="rowan.ellis@brightmoor.co.uk",
      company="Brightmoor",
      note="Google Calendar (en-GB) 'Cancelled event with note' + METHOD:CANCEL ICS: the role is on "
           "hold; cancelled slot Thursday 14 May 2026 15:00-15:45 BST -> 14:00-14:45Z; contact = "
           "organiser.",
      local="Thu 2026-05-14 15:00", local_end="2026-05-14 15:45", zone="Europe/London")
def m21() -> bytes:
    title = "Interview: Aurélie Mottier – Product Lead"
    note_txt = ("Hi Aurélie, I'm really sorry to do this – we've put the Product Lead role on hold after a "
                "budget review, so I have to cancel Thursday's interview. I'll be in touch if it reopens. "
                "Rowan")
    body = t(f"""
        This event has been cancelled with a note:
        "{note_txt}"

        {title}
        Thursday 14 May 2026 ⋅ 15:00 – 15:45
        United Kingdom Time

        Organiser
        Rowan Ellis
        rowan.ellis@brightmoor.co.uk

        Guests
        Rowan Ellis - organiser
        Dev Malhotra
        aurelie.mottier@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
    """)
    page = t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:560px">
        <p style="font-size:14px">This event has been cancelled with a note:<br><i>"{note_txt}"</i></p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">{title}</h2>
        <div style="font-size:14px">Thursday 14 May 2026 ⋅ 15:00 – 15:45<br>United Kingdom Time</div>
        <p style="font-size:14px"><b>Organiser</b><br>Rowan Ellis<br>rowan.ellis@brightmoor.co.uk</p>
        <p style="font-size:14px"><b>Guests</b><br>Rowan Ellis - organiser<br>Dev Malhotra<br>aurelie.mottier@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>You are receiving this email because you are an attendee on the event.</p>
        </div></body></html>
    """)
    note_ics = note_txt.replace(",", "\\,")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:{z("2026-05-14 15:00", "Europe/London")}
DTEND:{z("2026-05-14 15:45", "Europe/London")}
DTSTAMP:20260511T123117Z
ORGANIZER;CN=Rowan Ellis:mailto:rowan.ellis@brightmoor.co.uk
UID:7tq2k9v1m4p8b0c6d3f5h7j9lr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rowan Ellis;X-NUM-GUESTS=0:mailto:rowan.ellis@brightmoor.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dev Malhotra;X-NUM-GUESTS=0:mailto:dev.malhotra@brightmoor.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=aurelie.mottier@example.org;X-NUM-GUESTS=0:mailto:aurelie.mottier@example.org
CREATED:20260505T091502Z
DESCRIPTION:{note_ics}
LAST-MODIFIED:20260511T123116Z
LOCATION:https://meet.google.com/sdk-ueox-qpr
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(21, frm=addr("Rowan Ellis", "rowan.ellis@brightmoor.co.uk"),
              subject=f"Cancelled event with note: {title} @ Thu 14 May 2026 15:00 - 15:45 (BST) "
                      "(aurelie.mottier@example.org)",
              when="2026-05-11 12:31:17", zone="UTC",
              mid=f"<calendar-{hu('m21')}@google.com>", relay=gmail(44),
              extra=(("Reply-To", addr("Rowan Ellis", "rowan.ellis@brightmoor.co.uk")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    inner = alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64"))
    att = calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(hs, mixed(inner, att))


@mail(n(22), family="agency_recruiter", lang="fr", interview=True, kind="cancelled",
      start="2026-10-23T08:00:00Z", end=None, contact="yannick.rossier@rhonetalent.ch",
      company="Castellane Commodities",
      note="Agency consultant: the client cancels 'l'entretien de vendredi 10h' (position filled "
           "internally); sent Tuesday 20 October -> Friday 23 October, still CEST (Europe falls "
           "back on the 25th) -> 08:00Z; company = the client, contact = the consultant.",
      local="Fri 2026-10-23 10:00", zone="Europe/Zurich")
def m22() -> bytes:
    body = t("""
        Bonjour Aurélie,

        Je viens d'avoir Castellane au téléphone : ils annulent malheureusement l'entretien de vendredi 10h avec M. Dunand. Le poste a finalement été pourvu en interne 😕

        Je suis vraiment désolé, d'autant que vous aviez déjà posé votre matinée. Je reviens vers vous très vite avec d'autres pistes – on s'appelle en fin de semaine ?

        Bien à vous,

        Yannick Rossier
        Consultant senior – Digital & Product
        Rhône Talent Partners SA
        Rue du Cendrier 15, 1201 Genève
        T +41 22 710 44 90 | M +41 79 318 22 07
        www.rhonetalent.ch
    """)
    page = "<html><body><div style=\"font-family:Arial,sans-serif;font-size:10pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    hs = head(22, frm=addr("Yannick Rossier", "yannick.rossier@rhonetalent.ch"),
              subject="Castellane – entretien de vendredi annulé",
              when="2026-10-20 11:48:03", zone="Europe/Zurich",
              mid="<GV0P278MB1196C8F2A3D54E7B90A1C6E8F2D4B7A3@GV0P278MB1196.CHEP278.PROD.OUTLOOK.COM>",
              relay=o365("mail-gv0che01on2104", 23, 104),
              extra=(("Thread-Topic", enc("Castellane – entretien de vendredi annulé")),
                     ("Thread-Index", "AdtgZ9vN2kR7Qb4XSe0m1Wc8Pu5Hyg=="),
                     ("Importance", "high"),
                     ("Content-Language", "fr-CH")))
    return message(hs, alt(text(body), html(page)))


@mail(n(23), family="lever", lang="en", interview=True, kind="cancelled",
      start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z",
      contact="marc-antoine.gagnon@lumisphere.ai", company="Lumisphere",
      note="Lever cancellation from Montréal: Monday, November 2, 2026 10:00-11:00 AM EST; sent "
           "Wednesday 28 October in EDT, but North America falls back on 1 November so the slot "
           "is UTC-5 -> 15:00-16:00Z; contact = recruiter via Reply-To (From is Lever's no-reply).",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone="America/Toronto")
def m23() -> bytes:
    body = t("""
        Hi Aurélie,

        Unfortunately we need to cancel your upcoming interview for Senior Product Manager, Applied AI:

        Panel interview – Product strategy
        Monday, November 2, 2026
        10:00 AM – 11:00 AM EST
        Video call (Google Meet)

        Our hiring manager, Olivia Chen, has had to step away unexpectedly this week. I'll reach out separately as soon as we can find a new time – apologies for the inconvenience.

        Marc-Antoine Gagnon
        Recruiter, Lumisphere

        ---
        This message was sent via Lever on behalf of Lumisphere. You can reply directly to this email to reach Marc-Antoine.
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Aurélie,</p>
        <p>Unfortunately we need to cancel your upcoming interview for <b>Senior Product Manager, Applied AI</b>:</p>
        <div style="border-left:3px solid #d0d0d0;padding-left:12px;margin:12px 0">
        <b>Panel interview – Product strategy</b><br>Monday, November 2, 2026<br>10:00 AM – 11:00 AM EST<br>Video call (Google Meet)</div>
        <p>Our hiring manager, Olivia Chen, has had to step away unexpectedly this week. I'll reach out separately as soon as we can find a new time – apologies for the inconvenience.</p>
        <p>Marc-Antoine Gagnon<br>Recruiter, Lumisphere</p>
        <p style="font-size:11px;color:#999">This message was sent via Lever on behalf of Lumisphere. You can reply directly to this email to reach Marc-Antoine.</p>
        </body></html>
    """)
    hs = head(23, frm=addr("Marc-Antoine Gagnon", "no-reply@hire.lever.co"),
              subject="Your interview with Lumisphere has been cancelled",
              when="2026-10-28 14:09:55", zone="America/Toronto",
              mid=f"<{hu('m23')}@hire.lever.co>",
              relay="from mail-out-03.hire.lever.co (mail-out-03.hire.lever.co [198.21.4.203])",
              extra=(("Reply-To", addr("Marc-Antoine Gagnon", "marc-antoine.gagnon@lumisphere.ai")),))
    return message(hs, alt(text(body), html(page)))


# =========================================================================== negatives


@mail(n(24), family="job_alert", lang="fr", interview=False, company=None,
      note="jobup.ch alert digest (HTML only); postings and 'Postuler' buttons, no interview.",
      days=(("Sat", "2026-02-07"),))
def m24() -> bytes:
    jobs = [
        ("Product Owner Digital Banking (80-100%)", "Banque Cantonale Lémanique", "Genève", "samedi 07.02.2026"),
        ("UX Researcher Senior", "Helixa Medical SA", "Lausanne", "il y a 2 jours"),
        ("Product Manager – Plateforme B2B", "Transvia Logistique SA", "Genève / Plan-les-Ouates", "il y a 3 jours"),
        ("Chef·fe de projet digital", "Ville de Carouge", "Carouge GE", "il y a 4 jours"),
        ("Lead Product Designer", "Ondalys", "Genève", "il y a 5 jours"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:14px 0;border-bottom:1px solid #e6e6e6"><a href="https://www.jobup.ch/fr/emplois/detail/{hu(title)}/?source=alert" '
        f'style="font-size:16px;font-weight:bold;color:#0064d2;text-decoration:none">{title}</a><br>'
        f'<span style="color:#333">{company}</span> · <span style="color:#666">{where}</span><br>'
        f'<span style="font-size:12px;color:#999">Publiée {when}</span></td></tr>'
        for title, company, where, when in jobs)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>jobup.ch</title></head>
        <body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;padding:0 24px">
        <tr><td style="padding:20px 0"><img src="https://www.jobup.ch/static/img/logo-jobup.png" alt="jobup.ch" height="30"></td></tr>
        <tr><td style="font-size:20px;color:#111">Bonjour Aurélie,</td></tr>
        <tr><td style="padding:8px 0 16px;font-size:15px;color:#333">9 nouveaux emplois correspondent à votre alerte <b>« Product Manager – Genève »</b>. Voici les plus pertinents :</td></tr>
        @@ROWS@@
        <tr><td style="padding:20px 0" align="center"><a href="https://www.jobup.ch/fr/emplois/?term=product%20manager&amp;location=Gen%C3%A8ve&amp;source=alert" style="background:#0064d2;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">Voir les 9 offres</a></td></tr>
        <tr><td style="padding:8px 0 16px;font-size:13px;color:#555">Astuce : les candidatures envoyées dans les 3 jours suivant la publication ont deux fois plus de chances d'obtenir un entretien.</td></tr>
        <tr><td style="padding:16px 0;font-size:11px;color:#999;border-top:1px solid #e6e6e6">Vous recevez cet e-mail car vous avez créé une alerte emploi sur jobup.ch.<br>
        <a href="https://www.jobup.ch/fr/alertes/" style="color:#999">Modifier mes alertes</a> · <a href="https://www.jobup.ch/fr/alertes/unsubscribe/?t=Zk9x" style="color:#999">Se désabonner</a><br>
        JobCloud SA · Rue du Pont 9 · 1003 Lausanne</td></tr>
        </table></td></tr></table></body></html>
    """).replace("@@ROWS@@", rows)
    hs = head(24, frm=addr("jobup.ch", "noreply@jobup.ch"),
              subject="9 nouveaux emplois pour votre alerte « Product Manager – Genève »",
              when="2026-02-09 06:02:11", zone="Europe/Zurich",
              mid=f"<{hx('m24', 20)}@mail.jobup.ch>",
              relay="from mta-17.mail.jobcloud.ch (mta-17.mail.jobcloud.ch [185.47.66.17])",
              extra=(("List-Unsubscribe", "<https://www.jobup.ch/fr/alertes/unsubscribe/?t=Zk9x>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(25), family="application_ack", lang="en", interview=False, company="Bellerive Therapeutics",
      note="Workday application receipt; 'we will contact you to arrange an interview' is "
           "conditional, no time.")
def m25() -> bytes:
    body = t("""
        Dear Aurélie,

        Thank you for applying for the position of UX Research Lead, Patient Digital Solutions (R-0042817) at Bellerive Therapeutics.

        We have received your application and our Talent Acquisition team will now review it carefully. If your experience matches the requirements of the role, a member of the team will contact you to arrange an interview. Due to the high number of applications, this may take up to three weeks.

        You can check the status of your application at any time by signing in to your candidate account:
        https://bellerive.wd103.myworkdayjobs.com/en-US/Bellerive_Careers/userHome

        Thank you again for your interest in Bellerive Therapeutics.

        Kind regards,
        Bellerive Therapeutics Talent Acquisition
        Route de la Corniche 8, 1066 Epalinges, Switzerland

        Please do not reply to this email; this mailbox is not monitored.
    """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px;color:#2b2b2b\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(25, frm=addr("Bellerive Therapeutics", "bellerive@myworkday.com"),
              subject="Thank you for applying – UX Research Lead, Patient Digital Solutions (R-0042817)",
              when="2026-03-17 07:41:20", zone="America/Los_Angeles",
              mid="<1773758480992.60117.JavaMail.wdprod@wd103-prod-mail-02.myworkday.com>",
              relay="from wd103-prod-mail-02.myworkday.com (wd103-prod-mail-02.myworkday.com [65.55.44.132])",
              extra=(("X-Mailer", "Workday Notification Service"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(26), family="async_video_interview", lang="fr", interview=False, company="Banque Grisonne & Cie",
      note="HireVue one-way video interview to complete before a deadline (vendredi 24 avril "
           "23h59): no live interview at a fixed time.",
      days=(("Fri", "2026-04-24"),))
def m26() -> bytes:
    body = t("""
        Bonjour Aurélie,

        Merci pour votre candidature au poste de Product Owner – Banque en ligne chez Banque Grisonne & Cie.

        L'étape suivante de notre processus est un entretien vidéo différé : vous enregistrez vos réponses à 5 questions, au moment qui vous convient, depuis votre ordinateur ou votre téléphone. Vous disposez de 30 secondes de réflexion et de 3 minutes maximum par réponse. Prévoyez environ 30 minutes au total, dans un endroit calme.

        Vous pouvez réaliser votre entretien vidéo à tout moment jusqu'au vendredi 24 avril 2026 à 23h59 (heure de Genève).

        Commencer mon entretien : https://app.hirevue.com/interviews/grisonne/Mx7qP2vL9kRt?lang=fr

        Un entraînement facultatif est disponible avant de commencer. En cas de problème technique, consultez https://candidates.hirevue.com/s/?language=fr

        Nous vous souhaitons plein succès,
        L'équipe Talent Acquisition
        Banque Grisonne & Cie – Genève
    """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(26, frm=addr("Banque Grisonne & Cie", "noreply@hirevue.com"),
              subject="Votre entretien vidéo différé – Banque Grisonne & Cie",
              when="2026-04-17 09:05:37", zone="UTC",
              mid="<0102019d9a2b7e44-3f1c8a6d-2b9e-4c70-8d15-6a3e9f0b4c27-000000@eu-west-1.amazonses.com>",
              relay="from a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com [54.240.7.18])")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(27), family="take_home", lang="de", interview=False, company="Fieldnote",
      note="Take-home case study with a submission deadline (Montag, 8. Juni, 12:00); the "
           "presentation interview will be scheduled later.",
      days=(("Mon", "2026-06-08"),))
def m27() -> bytes:
    body = t("""
        Hoi Aurélie

        Danke nochmals für das gute Gespräch letzte Woche! Wie besprochen schicke ich dir im Anhang die Case Study für den nächsten Schritt.

        Kurz zusammengefasst:
        - Thema: Onboarding-Flow für unsere neue Team-Workspace-Funktion
        - Umfang: max. 8 Folien, Sprache Deutsch oder Englisch
        - Abgabe: bis Montag, 8. Juni, 12:00 Uhr per Mail an mich

        Bitte investiere nicht mehr als 4-5 Stunden. Sobald wir deine Unterlagen haben, melde ich mich für einen Termin, an dem du die Case Study dem Team präsentierst (ca. 45 Min.).

        Bei Fragen einfach melden!

        Liebe Grüsse
        Nina

        Nina Brunner
        People & Talent | Fieldnote
        Limmatstrasse 264, 8005 Zürich
    """)
    hs = head(27, frm=addr("Nina Brunner", "nina.brunner@fieldnote.io"),
              subject="Fieldnote – nächster Schritt: Case Study Senior PM",
              when="2026-06-02 16:22:48", zone="Europe/Zurich",
              mid="<CAK2s8Wq1+Rz6Nv4Tp9Lm3Yd7Xe0aGc5hBf2kUo8iJt6Qw1nPr@mail.gmail.com>",
              relay=gmail(170))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             attachment(fake_pdf("Fieldnote Case Study Senior PM"), "application/pdf",
                                        "Fieldnote_Case_Study_Senior_PM.pdf")))


@mail(n(28), family="rejection", lang="fr", interview=False, company="Maison Verdanne",
      note="Rejection after the interview of key 7 (ISO-8859-15, quoted-printable); the past "
           "interview date 'mardi 9 juin' is mentioned.",
      days=(("Tue", "2026-06-09"),))
def m28() -> bytes:
    body = t("""
        Madame,

        Nous tenons à vous remercier pour le temps que vous nous avez consacré lors de notre entretien du mardi 9 juin, ainsi que pour l'intérêt que vous portez à la Maison Verdanne.

        Après mûre réflexion, nous avons décidé de poursuivre le processus de recrutement pour le poste de Chef(fe) de produit digital - Expérience client avec une autre candidature, dont le profil correspond plus étroitement à nos besoins actuels.

        Cette décision ne remet nullement en cause vos qualités professionnelles. Avec votre accord, nous conservons votre dossier afin de pouvoir vous recontacter si une opportunité correspondant à votre profil devait se présenter.

        Nous vous prions d'agréer, Madame, nos salutations distinguées.

        Le service des Ressources Humaines
        Maison Verdanne SA
    """)
    cs = "iso-8859-15"
    hs = head(28, frm=addr("Maison Verdanne - Recrutement", "noreply@successfactors.eu"),
              subject="Votre candidature - Chef(fe) de produit digital, Expérience client", charset=cs,
              when="2026-06-18 14:40:26", zone="Europe/Berlin",
              mid="<1781786426551.35127.JavaMail.sfuser@pc12bsfapi07.successfactors.eu>",
              relay="from mail12.successfactors.eu (mail12.successfactors.eu [155.56.128.24])")
    return message(hs, text(body, charset=cs))


@mail(n(29), family="rejection", lang="de", interview=False, company="Halvera Pharma",
      note="German rejection after the rescheduled interview of keys 3/20 ('Gespräch vom 2. April').")
def m29() -> bytes:
    body = t("""
        Guten Tag Frau Mottier

        Vielen Dank für das offene und angenehme Gespräch vom 2. April mit Dr. Frei und mir sowie für Ihr Interesse an der Stelle als Senior UX Researcher.

        Wir haben uns die Entscheidung nicht leicht gemacht. Nach sorgfältiger Abwägung haben wir uns jedoch für eine Kandidatin entschieden, deren Erfahrung im regulierten Medizinprodukte-Umfeld noch etwas besser zu unseren aktuellen Anforderungen passt.

        Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute. Gerne würden wir Ihr Dossier für künftige Vakanzen in unserem Talent-Pool behalten – lassen Sie mich bitte wissen, falls Sie damit nicht einverstanden sind.

        Freundliche Grüsse
        Sandra Keller
        Talent Acquisition Partner

        Halvera Pharma AG | Thurgauerstrasse 130 | 8152 Glattpark (Opfikon)
    """)
    hs = head(29, frm=addr("Keller Sandra", "sandra.keller@halvera.ch"),
              subject="Ihre Bewerbung als Senior UX Researcher",
              when="2026-04-14 10:12:44", zone="Europe/Zurich",
              mid="<ZR0P278MB04569B3C1E7D2A5F48C0E6D9B2A7F1C3@ZR0P278MB0456.CHEP278.PROD.OUTLOOK.COM>",
              relay=o365("mail-zr0che01on2133", 24, 133),
              to="\"aurelie.mottier@example.org\" <aurelie.mottier@example.org>",
              extra=(("Thread-Topic", "Ihre Bewerbung als Senior UX Researcher"),
                     ("Thread-Index", "AdzL0q5mT7eW2YxR9b1Nc4Vg8Hp3Kw=="),
                     ("Content-Language", "de-CH")))
    return message(hs, text(body))


@mail(n(30), family="offer", lang="en", interview=False, company="Veltrana",
      note="Offer after the process that started with key 1; answer requested by Friday 27 "
           "February; a call with the hiring manager is offered but not fixed.",
      days=(("Fri", "2026-02-27"),))
def m30() -> bytes:
    body = t("""
        Dear Aurélie,

        Following your conversations with Raphaël and the team, I am delighted to send you our offer for the position of Product Manager – Trading Platforms at Veltrana SA.

        Please find attached the offer letter together with a summary of our benefits (pension fund, 27 days of annual leave, hybrid working two days a week). The proposed start date is 1 May 2026, or earlier should your notice period allow.

        We would be grateful to receive your answer by Friday 27 February. If you would like to discuss any aspect of the offer, Raphaël is very happy to have a call with you – just let me know what suits you and I will set it up.

        Once again, congratulations – we really hope you will join us!

        Kind regards,
        Noémie

        Noémie Baud
        Talent Acquisition Partner
        Veltrana SA | Quai du Mont-Blanc 29 | 1201 Geneva
        +41 22 908 71 40
    """)
    hs = head(30, frm=addr("Noémie Baud", "noemie.baud@veltrana.com"),
              subject="Offer – Product Manager, Trading Platforms",
              when="2026-02-20 17:20:05", zone="Europe/Zurich",
              mid="<DB9PR06MB8231A4E7C9F25B13D60E8A2C7F4B9D15@DB9PR06MB8231.eurprd06.prod.outlook.com>",
              relay=o365("mail-db9eur06on2087", 13, 87),
              extra=(("Thread-Topic", enc("Offer – Product Manager, Trading Platforms")),
                     ("Thread-Index", "AdyiN0p4Wv2Q8bTgR6k1Mz5Yc7Ew3A=="),
                     ("Content-Language", "en-GB")))
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    return message(hs, mixed(alt(text(body), html(page)),
                             attachment(fake_pdf("Veltrana offer letter"), "application/pdf",
                                        "Veltrana_Offer_Letter_A_Mottier.pdf")))


@mail(n(31), family="recruiter_outreach", lang="fr", interview=False, company="Vollmar Executive Search",
      note="Headhunter cold outreach for a confidential mandate; asks whether she is available for "
           "a first phone call 'dans les prochains jours', nothing fixed.")
def m31() -> bytes:
    body = t("""
        Madame Mottier,

        Je me permets de vous contacter dans le cadre d'un mandat confidentiel que nous a confié une fintech genevoise en forte croissance (environ 120 collaborateurs, licence bancaire FINMA obtenue l'an dernier).

        Notre client recherche son/sa futur(e) Head of Product, qui reportera directement au CEO et encadrera une équipe de 6 Product Managers et 3 designers. Votre parcours, à la croisée de la recherche utilisateur et de la gestion de produit, a retenu toute mon attention.

        Seriez-vous disponible pour un premier échange téléphonique d'une vingtaine de minutes dans les prochains jours ? Je suis joignable au +41 22 319 45 80, ou vous pouvez simplement me proposer un créneau par retour de mail.

        Dans l'attente de vous lire, je vous prie de recevoir, Madame, mes meilleures salutations.

        Christophe Vollmar
        Associé
        Vollmar Executive Search SA
        Rue du Rhône 100, 1204 Genève
        www.vollmar-search.ch
    """)
    page = "<html><body><div style=\"font-family:Cambria,Georgia,serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    hs = head(31, frm=addr("Christophe Vollmar", "c.vollmar@vollmar-search.ch"),
              subject="Head of Product – fintech genevoise (confidentiel)",
              when="2026-01-21 09:34:16", zone="Europe/Zurich",
              mid="<GVAP278MB0342D7F1A9C34E6B82D0F5A3C9E1B7D6@GVAP278MB0342.CHEP278.PROD.OUTLOOK.COM>",
              relay=o365("mail-gva0che01on2083", 23, 83),
              extra=(("Thread-Topic", enc("Head of Product – fintech genevoise (confidentiel)")),
                     ("Thread-Index", "AdyKq1tV0Rm5Pz8wN2eYb6Hc4Ws7Qg=="),
                     ("Content-Language", "fr-CH")))
    return message(hs, alt(text(body), html(page)))


@mail(n(32), family="recruiter_outreach", lang="en", interview=False, company="Versatil",
      note="LinkedIn InMail from an in-house recruiter: open to a 20-min intro call 'sometime next "
           "week', asks for slots; nothing fixed.")
def m32() -> bytes:
    body = t("""
        Sofia Brandt
        Talent Acquisition Lead at Versatil | Insurtech | Hiring across Product & Engineering

        Senior PM role at Versatil (Zürich, hybrid)

        Hi Aurélie,

        I came across your profile and your talk on continuous discovery at UX Romandie – really enjoyed it.

        I'm leading hiring for a Senior Product Manager in our Claims Experience team in Zürich (hybrid, 2 days on site, relocation support available). Given your mix of UX research and product ownership, I think you could be a great fit.

        Would you be open to a 20-min intro call sometime next week? Happy to work around your schedule – just send me a couple of slots that suit you.

        Best,
        Sofia

        Reply: https://www.linkedin.com/messaging/thread/2-ZmE4MjE3NGQtM2Y5Yi00/?trk=eml-inmail_reply

        This InMail was sent to Aurélie Mottier (Senior Product Manager | UX Research | Geneva).
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail
        Help: https://www.linkedin.com/help/linkedin/answer/67

        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
    """)
    page = t("""
        <html><body style="margin:0;background:#f3f2ef"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="512" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#191919">
        <tr><td style="padding:24px"><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" width="84" alt="LinkedIn"></td></tr>
        <tr><td style="padding:0 24px"><b>Sofia Brandt</b><br><span style="color:#666">Talent Acquisition Lead at Versatil | Insurtech | Hiring across Product &amp; Engineering</span></td></tr>
        <tr><td style="padding:16px 24px 0;font-size:16px;font-weight:600">Senior PM role at Versatil (Zürich, hybrid)</td></tr>
        <tr><td style="padding:8px 24px"><p>Hi Aurélie,</p>
        <p>I came across your profile and your talk on continuous discovery at UX Romandie – really enjoyed it.</p>
        <p>I'm leading hiring for a Senior Product Manager in our Claims Experience team in Zürich (hybrid, 2 days on site, relocation support available). Given your mix of UX research and product ownership, I think you could be a great fit.</p>
        <p>Would you be open to a 20-min intro call sometime next week? Happy to work around your schedule – just send me a couple of slots that suit you.</p>
        <p>Best,<br>Sofia</p></td></tr>
        <tr><td style="padding:8px 24px 24px"><a href="https://www.linkedin.com/messaging/thread/2-ZmE4MjE3NGQtM2Y5Yi00/?trk=eml-inmail_reply" style="background:#0a66c2;color:#fff;border-radius:24px;padding:10px 24px;text-decoration:none;font-weight:600">Reply</a></td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#666;background:#f3f2ef">This InMail was sent to Aurélie Mottier (Senior Product Manager | UX Research | Geneva).<br>
        <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail" style="color:#666">Unsubscribe</a> · <a href="https://www.linkedin.com/help/linkedin/answer/67" style="color:#666">Help</a><br>
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.</td></tr>
        </table></td></tr></table></body></html>
    """)
    hs = head(32, frm=addr("Sofia Brandt via LinkedIn", "inmail-hit-reply@linkedin.com"),
              subject="Senior PM role at Versatil (Zürich, hybrid)",
              when="2026-05-26 15:03:29", zone="UTC",
              mid="<1587345209.3391882.1779807809417@lva1-app42877.prod.linkedin.com>",
              relay="from mailb-dc.linkedin.com (mailb-dc.linkedin.com [108.174.3.203])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_inmail>"),
                     ("X-LinkedIn-Class", "INMAIL"),
                     ("X-LinkedIn-Template", "inmail_v2")))
    return message(hs, alt(text(body), html(page)))


@mail(n(33), family="scheduling_link", lang="en", interview=False, company="Quantik",
      note="Greenhouse availability request before the onsite of key 6: 'let us know when you're "
           "available over the next two weeks', no time chosen yet.")
def m33() -> bytes:
    link = "https://app.greenhouse.io/candidate_availability/b7e2c91f4d0a6e3b58f1c2d9a7e04b63"
    body = t(f"""
        Hi Aurélie,

        Great news – the team enjoyed your conversation with Jonas and we'd like to invite you to an onsite interview at our Zürich office for the Senior Product Manager, Platform role.

        The onsite consists of three back-to-back conversations and takes about 2.5 hours in total. To help us find a time that works, please use the link below to let us know when you're available over the next two weeks:

        {link}

        Once we have your availability, I'll send you a confirmation with the detailed schedule and the names of your interviewers.

        Thanks, and looking forward to meeting you in person!

        Mira Steiner
        Talent Acquisition, Quantik
    """)
    page = t(f"""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Aurélie,</p>
        <p>Great news – the team enjoyed your conversation with Jonas and we'd like to invite you to an onsite interview at our Zürich office for the <strong>Senior Product Manager, Platform</strong> role.</p>
        <p>The onsite consists of three back-to-back conversations and takes about 2.5 hours in total. To help us find a time that works, please use the link below to let us know when you're available over the next two weeks:</p>
        <p><a href="{link}" style="background:#24a47f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Submit your availability</a></p>
        <p>Once we have your availability, I'll send you a confirmation with the detailed schedule and the names of your interviewers.</p>
        <p>Thanks, and looking forward to meeting you in person!</p>
        <p>Mira Steiner<br>Talent Acquisition, Quantik</p>
        </body></html>
    """)
    hs = head(33, frm=addr("Mira Steiner", "no-reply@greenhouse.io"),
              subject="Quantik – Please share your availability for an onsite interview",
              when="2026-04-28 13:10:02", zone="UTC",
              mid="<Vn1Rk7sQTbW0eLx3yA9cJg@geopod-ismtpd-5-1>",
              relay="from o1678.e.greenhouse.io (o1678.e.greenhouse.io [167.89.58.121])",
              extra=(("Reply-To", "mira.steiner@quantik.ch"),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(34), family="scheduling_link", lang="fr", interview=False, company="Orbis Santé",
      note="Microsoft Bookings self-scheduling link for a 20-minute phone screen; slots open "
           "Monday-Friday 8h30-17h, nothing booked.")
def m34() -> bytes:
    link = "https://outlook.office365.com/book/OrbisSanteRecrutement@orbis-sante.ch/s/Ux3k_pQ9b0S7wN2fT1aLeA2"
    body = t(f"""
        Madame,

        Nous vous remercions pour votre candidature au poste de UX Designer senior (réf. OS-2026-118) et avons le plaisir de vous informer que votre dossier a retenu notre attention.

        Afin de faire plus ample connaissance, nous vous invitons à réserver vous-même un créneau de 20 minutes pour un premier entretien téléphonique avec notre équipe RH, via notre page de réservation :

        {link}

        Les créneaux sont proposés du lundi au vendredi, entre 8h30 et 17h00, sur les deux prochaines semaines. Vous recevrez automatiquement une confirmation une fois votre choix effectué.

        Avec nos meilleures salutations,

        Ressources humaines – Recrutement
        Orbis Santé SA
        Route de Chêne 30, 1208 Genève
    """)
    page = "<html><body><div style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")).replace(
        link, f'<a href="{link}">Réserver un créneau</a>') + "</div></body></html>\n"
    hs = head(34, frm=addr("Orbis Santé – Recrutement", "recrutement@orbis-sante.ch"),
              subject="Candidature UX Designer senior – prise de rendez-vous",
              when="2026-08-20 10:27:55", zone="Europe/Zurich",
              mid="<ZRAP278MB0871F3D6A2C94B7E15D8C0A6F9E2B4D7@ZRAP278MB0871.CHEP278.PROD.OUTLOOK.COM>",
              relay=o365("mail-zrap278on2091", 24, 91),
              extra=(("Thread-Topic", enc("Candidature UX Designer senior – prise de rendez-vous")),
                     ("Thread-Index", "AdwQ3rT8kY1Nb6Vp2Lm9Ze4Xc0Wq5g=="),
                     ("Content-Language", "fr-CH")))
    return message(hs, alt(text(body), html(page)))


@mail(n(35), family="slot_proposal", lang="fr", interview=False, company="Kollab",
      note="Start-up founder proposes three slots (mardi 21 14h, mercredi 22 10h, jeudi 23 dès "
           "16h30) and asks which suits; not agreed yet (agreed later in key 13).",
      days=(("Tue", "2026-07-21"), ("Wed", "2026-07-22"), ("Thu", "2026-07-23")))
def m35() -> bytes:
    body = t("""
        Salut Aurélie,

        Merci pour ta candidature, on a adoré ton portfolio (surtout l'étude sur les parcours de réservation) !

        Est-ce que tu serais dispo pour un premier call avec Théo (notre CTO) et moi la semaine prochaine ? Je peux te proposer mardi 21 à 14h, mercredi 22 à 10h ou jeudi 23 en fin d'aprèm (dès 16h30). Dis-moi ce qui t'arrange !

        Belle journée,
        Julie

        --
        Julie Ansermet
        Co-fondatrice & CEO – Kollab
        Rue de la Servette 12, 1201 Genève
    """)
    hs = head(35, frm=addr("Julie Ansermet", "julie.ansermet@kollab.ch"),
              subject="Ta candidature chez Kollab",
              when="2026-07-16 14:05:22", zone="Europe/Zurich",
              mid="<CAJq2Vx7m0Lt9Ep4Rk1+Wb6Nc3hYs8dFa5gOu2iTz7Kv0Qm4pXe@mail.gmail.com>",
              relay=gmail(47))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(36), family="slot_proposal", lang="en", interview=False, company="Borealis Learning",
      note="Montréal recruiter offers two options (Thursday the 12th 9:00am or Friday the 13th "
           "10:30am Eastern) and asks which works; not agreed yet (confirmed later in key 4).",
      days=(("Thu", "2026-03-12"), ("Fri", "2026-03-13")))
def m36() -> bytes:
    body = t("""
        Hi Aurélie,

        Thanks for your application for the Senior Product Manager role – Daniel and I really liked your background in research-led product work.

        Would Thursday the 12th at 9:00am or Friday the 13th at 10:30am (Eastern) work for a 45-min conversation with Daniel, our VP Product?

        Best,
        Jenna

        --
        Jenna Kowalczyk | Talent Partner
        Borealis Learning | 1250 rue Guy, Montréal, QC H3H 2L3
        jenna.kowalczyk@borealislearning.ca | +1 514 555 0147
    """)
    hs = head(36, frm=addr("Jenna Kowalczyk", "jenna.kowalczyk@borealislearning.ca"),
              subject="Senior Product Manager – next steps",
              when="2026-03-09 11:48:40", zone="America/Toronto",
              mid="<CAL1p8Wx2bN6vZq5oT3+Ys7kDfR0aEu9mJcH4gQl2nVt8Kr5pAg@mail.gmail.com>",
              relay=gmail(53))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(37), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Dentist appointment reminder with ICS (TZID Europe/Zurich): confirmed time, not an "
           "interview.",
      days=(("Tue", "2026-03-17"),))
def m37() -> bytes:
    body = t("""
        Bonjour Madame Mottier,

        Nous vous rappelons votre rendez-vous :

        Mardi 17 mars 2026 à 08:15
        Dr Anne Nicolet – Contrôle annuel et détartrage (hygiéniste)
        Cabinet dentaire des Tranchées, Boulevard des Tranchées 46, 1206 Genève

        Merci d'arriver 5 minutes en avance. En cas d'empêchement, veuillez annuler ou déplacer votre rendez-vous au moins 24 heures à l'avance au 022 347 18 90 ou en ligne :
        https://rdv.dentaire-tranchees.ch/gerer/7QK2-PX9M

        Tout rendez-vous non décommandé 24 heures à l'avance pourra être facturé.

        Avec nos meilleures salutations,
        Votre cabinet dentaire des Tranchées
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cabinet dentaire des Tranchees//Agenda en ligne//FR
METHOD:PUBLISH
{ZURICH_VTZ}
BEGIN:VEVENT
UID:rdv-7QK2-PX9M@rdv.dentaire-tranchees.ch
DTSTAMP:20260310T060000Z
DTSTART;TZID=Europe/Zurich:20260317T081500
DTEND;TZID=Europe/Zurich:20260317T091500
SUMMARY:Dentiste – Dr Nicolet (contrôle + détartrage)
LOCATION:Boulevard des Tranchées 46\\, 1206 Genève
DESCRIPTION:Annulation/déplacement : https://rdv.dentaire-tranchees.ch/gerer/7QK2-PX9M
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(37, frm=addr("Cabinet dentaire des Tranchées", "no-reply@rdv.dentaire-tranchees.ch"),
              subject="Rappel : votre rendez-vous du mardi 17 mars 2026 à 08:15",
              when="2026-03-10 07:00:04", zone="Europe/Zurich",
              mid=f"<rappel.{hx('m37', 18)}@rdv.dentaire-tranchees.ch>",
              relay="from smtp.rdv.dentaire-tranchees.ch (smtp.rdv.dentaire-tranchees.ch [194.209.48.77])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="rendez-vous.ics",
                                                  disposition="attachment", name_param=True)))


@mail(n(38), family="non_interview_calendar", lang="fr", interview=False, company=None,
      note="Exchange invite (W. Europe Standard Time) from her current manager for her 'entretien "
           "annuel' (annual review) - an 'entretien' at a fixed time, not a job interview; sent to "
           "her work address and auto-forwarded.",
      days=(("Tue", "2026-01-27"),))
def m38() -> bytes:
    body = t("""
        Salut Aurélie,

        Je te propose ce créneau pour ton entretien annuel 2025. Pense à compléter ton autoévaluation et tes objectifs dans Workday d'ici mardi 27, comme ça on pourra en discuter sur cette base.

        À+
        Nicolas
    """)
    desc = body.replace("\n", "\\n").replace(",", "\\,")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Chappuis Nicolas:mailto:nicolas.chappuis@lemanis.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mottier Aurélie:mailto:aurelie.mottier@lemanis.ch
DESCRIPTION;LANGUAGE=fr-CH:{desc}
UID:040000008200E00074C5B7101A82E00800000000B03C2A7E8E89DC01000000000000000010000000C4D2E6F8A0B1C3D5E7F9A1B3C5D7E9F1
SUMMARY;LANGUAGE=fr-CH:Entretien annuel 2025 – Aurélie
DTSTART;TZID=W. Europe Standard Time:20260129T140000
DTEND;TZID=W. Europe Standard Time:20260129T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260119T130211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle Salève (3e étage)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124701944
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
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    hs = head(38, frm=addr("Chappuis Nicolas", "nicolas.chappuis@lemanis.ch"),
              subject="Entretien annuel 2025 – Aurélie",
              when="2026-01-19 14:02:11", zone="Europe/Zurich",
              mid="<GV2P278MB0915A8C3E1D74F2B96E0A5C8D3F7B1E2@GV2P278MB0915.CHEP278.PROD.OUTLOOK.COM>",
              relay="from mail.lemanis.ch (mail.lemanis.ch [194.158.231.40])",
              to=addr("Mottier Aurélie", WORK),
              extra=(("Thread-Topic", enc("Entretien annuel 2025 – Aurélie")),
                     ("Thread-Index", "AdyJOe3bQ2vX7Rk0Tf9Lp1Wm6Nc4Yg=="),
                     ("Content-Language", "fr-CH"),
                     ("X-MS-Exchange-Organization-AutoForwarded", "true")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(39), family="non_interview_appointment", lang="fr", interview=False, company=None,
      note="Property agency confirms an apartment viewing (jeudi 7 mai 2026 à 17h45) and lists "
           "the documents for the rental file; not an interview.",
      days=(("Thu", "2026-05-07"),))
def m39() -> bytes:
    body = t("""
        Madame,

        Suite à votre demande, nous vous confirmons la visite de l'objet suivant :

        Appartement de 4 pièces, 3e étage – Rue des Vollandes 12, 1207 Genève
        Loyer mensuel : CHF 2'890.– + charges CHF 210.–
        Date de la visite : jeudi 7 mai 2026 à 17h45

        Notre collaboratrice, Mme Da Silva, vous attendra devant l'entrée de l'immeuble. La visite est collective et dure une quinzaine de minutes.

        Si l'objet vous intéresse, merci de nous faire parvenir votre dossier complet dans les 48 heures suivant la visite :
        - formulaire d'inscription signé
        - attestation de l'Office des poursuites de moins de 3 mois
        - copie des 3 dernières fiches de salaire
        - copie de la pièce d'identité ou du permis de séjour

        Nous vous prions d'agréer, Madame, nos salutations distinguées.

        Régie Monnier & Fils SA
        Service location
        Boulevard Helvétique 18, 1207 Genève – T 022 707 33 00
    """)
    hs = head(39, frm=addr("Régie Monnier & Fils SA – Location", "location@regie-monnier.ch"),
              subject="Confirmation de visite – 4 pièces, Rue des Vollandes 12, 1207 Genève",
              when="2026-05-04 16:45:30", zone="Europe/Zurich",
              mid=f"<{hx('m39', 24)}@regie-monnier.ch>",
              relay="from mail.regie-monnier.ch (mail.regie-monnier.ch [212.147.62.15])")
    return message(hs, text(body, charset="windows-1252"))


@mail(n(40), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation for a product meetup titled 'Customer interviews that don't "
           "lie' (Wednesday, June 10, 6:30 PM CEST); user-research interviews, not a job interview.",
      days=(("Wed", "2026-06-10"),))
def m40() -> bytes:
    body = t("""
        You're going!

        Léman Product Circle #14 – Customer interviews that don't lie

        Hosted by Léman Product Circle

        Wednesday, June 10, 2026
        6:30 PM to 9:00 PM CEST

        Impact Hub Geneva – Fendt
        Rue Fendt 1, 1201 Genève

        Agenda:
        18:30 Doors & apéro
        19:00 "Stop asking 'would you use this?'" – Laura Pittet, Head of Research at Ondalys
        19:40 Panel: running 50 customer interviews a quarter with a team of two
        20:30 Networking

        Add to calendar: https://www.meetup.com/leman-product-circle/events/305881247/ics/
        See event details: https://www.meetup.com/leman-product-circle/events/305881247/

        Can't make it anymore? Update your RSVP so someone on the waitlist can take your spot.

        Never miss an event – get the Meetup app.
        Meetup LLC, POB 4668 #37895 New York, NY 10163-4668
        Unsubscribe from this type of email: https://www.meetup.com/email/unsubscribe/?t=rsvp_confirm
    """)
    page = "<html><body style=\"font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px;color:#212121\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(40, frm=addr("Meetup", "info@email.meetup.com"),
              subject="You're going to Léman Product Circle #14 – Customer interviews that don't lie",
              when="2026-06-03 12:20:44", zone="America/New_York",
              mid=f"<{hx('m40', 12)}.{hx('m40b', 10)}@email.meetup.com>",
              relay="from mta-131.email.meetup.com (mta-131.email.meetup.com [198.37.147.131])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/email/unsubscribe/?t=rsvp_confirm>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(41), family="marketing_webinar", lang="fr", interview=False, company=None,
      note="Zoom webinar registration 'Réussir son entretien d'embauche en Suisse romande' with "
           "ICS (jeudi 24 septembre 12h15); a webinar about interviews, not one.",
      days=(("Thu", "2026-09-24"),))
def m41() -> bytes:
    title = "Réussir son entretien d'embauche en Suisse romande"
    body = t(f"""
        Bonjour Aurélie,

        Merci de vous être inscrite au webinaire « {title} ».

        Date et heure : jeudi 24 septembre 2026, 12h15 – 13h00 (heure de Genève)
        Animé par : Karin Zbinden, coach carrière, et Patrick Oberson, DRH d'une PME vaudoise

        Au programme : les attentes des recruteurs romands, la méthode STAR, les questions sur le salaire et le permis de travail, et 15 minutes de questions-réponses.

        Rejoindre le webinaire depuis un PC, Mac, iPad ou Android :
        https://us06web.zoom.us/w/86204417395?tk=Yk3pQ9xR2LmV7tNc0WbZ4aEs8Hu1Jf6gDo5iKe3qTw

        Code secret : 540127

        Ajouter à l'agenda : Google | Outlook (.ics) | Yahoo

        Vous pouvez annuler votre inscription à tout moment.

        Cadres Romandie – réseau professionnel des cadres de Suisse romande
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260915T063012Z
DTSTART:{z("2026-09-24 12:15", "Europe/Zurich")}
DTEND:{z("2026-09-24 13:00", "Europe/Zurich")}
SUMMARY:Webinaire : {title}
UID:20260915T063012Z-86204417395@fe80:0:0:0:14d1:6fff:fe21:a4e3ens5
DESCRIPTION:Rejoindre le webinaire : https://us06web.zoom.us/w/86204417395?tk=Yk3pQ9xR2LmV7tNc0WbZ4aEs8Hu1Jf6gDo5iKe3qTw\\nCode secret : 540127
LOCATION:https://us06web.zoom.us/w/86204417395
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    page = "<html><body style=\"font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(41, frm=addr("Cadres Romandie", "no-reply@zoom.us"),
              subject=f"Confirmation d'inscription – Webinaire : {title}",
              when="2026-09-15 08:30:12", zone="Europe/Zurich",
              mid=f"<{hx('m41', 22)}@zoom.us>",
              relay="from mailout-eu3.zoom.us (mailout-eu3.zoom.us [170.114.10.71])",
              extra=(("Reply-To", addr("Cadres Romandie", "events@cadres-romandie.ch")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, cte="base64", filename="webinaire.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(42), family="public_employment_office", lang="fr", interview=False, company=None,
      note="Cantonal employment office convocation to an 'entretien de conseil' with her "
           "placement counsellor (lundi 12 octobre 9h00; windows-1252): an 'entretien' at a fixed "
           "time, but not a job interview.",
      days=(("Mon", "2026-10-12"),))
def m42() -> bytes:
    body = t("""
        Madame Aurélie Mottier
        N° de dossier : 2026/GE/118 407

        Madame,

        Suite à votre inscription auprès de notre office, vous êtes convoquée à un entretien de conseil :

        Date : lundi 12 octobre 2026
        Heure : 9h00
        Lieu : Office cantonal de l'emploi, Rue des Gares 16, 1201 Genève, 3e étage, guichet B
        Conseillère en personnel : Mme Céline Berset

        Veuillez vous munir :
        - de votre pièce d'identité ou permis de séjour ;
        - du formulaire « Preuves des recherches personnelles effectuées en vue de trouver un emploi » pour les trois derniers mois ;
        - de votre lettre de licenciement et de votre CV à jour.

        Nous attirons votre attention sur le fait que tout entretien manqué sans motif valable peut entraîner une suspension du droit à l'indemnité (art. 30 LACI).

        Veuillez agréer, Madame, nos salutations distinguées.

        Office cantonal de l'emploi
        Service du placement
        Ce courriel a été généré automatiquement. Merci de ne pas y répondre.
    """)
    cs = "windows-1252"
    hs = head(42, frm=addr("Office cantonal de l'emploi", "ne-pas-repondre@oce-ge.example.ch"),
              subject="Convocation à un entretien de conseil – dossier 2026/GE/118 407", charset=cs,
              when="2026-10-05 10:11:49", zone="Europe/Zurich",
              mid=f"<OCE.{hx('m42', 20)}@oce-ge.example.ch>",
              relay="from smtp-out.oce-ge.example.ch (smtp-out.oce-ge.example.ch [160.53.250.14])")
    return message(hs, text(body, charset=cs))


@mail(n(43), family="mock_interview", lang="fr", interview=False, company=None,
      note="Calendly booking (with ICS) of a paid 'Simulation d'entretien' with a career coach, "
           "samedi 19 septembre 10:00: a confirmed mock interview, not a job interview.",
      days=(("Sat", "2026-09-19"),))
def m43() -> bytes:
    ev = "Simulation d'entretien (60 min)"
    body = t(f"""
        Bonjour Aurélie Mottier,

        Votre {ev} avec Élodie Marchand à 10:00 (heure d'été d'Europe centrale) le samedi 19 septembre 2026 est planifié.

        Type d'événement :
        {ev}

        Date/heure de l'événement :
        10:00 - 11:00 (heure d'été d'Europe centrale), samedi 19 septembre 2026

        Lieu :
        Cabinet Marchand Coaching, Rue de Lausanne 42, 1201 Genève

        Description :
        Entraînement complet à l'entretien d'embauche : questions comportementales, étude de cas produit, retour filmé et plan d'amélioration. Tarif : CHF 180.– (payable sur place ou par TWINT).

        Questions :

        Pour quel poste / quelle entreprise vous préparez-vous ?
        Entretien panel dans une ONG + cas produit

        Voir l'événement dans Calendly
        https://calendly.com/events/{hu('m43-ev')}

        Besoin de modifier cet événement ?
        Annuler : https://calendly.com/cancellations/{hu('m43-c')}
        Reprogrammer : https://calendly.com/reschedulings/{hu('m43-c')}

        Optimisé par Calendly.com
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260914T180212Z
UID:{hu('m43-uid')}@calendly.com
DTSTART:{z("2026-09-19 10:00", "Europe/Zurich")}
DTEND:{z("2026-09-19 11:00", "Europe/Zurich")}
SUMMARY:{ev} entre Élodie Marchand et Aurélie Mottier
LOCATION:Cabinet Marchand Coaching\\, Rue de Lausanne 42\\, 1201 Genève
ORGANIZER;CN=Élodie Marchand:mailto:elodie@marchand-coaching.ch
ATTENDEE;CN=Aurélie Mottier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aurelie.mottier@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(43, frm=addr("Calendly", "notifications@calendly.com"),
              subject=f"Confirmé : {ev} avec Élodie Marchand le samedi 19 septembre 2026",
              when="2026-09-14 18:02:12", zone="UTC",
              mid="<0100019ee94c2a10-8d3b6f71-4e2c-4b95-a0d8-7c1e5f2a9b36-000000@email.amazonses.com>",
              relay="from a8-45.smtp-out.amazonses.com (a8-45.smtp-out.amazonses.com [54.240.8.45])",
              extra=(("Reply-To", addr("Élodie Marchand", "elodie@marchand-coaching.ch")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(44), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a recording ('interview' for the show) on Tuesday 14 July at "
           "16:00 CEST; not a job interview.",
      days=(("Tue", "2026-07-14"),))
def m44() -> bytes:
    body = t("""
        Hi Aurélie,

        Brilliant – we're locked in for Tuesday 14 July at 16:00 CEST! 🎙️

        We'll record on Riverside: https://riverside.fm/studio/research-ops-radio?t=7d2f91c4a0
        Please join from a laptop with headphones, ideally wired, and Chrome. The interview itself runs about 45 minutes, plus a few minutes beforehand for a sound check.

        Rough outline (no need to prepare answers, it's a conversation):
        1. How you ended up in UX research from a product role
        2. Running research with no dedicated research team
        3. The "insight repository" project you wrote about on Medium
        4. Quick-fire round

        The episode should go live mid-September. I'll send you the draft title and show notes to check before then.

        Grazie mille again for saying yes!
        Marco

        --
        Marco Bianchi
        Host, Research Ops Radio
        https://researchopsradio.fm

        On Mon, 6 Jul 2026 at 21:14, Aurélie Mottier <aurelie.mottier@example.org> wrote:
        > Hi Marco,
        > Tuesday the 14th at 4pm works for me. Looking forward to it!
        > Aurélie
    """)
    hs = head(44, frm=addr("Marco Bianchi", "marco@researchopsradio.fm"),
              subject="Re: Research Ops Radio – recording confirmed",
              when="2026-07-07 11:40:03", zone="Europe/Rome",
              mid="<CAM4pT9y+Vn2Wq7Lk0Rd5Xs8eB1aZc3hGf6jUo2iKt9Nw4Pm0Qy@mail.gmail.com>",
              relay=gmail(41),
              extra=(("In-Reply-To", "<CAGz8Kx1+Rm4Tp0Nv7Yd2Wc5eL9aQb3hFs6jUo1iZt8Pk3Mn2Xw@mail.gmail.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(45), family="interviewer_side", lang="fr", interview=False, company=None,
      note="Exchange invite at her current employer: she sits on the panel interviewing an intern "
           "candidate (mardi 3 mars 10:00); a job interview at a fixed time, but not hers.",
      days=(("Tue", "2026-03-03"),))
def m45() -> bytes:
    body = t("""
        Bonjour à tous,

        Merci d'avoir accepté de faire partie du panel pour le stage UX Research (6 mois, dès avril). Le candidat, Léo Martin, est en Master HCI à l'Université de Genève.

        Déroulé (mardi 3 mars) :
        - 10h00 présentation Lemanis et tour de table (Sabine)
        - 10h10 parcours et motivation (Nicolas)
        - 10h30 mise en situation : analyse d'un extrait d'entretien utilisateur (Aurélie)
        - 10h50 questions du candidat

        Le CV, la lettre et la grille d'évaluation sont dans Workday (réquisition INT-2026-08). Merci de saisir votre feedback dans les 24 heures qui suivent.

        Belle journée,
        Sabine

        Sabine Rey
        HR Business Partner – Lemanis SA
    """)
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Rey Sabine:mailto:sabine.rey@lemanis.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mottier Aurélie:mailto:aurelie.mottier@lemanis.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chappuis Nicolas:mailto:nicolas.chappuis@lemanis.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Salle Jura (2e):mailto:salle.jura@lemanis.ch
DESCRIPTION;LANGUAGE=fr-CH:{desc}
UID:040000008200E00074C5B7101A82E00800000000F1A6D3C2B4A6DC01000000000000000010000000E5F7A9B1C3D5E7F9A1B3C5D7E9F1A3B5
SUMMARY;LANGUAGE=fr-CH:Entretien candidat – Stage UX Research – Léo Martin
DTSTART;TZID=W. Europe Standard Time:20260303T100000
DTEND;TZID=W. Europe Standard Time:20260303T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T091540Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle Jura (2e)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124713087
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
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    hs = head(45, frm=addr("Rey Sabine", "sabine.rey@lemanis.ch"),
              subject="Entretien candidat – Stage UX Research – Léo Martin",
              when="2026-02-25 10:15:40", zone="Europe/Zurich",
              mid="<GV2P278MB0388D2B7F4E19A6C53E8B0D1A7C4F9E6@GV2P278MB0388.CHEP278.PROD.OUTLOOK.COM>",
              relay="from mail.lemanis.ch (mail.lemanis.ch [194.158.231.40])",
              to=", ".join([addr("Mottier Aurélie", WORK), addr("Chappuis Nicolas", "nicolas.chappuis@lemanis.ch")]),
              extra=(("Thread-Topic", enc("Entretien candidat – Stage UX Research – Léo Martin")),
                     ("Thread-Index", "AdymM4kY0Tz8Rq2Wn5Lb7Ve1Xc9Hpg=="),
                     ("Content-Language", "fr-CH"),
                     ("X-MS-Exchange-Organization-AutoForwarded", "true")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(46), family="reference_call", lang="en", interview=False, company=None,
      note="A London employer confirms a reference call with her about a former colleague "
           "(Thursday 15 October 15:00 UK / 16:00 Geneva); she is the referee, not the candidate.",
      days=(("Thu", "2026-10-15"),))
def m46() -> bytes:
    body = t("""
        Hi Aurélie,

        Thank you for agreeing to act as a referee for Julien Favre, who has applied for the role of Lead Product Designer with us.

        As agreed, I'll call you on Thursday 15 October at 15:00 UK time (16:00 in Geneva) on +41 79 512 63 08. It should take around 20 minutes. I'll mainly ask about your time working together at Lemanis, the projects Julien led, and how he works with researchers and engineers.

        Everything you share will be treated in confidence and used only for this recruitment.

        Many thanks,
        Kate

        Kate Morrison
        People Partner | Arcadia Pay
        1 Finsbury Avenue, London EC2M 2PF
    """)
    hs = head(46, frm=addr("Kate Morrison", "kate.morrison@arcadiapay.co.uk"),
              subject="Reference for Julien Favre – call on Thursday",
              when="2026-10-12 09:15:27", zone="Europe/London",
              mid="<LO4P265MB6620B3E8D1A74C9F20E6B7D5A3C1F8E4@LO4P265MB6620.GBRP265.PROD.OUTLOOK.COM>",
              relay=o365("mail-lo4gbr01on2112", 21, 112),
              extra=(("Thread-Topic", enc("Reference for Julien Favre – call on Thursday")),
                     ("Thread-Index", "AdxZq8mT1vR4Wc7Yk0Np3Le6Hb9Fsg=="),
                     ("Content-Language", "en-GB")))
    page = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    return message(hs, alt(text(body), html(page)))


@mail(n(47), family="auto_reply", lang="fr", interview=False, company="Alpinor",
      note="Bilingual out-of-office auto-reply (Auto-Submitted: auto-replied) from a recruiter to "
           "her application mail; 'absente jusqu'au lundi 17 août'.",
      days=(("Mon", "2026-08-17"),))
def m47() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 17 août 2026 inclus, avec un accès limité à mes e-mails. Votre message sera traité dès mon retour.

        Pour toute question urgente concernant un processus de recrutement en cours, merci de contacter notre équipe RH à l'adresse rh@alpinor.ch.

        ---

        Hello,

        I am out of the office until Monday 17 August 2026 with limited access to e-mail. Your message will be handled upon my return.

        For urgent matters regarding an ongoing recruitment process, please contact our HR team at rh@alpinor.ch.

        Lucie Morand
        Talent Acquisition Specialist | Alpinor SA | Genève
    """)
    hs = head(47, frm=addr("Lucie Morand", "lucie.morand@alpinor.ch"),
              subject="Réponse automatique : Candidature – Senior Product Manager (réf. 2026-PM-031)",
              when="2026-08-10 14:31:06", zone="Europe/Zurich",
              mid="<ZR1P278MB1102C6A9E3D84B7F51D0E2C8A6F3B9D4@ZR1P278MB1102.CHEP278.PROD.OUTLOOK.COM>",
              relay=o365("mail-zr1che01on2052", 24, 52),
              extra=(("In-Reply-To", "<CAH9nQ2w+Lx5Tk8Rp1Vd4Ym7eZ0aBc6gJf3sUo9iWt2Kq5Nm8Xe@mail.gmail.com>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "lucie.morand@alpinor.ch"),
                     ("Content-Language", "fr-CH")))
    return message(hs, text(body))


@mail(n(48), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce (multipart/report) of her thank-you mail after the panel of key 14, "
           "sent to a misspelt address; the returned message mentions 'l'entretien de cet "
           "après-midi'.")
def m48() -> bytes:
    orig_body = t("""
        Bonjour Marc,

        Merci encore à vous et au panel pour l'entretien de cet après-midi. J'ai beaucoup apprécié nos échanges sur la refonte du portail des partenaires et sur la manière dont la fondation travaille avec les équipes sur le terrain.

        Je reste bien entendu à votre disposition pour tout complément d'information.

        Belle fin de semaine,
        Aurélie Mottier
    """)
    orig = message([
        ("Return-Path", f"<{ME}>"),
        ("Received", "from [192.168.1.34] (unknown [85.5.118.201])\r\n by mail.example.org (Postfix) with ESMTPSA id 4fQk2R1vXbz9sWN;\r\n Fri,  4 Sep 2026 18:20:27 +0200 (CEST)"),
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Marc Lambiel", "marc.lambeil@terredeau.org")),
        ("Subject", enc("Merci pour l'entretien de cet après-midi")),
        ("Date", "Fri, 4 Sep 2026 18:20:27 +0200"),
        ("Message-ID", "<8b1f3c2e-6d4a-4f9e-b07c-2a5e9d1f4c63@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr"),
    ], text(orig_body, cte="8bit", params="format=flowed"))
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <marc.lambeil@terredeau.org>: host mx1.terredeau.org[185.12.64.21] said: 550
            5.1.1 <marc.lambeil@terredeau.org>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4fQk2R1vXbz9sWN
        X-Postfix-Sender: rfc822; aurelie.mottier@example.org
        Arrival-Date: Fri,  4 Sep 2026 18:20:27 +0200 (CEST)

        Final-Recipient: rfc822; marc.lambeil@terredeau.org
        Original-Recipient: rfc822;marc.lambeil@terredeau.org
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.terredeau.org
        Diagnostic-Code: smtp; 550 5.1.1 <marc.lambeil@terredeau.org>: Recipient
            address rejected: User unknown in virtual mailbox table
    """)
    p1 = text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),))
    p2 = raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status)
    p3 = attached_message(orig)
    p3.headers.insert(0, ("Content-Description", "Undelivered Message"))
    report = multipart("report", p1, p2, p3, params="report-type=delivery-status",
                       boundary="4fQk2R5Hz1z9sWP.1788538831/mail.example.org")
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("Received", "by mail.example.org (Postfix)\r\n id 4fQk2R5Hz1z9sWP; Fri,  4 Sep 2026 18:20:31 +0200 (CEST)"),
        ("Date", "Fri,  4 Sep 2026 18:20:31 +0200 (CEST)"),
        ("From", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ME),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20260904162031.4fQk2R5Hz1z9sWP@mail.example.org>"),
    ]
    return message(hs, report)


@mail(n(49), family="newsletter_tips", lang="fr", interview=False, company=None,
      note="Welcome to the Jungle editorial newsletter about interview questions, with a live "
           "event on mardi 20 octobre; confirms nothing.",
      days=(("Tue", "2026-10-20"),))
def m49() -> bytes:
    body = t("""
        Les 7 questions qu'on vous posera (forcément) en entretien

        « Parlez-moi de vous », « Pourquoi nous ? », « Quel est votre plus grand défaut ? »... Ces questions reviennent dans presque tous les entretiens d'embauche. Notre rédaction a interrogé 12 recruteurs pour savoir ce qu'ils attendent vraiment derrière chacune d'elles.
        Lire l'article : https://www.welcometothejungle.com/fr/articles/questions-entretien-embauche?utm_source=newsletter&utm_medium=email

        Entretien en visio : 5 erreurs qui ne pardonnent pas
        Lumière, connexion, regard caméra : la check-list avant de cliquer sur « Rejoindre ».
        https://www.welcometothejungle.com/fr/articles/entretien-visio-erreurs?utm_source=newsletter

        Relancer après un entretien : quand et comment ?
        48 heures, une semaine, jamais ? On fait le point, modèles de mails à l'appui.
        https://www.welcometothejungle.com/fr/articles/relancer-apres-entretien?utm_source=newsletter

        EN DIRECT – mardi 20 octobre à 12h30
        « Négocier son salaire sans se griller », live LinkedIn avec une recruteuse et un coach. Gratuit, sans inscription.

        Vous recevez cette newsletter car vous êtes inscrite sur Welcome to the Jungle.
        Se désinscrire : https://www.welcometothejungle.com/fr/newsletter/unsubscribe?t=cW9w
        Welcome to the Jungle – 8 rue de la Michodière, 75002 Paris
    """)
    page = t("""
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#fff9ef"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#212121">
        <tr><td style="background:#ffcd00;padding:18px 28px;font-family:Arial,sans-serif;font-weight:bold;font-size:18px">WELCOME TO THE JUNGLE · Le Mag</td></tr>
        <tr><td style="padding:28px"><h1 style="font-size:26px;margin:0 0 12px">Les 7 questions qu'on vous posera (forcément) en entretien</h1>
        <p style="font-size:16px;line-height:24px">« Parlez-moi de vous », « Pourquoi nous ? », « Quel est votre plus grand défaut ? »... Ces questions reviennent dans presque tous les entretiens d'embauche. Notre rédaction a interrogé 12 recruteurs pour savoir ce qu'ils attendent vraiment derrière chacune d'elles.</p>
        <p><a href="https://www.welcometothejungle.com/fr/articles/questions-entretien-embauche?utm_source=newsletter&amp;utm_medium=email" style="font-family:Arial,sans-serif;color:#212121;font-weight:bold">Lire l'article →</a></p></td></tr>
        <tr><td style="padding:0 28px 20px;border-top:1px solid #eee"><h2 style="font-size:19px">Entretien en visio : 5 erreurs qui ne pardonnent pas</h2><p>Lumière, connexion, regard caméra : la check-list avant de cliquer sur « Rejoindre ».</p></td></tr>
        <tr><td style="padding:0 28px 20px;border-top:1px solid #eee"><h2 style="font-size:19px">Relancer après un entretien : quand et comment ?</h2><p>48 heures, une semaine, jamais ? On fait le point, modèles de mails à l'appui.</p></td></tr>
        <tr><td style="padding:20px 28px;background:#212121;color:#ffffff;font-family:Arial,sans-serif"><b>EN DIRECT – mardi 20 octobre à 12h30</b><br>« Négocier son salaire sans se griller », live LinkedIn avec une recruteuse et un coach. Gratuit, sans inscription.</td></tr>
        <tr><td style="padding:20px 28px;font-family:Arial,sans-serif;font-size:11px;color:#888">Vous recevez cette newsletter car vous êtes inscrite sur Welcome to the Jungle.<br>
        <a href="https://www.welcometothejungle.com/fr/newsletter/unsubscribe?t=cW9w" style="color:#888">Se désinscrire</a> · Welcome to the Jungle – 8 rue de la Michodière, 75002 Paris</td></tr>
        </table></td></tr></table></body></html>
    """)
    hs = head(49, frm=addr("Welcome to the Jungle", "newsletter@news.welcometothejungle.com"),
              subject="Les 7 questions qu'on vous posera (forcément) en entretien 🎯",
              when="2026-10-18 08:00:06", zone="Europe/Paris",
              mid=f"<{hx('m49', 16)}.{hx('m49b', 16)}@news.welcometothejungle.com>",
              relay="from mta-eu2.news.welcometothejungle.com (mta-eu2.news.welcometothejungle.com [13.111.38.12])",
              extra=(("List-Unsubscribe", "<https://www.welcometothejungle.com/fr/newsletter/unsubscribe?t=cW9w>, "
                                          "<mailto:unsubscribe@news.welcometothejungle.com?subject=cW9w>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "<le-mag.news.welcometothejungle.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(50), family="post_interview", lang="en", interview=False, company="Quantik",
      note="Recruiter's reply to her thank-you note after the onsite of key 6: feedback being "
           "collected, answer 'by Wednesday next week at the latest'; no new interview.")
def m50() -> bytes:
    body = t("""
        Hi Aurélie,

        Thanks so much for your kind note, and for making the trip to Zürich on Monday – the team really enjoyed the conversations, and Priya especially liked your take on the metrics exercise.

        We're collecting everyone's feedback this week and I'll get back to you by Wednesday next week at the latest with next steps.

        Best,
        Mira

        On Mon, 11 May 2026 at 19:02, Aurélie Mottier <aurelie.mottier@example.org> wrote:
        > Hi Mira,
        >
        > Thank you for organising today's onsite and for the warm welcome. I really enjoyed meeting Jonas, Priya and Lea, and learning more about the platform roadmap.
        >
        > Best regards,
        > Aurélie
    """)
    hs = head(50, frm=addr("Mira Steiner", "mira.steiner@quantik.ch"),
              subject="Re: Thank you – onsite on Monday",
              when="2026-05-13 09:41:18", zone="Europe/Zurich",
              mid="<CAE6rV3q+Wn8Tk1Ly4Pd9Xm2eZ7aGc0hBf5sUo3iJt1Rk8Qn6Pw@mail.gmail.com>",
              relay=gmail(50),
              extra=(("In-Reply-To", "<CAH2kP7x+Qm3Vn9Lt0Rd6Ws1eY4aZb8hGf2jUo5iKc7Tn3Mx9Pq@mail.gmail.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))
