"""blind47: 50 hand-written mails from the inbox of a product analyst living in Dubai.

Inbox owner: Zainab Qureshi <zainab.qureshi@example.org> (Asia/Dubai, GST = UTC+4, no DST), currently a
product analyst at Falaj Mobility (work address zainab.qureshi@falajmobility.com, forwarded to the
personal inbox), applying to UAE / Saudi / Qatari employers and to UK, EU, Indian and US remote roles
between February and April 2026 (Ramadan ~18 Feb - 19 Mar 2026, Eid al-Fitr ~20 Mar; US clocks go
forward 8 Mar, UK and EU on 29 Mar).

Written blind (without reading the detector, its tests or the other held-out sets); the MIME plumbing
and checks are make.py's, imported unchanged. Build: ``python3 bench/heldout/make_blind.py blind47``.

Writing order = keys 1..50 (1-23 positives, 24-50 negatives); the file number of key k is
ORDER[k - 1], a fixed shuffle.
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
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
    t,
    text,
)

make.REGISTRY.setdefault("blind47", [])
# Windows zone names used by Exchange in the Gulf (make.py only knows the European/US/Indian ones).
make.WINDOWS_ZONES.setdefault("Arabian Standard Time", "Asia/Dubai")  # (UTC+04:00) Abu Dhabi, Muscat
make.WINDOWS_ZONES.setdefault("Arab Standard Time", "Asia/Riyadh")  # (UTC+03:00) Kuwait, Riyadh

ORDER = random.Random(47047).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind47_{ORDER[key - 1]:03d}"


ME = "zainab.qureshi@example.org"
ME_NAME = "Zainab Qureshi"
WORK = "zainab.qureshi@falajmobility.com"


# --------------------------------------------------------------------------- small plumbing


def rx(src: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 2) -> tuple[str, str]:
    return ("Received", make.received(f"from {src}", when, zone, f"mx1.example.org with ESMTPS id {ident}", to, lag))


def esc(s: str) -> str:
    """RFC 5545 TEXT escaping."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_ARABIAN = """BEGIN:VTIMEZONE
TZID:Arabian Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_ARAB = """BEGIN:VTIMEZONE
TZID:Arab Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_DUBAI = """BEGIN:VTIMEZONE
TZID:Asia/Dubai
X-LIC-LOCATION:Asia/Dubai
BEGIN:STANDARD
TZOFFSETFROM:+0400
TZOFFSETTO:+0400
TZNAME:+04
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


def exchange_ics(*, method: str, tzid: str, vtz: str, uid: str, organizer: tuple[str, str],
                 attendees: list[tuple[str, str, str]], summary: str, start: str, end: str, location: str,
                 description: str, dtstamp: str, sequence: int = 0, status: str = "CONFIRMED",
                 busy: str = "TENTATIVE", importance: int = 1, teams: str = "") -> str:
    """An Exchange Online / Outlook meeting request body (unfolded); Windows zone names."""
    att = "\n".join(
        f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{mail_}"
        for cn, mail_, role in attendees
    )
    prio = 1 if method == "CANCEL" else 5
    extra = f"\nX-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}\nX-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{teams[-12:]}" if teams else ""
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
{att}
DESCRIPTION;LANGUAGE=en-US:{esc(description)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:{esc(summary)}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
CLASS:PUBLIC
PRIORITY:{prio}
DTSTAMP:{dtstamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{sequence}
LOCATION;LANGUAGE=en-US:{esc(location)}
X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}
X-MICROSOFT-CDO-OWNERAPPTID:-{int(hashlib.sha256(uid.encode()).hexdigest()[:8], 16) % 2000000000}
X-MICROSOFT-CDO-BUSYSTATUS:{busy}
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:{importance}
X-MICROSOFT-CDO-INSTTYPE:0{extra}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"{location.replace('"', "")}","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""


def outlook_html(body: str) -> str:
    """The HTML twin Outlook writes for a plain message: one MsoNormal paragraph per line."""
    import html as _h

    lines = []
    for line in body.rstrip("\n").split("\n"):
        lines.append(f'<p class="MsoNormal">{_h.escape(line) if line else "&nbsp;"}<o:p></o:p></p>')
    inner = "\n".join(lines)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
        "--></style>\n</head>\n"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def teams_block(meeting_id: str, passcode: str, tid: str) -> str:
    return t(f"""
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid[:8]}-5a1c-4e0b-9d7f-2c6e1b9a3f40%22%7d>
        Meeting ID: {meeting_id}
        Passcode: {passcode}
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid[8:16]}&tenantId={tid[:8]}&threadId=19_meeting_{tid}@thread.v2&messageId=0&language=en-US>
        ________________________________________________________________________________
        """)


def google_footer(eid: str, who: str = ME) -> str:
    return t(f"""
        View all guest info
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYjb21hcg&ctz=Asia%2FDubai&hl=en_GB&es=0

        Reply for {who}
        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&tok=MjYjb21hcg&ctz=Asia%2FDubai&hl=en_GB&es=0
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&tok=MjYjb21hcg&ctz=Asia%2FDubai&hl=en_GB&es=0
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&tok=MjYjb21hcg&ctz=Asia%2FDubai&hl=en_GB&es=0

        More options
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYjb21hcg&ctz=Asia%2FDubai&hl=en_GB&es=0

        Invitation from Google Calendar
        https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP.

        Learn more
        https://support.google.com/calendar/answer/37135#forwarding
        """)


def google_html(plain: str) -> str:
    """A reduced version of the HTML Google Calendar sends next to the plain text."""
    import html as _h

    rows = []
    for para in plain.strip("\n").split("\n\n"):
        rows.append("<tr><td style=\"padding-bottom:12px;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;"
                    "color:#3c4043\">" + "<br>".join(_h.escape(x) for x in para.split("\n")) + "</td></tr>")
    return ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div itemscope itemtype="http://schema.org/EmailMessage"><table role="presentation" '
            'cellpadding="0" cellspacing="0" style="width:100%">\n' + "\n".join(rows)
            + "\n</table></div></body></html>\n")


# =========================================================================== positives

# --- key 1: Google Calendar invitation from the hiring manager (Sanad Pay, Dubai) ------------------


@mail(N(1), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-02-18T10:00:00Z", end="2026-02-18T10:45:00Z", contact="omar.khatib@sanadpay.ae",
      company="Sanad Pay",
      note="Google Calendar invitation, Wed 18 Feb 2pm-2:45pm Gulf Standard Time (UTC+4) = 10:00-10:45Z; ICS in UTC; "
           "contact = organiser (hiring manager). Follows the slot proposal of key 34.",
      local="Wed 2026-02-18 14:00", local_end="2026-02-18 14:45", zone="Asia/Dubai")
def k01() -> bytes:
    title = "Product Analyst – Hiring Manager Interview (Zainab Qureshi)"
    eid = "NHYwYnEya2ZtOHMxbzdkOWUzcjZoNWMybHQgemFpbmFiLnF1cmVzaGlAZXhhbXBsZS5vcmc"
    plain = t(f"""
        {title}
        Wednesday 18 Feb 2026 ⋅ 2pm – 2:45pm
        Gulf Standard Time - Dubai

        Join with Google Meet
        https://meet.google.com/ruv-qpzk-hte

        Join by phone
        (AE) +971 800 035 703 469
        PIN: 804 117 392#

        More phone numbers
        https://tel.meet/ruv-qpzk-hte?pin=8041173920196

        Hi Zainab, looking forward to our chat. We'll go through a couple of product metrics questions and I'll tell you more about the merchant payments team. Dina mentioned the afternoon suits you better. – Omar

        Guests
        Omar Khatib - organiser
        Dina Saleh
        {ME}
        """) + google_footer(eid)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260218T100000Z
DTEND:20260218T104500Z
DTSTAMP:20260215T151244Z
ORGANIZER;CN=Omar Khatib:mailto:omar.khatib@sanadpay.ae
UID:4v0bq2kfm8s1o7d9e3r6h5c2lt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Omar Khatib;X-NUM-GUESTS=0:mailto:omar.khatib@sanadpay.ae
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dina Saleh;X-NUM-GUESTS=0:mailto:dina.saleh@sanadpay.ae
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/ruv-qpzk-hte
CREATED:20260215T151140Z
DESCRIPTION:{esc("Hi Zainab, looking forward to our chat. We'll go through a couple of product metrics questions and I'll tell you more about the merchant payments team. Dina mentioned the afternoon suits you better. – Omar")}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/ruv-qpzk-hte\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260215T151243Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc(title)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    body = mixed(
        alt(text(plain, cte="quoted-printable"), html(google_html(plain)),
            calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    headers = [
        rx("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-02-15 15:12:44", "UTC", "a1c7fe0b3d"),
        ("From", addr("Omar Khatib", "omar.khatib@sanadpay.ae")),
        ("Reply-To", addr("Omar Khatib", "omar.khatib@sanadpay.ae")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(f"Invitation: {title} @ Wed 18 Feb 2026 2pm - 2:45pm (GST) ({ME})")),
        ("Date", date("2026-02-15 15:12:44", "UTC")),
        ("Message-ID", "<calendar-6b1f0e55-2d8c-4a7e-9f31-c0a5e27d94b8@google.com>"),
    ]
    return message(headers, body)


# --- key 2: Exchange meeting request from Riyadh, "Arab Standard Time" (UTC+3) --------------------


@mail(N(2), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-03-01T07:00:00Z", end="2026-03-01T08:00:00Z", contact="reem.aldosari@najdretail.com.sa",
      company="Najd Retail Holding",
      note="Outlook/Exchange request, TZID 'Arab Standard Time' = Riyadh UTC+3: Sun 1 Mar 10:00-11:00 KSA "
           "(body also says 11:00-12:00 UAE time) = 07:00-08:00Z. Sunday is a working day in KSA. Organiser and sender "
           "= the recruiter.",
      local="Sun 2026-03-01 10:00", local_end="2026-03-01 11:00", zone="Asia/Riyadh")
def k02() -> bytes:
    tb = teams_block("318 552 901 447", "Xu7Jq2", "NTNkY2E5ZWItMzg1Ni00ZjFhLWI0YzAtOGE2ZGU0ZTcxYjI5")
    prose = t("""
        Dear Zainab,

        Greetings from Najd Retail Holding, and Ramadan Kareem.

        Further to your application for the position of Senior Product Analyst (Riyadh HQ / hybrid), we are pleased to invite you for a technical interview with our Digital Products team as per the below details:

        Date: Sunday, 1st March 2026
        Time: 10:00 AM - 11:00 AM KSA time (11:00 AM - 12:00 PM UAE time)
        Interviewers: Turki Al-Mutairi (Head of Digital Products), Reem Al-Dosari (Talent Acquisition)
        Mode: MS Teams (link below)

        Kindly accept the invitation to confirm your attendance. Please keep your updated CV handy and join from a quiet place with a stable internet connection.

        Best regards,
        Reem Al-Dosari
        Talent Acquisition Specialist | Najd Retail Holding
        Riyadh, Kingdom of Saudi Arabia
        M: +966 55 318 4420

        """) + tb
    plain = t("""
        When: Sunday, March 1, 2026 10:00 AM-11:00 AM (UTC+03:00) Kuwait, Riyadh.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        """) + prose
    ics = exchange_ics(
        method="REQUEST", tzid="Arab Standard Time", vtz=VTZ_ARAB,
        uid="040000008200E00074C5B7101A82E00800000000D05B4E3A6FA6DC01000000000000000010000000C8B6E1C1A7F32E4B9A1D3F0E6C2B5A77",
        organizer=("Reem Al-Dosari", "reem.aldosari@najdretail.com.sa"),
        attendees=[("zainab.qureshi@example.org", ME, "REQ-PARTICIPANT"),
                   ("Turki Al-Mutairi", "turki.almutairi@najdretail.com.sa", "REQ-PARTICIPANT")],
        summary="Technical Interview - Senior Product Analyst - Zainab Qureshi",
        start="20260301T100000", end="20260301T110000", location="Microsoft Teams Meeting",
        description=prose, dtstamp="20260225T104022Z",
        teams="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTNkY2E5ZWItMzg1Ni00ZjFhLWI0YzAtOGE2ZGU0ZTcxYjI5%40thread.v2/0",
    )
    body = alt(text(plain, cte="quoted-printable"), html(outlook_html(plain)),
               calendar(ics, method="REQUEST", cte="base64"))
    headers = [
        rx("EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
           "2026-02-25 13:40:22", "Asia/Riyadh", "b92e11c4a0"),
        ("From", addr("Reem Al-Dosari", "reem.aldosari@najdretail.com.sa")),
        ("To", addr(None, ME)),
        ("CC", addr("Turki Al-Mutairi", "turki.almutairi@najdretail.com.sa")),
        ("Subject", "Technical Interview - Senior Product Analyst - Zainab Qureshi"),
        ("Thread-Topic", "Technical Interview - Senior Product Analyst - Zainab Qureshi"),
        ("Thread-Index", "AdyqGgR3vOfVtQnNTCWx9Z1k4m7bEA=="),
        ("Date", date("2026-02-25 13:40:22", "Asia/Riyadh")),
        ("Message-ID", "<DB9PR04MB84121C3E0A1F2B7D9E5A4C6B8E2F1@DB9PR04MB8412.eurprd04.prod.outlook.com>"),
        ("Accept-Language", "en-US, ar-SA"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


# --- key 3: Exchange panel interview in Abu Dhabi, "Arabian Standard Time" (UTC+4) -----------------

BAYRAQ_UID = "040000008200E00074C5B7101A82E00800000000A1F3C2D77CA8DC01000000000000000010000000E4D2B3A1908F7E6D5C4B3A2918070605"
BAYRAQ_SUBJECT = "Panel Interview - Product Analyst (BD-PA-0212) - Zainab Qureshi"
BAYRAQ_WHERE = "Bayraq Digital, Level 14, Mangrove Point Tower, Al Maryah Island, Abu Dhabi"
BAYRAQ_BODY = t("""
    Good day Ms. Zainab,

    Greetings from Bayraq Digital!

    Please be informed that you have been shortlisted for the panel interview for the position of Product Analyst (Ref: BD-PA-0212). Details as follows:

    Date: 05 March 2026, Thursday
    Time: 11:00 AM to 12:30 PM (UAE time)
    Venue: Level 14, Mangrove Point Tower, Al Maryah Island, Abu Dhabi
    Panel: Mr. Saeed Al Mansoori (Director, Digital Channels), Ms. Priyanka Rao (Lead Product Manager), Mr. Tarek Ibrahim (Data Platform Manager)

    Kindly bring the following:
    1. Hard copy of your updated CV
    2. Copy of Emirates ID and passport
    3. Latest salary certificate (if available)

    Kindly note that our Ramadan working hours are from 9:00 AM to 2:30 PM. Please be at the reception at least 15 minutes before the schedule for visitor registration. Parking is available at the basement (P2).

    Kindly accept this meeting invite to confirm your attendance.

    Thank you and have a blessed Ramadan.

    Best Regards,
    Maricel Santos
    Talent Acquisition Specialist
    Bayraq Digital | Abu Dhabi, UAE
    T: +971 2 555 0148
    """)


@mail(N(3), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-03-05T07:00:00Z", end="2026-03-05T08:30:00Z", contact="maricel.santos@bayraqdigital.ae",
      company="Bayraq Digital",
      note="Outlook/Exchange request, TZID 'Arabian Standard Time' = UTC+4 (Abu Dhabi, Muscat): Thu 5 Mar 11:00-12:30 "
           "= 07:00-08:30Z; onsite panel. Organiser = recruiter. Rescheduled later by key 17.",
      local="Thu 2026-03-05 11:00", local_end="2026-03-05 12:30", zone="Asia/Dubai")
def k03() -> bytes:
    plain = t(f"""
        When: Thursday, March 5, 2026 11:00 AM-12:30 PM (UTC+04:00) Abu Dhabi, Muscat.
        Where: {BAYRAQ_WHERE}

        *~*~*~*~*~*~*~*~*~*

        """) + BAYRAQ_BODY
    ics = exchange_ics(
        method="REQUEST", tzid="Arabian Standard Time", vtz=VTZ_ARABIAN, uid=BAYRAQ_UID,
        organizer=("Maricel Santos", "maricel.santos@bayraqdigital.ae"),
        attendees=[("Zainab Qureshi", ME, "REQ-PARTICIPANT"),
                   ("Saeed Al Mansoori", "saeed.almansoori@bayraqdigital.ae", "REQ-PARTICIPANT"),
                   ("Priyanka Rao", "priyanka.rao@bayraqdigital.ae", "REQ-PARTICIPANT"),
                   ("Tarek Ibrahim", "tarek.ibrahim@bayraqdigital.ae", "OPT-PARTICIPANT")],
        summary=BAYRAQ_SUBJECT, start="20260305T110000", end="20260305T123000", location=BAYRAQ_WHERE,
        description=BAYRAQ_BODY, dtstamp="20260302T060512Z",
    )
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    headers = [
        rx("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2098.outbound.protection.outlook.com [40.107.104.98])",
           "2026-03-02 10:05:12", "Asia/Dubai", "c0d4a87e12"),
        ("From", addr("Maricel Santos", "maricel.santos@bayraqdigital.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("CC", "Saeed Al Mansoori <saeed.almansoori@bayraqdigital.ae>, Priyanka Rao <priyanka.rao@bayraqdigital.ae>, "
               "Tarek Ibrahim <tarek.ibrahim@bayraqdigital.ae>"),
        ("Subject", BAYRAQ_SUBJECT),
        ("Thread-Topic", BAYRAQ_SUBJECT),
        ("Thread-Index", "AdyqHQk9yN1c2uR0T0a5jv3pX1BxEw=="),
        ("Date", date("2026-03-02 10:05:12", "Asia/Dubai")),
        ("Message-ID", "<PAXPR02MB7398A2B4C1D7E8F90A1B2C3D4E5F6@PAXPR02MB7398.eurprd02.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


# --- key 4: Indian HR mail, times in IST ----------------------------------------------------------

VYOM_FIRST = t("""
    Dear Zainab,

    Greetings of the day!!

    With reference to your application for the position of Product Analyst (Remote – GCC Clients) with Vyom Analytics Pvt. Ltd., we are pleased to inform you that your profile has been shortlisted for the 1st round of technical interview.

    PFB the interview details:

    Date : 24-Feb-2026 (Tuesday)
    Time : 11:30 AM to 12:15 PM IST (10:00 AM to 10:45 AM UAE time)
    Mode : Google Meet (link will be shared in calendar invite)
    Panel : Mr. Aditya Shenoy – Analytics Manager

    Kindly revert with your confirmation at the earliest. Also request you to share the below details, if not shared already:
    - Current CTC / Expected CTC
    - Notice period
    - Updated resume

    Please do the needful.

    Thanks & Regards,
    Swati Kulkarni
    Talent Acquisition | Vyom Analytics Pvt. Ltd.
    4th Floor, Sri Sai Towers, Koramangala 5th Block, Bengaluru – 560095
    +91 98450 12387
    """)


@mail(N(4), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-02-24T06:00:00Z", end="2026-02-24T06:45:00Z", contact="swati.kulkarni@vyomanalytics.in",
      company="Vyom Analytics",
      note="Indian HR mail: 24-Feb-2026 11:30 AM to 12:15 PM IST (UTC+5:30) = 06:00-06:45Z (also 10:00-10:45 UAE). "
           "'Kindly revert with your confirmation' but date, time and panel are fixed -> scheduled. Rescheduled by key 18.",
      local="Tue 2026-02-24 11:30", local_end="2026-02-24 12:15", zone="Asia/Kolkata")
def k04() -> bytes:
    body = alt(text(VYOM_FIRST, cte="quoted-printable"), html(gmail_html(VYOM_FIRST)))
    headers = [
        rx("mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])", "2026-02-19 17:46:09", "Asia/Kolkata", "d3e9f0a271"),
        ("From", addr("Swati Kulkarni", "swati.kulkarni@vyomanalytics.in")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", enc("Interview Schedule || Product Analyst (Remote – GCC Clients) || Vyom Analytics")),
        ("Date", date("2026-02-19 17:46:09", "Asia/Kolkata")),
        ("Message-ID", "<CAHx7Q2v9Lr0uJ3kTmW1eYp8N5bZcR4fD6gS2aK1oVh3Pq7xEw@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 5: headhunter's short reply from an iPhone ------------------------------------------------


@mail(N(5), family="agency_prose", lang="en", interview=True, kind="scheduled",
      start="2026-02-19T06:30:00Z", end="2026-02-19T07:15:00Z", contact="mark.fenwick@crescentsearch.ae",
      company="Meridian Gulf Bank",
      note="Agency recruiter's reply on top of the thread: 'confirmed Thurs at 10:30 Dubai time', 45 mins, sent Mon 16 Feb "
           "-> Thu 19 Feb 10:30 GST = 06:30Z, end 07:15Z. Company = the client bank; contact = the headhunter (human sender). "
           "Thread started with the LinkedIn InMail of key 31.",
      local="Thu 2026-02-19 10:30", local_end="2026-02-19 11:15", zone="Asia/Dubai", days=(("Thu", "2026-02-12"),))
def k05() -> bytes:
    body_text = t("""
        Hi Zainab,

        Good news - Meridian have come back and confirmed Thurs at 10:30 Dubai time with Hana Al Zarooni (Head of Data Products). 45 mins, in person at their office in Gate Village, building 5, level 3. Ask for Hana at reception and they'll bring you up.

        Smart casual is fine. I'll send a short prep note tomorrow, give me a buzz if anything changes.

        Cheers,
        Mark

        Sent from my iPhone

        > On 16 Feb 2026, at 11:20, Zainab Qureshi <zainab.qureshi@example.org> wrote:
        >
        > Hi Mark,
        >
        > Thanks for sending over the JD, it looks like a great fit. Happy to go ahead. Thursday morning works best for me this week, any time before 12 (I have a team thing at 12:30 I can't move).
        >
        > Best,
        > Zainab
        >
        >> On 12 Feb 2026, at 09:47, Mark Fenwick <mark.fenwick@crescentsearch.ae> wrote:
        >>
        >> Hi Zainab,
        >>
        >> Great to speak earlier. As discussed, JD for the Senior Product Analyst role at Meridian Gulf Bank attached. Base is AED 32-36k/month plus bonus, hybrid 3 days in DIFC.
        >>
        >> Let me know if you're happy for me to put you forward and I'll try and get something in the diary for next week.
        >>
        >> Mark
        >>
        >> Mark Fenwick | Director, Data & Analytics
        >> Crescent Search Partners | Dubai
        >> +971 55 902 3318
        """)
    body = text(body_text, cte="quoted-printable")
    headers = [
        rx("mail.crescentsearch.ae (mail.crescentsearch.ae [185.93.244.17])", "2026-02-16 18:03:51", "Asia/Dubai", "e41b7c0d95"),
        ("From", addr("Mark Fenwick", "mark.fenwick@crescentsearch.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Re: Senior Product Analyst - DIFC bank"),
        ("Date", date("2026-02-16 18:03:51", "Asia/Dubai")),
        ("Message-ID", "<8F2C1D7A-4B3E-4C9A-A1E5-6D0B7F3E92C4@crescentsearch.ae>"),
        ("In-Reply-To", "<CAPz1mYb7Rk2Vx8uQ3nW0tJ5hL9sE6cA4dF1gK2oZy7rMpBq3Tw@mail.gmail.com>"),
        ("References", "<3C9E7A1B-2D4F-4E8A-9B6C-1F0D5E7A3B2C@crescentsearch.ae> "
                       "<CAPz1mYb7Rk2Vx8uQ3nW0tJ5hL9sE6cA4dF1gK2oZy7rMpBq3Tw@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22D82)"),
    ]
    return message(headers, body)


# --- key 6: Greenhouse confirmation, London, across the BST change ---------------------------------


@mail(N(6), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-04-01T09:00:00Z", end="2026-04-01T09:45:00Z", contact="harriet.doyle@tallyforge.co.uk",
      company="Tallyforge",
      note="Greenhouse confirmation sent Thu 26 Mar (GMT) for Wed 1 Apr 10:00-10:45 BST (UK on summer time from 29 Mar) "
           "= 09:00-09:45Z = 13:00-13:45 GST; ICS in UTC; contact = Reply-To recruiter. Follows key 33.",
      local="Wed 2026-04-01 10:00", local_end="2026-04-01 10:45", zone="Europe/London", days=(("Sun", "2026-03-29"),))
def k06() -> bytes:
    plain = t("""
        Hi Zainab,

        Thanks for sending over your availability. Your video interview for the Product Analyst role is confirmed:

        Wednesday, April 1st 2026
        10:00 AM - 10:45 AM BST (London)
        1:00 PM - 1:45 PM GST (Dubai)

        Interviewers:
        Priya Natarajan, Senior Product Manager
        Callum Reid, Analytics Lead

        Location: Google Meet - https://meet.google.com/hvd-kszq-pny

        The UK moves to British Summer Time on Sunday 29 March, so we'll be 3 hours behind you rather than 4 by then - the times above already take that into account.

        If you need to reschedule, just reply to this email.

        Best,
        Harriet Doyle
        Talent Partner, Tallyforge
        """)
    html_body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Zainab,</p>
        <p>Thanks for sending over your availability. Your video interview for the Product Analyst role is confirmed:</p>
        <p><strong>Wednesday, April 1st 2026</strong><br>
        10:00 AM - 10:45 AM BST (London)<br>
        1:00 PM - 1:45 PM GST (Dubai)</p>
        <p><strong>Interviewers:</strong><br>Priya Natarajan, Senior Product Manager<br>Callum Reid, Analytics Lead</p>
        <p><strong>Location:</strong> Google Meet - <a href="https://meet.google.com/hvd-kszq-pny">https://meet.google.com/hvd-kszq-pny</a></p>
        <p>The UK moves to British Summer Time on Sunday 29 March, so we&#39;ll be 3 hours behind you rather than 4 by then - the times above already take that into account.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Harriet Doyle<br>Talent Partner, Tallyforge</p>
        <img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Vx3kP9" width="1" height="1" alt="" style="display:none">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-58120377-20260401@greenhouse.io
DTSTAMP:20260326T091427Z
DTSTART:20260401T090000Z
DTEND:20260401T094500Z
SUMMARY:Interview: Product Analyst at Tallyforge
DESCRIPTION:Video interview with Priya Natarajan and Callum Reid.\\nGoogle Meet: https://meet.google.com/hvd-kszq-pny
LOCATION:https://meet.google.com/hvd-kszq-pny
ORGANIZER;CN=Harriet Doyle:mailto:harriet.doyle@tallyforge.co.uk
ATTENDEE;CN=Zainab Qureshi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(html_body)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          name_param=True))
    headers = [
        rx("o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.41.203])", "2026-03-26 09:14:27", "UTC", "f50c2e8b64"),
        ("From", addr("Tallyforge", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Harriet Doyle", "harriet.doyle@tallyforge.co.uk")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Interview Confirmation: Product Analyst at Tallyforge"),
        ("Date", date("2026-03-26 09:14:27", "UTC")),
        ("Message-ID", "<gh.58120377.c5a1f0d2e7b3@us.greenhouse-mail.io>"),
    ]
    return message(headers, body)


# --- key 7: Calendly invitee confirmation, US Eastern, across the US DST change ---------------------


@mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T13:30:00Z", end="2026-03-10T14:00:00Z", contact="daniel.weiss@brightloophealth.com",
      company="Brightloop Health",
      note="Calendly booked Thu 5 Mar (US still on EST) for Tue 10 Mar 09:30-10:00 Eastern Time; US on EDT from 8 Mar -> "
           "13:30-14:00Z (17:30 GST). From notifications@calendly.com, Reply-To = host. Follows key 32.",
      local="Tue 2026-03-10 09:30", local_end="2026-03-10 10:00", zone="America/New_York")
def k07() -> bytes:
    plain = t("""
        Hi Zainab Qureshi,

        Your Product Analyst - Intro call with Daniel Weiss at 09:30am (Eastern Time - US & Canada) on Tuesday, March 10, 2026 is scheduled.

        Event Type:
        Product Analyst - Intro call (30 min)

        Event Date/Time:
        09:30am - 10:00am (Eastern Time - US & Canada) Tuesday, March 10, 2026

        Location:
        This is a Zoom web conference. You can join this meeting from your computer, tablet, or smartphone.
        https://brightloophealth.zoom.us/j/84213370561?pwd=bW1hUjZ4cFNxT0tWZ2Q3ZlRiUT09

        Invitee Time Zone:
        Eastern Time - US & Canada

        Questions:
        Please share a link to your LinkedIn profile
        https://www.linkedin.com/in/zainab-qureshi-analytics

        Anything you'd like us to know before the call?
        I'm based in Dubai, so the evening slot works well for me.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c9e2a41-0d3b-4f6e-8a15-b2f4c7d01e93
        Reschedule: https://calendly.com/reschedulings/7c9e2a41-0d3b-4f6e-8a15-b2f4c7d01e93

        Powered by Calendly.com
        """)
    html_body = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260305T144107Z
UID:7c9e2a41-0d3b-4f6e-8a15-b2f4c7d01e93@calendly.com
DTSTART:20260310T133000Z
DTEND:20260310T140000Z
SUMMARY:Product Analyst - Intro call between Daniel Weiss and Zainab Qureshi
DESCRIPTION:Event Name: Product Analyst - Intro call (30 min)\\n\\nLocation: https://brightloophealth.zoom.us/j/84213370561\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/7c9e2a41-0d3b-4f6e-8a15-b2f4c7d01e93
LOCATION:https://brightloophealth.zoom.us/j/84213370561?pwd=bW1hUjZ4cFNxT0tWZ2Q3ZlRiUT09
ORGANIZER;CN=Daniel Weiss:mailto:daniel.weiss@brightloophealth.com
ATTENDEE;CN=Zainab Qureshi;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(html_body)),
                 calendar(ics, method=None, cte="base64", filename="invite.ics", disposition="attachment",
                          ctype="application/ics"))
    headers = [
        rx("mail-190-24.sendgrid.calendly.com (o190.calendly.com [149.72.190.24])", "2026-03-05 14:41:07", "UTC", "a7b3c91d20"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Daniel Weiss", "daniel.weiss@brightloophealth.com")),
        ("To", ME),
        ("Subject", "Confirmed: Product Analyst - Intro call with Daniel Weiss on Tuesday, March 10, 2026"),
        ("Date", date("2026-03-05 14:41:07", "UTC")),
        ("Message-ID", "<20260305144107.7c9e2a41.9f3d@calendly.com>"),
    ]
    return message(headers, body)


# --- key 8: Workday interview invitation, HTML only, Date header in US Pacific ----------------------


@mail(N(8), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-03-16T08:00:00Z", end="2026-03-16T09:00:00Z", contact="nadia.farouk@alrimaalbank.ae",
      company="Alrimaal Bank",
      note="Workday HTML-only mail, Date header in PDT (-0700) = Wed 11 Mar 05:30Z; interview Mon 16 Mar 12:00-1:00 PM "
           "Gulf Standard Time (UTC+4) = 08:00-09:00Z. Sender is the tenant's Workday address; contact = recruiter "
           "address written in the body.",
      local="Mon 2026-03-16 12:00", local_end="2026-03-16 13:00", zone="Asia/Dubai")
def k08() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Interview Invitation</title></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background:#00543c;padding:18px 24px;color:#ffffff;font-size:18px">Alrimaal Bank Careers</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Zainab,</p>
        <p>Thank you for your interest in the <b>Product Analyst &ndash; Digital Channels</b> position (JR-004318) at Alrimaal Bank.</p>
        <p>We are pleased to invite you to an interview with the hiring team. Please find the details below:</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #dddddd;font-size:14px">
        <tr><td style="background:#f7f7f7"><b>Date</b></td><td>Monday, 16 March 2026</td></tr>
        <tr><td style="background:#f7f7f7"><b>Time</b></td><td>12:00 PM - 1:00 PM Gulf Standard Time</td></tr>
        <tr><td style="background:#f7f7f7"><b>Interview Type</b></td><td>Virtual (Microsoft Teams)</td></tr>
        <tr><td style="background:#f7f7f7"><b>Interviewers</b></td><td>Yousef Al Hammadi, Head of Digital Analytics<br>Sneha Pillai, Senior Product Owner</td></tr>
        </table>
        <p>The Teams link will be sent to you separately by our Talent Acquisition team. Kindly note that during the Holy Month of Ramadan our working hours are 9:00 AM to 2:30 PM.</p>
        <p>Should you have any questions or need to change the time, please contact Nadia Farouk at <a href="mailto:nadia.farouk@alrimaalbank.ae">nadia.farouk@alrimaalbank.ae</a>.</p>
        <p>To view your application, log in to our <a href="https://wd3.myworkdayjobs.com/en-US/Alrimaal_Careers/login">Careers site</a>.</p>
        <p>Best regards,<br>Talent Acquisition<br>Alrimaal Bank</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888888">This email was sent from an unattended mailbox. Please do not reply. Powered by Workday.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    body = html(body_html, cte="quoted-printable")
    headers = [
        rx("myworkday.com (smtp-out-7.myworkday.com [216.178.118.97])", "2026-03-10 22:30:11", "America/Los_Angeles", "b8e5d0c3f1"),
        ("From", addr("Alrimaal Bank", "alrimaalbank@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Interview Invitation – Product Analyst, Digital Channels (JR-004318)")),
        ("Date", date("2026-03-10 22:30:11", "America/Los_Angeles")),
        ("Message-ID", "<1936582013.48822.1773207011562@wd3-prod-notif-04.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, body)


# --- key 9: Oracle Taleo interview invitation, Doha (UTC+3), base64 -------------------------------


@mail(N(9), family="taleo", lang="en", interview=True, kind="scheduled",
      start="2026-04-12T07:00:00Z", end=None, contact="khalid.alkuwari@dafnaports.qa",
      company="Dafna Ports & Logistics",
      note="Taleo mail (Date in EDT) for Sun 12 Apr 10:00 AM Doha time (GMT+3) = 07:00Z; Sunday is a working day in "
           "Qatar; 'approximately 60 minutes' -> end null; contact = recruiter named in the body (sender is do-not-reply).",
      local="Sun 2026-04-12 10:00", zone="Asia/Qatar")
def k09() -> bytes:
    plain = t("""
        Dear Zainab Qureshi,

        Thank you for your interest in Dafna Ports & Logistics.

        We are pleased to invite you to a video interview for the position of Data & Product Analyst (Requisition 2600187).

        Interview date: Sunday, April 12, 2026
        Interview time: 10:00 AM Doha time (GMT+3)
        Format: Microsoft Teams video call. The meeting link will be sent by the hiring team one working day before the interview.
        Expected duration: approximately 60 minutes

        Please confirm your attendance by writing to Mr. Khalid Al-Kuwari, Senior Recruitment Officer, at khalid.alkuwari@dafnaports.qa.

        Please do not reply to this message, as this mailbox is not monitored.

        Kind regards,
        Talent Acquisition
        Dafna Ports & Logistics
        Doha, State of Qatar
        """)
    html_body = ("<html><body><font face=\"Arial\" size=\"2\">"
                 + "<br>\n".join(line.replace("&", "&amp;") for line in plain.split("\n"))
                 + "</font></body></html>\n")
    body = alt(text(plain, cte="base64"), html(html_body, cte="base64"))
    headers = [
        rx("smtp2.tbe.taleo.net (smtp2.tbe.taleo.net [148.87.18.45])", "2026-04-07 01:55:40", "America/New_York", "c2f7a19b08"),
        ("From", addr("Dafna Ports & Logistics", "do-not-reply@tbe.taleo.net")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", enc("Dafna Ports & Logistics – Interview Invitation – Req. 2600187 Data & Product Analyst")),
        ("Date", date("2026-04-07 01:55:40", "America/New_York")),
        ("Message-ID", "<1512934477.220716.1775541340118.JavaMail.taleo@tbe-app27>"),
    ]
    return message(headers, body)


# --- key 10: Lever confirmation, Berlin, interview the day after EU summer time starts ------------


@mail(N(10), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-03-30T08:00:00Z", end="2026-03-30T09:00:00Z", contact="lena.hoffmann@kranich-mobility.de",
      company="Kranich Mobility",
      note="Lever mail sent Tue 24 Mar (CET, UTC+1) for Mon 30 Mar 10:00-11:00 CEST (EU summer time from 29 Mar, UTC+2) "
           "= 08:00-09:00Z = 12:00-13:00 GST; ICS TZID Europe/Berlin; contact = Reply-To recruiter.",
      local="Mon 2026-03-30 10:00", local_end="2026-03-30 11:00", zone="Europe/Berlin")
def k10() -> bytes:
    plain = t("""
        Hi Zainab,

        Thanks for picking a time! Here are the details for your upcoming interview with Kranich Mobility.

        Product Analyst (Remote, EMEA) - Case study presentation
        Monday, March 30, 2026
        10:00 - 11:00 CEST (Europe/Berlin)

        Video call: https://meet.google.com/ozq-rmwb-kfa

        You'll meet:
        Jonas Brandt - Head of Product Analytics
        Aylin Demir - Product Manager, Fleet

        Please have your slides ready to share: about 20 minutes of presentation, the rest is discussion.

        Looking forward to it,
        Lena Hoffmann
        Talent Acquisition, Kranich Mobility GmbH
        """)
    html_body = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#23292f">
        <p>Hi Zainab,</p>
        <p>Thanks for picking a time! Here are the details for your upcoming interview with Kranich Mobility.</p>
        <div style="border:1px solid #e1e4e8;border-radius:4px;padding:12px 16px;margin:16px 0">
        <div style="font-weight:600">Product Analyst (Remote, EMEA) - Case study presentation</div>
        <div>Monday, March 30, 2026</div>
        <div>10:00 - 11:00 CEST (Europe/Berlin)</div>
        <div>Video call: <a href="https://meet.google.com/ozq-rmwb-kfa">https://meet.google.com/ozq-rmwb-kfa</a></div>
        </div>
        <p>You'll meet:<br>Jonas Brandt - Head of Product Analytics<br>Aylin Demir - Product Manager, Fleet</p>
        <p>Please have your slides ready to share: about 20 minutes of presentation, the rest is discussion.</p>
        <p>Looking forward to it,<br>Lena Hoffmann<br>Talent Acquisition, Kranich Mobility GmbH</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:lever-interview-1f4c7a92-8e3d-4b60-a2f5-93d0c1e7b845
DTSTAMP:20260324T140255Z
DTSTART;TZID=Europe/Berlin:20260330T100000
DTEND;TZID=Europe/Berlin:20260330T110000
SUMMARY:Kranich Mobility: Case study presentation - Zainab Qureshi
LOCATION:https://meet.google.com/ozq-rmwb-kfa
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@kranich-mobility.de
ATTENDEE;CN=Zainab Qureshi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Jonas Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jonas.brandt@kranich-mobility.de
ATTENDEE;CN=Aylin Demir;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aylin.demir@kranich-mobility.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(html_body)),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment"))
    headers = [
        rx("mail-a12.hire.lever.co (mail-a12.hire.lever.co [198.21.6.112])", "2026-03-24 14:02:55", "UTC", "d6a8e2f413"),
        ("From", addr("Kranich Mobility", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Lena Hoffmann", "lena.hoffmann@kranich-mobility.de")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Your interview with Kranich Mobility is confirmed"),
        ("Date", date("2026-03-24 14:02:55", "UTC")),
        ("Message-ID", "<0100018e6a2f41c3-5b8d7e20-1a4c-4f09-9e3b-c7d2a8f61e05-000000@email.lever.co>"),
    ]
    return message(headers, body)


# --- key 11: Workable interview scheduled, relay Reply-To, no human address -----------------------


@mail(N(11), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-03-24T12:00:00Z", end="2026-03-24T12:45:00Z", contact=None, company="Nabat Foods",
      note="Workable: Tue 24 Mar 4:00-4:45 PM (GMT+04:00) Asia/Dubai = 12:00-12:45Z. Reply-To is a Workable relay and the "
           "ICS organiser is the noreply address; no human address anywhere -> contact null.",
      local="Tue 2026-03-24 16:00", local_end="2026-03-24 16:45", zone="Asia/Dubai")
def k11() -> bytes:
    plain = t("""
        Hi Zainab,

        Your interview for the Product Analyst position at Nabat Foods has been scheduled.

        Date: Tuesday, March 24, 2026
        Time: 4:00 PM - 4:45 PM (GMT+04:00) Asia/Dubai
        Type: Video call
        Link: https://meet.google.com/wdx-hhqa-csj
        Interviewer: Karim Haddad

        Eid Mubarak from all of us at Nabat! We look forward to speaking with you.

        If you need to make any changes, simply reply to this email.

        Regards,
        The Nabat Foods hiring team

        --
        Sent with Workable
        """)
    html_body = t("""
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#212b36;padding:24px">
        <p>Hi Zainab,</p>
        <p>Your interview for the <strong>Product Analyst</strong> position at <strong>Nabat Foods</strong> has been scheduled.</p>
        <table cellpadding="4" style="font-size:15px">
        <tr><td style="color:#637381">Date</td><td>Tuesday, March 24, 2026</td></tr>
        <tr><td style="color:#637381">Time</td><td>4:00 PM - 4:45 PM (GMT+04:00) Asia/Dubai</td></tr>
        <tr><td style="color:#637381">Type</td><td>Video call</td></tr>
        <tr><td style="color:#637381">Link</td><td><a href="https://meet.google.com/wdx-hhqa-csj">https://meet.google.com/wdx-hhqa-csj</a></td></tr>
        <tr><td style="color:#637381">Interviewer</td><td>Karim Haddad</td></tr>
        </table>
        <p>Eid Mubarak from all of us at Nabat! We look forward to speaking with you.</p>
        <p>If you need to make any changes, simply reply to this email.</p>
        <p>Regards,<br>The Nabat Foods hiring team</p>
        <p style="font-size:12px;color:#919eab">Sent with <a href="https://www.workable.com">Workable</a></p>
        </td></tr></table>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-evt-3b81f0c9d2a7@workable.com
DTSTAMP:20260322T094813Z
DTSTART:20260324T120000Z
DTEND:20260324T124500Z
SUMMARY:Interview: Zainab Qureshi for Product Analyst (Nabat Foods)
LOCATION:https://meet.google.com/wdx-hhqa-csj
ORGANIZER;CN=Nabat Foods:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Zainab Qureshi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(html_body)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    headers = [
        rx("mail-out-3.workablemail.com (mail-out-3.workablemail.com [54.240.27.63])", "2026-03-22 09:48:13", "UTC", "e9c1b5a730"),
        ("From", addr("Nabat Foods", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Nabat Foods", "nabat-foods+7f3a9c21e8d4@candidates.workablemail.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Interview for Product Analyst at Nabat Foods"),
        ("Date", date("2026-03-22 09:48:13", "UTC")),
        ("Message-ID", "<wk.3b81f0c9d2a7.1774172893@candidates.workablemail.com>"),
    ]
    return message(headers, body)


# --- key 12: hiring manager in Riyadh pastes a Zoom invitation --------------------------------------


@mail(N(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-04-05T10:00:00Z", end=None, contact="faisal.harbi@tamrafintech.sa", company="Tamra Fintech",
      note="Prose + pasted Zoom block: Sun 5 Apr 1:00 PM KSA (UTC+3) = 10:00Z ('2:00 PM UAE'); 'around an hour' -> "
           "end null. Sunday is a working day in Riyadh.",
      local="Sun 2026-04-05 13:00", zone="Asia/Riyadh")
def k12() -> bytes:
    body_text = t("""
        Dear Zainab,

        Thank you for your time on the phone today. As discussed telephonically, please find below the Zoom details for your case interview on Sunday 5 April at 1:00 PM KSA time (2:00 PM UAE). Sunday is a normal working day for us in Riyadh, I hope that is fine on your side.

        The case is a product analytics exercise on our BNPL checkout funnel. You will receive the data pack 30 minutes before the call; plan for around an hour in total.

        Faisal Al-Harbi is inviting you to a scheduled Zoom meeting.

        Topic: Case interview - Zainab Qureshi / Product Analyst
        Time: Apr 5, 2026 01:00 PM Riyadh

        Join Zoom Meeting
        https://tamrafintech.zoom.us/j/97120448315?pwd=Q2xhT3RkVjRwZ1RnYk5sR0JxQ2Nadz09

        Meeting ID: 971 2044 8315
        Passcode: 552901

        ---

        One tap mobile
        +966112345960,,97120448315#,,,,*552901# Saudi Arabia
        +97145765201,,97120448315#,,,,*552901# United Arab Emirates

        ---

        Best regards,
        Faisal Al-Harbi
        Head of Product Analytics | Tamra Fintech
        King Fahd Road, Riyadh, KSA
        """)
    body = alt(text(body_text, cte="quoted-printable"), html(gmail_html(body_text)))
    headers = [
        rx("mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])", "2026-04-01 21:15:37", "Asia/Riyadh", "f0e3d2c1b5"),
        ("From", addr("Faisal Al-Harbi", "faisal.harbi@tamrafintech.sa")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Case interview - Sunday 5 April"),
        ("Date", date("2026-04-01 21:15:37", "Asia/Riyadh")),
        ("Message-ID", "<CAG3kq8Ft2zYb0vH7mLw1xR9pU4nE6sJ5cD2aQ8oKi3Tr1VyZgw@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 13: Saudi HR, Arabic + English, windows-1256 -------------------------------------------


@mail(N(13), family="human_prose", lang="ar+en", interview=True, kind="scheduled",
      start="2026-04-14T08:00:00Z", end="2026-04-14T08:45:00Z", contact="a.alqahtani@sadeemtel.com.sa",
      company="Sadeem Telecom Solutions",
      note="Bilingual Arabic/English, windows-1256 QP body and RFC 2047 subject: Tue 14 Apr 11:00 AM Riyadh time (UTC+3) "
           "= 08:00Z, 45 minutes -> end 08:45Z.",
      local="Tue 2026-04-14 11:00", local_end="2026-04-14 11:45", zone="Asia/Riyadh")
def k13() -> bytes:
    body_text = t("""
        السلام عليكم ورحمة الله وبركاته،

        الأستاذة/ زينب قريشي المحترمة،

        تحية طيبة وبعد،

        يسرنا في شركة سديم لحلول الاتصالات دعوتك لإجراء مقابلة شخصية عن بعد لوظيفة "محلل منتجات أول"، وذلك حسب التفاصيل التالية:

        اليوم: الثلاثاء
        التاريخ: 14 أبريل 2026
        الوقت: 11:00 صباحاً بتوقيت الرياض (12:00 ظهراً بتوقيت الإمارات)
        المدة: 45 دقيقة
        الوسيلة: Microsoft Teams (سيصلك الرابط في دعوة منفصلة)

        نأمل تأكيد الحضور بالرد على هذا البريد.

        ----------------------------------------

        Dear Ms. Zainab,

        Greetings from Sadeem Telecom Solutions.

        We are pleased to invite you to a remote interview for the position of Senior Product Analyst, as per the details below:

        Day: Tuesday
        Date: 14 April 2026
        Time: 11:00 AM Riyadh time (12:00 PM UAE time)
        Duration: 45 minutes
        Platform: Microsoft Teams (link to follow in a separate invitation)

        Kindly confirm your attendance by replying to this email.

        مع خالص التحية،
        Best regards,

        عبدالرحمن القحطاني
        Abdulrahman Al-Qahtani
        أخصائي توظيف – رأس المال البشري
        Recruitment Specialist – Human Capital
        Sadeem Telecom Solutions | Riyadh
        """)
    body = text(body_text, charset="windows-1256", cte="quoted-printable")
    headers = [
        rx("mail.sadeemtel.com.sa (mail.sadeemtel.com.sa [212.71.40.18])", "2026-04-09 14:03:26", "Asia/Riyadh", "a3b4c5d6e7"),
        ("From", addr("عبدالرحمن القحطاني", "a.alqahtani@sadeemtel.com.sa", charset="windows-1256")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", enc("دعوة لمقابلة وظيفية / Interview Invitation – Senior Product Analyst", "windows-1256")),
        ("Date", date("2026-04-09 14:03:26", "Asia/Riyadh")),
        ("Message-ID", "<000b01dcc812$4e2a7f10$ea7f6d30$@sadeemtel.com.sa>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "ar-sa"),
    ]
    return message(headers, body)


# --- key 14: founder's casual reply, coffee chat in d3 ---------------------------------------------


@mail(N(14), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-26T13:00:00Z", end=None, contact="layal@souqlab.io", company="Souqlab",
      note="Founder's reply on top of a quoted thread, Arabic greeting: 'Thursday 26th at 5pm' at their Dubai office, "
           "sent Mon 23 Mar -> Thu 26 Mar 17:00 GST = 13:00Z; coffee chat with the hiring manager and CTO for an analyst "
           "role = interview; 'an hour or so' -> end null.",
      local="Thu 2026-03-26 17:00", zone="Asia/Dubai", days=(("Wed", "2026-03-18"),))
def k14() -> bytes:
    body_text = t("""
        مرحبا زينب!

        Sorry for the slow reply, Eid week was chaos 😅

        Yalla let's do Thursday 26th at 5pm at our office in d3 (Building 7, 4th floor, the one with the green door). It'll be me + Rami (our CTO), more of a coffee chat than a formal interview, an hour or so. Bring your laptop if you want to show us the retention dashboard you mentioned.

        Parking in d3 is a nightmare btw, Careem is your friend.

        Layal

        On Wed, 18 Mar 2026 at 11:04, Zainab Qureshi <zainab.qureshi@example.org> wrote:
        > Hi Layal,
        >
        > Lovely to meet you at the Product Hub meetup last week. As mentioned, I'd love to chat about the analyst role you're hiring for. I'm free most afternoons after 4 next week, except Friday.
        >
        > Best,
        > Zainab
        """)
    body = alt(text(body_text, cte="quoted-printable"), html(gmail_html(body_text)))
    headers = [
        rx("mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])", "2026-03-23 20:31:02", "Asia/Dubai", "b5c6d7e8f9"),
        ("From", addr("Layal Nassar", "layal@souqlab.io")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Re: Product Analyst @ Souqlab"),
        ("Date", date("2026-03-23 20:31:02", "Asia/Dubai")),
        ("Message-ID", "<CAJw0a1nQe7t3k+Vb5xY9sR2mP8hL4dF6gC1uN0oTz3Wq7iEjKA@mail.gmail.com>"),
        ("In-Reply-To", "<CAPz1mYc2Hn8Tq4wE7rV1kJ3fL0sD9aB6xM5gN2oUy4pZ8tRe3Q@mail.gmail.com>"),
        ("References", "<CAPz1mYc2Hn8Tq4wE7rV1kJ3fL0sD9aB6xM5gN2oUy4pZ8tRe3Q@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 15: forward-to-self of WhatsApp lines from an agency consultant --------------------------


@mail(N(15), family="forward_self", lang="en", interview=True, kind="scheduled",
      start="2026-04-08T11:00:00Z", end=None, contact="priya.nair@talentbridge-hr.com", company="Zenith Cloud Services",
      note="Note-to-self with pasted WhatsApp lines: 'confirmed ur interview for Wed 8th April 3 pm UAE time' = 11:00Z; "
           "'1 hr approx' -> end null. Sender is the candidate herself; contact = the consultant's address in the body.",
      local="Wed 2026-04-08 15:00", zone="Asia/Dubai")
def k15() -> bytes:
    body_text = t("""
        saving this here so i don't lose it in the chat

        [03/04/2026, 15:41] Priya Nair Talentbridge: Hi Zainab, good news! Zenith Cloud HR confirmed ur interview for Wed 8th April 3 pm UAE time 👍
        [03/04/2026, 15:41] Priya Nair Talentbridge: Its on Teams, their HR will send the link directly. Panel is Head of Analytics + one PM lead
        [03/04/2026, 15:42] Priya Nair Talentbridge: 1 hr approx. Pls revert with ok
        [03/04/2026, 15:44] Zainab: Ok noted, thank you Priya!
        [03/04/2026, 15:45] Priya Nair Talentbridge: 👍👍 all the best dear
        [03/04/2026, 15:46] Priya Nair Talentbridge: my email is priya.nair@talentbridge-hr.com if u need to send anything

        todo: read about their data platform, revise window functions, STAR story for the churn project
        """)
    body = text(body_text, cte="8bit")
    headers = [
        ("From", addr("Zainab Qureshi", ME)),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "zenith interview wed - whatsapp from priya"),
        ("Date", date("2026-04-03 15:50:12", "Asia/Dubai")),
        ("Message-ID", "<6F1B2C3D-9E8A-4B7C-A6D5-E4F3A2B1C0D9@example.org>"),
        ("X-Mailer", "iPhone Mail (22E240)"),
    ]
    return message(headers, body)


# --- key 16: Bayt employer message, HTML only, no human address ------------------------------------


@mail(N(16), family="bayt", lang="en", interview=True, kind="scheduled",
      start="2026-02-17T07:00:00Z", end=None, contact=None, company="Marsa Hospitality Group",
      note="Bayt.com relays the employer's message: face-to-face interview 17/02/2026 (Tuesday) 11:00 hrs in Dubai = "
           "07:00Z. Only a landline and a first name for HR, no human e-mail address -> contact null.",
      local="Tue 2026-02-17 11:00", zone="Asia/Dubai")
def k16() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#eef1f4">
        <table align="center" width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d2d2d">
        <tr><td style="padding:16px 24px;border-bottom:3px solid #0072bc"><img src="https://www.bayt.com/images/email/bayt-logo.png" alt="Bayt.com" width="90"></td></tr>
        <tr><td style="padding:24px">
        <p>Dear Zainab Qureshi,</p>
        <p><b>Marsa Hospitality Group</b> has sent you a message regarding your application for <b>Revenue &amp; Product Analyst</b> (Dubai, United Arab Emirates):</p>
        <div style="background:#f6f8fa;border-left:4px solid #0072bc;padding:12px 16px;margin:16px 0">
        Dear Candidate,<br><br>
        Greetings from Marsa Hospitality Group!<br><br>
        Your CV has been shortlisted. You are requested to attend a face to face interview as per below details:<br><br>
        Date: 17/02/2026 (Tuesday)<br>
        Time: 11:00 hrs<br>
        Venue: Marsa Hospitality Group Head Office, 3rd Floor, Al Barsha Business Centre, Al Barsha 1, Dubai (near Mall of the Emirates metro station)<br>
        Contact person: Ms. Anjali (HR) &ndash; 04 555 2391<br><br>
        Please bring your original passport, visa copy, Emirates ID and educational certificates. Kindly be on time.<br><br>
        Regards,<br>
        Talent Acquisition Team<br>
        Marsa Hospitality Group
        </div>
        <p><a href="https://www.bayt.com/en/myworkspace/messages/?msg=88120457" style="background:#0072bc;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Reply to Employer</a></p>
        <p style="font-size:12px;color:#777">Bayt.com will never ask you for money in exchange for a job. Report suspicious messages to our team.</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999">You received this email because you applied to a job on Bayt.com. &copy; 2000-2026 Bayt.com, Inc. <a href="https://www.bayt.com/en/myworkspace/settings/notifications/">Manage notifications</a></td></tr>
        </table>
        </body></html>
        """)
    body = html(body_html, cte="quoted-printable")
    headers = [
        rx("mta12.bayt.com (mta12.bayt.com [94.200.61.12])", "2026-02-12 09:22:40", "UTC", "c8d9e0f1a2"),
        ("From", addr("Bayt.com", "no-reply@bayt.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Marsa Hospitality Group sent you a message about your application"),
        ("Date", date("2026-02-12 09:22:40", "UTC")),
        ("Message-ID", "<msg-88120457.1770888160@bayt.com>"),
        ("List-Unsubscribe", "<https://www.bayt.com/en/myworkspace/settings/notifications/>"),
    ]
    return message(headers, body)


# --- key 17: Exchange update of key 3 (panel moved) -------------------------------------------------


@mail(N(17), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-03-09T06:00:00Z", end="2026-03-09T07:30:00Z", contact="maricel.santos@bayraqdigital.ae",
      company="Bayraq Digital",
      note="Updated Exchange request (same UID, SEQUENCE:1) for key 3: moved from Thu 5 Mar 11:00 to Mon 9 Mar "
           "10:00-11:30 'Arabian Standard Time' (UTC+4) = 06:00-07:30Z; old and new times both in the text.",
      local="Mon 2026-03-09 10:00", local_end="2026-03-09 11:30", zone="Asia/Dubai")
def k17() -> bytes:
    note = t("""
        Good day Ms. Zainab,

        Kindly note that your panel interview has been rescheduled from Thursday, 05 March 2026 (11:00 AM) to Monday, 09 March 2026, 10:00 AM to 11:30 AM, due to the unavailability of one of our panel members. The venue remains the same.

        We apologize for the inconvenience caused. Kindly accept the updated invite.

        Thank you.

        Best Regards,
        Maricel Santos
        Talent Acquisition Specialist
        Bayraq Digital | Abu Dhabi, UAE
        T: +971 2 555 0148

        -----Original Appointment-----
        """)
    plain = t(f"""
        When: Monday, March 9, 2026 10:00 AM-11:30 AM (UTC+04:00) Abu Dhabi, Muscat.
        Where: {BAYRAQ_WHERE}

        *~*~*~*~*~*~*~*~*~*

        """) + note + BAYRAQ_BODY
    ics = exchange_ics(
        method="REQUEST", tzid="Arabian Standard Time", vtz=VTZ_ARABIAN, uid=BAYRAQ_UID,
        organizer=("Maricel Santos", "maricel.santos@bayraqdigital.ae"),
        attendees=[("Zainab Qureshi", ME, "REQ-PARTICIPANT"),
                   ("Saeed Al Mansoori", "saeed.almansoori@bayraqdigital.ae", "REQ-PARTICIPANT"),
                   ("Priyanka Rao", "priyanka.rao@bayraqdigital.ae", "REQ-PARTICIPANT"),
                   ("Tarek Ibrahim", "tarek.ibrahim@bayraqdigital.ae", "OPT-PARTICIPANT")],
        summary=BAYRAQ_SUBJECT, start="20260309T100000", end="20260309T113000", location=BAYRAQ_WHERE,
        description=note + BAYRAQ_BODY, dtstamp="20260304T122031Z", sequence=1,
    )
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    headers = [
        rx("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2121.outbound.protection.outlook.com [40.107.104.121])",
           "2026-03-04 16:20:31", "Asia/Dubai", "d0e1f2a3b4"),
        ("From", addr("Maricel Santos", "maricel.santos@bayraqdigital.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("CC", "Saeed Al Mansoori <saeed.almansoori@bayraqdigital.ae>, Priyanka Rao <priyanka.rao@bayraqdigital.ae>, "
               "Tarek Ibrahim <tarek.ibrahim@bayraqdigital.ae>"),
        ("Subject", BAYRAQ_SUBJECT),
        ("Thread-Topic", BAYRAQ_SUBJECT),
        ("Thread-Index", "AdyqHQk9yN1c2uR0T0a5jv3pX1BxEwBJx7Qa"),
        ("Date", date("2026-03-04 16:20:31", "Asia/Dubai")),
        ("Message-ID", "<PAXPR02MB7398F1E2D3C4B5A69788A1B2C3D4E@PAXPR02MB7398.eurprd02.prod.outlook.com>"),
        ("Importance", "high"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


# --- key 18: Indian HR reschedules key 4 (reply on top of the thread) ------------------------------


@mail(N(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-02-26T09:30:00Z", end="2026-02-26T10:15:00Z", contact="swati.kulkarni@vyomanalytics.in",
      company="Vyom Analytics",
      note="Reply on top of key 4's thread: 'rescheduled to 26-Feb-2026 (Thursday) at 03:00 PM IST', 'Duration remains 45 "
           "mins' -> 09:30-10:15Z (01:30 PM UAE). The old time (24-Feb 11:30 AM IST) is in the text and in the quote.",
      local="Thu 2026-02-26 15:00", local_end="2026-02-26 15:45", zone="Asia/Kolkata")
def k18() -> bytes:
    quoted_first = "\n".join(">> " + line if line else ">>" for line in VYOM_FIRST.rstrip("\n").split("\n"))
    body_text = t("""
        Dear Zainab,

        Due to some unavoidable circumstances at the panel's end, your interview scheduled on 24-Feb-2026 at 11:30 AM IST stands rescheduled to 26-Feb-2026 (Thursday) at 03:00 PM IST (01:30 PM UAE time). Duration remains 45 mins and the panel is the same.

        Inconvenience caused is deeply regretted. The updated Google Meet invite will follow.

        Kindly acknowledge.

        Thanks & Regards,
        Swati Kulkarni
        Talent Acquisition | Vyom Analytics Pvt. Ltd.
        +91 98450 12387

        On Thu, 19 Feb 2026 at 18:02, Zainab Qureshi <zainab.qureshi@example.org> wrote:
        > Dear Swati,
        >
        > Thank you, I confirm my availability for 24 Feb at 11:30 AM IST.
        > My CTC details and notice period (1 month) are in the attached sheet.
        >
        > Regards,
        > Zainab
        >
        > On Thu, 19 Feb 2026 at 17:46, Swati Kulkarni <swati.kulkarni@vyomanalytics.in> wrote:
        """) + quoted_first + "\n"
    body = alt(text(body_text, cte="quoted-printable"), html(gmail_html(body_text)))
    headers = [
        rx("mail-pl1-f41.google.com (mail-pl1-f41.google.com [209.85.214.41])", "2026-02-23 10:12:33", "Asia/Kolkata", "e2f3a4b5c6"),
        ("From", addr("Swati Kulkarni", "swati.kulkarni@vyomanalytics.in")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", enc("Re: Interview Schedule || Product Analyst (Remote – GCC Clients) || Vyom Analytics")),
        ("Date", date("2026-02-23 10:12:33", "Asia/Kolkata")),
        ("Message-ID", "<CAHx7Q2tY5mN8bV3cX1zK0jL9hG7fD4sA2pO6iU8yT1rE3wQ5Zg@mail.gmail.com>"),
        ("In-Reply-To", "<CAPz1mYa8Nw3Kr6tL2yB9vE0fH5sJ7cD1gQ4oXu2mZ6pRi9Tq8A@mail.gmail.com>"),
        ("References", "<CAHx7Q2v9Lr0uJ3kTmW1eYp8N5bZcR4fD6gS2aK1oVh3Pq7xEw@mail.gmail.com> "
                       "<CAPz1mYa8Nw3Kr6tL2yB9vE0fH5sJ7cD1gQ4oXu2mZ6pRi9Tq8A@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 19: Google Calendar "Updated invitation", UK, moved across the BST change ----------------


@mail(N(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-03-31T13:00:00Z", end="2026-03-31T14:00:00Z", contact="ellie.marsh@fernsideinsights.co.uk",
      company="Fernside Insights",
      note="Google Calendar update (SEQUENCE:1) sent Wed 25 Mar (GMT): moved from Friday to Tue 31 Mar 2pm-3pm UK time, "
           "which is BST (UTC+1) by then -> 13:00-14:00Z (5pm Dubai); ICS in UTC; contact = organiser.",
      local="Tue 2026-03-31 14:00", local_end="2026-03-31 15:00", zone="Europe/London")
def k19() -> bytes:
    title = "Fernside | Product Analyst – Technical interview (Zainab Qureshi)"
    eid = "MmFxN3Zrc2M5ZGowbWU0YjFwOGx0NnJoM2Ygemw2ZXhhbXBsZS5vcmc"
    desc = ("Hi Zainab – as discussed, moving us from Friday to Tuesday. Same format: 30 min SQL + a product metrics "
            "case with Ben. Clocks go forward in the UK on Sunday, so 2pm here will be 5pm for you. Ellie")
    plain = t(f"""
        This event has been updated
        Changed: time

        {title}
        Tuesday 31 Mar 2026 ⋅ 2pm – 3pm
        United Kingdom Time

        Join with Google Meet
        https://meet.google.com/tnc-wqxe-bvr

        {desc}

        Guests
        Ellie Marsh - organiser
        Ben Okafor
        {ME}
        """) + google_footer(eid)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260331T130000Z
DTEND:20260331T140000Z
DTSTAMP:20260325T164803Z
ORGANIZER;CN=Ellie Marsh:mailto:ellie.marsh@fernsideinsights.co.uk
UID:2aq7vksc9dj0me4b1p8lt6rh3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ellie Marsh;X-NUM-GUESTS=0:mailto:ellie.marsh@fernsideinsights.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ben Okafor;X-NUM-GUESTS=0:mailto:ben.okafor@fernsideinsights.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/tnc-wqxe-bvr
CREATED:20260318T101522Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20260325T164802Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{esc(title)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    body = mixed(
        alt(text(plain), html(google_html(plain)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    headers = [
        rx("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-03-25 16:48:03", "UTC", "f4a5b6c7d8"),
        ("From", addr("Ellie Marsh", "ellie.marsh@fernsideinsights.co.uk")),
        ("Reply-To", addr("Ellie Marsh", "ellie.marsh@fernsideinsights.co.uk")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(f"Updated invitation: {title} @ Tue 31 Mar 2026 2pm - 3pm (BST) ({ME})")),
        ("Date", date("2026-03-25 16:48:03", "UTC")),
        ("Message-ID", "<calendar-e0c4b8a2-5f17-4d93-8b6a-3e2f1c0d9a85@google.com>"),
    ]
    return message(headers, body)


# --- key 20: headhunter moves the 2nd round (Outlook reply on top) ---------------------------------


@mail(N(20), family="agency_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-04-19T08:00:00Z", end=None, contact="joelle.khoury@levantexec.com", company="Hayyan Health",
      note="Agency consultant in Dubai (+0400) moves the client's 2nd round to 'Sunday 19 April, 11:00 AM KSA time "
           "(12 noon UAE)' = 08:00Z; quoted Outlook thread has the old Thursday 16 April 2 PM KSA slot. No duration -> "
           "end null. Company = the client. Follows key 35.",
      local="Sun 2026-04-19 11:00", zone="Asia/Riyadh", days=(("Thu", "2026-04-16"), ("Wed", "2026-04-08")))
def k20() -> bytes:
    body_text = t("""
        Hi Zainab,

        Hope you're well. The client asked to move your 2nd round as Dr. Sultan has to travel on Thursday.

        New time: Sunday 19 April, 11:00 AM KSA time (12 noon UAE). Same Teams link as before, panel unchanged.

        Sorry for the back and forth! Please confirm 🙏

        Kind regards,
        Joelle Khoury
        Senior Consultant – Healthcare & Technology
        Levant Executive Search | Dubai – Beirut – Riyadh
        M: +971 50 412 7739

        From: Joelle Khoury
        Sent: Wednesday, April 8, 2026 4:02 PM
        To: Zainab Qureshi <zainab.qureshi@example.org>
        Subject: RE: Hayyan Health - Senior Product Analyst - 2nd round

        Hi Zainab,

        Confirmed with Hayyan for Thursday 16 April, 2:00 PM KSA / 3:00 PM UAE. Panel: Dr. Sultan Al Otaibi (Chief Digital Officer) and Mona Al Shehri (Product Lead). Teams link below.

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4YTljNDEtOWQ3Mi00YjE2LWE4ZTAtNmNhZDM0ZjUyOTFi%40thread.v2/0

        Best of luck!
        Joelle
        """)
    body = alt(text(body_text, cte="quoted-printable"), html(outlook_html(body_text)))
    headers = [
        rx("EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2112.outbound.protection.outlook.com [40.107.241.112])",
           "2026-04-14 12:10:44", "Asia/Dubai", "a5b6c7d8e9"),
        ("From", addr("Joelle Khoury", "joelle.khoury@levantexec.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "RE: Hayyan Health - Senior Product Analyst - 2nd round"),
        ("Thread-Topic", "Hayyan Health - Senior Product Analyst - 2nd round"),
        ("Thread-Index", "AQHcxQ1rJm3kV2d8Q0yFZp5sT1c7AwAJfE2LAAF9kRA="),
        ("Date", date("2026-04-14 12:10:44", "Asia/Dubai")),
        ("Message-ID", "<VI1PR03MB6157E8D9C0B1A2F3E4D5C6B7A8F9@VI1PR03MB6157.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", "<VI1PR03MB6157A1B2C3D4E5F60718293A4B5C@VI1PR03MB6157.eurprd03.prod.outlook.com>"),
        ("References", "<VI1PR03MB6157A1B2C3D4E5F60718293A4B5C@VI1PR03MB6157.eurprd03.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, body)


# --- key 21: Google Calendar cancellation with a note, India ---------------------------------------


@mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-03-02T10:30:00Z", end="2026-03-02T11:30:00Z", contact="arjun.mehra@kesaricommerce.in",
      company="Kesari Commerce",
      note="Google Calendar 'Cancelled event with note' (METHOD:CANCEL): Mon 2 Mar 4pm-5pm India Standard Time "
           "(UTC+5:30) = 10:30-11:30Z; role put on hold, no new time. Contact = organiser.",
      local="Mon 2026-03-02 16:00", local_end="2026-03-02 17:00", zone="Asia/Kolkata")
def k21() -> bytes:
    title = "Kesari x Zainab – Product Analyst, Round 2"
    note = ("Hi Zainab, apologies – leadership has put this role on hold for the quarter, so I'm cancelling round 2 "
            "for now. I'll reach out if it reopens. Regards, Arjun")
    plain = t(f"""
        This event has been cancelled with a note:
        "{note}"

        {title}
        Monday 2 Mar 2026 ⋅ 4pm – 5pm
        India Standard Time - Kolkata

        Guests
        Arjun Mehra - organiser
        Nikhil Bansal
        {ME}

        Invitation from Google Calendar
        https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP.

        Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260302T103000Z
DTEND:20260302T113000Z
DTSTAMP:20260226T125019Z
ORGANIZER;CN=Arjun Mehra:mailto:arjun.mehra@kesaricommerce.in
UID:67f3ksbl8r1q0va9hd2e5mct4u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Arjun Mehra;X-NUM-GUESTS=0:mailto:arjun.mehra@kesaricommerce.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nikhil Bansal;X-NUM-GUESTS=0:mailto:nikhil.bansal@kesaricommerce.in
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20260220T094411Z
DESCRIPTION:
LAST-MODIFIED:20260226T125018Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:{esc(title)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    body = mixed(
        alt(text(plain), html(google_html(plain)), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    headers = [
        rx("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-02-26 12:50:19", "UTC", "b6c7d8e9f0"),
        ("From", addr("Arjun Mehra", "arjun.mehra@kesaricommerce.in")),
        ("Reply-To", addr("Arjun Mehra", "arjun.mehra@kesaricommerce.in")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(f"Cancelled event with note: {title} @ Mon 2 Mar 2026 4pm - 5pm (IST) ({ME})")),
        ("Date", date("2026-02-26 12:50:19", "UTC")),
        ("Message-ID", "<calendar-1d9a7c35-8e42-4b0f-a6d1-5c3e9f2b7a40@google.com>"),
    ]
    return message(headers, body)


# --- key 22: Exchange cancellation, Doha, "Arab Standard Time" ------------------------------------


@mail(N(22), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-03-11T10:00:00Z", end="2026-03-11T11:00:00Z", contact="rana.haddad@lusailmedia.qa",
      company="Lusail Media Group",
      note="Exchange 'Canceled:' (METHOD:CANCEL, STATUS:CANCELLED), TZID 'Arab Standard Time' (UTC+3, also Qatar): "
           "Wed 11 Mar 1:00-2:00 PM Doha = 10:00-11:00Z; new slots promised 'after Eid', none fixed.",
      local="Wed 2026-03-11 13:00", local_end="2026-03-11 14:00", zone="Asia/Qatar")
def k22() -> bytes:
    prose = t("""
        Dear Zainab,

        Apologies, we have to cancel Wednesday's case interview (11 March, 1:00 PM Doha time). Our Head of Product has been called away on an urgent trip this week.

        I will come back to you with new slots after Eid. Thank you for your understanding.

        Best regards,
        Rana Haddad
        HR Business Partner | Lusail Media Group
        Doha, Qatar
        """)
    plain = t("""
        When: Wednesday, March 11, 2026 1:00 PM-2:00 PM (UTC+03:00) Kuwait, Riyadh.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        """) + prose
    ics = exchange_ics(
        method="CANCEL", tzid="Arab Standard Time", vtz=VTZ_ARAB,
        uid="040000008200E00074C5B7101A82E008000000005E0C81B3E2ABDC01000000000000000010000000A9B8C7D6E5F40312233445566778899A",
        organizer=("Rana Haddad", "rana.haddad@lusailmedia.qa"),
        attendees=[("Zainab Qureshi", ME, "REQ-PARTICIPANT"),
                   ("Youssef Nasser", "youssef.nasser@lusailmedia.qa", "REQ-PARTICIPANT")],
        summary="Canceled: Case Interview – Zainab Qureshi (Product Analyst)",
        start="20260311T130000", end="20260311T140000", location="Microsoft Teams Meeting",
        description=prose, dtstamp="20260309T060241Z", sequence=1, status="CANCELLED", busy="FREE", importance=2,
    )
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="CANCEL", cte="base64"))
    headers = [
        rx("EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2107.outbound.protection.outlook.com [40.107.13.107])",
           "2026-03-09 09:02:41", "Asia/Qatar", "c7d8e9f0a1"),
        ("From", addr("Rana Haddad", "rana.haddad@lusailmedia.qa")),
        ("To", addr("Zainab Qureshi", ME)),
        ("CC", addr("Youssef Nasser", "youssef.nasser@lusailmedia.qa")),
        ("Subject", enc("Canceled: Case Interview – Zainab Qureshi (Product Analyst)")),
        ("Thread-Topic", enc("Case Interview – Zainab Qureshi (Product Analyst)")),
        ("Thread-Index", "AdyvQ2m1c8Xk7T0rRJy3aHq5bWn9Fw=="),
        ("Date", date("2026-03-09 09:02:41", "Asia/Qatar")),
        ("Message-ID", "<HE1PR01MB4412D3C2B1A0F9E8D7C6B5A4F3E2@HE1PR01MB4412.eurprd01.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


# --- key 23: Outlook prose cancellation, windows-1252 ---------------------------------------------


@mail(N(23), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-04-08T06:00:00Z", end=None, contact="joy.delacruz@alsafwafm.ae",
      company="Al Safwa Facilities Management",
      note="HR prose, windows-1252 QP: 'your interview scheduled this Wednesday, 8th April 2026 at 10:00 AM ... has been "
           "cancelled' (position filled internally), Dubai -> 06:00Z; cancelled slot, no new time.",
      local="Wed 2026-04-08 10:00", zone="Asia/Dubai")
def k23() -> bytes:
    body_text = t("""
        Dear Ms. Zainab,

        Good afternoon.

        We regret to inform you that your interview scheduled this Wednesday, 8th April 2026 at 10:00 AM with our Operations Director has been cancelled, as the position has now been filled internally.

        We truly appreciate your interest in Al Safwa Facilities Management and we’ll keep your CV in our talent pool for future opportunities that match your profile.

        Thank you for your understanding.

        Best regards,

        Joy Dela Cruz
        HR Officer – Recruitment
        Al Safwa Facilities Management LLC
        Al Quoz Industrial Area 3, Dubai, UAE
        Tel: +971 4 555 6621
        """)
    body = alt(text(body_text, charset="windows-1252", cte="quoted-printable"),
               html(outlook_html(body_text).replace("charset=utf-8", "charset=windows-1252"), charset="windows-1252"))
    headers = [
        rx("mail.alsafwafm.ae (mail.alsafwafm.ae [91.74.120.33])", "2026-04-06 15:10:26", "Asia/Dubai", "d8e9f0a1b2"),
        ("From", addr("Joy Dela Cruz", "joy.delacruz@alsafwafm.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Interview Cancellation - Business Product Analyst"),
        ("Date", date("2026-04-06 15:10:26", "Asia/Dubai")),
        ("Message-ID", "<002f01dcc5d4$8a1b3c20$9e51b460$@alsafwafm.ae>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzF1IXr3a0bN1kHQi2Y7dLm4oPzvw=="),
        ("Content-Language", "en-us"),
    ]
    return message(headers, body)


# =========================================================================== negatives

# --- key 24: Bayt job alert with a "walk-in interview" listing -------------------------------------


@mail(N(24), family="job_alert", lang="en", interview=False, company=None,
      note="Bayt.com job alert digest; one listing advertises a walk-in interview day, which is not the candidate's "
           "interview.",
      days=(("Sun", "2026-02-15"),))
def k24() -> bytes:
    plain = t("""
        12 new jobs for "Product Analyst" in United Arab Emirates

        Hi Zainab, here are the latest jobs matching your alert.

        Product Analyst - E-commerce
        Rawdah Online Retail - Dubai, UAE
        2-5 years | Posted today
        https://www.bayt.com/en/uae/jobs/product-analyst-e-commerce-71420881/

        Senior Data & Product Analyst
        Confidential company - Abu Dhabi, UAE
        5-8 years | Posted 1 day ago
        https://www.bayt.com/en/uae/jobs/senior-data-product-analyst-71418207/

        Business Analyst (Digital) - WALK-IN INTERVIEW
        Gulfway Facilities Services - Deira, Dubai
        Walk-in interview: Sunday 15 Feb, 9:00 AM - 1:00 PM, Al Ghurair Centre Office Tower, 6th floor. Bring your CV.
        https://www.bayt.com/en/uae/jobs/business-analyst-digital-71416630/

        Product Insights Analyst
        Tamarind Travel Tech - Dubai Internet City, UAE
        3-6 years | Easy Apply
        https://www.bayt.com/en/uae/jobs/product-insights-analyst-71415502/

        See all 12 jobs: https://www.bayt.com/en/uae/jobs/product-analyst-jobs/?alert=55120931

        You are receiving this email because you created a job alert on Bayt.com.
        Unsubscribe: https://www.bayt.com/en/myworkspace/job-alerts/unsubscribe/?id=55120931
        """)
    html_body = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
                 + "".join(f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n"))
                 + "</body></html>\n")
    body = alt(text(plain), html(html_body))
    headers = [
        rx("mta07.bayt.com (mta07.bayt.com [94.200.61.7])", "2026-02-09 05:30:12", "UTC", "e0f1a2b3c4"),
        ("From", addr("Bayt.com Job Alerts", "alerts@bayt.com")),
        ("To", ME),
        ("Subject", '12 new jobs for "Product Analyst" in United Arab Emirates'),
        ("Date", date("2026-02-09 05:30:12", "UTC")),
        ("Message-ID", "<alert-55120931-20260209@bayt.com>"),
        ("List-Unsubscribe", "<https://www.bayt.com/en/myworkspace/job-alerts/unsubscribe/?id=55120931>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, body)


# --- key 25: Naukrigulf "shortlisted" notification, no time -----------------------------------------


@mail(N(25), family="job_board_notification", lang="en", interview=False, company="Sahab Retail",
      note="Naukrigulf: profile shortlisted by a recruiter, 'may get in touch ... to schedule an interview'; nothing "
           "fixed. Company = the employer named.")
def k25() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#1a4e8a;color:#fff;padding:14px 20px;font-size:18px">naukrigulf.com</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Zainab,</p>
        <p><b>Congratulations!</b> Your profile has been shortlisted by a recruiter at <b>Sahab Retail</b> for the role of <b>Product Analyst - Omnichannel</b> (Riyadh / Dubai).</p>
        <p>The recruiter may get in touch with you directly to discuss the next steps, including scheduling an interview. Keep your phone reachable and your profile updated.</p>
        <p style="background:#f3f7fb;padding:10px">Recruiters who viewed your profile in the last 7 days: <b>4</b><br>Profile completeness: <b>85%</b> &ndash; add your current salary to get noticed more.</p>
        <p><a href="https://www.naukrigulf.com/mnj/myapplies?src=shortlist_mail">View application status</a></p>
        <p>Regards,<br>Team Naukrigulf</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888;padding:10px 20px">This is a system generated mail. Please do not reply. To unsubscribe, <a href="https://www.naukrigulf.com/mnj/settings/communication">change your communication settings</a>.</td></tr>
        </table></body></html>
        """)
    body = html(body_html)
    headers = [
        rx("mailer4.naukrigulf.com (mailer4.naukrigulf.com [103.15.63.44])", "2026-02-27 07:41:55", "Asia/Kolkata", "f1a2b3c4d5"),
        ("From", addr("Naukrigulf.com", "info@naukrigulf.com")),
        ("To", ME),
        ("Subject", "Zainab, your profile has been shortlisted by a recruiter"),
        ("Date", date("2026-02-27 07:41:55", "Asia/Kolkata")),
        ("Message-ID", "<1772158315.88123.shortlist@naukrigulf.com>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, body)


# --- key 26: GulfTalent application submitted -----------------------------------------------------


@mail(N(26), family="application_ack", lang="en", interview=False, company="Qudra Telecom",
      note="GulfTalent application receipt; 'if shortlisted, the employer will contact you to arrange an interview' "
           "is hypothetical.")
def k26() -> bytes:
    plain = t("""
        Dear Zainab,

        Your application has been submitted successfully.

        Position: Product Analyst - Consumer Digital
        Employer: Qudra Telecom
        Location: Dubai, UAE
        Application date: 10 Feb 2026

        What happens next?
        Your application has been forwarded to the employer. If you are shortlisted, the employer will contact you directly to arrange an interview. Due to the high volume of applications, employers are usually only able to respond to shortlisted candidates.

        Track your applications: https://www.gulftalent.com/mygulftalent/applications

        Good luck!
        The GulfTalent Team
        """)
    body = alt(text(plain), html(gmail_html(plain).replace('<div dir="ltr">', '<div style="font-family:Arial">')))
    headers = [
        rx("smtp3.gulftalent.com (smtp3.gulftalent.com [185.41.16.23])", "2026-02-10 12:06:40", "Asia/Dubai", "a2b3c4d5e6"),
        ("From", addr("GulfTalent", "noreply@gulftalent.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Application submitted: Product Analyst - Consumer Digital at Qudra Telecom"),
        ("Date", date("2026-02-10 12:06:40", "Asia/Dubai")),
        ("Message-ID", "<app-3318822-1770710800@gulftalent.com>"),
    ]
    return message(headers, body)


# --- key 27: Workday application receipt, Riyadh --------------------------------------------------


@mail(N(27), family="application_ack", lang="en", interview=False, company="Najd Retail Holding",
      note="Workday 'thank you for applying' (Date in PST); mentions contacting her 'to schedule an interview' and the "
           "Sunday-Thursday week, nothing fixed. Precedes key 2.")
def k27() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Zainab Qureshi,</p>
        <p>Thank you for applying for the <b>Senior Product Analyst</b> position (R-1187) at Najd Retail Holding.</p>
        <p>We have received your application and our Talent Acquisition team will review your profile against the requirements of the role. If your qualifications match our needs, a member of the team will contact you to schedule an interview.</p>
        <p>Please note that our offices operate Sunday to Thursday, 8:00 AM to 5:00 PM (KSA time), and during the Holy Month of Ramadan from 10:00 AM to 3:00 PM.</p>
        <p>You can track the status of your application at any time on our <a href="https://wd103.myworkdayjobs.com/NajdCareers">careers site</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Najd Retail Holding</p>
        <p style="font-size:11px;color:#888">This is an automated message. Please do not reply.</p>
        </body></html>
        """)
    body = html(body_html)
    headers = [
        rx("myworkday.com (smtp-out-3.myworkday.com [216.178.118.93])", "2026-02-11 23:14:05", "America/Los_Angeles", "b3c4d5e6f7"),
        ("From", addr("Najd Retail Holding", "najdretail@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Thank you for applying – Senior Product Analyst (R-1187)")),
        ("Date", date("2026-02-11 23:14:05", "America/Los_Angeles")),
        ("Message-ID", "<1601227784.12907.1770880445391@wd103-prod-notif-02.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, body)


# --- key 28: Greenhouse rejection after the interview of key 6 --------------------------------------


@mail(N(28), family="rejection", lang="en", interview=False, company="Tallyforge",
      note="Post-interview rejection via Greenhouse; refers back to the 1 April interview.",
      days=(("Wed", "2026-04-01"),))
def k28() -> bytes:
    plain = t("""
        Hi Zainab,

        Thank you for taking the time to interview with Priya and Callum on Wednesday 1 April, and for the thought you put into the metrics case.

        After careful consideration, we've decided to move forward with other candidates whose experience more closely matches what we need for this role right now. This was a close call, and the team particularly liked your approach to the funnel question.

        We'd be happy to keep your details on file and reach out if a suitable role opens up.

        Thanks again, and best of luck with your search.

        Harriet Doyle
        Talent Partner, Tallyforge
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    headers = [
        rx("o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.41.203])", "2026-04-08 13:20:44", "UTC", "c4d5e6f7a8"),
        ("From", addr("Tallyforge", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Harriet Doyle", "harriet.doyle@tallyforge.co.uk")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Your application to Tallyforge"),
        ("Date", date("2026-04-08 13:20:44", "UTC")),
        ("Message-ID", "<gh.58120377.f81e2a0b9c44@us.greenhouse-mail.io>"),
    ]
    return message(headers, body)


# --- key 29: SuccessFactors rejection, bilingual, base64 ------------------------------------------


@mail(N(29), family="rejection", lang="en+ar", interview=False, company="Hamdan Aerospace Services",
      note="SAP SuccessFactors status update (base64, English + Arabic): application not progressed.")
def k29() -> bytes:
    plain = t("""
        Dear Zainab,

        Thank you for your interest in Hamdan Aerospace Services and for the time you invested in our recruitment process for the position of Product Data Analyst (Requisition ID 41822).

        After careful review, we regret to inform you that we will not be proceeding with your application at this time. Your profile will remain in our talent community and we may contact you should a suitable opportunity arise.

        We wish you every success in your career.

        Talent Acquisition
        Hamdan Aerospace Services

        ---

        عزيزتي زينب،

        نشكرك على اهتمامك بالانضمام إلى خدمات حمدان للطيران وعلى الوقت الذي خصصته لعملية التوظيف. نأسف لإبلاغك بأنه لن يتم المضي قدماً في طلبك في الوقت الحالي.

        مع أطيب التمنيات،
        فريق استقطاب المواهب
        """)
    body = alt(text(plain, cte="base64"), html(gmail_html(plain).replace('<div dir="ltr">', '<div dir="auto">'), cte="base64"))
    headers = [
        rx("mail3.successfactors.eu (mail3.successfactors.eu [155.56.208.93])", "2026-03-23 08:02:17", "Europe/Berlin", "d5e6f7a8b9"),
        ("From", addr("Hamdan Aerospace Services", "noreply@successfactors.eu")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Update on your application - Product Data Analyst (41822)"),
        ("Date", date("2026-03-23 08:02:17", "Europe/Berlin")),
        ("Message-ID", "<1205744918.301522.1774249337021@dc12-rcm-mail04>"),
    ]
    return message(headers, body)


# --- key 30: offer letter with deadlines and a joining date ---------------------------------------


@mail(N(30), family="offer", lang="en", interview=False, company="Sanad Pay",
      note="Offer of employment with a signature deadline (Thu 16 Apr 5 PM GST) and a joining date; mentions the "
           "earlier interviews; PDF attached.",
      days=(("Thu", "2026-04-16"), ("Mon", "2026-05-04")))
def k30() -> bytes:
    plain = t("""
        Dear Zainab,

        Greetings from Sanad Pay!

        Following your interviews with Omar and the team, we are delighted to extend to you an offer for the position of Product Analyst - Merchant Payments. Please find attached your offer letter with the complete details of your package.

        Kindly review, sign and revert by Thursday, 16 April 2026, 5:00 PM GST. The proposed joining date is Monday, 4 May 2026, subject to your notice period and visa transfer.

        Once you accept, our PRO team will reach out regarding the visa and Emirates ID formalities, and I will share the onboarding plan for your first week.

        Should you have any questions, feel free to call me on +971 52 610 4427.

        Congratulations once again and welcome on board (Insha'Allah)!

        Best regards,
        Dina Saleh
        People & Culture | Sanad Pay
        Dubai International Financial Centre, Dubai, UAE
        """)
    fake_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
                b"trailer<</Root 1 0 R>>\n%%EOF\n")
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer Letter - Zainab Qureshi.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer Letter - Zainab Qureshi.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(fake_pdf).replace(b"\n", b"\r\n"))
    body = mixed(alt(text(plain), html(gmail_html(plain))), pdf)
    headers = [
        rx("mail-ed1-f47.google.com (mail-ed1-f47.google.com [209.85.208.47])", "2026-04-13 11:05:38", "Asia/Dubai", "e6f7a8b9c0"),
        ("From", addr("Dina Saleh", "dina.saleh@sanadpay.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("CC", addr("Omar Khatib", "omar.khatib@sanadpay.ae")),
        ("Subject", enc("Offer of Employment – Product Analyst – Sanad Pay")),
        ("Date", date("2026-04-13 11:05:38", "Asia/Dubai")),
        ("Message-ID", "<CAN8xR3bV6tQ1mK9wE2yH5jD0fS7cL4aG8pU1oZr3Ti6Nq9YvXg@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 31: LinkedIn InMail from a headhunter (start of the key 5 thread) --------------------------


@mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Crescent Search Partners",
      note="LinkedIn InMail from an agency headhunter; asks for a quick call 'this week or next', no time fixed. Client "
           "not named, so company = the agency.")
def k31() -> bytes:
    plain = t("""
        Mark Fenwick
        Director, Data & Analytics at Crescent Search Partners

        Senior Product Analyst - DIFC bank

        Hi Zainab,

        I came across your profile and was really impressed by your product analytics work at Falaj Mobility. I'm partnering with a tier-1 bank in DIFC on a Senior Product Analyst hire (digital channels, strong SQL and experimentation). The package is very competitive.

        Would you be open to a quick 10-minute call this week or next? Let me know what suits you and the best number to reach you on.

        Best,
        Mark

        Reply: https://www.linkedin.com/messaging/thread/2-ZjQ4NmE1YzEtOGIwZi00/?trk=eml-inmail-reply
        Not interested: https://www.linkedin.com/messaging/thread/2-ZjQ4NmE1YzEtOGIwZi00/?trk=eml-inmail-decline

        This email was intended for Zainab Qureshi (Product Analyst at Falaj Mobility).
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    body = alt(text(plain), html(gmail_html(plain).replace('<div dir="ltr">', '<div style="font-family:-apple-system,system-ui,Arial">')))
    headers = [
        rx("mailb-dc.linkedin.com (mailb-dc.linkedin.com [108.174.3.152])", "2026-02-05 07:12:09", "UTC", "f7a8b9c0d1"),
        ("From", addr("Mark Fenwick", "inmail-hit-reply@linkedin.com")),
        ("Reply-To", addr("Mark Fenwick", "inmail-hit-reply@linkedin.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Senior Product Analyst - DIFC bank"),
        ("Date", date("2026-02-05 07:12:09", "UTC")),
        ("Message-ID", "<1489520833.2211407.1770275529337@lva1-app44713.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage>"),
    ]
    return message(headers, body)


# --- key 32: hiring manager sends a Calendly link (start of key 7) ----------------------------------


@mail(N(32), family="scheduling_link", lang="en", interview=False, company="Brightloop Health",
      note="Self-schedule Calendly link from a US hiring manager (EST); mentions the US clock change, nothing booked.",
      days=(("Sun", "2026-03-08"),))
def k32() -> bytes:
    plain = t("""
        Hi Zainab,

        Thanks for applying to the Product Analyst role at Brightloop Health - your experience with marketplace experimentation caught my eye.

        I'd love to set up a 30-minute intro. Please grab any slot that works for you on my calendar: https://calendly.com/daniel-weiss-brightloop/pa-intro

        I'm on Eastern Time. Heads up that our clocks spring forward this Sunday (March 8), so after that we'll be 8 hours behind Dubai instead of 9. Calendly should handle it, but just in case!

        Best,
        Daniel

        Daniel Weiss
        Director of Product Analytics, Brightloop Health
        New York, NY
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    headers = [
        rx("mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])", "2026-03-03 09:05:51", "America/New_York", "a8b9c0d1e2"),
        ("From", addr("Daniel Weiss", "daniel.weiss@brightloophealth.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Brightloop Health - Product Analyst: next steps"),
        ("Date", date("2026-03-03 09:05:51", "America/New_York")),
        ("Message-ID", "<CAB5rT8wN2kQ7vJ0mX4yE1hL9fD3sG6cP8aU2oZi5Tq1Kr7WeHg@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 33: Greenhouse availability request (start of key 6) ---------------------------------------


@mail(N(33), family="scheduling_link", lang="en", interview=False, company="Tallyforge",
      note="Greenhouse availability request: a window of days, no time fixed.",
      days=(("Mon", "2026-03-30"), ("Thu", "2026-04-02")))
def k33() -> bytes:
    plain = t("""
        Hi Zainab,

        Great news - the team would like to invite you to a 45-minute video interview for the Product Analyst position.

        Could you please let us know your availability using the link below? We're looking at Monday 30 March to Thursday 2 April. Please select as many slots as you can; times are shown in your local time zone.

        https://app.greenhouse.io/availability/9c2f1e7a-4d8b-43a0-b6e5-0f3d7c1a2b98

        Once we receive your availability, we'll send over a calendar invitation.

        Best,
        Harriet Doyle
        Talent Partner, Tallyforge
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    headers = [
        rx("o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.41.203])", "2026-03-19 10:31:20", "UTC", "b9c0d1e2f3"),
        ("From", addr("Tallyforge", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Harriet Doyle", "harriet.doyle@tallyforge.co.uk")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Tallyforge - please share your availability"),
        ("Date", date("2026-03-19 10:31:20", "UTC")),
        ("Message-ID", "<gh.58120377.9a0d4c2e1b77@us.greenhouse-mail.io>"),
    ]
    return message(headers, body)


# --- key 34: recruiter proposes two slots (start of key 1) -----------------------------------------


@mail(N(34), family="slot_proposal", lang="en", interview=False, company="Sanad Pay",
      note="Two candidate slots offered ('which of the below suits you'), calendar invite only after she picks: not "
           "yet agreed.",
      days=(("Tue", "2026-02-17"), ("Wed", "2026-02-18")))
def k34() -> bytes:
    plain = t("""
        Dear Zainab,

        Hope you're doing well, and thank you for your interest in Sanad Pay.

        Omar Khatib, our Head of Product, would like to have a 45-minute conversation with you regarding the Product Analyst role. Could you please let me know which of the below slots suits you:

        Option 1: Tuesday, 17 Feb - 11:00 AM (Dubai time)
        Option 2: Wednesday, 18 Feb - 2:00 PM (Dubai time)

        Once confirmed, I will send you the calendar invite with the Google Meet link.

        Kindly revert at the earliest.

        Best regards,
        Dina Saleh
        People & Culture | Sanad Pay
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    headers = [
        rx("mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", "2026-02-11 12:40:09", "Asia/Dubai", "c0d1e2f3a4"),
        ("From", addr("Dina Saleh", "dina.saleh@sanadpay.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", enc("Product Analyst – Interview with Hiring Manager")),
        ("Date", date("2026-02-11 12:40:09", "Asia/Dubai")),
        ("Message-ID", "<CAN8xR3aQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQwEr@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 35: headhunter passes her preferred slot on, pending the client (start of key 20) ---------


@mail(N(35), family="slot_pending", lang="en", interview=False, company="Hayyan Health",
      note="Agency reply 'noted with thanks ... will revert once they confirm': the candidate's preferred slot is not "
           "yet confirmed by the client. Company = the named client.",
      days=(("Thu", "2026-04-16"), ("Wed", "2026-04-15"), ("Sun", "2026-04-19"), ("Fri", "2026-04-03")))
def k35() -> bytes:
    body_text = t("""
        Hi Zainab,

        Noted with thanks! I've passed Thursday 2pm KSA on to the client and will revert once they confirm the panel's availability. Insha'Allah we should hear back by tomorrow.

        Kind regards,
        Joelle

        From: Zainab Qureshi <zainab.qureshi@example.org>
        Sent: Monday, April 6, 2026 4:51 PM
        To: Joelle Khoury <joelle.khoury@levantexec.com>
        Subject: Re: Hayyan Health - Senior Product Analyst - 2nd round

        Hi Joelle,

        Great news, thank you! Thursday 16 April at 2pm KSA works best for me, or Sunday morning (19th) as a backup.

        Best,
        Zainab

        From: Joelle Khoury
        Sent: Friday, April 3, 2026 1:15 PM
        To: Zainab Qureshi <zainab.qureshi@example.org>
        Subject: Hayyan Health - Senior Product Analyst - 2nd round

        Dear Zainab,

        Hayyan Health were very positive after your first conversation and would like to see you for a 2nd round with the Chief Digital Officer. Could you share 2-3 slots between Wed 15 and Sun 19 April? Please keep in mind their working week is Sunday to Thursday.

        Kind regards,
        Joelle Khoury
        Senior Consultant – Healthcare & Technology
        Levant Executive Search | Dubai – Beirut – Riyadh
        """)
    body = alt(text(body_text), html(outlook_html(body_text)))
    headers = [
        rx("EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2104.outbound.protection.outlook.com [40.107.241.104])",
           "2026-04-06 17:25:02", "Asia/Dubai", "d1e2f3a4b5"),
        ("From", addr("Joelle Khoury", "joelle.khoury@levantexec.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "RE: Hayyan Health - Senior Product Analyst - 2nd round"),
        ("Thread-Topic", "Hayyan Health - Senior Product Analyst - 2nd round"),
        ("Thread-Index", "AQHcxQ1rJm3kV2d8Q0yFZp5sT1c7AwAJfE2L"),
        ("Date", date("2026-04-06 17:25:02", "Asia/Dubai")),
        ("Message-ID", "<VI1PR03MB61570F1E2D3C4B5A69788A1B2C3D@VI1PR03MB6157.eurprd03.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, body)


# --- key 36: take-home case with a deadline --------------------------------------------------------


@mail(N(36), family="take_home", lang="en", interview=False, company="Nabat Foods",
      note="Take-home case after the interview of key 11: deadline Sun 29 Mar 11:59 PM Dubai time; a possible later "
           "walkthrough with the CEO is not scheduled.",
      days=(("Sun", "2026-03-29"),))
def k36() -> bytes:
    plain = t("""
        Hey Zainab,

        Thanks again for yesterday, really enjoyed the conversation!

        As promised, here's the take-home. Attached is a (synthetic) extract of 3 months of orders across our 4 kitchens. We'd like you to:
        1. Find the 2-3 biggest drivers of repeat orders
        2. Propose one experiment we could run in the app to improve 30-day retention
        3. Tell us which metric you'd use to call it

        Please send back a short deck (max 6 slides) by Sunday 29 March, 11:59 PM Dubai time. Don't spend more than 3-4 hours on it, we really mean that.

        If it goes well, the last step would be a 45-min walkthrough with our CEO, we'll find a time after we've reviewed.

        Cheers,
        Karim

        Karim Haddad
        Head of Product | Nabat Foods
        """)
    csv = "order_id,kitchen,order_ts,customer_id,basket_aed,channel\n100231,JLT,2026-01-03T19:42:10+04:00,c_8812,64.50,app\n"
    attach = text(csv, charset="utf-8", cte="base64", subtype="csv",
                  extra=(("Content-Disposition", 'attachment; filename="nabat_orders_q4_sample.csv"'),))
    body = mixed(alt(text(plain), html(gmail_html(plain))), attach)
    headers = [
        rx("mail-wr1-f50.google.com (mail-wr1-f50.google.com [209.85.221.50])", "2026-03-25 13:12:47", "Asia/Dubai", "e2f3a4b5c6"),
        ("From", addr("Karim Haddad", "karim.haddad@nabatfoods.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", enc("Nabat – take-home case")),
        ("Date", date("2026-03-25 13:12:47", "Asia/Dubai")),
        ("Message-ID", "<CAK2pL7nZ4vB1cX8mQ3wE6rT9yU2iO5aS8dF1gH4jK7lP0oWqRt@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 37: online assessment invitation ----------------------------------------------------------


@mail(N(37), family="assessment", lang="en", interview=False, company="Kranich Mobility",
      note="HackerRank test invitation with an expiry (Fri 20 Mar 11:59 PM GST), 75-minute timed test: an assessment, "
           "not an interview.",
      days=(("Fri", "2026-03-20"),))
def k37() -> bytes:
    plain = t("""
        Hi Zainab,

        Kranich Mobility has invited you to take the Product Analyst - SQL & Statistics test as part of their hiring process.

        Test duration: 75 minutes
        Questions: 6 (4 SQL, 2 statistics / multiple choice)
        Invite expires on: Fri, Mar 20, 2026 11:59 PM GST (UTC+04:00)

        Start test: https://www.hackerrank.com/tests/4k7s2b1p9q0/login?b=eyJ1c2VybmFtZSI6InphaW5hYiJ9

        Before you start:
        - Use a laptop or desktop with a stable internet connection.
        - The timer starts as soon as you click "Start test" and cannot be paused.
        - You may use the built-in SQL console; please don't use external help.

        If you face any issues, write to support@hackerrank.com.

        Good luck!
        Team HackerRank, on behalf of Kranich Mobility
        """)
    body = alt(text(plain), html(gmail_html(plain)))
    headers = [
        rx("o12.email.hackerrankforwork.com (o12.email.hackerrankforwork.com [167.89.101.12])", "2026-03-17 08:00:33", "UTC", "f3a4b5c6d7"),
        ("From", addr("Kranich Mobility via HackerRank", "no-reply@hackerrankforwork.com")),
        ("To", ME),
        ("Subject", "Kranich Mobility invited you to take the Product Analyst - SQL & Statistics test"),
        ("Date", date("2026-03-17 08:00:33", "UTC")),
        ("Message-ID", "<test-invite.4k7s2b1p9q0.1773734433@hackerrankforwork.com>"),
    ]
    return message(headers, body)


# --- key 38: dentist appointment, windows-1256 bilingual -------------------------------------------


@mail(N(38), family="non_interview_calendar", lang="en+ar", interview=False, company=None,
      note="Dental clinic appointment confirmation (Sat 14 Mar 11:30 AM), windows-1256 body: a confirmed time, not an "
           "interview.",
      days=(("Sat", "2026-03-14"),))
def k38() -> bytes:
    body_text = t("""
        Dear Zainab Qureshi,

        Your appointment is confirmed:

        Doctor: Dr. Rania Khalil (Orthodontist)
        Date: Saturday, 14 March 2026
        Time: 11:30 AM
        Location: Smile Avenue Dental Clinic, Cluster D, Jumeirah Lake Towers, Dubai

        Please arrive 10 minutes early and bring your insurance card. To reschedule, call 04 555 7310 at least 24 hours in advance.

        عزيزتي زينب،
        نود تأكيد موعدك مع الدكتورة رانيا خليل يوم السبت 14 مارس 2026 الساعة 11:30 صباحاً.
        يرجى الحضور قبل الموعد بعشر دقائق.

        Smile Avenue Dental Clinic
        """)
    body = text(body_text, charset="windows-1256", cte="quoted-printable")
    headers = [
        rx("mail.smileavenue-dental.ae (mail.smileavenue-dental.ae [94.56.12.200])", "2026-03-11 10:05:14", "Asia/Dubai", "a4b5c6d7e8"),
        ("From", addr("Smile Avenue Dental Clinic", "appointments@smileavenue-dental.ae")),
        ("To", ME),
        ("Subject", enc("Appointment Confirmation / تأكيد موعد", "windows-1256")),
        ("Date", date("2026-03-11 10:05:14", "Asia/Dubai")),
        ("Message-ID", "<appt-20260314-1130-7781@smileavenue-dental.ae>"),
    ]
    return message(headers, body)


# --- key 39: sprint review at the current employer (Exchange, forwarded) ----------------------------


@mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Current employer's Exchange invite ('Arabian Standard Time') for a sprint review on Friday before Jumu'ah, "
           "auto-forwarded from the work address: not an interview.",
      days=(("Fri", "2026-02-20"),))
def k39() -> bytes:
    prose = t("""
        Hi all,

        Sprint 14 review & demo. Keeping it to one hour so everyone can leave in time for Jumu'ah prayer.

        Agenda:
        - Driver incentives A/B test readout (Zainab)
        - New surge pricing dashboard (Vikram)
        - Sprint 15 priorities

        Please have your demos ready and share decks in the channel beforehand.

        Thanks,
        Ritika
        """)
    plain = t("""
        When: Friday, February 20, 2026 10:00 AM-11:00 AM (UTC+04:00) Abu Dhabi, Muscat.
        Where: Boardroom 2 / Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        """) + prose + "\n" + teams_block("402 118 737 905", "Rk4vB9", "OTEyZmI0YzctMjRhYi00NDc1LTk4ZjAtN2I1ZDFlYTBjMzE2")
    ics = exchange_ics(
        method="REQUEST", tzid="Arabian Standard Time", vtz=VTZ_ARABIAN,
        uid="040000008200E00074C5B7101A82E00800000000B3E1D9A15DA0DC01000000000000000010000000F1E2D3C4B5A69788A1B2C3D4E5F60718",
        organizer=("Ritika Sharma", "ritika.sharma@falajmobility.com"),
        attendees=[("Product & Analytics", "product-analytics@falajmobility.com", "REQ-PARTICIPANT"),
                   ("Zainab Qureshi", WORK, "REQ-PARTICIPANT")],
        summary="Sprint 14 Review & Demo", start="20260220T100000", end="20260220T110000",
        location="Boardroom 2 / Microsoft Teams Meeting", description=prose, dtstamp="20260216T051503Z",
    )
    body = alt(text(plain), html(outlook_html(plain)), calendar(ics, method="REQUEST", cte="base64"))
    headers = [
        rx("mail-forward.falajmobility.com (mail-forward.falajmobility.com [52.100.152.10])", "2026-02-16 09:15:03", "Asia/Dubai", "b5c6d7e8f9"),
        ("From", addr("Ritika Sharma", "ritika.sharma@falajmobility.com")),
        ("To", addr("Product & Analytics", "product-analytics@falajmobility.com")),
        ("Subject", "Sprint 14 Review & Demo"),
        ("Thread-Topic", "Sprint 14 Review & Demo"),
        ("Thread-Index", "AdygD5k1wR3t8xN2TqCz0b7YvM4eLg=="),
        ("Date", date("2026-02-16 09:15:03", "Asia/Dubai")),
        ("Message-ID", "<AS8PR06MB7622B1C2D3E4F5A6B7C8D9E0F1A2@AS8PR06MB7622.eurprd06.prod.outlook.com>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


# --- key 40: weekly 1:1 with the current manager (Google Calendar, recurring) -----------------------


@mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Recurring weekly 1:1 with her current manager (TZID Asia/Dubai, RRULE), Ramadan timing: not an interview.",
      days=(("Tue", "2026-03-03"), ("Tue", "2026-04-28")))
def k40() -> bytes:
    title = "Zainab / Hesham – weekly 1:1"
    eid = "M2Y5cnRrMmxiMGM4cTFuN2ptNWh2NmQ0YWdfUjIwMjYwMzAzVDExMDAwMCB6YWluYWI"
    desc = "Moving our 1:1 to 3pm for Ramadan, we'll go back to 4pm after Eid. Bring the weekly KPI pack + anything blocking."
    plain = t(f"""
        {title}
        Weekly from 3pm to 3:30pm on Tuesday from Tuesday 3 Mar to Tuesday 28 Apr
        Gulf Standard Time - Dubai

        Join with Google Meet
        https://meet.google.com/fhj-nbxa-umt

        {desc}

        Guests
        Hesham Adel - organiser
        {WORK}
        """) + google_footer(eid, WORK)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_DUBAI}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20260303T150000
DTEND;TZID=Asia/Dubai:20260303T153000
RRULE:FREQ=WEEKLY;UNTIL=20260428T110000Z;BYDAY=TU
DTSTAMP:20260302T044011Z
ORGANIZER;CN=Hesham Adel:mailto:hesham.adel@falajmobility.com
UID:3f9rtk2lb0c8q1n7jm5hv6d4ag@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hesham Adel;X-NUM-GUESTS=0:mailto:hesham.adel@falajmobility.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={WORK};X-NUM-GUESTS=0:mailto:{WORK}
X-GOOGLE-CONFERENCE:https://meet.google.com/fhj-nbxa-umt
CREATED:20260302T044009Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20260302T044010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc(title)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    body = mixed(
        alt(text(plain), html(google_html(plain)), calendar(ics, method="REQUEST", cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )
    headers = [
        rx("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-03-02 04:40:11", "UTC", "c6d7e8f9a0"),
        ("From", addr("Hesham Adel", "hesham.adel@falajmobility.com")),
        ("Reply-To", addr("Hesham Adel", "hesham.adel@falajmobility.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", WORK),
        ("Subject", enc(f"Invitation: {title} @ Weekly from 3pm to 3:30pm on Tuesday from Tue 3 Mar to Tue 28 Apr (GST) ({WORK})")),
        ("Date", date("2026-03-02 04:40:11", "UTC")),
        ("Message-ID", "<calendar-a3f7d1e9-0b2c-4e8d-9f6a-2c1b0e7d5f34@google.com>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
    ]
    return message(headers, body)


# --- key 41: apartment viewing --------------------------------------------------------------------


@mail(N(41), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Real-estate agent confirms a flat viewing (Sat 21 Feb 11:00 AM), 'as discussed telephonically': not an "
           "interview.",
      days=(("Sat", "2026-02-21"),))
def k41() -> bytes:
    body_text = t("""
        Dear Zainab,

        As discussed telephonically, viewing is confirmed for Saturday 21st Feb at 11:00 AM.

        Unit 1408, Cedar Heights 2, JVC District 12
        1BR + study, 860 sq ft, unfurnished, pool view
        Rent: AED 78,000 / year in 4 cheques
        Security deposit: 5%, agency fee 5% + VAT

        Kindly bring a copy of your Emirates ID and passport in case you wish to reserve on the spot. I will meet you at the lobby, my number is +971 56 221 9084 (WhatsApp).

        Best regards,
        Faisal Rahman
        Property Consultant | Skyline Homes Real Estate
        RERA BRN 44512
        """)
    body = alt(text(body_text), html(outlook_html(body_text)))
    headers = [
        rx("mail-oo1-f46.google.com (mail-oo1-f46.google.com [209.85.161.46])", "2026-02-19 19:40:22", "Asia/Dubai", "d7e8f9a0b1"),
        ("From", addr("Faisal Rahman - Skyline Homes", "faisal.r@skylinehomes-re.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", enc("Viewing confirmed – 1BR Cedar Heights 2, JVC – Sat 21 Feb 11 AM")),
        ("Date", date("2026-02-19 19:40:22", "Asia/Dubai")),
        ("Message-ID", "<CAF9wR2mT5kX8vB1nQ4yE7hL0jD3sG6cP9aU2oZi5Tr1Kq8WeHp@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 42: meetup RSVP, HTML only ---------------------------------------------------------------


@mail(N(42), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation for a product analytics meetup after iftar (Thu 12 Mar 9:30 PM GST): not an "
           "interview.",
      days=(("Thu", "2026-03-12"),))
def k42() -> bytes:
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Graphik,Helvetica,Arial,sans-serif;color:#212121;background:#f6f7f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="0" cellspacing="0" style="background:#fff;padding:24px">
        <tr><td><img src="https://secure.meetupstatic.com/next/images/shared/logo.svg" width="90" alt="Meetup"></td></tr>
        <tr><td style="font-size:24px;font-weight:700;padding-top:16px">You're going!</td></tr>
        <tr><td style="padding-top:8px;font-size:16px"><b>Dubai Product Analytics Meetup #18: Experimentation after iftar</b></td></tr>
        <tr><td style="padding-top:12px;font-size:15px">
        Thursday, March 12, 2026<br>
        9:30 PM to 11:30 PM GST<br><br>
        The Hive, Building 12, Dubai Internet City, Dubai
        </td></tr>
        <tr><td style="padding-top:12px;font-size:15px">Hosted by Dubai Product Analytics Community. Suhoor snacks and karak provided. Talks: "Guardrail metrics that actually guard" and "CUPED in practice".</td></tr>
        <tr><td style="padding-top:16px"><a href="https://www.meetup.com/dubai-product-analytics/events/305512877/" style="background:#f65858;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">View event</a> &nbsp; <a href="https://www.meetup.com/dubai-product-analytics/events/305512877/ical/" style="color:#00798a">Add to calendar</a></td></tr>
        <tr><td style="padding-top:24px;font-size:12px;color:#757575">Can't make it? Update your RSVP so someone on the waitlist can go. <a href="https://www.meetup.com/account/comm-settings/">Email settings</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    body = html(body_html)
    headers = [
        rx("mail132-5.meetupmail.com (mail132-5.meetupmail.com [198.2.132.5])", "2026-03-08 14:00:27", "UTC", "e8f9a0b1c2"),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", "You're going to Dubai Product Analytics Meetup #18: Experimentation after iftar"),
        ("Date", date("2026-03-08 14:00:27", "UTC")),
        ("Message-ID", "<rsvp.305512877.1772978427@meetupmail.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm-settings/>"),
    ]
    return message(headers, body)


# --- key 43: webinar titled "Interview with a Head of Product", with ICS ---------------------------


@mail(N(43), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Webinar registration titled 'Interview with a Head of Product' (Mon 16 Feb 7-8 PM GST) with an ICS: "
           "a confirmed time, not her job interview.",
      days=(("Mon", "2026-02-16"),))
def k43() -> bytes:
    title = "Interview with a Head of Product: what Gulf unicorns look for in product analysts"
    plain = t(f"""
        Hi Zainab,

        You're registered! Here are your details for:

        {title}

        When: Monday, 16 February 2026, 7:00 PM - 8:00 PM GST (Dubai)
        Where: Zoom webinar - https://zoom.us/w/91877120455?tk=Fh3kLm0Qp

        Our host will interview Reem Al Suwaidi, Head of Product at a Dubai-based unicorn, about hiring for analytics roles, take-home cases and what makes a candidate stand out. Bring your questions for the live Q&A.

        A calendar file is attached. The recording will be emailed to all registrants.

        See you there,
        The Product Circle MENA team

        Unsubscribe: https://productcircle-mena.com/unsubscribe?u=zq7712
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:zw-91877120455-zq7712@zoom.us
DTSTAMP:20260213T090004Z
DTSTART:20260216T150000Z
DTEND:20260216T160000Z
SUMMARY:{esc(title)}
DESCRIPTION:Join: https://zoom.us/w/91877120455?tk=Fh3kLm0Qp
LOCATION:https://zoom.us/w/91877120455
ORGANIZER;CN=Product Circle MENA:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics", disposition="attachment",
                          name_param=True))
    headers = [
        rx("mta-185.productcircle-mena.com (mta-185.productcircle-mena.com [198.37.150.185])", "2026-02-13 09:00:04", "UTC", "f9a0b1c2d3"),
        ("From", addr("Product Circle MENA", "events@productcircle-mena.com")),
        ("To", ME),
        ("Subject", "You're registered: Interview with a Head of Product (Mon 16 Feb, 7 PM GST)"),
        ("Date", date("2026-02-13 09:00:04", "UTC")),
        ("Message-ID", "<reg.91877120455.zq7712@productcircle-mena.com>"),
        ("List-Unsubscribe", "<https://productcircle-mena.com/unsubscribe?u=zq7712>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, body)


# --- key 44: paid mock case interview with a career coach (Calendly) --------------------------------


@mail(N(44), family="mock_interview", lang="en", interview=False, company=None,
      note="Calendly booking of a paid mock case interview with a career coach (Thu 2 Apr 7-8 PM Dubai): practice, not "
           "a job interview.",
      days=(("Thu", "2026-04-02"),))
def k44() -> bytes:
    plain = t("""
        Hi Zainab Qureshi,

        Your Mock Case Interview (60 min) with Sana Mirza at 7:00pm (Dubai Time) on Thursday, April 2, 2026 is scheduled.

        Event Type:
        Mock Case Interview (60 min) - Product & Analytics roles

        Event Date/Time:
        7:00pm - 8:00pm (Dubai Time) Thursday, April 2, 2026

        Location:
        Google Meet - details to follow from your coach.

        Invitee Time Zone:
        Dubai Time

        Payment:
        AED 450.00 paid

        Questions:
        Which company / interview are you preparing for?
        Product analyst case rounds (metrics + SQL), a few Gulf fintechs.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b21e7c04-5a9d-4f36-8e10-c4d7a2f93b61
        Reschedule: https://calendly.com/reschedulings/b21e7c04-5a9d-4f36-8e10-c4d7a2f93b61

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260329T172251Z
UID:b21e7c04-5a9d-4f36-8e10-c4d7a2f93b61@calendly.com
DTSTART:20260402T150000Z
DTEND:20260402T160000Z
SUMMARY:Mock Case Interview (60 min) between Sana Mirza and Zainab Qureshi
ORGANIZER;CN=Sana Mirza:mailto:sana@careerlift-coaching.com
ATTENDEE;CN=Zainab Qureshi;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method=None, cte="base64", filename="invite.ics", disposition="attachment",
                          ctype="application/ics"))
    headers = [
        rx("mail-190-31.sendgrid.calendly.com (o190.calendly.com [149.72.190.31])", "2026-03-29 17:22:51", "UTC", "a0b1c2d3e4"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Sana Mirza", "sana@careerlift-coaching.com")),
        ("To", ME),
        ("Subject", "Confirmed: Mock Case Interview (60 min) with Sana Mirza on Thursday, April 2, 2026"),
        ("Date", date("2026-03-29 17:22:51", "UTC")),
        ("Message-ID", "<20260329172251.b21e7c04.4e1a@calendly.com>"),
    ]
    return message(headers, body)


# --- key 45: press interview for a magazine feature ------------------------------------------------


@mail(N(45), family="press_interview", lang="en", interview=False, company=None,
      note="Journalist confirms an interview for a 'Women in Data' feature (Wed 25 Feb 3 PM Dubai, 30 min, Zoom): "
           "press, not a job interview.",
      days=(("Wed", "2026-02-25"),))
def k45() -> bytes:
    body_text = t("""
        Hi Zainab,

        Perfect, let's lock in Wednesday 25 Feb at 3 PM Dubai time for the interview. It'll be 30 minutes over Zoom; I'll record it for accuracy, but nothing goes to print without your approval.

        Zoom: https://us06web.zoom.us/j/83310457726?pwd=TmdXcU1yb3ZQ

        We'll cover how you got into product analytics, what it's like working with data teams in the region, and your advice for women starting out. The feature runs in our April issue.

        Thanks so much for doing this!

        Mira Suleiman
        Senior Editor, Gulf Tech Review

        On Sat, 21 Feb 2026 at 09:58, Zainab Qureshi <zainab.qureshi@example.org> wrote:
        > Hi Mira, happy to take part! Wednesday afternoon works, anytime after 2.
        """)
    body = alt(text(body_text), html(gmail_html(body_text)))
    headers = [
        rx("mail-lf1-f53.google.com (mail-lf1-f53.google.com [209.85.167.53])", "2026-02-21 11:30:18", "Asia/Dubai", "b1c2d3e4f5"),
        ("From", addr("Mira Suleiman", "mira.suleiman@gulftechreview.com")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Re: Women in Data feature - interview"),
        ("Date", date("2026-02-21 11:30:18", "Asia/Dubai")),
        ("Message-ID", "<CAM4tY7pB2nV9cX1mK6wQ3rE8hL5jD0sF7gU4oZa2Tq9Ni1WrYe@mail.gmail.com>"),
        ("In-Reply-To", "<CAPz1mYd5Kq2Ws8tN1vB4xR7eH0fJ3cL6gQ9oZu1mY4pTi8Ra2C@mail.gmail.com>"),
    ]
    return message(headers, body)


# --- key 46: she interviews a candidate at her current job (Greenhouse interviewer mail) -----------


@mail(N(46), family="interviewer_side", lang="en", interview=False, company=None,
      note="Greenhouse notice to her work address: SHE interviews a candidate for her current employer (Tue 17 Mar "
           "11:00 GST). Not her own job interview.",
      days=(("Tue", "2026-03-17"),))
def k46() -> bytes:
    plain = t("""
        Hi Zainab,

        You've been scheduled to interview Rahul Verma for the Junior Data Analyst role at Falaj Mobility.

        Interview: SQL & Analytics deep dive
        When: Tuesday, March 17, 2026 11:00 AM - 11:45 AM GST
        Where: Microsoft Teams (link in the calendar invite)
        Other interviewers: none

        Interview kit: https://app.greenhouse.io/interview_kits/77120345
        Candidate resume: https://app.greenhouse.io/people/50331877/applications/61220914/resume

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Falaj Mobility Recruiting (via Greenhouse)
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interviewer-77120345@greenhouse.io
DTSTAMP:20260312T071005Z
DTSTART:20260317T070000Z
DTEND:20260317T074500Z
SUMMARY:Interview: Rahul Verma - Junior Data Analyst (SQL & Analytics deep dive)
ORGANIZER;CN=Falaj Mobility Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Zainab Qureshi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{WORK}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    body = mixed(alt(text(plain), html(gmail_html(plain))),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment"))
    headers = [
        rx("o1.greenhouse.io (o1.greenhouse.io [167.89.88.1])", "2026-03-12 07:10:05", "UTC", "c2d3e4f5a6"),
        ("From", addr("Greenhouse", "no-reply@greenhouse.io")),
        ("To", addr("Zainab Qureshi", WORK)),
        ("Subject", "Interview scheduled: Rahul Verma - Junior Data Analyst (Tue, Mar 17 at 11:00 AM GST)"),
        ("Date", date("2026-03-12 07:10:05", "UTC")),
        ("Message-ID", "<gh.interviewer.77120345.20260312@greenhouse.io>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
    ]
    return message(headers, body)


# --- key 47: reference call for a former colleague ------------------------------------------------


@mail(N(47), family="reference_check", lang="en", interview=False, company=None,
      note="Consultancy confirms a reference call with her about a former colleague (Thu 9 Apr 12 PM UAE): not her "
           "interview; sender's company is not hiring her, so company null.",
      days=(("Thu", "2026-04-09"),))
def k47() -> bytes:
    body_text = t("""
        Dear Zainab,

        Omar Saeed has listed you as a professional referee for his application with Peregrine Consulting, and thank you for agreeing to speak with us.

        As confirmed on the phone, I will call you on Thursday 9 April at 12:00 PM (UAE time) on +971 50 338 1209. The call should take about 15 minutes and will cover the period you managed Omar at Falaj Mobility.

        Everything you share will be treated confidentially.

        Kind regards,
        Natasha Pereira
        Talent Acquisition Lead | Peregrine Consulting
        Dubai, UAE
        """)
    body = alt(text(body_text), html(outlook_html(body_text)))
    headers = [
        rx("mail.peregrineconsulting.ae (mail.peregrineconsulting.ae [5.195.14.88])", "2026-04-06 10:40:55", "Asia/Dubai", "d3e4f5a6b7"),
        ("From", addr("Natasha Pereira", "natasha.pereira@peregrineconsulting.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", enc("Reference check – Omar Saeed – Thursday 9 April, 12 PM")),
        ("Date", date("2026-04-06 10:40:55", "Asia/Dubai")),
        ("Message-ID", "<AM0PR09MB4287E1D2C3B4A5968778F9E0D1C2@AM0PR09MB4287.eurprd09.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ]
    return message(headers, body)


# --- key 48: out-of-office reply for Eid from the Bayraq recruiter ---------------------------------


@mail(N(48), family="auto_reply", lang="en", interview=False, company="Bayraq Digital",
      note="Outlook automatic reply (Auto-Submitted: auto-replied) for the Eid holiday to her thank-you note after the "
           "9 March panel; the subject mentions the panel interview.",
      days=(("Mon", "2026-03-09"),))
def k48() -> bytes:
    body_text = t("""
        Dear Sender,

        Thank you for your email. I am currently on leave for the Eid Al Fitr holidays from 18 March until 24 March 2026 with limited access to emails.

        For urgent recruitment matters, kindly contact careers@bayraqdigital.ae.

        Eid Mubarak!

        Maricel Santos
        Talent Acquisition Specialist
        Bayraq Digital
        """)
    body = alt(text(body_text), html(outlook_html(body_text)))
    headers = [
        rx("EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2133.outbound.protection.outlook.com [40.107.104.133])",
           "2026-03-18 09:12:06", "Asia/Dubai", "e4f5a6b7c8"),
        ("From", addr("Maricel Santos", "maricel.santos@bayraqdigital.ae")),
        ("To", addr("Zainab Qureshi", ME)),
        ("Subject", "Automatic reply: Thank you - Panel Interview 9 March"),
        ("Thread-Topic", "Thank you - Panel Interview 9 March"),
        ("Date", date("2026-03-18 09:12:06", "Asia/Dubai")),
        ("Message-ID", "<PAXPR02MB73980C1D2E3F4A5B6C7D8E9F0A1B@PAXPR02MB7398.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<CAPz1mYf3Rk7Wq1tN4vB8xE2hJ5cL9gQ0oZu6mY3pTi1Ra8Lk2D@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "maricel.santos@bayraqdigital.ae"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, body)


# --- key 49: bounce of her own confirmation (typo in the address) ---------------------------------


@mail(N(49), family="bounce", lang="en", interview=False, company=None,
      note="Postfix DSN (multipart/report) for her reply to the Taleo invitation of key 9, sent to a mistyped address; "
           "the returned message quotes the interview time. A bounce, not a confirmation from the employer.",
      days=(("Sun", "2026-04-12"),))
def k49() -> bytes:
    original = message([
        ("From", addr("Zainab Qureshi", ME)),
        ("To", "kahlid.alkuwari@dafnaports.qa"),
        ("Subject", enc("Re: Dafna Ports & Logistics – Interview Invitation – Req. 2600187")),
        ("Date", date("2026-04-07 12:30:41", "Asia/Dubai")),
        ("Message-ID", "<CAPz1mYe7Wq2Rk9tN5vB1xE4hJ8cL3gQ6oZu0mY2pTi7Ra5Lk9F@mail.gmail.com>"),
    ], text(t("""
        Dear Mr. Khalid,

        Thank you for the invitation. I confirm my attendance for the video interview on Sunday, 12 April 2026 at 10:00 AM Doha time.

        Kind regards,
        Zainab Qureshi
        +971 50 771 2034
        """)))
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <kahlid.alkuwari@dafnaports.qa>: host mail.dafnaports.qa[185.24.40.9] said:
            550 5.1.1 <kahlid.alkuwari@dafnaports.qa>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4fQk2B1xYbz9sT
        X-Postfix-Sender: rfc822; zainab.qureshi@example.org
        Arrival-Date: Tue,  7 Apr 2026 08:30:42 +0000 (UTC)

        Final-Recipient: rfc822; kahlid.alkuwari@dafnaports.qa
        Original-Recipient: rfc822;kahlid.alkuwari@dafnaports.qa
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.dafnaports.qa
        Diagnostic-Code: smtp; 550 5.1.1 <kahlid.alkuwari@dafnaports.qa>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    body = multipart(
        "report",
        text(report, charset="us-ascii", cte="7bit", params="",
             extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        Part_with_desc(attached_message(original)),
        params="report-type=delivery-status",
    )
    headers = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-04-07 12:30:44", "Asia/Dubai")),
        ("Message-ID", "<20260407083044.9C1D2E3F4A@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, body)


def Part_with_desc(p: make.Part) -> make.Part:  # noqa: N802
    return make.Part([("Content-Description", "Undelivered Message"), *p.headers], p.body)


# --- key 50: newsletter about interviewing during Ramadan ----------------------------------------


@mail(N(50), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Job-hunting newsletter (List-Unsubscribe) on interviewing during Ramadan and answering 'Why the UAE?'; "
           "mentions interview times generically, confirms nothing.")
def k50() -> bytes:
    plain = t("""
        THE GULF JOB HUNT - Issue #62

        Ramadan interviews, "Why the UAE?" and the thank-you note that works

        1. Interviewing during Ramadan
        Most offices in the UAE run shorter days (often 9 AM to 2:30 PM), so expect interview slots to bunch up in the late morning. Some startups happily book calls at 10 PM after taraweeh - if you get one, it's normal. Don't eat or drink on camera during a daytime video interview, and don't be surprised if your interviewer suggests meeting after Eid.

        2. "Why the UAE?" (and "Why KSA?")
        Recruiters hear "tax-free salary" all day. Talk about the market instead: the scale of digital payments, Vision 2030 programmes, the mix of nationalities in product teams.

        3. The thank-you note that works
        Send it within 24 hours, keep it to four lines, mention one thing you discussed. "Noted with thanks" is not a thank-you note.

        4. This week's question from a reader
        "My interview is 10 AM KSA time - is that 10 or 11 in Dubai?" It's 11 AM in Dubai: Riyadh is one hour behind the UAE all year, neither side changes its clocks.

        Good luck this week,
        Hana @ The Gulf Job Hunt

        You're receiving this because you subscribed at gulfjobhunt.news.
        Unsubscribe: https://gulfjobhunt.news/unsubscribe?e=zq7712
        """)
    html_body = ("<html><body style=\"font-family:Georgia,serif;font-size:16px;max-width:600px;margin:auto\">"
                 + "".join(f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n"))
                 + "</body></html>\n")
    body = alt(text(plain), html(html_body))
    headers = [
        rx("mail-a22.substack-mail.gulfjobhunt.news (mail-a22.gulfjobhunt.news [167.89.12.22])", "2026-02-26 04:00:16", "UTC", "f5a6b7c8d9"),
        ("From", addr("The Gulf Job Hunt", "hello@gulfjobhunt.news")),
        ("To", ME),
        ("Subject", 'Ramadan interviews, "Why the UAE?" and the thank-you note that works'),
        ("Date", date("2026-02-26 04:00:16", "UTC")),
        ("Message-ID", "<issue-62.20260226.zq7712@gulfjobhunt.news>"),
        ("List-Unsubscribe", "<https://gulfjobhunt.news/unsubscribe?e=zq7712>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, body)
