"""blind25: 50 hand-written mails from the inbox of a Dublin-based customer success / operations
manager (Ciara Moynihan) applying to Irish, UK, remote-EMEA, Madrid and Paris roles.

Written blind (without reading the detector, its tests, or the other held-out sets' mails).
Build with ``python3 bench/heldout/make_blind.py blind25``. Keys 1..23 are positives, 24..50
negatives, in writing order; file numbers are a fixed shuffle of the writing order.
"""

from __future__ import annotations

import random
from html import escape as _esc

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
    mail,
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind25"
make.REGISTRY.setdefault(SET, [])
ORDER = random.Random(25025).sample(range(1, 51), 50)

ME = "ciara.moynihan@example.org"
ME_H = addr("Ciara Moynihan", ME)
DUB = "Europe/Dublin"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, ip: str,
        to: str = ME_H, extra: tuple = (), mx_id: str = "x1a2b3c4d5") -> list[tuple[str, str]]:
    rcv = received(f"from {relay} ({relay} [{ip}])", when, zone,
                   f"mx.example.org (Postfix) with ESMTPS id {mx_id}", ME)
    return [("Return-Path", "<bounce@" + relay + ">"), ("Delivered-To", ME), ("Received", rcv),
            ("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
            ("Message-ID", mid), *extra]


VTZ_DUBLIN = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
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

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-17T15:00:00Z", end="2026-03-17T15:30:00Z", contact="jenna.whitcombe@lanternfish.io",
      company="Lanternfish Software", local="Tue 2026-03-17 11:00", local_end="2026-03-17 11:30",
      zone="America/New_York",
      note="Greenhouse phone-screen confirmation, 11:00-11:30 AM EDT: the US is on daylight time from 8 March "
           "while Dublin is still on GMT until 29 March, so 15:00Z (the body's '3:00 PM Irish time' agrees); "
           "contact = Reply-To recruiter (also ICS ORGANIZER)")
def m01() -> bytes:
    body = t("""
        Hi Ciara,

        Thanks again for your interest in Lanternfish Software! I'm happy to confirm your phone screen for the Customer Success Manager, EMEA (Dublin) position.

        Interview Details
        Date: Tuesday, March 17th, 2026
        Time: 11:00 AM - 11:30 AM EDT (3:00 PM Irish time)
        Format: Phone call. Jenna will call you on the number in your application.
        Interviewer: Jenna Whitcombe, Senior Technical Recruiter

        A calendar invite is attached. If you need to reschedule, just reply to this email.

        Happy St. Patrick's Day in advance :)

        Best,
        Jenna Whitcombe
        Lanternfish Software | Recruiting
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Ciara,</p>
        <p>Thanks again for your interest in Lanternfish Software! I'm happy to confirm your phone screen for the <b>Customer Success Manager, EMEA (Dublin)</b> position.</p>
        <table cellpadding="4"><tr><td colspan="2"><b>Interview Details</b></td></tr>
        <tr><td>Date:</td><td>Tuesday, March 17th, 2026</td></tr>
        <tr><td>Time:</td><td>11:00 AM - 11:30 AM EDT (3:00 PM Irish time)</td></tr>
        <tr><td>Format:</td><td>Phone call. Jenna will call you on the number in your application.</td></tr>
        <tr><td>Interviewer:</td><td>Jenna Whitcombe, Senior Technical Recruiter</td></tr></table>
        <p>A calendar invite is attached. If you need to reschedule, just reply to this email.</p>
        <p>Happy St. Patrick's Day in advance :)</p>
        <p>Best,<br>Jenna Whitcombe<br>Lanternfish Software | Recruiting</p>
        <img src="https://app.greenhouse.io/email_opened/8f2a1c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ['America/New_York']}
BEGIN:VEVENT
UID:gh-interview-48213377@greenhouse.io
DTSTAMP:20260312T131402Z
DTSTART;TZID=America/New_York:20260317T110000
DTEND;TZID=America/New_York:20260317T113000
SUMMARY:Phone Screen: Ciara Moynihan <> Lanternfish Software
DESCRIPTION:Phone call. Jenna will call you on the number in your application.
ORGANIZER;CN=Jenna Whitcombe:mailto:jenna.whitcombe@lanternfish.io
ATTENDEE;CN=Ciara Moynihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), html(hbody)),
                calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", name_param=True))
    return message(hdr("Lanternfish Software <no-reply@us.greenhouse-mail.io>",
                       "Interview Confirmation: Customer Success Manager, EMEA at Lanternfish Software",
                       "2026-03-12 09:14:02", "America/New_York", "<0100018e2b7c.9f1d@us.greenhouse-mail.io>",
                       "o3.us.greenhouse-mail.io", "167.89.12.40",
                       extra=(("Reply-To", addr("Jenna Whitcombe", "jenna.whitcombe@lanternfish.io")),)), msg)


@mail(n(2), family="outlook_exchange", lang="en", interview=True, kind="scheduled",
      start="2026-04-09T13:00:00Z", end="2026-04-09T14:00:00Z", contact="donal.fitzgerald@brightgatehealth.com",
      company="Brightgate Health", local="Thu 2026-04-09 14:00", local_end="2026-04-09 15:00", zone=DUB,
      note="Exchange meeting request for an onsite panel in Cork; the When line shows '(UTC+00:00) Dublin, "
           "Edinburgh, Lisbon, London' but 9 April is Irish summer time (+01:00) -> 13:00Z, as the ICS "
           "(GMT Standard Time) says; contact = ORGANIZER / sender hiring manager")
def m02() -> bytes:
    teams = TEAMS.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ1ZTg3", mid="381 442 907 215",
                         pc="vK7tQ2")
    body = t("""
        When: Thursday, 9 April 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Brightgate Health, 3rd Floor, One Penrose Dock, Cork / Microsoft Teams Meeting

        Hi Ciara,

        Looking forward to meeting you in person on Thursday for the panel. You'll meet myself, Sinéad Murphy (VP Customer Operations, who'll join on Teams from Boston) and Kevin Lyons from our Support team.

        Ask for me at reception on the 3rd floor, parking is tricky around Penrose Dock so I'd leave a few minutes extra.

        Thanks,
        Donal

        Donal Fitzgerald
        Senior Manager, Customer Operations
        Brightgate Health | Cork

        """) + teams
    hbody = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + \
        "".join(f"<div>{_esc(line) or '&nbsp;'}</div>\n" for line in body.split("\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['GMT Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Donal Fitzgerald:mailto:donal.fitzgerald@brightgatehealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Moynihan:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sinead Murphy:mailto:sinead.murphy@brightgatehealth.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kevin Lyons:mailto:kevin.lyons@brightgatehealth.com
DESCRIPTION;LANGUAGE=en-US:Hi Ciara\\, Looking forward to meeting you in person on Thursday for the panel.\\n
UID:040000008200E00074C5B7101A82E008000000004A3F2B19D1C5DC01000000000000000010000000E9C1A63E1C0B7A4DB9F2
SUMMARY;LANGUAGE=en-US:Panel interview - Ciara Moynihan - Customer Operations Manager
DTSTART;TZID=GMT Standard Time:20260409T140000
DTEND;TZID=GMT Standard Time:20260409T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260406T090212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Brightgate Health\\, 3rd Floor\\, One Penrose Dock\\, Cork / Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118427345
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Brightgate Health\\, 3rd Floor\\, One Penrose Dock\\, Cork
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    msg = alt(text(body), html(hbody), calendar(ics, method="REQUEST", cte="base64"))
    extra = (("Thread-Topic", "Panel interview - Ciara Moynihan - Customer Operations Manager"),
             ("Thread-Index", "AdrF2k4Q8m1VbnT0SgeXh3bY1cZ0Kw=="),
             ("Content-Language", "en-IE"),
             ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-SCL", "1"))
    return message(hdr(addr("Donal Fitzgerald", "donal.fitzgerald@brightgatehealth.com"),
                       "Panel interview - Ciara Moynihan - Customer Operations Manager",
                       "2026-04-06 10:02:12", DUB,
                       "<DB9PR02MB7193A1C2E5F3B0E4D7B6C1A2F9A52@DB9PR02MB7193.eurprd02.prod.outlook.com>",
                       "mail-db8eur05on2071.outbound.protection.outlook.com", "40.107.20.71", extra=extra), msg)


@mail(n(3), family="agency_recruiter", lang="en", interview=True, kind="scheduled",
      start="2026-05-14T09:30:00Z", end=None, contact="aisling@kestrelrecruitment.ie", company="Fernway",
      local="Thu 2026-05-14 10:30", zone=DUB,
      note="Agency recruiter's short reply on top of the thread: 'locked in for Thurs at half ten' = Thursday "
           "14 May (Date Mon 11 May) 10:30 Irish summer time -> 09:30Z; no length in the confirming mail -> "
           "end null; company = the agency's client (hiring company); contact = agency recruiter (human sender)")
def m03() -> bytes:
    body = t("""
        Hi Ciara,

        Grand, that's locked in for Thurs at half ten with Mairéad Daly (Head of CS, EMEA). It'll be a Teams call, Fernway's side will send on the link. Shout if anything changes or you want a quick prep chat beforehand.

        Cheers,
        Aisling

        Aisling Brennan | Senior Consultant, Technology
        Kestrel Recruitment | 14 Fitzwilliam Place, Dublin 2
        +353 1 555 0192

        On Mon, 11 May 2026 at 14:02, Ciara Moynihan <ciara.moynihan@example.org> wrote:
        > Hi Aisling,
        >
        > Thursday morning suits best, any time from 10 on. Wednesday is tricky with work.
        >
        > Thanks a mil,
        > Ciara
        >
        > On Mon, 11 May 2026 at 11:20, Aisling Brennan <aisling@kestrelrecruitment.ie> wrote:
        >> Morning Ciara,
        >>
        >> Great news, Fernway would like to meet you for the CS Team Lead role! Could you do Wed afternoon or Thurs morning this week?
        >>
        >> Aisling
        """)
    msg = alt(text(body, cte="8bit"), html(gmail_html(body)))
    return message(hdr(addr("Aisling Brennan", "aisling@kestrelrecruitment.ie"), "Re: Fernway - CS Team Lead",
                       "2026-05-11 16:48:31", DUB, "<CAH7dPq1x9K3mZ_f0rW2LkQ@mail.gmail.com>",
                       "mail-wr1-f52.google.com", "209.85.221.52",
                       extra=(("In-Reply-To", "<CAJ2n5tV0c4Q@mail.gmail.com>"),
                              ("References", "<CAB8xYq2Lw@mail.gmail.com> <CAJ2n5tV0c4Q@mail.gmail.com>"))), msg)


@mail(n(4), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-04-22T09:00:00Z", end="2026-04-22T09:30:00Z", contact="tomas.reilly@meridianledger.com",
      company="Meridian Ledger", local="Wed 2026-04-22 10:00", local_end="2026-04-22 10:30", zone=DUB,
      note="Calendly invitee confirmation of a coffee chat with the hiring manager, shown in the invitee's "
           "zone 'Irish Standard Time' (UTC+1 in April, not India) -> 09:00Z; contact = Reply-To host")
def m04() -> bytes:
    body = t("""
        Hi Ciara Moynihan,

        Your Coffee chat with Tomás Reilly at 10:00am (Irish Standard Time) on Wednesday, April 22, 2026 is scheduled.

        Event Type:
        Coffee chat - Customer Success Lead (30 min)

        Event Date/Time:
        10:00am - 10:30am (Irish Standard Time), Wednesday, April 22, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/pvr-gqkd-tmn

        Invitee:
        Ciara Moynihan
        ciara.moynihan@example.org

        Questions:
        Anything you'd like to cover?
        How the CS team works with Sales on renewals, and what the first 90 days look like.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f3e21c4-9b0a-4d2e-8c55-1a0d2f6b9e71
        Reschedule: https://calendly.com/reschedulings/7f3e21c4-9b0a-4d2e-8c55-1a0d2f6b9e71

        Powered by Calendly.com
        """)
    hbody = t("""
        <!DOCTYPE html><html><body style="background:#f7f7f7;margin:0">
        <table width="100%" style="max-width:600px;margin:0 auto;background:#fff;font-family:Proxima Nova,Helvetica,Arial;color:#4d5055">
        <tr><td style="padding:24px">
        <p>Hi Ciara Moynihan,</p>
        <p>Your Coffee chat with Tom&aacute;s Reilly at 10:00am (Irish Standard Time) on Wednesday, April 22, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Coffee chat - Customer Success Lead (30 min)</p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Irish Standard Time), Wednesday, April 22, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/pvr-gqkd-tmn">Join now</a></p>
        <p><b>Invitee:</b><br>Ciara Moynihan<br>ciara.moynihan@example.org</p>
        <p><b>Questions:</b><br>Anything you'd like to cover?<br>How the CS team works with Sales on renewals, and what the first 90 days look like.</p>
        <p><a href="https://calendly.com/cancellations/7f3e21c4-9b0a-4d2e-8c55-1a0d2f6b9e71">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/7f3e21c4-9b0a-4d2e-8c55-1a0d2f6b9e71">Reschedule</a></p>
        <p style="font-size:12px;color:#999">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260417T151907Z
DTSTART:20260422T090000Z
DTEND:20260422T093000Z
SUMMARY:Coffee chat - Customer Success Lead (Ciara Moynihan and Tomás Reilly)
UID:7f3e21c4-9b0a-4d2e-8c55-1a0d2f6b9e71@calendly.com
DESCRIPTION:Event Name: Coffee chat - Customer Success Lead\\n\\nLocation: https://meet.google.com/pvr-gqkd-tmn\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/7f3e21c4-9b0a-4d2e-8c55-1a0d2f6b9e71
ORGANIZER;CN=Tomás Reilly:mailto:tomas.reilly@meridianledger.com
ATTENDEE;CN=Ciara Moynihan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
LOCATION:https://meet.google.com/pvr-gqkd-tmn
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), html(hbody)),
                calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hdr("Calendly <notifications@calendly.com>",
                       "Confirmed: Coffee chat - Customer Success Lead with Tomás Reilly on Wednesday, April 22, 2026",
                       "2026-04-17 16:19:07", DUB, "<6622a1f3b8e4c_2f1a3ff0d5e0c1d8@calendly-mailer-7b9d.mail>",
                       "o1.email.calendly.com", "149.72.40.3",
                       extra=(("Reply-To", addr("Tomás Reilly", "tomas.reilly@meridianledger.com")),)), msg)


@mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-06-04T16:00:00Z", end="2026-06-04T17:00:00Z", contact="priya.n@cobaltway.com",
      company="Cobaltway", local="Thu 2026-06-04 09:00", local_end="2026-06-04 10:00",
      zone="America/Los_Angeles",
      note="Lever confirmation, HTML only (base64), time given only in PDT (9-10 AM) -> 16:00Z (17:00 in "
           "Dublin); contact = Reply-To recruiter")
def m05() -> bytes:
    hbody = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview confirmation</title></head>
        <body style="margin:0;padding:0;background-color:#f4f5f7">
        <div style="max-width:560px;margin:24px auto;background:#ffffff;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#2b2f36">
        <img src="https://lever-client-logos.s3.amazonaws.com/cobaltway-logo.png" alt="Cobaltway" height="32">
        <p>Hi Ciara,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Customer Success Manager, EMEA (Remote)</strong> is confirmed.</p>
        <div style="border:1px solid #e1e4e8;border-radius:6px;padding:16px">
        <div style="font-weight:600">Thursday, June 4, 2026</div>
        <div>9:00 AM &ndash; 10:00 AM PDT</div>
        <div style="margin-top:8px">Zoom: <a href="https://cobaltway.zoom.us/j/84710293311">https://cobaltway.zoom.us/j/84710293311</a></div>
        <div style="margin-top:8px">You'll be speaking with:<br>&bull; Marisol Vega, VP Customer Success<br>&bull; Andre Kim, CS Manager, North America</div>
        </div>
        <p>Questions or need to change something? Reply to this email and it will go straight to Priya.</p>
        <p>Best,<br>The Cobaltway Recruiting Team</p>
        <p style="font-size:11px;color:#8a9099">Sent via Lever &middot; <a href="https://jobs.lever.co/cobaltway">Cobaltway careers</a></p>
        </div></body></html>
        """)
    return message(hdr("Cobaltway <no-reply@hire.lever.co>", "Your interview with Cobaltway is confirmed",
                       "2026-05-27 14:41:55", "America/Los_Angeles",
                       "<20260527214155.3c9f0a1e7b@hire.lever.co>", "mail-a23.hire.lever.co", "54.240.27.118",
                       extra=(("Reply-To", addr("Priya Natarajan", "priya.n@cobaltway.com")),)),
                   html(hbody, cte="base64"))


@mail(n(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-05-19T13:00:00Z", end="2026-05-19T14:00:00Z", contact="rebecca.achterberg@harbourline.co.uk",
      company="Harbourline", local="Tue 2026-05-19 14:00", local_end="2026-05-19 15:00", zone="Europe/London",
      note="Google Calendar invitation (UK locale) for an onsite final in London, 14:00-15:00 BST -> 13:00Z, "
           "ICS in UTC; contact = ORGANIZER")
def m06() -> bytes:
    body = t("""
        You have been invited to the following event.

        Final interview - Ciara Moynihan (Head of Support Operations)

        When
        Tuesday 19 May 2026 ⋅ 14:00 – 15:00 (British Summer Time)

        Where
        Harbourline, 40 Leman Street, London E1 8EU (map: https://www.google.com/maps/search/40+Leman+Street)

        Organiser
        Rebecca Achterberg
        rebecca.achterberg@harbourline.co.uk

        Guests
        Rebecca Achterberg - organiser
        Owen Pritchard
        ciara.moynihan@example.org

        Bring photo ID for the building. Owen (COO) will join for the second half hour.

        View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=MmY3cXA

        Reply for ciara.moynihan@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmY3cXA&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmY3cXA&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmY3cXA&rst=3
        More options: https://calendar.google.com/calendar/event?action=VIEW&eid=MmY3cXA

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    hbody = "<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260519T130000Z
DTEND:20260519T140000Z
DTSTAMP:20260512T085803Z
ORGANIZER;CN=Rebecca Achterberg:mailto:rebecca.achterberg@harbourline.co.uk
UID:2f7qp8c1m4kq0d3v9n6b1a5e3s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rebecca Achterberg;X-NUM-GUESTS=0:mailto:rebecca.achterberg@harbourline.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen Pritchard;X-NUM-GUESTS=0:mailto:owen.pritchard@harbourline.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-MICROSOFT-CDO-OWNERAPPTID:-1190246312
CREATED:20260512T085720Z
DESCRIPTION:Bring photo ID for the building. Owen (COO) will join for the second half hour.
LAST-MODIFIED:20260512T085803Z
LOCATION:Harbourline\\, 40 Leman Street\\, London E1 8EU
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final interview - Ciara Moynihan (Head of Support Operations)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body, cte="quoted-printable"), html(hbody), calendar(ics, method="REQUEST", cte="7bit")),
                calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                         disposition="attachment", name_param=True))
    subj = ("Invitation: Final interview - Ciara Moynihan (Head of Support Operations) @ Tue 19 May 2026 "
            "14:00 - 15:00 (BST) (ciara.moynihan@example.org)")
    return message(hdr(addr("Rebecca Achterberg", "rebecca.achterberg@harbourline.co.uk"), subj,
                       "2026-05-12 09:58:03", "Europe/London", "<calendar-5b1e0c2d-77af-4c11-9a0e-2b6f3d81c4e9@google.com>",
                       "mail-sor-f73.google.com", "209.85.220.73",
                       extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                              ("Reply-To", addr("Rebecca Achterberg", "rebecca.achterberg@harbourline.co.uk")))),
                   msg)


@mail(n(7), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-06-10T14:30:00Z", end="2026-06-10T15:15:00Z", contact="kayla.brooks@thornfieldanalytics.com",
      company="Thornfield Analytics", local="Wed 2026-06-10 10:30", local_end="2026-06-10 11:15",
      zone="America/New_York",
      note="Workday notification from the tenant mailbox; US MM/DD date 06/10/2026 = 10 June; 10:30-11:15 AM "
           "Eastern Daylight Time -> 14:30Z; contact = recruiter address in the body")
def m07() -> bytes:
    body = t("""
        Dear Ciara,

        Your interview for Customer Success Operations Lead (R-10482) has been scheduled. Please find the details below.

        Interview: Hiring Manager Interview
        Start Time: 06/10/2026 10:30 AM Eastern Daylight Time
        End Time: 06/10/2026 11:15 AM Eastern Daylight Time
        Interviewer(s): Marcus Dell (Director, Customer Success)
        Location: Zoom - https://thornfield.zoom.us/j/92210448817

        If you have any questions, please contact your recruiter Kayla Brooks at kayla.brooks@thornfieldanalytics.com.

        Thank you,
        Thornfield Analytics Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    hbody = t("""
        <html><body><div style="font-family:Arial;font-size:10pt">
        <p>Dear Ciara,</p>
        <p>Your interview for Customer Success Operations Lead (R-10482) has been scheduled. Please find the details below.</p>
        <p>Interview: Hiring Manager Interview<br>
        Start Time: 06/10/2026 10:30 AM Eastern Daylight Time<br>
        End Time: 06/10/2026 11:15 AM Eastern Daylight Time<br>
        Interviewer(s): Marcus Dell (Director, Customer Success)<br>
        Location: Zoom - <a href="https://thornfield.zoom.us/j/92210448817">https://thornfield.zoom.us/j/92210448817</a></p>
        <p>If you have any questions, please contact your recruiter Kayla Brooks at <a href="mailto:kayla.brooks@thornfieldanalytics.com">kayla.brooks@thornfieldanalytics.com</a>.</p>
        <p>Thank you,<br>Thornfield Analytics Talent Acquisition</p>
        <p style="color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
        """)
    return message(hdr("Thornfield Analytics <thornfield@myworkday.com>",
                       "Interview Scheduled - Customer Success Operations Lead (R-10482)",
                       "2026-06-04 11:07:40", "America/New_York", "<1517904772.88214.1780585660431@wd5-prod-mail>",
                       "smtp-out-wd5.myworkday.com", "139.177.50.22"),
                   alt(text(body), html(hbody)))


@mail(n(8), family="hirevue_live", lang="en", interview=True, kind="scheduled",
      start="2026-09-14T15:00:00Z", end="2026-09-14T15:45:00Z", contact=None, company="Pelican Systems",
      local="Mon 2026-09-14 16:00", local_end="2026-09-14 16:45", zone=DUB,
      note="HireVue live (not on-demand) interview scheduled, shown as 4:00 PM (GMT+01:00) Dublin, duration "
           "45 minutes -> 15:00-15:45Z; noreply sender and interviewer named without an address -> contact null")
def m08() -> bytes:
    body = t("""
        Hi Ciara,

        Pelican Systems has scheduled a live video interview with you for the role of Customer Operations Manager, EMEA.

        Date: Monday, September 14, 2026
        Time: 4:00 PM (GMT+01:00) Dublin
        Duration: 45 minutes
        Interviewer: Gavin Moore

        Join your interview: https://app.hirevue.com/live/join/4c1b7e0d-pelican
        We recommend joining 5 minutes early and testing your camera and microphone: https://app.hirevue.com/systemcheck

        Good luck!
        The Pelican Systems Talent Team

        Powered by HireVue. Please do not reply to this message.
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#eef1f4">
        <table align="center" width="600" style="background:#fff"><tr><td style="padding:30px">
        <h2 style="color:#003b5c">Your live interview is scheduled</h2>
        <p>Hi Ciara,</p>
        <p>Pelican Systems has scheduled a live video interview with you for the role of <b>Customer Operations Manager, EMEA</b>.</p>
        <p><b>Date:</b> Monday, September 14, 2026<br><b>Time:</b> 4:00 PM (GMT+01:00) Dublin<br><b>Duration:</b> 45 minutes<br><b>Interviewer:</b> Gavin Moore</p>
        <p><a href="https://app.hirevue.com/live/join/4c1b7e0d-pelican" style="background:#00a3e0;color:#fff;padding:10px 18px;text-decoration:none">Join your interview</a></p>
        <p>We recommend joining 5 minutes early and <a href="https://app.hirevue.com/systemcheck">testing your camera and microphone</a>.</p>
        <p>Good luck!<br>The Pelican Systems Talent Team</p>
        <p style="font-size:11px;color:#777">Powered by HireVue. Please do not reply to this message.</p>
        </td></tr></table></body></html>
        """)
    return message(hdr("Pelican Systems <noreply@hirevue.com>", "Live Interview Scheduled: Pelican Systems",
                       "2026-09-08 13:22:10", DUB, "<0102019b2f8c4e11-5da3c8e0@us-west-2.amazonses.com>",
                       "a48-113.smtp-out.amazonses.com", "54.240.48.113"),
                   alt(text(body), html(hbody)))


@mail(n(9), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T09:30:00Z", end=None, contact="lucia.serrano@tramontana-logistica.es",
      company="Tramontana Logística", local="Thu 2026-10-08 11:30", zone="Europe/Madrid",
      note="Spanish recruiter prose, iso-8859-1 quoted-printable: 'jueves 8 de octubre, a las 11:30 h (hora "
           "peninsular)' = CEST -> 09:30Z (10:30 in Dublin, as written); 'aproximadamente una hora' -> end null")
def m09() -> bytes:
    body = t("""
        Hola Ciara:

        Muchas gracias por tu tiempo al teléfono el otro día. Como te comenté, el siguiente paso es una entrevista con Javier Ortega, nuestro Director de Operaciones. Te la confirmo:

          - Jueves 8 de octubre, a las 11:30 h (hora peninsular; las 10:30 en Dublín)
          - Google Meet: https://meet.google.com/xqe-hbrw-mpa

        Durará aproximadamente una hora. Javier querrá repasar contigo cómo organizaste el equipo de soporte en tu puesto actual, así que tenlo a mano.

        Si necesitas cambiar algo, dímelo sin problema.

        Un saludo,

        Lucía Serrano
        Talent Acquisition | Tramontana Logística
        C/ de Alcalá 198, 28028 Madrid
        """)
    return message(hdr(addr("Lucía Serrano", "lucia.serrano@tramontana-logistica.es", "iso-8859-1"),
                       "Entrevista - Customer Operations Manager", "2026-10-05 17:36:12", "Europe/Madrid",
                       "<000a01dd54f2$1c3e8b70$54bba250$@tramontana-logistica.es>",
                       "smtp.tramontana-logistica.es", "185.42.118.9",
                       extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es"))),
                   text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(10), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T09:45:00Z", contact="camille.lefevre@maisonorbe.fr",
      company="Maison Orbe", local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone="Europe/Paris",
      note="French reply on top of the quoted proposal/acceptance: 'mardi 27 octobre à 10h (heure de Paris)', "
           "'45 minutes'; Europe is back on CET from 25 October, so 09:00Z although the mail is sent in CEST; "
           "contact = the recruiter (human sender)")
def m10() -> bytes:
    body = t("""
        Bonjour Ciara,

        Parfait, je vous confirme donc l'entretien avec Hugo Marchand, directeur Customer Success, mardi 27 octobre à 10h (heure de Paris). L'échange durera 45 minutes, en visio sur Teams : le lien vous arrive dans une invitation séparée.

        Attention, nous passons à l'heure d'hiver ce week-end, ce sera donc 9h chez vous à Dublin.

        Belle fin de semaine,

        Camille Lefèvre
        Talent Acquisition Partner
        Maison Orbe - 27 rue du Faubourg Saint-Antoine, 75011 Paris

        Le mar. 20 oct. 2026 à 09:12, Ciara Moynihan <ciara.moynihan@example.org> a écrit :
        > Bonjour Camille,
        >
        > Merci beaucoup ! Mardi 27 à 10h me convient parfaitement.
        >
        > Bien cordialement,
        > Ciara
        >
        > Le lun. 19 oct. 2026 à 16:40, Camille Lefèvre <camille.lefevre@maisonorbe.fr> a écrit :
        >> Bonjour Ciara,
        >>
        >> Seriez-vous disponible pour un premier entretien avec Hugo la semaine prochaine ? Je peux vous proposer mardi 27 octobre à 10h ou mercredi 28 à 15h (heure de Paris).
        """)
    return message(hdr(addr("Camille Lefèvre", "camille.lefevre@maisonorbe.fr"),
                       "Re: Candidature Customer Success Manager (EMEA) - Maison Orbe",
                       "2026-10-22 11:05:48", "Europe/Paris", "<CAF9rXw0b2M1qp7e_Kd4Hh@mail.gmail.com>",
                       "mail-ej1-f44.google.com", "209.85.218.44",
                       extra=(("In-Reply-To", "<CAPq7m0vYt2@mail.gmail.com>"),
                              ("References", "<CAM3sRb8fQ1@mail.gmail.com> <CAPq7m0vYt2@mail.gmail.com>"))),
                   alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(11), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T17:00:00Z", end="2026-11-05T18:00:00Z", contact="marcus.lindqvist@quillfeather.com",
      company="Quillfeather", local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:00",
      zone="America/Los_Angeles",
      note="SmartRecruiters booked-slot confirmation; 9-10 AM (GMT-08:00) Pacific Time on 5 Nov: the US is back on "
           "standard time from 1 Nov (mail sent in PDT) -> 17:00Z; contact = hiring manager address in the body")
def m11() -> bytes:
    body = t("""
        Hi Ciara,

        Thank you for selecting a time. Your interview with Quillfeather is confirmed.

        Senior Customer Success Manager, EMEA
        Thursday, November 5, 2026
        9:00 AM - 10:00 AM (GMT-08:00) Pacific Time

        Video call: https://quillfeather.zoom.us/j/96403318852
        Interviewer: Marcus Lindqvist, Director of Customer Success (marcus.lindqvist@quillfeather.com)

        Add to calendar: https://jobs.smartrecruiters.com/calendar/ics/3b7c0e91
        Need to reschedule? https://jobs.smartrecruiters.com/interview/3b7c0e91/reschedule

        Best regards,
        Quillfeather Hiring Team

        This message was sent by SmartRecruiters on behalf of Quillfeather.
        """)
    hbody = t("""
        <html><body style="font-family:Open Sans,Arial,sans-serif;color:#333">
        <p>Hi Ciara,</p>
        <p>Thank you for selecting a time. Your interview with Quillfeather is confirmed.</p>
        <table style="border-left:3px solid #0f9bd7;padding-left:12px"><tr><td>
        <b>Senior Customer Success Manager, EMEA</b><br>
        Thursday, November 5, 2026<br>
        9:00 AM - 10:00 AM (GMT-08:00) Pacific Time<br><br>
        Video call: <a href="https://quillfeather.zoom.us/j/96403318852">https://quillfeather.zoom.us/j/96403318852</a><br>
        Interviewer: Marcus Lindqvist, Director of Customer Success (<a href="mailto:marcus.lindqvist@quillfeather.com">marcus.lindqvist@quillfeather.com</a>)
        </td></tr></table>
        <p><a href="https://jobs.smartrecruiters.com/calendar/ics/3b7c0e91">Add to calendar</a> | <a href="https://jobs.smartrecruiters.com/interview/3b7c0e91/reschedule">Need to reschedule?</a></p>
        <p>Best regards,<br>Quillfeather Hiring Team</p>
        <p style="font-size:11px;color:#999">This message was sent by SmartRecruiters on behalf of Quillfeather.</p>
        </body></html>
        """)
    return message(hdr("Quillfeather Hiring Team <noreply@smartrecruiters.com>",
                       "Interview confirmed: Senior Customer Success Manager, EMEA",
                       "2026-10-29 08:20:33", "America/Los_Angeles", "<sr.3b7c0e91.1793287233@smartrecruiters.com>",
                       "mail12.smartrecruiters.com", "35.156.71.20"),
                   alt(text(body), html(hbody)))


@mail(n(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-07-15T10:00:00Z", end="2026-07-15T10:30:00Z", contact=None, company="Lagan Cloud",
      local="Wed 2026-07-15 11:00", local_end="2026-07-15 11:30", zone="Europe/London",
      note="Microsoft Bookings confirmation for a screening call (Belfast role): the body labels the zone "
           "'(UTC+00:00) Dublin, Edinburgh, Lisbon, London' but mid-July is BST -> 10:00Z, as the ICS (GMT "
           "Standard Time) says; Bookings mailbox, staff named without an address -> contact null")
def m12() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#323130">
        <p>Hi Ciara Moynihan,</p>
        <p>Thanks for booking with Lagan Cloud Talent Team. Your booking is confirmed.</p>
        <table style="border:1px solid #edebe9;padding:16px;width:100%">
        <tr><td style="font-size:18px;font-weight:600">Screening call - Customer Success Manager (Belfast)</td></tr>
        <tr><td>Wednesday, July 15, 2026</td></tr>
        <tr><td>11:00 AM - 11:30 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London</td></tr>
        <tr><td>Staff: Emma Kerr</td></tr>
        <tr><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2">Join Microsoft Teams Meeting</a></td></tr>
        </table>
        <p>Need to make a change? <a href="https://outlook.office365.com/owa/calendar/LaganCloudTalent@lagancloud.onmicrosoft.com/bookings/manage">Manage booking</a></p>
        <p>Lagan Cloud Ltd, The Gasworks, Ormeau Road, Belfast BT7 2JA</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['GMT Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Lagan Cloud Talent Team:mailto:LaganCloudTalent@lagancloud.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Moynihan:mailto:{ME}
DESCRIPTION;LANGUAGE=en-GB:Screening call - Customer Success Manager (Belfast)\\nStaff: Emma Kerr\\n
UID:040000008200E00074C5B7101A82E00800000000B7E4F2A1C2F4DC01000000000000000010000000A3D1
SUMMARY;LANGUAGE=en-GB:Screening call - Customer Success Manager (Belfast)
DTSTART;TZID=GMT Standard Time:20260715T110000
DTEND;TZID=GMT Standard Time:20260715T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260710T141530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(html(hbody), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True))
    return message(hdr(addr("Lagan Cloud Talent Team", "LaganCloudTalent@lagancloud.onmicrosoft.com"),
                       "Booking confirmed: Screening call - Customer Success Manager (Belfast)",
                       "2026-07-10 15:15:30", "Europe/London",
                       "<AM6PR10MB2885E0D49A7D3C1BE2F1A4D1C2A21@AM6PR10MB2885.EURPRD10.PROD.OUTLOOK.COM>",
                       "mail-am6eur05on2110.outbound.protection.outlook.com", "40.107.22.110"), msg)


@mail(n(13), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-07-23T12:00:00Z", end="2026-07-23T12:45:00Z", contact="sean.keane@bluecrestfleet.com",
      company="Bluecrest Fleet", local="Thu 2026-07-23 13:00", local_end="2026-07-23 13:45", zone=DUB,
      note="Teamtailor 'interview booked' for an onsite in Galway, 13:00-13:45 (Europe/Dublin, summer) -> 12:00Z; "
           "no-reply sender, contact = interviewer address written in the body (also ICS ORGANIZER)")
def m13() -> bytes:
    body = t("""
        Hi Ciara,

        Your interview for Customer Success Manager - Galway has been booked. See you soon!

        When: Thursday 23 July 2026, 13:00-13:45 (Europe/Dublin)
        Where: Bluecrest Fleet, Block 5, Galway Technology Park, Parkmore, Galway H91 E2K7
        With: Seán Keane (Customer Success Director) and Laura Finnerty (Solutions Engineer)

        Free parking on site, sign in at the front desk. If anything comes up, Seán's email is sean.keane@bluecrestfleet.com.

        Kind regards,
        Bluecrest Fleet

        Powered by Teamtailor
        """)
    hbody = "<html><body><div style=\"font-family:Inter,Arial\">" + \
        body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ_DUBLIN}
BEGIN:VEVENT
UID:tt-meeting-2291847@teamtailor.com
DTSTAMP:20260717T101205Z
DTSTART;TZID=Europe/Dublin:20260723T130000
DTEND;TZID=Europe/Dublin:20260723T134500
SUMMARY:Interview: Ciara Moynihan - Customer Success Manager - Galway
LOCATION:Bluecrest Fleet\\, Block 5\\, Galway Technology Park\\, Parkmore\\, Galway
ORGANIZER;CN=Seán Keane:mailto:sean.keane@bluecrestfleet.com
ATTENDEE;CN=Ciara Moynihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), html(hbody)),
                calendar(ics, method="REQUEST", cte="base64", filename="meeting.ics", disposition="attachment"))
    return message(hdr("Bluecrest Fleet <no-reply@teamtailor-mail.com>", "Interview booked with Bluecrest Fleet",
                       "2026-07-17 11:12:05", DUB, "<6697a1c5d2e1_3a7f2b1c94@teamtailor-mail.com>",
                       "mail-eu1.teamtailor-mail.com", "18.200.17.91"), msg)


@mail(n(14), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-08-21T13:00:00Z", end="2026-08-21T13:30:00Z", contact="kerry.ashworth@gannetbay.com",
      company="Gannetbay", local="Fri 2026-08-21 14:00", local_end="2026-08-21 14:30", zone="Europe/London",
      note="Candidate forwards a recruiter's mail to herself: 'I'll give you a ring at 2pm UK time' on Friday "
           "(Date Tue 18 Aug) = 21 Aug 14:00 BST -> 13:00Z, '30 minute chat' -> end; contact = recruiter in the "
           "forwarded header")
def m14() -> bytes:
    body = t("""
        note to self - Kerry from Gannetbay ringing Fri 2pm re the London CS role. have CV + questions ready!!

        ---------- Forwarded message ---------
        From: Kerry Ashworth <kerry.ashworth@gannetbay.com>
        Date: Tue, 18 Aug 2026 at 11:05
        Subject: Quick call on Friday
        To: Ciara Moynihan <ciara.moynihan@example.org>


        Hi Ciara,

        Thanks for getting back to me so quickly. Friday works - I'll give you a ring at 2pm UK time on the mobile number on your CV. It'll be a 30 minute chat about the Customer Success Manager role in our London office: your background, what you're looking for, and how the process works from here.

        Speak then,
        Kerry

        Kerry Ashworth
        Talent Partner | Gannetbay
        1 Fore Street Avenue, London EC2Y 9DT
        """)
    return message(hdr(ME_H, "Fwd: Quick call on Friday", "2026-08-18 12:31:09", DUB,
                       "<CAK3f9Wm2r_qZ0p1NnE@mail.gmail.com>", "mail-lf1-f48.google.com", "209.85.167.48"),
                   alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(15), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T15:00:00Z", end="2026-09-30T16:00:00Z", contact="danielle@stratuspine.com",
      company="Stratus Pine", local="Wed 2026-09-30 08:00", local_end="2026-09-30 09:00",
      zone="America/Los_Angeles",
      note="Ashby confirmation, 8:00-9:00 AM PDT with the candidate's time (4:00-5:00 PM IST = Irish Summer "
           "Time) -> 15:00Z; ICS in America/Los_Angeles; contact = Reply-To recruiter")
def m15() -> bytes:
    body = t("""
        Hi Ciara,

        Your interview with Stratus Pine is confirmed. We're looking forward to speaking with you!

        Role: Customer Success Manager, EMEA (Remote)
        Wednesday, September 30, 2026
        8:00 AM - 9:00 AM PDT (4:00 PM - 5:00 PM IST for you)
        Google Meet: https://meet.google.com/sbn-ykpe-hwa

        You'll meet with:
          Owen Takahashi - Head of Customer Success
          Leila Haddad - Senior CSM

        Questions? Just reply and it will reach Danielle Okafor.

        Thanks,
        Stratus Pine Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:0b8e4b4a-5c1d-4a9e-9e13-7f2a6c0d1e55
DTSTAMP:20260924T170211Z
DTSTART;TZID=America/Los_Angeles:20260930T080000
DTEND;TZID=America/Los_Angeles:20260930T090000
SEQUENCE:0
SUMMARY:Stratus Pine - Customer Success Manager, EMEA Interview
LOCATION:https://meet.google.com/sbn-ykpe-hwa
ORGANIZER;CN=Danielle Okafor:mailto:danielle@stratuspine.com
ATTENDEE;CN=Ciara Moynihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hbody = "<!DOCTYPE html><html lang=\"en\"><body style=\"font-family:Helvetica,Arial\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    msg = mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(hdr("Stratus Pine <no-reply@ashbyhq.com>",
                       "Interview confirmed: Customer Success Manager, EMEA at Stratus Pine",
                       "2026-09-24 10:02:11", "America/Los_Angeles",
                       "<010001923c7d8a11-6e2b4f0c-9a1d-4c3e-b8f7-1d5e2a9c0b4f-000000@email.amazonses.com>",
                       "mail.ashbyhq.com", "54.240.8.19",
                       extra=(("Reply-To", addr("Danielle Okafor", "danielle@stratuspine.com")),)), msg)


@mail(n(16), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T14:00:00Z", end="2026-11-17T15:00:00Z", contact="brianna.kowalski@harrowgate.com",
      company="Harrowgate Freight Tech", local="Tue 2026-11-17 08:00", local_end="2026-11-17 09:00",
      zone="America/Chicago",
      note="iCIMS confirmation: 11/17/2026 8:00 AM CST, 60 minutes -> 14:00-15:00Z (Chicago on CST, Dublin on "
           "GMT); contact = recruiter address in the body")
def m16() -> bytes:
    hbody = t("""
        <html><body>
        <table width="640" style="font-family:Verdana,Arial;font-size:12px">
        <tr><td><img src="https://careers-harrowgate.icims.com/logo.png" alt="Harrowgate"></td></tr>
        <tr><td>
        <p>Dear Ciara Moynihan,</p>
        <p>Thank you for your interest in the <b>Customer Success Operations Manager (Remote - EMEA)</b> position (Job ID 2026-4471). We are pleased to confirm your interview as follows:</p>
        <p>Date: 11/17/2026<br>
        Time: 8:00 AM CST (Central Time)<br>
        Duration: 60 minutes<br>
        Type: Panel interview via Microsoft Teams<br>
        Panel: Greg Halvorsen (VP Customer Experience), Tasha Lin (Sr. Manager, Onboarding)</p>
        <p>The Teams link will be in a separate calendar invitation. Should you have any questions, please contact Brianna Kowalski at brianna.kowalski@harrowgate.com or (312) 555-0148.</p>
        <p>Sincerely,<br>Harrowgate Freight Tech Talent Acquisition</p>
        <p style="font-size:10px;color:#666">Please do not reply to this automated message.</p>
        </td></tr></table></body></html>
        """)
    return message(hdr("Harrowgate Careers <careers-harrowgate@talent.icims.com>",
                       "Interview Confirmation - Customer Success Operations Manager (Remote - EMEA)",
                       "2026-11-10 15:48:02", "America/Chicago", "<1289901773.417221.1794347282@icims.com>",
                       "smtp03.icims.com", "67.231.153.42"), html(hbody, charset="windows-1252"))


@mail(n(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-04-15T15:00:00Z", end="2026-04-15T15:45:00Z", contact="niall.forde@vantagekite.com",
      company="Vantage Kite", local="Wed 2026-04-15 16:00", local_end="2026-04-15 16:45", zone=DUB,
      note="Greenhouse reschedule notice with both times; new time Wed 15 April 4:00-4:45 PM Irish Standard "
           "Time (summer, UTC+1) -> 15:00Z; ICS SEQUENCE:1; contact = Reply-To recruiter")
def m17() -> bytes:
    body = t("""
        Hi Ciara,

        Your interview for Customer Success Team Lead at Vantage Kite has been rescheduled. Please see the updated details below.

        PREVIOUS TIME (cancelled)
        Monday, April 13, 2026, 3:00 PM - 3:45 PM Irish Standard Time

        NEW TIME
        Wednesday, April 15, 2026, 4:00 PM - 4:45 PM Irish Standard Time
        Location: Vantage Kite, 2 Grand Canal Square, Dublin 2 (Meeting room "Liffey", 4th floor)
        Interviewers: Orla Shanahan (Director, Customer Success), Peter Vance (Support Engineering Manager)

        An updated calendar invitation is attached. Reply to this email if this no longer works for you.

        Thanks,
        Niall Forde
        Talent Acquisition, Vantage Kite
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_DUBLIN}
BEGIN:VEVENT
UID:gh-interview-51900422@greenhouse.io
DTSTAMP:20260410T101944Z
DTSTART;TZID=Europe/Dublin:20260415T160000
DTEND;TZID=Europe/Dublin:20260415T164500
SUMMARY:Onsite Interview: Ciara Moynihan - Customer Success Team Lead
LOCATION:Vantage Kite\\, 2 Grand Canal Square\\, Dublin 2
ORGANIZER;CN=Niall Forde:mailto:niall.forde@vantagekite.com
ATTENDEE;CN=Ciara Moynihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment"))
    return message(hdr("Vantage Kite <no-reply@greenhouse.io>",
                       "Rescheduled: Your interview with Vantage Kite", "2026-04-10 11:19:44", DUB,
                       "<0100018ec9f1a3b2-7fe1c2d4@greenhouse.io>", "o7.greenhouse-mail.io", "167.89.40.12",
                       extra=(("Reply-To", addr("Niall Forde", "niall.forde@vantagekite.com")),)), msg)


@mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-06-26T14:00:00Z", end=None, contact="rachel@tidewatersoftware.com", company="Tidewater Software",
      local="Fri 2026-06-26 15:00", zone=DUB,
      note="US hiring manager replies on top of the original invite text: moved from Thursday to 'Friday, same "
           "time - 3pm your time / 10am for me' (Date Tue 23 Jun, Boston) = Fri 26 June 15:00 Dublin -> 14:00Z; "
           "'about 45 mins' only in the quote -> end null; contact = sender")
def m18() -> bytes:
    body = t("""
        Hi Ciara - really sorry to do this, a board prep session has landed on Thursday afternoon. I've moved us to Friday, same time: 3pm your time / 10am for me. Updated invite should be in your inbox shortly, same Zoom link.

        Thanks for being flexible!
        Rachel

        Rachel Steinberg
        VP, Customer Success | Tidewater Software
        Boston, MA

        -----Original Message-----
        From: Rachel Steinberg <rachel@tidewatersoftware.com>
        Sent: Friday, June 19, 2026 1:12 PM
        To: Ciara Moynihan <ciara.moynihan@example.org>
        Subject: Tidewater - conversation re: Director of CS, EMEA

        Hi Ciara,

        Great to connect. Let's do Thursday 25 June at 3pm Irish time for about 45 mins on Zoom: https://tidewater.zoom.us/j/81123009941

        Rachel
        """)
    return message(hdr(addr("Rachel Steinberg", "rachel@tidewatersoftware.com"),
                       "RE: Tidewater - conversation re: Director of CS, EMEA", "2026-06-23 08:12:27",
                       "America/New_York",
                       "<BN8PR12MB3362F1B0C29E8A7A3E1D6C9BA2C12@BN8PR12MB3362.namprd12.prod.outlook.com>",
                       "mail-bn8nam12on2091.outbound.protection.outlook.com", "40.107.237.91",
                       extra=(("Thread-Topic", "Tidewater - conversation re: Director of CS, EMEA"),)),
                   text(body, charset="us-ascii", cte="7bit"))


@mail(n(19), family="outlook_exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-03-26T14:00:00Z", end="2026-03-26T15:00:00Z", contact="tyler.grant@northpointsec.com",
      company="Northpoint Security", local="Thu 2026-03-26 10:00", local_end="2026-03-26 11:00",
      zone="America/New_York",
      note="Exchange meeting update (SEQUENCE:2) moving the interview an hour later; When line says '(UTC-05:00) "
           "Eastern Time' but 26 March is EDT -> 14:00Z (Dublin still on GMT until 29 March, so also 14:00 "
           "there); contact = ORGANIZER")
def m19() -> bytes:
    teams = TEAMS.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGFiM2Mx", mid="244 918 375 620",
                         pc="Qp3Rz9")
    body = t("""
        When: Thursday, March 26, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Ciara - moving us an hour later as discussed so you're not rushing from the office. Same Teams link.
        Tyler

        """) + teams
    hbody = "<html><body>" + "".join(f"<p>{_esc(x)}</p>" for x in body.split("\n") if x) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['Eastern Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Tyler Grant:mailto:tyler.grant@northpointsec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Moynihan:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Ciara - moving us an hour later as discussed so you're not rushing from the office. Same Teams link.\\n
UID:040000008200E00074C5B7101A82E00800000000D4C1A9B3E6B6DC01000000000000000010000000F0C8
SUMMARY;LANGUAGE=en-US:Interview - Ciara Moynihan / Customer Success Manager (EMEA)
DTSTART;TZID=Eastern Standard Time:20260326T100000
DTEND;TZID=Eastern Standard Time:20260326T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260320T134507Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    msg = alt(text(body), html(hbody), calendar(ics, method="REQUEST", cte="base64"))
    return message(hdr(addr("Tyler Grant", "tyler.grant@northpointsec.com"),
                       "Updated: Interview - Ciara Moynihan / Customer Success Manager (EMEA)",
                       "2026-03-20 09:45:07", "America/New_York",
                       "<CH2PR11MB4440B3D1E07A9F2C5C1E8F7DA4C02@CH2PR11MB4440.namprd11.prod.outlook.com>",
                       "mail-ch2nam11on2102.outbound.protection.outlook.com", "40.107.223.102",
                       extra=(("Thread-Topic", "Interview - Ciara Moynihan / Customer Success Manager (EMEA)"),
                              ("X-MS-Has-Attach", ""))), msg)


@mail(n(20), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-10-09T09:30:00Z", end=None, contact="lucia.serrano@tramontana-logistica.es",
      company="Tramontana Logística", local="Fri 2026-10-09 11:30", zone="Europe/Madrid",
      note="Spanish reschedule, follow-up to the 8 Oct confirmation: 'la pasamos al viernes 9, a la misma hora "
           "(11:30 h de Madrid)' -> 09:30Z; contact = recruiter (sender)")
def m20() -> bytes:
    body = t("""
        Hola de nuevo, Ciara:

        Perdona el cambio de última hora: a Javier le ha surgido un viaje a Zaragoza el jueves. La pasamos al viernes 9 de octubre, a la misma hora (11:30 h de Madrid, 10:30 en Dublín), con el mismo enlace de Meet. Ya te he reenviado la invitación actualizada.

        ¡Gracias por la flexibilidad!

        Lucía

        Lucía Serrano
        Talent Acquisition | Tramontana Logística
        """)
    return message(hdr(addr("Lucía Serrano", "lucia.serrano@tramontana-logistica.es"),
                       "RE: Entrevista - Customer Operations Manager", "2026-10-07 09:58:40", "Europe/Madrid",
                       "<001b01dd5641$7a2e4c10$6e8ae430$@tramontana-logistica.es>", "smtp.tramontana-logistica.es",
                       "185.42.118.9",
                       extra=(("In-Reply-To", "<000a01dd54f2$1c3e8b70$54bba250$@tramontana-logistica.es>"),
                              ("X-Mailer", "Microsoft Outlook 16.0"))),
                   text(body, cte="quoted-printable"))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-09-07T16:00:00Z", end="2026-09-07T17:00:00Z", contact="ben.alvarez@loomisgrid.com",
      company="Loomis Grid", local="Mon 2026-09-07 11:00", local_end="2026-09-07 12:00", zone="America/Chicago",
      note="Google Calendar cancellation with a note (US Labor Day), METHOD:CANCEL; cancelled slot 11am-12pm CDT "
           "-> 16:00Z; contact = ORGANIZER")
def m21() -> bytes:
    body = t("""
        This event has been cancelled with a note:
        "Apologies Ciara - I hadn't spotted Monday is Labor Day here. Jess from our recruiting team will send you new times."

        Technical interview - Ciara Moynihan (Support Operations Manager, EMEA)

        When
        Monday Sep 7, 2026 ⋅ 11am – 12pm (Central Time - Chicago)

        Guests
        Ben Alvarez - organizer
        ciara.moynihan@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260907T160000Z
DTEND:20260907T170000Z
DTSTAMP:20260902T142201Z
ORGANIZER;CN=Ben Alvarez:mailto:ben.alvarez@loomisgrid.com
UID:6k1r9t0pq2c8m3a7v5e4n1s0b8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:Apologies Ciara - I hadn't spotted Monday is Labor Day here.
LAST-MODIFIED:20260902T142201Z
LOCATION:https://meet.google.com/dwk-rnzs-qbe
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Technical interview - Ciara Moynihan (Support Operations Manager\\, EMEA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hbody = "<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n"
    msg = mixed(alt(text(body), html(hbody), calendar(ics, method="CANCEL")),
                calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                         disposition="attachment", name_param=True))
    subj = ("Canceled event with note: Technical interview - Ciara Moynihan (Support Operations Manager, EMEA) "
            "@ Mon Sep 7, 2026 11am - 12pm (CDT) (ciara.moynihan@example.org)")
    return message(hdr(addr("Ben Alvarez", "ben.alvarez@loomisgrid.com"), subj, "2026-09-02 09:22:01",
                       "America/Chicago", "<calendar-a91e3c7f-0d24-4b6e-9c18-7e5f2d3b1a08@google.com>",
                       "mail-sor-f69.google.com", "209.85.220.69",
                       extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)), msg)


@mail(n(22), family="workable", lang="en", interview=True, kind="cancelled",
      start="2026-07-21T11:00:00Z", end="2026-07-21T11:45:00Z", contact=None, company="Pebblewick",
      local="Tue 2026-07-21 12:00", local_end="2026-07-21 12:45", zone=DUB,
      note="Workable cancellation with METHOD:CANCEL ICS; cancelled slot Tuesday 21 July 12:00-12:45 (GMT+01:00 "
           "Dublin) -> 11:00Z; Reply-To is a Workable relay and the People Partner has no address -> contact null")
def m22() -> bytes:
    body = t("""
        Hi Ciara,

        Unfortunately we need to cancel your interview for the Customer Operations Manager (Remote, EMEA) role, which was scheduled for Tuesday, 21 July 2026 from 12:00 to 12:45 (GMT+01:00) Dublin.

        Our hiring manager is unexpectedly out of office next week. We're sorry for the short notice; Hannah Byrne, our People Partner, will be in touch to find a new slot.

        Best regards,
        Pebblewick Hiring Team

        --
        Sent with Workable
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:wk-event-77d03a1e9b@workable.com
DTSTAMP:20260716T082911Z
DTSTART:20260721T110000Z
DTEND:20260721T114500Z
SUMMARY:Interview: Ciara Moynihan for Customer Operations Manager (Remote\\, EMEA)
ORGANIZER;CN=Pebblewick:mailto:pebblewick+e7c41b@candidates.workablemail.com
ATTENDEE;CN=Ciara Moynihan:mailto:{ME}
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(body), html("<html><body>" + body.replace("\n", "<br>") + "</body></html>")),
                calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment"))
    return message(hdr("Pebblewick <noreply@candidates.workablemail.com>",
                       "Interview cancelled: Customer Operations Manager (Remote, EMEA)", "2026-07-16 09:29:11", DUB,
                       "<20260716082911.1.77d03a1e9b@candidates.workablemail.com>", "mail-out-7.workablemail.com",
                       "52.16.91.204",
                       extra=(("Reply-To", "Pebblewick <pebblewick+e7c41b@candidates.workablemail.com>"),)), msg)


@mail(n(23), family="agency_recruiter", lang="en", interview=True, kind="cancelled",
      start="2026-09-17T13:00:00Z", end=None, contact="aisling@kestrelrecruitment.ie", company="Ardmore Data",
      local="Thu 2026-09-17 14:00", zone=DUB,
      note="Agency recruiter's texting-style note from a phone: 'tmrw's 2pm w/ Declan is off' (Date Wed 16 Sep, 07:40) "
           "= Thu 17 Sep 14:00 Dublin -> 13:00Z; role on hold, no new time -> cancelled; company = the client")
def m23() -> bytes:
    body = t("""
        Hi Ciara, bad news I'm afraid - Ardmore have put the Ops Manager role on hold (budget freeze) so tmrw's 2pm w/ Declan is off. V sorry, I know you'd prepped loads. Will keep u posted if it comes back + have a couple of others I want to run by u next week.

        A

        Sent from my iPhone
        """)
    return message(hdr(addr("Aisling Brennan", "aisling@kestrelrecruitment.ie"), "Re: Ardmore 2nd stage",
                       "2026-09-16 07:40:55", DUB, "<3F1C9A2E-7B4D-4E21-9C6A-0D8E5B2F1A73@kestrelrecruitment.ie>",
                       "mail-eopbgr10092.outbound.protection.outlook.com", "40.107.1.92",
                       extra=(("X-Mailer", "iPhone Mail (21G93)"),)),
                   text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== negatives


@mail(n(24), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert; 'Actively recruiting' and 'interviewing' badges confirm nothing")
def m24() -> bytes:
    body = t("""
        Your job alert for customer success manager in Dublin, County Dublin, Ireland
        14 new jobs match your preferences.

        Customer Success Manager, EMEA
        Lanternfish Software - Dublin, County Dublin, Ireland (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/3981220457/

        Senior Customer Success Manager
        Ardmore Data - Dublin (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/3981377102/

        Customer Operations Lead
        Fintrail - Dublin (Remote)
        Your profile matches this job - Hiring team is interviewing now
        View job: https://www.linkedin.com/comm/jobs/view/3979004112/

        Renewals Manager, UK&I
        Kittiwake Health - Dublin (Hybrid)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/3982111840/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=customer%20success%20manager

        This email was intended for Ciara Moynihan (Customer Success Manager at Liffey Payments)
        You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
        """)
    hbody = "<html><body style=\"font-family:-apple-system,system-ui\"><table width=\"100%\">" + "".join(
        f"<tr><td style=\"padding:4px 0\">{p.replace(chr(10), '<br>')}</td></tr>" for p in body.split("\n\n")) + \
        "</table></body></html>\n"
    return message(hdr("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
                       "\u201ccustomer success manager\u201d: 14 opportunities in Dublin", "2026-03-04 07:31:12", DUB,
                       "<1318440911.4812774.1772609472391@ltx1-app6711.prod.linkedin.com>",
                       "mailb-ac.linkedin.com", "108.174.6.196",
                       extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),)),
                   alt(text(body), html(hbody)))


@mail(n(25), family="job_alert", lang="en", interview=False, company=None,
      note="IrishJobs.ie job alert, HTML only; mentions 'interviews this week' in a job snippet")
def m25() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial;background:#f2f2f2">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="background:#00609c;color:#fff;padding:12px;font-size:20px">IrishJobs.ie</td></tr>
        <tr><td style="padding:12px">
        <p>Hi Ciara, we found <b>9 new jobs</b> matching your alert <i>Operations Manager - Cork</i>.</p>
        <p><a href="https://www.irishjobs.ie/job/operations-manager/brightgate-health-job101990">Customer Operations Manager</a><br>Brightgate Health - Cork City<br>&euro;75,000 - &euro;90,000</p>
        <p><a href="https://www.irishjobs.ie/job/service-delivery-manager/corrib-it-job101882">Service Delivery Manager</a><br>Corrib IT Services - Cork / Hybrid<br>Immediate start, interviews taking place this week</p>
        <p><a href="https://www.irishjobs.ie/job/support-operations-lead/harbour-grid-job101771">Support Operations Lead</a><br>Harbour Grid - Ballincollig, Co. Cork<br>Negotiable</p>
        <p><a href="https://www.irishjobs.ie/jobs/operations-manager/in-cork">See all 9 jobs</a></p>
        <p style="font-size:11px;color:#888">You are receiving this email because you created a job alert on IrishJobs.ie. <a href="https://www.irishjobs.ie/account/alerts">Manage alerts</a> | <a href="https://www.irishjobs.ie/unsubscribe">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    return message(hdr("IrishJobs.ie <alerts@irishjobs.ie>", "9 new Operations Manager jobs in Cork",
                       "2026-03-30 06:02:44", DUB, "<20260330050244.91c2e@mailer.irishjobs.ie>",
                       "mailer.irishjobs.ie", "185.19.73.21",
                       extra=(("List-Unsubscribe", "<https://www.irishjobs.ie/unsubscribe>"),)),
                   html(hbody, charset="iso-8859-1"))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Thornfield Analytics",
      note="Workday application receipt (before the interview in the same thread)")
def m26() -> bytes:
    body = t("""
        Dear Ciara,

        Thank you for applying to the Customer Success Operations Lead (R-10482) position at Thornfield Analytics. We have received your application and our Talent Acquisition team is reviewing it.

        If your qualifications match the needs of the role, a recruiter will contact you to discuss next steps, which may include scheduling interviews with the hiring team.

        You can check the status of your application at any time by signing in to your candidate home: https://thornfield.wd5.myworkdayjobs.com/Careers/userHome

        Thank you,
        Thornfield Analytics Talent Acquisition
        """)
    return message(hdr("Thornfield Analytics <thornfield@myworkday.com>",
                       "Thank you for applying - Customer Success Operations Lead (R-10482)",
                       "2026-05-18 15:40:19", "America/New_York", "<883011902.71522.1779133219876@wd5-prod-mail>",
                       "smtp-out-wd5.myworkday.com", "139.177.50.22"), text(body))


@mail(n(27), family="rejection", lang="en", interview=False, company="Lanternfish Software",
      note="Greenhouse rejection after the phone screen; mentions the past call ('last Tuesday')")
def m27() -> bytes:
    body = t("""
        Hi Ciara,

        Thank you for taking the time to speak with me last Tuesday about the Customer Success Manager, EMEA role. I really enjoyed our conversation.

        After careful consideration, we've decided to move forward with other candidates whose experience more closely matches what the team needs right now. This was a difficult decision, and it's no reflection on the strength of your background.

        We'd love to stay in touch and will keep your profile on file for future openings in Dublin.

        All the best,
        Jenna Whitcombe
        Lanternfish Software | Recruiting
        """)
    return message(hdr("Lanternfish Software <no-reply@us.greenhouse-mail.io>",
                       "Your application to Lanternfish Software", "2026-03-25 12:03:50", "America/New_York",
                       "<0100018e6f11c0a2-2c1e@us.greenhouse-mail.io>", "o3.us.greenhouse-mail.io", "167.89.12.40",
                       extra=(("Reply-To", addr("Jenna Whitcombe", "jenna.whitcombe@lanternfish.io")),)),
                   alt(text(body), html(gmail_html(body))))


@mail(n(28), family="offer", lang="en", interview=False, company="Vantage Kite",
      note="Offer mail; proposes a fixed call to walk through the offer and states a start date -- not an "
           "interview", days=(("Thu", "2026-04-30"), ("Mon", "2026-06-01")))
def m28() -> bytes:
    body = t("""
        Hi Ciara,

        I'm delighted to let you know that we'd like to offer you the role of Customer Success Team Lead at Vantage Kite! Orla and Peter were really impressed on the day, and the whole panel was unanimous.

        Your formal offer letter is attached, with a base salary of EUR 82,000, 10% bonus and the benefits summary. We'd propose a start date of Monday 1 June 2026, but we're flexible if you need to work out a longer notice period.

        Could we jump on a quick Teams call on Thursday 30 April at 4pm to walk through it and answer any questions? If that doesn't suit, just let me know.

        Congratulations again,
        Niall

        Niall Forde
        Talent Acquisition, Vantage Kite
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Offer_Letter_Ciara_Moynihan.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Offer_Letter_Ciara_Moynihan.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message(hdr(addr("Niall Forde", "niall.forde@vantagekite.com"), "Offer - Customer Success Team Lead",
                       "2026-04-27 17:22:08", DUB, "<VI1PR08MB5376C0E8B1A2F4D97E1B3C2FA8D21@VI1PR08MB5376.eurprd08.prod.outlook.com>",
                       "mail-vi1eur04on2083.outbound.protection.outlook.com", "40.107.8.83"),
                   mixed(text(body), pdf))


@mail(n(29), family="recruiter_outreach", lang="en", interview=False, company="Kestrel Recruitment",
      note="Agency outreach: 'let me know when suits and I'll give you a ring' -- no time fixed")
def m29() -> bytes:
    body = t("""
        Hi Ciara,

        Hope you're keeping well! I came across your profile and think you'd be a great fit for a CS Team Lead role I'm working on with a US fintech client who've just opened their EMEA hub on the quays. Hybrid, 3 days in, strong package + equity.

        Would you be open to a quick chat this week? No bother if the timing isn't right. Let me know when suits and I'll give you a ring, I'm around most afternoons.

        Cheers,
        Aisling

        Aisling Brennan | Senior Consultant, Technology
        Kestrel Recruitment | 14 Fitzwilliam Place, Dublin 2
        +353 1 555 0192
        """)
    return message(hdr(addr("Aisling Brennan", "aisling@kestrelrecruitment.ie"),
                       "CS Team Lead - US fintech, Dublin", "2026-05-05 10:14:37", DUB,
                       "<CAB8xYq2Lw@mail.gmail.com>", "mail-wr1-f47.google.com", "209.85.221.47"),
                   alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(30), family="scheduling_link", lang="en", interview=False, company="Fernleaf Health",
      note="Indeed interview invitation asking the candidate to pick a time; nothing booked yet")
def m30() -> bytes:
    body = t("""
        Fernleaf Health has invited you to an interview

        Hi Ciara,

        Good news! Fernleaf Health would like to interview you for Customer Support Operations Manager in Dublin.

        Interview type: Video call (Indeed Interview)
        Duration: 30 minutes

        Choose a time that works for you. Available slots are shown in your local time (Dublin).

        Select a time: https://ie.indeed.com/interview/schedule?token=c7ad91e4b0

        Please respond by Friday so the employer can plan their week.

        Good luck,
        The Indeed Team

        Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2
        """)
    return message(hdr("Indeed <no-reply@indeed.com>",
                       "Interview invitation: Customer Support Operations Manager at Fernleaf Health",
                       "2026-06-15 13:07:55", DUB, "<9c1e0f2d.27a4b.indeed@mail.indeed.com>",
                       "mail.indeed.com", "169.45.89.172"), alt(text(body), html(gmail_html(body))))


@mail(n(31), family="slot_proposal", lang="en", interview=False, company="Redwater IO",
      note="US hiring manager proposes three ET slots with MM/DD dates; not agreed yet",
      days=(("Mon", "2026-08-10"), ("Tue", "2026-08-11"), ("Wed", "2026-08-12")))
def m31() -> bytes:
    body = t("""
        Hi Ciara,

        Thanks for your patience! Our Head of CS would love to chat. Would any of these work for a 45-min video call?

        - Mon 8/10, 10am ET
        - Tue 8/11, 9am ET
        - Wed 8/12, 11:30am ET

        I know that's afternoon for you in Dublin, hopefully one of them fits. Let me know and I'll send a calendar invite.

        Thanks!
        Courtney

        Courtney Mills | Recruiting Coordinator | Redwater IO
        """)
    return message(hdr(addr("Courtney Mills", "courtney.mills@redwater.io"), "Redwater IO - next steps",
                       "2026-08-05 16:30:02", "America/Denver", "<CAG5ftY0p3x@mail.gmail.com>",
                       "mail-qt1-f171.google.com", "209.85.160.171"),
                   alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(32), family="take_home", lang="en", interview=False, company="Cobaltway",
      note="Take-home case exercise with a deadline; the panel is 'to be scheduled'",
      days=(("Mon", "2026-06-15"),))
def m32() -> bytes:
    body = t("""
        Hi Ciara,

        Thanks again for your time with Marisol and Andre last week - they really enjoyed the conversation. We'd like to move you to the next stage: a short case exercise.

        The brief is attached. Please put together a 20-minute deck on how you'd turn around a declining-health enterprise account, and send it to me by Monday, June 15 at 9:00 AM PT. We'll then schedule a 60-minute panel where you present it to the team.

        Please don't spend more than 3-4 hours on it.

        Best,
        Priya

        Priya Natarajan | Recruiting | Cobaltway
        """)
    return message(hdr(addr("Priya Natarajan", "priya.n@cobaltway.com"), "Cobaltway - case exercise",
                       "2026-06-08 10:12:45", "America/Los_Angeles", "<CAL1pK9r3mE@mail.gmail.com>",
                       "mail-pj1-f54.google.com", "209.85.216.54"),
                   alt(text(body), html(gmail_html(body))))


@mail(n(33), family="assessment", lang="en", interview=False, company="Pelican Systems",
      note="HireVue on-demand (one-way) video interview to complete by a deadline; no scheduled meeting",
      days=(("Fri", "2026-08-28"),))
def m33() -> bytes:
    body = t("""
        Hi Ciara,

        Thank you for applying to Pelican Systems! As the next step, we'd like you to complete a short on-demand video interview for the Customer Operations Manager, EMEA role.

        You can complete the interview whenever suits you, from any device, before Friday, August 28, 2026 at 11:59 PM (your local time). It takes about 20 minutes: 5 questions, 3 minutes per answer, with a practice question first.

        Start your interview: https://app.hirevue.com/interviews/odi/8f0c22b1

        Good luck!
        The Pelican Systems Talent Team

        Powered by HireVue. Please do not reply to this message.
        """)
    return message(hdr("Pelican Systems <noreply@hirevue.com>",
                       "Pelican Systems: Complete your on-demand video interview", "2026-08-21 14:03:00", DUB,
                       "<0102019a8d1f-4c1e@us-west-2.amazonses.com>", "a48-112.smtp-out.amazonses.com",
                       "54.240.48.112"), alt(text(body), html(gmail_html(body))))


@mail(n(34), family="application_ack", lang="es", interview=False, company="Tramontana Logística",
      note="Spanish application receipt (Teamtailor), windows-1252; 'si tu perfil encaja... entrevista' is "
           "hypothetical")
def m34() -> bytes:
    body = t("""
        Hola Ciara:

        ¡Gracias por tu interés en Tramontana Logística! Hemos recibido tu candidatura para el puesto de Customer Operations Manager (Madrid / remoto).

        Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos, te escribiremos para concertar una primera entrevista telefónica.

        Mientras tanto, puedes conocernos mejor en nuestra página de empleo: https://empleo.tramontana-logistica.es

        Un saludo,
        El equipo de Talento de Tramontana Logística
        """)
    return message(hdr(addr("Tramontana Logística", "no-reply@teamtailor-mail.com", "windows-1252"),
                       "Hemos recibido tu candidatura - Customer Operations Manager", "2026-09-21 10:44:31",
                       "Europe/Madrid", "<66ee8a3f4c1b_2a1c9e7b31@teamtailor-mail.com>",
                       "mail-eu1.teamtailor-mail.com", "18.200.17.91"),
                   text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(35), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Dentist appointment confirmation with ICS; a confirmed time but not an interview",
      days=(("Tue", "2026-04-14"),))
def m35() -> bytes:
    body = t("""
        Hi Ciara,

        This is to confirm your appointment at Smile Clinic Ranelagh:

        Tuesday 14 April 2026 at 09:15
        Hygienist - Check-up & clean (40 mins)
        with Dr. Aoife Kinsella

        Please arrive 5 minutes early. If you need to cancel or change, give us 24 hours' notice on 01 555 0173 or reply to this email.

        Smile Clinic Ranelagh, 41 Ranelagh Village, Dublin 6
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Dentally//Appointments//EN
METHOD:PUBLISH
{VTZ_DUBLIN}
BEGIN:VEVENT
UID:appt-7731902@dentally.co
DTSTAMP:20260407T101500Z
DTSTART;TZID=Europe/Dublin:20260414T091500
DTEND;TZID=Europe/Dublin:20260414T095500
SUMMARY:Dental appointment - Smile Clinic Ranelagh
LOCATION:41 Ranelagh Village\\, Dublin 6
END:VEVENT
END:VCALENDAR"""
    return message(hdr("Smile Clinic Ranelagh <appointments@smileclinicranelagh.ie>",
                       "Appointment confirmation - Tue 14 April 09:15", "2026-04-07 11:15:00", DUB,
                       "<appt-7731902-confirm@dentally.co>", "mta2.dentally.co", "52.56.120.33"),
                   mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                              disposition="attachment")))


@mail(n(36), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Recurring team stand-up at the current employer (Exchange invite auto-forwarded from her work "
           "mailbox); not an interview")
def m36() -> bytes:
    body = t("""
        When: Occurs every weekday effective 04/05/2026 from 09:15 to 09:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Moving our daily CS stand-up to 9:15 from next week so the Cork folks can join after the school run. Same format: blockers, escalations, renewals at risk.

        Niamh

        """) + TEAMS.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmI0", mid="315 772 009 881",
                            pc="X8wLq4")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['GMT Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Niamh Gallagher:mailto:niamh.gallagher@liffeypayments.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Moynihan:mailto:ciara.moynihan@liffeypayments.ie
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000C9D2E1F0A3B4DC01000000000000000010000000B1E2
SUMMARY;LANGUAGE=en-IE:Daily CS stand-up
DTSTART;TZID=GMT Standard Time:20260504T091500
DTEND;TZID=GMT Standard Time:20260504T093000
DTSTAMP:20260428T160344Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    return message(hdr(addr("Niamh Gallagher", "niamh.gallagher@liffeypayments.ie"), "Daily CS stand-up",
                       "2026-04-28 17:03:44", DUB,
                       "<DU0PR03MB8417A2B1C3D4E5F60718293A4B5C6@DU0PR03MB8417.eurprd03.prod.outlook.com>",
                       "mail-du0eur03on2120.outbound.protection.outlook.com", "40.107.13.120",
                       to=addr("Ciara Moynihan", "ciara.moynihan@liffeypayments.ie"),
                       extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", "ciara.moynihan@liffeypayments.ie " + ME))),
                   alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(37), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Google Calendar update of a weekly 1:1 with the current manager ('career chat'); not an interview")
def m37() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Ciara / Niamh 1:1 (career chat this week)

        When
        CHANGED
        Friday 12 June 2026 ⋅ 11:30 – 12:00 (Irish Standard Time)

        Guests
        Niamh Gallagher - organiser
        ciara.moynihan@example.org

        Bumping to 11:30 as I'm on a customer call at 11. Let's use this one to talk about the senior role and where you want to go next :)

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260612T103000Z
DTEND:20260612T110000Z
DTSTAMP:20260609T074512Z
ORGANIZER;CN=Niamh Gallagher:mailto:niamh.gallagher@gmail.com
UID:1q0c9e8a7t6m5r4k3p2n1b0v9z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
SEQUENCE:3
STATUS:CONFIRMED
SUMMARY:Ciara / Niamh 1:1 (career chat this week)
END:VEVENT
END:VCALENDAR"""
    subj = ("Updated invitation: Ciara / Niamh 1:1 (career chat this week) @ Fri 12 Jun 2026 11:30 - 12:00 (IST) "
            "(ciara.moynihan@example.org)")
    return message(hdr(addr("Niamh Gallagher", "niamh.gallagher@gmail.com"), subj, "2026-06-09 08:45:12", DUB,
                       "<calendar-3f0a9c1e-52bd-4e7a-8c6f-91d2a0e7b4c3@google.com>", "mail-sor-f41.google.com",
                       "209.85.220.41",
                       extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
                   alt(text(body), html("<html><body>" + body.replace("\n", "<br>") + "</body></html>"),
                       calendar(ics, method="REQUEST")))


@mail(n(38), family="non_interview_appointment", lang="en", interview=False, company=None,
      note="Letting agent confirms an apartment viewing at a fixed time; not an interview",
      days=(("Sat", "2026-05-09"),))
def m38() -> bytes:
    body = t("""
        Hi Ciara,

        Thanks for your enquiry on 2 bed apartment, 14 Leinster Square, Rathmines, Dublin 6 (Ref. CL-4471).

        Your viewing is confirmed for Saturday 9th May at 11.15am. It's a group viewing, so please be on time - Declan will meet you at the front door. Please bring photo ID and have your references ready if you'd like to apply on the day.

        Kind regards,
        Cassidy Lettings
        Rathmines Road Upper, Dublin 6 | 01 555 0110
        """)
    return message(hdr("Cassidy Lettings <lettings@cassidylettings.ie>", "Viewing confirmed - 14 Leinster Square, Rathmines",
                       "2026-05-06 14:27:51", DUB, "<20260506132751.4471.viewing@cassidylettings.ie>",
                       "mail.cassidylettings.ie", "91.210.232.14"),
                   text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(39), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation for a CS community evening; not an interview",
      days=(("Wed", "2026-05-20"),))
def m39() -> bytes:
    body = t("""
        You're going!

        Customer Success Network Dublin
        Churn, renewals and pizza: what 2026 taught us

        Wednesday, May 20, 2026
        6:30 PM to 8:30 PM IST

        Dogpatch Labs, The CHQ Building, Custom House Quay, Dublin 1

        Speakers: Orla Shanahan (Vantage Kite) and a fireside chat with two VPs of CS.
        Doors at 6:15. Pizza from 6:30, talks at 7.

        Add to calendar: https://www.meetup.com/cs-network-dublin/events/301887412/ical/
        Can't make it? Change your RSVP: https://www.meetup.com/cs-network-dublin/events/301887412/

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        """)
    return message(hdr("Meetup <info@meetup.com>", "You're going to \"Churn, renewals and pizza: what 2026 taught us\"",
                       "2026-05-14 19:02:11", DUB, "<0100018f7e2a.8c1b@email.meetup.com>", "email.meetup.com",
                       "198.21.3.88",
                       extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/>"),)),
                   alt(text(body), html(gmail_html(body))))


@mail(n(40), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Webinar registration 'The Panel Interview Masterclass' with ICS; a confirmed time but not a job "
           "interview", days=(("Thu", "2026-06-11"),))
def m40() -> bytes:
    body = t("""
        You're registered: The Panel Interview Masterclass

        Hi Ciara,

        Thanks for registering! Here are your details:

        Date: Thursday 11 June 2026
        Time: 18:00 - 19:00 IST (Dublin / London BST)
        Host: CareerLadder Academy with guest hiring managers from three SaaS companies

        Join link: https://careerladder.zoom.us/w/99120044731?tk=Xr2b
        A calendar invite is attached. The recording will be sent to all registrants.

        See you there,
        The CareerLadder team

        You received this because you registered for a CareerLadder webinar. Unsubscribe: https://careerladder.ie/unsub
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Webinar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:zwb-99120044731@zoom.us
DTSTAMP:20260603T090000Z
DTSTART:20260611T170000Z
DTEND:20260611T180000Z
SUMMARY:The Panel Interview Masterclass
ORGANIZER;CN=CareerLadder Academy:mailto:no-reply@zoom.us
ATTENDEE;CN=Ciara Moynihan:mailto:{ME}
LOCATION:https://careerladder.zoom.us/w/99120044731
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(hdr("CareerLadder Academy <no-reply@zoom.us>",
                       "Confirmation: The Panel Interview Masterclass - Thu 11 June, 18:00 IST",
                       "2026-06-03 10:00:00", DUB, "<zwb-99120044731.reg.33810@zoom.us>", "mta-3.zoom.us",
                       "170.114.10.5",
                       extra=(("List-Unsubscribe", "<https://careerladder.ie/unsub>"),)),
                   mixed(text(body), calendar(ics, method="REQUEST", filename="webinar.ics", disposition="attachment")))


@mail(n(41), family="mock_interview", lang="en", interview=False, company=None,
      note="Calendly-confirmed mock interview with a career coach; a real booking, but practice, not a job "
           "interview", days=(("Tue", "2026-06-02"),))
def m41() -> bytes:
    body = t("""
        Hi Ciara Moynihan,

        Your Mock interview (60 min) with Fiona Hegarty at 7:00pm (Irish Standard Time) on Tuesday, June 2, 2026 is scheduled.

        Event Type:
        Mock interview (60 min) - panel format with feedback

        Event Date/Time:
        7:00pm - 8:00pm (Irish Standard Time), Tuesday, June 2, 2026

        Location:
        Zoom - link in your calendar invite

        Questions:
        Which role are you preparing for?
        Customer Success Team Lead - panel with VP + support manager

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1b2e0f9a
        Reschedule: https://calendly.com/reschedulings/1b2e0f9a

        Powered by Calendly.com
        """)
    return message(hdr("Calendly <notifications@calendly.com>",
                       "Confirmed: Mock interview (60 min) with Fiona Hegarty on Tuesday, June 2, 2026",
                       "2026-05-29 21:14:40", DUB, "<6657a1b0c4e2_5c1f@calendly-mailer-3a1e.mail>",
                       "o1.email.calendly.com", "149.72.40.3",
                       extra=(("Reply-To", addr("Fiona Hegarty", "fiona@hegartycoaching.ie")),)),
                   alt(text(body), html(gmail_html(body))))


@mail(n(42), family="podcast", lang="en", interview=False, company=None,
      note="Podcast guest booking ('thanks for agreeing to be interviewed'), a fixed recording time; not a "
           "job interview", days=(("Tue", "2026-07-07"),))
def m42() -> bytes:
    body = t("""
        Hi Ciara,

        Thanks so much for agreeing to be interviewed on The Retention Room! Delighted to have you.

        Recording is confirmed for Tuesday 7 July at 2pm Irish time, on Riverside (link below). Plan for an hour: 10 min tech check, then about 40 mins of chat. We'll talk about building a support ops function from scratch and the health-score project you wrote about on LinkedIn.

        Studio link: https://riverside.fm/studio/the-retention-room?t=ac93
        Headphones please, and a quiet room if you can find one!

        Talk soon,
        Eoin
        Host, The Retention Room
        """)
    return message(hdr(addr("Eoin Cullen", "eoin@retentionroom.fm"), "Re: Guest spot on The Retention Room",
                       "2026-07-01 12:20:18", DUB, "<CAE4rq1P8vT@mail.gmail.com>", "mail-ed1-f50.google.com",
                       "209.85.208.50"), alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(43), family="interviewer_side", lang="en", interview=False, company=None,
      note="Greenhouse interviewer notification from her current employer (auto-forwarded from work): she "
           "interviews a candidate; not her own interview", days=(("Thu", "2026-05-28"),))
def m43() -> bytes:
    body = t("""
        Hi Ciara,

        You've been scheduled to interview Patrick Dunne for Customer Success Associate.

        Thursday, May 28, 2026
        10:00 AM - 10:45 AM IST
        Location: Meeting room Ha'penny, 2nd floor

        Your focus area: Customer empathy & de-escalation
        Interview kit and scorecard: https://app.greenhouse.io/guides/88213/people/4419021

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Liffey Payments Recruiting
        """)
    return message(hdr("Greenhouse <no-reply@greenhouse.io>",
                       "You're interviewing Patrick Dunne (Customer Success Associate) on Thursday",
                       "2026-05-25 09:03:19", DUB, "<0100018fb0a7d1e2-9c44@greenhouse.io>", "o7.greenhouse-mail.io",
                       "167.89.40.12", to=addr("Ciara Moynihan", "ciara.moynihan@liffeypayments.ie"),
                       extra=(("X-Forwarded-To", ME),)), text(body))


@mail(n(44), family="reference_check", lang="en", interview=False, company="Bluecrest Fleet",
      note="Recruiter schedules a reference call with the candidate's referee; the candidate is not on it",
      days=(("Wed", "2026-07-29"),))
def m44() -> bytes:
    body = t("""
        Hi Ciara,

        Thanks for sending on your referees so quickly. Just to let you know I've a call booked with Gráinne O'Shea on Wednesday 29 July at 11am, and I'm waiting to hear back from your second referee.

        Once both are done we should be in a position to come back to you by the end of the week. Fingers crossed!

        Thanks,
        Seán

        Seán Keane
        Customer Success Director | Bluecrest Fleet
        """)
    return message(hdr(addr("Seán Keane", "sean.keane@bluecrestfleet.com"), "References",
                       "2026-07-27 15:41:06", DUB,
                       "<AS8PR07MB7654D3E2A1B0C9F8E7D6C5B4A3F21@AS8PR07MB7654.eurprd07.prod.outlook.com>",
                       "mail-as8pr07cu001.outbound.protection.outlook.com", "40.107.103.51"),
                   alt(text(body), html(gmail_html(body))))


@mail(n(45), family="auto_reply", lang="en", interview=False, company="Stratus Pine",
      note="Out-of-office auto-reply to the candidate's reply on an interview thread; subject quotes the "
           "confirmation", days=(("Mon", "2026-10-05"),))
def m45() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email. I'm out of the office until Monday, October 5 with limited access to email. For anything urgent regarding your interview, please contact recruiting@stratuspine.com.

        Best,
        Danielle
        """)
    return message(hdr(addr("Danielle Okafor", "danielle@stratuspine.com"),
                       "Automatic reply: Re: Interview confirmed: Customer Success Manager, EMEA at Stratus Pine",
                       "2026-09-25 01:12:44", "America/Los_Angeles", "<CAOoo1Vt9d@mail.gmail.com>",
                       "mail-io1-f43.google.com", "209.85.166.43",
                       extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                              ("In-Reply-To", "<CAK0cF2@mail.gmail.com>"))), text(body))


@mail(n(46), family="bounce", lang="en", interview=False, company=None,
      note="Mail delivery failure for the candidate's own confirmation mail (mistyped domain); the bounced "
           "original mentions the interview time but the mail is a bounce")
def m46() -> bytes:
    orig_body = t("""
        Hi Marcus,

        Just confirming Thursday 5 November at 9am Pacific / 5pm here in Dublin. Looking forward to it!

        Best,
        Ciara
        """)
    orig = message([("From", ME_H), ("To", addr("Marcus Lindqvist", "marcus.lindqvist@quilfeather.com")),
                    ("Subject", "Interview on Thursday"), ("Date", date("2026-10-29 17:02:40", DUB)),
                    ("Message-ID", "<CAKq2b7Mw0@mail.gmail.com>")], text(orig_body, cte="7bit", charset="us-ascii"))
    expl = t("""
        ** Address not found **

        Your message wasn't delivered to marcus.lindqvist@quilfeather.com because the domain quilfeather.com couldn't be found. Check for typos or unnecessary spaces and try again.

        The response was:

        DNS Error: DNS type 'mx' lookup of quilfeather.com responded with code NXDOMAIN
        Domain name not found: quilfeather.com
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        Arrival-Date: Thu, 29 Oct 2026 17:02:41 +0000

        Final-Recipient: rfc822; marcus.lindqvist@quilfeather.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of quilfeather.com responded with code NXDOMAIN
        Last-Attempt-Date: Thu, 29 Oct 2026 17:02:42 +0000
        """)
    body = multipart("report", text(expl), raw_part([("Content-Type", "message/delivery-status")], status),
                     attached_message(orig), params="report-type=delivery-status")
    return message(hdr("Mail Delivery Subsystem <mailer-daemon@example.org>", "Delivery Status Notification (Failure)",
                       "2026-10-29 17:02:42", DUB, "<6720f3a2.bounce.9c1e@mail.example.org>", "mail.example.org",
                       "10.0.0.5", extra=(("Auto-Submitted", "auto-replied"),)), body)


@mail(n(47), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Substack-style newsletter about interviewing; mentions a live Q&A time, confirms nothing for her")
def m47() -> bytes:
    body = t("""
        The Job Hunt Weekly - Issue #84

        "So, tell me about yourself": the 90-second answer that gets you to the second round

        Hi friends,

        This week a reader asked how to open a first-round interview with a US hiring manager when it's 5pm in Dublin and you've just come off a full day of customer calls. Three things:

        1. Lead with the outcome, not the job title. "I run support ops for 40,000 SMB customers" beats "I'm a CS manager at...".
        2. Have one metric ready. Churn down, NPS up, time-to-first-response halved.
        3. End with why them. Thirty seconds on why this company, this role, now.

        Paid subscribers: our live Q&A on panel interviews is next Thursday at 7pm Irish time - the link is in the subscriber chat.

        Good luck out there,
        Maeve

        Unsubscribe: https://jobhuntweekly.substack.com/action/disable_email
        """)
    return message(hdr("The Job Hunt Weekly <jobhuntweekly@substack.com>",
                       "\"Tell me about yourself\": the 90-second answer", "2026-09-10 07:00:03", DUB,
                       "<20260910060003.3.8f1e0c2b@mg2.substack.com>", "mg-d0.substack.com", "198.61.254.21",
                       extra=(("List-Unsubscribe", "<https://jobhuntweekly.substack.com/action/disable_email>"),
                              ("List-Id", "<jobhuntweekly.substack.com>"))),
                   alt(text(body), html(gmail_html(body))))


@mail(n(48), family="post_interview", lang="en", interview=False, company="Harbourline",
      note="Post-interview thank-you / 'we'll come back to you' after the London final")
def m48() -> bytes:
    body = t("""
        Hi Ciara,

        Thanks so much for coming over to London on Tuesday - Owen and I really enjoyed meeting you, and the team were still talking about your escalation framework afterwards.

        We've one more candidate to see this week, so we'll come back to you by the end of next week at the latest. Safe travels home!

        Best wishes,
        Rebecca

        Rebecca Achterberg
        People & Talent Lead, Harbourline
        """)
    return message(hdr(addr("Rebecca Achterberg", "rebecca.achterberg@harbourline.co.uk"),
                       "Thank you - Head of Support Operations", "2026-05-20 16:48:00", "Europe/London",
                       "<LO2P265MB5291A1B2C3D4E5F6A7B8C9D0E1F2A@LO2P265MB5291.GBRP265.PROD.OUTLOOK.COM>",
                       "mail-lo2gbr01on2112.outbound.protection.outlook.com", "40.107.10.112"),
                   alt(text(body), html(gmail_html(body))))


@mail(n(49), family="application_ack", lang="en", interview=False, company="Kittiwake Health",
      note="Recruitee application receipt; 'we'll reach out to schedule an interview' is conditional")
def m49() -> bytes:
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial;font-size:14px;color:#1b2733">
        <p>Dear Ciara,</p>
        <p>Thank you for applying for the position of <b>Renewals Manager, UK&amp;I</b> at Kittiwake Health. We have received your application.</p>
        <p>Our team reviews every application carefully. If your profile is a match, we'll reach out within two weeks to schedule an interview.</p>
        <p>Kind regards,<br>Kittiwake Health Talent Team</p>
        <p style="font-size:11px;color:#8b9aa8">This is an automated message sent via Recruitee. Please do not reply.</p>
        </body></html>
        """)
    return message(hdr("Kittiwake Health <no-reply@recruiteemail.com>",
                       "Application received - Renewals Manager, UK&I", "2026-03-09 12:31:00", DUB,
                       "<app-2210941.receipt@recruiteemail.com>", "mail-out.recruiteemail.com", "94.237.80.17"),
                   html(hbody, cte="base64"))


@mail(n(50), family="slot_proposal", lang="fr", interview=False, company="Maison Orbe",
      note="French recruiter offers two slots (not yet agreed); the later confirmation is a separate mail",
      days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")))
def m50() -> bytes:
    body = t("""
        Bonjour Ciara,

        Merci pour votre candidature au poste de Customer Success Manager (EMEA), qui a retenu toute notre attention.

        Seriez-vous disponible pour un premier entretien avec Hugo Marchand, notre directeur Customer Success, la semaine prochaine ? Je peux vous proposer mardi 27 octobre à 10h ou mercredi 28 à 15h (heure de Paris). L'échange durerait environ 45 minutes, en visio.

        Dans l'attente de votre retour,

        Bien cordialement,

        Camille Lefèvre
        Talent Acquisition Partner
        Maison Orbe - 27 rue du Faubourg Saint-Antoine, 75011 Paris
        """)
    return message(hdr(addr("Camille Lefèvre", "camille.lefevre@maisonorbe.fr", "iso-8859-15"),
                       "Candidature Customer Success Manager (EMEA) - Maison Orbe", "2026-10-19 16:40:12",
                       "Europe/Paris", "<CAM3sRb8fQ1@mail.gmail.com>", "mail-ej1-f41.google.com", "209.85.218.41"),
                   text(body, charset="iso-8859-15", cte="quoted-printable"))
