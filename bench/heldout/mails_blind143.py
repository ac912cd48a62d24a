"""blind143: a blind 50-mail set, the inbox of Priya Raman (fintech product analyst, Toronto).

Written by hand, one function per mail, without reading the detector, its tests or any other
held-out mail. Build and check with ``python3 bench/heldout/make_blind.py blind143``.
"""

from __future__ import annotations

import hashlib
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

ORDER = random.Random(1430143).sample(range(1, 51), 50)
ME = "priya.raman@example.org"
ME_FULL = "Priya Raman <priya.raman@example.org>"
TO = "America/Toronto"
VAN = "America/Vancouver"
NY = "America/New_York"
IST = "Asia/Kolkata"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind143_{ORDER[key - 1]:03d}"


def _id(seed: str, k: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k]


def rcv(frm: str, when: str, zone: str, lag: int = 3) -> tuple[str, str]:
    ident = f"mx1.example.org (Postfix) with ESMTPS id {_id(frm + when, 10).upper()}"
    return ("Received", received(frm, when, zone, ident, ME, lag))


VTZ_TORONTO = """BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_VANCOUVER = """BEGIN:VTIMEZONE
TZID:America/Vancouver
X-LIC-LOCATION:America/Vancouver
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

TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {code}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 647-555-0198,,{pin}#   Canada, Toronto
Phone Conference ID: {pin}#
Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", TO), end=utc("2026-09-15 10:45", TO),
      contact="olivia.chen@mapleharbourbank.ca", company="Maple Harbour Bank",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=TO,
      note="Greenhouse confirmation, 'Tuesday, September 15, 2026 10:00 AM - 10:45 AM EDT' (Toronto, "
           "daylight time, UTC-4); contact = the recruiter's Reply-To, not the greenhouse-mail sender")
def m01() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for your interest in the Product Analyst, Payments role at Maple Harbour Bank. Your
        interview has been scheduled - details below.

        Interview: Hiring Manager Conversation
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Location: Microsoft Teams (link to follow in a separate calendar invitation)

        You'll be speaking with:
        - Darnell Whitfield, Senior Manager, Payments Product

        If you need an accommodation at any stage of our hiring process, just reply to this
        email and we'll take care of it confidentially.

        Kind regards,
        Olivia Chen
        Talent Acquisition Partner | Maple Harbour Bank
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Priya,</p>
        <p>Thanks for your interest in the <strong>Product Analyst, Payments</strong> role at Maple Harbour Bank.
        Your interview has been scheduled &ndash; details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Conversation</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM &ndash; 10:45 AM EDT</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (link to follow in a separate calendar invitation)</td></tr>
        </table>
        <p>You&#39;ll be speaking with:</p>
        <ul><li>Darnell Whitfield, Senior Manager, Payments Product</li></ul>
        <p>If you need an accommodation at any stage of our hiring process, just reply to this email and we&#39;ll take care of it confidentially.</p>
        <p>Kind regards,<br>Olivia Chen<br>Talent Acquisition Partner | Maple Harbour Bank</p>
        <img src="https://app.greenhouse.io/email_opened/4be1c09a2f.gif" width="1" height="1" alt="">
        </body></html>
        """)
    when = "2026-09-09 14:22:07"
    return message([
        rcv("from o1.us.greenhouse-mail.io (o1.us.greenhouse-mail.io [167.89.101.22])", when, TO),
        ("From", "Maple Harbour Bank <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Olivia Chen <olivia.chen@mapleharbourbank.ca>"),
        ("To", ME_FULL),
        ("Subject", "Interview Confirmation: Product Analyst, Payments - Maple Harbour Bank"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m01')}.{_id('m01b', 8)}@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u9xkTQ3mPq0Zb7nH2fVwKj8RcL5aYd1E"),
    ], alt(text(body), html(page)))


@mail(n(2), family="lever", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-17 14:00", TO), end=utc("2026-09-17 15:00", TO),
      contact="marcus@lumenfold.io", company="Lumenfold",
      local="Thu 2026-09-17 14:00", local_end="2026-09-17 15:00", zone=TO,
      note="Lever confirmation for an on-site in Waterloo (America/Toronto, EDT UTC-4): 'Thursday, "
           "September 17 - 2:00pm to 3:00pm EDT'; ICS with TZID America/Toronto agrees; contact = Reply-To")
def m02() -> bytes:
    body = t("""
        Hi Priya,

        You're all set! Here are the details for your upcoming interview with Lumenfold.

        Onsite interview - Product Analyst (Risk & Payments)
        Thursday, September 17 - 2:00pm to 3:00pm EDT
        Lumenfold HQ, 180 King St S, Suite 400, Waterloo, ON N2J 1P8

        Who you'll meet:
          Marcus Oyelaran - Head of Product
          Bea Lindgren - Staff Data Scientist

        Parking: visitor spots are on the Allen St side; tell the front desk you're here for Marcus.
        A calendar invite is attached.

        Have questions? Reply to this email to reach Marcus directly.

        --
        Sent via Lever on behalf of Lumenfold
        """)
    ics = VTZ_TORONTO + """
BEGIN:VEVENT
UID:lever-interview-8f20c1d7-5b2e-4f1a-9c44-0e7d1b6a3f90
DTSTAMP:20260911T200503Z
DTSTART;TZID=America/Toronto:20260917T140000
DTEND;TZID=America/Toronto:20260917T150000
SUMMARY:Onsite interview - Priya Raman / Lumenfold
LOCATION:Lumenfold HQ\\, 180 King St S\\, Suite 400\\, Waterloo\\, ON
ORGANIZER;CN=Marcus Oyelaran:mailto:marcus@lumenfold.io
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    cal = "BEGIN:VCALENDAR\nPRODID:-//Lever//Interview Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + ics + "\nEND:VCALENDAR"
    when = "2026-09-11 16:05:41"
    return message([
        rcv("from mail-a.hire.lever.co (mail-a.hire.lever.co [52.36.71.140])", when, TO),
        ("From", "Lumenfold <no-reply@hire.lever.co>"),
        ("Reply-To", "Marcus Oyelaran <marcus@lumenfold.io>"),
        ("To", ME_FULL),
        ("Subject", "Your interview with Lumenfold is confirmed"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m02')}@hire.lever.co>"),
    ], mixed(text(body, cte="7bit"), calendar(cal, filename="invite.ics", disposition="attachment",
                                              name_param=True)))


@mail(n(3), family="human_prose", lang="en-IN", interview=True, kind="scheduled",
      start=utc("2026-09-24 10:30", TO), end=utc("2026-09-24 11:15", TO),
      contact="sneha.k@talentbridge-staffing.com", company="Bayview Credit Union",
      local="Thu 2026-09-24 10:30", local_end="2026-09-24 11:15", zone=TO,
      note="Indian agency recruiter; Date Tue 22 Sep 01:15 IST (still Mon 21 Sep in Toronto): 'day after "
           "tomorrow i.e. Thursday, 24th Sep at 10:30 AM EDT (8:00 PM IST)' resolves from the IST date to "
           "Thu 24 Sep; EDT UTC-4; 'Duration: 45 mins' -> end; company = the client, Bayview Credit Union",
      days=(("Thu", "2026-09-24"),))
def m03() -> bytes:
    body = t("""
        Dear Priya,

        Greetings from TalentBridge Staffing Solutions!

        As discussed over call, I am pleased to inform you that your profile has been shortlisted by
        our client Bayview Credit Union and your 1st round interview is scheduled on day after
        tomorrow i.e. Thursday, 24th Sep at 10:30 AM EDT (8:00 PM IST).

        PFB the details:

        Position   : Product Analyst – Digital Banking (Contract to Hire, Toronto – Hybrid)
        Mode       : MS Teams (link will be shared by client HR)
        Duration   : 45 mins
        Panel      : Mr. Kevin Arsenault (Director, Digital Channels)

        Kindly keep your updated resume handy and join 5 mins before the scheduled time. Request you
        to kindly revert with your confirmation on this mail.

        Do let me know in case of any queries.

        Thanks & Regards,
        Sneha Kulkarni
        Sr. Technical Recruiter – North America
        TalentBridge Staffing Solutions Pvt. Ltd.
        Mississauga | Pune
        M: +91 98220 55147 | sneha.k@talentbridge-staffing.com
        """)
    when = "2026-09-22 01:15:09"
    return message([
        rcv("from mail-pl1-f180.outbound.protection.outlook.com ([40.107.239.180])", when, IST),
        ("From", "Sneha Kulkarni <sneha.k@talentbridge-staffing.com>"),
        ("To", "\"priya.raman@example.org\" <priya.raman@example.org>"),
        ("Subject", "Interview Schedule || Product Analyst || Bayview Credit Union || Priya Raman"),
        ("Date", date(when, IST)),
        ("Message-ID", f"<PN3PR01MB{_id('m03', 8).upper()}@PN3PR01MB6721.INDPRD01.PROD.OUTLOOK.COM>"),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "en-IN"),
    ], text(body, charset="windows-1252"))


@mail(n(4), family="workday", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-06 13:30", TO), end=utc("2026-10-06 14:30", TO),
      contact="sarah.odonnell@trilliummutual.ca", company="Trillium Mutual Insurance",
      local="Tue 2026-10-06 13:30", local_end="2026-10-06 14:30", zone=TO,
      note="Workday HTML-only (base64) confirmation: 'Tuesday, October 6, 2026, 1:30 PM - 2:30 PM Eastern "
           "Time' (EDT UTC-4); sender is the myworkday.com tenant mailbox, contact = recruiter address in body")
def m04() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Trillium Mutual</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b5d3b;color:#fff;font-size:18px">Trillium Mutual Insurance &mdash; Careers</td></tr>
        <tr><td>
        <p>Dear Priya Raman,</p>
        <p>Thank you for your application to <b>Senior Product Analyst, Claims Digital (R-0048213)</b>.
        We are pleased to confirm your interview.</p>
        <p><b>Interview Type:</b> Panel Interview (Video)<br>
        <b>Date and Time:</b> Tuesday, October 6, 2026, 1:30 PM - 2:30 PM Eastern Time<br>
        <b>Interviewers:</b> Anjali Rao (Director, Claims Transformation), Pete Kowalczyk (Lead Product Owner)<br>
        <b>Location:</b> Microsoft Teams &ndash; the link appears in your Candidate Home tasks</p>
        <p>To review the details, sign in to your <a href="https://wd3.myworkdaysite.com/en-US/recruiting/trilliummutual/TMI_Careers/userHome">Candidate Home</a> account.</p>
        <p>If you have any questions, please contact Sarah O&#39;Donnell at
        <a href="mailto:sarah.odonnell@trilliummutual.ca">sarah.odonnell@trilliummutual.ca</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Trillium Mutual Insurance</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    when = "2026-09-28 09:12:55"
    return message([
        rcv("from wd3-impl-smtp.myworkday.com (wd3-impl-smtp.myworkday.com [192.80.186.25])", when, TO),
        ("From", "Trillium Mutual <trilliummutual@myworkday.com>"),
        ("To", ME),
        ("Subject", "Interview Confirmation - Senior Product Analyst, Claims Digital"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m04', 16)}.JavaMail.wdprod@wd3-prod-smtp.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page, cte="base64"))


@mail(n(5), family="exchange", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", TO), end=utc("2026-11-03 11:00", TO),
      contact="geoff.lindqvist@dominioncrest.com", company="Dominion Crest Financial",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=TO,
      note="Outlook meeting request sent Wed 28 Oct in EDT (-0400) for Tue 3 Nov 10:00-11:00 after DST ended "
           "on 1 Nov: EST UTC-5 -> 15:00Z; TZID 'Eastern Standard Time' maps to America/New_York; "
           "contact = organizer/sender")
def m05() -> bytes:
    body = t("""
        Hi Priya,

        Sending the invite for our conversation next Tuesday, as discussed with Farah. We'll spend
        about half the time on your background and the other half on a short case about merchant
        onboarding drop-off - nothing to prepare in advance.

        Talk soon,
        Geoff

        Geoff Lindqvist
        Director, Commercial Payments Analytics
        Dominion Crest Financial | 81 Bay Street, Toronto

        """) + TEAMS_BLOCK.format(mid="ZmE3YjQxNjEtOTk4Ny00", num="284 617 903 115", code="q7Hd2X", pin="604 118 274")
    ics = VTZ["Eastern Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Geoff Lindqvist:mailto:geoff.lindqvist@dominioncrest.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman@example.org:mailto:priya.raman@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Farah Siddiqui:mailto:farah.siddiqui@dominioncrest.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\\,\\n\\nSending the invite for our conversation next Tuesday\\, as discussed with Farah.\\n
UID:040000008200E00074C5B7101A82E00800000000D0A1F3C9A466DC01000000000000000010000000B6E0A0B34A6C1B4A9D7F2C5E1A8B3D47
SUMMARY;LANGUAGE=en-US:Interview: Priya Raman - Senior Analyst\\, Commercial Payments
DTSTART;TZID=Eastern Standard Time:20261103T100000
DTEND;TZID=Eastern Standard Time:20261103T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T204012Z
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
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3YjQxNjEtOTk4Ny00%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT"""
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics + "\nEND:VCALENDAR"
    head = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        """)
    when = "2026-10-28 16:40:12"
    return message([
        rcv("from YT3PR01MB9140.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:b01:6a::13)", when, TO),
        ("From", "Geoff Lindqvist <geoff.lindqvist@dominioncrest.com>"),
        ("To", "\"priya.raman@example.org\" <priya.raman@example.org>"),
        ("CC", "Farah Siddiqui <farah.siddiqui@dominioncrest.com>"),
        ("Subject", "Interview: Priya Raman - Senior Analyst, Commercial Payments"),
        ("Thread-Topic", "Interview: Priya Raman - Senior Analyst, Commercial Payments"),
        ("Thread-Index", "AdtHm2Vq3Jd9Kk8uQ0y7c1bW4XfP2A=="),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YT3PR01MB9140{_id('m05', 10).upper()}@YT3PR01MB9140.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-CA"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(head + body), calendar(cal, cte="base64")))


@mail(n(6), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-14 10:00", NY), end=utc("2026-10-14 10:30", NY),
      contact="dev@boweryledger.com", company="Bowery Ledger",
      local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:30", zone=NY,
      note="Calendly invitee confirmation '10:00am - 10:30am, Wednesday, October 14, 2026 (Eastern Time - US "
           "& Canada)', EDT UTC-4; the event is the recruiter screen for a Product Analyst role; contact = "
           "host's Reply-To (the sender is notifications@calendly.com)")
def m06() -> bytes:
    body = t("""
        Hi Priya Raman,

        Your Product Analyst - Recruiter Screen with Dev Malhotra at 10:00am - 10:30am (Eastern Time - US & Canada) on Wednesday, October 14, 2026 is scheduled.

        Event Type:
        Product Analyst - Recruiter Screen

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada) on Wednesday, October 14, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/vwx-qpdn-kro

        Description:
        30 minutes with our recruiting lead about the Product Analyst role on the Ledger Core team
        (New York, remote-friendly for Eastern time zones). Come with questions!

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9d2f7c1a-4b6e-47a0-8f53-2e6c3b1d0a44
        Reschedule: https://calendly.com/reschedulings/9d2f7c1a-4b6e-47a0-8f53-2e6c3b1d0a44

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Priya Raman,</p>
        <p>Your <b>Product Analyst - Recruiter Screen</b> with Dev Malhotra at 10:00am - 10:30am (Eastern Time - US &amp; Canada) on Wednesday, October 14, 2026 is scheduled.</p>
        <p style="font-weight:bold;margin-bottom:0">Event Type:</p><p style="margin-top:0">Product Analyst - Recruiter Screen</p>
        <p style="font-weight:bold;margin-bottom:0">Event Date/Time:</p><p style="margin-top:0">10:00am - 10:30am (Eastern Time - US &amp; Canada) on Wednesday, October 14, 2026</p>
        <p style="font-weight:bold;margin-bottom:0">Location:</p><p style="margin-top:0">This is a Google Meet web conference. <a href="https://meet.google.com/vwx-qpdn-kro">Join now</a></p>
        <p style="font-weight:bold;margin-bottom:0">Description:</p><p style="margin-top:0">30 minutes with our recruiting lead about the Product Analyst role on the Ledger Core team (New York, remote-friendly for Eastern time zones). Come with questions!</p>
        <p><a href="https://calendly.com/cancellations/9d2f7c1a-4b6e-47a0-8f53-2e6c3b1d0a44">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/9d2f7c1a-4b6e-47a0-8f53-2e6c3b1d0a44">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    when = "2026-10-08 11:31:20"
    return message([
        rcv("from o3.email.calendly.com (o3.email.calendly.com [149.72.134.64])", when, NY),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Dev Malhotra <dev@boweryledger.com>"),
        ("To", ME),
        ("Subject", "Confirmed: Product Analyst - Recruiter Screen with Dev Malhotra on Wednesday, October 14, 2026"),
        ("Date", date(when, NY)),
        ("Message-ID", f"<{_id('m06', 22)}@calendly.com>"),
    ], alt(text(body), html(page)))


@mail(n(7), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", VAN), end=utc("2026-10-26 10:00", VAN),
      contact="tom@cedartide.ca", company="Cedar & Tide Analytics",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=VAN,
      note="Vancouver hiring manager writing Thu 22 Oct in PDT: 'Monday at 9:00 am our time (Pacific) - noon "
           "for you in Toronto'; Monday = 26 Oct, PDT UTC-7 -> 16:00Z (= 12:00 EDT); 'I've blocked an hour' "
           "is an exact length -> end",
      days=(("Mon", "2026-10-26"), ("Thu", "2026-10-22")))
def m07() -> bytes:
    body = t("""
        Hi Priya,

        Great - Monday works. Let's lock it in: Monday at 9:00 am our time (Pacific), which is noon
        for you in Toronto. I've blocked an hour. It'll be me and Wen from our data platform team,
        mostly talking through the fraud-scoring dashboard you mentioned and how you'd prioritise
        the backlog we've got.

        Same Google Meet link as last time: https://meet.google.com/cth-zrwp-mna

        Cheers,
        Tom

        --
        Tom Beaulieu
        VP Product, Cedar & Tide Analytics
        1055 W Hastings St, Vancouver BC

        On Thu, Oct 22, 2026 at 11:02 AM Priya Raman <priya.raman@example.org> wrote:
        > Hi Tom,
        >
        > Thanks for the quick turnaround. I'm free Monday morning your time or any time
        > Tuesday afternoon - whatever is easier for you and Wen.
        >
        > Best,
        > Priya
        >
        > On Wed, Oct 21, 2026 at 4:47 PM Tom Beaulieu <tom@cedartide.ca> wrote:
        >> Hi Priya, really enjoyed our chat. Would love for you to meet Wen next week for a
        >> deeper dive. What does your availability look like?
        """)
    when = "2026-10-22 15:48:30"
    return message([
        rcv("from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])", when, VAN),
        ("From", "Tom Beaulieu <tom@cedartide.ca>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Re: Next conversation - Cedar & Tide"),
        ("Date", date(when, VAN)),
        ("Message-ID", f"<CAF{_id('m07', 30)}@mail.gmail.com>"),
        ("In-Reply-To", f"<CAG{_id('m07p', 30)}@mail.gmail.com>"),
        ("References", f"<CAF{_id('m07pp', 30)}@mail.gmail.com> <CAG{_id('m07p', 30)}@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(n(8), family="teamtailor", lang="fr-CA+en", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:00", TO), end=utc("2026-11-12 14:45", TO),
      contact="camille.gagnon@orbitebleue.ca", company="Orbite Bleue Finance",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 14:45", zone=TO,
      note="Montreal firm, bilingual Teamtailor mail (iso-8859-1, quoted-printable, RFC 2047 subject): 'jeudi "
           "12 novembre 2026, de 14 h à 14 h 45 (heure de l'Est)' / '2:00-2:45 PM Eastern'; Montreal = "
           "America/Toronto rules, EST UTC-5 after 1 Nov; contact = recruiter address in body")
def m08() -> bytes:
    body = t("""
        Bonjour Priya,

        Merci d'avoir postulé au poste d'Analyste produit, Paiements chez Orbite Bleue Finance.
        Votre entrevue est confirmée :

          Date : jeudi 12 novembre 2026
          Heure : de 14 h à 14 h 45 (heure de l'Est)
          Lieu : 1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (QC)
                 ou par vidéo si vous préférez - dites-le-nous simplement.

        Vous rencontrerez Étienne Roy, directeur des produits numériques.

        --- English follows ---

        Hi Priya,

        Thanks for applying to the Product Analyst, Payments role at Orbite Bleue Finance. Your
        interview is confirmed for Thursday, November 12, 2026, 2:00-2:45 PM Eastern, at our
        Montréal office (or by video if you prefer - just let us know). You'll meet Étienne Roy,
        Director of Digital Products.

        Des questions? / Questions? Camille Gagnon, camille.gagnon@orbitebleue.ca

        À bientôt,
        L'équipe Talents - Orbite Bleue Finance

        Propulsé par Teamtailor
        """)
    when = "2026-11-04 10:17:02"
    subj = "Entrevue confirmée / Interview confirmed - Orbite Bleue Finance"
    return message([
        rcv("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [54.240.4.19])", when, TO),
        ("From", addr("Orbite Bleue Finance", "no-reply@orbite-bleue.teamtailor-mail.com")),
        ("To", addr("Priya Raman", ME)),
        ("Subject", enc(subj, "iso-8859-1")),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m08', 24)}@orbite-bleue.teamtailor-mail.com>"),
    ], text(body, charset="iso-8859-1"))


@mail(n(9), family="government", lang="en-CA+fr", interview=True, kind="scheduled",
      start=utc("2026-11-18 09:30", TO), end=utc("2026-11-18 11:00", TO),
      contact="marie-eve.tremblay@fdsc-sdfc.gc.ca", company="Fiscal Data Services Canada",
      local="Wed 2026-11-18 09:30", local_end="2026-11-18 11:00", zone=TO,
      note="Federal department, bilingual invitation to an in-person interview in Ottawa (America/Toronto "
           "rules, EST UTC-5): 'Wednesday, November 18, 2026 at 9:30 a.m. (Eastern Time)', 'will last 90 "
           "minutes' -> end 11:00; asks to confirm attendance but the slot is fixed; sender is a shared "
           "staffing mailbox, contact = the HR advisor's address in the body")
def m09() -> bytes:
    body = t("""
        *** Le français suit l'anglais ***

        Selection process number: 26-FDSC-EA-OTT-118842
        Position: Senior Data Product Analyst (EC-05)

        Dear Priya Raman,

        Further to your written exam results, you are invited to an interview for the above
        selection process.

        Date: Wednesday, November 18, 2026
        Time: 9:30 a.m. (Eastern Time)
        Location: 222 Queen Street, 7th floor, room 7-114, Ottawa, Ontario
        The interview will last 90 minutes, including 15 minutes of preparation time.

        Please bring two pieces of identification, one of which must be government-issued photo ID.
        Kindly confirm your attendance by replying to this email no later than November 12, 2026.
        If you require accommodation measures, please contact Marie-Ève Tremblay, HR Advisor, at
        marie-eve.tremblay@fdsc-sdfc.gc.ca.

        Staffing Services / Services de dotation
        Fiscal Data Services Canada / Services de données fiscales Canada

        ---

        Numéro du processus de sélection : 26-FDSC-EA-OTT-118842
        Poste : Analyste principal(e), produits de données (EC-05)

        Madame Priya Raman,

        À la suite des résultats de votre examen écrit, vous êtes invitée à une entrevue dans le
        cadre du processus de sélection mentionné ci-dessus.

        Date : le mercredi 18 novembre 2026
        Heure : 9 h 30 (heure de l'Est)
        Endroit : 222, rue Queen, 7e étage, salle 7-114, Ottawa (Ontario)
        L'entrevue durera 90 minutes, incluant 15 minutes de préparation.

        Veuillez apporter deux pièces d'identité, dont une pièce d'identité avec photo émise par un
        gouvernement. Veuillez confirmer votre présence en répondant à ce courriel au plus tard le
        12 novembre 2026. Pour toute mesure d'adaptation, communiquez avec Marie-Ève Tremblay,
        conseillère en ressources humaines, à marie-eve.tremblay@fdsc-sdfc.gc.ca.
        """)
    when = "2026-11-09 13:02:44"
    return message([
        rcv("from smtp-relay.ssc-spc.gc.ca (smtp-relay.ssc-spc.gc.ca [205.193.214.30])", when, TO),
        ("From", "FDSC Staffing / Dotation SDFC <fdsc.staffing-dotation.sdfc@fdsc-sdfc.gc.ca>"),
        ("To", "priya.raman@example.org"),
        ("Subject", enc("Invitation to an interview / Invitation à une entrevue - 26-FDSC-EA-OTT-118842")),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YQBPR0101MB{_id('m09', 8).upper()}@YQBPR0101MB5412.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-CA"),
    ], text(body))


@mail(n(10), family="google_calendar", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-11-20 13:00", TO), end=utc("2026-11-20 14:00", TO),
      contact="hannah@lumenfold.io", company="Lumenfold",
      local="Fri 2026-11-20 13:00", local_end="2026-11-20 14:00", zone=TO,
      note="Google Calendar invitation 'Fri Nov 20, 2026 1pm - 2pm (Eastern Time - Toronto)', EST UTC-5 -> "
           "18:00Z; ICS TZID America/Toronto agrees; second round at Lumenfold (thread with the Lever mail); "
           "contact = organizer")
def m10() -> bytes:
    body = t("""
        Priya Raman - Lumenfold case study review
        Friday Nov 20, 2026 ⋅ 1pm – 2pm
        Eastern Time - Toronto

        Join with Google Meet
        https://meet.google.com/lmf-kqxa-wtr

        Hi Priya - this is the case study session. Please share your screen with the deck you
        prepared (15 min), then Q&A with Marcus and Bea. - Hannah

        Organizer
        Hannah Greer
        hannah@lumenfold.io

        Guests
        Hannah Greer - organizer
        Marcus Oyelaran
        Bea Lindgren
        priya.raman@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2ZxcDFiMmw

        Reply for priya.raman@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZxcDFiMmw&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZxcDFiMmw&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2ZxcDFiMmw&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP.
        """)
    ics = VTZ_TORONTO + """
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261120T130000
DTEND;TZID=America/Toronto:20261120T140000
DTSTAMP:20261116T152231Z
ORGANIZER;CN=Hannah Greer:mailto:hannah@lumenfold.io
UID:7fqp1b2l9c0m4k8s3d6e5r1t2u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Greer;X-NUM-GUESTS=0:mailto:hannah@lumenfold.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman@example.org;X-NUM-GUESTS=0:mailto:priya.raman@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Oyelaran;X-NUM-GUESTS=0:mailto:marcus@lumenfold.io
X-GOOGLE-CONFERENCE:https://meet.google.com/lmf-kqxa-wtr
CREATED:20261116T152229Z
DESCRIPTION:Hi Priya - this is the case study session. Please share your screen with the deck you prepared (15 min)\\, then Q&A with Marcus and Bea. - Hannah
LAST-MODIFIED:20261116T152229Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Raman - Lumenfold case study review
TRANSP:OPAQUE
END:VEVENT"""
    cal = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + ics + "\nEND:VCALENDAR")
    page = gmail_html(body)
    when = "2026-11-16 10:22:31"
    return message([
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", when, TO),
        ("From", "Hannah Greer <hannah@lumenfold.io>"),
        ("Reply-To", "Hannah Greer <hannah@lumenfold.io>"),
        ("To", ME),
        ("Subject", "Invitation: Priya Raman - Lumenfold case study review @ Fri Nov 20, 2026 1pm - 2pm "
                    "(EST) (priya.raman@example.org)"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<calendar-{_id('m10', 8)}-{_id('m10b', 4)}-{_id('m10c', 4)}@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(cal, cte="base64")),
             calendar(cal, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(11), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 11:00", NY), end=utc("2026-12-03 11:45", NY),
      contact="nadia.brooks@halcyonmarkets.com", company="Halcyon Markets",
      local="Thu 2026-12-03 11:00", local_end="2026-12-03 11:45", zone=NY,
      note="Ashby confirmation, base64 text+html: 'Thursday, December 3, 2026, 11:00 AM – 11:45 AM EST' "
           "(New York, EST UTC-5 -> 16:00Z); remote; contact = recruiter Reply-To")
def m11() -> bytes:
    body = t("""
        Hi Priya,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, December 3, 2026, 11:00 AM – 11:45 AM EST
        Video call (Zoom) - link in the calendar invitation

        You'll meet with:
          Owen Pritchard — Product Lead, Institutional Trading
          Grace Adebayo-Lin — Senior Product Analyst

        This is a product-sense conversation: expect to talk through a metric you'd choose for a
        new feature and how you'd investigate a sudden drop in it.

        Questions? Just reply and it will reach Nadia Brooks.

        Thanks,
        Halcyon Markets Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Priya,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Thursday, December 3, 2026, 11:00 AM – 11:45 AM EST</strong><br>
        Video call (Zoom) - link in the calendar invitation</p>
        <p>You&#x27;ll meet with:<br>
        &nbsp;&nbsp;Owen Pritchard — Product Lead, Institutional Trading<br>
        &nbsp;&nbsp;Grace Adebayo-Lin — Senior Product Analyst</p>
        <p>This is a product-sense conversation: expect to talk through a metric you&#x27;d choose for a new feature and how you&#x27;d investigate a sudden drop in it.</p>
        <p>Questions? Just reply and it will reach Nadia Brooks.</p>
        <p>Thanks,<br>Halcyon Markets Recruiting</p>
        </body></html>
        """)
    when = "2026-11-27 14:08:51"
    return message([
        rcv("from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])", when, NY),
        ("From", "Halcyon Markets <no-reply@ashbyhq.com>"),
        ("Reply-To", "Nadia Brooks <nadia.brooks@halcyonmarkets.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Interview confirmed: Senior Product Analyst at Halcyon Markets"),
        ("Date", date(when, NY)),
        ("Message-ID", f"<0100019{_id('m11', 9)}-{_id('m11a', 8)}-{_id('m11b', 4)}-000000@email.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(12), family="forward_self", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-12-07 16:00", TO), end=utc("2026-12-07 16:45", TO),
      contact="amrit.gill@northlinepayroll.com", company="Northline Payroll",
      local="Mon 2026-12-07 16:00", local_end="2026-12-07 16:45", zone=TO,
      note="Priya forwards to herself (example.net -> example.org) a recruiter's confirmation as an attached "
           "message/rfc822; the pasted Zoom block says 'Dec 7, 2026 04:00 PM Eastern Time (US and Canada)', "
           "EST UTC-5 -> 21:00Z, and the recruiter writes '45 minutes'; contact = recruiter in the forwarded "
           "header, never the candidate")
def m12() -> bytes:
    inner_body = t("""
        Hi Priya,

        Great speaking with you this afternoon. As promised, confirming your interview with
        Jasleen Bhatia (Director, Payroll Products) next Monday, December 7 at 4:00 PM ET for
        45 minutes. Zoom details below.

        Best,
        Amrit

        Amrit Gill | Senior Talent Partner
        Northline Payroll | 2 Bloor St W, Toronto

        --------------------------------------------
        Amrit Gill is inviting you to a scheduled Zoom meeting.

        Topic: Priya Raman <> Jasleen Bhatia - Product Analyst interview
        Time: Dec 7, 2026 04:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://northlinepayroll.zoom.us/j/84120957736?pwd=bW9rQ1V4dGhQcnlhTkRqV0JvZz09

        Meeting ID: 841 2095 7736
        Passcode: 662904

        ---

        One tap mobile
        +16475580588,,84120957736#,,,,*662904# Canada
        +16473744685,,84120957736#,,,,*662904# Canada
        """)
    inner = message([
        ("From", "Amrit Gill <amrit.gill@northlinepayroll.com>"),
        ("To", "Priya Raman <priya.raman@example.net>"),
        ("Subject", "Interview confirmation - Northline Payroll"),
        ("Date", date("2026-11-30 17:55:02", TO)),
        ("Message-ID", f"<{_id('m12i', 20)}@northlinepayroll.com>"),
    ], text(inner_body))
    outer = t("""
        saving this here so it's in my main inbox. prep: payroll funding flows + the Q3 churn thing

        Sent from my phone
        """)
    when = "2026-11-30 21:10:40"
    return message([
        rcv("from smtp.example.net (smtp.example.net [198.51.100.23])", when, TO),
        ("From", "Priya Raman <priya.raman@example.net>"),
        ("To", ME),
        ("Subject", "Fwd: Interview confirmation - Northline Payroll"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m12', 16)}@smtp.example.net>"),
    ], mixed(text(outer, cte="7bit"), attached_message(inner, "Interview confirmation - Northline Payroll.eml")))


@mail(n(13), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-09 10:00", NY), end=utc("2026-12-09 12:30", NY),
      contact="lina.haddad@kestrelpay.com", company="Kestrel Payments",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 12:30", zone=NY,
      note="GoodTime itinerary with three back-to-back sessions, Wed Dec 9 in 'Eastern Time (EST)': first "
           "start 10:00 to last end 12:30 -> 15:00Z-17:30Z; contact = coordinator Reply-To")
def m13() -> bytes:
    body = t("""
        Hi Priya,

        Your virtual onsite with Kestrel Payments is confirmed. Here is your schedule.
        All times are shown in Eastern Time (EST).

        Wednesday, December 9, 2026

          10:00 AM - 10:45 AM   Product Sense           Marisol Fuentes, Group PM
          11:00 AM - 11:45 AM   SQL & Metrics           Kwame Asante, Analytics Manager
          12:00 PM - 12:30 PM   Meet the Team           Ruth Okonkwo, VP Product

        Each session has its own Zoom link in the calendar invitations you'll receive separately.
        There is a 15-minute break between the first sessions.

        Need to make a change? Reply to this email and Lina will help.

        Lina Haddad
        Recruiting Coordinator, Kestrel Payments

        Scheduled with GoodTime
        """)
    rows = "".join(
        f'<tr><td style="padding:6px 12px">{a}</td><td style="padding:6px 12px">{b}</td>'
        f'<td style="padding:6px 12px">{c}</td></tr>\n'
        for a, b, c in (("10:00 AM - 10:45 AM", "Product Sense", "Marisol Fuentes, Group PM"),
                        ("11:00 AM - 11:45 AM", "SQL &amp; Metrics", "Kwame Asante, Analytics Manager"),
                        ("12:00 PM - 12:30 PM", "Meet the Team", "Ruth Okonkwo, VP Product")))
    page = ('<html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111">\n'
            "<p>Hi Priya,</p>\n<p>Your virtual onsite with Kestrel Payments is confirmed. Here is your schedule. "
            "All times are shown in <b>Eastern Time (EST)</b>.</p>\n"
            "<h3>Wednesday, December 9, 2026</h3>\n<table>\n" + rows + "</table>\n"
            "<p>Each session has its own Zoom link in the calendar invitations you&#39;ll receive separately. "
            "There is a 15-minute break between the first sessions.</p>\n"
            "<p>Need to make a change? Reply to this email and Lina will help.</p>\n"
            "<p>Lina Haddad<br>Recruiting Coordinator, Kestrel Payments</p>\n"
            '<p style="color:#999;font-size:11px">Scheduled with GoodTime</p>\n</body></html>\n')
    when = "2026-12-01 16:44:10"
    return message([
        rcv("from mail.goodtime.io (mail.goodtime.io [198.2.178.34])", when, NY),
        ("From", "Kestrel Payments Recruiting <scheduling@kestrelpay.com>"),
        ("Reply-To", "Lina Haddad <lina.haddad@kestrelpay.com>"),
        ("To", ME),
        ("Subject", "Your Interview Schedule with Kestrel Payments - Wed, Dec 9"),
        ("Date", date(when, NY)),
        ("Message-ID", f"<{_id('m13', 24)}@goodtime.io>"),
        ("X-Mailer", "GoodTime Hire"),
    ], alt(text(body), html(page)))


@mail(n(14), family="icims", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-27 14:00", TO), end=utc("2026-10-27 15:00", TO),
      contact="jasmine.aucoin@harbourfrontlife.ca", company="Harbourfront Life Assurance",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=TO,
      note="iCIMS notification with a US-style date '10/27/2026 2:00 PM EDT', 'Duration: 60 minutes' -> "
           "18:00Z-19:00Z; sender is the talent.icims.com mailbox, contact = recruiter address in body")
def m14() -> bytes:
    body = t("""
        Dear Priya,

        Thank you for your interest in Harbourfront Life Assurance. This message confirms your
        interview for the position below.

        Job: Product Analyst, Group Benefits Digital (Req ID 2026-7714)
        Interview Date/Time: 10/27/2026 2:00 PM EDT
        Duration: 60 minutes
        Format: In person
        Address: Harbourfront Life Assurance, 10 York Street, 14th Floor, Toronto, ON M5J 0E1
        Interviewers: Andrew McKinnon, Manager, Digital Benefits; Jasmine Aucoin, Talent Acquisition

        Please check in with the security desk in the main lobby 10 minutes before your interview.

        Should you have any questions, please contact jasmine.aucoin@harbourfrontlife.ca.

        Regards,
        Talent Acquisition
        Harbourfront Life Assurance

        Please do not reply to this message. This mailbox is not monitored.
        """)
    when = "2026-10-21 08:03:19"
    return message([
        rcv("from mail2.icims.com (mail2.icims.com [208.66.12.41])", when, TO),
        ("From", "Harbourfront Life Talent Acquisition <harbourfrontlife@talent.icims.com>"),
        ("To", ME_FULL),
        ("Subject", "Interview Confirmation - Product Analyst, Group Benefits Digital"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m14', 20)}.{_id('m14b', 6)}@talent.icims.com>"),
    ], text(body, charset="iso-8859-1", cte="7bit"))


@mail(n(15), family="microsoft_bookings", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-09-30 11:00", TO), end=utc("2026-09-30 11:30", TO),
      contact=None, company="Queensway Bank",
      local="Wed 2026-09-30 11:00", local_end="2026-09-30 11:30", zone=TO,
      note="Microsoft Bookings confirmation; the body's zone label shows the standard offset '(UTC-05:00) "
           "Eastern Time (US & Canada)' but 30 Sep is in daylight time (EDT UTC-4) -> 15:00Z, which the ICS "
           "(TZID Eastern Standard Time) confirms; staff named without an address, sender is a Bookings "
           "mailbox -> contact null")
def m15() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hello Priya Raman,</p>
        <p>Thanks for booking with Queensway Bank Experienced Hiring. Your booking is confirmed.</p>
        <table cellpadding="6">
        <tr><td style="color:#605e5c">Service</td><td>Phone interview &ndash; Product Analyst, Cards &amp; Payments</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Wednesday, September 30, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>11:00 AM - 11:30 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Adaeze Nwosu</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>We&#39;ll call you at the number you provided.</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/QueenswayTalent@queenswaybank.onmicrosoft.com/bookings/">Manage booking</a></p>
        <p style="color:#605e5c;font-size:12px">Powered by Microsoft Bookings</p>
        </body></html>
        """)
    ics = VTZ["Eastern Standard Time"] + """
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000062B1D4C0A44EDC0100000000000000001000000071F3C6E2D8A94B45A3E6F0B91C27D584
SUMMARY:Phone interview - Product Analyst\\, Cards & Payments
DTSTART;TZID=Eastern Standard Time:20260930T110000
DTEND;TZID=Eastern Standard Time:20260930T113000
DTSTAMP:20260924T171507Z
ORGANIZER;CN=Queensway Bank Experienced Hiring:mailto:QueenswayTalent@queenswaybank.onmicrosoft.com
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    cal = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
           + "\nEND:VCALENDAR")
    when = "2026-09-24 13:15:07"
    return message([
        rcv("from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2090.outbound.protection.outlook.com [40.107.115.90])", when, TO),
        ("From", "Queensway Bank Experienced Hiring <QueenswayTalent@queenswaybank.onmicrosoft.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Your booking is confirmed: Phone interview - Product Analyst, Cards & Payments"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YT2PR01MB{_id('m15', 8).upper()}@YT2PR01MB8833.CANPRD01.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-AuthSource", "YT2PR01MB8833.CANPRD01.PROD.OUTLOOK.COM"),
    ], mixed(html(page), calendar(cal, ctype="text/calendar", filename="Booking.ics", disposition="attachment",
                                  cte="base64")))


@mail(n(16), family="human_prose", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-16 14:00", TO), end=None,
      contact="jfitz@sparrowlane.ca", company="Sparrow Lane Capital",
      local="Fri 2026-10-16 14:00", zone=TO,
      note="Phone-written reply from the hiring manager on top of Priya's proposal: 'Friday at 2 works' "
           "resolves against the Date (Tue 13 Oct) to Fri 16 Oct, which the quoted proposal also states; EDT "
           "UTC-4 -> 18:00Z; 'about an hour' is approximate -> end null",
      days=(("Fri", "2026-10-16"),))
def m16() -> bytes:
    body = t("""
        Perfect, friday at 2 works. Come to 145 King St W, 20th flr - ask for me at reception and
        I'll grab you. We'll do about an hour w/ me and Aisha, then maybe a quick coffee w the team
        if they're around

        -J

        Sent from my iPhone

        > On Oct 12, 2026, at 9:41 PM, Priya Raman <priya.raman@example.org> wrote:
        >
        > Hi Jordan,
        >
        > Thanks again for the call today. For the in-person, would Friday Oct 16 at 2pm work?
        > Thursday morning is also possible if that's easier.
        >
        > Best,
        > Priya
        """)
    when = "2026-10-13 07:48:05"
    return message([
        rcv("from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2101.outbound.protection.outlook.com [40.107.244.101])", when, TO),
        ("From", "Jordan Fitzgerald <jfitz@sparrowlane.ca>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Re: In-person next week?"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m16', 8).upper()}-{_id('m16a', 4).upper()}-4C1E-9F2B-{_id('m16b', 12).upper()}@sparrowlane.ca>"),
        ("In-Reply-To", f"<{_id('m16p', 20)}@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="7bit", params="format=flowed; delsp=yes"))


# =========================================================================== positives: rescheduled


@mail(n(17), family="exchange", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-10-02 15:30", TO), end=utc("2026-10-02 16:15", TO),
      contact="meena.desai@lakeshoretrust.com", company="Lakeshore Trust",
      local="Fri 2026-10-02 15:30", local_end="2026-10-02 16:15", zone=TO,
      note="Outlook 'Updated' meeting request (SEQUENCE 1): moved from Thu Oct 1 11:00 AM to Fri Oct 2 3:30-4:15 "
           "PM; the When line shows '(UTC-05:00) Eastern Time (US & Canada)' but October 2 is EDT UTC-4 -> "
           "19:30Z; labelled with the new time; contact = organizer",
      days=(("Thu", "2026-10-01"),))
def m17() -> bytes:
    head = t("""
        When: Friday, October 2, 2026 3:30 PM-4:15 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Lakeshore Trust, 40 University Ave, 9th floor (or Teams - link below)

        *~*~*~*~*~*~*~*~*~*

        Hi Priya,

        Apologies for the shuffle - Kenji was pulled into our quarterly review, so I've had to move
        our interview from Thursday Oct 1 at 11:00 AM to Friday Oct 2 at 3:30 PM. Same format,
        same people. Please accept the updated invite if it works; if not, just reply and we'll
        find another slot.

        Thanks for your flexibility,
        Meena

        Meena Desai | Manager, Wealth Digital Products | Lakeshore Trust

        """) + TEAMS_BLOCK.format(mid="NDM3OWIyYzItMWQ1Ny00", num="219 004 583 761", code="Lt9wR4", pin="771 302 958")
    ics = VTZ["Eastern Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Meena Desai:mailto:meena.desai@lakeshoretrust.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe:mailto:kenji.watanabe@lakeshoretrust.com
UID:040000008200E00074C5B7101A82E00800000000F43A27B8E04EDC01000000000000000010000000C9D8E17F05B3A64B8C2E4D16A9F07B33
SUMMARY;LANGUAGE=en-US:Interview - Priya Raman - Senior Product Analyst
DTSTART;TZID=Eastern Standard Time:20261002T153000
DTEND;TZID=Eastern Standard Time:20261002T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260928T161022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Lakeshore Trust\\, 40 University Ave\\, 9th floor (or Teams)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1283370455
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT"""
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics + "\nEND:VCALENDAR"
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + head.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
            + "</div></body></html>\n")
    when = "2026-09-28 12:10:22"
    return message([
        rcv("from YQXPR01MB4410.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:c00:2e::9)", when, TO),
        ("From", "Meena Desai <meena.desai@lakeshoretrust.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("CC", "Kenji Watanabe <kenji.watanabe@lakeshoretrust.com>"),
        ("Subject", "Updated: Interview - Priya Raman - Senior Product Analyst"),
        ("Thread-Topic", "Interview - Priya Raman - Senior Product Analyst"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YQXPR01MB4410{_id('m17', 10).upper()}@YQXPR01MB4410.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ], alt(text(head), html(page), calendar(cal, cte="base64")))


@mail(n(18), family="workable", lang="en-CA", interview=True, kind="rescheduled",
      start=utc("2026-11-10 16:30", VAN), end=utc("2026-11-10 17:00", VAN),
      contact="jenna.park@tidewaterdata.ca", company="Tidewater Data",
      local="Tue 2026-11-10 16:30", local_end="2026-11-10 17:00", zone=VAN,
      note="Workable reschedule from a Vancouver firm: new time 'Tuesday, November 10, 2026 at 4:30 PM PST "
           "(7:30 PM EST)', 30 minutes; PST UTC-8 -> Wed 11 Nov 00:30Z (another day in UTC); the old slot "
           "(Mon Nov 9 2:00 PM PST) is also written; Reply-To is a Workable relay, contact = recruiter "
           "address in the signature",
      days=(("Mon", "2026-11-09"),))
def m18() -> bytes:
    body = t("""
        Hi Priya,

        Your interview for the Product Analyst position at Tidewater Data has been rescheduled.

        Previous time: Monday, November 9, 2026 at 2:00 PM PST
        New time: Tuesday, November 10, 2026 at 4:30 PM PST (7:30 PM EST)
        Duration: 30 minutes
        Type: Video call - https://meet.google.com/tdw-hzqe-pnb

        Sorry about the late hour on your side - it's the only slot our VP Analytics has this week.
        If it doesn't work, reply here and I'll find something else.

        Best regards,
        Jenna Park
        People & Talent, Tidewater Data
        jenna.park@tidewaterdata.ca | 604-555-0142

        --
        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#28313b">
        <p>Hi Priya,</p>
        <p>Your interview for the <b>Product Analyst</b> position at Tidewater Data has been rescheduled.</p>
        <p><span style="color:#9aa5b1;text-decoration:line-through">Monday, November 9, 2026 at 2:00 PM PST</span><br>
        <b>Tuesday, November 10, 2026 at 4:30 PM PST (7:30 PM EST)</b><br>
        Duration: 30 minutes<br>
        Type: Video call &ndash; <a href="https://meet.google.com/tdw-hzqe-pnb">https://meet.google.com/tdw-hzqe-pnb</a></p>
        <p>Sorry about the late hour on your side &ndash; it&#39;s the only slot our VP Analytics has this week. If it doesn&#39;t work, reply here and I&#39;ll find something else.</p>
        <p>Best regards,<br>Jenna Park<br>People &amp; Talent, Tidewater Data<br>
        <a href="mailto:jenna.park@tidewaterdata.ca">jenna.park@tidewaterdata.ca</a> | 604-555-0142</p>
        <p style="font-size:11px;color:#9aa5b1">Powered by Workable</p>
        </body></html>
        """)
    when = "2026-11-04 11:20:48"
    return message([
        rcv("from mail.workablemail.com (mail.workablemail.com [168.245.9.77])", when, VAN),
        ("From", "Tidewater Data <noreply@workablemail.com>"),
        ("Reply-To", "tidewater-data+c5e81a02f7@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", "Interview rescheduled - Product Analyst at Tidewater Data"),
        ("Date", date(when, VAN)),
        ("Message-ID", f"<{_id('m18', 26)}@workablemail.com>"),
    ], alt(text(body), html(page)))


@mail(n(19), family="human_prose", lang="en-IN", interview=True, kind="rescheduled",
      start=utc("2026-11-18 11:00", TO), end=utc("2026-11-18 12:00", TO),
      contact="karthik.s@vaigaiinfotech.com", company="Vaigai Infotech",
      local="Wed 2026-11-18 11:00", local_end="2026-11-18 12:00", zone=TO,
      note="Indian-English HR mail sent from IST: 'rescheduled from Monday 16-Nov-2026 4:00 PM EST to "
           "Wednesday 18-Nov-2026 11:00 AM EST (9:30 PM IST)', 'Duration: 1 hour'; EST UTC-5 -> 16:00Z; "
           "labelled with the new time; contact = human sender",
      days=(("Mon", "2026-11-16"), ("Wed", "2026-11-18")))
def m19() -> bytes:
    body = t("""
        Dear Priya,

        Greetings of the day!!

        This is to inform you that due to unavailability of the panel, your technical interview for
        the position of Business Analyst - Payments (Toronto Delivery Centre) has been rescheduled
        from Monday 16-Nov-2026 4:00 PM EST to Wednesday 18-Nov-2026 11:00 AM EST (9:30 PM IST).

        Revised details are as below:

        Date      : Wednesday, 18-Nov-2026
        Time      : 11:00 AM EST (9:30 PM IST)
        Duration  : 1 hour
        Mode      : Webex - https://vaigaiinfotech.webex.com/meet/rkrishnan
        Panel     : Mr. Ramesh Krishnan (Delivery Head - BFSI, Canada)

        Kindly acknowledge the receipt of this mail and convey your availability for the revised
        schedule. We regret the inconvenience caused.

        Thanks and Regards,
        Karthik Subramanian
        HR - Talent Acquisition
        Vaigai Infotech Ltd. | Chennai | Toronto
        Ph: +91 44 4590 2211 Extn 318
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial;font-size:11pt">
        <p>Dear Priya,</p>
        <p>Greetings of the day!!</p>
        <p>This is to inform you that due to unavailability of the panel, your technical interview for the position of <b>Business Analyst - Payments (Toronto Delivery Centre)</b> has been rescheduled from <span style="color:#c00000">Monday 16-Nov-2026 4:00 PM EST</span> to <span style="background:yellow"><b>Wednesday 18-Nov-2026 11:00 AM EST (9:30 PM IST)</b></span>.</p>
        <p>Revised details are as below:</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
        <tr><td>Date</td><td>Wednesday, 18-Nov-2026</td></tr>
        <tr><td>Time</td><td>11:00 AM EST (9:30 PM IST)</td></tr>
        <tr><td>Duration</td><td>1 hour</td></tr>
        <tr><td>Mode</td><td>Webex - https://vaigaiinfotech.webex.com/meet/rkrishnan</td></tr>
        <tr><td>Panel</td><td>Mr. Ramesh Krishnan (Delivery Head - BFSI, Canada)</td></tr>
        </table>
        <p>Kindly acknowledge the receipt of this mail and convey your availability for the revised schedule. We regret the inconvenience caused.</p>
        <p>Thanks and Regards,<br>Karthik Subramanian<br>HR - Talent Acquisition<br>Vaigai Infotech Ltd. | Chennai | Toronto<br>Ph: +91 44 4590 2211 Extn 318</p>
        </div></body></html>
        """)
    when = "2026-11-13 18:40:16"
    return message([
        rcv("from mail.vaigaiinfotech.com (mail.vaigaiinfotech.com [203.199.114.52])", when, IST),
        ("From", "Karthik Subramanian <karthik.s@vaigaiinfotech.com>"),
        ("To", "priya.raman@example.org"),
        ("Subject", "RE: Interview Rescheduled - Business Analyst - Payments - Priya Raman"),
        ("Date", date(when, IST)),
        ("Message-ID", f"<{_id('m19', 16)}$@vaigaiinfotech.com>".replace("$", "")),
        ("Importance", "High"),
        ("X-Priority", "1"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(20), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-15 14:00", NY), end=utc("2026-12-15 14:45", NY),
      contact="elena@boweryledger.com", company="Bowery Ledger",
      local="Tue 2026-12-15 14:00", local_end="2026-12-15 14:45", zone=NY,
      note="Google Calendar 'Updated invitation' (SEQUENCE 1): 'Changed: Tuesday Dec 15, 2026 2pm - 2:45pm "
           "(Eastern Time - New York)', previously Mon Dec 14 11am; EST UTC-5 -> 19:00Z; labelled with the new "
           "time; contact = organizer",
      days=(("Mon", "2026-12-14"),))
def m20() -> bytes:
    body = t("""
        This event has been changed.

        Bowery Ledger - Priya Raman / Final round (Analytics deep dive)

        When
        Changed: Tuesday Dec 15, 2026 ⋅ 2pm – 2:45pm (Eastern Time - New York)
        (was Monday Dec 14, 2026 ⋅ 11am – 11:45am)

        Join with Google Meet
        https://meet.google.com/bwl-yrte-oqx

        Organizer
        Elena Vasquez
        elena@boweryledger.com

        Guests
        Elena Vasquez - organizer
        Dev Malhotra
        priya.raman@example.org

        Reply for priya.raman@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmJ3bGZpbmFs&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmJ3bGZpbmFs&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmJ3bGZpbmFs&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = VTZ[NY] + """
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261215T140000
DTEND;TZID=America/New_York:20261215T144500
DTSTAMP:20261210T140211Z
ORGANIZER;CN=Elena Vasquez:mailto:elena@boweryledger.com
UID:2bwlfinal0q8r7s6t5u4v3w2x1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman@example.org;X-NUM-GUESTS=0:mailto:priya.raman@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dev Malhotra;X-NUM-GUESTS=0:mailto:dev@boweryledger.com
CREATED:20261203T191507Z
LAST-MODIFIED:20261210T140210Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Bowery Ledger - Priya Raman / Final round (Analytics deep dive)
TRANSP:OPAQUE
END:VEVENT"""
    cal = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + ics + "\nEND:VCALENDAR")
    when = "2026-12-10 09:02:11"
    return message([
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, NY),
        ("From", "Elena Vasquez <elena@boweryledger.com>"),
        ("To", ME),
        ("Subject", "Updated invitation: Bowery Ledger - Priya Raman / Final round (Analytics deep dive) @ "
                    "Tue Dec 15, 2026 2pm - 2:45pm (EST) (priya.raman@example.org)"),
        ("Date", date(when, NY)),
        ("Message-ID", f"<calendar-{_id('m20', 8)}-{_id('m20b', 4)}-{_id('m20c', 4)}@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
    ], alt(text(body), html(gmail_html(body)), calendar(cal)))


# =========================================================================== positives: cancelled


@mail(n(21), family="greenhouse", lang="en-CA", interview=True, kind="cancelled",
      start=utc("2026-10-22 11:00", TO), end=utc("2026-10-22 12:30", TO),
      contact="olivia.chen@mapleharbourbank.ca", company="Maple Harbour Bank",
      local="Thu 2026-10-22 11:00", local_end="2026-10-22 12:30", zone=TO,
      note="Greenhouse cancellation with METHOD:CANCEL ICS: the panel on 'Thursday, October 22 at 11:00 AM - "
           "12:30 PM EDT' is cancelled, role on hold, no new time; EDT UTC-4 -> 15:00Z; thread with the first "
           "Maple Harbour mail; contact = recruiter Reply-To")
def m21() -> bytes:
    body = t("""
        Hi Priya,

        I'm sorry to share that we need to cancel your panel interview for the Product Analyst,
        Payments role, scheduled for Thursday, October 22 at 11:00 AM - 12:30 PM EDT.

        The business has put this position on hold while our 2027 budget is finalized. This is not
        a reflection of your candidacy - the team was genuinely impressed with your first
        conversation. If the role reopens, I'll reach out to you first.

        A calendar cancellation is attached so the hold comes off your calendar.

        Warmly,
        Olivia Chen
        Talent Acquisition Partner | Maple Harbour Bank
        """)
    ics = VTZ_TORONTO + """
BEGIN:VEVENT
UID:greenhouse-interview-51377204-mhb
DTSTAMP:20261020T140533Z
DTSTART;TZID=America/Toronto:20261022T110000
DTEND;TZID=America/Toronto:20261022T123000
SUMMARY:Cancelled: Panel Interview - Priya Raman (Product Analyst\\, Payments)
ORGANIZER;CN=Olivia Chen:mailto:olivia.chen@mapleharbourbank.ca
ATTENDEE;CN=Priya Raman:mailto:priya.raman@example.org
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT"""
    cal = ("BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduler//EN\nVERSION:2.0\nMETHOD:CANCEL\n"
           + ics + "\nEND:VCALENDAR")
    when = "2026-10-20 10:05:33"
    return message([
        rcv("from o1.us.greenhouse-mail.io (o1.us.greenhouse-mail.io [167.89.101.22])", when, TO),
        ("From", "Olivia Chen <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Olivia Chen <olivia.chen@mapleharbourbank.ca>"),
        ("To", ME_FULL),
        ("Subject", "Cancelled: Panel Interview - Product Analyst, Payments"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m21')}.{_id('m21b', 8)}@us.greenhouse-mail.io>"),
    ], mixed(text(body), calendar(cal, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-12-09 15:00", NY), end=None,
      contact="nadia.brooks@halcyonmarkets.com", company="Halcyon Markets",
      local="Wed 2026-12-09 15:00", zone=NY,
      note="Recruiter cancels 'tomorrow's 3pm' final round; 'tomorrow' resolves against the Date (Tue 8 Dec, "
           "EST) to Wed 9 Dec 15:00 EST -> 20:00Z; hiring paused, no new time; contact = human sender",
      days=(("Tue", "2026-12-08"),))
def m22() -> bytes:
    body = t("""
        Hi Priya,

        I'm really sorry to be writing this - we need to cancel tomorrow's 3pm final round with
        Owen and Theo. Leadership paused hiring for the Institutional Trading team through
        January as part of next year's planning, and that includes this role.

        I know you've put a lot of time into this process and I hate delivering this news. If the
        freeze lifts I'd love to pick things back up with you, and I'm happy to be a reference for
        your conversations elsewhere in the meantime.

        Nadia

        Nadia Brooks
        Senior Technical Recruiter, Halcyon Markets
        """)
    when = "2026-12-08 09:05:47"
    return message([
        rcv("from mail-qt1-f178.google.com (mail-qt1-f178.google.com [209.85.160.178])", when, NY),
        ("From", "Nadia Brooks <nadia.brooks@halcyonmarkets.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Tomorrow's final round"),
        ("Date", date(when, NY)),
        ("Message-ID", f"<CAJ{_id('m22', 32)}@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(23), family="exchange", lang="en-CA", interview=True, kind="cancelled",
      start=utc("2026-11-05 10:00", TO), end=utc("2026-11-05 11:00", TO),
      contact="jasmine.aucoin@harbourfrontlife.ca", company="Harbourfront Life Assurance",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=TO,
      note="Outlook 'Canceled:' request (METHOD:CANCEL) sent Fri 30 Oct in EDT for Thu 5 Nov 10:00-11:00 after "
           "the 1 Nov DST change (EST UTC-5 -> 15:00Z); the body says a new invite for Mon Nov 9 1:00 PM "
           "follows separately, but this mail only cancels, so kind cancelled with the cancelled slot; "
           "contact = organizer",
      days=(("Mon", "2026-11-09"),))
def m23() -> bytes:
    head = t("""
        Hi Priya,

        Cancelling this slot - Andrew has a conflict with a regulator meeting that just landed on
        Thursday. I've sent you a separate, fresh invite for Monday Nov 9 at 1:00 PM instead;
        please accept that one when you get a chance. Sorry for the back and forth!

        Jasmine

        """)
    ics = VTZ["Eastern Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Jasmine Aucoin:mailto:jasmine.aucoin@harbourfrontlife.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrew McKinnon:mailto:andrew.mckinnon@harbourfrontlife.ca
UID:040000008200E00074C5B7101A82E008000000001E6F0A73B46ADC010000000000000000100000002A57C9E4F1D04E4C86B3E71FA0C95D12
SUMMARY;LANGUAGE=en-US:Canceled: Final interview - Priya Raman
DTSTART;TZID=Eastern Standard Time:20261105T100000
DTEND;TZID=Eastern Standard Time:20261105T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261030T203011Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:10 York Street\\, 14th Floor - Room Lakeview
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT"""
    cal = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics + "\nEND:VCALENDAR"
    when = "2026-10-30 16:30:11"
    return message([
        rcv("from YT4PR01MB7720.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:b01:118::7)", when, TO),
        ("From", "Jasmine Aucoin <jasmine.aucoin@harbourfrontlife.ca>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("CC", "Andrew McKinnon <andrew.mckinnon@harbourfrontlife.ca>"),
        ("Subject", "Canceled: Final interview - Priya Raman"),
        ("Thread-Topic", "Final interview - Priya Raman"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YT4PR01MB7720{_id('m23', 10).upper()}@YT4PR01MB7720.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
    ], alt(text(head, charset="windows-1252"), calendar(cal, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(n(24), family="taleo_rejection", lang="en-CA", interview=False, company="Great Lakes Fidelity Bank",
      note="Taleo rejection after an interview: mentions the interview and a date in the past, no time to "
           "attend; negative",
      days=(("Tue", "2026-09-29"),))
def m24() -> bytes:
    body = t("""
        Dear Priya Raman,

        Thank you for taking the time to interview with us on Tuesday, September 29 for the
        position of Product Analyst, Open Banking (Requisition 2600418).

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches the current needs of the team.

        We appreciate your interest in Great Lakes Fidelity Bank and encourage you to apply for
        future opportunities that match your skills. Your profile will remain in our talent
        community.

        Sincerely,
        Talent Acquisition
        Great Lakes Fidelity Bank

        This is an automated message. Please do not reply.
        """)
    when = "2026-10-07 17:41:02"
    return message([
        rcv("from smtp2.taleo.net (smtp2.taleo.net [160.34.10.22])", when, TO),
        ("From", "Great Lakes Fidelity Bank <noreply@taleo.net>"),
        ("To", "priya.raman@example.org"),
        ("Subject", "Your application for Product Analyst, Open Banking (2600418)"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m24', 18)}.JavaMail.taleo@tlprd-mail03>"),
        ("Auto-Submitted", "auto-generated"),
    ], html("<html><body><p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", " ").replace("</p> <p>", "</p>\n<p>")
            + "</p></body></html>\n", charset="iso-8859-1"))


@mail(n(25), family="offer", lang="en-CA", interview=False, company="Sparrow Lane Capital",
      note="Offer letter after the Sparrow Lane interview; contains a fixed deadline (Friday October 30, 5:00 "
           "p.m.) and a call offer, but no interview; negative",
      days=(("Fri", "2026-10-30"),))
def m25() -> bytes:
    body = t("""
        Hi Priya,

        On behalf of everyone at Sparrow Lane Capital, I'm delighted to offer you the position of
        Senior Product Analyst, reporting to me. Aisha and the team loved meeting you on Friday.

        The formal offer letter is attached through DocuSign. Highlights:

          - Base salary: $118,000 CAD
          - Annual bonus target: 12%
          - Start date: Monday, January 4, 2027 (flexible)
          - Hybrid: 3 days a week at 145 King St W

        We'd ask you to sign by Friday, October 30 at 5:00 p.m. If you'd like to talk anything
        through - compensation, start date, the team - just call me any time this week at
        416-555-0177.

        Really hope you'll join us.

        Jordan

        Jordan Fitzgerald
        Head of Product Analytics | Sparrow Lane Capital
        """)
    when = "2026-10-21 15:12:40"
    return message([
        rcv("from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2110.outbound.protection.outlook.com [40.107.243.110])", when, TO),
        ("From", "Jordan Fitzgerald <jfitz@sparrowlane.ca>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Offer - Senior Product Analyst, Sparrow Lane Capital"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m25', 8).upper()}-77AA-4E01-B3C2-{_id('m25a', 12).upper()}@sparrowlane.ca>"),
    ], text(body))


@mail(n(26), family="application_receipt", lang="en-CA", interview=False, company="Kestrel Payments",
      note="SmartRecruiters application acknowledgement; 'if selected for an interview' only; negative")
def m26() -> bytes:
    body = t("""
        Dear Priya,

        Thank you for applying for the Senior Product Analyst, Merchant Growth position at Kestrel
        Payments. We have received your application and our team is reviewing it.

        What happens next?
        If your experience matches what we're looking for, a member of our recruiting team will
        contact you to schedule an interview. Due to the volume of applications, this can take up
        to three weeks.

        In the meantime, you can follow your application here:
        https://jobs.smartrecruiters.com/KestrelPayments/candidate-portal

        Best regards,
        Kestrel Payments Talent Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Priya,</p>
        <p>Thank you for applying for the <b>Senior Product Analyst, Merchant Growth</b> position at Kestrel Payments. We have received your application and our team is reviewing it.</p>
        <h4>What happens next?</h4>
        <p>If your experience matches what we&#39;re looking for, a member of our recruiting team will contact you to schedule an interview. Due to the volume of applications, this can take up to three weeks.</p>
        <p>In the meantime, you can <a href="https://jobs.smartrecruiters.com/KestrelPayments/candidate-portal">follow your application here</a>.</p>
        <p>Best regards,<br>Kestrel Payments Talent Team</p>
        <p style="font-size:10px;color:#888">Powered by SmartRecruiters</p>
        </body></html>
        """)
    when = "2026-11-10 22:47:13"
    return message([
        rcv("from mail.smartrecruiters.com (mail.smartrecruiters.com [185.60.167.8])", when, TO),
        ("From", "Kestrel Payments <noreply@smartrecruiters.com>"),
        ("To", ME),
        ("Subject", "Thank you for your application - Senior Product Analyst, Merchant Growth"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m26', 30)}@smartrecruiters.com>"),
    ], alt(text(body), html(page)))


@mail(n(27), family="job_alert", lang="en-CA", interview=False, company=None,
      note="JOIN job alert listing roles (one says 'first interview within 5 days'); no appointment; negative")
def m27() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;background:#f7f7f9">
        <table width="600" align="center" style="background:#fff" cellpadding="16">
        <tr><td><h2 style="margin:0">7 new jobs for &quot;Product Analyst&quot; in Toronto, ON</h2></td></tr>
        <tr><td>
        <p><a href="https://join.com/companies/nordlicht-pay/1744201-product-analyst-payments">Product Analyst, Payments</a><br>Nordlicht Pay &middot; Toronto, ON (Hybrid) &middot; Full-time<br><span style="color:#0a7">Fast process: first interview within 5 days</span></p>
        <p><a href="https://join.com/companies/brightloop/1744388-data-product-analyst">Data Product Analyst</a><br>Brightloop &middot; Remote (Canada) &middot; Full-time</p>
        <p><a href="https://join.com/companies/fintrail/1744502-growth-analyst">Growth Analyst</a><br>Fintrail &middot; Waterloo, ON &middot; Full-time</p>
        <p><a href="https://join.com/jobs?q=product%20analyst&amp;l=Toronto">See all 7 jobs</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">You receive this alert because you subscribed on JOIN. <a href="https://join.com/alerts/unsubscribe?t=c8d1e2">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    when = "2026-09-16 07:00:04"
    return message([
        rcv("from mail.join.com (mail.join.com [159.135.132.40])", when, TO),
        ("From", "JOIN Job Alerts <alerts@join.com>"),
        ("To", ME),
        ("Subject", "7 new Product Analyst jobs in Toronto, ON"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m27', 24)}@join.com>"),
        ("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=c8d1e2>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(28), family="newsletter_tips", lang="en-CA", interview=False, company=None,
      note="Newsletter about product-analyst interviews with a live AMA on a fixed date (Tue Oct 20, 12:00 ET); "
           "no job interview for the reader; negative",
      days=(("Tue", "2026-10-20"),))
def m28() -> bytes:
    body = t("""
        THE LEDGER LINE - fintech careers, every other Thursday

        In this issue: "Your interview is confirmed" - now what?

        You've got the confirmation email. Your interview is scheduled for Tuesday at 10. Here's the
        prep plan three hiring managers at Canadian banks swear by:

        1. Re-read the job posting and map every bullet to a story.
        2. Pick two metrics you'd own in the role and sketch how you'd move them.
        3. Prepare a 90-second answer to "walk me through a dashboard you built".
        4. Have a question ready about how the team decides what to build next.

        LIVE AMA: Ask a hiring manager anything
        Tuesday, October 20 at 12:00 PM ET on LinkedIn Live - no registration needed.

        Also this week: why open banking timelines slipped again, and salary bands for product
        analysts in Toronto vs. Montreal.

        You're receiving this because you subscribed at theledgerline.ca.
        Unsubscribe: https://theledgerline.ca/unsubscribe?u=5521f
        """)
    when = "2026-10-15 06:30:00"
    return message([
        rcv("from mail246.atl121.mcsv.net (mail246.atl121.mcsv.net [148.105.8.246])", when, TO),
        ("From", "The Ledger Line <hello@theledgerline.ca>"),
        ("To", ME),
        ("Subject", "\"Your interview is confirmed\" - now what?"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m28', 20)}@mail246.atl121.mcsv.net>"),
        ("List-Unsubscribe", "<https://theledgerline.ca/unsubscribe?u=5521f>"),
        ("List-Id", "The Ledger Line <5521f.theledgerline.list-id.mcsv.net>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(29), family="self_schedule", lang="en-CA", interview=False, company="Cedar & Tide Analytics",
      note="Personio 'choose your interview slot' mail from the Vancouver firm, with candidate slots in "
           "Pacific time but nothing booked; negative",
      days=(("Wed", "2026-10-14"), ("Thu", "2026-10-15")))
def m29() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for your application for Senior Product Analyst at Cedar & Tide Analytics! We'd like
        to invite you to a first interview with Tom Beaulieu, our VP Product.

        Please choose a time that works for you using the link below. Available slots this week
        include Wednesday, October 14 and Thursday, October 15 between 9:00 am and 1:00 pm
        Pacific Time.

        Choose your slot: https://cedartide.jobs.personio.com/interview-slots/b71e09c2

        Once you've picked a slot, you'll receive a confirmation with the video link.

        Best,
        The Cedar & Tide hiring team
        """)
    when = "2026-10-12 10:04:26"
    return message([
        rcv("from mail.personio.de (mail.personio.de [185.12.81.77])", when, VAN),
        ("From", "Cedar & Tide Analytics <no-reply@personio.de>"),
        ("To", ME),
        ("Subject", "Invitation to interview: please choose your slot - Senior Product Analyst"),
        ("Date", date(when, VAN)),
        ("Message-ID", f"<{_id('m29', 26)}@personio.de>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en-US", interview=False, company="Ridgeback Capital",
      note="Cold outreach from a New York firm asking for availability; nothing fixed; negative")
def m30() -> bytes:
    body = t("""
        Hi Priya,

        I came across your profile and your work on real-time payment analytics caught my eye. I'm
        hiring a Lead Product Analyst for our Treasury Tech team here at Ridgeback Capital (NYC,
        open to remote within Eastern time).

        Would you be open to a 20-minute intro chat sometime in the next couple of weeks? If so,
        send me a few times that suit you and I'll set it up.

        Best,
        Callum Hargreaves
        Principal Recruiter, Ridgeback Capital
        """)
    when = "2026-09-08 13:26:59"
    return message([
        rcv("from mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])", when, NY),
        ("From", "Callum Hargreaves <callum.hargreaves@ridgebackcap.com>"),
        ("To", ME),
        ("Subject", "Lead Product Analyst - Treasury Tech (NYC / remote)"),
        ("Date", date(when, NY)),
        ("Message-ID", f"<CAK{_id('m30', 32)}@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposed_times", lang="en-CA", interview=False, company="Northline Payroll",
      note="Recruiter proposes times ('would Tuesday at 10 work? or Wednesday after 2') that are not yet "
           "confirmed; the confirmation is a later mail; negative",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")))
def m31() -> bytes:
    body = t("""
        Hi Priya,

        Thanks for applying to the Product Analyst role at Northline Payroll - I'd love to set up an
        initial call to walk through the role and your background.

        Would Tuesday (Nov 24) at 10 work? Or Wednesday after 2? If neither suits, send me a couple
        of options and I'll make it work.

        Amrit

        Amrit Gill | Senior Talent Partner
        Northline Payroll | 2 Bloor St W, Toronto
        """)
    when = "2026-11-19 14:51:30"
    return message([
        rcv("from mail.northlinepayroll.com (mail.northlinepayroll.com [104.47.75.164])", when, TO),
        ("From", "Amrit Gill <amrit.gill@northlinepayroll.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Product Analyst - quick intro call?"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m31', 20)}@northlinepayroll.com>"),
    ], text(body, cte="7bit"))


@mail(n(32), family="non_interview_calendar", lang="en-CA", interview=False, company=None,
      note="Family doctor appointment reminder with a fixed time (Thu Oct 8, 9:40 AM); not an interview; negative",
      days=(("Thu", "2026-10-08"),))
def m32() -> bytes:
    body = t("""
        Bloor West Family Health Team

        Appointment reminder for PRIYA RAMAN

        Date: Thursday, October 8, 2026
        Time: 9:40 AM
        Provider: Dr. Helen Mbeki
        Location: 2333 Bloor St W, Suite 210, Toronto

        Please bring your Ontario health card. To cancel or change, call 416-555-0163 at least 24
        hours in advance. Reply C to confirm by text.

        This is an automated message from Ocean Reminders. Do not reply to this email.
        """)
    when = "2026-10-06 10:00:00"
    return message([
        rcv("from mail.cognisantmd.com (mail.cognisantmd.com [99.79.140.21])", when, TO),
        ("From", "Bloor West Family Health <reminders@bloorwestfht.ca>"),
        ("To", ME),
        ("Subject", "Appointment reminder: Thu Oct 8 at 9:40 AM"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m32', 20)}@bloorwestfht.ca>"),
    ], text(body, cte="7bit"))


@mail(n(33), family="non_interview_calendar", lang="en-CA", interview=False, company=None,
      note="Car service appointment confirmation with ICS (Sat Oct 17, 8:00 AM); not an interview; negative",
      days=(("Sat", "2026-10-17"),))
def m33() -> bytes:
    body = t("""
        Hi Priya,

        Your service appointment is confirmed.

        Vehicle: 2019 Honda Civic (plate CKRP 418)
        Service: Seasonal tire change + oil change
        When: Saturday, October 17, 2026 at 8:00 AM
        Where: Danforth Auto Care, 1580 Danforth Ave, Toronto

        Drop-off is at the side bay. We'll text you when the car is ready.

        Danforth Auto Care
        416-555-0120
        """)
    ics = VTZ_TORONTO + """
BEGIN:VEVENT
UID:appt-55120-danforthautocare
DTSTAMP:20261012T153000Z
DTSTART;TZID=America/Toronto:20261017T080000
DTEND;TZID=America/Toronto:20261017T093000
SUMMARY:Tire change + oil change - Danforth Auto Care
LOCATION:1580 Danforth Ave\\, Toronto
STATUS:CONFIRMED
END:VEVENT"""
    cal = "BEGIN:VCALENDAR\nPRODID:-//Shopmonkey//Appointments//EN\nVERSION:2.0\nMETHOD:PUBLISH\n" + ics + "\nEND:VCALENDAR"
    when = "2026-10-12 11:30:00"
    return message([
        rcv("from mail.shopmonkey.io (mail.shopmonkey.io [159.183.15.20])", when, TO),
        ("From", "Danforth Auto Care <appointments@danforthautocare.ca>"),
        ("To", ME),
        ("Subject", "Appointment confirmed - Sat Oct 17, 8:00 AM"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m33', 20)}@shopmonkey.io>"),
    ], mixed(text(body, cte="7bit"), calendar(cal, method="PUBLISH", filename="appointment.ics",
                                              disposition="attachment")))


@mail(n(34), family="job_centre", lang="en-CA", interview=False, company=None,
      note="Employment-services 'intake interview' with a counsellor at a fixed time (Wed Sep 23, 2:00 PM); a "
           "job-centre appointment, not a job interview; negative",
      days=(("Wed", "2026-09-23"),))
def m34() -> bytes:
    body = t("""
        Hello Priya,

        This confirms your intake interview with an Employment Counsellor at Lakeshore Employment
        Centre (an Employment Ontario service provider).

        Date: Wednesday, September 23, 2026
        Time: 2:00 PM
        Counsellor: Marcia Delgado
        Location: 3250 Lake Shore Blvd W, 2nd floor, Etobicoke

        At this appointment we will review your employment goals, your resume, and which workshops
        and job-matching supports you are eligible for. Please bring your SIN, photo ID and a copy
        of your Record of Employment.

        If you cannot attend, please call 416-555-0131 so we can book another time.

        Lakeshore Employment Centre
        """)
    when = "2026-09-17 09:20:00"
    return message([
        rcv("from mail.lakeshoreemployment.ca (mail.lakeshoreemployment.ca [142.112.44.9])", when, TO),
        ("From", "Lakeshore Employment Centre <frontdesk@lakeshoreemployment.ca>"),
        ("To", ME),
        ("Subject", "Your intake interview - Wednesday, September 23 at 2:00 PM"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m34', 20)}@lakeshoreemployment.ca>"),
    ], text(body, charset="iso-8859-15"))


@mail(n(35), family="non_interview_calendar", lang="en-CA", interview=False, company=None,
      note="Outlook invite from the current employer (Fernleaf Payments) for a Q4 planning offsite, TZID Eastern "
           "Standard Time, Thu Oct 8; a team event, not an interview; negative",
      days=(("Thu", "2026-10-08"),))
def m35() -> bytes:
    head = t("""
        When: Thursday, October 8, 2026 9:00 AM-4:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: The Burroughes Building, 639 Queen St W - 3rd floor loft

        *~*~*~*~*~*~*~*~*~*

        Hi team,

        Q4 planning offsite for Product & Analytics. Breakfast from 8:30, we start at 9. Bring your
        draft OKRs and the Q3 retro notes. Lunch is catered; tell Jess about dietary needs.

        Thanks,
        Olu

        """)
    ics = VTZ["Eastern Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Olu Adeyemi:mailto:olu.adeyemi@fernleafpay.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Product & Analytics:mailto:product-analytics@fernleafpay.com
UID:040000008200E00074C5B7101A82E00800000000A9C1E37A5F3CDC0100000000000000001000000054E7A2C9B13F2D42B1E8A7C6D0F93B21
SUMMARY;LANGUAGE=en-US:Q4 Planning Offsite - Product & Analytics
DTSTART;TZID=Eastern Standard Time:20261008T090000
DTEND;TZID=Eastern Standard Time:20261008T160000
DTSTAMP:20260915T142211Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:The Burroughes Building\\, 639 Queen St W
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT"""
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics + "\nEND:VCALENDAR"
    when = "2026-09-15 10:22:11"
    return message([
        rcv("from YT1PR01MB3391.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:b01:3c::21)", when, TO),
        ("From", "Olu Adeyemi <olu.adeyemi@fernleafpay.com>"),
        ("To", "Product & Analytics <product-analytics@fernleafpay.com>"),
        ("Subject", "Q4 Planning Offsite - Product & Analytics"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YT1PR01MB3391{_id('m35', 10).upper()}@YT1PR01MB3391.CANPRD01.PROD.OUTLOOK.COM>"),
    ], alt(text(head), calendar(cal, cte="base64")))


@mail(n(36), family="webinar", lang="en-CA", interview=False, company=None,
      note="Zoom webinar registration (Thu Oct 29, 12:00 PM ET) about breaking into fintech product roles; "
           "confirms a time but not a job interview; negative",
      days=(("Thu", "2026-10-29"),))
def m36() -> bytes:
    body = t("""
        Hi Priya Raman,

        Thank you for registering for "Breaking into Fintech Product: what interviewers actually
        look for".

        Date & Time: Oct 29, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://fintechwomen-ca.zoom.us/w/81925530714?tk=Wq8nC1

        Passcode: 441902

        You can cancel your registration at any time.

        Fintech Women Canada
        """)
    when = "2026-10-19 19:44:08"
    return message([
        rcv("from mailout.zoom.us (mailout.zoom.us [170.114.10.88])", when, TO),
        ("From", "Fintech Women Canada <no-reply@zoom.us>"),
        ("To", ME),
        ("Subject", "Fintech Women Canada Webinar Confirmation - Breaking into Fintech Product"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m36', 22)}@zoom.us>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(37), family="meetup", lang="en-CA", interview=False, company=None,
      note="Meetup RSVP for a product-analytics night (Wed Nov 25, 6:30 PM) featuring 'mock interview "
           "speed rounds'; not a job interview; negative",
      days=(("Wed", "2026-11-25"),))
def m37() -> bytes:
    body = t("""
        You're going!

        Toronto Product Analytics Meetup
        Interview Night: mock interview speed rounds + hiring manager panel

        Wednesday, November 25, 2026
        6:30 PM to 9:00 PM EST

        Shopfront Commons, 100 Spadina Ave, Toronto

        Bring 5 printed resumes. Pizza provided by our sponsors.

        See event: https://www.meetup.com/toronto-product-analytics/events/312004877/
        Not going anymore? Change your RSVP on the event page.

        Meetup, 632 Broadway, New York, NY 10012
        """)
    when = "2026-11-18 12:03:55"
    return message([
        rcv("from mail.meetup.com (mail.meetup.com [54.240.27.51])", when, TO),
        ("From", "Meetup <info@meetup.com>"),
        ("To", ME),
        ("Subject", "You're going to \"Interview Night: mock interview speed rounds + hiring manager panel\""),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m37', 24)}@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(38), family="mock_interview", lang="en-CA", interview=False, company=None,
      note="Calendly booking of a paid mock interview with a career coach (Mon Nov 16, 6:00-7:00 PM ET); "
           "confirmed time, but a coaching session, not a job interview; negative",
      days=(("Mon", "2026-11-16"),))
def m38() -> bytes:
    body = t("""
        Hi Priya Raman,

        A new event has been scheduled.

        Event Type:
        Mock Interview - Product / Analytics (60 min)

        Invitee:
        Priya Raman

        Event Date/Time:
        6:00pm - 7:00pm (Eastern Time - US & Canada) on Monday, November 16, 2026

        Location:
        Zoom - link in the calendar invitation

        Questions:
        What role are you preparing for? Senior product analyst, fintech (bank + startup loops)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/e0c13a9b-2d5f-4a8b-9f1e-7b6d2c4a0e18
        Reschedule: https://calendly.com/reschedulings/e0c13a9b-2d5f-4a8b-9f1e-7b6d2c4a0e18

        Powered by Calendly.com
        """)
    when = "2026-11-09 20:15:42"
    return message([
        rcv("from o3.email.calendly.com (o3.email.calendly.com [149.72.134.64])", when, TO),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Lauren Whitcombe Coaching <lauren@whitcombecareers.ca>"),
        ("To", ME),
        ("Subject", "Confirmed: Mock Interview - Product / Analytics (60 min) with Lauren Whitcombe on Monday, "
                    "November 16, 2026"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m38', 22)}@calendly.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(39), family="interviewer_training", lang="en-CA", interview=False, company=None,
      note="Current employer's Teams invite to mandatory structured-interviewing training (Tue Nov 17, 1:00-2:30 "
           "PM EST); Priya is a trainee interviewer, not a candidate; negative",
      days=(("Tue", "2026-11-17"),))
def m39() -> bytes:
    head = t("""
        When: Tuesday, November 17, 2026 1:00 PM-2:30 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi all,

        As we ramp up 2027 hiring, everyone joining an interview panel needs to complete our
        Structured Interviewing & Inclusive Hiring training. This session covers scorecards,
        behavioural questions and how to write up your feedback in Greenhouse.

        People Team, Fernleaf Payments

        """) + TEAMS_BLOCK.format(mid="OGUxMzE0ZGEtYjQ2ZC00", num="255 918 330 472", code="Rx3kP8", pin="118 440 902")
    ics = VTZ["Eastern Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=People Team:mailto:people@fernleafpay.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman@fernleafpay.com
UID:040000008200E00074C5B7101A82E00800000000C2F7A19D3B67DC0100000000000000001000000093A1B5E7C24D8F4A9E0B6C3D5F71A284
SUMMARY;LANGUAGE=en-US:Required: Structured Interviewing & Inclusive Hiring training
DTSTART;TZID=Eastern Standard Time:20261117T130000
DTEND;TZID=Eastern Standard Time:20261117T143000
DTSTAMP:20261103T150501Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT"""
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics + "\nEND:VCALENDAR"
    when = "2026-11-03 10:05:01"
    return message([
        rcv("from YT2PR01MB6104.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:b01:72::5)", when, TO),
        ("From", "People Team <people@fernleafpay.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Required: Structured Interviewing & Inclusive Hiring training"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YT2PR01MB6104{_id('m39', 10).upper()}@YT2PR01MB6104.CANPRD01.PROD.OUTLOOK.COM>"),
    ], alt(text(head), calendar(cal, cte="base64")))


@mail(n(40), family="auto_reply", lang="en-CA", interview=False, company="Lakeshore Trust",
      note="Out-of-office auto-reply from the Lakeshore Trust hiring manager; mentions interview scheduling "
           "and a return date; negative",
      days=(("Mon", "2026-10-19"),))
def m40() -> bytes:
    body = t("""
        Thank you for your email. I'm out of the office with limited access to email until Monday,
        October 19.

        For anything related to interview scheduling for the Wealth Digital Products team, please
        contact our coordinator, Ines Carvalho (ines.carvalho@lakeshoretrust.com). Otherwise I will
        respond when I'm back.

        Meena Desai | Manager, Wealth Digital Products | Lakeshore Trust
        """)
    when = "2026-10-09 18:02:37"
    return message([
        rcv("from YQXPR01MB4410.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:c00:2e::9)", when, TO),
        ("From", "Meena Desai <meena.desai@lakeshoretrust.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Automatic reply: Thank you - Senior Product Analyst interview"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YQXPR01MB4410{_id('m40', 10).upper()}@YQXPR01MB4410.CANPRD01.PROD.OUTLOOK.COM>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Thread-Topic", "Thank you - Senior Product Analyst interview"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(41), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (DSN) for Priya's thank-you note; the returned message mentions 'our interview on "
           "Tuesday'; negative",
      days=(("Tue", "2026-09-15"),))
def m41() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <darnell.whitfield@mapleharbourbank.ca>: host
            mapleharbourbank-ca.mail.protection.outlook.com[52.101.73.4] said: 550 5.4.1
            Recipient address rejected: Access denied. (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Fq2Zk1nXbz9sT
        Arrival-Date: Tue, 15 Sep 2026 13:12:40 -0400 (EDT)

        Final-Recipient: rfc822; darnell.whitfield@mapleharbourbank.ca
        Original-Recipient: rfc822;darnell.whitfield@mapleharbourbank.ca
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; mapleharbourbank-ca.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
        """)
    orig = message([
        ("From", "Priya Raman <priya.raman@example.org>"),
        ("To", "darnell.whitfield@mapleharbourbank.ca"),
        ("Subject", "Thank you - Product Analyst, Payments"),
        ("Date", date("2026-09-15 13:12:38", TO)),
        ("Message-ID", f"<{_id('m41o', 20)}@example.org>"),
    ], text(t("""
        Hi Darnell,

        Thank you for our interview on Tuesday morning - I really enjoyed hearing how the payments
        team thinks about merchant onboarding, and I'm even more excited about the role.

        Best,
        Priya
        """), cte="7bit"))
    when = "2026-09-15 13:12:44"
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 4Fq2Zk3Rm7z9sV; " + date(when, TO)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, TO)),
        ("Message-ID", "<20260915171244.4Fq2Zk3Rm7z9sV@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(report, charset="us-ascii", cte="7bit"),
                 raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(orig),
                 params="report-type=delivery-status"))


@mail(n(42), family="mailing_list", lang="en-CA", interview=False, company=None,
      note="Google Groups digest of a fintech PM list; members mention their own interviews ('mine is "
           "Thursday at 2'); nothing for Priya; negative")
def m42() -> bytes:
    body = t("""
        toronto-fintech-pm@googlegroups.com
        Today's topic summary

        Group: https://groups.google.com/g/toronto-fintech-pm
          - Anyone interviewed at Maple Harbour recently? [3 updates]
          - Contract rates for product analysts in 2027 [1 update]

        ================================================================
        Anyone interviewed at Maple Harbour recently?
        ----------------------------------------------------------------
        Efua Mensah <efua.mensah@example.com>: Sep 28 08:14AM -0400

        Got a panel confirmed with them - mine is Thursday at 2. Any tips on the case part?

        ----------------------------------------------------------------
        Dan Ostrowski <dostrowski@example.net>: Sep 28 09:02AM -0400

        They like SQL on a whiteboard. Know your window functions. Good luck!

        ----------------------------------------------------------------
        Efua Mensah <efua.mensah@example.com>: Sep 28 09:30AM -0400

        Thanks Dan, will report back.

        ================================================================
        Contract rates for product analysts in 2027
        ----------------------------------------------------------------
        Sandeep Walia <swalia@example.com>: Sep 28 11:47AM -0400

        Seeing $75-95/h through agencies for 6-month contracts at the banks.

        ----------------------------------------------------------------
        You received this digest because you're subscribed to updates for this group. You can
        change your settings on the group membership page.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        toronto-fintech-pm+unsubscribe@googlegroups.com.
        """)
    when = "2026-09-29 06:15:33"
    return message([
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", when, TO),
        ("From", "toronto-fintech-pm@googlegroups.com"),
        ("To", "Digest recipients <toronto-fintech-pm@googlegroups.com>"),
        ("Subject", "[toronto-fintech-pm] Digest for toronto-fintech-pm@googlegroups.com - 4 updates in 2 topics"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m42', 28)}@google.com>"),
        ("List-Id", "<toronto-fintech-pm.googlegroups.com>"),
        ("Mailing-list", "list toronto-fintech-pm@googlegroups.com; contact toronto-fintech-pm+owners@googlegroups.com"),
        ("Precedence", "list"),
        ("List-Unsubscribe", "<mailto:toronto-fintech-pm+unsubscribe@googlegroups.com>"),
    ], text(body, cte="7bit"))


@mail(n(43), family="press_interview", lang="en-CA", interview=False, company=None,
      note="A journalist confirms an interview with Priya for an article (Thu Nov 26, 11:00 ET, 30 minutes); "
           "confirmed time but press, not a job interview; negative",
      days=(("Thu", "2026-11-26"),))
def m43() -> bytes:
    body = t("""
        Hi Priya,

        Thanks so much for agreeing to talk - confirming our interview for Thursday, Nov. 26 at
        11:00 a.m. ET, by phone, for about 30 minutes. I'll call you at 647-555-0109.

        As I mentioned, the piece is about how Canadian fintechs are preparing for real-time rail
        and open banking, and I'd love your view from the product-analytics side. Nothing will be
        attributed to your employer, and I'll send you any quotes before we publish.

        Thanks again,
        Renée Chartrand
        Reporter, The Canadian Ledger
        renee.chartrand@canadianledger.ca | @reneechartrand
        """)
    when = "2026-11-20 16:28:19"
    return message([
        rcv("from mail-io1-f54.google.com (mail-io1-f54.google.com [209.85.166.54])", when, TO),
        ("From", addr("Renée Chartrand", "renee.chartrand@canadianledger.ca")),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Confirming our interview - real-time payments piece"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<CAE{_id('m43', 32)}@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(44), family="admission_interview", lang="en-CA", interview=False, company=None,
      note="Part-time MBA admissions interview invitation (Fri Dec 4, 1:30 PM ET, 30 minutes) from a business "
           "school; an admission interview, not a job interview; negative",
      days=(("Fri", "2026-12-04"),))
def m44() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Priya,</p>
        <p>Congratulations &mdash; following a review of your application to the <b>Weekend MBA (Fall 2027 intake)</b>, the Admissions Committee would like to invite you to an admissions interview.</p>
        <p><b>Date:</b> Friday, December 4, 2026<br>
        <b>Time:</b> 1:30 p.m. &ndash; 2:00 p.m. (Eastern)<br>
        <b>Format:</b> Video interview with a member of the Admissions Committee</p>
        <p>The interview is conversational and focuses on your career goals and what you will bring to your cohort. A Zoom link will be sent 48 hours in advance.</p>
        <p>Warm regards,<br>Graduate Admissions<br>Lakeshore School of Management</p>
        </body></html>
        """)
    when = "2026-11-24 11:00:00"
    return message([
        rcv("from mail.lsm-admissions.ca (mail.lsm-admissions.ca [137.207.32.15])", when, TO),
        ("From", "LSM Graduate Admissions <mba.admissions@lakeshoreschool.ca>"),
        ("To", ME),
        ("Subject", "Weekend MBA: invitation to interview"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m44', 20)}@lakeshoreschool.ca>"),
    ], html(page, charset="windows-1252"))


@mail(n(45), family="sports_tryout", lang="en-CA", interview=False, company=None,
      note="Rec volleyball league try-out slot (Sun Sep 20, 10:00 AM); not an interview; negative",
      days=(("Sun", "2026-09-20"),))
def m45() -> bytes:
    body = t("""
        Hey Priya!

        Thanks for signing up for competitive division try-outs. You're in the 10:00 AM group on
        Sunday, September 20 at Wallace Emerson Community Centre (gym B). Try-outs run about 90 min.

        Bring court shoes, water, and your waiver (link below if you haven't signed it).
        Waiver: https://tsvl.ca/waiver

        See you on the court,
        Kelsey - Toronto Social Volleyball League
        """)
    when = "2026-09-14 21:37:10"
    return message([
        rcv("from mail.tsvl.ca (mail.tsvl.ca [23.227.38.65])", when, TO),
        ("From", "Toronto Social Volleyball League <info@tsvl.ca>"),
        ("To", ME),
        ("Subject", "Your try-out time: Sun Sep 20, 10 AM"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m45', 20)}@tsvl.ca>"),
    ], text(body, cte="8bit"))


@mail(n(46), family="bank_advisor", lang="en-CA", interview=False, company=None,
      note="Bank mortgage pre-approval call booked via Microsoft Bookings (Sat Nov 14, 11:00 AM, '(UTC-05:00) "
           "Eastern Time'); a personal appointment at a bank that is also one of her employers-to-be; negative",
      days=(("Sat", "2026-11-14"),))
def m46() -> bytes:
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hello Priya Raman,</p>
        <p>Thanks for booking with Queensway Bank Home Financing.</p>
        <table cellpadding="6">
        <tr><td style="color:#605e5c">Service</td><td>Mortgage pre-approval call (45 min)</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Saturday, November 14, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>11:00 AM - 11:45 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Mortgage Specialist &ndash; Gurpreet Sandhu</td></tr>
        </table>
        <p>Please have your recent pay stubs and a notice of assessment ready.</p>
        <p style="color:#605e5c;font-size:12px">Powered by Microsoft Bookings</p>
        </body></html>
        """)
    when = "2026-11-07 09:41:51"
    return message([
        rcv("from CAN01-YQB-obe.outbound.protection.outlook.com (mail-yqbcan01on2112.outbound.protection.outlook.com [40.107.116.112])", when, TO),
        ("From", "Queensway Bank Home Financing <QueenswayMortgage@queenswaybank.onmicrosoft.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Your booking is confirmed: Mortgage pre-approval call (45 min)"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YQBPR01MB{_id('m46', 8).upper()}@YQBPR01MB2271.CANPRD01.PROD.OUTLOOK.COM>"),
    ], html(page))


@mail(n(47), family="forwarded_other", lang="en-CA", interview=False, company=None,
      note="Roommate forwards her OWN Greenhouse interview confirmation (Fri Oct 23, 3:00 PM EDT) to ask for "
           "help; a confirmed job interview, but not Priya's; negative",
      days=(("Fri", "2026-10-23"),))
def m47() -> bytes:
    inner = t("""
        ---------- Forwarded message ---------
        From: Brightloop <no-reply@us.greenhouse-mail.io>
        Date: Mon, Oct 19, 2026 at 10:12 AM
        Subject: Interview Confirmation: UX Researcher - Brightloop
        To: Aditi Sharma <aditi.sharma@example.com>
        Reply-To: Cole Brennan <cole.brennan@brightloop.ca>

        Hi Aditi,

        Your interview has been scheduled.

        Date: Friday, October 23, 2026
        Time: 3:00 PM - 4:00 PM EDT
        Location: Brightloop, 46 Spadina Ave, Toronto

        Kind regards,
        Cole Brennan
        """)
    top = t("""
        PRIYA I GOT THE INTERVIEW 😭😭 can you do a practice run with me sunday? you're so good at
        the case stuff. I'll make dinner

        """)
    body = top + inner
    when = "2026-10-19 10:31:05"
    return message([
        rcv("from mail-lj1-f173.google.com (mail-lj1-f173.google.com [209.85.208.173])", when, TO),
        ("From", "Aditi Sharma <aditi.sharma@example.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Fwd: Interview Confirmation: UX Researcher - Brightloop"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<CAH{_id('m47', 32)}@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(48), family="language_school", lang="fr-CA+en", interview=False, company=None,
      note="French-school placement interview ('entrevue de classement', Sat Oct 3, 10:00); a language-level "
           "placement, not a job interview; negative",
      days=(("Sat", "2026-10-03"),))
def m48() -> bytes:
    body = t("""
        Bonjour Priya,

        Merci de votre inscription aux cours de français des affaires (niveau intermédiaire).
        Votre entrevue de classement (test oral, environ 20 minutes) aura lieu le samedi
        3 octobre 2026 à 10 h, à nos locaux du 24, avenue Spadina.

        Your placement interview (oral test, about 20 minutes) is on Saturday, October 3 at
        10:00 a.m. at our Spadina Avenue location.

        Au plaisir,
        Hélène Dubé
        Coordonnatrice pédagogique - Alliance Linguistique Toronto
        """)
    when = "2026-09-25 14:06:40"
    return message([
        rcv("from mail.alliancelinguistique.ca (mail.alliancelinguistique.ca [192.99.14.211])", when, TO),
        ("From", addr("Alliance Linguistique Toronto", "inscriptions@alliancelinguistique.ca")),
        ("To", ME),
        ("Subject", enc("Entrevue de classement - samedi 3 octobre / Placement interview", "iso-8859-15")),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m48', 20)}@alliancelinguistique.ca>"),
    ], text(body, charset="iso-8859-15", cte="8bit"))


@mail(n(49), family="interviewer_assignment", lang="en-CA", interview=False, company=None,
      note="Current employer's Greenhouse asks Priya to INTERVIEW an intern candidate (Thu Oct 15, 2:00-2:45 "
           "PM EDT); she is the interviewer, not the candidate; negative",
      days=(("Thu", "2026-10-15"),))
def m49() -> bytes:
    body = t("""
        Hi Priya,

        You've been scheduled to interview Daniel Osei for Data Analyst Intern (Winter 2027).

        Interview: Technical - SQL & Metrics
        When: Thursday, October 15, 2026 2:00 PM - 2:45 PM EDT
        Where: Fernleaf Payments - Room Maple (4th floor) / Google Meet

        Your interview kit and scorecard:
        https://app.greenhouse.io/guides/88213047/people/51904417?application_id=70345512

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Fernleaf Payments Recruiting
        """)
    when = "2026-10-09 15:20:11"
    return message([
        rcv("from o1.us.greenhouse-mail.io (o1.us.greenhouse-mail.io [167.89.101.22])", when, TO),
        ("From", "Fernleaf Payments <no-reply@us.greenhouse-mail.io>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Interview scheduled: Daniel Osei for Data Analyst Intern (Winter 2027)"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<{_id('m49')}.{_id('m49b', 8)}@us.greenhouse-mail.io>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(50), family="recruiter_followup", lang="en-CA", interview=False, company="Queensway Bank",
      note="Recruiter after a headcount freeze: 'let's touch base in mid-January'; no fixed time; negative")
def m50() -> bytes:
    body = t("""
        Hi Priya,

        Quick update from our side. Thanks again for the phone interview in September - Adaeze
        shared great feedback. Unfortunately the Cards & Payments team's headcount has been frozen
        until the new fiscal year, so we can't move you to the next round right now.

        Let's touch base in mid-January once budgets are confirmed. If anything changes before
        then, I'll reach out.

        All the best for the holidays,
        Tanvir Rahman
        Senior Recruiter, Experienced Hiring | Queensway Bank
        tanvir.rahman@queenswaybank.com
        """)
    when = "2026-12-11 11:48:02"
    return message([
        rcv("from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2095.outbound.protection.outlook.com [40.107.115.95])", when, TO),
        ("From", "Tanvir Rahman <tanvir.rahman@queenswaybank.com>"),
        ("To", "Priya Raman <priya.raman@example.org>"),
        ("Subject", "Queensway Bank - Product Analyst update"),
        ("Date", date(when, TO)),
        ("Message-ID", f"<YT3PR01MB{_id('m50', 8).upper()}@YT3PR01MB6502.CANPRD01.PROD.OUTLOOK.COM>"),
    ], text(body, cte="quoted-printable"))
