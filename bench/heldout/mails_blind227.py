"""blind227: a blind 50-mail held-out set, the inbox of a job seeker in Louisville, Kentucky.

Inbox owner: Marcus Whitfield <marcus.whitfield@example.org>, logistics analytics lead,
America/Kentucky/Louisville (Eastern; EDT until Sunday 1 November 2026, EST after).
Written by hand, blind to the detector; build and check with
``python3 bench/heldout/make_blind.py blind227``.

File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
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
)

ORDER = random.Random(2270227).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind227_{ORDER[key - 1]:03d}"


ME = "marcus.whitfield@example.org"
ME_H = addr("Marcus Whitfield", ME)
LOU = "America/Kentucky/Louisville"
CHI = "America/Chicago"
NY = "America/New_York"
IND = "America/Indiana/Indianapolis"

VTZ_LOU = """BEGIN:VTIMEZONE
TZID:America/Kentucky/Louisville
X-LIC-LOCATION:America/Kentucky/Louisville
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


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, ident: str,
         to: str = ME_H, extra: list[tuple[str, str]] | None = None, lag: int = 4,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID (+ extra) for Marcus's inbox."""
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, f"mx1.example.org with ESMTPS id {ident}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *(extra or []),
    ]


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T14:00:00Z", end=None, contact="jenna.ortiz@fallscityparcel.com",
           company="Falls City Parcel", local="Tue 2026-09-15 10:00", zone=LOU,
           note="Greenhouse confirmation sent 10 Sep; Tue 15 Sep 10:00 AM Eastern (EDT, -4) = 14:00Z. "
                "'plan on about an hour' is not an exact length, so end null. Contact = Reply-To recruiter.")
def m01():
    body = t("""
        Hi Marcus,

        Thanks for making time to speak with us! Your interview for Senior Analyst, Network
        Planning at Falls City Parcel is confirmed:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM EDT
        Location: Video call (Google Meet) - https://meet.google.com/kfu-wqbz-pta

        You'll be meeting with:
          Darnell Price - Director, Hub Operations Analytics

        Please plan on about an hour. If anything comes up, just reply to this email.

        Best,
        Jenna Ortiz
        Talent Acquisition | Falls City Parcel
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Marcus,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Analyst, Network
        Planning</b> at Falls City Parcel is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM EDT</td></tr>
        <tr><td><b>Location:</b></td><td>Video call (Google Meet) -
        <a href="https://meet.google.com/kfu-wqbz-pta">meet.google.com/kfu-wqbz-pta</a></td></tr>
        </table>
        <p>You'll be meeting with:<br>&nbsp;&nbsp;Darnell Price - Director, Hub Operations Analytics</p>
        <p>Please plan on about an hour. If anything comes up, just reply to this email.</p>
        <p>Best,<br>Jenna Ortiz<br>Talent Acquisition | Falls City Parcel</p>
        <img src="https://us.greenhouse-mail.io/o/p/8f41c0a2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Jenna Ortiz", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Analyst, Network Planning at Falls City Parcel",
              "2026-09-10 16:41", LOU, "<6f1e0b7a.4c2d.4a1e.9b0d.greenhouse-227a@us.greenhouse-mail.io>",
              "from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.12.40])", "Gh0927a1",
              extra=[("Reply-To", addr("Jenna Ortiz", "jenna.ortiz@fallscityparcel.com"))])
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T18:30:00Z", end="2026-09-17T19:15:00Z",
           contact="owen.baptiste@queensgatesupply.com", company="Queensgate Supply Co.",
           local="Thu 2026-09-17 14:30", local_end="2026-09-17 15:15", zone=NY,
           note="Lever confirmation, Cincinnati employer; Thu 17 Sep 2:30-3:15 PM ET (EDT) = 18:30-19:15Z, "
                "ICS in UTC agrees. Contact = Reply-To recruiter (sender is no-reply@hire.lever.co).")
def m02():
    body = t("""
        Hi Marcus,

        Your interview with Queensgate Supply Co. has been scheduled. Here are the details:

        Supply Chain Analytics Manager - Phone Screen
        Thursday, September 17, 2026
        2:30 PM - 3:15 PM (Eastern Time)

        Interviewer: Owen Baptiste (Recruiter)
        We will call you at the number on your application: (502) 555-0148.

        A calendar invitation is attached. If you need to reschedule, please reply to this message.

        Thanks,
        Owen Baptiste
        Queensgate Supply Co. | Cincinnati, OH

        ---
        Sent via Lever
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-5d2a71f0-9c33-4e0b-a7e2-2b6b09f3d1c4
DTSTAMP:20260914T132205Z
DTSTART:20260917T183000Z
DTEND:20260917T191500Z
SUMMARY:Queensgate Supply Co. - Phone Screen (Marcus Whitfield)
LOCATION:Phone: (502) 555-0148
ORGANIZER;CN=Owen Baptiste:mailto:owen.baptiste@queensgatesupply.com
ATTENDEE;CN=Marcus Whitfield;RSVP=TRUE:mailto:marcus.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Queensgate Supply Co.", "no-reply@hire.lever.co"),
              "Interview scheduled: Supply Chain Analytics Manager",
              "2026-09-14 09:22", NY, "<0100019a8e2f7c11-5b0f2e4a-lever-227b@email.amazonses.com>",
              "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", "Lv2271b",
              extra=[("Reply-To", addr("Owen Baptiste", "owen.baptiste@queensgatesupply.com"))])
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T00:30:00Z", end="2026-09-22T01:15:00Z", contact="mei.lindqvist@tallyroute.com",
           company="Tallyroute", local="Mon 2026-09-21 20:30", local_end="2026-09-21 21:15", zone=NY,
           note="Ashby, remote team with a Singapore lead: Mon 21 Sep 8:30-9:15 PM EDT = Tue 22 Sep "
                "00:30-01:15Z (the UTC date is the next day). ICS TZID America/New_York agrees. Reply-To recruiter.")
def m03():
    body = t("""
        Hi Marcus,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, September 21, 2026, 8:30 PM – 9:15 PM EDT
        Zoom: https://tallyroute.zoom.us/j/84120937715

        You'll meet with:
          Wen Jie Koh — Head of Data, APAC (joining from Singapore, where it will be Tuesday morning)

        We know the evening slot is unusual — thank you for accommodating the time difference.

        Questions? Just reply and it will reach Mei Lindqvist.

        Thanks,
        Tallyroute Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Marcus,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Monday, September 21, 2026, 8:30 PM – 9:15 PM EDT</strong><br>
        Zoom: <a href="https://tallyroute.zoom.us/j/84120937715">https://tallyroute.zoom.us/j/84120937715</a></p>
        <p>You&#x27;ll meet with:<br>Wen Jie Koh — Head of Data, APAC (joining from Singapore, where it will be
        Tuesday morning)</p>
        <p>We know the evening slot is unusual — thank you for accommodating the time difference.</p>
        <p>Questions? Just reply and it will reach Mei Lindqvist.</p>
        <p>Thanks,<br>Tallyroute Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:ashby-3c9e0f12-77a4-4b5e-8d0e-227c0c0ffee1
DTSTAMP:20260916T151003Z
DTSTART;TZID=America/New_York:20260921T203000
DTEND;TZID=America/New_York:20260921T211500
SEQUENCE:0
SUMMARY:Tallyroute – Analytics Lead (Remote) Interview
LOCATION:https://tallyroute.zoom.us/j/84120937715
ORGANIZER;CN=Mei Lindqvist:mailto:mei.lindqvist@tallyroute.com
ATTENDEE;CN=Marcus Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marcus.whitfield@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tallyroute", "no-reply@ashbyhq.com"),
              "Interview confirmed: Analytics Lead (Remote) at Tallyroute",
              "2026-09-16 11:10", NY, "<010001929f3c1a07-ashby-227c-4e1b-9d33-6a1e2f000000@email.amazonses.com>",
              "from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])", "Ab2273c",
              extra=[("Reply-To", addr("Mei Lindqvist", "mei.lindqvist@tallyroute.com"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T13:00:00Z", end=None, contact="tanya.reeves@bluegrassmutual.com",
           company="Bluegrass Mutual Health", local="Wed 2026-09-23 09:00", zone=LOU,
           note="Workday HTML-only notification from the tenant address @myworkday.com; Wed 23 Sep 9:00 AM "
                "Eastern (EDT) = 13:00Z; 'approximately 60 minutes' so no end. Contact = coordinator in body.")
def m04():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">
        <tr><td style="background:#00594f;color:#ffffff;font-size:18px">Bluegrass Mutual Health Careers</td></tr>
        <tr><td>
        <p>Dear Marcus Whitfield,</p>
        <p>Thank you for your interest in the <b>Manager, Claims Operations Analytics</b> position
        (Requisition R-0048213). We are pleased to confirm your interview.</p>
        <p><b>Interview Type:</b> In Person<br>
        <b>Date:</b> Wednesday, September 23, 2026<br>
        <b>Time:</b> 9:00 AM Eastern Time<br>
        <b>Location:</b> Bluegrass Mutual Health, 400 W. Market St., 11th floor, Louisville, KY 40202<br>
        <b>Interviewers:</b> Renee Calloway, Kevin Tran</p>
        <p>The interview will last approximately 60 minutes. Please check in with security in the
        main lobby 10 minutes early and bring a photo ID. Visitor parking is validated.</p>
        <p>Should you have any questions, please contact your recruiting coordinator, Tanya Reeves, at
        <a href="mailto:tanya.reeves@bluegrassmutual.com">tanya.reeves@bluegrassmutual.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Bluegrass Mutual Health</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777">This message was sent from an unmonitored mailbox.
        Please do not reply. Powered by Workday.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Bluegrass Mutual Health", "bluegrassmutual@myworkday.com"),
              "Interview Scheduled - Manager, Claims Operations Analytics",
              "2026-09-17 14:05", LOU, "<1745022619.88203.1789668300112@wd5-prvo-sg.myworkday.com>",
              "from wd5-smtp.myworkday.com (wd5-smtp.myworkday.com [198.51.100.25])", "Wd2274d")
    return message(hs, html(page))


@make.mail(N(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-09-29T16:00:00Z", end="2026-09-29T17:00:00Z", contact="lacey.pruitt@cumberlandfreight.com",
           company="Cumberland Freight Systems", local="Tue 2026-09-29 11:00", local_end="2026-09-29 12:00",
           zone=CHI,
           note="SmartRecruiters, Nashville employer across the time-zone line: Tue 29 Sep 11:00 AM-12:00 PM "
                "CDT (-5) = 16:00-17:00Z (12:00 PM for Marcus in Louisville). ICS America/Chicago agrees. "
                "Contact = Reply-To hiring coordinator.")
def m05():
    body = t("""
        Hello Marcus,

        Your interview for the position Transportation Analytics Lead at Cumberland Freight Systems
        has been confirmed.

        When: Tue, Sep 29, 2026 11:00 AM - 12:00 PM CDT
        Where: Microsoft Teams (link in the calendar invitation)
        With: Lacey Pruitt, Hiring Coordinator; Andre Whitley, VP Transportation

        Please note the time is shown in Central Time (Nashville).

        Add to calendar: invite.ics attached

        Kind regards,
        Cumberland Freight Systems Talent Team

        This email was sent by SmartRecruiters on behalf of Cumberland Freight Systems.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:560px;margin:0 auto">
        <p>Hello Marcus,</p>
        <p>Your interview for the position <strong>Transportation Analytics Lead</strong> at
        Cumberland Freight Systems has been confirmed.</p>
        <div style="border:1px solid #e3e3e3;border-radius:4px;padding:12px">
        <div style="color:#888;font-size:12px">WHEN</div><div>Tue, Sep 29, 2026 11:00 AM - 12:00 PM CDT</div>
        <div style="color:#888;font-size:12px;margin-top:8px">WHERE</div><div>Microsoft Teams (link in the calendar invitation)</div>
        <div style="color:#888;font-size:12px;margin-top:8px">WITH</div>
        <div>Lacey Pruitt, Hiring Coordinator; Andre Whitley, VP Transportation</div>
        </div>
        <p>Please note the time is shown in Central Time (Nashville).</p>
        <p>Kind regards,<br>Cumberland Freight Systems Talent Team</p>
        <p style="font-size:11px;color:#999">This email was sent by SmartRecruiters on behalf of
        Cumberland Freight Systems.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:sr-int-1b7d9e3a-227e@smartrecruiters.com
DTSTAMP:20260922T194411Z
DTSTART;TZID=America/Chicago:20260929T110000
DTEND;TZID=America/Chicago:20260929T120000
SUMMARY:Interview: Transportation Analytics Lead - Marcus Whitfield
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Fz
 ZmU4MmQtMjI3ZQ%40thread.v2/0
ORGANIZER;CN=Lacey Pruitt:mailto:lacey.pruitt@cumberlandfreight.com
ATTENDEE;CN=Marcus Whitfield;RSVP=TRUE:mailto:marcus.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Cumberland Freight Systems", "noreply@smartrecruiters.com"),
              "Interview confirmed: Transportation Analytics Lead",
              "2026-09-22 14:44", CHI, "<sr.8c1f2a77e3.227e@mail.smartrecruiters.com>",
              "from mail.smartrecruiters.com (mail.smartrecruiters.com [185.166.140.12])", "Sr2275e",
              extra=[("Reply-To", addr("Lacey Pruitt", "lacey.pruitt@cumberlandfreight.com"))])
    return message(hs, mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics",
                                                                   disposition="attachment")))


@make.mail(N(6), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-02T17:30:00Z", end=None, contact="beau.hardesty@copperstilldistilling.com",
           company="Copper Still Distilling Co.", local="Fri 2026-10-02 13:30", zone=LOU,
           note="Plant manager's own prose, windows-1252 8bit, sent Thu 1 Oct: 'tomorrow at 1:30' = Fri 2 Oct "
                "1:30 PM Eastern (Bardstown, EDT) = 17:30Z. No length. Contact = human sender.")
def m06():
    body = t("""
        Marcus,

        Good talking with you Tuesday. Like I said on the phone, I'd like you to come out to the
        distillery and meet the team - we're set for tomorrow at 1:30. Come to the warehouse
        office behind Rickhouse C, not the visitor center (the gift shop folks won't know who you are).

        Address is 1180 Loretto Rd, Bardstown. Its about 45 min from downtown Louisville so give
        yourself some cushion, there's road work on 245.

        You'll meet me, Carla from bottling, and our CFO Jim Tackett if he's back from Frankfort in time.
        Wear boots or closed toe shoes, we'll walk the floor.

        See you tomorrow –
        Beau

        Beau Hardesty
        Plant Manager, Copper Still Distilling Co.
        (502) 555-0187
        """)
    hs = head(addr("Beau Hardesty", "beau.hardesty@copperstilldistilling.com"),
              "tomorrow's visit",
              "2026-10-01 09:12", LOU, "<000a01db13f2$7e21c0a0$7a6541e0$@copperstilldistilling.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2102.outbound.protection.outlook.com "
              "[40.107.237.102])", "Cs2276f",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(7), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T19:00:00Z", end="2026-10-08T19:45:00Z",
           contact="priya.sandoval@circlecityanalytics.com", company="Circle City Analytics",
           local="Thu 2026-10-08 15:00", local_end="2026-10-08 15:45", zone=IND,
           note="Google Calendar invitation from an Indianapolis hiring manager: Thu 8 Oct 3pm-3:45pm EDT "
                "(Indiana is on Eastern time) = 19:00-19:45Z; ICS in UTC agrees. Contact = organizer/Reply-To.")
def m07():
    body = t("""
        You have been invited to the following event.

        Marcus Whitfield / Circle City Analytics - Analytics Lead, Fulfillment
        When
        Thursday Oct 8, 2026 ⋅ 3pm – 3:45pm (Eastern Time - Indianapolis)

        Joining info
        Join with Google Meet
        https://meet.google.com/rpx-hwnd-aqc

        Calendar
        marcus.whitfield@example.org

        Who
        • Priya Sandoval - organizer
        • Marcus Whitfield
        • tom.ellery@circlecityanalytics.com

        Hi Marcus - looking forward to it. Tom runs our fulfillment modeling team and will join for
        the second half. - Priya

        View all event details https://calendar.google.com/calendar/event?action=VIEW&eid=MmM0ZjE

        Reply for marcus.whitfield@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=MmM0ZjE&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=MmM0ZjE&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=MmM0ZjE&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    page = gmail_html(body)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261008T190000Z
DTEND:20261008T194500Z
DTSTAMP:20261002T173015Z
ORGANIZER;CN=Priya Sandoval:mailto:priya.sandoval@circlecityanalytics.com
UID:2c4f1e7a9b0d4e22a7f0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Sandoval;X-NUM-GUESTS=0:mailto:priya.sandoval@circlecityanalytics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.whitfield@example.org;X-NUM-GUESTS=0:mailto:marcus.whitfield@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tom.ellery@circlecityanalytics.com;X-NUM-GUESTS=0:mailto:tom.ellery@circlecityanalytics.com
X-GOOGLE-CONFERENCE:https://meet.google.com/rpx-hwnd-aqc
CREATED:20261002T173013Z
DESCRIPTION:Hi Marcus - looking forward to it. Tom runs our fulfillment mod
 eling team and will join for the second half. - Priya
LAST-MODIFIED:20261002T173013Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marcus Whitfield / Circle City Analytics - Analytics Lead\\, Fulfillment
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Invitation: Marcus Whitfield / Circle City Analytics - Analytics Lead, Fulfillment @ "
            "Thu Oct 8, 2026 3pm - 3:45pm (EDT) (marcus.whitfield@example.org)")
    hs = head(addr("Priya Sandoval", "priya.sandoval@circlecityanalytics.com"), subj,
              "2026-10-02 13:30", IND, "<calendar-2c4f1e7a-9b0d-4e22-a7f0-227g@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "Gc2277g",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Priya Sandoval", "priya.sandoval@circlecityanalytics.com"))])
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(page),
                                 calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-14T16:00:00Z", end="2026-10-14T16:30:00Z", contact="shelby.crane@derbytalent.com",
           company="Derby Talent Partners", local="Wed 2026-10-14 12:00", local_end="2026-10-14 12:30", zone=NY,
           note="Calendly confirmation for a recruiter screen Marcus booked with an agency: 12:00pm-12:30pm, "
                "Invitee Time Zone Eastern = EDT, 16:00-16:30Z. Company = the agency (client unnamed). "
                "Contact = Reply-To / event host.")
def m08():
    body = t("""
        Hi Marcus Whitfield,

        Your Analytics Lead search - screening interview with Shelby Crane at 12:00pm (Eastern Time -
        US & Canada) on Wednesday, October 14, 2026 is scheduled.

        Event Type:
        Analytics Lead search - screening interview (30 min)

        Host:
        Shelby Crane

        Event Date/Time:
        12:00pm - 12:30pm, Wednesday, October 14, 2026 (Eastern Time - US & Canada)

        Location:
        Shelby will call you at +1 502-555-0148

        Invitee Time Zone:
        Eastern Time - US & Canada

        Questions:
        What role are you interested in?
        Operations analytics lead roles, Louisville or remote

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b7e1f0a2-227h
        Reschedule: https://calendly.com/reschedulings/b7e1f0a2-227h

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7e1f0a2-227h-4c1a-9f2e-calendly
DTSTAMP:20261009T141855Z
DTSTART:20261014T160000Z
DTEND:20261014T163000Z
SUMMARY:Analytics Lead search - screening interview (30 min) between Shelby Crane and Marcus Whitfield
ORGANIZER;CN=Shelby Crane:mailto:shelby.crane@derbytalent.com
ATTENDEE;CN=Marcus Whitfield;RSVP=TRUE:mailto:marcus.whitfield@example.org
LOCATION:+1 502-555-0148
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Analytics Lead search - screening interview with Shelby Crane on Wednesday, October 14, 2026",
              "2026-10-09 10:18", NY, "<b7e1f0a2.227h.evt@calendly.com>",
              "from o1.calendly.com (o1.calendly.com [149.72.201.14])", "Cy2278h",
              extra=[("Reply-To", addr("Shelby Crane", "shelby.crane@derbytalent.com"))])
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(9), family="exchange_teams", lang="en", interview=True, kind="scheduled",
           start="2026-10-20T18:00:00Z", end="2026-10-20T19:00:00Z", contact="rochelle.banks@fallscitywp.org",
           company="Falls City Water & Power", local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:00",
           zone=LOU,
           note="Outlook/Exchange meeting request from the city utility's HR, Windows zone 'Eastern Standard "
                "Time' with 1601 anchors; body shows '(UTC-05:00) Eastern Time' (the standard offset) but on "
                "20 Oct it is EDT: 2:00-3:00 PM = 18:00-19:00Z. Contact = human sender/organizer.")
def m09():
    body = t("""
        Good afternoon Marcus,

        Thank you for your interest in the Asset Data Analytics Supervisor position. The panel would
        like to meet with you via Teams.

        When: Tuesday, October 20, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).

        Panel: Rochelle Banks (HR), Luis Ferrer (Distribution Engineering), Kay Dunaway (Finance)

        Please accept this invitation so we know you received it.

        Rochelle Banks, SHRM-CP
        Human Resources Generalist | Falls City Water & Power
        550 S. Third St., Louisville, KY 40202

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZmE227i%40thread.v2/0>
        Meeting ID: 281 447 903 115
        Passcode: q7Vb2L
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Or call in (audio only)
        +1 502-555-0101,,558213377#   United States, Louisville
        Phone Conference ID: 558 213 377#
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>" for line in body.split("\n")[:14])
            + "<div style=\"margin-bottom:24px;overflow:hidden;white-space:nowrap\">___________________"
              "_____________________________________________________________</div>"
              "<div><span style=\"font-size:24px;font-weight:700\">Microsoft Teams meeting</span></div>"
              "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZmE227i%40thread.v2/0\">"
              "Click here to join the meeting</a></div><div>Meeting ID: 281 447 903 115<br>Passcode: q7Vb2L</div>"
              "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Rochelle Banks:mailto:rochelle.banks@fallscitywp.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Whitfield:mailto:marcus.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Ferrer:mailto:luis.ferrer@fallscitywp.org
DESCRIPTION;LANGUAGE=en-US:Panel interview - Asset Data Analytics Supervisor
UID:040000008200E00074C5B7101A82E0080000000010F3A9C2227ID901000000000000000010000000
SUMMARY;LANGUAGE=en-US:Panel Interview - Asset Data Analytics Supervisor - M. Whitfield
DTSTART;TZID=Eastern Standard Time:20261020T140000
DTEND;TZID=Eastern Standard Time:20261020T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T193012Z
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
END:VCALENDAR"""
    hs = head(addr("Rochelle Banks", "rochelle.banks@fallscitywp.org"),
              "Panel Interview - Asset Data Analytics Supervisor - M. Whitfield",
              "2026-10-14 15:30", LOU, "<BN7PR09MB2613A1F0C2C4D227I@BN7PR09MB2613.namprd09.prod.outlook.com>",
              "from GCC01-BN7-obe.outbound.protection.office365.us (mail-bn7gcc01on2091.outbound.protection.office365.us "
              "[52.100.166.91])", "Ex2279i",
              extra=[("Thread-Topic", "Panel Interview - Asset Data Analytics Supervisor - M. Whitfield"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(10), family="university_hr", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T14:30:00Z", end=None, contact="gwen.castellano@kentuckiana-state.edu",
           company="Kentuckiana State University", local="Tue 2026-10-27 10:30", zone=LOU,
           note="University search committee sends an all-day calendar hold (VALUE=DATE 27 Oct); the time is "
                "only in the text: first meeting 10:30 AM Eastern (EDT) = 14:30Z. 'wrap up around 3:00' is "
                "not an end. Contact = human sender (search coordinator).")
def m10():
    body = t("""
        Dear Mr. Whitfield,

        On behalf of the search committee for the Director of Institutional Logistics & Analytics, I am
        pleased to confirm your on-campus interview on Tuesday, October 27. I have sent a calendar hold
        for the day; your itinerary is below (all times Eastern).

          10:30 AM  Welcome and meeting with the search committee (Grawemeyer Hall, Room 204)
          11:45 AM  Lunch with Facilities Management leadership
           1:00 PM  Campus tour - central receiving and the surplus warehouse
           2:00 PM  Meeting with the Associate Vice President for Business Services

        We expect to wrap up around 3:00 PM. Parking: please use the visitor lot on Brook Street and
        tell the attendant you are a guest of Business Services.

        Please let me know if you have any dietary restrictions for lunch.

        Kind regards,

        Gwen Castellano
        Search Coordinator, Office of Business Services
        Kentuckiana State University
        gwen.castellano@kentuckiana-state.edu | 502.555.0133
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
DTSTART;VALUE=DATE:20261027
DTEND;VALUE=DATE:20261028
DTSTAMP:20261021T133844Z
ORGANIZER;CN="Castellano, Gwen":mailto:gwen.castellano@kentuckiana-state.edu
ATTENDEE;CN=marcus.whitfield@example.org;RSVP=TRUE:mailto:marcus.whitfield@example.org
SUMMARY:On-campus interview - M. Whitfield (Dir. Institutional Logistics & Analytics)
LOCATION:Grawemeyer Hall
UID:040000008200E00074C5B7101A82E00800000000E0C8227J
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Castellano, Gwen", "gwen.castellano@kentuckiana-state.edu"),
              "On-campus interview - Tuesday, October 27",
              "2026-10-21 09:38", LOU, "<SA1PR04MB8842E0C8227J@SA1PR04MB8842.namprd04.prod.outlook.com>",
              "from NAM04-SA1-obe.outbound.protection.outlook.com (mail-sa1nam04on2110.outbound.protection.outlook.com "
              "[40.107.201.110])", "Ku2270j")
    return message(hs, mixed(text(body), calendar(ics, filename="Interview day.ics", disposition="attachment")))


@make.mail(N(11), family="exchange", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z", contact="travis.mcgee@harpethhealth.com",
           company="Harpeth Health Supply", local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=CHI,
           note="Exchange meeting request from Nashville; the time is only in the ICS: TZID 'Central Standard "
                "Time' 09:00-10:00 on Mon 2 Nov, the day after US DST ends (CST, -6) = 15:00-16:00Z, though the "
                "mail was sent in CDT. Contact = human sender/organizer.")
def m11():
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Marcus,</p>
        <p class="MsoNormal">As discussed on the phone, here is the invite for your interview with Gail Osborne
        (VP Supply Chain) and me. We&#8217;ll do it over Teams so you don&#8217;t have to drive down I-65.</p>
        <p class="MsoNormal">Looking forward to it.</p>
        <p class="MsoNormal">Travis McGee<br>Sr. Manager, Distribution Analytics<br>Harpeth Health Supply | Nashville, TN</p>
        <div style="margin-bottom:24px">________________________________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGI2227k%40thread.v2/0">Join the meeting now</a></div>
        <div>Meeting ID: 219 004 562 781<br>Passcode: Hh4nTt</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Travis McGee:mailto:travis.mcgee@harpethhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.whitfield@example.org:mailto:marcus.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gail Osborne:mailto:gail.osborne@harpethhealth.com
UID:040000008200E00074C5B7101A82E008000000004D1F227K0000000000000000100000001
SUMMARY;LANGUAGE=en-US:Interview - Marcus Whitfield / Distribution Analytics
DTSTART;TZID=Central Standard Time:20261102T090000
DTEND;TZID=Central Standard Time:20261102T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T151502Z
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
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Travis McGee", "travis.mcgee@harpethhealth.com"),
              "Interview - Marcus Whitfield / Distribution Analytics",
              "2026-10-28 10:15", CHI, "<CH2PR11MB4437D1F0227K@CH2PR11MB4437.namprd11.prod.outlook.com>",
              "from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2093.outbound.protection.outlook.com "
              "[40.107.220.93])", "Ex2271k",
              extra=[("Thread-Topic", "Interview - Marcus Whitfield / Distribution Analytics"),
                     ("Content-Language", "en-US")])
    return message(hs, alt(html(page), calendar(ics, cte="base64")))


@make.mail(N(12), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-05T15:00:00Z", end="2026-11-05T17:15:00Z",
           contact="kendra.muehlenkamp@millcreekbrands.com", company="Mill Creek Consumer Brands",
           local="Thu 2026-11-05 10:00", local_end="2026-11-05 12:15", zone=NY,
           note="GoodTime itinerary for a Cincinnati onsite, sent Fri 30 Oct (EDT) for Thu 5 Nov (EST, -5): "
                "10:00 AM to 12:15 PM = 15:00-17:15Z (first start to last end). Contact = Reply-To coordinator.")
def m12():
    body = t("""
        Hi Marcus,

        Your onsite interview with Mill Creek Consumer Brands is confirmed. Your schedule is below.
        Note that clocks go back this weekend - all times are Eastern Standard Time.

        Thursday, November 5, 2026
        Mill Creek Consumer Brands, 2 Procter Sq., Cincinnati, OH 45202 (check in at the 4th floor desk)

        10:00 AM - 10:45 AM EST   Kendra Muehlenkamp, Recruiter - welcome
        10:45 AM - 11:30 AM EST   Raj Venkataraman, Director, Demand Planning
        11:30 AM - 12:15 PM EST   Case study with the Supply Chain Analytics team

        Parking is available in the Sycamore St. garage; bring your ticket for validation.

        Questions? Reply to this email to reach Kendra Muehlenkamp.

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Marcus,</p>
        <p>Your onsite interview with Mill Creek Consumer Brands is confirmed. Your schedule is below.
        Note that clocks go back this weekend - all times are Eastern Standard Time.</p>
        <h3 style="margin-bottom:4px">Thursday, November 5, 2026</h3>
        <p style="margin-top:0">Mill Creek Consumer Brands, 2 Procter Sq., Cincinnati, OH 45202 (check in at the 4th floor desk)</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr><td>10:00 AM - 10:45 AM EST</td><td>Kendra Muehlenkamp, Recruiter - welcome</td></tr>
        <tr><td>10:45 AM - 11:30 AM EST</td><td>Raj Venkataraman, Director, Demand Planning</td></tr>
        <tr><td>11:30 AM - 12:15 PM EST</td><td>Case study with the Supply Chain Analytics team</td></tr>
        </table>
        <p>Parking is available in the Sycamore St. garage; bring your ticket for validation.</p>
        <p>Questions? Reply to this email to reach Kendra Muehlenkamp.</p>
        <p style="color:#999;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Hire//EN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gt-6a0f3e21-227l@goodtime.io
DTSTAMP:20261030T180901Z
DTSTART;TZID=America/New_York:20261105T100000
DTEND;TZID=America/New_York:20261105T121500
SUMMARY:Onsite Interview: Marcus Whitfield - Mill Creek Consumer Brands
LOCATION:2 Procter Sq.\\, Cincinnati\\, OH 45202
ORGANIZER;CN=Kendra Muehlenkamp:mailto:kendra.muehlenkamp@millcreekbrands.com
ATTENDEE;CN=Marcus Whitfield;RSVP=TRUE:mailto:marcus.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kendra Muehlenkamp via GoodTime", "scheduling@goodtime.io"),
              "Your interview schedule: Mill Creek Consumer Brands - Thursday, November 5",
              "2026-10-30 14:09", NY, "<20261030180901.gt.6a0f3e21.227l@goodtime.io>",
              "from o2.email.goodtime.io (o2.email.goodtime.io [167.89.63.71])", "Gt2272l",
              extra=[("Reply-To", addr("Kendra Muehlenkamp", "kendra.muehlenkamp@millcreekbrands.com"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@make.mail(N(13), family="workable", lang="en", interview=True, kind="scheduled",
           start="2026-11-11T21:00:00Z", end="2026-11-11T21:30:00Z", contact="hannah.okafor@limestoneroute.io",
           company="Limestone Route Labs", local="Wed 2026-11-11 16:00", local_end="2026-11-11 16:30", zone=LOU,
           note="Workable event confirmation for a Lexington startup: Wed 11 Nov 4:00-4:30 PM EST (-5) = "
                "21:00-21:30Z. Reply-To is a Workable relay, so contact = the hiring manager's address in the body.")
def m13():
    body = t("""
        Hi Marcus,

        Thanks for accepting! Here are the details of your interview with Limestone Route Labs:

        Video interview - Logistics Data Lead
        Wednesday, November 11, 2026
        4:00 PM - 4:30 PM (America/Kentucky/Louisville)

        Join: https://meet.google.com/yzs-qbnd-kke
        Interviewer: Hannah Okafor, Co-founder & COO

        Hannah asked me to pass on that she's happy to get questions beforehand at
        hannah.okafor@limestoneroute.io.

        You can reply to this email if you need to reach the hiring team.

        Best,
        The Limestone Route Labs hiring team

        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
        <table align="center" width="560" cellpadding="20" style="background:#fff;font-size:14px;color:#222">
        <tr><td>
        <p>Hi Marcus,</p>
        <p>Thanks for accepting! Here are the details of your interview with Limestone Route Labs:</p>
        <p style="font-size:16px"><b>Video interview - Logistics Data Lead</b><br>
        Wednesday, November 11, 2026<br>4:00 PM - 4:30 PM (America/Kentucky/Louisville)</p>
        <p>Join: <a href="https://meet.google.com/yzs-qbnd-kke">https://meet.google.com/yzs-qbnd-kke</a><br>
        Interviewer: Hannah Okafor, Co-founder &amp; COO</p>
        <p>Hannah asked me to pass on that she's happy to get questions beforehand at
        <a href="mailto:hannah.okafor@limestoneroute.io">hannah.okafor@limestoneroute.io</a>.</p>
        <p>You can reply to this email if you need to reach the hiring team.</p>
        <p>Best,<br>The Limestone Route Labs hiring team</p>
        <p style="font-size:11px;color:#999">Powered by Workable</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Events//EN
METHOD:REQUEST
{VTZ_LOU}
BEGIN:VEVENT
UID:wk-evt-91c0e4-227m@workable.com
DTSTAMP:20261105T202044Z
DTSTART;TZID=America/Kentucky/Louisville:20261111T160000
DTEND;TZID=America/Kentucky/Louisville:20261111T163000
SUMMARY:Video interview - Logistics Data Lead (Limestone Route Labs)
LOCATION:https://meet.google.com/yzs-qbnd-kke
ORGANIZER;CN=Limestone Route Labs:mailto:limestone-route-labs+c8f2a1d7@candidates.workablemail.com
ATTENDEE;CN=Marcus Whitfield;RSVP=TRUE:mailto:marcus.whitfield@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Limestone Route Labs", "noreply@workablemail.com"),
              "Interview confirmed: Logistics Data Lead at Limestone Route Labs",
              "2026-11-05 15:20", LOU, "<wk.227m.91c0e4.20261105202044@workablemail.com>",
              "from mail-a.workablemail.com (mail-a.workablemail.com [198.2.176.38])", "Wk2273m",
              extra=[("Reply-To", addr("Limestone Route Labs",
                                       "limestone-route-labs+c8f2a1d7@candidates.workablemail.com"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(N(14), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T14:30:00Z", end=None, contact="wade.jessup@orbarge.com",
           company="Ohio River Barge Lines", local="Tue 2026-11-17 08:30", zone=CHI,
           note="iCIMS notice, iso-8859-1, from a Paducah (Central) employer: Tue 17 Nov 8:30 AM Central (CST, "
                "-6) = 14:30Z, the body also gives 9:30 AM Eastern. 'about 1½ hours' so no end. Contact = "
                "recruiter address in the body.")
def m14():
    body = t("""
        Dear Marcus,

        Thank you for applying for the Fleet & Terminal Analytics Manager position at Ohio River Barge Lines.

        We would like to confirm your interview as follows:

            Date:      Tuesday, November 17, 2026
            Time:      8:30 AM Central (9:30 AM Eastern)
            Location:  ORBL Marine Operations Center, 2201 Kentucky Ave., Paducah, KY 42003
            Format:    In person - about 1½ hours, including a tour of the fleeting area

        Please wear closed-toe shoes. A hard hat and life vest will be provided for the dock tour.

        If you have any questions, please contact Wade Jessup, Talent Acquisition Partner, at
        wade.jessup@orbarge.com or 270-555-0162.

        Regards,
        Ohio River Barge Lines - Human Resources

        ** Please do not reply to this message. This mailbox is not monitored. **
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            "<body style=\"font-family:Verdana,sans-serif;font-size:12px\"><p>"
            + body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>\n")
            + "</p></body></html>\n")
    hs = head(addr("Ohio River Barge Lines", "careers-orbl@talent.icims.com"),
              "Interview Confirmation - Fleet & Terminal Analytics Manager (Req 2026-3314)",
              "2026-11-10 13:02", CHI, "<1447108211.227n.1794337320411@talent.icims.com>",
              "from smtp05.icims.com (smtp05.icims.com [63.146.199.205])", "Ic2274n")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@make.mail(N(15), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-11-30T14:30:00Z", end=None, contact="dave.kessler@findlaycoldchain.com",
           company="Findlay Cold Chain", local="Mon 2026-11-30 09:30", zone=NY,
           note="Phone-written one-liner on top of Marcus's quoted question, sent Wed 25 Nov: 'Monday 11/30 at "
                "9:30' at the Cincinnati office = 9:30 AM EST = 14:30Z. Contact = human sender.")
def m15():
    body = t("""
        Yep confirmed for Monday 11/30 at 9:30. Ask for me at the front desk, there's visitor parking along Elm. Happy thanksgiving

        Dave

        Sent from my iPhone

        > On Nov 25, 2026, at 4:51 PM, Marcus Whitfield <marcus.whitfield@example.org> wrote:
        >
        > Hi Dave,
        >
        > Thanks again for the call. Just confirming we're still on for Monday morning at your
        > Cincinnati office - is 9:30 still good, and is there anything I should bring?
        >
        > Best,
        > Marcus
        """)
    hs = head(addr("Dave Kessler", "dave.kessler@findlaycoldchain.com"),
              "Re: Monday",
              "2026-11-25 18:02", NY, "<A91C0F2E-227O-4B1D-8E7A-3F0C2D1B9E44@findlaycoldchain.com>",
              "from mail-pj1-f49.google.com (mail-pj1-f49.google.com [209.85.216.49])", "Ip2275o",
              extra=[("In-Reply-To", "<CAMw227o-0Q1xK7@mail.example.org>"),
                     ("References", "<CAMw227o-0Q1xK7@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")])
    return message(hs, text(body, cte="7bit", params="format=flowed; delsp=yes"))


@make.mail(N(16), family="taleo_forward", lang="en", interview=True, kind="scheduled",
           start="2026-12-04T18:00:00Z", end="2026-12-04T19:00:00Z",
           contact="alicia.montgomery@cwfreightrail.com", company="Commonwealth Freight Rail",
           local="Fri 2026-12-04 13:00", local_end="2026-12-04 14:00", zone=LOU,
           note="Marcus forwards to himself (example.net -> example.org) a Taleo confirmation as a message/rfc822 "
                "attachment: Fri 4 Dec 1:00-2:00 PM Eastern (EST) = 18:00-19:00Z. The sender is the candidate, "
                "so contact = the recruiter's address inside the forwarded mail.")
def m16():
    inner_body = t("""
        Dear Marcus Whitfield,

        Thank you for your continued interest in Commonwealth Freight Rail. We are pleased to invite you
        to a second interview for the position Manager, Network Analytics (Job Number 2600457).

        Date: Friday, December 4, 2026
        Time: 1:00 PM to 2:00 PM Eastern Standard Time
        Location: Commonwealth Freight Rail, 1500 Algonquin Pkwy, Louisville, KY 40210, Building B
        Interviewers: Alicia Montgomery (Recruiter), Greg Hollins (Director, Network Planning)

        Please bring a list of three professional references.

        For questions, contact Alicia Montgomery at alicia.montgomery@cwfreightrail.com.

        Sincerely,
        Commonwealth Freight Rail Talent Acquisition

        This is an automated message from Oracle Taleo. Please do not reply.
        """)
    inner = message([
        ("From", addr("Commonwealth Freight Rail", "no-reply@taleo.net")),
        ("To", addr("Marcus Whitfield", "marcus.whitfield@example.net")),
        ("Subject", "Interview Invitation - Manager, Network Analytics"),
        ("Date", date("2026-11-27 11:14", LOU)),
        ("Message-ID", "<TAL.227p.2600457.1795710840@cwfr.taleo.net>"),
    ], text(inner_body, cte="quoted-printable"))
    body = t("""
        fwd to main inbox so it's in the tracker

        - sent from my old address
        """)
    hs = head(addr("Marcus Whitfield", "marcus.whitfield@example.net"),
              "Fwd: Interview Invitation - Manager, Network Analytics",
              "2026-11-29 20:40", LOU, "<f1c2227p.6d0e@mail.example.net>",
              "from smtp.example.net (smtp.example.net [203.0.113.44])", "Fw2276p")
    return message(hs, mixed(text(body, cte="7bit"), attached_message(inner, "Interview Invitation.eml")))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-19T18:00:00Z", end=None, contact="jenna.ortiz@fallscityparcel.com",
           company="Falls City Parcel", local="Mon 2026-10-19 14:00", zone=LOU,
           note="Recruiter moves the onsite: old = 'tomorrow' (Thu 15 Oct) at 10, new = 'next Monday (10/19) at "
                "2:00' Eastern (EDT) = 18:00Z; relative days resolved against the Date (Wed 14 Oct). "
                "Contact = human sender. Thread with the first-round confirmation.")
def m17():
    body = t("""
        Hi Marcus,

        I'm so sorry for the late notice - Darnell has been pulled into a peak-season planning session at
        the hub tomorrow, so we need to move your onsite. Instead of Thursday at 10:00 we've moved you to
        next Monday (10/19) at 2:00 PM - you'd mentioned Monday afternoons are open, and Darnell and the
        panel have all accepted. Same location, 7800 Grade Lane, Building 2 lobby.

        New time: Monday, October 19, 2:00 PM Eastern

        Thanks for your flexibility, and again, apologies!

        Jenna

        Jenna Ortiz
        Talent Acquisition | Falls City Parcel
        jenna.ortiz@fallscityparcel.com
        """)
    hs = head(addr("Jenna Ortiz", "jenna.ortiz@fallscityparcel.com"),
              "Change to your onsite - Falls City Parcel",
              "2026-10-14 08:55", LOU, "<CAHx9f227q=Qm1Ry0pLw3vT@mail.gmail.com>",
              "from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", "Hp2277q")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-28T20:00:00Z", end="2026-10-28T21:00:00Z",
           contact="priya.sandoval@circlecityanalytics.com", company="Circle City Analytics",
           local="Wed 2026-10-28 16:00", local_end="2026-10-28 17:00", zone=IND,
           note="Google Calendar 'Updated invitation' (SEQUENCE 1): the final round moves from Fri 23 Oct 11am "
                "to Wed 28 Oct 4pm-5pm Eastern (EDT) = 20:00-21:00Z; ICS in UTC agrees. Contact = organizer.")
def m18():
    body = t("""
        This event has been updated
        Changed: time

        Circle City Analytics - Final round (Marcus Whitfield)
        When
        Changed: Wednesday Oct 28, 2026 ⋅ 4pm – 5pm (Eastern Time - Indianapolis)
        Previously: Friday Oct 23, 2026 ⋅ 11am – 12pm (Eastern Time - Indianapolis)

        Location
        Circle City Analytics, 251 N Illinois St, Suite 900, Indianapolis, IN 46204
        View map https://www.google.com/maps/search/251+N+Illinois+St

        Guests
        • Priya Sandoval - organizer
        • Marcus Whitfield
        • nadia.ferris@circlecityanalytics.com

        Marcus - Nadia (our CEO) can only do Wednesday, sorry for the shuffle! Everything else stays the same.

        View all event details https://calendar.google.com/calendar/event?action=VIEW&eid=N2E5YjM

        Reply for marcus.whitfield@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2E5YjM&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2E5YjM&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2E5YjM&rst=3

        Invitation from Google Calendar
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261028T200000Z
DTEND:20261028T210000Z
DTSTAMP:20261020T141122Z
ORGANIZER;CN=Priya Sandoval:mailto:priya.sandoval@circlecityanalytics.com
UID:7a9b3e0c51d2227r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.whitfield@example.org;X-NUM-GUESTS=0:mailto:marcus.whitfield@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=nadia.ferris@circlecityanalytics.com;X-NUM-GUESTS=0:mailto:nadia.ferris@circlecityanalytics.com
CREATED:20261009T152040Z
DESCRIPTION:Marcus - Nadia (our CEO) can only do Wednesday\\, sorry for the s
 huffle! Everything else stays the same.
LAST-MODIFIED:20261020T141120Z
LOCATION:Circle City Analytics\\, 251 N Illinois St\\, Suite 900\\, Indianapolis\\, IN 46204
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Circle City Analytics - Final round (Marcus Whitfield)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Updated invitation: Circle City Analytics - Final round (Marcus Whitfield) @ "
            "Wed Oct 28, 2026 4pm - 5pm (EDT) (marcus.whitfield@example.org)")
    hs = head(addr("Priya Sandoval", "priya.sandoval@circlecityanalytics.com"), subj,
              "2026-10-20 10:11", IND, "<calendar-7a9b3e0c-51d2-227r@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "Gc2278r",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Priya Sandoval", "priya.sandoval@circlecityanalytics.com"))])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(19), family="exchange", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z", contact="beau.hardesty@copperstilldistilling.com",
           company="Copper Still Distilling Co.", local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00",
           zone=LOU,
           note="Outlook update (SEQUENCE 1) across the DST change: old Fri 30 Oct 10:00 (EDT), new Tue 3 Nov "
                "11:00-12:00 'Eastern Standard Time' = EST (-5) = 16:00-17:00Z, sent Wed 28 Oct in EDT. "
                "Contact = human organizer/sender.")
def m19():
    body = t("""
        Marcus -

        Friday 10/30 isn't going to work after all, we've got a barrel fill that morning and I can't be off
        the floor. Moved us to Tuesday 11/3, 11 to noon, same place (warehouse office behind Rickhouse C).
        Jim and the owner, Mrs. Lyle, will both be there this time.

        Updated invite attached - hit accept if that works.

        Beau
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Beau Hardesty:mailto:beau.hardesty@copperstilldistilling.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Whitfield:mailto:marcus.whitfield@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jim Tackett:mailto:jim.tackett@copperstilldistilling.com
UID:040000008200E00074C5B7101A82E00800000000A3C1227S0000000000000000100000009
SUMMARY;LANGUAGE=en-US:Marcus Whitfield - second interview
DTSTART;TZID=Eastern Standard Time:20261103T110000
DTEND;TZID=Eastern Standard Time:20261103T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T124417Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Warehouse office (behind Rickhouse C)\\, 1180 Loretto Rd\\, Bardstown
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Beau Hardesty", "beau.hardesty@copperstilldistilling.com"),
              "Updated: Marcus Whitfield - second interview",
              "2026-10-28 08:44", LOU, "<000b01db2911$1c2e8f40$548badc0$@copperstilldistilling.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2102.outbound.protection.outlook.com "
              "[40.107.237.102])", "Cs2279s",
              extra=[("Thread-Topic", "Marcus Whitfield - second interview"), ("Content-Language", "en-US")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-12-10T16:00:00Z", end=None, contact="lacey.pruitt@cumberlandfreight.com",
           company="Cumberland Freight Systems", local="Thu 2026-12-10 10:00", zone=CHI,
           note="Nashville coordinator, iso-8859-1 quoted-printable text: final round moves from Tue 8 Dec 1:00 PM "
                "CT to Thu 10 Dec 10:00 AM Central (CST, -6; '11:00 your time') = 16:00Z. Contact = human sender.")
def m20():
    body = t("""
        Hi Marcus,

        Quick change on our end: Andre has to be in Memphis on Tuesday, so we're moving your final
        round from Tuesday, December 8 at 1:00 PM CT to Thursday, December 10 at 10:00 AM Central
        (11:00 AM your time in Louisville). Same place - our office at 1 Cumberland Plaza, 6th floor.

        The agenda hasn't changed: Andre, then lunch with two of the planners at the café downstairs.
        Please bring a printed copy of your résumé for our CFO, she likes paper!

        I've updated the invite. Let me know if Thursday is a problem.

        Thanks,
        Lacey

        Lacey Pruitt | Hiring Coordinator
        Cumberland Freight Systems
        615-555-0129
        """)
    hs = head(addr("Lacey Pruitt", "lacey.pruitt@cumberlandfreight.com"),
              "Final round - new date",
              "2026-12-03 15:27", CHI, "<MN2PR05MB6991C3E0227T@MN2PR05MB6991.namprd05.prod.outlook.com>",
              "from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2139.outbound.protection.outlook.com "
              "[40.107.94.139])", "Cf2270t")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="ashby", lang="en", interview=True, kind="cancelled",
           start="2026-10-05T17:00:00Z", end="2026-10-05T18:00:00Z", contact="mei.lindqvist@tallyroute.com",
           company="Tallyroute", local="Mon 2026-10-05 13:00", local_end="2026-10-05 14:00", zone=NY,
           note="Ashby cancellation (METHOD:CANCEL) of the Mon 5 Oct 1:00-2:00 PM EDT panel = 17:00-18:00Z; "
                "the role is paused, no new time. Contact = Reply-To recruiter.")
def m21():
    body = t("""
        Hi Marcus,

        Unfortunately, we need to cancel your upcoming interview:

        Analytics Lead (Remote) - Panel Interview
        Monday, October 5, 2026, 1:00 PM – 2:00 PM EDT

        We've made the difficult decision to pause hiring for this role while we finalize our 2027
        budget. This has nothing to do with your candidacy - the team really enjoyed your conversation
        with Wen Jie. We'll reach out if the role reopens.

        Questions? Just reply and it will reach Mei Lindqvist.

        Thanks,
        Tallyroute Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:ashby-8d1a7c40-2f65-4e1b-b3c9-227u0c0ffee2
DTSTAMP:20260930T190512Z
DTSTART;TZID=America/New_York:20261005T130000
DTEND;TZID=America/New_York:20261005T140000
SEQUENCE:1
SUMMARY:Canceled: Tallyroute – Analytics Lead (Remote) Panel Interview
ORGANIZER;CN=Mei Lindqvist:mailto:mei.lindqvist@tallyroute.com
ATTENDEE;CN=Marcus Whitfield;ROLE=REQ-PARTICIPANT:mailto:marcus.whitfield@example.org
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tallyroute", "no-reply@ashbyhq.com"),
              "Interview canceled: Analytics Lead (Remote) at Tallyroute",
              "2026-09-30 15:05", NY, "<01000192a41b7f33-ashby-227u-41c8-a0d2-7e55c1000000@email.amazonses.com>",
              "from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])", "Ab2271u",
              extra=[("Reply-To", addr("Mei Lindqvist", "mei.lindqvist@tallyroute.com"))])
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                      disposition="attachment")))


@make.mail(N(22), family="microsoft_bookings", lang="en", interview=True, kind="cancelled",
           start="2026-11-19T20:00:00Z", end="2026-11-19T20:30:00Z", contact=None,
           company="Ridgeline Staffing", local="Thu 2026-11-19 15:00", local_end="2026-11-19 15:30", zone=LOU,
           note="Microsoft Bookings cancellation from a shared Bookings mailbox: Thu 19 Nov 3:00-3:30 PM (UTC-05:00) "
                "Eastern = EST = 20:00-20:30Z; ICS METHOD:CANCEL agrees. A rebooking link, no new time. No "
                "personal address (staff name only) -> contact null. Company = the agency.")
def m22():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <p style="font-size:20px;font-weight:600">Your booking has been canceled</p>
        <p>Hi Marcus Whitfield,</p>
        <p>Your booking with Ridgeline Staffing - Louisville has been canceled.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Candidate interview - Operations &amp; Analytics desk</td></tr>
        <tr><td style="color:#605e5c">Date &amp; time</td><td>Thursday, November 19, 2026 3:00 PM - 3:30 PM
        (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Corey Vance</td></tr>
        <tr><td style="color:#605e5c">Cancellation reason</td><td>Consultant unavailable - please book a new time.</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/RidgelineStaffingLouisville@ridgelinestaffing.com/bookings/"
        style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Book again</a></p>
        <p style="color:#605e5c;font-size:12px">Ridgeline Staffing - Louisville<br>9300 Shelbyville Rd, Suite 210,
        Louisville, KY 40222<br>(502) 555-0170</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Ridgeline Staffing - Louisville:mailto:RidgelineStaffingLouisville@ridgelinestaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Marcus Whitfield:mailto:marcus.whitfield@example.org
UID:040000008200E00074C5B7101A82E00800000000B0D2227V00000000000000001000000
SUMMARY;LANGUAGE=en-US:Canceled: Candidate interview - Operations & Analytics desk
DTSTART;TZID=Eastern Standard Time:20261119T150000
DTEND;TZID=Eastern Standard Time:20261119T153000
STATUS:CANCELLED
SEQUENCE:2
DTSTAMP:20261116T213301Z
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Ridgeline Staffing - Louisville", "RidgelineStaffingLouisville@ridgelinestaffing.com"),
              "Canceled: Candidate interview - Operations & Analytics desk",
              "2026-11-16 16:33", LOU, "<PH0PR13MB5230B0D2227V@PH0PR13MB5230.namprd13.prod.outlook.com>",
              "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2121.outbound.protection.outlook.com "
              "[40.107.243.121])", "Bk2272v")
    return message(hs, mixed(html(page), calendar(ics, method="CANCEL", cte="base64", filename="booking.ics",
                                                  disposition="attachment")))


@make.mail(N(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-14T15:00:00Z", end="2026-12-14T16:00:00Z", contact="hannah.okafor@limestoneroute.io",
           company="Limestone Route Labs", local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:00", zone=LOU,
           note="Google Calendar cancellation with a personal note: final round Mon 14 Dec 10am-11am EST = "
                "15:00-16:00Z; a new time is promised for January but none fixed, so cancelled. Contact = organizer.")
def m23():
    body = t("""
        This event has been canceled with a note:
        "Marcus - I'm really sorry. Our lead investor pushed our board meeting into that slot and we're
        also revisiting the role's scope for Q1. I'll reach out the first week of January to find a new
        time. - Hannah"

        Final round: Limestone Route Labs x Marcus Whitfield
        When
        Monday Dec 14, 2026 ⋅ 10am – 11am (Eastern Time - New York)

        Guests
        • Hannah Okafor - organizer
        • Marcus Whitfield
        • eli.brandenburg@limestoneroute.io

        Invitation from Google Calendar
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261214T150000Z
DTEND:20261214T160000Z
DTSTAMP:20261209T164455Z
ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@limestoneroute.io
UID:5e0c2b9a14f7227w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Whitfield;X-NUM-GUESTS=0:mailto:marcus.whitfield@example.org
CREATED:20261201T201500Z
LAST-MODIFIED:20261209T164453Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Final round: Limestone Route Labs x Marcus Whitfield
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Canceled event with note: Final round: Limestone Route Labs x Marcus Whitfield @ "
            "Mon Dec 14, 2026 10am - 11am (EST) (marcus.whitfield@example.org)")
    hs = head(addr("Hannah Okafor", "hannah.okafor@limestoneroute.io"), subj,
              "2026-12-09 11:44", LOU, "<calendar-5e0c2b9a-14f7-227w@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "Gc2273w",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Hannah Okafor", "hannah.okafor@limestoneroute.io"))])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Fjordline Logistics",
           note="Teamtailor rejection after an application; no interview time.")
def m24():
    body = t("""
        Hi Marcus,

        Thank you for applying for the position Senior Supply Chain Analyst (US, Remote) at Fjordline
        Logistics and for your interest in joining our team.

        We have now reviewed all applications, and unfortunately we have decided to move forward with
        other candidates whose experience more closely matches our needs at this time.

        We'd love to keep your profile in our talent pool for future openings - you can manage your data
        in our Connect portal at any time.

        Best regards,
        Ingrid Solheim
        Fjordline Logistics
        """)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a\">"
            + "".join(f"<p>{p_.replace(chr(10), '<br>')}</p>" for p_ in body.strip().split("\n\n"))
            + "<p style=\"font-size:11px;color:#999\">Sent with Teamtailor</p></body></html>\n")
    hs = head(addr("Fjordline Logistics", "no-reply@teamtailor-mail.com"),
              "Your application to Fjordline Logistics",
              "2026-09-08 04:12", "America/Chicago", "<teamtailor.227x.8b1f0c@teamtailor-mail.com>",
              "from mail.teamtailor-mail.com (mail.teamtailor-mail.com [185.12.5.40])", "Tt2274x",
              extra=[("Reply-To", addr("Fjordline Logistics", "jobs+4f21c@fjordline.teamtailor-mail.com"))])
    return message(hs, alt(text(body), html(page)))


@make.mail(N(25), family="offer", lang="en", interview=False, company="Falls City Parcel",
           days=(("Thu", "2026-10-29"),),
           note="Offer letter after the onsite; it fixes a benefits walkthrough call (Thu 29 Oct 2:00 PM), "
                "which is not an interview.")
def m25():
    body = t("""
        Hi Marcus,

        I'm thrilled to share that the team would like to offer you the role of Senior Analyst, Network
        Planning at Falls City Parcel! Your offer letter is attached and summarizes base salary, the
        annual incentive target and your proposed start date of Monday, December 7.

        I've put 30 minutes on the calendar with our benefits team for Thursday, October 29 at 2:00 PM
        so they can walk you through medical, the 401(k) match and the peak-season schedule. Of course,
        call me any time before then with questions.

        Please let us know your decision by November 3.

        Congratulations!
        Jenna

        Jenna Ortiz
        Talent Acquisition | Falls City Parcel
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Offer_Letter_M_Whitfield.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Offer_Letter_M_Whitfield.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDw+PgolJUVPRgo=\r\n")
    hs = head(addr("Jenna Ortiz", "jenna.ortiz@fallscityparcel.com"),
              "Offer - Senior Analyst, Network Planning",
              "2026-10-26 17:05", LOU, "<CAHx9f227y=Uo8Lm2pQe5wB@mail.gmail.com>",
              "from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", "Hp2275y")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@make.mail(N(26), family="application_ack", lang="en", interview=False, company="Rheinfeld Packaging",
           note="Personio application receipt from a German-owned plant in Florence, KY; no interview.")
def m26():
    body = t("""
        Dear Marcus Whitfield,

        Thank you for your application as Operations Analytics Manager (m/f/d) - Florence, KY.

        We have received your documents and will review them carefully. We will get back to you within
        the next two to three weeks. If your profile matches, our HR team will contact you to arrange
        an interview.

        Kind regards
        Your Rheinfeld Packaging recruiting team

        Rheinfeld Packaging US Inc. | 7400 Industrial Rd | Florence, KY 41042
        This email was sent automatically via Personio.
        """)
    hs = head(addr("Rheinfeld Packaging", "no-reply@personio.de"),
              "Your application as Operations Analytics Manager (m/f/d)",
              "2026-09-04 12:31", LOU, "<personio.227z.cand.5531207@personio.de>",
              "from mail-out.personio.de (mail-out.personio.de [3.120.181.9])", "Pe2276z")
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(27), family="job_alert", lang="en", interview=False, company=None,
           note="JOIN job alert digest; job listings, no interview.")
def m27():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marcus,</p>
        <p>Here are <b>6 new jobs</b> matching your alert <i>"logistics analytics - Louisville, KY + remote"</i>:</p>
        <ul>
        <li><b>Analytics Lead, Last Mile</b> - Oakmere Delivery, Louisville, KY - $115k-$135k</li>
        <li><b>Supply Chain Data Manager</b> - Brightfork Foods, Lexington, KY</li>
        <li><b>Senior Transportation Analyst</b> - Hoosier Crossdock, Indianapolis, IN - Hybrid</li>
        <li><b>Manager, Fulfillment Analytics</b> - Pennyroyal Outdoor, Remote (US)</li>
        <li><b>Inventory Planning Lead</b> - Queen City Pharma Distribution, Cincinnati, OH</li>
        <li><b>BI Lead, Operations</b> - Music Row Media Supply, Nashville, TN</li>
        </ul>
        <p>Tip: candidates who apply within 48 hours are 3x more likely to get an interview invitation.</p>
        <p><a href="https://join.com/alerts/manage">Manage alerts</a> | <a href="https://join.com/unsubscribe">Unsubscribe</a></p>
        <p style="font-size:11px;color:#888">JOIN Solutions AG</p>
        </body></html>
        """)
    hs = head(addr("JOIN", "alerts@join.com"),
              "6 new jobs for \"logistics analytics - Louisville, KY + remote\"",
              "2026-10-06 06:00", LOU, "<alert.227aa.20261006@join.com>",
              "from mail.join.com (mail.join.com [52.29.17.99])", "Jn2277aa",
              extra=[("List-Unsubscribe", "<https://join.com/unsubscribe?u=227aa>")])
    return message(hs, html(page, cte="base64"))


@make.mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Career newsletter about interview questions; no appointment of Marcus's.")
def m28():
    body = t("""
        THE DOCK DOOR - a weekly letter for supply chain careers
        Issue 112

        7 questions to ask at the end of your interview

        You made it to the final 10 minutes and the hiring manager says "So, what questions do you have
        for us?" This is where a lot of strong candidates fade. Here's what to ask instead:

        1. "What does a great first 90 days look like in this role?"
        2. "Which metric does this team get yelled at about during peak?"
        3. "Who will I work with most outside the team?"
        ...

        Read the full post: https://thedockdoor.substack.com/p/7-questions-end-of-interview

        Live Q&A: paid subscribers can join our mock interview hour on Thursday at 8 PM ET.

        You're receiving this because you subscribed to The Dock Door.
        Unsubscribe https://thedockdoor.substack.com/action/disable_email
        """)
    hs = head(addr("The Dock Door", "thedockdoor@substack.com"),
              "7 questions to ask at the end of your interview",
              "2026-09-24 07:30", NY, "<20260924113000.3.227ab@mg1.substack.com>",
              "from mg1.substack.com (mg1.substack.com [192.237.158.110])", "Sb2278ab",
              extra=[("List-Id", "<thedockdoor.substack.com>"),
                     ("List-Unsubscribe", "<https://thedockdoor.substack.com/action/disable_email>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="scheduling_link", lang="en", interview=False, company="Hartwell Medical Logistics",
           days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
           note="softgarden self-scheduling: Marcus must pick one of several offered slots; nothing confirmed yet.")
def m29():
    body = t("""
        Dear Mr. Whitfield,

        Thank you for your application for the position Analytics Manager, Distribution at Hartwell
        Medical Logistics in Cincinnati. We would like to get to know you in a video interview.

        Please choose a suitable date via the following link:
        https://hartwell-medical.softgarden.io/interview/select?token=6f0c227ac

        Available slots (Eastern Time):
          Thu, Nov 12, 2026 - 10:00 AM
          Thu, Nov 12, 2026 - 1:30 PM
          Fri, Nov 13, 2026 - 2:00 PM

        The slots are reserved on a first-come, first-served basis.

        Best regards
        Talent Acquisition Team
        Hartwell Medical Logistics

        This email was sent via softgarden.
        """)
    hs = head(addr("Hartwell Medical Logistics", "noreply@softgarden.io"),
              "Please choose an interview date - Analytics Manager, Distribution",
              "2026-11-09 10:47", NY, "<sg.227ac.inv.88410@softgarden.io>",
              "from mailout.softgarden.io (mailout.softgarden.io [185.88.202.17])", "Sg2279ac")
    return message(hs, alt(text(body, charset="iso-8859-15"),
                           html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                                + "</p></body></html>\n", charset="iso-8859-15")))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Ridgeline Staffing",
           note="Agency recruiter asks Marcus to book any slot on his Calendly; no time fixed.")
def m30():
    body = t("""
        Hey Marcus,

        Corey from Ridgeline here - sorry our call last week fell through on my end. I've got two
        clients (a 3PL out by the airport and a regional grocer) looking for an ops analytics lead
        and I think you'd be a great fit for either.

        Grab whatever works on my calendar and we'll talk through both:
        https://calendly.com/corey-vance-ridgeline/20min

        Thanks!
        Corey Vance
        Senior Recruiter, Operations & Analytics | Ridgeline Staffing
        corey.vance@ridgelinestaffing.com | (502) 555-0171
        """)
    hs = head(addr("Corey Vance", "corey.vance@ridgelinestaffing.com"),
              "rebooking our call",
              "2026-11-23 09:03", LOU, "<SJ0PR13MB5580A227AD@SJ0PR13MB5580.namprd13.prod.outlook.com>",
              "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2121.outbound.protection.outlook.com "
              "[40.107.243.121])", "Rs2270ad")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Monon Trail Logistics",
           note="Cold outreach from an Indianapolis in-house recruiter; asks for a chat 'sometime next week', no time.")
def m31():
    body = t("""
        Hi Marcus,

        I came across your profile and your work on hub throughput modeling caught my eye. I'm hiring
        a Director of Network Analytics at Monon Trail Logistics here in Indianapolis (hybrid, 2 days
        in office - though we'd consider the right person in Louisville).

        Would you be open to a quick, informal chat sometime next week? If so, send me a couple of
        times that work and I'll get something on the calendar.

        Best,
        Rachel Oyelaran
        Talent Partner, Monon Trail Logistics
        """)
    hs = head(addr("Rachel Oyelaran", "rachel.oyelaran@monontrail.com"),
              "Director of Network Analytics - Indianapolis",
              "2026-09-18 13:26", IND, "<CAOy7Rq227ae=Kd9sHvB4@mail.gmail.com>",
              "from mail-oi1-f181.google.com (mail-oi1-f181.google.com [209.85.167.181])", "Mt2271ae")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="proposed_times", lang="en", interview=False, company="Mill Creek Consumer Brands",
           days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")),
           note="Recruiter proposes times for a first conversation ('Would Tuesday 10/27 at 10 work?'); not "
                "yet confirmed. The onsite is confirmed later in a separate GoodTime mail.")
def m32():
    body = t("""
        Hi Marcus,

        Thanks for sending over your resume - Raj would love to set up a first conversation about the
        Demand Planning Analytics Manager role.

        Would Tuesday 10/27 at 10:00 AM work? If not, Wednesday 10/28 at 3:00 PM is also open. Both
        times Eastern, 30 minutes over Zoom.

        Once you confirm I'll send over the invite.

        Thanks,
        Kendra

        Kendra Muehlenkamp | Recruiter
        Mill Creek Consumer Brands | Cincinnati, OH
        """)
    hs = head(addr("Kendra Muehlenkamp", "kendra.muehlenkamp@millcreekbrands.com"),
              "Demand Planning Analytics Manager - first conversation",
              "2026-10-22 11:48", NY, "<DM6PR02MB4491C227AF@DM6PR02MB4491.namprd02.prod.outlook.com>",
              "from NAM02-DM6-obe.outbound.protection.outlook.com (mail-dm6nam02on2097.outbound.protection.outlook.com "
              "[40.107.209.97])", "Mc2272af")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(33), family="job_centre", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Unemployment-insurance reemployment (RESEA) appointment with a fixed time; a government "
                "appointment, not a job interview.")
def m33():
    body = t("""
        JEFFERSON COUNTY WORKFORCE CENTER
        Reemployment Services and Eligibility Assessment (RESEA) - Appointment Notice

        Claimant: MARCUS WHITFIELD
        Claim ID: ***-**-4417

        You are scheduled for a REQUIRED reemployment appointment:

          Date:     Tuesday, October 6, 2026
          Time:     9:00 AM (Eastern)
          Location: 600 W. Cedar St., 2nd Floor, Louisville, KY 40202
          Career Advisor: assigned at check-in

        Please bring: photo ID, your work search log for the last 4 weeks, and an updated resume.
        During the appointment we will review your job search, practice interviewing skills and
        register you for upcoming hiring events.

        Failure to attend may affect your eligibility for unemployment insurance benefits.
        To reschedule, call (502) 555-0100 at least 24 hours in advance.

        This is an automated message. Do not reply.
        """)
    hs = head(addr("Workforce Center Appointments", "noreply@jcworkforce-ky.example.gov"),
              "RESEA Appointment Notice - Action Required",
              "2026-09-28 07:02", LOU, "<resea.227ag.4417.20260928@jcworkforce-ky.example.gov>",
              "from relay.jcworkforce-ky.example.gov (relay.jcworkforce-ky.example.gov [198.51.100.77])",
              "Wf2273ag")
    return message(hs, text(body, cte="7bit"))


@make.mail(N(34), family="press_interview", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="A trade-press reporter confirms a phone interview with Marcus as a source (Thu 15 Oct at 11); "
                "confirmed time, but not a job interview.")
def m34():
    body = t("""
        Hi Marcus,

        Great, thanks for agreeing to talk! Confirming our phone interview for Thursday, Oct 15 at
        11:00 a.m. Eastern. I'll call your cell. Should take 20 minutes or so.

        The piece is about how regional parcel hubs are planning for this year's peak season - I'd
        mostly like your take on labor forecasting and what's changed since 2024. Happy to keep you
        on background if you'd rather not be named given you're between roles.

        Talk soon,
        Dana Kowalczyk
        Senior Reporter, Ohio Valley Freight Weekly
        dana.k@ovfreightweekly.com | @danak_freight
        """)
    hs = head(addr("Dana Kowalczyk", "dana.k@ovfreightweekly.com"),
              "Re: interview request - peak season story",
              "2026-10-12 16:20", NY, "<CAFr227ah+Pz3nQ8u1@mail.gmail.com>",
              "from mail-lj1-f172.google.com (mail-lj1-f172.google.com [209.85.208.172])", "Pr2274ah",
              extra=[("In-Reply-To", "<CAMw227ah-Yt2@mail.example.org>"),
                     ("References", "<CAFr227ag@mail.gmail.com> <CAMw227ah-Yt2@mail.example.org>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(35), family="podcast", lang="en", interview=False, company=None,
           note="Marcus is the guest on a podcast recording (Wed 18 Nov 3:00 PM ET, ICS attached); confirmed, "
                "but not a job interview.")
def m35():
    body = t("""
        Hi Marcus,

        You're confirmed as a guest on Last Mile Talk!

        Recording: Wednesday, November 18, 2026, 3:00 PM - 4:00 PM ET
        Studio link: https://riverside.fm/studio/last-mile-talk?t=227ai

        Episode: "Forecasting peak without burning out your hub"
        Host: Terrence Gaines

        A few tips: wired headphones, a quiet room, and close other apps. We'll do a 10-minute sound check
        before we start. It's a conversation, not an interview in the scary sense - no prep needed!

        The calendar invite is attached.

        Cheers,
        Bri Tolliver
        Producer, Last Mile Talk
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Last Mile Talk//Guest Booking//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lmt-guest-227ai@lastmiletalk.fm
DTSTAMP:20261110T180000Z
DTSTART:20261118T200000Z
DTEND:20261118T210000Z
SUMMARY:Last Mile Talk - podcast recording (guest: Marcus Whitfield)
LOCATION:https://riverside.fm/studio/last-mile-talk?t=227ai
ORGANIZER;CN=Bri Tolliver:mailto:bri@lastmiletalk.fm
ATTENDEE;CN=Marcus Whitfield;RSVP=TRUE:mailto:marcus.whitfield@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Bri Tolliver", "bri@lastmiletalk.fm"),
              "You're booked: Last Mile Talk recording on Nov 18",
              "2026-11-10 13:00", NY, "<lmt.227ai.guest@lastmiletalk.fm>",
              "from mail-qt1-f182.google.com (mail-qt1-f182.google.com [209.85.160.182])", "Pd2275ai")
    return message(hs, mixed(text(body), calendar(ics, filename="recording.ics", disposition="attachment")))


@make.mail(N(36), family="admission_interview", lang="en", interview=False, company=None,
           days=(("Sat", "2026-09-26"),),
           note="Executive MBA admissions interview (Sat 26 Sep 9:30 AM, ICS): a school admission interview, "
                "not a job interview.")
def m36():
    body = t("""
        Dear Marcus,

        Thank you for submitting your application to the Executive MBA program at the Ohio Falls School of
        Business. We are pleased to invite you to an admissions interview.

        Date: Saturday, September 26, 2026
        Time: 9:30 AM Eastern
        Location: Admissions Suite, Room 310, Hollister Hall (or via Zoom on request)
        Interviewer: Dr. Celeste Amundsen, Associate Director of Graduate Admissions

        The interview lasts 30 minutes and is conversational; we'd like to hear about your leadership
        experience and your goals for the program.

        Warm regards,
        Office of Graduate Admissions
        Ohio Falls School of Business
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Slate//Technolutions//EN
METHOD:PUBLISH
{VTZ_LOU}
BEGIN:VEVENT
UID:slate-227aj-emba@ohiofalls.example.edu
DTSTAMP:20260918T141500Z
DTSTART;TZID=America/Kentucky/Louisville:20260926T093000
DTEND;TZID=America/Kentucky/Louisville:20260926T100000
SUMMARY:EMBA Admissions Interview
LOCATION:Hollister Hall 310
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("OFSB Graduate Admissions", "gradadmissions@ohiofalls.example.edu"),
              "Executive MBA - Admissions Interview Invitation",
              "2026-09-18 10:15", LOU, "<slate.227aj.emba@ohiofalls.example.edu>",
              "from mx.technolutions.net (mx.technolutions.net [64.18.126.10])", "Ad2276aj")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="interview.ics",
                                                  disposition="attachment")))


@make.mail(N(37), family="sports_tryout", lang="en", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Rugby club try-out confirmation (Sat 12 Sep 10 AM); fixed time, not a job interview.")
def m37():
    body = t("""
        Hey Marcus,

        Thanks for signing up - you're on the list for our fall open try-out!

        Saturday, Sept 12, 10:00 AM, Cochran Field (park at the lower lot). Bring boots, a mouthguard and
        water. We'll run fitness tests, then some contact drills and a short scrimmage. No experience
        needed for the D3 side, we'll teach you.

        Social after at Hanover Tap Room.

        Cheers,
        Fitz
        Derby City RFC - Club Secretary
        """)
    hs = head(addr("Derby City RFC", "secretary@derbycityrfc.example.com"),
              "Fall try-out - you're registered",
              "2026-09-07 21:14", LOU, "<b4e0a227ak@derbycityrfc.example.com>",
              "from mail-vk1-f170.google.com (mail-vk1-f170.google.com [209.85.221.170])", "Rf2277ak")
    return message(hs, text(body, cte="8bit"))


@make.mail(N(38), family="car_service", lang="en", interview=False, company=None,
           days=(("Mon", "2026-11-09"),),
           note="Car service appointment confirmation (Mon 9 Nov 7:30 AM); not an interview.")
def m38():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#b30000">Appointment Confirmed</h2>
        <p>Hi Marcus,</p>
        <p>Your service appointment at <b>Shelbyville Road Auto Care</b> is confirmed.</p>
        <table cellpadding="4">
        <tr><td>Date:</td><td>Monday, November 9, 2026</td></tr>
        <tr><td>Drop-off time:</td><td>7:30 AM</td></tr>
        <tr><td>Vehicle:</td><td>2019 Honda CR-V</td></tr>
        <tr><td>Services:</td><td>Oil &amp; filter change, tire rotation, 60k-mile inspection</td></tr>
        <tr><td>Advisor:</td><td>Ron Beasley</td></tr>
        </table>
        <p>A shuttle to downtown leaves at 8:00 AM. Reply C to confirm or R to reschedule.</p>
        <p>12400 Shelbyville Rd, Louisville, KY 40243 &middot; (502) 555-0195</p>
        </body></html>
        """)
    hs = head(addr("Shelbyville Road Auto Care", "appointments@srautocare.example.com"),
              "Your service appointment is confirmed - Mon, Nov 9",
              "2026-11-04 18:40", LOU, "<appt.227al.55310@srautocare.example.com>",
              "from o7.sendgrid.net (o7.sendgrid.net [167.89.110.7])", "Ca2278al")
    return message(hs, html(page))


@make.mail(N(39), family="jury_duty", lang="en", interview=False, company=None,
           days=(("Mon", "2026-12-07"),),
           note="Jury summons with a questionnaire and a reporting date (Mon 7 Dec 8:00 AM); court date, "
                "not a job interview. Mentions voir dire questioning.")
def m39():
    body = t("""
        JURY ADMINISTRATION - CIRCUIT COURT
        Electronic Juror Summons

        Marcus Whitfield, you have been selected for jury service.

        1) Complete your online juror qualification questionnaire within 10 days:
           https://juror.circuitcourt.example.gov/q?id=227am
        2) Report for service:
           Monday, December 7, 2026 at 8:00 AM
           Judicial Center, 700 W. Jefferson St., Jury Pool Room (3rd floor)

        Prospective jurors may be questioned by the judge and attorneys (voir dire) before selection.
        Employers may not penalize employees for jury service. If you are unemployed or a full-time
        caregiver, you may request a one-time postponement in the questionnaire.

        Jury Administration
        """)
    hs = head(addr("Jury Administration", "jury-noreply@circuitcourt.example.gov"),
              "Juror Summons and Questionnaire - Response Required",
              "2026-11-13 08:00", LOU, "<jury.227am.20261113@circuitcourt.example.gov>",
              "from smtp.circuitcourt.example.gov (smtp.circuitcourt.example.gov [198.51.100.18])", "Ju2279am")
    return message(hs, alt(text(body), html("<html><body><pre>" + body + "</pre></body></html>\n")))


@make.mail(N(40), family="mock_interview", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="A career coach's booked mock-interview session (Thu 8 Oct 7:00 PM ET, Acuity-style, ICS); "
                "a practice session, not a job interview.")
def m40():
    body = t("""
        Hi Marcus,

        Your appointment is confirmed!

        What: Mock Interview + Feedback (60 minutes)
        When: Thursday, October 8, 2026 7:00pm - 8:00pm (Eastern Time)
        With: Lorraine Beckett, Summit Path Career Coaching
        Where: Zoom - https://us06web.zoom.us/j/81523340227

        Please send me the job description for the role you're preparing for (the Circle City Analytics
        one?) and I'll run the session like a real panel interview, then we'll debrief.

        Need to make a change? Reschedule or cancel: https://summitpathcoaching.as.me/schedule.php?action=appt

        Lorraine
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Acuity Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:acuity-227an-1180223@acuityscheduling.com
DTSTAMP:20261002T010500Z
DTSTART:20261008T230000Z
DTEND:20261009T000000Z
SUMMARY:Mock Interview + Feedback with Lorraine Beckett
LOCATION:https://us06web.zoom.us/j/81523340227
ORGANIZER;CN=Lorraine Beckett:mailto:lorraine@summitpathcoaching.com
ATTENDEE;CN=Marcus Whitfield:mailto:marcus.whitfield@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lorraine Beckett", "notifications@acuityscheduling.com"),
              "Confirmed: Mock Interview + Feedback on Thursday, October 8, 2026",
              "2026-10-01 21:05", NY, "<acuity.227an.1180223@acuityscheduling.com>",
              "from mail.acuityscheduling.com (mail.acuityscheduling.com [198.21.6.123])", "Ac2270an",
              extra=[("Reply-To", addr("Lorraine Beckett", "lorraine@summitpathcoaching.com"))])
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="appointment.ics", disposition="attachment")))


@make.mail(N(41), family="forwarded_other_candidate", lang="en", interview=False, company=None,
           days=(("Mon", "2026-11-16"),),
           note="His sister forwards HER Recruitee interview confirmation (Mon 16 Nov 10:00) asking for tips; "
                "a confirmed interview, but not Marcus's. Company null: the sender is family, not an employer.")
def m41():
    inner_body = t("""
        Hi Jamie,

        Great news - your interview for Patient Access Coordinator at Norbourne Health Partners is confirmed.

        Date: Monday, November 16, 2026
        Time: 10:00 AM - 10:45 AM (EST)
        Location: Norbourne Health Partners, 3900 Kresge Way, Louisville, KY 40207
        With: Andrea Voss, Practice Manager

        Please reply to this email if you need to change the time.

        Kind regards,
        Norbourne Health Partners recruitment team
        Sent with Recruitee
        """)
    inner = message([
        ("From", addr("Norbourne Health Partners", "norbourne@recruitee-mail.com")),
        ("To", addr("Jamie Whitfield-Ross", "jamie.wross@example.net")),
        ("Subject", "Interview confirmed: Patient Access Coordinator"),
        ("Date", date("2026-11-09 10:02", LOU)),
        ("Message-ID", "<rt.227ao.cand.99120@recruitee-mail.com>"),
    ], text(inner_body))
    body = t("""
        Hey big brother -

        Look!! Got the interview at Norbourne. You've done like 10 of these this fall, any tips?? Should I
        wear a suit for a front-desk job or is that too much. Call me tonight if you can.

        J
        """)
    hs = head(addr("Jamie Whitfield-Ross", "jamie.wross@example.net"),
              "Fwd: Interview confirmed: Patient Access Coordinator",
              "2026-11-09 12:37", LOU, "<8d1f227ao.5f2e@mail.example.net>",
              "from smtp.example.net (smtp.example.net [203.0.113.44])", "Js2271ao")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner, "Interview confirmed.eml")))


@make.mail(N(42), family="interviewer_invite", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Marcus forwards from his current work account a Greenhouse notice that HE interviews a "
                "candidate (Thu 1 Oct 2:00 PM); he is the interviewer, not the candidate.")
def m42():
    inner = t("""
        ---------- Forwarded message ---------
        From: Bluestem Distribution via Greenhouse <no-reply@us.greenhouse-mail.io>
        Date: Mon, Sep 28, 2026 at 3:02 PM
        Subject: You've been scheduled to interview Priya Nandakumar for Sr. Data Analyst, Inbound
        To: Marcus Whitfield <marcus.whitfield@bluestemdist.com>

        Hi Marcus,

        You've been scheduled to interview Priya Nandakumar for Sr. Data Analyst, Inbound.

        Thursday, October 1, 2026 2:00 PM - 2:45 PM EDT
        Room: Conf Rm Keeneland (Bldg A)
        Focus area: SQL & warehouse metrics

        Interview kit: https://app.greenhouse.io/guides/227ap/people/55812
        Please submit your scorecard within 24 hours of the interview.
        """)
    body = "sending to personal so I see it on my phone - last one before my notice period ends\n\n" + inner
    hs = head(addr("Marcus Whitfield", "marcus.whitfield@bluestemdist.com"),
              "Fwd: You've been scheduled to interview Priya Nandakumar for Sr. Data Analyst, Inbound",
              "2026-09-28 15:10", LOU, "<BY5PR17MB3921E227AP@BY5PR17MB3921.namprd17.prod.outlook.com>",
              "from NAM17-BY5-obe.outbound.protection.outlook.com (mail-by5nam17on2100.outbound.protection.outlook.com "
              "[40.107.22.100])", "Bs2272ap")
    return message(hs, text(body))


@make.mail(N(43), family="parent_teacher", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="SignUpGenius-style parent-teacher conference confirmation (Tue 13 Oct 4:15 PM); not an interview.")
def m43():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hello Marcus Whitfield,</p>
        <p>Thank you for signing up! Here are the details of your sign up:</p>
        <p><b>Fall Parent-Teacher Conferences - Ms. Reinholt, 3rd Grade</b><br>
        Beechwood Hollow Elementary</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Date</th><th>Time</th><th>Slot</th></tr>
        <tr><td>10/13/2026 (Tue.)</td><td>4:15pm - 4:30pm EDT</td><td>Conference for: Eli Whitfield</td></tr>
        </table>
        <p>Note from organizer: Please arrive a few minutes early - conferences run back to back. Room 114.</p>
        <p>You can change your sign up at any time: <a href="https://www.signupgenius.com/go/227aq">view sign up</a></p>
        <p style="font-size:11px;color:#888">SignUpGenius, 2304 W Fulton St, Charlotte, NC</p>
        </body></html>
        """)
    hs = head(addr("SignUpGenius", "notify@signupgenius.com"),
              "Your sign up for Fall Parent-Teacher Conferences - Ms. Reinholt",
              "2026-10-05 20:11", LOU, "<signup.227aq.771230@signupgenius.com>",
              "from mta12.signupgenius.com (mta12.signupgenius.com [69.174.55.12])", "Su2273aq",
              extra=[("Reply-To", addr("Kara Reinholt", "kreinholt@beechwood-elem.example.org"))])
    return message(hs, html(page))


@make.mail(N(44), family="non_interview_calendar", lang="en", interview=False, company=None,
           days=(("Fri", "2026-09-25"),),
           note="Dentist appointment reminder with ICS (Fri 25 Sep 8:00 AM EDT); confirmed time, not an interview.")
def m44():
    body = t("""
        Hi Marcus,

        This is a reminder of your upcoming appointment at Riverfront Family Dental:

        Friday, September 25, 2026 at 8:00 AM
        Dr. Anita Shah - Cleaning & exam
        1750 River Rd, Suite 4, Louisville, KY 40206

        Reply YES to confirm or call (502) 555-0112 to reschedule. Please arrive 10 minutes early and
        bring your updated insurance card if it has changed.

        Riverfront Family Dental
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weave//Appointments//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:weave-227ar-88123@getweave.com
DTSTAMP:20260921T140000Z
DTSTART:20260925T120000Z
DTEND:20260925T130000Z
SUMMARY:Dental appointment - Riverfront Family Dental
LOCATION:1750 River Rd\\, Suite 4\\, Louisville\\, KY 40206
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Riverfront Family Dental", "reminders@getweave.com"),
              "Appointment reminder: Fri, Sep 25 at 8:00 AM",
              "2026-09-21 10:00", LOU, "<weave.227ar.88123@getweave.com>",
              "from mail.getweave.com (mail.getweave.com [35.190.40.12])", "Dn2274ar")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@make.mail(N(45), family="team_event", lang="en", interview=False, company=None,
           days=(("Fri", "2026-10-02"),),
           note="Google Calendar invitation from a colleague at the current job: farewell lunch (Fri 2 Oct "
                "12:00 EDT) - a team event, not an interview.")
def m45():
    body = t("""
        You have been invited to the following event.

        Farewell lunch for Dana (Bluestem analytics team)
        When
        Friday Oct 2, 2026 ⋅ 12pm – 1:30pm (Eastern Time - Louisville)

        Location
        Mussel & Burger Bar, Frankfort Ave
        View map https://www.google.com/maps/search/Frankfort+Ave

        Who
        • Tasha Greer - organizer
        • Marcus Whitfield
        • Dana Pfeiffer
        • Luis Ocampo

        Sending to personal emails since Dana's work account is already shut off. Dutch treat, we'll
        cover Dana. - T

        Invitation from Google Calendar
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261002T160000Z
DTEND:20261002T173000Z
DTSTAMP:20260925T131500Z
ORGANIZER;CN=Tasha Greer:mailto:tasha.greer.lou@example.com
UID:0b1c227as9f0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marcus.whitfield@example.org;X-NUM-GUESTS=0:mailto:marcus.whitfield@example.org
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Farewell lunch for Dana (Bluestem analytics team)
LOCATION:Mussel & Burger Bar\\, Frankfort Ave
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Invitation: Farewell lunch for Dana (Bluestem analytics team) @ Fri Oct 2, 2026 12pm - 1:30pm (EDT) "
            "(marcus.whitfield@example.org)")
    hs = head(addr("Tasha Greer", "tasha.greer.lou@example.com"), subj,
              "2026-09-25 09:15", LOU, "<calendar-0b1c227as-9f0e@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "Gc2275as",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Tasha Greer", "tasha.greer.lou@example.com"))])
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(46), family="webinar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Zoom webinar registration for a panel on interviewing for analytics leadership roles (Thu 22 Oct "
                "12:00 PM ET, ICS); confirmed time, but an event, not a job interview.")
def m46():
    body = t("""
        Hi Marcus Whitfield,

        Thank you for registering for "Landing the Analytics Lead Role: Interviewing Panel".

        Please submit any questions to: kscc-events@kscouncil.example.org

        Date Time: Oct 22, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/89120227at?tk=Xq0

        Passcode: 730416

        Add to calendar: Outlook (.ics) attached | Google Calendar | Yahoo Calendar

        Hosted by the Kentuckiana Supply Chain Council. Panelists: hiring managers from three regional
        3PLs share how they run interviews for analytics leadership roles, followed by live Q&A.

        You can cancel your registration at any time.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261015T170000Z
DTSTART:20261022T160000Z
DTEND:20261022T170000Z
SUMMARY:Landing the Analytics Lead Role: Interviewing Panel
UID:20261015T170000Z-89120227at@zoom.us
DESCRIPTION:Join: https://us02web.zoom.us/w/89120227at?tk=Xq0
LOCATION:https://us02web.zoom.us/w/89120227at?tk=Xq0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kentuckiana Supply Chain Council", "no-reply@zoom.us"),
              "Landing the Analytics Lead Role: Interviewing Panel Confirmation",
              "2026-10-15 13:00", NY, "<zoom.webinar.227at.reg@zoom.us>",
              "from se2.zoom.us (se2.zoom.us [170.114.10.71])", "Zm2276at",
              extra=[("Reply-To", "kscc-events@kscouncil.example.org")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@make.mail(N(47), family="auto_reply", lang="en", interview=False, company="Queensgate Supply Co.",
           days=(("Mon", "2026-09-28"),),
           note="Out-of-office auto-reply from the Queensgate recruiter to Marcus's thank-you note; no interview.")
def m47():
    body = t("""
        Thank you for your message. I am out of the office with limited access to email until Monday,
        September 28. For urgent recruiting matters, please contact recruiting@queensgatesupply.com.

        Owen Baptiste
        Queensgate Supply Co.
        """)
    hs = head(addr("Owen Baptiste", "owen.baptiste@queensgatesupply.com"),
              "Automatic reply: Thank you - phone screen on Thursday",
              "2026-09-18 08:02", NY, "<CH0PR13MB4817227AU@CH0PR13MB4817.namprd13.prod.outlook.com>",
              "from NAM12-CH0-obe.outbound.protection.outlook.com (mail-ch0nam12on2100.outbound.protection.outlook.com "
              "[40.107.29.100])", "Oo2277au",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAMw227au-Tk@mail.example.org>")])
    return message(hs, text(body))


@make.mail(N(48), family="bounce", lang="en", interview=False, company=None,
           note="Delivery failure (multipart/report) of Marcus's thank-you note, which quotes 'the interview on "
                "Tuesday'; a bounce, no confirmation.")
def m48():
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to darnel.price@fallscityparcel.com because the address couldn't be
        found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 <darnel.price@fallscityparcel.com>: Recipient address rejected: User unknown
        """)
    status = make.raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mx1.example.org

        Final-Recipient: rfc822; darnel.price@fallscityparcel.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; fallscityparcel-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.1 User unknown
        """))
    original = message([
        ("From", ME_H),
        ("To", addr("Darnell Price", "darnel.price@fallscityparcel.com")),
        ("Subject", "Thank you - interview on Tuesday"),
        ("Date", date("2026-09-15 17:40", LOU)),
        ("Message-ID", "<CAMw227av-Th1@mail.example.org>"),
    ], text(t("""
        Hi Darnell,

        Thank you for taking the time to speak with me during the interview on Tuesday morning. I enjoyed
        hearing about the Grade Lane hub's sort-window planning and would love to keep the conversation going.

        Best regards,
        Marcus Whitfield
        """)))
    report = make.multipart("report", text(notice), status, attached_message(original),
                            params="report-type=delivery-status")
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@example.org"),
              "Delivery Status Notification (Failure)",
              "2026-09-15 17:40", LOU, "<bounce.227av.1@mx1.example.org>",
              "from localhost (localhost [127.0.0.1])", "Md2278av", lag=9,
              extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, report)


@make.mail(N(49), family="mailing_list", lang="en", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Google Groups meetup mailing-list post: talk 'How we hire (and interview) data analysts' on "
                "Wed 18 Nov 6:00 PM; a community event, not a job interview.")
def m49():
    body = t("""
        Hi all,

        November meetup is ON:

        "How we hire (and interview) data analysts" - Maya Chen, analytics manager at a local health system,
        walks through their take-home, the live SQL round, and what makes a candidate stand out.

        Wednesday, Nov 18, 6:00 PM - doors at 5:30
        The Vault coworking, 3rd floor, 711 E Main St
        Pizza courtesy of our sponsor. RSVP on the meetup page so we order enough!

        Also - we're looking for lightning talks for December. Reply to the list if you're interested.

        Greg
        LDAM organizer

        --
        You received this message because you are subscribed to the Google Groups "Louisville Data &
        Analytics Meetup" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to
        lou-data-meetup+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Greg Whalen", "greg.whalen.ldam@example.com"),
              "[LDAM] November meetup: How we hire (and interview) data analysts",
              "2026-11-09 19:45", LOU, "<CAGw227aw+Mt0p@mail.gmail.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "Gg2279aw",
              to="Louisville Data & Analytics Meetup <lou-data-meetup@googlegroups.com>",
              extra=[("Sender", "lou-data-meetup@googlegroups.com"),
                     ("Mailing-list", "list lou-data-meetup@googlegroups.com; contact lou-data-meetup+owners@googlegroups.com"),
                     ("List-ID", "<lou-data-meetup.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/lou-data-meetup/post>, "
                                   "<mailto:lou-data-meetup@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:lou-data-meetup+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="user_research", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Paid user-research session ('45-minute interview', $90 incentive) confirmed for Thu 12 Nov "
                "4:00 PM ET with ICS; a research participant session, not a job interview.")
def m50():
    body = t("""
        Hi Marcus,

        You're confirmed for a research session!

        Study: Shipping tools for small warehouse teams
        Format: 1:1 remote interview (45 minutes), screen share optional
        When: Thursday, November 12, 2026 at 4:00 PM ET
        Incentive: $90 Visa e-gift card, sent within 3 business days of the session

        Join link: https://meet.panelpath.example.com/s/227ax

        The researcher from the product team will ask about how you track shipments and exceptions today.
        There are no right or wrong answers - you're not being evaluated.

        Thanks for participating,
        The PanelPath team
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PanelPath//Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:pp-session-227ax@panelpath.example.com
DTSTAMP:20261106T160000Z
DTSTART:20261112T210000Z
DTEND:20261112T214500Z
SUMMARY:PanelPath research interview - Shipping tools for small warehouse teams
LOCATION:https://meet.panelpath.example.com/s/227ax
ORGANIZER;CN=PanelPath:mailto:sessions@panelpath.example.com
ATTENDEE;CN=Marcus Whitfield:mailto:marcus.whitfield@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("PanelPath", "sessions@panelpath.example.com"),
              "Confirmed: your paid research interview on Nov 12",
              "2026-11-06 11:00", NY, "<pp.227ax.confirm@panelpath.example.com>",
              "from o12.sendgrid.net (o12.sendgrid.net [167.89.118.12])", "Pp2270ax")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="session.ics", disposition="attachment")))
