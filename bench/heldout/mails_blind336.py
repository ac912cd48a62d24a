"""blind336: a blind 50-mail held-out set, the inbox of Kari Lindgren, agricultural-equipment service
planner in Fargo, North Dakota (America/Chicago), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the non-score parts
of bench/heldout/README.md, the dev corpus README, dev/labels.json, dev_002.eml, dev_009.eml and
score.py; it did not read the detector, its tests, fuzz.py, any other held-out mails or the git
history, and never ran the detector. Every mail below is written by hand, one function per mail;
keys 1-24 are positives (17 scheduled, 4 rescheduled, 3 cancelled), keys 25-50 negatives. All
companies and people are fictional. American English throughout.
"""

from __future__ import annotations

import hashlib
import random

import make
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
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind336"
ORDER = random.Random(3360336).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


CT = "America/Chicago"
MT = "America/Denver"
SK = "America/Regina"
SE = "Europe/Stockholm"
ME_ADDR = "kari.lindgren@example.org"
ME = addr("Kari Lindgren", ME_ADDR)
ME_ICS = ("ATTENDEE;CN=Kari Lindgren;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
          "mailto:kari.lindgren@example.org")

VTZ_DENVER = """BEGIN:VTIMEZONE
TZID:America/Denver
X-LIC-LOCATION:America/Denver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(f"{SET}-{seed}".encode(), usedforsecurity=False).hexdigest()[:n]


def mid(key: int, domain: str) -> str:
    return f"<{_h(f'mid{key}')}@{domain}>"


def rcv(host: str, ip: str, when: str, zone: str, key: int) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org (Postfix) with ESMTPS id {_h(f'rcv{key}', 10).upper()}", ME_ADDR)


def head(key: int, frm: str, subject: str, when: str, zone: str, domain: str, host: str, ip: str,
         *, to: str = ME, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [
        ("Received", rcv(host, ip, when, zone, key)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid(key, domain)),
        *extra,
    ]


def cal(prodid: str, method: str | None, body: str, vtz: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if vtz:
        lines.append(vtz)
    lines += [t(body).strip("\n"), "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", CT), end=utc("2026-09-15 10:45", CT),
           contact="jenna.halvorson@redriverimplement.com", company="Red River Implement Co.",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=CT,
           note="Greenhouse confirmation, 10:00-10:45 AM CDT (Fargo, before the November change); "
                "contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Kari,

        Thanks for making time to talk with us about the Service Operations Planner role. Your
        interview is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM CDT
        Zoom: https://redriverimplement.zoom.us/j/84417730215

        You'll meet with:
          Jenna Halvorson - Talent Acquisition Partner
          Doug Pfeifer - Aftermarket Service Manager

        If anything comes up, just reply to this email and it will reach Jenna.

        Best,
        Red River Implement Co. Recruiting
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Kari,</p>
        <p>Thanks for making time to talk with us about the Service Operations Planner role. Your interview is confirmed:</p>
        <table cellpadding="4"><tr><td><b>When</b></td><td>Tuesday, September 15, 2026<br>10:00 AM - 10:45 AM CDT</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://redriverimplement.zoom.us/j/84417730215">Zoom meeting</a></td></tr>
        <tr><td><b>With</b></td><td>Jenna Halvorson - Talent Acquisition Partner<br>Doug Pfeifer - Aftermarket Service Manager</td></tr></table>
        <p>If anything comes up, just reply to this email and it will reach Jenna.</p>
        <p>Best,<br>Red River Implement Co. Recruiting</p>
        <img src="https://us.greenhouse-mail.io/o/7f2c1a" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(1, addr("Red River Implement Co.", "no-reply@us.greenhouse-mail.io"),
              "Interview confirmation: Service Operations Planner at Red River Implement Co.",
              "2026-09-09 14:12", CT, "us.greenhouse-mail.io", "o1.us.greenhouse-mail.io", "167.89.12.40",
              extra=(("Reply-To", addr("Jenna Halvorson", "jenna.halvorson@redriverimplement.com")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-24 14:00", CT), end=utc("2026-09-24 15:00", CT),
           contact="marcus.olvera@prairieharvest.com", company="Prairie Harvest Equipment",
           local="Thu 2026-09-24 14:00", local_end="2026-09-24 15:00", zone=CT,
           note="Lever confirmation for a Sioux Falls role (Central time, CDT) with invite.ics TZID "
                "America/Chicago; contact = Reply-To / ORGANIZER hiring manager")
def m02() -> bytes:
    body = t("""
        Hi Kari,

        Your interview for Parts & Service Planning Lead at Prairie Harvest Equipment has been
        scheduled.

        Date: Thursday, September 24, 2026
        Time: 2:00 PM - 3:00 PM (Central Time)
        Location: Microsoft Teams (link in the calendar invite)
        Interviewers: Marcus Olvera, Regional Service Director; Kelsey Frank, Parts Manager

        A calendar invitation is attached. Reply to this message if you need to make a change.

        Prairie Harvest Equipment
        Sent via Lever
        """)
    ics = cal("-//Lever//Lever Interviews//EN", "REQUEST", f"""
        BEGIN:VEVENT
        UID:lever-{_h('ics2', 20)}@hire.lever.co
        DTSTAMP:20260918T160300Z
        DTSTART;TZID=America/Chicago:20260924T140000
        DTEND;TZID=America/Chicago:20260924T150000
        SEQUENCE:0
        SUMMARY:Interview: Kari Lindgren - Parts & Service Planning Lead
        LOCATION:Microsoft Teams
        DESCRIPTION:Interview with Marcus Olvera and Kelsey Frank.
        ORGANIZER;CN=Marcus Olvera:mailto:marcus.olvera@prairieharvest.com
        {ME_ICS}
        STATUS:CONFIRMED
        END:VEVENT
        """, VTZ["America/Chicago"])
    hs = head(2, addr("Prairie Harvest Equipment", "no-reply@hire.lever.co"),
              "Interview scheduled: Parts & Service Planning Lead", "2026-09-18 11:03", CT,
              "hire.lever.co", "mail-a12.hire.lever.co", "198.21.4.77",
              extra=(("Reply-To", addr("Marcus Olvera", "marcus.olvera@prairieharvest.com")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-07 09:30", CT), end=None,
           contact="tamara.nygaard@dakotaline.com", company="Dakota Line Machinery",
           local="Wed 2026-10-07 09:30", zone=CT,
           note="Workday HTML-only (base64) for a Bismarck role, 9:30 AM Central (CDT); 'plan for about an "
                "hour' is approximate so end null; contact = recruiter address in the body")
def m03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <tr><td style="padding:20px;background:#1b3a57;color:#fff;font-size:18px">Dakota Line Machinery</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Kari Lindgren,</p>
        <p>Thank you for your interest in the <b>Service Planner II (R-10482)</b> position in Bismarck, ND.
        We are pleased to confirm your interview.</p>
        <p><b>Date:</b> Wednesday, October 7, 2026<br>
        <b>Time:</b> 9:30 AM Central Time<br>
        <b>Format:</b> Video interview (Microsoft Teams)<br>
        <b>Interviewer:</b> Dale Brekke, Service Manager</p>
        <p>Please plan for about an hour. If you have questions, contact Tamara Nygaard at
        <a href="mailto:tamara.nygaard@dakotaline.com">tamara.nygaard@dakotaline.com</a>.</p>
        <p>You can review your application at any time in the <a href="https://wd5.myworkday.com/dakotaline/d/home.htmld">Candidate Home</a>.</p>
        <p>Sincerely,<br>Dakota Line Machinery Talent Acquisition</p>
        </td></tr></table></body></html>
        """)
    hs = head(3, addr("Dakota Line Machinery", "dakotaline@myworkday.com"),
              "Interview Confirmation - Service Planner II (R-10482)", "2026-09-29 16:20", CT,
              "myworkday.com", "mail-out3.myworkday.com", "149.96.5.118")
    return message(hs, html(page, cte="base64"))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-12 13:00", CT), end=utc("2026-10-12 13:45", CT),
           contact="priya@fieldgrid.ag", company="Fieldgrid",
           local="Mon 2026-10-12 13:00", local_end="2026-10-12 13:45", zone=CT,
           note="Ashby confirmation, remote role, 1:00-1:45 PM CDT; ICS in UTC (18:00Z); contact = Reply-To / "
                "ORGANIZER recruiter")
def m04() -> bytes:
    body = t("""
        Hi Kari,

        Your interview is confirmed. We're looking forward to talking with you!

        Monday, October 12, 2026, 1:00 PM - 1:45 PM CDT
        Google Meet

        You'll meet with:
          Sam Okafor - Head of Customer Operations

        Questions? Just reply and it will reach Priya Castellano.

        Thanks,
        Fieldgrid Recruiting
        """)
    page = ("<p>Hi Kari,</p><p>Your interview is confirmed. We&#x27;re looking forward to talking with you!</p>"
            "<p>Monday, October 12, 2026, 1:00 PM - 1:45 PM CDT<br>Google Meet</p>"
            "<p>You&#x27;ll meet with:<br>Sam Okafor - Head of Customer Operations</p>"
            "<p>Questions? Just reply and it will reach Priya Castellano.</p><p>Thanks,<br>Fieldgrid Recruiting</p>\n")
    ics = cal("-//Ashby//Ashby Scheduling//EN", "REQUEST", f"""
        BEGIN:VEVENT
        UID:{_h('ics4', 8)}-{_h('ics4b', 4)}-{_h('ics4c', 12)}
        DTSTAMP:20261006T141500Z
        DTSTART:20261012T180000Z
        DTEND:20261012T184500Z
        SEQUENCE:0
        SUMMARY:Fieldgrid - Customer Operations Planner Interview
        LOCATION:https://meet.google.com/qvx-hmtr-zab
        ORGANIZER;CN=Priya Castellano:mailto:priya@fieldgrid.ag
        {ME_ICS}
        STATUS:CONFIRMED
        END:VEVENT
        """)
    hs = head(4, addr("Fieldgrid", "no-reply@ashbyhq.com"),
              "Interview confirmed: Customer Operations Planner at Fieldgrid", "2026-10-06 09:15", CT,
              "email.amazonses.com", "a8-31.smtp-out.amazonses.com", "54.240.8.31",
              extra=(("Reply-To", addr("Priya Castellano", "priya@fieldgrid.ag")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-20 10:00", MT), end=utc("2026-10-20 11:00", MT),
           contact="wade.kimmel@rimrockequip.com", company="Rimrock Equipment Group",
           local="Tue 2026-10-20 10:00", local_end="2026-10-20 11:00", zone=MT,
           note="SmartRecruiters, Billings employer: 10:00-11:00 AM MDT (America/Denver, UTC-6) = 16:00Z, "
                "11:00 in Fargo; contact = recruiter address in the body")
def m05() -> bytes:
    body = t("""
        Hello Kari,

        Thank you for scheduling your interview with Rimrock Equipment Group for the position
        Service Planning Supervisor (Billings, MT).

        Interview details
        Tuesday, October 20, 2026
        10:00 AM - 11:00 AM (MDT, America/Denver)
        Type: Video call - Zoom (https://rimrockequip.zoom.us/j/93021488461)
        Interviewers: Wade Kimmel (Recruiter), Lacey Running Crane (Service Operations Manager)

        Need to make changes? Contact Wade Kimmel at wade.kimmel@rimrockequip.com.

        Kind regards,
        Rimrock Equipment Group Hiring Team

        Powered by SmartRecruiters
        """)
    hs = head(5, addr("Rimrock Equipment Group", "no-reply@smartrecruiters.com"),
              "Interview confirmed - Service Planning Supervisor", "2026-10-14 12:30", MT,
              "smartrecruiters.com", "mta-07.smartrecruiters.com", "185.81.28.7")
    return message(hs, text(body))


@make.mail(N(6), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-28 14:30", CT), end=utc("2026-10-28 15:30", CT),
           contact="bsorensen@lakeshorefp.com", company="Lakeshore Fluid Power",
           local="Wed 2026-10-28 14:30", local_end="2026-10-28 15:30", zone=CT,
           note="iCIMS HTML-only, US date 10/28/2026, 2:30-3:30 PM Central (still CDT), Minneapolis employer; "
                "contact = recruiter address in the body")
def m06() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Kari,</p>
        <p>Thank you for your interest in Lakeshore Fluid Power. This email confirms your interview for
        <b>Field Service Planning Specialist (Req #2026-3381)</b>.</p>
        <table border="0" cellpadding="3">
        <tr><td>Date:</td><td>10/28/2026</td></tr>
        <tr><td>Time:</td><td>2:30 PM - 3:30 PM Central</td></tr>
        <tr><td>Location:</td><td>Microsoft Teams (link to follow from the hiring manager)</td></tr>
        <tr><td>Interviewer(s):</td><td>Nate Vukelich, Aftermarket Operations Manager</td></tr>
        </table>
        <p>If you need to reschedule, please reach out to Brianna Sorensen, Talent Acquisition, at
        <a href="mailto:bsorensen@lakeshorefp.com">bsorensen@lakeshorefp.com</a>.</p>
        <p>Sincerely,<br>Lakeshore Fluid Power Talent Acquisition</p>
        <p style="font-size:10px;color:#888">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    hs = head(6, addr("Lakeshore Fluid Power", "lakeshorefluidpower@talent.icims.com"),
              "Interview Confirmation - Field Service Planning Specialist", "2026-10-22 15:45", CT,
              "talent.icims.com", "mail12.talent.icims.com", "52.1.88.12")
    return message(hs, html(page))


@make.mail(N(7), family="workable", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-29 11:00", SK), end=utc("2026-10-29 11:30", SK),
           contact="colleen.desjardins@wheatlandimplement.ca", company="Wheatland Implement Ltd.",
           local="Thu 2026-10-29 11:00", local_end="2026-10-29 11:30", zone=SK,
           note="Workable, Regina employer: 11:00-11:30 AM America/Regina (CST all year, UTC-6) = 17:00Z "
                "(noon in Fargo, still CDT); Reply-To is a Workable relay, contact = recruiter in the body")
def m07() -> bytes:
    body = t("""
        Hi Kari,

        Your interview with Wheatland Implement Ltd. for the Service Planning Coordinator position
        is confirmed.

        Date: Thu, Oct 29, 2026
        Time: 11:00 AM - 11:30 AM (America/Regina)
        Where: Microsoft Teams - the link is in the calendar invite

        Looking forward to it!

        Colleen Desjardins
        People & Culture, Wheatland Implement Ltd.
        colleen.desjardins@wheatlandimplement.ca | 306-555-0172

        --
        This email was sent via Workable on behalf of Wheatland Implement Ltd.
        """)
    hs = head(7, addr("Wheatland Implement Ltd.", "noreply@candidates.workablemail.com"),
              "Interview confirmed: Service Planning Coordinator at Wheatland Implement Ltd.",
              "2026-10-23 09:00", SK, "candidates.workablemail.com", "mail-9.workablemail.com", "34.203.9.14",
              extra=(("Reply-To", "wheatland-implement+c7f3a19e2d@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(8), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-27 15:00", SE), end=utc("2026-10-27 15:45", SE),
           contact="elin.sandberg@nordvikagri.se", company="Nordvik Agri",
           local="Tue 2026-10-27 15:00", local_end="2026-10-27 15:45", zone=SE,
           note="Teamtailor from a Swedish employer, 15:00-15:45 Stockholm; Europe left summer time on 25 Oct, "
                "so CET (UTC+1) = 14:00Z = 9:00 CDT in Fargo; mail sent in CEST; ICS TZID Europe/Stockholm")
def m08() -> bytes:
    body = t("""
        Hi Kari,

        Thanks for booking a time with us! Here are the details for your interview for
        US Service Planning Coordinator (remote):

        Tuesday 27 October 2026, 15:00 - 15:45 (Europe/Stockholm)
        Video meeting: https://meet.teamtailor.com/nordvik/7e1c-44a0

        You will meet Elin Sandberg (Talent Acquisition) and Johan Ekberg (Head of Aftermarket, Americas).

        Please note that Sweden switches to winter time on 25 October. The calendar invite shows the
        correct time in your own time zone.

        Best regards,
        Elin Sandberg
        Nordvik Agri
        """)
    ics = cal("-//Teamtailor//Teamtailor Calendar//EN", "REQUEST", f"""
        BEGIN:VEVENT
        UID:tt-{_h('ics8', 16)}@teamtailor.com
        DTSTAMP:20261021T143000Z
        DTSTART;TZID=Europe/Stockholm:20261027T150000
        DTEND;TZID=Europe/Stockholm:20261027T154500
        SUMMARY:Interview Nordvik Agri - Kari Lindgren
        LOCATION:https://meet.teamtailor.com/nordvik/7e1c-44a0
        ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@nordvikagri.se
        {ME_ICS}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, VTZ["Europe/Stockholm"])
    hs = head(8, addr("Nordvik Agri", "no-reply@teamtailor-mail.com"),
              "Interview booked: US Service Planning Coordinator (remote)", "2026-10-21 16:30", SE,
              "teamtailor-mail.com", "o7.teamtailor-mail.com", "149.72.40.7",
              extra=(("Reply-To", addr("Elin Sandberg", "elin.sandberg@nordvikagri.se")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


@make.mail(N(9), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-06 09:00", CT), end=utc("2026-11-06 09:30", CT),
           contact="shawn.becker@heartlandtechstaffing.com", company="Valley Grain Systems",
           local="Fri 2026-11-06 09:00", local_end="2026-11-06 09:30", zone=CT,
           note="Calendly invitee confirmation sent in CDT (30 Oct) for 9:00-9:30am Central on 6 Nov, after "
                "the 1 Nov change: CST (UTC-6) = 15:00Z; agency screen for the named client; contact = host")
def m09() -> bytes:
    body = t("""
        Hi Kari Lindgren,

        A new event has been scheduled.

        Event Type:
        Valley Grain Systems - Service Planner phone screen

        Invitee:
        Kari Lindgren

        Invitee Email:
        kari.lindgren@example.org

        Event Date/Time:
        09:00am - 09:30am (Central Time - US & Canada) on Friday, November 6, 2026

        Location:
        Shawn Becker will call you at +1 701-555-0148

        Host:
        Shawn Becker, Heartland Technical Staffing

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f0a2c11-7d3e-4b9a
        Reschedule: https://calendly.com/reschedulings/4f0a2c11-7d3e-4b9a

        Powered by Calendly.com
        """)
    ics = cal("-//Calendly//Calendly//EN", "REQUEST", f"""
        BEGIN:VEVENT
        UID:{_h('ics9', 32)}@calendly.com
        DTSTAMP:20261030T182200Z
        DTSTART:20261106T150000Z
        DTEND:20261106T153000Z
        SUMMARY:Valley Grain Systems - Service Planner phone screen
        ORGANIZER;CN=Shawn Becker:mailto:shawn.becker@heartlandtechstaffing.com
        {ME_ICS}
        LOCATION:+1 701-555-0148
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    hs = head(9, addr("Calendly", "notifications@calendly.com"),
              "New Event: Kari Lindgren - 09:00am Fri, Nov 6, 2026 - Valley Grain Systems - Service Planner phone screen",
              "2026-10-30 13:22", CT, "calendly.com", "o12.email.calendly.com", "167.89.101.12",
              extra=(("Reply-To", addr("Shawn Becker", "shawn.becker@heartlandtechstaffing.com")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment")))


@make.mail(N(10), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-13 13:00", CT), end=utc("2026-10-13 13:30", CT), contact=None,
           company="Missouri Slope Cooperative",
           local="Tue 2026-10-13 13:00", local_end="2026-10-13 13:30", zone=CT,
           note="Microsoft Bookings from a shared mailbox; body shows '(UTC-06:00) Central Time' although "
                "13 Oct is CDT (UTC-5) = 18:00Z, which the ICS (Central Standard Time) confirms; staff name "
                "only, no personal address -> contact null")
def m10() -> bytes:
    body = t("""
        Your booking is confirmed

        Missouri Slope Cooperative Careers

        Interview - Service & Parts Planner
        Tuesday, October 13, 2026
        1:00 PM - 1:30 PM (UTC-06:00) Central Time (US & Canada)

        Staff: Rhonda Fiechtner

        Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MSC

        Need to make changes? Manage booking:
        https://outlook.office365.com/owa/calendar/MSCCareers@missourislope.coop/bookings/

        Missouri Slope Cooperative, 2100 E Main Ave, Bismarck, ND 58501
        """)
    ics = cal("Microsoft Exchange Server 2010", "REQUEST", f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Missouri Slope Cooperative Careers:mailto:MSCCareers@missourislope.coop
        {ME_ICS}
        DESCRIPTION;LANGUAGE=en-US:Interview - Service & Parts Planner with Rhonda Fiechtner
        UID:040000008200E00074C5B7101A82E008000000{_h('ics10', 20).upper()}
        SUMMARY;LANGUAGE=en-US:Interview - Service & Parts Planner
        DTSTART;TZID=Central Standard Time:20261013T130000
        DTEND;TZID=Central Standard Time:20261013T133000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261008T154100Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        """, VTZ["Central Standard Time"])
    hs = head(10, addr("Missouri Slope Cooperative Careers", "MSCCareers@missourislope.coop"),
              "Your booking with Missouri Slope Cooperative Careers is confirmed", "2026-10-08 10:41", CT,
              "BN8PR04MB6211.namprd04.prod.outlook.com", "mail-dm6nam12on2101.outbound.protection.outlook.com",
              "40.107.243.101")
    return message(hs, alt(text(body), calendar(ics, method="REQUEST")))


def _exchange_ics(seq: int, start: str, end: str, stamp: str) -> str:
    return cal("Microsoft Exchange Server 2010", "REQUEST", f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Lindsey Tran:mailto:ltran@plainspowerequip.com
        {ME_ICS}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Greg Dahlheimer:mailto:gdahlheimer@plainspowerequip.com
        DESCRIPTION;LANGUAGE=en-US:Hi Kari\\, looking forward to our conversation. Greg Dahlheimer (Dir
         ector of Service) will join.\\n
        UID:040000008200E00074C5B7101A82E00800000000{_h('ics11', 24).upper()}
        SUMMARY;LANGUAGE=en-US:Interview: Service Planner - Kari Lindgren
        DTSTART;TZID=Central Standard Time:{start}
        DTEND;TZID=Central Standard Time:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-OWNERAPPTID:2118873301
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        """, VTZ["Central Standard Time"])


TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_PPE>
    Meeting ID: 238 114 907 512
    Passcode: 7bYq3Z
    Or call in (audio only)
    +1 612-555-0190,,418223617#   United States, Minneapolis
    ________________________________________________________________________________
    """)


@make.mail(N(11), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-04 10:00", CT), end=utc("2026-11-04 11:00", CT),
           contact="ltran@plainspowerequip.com", company="Plains Power Equipment",
           local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone=CT,
           note="Exchange meeting request sent 29 Oct (CDT) for 4 Nov 10-11 AM Central, after the US change: "
                "CST = 16:00Z; TZID 'Central Standard Time'; contact = human sender / ORGANIZER")
def m11() -> bytes:
    body = t("""
        When: Wednesday, November 4, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Kari,

        Looking forward to our conversation about the Service Planner opening. Greg Dahlheimer,
        our Director of Service, will join us.

        Thanks,
        Lindsey

        Lindsey Tran | Talent Acquisition | Plains Power Equipment
        7600 Wayzata Blvd, Minneapolis, MN 55426

        """) + TEAMS
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body><div>When: Wednesday, November 4, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US &amp; "
            "Canada).<br>Where: Microsoft Teams Meeting</div>\n<p>Hi Kari,</p>\n<p>Looking forward to our "
            "conversation about the Service Planner opening. Greg Dahlheimer, our Director of Service, will "
            "join us.</p>\n<p>Thanks,<br>Lindsey</p>\n<p>Lindsey Tran | Talent Acquisition | Plains Power "
            "Equipment</p>\n<hr><p><b>Microsoft Teams meeting</b><br>Meeting ID: 238 114 907 512<br>"
            "Passcode: 7bYq3Z</p></body></html>\n")
    hs = head(11, addr("Lindsey Tran", "ltran@plainspowerequip.com"),
              "Interview: Service Planner \u2013 Kari Lindgren", "2026-10-29 15:02", CT,
              "MN2PR11MB4420.namprd11.prod.outlook.com", "mail-co1nam11on2092.outbound.protection.outlook.com",
              "40.107.220.92",
              extra=(("Thread-Topic", "Interview: Service Planner - Kari Lindgren"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("Content-Language", "en-US")))
    ics = _exchange_ics(0, "20261104T100000", "20261104T110000", "20261029T200200Z")
    return message(hs, alt(text(body), html(page, charset="windows-1252"), calendar(ics, method="REQUEST",
                                                                                     cte="base64")))


@make.mail(N(12), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-12 09:00", MT), end=utc("2026-11-12 12:00", MT),
           contact="travis.keough@yellowstoneag.com", company="Yellowstone Ag Solutions",
           local="Thu 2026-11-12 09:00", local_end="2026-11-12 12:00", zone=MT,
           note="Google Calendar invitation from a Billings organizer: 9am-12pm Mountain Time - Denver on "
                "12 Nov = MST (UTC-7) = 16:00Z; ICS TZID America/Denver; contact = organizer")
def m12() -> bytes:
    body = t("""
        You have been invited to the following event.

        Onsite interview - Kari Lindgren (Service Planning Manager)
        When
        Thursday Nov 12, 2026 9am - 12pm (Mountain Time - Denver)

        Location
        Yellowstone Ag Solutions, 4020 King Ave E, Billings, MT 59101
        View map

        Calendar
        kari.lindgren@example.org

        Who
        Travis Keough - organizer
        kari.lindgren@example.org
        shelby.moen@yellowstoneag.com

        Kari - schedule: 9:00 shop tour with Shelby, 10:00 panel, 11:00 lunch with the service team.
        Park in the visitor lot on the east side.

        Going (kari.lindgren@example.org)?   Yes - Maybe - No    more options

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account kari.lindgren@example.org because you are an
        attendee of this event.
        """)
    ics = cal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261112T090000
        DTEND;TZID=America/Denver:20261112T120000
        DTSTAMP:20261104T173000Z
        ORGANIZER;CN=Travis Keough:mailto:travis.keough@yellowstoneag.com
        UID:{_h('ics12', 26)}@google.com
        {ME_ICS}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=shelby.moen@yellowstoneag.com;X-NUM-GUESTS=0:mailto:shelby.moen@yellowstoneag.com
        CREATED:20261104T172800Z
        DESCRIPTION:Kari - schedule: 9:00 shop tour with Shelby\\, 10:00 panel\\, 11:00 lunch with the service team.
        LAST-MODIFIED:20261104T173000Z
        LOCATION:Yellowstone Ag Solutions\\, 4020 King Ave E\\, Billings\\, MT 59101
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Onsite interview - Kari Lindgren (Service Planning Manager)
        TRANSP:OPAQUE
        END:VEVENT
        """, VTZ_DENVER)
    hs = head(12, addr("Travis Keough", "travis.keough@yellowstoneag.com"),
              "Invitation: Onsite interview - Kari Lindgren (Service Planning Manager) @ Thu Nov 12, 2026 "
              "9am - 12pm (MST) (kari.lindgren@example.org)", "2026-11-04 10:30", MT,
              "google.com", "mail-sor-f69.google.com", "209.85.220.69",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Travis Keough", "travis.keough@yellowstoneag.com"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(13), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-19 09:00", CT), end=utc("2026-11-19 12:00", CT),
           contact="ashley.vang@cornerstoneharvest.com", company="Cornerstone Harvest Systems",
           local="Thu 2026-11-19 09:00", local_end="2026-11-19 12:00", zone=CT,
           note="GoodTime onsite itinerary, three sessions 9:00-12:00 CST in West Fargo: start = first, end = "
                "last; contact = Reply-To coordinator")
def m13() -> bytes:
    body = t("""
        Hi Kari,

        Your onsite interview for Service Planning Manager is all set. Here is your itinerary:

        Thursday, November 19, 2026 (all times Central Standard Time)

          9:00 AM - 9:45 AM    Gary Lund, Director of Service
          10:00 AM - 10:45 AM  Monique Ellis, Parts Operations Manager
          11:00 AM - 12:00 PM  Team panel (Dealer Support)

        Location: Cornerstone Harvest Systems, 1401 Sheyenne St, West Fargo, ND 58078
        Check in at the main lobby; visitor parking is on the north side.

        If you have any questions before the day, just reply to this email.

        Ashley Vang
        Recruiting Coordinator, Cornerstone Harvest Systems

        Scheduled with GoodTime
        """)
    hs = head(13, addr("Cornerstone Harvest Systems", "scheduling@goodtime.io"),
              "Your interview itinerary - Service Planning Manager, Cornerstone Harvest Systems",
              "2026-11-13 11:00", CT, "goodtime.io", "o3.mail.goodtime.io", "168.245.33.3",
              extra=(("Reply-To", addr("Ashley Vang", "ashley.vang@cornerstoneharvest.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(14), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-01 14:00", CT), end=None,
           contact="tom@kragnesfarmequip.com", company="Kragnes Farm Equipment",
           local="Thu 2026-10-01 14:00", zone=CT,
           note="Owner's plain reply 'Thursday at 2 works great', resolved against Date Mon 28 Sep -> Thu 1 Oct "
                "2:00 PM CDT; 'plan on an hour, maybe a little more' so end null")
def m14() -> bytes:
    body = t("""
        Kari,

        Thursday at 2 works great. Come by the shop at 1850 45th St S and ask for me at the parts
        counter. Plan on an hour, maybe a little more - I'd like to walk you through how we run the
        service board before harvest wraps up.

        Tom

        Tom Kragnes
        Kragnes Farm Equipment
        701-555-0133

        On Sun, Sep 27, 2026 at 8:14 PM Kari Lindgren <kari.lindgren@example.org> wrote:
        > Hi Tom,
        >
        > Thanks for calling back. I could come in Wednesday morning or Thursday at 2:00, whichever
        > is easier for you.
        >
        > Kari
        """)
    hs = head(14, addr("Tom Kragnes", "tom@kragnesfarmequip.com"), "Re: Service planner opening",
              "2026-09-28 07:48", CT, "kragnesfarmequip.com", "mail.kragnesfarmequip.com", "65.111.204.18",
              extra=(("In-Reply-To", "<CAF3k9xQ2LrT8vN1@mail.example.org>"),
                     ("References", "<CAF3k9xQ2LrT8vN1@mail.example.org>")))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(15), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-10 08:30", CT), end=utc("2026-11-10 09:00", CT),
           contact="dwhitcomb@bigsiouxequip.com", company="Big Sioux Equipment Co.",
           local="Tue 2026-11-10 08:30", local_end="2026-11-10 09:00", zone=CT,
           note="Recruiter's short reply on top of the thread: 'Tuesday the 10th at 8:30' (Central, CST after "
                "1 Nov) = 14:30Z, 'should take 30 minutes' -> end; contact = human sender")
def m15() -> bytes:
    body = t("""
        Perfect - Tuesday the 10th at 8:30 works. I've let Craig know; he'll call you at
        701-555-0148. Should take 30 minutes.

        Thanks Kari!
        Dana

        Dana Whitcomb | Recruiter | Big Sioux Equipment Co. | Sioux Falls, SD

        On Tue, Nov 3, 2026 at 9:02 PM Kari Lindgren <kari.lindgren@example.org> wrote:
        > Hi Dana,
        >
        > Tuesday the 10th at 8:30 would be best for me. Wednesday afternoon also works if that's
        > easier for Craig.
        >
        > Kari
        >
        > On Mon, Nov 2, 2026 at 4:40 PM Dana Whitcomb <dwhitcomb@bigsiouxequip.com> wrote:
        >> Hi Kari, Craig Ruesink (our Service Manager) would like to do a 30 minute phone call. Would
        >> any of these work: Monday 11/9 at 1:00, Tuesday 11/10 at 8:30, or Wednesday 11/11 afternoon?
        """)
    hs = head(15, addr("Dana Whitcomb", "dwhitcomb@bigsiouxequip.com"), "Re: Phone interview - Service Coordinator",
              "2026-11-04 13:10", CT, "bigsiouxequip.com", "mail-yw1-f172.google.com", "209.85.128.172",
              extra=(("Cc", addr("Craig Ruesink", "cruesink@bigsiouxequip.com")),
                     ("In-Reply-To", "<CAK7pd3Vn0Q4x@mail.example.org>"),
                     ("References", "<CAHs1Wd0q9e2r@mail.gmail.com> <CAK7pd3Vn0Q4x@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-08 13:30", CT), end=utc("2026-12-08 15:00", CT),
           contact="gretchen.aho@northfieldgrain.com", company="Northfield Grain Handling",
           local="Tue 2026-12-08 13:30", local_end="2026-12-08 15:00", zone=CT,
           note="Kari forwards the confirmation from her old address as a message/rfc822 attachment; "
                "1:30-3:00 PM CST (90 minutes) in Minneapolis = 19:30Z; contact = sender of the attached mail")
def m16() -> bytes:
    inner_body = t("""
        Hi Kari,

        Thank you for your time on the phone last week. I'm happy to confirm your in-person interview
        for the Service Planning Manager position:

        Tuesday, December 8, 2026
        1:30 PM - 3:00 PM CST
        Northfield Grain Handling, 900 Washington Ave N, Minneapolis, MN 55401 (3rd floor reception)

        You'll meet with Rob Halloran (VP, Service) and me. We will reimburse mileage from Fargo -
        just keep your receipts.

        Best regards,
        Gretchen Aho
        Senior Recruiter, Northfield Grain Handling
        gretchen.aho@northfieldgrain.com | 612-555-0164
        """)
    inner = message([
        ("From", addr("Gretchen Aho", "gretchen.aho@northfieldgrain.com")),
        ("To", addr("Kari Lindgren", "kari.lindgren@example.com")),
        ("Subject", "Interview confirmation - Service Planning Manager"),
        ("Date", date("2026-12-01 15:02", CT)),
        ("Message-ID", mid(1601, "northfieldgrain.com")),
    ], text(inner_body))
    outer = t("""
        Northfield interview - keep this one handy.
        """)
    hs = head(16, addr("Kari Lindgren", "kari.lindgren@example.com"),
              "Fw: Interview confirmation - Service Planning Manager", "2026-12-01 19:40", CT,
              "example.com", "smtp.example.com", "192.0.2.25")
    return message(hs, mixed(text(outer, cte="7bit", charset="us-ascii"),
                             attached_message(inner, "Interview confirmation - Service Planning Manager.eml")))


@make.mail(N(17), family="forwarded", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-03 11:00", CT), end=utc("2026-12-03 11:45", CT),
           contact="ray.dorsey@rollingplainstractor.com", company="Rolling Plains Tractor",
           local="Thu 2026-12-03 11:00", local_end="2026-12-03 11:45", zone=CT,
           note="Kari forwards to herself (Gmail 'Fwd:'); forwarded mail confirms Thursday, December 3 at "
                "11:00 AM Central, 45 minutes = 17:00Z; contact = human address in the forwarded header")
def m17() -> bytes:
    body = t("""
        put in calendar!!

        ---------- Forwarded message ---------
        From: Ray Dorsey <ray.dorsey@rollingplainstractor.com>
        Date: Wed, Nov 25, 2026 at 3:18 PM
        Subject: Re: Interview - Service Planning Lead
        To: Kari Lindgren <kari.lindgren@example.org>


        Hi Kari,

        Thursday works. Confirming Thursday, December 3 at 11:00 AM Central on Zoom for 45 minutes:
        https://rollingplainstractor.zoom.us/j/88130245570

        Happy Thanksgiving,
        Ray

        Ray Dorsey
        Service Operations Manager | Rolling Plains Tractor | Sioux Falls, SD
        """)
    hs = head(17, ME, "Fwd: Re: Interview - Service Planning Lead", "2026-11-25 21:05", CT,
              "mail.example.org", "smtp.example.org", "192.0.2.10")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ----------------------------------------------------------------- rescheduled


@make.mail(N(18), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-09-17 15:00", CT), end=utc("2026-09-17 15:45", CT),
           contact="jenna.halvorson@redriverimplement.com", company="Red River Implement Co.",
           local="Thu 2026-09-17 15:00", local_end="2026-09-17 15:45", zone=CT,
           note="Greenhouse reschedule (thread of the 15 Sep confirmation): new time Thu 17 Sep 3:00-3:45 PM "
                "CDT = 20:00Z; old time also in the mail; contact = Reply-To")
def m18() -> bytes:
    body = t("""
        Hi Kari,

        Doug had a conflict come up, so we've moved your interview for Service Operations Planner.

        NEW TIME
        Thursday, September 17, 2026
        3:00 PM - 3:45 PM CDT
        Zoom: https://redriverimplement.zoom.us/j/84417730215

        (Previously Tuesday, September 15, 10:00 AM CDT.)

        Sorry for the shuffle. Reply here if the new time doesn't work.

        Best,
        Red River Implement Co. Recruiting
        """)
    hs = head(18, addr("Red River Implement Co.", "no-reply@us.greenhouse-mail.io"),
              "Updated interview time: Service Operations Planner at Red River Implement Co.",
              "2026-09-14 08:40", CT, "us.greenhouse-mail.io", "o1.us.greenhouse-mail.io", "167.89.12.40",
              extra=(("Reply-To", addr("Jenna Halvorson", "jenna.halvorson@redriverimplement.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(19), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-05 14:00", CT), end=utc("2026-11-05 15:00", CT),
           contact="ltran@plainspowerequip.com", company="Plains Power Equipment",
           local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=CT,
           note="Exchange update (same UID, SEQUENCE:1) moving the 4 Nov interview to Thu 5 Nov 2-3 PM CST = "
                "20:00Z; contact = sender / ORGANIZER")
def m19() -> bytes:
    body = t("""
        When: Thursday, November 5, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Kari - Greg is traveling Wednesday, so I've moved us to Thursday afternoon. Same Teams link.

        Lindsey

        """) + TEAMS
    hs = head(19, addr("Lindsey Tran", "ltran@plainspowerequip.com"),
              "Updated: Interview: Service Planner \u2013 Kari Lindgren", "2026-11-02 08:15", CT,
              "MN2PR11MB4420.namprd11.prod.outlook.com", "mail-co1nam11on2092.outbound.protection.outlook.com",
              "40.107.220.92",
              extra=(("Thread-Topic", "Interview: Service Planner - Kari Lindgren"), ("Content-Language", "en-US")))
    ics = _exchange_ics(1, "20261105T140000", "20261105T150000", "20261102T141500Z")
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-02 10:00", SK), end=utc("2026-11-02 10:30", SK),
           contact="colleen.desjardins@wheatlandimplement.ca", company="Wheatland Implement Ltd.",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:30", zone=SK,
           note="Regina recruiter moves Thu 29 Oct 11:00 to Mon 2 Nov 10:00 Saskatchewan time (UTC-6 all year) = "
                "16:00Z, 30 minutes; old and new time both in the mail; ISO-8859-1 body")
def m20() -> bytes:
    body = t("""
        Hi Kari,

        I'm sorry for the change - our GM, Brent Lévesque, has been called to a dealer meeting in
        Saskatoon on Thursday. I've moved your interview from Thursday, October 29 at 11:00 to
        Monday, November 2 at 10:00 AM Saskatchewan time. It's still 30 minutes on Teams, same link.

        Since Saskatchewan doesn't change its clocks, 10:00 here will also be 10:00 in Fargo once
        you fall back on the 1st.

        If Monday doesn't work, let me know and we'll sort something out.

        Thanks for your flexibility,
        Colleen

        Colleen Desjardins
        People & Culture | Wheatland Implement Ltd. | Regina, SK
        """)
    hs = head(20, addr("Colleen Desjardins", "colleen.desjardins@wheatlandimplement.ca"),
              "Interview moved to Monday Nov 2", "2026-10-27 08:50", SK,
              "wheatlandimplement.ca", "mail.wheatlandimplement.ca", "142.165.20.8")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-14 10:00", CT), end=utc("2026-12-14 10:30", CT),
           contact="megan.rudd@sheyenneprecision.com", company="Sheyenne Precision Ag",
           local="Mon 2026-12-14 10:00", local_end="2026-12-14 10:30", zone=CT,
           note="Google Calendar 'Updated invitation' (SEQUENCE:1): changed to Mon 14 Dec 10-10:30am Central "
                "(CST) = 16:00Z; contact = organizer")
def m21() -> bytes:
    body = t("""
        This event has been changed.

        Interview: Kari Lindgren / Sheyenne Precision Ag
        When
        Changed: Monday Dec 14, 2026 10am - 10:30am (Central Time - Chicago)

        Joining info
        Join with Google Meet: https://meet.google.com/fkw-pzrd-oyt

        Calendar
        kari.lindgren@example.org

        Who
        Megan Rudd - organizer
        kari.lindgren@example.org

        Kari - moved us to Monday morning, hope that's OK! -Megan

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = cal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261214T100000
        DTEND;TZID=America/Chicago:20261214T103000
        DTSTAMP:20261209T172000Z
        ORGANIZER;CN=Megan Rudd:mailto:megan.rudd@sheyenneprecision.com
        UID:{_h('ics21', 26)}@google.com
        {ME_ICS}
        DESCRIPTION:Kari - moved us to Monday morning\\, hope that's OK! -Megan
        LAST-MODIFIED:20261209T172000Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Interview: Kari Lindgren / Sheyenne Precision Ag
        TRANSP:OPAQUE
        END:VEVENT
        """, VTZ["America/Chicago"])
    hs = head(21, addr("Megan Rudd", "megan.rudd@sheyenneprecision.com"),
              "Updated invitation: Interview: Kari Lindgren / Sheyenne Precision Ag @ Mon Dec 14, 2026 "
              "10am - 10:30am (CST) (kari.lindgren@example.org)", "2026-12-09 11:20", CT,
              "google.com", "mail-sor-f69.google.com", "209.85.220.69",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST")))


# ----------------------------------------------------------------- cancelled


@make.mail(N(22), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-12 09:00", MT), end=utc("2026-11-12 12:00", MT),
           contact="travis.keough@yellowstoneag.com", company="Yellowstone Ag Solutions",
           local="Thu 2026-11-12 09:00", local_end="2026-11-12 12:00", zone=MT,
           note="Google Calendar cancellation (METHOD:CANCEL) of the Billings onsite, 9am-12pm MST = 16:00Z; "
                "cancelled slot labelled; contact = organizer")
def m22() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Onsite interview - Kari Lindgren (Service Planning Manager)
        When
        Thursday Nov 12, 2026 9am - 12pm (Mountain Time - Denver)

        Location
        Yellowstone Ag Solutions, 4020 King Ave E, Billings, MT 59101

        Who
        Travis Keough - organizer
        kari.lindgren@example.org
        shelby.moen@yellowstoneag.com

        Kari, I'm so sorry - the position was filled internally this afternoon. I'll call you tomorrow.

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = cal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261112T090000
        DTEND;TZID=America/Denver:20261112T120000
        DTSTAMP:20261109T230500Z
        ORGANIZER;CN=Travis Keough:mailto:travis.keough@yellowstoneag.com
        UID:{_h('ics12', 26)}@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kari Lindgren:mailto:kari.lindgren@example.org
        LAST-MODIFIED:20261109T230500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Onsite interview - Kari Lindgren (Service Planning Manager)
        TRANSP:OPAQUE
        END:VEVENT
        """, VTZ_DENVER)
    hs = head(22, addr("Travis Keough", "travis.keough@yellowstoneag.com"),
              "Canceled event: Onsite interview - Kari Lindgren (Service Planning Manager) @ Thu Nov 12, 2026 "
              "9am - 12pm (MST) (kari.lindgren@example.org)", "2026-11-09 16:05", MT,
              "google.com", "mail-sor-f69.google.com", "209.85.220.69",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-07 09:30", CT), end=None,
           contact="tamara.nygaard@dakotaline.com", company="Dakota Line Machinery",
           local="Wed 2026-10-07 09:30", zone=CT,
           note="Recruiter cancels 'this Wednesday (October 7) at 9:30' (CDT) because the requisition is on hold; "
                "no new time; cancelled slot labelled")
def m23() -> bytes:
    body = t("""
        Hi Kari,

        I'm sorry to be writing with this news. Our leadership team put the Service Planner II
        requisition on hold this morning, so I need to cancel your interview with Dale this Wednesday
        (October 7) at 9:30.

        This isn't a reflection on you at all - Dale was looking forward to talking with you. If the
        role reopens after budget review in January, I will reach out first thing.

        Again, my apologies.

        Tamara Nygaard
        Talent Acquisition Specialist
        Dakota Line Machinery | Bismarck, ND
        tamara.nygaard@dakotaline.com
        """)
    hs = head(23, addr("Tamara Nygaard", "tamara.nygaard@dakotaline.com"),
              "Interview on Wednesday - cancellation", "2026-10-05 10:05", CT,
              "dakotaline.com", "mail-bn8nam12on2050.outbound.protection.outlook.com", "40.107.237.50")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(24), family="taleo", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-16 13:00", CT), end=None,
           contact="hector.salinas@conharvester.com", company="Consolidated Harvester Corp.",
           local="Mon 2026-11-16 13:00", zone=CT,
           note="Taleo notice: interview on Monday, November 16, 2026 at 1:00 PM Central Standard Time cancelled "
                "(19:00Z); recruiter named with address in the body")
def m24() -> bytes:
    body = t("""
        Dear Kari Lindgren,

        We regret to inform you that your interview for the position below has been cancelled.

        Requisition: 26-0417 Service Planning Analyst - Fargo Plant
        Original date and time: Monday, November 16, 2026 at 1:00 PM Central Standard Time

        Your recruiter will contact you if a new interview is to be arranged. For questions, please
        contact Hector Salinas (hector.salinas@conharvester.com).

        Regards,
        Consolidated Harvester Corp. Talent Acquisition

        This is an automated message. Please do not reply.
        """)
    hs = head(24, addr("Consolidated Harvester Careers", "careers@conharvester.taleo.net"),
              "Interview Cancelled - 26-0417 Service Planning Analyst", "2026-11-11 09:12", CT,
              "conharvester.taleo.net", "smtp2.taleo.net", "148.86.112.32")
    return message(hs, text(body))


# =========================================================================== negatives


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Red River Implement Co.",
           note="Greenhouse rejection after the September interview; no time")
def m25() -> bytes:
    body = t("""
        Hi Kari,

        Thank you for taking the time to interview with us for the Service Operations Planner role.
        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs.

        We appreciated learning about your work with dealer service scheduling and encourage you to
        apply for future openings.

        Best wishes,
        Jenna Halvorson
        Red River Implement Co.
        """)
    hs = head(25, addr("Red River Implement Co.", "no-reply@us.greenhouse-mail.io"),
              "Your application to Red River Implement Co.", "2026-09-30 16:44", CT,
              "us.greenhouse-mail.io", "o1.us.greenhouse-mail.io", "167.89.12.40")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="application_receipt", lang="en", interview=False, company="Lakeshore Fluid Power",
           note="iCIMS application receipt; no interview yet")
def m26() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Dear Kari,</p>
        <p>Thank you for applying for <b>Field Service Planning Specialist (Req #2026-3381)</b> at Lakeshore
        Fluid Power. We have received your application and our team is reviewing it.</p>
        <p>If your qualifications match the position, a member of our Talent Acquisition team will contact
        you about next steps. You can check your status any time in the candidate portal.</p>
        <p>Sincerely,<br>Lakeshore Fluid Power Talent Acquisition</p>
        </body></html>
        """)
    hs = head(26, addr("Lakeshore Fluid Power", "lakeshorefluidpower@talent.icims.com"),
              "Thank you for applying - Field Service Planning Specialist", "2026-10-15 21:03", CT,
              "talent.icims.com", "mail12.talent.icims.com", "52.1.88.12")
    return message(hs, html(page))


@make.mail(N(27), family="job_alert", lang="en", interview=False, company=None,
           note="Job board alert listing new service-planning jobs; platform mail")
def m27() -> bytes:
    body = t("""
        New jobs for "service planner" near Fargo, ND

        Service Scheduler - Red River Valley Co-op - Moorhead, MN - $58,000 - $66,000 a year
        Posted 1 day ago

        Aftermarket Planning Analyst - Plains Power Equipment - Minneapolis, MN (Hybrid)
        Posted 2 days ago

        Service Planning Manager - Cornerstone Harvest Systems - West Fargo, ND
        Posted 3 days ago

        Parts & Service Coordinator - Badlands Fleet Services - Bismarck, ND
        Easily apply

        See all 14 new jobs: https://www.harvestjobs.example.net/alerts/88213

        You're receiving this alert because you subscribed at HarvestJobs. Unsubscribe:
        https://www.harvestjobs.example.net/unsubscribe?u=88213
        """)
    hs = head(27, addr("HarvestJobs Alerts", "alerts@harvestjobs.example.net"),
              "14 new service planner jobs near Fargo, ND", "2026-10-26 06:02", CT,
              "harvestjobs.example.net", "mta4.harvestjobs.example.net", "198.51.100.44",
              extra=(("List-Unsubscribe", "<https://www.harvestjobs.example.net/unsubscribe?u=88213>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Trade-career newsletter with interview tips; no appointment")
def m28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;max-width:620px">
        <h2>Dealer Careers Weekly</h2>
        <h3>Five questions service managers ask in every interview</h3>
        <p>From "walk me through a week when three combines came in at once" to "how do you handle a
        grower who's angry about a missed appointment", we asked twelve dealership service managers
        what they want to hear. Short version: specifics, numbers and what you would do differently.</p>
        <h3>Also this week</h3>
        <ul><li>Why parts planners are the new hot hire</li>
        <li>Salary survey: service coordinators in the Upper Midwest</li>
        <li>Thursday's live Q&amp;A has moved to next month</li></ul>
        <p style="font-size:11px">You subscribed to Dealer Careers Weekly. <a href="https://dealercareers.example.net/u">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head(28, addr("Dealer Careers Weekly", "newsletter@dealercareers.example.net"),
              "Five questions service managers ask in every interview", "2026-10-08 07:30", CT,
              "dealercareers.example.net", "mail.dealercareers.example.net", "198.51.100.87",
              extra=(("List-Unsubscribe", "<https://dealercareers.example.net/u>"),))
    return message(hs, html(page))


@make.mail(N(29), family="recruiter_outreach", lang="en", interview=False, company="Ironwood Search Partners",
           note="Agency cold outreach asking for availability; nothing fixed")
def m29() -> bytes:
    body = t("""
        Hi Kari,

        I came across your profile and your background running service scheduling for an equipment
        dealer caught my eye. I'm working with a large agricultural dealer group on a Service Manager
        opening in Bismarck (relocation offered).

        Would you be open to a quick call? Let me know what your availability looks like next week
        and I'll work around you.

        Best,
        Nolan Strand
        Ironwood Search Partners | Minneapolis
        """)
    hs = head(29, addr("Nolan Strand", "nolan.strand@ironwoodsearch.com"), "Service Manager role - Bismarck",
              "2026-09-22 10:14", CT, "ironwoodsearch.com", "mail-pl1-f180.google.com", "209.85.214.180")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Kessler Landtechnik USA",
           note="Recruiter sends a Calendly link to pick a slot; nothing booked")
def m30() -> bytes:
    body = t("""
        Hi Kari,

        Thanks for applying to the Service Planning Specialist role at Kessler Landtechnik USA. I'd like
        to set up a 30 minute introductory call. Please pick any time that works for you here:

        https://calendly.com/kessler-usa-hannah/intro-call

        If none of the times work, reply and we'll find something.

        Hannah Brandvold
        Talent Acquisition, Kessler Landtechnik USA
        """)
    hs = head(30, addr("Hannah Brandvold", "hannah.brandvold@kessler-usa.com"),
              "Next step: intro call - Service Planning Specialist", "2026-11-17 14:25", CT,
              "kessler-usa.com", "mail-eopbgr690112.outbound.protection.outlook.com", "40.107.69.112")
    return message(hs, text(body))


@make.mail(N(31), family="availability_request", lang="en", interview=False,
           company="Cornerstone Harvest Systems",
           note="Greenhouse availability request before the onsite; no time fixed")
def m31() -> bytes:
    body = t("""
        Hi Kari,

        Great news - the team would like to invite you to an onsite interview for Service Planning
        Manager. Please share your availability for the weeks of November 9 and November 16 using the
        link below, and we'll get back to you with an itinerary.

        https://app.greenhouse.io/availability/4c1b8e90a2/new

        Thanks,
        Ashley Vang
        Cornerstone Harvest Systems
        """)
    hs = head(31, addr("Cornerstone Harvest Systems", "no-reply@us.greenhouse-mail.io"),
              "Please share your availability - Cornerstone Harvest Systems", "2026-10-30 09:47", CT,
              "us.greenhouse-mail.io", "o1.us.greenhouse-mail.io", "167.89.12.40",
              extra=(("Reply-To", addr("Ashley Vang", "ashley.vang@cornerstoneharvest.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="proposal", lang="en", interview=False, company="Big Sioux Equipment Co.",
           note="Recruiter proposes three slots for a phone interview; nothing confirmed yet",
           days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10"), ("Wed", "2026-11-11")))
def m32() -> bytes:
    body = t("""
        Hi Kari,

        Thanks for your interest in the Service Coordinator role. Craig Ruesink (our Service Manager)
        would like to do a 30 minute phone call. Would any of these work:

        - Monday 11/9 at 1:00
        - Tuesday 11/10 at 8:30
        - Wednesday 11/11 afternoon

        All Central time. Just let me know which is best.

        Dana Whitcomb | Recruiter | Big Sioux Equipment Co. | Sioux Falls, SD
        """)
    hs = head(32, addr("Dana Whitcomb", "dwhitcomb@bigsiouxequip.com"), "Phone interview - Service Coordinator",
              "2026-11-02 16:40", CT, "bigsiouxequip.com", "mail-yw1-f172.google.com", "209.85.128.172")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="proposal", lang="en", interview=False, company="Rolling Plains Tractor",
           note="Hiring manager offers two options; Kari has not answered yet",
           days=(("Thu", "2026-12-03"), ("Fri", "2026-12-04")))
def m33() -> bytes:
    body = t("""
        Kari,

        Enjoyed your application. Could you do a Zoom call Thursday, December 3 at 11 or Friday,
        December 4 at 2 (Central)? Either is fine on my end.

        Ray Dorsey
        Service Operations Manager | Rolling Plains Tractor | Sioux Falls, SD
        """)
    hs = head(33, addr("Ray Dorsey", "ray.dorsey@rollingplainstractor.com"), "Interview - Service Planning Lead",
              "2026-11-23 10:02", CT, "rollingplainstractor.com", "mail-qt1-f171.google.com", "209.85.160.171")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(34), family="out_of_office", lang="en", interview=False, company="Lakeshore Fluid Power",
           note="Recruiter's out-of-office auto-reply to Kari's question; return date only",
           days=(("Mon", "2026-10-26"),))
def m34() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office through Monday, October 26 with limited
        access to email. For urgent requests please contact talent@lakeshorefp.com.

        Brianna Sorensen
        Talent Acquisition | Lakeshore Fluid Power
        """)
    hs = head(34, addr("Brianna Sorensen", "bsorensen@lakeshorefp.com"),
              "Automatic reply: Question about interview format", "2026-10-23 08:31", CT,
              "lakeshorefp.com", "mail-dm3nam02on2111.outbound.protection.outlook.com", "40.107.95.111",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAG2Lk0e8zq@mail.example.org>")))
    return message(hs, text(body))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Kari's thank-you note (mistyped domain); quoted thank-you mentions the interview")
def m35() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <tom@kragnesfarmequip.co>: Host or domain name not found. Name service error
            for name=kragnesfarmequip.co type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4QdR2x1Kq7z
        Arrival-Date: Thu, 1 Oct 2026 17:22:05 -0500 (CDT)

        Final-Recipient: rfc822; tom@kragnesfarmequip.co
        Original-Recipient: rfc822;tom@kragnesfarmequip.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=kragnesfarmequip.co type=A: Host not found
        """)
    orig = message([
        ("From", ME), ("To", "tom@kragnesfarmequip.co"), ("Subject", "Thank you"),
        ("Date", date("2026-10-01 17:22", CT)), ("Message-ID", "<CAF3k9xR7vT2q@mail.example.org>"),
    ], text(t("""
        Hi Tom,

        Thanks again for the time this afternoon and for the tour of the service bays. I really
        enjoyed hearing how you plan around harvest, and I'm very interested in the role.

        Kari
        """), cte="7bit", charset="us-ascii"))
    report = make.multipart(
        "report",
        text(human, cte="7bit", charset="us-ascii", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status")
    hs = head(35, addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
              "Undelivered Mail Returned to Sender", "2026-10-01 17:22", CT,
              "mx1.example.org", "localhost", "127.0.0.1",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@make.mail(N(36), family="offer", lang="en", interview=False, company="Cornerstone Harvest Systems",
           note="Offer letter with a start date and a signing deadline; no interview",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-12-11")))
def m36() -> bytes:
    body = t("""
        Hi Kari,

        On behalf of everyone at Cornerstone Harvest Systems, I'm delighted to offer you the position
        of Service Planning Manager. Your offer letter is attached in DocuSign; highlights:

        - Base salary: $84,500
        - Start date: Monday, January 4, 2027
        - Reports to: Gary Lund, Director of Service

        Please review and sign by Friday, December 11. Gary and I are happy to hop on a call if you
        have any questions.

        Congratulations!
        Ashley Vang
        Cornerstone Harvest Systems
        """)
    hs = head(36, addr("Ashley Vang", "ashley.vang@cornerstoneharvest.com"),
              "Offer - Service Planning Manager, Cornerstone Harvest Systems", "2026-12-04 15:30", CT,
              "cornerstoneharvest.com", "mail-sn1nam02on2077.outbound.protection.outlook.com", "40.107.96.77")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(37), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Dental appointment reminder with a fixed time; not an interview",
           days=(("Tue", "2026-10-20"),))
def m37() -> bytes:
    body = t("""
        Hi Kari,

        This is a reminder of your upcoming appointment at Red River Family Dental:

        Tuesday, October 20, 2026 at 7:40 AM
        Dr. Amy Solberg - cleaning and exam
        3210 25th St S, Fargo, ND

        Reply C to confirm or call 701-555-0119 to reschedule. Please give us 24 hours' notice.
        """)
    hs = head(37, addr("Red River Family Dental", "reminders@rrfamilydental.example.com"),
              "Appointment reminder - Red River Family Dental", "2026-10-16 09:00", CT,
              "rrfamilydental.example.com", "smtp.reminders.example.net", "198.51.100.12")
    return message(hs, text(body))


@make.mail(N(38), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Car service appointment confirmation; not an interview",
           days=(("Sat", "2026-09-26"),))
def m38() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3>Your service appointment is confirmed</h3>
        <p>Hi Kari, thanks for scheduling with Northgate Auto Service.</p>
        <p><b>Saturday, September 26, 2026 - 8:00 AM</b><br>
        2019 Subaru Outback - oil change, tire rotation, winter tire storage pickup</p>
        <p>Northgate Auto Service, 4501 13th Ave S, Fargo, ND 58103</p>
        <p>Need to change? <a href="https://book.northgateauto.example.com/r/55102">Manage appointment</a></p>
        </body></html>
        """)
    hs = head(38, addr("Northgate Auto Service", "service@northgateauto.example.com"),
              "Appointment confirmed: Sat, Sep 26 at 8:00 AM", "2026-09-21 18:12", CT,
              "northgateauto.example.com", "mail.northgateauto.example.com", "198.51.100.140")
    return message(hs, html(page))


@make.mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Exchange meeting request from Kari's current employer (parts forecast review); not an interview")
def m39() -> bytes:
    body = t("""
        When: Tuesday, October 13, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Conference Room B / Teams

        Team - let's go through the Q4 parts forecast and the winter service campaign. Bring your
        open work order counts.

        Mike
        """)
    ics = cal("Microsoft Exchange Server 2010", "REQUEST", f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Mike Hauge:mailto:mhauge@agassizequip.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kari Lindgren:mailto:klindgren@agassizequip.example.com
        UID:040000008200E00074C5B7101A82E00800000000{_h('ics39', 24).upper()}
        SUMMARY;LANGUAGE=en-US:Q4 parts forecast review
        DTSTART;TZID=Central Standard Time:20261013T090000
        DTEND;TZID=Central Standard Time:20261013T100000
        DTSTAMP:20261007T190000Z
        SEQUENCE:0
        STATUS:CONFIRMED
        LOCATION;LANGUAGE=en-US:Conference Room B / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        """, VTZ["Central Standard Time"])
    hs = head(39, addr("Mike Hauge", "mhauge@agassizequip.example.com"), "Q4 parts forecast review",
              "2026-10-07 14:00", CT, "agassizequip.example.com", "mail.agassizequip.example.com", "198.51.100.61",
              to=addr("Kari Lindgren", "kari.lindgren@example.com"))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST")))


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Parent-teacher conference slot confirmation; not an interview",
           days=(("Thu", "2026-10-22"),))
def m40() -> bytes:
    body = t("""
        Hello Kari Lindgren,

        You have signed up for the following slot:

        Longfellow Elementary - Fall Parent/Teacher Conferences
        Mrs. Haugen, Grade 3
        Thursday, October 22, 2026, 5:20 PM - 5:35 PM

        To change your sign up, visit: https://slotboard.example.net/s/LFE-fall-2026

        SlotBoard - free online sign-ups
        """)
    hs = head(40, addr("SlotBoard", "no-reply@slotboard.example.net"),
              "Confirmation: Fall Parent/Teacher Conferences", "2026-10-12 20:41", CT,
              "slotboard.example.net", "mta1.slotboard.example.net", "198.51.100.201")
    return message(hs, text(body))


@make.mail(N(41), family="webinar", lang="en", interview=False, company=None,
           note="Workforce-center webinar registration about interviewing; not a job interview",
           days=(("Wed", "2026-10-14"),))
def m41() -> bytes:
    body = t("""
        Hi Kari,

        Thank you for registering for "Interviewing for Service & Operations Roles".

        Date & Time: Oct 14, 2026 12:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/81230019944?tk=abc

        Add to calendar: Outlook Calendar (.ics) | Google Calendar | Yahoo Calendar

        Northern Plains Workforce Center
        """)
    hs = head(41, addr("Northern Plains Workforce Center", "no-reply@zoom.us"),
              "Interviewing for Service & Operations Roles Confirmation", "2026-10-09 11:05", CT,
              "zoom.us", "mailout3.zoom.us", "170.114.52.3")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="assessment", lang="en", interview=False, company="Rimrock Equipment Group",
           note="Online assessment to complete by a deadline; not an interview",
           days=(("Fri", "2026-10-16"),))
def m42() -> bytes:
    body = t("""
        Hello Kari,

        As the next step for Service Planning Supervisor, please complete the online work-style and
        problem-solving assessment. It takes about 25 minutes.

        Complete by: Friday, October 16, 2026, 11:59 PM MT
        Start here: https://assess.example-criteria.com/t/rimrock/55KQ

        Kind regards,
        Rimrock Equipment Group Hiring Team

        Powered by SmartRecruiters
        """)
    hs = head(42, addr("Rimrock Equipment Group", "no-reply@smartrecruiters.com"),
              "Next step: online assessment - Service Planning Supervisor", "2026-10-12 09:10", MT,
              "smartrecruiters.com", "mta-07.smartrecruiters.com", "185.81.28.7")
    return message(hs, text(body))


@make.mail(N(43), family="post_interview", lang="en", interview=False, company="Prairie Harvest Equipment",
           note="Post-interview 'we'll be in touch' reply; no new time")
def m43() -> bytes:
    body = t("""
        Kari,

        Thanks for your note, and for your time yesterday - Kelsey and I both enjoyed the conversation.
        We have a couple more interviews this week and expect to have an answer for you by the end of
        next week.

        Marcus

        On Thu, Sep 24, 2026 at 4:05 PM Kari Lindgren <kari.lindgren@example.org> wrote:
        > Hi Marcus,
        >
        > Thank you for this afternoon's interview. I enjoyed hearing about the parts planning
        > rollout and would love to be part of it.
        >
        > Kari
        """)
    hs = head(43, addr("Marcus Olvera", "marcus.olvera@prairieharvest.com"), "Re: Thank you",
              "2026-09-25 08:20", CT, "prairieharvest.com", "mail-oi1-f177.google.com", "209.85.167.177")
    return message(hs, text(body, cte="8bit"))


@make.mail(N(44), family="next_steps", lang="en", interview=False, company="Badlands Fleet Services",
           note="Recruitee stage update: moved to interview stage, a recruiter will reach out; no time")
def m44() -> bytes:
    body = t("""
        Hi Kari,

        Good news! Your application for Parts & Service Coordinator at Badlands Fleet Services has moved
        to the interview stage. One of our recruiters will reach out in the next few days to find a time
        that works.

        Best regards,
        Badlands Fleet Services
        """)
    hs = head(44, addr("Badlands Fleet Services", "badlands-fleet@inbound.recruitee.com"),
              "Your application at Badlands Fleet Services", "2026-11-03 12:00", CT,
              "recruitee.com", "mail.recruitee.com", "185.107.232.9")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(45), family="application_receipt", lang="en", interview=False, company="Kessler Landtechnik USA",
           note="Personio application receipt (US subsidiary of a German firm)")
def m45() -> bytes:
    body = t("""
        Dear Kari Lindgren,

        Thank you for your application as Service Planning Specialist (m/f/d) - Minneapolis, MN.
        We have received your documents and will review them carefully. We will get back to you as soon
        as possible.

        Kind regards
        Your Kessler Landtechnik USA recruiting team
        """)
    hs = head(45, addr("Kessler Landtechnik USA", "no-reply@kessler-landtechnik.jobs.personio.com"),
              "Your application at Kessler Landtechnik USA", "2026-11-12 03:15", CT,
              "personio.de", "mail.personio.de", "3.64.0.12")
    return message(hs, text(body))


@make.mail(N(46), family="newsletter", lang="en", interview=False, company=None,
           note="Trade-show newsletter with event dates; not an interview",
           days=(("Tue", "2027-02-02"),))
def m46() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;max-width:600px">
        <h2>Northern Ag Service Expo 2027</h2>
        <p>Registration is open! Join 4,000 dealer, service and parts professionals at the Fargodome,
        Tuesday, February 2 through Thursday, February 4, 2027.</p>
        <ul><li>Hands-on diagnostics labs</li><li>Service scheduling & parts planning track</li>
        <li>Career fair on opening day</li></ul>
        <p><a href="https://agserviceexpo.example.org/register">Register now</a> - early bird ends December 15.</p>
        <p style="font-size:11px">Northern Ag Service Expo, Fargo ND. <a href="https://agserviceexpo.example.org/u">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head(46, addr("Northern Ag Service Expo", "news@agserviceexpo.example.org"),
              "Registration is open: Northern Ag Service Expo 2027", "2026-11-18 10:00", CT,
              "agserviceexpo.example.org", "mail.agserviceexpo.example.org", "198.51.100.33")
    return message(hs, html(page, cte="base64"))


@make.mail(N(47), family="travel", lang="en", interview=False, company=None,
           note="Flight itinerary to Billings for the onsite; fixed times but an airline receipt, not an "
                "interview confirmation",
           days=(("Wed", "2026-11-11"), ("Thu", "2026-11-12")))
def m47() -> bytes:
    body = t("""
        Your trip is confirmed

        Confirmation code: QK7ZPL
        Passenger: KARI LINDGREN

        Wed, Nov 11, 2026  NS 2214  Fargo (FAR) 4:35 PM - Denver (DEN) 6:10 PM
        Wed, Nov 11, 2026  NS 2381  Denver (DEN) 7:25 PM - Billings (BIL) 8:52 PM
        Thu, Nov 12, 2026  NS 2390  Billings (BIL) 5:40 PM - Denver (DEN) 7:05 PM
        Thu, Nov 12, 2026  NS 2217  Denver (DEN) 8:05 PM - Fargo (FAR) 11:31 PM

        Total charged: $612.40 (Visa ending 4471)

        Northstar Air - Manage your trip at northstarair.example.com
        """)
    hs = head(47, addr("Northstar Air", "reservations@northstarair.example.com"),
              "Your Northstar Air itinerary - QK7ZPL", "2026-11-05 19:48", CT,
              "northstarair.example.com", "mail.northstarair.example.com", "198.51.100.99")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(48), family="application_receipt", lang="en", interview=False,
           company="Consolidated Harvester Corp.", note="Taleo submission receipt")
def m48() -> bytes:
    body = t("""
        Dear Kari Lindgren,

        Thank you for your interest in Consolidated Harvester Corp. This message confirms that we have
        received your application for:

        26-0417 Service Planning Analyst - Fargo Plant

        Our recruiting team will review your qualifications. If you are selected to move forward, you
        will be contacted.

        Consolidated Harvester Corp. Talent Acquisition

        This is an automated message. Please do not reply.
        """)
    hs = head(48, addr("Consolidated Harvester Careers", "careers@conharvester.taleo.net"),
              "Thank you for applying - 26-0417 Service Planning Analyst", "2026-10-20 22:31", CT,
              "conharvester.taleo.net", "smtp2.taleo.net", "148.86.112.32")
    return message(hs, text(body))


@make.mail(N(49), family="references", lang="en", interview=False, company="Cornerstone Harvest Systems",
           note="Reference request after the onsite with a deadline; no interview time",
           days=(("Tue", "2026-11-24"),))
def m49() -> bytes:
    body = t("""
        Hi Kari,

        Thanks again for spending the morning with us Thursday - the team was impressed. As a next
        step, could you send me names and contact info for three professional references by Tuesday,
        November 24? At least one should be a current or former supervisor.

        Thanks!
        Ashley Vang
        Recruiting Coordinator, Cornerstone Harvest Systems
        """)
    hs = head(49, addr("Ashley Vang", "ashley.vang@cornerstoneharvest.com"), "References",
              "2026-11-20 13:52", CT, "cornerstoneharvest.com",
              "mail-sn1nam02on2077.outbound.protection.outlook.com", "40.107.96.77")
    return message(hs, text(body))


@make.mail(N(50), family="rejection", lang="en", interview=False, company="Nordvik Agri",
           note="Teamtailor rejection after the October interview")
def m50() -> bytes:
    body = t("""
        Hi Kari,

        Thank you for your interest in US Service Planning Coordinator (remote) and for the time you
        spent with us. We have now decided to continue with other candidates for this role.

        We wish you the best of luck in your search.

        Best regards,
        Elin Sandberg
        Nordvik Agri
        """)
    hs = head(50, addr("Nordvik Agri", "no-reply@teamtailor-mail.com"),
              "Update on your application to Nordvik Agri", "2026-11-06 10:15", SE,
              "teamtailor-mail.com", "o7.teamtailor-mail.com", "149.72.40.7")
    return message(hs, alt(text(body), html(gmail_html(body))))
