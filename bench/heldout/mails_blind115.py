"""blind115: a blind 50-mail held-out set, the inbox of Brooke Jensen, a data engineer in Salt Lake City.

Hand-written, one function per mail, by a helper session that did not read the detector. Build and
check with ``python3 bench/heldout/make_blind.py blind115``.
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

ORDER = random.Random(1150115).sample(range(1, 51), 50)
ME = "brooke.jensen@example.org"
TO = addr("Brooke Jensen", ME)
DEN = "America/Denver"
LA = "America/Los_Angeles"
PHX = "America/Phoenix"
LANG = "en-US"


def N(key: int) -> str:
    return f"blind115_{ORDER[key - 1]:03d}"


def H(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str | None = None,
      extra: tuple = (), to: str = TO) -> list[tuple[str, str]]:
    """Common headers; ``relay`` adds a Received line from that host."""
    hs = []
    if relay:
        hs.append(("Delivered-To", ME))
        hs.append(("Received", received(f"from {relay} ({relay} [198.51.100.{len(relay) % 200 + 7}])",
                                        when, zone, f"mx1.example.org with ESMTPS id {mid[1:11]}", ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def stamp(when: str, zone: str) -> str:
    return utc(when, zone).replace("-", "").replace(":", "")


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

VTZ_PST_WIN = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_PHOENIX = """BEGIN:VTIMEZONE
TZID:America/Phoenix
X-LIC-LOCATION:America/Phoenix
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang=LANG, interview=True, kind="scheduled",
      start="2026-09-15T16:00:00Z", end="2026-09-15T16:45:00Z", contact="kelsey.baird@summitridgeoutdoor.com",
      company="Summit Ridge Outdoor", local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=DEN,
      note="Greenhouse confirmation, 10:00-10:45 AM MDT (UTC-6 in September) -> 16:00-16:45Z; ICS in UTC agrees; "
           "contact = human Reply-To recruiter")
def s01() -> bytes:
    body = t("""
        Hi Brooke,

        Thanks for making time to speak with us! Your interview for Senior Data Engineer, Commerce
        Platform at Summit Ridge Outdoor is confirmed.

        Interview: Technical Screen with Ravi Castellanos (Data Platform Lead)
        When: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM MDT (Mountain Time)
        Where: Google Meet - meet.google.com/rqx-hbtn-zwe

        If you need to reschedule, just reply to this email and it will reach Kelsey Baird,
        your recruiter.

        See you on the trail,
        The Summit Ridge Outdoor Talent Team
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">
        <p>Hi Brooke,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Data Engineer, Commerce
        Platform</b> at Summit Ridge Outdoor is confirmed.</p>
        <table cellpadding="4" style="border:1px solid #d9e1e7">
        <tr><td><b>Interview</b></td><td>Technical Screen with Ravi Castellanos (Data Platform Lead)</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM &ndash; 10:45 AM MDT (Mountain Time)</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/rqx-hbtn-zwe">Google Meet</a></td></tr>
        </table>
        <p>If you need to reschedule, just reply to this email and it will reach Kelsey Baird, your recruiter.</p>
        <p>See you on the trail,<br>The Summit Ridge Outdoor Talent Team</p>
        <img src="https://app.greenhouse.io/o/2f9a1c7e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-81733620-summitridge@greenhouse.io
DTSTAMP:{stamp('2026-09-09 14:22', DEN)}
DTSTART:20260915T160000Z
DTEND:20260915T164500Z
SUMMARY:Technical Screen - Brooke Jensen (Senior Data Engineer)
LOCATION:https://meet.google.com/rqx-hbtn-zwe
ORGANIZER;CN=Kelsey Baird:mailto:kelsey.baird@summitridgeoutdoor.com
ATTENDEE;CN=Brooke Jensen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = H("Summit Ridge Outdoor <no-reply@us.greenhouse-mail.io>",
           "Interview Confirmation: Senior Data Engineer, Commerce Platform", "2026-09-09 14:22", DEN,
           "<6f3c1a0b9e.20260909202211.81733620@us.greenhouse-mail.io>", relay="mail-sor-f65.greenhouse-mail.io",
           extra=(("Reply-To", addr("Kelsey Baird", "kelsey.baird@summitridgeoutdoor.com")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(2), family="lever_forward_self", lang=LANG, interview=True, kind="scheduled",
      start="2026-09-17T20:00:00Z", contact="jordan.pike@cobaltledger.com", company="Cobalt Ledger",
      local="Thu 2026-09-17 14:00", zone=DEN,
      note="Brooke forwards a Lever confirmation to her personal address as message/rfc822; 2:00 PM MT in "
           "September = MDT (UTC-6) -> 20:00Z; no duration; contact = Reply-To recruiter in the forwarded header")
def s02() -> bytes:
    inner_body = t("""
        Hi Brooke,

        Great news - your interview with Cobalt Ledger has been scheduled.

        Role: Data Engineer II, Risk Analytics
        Date: Thursday, September 17, 2026
        Time: 2:00 PM MT
        Format: Video call (Zoom link to follow from your interviewer)
        Interviewer: Hana Okafor, Engineering Manager

        Questions? Reply to this email to reach Jordan Pike.

        Cobalt Ledger Recruiting
        Powered by Lever
        """)
    inner = message(H("Cobalt Ledger <no-reply@hire.lever.co>", "Your interview with Cobalt Ledger is scheduled",
                      "2026-09-14 11:03", DEN, "<lever.7a1e0c.20260914170301@hire.lever.co>",
                      extra=(("Reply-To", addr("Jordan Pike", "jordan.pike@cobaltledger.com")),)),
                    text(inner_body, cte="7bit"))
    outer = t("""
        fwd to personal so I have it on my phone

        """)
    hs = H(TO, "Fwd: Your interview with Cobalt Ledger is scheduled", "2026-09-14 19:47", DEN,
           "<CAB7hQ2p0vWm3=xk9Lr2YtA@mail.example.org>", to=addr("Brooke Jensen", "bjensen.slc@example.net"))
    return message(hs, mixed(text(outer, cte="7bit"), attached_message(inner, "Your interview with Cobalt Ledger.eml")))


@mail(N(3), family="ashby", lang=LANG, interview=True, kind="scheduled",
      start="2026-09-23T18:00:00Z", end="2026-09-23T19:00:00Z", contact="priya.vance@fernwave.ai",
      company="Fernwave AI", local="Wed 2026-09-23 11:00", local_end="2026-09-23 12:00", zone=LA,
      note="Ashby confirmation from a San Francisco startup in Pacific time: 11:00 AM-12:00 PM PDT (UTC-7) -> "
           "18:00-19:00Z (noon-1 PM for Brooke in MDT); ICS TZID America/Los_Angeles; contact = Reply-To")
def s03() -> bytes:
    body = t("""
        Hi Brooke,

        You're all set! Here are the details for your upcoming interview with Fernwave AI.

        Wednesday, September 23, 2026
        11:00 AM - 12:00 PM PDT
        Systems Design: Streaming Pipelines
        Interviewers: Tomasz Reyes, Amara Lindqvist

        Join: https://fernwave.zoom.us/j/88120457713

        Need to make a change? Reply here and Priya Vance will help.

        -- Fernwave AI Recruiting
        """)
    hbody = "<div>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div>"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:ashby-5d8e07b1-fernwave-systemsdesign
DTSTAMP:{stamp('2026-09-18 16:40', LA)}
DTSTART;TZID=America/Los_Angeles:20260923T110000
DTEND;TZID=America/Los_Angeles:20260923T120000
SUMMARY:Fernwave AI - Systems Design: Streaming Pipelines (Brooke Jensen)
LOCATION:https://fernwave.zoom.us/j/88120457713
ORGANIZER;CN=Priya Vance:mailto:priya.vance@fernwave.ai
ATTENDEE;CN=Brooke Jensen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = H("Fernwave AI <no-reply@ashbyhq.com>", "Interview confirmed: Senior Data Engineer at Fernwave AI",
           "2026-09-18 16:40", LA, "<01000192b3f0a2c1-fernwave-0000@email.amazonses.com>",
           relay="a8-31.smtp-out.amazonses.com",
           extra=(("Reply-To", addr("Priya Vance", "priya.vance@fernwave.ai")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(4), family="workday", lang=LANG, interview=True, kind="scheduled",
      start="2026-09-28T15:00:00Z", end="2026-09-28T16:00:00Z", contact="marisol.tanaka@wasatchvalleyhealth.org",
      company="Wasatch Valley Health", local="Mon 2026-09-28 09:00", local_end="2026-09-28 10:00", zone=DEN,
      note="Workday notification (HTML only, base64) from a hospital system's tenant mailbox; 9:00-10:00 AM "
           "Mountain Daylight Time -> 15:00-16:00Z; contact = recruiter address in the body")
def s04() -> bytes:
    hbody = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
        <table width="600" align="center"><tr><td style="background:#005a8c;color:#fff;padding:12px">
        <b>Wasatch Valley Health</b> &middot; Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Dear Brooke Jensen,</p>
        <p>Thank you for your interest in the <b>Data Engineer - Clinical Analytics (R-0042817)</b> position.
        We are pleased to confirm your interview:</p>
        <p><b>Date:</b> Monday, 09/28/2026<br>
        <b>Time:</b> 9:00 AM - 10:00 AM Mountain Daylight Time<br>
        <b>Location:</b> Microsoft Teams (link below)<br>
        <b>Panel:</b> Dr. Elise Hammond (Director, Enterprise Analytics), Curtis Ngata (Lead Data Engineer)</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Wvh0042817">Join the meeting</a></p>
        <p>If you have questions or need an accommodation, please contact your recruiter, Marisol Tanaka, at
        <a href="mailto:marisol.tanaka@wasatchvalleyhealth.org">marisol.tanaka@wasatchvalleyhealth.org</a>
        or 801-555-0148.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Wasatch Valley Health</p>
        <p style="font-size:11px;color:#777">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    hs = H("Wasatch Valley Health <wasatchvalleyhealth@myworkday.com>",
           "Interview Scheduled - Data Engineer - Clinical Analytics", "2026-09-22 08:15", DEN,
           "<1948562107.88213.1790085300455@wd5-prod-mail.myworkday.com>", relay="wd5-smtp-out2.myworkday.com")
    return message(hs, html(hbody, cte="base64"))


@mail(N(5), family="outlook_prose", lang=LANG, interview=True, kind="scheduled",
      start="2026-10-06T19:30:00Z", end="2026-10-06T20:30:00Z", contact="dlarsen@dpds.utah.example.gov",
      company="Utah Department of Public Data Services", local="Tue 2026-10-06 13:30", local_end="2026-10-06 14:30",
      zone=DEN,
      note="State agency HR analyst writes from Outlook (windows-1252 QP) and pastes the meeting line with the "
           "Windows label '(UTC-07:00) Mountain Time (US & Canada)', which shows the standard offset; in October "
           "it is MDT (UTC-6): 1:30-2:30 PM -> 19:30-20:30Z; contact = human sender")
def s05() -> bytes:
    body = t("""
        Good afternoon Ms. Jensen,

        Thank you for applying for the Data Engineer III (Job #26-0917) position with the Utah Department of
        Public Data Services. The selection panel would like to invite you to an interview. I'm confirming
        the time we discussed by phone this morning:

        When: Tuesday, October 6, 2026 1:30 PM-2:30 PM (UTC-07:00) Mountain Time (US & Canada).
        Where: Taylorsville State Office Building, 4315 S 2700 W, Room 2147 – please check in at the
        first-floor security desk 10 minutes early and bring a photo ID.

        The panel will consist of three members and the interview will follow a structured format with
        standardized questions. You may bring notes.

        Please reply to confirm you received this message.

        Respectfully,

        Diane Larsen
        Human Resource Analyst II | Utah Department of Public Data Services
        dlarsen@dpds.utah.example.gov | 801-555-0193
        """)
    hs = H(addr("Larsen, Diane", "dlarsen@dpds.utah.example.gov"),
           "Interview Invitation - Data Engineer III (Job #26-0917)", "2026-09-30 15:06", DEN,
           "<SA1PR09MB8821E3C7D0A4B21F9A6C1E2BBA112@SA1PR09MB8821.namprd09.prod.outlook.com>",
           relay="mail-dm6gcc02on2071.outbound.protection.office365.us",
           extra=(("Thread-Topic", "Interview Invitation - Data Engineer III (Job #26-0917)"),
                  ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")))
    return message(hs, text(body, charset="windows-1252"))


@mail(N(6), family="smartrecruiters", lang=LANG, interview=True, kind="scheduled",
      start="2026-10-08T17:00:00Z", end="2026-10-08T17:45:00Z", contact="gabe.ortiz@saguaropay.com",
      company="Saguaro Pay", local="Thu 2026-10-08 10:00", local_end="2026-10-08 10:45", zone=PHX,
      note="SmartRecruiters confirmation from a Phoenix fintech: 10:00-10:45 AM Arizona time (MST, UTC-7, no "
           "DST) -> 17:00-17:45Z; the mail also says 11:00 AM for Brooke in MDT, consistent; contact = "
           "recruiter address in the body")
def s06() -> bytes:
    body = t("""
        Hello Brooke,

        Your interview for the position of Staff Data Engineer - Payments Data at Saguaro Pay has been
        scheduled.

          Date:      Thursday, October 8, 2026
          Time:      10:00 AM - 10:45 AM (America/Phoenix, Arizona time)
                     That's 11:00 AM - 11:45 AM in Salt Lake City.
          Type:      Video interview (Microsoft Teams)
          With:      Gabe Ortiz, Senior Technical Recruiter

        Please add this interview to your calendar. If something comes up, contact
        gabe.ortiz@saguaropay.com directly - replies to this message are not monitored.

        Best regards,
        Saguaro Pay Talent Acquisition

        --
        Sent via SmartRecruiters | Privacy Policy
        """)
    hbody = t("""
        <div style="font-family:Roboto,Arial;font-size:14px">
        <p>Hello Brooke,</p>
        <p>Your interview for the position of <strong>Staff Data Engineer - Payments Data</strong> at Saguaro Pay
        has been scheduled.</p>
        <ul><li>Date: Thursday, October 8, 2026</li>
        <li>Time: 10:00 AM - 10:45 AM (America/Phoenix, Arizona time)<br>That's 11:00 AM - 11:45 AM in Salt Lake City.</li>
        <li>Type: Video interview (Microsoft Teams)</li>
        <li>With: Gabe Ortiz, Senior Technical Recruiter</li></ul>
        <p>If something comes up, contact <a href="mailto:gabe.ortiz@saguaropay.com">gabe.ortiz@saguaropay.com</a>
        directly - replies to this message are not monitored.</p>
        <p>Best regards,<br>Saguaro Pay Talent Acquisition</p>
        <p style="color:#999;font-size:11px">Sent via SmartRecruiters</p></div>
        """)
    hs = H("Saguaro Pay <noreply@smartrecruiters.com>", "Interview scheduled: Staff Data Engineer - Payments Data",
           "2026-10-02 13:31", PHX, "<0102018f7a2b3c4d-sr-9b1e@eu-west-1.amazonses.com>",
           relay="mail.smartrecruiters.com")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(7), family="calendly", lang=LANG, interview=True, kind="scheduled",
      start="2026-10-09T14:30:00Z", end="2026-10-09T15:00:00Z", contact="tess@peaktalentpartners.com",
      company="Peak Talent Partners", local="Fri 2026-10-09 08:30", local_end="2026-10-09 09:00", zone=DEN,
      note="Calendly invitee confirmation for an agency recruiter's 30-minute intro interview: 8:30-9:00am "
           "Mountain Time (US & Canada), MDT -> 14:30-15:00Z; contact = Reply-To host (also ICS ORGANIZER)")
def s07() -> bytes:
    body = t("""
        Hi Brooke Jensen,

        A new event has been scheduled.

        Event Type:
        Data Engineering Candidate Interview (30 min)

        Invitee:
        Brooke Jensen
        brooke.jensen@example.org

        Event Date/Time:
        08:30am - 09:00am (Mountain Time - US & Canada) on Friday, October 9, 2026

        Location:
        Tess will call you at the number you provided.

        Questions:
        What role are you most interested in?
        Senior Data Engineer - the Lehi health-tech opening

        View event in Calendly: https://calendly.com/events/7d21c0aa
        Need to make changes to this event? Cancel: https://calendly.com/cancellations/7d21c0aa
        Reschedule: https://calendly.com/reschedulings/7d21c0aa

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7d21c0aa-cal-4f1e-9a2b@calendly.com
DTSTAMP:{stamp('2026-10-05 21:12', DEN)}
DTSTART:20261009T143000Z
DTEND:20261009T150000Z
SUMMARY:Brooke Jensen and Tess Whitfield
DESCRIPTION:Event Name: Data Engineering Candidate Interview (30 min)
ORGANIZER;CN=Tess Whitfield:mailto:tess@peaktalentpartners.com
ATTENDEE;CN=Brooke Jensen;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = H("Calendly <notifications@calendly.com>",
           "New Event: Brooke Jensen - 08:30am Fri, Oct 9, 2026 - Data Engineering Candidate Interview (30 min)",
           "2026-10-05 21:12", DEN, "<calendly.7d21c0aa.5e01@calendly.com>", relay="o1.email.calendly.com",
           extra=(("Reply-To", addr("Tess Whitfield", "tess@peaktalentpartners.com")),))
    return message(hs, mixed(text(body, cte="7bit"), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(8), family="google_calendar", lang=LANG, interview=True, kind="scheduled",
      start="2026-10-19T21:00:00Z", end="2026-10-19T22:00:00Z", contact="nate.sorensen@altacrestresorts.com",
      company="Alta Crest Resorts", local="Mon 2026-10-19 15:00", local_end="2026-10-19 16:00", zone=DEN,
      note="Google Calendar invitation from a ski resort group's IT manager: 3pm-4pm (MDT) -> 21:00-22:00Z; "
           "ICS TZID America/Denver; contact = ORGANIZER")
def s08() -> bytes:
    body = t("""
        You have been invited to the following event.

        Brooke Jensen / Alta Crest IT - Data Engineer interview
        When: Monday Oct 19, 2026 3pm – 4pm (MDT)
        Joining info: Join with Google Meet
        meet.google.com/ako-wvyd-pqt

        Calendar: brooke.jensen@example.org
        Who:
             * nate.sorensen@altacrestresorts.com - organizer
             * lupe.martinez@altacrestresorts.com
             * brooke.jensen@example.org

        Hi Brooke - looking forward to it. Lupe from our BI team will join for the second half.
        -Nate

        Invitation from Google Calendar

        You are receiving this email at the account brooke.jensen@example.org because you are an attendee
        of this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_DENVER}
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20261019T150000
DTEND;TZID=America/Denver:20261019T160000
DTSTAMP:{stamp('2026-10-13 10:48', DEN)}
ORGANIZER;CN=Nate Sorensen:mailto:nate.sorensen@altacrestresorts.com
UID:4k2p9sd0f7e1mnb3c5q8r6t0vw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lupe Martinez;X-NUM-GUESTS=0:mailto:lupe.martinez@altacrestresorts.com
DESCRIPTION:Hi Brooke - looking forward to it. Lupe from our BI team will join for the second half.\\n-Nate
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brooke Jensen / Alta Crest IT - Data Engineer interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Nate Sorensen", "calendar-notification@google.com"),
           "Invitation: Brooke Jensen / Alta Crest IT - Data Engineer interview @ Mon Oct 19, 2026 3pm - 4pm (MDT) "
           f"({ME})", "2026-10-13 10:48", DEN, "<calendar-6a1e3f02-77c4-4b8e-a1d2-9e0f5c3b7a11@google.com>",
           relay="mail-sor-f73.google.com",
           extra=(("Reply-To", "nate.sorensen@altacrestresorts.com"), ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="quoted-printable"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(9), family="human_prose", lang=LANG, interview=True, kind="scheduled",
      start="2026-10-22T19:30:00Z", contact="wes.aldana@owyhee.dev", company="Owyhee Software",
      local="Thu 2026-10-22 13:30", zone="America/Boise",
      note="Boise hiring manager, short prose reply: 'tomorrow at 1:30 Mountain' against Date Wed 21 Oct 2026 "
           "-> Thu 22 Oct 13:30 MDT (Boise is Mountain, UTC-6) -> 19:30Z; 'roughly an hour' -> end null; "
           "contact = human sender")
def s09() -> bytes:
    body = t("""
        Hey Brooke,

        Thanks for the quick turnaround on the take-home, the team liked your dbt layering a lot. Lets do
        the follow up tomorrow at 1:30 Mountain - I'll send a Meet link in the morning. Should be roughly
        an hour, me + Callie from analytics.

        Wes

        --
        Wes Aldana | Head of Data | Owyhee Software
        Boise, ID

        On Tue, Oct 20, 2026 at 4:12 PM Brooke Jensen <brooke.jensen@example.org> wrote:
        > Hi Wes,
        >
        > Attached is my take-home. Happy to walk through it whenever suits - Wednesday afternoon or
        > Thursday afternoon both work on my end.
        >
        > Brooke
        """)
    hs = H(addr("Wes Aldana", "wes.aldana@owyhee.dev"), "Re: Take-home submission - Brooke Jensen",
           "2026-10-21 09:12", "America/Boise", "<CAG4m1Rz8pQ0eN2wJt5xUv6sY7LbA3cD@mail.gmail.com>",
           relay="mail-yw1-f170.google.com",
           extra=(("In-Reply-To", "<CAB7hQ2p4xT9=take.home@mail.example.org>"),
                  ("References", "<CAB7hQ2p4xT9=take.home@mail.example.org>")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(N(10), family="teamtailor", lang=LANG, interview=True, kind="scheduled",
      start="2026-10-27T16:00:00Z", end="2026-10-27T16:45:00Z", contact="linnea.berg@norrskendata.se",
      company="Norrsken Data", local="Tue 2026-10-27 17:00", local_end="2026-10-27 17:45", zone="Europe/Stockholm",
      note="Teamtailor invite from a Stockholm remote-first company; 17:00-17:45 Stockholm time on 27 Oct is CET "
           "(UTC+1, Europe left summer time on 25 Oct) -> 16:00-16:45Z; the mail's '10:00 in Salt Lake City' is "
           "right because the US is still on MDT until 1 Nov; ICS Europe/Stockholm; contact = Reply-To")
def s10() -> bytes:
    body = t("""
        Hi Brooke,

        Thank you for booking a time with us – we're happy to confirm your interview for the role
        Senior Data Engineer (Remote, Americas).

        Tuesday 27 October 2026, 17:00–17:45 (Stockholm time, CET)
        = 10:00–10:45 in Salt Lake City (note: Europe has already switched back from summer time, so the
          difference to Utah is 7 hours this week instead of the usual 8)

        Video: https://norrskendata.teamtailor.com/meetings/vid/3kq8x
        You'll meet Linnea Berg (Talent Partner) and Johan Ekdahl (Data Platform Lead).

        Best wishes,
        Linnea
        Norrsken Data
        """)
    hbody = ("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p>"
             "<p style=\"font-size:11px;color:#888\">Sent with Teamtailor</p></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ['Europe/Stockholm']}
BEGIN:VEVENT
UID:tt-meeting-3kq8x@teamtailor.com
DTSTAMP:{stamp('2026-10-20 14:05', 'Europe/Stockholm')}
DTSTART;TZID=Europe/Stockholm:20261027T170000
DTEND;TZID=Europe/Stockholm:20261027T174500
SUMMARY:Interview: Brooke Jensen – Senior Data Engineer
ORGANIZER;CN=Linnea Berg:mailto:linnea.berg@norrskendata.se
ATTENDEE;CN=Brooke Jensen;RSVP=TRUE:mailto:{ME}
LOCATION:https://norrskendata.teamtailor.com/meetings/vid/3kq8x
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Linnea Berg via Norrsken Data", "no-reply@teamtailor-mail.com"),
           "Interview confirmed – Senior Data Engineer (Remote, Americas)", "2026-10-20 14:05", "Europe/Stockholm",
           "<5f2b7c9e-tt-8812@teamtailor-mail.com>", relay="m43-12.mailgun.net",
           extra=(("Reply-To", addr("Linnea Berg", "linnea.berg@norrskendata.se")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, cte="8bit", filename="interview.ics", disposition="attachment")))


@mail(N(11), family="workable", lang=LANG, interview=True, kind="scheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T16:30:00Z", contact="dana.mercer@aspenloop.com",
      company="Aspen Loop", local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:30", zone=DEN,
      note="Workable 'interview scheduled' sent Thu 29 Oct in MDT for Mon 2 Nov 9:00-9:30 AM MT, the day after "
           "US DST ended -> MST (UTC-7) -> 16:00-16:30Z; Reply-To is a Workable relay (not a person's mailbox), "
           "contact = the recruiter's address in the body")
def s11() -> bytes:
    body = t("""
        Hi Brooke,

        Your interview with Aspen Loop is confirmed.

        Position: Analytics Engineer (Denver / hybrid)
        When: Monday, November 2, 2026 at 9:00 AM - 9:30 AM (America/Denver)
        Where: Phone - we'll call you at the number on your application
        Interviewer: Dana Mercer (dana.mercer@aspenloop.com)

        Heads up: clocks go back on Sunday Nov 1, so this is 9:00 AM Mountain Standard Time.

        Good luck!
        Aspen Loop hiring team

        Powered by Workable
        """)
    hs = H(addr("Aspen Loop", "noreply@candidates.workablemail.com"), "Interview confirmed: Analytics Engineer",
           "2026-10-29 16:20", DEN, "<wk.6c1d0a9e3f.20261029222000@workablemail.com>",
           relay="mail.workablemail.com",
           extra=(("Reply-To", "aspen-loop+c7y2m1@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(12), family="icims", lang=LANG, interview=True, kind="scheduled",
      start="2026-11-05T21:00:00Z", end="2026-11-05T23:00:00Z", contact="r.haskell@greatbasin.example.edu",
      company="Great Basin University", local="Thu 2026-11-05 14:00", local_end="2026-11-05 16:00", zone=DEN,
      note="iCIMS on-campus interview at a university; the attached ICS is an all-day event for 5 Nov (time only "
           "in the text): 2:00-4:00 p.m. MST (UTC-7, after 1 Nov) -> 21:00-23:00Z; contact = HR consultant "
           "address in the body")
def s12() -> bytes:
    hbody = t("""
        <html><body style="font-family:Georgia,serif;font-size:14px">
        <p>Dear Brooke,</p>
        <p>On behalf of the search committee for <b>Data Engineer, Office of Institutional Research (Req 2026-1184)</b>,
        I am pleased to confirm your on-campus interview.</p>
        <p><b>Thursday, November 5, 2026, 2:00&nbsp;p.m. &ndash; 4:00&nbsp;p.m. (Mountain Standard Time)</b><br>
        Marriott Administration Building, Room 310, 201 Presidents Circle</p>
        <p>2:00 Committee interview<br>3:00 Technical conversation with the data warehouse team<br>
        3:45 Wrap-up with the hiring manager</p>
        <p>Visitor parking is available in the Presidents Circle lot; a pass will be emailed the day before.
        Please direct any questions to Rachel Haskell, HR Consultant,
        <a href="mailto:r.haskell@greatbasin.example.edu">r.haskell@greatbasin.example.edu</a>.</p>
        <p>Sincerely,<br>University Human Resources</p>
        <p style="font-size:10px;color:#666">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Talent Platform//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:icims-2026-1184-bjensen@icims.com
DTSTAMP:20261029T180000Z
DTSTART;VALUE=DATE:20261105
DTEND;VALUE=DATE:20261106
SUMMARY:On-campus interview - Great Basin University
LOCATION:Marriott Administration Building\\, Room 310
END:VEVENT
END:VCALENDAR"""
    hs = H("Great Basin University <greatbasin-talent@talent.icims.com>",
           "Interview Confirmation - Data Engineer, Office of Institutional Research", "2026-10-29 12:00", DEN,
           "<1103392.icims.20261029180000@talent.icims.com>", relay="smtp-out4.icims.com")
    return message(hs, mixed(html(hbody), calendar(ics, method="PUBLISH", filename="interview.ics",
                                                   disposition="attachment")))


@mail(N(13), family="zoom_prose", lang=LANG, interview=True, kind="scheduled",
      start="2026-11-13T00:30:00Z", contact="omar@lumenfold.io", company="Lumenfold",
      local="Thu 2026-11-12 16:30", zone=LA,
      note="Bay Area startup founder writes in Pacific time: Thursday Nov 12 4:30 PM PT (PST, UTC-8 after 1 Nov) "
           "-> 00:30Z on Fri 13 Nov (another day in UTC); pasted Zoom block; no length stated; contact = sender")
def s13() -> bytes:
    body = t("""
        Hi Brooke,

        Great chatting last week. Locking in the founder interview for Thursday Nov 12 at 4:30 PM PT
        (5:30 your time). Zoom details below - ping me if anything changes.

        Omar

        Omar Siddiqui is inviting you to a scheduled Zoom meeting.

        Topic: Lumenfold <> Brooke - founder interview
        Time: Nov 12, 2026 04:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/84411902265?pwd=Vr3kLmZ0aQpT

        Meeting ID: 844 1190 2265
        Passcode: 512907

        ---
        One tap mobile
        +16694449171,,84411902265#,,,,*512907# US
        """)
    hs = H(addr("Omar Siddiqui", "omar@lumenfold.io"), "Founder interview Thursday", "2026-11-09 11:52", LA,
           "<CAJ9x8Lw3r+Qy1nBvT0pZ4k@mail.gmail.com>", relay="mail-pf1-f178.google.com")
    return message(hs, text(body, cte="8bit"))


@mail(N(14), family="goodtime", lang=LANG, interview=True, kind="scheduled",
      start="2026-11-20T16:00:00Z", end="2026-11-20T19:00:00Z", contact="keanu.rios@sonorangrid.com",
      company="Sonoran Grid", local="Fri 2026-11-20 09:00", local_end="2026-11-20 12:00", zone=PHX,
      note="GoodTime onsite itinerary in Arizona time (MST, UTC-7 year round; same as Utah in November): "
           "first session 9:00, last ends 12:00 -> 16:00-19:00Z; contact = Reply-To coordinator")
def s14() -> bytes:
    body = t("""
        Hi Brooke,

        Your virtual onsite with Sonoran Grid is confirmed. All times are Arizona time (MST).

        Friday, November 20, 2026

          9:00 AM - 10:00 AM   Data Modeling            Ines Carvalho
         10:15 AM - 11:00 AM   Pipeline Reliability     Marcus Bell
         11:15 AM - 12:00 PM   Hiring Manager           Yolanda Pierce

        Each session has its own Zoom link in the calendar invites you will receive separately.

        Your coordinator for the day is Keanu Rios - just reply to this message.

        Thanks,
        Sonoran Grid Recruiting Coordination
        Scheduled with GoodTime
        """)
    hs = H(addr("Sonoran Grid Recruiting", "scheduling@sonorangrid.goodtime.io"),
           "Your Sonoran Grid interview itinerary - Friday, November 20", "2026-11-13 15:40", PHX,
           "<gt.itinerary.88214@sonorangrid.goodtime.io>", relay="o2.ptr4512.goodtime.io",
           extra=(("Reply-To", addr("Keanu Rios", "keanu.rios@sonorangrid.com")),))
    return message(hs, alt(text(body, cte="quoted-printable"), html("<pre>" + body + "</pre>\n")))


@mail(N(15), family="personio", lang=LANG, interview=True, kind="scheduled",
      start="2026-12-02T16:00:00Z", end="2026-12-02T17:00:00Z", contact="j.wendt@kestrel-analytics.de",
      company="Kestrel Analytics GmbH", local="Wed 2026-12-02 17:00", local_end="2026-12-02 18:00",
      zone="Europe/Berlin",
      note="Personio invitation from a Berlin company with a remote team: 17:00-18:00 CET (UTC+1) -> "
           "16:00-17:00Z (9-10 AM MST); iso-8859-15 QP; ICS Europe/Berlin; contact = recruiter in the body")
def s15() -> bytes:
    body = t("""
        Hi Brooke,

        thank you for your application as Senior Data Engineer (Remote – US time zones). We would like to
        confirm your interview:

        Date: Wednesday, 02.12.2026
        Time: 17:00 – 18:00 (CET, Berlin)
        Participants: Jana Wendt (People & Culture), Felix Oberhauser (CTO)
        Link: https://meet.kestrel-analytics.de/interview-bjensen

        For questions, please write to j.wendt@kestrel-analytics.de.

        Kind regards
        Jana Wendt
        Kestrel Analytics GmbH · Torstraße 112 · 10119 Berlin
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio//Recruiting//EN
METHOD:REQUEST
{VTZ['Europe/Berlin']}
BEGIN:VEVENT
UID:personio-evt-5521907@personio.de
DTSTAMP:{stamp('2026-11-25 10:14', 'Europe/Berlin')}
DTSTART;TZID=Europe/Berlin:20261202T170000
DTEND;TZID=Europe/Berlin:20261202T180000
SUMMARY:Interview Brooke Jensen - Senior Data Engineer
ORGANIZER;CN=Jana Wendt:mailto:j.wendt@kestrel-analytics.de
ATTENDEE;CN=Brooke Jensen:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    body15 = body.replace("–", "-")
    hs = H(addr("Kestrel Analytics GmbH", "noreply@personio.de"),
           "Interview invitation: Senior Data Engineer (Remote – US time zones)", "2026-11-25 10:14", "Europe/Berlin",
           "<personio.5521907.a3f@personio.de>", relay="mta-1.personio.de")
    return message(hs, mixed(text(body15, charset="iso-8859-15"),
                             calendar(ics, filename="invitation.ics", disposition="attachment")))


@mail(N(16), family="phone_reply", lang=LANG, interview=True, kind="scheduled",
      start="2026-12-08T17:00:00Z", contact="shay.kowalski@frontrangefreight.com", company="Front Range Freight",
      local="Tue 2026-12-08 10:00", zone=DEN,
      note="Recruiter replies from her phone accepting Brooke's proposal: 'Tuesday at 10 it is' against Date "
           "Thu 3 Dec -> Tue 8 Dec 10:00 MT (MST, UTC-7) -> 17:00Z; the candidate's quoted message offered two "
           "slots; contact = sender")
def s16() -> bytes:
    body = t("""
        Tuesday at 10 it is! Ill send the teams invite tonight. Hiring mgr is Pete Alvarez, super laid back.

        Shay

        Sent from my iPhone

        > On Dec 3, 2026, at 1:58 PM, Brooke Jensen <brooke.jensen@example.org> wrote:
        >
        > Hi Shay, thanks for reaching out! I could do Tuesday at 10am or Wednesday any time after 1pm (Mountain).
        > Let me know what works for Pete.
        >
        > Brooke
        """)
    hs = H(addr("Shay Kowalski", "shay.kowalski@frontrangefreight.com"), "Re: Data Engineer - next steps",
           "2026-12-03 14:26", DEN, "<7B3E1A92-4C0D-4F1B-9E7A-2D6C8B1F0A33@frontrangefreight.com>",
           relay="mail-co1nam11on2102.outbound.protection.outlook.com",
           extra=(("In-Reply-To", "<CAB7hQ2r5kLq=nextsteps@mail.example.org>"), ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit"))


# =========================================================================== positives: rescheduled


@mail(N(17), family="exchange_teams", lang=LANG, interview=True, kind="rescheduled",
      start="2026-09-29T20:00:00Z", end="2026-09-29T21:00:00Z", contact="h.nakamura@brightkelp.com",
      company="Brightkelp Pay", local="Tue 2026-09-29 13:00", local_end="2026-09-29 14:00", zone=LA,
      days=(("Mon", "2026-09-28"),),
      note="Outlook 'Updated' meeting request from an Oakland fintech; body label '(UTC-08:00) Pacific Time' shows "
           "the standard offset but late September is PDT (UTC-7): new 1:00-2:00 PM -> 20:00-21:00Z; old Mon 28 Sep "
           "10:00 also in the body; ICS TZID 'Pacific Standard Time' SEQUENCE:1; contact = ORGANIZER/sender")
def r17() -> bytes:
    body = t("""
        Hi Brooke - Dmitri had a conflict come up Monday morning so I've moved us to Tuesday afternoon.
        Same panel, same Teams link. Sorry for the shuffle!

        Previously: Monday, September 28, 2026 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada)
        Updated:    Tuesday, September 29, 2026 1:00 PM-2:00 PM (UTC-08:00) Pacific Time (US & Canada)

        Hiroko

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_BkP29>
        Meeting ID: 231 884 907 112
        Passcode: q7Zt4M
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PST_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Hiroko Nakamura:mailto:h.nakamura@brightkelp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brooke Jensen:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dmitri Volkov:mailto:d.volkov@brightkelp.com
DESCRIPTION;LANGUAGE=en-US:Hi Brooke - Dmitri had a conflict come up Monday morning so I've moved us to Tuesday afternoon.
UID:040000008200E00074C5B7101A82E00800000000B0C9A2F1E54BDC01000000000000000010000000E6A3B4C1D2E3F40718293A4B5C6D7E8F
SUMMARY;LANGUAGE=en-US:Brightkelp Pay - Data Engineer panel (Brooke Jensen)
DTSTART;TZID=Pacific Standard Time:20260929T130000
DTEND;TZID=Pacific Standard Time:20260929T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp('2026-09-24 09:18', LA)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
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
    hs = H(addr("Hiroko Nakamura", "h.nakamura@brightkelp.com"),
           "Updated: Brightkelp Pay - Data Engineer panel (Brooke Jensen)", "2026-09-24 09:18", LA,
           "<BY5PR12MB4321A9E8C7D6B5F4E3D2C1B0A9F8E7D6@BY5PR12MB4321.namprd12.prod.outlook.com>",
           relay="mail-bn8nam12on2110.outbound.protection.outlook.com",
           extra=(("Thread-Topic", "Brightkelp Pay - Data Engineer panel (Brooke Jensen)"),
                  ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAACwyaLx5UvcAQAAAA=="),
                  ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html("<html><body><pre>" + body + "</pre></body></html>\n"),
                           calendar(ics, cte="base64")))


@mail(N(18), family="human_prose", lang=LANG, interview=True, kind="rescheduled",
      start="2026-10-16T17:00:00Z", contact="carla.jimenez@highlinecu.org", company="Highline Credit Union",
      local="Fri 2026-10-16 11:00", zone=DEN, days=(("Thu", "2026-10-15"),),
      note="Hiring manager moves the interview from Thursday (Oct 15) 2pm to Friday at 11am MT, written "
           "against Date Mon 12 Oct; new time Fri 16 Oct 11:00 MDT (UTC-6) -> 17:00Z; no length; contact = sender")
def r18() -> bytes:
    body = t("""
        Hi Brooke,

        Apologies for the change - our quarterly board prep landed on Thursday afternoon, so I've moved our
        interview from Thursday at 2pm to Friday (10/16) at 11am Mountain. Same place: the Highline
        operations center on Colfax, 3rd floor, ask for me at the front desk. Updated invite coming from
        Outlook shortly.

        Thanks for your flexibility,

        Carla Jimenez
        Director, Data & Reporting
        Highline Credit Union | Denver, CO
        """)
    hs = H(addr("Carla Jimenez", "carla.jimenez@highlinecu.org"), "Interview moved to Friday 10/16",
           "2026-10-12 08:44", DEN, "<MN2PR05MB6650C1F0E9A8B7C6@MN2PR05MB6650.namprd05.prod.outlook.com>",
           relay="mail-mw2nam10on2098.outbound.protection.outlook.com")
    return message(hs, alt(text(body, charset="iso-8859-1"), html("<p>" + body.replace("\n", "<br>\n") + "</p>\n",
                                                                   charset="iso-8859-1")))


@mail(N(19), family="microsoft_bookings", lang=LANG, interview=True, kind="rescheduled",
      start="2026-11-16T18:00:00Z", end="2026-11-16T18:30:00Z", contact=None, company="Canyon Forge Analytics",
      local="Mon 2026-11-16 11:00", local_end="2026-11-16 11:30", zone=DEN, days=(("Fri", "2026-11-13"),),
      note="Microsoft Bookings 'appointment updated' from a shared Bookings mailbox; new Mon 16 Nov 11:00-11:30 "
           "AM (UTC-07:00) Mountain Time, MST in November -> 18:00-18:30Z; old Fri 13 Nov also shown; staff "
           "name only, no personal address -> contact null")
def r19() -> bytes:
    hbody = t("""
        <html><body style="font-family:'Segoe UI',sans-serif">
        <h2 style="font-weight:normal">Your booking has been updated</h2>
        <p>Hello Brooke Jensen,</p>
        <p>Your appointment with <b>Canyon Forge Analytics - Candidate Interviews</b> has been rescheduled.</p>
        <table>
        <tr><td style="color:#666">Service</td><td>Data Engineer - first interview (30 min)</td></tr>
        <tr><td style="color:#666">New time</td><td>Monday, November 16, 2026 11:00 AM - 11:30 AM (UTC-07:00) Mountain Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#666">Previous time</td><td><s>Friday, November 13, 2026 11:00 AM - 11:30 AM</s></td></tr>
        <tr><td style="color:#666">Staff</td><td>Derek Payne</td></tr>
        <tr><td style="color:#666">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/CanyonForgeInterviews@canyonforge.onmicrosoft.com/bookings/">Manage booking</a></p>
        <p style="font-size:11px;color:#888">Powered by Microsoft Bookings</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Canyon Forge Analytics - Candidate Interviews:mailto:CanyonForgeInterviews@canyonforge.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brooke Jensen:mailto:{ME}
SUMMARY;LANGUAGE=en-US:Data Engineer - first interview (30 min)
DTSTART:20261116T180000Z
DTEND:20261116T183000Z
UID:040000008200E00074C5B7101A82E008000000005A1B2C3D4E5FDC010000000000000000100000001F2E3D4C5B6A7988
SEQUENCE:2
DTSTAMP:{stamp('2026-11-11 16:02', DEN)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Canyon Forge Analytics - Candidate Interviews", "CanyonForgeInterviews@canyonforge.onmicrosoft.com"),
           "Updated booking with Canyon Forge Analytics - Candidate Interviews", "2026-11-11 16:02", DEN,
           "<DM6PR04MB7712.booking.5c1e@DM6PR04MB7712.namprd04.prod.outlook.com>",
           relay="mail-dm6nam04on2062.outbound.protection.outlook.com")
    return message(hs, mixed(html(hbody), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(20), family="google_calendar", lang=LANG, interview=True, kind="rescheduled",
      start="2026-12-09T21:00:00Z", end="2026-12-09T21:45:00Z", contact="mckenna.holt@timpanogoslabs.com",
      company="Timpanogos Labs", local="Wed 2026-12-09 14:00", local_end="2026-12-09 14:45", zone=DEN,
      days=(("Tue", "2026-12-08"),),
      note="Google Calendar 'Updated invitation' from a Provo company; moved from Tue 8 Dec to Wed 9 Dec "
           "2pm-2:45pm (MST, UTC-7) -> 21:00-21:45Z; ICS America/Denver SEQUENCE:2; contact = ORGANIZER")
def r20() -> bytes:
    body = t("""
        This event has been changed.

        Timpanogos Labs: Brooke Jensen - Data Engineer (Hiring Manager)
        When: CHANGED: Wednesday Dec 9, 2026 2pm – 2:45pm (MST)
        (was Tuesday Dec 8, 2026 2pm – 2:45pm (MST))
        Joining info: Join with Google Meet
        meet.google.com/tlx-kqpr-maz

        Calendar: brooke.jensen@example.org
        Who:
             * mckenna.holt@timpanogoslabs.com - organizer
             * brooke.jensen@example.org

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_DENVER}
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20261209T140000
DTEND;TZID=America/Denver:20261209T144500
DTSTAMP:{stamp('2026-12-04 15:30', DEN)}
ORGANIZER;CN=McKenna Holt:mailto:mckenna.holt@timpanogoslabs.com
UID:1q9f4hb2k7c8m3n5p0r6s2tz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
LAST-MODIFIED:{stamp('2026-12-04 15:30', DEN)}
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Timpanogos Labs: Brooke Jensen - Data Engineer (Hiring Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("McKenna Holt", "calendar-notification@google.com"),
           "Updated invitation: Timpanogos Labs: Brooke Jensen - Data Engineer (Hiring Manager) @ Wed Dec 9, 2026 "
           f"2pm - 2:45pm (MST) ({ME})", "2026-12-04 15:30", DEN,
           "<calendar-b3e2f1a0-11d2-4c5e-8f7a-3b2c1d0e9f8a@google.com>", relay="mail-sor-f69.google.com",
           extra=(("Reply-To", "mckenna.holt@timpanogoslabs.com"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# =========================================================================== positives: cancelled


@mail(N(21), family="exchange_teams", lang=LANG, interview=True, kind="cancelled",
      start="2026-10-01T16:00:00Z", end="2026-10-01T16:45:00Z", contact="s.greenberg@hudsonlane.io",
      company="Hudson Lane Analytics", local="Thu 2026-10-01 12:00", local_end="2026-10-01 12:45",
      zone="America/New_York",
      note="Outlook 'Canceled:' meeting request (METHOD:CANCEL) from a New York company with a remote data team; "
           "cancelled slot 12:00-12:45 PM Eastern, EDT (UTC-4) -> 16:00-16:45Z; no new time; ICS TZID 'Eastern "
           "Standard Time'; contact = ORGANIZER/sender")
def c21() -> bytes:
    body = t("""
        Hi Brooke,

        I'm sorry to do this on short notice - we've put the Senior Data Engineer search on hold while we
        finalize next year's budget, so I'm cancelling Thursday's conversation. I'll reach out directly if
        the role reopens.

        Sam Greenberg
        VP Data, Hudson Lane Analytics
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['Eastern Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Sam Greenberg:mailto:s.greenberg@hudsonlane.io
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Brooke Jensen:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DC010000000000000000100000009A8B7C6D5E4F3021
SUMMARY;LANGUAGE=en-US:Canceled: Hudson Lane / Brooke Jensen - Senior Data Engineer
DTSTART;TZID=Eastern Standard Time:20261001T120000
DTEND;TZID=Eastern Standard Time:20261001T124500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:{stamp('2026-09-29 17:05', 'America/New_York')}
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Sam Greenberg", "s.greenberg@hudsonlane.io"),
           "Canceled: Hudson Lane / Brooke Jensen - Senior Data Engineer", "2026-09-29 17:05", "America/New_York",
           "<PH0PR11MB7001F2E3D4C5B6A7@PH0PR11MB7001.namprd11.prod.outlook.com>",
           relay="mail-ph0nam11on2120.outbound.protection.outlook.com",
           extra=(("Importance", "high"), ("X-Priority", "1")))
    return message(hs, alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n"),
                           calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang=LANG, interview=True, kind="cancelled",
      start="2026-11-19T22:00:00Z", contact="jill.okonkwo@redbuttegear.com", company="Red Butte Gear",
      local="Thu 2026-11-19 15:00", zone=DEN,
      note="Recruiter cancels 'Thursday's 3:00 interview' (Date Tue 17 Nov -> Thu 19 Nov 15:00 MST, UTC-7 -> "
           "22:00Z) because the role was filled internally; no new time; contact = sender")
def c22() -> bytes:
    body = t("""
        Hi Brooke,

        I wanted to reach out personally before Thursday. Unfortunately we need to cancel your 3:00
        interview with Marco - late last week we were able to fill the Data Engineer role with an internal
        transfer from our e-commerce team, so the req has been closed.

        I know that's disappointing after the great phone screen. I'd genuinely love to keep you in mind
        for the analytics platform role we're opening in Q1 and will reach out then if you're open to it.

        Warmly,
        Jill Okonkwo
        Talent Partner | Red Butte Gear | Salt Lake City
        """)
    hs = H(addr("Jill Okonkwo", "jill.okonkwo@redbuttegear.com"), "Thursday's interview",
           "2026-11-17 10:31", DEN, "<CAK2v7Nw0qLp9=Xr4mYt8sB1@mail.gmail.com>", relay="mail-ot1-f44.google.com")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(23), family="ashby", lang=LANG, interview=True, kind="cancelled",
      start="2026-09-11T19:00:00Z", end="2026-09-11T19:45:00Z", contact="devin.park@slickrockdata.com",
      company="Slickrock Data", local="Fri 2026-09-11 13:00", local_end="2026-09-11 13:45", zone=DEN,
      note="Ashby cancellation from a Provo company: 1:00-1:45 PM MDT (UTC-6) -> 19:00-19:45Z; METHOD:CANCEL "
           "ICS in UTC; 'we'll be in touch to find a new time' gives no new time; contact = Reply-To")
def c23() -> bytes:
    body = t("""
        Hi Brooke,

        Your interview has been cancelled:

        Technical Interview - SQL & Modeling
        Friday, September 11, 2026, 1:00 PM - 1:45 PM MDT

        Your interviewer is out sick this week. We'll be in touch to find a new time - sorry for the
        inconvenience!

        Reply to this email to reach Devin Park.

        Slickrock Data Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:ashby-a71c3e90-slickrock-tech
DTSTAMP:{stamp('2026-09-08 09:15', DEN)}
DTSTART:20260911T190000Z
DTEND:20260911T194500Z
SUMMARY:Slickrock Data - Technical Interview - SQL & Modeling (Brooke Jensen)
ORGANIZER;CN=Devin Park:mailto:devin.park@slickrockdata.com
ATTENDEE;CN=Brooke Jensen:mailto:{ME}
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = H("Slickrock Data <no-reply@ashbyhq.com>", "Interview cancelled: Technical Interview - SQL & Modeling",
           "2026-09-08 09:15", DEN, "<0100019245aa11c2-slickrock-cancel@email.amazonses.com>",
           relay="a8-52.smtp-out.amazonses.com",
           extra=(("Reply-To", addr("Devin Park", "devin.park@slickrockdata.com")),))
    return message(hs, mixed(text(body, cte="7bit"), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                              disposition="attachment")))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang=LANG, interview=False, company="Cobalt Ledger",
      note="Greenhouse rejection after the 17 Sep interview; mentions the interview but confirms nothing")
def n24() -> bytes:
    body = t("""
        Hi Brooke,

        Thank you for taking the time to interview with us for the Data Engineer II, Risk Analytics role
        last Thursday. The team enjoyed speaking with you.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our current needs. We'll keep your information on file and may
        reach out about future openings.

        We wish you the best in your search.

        Cobalt Ledger Recruiting
        """)
    hs = H("Cobalt Ledger <no-reply@us.greenhouse-mail.io>", "Update on your application to Cobalt Ledger",
           "2026-09-24 16:02", DEN, "<a81f0c3e7d.20260924220201.55019@us.greenhouse-mail.io>",
           relay="mail-sor-f65.greenhouse-mail.io")
    return message(hs, alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>") + "</p>\n")))


@mail(N(25), family="offer", lang=LANG, interview=False, company="Saguaro Pay",
      days=(("Fri", "2026-11-06"),),
      note="Written offer after the interviews; asks for a reply by Friday, November 6 and offers a call, "
           "no interview")
def n25() -> bytes:
    body = t("""
        Hi Brooke,

        On behalf of everyone at Saguaro Pay, I'm thrilled to extend you an offer for the role of Staff Data
        Engineer - Payments Data! Your offer letter is attached in DocuSign; highlights:

          - Base salary: $178,000
          - Remote from Salt Lake City, with quarterly trips to Phoenix
          - Start date: Monday, December 7, 2026 (flexible)

        Please review and sign by Friday, November 6. Happy to hop on a call any time before then if you
        have questions about equity or benefits - just grab a slot on my calendar.

        Congratulations!
        Gabe Ortiz
        Senior Technical Recruiter, Saguaro Pay
        """)
    hs = H(addr("Gabe Ortiz", "gabe.ortiz@saguaropay.com"), "Your offer from Saguaro Pay \U0001f389",
           "2026-10-30 11:14", PHX, "<CAP3z9Kq1mLw4=offer.sp@mail.gmail.com>", relay="mail-lj1-f181.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(26), family="application_ack", lang=LANG, interview=False, company="Juniper Trail Co.",
      note="Recruitee application receipt; 'if your profile matches we'll invite you to an interview' is hypothetical")
def n26() -> bytes:
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Brooke,</p>
        <p>Thanks for applying for <b>Data Engineer (Outdoor Retail Analytics)</b> at Juniper Trail Co.! We've
        received your application and our team will review it within the next two weeks.</p>
        <p>If your profile matches what we're looking for, we'll invite you to a first interview. In the meantime,
        feel free to learn more about life at Juniper Trail on our careers page.</p>
        <p>Happy trails,<br>The Juniper Trail Co. hiring team</p>
        <p style="font-size:11px;color:#999">Sent with Recruitee &middot; Manage your data</p>
        </body></html>
        """)
    hs = H(addr("Juniper Trail Co.", "juniper-trail-co@recruitee-mail.com"),
           "We received your application for Data Engineer (Outdoor Retail Analytics)", "2026-09-03 07:48", DEN,
           "<rc.7f8e9d0c.20260903134800@recruitee-mail.com>", relay="mail.recruitee.com")
    return message(hs, html(hbody, cte="base64"))


@mail(N(27), family="job_alert", lang=LANG, interview=False, company=None,
      note="Job-board digest with 'Actively interviewing' badges and an 'interview tomorrow' tip; no confirmation")
def n27() -> bytes:
    body = t("""
        Your daily job alert: data engineer in Salt Lake City, UT

        Senior Data Engineer - Wasatch Valley Health - Salt Lake City, UT
        Actively interviewing · Easy Apply · $140K-$165K

        Data Platform Engineer - Provo Cloudworks - Provo, UT (Hybrid)
        Actively interviewing · 3 days ago

        Analytics Engineer - Boise Grain Co - Boise, ID (Remote)
        Be an early applicant

        Tip: Have an interview tomorrow? Practice with our free AI interview coach.

        Unsubscribe: https://jobstream.example.com/alerts/unsub?u=bj88
        JobStream, 500 Market St, San Francisco, CA
        """)
    hs = H("JobStream Alerts <alerts@mail.jobstream.example.com>",
           "12 new jobs for 'data engineer' in Salt Lake City", "2026-11-04 06:00", DEN,
           "<alert.20261104.bj88@mail.jobstream.example.com>", relay="mta41.mail.jobstream.example.com",
           extra=(("List-Unsubscribe", "<https://jobstream.example.com/alerts/unsub?u=bj88>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html("<div>" + body.replace("\n", "<br>") + "</div>\n")))


@mail(N(28), family="newsletter_blog", lang=LANG, interview=False, company=None,
      note="Substack-style newsletter about interviews (example 'Tuesday at 10' confirmation text inside); "
           "not the reader's interview")
def n28() -> bytes:
    body = t("""
        THE DATA INTERVIEW DISPATCH - Issue #41

        The confirmation email is part of the interview

        When a recruiter writes "You're confirmed for Tuesday at 10:00 AM MT with our hiring manager",
        don't just hit archive. Reply within a few hours, restate the time in their zone, and ask who
        will be on the panel. Three templates you can steal this week:

        1. The confirm-and-clarify reply
        2. The polite reschedule ("Could we move Thursday's 2pm to Friday?")
        3. The follow-up 24 hours after the interview

        Paid subscribers also get our mock system-design interview recordings.

        You're receiving this because you subscribed to The Data Interview Dispatch.
        Unsubscribe https://datainterview.substack.example.com/unsubscribe
        """)
    hs = H("The Data Interview Dispatch <datainterview@substack.example.com>",
           "The confirmation email is part of the interview", "2026-10-07 05:30", "America/New_York",
           "<20261007093000.3.41@substack.example.com>", relay="mail.substack.example.com",
           extra=(("List-Id", "<datainterview.substack.example.com>"),
                  ("List-Unsubscribe", "<https://datainterview.substack.example.com/unsubscribe>")))
    return message(hs, alt(text(body), html("<article>" + body.replace("\n\n", "<p>") + "</article>\n")))


@mail(N(29), family="scheduling_link", lang=LANG, interview=False, company="Kiln Fintech",
      note="GoodTime self-scheduling request: pick a slot via link; example windows are offered, nothing booked")
def n29() -> bytes:
    body = t("""
        Hi Brooke,

        Congrats on moving forward with Kiln Fintech! Please choose a time for your 60-minute technical
        interview using the link below. Slots are currently open Tuesday through Thursday next week,
        between 9:00 AM and 4:00 PM Mountain.

        Choose your time: https://schedule.goodtime.io/kilnfintech/s/9fQ2kM

        Once you pick a slot, you'll get a calendar invite with the video link.

        Thanks!
        Kiln Fintech Recruiting Coordination
        """)
    hs = H(addr("Kiln Fintech Recruiting", "scheduling@kilnfintech.goodtime.io"),
           "Action required: schedule your Kiln Fintech technical interview", "2026-10-14 13:10", DEN,
           "<gt.selfsched.9fQ2kM@kilnfintech.goodtime.io>", relay="o2.ptr4512.goodtime.io")
    return message(hs, alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>") + "</p>\n")))


@mail(N(30), family="recruiter_outreach", lang=LANG, interview=False, company="Beehive Tech Staffing",
      note="Agency cold outreach asking for a quick call 'sometime this week'; no time fixed")
def n30() -> bytes:
    body = t("""
        Hi Brooke!

        I came across your profile and your Airflow + Snowflake background is exactly what one of my
        clients (a Lehi-based SaaS company, ~300 people) is looking for in a Senior Data Engineer. Fully
        remote within Utah, 155-175K + bonus.

        Would you be open to a quick 15 min call sometime this week to hear more? Feel free to text me at
        385-555-0172 or just reply with a few times that work.

        Cheers,
        Kayla Nguyen
        Senior Technical Recruiter | Beehive Tech Staffing
        """)
    hs = H(addr("Kayla Nguyen", "kayla.nguyen@beehivetechstaffing.com"),
           "Senior Data Engineer - remote (Utah) - quick chat?", "2026-09-21 10:05", DEN,
           "<CAE8w2Hx5pQm1=beehive.kn@mail.gmail.com>", relay="mail-qv1-f52.google.com")
    return message(hs, text(body, cte="7bit"))


@mail(N(31), family="proposed_not_confirmed", lang=LANG, interview=False, company="Sawtooth Health",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Recruiter proposes 'Would Tuesday at 10 work? If not, Wednesday at 2' - a question, not a "
           "confirmation")
def n31() -> bytes:
    body = t("""
        Hi Brooke,

        Thanks for your patience! Dr. Ames would like to meet you for the second round. Would Tuesday
        (11/24) at 10am Mountain work for you? If not, Wednesday (11/25) at 2pm is also open. Once you
        confirm I'll send over a calendar invite with the Webex link.

        Best,
        Tara Lindgren
        Recruiter, Sawtooth Health | Boise, ID
        """)
    hs = H(addr("Tara Lindgren", "tara.lindgren@sawtoothhealth.org"), "Second round - availability?",
           "2026-11-19 15:47", "America/Boise", "<SN7PR18MB5310A1B2C3D4E5F6@SN7PR18MB5310.namprd18.prod.outlook.com>",
           relay="mail-sn1nam02on2107.outbound.protection.outlook.com")
    return message(hs, alt(text(body, charset="windows-1252"), html("<p>" + body.replace("\n", "<br>") + "</p>\n",
                                                                     charset="windows-1252")))


@mail(N(32), family="job_centre", lang=LANG, interview=False, company=None,
      days=(("Wed", "2026-10-28"),),
      note="Unemployment-office (reemployment services) appointment with a fixed time after the layoff; a "
           "government appointment, not a job interview")
def n32() -> bytes:
    body = t("""
        APPOINTMENT NOTICE - REEMPLOYMENT SERVICES

        Claimant: BROOKE JENSEN
        Claim ID: ****4471

        You are scheduled for a required Reemployment Services and Eligibility Assessment (RESEA):

          Date:     Wednesday, October 28, 2026
          Time:     9:30 AM (Mountain Time)
          Location: Wasatch Front Employment Center, 720 S 200 E, Salt Lake City
                    (or by phone if you selected phone on your claim)

        Bring your work search log for the last four weeks and an updated resume. Failure to attend may
        affect your eligibility for benefits.

        This is an automated message. Do not reply.
        """)
    hs = H("Wasatch Front Employment Center <noreply@jobs.utah.example.gov>",
           "Appointment Notice: Reemployment Services (RESEA)", "2026-10-20 06:15", DEN,
           "<resea.4471.20261020@jobs.utah.example.gov>", relay="smtp.jobs.utah.example.gov")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(N(33), family="press_interview", lang=LANG, interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Reporter confirms a phone interview with Brooke (as a source for a story on tech layoffs); "
           "a fixed time but not a job interview")
def n33() -> bytes:
    body = t("""
        Hi Brooke,

        Thanks so much for agreeing to talk. Confirming our interview for Thursday, Oct. 22 at 11 a.m. -
        I'll call your cell. It should take 20-30 minutes. I'm mostly interested in what the job search
        has looked like for data folks along the Wasatch Front since the Lakeshore layoffs, and whether
        you're seeing more remote roles than last year.

        You can stay anonymous if you'd prefer; just let me know before we start.

        Best,
        Marcy Delgado
        Business reporter, The Salt Lake Ledger
        """)
    hs = H(addr("Marcy Delgado", "mdelgado@slledger.example.com"), "Confirming our interview Thursday",
           "2026-10-19 17:22", DEN, "<c0a8e1f2-press-7d@slledger.example.com>", relay="smtp.slledger.example.com")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(34), family="podcast", lang=LANG, interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast guest recording confirmed (Riverside link, ICS); Brooke is the interviewee on a show, not "
           "a job interview")
def n34() -> bytes:
    body = t("""
        Hey Brooke,

        You're booked! Here's everything for your episode of Pipeline Pod:

        Recording: Tuesday, November 10, 2026, 1:00-2:00 PM MT
        Studio link: https://riverside.fm/studio/pipeline-pod (headphones please!)
        Topic: "Surviving a layoff as a data engineer" - ~45 min conversation + 10 min lightning round

        We'll send the questions a couple of days before. Thanks for coming on the show!

        Rico & Jess
        Pipeline Pod
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pipeline Pod//Booking//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:pipelinepod-ep88-bjensen
DTSTAMP:{stamp('2026-11-03 12:00', DEN)}
DTSTART:20261110T200000Z
DTEND:20261110T210000Z
SUMMARY:Pipeline Pod recording - Brooke Jensen
ORGANIZER;CN=Rico Vasquez:mailto:rico@pipelinepod.example.com
ATTENDEE;CN=Brooke Jensen:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Rico Vasquez", "rico@pipelinepod.example.com"), "You're booked: Pipeline Pod interview recording",
           "2026-11-03 12:00", DEN, "<pp.booking.ep88@pipelinepod.example.com>", relay="smtp.pipelinepod.example.com")
    return message(hs, mixed(text(body), calendar(ics, filename="recording.ics", disposition="attachment")))


@mail(N(35), family="admission_interview", lang=LANG, interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Part-time MBA admissions interview confirmed with ICS; a school admission interview, not a job interview")
def n35() -> bytes:
    body = t("""
        Dear Brooke,

        Thank you for scheduling your admissions interview for the Professional MBA (Evening) program.

        Date/time: Tuesday, December 1, 2026, 10:00-10:30 AM Mountain Time
        Format: Zoom (link in the attached calendar invitation)
        Interviewer: a member of the Admissions Committee or an alum

        Interviews are conversational and last about 30 minutes. Business casual attire is recommended.

        Office of Graduate Admissions
        Uinta Graduate School of Management
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Slate//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:slate-int-bjensen-20261201@uinta.example.edu
DTSTAMP:{stamp('2026-11-23 09:00', DEN)}
DTSTART:20261201T170000Z
DTEND:20261201T173000Z
SUMMARY:Admissions interview - Professional MBA
ORGANIZER;CN=Graduate Admissions:mailto:gradadmissions@uinta.example.edu
END:VEVENT
END:VCALENDAR"""
    hs = H("Uinta Graduate Admissions <gradadmissions@uinta.example.edu>",
           "Interview confirmed - Professional MBA (Evening)", "2026-11-23 09:00", DEN,
           "<slate.8812.20261123@uinta.example.edu>", relay="mail.technolutions.net")
    return message(hs, mixed(alt(text(body), html("<p>" + body.replace("\n\n", "</p><p>") + "</p>\n")),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(N(36), family="sports_tryout", lang=LANG, interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Club ultimate frisbee try-out with a fixed time; a sports try-out, not a job interview")
def n36() -> bytes:
    body = t("""
        Hi Brooke,

        You're registered for Wasatch Wildcats women's club tryouts!

        Saturday, Sept 19 - 9:00 AM to noon
        Liberty Park, east fields (look for the orange cones)

        Bring cleats, water, a light and a dark shirt. Day 2 (invite only) is Sunday afternoon - we'll
        email you Saturday night either way.

        See you out there!
        Wildcats captains
        """)
    hs = H("Wasatch Wildcats Ultimate <captains@wasatchwildcats.example.org>", "Tryouts this Saturday!",
           "2026-09-15 20:40", DEN, "<wildcats.tryouts.2026.bj@wasatchwildcats.example.org>",
           relay="mail.wasatchwildcats.example.org")
    return message(hs, text(body, cte="7bit"))


@mail(N(37), family="car_service", lang=LANG, interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Dealership service appointment confirmation (oil change + tire rotation) with a fixed time")
def n37() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial">
        <p>Hi BROOKE,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Tuesday, October 20, 2026 at 7:30 AM</b><br>
        Advisor: Josh K.<br>Vehicle: 2019 Subaru Outback<br>Services: Oil &amp; filter change, tire rotation,
        multi-point inspection</p>
        <p>Need to change your appointment? Call (801) 555-0133 or reply STOP to opt out of texts.</p>
        <p>Canyon Road Subaru &middot; 10500 S State St, Sandy, UT</p>
        </body></html>
        """)
    hs = H("Canyon Road Subaru Service <service@canyonroadsubaru.example.com>",
           "Appointment Confirmation - Canyon Road Subaru", "2026-10-16 14:02", DEN,
           "<xtime.appt.550913@canyonroadsubaru.example.com>", relay="mta.xtime.example.com")
    return message(hs, html(hbody))


@mail(N(38), family="mock_interview_coach", lang=LANG, interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Calendly booking with a career coach for a mock system-design interview; fixed time, practice only")
def n38() -> bytes:
    body = t("""
        Hi Brooke Jensen,

        A new event has been scheduled.

        Event Type:
        Mock Data Engineering Interview + Feedback (60 min)

        Invitee:
        Brooke Jensen
        brooke.jensen@example.org

        Event Date/Time:
        06:00pm - 07:00pm (Mountain Time - US & Canada) on Thursday, October 1, 2026

        Location:
        Zoom - details in the calendar invite

        Questions:
        Which companies are you preparing for?
        Fernwave AI onsite follow-ups, Saguaro Pay

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c0ach-31aa-mock@calendly.com
DTSTAMP:{stamp('2026-09-27 13:30', DEN)}
DTSTART:20261002T000000Z
DTEND:20261002T010000Z
SUMMARY:Brooke Jensen and Naomi Pratt (Mock interview)
ORGANIZER;CN=Naomi Pratt:mailto:naomi@prattcareercoaching.example.com
ATTENDEE;CN=Brooke Jensen:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    hs = H("Calendly <notifications@calendly.com>",
           "New Event: Brooke Jensen - 06:00pm Thu, Oct 1, 2026 - Mock Data Engineering Interview + Feedback (60 min)",
           "2026-09-27 13:30", DEN, "<calendly.c0ach31aa@calendly.com>", relay="o1.email.calendly.com",
           extra=(("Reply-To", addr("Naomi Pratt", "naomi@prattcareercoaching.example.com")),))
    return message(hs, mixed(text(body, cte="7bit"), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(39), family="forwarded_other", lang=LANG, interview=False, company=None,
      note="Brooke's brother forwards his own interview confirmation (for information/bragging); a confirmed "
           "interview, but not Brooke's")
def n39() -> bytes:
    inner = message(H("Pinecone Builders <no-reply@hire.lever.co>", "Your interview with Pinecone Builders is scheduled",
                      "2026-11-04 10:15", DEN, "<lever.pcb.20261104@hire.lever.co>",
                      to=addr("Tyler Jensen", "tyjensen@example.net"),
                      extra=(("Reply-To", addr("Alana Brooks", "alana.brooks@pineconebuilders.com")),)),
                    text(t("""
                        Hi Tyler,

                        Your interview for Project Engineer has been scheduled for Monday, November 9, 2026
                        at 9:00 AM MT at our Ogden office (2150 Wall Ave).

                        Pinecone Builders Recruiting
                        """), cte="7bit"))
    body = t("""
        Sis!! Look what came in. Can I borrow your interview blazer lol. Also any tips for the "tell me
        about a time you failed" question??

        Ty
        """)
    hs = H(addr("Tyler Jensen", "tyjensen@example.net"), "Fwd: Your interview with Pinecone Builders is scheduled",
           "2026-11-04 19:02", DEN, "<CAF1tj8Qp=fwd.pcb@mail.example.net>", relay="mail.example.net")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner)))


@mail(N(40), family="panel_at_current_job", lang=LANG, interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Current employer's Exchange invite asking Brooke to interview a candidate (she is the interviewer); "
           "ICS in Central Standard Time (Chicago HQ)")
def n40() -> bytes:
    body = t("""
        Hi team - please join the onsite panel for Kira Mahoney (Data Analyst II). Brooke, you have the SQL
        exercise; scorecard is in Greenhouse. This is Brooke's last panel before she wraps up - thanks
        for doing it!

        When: Thursday, September 10, 2026 11:00 AM-12:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: SLC-3 Bonneville conf room / Teams

        Angela
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['Central Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Angela Ruiz:mailto:angela.ruiz@lakeshorelogistics.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brooke Jensen:mailto:{ME}
SUMMARY;LANGUAGE=en-US:Interview: Kira Mahoney - Data Analyst II (SQL exercise)
DTSTART;TZID=Central Standard Time:20260910T110000
DTEND;TZID=Central Standard Time:20260910T120000
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DD0100000000000000001000000044556677889900AA
DTSTAMP:{stamp('2026-09-04 08:30', DEN)}
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:SLC-3 Bonneville; Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Angela Ruiz", "angela.ruiz@lakeshorelogistics.example.com"),
           "Interview: Kira Mahoney - Data Analyst II (SQL exercise)", "2026-09-04 08:30", DEN,
           "<CH2PR07MB6600AA11BB22CC33@CH2PR07MB6600.namprd07.prod.outlook.com>",
           relay="mail-ch2nam07on2050.outbound.protection.outlook.com")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(41), family="team_event", lang=LANG, interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Farewell team lunch at the current employer (Google Calendar invite); a fixed-time work event, "
           "not an interview")
def n41() -> bytes:
    body = t("""
        You have been invited to the following event.

        Data team lunch - send-off for Brooke & Marcus
        When: Thursday Sep 24, 2026 12pm – 1:30pm (MDT)
        Where: Red Iguana, 736 W North Temple, Salt Lake City

        Who:
             * tom.becker@lakeshorelogistics.example.com - organizer
             * brooke.jensen@example.org

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_DENVER}
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20260924T120000
DTEND;TZID=America/Denver:20260924T133000
DTSTAMP:{stamp('2026-09-17 09:12', DEN)}
ORGANIZER;CN=Tom Becker:mailto:tom.becker@lakeshorelogistics.example.com
UID:7u3k1lunch0924@google.com
ATTENDEE;CN={ME};PARTSTAT=NEEDS-ACTION:mailto:{ME}
SUMMARY:Data team lunch - send-off for Brooke & Marcus
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Tom Becker", "calendar-notification@google.com"),
           "Invitation: Data team lunch - send-off for Brooke & Marcus @ Thu Sep 24, 2026 12pm - 1:30pm (MDT)",
           "2026-09-17 09:12", DEN, "<calendar-lunch-0924@google.com>", relay="mail-sor-f69.google.com",
           extra=(("Reply-To", "tom.becker@lakeshorelogistics.example.com"),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics)))


@mail(N(42), family="auto_reply", lang=LANG, interview=False, company="Fernwave AI",
      note="Out-of-office auto-reply from the recruiter to Brooke's thank-you note (Auto-Submitted)")
def n42() -> bytes:
    body = t("""
        Thanks for your email! I'm out of the office through Monday, September 28 with limited access
        to email. For anything urgent regarding interview scheduling, please contact recruiting@fernwave.ai.

        Priya
        """)
    hs = H(addr("Priya Vance", "priya.vance@fernwave.ai"), "Automatic reply: Thank you - Systems Design interview",
           "2026-09-23 13:05", LA, "<auto.pv.0923@fernwave.ai>", relay="mail-sor-f41.google.com",
           extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")))
    return message(hs, text(body, cte="7bit"))


@mail(N(43), family="bounce", lang=LANG, interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Mailer-daemon bounce of Brooke's own mail (typo in the address) that says 'see you Tuesday at 10'; "
           "multipart/report with delivery-status")
def n43() -> bytes:
    human = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not be delivered to one or more
        recipients. It's attached below.

        <shay.kowlaski@frontrangefreight.com>: host frontrangefreight-com.mail.protection.outlook.com
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Thu, 3 Dec 2026 14:31:02 -0700 (MST)

        Final-Recipient: rfc822; shay.kowlaski@frontrangefreight.com
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
        """)
    orig = message(H(TO, "Re: Data Engineer - next steps", "2026-12-03 14:31", DEN,
                     "<CAB7hQ2r9=thanks.shay@mail.example.org>",
                     to=addr("Shay Kowalski", "shay.kowlaski@frontrangefreight.com")),
                   text("Perfect, see you Tuesday at 10! Thanks Shay.\n\nBrooke\n", cte="7bit"))
    report = multipart("report", text(human, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = H("Mail Delivery System <MAILER-DAEMON@mx1.example.org>", "Undelivered Mail Returned to Sender",
           "2026-12-03 14:31", DEN, "<20261203213103.7C1A2F0044@mx1.example.org>",
           extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(N(44), family="webinar", lang=LANG, interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Zoom webinar registration 'Cracking the data engineering interview' with ICS; a webinar, not an interview")
def n44() -> bytes:
    body = t("""
        Hi Brooke,

        Thank you for registering for "Cracking the Data Engineering Interview: SQL, Modeling & System Design".

        Date & Time: Oct 14, 2026 05:00 PM Mountain Time (US and Canada)

        Join from PC, Mac, iPad, or Android: https://us02web.zoom.us/w/81234500987?tk=Qx7
        Add to calendar: attached

        You can cancel your registration at any time.
        Quarry Academy Events
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications Inc//Zoom//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-81234500987
DTSTAMP:{stamp('2026-10-06 08:00', DEN)}
DTSTART:20261014T230000Z
DTEND:20261015T000000Z
SUMMARY:Cracking the Data Engineering Interview (webinar)
LOCATION:https://us02web.zoom.us/w/81234500987
END:VEVENT
END:VCALENDAR"""
    hs = H("Quarry Academy Events <no-reply@zoom.us>",
           "Cracking the Data Engineering Interview Confirmation", "2026-10-06 08:00", DEN,
           "<zoom.webinar.reg.81234500987.bj@zoom.us>", relay="mx-out.zoom.us")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics",
                                                  disposition="attachment")))


@mail(N(45), family="meetup", lang=LANG, interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Meetup RSVP reminder for a local data engineering meetup (mailing-list style headers)")
def n45() -> bytes:
    body = t("""
        Utah Data Engineering Meetup

        You're going! Lightning talks: "Interviews from the other side of the table"

        Wednesday, November 18, 2026 · 6:30 PM to 8:30 PM MST
        Kiln Coworking, 26 S Rio Grande St, Salt Lake City

        Pizza by our sponsor. Three hiring managers share what they look for in a data engineering
        interview, then open Q&A.

        Not going anymore? Update your RSVP on Meetup.
        """)
    hs = H("Meetup <info@meetup.com>", "Reminder: Interviews from the other side of the table", "2026-11-16 12:00",
           DEN, "<meetup.rsvp.utde.1118.bj@meetup.com>", relay="mail157-12.meetup.com",
           extra=(("List-Unsubscribe", "<https://www.meetup.com/unsubscribe/?t=bj88>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html("<div>" + body.replace("\n", "<br>") + "</div>\n")))


@mail(N(46), family="bank_advisor", lang=LANG, interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Bank financial-advisor appointment (401(k) rollover after the layoff) with a fixed time")
def n46() -> bytes:
    body = t("""
        Dear Brooke Jensen,

        This is a reminder of your upcoming appointment.

        Appointment: 401(k) rollover & retirement planning consultation
        Date: Friday, October 23, 2026
        Time: 2:00 PM MT
        Advisor: Luis Ferreira, Financial Advisor
        Branch: Zion Peak Bank - Sugar House, 2100 S Highland Dr

        Please bring a statement from your former employer's retirement plan. To reschedule, call
        801-555-0164.

        Zion Peak Bank, Member FDIC. Investment products are not FDIC insured.
        """)
    hs = H("Zion Peak Bank <appointments@notify.zionpeakbank.example.com>",
           "Appointment reminder: Friday, October 23 at 2:00 PM", "2026-10-20 09:00", DEN,
           "<zpb.appt.889213@notify.zionpeakbank.example.com>", relay="smtp.notify.zionpeakbank.example.com")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(47), family="reference_call", lang=LANG, interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Another company's recruiter confirms a reference call in which Brooke is the reference for a former "
           "colleague; fixed time, not Brooke's interview")
def n47() -> bytes:
    body = t("""
        Hi Brooke,

        Thank you for agreeing to serve as a reference for Marcus Tillman. Confirming our call for
        Wednesday, November 4 at 2:00 PM Mountain - I'll call you at 801-555-0120. It should take about
        15 minutes; I'll ask about his work on the freight-tracking data platform at Lakeshore.

        Appreciate your help!

        Renee Albright
        Talent Acquisition, Glacier Row Technologies
        """)
    hs = H(addr("Renee Albright", "renee.albright@glacierrow.example.com"),
           "Reference call for Marcus Tillman - Wednesday", "2026-10-30 15:40", DEN,
           "<CO1PR15MB4990E1D2@CO1PR15MB4990.namprd15.prod.outlook.com>",
           relay="mail-co1nam15on2081.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html("<p>" + body.replace("\n", "<br>") + "</p>\n")))


@mail(N(48), family="exit_interview", lang=LANG, interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Exit interview at the current (departing) employer with a fixed time; not a job interview")
def n48() -> bytes:
    body = t("""
        Hi Brooke,

        As part of your offboarding, we'd like to schedule a brief exit interview. I've booked
        Thursday, October 15 at 3:00 PM (Mountain) in HR Room 2B - or via Teams if you're remote that day.
        It takes about 30 minutes and your feedback is confidential.

        Also a reminder that your last day is Friday, October 16; please return your laptop and badge
        to IT by noon.

        Thank you for everything,
        Monica Shah
        HR Business Partner, Lakeshore Logistics
        """)
    hs = H(addr("Monica Shah", "monica.shah@lakeshorelogistics.example.com"), "Exit interview",
           "2026-10-08 11:20", DEN, "<CH2PR07MB6600EXIT1015@CH2PR07MB6600.namprd07.prod.outlook.com>",
           relay="mail-ch2nam07on2050.outbound.protection.outlook.com", to="brooke.jensen@lakeshorelogistics.example.com")
    return message(hs, text(body, charset="windows-1252"))


@mail(N(49), family="user_research", lang=LANG, interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="User-research session Brooke signed up for ('research interview', $75 gift card); fixed time, not a "
           "job interview")
def n49() -> bytes:
    hbody = t("""
        <html><body style="font-family:Inter,Arial,sans-serif">
        <h3>Your research session is confirmed</h3>
        <p>Hi Brooke,</p>
        <p>Thanks for participating in a study with <b>Trailhead Gear Co.</b>! Here are your session details:</p>
        <p>&#128197; Tuesday, November 17, 2026<br>&#128336; 4:00 PM - 4:45 PM MST<br>
        &#127909; Zoom (link sent 1 hour before)</p>
        <p>This is a 45-minute research interview about how you plan backcountry trips and shop for gear.
        You'll receive a $75 Amazon gift card within 5 business days after the session.</p>
        <p>- The Research Panels team</p>
        </body></html>
        """)
    hs = H("Research Panels <sessions@researchpanels.example.com>",
           "Confirmed: Trailhead Gear Co. research interview on Nov 17", "2026-11-12 10:10", DEN,
           "<rp.session.tgc.bj1117@researchpanels.example.com>", relay="o1.ptr.researchpanels.example.com")
    return message(hs, html(hbody, cte="base64"))


@mail(N(50), family="post_interview", lang=LANG, interview=False, company="Alta Crest Resorts",
      note="Hiring manager's thanks after the 19 Oct interview; 'decision next week' gives no new interview")
def n50() -> bytes:
    body = t("""
        Brooke -

        Thanks again for yesterday. Lupe and I both came away impressed, especially with how you handled
        the lift-ticket dedup question. We have two more candidates to talk to this week and hope to
        make a decision by end of next week. I'll be in touch either way.

        Nate

        Nate Sorensen
        IT Manager, Data & Integration | Alta Crest Resorts
        """)
    hs = H(addr("Nate Sorensen", "nate.sorensen@altacrestresorts.com"), "Thanks for yesterday",
           "2026-10-20 17:55", DEN, "<CAM5n8Sr2=thanks.bj@mail.gmail.com>", relay="mail-ed1-f49.google.com")
    return message(hs, text(body, cte="7bit"))
