"""blind344: a blind 50-mail held-out set, the inbox of Wes Tsosie, a forest-service GIS technician in
Flagstaff, Arizona (America/Phoenix, no DST), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the non-score parts of the
held-out README, the dev corpus README, dev labels, two dev mails and score.py; it did not read the
detector, its tests, the other held-out mails or sets, and never ran the detector. Every mail is
written by hand in its own function below; keys 1-23 are positives (16 scheduled, 4 rescheduled,
3 cancelled), 24-50 negatives. File numbers are a fixed shuffle of the writing order (ORDER).
American English throughout. Roles in Flagstaff and Phoenix (MST all year), Albuquerque and Salt
Lake City (America/Denver), Las Vegas (America/Los_Angeles) and on remote teams (New York,
Amsterdam); North America leaves daylight time on 1 November, Europe on 25 October.
"""

from __future__ import annotations

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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(3440344).sample(range(1, 51), 50)
SET = "blind344"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


OWNER = "wes.tsosie@example.org"
WES = addr("Wes Tsosie", OWNER)
AZ = "America/Phoenix"
MT = "America/Denver"
PT = "America/Los_Angeles"
ET = "America/New_York"
AMS = "Europe/Amsterdam"


def mid(key: int, domain: str) -> str:
    h = hashlib.sha1(f"{SET}-{key}-{domain}".encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:12]}.{h[12:28]}@{domain}>"


def uid(key: int) -> str:
    h = hashlib.sha1(f"{SET}-uid-{key}".encode(), usedforsecurity=False).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def rcv(host: str, when: str, zone: str, lag: int = 2) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host})", when, zone, "mx1.example.org with ESMTPS",
                                 OWNER, lag))


def head(key: int, frm: str, subject: str, when: str, zone: str, host: str, *, to: str = WES,
         extra: tuple[tuple[str, str], ...] = (), msgid: str | None = None) -> list[tuple[str, str]]:
    dom = host.split(".", 1)[1] if host.count(".") > 1 else host
    return [
        ("Delivered-To", OWNER),
        rcv(host, when, zone),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid or mid(key, dom)),
        *extra,
    ]


# ---------------------------------------------------------------- VTIMEZONE blocks used below

VTZ = {
    "America/Phoenix": """BEGIN:VTIMEZONE
TZID:America/Phoenix
X-LIC-LOCATION:America/Phoenix
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
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
    "Europe/Amsterdam": """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
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
    "US Mountain Standard Time": """BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
END:VTIMEZONE""",
    "Pacific Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
}


# ================================================================ positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-11 10:00", MT), end=utc("2026-09-11 10:45", MT),
           contact="maren.holt@canyonlandsgeo.com", company="Canyonlands Geospatial",
           local="Fri 2026-09-11 10:00", local_end="2026-09-11 10:45", zone=MT,
           note="Greenhouse confirmation from no-reply with the recruiter as Reply-To; Salt Lake City "
                "time written as MDT (UTC-6) in September: 10:00-10:45 MDT = 16:00-16:45Z (9:00 in Flagstaff)")
def m01():
    body = t("""
        Hi Wes,

        Thanks for confirming your availability. Your interview for GIS Analyst II at
        Canyonlands Geospatial is all set:

        Friday, September 11th, 2026
        10:00 AM - 10:45 AM MDT (Mountain Time - Salt Lake City)

        Format: Video call (Google Meet)
        Join: https://meet.google.com/qwx-hbtr-ksa

        You'll be meeting with:
          Owen Sorensen - GIS Manager
          Priya Castellanos - Senior Cartographer

        If anything comes up, reply to this email and it will reach Maren Holt, who is
        coordinating your interviews.

        Best of luck,
        The Canyonlands Geospatial Recruiting Team

        Powered by Greenhouse
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Wes,</p>
        <p>Thanks for confirming your availability. Your interview for <b>GIS Analyst II</b> at
        Canyonlands Geospatial is all set:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Friday, September 11th, 2026<br>10:00 AM - 10:45 AM MDT (Mountain Time - Salt Lake City)</td></tr>
        <tr><td><b>Where</b></td><td>Video call (Google Meet)<br><a href="https://meet.google.com/qwx-hbtr-ksa">meet.google.com/qwx-hbtr-ksa</a></td></tr>
        <tr><td><b>With</b></td><td>Owen Sorensen - GIS Manager<br>Priya Castellanos - Senior Cartographer</td></tr>
        </table>
        <p>If anything comes up, reply to this email and it will reach Maren Holt, who is coordinating your interviews.</p>
        <p>Best of luck,<br>The Canyonlands Geospatial Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
    """)
    hs = head(1, addr("Canyonlands Geospatial", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: GIS Analyst II at Canyonlands Geospatial", "2026-09-08 09:14", MT,
              "mail-a12.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Maren Holt", "maren.holt@canyonlandsgeo.com")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-17 13:30", AZ), end=utc("2026-09-17 14:15", AZ),
           contact="dana.whitfield@mesawater-analytics.com", company="Mesa Water Analytics",
           local="Thu 2026-09-17 13:30", local_end="2026-09-17 14:15", zone=AZ,
           note="Lever confirmation, Phoenix employer, time in Arizona (MST, UTC-7 all year): "
                "13:30-14:15 = 20:30-21:15Z; invite.ics with TZID America/Phoenix agrees; contact = Reply-To")
def m02():
    body = t("""
        Hi Wes,

        You're confirmed! Here are the details for your upcoming interview with Mesa Water Analytics.

        Position: GIS Technician - Hydrology
        Date: Thursday, September 17, 2026
        Time: 1:30 PM - 2:15 PM (MST - Arizona)
        Location: Zoom - https://mesawater.zoom.us/j/86120447391

        Interviewer: Dana Whitfield, Hydrology Data Lead

        A calendar invitation is attached. If you need to make a change, just reply to this
        message.

        Thanks,
        Dana Whitfield
        Mesa Water Analytics
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Lever//Lever Interviews//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ[AZ], "BEGIN:VEVENT", f"UID:{uid(2)}@lever.co",
        "DTSTAMP:20260914T200200Z", "DTSTART;TZID=America/Phoenix:20260917T133000",
        "DTEND;TZID=America/Phoenix:20260917T141500", "SEQUENCE:0",
        "SUMMARY:Interview: Wes Tsosie - GIS Technician - Hydrology",
        "LOCATION:https://mesawater.zoom.us/j/86120447391",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@mesawater-analytics.com",
        "ATTENDEE;CN=Wes Tsosie;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wes.tsosie@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(2, addr("Mesa Water Analytics", "no-reply@hire.lever.co"),
              "Interview confirmed with Mesa Water Analytics", "2026-09-14 13:02", AZ, "mx-out-3.hire.lever.co",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@mesawater-analytics.com")),))
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64",
                                      name_param=True)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-22 14:00", AZ), end=utc("2026-09-22 15:00", AZ),
           contact="lorena.begay@northernplateauhealth.org", company="Northern Plateau Health",
           local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone=AZ,
           note="Workday HTML-only (base64) interview notice from a tenant address; Flagstaff employer, "
                "2:00 PM MST for 60 minutes = 21:00-22:00Z; contact = recruiter address in the body")
def m03():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <tr><td style="background:#0b5a73;color:#fff;padding:16px;font-size:18px">Northern Plateau Health Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Wes,</p>
        <p>Thank you for your interest in the <b>GIS Data Specialist (R-10482)</b> position. We are pleased to confirm your interview.</p>
        <p><b>Date:</b> Tuesday, September 22, 2026<br>
        <b>Time:</b> 2:00 PM MST<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Location:</b> Microsoft Teams (link will be sent by your interviewer)<br>
        <b>Interviewers:</b> Gavin Reyes, Enterprise GIS Supervisor; Alma Tso, Facilities Planning</p>
        <p>Questions? Contact your recruiter, Lorena Begay, at
        <a href="mailto:lorena.begay@northernplateauhealth.org">lorena.begay@northernplateauhealth.org</a> or 928-555-0147.</p>
        <p>You can review your application status at any time on the <a href="https://northernplateau.wd1.myworkdayjobs.com/NPH_Careers">candidate home page</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Northern Plateau Health</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">This is a system-generated message. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    hs = head(3, addr("Northern Plateau Health", "northernplateau@myworkday.com"),
              "Interview Scheduled - GIS Data Specialist (R-10482)", "2026-09-16 16:20", AZ,
              "smtp-out2.myworkday.com")
    return message(hs, html(page, cte="base64"))


@make.mail(N(4), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-07 09:00", MT), end=utc("2026-10-07 10:00", MT),
           contact="ray.chavez@sandiaridge-eng.com", company="Sandia Ridge Engineering",
           local="Wed 2026-10-07 09:00", local_end="2026-10-07 10:00", zone=MT,
           note="SmartRecruiters confirmation, Albuquerque employer: 9:00-10:00 AM MDT (UTC-6) = "
                "15:00-16:00Z, the body also says 8:00 AM Arizona; ICS TZID America/Denver; contact = Reply-To")
def m04():
    body = t("""
        Hello Wes,

        Your interview has been scheduled.

        Job: Geospatial Technician (Albuquerque, NM)
        When: Wednesday, October 7, 2026, 9:00 AM - 10:00 AM Mountain Daylight Time
              (8:00 AM - 9:00 AM your local time, Arizona)
        Where: Microsoft Teams meeting - the link is in the attached calendar invitation
        Interviewers: Ray Chavez (Survey & GIS Group Lead), Teresa Baca (Project Manager)

        Please accept the calendar invitation so we know you received it. If you need to change
        the time, reply to this email or use the link below.

        Manage your interview: https://jobs.smartrecruiters.com/candidate/interviews/9f3e1a
        Kind regards,
        Sandia Ridge Engineering Hiring Team
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//SmartRecruiters//Interview Scheduler//EN", "VERSION:2.0",
        "METHOD:REQUEST", VTZ[MT], "BEGIN:VEVENT", f"UID:{uid(4)}@smartrecruiters.com",
        "DTSTAMP:20261001T210500Z", "DTSTART;TZID=America/Denver:20261007T090000",
        "DTEND;TZID=America/Denver:20261007T100000", "SEQUENCE:0",
        "SUMMARY:Interview - Geospatial Technician - Wes Tsosie",
        "LOCATION:Microsoft Teams Meeting",
        "DESCRIPTION:Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SRE4471",
        "ORGANIZER;CN=Ray Chavez:mailto:ray.chavez@sandiaridge-eng.com",
        "ATTENDEE;CN=Wes Tsosie;RSVP=TRUE:mailto:wes.tsosie@example.org",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head(4, addr("Sandia Ridge Engineering", "noreply@smartrecruiters.com"),
              "Interview scheduled: Geospatial Technician", "2026-10-01 15:05", MT, "mta-17.smartrecruiters.com",
              extra=(("Reply-To", addr("Ray Chavez", "ray.chavez@sandiaridge-eng.com")),))
    return message(hs, mixed(text(body), calendar(ics, filename="interview.ics", disposition="attachment")))


@make.mail(N(5), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-14 13:00", PT), end=utc("2026-10-14 14:00", PT),
           contact="jenna.morales@silverstatepower.com", company="Silver State Power",
           local="Wed 2026-10-14 13:00", local_end="2026-10-14 14:00", zone=PT,
           note="iCIMS HTML-only notice, Las Vegas employer, US date 10/14/2026, 1:00-2:00 PM Pacific "
                "(PDT, UTC-7 in October) = 20:00-21:00Z, the same clock as Arizona until 1 November; "
                "contact = hiring contact in the body")
def m05():
    page = t("""
        <html><body>
        <div style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Wes Tsosie,</p>
        <p>Thank you for applying to <strong>GIS Technician II - Transmission (Req 2026-3318)</strong> with Silver State Power.
        We would like to confirm the following interview:</p>
        <p>Date: 10/14/2026<br>
        Time: 1:00 PM - 2:00 PM Pacific Time<br>
        Type: Panel interview, in person<br>
        Location: Silver State Power, 6200 W. Sahara Ave, Las Vegas, NV 89146 - check in at the north lobby</p>
        <p>Hiring contact: Jenna Morales, Transmission Engineering, jenna.morales@silverstatepower.com</p>
        <p>Please bring a government-issued photo ID for visitor badging.</p>
        <p>Regards,<br>Silver State Power Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
        </div></body></html>
    """)
    hs = head(5, addr("Silver State Power", "silverstatepower@talent.icims.com"),
              "Interview Confirmation - GIS Technician II - Transmission", "2026-10-08 11:30", PT,
              "mail12.talent.icims.com")
    return message(hs, html(page, charset="iso-8859-1"))


@make.mail(N(6), family="workable", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-19 11:00", AZ), end=utc("2026-10-19 11:30", AZ),
           contact="cal@ponderosalandtrust.org", company="Ponderosa Land Trust",
           local="Mon 2026-10-19 11:00", local_end="2026-10-19 11:30", zone=AZ,
           note="Workable confirmation; Reply-To is a Workable candidate relay (not a person), so contact = "
                "the hiring manager's address in the body; 11:00 Arizona time for 30 minutes = 18:00-18:30Z")
def m06():
    body = t("""
        Hi Wes,

        Your interview for Conservation GIS Coordinator at Ponderosa Land Trust is confirmed.

          Monday, October 19, 2026
          11:00 AM - 11:30 AM (GMT-07:00) America/Phoenix
          In person: 214 N. Leroux St., Suite 3, Flagstaff, AZ 86001

        You'll meet with Cal Yazzie, Stewardship Director. If you're running late, Cal's
        direct email is cal@ponderosalandtrust.org.

        You can reply to this email to message the hiring team.

        Ponderosa Land Trust
        --
        Sent via Workable
    """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:sans-serif">')
    hs = head(6, addr("Ponderosa Land Trust", "noreply@candidates.workablemail.com"),
              "Interview confirmed: Conservation GIS Coordinator", "2026-10-13 10:10", AZ,
              "o7.candidates.workablemail.com",
              extra=(("Reply-To", "ponderosa-land-trust+c7f31ab2@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(7), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-28 12:00", ET), end=utc("2026-10-28 14:30", ET),
           contact="hallie.brandt@tesseramaps.com", company="Tessera Maps",
           local="Wed 2026-10-28 12:00", local_end="2026-10-28 14:30", zone=ET,
           note="GoodTime itinerary for a three-session virtual onsite with a remote team that writes "
                "Eastern time (EDT, UTC-4, before 1 November): first session 12:00 ET to last end 2:30 PM ET "
                "= 16:00-18:30Z (9:00-11:30 in Flagstaff); contact = coordinator Reply-To")
def m07():
    body = t("""
        Hi Wes,

        Your virtual onsite with Tessera Maps is confirmed. Here is your itinerary for
        Wednesday, October 28, 2026 (all times Eastern Time - ET):

        12:00 PM - 12:45 PM   Data pipelines & QA        with Miles Okonkwo
        1:00 PM - 1:45 PM     Field-to-map workflow       with Sara Lindgren
        2:00 PM - 2:30 PM     Hiring manager wrap-up      with Joel Pacheco

        Each session has its own Zoom link in the calendar invitations you'll receive
        separately. Please join a couple of minutes early.

        Questions about logistics? Reply here and Hallie Brandt (Recruiting Coordinator)
        will get back to you.

        Tessera Maps Recruiting
        Scheduled with GoodTime
    """)
    rows = "".join(
        f"<tr><td style=\"padding:6px 12px\">{a}</td><td>{b}</td><td>{c}</td></tr>"
        for a, b, c in [("12:00 PM - 12:45 PM", "Data pipelines &amp; QA", "Miles Okonkwo"),
                        ("1:00 PM - 1:45 PM", "Field-to-map workflow", "Sara Lindgren"),
                        ("2:00 PM - 2:30 PM", "Hiring manager wrap-up", "Joel Pacheco")])
    page = t(f"""
        <html><body style="font-family:Inter,Arial,sans-serif">
        <p>Hi Wes,</p>
        <p>Your virtual onsite with <b>Tessera Maps</b> is confirmed. Here is your itinerary for
        <b>Wednesday, October 28, 2026</b> (all times Eastern Time - ET):</p>
        <table style="border-collapse:collapse">{rows}</table>
        <p>Each session has its own Zoom link in the calendar invitations you'll receive separately.</p>
        <p>Questions about logistics? Reply here and Hallie Brandt (Recruiting Coordinator) will get back to you.</p>
        <p>Tessera Maps Recruiting<br><span style="color:#aaa">Scheduled with GoodTime</span></p>
        </body></html>
    """)
    hs = head(7, addr("Tessera Maps Recruiting", "scheduling@mail.goodtime.io"),
              "Your Tessera Maps virtual onsite itinerary - Wed, Oct 28", "2026-10-21 14:00", ET,
              "o1.mail.goodtime.io",
              extra=(("Reply-To", addr("Hallie Brandt", "hallie.brandt@tesseramaps.com")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-29 10:30", AZ), end=utc("2026-10-29 11:00", AZ),
           contact="brooke@redrocksurvey.com", company="Red Rock Survey & Mapping",
           local="Thu 2026-10-29 10:30", local_end="2026-10-29 11:00", zone=AZ,
           note="Calendly invitee confirmation for a phone screen booked with the hiring manager; "
                "10:30am-11:00am Arizona Time = 17:30-18:00Z, ICS in UTC agrees; contact = host Reply-To")
def m08():
    body = t("""
        Hi Wes Tsosie,

        A new event has been scheduled.

        Event Type:
        GIS Technician Phone Screen

        Invitee:
        Wes Tsosie

        Invitee Email:
        wes.tsosie@example.org

        Event Date/Time:
        10:30am - 11:00am (Arizona Time) on Thursday, October 29, 2026

        Location:
        Brooke will call you at 928-555-0193

        Host:
        Brooke Lindqvist, Red Rock Survey & Mapping

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b2f0c1e-5d4a
        Reschedule: https://calendly.com/reschedulings/7b2f0c1e-5d4a

        Powered by Calendly.com
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{uid(8)}@calendly.com", "DTSTAMP:20261026T154700Z", "DTSTART:20261029T173000Z",
        "DTEND:20261029T180000Z", "SUMMARY:GIS Technician Phone Screen between Brooke Lindqvist and Wes Tsosie",
        "LOCATION:Brooke will call you at 928-555-0193",
        "ORGANIZER;CN=Brooke Lindqvist:mailto:brooke@redrocksurvey.com",
        "ATTENDEE;CN=Wes Tsosie;ROLE=REQ-PARTICIPANT:mailto:wes.tsosie@example.org",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head(8, addr("Calendly", "notifications@calendly.com"),
              "New Event: Wes Tsosie - 10:30am Thu, Oct 29, 2026 - GIS Technician Phone Screen",
              "2026-10-26 08:47", AZ, "o3.email.calendly.com",
              extra=(("Reply-To", addr("Brooke Lindqvist", "brooke@redrocksurvey.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(9), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-04 09:00", PT), end=utc("2026-11-04 09:45", PT),
           contact=None, company="Desert Basin Water Authority",
           local="Wed 2026-11-04 09:00", local_end="2026-11-04 09:45", zone=PT,
           note="Microsoft Bookings from a shared mailbox, sent in PDT (27 October) for a slot after the "
                "1 November change: 9:00-9:45 AM (UTC-08:00) Pacific = 17:00-17:45Z (10:00 in Flagstaff); "
                "staff named without an address, so contact null")
def m09():
    body = t("""
        Desert Basin Water Authority - Recruiting

        Your booking is confirmed

        GIS Specialist - Interview
        Wednesday, November 4, 2026
        9:00 AM-9:45 AM (UTC-08:00) Pacific Time (US & Canada)

        Staff: Gilbert Nakai

        Join Microsoft Teams meeting
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_DBWA0611

        Add to calendar

        Need to make changes? Manage booking
        https://outlook.office365.com/owa/calendar/DBWARecruiting@desertbasinwater.org/bookings/

        Desert Basin Water Authority, 1900 E. Flamingo Rd, Las Vegas, NV
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Pacific Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Desert Basin Water Authority - Recruiting:mailto:DBWARecruiting@desertbasinwater.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Wes Tsosie:mailto:wes.tsosie@example.org",
        "DESCRIPTION;LANGUAGE=en-US:GIS Specialist - Interview with Gilbert Nakai",
        f"UID:{uid(9)}", "SUMMARY;LANGUAGE=en-US:GIS Specialist - Interview",
        "DTSTART;TZID=Pacific Standard Time:20261104T090000",
        "DTEND;TZID=Pacific Standard Time:20261104T094500", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261027T160200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "END:VEVENT", "END:VCALENDAR"])
    hs = head(9, addr("Desert Basin Water Authority - Recruiting", "DBWARecruiting@desertbasinwater.org"),
              "Your booking has been confirmed: GIS Specialist - Interview", "2026-10-27 09:02", PT,
              "NAM04-BN8-obe.outbound.protection.outlook.com",
              extra=(("X-MS-Exchange-Organization-SCL", "1"),
                     ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(text(body),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(N(10), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-12 10:00", MT), end=utc("2026-11-12 11:00", MT),
           contact="elucero@riograndehabitat.com", company="Rio Grande Habitat Consultants",
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=MT,
           note="Exchange meeting request, TZID 'Mountain Standard Time' (America/Denver); 12 November is "
                "after the change so MST (UTC-7): 10:00-11:00 = 17:00-18:00Z, same clock as Flagstaff; "
                "contact = ORGANIZER/sender")
def m10():
    body = t("""
        Hi Wes,

        Following up on our call - here's the invite for the technical interview with me and Nora
        for the GIS / Habitat Mapping Technician position. We'll walk through a sample vegetation
        classification project, so have ArcGIS Pro or QGIS handy in case you want to screen-share.

        Ernesto

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_RGHC2209>
        Meeting ID: 231 884 509 117
        Passcode: z7QeP4
        ________________________________________________________________________________
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Wes,</p>
        <p>Following up on our call - here's the invite for the technical interview with me and Nora for the GIS / Habitat Mapping Technician position. We'll walk through a sample vegetation classification project, so have ArcGIS Pro or QGIS handy in case you want to screen-share.</p>
        <p>Ernesto</p>
        <hr><p><b>Microsoft Teams meeting</b><br>Join on your computer, mobile app or room device<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_RGHC2209">Click here to join the meeting</a><br>
        Meeting ID: 231 884 509 117<br>Passcode: z7QeP4</p><hr>
        </div></body></html>
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Mountain Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Ernesto Lucero:mailto:elucero@riograndehabitat.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wes Tsosie:mailto:wes.tsosie@example.org",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nora Gallegos:mailto:ngallegos@riograndehabitat.com",
        f"UID:040000008200E00074C5B7101A82E0080000000{uid(10).replace('-', '')[:24].upper()}",
        "SUMMARY;LANGUAGE=en-US:Technical interview - Wes Tsosie (GIS / Habitat Mapping Technician)",
        "DTSTART;TZID=Mountain Standard Time:20261112T100000",
        "DTEND;TZID=Mountain Standard Time:20261112T110000", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261105T231200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "END:VEVENT", "END:VCALENDAR"])
    hs = head(10, addr("Ernesto Lucero", "elucero@riograndehabitat.com"),
              "Technical interview - Wes Tsosie (GIS / Habitat Mapping Technician)", "2026-11-05 16:12", MT,
              "NAM10-DM6-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Technical interview - Wes Tsosie (GIS / Habitat Mapping Technician)"),
                     ("Thread-Index", "AdtPq3b1xk0Yw2lBQ3uT0fNoa1cZ8Q=="),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-02 09:00", MT), end=utc("2026-11-02 10:00", MT),
           contact="tova.jensen@wasatchspatial.com", company="Wasatch Spatial",
           local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=MT,
           note="Google Calendar invitation sent Thu 29 Oct in MDT for Mon 2 Nov, the day after Salt Lake "
                "City falls back: 9am-10am MST (UTC-7) = 16:00-17:00Z, 9:00 in Flagstaff too; ICS "
                "America/Denver; contact = ORGANIZER")
def m11():
    body = t("""
        You have been invited to the following event.

        GIS Analyst interview - Wes Tsosie
        When
        Monday Nov 2, 2026 \u22c5 9am \u2013 10am (Mountain Time - Denver)

        Joining info
        Join with Google Meet
        meet.google.com/ksv-pqwd-ahz

        Calendar
        wes.tsosie@example.org

        Who
        Tova Jensen - organizer
        Grant Albrecht
        wes.tsosie@example.org

        View all guest info  https://calendar.google.com/calendar/event?action=VIEW&eid=Z2lzaW50ZXJ2

        Reply for wes.tsosie@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.
    """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p style="font-size:14px;color:#3c4043">You have been invited to the following event.</p>
        <h2 style="font-size:20px;font-weight:400">GIS Analyst interview - Wes Tsosie</h2>
        <p><b>When</b><br>Monday Nov 2, 2026 &#8901; 9am &ndash; 10am (Mountain Time - Denver)</p>
        <p><b>Joining info</b><br><a href="https://meet.google.com/ksv-pqwd-ahz">Join with Google Meet</a></p>
        <p><b>Who</b><br>Tova Jensen - organizer<br>Grant Albrecht<br>wes.tsosie@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ[MT], "BEGIN:VEVENT",
        "DTSTART;TZID=America/Denver:20261102T090000", "DTEND;TZID=America/Denver:20261102T100000",
        "DTSTAMP:20261029T204100Z", "ORGANIZER;CN=Tova Jensen:mailto:tova.jensen@wasatchspatial.com",
        f"UID:{uid(11).replace('-', '')}@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tova Jensen;X-NUM-GUESTS=0:mailto:tova.jensen@wasatchspatial.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wes.tsosie@example.org;X-NUM-GUESTS=0:mailto:wes.tsosie@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/ksv-pqwd-ahz",
        "CREATED:20261029T204059Z", "DESCRIPTION:Interview for the GIS Analyst role. Grant will join for the second half.",
        "LAST-MODIFIED:20261029T204100Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:GIS Analyst interview - Wes Tsosie", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    hs = head(11, addr("Tova Jensen", "tova.jensen@wasatchspatial.com"),
              "Invitation: GIS Analyst interview - Wes Tsosie @ Mon Nov 2, 2026 9am - 10am (MST) "
              "(wes.tsosie@example.org)", "2026-10-29 14:41", MT, "mail-sor-f69.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "tova.jensen@wasatchspatial.com")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics)),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(12), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-19 10:00", AZ), end=None,
           contact="jolene.harvey@highdesertforestry.com", company="High Desert Forestry Consultants",
           local="Thu 2026-11-19 10:00", zone=AZ,
           note="Recruiter prose 'tomorrow at 10' resolved against the Date (Wed 18 Nov, 08:30 MST): Thu 19 "
                "Nov 10:00 Arizona = 17:00Z; 'plan on about an hour' is approximate, so end null")
def m12():
    body = t("""
        Morning Wes,

        Great talking yesterday. You're confirmed for tomorrow at 10 at our office - 1515 E. Route 66,
        the brick building behind the feed store. Park anywhere along the side. You'll sit down with
        me and Rusty (our inventory crew lead); plan on about an hour, and bring a couple of map
        samples if you have printed ones.

        Text me at 928-555-0128 if anything changes.

        Jolene Harvey
        Office & Hiring Manager
        High Desert Forestry Consultants
    """)
    hs = head(12, addr("Jolene Harvey", "jolene.harvey@highdesertforestry.com"),
              "Tomorrow", "2026-11-18 08:30", AZ, "mail-pl1-f170.google.com",
              extra=(("In-Reply-To", mid(112, "example.org")), ("References", mid(112, "example.org"))))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@make.mail(N(13), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-05 14:00", PT), end=utc("2026-11-05 14:45", PT),
           contact="kbrennan@mojaveparceldata.com", company="Mojave Parcel Data",
           local="Thu 2026-11-05 14:00", local_end="2026-11-05 14:45", zone=PT,
           note="Hiring manager in Las Vegas, sent Fri 30 Oct (PDT): 'Thursday at 2pm Pacific' = Thu 5 Nov, "
                "after the fall-back, so PST (UTC-8) = 22:00Z; the mail itself says 3pm in Flagstaff; "
                "'keep it to 45 minutes' gives the end")
def m13():
    body = t("""
        Wes,

        Thanks for getting back to me so quickly. Let's lock in Thursday at 2pm Pacific. Heads up that
        we fall back on Sunday and you don't, so that's 3pm for you in Flagstaff, not 2.

        We'll keep it to 45 minutes: me, plus Dev from our county-assessor data team. Mostly
        parcel fabric and topology questions, nothing you need to prepare. I'll send a Zoom link
        Wednesday.

        Thanks,
        Kieran Brennan
        Director of Data Operations | Mojave Parcel Data
        702-555-0174
    """)
    hs = head(13, addr("Kieran Brennan", "kbrennan@mojaveparceldata.com"),
              "Re: GIS Technician - next step", "2026-10-30 15:20", PT,
              "NAM12-MW2-obe.outbound.protection.outlook.com",
              extra=(("In-Reply-To", mid(113, "example.org")), ("References", mid(113, "example.org"))))
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(14), family="forwarded", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-01 13:30", MT), end=utc("2026-12-01 14:30", MT),
           contact="shauna.pett@intermountaingrid.coop", company="Intermountain Grid Cooperative",
           local="Tue 2026-12-01 13:30", local_end="2026-12-01 14:30", zone=MT,
           note="Wes forwards a Taleo confirmation from his other address to himself; Salt Lake City "
                "1:30-2:30 PM MST (UTC-7 in December) = 20:30-21:30Z; the Taleo sender is a no-reply, so "
                "contact = the coordinator address in the forwarded body (never the candidate)")
def m14():
    body = t("""
        for the calendar

        ---------- Forwarded message ---------
        From: Intermountain Grid Cooperative <noreply@taleo.net>
        Date: Tue, Nov 24, 2026 at 3:12 PM
        Subject: Interview Invitation - GIS Technician (Req 26-0917)
        To: <wes.t@example.com>


        Dear Wes Tsosie,

        We are pleased to invite you to interview for the position of GIS Technician (26-0917) at
        Intermountain Grid Cooperative.

        Date: Tuesday, December 1, 2026
        Time: 1:30 PM to 2:30 PM Mountain Standard Time
        Location: Intermountain Grid Cooperative, 455 W. 2100 S., Salt Lake City, UT 84115
                  (a video option is available on request)

        Please confirm your attendance with the interview coordinator, Shauna Pett
        (shauna.pett@intermountaingrid.coop, 801-555-0162).

        Sincerely,
        Human Resources
        Intermountain Grid Cooperative

        This message was sent from an unmonitored mailbox.
    """)
    hs = head(14, addr("Wes Tsosie", "wes.t@example.com"),
              "Fwd: Interview Invitation - GIS Technician (Req 26-0917)", "2026-11-25 19:05", AZ,
              "mail-yw1-f172.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(15), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-09 09:30", AZ), end=None,
           contact="nadia.okafor@sonoraninfra.com", company="Sonoran Infrastructure Group",
           local="Wed 2026-12-09 09:30", zone=AZ,
           note="Recruiter's short reply on top of a quoted thread: she offered Tue 12/8 2pm or Wed 12/9 "
                "9:30am, Wes took Wednesday, she confirms 'Wednesday 12/9 at 9:30am' Phoenix time = 16:30Z; "
                "'45-60 minute' in the quote is a range, so end null")
def m15():
    body = t("""
        Great - you're all set for Wednesday 12/9 at 9:30am. I'll send a Teams invite this afternoon
        with Luis and Angela on it.

        Nadia

        Nadia Okafor | Talent Partner
        Sonoran Infrastructure Group | Phoenix, AZ

        From: Wes Tsosie <wes.tsosie@example.org>
        Sent: Wednesday, December 2, 2026 8:51 PM
        To: Nadia Okafor <nadia.okafor@sonoraninfra.com>
        Subject: Re: GIS Analyst I - interview times

        Hi Nadia,

        Wednesday 12/9 at 9:30 works best for me. Thank you!

        Wes

        From: Nadia Okafor <nadia.okafor@sonoraninfra.com>
        Sent: Wednesday, December 2, 2026 2:17 PM
        To: Wes Tsosie <wes.tsosie@example.org>
        Subject: GIS Analyst I - interview times

        Hi Wes,

        The team would like to meet you for a 45-60 minute interview (Phoenix time). Could either
        of these work?

          - Tuesday 12/8 at 2:00pm
          - Wednesday 12/9 at 9:30am

        Best,
        Nadia
    """)
    hs = head(15, addr("Nadia Okafor", "nadia.okafor@sonoraninfra.com"),
              "RE: GIS Analyst I - interview times", "2026-12-03 11:02", AZ,
              "NAM11-CO1-obe.outbound.protection.outlook.com",
              extra=(("In-Reply-To", mid(115, "example.org")),
                     ("References", f"{mid(215, 'sonoraninfra.com')} {mid(115, 'example.org')}"),
                     ("Thread-Topic", "GIS Analyst I - interview times")))
    return message(hs, text(body))


@make.mail(N(16), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-14 15:00", AZ), end=utc("2026-12-14 16:00", AZ),
           contact="tyler.reese@basinrangestaffing.com", company="Kaibab Aerial Survey",
           local="Mon 2026-12-14 15:00", local_end="2026-12-14 16:00", zone=AZ,
           note="Agency recruiter forwards the client's confirmation as a message/rfc822 attachment; "
                "Flagstaff client, Mon 14 Dec 3:00-4:00 PM MST = 22:00-23:00Z; contact = the human sender "
                "(agency recruiter), company = the hiring client")
def m16():
    inner_body = t("""
        Hi Tyler,

        Confirming Wes Tsosie for an in-person interview for our Photogrammetry / GIS Technician
        opening:

        Monday, December 14, 2026, 3:00-4:00 PM
        Kaibab Aerial Survey, 2700 N. Fort Valley Rd, Flagstaff (hangar office, side door)

        He'll meet with me and our chief pilot, Dale Kowalczyk. Please let him know to bring
        photo ID for the airport gate.

        Thanks,
        Marisol Ortega
        Operations Manager, Kaibab Aerial Survey
    """)
    inner = message([
        ("From", addr("Marisol Ortega", "mortega@kaibabaerial.com")),
        ("To", addr("Tyler Reese", "tyler.reese@basinrangestaffing.com")),
        ("Subject", "Interview confirmed - Wes Tsosie"),
        ("Date", date("2026-12-07 16:44", AZ)),
        ("Message-ID", mid(216, "kaibabaerial.com")),
    ], text(inner_body))
    body = t("""
        Hi Wes,

        Good news - Kaibab confirmed your interview. Their note is attached with the details
        (Monday 12/14, 3-4 PM at the hangar office). Call me after and tell me how it went!

        Tyler Reese
        Senior Recruiter, Basin & Range Staffing
        602-555-0187
    """)
    hs = head(16, addr("Tyler Reese", "tyler.reese@basinrangestaffing.com"),
              "Fw: Interview confirmed - Wes Tsosie", "2026-12-08 08:15", AZ, "mail-vs1-f54.google.com")
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             attached_message(inner, "Interview confirmed - Wes Tsosie.eml")))


# ================================================================ positives: rescheduled


@make.mail(N(17), family="lever", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-09-21 10:00", AZ), end=utc("2026-09-21 10:45", AZ),
           contact="dana.whitfield@mesawater-analytics.com", company="Mesa Water Analytics",
           local="Mon 2026-09-21 10:00", local_end="2026-09-21 10:45", zone=AZ,
           note="Lever update of the 17 September interview (same UID, SEQUENCE:1): new time Mon 21 Sep "
                "10:00-10:45 AM MST = 17:00-17:45Z; the old Thursday 1:30 PM slot is also in the text")
def m17():
    body = t("""
        Hi Wes,

        Your interview with Mesa Water Analytics has been rescheduled.

        Previous time: Thursday, September 17, 2026, 1:30 PM - 2:15 PM (MST - Arizona)
        New time:      Monday, September 21, 2026, 10:00 AM - 10:45 AM (MST - Arizona)

        Position: GIS Technician - Hydrology
        Location: Zoom - https://mesawater.zoom.us/j/86120447391
        Interviewer: Dana Whitfield, Hydrology Data Lead

        Dana asked us to pass along her apologies - she's been pulled into a well-field survey on
        Thursday. An updated calendar invitation is attached.

        Thanks,
        Mesa Water Analytics
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Lever//Lever Interviews//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ[AZ], "BEGIN:VEVENT", f"UID:{uid(2)}@lever.co",
        "DTSTAMP:20260916T154000Z", "DTSTART;TZID=America/Phoenix:20260921T100000",
        "DTEND;TZID=America/Phoenix:20260921T104500", "SEQUENCE:1",
        "SUMMARY:Interview: Wes Tsosie - GIS Technician - Hydrology",
        "LOCATION:https://mesawater.zoom.us/j/86120447391",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@mesawater-analytics.com",
        "ATTENDEE;CN=Wes Tsosie;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wes.tsosie@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(17, addr("Mesa Water Analytics", "no-reply@hire.lever.co"),
              "Updated: Interview with Mesa Water Analytics", "2026-09-16 08:40", AZ, "mx-out-1.hire.lever.co",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@mesawater-analytics.com")),))
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64",
                                      name_param=True)))


@make.mail(N(18), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-20 14:00", AZ), end=utc("2026-10-20 15:00", AZ),
           contact="hetsitty@painteddesertenergy.com", company="Painted Desert Energy",
           local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00", zone=AZ,
           note="Exchange 'Updated:' meeting request (SEQUENCE:2), TZID 'US Mountain Standard Time' = "
                "America/Phoenix: moved from Fri 16 Oct 10:00 to Tue 20 Oct 2:00-3:00 PM = 21:00-22:00Z; "
                "windows-1252 quoted-printable text; contact = ORGANIZER")
def m18():
    body = t("""
        Hi Wes \u2013 apologies for the shuffle. Friday\u2019s 10:00 no longer works for our field
        operations lead, so I\u2019ve moved us to Tuesday afternoon. Same Teams link, same panel.

        When: Tuesday, October 20, 2026 2:00 PM-3:00 PM (UTC-07:00) Arizona

        Hannah Etsitty
        Senior Recruiter | Painted Desert Energy
        Phoenix, AZ

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_PDE7731>
        Meeting ID: 245 118 330 942
        Passcode: Lk3v9T
        ________________________________________________________________________________
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["US Mountain Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Hannah Etsitty:mailto:hetsitty@painteddesertenergy.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wes Tsosie:mailto:wes.tsosie@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Yellowhair:mailto:byellowhair@painteddesertenergy.com",
        f"UID:040000008200E00074C5B7101A82E00800000000{uid(18).replace('-', '')[:24].upper()}",
        "SUMMARY;LANGUAGE=en-US:Interview - GIS Analyst - Wes Tsosie",
        "DTSTART;TZID=US Mountain Standard Time:20261020T140000",
        "DTEND;TZID=US Mountain Standard Time:20261020T150000", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261014T163500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:2",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:2", "X-MICROSOFT-CDO-OWNERAPPTID:2118736402",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head(18, addr("Hannah Etsitty", "hetsitty@painteddesertenergy.com"),
              "Updated: Interview - GIS Analyst - Wes Tsosie", "2026-10-14 09:35", AZ,
              "NAM02-SN1-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Interview - GIS Analyst - Wes Tsosie"),
                     ("Thread-Index", "AdtMx0c9Lq2Vb7pXRwS1hG8kZ3wP0A==")))
    return message(hs, alt(text(body, charset="windows-1252"), calendar(ics, cte="base64")))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-13 13:30", MT), end=utc("2026-11-13 14:15", MT),
           contact="pilar.sandoval@dukecitygeomatics.com", company="Duke City Geomatics",
           local="Fri 2026-11-13 13:30", local_end="2026-11-13 14:15", zone=MT,
           note="Albuquerque hiring manager moves 'Wednesday's 11:00' to 'Friday the 13th at 1:30 PM "
                "Mountain' (MST after 1 November, UTC-7) = 20:30Z; 'same 45-minute format' gives the end; "
                "old and new times in one mail")
def m19():
    body = t("""
        Hi Wes,

        I\u2019m so sorry to do this, but I have to move our Wednesday 11:00 interview \u2014 I\u2019ve been called
        to a boundary dispute hearing in Santa Fe that day. Could we do Friday the 13th at 1:30 PM
        Mountain instead? I went ahead and held it on my calendar; same Zoom link, same 45-minute
        format, and Marcus will still join.

        If Friday doesn't work, tell me and we'll find something early next week.

        Thanks for your flexibility,
        Pilar

        --
        Pilar Sandoval, PLS
        Survey Manager, Duke City Geomatics
        Albuquerque, NM | 505-555-0136
    """)
    hs = head(19, addr("Pilar Sandoval", "pilar.sandoval@dukecitygeomatics.com"),
              "Need to move our Wednesday interview", "2026-11-09 07:48", MT, "mail-io1-f44.google.com",
              extra=(("In-Reply-To", mid(133, "dukecitygeomatics.com")),
                     ("References", mid(133, "dukecitygeomatics.com"))))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-27 16:30", AMS), end=utc("2026-10-27 17:00", AMS),
           contact="femke@kartwerklabs.nl", company="Kartwerk Labs",
           local="Tue 2026-10-27 16:30", local_end="2026-10-27 17:00", zone=AMS,
           note="Recruitee reschedule from a remote team in Amsterdam: from Thu 22 Oct 17:00 CEST to Tue 27 Oct "
                "16:30 CET (Europe fell back on 25 October, UTC+1) = 15:30Z, 8:30 in Flagstaff as the mail "
                "says; 30 minutes; ICS Europe/Amsterdam SEQUENCE:1; contact = Reply-To recruiter")
def m20():
    body = t("""
        Hi Wes,

        Your interview with Kartwerk Labs has been moved to a new time.

        Remote GIS Data Engineer - first interview (30 min)

        New time: Tuesday 27 October 2026, 16:30 - 17:00 (Amsterdam time, CET)
        That's 8:30 AM for you in Flagstaff (MST).

        Was: Thursday 22 October 2026, 17:00 - 17:30 (Amsterdam time, CEST)

        Video call: https://meet.kartwerklabs.nl/femke-wes

        Note that Europe switches back from summer time on 25 October, so the gap between us is one
        hour smaller than last week.

        Questions? Just reply - your message goes to Femke de Graaf, Talent Lead.

        Kartwerk Labs
        Sent with Recruitee
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Recruitee//Interview//EN", "METHOD:REQUEST",
        VTZ[AMS], "BEGIN:VEVENT", f"UID:{uid(20)}@recruitee.com", "DTSTAMP:20261021T081400Z",
        "DTSTART;TZID=Europe/Amsterdam:20261027T163000", "DTEND;TZID=Europe/Amsterdam:20261027T170000",
        "SEQUENCE:1", "SUMMARY:Kartwerk Labs - Remote GIS Data Engineer - first interview",
        "LOCATION:https://meet.kartwerklabs.nl/femke-wes",
        "ORGANIZER;CN=Femke de Graaf:mailto:femke@kartwerklabs.nl",
        "ATTENDEE;CN=Wes Tsosie;RSVP=TRUE:mailto:wes.tsosie@example.org", "END:VEVENT", "END:VCALENDAR"])
    hs = head(20, addr("Kartwerk Labs", "no-reply@mail.recruitee.com"),
              "Interview rescheduled \u2013 Remote GIS Data Engineer", "2026-10-21 10:14", AMS, "out-4.mail.recruitee.com",
              extra=(("Reply-To", addr("Femke de Graaf", "femke@kartwerklabs.nl")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


# ================================================================ positives: cancelled


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-17 13:00", MT), end=utc("2026-11-17 14:00", MT),
           contact="soren.maddox@bonnevilleanalytics.com", company="Bonneville Analytics",
           local="Tue 2026-11-17 13:00", local_end="2026-11-17 14:00", zone=MT,
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of a Salt Lake City "
                "interview, 1pm-2pm MST (UTC-7) = 20:00-21:00Z; contact = ORGANIZER")
def m21():
    body = t("""
        This event has been canceled and removed from your calendar.

        Technical interview - Wes Tsosie
        When
        Tuesday Nov 17, 2026 \u22c5 1pm \u2013 2pm (Mountain Time - Denver)

        Organizer
        S\u00f8ren Maddox
        soren.maddox@bonnevilleanalytics.com

        Guests
        S\u00f8ren Maddox - organizer
        wes.tsosie@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", VTZ[MT], "BEGIN:VEVENT",
        "DTSTART;TZID=America/Denver:20261117T130000", "DTEND;TZID=America/Denver:20261117T140000",
        "DTSTAMP:20261113T223000Z", "ORGANIZER;CN=Soren Maddox:mailto:soren.maddox@bonnevilleanalytics.com",
        f"UID:{uid(21).replace('-', '')}@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=wes.tsosie@example.org;X-NUM-GUESTS=0:mailto:wes.tsosie@example.org",
        "CREATED:20261109T171500Z", "LAST-MODIFIED:20261113T223000Z", "SEQUENCE:1", "STATUS:CANCELLED",
        "SUMMARY:Technical interview - Wes Tsosie", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    hs = head(21, addr("S\u00f8ren Maddox", "soren.maddox@bonnevilleanalytics.com"),
              "Canceled event: Technical interview - Wes Tsosie @ Tue Nov 17, 2026 1pm - 2pm (MST) "
              "(wes.tsosie@example.org)", "2026-11-13 15:30", MT, "mail-sor-f73.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "soren.maddox@bonnevilleanalytics.com")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(22), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-03 10:00", PT), end=utc("2026-12-03 11:00", PT),
           contact="dfong@springmountaineng.com", company="Spring Mountain Engineering",
           local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone=PT,
           note="Exchange 'Canceled:' meeting (METHOD:CANCEL, TZID 'Pacific Standard Time'): the Las Vegas "
                "slot Thu 3 Dec 10:00-11:00 PST (UTC-8) = 18:00-19:00Z, 11:00 in Flagstaff; role on hold; "
                "contact = ORGANIZER/sender")
def m22():
    body = t("""
        Wes,

        I'm sorry to say we've had to put the GIS Technician requisition on hold until the new
        fiscal year, so I'm canceling Thursday's interview. I'll reach out directly if it reopens -
        you were one of the strongest applicants we saw.

        Derek Fong
        Principal, Spring Mountain Engineering
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Pacific Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Derek Fong:mailto:dfong@springmountaineng.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wes Tsosie:mailto:wes.tsosie@example.org",
        f"UID:040000008200E00074C5B7101A82E00800000000{uid(22).replace('-', '')[:24].upper()}",
        "SUMMARY;LANGUAGE=en-US:Canceled: Interview: Wes Tsosie / GIS Technician",
        "DTSTART;TZID=Pacific Standard Time:20261203T100000",
        "DTEND;TZID=Pacific Standard Time:20261203T110000", "CLASS:PUBLIC", "PRIORITY:1",
        "DTSTAMP:20261130T171000Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED", "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-US:SME office - 3rd floor conference room",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head(22, addr("Derek Fong", "dfong@springmountaineng.com"),
              "Canceled: Interview: Wes Tsosie / GIS Technician", "2026-11-30 09:10", PT,
              "NAM04-MW2-obe.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Interview: Wes Tsosie / GIS Technician"),
                     ("Importance", "high")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-11 09:00", AZ), end=None,
           contact="marcus.bitsui@pinecountrybroadband.com", company="Pine Country Broadband",
           local="Fri 2026-12-11 09:00", zone=AZ,
           note="Flagstaff hiring manager cancels 'our Friday 12/11 9:00 interview' (filled internally), no "
                "new time: cancelled slot 9:00 MST = 16:00Z; base64 plain text")
def m23():
    body = t("""
        Hi Wes,

        I wanted to let you know personally before the automated note goes out: we need to cancel
        our Friday 12/11 9:00 interview. One of our field techs applied for the network mapping
        role at the last minute and we've decided to fill it internally.

        I'm genuinely sorry about the late notice. I liked your parcel-editing samples a lot, and
        I'll keep your resume on file for the spring build-out season.

        Best,
        Marcus Bitsui
        Network Engineering Manager
        Pine Country Broadband, Flagstaff
    """)
    hs = head(23, addr("Marcus Bitsui", "marcus.bitsui@pinecountrybroadband.com"),
              "Friday's interview", "2026-12-07 17:25", AZ, "mail-qk1-f181.google.com")
    return message(hs, text(body, cte="base64"))


# ================================================================ negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Canyonlands Geospatial",
           note="Greenhouse rejection after the 11 September interview (thread with the confirmation); "
                "no time to keep", days=(("Fri", "2026-09-11"),))
def m24():
    body = t("""
        Hi Wes,

        Thank you for taking the time to interview for the GIS Analyst II role on Friday, September 11.
        The team enjoyed talking with you about your fire-perimeter mapping work.

        After careful consideration, we've decided to move forward with another candidate whose
        experience more closely matches the enterprise geodatabase side of the role. We'd be happy to
        keep your information on file for future openings.

        We wish you the best in your search.

        Maren Holt
        Talent Acquisition, Canyonlands Geospatial
    """)
    hs = head(24, addr("Canyonlands Geospatial", "no-reply@us.greenhouse-mail.io"),
              "Your application to Canyonlands Geospatial", "2026-09-24 12:40", MT,
              "mail-a07.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Maren Holt", "maren.holt@canyonlandsgeo.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="post_interview", lang="en", interview=False, company="Mesa Water Analytics",
           note="Hiring manager's thanks after Monday's interview, 'we'll be in touch'; nothing scheduled")
def m25():
    body = t("""
        Hi Wes,

        Thanks for the note, and thanks again for your time on Monday - the ArcGIS Online dashboard you
        walked us through was exactly the kind of thing we need for the well-field program.

        We have two more conversations this week and hope to have an answer for everyone by early
        October. I'll be in touch either way.

        Dana

        On Mon, Sep 21, 2026 at 4:02 PM Wes Tsosie <wes.tsosie@example.org> wrote:
        > Hi Dana,
        >
        > Thank you for the conversation this morning. I enjoyed hearing about the groundwater
        > monitoring network and would love to help build out the mapping side of it.
        >
        > Best,
        > Wes
    """)
    hs = head(25, addr("Dana Whitfield", "dana.whitfield@mesawater-analytics.com"),
              "Re: Thank you", "2026-09-22 10:18", AZ, "mail-ej1-f43.google.com",
              extra=(("In-Reply-To", mid(125, "example.org")), ("References", mid(125, "example.org"))))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(26), family="application_receipt", lang="en", interview=False, company="Northlight Imagery",
           note="Teamtailor application receipt from a remote imagery company; no interview")
def m26():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1b1b1b">
        <div style="max-width:560px;margin:auto">
        <h1 style="font-size:22px">Thanks for applying, Wes!</h1>
        <p>We've received your application for <b>Remote Imagery Analyst (Wildfire)</b> at Northlight Imagery.</p>
        <p>Our team reads every application. If your background is a match, someone from the team will reach out to you within two weeks to set up a first conversation.</p>
        <p>In the meantime, you can read more about how we work on our <a href="https://careers.northlightimagery.com">career site</a>.</p>
        <p>All the best,<br>The Northlight Imagery team</p>
        <p style="font-size:11px;color:#888">You can <a href="https://careers.northlightimagery.com/connect/candidate">manage your data</a> at any time. Powered by Teamtailor.</p>
        </div></body></html>
    """)
    hs = head(26, addr("Northlight Imagery", "no-reply@teamtailor-mail.com"),
              "Thanks for applying to Northlight Imagery", "2026-09-09 18:33", ET, "mx-2.teamtailor-mail.com")
    return message(hs, html(page))


@make.mail(N(27), family="application_receipt", lang="en", interview=False, company="Northern Plateau Health",
           note="Workday application receipt for the role later interviewed in the 22 September confirmation")
def m27():
    body = t("""
        Dear Wes,

        Thank you for applying for the GIS Data Specialist (R-10482) position at Northern Plateau
        Health. Your application has been received and is being reviewed by our Talent Acquisition
        team.

        You can check the status of your application at any time by signing in to your candidate
        home page:
        https://northernplateau.wd1.myworkdayjobs.com/NPH_Careers/userHome

        Sincerely,
        Talent Acquisition
        Northern Plateau Health

        This is a system-generated message. Please do not reply.
    """)
    hs = head(27, addr("Northern Plateau Health", "northernplateau@myworkday.com"),
              "Thank you for applying - GIS Data Specialist (R-10482)", "2026-09-03 21:47", AZ,
              "smtp-out1.myworkday.com")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="GIS job board alert listing openings; no interview")
def m28():
    body = t("""
        GeoCareers Job Alert: "GIS Technician" near Flagstaff, AZ (+ remote)

        7 new jobs match your alert

        GIS Technician II - Coconino Water Partners - Flagstaff, AZ - $52k-$61k
        Geospatial Analyst (Remote) - Contour Logic - Remote (US)
        Field GIS Specialist - Tularosa Environmental - Albuquerque, NM
        GIS/CAD Drafter - Mesa Civil Group - Phoenix, AZ
        Remote Sensing Technician - Skyward Range Data - Salt Lake City, UT
        Parcel Mapping Technician - Mojave Parcel Data - Las Vegas, NV
        Wildfire GIS Analyst (seasonal) - Ridgeline Fire Services - Prescott, AZ

        View all jobs: https://www.geocareers.example.net/alerts/8812
        Edit alert | Unsubscribe

        GeoCareers, PO Box 4410, Denver, CO 80204
    """)
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.strip().split("\n") if line) + \
        "</body></html>\n"
    hs = head(28, addr("GeoCareers Alerts", "alerts@geocareers.example.net"),
              "7 new GIS Technician jobs near Flagstaff, AZ", "2026-10-05 06:00", MT, "o22.geocareers.example.net",
              extra=(("List-Unsubscribe", "<https://www.geocareers.example.net/u/8812>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(29), family="newsletter", lang="en", interview=False, company=None,
           note="Regional GIS user-group newsletter with a meetup date and a job-search column; not an "
                "interview", days=(("Thu", "2026-10-15"),))
def m29():
    body = t("""
        FOUR CORNERS GIS USERS GROUP - October 2026 newsletter

        Next meetup: Thursday, October 15, 6:00 PM, Flagstaff Public Library community room, with
        a talk on LiDAR-derived canopy height models for thinning prescriptions. Pizza provided.

        Member spotlight: how a Farmington crew mapped 900 miles of irrigation ditches in QGIS.

        Career corner: "Portfolio, not resume" - why hiring managers want to see three good maps
        more than a list of software. Tips for talking through a project in a technical interview.

        GIS Day is November 18. Volunteers wanted for the school map gallery.

        You're receiving this because you joined the FCGUG mailing list.
        Unsubscribe: https://lists.fourcornersgis.example.org/unsubscribe
    """)
    hs = head(29, addr("Four Corners GIS Users Group", "news@fourcornersgis.example.org"),
              "FCGUG October news \u2014 LiDAR canopy talk, GIS Day, career corner", "2026-10-02 07:30", AZ,
              "lists.fourcornersgis.example.org",
              extra=(("List-Id", "FCGUG members <members.fourcornersgis.example.org>"),
                     ("Precedence", "list")))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Basin & Range Staffing",
           note="Agency recruiter cold outreach asking for a time to talk; nothing fixed")
def m30():
    body = t("""
        Hi Wes,

        I came across your profile and your work on burn-severity mapping caught my eye. I'm
        recruiting for a Flagstaff-based aerial survey company that needs a photogrammetry / GIS
        technician - full time, $24-29/hr, with benefits.

        Do you have 15 minutes this week for a quick call? I'm pretty flexible on Wednesday and
        Thursday afternoons.

        Thanks,
        Tyler Reese
        Senior Recruiter, Basin & Range Staffing
        602-555-0187
    """)
    hs = head(30, addr("Tyler Reese", "tyler.reese@basinrangestaffing.com"),
              "Photogrammetry / GIS Technician role in Flagstaff", "2026-11-23 10:05", AZ,
              "mail-vs1-f50.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="availability_request", lang="en", interview=False, company="Tessera Maps",
           note="Ashby availability request with suggested windows in ET; a proposal, nothing confirmed",
           days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27"), ("Wed", "2026-10-28")))
def m31():
    body = t("""
        Hi Wes,

        Congratulations - the team would like to move you forward to a virtual onsite for the GIS
        Data Analyst role! The onsite is about 2.5 hours split across three conversations.

        Please share your availability using the link below. The team has the most openings on:

          Mon Oct 26, 11:00 AM - 4:00 PM ET
          Tue Oct 27, 12:00 PM - 5:00 PM ET
          Wed Oct 28, 11:00 AM - 3:00 PM ET

        Share availability: https://app.ashbyhq.com/availability/3c1f9e0a-tessera

        Once we have your times, we'll send an itinerary.

        Hallie Brandt
        Recruiting Coordinator, Tessera Maps
    """)
    hs = head(31, addr("Tessera Maps", "no-reply@ashbyhq.com"),
              "Tessera Maps: please share your availability", "2026-10-16 13:20", ET, "mail.ashbyhq.com",
              extra=(("Reply-To", addr("Hallie Brandt", "hallie.brandt@tesseramaps.com")),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(32), family="scheduling_link", lang="en", interview=False, company="Red Rock Survey & Mapping",
           note="Hiring manager sends her Calendly link to book a phone screen; no time chosen yet")
def m32():
    body = t("""
        Hi Wes,

        Thanks for applying for our GIS Technician opening - your trail-inventory project is right
        up our alley. I'd like to set up a 30-minute phone screen. Grab any open slot on my calendar
        here: https://calendly.com/brooke-redrock/gis-phone-screen

        Talk soon,
        Brooke Lindqvist
        Red Rock Survey & Mapping | Sedona, AZ
    """)
    hs = head(32, addr("Brooke Lindqvist", "brooke@redrocksurvey.com"),
              "GIS Technician - phone screen", "2026-10-23 16:12", AZ, "mail-oi1-f178.google.com")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(33), family="proposal", lang="en", interview=False, company="Duke City Geomatics",
           note="Hiring manager proposes two slots ('Would Wednesday 11/11 at 11:00 or Thursday 11/12 at "
                "2:00 Mountain work?'); a proposal, not a confirmation", days=(("Wed", "2026-11-11"),
                                                                              ("Thu", "2026-11-12")))
def m33():
    body = t("""
        Hi Wes,

        Thanks for sending over the map samples - the Sandia foothills trail map is lovely. I'd like
        to set up a video interview with me and Marcus Ortiz, our CAD/GIS lead. Would Wednesday
        11/11 at 11:00 or Thursday 11/12 at 2:00 Mountain work for you? It'd be 45 minutes.

        Let me know and I'll send a Zoom link.

        Pilar Sandoval, PLS
        Survey Manager, Duke City Geomatics
    """)
    hs = head(33, addr("Pilar Sandoval", "pilar.sandoval@dukecitygeomatics.com"),
              "Interview - GIS Technician", "2026-11-03 15:02", MT, "mail-io1-f41.google.com",
              msgid=mid(133, "dukecitygeomatics.com"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="auto_reply", lang="en", interview=False, company=None,
           note="Out-of-office auto-reply from the Sonoran recruiter to Wes's application question; "
                "no interview (company null: an auto-reply, not a rejection/offer/receipt/outreach)",
           days=(("Mon", "2026-11-30"),))
def m34():
    body = t("""
        Thank you for your message. I am out of the office for the Thanksgiving holiday and will
        return on Monday, November 30. I will respond to your email as soon as possible after I
        return.

        For urgent recruiting questions, please contact talent@sonoraninfra.com.

        Nadia Okafor
        Talent Partner | Sonoran Infrastructure Group
    """)
    hs = head(34, addr("Nadia Okafor", "nadia.okafor@sonoraninfra.com"),
              "Automatic reply: GIS Analyst I application - question", "2026-11-25 20:14", AZ,
              "NAM11-CO1-obe.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", mid(134, "example.org"))))
    return message(hs, text(body))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Wes's thank-you note to Silver State Power (address typo); no interview "
                "time confirmed", days=(("Wed", "2026-10-14"),))
def m35():
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <jenna.morales@silverstatepwr.com>: host silverstatepwr.com[203.0.113.40] said:
            550 5.1.1 <jenna.morales@silverstatepwr.com>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Q9bLk2xZ7z3
        Arrival-Date: Wed, 14 Oct 2026 17:42:08 -0700 (MST)

        Final-Recipient: rfc822; jenna.morales@silverstatepwr.com
        Original-Recipient: rfc822;jenna.morales@silverstatepwr.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; silverstatepwr.com
        Diagnostic-Code: smtp; 550 5.1.1 <jenna.morales@silverstatepwr.com>: Recipient
            address rejected: User unknown in virtual mailbox table
    """)
    original = message([
        ("From", WES),
        ("To", addr("Jenna Morales", "jenna.morales@silverstatepwr.com")),
        ("Subject", "Thank you - GIS Technician II interview"),
        ("Date", date("2026-10-14 17:42", AZ)),
        ("Message-ID", mid(135, "example.org")),
    ], text(t("""
        Hi Jenna,

        Thank you for meeting with me this afternoon (Wednesday, October 14) and for the tour of the
        control room. I'm very interested in the transmission mapping work and hope to hear from you.

        Best regards,
        Wes Tsosie
    """), cte="7bit", charset="us-ascii"))
    report = multipart("report", text(notice, cte="7bit", charset="us-ascii"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original), params="report-type=delivery-status")
    hs = [("Delivered-To", OWNER), ("Return-Path", "<>"),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", OWNER), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-10-14 17:42", AZ)), ("Message-ID", mid(35, "mx1.example.org")),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@make.mail(N(36), family="offer", lang="en", interview=False, company="Sandia Ridge Engineering",
           note="Written offer after the October interview; start date and response deadline, no "
                "interview", days=(("Fri", "2026-11-06"),))
def m36():
    body = t("""
        Dear Wes,

        On behalf of Sandia Ridge Engineering, I'm delighted to offer you the position of Geospatial
        Technician in our Albuquerque office. Your offer letter is attached for review in DocuSign,
        with the details we discussed:

          - Base pay: $58,500 per year, non-exempt
          - Start date: Monday, January 4, 2027
          - Relocation: up to $4,000, reimbursed against receipts

        Please review and sign by Friday, November 6. Don't hesitate to call me with any
        questions at 505-555-0119.

        We're excited about the prospect of having you on the team.

        Ray Chavez
        Survey & GIS Group Lead
        Sandia Ridge Engineering
    """)
    hs = head(36, addr("Ray Chavez", "ray.chavez@sandiaridge-eng.com"),
              "Offer of employment - Geospatial Technician", "2026-10-30 11:20", MT,
              "NAM10-BN7-obe.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(37), family="rejection", lang="en", interview=False, company="Wasatch Spatial",
           note="Rejection by the hiring manager after the 2 November interview; no time to keep",
           days=(("Mon", "2026-11-02"),))
def m37():
    body = t("""
        Hi Wes,

        Thanks again for interviewing with Grant and me on Monday, November 2. It was a close call,
        but we've offered the GIS Analyst role to someone with more Python automation experience.

        If you're open to it, I'd love to keep in touch - we expect to hire a field GIS tech in the
        spring, and I think you'd be a great fit for that one.

        All the best,
        Tova Jensen
        Wasatch Spatial
    """)
    hs = head(37, addr("Tova Jensen", "tova.jensen@wasatchspatial.com"),
              "GIS Analyst role - update", "2026-11-10 13:55", MT, "mail-sor-f41.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(38), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Dentist appointment confirmation with ICS: a confirmed time, but not an interview")
def m38():
    body = t("""
        Hi Wes,

        This is a reminder that you have an appointment at Cinder Hills Family Dental:

        Tuesday, October 6, 2026 at 2:40 PM
        Provider: Dr. Ren\u00e9e Rowe - cleaning & exam
        1100 N. Beaver St., Suite 210, Flagstaff, AZ

        Reply C to confirm or call 928-555-0102 to reschedule. Please give us 24 hours' notice.

        Cinder Hills Family Dental
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PracticeLink Reminders//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", f"UID:{uid(38)}@cinderhillsdental.com", "DTSTAMP:20261001T160000Z",
        "DTSTART:20261006T214000Z", "DTEND:20261006T224000Z",
        "SUMMARY:Dental appointment - Cinder Hills Family Dental",
        "LOCATION:1100 N. Beaver St.\\, Suite 210\\, Flagstaff\\, AZ", "END:VEVENT", "END:VCALENDAR"])
    hs = head(38, addr("Cinder Hills Family Dental", "reminders@cinderhillsdental.com"),
              "Appointment reminder: Tue Oct 6 at 2:40 PM", "2026-10-01 09:00", AZ, "smtp.cinderhillsdental.com")
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, method="PUBLISH", filename="appointment.ics",
                                      disposition="attachment")))


@make.mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Sat", "2026-11-21"),),
           note="Car service appointment confirmation (snow tires): a fixed time, not an interview")
def m39():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Your appointment is confirmed</h2>
        <p>Hi Wes, thanks for booking with Route 66 Auto Care.</p>
        <p><b>Saturday, November 21, 2026 - 8:00 AM</b><br>
        Service: Seasonal tire swap (winter tires), tire rotation<br>
        Vehicle: 2014 Toyota Tacoma<br>
        Advisor: Manny</p>
        <p>2210 E. Route 66, Flagstaff, AZ 86004 - (928) 555-0155</p>
        <p>Need to change it? <a href="https://book.route66autocare.example.com/r/5511">Reschedule online</a>.</p>
        </body></html>
    """)
    hs = head(39, addr("Route 66 Auto Care", "service@route66autocare.example.com"),
              "Appointment confirmed - Sat, Nov 21 at 8:00 AM", "2026-11-16 12:08", AZ,
              "mta.route66autocare.example.com")
    return message(hs, html(page, cte="base64"))


@make.mail(N(40), family="event_ticket", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Ticket for a GIS Day networking mixer; a fixed-time event, not an interview")
def m40():
    body = t("""
        You're going to Flagstaff GIS Day Mixer!

        Wednesday, November 18, 2026
        5:30 PM - 8:00 PM MST
        Mother Road Taproom (back room), Flagstaff, AZ

        Order #4471-20816 - 1 x General admission (free)

        Bring your map! There's a poster wall this year and recruiters from several local firms
        are coming.

        View your ticket: https://evently.example.com/tickets/4471-20816
        Organized by Four Corners GIS Users Group
    """)
    hs = head(40, addr("Evently", "tickets@evently.example.com"),
              "Your ticket for Flagstaff GIS Day Mixer", "2026-11-06 19:44", AZ, "out-9.evently.example.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(41), family="receipt", lang="en", interview=False, company=None,
           note="Online course purchase receipt (Python for GIS); no interview")
def m41():
    body = t("""
        MAPWISE ACADEMY - RECEIPT

        Order MW-2026-118204
        Date: November 2, 2026

        Python Scripting for ArcGIS Pro (self-paced, 12 modules)    $149.00
        Job-seeker discount (GEOJOBS20)                              -$29.80
        Sales tax                                                     $0.00
        ----------------------------------------------------------------
        Total charged to Visa ending 4417                           $119.20

        Start learning: https://learn.mapwise.example.com/courses/arcpy-pro
        Questions? support@mapwise.example.com

        Thank you for learning with Mapwise Academy.
    """)
    hs = head(41, addr("Mapwise Academy", "receipts@mapwise.example.com"),
              "Your Mapwise Academy receipt #MW-2026-118204", "2026-11-02 21:10", ET, "mail.mapwise.example.com")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(42), family="assessment", lang="en", interview=False, company="Painted Desert Energy",
           note="Take-home GIS exercise with a submission deadline before the interview; a deadline, not "
                "an interview", days=(("Mon", "2026-10-19"),))
def m42():
    body = t("""
        Hi Wes,

        Ahead of Tuesday's interview, the panel would like you to complete a short GIS exercise.
        It should take about two hours.

        The zip file at the link below has a solar-site parcel layer, a slope raster and a
        transmission-line shapefile. Please produce a one-page siting map and a short memo (half a
        page) with your top three candidate parcels and why.

        Download: https://files.painteddesertenergy.com/s/gis-exercise-2026
        Deadline: Monday, October 19, 5:00 PM Arizona time - reply to this email with a PDF.

        We'll use it as a starting point for the conversation.

        Hannah Etsitty
        Senior Recruiter | Painted Desert Energy
    """)
    hs = head(42, addr("Hannah Etsitty", "hetsitty@painteddesertenergy.com"),
              "GIS exercise before your interview", "2026-10-15 10:50", AZ,
              "NAM02-SN1-obe.outbound.protection.outlook.com")
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(43), family="reference_check", lang="en", interview=False, company="Desert Basin Water Authority",
           note="Reference-check request after the interview (links to a reference platform); no interview")
def m43():
    body = t("""
        Hi Wes,

        Desert Basin Water Authority has asked RefCheckr to collect references for your candidacy
        for GIS Specialist.

        Please add 3 professional references (at least one supervisor) within 3 business days:
        https://app.refcheckr.example.com/candidate/c5d1-88af

        Your references will get a short online questionnaire; it takes them about 10 minutes.

        Thanks,
        RefCheckr on behalf of Desert Basin Water Authority
    """)
    hs = head(43, addr("RefCheckr for Desert Basin Water Authority", "no-reply@refcheckr.example.com"),
              "Action needed: add your references for Desert Basin Water Authority", "2026-11-06 10:31", PT,
              "smtp.refcheckr.example.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="background_check", lang="en", interview=False, company="Sandia Ridge Engineering",
           note="Background-check invitation after the offer, sent by a screening platform on the "
                "employer's behalf; no interview")
def m44():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hello Wes,</p>
        <p><b>Sandia Ridge Engineering</b> has requested a background check as part of your offer of employment.</p>
        <p>To get started, please complete your information and authorization forms. This usually takes 10-15 minutes.</p>
        <p><a href="https://candidate.clearpath-screening.example.com/invite/7fa2" style="background:#1a73e8;color:#fff;padding:10px 16px;text-decoration:none">Start background check</a></p>
        <p>This invitation expires in 7 days.</p>
        <p>ClearPath Screening<br><span style="font-size:11px;color:#777">ClearPath is a consumer reporting agency. Your rights under the Fair Credit Reporting Act are described in the forms.</span></p>
        </body></html>
    """)
    hs = head(44, addr("ClearPath Screening", "invitations@clearpath-screening.example.com"),
              "Sandia Ridge Engineering has requested a background check", "2026-11-05 09:12", MT,
              "o5.clearpath-screening.example.com")
    return message(hs, html(page))


@make.mail(N(45), family="position_closed", lang="en", interview=False, company="High Plains Survey",
           note="SmartRecruiters notice that the requisition was closed before any interview")
def m45():
    body = t("""
        Dear Wes,

        Thank you for your interest in the GIS Field Technician position at High Plains Survey.

        We wanted to let you know that this position has been closed and is no longer accepting
        applications. Your profile will remain in our talent community, and we encourage you to
        apply for future roles that match your experience.

        Best regards,
        High Plains Survey Recruiting
    """)
    hs = head(45, addr("High Plains Survey", "noreply@smartrecruiters.com"),
              "Update on your application: GIS Field Technician", "2026-09-29 14:02", MT, "mta-09.smartrecruiters.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="personal", lang="en", interview=False, company=None,
           note="Friend's hike plan for Saturday 7 AM (personal, not an interview)", days=(("Sat", "2026-10-10"),))
def m46():
    body = t("""
        yo Wes

        Saturday 10/10 still on? Thinking Kachina trail to the Weatherford junction, leave Snowbowl
        lot at 7. Aspens should be peak. I'll bring the good coffee, you bring the map you keep
        bragging about.

        Also how'd the Albuquerque interview go?? Call me.

        - Jared
    """)
    hs = head(46, addr("Jared Nez", "jarednez.flg@example.com"),
              "saturday hike", "2026-10-07 21:36", AZ, "mail-yb1-f175.google.com")
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@make.mail(N(47), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Current job: Exchange meeting request for an end-of-season GIS data handoff at the ranger "
                "district (US Mountain Standard Time); a work meeting, not an interview")
def m47():
    body = t("""
        All,

        Let's get the season's fire-perimeter and trail-condition layers handed off before the
        seasonal crew wraps up. Please have your edits posted to the district geodatabase by
        Wednesday.

        When: Thursday, October 1, 2026 1:00 PM-2:30 PM (UTC-07:00) Arizona
        Where: District office conference room / Teams

        Arlene
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["US Mountain Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Arlene Whitehorse:mailto:arlene.whitehorse@kachinapeaks-rd.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wes Tsosie:mailto:wes.tsosie@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lane Kowal:mailto:lane.kowal@kachinapeaks-rd.org",
        f"UID:040000008200E00074C5B7101A82E00800000000{uid(47).replace('-', '')[:24].upper()}",
        "SUMMARY;LANGUAGE=en-US:Season closeout - GIS data handoff",
        "DTSTART;TZID=US Mountain Standard Time:20261001T130000",
        "DTEND;TZID=US Mountain Standard Time:20261001T143000", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20260924T170000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:District office conference room / Teams", "END:VEVENT", "END:VCALENDAR"])
    hs = head(47, addr("Arlene Whitehorse", "arlene.whitehorse@kachinapeaks-rd.org"),
              "Season closeout - GIS data handoff", "2026-09-24 10:00", AZ,
              "mail.kachinapeaks-rd.org")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(48), family="bill", lang="en", interview=False, company=None,
           note="Utility e-bill with a due date; no interview", days=(("Mon", "2026-12-21"),))
def m48():
    page = t("""
        <html><body style="font-family:Georgia,serif">
        <p>Hello Wes Tsosie,</p>
        <p>Your Peaks Power &amp; Light bill for service address 318 W. Aspen Ave is ready.</p>
        <p>Amount due: <b>$86.42</b><br>Due date: Monday, December 21, 2026<br>Account ending: 7730</p>
        <p><a href="https://my.peakspower.example.com/bill">View and pay your bill</a></p>
        <p>Winter tip: set your thermostat to 68&deg;F when you're home and lower it at night.</p>
        </body></html>
    """)
    hs = head(48, addr("Peaks Power & Light", "ebill@peakspower.example.com"),
              "Your December bill is ready", "2026-12-04 05:15", AZ, "mailer.peakspower.example.com")
    return message(hs, html(page))


@make.mail(N(49), family="recruiter_outreach", lang="en", interview=False, company="Contour Logic",
           note="Professional-network InMail notification: a recruiter asks whether Wes is open to a "
                "remote role; nothing scheduled")
def m49():
    body = t("""
        ProLink

        Reese Alvarado sent you a message

        "Hi Wes - I lead recruiting at Contour Logic. We're hiring a remote Geospatial Analyst
        (US-based, Mountain or Pacific hours). Your wildfire mapping background looks like a great
        fit. Open to a quick chat sometime next week?"

        Reply: https://www.prolink.example.com/messaging/thread/22c9

        You are receiving ProLink notification emails.
        Unsubscribe | Help
    """)
    hs = head(49, addr("Reese Alvarado via ProLink", "messages-noreply@prolink.example.com"),
              "Reese Alvarado sent you a message", "2026-12-10 12:20", PT, "mail-out.prolink.example.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="travel", lang="en", interview=False, company=None,
           note="Flight itinerary (the Salt Lake City trip for the Intermountain interview): travel times, "
                "not an interview", days=(("Mon", "2026-11-30"), ("Wed", "2026-12-02")))
def m50():
    body = t("""
        MESA SKY AIRLINES - ITINERARY RECEIPT

        Confirmation code: QK7RNT
        Passenger: TSOSIE/WES

        Monday, November 30, 2026
          Flight 2214  Flagstaff (FLG) 4:05 PM  ->  Salt Lake City (SLC) 6:20 PM MST
        Wednesday, December 2, 2026
          Flight 2217  Salt Lake City (SLC) 9:10 AM  ->  Flagstaff (FLG) 9:25 AM MST

        Fare: Main Cabin   Total: $238.60

        Check in online 24 hours before departure: https://www.mesasky.example.com/checkin
    """)
    hs = head(50, addr("Mesa Sky Airlines", "itinerary@mesasky.example.com"),
              "Your trip confirmation - QK7RNT - FLG to SLC", "2026-11-25 19:40", AZ, "smtp.mesasky.example.com")
    return message(hs, text(body))
