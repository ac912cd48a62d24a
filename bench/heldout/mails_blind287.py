"""blind287: a blind 50-mail held-out set, the inbox of Marcus Bell, a freight-logistics dispatcher
in Chattanooga, Tennessee (America/New_York), September to December 2026.

Written by hand, one function per mail, by a helper session that read only make.py,
make_blind.py, the intro and convention sections of bench/heldout/README.md and the dev corpus
README / labels / two dev mails / score.py -- never the detector, its tests, the other held-out
mails or sets, and never ran the detector. Keys 1-23 are positives (16 scheduled, 4 rescheduled,
3 cancelled), keys 24-50 negatives; file numbers are a fixed shuffle of the writing order.
American English throughout; employers in Chattanooga, Atlanta, Knoxville (Eastern), Nashville and
Birmingham (Central), and remote teams (Chicago, Stockholm, Hamburg, Denver, the Bay Area).
All companies and people are fictional.
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

ORDER = random.Random(2870287).sample(range(1, 51), 50)
SET = "blind287"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "marcus.bell@example.com"
ME_NAME = "Marcus Bell"
TO = addr(ME_NAME, ME)
ET = "America/New_York"
CT = "America/Chicago"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, ident: str,
         to: str = TO, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID and any extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay}", when, zone, f"mx.example.com with ESMTPS id {ident}", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def vevent_cal(*, prodid: str, method: str | None, uid: str, stamp: str, tzid: str, start: str, end: str,
               summary: str, organizer: str, attendees: list[str], location: str = "",
               description: str = "", seq: int = 0, status: str = "CONFIRMED", vtz: str | None = None,
               extra: str = "") -> str:
    """An unfolded VCALENDAR (LF lines) with one VEVENT; times are local in tzid."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.append(VTZ[vtz or tzid])
    lines += ["BEGIN:VEVENT", f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
              f"DTSTAMP:{stamp}", f"ORGANIZER;{organizer}", f"UID:{uid}"]
    lines += [f"ATTENDEE;{a}" for a in attendees]
    if description:
        lines.append(f"DESCRIPTION:{description}")
    if location:
        lines.append(f"LOCATION:{location}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}", "TRANSP:OPAQUE"]
    if extra:
        lines.append(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


ME_ATT = f"CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME};X-NUM-GUESTS=0:mailto:{ME}"


# =========================================================================== positives (1-23)


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T14:00:00Z", end="2026-09-15T14:45:00Z",
           contact="dana.whitfield@ridgelinefreight.com", company="Ridgeline Freight Systems",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=ET,
           note="Greenhouse confirmation, 'Tuesday, September 15, 10:00 - 10:45 AM EDT'; EDT = UTC-4; "
                "contact = Reply-To recruiter (sender is no-reply)")
def m01() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for making time to speak with us about the Senior Dispatcher role at Ridgeline
        Freight Systems. Your interview is confirmed for:

        Tuesday, September 15, 2026
        10:00 AM - 10:45 AM EDT

        Interviewer: Carl Jennings, Director of Dispatch Operations
        Location: Zoom - https://ridgelinefreight.zoom.us/j/84420917735?pwd=Rf0a2KxT

        Meeting ID: 844 2091 7735
        Passcode: 551208

        If anything comes up and you need to move this, just reply to this email and it will come
        straight to me.

        Best,
        Dana Whitfield
        Talent Acquisition Partner | Ridgeline Freight Systems
        1400 Riverfront Pkwy, Chattanooga, TN 37402
        """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Marcus,</p>
        <p>Thanks for making time to speak with us about the <strong>Senior Dispatcher</strong> role at Ridgeline Freight Systems. Your interview is confirmed for:</p>
        <table cellpadding="4" style="border-collapse:collapse;margin:8px 0">
        <tr><td style="color:#666">When</td><td><strong>Tuesday, September 15, 2026</strong><br>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td style="color:#666">Interviewer</td><td>Carl Jennings, Director of Dispatch Operations</td></tr>
        <tr><td style="color:#666">Where</td><td><a href="https://ridgelinefreight.zoom.us/j/84420917735?pwd=Rf0a2KxT">Join Zoom meeting</a><br>Meeting ID: 844 2091 7735 &middot; Passcode: 551208</td></tr>
        </table>
        <p>If anything comes up and you need to move this, just reply to this email and it will come straight to me.</p>
        <p>Best,<br>Dana Whitfield<br>Talent Acquisition Partner | Ridgeline Freight Systems<br>1400 Riverfront Pkwy, Chattanooga, TN 37402</p>
        <img src="https://app.greenhouse.io/email_tracking/open/9d2f41c0.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Ridgeline Freight Systems", "no-reply@greenhouse.io"),
              "Interview Confirmation: Senior Dispatcher at Ridgeline Freight Systems",
              "2026-09-10 15:22:41", ET,
              "<0100019a7c21e5b3-4f2d8c1a-77e0-4b53-9f1e-2d6c0b8a41f7-000000@email.amazonses.com>",
              relay="a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              ident="r7Kp2QxT",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@ridgelinefreight.com")),))
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(2), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T18:00:00Z", end="2026-09-23T19:00:00Z",
           contact="jasmine.ortiz@peachtreeintermodal.com", company="Peachtree Intermodal",
           local="Wed 2026-09-23 14:00", local_end="2026-09-23 15:00", zone=ET,
           note="Workday HTML-only (base64) 'Wednesday, September 23, 2026 2:00 PM - 3:00 PM Eastern'; "
                "Atlanta is Eastern, EDT = UTC-4; sender is the Workday tenant address, contact = "
                "recruiter address written in the body")
def m02() -> bytes:
    hbody = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd5.myworkdaysite.com/peachtreeintermodal/assets/logo.png" alt="Peachtree Intermodal" height="36">
        <h2 style="font-weight:500;color:#005cb9">Interview Scheduled</h2>
        <p>Dear Marcus Bell,</p>
        <p>Thank you for your interest in the <b>Transportation Planner (Req R-10482)</b> position with Peachtree Intermodal. We are pleased to confirm your interview.</p>
        <p><b>Date:</b> Wednesday, September 23, 2026<br>
        <b>Time:</b> 2:00 PM - 3:00 PM Eastern Time<br>
        <b>Format:</b> Microsoft Teams video interview<br>
        <b>Interviewers:</b> Jasmine Ortiz (Recruiter), Wendell Pruitt (Manager, Rail Planning)</p>
        <p>A Teams link will be sent in a separate calendar invitation. Please plan to join from a quiet place with your camera on.</p>
        <p>If you have questions about your interview, please contact Jasmine Ortiz at <a href="mailto:jasmine.ortiz@peachtreeintermodal.com">jasmine.ortiz@peachtreeintermodal.com</a>.</p>
        <p>You can review your application status at any time in the <a href="https://wd5.myworkdaysite.com/recruiting/peachtreeintermodal/Careers/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br>Peachtree Intermodal Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Peachtree Intermodal, 3100 Fulton Industrial Blvd SW, Atlanta, GA 30336.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Peachtree Intermodal", "peachtreeintermodal@myworkday.com"),
              "Interview Scheduled - Transportation Planner (R-10482)",
              "2026-09-18 11:07:52", ET,
              "<1961588230.428816.1789830472118@wd5-prod-ash.workday.com>",
              relay="wd5-mta-02.myworkday.com (wd5-mta-02.myworkday.com [199.36.84.12])",
              ident="Zq81LmNa")
    return message(hs, html(hbody, cte="base64"))


@make.mail(N(3), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T13:30:00Z", end="2026-10-01T14:30:00Z",
           contact="trent.maddox@smokyhollowdc.com", company="Smoky Hollow Distribution",
           local="Thu 2026-10-01 09:30", local_end="2026-10-01 10:30", zone=ET,
           note="iCIMS mail with US date '10/01/2026 9:30 AM ET', duration 1 hour, invite.ics attached "
                "(America/New_York); Knoxville is Eastern, EDT = UTC-4; no Reply-To, contact = ICS "
                "ORGANIZER hiring manager")
def m03() -> bytes:
    body = t("""
        Marcus,

        Thank you for applying for the Logistics Coordinator - 2nd Shift position (Job ID
        2026-4471) at Smoky Hollow Distribution. We would like to invite you to an in-person
        interview.

        Date/Time: 10/01/2026 9:30 AM ET
        Duration: 1 hour
        Location: Smoky Hollow Distribution, 2250 Rutledge Pike, Knoxville, TN 37917
                  (check in at the main office by the flagpole, not the truck gate)
        Interviewer: Trent Maddox, Transportation Manager

        Please bring a valid driver's license and a copy of your resume. A calendar invitation is
        attached to this message.

        Regards,
        Smoky Hollow Distribution Recruiting

        ---
        Please do not reply to this message. This mailbox is not monitored.
        """)
    ics = vevent_cal(
        prodid="-//iCIMS//Interview Scheduling//EN", method="REQUEST",
        uid="icims-int-2026-4471-118823@smokyhollow.icims.com", stamp="20260928T154410Z",
        tzid="America/New_York", start="20261001T093000", end="20261001T103000",
        summary="Interview - Logistics Coordinator - 2nd Shift - Marcus Bell",
        organizer="CN=Trent Maddox:mailto:trent.maddox@smokyhollowdc.com",
        attendees=[f"ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}"],
        location="Smoky Hollow Distribution\\, 2250 Rutledge Pike\\, Knoxville\\, TN 37917")
    hs = head(addr("Smoky Hollow Distribution", "smokyhollow@talent.icims.com"),
              "Interview Invitation: Logistics Coordinator - 2nd Shift (2026-4471)",
              "2026-09-28 11:44:10", ET, "<20260928154410.118823.6617@talent.icims.com>",
              relay="mta4.talent.icims.com (mta4.talent.icims.com [64.185.176.14])", ident="pX03vRee")
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(4), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T18:00:00Z", end="2026-10-06T18:45:00Z",
           contact="kelsey.prater@cumberlandcarriers.com", company="Cumberland Carriers",
           local="Tue 2026-10-06 13:00", local_end="2026-10-06 13:45", zone=CT,
           note="Lever confirmation from Nashville: '1:00 PM - 1:45 PM CDT (2:00 PM EDT your time)'; "
                "CDT = UTC-5; ICS in America/Chicago; contact = Reply-To recruiter")
def m04() -> bytes:
    body = t("""
        Hi Marcus,

        You're all set! Here are the details for your upcoming interview with Cumberland Carriers.

        Role: Dispatch Supervisor - Nashville Terminal
        When: Tuesday, October 6, 2026, 1:00 PM - 1:45 PM CDT (2:00 PM EDT your time)
        Where: Google Meet - https://meet.google.com/xqe-hbrm-tvk

        You'll be meeting with:
          Ray Castellanos - Terminal Manager

        Questions? Reply to this email to reach Kelsey Prater.

        Cumberland Carriers
        """)
    hbody = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#111;max-width:560px">
        <p>Hi Marcus,</p>
        <p>You're all set! Here are the details for your upcoming interview with <b>Cumberland Carriers</b>.</p>
        <div style="border:1px solid #e2e2e2;border-radius:4px;padding:12px 16px">
        <div style="color:#777;font-size:12px;text-transform:uppercase">Role</div><div>Dispatch Supervisor - Nashville Terminal</div>
        <div style="color:#777;font-size:12px;text-transform:uppercase;margin-top:8px">When</div><div>Tuesday, October 6, 2026, 1:00 PM - 1:45 PM CDT (2:00 PM EDT your time)</div>
        <div style="color:#777;font-size:12px;text-transform:uppercase;margin-top:8px">Where</div><div><a href="https://meet.google.com/xqe-hbrm-tvk">Google Meet</a></div>
        </div>
        <p>You'll be meeting with:<br>Ray Castellanos - Terminal Manager</p>
        <p>Questions? Reply to this email to reach Kelsey Prater.</p>
        <p style="color:#999;font-size:12px">Cumberland Carriers &middot; Sent via Lever</p>
        </div>
        """)
    ics = vevent_cal(
        prodid="-//Lever//Interview Scheduling//EN", method="REQUEST",
        uid="lever-7f3c2a90-1e44-4c8d-b6a1-0f2e9d5c7b31", stamp="20261001T192233Z",
        tzid="America/Chicago", start="20261006T130000", end="20261006T134500",
        summary="Interview: Marcus Bell <> Cumberland Carriers (Dispatch Supervisor)",
        organizer="CN=Kelsey Prater:mailto:kelsey.prater@cumberlandcarriers.com",
        attendees=[ME_ATT, "CN=Ray Castellanos;ROLE=REQ-PARTICIPANT:mailto:ray.castellanos@cumberlandcarriers.com"],
        location="https://meet.google.com/xqe-hbrm-tvk")
    hs = head(addr("Cumberland Carriers", "no-reply@hire.lever.co"),
              "Your interview with Cumberland Carriers is confirmed",
              "2026-10-01 14:22:33", CT, "<lever.7f3c2a90.20261001192233@hire.lever.co>",
              relay="mail-a14.hire.lever.co (mail-a14.hire.lever.co [198.2.180.14])", ident="mB5yQe2L",
              extra=(("Reply-To", addr("Kelsey Prater", "kelsey.prater@cumberlandcarriers.com")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(5), family="lever", lang="en", interview=True, kind="rescheduled",
           start="2026-10-21T15:00:00Z", end="2026-10-21T18:00:00Z",
           contact="kelsey.prater@cumberlandcarriers.com", company="Cumberland Carriers",
           local="Wed 2026-10-21 10:00", local_end="2026-10-21 13:00", zone=CT,
           days=(("Tue", "2026-10-20"),),
           note="Lever reschedule of the Nashville onsite from Tue Oct 20 to 'Wednesday, October 21, "
                "10:00 AM - 1:00 PM CDT'; CDT = UTC-5; ICS SEQUENCE:1; contact = Reply-To recruiter")
def m05() -> bytes:
    body = t("""
        Hi Marcus,

        Your onsite interview with Cumberland Carriers has been rescheduled. Please note the new
        time below.

        Previously: Tuesday, October 20, 2026, 10:00 AM - 1:00 PM CDT
        New time:   Wednesday, October 21, 2026, 10:00 AM - 1:00 PM CDT

        Where: Cumberland Carriers Nashville Terminal, 880 Cowan St, Nashville, TN 37207
        Ask for Kelsey at the front desk; visitor parking is on the east side of the building.

        Schedule:
          10:00 AM  Ray Castellanos - Terminal Manager
          11:00 AM  Dispatch floor walkthrough with Tonya Greer
          12:00 PM  Lunch with the night dispatch team

        Questions? Reply to this email to reach Kelsey Prater.

        Cumberland Carriers
        """)
    ics = vevent_cal(
        prodid="-//Lever//Interview Scheduling//EN", method="REQUEST",
        uid="lever-c92e0b15-5d7a-4e22-8f01-a3b4d6e8f920", stamp="20261015T155802Z",
        tzid="America/Chicago", start="20261021T100000", end="20261021T130000",
        summary="Onsite Interview: Marcus Bell <> Cumberland Carriers (Dispatch Supervisor)",
        organizer="CN=Kelsey Prater:mailto:kelsey.prater@cumberlandcarriers.com",
        attendees=[ME_ATT], seq=1,
        location="Cumberland Carriers Nashville Terminal\\, 880 Cowan St\\, Nashville\\, TN 37207")
    hs = head(addr("Cumberland Carriers", "no-reply@hire.lever.co"),
              "Updated: your onsite interview with Cumberland Carriers",
              "2026-10-15 10:58:02", CT, "<lever.c92e0b15.20261015155802@hire.lever.co>",
              relay="mail-a11.hire.lever.co (mail-a11.hire.lever.co [198.2.180.11])", ident="Tt6kWc0P",
              extra=(("Reply-To", addr("Kelsey Prater", "kelsey.prater@cumberlandcarriers.com")),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(6), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-05T15:00:00Z", end="2026-11-05T16:00:00Z",
           contact="rsims@magiccitylogistics.com", company="Magic City Logistics",
           local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:00", zone=CT,
           days=(("Wed", "2026-11-04"),),
           note="Exchange meeting update (SEQUENCE:1, TZID 'Central Standard Time') moving the Birmingham "
                "interview 'by a day' from Wed Nov 4; the new time (Thu Nov 5 9:00-10:00 AM) is only in the "
                "ICS; sent Oct 30 in CDT but the interview is after the 1 Nov change, so CST = UTC-6; "
                "contact = organizer/sender")
def m06() -> bytes:
    body = t("""
        Marcus - had to move this by a day, Wednesday afternoon got taken by a customer visit.
        Same Teams link. Thanks for being flexible.

        Rodney

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE0ZDIt%40thread.v2/0>
        Meeting ID: 284 117 905 336
        Passcode: x7Ub4Q
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Or call in (audio only)
        +1 205-555-0143,,660218472#   United States, Birmingham
        Phone Conference ID: 660 218 472#
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="EN-US">
        <div class="WordSection1">
        <p class="MsoNormal">Marcus &#8211; had to move this by a day, Wednesday afternoon got taken by a customer visit. Same Teams link. Thanks for being flexible.</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Rodney</p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;">________________________________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:700;">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE0ZDIt%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 284 117 905 336<br>Passcode: x7Ub4Q</div>
        <div>+1 205-555-0143,,660218472# United States, Birmingham<br>Phone Conference ID: 660 218 472#</div>
        <div style="margin-top:24px;">________________________________________________________________________________</div>
        </div></body></html>
        """)
    desc = ("Marcus - had to move this by a day\\, Wednesday afternoon got taken by a customer visit. "
            "Same Teams link.\\n\\nMicrosoft Teams meeting\\nMeeting ID: 284 117 905 336\\nPasscode: x7Ub4Q\\n")
    ics = vevent_cal(
        prodid="Microsoft Exchange Server 2010", method="REQUEST",
        uid="040000008200E00074C5B7101A82E00800000000B0F4D2C2A146DD01000000000000000010000000E6A3B1F09C7D4145A0E6A1AF7F1C2B31",
        stamp="20261030T182211Z", tzid="Central Standard Time", start="20261105T090000",
        end="20261105T100000", summary="Interview - Operations Manager - Marcus Bell",
        organizer="CN=Rodney Sims:mailto:rsims@magiccitylogistics.com",
        attendees=[f"ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}"],
        location="Microsoft Teams Meeting", description=desc, seq=1,
        extra="X-MICROSOFT-CDO-APPT-SEQUENCE:1\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\n"
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-CDO-IMPORTANCE:1\n"
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE")
    cal = calendar(ics, method="REQUEST", cte="base64")
    hs = head(addr("Rodney Sims", "rsims@magiccitylogistics.com"),
              "Interview - Operations Manager - Marcus Bell", "2026-10-30 13:22:11", CT,
              "<CH2PR14MB41073C0E9B2A4B8EAF31D6A2C8F52@CH2PR14MB4107.namprd14.prod.outlook.com>",
              relay="NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com [40.107.237.101])",
              ident="c4QnYb7R",
              extra=(("Thread-Topic", "Interview - Operations Manager - Marcus Bell"),
                     ("Thread-Index", "AdsoQ2yH4hQm0b1vT8y6zNw9XcF0aQAB7kPw"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("Content-Language", "en-US")))
    # the new time appears only in the calendar part (no "When:" preamble in the body)
    return message(hs, alt(text(body, charset="windows-1252"), html(hbody, charset="windows-1252"), cal))


@make.mail(N(7), family="personio", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T14:00:00Z", end="2026-10-26T15:00:00Z",
           contact="ashley.kim@kessler-spedition.com", company="Kessler Spedition",
           local="Mon 2026-10-26 15:00", local_end="2026-10-26 16:00", zone="Europe/Berlin",
           note="Personio invitation for the Atlanta branch of a Hamburg forwarder: 'Monday, 26 October "
                "2026, 15:00-16:00 CET (Hamburg) / 10:00-11:00 AM EDT (Atlanta)'; Europe left summer time "
                "on 25 Oct (CET = UTC+1) while the US is still on EDT; sent 21 Oct in CEST; contact = "
                "Reply-To Atlanta HR (ahead of the ICS organizer)")
def m07() -> bytes:
    body = t("""
        Dear Marcus,

        thank you for your application as Import Operations Coordinator (Atlanta, GA). We are
        happy to invite you to a video interview with our Head of Ocean Import in Hamburg.

        Date: Monday, 26 October 2026
        Time: 15:00 - 16:00 CET (Hamburg) / 10:00 - 11:00 AM EDT (Atlanta)
        Interviewer: Jörg Brandstätter, Head of Ocean Import
        Video link: https://kessler-spedition.webex.com/meet/j.brandstaetter

        Please note that Germany switches back to standard time on 25 October, one week before
        the US - the Atlanta time above already takes this into account.

        If you have any questions, simply reply to this email; it goes to Ashley Kim in our
        Atlanta office.

        Kind regards
        Your Kessler Spedition recruiting team

        Kessler Spedition GmbH & Co. KG · Am Sandtorkai 41 · 20457 Hamburg
        Kessler Spedition USA Inc. · 1200 Airport Loop Rd · Atlanta, GA 30354
        """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = vevent_cal(
        prodid="-//Personio GmbH//Personio Recruiting//EN", method="REQUEST",
        uid="personio-application-event-5518207@kessler-spedition.jobs.personio.de", stamp="20261021T091530Z",
        tzid="Europe/Berlin", start="20261026T150000", end="20261026T160000",
        summary="Interview Import Operations Coordinator (Atlanta) - Marcus Bell",
        organizer="CN=Jörg Brandstätter:mailto:j.brandstaetter@kessler-spedition.de",
        attendees=[ME_ATT], location="https://kessler-spedition.webex.com/meet/j.brandstaetter")
    hs = head(addr("Kessler Spedition", "no-reply@personio.de"),
              "Einladung / Invitation: Interview Import Operations Coordinator (Atlanta)",
              "2026-10-21 11:15:30", "Europe/Berlin", "<5518207.1792574130@mail.personio.de>",
              relay="mail-out-3.personio.de (mail-out-3.personio.de [185.132.180.3])", ident="h8NvE1sZ",
              extra=(("Reply-To", addr("Ashley Kim", "ashley.kim@kessler-spedition.com")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, cte="base64", filename="Interview.ics", disposition="attachment")))


GCAL_FOOTER = t("""
    Invitation from Google Calendar: https://calendar.google.com/calendar/

    You are receiving this email because you are an attendee on the event. To stop receiving future
    updates for this event, decline this event.

    Forwarding this invitation could allow any recipient to send a response to the organizer, be
    added to the guest list, invite others regardless of their own invitation status, or modify
    your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
    """)


@make.mail(N(8), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T15:30:00Z", end="2026-10-14T16:15:00Z",
           contact="brent.hollis@lookoutmtnlogistics.com", company="Lookout Mountain Logistics",
           local="Wed 2026-10-14 11:30", local_end="2026-10-14 12:15", zone=ET,
           note="Google Calendar invitation 'Wed Oct 14, 2026 11:30am - 12:15pm (EDT)'; EDT = UTC-4; "
                "contact = organizer (Reply-To and ICS ORGANIZER)")
def m08() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview: Marcus Bell / Fleet Operations Lead
        Wednesday Oct 14, 2026 ⋅ 11:30am – 12:15pm
        Eastern Time - New York

        Location
        Lookout Mountain Logistics, 615 Brown St, Chattanooga, TN 37408

        Marcus - come to the side door marked Dispatch, I'll meet you there. - Brent

        Organizer
        Brent Hollis
        brent.hollis@lookoutmtnlogistics.com

        Guests
        Brent Hollis - organizer
        Marcus Bell
        Sheila Crawford

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXZxYTFqYmE4
        Reply for marcus.bell@example.com
        Yes
        No
        Maybe
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=NXZxYTFqYmE4

        """) + GCAL_FOOTER
    hbody = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Interview: Marcus Bell / Fleet Operations Lead"></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Interview: Marcus Bell / Fleet Operations Lead</h2>
        <div>Wednesday Oct 14, 2026 &#8901; 11:30am &ndash; 12:15pm<br>Eastern Time - New York</div>
        <div style="margin-top:12px"><b>Location</b><br>Lookout Mountain Logistics, 615 Brown St, Chattanooga, TN 37408</div>
        <div style="margin-top:12px">Marcus - come to the side door marked Dispatch, I'll meet you there. - Brent</div>
        <div style="margin-top:12px"><b>Organizer</b><br>Brent Hollis<br>brent.hollis@lookoutmtnlogistics.com</div>
        <div style="margin-top:12px"><b>Guests</b><br>Brent Hollis - organizer<br>Marcus Bell<br>Sheila Crawford</div>
        <div style="margin-top:16px"><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXZxYTFqYmE4&amp;rst=1">Yes</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXZxYTFqYmE4&amp;rst=2">No</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXZxYTFqYmE4&amp;rst=3">Maybe</a></div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = vevent_cal(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
        uid="5vqa1jba8lq0t2m4e3ncs6o1k7@google.com", stamp="20261009T135214Z",
        tzid="America/New_York", start="20261014T113000", end="20261014T121500",
        summary="Interview: Marcus Bell / Fleet Operations Lead",
        organizer="CN=Brent Hollis:mailto:brent.hollis@lookoutmtnlogistics.com",
        attendees=["CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Brent Hollis;X-NUM-GUESTS=0:mailto:brent.hollis@lookoutmtnlogistics.com",
                   ME_ATT,
                   "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sheila Crawford;X-NUM-GUESTS=0:mailto:sheila.crawford@lookoutmtnlogistics.com"],
        location="Lookout Mountain Logistics\\, 615 Brown St\\, Chattanooga\\, TN 37408",
        description="Marcus - come to the side door marked Dispatch\\, I'll meet you there. - Brent")
    hs = head(addr("Brent Hollis", "brent.hollis@lookoutmtnlogistics.com"),
              "Invitation: Interview: Marcus Bell / Fleet Operations Lead @ Wed Oct 14, 2026 "
              "11:30am - 12:15pm (EDT) (marcus.bell@example.com)",
              "2026-10-09 09:52:14", ET, "<calendar-5c1d8e07-3b92-4a7e-a0f4-7d6e21b9c3f5@google.com>",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="Lw3bT9uK",
              extra=(("Reply-To", "brent.hollis@lookoutmtnlogistics.com"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(hbody), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(9), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-27T18:00:00Z", end="2026-10-27T19:00:00Z",
           contact="brent.hollis@lookoutmtnlogistics.com", company="Lookout Mountain Logistics",
           local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=ET,
           note="Google Calendar cancellation (METHOD:CANCEL) of the second-round interview 'Tue Oct 27, "
                "2026 2pm - 3pm (EDT)'; EDT = UTC-4; labelled with the cancelled slot; contact = organizer")
def m09() -> bytes:
    body = t("""
        This event has been canceled with a note:
        "Marcus, I'm sorry to do this - we've decided to fill the lead role from inside the
        terminal. I'll call you this afternoon to explain. -Brent"

        Second interview: Marcus Bell / Fleet Operations Lead (w/ GM)
        Tuesday Oct 27, 2026 ⋅ 2pm – 3pm
        Eastern Time - New York

        Location
        Lookout Mountain Logistics, 615 Brown St, Chattanooga, TN 37408

        Organizer
        Brent Hollis
        brent.hollis@lookoutmtnlogistics.com

        Guests
        Brent Hollis - organizer
        Marcus Bell
        Walt Ivey

        """) + GCAL_FOOTER
    hbody = gmail_html(body)
    ics = vevent_cal(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="CANCEL",
        uid="0b8r6jqv2c4lp1n5kq3e9th2sd@google.com", stamp="20261023T141102Z",
        tzid="America/New_York", start="20261027T140000", end="20261027T150000",
        summary="Second interview: Marcus Bell / Fleet Operations Lead (w/ GM)",
        organizer="CN=Brent Hollis:mailto:brent.hollis@lookoutmtnlogistics.com",
        attendees=[ME_ATT.replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=ACCEPTED")], seq=1, status="CANCELLED",
        location="Lookout Mountain Logistics\\, 615 Brown St\\, Chattanooga\\, TN 37408")
    hs = head(addr("Brent Hollis", "brent.hollis@lookoutmtnlogistics.com"),
              "Canceled event with note: Second interview: Marcus Bell / Fleet Operations Lead (w/ GM) "
              "@ Tue Oct 27, 2026 2pm - 3pm (EDT) (marcus.bell@example.com)",
              "2026-10-23 10:11:02", ET, "<calendar-9e02b7c4-15fa-4d38-bb61-3a8c0f7e2d19@google.com>",
              relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", ident="Gd4Xo2hV",
              extra=(("Reply-To", "brent.hollis@lookoutmtnlogistics.com"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(hbody), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(10), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-09-18T14:30:00Z", end="2026-09-18T15:00:00Z",
           contact="alicia.grant@terrafleet.io", company="TerraFleet",
           local="Fri 2026-09-18 10:30", local_end="2026-09-18 11:00", zone=ET,
           note="Calendly invitee confirmation '10:30am - 11:00am, Friday, September 18, 2026 (Eastern "
                "Time - US & Canada)' for a phone screen with a remote (Denver) employer; shown in the "
                "invitee's zone, EDT = UTC-4; contact = Reply-To host")
def m10() -> bytes:
    body = t("""
        Hi Marcus Bell,

        Your 30 Minute Phone Screen with Alicia Grant at 10:30am (Eastern Time - US & Canada) on
        Friday, September 18, 2026 is scheduled.

        Event Type:
        30 Minute Phone Screen - Dispatch Operations Lead (Remote)

        Event Date/Time:
        10:30am - 11:00am, Friday, September 18, 2026 (Eastern Time - US & Canada)

        Location:
        Alicia will call you at +1 423-555-0187

        Invitee Time Zone:
        Eastern Time - US & Canada

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b0e1c7f-3a21-4d8e-9f55-1c2d3e4f5a6b
        Reschedule: https://calendly.com/reschedulings/6b0e1c7f-3a21-4d8e-9f55-1c2d3e4f5a6b

        Powered by Calendly.com
        """)
    hbody = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: 30 Minute Phone Screen - Dispatch Operations Lead (Remote) with Alicia Grant on "
              "Friday, September 18, 2026",
              "2026-09-16 16:40:19", ET, "<6b0e1c7f3a214d8e.20260916204019@calendly.com>",
              relay="o1.email.calendly.com (o1.email.calendly.com [167.89.5.201])", ident="Qa9sD3nF",
              extra=(("Reply-To", addr("Alicia Grant", "alicia.grant@terrafleet.io")),))
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(11), family="calendly", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T18:00:00Z", end="2026-11-03T18:45:00Z",
           contact="owen.mercer@lanewise.com", company="Lanewise",
           local="Tue 2026-11-03 13:00", local_end="2026-11-03 13:45", zone=ET,
           days=(("Mon", "2026-11-02"),),
           note="Calendly reschedule from Mon Nov 2 to '1:00pm - 1:45pm, Tuesday, November 3, 2026 (Eastern "
                "Time - US & Canada)'; mail sent Oct 29 in EDT but the new slot is after the 1 Nov change, "
                "EST = UTC-5; contact = Reply-To host (hiring manager)")
def m11() -> bytes:
    body = t("""
        Hi Marcus Bell,

        Your event has been rescheduled.

        Event Type:
        Hiring Manager Interview - Carrier Sales Ops (45 min)

        Former: 1:00pm - 1:45pm, Monday, November 2, 2026 (Eastern Time - US & Canada)
        Updated: 1:00pm - 1:45pm, Tuesday, November 3, 2026 (Eastern Time - US & Canada)

        Reason for rescheduling:
        "Sorry Marcus - board prep landed on Monday. Tuesday same time work? -Owen"

        Location:
        https://lanewise.zoom.us/j/93017745218

        Invitee Time Zone:
        Eastern Time - US & Canada

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1f9d22e0-77ab-4c31-b0d4-95ae8c6f12d0
        Reschedule: https://calendly.com/reschedulings/1f9d22e0-77ab-4c31-b0d4-95ae8c6f12d0

        Powered by Calendly.com
        """)
    hbody = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Updated: Hiring Manager Interview - Carrier Sales Ops (45 min) with Owen Mercer on "
              "Tuesday, November 3, 2026",
              "2026-10-29 18:03:55", ET, "<1f9d22e077ab4c31.20261029220355@calendly.com>",
              relay="o1.email.calendly.com (o1.email.calendly.com [167.89.5.201])", ident="Kf2mZp8W",
              extra=(("Reply-To", addr("Owen Mercer", "owen.mercer@lanewise.com")),))
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(12), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T16:00:00Z", end="2026-11-12T19:15:00Z",
           contact="priya.raman@haulbridge.com", company="Haulbridge",
           local="Thu 2026-11-12 11:00", local_end="2026-11-12 14:15", zone=ET,
           note="GoodTime virtual onsite, three sessions on Thursday, November 12 '11:00 AM - 2:15 PM "
                "Eastern Time' (first start to last end); Haulbridge is in Chicago but GoodTime shows the "
                "candidate's zone, EST = UTC-5; contact = Reply-To coordinator")
def m12() -> bytes:
    body = t("""
        Hi Marcus,

        Your virtual onsite with Haulbridge for the Senior Dispatcher (Remote - East) role is
        confirmed. All times are shown in Eastern Time (your time zone).

        Thursday, November 12, 2026

          11:00 AM - 11:45 AM   Dispatch scenario exercise
                                Mike Dunleavy, Dispatch Manager
          12:00 PM - 12:45 PM   Carrier relations
                                Toni Avila, Carrier Success Lead
          1:30 PM - 2:15 PM     Values and team fit
                                Priya Raman, Recruiting Coordinator, and Grant Holloway, VP Operations

        Each session has its own Zoom link in the calendar invites you'll receive from
        Google Calendar. Please have your preferred load board open for the scenario exercise.

        If you need to change anything, reply to this email.

        Priya Raman
        Recruiting Coordinator, Haulbridge
        Sent with GoodTime
        """)
    hbody = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marcus,</p>
        <p>Your virtual onsite with <b>Haulbridge</b> for the Senior Dispatcher (Remote - East) role is confirmed. All times are shown in <b>Eastern Time</b> (your time zone).</p>
        <p style="font-size:16px"><b>Thursday, November 12, 2026</b></p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>11:00 AM - 11:45 AM</td><td>Dispatch scenario exercise<br><span style="color:#666">Mike Dunleavy, Dispatch Manager</span></td></tr>
        <tr><td>12:00 PM - 12:45 PM</td><td>Carrier relations<br><span style="color:#666">Toni Avila, Carrier Success Lead</span></td></tr>
        <tr><td>1:30 PM - 2:15 PM</td><td>Values and team fit<br><span style="color:#666">Priya Raman, Recruiting Coordinator, and Grant Holloway, VP Operations</span></td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invites you'll receive from Google Calendar. Please have your preferred load board open for the scenario exercise.</p>
        <p>If you need to change anything, reply to this email.</p>
        <p>Priya Raman<br>Recruiting Coordinator, Haulbridge</p>
        <p style="font-size:11px;color:#999">Sent with GoodTime</p>
        </div>
        """)
    hs = head(addr("Priya Raman (via GoodTime)", "scheduling@goodtime.io"),
              "Confirmed: Your virtual onsite with Haulbridge - Thursday, November 12",
              "2026-11-05 12:31:47", CT, "<20261105183147.3f9a71c2e5@mail.goodtime.io>",
              relay="mail.goodtime.io (mail.goodtime.io [149.72.44.210])", ident="Vb7nHc1J",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@haulbridge.com")),))
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(13), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-09-28T19:00:00Z", end="2026-09-28T19:30:00Z",
           contact="lena.burkhart@volunteercoldchain.com", company="Volunteer Cold Chain",
           local="Mon 2026-09-28 15:00", local_end="2026-09-28 15:30", zone=ET,
           note="SmartRecruiters confirmation, HTML only + .ics, 'Mon, Sep 28, 2026 3:00 PM - 3:30 PM "
                "(GMT-04:00) America/New_York'; contact = ICS organizer / hiring manager address in body")
def m13() -> bytes:
    hbody = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hello Marcus,</p>
        <p>Your interview for <b>Cold Chain Dispatcher</b> at <b>Volunteer Cold Chain</b> has been confirmed.</p>
        <table style="background:#f7f9fb;padding:12px;border-radius:6px">
        <tr><td><b>Date &amp; time</b></td><td>Mon, Sep 28, 2026 3:00 PM - 3:30 PM (GMT-04:00) America/New_York</td></tr>
        <tr><td><b>Type</b></td><td>Phone interview</td></tr>
        <tr><td><b>Interviewer</b></td><td>Lena Burkhart, Dispatch Manager (lena.burkhart@volunteercoldchain.com)</td></tr>
        <tr><td><b>Phone</b></td><td>Lena will call you at the number on your application.</td></tr>
        </table>
        <p>We've attached a calendar file so you can add the interview to your calendar.</p>
        <p>Good luck!<br>Volunteer Cold Chain Hiring Team</p>
        <p style="font-size:11px;color:#888">Powered by SmartRecruiters &middot; <a href="https://jobs.smartrecruiters.com/privacy">Privacy</a></p>
        </body></html>
        """)
    ics = vevent_cal(
        prodid="-//SmartRecruiters//Interview//EN", method="REQUEST",
        uid="sr-interview-3d0c6e1b-8a4f-4f62-9b11-7e5ad20c9f84", stamp="20260922T133012Z",
        tzid="America/New_York", start="20260928T150000", end="20260928T153000",
        summary="Phone interview: Cold Chain Dispatcher - Volunteer Cold Chain",
        organizer="CN=Lena Burkhart:mailto:lena.burkhart@volunteercoldchain.com",
        attendees=[ME_ATT], location="Phone")
    hs = head(addr("Volunteer Cold Chain", "noreply@smartrecruiters.com"),
              "Interview confirmed: Cold Chain Dispatcher", "2026-09-22 09:30:12", ET,
              "<em.3d0c6e1b8a4f.20260922133012@smartrecruiters.com>",
              relay="mail9.smartrecruiters.com (mail9.smartrecruiters.com [52.28.101.9])", ident="Ye5rPq4M")
    return message(hs, mixed(html(hbody),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(14), family="workable", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T20:00:00Z", end=None,
           contact="cody.renfro@bluffviewbrokerage.com", company="Bluff View Brokerage",
           local="Thu 2026-09-24 16:00", zone=ET,
           note="Workable mail 'Thursday, September 24 at 4:00 PM (EDT)', 'should take about 30 minutes' "
                "so no end; Reply-To is a Workable relay, contact = the manager's address in the body")
def m14() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for applying to Bluff View Brokerage! I'd like to set up a quick phone interview
        for the Carrier Rep / Night Dispatcher role.

        I've booked you for Thursday, September 24 at 4:00 PM (EDT). I'll call the number on your
        resume; it should take about 30 minutes.

        If that time stops working, just let me know - you can reply here or email me directly at
        cody.renfro@bluffviewbrokerage.com.

        Thanks,
        Cody Renfro
        Operations Manager, Bluff View Brokerage
        """)
    hbody = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Marcus,</p>
        <p>Thanks for applying to Bluff View Brokerage! I'd like to set up a quick phone interview for the Carrier Rep / Night Dispatcher role.</p>
        <p>I've booked you for <b>Thursday, September 24 at 4:00 PM (EDT)</b>. I'll call the number on your resume; it should take about 30 minutes.</p>
        <p>If that time stops working, just let me know - you can reply here or email me directly at <a href="mailto:cody.renfro@bluffviewbrokerage.com">cody.renfro@bluffviewbrokerage.com</a>.</p>
        <p>Thanks,<br>Cody Renfro<br>Operations Manager, Bluff View Brokerage</p>
        <hr style="border:none;border-top:1px solid #eee"><p style="font-size:11px;color:#999">Sent via Workable</p>
        </div>
        """)
    hs = head(addr("Cody Renfro - Bluff View Brokerage", "noreply@candidates.workablemail.com"),
              "Phone interview - Carrier Rep / Night Dispatcher", "2026-09-21 10:12:08", ET,
              "<CAF-wkbl-7h2Kd91.20260921141208@candidates.workablemail.com>",
              relay="mail-out.workablemail.com (mail-out.workablemail.com [54.171.23.40])", ident="Ui3cBn7A",
              extra=(("Reply-To", "bluff-view-brokerage+c4a81f0e92@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(15), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-11-04T15:00:00Z", end="2026-11-04T15:45:00Z",
           contact="elin.sandberg@northlane.se", company="Northlane",
           local="Wed 2026-11-04 16:00", local_end="2026-11-04 16:45", zone="Europe/Stockholm",
           note="Teamtailor invitation from a Stockholm freight-tech company: 'Wednesday 4 November 2026, "
                "16:00-16:45 CET (10:00-10:45 AM EST)'; both sides already on standard time (Europe since "
                "25 Oct, US since 1 Nov), CET = UTC+1; contact = Reply-To recruiter")
def m15() -> bytes:
    body = t("""
        Hi Marcus,

        Great news - we'd love to meet you for the US Carrier Operations Specialist (Remote, East
        Coast) role!

        Video interview
        Wednesday 4 November 2026, 16:00-16:45 CET (10:00-10:45 AM EST)
        With: Elin Sandberg (Talent Acquisition) and Mattias Lund (Head of US Operations)
        Link: https://meet.teamtailor.com/northlane/i/7QxZp2

        We've added a calendar file to this email. If the time no longer suits you, just reply and
        Elin will help you find a new one.

        Best wishes,
        The Northlane team
        """)
    hbody = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1e1e1e">
        <p>Hi Marcus,</p>
        <p>Great news &ndash; we'd love to meet you for the <b>US Carrier Operations Specialist (Remote, East Coast)</b> role!</p>
        <div style="border-left:4px solid #f26d5b;padding-left:12px">
        <b>Video interview</b><br>Wednesday 4 November 2026, 16:00&ndash;16:45 CET (10:00&ndash;10:45 AM EST)<br>
        With: Elin Sandberg (Talent Acquisition) and Mattias Lund (Head of US Operations)<br>
        <a href="https://meet.teamtailor.com/northlane/i/7QxZp2">Join the interview</a></div>
        <p>We've added a calendar file to this email. If the time no longer suits you, just reply and Elin will help you find a new one.</p>
        <p>Best wishes,<br>The Northlane team</p>
        </body></html>
        """)
    ics = vevent_cal(
        prodid="-//Teamtailor//Meetings//EN", method="REQUEST",
        uid="teamtailor-meeting-2281907@teamtailor.com", stamp="20261029T083512Z",
        tzid="Europe/Stockholm", start="20261104T160000", end="20261104T164500",
        summary="Interview: Marcus Bell - US Carrier Operations Specialist",
        organizer="CN=Elin Sandberg:mailto:elin.sandberg@northlane.se",
        attendees=[ME_ATT], location="https://meet.teamtailor.com/northlane/i/7QxZp2")
    hs = head(addr("Northlane", "no-reply@northlane.teamtailor-mail.com"),
              "Interview invitation: US Carrier Operations Specialist", "2026-10-29 09:35:12",
              "Europe/Stockholm", "<meeting-2281907.1793262912@teamtailor-mail.com>",
              relay="mail-out2.teamtailor-mail.com (mail-out2.teamtailor-mail.com [159.112.240.18])",
              ident="Rk8tGv3D",
              extra=(("Reply-To", addr("Elin Sandberg", "elin.sandberg@northlane.se")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(16), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T17:00:00Z", end="2026-10-08T17:30:00Z",
           contact=None, company="Riverbend Parcel",
           local="Thu 2026-10-08 13:00", local_end="2026-10-08 13:30", zone=ET,
           note="Microsoft Bookings from a shared mailbox: 'Thursday, October 8, 2026 1:00 PM-1:30 PM "
                "(UTC-05:00) Eastern Time (US & Canada)'; the label shows the standard offset but October "
                "is EDT (UTC-4), confirmed by the ICS (Eastern Standard Time); staff name only, no "
                "personal address -> contact null")
def m16() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#262626">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hi Marcus Bell,</p>
        <p>Thanks for booking with <b>Riverbend Parcel - Hiring</b>.</p>
        <table cellpadding="4">
        <tr><td style="color:#666">Service</td><td>Dispatch Lead - First Interview (30 min)</td></tr>
        <tr><td style="color:#666">Date and time</td><td>Thursday, October 8, 2026 1:00 PM-1:30 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#666">Staff</td><td>Monique Barrett</td></tr>
        <tr><td style="color:#666">Location</td><td>Riverbend Parcel, 4100 Jersey Pike, Chattanooga, TN 37416</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RiverbendParcelHiring@riverbendparcel.com/bookings/s/manage">Manage booking</a></p>
        <p style="font-size:12px;color:#888">Riverbend Parcel - Hiring &middot; This mailbox is shared by our hiring team.</p>
        </body></html>
        """)
    ics = vevent_cal(
        prodid="Microsoft Exchange Server 2010", method="REQUEST",
        uid="040000008200E00074C5B7101A82E0080000000071C8A3E6E64EDD01000000000000000010000000B42F5C6E",
        stamp="20261005T144805Z", tzid="Eastern Standard Time", start="20261008T130000",
        end="20261008T133000", summary="Dispatch Lead - First Interview (30 min)",
        organizer="CN=Riverbend Parcel - Hiring:mailto:RiverbendParcelHiring@riverbendparcel.com",
        attendees=[f"ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN={ME_NAME}:mailto:{ME}"],
        location="Riverbend Parcel\\, 4100 Jersey Pike\\, Chattanooga\\, TN 37416")
    hs = head(addr("Riverbend Parcel - Hiring", "RiverbendParcelHiring@riverbendparcel.com"),
              "Booking confirmed: Dispatch Lead - First Interview (30 min)", "2026-10-05 10:48:05", ET,
              "<BL1PR11MB53294A77C1E2D96B0F4E8C11B7D92@BL1PR11MB5329.namprd11.prod.outlook.com>",
              relay="NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2072.outbound.protection.outlook.com [40.107.236.72])",
              ident="Ao6pLs9X")
    return message(hs, mixed(html(hbody),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(17), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T13:00:00Z", end=None,
           contact="brandi.coleman@sawyertalent.com", company="Appalachian Produce Haulers",
           local="Tue 2026-10-13 09:00", zone=ET,
           note="Agency recruiter confirms the client interview 'Tuesday at 9am' at the Knoxville "
                "terminal; Date is Thu 8 Oct, so Tuesday = Oct 13, EDT = UTC-4; company = the client; "
                "contact = recruiter (sender)")
def m17() -> bytes:
    body = t("""
        Hey Marcus,

        Good news - Appalachian Produce Haulers wants to meet you! You're confirmed for Tuesday at
        9am at their Knoxville terminal with Dale Whitt (GM) and Carla Osei (Night Ops).

        Address: 5305 Middlebrook Pike, Knoxville, TN 37921. Park out front, not by the reefer
        plugs, and sign in at the guard shack. Dress is business casual - Dale's an old driver,
        he'll care more about how you handle a truck down on I-40 at 2am than about a tie.

        Give me a call after so we can debrief. My cell's 865-555-0129.

        Brandi Coleman
        Senior Recruiter | Sawyer Talent Partners
        Transportation & Supply Chain Search
        """)
    hbody = t("""
        <html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hey Marcus,</p>
        <p>Good news - Appalachian Produce Haulers wants to meet you! You're confirmed for <b>Tuesday at 9am</b> at their Knoxville terminal with Dale Whitt (GM) and Carla Osei (Night Ops).</p>
        <p>Address: 5305 Middlebrook Pike, Knoxville, TN 37921. Park out front, not by the reefer plugs, and sign in at the guard shack. Dress is business casual - Dale's an old driver, he'll care more about how you handle a truck down on I-40 at 2am than about a tie.</p>
        <p>Give me a call after so we can debrief. My cell's 865-555-0129.</p>
        <p>Brandi Coleman<br>Senior Recruiter | Sawyer Talent Partners<br>Transportation &amp; Supply Chain Search</p>
        </div></body></html>
        """)
    hs = head(addr("Brandi Coleman", "brandi.coleman@sawyertalent.com"),
              "You're confirmed - Appalachian Produce Haulers, Tuesday", "2026-10-08 16:47:30", ET,
              "<SA1PR08MB7012E4B9D3A1C05F2E71A6B3C4D19@SA1PR08MB7012.namprd08.prod.outlook.com>",
              relay="NAM04-SA1-obe.outbound.protection.outlook.com (mail-sa1nam04on2118.outbound.protection.outlook.com [40.107.94.118])",
              ident="Df1gHj2K")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(hbody, charset="us-ascii", cte="7bit")))


@make.mail(N(18), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T13:30:00Z", end=None,
           contact="gferrell@chattfreightways.com", company="Chattahoochee Freightways",
           local="Tue 2026-11-17 08:30", zone=ET,
           note="Short iPhone mail from the Atlanta terminal manager, 'see you tomorrow at 8:30' sent Mon "
                "16 Nov 7:05 AM EST -> Tue Nov 17 08:30 EST (UTC-5); contact = sender")
def m18() -> bytes:
    body = t("""
        Marcus,

        Confirming we're on for tomorrow at 8:30 at the Forest Park yard for the night dispatch
        supervisor job. 4770 Kennedy Rd, come around back to the dispatch trailer, not the shop.
        Bring your CDL if you still have it current, I'll want to put you in a tractor for five
        minutes just to see.

        Gus

        Sent from my iPhone
        """)
    hs = head(addr("Gus Ferrell", "gferrell@chattfreightways.com"),
              "Tomorrow", "2026-11-16 07:05:44", ET,
              "<7A2D9E41-0C5B-4F83-9B6E-1D3A8F52C07E@chattfreightways.com>",
              relay="mail-pl1-f172.google.com (mail-pl1-f172.google.com [209.85.214.172])", ident="Mn4bVc6X",
              extra=(("X-Mailer", "iPhone Mail (22B83)"),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-02T16:00:00Z", end=None,
           contact="ltate@redmountaintransport.com", company="Red Mountain Transport",
           local="Mon 2026-11-02 10:00", zone=CT,
           days=(("Fri", "2026-10-30"),),
           note="Birmingham manager moves the interview from Fri Oct 30 10:00 to 'Monday, November 2 at "
                "10:00 our time (11:00 yours)'; sent Oct 28 in CDT, but Monday is after the 1 Nov change: "
                "CST = UTC-6; iso-8859-1 QP body; contact = sender")
def m19() -> bytes:
    body = t("""
        Good afternoon Marcus,

        I hate to do this, but I need to move our Friday interview. We have a DOT compliance
        audit landing on us Friday morning and I can't be out of the room.

        Could we do Monday, November 2 at 10:00 our time instead? That would be 11:00 Eastern for
        you. Same place - our office at 2900 Pinson Valley Pkwy, Birmingham - and same people
        (myself and Earl Banks from safety). I've already cleared it with Earl, so unless I hear
        otherwise, consider Monday at 10:00 locked in.

        I still have your résumé here, no need to bring another copy.

        Thank you for understanding,

        Lorraine Tate
        Director of Operations
        Red Mountain Transport, Inc.
        205-555-0166
        """)
    hs = head(addr("Lorraine Tate", "ltate@redmountaintransport.com"),
              "Change of plans - moving Friday's interview", "2026-10-28 14:18:02", CT,
              "<003b01dd4712$5c8e1a20$15aa4e60$@redmountaintransport.com>",
              relay="smtp.redmountaintransport.com (smtp.redmountaintransport.com [66.82.141.17])",
              ident="Xc8vBn1M", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(20), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-12-03T19:00:00Z", end=None,
           contact="nbrewer@tnvalleyrail.com", company="Tennessee Valley Rail Services",
           local="Thu 2026-12-03 14:00", zone=ET,
           note="Human cancellation of 'Thursday's 2 PM interview', Date Mon 30 Nov -> Thu Dec 3 14:00 EST "
                "(UTC-5); position on hold; labelled with the cancelled slot; contact = sender")
def m20() -> bytes:
    body = t("""
        Hi Marcus,

        I'm afraid I have to cancel Thursday's 2 PM interview for the Yard Operations
        Coordinator position. We found out this morning that the requisition has been put on
        hold through the end of Q1 while corporate finalizes next year's budget.

        This isn't a reflection on you at all - your background in LTL dispatch is exactly what we
        were looking for. If the role opens back up I'll reach out to you first.

        Sorry for the short notice, and thanks for understanding.

        Nate Brewer
        Terminal Superintendent
        Tennessee Valley Rail Services
        """)
    hs = head(addr("Nate Brewer", "nbrewer@tnvalleyrail.com"),
              "Thursday's interview - cancelling, sorry", "2026-11-30 11:26:19", ET,
              "<CAH3pQ+Tn7wzKfX2yGr1Lm0ZbV8aqS4dNe6uYc5oRjH9tPwE2kA@mail.gmail.com>",
              relay="mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])", ident="Tp2wEr3Q")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(21), family="workday", lang="en", interview=True, kind="cancelled",
           start="2026-10-07T14:00:00Z", end="2026-10-07T15:00:00Z",
           contact="jasmine.ortiz@peachtreeintermodal.com", company="Peachtree Intermodal",
           local="Wed 2026-10-07 10:00", local_end="2026-10-07 11:00", zone=ET,
           note="Workday cancellation of the second-round interview 'Wednesday, October 7, 2026 10:00 AM - "
                "11:00 AM Eastern Time' with a METHOD:CANCEL ICS; EDT = UTC-4; contact = recruiter in body")
def m21() -> bytes:
    hbody = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <h2 style="font-weight:500;color:#005cb9">Interview Cancelled</h2>
        <p>Dear Marcus Bell,</p>
        <p>The following interview for the <b>Transportation Planner (Req R-10482)</b> position has been cancelled:</p>
        <p><b>Date:</b> Wednesday, October 7, 2026<br>
        <b>Time:</b> 10:00 AM - 11:00 AM Eastern Time<br>
        <b>Interviewers:</b> Wendell Pruitt, Sandra Oyelaran</p>
        <p>Your recruiter will reach out regarding next steps. For questions, contact Jasmine Ortiz at <a href="mailto:jasmine.ortiz@peachtreeintermodal.com">jasmine.ortiz@peachtreeintermodal.com</a>.</p>
        <p>Sincerely,<br>Peachtree Intermodal Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    ics = vevent_cal(
        prodid="-//Workday//Recruiting//EN", method="CANCEL",
        uid="WD-INT-R10482-000771@peachtreeintermodal.myworkday.com", stamp="20261005T190412Z",
        tzid="America/New_York", start="20261007T100000", end="20261007T110000",
        summary="Interview: Transportation Planner (R-10482) - Marcus Bell",
        organizer="CN=Peachtree Intermodal:mailto:peachtreeintermodal@myworkday.com",
        attendees=[ME_ATT], seq=2, status="CANCELLED", location="Microsoft Teams")
    hs = head(addr("Peachtree Intermodal", "peachtreeintermodal@myworkday.com"),
              "Interview Cancelled - Transportation Planner (R-10482)", "2026-10-05 15:04:12", ET,
              "<1961588230.551902.1791227052331@wd5-prod-ash.workday.com>",
              relay="wd5-mta-01.myworkday.com (wd5-mta-01.myworkday.com [199.36.84.11])", ident="Jk5lMn6B")
    return message(hs, mixed(html(hbody, cte="base64"),
                             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                      disposition="attachment")))


@make.mail(N(22), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-12-07T18:00:00Z", end=None,
           contact="tjones@sceniccityauto.com", company="Scenic City Auto Transport",
           local="Mon 2026-12-07 13:00", zone=ET,
           note="Marcus forwards (iPhone 'Begin forwarded message:') a recruiter's confirmation to himself: "
                "'Monday, December 7 at 1:00 PM'; local Chattanooga employer, EST = UTC-5; 'plan on about an "
                "hour' -> no end; contact = the human in the forwarded header, never the owner")
def m22() -> bytes:
    body = t("""
        Save this one - parking info at the bottom

        Sent from my iPhone

        Begin forwarded message:

        > From: Tamika Jones <tjones@sceniccityauto.com>
        > Date: December 2, 2026 at 3:41:09 PM EST
        > To: Marcus Bell <marcus.bell@example.com>
        > Subject: Interview - Car Haul Dispatcher
        >
        > Hi Marcus,
        >
        > Thank you for getting back to me so quickly. You are confirmed for an interview on
        > Monday, December 7 at 1:00 PM with myself and our Dispatch Manager, Jerome Pickett.
        > Please plan on about an hour.
        >
        > We're at 1850 Polymer Dr, Chattanooga, TN 37421. Park in the visitor spaces by the
        > blue awning and call me at 423-555-0112 when you get here - the lobby door stays
        > locked.
        >
        > Tamika Jones
        > HR Generalist, Scenic City Auto Transport
        """)
    hs = head(TO, "Fwd: Interview - Car Haul Dispatcher", "2026-12-02 18:02:37", ET,
              "<E91C4F2A-6D0B-4A77-8E3C-2B5F1D9A07C4@example.com>",
              relay="mail-qk1-f181.example.com (mail-qk1-f181.example.com [203.0.113.181])", ident="Lp9oKi8U",
              to=TO, extra=(("X-Mailer", "iPhone Mail (22C152)"),))
    return message(hs, text(body, cte="8bit"))


@make.mail(N(23), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-12-11T16:00:00Z", end=None,
           contact="andre.whitlock@musiccityfulfillment.com", company="Music City Fulfillment",
           local="Fri 2026-12-11 10:00", zone=CT,
           days=(("Thu", "2026-12-10"),),
           note="Hiring manager's short reply on top of the quoted thread: 'Friday the 11th at 10 Central it "
                "is'; Nashville, CST = UTC-6; contact = the sender (human sender before the cc'd recruiter "
                "quoted below)")
def m23() -> bytes:
    body = t("""
        Marcus,

        Friday the 11th at 10 Central it is. Holly will send the Teams invite, but put it on your
        calendar now. Looking forward to it.

        Andre Whitlock
        Director, Transportation
        Music City Fulfillment

        On Thu, Dec 3, 2026 at 8:14 PM Marcus Bell <marcus.bell@example.com> wrote:
        > Hi Holly and Andre,
        >
        > Thanks for the quick turnaround. Friday the 11th at 10 CT works best for me - I'm on
        > the early shift that day and will be off by then.
        >
        > Marcus
        >
        > On Thu, Dec 3, 2026 at 11:02 AM Holly Vance <holly.vance@musiccityfulfillment.com> wrote:
        >> Hi Marcus,
        >>
        >> Andre would like to meet with you over Teams for the Transportation Supervisor role.
        >> Would Thursday the 10th at 2 CT or Friday the 11th at 10 CT work for you? It'll be
        >> about 45 minutes.
        >>
        >> Thanks,
        >> Holly Vance
        >> Talent Acquisition, Music City Fulfillment
        """)
    hs = head(addr("Andre Whitlock", "andre.whitlock@musiccityfulfillment.com"),
              "Re: Interview availability - Transportation Supervisor", "2026-12-04 07:48:10", CT,
              "<CAM8vK1qR2sT3uV4wX5yZ6aB7cD8eF9gH0iJ1kL2mN3oP@mail.gmail.com>",
              relay="mail-yb1-f180.google.com (mail-yb1-f180.google.com [209.85.219.180])", ident="Qw1eRt2Y",
              extra=(("Cc", addr("Holly Vance", "holly.vance@musiccityfulfillment.com")),
                     ("In-Reply-To", "<CAJx7pQm3Z9vKr0Lw2bT8nYs4Fh6Gd1eUa5cRi2oEk9Wq@mail.gmail.com>"),
                     ("References", "<CAKq2nL9sT4vXw1Yz3bA6cD0eF8gH2iJ5kL7mN9oP1qR@mail.gmail.com> "
                                    "<CAJx7pQm3Z9vKr0Lw2bT8nYs4Fh6Gd1eUa5cRi2oEk9Wq@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives (24-50)


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Lanewise",
           note="Ashby rejection after the hiring-manager interview (thread of the Nov 3 Calendly "
                "reschedule); no new time")
def m24() -> bytes:
    body = t("""
        Hi Marcus,

        Thank you for taking the time to speak with Owen and learn more about the Carrier Sales
        Ops role at Lanewise. We really enjoyed our conversation last week.

        After a lot of thought, we've decided to move forward with candidates whose experience is
        a closer match for what the team needs right now - in particular, hands-on time with our
        TMS and API-based tendering.

        We'll keep your profile on file, and we'd be glad to hear from you again if you see another
        opening that fits.

        All the best,
        The Lanewise Recruiting Team
        """)
    hbody = "<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Lanewise", "no-reply@ashbyhq.com"), "Your application to Lanewise",
              "2026-11-10 13:14:51", "America/Los_Angeles",
              "<010001934f8a1c27-8d1e5b3a-4c02-4f7a-91e6-2b0c7d3f5a18-000000@email.amazonses.com>",
              relay="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              ident="Hn3jKl4M")
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Cumberland Carriers",
           days=(("Wed", "2026-10-21"),),
           note="Recruiter's personal rejection after the Nashville onsite of Wed Oct 21; past date only")
def m25() -> bytes:
    body = t("""
        Hi Marcus,

        I wanted to reach out personally rather than have you get a form letter. Thank you again
        for driving over to Nashville on Wednesday the 21st - Ray and Tonya both said you were
        one of the most prepared candidates we saw.

        In the end we offered the Dispatch Supervisor job to someone who has been running our
        night desk on a contract basis, and he accepted yesterday. It was a close call.

        Ray asked me to tell you he'd be glad to be a reference-by-conversation if you ever need
        one, and I'd like to keep you in mind for the Chattanooga cross-dock we're opening next
        summer.

        Take care,
        Kelsey

        Kelsey Prater
        Recruiter, Cumberland Carriers
        """)
    hs = head(addr("Kelsey Prater", "kelsey.prater@cumberlandcarriers.com"),
              "Dispatch Supervisor - update", "2026-10-28 16:05:27", CT,
              "<CAB9tY2uI3oP4aS5dF6gH7jK8lZ9xC0vB1nM2qW3eR4tY5u@mail.gmail.com>",
              relay="mail-lj1-f178.google.com (mail-lj1-f178.google.com [209.85.208.178])", ident="Zx5cVb6N")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="rejection", lang="en", interview=False, company="Southern Appalachian Railway",
           note="Taleo requisition-closed rejection, iso-8859-1 plain text; no interview was held")
def m26() -> bytes:
    body = t("""
        Dear Marcus Bell,

        Thank you for your interest in the position of Crew Dispatcher - Chattanooga (Requisition
        2600431) with Southern Appalachian Railway.

        We have carefully reviewed your qualifications and have decided to pursue other candidates
        whose experience more closely matches the requirements of this position at this time.

        We encourage you to continue to visit our Careers site and apply for future openings for
        which you are qualified. Your profile will remain active in our system for twelve months.

        We wish you success in your career search.

        Sincerely,

        Talent Acquisition
        Southern Appalachian Railway Company

        This is an automated message. Please do not reply. © 2026 Southern Appalachian Railway
        """)
    hs = head(addr("Southern Appalachian Railway", "sar-careers@taleo.net"),
              "Your application for Crew Dispatcher - Chattanooga (2600431)", "2026-10-19 06:02:13", ET,
              "<1771903514.8812.1792404133427.JavaMail.taleo@ph2tlprdapp31>",
              relay="phx-mta07.taleo.net (phx-mta07.taleo.net [160.34.16.207])", ident="Wq8eRt9Y")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(27), family="application_receipt", lang="en", interview=False,
           company="Harbor & Rail Forwarding",
           note="Recruitee application receipt for a Dutch forwarder's Atlanta office; nothing scheduled")
def m27() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for applying for the position of Ocean Export Dispatcher (Atlanta) at Harbor & Rail
        Forwarding! We've received your application and our team will review it in the coming
        days.

        What happens next?
        - We review every application by hand, usually within two weeks.
        - If your profile is a match, a recruiter will contact you to plan a first conversation.

        In the meantime, you can read more about life at Harbor & Rail on our careers page:
        https://harborandrail.recruitee.com

        Kind regards,
        Harbor & Rail Forwarding - Talent Team
        """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Harbor & Rail Forwarding", "no-reply@recruitee.com"),
              "We've received your application - Ocean Export Dispatcher (Atlanta)",
              "2026-09-03 14:33:02", "Europe/Amsterdam", "<recruitee.app.8812041.1788438782@mail.recruitee.com>",
              relay="mail-out.recruitee.com (mail-out.recruitee.com [34.90.17.66])", ident="Ty1uIo2P")
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(28), family="application_receipt", lang="en", interview=False,
           company="Southern Appalachian Railway",
           note="Taleo application receipt (same requisition as the later rejection); nothing scheduled")
def m28() -> bytes:
    body = t("""
        Dear Marcus Bell,

        Thank you for applying for Crew Dispatcher - Chattanooga (Requisition 2600431). Your
        application has been successfully submitted.

        Please note that due to the volume of applications we receive, only candidates selected
        for an interview will be contacted. You can check the status of your application at any
        time by logging in to the Southern Appalachian Railway Careers section.

        Reference number: 2600431-MB-77412

        Sincerely,
        Talent Acquisition
        Southern Appalachian Railway Company

        This is an automated message. Please do not reply.
        """)
    hs = head(addr("Southern Appalachian Railway", "sar-careers@taleo.net"),
              "Application Received - Crew Dispatcher - Chattanooga (2600431)", "2026-09-09 21:47:30", ET,
              "<1771903514.2205.1789004850112.JavaMail.taleo@ph2tlprdapp28>",
              relay="phx-mta03.taleo.net (phx-mta03.taleo.net [160.34.16.203])", ident="As3dFg4H")
    return message(hs, text(body, charset="iso-8859-1", cte="7bit"))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board alert (HTML only, base64) listing dispatcher jobs; emoji subject in RFC 2047")
def m29() -> bytes:
    jobs = [("Night Dispatcher", "Covenant Ridge Trucking", "Chattanooga, TN", "$52K - $60K"),
            ("Fleet Dispatcher - Dedicated", "Pinnacle Lane Express", "Cleveland, TN", "$24 - $28/hr"),
            ("Logistics Coordinator", "Hixson Metal Works", "Chattanooga, TN", ""),
            ("Intermodal Dispatcher", "Gateway Drayage", "Dalton, GA", "$55K"),
            ("Transportation Supervisor", "Eastgate Foods", "Chattanooga, TN", "$68K - $75K")]
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="https://www.loadboardcareers.example/job/{i}'
        f'" style="font-weight:bold;color:#0a58ca">{title}</a><br>{co} &middot; {loc}'
        + (f"<br><span style=\"color:#2e7d32\">{pay}</span>" if pay else "") + "</td></tr>"
        for i, (title, co, loc, pay) in enumerate(jobs, 4410))
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;background:#fafafa">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td><h2 style="margin:0">12 new jobs for "dispatcher" near Chattanooga, TN</h2>
        <p style="color:#666">Posted in the last 24 hours</p></td></tr>
        """) + rows + t("""

        <tr><td style="padding-top:16px"><a href="https://www.loadboardcareers.example/search?q=dispatcher&amp;l=Chattanooga">See all 12 jobs</a></td></tr>
        <tr><td style="font-size:11px;color:#999;padding-top:20px">You are receiving this alert because you created a job alert on LoadBoard Careers. <a href="https://www.loadboardcareers.example/alerts/unsubscribe">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("LoadBoard Careers", "alerts@loadboardcareers.com"),
              "🚚 12 new dispatcher jobs near Chattanooga, TN", "2026-09-14 07:00:12", ET,
              "<20260914110012.48817.alert@loadboardcareers.com>",
              relay="mta-12.loadboardcareers.com (mta-12.loadboardcareers.com [198.51.100.12])", ident="Gh5jKl6Z",
              extra=(("List-Unsubscribe", "<https://www.loadboardcareers.example/alerts/unsubscribe>"),))
    return message(hs, html(hbody, cte="base64"))


@make.mail(N(30), family="job_alert", lang="en", interview=False, company=None,
           note="Job-site alert for logistics roles near Knoxville; plain text + HTML")
def m30() -> bytes:
    body = t("""
        Jobs picked for you, Marcus

        Transportation Planner - Knoxville, TN - Ridgeway Beverage Co. - Easy Apply
        Dispatch Manager (Days) - Lenoir City, TN - Tri-Valley Concrete
        Logistics Analyst - Knoxville, TN - Foothills Medical Supply - 3 days ago
        Carrier Procurement Specialist - Remote (US) - Shipright

        View all jobs: https://www.jobnest.example/alerts/84417

        You're receiving this email because you saved the search "dispatch manager" near
        Knoxville, TN. Manage alerts: https://www.jobnest.example/settings/alerts
        JobNest, 500 Church St, Nashville, TN 37219
        """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("JobNest", "jobs-noreply@jobnest.com"), "Marcus, 4 new jobs match \"dispatch manager\"",
              "2026-10-22 08:15:40", CT, "<0.1.8B.3F2.1DD4A12C9E7F6B0.0@mta3.jobnest.com>",
              relay="mta3.jobnest.com (mta3.jobnest.com [198.51.100.33])", ident="Bn7mQw8E")
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(31), family="newsletter_tips", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Freight-industry newsletter with an interview-tips column and a webinar date; not an interview")
def m31() -> bytes:
    body = t("""
        DISPATCH DESK WEEKLY - Issue 212 - October 6, 2026

        THIS WEEK
        * Spot rates: dry van flat for a third week, reefer up 4 cents out of the Southeast
        * Hours-of-service: what the new ELD exemption request means for short-haul fleets
        * Career Corner: 7 questions every dispatch manager interview will ask

        CAREER CORNER
        Interviewing for a dispatch lead role? Expect a scenario question ("A driver calls at
        2 a.m., broken down outside Birmingham with a load due in Atlanta at 6...") and be ready
        to walk through how you'd recover the load, who you'd call, and what you'd tell the
        customer. Hiring managers want to hear numbers: on-time %, loads per dispatcher, deadhead.

        LIVE WEBINAR
        "From Dispatcher to Ops Manager" - Thursday, Oct 15 at 1 p.m. ET. Free for subscribers.
        Register: https://dispatchdeskweekly.example/webinars/ops-manager

        You're receiving this because you subscribed at dispatchdeskweekly.example.
        Unsubscribe: https://dispatchdeskweekly.example/u/4f1e9a
        """)
    hbody = "<html><body style=\"font-family:Georgia,serif;font-size:15px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Dispatch Desk Weekly", "newsletter@dispatchdeskweekly.com"),
              "Reefer rates tick up + 7 questions every dispatch manager interview asks",
              "2026-10-06 06:30:00", ET, "<issue212.20261006103000@dispatchdeskweekly.com>",
              relay="mail.dispatchdeskweekly.com (mail.dispatchdeskweekly.com [198.51.100.71])", ident="Uj8iKo9L",
              extra=(("List-Unsubscribe", "<https://dispatchdeskweekly.example/u/4f1e9a>"),
                     ("List-Id", "Dispatch Desk Weekly <weekly.dispatchdeskweekly.com>")))
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(32), family="recruiter_outreach", lang="en", interview=False, company="Crossdock Search Group",
           note="Agency cold outreach for a Memphis role; asks for availability, nothing fixed")
def m32() -> bytes:
    body = t("""
        Hi Marcus,

        I came across your profile and your LTL dispatch background at a regional carrier caught
        my eye. I'm working with a top-25 asset-based carrier on a Night Dispatch Manager opening
        in Memphis - team of 9, $78-88K plus bonus, relocation offered.

        Would you be open to a quick 15-minute call this week or next to hear more? If so, just
        send me a couple of times that work and the best number to reach you.

        Best regards,

        Derek Lindqvist
        Principal Recruiter | Crossdock Search Group
        derek@crossdocksearch.com | 901-555-0148
        """)
    hs = head(addr("Derek Lindqvist", "derek@crossdocksearch.com"),
              "Night Dispatch Manager - Memphis (relocation)", "2026-09-21 09:02:45", CT,
              "<PH0PR17MB4521C3E7F18A2D6B9E0F4A21D7E83@PH0PR17MB4521.namprd17.prod.outlook.com>",
              relay="NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2139.outbound.protection.outlook.com [40.107.94.139])",
              ident="Op0aSd1F")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(33), family="availability_request", lang="en", interview=False,
           company="Music City Fulfillment",
           days=(("Thu", "2026-12-10"), ("Fri", "2026-12-11")),
           note="Recruiter proposes two slots (Thu 10th 2 CT / Fri 11th 10 CT); nothing confirmed yet - the "
                "confirmation comes in a later reply")
def m33() -> bytes:
    body = t("""
        Hi Marcus,

        Andre would like to meet with you over Teams for the Transportation Supervisor role.
        Would Thursday the 10th at 2 CT or Friday the 11th at 10 CT work for you? It'll be about
        45 minutes.

        Thanks,
        Holly Vance
        Talent Acquisition, Music City Fulfillment
        """)
    hs = head(addr("Holly Vance", "holly.vance@musiccityfulfillment.com"),
              "Interview availability - Transportation Supervisor", "2026-12-03 10:02:31", CT,
              "<CAKq2nL9sT4vXw1Yz3bA6cD0eF8gH2iJ5kL7mN9oP1qR@mail.gmail.com>",
              relay="mail-oi1-f169.google.com (mail-oi1-f169.google.com [209.85.167.169])", ident="Gf2hJk3L",
              extra=(("Cc", addr("Andre Whitlock", "andre.whitlock@musiccityfulfillment.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="availability_request", lang="en", interview=False,
           company="Ridgeline Freight Systems",
           note="Greenhouse 'please share your availability' link before the Sep 15 interview; nothing fixed")
def m34() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for your interest in the Senior Dispatcher role at Ridgeline Freight Systems! We'd
        like to set up a 45-minute conversation with Carl Jennings, our Director of Dispatch
        Operations.

        Please use the link below to let us know when you're available over the next two weeks:

        https://app.greenhouse.io/availability/8c2f0d71b4e3a95e/submit

        Once we receive your availability, we'll send a calendar confirmation.

        Best,
        Dana Whitfield
        Talent Acquisition Partner | Ridgeline Freight Systems
        """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Ridgeline Freight Systems", "no-reply@greenhouse.io"),
              "Please share your availability: Senior Dispatcher at Ridgeline Freight Systems",
              "2026-09-08 13:05:22", ET,
              "<0100019a51e0b1d4-2c7a9e10-55f3-4b0e-8d4c-9f1a3e6b2d07-000000@email.amazonses.com>",
              relay="a8-40.smtp-out.amazonses.com (a8-40.smtp-out.amazonses.com [54.240.8.40])", ident="Ze4xCv5B",
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@ridgelinefreight.com")),))
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(35), family="scheduling_link", lang="en", interview=False, company="Haulbridge",
           note="Haulbridge recruiter sends a Calendly link to pick a screening slot; nothing booked")
def m35() -> bytes:
    body = t("""
        Hi Marcus,

        Thanks for applying to the Senior Dispatcher (Remote - East) role at Haulbridge - your
        background on the Southeast lanes is exactly what we're looking for.

        Next step is a 30-minute intro call with me. Grab whatever time works for you here:
        https://calendly.com/priya-raman-haulbridge/intro-30

        If nothing there fits, reply with a few windows and I'll make it work.

        Cheers,
        Priya Raman
        Recruiting Coordinator, Haulbridge
        """)
    hs = head(addr("Priya Raman", "priya.raman@haulbridge.com"),
              "Haulbridge - next step for Senior Dispatcher", "2026-10-20 15:41:09", CT,
              "<CAN4dF5gH6jK7lZ8xC9vB0nM1qW2eR3tY4uI5oP6aS7d@mail.gmail.com>",
              relay="mail-io1-f51.google.com (mail-io1-f51.google.com [209.85.166.51])", ident="Nm6bVc7X")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(36), family="auto_reply", lang="en", interview=False, company="Ridgeline Freight Systems",
           days=(("Mon", "2026-09-21"),),
           note="Out-of-office auto-reply from the Ridgeline recruiter to Marcus's thank-you note")
def m36() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office at a recruiting event through Monday,
        September 21, with limited access to email. I will respond as soon as possible after I
        return.

        For urgent hiring matters, please contact our Talent Acquisition team at
        recruiting@ridgelinefreight.com.

        Dana Whitfield
        """)
    hs = head(addr("Dana Whitfield", "dana.whitfield@ridgelinefreight.com"),
              "Automatic reply: Thank you - Senior Dispatcher interview", "2026-09-16 08:12:03", ET,
              "<MN2PR04MB6894A1C7E3D5F20B8C91E4D3A6B72@MN2PR04MB6894.namprd04.prod.outlook.com>",
              relay="NAM02-MN2-obe.outbound.protection.outlook.com (mail-mn2nam02on2117.outbound.protection.outlook.com [40.107.92.117])",
              ident="Lk8jHg9F",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAP1qW2eR3tY4uI5oP6aS7dF8gH9jK0lZ1xC2vB3nM4@mail.gmail.com>")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(37), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) bouncing Marcus's thank-you to a mistyped address after the Knoxville "
                "interview; the returned message is attached as message/rfc822")
def m37() -> bytes:
    orig_body = t("""
        Hi Trent,

        Thanks again for the time this morning and for the walk through the cross-dock. After
        seeing the 2nd-shift setup I'm even more interested in the coordinator role - I think my
        experience building the load board at my current job would translate well.

        Looking forward to hearing from you.

        Marcus Bell
        423-555-0187
        """)
    orig = message([("From", TO), ("To", addr("Trent Maddox", "trent.maddox@smokyhollowdc.co")),
                    ("Subject", "Thank you - Logistics Coordinator interview"),
                    ("Date", date("2026-10-01 14:02:55", ET)),
                    ("Message-ID", "<CAP7xT0wJ5nQ2kR9mB4vL1sE8hD3fG6aZ0cY7uI2oP5@mail.example.com>")],
                   text(orig_body, charset="us-ascii", cte="7bit"))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to trent.maddox@smokyhollowdc.co because the domain
        smokyhollowdc.co couldn't be found. Check for typos or unnecessary spaces and try again.

        The response was:

        DNS Error: DNS type 'mx' lookup of smokyhollowdc.co responded with code NXDOMAIN
        Domain name not found: smokyhollowdc.co
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.com
        Received-From-MTA: dns; mail.example.com
        Arrival-Date: Thu, 01 Oct 2026 14:02:56 -0400

        Final-Recipient: rfc822; trent.maddox@smokyhollowdc.co
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of smokyhollowdc.co responded with code NXDOMAIN
        Last-Attempt-Date: Thu, 01 Oct 2026 14:02:58 -0400
        """)
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@example.com"),
              "Delivery Status Notification (Failure)", "2026-10-01 14:02:58", ET,
              "<6a1f0c2e.b0d1.4e9a.8c3f.dsn@mx.example.com>",
              relay="mx.example.com (mx.example.com [203.0.113.10])", ident="Dsn1Fail",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@make.mail(N(38), family="offer", lang="en", interview=False, company="Haulbridge",
           days=(("Tue", "2026-11-24"),),
           note="Offer letter for signature after the virtual onsite; a response deadline, no interview")
def m38() -> bytes:
    body = t("""
        Hi Marcus,

        On behalf of the whole ops team - congratulations! We're thrilled to offer you the role of
        Senior Dispatcher (Remote - East) at Haulbridge.

        Your offer letter is ready for review and signature in DocuSign:
        https://na4.docusign.example/Signing/?ti=7b2e91c0f4a84d1e

        Highlights:
        - Base salary: $71,500
        - Quarterly performance bonus up to 8%
        - Start date: Monday, January 4, 2027
        - Home-office stipend and company laptop

        The offer is contingent on a background check and drug screen; ClearPath Screening will
        email you directly with instructions. Please let us know your decision by Tuesday,
        November 24.

        Grant and Mike will both reach out this week to say hello. Welcome aboard (we hope)!

        Priya Raman
        Recruiting Coordinator, Haulbridge
        """)
    hs = head(addr("Priya Raman", "priya.raman@haulbridge.com"),
              "Your offer from Haulbridge", "2026-11-20 11:30:00", CT,
              "<CAR7tY8uI9oP0aS1dF2gH3jK4lZ5xC6vB7nM8qW9eR0t@mail.gmail.com>",
              relay="mail-pf1-f171.google.com (mail-pf1-f171.google.com [209.85.210.171])", ident="Of2fEr3T")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Dentist appointment reminder with a fixed time; not an interview")
def m39() -> bytes:
    body = t("""
        Hi Marcus,

        This is a friendly reminder of your upcoming appointment:

        Tuesday, October 20, 2026 at 8:00 AM
        Dr. Hannah Pruett - Cleaning & Exam
        Signal Mountain Family Dental
        1104 Taft Hwy, Signal Mountain, TN 37377

        Reply C to confirm or call us at 423-555-0150 to reschedule. Please arrive 10 minutes
        early and bring your updated insurance card.

        See you soon!
        """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Signal Mountain Family Dental", "reminders@smfdental.com"),
              "Appointment reminder: Tuesday, October 20 at 8:00 AM", "2026-10-16 10:00:05", ET,
              "<rem.20261016140005.99120@smfdental.com>",
              relay="smtp.patientreminders.example (smtp.patientreminders.example [198.51.100.140])",
              ident="Den7Tal8")
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="School parent-teacher conference sign-up confirmation; a fixed time, not an interview")
def m40() -> bytes:
    body = t("""
        Hello Marcus Bell,

        You're signed up! Here are the details:

        Brainerd Hills Elementary - Fall Parent-Teacher Conferences
        Ms. Alvarez - 3rd Grade (Room 114)

        Slot: Thursday, October 22, 2026, 4:15 PM - 4:30 PM (Eastern)
        Student: Jaylen Bell

        Need to make a change? Edit your sign-up:
        https://www.signupspot.example/go/8bc0e4/edit

        Thanks,
        SignUpSpot on behalf of Brainerd Hills Elementary PTA
        """)
    hs = head(addr("SignUpSpot", "no-reply@signupspot.com"),
              "Confirmation: Fall Parent-Teacher Conferences - Ms. Alvarez", "2026-10-12 20:41:17", ET,
              "<c8f1a2b4.20261013004117@signupspot.com>",
              relay="o12.mail.signupspot.com (o12.mail.signupspot.com [198.51.100.212])", ident="Ptc4Conf")
    return message(hs, text(body, cte="base64"))


@make.mail(N(41), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Sat", "2026-10-03"),),
           note="Car service appointment confirmation; fixed time, not an interview")
def m41() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#b71c1c">Your appointment is confirmed</h2>
        <p>Hi Marcus,</p>
        <p>Thanks for scheduling with <b>Hixson Tire &amp; Auto</b>.</p>
        <p><b>Saturday, October 3, 2026 at 9:00 AM</b><br>
        Vehicle: 2017 Ford F-150 XLT<br>
        Services: Oil change (synthetic), tire rotation, check front brakes - squealing</p>
        <p>5120 Hixson Pike, Hixson, TN 37343 &middot; (423) 555-0193</p>
        <p>Estimated wait: 60-90 minutes. Free Wi-Fi and coffee in the lobby.</p>
        </body></html>
        """)
    hs = head(addr("Hixson Tire & Auto", "service@hixsontireauto.com"),
              "Appointment confirmed - Sat, Oct 3 at 9:00 AM", "2026-09-30 17:22:48", ET,
              "<appt-55120.20260930212248@shopmail.example>",
              relay="mail.shopmail.example (mail.shopmail.example [198.51.100.88])", ident="Car5Svc6")
    return message(hs, html(hbody))


@make.mail(N(42), family="background_check", lang="en", interview=False, company=None,
           days=(("Tue", "2026-12-01"),),
           note="Pre-employment drug-screen appointment from a screening vendor after the Haulbridge offer; "
                "a fixed time but not an interview; sender is not the employer -> company null")
def m42() -> bytes:
    body = t("""
        Marcus Bell,

        Your pre-employment drug screen has been scheduled on behalf of Haulbridge.

        Appointment: Tuesday, December 1, 2026 at 7:30 AM
        Location: WorkWell Occupational Health - Hamilton Place
                  2200 Gunbarrel Rd, Suite 105, Chattanooga, TN 37421
        Panel: 10-panel urine (DOT not required)

        Bring a government-issued photo ID and this Registration ID: CP-88130-4471.
        Do not drink excessive fluids before your visit.

        Your background check is also in progress; you will receive a separate email when it is
        complete.

        ClearPath Screening
        This is an automated message. Questions: 800-555-0134
        """)
    hs = head(addr("ClearPath Screening", "notifications@clearpathscreening.com"),
              "Drug screen scheduled - Registration ID CP-88130-4471", "2026-11-25 09:44:21", ET,
              "<notify.CP-88130-4471.20261125@clearpathscreening.com>",
              relay="mta2.clearpathscreening.com (mta2.clearpathscreening.com [198.51.100.54])", ident="Scr9Een0")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(43), family="webinar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-11"),),
           note="Association Zoom webinar registration about interviewing for ops roles; a fixed time, not "
                "a job interview")
def m43() -> bytes:
    body = t("""
        Hi Marcus,

        Thank you for registering for "Landing Your Next Ops Leadership Role: Interviewing Tips
        from Hiring Managers".

        Date & Time: Nov 11, 2026 12:00 PM Central Time (US and Canada)
        (1:00 PM Eastern)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88014572293?tk=Vx7mB2qL9

        Panelists: three fleet and brokerage hiring managers from the Southeast chapter.
        Recording will be emailed to all registrants.

        Southeast Transportation Brokers Association
        """)
    hs = head(addr("Southeast Transportation Brokers Association", "no-reply@zoom.us"),
              "Southeast Transportation Brokers Association Webinar Confirmation", "2026-11-04 12:10:33", CT,
              "<3f9a1c2e7b0d4e58.webinar.88014572293@zoom.us>",
              relay="mail1.zoom.us (mail1.zoom.us [170.114.10.88])", ident="Web1Nar2",
              extra=(("Reply-To", addr("STBA Events", "events@stba.example.org")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="post_interview", lang="en", interview=False, company="Lookout Mountain Logistics",
           note="Hiring manager's thank-you the day after the Oct 14 interview; 'we'll be in touch', no new time")
def m44() -> bytes:
    body = t("""
        Marcus,

        Thanks for coming by yesterday, and for the thank-you note. Sheila and I both came away
        impressed - especially with how you talked through the Atlanta reload situation.

        We're finishing first rounds this week and I'd expect to be back to you early next week
        about a second conversation with our GM.

        Brent

        On Wed, Oct 14, 2026 at 3:18 PM Marcus Bell <marcus.bell@example.com> wrote:
        > Brent,
        >
        > Thanks for taking the time to meet with me today and for the tour of the dispatch
        > floor. I enjoyed hearing how you're building out the dedicated fleet.
        >
        > Marcus
        """)
    hs = head(addr("Brent Hollis", "brent.hollis@lookoutmtnlogistics.com"),
              "Re: Thank you", "2026-10-15 12:40:09", ET,
              "<CAS2dF3gH4jK5lZ6xC7vB8nM9qW0eR1tY2uI3oP4aS5@mail.gmail.com>",
              relay="mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", ident="Thx3Nks4",
              extra=(("In-Reply-To", "<CAP4lM0oT2xR7nB9qV5wK1sH6dG3fJ8aE0cU2yI9pZ@mail.example.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(45), family="receipt", lang="en", interview=False, company=None,
           note="Clothing order shipping confirmation (a suit jacket); windows-1252 QP with curly quotes")
def m45() -> bytes:
    body = t("""
        Hi Marcus,

        Good news – your order is on its way!

        Order #BV-2026-118430
        1 x Travel Blazer – Navy, 42R          $189.00
        1 x Non-Iron Dress Shirt – White, 16/34  $59.50
        Shipping (Ground)                        $0.00
        Tax                                     $22.93
        Total                                  $271.43

        Carrier: UPS Ground, tracking 1Z9X2W410396218844
        Estimated delivery: 3–5 business days

        Need a tailor? Bring it to any Brookline & Vance store for free hemming – it’s on us.

        Brookline & Vance Clothiers
        """)
    hs = head(addr("Brookline & Vance", "orders@brooklinevance.com"),
              "Your order has shipped – #BV-2026-118430", "2026-10-05 19:12:44", ET,
              "<order.BV-2026-118430.shipped@brooklinevance.com>",
              relay="mta-07.brooklinevance.com (mta-07.brooklinevance.com [198.51.100.107])", ident="Ord5Shp6")
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(46), family="assessment", lang="en", interview=False, company="Peachtree Intermodal",
           days=(("Fri", "2026-09-11"),),
           note="Online assessment invitation with a completion deadline, sent for the employer by a "
                "testing platform; a deadline, not an interview")
def m46() -> bytes:
    body = t("""
        Dear Marcus,

        As part of your application for Transportation Planner at Peachtree Intermodal, you are
        invited to complete the following assessments:

          - Critical Thinking (20 minutes)
          - Logistics Math & Data Interpretation (25 minutes)

        Please complete both by Friday, September 11, 2026 at 11:59 PM Eastern Time.

        Start your assessment: https://candidate.testgrid.example/start/PTI-77c2e91a

        Tip: use a laptop or desktop with a stable connection. You may stop between the two tests
        but not during one.

        Good luck!
        TestGrid, on behalf of Peachtree Intermodal
        """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Peachtree Intermodal via TestGrid", "no-reply@testgrid.io"),
              "Action required: Complete your assessment for Peachtree Intermodal", "2026-09-08 09:15:02", ET,
              "<tg.PTI-77c2e91a.20260908131502@testgrid.io>",
              relay="mail.testgrid.io (mail.testgrid.io [198.51.100.166])", ident="Tst7Grd8")
    return message(hs, alt(text(body), html(hbody)))


@make.mail(N(47), family="event_tickets", lang="en", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Concert e-tickets for a fixed evening; not an interview")
def m47() -> bytes:
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#111;color:#eee">
        <table width="600" align="center" style="background:#1b1b1b;padding:20px">
        <tr><td><h1 style="color:#ffb300;margin:0">You're going!</h1>
        <p>Order #RMH-449120 &middot; 2 tickets</p>
        <h2 style="margin-bottom:4px">The Wheelhouse Revival</h2>
        <p>with special guest Copper Hollow<br>
        <b>Saturday, November 14, 2026</b> &middot; Doors 6:30 PM &middot; Show 7:30 PM<br>
        Riverfront Music Hall, 201 Riverfront Pkwy, Chattanooga, TN</p>
        <p>Section B, Row 12, Seats 7-8</p>
        <p><a href="https://tix.riverfrontmusichall.example/wallet/RMH-449120" style="color:#ffb300">Add to wallet</a></p>
        <p style="font-size:11px;color:#888">Tickets are mobile only. Bag policy: clear bags smaller than 12" x 6" x 12".</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Riverfront Music Hall", "tickets@riverfrontmusichall.com"),
              "Your tickets: The Wheelhouse Revival - Sat Nov 14", "2026-10-02 12:04:51", ET,
              "<tix.RMH-449120@riverfrontmusichall.com>",
              relay="mail.tixplatform.example (mail.tixplatform.example [198.51.100.201])", ident="Tix9Ets0")
    return message(hs, html(hbody, cte="base64"))


@make.mail(N(48), family="referral", lang="en", interview=False, company=None,
           note="Marcus forwards to himself a friend's tip about an opening; no time, nothing scheduled")
def m48() -> bytes:
    body = t("""
        resume goes to Vic directly, do this weekend

        ---------- Forwarded message ---------
        From: Terrell Banks <terrell.banks@example.net>
        Date: Sun, Sep 27, 2026 at 9:12 PM
        Subject: opening at our Ooltewah DC
        To: Marcus Bell <marcus.bell@example.com>


        Yo Marcus,

        Vic (our transportation mgr) is finally posting the inbound scheduler job he's been
        talking about. Pay's better than what you're making now and it's straight days. It's
        not on the website yet - send your resume to him at victor.nunez@kettlecreekdc.example
        and say I sent you.

        Also, still on for the Vols game?

        T
        """)
    hs = head(TO, "Fwd: opening at our Ooltewah DC", "2026-09-27 21:30:18", ET,
              "<CAP9pL2kT7wR3nB8qV1xK4sH0dG5fJ6aE2cU9yI7oZ@mail.example.com>",
              relay="mail-sor-f41.example.com (mail-sor-f41.example.com [203.0.113.41])", ident="Ref1Err2")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-26"),),
           note="Family Google Calendar invitation (Thanksgiving dinner) with ICS; not an interview")
def m49() -> bytes:
    body = t("""
        You have been invited to the following event.

        Thanksgiving at Mom's
        Thursday Nov 26, 2026 ⋅ 2pm – 7pm
        Eastern Time - New York

        Location
        Mom's - 412 Ashland Terrace, Chattanooga, TN

        you're on ice + rolls. Jaylen wants the green bean thing.

        Organizer
        Danielle Bell
        danielle.bell@example.org

        """) + GCAL_FOOTER
    ics = vevent_cal(
        prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
        uid="2k9dqm7r4b8v1s3n6e0p5t2aje@google.com", stamp="20261109T012233Z",
        tzid="America/New_York", start="20261126T140000", end="20261126T190000",
        summary="Thanksgiving at Mom's",
        organizer="CN=Danielle Bell:mailto:danielle.bell@example.org", attendees=[ME_ATT],
        location="Mom's - 412 Ashland Terrace\\, Chattanooga\\, TN",
        description="you're on ice + rolls. Jaylen wants the green bean thing.")
    hs = head(addr("Danielle Bell", "danielle.bell@example.org"),
              "Invitation: Thanksgiving at Mom's @ Thu Nov 26, 2026 2pm - 7pm (EST) (marcus.bell@example.com)",
              "2026-11-08 20:22:33", ET, "<calendar-71be0c4d-0a93-4f2e-9d58-e6a12c3b7f40@google.com>",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="Thk3Sgv4",
              extra=(("Reply-To", "danielle.bell@example.org"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(50), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="HOA annual meeting Zoom invitation; a fixed time, not an interview")
def m50() -> bytes:
    body = t("""
        Brookhaven Homeowners Association is inviting you to a scheduled Zoom meeting.

        Topic: Brookhaven HOA Annual Meeting & 2027 Budget Vote
        Time: Nov 10, 2026 07:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://us02web.zoom.us/j/81650239914?pwd=aHOAbudget2027

        Meeting ID: 816 5023 9914
        Passcode: 370404

        Agenda and proxy form are attached to the October newsletter. A quorum of 25% is needed
        to pass the budget, so please attend or send a proxy!

        Gloria Haskins, Secretary
        """)
    hs = head(addr("Gloria Haskins", "brookhavenhoa.secretary@example.net"),
              "Zoom: Brookhaven HOA Annual Meeting - Tue Nov 10, 7 PM", "2026-11-02 18:30:10", ET,
              "<CAG5hJ6kL7zX8cV9bN0mQ1wE2rT3yU4iO5pA6sD7f@mail.gmail.com>",
              relay="mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])", ident="Hoa5Mtg6")
    return message(hs, text(body, cte="quoted-printable"))
