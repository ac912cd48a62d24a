"""blind320: a blind 50-mail held-out set, the inbox of Jared Lindqvist, a rail-yard safety coordinator in
Cheyenne, Wyoming (America/Denver), September to December 2026.

Written by hand, one function per mail, by a helper session that read only make.py, make_blind.py, the
"How it was made" and "Mix" .. "Judgement calls" parts of bench/heldout/README.md and, from the dev corpus,
its README, labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its tests,
the other held-out mails or sets, and never ran the detector. All companies and people are fictional; the
owner writes from jared.lindqvist@example.org (personal) and jlindqvist@example.com (current employer).
Positives are keys 1-23 (16 scheduled, 4 rescheduled, 3 cancelled); keys 24-50 are negatives.
"""

import hashlib
import random
from datetime import UTC
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import make
from make import addr, alt, calendar, enc, html, mixed, t, text

SET = "blind320"
ORDER = random.Random(3200320).sample(range(1, 51), 50)


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "jared.lindqvist@example.org"
WORK = "jlindqvist@example.com"
JARED = addr("Jared Lindqvist", ME)
DEN, CHI, PHX, NYC, STO = "America/Denver", "America/Chicago", "America/Phoenix", "America/New_York", "Europe/Stockholm"


def when(local, zone, local_end=None):
    """Label fields for a positive from the local time as written: 'Thu 2026-09-17 10:00'."""
    d = {"local": local, "zone": zone, "start": make.utc(local.split(" ", 1)[1], zone)}
    if local_end:
        d.update(local_end=local_end, end=make.utc(local_end, zone))
    return d


def _h(key, salt=""):
    return hashlib.sha256(f"{SET}-{key}-{salt}".encode(), usedforsecurity=False).hexdigest()


def mid(key, domain, salt=""):
    h = _h(key, salt)
    return f"<{h[:16]}.{h[16:28]}@{domain}>"


def dh(sent, zone, show=None):
    """Date header value: local wall time in zone, optionally displayed with another zone's offset."""
    dt = make.at(sent, zone)
    if show:
        dt = dt.astimezone(UTC if show == "UTC" else ZoneInfo(show))
    return format_datetime(dt)


def hdrs(key, frm, subject, sent, zone, relay, *, to=JARED, show=None, extra=(), rcpt=ME, msgid_domain=None):
    h = _h(key, "rcv")
    ip = f"198.51.100.{int(h[:2], 16) % 250 + 2}"
    rcv = make.received(f"from {relay} ({relay} [{ip}])", sent, zone,
                        f"mx1.example.org with ESMTPS id {h[2:14]}", rcpt)
    dom = msgid_domain or relay.split(".", 1)[1]
    return [
        ("Delivered-To", rcpt),
        ("Received", rcv),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", dh(sent, zone, show)),
        ("Message-ID", mid(key, dom)),
        *extra,
    ]


def cal(prodid, method, vtz, *events):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    for z in vtz:
        lines.append(VTZ[z] if z in VTZ else make.VTZ[z])
    lines += events
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


def vevent(uid, stamp, start, end, tzid, summary, organizer, *, seq=0, status="CONFIRMED", location="",
           description="", attendees=(), extra=()):
    """start/end '20260917T100000' in tzid, or ending in Z with tzid None."""
    def dt(name, v):
        return f"{name}:{v}" if tzid is None else f"{name};TZID={tzid}:{v}"
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", dt("DTSTART", start), dt("DTEND", end),
             f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines.append(f"ORGANIZER;{organizer}")
    for a in attendees:
        lines.append(f"ATTENDEE;{a}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", *extra, "END:VEVENT"]
    return "\n".join(lines)


ME_ATT = f"CN=Jared Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}"

VTZ = {
    "America/Denver": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Mountain Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
}

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def exchange_headers(key, topic):
    h = _h(key, "tix")
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", "AQH" + h[:24].upper() + "=="),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           company="Front Range Intermodal", contact="dana.whitcomb@frontrangeintermodal.com",
           note="Greenhouse confirmation, 10:00-11:00 AM MDT in Denver (UTC-6 in September); Date header in "
                "UTC; contact = human Reply-To recruiter",
           **when("Thu 2026-09-17 10:00", DEN, "2026-09-17 11:00"))
def m01():
    body = t("""
        Hi Jared,

        Thank you for scheduling time with Front Range Intermodal! This email confirms your interview for
        the Safety Manager, Denver Intermodal Terminal role.

        Date: Thursday, September 17, 2026
        Time: 10:00 AM - 11:00 AM MDT
        Location: Video call (Google Meet) - https://meet.google.com/fri-qmzt-kaw

        Interviewers:
          Dana Whitcomb - Senior Recruiter
          Luis Carrillo - Terminal Operations Manager

        If you need to reschedule, just reply to this email and Dana will follow up.

        We look forward to speaking with you!

        Front Range Intermodal Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Jared,</p>
        <p>Thank you for scheduling time with Front Range Intermodal! This email confirms your interview for the
        <strong>Safety Manager, Denver Intermodal Terminal</strong> role.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Thursday, September 17, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM MDT</td></tr>
        <tr><td><b>Location:</b></td><td>Video call (Google Meet) - <a href="https://meet.google.com/fri-qmzt-kaw">https://meet.google.com/fri-qmzt-kaw</a></td></tr>
        </table>
        <p><b>Interviewers:</b><br>Dana Whitcomb - Senior Recruiter<br>Luis Carrillo - Terminal Operations Manager</p>
        <p>If you need to reschedule, just reply to this email and Dana will follow up.</p>
        <p>We look forward to speaking with you!</p>
        <p>Front Range Intermodal Talent Acquisition</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8f2c1e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    h = hdrs(1, addr("Front Range Intermodal", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Safety Manager, Denver Intermodal Terminal \u2013 Front Range Intermodal",
             "2026-09-14 09:12", DEN, "mail-41.us.greenhouse-mail.io", show="UTC",
             extra=[("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@frontrangeintermodal.com"))])
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           company="Platte Valley Rail Services", contact="marcus.oyelaran@plattevalleyrail.com",
           note="Lever confirmation for an Omaha employer: 9:00-9:45 AM Central Daylight Time (UTC-5) = 14:00Z, "
                "8:00 AM in Cheyenne; ICS attachment in America/Chicago agrees; contact = Reply-To / ORGANIZER",
           **when("Tue 2026-09-29 09:00", CHI, "2026-09-29 09:45"))
def m02():
    body = t("""
        Hi Jared,

        Thanks for making time to chat with us about the Yard Safety Supervisor role. Your interview is confirmed:

        Tuesday, September 29, 2026
        9:00 AM - 9:45 AM (Central Daylight Time)
        Video call: https://plattevalleyrail.zoom.us/j/84417720391

        You'll be meeting with Marcus Oyelaran (Talent Partner) and Renee Schultz (Director of Yard Operations).

        A calendar invitation is attached. Need to make a change? Reply to this email and it'll go straight
        to Marcus.

        Best,
        The Platte Valley Rail Services Team
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333">
        <p>Hi Jared,</p>
        <p>Thanks for making time to chat with us about the Yard Safety Supervisor role. Your interview is confirmed:</p>
        <div style="border-left:3px solid #579eff;padding-left:12px">
        <strong>Tuesday, September 29, 2026</strong><br>9:00 AM - 9:45 AM (Central Daylight Time)<br>
        Video call: <a href="https://plattevalleyrail.zoom.us/j/84417720391">https://plattevalleyrail.zoom.us/j/84417720391</a></div>
        <p>You'll be meeting with Marcus Oyelaran (Talent Partner) and Renee Schultz (Director of Yard Operations).</p>
        <p>A calendar invitation is attached. Need to make a change? Reply to this email and it'll go straight to Marcus.</p>
        <p>Best,<br>The Platte Valley Rail Services Team</p>
        </div>
        """)
    ics = cal("-//Lever//Lever Scheduling//EN", "REQUEST", ["America/Chicago"], vevent(
        "lever-int-5c1e0a77-2e44-4b9f-9d1a-93f0b1e7a4c2@hire.lever.co", "20260922T190500Z",
        "20260929T090000", "20260929T094500", "America/Chicago",
        "Interview: Jared Lindqvist <> Platte Valley Rail Services (Yard Safety Supervisor)",
        "CN=Marcus Oyelaran:mailto:marcus.oyelaran@plattevalleyrail.com",
        location="https://plattevalleyrail.zoom.us/j/84417720391", attendees=[ME_ATT]))
    h = hdrs(2, addr("Platte Valley Rail Services", "no-reply@hire.lever.co"),
             "Your interview with Platte Valley Rail Services is confirmed", "2026-09-22 14:05", CHI,
             "mail-a12.hire.lever.co",
             extra=[("Reply-To", addr("Marcus Oyelaran", "marcus.oyelaran@plattevalleyrail.com"))])
    return make.message(h, mixed(alt(text(body), html(page)),
                                 calendar(ics, "REQUEST", cte="base64", filename="invite.ics",
                                          disposition="attachment", name_param=True)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           company="Sonoran Freight Lines", contact=None,
           note="Workday HTML-only (base64): 1:30-2:30 PM (GMT-07:00) Arizona; Phoenix has no DST, so UTC-7 in "
                "October = 20:30Z (2:30 PM in Cheyenne, which is on MDT); no human address anywhere -> contact null",
           **when("Wed 2026-10-07 13:30", PHX, "2026-10-07 14:30"))
def m03():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f5f5f5">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <p>Hello Jared,</p>
        <p>An interview has been scheduled for you for the position <b>EHS Coordinator, Tolleson Yard</b> (R-0048213).</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td style="color:#666">Interview Date</td><td>Wednesday, October 7, 2026</td></tr>
        <tr><td style="color:#666">Time</td><td>1:30 PM - 2:30 PM (GMT-07:00) Arizona</td></tr>
        <tr><td style="color:#666">Location</td><td>Microsoft Teams (your interviewer will send the link)</td></tr>
        <tr><td style="color:#666">Interviewers</td><td>Alvarez, Teresa (Terminal Manager)<br>Begay, Nathan (Safety Manager)</td></tr>
        </table>
        <p>Please note that Arizona does not observe daylight saving time.</p>
        <p>To view the details of your application or to withdraw, sign in to your
        <a href="https://sonoranfreight.wd1.myworkdayjobs.com/en-US/Careers/userHome">Candidate Home</a>.</p>
        <p>Thank you,<br>Talent Acquisition<br>Sonoran Freight Lines</p>
        <p style="font-size:11px;color:#999">This is a system-generated email. Please do not reply to this message.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    h = hdrs(3, addr("Sonoran Freight Lines", "sonoranfreight@myworkday.com"),
             "Interview Scheduled - EHS Coordinator, Tolleson Yard (R-0048213)", "2026-10-01 15:30", PHX,
             "wd1-smtp-04.myworkday.com")
    return make.message(h, html(page, cte="base64"))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           company="Ridgeline Safety Analytics", contact="hannah.okafor@ridgelinesafety.io",
           note="Ashby confirmation for a remote team run from New York: 12:00-12:45 PM EDT (UTC-4) = 16:00Z "
                "(10:00 AM in Cheyenne); base64 bodies, ICS in America/New_York; contact = Reply-To / ORGANIZER",
           **when("Fri 2026-10-09 12:00", NYC, "2026-10-09 12:45"))
def m04():
    body = t("""
        Hi Jared,

        Your interview is confirmed. We're looking forward to speaking with you!

        Friday, October 9, 2026, 12:00 PM \u2013 12:45 PM EDT
        Google Meet \u2013 https://meet.google.com/rsa-hpwd-jtc

        You'll meet with:
          Owen Castellanos \u2014 VP, Field Safety

        Questions? Just reply and it will reach Hannah Okafor.

        Thanks,
        Ridgeline Safety Analytics Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jared,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Friday, October 9, 2026, 12:00 PM \u2013 12:45 PM EDT</b><br>
        Google Meet \u2013 <a href="https://meet.google.com/rsa-hpwd-jtc">https://meet.google.com/rsa-hpwd-jtc</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Owen Castellanos \u2014 VP, Field Safety</p>
        <p>Questions? Just reply and it will reach Hannah Okafor.</p>
        <p>Thanks,<br>Ridgeline Safety Analytics Recruiting</p>
        </body></html>
        """)
    ics = cal("-//Ashby//Ashby Scheduling//EN", "REQUEST", ["America/New_York"], vevent(
        "3b7f0c52-91d4-4d0e-a6f7-0e5d2c8b1a90", "20261006T150200Z", "20261009T120000", "20261009T124500",
        "America/New_York", "Ridgeline Safety Analytics - Safety Program Manager (Remote) Interview",
        "CN=Hannah Okafor:mailto:hannah.okafor@ridgelinesafety.io",
        location="https://meet.google.com/rsa-hpwd-jtc", attendees=[ME_ATT]))
    h = hdrs(4, addr("Ridgeline Safety Analytics", "no-reply@ashbyhq.com"),
             "Interview confirmed: Safety Program Manager (Remote) at Ridgeline Safety Analytics",
             "2026-10-06 11:02", NYC, "a48-33.smtp-out.amazonses.com", show="UTC",
             extra=[("Reply-To", addr("Hannah Okafor", "hannah.okafor@ridgelinesafety.io"))],
             msgid_domain="email.amazonses.com")
    return make.message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                 calendar(ics, "REQUEST", cte="base64", filename="invite.ics",
                                          disposition="attachment")))


@make.mail(N(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           company="High Plains Energy Cooperative", contact="gwen.albrecht@highplainsenergy.coop",
           note="SmartRecruiters confirmation, in person in Cheyenne at 2:00 PM America/Denver (MDT, UTC-6) = 20:00Z; "
                "'about 90 minutes' is approximate so end null; contact = Reply-To HR partner (later cancelled, "
                "see the thread)",
           **when("Thu 2026-10-15 14:00", DEN))
def m05():
    body = t("""
        Dear Jared,

        Thank you for confirming your interview for Safety Coordinator II at High Plains Energy Cooperative.

        When: Thursday, October 15, 2026 at 2:00 PM (America/Denver)
        Where: High Plains Energy Cooperative, 1820 Westland Rd, Cheyenne, WY 82001 \u2014 please check in
        at the front desk
        Who: Gwen Albrecht (HR Business Partner), Mike Danforth (Operations Superintendent)

        Please plan for about 90 minutes; the second half is a walk-through of our substation yard, so
        bring steel-toed boots and safety glasses.

        If you have questions, reply to this message.

        Best regards,
        Gwen Albrecht
        High Plains Energy Cooperative

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Dear Jared,</p>
        <p>Thank you for confirming your interview for <b>Safety Coordinator II</b> at High Plains Energy Cooperative.</p>
        <p><b>When:</b> Thursday, October 15, 2026 at 2:00 PM (America/Denver)<br>
        <b>Where:</b> High Plains Energy Cooperative, 1820 Westland Rd, Cheyenne, WY 82001 \u2014 please check in at the front desk<br>
        <b>Who:</b> Gwen Albrecht (HR Business Partner), Mike Danforth (Operations Superintendent)</p>
        <p>Please plan for about 90 minutes; the second half is a walk-through of our substation yard, so bring
        steel-toed boots and safety glasses.</p>
        <p>If you have questions, reply to this message.</p>
        <p>Best regards,<br>Gwen Albrecht<br>High Plains Energy Cooperative</p>
        <p style="font-size:11px;color:#8a8a8a">Powered by SmartRecruiters</p>
        </body></html>
        """)
    h = hdrs(5, addr("High Plains Energy Cooperative", "no-reply@smartrecruiters.com"),
             "Interview invitation confirmed: Safety Coordinator II", "2026-10-12 10:15", DEN,
             "mta-07.smartrecruiters.com",
             extra=[("Reply-To", addr("Gwen Albrecht", "gwen.albrecht@highplainsenergy.coop"))])
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(6), family="icims", lang="en", interview=True, kind="scheduled",
           company="Poudre Valley Materials", contact="rosa.delgado@poudrevalleymaterials.com",
           note="iCIMS HTML-only with an application/ics attachment in UTC: US date 10/21/2026 9:00 AM Mountain "
                "(Fort Collins, MDT) = 15:00Z, 60 minutes; ICS ORGANIZER is the iCIMS no-reply, so contact = the "
                "plant manager's address in the body",
           **when("Wed 2026-10-21 09:00", DEN, "2026-10-21 10:00"))
def m06():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Dear Jared,</p>
        <p>Thank you for your interest in the <b>Safety Specialist</b> position (Req 2026-1187) with Poudre Valley
        Materials. Your interview has been confirmed as follows:</p>
        <p>Date: 10/21/2026<br>
        Time: 9:00 AM Mountain Time<br>
        Duration: 60 minutes<br>
        Interviewer: Rosa Delgado, Plant Manager<br>
        Location: 4120 E Mulberry St, Fort Collins, CO 80524 (main office, enter through the visitor gate)</p>
        <p>Please bring a government-issued photo ID. Site PPE will be provided.</p>
        <p>If you have questions or need to reschedule, please contact Rosa Delgado at
        <a href="mailto:rosa.delgado@poudrevalleymaterials.com">rosa.delgado@poudrevalleymaterials.com</a>
        or (970) 555-0142.</p>
        <p>Regards,<br>Poudre Valley Materials Recruiting</p>
        <p style="font-size:10px;color:#777">Please do not reply to this email; this mailbox is not monitored.</p>
        </div></body></html>
        """)
    ics = cal("-//iCIMS//Talent Platform//EN", "REQUEST", [], vevent(
        "icims-int-2026-1187-88417@icims.com", "20261016T144400Z", "20261021T150000Z", "20261021T160000Z",
        None, "Interview - Safety Specialist - Poudre Valley Materials",
        "CN=Poudre Valley Materials:mailto:noreply@talent.icims.com",
        location="4120 E Mulberry St\\, Fort Collins\\, CO 80524", attendees=[ME_ATT]))
    h = hdrs(6, addr("Poudre Valley Materials", "poudrevalley+autoreply@talent.icims.com"),
             "Interview Confirmation - Safety Specialist (Req 2026-1187)", "2026-10-16 08:44", DEN,
             "mailout2.talent.icims.com", msgid_domain="talent.icims.com")
    return make.message(h, mixed(html(page), calendar(ics, None, ctype="application/ics", cte="base64",
                                                      filename="Interview.ics", disposition="attachment",
                                                      name_param=True)))


@make.mail(N(7), family="workable", lang="en", interview=True, kind="scheduled",
           company="Keystone Track Services", contact="brent.halvorsen@keystonetrack.com",
           note="Workable: 11:00-11:30 AM (GMT-06:00) Mountain Time - Denver (MDT) = 17:00Z; Reply-To is a Workable "
                "relay, so contact = the interviewer's address in the body",
           **when("Thu 2026-10-22 11:00", DEN, "2026-10-22 11:30"))
def m07():
    body = t("""
        Hi Jared,

        Your interview for the Track Safety Lead position at Keystone Track Services has been scheduled.

        Thursday, October 22, 2026
        11:00 AM - 11:30 AM (GMT-06:00) Mountain Time - Denver
        Phone call \u2014 Brent will call you at the number on your application.

        Interviewer: Brent Halvorsen, Operations Manager

        Need to get in touch? You can reply to this email, or reach Brent directly at
        brent.halvorsen@keystonetrack.com.

        Good luck!
        Keystone Track Services

        --
        Sent via Workable
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;max-width:560px">
        <p>Hi Jared,</p>
        <p>Your interview for the <strong>Track Safety Lead</strong> position at Keystone Track Services has been scheduled.</p>
        <table style="background:#f4f7fa;padding:12px;width:100%"><tr><td>
        <div style="font-weight:bold">Thursday, October 22, 2026</div>
        <div>11:00 AM - 11:30 AM (GMT-06:00) Mountain Time - Denver</div>
        <div>Phone call \u2014 Brent will call you at the number on your application.</div>
        </td></tr></table>
        <p>Interviewer: Brent Halvorsen, Operations Manager</p>
        <p>Need to get in touch? You can reply to this email, or reach Brent directly at
        <a href="mailto:brent.halvorsen@keystonetrack.com">brent.halvorsen@keystonetrack.com</a>.</p>
        <p>Good luck!<br>Keystone Track Services</p>
        <p style="color:#999;font-size:12px">Sent via <a href="https://www.workable.com">Workable</a></p>
        </div>
        """)
    h = hdrs(7, addr("Keystone Track Services", "noreply@candidates.workablemail.com"),
             "Interview scheduled: Track Safety Lead at Keystone Track Services", "2026-10-19 13:20", DEN,
             "o12.candidates.workablemail.com", show="UTC",
             extra=[("Reply-To", addr("Keystone Track Services",
                                      "keystone-track-services+7f3a9c21@candidates.workablemail.com"))])
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(8), family="goodtime", lang="en", interview=True, kind="scheduled",
           company="Arapahoe Rail Logistics", contact="jess.moreno@arapahoerail.com",
           note="GoodTime onsite itinerary in Denver, three sessions 9:00-11:30 AM MDT (UTC-6): start = first session "
                "15:00Z, end = last session end 17:30Z; contact = Reply-To coordinator",
           **when("Thu 2026-10-29 09:00", DEN, "2026-10-29 11:30"))
def m08():
    body = t("""
        Hi Jared,

        We're excited to host you for your onsite interview for Yard Safety Manager at Arapahoe Rail
        Logistics! Here is your itinerary.

        Thursday, October 29, 2026 (all times Mountain Daylight Time)

          9:00 AM - 9:45 AM    Carla Nguyen, Director of Safety (hiring manager)
          10:00 AM - 10:45 AM  Yard walk with Tom Reese, Yardmaster
          11:00 AM - 11:30 AM  Jess Moreno, Recruiting Coordinator (wrap-up)

        Location: Arapahoe Rail Logistics, 5400 E 56th Ave, Commerce City, CO 80022
        Check in at the guard shack on the north gate; visitor parking is on the left.

        For the yard walk please wear long pants and closed-toe boots. We'll provide a vest, hard hat and
        glasses.

        Questions about your visit? Reply to this email to reach Jess.

        See you soon,
        Arapahoe Rail Logistics Recruiting
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jared,</p>
        <p>We're excited to host you for your onsite interview for <b>Yard Safety Manager</b> at Arapahoe Rail Logistics!
        Here is your itinerary.</p>
        <h3 style="margin-bottom:4px">Thursday, October 29, 2026</h3>
        <div style="color:#666;margin-bottom:8px">All times Mountain Daylight Time</div>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>9:00 AM - 9:45 AM</td><td>Carla Nguyen, Director of Safety (hiring manager)</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Yard walk with Tom Reese, Yardmaster</td></tr>
        <tr><td>11:00 AM - 11:30 AM</td><td>Jess Moreno, Recruiting Coordinator (wrap-up)</td></tr>
        </table>
        <p><b>Location:</b> Arapahoe Rail Logistics, 5400 E 56th Ave, Commerce City, CO 80022<br>
        Check in at the guard shack on the north gate; visitor parking is on the left.</p>
        <p>For the yard walk please wear long pants and closed-toe boots. We'll provide a vest, hard hat and glasses.</p>
        <p>Questions about your visit? Reply to this email to reach Jess.</p>
        <p>See you soon,<br>Arapahoe Rail Logistics Recruiting</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    h = hdrs(8, addr("Arapahoe Rail Logistics Recruiting", "scheduling@goodtime.io"),
             "Your Onsite Interview Itinerary - Arapahoe Rail Logistics", "2026-10-26 15:00", DEN,
             "o3.email.goodtime.io",
             extra=[("Reply-To", addr("Jess Moreno", "jess.moreno@arapahoerail.com"))])
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(9), family="calendly", lang="en", interview=True, kind="scheduled",
           company="Bitterroot Safety Partners", contact="colin@bitterrootsafety.com",
           note="Calendly invitee confirmation after the US change back to standard time: 8:30-9:00am Mountain Time "
                "on Fri 6 Nov = MST (UTC-7) = 15:30Z; contact = Reply-To host",
           **when("Fri 2026-11-06 08:30", DEN, "2026-11-06 09:00"))
def m09():
    body = t("""
        Hi Jared Lindqvist,

        A new event has been scheduled.

        Event Type:
        Intro call - Field Safety Consultant (Remote)

        Invitee:
        Jared Lindqvist

        Invitee Email:
        jared.lindqvist@example.org

        Event Date/Time:
        08:30am - 09:00am (Mountain Time - US & Canada) on Friday, November 6, 2026

        Location:
        Colin will call you at +1 307-555-0178

        Description:
        30-minute intro call about the Field Safety Consultant opening on our remote team. I'll tell you
        about the client sites and you can tell me about your yard work.

        View event in Calendly: https://calendly.com/events/7c2f91e4/invitee

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5d0a93b2-1f6c-4e07
        Reschedule: https://calendly.com/reschedulings/5d0a93b2-1f6c-4e07

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;font-size:14px;color:#4d5055">
        <p>Hi Jared Lindqvist,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Field Safety Consultant (Remote)</p>
        <p><b>Invitee:</b><br>Jared Lindqvist</p>
        <p><b>Invitee Email:</b><br><a href="mailto:jared.lindqvist@example.org">jared.lindqvist@example.org</a></p>
        <p><b>Event Date/Time:</b><br>08:30am - 09:00am (Mountain Time - US &amp; Canada) on Friday, November 6, 2026</p>
        <p><b>Location:</b><br>Colin will call you at +1 307-555-0178</p>
        <p><b>Description:</b><br>30-minute intro call about the Field Safety Consultant opening on our remote team.
        I'll tell you about the client sites and you can tell me about your yard work.</p>
        <p><a href="https://calendly.com/events/7c2f91e4/invitee">View event in Calendly</a></p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/5d0a93b2-1f6c-4e07">Cancel</a> |
        <a href="https://calendly.com/reschedulings/5d0a93b2-1f6c-4e07">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    h = hdrs(9, addr("Calendly", "notifications@calendly.com"),
             "New Event: Jared Lindqvist - 08:30am Fri, Nov 6, 2026 - Intro call - Field Safety Consultant (Remote)",
             "2026-11-03 19:45", DEN, "o1.email.calendly.com", show="UTC",
             extra=[("Reply-To", addr("Colin Breyer", "colin@bitterrootsafety.com"))])
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(10), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           company="Heartland Grain Rail", contact="denise.kowalczyk@heartlandgrainrail.com",
           note="Microsoft Bookings from a shared mailbox (HGRInterviews@): body shows '(UTC-06:00) Central Time' "
                "but in October Omaha is on CDT (UTC-5), so 10:00 AM = 15:00Z, which the ICS (Central Standard Time "
                "with VTIMEZONE) confirms; 45 minutes; contact = the staff member's address in the body",
           **when("Thu 2026-10-08 10:00", CHI, "2026-10-08 10:45"))
def m10():
    body = t("""
        Hello Jared Lindqvist,

        Thanks for booking with Heartland Grain Rail Talent Acquisition. Your booking is confirmed.

        Safety Supervisor Interview (Teams)
        Thursday, October 8, 2026
        10:00 AM (UTC-06:00) Central Time (US & Canada)
        Duration: 45 minutes
        Staff: Denise Kowalczyk

        Join your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTc2%40thread.v2/0

        If you need to make changes or have questions, please contact Denise Kowalczyk at
        denise.kowalczyk@heartlandgrainrail.com.

        Manage booking: https://outlook.office365.com/owa/calendar/HeartlandGrainRailTA@heartlandgrainrail.com/bookings/
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333">
        <div style="font-size:20px;color:#0078d4">Your booking is confirmed</div>
        <p>Hello Jared Lindqvist,</p>
        <p>Thanks for booking with Heartland Grain Rail Talent Acquisition.</p>
        <table cellpadding="3">
        <tr><td><b>Safety Supervisor Interview (Teams)</b></td></tr>
        <tr><td>Thursday, October 8, 2026</td></tr>
        <tr><td>10:00 AM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Duration: 45 minutes</td></tr>
        <tr><td>Staff: Denise Kowalczyk</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTc2%40thread.v2/0">Join your appointment</a></p>
        <p>If you need to make changes or have questions, please contact Denise Kowalczyk at
        <a href="mailto:denise.kowalczyk@heartlandgrainrail.com">denise.kowalczyk@heartlandgrainrail.com</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/HeartlandGrainRailTA@heartlandgrainrail.com/bookings/">Manage booking</a></p>
        </body></html>
        """)
    ics = cal("Microsoft Exchange Server 2010", "REQUEST", ["Central Standard Time"], vevent(
        "040000008200E00074C5B7101A82E00800000000F0A1C2D3E4F5DA01000000000000000010000000A1B2C3D4E5F60718",
        "20261005T153000Z", "20261008T100000", "20261008T104500", "Central Standard Time",
        "Safety Supervisor Interview (Teams)",
        "CN=Heartland Grain Rail Talent Acquisition:mailto:HGRInterviews@heartlandgrainrail.com",
        attendees=[ME_ATT], extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]))
    h = hdrs(10, addr("Heartland Grain Rail Talent Acquisition", "HGRInterviews@heartlandgrainrail.com"),
             "Your booking is confirmed: Safety Supervisor Interview (Teams)", "2026-10-05 10:30", CHI,
             "mail-dm6nam12.outbound.protection.outlook.com", msgid_domain="DM6PR12MB4471.namprd12.prod.outlook.com")
    return make.message(h, mixed(alt(text(body), html(page)),
                                 calendar(ics, "REQUEST", cte="base64", filename="invite.ics",
                                          disposition="attachment")))


@make.mail(N(11), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           company="Continental Divide Rail Services", contact="rachel.kimball@cdrailservices.com",
           note="Exchange meeting request sent Thu 29 Oct in MDT for Tue 3 Nov, after the US change back to standard "
                "time: 10:00-11:00 AM (UTC-07:00) Mountain Time = 17:00Z; TZID 'Mountain Standard Time' with "
                "VTIMEZONE; contact = human organizer/sender",
           **when("Tue 2026-11-03 10:00", DEN, "2026-11-03 11:00"))
def m11():
    body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        Jared,

        Here's the invite for your panel interview with Scott, Alana and me. Note this is the Tuesday after
        the clocks fall back, so double-check your phone calendar picked it up right.

        Thanks,
        Rachel

        """) + TEAMS.format(tid="MzQ5YjE2ZDEtOGM0Ny00", mid="283 114 905 772", pc="7vQx3B")
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time (US &amp; Canada).<br>
        Where: Microsoft Teams Meeting</p>
        <p class="MsoNormal">Jared,</p>
        <p class="MsoNormal">Here's the invite for your panel interview with Scott, Alana and me. Note this is the Tuesday after
        the clocks fall back, so double-check your phone calendar picked it up right.</p>
        <p class="MsoNormal">Thanks,<br>Rachel</p>
        <div style="margin-bottom:24px">________________________________________________________________________________<br>
        <b><span style="font-size:18pt">Microsoft Teams meeting</span></b><br>
        <b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ5YjE2ZDEtOGM0Ny00%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 283 114 905 772<br>Passcode: 7vQx3B<br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = cal("Microsoft Exchange Server 2010", "REQUEST", ["Mountain Standard Time"], vevent(
        "040000008200E00074C5B7101A82E008000000003C9E7B51D267DA01000000000000000010000000F3A91B2C66D04E4F",
        "20261029T221200Z", "20261103T100000", "20261103T110000", "Mountain Standard Time",
        "Interview: Jared Lindqvist - Manager, Rail Safety & Compliance",
        "CN=\"Kimball, Rachel\":mailto:rachel.kimball@cdrailservices.com",
        location="Microsoft Teams Meeting",
        attendees=[ME_ATT, "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Whitlock, Scott\":mailto:"
                   "scott.whitlock@cdrailservices.com"],
        extra=["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
               "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"]))
    h = hdrs(11, addr("Kimball, Rachel", "rachel.kimball@cdrailservices.com"),
             "Interview: Jared Lindqvist - Manager, Rail Safety & Compliance", "2026-10-29 16:12", DEN,
             "mail-bn8nam11.outbound.protection.outlook.com",
             msgid_domain="BN8PR11MB3620.namprd11.prod.outlook.com",
             extra=[*exchange_headers(11, "Interview: Jared Lindqvist - Manager, Rail Safety & Compliance"),
                    ("Content-class", "urn:content-classes:calendarmessage")])
    return make.message(h, alt(text(body), html(page), calendar(ics, "REQUEST", cte="base64")))


GCAL_FOOT = t("""
    Invitation from Google Calendar: https://calendar.google.com/calendar/

    You are receiving this email because you are an attendee on the event. To stop receiving future updates
    for this event, decline this event.

    Forwarding this invitation could allow any recipient to send a response to the organizer, be added to
    the guest list, invite others regardless of their own invitation status, or modify your RSVP.
    """)


def _gcal_timberline(key, subject, lead, when_line, stamp, start, end, seq, sent):
    body = lead + t(f"""
        Timberline Railcar - Safety Lead interview (Jared Lindqvist)
        {when_line}
        Mountain Time - Denver

        Location
        Timberline Railcar Services, 2201 Midpoint Dr, Fort Collins, CO 80525
        https://www.google.com/maps/search/2201+Midpoint+Dr,+Fort+Collins,+CO+80525

        Jared - we'll start in the conference room and then walk the repair shop floor. Ask for me at the
        front desk.

        Organizer
        Greg Estrada
        greg.estrada@timberlinerailcar.com

        Guests
        Greg Estrada - organizer
        Amy Sorensen
        jared.lindqvist@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=dGltYmVy

        Reply for jared.lindqvist@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=RESPOND&eid=dGltYmVy

        """) + GCAL_FOOT
    page = make.gmail_html(body)
    ics = cal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", ["America/Denver"], vevent(
        "4q0l8b2m3v7n1c9e5d6t0s4k2h@google.com", stamp, start, end, "America/Denver",
        "Timberline Railcar - Safety Lead interview (Jared Lindqvist)",
        "CN=Greg Estrada:mailto:greg.estrada@timberlinerailcar.com", seq=seq,
        location="Timberline Railcar Services\\, 2201 Midpoint Dr\\, Fort Collins\\, CO 80525",
        description="Jared - we'll start in the conference room and then walk the repair shop floor. Ask for "
                    "me at the front desk.",
        attendees=["CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Greg Estrada;"
                   "X-NUM-GUESTS=0:mailto:greg.estrada@timberlinerailcar.com",
                   "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
                   f"CN={ME};X-NUM-GUESTS=0:mailto:{ME}",
                   "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Amy Sorensen;"
                   "X-NUM-GUESTS=0:mailto:amy.sorensen@timberlinerailcar.com"],
        extra=["TRANSP:OPAQUE", f"CREATED:{stamp}", f"LAST-MODIFIED:{stamp}"]))
    h = hdrs(key, addr("Greg Estrada", "greg.estrada@timberlinerailcar.com"), subject, sent, DEN,
             "mail-sor-f69.google.com", msgid_domain="google.com",
             extra=[("Reply-To", addr("Greg Estrada", "greg.estrada@timberlinerailcar.com")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))])
    return make.message(h, mixed(alt(text(body), html(page), calendar(ics, "REQUEST")),
                                 calendar(ics, "REQUEST", ctype="application/ics", cte="base64",
                                          filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(12), family="google_calendar", lang="en", interview=True, kind="scheduled",
           company="Timberline Railcar Services", contact="greg.estrada@timberlinerailcar.com",
           note="Google Calendar invitation from the hiring manager in Fort Collins: Wed 11 Nov 1pm-2pm MST (UTC-7) "
                "= 20:00Z; ICS in America/Denver; contact = Reply-To / ORGANIZER (moved later, see the update)",
           **when("Wed 2026-11-11 13:00", DEN, "2026-11-11 14:00"))
def m12():
    return _gcal_timberline(
        12, "Invitation: Timberline Railcar - Safety Lead interview (Jared Lindqvist) @ Wed Nov 11, 2026 "
            "1pm - 2pm (MST) (jared.lindqvist@example.org)",
        "You have been invited to the following event.\n\n", "Wednesday Nov 11, 2026 \u22c5 1pm \u2013 2pm",
        "20261105T170500Z", "20261111T130000", "20261111T140000", 0, "2026-11-05 10:05")


@make.mail(N(13), family="ics_attachment", lang="en", interview=True, kind="scheduled",
           company="Frontier Switching Co.", contact="btran@frontierswitching.com",
           note="Hiring manager's short mail with a Thunderbird invite.ics; the time is only in the ICS "
                "(America/Denver 10:00-11:30 on Thu 19 Nov, MST = 17:00Z); the Date (Mon 20:45 MST) is already "
                "Tuesday in UTC, 'Thursday' resolves from the local Monday; contact = ORGANIZER / sender",
           **when("Thu 2026-11-19 10:00", DEN, "2026-11-19 11:30"))
def m13():
    body = t("""
        Jared,

        Good talking with you this afternoon. Like I said, the easiest way to see if we're a fit is to walk
        the yard together, then sit down with Carol from HR. Invite's attached for Thursday - if the time
        doesn't work, just call my cell, 307-555-0193.

        Park by the scale house and wear your boots and a vest. We'll have a hard hat for you.

        Bill Tran
        Terminal Superintendent
        Frontier Switching Co.
        Cheyenne, WY
        """)
    ics = cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "REQUEST", ["America/Denver"], vevent(
        "a7d2c4e0-6b1f-4f39-9c55-2e8b0d7f13aa", "20261117T034500Z", "20261119T100000", "20261119T113000",
        "America/Denver", "Jared Lindqvist - yard walk + interview (Frontier Switching)",
        "CN=Bill Tran:mailto:btran@frontierswitching.com",
        location="Frontier Switching Co.\\, scale house\\, 2400 E Lincolnway\\, Cheyenne WY",
        attendees=["RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Jared Lindqvist:mailto:" + ME,
                   "RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Carol Yazzie:mailto:"
                   "cyazzie@frontierswitching.com"],
        extra=["CREATED:20261117T034300Z", "LAST-MODIFIED:20261117T034500Z", "TRANSP:OPAQUE"]))
    h = hdrs(13, addr("Bill Tran", "btran@frontierswitching.com"), "Thursday - yard walk + interview",
             "2026-11-16 20:45", DEN, "smtp.frontierswitching.com",
             extra=[("User-Agent", "Mozilla Thunderbird")])
    return make.message(h, mixed(text(body, cte="7bit", params="format=flowed"),
                                 calendar(ics, "REQUEST", filename="invite.ics", disposition="attachment",
                                          name_param=True)))


@make.mail(N(14), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           company="Ballast Point Compliance", contact="angela.ruiz@ballastpointcompliance.com",
           note="Recruiter's short 'you're confirmed for Tuesday at 1:00 PM Central' on top of the quoted thread "
                "(her two options, Jared's pick of Tue Dec 1); CST (UTC-6) = 19:00Z, 30-minute call; contact = "
                "human sender",
           **when("Tue 2026-12-01 13:00", CHI, "2026-12-01 13:30"))
def m14():
    body = t("""
        Perfect, you're confirmed for Tuesday at 1:00 PM Central. It'll be a 30-minute video call with me
        and Dave Hollings, our Director of Compliance; I'll send the Zoom link Monday.

        Happy Thanksgiving!

        Angela

        On Tue, Nov 24, 2026 at 7:52 PM Jared Lindqvist <jared.lindqvist@example.org> wrote:
        > Hi Angela,
        >
        > Tuesday, December 1 at 1:00 PM Central works great for me (that's noon
        > here in Cheyenne). Thanks!
        >
        > Jared
        >
        > On Tue, Nov 24, 2026 at 11:03 AM Angela Ruiz <angela.ruiz@ballastpointcompliance.com> wrote:
        >> Hi Jared,
        >>
        >> Thanks for applying to Ballast Point! I'd love to set up a first
        >> conversation about the Compliance Specialist (Remote) role. Would either
        >> of these work?
        >>
        >> - Monday, November 30 at 11:00 AM CT
        >> - Tuesday, December 1 at 1:00 PM CT
        >>
        >> Angela Ruiz | Talent Acquisition | Ballast Point Compliance
        """)
    h = hdrs(14, addr("Angela Ruiz", "angela.ruiz@ballastpointcompliance.com"),
             "Re: Compliance Specialist (Remote) - next steps", "2026-11-25 09:14", CHI, "mail-yw1-f172.google.com",
             msgid_domain="mail.gmail.com",
             extra=[("In-Reply-To", mid(14, "mail.gmail.com", "jared")),
                    ("References", mid(14, "mail.gmail.com", "angela0") + " " + mid(14, "mail.gmail.com", "jared"))])
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(15), family="forwarded", lang="en", interview=True, kind="scheduled",
           company="Western Prairie Railroad", contact="sheila.brandt@westernprairierr.com",
           note="Jared forwards a Taleo confirmation to himself; 10:30 AM Central Time on Thu 3 Dec = CST (UTC-6) = "
                "16:30Z; 'approximately one hour' so end null; the forwarder is the candidate and the Taleo sender "
                "a no-reply, so contact = the coordinator's address in the forwarded body",
           **when("Thu 2026-12-03 10:30", CHI))
def m15():
    body = t("""
        note to self - 9:30 my time. Have the FRA audit binder and the derailment stats handy.

        ---------- Forwarded message ---------
        From: Western Prairie Railroad <wpr.careers@taleo.net>
        Date: Fri, Nov 27, 2026 at 3:41 PM
        Subject: Interview Confirmation - Rail Yard Safety Manager (Cheyenne)
        To: <jared.lindqvist@example.org>


        Dear Jared Lindqvist,

        Thank you for your interest in the Rail Yard Safety Manager (Cheyenne) position (Requisition
        26-04417) with Western Prairie Railroad.

        We are pleased to confirm your virtual interview on Thursday, December 3, 2026 at 10:30 AM Central
        Time. The interview will last approximately one hour and will be conducted via Microsoft Teams; the
        link will be sent separately by your coordinator.

        Interview panel: Don Petersen, General Manager - Wyoming Division; Keisha Monroe, Manager of Safety.

        If you have questions, please contact your interview coordinator, Sheila Brandt, at
        sheila.brandt@westernprairierr.com.

        Sincerely,
        Talent Acquisition
        Western Prairie Railroad

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    h = hdrs(15, JARED, "Fwd: Interview Confirmation - Rail Yard Safety Manager (Cheyenne)", "2026-11-28 12:10",
             DEN, "mail-pj1-f45.google.com", to=JARED, msgid_domain="mail.gmail.com")
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(16), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           company="Copper State Rail Terminal", contact="trevor.lang@summitstaffinggroup.com",
           note="Agency recruiter forwards the client's confirmation as a message/rfc822 attachment: Wed 9 Dec "
                "9:00-10:00 AM Arizona (MST, UTC-7) = 16:00Z, same clock as Cheyenne in December; contact = the "
                "agency recruiter (human sender; the client's note comes from hr@)",
           **when("Wed 2026-12-09 09:00", PHX, "2026-12-09 10:00"))
def m16():
    inner_body = t("""
        Trevor,

        Confirming Jared Lindqvist for the Terminal Safety Coordinator interview:

        Wednesday, December 9, 2026
        9:00 - 10:00 AM Arizona time (MST)
        Microsoft Teams - link below
        Panel: Luis Ocampo (Terminal Manager), Dawn Whitehorse (Regional EHS Manager)

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y29wcGVyc3RhdGU%40thread.v2/0

        Please make sure he has our safety program summary ahead of time.

        Thanks,
        Copper State Rail Terminal - Human Resources
        """)
    inner = make.message([
        ("From", addr("Copper State Rail Terminal HR", "hr@copperstaterail.com")),
        ("To", addr("Trevor Lang", "trevor.lang@summitstaffinggroup.com")),
        ("Subject", "Interview confirmation - J. Lindqvist - Terminal Safety Coordinator"),
        ("Date", dh("2026-12-03 16:22", PHX)),
        ("Message-ID", mid(16, "copperstaterail.com", "inner")),
    ], text(inner_body, cte="7bit"))
    body = t("""
        Hi Jared,

        Great news - Copper State confirmed. Their HR note is attached. It's 9:00 AM Arizona time on
        Wednesday, which is also 9:00 AM for you now that Wyoming is back on standard time.

        Give me a call after you're done so we can debrief before they do.

        Trevor Lang
        Senior Recruiter, Industrial & Transportation
        Summit Staffing Group
        (303) 555-0127
        """)
    h = hdrs(16, addr("Trevor Lang", "trevor.lang@summitstaffinggroup.com"),
             "Confirmed: Copper State Rail Terminal interview Wed 12/9", "2026-12-04 11:30", DEN,
             "mail-sn1nam02.outbound.protection.outlook.com",
             msgid_domain="SN1PR02MB5517.namprd02.prod.outlook.com")
    return make.message(h, mixed(text(body),
                                 make.attached_message(inner, "Interview confirmation - J. Lindqvist.eml")))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="lever", lang="en", interview=True, kind="rescheduled",
           company="Platte Valley Rail Services", contact="marcus.oyelaran@plattevalleyrail.com",
           note="Lever reschedule with SEQUENCE:1 ICS: final round moved from Fri 30 Oct 1:00 PM CDT to Mon 2 Nov "
                "10:00-11:30 AM CST; the US clocks fall back on Sun 1 Nov, so 10:00 CST = 16:00Z (new time "
                "labelled); contact = Reply-To / ORGANIZER",
           **when("Mon 2026-11-02 10:00", CHI, "2026-11-02 11:30"))
def m17():
    body = t("""
        Hi Jared,

        Your final-round panel interview with Platte Valley Rail Services has been rescheduled. Here are the
        updated details:

        NEW TIME
        Monday, November 2, 2026
        10:00 AM - 11:30 AM (Central Standard Time)

        Previously: Friday, October 30, 2026, 1:00 PM - 2:30 PM (Central Daylight Time)

        Location: Video call - https://plattevalleyrail.zoom.us/j/86120045518
        Panel: Renee Schultz, Director of Yard Operations; Hector Ibarra, Safety Manager; Marcus Oyelaran,
        Talent Partner

        An updated calendar invitation is attached. Reply to this email with any questions.

        A note from Marcus: "Sorry for the shuffle - Renee has an FRA inspection Friday. Heads up that the
        clocks fall back Sunday, so 10:00 Central on Monday is 9:00 your time."

        Best,
        The Platte Valley Rail Services Team
        """)
    ics = cal("-//Lever//Lever Scheduling//EN", "REQUEST", ["America/Chicago"], vevent(
        "lever-int-d81a3f05-77c2-4e1b-8a4e-5b2f9e0c6d13@hire.lever.co", "20261028T162000Z",
        "20261102T100000", "20261102T113000", "America/Chicago",
        "Final round: Jared Lindqvist <> Platte Valley Rail Services (Yard Safety Supervisor)",
        "CN=Marcus Oyelaran:mailto:marcus.oyelaran@plattevalleyrail.com", seq=1,
        location="https://plattevalleyrail.zoom.us/j/86120045518", attendees=[ME_ATT]))
    h = hdrs(17, addr("Platte Valley Rail Services", "no-reply@hire.lever.co"),
             "Updated: Your interview with Platte Valley Rail Services has been rescheduled", "2026-10-28 11:20",
             CHI, "mail-a07.hire.lever.co",
             extra=[("Reply-To", addr("Marcus Oyelaran", "marcus.oyelaran@plattevalleyrail.com"))])
    return make.message(h, mixed(text(body), calendar(ics, "REQUEST", cte="base64", filename="invite.ics",
                                                      disposition="attachment", name_param=True)))


@make.mail(N(18), family="teamtailor", lang="en", interview=True, kind="rescheduled",
           company="Nordvik Rail Systems", contact="emma.lindgren@nordvikrail.com",
           note="Teamtailor reschedule from a Stockholm-based remote team: new time Tue 27 Oct 16:00-17:00 CET; "
                "Sweden left summer time on 25 Oct (UTC+1) while Wyoming is on MDT until 1 Nov, so 15:00Z = 9:00 AM "
                "in Cheyenne; old time in the mail too; ICS Europe/Stockholm SEQUENCE:1; contact = Reply-To recruiter",
           **when("Tue 2026-10-27 16:00", STO, "2026-10-27 17:00"))
def m18():
    body = t("""
        Hi Jared,

        Thanks for being flexible! Your interview for the Safety Lead, North America role has been moved.

        New time: Tuesday, October 27, 2026, 16:00 - 17:00 CET (Stockholm time)
        Previous time: Friday, October 23, 2026, 16:00 - 17:00 CEST

        Where: Microsoft Teams - the link is in the calendar invite attached to this email.
        Who: Emma Lindgren (Talent Acquisition) and Patrik Holm (Head of HSE, Nordvik Group)

        A quick note on time zones: Sweden switches back to standard time on Sunday, October 25, but
        Wyoming stays on daylight time until November 1. That week we're only 7 hours apart, so 16:00 in
        Stockholm is 9:00 AM for you in Cheyenne.

        If anything comes up, just reply to this email.

        Best,
        Emma Lindgren
        Talent Acquisition, Nordvik Rail Systems
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#191919\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")) + (
        "<p style=\"font-size:12px;color:#8c8c8c\">Sent with Teamtailor</p>\n</body></html>\n")
    ics = cal("-//Teamtailor//Interview//EN", "REQUEST", ["Europe/Stockholm"], vevent(
        "teamtailor-interview-449812@teamtailor.com", "20261022T071000Z", "20261027T160000", "20261027T170000",
        "Europe/Stockholm", "Interview: Safety Lead, North America - Nordvik Rail Systems",
        "CN=Emma Lindgren:mailto:emma.lindgren@nordvikrail.com", seq=1, location="Microsoft Teams",
        description="Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bm9yZHZpaw%40thread.v2/0",
        attendees=[ME_ATT]))
    h = hdrs(18, addr("Nordvik Rail Systems", "no-reply@teamtailor-mail.com"),
             "New time for your interview with Nordvik Rail Systems", "2026-10-22 09:10", STO,
             "mail-eu1.teamtailor-mail.com",
             extra=[("Reply-To", addr("Emma Lindgren", "emma.lindgren@nordvikrail.com"))])
    return make.message(h, mixed(alt(text(body), html(page)),
                                 calendar(ics, "REQUEST", filename="interview.ics", disposition="attachment")))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           company="Saguaro Logistics Park", contact="mvega@saguarologistics.com",
           note="Phoenix HR manager moves the interview from Wed 23 Sep 10:00 AM to Fri 25 Sep 3:00 PM Arizona time "
                "(MST, UTC-7, no DST) = 22:00Z (4:00 PM MDT in Cheyenne); '45-minute' call so end 22:45Z; Outlook "
                "windows-1252 quoted-printable; contact = human sender",
           **when("Fri 2026-09-25 15:00", PHX, "2026-09-25 15:45"))
def m19():
    body = t("""
        Hi Jared,

        Thanks for picking up earlier. As we discussed, I\u2019ve moved your interview with our GM, Ray Cordova,
        from Wednesday, September 23 at 10:00 AM to Friday, September 25 at 3:00 PM Arizona time. Remember
        we don\u2019t do daylight saving out here, so that\u2019s 4:00 PM in Cheyenne. It\u2019s still a 45-minute video
        call and the same Teams link works.

        See you Friday,

        Marisol Vega
        HR Manager | Saguaro Logistics Park
        Phoenix, AZ
        602-555-0164
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Jared,</p>
        <p class="MsoNormal">Thanks for picking up earlier. As we discussed, I\u2019ve moved your interview with our GM, Ray Cordova,
        from Wednesday, September 23 at 10:00 AM to <b>Friday, September 25 at 3:00 PM Arizona time</b>. Remember
        we don\u2019t do daylight saving out here, so that\u2019s 4:00 PM in Cheyenne. It\u2019s still a 45-minute video
        call and the same Teams link works.</p>
        <p class="MsoNormal">See you Friday,</p>
        <p class="MsoNormal">Marisol Vega<br>HR Manager | Saguaro Logistics Park<br>Phoenix, AZ<br>602-555-0164</p>
        </div></body></html>
        """)
    h = hdrs(19, addr("Marisol Vega", "mvega@saguarologistics.com"), "Moving Wednesday's interview to Friday",
             "2026-09-21 13:00", PHX, "mail-co1nam04.outbound.protection.outlook.com",
             msgid_domain="CO1PR04MB7720.namprd04.prod.outlook.com",
             extra=exchange_headers(19, "Moving Wednesday's interview to Friday"))
    return make.message(h, alt(text(body, "windows-1252"), html(page, "windows-1252")))


@make.mail(N(20), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           company="Timberline Railcar Services", contact="greg.estrada@timberlinerailcar.com",
           note="Google Calendar 'Updated invitation' (SEQUENCE:1) moving the Timberline interview from Wed 11 Nov "
                "1pm to Fri 13 Nov 9am-10am MST (UTC-7) = 16:00Z; contact = Reply-To / ORGANIZER",
           **when("Fri 2026-11-13 09:00", DEN, "2026-11-13 10:00"))
def m20():
    lead = t("""
        This event has been updated
        Changed: time

        Greg Estrada: Moving us to Friday morning - the shop is running a derailment drill Wednesday
        afternoon and I'd rather you see a normal day.

        """)
    return _gcal_timberline(
        20, "Updated invitation: Timberline Railcar - Safety Lead interview (Jared Lindqvist) @ Fri Nov 13, 2026 "
            "9am - 10am (MST) (jared.lindqvist@example.org)",
        lead, "CHANGED Friday Nov 13, 2026 \u22c5 9am \u2013 10am", "20261109T213000Z", "20261113T090000",
        "20261113T100000", 1, "2026-11-09 14:30")


# =========================================================================== positives: cancelled


@make.mail(N(21), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           company="Missouri Valley Terminal", contact="kyle.benson@movalleyterminal.com",
           note="Exchange METHOD:CANCEL from an Omaha hiring manager: Wed 2 Dec 2:00-3:00 PM (UTC-06:00) Central "
                "(CST) = 20:00Z is the cancelled slot; search paused, no new time; contact = organizer/sender",
           **when("Wed 2026-12-02 14:00", CHI, "2026-12-02 15:00"))
def m21():
    body = t("""
        When: Wednesday, December 2, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Jared,

        I'm sorry to do this on short notice. We've paused the Terminal Safety Manager search until the 2027
        budget is approved in January, so I'm canceling Wednesday's interview. I'll reach out directly if the
        role reopens - you'd be first on my list.

        Kyle Benson
        Terminal Manager | Missouri Valley Terminal
        """)
    ics = cal("Microsoft Exchange Server 2010", "CANCEL", ["Central Standard Time"], vevent(
        "040000008200E00074C5B7101A82E00800000000A0C7E9D5F27ADB01000000000000000010000000C6E2B5D3A1F94E2B",
        "20261130T140500Z", "20261202T140000", "20261202T150000", "Central Standard Time",
        "Canceled: Interview - Jared Lindqvist / Terminal Safety Manager",
        "CN=\"Benson, Kyle\":mailto:kyle.benson@movalleyterminal.com", seq=1, status="CANCELLED",
        location="Microsoft Teams Meeting", attendees=[ME_ATT],
        extra=["CLASS:PUBLIC", "PRIORITY:1", "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
               "X-MICROSOFT-CDO-IMPORTANCE:2"]))
    h = hdrs(21, addr("Benson, Kyle", "kyle.benson@movalleyterminal.com"),
             "Canceled: Interview - Jared Lindqvist / Terminal Safety Manager", "2026-11-30 08:05", CHI,
             "mail-ch2nam10.outbound.protection.outlook.com",
             msgid_domain="CH2PR10MB4118.namprd10.prod.outlook.com",
             extra=[*exchange_headers(21, "Interview - Jared Lindqvist / Terminal Safety Manager"),
                    ("Importance", "high"), ("Content-class", "urn:content-classes:calendarmessage")])
    return make.message(h, alt(text(body), calendar(ics, "CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           company="High Plains Energy Cooperative", contact="gwen.albrecht@highplainsenergy.coop",
           note="HR partner cancels Thursday's 2:00 PM in-person interview (Cheyenne, MDT) = 20:00Z because the role "
                "was filled internally; reply in the SmartRecruiters thread; windows-1252 QP; contact = sender",
           **when("Thu 2026-10-15 14:00", DEN))
def m22():
    body = t("""
        Hi Jared,

        I\u2019m sorry to be writing with this. We\u2019ve decided to fill the Safety Coordinator II position
        internally, so I need to cancel your interview on Thursday, October 15 at 2:00 PM. I know you\u2019d
        already arranged time off, and I apologize for the late notice.

        We were impressed with your background in rail yard safety, and I\u2019d like to keep your r\u00e9sum\u00e9 on
        file for the Safety Coordinator III opening we expect to post in the spring.

        Best regards,
        Gwen Albrecht
        HR Business Partner
        High Plains Energy Cooperative
        (307) 555-0150
        """)
    h = hdrs(22, addr("Gwen Albrecht", "gwen.albrecht@highplainsenergy.coop"),
             "RE: Interview invitation confirmed: Safety Coordinator II", "2026-10-13 16:50", DEN,
             "mail-mw2nam12.outbound.protection.outlook.com",
             msgid_domain="MW2PR12MB4603.namprd12.prod.outlook.com",
             extra=exchange_headers(22, "Interview invitation confirmed: Safety Coordinator II"))
    return make.message(h, text(body, "windows-1252"))


@make.mail(N(23), family="calendly", lang="en", interview=True, kind="cancelled",
           company="Granite Peak Energy Services", contact="lauren.pike@granitepeakes.com",
           note="Calendly cancellation by the host: 01:00pm-01:30pm Mountain Time on Wed 11 Nov (MST, UTC-7) = "
                "20:00Z is the cancelled slot; opening on hold; contact = Reply-To host",
           **when("Wed 2026-11-11 13:00", DEN, "2026-11-11 13:30"))
def m23():
    body = t("""
        Hi Jared Lindqvist,

        Lauren Pike canceled the event below.

        Event Type:
        Phone Screen - EHS Specialist

        Event Date/Time:
        01:00pm - 01:30pm (Mountain Time - US & Canada) on Wednesday, November 11, 2026

        Cancellation reason:
        "Hi Jared - we've put the EHS Specialist opening on hold until Q1. So sorry for the trouble, I'll
        reach out if it reopens."

        Want to schedule a new event? https://calendly.com/lauren-pike-granitepeak

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;font-size:14px;color:#4d5055">
        <p>Hi Jared Lindqvist,</p>
        <p>Lauren Pike canceled the event below.</p>
        <p><b>Event Type:</b><br>Phone Screen - EHS Specialist</p>
        <p><b>Event Date/Time:</b><br><s>01:00pm - 01:30pm (Mountain Time - US &amp; Canada) on Wednesday, November 11, 2026</s></p>
        <p><b>Cancellation reason:</b><br>"Hi Jared - we've put the EHS Specialist opening on hold until Q1. So sorry
        for the trouble, I'll reach out if it reopens."</p>
        <p><a href="https://calendly.com/lauren-pike-granitepeak">Schedule a new event</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    h = hdrs(23, addr("Calendly", "notifications@calendly.com"),
             "Canceled: Phone Screen - EHS Specialist between Lauren Pike and Jared Lindqvist", "2026-11-09 07:55",
             DEN, "o1.email.calendly.com", show="UTC",
             extra=[("Reply-To", addr("Lauren Pike", "lauren.pike@granitepeakes.com"))])
    return make.message(h, alt(text(body), html(page)))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Front Range Intermodal",
           note="Greenhouse rejection after the 17 Sep interview (thread of the Front Range confirmation); "
                "names a past date, confirms nothing",
           days=(("Thu", "2026-09-17"),))
def m24():
    body = t("""
        Hi Jared,

        Thank you for taking the time to interview with us for the Safety Manager, Denver Intermodal
        Terminal role on Thursday, September 17. The team enjoyed learning about your work at the yard,
        especially your near-miss reporting program.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our needs at this time.

        We'll keep your information on file and encourage you to apply for future openings at
        https://www.frontrangeintermodal.com/careers.

        Best wishes in your search,
        Front Range Intermodal Talent Acquisition
        """)
    h = hdrs(24, addr("Front Range Intermodal", "no-reply@us.greenhouse-mail.io"),
             "Your application to Front Range Intermodal", "2026-09-28 10:20", DEN,
             "mail-41.us.greenhouse-mail.io", show="UTC",
             extra=[("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@frontrangeintermodal.com"))])
    page = make.gmail_html(body).replace('dir="ltr"', 'style="font-family:Arial"')
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Great Plains & Western Railway",
           note="Taleo rejection without interview, HTML only in iso-8859-1 quoted-printable")
def m25():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Jared Lindqvist,</p>
        <p>Thank you for your interest in the position of <b>Manager Safety - Rail Yard (26-03318)</b> at Great Plains &amp;
        Western Railway.</p>
        <p>We have carefully reviewed your qualifications against the requirements of the position. While your
        background is impressive, we have decided to pursue other candidates whose experience more closely matches
        our current needs.</p>
        <p>We encourage you to continue to visit our career site and apply for positions for which you are qualified.</p>
        <p>Sincerely,<br>Human Resources<br>Great Plains &amp; Western Railway\u00ae</p>
        <p><i>\u00a9 2026 Great Plains &amp; Western Railway. Please do not reply to this message.</i></p>
        </font></body></html>
        """)
    h = hdrs(25, addr("Great Plains & Western Railway", "gpw.careers@taleo.net"),
             "Regarding your application for Manager Safety - Rail Yard (26-03318)", "2026-09-10 06:02", CHI,
             "smtp-out2.taleo.net")
    return make.message(h, html(page, "iso-8859-1"))


@make.mail(N(26), family="application_ack", lang="en", interview=False,
           company="Rocky Mountain Switching & Terminal",
           note="Workday application receipt, HTML only; no time")
def m26():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Jared,</p>
        <p>Thank you for applying to the <b>Terminal Safety Manager</b> position (R-2609-117) at Rocky Mountain
        Switching &amp; Terminal. We have received your application and our recruiting team will review it shortly.</p>
        <p>If your qualifications match our needs, a member of our team will contact you about next steps. You can
        check the status of your application at any time in your
        <a href="https://rmst.wd5.myworkdayjobs.com/en-US/RMST_Careers/userHome">Candidate Home</a>.</p>
        <p>Thank you for your interest in RMST.</p>
        <p>Sincerely,<br>Talent Acquisition Team</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored address.</p>
        </body></html>
        """)
    h = hdrs(26, addr("Rocky Mountain Switching & Terminal", "rmst@myworkday.com"),
             "Thank you for applying - Terminal Safety Manager", "2026-09-08 16:45", DEN,
             "wd5-smtp-11.myworkday.com")
    return make.message(h, html(page))


@make.mail(N(27), family="application_ack", lang="en", interview=False, company="Stellwerk Digital Inc.",
           note="Personio application receipt for a remote role; says the team will review within two weeks")
def m27():
    body = t("""
        Dear Jared,

        Thank you for your application for the position Safety & Compliance Manager, US Rail (Remote). We have
        received your documents and will review them carefully.

        Our hiring team will get back to you within the next two weeks. In the meantime, feel free to learn more
        about how we digitize signal maintenance at https://www.stellwerk.digital.

        Kind regards,
        Your Stellwerk Digital Recruiting Team

        Stellwerk Digital Inc. | 1600 Stout St, Suite 1400, Denver, CO 80202
        Privacy notice: https://stellwerk-digital.jobs.personio.com/privacy-policy
        """)
    h = hdrs(27, addr("Stellwerk Digital Inc.", "no-reply@jobs.personio.com"),
             "Your application: Safety & Compliance Manager, US Rail (Remote)", "2026-09-16 03:12", DEN,
             "mail-out.jobs.personio.com", show="UTC")
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="Rail job board weekly alert with List-Unsubscribe; listings only")
def m28():
    body = t("""
        RailCareerHub - Your weekly job alert
        "safety" within 100 miles of Cheyenne, WY

        Yard Safety Supervisor - Platte Valley Rail Services - Omaha, NE (relocation)
        Safety Manager, Intermodal - Front Range Intermodal - Denver, CO
        EHS Specialist - Granite Peak Energy Services - Denver, CO
        Track Safety Lead - Keystone Track Services - Cheyenne, WY
        Safety Coordinator II - High Plains Energy Cooperative - Cheyenne, WY

        See all 23 new jobs: https://www.railcareerhub.com/alerts/88213?utm_source=alert

        You're receiving this because you created a job alert on RailCareerHub.
        Manage alerts: https://www.railcareerhub.com/alerts | Unsubscribe: https://www.railcareerhub.com/u/88213
        """)
    rows = "".join(f'<tr><td style="padding:8px 0;border-bottom:1px solid #eee"><a href="https://www.railcareerhub.com/j/{i}">'
                   f"{a}</a><br><span style=\"color:#666\">{b} - {c}</span></td></tr>\n"
                   for i, (a, b, c) in enumerate([
                       ("Yard Safety Supervisor", "Platte Valley Rail Services", "Omaha, NE (relocation)"),
                       ("Safety Manager, Intermodal", "Front Range Intermodal", "Denver, CO"),
                       ("EHS Specialist", "Granite Peak Energy Services", "Denver, CO"),
                       ("Track Safety Lead", "Keystone Track Services", "Cheyenne, WY"),
                       ("Safety Coordinator II", "High Plains Energy Cooperative", "Cheyenne, WY")], 50011))
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n<h2>Your weekly job alert</h2>\n"
            "<p>\"safety\" within 100 miles of Cheyenne, WY</p>\n<table width=\"100%\">\n" + rows +
            "</table>\n<p><a href=\"https://www.railcareerhub.com/alerts/88213\">See all 23 new jobs</a></p>\n"
            "<p style=\"font-size:11px;color:#999\">Manage alerts | Unsubscribe</p>\n</body></html>\n")
    h = hdrs(28, addr("RailCareerHub", "alerts@railcareerhub.com"),
             "23 new safety jobs near Cheyenne, WY", "2026-09-15 05:00", DEN, "mta3.railcareerhub.com",
             extra=[("List-Unsubscribe", "<https://www.railcareerhub.com/u/88213>, <mailto:unsub@railcareerhub.com>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return make.message(h, alt(text(body), html(page)))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="General job-site alert for 'safety coordinator' jobs, HTML only base64")
def m29():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f3f2ef">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td><h3>12 new jobs for "safety coordinator" in Cheyenne, WY</h3></td></tr>
        <tr><td><b>Safety Coordinator</b> &middot; Laramie County Community College &middot; Cheyenne, WY &middot; $58K-$66K</td></tr>
        <tr><td><b>Rail Operations Safety Specialist</b> &middot; Western Prairie Railroad &middot; Cheyenne, WY</td></tr>
        <tr><td><b>EHS Coordinator</b> &middot; Sonoran Freight Lines &middot; Phoenix, AZ &middot; Easy Apply</td></tr>
        <tr><td><b>Field Safety Consultant (Remote)</b> &middot; Bitterroot Safety Partners &middot; Remote</td></tr>
        <tr><td><a href="https://www.talentloop.example.net/jobs/alerts/see-all?k=safety+coordinator">See all jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#888">You are receiving Job Alert emails. Unsubscribe.</td></tr>
        </table></body></html>
        """)
    h = hdrs(29, addr("TalentLoop Job Alerts", "jobalerts-noreply@talentloop.example.net"),
             "\u201csafety coordinator\u201d: 12 new jobs in Cheyenne, WY", "2026-10-20 07:30", DEN,
             "mail-out7.talentloop.example.net",
             extra=[("List-Unsubscribe", "<https://www.talentloop.example.net/unsub?t=a91f>")])
    return make.message(h, html(page, cte="base64"))


@make.mail(N(30), family="newsletter", lang="en", interview=False, company=None,
           note="Rail-safety association newsletter; mentions a webinar date, confirms nothing for the reader",
           days=(("Thu", "2026-10-15"),))
def m30():
    body = t("""
        THE YARD SAFETY BRIEF - October 2026
        Western Rail Safety Council

        IN THIS ISSUE
        - Blue-flag protection: three near misses and what they teach us
        - Winter prep for switching crews: ice, light and fatigue
        - FRA's updated guidance on remote control locomotive zones

        MEMBER WEBINAR
        "Shoving moves done right" - Thursday, October 15, 11:00 AM MT. Free for members; register on the
        council website.

        JOB BOARD
        Eleven new postings this month, from Cheyenne to Omaha. Members can post openings at no charge.

        You are receiving this newsletter as a member of the Western Rail Safety Council.
        Update preferences or unsubscribe: https://www.wrsc.example.net/prefs
        """)
    h = hdrs(30, addr("Western Rail Safety Council", "news@wrsc.example.net"),
             "The Yard Safety Brief - October 2026", "2026-10-06 08:00", DEN, "mail12.sendgrid.net",
             msgid_domain="wrsc.example.net",
             extra=[("List-Unsubscribe", "<https://www.wrsc.example.net/prefs>"), ("Precedence", "bulk")])
    return make.message(h, text(body, "us-ascii", cte="7bit"))


@make.mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Apex Industrial Talent",
           note="Agency recruiter cold outreach asking for 15 minutes this week; nothing fixed; RFC 2047 sender name")
def m31():
    body = t("""
        Hi Jared,

        I came across your profile and your work running yard safety at Laramie Plains Terminal - the
        reduction in shoving-move incidents caught my eye. I'm working on two searches that look like a
        strong fit:

          - Regional Rail Safety Manager, Class II railroad, based in Cheyenne
          - EHS Lead, intermodal terminal, Denver metro (hybrid)

        Both are direct-hire, and neither would mean a move for you. Do you have 15 minutes this week for
        a quick call? Let me know what works and I'll make it happen.

        Best,
        Jos\u00e9 Ib\u00e1\u00f1ez
        Senior Recruiter | Apex Industrial Talent
        (720) 555-0111
        """)
    h = hdrs(31, addr("Jos\u00e9 Ib\u00e1\u00f1ez", "jose.ibanez@apexindustrialtalent.com"),
             "Rail safety roles in Cheyenne & Denver", "2026-09-09 12:12", DEN, "mail-sj2nam.outbound.protection.outlook.com",
             msgid_domain="SJ2PR08MB8190.namprd08.prod.outlook.com")
    return make.message(h, text(body, cte="8bit"))


@make.mail(N(32), family="proposal_pending", lang="en", interview=False, company="Big Muddy Barge & Rail",
           note="Omaha hiring manager proposes two slots (Central time) and asks Jared to pick; not yet confirmed",
           days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")))
def m32():
    body = t("""
        Jared,

        Thanks for sending your resume over. I'd like to get you in front of our terminal team. Could you do
        either of these?

          Tuesday, November 17 at 10:00 AM Central
          Wednesday, November 18 at 2:00 PM Central

        Let me know which one works and I'll send a calendar invite. If neither does, give me a couple of
        other times that week.

        Tony Krause
        Operations Manager, Omaha Terminal
        Big Muddy Barge & Rail
        """)
    h = hdrs(32, addr("Tony Krause", "tkrause@bigmuddybr.com"), "Meeting the terminal team", "2026-11-12 15:35",
             CHI, "mail-oi1-f179.google.com", msgid_domain="mail.gmail.com")
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(33), family="availability_request", lang="en", interview=False,
           company="Continental Divide Rail Services",
           note="Greenhouse availability request for a panel the week of 2 Nov (before the Exchange invite in the "
                "same thread); asks for times, fixes none",
           days=(("Mon", "2026-11-02"),))
def m33():
    body = t("""
        Hi Jared,

        Thanks again for speaking with us about the Manager, Rail Safety & Compliance role. We'd like to
        invite you to a 60-minute panel interview with our team.

        Please let us know your availability during the week of Monday, November 2 by clicking the link
        below. Select as many times as you can - we'll confirm one shortly after.

        Share your availability: https://app.greenhouse.io/availability/4f2a9c17e0b84d6e

        Thank you,
        Rachel Kimball
        Continental Divide Rail Services
        """)
    h = hdrs(33, addr("Rachel Kimball", "no-reply@us.greenhouse-mail.io"),
             "Please share your availability - Manager, Rail Safety & Compliance", "2026-10-22 14:00", DEN,
             "mail-17.us.greenhouse-mail.io", show="UTC",
             extra=[("Reply-To", addr("Rachel Kimball", "rachel.kimball@cdrailservices.com"))])
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(34), family="scheduling_link", lang="en", interview=False, company="Bitterroot Safety Partners",
           note="Hiring manager sends his Calendly link ('grab any slot this week'); nothing booked yet (the "
                "booking confirmation follows in the same thread)")
def m34():
    body = t("""
        Hi Jared,

        Thanks for applying to the Field Safety Consultant opening. I'd like to do a quick intro call. Grab
        any 30-minute slot that works for you this week on my calendar:

        https://calendly.com/colin-bitterroot/intro-call

        Talk soon,
        Colin Breyer
        Principal | Bitterroot Safety Partners
        Missoula, MT (team is fully remote)
        """)
    h = hdrs(34, addr("Colin Breyer", "colin@bitterrootsafety.com"), "Field Safety Consultant - intro call",
             "2026-11-02 09:40", DEN, "mail-qt1-f180.google.com", msgid_domain="mail.gmail.com")
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(35), family="auto_reply", lang="en", interview=False, company="Front Range Intermodal",
           note="Out-of-office auto-reply to Jared's thank-you note; returns Monday",
           days=(("Mon", "2026-09-21"),))
def m35():
    body = t("""
        Thank you for your email. I am out of the office through Monday, September 21 with limited access
        to email. For urgent recruiting matters, please contact talent@frontrangeintermodal.com.

        Dana Whitcomb
        Senior Recruiter | Front Range Intermodal
        """)
    h = hdrs(35, addr("Dana Whitcomb", "dana.whitcomb@frontrangeintermodal.com"),
             "Automatic reply: Thank you - Safety Manager interview", "2026-09-18 08:03", DEN,
             "mail-dm3nam02.outbound.protection.outlook.com",
             msgid_domain="DM3PR02MB6120.namprd02.prod.outlook.com",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    *exchange_headers(35, "Thank you - Safety Manager interview")])
    return make.message(h, text(body))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) for Jared's thank-you note to a mistyped Ridgeline address; the quoted "
                "original mentions the past interview only")
def m36():
    original = make.message([
        ("From", JARED),
        ("To", addr("Owen Castellanos", "owen.castellanos@ridgelinesafety.co")),
        ("Subject", "Thank you - Safety Program Manager interview"),
        ("Date", dh("2026-10-09 13:04", DEN)),
        ("Message-ID", mid(36, "mail.gmail.com", "orig")),
    ], text(t("""
        Hi Owen,

        Thank you for the conversation this morning. I enjoyed hearing how Ridgeline uses near-miss data
        across client yards, and I'd be glad to bring my blue-flag audit program to the team.

        Best regards,
        Jared Lindqvist
        """), cte="7bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

        <owen.castellanos@ridgelinesafety.co>: host ridgelinesafety.co[203.0.113.40] said: 550 5.1.1
            <owen.castellanos@ridgelinesafety.co>: Recipient address rejected: User unknown in virtual
            mailbox table
        """)
    status = t(f"""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Xk2Lq0Zr7z9tQ
        Arrival-Date: {dh("2026-10-09 13:04", DEN)}

        Final-Recipient: rfc822; owen.castellanos@ridgelinesafety.co
        Original-Recipient: rfc822;owen.castellanos@ridgelinesafety.co
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; ridgelinesafety.co
        Diagnostic-Code: smtp; 550 5.1.1 <owen.castellanos@ridgelinesafety.co>: Recipient address rejected
        """)
    report = make.multipart("report", text(notice, "us-ascii", cte="7bit"),
                            make.raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                            make.attached_message(original), params="report-type=delivery-status")
    h = hdrs(36, addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
             "Undelivered Mail Returned to Sender", "2026-10-09 13:05", DEN, "mx1.example.org",
             msgid_domain="mx1.example.org", extra=[("Auto-Submitted", "auto-replied")])
    return make.message(h, report)


@make.mail(N(37), family="offer", lang="en", interview=False, company="Timberline Railcar Services",
           note="Job offer after the Timberline interviews, deadline Wed 2 Dec; no interview time",
           days=(("Wed", "2026-12-02"),))
def m37():
    body = t("""
        Jared,

        On behalf of everyone at Timberline Railcar Services, I'm happy to offer you the position of Safety
        Lead at our Fort Collins shop. Amy and I were both impressed by your walk-through on the shop floor
        \u2014 you spotted two things our last audit missed.

        The highlights:
          - Base salary: $92,000 per year, plus a 10% annual bonus target
          - Relocation stipend: $7,500
          - Start date: flexible, ideally early January

        The formal offer letter will arrive separately through DocuSign. Please let us know your decision by
        Wednesday, December 2. Happy to talk through any questions \u2014 call me anytime at 970-555-0136.

        Congratulations!

        Greg Estrada
        Plant Manager, Timberline Railcar Services
        """)
    h = hdrs(37, addr("Greg Estrada", "greg.estrada@timberlinerailcar.com"),
             "Offer \u2014 Safety Lead, Timberline Railcar Services", "2026-11-20 16:10", DEN,
             "mail-ej1-f52.google.com", msgid_domain="mail.gmail.com")
    return make.message(h, alt(text(body, cte="8bit"), html(make.gmail_html(body), cte="8bit")))


@make.mail(N(38), family="post_interview", lang="en", interview=False, company="Platte Valley Rail Services",
           note="Recruiter's 'thanks for yesterday, we'll be in touch about a final round' after the 29 Sep "
                "interview; nothing scheduled")
def m38():
    body = t("""
        Hi Jared,

        Thanks for your time yesterday - Renee really enjoyed the conversation, especially your take on
        remote-control zone audits. We're finishing first rounds this week and I'll get back to you by the
        end of next week about a possible final round.

        Best,
        Marcus

        Marcus Oyelaran | Talent Partner | Platte Valley Rail Services
        """)
    h = hdrs(38, addr("Marcus Oyelaran", "marcus.oyelaran@plattevalleyrail.com"), "Re: Thank you!",
             "2026-09-30 15:02", CHI, "mail-io1-f44.google.com", msgid_domain="mail.gmail.com",
             extra=[("In-Reply-To", mid(38, "mail.gmail.com", "jared"))])
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(39), family="appointment", lang="en", interview=False, company=None,
           note="Dentist appointment confirmation with ICS (America/Denver); a confirmed time but not an interview",
           days=(("Thu", "2026-10-01"),))
def m39():
    body = t("""
        Hi Jared,

        Your appointment at Cheyenne Family Dental is confirmed:

        Thursday, October 1, 2026 at 3:30 PM
        Dr. Hollis - cleaning and exam
        2015 Dell Range Blvd, Cheyenne, WY 82009

        Please arrive 10 minutes early. Reply C to confirm or call (307) 555-0188 to reschedule.

        Cheyenne Family Dental
        """)
    ics = cal("-//Weave//Appointments//EN", "PUBLISH", ["America/Denver"], vevent(
        "appt-7731904@cheyennefamilydental", "20260924T160000Z", "20261001T153000", "20261001T163000",
        "America/Denver", "Dental appointment - Dr. Hollis",
        "CN=Cheyenne Family Dental:mailto:appointments@cheyennefamilydental.com",
        location="2015 Dell Range Blvd\\, Cheyenne\\, WY 82009"))
    h = hdrs(39, addr("Cheyenne Family Dental", "appointments@cheyennefamilydental.com"),
             "Appointment confirmed: Thu, Oct 1 at 3:30 PM", "2026-09-24 10:00", DEN, "mail.getweave.com",
             msgid_domain="getweave.com")
    return make.message(h, mixed(text(body), calendar(ics, "PUBLISH", filename="appointment.ics",
                                                      disposition="attachment")))


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Exchange meeting request from Jared's current employer (quarterly safety stand-down), sent to his "
                "work address; a fixed meeting, not an interview",
           days=(("Tue", "2026-10-13"),))
def m40():
    body = t("""
        When: Tuesday, October 13, 2026 6:30 AM-8:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Yard office break room / Teams

        All,

        Quarterly safety stand-down for all yard crews and supervisors. Jared will lead the blue-flag
        refresher; I'll cover the Q3 injury and near-miss numbers. Breakfast burritos provided.

        Sandra

        """) + TEAMS.format(tid="c3RhbmRkb3du", mid="219 904 661 035", pc="Ts4kLm")
    ics = cal("Microsoft Exchange Server 2010", "REQUEST", ["Mountain Standard Time"], vevent(
        "040000008200E00074C5B7101A82E00800000000D1E4B6A0C35ADB01000000000000000010000000B2F7E14C9A0D4C3E",
        "20261007T170000Z", "20261013T063000", "20261013T080000", "Mountain Standard Time",
        "Q4 Safety Stand-Down - Yard Crews", "CN=\"Ochs, Sandra\":mailto:sochs@example.com",
        location="Yard office break room / Teams",
        attendees=["ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Lindqvist, Jared\":mailto:"
                   + WORK],
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]))
    h = hdrs(40, addr("Ochs, Sandra", "sochs@example.com"), "Q4 Safety Stand-Down - Yard Crews",
             "2026-10-07 11:00", DEN, "mail.example.com", to=addr("Lindqvist, Jared", WORK), rcpt=WORK,
             msgid_domain="example.com",
             extra=[*exchange_headers(40, "Q4 Safety Stand-Down - Yard Crews"),
                    ("Content-class", "urn:content-classes:calendarmessage")])
    return make.message(h, alt(text(body), calendar(ics, "REQUEST", cte="base64")))


@make.mail(N(41), family="appointment", lang="en", interview=False, company=None,
           note="Auto shop service appointment confirmation (HTML only); personal, not an interview",
           days=(("Sat", "2026-10-17"),))
def m41():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#b22222">Your appointment is confirmed</h2>
        <p>Hi Jared,</p>
        <p>Thanks for choosing Dell Range Auto Care. We'll see you on <b>Saturday, October 17 at 8:00 AM</b>.</p>
        <table cellpadding="4">
        <tr><td>Vehicle</td><td>2019 Ford F-150</td></tr>
        <tr><td>Services</td><td>Full synthetic oil change, tire rotation, winter battery check</td></tr>
        <tr><td>Estimated time</td><td>about 1.5 hours</td></tr>
        </table>
        <p>Need to change your appointment? Call us at (307) 555-0102.</p>
        <p>Dell Range Auto Care &middot; 3908 Dell Range Blvd &middot; Cheyenne, WY</p>
        </body></html>
        """)
    h = hdrs(41, addr("Dell Range Auto Care", "noreply@shopreminders.example.net"),
             "Appointment Confirmation - Dell Range Auto Care", "2026-10-14 17:20", DEN,
             "smtp.shopreminders.example.net")
    return make.message(h, html(page))


@make.mail(N(42), family="assessment", lang="en", interview=False, company="Granite Peak Energy Services",
           note="SmartRecruiters assessment invitation with a deadline (Mon 2 Nov 11:59 PM MT); no interview time",
           days=(("Mon", "2026-11-02"),))
def m42():
    body = t("""
        Dear Jared,

        Thank you for applying for EHS Specialist at Granite Peak Energy Services. As the next step, we invite
        you to complete a short online assessment covering OSHA general industry standards and incident
        investigation.

        The assessment takes about 40 minutes and must be completed by 11:59 PM Mountain Time on Monday,
        November 2, 2026.

        Start your assessment: https://assess.granitepeakes.com/a/71bd2e

        Best regards,
        Granite Peak Energy Services Recruiting

        Powered by SmartRecruiters
        """)
    h = hdrs(42, addr("Granite Peak Energy Services", "no-reply@smartrecruiters.com"),
             "Next step: online assessment for EHS Specialist", "2026-10-26 09:00", DEN, "mta-03.smartrecruiters.com")
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(43), family="one_way_video", lang="en", interview=False, company="Heartland Grain Rail",
           note="One-way recorded video interview to complete by Fri 2 Oct; no live meeting at a fixed time",
           days=(("Fri", "2026-10-02"),))
def m43():
    body = t("""
        Hi Jared,

        Heartland Grain Rail has invited you to complete an on-demand video interview for Safety
        Supervisor. You'll record short answers to five questions on your own schedule - there is no live
        interviewer.

        Please complete your interview by Friday, October 2, 2026 at 11:59 PM Central Time.

        Start interview: https://app.hirevue.com/interviews/hgr-2b8c41

        Tips: find a quiet, well-lit space and test your camera and microphone first.

        Good luck!
        Heartland Grain Rail Talent Acquisition
        """)
    h = hdrs(43, addr("Heartland Grain Rail", "noreply@hirevue.com"),
             "Action required: complete your video interview for Safety Supervisor", "2026-09-28 09:15", CHI,
             "mail-out.hirevue.com")
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(44), family="receipt", lang="en", interview=False, company=None,
           note="Online OSHA 30 course receipt; no event time")
def m44():
    body = t("""
        SafetyPath Online Training - Order Receipt

        Order #SP-2026-448192
        Date: September 5, 2026

        OSHA 30-Hour General Industry (Online)          $189.00
        Sales tax                                          $0.00
        Total charged to Visa ending 4471               $189.00

        Your course is available now in My Courses: https://learn.safetypath.example.net/my-courses
        You have 180 days to finish; your DOL card ships within 2 weeks of completion.

        Questions? support@safetypath.example.net
        """)
    h = hdrs(44, addr("SafetyPath Online Training", "orders@safetypath.example.net"),
             "Your SafetyPath receipt - Order #SP-2026-448192", "2026-09-05 20:14", DEN,
             "smtp.safetypath.example.net")
    return make.message(h, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(45), family="event", lang="en", interview=False, company=None,
           note="Conference registration confirmation with an all-day ICS; an event, not an interview",
           days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def m45():
    body = t("""
        Thank you for registering for the Wyoming Safety & Health Summit 2026!

        Attendee: Jared Lindqvist
        Registration type: Full conference (2 days) - $295.00 paid

        Dates: Tuesday, October 20 - Wednesday, October 21, 2026
        Registration opens each day at 7:00 AM
        Venue: Ford Wyoming Center, 1700 Fairgrounds Rd, Casper, WY

        Your badge and session tickets will be waiting at the registration desk. Add the dates to your
        calendar with the attached file.

        See you in Casper!
        Wyoming Safety & Health Summit
        """)
    ics = cal("-//Eventbrite//Event//EN", "PUBLISH", [], "\n".join([
        "BEGIN:VEVENT", "UID:wshs-2026-reg-55190@eventbrite.com", "DTSTAMP:20260929T180000Z",
        "DTSTART;VALUE=DATE:20261020", "DTEND;VALUE=DATE:20261022", "SUMMARY:Wyoming Safety & Health Summit 2026",
        "LOCATION:Ford Wyoming Center\\, Casper\\, WY", "TRANSP:TRANSPARENT", "END:VEVENT"]))
    h = hdrs(45, addr("Wyoming Safety & Health Summit", "noreply@order.eventbrite.com"),
             "Your registration for Wyoming Safety & Health Summit 2026", "2026-09-29 12:00", DEN,
             "o5.order.eventbrite.com")
    return make.message(h, mixed(alt(text(body), html(make.gmail_html(body))),
                                 calendar(ics, None, filename="event.ics", disposition="attachment")))


@make.mail(N(46), family="appointment", lang="en", interview=False, company=None,
           note="School parent-teacher conference confirmation; a fixed personal appointment",
           days=(("Thu", "2026-10-22"),))
def m46():
    body = t("""
        Conference Confirmation

        Parent: Jared Lindqvist
        Student: Nora Lindqvist (Grade 4)
        Teacher: Mrs. Halvorson, Room 112
        Date/Time: Thursday, October 22, 2026, 4:40 PM - 4:55 PM
        Location: Buffalo Ridge Elementary, Cheyenne

        If you need to change your time, please sign in to the conference scheduler or call the front office
        at (307) 555-0120.

        Laramie County School District 1
        """)
    h = hdrs(46, addr("LCSD1 Conference Scheduler", "no-reply@conferences.example.net"),
             "Parent-Teacher Conference Confirmation - Buffalo Ridge Elementary", "2026-10-16 15:05", DEN,
             "mail.conferences.example.net")
    return make.message(h, text(body, "iso-8859-1"))


@make.mail(N(47), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Google Calendar family invitation (elk camp planning dinner); a fixed time, not an interview",
           days=(("Thu", "2026-10-08"),))
def m47():
    body = t("""
        You have been invited to the following event.

        Elk camp planning + chili
        Thursday Oct 8, 2026 \u22c5 6:30pm \u2013 8:30pm
        Mountain Time - Denver

        Location
        Erik's place

        Bring the maps and the tag list. I'm making chili, you bring the cornbread.

        Organizer
        Kari Lindqvist
        kari.lindqvist@example.net

        Reply for jared.lindqvist@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=RESPOND&eid=ZWxr

        """) + GCAL_FOOT
    ics = cal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", ["America/Denver"], vevent(
        "1h8k2m9p4r6t0v3x5z7b@google.com", "20261003T031000Z", "20261008T183000", "20261008T203000",
        "America/Denver", "Elk camp planning + chili", "CN=Kari Lindqvist:mailto:kari.lindqvist@example.net",
        location="Erik's place", attendees=[ME_ATT]))
    h = hdrs(47, addr("Kari Lindqvist", "kari.lindqvist@example.net"),
             "Invitation: Elk camp planning + chili @ Thu Oct 8, 2026 6:30pm - 8:30pm (MDT) "
             "(jared.lindqvist@example.org)", "2026-10-02 21:10", DEN, "mail-sor-f73.google.com",
             msgid_domain="google.com",
             extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com"))])
    return make.message(h, alt(text(body), html(make.gmail_html(body)), calendar(ics, "REQUEST")))


@make.mail(N(48), family="newsletter", lang="en", interview=False, company=None,
           note="Employer talent-community newsletter sent through Teamtailor (new openings, an office story); "
                "treated as a newsletter, so company null")
def m48():
    body = t("""
        Hi Jared,

        Happy December from all of us at Nordvik Rail Systems! Here's what's new in our talent community:

        NEW OPENINGS IN NORTH AMERICA
        - Field Safety Specialist - Denver, CO
        - Signal Maintenance Supervisor - Omaha, NE
        - Reliability Engineer - Remote (US)

        FROM THE TEAM
        Our new Denver office opened in November - read how we set up a safety program from day one.

        See all jobs: https://careers.nordvikrail.com/jobs

        You're receiving this because you joined the Nordvik Rail Systems talent community.
        Unsubscribe: https://careers.nordvikrail.com/connect/unsubscribe
        """)
    h = hdrs(48, addr("Nordvik Rail Systems", "no-reply@teamtailor-mail.com"),
             "News from Nordvik: 3 new roles in North America", "2026-12-03 08:00", STO,
             "mail-eu1.teamtailor-mail.com",
             extra=[("List-Unsubscribe", "<https://careers.nordvikrail.com/connect/unsubscribe>"),
                    ("Precedence", "bulk")])
    return make.message(h, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(49), family="bill", lang="en", interview=False, company=None,
           note="Utility e-bill with a due date; no event",
           days=(("Mon", "2026-10-26"),))
def m49():
    body = t("""
        Your Cheyenne BOPU e-bill is ready.

        Account: ****3917
        Service address: 1412 Sunnyside Dr
        Amount due: $84.37
        Due date: Monday, October 26, 2026

        AutoPay is not set up for this account. Pay online at https://pay.cheyennebopu.example.net

        Cheyenne Board of Public Utilities
        """)
    h = hdrs(49, addr("Cheyenne BOPU", "ebill@cheyennebopu.example.net"), "Your water & sewer bill is ready",
             "2026-10-09 05:30", DEN, "mailer.cheyennebopu.example.net")
    return make.message(h, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(50), family="candidate_survey", lang="en", interview=False, company="Ridgeline Safety Analytics",
           note="Ashby candidate-experience survey after the 9 Oct interview; asks for feedback only",
           days=(("Fri", "2026-10-09"),))
def m50():
    body = t("""
        Hi Jared,

        Thanks for interviewing with Ridgeline Safety Analytics on Friday, October 9. We'd love to hear how
        it went - good or bad. The survey takes about two minutes and your answers are anonymous to the
        hiring team.

        Take the survey: https://app.ashbyhq.com/survey/ridgeline/8c0e7a

        Thank you,
        Ridgeline Safety Analytics Recruiting
        """)
    h = hdrs(50, addr("Ridgeline Safety Analytics", "no-reply@ashbyhq.com"),
             "How was your interview experience?", "2026-10-12 10:00", NYC, "a48-12.smtp-out.amazonses.com",
             show="UTC", msgid_domain="email.amazonses.com")
    return make.message(h, alt(text(body), html(make.gmail_html(body))))
