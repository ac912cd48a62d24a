"""blind255: a blind 50-mail held-out set, the inbox of Owen Tremblay, a marine-conservation GIS
analyst in Victoria, British Columbia (America/Vancouver), September to mid-December 2026.

Every mail is written by hand, one function per mail; ``make.py`` does the MIME plumbing and the
checks. Build and check with ``python3 bench/heldout/make_blind.py blind255``. File numbers are a
fixed shuffle of the writing order (keys 1-23 positives, 24-50 negatives). All companies and people
are fictional; no mail is copied from a real one.
"""

from __future__ import annotations

import random

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
    received,
    t,
    text,
    utc,
)

SET = "blind255"
ORDER = random.Random(2550255).sample(range(1, 51), 50)

ME = "owen.tremblay@example.org"
OWEN = "Owen Tremblay <owen.tremblay@example.org>"
VAN = "America/Vancouver"
SEA = "America/Los_Angeles"
YYC = "America/Edmonton"
TOR = "America/Toronto"
OSL = "Europe/Oslo"
MX = "mx1.example.org (Postfix) with ESMTPS id "


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = OWEN,
         relay: str | None = None, qid: str = "4Zq7Hc1mKxz9sT", extra: tuple = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    hs = [("Delivered-To", ME)]
    if relay:
        hs.append(("Received", received(relay, when, zone, MX + qid, ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


# --------------------------------------------------------------------------- VTIMEZONE blocks

TZ_PACIFIC_WIN = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

TZ_MOUNTAIN_WIN = """BEGIN:VTIMEZONE
TZID:Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def tz_iana(zone: str, std: str, dst: str, std_name: str, dst_name: str) -> str:
    """A Google/Apple style VTIMEZONE for a North American zone (1970 anchors)."""
    return f"""BEGIN:VTIMEZONE
TZID:{zone}
X-LIC-LOCATION:{zone}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{dst_name}
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{std_name}
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


TZ_VAN = tz_iana("America/Vancouver", "-0800", "-0700", "PST", "PDT")
TZ_SEA = tz_iana("America/Los_Angeles", "-0800", "-0700", "PST", "PDT")
TZ_YYC = tz_iana("America/Edmonton", "-0700", "-0600", "MST", "MDT")
TZ_TOR = tz_iana("America/Toronto", "-0500", "-0400", "EST", "EDT")
TZ_OSL = """BEGIN:VTIMEZONE
TZID:Europe/Oslo
X-LIC-LOCATION:Europe/Oslo
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


def z(local: str, zone: str) -> str:
    """'2026-09-15 10:00' -> '20260915T170000Z'."""
    return utc(local, zone).replace("-", "").replace(":", "")


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", SEA), end=utc("2026-09-15 10:45", SEA),
      contact="dana.whitlock@cascadiatidewater.com", company="Cascadia Tidewater Analytics",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=SEA,
      note="Greenhouse confirmation from a Seattle firm: 'Tuesday, September 15th, 2026, 10:00 AM - "
           "10:45 AM Pacific Time' is PDT (UTC-7) in September -> 17:00-17:45Z; the ICS says the "
           "same in UTC. Contact = the recruiter's Reply-To, not the no-reply sender.")
def p01() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for making time to speak with us! This email confirms your upcoming interview for
        the Spatial Data Analyst, Marine Programs role at Cascadia Tidewater Analytics.

        Interview: Technical Conversation with Ben Alvarado
        Date: Tuesday, September 15th, 2026
        Time: 10:00 AM - 10:45 AM Pacific Time (US & Canada)
        Location: Google Meet - https://meet.google.com/xqt-hbro-kwa

        Ben leads our habitat-modelling team. Expect to talk through a past project end to end
        (the eelgrass work on your resume would be a great one) and a short screen-share
        exercise in QGIS or ArcGIS Pro, whichever you prefer.

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitlock
        Technical Recruiter | Cascadia Tidewater Analytics
        Seattle, WA
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Owen,</p>
        <p>Thanks for making time to speak with us! This email confirms your upcoming interview for
        the <b>Spatial Data Analyst, Marine Programs</b> role at Cascadia Tidewater Analytics.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Conversation with Ben Alvarado</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15th, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM Pacific Time (US &amp; Canada)</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/xqt-hbro-kwa">Google Meet</a></td></tr>
        </table>
        <p>Ben leads our habitat-modelling team. Expect to talk through a past project end to end
        (the eelgrass work on your resume would be a great one) and a short screen-share
        exercise in QGIS or ArcGIS Pro, whichever you prefer.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Dana Whitlock<br>Technical Recruiter | Cascadia Tidewater Analytics<br>Seattle, WA</p>
        <img src="https://u2349871.ct.sendgrid.net/wf/open?upn=r7Qm2" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-81736420@greenhouse.io
DTSTAMP:20260910T211244Z
DTSTART:{z("2026-09-15 10:00", SEA)}
DTEND:{z("2026-09-15 10:45", SEA)}
SUMMARY:Interview: Owen Tremblay <> Cascadia Tidewater Analytics (Technical Conversation)
LOCATION:https://meet.google.com/xqt-hbro-kwa
ORGANIZER;CN=Dana Whitlock:mailto:dana.whitlock@cascadiatidewater.com
ATTENDEE;CN=Owen Tremblay;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owen.tremblay@example.org
ATTENDEE;CN=Ben Alvarado;ROLE=REQ-PARTICIPANT:mailto:ben.alvarado@cascadiatidewater.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Cascadia Tidewater Analytics <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Spatial Data Analyst, Marine Programs at Cascadia Tidewater Analytics",
              "2026-09-10 14:12:44", SEA, "<0100019234cc41a7.9f3e2b1c@us.greenhouse-mail.io>",
              relay="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.34])",
              qid="4ZBm2L0c7wz1qP",
              extra=(("Reply-To", "Dana Whitlock <dana.whitlock@cascadiatidewater.com>"),
                     ("X-SG-EID", "u001.Xq8mJcQ2bT0kz9Wvx7pLrA")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-23 13:30", VAN), end=utc("2026-09-23 14:30", VAN),
      contact="meera@kelpwise.ca", company="Kelpwise Labs",
      local="Wed 2026-09-23 13:30", local_end="2026-09-23 14:30", zone=VAN,
      note="Lever, HTML only in base64: 'Wednesday, September 23, 1:30 - 2:30 PM PDT' -> "
           "20:30-21:30Z. Contact = Reply-To (the hiring lead), the sender is Lever's no-reply.")
def p02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#f4f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#1d2b36">
        <tr><td>
        <p>Hi Owen,</p>
        <p>You&rsquo;re all set! Here are the details for your interview with Kelpwise Labs for the
        <strong>GIS Developer (Kelp Canopy Monitoring)</strong> position.</p>
        <p style="border-left:3px solid #1a9c8c;padding-left:12px">
        <strong>Wednesday, September 23</strong><br>
        1:30 &ndash; 2:30 PM PDT<br>
        Kelpwise Labs, 3rd floor, 211 Railway St, Vancouver<br>
        (buzz &ldquo;Kelpwise&rdquo; at the side door on Railway)</p>
        <p><strong>You&rsquo;ll meet:</strong><br>
        Meera Sandhu &mdash; Head of Remote Sensing<br>
        Felix Ouellet &mdash; Software Lead</p>
        <p>We&rsquo;ll walk through our Sentinel-2 canopy pipeline together, so bring questions.
        No laptop needed.</p>
        <p>If anything changes, reply to this email and it will go straight to Meera.</p>
        <p>See you soon,<br>The Kelpwise team</p>
        </td></tr>
        <tr><td style="font-size:12px;color:#8a99a6">Sent via Lever &middot; Kelpwise Labs Inc., Vancouver BC</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("Kelpwise Labs <no-reply@hire.lever.co>",
              "Your interview with Kelpwise Labs is confirmed",
              "2026-09-18 16:40:09", VAN, "<lv.5f1e0c2a-8b7d-4c41-9a3e-6df2b0e81c55@hire.lever.co>",
              relay="from mail-a17.hire.lever.co (mail-a17.hire.lever.co [54.240.27.17])",
              qid="4ZCw9T3r1yz2mB",
              extra=(("Reply-To", "Meera Sandhu <meera@kelpwise.ca>"),))
    return message(hs, html(page, cte="base64"))


@mail(n(3), family="ashby", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-08 12:00", TOR), end=utc("2026-10-08 12:45", TOR),
      contact="priyanka.bose@tidelinedata.ca", company="Tideline Data",
      local="Thu 2026-10-08 12:00", local_end="2026-10-08 12:45", zone=TOR,
      note="Ashby for a Toronto remote-first company: '12:00 PM - 12:45 PM EDT' (UTC-4) -> "
           "16:00-16:45Z; the body also gives 9:00-9:45 AM PDT, same instant; ICS in UTC. Contact = "
           "Reply-To recruiter.")
def p03() -> bytes:
    body = t("""
        Hi Owen,

        Your interview is confirmed. We're looking forward to speaking with you!

        Senior Geospatial Analyst (Remote, Canada) - Hiring Manager Interview
        Thursday, October 8, 2026
        12:00 PM - 12:45 PM EDT (9:00 AM - 9:45 AM PDT)
        Google Meet: https://meet.google.com/pnv-qzaw-tte

        You'll meet with:
          Marc-Antoine Lévesque - Director, Ocean Data Products

        Questions? Just reply and it will reach Priyanka Bose.

        Thanks,
        Tideline Data Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Owen,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Senior Geospatial Analyst (Remote, Canada) - Hiring Manager Interview</strong><br>
        Thursday, October 8, 2026<br>
        12:00 PM - 12:45 PM EDT (9:00 AM - 9:45 AM PDT)<br>
        <a href="https://meet.google.com/pnv-qzaw-tte">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Marc-Antoine Lévesque - Director, Ocean Data Products</p>
        <p>Questions? Just reply and it will reach Priyanka Bose.</p>
        <p>Thanks,<br>Tideline Data Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:3b9e61d0-44c2-4f0e-a1d7-8e0c5b2f9a13
DTSTAMP:20261005T130511Z
DTSTART:{z("2026-10-08 12:00", TOR)}
DTEND:{z("2026-10-08 12:45", TOR)}
SEQUENCE:0
SUMMARY:Tideline Data - Senior Geospatial Analyst - Hiring Manager Interview
LOCATION:https://meet.google.com/pnv-qzaw-tte
ORGANIZER;CN=Priyanka Bose:mailto:priyanka.bose@tidelinedata.ca
ATTENDEE;CN=Owen Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:owen.tremblay@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Tideline Data <no-reply@ashbyhq.com>",
              "Interview confirmed: Senior Geospatial Analyst (Remote, Canada) at Tideline Data",
              "2026-10-05 09:05:11", TOR,
              "<010001928f3d77a1-6c0b2e4d-1f8a-4b3e-9d55-0a7e2c1b9f00-000000@email.amazonses.com>",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              qid="4ZKt0v2c9Hz3nR",
              extra=(("Reply-To", "Priyanka Bose <priyanka.bose@tidelinedata.ca>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(n(4), family="workday", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-14 10:30", VAN), end=utc("2026-10-14 11:30", VAN),
      contact="gurpreet.dhillon@coastallinkferries.ca", company="Coastal Link Ferries Corporation",
      local="Wed 2026-10-14 10:30", local_end="2026-10-14 11:30", zone=VAN,
      note="Workday HTML-only mail with a US-style date '10/14/2026' and '10:30 AM - 11:30 AM "
           "Pacific Time' -> PDT -> 17:30-18:30Z. The sender is the tenant's Workday mailbox; "
           "contact = the talent advisor's address written in the body.")
def p04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Dear Owen Tremblay,</p>
        <p>Thank you for your interest in Coastal Link Ferries. We are pleased to invite you to an
        in-person interview for the position of <b>Marine Environmental GIS Specialist
        (JR-0004417)</b>.</p>
        <p><b>Interview Date:</b> 10/14/2026<br>
        <b>Interview Time:</b> 10:30 AM - 11:30 AM Pacific Time<br>
        <b>Location:</b> Coastal Link Ferries Head Office, 4th Floor Boardroom "Active Pass",
        1112 Fort Street, Victoria, BC<br>
        <b>Panel:</b> Laura Nakamura (Manager, Environmental Programs), Gurpreet Dhillon (Talent
        Advisor)</p>
        <p>Please check in at the main reception 10 minutes early and bring one piece of
        government-issued photo ID. Visitor parking is not available; the #11 and #14 buses stop
        at Fort &amp; Cook.</p>
        <p>If you need an accommodation or have any questions, please contact Gurpreet Dhillon at
        <a href="mailto:gurpreet.dhillon@coastallinkferries.ca">gurpreet.dhillon@coastallinkferries.ca</a>
        or 250-555-0148.</p>
        <p>Regards,<br>Talent Acquisition<br>Coastal Link Ferries Corporation</p>
        <p style="font-size:8pt;color:#777">This message was sent from an unmonitored mailbox.
        Please do not reply to this email.</p>
        </div></body></html>
        """)
    hs = head("Coastal Link Ferries <coastallink@myworkday.com>",
              "Interview Invitation - Marine Environmental GIS Specialist (JR-0004417)",
              "2026-10-08 11:20:37", VAN, "<1509786443.88210.1791570037914@wd5-prod-mail-11>",
              relay="from wd5-mta-04.myworkday.com (wd5-mta-04.myworkday.com [216.133.209.44])",
              qid="4ZJ8rQ0t5Mz7wD",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page))


@mail(n(5), family="exchange", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:30", VAN), end=utc("2026-11-02 10:30", VAN),
      contact="fiona.mackenzie@gov.bc.example", company="Ministry of Coastal Lands and Marine Stewardship",
      local="Mon 2026-11-02 09:30", local_end="2026-11-02 10:30", zone=VAN,
      note="Outlook/Exchange meeting request from the provincial hiring manager; the body gives no "
           "time at all, only the ICS: DTSTART;TZID=Pacific Standard Time 20261102T093000. DST "
           "ended on Sunday 1 November, so this is PST (UTC-8) -> 17:30-18:30Z, although the mail "
           "was sent on 28 October in PDT. Contact = organizer/sender.")
def p05() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for chatting on the phone this afternoon. As promised, here is the calendar invite
        for your panel interview for GIS Analyst, Marine Spatial Planning (Competition
        CLMS-26-0318). The panel will be myself, Darren Thiessen (Senior Spatial Analyst) and
        Chantelle Sampson (HR Business Partner, as observer).

        The questions will be sent to you 15 minutes before the start time. There is also a short
        written exercise (30 min) which we'll email at the end of the interview.

        Please accept the invitation so I know it landed.

        Fiona

        Fiona Mackenzie | A/Director, Marine Spatial Planning
        Ministry of Coastal Lands and Marine Stewardship
        Victoria, BC | 778-555-0193
        I acknowledge with gratitude that I live and work on the territories of the
        Lekwungen-speaking peoples.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1>
        Meeting ID: 238 114 905 772
        Passcode: Hd7qLm
        Or call in (audio only)
        +1 778-555-0100,,604117238#   Canada, Victoria
        Phone Conference ID: 604 117 238#
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").split("\n")) + "</div></body></html>\n"
    ics = TZ_PACIFIC_WIN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN="Mackenzie, Fiona CLMS:EX":mailto:Fiona.Mackenzie@gov.bc.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:owen.tremblay@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Thiessen, Darren CLMS:EX":mailto:Darren.Thiessen@gov.bc.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sampson, Chantelle PSA:EX":mailto:Chantelle.Sampson@gov.bc.example
DESCRIPTION;LANGUAGE=en-US:Panel interview - GIS Analyst\\, Marine Spatial Planning (CLMS-26-0318)\\n
UID:040000008200E00074C5B7101A82E00800000000B0C2E6A5D46ADC01000000000000000010000000E1F2B3C4
SUMMARY;LANGUAGE=en-US:Interview - Owen Tremblay - GIS Analyst MSP
DTSTART;TZID=Pacific Standard Time:20261102T093000
DTEND;TZID=Pacific Standard Time:20261102T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T224700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}
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
END:VCALENDAR"""])
    hs = head('"Mackenzie, Fiona CLMS:EX" <Fiona.Mackenzie@gov.bc.example>',
              "Interview - Owen Tremblay - GIS Analyst MSP", "2026-10-28 15:47:02", VAN,
              "<YQBPR01MB6612C0E4A1B7F1D3A8E5C2B1A9F40@YQBPR01MB6612.CANPRD01.PROD.OUTLOOK.COM>",
              relay="from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2101.outbound.protection.outlook.com [40.107.116.101])",
              qid="4ZyN1b6kPcz5xL",
              extra=(("Thread-Topic", "Interview - Owen Tremblay - GIS Analyst MSP"),
                     ("Thread-Index", "AdtJ5m2Wq0b7c1xRTv6qP1dY9fNz3A=="),
                     ("Accept-Language", "en-CA, en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(6), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-22 10:00", VAN), end=None,
      contact="mjack@kwelalutw.ca", company="Kwel'alutw First Nation",
      local="Thu 2026-10-22 10:00", zone=VAN,
      note="Plain-text reply from the Nation's Guardian program coordinator on top of Owen's quoted "
           "mail: 'Thursday at 10' resolved against the Date (Mon 19 Oct, Pacific) -> Thu 22 Oct "
           "10:00 PDT -> 17:00Z. 'Should take about an hour' is approximate, so no end.")
def p06() -> bytes:
    body = t("""
        Hi Owen,

        Great, Thursday at 10 it is. We'll meet at the Lands & Resources office (the blue
        building beside the band office, not the main admin building - people always go to the
        wrong one). It'll be me, Percy Sam from council, and Robyn, who runs our Guardian boat.
        Should take about an hour. Nothing to prepare, but if you have any maps from the
        Saanich Inlet work you mentioned, bring them, people here love maps.

        Coffee will be on. Drive safe, the road past the marina is being paved.

        huy ch q'u,
        Marlene

        Marlene Jack
        Marine Guardian Program Coordinator
        Kwel'alutw First Nation - Lands & Resources
        250-555-0122

        On Sat, Oct 17, 2026 at 9:14 AM Owen Tremblay <owen.tremblay@example.org> wrote:
        > Hi Marlene,
        >
        > Thank you for getting back to me about the GIS coordinator position. Any morning next
        > week works for me except Tuesday. I can come out to the office - I'd much rather meet
        > in person.
        >
        > All the best,
        > Owen
        """)
    hs = head("Marlene Jack <mjack@kwelalutw.ca>", "Re: GIS Coordinator - Marine Guardians",
              "2026-10-19 08:52:30", VAN, "<8f2d41e7-9b1a-4c6e-b0d3-5e7a2f19c844@kwelalutw.ca>",
              relay="from mail.kwelalutw.ca (mail.kwelalutw.ca [142.36.17.88])", qid="4ZwT3m1HfRz8vC",
              extra=(("In-Reply-To", "<CAO7q2Lr0x=Zf1bKp4yN-owen3r@mail.gmail.com>"),
                     ("References", "<CAO7q2Lr0x=Zf1bKp4yN-owen3r@mail.gmail.com>"),
                     ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(7), family="taleo", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-06 13:30", VAN), end=utc("2026-11-06 14:30", VAN),
      contact="sellery@pacificrim-u.ca", company="Pacific Rim University",
      local="Fri 2026-11-06 13:30", local_end="2026-11-06 14:30", zone=VAN,
      note="Owen forwards to himself (as an attached message/rfc822) a Taleo invitation sent to his "
           "old example.net address: 'Friday, November 6, 2026 at 1:30 PM Pacific Time' for 60 "
           "minutes, after the DST change -> PST -> 21:30-22:30Z. Sender no-reply, Owen is the "
           "candidate; contact = the HR advisor's address in the forwarded body.")
def p07() -> bytes:
    inner_body = t("""
        Dear Owen Tremblay,

        Thank you for applying to Research GIS Analyst, Coastal Ecology Lab (Requisition
        26-1187-STF). The selection committee would like to invite you to an interview.

        Date: Friday, November 6, 2026
        Time: 1:30 PM Pacific Time
        Duration: 60 minutes
        Format: In person, Bob Wright Centre, Room B214, Pacific Rim University, Victoria

        The committee: Dr. Anika Rasmussen (Principal Investigator), Dr. Tomas Whitehead, and
        Shauna Ellery (HR Advisor).

        Please confirm your attendance by replying to Shauna Ellery at sellery@pacificrim-u.ca.
        Campus parking is pay-by-plate; Lot 4 is closest to the Bob Wright Centre.

        Sincerely,
        Human Resources
        Pacific Rim University

        *** This is an automated message. Please do not reply to this email. ***
        """)
    inner = message([
        ("From", "Pacific Rim University <noreply@pacificrim-u.taleo.net>"),
        ("To", "owen.tremblay@example.net"),
        ("Subject", "Interview Invitation - Research GIS Analyst, Coastal Ecology Lab (26-1187-STF)"),
        ("Date", date("2026-11-02 10:15:48", VAN)),
        ("Message-ID", "<1823947.61.1793643348511.JavaMail.taleo@ptc6ct04.taleo.net>"),
    ], text(inner_body, charset="iso-8859-1", cte="7bit"))
    note = t("""
        for the tracker - this came to the old address.
        """)
    hs = head("Owen Tremblay <owen.tremblay@example.net>",
              "Fwd: Interview Invitation - Research GIS Analyst, Coastal Ecology Lab (26-1187-STF)",
              "2026-11-02 10:40:19", VAN, "<CAO7q2LsV9k+Tq_1mNy2c8QfP4owen7x@mail.gmail.com>",
              relay="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              qid="4ZzP6d2Tx1z9kF")
    return message(hs, mixed(text(note, charset="UTF-8", cte="7bit"),
                             attached_message(inner, filename="Interview Invitation.eml")))


@mail(n(8), family="smartrecruiters", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-29 10:00", YYC), end=utc("2026-09-29 10:45", YYC),
      contact="kelsey.nguyen@bowfrontgeo.com", company="Bowfront Geospatial",
      local="Tue 2026-09-29 10:00", local_end="2026-09-29 10:45", zone=YYC,
      note="SmartRecruiters mail from a Calgary firm: '10:00 - 10:45 AM MDT (9:00 - 9:45 AM "
           "Pacific)' -> MDT is UTC-6 -> 16:00-16:45Z; ICS in UTC. Contact = Reply-To recruiter.")
def p08() -> bytes:
    body = t("""
        Hello Owen,

        Thank you for scheduling your interview for GIS Analyst - Environmental Programs
        (Hybrid/Remote) at Bowfront Geospatial.

        Interview details
        -----------------
        Type: Video interview (Microsoft Teams)
        When: Tuesday, September 29, 2026, 10:00 - 10:45 AM MDT (9:00 - 9:45 AM Pacific)
        Interviewers: Kelsey Nguyen (Talent Partner), Rohan Mehta (Team Lead, Reclamation GIS)
        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Bw7Kq2

        A calendar invitation is attached. If you need to make a change, please reply to this
        message.

        Kind regards,
        Kelsey Nguyen
        Talent Partner, Bowfront Geospatial
        Calgary, AB

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#39424e">
        <p>Hello Owen,</p>
        <p>Thank you for scheduling your interview for <b>GIS Analyst - Environmental Programs
        (Hybrid/Remote)</b> at Bowfront Geospatial.</p>
        <h3 style="font-size:15px">Interview details</h3>
        <ul>
        <li><b>Type:</b> Video interview (Microsoft Teams)</li>
        <li><b>When:</b> Tuesday, September 29, 2026, 10:00 - 10:45 AM MDT (9:00 - 9:45 AM Pacific)</li>
        <li><b>Interviewers:</b> Kelsey Nguyen (Talent Partner), Rohan Mehta (Team Lead, Reclamation GIS)</li>
        <li><b>Join:</b> <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Bw7Kq2">Microsoft Teams</a></li>
        </ul>
        <p>A calendar invitation is attached. If you need to make a change, please reply to this message.</p>
        <p>Kind regards,<br>Kelsey Nguyen<br>Talent Partner, Bowfront Geospatial<br>Calgary, AB</p>
        <p style="font-size:11px;color:#9aa5b1">Powered by SmartRecruiters</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-7c3a91e2-0d4b-4f88-b1a2-55e0d9c7f6a1
DTSTAMP:20260924T193000Z
DTSTART:{z("2026-09-29 10:00", YYC)}
DTEND:{z("2026-09-29 10:45", YYC)}
SUMMARY:Interview - GIS Analyst - Environmental Programs - Bowfront Geospatial
LOCATION:Microsoft Teams
ORGANIZER;CN=Kelsey Nguyen:mailto:kelsey.nguyen@bowfrontgeo.com
ATTENDEE;CN=Owen Tremblay;RSVP=TRUE:mailto:owen.tremblay@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Bowfront Geospatial <noreply@smartrecruiters.com>",
              "Interview scheduled: GIS Analyst - Environmental Programs (Hybrid/Remote)",
              "2026-09-24 13:30:00", YYC, "<sr.20260924193000.6a2f0c@mail.smartrecruiters.com>",
              relay="from mail12.smartrecruiters.com (mail12.smartrecruiters.com [34.250.91.12])",
              qid="4ZFq8c3Wn0z4hJ",
              extra=(("Reply-To", "Kelsey Nguyen <kelsey.nguyen@bowfrontgeo.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(9), family="human_prose", lang="fr-CA", interview=True, kind="scheduled",
      start=utc("2026-11-17 13:30", TOR), end=utc("2026-11-17 15:00", TOR),
      contact="genevieve.lalonde@acco-omac.ca", company="Agence canadienne de cartographie des océans",
      local="Tue 2026-11-17 13:30", local_end="2026-11-17 15:00", zone=TOR,
      note="Canadian French convocation from an Ottawa federal agency, ISO-8859-1 quoted-printable: "
           "'le mardi 17 novembre 2026 à 13 h 30 (heure de l'Est)', 'durée : 90 minutes' -> EST "
           "(UTC-5, DST over since 1 Nov) -> 18:30-20:00Z; the body's '10 h 30, heure du Pacifique' "
           "is the same instant. Contact = the human sender.")
def p09() -> bytes:
    body = t("""
        Bonjour Monsieur Tremblay,

        À la suite de l'examen écrit, nous avons le plaisir de vous convoquer à une entrevue pour
        le processus 26-ACCO-EA-0412, Analyste SIG marin (EC-05), Ottawa ou télétravail.

        Date : le mardi 17 novembre 2026
        Heure : 13 h 30 (heure de l'Est), soit 10 h 30, heure du Pacifique
        Durée : 90 minutes
        Mode : vidéoconférence Microsoft Teams (le lien suivra dans une invitation distincte)
        Langue : l'entrevue se déroulera dans la langue officielle de votre choix, indiquée dans
        votre demande (français).

        Le comité sera composé de Mme Hélène Bouchard, gestionnaire, Données océaniques, de
        M. Kevin Osei, analyste principal, et de moi-même.

        Veuillez confirmer votre présence par retour de courriel d'ici le vendredi 13 novembre.
        Si vous avez besoin de mesures d'adaptation, n'hésitez pas à m'en faire part.

        Cordialement,

        Geneviève Lalonde
        Conseillère en ressources humaines | Human Resources Advisor
        Agence canadienne de cartographie des océans | Ocean Mapping Agency of Canada
        Ottawa (Ontario)
        Tél. : 613-555-0177
        """)
    hs = head(addr("Lalonde, Geneviève (ACCO/OMAC)", "genevieve.lalonde@acco-omac.ca", "iso-8859-1"),
              "Convocation à une entrevue - Analyste SIG marin (EC-05) - 26-ACCO-EA-0412",
              "2026-11-12 14:20:55", TOR,
              "<YT2PR01MB8841A7D0C4E3B9F2C61D5E8B7A21@YT2PR01MB8841.CANPRD01.PROD.OUTLOOK.COM>",
              relay="from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2119.outbound.protection.outlook.com [40.107.115.119])",
              qid="4b6Jw1q0Rsz3dT", charset="iso-8859-1",
              extra=(("Accept-Language", "fr-CA, en-CA"), ("Content-Language", "fr-CA")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(10), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-09 14:30", VAN), end=utc("2026-09-09 15:15", VAN),
      contact="jas.gill@harbourlinetalent.ca", company="Fraser Delta Environmental",
      local="Wed 2026-09-09 14:30", local_end="2026-09-09 15:15", zone=VAN,
      note="Agency recruiter (Harbourline Talent Partners) confirming a client interview: "
           "'tomorrow at 2:30' against the Date (Tue 8 Sep, Pacific) -> Wed 9 Sep 14:30 PDT -> "
           "21:30Z; 'booked for 45 minutes' is an exact length -> 22:15Z. Company = the hiring "
           "client, not the agency; contact = the recruiter who sent it.")
def p10() -> bytes:
    body = t("""
        Hi Owen,

        Good news – Fraser Delta Environmental would like to meet you! You’re confirmed for
        tomorrow at 2:30 with Simone Bérubé (Director, Coastal Services) and one of her
        senior analysts. It’s booked for 45 minutes on Teams; Simone’s assistant will send the
        link this afternoon.

        A few things from my side:
         • They’re keen on the Fisheries Act offsetting work – have a 2-minute version ready.
         • Simone likes to ask “what would you do in your first 90 days”.
         • Salary range we discussed still stands; don’t bring it up unless they do.

        Call me after if you can – I’ll be at my desk until 5.

        Cheers,
        Jas

        Jas Gill | Senior Consultant, Environment & Natural Resources
        Harbourline Talent Partners
        Suite 900 – 555 Burrard St, Vancouver BC
        604-555-0166 | jas.gill@harbourlinetalent.ca
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Owen,</p>
        <p>Good news – Fraser Delta Environmental would like to meet you! You’re confirmed for
        <b>tomorrow at 2:30</b> with Simone Bérubé (Director, Coastal Services) and one of her
        senior analysts. It’s booked for 45 minutes on Teams; Simone’s assistant will send the
        link this afternoon.</p>
        <p>A few things from my side:</p>
        <ul><li>They’re keen on the Fisheries Act offsetting work – have a 2-minute version ready.</li>
        <li>Simone likes to ask “what would you do in your first 90 days”.</li>
        <li>Salary range we discussed still stands; don’t bring it up unless they do.</li></ul>
        <p>Call me after if you can – I’ll be at my desk until 5.</p>
        <p>Cheers,<br>Jas</p>
        <p style="color:#1f4e79"><b>Jas Gill</b> | Senior Consultant, Environment &amp; Natural Resources<br>
        Harbourline Talent Partners<br>Suite 900 – 555 Burrard St, Vancouver BC<br>
        604-555-0166 | <a href="mailto:jas.gill@harbourlinetalent.ca">jas.gill@harbourlinetalent.ca</a></p>
        </div></body></html>
        """)
    hs = head("Jas Gill <jas.gill@harbourlinetalent.ca>",
              "Fraser Delta Environmental - interview confirmed", "2026-09-08 11:10:26", VAN,
              "<SJ0PR11MB5678E2B1C3A4D5F60718293A4B5C@SJ0PR11MB5678.namprd11.prod.outlook.com>",
              relay="from NAM11-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam11on2092.outbound.protection.outlook.com [40.107.236.92])",
              qid="4ZAx3k7Ybtz6rN",
              extra=(("Thread-Topic", "Fraser Delta Environmental - interview confirmed"),
                     ("Importance", "high")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(11), family="calendly", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-01 11:00", VAN), end=utc("2026-10-01 11:30", VAN),
      contact="priya@gabriolamarine.ca", company="Gabriola Marine Surveys",
      local="Thu 2026-10-01 11:00", local_end="2026-10-01 11:30", zone=VAN,
      note="Calendly invitee confirmation for a Nanaimo firm: '11:00am - 11:30am (Pacific Time - US "
           "& Canada) on Thursday, October 1, 2026' -> PDT -> 18:00-18:30Z, ICS in UTC. Contact = "
           "the host in Reply-To.")
def p11() -> bytes:
    body = t("""
        Hi Owen Tremblay,

        Your 30 Minute Interview with Priya Natarajan at 11:00am (Pacific Time - US & Canada) on
        Thursday, October 1, 2026 is scheduled.

        Event Type:
        30 Minute Interview - GIS / Hydrographic Data Technician

        Event Date/Time:
        11:00am - 11:30am (Pacific Time - US & Canada) on Thursday, October 1, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/wkc-ubjd-ytq

        Invitee Time Zone:
        Pacific Time - US & Canada

        Questions:
        Anything you'd like us to know beforehand?
        I'm currently in Victoria, happy to come up to Nanaimo for a second round if needed.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f0d2c9a-1e4b-47b3-b8d2-0c7f5e3a91de
        Reschedule: https://calendly.com/reschedulings/6f0d2c9a-1e4b-47b3-b8d2-0c7f5e3a91de

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Owen Tremblay,</p>
        <p>Your 30 Minute Interview with Priya Natarajan at 11:00am (Pacific Time - US &amp; Canada) on
        Thursday, October 1, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>30 Minute Interview - GIS / Hydrographic Data Technician</p>
        <p><b>Event Date/Time:</b><br>11:00am - 11:30am (Pacific Time - US &amp; Canada) on Thursday, October 1, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.<br>
        <a href="https://meet.google.com/wkc-ubjd-ytq">https://meet.google.com/wkc-ubjd-ytq</a></p>
        <p><b>Invitee Time Zone:</b><br>Pacific Time - US &amp; Canada</p>
        <p><a href="https://calendly.com/cancellations/6f0d2c9a-1e4b-47b3-b8d2-0c7f5e3a91de">Cancel</a> |
        <a href="https://calendly.com/reschedulings/6f0d2c9a-1e4b-47b3-b8d2-0c7f5e3a91de">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260929T230214Z
UID:6f0d2c9a-1e4b-47b3-b8d2-0c7f5e3a91de@calendly.com
DTSTART:{z("2026-10-01 11:00", VAN)}
DTEND:{z("2026-10-01 11:30", VAN)}
SUMMARY:Owen Tremblay and Priya Natarajan
DESCRIPTION:Event Name: 30 Minute Interview - GIS / Hydrographic Data Technician\\n\\nLocation: https://meet.google.com/wkc-ubjd-ytq
LOCATION:https://meet.google.com/wkc-ubjd-ytq
ORGANIZER;CN=Priya Natarajan:mailto:priya@gabriolamarine.ca
ATTENDEE;CN=Owen Tremblay;PARTSTAT=ACCEPTED:mailto:owen.tremblay@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: 30 Minute Interview with Priya Natarajan on Thursday, October 1, 2026",
              "2026-09-29 16:02:14", VAN, "<20260929230214.1.7b2c0e91f4a3d58e@calendly.com>",
              relay="from mail-188.calendly.com (mail-188.calendly.com [149.72.133.188])",
              qid="4ZGd5r0KqLz1wX",
              extra=(("Reply-To", "Priya Natarajan <priya@gabriolamarine.ca>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(12), family="google_calendar", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-20 10:30", VAN), end=None,
      contact="tom.boyd@harewoodhydro.ca", company="Harewood Hydrographic",
      local="Fri 2026-11-20 10:30", zone=VAN,
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 20261120): the time "
           "is only in the description, '10:30 am at our office' -> PST (after 1 Nov) -> 18:30Z. "
           "'Plan on a couple of hours' is approximate -> no end. Contact = the organizer.")
def p12() -> bytes:
    body = t("""
        You have been invited to the following event.

        Owen Tremblay - onsite interview (Harewood Hydrographic)
        Friday Nov 20, 2026
        Joining info: 2250 Bowen Rd, Unit 6, Nanaimo, BC

        Calendar: owen.tremblay@example.org
        Who:
            * tom.boyd@harewoodhydro.ca - organizer
            * owen.tremblay@example.org
            * leah.kristiansen@harewoodhydro.ca

        Hi Owen - blocking the day so nobody books over it. We'll start at 10:30 am at our
        office (Unit 6, around the back, next to the dive shop). Leah and I will walk you
        through the multibeam processing workflow, then lunch with the team. Plan on a couple
        of hours. - Tom

        Going (owen.tremblay@example.org)?   Yes - Maybe - No    more options »

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account owen.tremblay@example.org because
        you are an attendee of this event.
        """)
    page = gmail_html(body)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261120
DTEND;VALUE=DATE:20261121
DTSTAMP:20261116T171208Z
ORGANIZER;CN=Tom Boyd:mailto:tom.boyd@harewoodhydro.ca
UID:5m1b7kq3c2v0h9a6r4s8t1u2vd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.tremblay@example.org;X-NUM-GUESTS=0:mailto:owen.tremblay@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Leah Kristiansen;X-NUM-GUESTS=0:mailto:leah.kristiansen@harewoodhydro.ca
CREATED:20261116T171149Z
DESCRIPTION:Hi Owen - blocking the day so nobody books over it. We'll start at 10:30 am at our office (Unit 6\\, around the back\\, next to the dive shop). Leah and I will walk you through the multibeam processing workflow\\, then lunch with the team. Plan on a couple of hours. - Tom
LAST-MODIFIED:20261116T171207Z
LOCATION:2250 Bowen Rd\\, Unit 6\\, Nanaimo\\, BC
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Owen Tremblay - onsite interview (Harewood Hydrographic)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head("Tom Boyd <tom.boyd@harewoodhydro.ca>",
              "Invitation: Owen Tremblay - onsite interview (Harewood Hydrographic) @ Fri Nov 20, 2026 (owen.tremblay@example.org)",
              "2026-11-16 09:12:08", VAN, "<calendar-0f7b3c2e-9a41-4d18-b6e5-2c8d1f0a7e93@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              qid="4b8Rk2m5Vpz0cY",
              extra=(("Reply-To", "Tom Boyd <tom.boyd@harewoodhydro.ca>"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics)),
                             calendar(ics, method="REQUEST", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment",
                                      name_param=True, cte="base64")))


@mail(n(13), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-21 14:00", SEA), end=utc("2026-10-21 14:45", SEA),
      contact=None, company="Puget Sound Habitat Trust",
      local="Wed 2026-10-21 14:00", local_end="2026-10-21 14:45", zone=SEA,
      note="Microsoft Bookings confirmation from a Seattle nonprofit. The body's zone label is the "
           "standard one, '(UTC-08:00) Pacific Time (US & Canada)', but 21 October is in PDT "
           "(UTC-7): 2:00-2:45 PM -> 21:00-21:45Z, which the ICS (TZID Pacific Standard Time) "
           "confirms. Shared Bookings mailbox, staff name only -> contact null.")
def p13() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Owen Tremblay,</p>
        <p>Thank you for booking with Puget Sound Habitat Trust - Candidate Interviews.</p>
        <table cellpadding="6">
        <tr><td style="color:#605e5c">Service</td><td>GIS Coordinator - first interview (45 min)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Wednesday, October 21, 2026 2:00 PM - 2:45 PM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Rosa Delgado-Hart</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Online - <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_PsHt41">Join Teams meeting</a></td></tr>
        </table>
        <p>Need to make a change? <a href="https://outlook.office365.com/owa/calendar/CandidateInterviews@pugetsoundhabitat.org/bookings/s/manage/7Hq2">Manage booking</a></p>
        <p style="font-size:12px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = TZ_PACIFIC_WIN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Puget Sound Habitat Trust - Candidate Interviews:mailto:CandidateInterviews@pugetsoundhabitat.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:owen.tremblay@example.org
DESCRIPTION;LANGUAGE=en-US:GIS Coordinator - first interview (45 min)\\nStaff: Rosa Delgado-Hart\\n
UID:040000008200E00074C5B7101A82E00800000000D41A9F6C2E5ADC0100000000000000001000000077AA11BB
SUMMARY;LANGUAGE=en-US:GIS Coordinator - first interview (45 min)
DTSTART;TZID=Pacific Standard Time:20261021T140000
DTEND;TZID=Pacific Standard Time:20261021T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T173000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Puget Sound Habitat Trust - Candidate Interviews <CandidateInterviews@pugetsoundhabitat.org>",
              "Booking confirmed: GIS Coordinator - first interview (45 min)",
              "2026-10-16 10:30:00", SEA,
              "<BY5PR17MB3874C1B2A9F0E4D3C2B1A0F9E8D7@BY5PR17MB3874.namprd17.prod.outlook.com>",
              relay="from NAM12-BY5-obe.outbound.protection.outlook.com (mail-by5nam12on2130.outbound.protection.outlook.com [40.107.244.130])",
              qid="4ZRf2n8Hwkz5pS")
    return message(hs, alt(html(page), calendar(ics)))


@mail(n(14), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-28 16:30", OSL), end=utc("2026-10-28 17:15", OSL),
      contact="ingrid.solberg@havbris.no", company="Havbris AS",
      local="Wed 2026-10-28 16:30", local_end="2026-10-28 17:15", zone=OSL,
      note="Teamtailor invite from a Bergen company hiring remotely: '16:30-17:15 (CET, Oslo time)'. "
           "Europe left summer time on 25 October, so CET = UTC+1 -> 15:30-16:15Z; the mail was "
           "sent in CEST. For Vancouver (still PDT until 1 Nov) that is 08:30, as the body says. "
           "Contact = Reply-To recruiter.")
def p14() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for picking a time – your interview for GIS Analyst – Ocean Data (Remote,
        Americas) is booked:

        Wednesday 28 October 2026, 16:30–17:15 (CET, Oslo time)
        That's 08:30–09:15 for you in Vancouver – note that Norway switches to winter time on
        25 October, a week before Canada does, so the gap is 8 hours that week instead of 9.

        Video link: https://meet.havbris.no/tt/3f9a21
        You'll meet Ingrid Solberg (Talent) and Eirik Haugland (Head of Ocean Data).

        If something comes up, just reply to this email.

        Vennlig hilsen / Best regards,
        Ingrid Solberg
        Talent Acquisition, Havbris AS
        Bergen, Norway
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hi Owen,</p>
        <p>Thanks for picking a time – your interview for <strong>GIS Analyst – Ocean Data (Remote,
        Americas)</strong> is booked:</p>
        <p style="background:#f2f6fa;padding:12px"><strong>Wednesday 28 October 2026, 16:30–17:15 (CET, Oslo time)</strong><br>
        That's 08:30–09:15 for you in Vancouver – note that Norway switches to winter time on
        25 October, a week before Canada does, so the gap is 8 hours that week instead of 9.</p>
        <p>Video link: <a href="https://meet.havbris.no/tt/3f9a21">https://meet.havbris.no/tt/3f9a21</a><br>
        You'll meet Ingrid Solberg (Talent) and Eirik Haugland (Head of Ocean Data).</p>
        <p>If something comes up, just reply to this email.</p>
        <p>Vennlig hilsen / Best regards,<br>Ingrid Solberg<br>Talent Acquisition, Havbris AS<br>Bergen, Norway</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </body></html>
        """)
    ics = TZ_OSL.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:tt-meeting-5512093@teamtailor.com
DTSTAMP:20261022T120500Z
DTSTART;TZID=Europe/Oslo:20261028T163000
DTEND;TZID=Europe/Oslo:20261028T171500
SUMMARY:Interview: Owen Tremblay / Havbris – GIS Analyst – Ocean Data
LOCATION:https://meet.havbris.no/tt/3f9a21
ORGANIZER;CN=Ingrid Solberg:mailto:ingrid.solberg@havbris.no
ATTENDEE;CN=Owen Tremblay;RSVP=TRUE:mailto:owen.tremblay@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    hs = head("Havbris <no-reply@teamtailor-mail.com>",
              "Interview booked: GIS Analyst – Ocean Data (Remote, Americas)",
              "2026-10-22 14:05:00", OSL, "<tt.5512093.1792670700@teamtailor-mail.com>",
              relay="from mta-16.teamtailor-mail.com (mta-16.teamtailor-mail.com [185.12.4.16])",
              qid="4ZvH7s0bQdz2mG",
              extra=(("Reply-To", "Ingrid Solberg <ingrid.solberg@havbris.no>"),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(page)),
                             calendar(ics, cte="quoted-printable", filename="interview.ics",
                                      disposition="attachment")))


@mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 09:00", SEA), end=utc("2026-11-10 11:30", SEA),
      contact="brooke.hanlon@rainiergeo.com", company="Rainier Geo",
      local="Tue 2026-11-10 09:00", local_end="2026-11-10 11:30", zone=SEA,
      note="GoodTime itinerary from a Seattle firm, three back-to-back sessions on Tue Nov 10 "
           "(9:00-9:45, 10:00-10:45, 11:00-11:30 AM PST); multi-session -> first start to last end, "
           "PST (UTC-8) after 1 Nov -> 17:00-19:30Z, matching the single ICS block. Contact = "
           "coordinator in Reply-To.")
def p15() -> bytes:
    body = t("""
        Hi Owen,

        Your virtual onsite with Rainier Geo is confirmed. Here is your itinerary (all times
        Pacific Standard Time):

        Tuesday, November 10, 2026

          9:00 AM - 9:45 AM    Hiring Manager - Whitney Cole, Manager, Coastal Analytics
          10:00 AM - 10:45 AM  Technical Deep Dive - Arjun Pillai & Sofia Marchetti
          11:00 AM - 11:30 AM  Team Conversation - Coastal Analytics team

        All sessions use the same Zoom room: https://rainiergeo.zoom.us/j/93817264501
        There are short breaks between sessions; feel free to stay in the room.

        Please reply to this email if you have any questions or need accommodations.

        Best,
        Brooke Hanlon
        Recruiting Coordinator, Rainier Geo
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Owen,</p>
        <p>Your virtual onsite with Rainier Geo is confirmed. Here is your itinerary (all times Pacific Standard Time):</p>
        <p><b>Tuesday, November 10, 2026</b></p>
        <table border="0" cellpadding="4">
        <tr><td>9:00 AM - 9:45 AM</td><td>Hiring Manager - Whitney Cole, Manager, Coastal Analytics</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Technical Deep Dive - Arjun Pillai &amp; Sofia Marchetti</td></tr>
        <tr><td>11:00 AM - 11:30 AM</td><td>Team Conversation - Coastal Analytics team</td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://rainiergeo.zoom.us/j/93817264501">https://rainiergeo.zoom.us/j/93817264501</a><br>
        There are short breaks between sessions; feel free to stay in the room.</p>
        <p>Please reply to this email if you have any questions or need accommodations.</p>
        <p>Best,<br>Brooke Hanlon<br>Recruiting Coordinator, Rainier Geo</p>
        <p style="font-size:11px;color:#888">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = TZ_SEA.join(["""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gt-9a1c7e44-b0d2-4e38-8f61-2d5c0a9b7e12@goodtime.io
DTSTAMP:20261104T201000Z
DTSTART;TZID=America/Los_Angeles:20261110T090000
DTEND;TZID=America/Los_Angeles:20261110T113000
SUMMARY:Rainier Geo Virtual Onsite - Owen Tremblay
LOCATION:https://rainiergeo.zoom.us/j/93817264501
ORGANIZER;CN=Brooke Hanlon:mailto:brooke.hanlon@rainiergeo.com
ATTENDEE;CN=Owen Tremblay;RSVP=TRUE:mailto:owen.tremblay@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""])
    hs = head("Rainier Geo Recruiting <scheduling@goodtime.io>",
              "Confirmed: Your Virtual Onsite with Rainier Geo - Tuesday, November 10",
              "2026-11-04 12:10:31", SEA, "<gt.msg.20261104201031.4f7c2a@goodtime.io>",
              relay="from o22.email.goodtime.io (o22.email.goodtime.io [168.245.62.22])",
              qid="4b2Kp6w3Nfz8rJ",
              extra=(("Reply-To", "Brooke Hanlon <brooke.hanlon@rainiergeo.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="Rainier_Geo_Virtual_Onsite.ics",
                                      disposition="attachment")))


@mail(n(16), family="zoom", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-12-01 17:30", VAN), end=utc("2026-12-01 18:30", VAN),
      contact="hannah@coastalrestoration.ca", company="Coastal Restoration Society",
      local="Tue 2026-12-01 17:30", local_end="2026-12-01 18:30", zone=VAN,
      note="Prose mail with a pasted Zoom invitation: 'Tuesday Dec 1 at 5:30 pm' (evening, board "
           "volunteers) 'for one hour', Zoom block 'Dec 1, 2026 05:30 PM Vancouver' -> PST -> "
           "01:30-02:30Z on Wednesday 2 December in UTC. Contact = the human sender.")
def p16() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for your patience while we pulled the hiring committee together - most of them are
        board volunteers with day jobs, hence the evening slot. You're confirmed for Tuesday
        Dec 1 at 5:30 pm for one hour with me, our board chair Doug Ferreira and Amélie Roy
        (restoration lead). Zoom details below.

        We'll ask you to share your screen and walk us through one restoration-site map you're
        proud of.

        Warmly,
        Hannah Oduya
        Executive Director, Coastal Restoration Society
        Vancouver, BC (Musqueam, Squamish and Tsleil-Waututh territories)

        ---
        Hannah Oduya is inviting you to a scheduled Zoom meeting.

        Topic: CRS - Program Manager, GIS - interview (O. Tremblay)
        Time: Dec 1, 2026 05:30 PM Vancouver

        Join Zoom Meeting
        https://us02web.zoom.us/j/84417729310?pwd=Qm9hdHNBbmRLZWxw

        Meeting ID: 844 1772 9310
        Passcode: 516202
        """)
    hs = head("Hannah Oduya <hannah@coastalrestoration.ca>",
              "Interview Tues Dec 1 - Program Manager, GIS", "2026-11-26 20:14:52", VAN,
              "<CAF2r9Hq+u0XbN1k7w-mJz4Yd8pVt3sLc2hG6eQ@mail.gmail.com>",
              relay="from mail-yw1-f182.google.com (mail-yw1-f182.google.com [209.85.128.182])",
              qid="4bKm0x1TsGz7vQ")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(17), family="exchange", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-11-03 11:00", YYC), end=utc("2026-11-03 12:00", YYC),
      contact="bkowalchuk@prairiereach.ca", company="Prairie Reach Environmental Ltd.",
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=YYC,
      note="Outlook meeting update (SEQUENCE 1, Windows zone 'Mountain Standard Time') from a "
           "Calgary firm moving the interview from Fri Oct 30 2:00 PM MT (MDT) to Tue Nov 3 "
           "11:00 AM MT. Both Alberta and BC leave DST on 1 Nov, so Nov 3 11:00 MST (UTC-7) = "
           "18:00Z = 10:00 PST, as the body says; DTEND 12:00 -> 19:00Z. Contact = organizer.")
def p17() -> bytes:
    body = t("""
        Hi Owen,

        Apologies for the shuffle - our field season wrap-up meeting landed on Friday afternoon.
        I've moved our interview from Friday Oct 30 at 2:00 PM MT to Tuesday Nov 3 at 11:00 AM MT
        (10:00 AM your time - the clocks change for both of us on the weekend, so it stays one
        hour apart). Same Teams link, same panel (me and Nadia from our reclamation group).

        The updated invite is attached; please accept so it replaces the old one.

        Thanks for your flexibility,
        Brett

        Brett Kowalchuk, P.Geo.
        GIS & Remote Sensing Manager
        Prairie Reach Environmental Ltd. | Calgary, AB
        403-555-0129
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_PrE93x>
        Meeting ID: 271 554 013 608
        Passcode: 8vXq3P
        ________________________________________________________________________________
        """)
    ics = TZ_MOUNTAIN_WIN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Brett Kowalchuk:mailto:bkowalchuk@prairiereach.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:owen.tremblay@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nadia Petrenko:mailto:npetrenko@prairiereach.ca
UID:040000008200E00074C5B7101A82E0080000000060E4C5B1A367DC0100000000000000001000000019C3D5E7
SUMMARY;LANGUAGE=en-US:Interview - Owen Tremblay / GIS Specialist
DTSTART;TZID=Mountain Standard Time:20261103T110000
DTEND;TZID=Mountain Standard Time:20261103T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T154000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2119847731
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Brett Kowalchuk <bkowalchuk@prairiereach.ca>",
              "Updated: Interview - Owen Tremblay / GIS Specialist", "2026-10-28 09:40:12", YYC,
              "<CY5PR04MB7310D2E8F1A3B4C5D6E7F8091A2B@CY5PR04MB7310.namprd04.prod.outlook.com>",
              relay="from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2098.outbound.protection.outlook.com [40.107.116.98])",
              qid="4ZyC8q2Lm3z1sW",
              extra=(("Thread-Topic", "Interview - Owen Tremblay / GIS Specialist"),
                     ("Thread-Index", "AdtJ0k8Zr3qLm2wTQe6v4c1xY7pGhQ=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), calendar(ics)))


@mail(n(18), family="workable", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-09-21 15:00", VAN), end=utc("2026-09-21 15:30", VAN),
      contact="lucas.ferreira@estuarylabs.io", company="Estuary Labs",
      local="Mon 2026-09-21 15:00", local_end="2026-09-21 15:30", zone=VAN,
      note="Workable reschedule: old Fri Sep 18 10:00 AM, new 'Monday, September 21, 2026, 3:00 PM "
           "- 3:30 PM PDT' -> 22:00-22:30Z (ICS SEQUENCE 1). The Reply-To is a Workable relay "
           "(+...@candidates.workablemail.com), not a person; contact = the engineer's address "
           "in the body.")
def p18() -> bytes:
    body = t("""
        Hi Owen,

        Your interview for GIS Data Engineer at Estuary Labs has been rescheduled.

        NEW TIME
        Monday, September 21, 2026, 3:00 PM - 3:30 PM PDT

        PREVIOUSLY
        Friday, September 18, 2026, 10:00 AM - 10:30 AM PDT

        Interviewer: Lucas Ferreira
        Location: Video call - https://meet.google.com/ehz-pqmr-vda

        Note from Lucas: "Sorry to move this! A sensor deployment on the Fraser got moved to
        Friday morning. If you have questions before Monday you can reach me directly at
        lucas.ferreira@estuarylabs.io."

        Good luck!
        Estuary Labs Hiring Team

        Sent with Workable
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial">')
    ics = TZ_VAN.join(["""BEGIN:VCALENDAR
PRODID:-//Workable//Calendar Events//EN
VERSION:2.0
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:workable-event-4419032@workable.com
DTSTAMP:20260916T180000Z
DTSTART;TZID=America/Vancouver:20260921T150000
DTEND;TZID=America/Vancouver:20260921T153000
SUMMARY:Interview: Owen Tremblay - GIS Data Engineer (Estuary Labs)
LOCATION:https://meet.google.com/ehz-pqmr-vda
ORGANIZER;CN=Estuary Labs:mailto:estuary-labs+b7c2d9e1@candidates.workablemail.com
ATTENDEE;CN=Owen Tremblay;RSVP=TRUE:mailto:owen.tremblay@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""])
    hs = head("Estuary Labs <noreply@candidates.workablemail.com>",
              "Interview rescheduled - GIS Data Engineer at Estuary Labs", "2026-09-16 11:00:00", VAN,
              "<wk.20260916180000.88c1e0@candidates.workablemail.com>",
              relay="from mail-out-9.workablemail.com (mail-out-9.workablemail.com [52.5.221.9])",
              qid="4ZDb1c9Mxrz3gH",
              extra=(("Reply-To", "Estuary Labs <estuary-labs+b7c2d9e1@candidates.workablemail.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(19), family="human_prose", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-12-04 13:00", VAN), end=None,
      contact="dave@midislandhabitat.ca", company="Mid-Island Habitat Consulting",
      local="Fri 2026-12-04 13:00", zone=VAN,
      note="Phone-written one-liner 'Fri works. 1pm, same spot.' on top of the quoted thread: Dave's "
           "confirmation for Thursday Dec 3 at 1pm and Owen's request to move to Friday. Friday "
           "after the Date (Mon 30 Nov) = Dec 4, 13:00 PST -> 21:00Z. Rescheduled.")
def p19() -> bytes:
    body = t("""
        Fri works. 1pm, same spot.
        D

        Sent from my iPhone

        > On Nov 30, 2026, at 6:41 PM, Owen Tremblay <owen.tremblay@example.org> wrote:
        >
        > Hi Dave,
        >
        > Really sorry to do this - a family thing came up for Thursday. Any chance we could
        > do Friday instead, same time? Happy to make it work around your schedule otherwise.
        >
        > Owen
        >
        >> On Nov 24, 2026, at 10:02 AM, Dave Kowalski <dave@midislandhabitat.ca> wrote:
        >>
        >> Owen - confirmed for Thursday Dec 3 at 1pm at our office, 45 Front St, 2nd floor
        >> (above the kayak rental). Ask for me at the front.
        >>
        >> Dave Kowalski
        >> Principal, Mid-Island Habitat Consulting
        >> Nanaimo BC
        """)
    hs = head("Dave Kowalski <dave@midislandhabitat.ca>", "Re: Interview Thursday",
              "2026-11-30 19:22:40", VAN, "<A1F3C9E2-7B40-4D2A-9E61-5C8B0D7F2A19@midislandhabitat.ca>",
              relay="from smtp.shawcable.example (smtp.shawcable.example [24.64.11.20])",
              qid="4bLw3r5QnDz6tB",
              extra=(("In-Reply-To", "<CAO7q2Lt4Rn-owen-Qy8d1@mail.gmail.com>"),
                     ("References", "<5E0B2A71-1C4D-4B8E-A3F2-90D6E7C1B458@midislandhabitat.ca> "
                                    "<CAO7q2Lt4Rn-owen-Qy8d1@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(20), family="recruitee", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-12-09 16:00", TOR), end=utc("2026-12-09 16:45", TOR),
      contact="olivia.chen@lakeshoreblue.ca", company="Lakeshore Blue Analytics",
      local="Wed 2026-12-09 16:00", local_end="2026-12-09 16:45", zone=TOR,
      note="Recruitee reschedule from a Toronto company (windows-1252): old Mon Dec 7 3:00 PM ET, "
           "new 'Wednesday, December 9 at 4:00 PM ET (1:00 PM PT)', 45 minutes -> EST (UTC-5) -> "
           "21:00-21:45Z. Contact = Reply-To hiring manager.")
def p20() -> bytes:
    body = t("""
        Hi Owen,

        We’ve had to move your interview for Marine Data Analyst (Remote – Canada).

        Old time: Monday, December 7 at 3:00 PM ET
        New time: Wednesday, December 9 at 4:00 PM ET (1:00 PM PT) – 45 minutes

        Same video link: https://whereby.com/lakeshoreblue-interviews
        You’ll speak with Olivia Chen (Analytics Lead) and Kwame Asante (Senior Analyst).

        Sorry for the change – we had a client deadline land on Monday. Reply here if the new
        time doesn’t work.

        Best,
        Olivia
        Lakeshore Blue Analytics · Toronto
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Owen,</p>
        <p>We’ve had to move your interview for <strong>Marine Data Analyst (Remote – Canada)</strong>.</p>
        <p><s>Old time: Monday, December 7 at 3:00 PM ET</s><br>
        <strong>New time: Wednesday, December 9 at 4:00 PM ET (1:00 PM PT) – 45 minutes</strong></p>
        <p>Same video link: <a href="https://whereby.com/lakeshoreblue-interviews">whereby.com/lakeshoreblue-interviews</a><br>
        You’ll speak with Olivia Chen (Analytics Lead) and Kwame Asante (Senior Analyst).</p>
        <p>Sorry for the change – we had a client deadline land on Monday. Reply here if the new
        time doesn’t work.</p>
        <p>Best,<br>Olivia<br>Lakeshore Blue Analytics · Toronto</p>
        <p style="font-size:11px;color:#9b9b9b">Sent via Recruitee</p>
        </body></html>
        """)
    hs = head("Lakeshore Blue Analytics <no-reply@recruitee.com>",
              "Your interview has been rescheduled – Marine Data Analyst", "2026-12-03 10:20:05", TOR,
              "<rt.interview.1279044.1796311205@mailer.recruitee.com>",
              relay="from mailer-3.recruitee.com (mailer-3.recruitee.com [18.197.42.3])",
              qid="4bN1h7Ck0sz2pM", charset="windows-1252",
              extra=(("Reply-To", "Olivia Chen <olivia.chen@lakeshoreblue.ca>"),))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(21), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-15 13:00", SEA), end=utc("2026-10-15 13:45", SEA),
      contact="renee.park@olympicmaritime.com", company="Olympic Maritime Systems",
      local="Thu 2026-10-15 13:00", local_end="2026-10-15 13:45", zone=SEA,
      note="iCIMS cancellation from a Seattle company (requisition on hold), no new time: the "
           "cancelled slot 'Thursday, October 15, 2026, 1:00 PM - 1:45 PM PT' -> PDT -> "
           "20:00-20:45Z; ICS METHOD:CANCEL in UTC. Sender is the iCIMS relay; contact = the "
           "recruiter's address in the body.")
def p21() -> bytes:
    body = t("""
        Dear Owen,

        We are writing to let you know that your interview for GIS Analyst II (Requisition
        2026-4471), scheduled for Thursday, October 15, 2026, 1:00 PM - 1:45 PM PT, has been
        cancelled.

        The requisition has been placed on hold while our Port Angeles program is re-scoped. We
        apologize for the short notice. Your application will remain active, and we will
        contact you if the position reopens.

        If you have questions, please contact Renee Park, Senior Recruiter, at
        renee.park@olympicmaritime.com.

        Sincerely,
        Talent Acquisition
        Olympic Maritime Systems
        Seattle, WA
        """)
    page = "<html><body><font face=\"Arial\" size=\"2\">" + body.replace(
        "\n\n", "</p><p>").replace("\n", " ").join(["<p>", "</p>"]) + "</font></body></html>\n"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Talent Platform//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:icims-intv-2026-4471-88213@icims.com
DTSTAMP:20261012T234500Z
DTSTART:{z("2026-10-15 13:00", SEA)}
DTEND:{z("2026-10-15 13:45", SEA)}
SUMMARY:CANCELLED: Interview - GIS Analyst II - Owen Tremblay
ORGANIZER;CN=Renee Park:mailto:renee.park@olympicmaritime.com
ATTENDEE;CN=Owen Tremblay:mailto:owen.tremblay@example.org
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = head("Olympic Maritime Systems <olympicmaritime+autoreply@talent.icims.com>",
              "Interview Cancelled: GIS Analyst II (2026-4471)", "2026-10-12 16:45:00", SEA,
              "<1760312700045.77412.icims.notification@talent.icims.com>",
              relay="from mta-72.icims.com (mta-72.icims.com [66.207.108.72])",
              qid="4ZMh5t9Fqcz0xK")
    return message(hs, mixed(alt(text(body, charset="us-ascii", cte="7bit"),
                                 html(page, charset="us-ascii", cte="7bit")),
                             calendar(ics, method="CANCEL", filename="cancel.ics",
                                      disposition="attachment")))


@mail(n(22), family="google_calendar", lang="en-CA", interview=True, kind="cancelled",
      start=utc("2026-11-12 11:00", VAN), end=utc("2026-11-12 12:00", VAN),
      contact="jonah@saltmarsh.ai", company="Saltmarsh Analytics",
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone=VAN,
      note="Google Calendar 'Canceled event' from a Victoria start-up founder (funding delayed, no "
           "new time): 'Thu Nov 12, 2026 11am - 12pm (PST)' -> 19:00-20:00Z; ICS METHOD:CANCEL "
           "with TZID America/Vancouver. Contact = organizer/sender.")
def p22() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Saltmarsh - technical interview (Owen Tremblay)
        Thursday Nov 12, 2026 ⋅ 11am – 12pm (Pacific Time - Vancouver)

        Sorry Owen - we've had to pause this hire; our seed extension slipped into January. I'll
        reach out the moment it reopens, you were at the top of our list. - Jonah

        Organizer
        Jonah Whitford
        jonah@saltmarsh.ai

        Guests
        Jonah Whitford - organizer
        Owen Tremblay
        Camila Reyes

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    ics = TZ_VAN.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20261112T110000
DTEND;TZID=America/Vancouver:20261112T120000
DTSTAMP:20261109T163012Z
ORGANIZER;CN=Jonah Whitford:mailto:jonah@saltmarsh.ai
UID:2q8v0c1n7k3m5h9b4r6t0wz1xa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owen Tremblay;X-NUM-GUESTS=0:mailto:owen.tremblay@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camila Reyes;X-NUM-GUESTS=0:mailto:camila@saltmarsh.ai
CREATED:20261102T201544Z
DESCRIPTION:Technical interview: spatial SQL + a walk through our tidal-marsh elevation model.
LAST-MODIFIED:20261109T163011Z
LOCATION:Saltmarsh office\\, 1010 Wharf St\\, Victoria
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Saltmarsh - technical interview (Owen Tremblay)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Jonah Whitford <jonah@saltmarsh.ai>",
              "Canceled event: Saltmarsh - technical interview (Owen Tremblay) @ Thu Nov 12, 2026 11am - 12pm (PST) (owen.tremblay@example.org)",
              "2026-11-09 08:30:12", VAN, "<calendar-7a2e91c4-3f0b-4d6a-8e15-b9c0d2f4a718@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              qid="4b7Gz1m8Tqz4nV",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "Jonah Whitford <jonah@saltmarsh.ai>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment",
                                      name_param=True, cte="base64")))


@mail(n(23), family="human_prose", lang="en-CA", interview=True, kind="cancelled",
      start=utc("2026-09-17 11:00", VAN), end=None,
      contact="tessa@northshoresearch.ca", company="Kinsol Environmental",
      local="Thu 2026-09-17 11:00", zone=VAN,
      note="Agency recruiter: the client cancelled 'Thursday's 11am' (Date Mon 14 Sep -> Thu 17 Sep "
           "11:00 PDT -> 18:00Z, also in the quoted confirmation). A Monday afternoon is only "
           "floated, not confirmed -> cancelled, no new time. Company = the hiring client; "
           "contact = the recruiter.")
def p23() -> bytes:
    body = t("""
        Hi Owen,

        Annoying news, sorry - Kinsol have had to cancel Thursday's 11am. Raj's been pulled onto
        an emergency spill response up island and won't be back in the office this week.

        They asked whether Monday afternoon might work instead, but nothing is locked in - I'm
        waiting on Raj to confirm a time, so please don't block anything yet. I'll come back to
        you as soon as I hear.

        Still very much in play, for what it's worth. They liked your application.

        Tessa

        Tessa Morrow
        Principal Recruiter, Northshore Search Group
        North Vancouver, BC | 604-555-0181

        On Wed, Sep 9, 2026 at 2:16 PM Tessa Morrow <tessa@northshoresearch.ca> wrote:
        > Hi Owen, you're confirmed with Kinsol Environmental for Thursday Sept 17 at 11:00 am
        > at their office in Duncan (2nd floor, 160 Station St). You'll meet Raj Dhaliwal,
        > their Senior Biologist. Good luck!
        """)
    hs = head("Tessa Morrow <tessa@northshoresearch.ca>", "Re: Kinsol Environmental - interview",
              "2026-09-14 15:30:44", VAN, "<CAJ8vRt0c=Pq5Zx1-nMw3e7hLk2sY9dFa4bGu@mail.gmail.com>",
              relay="from mail-ot1-f43.google.com (mail-ot1-f43.google.com [209.85.210.43])",
              qid="4ZCn7p2VdRz5kE",
              extra=(("In-Reply-To", "<CAJ8vRt2Lm8w=kinsol-confirm@mail.gmail.com>"),
                     ("References", "<CAJ8vRt2Lm8w=kinsol-confirm@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@mail(n(24), family="job_centre", lang="en-CA", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Employment-services centre appointment with a case manager at a fixed time (Tuesday, "
           "September 22, 9:30 AM): an appointment for a job seeker, not a job interview.")
def n24() -> bytes:
    body = t("""
        Hello Owen,

        This is a confirmation of your appointment at CoastWork Employment Services.

          Appointment: Employment plan review
          With: Darlene Fox, Case Manager
          Date: Tuesday, September 22, 2026
          Time: 9:30 AM
          Location: 1250 Quadra Street, 2nd floor, Victoria

        Please bring:
          - your updated resume
          - your job search log (applications and interviews since your intake)
          - any training quotes you would like us to consider (e.g. the FME certification)

        If you cannot attend, please call 250-555-0107 at least 24 hours in advance. Missed
        appointments may delay your funding decisions.

        CoastWork Employment Services
        Funded in part by the Government of Canada and the Province of British Columbia

        Please do not reply to this message - this mailbox is not monitored.
        """)
    hs = head("CoastWork Employment Services <no-reply@coastwork-services.ca>",
              "Appointment confirmation - Tuesday, September 22 at 9:30 AM", "2026-09-15 13:02:11", VAN,
              "<20260915200211.4471.appt@coastwork-services.ca>",
              relay="from smtp.coastwork-services.ca (smtp.coastwork-services.ca [199.60.4.18])",
              qid="4ZDL2k6Tpmz9aB")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(25), family="press_interview", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="A local reporter confirming a fixed time to interview Owen for a story about community "
           "eelgrass mapping ('Thursday at 2 pm'): a press interview, not a job interview.")
def n25() -> bytes:
    body = t("""
        Hi Owen,

        Thanks so much for agreeing to chat! Confirming our interview for Thursday (Oct 1) at
        2 pm - I'll call your cell. It should take 20 minutes or so. We're running the piece on
        the Saanich Inlet eelgrass volunteers in the Oct 8 issue, and our photographer, Nico,
        would love to come out on your next survey day if that's allowed.

        Questions I'll likely ask:
        - how the volunteer mapping started and how many people are involved
        - what the maps have shown so far (good news and bad)
        - what readers can do

        Talk soon,
        Carly Beaudoin
        Reporter, Island Tideline Weekly
        250-555-0135
        """)
    hs = head("Carly Beaudoin <carly@tidelineweekly.ca>", "Interview for eelgrass story - Thursday",
              "2026-09-28 11:48:02", VAN, "<7c1f0e22-5a93-4b7d-8e2c-31a0f6d9b4e1@tidelineweekly.ca>",
              relay="from mail.tidelineweekly.ca (mail.tidelineweekly.ca [64.114.32.9])",
              qid="4ZGb0t4Rwqz1yD")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en-CA", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Google Calendar invitation (with ICS) for a podcast recording where Owen is the guest "
           "being interviewed, Tue Oct 27 4-5pm: a fixed time, but not a job interview.")
def n26() -> bytes:
    body = t("""
        You have been invited to the following event.

        Mapping the Tides - ep. 48 recording (guest interview: Owen Tremblay)
        Tuesday Oct 27, 2026 ⋅ 4pm – 5pm (Pacific Time - Vancouver)
        Joining info: https://riverside.fm/studio/mapping-the-tides

        Hey Owen! Looking forward to it. We'll chat about citizen-science mapping, open data and
        your path into marine GIS. Wear headphones, and we record locally so please keep the
        Riverside tab open for 10 min after we stop so the upload finishes. - Kai

        Organizer: kai@mappingthetides.fm

        Invitation from Google Calendar
        """)
    ics = TZ_VAN.join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20261027T160000
DTEND;TZID=America/Vancouver:20261027T170000
DTSTAMP:20261020T182144Z
ORGANIZER;CN=Kai Lindqvist:mailto:kai@mappingthetides.fm
UID:7h3n1q0w9e2r8t4y6u5i3o1p2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.tremblay@example.org:mailto:owen.tremblay@example.org
SUMMARY:Mapping the Tides - ep. 48 recording (guest interview: Owen Tremblay)
LOCATION:https://riverside.fm/studio/mapping-the-tides
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""])
    hs = head("Kai Lindqvist <kai@mappingthetides.fm>",
              "Invitation: Mapping the Tides - ep. 48 recording (guest interview: Owen Tremblay) @ Tue Oct 27, 2026 4pm - 5pm (PDT) (owen.tremblay@example.org)",
              "2026-10-20 11:21:44", VAN, "<calendar-b91d0e3a-6c2f-4a57-9d84-0e1f7a3c5b26@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              qid="4ZtQ8w2Hbkz3rF",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics)))


@mail(n(27), family="admission_interview", lang="en-CA", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Graduate-admissions interview (MSc in Marine Spatial Planning) at the same university "
           "Owen applied to for a job, fixed time with ICS: a school admission interview, not a "
           "job interview.")
def n27() -> bytes:
    body = t("""
        Dear Owen,

        Thank you for your application to the part-time MSc in Marine Spatial Planning
        (Fall 2027 intake). The Graduate Admissions Committee would like to meet you.

        Admissions interview
        Monday, December 7, 2026, 9:00 - 9:30 AM (Pacific Time)
        Zoom: https://pacificrim-u.zoom.us/j/97120048816

        The interview is a conversation about your research interests, your professional
        experience and your proposed supervisor (Dr. Rasmussen has agreed to take part). There
        is nothing to prepare.

        A calendar invitation is attached.

        Graduate Admissions
        School of Environment and Geography, Pacific Rim University
        gradadmissions@pacificrim-u.ca
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Pacific Rim University//Slate//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:slate-intv-5c7a1e90@pacificrim-u.ca
DTSTAMP:20261130T190000Z
DTSTART:{z("2026-12-07 09:00", VAN)}
DTEND:{z("2026-12-07 09:30", VAN)}
SUMMARY:MSc Marine Spatial Planning - admissions interview (Owen Tremblay)
LOCATION:https://pacificrim-u.zoom.us/j/97120048816
ORGANIZER;CN=Graduate Admissions:mailto:gradadmissions@pacificrim-u.ca
ATTENDEE;CN=Owen Tremblay;RSVP=TRUE:mailto:owen.tremblay@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Graduate Admissions - Pacific Rim University <gradadmissions@pacificrim-u.ca>",
              "Admissions interview - MSc Marine Spatial Planning", "2026-11-30 11:00:00", VAN,
              "<slate.20261130190000.9e2d@pacificrim-u.ca>",
              relay="from mx-out.technolutions.net (mx-out.technolutions.net [192.81.150.21])",
              qid="4bLk9q0CwTz2vR")
    return message(hs, mixed(text(body), calendar(ics, filename="interview.ics",
                                                  disposition="attachment")))


@mail(n(28), family="sports_tryout", lang="en-CA", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Dragon-boat club confirming Owen's spot at competitive crew try-outs, Saturday Sep 26 "
           "8:00 am: a sports try-out, not a job interview.")
def n28() -> bytes:
    body = t("""
        Hi paddlers!

        You're confirmed for COMPETITIVE CREW TRY-OUTS:

        Saturday, September 26 - 8:00 am sharp (on the water by 8:20)
        Gorge Park dock, 1070 Tillicum Rd

        What to expect: 2 x 500 m time pieces, a 1 km piece and a short chat with the coaches
        about commitment (3 practices a week Nov-Aug). Bring your own paddle if you have one,
        water, and layers - it will be cold at that hour.

        Selections will be emailed by Wednesday.

        See you on the water,
        Coach Mei & Coach Andre
        Gorge Waterway Dragon Boat Club
        """)
    hs = head("Gorge Waterway Dragon Boat Club <coaches@gorgedragonboat.ca>",
              "Try-outs confirmed - Sat Sept 26, 8 am", "2026-09-19 21:05:33", VAN,
              "<b7b1f64e2a@gorgedragonboat.ca>",
              relay="from mail135-9.atl141.mcsv.net (mail135-9.atl141.mcsv.net [198.2.135.9])",
              qid="4ZFb3s8Mczz0qA",
              extra=(("List-Unsubscribe", "<https://gorgedragonboat.us5.list-manage.com/unsubscribe?u=1f2e&id=9c0b>"),
                     ("Precedence", "bulk")))
    return message(hs, text(body))


@mail(n(29), family="car_service", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Dealership service appointment (winter tires, oil change) with an ICS at a fixed time, "
           "Thursday November 19, 7:30 AM: not an interview.")
def n29() -> bytes:
    body = t("""
        Hi Owen,

        Your service appointment is confirmed.

        Vehicle: 2019 Mazda CX-5 (BC plate on file)
        Date: Thursday, November 19, 2026
        Drop-off: 7:30 AM
        Services: Winter tire changeover (stored set), oil & filter change, multipoint inspection
        Advisor: Curtis Lam

        Shuttle service is available within 10 km - let us know at drop-off. Estimated
        completion: 12:00 PM.

        Tillicum Auto Service
        3140 Tillicum Rd, Victoria BC | 250-555-0152
        """)
    ics = TZ_VAN.join(["""BEGIN:VCALENDAR
PRODID:-//Xtime//Service Scheduler//EN
VERSION:2.0
METHOD:PUBLISH
""", """
BEGIN:VEVENT
UID:xt-appt-4471920@tillicumauto.ca
DTSTAMP:20261113T183000Z
DTSTART;TZID=America/Vancouver:20261119T073000
DTEND;TZID=America/Vancouver:20261119T080000
SUMMARY:Service appointment - Tillicum Auto Service
LOCATION:3140 Tillicum Rd\\, Victoria BC
END:VEVENT
END:VCALENDAR"""])
    hs = head("Tillicum Auto Service <service@tillicumauto.ca>",
              "Your service appointment is confirmed - Thu Nov 19, 7:30 AM", "2026-11-13 10:30:00", VAN,
              "<xt.4471920.20261113@mail.xtime.com>",
              relay="from mail.xtime.com (mail.xtime.com [12.130.136.44])", qid="4b6Rf0m2Ltz7wN")
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(ics, method="PUBLISH", filename="appointment.ics",
                                      disposition="attachment")))


@mail(n(30), family="mock_interview", lang="en-CA", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Calendly confirmation of a paid mock-interview session with a career coach, Wed Oct 7 "
           "6:00-7:00pm Pacific, ICS attached: same layout as a real Calendly interview booking, "
           "but a coaching session, not a job interview.")
def n30() -> bytes:
    body = t("""
        Hi Owen Tremblay,

        Your Mock Interview (60 min) with Leah Fontaine at 6:00pm (Pacific Time - US & Canada)
        on Wednesday, October 7, 2026 is scheduled.

        Event Type:
        Mock Interview (60 min) - behavioural + STAR practice

        Event Date/Time:
        6:00pm - 7:00pm (Pacific Time - US & Canada) on Wednesday, October 7, 2026

        Location:
        Zoom - https://us06web.zoom.us/j/82011476235

        Questions:
        What role are you preparing for?
        A BC Public Service panel interview (GIS Analyst) - behavioural questions.

        Payment: $120.00 CAD paid (Stripe)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/c41e8d07-2b9a-4f13-9a60-7d2e5b1c0f88
        Reschedule: https://calendly.com/reschedulings/c41e8d07-2b9a-4f13-9a60-7d2e5b1c0f88

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261002T191503Z
UID:c41e8d07-2b9a-4f13-9a60-7d2e5b1c0f88@calendly.com
DTSTART:{z("2026-10-07 18:00", VAN)}
DTEND:{z("2026-10-07 19:00", VAN)}
SUMMARY:Owen Tremblay and Leah Fontaine
DESCRIPTION:Event Name: Mock Interview (60 min) - behavioural + STAR practice
LOCATION:https://us06web.zoom.us/j/82011476235
ORGANIZER;CN=Leah Fontaine:mailto:leah@fontainecareercoaching.ca
ATTENDEE;CN=Owen Tremblay;PARTSTAT=ACCEPTED:mailto:owen.tremblay@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Mock Interview (60 min) with Leah Fontaine on Wednesday, October 7, 2026",
              "2026-10-02 12:15:03", VAN, "<20261002191503.1.a0c7e35d91b2f84e@calendly.com>",
              relay="from mail-188.calendly.com (mail-188.calendly.com [149.72.133.188])",
              qid="4ZHs1d7Wkgz2pT",
              extra=(("Reply-To", "Leah Fontaine <leah@fontainecareercoaching.ca>"),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics",
                                                  disposition="attachment")))


@mail(n(31), family="proposed_times", lang="en-CA", interview=False, company="Ridgeline Geomatics",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
      note="Hiring manager proposing a first chat ('Would Tuesday at 10 work? ... Wednesday after "
           "1') and asking Owen to pick: nothing is confirmed yet.")
def n31() -> bytes:
    body = t("""
        Hi Owen,

        Thanks for applying for the GIS analyst role - your kelp canopy project is right up our
        alley. I'd like to set up a first chat, 30 min or so, by phone or Teams.

        Would Tuesday at 10 work? If not, Wednesday after 1 is wide open for me. Or suggest a
        time that suits you - next week is pretty flexible (except Friday, I'm in the field).

        Cheers,
        Nils Andersen
        Operations Manager | Ridgeline Geomatics Ltd.
        Nanaimo, BC | 250-555-0174
        """)
    hs = head("Nils Andersen <nils@ridgelinegeomatics.ca>", "GIS Analyst application - quick chat?",
              "2026-10-29 16:22:09", VAN, "<0f1e2d3c4b5a69788796a5b4c3d2e1f0@ridgelinegeomatics.ca>",
              relay="from mail.ridgelinegeomatics.ca (mail.ridgelinegeomatics.ca [154.20.77.41])",
              qid="4ZzA6n3Pcrz8hL")
    return message(hs, text(body, cte="8bit"))


@mail(n(32), family="forwarded_other", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Owen's partner forwards HER OWN confirmed nursing interview (Thu Nov 26 8:30 AM) for "
           "information, to sort out the car and school drop-off: a real confirmation, but not "
           "Owen's interview.")
def n32() -> bytes:
    body = t("""
        FYI! I'll need the car Thursday morning - can you do school drop-off? I'll take the bus
        home.

        x Sam

        ---------- Forwarded message ---------
        From: Island Coast Health Talent Acquisition <no-reply@islandcoasthealth.ca>
        Date: Thu, Nov 19, 2026 at 3:05 PM
        Subject: Interview confirmation - Registered Nurse, Emergency (Royal Jubilee site)
        To: <sam.okafor@example.net>

        Dear Sam Okafor,

        This confirms your interview for Registered Nurse, Emergency (Posting 26-08812).

        Date: Thursday, November 26, 2026
        Time: 8:30 AM - 9:30 AM
        Location: Royal Jubilee site, D&T Building, Room 1204

        Please bring your BCCNM registration number.

        Island Coast Health - Talent Acquisition
        """)
    hs = head("Sam Okafor <sam.okafor@example.net>",
              "Fwd: Interview confirmation - Registered Nurse, Emergency (Royal Jubilee site)",
              "2026-11-19 18:44:51", VAN, "<CAHp3xN0b7Ld=sam-fwd-Kq2@mail.gmail.com>",
              relay="from mail-lj1-f170.google.com (mail-lj1-f170.google.com [209.85.208.170])",
              qid="4b9Cw5r1Hmz3tS")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="interviewer_invite", lang="en-CA", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Outlook meeting request from Owen's manager at his current contract asking him to sit "
           "on a panel interviewing a co-op candidate (Wed Nov 25 10:00): Owen is the interviewer, "
           "not the candidate.")
def n33() -> bytes:
    body = t("""
        Hi Owen,

        Could you join me on the panel for our GIS Technician co-op candidate? I've sent this to
        your personal address since your contractor account is still locked out. Candidate:
        Aisha Rahman (UVic Geography, 3rd year). Her resume and our question sheet are on the
        Teams channel. You take the technical questions (digitizing, projections, a QGIS
        question of your choice).

        Thanks!
        Grace

        Grace Liu | Principal, Harbour Ecology Consultants
        """)
    ics = TZ_PACIFIC_WIN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Grace Liu:mailto:grace.liu@harbourecology.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:owen.tremblay@example.org
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000044EE55FF
SUMMARY;LANGUAGE=en-US:Interview panel: GIS Technician co-op - Aisha Rahman
DTSTART;TZID=Pacific Standard Time:20261125T100000
DTEND;TZID=Pacific Standard Time:20261125T104500
DTSTAMP:20261118T202500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Harbour Ecology boardroom / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Grace Liu <grace.liu@harbourecology.ca>",
              "Interview panel: GIS Technician co-op - Aisha Rahman", "2026-11-18 12:25:00", VAN,
              "<MW4PR02MB7428E1D2C3B4A5968776A5B4C3D2@MW4PR02MB7428.namprd02.prod.outlook.com>",
              relay="from NAM02-MW4-obe.outbound.protection.outlook.com (mail-mw4nam02on2071.outbound.protection.outlook.com [40.107.93.71])",
              qid="4b8Zq3x6Fnz1kJ")
    return message(hs, alt(text(body), calendar(ics)))


@mail(n(34), family="rejection", lang="en", interview=False, company="Cascadia Tidewater Analytics",
      days=(("Tue", "2026-09-15"),),
      note="Greenhouse rejection after the interview of Tue Sep 15 (same thread as the Cascadia "
           "confirmation): a past interview date, nothing scheduled.")
def n34() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for taking the time to interview with Ben and the habitat-modelling team on
        Tuesday, September 15. We enjoyed learning about your eelgrass mapping work.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches the needs of this role at this time. This was a difficult
        decision, and we encourage you to apply for future openings that fit your background.

        We wish you the best in your search.

        Dana Whitlock
        Technical Recruiter | Cascadia Tidewater Analytics
        """)
    page = "<html><body style=\"font-family:Arial;font-size:14px\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("Cascadia Tidewater Analytics <no-reply@us.greenhouse-mail.io>",
              "Your application to Cascadia Tidewater Analytics", "2026-09-29 09:41:30", SEA,
              "<0100019240aa12f3.7c1d9e0b@us.greenhouse-mail.io>",
              relay="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.34])",
              qid="4ZGm7c0Xnfz4bS",
              extra=(("Reply-To", "Dana Whitlock <dana.whitlock@cascadiatidewater.com>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(35), family="offer", lang="en-CA", interview=False, company="Bowfront Geospatial",
      days=(("Fri", "2026-10-23"), ("Mon", "2026-11-16")),
      note="Offer from the Calgary firm Owen interviewed with on Sep 29: a response deadline "
           "(Friday, October 23) and a start date (Monday, November 16), no interview.")
def n35() -> bytes:
    body = t("""
        Hi Owen,

        On behalf of everyone at Bowfront Geospatial, I'm delighted to offer you the position of
        GIS Analyst - Environmental Programs (remote, based in BC).

        The highlights:
          - Base salary: $84,000 CAD
          - Start date: Monday, November 16, 2026
          - 3 weeks' vacation, health and dental from day one, $1,500 learning budget
          - Remote from Victoria, with travel to Calgary about once a quarter

        The formal letter is in DocuSign - you should have it in a separate email. We'd love an
        answer by Friday, October 23; I'm happy to jump on a call before then if you have any
        questions about the package.

        Congratulations - Rohan and the team were really impressed.

        Kelsey Nguyen
        Talent Partner, Bowfront Geospatial
        kelsey.nguyen@bowfrontgeo.com | 403-555-0114
        """)
    hs = head("Kelsey Nguyen <kelsey.nguyen@bowfrontgeo.com>", "Offer - GIS Analyst, Environmental Programs",
              "2026-10-16 15:05:48", YYC,
              "<DM6PR07MB5920A4B3C2D1E0F9A8B7C6D5E4F3@DM6PR07MB5920.namprd07.prod.outlook.com>",
              relay="from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2113.outbound.protection.outlook.com [40.107.93.113])",
              qid="4ZRw4d1Gxtz6cM")
    return message(hs, text(body))


@mail(n(36), family="application_receipt", lang="fr-CA", interview=False,
      company="Agence canadienne de cartographie des océans",
      note="Accusé de réception in Canadian French from the Ottawa federal agency: the application "
           "is received and screening will follow; mentions 'entrevue' only as a possible future "
           "step, no date.")
def n36() -> bytes:
    body = t("""
        Bonjour Owen Tremblay,

        Nous accusons réception de votre candidature au processus 26-ACCO-EA-0412, Analyste SIG
        marin (EC-05).

        Toutes les candidatures seront évaluées en fonction des critères de mérite essentiels.
        Les personnes retenues pourraient être invitées à un examen écrit, puis à une entrevue;
        nous communiquerons avec elles par courriel. Veuillez vérifier régulièrement votre
        boîte de réception, y compris le dossier des courriels indésirables.

        Nous vous remercions de l'intérêt que vous portez à l'Agence.

        Ressources humaines - Dotation
        Agence canadienne de cartographie des océans

        Ceci est un message automatique; veuillez ne pas y répondre.
        This is an automated message; please do not reply. (English version available on your
        candidate account.)
        """)
    page = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{para.replace(chr(10), ' ')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("ACCO-OMAC Dotation <ne-pas-repondre-no-reply@acco-omac.ca>",
              "Accusé de réception - Analyste SIG marin (EC-05) - 26-ACCO-EA-0412",
              "2026-09-04 10:12:00", TOR, "<acco.rec.26-0412.88417@acco-omac.ca>",
              relay="from smtp-out.acco-omac.ca (smtp-out.acco-omac.ca [205.193.4.12])",
              qid="4Z9c1v5Rkdz2nP",
              extra=(("Auto-Submitted", "auto-generated"), ("Content-Language", "fr-CA")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(37), family="job_alert", lang="en-CA", interview=False, company=None,
      note="Job-board alert with 'Interview within 48 hours' and 'Easy Apply' badges: no interview.")
def n37() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f3f2ef">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td><h2 style="color:#0a66c2">7 new jobs for "GIS analyst" in Victoria, BC</h2></td></tr>
        <tr><td><b>Marine GIS Technician</b> - Salish Harbour Authority - Sidney, BC<br>
        <span style="color:#057642">Interview within 48 hours</span> &middot; Easy Apply</td></tr>
        <tr><td><b>Geospatial Analyst II</b> - Island Coast Health - Victoria, BC (Hybrid)<br>
        Actively recruiting &middot; 23 applicants</td></tr>
        <tr><td><b>Remote Sensing Specialist (Ocean Colour)</b> - Seaglass Robotics - Remote (Canada)<br>
        <span style="color:#057642">Interviewing now</span></td></tr>
        <tr><td><b>GIS Coordinator</b> - District of Oak Bay - Victoria, BC<br>$78K - $91K &middot; Posted 1 day ago</td></tr>
        <tr><td><b>Environmental Data Analyst</b> - Cowichan Estuary Trust - Duncan, BC<br>Easy Apply</td></tr>
        <tr><td><a href="https://jobharbour.example/jobs/alerts/8821">See all 7 jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#666">You're receiving this because you created a job alert on JobHarbour.
        <a href="https://jobharbour.example/alerts/unsubscribe?t=4f1">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    hs = head("JobHarbour Job Alerts <jobalerts-noreply@jobharbour.example>",
              '7 new jobs for "GIS analyst" in Victoria, BC', "2026-09-03 06:14:27", VAN,
              "<alert.8821.20260903131427@jobharbour.example>",
              relay="from out-12.mail.jobharbour.example (out-12.mail.jobharbour.example [198.51.100.12])",
              qid="4Z8m3r0Hxcz7kV",
              extra=(("List-Unsubscribe", "<https://jobharbour.example/alerts/unsubscribe?t=4f1>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(38), family="newsletter_tips", lang="en-CA", interview=False, company=None,
      note="Career newsletter/blog post on panel interviews ('Your interview is confirmed - now "
           "what?'), with example times in the text: content about interviews, nothing scheduled.")
def n38() -> bytes:
    body = t("""
        THE SPATIAL CAREER - issue #61

        Your interview is confirmed. Now what?

        So the email landed: "You're confirmed for Tuesday at 10:00 AM." Here's the 72-hour plan
        I give every GIS analyst I coach before a public-sector panel:

        1. Read the job profile line by line. BC Public Service panels score you against the
           competencies listed there, and nothing else.
        2. Write four STAR stories. One of them should be about a map that changed a decision.
        3. Test the tech. If it's Teams, join from the browser 10 minutes early.
        4. Prepare your 90-second "tell us about yourself". Then cut it to 60.

        Reader question of the week: "A recruiter wrote 'let's pencil in Thursday at 2'. Is that
        a confirmed interview?" Short answer: not until there's an invite or a clear "confirmed".
        Reply and ask.

        Thanks for reading,
        Mireille

        You're receiving this because you subscribed at thespatialcareer.example.
        Unsubscribe: https://thespatialcareer.example/unsubscribe
        """)
    hs = head("Mireille at The Spatial Career <mireille@thespatialcareer.example>",
              "Your interview is confirmed. Now what?", "2026-10-06 07:00:00", VAN,
              "<20261006140000.61.spatialcareer@mg.thespatialcareer.example>",
              relay="from m228-12.mailgun.net (m228-12.mailgun.net [159.135.228.12])",
              qid="4ZJq0b2Wmrz5sC",
              extra=(("List-Id", "The Spatial Career <newsletter.thespatialcareer.example>"),
                     ("List-Unsubscribe", "<https://thespatialcareer.example/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="availability_request", lang="en", interview=False, company="Rainier Geo",
      days=(("Mon", "2026-11-09"),),
      note="GoodTime availability request ('select the times that work for you the week of "
           "November 9'): a pick-a-slot link, no fixed time yet. Precedes the Rainier Geo "
           "itinerary in the same inbox.")
def n39() -> bytes:
    body = t("""
        Hi Owen,

        Great news - the Rainier Geo team would like to invite you to a virtual onsite for the
        Coastal GIS Analyst role! It will be about 2.5 hours with three conversations.

        Please share your availability for the week of Monday, November 9 using the link below.
        We'll do our best to find a block that works for everyone and send you a confirmed
        itinerary.

        Share your availability: https://app.goodtime.io/availability/r/6Xq2Lm9Pw

        Best,
        Brooke Hanlon
        Recruiting Coordinator, Rainier Geo
        """)
    hs = head("Rainier Geo Recruiting <scheduling@goodtime.io>",
              "Action needed: Share your availability - Rainier Geo", "2026-10-29 14:02:18", SEA,
              "<gt.msg.20261029210218.8d0e1b@goodtime.io>",
              relay="from o22.email.goodtime.io (o22.email.goodtime.io [168.245.62.22])",
              qid="4ZzD2c8Jpwz0mT",
              extra=(("Reply-To", "Brooke Hanlon <brooke.hanlon@rainiergeo.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="recruiter_outreach", lang="en-CA", interview=False,
      company="Harbourline Talent Partners",
      note="Agency recruiter's first outreach asking for a call 'sometime this week': no fixed time.")
def n40() -> bytes:
    body = t("""
        Hi Owen,

        I came across your profile and your eelgrass mapping work - really impressive stuff. I'm
        working with a couple of environmental consultancies in the Lower Mainland and on the
        Island who are hiring GIS people right now, one of them quite urgently.

        Are you open to a quick call sometime this week? 15 minutes is plenty. Let me know what
        works and I'll call you.

        Cheers,
        Jas

        Jas Gill | Senior Consultant, Environment & Natural Resources
        Harbourline Talent Partners | 604-555-0166
        """)
    hs = head("Jas Gill <jas.gill@harbourlinetalent.ca>", "GIS roles - Victoria / Vancouver",
              "2026-09-02 09:37:40", VAN,
              "<SJ0PR11MB56781F2E3D4C5B6A79880A1B2C3D@SJ0PR11MB5678.namprd11.prod.outlook.com>",
              relay="from NAM11-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam11on2092.outbound.protection.outlook.com [40.107.236.92])",
              qid="4Z7x0m2Dqbz4vR")
    return message(hs, text(body, charset="windows-1252"))


@mail(n(41), family="medical_appointment", lang="en-CA", interview=False, company=None,
      days=(("Mon", "2026-10-26"),),
      note="Optometrist's appointment reminder, Monday October 26 at 3:40 PM: fixed time, not an "
           "interview.")
def n41() -> bytes:
    body = t("""
        Hi Owen,

        This is a reminder of your upcoming appointment:

        Comprehensive eye exam with Dr. Sunita Rao
        Monday, October 26, 2026 at 3:40 PM

        Fort Street Optometry
        1022 Fort St, Victoria BC

        Please arrive 10 minutes early and bring your current glasses. If your eyes will be
        dilated, plan not to drive for a few hours afterwards.

        To confirm, reply C. To cancel or reschedule, call 250-555-0119 (48 hours' notice please).
        """)
    hs = head("Fort Street Optometry <reminders@fortstreetoptometry.ca>",
              "Appointment reminder - Mon Oct 26 at 3:40 PM", "2026-10-23 08:00:05", VAN,
              "<rem.771204.20261023@fortstreetoptometry.ca>",
              relay="from smtp.fortstreetoptometry.ca (smtp.fortstreetoptometry.ca [142.104.9.33])",
              qid="4ZvK3d0Tqnz8yB")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(42), family="parent_teacher", lang="en-CA", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Parent-teacher 'interview' booking confirmation (Canadian schools call them "
           "interviews), Thursday November 19, 4:10-4:20 PM: not a job interview.")
def n42() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Dear Owen Tremblay,</p>
        <p>Your <b>Parent-Teacher Interview</b> booking is confirmed.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><th>Student</th><th>Teacher</th><th>Date</th><th>Time</th><th>Room</th></tr>
        <tr><td>Nora Tremblay (Gr. 3)</td><td>Mr. Dubois</td><td>Thursday, November 19, 2026</td><td>4:10 PM - 4:20 PM</td><td>Room 12</td></tr>
        </table>
        <p>Interviews are 10 minutes. Please arrive a few minutes early; if you are running late,
        your interview may need to be shortened to keep the schedule on time for other families.</p>
        <p>To change your booking, log in to SchoolBook before Tuesday, November 17.</p>
        <p>Quadra Heights Elementary School</p>
        </body></html>
        """)
    hs = head("Quadra Heights Elementary <noreply@schoolbook.example>",
              "Parent-Teacher Interview booking confirmed", "2026-11-10 19:31:10", VAN,
              "<sb.booking.33918.20261111033110@schoolbook.example>",
              relay="from mail.schoolbook.example (mail.schoolbook.example [203.0.113.44])",
              qid="4b3Mn8v2Xkz6pQ")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(43), family="non_interview_calendar", lang="en-CA", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Recurring Monday stand-up at Owen's current contract (Outlook request, RRULE weekly "
           "from Mon Sep 14 9:00): a work meeting, not an interview.")
def n43() -> bytes:
    body = t("""
        Weekly 15-min stand-up for the Saanich Inlet monitoring project for the rest of the
        season: what got done, what's next, what's blocking. Field crew call in from the boat
        if there's signal.

        Grace
        """)
    ics = TZ_PACIFIC_WIN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Grace Liu:mailto:grace.liu@harbourecology.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:owen.tremblay@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Field Crew:mailto:fieldcrew@harbourecology.ca
RRULE:FREQ=WEEKLY;UNTIL=20261214T170000Z;INTERVAL=1;BYDAY=MO;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC0100000000000000001000000088CC99DD
SUMMARY;LANGUAGE=en-US:Saanich Inlet monitoring - weekly stand-up
DTSTART;TZID=Pacific Standard Time:20260914T090000
DTEND;TZID=Pacific Standard Time:20260914T091500
DTSTAMP:20260904T223000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""])
    hs = head("Grace Liu <grace.liu@harbourecology.ca>", "Saanich Inlet monitoring - weekly stand-up",
              "2026-09-04 15:30:00", VAN,
              "<MW4PR02MB74283A4B5C6D7E8F90A1B2C3D4E5@MW4PR02MB7428.namprd02.prod.outlook.com>",
              relay="from NAM02-MW4-obe.outbound.protection.outlook.com (mail-mw4nam02on2071.outbound.protection.outlook.com [40.107.93.71])",
              qid="4Z9k6p1Wrsz3cH")
    return message(hs, alt(text(body), calendar(ics)))


@mail(n(44), family="meetup", lang="en-CA", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Meetup RSVP for a local GIS user group evening with a 'How I got hired' interview "
           "panel, Wed Nov 18 6:30 PM: a community event, not a job interview.")
def n44() -> bytes:
    body = t("""
        You're going!

        GeoVictoria - November meetup: lightning talks + "How I got hired" panel
        Wednesday, November 18, 2026
        6:30 PM to 8:30 PM PST

        Fernwood Community Centre, 1240 Gladstone Ave, Victoria

        Panel: three hiring managers (provincial government, a consultancy and an ocean-tech
        start-up) on what they look for in GIS interviews - bring your questions. Pizza from
        6:15.

        Add to calendar: https://meetup.example/geovictoria/events/302281/ical

        Meetup
        """)
    hs = head("Meetup <info@meetup.example>",
              'You\'re going to "GeoVictoria - November meetup"', "2026-11-09 20:14:00", VAN,
              "<meetup.rsvp.302281.9918@email.meetup.example>",
              relay="from o1.email.meetup.example (o1.email.meetup.example [198.51.100.81])",
              qid="4b7Kx4w0Pnz1dR",
              extra=(("List-Unsubscribe", "<https://meetup.example/unsubscribe/e/302281>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(45), family="auto_reply", lang="en-CA", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Out-of-office auto-reply from the Tideline recruiter to Owen's thank-you note, with "
           "the interview day in the quoted subject: no interview set.")
def n45() -> bytes:
    body = t("""
        Hi,

        Thanks for your message. I'm out of the office for the Thanksgiving long weekend and
        will be back on Tuesday, October 13. I'll reply as soon as I can.

        For anything urgent, please contact our People team.

        Priyanka Bose
        Talent Acquisition Partner, Tideline Data
        """)
    hs = head("Priyanka Bose <priyanka.bose@tidelinedata.ca>",
              "Automatic reply: Thank you - interview Thursday", "2026-10-09 16:02:31", TOR,
              "<YT3PR01MB9120E0A1B2C3D4E5F6A7B8C9D0E1@YT3PR01MB9120.CANPRD01.PROD.OUTLOOK.COM>",
              relay="from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2104.outbound.protection.outlook.com [40.107.115.104])",
              qid="4ZKw1q5Jcmz9tF",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAO7q2Lp8tide-thanks-owen@mail.gmail.com>")))
    return message(hs, text(body))


@mail(n(46), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Delivery-status bounce for Owen's own note to a mistyped Kelpwise address; the "
           "returned message mentions 'our interview on Wednesday at 1:30', but this is a bounce.")
def n46() -> bytes:
    notice = t("""
        This is the mail system at host mail-sor-f41.google.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <meera@kelpwise.co>: host mx.kelpwise.co[192.0.2.55] said: 550 5.1.1
            <meera@kelpwise.co>: Recipient address rejected: User unknown in virtual
            mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail-sor-f41.google.com
        Arrival-Date: Sun, 20 Sep 2026 10:02:11 -0700 (PDT)

        Final-Recipient: rfc822; meera@kelpwise.co
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.kelpwise.co
        Diagnostic-Code: smtp; 550 5.1.1 <meera@kelpwise.co>: Recipient address rejected:
            User unknown in virtual mailbox table
        """)
    original = message([
        ("From", OWEN),
        ("To", "Meera Sandhu <meera@kelpwise.co>"),
        ("Subject", "Looking forward to Wednesday"),
        ("Date", date("2026-09-20 10:02:09", VAN)),
        ("Message-ID", "<CAO7q2Lq1kelp-owen-Wd3@mail.gmail.com>"),
    ], text(t("""
        Hi Meera,

        Just a quick note to say thanks for the confirmation - looking forward to our interview
        on Wednesday at 1:30. Is there anything you'd like me to prepare?

        Owen
        """), charset="UTF-8", cte="7bit"))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mail-sor-f41.google.com>",
              "Undelivered Mail Returned to Sender", "2026-09-20 10:02:14", VAN,
              "<20260920170214.3A1F2C0042@mail-sor-f41.google.com>",
              relay="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              qid="4ZDx7b3Qmgz2hK",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(47), family="mailing_list", lang="en-CA", interview=False, company=None,
      days=(("Tue", "2026-11-24"), ("Thu", "2026-11-26")),
      note="Mailing-list post (Mailman footer) relaying a job posting that says interviews 'will "
           "be held Nov 24-26': a posting to a list, nothing scheduled for Owen.")
def n47() -> bytes:
    body = t("""
        Hi all - passing this along for a colleague. Closes Nov 13.

        Seasonal GIS Technician (term, Jan-Sep 2027), Regional Parks - Marine Program
        - data collection on intertidal surveys, field tablet setup, ArcGIS Online dashboards
        - 2+ years GIS experience, small-boat experience an asset
        - Interviews will be held Nov 24-26 (Tuesday to Thursday) in Victoria or by video.

        Apply through the regional district careers page, posting RD-2026-311.

        Cheers,
        Ines

        --
        Ines Halvorsen | GIS Lead, Regional Parks
        _______________________________________________
        bc-marine-gis mailing list
        bc-marine-gis@lists.marinegis-bc.example
        https://lists.marinegis-bc.example/mailman/listinfo/bc-marine-gis
        """)
    hs = head("Ines Halvorsen via bc-marine-gis <bc-marine-gis@lists.marinegis-bc.example>",
              "[bc-marine-gis] Job: Seasonal GIS Technician - Regional Parks (Victoria)",
              "2026-11-02 13:51:27", VAN, "<e41a0d7c-2f8b-4c19-b6d3-9a05e7f1c2a8@crd.example>",
              to="bc-marine-gis@lists.marinegis-bc.example",
              relay="from lists.marinegis-bc.example (lists.marinegis-bc.example [198.51.100.203])",
              qid="4bZp2s6Lqcz8fN",
              extra=(("Reply-To", "Ines Halvorsen <ines.halvorsen@crd.example>"),
                     ("List-Id", "BC marine GIS community <bc-marine-gis.lists.marinegis-bc.example>"),
                     ("List-Post", "<mailto:bc-marine-gis@lists.marinegis-bc.example>"),
                     ("List-Unsubscribe", "<https://lists.marinegis-bc.example/mailman/options/bc-marine-gis>"),
                     ("Precedence", "list"),
                     ("X-BeenThere", "bc-marine-gis@lists.marinegis-bc.example")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(48), family="bank_appointment", lang="en-CA", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Credit-union appointment with a financial advisor (RRSP and line of credit while "
           "between jobs), booked through a Bookings-style page with an ICS, Tue Dec 8 11:00: a "
           "fixed-time meeting, not an interview.")
def n48() -> bytes:
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Owen Tremblay,</p>
        <p>Thank you for booking with Juan de Fuca Credit Union - Advice Appointments.</p>
        <table cellpadding="6">
        <tr><td style="color:#605e5c">Service</td><td>Financial planning conversation (60 min)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, December 8, 2026 11:00 AM - 12:00 PM (UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Marcus Oyelaran, Financial Advisor</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Langford branch, 2945 Jacklin Rd</td></tr>
        <tr><td style="color:#605e5c">Notes</td><td>RRSP options while between jobs; line of credit review</td></tr>
        </table>
        <p style="font-size:12px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </body></html>
        """)
    ics = TZ_PACIFIC_WIN.join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Juan de Fuca Credit Union - Advice Appointments:mailto:AdviceAppointments@jdfcu.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Tremblay:mailto:owen.tremblay@example.org
UID:040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DC0100000000000000001000000021AB43CD
SUMMARY;LANGUAGE=en-US:Financial planning conversation (60 min)
DTSTART;TZID=Pacific Standard Time:20261208T110000
DTEND;TZID=Pacific Standard Time:20261208T120000
DTSTAMP:20261201T190000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Langford branch\\, 2945 Jacklin Rd
END:VEVENT
END:VCALENDAR"""])
    hs = head("Juan de Fuca Credit Union - Advice Appointments <AdviceAppointments@jdfcu.ca>",
              "Booking confirmed: Financial planning conversation (60 min)", "2026-12-01 11:00:00", VAN,
              "<YQXPR01MB5533A1B2C3D4E5F60718293A4B5C@YQXPR01MB5533.CANPRD01.PROD.OUTLOOK.COM>",
              relay="from CAN01-YQX-obe.outbound.protection.outlook.com (mail-yqxcan01on2090.outbound.protection.outlook.com [40.107.116.90])",
              qid="4bLq2w8Xdnz0vC")
    return message(hs, alt(html(page), calendar(ics)))


@mail(n(49), family="reference_call", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="A recruiter confirming a 15-minute reference call that Owen GIVES for a former "
           "colleague, Thursday December 10 at 11:00 AM PT: a fixed-time call with a hiring "
           "company, but about someone else's application -> negative, company null.")
def n49() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for agreeing to act as a reference for Maya Chen, who is a finalist for our
        Senior Environmental Planner position. As discussed, I'll call you on Thursday,
        December 10 at 11:00 AM PT at 250-555-0190. It should take about 15 minutes.

        I'll ask about the Esquimalt Harbour sediment project you worked on together, how Maya
        handles tight deadlines, and her work with field crews.

        Many thanks,
        Janelle Fortier
        Talent Acquisition, Oakridge Environmental
        Bellingham, WA
        """)
    hs = head("Janelle Fortier <jfortier@oakridgeenv.com>", "Reference call for Maya Chen - Thursday",
              "2026-12-07 14:18:36", SEA, "<0d9c8b7a-6f5e-4d3c-2b1a-098f7e6d5c4b@oakridgeenv.com>",
              relay="from mail.oakridgeenv.com (mail.oakridgeenv.com [198.51.100.147])",
              qid="4bQr5m1Hwtz3jX")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="post_interview", lang="en-CA", interview=False,
      company="Coastal Link Ferries Corporation",
      days=(("Wed", "2026-10-14"),),
      note="The ferry corporation's hiring manager thanking Owen after the Wed Oct 14 interview and "
           "saying decisions come by mid-November: after the interview, nothing new scheduled.")
def n50() -> bytes:
    body = t("""
        Hi Owen,

        Thank you for coming in on Wednesday, and for the thoughtful follow-up note. The panel
        really appreciated your answers on the eelgrass offsetting question.

        We have a few more candidates to see and then reference checks, so we expect to make a
        decision by mid-November. Gurpreet will be in touch either way.

        Best regards,
        Laura Nakamura
        Manager, Environmental Programs
        Coastal Link Ferries Corporation
        """)
    hs = head("Laura Nakamura <laura.nakamura@coastallinkferries.ca>",
              "RE: Thank you - Marine Environmental GIS Specialist interview", "2026-10-16 10:05:12", VAN,
              "<BN8PR14MB4021C3D2E1F0A9B8C7D6E5F4A3B2@BN8PR14MB4021.namprd14.prod.outlook.com>",
              relay="from NAM14-BN8-obe.outbound.protection.outlook.com (mail-bn8nam14on2108.outbound.protection.outlook.com [40.107.92.108])",
              qid="4ZQc8n3Vbmz5yL",
              extra=(("In-Reply-To", "<CAO7q2Lr5ferry-thanks-owen@mail.gmail.com>"),
                     ("References", "<CAO7q2Lr5ferry-thanks-owen@mail.gmail.com>")))
    return message(hs, text(body, cte="8bit"))
