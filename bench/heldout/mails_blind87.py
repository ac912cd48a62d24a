"""blind87: 50 hand-written mails from the inbox of Jordan Whitaker, a biostatistician in Raleigh.

Written blind (without reading the detector, its tests or the other held-out sets) by a helper
session. One function per mail; ``make.py`` does the MIME plumbing and checks the labels.

    python3 bench/heldout/make_blind.py blind87

File numbers are a fixed shuffle of the writing order: keys 1-23 are the positives, 24-50 the
negatives; the mail written key-th is ``blind87_{ORDER[key-1]:03d}.eml``.
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(87087).sample(range(1, 51), 50)

ME = "jordan.whitaker@example.org"
JORDAN = addr("Jordan Whitaker", ME)
NY = "America/New_York"
CHI = "America/Chicago"
DEN = "America/Denver"
LA = "America/Los_Angeles"
LON = "Europe/London"

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

VTZ_LA = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""


def name(key: int) -> str:
    return f"blind87_{ORDER[key - 1]:03d}"


def mx(frm: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    """Received: header of the candidate's own mail host."""
    return received(frm, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, rcv: str, *,
         to: str = JORDAN, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [
        ("Delivered-To", ME),
        ("Received", rcv),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


# =========================================================================== positives (keys 1-23)


# --------------------------------------------------------------------------- 1 Greenhouse, Durham


@make.mail(
    name(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-09-11 10:00", NY), end=utc("2026-09-11 11:00", NY),
    local="Fri 2026-09-11 10:00", local_end="2026-09-11 11:00", zone=NY,
    contact="dana.okafor@brightleaftx.com", company="Brightleaf Therapeutics",
    note="Greenhouse candidate confirmation, 10:00-11:00 AM EDT (Durham, UTC-4) -> 14:00-15:00Z; "
         "contact = Reply-To recruiter (also ICS ORGANIZER).",
)
def m01() -> bytes:
    body = t("""
        Hi Jordan,

        Thanks for making time to speak with us! Your interview for the Biostatistician II
        (Oncology) role at Brightleaf Therapeutics is confirmed. Here are the details:

        Friday, September 11, 2026
        10:00 AM - 11:00 AM EDT

        Format: Zoom video call
        Join: https://brightleaftx.zoom.us/j/84120557391?pwd=bXk4cTJ0
        Meeting ID: 841 2055 7391

        You'll be meeting with:
          - Aaron Feldstein, Associate Director, Biostatistics (hiring manager)
          - Dana Okafor, Senior Talent Partner

        A calendar invitation is attached. If anything changes on your end, just reply to
        this email and it will come straight to me.

        Best,
        Dana Okafor
        Senior Talent Partner | Brightleaf Therapeutics
        4200 Emperor Blvd, Durham, NC 27703

        Powered by Greenhouse
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <p>Hi Jordan,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Biostatistician II (Oncology)</b>
        role at Brightleaf Therapeutics is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#666">Date</td><td><b>Friday, September 11, 2026</b></td></tr>
        <tr><td style="color:#666">Time</td><td><b>10:00 AM - 11:00 AM EDT</b></td></tr>
        <tr><td style="color:#666">Format</td><td>Zoom video call &ndash;
        <a href="https://brightleaftx.zoom.us/j/84120557391?pwd=bXk4cTJ0">join link</a> (ID 841 2055 7391)</td></tr>
        </table>
        <p>You&#39;ll be meeting with:</p>
        <ul><li>Aaron Feldstein, Associate Director, Biostatistics (hiring manager)</li>
        <li>Dana Okafor, Senior Talent Partner</li></ul>
        <p>A calendar invitation is attached. If anything changes on your end, just reply to this email and
        it will come straight to me.</p>
        <p>Best,<br>Dana Okafor<br>Senior Talent Partner | Brightleaf Therapeutics<br>
        4200 Emperor Blvd, Durham, NC 27703</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
UID:interview-7730581-91822004@greenhouse.io
DTSTAMP:20260908T181204Z
DTSTART;TZID=America/New_York:20260911T100000
DTEND;TZID=America/New_York:20260911T110000
SUMMARY:Interview: Jordan Whitaker <> Brightleaf Therapeutics (Biostatistician II)
LOCATION:https://brightleaftx.zoom.us/j/84120557391?pwd=bXk4cTJ0
DESCRIPTION:Meeting with Aaron Feldstein and Dana Okafor.\\nZoom ID 841 2055 7391
ORGANIZER;CN=Dana Okafor:mailto:dana.okafor@brightleaftx.com
ATTENDEE;CN=Jordan Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jordan.whitaker@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Dana Okafor", "no-reply@us.greenhouse-mail.io"),
        "Interview Confirmation: Biostatistician II (Oncology) at Brightleaf Therapeutics",
        "2026-09-08 14:12:03", NY, "<ZbQ2m8RtS0qk3wH1xV9f2A@geopod-ismtpd-3>",
        mx("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.44.12])",
           "2026-09-08 14:12:03", NY, "4hM2Q71Vxz"),
        extra=(("Reply-To", addr("Dana Okafor", "dana.okafor@brightleaftx.com")),
               ("X-SG-EID", "u001.Gq3nT0Yk2PzGm6cJ9wLrV1aS5dE8fH4j"),
               ("X-Entity-ID", "m3pQ8sT2vW5yZ1bC4eG7hJ")),
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 2 Workday, Morrisville CRO


@make.mail(
    name(2), family="workday", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-09-22 13:30", NY), end=utc("2026-09-22 14:15", NY),
    local="Tue 2026-09-22 13:30", local_end="2026-09-22 14:15", zone=NY,
    contact="marisol.vega@cardinalridgecro.com", company="Cardinal Ridge Clinical",
    note="Workday HTML-only notification (base64) from the tenant mailbox; 1:30-2:15 PM EDT -> "
         "17:30-18:15Z; contact = recruiter address written in the body.",
)
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#1f2937">
        <tr><td>
        <img src="https://wd5.myworkday.com/cardinalridge/img/logo.png" alt="Cardinal Ridge Clinical" width="180">
        <h2 style="font-weight:500">Interview Scheduled</h2>
        <p>Dear Jordan Whitaker,</p>
        <p>Thank you for your continued interest in the <b>Senior Biostatistician</b> position (R-10482) with
        Cardinal Ridge Clinical. We are pleased to confirm your interview with the Biostatistics &amp;
        Programming team.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #e5e7eb;font-size:14px">
        <tr><td style="background:#f9fafb;width:140px">Date</td><td>Tuesday, September 22, 2026</td></tr>
        <tr><td style="background:#f9fafb">Time</td><td>1:30 PM - 2:15 PM (Eastern Daylight Time)</td></tr>
        <tr><td style="background:#f9fafb">Interview Type</td><td>Video - Microsoft Teams</td></tr>
        <tr><td style="background:#f9fafb">Interviewers</td><td>Wen Li, Director, Biostatistics<br>Carla Dunmore, Principal Biostatistician</td></tr>
        </table>
        <p>The Teams link will be sent by the interview team in a separate calendar invitation. Please have
        a copy of your CV handy; the panel may ask you to walk through a recent statistical analysis plan.</p>
        <p>If you have questions or need to make a change, please contact your recruiter, Marisol Vega, at
        <a href="mailto:marisol.vega@cardinalridgecro.com">marisol.vega@cardinalridgecro.com</a> or (919) 555-0178.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Cardinal Ridge Clinical</p>
        <p style="font-size:11px;color:#6b7280">This email was sent from an unmonitored mailbox. Please do not
        reply. To view your application, sign in to the
        <a href="https://wd5.myworkdayjobs.com/CardinalRidgeCareers/login">Candidate Home</a>.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head(
        addr("Cardinal Ridge Clinical", "cardinalridge@myworkday.com"),
        "Interview Scheduled - Senior Biostatistician (R-10482)",
        "2026-09-16 09:03:47", NY, "<1163284127.44712.1789563827113@wd5-prod-mail-02.myworkday.com>",
        mx("from mail-out-03.myworkday.com (mail-out-03.myworkday.com [159.14.228.51])",
           "2026-09-16 09:03:47", NY, "8pNw2R5Lq0"),
        extra=(("Auto-Submitted", "auto-generated"),),
    )
    return message(hs, html(page, cte="base64"))


# --------------------------------------------------------------------------- 3 Taleo, university hospital


@make.mail(
    name(3), family="taleo", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-10-01 09:00", NY), end=utc("2026-10-01 10:00", NY),
    local="Thu 2026-10-01 09:00", local_end="2026-10-01 10:00", zone=NY,
    contact="tanya.brooks@piedmontuhs.org", company="Piedmont University Health System",
    note="Taleo interview notice (iso-8859-1 QP), 9:00-10:00 AM Eastern on 1 Oct = EDT -> 13:00-14:00Z; "
         "sender is the Taleo system mailbox, contact = recruiter address in the body.",
)
def m03() -> bytes:
    body = t("""
        Dear Jordan,

        Thank you for applying for the position of Biostatistician II - Department of Biostatistics
        & Bioinformatics (Requisition 2604417) with Piedmont University Health System.

        We have reviewed your résumé and you have been scheduled for a first-round interview with
        the hiring manager, Dr. Helen Marsh:

           Date:      Thursday, October 1, 2026
           Time:      9:00 AM - 10:00 AM Eastern
           Location:  Microsoft Teams (the link will come from Dr. Marsh's office in a separate
                      calendar invitation)

        Please reply to your recruiter if you need an accommodation for the interview process.

        Recruiter: Tanya Brooks, Talent Acquisition Partner
        E-mail:    tanya.brooks@piedmontuhs.org
        Phone:     (919) 555-0143

        Regards,
        Talent Acquisition - Piedmont University Health System

        ----------------------------------------------------------------
        This message was sent from an unattended mailbox. Piedmont University Health System is an
        equal opportunity employer.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Jordan,</p>
        <p>Thank you for applying for the position of <b>Biostatistician II - Department of Biostatistics &amp;
        Bioinformatics</b> (Requisition 2604417) with Piedmont University Health System.</p>
        <p>We have reviewed your résumé and you have been scheduled for a first-round interview with the
        hiring manager, Dr. Helen Marsh:</p>
        <p><b>Date:</b> Thursday, October 1, 2026<br>
        <b>Time:</b> 9:00 AM - 10:00 AM Eastern<br>
        <b>Location:</b> Microsoft Teams (the link will come from Dr. Marsh's office in a separate calendar
        invitation)</p>
        <p>Please reply to your recruiter if you need an accommodation for the interview process.</p>
        <p>Recruiter: Tanya Brooks, Talent Acquisition Partner<br>
        E-mail: <a href="mailto:tanya.brooks@piedmontuhs.org">tanya.brooks@piedmontuhs.org</a><br>
        Phone: (919) 555-0143</p>
        <p>Regards,<br>Talent Acquisition - Piedmont University Health System</p>
        <hr><p><font size="1">This message was sent from an unattended mailbox. Piedmont University Health
        System is an equal opportunity employer.</font></p>
        </font></body></html>
        """)
    hs = head(
        addr("Piedmont University Health System", "piedmontuhs@taleo.net"),
        "Interview Invitation - Biostatistician II (2604417)",
        "2026-09-25 11:15:22", NY, "<31957204.1789399722651.JavaMail.tee@tlxslc2prd14>",
        mx("from smtp14.taleo.net (smtp14.taleo.net [199.47.190.14])", "2026-09-25 11:15:22", NY,
           "Q3xk7Fz1Ma"),
    )
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


# --------------------------------------------------------------------------- 4 Teamtailor, London (British English)


@make.mail(
    name(4), family="teamtailor", lang="en-GB", interview=True, kind="scheduled",
    start=utc("2026-10-27 15:00", LON), end=utc("2026-10-27 15:45", LON),
    local="Tue 2026-10-27 15:00", local_end="2026-10-27 15:45", zone=LON,
    contact="harriet.lowe@thamesideclinical.co.uk", company="Thameside Clinical Data",
    note="Teamtailor booking, London recruiter. Sent in BST (+0100); the UK goes back to GMT on 25 Oct, so "
         "15:00-15:45 UK time on Tue 27 Oct = 15:00-15:45Z (the mail says 11:00 in Raleigh: the US is still "
         "on EDT until 1 Nov). Reply-To is a Teamtailor relay; contact = recruiter address in the body.",
)
def m04() -> bytes:
    body = t("""
        Hi Jordan,

        Thanks for choosing a slot - you're all booked in for your first interview for the Senior
        Statistician (Remote, UK/US) role.

        When: Tuesday 27 October, 15:00-15:45 UK time
        Where: Microsoft Teams - the joining link is in the calendar invitation attached
        With: me, and Oliver Pennant (Head of Biometrics)

        A quick heads-up, as you're dialling in from Raleigh: our clocks go back on Sunday 25 October,
        but yours don't change until 1 November, so for that one week we're only four hours apart.
        15:00 here will be 11:00 for you.

        Nothing to prepare in particular - Oliver will want to hear about the trials you've supported
        and how you've organised your SAP reviews. If you'd like to bring questions about the
        team or our CDISC set-up, do.

        If you need to rearrange, reply to this e-mail or write to me directly at
        harriet.lowe@thamesideclinical.co.uk.

        Kind regards,
        Harriet Lowe
        Talent Partner, Thameside Clinical Data Ltd
        London SE1

        Sent with Teamtailor
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Jordan,</p>
        <p>Thanks for choosing a slot &ndash; you&rsquo;re all booked in for your first interview for the
        <strong>Senior Statistician (Remote, UK/US)</strong> role.</p>
        <div style="background:#f6f6f3;border-radius:8px;padding:16px">
        <strong>When:</strong> Tuesday 27 October, 15:00&ndash;15:45 UK time<br>
        <strong>Where:</strong> Microsoft Teams &ndash; the joining link is in the calendar invitation attached<br>
        <strong>With:</strong> me, and Oliver Pennant (Head of Biometrics)
        </div>
        <p>A quick heads-up, as you&rsquo;re dialling in from Raleigh: our clocks go back on Sunday 25 October,
        but yours don&rsquo;t change until 1 November, so for that one week we&rsquo;re only four hours apart.
        15:00 here will be 11:00 for you.</p>
        <p>Nothing to prepare in particular &ndash; Oliver will want to hear about the trials you&rsquo;ve
        supported and how you&rsquo;ve organised your SAP reviews. If you&rsquo;d like to bring questions about
        the team or our CDISC set-up, do.</p>
        <p>If you need to rearrange, reply to this e-mail or write to me directly at
        <a href="mailto:harriet.lowe@thamesideclinical.co.uk">harriet.lowe@thamesideclinical.co.uk</a>.</p>
        <p>Kind regards,<br>Harriet Lowe<br>Talent Partner, Thameside Clinical Data Ltd<br>London SE1</p>
        <p style="font-size:12px;color:#999">Sent with <a href="https://www.teamtailor.com">Teamtailor</a></p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-5519034@teamtailor.com
DTSTAMP:20261022T154012Z
DTSTART:20261027T150000Z
DTEND:20261027T154500Z
SUMMARY:Interview: Senior Statistician (Remote\\, UK/US) - Thameside Clinical Data
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTU1YjEtM2Y0Ny00YjE1@thread.v2/0
ORGANIZER;CN=Harriet Lowe:mailto:harriet.lowe@thamesideclinical.co.uk
ATTENDEE;CN=Jordan Whitaker;RSVP=TRUE:mailto:jordan.whitaker@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Harriet Lowe (Thameside Clinical Data)", "no-reply@teamtailor-mail.com"),
        "Interview booked: Senior Statistician (Remote, UK/US)",
        "2026-10-22 16:40:12", LON, "<6f1c2a9e-3b7d-4e1f-9a0c-5d8e2b7f4c31@teamtailor-mail.com>",
        mx("from mail-a.teamtailor-mail.com (mail-a.teamtailor-mail.com [52.58.14.201])",
           "2026-10-22 16:40:12", LON, "Lm5Ty8Ka2d"),
        extra=(("Reply-To", "reply+c7f3e91a2b5d44f0@teamtailor-mail.com"),),
    )
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 5 iCIMS, Charlotte


@make.mail(
    name(5), family="icims", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-10-12 15:00", NY), end=None,
    local="Mon 2026-10-12 15:00", zone=NY,
    contact="brandon.tate@qchealthanalytics.com", company="Queen City Health Analytics",
    note="iCIMS confirmation (windows-1252 QP), US date 10/12/2026 3:00 PM ET = EDT -> 19:00Z; "
         "'approximately one hour' -> end null; contact = recruiter address in the body.",
)
def m05() -> bytes:
    body = t("""
        Hello Jordan,

        Thank you for confirming your availability. We’re happy to confirm your interview for the
        Biostatistician III – Real-World Evidence position (Job ID 2026-4187).

        Interview Date: 10/12/2026
        Interview Time: 3:00 PM ET
        Format: Microsoft Teams video interview (link below)
        Length: approximately one hour

        Join on your computer or mobile app:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YzQ1MWItOGQ2Yi00@thread.v2/0
        Meeting ID: 248 905 117 634   Passcode: Qc7hT2

        Your interviewers will be Monique Everett (Director, Data Science) and Raj Patel
        (Lead Statistician). Please test Teams ahead of time – we’ll be sharing a short data
        exercise on screen.

        If you need to reschedule, please contact Brandon Tate at brandon.tate@qchealthanalytics.com.

        Thank you,
        Brandon Tate
        Talent Acquisition Specialist
        Queen City Health Analytics | Charlotte, NC

        Please do not reply directly to this message; this mailbox is not monitored.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hello Jordan,</p>
        <p>Thank you for confirming your availability. We’re happy to confirm your interview for the
        <b>Biostatistician III – Real-World Evidence</b> position (Job ID 2026-4187).</p>
        <p><b>Interview Date:</b> 10/12/2026<br>
        <b>Interview Time:</b> 3:00 PM ET<br>
        <b>Format:</b> Microsoft Teams video interview (link below)<br>
        <b>Length:</b> approximately one hour</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YzQ1MWItOGQ2Yi00@thread.v2/0">Join
        the meeting now</a><br>Meeting ID: 248 905 117 634 &nbsp; Passcode: Qc7hT2</p>
        <p>Your interviewers will be Monique Everett (Director, Data Science) and Raj Patel (Lead
        Statistician). Please test Teams ahead of time – we’ll be sharing a short data exercise on screen.</p>
        <p>If you need to reschedule, please contact Brandon Tate at
        <a href="mailto:brandon.tate@qchealthanalytics.com">brandon.tate@qchealthanalytics.com</a>.</p>
        <p>Thank you,<br>Brandon Tate<br>Talent Acquisition Specialist<br>Queen City Health Analytics | Charlotte, NC</p>
        <p style="font-size:8pt;color:gray">Please do not reply directly to this message; this mailbox is not monitored.</p>
        <img src="https://careers-qchealthanalytics.icims.com/track/open?m=88172634" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(
        addr("Queen City Health Analytics", "qchealthanalytics+autoreply@talent.icims.com"),
        "Interview Confirmation – Biostatistician III – Real-World Evidence",
        "2026-10-06 10:30:55", NY, "<1791296255.88172634.icims.com@talent.icims.com>",
        mx("from mta-07.talent.icims.com (mta-07.talent.icims.com [64.14.116.207])",
           "2026-10-06 10:30:55", NY, "Zr4Pw1Nv8s"),
    )
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


# --------------------------------------------------------------------------- 6 SmartRecruiters, DC (time only in the ICS)


@make.mail(
    name(6), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-10-14 11:30", NY), end=utc("2026-10-14 13:00", NY),
    local="Wed 2026-10-14 11:30", local_end="2026-10-14 13:00", zone=NY,
    contact="lauren.pike@potomacoutcomes.com", company="Potomac Outcomes Research",
    note="SmartRecruiters on-site interview notice: the HTML body gives only the place; the date and "
         "time are only in the attached ICS (base64), 11:30-13:00 America/New_York (EDT) -> "
         "15:30-17:00Z. Contact = Reply-To coordinator (also ORGANIZER).",
)
def m06() -> bytes:
    page = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <table width="100%" style="max-width:620px"><tr><td style="padding:20px">
        <p style="font-size:18px;color:#0b5394"><b>Potomac Outcomes Research</b></p>
        <p>Hi Jordan,</p>
        <p>Great news &ndash; your on-site interview for <b>Senior Biostatistician, HEOR</b> has been scheduled.
        You&#39;ll find the date and time in the attached calendar invitation; please accept it so it lands on
        your calendar.</p>
        <p><b>Location</b><br>Potomac Outcomes Research<br>1420 K Street NW, Suite 800<br>Washington, DC 20005</p>
        <p>Please bring a photo ID for the front desk in the lobby. The closest Metro stop is McPherson
        Square (Blue/Orange/Silver). You&#39;ll meet with the HEOR analytics team over a working lunch.</p>
        <p>Questions? Just reply to this message.</p>
        <p>Lauren Pike<br>Hiring Coordinator</p>
        <p style="font-size:11px;color:#888">Sent via SmartRecruiters &middot;
        <a href="https://jobs.smartrecruiters.com/PotomacOutcomesResearch">Potomac Outcomes Research careers</a></p>
        </td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
UID:8f2e6c14-91a0-4b7e-bd35-1c0a7e9d2f48@smartrecruiters.com
DTSTAMP:20261009T170512Z
DTSTART;TZID=America/New_York:20261014T113000
DTEND;TZID=America/New_York:20261014T130000
SUMMARY:On-site interview - Senior Biostatistician\\, HEOR (Potomac Outcomes Research)
LOCATION:1420 K Street NW\\, Suite 800\\, Washington\\, DC 20005
DESCRIPTION:Meet Lauren Pike at reception. Panel: Dr. Samuel Ortiz\\, Kim Huang\\, Rebecca Lyle.
ORGANIZER;CN=Lauren Pike:mailto:lauren.pike@potomacoutcomes.com
ATTENDEE;CN=Jordan Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jordan.whitaker@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Potomac Outcomes Research", "noreply@smartrecruiters.com"),
        "Your interview with Potomac Outcomes Research",
        "2026-10-09 13:05:12", NY, "<0100019a6c4b2f1e-7d3c1b0e-5a2f-4e8b-9c71-3f2a8d6e1b40-000000@email.amazonses.com>",
        mx("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
           "2026-10-09 13:05:12", NY, "Vd9Kc3Bw6h"),
        extra=(("Reply-To", addr("Lauren Pike", "lauren.pike@potomacoutcomes.com")),),
    )
    return message(hs, mixed(html(page), calendar(ics, cte="base64", filename="interview.ics",
                                                  disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 7 federal government notice (DST edge)


@make.mail(
    name(7), family="government_notice", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-11-05 10:30", NY), end=utc("2026-11-05 11:30", NY),
    local="Thu 2026-11-05 10:30", local_end="2026-11-05 11:30", zone=NY,
    contact="denise.carrow@ncphd.gov", company="National Center for Population Health Data",
    note="Federal interview notice, plain text 7bit. Sent Thu 29 Oct in EDT (-0400); the interview on 5 Nov "
         "is after the 1 Nov change to EST, so 10:30-11:30 a.m. Eastern -> 15:30-16:30Z. 'Please reply to "
         "confirm' but date/time/panel fixed -> scheduled; contact = the HR specialist who sent it.",
    days=(("Mon", "2026-11-02"),),
)
def m07() -> bytes:
    body = t("""
        Dear Jordan Whitaker:

        SUBJECT: Notice of Interview - Mathematical Statistician, GS-1529-13
                 Vacancy Announcement NCPHD-26-11807-MP

        Congratulations. Based on a review of your application, you have been referred to the
        selecting official and are invited to a structured panel interview for the position above.

        DATE:      Thursday, November 5, 2026
        TIME:      10:30 a.m. - 11:30 a.m. Eastern Time
        FORMAT:    Microsoft Teams (video). The meeting link will be e-mailed to you separately by
                   the panel chair no later than Monday, November 2, 2026.
        PANEL:     Three members of the Division of Survey Methodology

        Please note that Daylight Saving Time ends on Sunday, November 1, 2026. The time above is
        Eastern Time on the day of the interview.

        The interview consists of six questions based on the competencies listed in the announcement.
        You may keep notes, but you may not share your screen or use materials during the interview.

        Please reply to this message by close of business Monday, November 2, 2026, to confirm your
        attendance. If you require a reasonable accommodation for any part of the interview process,
        please contact me at the e-mail or telephone number below.

        Respectfully,

        Denise Carrow
        Human Resources Specialist (Recruitment & Placement)
        National Center for Population Health Data
        Office of Human Capital
        Phone: (301) 555-0126
        E-mail: denise.carrow@ncphd.gov

        This e-mail may contain Privacy Act protected information. If you are not the intended
        recipient, please notify the sender and delete it.
        """)
    hs = head(
        addr("Carrow, Denise (NCPHD/OHC)", "denise.carrow@ncphd.gov"),
        "Notice of Interview - Mathematical Statistician, GS-1529-13 (NCPHD-26-11807-MP)",
        "2026-10-29 10:05:41", NY, "<BN8PR09MB5521A7C3E2F1D0B44E1C9A07D3A2@BN8PR09MB5521.namprd09.prod.outlook.com>",
        mx("from GCC02-BN8-obe.outbound.protection.office365.us (mail-bn8gcc02.outbound.protection.office365.us "
           "[23.103.199.178])", "2026-10-29 10:05:41", NY, "Hs6Yt0Rq3e", lag=5),
        extra=(("Thread-Topic", "Notice of Interview - Mathematical Statistician, GS-1529-13"),
               ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")),
    )
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 8 Ashby, Boston


@make.mail(
    name(8), family="ashby", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-11-04 14:00", NY), end=utc("2026-11-04 14:45", NY),
    local="Wed 2026-11-04 14:00", local_end="2026-11-04 14:45", zone=NY,
    contact="priya.venkataraman@harborlightgenomics.com", company="Harborlight Genomics",
    note="Ashby confirmation sent Mon 2 Nov (EST, -0500); 2:00-2:45 PM EST -> 19:00-19:45Z; "
         "contact = Reply-To recruiter (also ORGANIZER). Subject RFC 2047 (em dash).",
)
def m08() -> bytes:
    body = t("""
        Hi Jordan,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, November 4, 2026, 2:00 PM – 2:45 PM EST
        Google Meet: https://meet.google.com/hkq-tzwd-mfa

        You'll meet with:
          Elliot Sandoval — Principal Statistical Geneticist
          Grace Whitfield — Director, Quantitative Genomics

        This conversation focuses on your experience with mixed models and GWAS QC. No slides needed.

        Questions? Just reply and it will reach Priya Venkataraman.

        Thanks,
        Harborlight Genomics Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jordan,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Wednesday, November 4, 2026, 2:00 PM – 2:45 PM EST</strong><br>
        Google Meet: <a href="https://meet.google.com/hkq-tzwd-mfa">meet.google.com/hkq-tzwd-mfa</a></p>
        <p>You&#x27;ll meet with:<br>
        Elliot Sandoval — Principal Statistical Geneticist<br>
        Grace Whitfield — Director, Quantitative Genomics</p>
        <p>This conversation focuses on your experience with mixed models and GWAS QC. No slides needed.</p>
        <p>Questions? Just reply and it will reach Priya Venkataraman.</p>
        <p>Thanks,<br>Harborlight Genomics Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
UID:0d6b71f2-4c8e-4a5b-93f1-b7e2c5a08d19
DTSTAMP:20261102T142011Z
DTSTART;TZID=America/New_York:20261104T140000
DTEND;TZID=America/New_York:20261104T144500
SEQUENCE:0
SUMMARY:Harborlight Genomics – Statistical Geneticist II Interview
LOCATION:https://meet.google.com/hkq-tzwd-mfa
ORGANIZER;CN=Priya Venkataraman:mailto:priya.venkataraman@harborlightgenomics.com
ATTENDEE;CN=Jordan Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jordan.whitaker@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Harborlight Genomics", "no-reply@ashbyhq.com"),
        "Interview confirmed — Statistical Geneticist II at Harborlight Genomics",
        "2026-11-02 09:20:11", NY, "<0100019a4f0e8b77-2c1d5e9a-70b3-4f6e-8d21-a9c4e3f7b2d5-000000@email.amazonses.com>",
        mx("from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
           "2026-11-02 09:20:11", NY, "Ky2Ga9Rp4n"),
        extra=(("Reply-To", addr("Priya Venkataraman", "priya.venkataraman@harborlightgenomics.com")),),
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


# --------------------------------------------------------------------------- 9 GoodTime onsite, Boston (all-day hold)


@make.mail(
    name(9), family="goodtime", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-11-19 09:30", NY), end=utc("2026-11-19 12:15", NY),
    local="Thu 2026-11-19 09:30", local_end="2026-11-19 12:15", zone=NY,
    contact="marcus.bell@beaconhillbiometrics.com", company="Beacon Hill Biometrics",
    note="GoodTime onsite itinerary from the panel coordinator: four sessions 9:30 AM-12:15 PM EST "
         "(Boston) -> 14:30-17:15Z (first start to last end). The attached ICS is an all-day hold "
         "(VALUE=DATE) with no time: the times are only in the text. Contact = Reply-To coordinator.",
)
def m09() -> bytes:
    body = t("""
        Hi Jordan,

        I'm Marcus, the panel coordinator for the Biostatistics team - welcome to the final round!
        Here is your onsite itinerary for Thursday, November 19, 2026 at our Boston office.
        All times are Eastern (EST).

          9:30 AM - 10:15 AM    Dr. Naomi Feld, VP Biometrics (hiring manager)
         10:15 AM - 11:00 AM    Technical panel: Ian Cho, Sofia Marchetti
         11:00 AM - 11:30 AM    Dr. Renata Oyelaran, Clinical Development
         11:30 AM - 12:15 PM    Lunch with the Biostatistics team

        Location: Beacon Hill Biometrics, 40 Cambridge Street, 6th floor, Boston, MA 02114
        Please check in with reception by 9:15 - they'll have a visitor badge ready for you.

        I've also put an all-day hold on your calendar (attached) so the day stays clear; the
        session times are the ones above. Travel is booked through our agency, who will e-mail
        your flight and hotel confirmations separately.

        If anything comes up, reply to this message and it comes straight to me.

        Looking forward to meeting you,
        Marcus Bell
        Recruiting Coordinator, Beacon Hill Biometrics

        Scheduled with GoodTime
        """)
    rows = "".join(
        f'<tr><td style="padding:6px 12px;white-space:nowrap">{a}</td><td style="padding:6px 12px">{b}</td></tr>\n'
        for a, b in [
            ("9:30 AM &ndash; 10:15 AM", "Dr. Naomi Feld, VP Biometrics (hiring manager)"),
            ("10:15 AM &ndash; 11:00 AM", "Technical panel: Ian Cho, Sofia Marchetti"),
            ("11:00 AM &ndash; 11:30 AM", "Dr. Renata Oyelaran, Clinical Development"),
            ("11:30 AM &ndash; 12:15 PM", "Lunch with the Biostatistics team"),
        ])
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Jordan,</p>
        <p>I&#39;m Marcus, the panel coordinator for the Biostatistics team &ndash; welcome to the final round!
        Here is your onsite itinerary for <b>Thursday, November 19, 2026</b> at our Boston office.
        All times are Eastern (EST).</p>
        <table style="border-collapse:collapse;border:1px solid #ddd">
        ROWS</table>
        <p><b>Location:</b> Beacon Hill Biometrics, 40 Cambridge Street, 6th floor, Boston, MA 02114<br>
        Please check in with reception by 9:15 &ndash; they&#39;ll have a visitor badge ready for you.</p>
        <p>I&#39;ve also put an all-day hold on your calendar (attached) so the day stays clear; the session times
        are the ones above. Travel is booked through our agency, who will e-mail your flight and hotel
        confirmations separately.</p>
        <p>If anything comes up, reply to this message and it comes straight to me.</p>
        <p>Looking forward to meeting you,<br>Marcus Bell<br>Recruiting Coordinator, Beacon Hill Biometrics</p>
        <p style="font-size:11px;color:#8a8a8a">Scheduled with <a href="https://goodtime.io">GoodTime</a></p>
        </body></html>
        """).replace("ROWS", rows)
    ics = """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-hold-3f90c1d2-2b7a-4d15-8e66-0a1b9f3c7e52@goodtime.io
DTSTAMP:20261112T190004Z
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
SUMMARY:HOLD - Onsite interview: Beacon Hill Biometrics (see itinerary e-mail)
LOCATION:40 Cambridge Street\\, 6th floor\\, Boston\\, MA 02114
ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@beaconhillbiometrics.com
ATTENDEE;CN=Jordan Whitaker;RSVP=TRUE:mailto:jordan.whitaker@example.org
TRANSP:TRANSPARENT
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Marcus Bell via GoodTime", "no-reply@goodtime.io"),
        "Your onsite itinerary - Beacon Hill Biometrics (Thu, Nov 19)",
        "2026-11-12 14:00:04", NY, "<20261112190004.9c1e77a3f2b84d05@goodtime.io>",
        mx("from o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.171.3])", "2026-11-12 14:00:04", NY,
           "Wx8Fn2Jt5c"),
        extra=(("Reply-To", addr("Marcus Bell", "marcus.bell@beaconhillbiometrics.com")),),
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="onsite-hold.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 10 Google Calendar, Chicago


@make.mail(
    name(10), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-12-01 10:00", CHI), end=utc("2026-12-01 11:00", CHI),
    local="Tue 2026-12-01 10:00", local_end="2026-12-01 11:00", zone=CHI,
    contact="greg.lindahl@lakeshorebiostat.com", company="Lakeshore Biostat Partners",
    note="Google Calendar invitation from the hiring manager; 10am-11am Central Time - Chicago (CST, "
         "-0600) -> 16:00-17:00Z; inline text/calendar plus application/ics attachment; contact = "
         "ORGANIZER.",
)
def m10() -> bytes:
    title = "Lakeshore Biostat – Biostatistician interview (Jordan Whitaker)"
    body = t(f"""
        You have been invited to the following event.

        {title}
        Tuesday Dec 1, 2026 ⋅ 10am – 11am
        Central Time - Chicago

        Join with Google Meet
        https://meet.google.com/wvx-qmhd-pkr

        Join by phone
        (US) +1 312-555-0191 PIN: 448 219 337#

        Hi Jordan - this is the interview with me and Tamsin Rao from our epidemiology group.
        We'll talk through your survival-analysis work and one of our consulting projects.

        Organizer
        Greg Lindahl
        greg.lindahl@lakeshorebiostat.com

        Guests
        Greg Lindahl - organizer
        tamsin.rao@lakeshorebiostat.com
        jordan.whitaker@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MnA0Ym

        Reply for jordan.whitaker@example.org
        Yes  https://calendar.google.com/calendar/event?action=RESPOND&eid=MnA0Ym&rst=1
        No  https://calendar.google.com/calendar/event?action=RESPOND&eid=MnA0Ym&rst=2
        Maybe  https://calendar.google.com/calendar/event?action=RESPOND&eid=MnA0Ym&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP.
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="UTF-8"></head>
        <body style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div itemscope itemtype="http://schema.org/EventReservation">
        <span style="display:none;font-size:1px">Hi Jordan - this is the interview with me and Tamsin Rao</span>
        <table role="presentation" width="100%"><tr><td style="padding:24px 32px">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">{title}</h2>
        <table role="presentation"><tr><td style="color:#70757a;padding-right:16px">When</td>
        <td>Tuesday Dec 1, 2026 &#8901; 10am &ndash; 11am (Central Time - Chicago)</td></tr>
        <tr><td style="color:#70757a">Guests</td><td><a href="mailto:greg.lindahl@lakeshorebiostat.com">Greg Lindahl</a>
        - organizer<br>tamsin.rao@lakeshorebiostat.com<br>jordan.whitaker@example.org</td></tr></table>
        <p><a href="https://meet.google.com/wvx-qmhd-pkr" style="background:#1a73e8;color:#fff;padding:8px 16px;
        border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p>Hi Jordan - this is the interview with me and Tamsin Rao from our epidemiology group. We&#39;ll talk
        through your survival-analysis work and one of our consulting projects.</p>
        <p style="font-size:12px;color:#70757a">Reply for jordan.whitaker@example.org:
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MnA0Ym&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MnA0Ym&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MnA0Ym&amp;rst=3">Maybe</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </td></tr></table></div>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[CHI]}
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261201T100000
DTEND;TZID=America/Chicago:20261201T110000
DTSTAMP:20261123T161522Z
ORGANIZER;CN=Greg Lindahl:mailto:greg.lindahl@lakeshorebiostat.com
UID:5k2q9c7n1vh0r8d3m6t4bq2e1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Greg Lindahl;X-NUM-GUESTS=0:mailto:greg.lindahl@lakeshorebiostat.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tamsin.rao@lakeshorebiostat.com;X-NUM-GUESTS=0:mailto:tamsin.rao@lakeshorebiostat.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jordan.whitaker@example.org;X-NUM-GUESTS=0:mailto:jordan.whitaker@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/wvx-qmhd-pkr
CREATED:20261123T161519Z
DESCRIPTION:Hi Jordan - this is the interview with me and Tamsin Rao from our epidemiology group.
LAST-MODIFIED:20261123T161521Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = (f"Invitation: {title} @ Tue Dec 1, 2026 10am - 11am (CST) "
               f"(jordan.whitaker@example.org)")
    hs = head(
        addr("Greg Lindahl", "greg.lindahl@lakeshorebiostat.com"),
        subject, "2026-11-23 10:15:22", CHI, "<calendar-7f1c5a02-94be-4d3e-b6a1-2e8f0c4d9b17@google.com>",
        mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-11-23 10:15:22",
           CHI, "Pq3Rd7Mz0x"),
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", "greg.lindahl@lakeshorebiostat.com")),
    )
    return message(hs, mixed(
        alt(text(body, cte="quoted-printable"), html(page), calendar(ics, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


# --------------------------------------------------------------------------- 11 Calendly, Denver host, Eastern invitee


@make.mail(
    name(11), family="calendly", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-10-16 11:00", NY), end=utc("2026-10-16 11:30", NY),
    local="Fri 2026-10-16 11:00", local_end="2026-10-16 11:30", zone=NY,
    contact="erin.castillo@milehightrials.com", company="Mile High Trials",
    note="Calendly invitee confirmation: the host is in Denver but Calendly shows the invitee's zone, "
         "11:00am-11:30am Eastern Time (EDT) -> 15:00-15:30Z (the description's '9:00 Mountain' agrees). "
         "No ICS; contact = Reply-To host.",
)
def m11() -> bytes:
    body = t("""
        Hi Jordan Whitaker,

        Your Biostatistician Interview (30 min) with Erin Castillo at 11:00am (Eastern Time - US &
        Canada) on Friday, October 16, 2026 is scheduled.

        Event Type:
        Biostatistician Interview (30 min)

        Event Date/Time:
        11:00am - 11:30am (Eastern Time - US & Canada) on Friday, October 16, 2026

        Location:
        This is a Zoom web conference.
        https://milehightrials.zoom.us/j/86530012247

        Invitee Time Zone:
        Eastern Time - US & Canada

        Description:
        A first conversation with Erin Castillo, Director of Biostatistics at Mile High Trials. Erin
        is in Denver - if you're in Mountain time this will show as 9:00am.

        Questions:
        Anything you'd like Erin to know beforehand?
        Happy to walk through my adaptive-design work in Phase II oncology.

        Cancel or reschedule:
        https://calendly.com/cancellations/7c1f0a6e-2d44-4b3c-9e15-8a2b6d0f3c71

        Powered by Calendly.com
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <div style="max-width:540px;margin:0 auto;padding:24px">
        <p>Hi Jordan Whitaker,</p>
        <p>Your <b>Biostatistician Interview (30 min)</b> with <b>Erin Castillo</b> at <b>11:00am (Eastern Time - US
        &amp; Canada) on Friday, October 16, 2026</b> is scheduled.</p>
        <p style="color:#666;margin-bottom:0">Event Type:</p><p style="margin-top:0">Biostatistician Interview (30 min)</p>
        <p style="color:#666;margin-bottom:0">Event Date/Time:</p><p style="margin-top:0">11:00am - 11:30am (Eastern Time - US
        &amp; Canada) on Friday, October 16, 2026</p>
        <p style="color:#666;margin-bottom:0">Location:</p><p style="margin-top:0">This is a Zoom web conference.<br>
        <a href="https://milehightrials.zoom.us/j/86530012247">https://milehightrials.zoom.us/j/86530012247</a></p>
        <p style="color:#666;margin-bottom:0">Invitee Time Zone:</p><p style="margin-top:0">Eastern Time - US &amp; Canada</p>
        <p style="color:#666;margin-bottom:0">Description:</p><p style="margin-top:0">A first conversation with Erin
        Castillo, Director of Biostatistics at Mile High Trials. Erin is in Denver &ndash; if you&#39;re in Mountain
        time this will show as 9:00am.</p>
        <p style="color:#666;margin-bottom:0">Questions:</p><p style="margin-top:0">Anything you&#39;d like Erin to know
        beforehand?<br>Happy to walk through my adaptive-design work in Phase II oncology.</p>
        <p><a href="https://calendly.com/cancellations/7c1f0a6e-2d44-4b3c-9e15-8a2b6d0f3c71">Cancel</a> or
        <a href="https://calendly.com/reschedulings/7c1f0a6e-2d44-4b3c-9e15-8a2b6d0f3c71">Reschedule</a></p>
        <p style="font-size:12px;color:#999">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    hs = head(
        addr("Calendly", "notifications@calendly.com"),
        "Confirmed: Biostatistician Interview (30 min) with Erin Castillo on Friday, October 16, 2026",
        "2026-10-09 19:40:33", NY, "<0100019a8f3e21c4-5b7d9e10-8a3c-4f21-b6e4-c2d7a91f0e35-000000@email.amazonses.com>",
        mx("from a9-41.smtp-out.amazonses.com (a9-41.smtp-out.amazonses.com [54.240.9.41])",
           "2026-10-09 19:40:33", NY, "Ga6Hu1Lk9w"),
        extra=(("Reply-To", addr("Erin Castillo", "erin.castillo@milehightrials.com")),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 12 Microsoft Bookings, Raleigh insurer


@make.mail(
    name(12), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-09-24 14:00", NY), end=utc("2026-09-24 14:30", NY),
    local="Thu 2026-09-24 14:00", local_end="2026-09-24 14:30", zone=NY,
    contact=None, company="Old North State Health Plan",
    note="Microsoft Bookings confirmation from a shared booking mailbox; the body's zone label shows the "
         "standard offset '(UTC-05:00) Eastern Time' but 24 Sep is EDT, so 2:00-2:30 PM -> 18:00-18:30Z "
         "(the ICS, TZID Eastern Standard Time, agrees). Staff name only, no personal address -> contact null.",
)
def m12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <div style="font-size:20px;font-weight:600;padding:16px 0">ONSHP Talent Acquisition</div>
        <p>Hello Jordan Whitaker,</p>
        <p>Thank you for booking with ONSHP Talent Acquisition.</p>
        <div style="font-size:18px;font-weight:600;color:#107c10">Your booking is confirmed</div>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Statistician II - recruiter phone screen</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Thursday, September 24, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>2:00 PM - 2:30 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Renee Carter</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ4ZjE2NmYtYjMxOC00@thread.v2/0">Join your
        appointment</a></p>
        <p>Renee will ask about your background, salary expectations and availability; the hiring
        manager interview comes next for shortlisted candidates.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/ONSHPTalentAcquisition@oldnorthstatehp.com/bookings/">Manage
        booking</a> &middot; Add to calendar (attached)</p>
        <p style="font-size:11px;color:#8a8886">Old North State Health Plan &middot; 4300 Six Forks Rd, Raleigh, NC 27609</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=ONSHP Talent Acquisition:mailto:ONSHPTalentAcquisition@oldnorthstatehp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Whitaker:mailto:jordan.whitaker@example.org
DESCRIPTION;LANGUAGE=en-US:Statistician II - recruiter phone screen with Renee Carter
UID:040000008200E00074C5B7101A82E00800000000B3F1A0C2D94BDC01000000000000000010000000A1C3E7F2D04B6E4C9A88B1F2D3E4C5A6
SUMMARY;LANGUAGE=en-US:Statistician II - recruiter phone screen
DTSTART;TZID=Eastern Standard Time:20260924T140000
DTEND;TZID=Eastern Standard Time:20260924T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T202011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("ONSHP Talent Acquisition", "ONSHPTalentAcquisition@oldnorthstatehp.com"),
        "Your booking is confirmed: Statistician II - recruiter phone screen",
        "2026-09-21 16:20:11", NY, "<MN2PR11MB4301E8F0A7B2C61D94E03BC1A9F2@MN2PR11MB4301.namprd11.prod.outlook.com>",
        mx("from NAM11-MN2-obe.outbound.protection.outlook.com (mail-mn2nam11on2091.outbound.protection.outlook.com "
           "[40.107.236.91])", "2026-09-21 16:20:11", NY, "Ro4Ue6Xa1b"),
        extra=(("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "en-US")),
    )
    return message(hs, mixed(html(page), calendar(ics, cte="base64", filename="invite.ics",
                                                  disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 13 agency recruiter, phone-written, "tmrw"


@make.mail(
    name(13), family="human_prose", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-09-30 14:30", NY), end=utc("2026-09-30 15:15", NY),
    local="Wed 2026-09-30 14:30", local_end="2026-09-30 15:15", zone=NY,
    contact="kyle@triangletalentpartners.com", company="Sable Point Pharma",
    note="Agency recruiter from his phone, Mon 28 Sep 21:48 EDT (already Tue 01:48Z in UTC): 'weds @ 2:30' "
         "= Wed 30 Sep, PM from the quoted 'Wednesday afternoon'; 'she blocked 45 min' -> "
         "14:30-15:15 EDT = 18:30-19:15Z. Company = the client (Sable Point Pharma); contact = the recruiter.",
)
def m13() -> bytes:
    body = t("""
        hey Jordan - ur confirmed w/ Sable Point weds @ 2:30. Angela Ruiz (their assoc dir of stats)
        will call ur cell, the 919 #. she blocked 45 min

        she's big on missing data / MI so brush up on that. also def mention the oncology SAP stuff

        call me after!! 👊

        Kyle

        Sent from my iPhone

        > On Sep 28, 2026, at 4:12 PM, Jordan Whitaker <jordan.whitaker@example.org> wrote:
        >
        > Hi Kyle, Wednesday afternoon works for me - anytime after 1. Thanks!
        >
        > Jordan
        """)
    hs = head(
        addr("Kyle Brennan", "kyle@triangletalentpartners.com"),
        "Re: Sable Point - phone screen",
        "2026-09-28 21:48:09", NY, "<A2C7E1F4-9B3D-4E8A-B1C6-D5F2E0A9C374@triangletalentpartners.com>",
        mx("from mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])", "2026-09-28 21:48:09",
           NY, "Tb0Ci5Dv2e"),
        extra=(("In-Reply-To", "<CAJw8xR3q0m9Z7k@mail.example.org>"),
               ("References", "<CAJw8xR3q0m9Z7k@mail.example.org>"),
               ("X-Mailer", "iPhone Mail (22A3354)")),
    )
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 14 hiring manager short reply, Chicago


@make.mail(
    name(14), family="human_prose", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-10-22 09:30", CHI), end=utc("2026-10-22 10:15", CHI),
    local="Thu 2026-10-22 09:30", local_end="2026-10-22 10:15", zone=CHI,
    contact="dan.kowalczyk@prairiesignal.com", company="Prairie Signal Health",
    note="Hiring manager's short Gmail reply on a quoted thread: 'Thursday at 9:30 works ... 9:30-10:15 our "
         "time (Central)' resolved against Date Mon 19 Oct (CDT) -> Thu 22 Oct 14:30-15:15Z; the quoted "
         "'10:30 Eastern' is the same instant. Contact = sender.",
)
def m14() -> bytes:
    body = t("""
        Thursday at 9:30 works. I'll send a Teams invite tonight - it'll be me and Lucia Ferreira from
        clinical ops, 9:30-10:15 our time (Central).

        Dan

        On Mon, Oct 19, 2026 at 3:58 PM Jordan Whitaker <jordan.whitaker@example.org> wrote:
        > Hi Dan,
        >
        > Thanks for getting back to me so quickly. I could do Wednesday afternoon after 2 (Eastern),
        > or Thursday morning - 9:30 Central / 10:30 Eastern would be ideal.
        >
        > Best,
        > Jordan
        >
        > On Mon, Oct 19, 2026 at 11:02 AM Dan Kowalczyk <dan.kowalczyk@prairiesignal.com> wrote:
        >> Hi Jordan - really liked your application, especially the Bayesian dose-finding work.
        >> Could we set up a 45-minute video chat this week? Let me know a couple of times that work.
        >>
        >> Dan Kowalczyk
        >> Head of Statistics, Prairie Signal Health
        """)
    hs = head(
        addr("Dan Kowalczyk", "dan.kowalczyk@prairiesignal.com"),
        "Re: Biostatistician role - Prairie Signal",
        "2026-10-19 16:44:50", CHI, "<CAHk2s+R9mZ7pQ1v3wX8yT0aBcD4eF6gH_jKl@mail.gmail.com>",
        mx("from mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])", "2026-10-19 16:44:50",
           CHI, "Fe2Gh8Ij4k"),
        extra=(("In-Reply-To", "<CAJw8xR5kq1Lp2@mail.example.org>"),
               ("References", "<CAHk2s+Q1aZ@mail.gmail.com> <CAJw8xR5kq1Lp2@mail.example.org>")),
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 15 forward to self (message/rfc822), DC


@make.mail(
    name(15), family="forwarded", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-11-09 13:00", NY), end=utc("2026-11-09 14:00", NY),
    local="Mon 2026-11-09 13:00", local_end="2026-11-09 14:00", zone=NY,
    contact="nadia.rahman@tidewaterhe.com", company="Tidewater Health Economics",
    note="The candidate forwards (message/rfc822, inner iso-8859-15 QP) a hiring manager's confirmation from "
         "their personal address to themselves: Monday, November 9, 1:00-2:00 PM ET (EST) -> 18:00-19:00Z. "
         "Sender is the candidate, so contact = the forwarded mail's sender.",
)
def m15() -> bytes:
    inner_body = t("""
        Hi Jordan,

        Great speaking on Friday. As promised, here's the next step: a technical interview with me and
        Tomás Ramírez (VP, Health Economics).

        Monday, November 9, 1:00-2:00 PM ET
        Zoom: https://tidewaterhe.zoom.us/j/93385017264  (passcode 771204)

        We'll spend about half of it on a short case - a cost-effectiveness model with a
        propensity-matched comparator - so have a pen and paper handy. No prep beyond that.

        See you then,
        Nadia

        --
        Nadia Rahman | Director, Analytics
        Tidewater Health Economics | 1725 Eye St NW, Washington, DC 20006
        """)
    inner = message([
        ("From", addr("Nadia Rahman", "nadia.rahman@tidewaterhe.com")),
        ("To", addr("Jordan Whitaker", "jordan.whitaker@example.net")),
        ("Subject", "Next step - technical interview Monday 11/9"),
        ("Date", date("2026-11-02 17:10:26", NY)),
        ("Message-ID", "<PH0PR19MB7340C2A1B8E5F3D6A09C4E7B12D5@PH0PR19MB7340.namprd19.prod.outlook.com>"),
    ], text(inner_body, charset="iso-8859-15"))
    outer = t("""
        for the calendar - Mon 1pm. reread the PSM / CEA notes before.

        J.
        """)
    hs = head(
        addr("Jordan Whitaker", "jordan.whitaker@example.net"),
        "Fwd: Next step - technical interview Monday 11/9",
        "2026-11-03 07:31:02", NY, "<9e41b7c2-5a30-4d8f-a6e1-0c2b3f7d8e94@example.net>",
        mx("from smtp.example.net (smtp.example.net [198.51.100.25])", "2026-11-03 07:31:02", NY, "Mn7Op3Qr9s"),
        extra=(("User-Agent", "Mozilla Thunderbird"),),
    )
    return message(hs, mixed(text(outer, cte="7bit", charset="us-ascii"),
                             attached_message(inner, filename="Next step - technical interview Monday 11-9.eml")))


# --------------------------------------------------------------------------- 16 Zoom invitation pasted, Pacific remote team


@make.mail(
    name(16), family="zoom", lang="en-US", interview=True, kind="scheduled",
    start=utc("2026-12-08 13:00", LA), end=None,
    local="Tue 2026-12-08 13:00", zone=LA,
    contact="caitlin.moreau@northstarevidence.com", company="Northstar Evidence",
    note="Recruiter mail with a pasted Zoom invitation, 'Dec 8, 2026 01:00 PM Pacific Time' (PST, -0800) "
         "-> 21:00Z (= 4:00 PM in Raleigh, as the mail says); no length stated -> end null. Contact = sender.",
)
def m16() -> bytes:
    body = t("""
        Hi Jordan,

        Confirming your final-round conversation with our Chief Science Officer, Dr. Lionel Hart, next
        Tuesday. Zoom details are below - the time shows in Pacific because that's where most of our
        team sits, so that's 4:00 PM for you in Raleigh.

        Lionel will want to dig into the meta-analysis project on your CV, so be ready to talk about
        heterogeneity and how you handled the small-study effects.

        Caitlin

        ---

        Caitlin Moreau is inviting you to a scheduled Zoom meeting.

        Topic: Jordan Whitaker / Northstar Evidence - final round
        Time: Dec 8, 2026 01:00 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://northstarevidence.zoom.us/j/81234098765?pwd=Qm9XcGt3d1BqN2x5

        Meeting ID: 812 3409 8765
        Passcode: 558190

        ---

        One tap mobile
        +16694449171,,81234098765#,,,,*558190# US
        +16699006833,,81234098765#,,,,*558190# US (San Jose)

        ---

        Caitlin Moreau
        Senior Recruiter, Northstar Evidence (remote)
        caitlin.moreau@northstarevidence.com
        """)
    hs = head(
        addr("Caitlin Moreau", "caitlin.moreau@northstarevidence.com"),
        "Final round with Lionel - Zoom details",
        "2026-12-02 15:05:40", LA, "<SA1PR08MB6897F1E2D3C4B5A69788A0B1C2D3@SA1PR08MB6897.namprd08.prod.outlook.com>",
        mx("from NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2107.outbound.protection.outlook.com "
           "[40.107.92.107])", "2026-12-02 15:05:40", LA, "Uv1Wx5Yz7a"),
        extra=(("Thread-Topic", "Final round with Lionel - Zoom details"), ("Content-Language", "en-US")),
    )
    html_body = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in
        body.replace("&", "&amp;").replace("<", "&lt;").split("\n")) + "</div></body></html>\n"
    return message(hs, alt(text(body), html(html_body)))


# --------------------------------------------------------------------------- 17 Lever reschedule, evening Pacific -> next UTC day


@make.mail(
    name(17), family="lever", lang="en-US", interview=True, kind="rescheduled",
    start=utc("2026-10-22 17:00", LA), end=utc("2026-10-22 18:00", LA),
    local="Thu 2026-10-22 17:00", local_end="2026-10-22 18:00", zone=LA,
    contact="jess.nakamura@ridgewaybio.com", company="Ridgeway Biologics",
    note="Lever reschedule stating old (Tue 20 Oct 1:00 PM PDT) and new time: Thu 22 Oct 5:00-6:00 PM PDT "
         "-> 2026-10-23 00:00-01:00Z (the next day in UTC). ICS SEQUENCE:1 agrees. Contact = Reply-To "
         "recruiter (also ORGANIZER).",
    days=(("Tue", "2026-10-20"),),
)
def m17() -> bytes:
    body = t("""
        Hi Jordan,

        Your interview for Senior Biostatistician (Remote) at Ridgeway Biologics has been rescheduled.

        Previous time: Tuesday, October 20, 2026, 1:00 PM - 2:00 PM PDT
        New time:      Thursday, October 22, 2026, 5:00 PM - 6:00 PM PDT (8:00 PM - 9:00 PM EDT)

        Why the late slot: Dr. Amara Osei joins from our Sydney site, and this was the only hour the
        whole panel could make this week. Thanks for bearing with us.

        Interviewers: Dr. Amara Osei (Clinical Pharmacology), Rahul Menon (Biostatistics Lead)
        Location: Zoom - https://ridgewaybio.zoom.us/j/97051128346

        An updated calendar invitation is attached. Reply to this email if the new time doesn't work.

        Jess Nakamura
        Talent Acquisition, Ridgeway Biologics

        --
        Sent via Lever
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Jordan,</p>
        <p>Your interview for <b>Senior Biostatistician (Remote)</b> at Ridgeway Biologics has been rescheduled.</p>
        <p><span style="color:#999">Previous time:</span> <s>Tuesday, October 20, 2026, 1:00 PM - 2:00 PM PDT</s><br>
        <span style="color:#999">New time:</span> <b>Thursday, October 22, 2026, 5:00 PM - 6:00 PM PDT</b>
        (8:00 PM - 9:00 PM EDT)</p>
        <p>Why the late slot: Dr. Amara Osei joins from our Sydney site, and this was the only hour the whole panel
        could make this week. Thanks for bearing with us.</p>
        <p>Interviewers: Dr. Amara Osei (Clinical Pharmacology), Rahul Menon (Biostatistics Lead)<br>
        Location: Zoom &ndash; <a href="https://ridgewaybio.zoom.us/j/97051128346">ridgewaybio.zoom.us/j/97051128346</a></p>
        <p>An updated calendar invitation is attached. Reply to this email if the new time doesn&#39;t work.</p>
        <p>Jess Nakamura<br>Talent Acquisition, Ridgeway Biologics</p>
        <p style="font-size:11px;color:#aaa">Sent via Lever</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:lever-interview-1b7e0c9a-55d2-4f3e-8a61-92c4d0e7f3ab@lever.co
DTSTAMP:20261016T183011Z
DTSTART;TZID=America/Los_Angeles:20261022T170000
DTEND;TZID=America/Los_Angeles:20261022T180000
SEQUENCE:1
SUMMARY:Interview: Jordan Whitaker - Senior Biostatistician (Remote)
LOCATION:https://ridgewaybio.zoom.us/j/97051128346
ORGANIZER;CN=Jess Nakamura:mailto:jess.nakamura@ridgewaybio.com
ATTENDEE;CN=Jordan Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jordan.whitaker@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Ridgeway Biologics", "no-reply@hire.lever.co"),
        "Rescheduled: your interview with Ridgeway Biologics",
        "2026-10-16 11:30:11", LA, "<20261016183011.7e3b0d1c9a24f5e8@hire.lever.co>",
        mx("from mail-200.hire.lever.co (mail-200.hire.lever.co [198.2.180.200])", "2026-10-16 11:30:11",
           LA, "Bc3De9Fg1h"),
        extra=(("Reply-To", addr("Jess Nakamura", "jess.nakamura@ridgewaybio.com")),),
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 18 Workable reschedule, Denver (MST)


@make.mail(
    name(18), family="workable", lang="en-US", interview=True, kind="rescheduled",
    start=utc("2026-11-11 08:00", DEN), end=utc("2026-11-11 08:45", DEN),
    local="Wed 2026-11-11 08:00", local_end="2026-11-11 08:45", zone=DEN,
    contact="owen.strand@frontrangedx.com", company="Front Range Diagnostics",
    note="Workable message from the hiring manager, base64: 'Was: Tue, Nov 10 3:00 PM MST / Now: Wed, Nov 11 "
         "8:00-8:45 AM MST' -> 15:00-15:45Z. Reply-To is a Workable candidates relay, not a person; "
         "contact = the manager's own address written in the body.",
    days=(("Tue", "2026-11-10"),),
)
def m18() -> bytes:
    body = t("""
        Hi Jordan,

        Sorry to shuffle things - I've been pulled into an FDA pre-submission meeting on Tuesday
        afternoon. I've moved your interview:

          Was:  Tue, Nov 10, 2026  3:00 PM - 3:45 PM MST
          Now:  Wed, Nov 11, 2026  8:00 AM - 8:45 AM MST  (10:00 AM Eastern)

        Same Zoom link as before: https://frontrangedx.zoom.us/j/95527703318

        If the new time doesn't work for you, email me directly at owen.strand@frontrangedx.com and
        we'll sort something out.

        Owen Strand
        Biostatistics Manager, Front Range Diagnostics
        Denver, CO

        ---
        Front Range Diagnostics is using Workable to manage this hiring process.
        Replies to this email will be added to your candidate profile.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1c1c1c">
        <p>Hi Jordan,</p>
        <p>Sorry to shuffle things - I&#39;ve been pulled into an FDA pre-submission meeting on Tuesday afternoon.
        I&#39;ve moved your interview:</p>
        <p>Was: Tue, Nov 10, 2026 3:00 PM - 3:45 PM MST<br>
        <b>Now: Wed, Nov 11, 2026 8:00 AM - 8:45 AM MST</b> (10:00 AM Eastern)</p>
        <p>Same Zoom link as before: <a href="https://frontrangedx.zoom.us/j/95527703318">https://frontrangedx.zoom.us/j/95527703318</a></p>
        <p>If the new time doesn&#39;t work for you, email me directly at
        <a href="mailto:owen.strand@frontrangedx.com">owen.strand@frontrangedx.com</a> and we&#39;ll sort something out.</p>
        <p>Owen Strand<br>Biostatistics Manager, Front Range Diagnostics<br>Denver, CO</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#888">Front Range Diagnostics is using Workable to manage this hiring process.
        Replies to this email will be added to your candidate profile.</p>
        </body></html>
        """)
    hs = head(
        addr("Owen Strand - Front Range Diagnostics", "noreply@workablemail.com"),
        "Interview time change - Biostatistician II",
        "2026-11-06 11:00:37", DEN, "<5f2a9c1e0b7d4e83.1794507637@workablemail.com>",
        mx("from mail-out-6.workablemail.com (mail-out-6.workablemail.com [52.4.135.6])", "2026-11-06 11:00:37",
           DEN, "Hi4Jk8Lm2n"),
        extra=(("Reply-To", "front-range-diagnostics+c8e2a17f3b@candidates.workablemail.com"),),
    )
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# --------------------------------------------------------------------------- 19 Outlook reply, reschedule, Charlotte


@make.mail(
    name(19), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
    start=utc("2026-12-08 14:00", NY), end=utc("2026-12-08 14:45", NY),
    local="Tue 2026-12-08 14:00", local_end="2026-12-08 14:45", zone=NY,
    contact="tquinlan@lakenormanbio.com", company="Lake Norman Biosciences",
    note="Hiring manager's Outlook reply (windows-1252 QP) moving 'tomorrow (Fri 12/4, 2:00)' to 'Tuesday the "
         "8th at the same time, 2:00-2:45 PM', invite already moved -> rescheduled, Tue 8 Dec 14:00-14:45 EST "
         "= 19:00-19:45Z. The quoted thread holds the old time. Contact = sender.",
    days=(("Fri", "2026-12-04"), ("Mon", "2026-11-30")),
)
def m19() -> bytes:
    body = t("""
        Hi Jordan,

        I’m so sorry to do this – our quarterly data review landed on Friday afternoon and I can’t get
        out of it. I’ve moved our conversation from tomorrow (Fri 12/4, 2:00) to Tuesday the 8th at the
        same time, 2:00–2:45 PM, and updated the Teams invite, so you should see the change shortly.
        If Tuesday is a problem just let me know.

        Thanks for being flexible,
        Theresa

        Theresa Quinlan, PhD
        Director, Biostatistics | Lake Norman Biosciences
        Charlotte, NC | 704-555-0162

        ________________________________
        From: Jordan Whitaker <jordan.whitaker@example.org>
        Sent: Monday, November 30, 2026 9:12 AM
        To: Theresa Quinlan <tquinlan@lakenormanbio.com>
        Subject: RE: Statistician interview - Lake Norman Biosciences

        Hi Theresa,

        Friday 12/4 at 2:00 PM works well for me. Looking forward to it.

        Best,
        Jordan
        """)
    import html as _h
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">\n'
            + "\n".join(f"<div>{_h.escape(line) or '<br>'}</div>" for line in body.rstrip("\n").split("\n"))
            + "\n</div></body></html>\n")
    hs = head(
        addr("Theresa Quinlan", "tquinlan@lakenormanbio.com"),
        "RE: Statistician interview - Lake Norman Biosciences",
        "2026-12-03 12:40:18", NY, "<DM6PR04MB6220B1C9E4F7A83D20F5C6E1A7B4@DM6PR04MB6220.namprd04.prod.outlook.com>",
        mx("from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2118.outbound.protection.outlook.com "
           "[40.107.102.118])", "2026-12-03 12:40:18", NY, "Op5Qr1St7u"),
        extra=(("Thread-Topic", "Statistician interview - Lake Norman Biosciences"),
               ("Thread-Index", "AQHbWd3kP2xT9mQqRkS1v8wYzA=="),
               ("In-Reply-To", "<CAJw8xR9nB4@mail.example.org>"),
               ("References", "<CAJw8xR9nB4@mail.example.org>"),
               ("Content-Language", "en-US")),
    )
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


# --------------------------------------------------------------------------- 20 Google Calendar update, Sable Point (thread with 13)


@make.mail(
    name(20), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
    start=utc("2026-10-09 10:00", NY), end=utc("2026-10-09 11:30", NY),
    local="Fri 2026-10-09 10:00", local_end="2026-10-09 11:30", zone=NY,
    contact="angela.ruiz@sablepointpharma.com", company="Sable Point Pharma",
    note="Google Calendar 'Updated invitation': second round moved from Thu 8 Oct 2pm (struck through in the "
         "HTML) to Fri 9 Oct 10am-11:30am Eastern (EDT) -> 14:00-15:30Z; ICS SEQUENCE:1; contact = ORGANIZER.",
    days=(("Thu", "2026-10-08"),),
)
def m20() -> bytes:
    title = "Sable Point Pharma - 2nd round (stats panel) / Jordan Whitaker"
    body = t(f"""
        This event has been updated
        Changed: time

        {title}
        Friday Oct 9, 2026 ⋅ 10am – 11:30am
        Eastern Time - New York

        Location
        Sable Point Pharma, 1010 Slater Rd, Durham NC - Conference Room Cape Fear
        https://www.google.com/maps/search/1010+Slater+Rd,+Durham+NC

        Moved from Thursday afternoon - Vikram is travelling back from ASA on Thursday. Same panel:
        Angela Ruiz, Vikram Patel, Shonda Greer. Please check in at the front desk.

        Organizer
        Angela Ruiz
        angela.ruiz@sablepointpharma.com

        Guests
        Angela Ruiz - organizer
        vikram.patel@sablepointpharma.com
        shonda.greer@sablepointpharma.com
        jordan.whitaker@example.org

        Reply for jordan.whitaker@example.org
        Yes  https://calendar.google.com/calendar/event?action=RESPOND&eid=N3hxM2&rst=1
        No  https://calendar.google.com/calendar/event?action=RESPOND&eid=N3hxM2&rst=2
        Maybe  https://calendar.google.com/calendar/event?action=RESPOND&eid=N3hxM2&rst=3

        Invitation from Google Calendar
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="UTF-8"></head>
        <body style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%"><tr><td style="padding:24px 32px">
        <p style="color:#70757a;font-size:14px">This event has been updated</p>
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">{title}</h2>
        <table role="presentation"><tr><td style="color:#70757a;padding-right:16px">When</td>
        <td><span style="color:#d93025">Changed:</span> Friday Oct 9, 2026 &#8901; 10am &ndash; 11:30am (Eastern Time - New York)<br>
        <span style="text-decoration:line-through;color:#70757a">Thursday Oct 8, 2026 &#8901; 2pm &ndash; 3:30pm</span></td></tr>
        <tr><td style="color:#70757a">Location</td><td>Sable Point Pharma, 1010 Slater Rd, Durham NC - Conference Room Cape Fear</td></tr>
        <tr><td style="color:#70757a">Guests</td><td><a href="mailto:angela.ruiz@sablepointpharma.com">Angela Ruiz</a> - organizer<br>
        vikram.patel@sablepointpharma.com<br>shonda.greer@sablepointpharma.com<br>jordan.whitaker@example.org</td></tr></table>
        <p>Moved from Thursday afternoon - Vikram is travelling back from ASA on Thursday. Same panel: Angela Ruiz,
        Vikram Patel, Shonda Greer. Please check in at the front desk.</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261009T100000
DTEND;TZID=America/New_York:20261009T113000
DTSTAMP:20261005T125012Z
ORGANIZER;CN=Angela Ruiz:mailto:angela.ruiz@sablepointpharma.com
UID:0q8rj3v5l2c7n1k9s4d6m0f2ht@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Angela Ruiz;X-NUM-GUESTS=0:mailto:angela.ruiz@sablepointpharma.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=jordan.whitaker@example.org;X-NUM-GUESTS=0:mailto:jordan.whitaker@example.org
CREATED:20260930T202215Z
DESCRIPTION:Moved from Thursday afternoon - Vikram is travelling back from ASA on Thursday.
LAST-MODIFIED:20261005T125011Z
LOCATION:Sable Point Pharma\\, 1010 Slater Rd\\, Durham NC - Conference Room Cape Fear
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = (f"Updated invitation: {title} @ Fri Oct 9, 2026 10am - 11:30am (EDT) "
               f"(jordan.whitaker@example.org)")
    hs = head(
        addr("Angela Ruiz", "angela.ruiz@sablepointpharma.com"),
        subject, "2026-10-05 08:50:12", NY, "<calendar-2c9d04e1-7b3a-4f58-a1c6-d83e5f0b9a72@google.com>",
        mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-10-05 08:50:12",
           NY, "Vw3Xy7Za5b"),
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", "angela.ruiz@sablepointpharma.com")),
    )
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, cte="base64")),
        calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics", disposition="attachment",
                 name_param=True),
    ))


# --------------------------------------------------------------------------- 21 Exchange cancellation, university hospital (thread with 3)


@make.mail(
    name(21), family="exchange", lang="en-US", interview=True, kind="cancelled",
    start=utc("2026-10-15 13:00", NY), end=utc("2026-10-15 14:00", NY),
    local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:00", zone=NY,
    contact="yolanda.pierce@piedmontuhs.org", company="Piedmont University Health System",
    note="Outlook/Exchange 'Canceled:' meeting (METHOD:CANCEL, TZID Eastern Standard Time); the body shows "
         "'(UTC-05:00) Eastern Time' but 15 Oct is EDT: 1:00-2:00 PM -> 17:00-18:00Z (cancelled slot). "
         "Hiring paused, no new time. Contact = ORGANIZER/sender (department coordinator).",
)
def m21() -> bytes:
    body = t("""
        When: Thursday, October 15, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Jordan - I'm sorry to have to cancel this. The department has paused hiring for the
        Biostatistician II position pending the FY27 budget review, so Dr. Marsh is cancelling all
        second-round interviews for now. Tanya Brooks in Talent Acquisition will be in touch if the
        requisition reopens.

        Yolanda Pierce
        Administrative Coordinator
        Department of Biostatistics & Bioinformatics, Piedmont University Health System

        ________________________________________________________________________________
        Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
        Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTQ1ZGM2@thread.v2/0>
        Meeting ID: 271 554 930 882
        Passcode: 7Xe4pR
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">When: Thursday, October 15, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US &amp; Canada).<br>
        Where: Microsoft Teams Meeting</p>
        <p class="MsoNormal"><span style="color:#5A5A5A">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Jordan - I&#8217;m sorry to have to cancel this. The department has paused hiring for the
        Biostatistician II position pending the FY27 budget review, so Dr. Marsh is cancelling all second-round
        interviews for now. Tanya Brooks in Talent Acquisition will be in touch if the requisition reopens.</p>
        <p class="MsoNormal">Yolanda Pierce<br>Administrative Coordinator<br>Department of Biostatistics &amp;
        Bioinformatics, Piedmont University Health System</p>
        <div style="max-width:1024px">
        <p class="MsoNormal">________________________________________________________________________________</p>
        <p class="MsoNormal"><b><span style="font-size:18pt;color:#252424">Microsoft Teams</span></b>
        <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTQ1ZGM2@thread.v2/0">
        Join the meeting now</a><br>Meeting ID: 271 554 930 882<br>Passcode: 7Xe4pR</p>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Pierce, Yolanda:mailto:yolanda.pierce@piedmontuhs.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jordan.whitaker@example.org:mailto:jordan.whitaker@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marsh, Helen":mailto:helen.marsh@piedmontuhs.org
DESCRIPTION;LANGUAGE=en-US:Jordan - I'm sorry to have to cancel this. The department has paused hiring.\\n
UID:040000008200E00074C5B7101A82E00800000000D02B6E7C1B5BDC01000000000000000010000000C4E8A2F1B37D4A49B0C1D2E3F4A5B6C7
SUMMARY;LANGUAGE=en-US:Canceled: Biostatistician II - second interview (J. Whitaker)
DTSTART;TZID=Eastern Standard Time:20261015T130000
DTEND;TZID=Eastern Standard Time:20261015T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261013T190210Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1421086532
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Pierce, Yolanda", "yolanda.pierce@piedmontuhs.org"),
        "Canceled: Biostatistician II - second interview (J. Whitaker)",
        "2026-10-13 15:02:10", NY, "<BL1PR05MB8123F4D2A9C7E6B1059D3A8F2C1E@BL1PR05MB8123.namprd05.prod.outlook.com>",
        mx("from NAM12-BL1-obe.outbound.protection.outlook.com (mail-bl1nam12on2093.outbound.protection.outlook.com "
           "[40.107.221.93])", "2026-10-13 15:02:10", NY, "Cd6Ef0Gh4i"),
        extra=(("Thread-Topic", "Biostatistician II - second interview (J. Whitaker)"),
               ("Thread-Index", "AdtC9q0s1xZ4Wm3nR8eYbVk2Lp7Hfg=="),
               ("Importance", "high"), ("X-Priority", "1"), ("Content-Language", "en-US"),
               ("X-MS-Exchange-Calendar-Originator-Id", "6f0a2c1e-93b4-4d57-a8e2-1b7c9d0e3f54")),
    )
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- 22 Calendly cancellation (thread with 11)


@make.mail(
    name(22), family="calendly", lang="en-US", interview=True, kind="cancelled",
    start=utc("2026-10-16 11:00", NY), end=utc("2026-10-16 11:30", NY),
    local="Fri 2026-10-16 11:00", local_end="2026-10-16 11:30", zone=NY,
    contact="erin.castillo@milehightrials.com", company="Mile High Trials",
    note="Calendly cancellation by the host; cancelled slot 11:00am-11:30am Eastern (EDT) -> 15:00-15:30Z; "
         "'I'll send you a new link' - no new time. No ICS; contact = Reply-To host.",
)
def m22() -> bytes:
    body = t("""
        Hi Jordan Whitaker,

        Erin Castillo has canceled the event below.

        Event Type:
        Biostatistician Interview (30 min)

        Event Date/Time:
        11:00am - 11:30am (Eastern Time - US & Canada) on Friday, October 16, 2026

        Canceled by:
        Erin Castillo

        Reason for canceling:
        So sorry Jordan - I have to fly to a site visit on Friday at short notice. I'll send you a
        new link as soon as I'm back in Denver next week.

        Schedule another time with Erin Castillo:
        https://calendly.com/erin-castillo-mht

        Powered by Calendly.com
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <div style="max-width:540px;margin:0 auto;padding:24px">
        <p>Hi Jordan Whitaker,</p>
        <p><b>Erin Castillo</b> has canceled the event below.</p>
        <p style="color:#666;margin-bottom:0">Event Type:</p><p style="margin-top:0"><s>Biostatistician Interview (30 min)</s></p>
        <p style="color:#666;margin-bottom:0">Event Date/Time:</p><p style="margin-top:0"><s>11:00am - 11:30am (Eastern Time -
        US &amp; Canada) on Friday, October 16, 2026</s></p>
        <p style="color:#666;margin-bottom:0">Canceled by:</p><p style="margin-top:0">Erin Castillo</p>
        <p style="color:#666;margin-bottom:0">Reason for canceling:</p><p style="margin-top:0">So sorry Jordan &ndash; I have
        to fly to a site visit on Friday at short notice. I&#39;ll send you a new link as soon as I&#39;m back in
        Denver next week.</p>
        <p><a href="https://calendly.com/erin-castillo-mht">Schedule another time with Erin Castillo</a></p>
        <p style="font-size:12px;color:#999">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    hs = head(
        addr("Calendly", "notifications@calendly.com"),
        "Canceled: Biostatistician Interview (30 min) with Erin Castillo on Friday, October 16, 2026",
        "2026-10-14 12:10:45", NY, "<0100019aa2d81f07-93c5e2b1-4a7d-4c0e-b8f3-61d2e9a05c74-000000@email.amazonses.com>",
        mx("from a9-52.smtp-out.amazonses.com (a9-52.smtp-out.amazonses.com [54.240.9.52])",
           "2026-10-14 12:10:45", NY, "Jk9Lm3No5p"),
        extra=(("Reply-To", addr("Erin Castillo", "erin.castillo@milehightrials.com")),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 23 prose cancellation with a proposed new time (thread with 6)


@make.mail(
    name(23), family="human_prose", lang="en-US", interview=True, kind="cancelled",
    start=utc("2026-10-14 11:30", NY), end=utc("2026-10-14 13:00", NY),
    local="Wed 2026-10-14 11:30", local_end="2026-10-14 13:00", zone=NY,
    contact="samuel.ortiz@potomacoutcomes.com", company="Potomac Outcomes Research",
    note="Hiring manager cancels Wednesday's on-site '(10/14, 11:30-1:00)' (EDT -> 15:30-17:00Z, the "
         "cancelled slot) and only proposes Monday 10/19 'if that works' -> cancelled, not rescheduled. "
         "Phone-written, iso-8859-1 QP. Contact = sender.",
    days=(("Mon", "2026-10-19"),),
)
def m23() -> bytes:
    body = t("""
        Jordan,

        Apologies for the short notice - I have to cancel Wednesday's on-site (10/14, 11:30-1:00). I've
        been called for jury duty at D.C. Superior Court and can't get out of it, and I don't want you
        to come in without me there (we'd even booked lunch at Café Olé downstairs).

        Could we try Monday 10/19, also 11:30? If that works, I'll have Lauren send a fresh invite;
        if not, send me two or three times that suit you next week.

        Again, sorry - the team was looking forward to it.

        Sam

        Samuel Ortiz, PhD
        VP, Health Economics & Outcomes Research
        Potomac Outcomes Research

        Sent from my iPad - please excuse brevity and typos
        """)
    hs = head(
        addr("Samuel Ortiz", "samuel.ortiz@potomacoutcomes.com"),
        "Wednesday on-site - need to cancel",
        "2026-10-12 07:55:31", NY, "<7B3E2D91-C4F0-4A6B-9E58-1D0C2F7A3B64@potomacoutcomes.com>",
        mx("from mail-qv1-f47.google.com (mail-qv1-f47.google.com [209.85.219.47])", "2026-10-12 07:55:31",
           NY, "Qr1St5Uv9w"),
        extra=(("Cc", addr("Lauren Pike", "lauren.pike@potomacoutcomes.com")), ("X-Mailer", "iPad Mail (22A3354)")),
    )
    return message(hs, text(body, charset="iso-8859-1"))


# =========================================================================== negatives (keys 24-50)


# --------------------------------------------------------------------------- 24 rejection (Personio)


@make.mail(
    name(24), family="rejection", lang="en-US", interview=False, company="Kestrel Health Data",
    note="Personio rejection at the application stage ('not to invite you to an interview'); confirms nothing. "
         "iso-8859-15 QP.",
)
def m24() -> bytes:
    body = t("""
        Dear Jordan,

        Thank you for your interest in Kestrel Health Data and for applying for the position of
        Senior Biostatistician (Remote - US).

        We received a large number of strong applications. After careful review, we have decided not
        to invite you to an interview for this role, as we are moving forward with candidates whose
        experience more closely matches our current needs in medical-device submissions.

        This was not an easy decision, and we would be glad to keep your details in our talent pool
        for future openings. If you would rather we didn't, you can withdraw your consent at any time
        via the link in your applicant portal.

        We wish you every success in your search.

        Kind regards,
        Zoë van Dijk
        Talent Acquisition, Kestrel Health Data B.V.

        This e-mail was sent via Personio.
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    hs = head(
        addr("Kestrel Health Data", "no-reply@mail.personio.de"),
        "Your application as Senior Biostatistician (Remote - US)",
        "2026-11-17 10:12:40", "Europe/Amsterdam", "<0102019b1c4e7a2d-6f8e3b21-c09a-4d57-8e1f-2a3b4c5d6e7f-000000@eu-central-1.amazonses.com>",
        mx("from b224-14.smtp-out.eu-central-1.amazonses.com (b224-14.smtp-out.eu-central-1.amazonses.com "
           "[69.169.224.14])", "2026-11-17 10:12:40", "Europe/Amsterdam", "Rs2Tu6Vw0x"),
    )
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


# --------------------------------------------------------------------------- 25 offer, with a fixed walk-through call (thread with 9)


@make.mail(
    name(25), family="offer", lang="en-US", interview=False, company="Beacon Hill Biometrics",
    note="Offer after the 19 Nov onsite; it fixes a 30-minute offer walk-through call (Mon 7 Dec 10:00) and a "
         "deadline (Fri 11 Dec) - neither is an interview.",
    days=(("Thu", "2026-11-19"), ("Mon", "2026-12-07"), ("Fri", "2026-12-11")),
)
def m25() -> bytes:
    body = t("""
        Hi Jordan,

        Thank you for spending the day with us on Thursday, November 19 - the whole panel came away
        impressed. I'm delighted to let you know that we'd like to offer you the position of Senior
        Biostatistician at Beacon Hill Biometrics!

        The headline terms:
          - Base salary: $148,000
          - Target bonus: 10%
          - Sign-on bonus: $12,000
          - Start date: Monday, January 11, 2027 (flexible)
          - Remote-first, with quarterly visits to Boston

        Your formal offer letter is waiting for your signature in DocuSign (separate e-mail). I've
        also put 30 minutes on your calendar for Monday, December 7 at 10:00 AM ET so Naomi and I can
        walk you through the benefits and answer any questions - if that doesn't suit, just pick
        another time and let me know.

        We'd love to hear back by Friday, December 11, 2026.

        Congratulations, and welcome (we hope!),
        Hannah Cole
        Talent Acquisition Lead, Beacon Hill Biometrics
        hannah.cole@beaconhillbiometrics.com
        """)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    hs = head(
        addr("Hannah Cole", "hannah.cole@beaconhillbiometrics.com"),
        "Your offer from Beacon Hill Biometrics",
        "2026-12-04 16:30:02", NY, "<CAF3q9XbNt7zL2mR8wY1vK4pD0sQ6hJ@mail.gmail.com>",
        mx("from mail-oi1-f176.google.com (mail-oi1-f176.google.com [209.85.167.176])", "2026-12-04 16:30:02",
           NY, "Yz4Ab8Cd2e"),
        extra=(("Cc", addr("Marcus Bell", "marcus.bell@beaconhillbiometrics.com")),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 26 application receipt (softgarden)


@make.mail(
    name(26), family="application_ack", lang="en-US", interview=False, company="Vormann Medical",
    note="softgarden application receipt (HTML only); 'we will invite you for an interview' is conditional.",
)
def m26() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;background:#f2f2f2">
        <table align="center" width="600" style="background:#fff" cellpadding="24"><tr><td>
        <img src="https://vormann-medical.softgarden.io/assets/logo.png" alt="Vormann Medical" height="40">
        <h3>Thank you for your application</h3>
        <p>Dear Jordan Whitaker,</p>
        <p>Thank you for your application as <b>Biostatistician (m/f/d) &ndash; Clinical Evidence, Raleigh, NC</b>
        (Ref. 4471-US). We have received your documents and will review them carefully.</p>
        <p>If your profile matches the requirements, we will invite you for an interview with our Clinical
        Evidence team in Raleigh. Please allow up to three weeks for us to complete our review.</p>
        <p>You can check the status of your application at any time in your
        <a href="https://vormann-medical.softgarden.io/applicant/login">candidate account</a>.</p>
        <p>Best regards,<br>Your Recruiting Team<br>Vormann Medical Inc. &middot; 2800 Meridian Pkwy, Durham, NC</p>
        <p style="font-size:11px;color:#999">This is an automatically generated message. Replies to this address cannot
        be processed. Powered by softgarden.</p>
        </td></tr></table></body></html>
        """)
    hs = head(
        addr("Vormann Medical", "no-reply@softgarden.io"),
        "Your application: Biostatistician (m/f/d) - Clinical Evidence, Raleigh, NC",
        "2026-09-03 13:47:19", NY, "<sg.4471-US.88302117.1788803239@softgarden.io>",
        mx("from mx-out-2.softgarden.io (mx-out-2.softgarden.io [185.57.8.42])", "2026-09-03 13:47:19", NY,
           "Ef0Gh4Ij8k"),
        extra=(("Auto-Submitted", "auto-generated"),),
    )
    return message(hs, html(page))


# --------------------------------------------------------------------------- 27 job alert


@make.mail(
    name(27), family="job_alert", lang="en-US", interview=False, company=None,
    note="Job-board alert; 'Actively interviewing' and 'Interviews this week' badges confirm nothing.",
)
def m27() -> bytes:
    jobs = [
        ("Senior Biostatistician", "Pinehurst Clinical Partners", "Raleigh, NC (Hybrid)", "Actively interviewing"),
        ("Biostatistician II, Oncology", "Carolina Lakes Research", "Durham, NC", "Interviews this week"),
        ("Statistical Scientist", "Wolfpen Bio", "Remote (US)", "Posted 2 days ago"),
        ("Principal Biostatistician, RWE", "Granite Arch Health", "Charlotte, NC", "Easy apply"),
        ("Biostatistics Manager", "Haw River Therapeutics", "Morrisville, NC", "Be an early applicant"),
    ]
    lines = "\n".join(f"{a}\n{b} - {c}\n{d}\nhttps://www.hiretrail.com/jobs/view/{9130400 + i * 17}\n"
                      for i, (a, b, c, d) in enumerate(jobs))
    body = ("Your job alert for biostatistician near Raleigh, NC\n14 new jobs match your preferences.\n\n"
            + lines + "\nSee all jobs: https://www.hiretrail.com/jobs/search?alert=88213\n\n"
            "You're receiving this because you created a job alert on HireTrail.\n"
            "Unsubscribe: https://www.hiretrail.com/alerts/unsubscribe?id=88213\n")
    cards = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://www.hiretrail.com/jobs/view/'
        f'{9130400 + i * 17}" style="font-weight:bold;color:#0a66c2">{a}</a><br>{b} &middot; {c}<br>'
        f'<span style="color:#057642;font-size:12px">{d}</span></td></tr>\n'
        for i, (a, b, c, d) in enumerate(jobs))
    page = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><h2>14 new jobs for '
            '&quot;biostatistician&quot; near Raleigh, NC</h2><table width="560">\n' + cards
            + '</table><p><a href="https://www.hiretrail.com/jobs/search?alert=88213">See all jobs</a></p>'
            '<p style="font-size:11px;color:#888">You&#39;re receiving this because you created a job alert on HireTrail. '
            '<a href="https://www.hiretrail.com/alerts/unsubscribe?id=88213">Unsubscribe</a></p></body></html>\n')
    hs = head(
        addr("HireTrail Job Alerts", "jobalerts-noreply@hiretrail.com"),
        "14 new biostatistician jobs near Raleigh, NC",
        "2026-12-14 07:00:12", NY, "<alert.88213.20261214120012.3f7a@hiretrail.com>",
        mx("from mta-41.hiretrail.com (mta-41.hiretrail.com [198.51.100.41])", "2026-12-14 07:00:12", NY,
           "Kl2Mn6Op0q"),
        extra=(("List-Unsubscribe", "<https://www.hiretrail.com/alerts/unsubscribe?id=88213>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 28 newsletter / blog post about interviews


@make.mail(
    name(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
    note="Newsletter post on preparing for biostatistics interviews; announces a live AMA (Thu 8 Oct, 12 PM ET) "
         "- a fixed time, but no interview.",
    days=(("Thu", "2026-10-08"),),
)
def m28() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222">
        <div style="max-width:600px;margin:0 auto">
        <p style="font-family:Arial;font-size:13px;color:#888">The Clinical Data Digest &middot; Issue #112</p>
        <h1 style="font-size:28px">Your biostatistics interview is on Tuesday. Now what?</h1>
        <p>You&rsquo;ve got the confirmation e-mail, the calendar invite says 10:00 AM, and the hiring manager&rsquo;s
        name is on it. Here is how I would spend the three days before a technical interview for a
        biostatistics role.</p>
        <h3>1. Re-read your own SAP</h3>
        <p>Almost every panel asks you to walk through an analysis you owned. Know your estimand, your
        intercurrent-event strategy and why you picked MMRM over multiple imputation (or the reverse).</p>
        <h3>2. Expect the &ldquo;explain it to a clinician&rdquo; question</h3>
        <p>Practice a two-minute explanation of a hazard ratio that doesn&rsquo;t say &ldquo;proportional&rdquo;.</p>
        <h3>3. Follow up the same day</h3>
        <p>A short thank-you note within 24 hours still matters &ndash; keep it to four sentences.</p>
        <hr>
        <p><b>Live AMA:</b> I&rsquo;m answering your interview questions live this Thursday, October 8 at 12:00 PM ET.
        <a href="https://clinicaldatadigest.substack.com/p/live-ama-interviews">Save your spot</a>.</p>
        <p style="font-family:Arial;font-size:12px;color:#999">You&rsquo;re a free subscriber to The Clinical Data Digest.
        <a href="https://clinicaldatadigest.substack.com/action/disable_email">Unsubscribe</a></p>
        </div></body></html>
        """)
    hs = head(
        addr("The Clinical Data Digest", "clinicaldatadigest@substack.com"),
        "Your biostatistics interview is on Tuesday. Now what?",
        "2026-10-06 06:31:09", NY, "<20261006103109.3.a91f2c7e5b@substack.com>",
        mx("from mail-out.substack.com (mail-out.substack.com [167.89.71.12])", "2026-10-06 06:31:09", NY,
           "Rs4Tu8Vw2x"),
        extra=(("List-Unsubscribe", "<https://clinicaldatadigest.substack.com/action/disable_email?token=eyJ1>"),
               ("List-Id", "<clinicaldatadigest.substack.com>"), ("Precedence", "bulk")),
    )
    return message(hs, html(page))


# --------------------------------------------------------------------------- 29 pick a slot (Recruitee self-scheduling)


@make.mail(
    name(29), family="scheduling_link", lang="en-US", interview=False, company="Bluegate Clinical Informatics",
    note="Recruitee self-scheduling request: a window of days is offered (Mon 7 - Thu 10 Dec) but no slot is "
         "booked yet.",
    days=(("Mon", "2026-12-07"), ("Thu", "2026-12-10")),
)
def m29() -> bytes:
    body = t("""
        Hi Jordan,

        Thanks again for your application for Statistical Programmer / Biostatistician at Bluegate
        Clinical Informatics. We'd like to invite you to a 45-minute video interview with our hiring
        manager, Dr. Celeste Young.

        Please pick a time that suits you using the link below. Slots are available between Monday,
        December 7 and Thursday, December 10, 9:00 AM - 4:00 PM Eastern.

        Choose a time slot: https://bluegate.recruitee.com/o/statistical-programmer/schedule/7f3e2a1c

        Once you've picked a slot you'll receive a confirmation with the meeting link.

        Best regards,
        The Bluegate Talent Team
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    hs = head(
        addr("Bluegate Clinical Informatics", "no-reply@mg.recruitee.com"),
        "Pick a time for your interview with Bluegate Clinical Informatics",
        "2026-12-01 10:05:44", NY, "<20261201150544.1.4c7e9b2a0f13d58e@mg.recruitee.com>",
        mx("from mg-out-3.recruitee.com (mg-out-3.recruitee.com [69.72.35.3])", "2026-12-01 10:05:44", NY,
           "Xy6Za0Bc4d"),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 30 recruiter outreach, no time


@make.mail(
    name(30), family="recruiter_outreach", lang="en-US", interview=False, company="Summit Search Group",
    note="Agency cold outreach; asks for a call 'this week or next', nothing fixed.",
)
def m30() -> bytes:
    body = t("""
        Hi Jordan,

        I came across your profile and your talk on Bayesian borrowing at the Triangle stats meetup -
        really nice work. I'm partnering with a Boston-area cell-therapy company that's building out
        its biostatistics group and needs someone who has been the lead statistician on a Phase II.

        It's a Senior/Principal level role, remote-friendly, with a strong base and equity.

        Would you be open to a quick 15-minute call this week or next? I'm flexible - mornings tend to
        be easiest for me. If the timing isn't right, no worries at all, and happy to keep in touch.

        Best,
        Brooke Adler
        Principal, Life Sciences Practice
        Summit Search Group | Boston, MA
        brooke.adler@summitsearchgroup.com | 617-555-0147
        """)
    hs = head(
        addr("Brooke Adler", "brooke.adler@summitsearchgroup.com"),
        "Senior Biostatistician - Boston cell therapy (remote-friendly)",
        "2026-10-20 08:47:03", NY, "<PH7PR13MB6104A3F9C2D1E8B7650F4A2C9D3E@PH7PR13MB6104.namprd13.prod.outlook.com>",
        mx("from NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2121.outbound.protection.outlook.com "
           "[40.107.96.121])", "2026-10-20 08:47:03", NY, "Ef8Gh2Ij6k"),
    )
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --------------------------------------------------------------------------- 31 interview proposed, not confirmed


@make.mail(
    name(31), family="interview_proposed", lang="en-US", interview=False, company="Dogwood Bio",
    note="Agency recruiter proposes 'would Tues (10/6) at 10 work?' - a question, nothing booked yet. "
         "Company = the client.",
    days=(("Tue", "2026-10-06"),),
)
def m31() -> bytes:
    body = t("""
        hey! good news - Dogwood Bio liked ur resume and wants to set up a first call w/ their head of
        biometrics.

        would tues (10/6) at 10 work? or wed afternoon if thats better. lmk and i'll lock it in w/ their HR

        Kyle

        Sent from my iPhone
        """)
    hs = head(
        addr("Kyle Brennan", "kyle@triangletalentpartners.com"),
        "Dogwood Bio",
        "2026-10-01 17:22:48", NY, "<C91E4A0B-2F7D-4B83-A6C5-0E8D3F1B9A27@triangletalentpartners.com>",
        mx("from mail-pg1-f178.google.com (mail-pg1-f178.google.com [209.85.215.178])", "2026-10-01 17:22:48",
           NY, "Lm0No4Pq8r"),
        extra=(("X-Mailer", "iPhone Mail (22A3354)"),),
    )
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --------------------------------------------------------------------------- 32 doctor appointment


@make.mail(
    name(32), family="non_interview_calendar", lang="en-US", interview=False, company=None,
    note="Patient-portal appointment reminder with an ICS: a confirmed time, but a doctor's visit.",
    days=(("Tue", "2026-09-15"),),
)
def m32() -> bytes:
    body = t("""
        Appointment Reminder

        Jordan, you have an upcoming appointment:

        Tue, Sep 15, 2026 at 8:40 AM
        Annual Physical with Priya Desai, MD
        Oak City Family Medicine - Glenwood
        3320 Glenwood Ave, Suite 200, Raleigh, NC 27612

        Please arrive 15 minutes early to complete check-in and bring your insurance card.
        If you need to cancel or reschedule, please do so at least 24 hours in advance through
        HealthConnect or by calling (919) 555-0110.

        To confirm this appointment, reply C. To cancel, reply X.

        This message was sent from an unmonitored address.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HealthConnect//Patient Portal//EN
METHOD:PUBLISH
{VTZ[NY]}
BEGIN:VEVENT
UID:appt-77120458@healthconnect-portal.net
DTSTAMP:20260911T140002Z
DTSTART;TZID=America/New_York:20260915T084000
DTEND;TZID=America/New_York:20260915T092000
SUMMARY:Annual Physical - Priya Desai\\, MD
LOCATION:Oak City Family Medicine\\, 3320 Glenwood Ave\\, Suite 200\\, Raleigh\\, NC
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Oak City Family Medicine", "noreply@healthconnect-portal.net"),
        "Appointment Reminder: Tue, Sep 15 at 8:40 AM",
        "2026-09-11 10:00:02", NY, "<appt-77120458.reminder.1789135202@healthconnect-portal.net>",
        mx("from out-7.healthconnect-portal.net (out-7.healthconnect-portal.net [203.0.113.7])",
           "2026-09-11 10:00:02", NY, "St2Uv6Wx0y"),
    )
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 33 car service


@make.mail(
    name(33), family="non_interview_appointment", lang="en-US", interview=False, company=None,
    note="Dealership service appointment with a fixed time (Sat 3 Oct, 7:30 AM); not an interview.",
    days=(("Sat", "2026-10-03"),),
)
def m33() -> bytes:
    body = t("""
        Hi Jordan,

        Your service appointment is confirmed.

        Date:     Saturday, October 3, 2026
        Time:     7:30 AM (drop-off)
        Vehicle:  2021 Subaru Outback, 30,000-mile service + state inspection
        Advisor:  Luis Ortega

        Glenwood Motors Service Center
        5100 Capital Blvd, Raleigh, NC 27616
        (919) 555-0155

        Estimated time: about 2.5 hours. Shuttle service is available within 10 miles - let your
        advisor know when you arrive. Need to change your appointment? Reply to this text or call us.

        Glenwood Motors
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    hs = head(
        addr("Glenwood Motors Service", "service@glenwoodmotors-mail.com"),
        "Service appointment confirmed - Sat, Oct 3 at 7:30 AM",
        "2026-09-30 18:12:55", NY, "<svc.560914.20260930221255@glenwoodmotors-mail.com>",
        mx("from smtp.glenwoodmotors-mail.com (smtp.glenwoodmotors-mail.com [192.0.2.55])", "2026-09-30 18:12:55",
           NY, "Ab3Cd7Ef1g"),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 34 parent-teacher conference


@make.mail(
    name(34), family="non_interview_appointment", lang="en-US", interview=False, company=None,
    note="Parent-teacher conference confirmed for Thu 22 Oct 4:15 PM; not a job interview.",
    days=(("Thu", "2026-10-22"),),
)
def m34() -> bytes:
    body = t("""
        Hello Mr./Ms. Whitaker,

        Thank you for signing up! This confirms your fall parent-teacher conference for Maya:

        Thursday, October 22, 2026 at 4:15 PM
        Room 114 (2nd grade hallway), Millbrook Pines Elementary

        Conferences are 15 minutes. If you'd prefer to meet by phone, reply and I'll call you at the
        same time instead. I'll have Maya's reading portfolio and her math benchmark results ready
        to look at together.

        See you then!
        Ana Delgado
        2nd Grade, Millbrook Pines Elementary
        """)
    hs = head(
        addr("Ana Delgado", "adelgado@millbrookpines-es.org"),
        "Conference confirmation - Maya W. (Thu 10/22)",
        "2026-10-16 15:40:21", NY, "<CAE5pL8r0Yq3vXz2nM7kT1wB9sD4fG6hJ@mail.gmail.com>",
        mx("from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", "2026-10-16 15:40:21",
           NY, "Hi5Jk9Lm3n"),
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 35 current job: farewell lunch (Exchange)


@make.mail(
    name(35), family="non_interview_calendar", lang="en-US", interview=False, company=None,
    note="Outlook/Exchange invite from the current manager (Windows zone) for a team farewell lunch; a fixed "
         "time at the current job, not an interview.",
    days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
)
def m35() -> bytes:
    body = t("""
        When: Thursday, November 12, 2026 12:00 PM-1:30 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Oak & Ember, 2015 Glenwood Ave

        *~*~*~*~*~*~*~*~*~*

        Team - Jordan's contract wraps up on Friday, November 13, so let's send them off properly.
        Lunch is on the department. Please accept so I can give the restaurant a headcount.

        Jordan - you don't get a vote on the restaurant. :)

        Mike
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Mike Harrelson:mailto:mike.harrelson@longleafclinical.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Biostatistics Team:mailto:biostats-team@longleafclinical.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Whitaker:mailto:jordan.whitaker@longleafclinical.com
DESCRIPTION;LANGUAGE=en-US:Team - Jordan's contract wraps up on Friday\\, November 13\\, so let's send them off properly.\\n
UID:040000008200E00074C5B7101A82E0080000000050A7C3E4F26ADC01000000000000000010000000F2A4C6E8B1D3F5A7C9E0B2D4F6A8C0E2
SUMMARY;LANGUAGE=en-US:Farewell lunch for Jordan
DTSTART;TZID=Eastern Standard Time:20261112T120000
DTEND;TZID=Eastern Standard Time:20261112T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261103T145511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Oak & Ember\\, 2015 Glenwood Ave
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Harrelson, Mike", "mike.harrelson@longleafclinical.com"),
        "Farewell lunch for Jordan",
        "2026-11-03 09:55:11", NY, "<CH3PR02MB9178D2E6F1A4B8C370E5D9A1B2C3@CH3PR02MB9178.namprd02.prod.outlook.com>",
        received("from mail.longleafclinical.com (mail.longleafclinical.com [192.0.2.80])", "2026-11-03 09:55:11",
                 NY, "mx1.example.org (Postfix) with ESMTPS id Op7Qr1St5u", ME),
        to="Biostatistics Team <biostats-team@longleafclinical.com>",
        extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", "jordan.whitaker@longleafclinical.com " + ME),
               ("Thread-Topic", "Farewell lunch for Jordan"), ("Content-Language", "en-US")),
    )
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">When: Thursday, November 12, 2026 12:00 PM-1:30 PM (UTC-05:00) Eastern Time (US &amp; Canada).<br>
        Where: Oak &amp; Ember, 2015 Glenwood Ave</p>
        <p class="MsoNormal">*~*~*~*~*~*~*~*~*~*</p>
        <p class="MsoNormal">Team - Jordan&#8217;s contract wraps up on Friday, November 13, so let&#8217;s send them off
        properly. Lunch is on the department. Please accept so I can give the restaurant a headcount.</p>
        <p class="MsoNormal">Jordan - you don&#8217;t get a vote on the restaurant. :)</p>
        <p class="MsoNormal">Mike</p>
        </div></body></html>
        """)
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 36 webinar (Zoom registration)


@make.mail(
    name(36), family="marketing_webinar", lang="en-US", interview=False, company=None,
    note="Zoom webinar registration ('Interviewing for biostatistics roles') with an ICS: a fixed time, but "
         "a webinar, not the candidate's interview.",
    days=(("Wed", "2026-10-21"),),
)
def m36() -> bytes:
    body = t("""
        Hi Jordan Whitaker,

        Thank you for registering for "Interviewing for Biostatistics Roles: What Hiring Managers
        Actually Ask".

        Date & Time: Oct 21, 2026 12:00 PM Eastern Time (US and Canada)

        You can find information about this webinar below.

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/83310927745?tk=Zq2Kd9&uuid=WN_b7T3qz

        Passcode: 640812

        Add to Calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        Hosted by the Biopharm Stats Network career committee. Panelists: three hiring managers from
        CROs and big pharma will walk through real interview questions, followed by live Q&A.

        You can cancel your registration at any time.

        Thank you!
        """)
    page = ("<html><body style=\"font-family:Lato,Arial,sans-serif;font-size:14px;color:#232333\">"
            + "".join(f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VTZ[NY]}
BEGIN:VEVENT
DTSTAMP:20261012T153001Z
DTSTART;TZID=America/New_York:20261021T120000
DTEND;TZID=America/New_York:20261021T130000
SUMMARY:Interviewing for Biostatistics Roles: What Hiring Managers Actually Ask
UID:20261012T153001Z-83310927745@fe80:0:0:0:e0f6:ff:fe7b:1d2a%ens5
TZID:America/New_York
DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/83310927745?tk=Zq2Kd9
LOCATION:https://us06web.zoom.us/w/83310927745?tk=Zq2Kd9
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Biopharm Stats Network", "no-reply@zoom.us"),
        'Confirmation: "Interviewing for Biostatistics Roles: What Hiring Managers Actually Ask"',
        "2026-10-12 11:30:01", NY, "<WRF8kQb2TmS0x7dL9pV1_nA@zoom.us>",
        mx("from mailout-9.zoom.us (mailout-9.zoom.us [170.114.52.9])", "2026-10-12 11:30:01", NY, "Vw9Xy3Za7b"),
    )
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method=None, ctype="application/ics", filename="webinar.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 37 podcast interview (the candidate as guest)


@make.mail(
    name(37), family="podcast", lang="en-US", interview=False, company=None,
    note="Podcast host confirms recording 'our interview' with the candidate as guest, Mon 16 Nov 3:00 PM ET; "
         "a confirmed time, not a job interview.",
    days=(("Mon", "2026-11-16"),),
)
def m37() -> bytes:
    body = t("""
        Hi Jordan,

        Wonderful - we're locked in! Our interview is confirmed for Monday, November 16 at 3:00 PM ET.
        We'll record on Riverside; here's your guest link:
        https://riverside.fm/studio/significant-figures?t=4b1c9e

        Plan for about 45 minutes of conversation plus 10 minutes of tech check beforehand. A decent
        pair of wired headphones makes a big difference. Rough outline:

          1. How you ended up in biostatistics
          2. The Bayesian borrowing talk from the Triangle meetup
          3. Advice for early-career statisticians who are interviewing right now

        Episode should go out in early December. Thanks so much for doing this!

        Ravi Anand
        Host, Significant Figures - a podcast about the people behind the p-values
        ravi@significantfigurespod.com
        """)
    hs = head(
        addr("Ravi Anand", "ravi@significantfigurespod.com"),
        "Significant Figures - interview confirmed!",
        "2026-11-06 13:14:27", NY, "<CAM9kR2tW5zQ0pL7vX3nB8yD1sF4gH6jK@mail.gmail.com>",
        mx("from mail-ua1-f51.google.com (mail-ua1-f51.google.com [209.85.222.51])", "2026-11-06 13:14:27",
           NY, "Cd1Ef5Gh9i"),
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 38 journalist interviewing the candidate ("tomorrow")


@make.mail(
    name(38), family="press", lang="en-US", interview=False, company=None,
    note="Newspaper reporter confirms a phone interview with the candidate 'tomorrow at 11' about a published "
         "study (Date Tue 10 Nov -> Wed 11 Nov); a confirmed time, not a job interview.",
)
def m38() -> bytes:
    body = t("""
        Hi Jordan,

        Thanks for getting back to me so quickly. Confirming our phone interview tomorrow at 11 -
        I'll call you at the number you sent. It should take 20 minutes or so.

        I'm mostly interested in how to explain the vaccine-uptake findings to readers: what the
        confidence intervals mean in plain language, and why the county-level numbers look different
        from the state average. I may quote you by name unless you'd prefer otherwise.

        Talk tomorrow,
        Claire Hutchins
        Health Reporter, The Raleigh Ledger
        (919) 555-0183
        """)
    hs = head(
        addr("Claire Hutchins", "chutchins@raleighledger.com"),
        "Re: Interview request - county vaccine-uptake study",
        "2026-11-10 16:05:39", NY, "<BY5PR11MB4008C3A2E1F9D7B6580E4C1A2B3D@BY5PR11MB4008.namprd11.prod.outlook.com>",
        mx("from NAM11-BY5-obe.outbound.protection.outlook.com (mail-by5nam11on2070.outbound.protection.outlook.com "
           "[40.107.220.70])", "2026-11-10 16:05:39", NY, "Jk3Lm7No1p"),
        extra=(("In-Reply-To", "<CAJw8xR2tL7@mail.example.org>"), ("References", "<CAJw8xR2tL7@mail.example.org>")),
    )
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --------------------------------------------------------------------------- 39 coach: mock interview session (Calendly)


@make.mail(
    name(39), family="mock_interview", lang="en-US", interview=False, company=None,
    note="Calendly booking with a career coach for a 'Mock Interview - Onsite Prep' session (Mon 16 Nov "
         "6:30-7:30pm ET) plus an offer of more mock interviews; a fixed time, not a job interview.",
)
def m39() -> bytes:
    body = t("""
        Hi Jordan Whitaker,

        Your Mock Interview - Onsite Prep (60 min) with Rochelle Baptiste at 6:30pm (Eastern Time -
        US & Canada) on Monday, November 16, 2026 is scheduled.

        Event Type:
        Mock Interview - Onsite Prep (60 min)

        Event Date/Time:
        6:30pm - 7:30pm (Eastern Time - US & Canada) on Monday, November 16, 2026

        Location:
        Google Meet: https://meet.google.com/rbx-qpte-vno

        Description:
        A full-length practice onsite: one technical round, one behavioral round, and written
        feedback within 24 hours. Want more practice before the real thing? Ask about the 3-session
        mock interview bundle ($390).

        Questions:
        What is the role and when is your real interview?
        Senior Biostatistician, Beacon Hill Biometrics - onsite on the 19th.

        Cancel or reschedule:
        https://calendly.com/cancellations/2b9e4f71-08ac-4d3e-a5c2-9e1f7d6b0a83

        Powered by Calendly.com
        """)
    page = ("<html><body style=\"font-family:'Proxima Nova',Helvetica,Arial,sans-serif;font-size:15px\">"
            + "".join(f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    hs = head(
        addr("Calendly", "notifications@calendly.com"),
        "Confirmed: Mock Interview - Onsite Prep (60 min) with Rochelle Baptiste on Monday, November 16, 2026",
        "2026-11-13 21:02:18", NY, "<0100019b0e7a55c3-1f4d8b92-6e0a-4c37-9d15-b2a8e3f7c061-000000@email.amazonses.com>",
        mx("from a9-60.smtp-out.amazonses.com (a9-60.smtp-out.amazonses.com [54.240.9.60])",
           "2026-11-13 21:02:18", NY, "Qr7St1Uv5w"),
        extra=(("Reply-To", addr("Rochelle Baptiste", "rochelle@baptistecareercoaching.com")),),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 40 current job: interviewer training (Exchange)


@make.mail(
    name(40), family="interviewer_training", lang="en-US", interview=False, company=None,
    note="Exchange invite at the current job for mandatory interviewer training (Wed 23 Sep 10:00-11:30); "
         "'interview' is all over it but the candidate is a trainee interviewer.",
    days=(("Wed", "2026-09-23"),),
)
def m40() -> bytes:
    body = t("""
        When: Wednesday, September 23, 2026 10:00 AM-11:30 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi all,

        You're receiving this because you've been added to an interview panel for one of our open
        Biostatistics or Programming requisitions. Before you can be scheduled to interview
        candidates in Greenhouse, you need to complete Structured Interviewing & Bias Awareness.

        We'll cover the interview kit, scorecards, and how to write feedback that holds up.

        Thanks,
        Kara Jennings
        People Team, Longleaf Clinical Analytics

        ________________________________________________________________________________
        Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
        Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ3NjE4@thread.v2/0>
        Meeting ID: 219 004 337 561
        Passcode: b9Ls2W
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kara Jennings:mailto:kara.jennings@longleafclinical.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Whitaker:mailto:jordan.whitaker@longleafclinical.com
DESCRIPTION;LANGUAGE=en-US:Structured Interviewing & Bias Awareness - required before joining an interview panel.\\n
UID:040000008200E00074C5B7101A82E00800000000A1F3B5C7D92ADC01000000000000000010000000B3D5F7A9C1E3A5C7E9F1A3B5C7D9E1F3
SUMMARY;LANGUAGE=en-US:Required: Structured Interviewing & Bias Awareness (interviewer certification)
DTSTART;TZID=Eastern Standard Time:20260923T100000
DTEND;TZID=Eastern Standard Time:20260923T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260917T133022Z
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
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Jennings, Kara", "kara.jennings@longleafclinical.com"),
        "Required: Structured Interviewing & Bias Awareness (interviewer certification)",
        "2026-09-17 09:30:22", NY, "<SN6PR02MB4112E9A3C5D7F1B2460A8C3E5D7F@SN6PR02MB4112.namprd02.prod.outlook.com>",
        received("from mail.longleafclinical.com (mail.longleafclinical.com [192.0.2.80])", "2026-09-17 09:30:22",
                 NY, "mx1.example.org (Postfix) with ESMTPS id Wx5Yz9Ab3c", ME),
        to=addr("Jordan Whitaker", "jordan.whitaker@longleafclinical.com"),
        extra=(("X-Forwarded-To", ME), ("Thread-Topic", "Required: Structured Interviewing & Bias Awareness"),
               ("Content-Language", "en-US")),
    )
    return message(hs, alt(text(body), calendar(ics)))


# --------------------------------------------------------------------------- 41 current job: Jordan asked to interview a candidate


@make.mail(
    name(41), family="interviewer_invite", lang="en-US", interview=False, company=None,
    note="Google Calendar invite at the current job asking the candidate to interview someone else "
         "(Greenhouse interview kit, Tue 13 Oct 2:00-2:45pm); Jordan is the interviewer, not the interviewee.",
    days=(("Tue", "2026-10-13"),),
)
def m41() -> bytes:
    title = "Interview: Priya Natarajan (Senior Statistical Programmer) - Technical / Jordan Whitaker"
    body = t(f"""
        You have been invited to the following event.

        {title}
        Tuesday Oct 13, 2026 ⋅ 2pm – 2:45pm
        Eastern Time - New York

        Join with Google Meet
        https://meet.google.com/fdu-wkcn-yzq

        Hi Jordan - thanks for jumping in as the technical interviewer for Priya. Your focus is SAS/R
        programming and ADaM. Interview kit and scorecard:
        https://app.greenhouse.io/guides/41882337/people/118240557?application_id=209771046
        Please submit your scorecard in Greenhouse within 24 hours.

        Organizer
        Tasha Monroe
        tasha.monroe@longleafclinical.com

        Guests
        Tasha Monroe - organizer
        jordan.whitaker@longleafclinical.com
        priya.natarajan.stats@example.com

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[NY]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261013T140000
DTEND;TZID=America/New_York:20261013T144500
DTSTAMP:20261008T171203Z
ORGANIZER;CN=Tasha Monroe:mailto:tasha.monroe@longleafclinical.com
UID:6n3b0v7k2q9s5d1m8c4x0j7l2r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jordan.whitaker@longleafclinical.com;X-NUM-GUESTS=0:mailto:jordan.whitaker@longleafclinical.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Natarajan;X-NUM-GUESTS=0:mailto:priya.natarajan.stats@example.com
DESCRIPTION:Interview kit: https://app.greenhouse.io/guides/41882337/people/118240557
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Tasha Monroe", "tasha.monroe@longleafclinical.com"),
        f"Invitation: {title} @ Tue Oct 13, 2026 2pm - 2:45pm (EDT) (jordan.whitaker@longleafclinical.com)",
        "2026-10-08 13:12:03", NY, "<calendar-91e4c0a7-3d25-4b8f-a06e-5c2f7d1b9e38@google.com>",
        received("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", "2026-10-08 13:12:03",
                 NY, "mx1.example.org (Postfix) with ESMTPS id De7Fg1Hi5j", ME),
        to="jordan.whitaker@longleafclinical.com",
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Reply-To", "tasha.monroe@longleafclinical.com"), ("X-Forwarded-To", ME)),
    )
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 42 out-of-office auto-reply


@make.mail(
    name(42), family="auto_reply", lang="en-US", interview=False, company="Queen City Health Analytics",
    note="Outlook automatic reply from the recruiter to the candidate's 'Interview Confirmation' thread; "
         "'out of the office through Friday, October 9' - no interview time.",
    days=(("Fri", "2026-10-09"),),
)
def m42() -> bytes:
    body = t("""
        Thank you for your message. I am out of the office through Friday, October 9 with limited
        access to e-mail. I will respond when I return.

        If you are a candidate with an interview scheduled during this time, your interview will go
        ahead as planned. For anything urgent, please contact our team at
        talentacquisition@qchealthanalytics.com.

        Brandon Tate
        Talent Acquisition Specialist | Queen City Health Analytics
        """)
    hs = head(
        addr("Brandon Tate", "brandon.tate@qchealthanalytics.com"),
        "Automatic reply: Interview Confirmation – Biostatistician III – Real-World Evidence",
        "2026-10-07 09:14:06", NY, "<e6b1d0f2c93a4e8fa2d7b5c1e0f39a84@CY4PR07MB3021.namprd07.prod.outlook.com>",
        mx("from NAM12-CY4-obe.outbound.protection.outlook.com (mail-cy4nam12on2104.outbound.protection.outlook.com "
           "[40.107.243.104])", "2026-10-07 09:14:06", NY, "Kl9Mn3Op7q"),
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("In-Reply-To", "<CAJw8xR7hV3@mail.example.org>"), ("References", "<CAJw8xR7hV3@mail.example.org>"),
               ("Thread-Topic", "Interview Confirmation – Biostatistician III – Real-World Evidence")),
    )
    # Thread-Topic repeats the subject unencoded in real mail; keep the header ASCII here.
    hs = [(k, enc(v) if k == "Thread-Topic" else v) for k, v in hs]
    return message(hs, text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 43 bounce of the candidate's thank-you note


@make.mail(
    name(43), family="bounce", lang="en-US", interview=False, company=None,
    note="Delivery status notification (multipart/report) for the candidate's own thank-you note after the "
         "4 Nov interview (mistyped address); the quoted original talks about the interview but nothing is "
         "scheduled.",
)
def m43() -> bytes:
    orig = message([
        ("From", JORDAN),
        ("To", addr("Grace Whitfield", "grace.whitfeld@harborlightgenomics.com")),
        ("Subject", "Thank you - Statistical Geneticist II interview"),
        ("Date", date("2026-11-04 17:58:40", NY)),
        ("Message-ID", "<CAJw8xR4gW1x@mail.example.org>"),
    ], text(t("""
        Hi Grace,

        Thank you for taking the time to speak with me this afternoon. I really enjoyed hearing
        how the team is approaching polygenic risk scores in the rare-disease cohort, and our
        conversation about GWAS QC made me even more excited about the role.

        I look forward to hearing about next steps.

        Best regards,
        Jordan Whitaker
        """), cte="7bit", charset="us-ascii"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <grace.whitfeld@harborlightgenomics.com>: host
            harborlightgenomics-com.mail.protection.outlook.com[52.101.40.3] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Nf8Qm2Xz1
        X-Postfix-Sender: rfc822; jordan.whitaker@example.org
        Arrival-Date: Wed,  4 Nov 2026 22:58:41 +0000 (UTC)

        Final-Recipient: rfc822; grace.whitfeld@harborlightgenomics.com
        Original-Recipient: rfc822;grace.whitfeld@harborlightgenomics.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; harborlightgenomics-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    report = make.multipart(
        "report",
        text(notice, cte="7bit", charset="us-ascii", extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                      status),
        attached_message(orig),
        params="report-type=delivery-status",
    )
    hs = [
        ("Delivered-To", ME),
        ("Received", "by mx1.example.org (Postfix)\r\n id 7Dk2Wq9Lp4; Wed,  4 Nov 2026 22:58:44 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Wed,  4 Nov 2026 22:58:44 +0000 (UTC)"),
        ("Message-ID", "<20261104225844.7Dk2Wq9Lp4@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


# --------------------------------------------------------------------------- 44 mailing list post


@make.mail(
    name(44), family="mailing_list", lang="en-US", interview=False, company=None,
    note="Regional statistics mailing-list post forwarding a job ad; 'interviews will be held the week of "
         "November 2' is about the ad's own hiring, not the candidate.",
    days=(("Fri", "2026-10-30"),),
)
def m44() -> bytes:
    body = t("""
        Forwarding for a colleague - please share with anyone who might be interested.

        ---- Job posting ----
        Research Biostatistician, Center for Rural Health Outcomes
        Eno River University, Hillsborough, NC (hybrid)

        The Center seeks an MS/PhD biostatistician to lead analyses for two NIH-funded cohort
        studies. Review of applications begins immediately; interviews will be held the week of
        November 2. Apply by Friday, October 30 at https://jobs.enoriver.example.edu/req/11873.

        Questions to the search chair, Dr. Felicia Grant.
        ---------------------

        Marta

        _______________________________________________
        TriStat-L mailing list
        TriStat-L@lists.tristat.org
        https://lists.tristat.org/mailman/listinfo/tristat-l
        """)
    hs = head(
        addr("Marta Kowalski via TriStat-L", "tristat-l@lists.tristat.org"),
        "[TriStat-L] Job: Research Biostatistician, Eno River University (interviews week of Nov 2)",
        "2026-10-26 12:03:55", NY, "<4a7f1c2e-8d90-4b3a-b6e5-0c1d2f3a4b5c@lists.tristat.org>",
        mx("from lists.tristat.org (lists.tristat.org [198.51.100.77])", "2026-10-26 12:03:55", NY, "Rs5Tu9Vw3x"),
        to="TriStat-L <tristat-l@lists.tristat.org>",
        extra=(("Reply-To", addr("Marta Kowalski", "mkowalski@enoriver.example.edu")),
               ("Cc", addr("Marta Kowalski", "mkowalski@enoriver.example.edu")),
               ("Sender", "TriStat-L <tristat-l-bounces@lists.tristat.org>"),
               ("List-Id", "Triangle statistics community <tristat-l.lists.tristat.org>"),
               ("List-Post", "<mailto:tristat-l@lists.tristat.org>"),
               ("List-Unsubscribe", "<https://lists.tristat.org/mailman/options/tristat-l>, "
                                    "<mailto:tristat-l-request@lists.tristat.org?subject=unsubscribe>"),
               ("Precedence", "list"), ("X-BeenThere", "tristat-l@lists.tristat.org")),
    )
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --------------------------------------------------------------------------- 45 unemployment office appointment


@make.mail(
    name(45), family="government_appointment", lang="en-US", interview=False, company=None,
    note="Reemployment office appointment (eligibility assessment) with a fixed time, Wed 9 Dec 9:30 AM; "
         "a mandatory appointment for benefits, not a job interview.",
    days=(("Wed", "2026-12-09"),),
)
def m45() -> bytes:
    body = t("""
        NOTICE OF REQUIRED APPOINTMENT

        Claimant: JORDAN WHITAKER            Claim ID: ******4471
        Program:  Reemployment Services and Eligibility Assessment (RESEA)

        You are scheduled for a required in-person appointment:

          Date:      Wednesday, December 9, 2026
          Time:      9:30 AM
          Location:  Capital Area Reemployment Center
                     2110 Blue Ridge Rd, Suite 100, Raleigh, NC 27607
          Length:    approximately 90 minutes

        Please bring:
          - Photo identification
          - Your work search record, including employers contacted, applications and interviews
          - A current resume

        If you do not attend this appointment or reschedule it at least 24 hours in advance, your
        unemployment benefits may be delayed or denied. To reschedule, call (919) 555-0106.

        This is an automated message from the State Division of Employment Assistance.
        Please do not reply.
        """)
    hs = head(
        addr("Division of Employment Assistance", "donotreply@employment-assist.state.example"),
        "Required appointment: RESEA - Wednesday, December 9, 2026",
        "2026-11-30 06:00:14", NY, "<resea.20261130.110014.4471@employment-assist.state.example>",
        mx("from relay.employment-assist.state.example (relay.employment-assist.state.example [192.0.2.14])",
           "2026-11-30 06:00:14", NY, "Xy1Za5Bc9d"),
    )
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --------------------------------------------------------------------------- 46 MBA admission interview


@make.mail(
    name(46), family="admission_interview", lang="en-US", interview=False, company=None,
    note="Executive MBA admissions interview confirmed for Fri 6 Nov 10:00 AM ET; an interview at a fixed "
         "time, but for a school place, not a job.",
    days=(("Fri", "2026-11-06"),),
)
def m46() -> bytes:
    body = t("""
        Dear Jordan,

        Thank you for scheduling your admissions interview for the Executive MBA (Health Sector
        Management) program. Your interview is confirmed:

        Friday, November 6, 2026
        10:00 AM Eastern Time
        Zoom: https://capitalstate.zoom.us/j/91877032156

        You will meet with a member of the Admissions Committee and an alumnus of the program for a
        30-minute conversation about your goals, your leadership experience and why now is the right
        time for an MBA. Business attire is not required.

        Your application is otherwise complete; decisions for Round 2 are released in mid-January.

        Warm regards,
        Office of Graduate Admissions
        Hargrove School of Business, Capital State University
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <div style="border-top:6px solid #7a1f2b;max-width:600px;padding:20px">
        <p>Dear Jordan,</p>
        <p>Thank you for scheduling your admissions interview for the <b>Executive MBA (Health Sector Management)</b>
        program. Your interview is confirmed:</p>
        <p style="background:#f7f3ee;padding:12px"><b>Friday, November 6, 2026<br>10:00 AM Eastern Time</b><br>
        Zoom: <a href="https://capitalstate.zoom.us/j/91877032156">capitalstate.zoom.us/j/91877032156</a></p>
        <p>You will meet with a member of the Admissions Committee and an alumnus of the program for a 30-minute
        conversation about your goals, your leadership experience and why now is the right time for an MBA.
        Business attire is not required.</p>
        <p>Your application is otherwise complete; decisions for Round 2 are released in mid-January.</p>
        <p>Warm regards,<br>Office of Graduate Admissions<br>Hargrove School of Business, Capital State University</p>
        </div></body></html>
        """)
    hs = head(
        addr("Hargrove EMBA Admissions", "emba-admissions@hargrove.capitalstate.example.edu"),
        "Your EMBA admissions interview is confirmed",
        "2026-10-27 14:22:30", NY, "<0100019a99c1e4b2-admissions-5d0e7f13@hargrove.capitalstate.example.edu>",
        mx("from smtp.capitalstate.example.edu (smtp.capitalstate.example.edu [192.0.2.120])",
           "2026-10-27 14:22:30", NY, "Ef3Gh7Ij1k"),
    )
    return message(hs, alt(text(body), html(page)))


# --------------------------------------------------------------------------- 47 sports club try-out


@make.mail(
    name(47), family="non_interview_appointment", lang="en-US", interview=False, company=None,
    note="Adult soccer club try-out confirmation (Sat 19 Sep 9:00 AM); a 'try-out', not a job interview.",
    days=(("Sat", "2026-09-19"),),
)
def m47() -> bytes:
    body = t("""
        Hi Jordan,

        You're registered for Oak City FC coed over-30 tryouts - see you Saturday!

        When: Saturday, September 19, 9:00 AM (check-in from 8:30)
        Where: Field 3, Laurel Hills Park, Raleigh
        Bring: cleats, shin guards, water, both a light and a dark shirt

        Tryouts run about two hours: warm-up, small-sided games, then a scrimmage. Coaches will post
        rosters by Wednesday. Registration fee ($25) is due at check-in; cash or Venmo.

        Go Oaks!
        Danielle Fry
        Registrar, Oak City FC Adult Leagues
        """)
    hs = head(
        addr("Oak City FC", "registrar@oakcityfc-adult.org"),
        "Tryout confirmation - Coed O30, Sat 9/19",
        "2026-09-14 20:41:09", NY, "<tryout.o30.20260915004109.jw@oakcityfc-adult.org>",
        mx("from smtp.oakcityfc-adult.org (smtp.oakcityfc-adult.org [203.0.113.91])", "2026-09-14 20:41:09", NY,
           "Lm7No1Pq5r"),
    )
    return message(hs, text(body, cte="8bit"))


# --------------------------------------------------------------------------- 48 bank advisor meeting (Microsoft Bookings)


@make.mail(
    name(48), family="non_interview_appointment", lang="en-US", interview=False, company=None,
    note="Microsoft Bookings confirmation for a 401(k)-rollover consultation at a credit union "
         "(Tue 24 Nov 4:30 PM); same producer as the positive Bookings mail, but not an interview.",
    days=(("Tue", "2026-11-24"),),
)
def m48() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <div style="font-size:20px;font-weight:600;padding:16px 0">Pinecone FCU - Financial Planning</div>
        <p>Hello Jordan Whitaker,</p>
        <p>Thank you for booking with Pinecone FCU - Financial Planning.</p>
        <div style="font-size:18px;font-weight:600;color:#107c10">Your booking is confirmed</div>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Retirement rollover consultation (45 min)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Tuesday, November 24, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>4:30 PM - 5:15 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Gerald Huang, CFP&reg;</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>North Hills branch, 4208 Six Forks Rd, Raleigh</td></tr>
        </table>
        <p>Please bring a recent statement from your current 401(k) plan and photo ID.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/PineconeFCUFinancialPlanning@pineconefcu.org/bookings/">Manage
        booking</a></p>
        <p style="font-size:11px;color:#8a8886">Federally insured by NCUA.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Pinecone FCU - Financial Planning:mailto:PineconeFCUFinancialPlanning@pineconefcu.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Whitaker:mailto:jordan.whitaker@example.org
SUMMARY;LANGUAGE=en-US:Retirement rollover consultation (45 min)
DTSTART;TZID=Eastern Standard Time:20261124T163000
DTEND;TZID=Eastern Standard Time:20261124T171500
UID:040000008200E00074C5B7101A82E00800000000E4B6C8DAF17EDC01000000000000000010000000D5E7F9A1B3C5D7E9F1A3B5C7D9E1F3A5
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T151540Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:North Hills branch\\, 4208 Six Forks Rd\\, Raleigh
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(
        addr("Pinecone FCU - Financial Planning", "PineconeFCUFinancialPlanning@pineconefcu.org"),
        "Your booking is confirmed: Retirement rollover consultation (45 min)",
        "2026-11-19 10:15:40", NY, "<DS7PR05MB7390A1B3C5D7E9F2041A6C8E0B2D@DS7PR05MB7390.namprd05.prod.outlook.com>",
        mx("from NAM10-DS7-obe.outbound.protection.outlook.com (mail-ds7nam10on2127.outbound.protection.outlook.com "
           "[40.107.95.127])", "2026-11-19 10:15:40", NY, "St9Uv3Wx7y"),
    )
    return message(hs, mixed(html(page), calendar(ics, cte="base64", filename="invite.ics",
                                                  disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 49 partner's own interview, forwarded for information


@make.mail(
    name(49), family="forwarded_other", lang="en-US", interview=False, company=None,
    note="The candidate's partner forwards (inline) their OWN confirmed interview (Thu 3 Dec 9:00 AM) to ask "
         "about school drop-off; a real interview confirmation, but not the inbox owner's.",
    days=(("Thu", "2026-12-03"),),
)
def m49() -> bytes:
    body = t("""
        fyi - this is the one I told you about. can you do drop-off thursday? I need to leave by 8:15.
        love you

        ---------- Forwarded message ---------
        From: Riverbend Regional Hospital Talent Acquisition <careers@riverbendregional.org>
        Date: Fri, Nov 27, 2026 at 11:02 AM
        Subject: Interview Confirmation - Clinical Nurse Educator
        To: <sam.reyes@example.net>


        Dear Sam,

        Thank you for your interest in the Clinical Nurse Educator position. This confirms your
        interview:

        Date: Thursday, December 3, 2026
        Time: 9:00 AM - 10:00 AM
        Location: Riverbend Regional Hospital, Education Building, Room 210, Cary, NC
        Panel: Karen Liu, MSN (Director of Clinical Education); Paul Mendes, RN

        Please check in at the main lobby information desk 10 minutes early.

        Sincerely,
        Talent Acquisition
        Riverbend Regional Hospital
        """)
    hs = head(
        addr("Sam Reyes", "sam.reyes@example.net"),
        "Fwd: Interview Confirmation - Clinical Nurse Educator",
        "2026-11-29 20:17:51", NY, "<CAP4xQ8nL2vR7zT0wY5kM3bD9sF1gH6jK@mail.gmail.com>",
        mx("from mail-wm1-f49.google.com (mail-wm1-f49.google.com [209.85.128.49])", "2026-11-29 20:17:51",
           NY, "Za3Bc7De1f"),
    )
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 50 apartment tour (Denver)


@make.mail(
    name(50), family="non_interview_appointment", lang="en-US", interview=False, company=None,
    note="Apartment video tour confirmed for Sat 21 Nov 11:00 AM MT (relocation research); a fixed time, "
         "not an interview.",
    days=(("Sat", "2026-11-21"),),
)
def m50() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#2d2d2d">
        <div style="max-width:580px;margin:0 auto;padding:20px">
        <h2 style="color:#3d6b4f">Your tour is confirmed!</h2>
        <p>Hi Jordan,</p>
        <p>Thanks for your interest in <b>The Alder on Larimer</b>. Your live video tour is booked:</p>
        <p style="font-size:17px"><b>Saturday, November 21, 2026 at 11:00 AM MT</b><br>
        Leasing agent: Tyler Brooks<br>
        Units: 1BR + den (#412), 2BR (#607)</p>
        <p>We&rsquo;ll call you on FaceTime or Google Meet at the number on file. Tip: have your move-in date
        and pet details handy &ndash; we&rsquo;re currently offering 6 weeks free on 13-month leases.</p>
        <p><a href="https://tours.alderonlarimer.com/manage/5c1a9e">Reschedule or cancel</a></p>
        <p style="font-size:12px;color:#888">The Alder on Larimer &middot; 2950 Larimer St, Denver, CO 80205 &middot;
        Equal Housing Opportunity</p>
        </div></body></html>
        """)
    hs = head(
        addr("The Alder on Larimer", "noreply@alderonlarimer.com"),
        "Tour confirmed: Sat, Nov 21 at 11:00 AM",
        "2026-11-18 12:30:05", DEN, "<tour.5c1a9e.1795030205@alderonlarimer.com>",
        mx("from o22.alderonlarimer.com (o22.alderonlarimer.com [203.0.113.22])", "2026-11-18 12:30:05", DEN,
           "Ef5Gh9Ij3k"),
    )
    return message(hs, html(page, cte="base64"))
