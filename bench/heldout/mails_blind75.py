"""blind75: 50 hand-written mails from the inbox of Marcus Oyelaran, a financial analyst in
Philadelphia (America/New_York), September to mid-December 2026.

Written blind (without reading the detector, its tests, or the other held-out mail files) by a
helper session. Build and check with ``python3 bench/heldout/make_blind.py blind75``.

Keys 1-23 are the positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 the negatives; the
file number of the mail written ``key``-th is ``ORDER[key-1]``.
"""

from __future__ import annotations

import hashlib
import random
from email.utils import parseaddr

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

SET = "blind75"
ORDER = random.Random(75075).sample(range(1, 51), 50)

ME = "marcus.oyelaran@example.org"
ME_NAME = "Marcus Oyelaran"
ME_TO = addr(ME_NAME, ME)
NY = "America/New_York"
CHI = "America/Chicago"
PHX = "America/Phoenix"
LON = "Europe/London"
KOL = "Asia/Kolkata"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def _id(seed: str, k: int = 12) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:k]


def head(*, frm: str, subject: str, when: str, zone: str, msgid: str, relay: str,
         to: str = ME_TO, reply_to: str | None = None, extra: tuple[tuple[str, str], ...] = (),
         lag: int = 3, return_path: str | None = None) -> list[tuple[str, str]]:
    """The usual top of a delivered message: Received by the example.org MX, then the sender's."""
    ident = f"mx1.example.org (Postfix) with ESMTPS id 4b{_id(msgid, 9).upper()}"
    h = [
        ("Return-Path", return_path or f"<bounces+{_id(msgid, 8)}@{parseaddr(frm)[1].split('@')[-1]}>"),
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, ident, ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
    ]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += list(extra)
    return h


# ============================================================================ positives: scheduled


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", NY), end=utc("2026-09-15 10:45", NY),
      contact="lauren.pietrowski@schuylkilltrust.com", company="Schuylkill Trust",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=NY,
      note="Greenhouse confirmation from no-reply@us.greenhouse-mail.io; 'Tuesday, September 15, 2026, "
           "10:00 AM - 10:45 AM EDT' (EDT = UTC-4) -> 14:00Z-14:45Z, ICS TZID=America/New_York agrees; "
           "contact = human Reply-To recruiter (also ICS ORGANIZER)")
def greenhouse_schuylkill():
    body = t("""
        Hi Marcus,

        Thank you for making time to speak with the Schuylkill Trust team. Your interview for
        the Financial Analyst, FP&A position is confirmed. The details are below.

        Interview: Hiring Manager Interview
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Interviewer: Raymond Okafor, Director, Corporate FP&A
        Location: Zoom
        https://schuylkilltrust.zoom.us/j/93318820714?pwd=Rk5xQ2ZyT0hVd3dBcWxmUT09
        Meeting ID: 933 1882 0714
        Passcode: 508211

        A calendar invitation is attached. If you need to make a change, simply reply to this
        email and it will reach Lauren Pietrowski on our Talent Acquisition team.

        We look forward to speaking with you!

        Schuylkill Trust Talent Acquisition
        1600 Arch Street, Philadelphia, PA 19103

        Powered by Greenhouse
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Marcus,</p>
        <p>Thank you for making time to speak with the Schuylkill Trust team. Your interview for the
        <strong>Financial Analyst, FP&amp;A</strong> position is confirmed. The details are below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Interviewer</b></td><td>Raymond Okafor, Director, Corporate FP&amp;A</td></tr>
        <tr><td><b>Location</b></td><td>Zoom &ndash; <a href="https://schuylkilltrust.zoom.us/j/93318820714?pwd=Rk5xQ2ZyT0hVd3dBcWxmUT09">join meeting</a><br>
        Meeting ID: 933 1882 0714 &middot; Passcode: 508211</td></tr>
        </table>
        <p>A calendar invitation is attached. If you need to make a change, simply reply to this email
        and it will reach Lauren Pietrowski on our Talent Acquisition team.</p>
        <p>We look forward to speaking with you!</p>
        <p>Schuylkill Trust Talent Acquisition<br>1600 Arch Street, Philadelphia, PA 19103</p>
        <p style="color:#8a8a8a;font-size:11px">Powered by Greenhouse</p>
        <img src="https://u4617.ct.sendgrid.net/wf/open?upn=gh-7Qm2" width="1" height="1" alt="">
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ[NY],
        "BEGIN:VEVENT",
        "UID:gh-interview-1184302-77419@greenhouse.io",
        "DTSTAMP:20260909T182241Z",
        "DTSTART;TZID=America/New_York:20260915T100000",
        "DTEND;TZID=America/New_York:20260915T104500",
        "SUMMARY:Interview: Marcus Oyelaran / Schuylkill Trust - Financial Analyst\\, FP&A",
        "DESCRIPTION:Hiring Manager Interview with Raymond Okafor.\\nZoom: https://schuylkil"
        "ltrust.zoom.us/j/93318820714\\nPasscode: 508211",
        "LOCATION:https://schuylkilltrust.zoom.us/j/93318820714",
        "ORGANIZER;CN=Lauren Pietrowski:mailto:lauren.pietrowski@schuylkilltrust.com",
        "ATTENDEE;CN=Marcus Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
        "marcus.oyelaran@example.org",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<kPv2sRz0TgiB3m1Xw8Hn4A@geopod-ismtpd-canary-0>"
    h = head(frm=addr("Schuylkill Trust", "no-reply@us.greenhouse-mail.io"),
             subject="Interview Confirmation: Financial Analyst, FP&A – Schuylkill Trust",
             when="2026-09-09 14:22:41", zone=NY, msgid=mid,
             relay="from o12.ptr4617.greenhouse-mail.io (o12.ptr4617.greenhouse-mail.io [167.89.101.12])",
             reply_to=addr("Lauren Pietrowski", "lauren.pietrowski@schuylkilltrust.com"),
             extra=(("X-SG-EID", "u001.Hq7mYtK2vJ3pWc0bqR8sLx5zN1aGd6fE"),
                    ("X-Entity-ID", "gh-Ejq9XcVw2mR1Lp0s")))
    return message(h, mixed(
        alt(text(body), html(page)),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                 name_param=True)))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:30", NY), end=utc("2026-09-24 15:00", NY),
      contact="theo.markham@brightlineledger.com", company="Brightline Ledger",
      local="Thu 2026-09-24 14:30", local_end="2026-09-24 15:00", zone=NY,
      note="Lever confirmation, HTML only (base64); 'Thursday, September 24, 2026, 2:30 PM - 3:00 PM "
           "EDT' -> 18:30Z-19:00Z; contact = Reply-To recruiter")
def lever_brightline():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222">
        <tr><td>
        <img src="https://lever-client-logos.s3.amazonaws.com/brightline-ledger.png" alt="Brightline Ledger" height="32">
        <h2 style="font-weight:normal">Your interview is confirmed</h2>
        <p>Hi Marcus,</p>
        <p>Thanks for choosing a time. You're all set for your <b>Finance Manager, Strategic Finance</b>
        interview with Brightline Ledger.</p>
        <p style="background:#f0f4ff;padding:12px;border-radius:4px">
        <b>Thursday, September 24, 2026</b><br>
        2:30 PM &ndash; 3:00 PM EDT<br>
        Video call (Google Meet): <a href="https://meet.google.com/qwv-hbtn-ksa">meet.google.com/qwv-hbtn-ksa</a></p>
        <p><b>You'll be meeting with</b><br>Sasha Lindgren &middot; VP, Finance</p>
        <p>Need to reschedule? Reply to this email and your recruiter, Theo Markham, will help.</p>
        <p>Best of luck,<br>The Brightline Ledger Recruiting Team</p>
        <p style="font-size:11px;color:#999">Sent via Lever &middot; 548 Market St, San Francisco, CA</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    mid = "<0100019219c4e0a8-3b0f6e2d-8a41-4c57-b1f9-2f6a0c9de114-000000@email.amazonses.com>"
    h = head(frm=addr("Brightline Ledger", "no-reply@hire.lever.co"),
             subject="Your interview with Brightline Ledger is confirmed",
             when="2026-09-18 11:05:12", zone=NY, msgid=mid,
             relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             reply_to=addr("Theo Markham", "theo.markham@brightlineledger.com"),
             extra=(("Feedback-ID", "1.us-east-1.lever-hire:AmazonSES"),))
    return message(h, html(page, cte="base64"))


@mail(n(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-07 13:00", CHI), end=utc("2026-10-07 13:45", CHI),
      contact="nadia.brzezinski@lakeshorequant.com", company="Lakeshore Quant",
      local="Wed 2026-10-07 13:00", local_end="2026-10-07 13:45", zone=CHI,
      note="Candidate forwards an Ashby confirmation from his other address to himself, as an attached "
           "message/rfc822; '1:00 PM - 1:45 PM CDT' (CDT = UTC-5) -> 18:00Z-18:45Z, ICS "
           "TZID=America/Chicago inside the attached message agrees; outer sender is the candidate, "
           "so contact = the forwarded Reply-To / ORGANIZER recruiter")
def ashby_lakeshore_forward():
    inner_text = t("""
        Hi Marcus,

        Your interview is confirmed. We're looking forward to it!

        Final Round - Senior Quantitative Finance Analyst
        Wednesday, October 7, 2026
        1:00 PM - 1:45 PM CDT (America/Chicago)
        Zoom: https://lakeshorequant.zoom.us/j/86120447391

        You'll meet with:
          Idris Cavanaugh - Head of Portfolio Finance
          Mei-Lin Sorensen - Controller

        Questions? Just reply and it will reach Nadia Brzezinski.

        Thanks,
        Lakeshore Quant Recruiting
        """)
    inner_html = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,sans-serif;font-size:14px">
        <p>Hi Marcus,</p>
        <p>Your interview is confirmed. We're looking forward to it!</p>
        <p><b>Final Round - Senior Quantitative Finance Analyst</b><br>
        Wednesday, October 7, 2026<br>1:00 PM - 1:45 PM CDT (America/Chicago)<br>
        Zoom: <a href="https://lakeshorequant.zoom.us/j/86120447391">https://lakeshorequant.zoom.us/j/86120447391</a></p>
        <p>You'll meet with:<br>Idris Cavanaugh - Head of Portfolio Finance<br>Mei-Lin Sorensen - Controller</p>
        <p>Questions? Just reply and it will reach Nadia Brzezinski.</p>
        <p>Thanks,<br>Lakeshore Quant Recruiting</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ[CHI],
        "BEGIN:VEVENT",
        "UID:3e8c1f0a-55b2-4d7e-9a61-0c2b7f4e9d13@ashbyhq.com",
        "DTSTAMP:20261001T200214Z",
        "DTSTART;TZID=America/Chicago:20261007T130000",
        "DTEND;TZID=America/Chicago:20261007T134500",
        "SEQUENCE:0",
        "SUMMARY:Lakeshore Quant - Final Round (Marcus Oyelaran)",
        "LOCATION:https://lakeshorequant.zoom.us/j/86120447391",
        "ORGANIZER;CN=Nadia Brzezinski:mailto:nadia.brzezinski@lakeshorequant.com",
        "ATTENDEE;CN=Marcus Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
        "marcus.oyelaran@example.net",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    inner_h = [
        ("From", addr("Lakeshore Quant", "no-reply@ashbyhq.com")),
        ("To", addr(ME_NAME, "marcus.oyelaran@example.net")),
        ("Reply-To", addr("Nadia Brzezinski", "nadia.brzezinski@lakeshorequant.com")),
        ("Subject", enc("Interview Confirmed – Final Round at Lakeshore Quant")),
        ("Date", date("2026-10-01 15:02:14", CHI)),
        ("Message-ID", "<01000192455a8c31-e07b2f11-6c3d-4a90-8f52-71d9b0a4c6e2-000000@email.amazonses.com>"),
    ]
    inner = message(inner_h, mixed(
        alt(text(inner_text, cte="base64"), html(inner_html, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))
    note = t("""
        booked it w/ my old email by accident - fwd to myself so it's in the main inbox.
        final round w/ Lakeshore, Weds

        -M
        """)
    mid = "<CAJx8pT2vq7R0mN4kWcYb1Lh3Fz9sQe6uGd5oA@mail.gmail.com>"
    h = head(frm=addr(ME_NAME, "marcus.oyelaran@example.net"),
             subject="Fwd: Interview Confirmed – Final Round at Lakeshore Quant",
             when="2026-10-01 20:40:09", zone=NY, msgid=mid,
             relay="from mail-qk1-f171.google.com (mail-qk1-f171.google.com [209.85.222.171])",
             return_path="<marcus.oyelaran@example.net>",
             extra=(("In-Reply-To", "<01000192455a8c31-e07b2f11-6c3d-4a90-8f52-71d9b0a4c6e2-000000@email.amazonses.com>"),))
    return message(h, mixed(text(note, cte="7bit", charset="us-ascii"),
                            attached_message(inner, "Interview Confirmed - Final Round at Lakeshore Quant.eml")))


@mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-05 09:30", NY), end=utc("2026-11-05 10:30", NY),
      contact="keisha.rowland@piedmontcarolinabank.com", company="Piedmont Carolina Bank",
      local="Thu 2026-11-05 09:30", local_end="2026-11-05 10:30", zone=NY,
      note="Workday notification (HTML only, QP) sent Thu 29 Oct in EDT; interview 11/05/2026 09:30 AM - "
           "10:30 AM '(GMT-05:00) Eastern Time' is after US DST ends on 1 Nov, so EST = UTC-5 -> "
           "14:30Z-15:30Z; system sender, contact = recruiter address in the body")
def workday_piedmont():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <div style="border-top:4px solid #005a8c;padding:16px">
        <p>Dear Marcus Oyelaran,</p>
        <p>Thank you for your interest in the <b>Senior Financial Analyst - Treasury (R-0048213)</b> position at
        Piedmont Carolina Bank. We are pleased to confirm your interview as follows:</p>
        <table border="0" cellpadding="3" style="font-size:13px">
        <tr><td><b>Interview Date:</b></td><td>11/05/2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>09:30 AM - 10:30 AM (GMT-05:00) Eastern Time</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Panel Interview - Microsoft Teams</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Douglas Feeney (SVP, Treasury); Anita Rao (Treasury Manager)</td></tr>
        </table>
        <p>A Microsoft Teams link will be included in a separate calendar invitation from your recruiter.
        If you have any questions before your interview, please contact Keisha Rowland at
        <a href="mailto:keisha.rowland@piedmontcarolinabank.com">keisha.rowland@piedmontcarolinabank.com</a>.</p>
        <p>You can review the status of your application at any time by signing in to our
        <a href="https://wd5.myworkdaysite.com/en-US/recruiting/piedmontcarolina/Careers">Candidate Home</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Piedmont Carolina Bank</p>
        <p style="font-size:10px;color:#888888">Piedmont Carolina Bank is an Equal Opportunity Employer.
        This is a system-generated message; please do not reply to this email.</p>
        </div>
        </body></html>
        """)
    mid = "<1581337947.88214.1793304600417@wd5-prod-ev-suv-04.myworkday.com>"
    h = head(frm=addr("Piedmont Carolina Bank", "piedmontcarolina@myworkday.com"),
             subject="Interview Scheduled - Senior Financial Analyst - Treasury (R-0048213)",
             when="2026-10-29 16:10:00", zone=NY, msgid=mid,
             relay="from wd5-mta-02.myworkday.com (wd5-mta-02.myworkday.com [199.181.200.52])",
             extra=(("X-Workday-Tenant", "piedmontcarolina"),))
    return message(h, html(page, charset="UTF-8"))


@mail(n(5), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-13 17:15", PHX), end=utc("2026-10-13 18:00", PHX),
      contact="alma.villasenor@saguarohealth.org", company="Saguaro Health Systems",
      local="Tue 2026-10-13 17:15", local_end="2026-10-13 18:00", zone=PHX,
      note="SmartRecruiters confirmation; '5:15 PM - 6:00 PM Arizona time (MST)': Phoenix keeps UTC-7 all "
           "year, so 00:15Z-01:00Z on Wed 14 Oct (the local date is the day before in UTC); body also "
           "says 8:15 PM Eastern (EDT); ICS in UTC agrees; ICS ORGANIZER is the no-reply address, so "
           "contact = coordinator address in the body")
def smartrecruiters_saguaro():
    body = t("""
        Hi Marcus,

        Good news - your interview for Senior Financial Analyst – Revenue Cycle is confirmed.

        When: Tuesday, October 13, 2026, 5:15 PM – 6:00 PM Arizona time (MST)
              (that's 8:15 PM – 9:00 PM Eastern for you; thanks for making the late slot work)
        Where: Microsoft Teams (link in the calendar invitation attached)
        With: Brent Halvorsen, Director of Revenue Cycle Finance

        Arizona does not observe daylight saving time, so please double-check the time on your
        calendar.

        If anything comes up, contact your hiring coordinator, Alma Villaseñor, at
        alma.villasenor@saguarohealth.org or (602) 555-0148.

        Saguaro Health Systems Talent Acquisition

        --
        This email was sent by SmartRecruiters on behalf of Saguaro Health Systems.
        Replies to this address are not monitored.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Marcus,</p>
        <p>Good news - your interview for <b>Senior Financial Analyst – Revenue Cycle</b> is confirmed.</p>
        <table cellpadding="4">
        <tr><td valign="top"><b>When</b></td><td>Tuesday, October 13, 2026, 5:15 PM – 6:00 PM Arizona time (MST)<br>
        <span style="color:#666">(that's 8:15 PM – 9:00 PM Eastern for you; thanks for making the late slot work)</span></td></tr>
        <tr><td><b>Where</b></td><td>Microsoft Teams (link in the calendar invitation attached)</td></tr>
        <tr><td><b>With</b></td><td>Brent Halvorsen, Director of Revenue Cycle Finance</td></tr>
        </table>
        <p>Arizona does not observe daylight saving time, so please double-check the time on your calendar.</p>
        <p>If anything comes up, contact your hiring coordinator, Alma Villaseñor, at
        <a href="mailto:alma.villasenor@saguarohealth.org">alma.villasenor@saguarohealth.org</a> or (602) 555-0148.</p>
        <p>Saguaro Health Systems Talent Acquisition</p>
        <hr><p style="font-size:11px;color:#999">This email was sent by SmartRecruiters on behalf of Saguaro Health
        Systems. Replies to this address are not monitored.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//SmartRecruiters//Interview Scheduler 2.0//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:sr-int-7f0c22d9b1e84a3c@smartrecruiters.com",
        "DTSTAMP:20261007T193012Z",
        "DTSTART:20261014T001500Z",
        "DTEND:20261014T010000Z",
        "SUMMARY:Interview: Senior Financial Analyst – Revenue Cycle (Saguaro Health Systems)",
        "LOCATION:Microsoft Teams",
        "DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3"
        "ameeting_NzE2ZjQ5@thread.v2/0",
        "ORGANIZER;CN=Saguaro Health Systems:mailto:noreply@smartrecruiters.com",
        "ATTENDEE;CN=Marcus Oyelaran;RSVP=TRUE:mailto:marcus.oyelaran@example.org",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<sr.7f0c22d9b1e84a3c.1791405012@mail.smartrecruiters.com>"
    h = head(frm=addr("Saguaro Health Systems", "noreply@smartrecruiters.com"),
             subject="Interview confirmed: Senior Financial Analyst – Revenue Cycle",
             when="2026-10-07 12:30:12", zone=PHX, msgid=mid,
             relay="from mail-eu1.smartrecruiters.com (mail-eu1.smartrecruiters.com [185.64.188.21])")
    return message(h, mixed(
        alt(text(body, cte="8bit"), html(page, cte="8bit")),
        calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(6), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-13 09:00", NY), end=utc("2026-11-13 12:00", NY),
      contact="camila.restrepo@hudsonmeridian.com", company="Hudson Meridian Capital",
      local="Fri 2026-11-13 09:00", local_end="2026-11-13 12:00", zone=NY,
      note="GoodTime superday itinerary, no ICS; four sessions 9:00 AM to 12:00 PM ET on Fri 13 Nov (EST, "
           "UTC-5) -> start = first session 14:00Z, end = last session end 17:00Z; the all-day hold "
           "is only an add-to-calendar link with dates=20261113/20261114, times only in the text; "
           "contact = Reply-To coordinator")
def goodtime_hudson_superday():
    body = t("""
        Hi Marcus,

        We're excited to host you for your Superday with Hudson Meridian Capital! Your itinerary
        is below. All times are Eastern Time.

        Friday, November 13, 2026
        Hudson Meridian Capital, 415 Lexington Avenue, 19th Floor, New York, NY 10017
        Please arrive by 8:45 AM and check in with security in the lobby (photo ID required).

          9:00 AM - 9:45 AM    Portfolio Analytics      Jonah Whitcombe, Managing Director
         10:00 AM - 10:45 AM   Modeling Case Study      Ritu Bhandari, Vice President
         10:45 AM - 11:15 AM   Break / Office Tour      Camila Restrepo, Recruiting Coordinator
         11:15 AM - 12:00 PM   Fit & Culture            Alan Szymanski, Chief Financial Officer

        Please bring a calculator; a laptop will be provided for the case study.

        We've also placed an all-day hold on the day. Add it to your calendar:
        https://calendar.google.com/calendar/render?action=TEMPLATE&dates=20261113/20261114&text=Hudson+Meridian+Superday

        Travel: we'll reimburse your Amtrak ticket from Philadelphia. Please submit receipts to
        Camila within 30 days.

        If you have questions, just reply to this email.

        Best,
        Camila Restrepo
        Recruiting Coordinator, Hudson Meridian Capital

        Sent with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marcus,</p>
        <p>We're excited to host you for your Superday with Hudson Meridian Capital! Your itinerary is below.
        All times are Eastern Time.</p>
        <h3 style="margin-bottom:4px">Friday, November 13, 2026</h3>
        <p style="margin-top:0">Hudson Meridian Capital, 415 Lexington Avenue, 19th Floor, New York, NY 10017<br>
        Please arrive by 8:45 AM and check in with security in the lobby (photo ID required).</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr style="background:#f5f5f5"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>9:00 AM - 9:45 AM</td><td>Portfolio Analytics</td><td>Jonah Whitcombe, Managing Director</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Modeling Case Study</td><td>Ritu Bhandari, Vice President</td></tr>
        <tr><td>10:45 AM - 11:15 AM</td><td>Break / Office Tour</td><td>Camila Restrepo, Recruiting Coordinator</td></tr>
        <tr><td>11:15 AM - 12:00 PM</td><td>Fit &amp; Culture</td><td>Alan Szymanski, Chief Financial Officer</td></tr>
        </table>
        <p>Please bring a calculator; a laptop will be provided for the case study.</p>
        <p>We've also placed an all-day hold on the day.
        <a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;dates=20261113/20261114&amp;text=Hudson+Meridian+Superday">Add to Google Calendar</a></p>
        <p>Travel: we'll reimburse your Amtrak ticket from Philadelphia. Please submit receipts to Camila within 30 days.</p>
        <p>If you have questions, just reply to this email.</p>
        <p>Best,<br>Camila Restrepo<br>Recruiting Coordinator, Hudson Meridian Capital</p>
        <p style="font-size:11px;color:#aaa">Sent with GoodTime</p>
        </body></html>
        """)
    mid = "<20261105224512.4f1a9c0e7b2d@mailer.goodtime.io>"
    h = head(frm=addr("Hudson Meridian Capital", "notifications@goodtime.io"),
             subject="Your Superday Itinerary – Hudson Meridian Capital – Friday, November 13",
             when="2026-11-05 17:45:12", zone=NY, msgid=mid,
             relay="from o7.email.goodtime.io (o7.email.goodtime.io [149.72.214.7])",
             reply_to=addr("Camila Restrepo", "camila.restrepo@hudsonmeridian.com"))
    return message(h, alt(text(body), html(page)))


@mail(n(7), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-21 10:00", NY), end=utc("2026-10-21 10:30", NY),
      contact="greg.kaminski@threerivershp.org", company="Three Rivers Health Partners",
      local="Wed 2026-10-21 10:00", local_end="2026-10-21 10:30", zone=NY,
      note="Calendly invitee confirmation, no ICS; '10:00am - 10:30am (Eastern Time - US & Canada), "
           "Wednesday, October 21, 2026' -> EDT 14:00Z-14:30Z; contact = Reply-To host")
def calendly_three_rivers():
    body = t("""
        Hi Marcus Oyelaran,

        A new event has been scheduled.

        Event Type:
        Phone Screen - Senior Financial Analyst (30 min)

        Invitee:
        Marcus Oyelaran

        Invitee Email:
        marcus.oyelaran@example.org

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada), Wednesday, October 21, 2026

        Location:
        Greg will call you at +1 215-555-0117

        Host:
        Greg Kaminski, Three Rivers Health Partners

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8b1f2e64-0c3a-4d77-9f11-5d2a6b7c0e39
        Reschedule: https://calendly.com/reschedulings/8b1f2e64-0c3a-4d77-9f11-5d2a6b7c0e39

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <div style="max-width:520px;margin:0 auto">
        <p>Hi Marcus Oyelaran,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Phone Screen - Senior Financial Analyst (30 min)</p>
        <p><b>Invitee:</b><br>Marcus Oyelaran</p>
        <p><b>Invitee Email:</b><br><a href="mailto:marcus.oyelaran@example.org">marcus.oyelaran@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Eastern Time - US &amp; Canada), Wednesday, October 21, 2026</p>
        <p><b>Location:</b><br>Greg will call you at +1 215-555-0117</p>
        <p><b>Host:</b><br>Greg Kaminski, Three Rivers Health Partners</p>
        <p><a href="https://calendly.com/cancellations/8b1f2e64-0c3a-4d77-9f11-5d2a6b7c0e39">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/8b1f2e64-0c3a-4d77-9f11-5d2a6b7c0e39">Reschedule</a></p>
        <p style="font-size:12px;color:#888">Powered by Calendly.com</p>
        </div></body></html>
        """)
    mid = "<calendly-8b1f2e64-0c3a-4d77-9f11-5d2a6b7c0e39-invitee@calendly.com>"
    h = head(frm=addr("Calendly", "notifications@calendly.com"),
             subject="Confirmed: Phone Screen - Senior Financial Analyst with Greg Kaminski on Wednesday, "
                     "October 21, 2026",
             when="2026-10-14 21:03:55", zone=NY, msgid=mid,
             relay="from o1.mail.calendly.com (o1.mail.calendly.com [167.89.64.201])",
             reply_to=addr("Greg Kaminski", "greg.kaminski@threerivershp.org"))
    return message(h, alt(text(body), html(page)))


@mail(n(8), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-28 15:00", NY), end=utc("2026-09-28 15:30", NY),
      contact=None, company="Anacostia Advisory Group",
      local="Mon 2026-09-28 15:00", local_end="2026-09-28 15:30", zone=NY,
      note="Microsoft Bookings confirmation (HTML base64 + ICS); the body shows '(UTC-05:00) Eastern Time "
           "(US & Canada)', the zone's standard-offset display name, but 28 Sep is EDT (UTC-4), so "
           "3:00 PM -> 19:00Z-19:30Z; ICS TZID 'Eastern Standard Time' agrees; sender is the Bookings "
           "mailbox and the staff member is named without an address -> contact null")
def bookings_anacostia():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
        <div style="font-size:20px;font-weight:600">Anacostia Advisory Group</div>
        <p>Hello Marcus Oyelaran,</p>
        <p>Your booking has been confirmed.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Candidate Interview - Public Finance Analyst</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Monday, September 28, 2026 3:00 PM - 3:30 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Trevor Nakamura</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTRmNDQ1@thread.v2/0">Join your appointment</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/AnacostiaAdvisoryGroupCareers@anacostiaadvisory.com/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#a19f9d">Anacostia Advisory Group &middot; 1101 K Street NW, Washington, DC 20005</p>
        </td></tr></table>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Anacostia Advisory Group:mailto:AnacostiaAdvisoryGroupCareers@anacostiaadvisory.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Oyelaran:mailto:marcu"
        "s.oyelaran@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Candidate Interview - Public Finance Analyst with Trevor Nakamura\\n",
        "UID:040000008200E00074C5B7101A82E00800000000A1F36E1C7E4BDC01000000000000000010000000B3D9E50C6A",
        "SUMMARY;LANGUAGE=en-US:Candidate Interview - Public Finance Analyst",
        "DTSTART;TZID=Eastern Standard Time:20260928T150000",
        "DTEND;TZID=Eastern Standard Time:20260928T153000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260921T131212Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<DM6PR11MB4507A3C0E1B2F49D8E7C61B4A9F22@DM6PR11MB4507.namprd11.prod.outlook.com>"
    h = head(frm=addr("Anacostia Advisory Group", "AnacostiaAdvisoryGroupCareers@anacostiaadvisory.com"),
             subject="Booking confirmed: Candidate Interview - Public Finance Analyst",
             when="2026-09-21 09:12:12", zone=NY, msgid=mid,
             relay="from NAM11-DM6-obe.outbound.protection.outlook.com "
                   "(mail-dm6nam11on2101.outbound.protection.outlook.com [40.107.223.101])",
             extra=(("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "en-US")))
    return message(h, mixed(
        html(page, cte="base64"),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


TEAMS_FOOTER = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Meeting ID: {num}
    Passcode: {pwd}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@mail(n(9), family="exchange", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-10-27 14:00", LON), end=utc("2026-10-27 15:00", LON),
      contact="harriet.pembridge@thamesharbour.co.uk", company="Thames Harbour Partners",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=LON,
      note="Exchange meeting request from the London hiring manager (British English), sent Wed 21 Oct in "
           "BST; interview Tue 27 Oct 14:00-15:00 UK time, after the UK returns to GMT on 25 Oct, so "
           "14:00Z-15:00Z; the body's 10:00 Philadelphia is right because the US is still on EDT until "
           "1 Nov (a four-hour gap that week); ICS TZID 'GMT Standard Time' agrees; 'It'll be an hour' "
           "is an exact length; contact = human sender / ORGANIZER")
def exchange_thames_harbour():
    words = t("""
        When: Tuesday, 27 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Marcus,

        Lovely to speak on Monday. As promised, here's the invitation for the second-stage interview
        with me and Oliver Stenhouse, our Finance Director. I've put it in for 14:00 UK time on
        Tuesday 27 October. Do note our clocks go back this Sunday and yours don't change until the
        weekend after, so for that one week we're only four hours apart: 10:00 in Philadelphia.

        It'll be an hour: roughly half on your experience with group consolidation and half on a
        short case we'll share on screen. No need to prepare slides, honestly.

        Any problems, just drop me a line.

        Kind regards,
        Harriet

        Harriet Pembridge
        Head of Financial Planning & Analysis
        Thames Harbour Partners LLP
        20 Gresham Street, London EC2V 7JE
        +44 20 7946 0381

        """) + TEAMS_FOOTER.format(mid="ZjE3OGUwNmMtYTI1", num="318 442 905 117", pwd="hQ8bN2")  # noqa: S106 - a fictional meeting passcode
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-GB"><div class="WordSection1" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hi Marcus,</p>
        <p>Lovely to speak on Monday. As promised, here's the invitation for the second-stage interview with me and
        Oliver Stenhouse, our Finance Director. I've put it in for 14:00 UK time on Tuesday 27 October. Do note our
        clocks go back this Sunday and yours don't change until the weekend after, so for that one week we're only
        four hours apart: 10:00 in Philadelphia.</p>
        <p>It'll be an hour: roughly half on your experience with group consolidation and half on a short case we'll
        share on screen. No need to prepare slides, honestly.</p>
        <p>Any problems, just drop me a line.</p>
        <p>Kind regards,<br>Harriet</p>
        <p style="font-size:9pt;color:#404040"><b>Harriet Pembridge</b><br>Head of Financial Planning &amp; Analysis<br>
        Thames Harbour Partners LLP<br>20 Gresham Street, London EC2V 7JE<br>+44 20 7946 0381</p>
        <div style="margin-top:24px">________________________________________________________________________________<br>
        <span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span><br>
        <b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE3OGUwNmMtYTI1%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 318 442 905 117<br>Passcode: hQ8bN2<br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["GMT Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Harriet Pembridge:mailto:harriet.pembridge@thamesharbour.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Oyelaran:mailto:marcu"
        "s.oyelaran@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Stenhouse:mailto:oliv"
        "er.stenhouse@thamesharbour.co.uk",
        "DESCRIPTION;LANGUAGE=en-GB:Hi Marcus\\,\\n\\nLovely to speak on Monday. As promised\\, here"
        "'s the invitation for the second-stage interview with me and Oliver Stenhouse\\, our Financ"
        "e Director.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D07C9E4A3E61DC01000000000000000010000000F19A7722B5",
        "SUMMARY;LANGUAGE=en-GB:Thames Harbour Partners - second-stage interview (Marcus Oyelaran)",
        "DTSTART;TZID=GMT Standard Time:20261027T140000",
        "DTEND;TZID=GMT Standard Time:20261027T150000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261021T154002Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2120839417",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
        "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:harriet.pembridge@thamesharbour.co.uk\\;gruu\\;opaque=a"
        "pp:conf:focus:id:teams:2:0!19:meeting_ZjE3OGUwNmMtYTI1-thread.v2!b2c1",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams Meeting\",\"LocationAnnotation\":\"\",\"Loc"
        "ationUri\":\"\",\"LocationStreet\":\"\",\"LocationCity\":\"\",\"LocationState\":\"\",\"LocationCountry"
        "\":\"\",\"LocationPostalCode\":\"\",\"LocationFullAddress\":\"\"}]",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<LO2P265MB5021C7A38E0F7D1B4E2A9C66F1B02@LO2P265MB5021.GBRP265.PROD.OUTLOOK.COM>"
    h = head(frm=addr("Harriet Pembridge", "harriet.pembridge@thamesharbour.co.uk"),
             subject="Thames Harbour Partners - second-stage interview (Marcus Oyelaran)",
             when="2026-10-21 16:40:02", zone=LON, msgid=mid,
             relay="from EUR03-VI1-obe.outbound.protection.outlook.com "
                   "(mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])",
             return_path="<harriet.pembridge@thamesharbour.co.uk>",
             extra=(("Thread-Topic", "Thames Harbour Partners - second-stage interview (Marcus Oyelaran)"),
                    ("Thread-Index", "AdtD1r6Q0m3yE0VxQ8Gk2nZcB4Lw7A=="),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "en-GB")))
    return message(h, alt(text(words), html(page),
                          calendar(ics, method="REQUEST", cte="base64")))


@mail(n(10), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-17 16:00", NY), end=None,
      contact="jenna.k@keystonetalentpartners.com", company="Delaware Valley Mutual",
      local="Tue 2026-11-17 16:00", zone=NY,
      note="Agency recruiter texting-style reply from her phone, sent Mon 16 Nov 08:47 EST: 'ur locked in "
           "... for tmrw at 4pm' -> Tue 17 Nov 16:00 EST (UTC-5) = 21:00Z; 'abt an hr' is approximate -> "
           "end null; contact = the recruiter who sent it; company = the client she placed him with")
def agency_keystone_tmrw():
    body = t("""
        Morning Marcus!!

        Great news, ur locked in w/ Delaware Valley Mutual for tmrw at 4pm. In person at their
        Plymouth Meeting office - 600 W Germantown Pike, Suite 300, ask for Rick Alvarez (Dir of
        FP&A). Should be abt an hr, him + one of his managers.

        Couple things:
        - bring a copy of ur resume, he likes paper lol
        - parking is free in the garage behind the bldg
        - dont bring up comp, let me handle that part

        Call me after!!

        Jenna

        Sent from my iPhone

        > On Nov 13, 2026, at 5:12 PM, Marcus Oyelaran <marcus.oyelaran@example.org> wrote:
        >
        > Hi Jenna, any update from DVM on timing? I'm flexible Mon-Wed next week after 2.
        >
        > Thanks,
        > Marcus
        """)
    mid = "<7E3C9A14-52B8-4F0D-A6E1-0B8D2C44F917@keystonetalentpartners.com>"
    h = head(frm=addr("Jenna Kowalczyk", "jenna.k@keystonetalentpartners.com"),
             subject="Re: DVM timing?", when="2026-11-16 08:47:31", zone=NY, msgid=mid,
             relay="from mail-sn1nam02on2097.outbound.protection.outlook.com "
                   "(mail-sn1nam02on2097.outbound.protection.outlook.com [40.107.96.97])",
             return_path="<jenna.k@keystonetalentpartners.com>",
             extra=(("In-Reply-To", "<CAKm1oYt5rE2GqX8z0T-Lh4Vb9nD3sPw6JcAfU@mail.gmail.com>"),
                    ("References", "<CAKm1oYt5rE2GqX8z0T-Lh4Vb9nD3sPw6JcAfU@mail.gmail.com>"),
                    ("X-Mailer", "iPhone Mail (22B91)")))
    return message(h, text(body))


@mail(n(11), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 11:00", NY), end=None,
      contact="otremblay@walnutstreetprovisions.com", company="Walnut Street Provisions",
      local="Thu 2026-12-03 11:00", zone=NY,
      note="Hiring manager's short reply on top of the candidate's proposal ('Thursday at 11 or Friday "
           "after 2'): 'Thursday at 11 it is', resolved against Date Tue 1 Dec -> Thu 3 Dec 11:00 EST = "
           "16:00Z; 'plan on about an hour' is approximate -> end null; contact = sender")
def prose_walnut_street():
    body = t("""
        Marcus,

        Thursday at 11 it is. We're at 1700 Walnut, 9th floor - check in at reception and they'll
        bring you back. You'll meet me and our controller, Pat Hennessey; plan on about an hour.

        Owen

        Owen Tremblay | VP Finance
        Walnut Street Provisions
        o: 215-555-0190

        On Mon, Nov 30, 2026 at 6:14 PM Marcus Oyelaran <marcus.oyelaran@example.org> wrote:
        > Hi Owen,
        >
        > Thanks for the call today. I'd be glad to come in and meet the team. I could do
        > Thursday at 11 or Friday after 2, whichever is easier on your side.
        >
        > Best,
        > Marcus
        """)
    mid = "<CAF3q9Zs0Rw7+uE2nYb4PqT1mKx6hV8cLd5oGj@mail.gmail.com>"
    h = head(frm=addr("Owen Tremblay", "otremblay@walnutstreetprovisions.com"),
             subject="Re: Following up - FP&A Manager", when="2026-12-01 07:58:20", zone=NY, msgid=mid,
             relay="from mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])",
             return_path="<otremblay@walnutstreetprovisions.com>",
             extra=(("In-Reply-To", "<CAJx8pT0aB4vQ9mE2rLk7Wn1cXy5sDf3hGu6oZ@mail.gmail.com>"),
                    ("References", "<CAJx8pT0aB4vQ9mE2rLk7Wn1cXy5sDf3hGu6oZ@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(12), family="human_prose", lang="en-IN", interview=True, kind="scheduled",
      start=utc("2026-11-12 10:00", NY), end=utc("2026-11-12 10:45", NY),
      contact="sneha.kulkarni@vasudha-analytics.co.in", company="Vasudha Analytics Services",
      local="Thu 2026-11-12 10:00", local_end="2026-11-12 10:45", zone=NY,
      note="Indian English HR mail sent from Bengaluru (Date in IST, which is still Friday morning 6 Nov "
           "but 2:50 AM in New York); '12-Nov-2026 (Thursday) 10:00 AM to 10:45 AM EST (8:30 PM to 9:15 "
           "PM IST)' -> both give 15:00Z-15:45Z; 'Kindly acknowledge the receipt' does not make it "
           "tentative; contact = HR sender")
def indian_vasudha():
    body = t("""
        Dear Marcus,

        Greetings from Vasudha Analytics Services!

        With reference to your application for the position of Financial Analyst (US Operations)
        for our New York office, we are pleased to inform you that your profile has been
        shortlisted for the first round of technical interview. Please find the interview details
        as below:

        Date      : 12-Nov-2026 (Thursday)
        Time      : 10:00 AM to 10:45 AM EST (8:30 PM to 9:15 PM IST)
        Mode      : MS Teams video call (link will be shared by the panel separately)
        Panel     : Mr. Rajesh Iyengar (AVP - Finance Transformation)
                    Ms. Pooja Menon (Senior Manager - FP&A)
        Duration  : 45 minutes

        Kindly keep the following things ready:
        1. Updated resume
        2. Government issued photo ID for verification
        3. Stable internet connection with camera switched on

        Request you to kindly acknowledge the receipt of this mail. In case of any query please
        revert on this mail or reach me on +91 80 4719 2250.

        Thanks & Regards,
        Sneha Kulkarni
        Executive - Talent Acquisition
        Vasudha Analytics Services Pvt. Ltd.
        Prestige Tech Park, Outer Ring Road, Bengaluru - 560103
        www.vasudha-analytics.co.in
        """)
    mid = "<PN2PR01MB9184E6A0C3F71B25D8E4A09CB7F12@PN2PR01MB9184.INDPRD01.PROD.OUTLOOK.COM>"
    h = head(frm=addr("Sneha Kulkarni", "sneha.kulkarni@vasudha-analytics.co.in"),
             subject="Interview Schedule - Financial Analyst (US Operations) - Round 1 - Marcus Oyelaran",
             when="2026-11-06 13:20:47", zone=KOL, msgid=mid,
             relay="from IND01-MA0-obe.outbound.protection.outlook.com "
                   "(mail-ma0ind01on2072.outbound.protection.outlook.com [40.107.215.72])",
             return_path="<sneha.kulkarni@vasudha-analytics.co.in>",
             extra=(("Thread-Topic", "Interview Schedule - Financial Analyst (US Operations) - Round 1 - "
                                     "Marcus Oyelaran"),
                    ("Importance", "high"), ("X-Priority", "1"),
                    ("Content-Language", "en-IN")))
    return message(h, text(body, charset="iso-8859-15"))


@mail(n(13), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-20 15:00", NY), end=None,
      contact="renee.castillo@capitolridgecu.org", company="Capitol Ridge Credit Union",
      local="Tue 2026-10-20 15:00", zone=NY,
      note="Recruiter confirmation with a pasted Zoom invitation (text+HTML, both base64; RFC 2047 sender "
           "name); 'Oct 20, 2026 03:00 PM Eastern Time (US and Canada)' -> EDT 19:00Z; 'about 30 "
           "minutes' is approximate -> end null; contact = sender")
def zoom_capitol_ridge():
    body = t("""
        Hi Marcus,

        Thank you for your interest in Capitol Ridge Credit Union! I'm happy to confirm your
        interview with our Finance Manager, Gordon Achebe, on Tuesday, October 20 at 3:00 PM
        Eastern. The conversation should take about 30 minutes. Zoom details are below.

        Renée Castillo is inviting you to a scheduled Zoom meeting.

        Topic: Marcus Oyelaran - Financial Analyst II Interview
        Time: Oct 20, 2026 03:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://capitolridgecu.zoom.us/j/84471203396?pwd=c1FhRzJ6T0tPbWxYc2VuU1dWUT09

        Meeting ID: 844 7120 3396
        Passcode: 331970

        ---

        One tap mobile
        +12025550199,,84471203396#,,,,*331970# US (Washington DC)
        +13125550177,,84471203396#,,,,*331970# US (Chicago)

        Meeting ID: 844 7120 3396
        Passcode: 331970

        Best regards,
        Renée Castillo
        Talent Acquisition Partner | Capitol Ridge Credit Union
        2200 Pennsylvania Ave NW, Washington, DC 20037
        renee.castillo@capitolridgecu.org | 202-555-0163
        """)
    page = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Marcus,</p>
        <p>Thank you for your interest in Capitol Ridge Credit Union! I'm happy to confirm your interview with our
        Finance Manager, Gordon Achebe, on <b>Tuesday, October 20 at 3:00 PM Eastern</b>. The conversation should take
        about 30 minutes. Zoom details are below.</p>
        <div style="border-left:3px solid #2d8cff;padding-left:10px;color:#333">
        <p>Renée Castillo is inviting you to a scheduled Zoom meeting.</p>
        <p>Topic: Marcus Oyelaran - Financial Analyst II Interview<br>
        Time: Oct 20, 2026 03:00 PM Eastern Time (US and Canada)</p>
        <p>Join Zoom Meeting<br>
        <a href="https://capitolridgecu.zoom.us/j/84471203396?pwd=c1FhRzJ6T0tPbWxYc2VuU1dWUT09">https://capitolridgecu.zoom.us/j/84471203396?pwd=c1FhRzJ6T0tPbWxYc2VuU1dWUT09</a></p>
        <p>Meeting ID: 844 7120 3396<br>Passcode: 331970</p>
        </div>
        <p>Best regards,<br>Renée Castillo<br>Talent Acquisition Partner | Capitol Ridge Credit Union<br>
        2200 Pennsylvania Ave NW, Washington, DC 20037<br>
        <a href="mailto:renee.castillo@capitolridgecu.org">renee.castillo@capitolridgecu.org</a> | 202-555-0163</p>
        </body></html>
        """)
    mid = "<BY5PR19MB3954F0B2C8D6A41E7F3905D2A6C41@BY5PR19MB3954.namprd19.prod.outlook.com>"
    h = head(frm=addr("Renée Castillo", "renee.castillo@capitolridgecu.org"),
             subject="Interview confirmation – Financial Analyst II", when="2026-10-14 10:15:08", zone=NY,
             msgid=mid,
             relay="from NAM04-BN8-obe.outbound.protection.outlook.com "
                   "(mail-bn8nam04on2109.outbound.protection.outlook.com [40.107.100.109])",
             return_path="<renee.castillo@capitolridgecu.org>",
             extra=(("Content-Language", "en-US"),))
    return message(h, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(14), family="exchange", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-10 13:30", NY), end=utc("2026-11-10 14:30", NY),
      contact="bfaherty@pennsquareins.com", company="Penn Square Insurance",
      local="Tue 2026-11-10 13:30", local_end="2026-11-10 14:30", zone=NY,
      note="Recruiter's note says only 'attaching the calendar invite'; the time is only in the attached "
           "Outlook .ics: DTSTART;TZID=Eastern Standard Time:20261110T133000 (EST, UTC-5) -> 18:30Z, "
           "DTEND 14:30 -> 19:30Z; contact = sender / ORGANIZER")
def outlook_penn_square_ics_only():
    body = t("""
        Hi Marcus,

        Great speaking with you last week. Attaching the calendar invite for the second round with
        Paul Greer (our CFO) and me - all the details are in there. It'll be in person at our
        offices; I'll meet you in the lobby.

        If the time doesn't work, let me know and we'll find another.

        Thanks,
        Bridget

        Bridget Faherty
        Senior Talent Acquisition Partner
        Penn Square Insurance Company
        Two Penn Square West, Philadelphia, PA 19102
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ATTENDEE;CN=\"Marcus Oyelaran\";RSVP=TRUE:mailto:marcus.oyelaran@example.org",
        "ATTENDEE;CN=\"Paul Greer\";RSVP=TRUE:mailto:pgreer@pennsquareins.com",
        "CLASS:PUBLIC",
        "CREATED:20261104T220112Z",
        "DESCRIPTION:Second round interview - Senior Financial Analyst\\, Corporate Planning\\n\\nMeet"
        " Bridget in the 14th floor lobby. Please bring a photo ID for the building desk.\\n",
        "DTEND;TZID=\"Eastern Standard Time\":20261110T143000",
        "DTSTAMP:20261104T220112Z",
        "DTSTART;TZID=\"Eastern Standard Time\":20261110T133000",
        "LAST-MODIFIED:20261104T220112Z",
        "LOCATION:Two Penn Square West - 14th Floor\\, Boardroom B",
        "ORGANIZER;CN=\"Bridget Faherty\":mailto:bfaherty@pennsquareins.com",
        "PRIORITY:5",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-us:Interview: Marcus Oyelaran / Penn Square Insurance (2nd round)",
        "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E00800000000306AD2E6A96CDC010000000000000000100000004E8F61C0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-AUTOFILLLOCATION:FALSE",
        "X-MS-OLK-CONFTYPE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<SA1PR04MB8316B7E2D0A94F3C61E85A7D0C93@SA1PR04MB8316.namprd04.prod.outlook.com>"
    h = head(frm=addr("Bridget Faherty", "bfaherty@pennsquareins.com"),
             subject="Second round - invite attached", when="2026-11-04 17:02:40", zone=NY, msgid=mid,
             relay="from NAM10-BN7-obe.outbound.protection.outlook.com "
                   "(mail-bn7nam10on2131.outbound.protection.outlook.com [40.107.92.131])",
             return_path="<bfaherty@pennsquareins.com>",
             extra=(("Thread-Topic", "Second round - invite attached"),
                    ("Thread-Index", "AdtOB9e7n1xQm4wKR0yS3aHcV2pLfg=="),
                    ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")))
    return message(h, mixed(
        text(body),
        calendar(ics, method=None, cte="base64", filename="Interview - Marcus Oyelaran (2nd round).ics",
                 disposition="attachment", name_param=True)))


@mail(n(15), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-08 11:00", NY), end=utc("2026-12-08 11:45", NY),
      contact="priya@tallyroom.io", company="Tallyroom",
      local="Tue 2026-12-08 11:00", local_end="2026-12-08 11:45", zone=NY,
      note="Google Calendar invitation from a startup's head of finance; 'Tuesday Dec 8, 2026 11am - "
           "11:45am, Eastern Time - New York' (EST) -> 16:00Z-16:45Z, ICS in UTC agrees; contact = "
           "organizer (From / Reply-To / ORGANIZER)")
def gcal_tallyroom():
    eid = "NWJkM2Y4cTFmN2x0cDJvZzVvOWsyc2hoMGQgbWFyY3VzLm95ZWxhcmFuQGV4YW1wbGUub3Jn"
    body = t(f"""
        Marcus <> Tallyroom - Finance & Strategy, round 2
        Tuesday Dec 8, 2026 ⋅ 11am – 11:45am
        Eastern Time - New York

        Join with Google Meet
        https://meet.google.com/tkr-uvpe-wmc

        Join by phone
        (US) +1 469-555-0142 PIN: 417 203 588#

        hey Marcus - round 2 is a working session w/ me + Jules (our CEO). we'll poke at a messy
        cohort model together, no prep needed. bring opinions.

        Organizer
        Priya Venkataraman
        priya@tallyroom.io

        Guests
        Priya Venkataraman - organizer
        Jules Ferreira-Hart
        marcus.oyelaran@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for marcus.oyelaran@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t(f"""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px">
        <h2 style="font-weight:400;color:#3c4043">Marcus &lt;&gt; Tallyroom - Finance &amp; Strategy, round 2</h2>
        <div><span style="color:#70757a">When</span><br>Tuesday Dec 8, 2026 &#8901; 11am &ndash; 11:45am (Eastern Time - New York)</div>
        <div style="margin-top:12px"><a href="https://meet.google.com/tkr-uvpe-wmc" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></div>
        <p>hey Marcus - round 2 is a working session w/ me + Jules (our CEO). we'll poke at a messy cohort model together, no prep needed. bring opinions.</p>
        <div><span style="color:#70757a">Organizer</span><br>Priya Venkataraman<br><a href="mailto:priya@tallyroom.io">priya@tallyroom.io</a></div>
        <div style="margin-top:12px"><span style="color:#70757a">Guests</span><br>Priya Venkataraman - organizer<br>Jules Ferreira-Hart<br>marcus.oyelaran@example.org</div>
        <div style="margin-top:16px">Reply for marcus.oyelaran@example.org
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3">Maybe</a></div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20261208T160000Z",
        "DTEND:20261208T164500Z",
        "DTSTAMP:20261201T153014Z",
        "ORGANIZER;CN=Priya Venkataraman:mailto:priya@tallyroom.io",
        "UID:5bd3f8q1f7ltp2og5o9k2shh0d@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Venkat"
        "araman;X-NUM-GUESTS=0:mailto:priya@tallyroom.io",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jules Fe"
        "rreira-Hart;X-NUM-GUESTS=0:mailto:jules@tallyroom.io",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.o"
        "yelaran@example.org;X-NUM-GUESTS=0:mailto:marcus.oyelaran@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/tkr-uvpe-wmc",
        "CREATED:20261201T153013Z",
        "DESCRIPTION:hey Marcus - round 2 is a working session w/ me + Jules (our CEO). we'll poke at"
        " a messy cohort model together\\, no prep needed. bring opinions.",
        "LAST-MODIFIED:20261201T153013Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Marcus <> Tallyroom - Finance & Strategy\\, round 2",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<calendar-7d0b4a53-2c8e-4f61-b3d9-0e5a7f92c184@google.com>"
    h = head(frm=addr("Priya Venkataraman", "priya@tallyroom.io"),
             subject="Invitation: Marcus <> Tallyroom - Finance & Strategy, round 2 @ Tue Dec 8, 2026 "
                     "11am - 11:45am (EST) (marcus.oyelaran@example.org)",
             when="2026-12-01 10:30:14", zone=NY, msgid=mid,
             relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             return_path="<3lk8NaxUKDq8Xyq2FiDD-zm2z-1oaYF0x.E00IQIZkG4Cz9G.nWGF@calendar-server.bounces.google.com>",
             reply_to="priya@tallyroom.io",
             extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, mixed(
        alt(text(body), html(page), calendar(ics, method="REQUEST", cte="7bit")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(n(16), family="government", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:30", NY), end=None,
      contact="denise.whitfield@prta-dc.org", company="Potomac Regional Transit Authority",
      local="Wed 2026-10-14 09:30", zone=NY, days=(("Fri", "2026-10-09"),),
      note="Formal government Notice of Interview; 'Wednesday, October 14, 2026, 9:30 a.m. Eastern Time' "
           "-> EDT 13:30Z; 'approximately 60 minutes' -> end null; the 'confirm receipt by Friday, "
           "October 9' deadline does not make the slot tentative; sender is a role mailbox "
           "(hrinterviews@), contact = the HR Specialist's address in the body")
def government_prta():
    body = t("""
        NOTICE OF INTERVIEW

        Candidate:             Marcus Oyelaran
        Vacancy Announcement:  PRTA-26-0417
        Position:              Financial Analyst (Budget), Grade FA-12
        Office:                Office of Management and Budget

        Dear Mr. Oyelaran:

        You have been selected to participate in a structured panel interview for the position
        listed above. Your interview is scheduled as follows:

            Date:      Wednesday, October 14, 2026
            Time:      9:30 a.m. Eastern Time
            Location:  PRTA Headquarters, 600 Fifth Street NW, Room 4C-210,
                       Washington, DC 20001
            Format:    In-person structured panel interview (three panel members)

        The interview will last approximately 60 minutes. Please arrive 15 minutes early to clear
        building security and present a valid government-issued photo identification at the
        visitor desk.

        All candidates are asked the same questions, and panel members will not be able to answer
        questions about the selection process during the interview. You may bring a copy of your
        resume and a notepad.

        If you require a reasonable accommodation for the interview process, please contact the
        HR Specialist listed below at least three (3) business days before your interview date.

        Please confirm receipt of this notice by e-mail to the HR Specialist no later than
        5:00 p.m. Eastern Time on Friday, October 9, 2026.

        Point of Contact:
        Ms. Denise Whitfield, HR Specialist (Recruitment & Placement)
        denise.whitfield@prta-dc.org | (202) 555-0124

        Office of Human Capital
        Potomac Regional Transit Authority

        PRTA is an Equal Opportunity Employer. This mailbox is not monitored.
        """)
    mid = "<20261006150011.3F7A2C01@smtp1.prta-dc.org>"
    h = head(frm=addr("PRTA Office of Human Capital", "hrinterviews@prta-dc.org"),
             subject="NOTICE OF INTERVIEW - Vacancy Announcement PRTA-26-0417 - Financial Analyst (Budget), "
                     "Grade FA-12",
             when="2026-10-06 11:00:11", zone=NY, msgid=mid,
             relay="from smtp1.prta-dc.org (smtp1.prta-dc.org [198.51.100.24])",
             to=addr("Oyelaran, Marcus", ME))
    return message(h, text(body))


# ============================================================================ positives: rescheduled


@mail(n(17), family="greenhouse", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-03 14:00", NY), end=utc("2026-11-03 14:45", NY),
      contact="marisol.ocampo@bowerystreetcap.com", company="Bowery Street Capital",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 14:45", zone=NY,
      note="Greenhouse reschedule stating the old slot (Wed 28 Oct 2:00 PM EDT = 18:00Z) and the new one "
           "(Tue 3 Nov 2:00-2:45 PM EST, after US DST ends on 1 Nov) -> same wall time, new offset: "
           "19:00Z-19:45Z; ICS SEQUENCE:1 TZID=America/New_York agrees; contact = Reply-To recruiter")
def greenhouse_bowery_reschedule():
    body = t("""
        Hi Marcus,

        Your interview for Senior Analyst, Investor Reporting at Bowery Street Capital has been
        rescheduled. Your updated interview details are below.

        Previously:  Wednesday, October 28, 2026, 2:00 PM - 2:45 PM EDT
        Updated:     Tuesday, November 3, 2026, 2:00 PM - 2:45 PM EST

        Interviewer: Keith Amsel, Head of Investor Relations
        Location:    Phone call - Keith will call you at the number on your application

        An updated calendar invitation is attached; the previous one is no longer valid. Reply to
        this email with any questions and it will go to Marisol Ocampo.

        Thanks,
        Bowery Street Capital Recruiting

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Marcus,</p>
        <p>Your interview for <b>Senior Analyst, Investor Reporting</b> at Bowery Street Capital has been rescheduled.
        Your updated interview details are below.</p>
        <table cellpadding="4">
        <tr><td><b>Previously</b></td><td><s>Wednesday, October 28, 2026, 2:00 PM - 2:45 PM EDT</s></td></tr>
        <tr><td><b>Updated</b></td><td>Tuesday, November 3, 2026, 2:00 PM - 2:45 PM EST</td></tr>
        <tr><td><b>Interviewer</b></td><td>Keith Amsel, Head of Investor Relations</td></tr>
        <tr><td><b>Location</b></td><td>Phone call - Keith will call you at the number on your application</td></tr>
        </table>
        <p>An updated calendar invitation is attached; the previous one is no longer valid. Reply to this email with
        any questions and it will go to Marisol Ocampo.</p>
        <p>Thanks,<br>Bowery Street Capital Recruiting</p>
        <p style="color:#8a8a8a;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ[NY],
        "BEGIN:VEVENT",
        "UID:gh-interview-2093381-51206@greenhouse.io",
        "DTSTAMP:20261026T134022Z",
        "DTSTART;TZID=America/New_York:20261103T140000",
        "DTEND;TZID=America/New_York:20261103T144500",
        "SUMMARY:Phone Interview: Marcus Oyelaran / Bowery Street Capital",
        "DESCRIPTION:Keith Amsel will call you.",
        "ORGANIZER;CN=Marisol Ocampo:mailto:marisol.ocampo@bowerystreetcap.com",
        "ATTENDEE;CN=Marcus Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
        "marcus.oyelaran@example.org",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<Zr0q7XvN2mT-8bQe3aWc1w@geopod-ismtpd-7>"
    h = head(frm=addr("Bowery Street Capital", "no-reply@us.greenhouse-mail.io"),
             subject="Updated: Your interview with Bowery Street Capital has been rescheduled",
             when="2026-10-26 09:40:22", zone=NY, msgid=mid,
             relay="from o3.ptr2281.greenhouse-mail.io (o3.ptr2281.greenhouse-mail.io [167.89.98.3])",
             reply_to=addr("Marisol Ocampo", "marisol.ocampo@bowerystreetcap.com"))
    return message(h, mixed(
        alt(text(body), html(page)),
        calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-26 15:30", NY), end=None,
      contact="cmurtagh@wissahickonpartners.com", company="Wissahickon Partners",
      local="Mon 2026-10-26 15:30", zone=NY, days=(("Thu", "2026-10-22"),),
      note="Executive assistant moves the interview 'from Thursday 10/22 at 3:00 to Monday 10/26 at 3:30 PM' "
           "(both EDT); new time -> 19:30Z; 'about 45 minutes' -> end null; contact = sender (the "
           "partner's fresh invite is only announced)")
def prose_wissahickon_reschedule():
    body = t("""
        Hi Marcus,

        Heads up - Dale got pulled into a portfolio company board meeting on Thursday, so we've
        moved your interview from Thursday 10/22 at 3:00 to Monday 10/26 at 3:30 PM. Same place
        (2001 Market Street, Suite 3100) and same format: Dale and Priscilla Yoon from our
        portfolio operations team, about 45 minutes.

        Dale's calendar will send you a fresh invite this afternoon; please disregard the old one.
        Apologies for the shuffle!

        Best,
        Colleen

        Colleen Murtagh
        Executive Assistant to Dale Freeland
        Wissahickon Partners
        2001 Market Street, Suite 3100 | Philadelphia, PA 19103
        215-555-0186
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Marcus,</p>
        <p>Heads up - Dale got pulled into a portfolio company board meeting on Thursday, so we've moved your interview
        from <b>Thursday 10/22 at 3:00</b> to <b>Monday 10/26 at 3:30 PM</b>. Same place (2001 Market Street, Suite 3100)
        and same format: Dale and Priscilla Yoon from our portfolio operations team, about 45 minutes.</p>
        <p>Dale's calendar will send you a fresh invite this afternoon; please disregard the old one. Apologies for the
        shuffle!</p>
        <p>Best,<br>Colleen</p>
        <p style="font-size:9pt;color:#595959">Colleen Murtagh<br>Executive Assistant to Dale Freeland<br>Wissahickon Partners<br>
        2001 Market Street, Suite 3100 | Philadelphia, PA 19103<br>215-555-0186</p>
        </div></body></html>
        """)
    mid = "<MN2PR12MB4422D8A1F5C03E6B7A9D24E0C1F85@MN2PR12MB4422.namprd12.prod.outlook.com>"
    h = head(frm=addr("Colleen Murtagh", "cmurtagh@wissahickonpartners.com"),
             subject="Change of time - your interview with Dale Freeland", when="2026-10-20 13:12:45",
             zone=NY, msgid=mid,
             relay="from NAM12-MN2-obe.outbound.protection.outlook.com "
                   "(mail-mn2nam12on2120.outbound.protection.outlook.com [40.107.244.120])",
             return_path="<cmurtagh@wissahickonpartners.com>",
             extra=(("Thread-Topic", "Change of time - your interview with Dale Freeland"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(page)))


@mail(n(19), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-04 09:00", CHI), end=utc("2026-11-04 09:45", CHI),
      contact="ethan.vukovich@prairieledger.com", company="Prairie Ledger Bank",
      local="Wed 2026-11-04 09:00", local_end="2026-11-04 09:45", zone=CHI,
      note="Google Calendar 'Updated invitation', sent Thu 29 Oct in CDT; moved from Fri 30 Oct 10am CDT "
           "(15:00Z) to Wed 4 Nov 9am-9:45am Central (CST after 1 Nov, UTC-6) -> 15:00Z-15:45Z: the "
           "same UTC hour as the old slot; ICS SEQUENCE:1 in UTC agrees; contact = organizer")
def gcal_prairie_updated():
    eid = "M2Y4cjBkN2t2NWJxOWg0bjZ0MW0wcGE4ZTIgbWFyY3VzLm95ZWxhcmFuQGV4YW1wbGUub3Jn"
    body = t(f"""
        This event has been updated
        Changed: time

        Prairie Ledger Bank - Senior FP&A Analyst (Marcus Oyelaran)
        Wednesday Nov 4, 2026 ⋅ 9am – 9:45am
        Central Time - Chicago
        Previously: Friday Oct 30, 2026 ⋅ 10am – 10:45am

        Ethan Vukovich updated this event with a note:
        "Moving us to next Wednesday - our CFO Dana wants to join and Friday didn't work for her.
        Thanks for being flexible, Marcus!"

        Join with Google Meet
        https://meet.google.com/pxn-wqre-hjd

        Organizer
        Ethan Vukovich
        ethan.vukovich@prairieledger.com

        Guests
        Ethan Vukovich - organizer
        Dana Okonkwo-Reyes
        marcus.oyelaran@example.org

        Reply for marcus.oyelaran@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px">
        <div style="color:#70757a">This event has been updated</div>
        <h2 style="font-weight:400">Prairie Ledger Bank - Senior FP&amp;A Analyst (Marcus Oyelaran)</h2>
        <div><span style="color:#70757a">When</span> <span style="color:#d93025">Changed</span><br>
        Wednesday Nov 4, 2026 &#8901; 9am &ndash; 9:45am (Central Time - Chicago)<br>
        <s style="color:#70757a">Friday Oct 30, 2026 &#8901; 10am &ndash; 10:45am</s></div>
        <p>Ethan Vukovich updated this event with a note:<br>
        <i>"Moving us to next Wednesday - our CFO Dana wants to join and Friday didn't work for her. Thanks for being
        flexible, Marcus!"</i></p>
        <div><a href="https://meet.google.com/pxn-wqre-hjd">Join with Google Meet</a></div>
        <div style="margin-top:12px"><span style="color:#70757a">Organizer</span><br>Ethan Vukovich<br>
        <a href="mailto:ethan.vukovich@prairieledger.com">ethan.vukovich@prairieledger.com</a></div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20261104T150000Z",
        "DTEND:20261104T154500Z",
        "DTSTAMP:20261029T202209Z",
        "ORGANIZER;CN=Ethan Vukovich:mailto:ethan.vukovich@prairieledger.com",
        "UID:3f8r0d7kv5bq9h4n6t1m0pa8e2@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ethan Vukovi"
        "ch;X-NUM-GUESTS=0:mailto:ethan.vukovich@prairieledger.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Oko"
        "nkwo-Reyes;X-NUM-GUESTS=0:mailto:dana.okonkwo-reyes@prairieledger.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.o"
        "yelaran@example.org;X-NUM-GUESTS=0:mailto:marcus.oyelaran@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/pxn-wqre-hjd",
        "CREATED:20261022T164501Z",
        "DESCRIPTION:",
        "LAST-MODIFIED:20261029T202208Z",
        "LOCATION:",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:Prairie Ledger Bank - Senior FP&A Analyst (Marcus Oyelaran)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<calendar-b21e9f47-6a0d-4c3e-8f15-d7c2a94e0b68@google.com>"
    h = head(frm=addr("Ethan Vukovich", "ethan.vukovich@prairieledger.com"),
             subject="Updated invitation: Prairie Ledger Bank - Senior FP&A Analyst (Marcus Oyelaran) @ Wed "
                     "Nov 4, 2026 9am - 9:45am (CST) (marcus.oyelaran@example.org)",
             when="2026-10-29 15:22:09", zone=CHI, msgid=mid,
             relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             return_path="<3wQZjaxUKDv4Ghe9UhVV-MnVY-0kdQYf8Q.VXXBPXFbRpYwO2.8dBR@calendar-server.bounces.google.com>",
             reply_to="ethan.vukovich@prairieledger.com",
             extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, mixed(
        alt(text(body), html(page), calendar(ics, method="REQUEST", cte="7bit")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(n(20), family="icims", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-10 13:00", NY), end=utc("2026-12-10 14:00", NY),
      contact="tamika.greer@monongahelaenergy.com", company="Monongahela Energy",
      local="Thu 2026-12-10 13:00", local_end="2026-12-10 14:00", zone=NY,
      note="iCIMS reschedule, HTML only, iso-8859-1 quoted-printable, no ICS; original Tue 8 Dec 1:00 PM "
           "Eastern, new 'Thursday, December 10, 2026, 1:00 PM - 2:00 PM Eastern' (EST) -> "
           "18:00Z-19:00Z; sender is an iCIMS system address, contact = recruiter address in the body")
def icims_monongahela_reschedule():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="640" cellpadding="10" cellspacing="0" style="border:1px solid #cccccc">
        <tr><td style="background:#00416a;color:#ffffff;font-size:16px"><b>Monongahela Energy</b> Careers</td></tr>
        <tr><td>
        <p>Dear Marcus,</p>
        <p>Your interview for the position of <b>Financial Analyst III - Regulatory Accounting (Req #2026-3318)</b>
        has been rescheduled.</p>
        <p><b>Original date and time:</b> Tuesday, December 8, 2026 at 1:00 PM Eastern<br>
        <b>New date and time:</b> Thursday, December 10, 2026, 1:00 PM - 2:00 PM Eastern<br>
        <b>Interview location:</b> Monongahela Energy, 11 Stanwix Street, 14th Floor, Pittsburgh, PA 15222<br>
        <b>Interviewers:</b> Carla Dombrowski, Manager - Regulatory Accounting; Jeffrey Lutz, Director - Rates</p>
        <p>We apologize for any inconvenience. If the new time does not work for you, please contact your recruiter,
        Tamika Greer, at <a href="mailto:tamika.greer@monongahelaenergy.com">tamika.greer@monongahelaenergy.com</a>.</p>
        <p>Sincerely,<br>Monongahela Energy Talent Acquisition</p>
        <p style="font-size:10px;color:#777777">This message was sent via iCIMS. Please do not reply to this message;
        this mailbox is not monitored. &copy; 2026 Monongahela Energy. All rights reserved.</p>
        </td></tr></table>
        </body></html>
        """)
    mid = "<1733252700513.83421.icims-mta-p07@talent.icims.com>"
    h = head(frm=addr("Monongahela Energy", "monongahelaenergy@talent.icims.com"),
             subject="Interview Rescheduled: Financial Analyst III - Regulatory Accounting",
             when="2026-12-03 14:05:00", zone=NY, msgid=mid,
             relay="from mta07.icims.com (mta07.icims.com [208.69.235.47])",
             extra=(("X-iCIMS-Customer", "monongahelaenergy"),))
    return message(h, html(page, charset="iso-8859-1"))


# ============================================================================ positives: cancelled


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-09-17 16:00", NY), end=utc("2026-09-17 16:30", NY),
      contact="ben@gridwise.energy", company="Gridwise",
      local="Thu 2026-09-17 16:00", local_end="2026-09-17 16:30", zone=NY,
      note="Google Calendar cancellation with a note (METHOD:CANCEL, STATUS:CANCELLED); cancelled slot "
           "Thu 17 Sep 4pm-4:30pm Eastern (EDT) -> 20:00Z-20:30Z; search paused, no new time; contact "
           "= organizer")
def gcal_gridwise_cancel():
    body = t("""
        This event has been canceled and removed from your calendar.

        Ben Oduya canceled this event with a note:
        "Marcus - really sorry, we're pausing the finance lead search until our Series B closes.
        I'll reach back out in Q1 if that's ok. -Ben"

        Marcus / Gridwise - Finance Lead intro
        Thursday Sep 17, 2026 ⋅ 4pm – 4:30pm
        Eastern Time - New York

        Organizer
        Ben Oduya
        ben@gridwise.energy

        Guests
        Ben Oduya - organizer
        marcus.oyelaran@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px">
        <div style="color:#d93025">This event has been canceled and removed from your calendar.</div>
        <p>Ben Oduya canceled this event with a note:<br><i>"Marcus - really sorry, we're pausing the finance lead
        search until our Series B closes. I'll reach back out in Q1 if that's ok. -Ben"</i></p>
        <h2 style="font-weight:400;text-decoration:line-through">Marcus / Gridwise - Finance Lead intro</h2>
        <div>Thursday Sep 17, 2026 &#8901; 4pm &ndash; 4:30pm (Eastern Time - New York)</div>
        <div style="margin-top:12px"><span style="color:#70757a">Organizer</span><br>Ben Oduya<br>
        <a href="mailto:ben@gridwise.energy">ben@gridwise.energy</a></div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:CANCEL",
        "BEGIN:VEVENT",
        "DTSTART:20260917T200000Z",
        "DTEND:20260917T203000Z",
        "DTSTAMP:20260914T125503Z",
        "ORGANIZER;CN=Ben Oduya:mailto:ben@gridwise.energy",
        "UID:0k4t7bq2m9vd1e6h3s8p5rc0fa@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=marcus.oyelaran@exam"
        "ple.org;X-NUM-GUESTS=0:mailto:marcus.oyelaran@example.org",
        "CREATED:20260910T141122Z",
        "DESCRIPTION:",
        "LAST-MODIFIED:20260914T125502Z",
        "LOCATION:",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Marcus / Gridwise - Finance Lead intro",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<calendar-5c9e0a12-7b34-4d8f-a61e-2f90c3b7d451@google.com>"
    h = head(frm=addr("Ben Oduya", "ben@gridwise.energy"),
             subject="Canceled event with note: Marcus / Gridwise - Finance Lead intro @ Thu Sep 17, 2026 "
                     "4pm - 4:30pm (EDT) (marcus.oyelaran@example.org)",
             when="2026-09-14 08:55:03", zone=NY, msgid=mid,
             relay="from mail-sor-f72.google.com (mail-sor-f72.google.com [209.85.220.72])",
             return_path="<3pPbxaxUKDsQBCu5O6RR-JkRU-M9wBJpRK.FRRFPHv4KpM.wy@calendar-server.bounces.google.com>",
             reply_to="ben@gridwise.energy",
             extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, mixed(
        alt(text(body), html(page), calendar(ics, method="CANCEL", cte="7bit")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-12-04 10:00", NY), end=None,
      contact="lpruitt@catawbafreight.com", company="Catawba Freight Systems",
      local="Fri 2026-12-04 10:00", zone=NY,
      note="Recruiter cancels 'Friday's 10:00 interview' (req on hold), no new time; Friday resolved "
           "against Date Mon 30 Nov -> Fri 4 Dec 10:00 Eastern (Charlotte, EST) = 15:00Z; "
           "windows-1252 quoted-printable body with curly quotes; contact = sender")
def prose_catawba_cancel():
    body = t("""
        Hi Marcus,

        I’m sorry to do this on short notice, but we need to cancel Friday’s 10:00 interview with
        Wade and the finance team. As of this morning the Senior Financial Analyst req has been put
        on hold pending 2027 budget approval, so we’re pausing all interviews for the role.

        This isn’t a reflection on you at all – Wade was genuinely looking forward to meeting you.
        If the position reopens in the new year I’ll reach out to you first.

        Again, my apologies.

        Leigh-Anne

        Leigh-Anne Pruitt | Talent Acquisition Manager
        Catawba Freight Systems | 4400 Westinghouse Blvd, Charlotte, NC 28273
        o 704.555.0132
        """)
    mid = "<DS7PR10MB5102A4E8C1F3D09B6E2A75C8F0D14@DS7PR10MB5102.namprd10.prod.outlook.com>"
    h = head(frm=addr("Leigh-Anne Pruitt", "lpruitt@catawbafreight.com"),
             subject="Friday’s interview – cancelling, I’m sorry", when="2026-11-30 16:20:37", zone=NY,
             msgid=mid,
             relay="from NAM10-DM6-obe.outbound.protection.outlook.com "
                   "(mail-dm6nam10on2112.outbound.protection.outlook.com [40.107.93.112])",
             return_path="<lpruitt@catawbafreight.com>",
             extra=(("Content-Language", "en-US"),))
    return message(h, text(body, charset="windows-1252"))


@mail(n(23), family="exchange", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-16 14:00", CHI), end=utc("2026-11-16 15:00", CHI),
      contact="greta.lindqvist@larrabeeanalytics.com", company="Larrabee Analytics",
      local="Mon 2026-11-16 14:00", local_end="2026-11-16 15:00", zone=CHI, days=(("Thu", "2026-11-19"),),
      note="Exchange meeting cancellation (METHOD:CANCEL, STATUS:CANCELLED, TZID 'Central Standard Time'); "
           "cancelled slot Mon 16 Nov 2:00-3:00 PM CST (UTC-6) -> 20:00Z-21:00Z; the organizer proposes "
           "Thu 11/19 at 10:00 CT but will only send a new invite once he confirms, so the new time "
           "is not confirmed and the kind stays cancelled; contact = organizer")
def exchange_larrabee_cancel():
    words = t("""
        When: Monday, November 16, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Marcus,

        Apologies - our VP of Finance has a board-prep conflict that just landed on Monday
        afternoon, so I'm canceling this slot. Could you do Thursday 11/19 at 10:00 CT instead?
        Once you confirm I'll send a new invite.

        Thanks for your patience,
        Greta

        Greta Lindqvist | Talent Partner
        Larrabee Analytics | 222 W Adams St, Chicago, IL 60606
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Marcus,</p>
        <p>Apologies - our VP of Finance has a board-prep conflict that just landed on Monday afternoon, so I'm
        canceling this slot. Could you do Thursday 11/19 at 10:00 CT instead? Once you confirm I'll send a new
        invite.</p>
        <p>Thanks for your patience,<br>Greta</p>
        <p style="font-size:9pt;color:#595959">Greta Lindqvist | Talent Partner<br>Larrabee Analytics | 222 W Adams St,
        Chicago, IL 60606</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:CANCEL",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Central Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Greta Lindqvist:mailto:greta.lindqvist@larrabeeanalytics.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Oyelaran:mailto:marcu"
        "s.oyelaran@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Hi Marcus\\,\\n\\nApologies - our VP of Finance has a board-prep c"
        "onflict that just landed on Monday afternoon\\, so I'm canceling this slot.\\n",
        "UID:040000008200E00074C5B7101A82E0080000000070D2A4F5B274DC01000000000000000010000000A7E60C93D1",
        "SUMMARY;LANGUAGE=en-US:Canceled: Interview: Marcus Oyelaran - Senior FP&A Analyst",
        "DTSTART;TZID=Central Standard Time:20261116T140000",
        "DTEND;TZID=Central Standard Time:20261116T150000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:20261111T173012Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1830224761",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<CH3PR11MB7788E1F09A4B2C6D8E3F710A5B2C9@CH3PR11MB7788.namprd11.prod.outlook.com>"
    h = head(frm=addr("Greta Lindqvist", "greta.lindqvist@larrabeeanalytics.com"),
             subject="Canceled: Interview: Marcus Oyelaran - Senior FP&A Analyst",
             when="2026-11-11 11:30:12", zone=CHI, msgid=mid,
             relay="from NAM11-CO1-obe.outbound.protection.outlook.com "
                   "(mail-co1nam11on2105.outbound.protection.outlook.com [40.107.220.105])",
             return_path="<greta.lindqvist@larrabeeanalytics.com>",
             extra=(("Thread-Topic", "Interview: Marcus Oyelaran - Senior FP&A Analyst"),
                    ("Thread-Index", "AdtRiJ2w7mXz0uQfS5qkH3gE9cA1Vw=="),
                    ("Importance", "high"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(words), html(page), calendar(ics, method="CANCEL", cte="base64")))


# ============================================================================ negatives


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Tallyroom",
      days=(("Tue", "2026-12-08"),),
      note="Recruitee rejection after the Tuesday 8 Dec working session (thread with the Google Calendar "
           "invitation); mentions that past interview, confirms nothing new")
def recruitee_tallyroom_rejection():
    body = t("""
        Hi Marcus,

        Thank you for spending time with Jules and me last Tuesday - we both enjoyed the cohort
        model session and your questions about our churn assumptions were spot on.

        After a lot of back and forth, we've decided to move forward with another candidate whose
        background is a bit closer to the SaaS metrics work we need right away. This was a close
        call, and I don't say that lightly.

        I'd genuinely like to stay in touch. If our next round closes as planned, we'll be hiring a
        controller in the second half of next year, and I'd love to send it your way.

        Wishing you the best with the search,
        Priya

        Priya Venkataraman
        Head of Finance, Tallyroom
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2328">
        <p>Hi Marcus,</p>
        <p>Thank you for spending time with Jules and me last Tuesday - we both enjoyed the cohort model session and your
        questions about our churn assumptions were spot on.</p>
        <p>After a lot of back and forth, we've decided to move forward with another candidate whose background is a bit
        closer to the SaaS metrics work we need right away. This was a close call, and I don't say that lightly.</p>
        <p>I'd genuinely like to stay in touch. If our next round closes as planned, we'll be hiring a controller in the
        second half of next year, and I'd love to send it your way.</p>
        <p>Wishing you the best with the search,<br>Priya</p>
        <p>Priya Venkataraman<br>Head of Finance, Tallyroom</p>
        <p style="font-size:11px;color:#8c959f">Sent with Recruitee</p>
        </body></html>
        """)
    mid = "<recruitee.offer-418273.candidate-9920114.1797269400@mailer.recruitee.com>"
    h = head(frm=addr("Priya Venkataraman", "tallyroom@mailer.recruitee.com"),
             subject="Your application for Senior Finance & Strategy Analyst at Tallyroom",
             when="2026-12-14 12:10:00", zone=NY, msgid=mid,
             relay="from mailer.recruitee.com (mailer.recruitee.com [52.58.14.201])",
             reply_to="reply+c9920114-4f2a1b@inbound.recruitee.com")
    return message(h, alt(text(body), html(page)))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Penn Square Insurance",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-12-02"), ("Mon", "2027-01-04")),
      note="Offer after the 10 Nov second round (thread with the ICS-only invitation); fixed times are a "
           "decision deadline and a start date, not an interview; the benefits call has no time")
def offer_penn_square():
    body = t("""
        Hi Marcus,

        On behalf of Paul and the whole Corporate Planning team, I'm delighted to offer you the
        position of Senior Financial Analyst, Corporate Planning at Penn Square Insurance Company.
        Everyone who met you on November 10 came away impressed.

        The headline terms:
          - Base salary: $112,000
          - Annual incentive: 10% target
          - Start date: Monday, January 4, 2027
          - Hybrid: three days a week at Two Penn Square West

        You'll receive the formal offer letter through DocuSign in a separate email within the
        hour. Please let me know your decision by Wednesday, December 2 at 5:00 PM ET.

        I'm happy to walk you through benefits and the 401(k) match whenever suits you - just send
        me a couple of times that work.

        Congratulations!
        Bridget

        Bridget Faherty
        Senior Talent Acquisition Partner
        Penn Square Insurance Company
        """)
    mid = "<SA1PR04MB8316F0C2A1D7E94B38C5D6E7A1B02@SA1PR04MB8316.namprd04.prod.outlook.com>"
    h = head(frm=addr("Bridget Faherty", "bfaherty@pennsquareins.com"),
             subject="Offer of Employment – Senior Financial Analyst, Corporate Planning",
             when="2026-11-24 15:45:10", zone=NY, msgid=mid,
             relay="from NAM10-BN7-obe.outbound.protection.outlook.com "
                   "(mail-bn7nam10on2129.outbound.protection.outlook.com [40.107.92.129])",
             return_path="<bfaherty@pennsquareins.com>",
             extra=(("Thread-Topic", "Offer of Employment - Senior Financial Analyst, Corporate Planning"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="application_ack", lang="en-US", interview=False, company="Ohio Forks Advisors",
      note="JOIN application receipt; 'they'll get in touch to schedule an interview' is hypothetical")
def join_ohio_forks_receipt():
    body = t("""
        Hi Marcus,

        Your application for the position "Financial Analyst - Wealth Advisory" has been sent to
        Ohio Forks Advisors.

        What happens next?
        Ohio Forks Advisors will now review your application. If they're interested, they'll get in
        touch with you directly to schedule an interview. This usually takes one to two weeks.

        You can check the status of your application at any time in your JOIN account:
        https://join.com/candidate/applications

        Good luck!
        Your JOIN team

        JOIN Solutions AG · Sihlbruggstrasse 105 · 6340 Baar · Switzerland
        You're receiving this email because you applied for a job via JOIN.
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#111;background:#f7f7f7">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
        <p>Hi Marcus,</p>
        <p>Your application for the position <b>"Financial Analyst - Wealth Advisory"</b> has been sent to
        <b>Ohio Forks Advisors</b>.</p>
        <h3>What happens next?</h3>
        <p>Ohio Forks Advisors will now review your application. If they're interested, they'll get in touch with you
        directly to schedule an interview. This usually takes one to two weeks.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#0d0d0d;color:#fff;padding:10px 18px;text-decoration:none;border-radius:20px">View my applications</a></p>
        <p>Good luck!<br>Your JOIN team</p>
        <p style="font-size:11px;color:#888">JOIN Solutions AG &middot; Sihlbruggstrasse 105 &middot; 6340 Baar &middot; Switzerland<br>
        You're receiving this email because you applied for a job via JOIN.</p>
        </div></body></html>
        """)
    mid = "<0102019251d3a9e7-7c4e28b1-0f6d-4a39-9e52-b1c8d07f3e64-000000@eu-west-1.amazonses.com>"
    h = head(frm=addr("JOIN", "noreply@join.com"),
             subject="Your application to Ohio Forks Advisors has been sent",
             when="2026-09-03 19:14:51", zone=NY, msgid=mid,
             relay="from b224-13.smtp-out.eu-west-1.amazonses.com (b224-13.smtp-out.eu-west-1.amazonses.com "
                   "[69.169.224.13])")
    return message(h, alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company="Kestrel Pay",
      days=(("Thu", "2026-10-08"),),
      note="Teamtailor Connect new-job alert from an employer's talent community; the fixed time is an "
           "open office evening, not an interview; company = the employer that sent it")
def teamtailor_kestrel_alert():
    body = t("""
        Hi Marcus,

        You're connected with Kestrel Pay, so you're the first to hear about new openings that
        match your interests.

        NEW JOB
        Senior Finance Analyst, Payments Economics
        New York, NY · Hybrid · Finance
        https://careers.kestrelpay.com/jobs/5530127-senior-finance-analyst-payments-economics

        Meet the team
        Curious what it's like to work here? Join our open office evening on Thursday, October 8
        at 6:30 PM at our Flatiron office (41 E 22nd St). Short talks from our finance and risk
        teams, then drinks. RSVP required:
        https://careers.kestrelpay.com/events/open-office-evening-october

        We're interviewing for several finance roles this quarter - apply early!

        The Kestrel Pay Talent Team

        You are receiving this email because you joined Kestrel Pay's talent community.
        Manage your preferences or unsubscribe: https://careers.kestrelpay.com/connect/unsubscribe
        """)
    page = t("""
        <html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
        <table width="100%"><tr><td align="center">
        <table width="580" style="background:#ffffff" cellpadding="24"><tr><td>
        <p>Hi Marcus,</p>
        <p>You're connected with Kestrel Pay, so you're the first to hear about new openings that match your interests.</p>
        <div style="border:1px solid #e6e6e6;border-radius:6px;padding:16px">
        <div style="font-size:11px;color:#ff5a1f;font-weight:bold">NEW JOB</div>
        <div style="font-size:18px;font-weight:bold">Senior Finance Analyst, Payments Economics</div>
        <div style="color:#666">New York, NY &middot; Hybrid &middot; Finance</div>
        <p><a href="https://careers.kestrelpay.com/jobs/5530127-senior-finance-analyst-payments-economics">Read more &amp; apply</a></p>
        </div>
        <h3>Meet the team</h3>
        <p>Curious what it's like to work here? Join our open office evening on <b>Thursday, October 8 at 6:30 PM</b> at our
        Flatiron office (41 E 22nd St). Short talks from our finance and risk teams, then drinks.
        <a href="https://careers.kestrelpay.com/events/open-office-evening-october">RSVP</a></p>
        <p>We're interviewing for several finance roles this quarter - apply early!</p>
        <p>The Kestrel Pay Talent Team</p>
        <p style="font-size:11px;color:#999">You are receiving this email because you joined Kestrel Pay's talent community.
        <a href="https://careers.kestrelpay.com/connect/unsubscribe">Unsubscribe</a></p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    mid = "<6713c1f9a2d84_1b2e8c3f0a5d4@teamtailor-mailer-5.mail>"
    h = head(frm=addr("Kestrel Pay", "no-reply@kestrelpay.teamtailor-mail.com"),
             subject="New job at Kestrel Pay: Senior Finance Analyst, Payments Economics",
             when="2026-09-30 10:02:33", zone=NY, msgid=mid,
             relay="from mail-a12.teamtailor-mail.com (mail-a12.teamtailor-mail.com [185.12.80.112])",
             extra=(("List-Unsubscribe", "<https://careers.kestrelpay.com/connect/unsubscribe>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@mail(n(28), family="newsletter_blog", lang="en-US", interview=False, company=None,
      note="Substack-style newsletter post about a superday; narrates an interview 'confirmed for Friday "
           "at 9:00 AM' from the author's past, List-Unsubscribe; not the reader's interview")
def newsletter_analysts_ledger():
    body = t("""
        The Analyst's Ledger
        Superday diaries: what a 9:00 AM case study taught me
        Notes on modeling tests, nerves, and the follow-up email nobody writes

        Two years ago I got the email every analyst waits for: "Your Superday is confirmed for
        Friday at 9:00 AM." I read it four times, put it in my calendar twice, and then spent the
        next five days building the wrong kind of model.

        Here's what I wish someone had told me:

        1. The case study is a conversation, not an exam. My interviewer cared more about why I
           picked a 3-statement build than whether my circular reference resolved.
        2. Ask for the schedule in writing. If the recruiter says "around 10" for your second
           session, ask. Superdays slip.
        3. Send the thank-you the same evening. Short, specific, and to the person who actually
           ran the session - not the scheduling coordinator.

        Next week: how to talk about a forecast miss without sounding defensive.

        Thanks for reading! Subscribe for free to receive new posts.

        (c) 2026 The Analyst's Ledger
        Unsubscribe https://analystsledger.substack.com/action/disable_email
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737">
        <div style="max-width:550px;margin:0 auto">
        <div style="font-family:Helvetica,sans-serif;font-size:13px;color:#777">The Analyst's Ledger</div>
        <h1 style="font-size:28px">Superday diaries: what a 9:00 AM case study taught me</h1>
        <h3 style="font-weight:normal;color:#777">Notes on modeling tests, nerves, and the follow-up email nobody writes</h3>
        <p>Two years ago I got the email every analyst waits for: <i>"Your Superday is confirmed for Friday at 9:00 AM."</i>
        I read it four times, put it in my calendar twice, and then spent the next five days building the wrong kind of model.</p>
        <p>Here's what I wish someone had told me:</p>
        <ol>
        <li><b>The case study is a conversation, not an exam.</b> My interviewer cared more about why I picked a 3-statement
        build than whether my circular reference resolved.</li>
        <li><b>Ask for the schedule in writing.</b> If the recruiter says "around 10" for your second session, ask. Superdays slip.</li>
        <li><b>Send the thank-you the same evening.</b> Short, specific, and to the person who actually ran the session -
        not the scheduling coordinator.</li>
        </ol>
        <p>Next week: how to talk about a forecast miss without sounding defensive.</p>
        <p style="font-family:Helvetica,sans-serif;font-size:12px;color:#999">&copy; 2026 The Analyst's Ledger &middot;
        <a href="https://analystsledger.substack.com/action/disable_email">Unsubscribe</a></p>
        </div></body></html>
        """)
    mid = "<20261018110005.3.a91f2e6b7c0d4e58@mg-d1.substack.com>"
    h = head(frm=addr("The Analyst's Ledger", "analystsledger@substack.com"),
             subject="Superday diaries: what a 9:00 AM case study taught me",
             when="2026-10-18 07:00:05", zone=NY, msgid=mid,
             relay="from mg-d1.substack.com (mg-d1.substack.com [198.61.254.21])",
             extra=(("List-Unsubscribe", "<https://analystsledger.substack.com/action/disable_email>"),
                    ("List-Id", "<analystsledger.substack.com>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="en-US", interview=False, company="Lakeshore Quant",
      days=(("Mon", "2026-10-05"), ("Wed", "2026-10-07"), ("Thu", "2026-10-08")),
      note="Ashby self-schedule request listing a few open slots (one of them the slot later booked); "
           "nothing chosen yet")
def ashby_lakeshore_self_schedule():
    body = t("""
        Hi Marcus,

        Congratulations on moving forward with Lakeshore Quant! Please use the link below to pick a
        time for your Final Round (45 minutes) with Idris Cavanaugh and Mei-Lin Sorensen.

        Choose a time: https://app.ashbyhq.com/interview-scheduling/self-schedule/7c2e91d0-4b8a

        A few of the times currently open (Central Time):
          Mon, Oct 5 · 2:00 PM
          Wed, Oct 7 · 1:00 PM
          Thu, Oct 8 · 10:30 AM

        Slots are held on a first-come basis, and this link expires in 7 days. Once you book, we'll
        send you a confirmation with the video link.

        Thanks,
        Nadia Brzezinski
        Lakeshore Quant Recruiting
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,sans-serif;font-size:14px">
        <p>Hi Marcus,</p>
        <p>Congratulations on moving forward with Lakeshore Quant! Please use the link below to pick a time for your
        Final Round (45 minutes) with Idris Cavanaugh and Mei-Lin Sorensen.</p>
        <p><a href="https://app.ashbyhq.com/interview-scheduling/self-schedule/7c2e91d0-4b8a" style="background:#4f46e5;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Choose a time</a></p>
        <p>A few of the times currently open (Central Time):<br>
        Mon, Oct 5 &middot; 2:00 PM<br>Wed, Oct 7 &middot; 1:00 PM<br>Thu, Oct 8 &middot; 10:30 AM</p>
        <p>Slots are held on a first-come basis, and this link expires in 7 days. Once you book, we'll send you a
        confirmation with the video link.</p>
        <p>Thanks,<br>Nadia Brzezinski<br>Lakeshore Quant Recruiting</p>
        </body></html>
        """)
    mid = "<010001923a7f5c22-1d9b3e40-72af-4c18-b6e5-93d0f2a41c87-000000@email.amazonses.com>"
    h = head(frm=addr("Lakeshore Quant", "no-reply@ashbyhq.com"),
             subject="Schedule your Final Round with Lakeshore Quant",
             when="2026-09-29 10:48:19", zone=CHI, msgid=mid,
             relay="from a48-12.smtp-out.amazonses.com (a48-12.smtp-out.amazonses.com [54.240.48.12])",
             reply_to=addr("Nadia Brzezinski", "nadia.brzezinski@lakeshorequant.com"))
    return message(h, alt(text(body), html(page)))


@mail(n(30), family="scheduling_link", lang="en-US", interview=False, company="Tidewater Analytics",
      days=(("Mon", "2026-10-12"), ("Fri", "2026-10-16")),
      note="Workable 'pick a time' request (Reply-To is a Workable relay); window Mon 12 - Fri 16 Oct, no "
           "slot chosen")
def workable_tidewater_pick():
    body = t("""
        Hi Marcus,

        Thanks for applying to Financial Planning Analyst at Tidewater Analytics. We'd like to
        invite you to a 30-minute video interview with Janelle Boateng, our Finance Manager.

        Please pick a time that works for you:
        https://apply.workable.com/tidewater-analytics/j/9C41E7B2A0/schedule/c7e91b

        Available times are between Monday, October 12 and Friday, October 16 (Eastern Time).
        If none of them work, just reply to this email.

        Best,
        Janelle Boateng
        Tidewater Analytics

        --
        Sent via Workable. Please reply to this email to contact the hiring team.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Marcus,</p>
        <p>Thanks for applying to <b>Financial Planning Analyst</b> at Tidewater Analytics. We'd like to invite you to a
        30-minute video interview with Janelle Boateng, our Finance Manager.</p>
        <p><a href="https://apply.workable.com/tidewater-analytics/j/9C41E7B2A0/schedule/c7e91b" style="background:#00756a;color:#fff;padding:10px 18px;text-decoration:none">Pick a time</a></p>
        <p>Available times are between Monday, October 12 and Friday, October 16 (Eastern Time). If none of them work, just
        reply to this email.</p>
        <p>Best,<br>Janelle Boateng<br>Tidewater Analytics</p>
        <p style="font-size:11px;color:#999">Sent via Workable. Please reply to this email to contact the hiring team.</p>
        </body></html>
        """)
    mid = "<5f0e7a2c.c7e91b.tidewater-analytics@workablemail.com>"
    h = head(frm=addr("Tidewater Analytics", "noreply@workablemail.com"),
             subject="Tidewater Analytics: let's schedule your interview",
             when="2026-10-08 14:31:40", zone=NY, msgid=mid,
             relay="from mail-out3.workablemail.com (mail-out3.workablemail.com [35.176.221.83])",
             reply_to=addr("Tidewater Analytics", "tidewater-analytics+c7e91b@candidates.workablemail.com"))
    return message(h, alt(text(body), html(page)))


@mail(n(31), family="recruiter_outreach", lang="en-US", interview=False, company="Brandywine Search Group",
      note="Agency recruiter cold outreach, texting style; offers '12:30 or after 5' tomorrow or Thursday "
           "for a call, nothing fixed")
def agency_brandywine_outreach():
    body = t("""
        hey Marcus! tony w/ brandywine search. got a sr FA role at a PE-backed mfg co in King of
        Prussia, 130-145 base + 15% bonus, hybrid 3 days. ur background lines up really well
        (the audit -> FP&A path is exactly what they want)

        u free for a quick 10 min call tmrw or thurs? i can do 12:30 or after 5 either day, lmk
        what works and i'll call u

        -Tony

        Tony Baptiste | Sr. Recruiter, Accounting & Finance
        Brandywine Search Group | Wayne, PA
        c: 610-555-0175

        Sent from my iPhone
        """)
    mid = "<A81F3D2C-0E94-4B7A-9C15-6D2E8B0F47A3@brandywinesearch.com>"
    h = head(frm=addr("Tony Baptiste", "tbaptiste@brandywinesearch.com"),
             subject="Sr FA role - KoP, PE-backed", when="2026-09-22 19:48:02", zone=NY, msgid=mid,
             relay="from mail-ot1-f44.google.com (mail-ot1-f44.google.com [209.85.210.44])",
             return_path="<tbaptiste@brandywinesearch.com>",
             extra=(("X-Mailer", "iPhone Mail (22A3370)"),))
    return message(h, text(body, cte="8bit"))


@mail(n(32), family="proposed_unconfirmed", lang="en-US", interview=False, company="Gridwise",
      days=(("Thu", "2026-09-17"),),
      note="Founder proposes 'Thursday 9/17 at 4pm ET' and will send an invite only if it works: an "
           "interview proposed, not confirmed (the invitation it led to was later cancelled)")
def prose_gridwise_proposal():
    body = t("""
        Hey Marcus,

        Thanks for the note + the comments on our deck, super sharp (you're right that our CAC
        payback slide is doing too much).

        Would love to do a proper intro about the finance lead role. Would Thursday 9/17 at 4pm ET
        work for 30 min? If so I'll send an invite from my calendar, otherwise throw me a couple of
        times next week and we'll make it work.

        Ben

        --
        Ben Oduya
        Co-founder & CEO, Gridwise
        gridwise.energy

        On Tue, Sep 8, 2026 at 9:41 PM Marcus Oyelaran <marcus.oyelaran@example.org> wrote:
        > Hi Ben,
        >
        > I saw the finance lead posting on your site and wanted to reach out directly. I've spent
        > six years in FP&A and audit, most recently building the forecasting model for a $400M
        > distribution business. A few thoughts on the investor deck attached.
        >
        > Would welcome a conversation.
        >
        > Best,
        > Marcus
        """)
    mid = "<CAB7rUe0pQ4mZ9vT2sLx8Ky1Nf6Wg3hDc5jRa@mail.gmail.com>"
    h = head(frm=addr("Ben Oduya", "ben@gridwise.energy"),
             subject="Re: Finance lead role - a few thoughts", when="2026-09-09 18:05:44", zone=NY,
             msgid=mid,
             relay="from mail-lf1-f53.google.com (mail-lf1-f53.google.com [209.85.167.53])",
             return_path="<ben@gridwise.energy>",
             extra=(("In-Reply-To", "<CAJx8pT3mV1nQ7cR0yLk5Wb2sXz9hDf4gEu8oP@mail.gmail.com>"),
                    ("References", "<CAJx8pT3mV1nQ7cR0yLk5Wb2sXz9hDf4gEu8oP@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Doctor's appointment confirmation from a patient portal with an ICS (Tue 6 Oct 8:15 AM EDT); "
           "fixed time, not an interview")
def doctor_spruce_street():
    body = t("""
        Dear Marcus,

        This is a confirmation of your upcoming appointment at Spruce Street Family Medicine.

        Provider:    Anjali Mehta, MD
        Visit type:  Annual physical
        Date:        Tuesday, October 6, 2026
        Time:        8:15 AM (please arrive 15 minutes early to complete check-in)
        Location:    2128 Spruce Street, Suite 2, Philadelphia, PA 19103

        Please bring your insurance card and a list of current medications. Fasting is required
        for your lab work: nothing to eat or drink except water after midnight.

        To cancel or reschedule, call 215-555-0108 at least 24 hours in advance. A $40 fee may
        apply to missed appointments.

        Spruce Street Family Medicine
        This is an automated message. Please do not reply.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//PatientPoint Scheduling//EN",
        "METHOD:PUBLISH",
        VTZ[NY],
        "BEGIN:VEVENT",
        "UID:appt-77120945@sprucestreetfm.com",
        "DTSTAMP:20260929T200214Z",
        "DTSTART;TZID=America/New_York:20261006T081500",
        "DTEND;TZID=America/New_York:20261006T090000",
        "SUMMARY:Annual physical - Dr. Anjali Mehta",
        "LOCATION:2128 Spruce Street\\, Suite 2\\, Philadelphia\\, PA 19103",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<appt-77120945.reminder.1791230534@notify.sprucestreetfm.com>"
    h = head(frm=addr("Spruce Street Family Medicine", "no-reply@notify.sprucestreetfm.com"),
             subject="Appointment Confirmation - Tue, Oct 6 at 8:15 AM", when="2026-09-29 16:02:14",
             zone=NY, msgid=mid,
             relay="from notify.sprucestreetfm.com (notify.sprucestreetfm.com [203.0.113.88])")
    return message(h, mixed(text(body, charset="us-ascii", cte="7bit"),
                            calendar(ics, method="PUBLISH", cte="7bit", filename="appointment.ics",
                                     disposition="attachment")))


@mail(n(34), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Apartment showing confirmed for Sat 26 Sep 11:30 AM with a leasing agent; not an interview")
def flat_viewing_rowhome():
    body = t("""
        Your showing is confirmed!

        1120 S 10th St, Apt 2F - Bella Vista, Philadelphia
        2 bd · 1 ba · $1,950/mo

        When: Saturday, September 26 at 11:30 AM
        Your agent: Marco Bellucci · 267-555-0144

        Marco will meet you at the front door. Street parking only - Saturdays get busy around the
        Italian Market, so give yourself a few extra minutes.

        Need to change your showing? https://rowhomerentals.com/showings/RH-58231/manage

        Rowhome Rentals · 1500 E Passyunk Ave, Philadelphia, PA 19147
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <div style="max-width:520px;margin:0 auto;border:1px solid #eee;padding:20px">
        <h2 style="color:#b03a2e">Your showing is confirmed!</h2>
        <p><b>1120 S 10th St, Apt 2F</b> - Bella Vista, Philadelphia<br>2 bd &middot; 1 ba &middot; $1,950/mo</p>
        <p><b>When:</b> Saturday, September 26 at 11:30 AM<br><b>Your agent:</b> Marco Bellucci &middot; 267-555-0144</p>
        <p>Marco will meet you at the front door. Street parking only - Saturdays get busy around the Italian Market, so
        give yourself a few extra minutes.</p>
        <p><a href="https://rowhomerentals.com/showings/RH-58231/manage">Change or cancel your showing</a></p>
        <p style="font-size:11px;color:#999">Rowhome Rentals &middot; 1500 E Passyunk Ave, Philadelphia, PA 19147</p>
        </div></body></html>
        """)
    mid = "<showing.RH-58231.1790613011@mail.rowhomerentals.com>"
    h = head(frm=addr("Rowhome Rentals", "showings@rowhomerentals.com"),
             subject="Showing confirmed: 1120 S 10th St, Apt 2F - Sat, Sep 26 at 11:30 AM",
             when="2026-09-23 12:30:11", zone=NY, msgid=mid,
             relay="from o2.mail.rowhomerentals.com (o2.mail.rowhomerentals.com [198.51.100.71])")
    return message(h, alt(text(body), html(page)))


@mail(n(35), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Car service appointment confirmed for Fri 16 Oct 7:30 AM (text+HTML, base64); not an interview")
def car_service_cottman():
    body = t("""
        Hi Marcus,

        Your service appointment is confirmed.

        Date/Time:  Friday, October 16, 2026 at 7:30 AM
        Vehicle:    2019 Honda Accord EX-L (PA plate ending 4KD)
        Services:   60,000-mile maintenance, tire rotation, cabin air filter
        Estimated:  about 2.5 hours
        Advisor:    Luis Ferrante

        Complimentary shuttle service is available within 5 miles - let your advisor know at
        drop-off. Early-bird key drop opens at 6:00 AM.

        Cottman Avenue Auto Care
        2740 Cottman Ave, Philadelphia, PA 19149 · (215) 555-0161
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="560" cellpadding="16" style="border:1px solid #ccc"><tr><td>
        <h2 style="color:#0b3d91;margin-top:0">Your service appointment is confirmed</h2>
        <p>Hi Marcus,</p>
        <table cellpadding="3">
        <tr><td><b>Date/Time</b></td><td>Friday, October 16, 2026 at 7:30 AM</td></tr>
        <tr><td><b>Vehicle</b></td><td>2019 Honda Accord EX-L (PA plate ending 4KD)</td></tr>
        <tr><td><b>Services</b></td><td>60,000-mile maintenance, tire rotation, cabin air filter</td></tr>
        <tr><td><b>Estimated</b></td><td>about 2.5 hours</td></tr>
        <tr><td><b>Advisor</b></td><td>Luis Ferrante</td></tr>
        </table>
        <p>Complimentary shuttle service is available within 5 miles - let your advisor know at drop-off. Early-bird key
        drop opens at 6:00 AM.</p>
        <p>Cottman Avenue Auto Care<br>2740 Cottman Ave, Philadelphia, PA 19149 &middot; (215) 555-0161</p>
        </td></tr></table></body></html>
        """)
    mid = "<svc-appt-0331877.1791807011@dealer-mail.cottmanautocare.com>"
    h = head(frm=addr("Cottman Avenue Auto Care", "service@cottmanautocare.com"),
             subject="Service appointment confirmed - Fri, Oct 16 at 7:30 AM", when="2026-10-12 08:10:11",
             zone=NY, msgid=mid,
             relay="from dealer-mail.cottmanautocare.com (dealer-mail.cottmanautocare.com [203.0.113.140])")
    return message(h, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(36), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Teacher confirms a parent-teacher conference (Thu 19 Nov 4:40-5:00 PM); iso-8859-1 "
           "quoted-printable; not an interview")
def parent_teacher_conference():
    body = t("""
        Dear Mr. Oyelaran,

        Thank you for signing up. I'm confirming our parent-teacher conference for Tobi on
        Thursday, November 19, from 4:40 to 5:00 PM in Room 112. Mr. Muñoz, our reading
        specialist, will join us for the first ten minutes.

        Tobi has had a wonderful start to second grade. He's a generous reader-buddy and his
        math facts have come a long way since September. I'll share his reading portfolio and a
        few ideas for winter break.

        If you can't make it in person, let me know and we can do a phone call at the same time.

        Warmly,
        Alejandra Ortega
        2nd Grade, Room 112
        Cedar Park Community School
        """)
    mid = "<3b9f2e71c0a84d5e9f1a@mail.cedarparkschool.org>"
    h = head(frm=addr("Alejandra Ortega", "aortega@cedarparkschool.org"),
             subject="Conference confirmation - Tobi Oyelaran", when="2026-11-12 15:48:27", zone=NY,
             msgid=mid,
             relay="from mail.cedarparkschool.org (mail.cedarparkschool.org [198.51.100.203])",
             return_path="<aortega@cedarparkschool.org>")
    return message(h, text(body, charset="iso-8859-1"))


@mail(n(37), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-30"), ("Tue", "2026-10-06")),
      note="Recurring month-end close stand-up at the candidate's current employer, Exchange meeting "
           "request (TZID 'Eastern Standard Time', RRULE), cc'd to his personal address; not an interview")
def exchange_current_job_standup():
    words = t("""
        When: Occurs every weekday from 9/30/2026 to 10/6/2026 from 8:45 AM to 9:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Team - moving the close stand-up to 8:45 for close week so we're done before the 9:30
        flash call. Cc'ing personal emails since the VPN cutover is this weekend and some of you
        won't have Outlook on your phones until Tuesday.

        Agenda: blockers, accrual status, open JE approvals. 15 minutes, hard stop.

        Doreen
        """) + TEAMS_FOOTER.format(mid="OTc0NWYyNDEtZjQ3", num="227 610 338 905", pwd="Xw4kT9")  # noqa: S106 - a fictional meeting passcode
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Kessler, Doreen\":mailto:dkessler@qcfg.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=FPA-Team:mailto:FPA-Team@qcfg.com",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.oyelaran@example.org:ma"
        "ilto:marcus.oyelaran@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Team - moving the close stand-up to 8:45 for close week.\\n",
        "RRULE:FREQ=WEEKLY;UNTIL=20261006T124500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=SU",
        "UID:040000008200E00074C5B7101A82E00800000000E0A1C2F3D44ADC0100000000000000001000000012C4E7A9B3",
        "SUMMARY;LANGUAGE=en-US:Close stand-up (close week)",
        "DTSTART;TZID=Eastern Standard Time:20260930T084500",
        "DTEND;TZID=Eastern Standard Time:20260930T090000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260928T212004Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:1",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<BL1PR13MB5090C4D2E6F8A1B3C5D7E9F0A2B46@BL1PR13MB5090.namprd13.prod.outlook.com>"
    h = head(frm=addr("Kessler, Doreen", "dkessler@qcfg.com"),
             subject="Close stand-up (close week)", when="2026-09-28 17:20:04", zone=NY, msgid=mid,
             relay="from NAM13-BL1-obe.outbound.protection.outlook.com "
                   "(mail-bl1nam13on2093.outbound.protection.outlook.com [40.107.201.93])",
             to="FPA-Team <FPA-Team@qcfg.com>", return_path="<dkessler@qcfg.com>",
             extra=(("Cc", ME),
                    ("Thread-Topic", "Close stand-up (close week)"),
                    ("Thread-Index", "AdtH6vYc1pQx2mE0R8wLk3nJfB9sTg=="),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(words), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(38), family="team_event", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Invitation platform mail for the current employer's finance holiday happy hour (Thu 10 Dec "
           "6:00 PM); a team event, not an interview")
def team_holiday_happy_hour():
    body = t("""
        Doreen Kessler invited you to

        QCFG Finance Holiday Happy Hour

        Thursday, December 10, 2026
        6:00 PM - 9:00 PM EST
        The Ledger Room, 1520 Sansom St, Philadelphia, PA

        "You survived Q3 close AND the system migration. First round's on me - ugly sweaters
        encouraged, plus-ones welcome. -D"

        Will you attend?
        Yes: https://rsvply.com/e/qcfg-holiday-hh/r?a=yes&g=mo5521
        No:  https://rsvply.com/e/qcfg-holiday-hh/r?a=no&g=mo5521

        Sent by RSVPly on behalf of Doreen Kessler.
        Don't want invitations from RSVPly? https://rsvply.com/unsubscribe?g=mo5521
        """)
    page = t("""
        <html><body style="margin:0;background:#0f3d2e;font-family:Georgia,serif;color:#fff">
        <div style="max-width:520px;margin:0 auto;padding:32px;text-align:center">
        <p style="font-family:Arial,sans-serif;font-size:13px">Doreen Kessler invited you to</p>
        <h1 style="color:#f5d76e">QCFG Finance Holiday Happy Hour</h1>
        <p>Thursday, December 10, 2026<br>6:00 PM - 9:00 PM EST<br>The Ledger Room, 1520 Sansom St, Philadelphia, PA</p>
        <p><i>"You survived Q3 close AND the system migration. First round's on me - ugly sweaters encouraged, plus-ones
        welcome. -D"</i></p>
        <p><a href="https://rsvply.com/e/qcfg-holiday-hh/r?a=yes&amp;g=mo5521" style="color:#0f3d2e;background:#f5d76e;padding:10px 20px;text-decoration:none">Yes</a>
        &nbsp; <a href="https://rsvply.com/e/qcfg-holiday-hh/r?a=no&amp;g=mo5521" style="color:#fff">No</a></p>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#9fb8ad">Sent by RSVPly on behalf of Doreen Kessler.
        <a href="https://rsvply.com/unsubscribe?g=mo5521" style="color:#9fb8ad">Unsubscribe</a></p>
        </div></body></html>
        """)
    mid = "<evt.qcfg-holiday-hh.mo5521.1795446244@send.rsvply.com>"
    h = head(frm=addr("Doreen Kessler via RSVPly", "invites@rsvply.com"),
             subject="You're invited: QCFG Finance Holiday Happy Hour", when="2026-11-23 11:04:04", zone=NY,
             msgid=mid, relay="from send.rsvply.com (send.rsvply.com [192.0.2.57])",
             reply_to=addr("Doreen Kessler", "doreen.kessler@example.com"))
    return message(h, alt(text(body), html(page)))


@mail(n(39), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Zoom webinar registration confirmation ('Acing the FP&A Interview', Oct 22 12:00 PM ET) with "
           "an ICS; confirmed time, not a job interview")
def zoom_webinar_fpa_interview():
    body = t("""
        Hi Marcus,

        Thank you for registering for "Acing the FP&A Interview: Modeling Tests & Case Studies".

        Please submit any questions to: webinars@ledgerline.academy

        Date Time: Oct 22, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88213040571?tk=Qm9xR2x0d3Z6LmRFQTVw

        Passcode: 221022

        Or One tap mobile:
        +13125550108,,88213040571#,,,,*221022# US (Chicago)

        You can cancel your registration at any time.

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        Ledgerline Academy
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//zoom.us//iCalendar Event//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        VTZ[NY],
        "BEGIN:VEVENT",
        "DTSTAMP:20261015T173740Z",
        "DTSTART;TZID=America/New_York:20261022T120000",
        "DTEND;TZID=America/New_York:20261022T130000",
        "SUMMARY:Acing the FP&A Interview: Modeling Tests & Case Studies",
        "UID:20261015T173740Z-88213040571@fe80:0:0:0:c4a:2cff:fe1e:7e20ens5",
        "TZID:America/New_York",
        "DESCRIPTION:Hi Marcus\\,\\n\\nThank you for registering for the webinar.\\n",
        "LOCATION:https://us06web.zoom.us/w/88213040571?tk=Qm9xR2x0d3Z6LmRFQTVw",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<Ke8mQz4tRHa9c1bXw2vNfA@geopod-ismtpd-3>"
    h = head(frm=addr("Ledgerline Academy", "no-reply@zoom.us"),
             subject="Acing the FP&A Interview: Modeling Tests & Case Studies Confirmation",
             when="2026-10-15 13:37:40", zone=NY, msgid=mid,
             relay="from o1.ptr9931.zoom.us (o1.ptr9931.zoom.us [149.72.150.11])",
             reply_to=addr("Ledgerline Academy", "webinars@ledgerline.academy"))
    return message(h, mixed(text(body),
                            calendar(ics, method=None, cte="base64", ctype="application/ics",
                                     filename="webinar.ics", disposition="attachment", name_param=True)))


@mail(n(40), family="meetup", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Meetup RSVP ('Interviewing in Fintech: Hiring Managers Tell All', Wed 4 Nov 6:00 PM EST); not "
           "a job interview")
def meetup_fintech_panel():
    body = t("""
        You're going!

        Interviewing in Fintech: Hiring Managers Tell All
        Philly FinTech & Finance Professionals

        Wednesday, November 4, 2026
        6:00 PM to 8:00 PM EST

        WeWork, 1900 Market St, 8th floor, Philadelphia, PA

        Four finance hiring managers from Philly fintechs on what they look for in analyst
        interviews, the case studies they actually use, and how they decide between two strong
        finalists. Pizza from 6, panel at 6:30.

        Add to calendar: https://www.meetup.com/philly-fintech-finance/events/30418822/ical/

        See who's going: https://www.meetup.com/philly-fintech-finance/events/30418822/attendees/

        Can't make it? Update your RSVP so someone on the waitlist can go.

        Meetup LLC, POB 4668 #37895 New York, NY 10163-4668
        Unsubscribe: https://www.meetup.com/account/comm/
        """)
    page = t("""
        <html><body style="font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px;color:#212121">
        <div style="max-width:560px;margin:0 auto">
        <h2 style="color:#00798a">You're going!</h2>
        <h3>Interviewing in Fintech: Hiring Managers Tell All</h3>
        <p style="color:#757575">Philly FinTech &amp; Finance Professionals</p>
        <p><b>Wednesday, November 4, 2026</b><br>6:00 PM to 8:00 PM EST</p>
        <p>WeWork, 1900 Market St, 8th floor, Philadelphia, PA</p>
        <p>Four finance hiring managers from Philly fintechs on what they look for in analyst interviews, the case studies
        they actually use, and how they decide between two strong finalists. Pizza from 6, panel at 6:30.</p>
        <p><a href="https://www.meetup.com/philly-fintech-finance/events/30418822/ical/">Add to calendar</a></p>
        <p style="font-size:11px;color:#999">Meetup LLC, POB 4668 #37895 New York, NY 10163-4668 &middot;
        <a href="https://www.meetup.com/account/comm/">Unsubscribe</a></p>
        </div></body></html>
        """)
    mid = "<0100019320f1b7d2-2c6a8e14-9b07-4f3d-a5c1-7e90d2b4f618-000000@email.amazonses.com>"
    h = head(frm=addr("Meetup", "info@meetup.com"),
             subject="You're going to \"Interviewing in Fintech: Hiring Managers Tell All\"",
             when="2026-10-28 21:15:55", zone=NY, msgid=mid,
             relay="from a8-65.smtp-out.amazonses.com (a8-65.smtp-out.amazonses.com [54.240.8.65])",
             extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@mail(n(41), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Podcast host confirms a recorded 'interview' with Marcus as the guest (Thu 19 Nov 1:00 PM ET, "
           "with ICS); a human sender and a fixed time, but not a job interview")
def podcast_the_close():
    body = t("""
        Hi Marcus!

        So excited to have you on The Close. We're locked in for Thursday, November 19 at 1:00 PM
        ET - we'll record for about 45 minutes in Riverside:
        https://riverside.fm/studio/the-close-pod?t=7d2c91

        Rough outline for the interview (we'll keep it conversational):
          1. What moving from Big 4 audit into FP&A was really like
          2. Building a rolling forecast when the business won't sit still
          3. Your hot take on "strategic finance" as a job title

        Please use headphones and a wired connection if you can; Riverside records locally so a
        wobbly connection won't ruin the audio. Calendar invite attached.

        Thanks again - this is going to be a fun one.

        Tasha Greenberg
        Host, The Close - a podcast about the people behind the numbers
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20261119T180000Z",
        "DTEND:20261119T190000Z",
        "DTSTAMP:20261112T152033Z",
        "ORGANIZER;CN=Tasha Greenberg:mailto:tasha@theclosepod.com",
        "UID:6h1qk9p3t0a7m2r5c8v4e1n6bs@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.o"
        "yelaran@example.org;X-NUM-GUESTS=0:mailto:marcus.oyelaran@example.org",
        "DESCRIPTION:The Close - recording with Marcus Oyelaran\\nhttps://riverside.fm/studio/the-c"
        "lose-pod?t=7d2c91",
        "LOCATION:Riverside",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:The Close - podcast interview: Marcus Oyelaran",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<CAG5nYw1dQ8tRz3vP0mLk7Xc2Jb9sFh4eWa6uT@mail.gmail.com>"
    h = head(frm=addr("Tasha Greenberg", "tasha@theclosepod.com"),
             subject="Confirmed: your interview on The Close - Thu Nov 19, 1:00 PM ET",
             when="2026-11-12 10:20:33", zone=NY, msgid=mid,
             relay="from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
             return_path="<tasha@theclosepod.com>")
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(42), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="University alumni career services confirms a mock interview appointment (Mon 14 Sep 5:30-6:15 "
           "PM EDT, with ICS); practice, not a job interview")
def career_services_mock_interview():
    body = t("""
        Appointment Confirmed

        Hello Marcus,

        Your appointment with Fairhill University Alumni Career Services has been confirmed.

        Appointment type:  Mock Interview - Finance & Accounting (45 min)
        Date:              Monday, September 14, 2026
        Time:              5:30 PM - 6:15 PM EDT
        Career coach:      Dr. Lorraine Beckett
        Location:          Zoom (link in the calendar invitation)

        To get the most out of your mock interview, please:
          * upload your current resume to your Careerlink profile,
          * send us the job description you are preparing for, and
          * dress as you would for the real interview.

        Need to cancel? Please do so at least 24 hours in advance through Careerlink so another
        alum can use the slot.

        Go Falcons!
        Fairhill University Alumni Career Services
        Mitchell Hall, Suite 210 | alumnicareers@fairhill.edu | 215-555-0152
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Careerlink//Appointments//EN",
        "METHOD:REQUEST",
        VTZ[NY],
        "BEGIN:VEVENT",
        "UID:careerlink-appt-551902@fairhill.careerlink.io",
        "DTSTAMP:20260908T133012Z",
        "DTSTART;TZID=America/New_York:20260914T173000",
        "DTEND;TZID=America/New_York:20260914T181500",
        "SUMMARY:Mock Interview - Finance & Accounting (Dr. Lorraine Beckett)",
        "LOCATION:https://fairhill.zoom.us/j/93840117720",
        "ORGANIZER;CN=Lorraine Beckett:mailto:lbeckett@fairhill.edu",
        "ATTENDEE;CN=Marcus Oyelaran;RSVP=TRUE:mailto:marcus.oyelaran@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mid = "<careerlink.appt-551902.confirm@fairhill.careerlink.io>"
    h = head(frm=addr("Fairhill Alumni Career Services", "no-reply@fairhill.careerlink.io"),
             subject="Appointment Confirmed: Mock Interview - Finance & Accounting",
             when="2026-09-08 09:30:12", zone=NY, msgid=mid,
             relay="from smtp.careerlink.io (smtp.careerlink.io [192.0.2.180])",
             reply_to=addr("Alumni Career Services", "alumnicareers@fairhill.edu"))
    return message(h, mixed(text(body),
                            calendar(ics, method="REQUEST", cte="base64", filename="appointment.ics",
                                     disposition="attachment")))


@mail(n(43), family="coaching", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Calendly confirmation for a paid interview-coaching session (Tue 13 Oct 7:00pm EDT), same "
           "template as a real screen; not a job interview")
def calendly_interview_coaching():
    body = t("""
        Hi Marcus Oyelaran,

        A new event has been scheduled.

        Event Type:
        Interview Coaching (60 min)

        Invitee:
        Marcus Oyelaran

        Invitee Email:
        marcus.oyelaran@example.org

        Event Date/Time:
        7:00pm - 8:00pm (Eastern Time - US & Canada), Tuesday, October 13, 2026

        Location:
        Zoom: https://us02web.zoom.us/j/81127730914

        Questions:
        What would you like to focus on?
        Behavioral questions for FP&A roles - I have an interview next week with a credit union
        in DC and want to tighten my "tell me about a forecast miss" story.

        Host:
        Dana Whitlock, Whitlock Career Co.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0e7d4b19-2f5c-4a83-b6d0-91c3e8a7f524
        Reschedule: https://calendly.com/reschedulings/0e7d4b19-2f5c-4a83-b6d0-91c3e8a7f524

        Powered by Calendly.com
        """)
    mid = "<calendly-0e7d4b19-2f5c-4a83-b6d0-91c3e8a7f524-invitee@calendly.com>"
    h = head(frm=addr("Calendly", "notifications@calendly.com"),
             subject="Confirmed: Interview Coaching (60 min) with Dana Whitlock on Tuesday, October 13, 2026",
             when="2026-10-09 22:41:07", zone=NY, msgid=mid,
             relay="from o1.mail.calendly.com (o1.mail.calendly.com [167.89.64.201])",
             reply_to=addr("Dana Whitlock", "dana@whitlockcareerco.com"))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(44), family="interviewer_training", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Current employer's learning system confirms his seat in interviewer training (Thu 1 Oct 12:00-"
           "1:30 PM ET), where he is the interviewer; not his job interview")
def lms_interviewer_training():
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="14" style="border:1px solid #d9d9d9"><tr><td>
        <div style="font-size:16px;font-weight:bold;color:#1b365d">QCFG Learning</div>
        <p>Marcus Oyelaran,</p>
        <p>You are registered for the following instructor-led session:</p>
        <p><b>Structured Interviewing for Hiring Panel Members</b><br>
        Session: Thursday, October 1, 2026, 12:00 PM - 1:30 PM (UTC-05:00) Eastern Time<br>
        Location: Microsoft Teams (virtual classroom)<br>
        Facilitator: Renata Solis, Talent Acquisition</p>
        <p>This session is required for all employees sitting on an interview panel for the Fall 2026 Analyst hiring
        cycle. You will practice behavioral questions, scoring rubrics and candidate debriefs.</p>
        <p>To withdraw, open your <a href="https://qcfg.csod.com/ui/lms-learner-home/home">Learner Home</a>.</p>
        <p style="font-size:11px;color:#888">This is an automated notification from QCFG Learning. Do not reply.</p>
        </td></tr></table></body></html>
        """)
    mid = "<LMS.1790427900.2291043.ilt-reg@qcfg.csod.com>"
    h = head(frm=addr("QCFG Learning", "qcfg-learning@csod.com"),
             subject="Registration confirmed: Structured Interviewing for Hiring Panel Members",
             when="2026-09-24 09:05:00", zone=NY, msgid=mid,
             relay="from mail-ash.csod.com (mail-ash.csod.com [64.94.37.15])")
    return message(h, html(page, charset="windows-1252"))


@mail(n(45), family="auto_reply", lang="en-US", interview=False, company="Brightline Ledger",
      days=(("Mon", "2026-10-05"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the recruiter to the candidate's "
           "thank-you note; points to a shared recruiting mailbox, fixes no time")
def auto_reply_brightline():
    body = t("""
        Thanks for your email. I'm out of the office through Monday, October 5 with limited access
        to email.

        For anything related to interview scheduling, please contact recruiting@brightlineledger.com.
        If your interview is already scheduled, it will go ahead as planned.

        Theo Markham
        Senior Technical Recruiter, Brightline Ledger
        """)
    mid = "<BYAPR08MB5926A0E3C2F14D7B9E6C81A5F3D27@BYAPR08MB5926.namprd08.prod.outlook.com>"
    h = head(frm=addr("Theo Markham", "theo.markham@brightlineledger.com"),
             subject="Automatic reply: Thank you - Finance Manager conversation",
             when="2026-09-25 09:14:20", zone=NY, msgid=mid,
             relay="from NAM12-BN8-obe.outbound.protection.outlook.com "
                   "(mail-bn8nam12on2090.outbound.protection.outlook.com [40.107.237.90])",
             return_path="<>",
             extra=(("In-Reply-To", "<CAJx8pT7hN2wQ4rV9mKc1Lb5sYx0eDg8fZu3oA@mail.gmail.com>"),
                    ("References", "<CAJx8pT7hN2wQ4rV9mKc1Lb5sYx0eDg8fZu3oA@mail.gmail.com>"),
                    ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "theo.markham@brightlineledger.com"),
                    ("Content-Language", "en-US")))
    return message(h, text(body))


@mail(n(46), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-10-26"),),
      note="Postfix bounce (multipart/report) of the candidate's own thank-you note to a mistyped address; "
           "the returned message mentions 'this afternoon at 3:30', an interview already held")
def bounce_wissahickon_thanks():
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <dfreeland@wissahickonpartner.com>: Host or domain name not found. Name service
            error for name=wissahickonpartner.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4bA7C1E90F2
        X-Postfix-Sender: rfc822; marcus.oyelaran@example.org
        Arrival-Date: Mon, 26 Oct 2026 17:12:01 -0400 (EDT)

        Final-Recipient: rfc822; dfreeland@wissahickonpartner.com
        Original-Recipient: rfc822;dfreeland@wissahickonpartner.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=wissahickonpartner.com type=A: Host not found
        """)
    original_text = t("""
        Dale,

        Thank you for taking the time to meet with me this afternoon at 3:30, and please thank
        Priscilla as well. I especially enjoyed hearing how you think about the first 100 days
        after an acquisition, and I'd love to help build that playbook.

        Looking forward to hearing about next steps.

        Best,
        Marcus
        """)
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Dale Freeland", "dfreeland@wissahickonpartner.com")),
        ("Subject", "Thank you - today's conversation"),
        ("Date", date("2026-10-26 17:12:00", NY)),
        ("Message-ID", "<CAJx8pT9sB3wR6nX1kQe4Lm7Vc2yZd8hFg0uTa@mail.gmail.com>"),
    ], text(original_text))
    mid = "<20261026211203.5D2F41E90F2@mx1.example.org>"
    h = head(frm=addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
             subject="Undelivered Mail Returned to Sender", when="2026-10-26 17:12:03", zone=NY,
             msgid=mid, relay="from localhost (localhost [127.0.0.1])", return_path="<>",
             extra=(("Auto-Submitted", "auto-replied"),))
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        attached_message(original),
        params="report-type=delivery-status")
    return message(h, report)


@mail(n(47), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Google Groups mailing-list post (List-Id, Precedence: list): another member's Hudson Meridian "
           "superday 'this Friday (11/13) at 9:00', the same day as the candidate's own; someone else's "
           "interview, nothing confirmed to the reader")
def mailing_list_hudson_superday():
    body = t("""
        Hey all - long-time lurker, first post.

        Just got confirmed for a superday at Hudson Meridian Capital this Friday (11/13), first
        session at 9:00 at their Lex Ave office. Has anyone here been through it? Specifically:

        - what does the modeling case look like (LBO-lite? 3-statement? just a DCF?)
        - is it still business formal or have they gone business casual like everyone else

        Happy to return the favor - I did the Schuylkill Trust FP&A loop in September and can
        share notes.

        Thanks,
        Darnell

        --
        You received this message because you are subscribed to the Google Groups "PHL Finance
        Analysts" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        phl-fin-analysts+unsubscribe@googlegroups.com.
        To view this discussion visit https://groups.google.com/d/msgid/phl-fin-analysts/CAE4pRz9.
        """)
    mid = "<CAE4pRz9kLm2Wq7xN0vTb5Yc8Hs1dFg3jU6eoB@mail.gmail.com>"
    h = head(frm="'Darnell Price' via PHL Finance Analysts <phl-fin-analysts@googlegroups.com>",
             subject="[phl-fin] Hudson Meridian superday - anyone been through it?",
             when="2026-11-10 21:33:48", zone=NY, msgid=mid,
             relay="from mail-yb1-f190.google.com (mail-yb1-f190.google.com [209.85.219.190])",
             to="PHL Finance Analysts <phl-fin-analysts@googlegroups.com>",
             return_path="<phl-fin-analysts+bncBDX4P5MKRAGBBW6Q3KZQMGQEI7VUOKQ@googlegroups.com>",
             reply_to=addr("Darnell Price", "darnell.price.cfa@example.com"),
             extra=(("X-Original-Sender", "darnell.price.cfa@example.com"),
                    ("Precedence", "list"),
                    ("Mailing-list", "list phl-fin-analysts@googlegroups.com; contact "
                                     "phl-fin-analysts+owners@googlegroups.com"),
                    ("List-ID", "<phl-fin-analysts.googlegroups.com>"),
                    ("List-Post", "<https://groups.google.com/group/phl-fin-analysts/post>, "
                                  "<mailto:phl-fin-analysts@googlegroups.com>"),
                    ("List-Help", "<https://groups.google.com/support/>, "
                                  "<mailto:phl-fin-analysts+help@googlegroups.com>"),
                    ("List-Unsubscribe", "<mailto:googlegroups-manage+118220417733+unsubscribe@googlegroups.com>, "
                                         "<https://groups.google.com/group/phl-fin-analysts/subscribe>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="application_ack", lang="en-US", interview=False, company="Ludgate Analytics",
      note="Personio application receipt; 'we will invite you to a first interview' is conditional")
def personio_ludgate_receipt():
    body = t("""
        Dear Marcus Oyelaran,

        Thank you for your application and your interest in Ludgate Analytics.

        We have received your documents for the position "Senior Financial Analyst (Chicago)" and
        will review them carefully. We aim to get back to you within two weeks. If your profile
        matches what we are looking for, we will invite you to a first interview.

        Kind regards,
        Your Ludgate Analytics Recruiting Team

        Ludgate Analytics Inc. · 330 N Wabash Ave, Chicago, IL 60611
        Privacy policy: https://ludgate-analytics.jobs.personio.com/privacy-policy
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Dear Marcus Oyelaran,</p>
        <p>Thank you for your application and your interest in Ludgate Analytics.</p>
        <p>We have received your documents for the position <b>"Senior Financial Analyst (Chicago)"</b> and will review
        them carefully. We aim to get back to you within two weeks. If your profile matches what we are looking for, we
        will invite you to a first interview.</p>
        <p>Kind regards,<br>Your Ludgate Analytics Recruiting Team</p>
        <p style="font-size:11px;color:#8a8a8a">Ludgate Analytics Inc. &middot; 330 N Wabash Ave, Chicago, IL 60611 &middot;
        <a href="https://ludgate-analytics.jobs.personio.com/privacy-policy">Privacy policy</a></p>
        </body></html>
        """)
    mid = "<a41c7e9b02f6d35e8c1b@ludgate-analytics.jobs.personio.com>"
    h = head(frm=addr("Ludgate Analytics", "no-reply@ludgate-analytics.jobs.personio.com"),
             subject="Your application: Senior Financial Analyst (Chicago)", when="2026-10-02 08:15:42",
             zone=CHI, msgid=mid,
             relay="from mail-out.personio.de (mail-out.personio.de [185.43.71.20])",
             reply_to=addr("Ludgate Analytics Recruiting", "ludgate-analytics-a41c7e9b@mail.personio.de"))
    return message(h, alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(49), family="rejection", lang="en-US", interview=False, company="Nordstern Re America",
      note="softgarden rejection before any interview ('we will not be inviting you for an interview')")
def softgarden_nordstern_rejection():
    body = t("""
        Dear Mr. Oyelaran,

        Thank you again for your interest in Nordstern Re America and for the time you invested in
        your application as Financial Analyst - Reinsurance Finance (ID 48211).

        After careful review, we regret to inform you that we will not be inviting you for an
        interview for this position. This decision reflects the specific requirements of the role
        and is not a judgement of your qualifications.

        With your consent, we will keep your profile in our talent pool for six months and contact
        you if a suitable position opens up. You can withdraw your consent at any time in your
        candidate account.

        We wish you all the best for your future career.

        Kind regards,
        Human Resources
        Nordstern Re America Inc. · 199 Water Street, New York, NY 10038

        This email was sent via softgarden. Please do not reply to this email.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2e2e2e">
        <p>Dear Mr. Oyelaran,</p>
        <p>Thank you again for your interest in Nordstern Re America and for the time you invested in your application as
        <b>Financial Analyst - Reinsurance Finance (ID 48211)</b>.</p>
        <p>After careful review, we regret to inform you that we will not be inviting you for an interview for this
        position. This decision reflects the specific requirements of the role and is not a judgement of your
        qualifications.</p>
        <p>With your consent, we will keep your profile in our talent pool for six months and contact you if a suitable
        position opens up. You can withdraw your consent at any time in your candidate account.</p>
        <p>We wish you all the best for your future career.</p>
        <p>Kind regards,<br>Human Resources<br>Nordstern Re America Inc. &middot; 199 Water Street, New York, NY 10038</p>
        <p style="font-size:11px;color:#999">This email was sent via softgarden. Please do not reply to this email.</p>
        </body></html>
        """)
    mid = "<sg.48211.c3817f2a9e.1795079520@mail.softgarden.de>"
    h = head(frm=addr("Nordstern Re America", "no-reply@softgarden.de"),
             subject="Your application as Financial Analyst – Reinsurance Finance (ID 48211)",
             when="2026-11-18 04:12:00", zone=NY, msgid=mid,
             relay="from mx-out2.softgarden.de (mx-out2.softgarden.de [195.201.44.109])")
    return message(h, alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
                          html(page, charset="iso-8859-15")))


@mail(n(50), family="scheduling_link", lang="en-US", interview=False, company="Lehigh Gas & Electric",
      days=(("Mon", "2026-12-14"), ("Fri", "2026-12-18")),
      note="Taleo 'Action Required: schedule your interview' - log in and pick a slot between Mon 14 and "
           "Fri 18 Dec; nothing booked yet")
def taleo_lehigh_select_slot():
    body = t("""
        Dear Marcus,

        Thank you for your interest in Lehigh Gas & Electric.

        The hiring team would like to invite you to interview for Financial Analyst II
        (Requisition 2600871). Please log in to your candidate account to select an interview time
        from the available slots between Monday, December 14 and Friday, December 18.

        https://lge.taleo.net/careersection/ex/mysubmissions.ftl?lang=en

        Slots are offered on a first-come, first-served basis. Interviews will be held in person at
        our Allentown headquarters, 2 N Ninth Street, Allentown, PA 18101. Once you select a time,
        you will receive a confirmation email with the details and parking instructions.

        Sincerely,
        Talent Acquisition
        Lehigh Gas & Electric

        *** This is an automated message. Please do not reply. ***
        """)
    mid = "<1481502262.1181.1797089620233.JavaMail.taleo@ltaleoweb07>"
    h = head(frm=addr("Lehigh Gas & Electric", "lge@taleo.net"),
             subject="Action Required: Schedule Your Interview - Financial Analyst II (2600871)",
             when="2026-12-09 10:22:00", zone=NY, msgid=mid,
             relay="from mail07.taleo.net (mail07.taleo.net [160.34.8.107])")
    return message(h, text(body, charset="us-ascii", cte="7bit"))
