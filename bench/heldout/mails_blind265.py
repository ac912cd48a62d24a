# ruff: noqa: E501
"""blind265: 50 hand-written mails from the inbox of Pieter Janssens <pieter.janssens@example.org>,
a battery-research data engineer in Leuven (Europe/Brussels), September - December 2026.

One function per mail; the decorator carries the label and the local time as written in the mail,
which make.py converts with zoneinfo to check the labelled UTC start. File numbers are a fixed
shuffle of the writing order (keys 1-23 positives, 24-50 negatives).
"""

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
)

ORDER = random.Random(2650265).sample(range(1, 51), 50)
PJ = "pieter.janssens@example.org"
ME = addr("Pieter Janssens", PJ)
BXL = "Europe/Brussels"
AMS = "Europe/Amsterdam"


def n(key: int) -> str:
    """File stem of the mail written key-th."""
    return f"blind265_{ORDER[key - 1]:03d}"


def inbound(host: str, when: str, zone: str, lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To + Received as the candidate's provider adds them."""
    return [
        ("Delivered-To", PJ),
        ("Received", received(f"from {host}", when, zone, "mx2.example.org (Postfix) with ESMTPS", PJ, lag)),
    ]


VTZ_BRU = """BEGIN:VTIMEZONE
TZID:Europe/Brussels
X-LIC-LOCATION:Europe/Brussels
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

VTZ_AMS = VTZ_BRU.replace("Europe/Brussels", "Europe/Amsterdam")

VTZ_ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
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


# =============================================================================== positives


# ------------------------------------------------------------------------------- key 1
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BXL,
      contact="lotte.verhaegen@ampwise.eu", company="Ampwise",
      note="Greenhouse confirmation sent Thu 10 Sep; 'Tuesday, September 15, 2026 10:00 AM - 11:00 AM CEST' = 08:00-09:00Z; ICS in Europe/Brussels agrees; contact = human Reply-To recruiter (From is no-reply)")
def k01():
    when = "2026-09-10 14:22:31"
    plain = t("""
        Hi Pieter,

        Thanks for making time to speak with us! Your interview for the Data Engineer - Trading
        Analytics role at Ampwise is confirmed. Please find the details below.

        Interview: Technical conversation with the data team
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CEST (Brussels)
        Location: Ampwise, Rue du Marais 31, 4th floor, 1000 Brussels
        (5 min walk from Brussels-Central; ask for Lotte at the front desk)

        You'll meet:
          - Bram De Smet, Head of Data
          - Yasmina El Idrissi, Senior Data Engineer

        If anything changes on your side, simply reply to this email.

        Best regards,
        Lotte Verhaegen
        Talent Partner | Ampwise
    """)
    rich = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Pieter,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Data Engineer - Trading Analytics</b>
        role at Ampwise is confirmed. Please find the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Technical conversation with the data team</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM CEST (Brussels)</td></tr>
        <tr><td><b>Location</b></td><td>Ampwise, Rue du Marais 31, 4th floor, 1000 Brussels<br>
        (5 min walk from Brussels-Central; ask for Lotte at the front desk)</td></tr>
        </table>
        <p>You'll meet:</p>
        <ul><li>Bram De Smet, Head of Data</li><li>Yasmina El Idrissi, Senior Data Engineer</li></ul>
        <p>If anything changes on your side, simply reply to this email.</p>
        <p>Best regards,<br>Lotte Verhaegen<br>Talent Partner | Ampwise</p>
        <img src="https://app.greenhouse.io/email_open/ab41c7.gif" width="1" height="1" alt="">
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BRU}
BEGIN:VEVENT
UID:gh-interview-81724410-ampwise@greenhouse.io
DTSTAMP:20260910T122231Z
DTSTART;TZID=Europe/Brussels:20260915T100000
DTEND;TZID=Europe/Brussels:20260915T110000
SUMMARY:Interview: Pieter Janssens / Ampwise - Data Engineer - Trading Analytics
LOCATION:Ampwise\\, Rue du Marais 31\\, 4th floor\\, 1000 Brussels
ORGANIZER;CN=Lotte Verhaegen:mailto:lotte.verhaegen@ampwise.eu
ATTENDEE;CN=Pieter Janssens;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{PJ}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    headers = inbound("mail-0a.greenhouse.io (mail-0a.greenhouse.io [198.2.180.71])", when, BXL) + [
        ("From", addr("Lotte Verhaegen", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Lotte Verhaegen", "lotte.verhaegen@ampwise.eu")),
        ("To", ME),
        ("Subject", "Interview Confirmation: Data Engineer - Trading Analytics at Ampwise"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<5f8c2e1a.81724410.gh@greenhouse.io>"),
    ]
    body = mixed(alt(text(plain), html(rich)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 2
@mail(n(2), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-09-22T07:30:00Z", end=None,
      local="Tue 2026-09-22 09:30", zone=BXL,
      contact="jens.wouters@celvia.be", company="Celvia",
      note="Phone-written reply sent Mon 21 Sep 07:52 CEST: 'Tomorrow at 9u30 is fine' -> Tue 22 Sep 09:30 CEST = 07:30Z (Flemish '9u30'); no length -> end null; contact = the human sender")
def k02():
    when = "2026-09-21 07:52:12"
    body = t("""
        Hi Pieter,

        Sorry, only saw your mail now on the train. Tomorrow at 9u30 is
        fine for us, Griet and me will be there. Our office is at the Gaston Geenslaan 11,
        3rd floor, ring at Celvia. Parking in front is paying so better come with the bike :)

        Grtz
        Jens

        Verstuurd vanaf mijn iPhone

        > Op 20 sep. 2026 om 21:14 heeft Pieter Janssens <pieter.janssens@example.org> het volgende geschreven:
        >
        > Hi Jens,
        >
        > Thanks for calling on Friday. Could we do the first talk on Tuesday morning,
        > for example at 9u30 or 10u? Otherwise Thursday afternoon works as well.
        >
        > Kind regards,
        > Pieter
    """)
    headers = inbound("mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])", when, BXL) + [
        ("From", addr("Jens Wouters", "jens.wouters@celvia.be")),
        ("To", ME),
        ("Subject", "Re: Data engineer @ Celvia"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<A1F3C9D2-77E4-4B0A-9C51-2B6E0F4D8A11@celvia.be>"),
        ("In-Reply-To", "<CAJx7m2k9Qp4@mail.example.org>"),
        ("References", "<CAJx7m2k9Qp4@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(headers, text(body, cte="8bit"))


# ------------------------------------------------------------------------------- key 3
@mail(n(3), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-24T12:00:00Z", end="2026-09-24T12:45:00Z",
      local="Thu 2026-09-24 14:00", local_end="2026-09-24 14:45", zone=BXL,
      contact="anouk.peeters@scheldt-analytics.be", company="Scheldt Analytics",
      note="Lever confirmation (text only, QP): 'Thu, Sep 24, 2026 2:00 PM - 2:45 PM CEST' = 12:00-12:45Z; contact = human Reply-To (From is Lever no-reply)")
def k03():
    when = "2026-09-18 09:05:40"
    body = t("""
        Hi Pieter,

        Your interview with Scheldt Analytics has been confirmed! Details are below.

        Position: Senior Data Engineer - Port Data Platform
        Interviewers: Anouk Peeters, Koen Van Damme
        Time: Thu, Sep 24, 2026 2:00 PM - 2:45 PM CEST
        Location: Google Meet - https://meet.google.com/qvx-rbzt-kpe

        Please let us know as soon as possible if you need to reschedule by replying to this email.

        We look forward to speaking with you!

        Anouk Peeters
        Scheldt Analytics

        ---
        Sent via Lever. Scheldt Analytics uses Lever to manage its hiring. Privacy notice:
        https://www.scheldt-analytics.be/privacy
    """)
    headers = inbound("mx-out-3.hire.lever.co (mx-out-3.hire.lever.co [52.89.14.203])", when, BXL) + [
        ("From", addr("Anouk Peeters (Scheldt Analytics)", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Anouk Peeters", "anouk.peeters@scheldt-analytics.be")),
        ("To", ME),
        ("Subject", "Confirmed: Your interview with Scheldt Analytics"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<0102019a5b7d3c21-7e2f4b8a-lever-4c1e@email.hire.lever.co>"),
    ]
    return message(headers, text(body))


# ------------------------------------------------------------------------------- key 4
@mail(n(4), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-10-06T12:00:00Z", end="2026-10-06T13:00:00Z",
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=BXL,
      contact="camille.dubois@brabant-reseaux.be", company="Brabant Réseaux",
      note="SmartRecruiters, French, HTML only base64: 'mardi 6 octobre 2026, 14h00 - 15h00 (heure de Bruxelles)' = 12:00-13:00Z (CEST); contact = human Reply-To")
def k04():
    when = "2026-09-30 16:40:09"
    rich = t("""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Confirmation</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="padding:24px"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/brabant-reseaux.png" alt="Brabant Réseaux" height="40"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Bonjour Pieter,</p>
        <p>Nous avons le plaisir de vous confirmer votre entretien pour le poste de
        <strong>Data Engineer (H/F/X)</strong>.</p>
        <p><strong>Date :</strong> mardi 6 octobre 2026<br>
        <strong>Heure :</strong> 14h00 - 15h00 (heure de Bruxelles)<br>
        <strong>Lieu :</strong> Brabant Réseaux, Avenue des Arts 56, 1000 Bruxelles - accueil au rez-de-chaussée<br>
        <strong>Vos interlocuteurs :</strong> Camille Dubois (Talent Acquisition) et Olivier Lambert (Head of Grid Analytics)</p>
        <p>L'entretien se déroulera en anglais ou en français, comme vous préférez. Merci de vous munir d'une pièce d'identité pour l'accueil.</p>
        <p>En cas d'empêchement, répondez simplement à ce message.</p>
        <p>Bien cordialement,<br>Camille Dubois<br>Talent Acquisition - Brabant Réseaux</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#999">Powered by SmartRecruiters - <a href="https://www.smartrecruiters.com/privacy-policy">Politique de confidentialité</a></td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    headers = inbound("mail-out-12.smartrecruiters.com (mail-out-12.smartrecruiters.com [185.24.62.12])", when, BXL) + [
        ("From", addr("Brabant Réseaux", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Camille Dubois", "camille.dubois@brabant-reseaux.be")),
        ("To", ME),
        ("Subject", enc("Confirmation de votre entretien – Data Engineer (H/F/X)")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<20260930144009.7c1d93ab4e@smartrecruiters.com>"),
    ]
    return message(headers, html(rich, cte="base64"))


# ------------------------------------------------------------------------------- key 5
@mail(n(5), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-10-08T09:00:00Z", end="2026-10-08T09:30:00Z",
      local="Thu 2026-10-08 11:00", local_end="2026-10-08 11:30", zone=BXL,
      contact=None, company="Havenlink",
      note="Microsoft Bookings: body shows '11:00 AM - 11:30 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris' but 8 Oct is CEST, so 09:00-09:30Z (ICS in Romance Standard Time agrees); From and ORGANIZER are the Bookings mailbox, staff named without address -> contact null")
def k05():
    when = "2026-10-05 10:12:55"
    plain = t("""
        Havenlink Recruitment

        Your booking is confirmed
        Thank you for booking with us, Pieter Janssens.

        Screening call - Data Engineer (Terminal Operations)
        Thursday, October 8, 2026
        11:00 AM - 11:30 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

        Staff: Sofie Claes

        Join your appointment
        Microsoft Teams meeting
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2ZGE5MzEtNjI1%40thread.v2/0?context=%7b%22Tid%22%3a%2277e1%22%7d

        Need to make changes?
        Manage booking: https://outlook.office365.com/owa/calendar/HavenlinkRecruitment@havenlink.be/bookings/

        Havenlink NV, Noorderlaan 147, 2030 Antwerpen
    """)
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <p style="font-size:20px">Havenlink Recruitment</p>
        <p style="font-size:16px;font-weight:600">Your booking is confirmed</p>
        <p>Thank you for booking with us, Pieter Janssens.</p>
        <p><b>Screening call - Data Engineer (Terminal Operations)</b><br>
        Thursday, October 8, 2026<br>
        11:00 AM - 11:30 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris</p>
        <p>Staff: Sofie Claes</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2ZGE5MzEtNjI1%40thread.v2/0?context=%7b%22Tid%22%3a%2277e1%22%7d">Join your appointment</a><br>Microsoft Teams meeting</p>
        <p><a href="https://outlook.office365.com/owa/calendar/HavenlinkRecruitment@havenlink.be/bookings/">Manage booking</a></p>
        <p style="color:#777;font-size:12px">Havenlink NV, Noorderlaan 147, 2030 Antwerpen</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Havenlink Recruitment:mailto:HavenlinkRecruitment@havenlink.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter Janssens:mailto:{PJ}
DESCRIPTION;LANGUAGE=en-US:Screening call - Data Engineer (Terminal Operations)\\nStaff: Sofie Claes\\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6D901000000000000000010000000F1E2D3C4B5A69788
SUMMARY;LANGUAGE=en-US:Screening call - Data Engineer (Terminal Operations)
DTSTART;TZID=Romance Standard Time:20261008T110000
DTEND;TZID=Romance Standard Time:20261008T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261005T081255Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    headers = inbound("EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])", when, BXL) + [
        ("From", addr("Havenlink Recruitment", "HavenlinkRecruitment@havenlink.be")),
        ("To", ME),
        ("Subject", "Your booking is confirmed: Screening call - Data Engineer (Terminal Operations)"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<AM6PR05MB6183A7B1C2D3E4F5A6B7C8D9E0F1@AM6PR05MB6183.eurprd05.prod.outlook.com>"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    body = mixed(alt(text(plain), html(rich)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment", name_param=True))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 6
@mail(n(6), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-10-14T13:30:00Z", end="2026-10-14T14:15:00Z",
      local="Wed 2026-10-14 15:30", local_end="2026-10-14 16:15", zone=BXL,
      contact="hanne.maes@lysvolt.com", company="Lysvolt",
      note="Teamtailor confirmation: 'Wednesday 14 October 2026, 15:30 - 16:15 (Europe/Brussels)' = 13:30-14:15Z; Reply-To is a Teamtailor relay, so contact = the human ICS ORGANIZER")
def k06():
    when = "2026-10-09 11:30:18"
    plain = t("""
        Hi Pieter,

        Great news - your interview with Lysvolt is booked.

        What: Case interview - Data Engineer, Cell Analytics
        When: Wednesday 14 October 2026, 15:30 - 16:15 (Europe/Brussels)
        Where: Lysvolt HQ, Dok Noord 7, 9000 Gent (or join via Google Meet: https://meet.google.com/hmf-tqwe-zra)
        With: Hanne Maes (Engineering Manager) and Wout Declercq (Data Engineer)

        We'll send you the case a day before. Bring a laptop if you come to the office.

        See you soon!
        The Lysvolt team

        Lysvolt uses Teamtailor to handle applications. Manage your data: https://lysvolt.teamtailor.com/connect
    """)
    rich = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#1d1d1f">
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Pieter,</p>
        <p>Great news - your interview with Lysvolt is booked.</p>
        <div style="border:1px solid #e5e5ea;border-radius:8px;padding:16px">
        <div style="font-weight:600">Case interview - Data Engineer, Cell Analytics</div>
        <div>Wednesday 14 October 2026, 15:30 - 16:15 (Europe/Brussels)</div>
        <div>Lysvolt HQ, Dok Noord 7, 9000 Gent</div>
        <div><a href="https://meet.google.com/hmf-tqwe-zra">Join via Google Meet</a></div>
        <div>With: Hanne Maes (Engineering Manager) and Wout Declercq (Data Engineer)</div>
        </div>
        <p>We'll send you the case a day before. Bring a laptop if you come to the office.</p>
        <p>See you soon!<br>The Lysvolt team</p>
        <p style="font-size:11px;color:#8e8e93">Lysvolt uses Teamtailor to handle applications.
        <a href="https://lysvolt.teamtailor.com/connect">Manage your data</a></p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
{VTZ_BRU}
BEGIN:VEVENT
UID:tt-meeting-3381927@teamtailor.com
DTSTAMP:20261009T093018Z
DTSTART;TZID=Europe/Brussels:20261014T153000
DTEND;TZID=Europe/Brussels:20261014T161500
SUMMARY:Lysvolt: Case interview with Pieter Janssens
LOCATION:Lysvolt HQ\\, Dok Noord 7\\, 9000 Gent
ORGANIZER;CN=Hanne Maes:mailto:hanne.maes@lysvolt.com
ATTENDEE;CN=Pieter Janssens;RSVP=TRUE:mailto:{PJ}
ATTENDEE;CN=Wout Declercq:mailto:wout.declercq@lysvolt.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = inbound("mail-190-34.teamtailor-mail.com (mail-190-34.teamtailor-mail.com [185.250.239.34])", when, BXL) + [
        ("From", addr("Lysvolt", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c7a1f9e2b4@inbound.teamtailor-mail.com"),
        ("To", ME),
        ("Subject", "Your interview with Lysvolt is booked"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<6523f1ac9e2b4_3f1a2c@teamtailor-mail.com>"),
    ]
    body = mixed(alt(text(plain), html(rich)),
                 calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment"))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 7
@mail(n(7), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-10-19T11:00:00Z", end="2026-10-19T12:00:00Z",
      local="Mon 2026-10-19 13:00", local_end="2026-10-19 14:00", zone=AMS,
      contact="ruben.vandijk@helixgrid.nl", company="Helixgrid",
      note="Workable: 'Monday, October 19, 2026 at 1:00 PM (CEST, Amsterdam)', 'Duration: 60 minutes' -> 11:00-12:00Z; Reply-To is a Workable candidate relay, contact = the hiring manager's address in the body")
def k07():
    when = "2026-10-13 15:02:44"
    plain = t("""
        Helixgrid

        Hi Pieter,

        Thank you for accepting our invitation. This is to confirm your interview for the
        Data Engineer - Grid Storage position.

        Date & time: Monday, October 19, 2026 at 1:00 PM (CEST, Amsterdam)
        Duration: 60 minutes
        Type: On-site interview
        Address: Helixgrid B.V., Torenallee 20, 5617 BC Eindhoven (Strijp-S, building SK)

        Your interviewer is Ruben van Dijk, Lead Data Engineer. If you have questions
        about the day itself you can also reach him directly at ruben.vandijk@helixgrid.nl
        or +31 40 555 0192.

        Kind regards,
        Helixgrid Hiring Team

        --
        This email was sent via Workable on behalf of Helixgrid. Replies go to the hiring team.
    """)
    rich = gmail_html(plain).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial">')
    headers = inbound("mail-a14.workablemail.com (mail-a14.workablemail.com [54.240.9.14])", when, AMS) + [
        ("From", addr("Helixgrid", "noreply@workablemail.com")),
        ("Reply-To", "helixgrid+c9f2a71e@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", "Interview confirmed: Data Engineer - Grid Storage at Helixgrid"),
        ("Date", date(when, AMS)),
        ("Message-ID", "<wk.3c9e1f0a7b.helixgrid@workablemail.com>"),
    ]
    return message(headers, alt(text(plain), html(rich)))


# ------------------------------------------------------------------------------- key 8
@mail(n(8), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-10-27T09:30:00Z", end=None,
      local="Tue 2026-10-27 10:30", zone="Europe/Berlin",
      contact="katrin.hoffmann@rurtal-batterie.de", company="Rurtal Batterietechnik GmbH",
      note="softgarden, German (Aachen), sent Fri 23 Oct in CEST; 'Dienstag, 27.10.2026, 10:30 Uhr' is after the switch to CET on 25 Oct -> 09:30Z; 'ca. 60 Minuten' is approximate -> end null; contact = recruiter's address in the signature")
def k08():
    when = "2026-10-23 13:15:27"
    plain = t("""
        Sehr geehrter Herr Janssens,

        wie heute telefonisch besprochen, bestätigen wir Ihnen gerne den Termin für Ihr
        Vorstellungsgespräch als Data Engineer (m/w/d) Batteriezellfertigung:

        Termin: Dienstag, 27.10.2026, 10:30 Uhr
        Dauer: ca. 60 Minuten
        Ort: Rurtal Batterietechnik GmbH, Campus-Boulevard 57, 52074 Aachen, Empfang Gebäude B
        Gesprächspartner: Dr. Matthias Krüger (Leitung Produktionsdaten), Katrin Hoffmann (HR)

        Bitte beachten Sie, dass in der Nacht von Samstag auf Sonntag die Uhren auf
        Winterzeit umgestellt werden - 10:30 Uhr gilt natürlich nach der neuen Zeit.

        Für Rückfragen erreichen Sie mich unter katrin.hoffmann@rurtal-batterie.de
        oder +49 241 555 3810.

        Mit freundlichen Grüßen
        Katrin Hoffmann
        Personalreferentin

        Rurtal Batterietechnik GmbH · Campus-Boulevard 57 · 52074 Aachen
        Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.
    """)
    rich = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in plain.strip().split("\n\n")) + "</body></html>\n"
    headers = inbound("mout.softgarden.io (mout.softgarden.io [46.231.176.40])", when, "Europe/Berlin") + [
        ("From", addr("Rurtal Batterietechnik GmbH", "noreply@softgarden.io")),
        ("To", ME),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs - Data Engineer (m/w/d)", "iso-8859-15")),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<sg.1698059727.44817.rurtal@softgarden.io>"),
    ]
    return message(headers, alt(text(plain, charset="iso-8859-15"), html(rich, charset="iso-8859-15")))


# ------------------------------------------------------------------------------- key 9
@mail(n(9), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T15:00:00Z", end="2026-10-29T15:45:00Z",
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 11:45", zone="America/New_York",
      contact="dana.whitfield@lumora.energy", company="Lumora",
      note="Ashby (remote team in New York), sent Mon 26 Oct: '11:00 AM - 11:45 AM EDT' on Thu 29 Oct = 15:00-15:45Z; Europe is already on CET but the US still on EDT, so the candidate's time is 4:00 PM CET (5 h gap, not 6); ICS in America/New_York; contact = human Reply-To")
def k09():
    when = "2026-10-26 13:07:51"
    plain = t("""
        Hi Pieter,

        Your interview has been scheduled. We're looking forward to speaking with you!

        Data Platform Engineer (Remote, EU)
        Thursday, October 29, 2026
        11:00 AM - 11:45 AM EDT
        (4:00 PM - 4:45 PM CET in your time zone)

        Video call: https://lumora.zoom.us/j/84217730551

        You'll meet with:
          Marcus Oyelaran - Staff Engineer, Data Platform

        Need to reschedule? Just reply to this email and it will reach Dana Whitfield.

        Thanks,
        Lumora Recruiting
    """)
    rich = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Pieter,</p>
        <p>Your interview has been scheduled. We're looking forward to speaking with you!</p>
        <p><b>Data Platform Engineer (Remote, EU)</b><br>
        Thursday, October 29, 2026<br>
        11:00 AM - 11:45 AM EDT<br>
        <span style="color:#666">(4:00 PM - 4:45 PM CET in your time zone)</span></p>
        <p>Video call: <a href="https://lumora.zoom.us/j/84217730551">https://lumora.zoom.us/j/84217730551</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Marcus Oyelaran - Staff Engineer, Data Platform</p>
        <p>Need to reschedule? Just reply to this email and it will reach Dana Whitfield.</p>
        <p>Thanks,<br>Lumora Recruiting</p>
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:0b7e31d4-9a2c-4f1e-b8d0-5e6f7a8b9c01
DTSTAMP:20261026T120751Z
DTSTART;TZID=America/New_York:20261029T110000
DTEND;TZID=America/New_York:20261029T114500
SEQUENCE:0
SUMMARY:Lumora - Data Platform Engineer Interview (Pieter Janssens)
LOCATION:https://lumora.zoom.us/j/84217730551
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@lumora.energy
ATTENDEE;CN=Pieter Janssens;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{PJ}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = inbound("a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])", when, BXL) + [
        ("From", addr("Lumora", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@lumora.energy")),
        ("To", ME),
        ("Subject", "Interview scheduled: Data Platform Engineer at Lumora"),
        ("Date", date("2026-10-26 12:07:51", "UTC")),
        ("Message-ID", "<0100019a2b6d1f4e-5c7d1e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6-000000@email.amazonses.com>"),
    ]
    body = mixed(alt(text(plain, cte="base64"), html(rich, cte="base64")),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 10
@mail(n(10), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T19:00:00Z", end="2026-11-10T19:45:00Z",
      local="Wed 2026-11-11 08:00", local_end="2026-11-11 08:45", zone="Pacific/Auckland",
      contact="mereana.walker@kauri-energy.co.nz", company="Kauri Energy Systems",
      note="Recruiter in Auckland with a pasted Zoom invitation: 'Nov 11, 2026 08:00 AM Auckland, Wellington' (NZDT, +13) = Tue 10 Nov 19:00Z, another day in UTC (20:00 Tuesday in Leuven, as the mail says); 'blocked 45 minutes' is an exact length -> end 19:45Z")
def k10():
    when = "2026-11-05 14:31:06"
    zone = "Pacific/Auckland"
    plain = t("""
        Kia ora Pieter,

        Lovely to chat yesterday - as promised, here's the invite for your conversation with
        our Head of Battery Analytics, Liam Brennan. It's locked in for Wednesday 11 November at
        8:00am NZ time, which should be Tuesday evening, 8pm, for you in Leuven. We've blocked
        45 minutes.

        Mereana Walker is inviting you to a scheduled Zoom meeting.

        Topic: Kauri Energy Systems - Pieter Janssens / Liam Brennan
        Time: Nov 11, 2026 08:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://kauri-energy.zoom.us/j/93822104467?pwd=bE5xQ2JzR1h0dWxvY2tlZA

        Meeting ID: 938 2210 4467
        Passcode: 614209

        ---

        One tap mobile
        +6498846780,,93822104467#,,,,*614209# New Zealand

        Any trouble on the night, flick me a message on +64 21 555 0147.

        Ngā mihi,
        Mereana

        Mereana Walker | Talent Partner
        Kauri Energy Systems | Level 4, 12 Madden Street, Wynyard Quarter, Auckland
        mereana.walker@kauri-energy.co.nz
    """)
    headers = inbound("mail-sy4aus01on2102.outbound.protection.outlook.com (mail-sy4aus01on2102.outbound.protection.outlook.com [40.107.107.102])", when, zone) + [
        ("From", addr("Mereana Walker", "mereana.walker@kauri-energy.co.nz")),
        ("To", ME),
        ("Subject", "Zoom invite - Kauri Energy Systems / Liam Brennan"),
        ("Date", date(when, zone)),
        ("Message-ID", "<SY4P282MB3021F0A7E1C94B28D6A1C2E3B4A5@SY4P282MB3021.AUSP282.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-NZ"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain), cte="base64")))


# ------------------------------------------------------------------------------- key 11
@mail(n(11), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T08:00:00Z", end="2026-11-12T11:00:00Z",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 12:00", zone=BXL,
      contact="elke.mertens@kempencathode.com", company="Kempen Cathode Materials",
      note="Workday HTML-only notification: on-site itinerary 09:00-10:00, 10:15-11:00, 11:00-12:00 CET on Thu 12 Nov -> first start 08:00Z to last end 11:00Z; From is the Workday tenant mailbox, contact = recruiter address in the body")
def k11():
    when = "2026-11-04 16:20:33"
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="640" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#0b3d5c;padding:14px;color:#ffffff;font-size:18px">Kempen Cathode Materials</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Pieter,</p>
        <p>Thank you for your interest in the position <b>Process Data Engineer (R-20461)</b>.
        We are pleased to confirm your on-site interview at our Olen plant.</p>
        <p><b>Date:</b> Thursday 12 November 2026<br>
        <b>Address:</b> Kempen Cathode Materials, Industrieweg 88, 2250 Olen (visitor car park P2)</p>
        <table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
        <tr style="background:#eef3f7"><th align="left">Time (CET)</th><th align="left">Session</th><th align="left">With</th></tr>
        <tr><td>09:00 - 10:00</td><td>Technical interview</td><td>Jeroen Aerts, Manager Process Data</td></tr>
        <tr><td>10:15 - 11:00</td><td>Plant tour (safety shoes provided)</td><td>Nele Jacobs, Process Engineer</td></tr>
        <tr><td>11:00 - 12:00</td><td>HR interview</td><td>Elke Mertens, Talent Acquisition</td></tr>
        </table>
        <p>Please bring your ID card; a visitor badge will be prepared at the gate.</p>
        <p>Questions? Contact your recruiter Elke Mertens at
        <a href="mailto:elke.mertens@kempencathode.com">elke.mertens@kempencathode.com</a> or +32 14 55 02 17.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Kempen Cathode Materials</p>
        </td></tr>
        <tr><td style="padding:10px;font-size:10px;color:#888888">This email was sent from an unmonitored mailbox.
        To view your application, sign in to the <a href="https://wd3.myworkdayjobs.com/kcm/login">candidate home</a>.</td></tr>
        </table></body></html>
    """)
    headers = inbound("sj-mta-49.myworkday.com (sj-mta-49.myworkday.com [216.219.94.49])", when, BXL) + [
        ("From", addr("Kempen Cathode Materials", "kcm@myworkday.com")),
        ("To", PJ),
        ("Subject", "Interview Confirmation - Process Data Engineer (R-20461)"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<1183029452.77301.1793805633118.JavaMail.wdprod@wd3-impl-prod-sj.myworkday.com>"),
    ]
    return message(headers, html(rich))


# ------------------------------------------------------------------------------- key 12
@mail(n(12), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T13:00:00Z", end="2026-11-16T14:00:00Z",
      local="Mon 2026-11-16 14:00", local_end="2026-11-16 15:00", zone=BXL,
      contact="sarah.vermeulen@meridiancell.com", company="Meridian Cell Systems",
      note="iCIMS template from a US employer: US-style date '11/16/2026', '2:00 PM CET (Antwerp)', 'Duration: 60 minutes' -> 13:00-14:00Z; From is the iCIMS relay, contact = recruiter address in the body")
def k12():
    plain = t("""
        Dear Pieter Janssens,

        Thank you for your interest in Meridian Cell Systems. We are pleased to confirm the
        following interview:

        Requisition: 2026-11873 Senior Data Engineer, Battery Test Lab (Antwerp, Belgium)
        Interview Date: 11/16/2026
        Interview Time: 2:00 PM CET (Antwerp)
        Duration: 60 minutes
        Format: Microsoft Teams (link to follow from your interviewer)
        Interviewer(s): Hendrik Baert, Director Test Engineering

        If you have any questions, please contact Sarah Vermeulen, Talent Acquisition
        Partner EMEA, at sarah.vermeulen@meridiancell.com.

        Sincerely,
        Meridian Cell Systems Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
    """)
    rich = t("""
        <html><body><font face="Verdana" size="2">
        Dear Pieter Janssens,<br><br>
        Thank you for your interest in Meridian Cell Systems. We are pleased to confirm the following interview:<br><br>
        <b>Requisition:</b> 2026-11873 Senior Data Engineer, Battery Test Lab (Antwerp, Belgium)<br>
        <b>Interview Date:</b> 11/16/2026<br>
        <b>Interview Time:</b> 2:00 PM CET (Antwerp)<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Format:</b> Microsoft Teams (link to follow from your interviewer)<br>
        <b>Interviewer(s):</b> Hendrik Baert, Director Test Engineering<br><br>
        If you have any questions, please contact Sarah Vermeulen, Talent Acquisition Partner EMEA, at
        <a href="mailto:sarah.vermeulen@meridiancell.com">sarah.vermeulen@meridiancell.com</a>.<br><br>
        Sincerely,<br>Meridian Cell Systems Talent Acquisition<br><br>
        <i>Please do not reply to this message. This mailbox is not monitored.</i>
        </font></body></html>
    """)
    headers = inbound("mta-iad-3.icims.com (mta-iad-3.icims.com [66.179.227.83])", "2026-11-10 04:48:02", "America/New_York") + [
        ("From", addr("Meridian Cell Systems", "meridiancellsystems+autoreply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation: Senior Data Engineer, Battery Test Lab"),
        ("Date", date("2026-11-10 04:48:02", "America/New_York")),
        ("Message-ID", "<1796119682.2026111004480201.JavaMail.icims@app7.icims.com>"),
    ]
    return message(headers, alt(text(plain, charset="windows-1252"), html(rich, charset="windows-1252")))


# ------------------------------------------------------------------------------- key 13
@mail(n(13), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-20T10:30:00Z", end="2026-11-20T11:00:00Z",
      local="Fri 2026-11-20 11:30", local_end="2026-11-20 12:00", zone=BXL,
      contact="tom@dijledata.be", company="Dijle Data",
      note="Calendly invitee confirmation: '11:30am - 12:00pm, Friday, November 20, 2026 (Central European Time)' = 10:30-11:00Z; ICS in UTC agrees; contact = host via Reply-To (From is Calendly notifications)")
def k13():
    when = "2026-11-16 21:03:40"
    plain = t("""
        Hi Pieter Janssens,

        Your event has been scheduled.

        Event Type:
        Intro call - Data Engineer (Dijle Data)

        Event Date/Time:
        11:30am - 12:00pm, Friday, November 20, 2026 (Central European Time)

        Host:
        Tom Claessens

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/tdw-gkpa-mcs

        Questions:
        What would you like to discuss?
        Your opening for a data engineer on the cycling-test pipeline.

        View event in Calendly: https://calendly.com/events/9b1c27e4-6f5a/google_meet

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4a8f0d1e-2c7b
        Reschedule: https://calendly.com/reschedulings/4a8f0d1e-2c7b

        Powered by Calendly.com
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:4a8f0d1e-2c7b-4e9a-b1c3-dijle@calendly.com
DTSTAMP:20261116T200340Z
DTSTART:20261120T103000Z
DTEND:20261120T110000Z
SUMMARY:Intro call - Data Engineer (Dijle Data) between Tom Claessens and Pieter Janssens
LOCATION:https://meet.google.com/tdw-gkpa-mcs
ORGANIZER;CN=Tom Claessens:mailto:tom@dijledata.be
ATTENDEE;CN=Pieter Janssens;PARTSTAT=ACCEPTED:mailto:{PJ}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = inbound("o3.email.calendly.com (o3.email.calendly.com [167.89.25.118])", when, BXL) + [
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Tom Claessens", "tom@dijledata.be")),
        ("To", ME),
        ("Subject", "Confirmed: Intro call - Data Engineer (Dijle Data) with Tom Claessens on Friday, November 20, 2026"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<Fy3kQ9bTRmO2x7Lw1vAa@geopod-ismtpd-14>"),
    ]
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", name_param=True))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 14
@mail(n(14), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-24T08:30:00Z", end=None,
      local="Tue 2026-11-24 09:30", zone=AMS,
      contact="marleen.bosch@aurelith.nl", company="Aurelith",
      note="Google Calendar all-day invitation (DTSTART;VALUE=DATE 20261124) for an on-site interview day in Eindhoven; the time is only in the organiser's description: 'we start at 9:30' CET = 08:30Z, 'wrap up around 15:00' is approximate -> end null; contact = ORGANIZER")
def k14():
    when = "2026-11-17 12:44:09"
    desc = ("Hi Pieter, as discussed: we start at 9:30 at the reception of High Tech Campus 12 "
            "(ask for me). Morning: system design with Joost and a session with the cell-testing team; "
            "lunch with the team; afternoon: a chat with our CTO. We usually wrap up around 15:00. "
            "Train tip: Eindhoven Centraal + bus 407. See you then! Marleen")
    plain = t(f"""
        Marleen Bosch has invited you to an event

        Onsite interview day - Pieter Janssens (Data Engineer)
        When
        Tuesday Nov 24, 2026

        Where
        Aurelith, High Tech Campus 12, 5656 AE Eindhoven, Netherlands

        Organizer
        Marleen Bosch
        marleen.bosch@aurelith.nl

        Guests
        Marleen Bosch - organizer
        Joost Verbeek
        {PJ}

        {desc}

        Reply for {PJ}
        Yes / No / Maybe / More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
    """)
    rich = t(f"""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-weight:400">Onsite interview day - Pieter Janssens (Data Engineer)</h2>
        <table><tr><td style="color:#70757a">When</td><td>Tuesday Nov 24, 2026</td></tr>
        <tr><td style="color:#70757a">Where</td><td>Aurelith, High Tech Campus 12, 5656 AE Eindhoven, Netherlands</td></tr>
        <tr><td style="color:#70757a">Organizer</td><td>Marleen Bosch <a href="mailto:marleen.bosch@aurelith.nl">marleen.bosch@aurelith.nl</a></td></tr>
        <tr><td style="color:#70757a">Guests</td><td>Marleen Bosch - organizer<br>Joost Verbeek<br>{PJ}</td></tr></table>
        <p>{desc}</p>
        <p>Reply for {PJ}: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a></p>
        <p style="color:#70757a;font-size:11px">Invitation from Google Calendar</p>
        </div></body></html>
    """)
    ics_desc = desc.replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261124
DTEND;VALUE=DATE:20261125
DTSTAMP:20261117T114409Z
ORGANIZER;CN=Marleen Bosch:mailto:marleen.bosch@aurelith.nl
UID:5q1r0c7n2v8k3j4h6g9f0d1s2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marleen Bosch;X-NUM-GUESTS=0:mailto:marleen.bosch@aurelith.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joost Verbeek;X-NUM-GUESTS=0:mailto:joost.verbeek@aurelith.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={PJ};X-NUM-GUESTS=0:mailto:{PJ}
CREATED:20261117T114405Z
DESCRIPTION:{ics_desc}
LAST-MODIFIED:20261117T114409Z
LOCATION:Aurelith\\, High Tech Campus 12\\, 5656 AE Eindhoven\\, Netherlands
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite interview day - Pieter Janssens (Data Engineer)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    headers = inbound("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, AMS) + [
        ("From", addr("Marleen Bosch", "marleen.bosch@aurelith.nl")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Marleen Bosch", "marleen.bosch@aurelith.nl")),
        ("To", PJ),
        ("Subject", f"Invitation: Onsite interview day - Pieter Janssens (Data Engineer) @ Tue Nov 24, 2026 ({PJ})"),
        ("Date", date(when, AMS)),
        ("Message-ID", "<calendar-3f9a1c7e-5b2d-4e8f-a0c1-d2e3f4a5b6c7@google.com>"),
    ]
    body = mixed(alt(text(plain, cte="7bit"), html(rich), calendar(ics, method="REQUEST")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 15
@mail(n(15), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T13:00:00Z", end=None,
      local="Thu 2026-12-03 14:00", zone=BXL,
      contact="charlotte.verstraete@bluecoast-storage.be", company="Bluecoast Storage",
      note="Pieter forwards, from his work address to his private one (Mon 30 Nov), the recruiter's confirmation attached as message/rfc822: 'Thursday 3/12 at 14h' (Belgian day/month) = Thu 3 Dec 14:00 CET = 13:00Z; contact = the recruiter in the forwarded message (never the candidate)")
def k15():
    when = "2026-11-30 08:41:19"
    inner_when = "2026-11-27 16:55:02"
    inner_body = t("""
        Dear Pieter,

        Thanks for your quick reply! Then we confirm your second interview on Thursday 3/12 at 14h
        at our office in Ghent (Kortrijksesteenweg 1102, 9051 Sint-Denijs-Westrem), with Filip
        Goethals (CTO) and myself. The conversation will be in English as Filip is not Flemish.

        Could you bring a copy of your diploma? We need it for the file.

        Have a nice weekend,

        Charlotte Verstraete
        HR & Talent | Bluecoast Storage
        +32 9 555 42 10
    """)
    inner = message([
        ("From", addr("Charlotte Verstraete", "charlotte.verstraete@bluecoast-storage.be")),
        ("To", addr("Pieter Janssens", "pieter.janssens@example.net")),
        ("Subject", "RE: Second interview Bluecoast Storage"),
        ("Date", date(inner_when, BXL)),
        ("Message-ID", "<DB9PR02MB7244C1A0E5F74D8B9A3C2D1E0F9A@DB9PR02MB7244.eurprd02.prod.outlook.com>"),
        ("Thread-Topic", "Second interview Bluecoast Storage"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = t("""
        fwd to private so I have it on my phone

        P.
    """)
    headers = inbound("mail-am7eur03on2098.outbound.protection.outlook.com (mail-am7eur03on2098.outbound.protection.outlook.com [40.107.105.98])", when, BXL) + [
        ("From", addr("Pieter Janssens", "pieter.janssens@example.net")),
        ("To", ME),
        ("Subject", "FW: Second interview Bluecoast Storage"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<AS8PR07MB7702B0C1D2E3F4A5B6C7D8E9F0A1@AS8PR07MB7702.eurprd07.prod.outlook.com>"),
    ]
    return message(headers, mixed(text(outer, cte="7bit"), attached_message(inner, "RE Second interview Bluecoast Storage.eml")))


# ------------------------------------------------------------------------------- key 16
@mail(n(16), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-12-10T13:30:00Z", end=None,
      local="Thu 2026-12-10 14:30", zone=BXL,
      contact="siobhan.kelly@northgate-energy.eu", company="Northgate Energy Analytics",
      note="Hiring manager's short reply on a quoted thread, sent Fri 4 Dec: 'Thursday the 10th at half past two' = Thu 10 Dec 14:30 CET = 13:30Z; 'should take about an hour' -> end null; windows-1252 QP, RFC 2047 From name; contact = human sender")
def k16():
    when = "2026-12-04 10:20:37"
    body = t("""
        Hi Pieter,

        Perfect, Thursday the 10th at half past two it is. I've booked a room on the 6th floor,
        just ask for me at reception (Rue Belliard 40, Brussels). It should take about an hour -
        mostly me and Arnaud asking about your forecasting pipeline, no live coding, promise.

        Slán,
        Siobhán

        Siobhán Kelly
        Head of Data Science | Northgate Energy Analytics

        On Thu, 3 Dec 2026 at 21:12, Pieter Janssens <pieter.janssens@example.org> wrote:
        > Hi Siobhán,
        >
        > Thanks! Thursday 10/12 works best for me, any time after 14h.
        >
        > Best,
        > Pieter
        >
        > On Thu, 3 Dec 2026 at 09:40, Siobhán Kelly <siobhan.kelly@northgate-energy.eu> wrote:
        >> Hi Pieter, great talking to you on Monday. Could you come in next week, Wednesday
        >> or Thursday afternoon, to meet Arnaud and me in person?
    """)
    headers = inbound("mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])", when, BXL) + [
        ("From", addr("Siobhán Kelly", "siobhan.kelly@northgate-energy.eu", charset="windows-1252")),
        ("To", ME),
        ("Subject", "Re: Next step"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAH8pLqNx3vY1kR7sZ0@mail.gmail.com>"),
        ("In-Reply-To", "<CAJx9r4Lp2mT8@mail.example.org>"),
        ("References", "<CAK2dE7wQ1sP@mail.gmail.com> <CAJx9r4Lp2mT8@mail.example.org>"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


# ------------------------------------------------------------------------------- key 17
@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-11-05T15:00:00Z", end="2026-11-05T16:00:00Z",
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 16:00", zone="Europe/London",
      contact="priya.shah@carbonforge.co.uk", company="Carbonforge",
      note="GoodTime reschedule from a London team, sent Fri 30 Oct (UK on GMT since 25 Oct): old Tue 3 Nov 3:00 PM GMT, new Thu 5 Nov 3:00-4:00 PM GMT = 15:00-16:00Z (16:00 in Leuven); ICS in UTC, SEQUENCE 1; contact = human Reply-To coordinator")
def k17():
    when = "2026-10-30 17:26:45"
    zone = "Europe/London"
    plain = t("""
        Hi Pieter,

        Your interview with Carbonforge has been rescheduled.

        PREVIOUS TIME (cancelled)
        Tuesday, November 3, 2026 - 3:00 PM to 4:00 PM GMT

        NEW TIME
        Thursday, November 5, 2026 - 3:00 PM to 4:00 PM GMT
        (4:00 PM to 5:00 PM in Brussels)

        Interview: Systems design - Senior Data Engineer (Remote, Europe)
        Interviewers: Tomasz Nowak, Principal Engineer; Ellie Hargreaves, Engineering Manager
        Video: https://carbonforge.zoom.us/j/81290031474

        An updated calendar invitation is attached. If the new time does not work, please
        reply to this email and your coordinator, Priya Shah, will help.

        Carbonforge Talent Team

        Scheduled with GoodTime
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7d4e2c91-carbonforge-sd@goodtime.io
SEQUENCE:1
DTSTAMP:20261030T172645Z
DTSTART:20261105T150000Z
DTEND:20261105T160000Z
SUMMARY:Carbonforge Interview: Systems design (Pieter Janssens)
LOCATION:https://carbonforge.zoom.us/j/81290031474
ORGANIZER;CN=Priya Shah:mailto:priya.shah@carbonforge.co.uk
ATTENDEE;CN=Pieter Janssens;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{PJ}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = inbound("mail-149-72-167-80.sendgrid.net (mail-149-72-167-80.sendgrid.net [149.72.167.80])", when, zone) + [
        ("From", addr("Carbonforge Talent Team", "notifications@goodtime.io")),
        ("Reply-To", addr("Priya Shah", "priya.shah@carbonforge.co.uk")),
        ("To", ME),
        ("Subject", "Rescheduled: Your interview with Carbonforge"),
        ("Date", date(when, zone)),
        ("Message-ID", "<gt.resched.7d4e2c91.1793467605@goodtime.io>"),
    ]
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment"))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 18
@mail(n(18), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-12-01T09:00:00Z", end="2026-12-01T10:00:00Z",
      local="Tue 2026-12-01 10:00", local_end="2026-12-01 11:00", zone=BXL,
      contact="dries.goossens@scaldis-polymers.be", company="Scaldis Polymers",
      note="Outlook meeting update from the hiring manager (sent Wed 25 Nov): moved from Mon 30 Nov 14:00 to 'Tuesday, 1 December 2026 10:00-11:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris' = 09:00-10:00Z; ICS TZID Romance Standard Time, SEQUENCE 1; contact = human sender / ORGANIZER")
def k18():
    when = "2026-11-25 15:38:12"
    plain = t("""
        When: Tuesday, 1 December 2026 10:00-11:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
        Where: Microsoft Teams Meeting

        Hi Pieter,

        Apologies - I have to be in Zwijndrecht for an audit on Monday afternoon, so I moved our
        interview from Monday 30/11 at 14:00 to Tuesday morning 10:00. Same Teams link. Hope that
        works for you, otherwise just tell me.

        Kind regards,
        Dries

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0MzU2Y2It%40thread.v2/0>
        Meeting ID: 374 118 902 551
        Passcode: Qm4Ry7
        ________________________________________________________________________________
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Dries Goossens:mailto:dries.goossens@scaldis-polymers.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter Janssens:mailto:{PJ}
DESCRIPTION;LANGUAGE=en-US:Hi Pieter\\,\\n\\nApologies - I have to be in Zwijndrecht for an audit on Monday afternoon\\, so I moved our interview from Monday 30/11 at 14:00 to Tuesday morning 10:00.\\n
UID:040000008200E00074C5B7101A82E0080000000080C4A2E1D35DDB01000000000000000010000000B7A61C3D9E8F4A12
SUMMARY;LANGUAGE=en-US:Interview Pieter Janssens - Data Engineer Production Analytics
DTSTART;TZID=Romance Standard Time:20261201T100000
DTEND;TZID=Romance Standard Time:20261201T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T143812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2117836402
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0MzU2Y2It%40thread.v2/0
END:VEVENT
END:VCALENDAR"""
    headers = inbound("EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2110.outbound.protection.outlook.com [40.107.241.110])", when, BXL) + [
        ("From", addr("Dries Goossens", "dries.goossens@scaldis-polymers.be")),
        ("To", ME),
        ("Subject", "Updated: Interview Pieter Janssens - Data Engineer Production Analytics"),
        ("Thread-Topic", "Interview Pieter Janssens - Data Engineer Production Analytics"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<VI1PR02MB5982D3E1A47B4C0F8E9D0A1B2C3D@VI1PR02MB5982.eurprd02.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 19
@mail(n(19), family="taleo", lang="en", interview=True, kind="rescheduled",
      start="2026-12-09T13:00:00Z", end=None,
      local="Wed 2026-12-09 14:00", zone=BXL,
      contact="julie.martin@solvane.com", company="Solvane Group",
      note="Taleo HTML-only (windows-1252 QP) reschedule sent Wed 2 Dec: old 'Dec 7, 2026 10:00 AM', new 'Dec 9, 2026 2:00 PM CET' = 13:00Z; no length -> end null; From is Taleo no-reply, contact = recruiter in the body")
def k19():
    when = "2026-12-02 09:14:58"
    rich = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Tahoma,Arial;font-size:12px">
        <p><img src="https://solvane.taleo.net/careersection/theme/4121/1584012345678/en/theme/images/logo.png" alt="Solvane Group"></p>
        <p>Dear Pieter Janssens,</p>
        <p>Please note that your interview for the position <b>Data Engineer – Digital Manufacturing (Job Number 2600412)</b>
        has been rescheduled at the request of the hiring team.</p>
        <p><s>Previous date: Dec 7, 2026 10:00 AM CET</s><br>
        <b>New date: Dec 9, 2026 2:00 PM CET</b><br>
        Location: Solvane Group – Neder-Over-Heembeek site, Rue de Ransbeek 310, 1120 Brussels, building N4<br>
        Contact: Julie Martin, Recruiter – <a href="mailto:julie.martin@solvane.com">julie.martin@solvane.com</a></p>
        <p>We apologise for any inconvenience. Please confirm your attendance by replying to Julie directly.</p>
        <p>Best regards,<br>Solvane Group – Talent Acquisition</p>
        <p style="font-size:10px;color:#808080">This is an automated message, please do not reply. © 2026 Solvane Group. All rights reserved.</p>
        </td></tr></table></body></html>
    """)
    headers = inbound("smtp2.taleo.net (smtp2.taleo.net [160.34.11.21])", when, BXL) + [
        ("From", addr("Solvane Group", "no-reply@taleo.net")),
        ("To", PJ),
        ("Subject", "Interview rescheduled - Data Engineer - Digital Manufacturing (2600412)"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<1467192034.2198.1796198098123.JavaMail.taleo@tee2.taleo.net>"),
    ]
    return message(headers, html(rich, charset="windows-1252"))


# ------------------------------------------------------------------------------- key 20
@mail(n(20), family="human_prose", lang="fr", interview=True, kind="rescheduled",
      start="2026-09-17T07:30:00Z", end=None,
      local="Thu 2026-09-17 09:30", zone=BXL,
      contact="n.lejeune@sonergie.be", company="Sonergie",
      note="French prose from a Brussels recruiter, sent Mon 14 Sep: interview moved from 'mardi 15/09 à 14h' to 'jeudi 17/09 à 9h30' as agreed on the phone = 07:30Z (CEST); no length -> end null; windows-1252 QP; contact = human sender")
def k20():
    when = "2026-09-14 11:05:26"
    body = t("""
        Bonjour Pieter,

        Suite à notre appel de ce matin, je vous confirme que votre entretien est déplacé :
        au lieu de mardi 15/09 à 14h, nous vous attendons jeudi 17/09 à 9h30, toujours dans nos
        bureaux (Chaussée de Louvain 431, 1030 Schaerbeek, 2e étage).

        Vous rencontrerez Marc Dewit, notre responsable data, ainsi que moi-même. Merci encore
        pour votre flexibilité et désolée pour ce changement de dernière minute.

        Bien à vous,

        Nathalie Lejeune
        Chargée de recrutement
        Sonergie SRL
        02 555 18 40
    """)
    headers = inbound("mail-out.sonergie.be (mail-out.sonergie.be [91.183.44.17])", when, BXL) + [
        ("From", addr("Nathalie Lejeune", "n.lejeune@sonergie.be")),
        ("To", ME),
        ("Subject", enc("Déplacement de votre entretien – Sonergie", "utf-8")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<000b01dd2a7f$8c3e1a20$a4ba4e60$@sonergie.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "fr-be"),
    ]
    return message(headers, text(body, charset="windows-1252"))


# ------------------------------------------------------------------------------- key 21
@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-10-22T08:00:00Z", end="2026-10-22T09:00:00Z",
      local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=BXL,
      contact="anouk.peeters@scheldt-analytics.be", company="Scheldt Analytics",
      note="Google Calendar cancellation (METHOD:CANCEL) of the second-round slot Thu 22 Oct 10am-11am CEST = 08:00-09:00Z, with the organiser's note that a new invite will follow (no new time given); contact = ORGANIZER")
def k21():
    when = "2026-10-16 08:51:03"
    plain = t(f"""
        This event has been canceled and removed from your calendar.

        Second interview - Pieter Janssens / Scheldt Analytics
        When
        Thursday Oct 22, 2026 10am - 11am (Central European Summer Time - Brussels)

        Organizer
        Anouk Peeters
        anouk.peeters@scheldt-analytics.be

        Guests
        Anouk Peeters - organizer
        Koen Van Damme
        {PJ}

        Anouk Peeters has cancelled this event with a note:
        "Sorry Pieter, Koen is out sick all next week. I'll send you a new invite as soon as
        I know when he's back."

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261022T080000Z
DTEND:20261022T090000Z
DTSTAMP:20261016T065103Z
ORGANIZER;CN=Anouk Peeters:mailto:anouk.peeters@scheldt-analytics.be
UID:2m7k9p1q3r5s8t0v4w6x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={PJ};X-NUM-GUESTS=0:mailto:{PJ}
CREATED:20261009T121530Z
LAST-MODIFIED:20261016T065103Z
LOCATION:Scheldt Analytics\\, Kattendijkdok-Westkaai 21\\, 2000 Antwerpen
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Second interview - Pieter Janssens / Scheldt Analytics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    headers = inbound("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, BXL) + [
        ("From", addr("Anouk Peeters", "anouk.peeters@scheldt-analytics.be")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", PJ),
        ("Subject", f"Canceled event with note: Second interview - Pieter Janssens / Scheldt Analytics @ Thu Oct 22, 2026 10am - 11am (CEST) ({PJ})"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<calendar-9e1d4b7a-2c3f-4a5b-8d6e-7f8091a2b3c4@google.com>"),
    ]
    body = mixed(alt(text(plain, cte="7bit"), html(gmail_html(plain)), calendar(ics, method="CANCEL")),
                 calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 22
@mail(n(22), family="human_prose", lang="fr", interview=True, kind="cancelled",
      start="2026-10-19T08:00:00Z", end=None,
      local="Mon 2026-10-19 10:00", zone=BXL,
      contact="camille.dubois@brabant-reseaux.be", company="Brabant Réseaux",
      note="French prose cancellation (sent Tue 13 Oct) of the second interview 'lundi 19 octobre à 10h' = 08:00Z (CEST): the position is frozen, no new time; reads like a rejection but cancels a fixed slot -> cancelled; contact = human sender")
def k22():
    when = "2026-10-13 17:32:50"
    body = t("""
        Bonjour Pieter,

        Je suis au regret de devoir annuler notre second entretien prévu le lundi 19 octobre à 10h
        avec Olivier Lambert et notre directrice technique.

        La direction vient de décider de geler le recrutement pour ce poste jusqu'à la clôture du
        budget 2027. Ce n'est en rien lié à votre candidature : les retours de votre premier
        entretien étaient très positifs. Je reviendrai vers vous dès que le poste sera rouvert,
        probablement en janvier.

        Encore toutes mes excuses,

        Camille Dubois
        Talent Acquisition - Brabant Réseaux
        Avenue des Arts 56, 1000 Bruxelles
    """)
    headers = inbound("mail-be1.brabant-reseaux.be (mail-be1.brabant-reseaux.be [193.191.12.40])", when, BXL) + [
        ("From", addr("Camille Dubois", "camille.dubois@brabant-reseaux.be")),
        ("To", ME),
        ("Subject", enc("Annulation de notre entretien du lundi 19 octobre")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<PR3P195MB0844A1B2C3D4E5F6@PR3P195MB0844.EURP195.PROD.OUTLOOK.COM>"),
        ("Content-Language", "fr-FR"),
    ]
    return message(headers, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


# ------------------------------------------------------------------------------- key 23
@mail(n(23), family="exchange_teams", lang="en", interview=True, kind="cancelled",
      start="2026-12-07T12:30:00Z", end="2026-12-07T13:30:00Z",
      local="Mon 2026-12-07 13:30", local_end="2026-12-07 14:30", zone=AMS,
      contact="ruben.vandijk@helixgrid.nl", company="Helixgrid",
      note="Outlook/Teams cancellation (METHOD:CANCEL, TZID W. Europe Standard Time) of the final interview Mon 7 Dec 13:30-14:30 CET = 12:30-13:30Z, sent Wed 2 Dec; the final round moves to January with no new time; contact = human sender / ORGANIZER")
def k23():
    when = "2026-12-02 11:07:29"
    plain = t("""
        When: Monday, 7 December 2026 13:30-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        Hi Pieter,

        I'm sorry, I have to cancel Monday's final interview. Our CTO is travelling more than
        planned this month and we'd rather do the final round with him in the room, so we're
        moving it to January. I'll come back to you with new dates in the week of the 14th.

        Groeten,
        Ruben
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Ruben van Dijk:mailto:ruben.vandijk@helixgrid.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter Janssens:mailto:{PJ}
UID:040000008200E00074C5B7101A82E00800000000D0F1A3B5C7E9DB01000000000000000010000000AB12CD34EF56AB78
SUMMARY;LANGUAGE=en-US:Canceled: Final interview Helixgrid - Pieter Janssens
DTSTART;TZID=W. Europe Standard Time:20261207T133000
DTEND;TZID=W. Europe Standard Time:20261207T143000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261202T100729Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    headers = inbound("EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2100.outbound.protection.outlook.com [40.107.6.100])", when, AMS) + [
        ("From", addr("Ruben van Dijk", "ruben.vandijk@helixgrid.nl")),
        ("To", ME),
        ("Subject", "Canceled: Final interview Helixgrid - Pieter Janssens"),
        ("Thread-Topic", "Final interview Helixgrid - Pieter Janssens"),
        ("Importance", "high"),
        ("Date", date(when, AMS)),
        ("Message-ID", "<AM0PR10MB3364E7F8A9B0C1D2E3F4A5B6C7D8@AM0PR10MB3364.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ]
    body = alt(text(plain), html(gmail_html(plain)), calendar(ics, method="CANCEL", cte="base64"))
    return message(headers, body)


# =============================================================================== negatives


# ------------------------------------------------------------------------------- key 24
@mail(n(24), family="rejection", lang="en", interview=False, company="Kempenlab",
      note="Recruitee rejection after an interview that took place on Wednesday 18 November; past tense, nothing scheduled",
      days=(("Wed", "2026-11-18"),))
def k24():
    when = "2026-11-26 14:02:11"
    plain = t("""
        Dear Pieter,

        Thank you for your time and the pleasant conversation during your interview on
        Wednesday 18 November for the position of Data Engineer (Battery Modelling).

        After careful consideration we have decided to continue with another candidate whose
        experience with embedded test rigs is closer to what the team needs right now. This
        was a close call, and the team was impressed by your work on cycling-data pipelines.

        With your permission we would like to keep your profile in our talent pool for 12 months.
        You can withdraw this consent at any time via your candidate page.

        We wish you every success in your search.

        Kind regards,
        Floor Hendriks
        Recruiter, Kempenlab
    """)
    headers = inbound("mail-eu1.recruitee.com (mail-eu1.recruitee.com [35.157.41.22])", when, AMS) + [
        ("From", addr("Floor Hendriks - Kempenlab", "no-reply@recruitee.com")),
        ("Reply-To", "kempenlab+c-88172-5f1e@inbound.recruitee.com"),
        ("To", ME),
        ("Subject", "Your application for Data Engineer (Battery Modelling) at Kempenlab"),
        ("Date", date(when, AMS)),
        ("Message-ID", "<rt-6c2a91f0e3b4@recruitee.com>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


# ------------------------------------------------------------------------------- key 25
@mail(n(25), family="offer", lang="en", interview=False, company="Dijle Data",
      note="Job offer from Dijle Data after the interviews (past); proposes a phone call 'tomorrow around 16h' to walk through the offer and a signing deadline - an offer call, not an interview",
      days=(("Fri", "2026-11-20"), ("Fri", "2026-11-27"), ("Fri", "2026-12-18")))
def k25():
    when = "2026-12-08 11:36:20"
    body = t("""
        Hi Pieter,

        I'm very happy to tell you that we'd like you to join Dijle Data as Senior Data Engineer!
        Everyone you met on Friday 20/11 and Friday 27/11 was enthusiastic, and the case you did
        for Lien was the best we've seen this year.

        You'll find the offer letter attached (PDF). In short:
          - start date: 1 February 2027 (or earlier if your notice allows)
          - gross monthly salary EUR 5.450, 13th month, double holiday pay
          - company bike or car, hospitalisation insurance, 4/5 possible after probation
          - hybrid: 2 days a week in the office in Leuven

        I'll give you a call tomorrow around 16h to walk you through it and answer questions.
        We'd love to have your answer by Friday 18/12.

        Cheers,
        Tom

        Tom Claessens
        Co-founder & CTO | Dijle Data
        Vaartkom 31, 3000 Leuven
    """)
    headers = inbound("mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", when, BXL) + [
        ("From", addr("Tom Claessens", "tom@dijledata.be")),
        ("To", ME),
        ("Subject", "Offer - Senior Data Engineer at Dijle Data"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAF4zQ1mRkT9wE2yV@mail.gmail.com>"),
    ]
    pdf = text("%PDF-1.4 (offer letter placeholder)\n", charset="us-ascii", cte="base64",
               extra=(("Content-Disposition", 'attachment; filename="Offer_Pieter_Janssens.pdf"'),))
    pdf.headers[0] = ("Content-Type", 'application/pdf; name="Offer_Pieter_Janssens.pdf"')
    return message(headers, mixed(alt(text(body), html(gmail_html(body))), pdf))


# ------------------------------------------------------------------------------- key 26
@mail(n(26), family="application_ack", lang="en", interview=False, company="Leie Thermal",
      note="Personio application receipt; 'we will invite you for a first interview' is conditional, nothing fixed")
def k26():
    when = "2026-09-07 20:14:37"
    plain = t("""
        Dear Pieter Janssens,

        Thank you for your application as Data Engineer (Heat Networks) at Leie Thermal.

        We have received your documents and will review them carefully. If your profile matches
        what we are looking for, we will invite you for a first interview within the next two
        weeks. Either way you will hear from us.

        Kind regards,
        Your recruiting team at Leie Thermal

        Leie Thermal BV | Ottergemsesteenweg-Zuid 808, 9000 Gent
        Information on data protection: https://leie-thermal.jobs.personio.de/privacy-policy
    """)
    headers = inbound("mail-out-04.personio.de (mail-out-04.personio.de [3.123.84.14])", when, BXL) + [
        ("From", addr("Leie Thermal", "no-reply@jobs.personio.de")),
        ("To", PJ),
        ("Subject", "Your application at Leie Thermal"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<4e7a1b9c2d3f.personio.application.received@jobs.personio.de>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(plain, cte="base64"))


# ------------------------------------------------------------------------------- key 27
@mail(n(27), family="job_alert", lang="en", interview=False, company=None,
      note="JOIN job alert; badges 'Interviews this week' and a hiring-event date are listings, not a confirmation",
      days=(("Thu", "2026-10-22"),))
def k27():
    when = "2026-10-19 07:00:12"
    rich = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f6f7fb">
        <table width="600" align="center" style="background:#fff;padding:20px">
        <tr><td><h2 style="color:#2e2a8c">5 new jobs for "Data Engineer" near Leuven</h2></td></tr>
        <tr><td style="padding:10px 0;border-bottom:1px solid #eee">
        <b><a href="https://join.com/companies/voltwerk/1183392-data-engineer">Data Engineer (m/f/d)</a></b><br>
        Voltwerk GmbH - Aachen / Remote - <span style="background:#e6f7ee;color:#127a45">Interviews this week</span></td></tr>
        <tr><td style="padding:10px 0;border-bottom:1px solid #eee">
        <b><a href="https://join.com/companies/brightcell/1184007-analytics-engineer">Analytics Engineer</a></b><br>
        Brightcell - Mechelen - Posted 2 days ago</td></tr>
        <tr><td style="padding:10px 0;border-bottom:1px solid #eee">
        <b><a href="https://join.com/companies/fluxon/1184110-ml-engineer">ML Engineer, Energy Forecasting</a></b><br>
        Fluxon - Brussels - Hiring event Thursday 22 October, 18:00 - meet the team</td></tr>
        <tr><td style="padding:10px 0;border-bottom:1px solid #eee">
        <b><a href="https://join.com/companies/datapark/1184222-data-engineer">Data Engineer</a></b><br>
        Datapark - Antwerp - Quick apply</td></tr>
        <tr><td style="padding:10px 0">
        <b><a href="https://join.com/companies/gridly/1184301-senior-data-engineer">Senior Data Engineer</a></b><br>
        Gridly - Remote (EU) - Easy apply, 1-step interview</td></tr>
        <tr><td style="font-size:11px;color:#999;padding-top:16px">You receive this email because you created a job alert on JOIN.
        <a href="https://join.com/alerts/unsubscribe?t=8a1f">Unsubscribe</a></td></tr>
        </table></body></html>
    """)
    headers = inbound("o1.mail.join.com (o1.mail.join.com [168.245.12.88])", when, BXL) + [
        ("From", addr("JOIN", "alerts@join.com")),
        ("To", PJ),
        ("Subject", '5 new jobs for "Data Engineer" near Leuven'),
        ("Date", date(when, BXL)),
        ("Message-ID", "<alert.20261019.8a1f3c@join.com>"),
        ("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=8a1f>, <mailto:unsubscribe@join.com?subject=8a1f>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, html(rich))


# ------------------------------------------------------------------------------- key 28
@mail(n(28), family="newsletter_blog", lang="en", interview=False, company=None,
      note="Substack newsletter post about system-design interviews; its 'live mock interview' stream on Thursday 5 November 18:00 CET is a webinar, not the reader's interview",
      days=(("Thu", "2026-11-05"),))
def k28():
    when = "2026-11-01 08:30:00"
    body = t("""
        THE PIPELINE - a newsletter about data engineering careers
        Issue #112: How I prepare for a system-design interview

        Last month I sat on both sides of eleven system-design interviews. Here is what separated
        the "strong hire" packets from the rest:

        1. Start from the data, not from the boxes. Ask how much, how fast, how late.
        2. Say the trade-off out loud. "I'd batch this hourly because..." beats a perfect diagram.
        3. Leave ten minutes for failure modes. Interviewers remember the backfill story.
        4. Confirm the interview time in writing - time zones have eaten more candidates than Kafka.

        LIVE: I'm running a mock interview on stream on Thursday 5 November at 18:00 CET with
        a volunteer from the community. Paid subscribers get the recording.

        See you next Sunday,
        Lukas

        You're receiving this because you subscribed to The Pipeline.
        Unsubscribe: https://thepipeline.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo
    """)
    headers = inbound("mail-yw1-f200.substack.com (mail-yw1-f200.substack.com [205.201.132.200])", when, BXL) + [
        ("From", addr("The Pipeline", "thepipeline@substack.com")),
        ("To", PJ),
        ("Subject", "How I prepare for a system-design interview"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<20261101073000.3.a91f2e7c4b@substack.com>"),
        ("List-Unsubscribe", "<https://thepipeline.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo>"),
        ("List-Id", "<thepipeline.substack.com>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------------------- key 29
@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Ampwise",
      note="Greenhouse availability request for the second round (thread with the 15 Sep interview): candidate asked to submit availability, no time fixed")
def k29():
    when = "2026-09-18 10:41:55"
    plain = t("""
        Hi Pieter,

        Great news - the team would like to invite you to the second round for the Data Engineer -
        Trading Analytics role: a 2-hour on-site with a pairing exercise and a chat with our CTO.

        Please let us know when you're available over the next two weeks by selecting all the
        time slots that work for you here:

        https://app.greenhouse.io/availability/7c1e9a2f4b3d/submit

        Once we've matched your availability with the panel, you'll receive a confirmation with
        the exact time.

        Best,
        Lotte Verhaegen
        Talent Partner | Ampwise
    """)
    headers = inbound("mail-0a.greenhouse.io (mail-0a.greenhouse.io [198.2.180.71])", when, BXL) + [
        ("From", addr("Lotte Verhaegen", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Lotte Verhaegen", "lotte.verhaegen@ampwise.eu")),
        ("To", ME),
        ("Subject", "Ampwise - please share your availability for the next round"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<6a9d3f2b.81724410.avail.gh@greenhouse.io>"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain))))


# ------------------------------------------------------------------------------- key 30
@mail(n(30), family="recruiter_outreach", lang="en", interview=False, company="Nexa Search",
      note="Agency outreach with a Calendly link to book a call; no time fixed")
def k30():
    when = "2026-09-29 13:12:40"
    body = t("""
        Hi Pieter,

        I came across your profile and your talk at the Battery Data meetup in Ghent - really
        interesting stuff on anomaly detection in cycling data.

        I'm working with a Series B company in Antwerp building software for industrial battery
        storage. They're hiring a Lead Data Engineer (hybrid, 2 days on site, EUR 85-100k + equity)
        and I think your background is a near-perfect match.

        Would you be open to a quick 20-minute call next week? You can grab a slot that suits you
        here: https://calendly.com/noor-bakker-nexa/20min

        Best,
        Noor Bakker
        Senior Consultant, Data & AI | Nexa Search
        +32 3 555 71 20
    """)
    headers = inbound("mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])", when, BXL) + [
        ("From", addr("Noor Bakker", "noor.bakker@nexasearch.eu")),
        ("To", PJ),
        ("Subject", "Lead Data Engineer - battery storage scale-up (Antwerp)"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAM7nR2bXk4pQ9@mail.gmail.com>"),
    ]
    return message(headers, text(body, cte="7bit"))


# ------------------------------------------------------------------------------- key 31
@mail(n(31), family="proposal_unconfirmed", lang="en", interview=False, company="Bluecoast Storage",
      note="Recruiter proposes two slots for a second interview ('Tuesday 1/12 at 10h or Thursday 3/12 at 14h - would one of those work?'); not confirmed yet (the confirmation comes later in the forwarded mail)",
      days=(("Tue", "2026-12-01"), ("Thu", "2026-12-03")))
def k31():
    when = "2026-11-24 15:20:09"
    body = t("""
        Dear Pieter,

        Thank you for the first interview last week, the team would like to see you again for a
        second conversation with our CTO, Filip Goethals.

        Would Tuesday 1/12 at 10h or Thursday 3/12 at 14h work for you? It would be at our office
        in Ghent and take about 1,5 hours.

        Let me know which one suits you best and I'll send a confirmation.

        Kind regards,

        Charlotte Verstraete
        HR & Talent | Bluecoast Storage
        +32 9 555 42 10
    """)
    headers = inbound("mail-am7eur03on2098.outbound.protection.outlook.com (mail-am7eur03on2098.outbound.protection.outlook.com [40.107.105.98])", when, BXL) + [
        ("From", addr("Charlotte Verstraete", "charlotte.verstraete@bluecoast-storage.be")),
        ("To", addr("Pieter Janssens", "pieter.janssens@example.net")),
        ("Cc", ME),
        ("Subject", "Second interview Bluecoast Storage"),
        ("Thread-Topic", "Second interview Bluecoast Storage"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<DB9PR02MB7244A9B8C7D6E5F4A3B2C1D0E9F8@DB9PR02MB7244.eurprd02.prod.outlook.com>"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


# ------------------------------------------------------------------------------- key 32
@mail(n(32), family="job_centre", lang="en", interview=False, company=None,
      note="Public job-centre appointment ('intake conversation with your career counsellor', Tuesday 6 October 10:30) with a fixed time; not a job interview",
      days=(("Tue", "2026-10-06"),))
def k32():
    when = "2026-09-28 09:00:04"
    plain = t("""
        Werkpunt Leuven - Career guidance

        Dear Mr Janssens,

        Your appointment is confirmed.

        What: Intake conversation with your career counsellor (career guidance track)
        When: Tuesday 6 October 2026 at 10:30
        Where: Werkpunt Leuven, Vital Decosterstraat 44, 3000 Leuven, desk 3
        Counsellor: Inge Wouters

        Please bring your identity card and, if you have one, your most recent CV. The conversation
        takes about 45 minutes. Can't make it? Change your appointment online at least 24 hours
        before via your personal page.

        Kind regards,
        Werkpunt Leuven

        This is an automatic message. Replies to this address are not read.
    """)
    headers = inbound("smtp-out.werkpunt-leuven.example.net (smtp-out.werkpunt-leuven.example.net [193.190.8.12])", when, BXL) + [
        ("From", addr("Werkpunt Leuven", "noreply@werkpunt-leuven.example.net")),
        ("To", PJ),
        ("Subject", "Appointment confirmed: intake conversation career guidance - Tue 6 October 10:30"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<appt.3301928.20260928090004@werkpunt-leuven.example.net>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(plain, charset="iso-8859-1"))


# ------------------------------------------------------------------------------- key 33
@mail(n(33), family="press_interview", lang="fr", interview=False, company=None,
      note="A journalist (Namur trade magazine, French) confirms a press interview with Pieter about his battery research, 'mercredi 21 octobre à 14h'; a fixed time, but he is the interviewee of a reporter, not a job candidate",
      days=(("Wed", "2026-10-21"),))
def k33():
    when = "2026-10-15 18:22:41"
    body = t("""
        Bonjour Monsieur Janssens,

        Merci d'avoir accepté notre demande ! Je vous confirme donc notre interview le mercredi
        21 octobre à 14h, dans vos locaux à Heverlee. Comptez environ une heure ; notre
        photographe, Julien, passera vers 14h45 pour quelques photos près du banc d'essai.

        Comme convenu, l'article portera sur le vieillissement des cellules LFP et sur la manière
        dont vous exploitez les données de cyclage. Je vous enverrai le texte pour relecture avant
        publication (numéro de décembre).

        Bien cordialement,

        Aurélie Dupuis
        Journaliste - Énergie & Industrie
        Rue de Fer 12, 5000 Namur
        081 55 42 90
    """)
    headers = inbound("smtp.energie-industrie.be (smtp.energie-industrie.be [185.115.216.9])", when, BXL) + [
        ("From", addr("Aurélie Dupuis", "a.dupuis@energie-industrie.be", charset="iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Interview Énergie & Industrie – confirmation", "utf-8")),
        ("Date", date(when, BXL)),
        ("Message-ID", "<5F2A9C1E.7040308@energie-industrie.be>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
        ("Content-Language", "fr"),
    ]
    return message(headers, text(body, charset="iso-8859-1", params="format=flowed"))


# ------------------------------------------------------------------------------- key 34
@mail(n(34), family="podcast", lang="en", interview=False, company=None,
      note="Podcast recording confirmed for Thursday 19 November 17:00 CET with an ICS; Pieter is the guest of a podcast, not a job candidate",
      days=(("Thu", "2026-11-19"),))
def k34():
    when = "2026-11-12 09:45:30"
    plain = t("""
        Hi Pieter,

        Super excited to have you on Charged Up! Locking it in:

        Recording: Thursday 19 November, 17:00-18:00 CET
        Studio link (Riverside): https://riverside.fm/studio/charged-up-ep-87
        Episode working title: "What 40 million charge cycles taught us"

        A few practical things: wired headphones, a quiet room, and Chrome please. We'll do
        5 minutes of sound check first, then just talk - it's a conversation, not an interview
        in the scary sense :) I've attached a calendar invite.

        Cheers,
        Maya

        Maya Lindqvist
        Host, Charged Up - conversations about batteries and the people behind them
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Stockholm"]}
BEGIN:VEVENT
UID:8C1A7E2F-4D3B-4A5C-9E6F-CHARGEDUP87
DTSTAMP:20261112T084530Z
DTSTART;TZID=Europe/Stockholm:20261119T170000
DTEND;TZID=Europe/Stockholm:20261119T180000
SUMMARY:Charged Up podcast recording - Pieter Janssens
LOCATION:https://riverside.fm/studio/charged-up-ep-87
ORGANIZER;CN=Maya Lindqvist:mailto:maya@chargedup.fm
ATTENDEE;CN=Pieter Janssens;RSVP=TRUE:mailto:{PJ}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    headers = inbound("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", when, "Europe/Stockholm") + [
        ("From", addr("Maya Lindqvist", "maya@chargedup.fm")),
        ("To", ME),
        ("Subject", "Charged Up recording - confirmed for Thu 19 Nov"),
        ("Date", date(when, "Europe/Stockholm")),
        ("Message-ID", "<9E41C2B7-1F3A-4D6E-8B2C-7A5D0E9F1C34@chargedup.fm>"),
        ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    ]
    body = mixed(text(plain), calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment"))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 35
@mail(n(35), family="admission_interview", lang="en", interview=False, company=None,
      note="Business-school admission interview for a part-time master, Saturday 14 November 10:00 with an ICS; a confirmed 'interview', but for a study programme, not a job",
      days=(("Sat", "2026-11-14"),))
def k35():
    when = "2026-11-05 12:00:17"
    plain = t("""
        Dear Pieter,

        Thank you for your application to the Part-time Master in Business Analytics (intake
        February 2027). We are pleased to invite you to the next step of the selection procedure.

        Your admission interview has been scheduled:

        Date: Saturday 14 November 2026
        Time: 10:00 - 10:30
        Location: Brabant Business School, Naamsestraat 69, 3000 Leuven, room B.02
        Panel: Prof. Hilde Vandenbroucke (Academic Director) and an alumnus of the programme

        The interview is an opportunity for us to get to know your motivation and for you to ask
        questions about the programme. No preparation is required.

        Kind regards,
        Admissions Office
        Brabant Business School
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brabant Business School//Admissions//EN
METHOD:PUBLISH
{VTZ_BRU}
BEGIN:VEVENT
UID:adm-2027-ptmba-4471@brabantbs.example.com
DTSTAMP:20261105T110017Z
DTSTART;TZID=Europe/Brussels:20261114T100000
DTEND;TZID=Europe/Brussels:20261114T103000
SUMMARY:Admission interview - Part-time Master in Business Analytics
LOCATION:Brabant Business School\\, Naamsestraat 69\\, 3000 Leuven\\, room B.02
END:VEVENT
END:VCALENDAR"""
    headers = inbound("mail.brabantbs.example.com (mail.brabantbs.example.com [192.0.2.44])", when, BXL) + [
        ("From", addr("BBS Admissions", "admissions@brabantbs.example.com")),
        ("To", ME),
        ("Subject", "Your admission interview - Part-time Master in Business Analytics"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<adm.4471.20261105@brabantbs.example.com>"),
    ]
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="PUBLISH", filename="admission-interview.ics", disposition="attachment"))
    return message(headers, body)


# ------------------------------------------------------------------------------- key 36
@mail(n(36), family="sports_tryout", lang="en", interview=False, company=None,
      note="Volleyball club trainer confirms a try-out training 'Wednesday 9/9 at 20u30'; fixed time, sports club, not a job",
      days=(("Wed", "2026-09-09"),))
def k36():
    when = "2026-09-03 22:10:05"
    body = t("""
        Hey Pieter,

        Nice that you want to join! You can come to the try-out training for the men's 2nd team
        on wednesday 9/9 at 20u30 in sporthal De Bron (Heverlee). Be there 15 min earlier to
        change. Bring indoor shoes and something to drink, the rest we have.

        If it clicks we'll talk about the membership afterwards at the bar ;)

        Sportieve groeten,
        Kris
        trainer heren 2 - VC Dijlevallei
    """)
    headers = inbound("mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])", when, BXL) + [
        ("From", addr("Kris Vandeputte", "kris.vandeputte77@example.com")),
        ("To", PJ),
        ("Subject", "Re: try-out heren 2"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAE3tK9pLr0vW@mail.gmail.com>"),
        ("In-Reply-To", "<CAJx2v8Rk1@mail.example.org>"),
    ]
    return message(headers, text(body, cte="8bit"))


# ------------------------------------------------------------------------------- key 37
@mail(n(37), family="car_service", lang="en", interview=False, company=None,
      note="Garage booking confirmation with a fixed time (Friday 16 October 08:00); not an interview",
      days=(("Fri", "2026-10-16"),))
def k37():
    when = "2026-10-12 16:31:44"
    rich = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><b>Garage Dewinter - Heverlee</b></p>
        <p>Dear Mr Janssens,</p>
        <p>We confirm your appointment:</p>
        <table cellpadding="3">
        <tr><td>Date</td><td><b>Friday 16 October 2026</b></td></tr>
        <tr><td>Drop-off</td><td><b>08:00</b></td></tr>
        <tr><td>Vehicle</td><td>Skoda Octavia Combi - 1-ABC-234</td></tr>
        <tr><td>Work</td><td>Maintenance 60,000 km + swap to winter tyres</td></tr>
        <tr><td>Estimated ready</td><td>around 16:00</td></tr>
        </table>
        <p>A replacement bike is available on request. Please leave the key in the box at the door
        if you arrive before 07:45.</p>
        <p>Kind regards,<br>Garage Dewinter<br>Naamsesteenweg 390, 3001 Heverlee - 016 55 28 10</p>
        </body></html>
    """)
    headers = inbound("mail.garagedewinter.example.com (mail.garagedewinter.example.com [198.51.100.23])", when, BXL) + [
        ("From", addr("Garage Dewinter", "afspraken@garagedewinter.example.com")),
        ("To", PJ),
        ("Subject", "Appointment confirmation 16/10 - 1-ABC-234"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<planning.88231.1760279504@garagedewinter.example.com>"),
    ]
    return message(headers, html(rich, charset="iso-8859-15"))


# ------------------------------------------------------------------------------- key 38
@mail(n(38), family="daycare_intake", lang="en", interview=False, company=None,
      note="Daycare confirms an intake conversation for Pieter's toddler, Monday 7/9 at 9u; a fixed-time 'intake interview', not a job interview",
      days=(("Mon", "2026-09-07"),))
def k38():
    when = "2026-09-02 13:48:26"
    body = t("""
        Dear Pieter and Eline,

        Welcome at De Speelboom! As agreed on the phone, the intake conversation for Lou is on
        monday 7/9 at 9u, in our house in the Tiensevest. You can bring Lou along, then she can
        already explore the bubble room while we talk.

        We will go through the eating and sleeping rhythm, allergies and the settling-in days.
        Please bring the vaccination card (Kind en Gezin booklet).

        Warm greetings,
        Sabine Geerts
        responsible De Speelboom
    """)
    headers = inbound("mail-wr1-f46.google.com (mail-wr1-f46.google.com [209.85.221.46])", when, BXL) + [
        ("From", addr("Kinderdagverblijf De Speelboom", "despeelboom.leuven@example.com")),
        ("To", f"{ME}, eline.vermeiren@example.com"),
        ("Subject", "Intake Lou - monday 7/9"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAB1sp3eLb0omQ7@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


# ------------------------------------------------------------------------------- key 39
@mail(n(39), family="mock_interview", lang="en", interview=False, company=None,
      note="Career coach's Google Calendar invitation for a paid mock interview, Thursday 1 October 19:00-20:00 CEST; confirmed time, but interview practice, not a job interview",
      days=(("Thu", "2026-10-01"),))
def k39():
    when = "2026-09-25 14:10:38"
    desc = ("Mock interview (behavioural + case) for the Ampwise second round. I play the hiring manager, "
            "then 15 min feedback. Invoice follows after the session. - Ellen")
    plain = t(f"""
        Ellen Claes has invited you to an event

        Mock interview - Pieter Janssens
        When
        Thursday Oct 1, 2026 7pm - 8pm (Central European Summer Time - Brussels)

        Joining info
        Join with Google Meet
        meet.google.com/epk-zvrn-hqa

        Organizer
        Ellen Claes
        ellen@claescoaching.example.com

        {desc}

        Invitation from Google Calendar
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261001T170000Z
DTEND:20261001T180000Z
DTSTAMP:20260925T121038Z
ORGANIZER;CN=Ellen Claes:mailto:ellen@claescoaching.example.com
UID:0m3v8k2p6n1q9r4s7t5u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={PJ};X-NUM-GUESTS=0:mailto:{PJ}
DESCRIPTION:{desc.replace(",", chr(92) + ",")}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview - Pieter Janssens
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    headers = inbound("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, BXL) + [
        ("From", addr("Ellen Claes", "ellen@claescoaching.example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", PJ),
        ("Subject", f"Invitation: Mock interview - Pieter Janssens @ Thu Oct 1, 2026 7pm - 8pm (CEST) ({PJ})"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<calendar-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@google.com>"),
    ]
    return message(headers, alt(text(plain, cte="7bit"), html(gmail_html(plain)), calendar(ics, method="REQUEST")))


# ------------------------------------------------------------------------------- key 40
@mail(n(40), family="forwarded_other_person", lang="en", interview=False, company=None,
      note="Pieter's partner forwards HER OWN interview confirmation (Thursday, December 10, 2026, 1:00 PM - 2:00 PM CET) to ask him to pick up their daughter; a real confirmed interview, but not the inbox owner's",
      days=(("Thu", "2026-12-10"),))
def k40():
    when = "2026-12-05 19:02:51"
    body = t("""
        Hey love,

        Got it!! See below. Can you pick up Lou at De Speelboom on Thursday? I won't make it
        back from Zaventem before 6. Careful, you have your own thing in Brussels that day too.

        x E

        ---------- Forwarded message ---------
        From: Skylane Talent <no-reply@ashbyhq.com>
        Date: Sat, Dec 5, 2026 at 6:40 PM
        Subject: Interview confirmed: Product Owner Ground Operations at Skylane
        To: Eline Vermeiren <eline.vermeiren@example.com>

        Hi Eline,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, December 10, 2026
        1:00 PM - 2:00 PM CET
        Skylane HQ, Brussels Airport, Building 26, 1930 Zaventem

        You'll meet with:
          Jonas Lemmens - Head of Ground Operations
          Sara Benali - Talent Acquisition

        Questions? Just reply and it will reach Sara Benali (sara.benali@skylane.example.com).

        Thanks,
        Skylane Recruiting
    """)
    headers = inbound("mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])", when, BXL) + [
        ("From", addr("Eline Vermeiren", "eline.vermeiren@example.com")),
        ("To", ME),
        ("Subject", "Fwd: Interview confirmed: Product Owner Ground Operations at Skylane"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAN4eV2r8qLm0T@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------------------- key 41
@mail(n(41), family="interviewer_invite", lang="en", interview=False, company=None,
      note="Exchange meeting request from HR at Pieter's current employer asking HIM to sit on an interview panel for an intern candidate (Wed 28 Oct 14:00-15:00, W. Europe Standard Time); he is the interviewer, not the candidate",
      days=(("Wed", "2026-10-28"),))
def k41():
    when = "2026-10-20 10:03:17"
    plain = t("""
        When: Wednesday, 28 October 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Meeting room Volta (building 2, 1st floor)

        Hi Pieter,

        Thanks for agreeing to join the panel. Candidate: Anja Petrovic, applying for the
        6-month internship Research Data Engineering. CV and the scoring grid are attached in
        the HR folder on SharePoint. Please fill in the grid before Friday.

        Panel: Pieter Janssens, Dr. Wim Verlinden, Katleen Smets (HR)

        Thanks!
        Katleen
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Katleen Smets:mailto:katleen.smets@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter Janssens:mailto:pieter.janssens@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wim Verlinden:mailto:wim.verlinden@example.net
UID:040000008200E00074C5B7101A82E00800000000F3A1C5E7B9D1DB01000000000000000010000000CD34EF56AB78CD90
SUMMARY;LANGUAGE=nl-BE:Interview panel - intern candidate Anja Petrovic (Research Data Engineering)
DTSTART;TZID=W. Europe Standard Time:20261028T140000
DTEND;TZID=W. Europe Standard Time:20261028T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T080317Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Meeting room Volta (building 2\\, 1st floor)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", PJ),
        ("X-Forwarded-To", PJ),
        ("X-Forwarded-For", f"pieter.janssens@example.net {PJ}"),
    ] + inbound("mail.example.net (mail.example.net [203.0.113.25])", when, BXL)[1:] + [
        ("From", addr("Katleen Smets", "katleen.smets@example.net")),
        ("To", addr("Pieter Janssens", "pieter.janssens@example.net")),
        ("Cc", addr("Wim Verlinden", "wim.verlinden@example.net")),
        ("Subject", "Interview panel - intern candidate Anja Petrovic (Research Data Engineering)"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<AM9PR08MB6500C2D4E6F8A0B1C3D5E7F9A1B3@AM9PR08MB6500.eurprd08.prod.outlook.com>"),
        ("Content-Language", "nl-BE"),
    ]
    return message(headers, alt(text(plain), html(gmail_html(plain)), calendar(ics, method="REQUEST", cte="base64")))


# ------------------------------------------------------------------------------- key 42
@mail(n(42), family="medical_appointment", lang="en", interview=False, company=None,
      note="GP practice booking system: blood-pressure follow-up Tuesday 20 October 08:40; fixed time, medical, not an interview",
      days=(("Tue", "2026-10-20"),))
def k42():
    when = "2026-10-14 07:12:59"
    plain = t("""
        Group practice De Linde - appointment confirmation

        Dear Pieter Janssens,

        Your appointment has been booked:

          Tuesday 20 October 2026 at 08:40
          Dr. An Mertens - consultation (blood pressure follow-up)
          Group practice De Linde, Kapeldreef 12, 3001 Heverlee

        Please bring the readings from your home monitor of the past two weeks.
        Cancel at least 24 hours in advance via the link in this e-mail or by phone (016 55 20 30);
        appointments not cancelled in time may be charged.

        This message was sent automatically by the practice's booking system.
    """)
    headers = inbound("mailer.praktijkplanner.example.com (mailer.praktijkplanner.example.com [198.51.100.77])", when, BXL) + [
        ("From", addr("Groepspraktijk De Linde", "noreply@praktijkplanner.example.com")),
        ("To", PJ),
        ("Subject", "Appointment confirmation Tue 20/10 08:40 - Dr. Mertens"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<pp-3f81a2c0-77e1@praktijkplanner.example.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(plain, charset="utf-8", cte="base64"))


# ------------------------------------------------------------------------------- key 43
@mail(n(43), family="work_event", lang="en", interview=False, company=None,
      note="Exchange invitation from Pieter's manager at his current job: team day and year-end lunch, Friday 11 December 12:00-17:00 (W. Europe Standard Time); fixed time, not an interview",
      days=(("Fri", "2026-12-11"),))
def k43():
    when = "2026-11-23 13:40:02"
    plain = t("""
        When: Friday, 11 December 2026 12:00-17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Brasserie Het Depot, Martelarenplein, Leuven

        Hi all,

        Save the date for our team day: lunch at 12:00, then a short look back at 2026 (each
        workpackage 5 minutes, no slides please), and drinks afterwards. Partners welcome from 16:00.

        Greetings,
        Wim
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Wim Verlinden:mailto:wim.verlinden@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Battery Data Team:mailto:battery-data-team@example.net
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000EE11DD22CC33BB44
SUMMARY;LANGUAGE=en-US:Team day + year-end lunch
DTSTART;TZID=W. Europe Standard Time:20261211T120000
DTEND;TZID=W. Europe Standard Time:20261211T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T124002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Brasserie Het Depot\\, Martelarenplein\\, Leuven
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    headers = [
        ("Delivered-To", PJ),
        ("X-Forwarded-To", PJ),
    ] + inbound("mail.example.net (mail.example.net [203.0.113.25])", when, BXL)[1:] + [
        ("From", addr("Wim Verlinden", "wim.verlinden@example.net")),
        ("To", addr("Battery Data Team", "battery-data-team@example.net")),
        ("Subject", "Team day + year-end lunch"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<AM9PR08MB6500F1E2D3C4B5A6978877665544@AM9PR08MB6500.eurprd08.prod.outlook.com>"),
    ]
    return message(headers, alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


# ------------------------------------------------------------------------------- key 44
@mail(n(44), family="auto_reply", lang="en", interview=False, company="Scheldt Analytics",
      note="Out-of-office auto-reply from the Scheldt Analytics recruiter (Auto-Submitted: auto-replied); mentions interviews generically, confirms nothing")
def k44():
    when = "2026-10-05 20:31:14"
    body = t("""
        Hi,

        Thank you for your message. I'm out of the office until Monday 12 October with limited
        access to e-mail.

        If you are contacting me about an interview that is already planned: it stays as
        scheduled unless you hear otherwise from me or a colleague. For anything urgent, please
        contact my colleague Koen Van Damme.

        Kind regards,
        Anouk Peeters
        Scheldt Analytics
    """)
    headers = inbound("EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2112.outbound.protection.outlook.com [40.107.105.112])", when, BXL) + [
        ("From", addr("Anouk Peeters", "anouk.peeters@scheldt-analytics.be")),
        ("To", ME),
        ("Subject", "Automatic reply: Second round - a few questions"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<0f8b2a7e5c3d4e1aa9b8@AM7PR04MB6950.eurprd04.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAJx5q1Tn8@mail.example.org>"),
    ]
    return message(headers, text(body))


# ------------------------------------------------------------------------------- key 45
@mail(n(45), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (multipart/report) of Pieter's own reply confirming 'Wednesday 14/10 at 15u30' to a mistyped address; a system bounce of the candidate's own words, not a confirmation from an employer",
      days=(("Wed", "2026-10-14"),))
def k45():
    when = "2026-10-09 12:04:51"
    human = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <hanne.maes@lysvolt.co>: Host or domain name not found. Name service error
            for name=lysvolt.co type=MX: Host not found, try again
    """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Bq9xT2Lw1z3kP
        X-Postfix-Sender: rfc822; pieter.janssens@example.org
        Arrival-Date: Fri,  9 Oct 2026 12:04:44 +0200 (CEST)

        Final-Recipient: rfc822; hanne.maes@lysvolt.co
        Original-Recipient: rfc822;hanne.maes@lysvolt.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=lysvolt.co type=MX: Host not found, try again
    """)
    orig = message([
        ("From", ME),
        ("To", addr("Hanne Maes", "hanne.maes@lysvolt.co")),
        ("Subject", "Re: Your interview with Lysvolt is booked"),
        ("Date", date("2026-10-09 12:04:40", BXL)),
        ("Message-ID", "<CAJx8w3Zq7@mail.example.org>"),
    ], text(t("""
        Hi Hanne,

        Thanks, confirming Wednesday 14/10 at 15u30 in Ghent. I'll bring my laptop.
        Is there a place to park a bike near Dok Noord?

        Best,
        Pieter
    """), cte="7bit"))
    headers = [("Delivered-To", PJ)] + [
        ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
        ("To", PJ),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<20261009100451.4Bq9xT2Lw1z3kP@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    body = multipart("report",
                     text(human, cte="7bit", extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     attached_message(orig),
                     params="report-type=delivery-status")
    return message(headers, body)


# ------------------------------------------------------------------------------- key 46
@mail(n(46), family="mailing_list", lang="en", interview=False, company=None,
      note="Meetup announcement on a Google Groups mailing list: talk 'Interviewing for data roles - lessons from the hiring side', Thursday 26 November 19:00; an event, not his interview",
      days=(("Thu", "2026-11-26"),))
def k46():
    when = "2026-11-16 20:55:33"
    body = t("""
        Hi all,

        Our November meetup is on Thursday 26 November, doors 18:30, talks at 19:00, at Dijle
        Data (Vaartkom 31, Leuven). Pizza sponsored by our hosts.

        Talk 1 - "Interviewing for data roles: lessons from the hiring side"
        Lien Peeters (Dijle Data) on what she looks for in a take-home, how she runs a
        system-design interview, and the red flags nobody tells you about.

        Talk 2 - "Polars in production: one year later"
        Bart Wuyts

        RSVP on the meetup page so we order enough pizza: https://www.meetup.com/pydata-leuven/

        See you there,
        Joke (for the PyData Leuven organisers)

        --
        You received this message because you are subscribed to the Google Groups "PyData Leuven" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to pydata-leuven+unsubscribe@googlegroups.com.
    """)
    headers = inbound("mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])", when, BXL) + [
        ("From", addr("Joke Hermans", "joke.hermans@example.com")),
        ("To", "PyData Leuven <pydata-leuven@googlegroups.com>"),
        ("Subject", "[PyData Leuven] November meetup: interviewing for data roles + Polars in production"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<7b1e9a40-2f3c-4d8a-9e61-0c5b2a7d8f13n@googlegroups.com>"),
        ("Mailing-list", "list pydata-leuven@googlegroups.com; contact pydata-leuven+owners@googlegroups.com"),
        ("List-Id", "<pydata-leuven.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/pydata-leuven/post>, <mailto:pydata-leuven@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+8842@googlegroups.com?subject=unsubscribe>"),
        ("Precedence", "list"),
        ("Sender", "pydata-leuven@googlegroups.com"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------------------- key 47
@mail(n(47), family="post_interview", lang="en", interview=False, company="Ampwise",
      note="Post-interview thank-you from the Ampwise recruiter the day after the 15 Sep interview; next steps 'by the end of next week', nothing scheduled")
def k47():
    when = "2026-09-16 16:12:08"
    body = t("""
        Hi Pieter,

        Thanks again for coming in yesterday - Bram and Yasmina really enjoyed the conversation,
        especially your story about the backfill of three years of cycler data.

        We're finishing the first round with two more candidates this week. I'll get back to you
        about next steps by the end of next week at the latest.

        Best,
        Lotte

        Lotte Verhaegen
        Talent Partner | Ampwise
    """)
    headers = inbound("mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])", when, BXL) + [
        ("From", addr("Lotte Verhaegen", "lotte.verhaegen@ampwise.eu")),
        ("To", ME),
        ("Subject", "Thanks for yesterday"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<CAGz1m4Pq7vK@mail.gmail.com>"),
    ]
    return message(headers, text(body, cte="quoted-printable"))


# ------------------------------------------------------------------------------- key 48
@mail(n(48), family="nanny_interview", lang="en", interview=False, company=None,
      note="Nanny agency confirms that a candidate nanny comes to Pieter's home for an introduction interview, Saturday 17/10 at 10u; Pieter is the one interviewing",
      days=(("Sat", "2026-10-17"),))
def k48():
    when = "2026-10-12 10:27:45"
    rich = t("""
        <html><body style="font-family:Georgia,serif;font-size:14px;color:#333">
        <p>Dear Pieter and Eline,</p>
        <p>Good news: Marta Kowalska would love to meet you and Lou. As agreed, she will come to your
        home (Ridderstraat, Leuven) on <b>Saturday 17/10 at 10u</b> for an introduction interview.</p>
        <p>Marta has four years of experience with toddlers, speaks Dutch, Polish and English, and has
        a first-aid certificate. Her profile and references are in your NannyLink account.</p>
        <p>Tips for the interview: ask about her availability on Wednesday afternoons and during school
        holidays, and let her play with Lou for a while.</p>
        <p>Warm regards,<br>Greet<br>NannyLink Leuven</p>
        </body></html>
    """)
    headers = inbound("mail.nannylink.example.com (mail.nannylink.example.com [198.51.100.140])", when, BXL) + [
        ("From", addr("Greet - NannyLink", "greet@nannylink.example.com")),
        ("To", f"{ME}, eline.vermeiren@example.com"),
        ("Subject", "Introduction interview with Marta - Saturday 17/10"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<nl.match.5521.1760257665@nannylink.example.com>"),
    ]
    return message(headers, html(rich, charset="windows-1252", cte="quoted-printable"))


# ------------------------------------------------------------------------------- key 49
@mail(n(49), family="research_study", lang="en", interview=False, company=None,
      note="University lab confirms a phone screening interview for a sleep study (Tuesday 3 November 11:00); a participant screening, not a job interview",
      days=(("Tue", "2026-11-03"),))
def k49():
    when = "2026-10-28 15:50:20"
    body = t("""
        Dear Pieter,

        Thank you for registering as a volunteer for our study "Shift work, sleep and memory".

        We have planned your screening interview by phone:
          Tuesday 3 November 2026, 11:00 - 11:20
          We will call you on the number you gave us (+32 4xx xx 17 58).

        During this short interview we check the inclusion criteria (age, sleep habits,
        medication). It is not a medical consultation and you can withdraw at any moment.
        Participants who are included receive a compensation of EUR 120.

        Kind regards,
        Jolien Maes
        PhD researcher - Sleep & Cognition Lab
        Faculty of Psychology, Tiensestraat 102, 3000 Leuven
    """)
    headers = inbound("smtp.sleeplab.example.com (smtp.sleeplab.example.com [192.0.2.91])", when, BXL) + [
        ("From", addr("Jolien Maes", "jolien.maes@sleeplab.example.com")),
        ("To", ME),
        ("Subject", "Screening interview - study 'Shift work, sleep and memory'"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<b3e2a1f0-9c8d-4e7f-a6b5-c4d3e2f1a0b9@sleeplab.example.com>"),
    ]
    return message(headers, text(body, cte="8bit"))


# ------------------------------------------------------------------------------- key 50
@mail(n(50), family="notary_signing", lang="en", interview=False, company=None,
      note="Bank advisor confirms the signing of the mortgage deed at the notary, Friday 18 December 10:00; fixed time, not an interview",
      days=(("Fri", "2026-12-18"),))
def k50():
    when = "2026-12-09 14:05:11"
    body = t("""
        Dear Mr Janssens,

        I'm happy to confirm that the notary has set the date for signing the deed and the
        mortgage: Friday 18 December at 10:00 at Notary office Van Roey, Bondgenotenlaan 88,
        Leuven. I will be present on behalf of the bank.

        Please bring both identity cards and make sure the own contribution (EUR 48.500) is on
        the notary's third-party account by Wednesday 16/12. The notary's settlement statement
        will follow by mail.

        Kind regards,

        Stijn Wouters
        Mortgage advisor - Dijleland Bank, office Leuven-Centrum
    """)
    headers = inbound("mx-out.dijlelandbank.example.com (mx-out.dijlelandbank.example.com [203.0.113.80])", when, BXL) + [
        ("From", addr("Stijn Wouters", "stijn.wouters@dijlelandbank.example.com")),
        ("To", f"{ME}, eline.vermeiren@example.com"),
        ("Subject", "Signing deed and mortgage - Friday 18/12 10:00"),
        ("Date", date(when, BXL)),
        ("Message-ID", "<DLB.2026120914051100.7731@dijlelandbank.example.com>"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))
