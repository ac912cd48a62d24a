"""blind352: a blind 50-mail held-out set, a realistic inbox (Tamika Ross, Lincoln, Nebraska).

Every mail's wording is written by hand below, one function per mail; ``make.py`` does the MIME
plumbing and the checks. Keys 1-23 are positives, 24-50 negatives; the file number of key k is
ORDER[k - 1]. Build with ``python3 bench/heldout/make_blind.py blind352``.
"""

from __future__ import annotations

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
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind352"
ORDER = random.Random(3520352).sample(range(1, 51), 50)

OWNER = "tamika.ross@example.org"
OWNER2 = "tamika.r@example.com"
ME = addr("Tamika Ross", OWNER)
ME2 = addr("Tamika Ross", OWNER2)
CHI, DEN, NYC, LON = "America/Chicago", "America/Denver", "America/New_York", "Europe/London"

VTZ_EXTRA = {
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
    "Europe/London": """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
}


def fn(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME,
         rcv: tuple[str, str] | None = None, rcpt: str = OWNER, extra=()) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", rcpt)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], rcpt)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", f"<{mid}>")]
    hs += list(extra)
    return hs


def pos(k: int, *, family: str, company: str | None, kind: str, local: str, zone: str,
        contact: str | None, note: str, local_end: str | None = None, days=()):
    rest = local.split(" ", 1)[1]
    return make.mail(fn(k), family=family, lang="en", interview=True, company=company, note=note,
                     kind=kind, start=make.utc(rest, zone),
                     end=make.utc(local_end, zone) if local_end else None, contact=contact,
                     local=local, local_end=local_end, zone=zone, days=tuple(days))


def neg(k: int, *, family: str, company: str | None, note: str, days=()):
    return make.mail(fn(k), family=family, lang="en", interview=False, company=company, note=note,
                     days=tuple(days))


def _ical(s: str) -> str:
    """'2026-09-28 10:00' -> '20260928T100000'."""
    return s.replace("-", "").replace(":", "").replace(" ", "T") + "00"


def ics(*, method: str | None, prodid: str, uid: str, stamp: str, start: str, end: str, tzid: str | None,
        summary: str, organizer: tuple[str, str], seq: int = 0, status: str = "CONFIRMED",
        location: str = "", description: str = "", attendee: tuple[str, str] = ("Tamika Ross", OWNER),
        extra: str = "", utc_times: bool = False) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tzid and not utc_times:
        lines.append(VTZ.get(tzid) or VTZ_EXTRA[tzid])
    lines += ["BEGIN:VEVENT"]
    if utc_times:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    else:
        lines += [f"DTSTART;TZID={tzid}:{_ical(start)}", f"DTEND;TZID={tzid}:{_ical(end)}"]
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    partstat = "NEEDS-ACTION" if method != "CANCEL" else "DECLINED"
    lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;"
                 f"CN={attendee[0]}:mailto:{attendee[1]}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,"))
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + summary.replace(",", "\\,"),
              "TRANSP:OPAQUE"]
    if extra:
        lines.append(extra.strip("\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives: scheduled


@pos(1, family="greenhouse", company="Mercy Ridge Health", kind="scheduled", zone=CHI,
     local="Thu 2026-09-17 13:30", local_end="2026-09-17 14:15",
     contact="alyssa.brandt@mercyridgehealth.org",
     note="Greenhouse confirmation after an availability request; 1:30-2:15 PM Central (CDT); contact = "
          "human Reply-To recruiter")
def m01():
    body = t("""
        Hi Tamika,

        Thanks for sending over your availability! Your interview for the Senior Healthcare Data
        Analyst position at Mercy Ridge Health is confirmed. Here are the details:

        Interview: Hiring Manager Interview
        Date: Thursday, September 17, 2026
        Time: 1:30 PM - 2:15 PM Central Time (US & Canada)
        Location: Microsoft Teams (link below)
        Interviewer: Gregory Lindqvist, Manager, Clinical Analytics

        Join on your computer or mobile app:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjM2ZTctOGFh%40thread.v2/0

        If you need to reschedule or have any questions, just reply to this email and it will go
        straight to me.

        Good luck, we're looking forward to it!

        Alyssa Brandt
        Talent Acquisition Partner | Mercy Ridge Health
        Omaha, NE

        Powered by Greenhouse
        """)
    h = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Tamika,</p>
        <p>Thanks for sending over your availability! Your interview for the <b>Senior Healthcare Data Analyst</b>
        position at Mercy Ridge Health is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, September 17, 2026</td></tr>
        <tr><td><b>Time</b></td><td>1:30 PM - 2:15 PM Central Time (US &amp; Canada)</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (link below)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Gregory Lindqvist, Manager, Clinical Analytics</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjM2ZTctOGFh%40thread.v2/0">Join Microsoft Teams Meeting</a></p>
        <p>If you need to reschedule or have any questions, just reply to this email and it will go straight to me.</p>
        <p>Good luck, we're looking forward to it!</p>
        <p>Alyssa Brandt<br>Talent Acquisition Partner | Mercy Ridge Health<br>Omaha, NE</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </body></html>
        """)
    hs = head("Mercy Ridge Health <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Healthcare Data Analyst at Mercy Ridge Health",
              "2026-09-14 10:12", CHI, "gh.5f2a91c07d.20260914151208@us.greenhouse-mail.io",
              rcv=("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.41.12])",
                   "mx1.example.org with ESMTPS id 4Hq2Lk7z"),
              extra=[("Reply-To", "Alyssa Brandt <alyssa.brandt@mercyridgehealth.org>")])
    return message(hs, alt(text(body), html(h)))


@pos(2, family="lever", company="Prairie Mutual Insurance", kind="scheduled", zone=CHI,
     local="Mon 2026-09-28 10:00", local_end="2026-09-28 10:45",
     contact="connor.walsh@prairiemutual.com",
     note="Lever confirmation with invite.ics (America/Chicago, SEQUENCE:0); 10:00-10:45 AM CDT; "
          "contact = Reply-To / ORGANIZER")
def m02():
    body = t("""
        Hi Tamika,

        You're all set! Here are the details for your upcoming interview with Prairie Mutual
        Insurance.

        Role: Data Analyst III - Claims Analytics
        When: Monday, September 28, 2026 at 10:00 AM - 10:45 AM CDT
        Where: Zoom - https://prairiemutual.zoom.us/j/83302119574
        With: Connor Walsh (Recruiter), Hannah Reyes (Director, Claims Analytics)

        A calendar invitation is attached. If anything changes on your end, reply here and
        Connor will help you find a new time.

        Best,
        The Prairie Mutual Recruiting Team
        Des Moines, Iowa

        --
        Sent via Lever. Prairie Mutual Insurance is an Equal Opportunity Employer.
        """)
    h = ("<div style=\"font-family:sans-serif\"><p>Hi Tamika,</p><p>You're all set! Here are the details for your "
         "upcoming interview with Prairie Mutual Insurance.</p><p><b>Role:</b> Data Analyst III - Claims Analytics<br>"
         "<b>When:</b> Monday, September 28, 2026 at 10:00 AM - 10:45 AM CDT<br><b>Where:</b> Zoom - "
         "<a href=\"https://prairiemutual.zoom.us/j/83302119574\">https://prairiemutual.zoom.us/j/83302119574</a><br>"
         "<b>With:</b> Connor Walsh (Recruiter), Hannah Reyes (Director, Claims Analytics)</p>"
         "<p>A calendar invitation is attached. If anything changes on your end, reply here and Connor will help you "
         "find a new time.</p><p>Best,<br>The Prairie Mutual Recruiting Team<br>Des Moines, Iowa</p>"
         "<p style=\"color:#888;font-size:11px\">Sent via Lever. Prairie Mutual Insurance is an Equal Opportunity "
         "Employer.</p></div>\n")
    cal = ics(method="REQUEST", prodid="-//Lever//Interview Scheduling//EN",
              uid="lever-iv-8c1e2f54-0b7d-4d8e-9a63-51f0e2b7c914", stamp="20260922T214012Z",
              start="2026-09-28 10:00", end="2026-09-28 10:45", tzid=CHI,
              summary="Interview: Tamika Ross <> Prairie Mutual Insurance",
              organizer=("Connor Walsh", "connor.walsh@prairiemutual.com"),
              location="https://prairiemutual.zoom.us/j/83302119574")
    hs = head("Prairie Mutual Insurance <no-reply@hire.lever.co>",
              "Interview confirmed - Data Analyst III - Claims Analytics", "2026-09-22 16:40", CHI,
              "0100018f2a7c.lever.1f93@email.amazonses.com",
              rcv=("from a48-12.smtp-out.amazonses.com (a48-12.smtp-out.amazonses.com [54.240.48.12])",
                   "mx1.example.org with ESMTPS id 9PzRt2aa"),
              extra=[("Reply-To", "Connor Walsh <connor.walsh@prairiemutual.com>")])
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@pos(3, family="ashby", company="Clarion Health Labs", kind="scheduled", zone=NYC,
     local="Tue 2026-10-13 11:00", local_end="2026-10-13 12:00",
     contact="priya.raman@clarionhealthlabs.com",
     note="Ashby confirmation, remote team in New York: 11:00 AM-12:00 PM EDT (10-11 CDT shown too); "
          "ICS America/New_York; contact = Reply-To recruiter")
def m03():
    body = t("""
        Hi Tamika,

        Your interview with Clarion Health Labs is confirmed. We're excited to chat!

        Analytics Deep Dive - Healthcare Data Analyst (Remote)
        Tuesday, October 13, 2026
        11:00 AM - 12:00 PM EDT (10:00 AM - 11:00 AM CDT)
        Google Meet: https://meet.google.com/pxw-hrqe-tnd

        You'll meet with:
          Owen Fitch - Lead Data Scientist
          Carmen Delgado - Analytics Engineer

        Need to make a change? Reply to this email to reach Priya Raman.

        Thanks,
        Clarion Health Labs Recruiting
        """)
    cal = ics(method="REQUEST", prodid="-//Ashby//Ashby Scheduling//EN",
              uid="7d0c4b9e-2f51-4a07-b8d2-3c6e91a0f5d4", stamp="20261007T182044Z",
              start="2026-10-13 11:00", end="2026-10-13 12:00", tzid=NYC,
              summary="Clarion Health Labs - Analytics Deep Dive (Tamika Ross)",
              organizer=("Priya Raman", "priya.raman@clarionhealthlabs.com"),
              location="https://meet.google.com/pxw-hrqe-tnd")
    hs = head("Clarion Health Labs <no-reply@ashbyhq.com>",
              "Interview confirmed: Healthcare Data Analyst (Remote) at Clarion Health Labs",
              "2026-10-07 14:20", NYC, "010001929c3ab8e1-ashby-3f1c@email.amazonses.com",
              rcv=("from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
                   "mx1.example.org with ESMTPS id Qm4xB1Vd"),
              extra=[("Reply-To", "Priya Raman <priya.raman@clarionhealthlabs.com>")])
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(cal, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@pos(4, family="workday", company="Heartland Children's Hospital", kind="scheduled", zone=CHI,
     local="Wed 2026-10-07 09:00", local_end="2026-10-07 11:00",
     contact="renee.okafor@heartlandchildrens.org",
     note="Workday HTML-only notification from a system mailbox; onsite 9:00-11:00 AM CDT in Kansas City; "
          "recruiter address only in the body")
def m04():
    h = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
        <tr><td>
        <img src="https://wd5.myworkdaysite.com/heartlandchildrens/assets/logo.png" alt="Heartland Children's Hospital" width="180">
        <p>Dear Tamika Ross,</p>
        <p>Thank you for your interest in the <b>Clinical Data Analyst II (Requisition R-24517)</b> position.
        We are pleased to confirm your interview as follows:</p>
        <p><b>Date:</b> Wednesday, October 7, 2026<br>
        <b>Time:</b> 9:00 AM &ndash; 11:00 AM Central Time<br>
        <b>Location:</b> Heartland Children's Hospital, Research &amp; Analytics Building, 2nd Floor,
        4100 Wornall Rd, Kansas City, MO 64111<br>
        <b>Format:</b> In person &ndash; panel interview followed by a short tour</p>
        <p>Please check in at the main lobby security desk about 10 minutes early and bring a photo ID.
        Visitor parking is available in Garage C; we will validate your ticket.</p>
        <p>If you have questions or need accommodations, please contact Renee Okafor, Talent Acquisition,
        at <a href="mailto:renee.okafor@heartlandchildrens.org">renee.okafor@heartlandchildrens.org</a> or 816-555-0148.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Heartland Children's Hospital</p>
        <p style="font-size:11px;color:#777">This email was sent from an unmonitored mailbox. Please do not reply
        directly to this message. To view your application status, sign in to your candidate home account.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Heartland Children's Hospital <heartlandchildrens@myworkday.com>",
              "Interview Scheduled - Clinical Data Analyst II", "2026-10-01 08:47", CHI,
              "1785930.1759326420117.JavaMail.wd5prvps0041@wd5-prv-ps0041",
              rcv=("from wd5-prv-mta02.myworkday.com (wd5-prv-mta02.myworkday.com [216.23.80.141])",
                   "mx1.example.org with ESMTPS id 7TtuM0pe"))
    return message(hs, html(h))


@pos(5, family="smartrecruiters", company="Front Range Analytics", kind="scheduled", zone=DEN,
     local="Thu 2026-10-22 14:00", local_end="2026-10-22 15:00",
     contact="jenna.morales@frontrangeanalytics.com",
     note="SmartRecruiters confirmation, Denver: 2:00-3:00 PM Mountain (MDT) = 3-4 PM CDT; base64 bodies, "
          "application/ics attachment; contact = Reply-To")
def m05():
    body = t("""
        Hello Tamika,

        Your interview for Senior Analyst, Health Outcomes has been scheduled.

        Interview details
        -----------------
        Date: Thursday, October 22, 2026
        Time: 2:00 PM - 3:00 PM (America/Denver)
        Type: Video interview (Webex)
        Link: https://frontrangeanalytics.webex.com/meet/j.morales
        Interviewers: Jenna Morales, Talent Acquisition; Ravi Subramanian, Analytics Manager

        Add this interview to your calendar using the attached file.

        If you can no longer attend, please let us know as soon as possible by replying to this message.

        Kind regards,
        Jenna Morales
        Front Range Analytics | Denver, CO

        This message was sent to tamika.ross@example.org via SmartRecruiters.
        """)
    h = ("<html><body><p>Hello Tamika,</p><p>Your interview for <strong>Senior Analyst, Health Outcomes</strong> "
         "has been scheduled.</p><h3>Interview details</h3><ul><li>Date: Thursday, October 22, 2026</li>"
         "<li>Time: 2:00 PM - 3:00 PM (America/Denver)</li><li>Type: Video interview (Webex)</li>"
         "<li>Link: <a href=\"https://frontrangeanalytics.webex.com/meet/j.morales\">"
         "https://frontrangeanalytics.webex.com/meet/j.morales</a></li><li>Interviewers: Jenna Morales, Talent "
         "Acquisition; Ravi Subramanian, Analytics Manager</li></ul><p>Add this interview to your calendar using "
         "the attached file.</p><p>If you can no longer attend, please let us know as soon as possible by replying "
         "to this message.</p><p>Kind regards,<br>Jenna Morales<br>Front Range Analytics | Denver, CO</p>"
         "<p style=\"font-size:10px;color:#999\">This message was sent to tamika.ross@example.org via "
         "SmartRecruiters.</p></body></html>\n")
    cal = ics(method="REQUEST", prodid="-//SmartRecruiters//Interview//EN",
              uid="sr-interview-6a0f7e2d91c4@smartrecruiters.com", stamp="20261019T153012Z",
              start="2026-10-22 14:00", end="2026-10-22 15:00", tzid=DEN,
              summary="Interview: Senior Analyst, Health Outcomes - Front Range Analytics",
              organizer=("Jenna Morales", "jenna.morales@frontrangeanalytics.com"),
              location="https://frontrangeanalytics.webex.com/meet/j.morales")
    hs = head("Front Range Analytics <noreply@smartrecruiters.com>",
              "Interview scheduled: Senior Analyst, Health Outcomes", "2026-10-19 09:30", DEN,
              "sr.2d8c41f0a7e64b35@smartrecruiters.com",
              rcv=("from mta-41.smartrecruiters.com (mta-41.smartrecruiters.com [35.158.20.41])",
                   "mx1.example.org with ESMTPS id Rr5cH8sN"),
              extra=[("Reply-To", "Jenna Morales <jenna.morales@frontrangeanalytics.com>")])
    return message(hs, mixed(alt(text(body, cte="base64"), html(h, cte="base64")),
                             calendar(cal, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="interview.ics", disposition="attachment")))


@pos(6, family="icims", company="Cedar Valley Health", kind="scheduled", zone=CHI,
     local="Wed 2026-10-14 13:00", contact="mark.jensen@cedarvalleyhealth.org",
     note="iCIMS plain text, US date 10/14/2026 1:00 PM Central (CDT); 'approximately 45 minutes' -> end null; "
          "recruiter address in the signature")
def m06():
    body = t("""
        Dear Tamika,

        Thank you for your interest in Cedar Valley Health. This message confirms your phone
        interview for the position of Healthcare Data Analyst (Req #2026-4471).

        Date/Time: 10/14/2026 at 1:00 PM Central
        Interviewer: Mark Jensen, Senior Recruiter
        Format: Phone - Mark will call you at the number on your application (402-555-0193).

        The interview will last approximately 45 minutes. Please be in a quiet place with good
        reception.

        If you need to reschedule, please contact me directly.

        Regards,

        Mark Jensen
        Senior Recruiter | Cedar Valley Health
        Cedar Rapids, IA 52402
        mark.jensen@cedarvalleyhealth.org | 319-555-0122

        ----------------------------------------------------------------
        Please do not reply to this email. This mailbox is not monitored.
        Cedar Valley Health is an equal opportunity employer.
        """)
    hs = head("Cedar Valley Health Careers <cedarvalleyhealth-careers@talent.icims.com>",
              "Interview Confirmation - Healthcare Data Analyst", "2026-10-09 15:15", CHI,
              "1602874412.44718.1760040900230@talent.icims.com",
              rcv=("from mailout3.icims.com (mailout3.icims.com [64.94.124.33])",
                   "mx1.example.org with ESMTPS id 2Wb9kLq0"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@pos(7, family="workable", company="Northlight Data", kind="scheduled", zone=LON,
     local="Fri 2026-10-02 15:00", local_end="2026-10-02 15:30",
     contact="oliver.hastings@northlightdata.co.uk",
     note="Workable, London remote team: 15:00 BST (9:00 AM CDT), 'Duration: 30 minutes'; Reply-To is a "
          "Workable relay, contact = hiring manager address in the body")
def m07():
    body = t("""
        Hi Tamika,

        Thanks for booking a time with us. Your interview for Data Analyst (Remote, US/UK overlap)
        at Northlight Data is confirmed:

        📅 Friday, October 2, 2026
        🕒 15:00 (BST) - that's 9:00 AM in Central Time
        ⏱ Duration: 30 minutes
        📍 Video call: https://whereby.com/northlight-oliver

        You'll be speaking with Oliver Hastings, Head of Data. If you have any questions beforehand,
        you can reach him at oliver.hastings@northlightdata.co.uk.

        Cheers,
        Northlight Data hiring team

        Sent with Workable
        """)
    h = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = head("Northlight Data <noreply@workablemail.com>",
              "Interview confirmed: Data Analyst (Remote, US/UK overlap)", "2026-09-29 10:02", LON,
              "20260929090212.1.7b3f6c1d2e@workablemail.com",
              rcv=("from mail-182.workablemail.com (mail-182.workablemail.com [198.2.130.182])",
                   "mx1.example.org with ESMTPS id 8yUo0Lpe"),
              extra=[("Reply-To", "northlight-data+c3f9a17e2b@candidates.workablemail.com")])
    return message(hs, alt(text(body), html(h)))


@pos(8, family="teamtailor", company="Halcyon Health Insights", kind="scheduled", zone=LON,
     local="Thu 2026-10-29 16:00", local_end="2026-10-29 17:00",
     contact="harriet.cole@halcyonhealth.io",
     note="Teamtailor, London: 16:00-17:00 GMT after the UK change on 25 October while the US is still on "
          "CDT (11:00 AM); ICS Europe/London; no Reply-To, contact = ICS ORGANIZER")
def m08():
    body = t("""
        Hi Tamika!

        Great news - your video interview for Healthcare Insights Analyst has been booked.

        When: Thursday, October 29, 2026, 16:00 - 17:00 (Europe/London)
        Your time: 11:00 AM - 12:00 PM (America/Chicago)
        Where: Microsoft Teams - the link is in the calendar invite

        Participants: Harriet Cole (Talent Partner), Dr. Sanjay Mehta (Head of Insights)

        Please note the UK has just moved off summer time, so the gap to Central Time is one
        hour shorter than usual this week.

        See you soon!
        Halcyon Health Insights

        ---
        You received this email because you applied for a job at Halcyon Health Insights.
        Powered by Teamtailor
        """)
    cal = ics(method="REQUEST", prodid="-//Teamtailor//Interview//EN",
              uid="tt-meeting-51874-4ea3b0@teamtailor.com", stamp="20261026T133011Z",
              start="2026-10-29 16:00", end="2026-10-29 17:00", tzid=LON,
              summary="Interview: Tamika Ross - Healthcare Insights Analyst",
              organizer=("Harriet Cole", "harriet.cole@halcyonhealth.io"), location="Microsoft Teams")
    hs = head("Halcyon Health Insights <no-reply@halcyon.teamtailor-mail.com>",
              "Your interview with Halcyon Health Insights is booked", "2026-10-26 13:30", LON,
              "tt.9a2e7c41f0.20261026133011@teamtailor-mail.com",
              rcv=("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [185.63.144.12])",
                   "mx1.example.org with ESMTPS id Ab3dE5fG"))
    return message(hs, mixed(text(body), calendar(cal, method="REQUEST", filename="invite.ics",
                                                   disposition="attachment")))


@pos(9, family="calendly", company="Summit Care Partners", kind="scheduled", zone=CHI,
     local="Tue 2026-11-10 10:30", local_end="2026-11-10 11:00",
     contact="marcus.reid@summitcarepartners.com",
     note="Calendly invitee confirmation shown in the invitee's Central Time (CST, after 1 November); host in "
          "Denver; ICS in UTC; contact = host (Reply-To / ORGANIZER)")
def m09():
    body = t("""
        Hi Tamika Ross,

        A new event has been scheduled.

        Event Type:
        Recruiter Screen - Summit Care Partners (30 min)

        Invitee:
        Tamika Ross

        Invitee Email:
        tamika.ross@example.org

        Event Date/Time:
        10:30am - 11:00am (Central Time - US & Canada) on Tuesday, November 10, 2026

        Location:
        This is a Zoom web conference. https://summitcare.zoom.us/j/91288047715

        Host:
        Marcus Reid

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5e0f2c3a-91bd-4d1b-a6e4-7c1f03b2e8aa
        Reschedule: https://calendly.com/reschedulings/5e0f2c3a-91bd-4d1b-a6e4-7c1f03b2e8aa

        Powered by Calendly.com
        """)
    cal = ics(method="REQUEST", prodid="-//Calendly//EN", uid="5e0f2c3a-91bd-4d1b-a6e4-7c1f03b2e8aa@calendly.com",
              stamp="20261109T014512Z", start="20261110T163000Z", end="20261110T170000Z", tzid=None,
              utc_times=True, summary="Recruiter Screen - Summit Care Partners (30 min) between Marcus Reid and "
              "Tamika Ross", organizer=("Marcus Reid", "marcus.reid@summitcarepartners.com"),
              location="https://summitcare.zoom.us/j/91288047715")
    hs = head("Calendly <notifications@calendly.com>",
              "New Event: Tamika Ross - 10:30am Tue, Nov 10, 2026 - Recruiter Screen - Summit Care Partners (30 min)",
              "2026-11-08 19:45", CHI, "6f3b1a90.calendly.20261109014512@calendly.com",
              rcv=("from o3.email.calendly.com (o3.email.calendly.com [167.89.12.3])",
                   "mx1.example.org with ESMTPS id Cd5eF7gH"),
              extra=[("Reply-To", "Marcus Reid <marcus.reid@summitcarepartners.com>")])
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment")))


@pos(10, family="ms_bookings", company="Bluestem Community Health", kind="scheduled", zone=CHI,
     local="Mon 2026-11-16 09:00", local_end="2026-11-16 09:45", contact=None,
     note="Microsoft Bookings confirmation from a shared mailbox, Lincoln: 9:00-9:45 AM (UTC-06:00) Central; "
          "staff name only, no personal address -> contact null")
def m10():
    body = t("""
        Bluestem Community Health

        Hello Tamika Ross,

        Thank you for booking with Bluestem Community Health Careers.

        Your booking is confirmed

        Service: Interview - Population Health Data Analyst
        Staff: Denise Harlan
        Date and time: Monday, November 16, 2026 9:00 AM - 9:45 AM
        Time zone: (UTC-06:00) Central Time (US & Canada)
        Location: 1220 O Street, Suite 300, Lincoln, NE 68508

        Please check in with the front desk on the third floor when you arrive.

        Manage booking: https://outlook.office365.com/owa/calendar/BluestemCareers@bluestemhealth.org/bookings/
        Add to calendar: see the attached invitation
        """)
    h = ("<html><body style=\"font-family:'Segoe UI',sans-serif\"><h2>Bluestem Community Health</h2>"
         "<p>Hello Tamika Ross,</p><p>Thank you for booking with Bluestem Community Health Careers.</p>"
         "<h3>Your booking is confirmed</h3><p>Service: Interview - Population Health Data Analyst<br>"
         "Staff: Denise Harlan<br>Date and time: Monday, November 16, 2026 9:00 AM - 9:45 AM<br>"
         "Time zone: (UTC-06:00) Central Time (US &amp; Canada)<br>Location: 1220 O Street, Suite 300, "
         "Lincoln, NE 68508</p><p>Please check in with the front desk on the third floor when you arrive.</p>"
         "</body></html>\n")
    cal = ics(method="REQUEST", prodid="Microsoft Exchange Server 2010",
              uid="040000008200E00074C5B7101A82E0080000000030A1C2E5F2C4DC01000000000000000010000000B3D1",
              stamp="20261111T200212Z", start="2026-11-16 09:00", end="2026-11-16 09:45",
              tzid="Central Standard Time", summary="Interview - Population Health Data Analyst",
              organizer=("Bluestem Community Health Careers", "BluestemCareers@bluestemhealth.org"),
              location="1220 O Street, Suite 300, Lincoln, NE 68508")
    hs = head("Bluestem Community Health Careers <BluestemCareers@bluestemhealth.org>",
              "Booking confirmed: Interview - Population Health Data Analyst on Monday, November 16, 2026",
              "2026-11-11 14:02", CHI, "BN7PR17MB3254A6E1C0F7D2B9A1F4C0D8B0129@BN7PR17MB3254.namprd17.prod.outlook.com",
              rcv=("from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection."
                   "outlook.com [40.107.237.101])", "mx1.example.org with ESMTPS id Ij9kL1mN"))
    return message(hs, alt(text(body), html(h), calendar(cal, method="REQUEST")))


def outlook_html(lines: list[str]) -> str:
    inner = "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in lines)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">{inner}</div>"
            "</body></html>\n")


TEAMS_FOOTER = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE2ZjI%40thread.v2/0>
    Meeting ID: 241 887 593 216
    Passcode: 7kQ2xD
    Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options
    ________________________________________________________________________________
    """)


@pos(11, family="outlook_calendar", company="Platte River Health Plan", kind="scheduled", zone=CHI,
     local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", contact="nbrooks@platteriverhp.com",
     note="Exchange meeting request, TZID 'Central Standard Time' with VTIMEZONE, 2:00-3:00 PM CST; "
          "organizer = hiring manager")
def m11():
    body = t("""
        Hi Tamika,

        Sending over the invite for our conversation on Thursday. Joining from our side will be
        me and Latoya Simmons from our actuarial team. Plan on an hour - we'll spend part of it
        walking through a sample of our HEDIS data, nothing to prepare.

        Thanks,
        Nathan

        Nathan Brooks | Manager, Quality Analytics
        Platte River Health Plan | Omaha, NE
        402.555.0176

        """) + TEAMS_FOOTER
    cal = ics(method="REQUEST", prodid="Microsoft Exchange Server 2010",
              uid="040000008200E00074C5B7101A82E00800000000D08C3E7B5F52DC01000000000000000010000000A7E1",
              stamp="20261117T172311Z", start="2026-11-19 14:00", end="2026-11-19 15:00",
              tzid="Central Standard Time", summary="Interview - Tamika Ross / Senior Quality Data Analyst",
              organizer=("Nathan Brooks", "nbrooks@platteriverhp.com"), location="Microsoft Teams Meeting",
              extra="X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\n"
                    "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-DISALLOW-COUNTER:FALSE")
    hs = head("Nathan Brooks <nbrooks@platteriverhp.com>",
              "Interview - Tamika Ross / Senior Quality Data Analyst", "2026-11-17 11:23", CHI,
              "SA1PR14MB5561C3E2F1A94B7D8E2C5A10E4B92@SA1PR14MB5561.namprd14.prod.outlook.com",
              rcv=("from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2119.outbound.protection."
                   "outlook.com [40.107.93.119])", "mx1.example.org with ESMTPS id Op2qR3sT"),
              extra=[("Thread-Topic", "Interview - Tamika Ross / Senior Quality Data Analyst"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(outlook_html(body.split("\n"))), calendar(cal, method="REQUEST",
                                                                                   cte="base64")))


@pos(12, family="google_calendar", company="Aspen Ridge Health Tech", kind="scheduled", zone=DEN,
     local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:00", contact="kayla.benson@aspenridgehealth.com",
     note="Google Calendar invitation, Denver: 11am-12pm MST (noon CST); ICS America/Denver; contact = ORGANIZER")
def m12():
    body = t("""
        Kayla Benson has invited you to an event

        Aspen Ridge - Analytics Interview (Tamika Ross)
        Tuesday Dec 1, 2026 ⋅ 11am – 12pm (Mountain Standard Time - Denver)

        Join with Google Meet
        meet.google.com/dkv-pqra-wuz

        Panel interview with the Clinical Analytics team: Kayla Benson (Recruiter), Tom Yazzie
        (Director of Analytics), Beth Harmon (Sr. Data Engineer). 60 minutes.

        Guests
        Kayla Benson - organizer
        tamika.ross@example.org
        tom.yazzie@aspenridgehealth.com
        beth.harmon@aspenridgehealth.com

        Reply for tamika.ross@example.org
        Yes / No / Maybe   More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    cal = ics(method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN",
              uid="3k9qv1p0m2d7s8c4lfnb5e6hjt@google.com", stamp="20261123221012Z",
              start="2026-12-01 11:00", end="2026-12-01 12:00", tzid=DEN,
              summary="Aspen Ridge - Analytics Interview (Tamika Ross)",
              organizer=("Kayla Benson", "kayla.benson@aspenridgehealth.com"),
              description="Panel interview with the Clinical Analytics team. Join with Google Meet: "
                          "https://meet.google.com/dkv-pqra-wuz",
              location="")
    hs = head("Kayla Benson <kayla.benson@aspenridgehealth.com>",
              "Invitation: Aspen Ridge - Analytics Interview (Tamika Ross) @ Tue Dec 1, 2026 11am - 12pm (MST) "
              "(tamika.ross@example.org)", "2026-11-23 15:10", DEN, "calendar-7e5b2c1a-4f30-4a2e-9d61-88b0c3f1a2d4@google.com",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                   "mx1.example.org with ESMTPS id Uv4wX5yZ"),
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "Kayla Benson <kayla.benson@aspenridgehealth.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(cal, method="REQUEST")),
                             calendar(cal, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(13, family="human_prose", company="Westbrook Health Analytics", kind="scheduled", zone=CHI,
     local="Thu 2026-12-10 14:00", contact="lpierce@westbrookhealth.com",
     note="Recruiter prose 'Thursday at 2pm Central' resolved against Date (Mon 7 Dec 2026, CST); "
          "'about an hour' -> end null; windows-1252 QP")
def m13():
    body = t("""
        Hi Tamika,

        Great talking with you Friday! I’m happy to say the team wants to move forward, so you’re
        confirmed for Thursday at 2pm Central with Dr. Alan Voss, our VP of Analytics. He’ll call
        you on Teams – I’ll forward the link tomorrow morning. It should run about an hour.

        A couple things he’ll likely dig into: your readmission-risk work at Salt Creek and how you
        handled the Epic Clarity migration. Be yourself, you’ll do great.

        Lauren

        Lauren Pierce
        Recruiting Manager
        Westbrook Health Analytics | Kansas City, KS
        lpierce@westbrookhealth.com  |  913-555-0164

        CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended
        recipient(s) and may contain confidential information. If you are not the intended recipient,
        please notify the sender and delete this message.
        """)
    hs = head("Lauren Pierce <lpierce@westbrookhealth.com>", "Next step - Westbrook", "2026-12-07 09:18", CHI,
              "MN2PR11MB4286E1B5C7D3A0F92C8B6D44A1E7@MN2PR11MB4286.namprd11.prod.outlook.com",
              rcv=("from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2104.outbound.protection."
                   "outlook.com [40.107.220.104])", "mx1.example.org with ESMTPS id Ab9cD1eF"))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(outlook_html(body.split("\n")), charset="windows-1252")))


@pos(14, family="reply_quoted", company="Sandhills Health Data", kind="scheduled", zone=CHI,
     local="Fri 2026-12-04 13:00", local_end="2026-12-04 13:45", contact="brianna.cho@sandhillshealthdata.com",
     note="Short recruiter reply 'you're all set for Friday 12/4 at 1:00' on top of the quoted proposal and the "
          "candidate's acceptance; CST; '45-minute call' stated in the quoted proposal -> end 13:45")
def m14():
    body = t("""
        Perfect - you're all set for Friday 12/4 at 1:00 pm Central. I'll send the Teams invite from
        my calendar shortly. Talk soon!

        Brianna

        Brianna Cho | Talent Acquisition Specialist
        Sandhills Health Data | Omaha, NE

        From: Tamika Ross <tamika.ross@example.org>
        Sent: Monday, November 30, 2026 6:52 PM
        To: Brianna Cho <brianna.cho@sandhillshealthdata.com>
        Subject: Re: Sandhills Health Data - next steps

        Hi Brianna,

        Friday at 1 works great for me. Thank you!

        Tamika

        From: Brianna Cho <brianna.cho@sandhillshealthdata.com>
        Sent: Monday, November 30, 2026 10:05 AM
        To: Tamika Ross <tamika.ross@example.org>
        Subject: Sandhills Health Data - next steps

        Hi Tamika,

        Thanks again for applying to the Data Analyst, Provider Performance role. I'd love to set up
        a 45-minute call with our data team. Would Thursday 12/3 at 10:00am or Friday 12/4 at
        1:00pm Central work for you?

        Best,
        Brianna
        """)
    hs = head("Brianna Cho <brianna.cho@sandhillshealthdata.com>", "RE: Sandhills Health Data - next steps",
              "2026-12-01 08:40", CHI, "DM6PR08MB5932B1F3A2C84E9D7F10C6B5E2A8@DM6PR08MB5932.namprd08.prod.outlook.com",
              rcv=("from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2097.outbound.protection."
                   "outlook.com [40.107.102.97])", "mx1.example.org with ESMTPS id Gh2iJ3kL"),
              extra=[("In-Reply-To", "<CAF8z2q1+TRx9Lk0n3@mail.example.org>"),
                     ("References", "<DM6PR08MB5932A7C0D1@DM6PR08MB5932.namprd08.prod.outlook.com> "
                                    "<CAF8z2q1+TRx9Lk0n3@mail.example.org>")])
    return message(hs, alt(text(body), html(outlook_html(body.split("\n")))))


@pos(15, family="forwarded", company="Blue Valley Diagnostics", kind="scheduled", zone=CHI,
     local="Fri 2026-09-11 11:00", local_end="2026-09-11 12:00", contact="dana.whitfield@bluevalleydx.com",
     note="Owner forwards a JazzHR confirmation from her second address to herself; 11:00 AM CDT, 'Interview "
          "length: 1 hour'; contact = hiring manager address in the forwarded body")
def m15():
    body = t("""
        saving this in my main inbox

        ---------- Forwarded message ---------
        From: Blue Valley Diagnostics <no-reply@applytojob.com>
        Date: Tue, Sep 8, 2026 at 8:31 AM
        Subject: Interview Confirmation - Clinical Data Analyst
        To: <tamika.r@example.com>


        Hi Tamika,

        This email confirms your interview for the Clinical Data Analyst position with Blue Valley
        Diagnostics.

        Date: Friday, September 11, 2026
        Time: 11:00 AM CDT
        Interview length: 1 hour
        Location: 10850 Nall Ave, Suite 210, Overland Park, KS 66211
        Interviewer: Dana Whitfield, Lab Operations Manager

        If you have any questions before your interview, please reach out to Dana at
        dana.whitfield@bluevalleydx.com.

        We look forward to meeting you!

        Blue Valley Diagnostics

        Powered by JazzHR
        """)
    hs = head(ME2, "Fwd: Interview Confirmation - Clinical Data Analyst", "2026-09-08 19:02", CHI,
              "CAH7x9vQp3Lr2mTz8Wk0bN5yS1eD4fG6hJ@mail.example.com", to=ME,
              rcv=("from mail.example.com (mail.example.com [192.0.2.25])", "mx1.example.org with ESMTPS id Mn3oP4qR"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(16, family="rfc822_attachment", company="Meridian Care Analytics", kind="scheduled", zone=LON,
     local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:00", contact="jared.simmons@keystonetalent.com",
     note="Agency recruiter attaches the Personio confirmation as message/rfc822; 14:00-15:00 GMT (8:00 AM CST); "
          "contact = human sender (agency recruiter), before the company contact in the attached body")
def m16():
    inner_body = t("""
        Hello Jared,

        The interview for your candidate Tamika Ross (Senior Data Analyst, Health Economics) has
        been confirmed.

        Date: Wednesday, 4 November 2026
        Time: 14:00 - 15:00 (GMT)
        Format: Video call (Microsoft Teams, link to follow)
        Interviewers: Sophie Turner (People Partner), Imran Qureshi (Head of Health Economics)

        Your contact person: Sophie Turner, sophie.turner@meridiancare.co.uk

        Kind regards
        Meridian Care Analytics Ltd

        This email was sent automatically by Personio.
        """)
    inner = message([("From", "Meridian Care Analytics <no-reply@mail.personio.com>"),
                     ("To", "Jared Simmons <jared.simmons@keystonetalent.com>"),
                     ("Subject", "Interview confirmed: Tamika Ross - Senior Data Analyst, Health Economics"),
                     ("Date", date("2026-10-30 20:10", LON)),
                     ("Message-ID", "<personio.8f21c7a0e3.20261030201044@mail.personio.com>")],
                    text(inner_body))
    body = t("""
        Hi Tamika,

        Good news - Meridian confirmed the panel for Wednesday. Their confirmation is attached.
        Heads up it's listed in London time: 14:00 GMT is 8:00 AM our time (we'll be on CST by
        then, they're already on GMT). Teams link will come straight from Sophie.

        Give me a call Tuesday afternoon if you want to prep.

        Jared

        Jared Simmons
        Senior Recruiter, Healthcare Analytics
        Keystone Talent Partners | Kansas City, MO
        816-555-0107
        """)
    hs = head("Jared Simmons <jared.simmons@keystonetalent.com>", "Meridian interview confirmed - Wed 11/4",
              "2026-10-30 16:45", CHI, "CAJ4kp2Lm9xVbT7nR0qW5eYs3cD8fH1gZ@mail.gmail.com",
              rcv=("from mail-yw1-f173.google.com (mail-yw1-f173.google.com [209.85.128.173])",
                   "mx1.example.org with ESMTPS id St5uV6wX"))
    return message(hs, mixed(text(body), attached_message(inner, "Interview confirmed.eml")))


# =========================================================================== positives: rescheduled


@pos(17, family="lever", company="Prairie Mutual Insurance", kind="rescheduled", zone=CHI,
     local="Wed 2026-09-30 15:00", local_end="2026-09-30 15:45", contact="connor.walsh@prairiemutual.com",
     days=(("Mon", "2026-09-28"),),
     note="Lever reschedule of the Monday 28 Sept slot to Wed 30 Sept 3:00-3:45 PM CDT; ICS SEQUENCE:1 same UID; "
          "start = new time")
def m17():
    body = t("""
        Hi Tamika,

        Your interview with Prairie Mutual Insurance has been rescheduled. Here are the updated
        details.

        Role: Data Analyst III - Claims Analytics
        NEW time: Wednesday, September 30, 2026 at 3:00 PM - 3:45 PM CDT
        Previously: Monday, September 28, 2026 at 10:00 AM CDT
        Where: Zoom - https://prairiemutual.zoom.us/j/83302119574
        With: Connor Walsh (Recruiter), Hannah Reyes (Director, Claims Analytics)

        An updated calendar invitation is attached. Sorry for any inconvenience - Hannah had a
        conflict come up on Monday.

        Best,
        The Prairie Mutual Recruiting Team

        --
        Sent via Lever. Prairie Mutual Insurance is an Equal Opportunity Employer.
        """)
    cal = ics(method="REQUEST", prodid="-//Lever//Interview Scheduling//EN",
              uid="lever-iv-8c1e2f54-0b7d-4d8e-9a63-51f0e2b7c914", stamp="20260925160512Z",
              start="2026-09-30 15:00", end="2026-09-30 15:45", tzid=CHI, seq=1,
              summary="Interview: Tamika Ross <> Prairie Mutual Insurance",
              organizer=("Connor Walsh", "connor.walsh@prairiemutual.com"),
              location="https://prairiemutual.zoom.us/j/83302119574")
    hs = head("Prairie Mutual Insurance <no-reply@hire.lever.co>",
              "Interview rescheduled - Data Analyst III - Claims Analytics", "2026-09-25 11:05", CHI,
              "0100018f3b1d.lever.77a0@email.amazonses.com",
              rcv=("from a48-31.smtp-out.amazonses.com (a48-31.smtp-out.amazonses.com [54.240.48.31])",
                   "mx1.example.org with ESMTPS id Yz6aB7cD"),
              extra=[("Reply-To", "Connor Walsh <connor.walsh@prairiemutual.com>")])
    return message(hs, mixed(text(body), calendar(cal, method="REQUEST", filename="invite.ics",
                                                   disposition="attachment")))


@pos(18, family="outlook_calendar", company="Hudson Lane Health", kind="rescheduled", zone=NYC,
     local="Fri 2026-11-06 13:00", local_end="2026-11-06 13:45", contact="rgoldstein@hudsonlanehealth.com",
     days=(("Thu", "2026-11-05"),),
     note="Exchange 'Updated:' request, SEQUENCE:2, TZID 'Eastern Standard Time': moved from Thu 5 Nov to "
          "Fri 6 Nov 1:00-1:45 PM EST (noon CST); start = new time")
def m18():
    body = t("""
        When: Friday, November 6, 2026 1:00 PM-1:45 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Tamika - moving us from Thursday to Friday at the same hour my time, 1 PM Eastern
        (noon for you in Lincoln). Sorry for the shuffle, board prep ate my Thursday.

        Rachel

        """) + TEAMS_FOOTER
    cal = ics(method="REQUEST", prodid="Microsoft Exchange Server 2010",
              uid="040000008200E00074C5B7101A82E00800000000F3E9A1C6D466DC01000000000000000010000000C2B7",
              stamp="20261102151400Z", start="2026-11-06 13:00", end="2026-11-06 13:45",
              tzid="Eastern Standard Time", seq=2,
              summary="Interview: Tamika Ross - Sr. Data Analyst, Population Health",
              organizer=("Rachel Goldstein", "rgoldstein@hudsonlanehealth.com"), location="Microsoft Teams Meeting",
              extra="X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
    hs = head("Rachel Goldstein <rgoldstein@hudsonlanehealth.com>",
              "Updated: Interview: Tamika Ross - Sr. Data Analyst, Population Health", "2026-11-02 10:14", NYC,
              "BL1PR19MB5018D2A7F4C3E1B9A60D8E71F5C3@BL1PR19MB5018.namprd19.prod.outlook.com",
              rcv=("from NAM02-BN1-obe.outbound.protection.outlook.com (mail-bn1nam02on2112.outbound.protection."
                   "outlook.com [40.107.212.112])", "mx1.example.org with ESMTPS id Ef8gH9iJ"),
              extra=[("Thread-Topic", "Interview: Tamika Ross - Sr. Data Analyst, Population Health")])
    return message(hs, alt(text(body), html(outlook_html(body.split("\n"))), calendar(cal, method="REQUEST")))


@pos(19, family="human_prose", company="Loess Hills Medical Group", kind="rescheduled", zone=CHI,
     local="Tue 2026-11-03 10:30", contact="skowalczyk@loesshillsmed.org",
     days=(("Fri", "2026-10-30"),),
     note="Hiring manager moves Fri 30 Oct 9:00 to 'Tuesday, Nov. 3 at 10:30 am Central', confirmed after the "
          "candidate's reply; mail sent in CDT, interview after the 1 November change (CST, 16:30Z); no length")
def m19():
    body = t("""
        Tamika,

        Thanks for being flexible. Tuesday, Nov. 3 at 10:30 am Central it is - I've updated the
        calendar invite and the Zoom link stays the same. Friday morning got swallowed by our
        board meeting, so I appreciate it.

        Steve

        Steve Kowalczyk
        Director, Decision Support
        Loess Hills Medical Group
        Council Bluffs, Iowa
        712-555-0139

        On Thu, Oct 29, 2026 at 2:12 PM Tamika Ross <tamika.ross@example.org> wrote:
        > Hi Steve,
        >
        > No problem at all. Tuesday morning works well for me, anytime after 10.
        >
        > Best,
        > Tamika
        >
        > On Thu, Oct 29, 2026 at 11:40 AM Steve Kowalczyk <skowalczyk@loesshillsmed.org> wrote:
        >> Hi Tamika, I have a conflict Friday at 9 - any chance we could push to early next week?
        """)
    hs = head("Steve Kowalczyk <skowalczyk@loesshillsmed.org>", "Re: Friday interview", "2026-10-29 16:30", CHI,
              "CAM9nQ4v2Hb7Zk1Lp5Xr3Ye8Td0Wf6Gs@mail.gmail.com",
              rcv=("from mail-qt1-f181.google.com (mail-qt1-f181.google.com [209.85.160.181])",
                   "mx1.example.org with ESMTPS id Kl1mN2oP"),
              extra=[("In-Reply-To", "<CAF2r8sT5u@mail.example.org>"),
                     ("References", "<CAM9nQ4v1Aa@mail.gmail.com> <CAF2r8sT5u@mail.example.org>")])
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@pos(20, family="goodtime", company="Cobalt Health Systems", kind="rescheduled", zone=CHI,
     local="Wed 2026-12-09 13:00", local_end="2026-12-09 14:45", contact="megan.fitzgerald@cobalthealth.com",
     days=(("Tue", "2026-12-08"),),
     note="GoodTime updated itinerary: two sessions moved from Tue 8 Dec to Wed 9 Dec, 1:00-1:45 and 2:00-2:45 PM "
          "CST; start = first session, end = last; contact = Reply-To coordinator")
def m20():
    body = t("""
        Hi Tamika,

        Your interview schedule with Cobalt Health Systems has been UPDATED. Your interviews
        originally scheduled for Tuesday, December 8 have moved to the new times below.

        Wednesday, December 9, 2026 (Central Standard Time)

        1:00 PM - 1:45 PM   Technical Interview: SQL & Data Modeling
                            with Aaron Lindahl, Principal Data Engineer
        2:00 PM - 2:45 PM   Hiring Manager Interview
                            with Priscilla Nguyen, Director, Enterprise Analytics

        Both sessions use the same Zoom link: https://cobalthealth.zoom.us/j/96610234475

        Questions? Reply to this email to reach your coordinator, Megan Fitzgerald.

        Cobalt Health Systems Recruiting
        Scheduled with GoodTime
        """)
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><p>Hi Tamika,</p><p>Your interview schedule "
         "with Cobalt Health Systems has been <b>UPDATED</b>. Your interviews originally scheduled for Tuesday, "
         "December 8 have moved to the new times below.</p><h3>Wednesday, December 9, 2026 (Central Standard "
         "Time)</h3><table><tr><td>1:00 PM - 1:45 PM</td><td>Technical Interview: SQL &amp; Data Modeling<br>"
         "with Aaron Lindahl, Principal Data Engineer</td></tr><tr><td>2:00 PM - 2:45 PM</td><td>Hiring Manager "
         "Interview<br>with Priscilla Nguyen, Director, Enterprise Analytics</td></tr></table><p>Both sessions "
         "use the same Zoom link: <a href=\"https://cobalthealth.zoom.us/j/96610234475\">"
         "https://cobalthealth.zoom.us/j/96610234475</a></p><p>Questions? Reply to this email to reach your "
         "coordinator, Megan Fitzgerald.</p><p>Cobalt Health Systems Recruiting<br><small>Scheduled with GoodTime"
         "</small></p></body></html>\n")
    hs = head("Cobalt Health Systems Recruiting <scheduling@goodtime.io>",
              "Updated Interview Schedule: Cobalt Health Systems - Senior Data Analyst", "2026-12-07 12:00", CHI,
              "goodtime.20261207180004.5c2e9d81@goodtime.io",
              rcv=("from o7.mail.goodtime.io (o7.mail.goodtime.io [149.72.31.7])",
                   "mx1.example.org with ESMTPS id Qr3sT4uV"),
              extra=[("Reply-To", "Megan Fitzgerald <megan.fitzgerald@cobalthealth.com>")])
    return message(hs, alt(text(body), html(h)))


# =========================================================================== positives: cancelled


@pos(21, family="google_calendar", company="Aspen Ridge Health Tech", kind="cancelled", zone=DEN,
     local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:00", contact="kayla.benson@aspenridgehealth.com",
     note="Google Calendar cancellation (METHOD:CANCEL, SEQUENCE:1) of the Dec 1 11am-12pm MST interview; "
          "start = the cancelled slot; contact = ORGANIZER")
def m21():
    body = t("""
        This event has been canceled with a note:
        "Hi Tamika, I'm so sorry - we've paused this search until after the new year. I'll reach out
        in January if it reopens. Kayla"

        Aspen Ridge - Analytics Interview (Tamika Ross)
        Tuesday Dec 1, 2026 ⋅ 11am – 12pm (Mountain Standard Time - Denver)

        Organizer
        Kayla Benson
        kayla.benson@aspenridgehealth.com

        Guests
        Kayla Benson - organizer
        tamika.ross@example.org
        tom.yazzie@aspenridgehealth.com
        beth.harmon@aspenridgehealth.com

        Invitation from Google Calendar
        """)
    cal = ics(method="CANCEL", prodid="-//Google Inc//Google Calendar 70.9054//EN",
              uid="3k9qv1p0m2d7s8c4lfnb5e6hjt@google.com", stamp="20261127164112Z",
              start="2026-12-01 11:00", end="2026-12-01 12:00", tzid=DEN, seq=1, status="CANCELLED",
              summary="Aspen Ridge - Analytics Interview (Tamika Ross)",
              organizer=("Kayla Benson", "kayla.benson@aspenridgehealth.com"))
    hs = head("Kayla Benson <kayla.benson@aspenridgehealth.com>",
              "Canceled event with note: Aspen Ridge - Analytics Interview (Tamika Ross) @ Tue Dec 1, 2026 "
              "11am - 12pm (MST) (tamika.ross@example.org)", "2026-11-27 09:41", DEN,
              "calendar-0b8e61f2-1d7c-4c55-a3f0-2e9d47b6c810@google.com",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                   "mx1.example.org with ESMTPS id Wx5yZ6aB"),
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(cal, method="CANCEL")),
                             calendar(cal, method="CANCEL", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(22, family="recruitee", company="Tidewell Digital Health", kind="cancelled", zone=LON,
     local="Tue 2026-12-15 15:00", contact="amelia.grant@tidewellhealth.co.uk",
     note="Recruitee cancellation of 'Tuesday, December 15, 2026 at 15:00 GMT (9:00 AM CST)'; no new time; "
          "contact = Reply-To")
def m22():
    body = t("""
        Hi Tamika,

        I'm sorry to let you know that we need to cancel your interview for the Product Data Analyst
        role, scheduled for Tuesday, December 15, 2026 at 15:00 GMT (9:00 AM CST).

        We've had a budget freeze on new headcount for Q1 and the role is on hold for now. This
        has nothing to do with your application - the team was really looking forward to meeting
        you, and I'll get in touch personally if the role opens again.

        Thank you for your patience and understanding.

        Warm regards,
        Amelia Grant
        Talent Lead, Tidewell Digital Health

        Sent with Recruitee
        """)
    hs = head("Amelia Grant via Recruitee <no-reply@recruiteemail.com>",
              "Interview cancelled - Product Data Analyst at Tidewell Digital Health", "2026-12-10 11:20", LON,
              "recruitee.mail.b41d7e09a2c3.20261210112004@recruiteemail.com",
              rcv=("from mail-out.recruiteemail.com (mail-out.recruiteemail.com [52.17.88.201])",
                   "mx1.example.org with ESMTPS id Cd7eF8gH"),
              extra=[("Reply-To", "Amelia Grant <amelia.grant@tidewellhealth.co.uk>")])
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{x}</p>" for x in body.split("\n\n")) + "</body></html>\n")))


@pos(23, family="human_prose", company="Larkspur Health", kind="cancelled", zone=DEN,
     local="Mon 2026-09-21 09:00", contact="dortiz@larkspurhealth.com",
     note="Hiring manager cancels 'Monday (9/21) at 9:00 am Mountain' (MDT, 15:00Z): position put on hold; "
          "no new time; iso-8859-1 QP")
def m23():
    body = t("""
        Hi Tamika,

        I'm sorry to do this on short notice, but I need to cancel our interview on Monday (9/21)
        at 9:00 am Mountain. Our leadership put the Analytics Manager position on hold this
        afternoon while they rework the department budget, so I can't move forward with
        interviews right now.

        I really enjoyed your résumé and our quick phone call last week. If the role is approved
        again I'll reach out directly.

        Apologies again,
        Daniel

        Daniel Ortiz
        VP, Data & Analytics | Larkspur Health
        Denver, CO
        """)
    hs = head("Daniel Ortiz <dortiz@larkspurhealth.com>", "Monday's interview", "2026-09-17 17:05", DEN,
              "20260917230512.GA18271@mail.larkspurhealth.com",
              rcv=("from mail.larkspurhealth.com (mail.larkspurhealth.com [203.0.113.44])",
                   "mx1.example.org with ESMTPS id Ij9kL0mN"))
    return message(hs, text(body, charset="iso-8859-1"))


# =========================================================================== negatives


@neg(24, family="rejection", company="Prairie Mutual Insurance",
     note="Post-interview rejection via Lever (the Sept 30 interview's thread)")
def m24():
    body = t("""
        Hi Tamika,

        Thank you for taking the time to interview with us for the Data Analyst III - Claims
        Analytics role. Hannah and the team enjoyed speaking with you.

        After careful consideration, we've decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision.

        We'd love to keep in touch, and we encourage you to apply for future openings at
        Prairie Mutual.

        Best wishes in your search,
        Connor Walsh
        Recruiter, Prairie Mutual Insurance

        --
        Sent via Lever.
        """)
    hs = head("Prairie Mutual Insurance <no-reply@hire.lever.co>", "Your application to Prairie Mutual Insurance",
              "2026-10-09 13:50", CHI, "0100018f5e2c.lever.a0c1@email.amazonses.com",
              rcv=("from a48-19.smtp-out.amazonses.com (a48-19.smtp-out.amazonses.com [54.240.48.19])",
                   "mx1.example.org with ESMTPS id Op1qR2sT"),
              extra=[("Reply-To", "Connor Walsh <connor.walsh@prairiemutual.com>")])
    return message(hs, text(body))


@neg(25, family="offer", company="Heartland Children's Hospital",
     days=(("Mon", "2026-11-16"), ("Mon", "2026-12-07")),
     note="Offer letter after the interviews; fixed dates (reply deadline, start date) but no interview")
def m25():
    body = t("""
        Dear Tamika,

        On behalf of Heartland Children's Hospital, I am delighted to offer you the position of
        Clinical Data Analyst II in our Research & Analytics department. Everyone you met during
        your interviews was impressed, and we think you'd be a wonderful addition to the team.

        Your formal offer letter, including salary, benefits summary and relocation assistance,
        is available in your Workday candidate portal. Highlights:

          - Base salary: $88,500 per year
          - Hybrid schedule (3 days onsite in Kansas City)
          - Proposed start date: Monday, December 7, 2026, with New Employee Orientation at 8:00 AM

        Please review and respond by Monday, November 16, 2026. I'm happy to set up a call with
        the hiring manager if you have questions about the role or the team.

        Congratulations!

        Renee Okafor
        Talent Acquisition Partner
        Heartland Children's Hospital
        renee.okafor@heartlandchildrens.org | 816-555-0148
        """)
    hs = head("Renee Okafor <renee.okafor@heartlandchildrens.org>",
              "Offer of Employment - Clinical Data Analyst II", "2026-11-12 15:30", CHI,
              "CH2PR05MB6893F0A1B2C3D4E5F6A7B8C9D0E1@CH2PR05MB6893.namprd05.prod.outlook.com",
              rcv=("from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2093.outbound.protection."
                   "outlook.com [40.107.244.93])", "mx1.example.org with ESMTPS id Uv3wX4yZ"))
    return message(hs, alt(text(body), html(outlook_html(body.split("\n")))))


@neg(26, family="application_ack", company="Midlands Health Alliance",
     note="Workday application received (HTML only)")
def m26():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Tamika,</p>
        <p>Thank you for applying for the <b>Healthcare Data Analyst - Revenue Cycle (R-10882)</b> position at
        Midlands Health Alliance. We have received your application and our talent acquisition team will
        review your qualifications.</p>
        <p>If your background is a match for the position, a recruiter will contact you to discuss next steps,
        which may include an interview. You can check the status of your application at any time by
        signing in to your candidate home.</p>
        <p>Thank you for your interest in joining Midlands Health Alliance.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Midlands Health Alliance, Omaha, Nebraska</p>
        <p style="font-size:11px;color:#888">Please do not reply to this message.</p>
        </body></html>
        """)
    hs = head("Midlands Health Alliance <midlandshealth@myworkday.com>",
              "Thank you for applying to Midlands Health Alliance", "2026-09-03 21:14", CHI,
              "2214410.1757052840552.JavaMail.wd5prvps0017@wd5-prv-ps0017",
              rcv=("from wd5-prv-mta01.myworkday.com (wd5-prv-mta01.myworkday.com [216.23.80.140])",
                   "mx1.example.org with ESMTPS id Ab1cD2eF"))
    return message(hs, html(h))


@neg(27, family="application_ack", company="Ridgeline Care", note="Ashby application received (Denver)")
def m27():
    body = t("""
        Hi Tamika,

        Thanks for applying to the Data Analyst, Care Management role at Ridgeline Care! We've
        received your application and someone from our team will review it within the next two
        weeks.

        In the meantime, feel free to learn more about how we work: https://ridgelinecare.com/careers

        Best,
        Ridgeline Care Talent Team
        """)
    hs = head("Ridgeline Care <no-reply@ashbyhq.com>", "Thanks for applying to Ridgeline Care", "2026-10-12 07:58",
              DEN, "01000192a7c1f4b8-ashby-9d20@email.amazonses.com",
              rcv=("from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
                   "mx1.example.org with ESMTPS id Gh3iJ4kL"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(28, family="job_alert", company=None,
     note="Job-board digest for Lincoln NE; 'Actively interviewing' badges confirm nothing")
def m28():
    body = t("""
        JobHarbor

        7 new jobs for "healthcare data analyst" near Lincoln, NE

        Healthcare Data Analyst II
        Great Plains Health Cooperative - Lincoln, NE
        $72K - $90K a year  ·  Actively interviewing
        https://www.jobharbor.example.net/j/8b21f0

        Senior Clinical Informatics Analyst
        Bluestem Community Health - Lincoln, NE (Hybrid)
        Easy apply  ·  Posted 2 days ago
        https://www.jobharbor.example.net/j/8b2a44

        Data Analyst, Value-Based Care
        Corn Belt Physicians Network - Remote (US)
        $80K - $95K a year  ·  Interviewing now
        https://www.jobharbor.example.net/j/8b2c19

        Reporting Analyst - Epic Clarity
        Salt Valley Medical Center - Lincoln, NE
        Posted today
        https://www.jobharbor.example.net/j/8b2d77

        See all 7 jobs: https://www.jobharbor.example.net/alerts/hda-lincoln

        You are receiving this alert because you subscribed at JobHarbor.
        Unsubscribe: https://www.jobharbor.example.net/unsub?a=hda-lincoln
        """)
    hs = head("JobHarbor Alerts <alerts@jobharbor.example.net>", "7 new healthcare data analyst jobs near Lincoln, NE",
              "2026-10-20 06:02", CHI, "alert.hda-lincoln.20261020110200@jobharbor.example.net",
              rcv=("from mta7.jobharbor.example.net (mta7.jobharbor.example.net [198.51.100.7])",
                   "mx1.example.org with ESMTPS id Mn4oP5qR"),
              extra=[("List-Unsubscribe", "<https://www.jobharbor.example.net/unsub?a=hda-lincoln>"),
                     ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(29, family="newsletter_tips", company=None, days=(("Thu", "2026-11-19"),),
     note="Analytics newsletter with interview tips and a live office-hours time; confirms nothing")
def m29():
    body = t("""
        THE ANALYTICS LEDGER - Issue #112

        This week: 5 SQL questions you'll get in a healthcare analytics interview

        1. Compute 30-day readmission rates from an encounters table (watch the transfers!)
        2. Find members with gaps in continuous enrollment
        3. Rank providers by risk-adjusted cost, ties included
        4. Window functions: running totals of claims paid by month
        5. Explain a query plan out loud - interviewers care more about your reasoning than syntax

        Pro tip: when they ask "tell me about a time your data was wrong," have a real story ready.

        LIVE OFFICE HOURS
        Thursday, November 19 at 7:00 PM CT - bring your interview questions, we'll work through
        them together. Register: https://analyticsledger.example.net/office-hours

        Thanks for reading,
        Mira @ The Analytics Ledger

        You're receiving this because you subscribed at analyticsledger.example.net.
        Unsubscribe | Update preferences
        """)
    hs = head("The Analytics Ledger <mira@analyticsledger.example.net>",
              "5 SQL questions you'll get in a healthcare analytics interview", "2026-11-12 07:00", CHI,
              "ledger-112.20261112130000@analyticsledger.example.net",
              rcv=("from mail.analyticsledger.example.net (mail.analyticsledger.example.net [198.51.100.31])",
                   "mx1.example.org with ESMTPS id St6uV7wX"),
              extra=[("List-Unsubscribe", "<mailto:unsubscribe@analyticsledger.example.net>"),
                     ("List-Id", "The Analytics Ledger <ledger.analyticsledger.example.net>")])
    return message(hs, text(body))


@neg(30, family="recruiter_outreach", company="Hawkeye Health Search",
     note="Agency cold outreach asking for a quick chat 'sometime this week'; nothing fixed")
def m30():
    body = t("""
        Hi Tamika,

        I came across your profile and your work on readmission analytics caught my eye. I'm
        partnering with a growing health system in Iowa City on a Lead Healthcare Data Analyst
        opening - fully remote for Nebraska residents, strong Epic/Clarity focus, $95-110K.

        Would you be open to a quick 15-minute chat sometime this week? Happy to work around your
        schedule.

        Thanks,
        Kelsey Brandvold
        Senior Recruiter | Hawkeye Health Search
        kelsey@hawkeyehealthsearch.com | 515-555-0150
        """)
    hs = head("Kelsey Brandvold <kelsey@hawkeyehealthsearch.com>", "Lead Healthcare Data Analyst - remote (Iowa system)",
              "2026-10-05 10:22", CHI, "CAB3xK8m2PqRs0Tv4Wy6Za9Bc1De@mail.gmail.com",
              rcv=("from mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])",
                   "mx1.example.org with ESMTPS id Yz8aB9cD"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(31, family="availability_request", company="Mercy Ridge Health",
     note="Greenhouse availability request before the confirmation; no time fixed")
def m31():
    body = t("""
        Hi Tamika,

        Thank you for your interest in the Senior Healthcare Data Analyst position at Mercy Ridge
        Health! We'd like to schedule a 45-minute interview with Gregory Lindqvist, our Manager of
        Clinical Analytics.

        Please use the link below to let us know your availability over the next week:

        https://app.greenhouse.io/candidate_availability/7c5d1e20a8

        Once we receive your availability, we'll send a calendar confirmation.

        Thanks,
        Alyssa Brandt
        Talent Acquisition Partner | Mercy Ridge Health

        Powered by Greenhouse
        """)
    hs = head("Mercy Ridge Health <no-reply@us.greenhouse-mail.io>",
              "Mercy Ridge Health - Please provide your availability", "2026-09-10 14:35", CHI,
              "gh.2c7e80f13a.20260910193512@us.greenhouse-mail.io",
              rcv=("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.41.12])",
                   "mx1.example.org with ESMTPS id Ef1gH2iJ"),
              extra=[("Reply-To", "Alyssa Brandt <alyssa.brandt@mercyridgehealth.org>")])
    return message(hs, text(body))


@neg(32, family="scheduling_link", company="Flatirons Medical Group",
     note="Recruiter sends a Calendly link to pick a time; nothing booked yet")
def m32():
    body = t("""
        Hi Tamika,

        Thanks for your patience! The hiring team would like to move you forward to a phone
        screen for the Healthcare Data Analyst role. Please grab any 30-minute slot that works
        for you on my calendar:

        https://calendly.com/flatirons-anna/phone-screen

        Times are shown in your local time zone. Let me know if nothing works and I'll find
        something else.

        Anna Kowalski
        Recruiter | Flatirons Medical Group
        Boulder, CO
        """)
    hs = head("Anna Kowalski <akowalski@flatironsmed.com>", "Phone screen - Flatirons Medical Group",
              "2026-11-16 12:47", DEN, "CY4PR02MB2710C0D1E2F3A4B5C6D7E8F9A0B1@CY4PR02MB2710.namprd02.prod.outlook.com",
              rcv=("from NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2120.outbound.protection."
                   "outlook.com [40.107.92.120])", "mx1.example.org with ESMTPS id Kl3mN4oP"))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@neg(33, family="proposal", company="Sandhills Health Data",
     days=(("Thu", "2026-12-03"), ("Fri", "2026-12-04")),
     note="Recruiter proposes two slots (Thu 12/3 10:00 or Fri 12/4 1:00); not yet confirmed")
def m33():
    body = t("""
        Hi Tamika,

        Thanks again for applying to the Data Analyst, Provider Performance role. I'd love to set up
        a 45-minute call with our data team. Would Thursday 12/3 at 10:00am or Friday 12/4 at
        1:00pm Central work for you?

        Best,
        Brianna

        Brianna Cho | Talent Acquisition Specialist
        Sandhills Health Data | Omaha, NE
        """)
    hs = head("Brianna Cho <brianna.cho@sandhillshealthdata.com>", "Sandhills Health Data - next steps",
              "2026-11-30 10:05", CHI, "DM6PR08MB5932A7C0D1@DM6PR08MB5932.namprd08.prod.outlook.com",
              rcv=("from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2097.outbound.protection."
                   "outlook.com [40.107.102.97])", "mx1.example.org with ESMTPS id Qr5sT6uV"))
    return message(hs, alt(text(body), html(outlook_html(body.split("\n")))))


@neg(34, family="out_of_office", company="Mercy Ridge Health", days=(("Mon", "2026-09-28"),),
     note="Auto-reply to the owner's thank-you note after the Mercy Ridge interview")
def m34():
    body = t("""
        Thank you for your message. I am out of the office through Monday, September 28 with limited
        access to email. For urgent analytics requests, please contact the Clinical Analytics team
        at the shared inbox.

        Gregory Lindqvist
        Manager, Clinical Analytics | Mercy Ridge Health
        """)
    hs = head("Gregory Lindqvist <gregory.lindqvist@mercyridgehealth.org>",
              "Automatic reply: Thank you - Senior Healthcare Data Analyst interview", "2026-09-17 19:48", CHI,
              "SN6PR04MB4077E5D4C3B2A1F0E9D8C7B6A5F4@SN6PR04MB4077.namprd04.prod.outlook.com",
              rcv=("from NAM11-SN6-obe.outbound.protection.outlook.com (mail-sn6nam11on2088.outbound.protection."
                   "outlook.com [40.107.236.88])", "mx1.example.org with ESMTPS id Wx7yZ8aB"),
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "gregory.lindqvist@mercyridgehealth.org"),
                     ("In-Reply-To", "<CAF5t9mQ2@mail.example.org>")])
    return message(hs, text(body))


@neg(35, family="bounce", company=None,
     note="DSN: the owner's thank-you to the Loess Hills hiring manager bounced (typo in the address)")
def m35():
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <skowalcyzk@loesshillsmed.org>: host mx.loesshillsmed.org[203.0.113.80] said:
            550 5.1.1 <skowalcyzk@loesshillsmed.org>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Lk9Tz2xQpz1
        Arrival-Date: Tue,  3 Nov 2026 13:05:11 -0600 (CST)

        Final-Recipient: rfc822; skowalcyzk@loesshillsmed.org
        Original-Recipient: rfc822;skowalcyzk@loesshillsmed.org
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.loesshillsmed.org
        Diagnostic-Code: smtp; 550 5.1.1 <skowalcyzk@loesshillsmed.org>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    orig = message([("From", ME), ("To", "Steve Kowalczyk <skowalcyzk@loesshillsmed.org>"),
                    ("Subject", "Thank you for today"), ("Date", date("2026-11-03 13:05", CHI)),
                    ("Message-ID", "<CAF9w3Rt7@mail.example.org>")],
                   text(t("""
                       Hi Steve,

                       Thank you for taking the time to talk with me this morning. I really enjoyed
                       hearing about the decision support team's plans for next year.

                       Best,
                       Tamika
                       """)))
    report = multipart("report", text(human, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-11-03 13:05", CHI, "20261103190512.4Lk9Tz2xQpz1@mx1.example.org",
              extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, report)


@neg(36, family="non_interview_calendar", company=None, days=(("Tue", "2026-10-20"),),
     note="Doctor's appointment reminder with a fixed time; not an interview")
def m36():
    body = t("""
        Hello Tamika,

        This is a reminder of your upcoming appointment:

        Provider: Jennifer Albrecht, PA-C
        Date: Tuesday, October 20, 2026
        Time: 8:15 AM
        Location: Antelope Creek Family Clinic, 4600 S 70th St, Lincoln, NE

        Please arrive 15 minutes early to complete check-in. Reply C to confirm or call
        402-555-0110 to reschedule. Bring your insurance card and a list of current medications.

        Antelope Creek Family Clinic
        This message was sent by an automated system. Please do not reply.
        """)
    hs = head("Antelope Creek Family Clinic <noreply@patientnotify.example.net>", "Appointment reminder",
              "2026-10-16 10:00", CHI, "pn.20261016150000.71b2@patientnotify.example.net",
              rcv=("from mta2.patientnotify.example.net (mta2.patientnotify.example.net [198.51.100.52])",
                   "mx1.example.org with ESMTPS id Cd9eF0gH"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(37, family="non_interview_calendar", company=None, days=(("Sat", "2026-11-14"),),
     note="Car service appointment confirmation")
def m37():
    body = t("""
        Hi Tamika,

        Your service appointment is confirmed!

        Vehicle: 2019 Honda CR-V
        Service: Oil change, tire rotation, 30K mile inspection
        Date: Saturday, November 14, 2026
        Drop-off time: 9:00 AM
        Location: Capitol Auto Care - 2710 N 27th St, Lincoln, NE

        Estimated time: 1.5 - 2 hours. Free shuttle available within 5 miles.

        Need to change your appointment? Call us at 402-555-0181.

        Thanks for choosing Capitol Auto Care!
        """)
    hs = head("Capitol Auto Care <service@capitolautocare.example.com>",
              "Appointment Confirmed - Sat 11/14 at 9:00 AM", "2026-11-09 16:20", CHI,
              "svc.55a0e8.20261109222000@capitolautocare.example.com",
              rcv=("from smtp.capitolautocare.example.com (smtp.capitolautocare.example.com [198.51.100.77])",
                   "mx1.example.org with ESMTPS id Ij1kL2mN"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(38, family="non_interview_calendar", company="Salt Creek Health Partners",
     note="Current employer's Exchange meeting request (dashboard review); a fixed time but not an interview")
def m38():
    body = t("""
        When: Wednesday, December 2, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Conf Rm 3B / Microsoft Teams Meeting

        Hi all - let's walk through the Q4 readmissions dashboard before it goes to the quality
        committee. Tamika, can you demo the new risk-tier filters?

        (Sending to personal addresses too since a few of us are remote that day.)

        Marisol

        """) + TEAMS_FOOTER
    cal = ics(method="REQUEST", prodid="Microsoft Exchange Server 2010",
              uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000D9E8",
              stamp="20261124203000Z", start="2026-12-02 10:00", end="2026-12-02 11:00",
              tzid="Central Standard Time", summary="Q4 Readmissions Dashboard Review",
              organizer=("Marisol Vega", "mvega@saltcreekhealth.org"),
              location="Conf Rm 3B / Microsoft Teams Meeting")
    hs = head("Marisol Vega <mvega@saltcreekhealth.org>", "Q4 Readmissions Dashboard Review", "2026-11-24 14:30", CHI,
              "PH0PR07MB8412B7C6D5E4F3A2B1C0D9E8F7A6@PH0PR07MB8412.namprd07.prod.outlook.com",
              rcv=("from NAM12-DM3-obe.outbound.protection.outlook.com (mail-dm3nam12on2105.outbound.protection."
                   "outlook.com [40.107.225.105])", "mx1.example.org with ESMTPS id Op3qR4sT"))
    return message(hs, alt(text(body), html(outlook_html(body.split("\n"))), calendar(cal, method="REQUEST")))


@neg(39, family="event_tickets", company=None, days=(("Sat", "2026-10-17"),),
     note="Concert e-tickets with a door time")
def m39():
    body = t("""
        YOUR TICKETS ARE READY

        The Prairie Ghosts - Harvest Moon Tour
        Saturday, October 17, 2026
        Doors 7:00 PM | Show 8:00 PM
        Haymarket Hall, Lincoln, NE

        Order #HH-448102
        2 x General Admission - $38.00 each
        Fees: $11.40
        Total: $87.40

        Show the barcode in the TixPoint app at the door. Tickets are non-refundable.

        TixPoint | Help Center | Privacy
        """)
    hs = head("TixPoint <orders@tixpoint.example.com>", "Your tickets: The Prairie Ghosts at Haymarket Hall",
              "2026-09-24 20:11", CHI, "order.HH-448102.20260925011100@tixpoint.example.com",
              rcv=("from mail.tixpoint.example.com (mail.tixpoint.example.com [198.51.100.90])",
                   "mx1.example.org with ESMTPS id Uv5wX6yZ"))
    return message(hs, html("<html><body>" + "".join(
        f"<p>{x}</p>" for x in body.split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"))


@neg(40, family="travel", company=None, days=(("Wed", "2026-10-21"), ("Sun", "2026-10-25")),
     note="Flight itinerary Lincoln-Denver with fixed departure times")
def m40():
    body = t("""
        Thanks for flying with Plainsair, Tamika!

        Confirmation code: QX7B2M

        DEPART  Wed, Oct 21, 2026
          Flight PA 318  Lincoln (LNK) 6:05 AM -> Denver (DEN) 6:52 AM
        RETURN  Sun, Oct 25, 2026
          Flight PA 421  Denver (DEN) 5:40 PM -> Lincoln (LNK) 8:20 PM

        Passenger: TAMIKA ROSS   Seat: 9C / 11A
        Total paid: $246.80

        Check in online 24 hours before departure at plainsair.example.com.
        """)
    hs = head("Plainsair <reservations@plainsair.example.com>", "Your trip confirmation - QX7B2M",
              "2026-10-02 21:40", CHI, "res.QX7B2M.20261003024000@plainsair.example.com",
              rcv=("from out.plainsair.example.com (out.plainsair.example.com [198.51.100.120])",
                   "mx1.example.org with ESMTPS id Ab7cD8eF"))
    return message(hs, text(body, cte="base64"))


@neg(41, family="personal", company=None, days=(("Fri", "2026-10-09"),),
     note="Friend confirms dinner Friday at 7; not an interview")
def m41():
    body = t("""
        ok we're on for friday!! 7pm at Copper Kettle Café in the Haymarket, I made a reservation
        under my name. Bring the job search gossip, I want to hear everything about the Kansas City
        place 😄

        Jess
        """)
    hs = head("Jess Lindgren <jess.lindgren87@example.net>", "Re: dinner this week?", "2026-10-06 21:33", CHI,
              "CAL5vR2n8Kp@mail.example.net",
              rcv=("from mail.example.net (mail.example.net [198.51.100.9])", "mx1.example.org with ESMTPS id Gh9iJ0kL"),
              extra=[("In-Reply-To", "<CAF3a1Ww@mail.example.org>")])
    return message(hs, text(body, cte="8bit"))


@neg(42, family="one_way_video", company="Clearview Health Analytics", days=(("Fri", "2026-10-16"),),
     note="One-way recorded video interview to complete by a deadline; no scheduled meeting")
def m42():
    body = t("""
        Hi Tamika,

        Clearview Health Analytics has invited you to complete an on-demand video interview for
        the Reporting Analyst role.

        There's no live interviewer - you'll record answers to 5 questions at a time that works for
        you. It takes about 20 minutes.

        Please complete your interview by Friday, October 16, 2026 at 11:59 PM CT.

        Start your interview: https://app.vidscreen.example.com/i/clearview/7f2a19

        Good luck!
        The VidScreen team, on behalf of Clearview Health Analytics
        """)
    hs = head("Clearview Health Analytics via VidScreen <invites@vidscreen.example.com>",
              "Action needed: complete your video interview for Clearview Health Analytics", "2026-10-12 09:05",
              CHI, "vs.inv.7f2a19.20261012140500@vidscreen.example.com",
              rcv=("from mta.vidscreen.example.com (mta.vidscreen.example.com [198.51.100.140])",
                   "mx1.example.org with ESMTPS id Mn1oP2qR"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(43, family="assessment", company="Front Range Analytics", days=(("Mon", "2026-10-26"),),
     note="Take-home exercise with a due date after the interview; no meeting")
def m43():
    body = t("""
        Hi Tamika,

        Thanks again for your time Thursday - Ravi really enjoyed the conversation. As a next step,
        we'd like you to complete a short take-home exercise: a de-identified claims extract and
        three questions about utilization trends. Please plan on 2-3 hours.

        The files are in the secure link below. Please send your SQL and a short summary (slides or
        a one-pager) back by Monday, October 26 at 5:00 PM MT.

        https://files.frontrangeanalytics.com/s/takehome-tr

        Jenna

        Jenna Morales
        Talent Acquisition | Front Range Analytics
        """)
    hs = head("Jenna Morales <jenna.morales@frontrangeanalytics.com>", "Next step: take-home exercise",
              "2026-10-23 10:15", DEN, "CAE8p3Lq1Rs@mail.frontrangeanalytics.com",
              rcv=("from mail.frontrangeanalytics.com (mail.frontrangeanalytics.com [203.0.113.61])",
                   "mx1.example.org with ESMTPS id St3uV4wX"))
    return message(hs, text(body))


@neg(44, family="marketing_webinar", company=None, days=(("Thu", "2026-11-05"),),
     note="'Ace your healthcare analytics interview' webinar registration with ICS; not a job interview")
def m44():
    body = t("""
        You're registered!

        Ace Your Healthcare Analytics Interview
        Thursday, November 5, 2026 | 12:00 PM - 1:00 PM CT

        Join from your browser: https://events.datacareers.example.org/w/ace-hca-interview

        Speakers: Dr. Lena Hoffman (former analytics director) and two hiring managers from
        regional health systems. We'll cover case questions, SQL screens, and how to talk about
        PHI-safe projects in an interview.

        Add to calendar: the invitation is attached.

        DataCareers Collective
        Unsubscribe from event emails
        """)
    cal = ics(method="PUBLISH", prodid="-//DataCareers//Events//EN", uid="dcc-webinar-2026-11-05@datacareers.example.org",
              stamp="20261029150000Z", start="2026-11-05 12:00", end="2026-11-05 13:00", tzid=CHI,
              summary="Webinar: Ace Your Healthcare Analytics Interview",
              organizer=("DataCareers Collective", "events@datacareers.example.org"),
              location="https://events.datacareers.example.org/w/ace-hca-interview")
    hs = head("DataCareers Collective <events@datacareers.example.org>",
              "You're registered: Ace Your Healthcare Analytics Interview", "2026-10-29 10:00", CHI,
              "dcc.reg.88120.20261029150000@datacareers.example.org",
              rcv=("from mail.datacareers.example.org (mail.datacareers.example.org [198.51.100.160])",
                   "mx1.example.org with ESMTPS id Yz5aB6cD"))
    return message(hs, mixed(text(body), calendar(cal, method="PUBLISH", filename="webinar.ics",
                                                   disposition="attachment")))


@neg(45, family="mock_interview", company=None, days=(("Tue", "2026-09-29"),),
     note="University alumni career services confirms a mock interview; practice, not a job interview")
def m45():
    body = t("""
        Hi Tamika,

        Your mock interview with Career Services is confirmed.

        Type: Mock Interview - Data / Analytics roles (alumni)
        Date: Tuesday, September 29, 2026
        Time: 4:00 PM - 4:45 PM
        Coach: Pat Danielson
        Location: Zoom (link below)

        https://plu-careers.zoom.us/j/84410027761

        Please upload the job description you're practicing for at least 24 hours ahead.

        Prairie Lark University Alumni Career Services
        """)
    hs = head("Prairie Lark University Career Services <careers@prairielark.example.edu>",
              "Appointment confirmed: Mock Interview", "2026-09-23 13:10", CHI,
              "hs.appt.55120.20260923181000@prairielark.example.edu",
              rcv=("from mail.prairielark.example.edu (mail.prairielark.example.edu [198.51.100.200])",
                   "mx1.example.org with ESMTPS id Ef7gH8iJ"))
    return message(hs, text(body, charset="iso-8859-1", cte="7bit"))


@neg(46, family="rejection", company="Ridgeline Care", note="Ashby rejection without an interview")
def m46():
    body = t("""
        Hi Tamika,

        Thank you for your interest in the Data Analyst, Care Management role at Ridgeline Care and
        for the time you put into your application.

        We received a high volume of applications, and after reviewing yours we've decided not to
        move forward at this time. We'll keep your information on file and may reach out if a
        role opens up that better fits your background.

        All the best,
        Ridgeline Care Talent Team
        """)
    hs = head("Ridgeline Care <no-reply@ashbyhq.com>", "Update on your application to Ridgeline Care",
              "2026-10-27 15:42", DEN, "01000192f0b3a1c4-ashby-6e71@email.amazonses.com",
              rcv=("from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
                   "mx1.example.org with ESMTPS id Kl5mN6oP"))
    return message(hs, text(body))


@neg(47, family="post_interview", company="Clarion Health Labs",
     note="Recruiter's reply to the thank-you note after the interview: 'we'll be in touch'")
def m47():
    body = t("""
        Hi Tamika,

        Thank you so much for the kind note! Owen and Carmen both mentioned how much they enjoyed
        the conversation yesterday. We're finishing up interviews this week and I'll be in touch
        with next steps by the end of next week at the latest.

        Best,
        Priya

        Priya Raman
        Senior Recruiter, Clarion Health Labs

        On Tue, Oct 13, 2026 at 1:15 PM Tamika Ross <tamika.ross@example.org> wrote:
        > Hi Priya,
        >
        > Thank you for organizing today's conversation with Owen and Carmen. I really enjoyed
        > hearing about the team's work on the payer data platform.
        >
        > Best,
        > Tamika
        """)
    hs = head("Priya Raman <priya.raman@clarionhealthlabs.com>", "Re: Thank you", "2026-10-14 09:30", NYC,
              "CAP2mZ7q4Rt@mail.gmail.com",
              rcv=("from mail-ot1-f44.google.com (mail-ot1-f44.google.com [209.85.210.44])",
                   "mx1.example.org with ESMTPS id Qr7sT8uV"),
              extra=[("In-Reply-To", "<CAF4z8Xx@mail.example.org>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(48, family="interviewer_panel", company="Salt Creek Health Partners",
     note="Current employer invites the owner to sit on an interview panel as interviewer; not her job interview")
def m48():
    body = t("""
        When: Friday, September 25, 2026 1:00 PM-1:45 PM (UTC-06:00) Central Time (US & Canada).
        Where: Conf Rm 2A

        Hi Tamika - thanks for agreeing to be on the panel for the Data Analyst II search. You'll
        cover the SQL/technical portion with Jordan Mills. Resume and scorecard are in the Teams
        channel. Please submit feedback in the ATS by end of day.

        Thanks!
        Marisol

        """) + TEAMS_FOOTER
    cal = ics(method="REQUEST", prodid="Microsoft Exchange Server 2010",
              uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01000000000000000010000000E4F5",
              stamp="20260921153000Z", start="2026-09-25 13:00", end="2026-09-25 13:45",
              tzid="Central Standard Time", summary="Interview: Jordan Mills - Data Analyst II (panel)",
              organizer=("Marisol Vega", "mvega@saltcreekhealth.org"), location="Conf Rm 2A")
    hs = head("Marisol Vega <mvega@saltcreekhealth.org>", "Interview: Jordan Mills - Data Analyst II (panel)",
              "2026-09-21 10:30", CHI, "PH0PR07MB8412C1D2E3F4A5B6C7D8E9F0A1B2@PH0PR07MB8412.namprd07.prod.outlook.com",
              rcv=("from NAM12-DM3-obe.outbound.protection.outlook.com (mail-dm3nam12on2105.outbound.protection."
                   "outlook.com [40.107.225.105])", "mx1.example.org with ESMTPS id Wx9yZ0aB"))
    return message(hs, alt(text(body), html(outlook_html(body.split("\n"))), calendar(cal, method="REQUEST")))


@neg(49, family="candidate_survey", company="Cedar Valley Health",
     note="Post-interview candidate-experience survey")
def m49():
    body = t("""
        Dear Tamika,

        Thank you for recently interviewing with Cedar Valley Health. We'd like to hear about your
        experience as a candidate. The survey takes about 3 minutes and your responses are
        anonymous.

        Take the survey: https://cedarvalleyhealth.icims.com/survey/c/88412

        Thank you,
        Cedar Valley Health Talent Acquisition
        """)
    hs = head("Cedar Valley Health Careers <cedarvalleyhealth-careers@talent.icims.com>",
              "How was your interview experience?", "2026-10-16 11:00", CHI,
              "1602874412.51002.1760630400112@talent.icims.com",
              rcv=("from mailout3.icims.com (mailout3.icims.com [64.94.124.33])",
                   "mx1.example.org with ESMTPS id Cd1eF2gH"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(50, family="personal_appointment", company=None, days=(("Thu", "2026-10-22"),),
     note="School parent-teacher conference confirmation")
def m50():
    body = t("""
        Dear Ms. Ross,

        This confirms your parent-teacher conference for Maya Ross (Grade 3, Mrs. Peterson's class):

        Thursday, October 22, 2026 at 5:40 PM
        Room 114, Prairie Lark Elementary

        Conferences are scheduled in 15-minute blocks. If you need to change your time, please
        contact the front office at 402-555-0127.

        Thank you,
        Prairie Lark Elementary School
        """)
    hs = head("Prairie Lark Elementary <office@plelementary.example.org>", "Conference Confirmation - Maya Ross",
              "2026-10-14 15:05", CHI, "conf.1142.20261014200500@plelementary.example.org",
              rcv=("from mail.plelementary.example.org (mail.plelementary.example.org [198.51.100.210])",
                   "mx1.example.org with ESMTPS id Ij3kL4mN"))
    return message(hs, text(body))
