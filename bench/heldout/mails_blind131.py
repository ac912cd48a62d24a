"""blind131: 50 hand-written mails from the inbox of Jasmine Carter, a healthcare data analyst in
Atlanta (America/New_York), September to December 2026. Build and check with

    python3 bench/heldout/make_blind.py blind131

Written blind: without reading the detector, its tests, or any other held-out mail file.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives; the file
number of the mail written key-th is ORDER[key - 1].
"""

from __future__ import annotations

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
    utc,
)

ORDER = random.Random(1310131).sample(range(1, 51), 50)

ME = "jasmine.carter@example.org"
JAS = addr("Jasmine Carter", ME)
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
MX = "mx1.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"blind131_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, ident: str, *,
         to: str = JAS, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"{MX} {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def stamp(when: str, zone: str) -> str:
    return utc(when, zone).replace("-", "").replace(":", "")


def vevent_ics(*, prodid: str, method: str | None, uid: str, dtstamp: str, start: str, end: str | None,
               tzid: str | None, summary: str, organizer: str, attendee: str = ME, location: str = "",
               description: str = "", seq: int = 0, status: str = "CONFIRMED",
               extra: str = "", vtz: bool = True) -> str:
    """A VCALENDAR with one VEVENT; start/end as 'YYYYMMDDTHHMMSS' in tzid, or ending in Z."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tzid and vtz:
        lines.append(VTZ[tzid])
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{dtstamp}"]
    if tzid:
        lines.append(f"DTSTART;TZID={tzid}:{start}")
        if end:
            lines.append(f"DTEND;TZID={tzid}:{end}")
    else:
        lines.append(f"DTSTART:{start}")
        if end:
            lines.append(f"DTEND:{end}")
    lines += [f"SUMMARY:{summary}", f"ORGANIZER;{organizer}",
              f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:{attendee}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}"]
    if extra:
        lines.append(extra.strip("\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-10T14:00:00Z", end="2026-09-10T14:45:00Z", local="Thu 2026-09-10 10:00",
      local_end="2026-09-10 10:45", zone=NY, contact="denise.holloway@peachtreehealth.org",
      company="Peachtree Health Network",
      note="Greenhouse confirmation, 10:00-10:45 AM EDT (UTC-4) on Thu 10 Sep; ICS in America/New_York "
           "agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for making time to speak with us! Your interview for Senior Healthcare Data Analyst
        at Peachtree Health Network is confirmed.

        When: Thursday, September 10, 2026, 10:00 AM - 10:45 AM EDT
        Where: Zoom - https://peachtreehealth.zoom.us/j/84120977315?pwd=Q2hhcnRzMTA
        Interviewers: Denise Holloway (Talent Acquisition), Dr. Marcus Reid (Director, Clinical Analytics)

        If you need to reschedule, just reply to this email and it will reach Denise.

        Best,
        Peachtree Health Network Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Jasmine,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Healthcare Data Analyst</b>
        at Peachtree Health Network is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When:</b></td><td>Thursday, September 10, 2026, 10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Where:</b></td><td><a href="https://peachtreehealth.zoom.us/j/84120977315?pwd=Q2hhcnRzMTA">Zoom</a></td></tr>
        <tr><td><b>Interviewers:</b></td><td>Denise Holloway (Talent Acquisition)<br>Dr. Marcus Reid (Director, Clinical Analytics)</td></tr>
        </table>
        <p>If you need to reschedule, just reply to this email and it will reach Denise.</p>
        <p>Best,<br>Peachtree Health Network Talent Acquisition</p>
        <img src="https://us.greenhouse-mail.io/o/eJx1j8tu2zAQRX_F4LqWSYoP" width="1" height="1" alt="">
        </body></html>
        """)
    ics = vevent_ics(
        prodid="-//Greenhouse Software//Interview Scheduler//EN", method="REQUEST",
        uid="gh-interview-5510873-1@greenhouse.io", dtstamp=stamp("2026-09-08 14:12", NY),
        start="20260910T100000", end="20260910T104500", tzid="America/New_York",
        summary="Interview: Jasmine Carter - Senior Healthcare Data Analyst (Peachtree Health Network)",
        organizer="CN=Denise Holloway:mailto:denise.holloway@peachtreehealth.org",
        location="https://peachtreehealth.zoom.us/j/84120977315?pwd=Q2hhcnRzMTA")
    hs = head("Peachtree Health Network <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Healthcare Data Analyst at Peachtree Health Network",
              "2026-09-08 14:12:41", NY, "<0100019234cafe11-5b0c71d2-peachtree-000000@email.amazonses.com>",
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])", "4Jq8Rk2bZ1z",
              extra=(("Reply-To", addr("Denise Holloway", "denise.holloway@peachtreehealth.org")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="workday", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-16T13:30:00Z", end="2026-09-16T14:30:00Z", local="Wed 2026-09-16 09:30",
      local_end="2026-09-16 10:30", zone=NY, contact="trevor.mayfield@cplines.com",
      company="Consolidated Parcel Lines",
      note="Workday HTML-only (base64) on-site interview 9:30-10:30 AM Eastern Time on Wed 16 Sep = EDT "
           "UTC-4; no Reply-To, contact = recruiter address written in the body")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#4b2e83;padding:16px;color:#fff;font-size:18px">Consolidated Parcel Lines Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Jasmine Carter,</p>
        <p>Thank you for your interest in the <b>Analyst II, Network Health &amp; Safety Data</b> position
        (Job Requisition R-0048812). We are pleased to confirm your interview as follows:</p>
        <p><b>Interview Type:</b> In Person - Hiring Manager<br>
        <b>Date:</b> Wednesday, 09/16/2026<br>
        <b>Time:</b> 9:30 AM - 10:30 AM Eastern Time<br>
        <b>Location:</b> CPL Global Headquarters, 55 Glenlake Pkwy NE, Building B, Atlanta, GA 30328<br>
        <b>Interviewer(s):</b> Sandra Okafor, Manager Safety Analytics</p>
        <p>Please arrive 15 minutes early and bring a government-issued photo ID to check in at the
        security desk. Visitor parking is in Deck 2.</p>
        <p>Questions? Contact your recruiter, Trevor Mayfield, at
        <a href="mailto:trevor.mayfield@cplines.com">trevor.mayfield@cplines.com</a>.</p>
        <p>Sincerely,<br>CPL Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Log in to your
        <a href="https://cpl.wd5.myworkdayjobs.com/en-US/CPL_Careers/userHome">candidate home</a> to view your application.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    hs = head("CPL Careers <cpl@myworkday.com>", "Interview Confirmation - Analyst II, Network Health & Safety Data",
              "2026-09-14 09:03:17", NY, "<1918277463.51873.1789390997117@wd5-prod-notify.myworkday.com>",
              "from wd5-smtp-out2.myworkday.com (wd5-smtp-out2.myworkday.com [198.51.100.42])", "7bXk2Pq0mW",
              extra=(("X-Mailer", "Workday Notification Service"),))
    return message(hs, html(page, cte="base64"))


@mail(n(3), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-22T18:00:00Z", end="2026-09-22T18:45:00Z", local="Tue 2026-09-22 11:00",
      local_end="2026-09-22 11:45", zone=LA, contact="owen@tidewellhealth.com", company="Tidewell Health",
      note="Lever confirmation from a San Francisco startup: 11:00-11:45 AM PDT (UTC-7) on Tue 22 Sep, "
           "also shown as 2:00 PM EDT; Date header in PDT; contact = Reply-To")
def m03() -> bytes:
    body = t("""
        Hi Jasmine,

        You're all set! Here are the details for your upcoming interview with Tidewell Health.

        Video Interview with Owen Nakamura
        Tuesday, September 22
        11:00am - 11:45am PDT (2:00pm - 2:45pm EDT)

        Join with Google Meet: https://meet.google.com/ytq-ohxv-pnb

        Owen is our Head of Data and will walk through your background and a recent project
        you're proud of. No prep needed beyond that.

        Need to make a change? Reply to this email.

        Cheers,
        The Tidewell Health team

        --
        Sent via Lever
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#111">
        <p>Hi Jasmine,</p>
        <p>You're all set! Here are the details for your upcoming interview with Tidewell Health.</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:12px 16px">
        <div style="font-weight:600">Video Interview with Owen Nakamura</div>
        <div>Tuesday, September 22</div>
        <div>11:00am &ndash; 11:45am PDT (2:00pm &ndash; 2:45pm EDT)</div>
        <div><a href="https://meet.google.com/ytq-ohxv-pnb">Join with Google Meet</a></div>
        </div>
        <p>Owen is our Head of Data and will walk through your background and a recent project
        you're proud of. No prep needed beyond that.</p>
        <p>Need to make a change? Reply to this email.</p>
        <p>Cheers,<br>The Tidewell Health team</p>
        <p style="color:#999;font-size:12px">Sent via <a href="https://www.lever.co">Lever</a></p>
        </div>
        """)
    hs = head("Tidewell Health <no-reply@hire.lever.co>", "Your interview with Tidewell Health",
              "2026-09-17 16:40:05", LA, "<20260917234005.1.8F3C2A7E91D04B12@hire.lever.co>",
              "from o1.hire.lever.co (o1.hire.lever.co [167.89.101.14])", "9Rm1cVd8Tq",
              extra=(("Reply-To", addr("Owen Nakamura", "owen@tidewellhealth.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(4), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-01T20:00:00Z", end="2026-10-01T21:00:00Z", local="Thu 2026-10-01 16:00",
      local_end="2026-10-01 17:00", zone=NY, contact="priya.raman@quillcare.com", company="Quillcare",
      note="Ashby confirmation shown in the candidate's zone, 4:00-5:00 PM EDT Thu 1 Oct (UTC-4); ICS in "
           "UTC (Z) agrees; no Reply-To, contact = ICS ORGANIZER")
def m04() -> bytes:
    body = t("""
        Hi Jasmine,

        Your interview with Quillcare has been scheduled. We're excited to chat!

        Thursday, October 1, 2026
        4:00 PM - 5:00 PM EDT (America/New_York)
        Video call: https://us02web.zoom.us/j/81907734412

        Schedule
          4:00 PM  Case study walkthrough - Priya Raman, Analytics Lead
          4:30 PM  Claims data deep dive - Tomas Ferreira, Staff Data Engineer

        Please have the case study deck you submitted handy.

        Quillcare Recruiting
        Powered by Ashby
        """)
    ics = vevent_ics(
        prodid="-//Ashby//Ashby Scheduling//EN", method="REQUEST",
        uid="6f1e0d52-8a3b-4c55-9c1e-2b7f0aa4d931", dtstamp="20260925T171904Z",
        start="20261001T200000Z", end="20261001T210000Z", tzid=None,
        summary="Quillcare - Senior Analyst, Claims Insights - Onsite (virtual)",
        organizer="CN=Priya Raman:mailto:priya.raman@quillcare.com",
        location="https://us02web.zoom.us/j/81907734412")
    hs = head("Quillcare <no-reply@ashbyhq.com>", "Interview scheduled: Senior Analyst, Claims Insights at Quillcare",
              "2026-09-25 13:19:04", NY, "<0100019281aa77d0-3e0d9b8c-quillcare-000000@email.amazonses.com>",
              "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])", "2Hh7nCw4Lp")
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(5), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-09T17:30:00Z", end="2026-10-09T18:30:00Z", local="Fri 2026-10-09 13:30",
      local_end="2026-10-09 14:30", zone=NY, contact="kendra.wallace@mercyridge.org",
      company="Mercy Ridge Health System",
      note="SmartRecruiters, windows-1252 quoted-printable; 1:30 PM ET Fri 9 Oct (EDT, UTC-4) with "
           "'Duration: 60 minutes' so end 14:30; contact = Reply-To recruiter")
def m05() -> bytes:
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Hello Jasmine,</p>
        <p>Thank you for your interest in Mercy Ridge Health System. We\u2019re pleased to confirm your
        interview for <strong>Clinical Data Analyst \u2013 Quality &amp; Outcomes</strong> (Charlotte, NC / hybrid).</p>
        <p><strong>Date:</strong> Friday, October 9, 2026<br>
        <strong>Time:</strong> 1:30 PM (ET)<br>
        <strong>Duration:</strong> 60 minutes<br>
        <strong>Format:</strong> Microsoft Teams video \u2013 the link will arrive in a separate calendar invitation<br>
        <strong>Panel:</strong> Kendra Wallace (Talent Advisor), Luis Ortega (Manager, Quality Analytics)</p>
        <p>If anything changes on your end, simply reply to this message.</p>
        <p>Warm regards,<br>Kendra Wallace<br>Talent Advisor | Mercy Ridge Health System</p>
        <hr><p style="font-size:11px;color:#777">Powered by SmartRecruiters \u2013 Hiring Success.
        <a href="https://jobs.smartrecruiters.com/MercyRidgeHealth">My applications</a></p>
        </body></html>
        """)
    body = t("""
        Hello Jasmine,

        Thank you for your interest in Mercy Ridge Health System. We\u2019re pleased to confirm your
        interview for Clinical Data Analyst \u2013 Quality & Outcomes (Charlotte, NC / hybrid).

        Date: Friday, October 9, 2026
        Time: 1:30 PM (ET)
        Duration: 60 minutes
        Format: Microsoft Teams video \u2013 the link will arrive in a separate calendar invitation
        Panel: Kendra Wallace (Talent Advisor), Luis Ortega (Manager, Quality Analytics)

        If anything changes on your end, simply reply to this message.

        Warm regards,
        Kendra Wallace
        Talent Advisor | Mercy Ridge Health System
        """)
    hs = head("Mercy Ridge Health System <noreply@smartrecruiters.com>",
              "Interview confirmed \u2013 Clinical Data Analyst \u2013 Quality & Outcomes",
              "2026-10-05 10:22:48", NY, "<6d2f0b1e.SR.4412093.mercyridge@smartrecruiters.com>",
              "from mail-out7.smartrecruiters.com (mail-out7.smartrecruiters.com [185.49.12.77])", "5Tz9Kk1wQe",
              extra=(("Reply-To", addr("Kendra Wallace", "kendra.wallace@mercyridge.org")),), charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(6), family="icims", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-13T18:00:00Z", end="2026-10-13T19:30:00Z", local="Tue 2026-10-13 14:00",
      local_end="2026-10-13 15:30", zone=NY, contact="latoya.bennett@skyharborair.com",
      company="Skyharbor Airways",
      note="iCIMS text-only iso-8859-1 8bit; 10/13/2026 2:00 PM EDT (UTC-4), 'Duration: 90 minutes' -> end "
           "15:30; from-address is the iCIMS notification mailbox, contact = recruiter in the body")
def m06() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for your continued interest in Skyharbor Airways. This message confirms your
        interview for the position below.

        Position: Data Analyst - IT Operations Analytics (Req #2026-11873)
        Interview Type: Virtual Panel (Microsoft Teams)
        Date: 10/13/2026
        Start Time: 2:00 PM EDT
        Duration: 90 minutes

        Panel:
          Gregory Ames - Manager, IT Operations Analytics
          Felicia Tran - Senior Data Engineer
          Latoya Bennett - Talent Acquisition Partner

        A Teams link will be sent by the hiring manager. If you require an accommodation or need to
        reschedule, contact Latoya Bennett at latoya.bennett@skyharborair.com.

        We look forward to speaking with you.

        Skyharbor Airways Talent Acquisition

        ------------------------------------------------------------
        Please do not reply to this message. This mailbox is not monitored.
        © 2026 Skyharbor Airways, Inc. · Atlanta, GA
        """)
    hs = head("Skyharbor Airways <skyharborairways@talent.icims.com>",
              "Interview Confirmation: Data Analyst - IT Operations Analytics",
              "2026-10-07 15:40:22", NY, "<1302761893.4417.1791402022881.JavaMail.icims@talent.icims.com>",
              "from mta-out14.icims.com (mta-out14.icims.com [204.8.150.14])", "6Xv3Gh8sPd")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(7), family="taleo", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-19T13:00:00Z", end=None, local="Mon 2026-10-19 09:00", zone=NY,
      contact="renee.whitfield@cdhstats.org", company="Carolina Department of Health Statistics",
      note="Taleo mail from a state health department: phone screen Monday, October 19, 2026 at 9:00 a.m. "
           "Eastern (EDT, UTC-4); 'approximately 30 minutes' so end null; contact = HR analyst named in body")
def m07() -> bytes:
    body = t("""
        Dear Jasmine Carter,

        Thank you for applying for Position Number 60071234, Public Health Data Analyst II
        (Charlotte Regional Office), with the Carolina Department of Health Statistics.

        You have been selected for a telephone screening interview:

            Monday, October 19, 2026 at 9:00 a.m. Eastern
            The panel will call you at the number on your application (404-555-0143).

        The screening will last approximately 30 minutes. Veterans' preference and ADA accommodation
        requests should be directed to Ms. Renee Whitfield, Human Resources Analyst, at
        renee.whitfield@cdhstats.org or 704-555-0188 no later than two business days before
        the interview.

        Sincerely,

        Office of Human Resources
        Carolina Department of Health Statistics

        This is an automated message from Taleo. Please do not reply.
        """)
    page = "<html><body><pre style=\"font-family:Tahoma,Arial,sans-serif;font-size:13px\">" + body.replace(
        "&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n"
    hs = head("Carolina Department of Health Statistics <no-reply@taleo.net>",
              "Interview Notification - Public Health Data Analyst II",
              "2026-10-13 11:05:37", NY, "<2099381774.1187.1791910337412.JavaMail.taleo@tbe-prod-mail03>",
              "from smtp3.taleo.net (smtp3.taleo.net [160.34.12.3])", "3Ls7Df2kVn")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(8), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-22T19:00:00Z", end="2026-10-22T19:45:00Z", local="Thu 2026-10-22 14:00",
      local_end="2026-10-22 14:45", zone=CHI, contact="bwhitaker@cumberlandrev.com",
      company="Cumberland Revenue Analytics",
      note="Nashville hiring manager writing in Central time: 'Thursday at 2 pm Central' resolved against "
           "Date Mon 19 Oct (CDT) -> Thu 22 Oct 14:00 CDT = 19:00Z; 'We'll keep it to 45 minutes' exact -> end")
def m08() -> bytes:
    body = t("""
        Jasmine,

        Great, let's do Thursday at 2 pm Central (3 your time). I'll send a Teams link from my
        calendar this evening. It'll be me and Carla from our RCM team. We'll keep it to 45 minutes,
        mostly talking through denial-rate work and how you'd approach our payer mix dashboards.

        Looking forward to it.

        Beau Whitaker
        VP, Analytics | Cumberland Revenue Analytics
        2100 West End Ave, Ste 600, Nashville, TN 37203
        615-555-0177

        -----Original Message-----
        From: Jasmine Carter <jasmine.carter@example.org>
        Sent: Monday, October 19, 2026 3:02 PM
        To: Beau Whitaker <bwhitaker@cumberlandrev.com>
        Subject: RE: Senior Analyst, Revenue Integrity - next conversation

        Hi Beau,

        Thank you for the quick turnaround. Thursday afternoon or Friday morning both work well for me.

        Best,
        Jasmine
        """)
    hs = head(addr("Beau Whitaker", "bwhitaker@cumberlandrev.com"),
              "RE: Senior Analyst, Revenue Integrity - next conversation",
              "2026-10-19 16:48:10", CHI, "<SA1PR14MB73320F5E2A8C1D4B9E7A66C3B2A40@SA1PR14MB7332.namprd14.prod.outlook.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2107.outbound.protection.outlook.com [40.107.237.107])",
              "8Pq2Zs6yUr",
              extra=(("In-Reply-To", "<CAJc7vQ9x1hR4ePz0m2LkT@mail.example.org>"),
                     ("References", "<CAJc7vQ9x1hR4ePz0m2LkT@mail.example.org>"),
                     ("Thread-Topic", "Senior Analyst, Revenue Integrity - next conversation"),
                     ("Content-Language", "en-US")))
    return message(hs, text(body, cte="8bit"))


@mail(n(9), family="exchange", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T17:00:00Z", local="Mon 2026-11-02 10:00",
      local_end="2026-11-02 11:00", zone=CHI, contact="apruitt@vulcanmutual.com", company="Vulcan Mutual Health",
      note="Exchange meeting request from Birmingham, TZID 'Central Standard Time'; sent Wed 28 Oct in CDT, "
           "interview Mon 2 Nov 10-11 AM after US DST ended on 1 Nov -> CST UTC-6 = 16:00Z; contact = organizer")
def m09() -> bytes:
    body = t("""
        When: Monday, November 2, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Jasmine - sending the invite for your interview with our Member Analytics team as discussed.
        You'll meet with me and with Dwayne Collins (Director, Actuarial & Member Analytics).

        Angela Pruitt | Senior Recruiter | Vulcan Mutual Health | Birmingham, AL

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmMh2026110210>
        Meeting ID: 281 446 903 517
        Passcode: qR7vTz
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Jasmine - sending the invite for your interview with our Member Analytics team as discussed.
        You'll meet with me and with Dwayne Collins (Director, Actuarial &amp; Member Analytics).</p>
        <p>Angela Pruitt | Senior Recruiter | Vulcan Mutual Health | Birmingham, AL</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmMh2026110210">Click here to join the meeting</a></div>
        <div>Meeting ID: 281 446 903 517<br>Passcode: qR7vTz</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Angela Pruitt:mailto:apruitt@vulcanmutual.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:jasmine.carter@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dwayne Collins:mailto:dcollins@vulcanmutual.com
        DESCRIPTION;LANGUAGE=en-US:Hi Jasmine - sending the invite for your interview with our Member Analytics team as discussed.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0E1C2D9A266DD01000000000000000010000000F3A7C61E0B8D2A4C9E51A0C3
        SUMMARY;LANGUAGE=en-US:Interview - Jasmine Carter - Senior Analyst, Member Analytics
        DTSTART;TZID=Central Standard Time:20261102T100000
        DTEND;TZID=Central Standard Time:20261102T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T162000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121604471
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
        """)
    hs = head(addr("Angela Pruitt", "apruitt@vulcanmutual.com"),
              "Interview - Jasmine Carter - Senior Analyst, Member Analytics",
              "2026-10-28 11:20:44", CHI, "<BY5PR19MB4481C9A0E7F2D1B6A3C58E2F9D12@BY5PR19MB4481.namprd19.prod.outlook.com>",
              "from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2119.outbound.protection.outlook.com [40.107.100.119])",
              "1Cx5Wn7tHj",
              extra=(("Thread-Topic", "Interview - Jasmine Carter - Senior Analyst, Member Analytics"),
                     ("Thread-Index", "AdtJ0Z3mQk1v2X8aTXe0r5Lw9bC4yA=="),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(10), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-04T18:00:00Z", end="2026-11-04T20:30:00Z", local="Wed 2026-11-04 13:00",
      local_end="2026-11-04 15:30", zone=NY, contact="marisol.vega@altamiralabs.com", company="Altamira Labs",
      note="GoodTime itinerary of three sessions 1:00-3:30 PM EST Wed 4 Nov; mail sent Thu 29 Oct in EDT, "
           "interview after DST ended -> UTC-5; first start to last end; contact = Reply-To coordinator")
def m10() -> bytes:
    body = t("""
        Hi Jasmine,

        Your virtual onsite with Altamira Labs is confirmed. Here is your itinerary
        (all times Eastern Standard Time):

        Wednesday, November 4, 2026

          1:00 PM - 1:45 PM EST   SQL & data modeling     Hannah Osei, Senior Analytics Engineer
          2:00 PM - 2:45 PM EST   Product sense           Kwame Asante, Group PM, Care Navigation
          3:00 PM - 3:30 PM EST   Values conversation     Lauren Pike, VP Data

        Each session has its own Zoom link in the calendar invitations you'll receive shortly.
        Questions or conflicts? Reply here and Marisol will help.

        Altamira Labs Recruiting Coordination
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Jasmine,</p>
        <p>Your virtual onsite with <b>Altamira Labs</b> is confirmed. Here is your itinerary
        (all times Eastern Standard Time):</p>
        <h3 style="margin-bottom:4px">Wednesday, November 4, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr style="background:#f5f5f7"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>1:00 PM - 1:45 PM EST</td><td>SQL &amp; data modeling</td><td>Hannah Osei, Senior Analytics Engineer</td></tr>
        <tr><td>2:00 PM - 2:45 PM EST</td><td>Product sense</td><td>Kwame Asante, Group PM, Care Navigation</td></tr>
        <tr><td>3:00 PM - 3:30 PM EST</td><td>Values conversation</td><td>Lauren Pike, VP Data</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you'll receive shortly.
        Questions or conflicts? Reply here and Marisol will help.</p>
        <p>Altamira Labs Recruiting Coordination<br><span style="color:#888;font-size:12px">Scheduled with GoodTime</span></p>
        </body></html>
        """)
    hs = head("Altamira Labs <no-reply@goodtime.io>", "Your interview itinerary with Altamira Labs",
              "2026-10-29 14:02:51", NY, "<20261029180251.77a1c3e9f0d2@mail.goodtime.io>",
              "from o22.mail.goodtime.io (o22.mail.goodtime.io [149.72.140.22])", "4Gb8Nn3xRa",
              extra=(("Reply-To", addr("Marisol Vega", "marisol.vega@altamiralabs.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(11), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-10T16:30:00Z", end="2026-11-10T17:15:00Z", local="Tue 2026-11-10 11:30",
      local_end="2026-11-10 12:15", zone=NY, contact="nora.lindqvist@driftwoodbio.com", company="Driftwood Bio",
      note="Calendly invitee confirmation of a booked '45 Minute Hiring Manager Interview' with a Seattle "
           "manager, shown 11:30am Tue 10 Nov Eastern (EST, UTC-5); ICS in UTC agrees; contact = Reply-To host")
def m11() -> bytes:
    body = t("""
        Hi Jasmine Carter,

        Your event has been scheduled.

        Event Type:
        45 Minute Hiring Manager Interview (Data Analyst, Clinical Ops)

        Invitee:
        Jasmine Carter
        jasmine.carter@example.org

        Event Date/Time:
        11:30am - Tuesday, November 10, 2026 (Eastern Time - US & Canada)

        Location:
        This is a Google Meet web conference. https://meet.google.com/dwb-rkqa-zfm

        Host:
        Nora Lindqvist, Driftwood Bio

        Cancel: https://calendly.com/cancellations/7c2e9a11-0f4d-4a9b-b6f3-61d2c7e81a05
        Reschedule: https://calendly.com/reschedulings/7c2e9a11-0f4d-4a9b-b6f3-61d2c7e81a05

        Powered by Calendly.com
        """)
    ics = vevent_ics(
        prodid="-//Calendly//Calendly//EN", method="REQUEST", uid="7c2e9a11-0f4d-4a9b-b6f3-61d2c7e81a05@calendly.com",
        dtstamp="20261105173112Z", start="20261110T163000Z", end="20261110T171500Z", tzid=None,
        summary="Jasmine Carter and Nora Lindqvist", organizer="CN=Nora Lindqvist:mailto:nora.lindqvist@driftwoodbio.com",
        location="https://meet.google.com/dwb-rkqa-zfm")
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: 45 Minute Hiring Manager Interview with Nora Lindqvist on Tuesday, November 10, 2026",
              "2026-11-05 12:31:12", NY, "<calendly.7c2e9a110f4d.invitee_confirmation@calendly.com>",
              "from o1.email.calendly.com (o1.email.calendly.com [167.89.115.91])", "0Kd4Vp9cMs",
              extra=(("Reply-To", addr("Nora Lindqvist", "nora.lindqvist@driftwoodbio.com")),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                                  ctype="application/ics", method=None)))


@mail(n(12), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-08T14:00:00Z", end="2026-10-08T14:30:00Z", local="Thu 2026-10-08 09:00",
      local_end="2026-10-08 09:30", zone=CHI, contact=None, company="Magnolia Health Partners",
      note="Microsoft Bookings, HTML only; body shows '(UTC-06:00) Central Time' although 8 Oct is CDT "
           "(UTC-5), ICS TZID Central Standard Time gives 14:00Z; 30-minute service -> end; only a Bookings "
           "mailbox and a staff name, no personal address -> contact null")
def m12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hello Jasmine Carter,</p>
        <p>Thank you for booking with Magnolia Health Partners Careers.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Service</td><td>Recruiter phone screen (30 minutes)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, October 8, 2026 9:00 AM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Darnell Hughes</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Phone call - we will call 404-555-0143</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/MagnoliaHealthPartnersCareers@magnoliahp.com/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Magnolia Health Partners &middot; 1900 Richard Arrington Jr Blvd, Birmingham, AL 35209</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Magnolia Health Partners Careers:mailto:MagnoliaHealthPartnersCareers@magnoliahp.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:jasmine.carter@example.org
        UID:040000008200E00074C5B7101A82E00800000000D4C3A1F7C452DD010000000000000000100000009B2E0F
        SUMMARY;LANGUAGE=en-US:Recruiter phone screen with Darnell Hughes
        DTSTART;TZID=Central Standard Time:20261008T090000
        DTEND;TZID=Central Standard Time:20261008T093000
        DTSTAMP:20261002T141400Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Phone call
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Magnolia Health Partners Careers <MagnoliaHealthPartnersCareers@magnoliahp.com>",
              "Booking confirmed: Recruiter phone screen with Magnolia Health Partners Careers",
              "2026-10-02 09:14:29", CHI, "<SN6PR17MB2210A7C6D1E94F0B8C2E13A5F77@SN6PR17MB2210.namprd17.prod.outlook.com>",
              "from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2093.outbound.protection.outlook.com [40.107.220.93])",
              "2Yw6Bm5jLf")
    return message(hs, mixed(html(page), calendar(ics, filename="invite.ics", disposition="attachment")))


def google_text(title: str, when: str, zone_line: str, organizer: str, org_mail: str, extra: str = "",
                head_line: str = "You have been invited to the following event.") -> str:
    return t(f"""
        {head_line}

        {title}
        {when}
        {zone_line}
        """) + extra + t(f"""

        Organizer
        {organizer}
        {org_mail}

        Guests
        {organizer} - organizer
        jasmine.carter@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWZ

        Reply for jasmine.carter@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)


def google_html(plain: str) -> str:
    import html as _h

    rows = "".join(f"<div>{_h.escape(x)}</div>\n" if x else "<br>\n" for x in plain.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;'
            'color:#3c4043;font-size:14px">\n' + rows + "</div></body></html>\n")


@mail(n(13), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-17T15:00:00Z", end="2026-11-17T16:00:00Z", local="Tue 2026-11-17 10:00",
      local_end="2026-11-17 11:00", zone=NY, contact="ravi.menon@harborpine.com",
      company="Harbor & Pine Analytics",
      note="Google Calendar invitation from a Charlotte hiring manager, Tue Nov 17 10am-11am Eastern "
           "(EST, UTC-5); ICS DTSTART in UTC agrees; contact = Reply-To / ORGANIZER")
def m13() -> bytes:
    title = "Jasmine Carter <> Harbor & Pine - Technical interview"
    plain = google_text(title, "Tuesday Nov 17, 2026 \u22c5 10am \u2013 11am", "Eastern Time - New York",
                        "Ravi Menon", "ravi.menon@harborpine.com", extra=t("""

        Hi Jasmine, this is the technical round we talked about: 30 min SQL exercise (shared screen,
        Postgres) and 30 min on the readmissions model from your portfolio. - Ravi

        Join with Google Meet
        https://meet.google.com/hpa-xnvd-kro
        """))
    ics = vevent_ics(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
        uid="5fq2k0d8j1v0n7c3l9r4m6s2ab@google.com", dtstamp="20261112144115Z",
        start="20261117T150000Z", end="20261117T160000Z", tzid=None, summary=title,
        organizer="CN=Ravi Menon:mailto:ravi.menon@harborpine.com",
        location="", description="Hi Jasmine\\, this is the technical round we talked about. - Ravi",
        extra="X-GOOGLE-CONFERENCE:https://meet.google.com/hpa-xnvd-kro")
    hs = head(addr("Ravi Menon", "ravi.menon@harborpine.com"),
              f"Invitation: {title} @ Tue Nov 17, 2026 10am - 11am (EST) (jasmine.carter@example.org)",
              "2026-11-12 09:41:15", NY, "<calendar-7d0b5e2a-3f61-4c8e-9a02-b1c4e5f6a7d8@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "7Jn2Qc8vFe",
              extra=(("Reply-To", addr("Ravi Menon", "ravi.menon@harborpine.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(plain), html(google_html(plain)), calendar(ics)),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(14), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-20T00:30:00Z", end="2026-11-20T01:00:00Z", local="Thu 2026-11-19 16:30",
      local_end="2026-11-19 17:00", zone=LA, contact="tessa@lumenclaims.io", company="Lumen Claims",
      note="Los Angeles founder, Date in PST: 'Thursday 4:30pm PT' = Thu 19 Nov 16:30 PST (UTC-8) = "
           "00:30Z on Fri 20 Nov (7:30 PM EST for the candidate); 'Let's do 30 minutes' exact -> end")
def m14() -> bytes:
    body = t("""
        Hey Jasmine!

        Thursday 4:30pm PT works great, that's 7:30 your time, I know it's late on the east coast so
        thank you. Let's do 30 minutes, I want to hear how you'd think about our prior-auth funnel data.
        Zoom below.

        Tessa

        --
        Tessa Alvarez
        Co-founder & CEO, Lumen Claims
        Los Angeles, CA

        Tessa Alvarez is inviting you to a scheduled Zoom meeting.

        Topic: Lumen Claims x Jasmine Carter
        Time: Nov 19, 2026 04:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/89314470261?pwd=bHVtZW5jbGFpbXM

        Meeting ID: 893 1447 0261
        Passcode: 604818

        On Sun, Nov 15, 2026 at 8:12 PM Jasmine Carter <jasmine.carter@example.org> wrote:
        > Hi Tessa, thanks for reaching out! I'm free Thursday afternoon or evening Pacific,
        > whatever is easiest for you.
        >
        > Jasmine
        """)
    hs = head(addr("Tessa Alvarez", "tessa@lumenclaims.io"), "Re: Data analyst role at Lumen Claims",
              "2026-11-16 10:05:33", LA, "<CAH7zXp+0qfN3dLk9YrT2sVw@mail.gmail.com>",
              "from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])", "3Sd9Hk4bWq",
              extra=(("In-Reply-To", "<CAJc7vQ2hM9xPz@mail.example.org>"),
                     ("References", "<CAJc7vQ2hM9xPz@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(15), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-24T14:30:00Z", end=None, local="Tue 2026-11-24 09:30", zone=NY,
      contact="mdawson@keystonestaffing.com", company="Brookhaven Clinical Partners",
      note="Agency recruiter replying from her phone, Date Mon 23 Nov 08:05 EST: 'tomorrow at 9:30' = "
           "Tue 24 Nov 09:30 EST (UTC-5); no length; contact = sender; company = the client that interviews")
def m15() -> bytes:
    body = t("""
        Perfect!! You're confirmed for tomorrow at 9:30 with Dr. Patel and their ops director at the Brookhaven
        Clinical Partners office (3400 Peachtree Rd, suite 1100, check in at front desk). Bring a couple copies
        of your resume, they're old school lol. Call me after?

        Monique

        Sent from my iPhone

        > On Nov 22, 2026, at 6:41 PM, Jasmine Carter <jasmine.carter@example.org> wrote:
        >
        > Hi Monique, Tuesday morning works for me, anytime before 11.
        > Thanks!
        > Jasmine
        >
        >> On Nov 20, 2026, at 4:15 PM, Monique Dawson <mdawson@keystonestaffing.com> wrote:
        >>
        >> Hey Jasmine, Brookhaven wants to meet you in person next week! What does Mon/Tue look like?
        """)
    hs = head(addr("Monique Dawson", "mdawson@keystonestaffing.com"), "Re: Brookhaven Clinical Partners",
              "2026-11-23 08:05:19", NY, "<6A1F0C2E-9B7D-4E3A-8C5F-2D1B0A9E8F77@keystonestaffing.com>",
              "from mail-pl1-f172.google.com (mail-pl1-f172.google.com [209.85.214.172])", "5Wr1Tj6nKx",
              extra=(("In-Reply-To", "<CAJc7vQ5bN3yR2@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, charset="us-ascii", cte="7bit", params="format=flowed; delsp=yes"))


@mail(n(16), family="teamtailor", lang="en-US", interview=True, kind="scheduled",
      start="2026-12-02T17:00:00Z", end="2026-12-02T17:45:00Z", local="Wed 2026-12-02 11:00",
      local_end="2026-12-02 11:45", zone=CHI, contact="hallie.brooks@southboundbenefits.com",
      company="Southbound Benefits",
      note="Candidate forwards a Teamtailor confirmation from her other address to herself "
           "(message/rfc822); Nashville company, 11:00-11:45 CST Wed 2 Dec (UTC-6) = 17:00Z; contact = "
           "Reply-To recruiter inside the forwarded mail (never the candidate)")
def m16() -> bytes:
    inner_body = t("""
        Hi Jasmine,

        Thanks for booking a time! Here are the details of your interview.

        Job: Benefits Data Analyst
        Date: Wednesday 2 December 2026
        Time: 11:00 - 11:45 (CST)
        Location: Google Meet - https://meet.google.com/sbb-qfxw-tnu
        Interviewers: Hallie Brooks, Theo Grant

        Looking forward to meeting you!

        Hallie Brooks
        Talent Partner, Southbound Benefits

        Sent with Teamtailor
        """)
    inner_hs = [
        ("From", "Hallie Brooks - Southbound Benefits <no-reply@teamtailor-mail.com>"),
        ("Reply-To", addr("Hallie Brooks", "hallie.brooks@southboundbenefits.com")),
        ("To", addr("Jasmine Carter", "jasmine.carter@example.net")),
        ("Subject", "Interview confirmed: Benefits Data Analyst"),
        ("Date", date("2026-11-27 10:02:40", CHI)),
        ("Message-ID", "<6564f2a0b1c3d_1a2b3c4d5e@teamtailor-mail.com>"),
    ]
    inner = message(inner_hs, alt(text(inner_body), html(google_html(inner_body))))
    note = t("""
        fwd to my main inbox so I don't lose it. 11 CST = NOON our time!!
        """)
    hs = head(addr("Jasmine Carter", "jasmine.carter@example.net"), "Fwd: Interview confirmed: Benefits Data Analyst",
              "2026-11-27 21:14:03", NY, "<9f2c1e7a-31b0-4c5d-8e2f-6a7b0c9d1e2f@example.net>",
              "from smtp.example.net (smtp.example.net [192.0.2.25])", "8Ht3Ld0cYs")
    return message(hs, mixed(text(note, cte="7bit", charset="us-ascii"),
                             attached_message(inner, filename="Interview confirmed.eml")))


# --------------------------------------------------------------------------- rescheduled


@mail(n(17), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start="2026-10-01T15:00:00Z", end="2026-10-01T16:00:00Z", local="Thu 2026-10-01 11:00",
      local_end="2026-10-01 12:00", zone=NY, contact="denise.holloway@peachtreehealth.org",
      company="Peachtree Health Network", days=(("Tue", "2026-09-29"),),
      note="Greenhouse reschedule: old slot Tue 29 Sep 1:00 PM, new Thu 1 Oct 11:00 AM-12:00 PM EDT "
           "(UTC-4); labelled with the new time; ICS SEQUENCE 1 agrees; contact = Reply-To")
def m17() -> bytes:
    body = t("""
        Hi Jasmine,

        Your second-round interview for Senior Healthcare Data Analyst has been rescheduled.

        Previously: Tuesday, September 29, 2026, 1:00 PM - 2:00 PM EDT
        New time:   Thursday, October 1, 2026, 11:00 AM - 12:00 PM EDT

        Location: Peachtree Health Network, 1968 Peachtree Rd NW, Tower 2, 5th floor (ask for Clinical Analytics)
        Interviewers: Dr. Marcus Reid, Alicia Moreno, Sam Kettering

        Our apologies for the change - one of the panelists was called into a board meeting.
        Reply to this email if the new time doesn't work.

        Peachtree Health Network Talent Acquisition
        """)
    ics = vevent_ics(
        prodid="-//Greenhouse Software//Interview Scheduler//EN", method="REQUEST",
        uid="gh-interview-5622190-2@greenhouse.io", dtstamp=stamp("2026-09-25 16:30", NY),
        start="20261001T110000", end="20261001T120000", tzid="America/New_York",
        summary="Onsite Interview: Jasmine Carter - Senior Healthcare Data Analyst",
        organizer="CN=Denise Holloway:mailto:denise.holloway@peachtreehealth.org",
        location="Peachtree Health Network\\, 1968 Peachtree Rd NW\\, Tower 2", seq=1)
    hs = head("Peachtree Health Network <no-reply@us.greenhouse-mail.io>",
              "Updated: Interview for Senior Healthcare Data Analyst at Peachtree Health Network",
              "2026-09-25 16:30:09", NY, "<01000192813bd2a4-0c11ee5a-peachtree-000000@email.amazonses.com>",
              "from a48-117.smtp-out.amazonses.com (a48-117.smtp-out.amazonses.com [54.240.48.117])", "1Rp5Xy7zGa",
              extra=(("Reply-To", addr("Denise Holloway", "denise.holloway@peachtreehealth.org")),))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start="2026-10-14T19:30:00Z", end=None, local="Wed 2026-10-14 15:30", zone=NY,
      contact="andre@legacytalentpartners.com", company="Piedmont Lakes Health Plan",
      days=(("Mon", "2026-10-12"),),
      note="HBCU-alumni agency recruiter moves the client interview from Mon 10/12 at 11 to Wed 10/14 at "
           "3:30 PM ET (EDT, UTC-4), US MM/DD dates; labelled with the new time; contact = sender")
def m18() -> bytes:
    body = t("""
        Hey Jasmine,

        Quick change from Piedmont Lakes - their VP got pulled into open enrollment stuff Monday, so they
        moved you from Mon 10/12 at 11am to Wed 10/14 at 3:30 PM ET. Same Teams link, same panel.
        I already confirmed it with them since you said Wednesdays are open, so you're locked in.

        Enjoy homecoming this weekend and go Rams!

        Andre Jefferson
        Principal Recruiter | Legacy Talent Partners
        Connecting HBCU talent with opportunity
        (470) 555-0119

        On Thu, Oct 8, 2026 at 7:02 PM Jasmine Carter <jasmine.carter@example.org> wrote:
        > Monday at 11 is perfect, thank you Andre! And Wednesdays are wide open for me this month
        > if anything moves.
        """)
    hs = head(addr("Andre Jefferson", "andre@legacytalentpartners.com"),
              "Re: Piedmont Lakes Health Plan - interview time change",
              "2026-10-09 17:52:26", NY, "<CAF3nW8+Lt0pQ9xZc2VbR7y@mail.gmail.com>",
              "from mail-qk1-f181.google.com (mail-qk1-f181.google.com [209.85.222.181])", "9Ab2Cd3eFg")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(19), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-03T21:00:00Z", end="2026-11-03T21:45:00Z", local="Tue 2026-11-03 16:00",
      local_end="2026-11-03 16:45", zone=NY, contact="elaine.kwon@brightwaterhealth.com",
      company="Brightwater Health", days=(("Fri", "2026-10-30"),),
      note="Google Calendar 'Updated invitation' sent Wed 28 Oct (EDT): moved from Fri 30 Oct 4pm EDT to "
           "Tue 3 Nov 4pm-4:45pm EST, after DST ended -> UTC-5 = 21:00Z; ICS TZID America/New_York, SEQUENCE 1")
def m19() -> bytes:
    title = "Brightwater Health - Analytics panel (Jasmine Carter)"
    plain = google_text(title, "Tuesday Nov 3, 2026 \u22c5 4pm \u2013 4:45pm", "Eastern Time - New York",
                        "Elaine Kwon", "elaine.kwon@brightwaterhealth.com",
                        head_line="This event has been updated", extra=t("""

        Changed: time
        Previously: Friday Oct 30, 2026 \u22c5 4pm \u2013 4:45pm (Eastern Time - New York)

        Join with Google Meet
        https://meet.google.com/bwh-zpqm-ctd
        """))
    ics = vevent_ics(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
        uid="1k3pj7m2v8q0d6h4c5r9t1w0xy@google.com", dtstamp="20261028161002Z",
        start="20261103T160000", end="20261103T164500", tzid="America/New_York", summary=title,
        organizer="CN=Elaine Kwon:mailto:elaine.kwon@brightwaterhealth.com", seq=1,
        extra="X-GOOGLE-CONFERENCE:https://meet.google.com/bwh-zpqm-ctd")
    hs = head(addr("Elaine Kwon", "elaine.kwon@brightwaterhealth.com"),
              f"Updated invitation: {title} @ Tue Nov 3, 2026 4pm - 4:45pm (EST) (jasmine.carter@example.org)",
              "2026-10-28 12:10:02", NY, "<calendar-2a9e4c10-77b3-4f0e-8d51-c6e2f1a0b3d4@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2Fg4Hj6kLm",
              extra=(("Reply-To", addr("Elaine Kwon", "elaine.kwon@brightwaterhealth.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(plain), html(google_html(plain)), calendar(ics)),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(20), family="exchange", lang="en-US", interview=True, kind="rescheduled",
      start="2026-10-23T19:00:00Z", end="2026-10-23T20:00:00Z", local="Fri 2026-10-23 15:00",
      local_end="2026-10-23 16:00", zone=NY, contact="gregory.ames@skyharborair.com", company="Skyharbor Airways",
      days=(("Wed", "2026-10-21"),),
      note="Exchange meeting update (SEQUENCE 1), TZID 'Eastern Standard Time', body '(UTC-05:00) Eastern "
           "Time' while EDT applies: moved from Wed 21 Oct 10 AM to Fri 23 Oct 3-4 PM EDT = 19:00Z; contact = organizer")
def m20() -> bytes:
    body = t("""
        When: Friday, October 23, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Jasmine - apologies, I have to move our final round from Wednesday morning to Friday afternoon
        because of an ops review. Same panel (Felicia, Raj from Network Planning and me).
        Thanks for being flexible.

        Greg

        Gregory Ames
        Manager, IT Operations Analytics | Skyharbor Airways
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SkyH20261023>
        Meeting ID: 214 990 377 812
        Passcode: 9hT4wK
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gregory Ames:mailto:gregory.ames@skyharborair.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:jasmine.carter@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Felicia Tran:mailto:felicia.tran@skyharborair.com
        UID:040000008200E00074C5B7101A82E00800000000E1A7B3C44A5EDD0100000000000000001000000077AC10F2
        SUMMARY;LANGUAGE=en-US:Final interview - Jasmine Carter / Data Analyst, IT Ops Analytics
        DTSTART;TZID=Eastern Standard Time:20261023T150000
        DTEND;TZID=Eastern Standard Time:20261023T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T121500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Gregory Ames", "gregory.ames@skyharborair.com"),
              "Updated: Final interview - Jasmine Carter / Data Analyst, IT Ops Analytics",
              "2026-10-19 08:15:37", NY, "<DM6PR08MB5643B1E0A9C27D4F8E3B6A0C5D21@DM6PR08MB5643.namprd08.prod.outlook.com>",
              "from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2128.outbound.protection.outlook.com [40.107.93.128])",
              "6Mn8Pq0rSt",
              extra=(("Thread-Topic", "Final interview - Jasmine Carter / Data Analyst, IT Ops Analytics"),
                     ("Thread-Index", "AdtKq0mZ5vR8d1XkS0a7bWc3eFgHiA=="), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics)))


# --------------------------------------------------------------------------- cancelled


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start="2026-12-07T18:00:00Z", end="2026-12-07T19:00:00Z", local="Mon 2026-12-07 13:00",
      local_end="2026-12-07 14:00", zone=NY, contact="kelsey.odom@pinecrestdh.com",
      company="Pinecrest Digital Health",
      note="Google Calendar 'Canceled event' (METHOD:CANCEL) for Mon 7 Dec 1pm-2pm EST (UTC-5) = 18:00Z; "
           "organizer's note says the req is paused, no new time; contact = organizer")
def m21() -> bytes:
    title = "Pinecrest Digital Health | Panel interview - Jasmine Carter"
    plain = google_text(title, "Monday Dec 7, 2026 \u22c5 1pm \u2013 2pm", "Eastern Time - New York",
                        "Kelsey Odom", "kelsey.odom@pinecrestdh.com",
                        head_line="This event has been canceled and removed from your calendar.", extra=t("""

        Hi Jasmine - I'm so sorry, we've paused this req until Q1 budgets are final. I'll reach out
        as soon as it reopens. - Kelsey
        """))
    ics = vevent_ics(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="CANCEL",
        uid="0v9c8x7z6b5n4m3l2k1j0h9g8f@google.com", dtstamp="20261202202011Z",
        start="20261207T180000Z", end="20261207T190000Z", tzid=None, summary=title,
        organizer="CN=Kelsey Odom:mailto:kelsey.odom@pinecrestdh.com", seq=2, status="CANCELLED")
    hs = head(addr("Kelsey Odom", "kelsey.odom@pinecrestdh.com"),
              f"Canceled event: {title} @ Mon Dec 7, 2026 1pm - 2pm (EST) (jasmine.carter@example.org)",
              "2026-12-02 15:20:11", NY, "<calendar-9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d@google.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", "4Qw5Er6tYu",
              extra=(("Reply-To", addr("Kelsey Odom", "kelsey.odom@pinecrestdh.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(plain), html(google_html(plain)), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start="2026-11-13T19:00:00Z", end=None, local="Fri 2026-11-13 13:00", zone=CHI,
      contact="bwhitaker@cumberlandrev.com", company="Cumberland Revenue Analytics",
      note="Nashville hiring manager cancels 'Friday's 1pm Central' (Date Mon 9 Nov, CST): Fri 13 Nov "
           "13:00 CST (UTC-6) = 19:00Z; role on hold, no new time; contact = sender")
def m22() -> bytes:
    body = t("""
        Hi Jasmine,

        I hate sending this one. We have to cancel Friday's 1pm Central with Dana (our CFO) - ownership
        froze all new headcount through year end late last week, and the Revenue Integrity role is on hold
        until at least February.

        This is 100% a budget thing and not about you. You were our top candidate and I'd like to
        reach back out the moment the req reopens, if you're still looking.

        Sorry again,
        Beau

        Beau Whitaker
        VP, Analytics | Cumberland Revenue Analytics
        615-555-0177
        """)
    hs = head(addr("Beau Whitaker", "bwhitaker@cumberlandrev.com"), "Friday's interview",
              "2026-11-09 10:30:55", CHI, "<SA1PR14MB7332A1B2C3D4E5F60718293A4B5C@SA1PR14MB7332.namprd14.prod.outlook.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2102.outbound.protection.outlook.com [40.107.237.102])",
              "7Ui8Op9aSd", extra=(("Content-Language", "en-US"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(23), family="workable", lang="en-US", interview=True, kind="cancelled",
      start="2026-12-10T15:00:00Z", end=None, local="Thu 2026-12-10 10:00", zone=NY,
      contact="simone.grant@harlowanalytics.com", company="Harlow Analytics",
      note="Workable cancellation of Thu 10 Dec 10:00 AM EST (UTC-5) = 15:00Z; offers a link to pick a new "
           "slot, nothing fixed; Reply-To is a Workable relay, contact = recruiter address in the body")
def m23() -> bytes:
    body = t("""
        Hi Jasmine,

        Unfortunately we need to cancel your interview for Healthcare Data Analyst scheduled for
        Thursday, December 10, 2026 at 10:00 AM EST. Our hiring manager has a family emergency and
        will be out next week.

        We'd still love to speak with you. When you're ready, please choose a new slot here:
        https://apply.workable.com/harlow-analytics/j/4C1E7B2A90/schedule/

        If none of the times work, feel free to email me directly at simone.grant@harlowanalytics.com.

        Apologies for the inconvenience,
        Simone Grant
        People Operations, Harlow Analytics
        """)
    page = google_html(body)
    hs = head("Simone Grant - Harlow Analytics <noreply@candidates.workablemail.com>",
              "Your interview with Harlow Analytics has been cancelled",
              "2026-12-04 11:00:41", NY, "<20261204160041.7f3e2d1c0b9a@workablemail.com>",
              "from mail-147.workablemail.com (mail-147.workablemail.com [159.112.241.147])", "3Zx4Cv5bNm",
              extra=(("Reply-To", "harlow-analytics+c7f2a913d0@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


# =========================================================================== negatives


@mail(n(24), family="personio", lang="en-US", interview=False, company="Kestrel Care",
      days=(("Wed", "2026-09-30"),),
      note="Personio rejection after a past interview (Wednesday, September 30); no upcoming time")
def m24() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for interviewing with us on Wednesday, September 30 for the Care Quality Data Analyst
        (Remote, US) position, and for the time you invested in our process.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision; the team
        enjoyed speaking with you.

        We will keep your profile in our talent pool and may reach out about future openings.

        Kind regards,
        The Kestrel Care Talent Team
        """)
    hs = head("Kestrel Care <noreply@personio.de>", "Your application at Kestrel Care",
              "2026-10-06 09:47:12", NY, "<a3f90c1e7d2b4e58.kestrelcare@mail.personio.de>",
              "from mail.personio.de (mail.personio.de [52.57.140.18])", "8Kj2Lm3nPq")
    return message(hs, alt(text(body), html(google_html(body))))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Consolidated Parcel Lines",
      days=(("Mon", "2026-11-02"), ("Fri", "2026-10-09")),
      note="Workday offer notification: start date Monday, November 2 with 8:00 AM orientation and a reply "
           "deadline; a fixed time, but an offer, not an interview")
def m25() -> bytes:
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Jasmine Carter,</p>
        <p>Congratulations! We are delighted to extend an offer for the position of
        <b>Analyst II, Network Health &amp; Safety Data</b> with Consolidated Parcel Lines.</p>
        <p>Your offer letter is ready to review in your candidate home. Highlights:</p>
        <ul>
        <li>Proposed start date: Monday, November 2, 2026</li>
        <li>New hire orientation: 8:00 AM - 4:30 PM, CPL Global Headquarters, Building A, Training Room 3</li>
        <li>Please accept or decline by Friday, October 9, 2026</li>
        </ul>
        <p><a href="https://cpl.wd5.myworkdayjobs.com/en-US/CPL_Careers/userHome">Review your offer</a></p>
        <p>Questions about compensation or benefits? Your recruiter, Trevor Mayfield, is happy to help.</p>
        <p>Welcome aboard (we hope)!<br>CPL Talent Acquisition</p>
        </body></html>
        """)
    hs = head("CPL Careers <cpl@myworkday.com>", "Action Required: Your Offer from Consolidated Parcel Lines",
              "2026-10-05 16:20:03", NY, "<1920448812.60112.1791231603771@wd5-prod-notify.myworkday.com>",
              "from wd5-smtp-out1.myworkday.com (wd5-smtp-out1.myworkday.com [198.51.100.41])", "0Qa1Ws2EdR")
    return message(hs, html(page, cte="base64"))


@mail(n(26), family="recruitee", lang="en-US", interview=False, company="Solace Home Health",
      note="Recruitee application receipt; mentions interviews only as a possible next step")
def m26() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for applying for the Population Health Analyst position at Solace Home Health!

        We've received your application and our team will review it within the next two weeks. If your
        experience matches what we're looking for, we'll reach out to schedule a first interview with our
        Director of Population Health.

        In the meantime, you can check the status of your application at any time here:
        https://solacehomehealth.recruitee.com/o/population-health-analyst/c/status

        Best,
        Solace Home Health Careers
        """)
    hs = head("Solace Home Health <solacehomehealth@mail.recruitee.com>",
              "We received your application - Population Health Analyst",
              "2026-09-05 11:38:50", NY, "<recruitee.candidate.88213477.ack@mail.recruitee.com>",
              "from mail.recruitee.com (mail.recruitee.com [159.135.224.61])", "4Rf5Tg6YhU")
    return message(hs, alt(text(body), html(google_html(body))))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board alert; 'interview this week' and 'same-day interviews' are ad copy, no appointment")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#0b5fff">12 new jobs for "healthcare data analyst" near Atlanta, GA</h2>
        <div style="border-bottom:1px solid #eee;padding:8px 0">
        <b>Healthcare Data Analyst</b> - Eastside Orthopedic Group - Decatur, GA<br>
        $78,000 - $92,000 a year &middot; <span style="color:#0a7d32">Hiring multiple candidates &middot; Interviewing this week</span></div>
        <div style="border-bottom:1px solid #eee;padding:8px 0">
        <b>Clinical Reporting Analyst (Epic Clarity)</b> - Sandy Springs Medical Center - Sandy Springs, GA<br>
        Easily apply &middot; <span style="color:#0a7d32">Same-day interviews available</span></div>
        <div style="border-bottom:1px solid #eee;padding:8px 0">
        <b>Data Analyst, Medicare Advantage</b> - Southern Crescent Health Plan - Remote<br>
        Posted 2 days ago</div>
        <p><a href="https://www.hiretrail.com/jobs?q=healthcare+data+analyst&amp;l=Atlanta">See all 12 jobs</a></p>
        <p style="font-size:11px;color:#777">You are receiving this alert because you subscribed on HireTrail.
        <a href="https://www.hiretrail.com/alerts/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head("HireTrail Job Alerts <alerts@email.hiretrail.com>",
              "12 new healthcare data analyst jobs in Atlanta - interviewing this week",
              "2026-09-21 06:02:11", NY, "<20260921100211.alert.5c7e2a@email.hiretrail.com>",
              "from mta12.email.hiretrail.com (mta12.email.hiretrail.com [198.51.100.212])", "6Yh7Uj8IkO",
              extra=(("List-Unsubscribe", "<https://www.hiretrail.com/alerts/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Career newsletter about interviews with a live Q&A on Thursday, October 15 at 12 PM ET; "
           "not an interview of the reader")
def m28() -> bytes:
    body = t("""
        THE DATA CAREER DIGEST - Issue #87

        This week: "Tell me about a time..." - how to structure a behavioral interview answer when
        your best story is a messy SQL migration.

        1. The 3-part STAR+ answer: situation, the one number that changed, what you'd do differently.
        2. Panel interviews in healthcare: expect a clinician, an analyst and someone from compliance.
        3. Take-home case studies: when to push back on a 10-hour "2-hour" assignment.

        LIVE Q&A: Thursday, October 15 at 12 PM ET - bring your interview questions.
        Register: https://datacareerdigest.com/live

        Reader question: "I have a final-round interview next week, should I send a thank-you note
        to every panelist?" Yes, and keep each one to three sentences.

        You're receiving this because you subscribed at datacareerdigest.com.
        Unsubscribe: https://datacareerdigest.com/unsubscribe
        """)
    hs = head("The Data Career Digest <hello@datacareerdigest.com>",
              "Issue #87: Acing the behavioral interview (+ live Q&A Thursday)",
              "2026-10-13 07:00:00", NY, "<issue87.20261013@datacareerdigest.com>",
              "from mail-out.substackmail.example (mail-out.datacareerdigest.com [198.51.100.77])", "8Ol9Pk0Jmn",
              extra=(("List-Unsubscribe", "<https://datacareerdigest.com/unsubscribe>"),
                     ("List-Id", "The Data Career Digest <datacareerdigest.com>")))
    return message(hs, alt(text(body), html(google_html(body))))


@mail(n(29), family="goodtime", lang="en-US", interview=False, company="Pinecrest Digital Health",
      days=(("Thu", "2026-12-03"), ("Wed", "2026-12-09")),
      note="GoodTime self-scheduling request: pick a slot between Dec 3 and Dec 9, nothing booked yet")
def m29() -> bytes:
    body = t("""
        Hi Jasmine,

        Congratulations on moving forward with Pinecrest Digital Health! The next step is a 60-minute
        panel interview for the Healthcare Data Analyst role.

        Please select the times that work for you between Thursday, December 3 and Wednesday,
        December 9 using the link below. Once you choose, we'll send a calendar invitation.

        Choose your interview time: https://app.goodtime.io/s/pinecrestdh/Ym9va2luZ3M

        Thank you,
        Kelsey Odom
        Recruiting Coordinator, Pinecrest Digital Health
        """)
    hs = head("Pinecrest Digital Health <no-reply@goodtime.io>",
              "Action needed: choose your interview time with Pinecrest Digital Health",
              "2026-11-24 13:45:17", NY, "<20261124184517.3b9f2e1a7c6d@mail.goodtime.io>",
              "from o22.mail.goodtime.io (o22.mail.goodtime.io [149.72.140.22])", "1Mn2Bv3Cxz",
              extra=(("Reply-To", addr("Kelsey Odom", "kelsey.odom@pinecrestdh.com")),))
    return message(hs, alt(text(body), html(google_html(body))))


@mail(n(30), family="proposed_times", lang="en-US", interview=False, company="Riverbend Behavioral Health",
      days=(("Tue", "2026-09-15"), ("Wed", "2026-09-16")),
      note="Agency recruiter proposes 'Would Tuesday at 10 work?' or Wednesday at 2 Central for a Nashville "
           "client; asks for confirmation, nothing fixed yet")
def m30() -> bytes:
    body = t("""
        Hi Jasmine,

        Great talking earlier! I sent your resume over to Riverbend Behavioral Health in Nashville and
        their analytics manager wants to do a quick video call next week.

        Would Tuesday at 10 work? (that's 10 Central, so 11 for you). If not, she also has Wednesday
        at 2 Central. Just let me know which is better and I'll lock it in and send the invite.

        Thanks,
        Brianna Cole
        Senior Recruiter, Meridian Search Group - Healthcare IT
        615-555-0164
        """)
    hs = head(addr("Brianna Cole", "bcole@meridiansearchgroup.com"),
              "Riverbend Behavioral Health - video call next week?",
              "2026-09-09 15:27:44", CHI, "<BN8PR12MB3355E0A1B2C3D4E5F6A7B8C9D0E1@BN8PR12MB3355.namprd12.prod.outlook.com>",
              "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2110.outbound.protection.outlook.com [40.107.243.110])",
              "2Lk3Jh4Gfd", extra=(("Content-Language", "en-US"),))
    return message(hs, text(body))


@mail(n(31), family="recruiter_outreach", lang="en-US", interview=False, company="Ashford Health Solutions",
      note="HBCU alumni recruiter suggests coffee 'sometime in the next few weeks'; no date or time")
def m31() -> bytes:
    body = t("""
        Hi Jasmine!

        Camille Ross here - class of '14, we overlapped in the Statistics Club at Dorsey A&M. Saw your post
        in the alumni group about looking for your next healthcare data role.

        I'm a technical recruiter at Ashford Health Solutions now and we have a couple of analyst openings
        on our payer analytics team that might be a fit. Let's grab coffee sometime in the next few weeks
        (Octane on the Westside is my spot) and I can tell you more. No pressure at all.

        Once a Tiger, always a Tiger \U0001F42F

        Camille Ross
        Technical Recruiter | Ashford Health Solutions
        """)
    hs = head(addr("Camille Ross", "camille.ross@ashfordhealth.com"), "Fellow Tiger + coffee?",
              "2026-09-03 12:14:08", NY, "<CAG9pQ2w+XcR8vNm4sLk1yT@mail.gmail.com>",
              "from mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])", "5Dc6Vf7Bgh")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(32), family="unemployment_office", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="State reemployment office schedules an unemployment-benefits eligibility phone interview "
           "(fixed time, 10:15 AM ET Thu 19 Nov); an 'interview', but not a job interview")
def m32() -> bytes:
    body = t("""
        GEORGIA DIVISION OF REEMPLOYMENT SERVICES
        NOTICE OF SCHEDULED TELEPHONE INTERVIEW

        Claimant: JASMINE CARTER
        Claim ID: UI-2026-0488137
        Issue: Separation - Lack of Work (Fulton Valley Medical Group)

        Your eligibility interview (fact-finding) has been scheduled:

            Date: Thursday, November 19, 2026
            Time: 10:15 AM Eastern Time
            Method: Telephone. A claims examiner will call you at (404) 555-0143.

        If you miss this call, a determination may be made based on available information.
        Continue to request weekly payments while your claim is pending.

        Do not reply to this message. Log in to your claimant portal for documents.
        """)
    hs = head("GA Reemployment Services <noreply@reemploy.ga-dors.example>",
              "Notice: Eligibility Interview Scheduled - Claim UI-2026-0488137",
              "2026-11-10 14:03:29", NY, "<notice.UI-2026-0488137.20261110@ga-dors.example>",
              "from relay2.ga-dors.example (relay2.ga-dors.example [198.51.100.9])", "9Nb0Mv1Cxa")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(33), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Business reporter confirms a phone interview with Jasmine for a story (Tuesday 11:30, EDT); "
           "press interview, not a job interview")
def m33() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks so much for agreeing to talk. Confirming Tuesday at 11:30 by phone - I'll call your cell.
        It should take about 20 minutes. I'm mostly interested in what the layoffs at hospital systems
        this fall look like from the analyst side, and how your job search has been going.

        We can keep your employer's name out of it if you prefer; just tell me on the call.

        Best,
        Keisha Monroe
        Health Care Reporter, Atlanta Business Ledger
        404-555-0102 | @kmonroe_abl
        """)
    hs = head(addr("Keisha Monroe", "kmonroe@atlbizledger.com"), "Re: Interview request - health data layoffs story",
              "2026-10-23 16:55:40", NY, "<CAM2kR9xZ+pQ7wLn3vB5cT@mail.gmail.com>",
              "from mail-io1-f44.google.com (mail-io1-f44.google.com [209.85.166.44])", "3Sa4Df5Ghj")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Evening MBA admission interview confirmed for Saturday 14 Nov 10:00 AM EST; a school admission "
           "interview, not a job interview")
def m34() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Jasmine,</p>
        <p>Thank you for your application to the <b>Ponce Graduate School of Business Evening MBA</b>
        (Fall 2027 entry). We are pleased to confirm your admission interview:</p>
        <p><b>Saturday, November 14, 2026 &middot; 10:00 AM EST</b><br>
        Ponce Hall, Room 214, 1100 Ponce de Leon Ave NE, Atlanta<br>
        Interviewer: a second-year student from the Admissions Fellows program (30 minutes)</p>
        <p>Business casual attire is appropriate. Please do not bring a resume; your interviewer
        has read your file.</p>
        <p>Sincerely,<br>Office of MBA Admissions<br>Ponce Graduate School of Business</p>
        </body></html>
        """)
    hs = head("Ponce GSB MBA Admissions <mbaadmissions@poncegsb.org>",
              "Your Evening MBA admission interview is confirmed",
              "2026-11-09 10:12:00", NY, "<slate.20261109151200.88213@poncegsb.org>",
              "from mail.technolutions.net (mail.technolutions.net [199.58.185.21])", "6Hj7Kl8Zxc")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(35), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Women's rugby club try-out, Saturday 19 Sep 9:00 AM; a sports try-out, not a job interview")
def m35() -> bytes:
    body = t("""
        Hey Jasmine,

        You're registered for Atlanta Peaches RFC fall try-outs!

        When: Saturday, September 19, 9:00 AM sharp (gates 8:30)
        Where: Westside Park, field 3 (the one past the splash pad)
        Bring: boots, mouthguard, water, signed waiver

        No experience needed - coaches just want to see fitness and attitude. Rookie
        orientation is right after.

        See you on the pitch,
        Tasha (membership)
        """)
    hs = head("Atlanta Peaches RFC <membership@atlpeachesrugby.org>", "Try-outs this Saturday - you're in!",
              "2026-09-14 20:31:06", NY, "<mc.8f2e7a1b3c.20260914@atlpeachesrugby.org>",
              "from mail181-7.suw21.mcsv.net (mail181-7.suw21.mcsv.net [198.2.181.7])", "0Pl1Ok2Ijm",
              extra=(("List-Unsubscribe", "<https://atlpeachesrugby.us8.list-manage.com/unsubscribe>"),))
    return message(hs, alt(text(body), html(google_html(body))))


@mail(n(36), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Dealership service appointment confirmed for 09/29 at 7:30 AM; fixed time, not an interview")
def m36() -> bytes:
    body = t("""
        NORTHPOINT HONDA SERVICE - APPOINTMENT CONFIRMATION

        Customer: Jasmine Carter
        Vehicle: 2019 Honda CR-V EX
        Date: Tue 09/29/2026
        Time: 7:30 AM
        Services: Oil & filter change, tire rotation, recall 26V-118 inspection
        Advisor: Jerome

        Shuttle service is available within 10 miles. Reply C to confirm, R to reschedule.

        Northpoint Honda | 10900 Alpharetta Hwy, Roswell GA | 770-555-0150
        """)
    hs = head("Northpoint Honda Service <service@northpointhonda-mail.example>",
              "Appointment Confirmed - Tue 09/29 7:30 AM",
              "2026-09-25 17:05:00", NY, "<appt.77182231@northpointhonda-mail.example>",
              "from smtp.xtime.example (smtp.xtime.example [198.51.100.150])", "4Ed5Rf6Tgb")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(37), family="medical_appointment", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-12-09"),),
      note="Clinical-trial screening visit confirmed (Wednesday 9 Dec 8:00 AM, fasting); includes a "
           "'screening interview' with the coordinator but is not a job interview")
def m37() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for your interest in the RESTFUL-2 sleep study. Your screening visit is confirmed:

        Wednesday, December 9, 2026 at 8:00 AM
        Emberly Clinical Research, 5670 Peachtree Dunwoody Rd, Suite 300, Atlanta, GA 30342

        The visit takes about 2 hours and includes a short screening interview with our study
        coordinator, a blood draw and an ECG. Please fast (water only) after midnight.

        Participants receive $75 for the screening visit.

        Warm regards,
        Gabriela Fuentes, CCRC
        Study Coordinator, Emberly Clinical Research
        """)
    hs = head(addr("Gabriela Fuentes", "gfuentes@emberlyresearch.com"),
              "Screening visit confirmed - RESTFUL-2 study",
              "2026-12-03 09:41:22", NY, "<DM4PR11MB6019A7B8C9D0E1F2A3B4C5D6E7F8@DM4PR11MB6019.namprd11.prod.outlook.com>",
              "from NAM11-DM4-obe.outbound.protection.outlook.com (mail-dm4nam11on2104.outbound.protection.outlook.com [40.107.95.104])",
              "7Yg8Uh9Ijk")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(38), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Career coach confirms a paid mock-interview session (Thu 5 Nov 6:30 PM ET, 60 minutes, Zoom); "
           "practice, not a job interview")
def m38() -> bytes:
    body = t("""
        Hi Jasmine,

        You're booked! Here are the details for your mock interview session:

        Session: Mock Panel Interview - Healthcare Analytics (60 minutes)
        Date: Thursday, November 5, 2026
        Time: 6:30 PM - 7:30 PM ET
        Zoom: https://us02web.zoom.us/j/85511290374

        I'll play the hiring manager and a clinical stakeholder. Have your two strongest project
        stories ready and the job description for the Harbor & Pine role you mentioned. We'll record
        it so you can review your answers afterwards.

        Cheering for you,
        Dr. Renata Hollis
        CareerLift Coaching - interview prep for healthcare & tech professionals
        """)
    hs = head(addr("Renata Hollis", "renata@careerliftcoaching.com"),
              "Confirmed: Mock Panel Interview - Thursday, November 5",
              "2026-10-31 10:18:44", NY, "<01000192e3a1b2c3-careerlift-5d6e7f@email.amazonses.com>",
              "from a9-42.smtp-out.amazonses.com (a9-42.smtp-out.amazonses.com [54.240.9.42])", "2Ws3Ed4Rfv")
    return message(hs, alt(text(body), html(google_html(body))))


@mail(n(39), family="forwarded_other_person", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Spouse forwards HIS OWN interview confirmation (Charlotte bank, Thu 12 Nov 9:00 AM) as FYI; "
           "a confirmed interview, but not the inbox owner's")
def m39() -> bytes:
    inner = t("""
        ---------- Forwarded message ---------
        From: Carolina Trust Bank Talent Acquisition <talent@carolinatrustbank.example>
        Date: Fri, Nov 6, 2026 at 2:14 PM
        Subject: Interview Confirmation - Branch Operations Manager
        To: Marcus Carter <marcus.carter@example.net>

        Dear Marcus,

        This confirms your in-person interview for Branch Operations Manager on Thursday,
        November 12, 2026 at 9:00 AM at our uptown Charlotte office, 301 S Tryon St, 14th floor.
        You will meet with Regina Hale, Regional Director.

        Carolina Trust Bank Talent Acquisition
        """)
    body = t("""
        FYI babe - it's official! I'll need the car Thursday, gonna leave around 4:30am to beat
        traffic on 85. Can you do Maya's drop-off?

        Love you
        M

        """) + inner
    hs = head(addr("Marcus Carter", "marcus.carter@example.net"),
              "Fwd: Interview Confirmation - Branch Operations Manager",
              "2026-11-08 19:22:10", NY, "<CAB4sD8w+Zq1XyT6nM0pLk@mail.example.net>",
              "from smtp.example.net (smtp.example.net [192.0.2.25])", "5Tg6Yh7Ujn")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="interviewer_invite", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Exchange invite at her current employer asking Jasmine to sit on the panel interviewing a "
           "candidate (Wed 23 Sep 2-2:45 PM); she is the interviewer, not the interviewee")
def m40() -> bytes:
    body = t("""
        When: Wednesday, September 23, 2026 2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Conf Rm 4B / Microsoft Teams Meeting

        Hi Jasmine,

        You've been added as an interviewer for the Data Analyst I (Population Health) opening.
        Candidate: Kevin Osei. Please focus on SQL fundamentals and Epic Clarity reporting, and submit
        your scorecard in the HR portal by end of day.

        Thanks,
        Tracy Nguyen | HR Coordinator | Fulton Valley Medical Group
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Tracy Nguyen:mailto:tnguyen@fultonvalleymg.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:jasmine.carter@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Omar Siddiqui:mailto:osiddiqui@fultonvalleymg.org
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000055AA66BB
        SUMMARY;LANGUAGE=en-US:Interview: Kevin Osei - Data Analyst I (Population Health)
        DTSTART;TZID=Eastern Standard Time:20260923T140000
        DTEND;TZID=Eastern Standard Time:20260923T144500
        DTSTAMP:20260918T193000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Conf Rm 4B / Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Tracy Nguyen", "tnguyen@fultonvalleymg.org"),
              "Interview: Kevin Osei - Data Analyst I (Population Health)",
              "2026-09-18 15:30:12", NY, "<CH3PR05MB9921D0C1B2A3948576E5F4A3B2C1@CH3PR05MB9921.namprd05.prod.outlook.com>",
              "from NAM02-CH3-obe.outbound.protection.outlook.com (mail-ch3nam02on2095.outbound.protection.outlook.com [40.107.100.95])",
              "8Ik9Ol0Pmn",
              extra=(("Thread-Topic", "Interview: Kevin Osei - Data Analyst I (Population Health)"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics)))


@mail(n(41), family="school_meeting", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Parent-teacher conference confirmed for Tuesday, October 20 at 3:45 PM; not an interview")
def m41() -> bytes:
    body = t("""
        Morningside Elementary School

        Conference Confirmation

        Parent/Guardian: Jasmine Carter
        Student: Maya Carter (Grade 3 - Ms. Alvarez)
        Date: Tuesday, October 20, 2026
        Time: 3:45 PM - 4:00 PM
        Location: Room 112

        If you need to change your slot, please use the sign-up link before Friday.
        Thank you for partnering with us!
        """)
    hs = head("Morningside Elementary <notifications@schoolnotify.example>",
              "Conference confirmed: Maya Carter - Ms. Alvarez",
              "2026-10-12 18:40:33", NY, "<conf.112.88432.20261012@schoolnotify.example>",
              "from mail.schoolnotify.example (mail.schoolnotify.example [198.51.100.61])", "1Qa2Ws3Edc")
    return message(hs, alt(text(body), html(google_html(body))))


@mail(n(42), family="auto_reply", lang="en-US", interview=False, company="Peachtree Health Network",
      days=(("Mon", "2026-09-21"),),
      note="Out-of-office auto-reply from the recruiter to Jasmine's thank-you note; mentions interview "
           "scheduling but fixes nothing")
def m42() -> bytes:
    body = t("""
        Thank you for your message. I am out of the office through Monday, September 21 with limited
        access to email.

        For interview scheduling or questions about your application, please contact
        recruiting@peachtreehealth.org and a member of our team will respond within one business day.

        Denise Holloway
        Talent Acquisition Partner, Peachtree Health Network
        """)
    hs = head(addr("Denise Holloway", "denise.holloway@peachtreehealth.org"),
              "Automatic reply: Thank you - Senior Healthcare Data Analyst interview",
              "2026-09-17 08:12:01", NY, "<MW4PR15MB5176E1D2C3B4A59687F6E5D4C3B2@MW4PR15MB5176.namprd15.prod.outlook.com>",
              "from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2121.outbound.protection.outlook.com [40.107.94.121])",
              "4Rf5Tg6Yhn",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAJc7vQ8tHx3Wn@mail.example.org>")))
    return message(hs, text(body))


@mail(n(43), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Mail delivery failure for Jasmine's own note confirming 'Thursday, Oct 1 at 4 PM ET' to a "
           "mistyped address; the quoted message is hers and undelivered, no confirmation from an employer")
def m43() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <priya.ramen@quillcare.com>: host quillcare-com.mail.protection.outlook.com[52.101.40.8]
            said: 550 5.4.1 Recipient address rejected: Access denied (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Jr9Zk3bQ2z
        Arrival-Date: Sat, 26 Sep 2026 10:02:55 -0400 (EDT)

        Final-Recipient: rfc822; priya.ramen@quillcare.com
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; quillcare-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied
        """)
    orig = message([
        ("From", JAS), ("To", "Priya Raman <priya.ramen@quillcare.com>"),
        ("Subject", "Re: Interview scheduled - Quillcare"), ("Date", date("2026-09-26 10:02:51", NY)),
        ("Message-ID", "<CAJc7vQ1qP7sLm@mail.example.org>")],
        text(t("""
            Hi Priya,

            Thanks for sending the details - confirming Thursday, Oct 1 at 4 PM ET. See you then!

            Jasmine
            """), charset="us-ascii", cte="7bit"))
    report = multipart("report",
                       text(human, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       undelivered_part(orig),
                       params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
              "Undelivered Mail Returned to Sender", "2026-09-26 10:02:58", NY,
              "<20260926140258.9A1B22C0F3@mx1.example.org>",
              "from localhost (localhost [127.0.0.1])", "9A1B22C0F3",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


def undelivered_part(raw: bytes):
    part = attached_message(raw)
    part.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return part


@mail(n(44), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Zoom webinar registration 'Behavioral Interviews for Healthcare Data Roles', Wed 14 Oct 12 PM ET, "
           "with an ICS; a webinar about interviews, not an interview")
def m44() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for registering for "Behavioral Interviews for Healthcare Data Roles".

        Date & Time: Oct 14, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/86120455391?tk=Ym9vbWVy
        Passcode: 771204

        Add to Calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        HIMSS Georgia Chapter - Early Career Committee
        """)
    ics = vevent_ics(
        prodid="-//zoom.us//iCalendar Event//EN", method="PUBLISH", uid="ZOOM86120455391",
        dtstamp="20261008180501Z", start="20261014T120000", end="20261014T130000", tzid="America/New_York",
        summary="Behavioral Interviews for Healthcare Data Roles",
        organizer="CN=Zoom:mailto:no-reply@zoom.us", location="https://us06web.zoom.us/w/86120455391")
    hs = head("Zoom <no-reply@zoom.us>",
              "Behavioral Interviews for Healthcare Data Roles Confirmation",
              "2026-10-08 14:05:01", NY, "<zm.webinar.86120455391.reg.jc@zoom.us>",
              "from zoom-mail-out-01.zoom.us (zoom-mail-out-01.zoom.us [170.114.52.2])", "6Yh7Uj8Iko")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics",
                                                  disposition="attachment")))


@mail(n(45), family="work_event", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Google Calendar invitation from her manager at the current job: farewell lunch Thu 29 Oct "
           "12pm-1:30pm; a team event, not an interview")
def m45() -> bytes:
    title = "Farewell lunch - Jasmine & Omar"
    plain = google_text(title, "Thursday Oct 29, 2026 \u22c5 12pm \u2013 1:30pm", "Eastern Time - New York",
                        "Lorraine Pitts", "lpitts@fultonvalleymg.org", extra=t("""

        Lunch is on the department! Ria's on Ponce, back room. Sad to see you both go. - L
        """))
    ics = vevent_ics(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
        uid="3c4d5e6f7g8h9i0j1k2l3m4n5o@google.com", dtstamp="20261022151207Z",
        start="20261029T160000Z", end="20261029T173000Z", tzid=None, summary=title,
        organizer="CN=Lorraine Pitts:mailto:lpitts@fultonvalleymg.org", location="Ria's on Ponce")
    hs = head(addr("Lorraine Pitts", "lpitts@fultonvalleymg.org"),
              f"Invitation: {title} @ Thu Oct 29, 2026 12pm - 1:30pm (EDT) (jasmine.carter@example.org)",
              "2026-10-22 11:12:07", NY, "<calendar-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "0Pl1Ok2Ijn",
              extra=(("Reply-To", addr("Lorraine Pitts", "lpitts@fultonvalleymg.org")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, alt(text(plain), html(google_html(plain)), calendar(ics)))


@mail(n(46), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Mailing-list post by another member about HER panel 'Thursday at 10'; list mail, not addressed "
           "to Jasmine, not her interview")
def m46() -> bytes:
    body = t("""
        Hi all,

        Has anyone here interviewed with Skyharbor's IT Ops Analytics team? I have my panel Thursday
        at 10 and would love to know if they do a live SQL exercise or more of a case discussion.

        Also, if anyone is going to the HIMSS chapter webinar on behavioral interviews Wednesday,
        let's do a debrief after.

        Thanks!
        Rochelle

        --
        You received this message because you are subscribed to the Google Groups "ATL Health Data
        Professionals" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        atl-health-data+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Rochelle Banks", "rochelle.banks.atl@example.com"),
              "[atl-health-data] Anyone interviewed at Skyharbor?",
              "2026-10-10 09:26:18", NY, "<9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6dn@googlegroups.com>",
              "from mail-oi1-f190.google.com (mail-oi1-f190.google.com [209.85.167.190])", "3Ed4Rf5Tgy",
              to="ATL Health Data Professionals <atl-health-data@googlegroups.com>",
              extra=(("List-Id", "<atl-health-data.googlegroups.com>"), ("Precedence", "list"),
                     ("Mailing-list", "list atl-health-data@googlegroups.com; contact atl-health-data+owners@googlegroups.com"),
                     ("List-Unsubscribe", "<mailto:atl-health-data+unsubscribe@googlegroups.com>"),
                     ("Sender", "atl-health-data@googlegroups.com")))
    return message(hs, text(body))


@mail(n(47), family="post_interview", lang="en-US", interview=False, company="Tidewell Health",
      note="Post-interview note from the hiring manager ('thanks for Tuesday, we'll be in touch next week')")
def m47() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks again for the conversation on Tuesday, I really enjoyed hearing about your readmission
        dashboard work. We're finishing first-round conversations this week and will be in touch with
        next steps early next week.

        Owen

        Owen Nakamura
        Head of Data, Tidewell Health
        """)
    hs = head(addr("Owen Nakamura", "owen@tidewellhealth.com"), "Thanks for chatting!",
              "2026-09-24 13:02:47", LA, "<CAN8r2Lp+Wq0Zx5TyV3mK@mail.gmail.com>",
              "from mail-pj1-f47.google.com (mail-pj1-f47.google.com [209.85.216.47])", "5Tg6Yh7Ujm")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="volunteer_judge", lang="en-US", interview=False, company=None,
      days=(("Sun", "2026-11-08"),),
      note="Hackathon organizers confirm Jasmine as a judge (Sunday 8 Nov, 1:00-3:00 PM judging); "
           "a volunteer slot, not an interview")
def m48() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for volunteering as a judge for the Georgia Health Data Hackathon!

        Your judging session: Sunday, November 8, 2026, 1:00 PM - 3:00 PM
        Location: Tech Square Lab, 848 Spring St NW, 2nd floor (judges' check-in at 12:30 PM)

        Each team gets a 5-minute pitch and a 3-minute Q&A, which you can think of as a mini
        interview of the team. Rubric attached on the judges' portal.

        Lunch is provided. Parking validation at the front desk.

        Gratefully,
        Nikhil Rao
        Lead Organizer, Georgia Health Data Hackathon
        """)
    hs = head(addr("Nikhil Rao", "nikhil@gahealthhack.org"), "Judge confirmation - Georgia Health Data Hackathon",
              "2026-11-02 12:44:09", NY, "<CAP1xY2z+Ab3Cd4Ef5Gh@mail.gmail.com>",
              "from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])", "7Ui8Op9Asd")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Podcast host confirms a recording where Jasmine is interviewed (Thursday 3 Dec 1 PM ET); a "
           "podcast interview, not a job interview")
def m49() -> bytes:
    body = t("""
        Hi Jasmine!

        So excited to have you on Dashboards & Dialogue. Confirming our recording for Thursday,
        December 3 at 1 PM ET on Riverside (link: https://riverside.fm/studio/dashboards-dialogue).

        It's a relaxed interview, about 40 minutes: how you got into healthcare analytics, the switch
        from Epic reporting to Python, and your honest take on job searching in this market.
        Please use headphones and a wired connection if you can.

        Talk soon,
        Jamal Whitaker-Lee
        Host, Dashboards & Dialogue
        """)
    hs = head(addr("Jamal Whitaker-Lee", "jamal@dashboardsdialogue.fm"),
              "Podcast recording confirmed \u2013 Dec 3",
              "2026-11-30 15:08:26", NY, "<CAQ7wE8r+Tt9Yy0Uu1Ii@mail.gmail.com>",
              "from mail-ua1-f52.google.com (mail-ua1-f52.google.com [209.85.222.52])", "9Op0As1Dfg")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="workable", lang="en-US", interview=False, company="Harlow Analytics",
      days=(("Fri", "2026-11-20"),),
      note="Workable next-step mail: complete a SQL assessment by Friday, November 20, 11:59 PM EST; a "
           "deadline, not an interview")
def m50() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for your interest in the Healthcare Data Analyst role at Harlow Analytics! The next step
        is a short SQL and data-interpretation assessment (about 60 minutes, untimed sections).

        Please complete it by Friday, November 20, 11:59 PM EST:
        https://apply.workable.com/harlow-analytics/assessment/8E2F41C0

        Once we've reviewed your results, we'll reach out to schedule an interview with the team.

        Best,
        Simone Grant
        People Operations, Harlow Analytics
        """)
    hs = head("Simone Grant - Harlow Analytics <noreply@candidates.workablemail.com>",
              "Next step: Harlow Analytics assessment",
              "2026-11-16 10:21:30", NY, "<20261116152130.6e5d4c3b2a19@workablemail.com>",
              "from mail-147.workablemail.com (mail-147.workablemail.com [159.112.241.147])", "2Ws3Ed4Rfb",
              extra=(("Reply-To", "harlow-analytics+c7f2a913d0@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(google_html(body))))
