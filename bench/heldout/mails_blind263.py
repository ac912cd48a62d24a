"""blind263: 50 hand-written mails from the inbox of Tyler VanderMeer, a furniture-industry supply planner
in Grand Rapids, Michigan (America/Detroit), September to mid-December 2026.

Written blind (without reading the detector, its tests, or the earlier held-out mails). Build and check:

    python3 bench/heldout/make_blind.py blind263

Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives. The file
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

SET = "blind263"
ORDER = random.Random(2630263).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "tyler.vandermeer@example.org"
TYLER = addr("Tyler VanderMeer", ME)
DET = "America/Detroit"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
DEN = "America/Denver"
MX = "mx1.example.org (Postfix) with ESMTPS id"

TZ_DETROIT = """BEGIN:VTIMEZONE
TZID:America/Detroit
X-LIC-LOCATION:America/Detroit
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

TZ_LA = """BEGIN:VTIMEZONE
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


def rcv(server: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {server}", when, zone, f"{MX} {ident}", ME, lag))


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", DET), end=utc("2026-09-15 10:45", DET),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=DET,
      contact="kristen.bouma@thornappleworkspace.com", company="Thornapple Workspace",
      note="Greenhouse phone-screen confirmation, 10:00-10:45 AM EDT (UTC-4 in September) = 14:00-14:45Z; "
           "ICS in UTC agrees; contact = human Reply-To (recruiter), sender is no-reply@greenhouse.io")
def m01():
    body = t("""
        Hi Tyler,

        Thanks for making time to talk with us about the Supply Planner II role. Your phone
        interview is confirmed:

          Tuesday, September 15, 2026
          10:00 AM - 10:45 AM EDT

          Interviewer: Kristen Bouma, Talent Acquisition Partner
          Format: Phone call. Kristen will call you at (616) 555-0193.

        If you need to change the time, just reply to this email and it will reach Kristen.

        Best,
        The Thornapple Workspace Recruiting Team
        Thornapple Workspace | 4400 East Paris Ave SE | Grand Rapids, MI 49512
        """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Tyler,</p>
        <p>Thanks for making time to talk with us about the Supply Planner II role. Your phone interview is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026<br>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Interviewer</b></td><td>Kristen Bouma, Talent Acquisition Partner</td></tr>
        <tr><td><b>Format</b></td><td>Phone call. Kristen will call you at (616) 555-0193.</td></tr>
        </table>
        <p>If you need to change the time, just reply to this email and it will reach Kristen.</p>
        <p>Best,<br>The Thornapple Workspace Recruiting Team</p>
        <p style="font-size:11px;color:#777">Thornapple Workspace | 4400 East Paris Ave SE | Grand Rapids, MI 49512<br>
        Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-58120934-thornapple@greenhouse.io
        DTSTAMP:20260910T182204Z
        DTSTART:20260915T140000Z
        DTEND:20260915T144500Z
        SUMMARY:Phone Interview: Tyler VanderMeer / Thornapple Workspace
        DESCRIPTION:Kristen Bouma will call you at (616) 555-0193.
        ORGANIZER;CN=Kristen Bouma:mailto:kristen.bouma@thornappleworkspace.com
        ATTENDEE;CN=Tyler VanderMeer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tyler.vandermeer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.41.22])", "2026-09-10 14:22:04", DET, "4F1A22C0B1"),
        ("From", addr("Thornapple Workspace", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Kristen Bouma", "kristen.bouma@thornappleworkspace.com")),
        ("To", TYLER),
        ("Subject", "Interview Confirmation: Supply Planner II at Thornapple Workspace"),
        ("Date", date("2026-09-10 18:22:04", "UTC")),
        ("Message-ID", "<Qm2x8KfTRhWb1y7Lw0pVnA@geopod-ismtpd-12>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(N(2), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-23 14:00", DET), end=utc("2026-09-23 15:30", DET),
      local="Wed 2026-09-23 14:00", local_end="2026-09-23 15:30", zone=DET,
      contact="dana.kuipers@lakeshorehealth.org", company="Lakeshore Health",
      note="Workday interview notification (HTML only, base64), 2:00-3:30 PM Eastern in September = EDT "
           "(UTC-4) = 18:00-19:30Z; Date header in +0000; sender is the tenant's myworkday.com system "
           "mailbox, contact = recruiter address written in the body")
def m02():
    hbody = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f3f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f7"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
        <tr><td style="background:#005a8c;color:#ffffff;font-size:18px">Lakeshore Health Careers</td></tr>
        <tr><td>
        <p>Dear Tyler VanderMeer,</p>
        <p>Thank you for your interest in the <b>Supply Chain Planner - Supply Chain Operations (R-0048812)</b> position.
        We are pleased to confirm your interview with our team.</p>
        <p><b>Interview Date:</b> Wednesday, September 23, 2026<br>
        <b>Time:</b> 2:00 PM - 3:30 PM Eastern Time<br>
        <b>Location:</b> Lakeshore Health Support Center, 300 Monroe Ave NW, 4th Floor, Conference Room 4B, Grand Rapids, MI 49503<br>
        <b>Interview Type:</b> In-person panel</p>
        <p>Please check in at the 1st floor security desk with a photo ID about 10 minutes early. Parking validation is available at the desk.</p>
        <p>If you have questions or need accommodations, contact Dana Kuipers, Talent Acquisition,
        at <a href="mailto:dana.kuipers@lakeshorehealth.org">dana.kuipers@lakeshorehealth.org</a>.</p>
        <p>You can review your application status at any time on the
        <a href="https://wd5.myworkdayjobs.com/LakeshoreHealth">candidate home page</a>.</p>
        <p>Sincerely,<br>Lakeshore Health Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply to this message.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    return message([
        rcv("mta-out-31.myworkday.com (mta-out-31.myworkday.com [198.71.2.131])", "2026-09-16 13:05:11", "UTC", "8C03E2A17"),
        ("From", addr("Lakeshore Health", "lakeshorehealth@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Supply Chain Planner (R-0048812)"),
        ("Date", date("2026-09-16 13:05:11", "UTC")),
        ("Message-ID", "<1421890377.88412.1789563911402@wd5-prod-mta-31>"),
    ], html(hbody, cte="base64"))


@mail(N(3), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-24 15:00", DET),
      local="Thu 2026-09-24 15:00", zone=DET,
      contact="amoreno@corktowncabinet.com", company="Corktown Cabinet Co.",
      note="Recruiter mail with a pasted Zoom invitation: 'Sep 24, 2026 03:00 PM Eastern Time (US and "
           "Canada)' = EDT (UTC-4) = 19:00Z; 'about 45 min' is approximate so end null; contact = human sender",
      days=(("Thu", "2026-09-24"),))
def m03():
    body = t("""
        Hi Tyler,

        Great speaking with you yesterday. As discussed, I've set up your video interview with Ray
        Dunleavy (Director of Materials) for next Thursday, 9/24 at 3:00 PM. It'll run about 45 min.
        Ray will want to hear about how you handled the hardwood shortage last year, so have a couple of
        numbers ready.

        Zoom details are below.

        Alicia Moreno is inviting you to a scheduled Zoom meeting.

        Topic: Tyler VanderMeer / Corktown Cabinet - Senior Supply Planner
        Time: Sep 24, 2026 03:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://corktowncabinet.zoom.us/j/84512093376?pwd=bVJ2aFhQeWtRS3ZxN0pHc2Zmd1VDZz09

        Meeting ID: 845 1209 3376
        Passcode: 318842

        ---

        One tap mobile
        +13126266799,,84512093376#,,,,*318842# US (Chicago)
        +16465588656,,84512093376#,,,,*318842# US (New York)

        Thanks,
        Alicia

        Alicia Moreno | Talent Acquisition Specialist
        Corktown Cabinet Co. | 2150 Michigan Ave, Detroit, MI 48216
        amoreno@corktowncabinet.com | 313-555-0172
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Tyler,</p>
        <p>Great speaking with you yesterday. As discussed, I've set up your video interview with Ray Dunleavy (Director of Materials)
        for next Thursday, 9/24 at 3:00 PM. It'll run about 45 min. Ray will want to hear about how you handled the hardwood
        shortage last year, so have a couple of numbers ready.</p>
        <p>Zoom details are below.</p>
        <p>Alicia Moreno is inviting you to a scheduled Zoom meeting.<br><br>
        Topic: Tyler VanderMeer / Corktown Cabinet - Senior Supply Planner<br>
        Time: Sep 24, 2026 03:00 PM Eastern Time (US and Canada)<br><br>
        Join Zoom Meeting<br>
        <a href="https://corktowncabinet.zoom.us/j/84512093376?pwd=bVJ2aFhQeWtRS3ZxN0pHc2Zmd1VDZz09">https://corktowncabinet.zoom.us/j/84512093376?pwd=bVJ2aFhQeWtRS3ZxN0pHc2Zmd1VDZz09</a><br><br>
        Meeting ID: 845 1209 3376<br>Passcode: 318842</p>
        <p>Thanks,<br>Alicia</p>
        <p style="color:#555;font-size:9pt">Alicia Moreno | Talent Acquisition Specialist<br>
        Corktown Cabinet Co. | 2150 Michigan Ave, Detroit, MI 48216<br>
        amoreno@corktowncabinet.com | 313-555-0172</p>
        </div></body></html>
        """)
    return message([
        rcv("mail-dm6nam12on2101.outbound.protection.outlook.com ([40.107.243.101])", "2026-09-18 11:40:37", DET, "B7E0F11C42"),
        ("From", addr("Alicia Moreno", "amoreno@corktowncabinet.com")),
        ("To", TYLER),
        ("Subject", "Video interview with Ray Dunleavy - Thursday 9/24"),
        ("Date", date("2026-09-18 11:40:37", DET)),
        ("Message-ID", "<SA1PR12MB7441C0D52E6B1A39F2B7E8D4A81B2@SA1PR12MB7441.namprd12.prod.outlook.com>"),
        ("Thread-Topic", "Video interview with Ray Dunleavy - Thursday 9/24"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(hbody)))


@mail(N(4), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-17 17:00", LA), end=utc("2026-09-17 17:45", LA),
      local="Thu 2026-09-17 17:00", local_end="2026-09-17 17:45", zone=LA,
      contact="greg.lindqvist@willamettegoods.com", company="Willamette Goods",
      note="Google Calendar invitation from a Portland hiring manager: Thu 17 Sep 5pm-5:45pm Pacific "
           "(PDT, UTC-7) = Fri 18 Sep 00:00-00:45Z, so the UTC date is the next day (8pm in Grand Rapids); "
           "ICS TZID America/Los_Angeles agrees; contact = ORGANIZER")
def m04():
    body = t("""
        Tyler / Greg - Supply Planning interview
        Thursday Sep 17, 2026 ⋅ 5pm – 5:45pm (Pacific Time - Los Angeles)

        Join with Google Meet
        https://meet.google.com/xkp-rtwu-gha

        Join by phone
        (US) +1 503-555-0148 PIN: 402 118 773#

        Hi Tyler - 45 minutes on the remote Senior Supply Planner role: your background, how you run
        S&OP, and what you'd want from us. I know 5pm our time is 8pm for you in Grand Rapids - thanks for
        being flexible around my plant walk.

        Greg

        Guests
        Greg Lindqvist - organizer
        tyler.vandermeer@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N3Y0cWZyMm9nbDk

        Reply for tyler.vandermeer@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    hbody = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Tyler / Greg – Supply Planning interview</h2>
        <div><b>When</b>&nbsp; Thursday Sep 17, 2026 &sdot; 5pm – 5:45pm (Pacific Time - Los Angeles)</div>
        <div><a href="https://meet.google.com/xkp-rtwu-gha">Join with Google Meet</a></div>
        <div>Join by phone: (US) +1 503-555-0148 PIN: 402 118 773#</div>
        <p>Hi Tyler - 45 minutes on the remote Senior Supply Planner role: your background, how you run S&amp;OP,
        and what you'd want from us. I know 5pm our time is 8pm for you in Grand Rapids - thanks for being flexible
        around my plant walk.<br><br>Greg</p>
        <div><b>Guests</b><br>Greg Lindqvist - organizer<br>tyler.vandermeer@example.org</div>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are
        an attendee on the event.</p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        TZ_LA,
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Los_Angeles:20260917T170000",
        "DTEND;TZID=America/Los_Angeles:20260917T174500",
        "DTSTAMP:20260914T171244Z",
        "ORGANIZER;CN=Greg Lindqvist:mailto:greg.lindqvist@willamettegoods.com",
        "UID:7v4qfr2ogl9c1e0s3u8k5m6b2a@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.vandermeer@example.org;X-NUM-GUESTS=0:mailto:tyler.vandermeer@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Greg Lindqvist;X-NUM-GUESTS=0:mailto:greg.lindqvist@willamettegoods.com",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/xkp-rtwu-gha",
        "CREATED:20260914T171243Z",
        "DESCRIPTION:Hi Tyler - 45 minutes on the remote Senior Supply Planner role.",
        "LAST-MODIFIED:20260914T171243Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Tyler / Greg - Supply Planning interview",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-09-14 17:12:44", "UTC", "1D9E4A03F7"),
        ("From", addr("Greg Lindqvist", "greg.lindqvist@willamettegoods.com")),
        ("Reply-To", addr("Greg Lindqvist", "greg.lindqvist@willamettegoods.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("To", ME),
        ("Subject", enc("Invitation: Tyler / Greg – Supply Planning interview @ Thu Sep 17, 2026 "
                        "5pm - 5:45pm (PDT) (tyler.vandermeer@example.org)")),
        ("Date", date("2026-09-14 17:12:44", "UTC")),
        ("Message-ID", "<calendar-3b1f0c2e-88d4-4e4a-9c61-7d2a5e90b4f1@google.com>"),
    ], mixed(alt(text(body), html(hbody), calendar(ics, method="REQUEST")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(5), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 13:30", DET),
      local="Wed 2026-09-30 13:30", zone=DET,
      contact="dhoekstra@portagecreekfoods.com", company="Portage Creek Foods",
      note="Hiring manager's reply 'let's do tomorrow at 1:30' sent Tue 29 Sep 06:48 EDT, so tomorrow = "
           "Wed 30 Sep (the quoted thread says Wednesday afternoon); Kalamazoo area is Eastern, EDT "
           "(UTC-4) = 17:30Z; 'about an hour and a half' is approximate so end null",
      days=(("Mon", "2026-09-28"),))
def m05():
    body = t("""
        Tyler,

        Perfect. Let's do tomorrow at 1:30. Come to the main office at 6200 Sprinkle Rd in Portage and
        ask for me at the front desk, visitor parking is on the north side. Plan on about an hour and a
        half, I want to walk you through the warehouse and our line schedule board before we sit down.

        Safety glasses provided, closed-toe shoes please.

        Dave

        Dave Hoekstra
        Plant Operations Manager | Portage Creek Foods
        dhoekstra@portagecreekfoods.com | 269-555-0127

        On Mon, Sep 28, 2026 at 9:14 PM Tyler VanderMeer <tyler.vandermeer@example.org> wrote:
        > Hi Dave,
        >
        > Thanks for getting back to me so quickly. Wednesday afternoon works best on my end, anytime
        > after 1:00.
        >
        > Tyler
        >
        > On Mon, Sep 28, 2026 at 11:02 AM Dave Hoekstra <dhoekstra@portagecreekfoods.com> wrote:
        >> Tyler - enjoyed hearing about your phone call with Jen. I'd like to get you down here to meet
        >> in person this week. What does Wed or Thu look like for you?
        >>
        >> Dave
        """)
    return message([
        rcv("mail-qk1-f177.google.com (mail-qk1-f177.google.com [209.85.222.177])", "2026-09-29 06:48:19", DET, "0A7C3B91E5"),
        ("From", addr("Dave Hoekstra", "dhoekstra@portagecreekfoods.com")),
        ("To", TYLER),
        ("Subject", "Re: Supply Planner - Portage Creek Foods"),
        ("Date", date("2026-09-29 06:48:19", DET)),
        ("Message-ID", "<CAH7dQe+0m1kXbTtW4z9yRpL2vNf8sJq3Uo@mail.gmail.com>"),
        ("In-Reply-To", "<CAG5rVx9kTq2mLw8+pB3nYh7sZcD1eF4@mail.gmail.com>"),
        ("References", "<CAF1pLm0hRz4qK6@mail.gmail.com> <CAG5rVx9kTq2mLw8+pB3nYh7sZcD1eF4@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@mail(N(6), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", LA), end=utc("2026-10-27 09:45", LA),
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 09:45", zone=LA,
      contact="meghan.alvarez@larkspurlogistics.com", company="Larkspur Logistics",
      note="Ashby confirmation (base64 text+html+ICS): 9:00-9:45 AM PDT (UTC-7; US DST still on until "
           "1 Nov) = 16:00-16:45Z, the body also gives 12:00 PM EDT; contact = human Reply-To / ORGANIZER")
def m06():
    body = t("""
        Hi Tyler,

        You're all set! Here are the details for your upcoming interview with Larkspur Logistics.

        Hiring Manager Interview - Demand & Supply Planner (Remote, US)
        Tuesday, October 27, 2026
        9:00 AM – 9:45 AM PDT (12:00 PM – 12:45 PM EDT)
        Google Meet: https://meet.google.com/ubn-pqzs-kty

        Interviewer
        Sam Whitcombe, Head of Network Planning

        Need to make a change? Reply to this email and Meghan Alvarez from our recruiting team will
        help you out.

        – Larkspur Logistics Talent Team
        """)
    hbody = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111">
        <p>Hi Tyler,</p>
        <p>You're all set! Here are the details for your upcoming interview with Larkspur Logistics.</p>
        <div style="border:1px solid #e3e3e8;border-radius:8px;padding:16px">
        <div style="font-weight:600">Hiring Manager Interview – Demand &amp; Supply Planner (Remote, US)</div>
        <div>Tuesday, October 27, 2026</div>
        <div>9:00 AM – 9:45 AM PDT (12:00 PM – 12:45 PM EDT)</div>
        <div><a href="https://meet.google.com/ubn-pqzs-kty">Google Meet</a></div>
        </div>
        <p><b>Interviewer</b><br>Sam Whitcombe, Head of Network Planning</p>
        <p>Need to make a change? Reply to this email and Meghan Alvarez from our recruiting team will help you out.</p>
        <p>– Larkspur Logistics Talent Team</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        TZ_LA,
        "BEGIN:VEVENT",
        "UID:a51e6f3c-2d07-4b9a-8e1f-6c0d93b2f7a4",
        "DTSTAMP:20261021T233012Z",
        "DTSTART;TZID=America/Los_Angeles:20261027T090000",
        "DTEND;TZID=America/Los_Angeles:20261027T094500",
        "SUMMARY:Larkspur Logistics - Hiring Manager Interview (Tyler VanderMeer)",
        "LOCATION:https://meet.google.com/ubn-pqzs-kty",
        "ORGANIZER;CN=Meghan Alvarez:mailto:meghan.alvarez@larkspurlogistics.com",
        "ATTENDEE;CN=Tyler VanderMeer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.vandermeer@example.org",
        "ATTENDEE;CN=Sam Whitcombe;ROLE=REQ-PARTICIPANT:mailto:sam.whitcombe@larkspurlogistics.com",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])", "2026-10-21 23:30:12", "UTC", "6E2B90D4C8"),
        ("From", addr("Larkspur Logistics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Meghan Alvarez", "meghan.alvarez@larkspurlogistics.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Interview confirmed: Demand & Supply Planner at Larkspur Logistics"),
        ("Date", date("2026-10-21 23:30:12", "UTC")),
        ("Message-ID", "<0100019a5c7e1b2f-4d8e6a71-93c0-4f1b-b2a8-7e5d1c3f9a06-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
             calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(N(7), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 10:00", DET), end=utc("2026-11-02 11:00", DET),
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=DET,
      contact="mtenbrink@kentwatercrc.org", company="Kentwater County Road Commission",
      note="Exchange meeting request sent from Outlook without a When: line, so the time is only in the "
           "ICS (TZID 'Eastern Standard Time', Windows VTIMEZONE); sent Thu 29 Oct in EDT for Mon 2 Nov, "
           "the day after US DST ends: 10:00-11:00 AM EST (UTC-5) = 15:00-16:00Z; contact = ORGANIZER / "
           "sender")
def m07():
    body = t("""
        Tyler,

        Please accept this invitation for your panel interview for the Inventory Control Specialist
        position. The panel will be myself, Hank Zuidema (Fleet & Materials Superintendent) and Renee
        Walters (Purchasing Supervisor). We'll meet in the Board Room of the Administration Building on
        Leonard St. Please bring a photo ID for the front desk and plan to check in about 10 minutes
        early. The date and time are in the attached invitation.

        Thank you,

        Marcy Ten Brink
        Human Resources Generalist
        Kentwater County Road Commission
        616-555-0110
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Tyler,</p>
        <p>Please accept this invitation for your panel interview for the Inventory Control Specialist position. The panel will be
        myself, Hank Zuidema (Fleet &amp; Materials Superintendent) and Renee Walters (Purchasing Supervisor). We'll meet in the Board Room of the Administration
        Building on Leonard St. Please bring a photo ID for the front desk and plan to check in about 10 minutes early. The date and time
        are in the attached invitation.</p>
        <p>Thank you,</p>
        <p>Marcy Ten Brink<br>Human Resources Generalist<br>Kentwater County Road Commission<br>616-555-0110</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Marcy Ten Brink:mailto:MTenBrink@kentwatercrc.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.vandermeer@example.org:mailto:tyler.vandermeer@example.org",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hank Zuidema:mailto:HZuidema@kentwatercrc.org",
        "DESCRIPTION;LANGUAGE=en-US:Panel interview - Inventory Control Specialist.",
        "UID:040000008200E00074C5B7101A82E00800000000F0A3C1D2E667DC01000000000000000010000000B7C9E8A4D1F2434C9A5E6D7F8091A2B3",
        "SUMMARY;LANGUAGE=en-US:Panel Interview - Inventory Control Specialist - T. VanderMeer",
        "DTSTART;TZID=Eastern Standard Time:20261102T100000",
        "DTEND;TZID=Eastern Standard Time:20261102T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261029T172011Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:KCRC Administration Building\\, Board Room\\, 1900 Leonard St NW\\, Grand Rapids",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2118947362",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-bn8nam11on2119.outbound.protection.outlook.com ([40.107.236.119])", "2026-10-29 17:20:11", "UTC", "93DA0E7F21"),
        ("From", addr("Marcy Ten Brink", "MTenBrink@kentwatercrc.org")),
        ("To", addr("tyler.vandermeer@example.org", ME)),
        ("Subject", "Panel Interview - Inventory Control Specialist - T. VanderMeer"),
        ("Thread-Topic", "Panel Interview - Inventory Control Specialist - T. VanderMeer"),
        ("Thread-Index", "AdsJ1q7bW2x5mUvTRe6Yk0nC8fA3Lg=="),
        ("Date", date("2026-10-29 17:20:11", "UTC")),
        ("Message-ID", "<BN0PR09MB7211A4C39E5D8F6B2C1E0A77F5D2A@BN0PR09MB7211.namprd09.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(hbody), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(8), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 13:30", DET), end=utc("2026-11-12 14:30", DET),
      local="Thu 2026-11-12 13:30", local_end="2026-11-12 14:30", zone=DET,
      contact="whitfiea@redcedar.edu", company="Red Cedar University",
      note="University search-committee chair confirms 1:30-2:30 p.m. Eastern on Thu 12 Nov (EST, UTC-5, "
           "after the 1 Nov change) = 18:30-19:30Z, 'will last 60 minutes'; pasted Zoom block agrees; "
           "windows-1252 quoted-printable text + html; contact = human sender")
def m08():
    body = t("""
        Dear Tyler,

        On behalf of the search committee for the Procurement & Materials Planning Manager position
        (Posting #FAC-2026-114), I’m pleased to confirm your first-round interview:

            Date:   Thursday, November 12, 2026
            Time:   1:30 – 2:30 p.m. Eastern
            Format: Zoom (link below)

        The interview will last 60 minutes: about 45 minutes of questions from the committee and
        15 minutes for yours. The committee is five people from Facilities, Purchasing and Dining
        Services. There’s nothing to prepare in advance, but it would help if you had a copy of your
        résumé in front of you.

        If anything changes on your end, please let me know directly.

        Warm regards,
        Angela

        Angela Whitfield
        Associate Director, Facilities Business Services
        Red Cedar University | Lansing, Michigan
        whitfiea@redcedar.edu | 517-555-0163

        Topic: FAC-2026-114 Candidate Interview – T. VanderMeer
        Time: Nov 12, 2026 01:30 PM Eastern Time (US and Canada)
        Join Zoom Meeting
        https://redcedar.zoom.us/j/93017265584
        Meeting ID: 930 1726 5584
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Georgia,serif;font-size:12pt">
        <p>Dear Tyler,</p>
        <p>On behalf of the search committee for the Procurement &amp; Materials Planning Manager position (Posting #FAC-2026-114),
        I’m pleased to confirm your first-round interview:</p>
        <p style="margin-left:2em">Date: Thursday, November 12, 2026<br>Time: 1:30 – 2:30 p.m. Eastern<br>Format: Zoom (link below)</p>
        <p>The interview will last 60 minutes: about 45 minutes of questions from the committee and 15 minutes for yours.
        The committee is five people from Facilities, Purchasing and Dining Services. There’s nothing to prepare in advance,
        but it would help if you had a copy of your résumé in front of you.</p>
        <p>If anything changes on your end, please let me know directly.</p>
        <p>Warm regards,<br>Angela</p>
        <p style="font-size:10pt;color:#444">Angela Whitfield<br>Associate Director, Facilities Business Services<br>
        Red Cedar University | Lansing, Michigan<br>whitfiea@redcedar.edu | 517-555-0163</p>
        <p style="font-size:10pt">Topic: FAC-2026-114 Candidate Interview – T. VanderMeer<br>
        Time: Nov 12, 2026 01:30 PM Eastern Time (US and Canada)<br>
        Join Zoom Meeting: <a href="https://redcedar.zoom.us/j/93017265584">https://redcedar.zoom.us/j/93017265584</a><br>
        Meeting ID: 930 1726 5584</p>
        </body></html>
        """)
    return message([
        rcv("mx0b-00207a01.pphosted.com (mx0b-00207a01.pphosted.com [148.163.158.41])", "2026-11-06 15:47:52", DET, "2C4F8A6B0D"),
        ("From", addr("Whitfield, Angela", "whitfiea@redcedar.edu")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", enc("Interview confirmation – Procurement & Materials Planning Manager (FAC-2026-114)",
                        "windows-1252")),
        ("Date", date("2026-11-06 15:47:52", DET)),
        ("Message-ID", "<MN2PR07MB6032F7B1C4A9E3D25F08B6C1A2D9E@MN2PR07MB6032.namprd07.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body, charset="windows-1252"), html(hbody, charset="windows-1252")))


@mail(N(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 11:00", DEN), end=utc("2026-11-18 11:45", DEN),
      local="Wed 2026-11-18 11:00", local_end="2026-11-18 11:45", zone=DEN,
      contact="cody.ramirez@frontrangeoutfitters.com", company="Front Range Outfitters",
      note="SmartRecruiters interview confirmation from a Denver company: 11:00 AM Mountain on Wed 18 Nov "
           "= MST (UTC-7) = 18:00Z, 45 minutes -> 18:45Z; the body's '1:00 PM Eastern' (EST) agrees; no "
           "ICS; contact = interviewer address in the body (sender is a no-reply)")
def m09():
    body = t("""
        Hello Tyler,

        Your interview for Inventory Planning Analyst II (Remote - US) at Front Range Outfitters has
        been scheduled.

        Date: Wednesday, November 18, 2026
        Time: 11:00 AM - 11:45 AM Mountain Time (1:00 PM - 1:45 PM Eastern)
        Duration: 45 minutes
        Type: Video interview (Microsoft Teams link to follow from your interviewer)

        Your interviewer:
        Cody Ramirez, Sr. Manager, Inventory Planning
        cody.ramirez@frontrangeoutfitters.com

        Please reach out to Cody directly if you have any questions before the interview.

        Good luck!
        Front Range Outfitters Hiring Team

        ---
        You received this email because you applied for a job at Front Range Outfitters via
        SmartRecruiters. Privacy Policy: https://www.smartrecruiters.com/privacy-policy
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <table width="580" align="center" cellpadding="20"><tr><td>
        <p>Hello Tyler,</p>
        <p>Your interview for <b>Inventory Planning Analyst II (Remote - US)</b> at Front Range Outfitters has been scheduled.</p>
        <table cellpadding="3">
        <tr><td style="color:#888">Date</td><td>Wednesday, November 18, 2026</td></tr>
        <tr><td style="color:#888">Time</td><td>11:00 AM - 11:45 AM Mountain Time (1:00 PM - 1:45 PM Eastern)</td></tr>
        <tr><td style="color:#888">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#888">Type</td><td>Video interview (Microsoft Teams link to follow from your interviewer)</td></tr>
        </table>
        <p><b>Your interviewer:</b><br>Cody Ramirez, Sr. Manager, Inventory Planning<br>
        <a href="mailto:cody.ramirez@frontrangeoutfitters.com">cody.ramirez@frontrangeoutfitters.com</a></p>
        <p>Please reach out to Cody directly if you have any questions before the interview.</p>
        <p>Good luck!<br>Front Range Outfitters Hiring Team</p>
        <p style="font-size:11px;color:#999">You received this email because you applied for a job at Front Range Outfitters via
        SmartRecruiters.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail1.smartrecruiters.com (mail1.smartrecruiters.com [54.93.112.40])", "2026-11-13 10:02:26", DEN, "7F3D1E6A09"),
        ("From", addr("Front Range Outfitters", "noreply@smartrecruiters.com")),
        ("To", ME),
        ("Subject", "Interview scheduled: Inventory Planning Analyst II (Remote - US)"),
        ("Date", date("2026-11-13 17:02:26", "UTC")),
        ("Message-ID", "<sr.6f1b2c90-4e7d-41aa-9b0e-2d84c6a7f315@smartrecruiters.com>"),
    ], alt(text(body), html(hbody)))


@mail(N(10), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 10:00", DET), end=utc("2026-11-10 10:30", DET),
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 10:30", zone=DET,
      contact="jenna.kowalski@lakeviewtalent.com", company="Lakeview Talent Partners",
      note="Calendly invitee confirmation of an agency recruiter's screen for a named opening: 10:00am-"
           "10:30am Eastern Time on Tue 10 Nov = EST (UTC-5) = 15:00-15:30Z; ICS in UTC agrees; contact = "
           "host (Reply-To / ORGANIZER); client unnamed, so company = the agency")
def m10():
    body = t("""
        Hi Tyler VanderMeer,

        Your event has been scheduled.

        Event Type:
        Senior Demand Planner Screen (30 min)

        Invitee:
        Tyler VanderMeer

        Invitee Email:
        tyler.vandermeer@example.org

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada) on Tuesday, November 10, 2026

        Location:
        Jenna will call you at +1 616-555-0193

        Description:
        30-minute phone screen for the Senior Demand Planner opening with my client, a consumer-goods
        manufacturer in Chicago's West Loop (hybrid, 2 days/week on site). We'll cover your background,
        comp expectations and timing.

        Cancel: https://calendly.com/cancellations/7bd0b1e2-5c44-4f7e-9d1c-03a8fb6e21c7
        Reschedule: https://calendly.com/reschedulings/7bd0b1e2-5c44-4f7e-9d1c-03a8fb6e21c7

        Powered by Calendly.com
        """)
    hbody = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">
        <p>Hi Tyler VanderMeer,</p>
        <p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Senior Demand Planner Screen (30 min)</p>
        <p><b>Invitee:</b><br>Tyler VanderMeer</p>
        <p><b>Invitee Email:</b><br><a href="mailto:tyler.vandermeer@example.org">tyler.vandermeer@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Eastern Time - US &amp; Canada) on Tuesday, November 10, 2026</p>
        <p><b>Location:</b><br>Jenna will call you at +1 616-555-0193</p>
        <p><b>Description:</b><br>30-minute phone screen for the Senior Demand Planner opening with my client, a consumer-goods
        manufacturer in Chicago's West Loop (hybrid, 2 days/week on site). We'll cover your background, comp expectations and timing.</p>
        <p><a href="https://calendly.com/cancellations/7bd0b1e2-5c44-4f7e-9d1c-03a8fb6e21c7">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7bd0b1e2-5c44-4f7e-9d1c-03a8fb6e21c7">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7bd0b1e2-5c44-4f7e-9d1c-03a8fb6e21c7@calendly.com
        DTSTAMP:20261106T145108Z
        DTSTART:20261110T150000Z
        DTEND:20261110T153000Z
        SUMMARY:Senior Demand Planner Screen (Jenna Kowalski / Tyler VanderMeer)
        LOCATION:Jenna will call you at +1 616-555-0193
        ORGANIZER;CN=Jenna Kowalski:mailto:jenna.kowalski@lakeviewtalent.com
        ATTENDEE;CN=Tyler VanderMeer;PARTSTAT=ACCEPTED:mailto:tyler.vandermeer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o1.ptr8341.calendly.com (o1.ptr8341.calendly.com [149.72.201.14])", "2026-11-06 14:51:08", "UTC", "5B8C2F40E3"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jenna Kowalski", "jenna.kowalski@lakeviewtalent.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Confirmed: Senior Demand Planner Screen (30 min) with Jenna Kowalski on Tuesday, November 10, 2026"),
        ("Date", date("2026-11-06 14:51:08", "UTC")),
        ("Message-ID", "<HvT3kW9rQbKz2m1yUe8sXw@geopod-ismtpd-7>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, disposition="attachment", filename="invite.ics", ctype="application/ics", method=None)))


@mail(N(11), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-20 11:00", DET), end=utc("2026-10-20 11:30", DET),
      local="Tue 2026-10-20 11:00", local_end="2026-10-20 11:30", zone=DET,
      contact=None, company="Tri-County Regional Transit",
      note="Microsoft Bookings confirmation from an HR Interviews shared mailbox: the body's zone label "
           "'(UTC-05:00) Eastern Time (US & Canada)' shows the standard offset, but 20 Oct is still EDT "
           "(UTC-4), so 11:00 = 15:00Z (the ICS with TZID 'Eastern Standard Time' agrees); '30 minutes' "
           "-> 15:30Z; staff named without an address -> contact null")
def m11():
    hbody = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:560px;margin:auto">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hi Tyler VanderMeer,</p>
        <p>Thanks for booking with Tri-County Regional Transit - HR Interviews. Here are your booking details:</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Materials Planner - phone interview</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Tuesday, October 20, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>11:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>30 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Rochelle Banks</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>We will call you at the phone number you provided</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/TriCountyRegionalTransitHRInterviews@tcrtransit.org/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#8a8886">Tri-County Regional Transit, 420 S Grand Ave, Lansing, MI 48933</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Tri-County Regional Transit - HR Interviews:mailto:HRInterviews@tcrtransit.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Tyler VanderMeer:mailto:tyler.vandermeer@example.org",
        "SUMMARY;LANGUAGE=en-US:Materials Planner - phone interview",
        "DTSTART;TZID=Eastern Standard Time:20261020T110000",
        "DTEND;TZID=Eastern Standard Time:20261020T113000",
        "UID:040000008200E00074C5B7101A82E00800000000D4E1F2A3B4C5DC01000000000000000010000000E2A7C4F19B3D4E8F",
        "DTSTAMP:20261014T123031Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Phone",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-co1nam11on2090.outbound.protection.outlook.com ([40.107.220.90])", "2026-10-14 12:30:31", "UTC", "C1E9D3B750"),
        ("From", addr("Tri-County Regional Transit - HR Interviews", "HRInterviews@tcrtransit.org")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Booking confirmed: Materials Planner - phone interview for Tyler VanderMeer"),
        ("Date", date("2026-10-14 12:30:31", "UTC")),
        ("Message-ID", "<CO1PR11MB5089BD3A1E74C02F9A6E41D2B7C8F@CO1PR11MB5089.namprd11.prod.outlook.com>"),
    ], mixed(html(hbody, cte="base64"),
             calendar(ics, disposition="attachment", filename="booking.ics", cte="base64")))


@mail(N(12), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 15:00", "Europe/Stockholm"), end=utc("2026-12-03 15:45", "Europe/Stockholm"),
      local="Thu 2026-12-03 15:00", local_end="2026-12-03 15:45", zone="Europe/Stockholm",
      contact="elin.sjoberg@norrskenhome.se", company="Norrsken Home",
      note="Teamtailor booking confirmation from a Swedish company hiring for its North American team: "
           "15:00-15:45 CET (UTC+1 in December) = 14:00-14:45Z, also written as 09:00-09:45 EST; ICS TZID "
           "Europe/Stockholm agrees; contact = human Reply-To (RFC 2047 name) / ORGANIZER")
def m12():
    body = t("""
        Hi Tyler,

        Thanks for booking a time with us! Here is a summary:

        Video interview - Supply Planner, North America
        Thursday 3 December 2026, 15:00–15:45 CET
        (09:00–09:45 EST for you in Grand Rapids)
        Microsoft Teams - the link is in the calendar invitation

        You'll meet Elin Sjöberg (Talent Acquisition) and Johan Ek (Head of Supply Chain).
        The conversation will be in English.

        If something comes up, just reply to this email.

        Best regards,
        Elin Sjöberg
        Norrsken Home
        """)
    hbody = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hi Tyler,</p>
        <p>Thanks for booking a time with us! Here is a summary:</p>
        <p><strong>Video interview - Supply Planner, North America</strong><br>
        Thursday 3 December 2026, 15:00–15:45 CET<br>
        (09:00–09:45 EST for you in Grand Rapids)<br>
        Microsoft Teams - the link is in the calendar invitation</p>
        <p>You'll meet Elin Sjöberg (Talent Acquisition) and Johan Ek (Head of Supply Chain). The conversation will be in English.</p>
        <p>If something comes up, just reply to this email.</p>
        <p>Best regards,<br>Elin Sjöberg<br>Norrsken Home</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Teamtailor//Meetings//EN",
        "METHOD:REQUEST",
        VTZ["Europe/Stockholm"],
        "BEGIN:VEVENT",
        "UID:tt-meeting-3390417@teamtailor.com",
        "DTSTAMP:20261127T101422Z",
        "DTSTART;TZID=Europe/Stockholm:20261203T150000",
        "DTEND;TZID=Europe/Stockholm:20261203T154500",
        "SUMMARY:Video interview - Supply Planner\\, North America (Tyler VanderMeer)",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Elin Sjöberg:mailto:elin.sjoberg@norrskenhome.se",
        "ATTENDEE;CN=Tyler VanderMeer;RSVP=TRUE:mailto:tyler.vandermeer@example.org",
        "ATTENDEE;CN=Johan Ek:mailto:johan.ek@norrskenhome.se",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-ej1-f98.teamtailor-mail.com (mail-ej1-f98.teamtailor-mail.com [185.70.40.98])", "2026-11-27 11:14:22", "Europe/Stockholm", "E4A1C0972B"),
        ("From", addr("Norrsken Home", "no-reply@norrskenhome.teamtailor-mail.com")),
        ("Reply-To", addr("Elin Sjöberg", "elin.sjoberg@norrskenhome.se")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Interview booked: Supply Planner, North America"),
        ("Date", date("2026-11-27 11:14:22", "Europe/Stockholm")),
        ("Message-ID", "<6564f1a2b0c3d_7f4e2a1c9b8d3@teamtailor-mailer-5.mail>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(N(13), family="taleo", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-14 10:00", DET),
      local="Mon 2026-12-14 10:00", zone=DET,
      contact="marcus.bell@glaxle.com", company="Great Lakes Axle Corp.",
      note="Taleo interview confirmation (HTML only, iso-8859-1 quoted-printable) with a US date "
           "12/14/2026 and 10:00 AM EST (UTC-5) = 15:00Z; 'approximately 2 hours' is approximate so end "
           "null; contact = recruiter address in the body (sender is the taleo.net system mailbox)")
def m13():
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Tyler,</p>
        <p>Thank you for your interest in career opportunities with Great Lakes Axle Corp.&nbsp; We are pleased to confirm your
        on-site interview for the position below.</p>
        <p><b>Requisition:</b> 2600417 - Material Planner - Plant 2<br>
        <b>Date:</b> 12/14/2026 (Monday)<br>
        <b>Time:</b> 10:00 AM EST<br>
        <b>Location:</b> Great Lakes Axle Corp., Plant 2 Main Lobby, 12800 Mound Rd, Detroit, MI 48212<br>
        <b>Interviewers:</b> Gloria Santos (Materials Manager), Keith Oduya (Production Control Supervisor)</p>
        <p>Please allow approximately 2 hours for your visit, which includes a tour of the production floor. Steel-toe shoes
        and safety glasses will be provided. Please bring a government-issued photo ID.</p>
        <p>If you have any questions or need to reschedule, please contact Marcus Bell, Recruiter, at
        marcus.bell@glaxle.com or (313) 555-0148.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Great Lakes Axle Corp.</p>
        <p><font size="1">This is an automated message, please do not reply.&nbsp; © 2026 Great Lakes Axle Corp. · Equal Opportunity Employer</font></p>
        </font></body></html>
        """)
    return message([
        rcv("smtp-out4.taleo.net (smtp-out4.taleo.net [160.34.18.44])", "2026-12-07 15:31:40", "UTC", "A08E5D3F16"),
        ("From", addr("Great Lakes Axle Careers", "greatlakesaxle@taleo.net")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Interview Confirmation - Material Planner - Plant 2 (2600417)"),
        ("Date", date("2026-12-07 10:31:40", DET)),
        ("Message-ID", "<1007436219.4417793.1796657500412.JavaMail.taleo@tlp3app14>"),
    ], html(hbody, charset="iso-8859-1"))


@mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:00", LA), end=utc("2026-11-04 11:45", LA),
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:45", zone=LA,
      contact="hannah.okafor@pshomegoods.com", company="Puget Sound Home Goods",
      note="GoodTime itinerary sent Thu 29 Oct in PDT for Wed 4 Nov, after US DST ends: two sessions "
           "10:00-10:45 and 11:00-11:45 AM Pacific = PST (UTC-8), start = first session 18:00Z, end = last "
           "session's end 19:45Z; the Eastern times in the body (1:00-2:45 PM EST) agree; single ICS block; "
           "contact = human Reply-To")
def m14():
    body = t("""
        Hi Tyler,

        Your virtual onsite with Puget Sound Home Goods is confirmed. All times are shown in Pacific
        Time (PT).

        Wednesday, November 4, 2026

          10:00 AM - 10:45 AM   Ana Chu, Director, Supply Planning
          11:00 AM - 11:45 AM   Ben Torres, Inventory Analytics Lead

        (That's 1:00 PM - 2:45 PM Eastern.)

        Both conversations use the same Zoom room:
        https://pshomegoods.zoom.us/j/97720418830

        Questions? Reply to this message and it will go to Hannah Okafor, your recruiting coordinator.

        Puget Sound Home Goods Recruiting
        Sent via GoodTime
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Tyler,</p>
        <p>Your virtual onsite with Puget Sound Home Goods is confirmed. All times are shown in Pacific Time (PT).</p>
        <h3 style="margin-bottom:4px">Wednesday, November 4, 2026</h3>
        <table cellpadding="4">
        <tr><td>10:00 AM - 10:45 AM</td><td>Ana Chu, Director, Supply Planning</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Ben Torres, Inventory Analytics Lead</td></tr>
        </table>
        <p>(That's 1:00 PM - 2:45 PM Eastern.)</p>
        <p>Both conversations use the same Zoom room: <a href="https://pshomegoods.zoom.us/j/97720418830">https://pshomegoods.zoom.us/j/97720418830</a></p>
        <p>Questions? Reply to this message and it will go to Hannah Okafor, your recruiting coordinator.</p>
        <p style="color:#888;font-size:12px">Puget Sound Home Goods Recruiting &middot; Sent via GoodTime</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//GoodTime.io//Scheduler//EN",
        "METHOD:REQUEST",
        TZ_LA,
        "BEGIN:VEVENT",
        "UID:gt-7731054-onsite@goodtime.io",
        "DTSTAMP:20261029T210517Z",
        "DTSTART;TZID=America/Los_Angeles:20261104T100000",
        "DTEND;TZID=America/Los_Angeles:20261104T114500",
        "SUMMARY:Virtual Onsite: Puget Sound Home Goods - Senior Supply Planner",
        "LOCATION:https://pshomegoods.zoom.us/j/97720418830",
        "ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@pshomegoods.com",
        "ATTENDEE;CN=Tyler VanderMeer;RSVP=TRUE:mailto:tyler.vandermeer@example.org",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-207-9.mailgun.goodtime.io (mail-207-9.mailgun.goodtime.io [159.135.207.9])", "2026-10-29 21:05:17", "UTC", "3F6B0A8D21"),
        ("From", addr("Puget Sound Home Goods Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Hannah Okafor", "hannah.okafor@pshomegoods.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Confirmed: your virtual onsite with Puget Sound Home Goods on Wed, Nov 4"),
        ("Date", date("2026-10-29 14:05:17", LA)),
        ("Message-ID", "<20261029210517.1.8E2F4C7A1B3D5690@mg.goodtime.io>"),
    ], mixed(alt(text(body, cte="7bit"), html(hbody, cte="7bit")),
             calendar(ics, disposition="attachment", filename="onsite.ics")))


@mail(N(15), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-12 13:00", CHI), end=utc("2026-10-12 13:30", CHI),
      local="Mon 2026-10-12 13:00", local_end="2026-10-12 13:30", zone=CHI,
      contact="carlos.mendez@wabashfreight.com", company="Wabash Freight Analytics",
      note="Lever confirmation from a Chicago company: 1:00 PM CDT on Mon 12 Oct = UTC-5 = 18:00Z, '30 "
           "minutes' -> 18:30Z; ICS TZID America/Chicago agrees; contact = human Reply-To / ORGANIZER")
def m15():
    body = t("""
        Hi Tyler,

        Thanks for confirming your availability. Your interview with Wabash Freight Analytics is booked:

        Supply Planning Manager - Recruiter Screen
        Monday, October 12, 2026 at 1:00 PM CDT (30 minutes)
        Phone - Carlos will call you.

        Interviewer: Carlos Mendez

        If you need to reschedule, reply to this email.

        Cheers,
        Wabash Freight Analytics
        """)
    hbody = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tyler,</p>
        <p>Thanks for confirming your availability. Your interview with Wabash Freight Analytics is booked:</p>
        <p><b>Supply Planning Manager - Recruiter Screen</b><br>
        Monday, October 12, 2026 at 1:00 PM CDT (30 minutes)<br>
        Phone - Carlos will call you.</p>
        <p>Interviewer: Carlos Mendez</p>
        <p>If you need to reschedule, reply to this email.</p>
        <p>Cheers,<br>Wabash Freight Analytics</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Lever//Lever Hire//EN",
        "METHOD:REQUEST",
        VTZ["America/Chicago"],
        "BEGIN:VEVENT",
        "UID:lever-interview-5c2e8a17-0b4f-4d6e-a931-f7e2c5d80b34",
        "DTSTAMP:20261007T214510Z",
        "DTSTART;TZID=America/Chicago:20261012T130000",
        "DTEND;TZID=America/Chicago:20261012T133000",
        "SUMMARY:Wabash Freight Analytics - Recruiter Screen with Carlos Mendez",
        "ORGANIZER;CN=Carlos Mendez:mailto:carlos.mendez@wabashfreight.com",
        "ATTENDEE;CN=Tyler VanderMeer;RSVP=TRUE:mailto:tyler.vandermeer@example.org",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-dh.hire.lever.co (mail-dh.hire.lever.co [198.2.180.61])", "2026-10-07 21:45:10", "UTC", "9D4E7B2A05"),
        ("From", addr("Wabash Freight Analytics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Carlos Mendez", "carlos.mendez@wabashfreight.com")),
        ("To", ME),
        ("Subject", "Your interview with Wabash Freight Analytics is confirmed"),
        ("Date", date("2026-10-07 16:45:10", CHI)),
        ("Message-ID", "<0102019a1f3c7e88-b5d2f0e4-7a61-4c39-8e2d-19f6b3a0c7d5-000000@us-west-2.amazonses.com>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, disposition="attachment", filename="interview.ics", cte="base64")))


@mail(N(16), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-16 10:30", DET), end=utc("2026-10-16 11:00", DET),
      local="Fri 2026-10-16 10:30", local_end="2026-10-16 11:00", zone=DET,
      contact="svos@macatawamolding.com", company="Macatawa Molding",
      note="Candidate forwards a recruiter's confirmation from his old address (example.net) to himself: "
           "Friday 16 Oct 10:30 AM in Holland, MI (Eastern, EDT UTC-4) = 14:30Z, 'should take 30 minutes' "
           "-> 15:00Z; the sender is the candidate, so contact = the recruiter in the forwarded header")
def m16():
    body = t("""
        fwd to my main inbox

        ---------- Forwarded message ---------
        From: Stacy Vos <svos@macatawamolding.com>
        Date: Mon, Oct 12, 2026 at 3:02 PM
        Subject: Phone interview - Production & Inventory Planner
        To: Tyler VanderMeer <tyler.vandermeer@example.net>


        Hi Tyler,

        Thanks for sending over your availability. I'm confirming your phone interview with our
        Materials Manager, Jim Klaasen, on Friday, October 16 at 10:30 AM. It should take 30 minutes.
        Jim will call the cell number on your application.

        Let me know if anything changes.

        Stacy Vos
        HR Coordinator | Macatawa Molding
        Holland, MI | 616-555-0185
        """)
    return message([
        rcv("mail-yb1-f170.google.com (mail-yb1-f170.google.com [209.85.219.170])", "2026-10-12 20:15:48", DET, "D2B6F9E0A4"),
        ("From", addr("Tyler VanderMeer", "tyler.vandermeer@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Phone interview - Production & Inventory Planner"),
        ("Date", date("2026-10-12 20:15:48", DET)),
        ("Message-ID", "<CAJp4tR8wQm3+Vd0nXe2LkY6sHfZ9bG1a@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# =========================================================================== positives: rescheduled


@mail(N(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-01 09:00", DET), end=utc("2026-10-01 11:30", DET),
      local="Thu 2026-10-01 09:00", local_end="2026-10-01 11:30", zone=DET,
      contact="kristen.bouma@thornappleworkspace.com", company="Thornapple Workspace",
      note="Recruiter moves the onsite from Tue 9/29 1:00 PM to Thu 10/1 9:00 AM (old and new both in the "
           "mail; label = new), 'wrapping up by 11:30' gives the end; Grand Rapids EDT (UTC-4) = "
           "13:00-15:30Z; the attached ICS is an all-day hold on Thu 1 Oct (time only in the text); contact "
           "= human sender; same recruiter as the Greenhouse phone screen",
      days=(("Tue", "2026-09-29"),))
def m17():
    body = t("""
        Hi Tyler,

        I'm sorry to do this on short notice, but Jeff has to be at our Holland plant on Tuesday for a
        customer audit, so we need to move your onsite from Tuesday 9/29 at 1:00 PM to Thursday 10/1 at
        9:00 AM. The agenda stays the same: a quick plant tour, then time with Jeff Vander Ark and the
        S&OP team, wrapping up by 11:30. The updated calendar hold is attached; it's blocked as all day
        on Thursday so nobody books over it, but we start at 9:00 sharp.

        Same location: 4400 East Paris Ave SE, check in at the main lobby.

        Thanks for your flexibility!
        Kristen

        Kristen Bouma | Talent Acquisition Partner
        Thornapple Workspace
        kristen.bouma@thornappleworkspace.com | 616-555-0139
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
        <p>Hi Tyler,</p>
        <p>I'm sorry to do this on short notice, but Jeff has to be at our Holland plant on Tuesday for a customer audit, so we need
        to move your onsite from <s>Tuesday 9/29 at 1:00 PM</s> to <b>Thursday 10/1 at 9:00 AM</b>. The agenda stays the same: a
        quick plant tour, then time with Jeff Vander Ark and the S&amp;OP team, wrapping up by 11:30. The updated calendar hold is attached; it's blocked as all day on Thursday so nobody books over it, but
        we start at 9:00 sharp.</p>
        <p>Same location: 4400 East Paris Ave SE, check in at the main lobby.</p>
        <p>Thanks for your flexibility!<br>Kristen</p>
        <p style="font-size:9pt;color:#5a5a5a">Kristen Bouma | Talent Acquisition Partner<br>Thornapple Workspace<br>
        kristen.bouma@thornappleworkspace.com | 616-555-0139</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Kristen Bouma:mailto:kristen.bouma@thornappleworkspace.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler VanderMeer:mailto:tyler.vandermeer@example.org",
        "SUMMARY;LANGUAGE=en-US:HOLD - Onsite interview: Tyler VanderMeer (Supply Planner II)",
        "DTSTART;VALUE=DATE:20261001",
        "DTEND;VALUE=DATE:20261002",
        "UID:040000008200E00074C5B7101A82E00800000000B5E8C3A1D94EDC01000000000000000010000000F1A3D5C7E9B24680",
        "DTSTAMP:20260925T200255Z",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "LOCATION;LANGUAGE=en-US:Thornapple Workspace - 4400 East Paris Ave SE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-mw2nam10on2130.outbound.protection.outlook.com ([40.107.94.130])", "2026-09-25 16:02:55", DET, "1B7F3C8E92"),
        ("From", addr("Kristen Bouma", "kristen.bouma@thornappleworkspace.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Onsite interview moved to Thursday 10/1"),
        ("Date", date("2026-09-25 16:02:55", DET)),
        ("Message-ID", "<MW4PR18MB5263E1D07A8B94C3F2D6E5A0B91C7@MW4PR18MB5263.namprd18.prod.outlook.com>"),
        ("Thread-Topic", "Onsite interview moved to Thursday 10/1"),
        ("Content-Language", "en-US"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, disposition="attachment", filename="Onsite - Tyler VanderMeer.ics", cte="base64")))


@mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-06 15:00", CHI), end=utc("2026-11-06 15:45", CHI),
      local="Fri 2026-11-06 15:00", local_end="2026-11-06 15:45", zone=CHI,
      contact="renee.kaczmarek@fultonmarketprovisions.com", company="Fulton Market Provisions",
      note="Google Calendar 'Updated invitation' from a Chicago company: moved from Thu 5 Nov 2pm to Fri "
           "6 Nov 3pm-3:45pm Central = CST (UTC-6, after 1 Nov) = 21:00-21:45Z; ICS SEQUENCE:1 TZID "
           "America/Chicago agrees; contact = ORGANIZER",
      days=(("Thu", "2026-11-05"),))
def m18():
    body = t("""
        This event has been updated
        Changed: time

        Supply Planner interview – Tyler VanderMeer
        Friday Nov 6, 2026 ⋅ 3pm – 3:45pm (Central Time - Chicago)

        Join with Google Meet
        https://meet.google.com/rwd-hkzq-pfe

        Moved from Thursday Nov 5 at 2pm - sorry, Mike is out Thursday. Same Meet link. You'll talk with
        Mike Dolan (VP Operations) and me.
        - Renee

        Guests
        Renee Kaczmarek - organizer
        Mike Dolan
        tyler.vandermeer@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2dwcWY4dTFi

        Reply for tyler.vandermeer@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    hbody = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="color:#d93025">This event has been updated</div>
        <div>Changed: <b>time</b></div>
        <h2 style="font-size:20px;font-weight:400">Supply Planner interview – Tyler VanderMeer</h2>
        <div><span style="color:#d93025">Friday Nov 6, 2026 &sdot; 3pm – 3:45pm</span> (Central Time - Chicago)</div>
        <div><a href="https://meet.google.com/rwd-hkzq-pfe">Join with Google Meet</a></div>
        <p>Moved from Thursday Nov 5 at 2pm - sorry, Mike is out Thursday. Same Meet link. You'll talk with Mike Dolan (VP Operations)
        and me.<br>- Renee</p>
        <div><b>Guests</b><br>Renee Kaczmarek - organizer<br>Mike Dolan<br>tyler.vandermeer@example.org</div>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ["America/Chicago"],
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Chicago:20261106T150000",
        "DTEND;TZID=America/Chicago:20261106T154500",
        "DTSTAMP:20261102T154003Z",
        "ORGANIZER;CN=Renee Kaczmarek:mailto:renee.kaczmarek@fultonmarketprovisions.com",
        "UID:3gpqf8u1b7c2d9e4k0m6n5r1s8@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=tyler.vandermeer@example.org;X-NUM-GUESTS=0:mailto:tyler.vandermeer@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mike Dolan;X-NUM-GUESTS=0:mailto:mike.dolan@fultonmarketprovisions.com",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/rwd-hkzq-pfe",
        "CREATED:20261027T190512Z",
        "DESCRIPTION:Moved from Thursday Nov 5 at 2pm - sorry\\, Mike is out Thursday.",
        "LAST-MODIFIED:20261102T154002Z",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:Supply Planner interview – Tyler VanderMeer",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-11-02 15:40:03", "UTC", "F03A9C61B8"),
        ("From", addr("Renee Kaczmarek", "renee.kaczmarek@fultonmarketprovisions.com")),
        ("Reply-To", addr("Renee Kaczmarek", "renee.kaczmarek@fultonmarketprovisions.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("To", ME),
        ("Subject", enc("Updated invitation: Supply Planner interview – Tyler VanderMeer @ Fri Nov 6, 2026 "
                        "3pm - 3:45pm (CST) (tyler.vandermeer@example.org)")),
        ("Date", date("2026-11-02 15:40:03", "UTC")),
        ("Message-ID", "<calendar-91e7b2d4-3a5c-4f80-b6d1-e2c8a0f47953@google.com>"),
    ], mixed(alt(text(body), html(hbody), calendar(ics, method="REQUEST", cte="quoted-printable")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(19), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-09 14:30", DET), end=utc("2026-12-09 15:15", DET),
      local="Wed 2026-12-09 14:30", local_end="2026-12-09 15:15", zone=DET,
      contact="courtney.jansen@milhampark.com", company="Milham Park Packaging",
      note="Workable reschedule notice with new and previous time: new Wed 9 Dec 2:30-3:15 PM EST (UTC-5) "
           "= 19:30-20:15Z; ICS in UTC agrees; Reply-To is a Workable candidates relay, so contact = the "
           "HR generalist's address in the body",
      days=(("Tue", "2026-12-08"),))
def m19():
    body = t("""
        Hi Tyler,

        Your interview for the Supply Chain Planner position at Milham Park Packaging has been
        rescheduled.

        New time:    Wednesday, December 9, 2026, 2:30 PM – 3:15 PM (EST)
        Previously:  Tuesday, December 8, 2026, 10:00 AM – 10:45 AM (EST)
        Location:    Milham Park Packaging, 4100 E Milham Ave, Kalamazoo, MI 49002 (main office)
        Interviewers: Courtney Jansen, Phil Vanderveen

        A note from Courtney:
        "Phil got pulled into our year-end inventory count Tuesday morning, so we moved you to Wednesday
        afternoon. Call or email me with any questions: 269-555-0150, courtney.jansen@milhampark.com"

        Add to calendar: the updated invitation is attached.

        Milham Park Packaging
        Powered by Workable
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tyler,</p>
        <p>Your interview for the <b>Supply Chain Planner</b> position at Milham Park Packaging has been rescheduled.</p>
        <table cellpadding="4">
        <tr><td><b>New time</b></td><td>Wednesday, December 9, 2026, 2:30 PM – 3:15 PM (EST)</td></tr>
        <tr><td style="color:#999">Previously</td><td style="color:#999"><s>Tuesday, December 8, 2026, 10:00 AM – 10:45 AM (EST)</s></td></tr>
        <tr><td><b>Location</b></td><td>Milham Park Packaging, 4100 E Milham Ave, Kalamazoo, MI 49002 (main office)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Courtney Jansen, Phil Vanderveen</td></tr>
        </table>
        <p>A note from Courtney:<br><i>"Phil got pulled into our year-end inventory count Tuesday morning, so we moved you to Wednesday
        afternoon. Call or email me with any questions: 269-555-0150, courtney.jansen@milhampark.com"</i></p>
        <p style="color:#999;font-size:12px">Milham Park Packaging &middot; Powered by Workable</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-event-0f9c2d71b4a8
        DTSTAMP:20261203T162011Z
        DTSTART:20261209T193000Z
        DTEND:20261209T201500Z
        SUMMARY:Interview: Tyler VanderMeer - Supply Chain Planner (Milham Park Packaging)
        LOCATION:4100 E Milham Ave\\, Kalamazoo\\, MI 49002
        ORGANIZER;CN=Milham Park Packaging:mailto:noreply@candidates.workablemail.com
        ATTENDEE;CN=Tyler VanderMeer;RSVP=TRUE:mailto:tyler.vandermeer@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail3.workablemail.com (mail3.workablemail.com [35.176.93.12])", "2026-12-03 16:20:11", "UTC", "7AC2E5F193"),
        ("From", addr("Milham Park Packaging", "noreply@candidates.workablemail.com")),
        ("Reply-To", "milham-park-packaging+c7f3a91e5d@candidates.workablemail.com"),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Your interview with Milham Park Packaging has been rescheduled"),
        ("Date", date("2026-12-03 11:20:11", DET)),
        ("Message-ID", "<a91c7f30e2b54d8f@workablemail.com>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@mail(N(20), family="human_prose_phone", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-23 11:00", DET),
      local="Mon 2026-11-23 11:00", zone=DET,
      contact="ryan@monroecenterlabs.com", company="Monroe Center Labs",
      note="Terse iPhone reply from a start-up CEO moving the coffee interview from Fri 11/20 11am (quoted) "
           "to 'Monday 11am, same spot'; Date Wed 18 Nov so Monday = 23 Nov, Grand Rapids EST (UTC-5) = "
           "16:00Z; no length -> end null; contact = human sender",
      days=(("Fri", "2026-11-20"),))
def m20():
    body = t("""
        Moved us to Monday 11am, same spot. Updated the invite. Sorry man, board call got dropped on
        Friday morning and it'll eat the whole day.

        -R

        Sent from my iPhone

        > On Nov 16, 2026, at 4:10 PM, Ryan Postma <ryan@monroecenterlabs.com> wrote:
        >
        > Great, let's do Friday 11/20 at 11am at Cherry Street Coffee (the one by Diamond). It'll be
        > informal but I want to go through how you'd set up our first S&OP cycle - we're 14 people and
        > planning lives in a spreadsheet right now.
        >
        > Ryan
        """)
    return message([
        rcv("mail-pl1-f182.google.com (mail-pl1-f182.google.com [209.85.214.182])", "2026-11-18 07:52:31", DET, "58E1D0B4A7"),
        ("From", addr("Ryan Postma", "ryan@monroecenterlabs.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Re: Ops & Supply Planning lead - coffee Friday?"),
        ("Date", date("2026-11-18 07:52:31", DET)),
        ("Message-ID", "<4E0B7A2C-91F3-4D6E-B8A5-3C2F1E9D07B6@monroecenterlabs.com>"),
        ("In-Reply-To", "<8C1D4F6A-2B7E-43A9-9D05-E6F1A3C8B2D4@monroecenterlabs.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== positives: cancelled


@mail(N(21), family="exchange", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-21 15:00", DET), end=utc("2026-10-21 16:00", DET),
      local="Wed 2026-10-21 15:00", local_end="2026-10-21 16:00", zone=DET,
      contact="dhollis@motorcityfixtures.com", company="Motor City Fixtures",
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Wed 21 Oct 3:00-4:00 PM "
           "interview; the body's label shows '(UTC-05:00)' but October is EDT (UTC-4), so 19:00-20:00Z, "
           "as the ICS with TZID 'Eastern Standard Time' says; role on hold, no new time; contact = "
           "ORGANIZER / sender")
def m21():
    body = t("""
        When: Wednesday, October 21, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Tyler - we've decided to put the Supply Planner opening on hold until our Q1 budget is approved,
        so I'm canceling Wednesday's interview. I'm sorry for the late notice. I'll reach out if the role
        reopens.

        Derrick
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>When: Wednesday, October 21, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time (US &amp; Canada).<br>
        Where: Microsoft Teams Meeting</p>
        <p>Tyler - we've decided to put the Supply Planner opening on hold until our Q1 budget is approved, so I'm canceling
        Wednesday's interview. I'm sorry for the late notice. I'll reach out if the role reopens.</p>
        <p>Derrick</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:CANCEL",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Derrick Hollis:mailto:dhollis@motorcityfixtures.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=tyler.vandermeer@example.org:mailto:tyler.vandermeer@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Tyler - we've decided to put the Supply Planner opening on hold.",
        "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000C3D9F0E1A2B34C5D",
        "SUMMARY;LANGUAGE=en-US:Canceled: Interview - Supply Planner (Tyler VanderMeer)",
        "DTSTART;TZID=Eastern Standard Time:20261021T150000",
        "DTEND;TZID=Eastern Standard Time:20261021T160000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:20261016T161004Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:2",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:2",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1793305187",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-ch2nam12on2097.outbound.protection.outlook.com ([40.107.220.97])", "2026-10-16 16:10:04", "UTC", "0E4D7A9C32"),
        ("From", addr("Derrick Hollis", "dhollis@motorcityfixtures.com")),
        ("To", addr("tyler.vandermeer@example.org", ME)),
        ("Subject", "Canceled: Interview - Supply Planner (Tyler VanderMeer)"),
        ("Thread-Topic", "Interview - Supply Planner (Tyler VanderMeer)"),
        ("Thread-Index", "AdsfP2c1n8Qm0VxXRl2Wbq7tY4kD9A=="),
        ("Importance", "high"),
        ("Date", date("2026-10-16 16:10:04", "UTC")),
        ("Message-ID", "<CH3PR14MB7305B2E9F4A1C0D73E6B58A2C0F14@CH3PR14MB7305.namprd14.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(hbody), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-19 13:00", CHI),
      local="Thu 2026-11-19 13:00", zone=CHI,
      contact="lfitzgerald@prairiestatehealth.org", company="Prairie State Health",
      note="iCIMS cancellation from a Chicago hospital system: the Thu 19 Nov 1:00 PM CST (UTC-6) "
           "interview = 19:00Z is cancelled, position on hold, no new time; no ICS; contact = recruiter "
           "address in the body (sender is an iCIMS autoreply relay)")
def m22():
    body = t("""
        Dear Tyler,

        We are writing to let you know that your interview for Supply Chain Analyst - Materials
        Management (Requisition 2026-18831), scheduled for Thursday, November 19, 2026 at 1:00 PM CST,
        has been cancelled. The position has been placed on hold while our department completes its
        budget review.

        We apologize for any inconvenience. Your application will remain on file, and we encourage you to
        continue to explore opportunities with Prairie State Health.

        If you have questions, please contact Lauren Fitzgerald, Talent Acquisition Partner, at
        lfitzgerald@prairiestatehealth.org.

        Sincerely,
        Prairie State Health Talent Acquisition
        Chicago, Illinois
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Tyler,</p>
        <p>We are writing to let you know that your interview for <b>Supply Chain Analyst - Materials Management</b>
        (Requisition 2026-18831), scheduled for <b>Thursday, November 19, 2026 at 1:00 PM CST</b>, has been cancelled.
        The position has been placed on hold while our department completes its budget review.</p>
        <p>We apologize for any inconvenience. Your application will remain on file, and we encourage you to continue to explore
        opportunities with Prairie State Health.</p>
        <p>If you have questions, please contact Lauren Fitzgerald, Talent Acquisition Partner, at
        <a href="mailto:lfitzgerald@prairiestatehealth.org">lfitzgerald@prairiestatehealth.org</a>.</p>
        <p>Sincerely,<br>Prairie State Health Talent Acquisition<br>Chicago, Illinois</p>
        </body></html>
        """)
    return message([
        rcv("mail12.icims.com (mail12.icims.com [52.71.5.188])", "2026-11-14 15:15:42", "UTC", "B93F0C2E6D"),
        ("From", addr("Prairie State Health", "prairiestatehealth+autoreply@talent.icims.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Interview Cancellation: Supply Chain Analyst - Materials Management (2026-18831)"),
        ("Date", date("2026-11-14 09:15:42", CHI)),
        ("Message-ID", "<1731597342.5521.icims.prod.mailer@talent.icims.com>"),
    ], alt(text(body), html(hbody)))


@mail(N(23), family="human_prose_phone", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-08 16:00", DET),
      local="Tue 2026-12-08 16:00", zone=DET,
      contact="nadia@bridgestreetrobotics.com", company="Bridge Street Robotics",
      note="Founder cancels 'our 4pm tomorrow' from her phone, Date Mon 7 Dec 09:05 EST, so the slot is "
           "Tue 8 Dec 4:00 PM EST (UTC-5) = 21:00Z, as the quoted confirmation (12/8 at 4:00 pm) says; "
           "new times only promised -> cancelled; contact = human sender",
      days=(("Wed", "2026-12-02"),))
def m23():
    body = t("""
        Hi Tyler, I have to cancel our 4pm tomorrow - we're in the last days of closing our seed
        extension and my calendar just blew up. Really sorry. I'll send you a few new times next week,
        still very keen to talk about the planning role.

        Nadia

        On Wed, Dec 2, 2026 at 2:17 PM Nadia Farouk <nadia@bridgestreetrobotics.com> wrote:
        > Tyler - confirmed for Tuesday 12/8 at 4:00 pm at our office, 601 Bond Ave NW (2nd floor,
        > buzz Bridge Street). Ask for me when you get in.
        >
        > Nadia Farouk
        > Co-founder & COO, Bridge Street Robotics
        """)
    return message([
        rcv("mail-oi1-f171.google.com (mail-oi1-f171.google.com [209.85.167.171])", "2026-12-07 09:05:14", DET, "C7A2E4F1D0"),
        ("From", addr("Nadia Farouk", "nadia@bridgestreetrobotics.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Re: Interview - Supply & Production Planner"),
        ("Date", date("2026-12-07 09:05:14", DET)),
        ("Message-ID", "<CAL9xW3e+Hq0Rk7mT2pYf5nB8vDz1cJ4@mail.gmail.com>"),
        ("In-Reply-To", "<CAL9xW3dP6kQ1vM0t+RbN4eY8sZa2fG7@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# =========================================================================== negatives


@mail(N(24), family="job_centre", lang="en", interview=False, company=None,
      note="Workforce-centre appointment with a career navigator (resume and interview preparation) at a "
           "fixed time: a real appointment, not a job interview",
      days=(("Tue", "2026-09-22"),))
def m24():
    body = t("""
        APPOINTMENT CONFIRMATION

        Dear TYLER VANDERMEER,

        This email confirms your appointment with a Career Navigator at the Grand Valley Workforce
        Center.

          Date:      Tuesday, September 22, 2026
          Time:      5:30 PM (evening hours)
          Location:  Grand Valley Workforce Center, 215 Division Ave S, Suite 300, Grand Rapids, MI 49503
          Navigator: D. Salinas
          Service:   Career Navigation - resume review and interview preparation

        Please bring:
          - a printed copy of your current resume
          - a list of positions you have applied for in the last 30 days
          - a photo ID

        If you cannot attend, please call 616-555-0100 at least 24 hours in advance so we can offer
        your time to another customer.

        Grand Valley Workforce Center is an equal opportunity employer/program. Auxiliary aids and
        services are available upon request to individuals with disabilities.

        This mailbox is not monitored.
        """)
    return message([
        rcv("smtp.gvworkforce.org (smtp.gvworkforce.org [74.208.23.51])", "2026-09-17 08:01:09", DET, "E5D2A1C873"),
        ("From", addr("Grand Valley Workforce Center", "appointments@gvworkforce.org")),
        ("To", ME),
        ("Subject", "Appointment Confirmation - Career Navigator - 09/22/2026 5:30 PM"),
        ("Date", date("2026-09-17 08:01:09", DET)),
        ("Message-ID", "<20260917120109.31877@gvworkforce.org>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(N(25), family="press_interview", lang="en", interview=False, company=None,
      note="A business reporter confirms a phone interview with the candidate for an article (Thursday "
           "Oct. 15 at 2 p.m.): an interview at a fixed time, but press, not a job interview",
      days=(("Thu", "2026-10-15"),))
def m25():
    body = t("""
        Hi Tyler,

        Thanks again for agreeing to talk with me for the piece on how West Michigan furniture makers
        are planning around lumber prices and tariff swings. Your name came from Beth at the West
        Michigan Supply Chain Roundtable.

        Interview confirmed for Thursday, Oct. 15 at 2 p.m. I'll call your cell. It should take about
        20 minutes. Nothing is off the record unless you tell me so up front, and I'm happy to keep your
        employer's name out of it if you'd prefer. I'll mostly ask about lead times, safety stock and how
        planners are talking to purchasing these days.

        Talk soon,
        Nicole

        Nicole Brink
        Manufacturing & Logistics Reporter
        Grand Rapids Business Ledger
        nbrink@grledger.com | 616-555-0177
        """)
    return message([
        rcv("mail-ua1-f45.google.com (mail-ua1-f45.google.com [209.85.222.45])", "2026-10-12 11:20:40", DET, "4A1F7E3B09"),
        ("From", addr("Nicole Brink", "nbrink@grledger.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Interview confirmed - Thursday 2pm"),
        ("Date", date("2026-10-12 11:20:40", DET)),
        ("Message-ID", "<CAE2nBr8k4Y+qM1sT7wVd0xRz3Lf6pGh@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(26), family="admission_interview", lang="en", interview=False, company=None,
      note="Evening MBA admission interview at a fixed time (Fri 13 Nov 10:00 AM Eastern, 30 minutes): "
           "a school admission interview, not a job interview",
      days=(("Fri", "2026-11-13"),))
def m26():
    body = t("""
        Dear Tyler,

        Thank you for applying to the Evening MBA program at the Calder College School of Business.
        We are pleased to invite you to an admission interview, which is now scheduled:

          Date:        Friday, November 13, 2026
          Time:        10:00 AM Eastern
          Length:      30 minutes
          Format:      Zoom (link in your applicant portal)
          Interviewer: Paul Greer, Associate Director of Graduate Admissions

        The interview is conversational. We'll ask about your professional goals, why an MBA now, and how
        you plan to balance the program with work. Business casual is appropriate.

        Your application decision will be released in your portal within three weeks of your interview.

        Best regards,

        Office of Graduate Admissions
        Calder College School of Business
        Grand Rapids, Michigan
        """)
    hbody = t("""
        <html><body style="font-family:Georgia,Times New Roman,serif;font-size:15px;color:#222">
        <p>Dear Tyler,</p>
        <p>Thank you for applying to the Evening MBA program at the Calder College School of Business. We are pleased to invite you
        to an admission interview, which is now scheduled:</p>
        <table cellpadding="3" style="margin-left:20px">
        <tr><td><b>Date:</b></td><td>Friday, November 13, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM Eastern</td></tr>
        <tr><td><b>Length:</b></td><td>30 minutes</td></tr>
        <tr><td><b>Format:</b></td><td>Zoom (link in your applicant portal)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Paul Greer, Associate Director of Graduate Admissions</td></tr>
        </table>
        <p>The interview is conversational. We'll ask about your professional goals, why an MBA now, and how you plan to balance the
        program with work. Business casual is appropriate.</p>
        <p>Your application decision will be released in your portal within three weeks of your interview.</p>
        <p>Best regards,<br><br>Office of Graduate Admissions<br>Calder College School of Business<br>Grand Rapids, Michigan</p>
        </body></html>
        """)
    return message([
        rcv("mta-12.technolutions.net (mta-12.technolutions.net [52.2.110.33])", "2026-11-05 19:02:17", "UTC", "92C0B7E4F5"),
        ("From", addr("Calder College Graduate Admissions", "gradadmissions@caldercollege.edu")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Your Evening MBA admission interview is scheduled"),
        ("Date", date("2026-11-05 14:02:17", DET)),
        ("Message-ID", "<8f2c1e7a-4b3d-4e9a-a6c0-15d7e2b9f308@mta-12.technolutions.net>"),
    ], alt(text(body), html(hbody)))


@mail(N(27), family="sports_tryout", lang="en", interview=False, company=None,
      note="Adult hockey league evaluation skate (try-out) on Sun 13 Sep 7:30-8:45 PM: fixed time, "
           "not a job interview",
      days=(("Sun", "2026-09-13"),))
def m27():
    body = t("""
        Riverside Adult Hockey League

        FALL DRAFT EVALUATION SKATE

        Hi Tyler,

        You're registered for the Fall 2026 draft evaluation skate. Captains will be in the stands
        taking notes, so give it your best - but keep it no-contact, please.

        When: Sunday, September 13, 2026, 7:30 PM - 8:45 PM
        Where: Kentwood Community Ice, Rink B
        Bring: full gear, dark AND light jersey, water bottle

        Evaluation groups are posted on the league page. Teams will be announced by Thursday.

        See you on the ice!
        RAHL Board

        --
        Sent via TeamSnap on behalf of Riverside Adult Hockey League. Manage your notification
        settings in the TeamSnap app.
        """)
    return message([
        rcv("o12.sendgrid.teamsnap.com (o12.sendgrid.teamsnap.com [167.89.55.12])", "2026-09-08 19:33:50", "UTC", "1E8A4D0C7B"),
        ("From", addr("Riverside Adult Hockey League", "notifications@teamsnap.com")),
        ("Reply-To", addr("RAHL Board", "board@riversideadulthockey.org")),
        ("To", ME),
        ("Subject", "Fall Draft Evaluation Skate - Sunday, Sep 13"),
        ("Date", date("2026-09-08 19:33:50", "UTC")),
        ("Message-ID", "<rTq8ZcN3SoyI1v0xLh2W7g@geopod-ismtpd-2>"),
    ], text(body))


@mail(N(28), family="car_service", lang="en", interview=False, company=None,
      note="Car-service appointment with an ICS (Sat 3 Oct 8:00 AM): a confirmed time, not an interview",
      days=(("Sat", "2026-10-03"),))
def m28():
    body = t("""
        Hi Tyler,

        Your service appointment is confirmed.

        Vehicle: 2019 Subaru Outback
        Date: Saturday, October 3, 2026
        Drop-off: 8:00 AM
        Services: Synthetic oil change, tire rotation, multi-point inspection
        Estimated time: 1.5 hours (free Wi-Fi and coffee in the lounge)

        Knapp Street Auto Care
        2840 Knapp St NE, Grand Rapids, MI 49525
        (616) 555-0122

        Need to reschedule? Reply to this email or call us.
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#b3261e">Appointment confirmed</h2>
        <p>Hi Tyler,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Vehicle:</b> 2019 Subaru Outback<br><b>Date:</b> Saturday, October 3, 2026<br><b>Drop-off:</b> 8:00 AM<br>
        <b>Services:</b> Synthetic oil change, tire rotation, multi-point inspection<br>
        <b>Estimated time:</b> 1.5 hours (free Wi-Fi and coffee in the lounge)</p>
        <p>Knapp Street Auto Care<br>2840 Knapp St NE, Grand Rapids, MI 49525<br>(616) 555-0122</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ShopBoss//Appointments//EN",
        "METHOD:PUBLISH",
        TZ_DETROIT,
        "BEGIN:VEVENT",
        "UID:appt-881204@knappstreetauto.com",
        "DTSTAMP:20260929T142210Z",
        "DTSTART;TZID=America/Detroit:20261003T080000",
        "DTEND;TZID=America/Detroit:20261003T093000",
        "SUMMARY:Service appointment - Knapp Street Auto Care",
        "LOCATION:2840 Knapp St NE\\, Grand Rapids\\, MI 49525",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail.knappstreetauto.com (mail.knappstreetauto.com [66.96.140.18])", "2026-09-29 10:22:10", DET, "AB47C0E2D9"),
        ("From", addr("Knapp Street Auto Care", "service@knappstreetauto.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Your appointment on Sat, Oct 3 at 8:00 AM is confirmed"),
        ("Date", date("2026-09-29 10:22:10", DET)),
        ("Message-ID", "<appt-881204.1790691730@knappstreetauto.com>"),
    ], mixed(alt(text(body), html(hbody)),
             calendar(ics, method="PUBLISH", disposition="attachment", filename="appointment.ics")))


@mail(N(29), family="post_interview", lang="en", interview=False, company="Thornapple Workspace",
      note="Recruiter's thank-you after the onsite ('yesterday'), with an update promised by Friday Oct 9: "
           "no interview is being scheduled",
      days=(("Fri", "2026-10-09"),))
def m29():
    body = t("""
        Hi Tyler,

        Thanks for coming in yesterday and for rolling with the schedule change. Jeff and the S&OP team
        really enjoyed the conversation, and your questions on the floor about the line-changeover
        schedule got passed around afterwards.

        We have one more onsite next week, and I expect to have an update for you by Friday, October 9.
        In the meantime, let me know if you have any questions.

        Have a great weekend,
        Kristen

        Kristen Bouma | Talent Acquisition Partner
        Thornapple Workspace
        kristen.bouma@thornappleworkspace.com | 616-555-0139
        """)
    return message([
        rcv("mail-mw2nam10on2118.outbound.protection.outlook.com ([40.107.94.118])", "2026-10-02 15:10:28", DET, "3D0E8B6A5F"),
        ("From", addr("Kristen Bouma", "kristen.bouma@thornappleworkspace.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Thank you for visiting Thornapple"),
        ("Date", date("2026-10-02 15:10:28", DET)),
        ("Message-ID", "<MW4PR18MB5263A7C2E91F0B48D3E6C5A1F72B0@MW4PR18MB5263.namprd18.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], text(body, cte="quoted-printable"))


@mail(N(30), family="mock_interview", lang="en", interview=False, company=None,
      note="Acuity Scheduling confirmation of a paid mock-interview session with a career coach (Tue 13 "
           "Oct 7:00 PM EDT, with ICS): a confirmed time, but coaching, not a job interview",
      days=(("Tue", "2026-10-13"),))
def m30():
    body = t("""
        Hi Tyler,

        Your appointment is confirmed!

        What: Mock Interview + Debrief (60 minutes)
        When: Tuesday, October 13, 2026 7:00pm (Eastern Time)
        With: Sarah Dykstra
        Where: Zoom - https://us06web.zoom.us/j/81724406613

        Before the session, please send me the job description you're preparing for and the name of
        the company. I'll run a realistic behavioral + situational interview for the first 40 minutes,
        then we'll debrief with written feedback.

        Paid: $125.00 (Visa ending 4471)

        Change or cancel: https://app.acuityscheduling.com/schedule.php?owner=20483317&action=appt

        Sarah Dykstra Career Coaching
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Acuity Scheduling//Acuity//EN",
        "METHOD:REQUEST",
        TZ_DETROIT,
        "BEGIN:VEVENT",
        "UID:acuity-1187340291@acuityscheduling.com",
        "DTSTAMP:20261008T003518Z",
        "DTSTART;TZID=America/Detroit:20261013T190000",
        "DTEND;TZID=America/Detroit:20261013T200000",
        "SUMMARY:Mock Interview + Debrief with Sarah Dykstra",
        "LOCATION:https://us06web.zoom.us/j/81724406613",
        "ORGANIZER;CN=Sarah Dykstra:mailto:sarah@dykstracoaching.com",
        "ATTENDEE;CN=Tyler VanderMeer:mailto:tyler.vandermeer@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail.acuityscheduling.com (mail.acuityscheduling.com [198.49.23.145])", "2026-10-08 00:35:18", "UTC", "F8B1E3C604"),
        ("From", addr("Sarah Dykstra Career Coaching", "no-reply@acuityscheduling.com")),
        ("Reply-To", addr("Sarah Dykstra", "sarah@dykstracoaching.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Confirmed: Mock Interview + Debrief (60 minutes) on Tuesday, October 13, 2026"),
        ("Date", date("2026-10-07 20:35:18", DET)),
        ("Message-ID", "<acuity.1187340291.confirm@acuityscheduling.com>"),
    ], mixed(text(body),
             calendar(ics, disposition="attachment", filename="appointment.ics")))


@mail(N(31), family="interview_proposal", lang="en", interview=False, company="Capitol Commercial Interiors",
      note="Recruiter proposes two slots ('Would Tuesday 10/20 at 10:00 AM or Wednesday 10/21 at 2:00 PM "
           "work?') and will send an invite once one is picked: nothing confirmed yet",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def m31():
    body = t("""
        Hi Tyler,

        Thanks for applying for our Supply Planner opening. Your experience with contract furniture lead
        times is exactly what our Lansing team has been missing.

        Would Tuesday 10/20 at 10:00 AM or Wednesday 10/21 at 2:00 PM work for a 30-minute call with our
        Director of Operations, Lisa Harrington? Once you pick one, I'll send a Teams invite.

        If neither works, send me two or three times that do.

        Thanks,
        Jamie

        Jamie Sutherland
        Recruiting & HR Coordinator
        Capitol Commercial Interiors | 1200 E Michigan Ave, Lansing, MI 48912
        jsutherland@capitolcommercialinteriors.com
        """)
    hbody = t("""
        <html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Tyler,</p>
        <p>Thanks for applying for our Supply Planner opening. Your experience with contract furniture lead times is exactly what
        our Lansing team has been missing.</p>
        <p>Would <b>Tuesday 10/20 at 10:00 AM</b> or <b>Wednesday 10/21 at 2:00 PM</b> work for a 30-minute call with our Director
        of Operations, Lisa Harrington? Once you pick one, I'll send a Teams invite.</p>
        <p>If neither works, send me two or three times that do.</p>
        <p>Thanks,<br>Jamie</p>
        <p style="font-size:9pt;color:#666">Jamie Sutherland<br>Recruiting &amp; HR Coordinator<br>
        Capitol Commercial Interiors | 1200 E Michigan Ave, Lansing, MI 48912<br>jsutherland@capitolcommercialinteriors.com</p>
        </div></body></html>
        """)
    return message([
        rcv("mail-bl2nam02on2105.outbound.protection.outlook.com ([40.107.212.105])", "2026-10-15 10:15:33", DET, "06C9F2A8E1"),
        ("From", addr("Jamie Sutherland", "jsutherland@capitolcommercialinteriors.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Supply Planner - next step"),
        ("Date", date("2026-10-15 10:15:33", DET)),
        ("Message-ID", "<BL1PR17MB6128C39E0A5F7D21B4E8A6C3D90F1@BL1PR17MB6128.namprd17.prod.outlook.com>"),
    ], alt(text(body), html(hbody)))


@mail(N(32), family="forwarded_other_person", lang="en", interview=False, company=None,
      note="The candidate's sister forwards HER OWN Lever interview confirmation (Thu 22 Oct 11:00 AM EDT, "
           "attached as message/rfc822) asking for tips: a real confirmed interview, but not the inbox "
           "owner's",
      days=(("Thu", "2026-10-22"),))
def m32():
    inner_body = t("""
        Hi Megan,

        Thanks for confirming your availability. Your interview with Beltline Beverage is booked:

        Operations Analyst - Phone Interview
        Thursday, October 22, 2026 at 11:00 AM EDT (45 minutes)
        Phone - Andre will call you.

        If you need to reschedule, reply to this email.

        Cheers,
        Beltline Beverage
        """)
    inner = message([
        ("From", addr("Beltline Beverage", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Andre Wilson", "andre.wilson@beltlinebev.com")),
        ("To", addr("Megan VanderMeer", "megan.vandermeer@example.net")),
        ("Subject", "Your interview with Beltline Beverage is confirmed"),
        ("Date", date("2026-10-16 14:31:07", DET)),
        ("Message-ID", "<0102019a2d81f3c4-e1a7b9d2-5c30-4e8f-a4b6-71d0c9e2f583-000000@us-west-2.amazonses.com>"),
    ], text(inner_body))
    body = t("""
        Ty!! Look what came in yesterday - my first real interview since graduating 🎉

        Can we do a practice run Tuesday night? And is there anything I should know about these phone
        screens? I have no idea what an "operations analyst" at a beverage company actually does all day.

        Forwarding the confirmation so you have the details.

        xo Meg
        """)
    return message([
        rcv("mail-il1-f175.google.com (mail-il1-f175.google.com [209.85.166.175])", "2026-10-17 10:04:56", DET, "5F2A9D7C13"),
        ("From", addr("Megan VanderMeer", "megan.vandermeer@example.net")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Fwd: Your interview with Beltline Beverage is confirmed"),
        ("Date", date("2026-10-17 10:04:56", DET)),
        ("Message-ID", "<CAMg4Vd7+hR2kP9wNe1tY5zQx8sLb3Fa@mail.gmail.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             attached_message(inner, filename="Your interview with Beltline Beverage is confirmed.eml")))


@mail(N(33), family="rejection", lang="en", interview=False, company="Gull Lake Cabinetry",
      note="Recruitee rejection after an interview last week: no interview scheduled")
def m33():
    body = t("""
        Hi Tyler,

        Thank you for taking the time to interview with us last week for the Materials Planner role,
        and for your interest in Gull Lake Cabinetry.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision; the team
        enjoyed meeting you.

        We'd like to keep your profile in our talent pool for future openings. If you'd prefer we
        didn't, you can withdraw your data here: https://gulllakecabinetry.recruitee.com/privacy

        We wish you all the best in your search.

        Kind regards,
        Gull Lake Cabinetry Hiring Team
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Tyler,</p>
        <p>Thank you for taking the time to interview with us last week for the Materials Planner role, and for your interest in
        Gull Lake Cabinetry.</p>
        <p>After careful consideration, we have decided to move forward with another candidate whose experience more closely matches
        our current needs. This was a difficult decision; the team enjoyed meeting you.</p>
        <p>We'd like to keep your profile in our talent pool for future openings. If you'd prefer we didn't, you can
        <a href="https://gulllakecabinetry.recruitee.com/privacy">withdraw your data here</a>.</p>
        <p>We wish you all the best in your search.</p>
        <p>Kind regards,<br>Gull Lake Cabinetry Hiring Team</p>
        <p style="font-size:11px;color:#aaa">Sent with Recruitee</p>
        </body></html>
        """)
    return message([
        rcv("mail-out-4.recruitee.com (mail-out-4.recruitee.com [52.58.77.204])", "2026-10-26 14:48:02", "UTC", "8E3B1D7A60"),
        ("From", addr("Gull Lake Cabinetry", "gull-lake-cabinetry@mail.recruitee.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Your application for Materials Planner at Gull Lake Cabinetry"),
        ("Date", date("2026-10-26 10:48:02", DET)),
        ("Message-ID", "<5f8d2c1b-a7e3-4906-b2d4-c9e0f13a8b57@mail.recruitee.com>"),
    ], alt(text(body), html(hbody)))


@mail(N(34), family="offer", lang="en", interview=False, company="Portage Creek Foods",
      note="Offer from the Kalamazoo plant manager: start date Mon 30 Nov, answer by Fri 13 Nov, and a "
           "fixed 15-minute benefits walkthrough with HR on Thursday at 4 - a meeting at a fixed time, but "
           "an offer, not an interview",
      days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13"), ("Mon", "2026-11-30")))
def m34():
    body = t("""
        Tyler,

        Making it official - we'd like you to join Portage Creek Foods as our Production & Supply
        Planner. Jen will send the written offer through DocuSign this morning, but the highlights:

          - base salary $84,500, 10% annual bonus target
          - start date Monday, November 30
          - hybrid after the first 90 days (Mon/Fri from home)

        I've set up 15 minutes with Jen in HR on Thursday at 4:00 to walk you through the benefits
        package and answer questions. She'll call your cell.

        We'd love an answer by Friday the 13th (no superstition intended). Call me any time if you
        want to talk it through.

        Dave

        Dave Hoekstra
        Plant Operations Manager | Portage Creek Foods
        dhoekstra@portagecreekfoods.com | 269-555-0127
        """)
    return message([
        rcv("mail-qv1-f52.google.com (mail-qv1-f52.google.com [209.85.219.52])", "2026-11-10 08:02:45", DET, "A2F7C9B3E0"),
        ("From", addr("Dave Hoekstra", "dhoekstra@portagecreekfoods.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Offer - Production & Supply Planner"),
        ("Date", date("2026-11-10 08:02:45", DET)),
        ("Message-ID", "<CAH7dQe9vN3+uB5kP1xR8mTq0wZs6yLc@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(35), family="application_ack", lang="en", interview=False, company="Holland Harbor Logistics",
      note="JOIN application receipt; 'we'll invite you to an interview' if there is a fit is hypothetical")
def m35():
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f7fb;font-family:Arial,Helvetica,sans-serif;color:#1c1c28">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="560" cellpadding="24" style="background:#fff;border-radius:8px">
        <tr><td>
        <h1 style="font-size:20px">Your application has been sent!</h1>
        <p>Hi Tyler,</p>
        <p>Thanks for applying for <b>Supply Chain Coordinator</b> at <b>Holland Harbor Logistics</b>. Your application has been
        forwarded to the hiring team.</p>
        <p><b>What happens next?</b><br>
        The team will review your application. If your profile is a good fit, they will contact you directly to invite you to an
        interview. This usually takes 1-2 weeks.</p>
        <p>Good luck!<br>Your JOIN Team</p>
        <p style="font-size:11px;color:#8d8da3">JOIN Solutions AG · You are receiving this email because you applied for a job via JOIN.</p>
        </td></tr></table>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail.join.com (mail.join.com [185.12.5.77])", "2026-09-03 21:14:09", "UTC", "D93A0F1C58"),
        ("From", addr("Holland Harbor Logistics via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", "Your application for Supply Chain Coordinator at Holland Harbor Logistics"),
        ("Date", date("2026-09-03 21:14:09", "UTC")),
        ("Message-ID", "<20260903211409.8f3e1b2a7c@join.com>"),
    ], html(hbody, cte="base64"))


@mail(N(36), family="application_ack", lang="en", interview=False, company="Brenner Polstertechnik",
      note="softgarden application receipt (iso-8859-15 quoted-printable, German-owned seating supplier in "
           "Zeeland, MI): mentions arranging an interview later, nothing scheduled")
def m36():
    body = t("""
        Dear Tyler VanderMeer,

        Thank you for your application for the position of Supply Planner (m/f/d) at our Zeeland,
        Michigan site and for your interest in Brenner Polstertechnik.

        We have received your documents and will review them carefully. We will get back to you within
        the next two weeks - either to arrange a first interview or to let you know our decision.

        You can check the status of your application at any time in your softgarden candidate account.

        Viele Grüße / Best regards

        Sabine Köhler
        HR Business Partner North America
        Brenner Polstertechnik Inc. · 8800 Adams St · Zeeland, MI 49464

        This message was generated automatically. Please do not reply to this email.
        """)
    return message([
        rcv("mx-out-2.softgarden.io (mx-out-2.softgarden.io [185.127.232.11])", "2026-09-04 13:27:51", "UTC", "6C1E8F4B27"),
        ("From", addr("Brenner Polstertechnik", "noreply@softgarden.io")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", enc("Thank you for your application · Supply Planner (m/f/d)", "iso-8859-15")),
        ("Date", date("2026-09-04 15:27:51", "Europe/Berlin")),
        ("Message-ID", "<1788527271051.41672.softgarden@sg-mailer-07>"),
    ], text(body, charset="iso-8859-15"))


@mail(N(37), family="job_alert", lang="en", interview=False, company=None,
      note="Job-board digest; 'Interviewing now' / 'Responds within 1 day' badges are not confirmations")
def m37():
    body = t("""
        WorkLoop

        14 new jobs for "supply planner" near Grand Rapids, MI

        Senior Supply Planner
        Thornapple Workspace - Grand Rapids, MI
        $78,000 - $95,000 a year
        Interviewing now - Easily apply

        Demand Planner II
        Ionia Ridge Seating - Ionia, MI
        Responds within 1 day

        Inventory Control Analyst
        Lakeshore Health - Grand Rapids, MI
        Hiring multiple candidates

        Master Scheduler
        Great Lakes Axle Corp. - Detroit, MI
        Urgently hiring - interviews this week

        See all 14 jobs: https://www.workloop.example.com/jobs?q=supply+planner&l=Grand+Rapids%2C+MI

        You're receiving this because you created a job alert on WorkLoop.
        Unsubscribe: https://www.workloop.example.com/alerts/unsubscribe?id=ja_55c01e
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <div style="font-size:22px;color:#1b64d8;font-weight:bold">WorkLoop</div>
        <h2 style="font-size:18px">14 new jobs for "supply planner" near Grand Rapids, MI</h2>
        <div style="padding:10px 0;border-bottom:1px solid #eee"><a href="#">Senior Supply Planner</a><br>Thornapple Workspace - Grand Rapids, MI<br>
        $78,000 - $95,000 a year<br><span style="background:#e4f2e8;color:#1e7a3a">Interviewing now</span> Easily apply</div>
        <div style="padding:10px 0;border-bottom:1px solid #eee"><a href="#">Demand Planner II</a><br>Ionia Ridge Seating - Ionia, MI<br>Responds within 1 day</div>
        <div style="padding:10px 0;border-bottom:1px solid #eee"><a href="#">Inventory Control Analyst</a><br>Lakeshore Health - Grand Rapids, MI<br>Hiring multiple candidates</div>
        <div style="padding:10px 0;border-bottom:1px solid #eee"><a href="#">Master Scheduler</a><br>Great Lakes Axle Corp. - Detroit, MI<br>
        <span style="color:#b3261e">Urgently hiring - interviews this week</span></div>
        <p><a href="https://www.workloop.example.com/jobs?q=supply+planner&amp;l=Grand+Rapids%2C+MI">See all 14 jobs</a></p>
        <p style="font-size:11px;color:#888">You're receiving this because you created a job alert on WorkLoop.
        <a href="https://www.workloop.example.com/alerts/unsubscribe?id=ja_55c01e">Unsubscribe</a></p>
        </body></html>
        """)
    return message([
        rcv("mta41.alerts.workloop.example.com (mta41.alerts.workloop.example.com [192.0.2.41])", "2026-09-21 11:00:06", "UTC", "30F7D2A9C1"),
        ("From", addr("WorkLoop Job Alerts", "alerts@workloop.example.com")),
        ("To", ME),
        ("Subject", "14 new supply planner jobs near Grand Rapids, MI"),
        ("Date", date("2026-09-21 11:00:06", "UTC")),
        ("Message-ID", "<ja_55c01e.20260921110006@alerts.workloop.example.com>"),
        ("List-Unsubscribe", "<https://www.workloop.example.com/alerts/unsubscribe?id=ja_55c01e>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(hbody)))


@mail(N(38), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Planning newsletter post on questions to ask at the end of an S&OP interview, plus a live "
           "Q&A on Thu 19 Nov at 12 PM ET: mailing-list content, no interview of the reader",
      days=(("Thu", "2026-11-19"),))
def m38():
    body = t("""
        The Planner's Desk - Issue #87

        5 questions to ask at the end of your S&OP interview

        Most candidates waste the "Do you have any questions for us?" part of the interview. Here are the
        five I'd ask if I were interviewing for a planning job tomorrow:

        1. Who owns the consensus forecast, and who can overrule it?
        2. What happened at the last S&OP meeting when supply couldn't meet demand?
        3. How many SKUs will I own, and how many of them are make-to-order?
        4. What does the planner's week look like during month-end?
        5. Which system is the single source of truth - and is that true?

        LIVE Q&A: I'm answering your interview questions live on Thursday, November 19 at 12 PM ET.
        Paid subscribers get the link the morning of.

        Until next week,
        Marta

        You're on The Planner's Desk mailing list because you subscribed at planners-desk.example.net.
        Unsubscribe: https://planners-desk.example.net/unsubscribe
        """)
    return message([
        rcv("mail-out.planners-desk.example.net (mail-out.planners-desk.example.net [198.51.100.87])", "2026-11-17 12:30:00", "UTC", "47E0A3B8D2"),
        ("From", addr("Marta at The Planner's Desk", "marta@planners-desk.example.net")),
        ("To", ME),
        ("Subject", "5 questions to ask at the end of your S&OP interview"),
        ("Date", date("2026-11-17 07:30:00", DET)),
        ("Message-ID", "<post-87.20261117123000@planners-desk.example.net>"),
        ("List-Id", "The Planner's Desk <newsletter.planners-desk.example.net>"),
        ("List-Unsubscribe", "<https://planners-desk.example.net/unsubscribe>, <mailto:unsubscribe@planners-desk.example.net>"),
        ("Precedence", "list"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(39), family="scheduling_link", lang="en", interview=False, company="Ionia Ridge Seating",
      note="Recruiter asks the candidate to pick a slot on his Calendly page: no time chosen yet")
def m39():
    body = t("""
        Hi Tyler,

        Thanks for your application for Demand Planner II. I'd like to set up a 30-minute intro call.
        Please grab a time on my calendar that works for you:

        https://calendly.com/tgarvey-ioniaridge/30min

        Anything Monday to Wednesday next week works on my end (we're closed Thursday and Friday for
        Thanksgiving).

        Talk soon,
        Tom Garvey
        Talent Acquisition | Ionia Ridge Seating
        tgarvey@ioniaridgeseating.com
        """)
    return message([
        rcv("mail-ot1-f41.google.com (mail-ot1-f41.google.com [209.85.210.41])", "2026-11-20 13:46:12", DET, "9B2D5E0F74"),
        ("From", addr("Tom Garvey", "tgarvey@ioniaridgeseating.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Demand Planner II - let's find a time"),
        ("Date", date("2026-11-20 13:46:12", DET)),
        ("Message-ID", "<CAPz7gT1+Lw9sK3mQ0dVe5xRb2Yn8hFc@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(40), family="scheduling_link", lang="en", interview=False, company="Hollandia Outdoor Living",
      note="Personio self-scheduling invitation listing three possible slots (Mon 7 Dec 9:00 AM / 2:00 PM, "
           "Tue 8 Dec 10:30 AM Eastern): the candidate has not chosen, nothing confirmed",
      days=(("Mon", "2026-12-07"), ("Tue", "2026-12-08")))
def m40():
    body = t("""
        Hello Tyler,

        Thank you for your application for Supply Planner at Hollandia Outdoor Living. We would like to
        get to know you in a first video interview (45 minutes).

        Please choose one of the following time slots (Eastern Time):

          - Monday, December 7, 2026, 9:00 AM
          - Monday, December 7, 2026, 2:00 PM
          - Tuesday, December 8, 2026, 10:30 AM

        Choose your slot: https://hollandia-outdoor.jobs.personio.com/interview-slots/8a41c2e7

        The slots are reserved for you until Thursday, December 3. After that, they may be given to
        other candidates.

        Best regards,
        Anouk de Graaf
        People & Culture, Hollandia Outdoor Living
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hello Tyler,</p>
        <p>Thank you for your application for Supply Planner at Hollandia Outdoor Living. We would like to get to know you in a first
        video interview (45 minutes).</p>
        <p>Please choose one of the following time slots (Eastern Time):</p>
        <ul><li>Monday, December 7, 2026, 9:00 AM</li><li>Monday, December 7, 2026, 2:00 PM</li><li>Tuesday, December 8, 2026, 10:30 AM</li></ul>
        <p><a href="https://hollandia-outdoor.jobs.personio.com/interview-slots/8a41c2e7"
        style="background:#1e1e1e;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">Choose your slot</a></p>
        <p>The slots are reserved for you until Thursday, December 3. After that, they may be given to other candidates.</p>
        <p>Best regards,<br>Anouk de Graaf<br>People &amp; Culture, Hollandia Outdoor Living</p>
        </body></html>
        """)
    return message([
        rcv("mail.personio.de (mail.personio.de [3.120.181.40])", "2026-12-01 15:05:44", "UTC", "E1C8A4F02B"),
        ("From", addr("Hollandia Outdoor Living", "no-reply@personio.de")),
        ("Reply-To", addr("Anouk de Graaf", "anouk.degraaf@hollandia-outdoor.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Interview invitation - please choose a time slot"),
        ("Date", date("2026-12-01 15:05:44", "UTC")),
        ("Message-ID", "<2d9f4a71c6e0b835@personio.de>"),
    ], alt(text(body), html(hbody)))


@mail(N(41), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Google Calendar invitation to the current job's planning-team holiday dinner (Fri 11 Dec "
           "6:30-9pm EST): a team event, not an interview",
      days=(("Fri", "2026-12-11"),))
def m41():
    body = t("""
        Planning team holiday dinner 🎄
        Friday Dec 11, 2026 ⋅ 6:30pm – 9pm (Eastern Time - Detroit)

        The Score Grille, Bridge St (back room)

        Partners welcome! Lowell Ridge is covering dinner, drinks are on you. White elephant, $25 limit.
        Please RSVP by Dec 4 so I can give the restaurant a headcount.
        - Beth

        Guests
        Beth Overbeek - organizer
        tyler.vandermeer@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NmhvbGlkYXk

        Reply for tyler.vandermeer@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        TZ_DETROIT,
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Detroit:20261211T183000",
        "DTEND;TZID=America/Detroit:20261211T210000",
        "DTSTAMP:20261130T220915Z",
        "ORGANIZER;CN=Beth Overbeek:mailto:beth.overbeek@example.com",
        "UID:6holiday2026planning0b9e3@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.vandermeer@example.org;X-NUM-GUESTS=0:mailto:tyler.vandermeer@example.org",
        "DESCRIPTION:Partners welcome! Lowell Ridge is covering dinner.",
        "LOCATION:The Score Grille\\, Bridge St (back room)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Planning team holiday dinner",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-11-30 22:09:15", "UTC", "72B0E9D4A3"),
        ("From", addr("Beth Overbeek", "beth.overbeek@example.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("To", ME),
        ("Subject", enc("Invitation: Planning team holiday dinner 🎄 @ Fri Dec 11, 2026 6:30pm - 9pm (EST) "
                        "(tyler.vandermeer@example.org)")),
        ("Date", date("2026-11-30 22:09:15", "UTC")),
        ("Message-ID", "<calendar-5e0c7a39-b1d4-4f2e-8a63-9c07d2e1f4b8@google.com>"),
    ], mixed(alt(text(body), calendar(ics, method="REQUEST")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(42), family="interviewer_side", lang="en", interview=False, company=None,
      note="The candidate forwards to himself, from his current work address, a Greenhouse notice that HE "
           "is the interviewer for a Junior Buyer candidate (Wed 2 Dec 1:00-1:45 PM EST): a confirmed "
           "interview, but not his own job interview",
      days=(("Wed", "2026-12-02"),))
def m42():
    body = t("""
        prep this on my phone tonight - need to read his resume before Wed

        ________________________________
        From: Greenhouse <no-reply@greenhouse.io>
        Sent: Monday, November 30, 2026 4:12 PM
        To: Tyler VanderMeer <tyler.vandermeer@lowellridge.com>
        Subject: Interview scheduled: Jordan Pell for Junior Buyer

        Hi Tyler,

        You've been scheduled to interview Jordan Pell for the Junior Buyer role.

        Wednesday, December 2, 2026
        1:00 PM - 1:45 PM EST
        Location: Lowell Ridge HQ - Conference Room Cascade

        Your focus area: Planning & Purchasing Collaboration
        Interview kit: https://app.greenhouse.io/guides/58801244/people/41993027
        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Lowell Ridge Furniture Recruiting
        """)
    hbody = t("""
        <html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>prep this on my phone tonight - need to read his resume before Wed</p>
        <hr>
        <p><b>From:</b> Greenhouse &lt;no-reply@greenhouse.io&gt;<br>
        <b>Sent:</b> Monday, November 30, 2026 4:12 PM<br>
        <b>To:</b> Tyler VanderMeer &lt;tyler.vandermeer@lowellridge.com&gt;<br>
        <b>Subject:</b> Interview scheduled: Jordan Pell for Junior Buyer</p>
        <p>Hi Tyler,</p>
        <p>You've been scheduled to interview Jordan Pell for the Junior Buyer role.</p>
        <p>Wednesday, December 2, 2026<br>1:00 PM - 1:45 PM EST<br>Location: Lowell Ridge HQ - Conference Room Cascade</p>
        <p>Your focus area: Planning &amp; Purchasing Collaboration<br>
        Interview kit: <a href="https://app.greenhouse.io/guides/58801244/people/41993027">open in Greenhouse</a><br>
        Please submit your scorecard within 24 hours of the interview.</p>
        <p>Thanks,<br>Lowell Ridge Furniture Recruiting</p>
        </div></body></html>
        """)
    return message([
        rcv("mail-dm3nam02on2121.outbound.protection.outlook.com ([40.107.95.121])", "2026-11-30 19:40:22", DET, "1F5C8B3E06"),
        ("From", addr("Tyler VanderMeer", "tyler.vandermeer@lowellridge.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "FW: Interview scheduled: Jordan Pell for Junior Buyer"),
        ("Date", date("2026-11-30 19:40:22", DET)),
        ("Message-ID", "<DM6PR15MB4412F0A8C7E3B1D92A5F6E4C8B71D@DM6PR15MB4412.namprd15.prod.outlook.com>"),
        ("Thread-Topic", "Interview scheduled: Jordan Pell for Junior Buyer"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(hbody)))


@mail(N(43), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration (industry council, Wed 7 Oct 12:00 PM ET, ICS attached): a confirmed "
           "time, but a webinar",
      days=(("Wed", "2026-10-07"),))
def m43():
    body = t("""
        Hi Tyler,

        Thank you for registering for "Demand Sensing for Durable Goods: What Planners Need to Know".

        Please submit any questions to: events@glscc.example.org

        Date Time: Oct 7, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86650193720?tk=Zx1r8kQ

        Passcode: 771902

        Add to Calendar: the invitation is attached.

        You can cancel your registration at any time.

        Great Lakes Supply Chain Council
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261001T153011Z
        DTSTART:20261007T160000Z
        DTEND:20261007T170000Z
        SUMMARY:Demand Sensing for Durable Goods: What Planners Need to Know
        UID:20261001T153011Z-86650193720@fe80:0:0:0:0:0:0:1ens5
        LOCATION:https://us02web.zoom.us/w/86650193720?tk=Zx1r8kQ
        ORGANIZER;CN=Great Lakes Supply Chain Council:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mailout-2.zoom.us (mailout-2.zoom.us [170.114.10.81])", "2026-10-01 15:30:11", "UTC", "C0A7E9D215"),
        ("From", addr("Great Lakes Supply Chain Council", "no-reply@zoom.us")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Great Lakes Supply Chain Council Webinar Confirmation"),
        ("Date", date("2026-10-01 15:30:11", "UTC")),
        ("Message-ID", "<wOnZ3QgkRf6jNq1p7xCt2A@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", disposition="attachment", filename="webinar.ics")))


@mail(N(44), family="auto_reply", lang="en", interview=False, company="Larkspur Logistics",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Larkspur recruiter to the "
           "candidate's thank-you note; dates of absence only",
      days=(("Tue", "2026-10-27"), ("Mon", "2026-11-02")))
def m44():
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office from Tuesday, October 27 through Monday, November 2
        with limited access to email. I'll reply when I'm back.

        For anything urgent about interview scheduling, please contact recruiting@larkspurlogistics.com.

        Meghan Alvarez
        Recruiting, Larkspur Logistics
        """)
    return message([
        rcv("mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])", "2026-10-27 19:02:37", "UTC", "2D6B0E4F98"),
        ("From", addr("Meghan Alvarez", "meghan.alvarez@larkspurlogistics.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Automatic reply: Thank you - Hiring Manager Interview"),
        ("Date", date("2026-10-27 12:02:37", LA)),
        ("Message-ID", "<CAFx2Rt0+autorep7Kq9mYw3vLp5sNc1Dz@mail.gmail.com>"),
        ("In-Reply-To", "<CAJp4tR2mVb8+Xw1nKe7LsY9qHfZ3cG5d@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "bulk"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(N(45), family="bounce", lang="en", interview=False, company=None,
      note="Delivery-status notification (multipart/report) for the candidate's thank-you note after "
           "'today's interview', sent to a mistyped address; nothing scheduled")
def m45():
    human = t("""
        ** Address not found **

        Your message wasn't delivered to alicia.moreno@corktowncabinet.com because the address couldn't
        be found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient alicia.moreno@corktowncabinet.com not found
        by SMTP address lookup
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; tyler.vandermeer@example.org
        Arrival-Date: Thu, 24 Sep 2026 14:41:50 -0700 (PDT)
        X-Original-Message-ID: <CAJp4tR5kQ1+nVe8mLs2Yw9xHb3Zf0Gc@mail.gmail.com>

        Final-Recipient: rfc822; alicia.moreno@corktowncabinet.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; corktowncabinet-com.mail.protection.outlook.com. (52.101.8.44, the server for
         the domain corktowncabinet.com.)
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
         alicia.moreno@corktowncabinet.com not found by SMTP address lookup
        Last-Attempt-Date: Thu, 24 Sep 2026 14:41:52 -0700 (PDT)
        """)
    original = message([
        ("From", addr("Tyler VanderMeer", ME)),
        ("To", "alicia.moreno@corktowncabinet.com"),
        ("Subject", "Thank you - interview with Ray today"),
        ("Date", date("2026-09-24 17:41:48", DET)),
        ("Message-ID", "<CAJp4tR5kQ1+nVe8mLs2Yw9xHb3Zf0Gc@mail.gmail.com>"),
    ], text(t("""
        Hi Alicia,

        Thanks for setting up today's interview with Ray - I really enjoyed the conversation about the
        hardwood allocation process. Please pass on my thanks, and let me know if you need anything
        else from me for next steps.

        Best,
        Tyler
        """)))
    report = multipart("report", text(human, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-09-24 21:41:53", "UTC", "8A1F3C7D04"),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-09-24 14:41:53", LA)),
        ("Message-ID", "<66f331b1.170a0220.2c5e.9f41.GMR@mx.google.com>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(N(46), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Credit-union advisor appointment booked through Microsoft Bookings (Wed 28 Oct 4:30 PM, ICS "
           "with 'Eastern Standard Time'): same shape as an interview booking, but a bank meeting",
      days=(("Wed", "2026-10-28"),))
def m46():
    hbody = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:560px;margin:auto">
        <div style="font-size:20px;font-weight:600">Your booking is confirmed</div>
        <p>Hi Tyler VanderMeer,</p>
        <p>Thanks for booking with Riverbend Credit Union. Here are your booking details:</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Retirement &amp; 401(k) rollover consultation</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Wednesday, October 28, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>4:30 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Greg Mulder, Financial Advisor</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Cascade branch, 6550 28th St SE, Grand Rapids</td></tr>
        </table>
        <p>Please bring a recent statement from your current 401(k) plan.</p>
        <p style="font-size:12px;color:#8a8886">Riverbend Credit Union is federally insured by NCUA.</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["Eastern Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Riverbend Credit Union Appointments:mailto:RiverbendAppointments@riverbendcu.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Tyler VanderMeer:mailto:tyler.vandermeer@example.org",
        "SUMMARY;LANGUAGE=en-US:Retirement & 401(k) rollover consultation",
        "DTSTART;TZID=Eastern Standard Time:20261028T163000",
        "DTEND;TZID=Eastern Standard Time:20261028T171500",
        "UID:040000008200E00074C5B7101A82E0080000000071C3E5A7B9D1DC0100000000000000001000000093E1B5D7F2A4C6E8",
        "DTSTAMP:20261022T133507Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Cascade branch\\, 6550 28th St SE\\, Grand Rapids",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message([
        rcv("mail-sn1nam02on2093.outbound.protection.outlook.com ([40.107.96.93])", "2026-10-22 13:35:07", "UTC", "57D0A2C8B1"),
        ("From", addr("Riverbend Credit Union Appointments", "RiverbendAppointments@riverbendcu.org")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Booking confirmed: Retirement & 401(k) rollover consultation for Tyler VanderMeer"),
        ("Date", date("2026-10-22 13:35:07", "UTC")),
        ("Message-ID", "<SN6PR02MB4717A0C5E9B3D18F2E7C4A6B0D3F9@SN6PR02MB4717.namprd02.prod.outlook.com>"),
    ], mixed(html(hbody, cte="base64"),
             calendar(ics, disposition="attachment", filename="booking.ics", cte="base64")))


@mail(N(47), family="parent_teacher", lang="en", interview=False, company=None,
      note="Sign-up confirmation for a parent-teacher conference slot (Thu 11/5 5:40-5:55 pm): fixed "
           "time, not an interview",
      days=(("Thu", "2026-11-05"),))
def m47():
    body = t("""
        Thank you for signing up!

        Sign Up: Fall Parent-Teacher Conferences - Mrs. Haveman, 2nd Grade (Room 14)
        Organizer: Cascade Meadows Elementary

        You signed up for:
          Date: 11/05/2026 (Thu.)
          Time: 5:40pm - 5:55pm EST
          Slot: Conference - Student: Ava VanderMeer

        Conferences are held in the classroom. Please check in at the office first. If you need to
        change your slot, use the link below or contact Mrs. Haveman directly.

        Change my sign up: https://www.signupgenius.com/go/cmes-fall-conf-haveman

        This message was sent via SignUpGenius on behalf of Cascade Meadows Elementary.
        """)
    return message([
        rcv("smtp.signupgenius.com (smtp.signupgenius.com [69.9.32.214])", "2026-10-30 20:18:40", "UTC", "B4E1F7A093"),
        ("From", addr("Cascade Meadows Elementary via SignUpGenius", "noreply@signupgenius.com")),
        ("To", ME),
        ("Subject", "Confirmation: Fall Parent-Teacher Conferences - Mrs. Haveman"),
        ("Date", date("2026-10-30 16:18:40", DET)),
        ("Message-ID", "<20261030201840.C71E@signupgenius.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(48), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Patient-portal reminder for a physical at Lakeshore Health (Tue 1 Dec 8:15 AM), the same "
           "hospital system as the Workday interview: a doctor's appointment, not an interview",
      days=(("Tue", "2026-12-01"),))
def m48():
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <div style="background:#005a8c;color:#fff;padding:12px;font-size:18px">MyLakeshore</div>
        <p>Dear Tyler,</p>
        <p>This is a reminder of your upcoming appointment:</p>
        <p><b>Annual Physical</b> with Sandra Veenstra, MD<br>
        Tuesday, December 1, 2026 at 8:15 AM (please arrive by 8:00 AM)<br>
        Lakeshore Health Cascade Family Medicine, 5200 Cascade Rd SE, Grand Rapids, MI 49546</p>
        <p>Please fast for 8 hours before your visit for lab work. Complete eCheck-In in MyLakeshore up to 7 days before your visit.</p>
        <p>To cancel or reschedule, log in to MyLakeshore or call 616-555-0190.</p>
        <p style="font-size:11px;color:#888">This is an automated message from Lakeshore Health. Please do not reply.</p>
        </body></html>
        """)
    return message([
        rcv("mychart-mail.lakeshorehealth.org (mychart-mail.lakeshorehealth.org [161.69.4.18])", "2026-11-24 14:00:21", "UTC", "0D8C3F6E2A"),
        ("From", addr("MyLakeshore", "noreply@mylakeshore.lakeshorehealth.org")),
        ("To", ME),
        ("Subject", "Appointment reminder: Tuesday, December 1 at 8:15 AM"),
        ("Date", date("2026-11-24 09:00:21", DET)),
        ("Message-ID", "<MLK.20261124090021.77140@mylakeshore.lakeshorehealth.org>"),
    ], html(hbody))


@mail(N(49), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a guest recording ('Tuesday 12/1 at 1:00 PM Central, 2:00 your time'): "
           "the candidate is interviewed as a guest, not for a job",
      days=(("Tue", "2026-12-01"),))
def m49():
    body = t("""
        Hey Tyler,

        You're booked! Locking in our recording for Tuesday 12/1 at 1:00 PM Central (2:00 your time).
        We'll record on Riverside - the studio link is below. Plan on an hour; the episode usually lands
        around 40 minutes after editing.

        Studio: https://riverside.fm/studio/pallets-and-planning

        Rough outline:
          1. How you got into furniture supply planning
          2. The 2025 hardwood crunch, from the planner's chair
          3. Spreadsheets vs. APS tools - the honest version
          4. Rapid fire

        Wired headphones if you have them. Thanks again for coming on!

        Marcus Webb
        Host, Pallets & Planning
        marcus@palletsandplanning.example.com
        """)
    return message([
        rcv("mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", "2026-11-23 10:12:33", CHI, "93B7E0C1F4"),
        ("From", addr("Marcus Webb", "marcus@palletsandplanning.example.com")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "You're booked: Pallets & Planning recording, Tue 12/1"),
        ("Date", date("2026-11-23 10:12:33", CHI)),
        ("Message-ID", "<CAB3mWb6+Rk1tQ8zNe0vYp4xLs7Hc2Gd@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(50), family="volunteer_interview", lang="en", interview=False, company=None,
      note="Volunteer ski-patrol candidate interview (Sat 14 Nov 10:00 AM): called an interview and at a "
           "fixed time, but an unpaid volunteer position, not a job interview (judgement call)",
      days=(("Sat", "2026-11-14"),))
def m50():
    body = t("""
        Tyler,

        Thanks for your interest in joining the Cedar Ridge volunteer ski patrol. Your candidate
        interview is set for Saturday, November 14 at 10:00 AM in the patrol room (lower level of the
        main lodge). It's informal - three of us from the patrol leadership team, about 20 minutes - and
        then we'll do the ski and toboggan evaluation on the first weekend we have snow.

        Bring a copy of your OEC course registration if you have it. No need to bring gear this time.

        Ken Alderink
        Patrol Director, Cedar Ridge Volunteer Ski Patrol
        """)
    return message([
        rcv("mail-io1-f50.google.com (mail-io1-f50.google.com [209.85.166.50])", "2026-11-09 20:55:04", DET, "6A0D4B8E37"),
        ("From", addr("Ken Alderink", "patrol.director@cedarridgeski.example.org")),
        ("To", addr("Tyler VanderMeer", ME)),
        ("Subject", "Ski patrol candidate interview - Sat 11/14"),
        ("Date", date("2026-11-09 20:55:04", DET)),
        ("Message-ID", "<CAK8aLd3+Vt0mQ5yRe1wNp9xKs2Hb7Fc@mail.gmail.com>"),
    ], text(body, cte="8bit"))
