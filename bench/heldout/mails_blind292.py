"""blind292: a blind 50-mail held-out set, the inbox of Kayla Brennan, food-safety specialist at a dairy
cooperative in Madison, Wisconsin (America/Chicago), September to December 2026.

Written blind on 2026-11-26 by a helper session that read only make.py, make_blind.py, the
held-out README's introduction and its Mix / Label conventions / Traps / Judgement calls sections,
the dev corpus README, labels.json, dev_002, dev_009 and score.py. It did not read the detector,
its tests or fixtures, any other mails_*.py or held-out set, and never ran the detector.

Every mail is one function, written by hand; keys 1-24 are the positives (17 scheduled,
4 rescheduled, 3 cancelled), keys 25-50 the negatives. File numbers are a fixed shuffle of the
writing order (ORDER below). All companies and people are fictional.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import t

SET = "blind292"
ORDER = random.Random(2920292).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


K = "kayla.brennan@example.org"
KAYLA = "Kayla Brennan <kayla.brennan@example.org>"
CHI = "America/Chicago"
TOR = "America/Toronto"
LA = "America/Los_Angeles"
AMS = "Europe/Amsterdam"
UTCZ = "UTC"


def _id(seed: str) -> str:
    return hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:14]


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, via: str,
         to: str = KAYLA, reply_to: str | None = None, more: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, [Reply-To], Subject, Date, Message-ID, then extras."""
    hs = [
        ("Delivered-To", K),
        ("Received", make.received(f"from {via}", when, zone,
                                   f"mx2.example.org with ESMTPS id {_id(msgid)}", K)),
        ("From", frm),
        ("To", to),
    ]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Subject", make.enc(subject, charset)), ("Date", make.date(when, zone)), ("Message-ID", msgid)]
    hs += list(more)
    return hs


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


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-16T15:00:00Z", end="2026-09-16T15:30:00Z",
           contact="dana.kowalczyk@northgatecheese.com", company="Northgate Cheese Company",
           local="Wed 2026-09-16 10:00", local_end="2026-09-16 10:30", zone=CHI,
           note="Greenhouse confirmation of a 30-minute phone screen, 10:00-10:30 AM CDT (Chicago, UTC-5 in September); contact = human Reply-To recruiter")
def greenhouse_northgate():
    body = t("""
        Hi Kayla,

        Thanks for making time to talk with us about the Quality Assurance Manager role at
        Northgate Cheese Company. Your phone screen is confirmed:

          Date:      Wednesday, September 16, 2026
          Time:      10:00 AM - 10:30 AM CDT
          Format:    Phone call - Dana will call you at (608) 555-0148
          With:      Dana Kowalczyk, Talent Acquisition Partner

        If anything changes on your end, just reply to this email and it will go straight to
        Dana.

        Best,
        The Northgate Cheese Company Recruiting Team
        Milwaukee, WI
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Kayla,</p>
        <p>Thanks for making time to talk with us about the <b>Quality Assurance Manager</b> role at
        Northgate Cheese Company. Your phone screen is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Wednesday, September 16, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:30 AM CDT</td></tr>
        <tr><td><b>Format</b></td><td>Phone call - Dana will call you at (608) 555-0148</td></tr>
        <tr><td><b>With</b></td><td>Dana Kowalczyk, Talent Acquisition Partner</td></tr>
        </table>
        <p>If anything changes on your end, just reply to this email and it will go straight to Dana.</p>
        <p>Best,<br>The Northgate Cheese Company Recruiting Team<br>Milwaukee, WI</p>
        <img src="https://app.greenhouse.io/email_open/5c1e0a7b.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Northgate Cheese Company <no-reply@greenhouse.io>",
              "Phone screen confirmed: Quality Assurance Manager at Northgate Cheese Company",
              "2026-09-10 14:22", CHI, "<5c1e0a7b.20260910192204.91d2@greenhouse.io>",
              via="o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.34])",
              reply_to="Dana Kowalczyk <dana.kowalczyk@northgatecheese.com>",
              more=(("X-Mailer", "Greenhouse"),))
    return make.message(hs, make.alt(make.text(body), make.html(page)))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-18T18:30:00Z", end="2026-09-18T19:15:00Z",
           contact="marcus.oyelaran@prairieharvest.com", company="Prairie Harvest Foods",
           local="Fri 2026-09-18 13:30", local_end="2026-09-18 14:15", zone=CHI,
           note="Lever confirmation, Fri 1:30-2:15 PM CT in September = CDT (UTC-5); ICS alternative agrees; contact = Reply-To recruiter")
def lever_prairie_harvest():
    body = t("""
        Hi Kayla,

        You're all set! Here are the details for your upcoming interview with Prairie Harvest Foods.

        Role: Senior Food Safety Specialist
        When: Friday, September 18, 2026, 1:30 PM - 2:15 PM CT
        Where: Video call (Google Meet) - https://meet.google.com/phq-tzaw-miv
        Interviewers: Renee Castellanos (Director, Food Safety & Quality)

        Please reply to this message if you need to make any changes.

        Marcus Oyelaran
        Recruiter, Prairie Harvest Foods
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
        <p>Hi Kayla,</p>
        <p>You're all set! Here are the details for your upcoming interview with Prairie Harvest Foods.</p>
        <p><strong>Role:</strong> Senior Food Safety Specialist<br>
        <strong>When:</strong> Friday, September 18, 2026, 1:30 PM &ndash; 2:15 PM CT<br>
        <strong>Where:</strong> Video call (Google Meet) &ndash; <a href="https://meet.google.com/phq-tzaw-miv">meet.google.com/phq-tzaw-miv</a><br>
        <strong>Interviewers:</strong> Renee Castellanos (Director, Food Safety &amp; Quality)</p>
        <p>Please reply to this message if you need to make any changes.</p>
        <p>Marcus Oyelaran<br>Recruiter, Prairie Harvest Foods</p>
        <p style="color:#8a8a8a;font-size:11px">Sent with Lever</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Lever//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + make.VTZ["America/Chicago"] + """
BEGIN:VEVENT
UID:lever-int-7f3a91c2-55d0-4e7b-a0a4-2d1b6e9c4410
DTSTAMP:20260914T140500Z
SEQUENCE:0
DTSTART;TZID=America/Chicago:20260918T133000
DTEND;TZID=America/Chicago:20260918T141500
SUMMARY:Interview: Kayla Brennan - Senior Food Safety Specialist
LOCATION:https://meet.google.com/phq-tzaw-miv
ORGANIZER;CN=Marcus Oyelaran:mailto:marcus.oyelaran@prairieharvest.com
ATTENDEE;CN=Kayla Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kayla.brennan@example.org
ATTENDEE;CN=Renee Castellanos;ROLE=REQ-PARTICIPANT:mailto:renee.castellanos@prairieharvest.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Prairie Harvest Foods <no-reply@hire.lever.co>",
              "Interview confirmed - Senior Food Safety Specialist, Prairie Harvest Foods",
              "2026-09-14 09:05", CHI, "<0100019a3c2f7e11-prairieharvest-int-1@email.lever.co>",
              via="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              reply_to="Marcus Oyelaran <marcus.oyelaran@prairieharvest.com>")
    return make.message(hs, make.alt(make.text(body), make.html(page), make.calendar(ics)))


@make.mail(N(3), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-09-22T16:00:00Z", end="2026-09-22T16:45:00Z",
           contact="marcus.oyelaran@prairieharvest.com", company="Prairie Harvest Foods",
           local="Tue 2026-09-22 11:00", local_end="2026-09-22 11:45", zone=CHI,
           note="Lever reschedule: old slot Fri Sep 18 1:30 PM struck through, new Tue Sep 22 11:00-11:45 AM CT (CDT, UTC-5); ICS same UID, SEQUENCE:1")
def lever_prairie_harvest_moved():
    body = t("""
        Hi Kayla,

        Your interview with Prairie Harvest Foods has been rescheduled. Renee had a supplier audit
        move onto her calendar on Friday, so we've found a new time that you picked from the list
        we sent.

        Previous time (cancelled): Friday, September 18, 2026, 1:30 PM - 2:15 PM CT
        New time: Tuesday, September 22, 2026, 11:00 AM - 11:45 AM CT

        Role: Senior Food Safety Specialist
        Where: Video call (Google Meet) - https://meet.google.com/phq-tzaw-miv
        Interviewers: Renee Castellanos (Director, Food Safety & Quality)

        An updated calendar invitation is attached. Reply here with any questions.

        Marcus Oyelaran
        Recruiter, Prairie Harvest Foods
        """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
        <p>Hi Kayla,</p>
        <p>Your interview with Prairie Harvest Foods has been <strong>rescheduled</strong>. Renee had a supplier audit
        move onto her calendar on Friday, so we've found a new time that you picked from the list we sent.</p>
        <p><span style="color:#999"><s>Friday, September 18, 2026, 1:30 PM &ndash; 2:15 PM CT</s></span><br>
        <strong>Tuesday, September 22, 2026, 11:00 AM &ndash; 11:45 AM CT</strong></p>
        <p><strong>Role:</strong> Senior Food Safety Specialist<br>
        <strong>Where:</strong> Video call (Google Meet) &ndash; <a href="https://meet.google.com/phq-tzaw-miv">meet.google.com/phq-tzaw-miv</a><br>
        <strong>Interviewers:</strong> Renee Castellanos (Director, Food Safety &amp; Quality)</p>
        <p>An updated calendar invitation is attached. Reply here with any questions.</p>
        <p>Marcus Oyelaran<br>Recruiter, Prairie Harvest Foods</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Lever//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + make.VTZ["America/Chicago"] + """
BEGIN:VEVENT
UID:lever-int-7f3a91c2-55d0-4e7b-a0a4-2d1b6e9c4410
DTSTAMP:20260917T214000Z
SEQUENCE:1
DTSTART;TZID=America/Chicago:20260922T110000
DTEND;TZID=America/Chicago:20260922T114500
SUMMARY:Interview: Kayla Brennan - Senior Food Safety Specialist
LOCATION:https://meet.google.com/phq-tzaw-miv
ORGANIZER;CN=Marcus Oyelaran:mailto:marcus.oyelaran@prairieharvest.com
ATTENDEE;CN=Kayla Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kayla.brennan@example.org
ATTENDEE;CN=Renee Castellanos;ROLE=REQ-PARTICIPANT:mailto:renee.castellanos@prairieharvest.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Prairie Harvest Foods <no-reply@hire.lever.co>",
              "Interview rescheduled - Senior Food Safety Specialist, Prairie Harvest Foods",
              "2026-09-17 16:40", CHI, "<0100019a5b81c0d4-prairieharvest-int-2@email.lever.co>",
              via="a48-97.smtp-out.amazonses.com (a48-97.smtp-out.amazonses.com [54.240.48.97])",
              reply_to="Marcus Oyelaran <marcus.oyelaran@prairieharvest.com>")
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(page)),
        make.calendar(ics, cte="base64", filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T14:00:00Z", end="2026-10-01T15:00:00Z",
           contact="priya.raman@lakeshoreprovisions.com", company="Lakeshore Provisions",
           local="Thu 2026-10-01 09:00", local_end="2026-10-01 10:00", zone=CHI,
           note="Workday HTML-only (base64) interview notice, 9:00 AM CDT with 'Duration: 60 minutes' -> end; sender is the Workday tenant mailbox, contact = recruiter address in the body")
def workday_lakeshore():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;color:#ffffff;font-size:18px">Lakeshore Provisions Careers</td></tr>
        <tr><td>
        <p>Dear Kayla Brennan,</p>
        <p>Thank you for your interest in the <b>Food Safety &amp; Sanitation Supervisor (R-20418)</b> position.
        We are pleased to confirm your interview.</p>
        <p><b>Interview Type:</b> Virtual - Microsoft Teams<br>
        <b>Date:</b> Thursday, October 1, 2026<br>
        <b>Start Time:</b> 9:00 AM CDT<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Interviewers:</b> Curtis Engebretson, Plant Quality Manager; Priya Raman, Senior Recruiter</p>
        <p>A Teams link will be sent by your interviewer before the interview. You can also review this
        interview from the Candidate Home page.</p>
        <p>Questions? Contact Priya Raman at <a href="mailto:priya.raman@lakeshoreprovisions.com">priya.raman@lakeshoreprovisions.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Lakeshore Provisions, Minneapolis, MN</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Powered by Workday.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("Lakeshore Provisions <lakeshoreprovisions@myworkday.com>",
              "Interview Scheduled - Food Safety & Sanitation Supervisor (R-20418)",
              "2026-09-25 11:12", CHI, "<1398127644.88412.1790353920512@wd5-prod-notify-07>",
              via="wd5-smtp-out-3.myworkday.com (wd5-smtp-out-3.myworkday.com [198.187.29.18])")
    return make.message(hs, make.html(page, cte="base64"))


@make.mail(N(5), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-09-29T19:00:00Z", end="2026-09-29T19:45:00Z",
           contact="jess.marlowe@tallgrasstrace.com", company="Tallgrass Trace",
           local="Tue 2026-09-29 12:00", local_end="2026-09-29 12:45", zone=LA,
           note="Ashby confirmation for a remote team; time written in Pacific (12:00-12:45 PM PDT = UTC-7), i.e. 2:00 PM in Madison, not noon; ICS TZID America/Los_Angeles agrees; contact = Reply-To coordinator")
def ashby_tallgrass():
    body = t("""
        Hi Kayla,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, September 29, 2026, 12:00 PM - 12:45 PM PDT
        Zoom: https://tallgrasstrace.zoom.us/j/84120973355

        You'll meet with:
          Omar Haddadin - Head of Customer Success (Food & Beverage)

        Role: Implementation Specialist, Food Safety (Remote - US)

        Questions? Just reply and it will reach Jess Marlowe.

        Thanks,
        Tallgrass Trace Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Kayla,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p>Tuesday, September 29, 2026, 12:00 PM &ndash; 12:45 PM PDT<br>
        Zoom: <a href="https://tallgrasstrace.zoom.us/j/84120973355">https://tallgrasstrace.zoom.us/j/84120973355</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Omar Haddadin &mdash; Head of Customer Success (Food &amp; Beverage)</p>
        <p>Role: Implementation Specialist, Food Safety (Remote &ndash; US)</p>
        <p>Questions? Just reply and it will reach Jess Marlowe.</p>
        <p>Thanks,<br>Tallgrass Trace Recruiting</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ_LA + """
BEGIN:VEVENT
UID:b71e09d4-3a2c-4f18-9c55-0e6f1d2a7b39
DTSTAMP:20260923T203000Z
DTSTART;TZID=America/Los_Angeles:20260929T120000
DTEND;TZID=America/Los_Angeles:20260929T124500
SEQUENCE:0
SUMMARY:Tallgrass Trace - Implementation Specialist, Food Safety Interview
LOCATION:https://tallgrasstrace.zoom.us/j/84120973355
ORGANIZER;CN=Jess Marlowe:mailto:jess.marlowe@tallgrasstrace.com
ATTENDEE;CN=Kayla Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kayla.brennan@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Tallgrass Trace <no-reply@ashbyhq.com>",
              "Interview confirmed: Implementation Specialist, Food Safety at Tallgrass Trace",
              "2026-09-23 20:30", UTCZ, "<010001929b44e1f0-5d7e2a61-9b0c-4d3e-8f71-2c6a0b9e4d17-000000@email.amazonses.com>",
              via="a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              reply_to="Jess Marlowe <jess.marlowe@tallgrasstrace.com>")
    return make.message(hs, make.mixed(
        make.alt(make.text(body, cte="base64"), make.html(page, cte="base64")),
        make.calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(6), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T14:30:00Z", end="2026-10-07T15:15:00Z",
           contact="genevieve.tremblay@mapleridgedairy.ca", company="Maple Ridge Dairy Ingredients",
           local="Wed 2026-10-07 10:30", local_end="2026-10-07 11:15", zone=TOR,
           note="SmartRecruiters, Toronto employer: 10:30-11:15 AM ET in October = EDT (UTC-4), which is 9:30 in Madison; contact = RFC 2047-encoded human Reply-To")
def smartrecruiters_maple_ridge():
    body = t("""
        Dear Kayla,

        Thank you for your application for the position of Quality Systems Lead at Maple Ridge Dairy
        Ingredients. We are pleased to confirm your first interview:

        Date: Wednesday, October 7, 2026
        Time: 10:30 AM - 11:15 AM (Eastern Time, Toronto)
        Type: Video interview (Microsoft Teams - the link will follow in a separate invitation)
        Interviewer: Geneviève Tremblay, Talent Acquisition Specialist

        Please have your HACCP and SQF certificates handy, as we may ask about them.

        If you need to change the time, reply to this email and Geneviève will help.

        Kind regards,
        Maple Ridge Dairy Ingredients
        Mississauga Road, Toronto, ON

        Powered by SmartRecruiters
        """)
    hs = head("Maple Ridge Dairy Ingredients <noreply@smartrecruiters.com>",
              "Interview confirmation - Quality Systems Lead",
              "2026-10-01 13:02", TOR, "<sr.d7b2c9f04a.20261001170214@mail.smartrecruiters.com>",
              via="mail-out-12.smartrecruiters.com (mail-out-12.smartrecruiters.com [52.17.212.80])",
              reply_to=make.addr("Geneviève Tremblay", "genevieve.tremblay@mapleridgedairy.ca"))
    return make.message(hs, make.text(body, cte="quoted-printable"))


@make.mail(N(7), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z",
           contact="owen.fitzgerald@mapleridgedairy.ca", company="Maple Ridge Dairy Ingredients",
           local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=TOR,
           note="Exchange meeting update (SEQUENCE:2, TZID 'Eastern Standard Time'): second interview moved from Thu Oct 29 1 PM to Tue Nov 3 11:00-12:00 ET; sent Oct 26 in EDT but Nov 3 is after North American DST ends (EST, UTC-5) -> 16:00Z")
def outlook_maple_ridge_update():
    body = t("""
        When: Tuesday, November 3, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Kayla,

        I've had to move our conversation - we have a plant trial running on the 29th that I can't
        step away from. Tuesday the 3rd at 11 our time works on our side; note that's after both
        of our clocks fall back, so it's 10:00 AM for you in Madison.

        Sorry for the shuffle, and looking forward to it.

        Owen Fitzgerald
        Director, Quality & Regulatory
        Maple Ridge Dairy Ingredients
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE4NmQ0>
        Meeting ID: 284 611 903 275
        Passcode: fQ7vxA
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hi Kayla,</p>
        <p>I've had to move our conversation - we have a plant trial running on the 29th that I can't step away from.
        Tuesday the 3rd at 11 our time works on our side; note that's after both of our clocks fall back, so it's
        10:00 AM for you in Madison.</p>
        <p>Sorry for the shuffle, and looking forward to it.</p>
        <p>Owen Fitzgerald<br>Director, Quality &amp; Regulatory<br>Maple Ridge Dairy Ingredients</p>
        </div>
        <div style="width:100%">
        <span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE4NmQ0">Click here to join the meeting</a></div>
        <div>Meeting ID: 284 611 903 275<br>Passcode: fQ7vxA</div>
        </div>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["Eastern Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Owen Fitzgerald:mailto:owen.fitzgerald@mapleridgedairy.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Brennan:mailto:kayla.brennan@example.org
DESCRIPTION;LANGUAGE=en-US:Hi Kayla\\, I've had to move our conversation - we have a plant trial running on the 29th.\\n
UID:040000008200E00074C5B7101A82E00800000000C0B19D5E2A61DD01000000000000000010000000E7A9F1C3B2D4E54A9F61B07C3D2E1A55
SUMMARY;LANGUAGE=en-US:Maple Ridge - second interview (Kayla Brennan)
DTSTART;TZID=Eastern Standard Time:20261103T110000
DTEND;TZID=Eastern Standard Time:20261103T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T204500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2117643025
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head("Owen Fitzgerald <owen.fitzgerald@mapleridgedairy.ca>",
              "Maple Ridge - second interview (Kayla Brennan)",
              "2026-10-26 16:45", TOR,
              "<YT3PR01MB6214C0A8E1F7B2D9A41C5E88B3A2@YT3PR01MB6214.CANPRD01.PROD.OUTLOOK.COM>",
              via="YT3PR01MB6214.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:b01:a1::14)",
              more=(("Thread-Topic", "Maple Ridge - second interview (Kayla Brennan)"),
                    ("Thread-Index", "AdtFhI1q9cZ3mT0aQqW2m9XgAAbBcQ=="),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "en-US")))
    return make.message(hs, make.alt(make.text(body), make.html(page),
                                     make.calendar(ics, cte="base64")))


@make.mail(N(8), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T19:00:00Z", end="2026-10-06T20:00:00Z",
           contact="tomas.lindqvist@hollowoakdairy.com", company="Hollow Oak Dairy Foods",
           local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=CHI,
           note="iCIMS HTML-only body with US date 10/06/2026 2:00 PM CDT, '1 hour' -> end; ICS attachment agrees; contact = recruiter address in the body (sender is the iCIMS mailbox)")
def icims_hollow_oak():
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <table width="620" cellpadding="12" style="border:1px solid #d0d7de">
        <tr><td style="background:#5a2d0c;color:#fff;font-weight:bold">Hollow Oak Dairy Foods</td></tr>
        <tr><td>
        <p>Kayla,</p>
        <p>Thank you for your interest in the <b>Quality Assurance Supervisor - 2nd Shift</b> opening (Req ID 2026-3317).
        Your on-site interview has been scheduled as follows:</p>
        <p><b>Date/Time:</b> 10/06/2026 2:00 PM CDT<br>
        <b>Length:</b> 1 hour<br>
        <b>Location:</b> Hollow Oak Dairy Foods, 2250 Pankratz St, Madison, WI 53704 - check in at the front office<br>
        <b>Interviewers:</b> Shannon Reidl (Plant Manager), Tomas Lindqvist (Recruiter)</p>
        <p>Please wear closed-toe shoes; we will walk the production floor. Hair nets and frocks are provided.</p>
        <p>Recruiter: Tomas Lindqvist (<a href="mailto:tomas.lindqvist@hollowoakdairy.com">tomas.lindqvist@hollowoakdairy.com</a>, 608-555-0193)</p>
        <p>A calendar file is attached for your convenience.</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not monitored.</td></tr>
        </table>
        <img src="https://careers-hollowoakdairy.icims.com/icims2?mode=email&amp;t=open&amp;id=8815024" width="1" height="1">
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Talent Platform//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:icims-2026-3317-8815024@icims.com
DTSTAMP:20260930T151500Z
DTSTART:20261006T190000Z
DTEND:20261006T200000Z
SUMMARY:Interview - Quality Assurance Supervisor - 2nd Shift
LOCATION:Hollow Oak Dairy Foods\\, 2250 Pankratz St\\, Madison\\, WI 53704
DESCRIPTION:On-site interview with Shannon Reidl and Tomas Lindqvist.
END:VEVENT
END:VCALENDAR"""
    hs = head("Hollow Oak Dairy Foods <hollowoakdairy@talent.icims.com>",
              "Interview Scheduled: Quality Assurance Supervisor - 2nd Shift",
              "2026-09-30 10:15", CHI, "<1727709300.8815024.JavaMail.icims@talent.icims.com>",
              via="smtp3.icims.com (smtp3.icims.com [64.94.78.40])")
    return make.message(hs, make.mixed(
        make.html(page),
        make.calendar(ics, method=None, ctype="application/ics", cte="base64", filename="Interview.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(9), family="icims", lang="en", interview=True, kind="cancelled",
           start="2026-10-20T14:00:00Z", end=None,
           contact="tomas.lindqvist@hollowoakdairy.com", company="Hollow Oak Dairy Foods",
           local="Tue 2026-10-20 09:00", zone=CHI,
           note="iCIMS plain-text cancellation (req on hold) of the 10/20/2026 9:00 AM CDT second interview; cancelled slot = 14:00Z, no length stated; contact = recruiter address in the signature")
def icims_hollow_oak_cancel():
    body = t("""
        Kayla,

        Unfortunately we need to cancel your second interview for the Quality Assurance
        Supervisor - 2nd Shift position, scheduled for 10/20/2026 at 9:00 AM CDT.

        The requisition has been placed on hold while we review second-shift staffing at the
        Pankratz Street plant. This is no reflection on your candidacy, and I will reach out
        personally if the position reopens.

        Thank you for your patience and for the time you have already given us.

        Tomas Lindqvist
        Recruiter, Hollow Oak Dairy Foods
        tomas.lindqvist@hollowoakdairy.com | 608-555-0193

        ---
        Please do not reply to this message. This mailbox is not monitored.
        """)
    hs = head("Hollow Oak Dairy Foods <hollowoakdairy@talent.icims.com>",
              "Interview Cancelled: Quality Assurance Supervisor - 2nd Shift",
              "2026-10-15 08:40", CHI, "<1728999600.8815024.JavaMail.icims@talent.icims.com>",
              via="smtp1.icims.com (smtp1.icims.com [64.94.78.38])")
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(10), family="workable", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T20:00:00Z", end="2026-10-08T20:30:00Z",
           contact="dale@driftlessferments.com", company="Driftless Ferments",
           local="Thu 2026-10-08 15:00", local_end="2026-10-08 15:30", zone=CHI,
           note="Workable interview invite, Thu Oct 8 3:00 PM CDT for 30 minutes; Reply-To is a Workable +relay (not a person), contact = director's address in the body")
def workable_driftless():
    body = t("""
        Hi Kayla,

        Thanks again for applying for Quality & Food Safety Coordinator at Driftless Ferments.
        We'd like to confirm a call with you:

        Thursday, October 8, 2026 at 3:00 PM (CDT)
        Duration: 30 minutes
        Phone: Dale will call you on the number in your application.

        Dale Hendricks, Operations Director (dale@driftlessferments.com)

        We're a small team making kefir, kombucha and cultured butter in Madison, so expect a
        relaxed conversation about your HACCP and environmental monitoring experience.

        See you Thursday,
        Driftless Ferments hiring team

        --
        Sent via Workable. Replies to this email are delivered to the hiring team.
        """)
    page = make.gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial">')
    hs = head("Driftless Ferments <noreply@workablemail.com>",
              "Interview for Quality & Food Safety Coordinator at Driftless Ferments",
              "2026-10-05 12:20", CHI, "<8f0c1a77e5b94e22a3c1d5b7e0f6a921@workablemail.com>",
              via="mail-a21.workablemail.com (mail-a21.workablemail.com [198.2.185.21])",
              reply_to="Driftless Ferments <driftless-ferments+c81f2e7a4d@candidates.workablemail.com>")
    return make.message(hs, make.alt(make.text(body), make.html(page)))


@make.mail(N(11), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T14:30:00Z", end="2026-10-15T17:00:00Z",
           contact="alicia.brandt@fenwickhale.com", company="Fenwick & Hale Foods",
           local="Thu 2026-10-15 09:30", local_end="2026-10-15 12:00", zone=CHI,
           note="GoodTime onsite itinerary in Chicago, three sessions 9:30 AM-12:00 PM CT (CDT, UTC-5): start = first session, end = last; contact = coordinator Reply-To")
def goodtime_fenwick():
    body = t("""
        Hi Kayla,

        Your onsite interview with Fenwick & Hale Foods is confirmed. Here is your itinerary.

        Thursday, October 15, 2026 (all times Central)
        Fenwick & Hale Foods, 600 W Fulton Market, Chicago, IL - 9th floor reception

          9:30 AM - 10:15 AM   Lorraine Pettigrew, VP Food Safety & Quality
         10:15 AM - 11:00 AM   Victor Alcaraz, Senior Manager, Supplier Quality
         11:15 AM - 12:00 PM   Panel: Plant QA Managers (Rockford & Kenosha)

        Please bring a photo ID for building security. Parking is validated in the Fulton Market
        garage.

        If you have any questions, reply to this email or reach me at 312-555-0174.

        Alicia Brandt
        Recruiting Coordinator, Fenwick & Hale Foods

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Kayla,</p>
        <p>Your onsite interview with Fenwick &amp; Hale Foods is confirmed. Here is your itinerary.</p>
        <h3 style="margin:16px 0 4px">Thursday, October 15, 2026 <span style="font-weight:normal;color:#666">(all times Central)</span></h3>
        <p style="margin:0 0 12px">Fenwick &amp; Hale Foods, 600 W Fulton Market, Chicago, IL &ndash; 9th floor reception</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e3e3e3">
        <tr><td>9:30 AM &ndash; 10:15 AM</td><td>Lorraine Pettigrew, VP Food Safety &amp; Quality</td></tr>
        <tr><td>10:15 AM &ndash; 11:00 AM</td><td>Victor Alcaraz, Senior Manager, Supplier Quality</td></tr>
        <tr><td>11:15 AM &ndash; 12:00 PM</td><td>Panel: Plant QA Managers (Rockford &amp; Kenosha)</td></tr>
        </table>
        <p>Please bring a photo ID for building security. Parking is validated in the Fulton Market garage.</p>
        <p>If you have any questions, reply to this email or reach me at 312-555-0174.</p>
        <p>Alicia Brandt<br>Recruiting Coordinator, Fenwick &amp; Hale Foods</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head("Alicia Brandt via GoodTime <scheduling@goodtime.io>",
              "Your onsite interview itinerary - Fenwick & Hale Foods",
              "2026-10-07 17:05", CHI, "<20261007220512.3f9d0e1c7a@mail.goodtime.io>",
              via="o12.ptr4471.goodtime.io (o12.ptr4471.goodtime.io [149.72.81.12])",
              reply_to="Alicia Brandt <alicia.brandt@fenwickhale.com>")
    return make.message(hs, make.alt(make.text(body), make.html(page)))


@make.mail(N(12), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-16T15:00:00Z", end="2026-10-16T15:45:00Z",
           contact="rebecca.nguyen@kettlemoraineorganics.com", company="Kettle Moraine Organics",
           local="Fri 2026-10-16 10:00", local_end="2026-10-16 10:45", zone=CHI,
           note="Calendly invitee confirmation of a hiring-manager interview, 10:00-10:45am Central Time (CDT); contact = Reply-To host")
def calendly_kettle_moraine():
    body = t("""
        Hi Kayla Brennan,

        A new event has been scheduled.

        Event Type:
        Hiring Manager Interview - QA Lead (45 min)

        Invitee:
        Kayla Brennan

        Invitee Email:
        kayla.brennan@example.org

        Event Date/Time:
        10:00am - 10:45am, Friday, October 16, 2026 (Central Time - US & Canada)

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/87215530419?pwd=Q2tNcXlZb0RkT2Jy

        Host:
        Rebecca Nguyen (Kettle Moraine Organics)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5f0a9c2e-6b17-4e43-b1d0-8a7c3e2f9d61
        Reschedule: https://calendly.com/reschedulings/5f0a9c2e-6b17-4e43-b1d0-8a7c3e2f9d61

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Kayla Brennan,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Interview - QA Lead (45 min)</p>
        <p><b>Invitee:</b><br>Kayla Brennan</p>
        <p><b>Invitee Email:</b><br><a href="mailto:kayla.brennan@example.org">kayla.brennan@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:45am, Friday, October 16, 2026 (Central Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://us06web.zoom.us/j/87215530419?pwd=Q2tNcXlZb0RkT2Jy">https://us06web.zoom.us/j/87215530419</a></p>
        <p><b>Host:</b><br>Rebecca Nguyen (Kettle Moraine Organics)</p>
        <p><a href="https://calendly.com/cancellations/5f0a9c2e-6b17-4e43-b1d0-8a7c3e2f9d61">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/5f0a9c2e-6b17-4e43-b1d0-8a7c3e2f9d61">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "New Event: Kayla Brennan - 10:00am Fri, Oct 16, 2026 - Hiring Manager Interview - QA Lead (45 min)",
              "2026-10-12 20:14", CHI, "<Z7Yk0qX4R2uGv9Tn8cWm1A@geopod-ismtpd-5>",
              via="o1.email.calendly.com (o1.email.calendly.com [167.89.115.56])",
              reply_to="Rebecca Nguyen <rebecca.nguyen@kettlemoraineorganics.com>")
    return make.message(hs, make.alt(make.text(body), make.html(page)))


@make.mail(N(13), family="calendly", lang="en", interview=True, kind="rescheduled",
           start="2026-10-19T19:00:00Z", end="2026-10-19T19:45:00Z",
           contact="rebecca.nguyen@kettlemoraineorganics.com", company="Kettle Moraine Organics",
           local="Mon 2026-10-19 14:00", local_end="2026-10-19 14:45", zone=CHI,
           note="Calendly 'Updated' mail: host rescheduled from Fri Oct 16 10:00am to Mon Oct 19 2:00-2:45pm Central (CDT); label = new time; contact = Reply-To host")
def calendly_kettle_moraine_moved():
    body = t("""
        Hi Kayla Brennan,

        Rebecca Nguyen has rescheduled your event.

        Reason for rescheduling:
        "Kayla - our co-packer audit got moved onto Friday morning, so I grabbed Monday
        afternoon instead. Hope that still works! - Rebecca"

        Event Type:
        Hiring Manager Interview - QA Lead (45 min)

        Former: 10:00am - 10:45am, Friday, October 16, 2026 (Central Time - US & Canada)
        Updated: 2:00pm - 2:45pm, Monday, October 19, 2026 (Central Time - US & Canada)

        Location:
        This is a Zoom web conference.
        https://us06web.zoom.us/j/87215530419?pwd=Q2tNcXlZb0RkT2Jy

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5f0a9c2e-6b17-4e43-b1d0-8a7c3e2f9d61

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Kayla Brennan,</p>
        <p>Rebecca Nguyen has rescheduled your event.</p>
        <p><b>Reason for rescheduling:</b><br>&quot;Kayla - our co-packer audit got moved onto Friday morning, so I grabbed
        Monday afternoon instead. Hope that still works! - Rebecca&quot;</p>
        <p><b>Event Type:</b><br>Hiring Manager Interview - QA Lead (45 min)</p>
        <p><b>Former:</b> <s>10:00am - 10:45am, Friday, October 16, 2026 (Central Time - US &amp; Canada)</s><br>
        <b>Updated:</b> 2:00pm - 2:45pm, Monday, October 19, 2026 (Central Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>This is a Zoom web conference.</p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Updated: Kayla Brennan - 2:00pm Mon, Oct 19, 2026 - Hiring Manager Interview - QA Lead (45 min)",
              "2026-10-14 09:33", CHI, "<k3Jw9PqR0sLx2ZbV5nTe7Q@geopod-ismtpd-2>",
              via="o1.email.calendly.com (o1.email.calendly.com [167.89.115.56])",
              reply_to="Rebecca Nguyen <rebecca.nguyen@kettlemoraineorganics.com>")
    return make.message(hs, make.alt(make.text(body), make.html(page)))


@make.mail(N(14), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T18:00:00Z", end="2026-10-13T18:45:00Z",
           contact=None, company="Ridgeway Farmers Cooperative",
           local="Tue 2026-10-13 13:00", local_end="2026-10-13 13:45", zone=CHI,
           note="Microsoft Bookings from a shared mailbox; the body's zone label says '(UTC-06:00) Central Time' but Oct 13 is CDT (UTC-5), the ICS (TZID Central Standard Time) confirms 18:00Z; staff name only, no personal address -> contact null")
def bookings_ridgeway():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="560" cellpadding="0" cellspacing="0" style="margin:0 auto">
        <tr><td style="padding:16px 0;font-size:20px;font-weight:600">Your booking is confirmed</td></tr>
        <tr><td style="padding-bottom:12px">Hi Kayla Brennan,<br>Thank you for booking with Ridgeway Farmers Cooperative - Talent.</td></tr>
        <tr><td style="padding:12px;background:#f3f2f1">
        <b>Phone interview - Quality Technician Lead</b><br>
        Tuesday, October 13, 2026<br>
        1:00 PM - 1:45 PM (UTC-06:00) Central Time (US &amp; Canada)<br>
        Staff: Mariah Olson<br>
        Location: We will call you at the number you provided.</td></tr>
        <tr><td style="padding-top:12px">Need to make a change? <a href="https://outlook.office365.com/owa/calendar/RidgewayTalent@ridgewaycoop.com/bookings/manage/9b4e2a">Manage booking</a></td></tr>
        <tr><td style="padding-top:16px;font-size:12px;color:#605e5c">Ridgeway Farmers Cooperative &middot; 4100 Hwy 51, Madison, WI 53718</td></tr>
        </table>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["Central Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Ridgeway Farmers Cooperative - Talent:mailto:TalentBookings@ridgewaycoop.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Brennan:mailto:kayla.brennan@example.org
UID:040000008200E00074C5B7101A82E0080000000050E1C7A0C45ADD010000000000000000100000004D1A7C2E9F3B0A4F8E6D5C4B3A291807
SUMMARY;LANGUAGE=en-US:Phone interview - Quality Technician Lead
DTSTART;TZID=Central Standard Time:20261013T130000
DTEND;TZID=Central Standard Time:20261013T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261008T165000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Ridgeway Farmers Cooperative - Talent <TalentBookings@ridgewaycoop.com>",
              "Booking confirmed: Phone interview - Quality Technician Lead",
              "2026-10-08 11:50", CHI,
              "<CH3PR11MB7436A2F0B1C94E8D7A5B2C1E44F0@CH3PR11MB7436.namprd11.prod.outlook.com>",
              via="CH3PR11MB7436.namprd11.prod.outlook.com (2603:10b6:610:14a::9)",
              more=(("X-MS-Exchange-Organization-BookingsEmail", "true"),))
    return make.message(hs, make.alt(make.html(page), make.calendar(ics, cte="base64")))


@make.mail(N(15), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-04T15:00:00Z", end="2026-11-04T16:00:00Z",
           contact="greg.halvorsen@olmstedbrands.com", company="Olmsted Brands",
           local="Wed 2026-11-04 09:00", local_end="2026-11-04 10:00", zone=CHI,
           note="Outlook meeting request sent Oct 28 in CDT for Wed Nov 4 9:00-10:00 AM Central, after the Nov 1 change -> CST (UTC-6) = 15:00Z; TZID 'Central Standard Time'; contact = organizer/sender")
def outlook_olmsted():
    body = t("""
        When: Wednesday, November 4, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Olmsted Brands - 4th floor, 330 E Kilbourn Ave, Milwaukee, WI

        *~*~*~*~*~*~*~*~*~*

        Kayla,

        Glad we could make the 4th work. This will be with me and Dolores Vang from our
        Sheboygan plant; plan on a short tour of the pilot kitchen afterwards if you have time.

        Visitor parking is off Jefferson Street. Ask for me at the front desk.

        Greg Halvorsen
        Senior Director, Food Safety & Regulatory Affairs
        Olmsted Brands
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["Central Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Greg Halvorsen:mailto:greg.halvorsen@olmstedbrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Brennan:mailto:kayla.brennan@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dolores Vang:mailto:dolores.vang@olmstedbrands.com
UID:040000008200E00074C5B7101A82E00800000000F07D2A11E166DD0100000000000000001000000091C4E7A2B05D3F4C86A1E2B9D0F3C7A4
SUMMARY;LANGUAGE=en-US:Interview - Kayla Brennan (Food Safety Manager)
DTSTART;TZID=Central Standard Time:20261104T090000
DTEND;TZID=Central Standard Time:20261104T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T201000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Olmsted Brands - 4th floor\\, 330 E Kilbourn Ave\\, Milwaukee\\, WI
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1876230114
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head("Greg Halvorsen <greg.halvorsen@olmstedbrands.com>",
              "Interview - Kayla Brennan (Food Safety Manager)",
              "2026-10-28 15:10", CHI,
              "<SA1PR14MB5871E3B0D9A24F67C1E8A5D2B9C1@SA1PR14MB5871.namprd14.prod.outlook.com>",
              via="SA1PR14MB5871.namprd14.prod.outlook.com (2603:10b6:806:2bc::7)",
              more=(("Thread-Topic", "Interview - Kayla Brennan (Food Safety Manager)"),
                    ("Thread-Index", "AdtHE0o2c4Wq7mYbSb6x1QpLgHhV3w=="),
                    ("Content-Language", "en-US")))
    return make.message(hs, make.alt(make.text(body, charset="us-ascii", cte="7bit"),
                                     make.calendar(ics, cte="base64")))


@make.mail(N(16), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-19T15:00:00Z", end="2026-10-19T16:00:00Z",
           contact="sara.lindgren@loonlakefoods.com", company="Loon Lake Foods",
           local="Mon 2026-10-19 10:00", local_end="2026-10-19 11:00", zone=CHI,
           note="Google Calendar invitation from a Minneapolis hiring manager, 10am-11am Central Time - Chicago (CDT, UTC-5); ICS in the alternative and as invite.ics; contact = organizer")
def gcal_loon_lake():
    body = t("""
        You have been invited to the following event.

        Interview: Kayla Brennan / QA Supervisor (Loon Lake Foods)
        Monday Oct 19, 2026 ⋅ 10am – 11am
        Central Time - Chicago

        Join with Google Meet
        https://meet.google.com/xqv-rnbt-kpe

        Join by phone
        (US) +1 573-555-0122 PIN: 418 220 593#

        Hi Kayla - this is the first-round conversation with me and Tom Ekdahl (our plant QA
        manager in Eagan). Looking forward to it. -Sara

        Organizer
        Sara Lindgren
        sara.lindgren@loonlakefoods.com

        Guests
        Sara Lindgren - organizer
        tom.ekdahl@loonlakefoods.com
        kayla.brennan@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MWxvb25sYWtl

        Reply for kayla.brennan@example.org
        Yes | No | Maybe | More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-weight:400">Interview: Kayla Brennan / QA Supervisor (Loon Lake Foods)</h2>
        <p>Monday Oct 19, 2026 &#8901; 10am &ndash; 11am<br><span style="color:#70757a">Central Time - Chicago</span></p>
        <p><a href="https://meet.google.com/xqv-rnbt-kpe" style="background:#1a73e8;color:#fff;padding:8px 12px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p>Hi Kayla - this is the first-round conversation with me and Tom Ekdahl (our plant QA manager in Eagan). Looking forward to it. -Sara</p>
        <p><b>Organizer</b><br>Sara Lindgren<br>sara.lindgren@loonlakefoods.com</p>
        <p><b>Guests</b><br>Sara Lindgren - organizer<br>tom.ekdahl@loonlakefoods.com<br>kayla.brennan@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + make.VTZ["America/Chicago"] + """
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261019T100000
DTEND;TZID=America/Chicago:20261019T110000
DTSTAMP:20261013T212000Z
ORGANIZER;CN=Sara Lindgren:mailto:sara.lindgren@loonlakefoods.com
UID:1loonlake7rq0p3m8d2vbt6h4c9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sara Lindgren;X-NUM-GUESTS=0:mailto:sara.lindgren@loonlakefoods.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tom.ekdahl@loonlakefoods.com;X-NUM-GUESTS=0:mailto:tom.ekdahl@loonlakefoods.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kayla.brennan@example.org;X-NUM-GUESTS=0:mailto:kayla.brennan@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/xqv-rnbt-kpe
CREATED:20261013T211800Z
DESCRIPTION:Hi Kayla - this is the first-round conversation with me and Tom Ekdahl (our plant QA manager in Eagan). Looking forward to it. -Sara
LAST-MODIFIED:20261013T212000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Kayla Brennan / QA Supervisor (Loon Lake Foods)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head("Sara Lindgren <sara.lindgren@loonlakefoods.com>",
              "Invitation: Interview: Kayla Brennan / QA Supervisor (Loon Lake Foods) @ Mon Oct 19, 2026 10am - 11am (CDT) (kayla.brennan@example.org)",
              "2026-10-13 16:20", CHI, "<calendar-6e1f0b2a-93c4-4d7e-a8b5-0c2f9e7d1a36@google.com>",
              via="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              reply_to="Sara Lindgren <sara.lindgren@loonlakefoods.com>",
              more=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(page), make.calendar(ics)),
        make.calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(17), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-29T18:00:00Z", end="2026-10-29T19:30:00Z",
           contact="sara.lindgren@loonlakefoods.com", company="Loon Lake Foods",
           local="Thu 2026-10-29 13:00", local_end="2026-10-29 14:30", zone=CHI,
           note="Google Calendar 'Canceled event' (METHOD:CANCEL) for the panel interview Thu Oct 29 1pm-2:30pm CDT (before the Nov 1 change); req frozen; contact = organizer")
def gcal_loon_lake_cancel():
    body = t("""
        This event has been canceled and removed from your calendar.

        Loon Lake Foods - panel interview (Kayla Brennan)
        Thursday Oct 29, 2026 ⋅ 1pm – 2:30pm
        Central Time - Chicago

        Kayla, I'm so sorry to do this by calendar. We were told this morning that the QA
        Supervisor requisition is frozen through year end, so we have to cancel Thursday's panel.
        I'll reach out right away if it reopens. -Sara

        Organizer
        Sara Lindgren
        sara.lindgren@loonlakefoods.com

        Guests
        Sara Lindgren - organizer
        tom.ekdahl@loonlakefoods.com
        jorge.mendez@loonlakefoods.com
        kayla.brennan@example.org

        Invitation from Google Calendar
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">This event has been canceled and removed from your calendar.</p>
        <h2 style="font-weight:400;text-decoration:line-through">Loon Lake Foods - panel interview (Kayla Brennan)</h2>
        <p>Thursday Oct 29, 2026 &#8901; 1pm &ndash; 2:30pm<br><span style="color:#70757a">Central Time - Chicago</span></p>
        <p>Kayla, I'm so sorry to do this by calendar. We were told this morning that the QA Supervisor requisition is
        frozen through year end, so we have to cancel Thursday's panel. I'll reach out right away if it reopens. -Sara</p>
        <p><b>Organizer</b><br>Sara Lindgren<br>sara.lindgren@loonlakefoods.com</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""" + make.VTZ["America/Chicago"] + """
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261029T130000
DTEND;TZID=America/Chicago:20261029T143000
DTSTAMP:20261026T131500Z
ORGANIZER;CN=Sara Lindgren:mailto:sara.lindgren@loonlakefoods.com
UID:2loonlakepanel5t8w1x0c4n7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=kayla.brennan@example.org;X-NUM-GUESTS=0:mailto:kayla.brennan@example.org
CREATED:20261020T154100Z
DESCRIPTION:Panel with Tom Ekdahl and Jorge Mendez.
LAST-MODIFIED:20261026T131500Z
LOCATION:Loon Lake Foods\\, 1200 Washington Ave N\\, Minneapolis\\, MN
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Loon Lake Foods - panel interview (Kayla Brennan)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head("Sara Lindgren <sara.lindgren@loonlakefoods.com>",
              "Canceled event with note: Loon Lake Foods - panel interview (Kayla Brennan) @ Thu Oct 29, 2026 1pm - 2:30pm (CDT) (kayla.brennan@example.org)",
              "2026-10-26 08:15", CHI, "<calendar-c4a81d3e-0f62-4b95-9e17-5a2d8c6b3f90@google.com>",
              via="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              reply_to="Sara Lindgren <sara.lindgren@loonlakefoods.com>",
              more=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(page), make.calendar(ics, method="CANCEL")),
        make.calendar(ics, method="CANCEL", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T20:00:00Z", end=None,
           contact="hank@copperkettlecreamery.com", company="Copper Kettle Creamery",
           local="Thu 2026-11-12 14:00", zone=CHI,
           note="Owner's plain reply 'Thursday at 2 it is', Date Mon Nov 9 (CST) -> Thu Nov 12 2:00 PM CST (UTC-6) = 20:00Z; 'about an hour' -> end null; contact = sender")
def prose_copper_kettle():
    body = t("""
        Kayla,

        Great - Thursday at 2 it is. Come to the office door on the east side of the building
        (the one with the cow mural), not the retail shop. I'll have our head cheesemaker Luis
        sit in for part of it. We'll probably go about an hour, and I'll walk you through the
        make room and the aging cellar after.

        No need to bring anything but yourself. If you want something to chew on beforehand:
        we're getting hit with Listeria questions from two new grocery accounts and nobody here
        has written an environmental monitoring program from scratch.

        Hank Ostrowski
        Owner, Copper Kettle Creamery
        1410 Fordem Ave, Madison WI
        (608) 555-0117

        On Mon, Nov 9, 2026 at 1:47 PM Kayla Brennan <kayla.brennan@example.org> wrote:
        > Hi Hank,
        >
        > Thanks so much for getting back to me. Thursday afternoon works best for me - I could
        > be there any time after 1:30.
        >
        > Kayla
        """)
    hs = head("Hank Ostrowski <hank@copperkettlecreamery.com>",
              "Re: QA position - visit to the creamery",
              "2026-11-09 16:05", CHI, "<CAH4kq1vX=0p7RzKcYb2mN8wqTfLd9E3hJ+u6aS@mail.gmail.com>",
              via="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              more=(("In-Reply-To", "<CAKbre7Yp0sQ2m4uVf9Lx8cW3zTnHd1aG6eRk5J@mail.gmail.com>"),
                    ("References", "<CAL9hk2vM4tR8wQ1nX7bY6zP0sJd3eG5uFc2aKo@mail.gmail.com> <CAKbre7Yp0sQ2m4uVf9Lx8cW3zTnHd1aG6eRk5J@mail.gmail.com>")))
    return make.message(hs, make.alt(make.text(body, cte="8bit"), make.html(make.gmail_html(body))))


@make.mail(N(19), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T16:30:00Z", end="2026-11-17T17:15:00Z",
           contact="lena.park@meridiandairylabs.com", company="Meridian Dairy Labs",
           local="Tue 2026-11-17 10:30", local_end="2026-11-17 11:15", zone=CHI,
           note="Recruiter's short 'you're all set' on top of an Outlook-quoted thread; the time (Tue Nov 17, 10:30 AM Central, 45 minutes) is only in her quoted proposal that Kayla accepted; CST (UTC-6); contact = sender")
def reply_meridian():
    body = t("""
        Perfect - you're all set, Kayla. Dr. Abernathy will send the Teams invite herself later
        today. Talk soon!

        Lena

        Lena Park | Talent Acquisition
        Meridian Dairy Labs | 1550 W Carroll Ave, Chicago, IL 60607
        lena.park@meridiandairylabs.com | 312-555-0161

        From: Kayla Brennan <kayla.brennan@example.org>
        Sent: Wednesday, November 11, 2026 8:02 PM
        To: Lena Park <lena.park@meridiandairylabs.com>
        Subject: Re: Meridian Dairy Labs - Laboratory Quality Manager

        Hi Lena,

        Yes, Tuesday the 17th at 10:30 works great for me. Thank you!

        Kayla

        From: Lena Park <lena.park@meridiandairylabs.com>
        Sent: Wednesday, November 11, 2026 3:41 PM
        To: Kayla Brennan <kayla.brennan@example.org>
        Subject: Meridian Dairy Labs - Laboratory Quality Manager

        Hi Kayla,

        Our lab director, Dr. Joan Abernathy, would like to meet you. Would Tuesday, November 17
        at 10:30 AM Central work for a 45-minute video interview? If not, send me two or three
        times that do.

        Best,
        Lena
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Perfect - you're all set, Kayla. Dr. Abernathy will send the Teams invite herself later today. Talk soon!</p>
        <p>Lena</p>
        <p style="color:#555">Lena Park | Talent Acquisition<br>Meridian Dairy Labs | 1550 W Carroll Ave, Chicago, IL 60607<br>
        lena.park@meridiandairylabs.com | 312-555-0161</p>
        <hr style="display:inline-block;width:98%">
        <div id="divRplyFwdMsg"><b>From:</b> Kayla Brennan &lt;kayla.brennan@example.org&gt;<br>
        <b>Sent:</b> Wednesday, November 11, 2026 8:02 PM<br><b>To:</b> Lena Park &lt;lena.park@meridiandairylabs.com&gt;<br>
        <b>Subject:</b> Re: Meridian Dairy Labs - Laboratory Quality Manager</div>
        <p>Hi Lena,</p><p>Yes, Tuesday the 17th at 10:30 works great for me. Thank you!</p><p>Kayla</p>
        <hr style="display:inline-block;width:98%">
        <div><b>From:</b> Lena Park &lt;lena.park@meridiandairylabs.com&gt;<br>
        <b>Sent:</b> Wednesday, November 11, 2026 3:41 PM<br><b>To:</b> Kayla Brennan &lt;kayla.brennan@example.org&gt;<br>
        <b>Subject:</b> Meridian Dairy Labs - Laboratory Quality Manager</div>
        <p>Hi Kayla,</p>
        <p>Our lab director, Dr. Joan Abernathy, would like to meet you. Would Tuesday, November 17 at 10:30 AM Central work
        for a 45-minute video interview? If not, send me two or three times that do.</p>
        <p>Best,<br>Lena</p>
        </div></body></html>
        """)
    hs = head("Lena Park <lena.park@meridiandairylabs.com>",
              "RE: Meridian Dairy Labs - Laboratory Quality Manager",
              "2026-11-12 11:20", CHI,
              "<BN0PR12MB5711F2C9A0E84B3D6C1A7E22D8B4@BN0PR12MB5711.namprd12.prod.outlook.com>",
              via="BN0PR12MB5711.namprd12.prod.outlook.com (2603:10b6:408:14e::19)",
              more=(("In-Reply-To", "<CAKbre7Z3nQw8xT1pL5vD0cY6mR2sF9hJ4uE7aB@mail.gmail.com>"),
                    ("References", "<BN0PR12MB5711A7D3E9C04F2B8D6E1C55A0F3@BN0PR12MB5711.namprd12.prod.outlook.com> <CAKbre7Z3nQw8xT1pL5vD0cY6mR2sF9hJ4uE7aB@mail.gmail.com>"),
                    ("Thread-Topic", "Meridian Dairy Labs - Laboratory Quality Manager"),
                    ("Content-Language", "en-US")))
    return make.message(hs, make.alt(make.text(body), make.html(page)))


@make.mail(N(20), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-23T19:00:00Z", end="2026-11-23T19:45:00Z",
           contact="jamal.whitfield@sunrisevalleyfoods.com", company="Sunrise Valley Foods",
           local="Mon 2026-11-23 13:00", local_end="2026-11-23 13:45", zone=CHI,
           note="Kayla forwards from her personal address to herself a recruiter confirmation: Mon Nov 23 1:00 PM CST, 45 minutes (CST, UTC-6); contact = recruiter in the forwarded header, never the candidate")
def forward_sunrise_valley():
    body = t("""
        for the calendar - print the SQF cert + the corrective action example

        ---------- Forwarded message ---------
        From: Jamal Whitfield <jamal.whitfield@sunrisevalleyfoods.com>
        Date: Tue, Nov 17, 2026 at 3:02 PM
        Subject: Interview confirmation - Sanitation & Food Safety Manager
        To: Kayla Brennan <kayla.b.madison@example.com>


        Hi Kayla,

        Thank you for speaking with me last week. I'm happy to confirm your interview with our
        Plant Manager, Deb Kaczmarek:

        Monday, November 23, 2026
        1:00 PM - 1:45 PM CST
        Sunrise Valley Foods, 7100 N Teutonia Ave, Milwaukee, WI 53209 (main lobby)

        Please let me know if you need anything before then.

        Best regards,
        Jamal Whitfield
        Talent Acquisition Specialist | Sunrise Valley Foods
        jamal.whitfield@sunrisevalleyfoods.com | 414-555-0136
        """)
    hs = head("Kayla Brennan <kayla.b.madison@example.com>",
              "Fwd: Interview confirmation - Sanitation & Food Safety Manager",
              "2026-11-17 21:40", CHI, "<CAKbre7aW4x9tQ0yL2mZ8cP6nV1rJ5dH3gE7sFk@mail.gmail.com>",
              via="mail-sor-f52.google.com (mail-sor-f52.google.com [209.85.220.52])",
              more=(("In-Reply-To", "<DM6PR05MB4410C7E2A9B13F5D8C0E6A11F2B7@DM6PR05MB4410.namprd05.prod.outlook.com>"),
                    ("References", "<DM6PR05MB4410C7E2A9B13F5D8C0E6A11F2B7@DM6PR05MB4410.namprd05.prod.outlook.com>")))
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(21), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-12-01T16:00:00Z", end="2026-12-01T18:00:00Z",
           contact="brooke.sandoval@northstarfoodtalent.com", company="Birchwood Ingredients",
           local="Tue 2026-12-01 10:00", local_end="2026-12-01 12:00", zone=CHI,
           note="Agency recruiter forwards the client's confirmation as a message/rfc822 attachment: Tue Dec 1 10:00 a.m. Central for 2 hours (CST, UTC-6); contact = the agency sender (human sender outranks the address inside the attached message); company = hiring client")
def rfc822_birchwood():
    inner_body = t("""
        Hi Brooke,

        Please pass this on to Kayla. We're confirmed for Tuesday, December 1 at 10:00 a.m.
        Central at our Plymouth plant (3905 Annapolis Ln N, Plymouth, MN). Plan on 2 hours:
        an hour with Curt Lindahl (Plant Manager) and our QA lead, then a plant walk-through.

        Safety glasses and a hairnet will be provided at the guard shack; no jewelry on the floor.

        Thanks,
        Hannah Voss
        HR Coordinator, Birchwood Ingredients
        hannah.voss@birchwoodingredients.com
        """)
    inner = make.message([
        ("From", "Hannah Voss <hannah.voss@birchwoodingredients.com>"),
        ("To", "Brooke Sandoval <brooke.sandoval@northstarfoodtalent.com>"),
        ("Subject", "Kayla Brennan - onsite confirmed"),
        ("Date", make.date("2026-11-24 16:48", CHI)),
        ("Message-ID", "<MN2PR08MB6093B8E4C1A7F02D9E3A5B61C7D0@MN2PR08MB6093.namprd08.prod.outlook.com>"),
    ], make.text(inner_body))
    outer_body = t("""
        Hi Kayla,

        Great news - Birchwood confirmed your onsite! Their note is attached. Tuesday morning at
        10 at the Plymouth plant with Curt and their QA lead, then a tour.

        Give me a call Monday if you want to prep; I know Curt cares a lot about sanitation
        verification and how you've handled allergen changeovers.

        Happy Thanksgiving!

        Brooke Sandoval
        Senior Recruiter, Food & Beverage | Northstar Food Talent
        brooke.sandoval@northstarfoodtalent.com | 612-555-0188
        """)
    hs = head("Brooke Sandoval <brooke.sandoval@northstarfoodtalent.com>",
              "FW: Kayla Brennan - onsite confirmed (Birchwood Ingredients)",
              "2026-11-25 09:10", CHI,
              "<PH0PR17MB4522A9C1D7E3F08B2C6E4A19D5F1@PH0PR17MB4522.namprd17.prod.outlook.com>",
              via="PH0PR17MB4522.namprd17.prod.outlook.com (2603:10b6:510:1d4::6)",
              more=(("Thread-Topic", "Kayla Brennan - onsite confirmed (Birchwood Ingredients)"),
                    ("X-MS-Has-Attach", "yes"),
                    ("Content-Language", "en-US")))
    return make.message(hs, make.mixed(make.text(outer_body),
                                       make.attached_message(inner, "Kayla Brennan - onsite confirmed.eml")))


@make.mail(N(22), family="ics_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T19:00:00Z", end="2026-12-08T20:00:00Z",
           contact="nadia.ruiz@threeriversnutrition.com", company="Three Rivers Nutrition",
           local="Tue 2026-12-08 13:00", local_end="2026-12-08 14:00", zone=CHI,
           note="Recruiter mail with invite.ics attached; the time is only in the ICS (DTSTART;TZID=America/Chicago 20261208T130000, CST = UTC-6); contact = sender / organizer")
def ics_three_rivers():
    body = t("""
        Hi Kayla,

        Attaching the calendar invite for your final round with Marcy Oduya, our VP of Quality.
        It'll be on Zoom (link in the invite). Marcy will mostly want to hear how you'd build out
        the supplier approval program across our three co-manufacturers, so have an example or
        two ready.

        Looking forward to it!

        Nadia Ruiz
        Senior Recruiter | Three Rivers Nutrition
        nadia.ruiz@threeriversnutrition.com
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + make.VTZ["America/Chicago"] + """
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261202T202900Z
DESCRIPTION:Final round - Marcy Oduya (VP Quality)\\nZoom: https://threeriversnutrition.zoom.us/j/93318240571
DTSTART;TZID=America/Chicago:20261208T130000
DTEND;TZID=America/Chicago:20261208T140000
DTSTAMP:20261202T203000Z
LOCATION:Zoom
ORGANIZER;CN=Nadia Ruiz:mailto:nadia.ruiz@threeriversnutrition.com
ATTENDEE;CN=Kayla Brennan;RSVP=TRUE:mailto:kayla.brennan@example.org
ATTENDEE;CN=Marcy Oduya;RSVP=TRUE:mailto:marcy.oduya@threeriversnutrition.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Three Rivers Nutrition - final interview (Kayla Brennan)
TRANSP:OPAQUE
UID:5D3E8B1A-7C40-4F2D-9B6E-1A0C7F3E2D84
END:VEVENT
END:VCALENDAR"""
    hs = head("Nadia Ruiz <nadia.ruiz@threeriversnutrition.com>",
              "Final round invite - Three Rivers Nutrition",
              "2026-12-02 14:30", CHI, "<0f3c9a1e-7b42-4d8e-b5a6-2e1d0c9f7a83@threeriversnutrition.com>",
              via="mail.threeriversnutrition.com (mail.threeriversnutrition.com [203.0.113.44])",
              more=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, make.mixed(
        make.text(body, charset="us-ascii", cte="7bit"),
        make.calendar(ics, method=None, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(23), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-27T15:00:00Z", end="2026-10-27T15:45:00Z",
           contact="floor.janssen@vandermeercultures.com", company="Vandermeer Cultures",
           local="Tue 2026-10-27 16:00", local_end="2026-10-27 16:45", zone=AMS,
           note="Remote-team interviewer in Amsterdam moves the call to Tue Oct 27 16:00 Amsterdam time for 45 minutes; Europe left DST on Oct 25, the US not until Nov 1, so 16:00 CET (UTC+1) = 15:00Z = 10:00 CDT; contact = sender")
def prose_vandermeer_moved():
    body = t("""
        Hi Kayla,

        I'm afraid I have to move our Thursday call - I've been pulled into a customer visit in
        Wisconsin, of all places. Could we do Tuesday 27 October instead, at 16:00 Amsterdam
        time? I've checked: our clocks went back this Sunday and yours don't until next weekend,
        so that's 10:00 in Madison, not 9:00. Still 45 minutes, same Teams link as before.

        I've updated the invite. If Tuesday doesn't work, just tell me and I'll find something
        else this week.

        Kind regards,
        Floor Janssen
        Head of Application Science, North America team
        Vandermeer Cultures
        floor.janssen@vandermeercultures.com
        """)
    hs = head("Floor Janssen <floor.janssen@vandermeercultures.com>",
              "Moving our Thursday call to Tuesday 27 October",
              "2026-10-26 10:05", AMS, "<AM0PR04MB6780E2D7C1F9B54A3E8D0C27B6F4@AM0PR04MB6780.eurprd04.prod.outlook.com>",
              via="AM0PR04MB6780.eurprd04.prod.outlook.com (2603:10a6:208:16c::11)",
              more=(("Content-Language", "en-GB"),))
    return make.message(hs, make.text(body, cte="quoted-printable"))


@make.mail(N(24), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-23T19:00:00Z", end=None,
           contact="jamal.whitfield@sunrisevalleyfoods.com", company="Sunrise Valley Foods",
           local="Mon 2026-11-23 13:00", zone=CHI,
           note="Recruiter cancels 'Monday's interview (November 23, 1:00 PM)' because the role was filled internally; CST (UTC-6) -> cancelled slot 19:00Z; no length in this mail -> end null; contact = sender")
def prose_sunrise_cancel():
    body = t("""
        Hi Kayla,

        I'm sorry to be writing with this news. We need to cancel your interview on Monday,
        November 23 at 1:00 PM with Deb. Late yesterday leadership decided to fill the
        Sanitation & Food Safety Manager role internally with one of our shift supervisors.

        I know you had already arranged time off for this, and I apologize for the short notice.
        I really enjoyed our conversation and would like to keep you in mind for the corporate
        quality roles we expect to open in the first quarter.

        Best regards,
        Jamal Whitfield
        Talent Acquisition Specialist | Sunrise Valley Foods
        jamal.whitfield@sunrisevalleyfoods.com | 414-555-0136
        """)
    hs = head("Jamal Whitfield <jamal.whitfield@sunrisevalleyfoods.com>",
              "Interview on Monday, Nov 23 - cancellation",
              "2026-11-19 16:30", CHI,
              "<DM6PR05MB4410A1B8E3C97D2F6E0B4C85D1A9@DM6PR05MB4410.namprd05.prod.outlook.com>",
              via="DM6PR05MB4410.namprd05.prod.outlook.com (2603:10b6:5:3e2::17)",
              to="Kayla Brennan <kayla.b.madison@example.com>",
              more=(("Cc", "Kayla Brennan <kayla.brennan@example.org>"), ("Content-Language", "en-US")))
    return make.message(hs, make.text(body, charset="windows-1252", cte="quoted-printable"))


# =========================================================================== negatives


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Northgate Cheese Company",
           note="Greenhouse rejection after the phone screen; no time fixed", days=(("Wed", "2026-09-16"),))
def greenhouse_northgate_reject():
    body = t("""
        Hi Kayla,

        Thank you for speaking with Dana on Wednesday, September 16 about the Quality Assurance
        Manager position. We appreciated learning about your work on the co-op's SQF program.

        After careful consideration, we have decided to move forward with candidates whose plant
        leadership experience more closely matches what this role needs right now.

        We'll keep your information on file and encourage you to apply for future openings.

        Best,
        The Northgate Cheese Company Recruiting Team
        """)
    page = make.gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial,sans-serif">')
    hs = head("Northgate Cheese Company <no-reply@greenhouse.io>",
              "Your application to Northgate Cheese Company",
              "2026-09-25 10:48", CHI, "<8e20d4f1.20260925154812.a03c@greenhouse.io>",
              via="o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.34])",
              reply_to="Dana Kowalczyk <dana.kowalczyk@northgatecheese.com>")
    return make.message(hs, make.alt(make.text(body), make.html(page)))


@make.mail(N(26), family="application_receipt", lang="en", interview=False, company="Heartland Mills",
           note="Taleo application acknowledgement, HTML in windows-1252 with curly quotes; nothing scheduled")
def taleo_heartland_receipt():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial;font-size:10pt">
        <p>Dear Kayla Brennan,</p>
        <p>Thank you for applying to the position of <b>Regional Food Safety Manager (Job Number 2604417)</b> at Heartland Mills.</p>
        <p>We’ve received your application and our Talent Acquisition team will review your qualifications.
        If your background matches the position’s requirements, a recruiter will contact you to discuss next steps.</p>
        <p>You can check the status of your application at any time in the “My Jobpage” section of our career site.</p>
        <p>Sincerely,<br>Heartland Mills Talent Acquisition<br>Minneapolis, Minnesota</p>
        <p style="font-size:8pt;color:#808080">This is an automated message – please do not reply.</p>
        </body></html>
        """)
    hs = head("Heartland Mills Careers <heartlandmills@taleo.net>",
              "Heartland Mills – Application Received – Regional Food Safety Manager",
              "2026-09-04 22:17", CHI, "<1230984712.445871.1788578220113.JavaMail.taleo@tlx2.taleo.net>",
              via="tlx2.taleo.net (tlx2.taleo.net [160.34.10.52])", charset="windows-1252")
    return make.message(hs, make.html(page, charset="windows-1252"))


@make.mail(N(27), family="application_receipt", lang="en", interview=False, company="Lakeshore Provisions",
           note="Workday 'thank you for applying' receipt (before the interview notice); nothing scheduled")
def workday_lakeshore_receipt():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="600" cellpadding="24" cellspacing="0" align="center" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;color:#ffffff;font-size:18px">Lakeshore Provisions Careers</td></tr>
        <tr><td>
        <p>Hi Kayla,</p>
        <p>Thank you for applying for <b>Food Safety &amp; Sanitation Supervisor (R-20418)</b>. Your application has been
        submitted successfully.</p>
        <p>What happens next: our recruiting team reviews every application. If there is a match, someone from our
        team will reach out. You can track your application on the Candidate Home page.</p>
        <p>Thanks,<br>Lakeshore Provisions Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Powered by Workday.</td></tr>
        </table>
        </body></html>
        """)
    hs = head("Lakeshore Provisions <lakeshoreprovisions@myworkday.com>",
              "Thank you for applying - Food Safety & Sanitation Supervisor",
              "2026-09-08 07:31", CHI, "<601882913.11207.1788870660904@wd5-prod-notify-03>",
              via="wd5-smtp-out-1.myworkday.com (wd5-smtp-out-1.myworkday.com [198.187.29.16])")
    return make.message(hs, make.html(page, cte="base64"))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="Weekly job alert from a food-industry job board; listings only")
def job_alert_safeharvest():
    body = t("""
        SafeHarvest Jobs - your weekly alert
        "food safety" near Madison, WI (50 mi) + Remote

        1. Food Safety & Quality Manager - Badgerland Bakeries - Sun Prairie, WI
           $88K-$102K - posted 2 days ago
        2. Quality Assurance Specialist II - Northgate Cheese Company - Milwaukee, WI
           posted 4 days ago
        3. Supplier Quality Auditor (Remote, US) - Greenlight Traceability
           $75K-$90K - posted 5 days ago - 20% travel
        4. Sanitation Manager - Sunrise Valley Foods - Milwaukee, WI
           posted 6 days ago

        See all 23 new jobs: https://www.safeharvestjobs.example.net/alerts/71443?utm_source=email

        You're receiving this because you created a job alert on SafeHarvest Jobs.
        Manage alerts: https://www.safeharvestjobs.example.net/account/alerts
        Unsubscribe: https://www.safeharvestjobs.example.net/u/71443/2b9e
        SafeHarvest Jobs, 233 S Wacker Dr, Chicago, IL 60606
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f6f7f2">
        <table width="600" align="center" cellpadding="16" style="background:#fff">
        <tr><td style="background:#2f6b3a;color:#fff;font-size:18px">SafeHarvest Jobs &ndash; your weekly alert</td></tr>
        <tr><td><p>&quot;food safety&quot; near Madison, WI (50 mi) + Remote</p>
        <p><a href="https://www.safeharvestjobs.example.net/j/88121"><b>Food Safety &amp; Quality Manager</b></a><br>Badgerland Bakeries &middot; Sun Prairie, WI &middot; $88K&ndash;$102K</p>
        <p><a href="https://www.safeharvestjobs.example.net/j/88090"><b>Quality Assurance Specialist II</b></a><br>Northgate Cheese Company &middot; Milwaukee, WI</p>
        <p><a href="https://www.safeharvestjobs.example.net/j/88012"><b>Supplier Quality Auditor (Remote, US)</b></a><br>Greenlight Traceability &middot; $75K&ndash;$90K</p>
        <p><a href="https://www.safeharvestjobs.example.net/j/87977"><b>Sanitation Manager</b></a><br>Sunrise Valley Foods &middot; Milwaukee, WI</p>
        <p><a href="https://www.safeharvestjobs.example.net/alerts/71443">See all 23 new jobs</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">SafeHarvest Jobs, 233 S Wacker Dr, Chicago, IL 60606 &middot;
        <a href="https://www.safeharvestjobs.example.net/u/71443/2b9e">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    hs = head("SafeHarvest Jobs <alerts@mail.safeharvestjobs.example.net>",
              "4 new food safety jobs near Madison, WI",
              "2026-10-05 06:02", CHI, "<20261005110200.71443.alert@mail.safeharvestjobs.example.net>",
              via="mail.safeharvestjobs.example.net (mail.safeharvestjobs.example.net [198.51.100.23])",
              more=(("List-Unsubscribe", "<https://www.safeharvestjobs.example.net/u/71443/2b9e>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return make.message(hs, make.alt(make.text(body), make.html(page)))


@make.mail(N(29), family="newsletter", lang="en", interview=False, company=None,
           note="Trade newsletter (dairy food safety digest): regulatory news and an events list; no appointment",
           days=(("Thu", "2026-10-22"),))
def newsletter_dairy_digest():
    page = t("""
        <html><body style="font-family:Georgia,serif;color:#222;background:#fafafa">
        <table width="640" align="center" cellpadding="18" style="background:#fff">
        <tr><td style="border-bottom:3px solid #1c4e80"><span style="font-size:22px">Dairy Quality Digest</span><br>
        <span style="color:#777">October 2026 &middot; for QA, food safety and plant leaders</span></td></tr>
        <tr><td>
        <h3>FSMA 204: fourteen months out, where do cheese plants stand?</h3>
        <p>Traceability lot codes, critical tracking events and key data elements are still the biggest gap we hear about
        from small and mid-size processors. Our survey of 140 plants found that fewer than a third can produce an
        electronic sortable spreadsheet within 24 hours.</p>
        <h3>Q&amp;A: a state inspector on what she looks for in environmental monitoring records</h3>
        <p>&quot;Show me your zone 1 trend, not just your last swab.&quot; Read the full conversation on our site.</p>
        <h3>Events</h3>
        <p>Thursday, October 22 &ndash; Webinar: Raw milk antibiotic residue testing, 11:00 AM CT<br>
        November 10&ndash;11 &ndash; Upper Midwest Dairy Food Safety Summit, Wisconsin Dells</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">You subscribed at dairyqualitydigest.example.net.
        <a href="https://dairyqualitydigest.example.net/unsubscribe?u=kb2291">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    hs = head("Dairy Quality Digest <newsletter@dairyqualitydigest.example.net>",
              "FSMA 204 readiness, an inspector on EMP records, and more",
              "2026-10-14 05:30", CHI, "<mc.20261014.b7f3e0a2c9@mcsv112.mcdlv.net>",
              via="mail112.suw21.mcdlv.net (mail112.suw21.mcdlv.net [198.2.137.112])",
              more=(("List-Unsubscribe", "<https://dairyqualitydigest.example.net/unsubscribe?u=kb2291>"),
                    ("Precedence", "bulk")))
    return make.message(hs, make.html(page))


@make.mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Northstar Food Talent",
           note="Agency recruiter's first outreach asking for availability; nothing fixed")
def outreach_northstar():
    body = t("""
        Hi Kayla,

        I came across your profile and your work on the SQF Level 2 certification at your co-op
        caught my eye. I recruit exclusively for food and beverage manufacturers in the Upper
        Midwest, and I'm working on a couple of food safety leadership searches (Twin Cities and
        southern Wisconsin) that I think could be a strong fit.

        Would you be open to a quick, confidential 20-minute call? If so, send me a few times
        that work for you next week and I'll make one of them happen.

        Best,
        Brooke Sandoval
        Senior Recruiter, Food & Beverage | Northstar Food Talent
        brooke.sandoval@northstarfoodtalent.com | 612-555-0188
        """)
    hs = head("Brooke Sandoval <brooke.sandoval@northstarfoodtalent.com>",
              "Food safety leadership roles - open to a quick chat?",
              "2026-09-03 10:41", CHI,
              "<PH0PR17MB452205B7D2E9C1A38F4E6B70C3A2@PH0PR17MB4522.namprd17.prod.outlook.com>",
              via="PH0PR17MB4522.namprd17.prod.outlook.com (2603:10b6:510:1d4::6)",
              more=(("Content-Language", "en-US"),))
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(31), family="human_proposal", lang="en", interview=False, company="Copper Kettle Creamery",
           note="Owner proposes Wednesday or Thursday afternoon; nothing agreed yet (confirmed later in another mail)")
def proposal_copper_kettle():
    body = t("""
        Hi Kayla,

        Thanks for the note and the resume. You've got more food safety background than anyone
        who's ever applied here, so yes, I'd like to meet.

        Could you come by the creamery one afternoon this week? Wednesday or Thursday would work
        on my end, anytime after 1. Just let me know which is better and we'll pin it down.

        Hank Ostrowski
        Owner, Copper Kettle Creamery
        (608) 555-0117
        """)
    hs = head("Hank Ostrowski <hank@copperkettlecreamery.com>",
              "Re: QA position - visit to the creamery",
              "2026-11-09 07:52", CHI, "<CAL9hk2vM4tR8wQ1nX7bY6zP0sJd3eG5uFc2aKo@mail.gmail.com>",
              via="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              more=(("In-Reply-To", "<CAKbre7Tm2v8nQ5xL0cW7pR3yJd9sF1hG4eZ6aU@mail.gmail.com>"),
                    ("References", "<CAKbre7Tm2v8nQ5xL0cW7pR3yJd9sF1hG4eZ6aU@mail.gmail.com>")))
    return make.message(hs, make.text(body, cte="8bit"))


@make.mail(N(32), family="scheduling_link", lang="en", interview=False, company="Fenwick & Hale Foods",
           note="GoodTime availability request for the onsite: asks Kayla to pick times, nothing booked")
def goodtime_fenwick_availability():
    body = t("""
        Hi Kayla,

        Congratulations on moving forward to an onsite interview with Fenwick & Hale Foods!

        Please share your availability for a half-day onsite at our Chicago office over the next
        two weeks. Select all the times that could work and we'll build your itinerary around
        them:

        Share your availability: https://app.goodtime.io/availability/r/9f2c41d7e0b8

        The onsite will include three conversations with members of the Food Safety & Quality
        team. Travel from Madison is reimbursed.

        Thanks,
        Alicia Brandt
        Recruiting Coordinator, Fenwick & Hale Foods

        Scheduled with GoodTime
        """)
    hs = head("Alicia Brandt via GoodTime <scheduling@goodtime.io>",
              "Action needed: share your availability - Fenwick & Hale Foods",
              "2026-09-30 14:26", CHI, "<20260930192610.7ad41c2e95@mail.goodtime.io>",
              via="o12.ptr4471.goodtime.io (o12.ptr4471.goodtime.io [149.72.81.12])",
              reply_to="Alicia Brandt <alicia.brandt@fenwickhale.com>")
    return make.message(hs, make.text(body))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Kettle Moraine Organics",
           note="Hiring manager sends her Calendly link ('grab any slot'); nothing booked yet")
def calendly_link_kettle_moraine():
    body = t("""
        Hi Kayla,

        Thanks for your patience - I finally have my calendar sorted after our fall harvest
        crunch. I'd love to do a 45-minute conversation about the QA Lead role.

        Grab whatever slot works best for you here:
        https://calendly.com/rebecca-kmorganics/hiring-manager-interview-qa-lead

        I've opened up times next week and the week after. Talk soon!

        Rebecca Nguyen
        Director of Operations, Kettle Moraine Organics
        Cedarburg, WI
        """)
    hs = head("Rebecca Nguyen <rebecca.nguyen@kettlemoraineorganics.com>",
              "QA Lead - next step",
              "2026-10-09 13:18", CHI, "<CAF3rn8wK1pQ7yT0vL9xM2cZ5bR4sD6hJ8eW3aN@mail.gmail.com>",
              via="mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(34), family="auto_reply", lang="en", interview=False, company="Northgate Cheese Company",
           note="Out-of-office auto-reply to Kayla's thank-you note; return date only", days=(("Mon", "2026-09-21"),))
def ooo_northgate():
    body = t("""
        Thank you for your email. I am out of the office attending the IAFP Upper Midwest
        affiliate meeting and will return on Monday, September 21. I will have limited access to
        email while I am away.

        For urgent recruiting matters, please contact our team at 414-555-0100.

        Dana Kowalczyk
        Talent Acquisition Partner | Northgate Cheese Company
        """)
    hs = head("Dana Kowalczyk <dana.kowalczyk@northgatecheese.com>",
              "Automatic reply: Thank you - QA Manager phone screen",
              "2026-09-16 16:02", CHI,
              "<CY8PR11MB7012B3E9F1A04C6D2E7B8A05F9C1@CY8PR11MB7012.namprd11.prod.outlook.com>",
              via="CY8PR11MB7012.namprd11.prod.outlook.com (2603:10b6:930:5b::8)",
              more=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAKbre7Lm5z2qR8xT1wN0cV4pJ7sD3hF9gE6aYk@mail.gmail.com>")))
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce (multipart/report) of Kayla's thank-you to a mistyped Meridian address; the quoted note mentions Tuesday's interview in the past")
def dsn_meridian_thanks():
    notice = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <joan.abernathy@meridiandairylab.com>: host meridiandairylab.com[198.51.100.77]
            said: 550 5.1.1 <joan.abernathy@meridiandairylab.com>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Hd9Wq1Zx3z7Lm
        Arrival-Date: Tue, 17 Nov 2026 14:12:40 -0600 (CST)

        Final-Recipient: rfc822; joan.abernathy@meridiandairylab.com
        Original-Recipient: rfc822;joan.abernathy@meridiandairylab.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; meridiandairylab.com
        Diagnostic-Code: smtp; 550 5.1.1 <joan.abernathy@meridiandairylab.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = make.message([
        ("From", KAYLA),
        ("To", "Joan Abernathy <joan.abernathy@meridiandairylab.com>"),
        ("Subject", "Thank you - Laboratory Quality Manager"),
        ("Date", make.date("2026-11-17 14:12", CHI)),
        ("Message-ID", "<CAKbre7Qx8v1mR4zT7wL0cN3pJ6sD9hF2gE5aYu@mail.gmail.com>"),
    ], make.text(t("""
        Dear Dr. Abernathy,

        Thank you for taking the time to speak with me this morning about the Laboratory Quality
        Manager role. I especially enjoyed hearing how your team is bringing the ISO 17025 scope
        to the new pathogen bench.

        Best regards,
        Kayla Brennan
        """)))
    report = make.multipart(
        "report", make.text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"),
                       ("Content-Type", "message/delivery-status")], status),
        make.attached_message(original),
        params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx2.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender",
              "2026-11-17 14:12", CHI, "<20261117201242.4Hd9Wq1Zx3z7Lm@mx2.example.org>",
              via="localhost (localhost [127.0.0.1])",
              more=(("Auto-Submitted", "auto-replied"),))
    return make.message(hs, report)


@make.mail(N(36), family="offer", lang="en", interview=False, company="Three Rivers Nutrition",
           note="Offer letter notice with a signing deadline; no interview", days=(("Fri", "2026-12-18"),))
def offer_three_rivers():
    body = t("""
        Hi Kayla,

        On behalf of everyone you met, I'm delighted to share that Three Rivers Nutrition would
        like to offer you the position of Senior Manager, Food Safety & Quality!

        Your offer letter is waiting for you in DocuVault:
        https://sign.docuvault.example.net/envelope/3f8d2a71

        Highlights: base salary of $118,000, 12% target bonus, remote with about 25% travel to our
        co-manufacturers, and a January 11 start date. Please review and sign by Friday,
        December 18. Marcy and I are happy to jump on a call if you have questions.

        Congratulations!

        Nadia Ruiz
        Senior Recruiter | Three Rivers Nutrition
        nadia.ruiz@threeriversnutrition.com
        """)
    hs = head("Nadia Ruiz <nadia.ruiz@threeriversnutrition.com>",
              "Your offer from Three Rivers Nutrition",
              "2026-12-14 11:05", CHI, "<7a1e3c92-0d4b-4f86-a2e5-9c8b1f0d6e37@threeriversnutrition.com>",
              via="mail.threeriversnutrition.com (mail.threeriversnutrition.com [203.0.113.44])",
              more=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(37), family="post_interview", lang="en", interview=False, company="Olmsted Brands",
           note="Hiring manager's thanks after the onsite, 'we'll be in touch next week'; nothing scheduled")
def post_interview_olmsted():
    body = t("""
        Kayla,

        Thanks for coming down to Milwaukee yesterday. Dolores and I both came away impressed,
        especially with how you handled the question on the Sheboygan allergen recall.

        We have two more candidates to see this week, and I expect we'll be in touch with next
        steps early next week.

        Greg

        Greg Halvorsen
        Senior Director, Food Safety & Regulatory Affairs
        Olmsted Brands
        """)
    hs = head("Greg Halvorsen <greg.halvorsen@olmstedbrands.com>",
              "RE: Thank you",
              "2026-11-05 17:44", CHI,
              "<SA1PR14MB58717C2D4E0A9B31F6C8D2E5A7B0@SA1PR14MB5871.namprd14.prod.outlook.com>",
              via="SA1PR14MB5871.namprd14.prod.outlook.com (2603:10b6:806:2bc::7)",
              more=(("In-Reply-To", "<CAKbre7Fw2n6qT9xR3vL1cM8pJ0sD4hG7eZ5aYb@mail.gmail.com>"),
                    ("References", "<CAKbre7Fw2n6qT9xR3vL1cM8pJ0sD4hG7eZ5aYb@mail.gmail.com>")))
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(38), family="rejection", lang="en", interview=False, company="Tallgrass Trace",
           note="Ashby rejection after the Pacific-time interview; no time fixed")
def ashby_tallgrass_reject():
    body = t("""
        Hi Kayla,

        Thank you for taking the time to speak with Omar about the Implementation Specialist,
        Food Safety role. We enjoyed learning about your experience with dairy HACCP plans.

        We've decided to move forward with other candidates whose software implementation
        background is a closer match for this position. This was a tough decision, and we hope
        you'll consider Tallgrass Trace again in the future.

        All the best,
        Jess Marlowe
        Tallgrass Trace Recruiting
        """)
    hs = head("Tallgrass Trace <no-reply@ashbyhq.com>",
              "Update on your application to Tallgrass Trace",
              "2026-10-09 17:02", UTCZ, "<01000192a8c3d7e1-0e4f7b92-3c15-4a8d-b6e0-7d2f1a9c5e38-000000@email.amazonses.com>",
              via="a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              reply_to="Jess Marlowe <jess.marlowe@tallgrasstrace.com>")
    return make.message(hs, make.text(body, cte="base64"))


@make.mail(N(39), family="assessment", lang="en", interview=False, company="Fenwick & Hale Foods",
           note="Take-home case exercise with a submission deadline (Mon Oct 12, 9:00 AM CT); a deadline, not an interview",
           days=(("Mon", "2026-10-12"),))
def assessment_fenwick():
    body = t("""
        Hi Kayla,

        Ahead of your onsite, the team would like you to complete a short case exercise. You'll
        find the packet attached in our candidate portal:
        https://careers.fenwickhale.com/portal/case/FSQ-2611

        The case covers a hypothetical Listeria positive on a zone 2 site in a ready-to-eat
        line. Please upload a two-page response (root cause approach, corrective actions,
        verification plan) by Monday, October 12 at 9:00 AM CT. It should take no more than two
        or three hours; please don't spend longer.

        You'll walk Lorraine through it during the first conversation on the onsite day.

        Thanks,
        Alicia Brandt
        Recruiting Coordinator, Fenwick & Hale Foods
        alicia.brandt@fenwickhale.com
        """)
    hs = head("Alicia Brandt <alicia.brandt@fenwickhale.com>",
              "Case exercise before your onsite",
              "2026-10-07 17:20", CHI, "<20261007222011.8c0e6f3b1d@fenwickhale.com>",
              via="mail-dm6nam12.outbound.protection.outlook.com (40.107.243.54)")
    return make.message(hs, make.text(body))


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Dentist appointment confirmation with an ICS (Thu Oct 22, 8:00 AM); confirmed time but not an interview; latin-1 body",
           days=(("Thu", "2026-10-22"),))
def dentist_monona():
    body = t("""
        Hello Kayla,

        This confirms your appointment at Monona Family Dental:

            Thursday, October 22, 2026 at 8:00 AM
            Dr. Søren Halvorsen - cleaning and exam
            5806 Monona Dr, Monona, WI 53716

        Please arrive 10 minutes early and bring your Delta Dental card. If you need to
        reschedule, call us at (608) 555-0102 at least 24 hours in advance.

        See you soon!
        Monona Family Dental
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmileSync//Appointments 4.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:appt-55291-20261022@smilesync.example.net
DTSTAMP:20261012T141000Z
DTSTART:20261022T130000Z
DTEND:20261022T140000Z
SUMMARY:Dental appointment - Monona Family Dental
LOCATION:5806 Monona Dr\\, Monona\\, WI 53716
END:VEVENT
END:VCALENDAR"""
    hs = head("Monona Family Dental <appointments@smilesync.example.net>",
              "Appointment confirmed: Thu, Oct 22 at 8:00 AM",
              "2026-10-12 09:10", CHI, "<appt-55291.20261012141000@smilesync.example.net>",
              via="smtp.smilesync.example.net (smtp.smilesync.example.net [198.51.100.140])")
    return make.message(hs, make.mixed(
        make.text(body, charset="iso-8859-1", cte="quoted-printable"),
        make.calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@make.mail(N(41), family="appointment", lang="en", interview=False, company=None,
           note="Car service appointment reminder (Sat Nov 7, 9:30 AM); not an interview", days=(("Sat", "2026-11-07"),))
def car_service_beltline():
    body = t("""
        Hi Kayla,

        Reminder: your 2019 Subaru Outback is scheduled for service at Beltline Auto Care.

        Date: Saturday, November 7, 2026
        Time: 9:30 AM drop-off
        Services: Oil change, tire rotation, winter tire swap

        Reply C to confirm or call (608) 555-0109 to change your appointment.

        Beltline Auto Care
        2930 W Beltline Hwy, Madison, WI 53713
        """)
    hs = head("Beltline Auto Care <service@beltlineautocare.example.com>",
              "Service reminder - Saturday, Nov 7 at 9:30 AM",
              "2026-11-04 08:00", CHI, "<reminder.88217.20261104@beltlineautocare.example.com>",
              via="mta-07.shopmail.example.net (mta-07.shopmail.example.net [192.0.2.57])")
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(42), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Outlook meeting request from a colleague at Kayla's current co-op (SQF internal audit prep); a work meeting, not an interview")
def outlook_coop_audit_prep():
    body = t("""
        When: Tuesday, September 22, 2026 1:00 PM-2:30 PM (UTC-06:00) Central Time (US & Canada).
        Where: Conf Rm B / Teams

        *~*~*~*~*~*~*~*~*~*

        Hi all - let's walk through the open CAPAs and the environmental monitoring records
        before the SQF auditor is onsite in October. Kayla, can you bring the zone 1-3 swab
        trend charts?

        Thanks,
        Marta
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + make.VTZ["Central Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Marta Schuster:mailto:mschuster@yaharavalleycoop.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kayla Brennan:mailto:kayla.brennan@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ray Thorsen:mailto:rthorsen@yaharavalleycoop.example.com
UID:040000008200E00074C5B7101A82E00800000000D05B8F1C3F40DD010000000000000000100000008E2A4C7B1D9F3E0A6C5B4D3E2F1A0987
SUMMARY;LANGUAGE=en-US:SQF internal audit prep
DTSTART;TZID=Central Standard Time:20260922T130000
DTEND;TZID=Central Standard Time:20260922T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260915T154000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Rm B / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Marta Schuster <mschuster@yaharavalleycoop.example.com>",
              "SQF internal audit prep",
              "2026-09-15 10:40", CHI, "<BL1PR19MB5320F4A7C2E01B9D3A6E8C42D7F5@BL1PR19MB5320.namprd19.prod.outlook.com>",
              via="BL1PR19MB5320.namprd19.prod.outlook.com (2603:10b6:208:392::21)",
              to="Kayla Brennan <kayla.brennan@example.org>, Ray Thorsen <rthorsen@yaharavalleycoop.example.com>",
              more=(("Thread-Topic", "SQF internal audit prep"), ("Content-Language", "en-US")))
    return make.message(hs, make.alt(make.text(body, charset="us-ascii", cte="7bit"),
                                     make.calendar(ics, cte="base64")))


@make.mail(N(43), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="School parent-teacher conference sign-up confirmation (Thu Oct 22, 4:40 PM); not an interview",
           days=(("Thu", "2026-10-22"),))
def school_conference():
    body = t("""
        Hi Kayla Brennan,

        You're signed up! Here are the details.

        Sign-up: Fall Parent-Teacher Conferences - Ms. Okafor, Grade 3
        Slot: Thursday, October 22, 2026, 4:40 PM - 4:55 PM
        Student: Maddie Brennan
        Location: Lapham Elementary, Room 114

        To change or cancel your slot, visit:
        https://www.slotsheet.example.net/s/okafor-fall-conf/edit?k=7Q2x

        Thank you for using SlotSheet!
        """)
    hs = head("SlotSheet <no-reply@slotsheet.example.net>",
              "Confirmation: Fall Parent-Teacher Conferences - Ms. Okafor, Grade 3",
              "2026-10-06 21:15", CHI, "<0100019aa3e1-signup-7Q2x@slotsheet.example.net>",
              via="smtp-out.slotsheet.example.net (smtp-out.slotsheet.example.net [192.0.2.88])",
              more=(("Reply-To", "Adaeze Okafor <aokafor@madisonschools.example.org>"),))
    return make.message(hs, make.text(body))


@make.mail(N(44), family="event", lang="en", interview=False, company=None,
           note="Conference registration receipt (Nov 10-11, Wisconsin Dells); an event, not an interview")
def summit_registration():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#2b2b2b">
        <table width="600" align="center" cellpadding="16" style="border:1px solid #ddd">
        <tr><td style="background:#7a1f1f;color:#fff;font-size:18px">Upper Midwest Dairy Food Safety Summit 2026</td></tr>
        <tr><td>
        <p>Hi Kayla,</p>
        <p>Your registration is complete. Order #UMDFS-26-01873</p>
        <p><b>When:</b> Tuesday, November 10 &ndash; Wednesday, November 11, 2026<br>
        Registration opens 7:30 AM; opening keynote 8:30 AM<br>
        <b>Where:</b> Glacier Canyon Conference Center, Wisconsin Dells, WI</p>
        <p><b>Ticket:</b> Full summit, member rate &ndash; $395.00<br>
        <b>Workshop:</b> Preventive Controls for Human Food refresher (Tue afternoon)</p>
        <p>Your badge QR code will be emailed the week before the event.</p>
        <p>See you in the Dells!<br>UMDFS Planning Committee</p>
        </td></tr></table></body></html>
        """)
    hs = head("UMDFS 2026 <registration@umdfs.example.org>",
              "You're registered: Upper Midwest Dairy Food Safety Summit 2026",
              "2026-09-18 12:37", CHI, "<reg.01873.20260918173700@umdfs.example.org>",
              via="mail.tixpoint.example.net (mail.tixpoint.example.net [192.0.2.120])")
    return make.message(hs, make.html(page, cte="base64"))


@make.mail(N(45), family="receipt", lang="en", interview=False, company=None,
           note="Hotel reservation for the night before the Chicago onsite (check-in Wed Oct 14); travel, not an interview",
           days=(("Wed", "2026-10-14"), ("Thu", "2026-10-15")))
def hotel_chicago():
    body = t("""
        Thank you for your reservation, Kayla.

        Hotel Larkspur Chicago West Loop
        845 W Randolph St, Chicago, IL 60607

        Confirmation number: 72051884
        Check-in:  Wednesday, October 14, 2026 (from 3:00 PM)
        Check-out: Thursday, October 15, 2026 (by 12:00 PM)
        Room: 1 King, non-smoking
        Rate: $219.00 per night plus tax - Flexible, cancel by 6:00 PM the day before arrival

        Total estimated: $257.87

        We look forward to welcoming you.
        """)
    hs = head("Hotel Larkspur Chicago <reservations@hotellarkspur.example.com>",
              "Reservation confirmed - Hotel Larkspur Chicago West Loop (72051884)",
              "2026-10-08 20:52", CHI, "<res.72051884.20261009015200@hotellarkspur.example.com>",
              via="mx.reservations.example.net (mx.reservations.example.net [192.0.2.201])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(46), family="reference_request", lang="en", interview=False, company="Three Rivers Nutrition",
           note="Recruiter asks for three references by Friday after the final round; nothing scheduled",
           days=(("Tue", "2026-12-08"),))
def references_three_rivers():
    body = t("""
        Hi Kayla,

        Thank you again for Tuesday - Marcy really enjoyed your conversation about supplier
        approval. As a next step, could you send me contact details for three professional
        references (at least one a current or former supervisor) by Friday?

        We'll reach out to them by email first; nobody will be called without a heads-up.

        Thanks,
        Nadia
        """)
    hs = head("Nadia Ruiz <nadia.ruiz@threeriversnutrition.com>",
              "References",
              "2026-12-09 15:12", CHI, "<4e9b7c21-3a58-4f0d-8e16-b2c7a0d9f513@threeriversnutrition.com>",
              via="mail.threeriversnutrition.com (mail.threeriversnutrition.com [203.0.113.44])",
              more=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(47), family="withdrawal_receipt", lang="en", interview=False, company="Heartland Mills",
           note="Taleo confirmation that Kayla withdrew her application; nothing scheduled")
def taleo_heartland_withdrawn():
    body = t("""
        Dear Kayla Brennan,

        This message confirms that you have withdrawn your application for the position
        Regional Food Safety Manager (Job Number 2604417).

        If this was done in error, you may reapply through the career section while the
        position remains open.

        Thank you for your interest in Heartland Mills.

        Heartland Mills Talent Acquisition
        This is an automated message - please do not reply.
        """)
    hs = head("Heartland Mills Careers <heartlandmills@taleo.net>",
              "Application withdrawn - Regional Food Safety Manager",
              "2026-10-20 19:44", CHI, "<1230984712.502338.1792543440027.JavaMail.taleo@tlx2.taleo.net>",
              via="tlx2.taleo.net (tlx2.taleo.net [160.34.10.52])")
    return make.message(hs, make.text(body, charset="windows-1252", cte="7bit"))


@make.mail(N(48), family="social_notification", lang="en", interview=False, company=None,
           note="Professional-network digest (profile views, a recruiter message preview); nothing scheduled")
def proflink_digest():
    body = t("""
        Kayla, your profile is getting noticed

        7 people viewed your profile this week
          - a Talent Acquisition Partner at a dairy processor in Milwaukee
          - a Quality Director at a food ingredients company in Minneapolis
          - 5 others

        You appeared in 31 searches, for keywords like "SQF practitioner" and "food safety
        manager".

        New message from Theo Vance, Recruiter at Harbor & Hearth Foods:
        "Hi Kayla, are you open to hearing about a QA manager role in Green Bay? ..."

        See all activity: https://www.proflink.example.com/me/activity

        You are receiving Proflink notification emails.
        Unsubscribe: https://www.proflink.example.com/settings/email?t=wk
        """)
    hs = head("Proflink <notifications@proflink.example.com>",
              "Kayla, you appeared in 31 searches this week",
              "2026-11-02 07:15", CHI, "<weekly.9d3f71a2.20261102131500@proflink.example.com>",
              via="mail-out-4.proflink.example.com (mail-out-4.proflink.example.com [192.0.2.14])",
              more=(("Precedence", "bulk"),
                    ("List-Unsubscribe", "<https://www.proflink.example.com/settings/email?t=wk>")))
    return make.message(hs, make.text(body, cte="quoted-printable"))


@make.mail(N(49), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration (industry association, Thu Sep 24 12:00 PM CDT); an event, not an interview",
           days=(("Thu", "2026-09-24"),))
def webinar_mfpa():
    body = t("""
        Hi Kayla,

        Thank you for registering for "FSMA 204 Traceability: A Practical Readiness Check for
        Dairy Processors".

        Date & Time: Sep 24, 2026 12:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/89512044771?tk=mfpa-Kb2291

        Passcode: 204ready

        Add to calendar: https://us02web.zoom.us/webinar/tJMsd-ysqD0o/ics?user_id=kb2291

        You can cancel your registration at any time.

        Midwest Food Protection Association
        """)
    hs = head("Midwest Food Protection Association <no-reply@zoom.us>",
              "Midwest Food Protection Association Webinar Confirmation",
              "2026-09-17 13:05", CHI, "<mfpa.webinar.89512044771.kb2291@zoom.us>",
              via="so254-46.mailgun.net (so254-46.mailgun.net [198.61.254.46])",
              reply_to="MFPA Events <events@mfpa.example.org>")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(50), family="agency_update", lang="en", interview=False, company="Northstar Food Talent",
           note="Agency recruiter reports Kayla's profile was submitted to a client; no interview set yet")
def agency_submission_birchwood():
    body = t("""
        Hi Kayla,

        Quick update: I submitted you to Birchwood Ingredients for the Plant Food Safety Manager
        role in Plymouth this morning. Their HR coordinator usually turns feedback around within a
        week. If they want to meet, I'll coordinate the timing with you before anything is set.

        I also mentioned your relocation flexibility to the Twin Cities, as we discussed.

        Talk soon,
        Brooke

        Brooke Sandoval
        Senior Recruiter, Food & Beverage | Northstar Food Talent
        brooke.sandoval@northstarfoodtalent.com | 612-555-0188
        """)
    hs = head("Brooke Sandoval <brooke.sandoval@northstarfoodtalent.com>",
              "Submitted to Birchwood Ingredients",
              "2026-11-12 10:27", CHI,
              "<PH0PR17MB4522E6B2C9F1A07D3E5B8A14C2D9@PH0PR17MB4522.namprd17.prod.outlook.com>",
              via="PH0PR17MB4522.namprd17.prod.outlook.com (2603:10b6:510:1d4::6)",
              more=(("Content-Language", "en-US"),))
    return make.message(hs, make.text(body))
