"""blind324: a blind 50-mail held-out set, the inbox of Maren Solberg, port-logistics planner in
Duluth, Minnesota (America/Chicago), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the top and the
Mix / Label conventions / Traps / Judgement calls sections of bench/heldout/README.md, the dev
corpus README, dev labels.json, dev_002.eml, dev_009.eml and score.py; it did not read the
detector, its tests or fixtures, other held-out mails, and never ran the detector. Every mail is
written by hand as one function; keys 1-23 are positives (16 scheduled, 4 rescheduled,
3 cancelled), keys 24-50 negatives. File numbers are a fixed shuffle of the writing order.
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
    utc,
)

SET = "blind324"
ORDER = random.Random(3240324).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "maren.solberg@example.org"
ME2 = "maren.solberg@example.com"
MEN = "Maren Solberg"
TO = addr(MEN, ME)
CHI = "America/Chicago"
WPG = "America/Winnipeg"
TOR = "America/Toronto"
LA = "America/Los_Angeles"
OSL = "Europe/Oslo"
BER = "Europe/Berlin"
AMS = "Europe/Amsterdam"
MX = "mx1.example.org (Postfix) with ESMTPS id"

VTZ_OSLO = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Oslo")


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
         relay: str = "from mail.example.net (mail.example.net [198.51.100.20])", qid: str = "4Q1",
         extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [
        ("Received", received(relay, when, zone, f"{MX} {qid}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def ics(*, prodid: str, uid: str, stamp: str, start: str, end: str, tzid: str | None, summary: str,
        organizer: tuple[str, str] | None, method: str = "REQUEST", seq: int = 0,
        status: str = "CONFIRMED", location: str = "", description: str = "", vtz: str = "",
        extra: str = "") -> str:
    def dt(name: str, value: str) -> str:
        return f"{name};TZID={tzid}:{value}" if tzid else f"{name}:{value}"

    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if vtz:
        lines.append(vtz)
    lines += ["BEGIN:VEVENT", dt("DTSTART", start), dt("DTEND", end), f"DTSTAMP:{stamp}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines.append(f"UID:{uid}")
    lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={MEN}:mailto:{ME}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    if location:
        lines.append(f"LOCATION:{location}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}", "TRANSP:OPAQUE"]
    if extra:
        lines.append(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-17 13:30", CHI), end=utc("2026-09-17 14:15", CHI),
           contact="dana.kowalczyk@northstarbulk.com", company="Northstar Bulk Terminals",
           local="Thu 2026-09-17 13:30", local_end="2026-09-17 14:15", zone=CHI,
           note="Greenhouse confirmation, 1:30-2:15 PM CDT in Duluth (UTC-5 in September); "
                "contact = Reply-To recruiter (also ICS ORGANIZER); invite.ics attached")
def m01():
    body = t("""
        Hi Maren,

        Thanks for making time to speak with us! Here are the details for your upcoming
        interview for the Logistics Planner II role.

        Date: Thursday, September 17, 2026
        Time: 1:30 PM - 2:15 PM CDT
        Location: Northstar Bulk Terminals, 310 Garfield Ave, Duluth, MN 55802
        Please check in at the scale house gate; visitor parking is on the left.

        You'll meet with:
          Dana Kowalczyk - Talent Acquisition Partner
          Rick Halvorsen - Terminal Operations Manager

        A calendar invitation is attached. If anything changes on your end, just reply to
        this email.

        Best,
        Dana Kowalczyk
        Northstar Bulk Terminals
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Maren,</p>
        <p>Thanks for making time to speak with us! Here are the details for your upcoming interview for the
        <strong>Logistics Planner II</strong> role.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Thursday, September 17, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>1:30 PM - 2:15 PM CDT</td></tr>
        <tr><td><b>Location:</b></td><td>Northstar Bulk Terminals, 310 Garfield Ave, Duluth, MN 55802</td></tr>
        </table>
        <p>Please check in at the scale house gate; visitor parking is on the left.</p>
        <p>You&#39;ll meet with:<br>Dana Kowalczyk - Talent Acquisition Partner<br>
        Rick Halvorsen - Terminal Operations Manager</p>
        <p>A calendar invitation is attached. If anything changes on your end, just reply to this email.</p>
        <p>Best,<br>Dana Kowalczyk<br>Northstar Bulk Terminals</p>
        <img src="https://us.greenhouse-mail.io/o/4f1c2a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    cal = ics(prodid="-//Greenhouse Software//Greenhouse Scheduling//EN", uid="gh-intv-88214503@greenhouse.io",
              stamp="20260914T151200Z", start="20260917T133000", end="20260917T141500", tzid=CHI,
              summary="Interview: Maren Solberg - Logistics Planner II",
              organizer=("Dana Kowalczyk", "dana.kowalczyk@northstarbulk.com"),
              location="Northstar Bulk Terminals\\, 310 Garfield Ave\\, Duluth\\, MN 55802",
              vtz=VTZ["America/Chicago"])
    body_part = mixed(alt(text(body), html(page)),
                      calendar(cal, method="REQUEST", ctype="text/calendar", filename="invite.ics",
                               disposition="attachment", cte="base64"))
    hs = head(addr("Northstar Bulk Terminals", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Logistics Planner II at Northstar Bulk Terminals",
              "2026-09-14 10:12", CHI, "<0100018f3a9c2b71-6e0a1c33-93b2-4b0e-8c1e-2d7f11a0c9e4-000000@email.amazonses.com>",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Dana Kowalczyk", "dana.kowalczyk@northstarbulk.com")),))
    return message(hs, body_part)


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-27 11:00", CHI), end=utc("2026-10-27 11:45", CHI),
           contact="jonah.whitcomb@lakeheadfreight.com", company="Lakehead Freight Systems",
           local="Tue 2026-10-27 11:00", local_end="2026-10-27 11:45", zone=CHI,
           note="Lever confirmation with a text/calendar alternative; 11:00-11:45 AM Central, still CDT "
                "(UTC-5) on 27 October; contact = Reply-To recruiter")
def m02():
    body = t("""
        Hi Maren,

        Your interview with Lakehead Freight Systems is confirmed.

        Role: Carrier Planning Analyst (Minneapolis / hybrid)
        When: Tuesday, October 27, 2026, 11:00 AM - 11:45 AM Central Time
        Where: Video call - https://lakeheadfreight.zoom.us/j/83310472285

        Interviewing you:
        - Jonah Whitcomb, Senior Recruiter
        - Alicia Brandvold, Director of Carrier Operations

        Need to change something? Reply to this email and it will go straight to Jonah.

        Lakehead Freight Systems
        Powered by Lever
        """)
    page = t("""
        <div style="max-width:560px;margin:0 auto;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
        <p>Hi Maren,</p>
        <p>Your interview with <b>Lakehead Freight Systems</b> is confirmed.</p>
        <p><b>Role:</b> Carrier Planning Analyst (Minneapolis / hybrid)<br>
        <b>When:</b> Tuesday, October 27, 2026, 11:00 AM - 11:45 AM Central Time<br>
        <b>Where:</b> Video call - <a href="https://lakeheadfreight.zoom.us/j/83310472285">https://lakeheadfreight.zoom.us/j/83310472285</a></p>
        <p>Interviewing you:</p>
        <ul><li>Jonah Whitcomb, Senior Recruiter</li><li>Alicia Brandvold, Director of Carrier Operations</li></ul>
        <p>Need to change something? Reply to this email and it will go straight to Jonah.</p>
        <p style="color:#888;font-size:12px">Lakehead Freight Systems &middot; Powered by Lever</p>
        </div>
        """)
    cal = ics(prodid="-//Lever//Lever Interview Scheduling//EN", uid="lv-5d2a91e0-7c4b-4f6b-9f0e-51c3a8e2b7d4@lever.co",
              stamp="20261020T204000Z", start="20261027T160000Z", end="20261027T164500Z", tzid=None,
              summary="Lakehead Freight Systems - Interview with Maren Solberg",
              organizer=("Jonah Whitcomb", "jonah.whitcomb@lakeheadfreight.com"),
              location="https://lakeheadfreight.zoom.us/j/83310472285")
    body_part = alt(text(body), html(page), calendar(cal, method="REQUEST"))
    hs = head(addr("Lakehead Freight Systems", "no-reply@hire.lever.co"),
              "Your interview with Lakehead Freight Systems is confirmed",
              "2026-10-20 15:40", CHI, "<20261020204012.3f9b1c7e2a@hire.lever.co>",
              relay="from o7.email.lever.co (o7.email.lever.co [167.89.101.7])",
              extra=(("Reply-To", addr("Jonah Whitcomb", "jonah.whitcomb@lakeheadfreight.com")),))
    return message(hs, body_part)


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-23 09:00", WPG), end=utc("2026-09-23 10:00", WPG),
           contact="colette.arsenault@prairiegrain.ca", company="Prairie Grain Cooperative",
           local="Wed 2026-09-23 09:00", local_end="2026-09-23 10:00", zone=WPG,
           note="Workday HTML-only notice from a system mailbox; Winnipeg employer, 9:00-10:00 AM CDT "
                "(Winnipeg = Central, UTC-5 in September); recruiter address only in the body")
def m03():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f3f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd3.myworkdaysite.com/prairiegrain/assets/logo.png" alt="Prairie Grain Cooperative" height="40">
        <p>Dear Maren Solberg,</p>
        <p>Thank you for your interest in the <b>Inland Terminal Logistics Coordinator</b> position (R-10482).
        We are pleased to confirm your interview as follows:</p>
        <p><b>Date:</b> Wednesday, September 23, 2026<br>
        <b>Time:</b> 9:00 AM - 10:00 AM (CDT) Central Time<br>
        <b>Format:</b> Microsoft Teams (link to follow from the hiring team)<br>
        <b>Panel:</b> Colette Arsenault, Talent Acquisition; Wes Kowalchuk, Manager, Grain Movement</p>
        <p>If you have any questions before your interview, please contact Colette Arsenault at
        <a href="mailto:colette.arsenault@prairiegrain.ca">colette.arsenault@prairiegrain.ca</a>.</p>
        <p>Please do not reply to this message; this mailbox is not monitored.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Prairie Grain Cooperative, Winnipeg, Manitoba</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Prairie Grain Cooperative", "prairiegrain@myworkday.com"),
              "Interview Scheduled - Inland Terminal Logistics Coordinator",
              "2026-09-18 14:22", WPG, "<1457362193.88412.1789852920331@wd3-prod-mail07.myworkday.com>",
              relay="from wd3-prod-mail07.myworkday.com (wd3-prod-mail07.myworkday.com [216.24.160.37])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-13 13:00", LA), end=utc("2026-10-13 13:45", LA),
           contact="priya.natarajan@tidewell.io", company="Tidewell",
           local="Tue 2026-10-13 13:00", local_end="2026-10-13 13:45", zone=LA,
           note="Ashby confirmation for a remote team on Pacific time: 1:00-1:45 PM PDT (UTC-7) = "
                "3:00 PM in Duluth; ICS in UTC; contact = Reply-To recruiter")
def m04():
    body = t("""
        Hi Maren,

        You're all set! Your interview has been confirmed.

        Supply Chain Operations Manager - Remote (US)
        Tuesday, October 13, 2026
        1:00 PM - 1:45 PM PDT
        Google Meet: https://meet.google.com/tzk-qwpe-hnd

        You'll be meeting with:
          Owen Castellanos - Head of Fulfillment Operations

        If you need to make any changes, reply to this email to reach Priya Natarajan.

        Tidewell Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#111">
        <p>Hi Maren,</p>
        <p>You&#x27;re all set! Your interview has been confirmed.</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:16px">
        <div style="font-weight:600">Supply Chain Operations Manager - Remote (US)</div>
        <div>Tuesday, October 13, 2026</div>
        <div>1:00 PM &ndash; 1:45 PM PDT</div>
        <div><a href="https://meet.google.com/tzk-qwpe-hnd">Join Google Meet</a></div>
        </div>
        <p>You&#x27;ll be meeting with:<br>Owen Castellanos &mdash; Head of Fulfillment Operations</p>
        <p>If you need to make any changes, reply to this email to reach Priya Natarajan.</p>
        <p>Tidewell Recruiting</p>
        </body></html>
        """)
    cal = ics(prodid="-//Ashby//Ashby Scheduling//EN", uid="0f6e7d2b-3b9a-4c61-a7e4-9d51c0b8e2aa@ashbyhq.com",
              stamp="20261007T183000Z", start="20261013T200000Z", end="20261013T204500Z", tzid=None,
              summary="Tidewell - Supply Chain Operations Manager Interview",
              organizer=("Priya Natarajan", "priya.natarajan@tidewell.io"),
              location="https://meet.google.com/tzk-qwpe-hnd")
    body_part = mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                      calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment",
                               cte="base64"))
    hs = head(addr("Tidewell", "no-reply@ashbyhq.com"),
              "Interview confirmed: Supply Chain Operations Manager at Tidewell",
              "2026-10-07 11:30", LA, "<010001927b3e5f10-8a1d7c44-1b2e-4f1a-9d3c-77a0e5b6c2f1-000000@email.amazonses.com>",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@tidewell.io")),))
    return message(hs, body_part)


@make.mail(N(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-12 10:30", CHI), end=utc("2026-11-12 11:30", CHI),
           contact="t.wierzbicki@glstevedoring.com", company="Great Lakes Stevedoring",
           local="Thu 2026-11-12 10:30", local_end="2026-11-12 11:30", zone=CHI,
           note="SmartRecruiters confirmation, Chicago employer, 10:30-11:30 AM CST (UTC-6 after 1 November); "
                "application/ics attachment; contact = Reply-To hiring manager")
def m05():
    body = t("""
        Dear Maren,

        Thank you for accepting our interview invitation. Here is a summary of your interview:

        Position: Vessel & Rail Scheduling Supervisor
        Date: Thursday, November 12, 2026
        Time: 10:30 AM - 11:30 AM (CST)
        Type: Video interview (Microsoft Teams)
        Interviewer: Tomasz Wierzbicki, Operations Manager - Calumet Terminal

        The Teams link is included in the attached calendar file. Should you need to reach the
        hiring team, simply reply to this message.

        Kind regards,
        Great Lakes Stevedoring Talent Team

        This message was sent by SmartRecruiters on behalf of Great Lakes Stevedoring.
        """)
    cal = ics(prodid="-//SmartRecruiters//Interview Scheduler 2.0//EN", uid="sr-interview-6a7f3c2e19d4@smartrecruiters.com",
              stamp="20261109T144700Z", start="20261112T103000", end="20261112T113000", tzid=CHI,
              summary="Interview: Vessel & Rail Scheduling Supervisor (Maren Solberg)",
              organizer=("Tomasz Wierzbicki", "t.wierzbicki@glstevedoring.com"),
              location="Microsoft Teams Meeting",
              description="Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1ZTk4",
              vtz=VTZ["America/Chicago"])
    body_part = mixed(text(body, cte="7bit"),
                      calendar(cal, method=None, ctype="application/ics", filename="interview.ics",
                               disposition="attachment", cte="base64", name_param=True))
    hs = head(addr("Great Lakes Stevedoring", "noreply@smartrecruiters.com"),
              "Your interview for Vessel & Rail Scheduling Supervisor",
              "2026-11-09 08:47", CHI, "<sr.8c1f0a7e4b2d.20261109144702@smartrecruiters.com>",
              relay="from mta-12.smartrecruiters.com (mta-12.smartrecruiters.com [3.121.44.12])",
              extra=(("Reply-To", addr("Tomasz Wierzbicki", "t.wierzbicki@glstevedoring.com")),))
    return message(hs, body_part)


@make.mail(N(6), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-15 14:00", TOR), end=None,
           contact="alana.beauchamp@huronrailport.ca", company="Huron Rail & Port",
           local="Thu 2026-10-15 14:00", zone=TOR,
           note="iCIMS plain-text notice, US date '10/15/2026 at 2:00 PM Eastern' (Toronto, EDT UTC-4) = "
                "1:00 PM in Duluth; no length stated; recruiter address in the body")
def m06():
    body = t("""
        Hello Maren,

        Thank you for your application to Huron Rail & Port. Your phone interview for
        Requisition 2026-4417, Intermodal Planning Specialist, has been scheduled:

            Date/Time: 10/15/2026 at 2:00 PM Eastern
            Interviewer: Alana Beauchamp, Talent Acquisition
            Phone: Alana will call you at the number on your application.

        Please note the time is listed in Eastern Time (Toronto).

        If you are unable to attend, please contact Alana Beauchamp at
        alana.beauchamp@huronrailport.ca or 416-555-0183.

        Regards,
        Huron Rail & Port Talent Acquisition

        ***Please do not reply to this email. This mailbox is not monitored.***
        """)
    hs = head(addr("Huron Rail & Port", "huronrailport@talent.icims.com"),
              "Huron Rail & Port - Phone Interview Scheduled",
              "2026-10-09 16:10", TOR, "<1091776.204412.1791578400@talent.icims.com>",
              relay="from smtp3.icims.com (smtp3.icims.com [64.124.105.203])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(7), family="workable", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-04 09:00", CHI), end=utc("2026-12-04 09:30", CHI),
           contact="ruth.okafor@keelsonanalytics.com", company="Keelson Analytics",
           local="Fri 2026-12-04 09:00", local_end="2026-12-04 09:30", zone=CHI,
           note="Workable confirmation, 'Friday, December 4 at 9:00 AM CST', 30-minute call; Reply-To is a "
                "Workable relay, so contact = the recruiter address written in the body")
def m07():
    body = t("""
        Hi Maren,

        Thanks for picking a slot. Your interview with Keelson Analytics is booked:

        Friday, December 4 at 9:00 AM CST
        30-minute video call with Ruth Okafor (Recruiting Lead)
        Link: https://keelson.whereby.com/recruiting-ruth

        The role: Product Analyst, Port & Terminal Data (remote, US).

        You can reply here, or if anything comes up write to me directly at
        ruth.okafor@keelsonanalytics.com.

        Ruth
        --
        Sent via Workable
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Helvetica,Arial">')
    hs = head(addr("Ruth Okafor via Workable", "notifications@workablemail.com"),
              "Your interview with Keelson Analytics", "2026-12-01 13:02", CHI,
              "<c7Hq2xQ9.20261201190211.keelson-analytics@workablemail.com>",
              relay="from mail-out3.workablemail.com (mail-out3.workablemail.com [50.31.56.41])",
              extra=(("Reply-To", addr("Ruth Okafor", "keelson-analytics+c7Hq2x@candidates.workablemail.com")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(8), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-26 15:00", OSL), end=utc("2026-10-26 15:45", OSL),
           contact="ingrid.saether@fjordvakt.no", company="Fjordvakt Shipping",
           local="Mon 2026-10-26 15:00", local_end="2026-10-26 15:45", zone=OSL,
           note="Teamtailor invite from an Oslo team, sent in CEST (22 Oct) for Monday 26 Oct 15:00 CET: "
                "Europe is back on UTC+1 since 25 Oct, so 14:00Z = 9:00 AM CDT in Duluth (body says so); "
                "ICS TZID Europe/Oslo; contact = Reply-To recruiter")
def m08():
    body = t("""
        Hi Maren,

        Great news - we'd love to continue the conversation about the North America Voyage
        Planner role. Your interview is booked:

        Monday 26 October 2026, 15:00-15:45 Oslo time (CET)
        That is 9:00-9:45 AM for you in Duluth (Central Time).

        You will meet Ingrid Sæther (Talent Acquisition) and Lars Brekke (Head of Chartering
        Operations) on Microsoft Teams. The link is in the calendar invitation.

        Note: Norway moves back to winter time on Sunday 25 October, so the gap between us is
        six hours that week instead of the usual seven.

        Looking forward to it!

        Best regards,
        Ingrid Sæther
        Fjordvakt Shipping AS
        """)
    cal = ics(prodid="-//Teamtailor//Teamtailor Calendar//EN", uid="tt-interview-3391077@teamtailor.com",
              stamp="20261022T121500Z", start="20261026T150000", end="20261026T154500", tzid=OSL,
              summary="Interview: Maren Solberg - North America Voyage Planner",
              organizer=("Ingrid Sæther", "ingrid.saether@fjordvakt.no"), location="Microsoft Teams",
              vtz=VTZ_OSLO)
    body_part = mixed(alt(text(body), html(gmail_html(body))),
                      calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment",
                               cte="quoted-printable"))
    hs = head(addr("Ingrid Sæther - Fjordvakt Shipping", "no-reply@teamtailor-mail.com"),
              "Interview booked: North America Voyage Planner", "2026-10-22 14:15", OSL,
              "<8f2c6e1a-5a7b-4d10-b3e1-0c94f6a2d713@teamtailor-mail.com>",
              relay="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [185.250.239.18])",
              extra=(("Reply-To", addr("Ingrid Sæther", "ingrid.saether@fjordvakt.no")),))
    return message(hs, body_part)


@make.mail(N(9), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-02 09:00", CHI), end=utc("2026-12-02 11:30", CHI),
           contact="keisha.barnes@corridorlogistics.com", company="Corridor Logistics",
           local="Wed 2026-12-02 09:00", local_end="2026-12-02 11:30", zone=CHI,
           note="GoodTime virtual-onsite itinerary, three sessions on Wed 2 Dec in CST (UTC-6): start = first "
                "session 9:00, end = last session end 11:30; contact = Reply-To coordinator")
def m09():
    body = t("""
        Hi Maren,

        Your virtual onsite with Corridor Logistics is confirmed. Here is your itinerary
        (all times Central Standard Time):

        Wednesday, December 2, 2026

          9:00 AM - 9:45 AM    Network planning deep dive - Hector Ibarra, Sr. Manager, Linehaul
          10:00 AM - 10:45 AM  Case discussion - Amy Lindgren, Planning Analyst
          11:00 AM - 11:30 AM  Wrap-up - Keisha Barnes, Recruiting Coordinator

        Each session has its own Zoom link in the calendar invitations you'll receive from the
        interviewers. Please join a few minutes early.

        Questions? Reply to this email to reach Keisha.

        Corridor Logistics Recruiting
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hi Maren,</p>
        <p>Your virtual onsite with <b>Corridor Logistics</b> is confirmed. Here is your itinerary
        (all times Central Standard Time):</p>
        <h3 style="margin:12px 0 4px">Wednesday, December 2, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td>9:00 AM - 9:45 AM</td><td>Network planning deep dive</td><td>Hector Ibarra, Sr. Manager, Linehaul</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Case discussion</td><td>Amy Lindgren, Planning Analyst</td></tr>
        <tr><td>11:00 AM - 11:30 AM</td><td>Wrap-up</td><td>Keisha Barnes, Recruiting Coordinator</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you&#39;ll receive from the interviewers.
        Please join a few minutes early.</p>
        <p>Questions? Reply to this email to reach Keisha.</p>
        <p style="color:#777">Corridor Logistics Recruiting<br>Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Corridor Logistics Recruiting", "scheduling@goodtime.io"),
              "Your Corridor Logistics virtual onsite itinerary - Wednesday, December 2",
              "2026-11-30 10:00", CHI, "<goodtime.itin.71b0d9c2e5@goodtime.io>",
              relay="from o12.sg.goodtime.io (o12.sg.goodtime.io [149.72.140.12])",
              extra=(("Reply-To", addr("Keisha Barnes", "keisha.barnes@corridorlogistics.com")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(10), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-11 11:30", CHI), end=utc("2026-09-11 12:00", CHI),
           contact="brett.lindqvist@harbortalentpartners.com", company="Harbor Talent Partners",
           local="Fri 2026-09-11 11:30", local_end="2026-09-11 12:00", zone=CHI,
           note="Calendly invitee confirmation for an agency recruiter's candidate screen, 11:30am-12:00pm "
                "Central Time (CDT); ICS in UTC; contact = Reply-To host")
def m10():
    body = t("""
        Hi Maren Solberg,

        A new event has been scheduled.

        Event Type:
        Candidate screen - Terminal Operations Planner (30 min)

        Invitee:
        Maren Solberg
        maren.solberg@example.org

        Event Date/Time:
        11:30am - 12:00pm (Central Time - US & Canada) on Friday, September 11, 2026

        Location:
        Brett will call you at +1 218-555-0147

        Host:
        Brett Lindqvist, Harbor Talent Partners

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f0e7a2b-9d61-4c3e-8a55-2b7c1d9e6f30
        Reschedule: https://calendly.com/reschedulings/4f0e7a2b-9d61-4c3e-8a55-2b7c1d9e6f30

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Maren Solberg,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Candidate screen - Terminal Operations Planner (30 min)</p>
        <p><b>Invitee:</b><br>Maren Solberg<br><a href="mailto:maren.solberg@example.org">maren.solberg@example.org</a></p>
        <p><b>Event Date/Time:</b><br>11:30am - 12:00pm (Central Time - US &amp; Canada) on Friday, September 11, 2026</p>
        <p><b>Location:</b><br>Brett will call you at +1 218-555-0147</p>
        <p><b>Host:</b><br>Brett Lindqvist, Harbor Talent Partners</p>
        <p><a href="https://calendly.com/cancellations/4f0e7a2b-9d61-4c3e-8a55-2b7c1d9e6f30">Cancel</a> |
        <a href="https://calendly.com/reschedulings/4f0e7a2b-9d61-4c3e-8a55-2b7c1d9e6f30">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </body></html>
        """)
    cal = ics(prodid="-//Calendly//Calendly//EN", uid="4f0e7a2b-9d61-4c3e-8a55-2b7c1d9e6f30@calendly.com",
              stamp="20260909T213100Z", start="20260911T163000Z", end="20260911T170000Z", tzid=None,
              summary="Candidate screen - Terminal Operations Planner between Brett Lindqvist and Maren Solberg",
              organizer=("Brett Lindqvist", "brett.lindqvist@harbortalentpartners.com"),
              location="+1 218-555-0147")
    body_part = mixed(alt(text(body), html(page)),
                      calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment",
                               cte="base64"))
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "New Event: Maren Solberg - 11:30am Fri, Sep 11, 2026 - Candidate screen - Terminal Operations Planner",
              "2026-09-09 16:31", CHI, "<20260909213104.1c9e2f7a3b.calendly@mail.calendly.com>",
              relay="from o1.mail.calendly.com (o1.mail.calendly.com [167.89.75.93])",
              extra=(("Reply-To", addr("Brett Lindqvist", "brett.lindqvist@harbortalentpartners.com")),))
    return message(hs, body_part)


@make.mail(N(11), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-04 14:00", CHI), end=utc("2026-11-04 14:45", CHI),
           contact="dlaferriere@arrowheadport.org", company="Arrowhead Port Authority",
           local="Wed 2026-11-04 14:00", local_end="2026-11-04 14:45", zone=CHI,
           note="Microsoft Bookings from a shared mailbox, sent in CDT (28 Oct) for Wed 4 Nov 2:00-2:45 PM "
                "'(UTC-06:00) Central Time' = CST after the 1 November change; ICS TZID Central Standard "
                "Time; contact = the HR address in the body")
def m11():
    body = t("""
        Your booking is confirmed

        Hello Maren Solberg,

        Thank you for booking with Arrowhead Port Authority - Human Resources.

        Service: First-round interview - Harbor Operations Planner
        Staff: Denise Laferriere
        Date and time: Wednesday, November 4, 2026 2:00 PM-2:45 PM (UTC-06:00) Central Time (US & Canada)
        Location: Arrowhead Port Authority, 1400 Port Terminal Dr, Duluth, MN 55802, Room 204

        Please bring a photo ID; the terminal entrance is a TWIC-controlled area and you will be
        escorted from the lobby.

        If you have questions, contact Denise Laferriere at dlaferriere@arrowheadport.org.

        Manage booking: https://outlook.office365.com/owa/calendar/APAInterviews@arrowheadport.org/bookings/

        Arrowhead Port Authority
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hello Maren Solberg,</p>
        <p>Thank you for booking with Arrowhead Port Authority - Human Resources.</p>
        <table cellpadding="3">
        <tr><td>Service</td><td>First-round interview - Harbor Operations Planner</td></tr>
        <tr><td>Staff</td><td>Denise Laferriere</td></tr>
        <tr><td>Date and time</td><td>Wednesday, November 4, 2026 2:00 PM-2:45 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Location</td><td>Arrowhead Port Authority, 1400 Port Terminal Dr, Duluth, MN 55802, Room 204</td></tr>
        </table>
        <p>Please bring a photo ID; the terminal entrance is a TWIC-controlled area and you will be escorted from the lobby.</p>
        <p>If you have questions, contact Denise Laferriere at <a href="mailto:dlaferriere@arrowheadport.org">dlaferriere@arrowheadport.org</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/APAInterviews@arrowheadport.org/bookings/">Manage booking</a></p>
        </div></body></html>
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000B0E2C9A4F046DD01",
              stamp="20261028T141500Z", start="20261104T140000", end="20261104T144500",
              tzid="Central Standard Time", summary="First-round interview - Harbor Operations Planner",
              organizer=("Arrowhead Port Authority - Human Resources", "APAInterviews@arrowheadport.org"),
              location="Arrowhead Port Authority\\, 1400 Port Terminal Dr\\, Duluth\\, MN 55802\\, Room 204",
              vtz=VTZ["Central Standard Time"], extra="X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
    body_part = mixed(alt(text(body), html(page)),
                      calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment",
                               cte="base64"))
    hs = head(addr("Arrowhead Port Authority - Human Resources", "APAInterviews@arrowheadport.org"),
              "Booking confirmed: First-round interview - Harbor Operations Planner",
              "2026-10-28 09:15", CHI, "<BN8PR11MB36921A7E0C4F2D9B3E5A1C77A2B09@BN8PR11MB3692.namprd11.prod.outlook.com>",
              relay="from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2101.outbound.protection.outlook.com [40.107.236.101])",
              extra=(("Content-Language", "en-US"),))
    return message(hs, body_part)


@make.mail(N(12), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-24 10:00", CHI), end=utc("2026-09-24 11:00", CHI),
           contact="gordon.baptiste@twinportsmaritime.com", company="Twin Ports Maritime",
           local="Thu 2026-09-24 10:00", local_end="2026-09-24 11:00", zone=CHI,
           note="Exchange meeting request from the hiring manager; body shows '(UTC-06:00) Central Time' "
                "in September, but the instant is 10:00 CDT (UTC-5), as the ICS (TZID Central Standard Time "
                "with DST rules) confirms; contact = ORGANIZER/sender")
def m12():
    body = t("""
        When: Thursday, September 24, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Twin Ports Maritime, 2nd floor conference room, 802 Garfield Ave, Duluth

        *~*~*~*~*~*~*~*~*~*

        Maren,

        Thanks for sending your resume over. Let's meet in person on Thursday to talk about the
        Marine Logistics Planner opening. Sheila Morrow from our dispatch group will join us.
        Plan on an hour. Park in the gravel lot off Garfield and come in through the main door.

        Gordon Baptiste
        Operations Manager | Twin Ports Maritime
        218-555-0132
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">When: Thursday, September 24, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US &amp; Canada).<br>
        Where: Twin Ports Maritime, 2nd floor conference room, 802 Garfield Ave, Duluth</p>
        <p class="MsoNormal"><span style="color:#5A5A5A">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Maren,</p>
        <p class="MsoNormal">Thanks for sending your resume over. Let&#8217;s meet in person on Thursday to talk about the
        Marine Logistics Planner opening. Sheila Morrow from our dispatch group will join us. Plan on an hour.
        Park in the gravel lot off Garfield and come in through the main door.</p>
        <p class="MsoNormal">Gordon Baptiste<br>Operations Manager | Twin Ports Maritime<br>218-555-0132</p>
        </div></body></html>
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E0080000000060A1E3B5F24ADD01000000000000000010000000C9",
              stamp="20260921T204800Z", start="20260924T100000", end="20260924T110000",
              tzid="Central Standard Time", summary="Interview - Maren Solberg (Marine Logistics Planner)",
              organizer=("Gordon Baptiste", "gordon.baptiste@twinportsmaritime.com"),
              location="Twin Ports Maritime\\, 2nd floor conference room\\, 802 Garfield Ave\\, Duluth",
              vtz=VTZ["Central Standard Time"],
              extra="X-MICROSOFT-CDO-APPT-SEQUENCE:0\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1")
    hs = head(addr("Gordon Baptiste", "gordon.baptiste@twinportsmaritime.com"),
              "Interview - Maren Solberg (Marine Logistics Planner)", "2026-09-21 15:48", CHI,
              "<SN6PR04MB4970B1F23D0A9E7C5C2E8D41A3F19@SN6PR04MB4970.namprd04.prod.outlook.com>",
              relay="from NAM04-SN6-obe.outbound.protection.outlook.com (mail-sn6nam04on2072.outbound.protection.outlook.com [40.107.100.72])",
              extra=(("Thread-Topic", "Interview - Maren Solberg (Marine Logistics Planner)"),
                     ("Thread-Index", "AdrKc1mJ7Qd0W3b8TzGq1v2kY5xR4A=="),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(cal, method="REQUEST", cte="base64")))


GCAL_13 = dict(uid="4k8h2q0v7n1m3p5r9s6t2u4w8y@google.com", start="20261118T153000",
               end="20261118T161500", tzid=CHI,
               summary="Interview: Maren Solberg / Transportation Planning Lead",
               organizer=("Sophie Tran-Nguyen", "sophie.trannguyen@meridiancoldchain.com"),
               location="https://meet.google.com/qzv-hhtr-pkm")


@make.mail(N(13), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-18 15:30", CHI), end=utc("2026-11-18 16:15", CHI),
           contact="sophie.trannguyen@meridiancoldchain.com", company="Meridian Cold Chain",
           local="Wed 2026-11-18 15:30", local_end="2026-11-18 16:15", zone=CHI,
           note="Google Calendar invitation, 3:30pm-4:15pm 'Central Time - Chicago' (CST, UTC-6); "
                "contact = ORGANIZER (Reply-To)")
def m13():
    body = t("""
        You have been invited to the following event.

        Interview: Maren Solberg / Transportation Planning Lead
        Wednesday Nov 18, 2026 ⋅ 3:30pm – 4:15pm
        Central Time - Chicago

        Hi Maren - this is the hiring-manager conversation we talked about. Looking forward to it!
        Sophie

        Join with Google Meet
        https://meet.google.com/qzv-hhtr-pkm

        Organizer
        Sophie Tran-Nguyen
        sophie.trannguyen@meridiancoldchain.com

        Guests
        Sophie Tran-Nguyen - organizer
        Caleb Ostrowski
        maren.solberg@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGs4aDJxMHY3bjFtM3A1cjlzNnQydTR3OHk

        Reply for maren.solberg@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>You have been invited to the following event.</p>
        <h2 style="font-weight:400;color:#202124">Interview: Maren Solberg / Transportation Planning Lead</h2>
        <div><b>When</b> Wednesday Nov 18, 2026 &#8901; 3:30pm &ndash; 4:15pm (Central Time - Chicago)</div>
        <p>Hi Maren - this is the hiring-manager conversation we talked about. Looking forward to it!<br>Sophie</p>
        <div><a href="https://meet.google.com/qzv-hhtr-pkm">Join with Google Meet</a></div>
        <div><b>Organizer</b> Sophie Tran-Nguyen &lt;sophie.trannguyen@meridiancoldchain.com&gt;</div>
        <div><b>Guests</b> Sophie Tran-Nguyen - organizer, Caleb Ostrowski, maren.solberg@example.org</div>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp="20261112T192000Z",
              vtz=VTZ["America/Chicago"], **GCAL_13)
    body_part = mixed(alt(text(body), html(page), calendar(cal, method="REQUEST", cte="7bit")),
                      calendar(cal, method="REQUEST", ctype="application/ics", filename="invite.ics",
                               disposition="attachment", cte="base64", name_param=True))
    hs = head(addr("Sophie Tran-Nguyen", "sophie.trannguyen@meridiancoldchain.com"),
              "Invitation: Interview: Maren Solberg / Transportation Planning Lead @ Wed Nov 18, 2026 "
              "3:30pm - 4:15pm (CST) (maren.solberg@example.org)",
              "2026-11-12 13:20", CHI, "<calendar-7d2e91b4-0c3a-4f8e-b6a1-5e9f2c7d8a03@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "sophie.trannguyen@meridiancoldchain.com")))
    return message(hs, body_part)


@make.mail(N(14), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-19 10:00", WPG), end=utc("2026-11-19 11:00", WPG),
           contact="marc.desrosiers@redriversearch.ca", company="Assiniboine Transload",
           local="Thu 2026-11-19 10:00", local_end="2026-11-19 11:00", zone=WPG,
           note="Agency recruiter in Winnipeg: 'tomorrow at 10:00 our time (Central)' resolved against the "
                "Date (Wed 18 Nov, CST) = Thu 19 Nov 10:00 CST; 'blocked off a full hour' -> end; client's "
                "confirmation attached as message/rfc822; contact = human sender (agency recruiter)")
def m14():
    inner_body = t("""
        Hi Marc,

        Confirming Maren Solberg for Thursday, November 19 at 10:00 a.m. CST with Rhonda and
        Pete at our Lakeside yard office (1750 Dugald Rd). We have an hour set aside.

        Thanks,
        Jasmine Pelland
        HR Generalist, Assiniboine Transload
        """)
    inner = message(
        [("From", addr("Jasmine Pelland", "jpelland@assiniboinetransload.ca")),
         ("To", addr("Marc Desrosiers", "marc.desrosiers@redriversearch.ca")),
         ("Subject", "Interview - Maren Solberg - Thursday"),
         ("Date", date("2026-11-17 15:52", WPG)),
         ("Message-ID", "<YT3PR01MB62458D0C1E@YT3PR01MB6245.CANPRD01.PROD.OUTLOOK.COM>")],
        text(inner_body, charset="us-ascii", cte="7bit"))
    body = t("""
        Hi Maren,

        Good news - Assiniboine Transload would like to meet you in person tomorrow at 10:00
        our time (Central, same as Duluth). Their HR confirmation is attached below so you have
        the address. They've blocked off a full hour with Rhonda Kuzyk (GM) and Pete Lam
        (rail operations).

        Give me a call after and let me know how it went. Safe drive up - the forecast for
        Highway 11 looks OK.

        Marc Desrosiers
        Senior Consultant, Red River Search
        204-555-0166 | marc.desrosiers@redriversearch.ca
        """)
    hs = head(addr("Marc Desrosiers", "marc.desrosiers@redriversearch.ca"),
              "Assiniboine Transload - confirmed for tomorrow", "2026-11-18 08:40", WPG,
              "<YT2PR01MB4771F0B63A2C9D5E1B@YT2PR01MB4771.CANPRD01.PROD.OUTLOOK.COM>",
              relay="from CAN01-YT2-obe.outbound.protection.outlook.com (mail-yt2can01on2110.outbound.protection.outlook.com [40.107.115.110])")
    return message(hs, mixed(text(body), attached_message(inner, "Interview - Maren Solberg - Thursday.eml")))


@make.mail(N(15), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-01 14:00", CHI), end=None,
           contact="elena.marchetti@cirrusport.com", company="Cirrus Port Systems",
           local="Thu 2026-10-01 14:00", zone=CHI,
           note="Hiring manager's short reply on top of the quoted thread: 'Thursday works ... 2pm your time' "
                "resolved against the Date (Mon 28 Sep, CDT) and the quoted offer 'Thursday 2pm CT' = "
                "Thu 1 Oct 14:00 CDT; no length; contact = human sender",
           days=(("Tue", "2026-09-29"),))
def m15():
    body = t("""
        Thursday works great - 2pm your time it is. I'll send a Teams link tomorrow. Bring
        your questions about the berth-scheduling module; I'll have our product lead join.

        Elena

        On Mon, Sep 28, 2026 at 11:02 AM Maren Solberg <maren.solberg@example.org> wrote:
        > Hi Elena,
        >
        > Thanks for reaching out! I could do Tuesday 9/29 after 1pm or Thursday 2pm CT.
        > Whichever is easier for you.
        >
        > Best,
        > Maren
        >
        > On Fri, Sep 25, 2026 at 4:40 PM Elena Marchetti <elena.marchetti@cirrusport.com> wrote:
        >> Hi Maren,
        >>
        >> I lead implementation at Cirrus Port Systems and saw your application for the
        >> Customer Solutions Planner role. Do you have 45 minutes or so next week for an
        >> interview over Teams?
        >>
        >> Elena Marchetti
        >> Director, Implementation | Cirrus Port Systems, Chicago
        """)
    hs = head(addr("Elena Marchetti", "elena.marchetti@cirrusport.com"),
              "Re: Customer Solutions Planner - interview", "2026-09-28 17:10", CHI,
              "<CAOq7nX3vR2m+Lw8gH1k0zPq4bYt6cE@mail.gmail.com>",
              relay="from mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])",
              extra=(("In-Reply-To", "<CAJm4t9rQ1x0sVb2nP8yL3kD7wH@mail.gmail.com>"),
                     ("References", "<CAFe2wLk9P0d3uN5rT7y@mail.gmail.com> <CAJm4t9rQ1x0sVb2nP8yL3kD7wH@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="forwarded", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-08 16:00", BER), end=utc("2026-12-08 16:45", BER),
           contact="anja.kruse@balticgate.com", company="Baltic Gate Logistics",
           local="Tue 2026-12-08 16:00", local_end="2026-12-08 16:45", zone=BER,
           note="Maren forwards a Personio confirmation from her other address to herself; time written "
                "'16:00 - 16:45 CET (Hamburg)' = 15:00Z = 9:00 AM CST; the sender is the candidate, the "
                "original is no-reply, so contact = recruiter address in the forwarded body")
def m16():
    body = t("""
        for my calendar - 9am our time

        ---------- Forwarded message ---------
        From: Baltic Gate Logistics <no-reply@mail.personio.de>
        Date: Thu, Dec 3, 2026 at 7:10 AM
        Subject: Interview invitation: Transatlantic Operations Planner (Chicago)
        To: <maren.solberg@example.com>


        Dear Maren Solberg,

        Thank you for your application as Transatlantic Operations Planner (Chicago). We are
        happy to confirm your video interview with our team in Hamburg:

        Date: Tuesday, 08.12.2026
        Time: 16:00 - 16:45 CET (Hamburg)
        Participants: Anja Kruse (Recruiting), Jens-Ole Petersen (Head of Liner Operations)
        Video link: https://balticgate.personio.de/video/9f3b7c21

        If you have any questions, please contact Anja Kruse at anja.kruse@balticgate.com.

        Kind regards
        Your Baltic Gate Logistics recruiting team
        """)
    hs = head(addr(MEN, ME2), "Fwd: Interview invitation: Transatlantic Operations Planner (Chicago)",
              "2026-12-03 19:02", CHI, "<CAGn5sM8qT0wLz2hR7xV4@mail.gmail.com>",
              relay="from mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="lever", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-03 10:00", CHI), end=utc("2026-11-03 10:45", CHI),
           contact="jonah.whitcomb@lakeheadfreight.com", company="Lakehead Freight Systems",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=CHI,
           note="Lever reschedule sent in CDT (26 Oct) moving Tue 27 Oct 11:00 to Tue 3 Nov 10:00-10:45 AM "
                "Central = CST (UTC-6) after the 1 November change; ICS same UID, SEQUENCE:1, in UTC; "
                "start = new time; contact = Reply-To recruiter")
def m17():
    body = t("""
        Hi Maren,

        Your interview with Lakehead Freight Systems has been rescheduled.

        Previous time: Tuesday, October 27, 2026, 11:00 AM - 11:45 AM Central Time
        New time:      Tuesday, November 3, 2026, 10:00 AM - 10:45 AM Central Time

        Role: Carrier Planning Analyst (Minneapolis / hybrid)
        Where: Video call - https://lakeheadfreight.zoom.us/j/83310472285

        Alicia had a conflict come up with a carrier review, sorry for the shuffle! An updated
        calendar invite is attached.

        Reply to this email to reach Jonah Whitcomb.

        Lakehead Freight Systems
        Powered by Lever
        """)
    cal = ics(prodid="-//Lever//Lever Interview Scheduling//EN", uid="lv-5d2a91e0-7c4b-4f6b-9f0e-51c3a8e2b7d4@lever.co",
              stamp="20261026T140500Z", start="20261103T160000Z", end="20261103T164500Z", tzid=None,
              summary="Lakehead Freight Systems - Interview with Maren Solberg",
              organizer=("Jonah Whitcomb", "jonah.whitcomb@lakeheadfreight.com"),
              location="https://lakeheadfreight.zoom.us/j/83310472285", seq=1)
    body_part = mixed(alt(text(body), html(gmail_html(body))),
                      calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment",
                               cte="base64"))
    hs = head(addr("Lakehead Freight Systems", "no-reply@hire.lever.co"),
              "Updated: your interview with Lakehead Freight Systems has been rescheduled",
              "2026-10-26 09:05", CHI, "<20261026140514.8d0e4a2b7c@hire.lever.co>",
              relay="from o7.email.lever.co (o7.email.lever.co [167.89.101.7])",
              extra=(("Reply-To", addr("Jonah Whitcomb", "jonah.whitcomb@lakeheadfreight.com")),))
    return message(hs, body_part)


@make.mail(N(18), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-05 10:00", TOR), end=utc("2026-11-05 11:00", TOR),
           contact="graham.pelletier@huronrailport.ca", company="Huron Rail & Port",
           local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=TOR,
           note="Exchange meeting update (SEQUENCE:1, TZID Eastern Standard Time) sent in EDT on 30 Oct; new "
                "time Thu 5 Nov 10:00-11:00 EST (UTC-5, after 1 November) = 9:00 AM CST in Duluth; old "
                "Wednesday slot only mentioned in the note; contact = ORGANIZER/sender")
def m18():
    body = t("""
        When: Thursday, November 5, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Maren - I've had to move our panel from Wednesday to Thursday morning; our VP of
        Operations is travelling to Sarnia on the 4th. Same panel, same link. Apologies for
        the change. Note that both of us will be on standard time by then, so this is
        9:00 AM for you.

        Graham

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZGU5>
        Meeting ID: 231 884 507 912
        Passcode: Xq7bNm
        ________________________________________________________________________________
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000D03F1A7E8B49DD01000000000000000010000000A4",
              stamp="20261030T152000Z", start="20261105T100000", end="20261105T110000",
              tzid="Eastern Standard Time", summary="Panel interview - Intermodal Planning Specialist (M. Solberg)",
              organizer=("Graham Pelletier", "graham.pelletier@huronrailport.ca"),
              location="Microsoft Teams Meeting", seq=1, vtz=VTZ["Eastern Standard Time"],
              extra="X-MICROSOFT-CDO-APPT-SEQUENCE:1\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")
    hs = head(addr("Graham Pelletier", "graham.pelletier@huronrailport.ca"),
              "Updated: Panel interview - Intermodal Planning Specialist (M. Solberg)",
              "2026-10-30 11:20", TOR, "<YQBPR0101MB5532C4E1A7B3@YQBPR0101MB5532.CANPRD01.PROD.OUTLOOK.COM>",
              relay="from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2121.outbound.protection.outlook.com [40.107.116.121])",
              extra=(("Thread-Topic", "Panel interview - Intermodal Planning Specialist (M. Solberg)"),
                     ("Thread-Index", "AdrLx0PqZ2nW1t7eS9yKc3bVh4uQ8g=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="us-ascii"), calendar(cal, method="REQUEST", cte="base64")))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-09 09:30", CHI), end=None,
           contact="brett.lindqvist@harbortalentpartners.com", company="Superior Shoreline Energy",
           local="Fri 2026-10-09 09:30", zone=CHI,
           note="Agency recruiter moves the client interview from 'tomorrow at 2' to 'Friday at 9:30 CT', "
                "resolved against the Date (Mon 5 Oct, CDT) = Fri 9 Oct 09:30 CDT; 'about 45 minutes' -> "
                "end null; start = new time; contact = human sender",
           days=(("Tue", "2026-10-06"),))
def m19():
    body = t("""
        Hi Maren,

        Quick change: Superior Shoreline Energy needs to move your interview with Dave Kettunen
        from tomorrow (Tuesday 10/6) at 2pm to Friday at 9:30 CT. Same place - their fuel dock
        office on Connors Point - and it should still take about 45 minutes.

        I told them Friday works for you based on what you said last week. If it doesn't, call
        me today and I'll sort it out.

        Thanks for being flexible!

        Brett Lindqvist
        Harbor Talent Partners | Logistics & Supply Chain Search
        218-555-0198
        """)
    hs = head(addr("Brett Lindqvist", "brett.lindqvist@harbortalentpartners.com"),
              "Superior Shoreline - interview moved to Friday", "2026-10-05 12:18", CHI,
              "<MN2PR12MB40916B2F9A3E1D7C08@MN2PR12MB4091.namprd12.prod.outlook.com>",
              relay="from NAM12-MN2-obe.outbound.protection.outlook.com (mail-mn2nam12on2093.outbound.protection.outlook.com [40.107.220.93])")
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(20), family="taleo", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-15 13:00", CHI), end=utc("2026-12-15 14:00", CHI),
           contact="patrice.holloway@superiorsteelore.com", company="Superior Steel & Ore",
           local="Tue 2026-12-15 13:00", local_end="2026-12-15 14:00", zone=CHI,
           note="Taleo HTML-only reschedule in windows-1252; old Thu 10 Dec 3:00 PM and new Tue 15 Dec "
                "1:00-2:00 PM Central (CST) both written; start = new time; coordinator address in the body")
def m20():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Maren Solberg,</p>
        <p>We’re writing to let you know that your interview for the position <b>Logistics Planner – Ore
        Shipping (Req. 26000871)</b> has been rescheduled at the request of the hiring team.</p>
        <p><u>Original interview</u><br>
        Thursday, December 10, 2026 – 3:00 PM Central Time</p>
        <p><u>Rescheduled interview</u><br>
        Tuesday, December 15, 2026<br>
        1:00 PM – 2:00 PM Central Time<br>
        Location: Superior Steel &amp; Ore, Two Harbors Dock Office, 401 Waterfront Dr, Two Harbors, MN</p>
        <p>If you cannot attend at the new time, please contact our scheduling coordinator,
        Patrice Holloway (patrice.holloway@superiorsteelore.com).</p>
        <p>We look forward to meeting you.</p>
        <p>Superior Steel &amp; Ore – Talent Acquisition</p>
        <p><font size="1" color="#808080">This is an automated message from Taleo. Please do not reply.</font></p>
        </font></body></html>
        """)
    hs = head(addr("Superior Steel & Ore", "superiorsteelore@taleo.net"),
              "Interview Rescheduled - Logistics Planner - Ore Shipping", "2026-12-09 10:44", CHI,
              "<1181294421.5590217.1797360240117.JavaMail.taleo@tlo-prod-mta04>",
              relay="from tlo-prod-mta04.taleo.net (tlo-prod-mta04.taleo.net [160.34.4.114])")
    return message(hs, html(page, charset="windows-1252"))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-11-18 15:30", CHI), end=utc("2026-11-18 16:15", CHI),
           contact="sophie.trannguyen@meridiancoldchain.com", company="Meridian Cold Chain",
           local="Wed 2026-11-18 15:30", local_end="2026-11-18 16:15", zone=CHI,
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Wed 18 Nov 3:30pm CST "
                "interview, with the organizer's note; start = the cancelled slot; contact = ORGANIZER")
def m21():
    body = t("""
        This event has been canceled and removed from your calendar.

        Sophie Tran-Nguyen has canceled this event with a note:
        "Maren - our VP froze this requisition this morning, I'm so sorry. I'll call you
        today to explain."

        Interview: Maren Solberg / Transportation Planning Lead
        Wednesday Nov 18, 2026 ⋅ 3:30pm – 4:15pm
        Central Time - Chicago

        Organizer
        Sophie Tran-Nguyen
        sophie.trannguyen@meridiancoldchain.com

        Guests
        Sophie Tran-Nguyen - organizer
        Caleb Ostrowski
        maren.solberg@example.org

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp="20261116T140200Z",
              method="CANCEL", seq=1, status="CANCELLED", vtz=VTZ["America/Chicago"], **GCAL_13)
    body_part = mixed(alt(text(body), html(gmail_html(body)), calendar(cal, method="CANCEL")),
                      calendar(cal, method="CANCEL", ctype="application/ics", filename="invite.ics",
                               disposition="attachment", cte="base64", name_param=True))
    hs = head(addr("Sophie Tran-Nguyen", "sophie.trannguyen@meridiancoldchain.com"),
              "Canceled event with note: Interview: Maren Solberg / Transportation Planning Lead @ Wed "
              "Nov 18, 2026 3:30pm - 4:15pm (CST) (maren.solberg@example.org)",
              "2026-11-16 08:02", CHI, "<calendar-1a6c3f90-e2b7-4d58-9c04-8b71f5a2e6d9@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "sophie.trannguyen@meridiancoldchain.com")))
    return message(hs, body_part)


@make.mail(N(22), family="recruitee", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-29 16:00", AMS), end=utc("2026-10-29 16:45", AMS),
           contact="femke.devries@noordhaven.nl", company="Noordhaven Terminals",
           local="Thu 2026-10-29 16:00", local_end="2026-10-29 16:45", zone=AMS,
           note="Recruitee cancellation from a Rotterdam team: 'Thursday 29 October, 16:00-16:45 CET (10:00 "
                "your time)' - Europe already on CET (UTC+1) but the US still on CDT, a six-hour gap; "
                "start = cancelled slot 15:00Z; role on hold, no new time; contact = human sender")
def m22():
    body = t("""
        Dear Maren,

        I'm sorry to have to write this. We have to cancel your interview for the Remote
        Planning Analyst - North America position, planned for Thursday 29 October,
        16:00-16:45 CET (10:00 your time).

        Our management decided this morning to put the North American expansion on hold until
        the second quarter of 2027, and with it this vacancy. This has nothing to do with your
        profile, which we liked very much. I'll keep your application and contact you as soon
        as the position opens again.

        Kind regards,

        Femke de Vries
        Talent Acquisition | Noordhaven Terminals B.V.
        Rotterdam
        """)
    hs = head(addr("Femke de Vries", "femke.devries@noordhaven.nl"),
              "Your interview on 29 October - cancelled", "2026-10-26 09:00", AMS,
              "<0f7c9e2a-41d3-4b8a-a6f0-3e5d8c1b2a77@mail.recruitee.com>",
              relay="from mail.recruitee.com (mail.recruitee.com [35.157.41.93])",
              extra=(("Sender", "Noordhaven Terminals <noreply@mail.recruitee.com>"),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(23), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-02 13:30", WPG), end=utc("2026-10-02 14:30", WPG),
           contact="colette.arsenault@prairiegrain.ca", company="Prairie Grain Cooperative",
           local="Fri 2026-10-02 13:30", local_end="2026-10-02 14:30", zone=WPG,
           note="Exchange cancellation (METHOD:CANCEL, TZID Central Standard Time) of the Winnipeg panel Fri "
                "2 Oct 1:30-2:30 PM CDT; iso-8859-1 body; start = cancelled slot; contact = ORGANIZER/sender")
def m23():
    body = t("""
        When: Friday, October 2, 2026 1:30 PM-2:30 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Maren,

        Unfortunately I need to cancel Friday's second-round panel. The Inland Terminal Logistics
        Coordinator position has been put on hold while we review the 2027 budget, so we are
        pausing all interviews for it. I'm sorry for the short notice - you were one of our
        strongest candidates, and I'll reach out directly if the role reopens.

        Colette Arsenault
        Talent Acquisition Partner | Prairie Grain Coopérative
        204-555-0121
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E008000000007A19C4D2E84ADD01000000000000000010000000F1",
              stamp="20260928T152000Z", start="20261002T133000", end="20261002T143000",
              tzid="Central Standard Time", summary="Canceled: Second-round panel - Maren Solberg",
              organizer=("Colette Arsenault", "colette.arsenault@prairiegrain.ca"),
              location="Microsoft Teams Meeting", method="CANCEL", seq=1, status="CANCELLED",
              vtz=VTZ["Central Standard Time"], extra="X-MICROSOFT-CDO-BUSYSTATUS:FREE")
    hs = head(addr("Colette Arsenault", "colette.arsenault@prairiegrain.ca"),
              "Canceled: Second-round panel - Maren Solberg", "2026-09-28 10:20", WPG,
              "<YT4PR01MB91204E8C2B71@YT4PR01MB9120.CANPRD01.PROD.OUTLOOK.COM>",
              relay="from CAN01-YT4-obe.outbound.protection.outlook.com (mail-yt4can01on2098.outbound.protection.outlook.com [40.107.117.98])",
              extra=(("Thread-Topic", "Second-round panel - Maren Solberg"), ("Importance", "high"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="iso-8859-1"), calendar(cal, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Northstar Bulk Terminals",
           note="Greenhouse rejection after the 17 September interview; no time is set")
def m24():
    body = t("""
        Hi Maren,

        Thank you again for taking the time to interview with us for the Logistics Planner II
        role and for meeting Rick at the terminal last month.

        After careful consideration, we have decided to move forward with another candidate
        whose experience more closely matches our current needs. This was a difficult decision.

        We'd love to stay in touch, and we encourage you to apply for future openings at
        Northstar Bulk Terminals.

        Best regards,
        Dana Kowalczyk
        Talent Acquisition Partner
        """)
    hs = head(addr("Northstar Bulk Terminals", "no-reply@us.greenhouse-mail.io"),
              "Update on your application to Northstar Bulk Terminals", "2026-10-02 11:00", CHI,
              "<0100018f6b1d3e22-40c7a9e1-55d2-4c3a-b8e0-7a21f9c3d0b5-000000@email.amazonses.com>",
              relay="from a48-113.smtp-out.amazonses.com (a48-113.smtp-out.amazonses.com [54.240.48.113])",
              extra=(("Reply-To", addr("Dana Kowalczyk", "dana.kowalczyk@northstarbulk.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Mesabi Mining Supply",
           note="Workday rejection before any interview")
def m25():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Maren,</p>
        <p>Thank you for your interest in the <b>Materials Planner</b> position (R-2026-0918) at Mesabi Mining Supply in
        Hibbing, MN. We received a large number of applications, and after reviewing your qualifications we have decided
        not to move forward with your candidacy at this time.</p>
        <p>We appreciate the time you invested in applying and wish you success in your search.</p>
        <p>Sincerely,<br>Human Resources<br>Mesabi Mining Supply</p>
        </body></html>
        """)
    hs = head(addr("Mesabi Mining Supply", "mesabisupply@myworkday.com"),
              "Your application for Materials Planner", "2026-09-08 07:31", CHI,
              "<802214771.41093.1788870660552@wd5-prod-mail02.myworkday.com>",
              relay="from wd5-prod-mail02.myworkday.com (wd5-prod-mail02.myworkday.com [216.24.161.22])")
    return message(hs, html(page))


@make.mail(N(26), family="application_ack", lang="en", interview=False, company="Huron Rail & Port",
           note="iCIMS application receipt; 'if selected ... contact you to schedule an interview' is hypothetical")
def m26():
    body = t("""
        Hello Maren,

        Thank you for applying for the Intermodal Planning Specialist position (Requisition
        2026-4417) at Huron Rail & Port. We have received your application.

        Our Talent Acquisition team reviews every application carefully. If your qualifications
        match the requirements of the role, a member of our team will contact you to schedule
        an interview.

        You can check the status of your application at any time in our career portal:
        https://careers-huronrailport.icims.com/jobs/candidate/dashboard

        Regards,
        Huron Rail & Port Talent Acquisition

        ***Please do not reply to this email. This mailbox is not monitored.***
        """)
    hs = head(addr("Huron Rail & Port", "huronrailport@talent.icims.com"),
              "Thank you for your application - Intermodal Planning Specialist", "2026-09-29 21:14", TOR,
              "<1091776.199801.1790731440@talent.icims.com>",
              relay="from smtp3.icims.com (smtp3.icims.com [64.124.105.203])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(27), family="application_ack", lang="en", interview=False, company="Great Lakes Stevedoring",
           note="SmartRecruiters application receipt, no time")
def m27():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
        <h2 style="font-weight:normal">Thanks for applying, Maren!</h2>
        <p>We've received your application for <b>Vessel &amp; Rail Scheduling Supervisor</b> at Great Lakes Stevedoring
        (Chicago, IL).</p>
        <p>What happens next? Our hiring team is reviewing applications and will reach out if your profile is a good
        fit. In the meantime, you can track your application in your SmartRecruiters candidate profile.</p>
        <p><a href="https://my.smartrecruiters.com/">View my applications</a></p>
        <p>Great Lakes Stevedoring Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    hs = head(addr("Great Lakes Stevedoring", "noreply@smartrecruiters.com"),
              "Thanks for applying to Great Lakes Stevedoring", "2026-11-02 20:05", CHI,
              "<sr.2b7e9f1c0a4d.20261103020511@smartrecruiters.com>",
              relay="from mta-11.smartrecruiters.com (mta-11.smartrecruiters.com [3.121.44.11])")
    return message(hs, html(page, cte="base64"))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board daily alert; 'Actively interviewing' and 'Interviews this week' badges confirm nothing")
def m28():
    body = t("""
        8 new jobs for "logistics planner" near Duluth, MN

        Port Logistics Planner - Northshore Marine Services - Superior, WI
        $68,000 - $78,000 a year - Actively interviewing
        https://www.cargocareers.example.net/viewjob?jk=7d0e4b

        Transportation Planner - Ridgeline Foods - Minneapolis, MN (Hybrid)
        Interviews this week - Easy apply
        https://www.cargocareers.example.net/viewjob?jk=a13c99

        Supply Chain Analyst II - Boreal Paper Co. - Cloquet, MN
        Posted 1 day ago
        https://www.cargocareers.example.net/viewjob?jk=5f2b10

        Rail Logistics Coordinator - Iron Range Aggregates - Virginia, MN
        Urgently hiring
        https://www.cargocareers.example.net/viewjob?jk=0c8e7a

        See all 8 jobs: https://www.cargocareers.example.net/jobs?q=logistics+planner&l=Duluth

        You are receiving this alert because you signed up at CargoCareers.
        Unsubscribe: https://www.cargocareers.example.net/alerts/unsubscribe?t=c2e71
        """)
    hs = head(addr("CargoCareers Job Alerts", "alerts@cargocareers.example.net"),
              "8 new logistics planner jobs near Duluth, MN", "2026-10-14 06:02", CHI,
              "<alert.20261014.110211.71c3e0@cargocareers.example.net>",
              relay="from mta7.cargocareers.example.net (mta7.cargocareers.example.net [203.0.113.77])",
              extra=(("List-Unsubscribe", "<https://www.cargocareers.example.net/alerts/unsubscribe?t=c2e71>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="newsletter", lang="en", interview=False, company=None,
           note="Port-industry weekly newsletter with an interview article and a webinar time; no job interview",
           days=(("Thu", "2026-11-19"),))
def m29():
    page = t("""
        <html><body style="margin:0;background:#eef2f5">
        <table width="640" align="center" cellpadding="20" style="background:#fff;font-family:Georgia,serif;color:#222">
        <tr><td>
        <h1 style="font-size:26px">The Dockside Ledger</h1>
        <p style="font-family:Arial;font-size:12px;color:#777">Week of November 16, 2026 &middot; Great Lakes &amp; St. Lawrence edition</p>
        <h2>Season's end: the last lakers race the Soo Locks closing</h2>
        <p>With the Soo Locks scheduled to close January 15, fleet planners are squeezing in final iron ore runs ...</p>
        <h2>Interview: the Seaway's new chief on winter navigation</h2>
        <p>We sat down with the incoming administrator to talk ice-breaking budgets and what shippers should expect ...</p>
        <h2>Webinar</h2>
        <p>Thu, November 19 &middot; 11:00 AM CT &mdash; &quot;Winter lay-up planning for bulk terminals&quot;.
        <a href="https://docksideledger.example.com/webinars/layup">Register free</a></p>
        <p style="font-family:Arial;font-size:11px;color:#999">You are subscribed as maren.solberg@example.org.
        <a href="https://docksideledger.example.com/unsub">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("The Dockside Ledger", "newsletter@docksideledger.example.com"),
              "Season's end on the lakes + the Seaway chief interview", "2026-11-16 05:30", CHI,
              "<newsletter.4471.20261116@docksideledger.example.com>",
              relay="from mail183.suw11.mcsv.net (mail183.suw11.mcsv.net [198.2.183.11])",
              extra=(("List-Unsubscribe", "<https://docksideledger.example.com/unsub>"),
                     ("List-Id", "The Dockside Ledger <docksideledger.example.com>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@make.mail(N(30), family="recruiter_outreach", lang="en", interview=False,
           company="Beacon Supply Chain Recruiting",
           note="Cold outreach from a Toronto agency asking for a call; nothing fixed")
def m30():
    body = t("""
        Hi Maren,

        I came across your profile and your background in bulk terminal planning caught my eye.
        I'm working on a Senior Logistics Planner search for a Great Lakes shipping client
        (hybrid, Toronto or Thunder Bay) with a strong base salary and a relocation package.

        Would you be open to a 15-minute call sometime next week to hear more? Let me know a
        few times that suit you and I'll work around your schedule.

        Best,
        Priyanka Sharma
        Principal Recruiter, Beacon Supply Chain Recruiting
        Toronto, ON | 647-555-0104
        """)
    hs = head(addr("Priyanka Sharma", "priyanka@beaconscrecruiting.ca"),
              "Senior Logistics Planner - Great Lakes shipping client", "2026-10-21 10:47", TOR,
              "<CAHs8d0F2kLw9vQ@mail.gmail.com>",
              relay="from mail-qk1-f170.google.com (mail-qk1-f170.google.com [209.85.222.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="proposal_unconfirmed", lang="en", interview=False, company="Twin Ports Maritime",
           note="Hiring manager proposes two slots for a second round; nothing confirmed yet",
           days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")))
def m31():
    body = t("""
        Maren,

        Good talking with you Thursday. Sheila and I would like to bring you back to meet our
        owner, Bill. Would Tuesday 10/6 at 10:00 or Wednesday 10/7 at 3:00 work for you? If
        neither does, send me a couple of options.

        Gordon Baptiste
        Operations Manager | Twin Ports Maritime
        218-555-0132
        """)
    hs = head(addr("Gordon Baptiste", "gordon.baptiste@twinportsmaritime.com"),
              "Second conversation", "2026-09-28 07:55", CHI,
              "<SN6PR04MB49708E31AD2C@SN6PR04MB4970.namprd04.prod.outlook.com>",
              relay="from NAM04-SN6-obe.outbound.protection.outlook.com (mail-sn6nam04on2072.outbound.protection.outlook.com [40.107.100.72])",
              extra=(("Content-Language", "en-US"),))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(32), family="scheduling_link", lang="en", interview=False, company="Keelson Analytics",
           note="Workable self-scheduling request: pick a slot; no time chosen yet")
def m32():
    body = t("""
        Hi Maren,

        Thanks for your interest in the Product Analyst, Port & Terminal Data role at Keelson
        Analytics! We'd like to invite you to a 30-minute introductory video call with Ruth
        Okafor.

        Please choose a time that works for you:
        https://apply.workable.com/keelson-analytics/scheduling/pQ2m8x

        Slots are available this week and next. If none of them work, just reply to this email.

        Best,
        The Keelson Analytics hiring team
        --
        Sent via Workable
        """)
    hs = head(addr("Keelson Analytics", "notifications@workablemail.com"),
              "Pick a time for your call with Keelson Analytics", "2026-11-30 15:22", CHI,
              "<pQ2m8x.20261130212211.keelson-analytics@workablemail.com>",
              relay="from mail-out3.workablemail.com (mail-out3.workablemail.com [50.31.56.41])",
              extra=(("Reply-To", addr("Keelson Analytics", "keelson-analytics+pQ2m8x@candidates.workablemail.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="auto_reply", lang="en", interview=False, company="Northstar Bulk Terminals",
           note="Out-of-office auto-reply to Maren's thank-you note; a return date only",
           days=(("Mon", "2026-09-21"),))
def m33():
    body = t("""
        Thank you for your email. I am out of the office through Friday, September 18, with
        limited access to email. I will respond when I return on Monday, September 21.

        For urgent recruiting matters, please contact talent@northstarbulk.com.

        Dana Kowalczyk
        Talent Acquisition Partner | Northstar Bulk Terminals
        """)
    hs = head(addr("Dana Kowalczyk", "dana.kowalczyk@northstarbulk.com"),
              "Automatic reply: Thank you - Logistics Planner II interview", "2026-09-17 19:41", CHI,
              "<CH2PR14MB38765A0E93D1@CH2PR14MB3876.namprd14.prod.outlook.com>",
              relay="from NAM14-CH2-obe.outbound.protection.outlook.com (mail-ch2nam14on2051.outbound.protection.outlook.com [40.107.208.51])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<9C1A3E7F-22B4-4D0A-8E15-3F7B0C2D9A61@example.org>")))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(34), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Maren's thank-you note after the 3 November interview (typo in the domain)")
def m34():
    orig = message(
        [("From", TO), ("To", addr("Jonah Whitcomb", "jonah.whitcomb@lakeheadfrieght.com")),
         ("Subject", "Thank you - Carrier Planning Analyst interview"),
         ("Date", date("2026-11-03 16:30", CHI)),
         ("Message-ID", "<5E0B7C21-9A3D-4F62-B1E8-7D2C4A9F0E33@example.org>")],
        text(t("""
            Hi Jonah,

            Thank you for today's conversation with you and Alicia. I enjoyed hearing about how
            the carrier planning team handles the winter lanes, and I'm even more excited about
            the role.

            Best,
            Maren
            """), charset="us-ascii", cte="7bit"))
    expl = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <jonah.whitcomb@lakeheadfrieght.com>: Host or domain name not found. Name service
            error for name=lakeheadfrieght.com type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Q2kLm0wZ7z1
        Arrival-Date: Tue,  3 Nov 2026 22:30:04 +0000 (UTC)

        Final-Recipient: rfc822; jonah.whitcomb@lakeheadfrieght.com
        Original-Recipient: rfc822;jonah.whitcomb@lakeheadfrieght.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=lakeheadfrieght.com type=MX: Host not found
        """)
    report = multipart("report", text(expl, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Type", "message/delivery-status"),
                                 ("Content-Description", "Delivery report")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = [("Received", received("by mail.example.org (Postfix)", "2026-11-03 16:30", CHI, "mail.example.org", ME, lag=2)),
          ("From", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-11-03 16:30", CHI)), ("Message-ID", "<20261103223006.4Q2kLm0wZ7z2@mail.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@make.mail(N(35), family="offer", lang="en", interview=False, company="Lakehead Freight Systems",
           note="Offer letter: start date and signing deadline, mentions past interviews; nothing to attend",
           days=(("Mon", "2027-01-11"), ("Fri", "2026-12-18")))
def m35():
    body = t("""
        Hi Maren,

        On behalf of everyone you met during your interviews, I'm delighted to offer you the
        position of Carrier Planning Analyst at Lakehead Freight Systems!

        The details are in the attached offer letter: a base salary of $84,500, eligibility for
        our annual bonus program, and a hybrid schedule (two days a week in our Minneapolis
        office). We propose a start date of Monday, January 11, 2027.

        Please review and e-sign the letter by Friday, December 18. If you have any questions,
        I'm happy to walk through it by phone any time this week.

        Congratulations,
        Jonah Whitcomb
        Senior Recruiter | Lakehead Freight Systems
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Offer_Letter_Maren_Solberg.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Offer_Letter_Maren_Solberg.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURl\n"
                   "Y29kZT4+CnN0cmVhbQp4nCvkMlAwUDC1NDPRM1UwMTdRMDEwMFAoSk3OL0pVMDQwMlEwUHBJTU4t\n"
                   "SbXiCuQCAAuFCfsKZW5kc3RyZWFtCmVuZG9iagolJUVPRgo=\n")
    hs = head(addr("Jonah Whitcomb", "jonah.whitcomb@lakeheadfreight.com"),
              "Offer - Carrier Planning Analyst, Lakehead Freight Systems", "2026-12-14 14:02", CHI,
              "<BY5PR17MB39217E4C0A1F@BY5PR17MB3921.namprd17.prod.outlook.com>",
              relay="from NAM17-BY5-obe.outbound.protection.outlook.com (mail-by5nam17on2115.outbound.protection.outlook.com [40.107.204.115])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@make.mail(N(36), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Dentist appointment confirmation with ICS; a fixed time but not an interview; iso-8859-1",
           days=(("Tue", "2026-10-13"),))
def m36():
    body = t("""
        Hi Maren,

        This is a confirmation of your appointment at Lakeside Family Dental:

        Tuesday, October 13, 2026 at 8:00 AM
        Dr. Anneliese Kauppi - cleaning and exam
        4520 E Superior St, Duluth, MN 55804

        Please arrive 10 minutes early. If you need to reschedule, call us at 218-555-0109 at
        least 24 hours in advance.

        © Lakeside Family Dental · Reply STOP to opt out of reminders
        """)
    cal = ics(prodid="-//Weave//Appointment Reminders//EN", uid="appt-7781223@lakesidefamilydental.example.com",
              stamp="20261006T150000Z", start="20261013T080000", end="20261013T090000", tzid=CHI,
              summary="Dental appointment - Lakeside Family Dental", organizer=None,
              location="4520 E Superior St\\, Duluth\\, MN 55804", method="PUBLISH", vtz=VTZ["America/Chicago"])
    hs = head(addr("Lakeside Family Dental", "reminders@lakesidefamilydental.example.com"),
              "Appointment confirmation - Tuesday, October 13 at 8:00 AM", "2026-10-06 10:00", CHI,
              "<appt.7781223.confirm@lakesidefamilydental.example.com>",
              relay="from smtp.weavemail.example.net (smtp.weavemail.example.net [203.0.113.45])")
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(cal, method="PUBLISH", filename="appointment.ics",
                                      disposition="attachment", cte="base64")))


@make.mail(N(37), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Weekly vessel line-up meeting from Maren's current manager (Exchange invite); not an interview",
           days=(("Wed", "2026-10-21"),))
def m37():
    body = t("""
        When: Wednesday, October 21, 2026 8:30 AM-9:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Ops trailer / Teams

        Moving the vessel line-up review to Wednesdays for the rest of the season. Please bring
        the updated berth plan and the CN rail car counts.

        Tom
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000E41B2C7A9F4BDD01000000000000000010000000B7",
              stamp="20261019T134000Z", start="20261021T083000", end="20261021T090000",
              tzid="Central Standard Time", summary="Vessel line-up review",
              organizer=("Tom Raatikka", "traatikka@lakeportterminal.example.com"),
              location="Ops trailer / Teams", vtz=VTZ["Central Standard Time"],
              extra="RRULE:FREQ=WEEKLY;UNTIL=20261216T143000Z;INTERVAL=1;BYDAY=WE;WKST=SU")
    hs = head(addr("Tom Raatikka", "traatikka@lakeportterminal.example.com"),
              "Vessel line-up review", "2026-10-19 08:40", CHI,
              "<DM6PR08MB5211B07A3C9E@DM6PR08MB5211.namprd08.prod.outlook.com>",
              to=addr(MEN, "msolberg@lakeportterminal.example.com"),
              relay="from NAM08-DM6-obe.outbound.protection.outlook.com (mail-dm6nam08on2061.outbound.protection.outlook.com [40.107.102.61])",
              extra=(("Cc", "Ops Planning <opsplanning@lakeportterminal.example.com>"),
                     ("Thread-Topic", "Vessel line-up review")))
    return message(hs, alt(text(body, charset="us-ascii"), calendar(cal, method="REQUEST", cte="base64")))


@make.mail(N(38), family="school", lang="en", interview=False, company=None,
           note="Parent-teacher conference sign-up confirmation; a fixed time, not an interview",
           days=(("Thu", "2026-11-05"),))
def m38():
    body = t("""
        Hello Maren Solberg,

        Thank you for signing up! Here are the details:

        Lester Park Elementary - Fall Conferences 2026
        Ms. Rasmussen - Grade 3

        Thursday, November 5, 2026, 5:40pm - 5:55pm (CST)
        Student: Elsie Solberg

        Need to make a change? Edit your sign-up:
        https://www.slotboard.example.com/go/10C0E4AAFA92/conf2026

        Thank you,
        SlotBoard on behalf of Lester Park Elementary PTA
        """)
    hs = head(addr("SlotBoard", "noreply@slotboard.example.com"),
              "You signed up for Lester Park Elementary - Fall Conferences 2026", "2026-10-29 20:17", CHI,
              "<sb.20261030011722.49b7@slotboard.example.com>",
              relay="from mail.slotboard.example.com (mail.slotboard.example.com [203.0.113.60])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(39), family="event_registration", lang="en", interview=False, company=None,
           note="Industry conference registration with an ICS; a fixed time, not an interview",
           days=(("Wed", "2026-11-11"),))
def m39():
    body = t("""
        You're registered!

        Great Lakes Maritime Logistics Forum 2026
        Wednesday, November 11, 2026 · 8:00 AM - 4:30 PM CST
        Navy Pier, Chicago, IL

        Order #4417-220918 · 1 x Early Bird Professional · $295.00

        Your ticket is attached. Show the QR code at check-in.

        Agenda highlights: "Rail-to-port handoffs in a tight labor market", "Data-driven berth
        planning", and a career fair with 30+ regional employers (11:30 AM - 1:30 PM).

        Questions? Contact the organizer: info@glmlforum.example.org
        """)
    cal = ics(prodid="-//TicketLeaf//Event Calendar//EN", uid="glmlf2026-order-4417-220918@ticketleaf.example.com",
              stamp="20260930T161000Z", start="20261111T080000", end="20261111T163000", tzid=CHI,
              summary="Great Lakes Maritime Logistics Forum 2026", organizer=None,
              location="Navy Pier\\, Chicago\\, IL", method="PUBLISH", vtz=VTZ["America/Chicago"])
    hs = head(addr("TicketLeaf", "orders@ticketleaf.example.com"),
              "Your tickets for Great Lakes Maritime Logistics Forum 2026", "2026-09-30 11:10", CHI,
              "<order.4417-220918@ticketleaf.example.com>",
              relay="from out-12.ticketleaf.example.com (out-12.ticketleaf.example.com [203.0.113.112])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(cal, method="PUBLISH", filename="event.ics", disposition="attachment",
                                      cte="base64")))


@make.mail(N(40), family="travel_itinerary", lang="en", interview=False, company=None,
           note="Flight itinerary Duluth-Chicago for Thanksgiving weekend; fixed times, not an interview",
           days=(("Sat", "2026-11-21"), ("Sun", "2026-11-29")))
def m40():
    body = t("""
        NORTH COUNTRY AIR - TRIP CONFIRMATION

        Confirmation code: KQ7T2M
        Passenger: MAREN SOLBERG

        Sat, Nov 21, 2026   NC 4416   Duluth (DLH) 6:05 AM -> Chicago O'Hare (ORD) 7:48 AM
        Sun, Nov 29, 2026   NC 4421   Chicago O'Hare (ORD) 8:40 PM -> Duluth (DLH) 10:19 PM

        Seat 9A / 11C - Main Cabin
        Total charged to Visa ending 4471: $312.40

        Check in online 24 hours before departure at northcountryair.example.com/checkin.
        """)
    hs = head(addr("North Country Air", "itinerary@northcountryair.example.com"),
              "Your trip confirmation: Duluth to Chicago (KQ7T2M)", "2026-10-30 21:48", CHI,
              "<KQ7T2M.20261031024802@northcountryair.example.com>",
              relay="from mx-out4.northcountryair.example.com (mx-out4.northcountryair.example.com [203.0.113.204])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(41), family="post_interview", lang="en", interview=False, company="Cirrus Port Systems",
           note="Hiring manager's 'we'll be in touch' reply after the 1 October interview")
def m41():
    body = t("""
        Thanks Maren - it was great talking with you yesterday, and Raj really enjoyed your
        questions about crane productivity data. We're finishing first rounds this week and I'll
        get back to you early next week on next steps.

        Elena

        On Thu, Oct 1, 2026 at 4:12 PM Maren Solberg <maren.solberg@example.org> wrote:
        > Hi Elena,
        >
        > Thank you for your time this afternoon. I enjoyed learning about the berth-scheduling
        > module and how your customers roll it out.
        >
        > Best,
        > Maren
        """)
    hs = head(addr("Elena Marchetti", "elena.marchetti@cirrusport.com"),
              "Re: Thank you - Customer Solutions Planner", "2026-10-02 09:26", CHI,
              "<CAOq7nX9kW1t+Pz4mJ0c@mail.gmail.com>",
              relay="from mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])",
              extra=(("In-Reply-To", "<3A9E1C70-5B2D-4E8F-A6C1-0D7F2B9E4C15@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(42), family="assessment", lang="en", interview=False, company="Tidewell",
           note="Ashby take-home case exercise with a submission deadline; not an interview",
           days=(("Mon", "2026-10-19"),))
def m42():
    body = t("""
        Hi Maren,

        Thanks again for speaking with Owen on Tuesday! As a next step, we'd like you to
        complete a short case exercise: a 3-week replenishment plan for two of our fulfillment
        centers, using the data set linked below.

        Case materials: https://jobs.ashbyhq.com/tidewell/assessment/7c2e0b
        Please submit by Monday, October 19 at 11:59 PM PT.

        Plan on about 3 hours. There is no need to polish slides; a spreadsheet and a one-page
        memo are perfect.

        Best,
        Priya Natarajan
        Tidewell Recruiting
        """)
    hs = head(addr("Tidewell", "no-reply@ashbyhq.com"),
              "Next step: case exercise for Supply Chain Operations Manager", "2026-10-15 12:05", LA,
              "<01000192a1c7e4d2-3b5f8e19-6c7a-4d20-bf41-9a0e2d6c7b58-000000@email.amazonses.com>",
              relay="from a8-42.smtp-out.amazonses.com (a8-42.smtp-out.amazonses.com [54.240.8.42])",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@tidewell.io")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="availability_request", lang="en", interview=False, company="Corridor Logistics",
           note="Greenhouse availability request for the virtual onsite; no time fixed")
def m43():
    body = t("""
        Hi Maren,

        Great news - the team would like to invite you to a virtual onsite for the Network
        Planning Manager role! It will be about 2.5 hours over Zoom with three short sessions.

        Please share your availability for the week of November 30 using the link below
        (Central Time), and we will send an itinerary once everything is lined up:

        https://app.greenhouse.io/availability/corridorlogistics/8f31c0d2

        Thanks,
        Keisha Barnes
        Recruiting Coordinator, Corridor Logistics
        """)
    hs = head(addr("Keisha Barnes", "no-reply@us.greenhouse-mail.io"),
              "Corridor Logistics - Please share your availability", "2026-11-24 13:36", CHI,
              "<0100018fd0a7c3e1-2c9b1e47-8d3a-4f0c-9e62-5a17b8d4c3f0-000000@email.amazonses.com>",
              relay="from a48-114.smtp-out.amazonses.com (a48-114.smtp-out.amazonses.com [54.240.48.114])",
              extra=(("Reply-To", addr("Keisha Barnes", "keisha.barnes@corridorlogistics.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="service_appointment", lang="en", interview=False, company=None,
           note="Car service appointment confirmation; a fixed time, not an interview",
           days=(("Sat", "2026-09-26"),))
def m44():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Your service appointment is confirmed</h2>
        <p>Hi Maren,</p>
        <p><b>Saturday, September 26, 2026 at 8:00 AM</b><br>
        2019 Subaru Outback &middot; Oil change, tire rotation, winter tire swap quote</p>
        <p>Arrowhead Auto Care<br>1602 Miller Trunk Hwy, Duluth, MN 55811<br>218-555-0177</p>
        <p>Need to change your appointment? <a href="https://book.shopdesk.example.com/a/8812">Manage appointment</a></p>
        </body></html>
        """)
    hs = head(addr("Arrowhead Auto Care", "service@shopdesk.example.com"),
              "Appointment confirmed: Sat, Sep 26 at 8:00 AM", "2026-09-22 18:12", CHI,
              "<appt-8812.20260922231204@shopdesk.example.com>",
              relay="from o3.shopdesk.example.com (o3.shopdesk.example.com [203.0.113.33])")
    return message(hs, html(page, cte="quoted-printable"))


@make.mail(N(45), family="receipt", lang="en", interview=False, company=None,
           note="Online-store order receipt; nothing scheduled")
def m45():
    body = t("""
        Thanks for your order, Maren!

        Order NW-2026-558104 · placed October 8, 2026

        1 × Women's Harbor Wool Blazer, Charcoal, size 8      $149.00
        1 × Waterproof Leather Portfolio, Brown                 $62.00
        Shipping (Standard, 3–5 business days)                   $0.00
        Tax                                                     $14.51
        Total                                                  $225.51

        We'll email you tracking information when your order ships.

        Northwoods Outfitters · Grand Marais, MN
        """)
    hs = head(addr("Northwoods Outfitters", "orders@northwoodsoutfitters.example.com"),
              "Order confirmation NW-2026-558104", "2026-10-08 21:33", CHI,
              "<order.NW-2026-558104@northwoodsoutfitters.example.com>",
              relay="from mail.shopifyemail.example.net (mail.shopifyemail.example.net [203.0.113.91])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@make.mail(N(46), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration about supply-chain careers; a fixed time, not an interview",
           days=(("Thu", "2026-10-08"),))
def m46():
    body = t("""
        Hi Maren,

        Thank you for registering for "Supply Chain Careers 2027: Interviewing and Negotiating
        in a Cooling Market".

        Date & Time: Oct 8, 2026 12:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88120394471?tk=Xr3f0

        Webinar ID: 881 2039 4471

        Add to Calendar: https://us06web.zoom.us/webinar/tZMsc-2rqj8/ics

        Hosted by the Upper Midwest Supply Chain Association (UMSCA)
        """)
    hs = head(addr("UMSCA Events", "no-reply@zoom.us"),
              "Supply Chain Careers 2027: Interviewing and Negotiating Confirmation",
              "2026-10-01 12:48", CHI, "<zoom.webinar.reg.88120394471.7e2c@zoom.us>",
              relay="from zoom-mail-sj1.zoom.us (zoom-mail-sj1.zoom.us [170.114.52.8])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="networking", lang="en", interview=False, company=None,
           note="Teams invite for a coffee catch-up with a former colleague who offers to pass the resume "
                "along; networking, explicitly not an interview",
           days=(("Fri", "2026-11-06"),))
def m47():
    body = t("""
        When: Friday, November 6, 2026 12:00 PM-12:30 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hey Maren! Putting something on the calendar so we actually do this. Not an interview
        or anything formal - just catching up, and I'm happy to pass your resume to our
        transportation team if you want.

        Jess

        ________________________________________________________________________________
        Microsoft Teams meeting
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmE5Y2Rj>
        ________________________________________________________________________________
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000F2C7D81A3B4EDD01000000000000000010000000D2",
              stamp="20261102T170500Z", start="20261106T120000", end="20261106T123000",
              tzid="Central Standard Time", summary="Coffee catch-up (Jess / Maren)",
              organizer=("Jess Halloran", "jhalloran@kettleriveragri.example.com"),
              location="Microsoft Teams Meeting", vtz=VTZ["Central Standard Time"])
    hs = head(addr("Jess Halloran", "jhalloran@kettleriveragri.example.com"),
              "Coffee catch-up (Jess / Maren)", "2026-11-02 11:05", CHI,
              "<MW4PR11MB6810C3A1E72B@MW4PR11MB6810.namprd11.prod.outlook.com>",
              relay="from NAM11-MW4-obe.outbound.protection.outlook.com (mail-mw4nam11on2077.outbound.protection.outlook.com [40.107.236.77])")
    return message(hs, alt(text(body, charset="us-ascii"), calendar(cal, method="REQUEST", cte="base64")))


@make.mail(N(48), family="application_status", lang="en", interview=False,
           company="Prairie Grain Cooperative",
           note="Workday status change to 'In Review'; no interview yet")
def m48():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Maren Solberg,</p>
        <p>The status of your application for <b>Inland Terminal Logistics Coordinator</b> (R-10482) has changed to
        <b>In Review</b>.</p>
        <p>A member of our Talent Acquisition team may contact you in the coming weeks. You can follow your application
        in the Candidate Home section of our careers site.</p>
        <p>Prairie Grain Cooperative<br>Talent Acquisition</p>
        </body></html>
        """)
    hs = head(addr("Prairie Grain Cooperative", "prairiegrain@myworkday.com"),
              "Application status update - Inland Terminal Logistics Coordinator", "2026-09-14 08:03", WPG,
              "<1457362193.71190.1789390980117@wd3-prod-mail07.myworkday.com>",
              relay="from wd3-prod-mail07.myworkday.com (wd3-prod-mail07.myworkday.com [216.24.160.37])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page))


@make.mail(N(49), family="background_check", lang="en", interview=False, company="Lakehead Freight Systems",
           note="Background-check invitation from a screening vendor on behalf of the employer after the "
                "offer; a completion deadline only",
           days=(("Mon", "2026-12-21"),))
def m49():
    body = t("""
        Hello Maren,

        Lakehead Freight Systems has asked ClearPath Screening to complete a background check
        as part of your offer of employment.

        Please complete your secure online form by Monday, December 21:
        https://candidate.clearpathscreening.example.com/start/Lk8Zq2

        It takes about 15 minutes. You will need your address history for the last 7 years and
        your driver's license number.

        Questions about this process? Call ClearPath Candidate Support at 1-800-555-0140.

        ClearPath Screening
        """)
    hs = head(addr("ClearPath Screening", "noreply@clearpathscreening.example.com"),
              "Action required: complete your background check for Lakehead Freight Systems",
              "2026-12-16 09:14", CHI, "<cps.Lk8Zq2.20261216151402@clearpathscreening.example.com>",
              relay="from smtp2.clearpathscreening.example.com (smtp2.clearpathscreening.example.com [203.0.113.150])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="vet_reminder", lang="en", interview=False, company=None,
           note="Veterinary appointment reminder; a fixed time, not an interview",
           days=(("Sat", "2026-12-05"),))
def m50():
    body = t("""
        Hi Maren,

        This is a friendly reminder that Juniper has an appointment at Lakewalk Animal Hospital:

        Saturday, December 5, 2026 at 10:20 AM
        Annual wellness exam and vaccines with Dr. Okonkwo

        Please reply C to confirm or call 218-555-0115 to reschedule.

        Lakewalk Animal Hospital · 1130 London Rd, Duluth, MN
        """)
    hs = head(addr("Lakewalk Animal Hospital", "reminders@lakewalkvet.example.com"),
              "Reminder: Juniper's appointment on Saturday, December 5", "2026-12-02 07:00", CHI,
              "<rem.20261202130001.22841@lakewalkvet.example.com>",
              relay="from mta.petdesk.example.net (mta.petdesk.example.net [203.0.113.171])")
    return message(hs, text(body, cte="quoted-printable"))
