"""blind34: 50 hand-written mails from the inbox of Callum Tran, a data engineer in Sydney.

Built by ``python3 bench/heldout/make_blind.py blind34``; the MIME plumbing and the checks are
``make.py``'s, imported unchanged. Written blind: without reading the detector, its tests, or the
other held-out mail sets. The Windows zone names Exchange writes for Australia and New Zealand are
added to ``make.WINDOWS_ZONES`` at import time (only in this process) so the ICS check can map them.

Writing order: keys 1-23 are the positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50
the negatives; the file number of key k is ORDER[k - 1].
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
from make import (
    Part,
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

make.REGISTRY.setdefault("blind34", [])
for _win, _iana in {
    "AUS Eastern Standard Time": "Australia/Sydney",
    "E. Australia Standard Time": "Australia/Brisbane",
    "W. Australia Standard Time": "Australia/Perth",
    "New Zealand Standard Time": "Pacific/Auckland",
}.items():
    make.WINDOWS_ZONES.setdefault(_win, _iana)

ORDER = random.Random(34034).sample(range(1, 51), 50)

ME = "callum.tran@example.com"
ME_TO = addr("Callum Tran", ME)
WORK = "callum.tran@harbourviewinsurance.com.au"


def name(key: int) -> str:
    return f"blind34_{ORDER[key - 1]:03d}"


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, host: str, to: str = ME_TO,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8", lag: int = 4,
         delivered: str = ME) -> list[tuple[str, str]]:
    """Delivered-To, one Received hop, then From/To/Subject/Date/Message-ID and any extras."""
    hop = received(f"from {host} ({host} [{_ip(host)}])", when, zone,
                   f"mx.example.com with ESMTPS id {_h(mid, 12)}", delivered, lag)
    return [
        ("Delivered-To", delivered),
        ("Received", hop),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def _ip(host: str) -> str:
    d = hashlib.sha256(host.encode()).digest()
    return f"{40 + d[0] % 160}.{d[1]}.{d[2]}.{1 + d[3] % 250}"


def esc(s: str) -> str:
    """ICS TEXT escaping."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# --------------------------------------------------------------------------- VTIMEZONE blocks

VTZ = {
    "AUS Eastern Standard Time": """BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE""",
    "E. Australia Standard Time": """BEGIN:VTIMEZONE
TZID:E. Australia Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+1000
TZOFFSETTO:+1000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+1000
TZOFFSETTO:+1000
END:DAYLIGHT
END:VTIMEZONE""",
    "New Zealand Standard Time": """BEGIN:VTIMEZONE
TZID:New Zealand Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE""",
    "Australia/Sydney": """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE""",
    "Australia/Melbourne": """BEGIN:VTIMEZONE
TZID:Australia/Melbourne
X-LIC-LOCATION:Australia/Melbourne
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE""",
    "Australia/Perth": """BEGIN:VTIMEZONE
TZID:Australia/Perth
X-LIC-LOCATION:Australia/Perth
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Los_Angeles": """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "Pacific/Auckland": make.VTZ["Pacific/Auckland"],
    "America/New_York": make.VTZ["America/New_York"],
}


def teams_block(meeting_id: str, passcode: str, dial: str, conf: str, seed: str) -> str:
    """The text Outlook pastes into a Teams meeting request (AU tenant)."""
    tid = _h(seed, 32)
    return t(f"""
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
        Meeting ID: {meeting_id}
        Passcode: {passcode}
        Download Teams<https://www.microsoft.com/en-au/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Or call in (audio only)
        {dial},,{conf.replace(' ', '').rstrip('#')}#   Australia, Sydney
        Phone Conference ID: {conf}
        Find a local number<https://dialin.teams.microsoft.com/{_h(seed + 'd', 8)}> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={_h(seed + 'o', 8)}>
        ________________________________________________________________________________
        """)


def teams_html(meeting_id: str, passcode: str, seed: str) -> str:
    tid = _h(seed, 32)
    return (
        '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
        "________________________________________________________________________________</span></div>\n"
        '<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">'
        '<span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</span></div>\n'
        '<div style="margin-bottom:6px"><span style="font-size:14px;font-weight:600;color:#252424">'
        "Join on your computer, mobile app or room device</span></div>\n"
        f'<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0" '
        'style="font-size:14px;font-weight:600;color:#5B5FC7">Click here to join the meeting</a></div>\n'
        f'<div style="margin-top:6px"><span style="font-size:14px;color:#252424">Meeting ID: {meeting_id}'
        f"</span><br><span style=\"font-size:14px;color:#252424\">Passcode: {passcode}</span></div>\n"
        '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
        "________________________________________________________________________________</span></div>\n"
    )


def exchange_ics(*, method: str, tzid: str, start: str, end: str, organizer: tuple[str, str],
                 attendees: list[tuple[str, str]], summary: str, uid: str, stamp: str, seq: int = 0,
                 status: str = "CONFIRMED", location: str = "Microsoft Teams Meeting", description: str = "",
                 rrule: str | None = None, busy: str = "TENTATIVE", teams: bool = True,
                 importance: int = 1) -> str:
    """An Exchange Online meeting request / update / cancellation (Windows zone names)."""
    att = "\n".join(
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}"
        for n, a in attendees)
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ[tzid],
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        att,
        f"DESCRIPTION;LANGUAGE=en-AU:{esc(description)}",
    ]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-AU:{esc(summary)}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:1" if importance == 2 else "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE" if method != "CANCEL" else "TRANSP:TRANSPARENT",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-AU:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(_h(uid, 7), 16)}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy if method != 'CANCEL' else 'FREE'}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY" if method != "CANCEL" else "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
        "X-MICROSOFT-CDO-INSTTYPE:1" if rrule else "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams:
        lines.append("X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:")
        lines.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + _h(uid + "s", 10)
                     + "@lync.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_"
                     + _h(uid + "m", 24) + "-thread.v2")
    lines += [
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def exchange_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + _h(seed, 16).upper() + "0000000000000000" \
        + "10000000" + _h(seed + "u", 32).upper()


def exchange_headers(topic: str, seed: str, lang: str = "en-AU") -> tuple[tuple[str, str], ...]:
    idx = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    return (
        ("Thread-Topic", enc(topic)),
        ("Thread-Index", idx),
        ("Accept-Language", lang),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    )


def google_ics(*, method: str, tzid: str | None, start: str, end: str, organizer: tuple[str, str],
               guests: list[tuple[str, str, str]], summary: str, uid: str, stamp: str, created: str,
               seq: int = 0, status: str = "CONFIRMED", description: str = "", location: str = "",
               meet: str | None = None) -> str:
    """A Google Calendar invitation / update / cancellation (IANA zone names)."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
    ]
    if tzid:
        lines.append(VTZ[tzid])
        lines += ["BEGIN:VEVENT", f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    else:
        lines += ["BEGIN:VEVENT", f"DTSTART:{start}", f"DTEND:{end}"]
    lines += [
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}",
    ]
    for cn, a, partstat in guests:
        rsvp = "TRUE" if partstat == "NEEDS-ACTION" else "FALSE"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP={rsvp};"
                     f"CN={cn};X-NUM-GUESTS=0:mailto:{a}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [
        f"CREATED:{created}",
        f"DESCRIPTION:{esc(description)}",
        f"LAST-MODIFIED:{stamp}",
        f"LOCATION:{esc(location)}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{esc(summary)}",
        "TRANSP:OPAQUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def google_invite(body_text: str, body_html: str, ics: str, method: str) -> Part:
    return mixed(
        alt(text(body_text, cte="quoted-printable"), html(body_html, cte="quoted-printable"),
            calendar(ics, method=method, cte="7bit" if ics.isascii() else "base64")),
        calendar(ics, method=None, cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )


def google_headers(organizer: tuple[str, str], subject: str, when: str, mid: str,
                   charset: str = "utf-8") -> list[tuple[str, str]]:
    frm = addr(organizer[0], organizer[1])
    return head(frm, subject, when, "UTC", mid, host="mail-sor-f69.google.com", extra=(
        ("Reply-To", frm),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Google-Calendar-Content-Display", "1"),
    ), charset=charset)


def gcal_html(lines: list[str]) -> str:
    import html as _html
    body = "".join(f"<tr><td style=\"padding:2px 0\">{_html.escape(x) if x else '&nbsp;'}</td></tr>\n"
                   for x in lines)
    return ('<!doctype html><html><head><meta charset="utf-8"></head><body>'
            '<table role="presentation" style="font-family:Roboto,Helvetica,Arial,sans-serif;'
            f'font-size:14px;color:#3c4043">\n{body}</table></body></html>\n')


# =========================================================================== positives: scheduled


@mail(name(1), family="exchange_teams", lang="en-AU", interview=True, kind="scheduled",
      start="2026-04-01T23:00:00Z", end="2026-04-02T00:00:00Z",
      contact="hamish.doyle@tidewatersuper.com.au", company="Tidewater Superannuation",
      local="Thu 2026-04-02 10:00", local_end="2026-04-02 11:00", zone="Australia/Sydney",
      note="Exchange/Teams meeting request from the hiring manager; body says 'Thursday at 10', "
           "ICS TZID 'AUS Eastern Standard Time' 10:00-11:00 on 2 April = AEDT (UTC+11, DST ends "
           "5 April) -> 23:00Z on 1 April; contact = sender/ORGANIZER")
def tidewater_first_round() -> bytes:
    seed = "tidewater-1"
    org = ("Hamish Doyle", "Hamish.Doyle@tidewatersuper.com.au")
    subject = "Data Engineer - interview with Hamish & Leanne"
    teams = teams_block("431 552 908 117", "7hQm3L", "+61 2 8318 0090", "802 617 349#", seed)
    body = t("""
        Hi Callum,

        Thanks for chatting with Jess last week. As discussed, Leanne (our Data Platform Lead) and I
        would like to meet you on Thursday at 10 for a first-round interview - mostly a conversation
        about your background and the pipelines you've built, no whiteboard stuff. Allow the full hour.

        It'll be on Teams, link below. If anything comes up just reply here.

        Cheers,
        Hamish

        Hamish Doyle | Head of Data Engineering
        Tidewater Superannuation
        Level 14, 60 Margaret Street, Sydney NSW 2000
        M 0412 555 018

        """) + teams
    body_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n'
        "<p>Hi Callum,</p>\n"
        "<p>Thanks for chatting with Jess last week. As discussed, Leanne (our Data Platform Lead) and I "
        "would like to meet you on Thursday at 10 for a first-round interview - mostly a conversation about "
        "your background and the pipelines you&#39;ve built, no whiteboard stuff. Allow the full hour.</p>\n"
        "<p>It&#39;ll be on Teams, link below. If anything comes up just reply here.</p>\n"
        "<p>Cheers,<br>Hamish</p>\n"
        "<p style=\"color:#1F3864\"><b>Hamish Doyle</b> | Head of Data Engineering<br>Tidewater Superannuation"
        "<br>Level 14, 60 Margaret Street, Sydney NSW 2000<br>M 0412 555 018</p>\n"
        + teams_html("431 552 908 117", "7hQm3L", seed) + "</div></body></html>\n")
    ics = exchange_ics(
        method="REQUEST", tzid="AUS Eastern Standard Time", start="20260402T100000", end="20260402T110000",
        organizer=org, attendees=[("Callum Tran", ME), ("Leanne Fraser", "Leanne.Fraser@tidewatersuper.com.au")],
        summary=subject, uid=exchange_uid(seed), stamp="20260330T031209Z", description=body)
    hs = head(addr(*org), subject, "2026-03-30 14:12:09", "Australia/Sydney",
              "<SY4PR01MB61237A0C2E19D54B8F3C11E4A2B9@SY4PR01MB6123.ausprd01.prod.outlook.com>",
              host="mail-sy4aus01on2071.outbound.protection.outlook.com",
              extra=(("CC", addr("Leanne Fraser", "Leanne.Fraser@tidewatersuper.com.au")),
                     *exchange_headers(subject, seed)))
    return message(hs, alt(text(body), html(body_html), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(2), family="workday", lang="en-AU", interview=True, kind="scheduled",
      start="2026-10-08T23:30:00Z", end="2026-10-09T00:15:00Z",
      contact="tayla.brennan@coralbayhealth.com.au", company="Coralbay Health",
      local="Fri 2026-10-09 09:30", local_end="2026-10-09 10:15", zone="Australia/Brisbane",
      note="Workday 'Interview Scheduled' from the tenant's system mailbox; 09/10/2026 is day-first "
           "(Friday 9 October), 9:30-10:15 AM (GMT+10:00) Brisbane, no DST in Queensland -> 23:30Z "
           "on the 8th (the mail also says 10:30 AM Sydney, AEDT since 4 Oct); contact = recruiter "
           "address in the body")
def coralbay_workday() -> bytes:
    body = t("""
        Hi Callum,

        Thank you for your interest in the Data Engineer role (R-10482) with Coralbay Health. We are
        pleased to confirm your interview details below.

        Interview Type: Video Interview (Microsoft Teams)
        Date: Friday, 09/10/2026
        Time: 9:30 AM - 10:15 AM (GMT+10:00) Brisbane
        Interviewers: Tayla Brennan (Talent Acquisition Partner), Marcus Ilett (Manager, Data & Analytics)

        Please note that Queensland does not observe daylight saving time. If you are joining from
        NSW, your interview starts at 10:30 AM local time.

        A Microsoft Teams link will be sent to you separately by the hiring team. If you need to make
        any changes to your interview, please contact Tayla Brennan at tayla.brennan@coralbayhealth.com.au.

        To view your application, sign in to Candidate Home:
        https://coralbay.wd3.myworkdayjobs.com/en-AU/Coralbay_Careers/userHome

        Kind regards,
        Talent Acquisition
        Coralbay Health

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <img src="https://coralbay.wd3.myworkdayjobs.com/Coralbay_Careers/assets/logo" alt="Coralbay Health" height="40">
        <p>Hi Callum,</p>
        <p>Thank you for your interest in the Data Engineer role (R-10482) with Coralbay Health. We are pleased to confirm your interview details below.</p>
        <p><b>Interview Type:</b> Video Interview (Microsoft Teams)<br>
        <b>Date:</b> Friday, 09/10/2026<br>
        <b>Time:</b> 9:30 AM - 10:15 AM (GMT+10:00) Brisbane<br>
        <b>Interviewers:</b> Tayla Brennan (Talent Acquisition Partner), Marcus Ilett (Manager, Data &amp; Analytics)</p>
        <p>Please note that Queensland does not observe daylight saving time. If you are joining from NSW, your interview starts at 10:30 AM local time.</p>
        <p>A Microsoft Teams link will be sent to you separately by the hiring team. If you need to make any changes to your interview, please contact Tayla Brennan at <a href="mailto:tayla.brennan@coralbayhealth.com.au">tayla.brennan@coralbayhealth.com.au</a>.</p>
        <p>To view your application, sign in to <a href="https://coralbay.wd3.myworkdayjobs.com/en-AU/Coralbay_Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Coralbay Health</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Coralbay Health <coralbay@myworkday.com>", "Interview Scheduled - Data Engineer (R-10482)",
              "2026-10-05 01:14:22", "UTC",
              "<1469203711.88121.1791162862104@wd3-prod-mail-7.myworkday.com>",
              host="wd3-prod-mail-7.myworkday.com",
              extra=(("X-Workday-Tenant", "coralbay"), ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(body), html(body_html)))


@mail(name(3), family="agency_recruiter", lang="en-AU", interview=True, kind="scheduled",
      start="2026-04-02T03:30:00Z", end=None,
      contact="kirsty.maguire@halseyrecruitment.com.au", company="Southbank Logistics",
      local="Thu 2026-04-02 14:30", zone="Australia/Melbourne",
      note="Agency recruiter's short reply 'all locked in for tomorrow arvo - 2.30pm'; Date Wed 1 Apr "
           "(AEDT) -> Thu 2 Apr 14:30 Melbourne/Sydney AEDT = 03:30Z; '30-40 mins' is a range of "
           "estimates, no end; company = the client, contact = the recruiter")
def halsey_southbank() -> bytes:
    body = t("""
        Hey Callum,

        All locked in for tomorrow arvo - 2.30pm with Dave Pritchard (Data Manager) from Southbank. He'll give you a ring on your mobile, should be about 30-40 mins. Pretty relaxed chat, he's keen to hear about the Airflow migration stuff you did at Harbourview.

        Give me a bell after and let me know how you go!

        Cheers
        Kirsty

        Kirsty Maguire
        Senior Consultant | Technology
        Halsey Recruitment
        Level 5, 330 Collins Street, Melbourne VIC 3000
        P: +61 3 9000 4471 | M: 0400 118 392
        halseyrecruitment.com.au

        -----Original Message-----
        From: Callum Tran <callum.tran@example.com>
        Sent: Wednesday, 1 April 2026 11:02 AM
        To: Kirsty Maguire <kirsty.maguire@halseyrecruitment.com.au>
        Subject: Re: Southbank Logistics - Data Engineer

        Hi Kirsty, tomorrow works - anytime after lunch is good for me. Thanks for pushing it along!

        Callum
        """)
    hs = head(addr("Kirsty Maguire", "kirsty.maguire@halseyrecruitment.com.au"),
              "RE: Southbank Logistics - Data Engineer", "2026-04-01 13:12:27", "Australia/Melbourne",
              "<ME3PR01MB7789D2B1A0C44F6E9B2D7A31C8E0@ME3PR01MB7789.ausprd01.prod.outlook.com>",
              host="mail-me3aus01on2112.outbound.protection.outlook.com",
              extra=(("In-Reply-To", "<CAH7pX2b+9kTz1QeYv0m=Lr8dW@mail.example.com>"),
                     ("References", "<CAH7pX2b+9kTz1QeYv0m=Lr8dW@mail.example.com>"),
                     *exchange_headers("Southbank Logistics - Data Engineer", "halsey-1")))
    return message(hs, text(body, cte="8bit"))


@mail(name(4), family="google_calendar", lang="en-NZ", interview=True, kind="scheduled",
      start="2026-04-07T23:00:00Z", end="2026-04-07T23:45:00Z",
      contact="aroha.ngata@kererusoftware.co.nz", company="Kererū Software",
      local="Wed 2026-04-08 11:00", local_end="2026-04-08 11:45", zone="Pacific/Auckland",
      note="Google Calendar invitation, TZID Pacific/Auckland 11:00-11:45 on Wed 8 April: NZST (UTC+12, "
           "NZ DST ended 5 April) -> 23:00Z on the 7th; sent while NZ was still on NZDT; the "
           "organiser's note says 9am Sydney (AEST by then); contact = ORGANIZER")
def kereru_gcal() -> bytes:
    org = ("Aroha Ngata", "aroha.ngata@kererusoftware.co.nz")
    summary = "Kererū Software – Data Engineer interview (Callum Tran)"
    note = ("Kia ora Callum - looking forward to it. You'll meet me and Sam (platform lead). "
            "11am our time is 9am for you in Sydney now that both our clocks have gone back. "
            "Ngā mihi, Aroha")
    lines = [
        summary,
        "Wednesday 8 Apr 2026 ⋅ 11am – 11:45am",
        "New Zealand Standard Time",
        "",
        "Join with Google Meet",
        "meet.google.com/xkd-pqra-tmv",
        "",
        "Join by phone",
        "(NZ) +64 9 801 4421 PIN: 618 902 337#",
        "",
        note,
        "",
        "Organiser",
        "Aroha Ngata",
        "aroha.ngata@kererusoftware.co.nz",
        "",
        "Guests",
        "Aroha Ngata - organiser",
        "Sam Whitcombe",
        "callum.tran@example.com",
        "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWQ0aGtwM2Y",
        "",
        "Reply for callum.tran@example.com",
        "Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWQ0aGtwM2Y&rst=1",
        "No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWQ0aGtwM2Y&rst=2",
        "Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWQ0aGtwM2Y&rst=3",
        "More options https://calendar.google.com/calendar/event?action=VIEW&eid=NWQ0aGtwM2Y",
        "",
        "Invitation from Google Calendar https://calendar.google.com/calendar/",
        "",
        "You are receiving this email because you are an attendee on the event. To stop receiving "
        "future updates for this event, decline this event.",
        "",
        "Forwarding this invitation could allow any recipient to send a response to the organiser, "
        "be added to the guest list, invite others regardless of their own invitation status or "
        "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding",
    ]
    ics = google_ics(
        method="REQUEST", tzid="Pacific/Auckland", start="20260408T110000", end="20260408T114500",
        organizer=org, guests=[("Aroha Ngata", org[1], "ACCEPTED"),
                               ("Sam Whitcombe", "sam.whitcombe@kererusoftware.co.nz", "ACCEPTED"),
                               (ME, ME, "NEEDS-ACTION")],
        summary=summary, uid="5d4hkp3f0q1r7s9tm2vbn6c8e0@google.com", stamp="20260402T022744Z",
        created="20260402T022641Z", description=note, meet="xkd-pqra-tmv")
    subject = (f"Invitation: {summary} @ Wed 8 Apr 2026 11am - 11:45am (NZST) ({ME})")
    hs = google_headers(org, subject, "2026-04-02 02:27:44",
                        "<calendar-5c0e7a31-92f4-4c1b-a3d8-6e21b9f0c447@google.com>")
    return message(hs, google_invite("\n".join(lines) + "\n", gcal_html(lines), ics, "REQUEST"))


@mail(name(5), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-06T23:00:00Z", end="2026-10-07T00:00:00Z",
      contact="jenna.park@granitepeakdata.com", company="Granite Peak Data",
      local="Wed 2026-10-07 10:00", local_end="2026-10-07 11:00", zone="Australia/Sydney",
      note="Lever confirmation after the candidate picked a slot; shown in the candidate's zone "
           "'10:00am - 11:00am AEDT' Wed 7 Oct (Sydney DST began 4 Oct, UTC+11) -> 23:00Z on 6 Oct, "
           "which the mail also gives as 4:00 PM PDT Tuesday; contact = Reply-To recruiter")
def granite_lever() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for picking a time - you're all set! Here are the details for your upcoming interview with Granite Peak Data.

        Technical Interview: Data Pipelines
        Wednesday, October 7, 2026
        10:00am - 11:00am AEDT (Australia/Sydney)
        (Tuesday, October 6, 4:00pm - 5:00pm PDT for your interviewer)

        Interviewer: Ravi Subramanian, Staff Data Engineer

        Location: Zoom - https://granitepeak.zoom.us/j/86120054431?pwd=bWxyU2p0cUZ3a1lGdz09

        Ravi will ask you to walk through a pipeline you've designed end to end, then work through a
        modelling exercise together. No need to install anything.

        If you need to reschedule, just reply to this email and I'll sort something out.

        Best,
        Jenna Park
        Technical Recruiter, Granite Peak Data

        Sent via Lever
        """)
    body_html = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1c1c1c;max-width:560px">
        <p>Hi Callum,</p>
        <p>Thanks for picking a time - you're all set! Here are the details for your upcoming interview with Granite Peak Data.</p>
        <div style="border:1px solid #e1e4e8;border-radius:6px;padding:16px">
        <div style="font-weight:600">Technical Interview: Data Pipelines</div>
        <div>Wednesday, October 7, 2026</div>
        <div>10:00am - 11:00am AEDT (Australia/Sydney)</div>
        <div style="color:#6a737d">(Tuesday, October 6, 4:00pm - 5:00pm PDT for your interviewer)</div>
        <div style="margin-top:8px">Interviewer: Ravi Subramanian, Staff Data Engineer</div>
        <div>Location: <a href="https://granitepeak.zoom.us/j/86120054431?pwd=bWxyU2p0cUZ3a1lGdz09">Zoom</a></div>
        </div>
        <p>Ravi will ask you to walk through a pipeline you've designed end to end, then work through a modelling exercise together. No need to install anything.</p>
        <p>If you need to reschedule, just reply to this email and I'll sort something out.</p>
        <p>Best,<br>Jenna Park<br>Technical Recruiter, Granite Peak Data</p>
        <p style="color:#9aa0a6;font-size:12px">Sent via Lever</p>
        </div>
        """)
    hs = head(addr("Jenna Park", "no-reply@hire.lever.co"),
              "Your interview with Granite Peak Data is confirmed", "2026-10-01 17:05:40",
              "America/Los_Angeles",
              "<0100019244b1e7c2-5f2d8a1e-7c04-4b9e-9a61-2b0e3d7f8c15-000000@email.amazonses.com>",
              host="a8-31.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Jenna Park", "jenna.park@granitepeakdata.com")),))
    return message(hs, alt(text(body), html(body_html)))


@mail(name(6), family="calendly", lang="en-SG", interview=True, kind="scheduled",
      start="2026-12-03T01:30:00Z", end="2026-12-03T02:00:00Z",
      contact="weiling.tan@merlionfreight.sg", company="Merlion Freight Tech",
      local="Thu 2026-12-03 12:30", local_end="2026-12-03 13:00", zone="Australia/Sydney",
      note="Calendly invitee confirmation, intro call with the hiring manager, shown in the invitee's "
           "zone 'Sydney, Melbourne Time' 12:30pm-1:00pm Thu 3 Dec (AEDT, UTC+11) -> 01:30Z; the "
           "description says 9:30am SGT, which agrees; ICS in UTC; contact = Reply-To host")
def merlion_calendly() -> bytes:
    desc = ("Quick 30 min chat about the Data Engineer role in our Singapore-based platform team "
            "(remote from AU is fine). 9:30am SGT for me!")
    body = t(f"""
        Hi Callum Tran,

        Your Intro call - Data Engineer (APAC remote) with Wei Ling Tan at 12:30pm (Sydney, Melbourne Time) on Thursday, December 3, 2026 is scheduled.

        Event Type:
        Intro call - Data Engineer (APAC remote)

        Event Date/Time:
        12:30pm - 01:00pm (Sydney, Melbourne Time), Thursday, December 3, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/hvu-qmzt-bcd

        Description:
        {desc}

        Invitee Time Zone:
        Sydney, Melbourne Time

        Questions:
        Please share anything that will help prepare for our meeting.
        Keen to hear more about the streaming stack and how the team splits across SG/AU.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b1f0d2e-8c7a-4e93-b6a4-0f27d9c81e3a
        Reschedule: https://calendly.com/reschedulings/5b1f0d2e-8c7a-4e93-b6a4-0f27d9c81e3a

        Powered by Calendly.com
        """)
    body_html = t(f"""
        <html><body style="background:#f6f8fb;font-family:Helvetica,Arial,sans-serif">
        <table align="center" width="560" style="background:#fff;padding:24px;border-radius:8px"><tr><td style="font-size:15px;color:#1a1a1a;line-height:22px">
        <p>Hi Callum Tran,</p>
        <p>Your <b>Intro call - Data Engineer (APAC remote)</b> with <b>Wei Ling Tan</b> at <b>12:30pm (Sydney, Melbourne Time)</b> on <b>Thursday, December 3, 2026</b> is scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Data Engineer (APAC remote)</p>
        <p><b>Event Date/Time:</b><br>12:30pm - 01:00pm (Sydney, Melbourne Time), Thursday, December 3, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/hvu-qmzt-bcd">Join now</a></p>
        <p><b>Description:</b><br>{desc}</p>
        <p><b>Invitee Time Zone:</b><br>Sydney, Melbourne Time</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>Keen to hear more about the streaming stack and how the team splits across SG/AU.</p>
        <p><a href="https://calendly.com/cancellations/5b1f0d2e-8c7a-4e93-b6a4-0f27d9c81e3a">Cancel</a> | <a href="https://calendly.com/reschedulings/5b1f0d2e-8c7a-4e93-b6a4-0f27d9c81e3a">Reschedule</a></p>
        <p style="font-size:12px;color:#888">Powered by Calendly.com</p>
        </td></tr></table></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:5b1f0d2e-8c7a-4e93-b6a4-0f27d9c81e3a@calendly.com
        DTSTAMP:20261129T211402Z
        DTSTART:20261203T013000Z
        DTEND:20261203T020000Z
        SUMMARY:Intro call - Data Engineer (APAC remote) between Wei Ling Tan and Callum Tran
        DESCRIPTION:{esc(desc)}\\n\\nEvent Name: Intro call - Data Engineer (APAC remote)\\n\\nLocation: https://meet.google.com/hvu-qmzt-bcd
        LOCATION:https://meet.google.com/hvu-qmzt-bcd
        ORGANIZER;CN=Wei Ling Tan:mailto:weiling.tan@merlionfreight.sg
        ATTENDEE;CN=Callum Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    subject = "Confirmed: Intro call - Data Engineer (APAC remote) with Wei Ling Tan on Thursday, December 3, 2026"
    hs = head("Calendly <notifications@calendly.com>", subject, "2026-11-29 21:14:02", "UTC",
              "<6f0a3c9e1d2b4e57a8c9@calendly.com>", host="o4.email.calendly.com",
              extra=(("Reply-To", addr("Wei Ling Tan", "weiling.tan@merlionfreight.sg")),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(name(7), family="sms_forward_to_self", lang="en-AU", interview=True, kind="scheduled",
      start="2026-12-07T00:00:00Z", end=None, contact=None, company="Jacaranda Insurance",
      local="Mon 2026-12-07 11:00", zone="Australia/Sydney",
      days=(("Mon", "2026-12-07"),),
      note="The candidate pasted an agency recruiter's text message into a mail to himself: "
           "'Confirmed for Mon 7/12 at 11am' (day-first, 7 December, AEDT UTC+11) -> 00:00Z; the SMS "
           "carries only a phone number and the sender is the candidate -> contact null")
def jacaranda_sms() -> bytes:
    body = t("""
        saving Bec's text here so I don't lose it

        "Hi Callum its Bec from Coastline People. Jacaranda Insurance want to see u!! Confirmed for Mon 7/12 at 11am, Lvl 9, 1 Market St Sydney. Ask for Dan Nguyen at reception, bring photo ID for building security. Any probs text me back. Good luck!! Bec"

        (from +61 412 907 266, 2 Dec 6:58pm)

        Sent from my Android
        """)
    hs = head(ME_TO, "Jacaranda interview - Bec's text", "2026-12-02 19:22:51", "Australia/Sydney",
              "<CAG2m8Vx=0pQ4e7uR1kZ+Hs9yJtB3wLd@mail.example.com>", host="mail-pj1-f52.example.com")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(name(8), family="pageup", lang="en-AU", interview=True, kind="scheduled",
      start="2026-03-31T02:30:00Z", end="2026-03-31T03:30:00Z",
      contact="kylie.armstrong@westernharbourwater.com.au", company="Western Harbour Water",
      local="Tue 2026-03-31 13:30", local_end="2026-03-31 14:30", zone="Australia/Sydney",
      note="PageUp 'Invitation to interview' with date, time and panel fixed; 1:30pm-2:30pm AEDT "
           "Tue 31 March (UTC+11) -> 02:30Z; no-reply sender, contact = the talent acquisition "
           "advisor's address in the body")
def western_harbour_pageup() -> bytes:
    body = t("""
        Dear Callum,

        Thank you for your application for the position of Senior Data Engineer (Job No: 512804).

        I am pleased to confirm your interview as follows:

        Date: Tuesday 31 March 2026
        Time: 1:30pm – 2:30pm (AEDT)
        Location: Western Harbour Water, Level 3, 1 Smith Street, Parramatta NSW 2150
        Panel: Sione Taufa (Manager, Data Platforms), Grace Lim (Senior Data Engineer), Kylie Armstrong (Talent Acquisition)

        The interview will be a behavioural-based interview followed by a short technical discussion.
        Please bring photo identification and report to ground floor reception 10 minutes prior to
        your interview time.

        If you have any questions or require any adjustments to participate in the interview process,
        please contact Kylie Armstrong on (02) 9000 3311 or kylie.armstrong@westernharbourwater.com.au.

        Yours sincerely,

        Kylie Armstrong
        Talent Acquisition Advisor
        Western Harbour Water

        Please do not reply to this email as this mailbox is not monitored.
        """)
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Callum,</p>
        <p>Thank you for your application for the position of Senior Data Engineer (Job No: 512804).</p>
        <p>I am pleased to confirm your interview as follows:</p>
        <table cellpadding="3" style="font-size:12px">
        <tr><td><strong>Date:</strong></td><td>Tuesday 31 March 2026</td></tr>
        <tr><td><strong>Time:</strong></td><td>1:30pm &ndash; 2:30pm (AEDT)</td></tr>
        <tr><td><strong>Location:</strong></td><td>Western Harbour Water, Level 3, 1 Smith Street, Parramatta NSW 2150</td></tr>
        <tr><td><strong>Panel:</strong></td><td>Sione Taufa (Manager, Data Platforms), Grace Lim (Senior Data Engineer), Kylie Armstrong (Talent Acquisition)</td></tr>
        </table>
        <p>The interview will be a behavioural-based interview followed by a short technical discussion. Please bring photo identification and report to ground floor reception 10 minutes prior to your interview time.</p>
        <p>If you have any questions or require any adjustments to participate in the interview process, please contact Kylie Armstrong on (02) 9000 3311 or <a href="mailto:kylie.armstrong@westernharbourwater.com.au">kylie.armstrong@westernharbourwater.com.au</a>.</p>
        <p>Yours sincerely,</p>
        <p>Kylie Armstrong<br>Talent Acquisition Advisor<br>Western Harbour Water</p>
        <p style="color:#777;font-size:10px">Please do not reply to this email as this mailbox is not monitored.</p>
        </div></body></html>
        """)
    hs = head("Western Harbour Water Careers <noreply@pageuppeople.com>",
              "Invitation to interview - Senior Data Engineer (Job No: 512804)", "2026-03-25 16:05:12",
              "Australia/Sydney", "<20260325050512.3F1A27C0048@mail04.pageuppeople.com>",
              host="mail04.pageuppeople.com")
    return message(hs, alt(text(body), html(body_html)))


@mail(name(9), family="successfactors", lang="en-AU", interview=True, kind="scheduled",
      start="2026-10-08T02:00:00Z", end="2026-10-08T03:00:00Z",
      contact="lauren.pike@swanriverresources.com.au", company="Swan River Resources",
      local="Thu 2026-10-08 10:00", local_end="2026-10-08 11:00", zone="Australia/Perth",
      note="SAP SuccessFactors interview confirmation, HTML only (base64); 10:00-11:00 AM AWST "
           "Thursday 8 October (Perth, UTC+8, no DST) -> 02:00Z; the mail adds 1:00 PM AEDT for "
           "Sydney, which agrees; contact = the recruitment advisor in the body")
def swan_river_sf() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Interview Confirmation</title></head>
        <body style="margin:0;padding:0;background:#eef1f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <tr><td style="background:#0b3d5c;padding:18px 24px;color:#fff;font-size:18px">Swan River Resources &mdash; Careers</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Callum,</p>
        <p>Thank you for completing the online assessment for the <strong>Data Engineer</strong> position (Req ID 40391). We would like to confirm your interview with the Digital &amp; Technology team.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #d6dde3;font-size:14px">
        <tr><td style="background:#f3f6f8;width:140px"><strong>Date</strong></td><td>Thursday, 8 October 2026</td></tr>
        <tr><td style="background:#f3f6f8"><strong>Time</strong></td><td>10:00 AM &ndash; 11:00 AM AWST (Perth)<br><span style="color:#666">1:00 PM &ndash; 2:00 PM AEDT (Sydney)</span></td></tr>
        <tr><td style="background:#f3f6f8"><strong>Format</strong></td><td>Microsoft Teams video interview (link to follow from the hiring manager)</td></tr>
        <tr><td style="background:#f3f6f8"><strong>Interviewers</strong></td><td>Dylan Rowe, Data Engineering Lead<br>Lauren Pike, Recruitment Advisor</td></tr>
        </table>
        <p>Should you have any questions regarding your interview, please contact Lauren Pike at <a href="mailto:lauren.pike@swanriverresources.com.au">lauren.pike@swanriverresources.com.au</a>.</p>
        <p>We look forward to speaking with you.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Swan River Resources</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5">This is a system-generated message from SAP SuccessFactors. Please do not reply to this email.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head("Swan River Resources <SwanRiverResources@successfactors.com>",
              "Interview Confirmation – Data Engineer (Req ID 40391)", "2026-10-02 11:40:08",
              "Australia/Perth", "<1175903349.221407.1791344408117.JavaMail.sfuser@pc12bsfapi09>",
              host="mail13.successfactors.com")
    return message(hs, html(body_html, cte="base64"))


@mail(name(10), family="human_reply_thread", lang="en-AU", interview=True, kind="scheduled",
      start="2026-10-01T00:30:00Z", end=None, contact="nadia@lorikeet.com.au", company="Lorikeet Analytics",
      local="Thu 2026-10-01 10:30", zone="Australia/Sydney",
      note="Hiring manager's one-line reply 'Perfect, Thursday 10.30 it is' on top of the candidate's "
           "two options; Date Mon 28 Sep (AEST) -> Thu 1 Oct 10:30 AEST (UTC+10, DST only starts "
           "4 Oct) = 00:30Z; 'roughly an hour' -> no end; contact = sender")
def lorikeet_reply() -> bytes:
    body = t("""
        Perfect, Thursday 10.30 it is. I'll pop a Teams invite in your calendar shortly - it'll be me and Chris (one of our senior DEs), roughly an hour. Bring your questions!

        Nadia

        On Sun, 27 Sept 2026 at 20:15, Callum Tran <callum.tran@example.com> wrote:
        > Hi Nadia,
        >
        > Thanks for getting back to me so quickly. Thursday 10:30am or Friday 2pm would both work on my end - whichever suits you and Chris better.
        >
        > Cheers,
        > Callum
        >
        > On Fri, 25 Sept 2026 at 16:02, Nadia Rahman <nadia@lorikeet.com.au> wrote:
        >
        >> Hi Callum,
        >>
        >> Great to chat on the phone today. As mentioned, the next step would be a technical conversation with me and one of the team. Could you send through a couple of times that suit next week?
        >>
        >> Thanks,
        >> Nadia
        >>
        >> Nadia Rahman
        >> Data Engineering Lead | Lorikeet Analytics
        """)
    hs = head(addr("Nadia Rahman", "nadia@lorikeet.com.au"), "Re: Next steps - Data Engineer",
              "2026-09-28 09:47:33", "Australia/Sydney",
              "<CAF3r9Qw7Hn2vK0sLp+Yx4mE8bT1cZ6uJd@mail.gmail.com>", host="mail-ot1-f47.google.com",
              extra=(("In-Reply-To", "<CAG2m8Vy5Fq9kR3wS0aT+Lm7nB2xCp4eUh@mail.example.com>"),
                     ("References", "<CAF3r9Qu1Ad6sG8hJ2kL+Mn4oP0qRs3tVw@mail.gmail.com> "
                                    "<CAG2m8Vy5Fq9kR3wS0aT+Lm7nB2xCp4eUh@mail.example.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(11), family="ashby", lang="en-AU", interview=True, kind="scheduled",
      start="2026-10-05T04:00:00Z", end="2026-10-05T05:00:00Z",
      contact="sophie.kwan@yarralane.io", company="Yarra Lane Software",
      local="Mon 2026-10-05 15:00", local_end="2026-10-05 16:00", zone="Australia/Melbourne",
      note="Ashby 'Interview confirmed' sent on 30 Sep while Melbourne was still on AEST; the "
           "interview is Mon 5 Oct 3:00-4:00 pm AEDT, the day after DST starts (UTC+11) -> 04:00Z; "
           "ICS TZID Australia/Melbourne agrees; contact = Reply-To / ORGANIZER recruiter")
def yarra_lane_ashby() -> bytes:
    body = t("""
        Hi Callum,

        Your interview with Yarra Lane Software is confirmed. We're looking forward to speaking with you!

        Data Engineer – Technical Interview (Pairing)
        Monday, 5 October 2026
        3:00 – 4:00 pm AEDT
        Google Meet: https://meet.google.com/qpe-ruwd-kzn

        You'll meet with:
          Tomasz Wiśniewski — Senior Data Engineer
          Ellie Fraser — Engineering Manager, Data

        We'll work through a small dbt + SQL problem together in a shared repo. Bring your own laptop setup; we'll send the repo link on the day.

        Questions? Just reply and it will reach Sophie Kwan.

        Thanks,
        Yarra Lane Software Recruiting
        """)
    body_html = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Callum,</p>
        <p>Your interview with Yarra Lane Software is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Data Engineer – Technical Interview (Pairing)</strong><br>
        Monday, 5 October 2026<br>
        3:00 – 4:00 pm AEDT<br>
        Google Meet: <a href="https://meet.google.com/qpe-ruwd-kzn">meet.google.com/qpe-ruwd-kzn</a></p>
        <p>You&#x27;ll meet with:<br>
        &nbsp;&nbsp;Tomasz Wiśniewski — Senior Data Engineer<br>
        &nbsp;&nbsp;Ellie Fraser — Engineering Manager, Data</p>
        <p>We&#x27;ll work through a small dbt + SQL problem together in a shared repo. Bring your own laptop setup; we&#x27;ll send the repo link on the day.</p>
        <p>Questions? Just reply and it will reach Sophie Kwan.</p>
        <p>Thanks,<br>Yarra Lane Software Recruiting</p>
        </body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ["Australia/Melbourne"].replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        UID:c41e9b07-3a58-4f2d-8e16-70b2a9d5f3c8
        DTSTAMP:20260930T042011Z
        DTSTART;TZID=Australia/Melbourne:20261005T150000
        DTEND;TZID=Australia/Melbourne:20261005T160000
        SEQUENCE:0
        SUMMARY:Yarra Lane Software – Data Engineer Technical Interview (Pairing)
        LOCATION:https://meet.google.com/qpe-ruwd-kzn
        ORGANIZER;CN=Sophie Kwan:mailto:sophie.kwan@yarralane.io
        ATTENDEE;CN=Callum Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Yarra Lane Software <no-reply@ashbyhq.com>",
              "Interview confirmed: Data Engineer at Yarra Lane Software", "2026-09-30 04:20:11", "UTC",
              "<010001923c0f55a1-a8e2d4b7-91c3-4f60-b2d5-7e8a0c6f3b91-000000@email.amazonses.com>",
              host="a48-112.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Sophie Kwan", "sophie.kwan@yarralane.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(body_html, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(name(12), family="greenhouse", lang="en-AU", interview=True, kind="scheduled",
      start="2026-12-10T22:30:00Z", end="2026-12-11T01:00:00Z",
      contact="mei.lin@bluegumrobotics.com.au", company="Bluegum Robotics",
      local="Fri 2026-12-11 09:30", local_end="2026-12-11 12:00", zone="Australia/Sydney",
      note="Greenhouse onsite itinerary for the final round, 'All times are Sydney time (AEDT)': "
           "first session 9:30am, last ends 12:00pm Fri 11 Dec (UTC+11) -> 22:30Z on the 10th to "
           "01:00Z; lunch afterwards is not a session; contact = Reply-To recruiter")
def bluegum_itinerary() -> bytes:
    body = t("""
        Hi Callum,

        Great news - the team would love to have you in for the final round! Below is your itinerary. All times are Sydney time (AEDT).

        Friday, 11 December 2026
        Bluegum Robotics, 88 Wattle Street, Ultimo NSW 2007
        (Level 2 - if the front door's locked, buzz at the roller door on the laneway side)

        9:30am - 10:30am    System design: streaming telemetry pipeline - Arjun Mehta, Principal Engineer
        10:30am - 10:45am   Break
        10:45am - 11:15am   Values & ways of working - Claire Donnelly, People Partner
        11:15am - 12:00pm   Chat with our Head of Data - Rhys Llewellyn

        Lunch is on us afterwards if you can stick around - the team does a Friday order from the Vietnamese place downstairs.

        If you need anything before then, just reply to this email.

        Cheers,
        Mei Lin
        Talent Partner, Bluegum Robotics
        """)
    body_html = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Callum,</p>
        <p>Great news - the team would love to have you in for the final round! Below is your itinerary. All times are Sydney time (AEDT).</p>
        <p><b>Friday, 11 December 2026</b><br>Bluegum Robotics, 88 Wattle Street, Ultimo NSW 2007<br>(Level 2 - if the front door's locked, buzz at the roller door on the laneway side)</p>
        <table cellpadding="4" style="border-collapse:collapse;font-size:14px">
        <tr><td>9:30am - 10:30am</td><td>System design: streaming telemetry pipeline - Arjun Mehta, Principal Engineer</td></tr>
        <tr><td>10:30am - 10:45am</td><td>Break</td></tr>
        <tr><td>10:45am - 11:15am</td><td>Values &amp; ways of working - Claire Donnelly, People Partner</td></tr>
        <tr><td>11:15am - 12:00pm</td><td>Chat with our Head of Data - Rhys Llewellyn</td></tr>
        </table>
        <p>Lunch is on us afterwards if you can stick around - the team does a Friday order from the Vietnamese place downstairs.</p>
        <p>If you need anything before then, just reply to this email.</p>
        <p>Cheers,<br>Mei Lin<br>Talent Partner, Bluegum Robotics</p>
        </div>
        """)
    hs = head(addr("Mei Lin", "no-reply@us.greenhouse-mail.io"),
              "Your final round with Bluegum Robotics - Friday 11 December", "2026-12-04 02:51:19", "UTC",
              "<6751c3e7a9f2b_4d8a2b1c38f4e10@greenhouse-app-7f9c4b5d8-xk2lp.mail>",
              host="o1678.greenhouse-mail.io",
              extra=(("Reply-To", addr("Mei Lin", "mei.lin@bluegumrobotics.com.au")),))
    return message(hs, alt(text(body), html(body_html)))


@mail(name(13), family="jobadder_agency", lang="en-AU", interview=True, kind="scheduled",
      start="2026-12-09T05:00:00Z", end="2026-12-09T05:45:00Z",
      contact="zoe.papadopoulos@northshoretalent.com.au", company="Ironbark Bank",
      local="Wed 2026-12-09 16:00", local_end="2026-12-09 16:45", zone="Australia/Sydney",
      note="Agency consultant's formal confirmation sent through JobAdder (windows-1252, QP); "
           "'Wednesday 9th December 2026, 4:00pm – 4:45pm AEDT' (UTC+11) -> 05:00Z-05:45Z; company = "
           "the client bank; contact = the consultant (sender)")
def ironbark_jobadder() -> bytes:
    body = t("""
        Hi Callum,

        Thank you for your time on the phone this morning. I’m pleased to confirm your interview with Ironbark Bank as follows:

        Client: Ironbark Bank
        Role: Senior Data Engineer – Customer Data Platform (12-month contract)
        Date: Wednesday 9th December 2026
        Time: 4:00pm – 4:45pm AEDT
        Format: Video interview via Microsoft Teams (the link will be sent directly by Ironbark’s talent team)
        Interviewers: Siobhán Kelly (Engineering Manager) and Raj Patel (Lead Data Engineer)

        The interview will run for 45 minutes and will focus on your experience with dbt, Snowflake and CDC pipelines, plus a couple of behavioural questions around stakeholder management. Siobhán is quite conversational – expect a two-way chat rather than a grilling.

        Please confirm receipt of this email, and give me a call straight after the interview so I can pass your feedback on to the client.

        Kind regards,

        Zoë Papadopoulos
        Principal Consultant – Data & Analytics
        Northshore Talent
        Suite 4.02, 100 Miller Street, North Sydney NSW 2060
        T: 02 9000 7720 | M: 0421 556 803
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Callum,</p>
        <p>Thank you for your time on the phone this morning. I’m pleased to confirm your interview with Ironbark Bank as follows:</p>
        <p><b>Client:</b> Ironbark Bank<br>
        <b>Role:</b> Senior Data Engineer – Customer Data Platform (12-month contract)<br>
        <b>Date:</b> Wednesday 9th December 2026<br>
        <b>Time:</b> 4:00pm – 4:45pm AEDT<br>
        <b>Format:</b> Video interview via Microsoft Teams (the link will be sent directly by Ironbark’s talent team)<br>
        <b>Interviewers:</b> Siobhán Kelly (Engineering Manager) and Raj Patel (Lead Data Engineer)</p>
        <p>The interview will run for 45 minutes and will focus on your experience with dbt, Snowflake and CDC pipelines, plus a couple of behavioural questions around stakeholder management. Siobhán is quite conversational – expect a two-way chat rather than a grilling.</p>
        <p>Please confirm receipt of this email, and give me a call straight after the interview so I can pass your feedback on to the client.</p>
        <p>Kind regards,</p>
        <p><b>Zoë Papadopoulos</b><br>Principal Consultant – Data &amp; Analytics<br>Northshore Talent<br>
        Suite 4.02, 100 Miller Street, North Sydney NSW 2060<br>T: 02 9000 7720 | M: 0421 556 803</p>
        <img src="https://track.jobadder.com/open/7c2f90e1a4b3" width="1" height="1" alt="">
        </div></body></html>
        """)
    cs = "windows-1252"
    hs = head(addr("Zoë Papadopoulos", "zoe.papadopoulos@northshoretalent.com.au", charset=cs),
              "Interview Confirmation – Ironbark Bank – Senior Data Engineer", "2026-12-04 10:40:55",
              "Australia/Sydney", "<jaMsg.20261203234055.8f3b21c7@mail.jobadder.com>",
              host="mail.jobadder.com", charset=cs, extra=(("X-Mailer", "JobAdder"),))
    return message(hs, alt(text(body, charset=cs), html(body_html, charset=cs)))


@mail(name(14), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start="2026-04-02T22:00:00Z", end="2026-04-02T22:45:00Z",
      contact="marcus.webb@hudsonlane.com", company="Hudson Lane Analytics",
      local="Thu 2026-04-02 18:00", local_end="2026-04-02 18:45", zone="America/New_York",
      note="Google Calendar invitation from a New York recruiter, shown in his zone: Thu Apr 2 "
           "6pm-6:45pm EDT (UTC-4) -> 22:00Z; the description says 9:00am Friday 3 April in Sydney "
           "(AEDT, still UTC+11 until 5 April), which agrees; contact = ORGANIZER")
def hudson_lane_gcal() -> bytes:
    org = ("Marcus Webb", "marcus.webb@hudsonlane.com")
    summary = "Hudson Lane | Data Engineer screen w/ Callum Tran"
    note = ("Hi Callum - per our emails, this lands at 9:00am Friday April 3 your time in Sydney. "
            "30-45 min, mostly about your background + the role. Talk soon! -Marcus")
    lines = [
        summary,
        "Thursday Apr 2, 2026 ⋅ 6pm – 6:45pm",
        "Eastern Time - New York",
        "",
        "Join with Google Meet",
        "meet.google.com/fzr-kwpd-nua",
        "",
        "Join by phone",
        "(US) +1 646-558-2207 PIN: 402 118 957#",
        "",
        "More phone numbers",
        "https://tel.meet/fzr-kwpd-nua?pin=402118957",
        "",
        note,
        "",
        "Organizer",
        "Marcus Webb",
        "marcus.webb@hudsonlane.com",
        "",
        "Guests",
        "Marcus Webb - organizer",
        "callum.tran@example.com",
        "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4ZHFwMnI",
        "",
        "Reply for callum.tran@example.com",
        "Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4ZHFwMnI&rst=1",
        "No https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4ZHFwMnI&rst=2",
        "Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s4ZHFwMnI&rst=3",
        "More options https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4ZHFwMnI",
        "",
        "Invitation from Google Calendar https://calendar.google.com/calendar/",
        "",
        "You are receiving this email because you are an attendee on the event. To stop receiving "
        "future updates for this event, decline this event.",
    ]
    ics = google_ics(
        method="REQUEST", tzid="America/New_York", start="20260402T180000", end="20260402T184500",
        organizer=org, guests=[("Marcus Webb", org[1], "ACCEPTED"), (ME, ME, "NEEDS-ACTION")],
        summary=summary, uid="3k8dqp2r9v1bn5s7te0hm4wcxa@google.com", stamp="20260329T213208Z",
        created="20260329T213102Z", description=note, meet="fzr-kwpd-nua")
    subject = f"Invitation: {summary} @ Thu Apr 2, 2026 6pm - 6:45pm (EDT) ({ME})"
    hs = google_headers(org, subject, "2026-03-29 21:32:08",
                        "<calendar-8b1d2f6e-47a0-4c39-9e5b-d3a07c1f2e68@google.com>")
    return message(hs, google_invite("\n".join(lines) + "\n", gcal_html(lines), ics, "REQUEST"))


@mail(name(15), family="human_reply_thread", lang="en-AU", interview=True, kind="scheduled",
      start="2026-12-07T21:15:00Z", end=None, contact="tom@figtreepayments.com.au", company="Figtree Payments",
      local="Tue 2026-12-08 08:15", zone="Australia/Sydney",
      note="Engineering head's iPhone reply 'Tues 8.15 at Pepper Tree then' on top of the thread: a "
           "coffee chat with the hiring manager about an open role, counted as an interview. Date "
           "Wed 2 Dec -> Tue 8 Dec 08:15 AEDT (UTC+11) = 21:15Z on Mon 7 Dec; contact = sender")
def figtree_coffee() -> bytes:
    body = t("""
        Legend. Tues 8.15 at Pepper Tree Espresso on Crown St then, I'll grab us a table out the back. My shout.

        T

        Sent from my iPhone

        > On 2 Dec 2026, at 11:31 am, Callum Tran <callum.tran@example.com> wrote:
        >
        > Hi Tom,
        >
        > Thanks heaps for reaching out - would love to hear more about the platform role. Early mornings work best for me, I could do Tuesday or Thursday before 9 if that suits?
        >
        > Callum
        >
        >> On 1 Dec 2026, at 4:50 pm, Tom Hargreaves <tom@figtreepayments.com.au> wrote:
        >>
        >> Hi Callum, Tom here - I run engineering at Figtree. Maria Costa mentioned you might be looking around. We're hiring a senior data engineer and I'd love to grab a coffee and tell you about it before we kick off the formal process. Let me know what works.
        >>
        >> Tom Hargreaves
        >> VP Engineering, Figtree Payments
        """)
    hs = head(addr("Tom Hargreaves", "tom@figtreepayments.com.au"), "Re: Coffee?", "2026-12-02 12:08:40",
              "Australia/Sydney", "<7E2B9C41-0D5A-4F83-9B16-2C8E4A7D3F05@figtreepayments.com.au>",
              host="mail-sy3aus01on2049.outbound.protection.outlook.com",
              extra=(("In-Reply-To", "<CAG2m8Vw8Jk1pT6nR4=Qz2hM@mail.example.com>"),
                     ("References", "<A41F77E2-5C10-4B0B-8E2E-7F1C3A9D2B64@figtreepayments.com.au> "
                                    "<CAG2m8Vw8Jk1pT6nR4=Qz2hM@mail.example.com>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="quoted-printable"))


@mail(name(16), family="exchange_teams", lang="en-AU", interview=True, kind="scheduled",
      start="2026-03-30T03:00:00Z", end="2026-03-30T04:30:00Z",
      contact="priya.venkatesh@moretonbaypartners.com.au", company="Moreton Bay Partners",
      local="Mon 2026-03-30 13:00", local_end="2026-03-30 14:30", zone="Australia/Brisbane",
      note="Consulting case interview sent as an Exchange/Teams request with TZID 'E. Australia "
           "Standard Time' (Brisbane, UTC+10 all year): Mon 30 March 1:00-2:30pm -> 03:00Z-04:30Z; "
           "the body says 2:00pm for Sydney (AEDT); contact = sender/ORGANIZER coordinator")
def moreton_case() -> bytes:
    seed = "moreton-1"
    org = ("Priya Venkatesh", "Priya.Venkatesh@moretonbaypartners.com.au")
    subject = "Moreton Bay Partners – Case Interview (Round 1) – Callum Tran"
    teams = teams_block("467 901 233 584", "Rk2vZ9", "+61 7 3102 4417", "559 218 640#", seed).replace(
        "Australia, Sydney", "Australia, Brisbane")
    body = t("""
        Hi Callum,

        Please find attached an invitation for your first-round case interview with Moreton Bay Partners on Monday 30 March at 1:00pm.

        The case will be a data-strategy scenario for a fictional retailer. No preparation is needed beyond a pen and paper; we will share the exhibits on screen.

        Interviewers: James Whitford (Principal) and Anika Sharma (Senior Consultant)
        Duration: 90 minutes (60 min case + 30 min fit questions)

        Please note the time above is Brisbane time (AEST, UTC+10) – that is 2:00pm for you in Sydney.

        Kind regards,
        Priya

        Priya Venkatesh
        Recruiting Coordinator
        Moreton Bay Partners | Level 22, 111 Eagle Street, Brisbane QLD 4000

        """) + teams
    body_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body lang="EN-AU"><div style="font-family:Calibri,sans-serif;font-size:11pt">\n'
        "<p>Hi Callum,</p>\n"
        "<p>Please find attached an invitation for your first-round case interview with Moreton Bay Partners "
        "on <b>Monday 30 March at 1:00pm</b>.</p>\n"
        "<p>The case will be a data-strategy scenario for a fictional retailer. No preparation is needed "
        "beyond a pen and paper; we will share the exhibits on screen.</p>\n"
        "<p>Interviewers: James Whitford (Principal) and Anika Sharma (Senior Consultant)<br>"
        "Duration: 90 minutes (60 min case + 30 min fit questions)</p>\n"
        "<p><i>Please note the time above is Brisbane time (AEST, UTC+10) – that is 2:00pm for you in "
        "Sydney.</i></p>\n"
        "<p>Kind regards,<br>Priya</p>\n"
        "<p><b>Priya Venkatesh</b><br>Recruiting Coordinator<br>Moreton Bay Partners | Level 22, 111 Eagle "
        "Street, Brisbane QLD 4000</p>\n"
        + teams_html("467 901 233 584", "Rk2vZ9", seed) + "</div></body></html>\n")
    ics = exchange_ics(
        method="REQUEST", tzid="E. Australia Standard Time", start="20260330T130000", end="20260330T143000",
        organizer=org,
        attendees=[("Callum Tran", ME), ("James Whitford", "James.Whitford@moretonbaypartners.com.au"),
                   ("Anika Sharma", "Anika.Sharma@moretonbaypartners.com.au")],
        summary=subject, uid=exchange_uid(seed), stamp="20260324T001544Z", description=body)
    hs = head(addr(*org), subject, "2026-03-24 10:15:44", "Australia/Brisbane",
              "<SY6PR01MB8841F0E2A93B7C4D1E5A60F29B7C@SY6PR01MB8841.ausprd01.prod.outlook.com>",
              host="mail-sy6aus01on2088.outbound.protection.outlook.com",
              extra=exchange_headers(subject, seed))
    return message(hs, alt(text(body, cte="base64"), html(body_html, cte="base64"),
                           calendar(ics, method="REQUEST", cte="base64")))


# =========================================================================== positives: rescheduled


@mail(name(17), family="google_calendar", lang="en-NZ", interview=True, kind="rescheduled",
      start="2026-09-29T22:00:00Z", end="2026-09-29T23:00:00Z",
      contact="wiremu.parata@pohutukawa.digital", company="Pōhutukawa Digital",
      local="Wed 2026-09-30 11:00", local_end="2026-09-30 12:00", zone="Pacific/Auckland",
      note="Google Calendar 'Updated invitation' (SEQUENCE:1) moving the tech interview from Tue 29 "
           "Sep to Wed 30 Sep 11am-12pm; NZ DST began 27 Sep so NZDT (UTC+13) -> 22:00Z on the 29th; "
           "sent on 25 Sep while NZ was on NZST; the note's '8am in Sydney' (AEST) agrees; "
           "contact = ORGANIZER")
def pohutukawa_update() -> bytes:
    org = ("Wiremu Parata", "wiremu.parata@pohutukawa.digital")
    summary = "Pōhutukawa Digital – tech interview (Callum Tran)"
    note = ("Moved to Wednesday as discussed - sorry for the shuffle! Same Meet link. That's 8am in "
            "Sydney, I know it's an early one, coffee recommended. - Wiremu")
    lines = [
        "This event has been updated",
        "",
        summary,
        "Changed: Wednesday 30 Sep 2026 ⋅ 11am – 12pm",
        "New Zealand Daylight Time",
        "",
        "Join with Google Meet",
        "meet.google.com/wqa-hnxt-rpe",
        "",
        note,
        "",
        "Organiser",
        "Wiremu Parata",
        "wiremu.parata@pohutukawa.digital",
        "",
        "Guests",
        "Wiremu Parata - organiser",
        "Lucy Tamatea",
        "callum.tran@example.com",
        "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2hxcjB2czRw",
        "",
        "Reply for callum.tran@example.com",
        "Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2hxcjB2czRw&rst=1",
        "No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2hxcjB2czRw&rst=2",
        "Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2hxcjB2czRw&rst=3",
        "",
        "Invitation from Google Calendar https://calendar.google.com/calendar/",
        "",
        "You are receiving this email because you are an attendee on the event.",
    ]
    ics = google_ics(
        method="REQUEST", tzid="Pacific/Auckland", start="20260930T110000", end="20260930T120000",
        organizer=org, guests=[("Wiremu Parata", org[1], "ACCEPTED"),
                               ("Lucy Tamatea", "lucy.tamatea@pohutukawa.digital", "ACCEPTED"),
                               (ME, ME, "NEEDS-ACTION")],
        summary=summary, uid="7hqr0vs4pm2k9d1nbt6ce3wa5f@google.com", stamp="20260925T031247Z",
        created="20260918T220511Z", seq=1, description=note, meet="wqa-hnxt-rpe")
    subject = f"Updated invitation: {summary} @ Wed 30 Sep 2026 11am - 12pm (NZDT) ({ME})"
    hs = google_headers(org, subject, "2026-09-25 03:12:47",
                        "<calendar-1f7c9d02-6b3e-4a85-b0f4-82e5c6a19d37@google.com>")
    return message(hs, google_invite("\n".join(lines) + "\n", gcal_html(lines), ics, "REQUEST"))


@mail(name(18), family="human_prose", lang="en-AU", interview=True, kind="rescheduled",
      start="2026-04-07T01:00:00Z", end="2026-04-07T02:00:00Z",
      contact="georgia.blake@wollemihealth.org.au", company="Wollemi Health",
      local="Tue 2026-04-07 11:00", local_end="2026-04-07 12:00", zone="Australia/Sydney",
      days=(("Wed", "2026-04-01"),),
      note="Recruiter moves the interview from 'tomorrow' (Wed 1 Apr 11am AEDT, quoted below) to "
           "'Tues 7/4 at 11:00', same format, 1 hour; DST ends 5 April so AEST (UTC+10) -> 01:00Z; "
           "iso-8859-1 QP; contact = sender")
def wollemi_moved() -> bytes:
    body = t("""
        Hi Callum,

        Apologies for the late change. Renée has been called into a clinical systems incident review tomorrow and can't get out of it, so we need to move your interview.

        She is free next Tuesday (7 April) at 11am, same format (Teams, 1 hour). You mentioned last week that Tuesday mornings are fine, so I've gone ahead and booked it in - we're locked in for Tues 7/4 at 11:00. Updated invite to follow from Renée's calendar.

        Hope you have a lovely Easter break.

        Kind regards,
        Georgia

        Georgia Blake | Talent Acquisition Partner
        Wollemi Health | 2 Macquarie Street, Sydney NSW 2000
        georgia.blake@wollemihealth.org.au | 02 9000 6120

        From: Georgia Blake
        Sent: Tuesday, 24 March 2026 2:10 PM
        To: Callum Tran <callum.tran@example.com>
        Subject: Interview - Data Engineer, Wollemi Health

        Hi Callum,

        Thanks for your application for the Data Engineer role. Renée Castillo (Head of Clinical Data) would like to meet you on Wednesday 1 April, 11:00am - 12:00pm AEDT via Microsoft Teams. An invite will follow.

        Kind regards,
        Georgia
        """)
    hs = head(addr("Georgia Blake", "georgia.blake@wollemihealth.org.au"),
              "RE: Interview - Data Engineer, Wollemi Health", "2026-03-31 15:22:06", "Australia/Sydney",
              "<SY5PR01MB9024C7A1E3B6D8F0A2C4E6B8D0F1@SY5PR01MB9024.ausprd01.prod.outlook.com>",
              host="mail-sy5aus01on2117.outbound.protection.outlook.com", charset="iso-8859-1",
              extra=exchange_headers("Interview - Data Engineer, Wollemi Health", "wollemi-1"))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(name(19), family="exchange_teams", lang="en-AU", interview=True, kind="rescheduled",
      start="2026-10-13T03:00:00Z", end="2026-10-13T04:00:00Z",
      contact="ben.osullivan@saltbushmutual.com.au", company="Saltbush Mutual",
      local="Tue 2026-10-13 14:00", local_end="2026-10-13 15:00", zone="Australia/Sydney",
      days=(("Mon", "2026-10-12"),),
      note="Exchange meeting update (SEQUENCE:1) moving the technical interview from Monday to "
           "'Tuesday 13/10, 2-3pm'; Outlook's 'When' line shows '(UTC+10:00) Canberra, Melbourne, "
           "Sydney' though AEDT (UTC+11) applies -> 03:00Z; ICS TZID 'AUS Eastern Standard Time' "
           "agrees; contact = sender/ORGANIZER")
def saltbush_update() -> bytes:
    seed = "saltbush-1"
    org = ("Ben O'Sullivan", "Ben.OSullivan@saltbushmutual.com.au")
    subject = "Technical interview - Data Engineer (Callum Tran)"
    teams = teams_block("482 066 719 305", "Tq8Jx4", "+61 2 8318 0090", "311 904 228#", seed)
    body = t("""
        When: Tuesday, 13 October 2026 2:00 PM-3:00 PM (UTC+10:00) Canberra, Melbourne, Sydney.
        Where: Microsoft Teams Meeting

        Hi Callum,

        Sorry to move things around on you - one of the panel is now out on Monday. New time is Tuesday 13/10, 2-3pm, same Teams link. Let me know if that doesn't work and we'll find something else.

        Ben

        """) + teams
    ics = exchange_ics(
        method="REQUEST", tzid="AUS Eastern Standard Time", start="20261013T140000", end="20261013T150000",
        organizer=org,
        attendees=[("Callum Tran", ME), ("Wen Zhao", "Wen.Zhao@saltbushmutual.com.au")],
        summary=subject, uid=exchange_uid(seed), stamp="20261008T054802Z", seq=1, description=body)
    hs = head(addr(*org), subject, "2026-10-08 16:48:02", "Australia/Sydney",
              "<ME2PR01MB5567B0C9D8E7F6A5B4C3D2E1F0A9@ME2PR01MB5567.ausprd01.prod.outlook.com>",
              host="mail-me2aus01on2093.outbound.protection.outlook.com",
              extra=exchange_headers(subject, seed))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(20), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start="2026-12-09T22:00:00Z", end="2026-12-09T23:00:00Z",
      contact="dana.whitfield@cascaderidge.dev", company="Cascade Ridge Software",
      local="Wed 2026-12-09 14:00", local_end="2026-12-09 15:00", zone="America/Los_Angeles",
      note="Greenhouse reschedule with old and new times: updated Wednesday Dec 9, 2:00-3:00 PM PST "
           "(UTC-8) -> 22:00Z, given also as Thu Dec 10 9:00-10:00 AM AEDT; ICS SEQUENCE:1 TZID "
           "America/Los_Angeles agrees; contact = Reply-To recruiter")
def cascade_ridge_moved() -> bytes:
    body = t("""
        Hi Callum,

        Your interview with Cascade Ridge Software has been rescheduled. Please see the updated details below.

        Previously: Tuesday, December 8, 2026, 2:00 PM - 3:00 PM PST
        Updated:    Wednesday, December 9, 2026, 2:00 PM - 3:00 PM PST
                    (Thursday, December 10, 9:00 AM - 10:00 AM AEDT in Sydney)

        Interview: Take-home review + system design
        Interviewers: Kofi Mensah, Lena Brandt
        Zoom: https://cascaderidge.zoom.us/j/97733012846?pwd=T2xNc0pUYW1RdlZ3

        An updated calendar invitation is attached. Thanks for your flexibility!

        Dana Whitfield
        Recruiting, Cascade Ridge Software
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        {VTZ["America/Los_Angeles"].replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        UID:gh-interview-88213047@greenhouse.io
        DTSTAMP:20261204T031755Z
        DTSTART;TZID=America/Los_Angeles:20261209T140000
        DTEND;TZID=America/Los_Angeles:20261209T150000
        SEQUENCE:1
        SUMMARY:Cascade Ridge Software - Take-home review + system design (Callum Tran)
        LOCATION:https://cascaderidge.zoom.us/j/97733012846
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@cascaderidge.dev
        ATTENDEE;CN=Callum Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
              "Updated interview time: Cascade Ridge Software - Senior Data Engineer (Remote)",
              "2026-12-03 19:17:55", "America/Los_Angeles",
              "<6750b7c3d2e1f_2a9c81d4e7b6a22@greenhouse-app-5d8b7c9f6-q7mzt.mail>",
              host="o1678.greenhouse-mail.io",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@cascaderidge.dev")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", cte="base64",
                                                  filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(name(21), family="google_calendar", lang="en-AU", interview=True, kind="cancelled",
      start="2026-10-07T03:00:00Z", end="2026-10-07T04:00:00Z",
      contact="shane.goh@karrimining.com.au", company="Karri Mining Tech",
      local="Wed 2026-10-07 11:00", local_end="2026-10-07 12:00", zone="Australia/Perth",
      note="Google Calendar cancellation (METHOD:CANCEL) with a note that the role is paused; the "
           "cancelled slot Wed 7 Oct 11am-12pm AWST (UTC+8) -> 03:00Z-04:00Z; contact = ORGANIZER")
def karri_cancelled() -> bytes:
    org = ("Shane Goh", "shane.goh@karrimining.com.au")
    summary = "Karri Mining – Data Engineer interview (Callum Tran)"
    lines = [
        "This event has been cancelled.",
        "",
        "Hi Callum, really sorry to do this - we've had to pause this role while the team gets restructured. "
        "I'll reach out if it reopens. Shane",
        "",
        summary,
        "Wednesday 7 Oct 2026 ⋅ 11am – 12pm",
        "Australian Western Standard Time - Perth",
        "",
        "Organiser",
        "Shane Goh",
        "shane.goh@karrimining.com.au",
        "",
        "Guests",
        "Shane Goh - organiser",
        "callum.tran@example.com",
        "",
        "Invitation from Google Calendar https://calendar.google.com/calendar/",
        "",
        "You are receiving this email because you are an attendee on the event.",
    ]
    ics = google_ics(
        method="CANCEL", tzid="Australia/Perth", start="20261007T110000", end="20261007T120000",
        organizer=org, guests=[("Shane Goh", org[1], "ACCEPTED"), (ME, ME, "ACCEPTED")],
        summary=summary, uid="2m9c4kq7t1vd8xh3pn0sb6rwlf@google.com", stamp="20261003T013350Z",
        created="20260929T052218Z", seq=1, status="CANCELLED", meet="pbn-xqwd-fku")
    subject = f"Cancelled event: {summary} @ Wed 7 Oct 2026 11am - 12pm (AWST) ({ME})"
    hs = google_headers(org, subject, "2026-10-03 01:33:50",
                        "<calendar-a93e6b18-2d7f-4c05-8e41-f6b0d2c7a9e3@google.com>")
    return message(hs, google_invite("\n".join(lines) + "\n", gcal_html(lines), ics, "CANCEL"))


@mail(name(22), family="agency_recruiter", lang="en-AU", interview=True, kind="cancelled",
      start="2026-12-11T04:00:00Z", end=None,
      contact="kirsty.maguire@halseyrecruitment.com.au", company="Mangrove Telecom",
      local="Fri 2026-12-11 15:00", zone="Australia/Sydney",
      note="Agency recruiter: the client put the role on hold, 'tomorrow's 3pm with Priya is off'; "
           "Date Thu 10 Dec (AEDT) -> cancelled slot Fri 11 Dec 15:00 AEDT (UTC+11) = 04:00Z; "
           "company = the client, contact = the recruiter")
def mangrove_off() -> bytes:
    body = t("""
        Hi Callum,

        Bit of a bummer sorry - just got off the phone with Mangrove and they've put the Data Engineer role on hold until the new FY (budget freeze apparently). So tomorrow's 3pm with Priya is off.

        I know you'd put a fair bit of work into prepping for this one, really sorry. I'll keep pushing for you and let you know the minute it's back on.

        Kirsty

        Get Outlook for iOS<https://aka.ms/o0ukef>
        """)
    hs = head(addr("Kirsty Maguire", "kirsty.maguire@halseyrecruitment.com.au"), "Mangrove Telecom - tomorrow",
              "2026-12-10 12:48:14", "Australia/Melbourne",
              "<ME3PR01MB77890B4E2C1D9A8F7E6D5C4B3A21@ME3PR01MB7789.ausprd01.prod.outlook.com>",
              host="mail-me3aus01on2112.outbound.protection.outlook.com",
              extra=exchange_headers("Mangrove Telecom - tomorrow", "halsey-2"))
    body_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div dir="auto">' + "".join(
                     f"<div>{x}</div>" if x else "<div><br></div>"
                     for x in body.replace("&", "&amp;").replace("<https://aka.ms/o0ukef>", "").split("\n"))
                 + "</div></body></html>\n")
    return message(hs, alt(text(body), html(body_html)))


@mail(name(23), family="exchange_teams", lang="en-NZ", interview=True, kind="cancelled",
      start="2026-04-01T01:00:00Z", end="2026-04-01T02:00:00Z",
      contact="hannah.cooper@tuifreight.co.nz", company="Tui Freight",
      local="Wed 2026-04-01 14:00", local_end="2026-04-01 15:00", zone="Pacific/Auckland",
      note="Exchange cancellation 'Canceled: ...' (METHOD:CANCEL, STATUS:CANCELLED), TZID 'New Zealand "
           "Standard Time' Wed 1 April 2-3pm, still NZDT (UTC+13) until 5 April -> 01:00Z-02:00Z; "
           "'I'll be in touch to find another time' fixes nothing new; contact = sender/ORGANIZER")
def tui_cancelled() -> bytes:
    seed = "tui-1"
    org = ("Hannah Cooper", "Hannah.Cooper@tuifreight.co.nz")
    subject = "Canceled: Interview - Senior Data Engineer - Callum Tran"
    body = t("""
        Kia ora Callum,

        Unfortunately we need to cancel tomorrow's interview - Mike (our hiring manager) is off sick this week. I'll be in touch next week to find another time that works for you both.

        Apologies for the short notice.

        Ngā mihi,
        Hannah

        Hannah Cooper | People & Capability Advisor
        Tui Freight | 27 Quay Street, Auckland 1010
        """)
    ics = exchange_ics(
        method="CANCEL", tzid="New Zealand Standard Time", start="20260401T140000", end="20260401T150000",
        organizer=org, attendees=[("Callum Tran", ME), ("Mike Rangi", "Mike.Rangi@tuifreight.co.nz")],
        summary="Canceled: Interview - Senior Data Engineer - Callum Tran", uid=exchange_uid(seed),
        stamp="20260330T201002Z", seq=2, status="CANCELLED", description=body, importance=2)
    hs = head(addr(*org), subject, "2026-03-31 09:10:02", "Pacific/Auckland",
              "<SY0PR01MB3312E5D4C3B2A1F0E9D8C7B6A5F4@SY0PR01MB3312.ausprd01.prod.outlook.com>",
              host="mail-sy0aus01on2059.outbound.protection.outlook.com",
              extra=(("Importance", "high"), ("X-Priority", "1"),
                     *exchange_headers("Interview - Senior Data Engineer - Callum Tran", seed, "en-NZ")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(name(24), family="job_alert", lang="en-AU", interview=False, company=None,
      note="SEEK JobMail digest; 'Interviewing this week' and 'Quick apply' are listing badges, "
           "nothing is scheduled")
def seek_jobmail() -> bytes:
    jobs = [
        ("Data Engineer", "Brightside Energy", "Sydney CBD, Sydney NSW", "$140k - $160k + super",
         "Build and own batch + streaming pipelines on AWS. Interviewing this week!", "2d ago"),
        ("Senior Data Engineer - Azure", "Hays", "North Sydney, Sydney NSW", "$900 - $1,000 per day",
         "6 month contract, ADF/Databricks, immediate start. Quick apply.", "1d ago"),
        ("Analytics Engineer (dbt)", "Quire Health", "Surry Hills, Sydney NSW", "$130,000 - $150,000",
         "Own our dbt project and semantic layer. Hybrid 2 days in office.", "3d ago"),
        ("Data Platform Engineer", "Coralbay Health", "Remote (AU)", "Competitive",
         "Help us modernise our clinical data platform. Flexible hours.", "5d ago"),
        ("Lead Data Engineer", "Government of NSW (Transport cluster)", "Parramatta, Sydney NSW",
         "Clerk Grade 11/12", "Permanent full-time. Applications close 4 October.", "6d ago"),
    ]
    lines = ["Hi Callum,", "", "Here are new jobs matching your search: Data Engineer in All Sydney NSW", ""]
    for title, co, where, pay, blurb, age in jobs:
        lines += [title, co, where, pay, blurb, f"Listed {age}",
                  f"https://www.seek.com.au/job/{int(_h(title, 6), 16) % 90000000 + 10000000}", ""]
    lines += ["See all 14 new jobs: https://www.seek.com.au/data-engineer-jobs/in-All-Sydney-NSW",
              "", "You're receiving this JobMail because you created a saved search on SEEK.",
              "Manage JobMail: https://www.seek.com.au/my-activity/saved-searches",
              "Unsubscribe: https://www.seek.com.au/unsubscribe?t=3b1f9e",
              "", "SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121"]
    body = "\n".join(lines) + "\n"
    rows = "".join(
        f'<tr><td style="padding:14px 0;border-bottom:1px solid #e5e9f0"><a href="https://www.seek.com.au/job/1" '
        f'style="font-size:17px;color:#1c2f6e;font-weight:bold;text-decoration:none">{title}</a><br>'
        f'{co}<br><span style="color:#5a6881">{where}</span><br>{pay}<br>{blurb}<br>'
        f'<span style="color:#5a6881;font-size:12px">Listed {age}</span></td></tr>\n'
        for title, co, where, pay, blurb, age in jobs)
    body_html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2e3849">'
                 '<table width="600" align="center"><tr><td><p>Hi Callum,</p><p>Here are new jobs matching '
                 'your search: <b>Data Engineer</b> in <b>All Sydney NSW</b></p></td></tr>\n' + rows +
                 '<tr><td><p><a href="https://www.seek.com.au/data-engineer-jobs/in-All-Sydney-NSW">'
                 'See all 14 new jobs</a></p><p style="font-size:11px;color:#888">You\'re receiving this '
                 'JobMail because you created a saved search on SEEK. SEEK Limited, 60 Cremorne Street, '
                 'Cremorne VIC 3121</p></td></tr></table></body></html>\n')
    hs = head("SEEK JobMail <jobmail@s.seek.com.au>", "14 new Data Engineer jobs in All Sydney NSW",
              "2026-09-22 07:03:41", "Australia/Sydney", "<20260921210341.4d7c0f2a9e81@s.seek.com.au>",
              host="mta-181.s.seek.com.au",
              extra=(("List-Unsubscribe", "<https://www.seek.com.au/unsubscribe?t=3b1f9e>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(body_html)))


@mail(name(25), family="application_ack", lang="en-AU", interview=False, company="Lorikeet Analytics",
      note="SEEK 'application successfully submitted'; an interview is only a possible next step")
def seek_applied() -> bytes:
    body = t("""
        Hi Callum,

        Your application was successfully submitted.

        Data Engineer
        Lorikeet Analytics
        Sydney CBD, Sydney NSW

        What happens next?
        The employer will review your application. If they'd like to progress, they'll contact you directly - this could be by phone or email to arrange an interview. You can track the status of your application in My Activity.

        Documents sent:
        - Resume: Callum_Tran_Resume_2026.pdf
        - Cover letter: written on SEEK

        Employer questions:
        Which of the following statements best describes your right to work in Australia? - I'm an Australian citizen
        How many years' experience do you have as a data engineer? - 5 years

        Good luck!
        The SEEK team

        https://www.seek.com.au/my-activity/applied-jobs
        """)
    hs = head("SEEK <noreply@s.seek.com.au>", "Your application was successfully submitted",
              "2026-09-14 21:40:12", "Australia/Sydney", "<20260914114012.9e3b7a1c0f22@s.seek.com.au>",
              host="mta-204.s.seek.com.au")
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">'))))


@mail(name(26), family="application_ack", lang="en-AU", interview=False, company="Coralbay Health",
      note="Workday application-received notice; 'may include an interview' is hypothetical")
def coralbay_received() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
        <p>Hi Callum,</p>
        <p>Thank you for applying for the <b>Data Engineer</b> role (R-10482) at Coralbay Health. We have received your application.</p>
        <p>Our Talent Acquisition team will review your application against the requirements of the role. If your skills and experience are a match, a member of the team will contact you to discuss next steps, which may include an interview.</p>
        <p>You can check the status of your application at any time in <a href="https://coralbay.wd3.myworkdayjobs.com/en-AU/Coralbay_Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Coralbay Health</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Coralbay Health <coralbay@myworkday.com>", "Thank you for applying - Data Engineer (R-10482)",
              "2026-09-22 03:02:57", "UTC", "<1211873094.51277.1789959777402@wd3-prod-mail-2.myworkday.com>",
              host="wd3-prod-mail-2.myworkday.com",
              extra=(("X-Workday-Tenant", "coralbay"), ("Auto-Submitted", "auto-generated")))
    return message(hs, html(body_html))


@mail(name(27), family="rejection", lang="en-NZ", interview=False, company="Kererū Software",
      note="Post-interview rejection, HTML only")
def kereru_no() -> bytes:
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
        <p>Kia ora Callum,</p>
        <p>Thank you for taking the time to meet with Sam and me last Wednesday, and for the thought you put into the pipeline walkthrough &ndash; we both enjoyed the conversation.</p>
        <p>After a lot of discussion we&rsquo;ve decided to progress with another candidate whose experience with our on-prem Kafka setup is a closer match for what we need right now. This was a genuinely close call.</p>
        <p>If you&rsquo;re open to it, I&rsquo;d like to keep your details on file &ndash; we expect to open another role in the second half of the year.</p>
        <p>All the best with your search,</p>
        <p>Ngā mihi,<br>Aroha</p>
        <p style="color:#666;font-size:12px">Aroha Ngata | Engineering Manager<br>Kererū Software | Level 4, 12 Nelson Street, Auckland 1010</p>
        </div></body></html>
        """)
    hs = head(addr("Aroha Ngata", "aroha.ngata@kererusoftware.co.nz"), "Data Engineer role - Kererū Software",
              "2026-04-15 10:22:31", "Pacific/Auckland",
              "<SY8PR01MB9120A5F4E3D2C1B0A9F8E7D6C5B4@SY8PR01MB9120.ausprd01.prod.outlook.com>",
              host="mail-sy8aus01on2130.outbound.protection.outlook.com")
    return message(hs, html(body_html))


@mail(name(28), family="offer", lang="en-AU", interview=False, company="Bluegum Robotics",
      days=(("Fri", "2026-12-18"), ("Wed", "2026-12-16")),
      note="Offer after the final round with a PDF letter; mentions an acceptance date and a call "
           "'tomorrow' with no time, confirms no interview")
def bluegum_offer() -> bytes:
    body = t("""
        Hi Callum,

        I'm so pleased to let you know that we'd like to offer you the Senior Data Engineer role at Bluegum Robotics! The whole panel was really impressed on Friday - Arjun is still talking about your approach to the late-arriving telemetry problem.

        Your letter of offer is attached. In short: $172,000 base + 11.5% super, 10% bonus target, start date Monday 1 February 2027 (flexible).

        Rhys will give you a call tomorrow (Wednesday 16/12) to talk it through and answer any questions. We'd love to hear back by Friday 18 December if possible, but let me know if you need more time over the break.

        Congratulations, and thanks for being so generous with your time through the process.

        Mei

        Mei Lin
        Talent Partner, Bluegum Robotics
        mei.lin@bluegumrobotics.com.au | 0433 219 870
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    pdf_part = Part([("Content-Type", 'application/pdf; name="Bluegum_Letter_of_Offer_Callum_Tran.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Bluegum_Letter_of_Offer_Callum_Tran.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Mei Lin", "mei.lin@bluegumrobotics.com.au"), "Offer - Senior Data Engineer, Bluegum Robotics",
              "2026-12-15 16:30:18", "Australia/Sydney",
              "<CAJx4Ry0Lm2=Nq7Pz1sT8vW3bK6dF9gH@mail.gmail.com>", host="mail-pl1-f180.google.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf_part))


@mail(name(29), family="recruiter_outreach", lang="en-AU", interview=False, company="Rangeview Recruitment",
      note="Agency cold outreach asking when suits for a chat; nothing fixed")
def rangeview_outreach() -> bytes:
    body = t("""
        G'day Callum,

        Hope you don't mind me reaching out - I came across your profile on SEEK and reckon you'd be a strong fit for a Senior Data Engineer contract I'm working on with one of Australia's larger super funds.

        Quick summary:
        - 9 month initial contract, good chance of extension
        - $1,000 - $1,100 per day + super
        - Hybrid, 2 days a week in the Sydney CBD office
        - Databricks, Delta Live Tables, Azure DevOps

        They're moving quickly and hoping to interview early next week. Keen for a quick chat? Let me know a time that suits and I'll give you a call - or flick me your number if you'd prefer.

        Cheers,
        Daniel

        Daniel Okoro
        Senior Recruitment Consultant - Technology
        Rangeview Recruitment | Level 11, 1 Castlereagh Street, Sydney NSW 2000
        M: 0438 661 204
        """)
    hs = head(addr("Daniel Okoro", "daniel.okoro@rangeview.com.au"),
              "Senior Data Engineer contract - super fund - keen for a chat?", "2026-09-21 10:05:44",
              "Australia/Sydney", "<SY7PR01MB7402D1C0B9A8F7E6D5C4B3A2F1E0@SY7PR01MB7402.ausprd01.prod.outlook.com>",
              host="mail-sy7aus01on2101.outbound.protection.outlook.com")
    return message(hs, text(body, cte="8bit"))


@mail(name(30), family="scheduling_link", lang="en-US", interview=False, company="Granite Peak Data",
      note="Lever self-schedule request: pick a slot from a link; nothing booked yet")
def granite_pick() -> bytes:
    body = t("""
        Hi Callum,

        Thanks again for chatting with me on Tuesday! The team would love to move you forward to a technical interview with Ravi Subramanian (Staff Data Engineer).

        Please use the link below to pick a time that works for you. Times are shown in your local time zone, and I've opened up early-morning slots for Sydney.

        Schedule your interview: https://hire.lever.co/interviews/schedule/2f8e61c4-7b0a-4d39-9c52-e1a3f0b6d874

        The interview is 60 minutes over Zoom. If none of the times work, just reply and I'll find something else.

        Best,
        Jenna Park
        Technical Recruiter, Granite Peak Data
        """)
    hs = head(addr("Jenna Park", "no-reply@hire.lever.co"), "Schedule your technical interview with Granite Peak Data",
              "2026-09-24 15:20:09", "America/Los_Angeles",
              "<0100019222a7c3d1-8e4b2f70-3a19-4c6d-b5e8-91f0d2c7a463-000000@email.amazonses.com>",
              host="a8-31.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Jenna Park", "jenna.park@granitepeakdata.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(31), family="slot_proposal", lang="en-AU", interview=False, company="Saltbush Mutual",
      days=(("Mon", "2026-10-12"), ("Tue", "2026-10-13")),
      note="Hiring manager proposes two slots (Mon 12/10 2pm or Tue 13/10 10am) and asks which "
           "suits; nothing agreed yet")
def saltbush_options() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for your time on the phone yesterday - good to put a voice to the CV.

        We'd like to get you in for a technical interview with myself and Wen Zhao (Principal Data Engineer). Could you do either Mon 12/10 at 2pm or Tue 13/10 at 10am? Both Sydney time - daylight saving will have kicked in by then. Allow an hour.

        Let me know which suits and I'll send through an invite.

        Thanks,
        Ben

        Ben O'Sullivan
        Data Engineering Manager | Saltbush Mutual
        """)
    hs = head(addr("Ben O'Sullivan", "Ben.OSullivan@saltbushmutual.com.au"), "Technical interview - Data Engineer",
              "2026-09-30 11:31:26", "Australia/Sydney",
              "<ME2PR01MB556791A8B7C6D5E4F3A2B1C0D9E8@ME2PR01MB5567.ausprd01.prod.outlook.com>",
              host="mail-me2aus01on2093.outbound.protection.outlook.com",
              extra=exchange_headers("Technical interview - Data Engineer", "saltbush-0"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(32), family="take_home", lang="en-US", interview=False, company="Cascade Ridge Software",
      days=(("Mon", "2026-11-30"), ("Tue", "2026-12-01")),
      note="Take-home exercise with a submission deadline (Mon Nov 30 9:00 AM PST); a deadline, not "
           "an interview")
def cascade_take_home() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for a great conversation with Kofi last week! As a next step, we'd like you to complete our take-home exercise.

        The exercise: build a small ingestion job that loads the attached sample of ride events into a warehouse table of your choice, handles late and duplicate events, and produces a daily summary. Please include a short README explaining your design choices. We expect it to take 3-4 hours - please don't spend more than that.

        Please submit your solution by Monday, November 30 at 9:00 AM PST (that's 4:00 AM Tuesday, December 1 in Sydney, so effectively end of your Monday). Upload it here: https://app.greenhouse.io/tests/5c1e8b29f4d07a63

        Once we've reviewed it, we'll set up a follow-up interview to walk through it together.

        Good luck!
        Dana Whitfield
        Recruiting, Cascade Ridge Software
        """)
    hs = head(addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
              "Cascade Ridge Software - take-home exercise", "2026-11-23 10:02:36", "America/Los_Angeles",
              "<6741f4b3a1c2d_3b7d92e5f8c7b18@greenhouse-app-5d8b7c9f6-q7mzt.mail>",
              host="o1678.greenhouse-mail.io",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@cascaderidge.dev")),))
    return message(hs, text(body))


@mail(name(33), family="assessment", lang="en-AU", interview=False, company="Swan River Resources",
      days=(("Wed", "2026-09-30"),),
      note="Online coding assessment invitation with a completion deadline; not an interview")
def swan_assessment() -> bytes:
    body = t("""
        Hi Callum,

        Swan River Resources has invited you to complete an online assessment for the Data Engineer position (Req ID 40391).

        Assessment: Data Engineering - SQL & Python (Intermediate)
        Time limit: 90 minutes once started
        Complete by: 11:59 PM AWST, Wednesday 30 September 2026

        Start your assessment: https://app.codewell.io/a/7Qm2-Xv9d-Kp41

        Tips:
        - Use a desktop or laptop with a stable connection
        - You can only attempt the assessment once
        - Your webcam will not be used

        If you need a reasonable adjustment, reply to this email and the Swan River Resources team will be in touch.

        Good luck!
        The Codewell team on behalf of Swan River Resources
        """)
    hs = head("Swan River Resources via Codewell <invites@codewell.io>",
              "Swan River Resources has invited you to an assessment", "2026-09-25 14:00:27",
              "Australia/Perth", "<a1f09c3e-52b7-4d8e-9f61-0c2b7e4d9a85@codewell.io>",
              host="mail-out-3.codewell.io")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(34), family="non_interview_calendar", lang="en-AU", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Dentist booking confirmation with an ICS; a confirmed time, not an interview")
def dentist() -> bytes:
    body = t("""
        Hi Callum,

        Your appointment is confirmed.

        Check-up & clean with Dr Anh Pham
        Thursday 1 October 2026, 4:15pm
        Crown Street Dental, 512 Crown Street, Surry Hills NSW 2010

        Need to cancel or reschedule? Please give us at least 24 hours' notice by calling (02) 9000 8841 or use the link below.
        https://book.bookwell.com.au/manage/cs-dental/71a9e0

        See you soon,
        Crown Street Dental
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Bookwell//Appointments//EN
        METHOD:PUBLISH
        {VTZ["Australia/Sydney"].replace(chr(10), chr(10) + "        ")}
        BEGIN:VEVENT
        UID:appt-71a9e0@bookwell.com.au
        DTSTAMP:20260925T024410Z
        DTSTART;TZID=Australia/Sydney:20261001T161500
        DTEND;TZID=Australia/Sydney:20261001T170000
        SUMMARY:Dentist - Crown Street Dental (Dr Anh Pham)
        LOCATION:512 Crown Street\\, Surry Hills NSW 2010
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Crown Street Dental <no-reply@bookwell.com.au>", "Appointment confirmed - Thu 1 Oct, 4:15pm",
              "2026-09-25 12:44:10", "Australia/Sydney", "<appt-71a9e0.confirm@bookwell.com.au>",
              host="smtp2.bookwell.com.au")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="appointment.ics",
                                                  disposition="attachment")))


@mail(name(35), family="non_interview_calendar", lang="en-AU", interview=False, company=None,
      note="Recurring weekly 1:1 with the current manager (Exchange, AUS Eastern Standard Time), "
           "forwarded from the work mailbox; not an interview")
def one_on_one() -> bytes:
    seed = "hv-1on1"
    org = ("Michelle Tan", "Michelle.Tan@harbourviewinsurance.com.au")
    subject = "Callum / Michelle 1:1"
    teams = teams_block("418 337 902 611", "mB4wQe", "+61 2 8318 0090", "770 419 552#", seed)
    body = t("""
        Moving our fortnightly catch-up to weekly while we get the claims migration over the line. Happy to skip any week that's quiet.

        """) + teams
    ics = exchange_ics(
        method="REQUEST", tzid="AUS Eastern Standard Time", start="20261125T093000", end="20261125T100000",
        organizer=org, attendees=[("Callum Tran", WORK)], summary=subject, uid=exchange_uid(seed),
        stamp="20261122T220512Z", description=body,
        rrule="FREQ=WEEKLY;UNTIL=20270330T223000Z;INTERVAL=1;BYDAY=WE;WKST=MO")
    hs = head(addr(*org), subject, "2026-11-23 09:05:12", "Australia/Sydney",
              "<SY2PR01MB4410C8D7E6F5A4B3C2D1E0F9A8B7@SY2PR01MB4410.ausprd01.prod.outlook.com>",
              host="mail-sy2aus01on2065.outbound.protection.outlook.com", to=addr("Callum Tran", WORK),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"),
                     *exchange_headers(subject, seed)))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(36), family="personal_appointment", lang="en-AU", interview=False, company=None,
      days=(("Sat", "2026-12-05"),),
      note="Rental inspection booking confirmed for a fixed time; not an interview")
def inspection() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for registering for an inspection.

        12/48 Wilson Street, Newtown NSW 2042
        2 bed | 1 bath | 1 car - $780 per week

        Inspection time: Saturday 5 December 2026, 10:15am - 10:30am

        Please bring photo ID. If the inspection time changes or is cancelled, we'll let you know by SMS and email.

        You can apply online before or after the inspection: https://apply.inspectly.com.au/p/48wilson-12

        Hollis & Ray Property Newtown
        (02) 9000 5522
        """)
    hs = head("Hollis & Ray Property Newtown <noreply@inspectly.com.au>",
              "Inspection confirmed: 12/48 Wilson Street, Newtown", "2026-12-02 20:15:48", "Australia/Sydney",
              "<insp.8841203.confirm@inspectly.com.au>", host="mx3.inspectly.com.au")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(name(37), family="meetup", lang="en-AU", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Meetup RSVP for a talk titled about interviews; a fixed time, not the user's interview")
def meetup_rsvp() -> bytes:
    body = t("""
        You're going!

        Data Engineering Sydney
        What we learned from 300 data engineering interviews (and what we changed)

        Tuesday, November 24, 2026
        6:00 PM to 8:30 PM AEDT

        Level 3, 22 Pitt Street, Sydney NSW 2000
        Pizza and drinks from 6, talks start 6:30. Our hosts ask everyone to sign in at the front desk.

        Add to calendar: https://www.meetup.com/data-engineering-sydney/events/304118877/ical/
        Can't make it? Update your RSVP so someone on the waitlist can have your spot:
        https://www.meetup.com/data-engineering-sydney/events/304118877/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from RSVP confirmations: https://www.meetup.com/account/comm/
        """)
    hs = head("Meetup <info@email.meetup.com>",
              "You're going to \"What we learned from 300 data engineering interviews\"",
              "2026-11-19 08:12:05", "UTC", "<0.1.4F2.A91.1DB57C0E3A2B1F4.0@email.meetup.com>",
              host="mta-7.email.meetup.com",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(38), family="marketing_webinar", lang="en-AU", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Webinar registration titled 'Interview with a Head of Data' with an ICS (METHOD:PUBLISH); "
           "not a job interview")
def webinar() -> bytes:
    body = t("""
        Hi Callum,

        You're registered! Here are your details.

        Interview with a Head of Data: what hiring looks like in 2027
        Thursday 26 November 2026, 12:30pm - 1:15pm AEDT (lunchtime!)

        Join the webinar: https://us06web.zoom.us/w/84410093317?tk=Xc9pRz2
        Passcode: 261126

        Our host Anita Brooks sits down with Priyanka Rao (Head of Data, a big-four bank) for a candid chat about what she looks for in data engineers, how her team runs interviews, and which skills are worth learning next year. Bring your questions for the live Q&A.

        Can't make it live? Register anyway and we'll send you the recording.

        DataCareers AU
        Unsubscribe: https://datacareers.com.au/unsubscribe?u=c7f21e
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//DataCareers AU//Events//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-20261126-hod@datacareers.com.au
        DTSTAMP:20261122T230000Z
        DTSTART:20261126T013000Z
        DTEND:20261126T021500Z
        SUMMARY:Interview with a Head of Data: what hiring looks like in 2027 (webinar)
        LOCATION:https://us06web.zoom.us/w/84410093317
        DESCRIPTION:DataCareers AU live webinar. Passcode 261126.
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("DataCareers AU <events@datacareers.com.au>",
              "You're registered: Interview with a Head of Data – hiring in 2027", "2026-11-23 10:00:00",
              "Australia/Sydney", "<reg.5d7a21c9e0f3@mail.datacareers.com.au>", host="mail.datacareers.com.au",
              extra=(("List-Unsubscribe", "<https://datacareers.com.au/unsubscribe?u=c7f21e>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="7bit", filename="webinar.ics",
                                      disposition="attachment")))


@mail(name(39), family="mock_interview", lang="en-AU", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Calendly booking of a paid mock technical interview with a career coach; confirms a "
           "time but it is practice, not a job interview")
def mock_interview() -> bytes:
    body = t("""
        Hi Callum Tran,

        Your Mock Technical Interview (60 min) with Jess Romano at 7:00pm (Sydney, Melbourne Time) on Tuesday, September 29, 2026 is scheduled.

        Event Type:
        Mock Technical Interview (60 min)

        Event Date/Time:
        07:00pm - 08:00pm (Sydney, Melbourne Time), Tuesday, September 29, 2026

        Location:
        This is a Zoom web conference. https://us02web.zoom.us/j/81120774531

        Description:
        A realistic mock interview (SQL, data modelling and a light system design question) followed by 15 minutes of written feedback. Payment received - thanks!

        Invitee Time Zone:
        Sydney, Melbourne Time

        Questions:
        What role are you preparing for?
        Data engineer - a couple of technical rounds coming up next week.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0c7d2e91-4b58-4a6f-83e1-d95a7f2c1b40
        Reschedule: https://calendly.com/reschedulings/0c7d2e91-4b58-4a6f-83e1-d95a7f2c1b40

        Powered by Calendly.com
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:0c7d2e91-4b58-4a6f-83e1-d95a7f2c1b40@calendly.com
        DTSTAMP:20260922T104018Z
        DTSTART:20260929T090000Z
        DTEND:20260929T100000Z
        SUMMARY:Mock Technical Interview (60 min) between Jess Romano and Callum Tran
        LOCATION:https://us02web.zoom.us/j/81120774531
        ORGANIZER;CN=Jess Romano:mailto:jess@interviewkitchen.com.au
        ATTENDEE;CN=Callum Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Mock Technical Interview (60 min) with Jess Romano on Tuesday, September 29, 2026",
              "2026-09-22 10:40:18", "UTC", "<b82e4f1a09d3c6e7@calendly.com>", host="o4.email.calendly.com",
              extra=(("Reply-To", addr("Jess Romano", "jess@interviewkitchen.com.au")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(name(40), family="podcast", lang="en-AU", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Podcast host locks in a recording where the user is the guest ('loose interview format'); "
           "not a job interview")
def podcast() -> bytes:
    body = t("""
        Locked in - Thursday 3 Dec, 2pm AEDT for the recording. Stoked you said yes!

        We record on Riverside, here's your guest link: https://riverside.fm/studio/the-pipeline-pod?t=6a1c0e

        It's a pretty loose interview format, ~45 mins. I'll ask about the Airflow-to-Dagster migration, the on-call stuff you wrote about, and finish with a couple of quick-fire questions. Wired headphones if you've got them, and a quiet room.

        Cheers,
        Marnie

        The Pipeline Pod - conversations with people who keep the data flowing

        On Thu, 26 Nov 2026 at 21:48, Callum Tran <callum.tran@example.com> wrote:
        > Hey Marnie, happy to come on! Thursday arvo next week works if that suits you?
        > Callum
        """)
    hs = head(addr("Marnie Walsh", "marnie@pipelinepod.fm"), "Re: Guest spot on The Pipeline Pod?",
              "2026-11-27 09:14:52", "Australia/Sydney", "<CAN5kT0p=Wx3yQ8rZ2mA7bL4cV1dE6@mail.gmail.com>",
              host="mail-yw1-f170.google.com",
              extra=(("In-Reply-To", "<CAG2m8Vz3Hn6kP1qS9=Rw4tX@mail.example.com>"),
                     ("References", "<CAG2m8Vz3Hn6kP1qS9=Rw4tX@mail.example.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(41), family="interviewer_side", lang="en-AU", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Current employer's Exchange invite asking the user to sit on an interview panel for a "
           "graduate candidate; the user is the interviewer, not the candidate")
def panel_at_work() -> bytes:
    seed = "hv-panel"
    org = ("Anjali Rao", "Anjali.Rao@harbourviewinsurance.com.au")
    subject = "Interview: Graduate Data Analyst – Tom Feeney"
    teams = teams_block("455 120 683 927", "hW7cN2", "+61 2 8318 0090", "604 881 219#", seed)
    body = t("""
        Hi Callum and Michelle,

        Thanks for agreeing to sit on the panel for Tom's interview. His CV and the scoring guide are in the Grad Program 2027 Teams channel - please have a read beforehand and submit your scores in Workday by end of day.

        Format: 10 min intros, 25 min competency questions (Michelle), 10 min SQL walkthrough (Callum).

        Thanks!
        Anjali

        Anjali Rao | Talent Acquisition Partner | Harbourview Insurance

        """) + teams
    ics = exchange_ics(
        method="REQUEST", tzid="AUS Eastern Standard Time", start="20261007T140000", end="20261007T144500",
        organizer=org, attendees=[("Callum Tran", WORK), ("Michelle Tan", "Michelle.Tan@harbourviewinsurance.com.au"),
                                  ("Tom Feeney", "tom.feeney@example.net")],
        summary=subject, uid=exchange_uid(seed), stamp="20261001T002244Z", description=body)
    hs = head(addr(*org), subject, "2026-10-01 10:22:44", "Australia/Sydney",
              "<SY2PR01MB4410F1E2D3C4B5A6978812AB34CD@SY2PR01MB4410.ausprd01.prod.outlook.com>",
              host="mail-sy2aus01on2065.outbound.protection.outlook.com",
              to=f"{addr('Callum Tran', WORK)}, {addr('Michelle Tan', 'Michelle.Tan@harbourviewinsurance.com.au')}",
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"),
                     *exchange_headers(subject, seed)))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(42), family="reference_check", lang="en-AU", interview=False, company="Blackbutt Energy",
      days=(("Thu", "2026-10-15"),),
      note="The user is a referee for a former colleague; a reference call at a fixed time, not the "
           "user's interview; company = the sender's (hiring) company")
def reference_call() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for agreeing to act as a referee for Priya Shah, who has applied for a Senior Analytics Engineer role with us.

        Just confirming our call on Thursday 15 October at 11:30am (AEDT). I'll ring you on the mobile number Priya provided. It should take about 15 minutes - I'll ask about the work you did together at Harbourview, her strengths and any development areas.

        Thanks again, really appreciate it.

        Kind regards,
        Olivia Hart
        Talent Acquisition Lead | Blackbutt Energy
        """)
    hs = head(addr("Olivia Hart", "olivia.hart@blackbuttenergy.com.au"), "Reference check for Priya Shah",
              "2026-10-12 09:20:37", "Australia/Sydney",
              "<SY3PR01MB6632A0B1C2D3E4F5A6B7C8D9E0F1@SY3PR01MB6632.ausprd01.prod.outlook.com>",
              host="mail-sy3aus01on2049.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(43), family="auto_reply", lang="en-AU", interview=False, company="Halsey Recruitment",
      days=(("Fri", "2026-12-18"),),
      note="Out-of-office auto reply from the agency recruiter (Auto-Submitted: auto-replied)")
def kirsty_ooo() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm on leave from Friday 18 December and back in the office on Monday 11 January 2027, with limited access to email.

        For anything urgent please contact the Halsey Technology team on (03) 9000 4400 or melbourne.tech@halseyrecruitment.com.au.

        Merry Christmas and happy new year!

        Kirsty Maguire
        Senior Consultant | Technology
        Halsey Recruitment
        """)
    hs = head(addr("Kirsty Maguire", "kirsty.maguire@halseyrecruitment.com.au"),
              "Automatic reply: Merry Christmas + catch up in the new year?", "2026-12-21 10:02:33",
              "Australia/Melbourne",
              "<ME3PR01MB7789AB12CD34EF56AB78CD90EF12@ME3PR01MB7789.ausprd01.prod.outlook.com>",
              host="mail-me3aus01on2112.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAG2m8Vq7Wb2nC5=Xy8zK1@mail.example.com>"),
                     *exchange_headers("Merry Christmas + catch up in the new year?", "halsey-ooo")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(44), family="bounce", lang="en-AU", interview=False, company=None,
      note="Postfix bounce of the user's thank-you note (mistyped domain); the returned message "
           "mentions this morning's interview but confirms nothing")
def bounce() -> bytes:
    notice = t("""
        This is the mail system at host mx.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <nadia@lorikeet.com>: host mx1.lorikeet.com[198.51.100.23] said: 550 5.1.1
            <nadia@lorikeet.com>: Recipient address rejected: User unknown in virtual
            mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.com
        X-Postfix-Queue-ID: 4Fq2R71kZbz9sWm
        X-Postfix-Sender: rfc822; callum.tran@example.com
        Arrival-Date: Thu,  1 Oct 2026 12:40:51 +1000 (AEST)

        Final-Recipient: rfc822; nadia@lorikeet.com
        Original-Recipient: rfc822;nadia@lorikeet.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.lorikeet.com
        Diagnostic-Code: smtp; 550 5.1.1 <nadia@lorikeet.com>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    original_body = t("""
        Hi Nadia,

        Thanks so much for the chat this morning, and please pass my thanks on to Chris too. I really enjoyed digging into the late-arriving data problem - I've been thinking about it since and I reckon a watermark per source would sort most of it.

        Looking forward to hearing about next steps.

        Cheers,
        Callum
        """)
    original = message([
        ("From", ME_TO), ("To", "Nadia Rahman <nadia@lorikeet.com>"), ("Subject", "Thanks for this morning"),
        ("Date", date("2026-10-01 12:40:49", "Australia/Sydney")),
        ("Message-ID", "<CAG2m8Vr4Tt8mJ0=Pq2wL5@mail.example.com>"),
    ], text(original_body))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                            original),
                       params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mx.example.com>", "Undelivered Mail Returned to Sender",
              "2026-10-01 12:40:53", "Australia/Sydney", "<20261001024053.7C2D91A0F3@mx.example.com>",
              host="mx.example.com", extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(name(45), family="newsletter_tips", lang="en-AU", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Careers newsletter about preparing for an interview; List-Unsubscribe; confirms nothing")
def newsletter() -> bytes:
    body = t("""
        HIRED RIGHT - the Sunday careers letter
        Issue #142

        Your interview is on Thursday. Here's what to do on Wednesday night.

        1. Re-read the job ad, not your CV. Circle three things they keep repeating - those are your talking points.
        2. Pick two stories. One where something broke and you fixed it, one where you changed someone's mind. Practise them out loud, once.
        3. Check the time zone. If the interviewer is in Perth or Auckland, write both times on a sticky note. (Yes, people get this wrong every daylight saving change.)
        4. Test the link. Teams on a work laptop with a locked-down browser is a classic.
        5. Go to bed.

        This week's reader question: "Is it OK to ask about salary in a first interview?" - short answer: in Australia, yes, but let them raise it first if you can.

        Upcoming: our free live Q&A "Salary talk for tech people" is on Wednesday 7 October at 12:30pm AEDT - register at hiredright.com.au/events.

        Forwarded this by a friend? Subscribe at hiredright.com.au
        Unsubscribe: https://hiredright.com.au/u/9c4e2a
        """)
    hs = head("Hired Right <newsletter@hiredright.com.au>",
              "Your interview is on Thursday. Here's what to do on Wednesday night.", "2026-09-27 06:00:04",
              "Australia/Sydney", "<issue142.c7a1e93f@mail.hiredright.com.au>", host="mail.hiredright.com.au",
              extra=(("List-Unsubscribe", "<https://hiredright.com.au/u/9c4e2a>"),
                     ("List-Id", "Hired Right <weekly.hiredright.com.au>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(46), family="post_interview", lang="en-AU", interview=False, company="Tidewater Superannuation",
      note="Hiring manager's thanks after the interview, 'we'll be in touch after Easter'; nothing "
           "scheduled")
def tidewater_thanks() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for your time this morning - Leanne and I both really enjoyed it, especially the bit about untangling the CDC mess at Harbourview.

        We're seeing a couple more people next week, and will be in touch after Easter about next steps.

        Have a good long weekend.

        Cheers,
        Hamish
        """)
    hs = head(addr("Hamish Doyle", "Hamish.Doyle@tidewatersuper.com.au"), "Thanks for today", "2026-04-02 16:30:12",
              "Australia/Sydney",
              "<SY4PR01MB612390E8D7C6B5A4F3E2D1C0B9A8@SY4PR01MB6123.ausprd01.prod.outlook.com>",
              host="mail-sy4aus01on2071.outbound.protection.outlook.com",
              extra=exchange_headers("Thanks for today", "tidewater-2"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(47), family="candidate_survey", lang="en-AU", interview=False, company="Yarra Lane Software",
      note="Ashby candidate-experience survey after the interview; confirms nothing")
def yarra_survey() -> bytes:
    body = t("""
        Hi Callum,

        Thanks for interviewing with Yarra Lane Software yesterday. We'd love to hear how it went - good or bad.

        How would you rate your interview experience?
        1 - 2 - 3 - 4 - 5
        https://app.ashbyhq.com/survey/7c2e81b0-f4d9-4a36-9e15-b8d0c3a7f612

        It takes about two minutes and your answers are anonymous - they won't be shared with the interviewers or affect your application.

        Thanks,
        Yarra Lane Software Recruiting
        """)
    hs = head("Yarra Lane Software <no-reply@ashbyhq.com>", "How was your interview with Yarra Lane Software?",
              "2026-10-06 06:00:31", "UTC",
              "<01000192552f0a1e-6d3b9c70-28e4-4f1a-a7c5-0e9b2d4f8c61-000000@email.amazonses.com>",
              host="a48-112.smtp-out.amazonses.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(48), family="personal_calendar", lang="en-AU", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Google Calendar reminder for the user's own prep block the evening before an interview; "
           "the event is preparation, not the interview")
def prep_reminder() -> bytes:
    lines = [
        "This is a reminder for the following event.",
        "",
        "Prep - Bluegum final round (sys design + STAR stories)",
        "Thursday 10 Dec 2026 ⋅ 7pm – 9pm",
        "Australian Eastern Daylight Time - Sydney",
        "",
        "- re-read telemetry blog post",
        "- late data / watermark story",
        "- questions for Rhys",
        "",
        "Calendar",
        "callum.tran@example.com",
        "",
        "Invitation from Google Calendar https://calendar.google.com/calendar/",
        "",
        "You are receiving this email because you have notifications set up for this calendar.",
    ]
    body = "\n".join(lines) + "\n"
    hs = head("Google Calendar <calendar-notification@google.com>",
              "Notification: Prep - Bluegum final round (sys design + STAR stories) @ Thu 10 Dec 2026 "
              "7pm - 9pm (AEDT) (Callum Tran)",
              "2026-12-10 07:30:00", "UTC", "<calendar-notification-5a2d7e0c1b9f@google.com>",
              host="mail-sor-f69.google.com", extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(gcal_html(lines))))


@mail(name(49), family="exit_interview", lang="en-AU", interview=False, company=None,
      days=(("Tue", "2026-12-22"),),
      note="Exit interview at the user's current employer after resigning (Exchange invite); not a "
           "job interview")
def exit_interview() -> bytes:
    seed = "hv-exit"
    org = ("Sarah Bui", "Sarah.Bui@harbourviewinsurance.com.au")
    subject = "Exit interview – Callum Tran"
    teams = teams_block("439 008 771 254", "Zp6yK3", "+61 2 8318 0090", "928 115 406#", seed)
    body = t("""
        Hi Callum,

        Congratulations on your new role, and thank you for everything you've contributed to the data team over the last three years.

        As part of our offboarding process, I'd like to catch up for a 30 minute exit interview. It's a confidential conversation about your experience at Harbourview - what worked, what didn't, and anything you think we should change. Nothing you say will affect your final pay or references.

        If this time doesn't suit, feel free to propose another before your last day.

        Kind regards,
        Sarah

        Sarah Bui | People & Culture Business Partner | Harbourview Insurance

        """) + teams
    ics = exchange_ics(
        method="REQUEST", tzid="AUS Eastern Standard Time", start="20261222T100000", end="20261222T103000",
        organizer=org, attendees=[("Callum Tran", WORK)], summary=subject, uid=exchange_uid(seed),
        stamp="20261217T233105Z", description=body)
    hs = head(addr(*org), subject, "2026-12-18 10:31:05", "Australia/Sydney",
              "<SY2PR01MB44105E6F7A8B9C0D1E2F3A4B5C6D@SY2PR01MB4410.ausprd01.prod.outlook.com>",
              host="mail-sy2aus01on2065.outbound.protection.outlook.com", to=addr("Callum Tran", WORK),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"),
                     *exchange_headers(subject, seed)))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(50), family="non_interview_calendar", lang="en-AU", interview=False, company=None,
      days=(("Thu", "2026-03-26"),),
      note="Work meeting titled 'Stakeholder interview' (requirements gathering at the current "
           "employer); not a job interview")
def stakeholder_interview() -> bytes:
    seed = "hv-stakeholder"
    org = ("Ngaire Wallace", "Ngaire.Wallace@harbourviewinsurance.com.au")
    subject = "Stakeholder interview – Claims Ops data requirements"
    teams = teams_block("410 772 559 183", "Lx3Rd8", "+61 2 8318 0090", "187 224 903#", seed)
    body = t("""
        Hi all,

        As part of discovery for the claims data mart I'm running a stakeholder interview with each ops team lead. Priscilla, this one's yours - we'll go through the reports you use today, where the numbers come from and what you wish you had.

        Callum, would be great to have you there to answer the source-system questions as they come up.

        Thanks,
        Ngaire

        Ngaire Wallace | Senior Business Analyst | Harbourview Insurance

        """) + teams
    ics = exchange_ics(
        method="REQUEST", tzid="AUS Eastern Standard Time", start="20260326T110000", end="20260326T120000",
        organizer=org, attendees=[("Priscilla Nguyen", "Priscilla.Nguyen@harbourviewinsurance.com.au"),
                                  ("Callum Tran", WORK)],
        summary=subject, uid=exchange_uid(seed), stamp="20260322T224018Z", description=body)
    hs = head(addr(*org), subject, "2026-03-23 09:40:18", "Australia/Sydney",
              "<SY2PR01MB4410A9B8C7D6E5F4A3B2C1D0E9F8@SY2PR01MB4410.ausprd01.prod.outlook.com>",
              host="mail-sy2aus01on2065.outbound.protection.outlook.com",
              to=f"{addr('Priscilla Nguyen', 'Priscilla.Nguyen@harbourviewinsurance.com.au')}, "
                 f"{addr('Callum Tran', WORK)}",
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"{WORK} {ME}"),
                     *exchange_headers(subject, seed)))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))
