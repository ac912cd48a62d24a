"""blind332: a blind 50-mail held-out set, the inbox of Darnell Hughes, carpet-mill production
scheduler in Chattanooga, Tennessee (America/New_York), September to December 2026.

Written by a helper session that had read only make.py, make_blind.py, the first part and the
Mix / label-convention / traps / judgement-call sections of bench/heldout/README.md, the dev corpus
README, dev labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its
tests, any other held-out mails, and never ran the detector. Every mail below is one function with
its own wording; make.py does the MIME plumbing. American English throughout; employers in
Chattanooga, Atlanta, Dalton, Knoxville (Eastern), Nashville and Huntsville (Central), Denver
(Mountain), Pacific-time and European remote teams. All companies and people are fictional.
"""

from __future__ import annotations

import hashlib
import random

import make
from make import alt, html, mixed, t, text

ORDER = random.Random(3320332).sample(range(1, 51), 50)
SET = "blind332"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "darnell.hughes@example.org"
ME_NAME = "Darnell Hughes"
TO = make.addr(ME_NAME, ME)
ET = "America/New_York"
CT = "America/Chicago"


def _h(seed: str, n: int = 24) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:n]


def mid(seed: str, domain: str) -> str:
    return f"<{_h(seed)}@{domain}>"


def head(frm: str, subject: str, when: str, zone: str = ET, *, relay: str, seed: str,
         msgid: str | None = None, to: str = TO, extra: tuple[tuple[str, str], ...] = ()) -> list:
    ident = f"mx1.example.org (Postfix) with ESMTPS id {_h(seed + 'rcv', 10).upper()}"
    return [
        ("Delivered-To", ME),
        ("Received", make.received(f"from {relay}", when, zone, ident, ME)),
        ("From", frm),
        ("To", to),
        ("Subject", make.enc(subject)),
        ("Date", make.date(when, zone)),
        ("Message-ID", msgid or mid(seed, relay.split(" ")[0])),
        *extra,
    ]


AMERICA_DENVER = """BEGIN:VTIMEZONE
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


def cal(*chunks: str) -> str:
    """Join ICS chunks (VCALENDAR head, VTIMEZONE, VEVENT...) one line apart."""
    return "\n".join(c.strip("\n") for c in chunks) + "\n"


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T14:00:00Z", end="2026-09-17T14:30:00Z",
           contact="tasha.greer@hartwellscp.com", company="Hartwell Supply Chain Partners",
           local="Thu 2026-09-17 10:00", local_end="2026-09-17 10:30", zone=ET,
           note="Greenhouse confirmation of a 30-minute phone screen, 10:00-10:30 AM ET (Atlanta, EDT "
                "in September = UTC-4); contact = human Reply-To recruiter")
def m01():
    body = t("""
        Hi Darnell,

        Thanks for making time to speak with us! Your phone interview for the Senior Production
        Planner role at Hartwell Supply Chain Partners is confirmed:

        Date: Thursday, September 17, 2026
        Time: 10:00 AM - 10:30 AM Eastern Time (US & Canada)
        Interviewer: Tasha Greer, Senior Recruiter
        Format: Phone call. Tasha will call you at (423) 555-0191.

        If anything changes on your end, just reply to this email and it will go straight to Tasha.

        We're looking forward to it.

        Best,
        Hartwell Supply Chain Partners Recruiting Team
        Atlanta, GA
    """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Darnell,</p>
        <p>Thanks for making time to speak with us! Your phone interview for the <b>Senior Production Planner</b>
        role at Hartwell Supply Chain Partners is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Thursday, September 17, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:30 AM Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Tasha Greer, Senior Recruiter</td></tr>
        <tr><td><b>Format</b></td><td>Phone call. Tasha will call you at (423) 555-0191.</td></tr>
        </table>
        <p>If anything changes on your end, just reply to this email and it will go straight to Tasha.</p>
        <p>We&#39;re looking forward to it.</p>
        <p>Best,<br>Hartwell Supply Chain Partners Recruiting Team<br>Atlanta, GA</p>
        <img src="https://us.greenhouse-mail.io/o/3f9a1c/open.gif" width="1" height="1" alt="">
        </body></html>
    """)
    hs = head(make.addr("Hartwell Supply Chain Partners", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Production Planner at Hartwell Supply Chain Partners",
              "2026-09-11 15:22:08", relay="o17.us.greenhouse-mail.io (o17.us.greenhouse-mail.io [167.89.12.41])",
              seed="b332-01", extra=(("Reply-To", make.addr("Tasha Greer", "tasha.greer@hartwellscp.com")),
                                     ("X-SG-EID", "u001.Qm9vZ2xlR3JlZW5ob3VzZQ")))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-30T17:00:00Z", end="2026-09-30T18:30:00Z",
           contact="marisol.pruitt@lookoutridgeflooring.com", company="Lookout Ridge Flooring",
           local="Wed 2026-09-30 13:00", local_end="2026-09-30 14:30", zone=ET,
           note="Workday HTML-only (base64) onsite interview in Chattanooga, 1:00-2:30 PM Eastern "
                "(EDT, UTC-4); sender is the Workday tenant address, contact = coordinator address in body")
def m02():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#1f4e3d;color:#fff;padding:16px;font-size:18px">Lookout Ridge Flooring</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Darnell Hughes,</p>
        <p>We are pleased to confirm your interview for <b>Production Scheduling Lead (R-0041327)</b>.</p>
        <p><b>Interview Details</b><br>
        Wednesday, September 30, 2026<br>
        1:00 PM &ndash; 2:30 PM Eastern Time<br>
        Lookout Ridge Flooring, Plant 2 Main Office<br>
        4100 Rossville Blvd, Chattanooga, TN 37407</p>
        <p>You will meet with Wade Kimbrough (Plant Manager) and Lorna Estes (Materials Manager).
        Please check in with the front desk 10 minutes early and bring a photo ID. Closed-toe shoes
        are required for the plant walk.</p>
        <p>Your interview coordinator is Marisol Pruitt. Questions? Contact her at
        <a href="mailto:marisol.pruitt@lookoutridgeflooring.com">marisol.pruitt@lookoutridgeflooring.com</a>
        or (423) 555-0137.</p>
        <p>You can review this interview any time from your
        <a href="https://wd5.myworkdayjobs.com/lookoutridge/candidate/home">candidate home page</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Lookout Ridge Flooring</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox.</td></tr>
        </table></td></tr></table>
        </body></html>
    """)
    hs = head(make.addr("Lookout Ridge Flooring", "lookoutridge@myworkday.com"),
              "Interview Scheduled - Production Scheduling Lead (R-0041327)", "2026-09-22 09:05:41",
              relay="mta-wd5.myworkday.com (mta-wd5.myworkday.com [198.51.100.25])", seed="b332-02")
    return make.message(hs, html(page, cte="base64"))


@make.mail(N(3), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T19:00:00Z", end="2026-10-08T20:00:00Z",
           contact="gtillman@cumberlandpolymer.com", company="Cumberland Polymer Works",
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=CT,
           note="Exchange meeting request from Nashville; body says '(UTC-06:00) Central Time' but on 8 Oct "
                "Central is CDT (UTC-5): 2 PM CDT = 19:00Z, matches ICS TZID Central Standard Time")
def m03():
    body = t("""
        Darnell,

        Thanks again for the call on Monday. As discussed, here is the invite for the interview with
        me and Alana Ruiz (Operations Director). We'll talk through how you build the weekly extrusion
        and tufting schedule, and I'd like you to walk us through one changeover problem you solved.

        Greg

        Gregory Tillman | Manufacturing Manager
        Cumberland Polymer Works | 2200 Visco Dr, Nashville, TN 37210
        Office (615) 555-0172

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmE4>
        Meeting ID: 261 774 903 118
        Passcode: Kp7sQz
        ________________________________________________________________________________
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Darnell,</p>
        <p>Thanks again for the call on Monday. As discussed, here is the invite for the interview with me and
        Alana Ruiz (Operations Director). We&#8217;ll talk through how you build the weekly extrusion and tufting
        schedule, and I&#8217;d like you to walk us through one changeover problem you solved.</p>
        <p>Greg</p>
        <p>Gregory Tillman | Manufacturing Manager<br>Cumberland Polymer Works | 2200 Visco Dr, Nashville, TN 37210<br>
        Office (615) 555-0172</p>
        <div>________________________________________________________________________________</div>
        <div><b>Microsoft Teams meeting</b></div>
        <div>Join on your computer, mobile app or room device<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmE4">Click here to join the meeting</a></div>
        <div>Meeting ID: 261 774 903 118<br>Passcode: Kp7sQz</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """), make.VTZ["Central Standard Time"], t("""

        BEGIN:VEVENT
        ORGANIZER;CN=Gregory Tillman:mailto:gtillman@cumberlandpolymer.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alana Ruiz:mailto:aruiz@cumberlandpolymer.com
        DESCRIPTION;LANGUAGE=en-US:Darnell\\,\\n\\nThanks again for the call on Monday. Teams link below.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C2F1F3A94ADC01000000000000000010000000D41C7B
        SUMMARY;LANGUAGE=en-US:Interview: Production Planning Supervisor - Darnell Hughes
        DTSTART;TZID=Central Standard Time:20261008T140000
        DTEND;TZID=Central Standard Time:20261008T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T164712Z
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
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Gregory Tillman", "gtillman@cumberlandpolymer.com"),
              "Interview: Production Planning Supervisor - Darnell Hughes", "2026-10-02 11:47:12", CT,
              relay="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2101.outbound.protection.outlook.com [40.107.243.101])",
              seed="b332-03", msgid="<DM6PR11MB4129A1E7C2F0B3D9E44B6F1AC93A2@DM6PR11MB4129.namprd11.prod.outlook.com>",
              extra=(("Thread-Topic", "Interview: Production Planning Supervisor - Darnell Hughes"),
                     ("Thread-Index", "AdsWbQ3kq2ZK9bT8RZmNv1yKf3gA7w=="),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    alt_part = alt(text(body), html(page), make.calendar(ics, method="REQUEST", cte="base64"))
    return make.message(hs, alt_part)


@make.mail(N(4), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T15:00:00Z", end=None,
           contact="kendra.oyelaran@redstoneaero.com", company="Redstone Aerostructures",
           local="Tue 2026-10-13 10:00", zone=CT,
           note="iCIMS plain text (windows-1252, 8bit), Huntsville: 10:00 AM CT in October = CDT (UTC-5) "
                "= 15:00Z; 'plan on about 90 minutes' is approximate so end null; contact = TA partner in body")
def m04():
    body = t("""
        Darnell,

        Thank you for your interest in Redstone Aerostructures. This message confirms your interview
        for Job ID 2026-4418 \u2013 Production Control Scheduler (Huntsville, AL).

        Interview type:  Video interview (Microsoft Teams)
        Date:            Tuesday, October 13, 2026
        Time:            10:00 AM CT
        Interviewers:    Curtis Vang, Production Control Manager
                         Kendra Oyelaran, Talent Acquisition Partner

        Please plan on about 90 minutes. The Teams link will arrive in a separate calendar invitation.
        Because this position supports U.S. government programs, please have your proof of U.S.
        citizenship or permanent residence ready to discuss.

        If you have any questions before your interview, reach me directly at
        kendra.oyelaran@redstoneaero.com or (256) 555-0148.

        Regards,

        Kendra Oyelaran
        Talent Acquisition Partner
        Redstone Aerostructures \u2022 Huntsville, Alabama

        ----
        Please do not reply to this message. This mailbox is not monitored.
        Redstone Aerostructures is an Equal Opportunity Employer.
    """)
    hs = head(make.addr("Redstone Aerostructures", "redstoneaero@talent.icims.com"),
              "Interview Confirmation \u2013 Production Control Scheduler (2026-4418)", "2026-10-06 08:30:55", CT,
              relay="smtp-out3.icims.com (smtp-out3.icims.com [64.94.160.33])", seed="b332-04",
              extra=(("X-Mailer", "iCIMS Talent Platform"),))
    return make.message(hs, text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(5), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-19T15:00:00Z", end="2026-10-19T16:00:00Z",
           contact="jolene.whitaker@smokyridgebev.com", company="Smoky Ridge Beverage Co.",
           local="Mon 2026-10-19 11:00", local_end="2026-10-19 12:00", zone=ET,
           note="Lever confirmation with invite.ics (America/New_York), Knoxville onsite 11 AM-12 PM EDT = "
                "15:00Z; contact = Reply-To recruiter (also ICS ORGANIZER)")
def m05():
    body = t("""
        Hi Darnell,

        You're all set! Here are the details for your upcoming interview with Smoky Ridge Beverage Co.

        Role: Production & Packaging Scheduler
        When: Monday, October 19, 2026, 11:00 AM - 12:00 PM (EDT)
        Where: Smoky Ridge Beverage Co., 915 Sevier Ave, Knoxville, TN 37920 - ask for Jolene at reception
        With: Jolene Whitaker (Talent Acquisition), Cody Brannon (Plant Scheduling Manager)

        A calendar invite is attached. Free parking is in the lot off Blount Ave.

        Need to make a change? Reply to this email.

        Cheers,
        Jolene Whitaker
        Smoky Ridge Beverage Co.
    """)
    page = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Darnell,</p>
        <p>You're all set! Here are the details for your upcoming interview with Smoky Ridge Beverage Co.</p>
        <p><strong>Role:</strong> Production &amp; Packaging Scheduler<br>
        <strong>When:</strong> Monday, October 19, 2026, 11:00 AM - 12:00 PM (EDT)<br>
        <strong>Where:</strong> Smoky Ridge Beverage Co., 915 Sevier Ave, Knoxville, TN 37920 - ask for Jolene at reception<br>
        <strong>With:</strong> Jolene Whitaker (Talent Acquisition), Cody Brannon (Plant Scheduling Manager)</p>
        <p>A calendar invite is attached. Free parking is in the lot off Blount Ave.</p>
        <p>Need to make a change? Reply to this email.</p>
        <p>Cheers,<br>Jolene Whitaker<br>Smoky Ridge Beverage Co.</p>
        <p style="color:#999;font-size:12px">Sent via Lever</p>
        </div>
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """), make.VTZ["America/New_York"], t("""

        BEGIN:VEVENT
        UID:lever-iv-7d1c3e52-0a4b-4f2e-9b61-5e2d8a7c41f0
        DTSTAMP:20261013T201004Z
        DTSTART;TZID=America/New_York:20261019T110000
        DTEND;TZID=America/New_York:20261019T120000
        SUMMARY:Onsite Interview - Smoky Ridge Beverage Co.
        LOCATION:915 Sevier Ave\\, Knoxville\\, TN 37920
        ORGANIZER;CN=Jolene Whitaker:mailto:jolene.whitaker@smokyridgebev.com
        ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.hughes@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Smoky Ridge Beverage Co.", "no-reply@hire.lever.co"),
              "Your interview with Smoky Ridge Beverage Co. is confirmed", "2026-10-13 16:10:04",
              relay="mail-out2.hire.lever.co (mail-out2.hire.lever.co [52.10.44.181])", seed="b332-05",
              extra=(("Reply-To", make.addr("Jolene Whitaker", "jolene.whitaker@smokyridgebev.com")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  make.calendar(ics, method="REQUEST", filename="invite.ics",
                                                disposition="attachment", name_param=True)))


@make.mail(N(6), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-10-22T20:00:00Z", end="2026-10-22T20:45:00Z",
           contact="owen.castellanos@tallgrassplanning.com", company="Tallgrass Planning Software",
           local="Thu 2026-10-22 13:00", local_end="2026-10-22 13:45", zone="America/Los_Angeles",
           note="Ashby (base64 text+html), remote team on Pacific time: 1:00-1:45 PM PDT = 20:00Z, also shown "
                "as 4:00 PM EDT; contact = Reply-To recruiter")
def m06():
    body = t("""
        Hi Darnell,

        Your interview is confirmed. We're excited to chat!

        Thursday, October 22, 2026
        1:00 PM - 1:45 PM PDT (4:00 PM - 4:45 PM EDT, your time zone)
        Google Meet: https://meet.google.com/kvx-qtrn-bpa

        Interview: Hiring Manager Conversation - Solutions Consultant, Manufacturing
        You'll meet with:
          Irene Valdez - Director, Customer Solutions

        Questions? Just reply and it will reach Owen Castellanos.

        Thanks,
        Tallgrass Planning Software Recruiting
    """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1c1c1c">
        <p>Hi Darnell,</p>
        <p>Your interview is confirmed. We&#x27;re excited to chat!</p>
        <p><b>Thursday, October 22, 2026</b><br>1:00 PM &ndash; 1:45 PM PDT (4:00 PM &ndash; 4:45 PM EDT, your time zone)<br>
        Google Meet: <a href="https://meet.google.com/kvx-qtrn-bpa">meet.google.com/kvx-qtrn-bpa</a></p>
        <p>Interview: Hiring Manager Conversation &ndash; Solutions Consultant, Manufacturing<br>
        You&#x27;ll meet with:<br>&nbsp;&nbsp;Irene Valdez &mdash; Director, Customer Solutions</p>
        <p>Questions? Just reply and it will reach Owen Castellanos.</p>
        <p>Thanks,<br>Tallgrass Planning Software Recruiting</p>
        </body></html>
    """)
    hs = head(make.addr("Tallgrass Planning Software", "no-reply@ashbyhq.com"),
              "Interview confirmed: Solutions Consultant, Manufacturing at Tallgrass Planning Software",
              "2026-10-16 10:15:33", "America/Los_Angeles",
              relay="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              seed="b332-06", msgid="<01000192b7e4d3a1-5f8e2c71-9a0d-4b3e-8c17-2d6f0e9a41b7-000000@email.amazonses.com>",
              extra=(("Reply-To", make.addr("Owen Castellanos", "owen.castellanos@tallgrassplanning.com")),))
    return make.message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(N(7), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T15:30:00Z", end="2026-11-02T16:00:00Z",
           contact="renee.blackwood@signalmtnfoods.com", company="Signal Mountain Foods",
           local="Mon 2026-11-02 10:30", local_end="2026-11-02 11:00", zone=ET,
           note="Calendly invitee confirmation sent Thu 29 Oct in EDT for Mon 2 Nov, the day after US clocks "
                "fall back: 10:30 AM EST (UTC-5) = 15:30Z, ICS in UTC agrees; contact = host via Reply-To")
def m07():
    body = t("""
        Hi Darnell Hughes,

        Your 30 Minute Intro - Production Scheduling Manager with Renee Blackwood at 10:30am
        (Eastern Time - US & Canada) on Monday, November 2, 2026 is scheduled.

        Event Type:
        30 Minute Intro - Production Scheduling Manager

        Event Date/Time:
        10:30am - 11:00am, Monday, November 2, 2026 (Eastern Time - US & Canada)

        Location:
        Renee will call you at +1 423-555-0191

        Invitee Email:
        darnell.hughes@example.org

        Questions:
        Anything you'd like Renee to know ahead of time?
        I've run finite-capacity scheduling for four tufting lines; happy to talk through it.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f1e0b2c-8a7d-41c9-b3e5-71d2c6a0f9e8
        Reschedule: https://calendly.com/reschedulings/4f1e0b2c-8a7d-41c9-b3e5-71d2c6a0f9e8

        Powered by Calendly.com
    """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Darnell Hughes,</p>
        <p>Your 30 Minute Intro - Production Scheduling Manager with Renee Blackwood at 10:30am (Eastern Time - US &amp; Canada)
        on Monday, November 2, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>30 Minute Intro - Production Scheduling Manager</p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am, Monday, November 2, 2026 (Eastern Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>Renee will call you at +1 423-555-0191</p>
        <p><b>Invitee Email:</b><br><a href="mailto:darnell.hughes@example.org">darnell.hughes@example.org</a></p>
        <p><a href="https://calendly.com/cancellations/4f1e0b2c-8a7d-41c9-b3e5-71d2c6a0f9e8">Cancel</a> |
        <a href="https://calendly.com/reschedulings/4f1e0b2c-8a7d-41c9-b3e5-71d2c6a0f9e8">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261030T004112Z
        UID:4f1e0b2c-8a7d-41c9-b3e5-71d2c6a0f9e8@calendly.com
        DTSTART:20261102T153000Z
        DTEND:20261102T160000Z
        SUMMARY:30 Minute Intro - Production Scheduling Manager (Renee Blackwood and Darnell Hughes)
        ORGANIZER;CN=Renee Blackwood:mailto:renee.blackwood@signalmtnfoods.com
        ATTENDEE;CN=Darnell Hughes;PARTSTAT=ACCEPTED:mailto:darnell.hughes@example.org
        LOCATION:Renee will call you at +1 423-555-0191
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(make.addr("Calendly", "notifications@calendly.com"),
              "Confirmed: 30 Minute Intro - Production Scheduling Manager with Renee Blackwood on Monday, November 2, 2026",
              "2026-10-29 20:41:12",
              relay="o4.email.calendly.com (o4.email.calendly.com [168.245.7.93])", seed="b332-07",
              extra=(("Reply-To", make.addr("Renee Blackwood", "renee.blackwood@signalmtnfoods.com")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  make.calendar(ics, method="REQUEST", filename="invite.ics",
                                                disposition="attachment")))


@make.mail(N(8), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-11T15:00:00Z", end="2026-11-11T18:00:00Z",
           contact="marcus.oduya@tvcomposites.com", company="Tennessee Valley Composites",
           local="Wed 2026-11-11 09:00", local_end="2026-11-11 12:00", zone=CT,
           note="Google Calendar invitation, Huntsville onsite 9am-12pm Central Time - Chicago; after 1 Nov "
                "so CST (UTC-6) = 15:00Z-18:00Z; contact = organizer (hiring manager)")
def m08():
    body = t("""
        Marcus Oduya has invited you to an event.

        Onsite interview - Darnell Hughes / Production Scheduler
        Wednesday Nov 11, 2026 \u22c5 9am \u2013 12pm (Central Time - Chicago)

        Tennessee Valley Composites, 7050 Old Madison Pike NW, Huntsville, AL 35806
        View map: https://www.google.com/maps/search/7050+Old+Madison+Pike+NW,+Huntsville,+AL+35806

        Darnell - schedule for the morning: 9:00 me, 9:45 plant tour with our shift leads,
        10:45 Priscilla Haynes (materials), 11:30 wrap-up. Badge in at the visitor entrance on the
        north side of the building.

        Organizer
        Marcus Oduya
        marcus.oduya@tvcomposites.com

        Guests
        Marcus Oduya - organizer
        Priscilla Haynes
        darnell.hughes@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGY3YzEyb2Rh

        Reply for darnell.hughes@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NGY3YzEyb2Rh&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NGY3YzEyb2Rh&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NGY3YzEyb2Rh&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be
        added to the guest list, invite others regardless of their own invitation status, or modify your
        RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
    """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Marcus Oduya"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:22px;font-weight:400">Onsite interview - Darnell Hughes / Production Scheduler</h2>
        <div><b>When</b></div><div>Wednesday Nov 11, 2026 &#8901; 9am &ndash; 12pm (Central Time - Chicago)</div>
        <div><b>Location</b></div><div>Tennessee Valley Composites, 7050 Old Madison Pike NW, Huntsville, AL 35806</div>
        <div style="margin-top:12px">Darnell - schedule for the morning: 9:00 me, 9:45 plant tour with our shift leads,<br>
        10:45 Priscilla Haynes (materials), 11:30 wrap-up. Badge in at the visitor entrance on the<br>
        north side of the building.</div>
        <div style="margin-top:12px"><b>Organizer</b></div><div>Marcus Oduya<br><a href="mailto:marcus.oduya@tvcomposites.com">marcus.oduya@tvcomposites.com</a></div>
        <div><b>Guests</b></div><div>Marcus Oduya - organizer<br>Priscilla Haynes<br>darnell.hughes@example.org</div>
        <div style="margin-top:12px">Reply for darnell.hughes@example.org
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NGY3YzEyb2Rh&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NGY3YzEyb2Rh&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NGY3YzEyb2Rh&amp;rst=3">Maybe</a></div>
        <div style="color:#70757a;font-size:12px">Invitation from Google Calendar</div>
        </div>
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """), make.VTZ["America/Chicago"], t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261111T090000
        DTEND;TZID=America/Chicago:20261111T120000
        DTSTAMP:20261103T200214Z
        ORGANIZER;CN=Marcus Oduya:mailto:marcus.oduya@tvcomposites.com
        UID:4f7c12oda3k9mvd0s8q2b6e1tn@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Oduya;X-NUM-GUESTS=0:mailto:marcus.oduya@tvcomposites.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priscilla Haynes;X-NUM-GUESTS=0:mailto:priscilla.haynes@tvcomposites.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes@example.org;X-NUM-GUESTS=0:mailto:darnell.hughes@example.org
        CREATED:20261103T200213Z
        DESCRIPTION:Darnell - schedule for the morning: 9:00 me\\, 9:45 plant tour with our shift leads\\, 10:45 Priscilla Haynes (materials)\\, 11:30 wrap-up.
        LAST-MODIFIED:20261103T200213Z
        LOCATION:Tennessee Valley Composites\\, 7050 Old Madison Pike NW\\, Huntsville\\, AL 35806
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Onsite interview - Darnell Hughes / Production Scheduler
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Marcus Oduya", "marcus.oduya@tvcomposites.com"),
              "Invitation: Onsite interview - Darnell Hughes / Production Scheduler @ Wed Nov 11, 2026 9am - 12pm (CST) (darnell.hughes@example.org)",
              "2026-11-03 14:02:14", CT,
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", seed="b332-08",
              msgid="<calendar-6a1e0d4b-93c2-4f58-b7a1-2e8d9c0f3b15@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", make.addr("Marcus Oduya", "marcus.oduya@tvcomposites.com"))))
    return make.message(hs, mixed(
        alt(text(body, cte="quoted-printable"), html(page), make.calendar(ics, method="REQUEST")),
        make.calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(9), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T14:30:00Z", end="2026-11-19T15:15:00Z",
           contact="spettigrew@apextalentpartners.com", company="Conasauga Flooring",
           local="Thu 2026-11-19 09:30", local_end="2026-11-19 10:15", zone=ET,
           note="Agency recruiter prose with pasted Zoom block: 'tomorrow (Thursday) at 9:30 AM Eastern' resolved "
                "against Date Wed 18 Nov (EST, UTC-5) = 14:30Z; '45 minutes blocked' is an exact length; "
                "client company is the hiring company, contact = agency recruiter (human sender)")
def m09():
    body = t("""
        Morning Darnell,

        Good news - Conasauga Flooring wants to move forward. You're confirmed with Phil Haskins, their VP
        of Operations, tomorrow (Thursday) at 9:30 AM Eastern on Zoom. He has 45 minutes blocked.

        A few things Phil cares about: schedule attainment, how you handle dye-lot changeovers, and how
        you work with sales when they promise dates the mill can't hit. Keep your answers tight; he likes
        numbers. Call me after and let me know how it went.

        ---
        Shawna Pettigrew is inviting you to a scheduled Zoom meeting.

        Topic: Conasauga Flooring - Darnell Hughes / Phil Haskins
        Time: Nov 19, 2026 09:30 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/84120673391?pwd=Qm9ZR3pHcFZ1aGh0dEpWd0h4cz09

        Meeting ID: 841 2067 3391
        Passcode: 552918

        One tap mobile
        +13052241968,,84120673391#,,,,*552918# US
        +16469313860,,84120673391#,,,,*552918# US
        ---

        Shawna Pettigrew
        Senior Recruiter, Manufacturing & Supply Chain
        Apex Talent Partners | Atlanta, GA
        (404) 555-0163
    """)
    hs = head(make.addr("Shawna Pettigrew", "spettigrew@apextalentpartners.com"),
              "Confirmed: Conasauga Flooring - Phil Haskins tomorrow 9:30 ET", "2026-11-18 07:52:40",
              relay="mail-bn8nam11on2090.outbound.protection.outlook.com ([40.107.236.90])", seed="b332-09",
              msgid="<BN0PR08MB6951D31C0F2A44E98B3B1E55A4A62@BN0PR08MB6951.namprd08.prod.outlook.com>")
    return make.message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(10), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T14:00:00Z", end="2026-10-26T14:45:00Z",
           contact="elin.sandberg@nordvikflooring.se", company="Nordvik Flooring",
           local="Mon 2026-10-26 15:00", local_end="2026-10-26 15:45", zone="Europe/Stockholm",
           note="Teamtailor from Stockholm, sent in CEST for Mon 26 Oct, the day after Europe's switch to CET: "
                "15:00 CET (UTC+1) = 14:00Z = 10:00 AM EDT (US still on daylight time); ICS Europe/Stockholm; "
                "contact = Reply-To recruiter")
def m10():
    body = t("""
        Hi Darnell,

        Thank you for booking a time with us. Here are the details for your video interview for
        Supply Planner, North America (Remote, US):

        Monday, October 26, 2026
        15:00 - 15:45 (Stockholm time, CET)
        That is 10:00 - 10:45 AM Eastern for you.

        Heads-up: Sweden sets its clocks back on Sunday, October 25, one week before the US does, so
        that week we are only five hours ahead of you instead of six.

        Meeting link: https://nordvikflooring.teamtailor.com/video/meeting/8d1f6a0c-2e4b
        You will meet: Elin Sandberg (Talent Acquisition) and Johan Lindqvist (Head of S&OP, Americas).

        If something comes up, simply reply to this email.

        Kind regards,
        Elin Sandberg
        Nordvik Flooring AB
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hi Darnell,</p>
        <p>Thank you for booking a time with us. Here are the details for your video interview for
        <b>Supply Planner, North America (Remote, US)</b>:</p>
        <p style="background:#f2f5f3;padding:12px">Monday, October 26, 2026<br>15:00 - 15:45 (Stockholm time, CET)<br>
        That is 10:00 - 10:45 AM Eastern for you.</p>
        <p>Heads-up: Sweden sets its clocks back on Sunday, October 25, one week before the US does, so that week we
        are only five hours ahead of you instead of six.</p>
        <p><a href="https://nordvikflooring.teamtailor.com/video/meeting/8d1f6a0c-2e4b">Join the meeting</a><br>
        You will meet: Elin Sandberg (Talent Acquisition) and Johan Lindqvist (Head of S&amp;OP, Americas).</p>
        <p>If something comes up, simply reply to this email.</p>
        <p>Kind regards,<br>Elin Sandberg<br>Nordvik Flooring AB</p>
        </body></html>
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        """), make.VTZ["Europe/Stockholm"], t("""
        BEGIN:VEVENT
        UID:tt-meeting-8d1f6a0c-2e4b@teamtailor.com
        DTSTAMP:20261020T113000Z
        DTSTART;TZID=Europe/Stockholm:20261026T150000
        DTEND;TZID=Europe/Stockholm:20261026T154500
        SUMMARY:Interview: Supply Planner\\, North America - Nordvik Flooring
        ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@nordvikflooring.se
        ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes@example.org
        LOCATION:https://nordvikflooring.teamtailor.com/video/meeting/8d1f6a0c-2e4b
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Nordvik Flooring", "no-reply@nordvikflooring.teamtailor-mail.com"),
              "Interview booked: Supply Planner, North America", "2026-10-20 13:30:17", "Europe/Stockholm",
              relay="mail2.teamtailor-mail.com (mail2.teamtailor-mail.com [185.40.22.17])", seed="b332-10",
              extra=(("Reply-To", make.addr("Elin Sandberg", "elin.sandberg@nordvikflooring.se")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  make.calendar(ics, method="REQUEST", filename="interview.ics",
                                                disposition="attachment")))


@make.mail(N(11), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T14:00:00Z", end="2026-11-03T15:30:00Z",
           contact="bcounts@holstonvalleymills.com", company="Holston Valley Mills",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:30", zone=ET,
           note="Exchange meeting request sent Wed 28 Oct (EDT) for Tue 3 Nov, after US fall-back: 9:00 AM EST "
                "(UTC-5) = 14:00Z; ICS TZID Eastern Standard Time; plain text + calendar only")
def m11():
    body = t("""
        When: Tuesday, November 3, 2026 9:00 AM-10:30 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Holston Valley Mills - Main Office, 3300 Sutherland Ave, Knoxville, TN 37919

        *~*~*~*~*~*~*~*~*~*

        Darnell,

        Confirming your in-person interview for the Production Scheduling Manager position. You'll
        meet with me first, then with Hank Lowery (VP Manufacturing) and a short tour of the tufting
        floor. Please bring two copies of your resume.

        Just a reminder that the clocks fall back this Sunday, so don't be an hour early on us!

        Thank you,

        Beverly Counts
        HR Manager | Holston Valley Mills
        865-555-0120
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """), make.VTZ["Eastern Standard Time"], t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Beverly Counts:mailto:bcounts@holstonvalleymills.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes@example.org:mailto:darnell.hughes@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hank Lowery:mailto:hlowery@holstonvalleymills.com
        DESCRIPTION;LANGUAGE=en-US:Darnell\\,\\n\\nConfirming your in-person interview for the Production Scheduling Manager position.\\n
        UID:040000008200E00074C5B7101A82E0080000000060E9B5A1F866DC01000000000000000010000000F0A2B4
        SUMMARY;LANGUAGE=en-US:Interview - Darnell Hughes - Production Scheduling Manager
        DTSTART;TZID=Eastern Standard Time:20261103T090000
        DTEND;TZID=Eastern Standard Time:20261103T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T191200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Holston Valley Mills - Main Office\\, 3300 Sutherland Ave\\, Knoxville\\, TN 37919
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Beverly Counts", "bcounts@holstonvalleymills.com"),
              "Interview - Darnell Hughes - Production Scheduling Manager", "2026-10-28 15:12:30",
              relay="hvm-exch01.holstonvalleymills.com (hvm-exch01.holstonvalleymills.com [203.0.113.40])",
              seed="b332-11", msgid="<7E1C4A2B90D3F54DB6A1C0E2F9B8D7A6@hvm-exch01.holstonvalleymills.com>",
              extra=(("Thread-Topic", "Interview - Darnell Hughes - Production Scheduling Manager"),
                     ("Thread-Index", "AdtI2xKx0m1Vd5nQSPyQ3lUYwE4s2A=="),
                     ("X-Mailer", "Microsoft Outlook 16.0"),
                     ("Content-Class", "urn:content-classes:calendarmessage")))
    return make.message(hs, alt(text(body, charset="us-ascii", cte="quoted-printable"),
                                make.calendar(ics, method="REQUEST", cte="quoted-printable")))


@make.mail(N(12), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-12-10T18:30:00Z", end="2026-12-10T19:30:00Z",
           contact="lbriggs@volpack.com", company="Volunteer Packaging",
           local="Thu 2026-12-10 13:30", local_end="2026-12-10 14:30", zone=ET,
           note="SmartRecruiters confirmation, Knoxville, 1:30-2:30 PM EST (UTC-5) = 18:30Z; contact = hiring "
                "manager's Reply-To")
def m12():
    body = t("""
        Dear Darnell,

        Your interview has been scheduled.

        Position: Production Scheduler II
        Company: Volunteer Packaging
        Date: Thursday, December 10, 2026
        Time: 1:30 PM - 2:30 PM (GMT-05:00) Eastern Time
        Type: In person
        Location: Volunteer Packaging, 6110 Clinton Hwy, Knoxville, TN 37912
        Interviewers: Lonnie Briggs, Scheduling Manager; Tamika Reese, Customer Service Lead

        Please arrive 10 minutes early and check in at the guard house. Safety glasses will be
        provided for the plant tour.

        Reply to this message if you have questions - it goes to Lonnie.

        Best regards,
        Volunteer Packaging Hiring Team

        Powered by SmartRecruiters
    """)
    page = t("""
        <html><body style="font-family:Open Sans,Arial,sans-serif;font-size:14px">
        <p>Dear Darnell,</p>
        <p>Your interview has been scheduled.</p>
        <table style="border:1px solid #ddd;padding:8px">
        <tr><td>Position</td><td><b>Production Scheduler II</b></td></tr>
        <tr><td>Company</td><td>Volunteer Packaging</td></tr>
        <tr><td>Date</td><td>Thursday, December 10, 2026</td></tr>
        <tr><td>Time</td><td>1:30 PM - 2:30 PM (GMT-05:00) Eastern Time</td></tr>
        <tr><td>Type</td><td>In person</td></tr>
        <tr><td>Location</td><td>Volunteer Packaging, 6110 Clinton Hwy, Knoxville, TN 37912</td></tr>
        <tr><td>Interviewers</td><td>Lonnie Briggs, Scheduling Manager; Tamika Reese, Customer Service Lead</td></tr>
        </table>
        <p>Please arrive 10 minutes early and check in at the guard house. Safety glasses will be provided for the plant tour.</p>
        <p>Reply to this message if you have questions - it goes to Lonnie.</p>
        <p>Best regards,<br>Volunteer Packaging Hiring Team</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
    """)
    hs = head(make.addr("Volunteer Packaging", "noreply@smartrecruiters.com"),
              "Interview scheduled: Production Scheduler II at Volunteer Packaging", "2026-12-07 09:40:02",
              relay="mail-a.smartrecruiters.com (mail-a.smartrecruiters.com [185.96.108.20])", seed="b332-12",
              extra=(("Reply-To", make.addr("Lonnie Briggs", "lbriggs@volpack.com")),))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(13), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-16T13:30:00Z", end="2026-11-16T15:30:00Z",
           contact="angela.fairley@brightwaterind.com", company="Brightwater Industries",
           local="Mon 2026-11-16 08:30", local_end="2026-11-16 10:30", zone=ET,
           note="Owner forwards a Taleo confirmation from his other address to himself; US date 11/16/2026, "
                "8:30 AM Eastern (EST, UTC-5) = 13:30Z, 'Duration: 2 hours' gives end; contact = coordinator "
                "address in the forwarded body (sender is the owner, Taleo sender is a role box)")
def m13():
    body = t("""
        Putting this in my main inbox so it's with the rest. Leave by 6:00, Atlanta traffic.

        ---------- Forwarded message ---------
        From: Brightwater Industries Talent Acquisition <brightwater@taleo.net>
        Date: Mon, Nov 9, 2026 at 4:18 PM
        Subject: Interview Confirmation - Master Scheduler (Req 2600871)
        To: <dhughes.chatt@example.com>


        Dear Darnell Hughes,

        Thank you for your interest in the Master Scheduler position (Requisition 2600871) with
        Brightwater Industries. We are pleased to confirm the following interview:

        Date: 11/16/2026
        Time: 8:30 AM Eastern Time
        Duration: 2 hours
        Location: Brightwater Industries, 1180 Peachtree St NE, Suite 2400, Atlanta, GA 30309
        Interview Coordinator: Angela Fairley (angela.fairley@brightwaterind.com)

        Please bring a government-issued ID to check in with building security. Visitor parking
        validation is available at the 24th floor reception desk.

        Sincerely,
        Brightwater Industries Talent Acquisition

        This is an automated message. Please do not reply.
    """)
    hs = head(make.addr("Darnell Hughes", "dhughes.chatt@example.com"),
              "Fwd: Interview Confirmation - Master Scheduler (Req 2600871)", "2026-11-09 21:03:47",
              relay="mail-sor-f41.example.com (mail-sor-f41.example.com [192.0.2.41])", seed="b332-13",
              msgid="<CAH7pLq0wT3v9bX2kKc+e5Rr1mZ8dNf4Uo6yGs@mail.example.com>")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(14), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-12-01T19:00:00Z", end=None,
           contact="tgentry@moccasinbendlogistics.com", company="Moccasin Bend Logistics",
           local="Tue 2026-12-01 14:00", zone=ET, days=(("Wed", "2026-12-02"), ("Wed", "2026-11-25")),
           note="Hiring manager's short reply 'Tuesday at 2:00 it is' on top of the quoted thread where the "
                "owner offered Tue Dec 1 2:00 PM or Wed Dec 2 10:00 AM; Chattanooga, EST = 19:00Z; no length")
def m14():
    body = t("""
        Darnell,

        Tuesday at 2:00 it is. Come to the front office at 1800 Amnicola Hwy and ask for me. After we
        talk I'll walk you through the cross-dock and the yard, so wear comfortable shoes.

        Happy Thanksgiving,
        Travis

        Travis Gentry | Operations Manager
        Moccasin Bend Logistics | Chattanooga, TN
        (423) 555-0184

        On Wed, Nov 25, 2026 at 7:48 PM Darnell Hughes <darnell.hughes@example.org> wrote:
        > Hi Travis,
        >
        > Thanks for getting back to me so quickly. Either Tuesday, December 1 at 2:00 PM or
        > Wednesday, December 2 at 10:00 AM works on my end.
        >
        > Best,
        > Darnell
        >
        > On Wed, Nov 25, 2026 at 11:02 AM Travis Gentry <tgentry@moccasinbendlogistics.com> wrote:
        >> Hi Darnell,
        >>
        >> Liked your resume. I'd like to have you in for an hour or so next week to talk about the
        >> transportation scheduler job. What afternoons are good for you?
        >>
        >> Travis
    """)
    hs = head(make.addr("Travis Gentry", "tgentry@moccasinbendlogistics.com"),
              "Re: Transportation Scheduler - next week", "2026-11-27 08:14:19",
              relay="mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])", seed="b332-14",
              msgid="<CAJ4r8vK2mXq0Zp9Tn5bH3cLd7wYe1Rf6uGs2Aa@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAN1dH7vXo4kR2mQp8Tz3eLs5Yb0uWc9iFg6Jd@mail.gmail.com>"),
                     ("References", "<CAM9tG2pQw7hN4xVb1Ke6Rz3Ys8uLc0oDj5Mf@mail.gmail.com>\r\n "
                                    "<CAN1dH7vXo4kR2mQp8Tz3eLs5Yb0uWc9iFg6Jd@mail.gmail.com>")))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(15), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T15:00:00Z", end="2026-12-03T16:00:00Z",
           contact="dalbright@keystonesearch.com", company="Amberline Manufacturing",
           local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone=ET,
           note="Agency recruiter forwards the client's confirmation as a message/rfc822 attachment: Thu Dec 3, "
                "10:00-11:00 AM ET (EST) = 15:00Z; contact = agency recruiter (human sender), company = client")
def m15():
    inner_body = t("""
        Dwayne,

        Confirming the panel interview for your candidate:

        Candidate: Darnell Hughes
        Position: Master Production Scheduler
        Date/time: Thursday, December 3, 2026, 10:00 - 11:00 AM ET
        Format: Microsoft Teams (link to follow from Gloria's calendar)
        Panel: Gloria Nwosu, Director of Planning; Ben Strickland, Plant Controller

        Please make sure he has the case prompt we discussed ahead of time.

        Thanks,
        Amberline Manufacturing Talent Acquisition
        Atlanta, GA
    """)
    inner = make.message([
        ("From", make.addr("Amberline Manufacturing Talent Acquisition", "recruiting@amberlinemfg.com")),
        ("To", make.addr("Dwayne Albright", "dalbright@keystonesearch.com")),
        ("Subject", "Interview confirmation: Darnell Hughes - Master Production Scheduler"),
        ("Date", make.date("2026-11-30 11:58:06", ET)),
        ("Message-ID", mid("b332-15-inner", "amberlinemfg.com")),
    ], text(inner_body))
    body = t("""
        Darnell,

        See attached from Amberline - you're locked in for Thursday morning with Gloria and Ben. The
        case prompt is in my earlier email; give me a call Wednesday afternoon and we'll run through it.

        Dwayne Albright
        Keystone Search Group | Supply Chain & Operations Practice
        (678) 555-0129
    """)
    hs = head(make.addr("Dwayne Albright", "dalbright@keystonesearch.com"),
              "FW: Interview confirmation: Darnell Hughes - Master Production Scheduler", "2026-11-30 12:20:44",
              relay="mail.keystonesearch.com (mail.keystonesearch.com [198.51.100.77])", seed="b332-15",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, mixed(text(body), make.attached_message(inner, "Interview confirmation.eml")))


@make.mail(N(16), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T15:00:00Z", end="2026-09-15T15:30:00Z",
           contact=None, company="Scenic City Utilities",
           local="Tue 2026-09-15 11:00", local_end="2026-09-15 11:30", zone=ET,
           note="Microsoft Bookings from a shared booking mailbox; body label '(UTC-05:00) Eastern Time' but "
                "15 Sep is EDT (UTC-4): 11:00 = 15:00Z, as the ICS (Eastern Standard Time) says; staff name "
                "only, no personal address, so contact null")
def m16():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Your booking has been confirmed</p>
        <p>Hi Darnell Hughes,</p>
        <p>Thank you for booking with Scenic City Utilities Talent Acquisition.</p>
        <table cellpadding="3">
        <tr><td><b>Service</b></td><td>Operations Planner - First Interview (Phone)</td></tr>
        <tr><td><b>Date and time</b></td><td>Tuesday, September 15, 2026 11:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Duration</b></td><td>30 minutes</td></tr>
        <tr><td><b>Staff</b></td><td>Lorraine Beasley</td></tr>
        <tr><td><b>Location</b></td><td>We will call you at the number you provided.</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/SCUTalentAcquisition@scenicutilities.com/bookings/">Manage booking</a></p>
        <p>Scenic City Utilities<br>1200 Market St, Chattanooga, TN 37402</p>
        </div></body></html>
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """), make.VTZ["Eastern Standard Time"], t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Scenic City Utilities Talent Acquisition:mailto:SCUTalentAcquisition@scenicutilities.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes@example.org
        UID:040000008200E00074C5B7101A82E00800000000C03A7E1D3D45DC01000000000000000010000000A9
        SUMMARY;LANGUAGE=en-US:Operations Planner - First Interview (Phone)
        DTSTART;TZID=Eastern Standard Time:20260915T110000
        DTEND;TZID=Eastern Standard Time:20260915T113000
        CLASS:PUBLIC
        DTSTAMP:20260909T140215Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Phone
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Scenic City Utilities Talent Acquisition", "SCUTalentAcquisition@scenicutilities.com"),
              "Booking confirmed: Operations Planner - First Interview (Phone) for Tuesday, September 15, 2026",
              "2026-09-09 10:02:15",
              relay="NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2112.outbound.protection.outlook.com [40.107.92.112])",
              seed="b332-16")
    return make.message(hs, mixed(html(page, cte="base64"),
                                  make.calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                                disposition="attachment", name_param=True)))


@make.mail(N(17), family="personio", lang="en", interview=True, kind="rescheduled",
           start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z",
           contact="katrin.vogel@kessler-textil.de", company="Kessler Textilmaschinen",
           local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone="Europe/Berlin",
           note="Personio reschedule from Germany across Europe's 25 Oct change: new slot Tue 27 Oct 16:00 CET "
                "(UTC+1) = 15:00Z = 11:00 AM EDT; old slot Thu 22 Oct 17:00 CEST was also 11:00 AM EDT; ICS "
                "Europe/Berlin SEQUENCE:1; contact = Reply-To recruiter")
def m17():
    body = t("""
        Hello Darnell,

        We need to move your interview for the position "Planning Manager, US Service Parts (Remote)".
        Our Head of Operations has to travel to our plant in Chemnitz that Thursday, so we have
        rescheduled the appointment:

        Previously: Thursday, October 22, 2026, 5:00 PM - 6:00 PM (CEST) / 11:00 AM - 12:00 PM EDT
        New:        Tuesday, October 27, 2026, 4:00 PM - 5:00 PM (CET) / 11:00 AM - 12:00 PM EDT

        Germany switches to winter time on October 25, which is why the German time shifts by an hour
        while your time stays the same.

        Location: Microsoft Teams (the link in the attached invitation is unchanged)
        Participants: Katrin Vogel (HR Business Partner), Matthias Brandl (Head of Operations)

        We apologize for the change. If the new time does not work for you, please reply to this email.

        Best regards,
        Katrin Vogel
        Kessler Textilmaschinen GmbH
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio//Recruiting Calendar//EN
        METHOD:REQUEST
        """), make.VTZ["Europe/Berlin"], t("""
        BEGIN:VEVENT
        UID:personio-event-55821973@kessler-textil.personio.de
        DTSTAMP:20261019T082000Z
        DTSTART;TZID=Europe/Berlin:20261027T160000
        DTEND;TZID=Europe/Berlin:20261027T170000
        SUMMARY:Interview Darnell Hughes - Planning Manager\\, US Service Parts
        ORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@kessler-textil.de
        ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes@example.org
        ATTENDEE;CN=Matthias Brandl;ROLE=REQ-PARTICIPANT:mailto:matthias.brandl@kessler-textil.de
        LOCATION:Microsoft Teams
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Kessler Textilmaschinen GmbH", "no-reply@mail.personio.de"),
              "Your interview has been rescheduled - Planning Manager, US Service Parts (Remote)",
              "2026-10-19 10:20:31", "Europe/Berlin",
              relay="mail.personio.de (mail.personio.de [185.169.240.10])", seed="b332-17",
              extra=(("Reply-To", make.addr("Katrin Vogel", "katrin.vogel@kessler-textil.de")),))
    return make.message(hs, mixed(text(body, cte="8bit"),
                                  make.calendar(ics, method="REQUEST", filename="interview.ics",
                                                disposition="attachment")))


@make.mail(N(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start="2026-10-09T13:00:00Z", end="2026-10-09T16:00:00Z",
           contact="tasha.greer@hartwellscp.com", company="Hartwell Supply Chain Partners",
           local="Fri 2026-10-09 09:00", local_end="2026-10-09 12:00", zone=ET, days=(("Wed", "2026-10-07"),),
           note="GoodTime reschedule of the Atlanta onsite (same thread as the September phone screen): new "
                "Fri Oct 9 9:00 AM-12:00 PM EDT = 13:00Z-16:00Z, old Wed Oct 7 shown struck; ICS in UTC with "
                "SEQUENCE:2; contact = Reply-To recruiter")
def m18():
    body = t("""
        Hi Darnell,

        Your onsite interview with Hartwell Supply Chain Partners has been rescheduled.

        NEW TIME
        Friday, October 9, 2026
        9:00 AM - 12:00 PM EDT

        Previously: Wednesday, October 7, 2026, 1:00 PM - 4:00 PM EDT (no longer valid)

        Location: Hartwell Supply Chain Partners, 3350 Riverwood Pkwy SE, Suite 1900, Atlanta, GA 30339

        Schedule
        9:00 AM   Tasha Greer - Welcome
        9:15 AM   Dale Whitfield - VP, Planning
        10:00 AM  Monique Barrow - Demand Planning Manager
        10:45 AM  Case exercise: capacity plan for a two-line mill
        11:30 AM  Lunch with the planning team

        An updated calendar invitation is attached. Questions? Reply to reach Tasha Greer.

        Hartwell Supply Chain Partners
        Scheduled with GoodTime
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Darnell,</p>
        <p>Your onsite interview with Hartwell Supply Chain Partners has been <b>rescheduled</b>.</p>
        <p style="font-size:16px"><b>Friday, October 9, 2026</b><br><b>9:00 AM - 12:00 PM EDT</b></p>
        <p style="color:#888"><s>Wednesday, October 7, 2026, 1:00 PM - 4:00 PM EDT</s></p>
        <p>Location: Hartwell Supply Chain Partners, 3350 Riverwood Pkwy SE, Suite 1900, Atlanta, GA 30339</p>
        <table cellpadding="3">
        <tr><td>9:00 AM</td><td>Tasha Greer - Welcome</td></tr>
        <tr><td>9:15 AM</td><td>Dale Whitfield - VP, Planning</td></tr>
        <tr><td>10:00 AM</td><td>Monique Barrow - Demand Planning Manager</td></tr>
        <tr><td>10:45 AM</td><td>Case exercise: capacity plan for a two-line mill</td></tr>
        <tr><td>11:30 AM</td><td>Lunch with the planning team</td></tr>
        </table>
        <p>An updated calendar invitation is attached. Questions? Reply to reach Tasha Greer.</p>
        <p>Hartwell Supply Chain Partners<br><span style="color:#999">Scheduled with GoodTime</span></p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-5c0e9a41-71f3-4b2d-a8e6-hartwell-onsite@goodtime.io
        DTSTAMP:20261005T214500Z
        DTSTART:20261009T130000Z
        DTEND:20261009T160000Z
        SUMMARY:Onsite Interview: Darnell Hughes - Senior Production Planner
        LOCATION:3350 Riverwood Pkwy SE\\, Suite 1900\\, Atlanta\\, GA 30339
        ORGANIZER;CN=Tasha Greer:mailto:tasha.greer@hartwellscp.com
        ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes@example.org
        SEQUENCE:2
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(make.addr("Hartwell Supply Chain Partners", "scheduling@goodtime.io"),
              "Rescheduled: Onsite Interview with Hartwell Supply Chain Partners - Fri, Oct 9",
              "2026-10-05 17:45:10",
              relay="o3.ptr4412.goodtime.io (o3.ptr4412.goodtime.io [149.72.33.18])", seed="b332-18",
              extra=(("Reply-To", make.addr("Tasha Greer", "tasha.greer@hartwellscp.com")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  make.calendar(ics, method="REQUEST", filename="invite.ics",
                                                disposition="attachment")))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-06T19:30:00Z", end=None,
           contact="curtis.vang@redstoneaero.com", company="Redstone Aerostructures",
           local="Fri 2026-11-06 13:30", zone=CT, days=(("Wed", "2026-11-04"),),
           note="Hiring manager moves the Huntsville second-round from Wednesday (Nov 4) 10:00 to Friday, Nov 6 "
                "at 1:30 PM Central; after 1 Nov so CST (UTC-6) = 19:30Z; 'a couple of hours' is approximate")
def m19():
    body = t("""
        Darnell,

        Sorry for the short notice. We have a customer line audit that landed on Wednesday, so I've moved
        your second-round visit (plant tour and panel) from Wednesday at 10:00 to Friday, November 6 at
        1:30 PM Central. Same place: Building 3 lobby, 4900 Research Dr. Kendra will send the updated
        calendar invite today.

        Plan on a couple of hours. If Friday is a problem, call my cell at 256-555-0193 and we'll sort it
        out, but I'd rather not push it into the following week.

        Curtis

        Curtis Vang
        Production Control Manager
        Redstone Aerostructures
    """)
    hs = head(make.addr("Curtis Vang", "curtis.vang@redstoneaero.com"),
              "Change of plans - moving your visit to Friday 11/6", "2026-11-02 07:58:21", CT,
              relay="mail-co1nam11on2128.outbound.protection.outlook.com ([40.107.220.128])", seed="b332-19",
              msgid="<CO1PR17MB5420B9D2E4F1A6C3D7B85A02E4C18@CO1PR17MB5420.namprd17.prod.outlook.com>",
              extra=(("Cc", make.addr("Kendra Oyelaran", "kendra.oyelaran@redstoneaero.com")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body).replace('dir="ltr"', 'class="WordSection1"'))))


@make.mail(N(20), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-11-12T20:00:00Z", end="2026-11-12T21:00:00Z",
           contact="jolene.whitaker@smokyridgebev.com", company="Smoky Ridge Beverage Co.",
           local="Thu 2026-11-12 15:00", local_end="2026-11-12 16:00", zone=ET, days=(("Tue", "2026-11-10"),),
           note="Lever reschedule of the Knoxville final round: from Tue Nov 10 to Thu Nov 12 3:00-4:00 PM EST "
                "(UTC-5) = 20:00Z; ICS America/New_York SEQUENCE:1; contact = Reply-To recruiter")
def m20():
    body = t("""
        Hi Darnell,

        Your final interview with Smoky Ridge Beverage Co. has been rescheduled. Here are the updated details:

        Role: Production & Packaging Scheduler
        New time: Thursday, November 12, 2026, 3:00 PM - 4:00 PM (EST)
        (was Tuesday, November 10, 2026, 3:00 PM - 4:00 PM)
        Where: Video call - https://meet.google.com/ybq-hwzr-nte
        With: Dana Kirkpatrick (VP Operations)

        The attached calendar invite replaces the old one.

        Need to make a change? Reply to this email.

        Cheers,
        Jolene Whitaker
        Smoky Ridge Beverage Co.
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """), make.VTZ["America/New_York"], t("""
        BEGIN:VEVENT
        UID:lever-iv-c2a90f17-4e8b-4d31-b7f6-0e3a5d9c2b84
        DTSTAMP:20261105T173012Z
        DTSTART;TZID=America/New_York:20261112T150000
        DTEND;TZID=America/New_York:20261112T160000
        SUMMARY:Final Interview - Smoky Ridge Beverage Co.
        LOCATION:https://meet.google.com/ybq-hwzr-nte
        ORGANIZER;CN=Jolene Whitaker:mailto:jolene.whitaker@smokyridgebev.com
        ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.hughes@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Smoky Ridge Beverage Co.", "no-reply@hire.lever.co"),
              "Updated: your interview with Smoky Ridge Beverage Co.", "2026-11-05 12:30:12",
              relay="mail-out1.hire.lever.co (mail-out1.hire.lever.co [52.10.44.180])", seed="b332-20",
              extra=(("Reply-To", make.addr("Jolene Whitaker", "jolene.whitaker@smokyridgebev.com")),))
    return make.message(hs, mixed(text(body),
                                  make.calendar(ics, method="REQUEST", filename="invite.ics",
                                                disposition="attachment", name_param=True)))


@make.mail(N(21), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-17T16:00:00Z", end="2026-11-17T18:00:00Z",
           contact="gtillman@cumberlandpolymer.com", company="Cumberland Polymer Works",
           local="Tue 2026-11-17 10:00", local_end="2026-11-17 12:00", zone=CT,
           note="Exchange METHOD:CANCEL for the Nashville onsite (thread with the October interview): "
                "cancelled slot 10 AM-12 PM Central, CST in November (UTC-6) = 16:00Z-18:00Z; role on hold")
def m21():
    body = t("""
        When: Tuesday, November 17, 2026 10:00 AM-12:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Cumberland Polymer Works - 2200 Visco Dr, Nashville

        *~*~*~*~*~*~*~*~*~*

        Darnell - I'm sorry to do this. Corporate froze the Production Planning Supervisor requisition
        this morning while they finish the 2027 budget, so I have to cancel your onsite. I'll reach out
        personally if it opens back up. You were our top candidate.

        Greg
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """), make.VTZ["Central Standard Time"], t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gregory Tillman:mailto:gtillman@cumberlandpolymer.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Darnell Hughes:mailto:darnell.hughes@example.org
        DESCRIPTION;LANGUAGE=en-US:Darnell - I'm sorry to do this.\\n
        UID:040000008200E00074C5B7101A82E00800000000F1D46C02B475DC01000000000000000010000000E7
        SUMMARY;LANGUAGE=en-US:Canceled: Onsite interview - Darnell Hughes
        DTSTART;TZID=Central Standard Time:20261117T100000
        DTEND;TZID=Central Standard Time:20261117T120000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261112T222000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Cumberland Polymer Works - 2200 Visco Dr\\, Nashville
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Gregory Tillman", "gtillman@cumberlandpolymer.com"),
              "Canceled: Onsite interview - Darnell Hughes", "2026-11-12 16:20:00", CT,
              relay="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2107.outbound.protection.outlook.com [40.107.243.107])",
              seed="b332-21", msgid="<DM6PR11MB41297C0E5A9B2D14F83E6A5BD93A2@DM6PR11MB4129.namprd11.prod.outlook.com>",
              extra=(("Thread-Topic", "Onsite interview - Darnell Hughes"),
                     ("Thread-Index", "AdtUq9Zk5c2Rw8nHT0mQ7yVf1xK3sQ=="),
                     ("Importance", "high"),
                     ("Content-Language", "en-US")))
    return make.message(hs, alt(text(body), make.calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-09-24T15:00:00Z", end=None,
           contact="ebony.sutton@ridgelinecold.com", company="Ridgeline Cold Storage",
           local="Thu 2026-09-24 11:00", zone=ET,
           note="Recruiter cancels 'our Thursday 11:00 call' (iso-8859-1, QP); Thursday resolved against Date "
                "Mon 21 Sep = Sep 24, Chattanooga EDT (UTC-4) = 15:00Z; filled internally, no new time")
def m22():
    body = t("""
        Hi Darnell,

        I'm afraid I have to cancel our Thursday 11:00 call about the Inventory & Production Planner
        opening. Our hiring manager decided on Friday to promote someone from our Cleveland, TN
        warehouse into the role, so we're no longer interviewing for it.

        I'm sorry for the late notice \u2014 I know you'd already blocked the time. I liked your
        background a lot and I'll keep your r\u00e9sum\u00e9 on file; if a planning role opens at our
        Chattanooga facility this winter, you'll hear from me first.

        All the best,
        Ebony Sutton
        Recruiter \u00b7 Ridgeline Cold Storage
        (423) 555-0156
    """).replace("\u2014", "--")
    hs = head(make.addr("Ebony Sutton", "ebony.sutton@ridgelinecold.com"),
              "Thursday's call - need to cancel", "2026-09-21 15:40:27",
              relay="smtp.ridgelinecold.com (smtp.ridgelinecold.com [203.0.113.88])", seed="b332-22",
              extra=(("X-Mailer", "Apple Mail (2.3826.500.181)"),))
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-14T18:00:00Z", end="2026-12-14T18:45:00Z",
           contact="haley.drummond@lumenfreight.com", company="Lumen Freight Technologies",
           local="Mon 2026-12-14 11:00", local_end="2026-12-14 11:45", zone="America/Denver",
           note="Google Calendar cancellation (METHOD:CANCEL) from a Denver hiring manager: 11am-11:45am "
                "Mountain Time (MST, UTC-7) = 18:00Z = 1 PM EST for the owner; contact = organizer")
def m23():
    body = t("""
        This event has been canceled.

        Interview: Darnell Hughes / Lumen Freight - Implementation Lead
        Monday Dec 14, 2026 \u22c5 11am \u2013 11:45am (Mountain Time - Denver)

        Hi Darnell - we've paused hiring for this role through Q1, so I'm canceling Monday's
        conversation. I'll email you separately. - Haley

        Joining info
        Join with Google Meet
        https://meet.google.com/hpk-zfwe-cro

        Organizer
        Haley Drummond
        haley.drummond@lumenfreight.com

        Guests
        Haley Drummond - organizer
        darnell.hughes@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """), AMERICA_DENVER, t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261214T110000
        DTEND;TZID=America/Denver:20261214T114500
        DTSTAMP:20261209T161205Z
        ORGANIZER;CN=Haley Drummond:mailto:haley.drummond@lumenfreight.com
        UID:0v8k2lumenfrt93hq7s1d4c6b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=darnell.hughes@example.org;X-NUM-GUESTS=0:mailto:darnell.hughes@example.org
        CREATED:20261203T184410Z
        LAST-MODIFIED:20261209T161204Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Darnell Hughes / Lumen Freight - Implementation Lead
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Haley Drummond", "haley.drummond@lumenfreight.com"),
              "Canceled event: Interview: Darnell Hughes / Lumen Freight - Implementation Lead @ Mon Dec 14, 2026 11am - 11:45am (MST) (darnell.hughes@example.org)",
              "2026-12-09 09:12:05", "America/Denver",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", seed="b332-23",
              msgid="<calendar-b81f3e27-0c4d-4a96-9e15-7d2c8a6f0b39@google.com>",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", make.addr("Haley Drummond", "haley.drummond@lumenfreight.com"))))
    return make.message(hs, mixed(alt(text(body), make.calendar(ics, method="CANCEL")),
                                  make.calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                                filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives


@make.mail(N(24), family="application_receipt", lang="en", interview=False, company="Ridgeway Home Textiles",
           note="Greenhouse application receipt; no interview, no time")
def m24():
    body = t("""
        Hi Darnell,

        Thanks for applying to the Production Planning Manager role at Ridgeway Home Textiles. We've
        received your application and our team is reviewing it now.

        If your background is a match, a member of our recruiting team will reach out to talk about
        next steps. Because of the number of applications we receive, we aren't able to respond to
        every applicant individually.

        Thanks again,
        Ridgeway Home Textiles Talent Team
    """)
    hs = head(make.addr("Ridgeway Home Textiles", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Ridgeway Home Textiles", "2026-09-03 22:17:45",
              relay="o11.us.greenhouse-mail.io (o11.us.greenhouse-mail.io [167.89.12.35])", seed="b332-24")
    return make.message(hs, alt(text(body), html(make.gmail_html(body).replace('dir="ltr"', 'class="gh"'))))


@make.mail(N(25), family="application_receipt", lang="en", interview=False, company="Lakeshore Boat Builders",
           note="Workable application receipt (HTML only); asks nothing, fixes nothing")
def m25():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2a2a2a">
        <p>Hi Darnell,</p>
        <p>Thank you for your application for the <b>Materials &amp; Production Planner</b> position at
        Lakeshore Boat Builders in Chattanooga, TN.</p>
        <p>We&#39;ll review it carefully and get back to you as soon as possible. In the meantime, you can learn
        more about life at Lakeshore on our <a href="https://apply.workable.com/lakeshore-boat-builders/">careers page</a>.</p>
        <p>Regards,<br>Lakeshore Boat Builders hiring team</p>
        <p style="font-size:11px;color:#999">Powered by Workable</p>
        </body></html>
    """)
    hs = head(make.addr("Lakeshore Boat Builders", "noreply@candidates.workablemail.com"),
              "Thanks for applying to Lakeshore Boat Builders", "2026-09-08 12:03:19",
              relay="mail-out.workablemail.com (mail-out.workablemail.com [54.93.211.8])", seed="b332-25")
    return make.message(hs, html(page))


@make.mail(N(26), family="rejection", lang="en", interview=False, company="Harbor & Hale Logistics",
           note="Recruitee rejection after a video interview ('thank you for speaking with us last Tuesday')")
def m26():
    body = t("""
        Hi Darnell,

        Thank you for taking the time to speak with us last Tuesday about the Network Planning Analyst
        role. We enjoyed learning about your work at the mill.

        After careful consideration, we have decided to move forward with another candidate whose
        experience is a closer match to our transportation-modeling needs. This was a difficult decision.

        We'd be glad to stay in touch and will keep your details for future openings on the planning team.

        All the best,
        Simone Achebe
        People Team, Harbor & Hale Logistics
    """)
    hs = head(make.addr("Harbor & Hale Logistics", "harborandhale@recruitee.com"),
              "Your application for Network Planning Analyst", "2026-10-16 14:48:02",
              relay="mail.recruitee.com (mail.recruitee.com [52.57.38.200])", seed="b332-26",
              extra=(("Reply-To", "harborandhale+c8f2a91d@inbound.recruitee.com"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(27), family="rejection", lang="en", interview=False, company="Tri-State Wire & Cable",
           note="Workday 'moved forward with other candidates' before any interview")
def m27():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Darnell,</p>
        <p>Thank you for your interest in the <b>Production Planner III (R-26-01984)</b> position with Tri-State
        Wire &amp; Cable in Cleveland, TN.</p>
        <p>After reviewing your qualifications, we have decided to pursue other candidates whose experience more
        closely matches the requirements of this role.</p>
        <p>We encourage you to continue to visit our careers site and apply for future openings.</p>
        <p>Sincerely,<br>Tri-State Wire &amp; Cable Talent Acquisition</p>
        </body></html>
    """)
    hs = head(make.addr("Tri-State Wire & Cable", "tristatewire@myworkday.com"),
              "Update on your application - Production Planner III", "2026-10-05 06:31:50",
              relay="mta-wd3.myworkday.com (mta-wd3.myworkday.com [198.51.100.23])", seed="b332-27")
    return make.message(hs, html(page, cte="base64"))


@make.mail(N(28), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board alert listing production-scheduler jobs near Chattanooga")
def m28():
    body = t("""
        14 new jobs for "production scheduler" near Chattanooga, TN

        Production Scheduler - Nylon Extrusion
        Dalton Fiber Co. - Dalton, GA - $68,000 - $78,000 a year
        Easily apply

        Master Scheduler
        Appalachian Cabinetry - Cleveland, TN - Full-time

        Planning & Scheduling Supervisor
        Riverbend Paperboard - Chattanooga, TN - $82,000 - $95,000 a year
        Responded to 75% or more applications in the past 30 days

        Supply Planner (Remote)
        Crestline Home Goods - Remote - Full-time

        See all 14 jobs: https://www.jobwire.example.net/jobs?q=production+scheduler&l=Chattanooga%2C+TN

        You are receiving this job alert because you signed up on JobWire.
        Unsubscribe: https://www.jobwire.example.net/alerts/unsubscribe?id=7f3c
    """)
    hs = head(make.addr("JobWire", "alerts@jobwire.example.net"),
              "14 new production scheduler jobs near Chattanooga, TN", "2026-10-21 06:02:11",
              relay="mta12.jobwire.example.net (mta12.jobwire.example.net [192.0.2.112])", seed="b332-28",
              extra=(("List-Unsubscribe", "<https://www.jobwire.example.net/alerts/unsubscribe?id=7f3c>"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(29), family="candidate_survey", lang="en", interview=False, company="Hartwell Supply Chain Partners",
           note="Candidate-experience survey after the Hartwell onsite; refers to a past interview, fixes no time")
def m29():
    body = t("""
        Hi Darnell,

        Thank you for interviewing with Hartwell Supply Chain Partners on Friday. We'd love to hear
        how it went. This 2-minute survey is anonymous and helps us improve the interview experience.

        How would you rate your interview experience?
        https://survey.goodtime.io/s/hartwell/8b21f0?rating=1 (1)  ...  https://survey.goodtime.io/s/hartwell/8b21f0?rating=5 (5)

        Thank you!
        Hartwell Supply Chain Partners Recruiting
    """)
    hs = head(make.addr("Hartwell Supply Chain Partners", "surveys@goodtime.io"),
              "How was your interview with Hartwell Supply Chain Partners?", "2026-10-12 10:00:04",
              relay="o3.ptr4412.goodtime.io (o3.ptr4412.goodtime.io [149.72.33.18])", seed="b332-29")
    return make.message(hs, text(body))


@make.mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Magnolia Search Partners",
           note="Agency cold outreach asking for a call 'this week or next'; nothing fixed")
def m30():
    body = t("""
        Hi Darnell,

        I came across your profile and your tufting and finishing scheduling background jumped out.
        I'm working with two flooring manufacturers in north Georgia that are each hiring a Master
        Scheduler (one in Calhoun, one in Dalton), both paying in the low 90s plus bonus.

        Would you be open to a quick 15-minute call this week or next? Send me a couple of times that
        work and I'll call you.

        Thanks,
        Brandon Kessinger
        Principal Recruiter | Magnolia Search Partners
        brandon@magnoliasearch.example.com | (470) 555-0117
    """)
    hs = head(make.addr("Brandon Kessinger", "brandon@magnoliasearch.example.com"),
              "Master Scheduler roles - north Georgia flooring", "2026-09-14 11:26:38",
              relay="mail.magnoliasearch.example.com ([192.0.2.55])", seed="b332-30")
    return make.message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(31), family="scheduling_link", lang="en", interview=False, company="Hartwell Supply Chain Partners",
           note="Greenhouse availability request for the Hartwell onsite; the candidate has to pick times")
def m31():
    body = t("""
        Hi Darnell,

        Great news - the team would like to invite you to an onsite interview in Atlanta for the
        Senior Production Planner role. Please let us know your availability over the next two
        weeks using the link below:

        https://app.greenhouse.io/availability/1f7a0c93-52be-4d1a-9c7e-2b8e0d6a5f14

        The onsite runs about three hours. Once we have your availability we'll send a confirmation
        with the full schedule.

        Thanks,
        Tasha Greer
        Hartwell Supply Chain Partners
    """)
    hs = head(make.addr("Tasha Greer", "no-reply@us.greenhouse-mail.io"),
              "Please share your availability: Hartwell Supply Chain Partners onsite", "2026-09-22 13:51:07",
              relay="o17.us.greenhouse-mail.io (o17.us.greenhouse-mail.io [167.89.12.41])", seed="b332-31",
              extra=(("Reply-To", make.addr("Tasha Greer", "tasha.greer@hartwellscp.com")),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(32), family="scheduling_link", lang="en", interview=False, company="Signal Mountain Foods",
           note="Hiring manager sends her Calendly link to book a follow-up; nothing booked yet")
def m32():
    body = t("""
        Darnell,

        Enjoyed our chat this morning. I'd like you to meet our plant manager, Luis Mendoza, next.
        He's on second shift this month, so the easiest thing is to grab any 45-minute slot on his
        calendar here: https://calendly.com/signalmtnfoods-lmendoza/45min

        Renee

        Renee Blackwood
        Director of Operations Planning, Signal Mountain Foods
    """)
    hs = head(make.addr("Renee Blackwood", "renee.blackwood@signalmtnfoods.com"),
              "Next step - Luis", "2026-11-02 13:05:26",
              relay="mail-pf1-f181.google.com (mail-pf1-f181.google.com [209.85.210.181])", seed="b332-32",
              msgid="<CAF2kWr9bQ1zX7mV4pH0tLc8YsNe3jRu5dGo6@mail.gmail.com>")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(33), family="availability_proposal", lang="en", interview=False,
           company="Tallgrass Planning Software",
           days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")),
           note="Recruiter proposes two slots (Thu Oct 22 1 PM PT or Fri Oct 23 9 AM PT) and asks which works: "
                "a proposal, not a confirmation (the Ashby confirmation comes later in the thread)")
def m33():
    body = t("""
        Hi Darnell,

        Thanks for the great screen yesterday! Irene Valdez, our Director of Customer Solutions, would
        like to meet you next. Would either of these work?

          - Thursday, October 22 at 1:00 PM Pacific (4:00 PM your time)
          - Friday, October 23 at 9:00 AM Pacific (12:00 PM your time)

        Once you let me know, I'll send over a calendar confirmation through our scheduling system.

        Best,
        Owen Castellanos
        Technical Recruiter, Tallgrass Planning Software
    """)
    hs = head(make.addr("Owen Castellanos", "owen.castellanos@tallgrassplanning.com"),
              "Next step: conversation with Irene", "2026-10-14 16:40:55", "America/Los_Angeles",
              relay="mail-lj1-f170.google.com (mail-lj1-f170.google.com [209.85.208.170])", seed="b332-33",
              msgid="<CAB8mTq3vX0pW5zN2kL7hRc9eYs4Gd1uFj6Ao@mail.gmail.com>")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(34), family="out_of_office", lang="en", interview=False, company=None,
           days=(("Mon", "2026-10-26"),),
           note="Out-of-office auto-reply from the Smoky Ridge recruiter to the owner's thank-you note")
def m34():
    body = t("""
        Thank you for your email. I am out of the office with limited access to email through Monday,
        October 26. For urgent recruiting matters, please contact our main office at (865) 555-0100.

        Jolene Whitaker
        Smoky Ridge Beverage Co.
    """)
    hs = head(make.addr("Jolene Whitaker", "jolene.whitaker@smokyridgebev.com"),
              "Automatic reply: Thank you - Production & Packaging Scheduler", "2026-10-19 18:22:40",
              relay="mail-bl0pr02.outbound.protection.outlook.com ([40.107.212.44])", seed="b332-34",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAD3xq7Lt0bV9wN2mP5kRe8Hs4Yu1cGz6jFo@mail.example.org>")))
    return make.message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the owner's thank-you note (typo in the domain); the original mentions this "
                "morning's interview but fixes nothing new")
def m35():
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <curtis.vang@redstoneaero.co>: Host or domain name not found. Name service
            error for name=redstoneaero.co type=A: Host not found
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Xk2Qd1FhZz7vR
        Arrival-Date: Tue, 13 Oct 2026 13:05:12 -0400 (EDT)

        Final-Recipient: rfc822; curtis.vang@redstoneaero.co
        Original-Recipient: rfc822;curtis.vang@redstoneaero.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=redstoneaero.co type=A: Host not found
    """)
    original = make.message([
        ("From", TO),
        ("To", make.addr("Curtis Vang", "curtis.vang@redstoneaero.co")),
        ("Subject", "Thank you - Production Control Scheduler"),
        ("Date", make.date("2026-10-13 13:05:10", ET)),
        ("Message-ID", mid("b332-35-orig", "mail.example.org")),
    ], text(t("""
        Hi Curtis,

        Thank you for taking the time to talk with Kendra and me this morning. I enjoyed hearing how
        your team is moving from spreadsheets to a finite scheduler, and I'd welcome the chance to help.

        Best regards,
        Darnell Hughes
    """), charset="us-ascii", cte="7bit"))
    hs = head(make.addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
              "Undelivered Mail Returned to Sender", "2026-10-13 13:05:14",
              relay="localhost (localhost [127.0.0.1])", seed="b332-35",
              extra=(("Auto-Submitted", "auto-replied"),))
    rep = make.multipart("report", text(report, charset="us-ascii", cte="7bit"),
                         make.raw_part([("Content-Description", "Delivery report"),
                                        ("Content-Type", "message/delivery-status")], status),
                         make.attached_message(original),
                         params="report-type=delivery-status")
    return make.message(hs, rep)


@make.mail(N(36), family="offer", lang="en", interview=False, company="Lookout Ridge Flooring",
           days=(("Fri", "2026-12-18"), ("Mon", "2027-01-11")),
           note="Offer letter notice from Workday with a response deadline and start date; no interview")
def m36():
    body = t("""
        Dear Darnell,

        Congratulations! We are delighted to extend you an offer for the position of Production
        Scheduling Lead at Lookout Ridge Flooring.

        Your offer letter is ready for review in your candidate home page:
        https://wd5.myworkdayjobs.com/lookoutridge/candidate/offers

        Please review and respond by Friday, December 18, 2026. Your proposed start date is Monday,
        January 11, 2027, contingent on the successful completion of a background check.

        If you have any questions about the offer, please contact Marisol Pruitt.

        Welcome to the team!
        Lookout Ridge Flooring Talent Acquisition
    """)
    hs = head(make.addr("Lookout Ridge Flooring", "lookoutridge@myworkday.com"),
              "Your offer from Lookout Ridge Flooring", "2026-12-14 16:44:03",
              relay="mta-wd5.myworkday.com (mta-wd5.myworkday.com [198.51.100.25])", seed="b332-36")
    return make.message(hs, text(body, cte="base64"))


@make.mail(N(37), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Dentist appointment reminder with an .ics; a fixed time, but not a job interview")
def m37():
    body = t("""
        Hi Darnell,

        This is a reminder of your upcoming appointment at Riverview Family Dentistry:

        Tuesday, October 6, 2026 at 8:00 AM
        Dr. Anita Carrasco - Cleaning and exam
        2115 Dayton Blvd, Chattanooga, TN 37415

        Reply C to confirm or call (423) 555-0102 to reschedule. Please give us 24 hours notice
        of any changes.

        Riverview Family Dentistry
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//PatientConnect//Reminders//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:appt-883104-20261006@riverviewdental.example.com
        DTSTAMP:20261001T130000Z
        DTSTART:20261006T120000Z
        DTEND:20261006T130000Z
        SUMMARY:Dental appointment - Riverview Family Dentistry
        LOCATION:2115 Dayton Blvd\\, Chattanooga\\, TN 37415
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(make.addr("Riverview Family Dentistry", "reminders@riverviewdental.example.com"),
              "Appointment reminder: Tue, Oct 6 at 8:00 AM", "2026-10-01 09:00:00",
              relay="send.patientconnect.example.net ([192.0.2.90])", seed="b332-37")
    return make.message(hs, mixed(text(body), make.calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                           disposition="attachment")))


@make.mail(N(38), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Exchange meeting request for the local ASCM chapter board meeting the owner sits on; "
                "a fixed time, not an interview")
def m38():
    body = t("""
        When: Tuesday, November 10, 2026 5:30 PM-7:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Chattanooga State, Center for Advanced Manufacturing, Room 110

        *~*~*~*~*~*~*~*~*~*

        Board members,

        November board meeting. Agenda: 2027 officer slate, spring plant-tour series, CPIM study group
        budget. Pizza at 5:15.

        Carla Jennings
        President, ASCM Chattanooga Chapter
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """), make.VTZ["Eastern Standard Time"], t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Carla Jennings:mailto:cjennings@chattascm.example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes@example.org
        UID:040000008200E00074C5B7101A82E00800000000D0F3A1E7B97EDC01000000000000000010000000C3
        SUMMARY;LANGUAGE=en-US:ASCM Chattanooga - November Board Meeting
        DTSTART;TZID=Eastern Standard Time:20261110T173000
        DTEND;TZID=Eastern Standard Time:20261110T190000
        DTSTAMP:20261027T150500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Chattanooga State\\, Center for Advanced Manufacturing\\, Room 110
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Carla Jennings", "cjennings@chattascm.example.org"),
              "ASCM Chattanooga - November Board Meeting", "2026-10-27 11:05:00",
              relay="mail-co6nam11on2100.outbound.protection.outlook.com ([40.107.223.100])", seed="b332-38",
              extra=(("Thread-Topic", "ASCM Chattanooga - November Board Meeting"),))
    return make.message(hs, alt(text(body), make.calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="School sign-up confirmation for a parent-teacher conference slot")
def m39():
    body = t("""
        Hi Darnell,

        Thank you for signing up! Here are the details:

        Sign Up: Mrs. Okafor's 4th Grade - Fall Parent-Teacher Conferences
        Slot: Thursday, October 15, 2026, 4:20pm - 4:35pm
        Location: Lookout Valley Elementary, Room 14
        Comment: Jaylen Hughes

        Need to change your sign up? https://www.signupsheet.example.net/go/10C0F4BA9A62FA0F94-fall

        Thanks for using SignUpSheet!
    """)
    hs = head(make.addr("SignUpSheet", "no-reply@signupsheet.example.net"),
              "Confirmation: Mrs. Okafor's 4th Grade - Fall Parent-Teacher Conferences", "2026-10-04 20:33:12",
              relay="mail.signupsheet.example.net ([192.0.2.130])", seed="b332-39")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Sat", "2026-11-07"),),
           note="Car service appointment confirmation; a fixed time, not an interview")
def m40():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h3>Your service appointment is confirmed</h3>
        <p>Darnell, thanks for scheduling with Brainerd Road Auto Care.</p>
        <p><b>Saturday, November 7, 2026 at 8:00 AM</b><br>
        2019 Honda Accord - Oil change, tire rotation, front brake inspection<br>
        Estimated time: 1.5 hours</p>
        <p>5240 Brainerd Rd, Chattanooga, TN 37411 &middot; (423) 555-0177</p>
        <p>Need to reschedule? <a href="https://book.autoshop.example.net/brainerdroad/a/55210">Manage appointment</a></p>
        </body></html>
    """)
    hs = head(make.addr("Brainerd Road Auto Care", "appointments@brainerdroadauto.example.com"),
              "Appointment confirmed - Sat, Nov 7 at 8:00 AM", "2026-11-03 19:12:45",
              relay="mailer.autoshop.example.net ([192.0.2.140])", seed="b332-40")
    return make.message(hs, html(page))


@make.mail(N(41), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Trade newsletter with an interview-questions article; no appointment")
def m41():
    body = t("""
        THE PLANT FLOOR WEEKLY - November 5, 2026

        IN THIS ISSUE
        1. Five questions to ask at the end of a manufacturing interview
        2. Why your S&OP meeting keeps running long
        3. Resin prices ease for the third straight month

        FIVE QUESTIONS TO ASK AT THE END OF A MANUFACTURING INTERVIEW
        You've answered the behavioral questions and walked the floor. Now the hiring manager asks,
        "What questions do you have for us?" Try these: How is schedule attainment measured here?
        Who owns the frozen zone? What happened the last time sales expedited an order? ...
        Read more: https://plantfloorweekly.example.com/2026/11/five-questions

        You're receiving this because you subscribed at plantfloorweekly.example.com.
        Unsubscribe | Update preferences
    """)
    hs = head(make.addr("The Plant Floor Weekly", "newsletter@plantfloorweekly.example.com"),
              "Five questions to ask at the end of your next interview", "2026-11-05 07:00:00",
              relay="mta3.newsletters.example.net ([192.0.2.33])", seed="b332-41",
              extra=(("List-Unsubscribe", "<mailto:unsubscribe@plantfloorweekly.example.com>"),
                     ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(42), family="webinar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Zoom webinar registration ('Interviewing for planning roles') at a fixed time; a webinar, "
                "not the owner's interview")
def m42():
    body = t("""
        Hi Darnell,

        Thank you for registering for "Interviewing for Planning & Scheduling Roles in 2027".

        Date & Time: Nov 18, 2026 12:00 PM Eastern Time (US and Canada)

        Please submit any questions to: webinars@mfgcareerslive.example.com

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/88451207734?tk=aB3dX9

        Passcode: 304112

        You can cancel your registration at any time.
    """)
    hs = head(make.addr("MfgCareers Live", "no-reply@zoom.us"),
              "Interviewing for Planning & Scheduling Roles in 2027 Confirmation", "2026-11-10 21:14:09",
              relay="zoom-smtp-out.zoom.us ([170.114.0.50])", seed="b332-42")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(43), family="post_interview", lang="en", interview=False, company="Tallgrass Planning Software",
           note="Recruiter's 'great talking yesterday, we'll be in touch' after the Tallgrass interview")
def m43():
    body = t("""
        Hi Darnell,

        Thanks for meeting with Irene yesterday - she enjoyed the conversation, especially your story
        about rebuilding the dye-house schedule. We're finishing the other conversations this week and
        I'll be back in touch with next steps early next week.

        Best,
        Owen

        On Thu, Oct 22, 2026 at 2:10 PM Darnell Hughes <darnell.hughes@example.org> wrote:
        > Owen, thank you for setting up today's conversation. Irene was great to talk to.
    """)
    hs = head(make.addr("Owen Castellanos", "owen.castellanos@tallgrassplanning.com"),
              "Re: Thank you", "2026-10-23 09:41:30", "America/Los_Angeles",
              relay="mail-lj1-f171.google.com (mail-lj1-f171.google.com [209.85.208.171])", seed="b332-43",
              msgid="<CAB8mTq7wZ2pL9xQ4kN1hRv5eYs0Gd3uFj8Bp@mail.gmail.com>")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(44), family="assessment_deadline", lang="en", interview=False, company="Volunteer Packaging",
           days=(("Fri", "2026-12-04"),),
           note="Online assessment invitation with a completion deadline; no interview time")
def m44():
    body = t("""
        Hello Darnell,

        Volunteer Packaging has invited you to complete the Planning Aptitude Assessment as part of
        your application for Production Scheduler II.

        The assessment takes about 35 minutes and must be completed in one sitting.
        Deadline: Friday, December 4, 2026 at 11:59 PM ET

        Start your assessment: https://app.testgrid.example.com/invite/VP-27741-dh

        Good luck!
        TestGrid Assessments, on behalf of Volunteer Packaging
    """)
    hs = head(make.addr("TestGrid Assessments", "invites@testgrid.example.com"),
              "Volunteer Packaging invited you to an assessment", "2026-11-30 10:15:00",
              relay="smtp.testgrid.example.com ([192.0.2.150])", seed="b332-44")
    return make.message(hs, text(body, cte="base64"))


@make.mail(N(45), family="one_way_video", lang="en", interview=False, company="Brightwater Industries",
           days=(("Fri", "2026-10-30"),),
           note="One-way recorded video interview 'complete by Friday, October 30'; no live meeting time")
def m45():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Darnell,</p>
        <p>Brightwater Industries has invited you to complete an on-demand video interview for
        <b>Master Scheduler (Req 2600871)</b>.</p>
        <p>You will answer 5 questions on camera at a time that suits you. Each answer can be up to 3 minutes
        long, and you can practice as many times as you like before recording.</p>
        <p><b>Please complete your interview by Friday, October 30, 2026.</b></p>
        <p><a href="https://app.hirevue.com/interviews/brightwater/7Kq2Zp">Start interview</a></p>
        <p>Brightwater Industries Talent Acquisition</p>
        </body></html>
    """)
    hs = head(make.addr("Brightwater Industries", "no-reply@hirevue.com"),
              "Brightwater Industries: complete your video interview", "2026-10-23 11:30:00",
              relay="mail.hirevue.com ([198.51.100.140])", seed="b332-45")
    return make.message(hs, html(page, cte="quoted-printable"))


@make.mail(N(46), family="receipt", lang="en", interview=False, company=None,
           note="Online order shipping notice (interview padfolio and shoes); ordinary life mail")
def m46():
    body = t("""
        Hi Darnell,

        Good news: your order #DC-448217 has shipped!

          1 x Leather Padfolio with Notepad, Black        $34.99
          1 x Oxford Dress Shoe, Brown, 11 D              $89.00

        Carrier: UPS, tracking 1Z 9W4 E71 03 5521 8840
        Estimated delivery: Wednesday, September 9

        DeskCraft Outfitters
    """)
    hs = head(make.addr("DeskCraft Outfitters", "orders@deskcraft.example.com"),
              "Your DeskCraft order has shipped", "2026-09-05 14:22:18",
              relay="mta.deskcraft.example.com ([192.0.2.160])", seed="b332-46")
    return make.message(hs, alt(text(body, charset="windows-1252", cte="quoted-printable"),
                                html(make.gmail_html(body), charset="windows-1252")))


@make.mail(N(47), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Google Calendar invitation from a relative for Thanksgiving dinner; not an interview")
def m47():
    body = t("""
        Rhonda Hughes has invited you to an event.

        Thanksgiving at Aunt Rhonda's
        Thursday Nov 26, 2026 \u22c5 2pm \u2013 7pm (Eastern Time - New York)

        1407 Hixson Pike, Chattanooga, TN 37405

        Bring the mac and cheese and folding chairs!! Kickoff at 4:30.

        Organizer
        Rhonda Hughes
        rhonda.hughes58@example.net

        Reply for darnell.hughes@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=dGhhbmtzZ2l2&rst=1

        Invitation from Google Calendar: https://calendar.google.com/calendar/
    """)
    ics = cal(t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """), make.VTZ["America/New_York"], t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261126T140000
        DTEND;TZID=America/New_York:20261126T190000
        DTSTAMP:20261108T013002Z
        ORGANIZER;CN=Rhonda Hughes:mailto:rhonda.hughes58@example.net
        UID:7t2hanksg1v1ngrh58kq0d3@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes@example.org:mailto:darnell.hughes@example.org
        LOCATION:1407 Hixson Pike\\, Chattanooga\\, TN 37405
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Thanksgiving at Aunt Rhonda's
        END:VEVENT
        END:VCALENDAR
    """))
    hs = head(make.addr("Rhonda Hughes", "rhonda.hughes58@example.net"),
              "Invitation: Thanksgiving at Aunt Rhonda's @ Thu Nov 26, 2026 2pm - 7pm (EST) (darnell.hughes@example.org)",
              "2026-11-07 20:30:02",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", seed="b332-47",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return make.message(hs, alt(text(body), make.calendar(ics, method="REQUEST")))


@make.mail(N(48), family="networking", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Former colleague confirms coffee 'Thursday at 7:30' to talk about openings at his company; "
                "an informal networking chat, not an interview (judgement call)")
def m48():
    body = t("""
        D -

        Thursday at 7:30 at Goodman's on Frazier works for me. I'll bring what I know about the
        planner opening at our Ooltewah DC - it's not posted yet, and honestly I don't know if
        they'd want someone from carpet, but happy to put your name in front of my boss.

        First round's on me.
        Luis

        Luis Ocampo
        Inventory Control Manager, Peach State Distribution
    """)
    hs = head(make.addr("Luis Ocampo", "luis.ocampo77@example.net"),
              "Re: coffee?", "2026-09-28 21:47:33",
              relay="mail-qt1-f177.google.com (mail-qt1-f177.google.com [209.85.160.177])", seed="b332-48",
              msgid="<CAE5nQv8tY1mR3zW6kP0hLb2eXs9Gc4uDj7Fa@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAD9rK2pTw5mV0xB7nQ3hLe6Ys1uFc8iGj4Ho@mail.example.org>"),))
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(49), family="background_check", lang="en", interview=False, company="Lookout Ridge Flooring",
           note="Background-check authorization request after the offer; no appointment")
def m49():
    body = t("""
        Hello Darnell Hughes,

        Lookout Ridge Flooring has requested a background screening as part of your offer of
        employment. To get started, please review the disclosures and provide your authorization:

        https://portal.clearpathscreening.example.com/applicant/start?req=LRF-119342

        This link expires in 7 days. Most screenings complete within 3-5 business days.

        ClearPath Screening, Inc.
        Applicant support: 1-800-555-0199
    """)
    hs = head(make.addr("ClearPath Screening", "donotreply@clearpathscreening.example.com"),
              "Action required: background screening authorization for Lookout Ridge Flooring",
              "2026-12-16 08:12:40",
              relay="smtp.clearpathscreening.example.com ([192.0.2.170])", seed="b332-49")
    return make.message(hs, text(body))


@make.mail(N(50), family="job_board_notification", lang="en", interview=False, company=None,
           note="Job-board notice that an employer viewed the application (RFC 2047 subject); nothing fixed")
def m50():
    body = t("""
        Hi Darnell,

        Good news \u2014 Dalton Fiber Co. viewed your application for Production Scheduler - Nylon
        Extrusion.

        Employers who view your application may reach out to you directly. Make sure your JobWire
        profile and phone number are up to date.

        View application: https://www.jobwire.example.net/myjobs/applied/5a7e21

        \u2014 The JobWire Team
    """)
    hs = head(make.addr("JobWire", "notifications@jobwire.example.net"),
              "Your application was viewed \u2014 Dalton Fiber Co.", "2026-10-27 15:06:51",
              relay="mta12.jobwire.example.net (mta12.jobwire.example.net [192.0.2.112])", seed="b332-50")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))
