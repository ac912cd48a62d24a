"""blind27: 50 hand-written mails from one realistic inbox (a Chicago financial analyst moving into
strategy / consulting). Built by ``make_blind.py blind27`` with make.py's plumbing, unchanged.

Written blind: without reading the detector, its tests, or any other held-out mail set.
File numbers are a fixed shuffle of the writing order (keys 1..23 positives, 24..50 negatives).
"""

from __future__ import annotations

import random

from make import (
    VTZ,
    Part,
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

ORDER = random.Random(27027).sample(range(1, 51), 50)
_n = [0]
KEYS: list[tuple[int, str]] = []

OWNER = "dani.kowalczyk@example.org"
ME = addr("Dani Kowalczyk", OWNER)
CT = "America/Chicago"
ET = "America/New_York"
DET = "America/Detroit"


def nm() -> str:
    _n[0] += 1
    name = f"blind27_{ORDER[_n[0] - 1]:03d}"
    KEYS.append((_n[0], name))
    return name


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, ident: str,
         to: str = ME, extra: tuple[tuple[str, str], ...] = (), lag: int = 4) -> list[tuple[str, str]]:
    return [
        ("Delivered-To", OWNER),
        ("Received", received(relay, when, zone, ident, OWNER, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def stamp(local: str, zone: str) -> str:
    return utc(local, zone).replace("-", "").replace(":", "")


def ics_local(local: str) -> str:
    return local.replace("-", "").replace(":", "").replace(" ", "T") + "00"


# =====================================================================================
# POSITIVES (keys 1..23)
# =====================================================================================

# ---- 1. Workday: interview scheduled, sent in CST for a date after the 8 March switch to CDT


@mail(nm(), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T15:00:00Z", end="2026-03-10T16:00:00Z",
      contact="karen.vossberg@tallgrassmfg.com", company="Tallgrass Manufacturing",
      local="Tue 2026-03-10 10:00", local_end="2026-03-10 11:00", zone=CT,
      note="Workday 'Interview Scheduled' from the tenant mailbox; Tue 10 Mar 10:00-11:00 AM Central; "
           "mail sent 3 Mar in CST but 10 Mar is after the 8 Mar DST switch, so CDT (UTC-5) -> 15:00Z; "
           "contact = recruiter address in the body")
def tallgrass_workday():
    body = t("""
        Hi Dani,

        Thank you for your interest in Tallgrass Manufacturing. Your interview has been scheduled.

        Job Requisition: R-10482 Senior Analyst, Corporate Strategy (Milwaukee, WI)

        Interview Details
        Date: Tuesday, March 10, 2026
        Time: 10:00 AM - 11:00 AM (GMT-05:00) Central Time (Chicago)
        Type: Video (Microsoft Teams) - the link will be in a separate calendar invite
        Interviewers: Paul Riedel, Director of FP&A; Karen Vossberg, Talent Acquisition Partner

        If you need to make a change, please contact Karen Vossberg at karen.vossberg@tallgrassmfg.com.
        Please do not reply to this email; this mailbox is not monitored.

        To view your application, sign in to the Tallgrass Manufacturing Careers site:
        https://wd5.myworkdaysite.com/recruiting/tallgrass/Careers/login

        Regards,
        Tallgrass Manufacturing Talent Acquisition
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:16px;background:#1f3b57;color:#fff;font-size:18px">Tallgrass Manufacturing</td></tr>
        <tr><td style="padding:16px">
        <p>Hi Dani,</p>
        <p>Thank you for your interest in Tallgrass Manufacturing. Your interview has been scheduled.</p>
        <p><b>Job Requisition:</b> R-10482 Senior Analyst, Corporate Strategy (Milwaukee, WI)</p>
        <p><b>Interview Details</b><br>
        <b>Date:</b> Tuesday, March 10, 2026<br>
        <b>Time:</b> 10:00 AM - 11:00 AM (GMT-05:00) Central Time (Chicago)<br>
        <b>Type:</b> Video (Microsoft Teams) - the link will be in a separate calendar invite<br>
        <b>Interviewers:</b> Paul Riedel, Director of FP&amp;A; Karen Vossberg, Talent Acquisition Partner</p>
        <p>If you need to make a change, please contact Karen Vossberg at <a href="mailto:karen.vossberg@tallgrassmfg.com">karen.vossberg@tallgrassmfg.com</a>.<br>
        Please do not reply to this email; this mailbox is not monitored.</p>
        <p><a href="https://wd5.myworkdaysite.com/recruiting/tallgrass/Careers/login">Sign in to the Careers site</a></p>
        <p>Regards,<br>Tallgrass Manufacturing Talent Acquisition</p>
        </td></tr></table>
        <img src="https://wd5.myworkday.com/tallgrass/email-tracker/8f1c2e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head(addr("Tallgrass Manufacturing", "tallgrassmfg@myworkday.com"),
              "Interview Scheduled - Senior Analyst, Corporate Strategy", "2026-03-03 16:12", CT,
              "<1425311092.48812.1772575920231@wd5-prod-mta-3.myworkday.com>",
              relay="from wd5-prod-mta-3.myworkday.com (wd5-prod-mta-3.myworkday.com [199.16.159.41])",
              ident="mx1.example.org with ESMTPS id 4fQd2K1bZrz9")
    return message(hs, alt(text(body), html(htm)))


# ---- 2. Exchange meeting request, Chicago bank, body zone label shows the standard offset in June


def exchange_ics(*, method: str, uid: str, seq: int, summary: str, organizer: tuple[str, str],
                 start: str, end: str, tz: str, dtstamp: str, description: str,
                 location: str = "Microsoft Teams Meeting", status: str = "CONFIRMED",
                 attendees: tuple[tuple[str, str], ...] = (("Dani Kowalczyk", OWNER),),
                 extra: str = "") -> str:
    att = "\n".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}"
                    for n, a in attendees)
    busy = "FREE" if method == "CANCEL" else "TENTATIVE"
    return f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ[tz]}
BEGIN:VEVENT
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
{att}
DESCRIPTION;LANGUAGE=en-US:{description}
UID:{uid}
SUMMARY;LANGUAGE=en-US:{summary}
DTSTART;TZID={tz}:{ics_local(start)}
DTEND;TZID={tz}:{ics_local(end)}
CLASS:PUBLIC
PRIORITY:{'1' if method == 'CANCEL' else '5'}
DTSTAMP:{dtstamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:-1873312
X-MICROSOFT-CDO-BUSYSTATUS:{busy}
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE{extra}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""


TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
    Meeting ID: {mid}
    Passcode: {pc}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Or call in (audio only)
    {phone}
    Phone Conference ID: {conf}#
    Find a local number<https://dialin.teams.microsoft.com/8a1b7c> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@mail(nm(), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-06-18T19:00:00Z", end="2026-06-18T19:45:00Z",
      contact="damankwah@lakefronttrust.com", company="Lakefront Trust Bank",
      local="Thu 2026-06-18 14:00", local_end="2026-06-18 14:45", zone=CT,
      note="Outlook/Exchange meeting request; 'When' line shows '(UTC-06:00) Central Time' as Outlook "
           "always does, but 18 June is CDT: 2:00 PM = 19:00Z (ICS TZID Central Standard Time agrees); "
           "contact = human organizer/sender")
def lakefront_exchange():
    teams = TEAMS.format(tid="NzQ2YjE4ZDMtOGQ1Zi00ZTI3LWE2ZDEtMjg0NTUx", mid="284 551 907 312",
                         pc="x7Qk2B", phone="+1 312-555-0148,,518204377#   United States, Chicago",
                         conf="518 204 377")
    body = t("""
        When: Thursday, June 18, 2026 2:00 PM-2:45 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Dani - sending this over so it's on your calendar. You'll be meeting with me and Renee Gutowski (Head of Commercial Banking Strategy). Expect some questions on your FP&A work plus a short discussion of a market-entry question; nothing to prepare in advance.

        Thanks,
        Derrick

        Derrick Amankwah | Vice President, Strategy & Corporate Development
        Lakefront Trust Bank | 120 S. LaSalle St, Chicago, IL 60603
        o: 312-555-0190

        """) + teams
    htm = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">When: Thursday, June 18, 2026 2:00 PM-2:45 PM (UTC-06:00) Central Time (US &amp; Canada).<br>Where: Microsoft Teams Meeting</p>
        <p class="MsoNormal">Hi Dani - sending this over so it&#8217;s on your calendar. You&#8217;ll be meeting with me and Renee Gutowski (Head of Commercial Banking Strategy). Expect some questions on your FP&amp;A work plus a short discussion of a market-entry question; nothing to prepare in advance.</p>
        <p class="MsoNormal">Thanks,<br>Derrick</p>
        <p class="MsoNormal"><b>Derrick Amankwah</b> | Vice President, Strategy &amp; Corporate Development<br>Lakefront Trust Bank | 120 S. LaSalle St, Chicago, IL 60603<br>o: 312-555-0190</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="en-US" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE4ZDMtOGQ1Zi00ZTI3LWE2ZDEtMjg0NTUx%40thread.v2/0" style="font-size:14px;color:#6264A7">Click here to join the meeting</a></div>
        <div><span style="font-size:14px">Meeting ID: 284 551 907 312</span><br><span style="font-size:14px">Passcode: x7Qk2B</span></div>
        <div><span style="font-size:14px">Phone Conference ID: 518 204 377#</span></div>
        </div></div></body></html>
        """)
    desc = ("Hi Dani - sending this over so it's on your calendar. You'll be meeting with me and Renee "
            "Gutowski (Head of Commercial Banking Strategy).\\n\\nThanks\\,\\nDerrick\\n\\n"
            "Microsoft Teams meeting\\nMeeting ID: 284 551 907 312\\nPasscode: x7Qk2B\\n")
    ics = exchange_ics(method="REQUEST",
                       uid="040000008200E00074C5B7101A82E00800000000F0C6E19B4AF9DC01000000000000000010000000A1C2E43D6B9F7B4E8A7D1F8C9E2B3A40",
                       seq=0, summary="Interview: Dani Kowalczyk - Strategy Associate",
                       organizer=("Derrick Amankwah", "damankwah@lakefronttrust.com"),
                       start="2026-06-18 14:00", end="2026-06-18 14:45", tz="Central Standard Time",
                       dtstamp="20260612T150312Z", description=desc)
    hs = head(addr("Derrick Amankwah", "damankwah@lakefronttrust.com"),
              "Interview: Dani Kowalczyk - Strategy Associate", "2026-06-12 10:03", CT,
              "<CH2PR11MB4418D2B3E7A94F1C2B7E8A11C9A02@CH2PR11MB4418.namprd11.prod.outlook.com>",
              relay="from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2091.outbound.protection.outlook.com [40.107.220.91])",
              ident="mx1.example.org with ESMTPS id 4gR8nC0qTtz2",
              extra=(("Thread-Topic", "Interview: Dani Kowalczyk - Strategy Associate"),
                     ("Thread-Index", "AdrH2xWc9q3yF0PeRkWz1m8JqB6Kpw=="),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(htm), calendar(ics, cte="base64")))


# ---- 3. Consulting superday itinerary (multi-session, New York office, times in ET)


@mail(nm(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-10-09T13:00:00Z", end="2026-10-09T15:30:00Z",
      contact="allison.tran@barrowquint.com", company="Barrow & Quint",
      local="Fri 2026-10-09 09:00", local_end="2026-10-09 11:30", zone=ET,
      note="Superday itinerary at the NY office: first case 9:00 AM ET, last fit interview ends 11:30 AM "
           "ET (EDT, UTC-4) -> 13:00Z-15:30Z; lunch afterwards is not part of the interview end; contact = "
           "recruiting coordinator (human sender)")
def barrow_superday():
    body = t("""
        Hi Dani,

        Congratulations again on moving forward! Below is your itinerary for the Barrow & Quint final round (Superday) on Friday, October 9. All times are Eastern.

        Location: Barrow & Quint, 1345 Avenue of the Americas, 31st Floor, New York, NY. Please check in with reception by 8:40 AM and ask for me.

          9:00 - 9:45 AM   Case interview 1 - Jonathan Meyers, Partner
          10:00 - 10:45 AM Case interview 2 - Sapna Kulkarni, Principal
          10:50 - 11:30 AM Fit / behavioral - Rob Delacroix, Managing Director
          11:30 AM         Optional lunch with two of our Chicago-office consultants

        Travel: Corporate Travel will reach out separately about your flight from O'Hare on Thursday evening and your hotel. Please keep receipts for anything else (cabs etc.) and submit through the link they send.

        Bring a notepad and a pen for the cases; calculators aren't allowed. Business attire.

        If anything comes up, my cell is 646-555-0133.

        Best,
        Allison

        Allison Tran
        Recruiting Coordinator | Barrow & Quint
        allison.tran@barrowquint.com
        """)
    hs = head(addr("Allison Tran", "allison.tran@barrowquint.com"),
              "Barrow & Quint Superday - Itinerary for Friday 10/9", "2026-10-02 14:27", ET,
              "<BN8PR04MB6210AF33C2E14D7A90B2D3F1A85C2@BN8PR04MB6210.namprd04.prod.outlook.com>",
              relay="from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2112.outbound.protection.outlook.com [40.107.100.112])",
              ident="mx1.example.org with ESMTPS id 4hT1pV7cZnz5")
    htm = "<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n\n")) + "</div></body></html>\n"
    return message(hs, alt(text(body), html(htm.replace("\n", "<br>\n"))))


# ---- 4. HireVue LIVE interview scheduled (no human address; recruiter named only)


@mail(nm(), family="hirevue", lang="en", interview=True, kind="scheduled",
      start="2026-04-22T18:30:00Z", end="2026-04-22T19:00:00Z", contact=None,
      company="Brightline Mutual Insurance",
      local="Wed 2026-04-22 13:30", local_end="2026-04-22 14:00", zone=CT,
      note="HireVue live (not on-demand) interview scheduled: Wed 22 Apr 1:30 PM CDT, 30 minutes -> "
           "18:30Z-19:00Z; only a no-reply sender and a recruiter's name, no human address -> contact null")
def brightline_hirevue_live():
    body = t("""
        Brightline Mutual Insurance

        Hello Dani,

        Your live interview for Financial Planning & Strategy Analyst has been scheduled.

        Date: Wednesday, April 22, 2026
        Time: 1:30 PM Central Daylight Time (GMT-05:00)
        Duration: 30 minutes
        Interviewer(s): Melissa Quade

        When it is time for your interview, click the link below. We recommend joining 5 minutes early to check your camera and microphone.

        Join Interview: https://app.hirevue.com/interviews/live/3kq8ZP2w/join

        Need to reschedule? Please contact your recruiter, Lauren Becker.

        This is a system-generated message from HireVue on behalf of Brightline Mutual Insurance. Replies to this address are not monitored.
        HireVue, Inc. | 10876 S. River Front Pkwy, South Jordan, UT 84095
        """)
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f5f7"><center>
        <table role="presentation" width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1f">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #00a3a1"><strong>Brightline Mutual Insurance</strong></td></tr>
        <tr><td style="padding:24px 32px">
        <p>Hello Dani,</p>
        <p>Your live interview for <strong>Financial Planning &amp; Strategy Analyst</strong> has been scheduled.</p>
        <table role="presentation" style="font-size:15px">
        <tr><td style="color:#6e6e73;padding-right:12px">Date</td><td>Wednesday, April 22, 2026</td></tr>
        <tr><td style="color:#6e6e73;padding-right:12px">Time</td><td>1:30 PM Central Daylight Time (GMT-05:00)</td></tr>
        <tr><td style="color:#6e6e73;padding-right:12px">Duration</td><td>30 minutes</td></tr>
        <tr><td style="color:#6e6e73;padding-right:12px">Interviewer(s)</td><td>Melissa Quade</td></tr>
        </table>
        <p style="margin:24px 0"><a href="https://app.hirevue.com/interviews/live/3kq8ZP2w/join" style="background:#00a3a1;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Join Interview</a></p>
        <p>Need to reschedule? Please contact your recruiter, Lauren Becker.</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:12px;color:#6e6e73">This is a system-generated message from HireVue on behalf of Brightline Mutual Insurance. Replies to this address are not monitored.<br>HireVue, Inc. | 10876 S. River Front Pkwy, South Jordan, UT 84095</td></tr>
        </table></center></body></html>
        """)
    hs = head(addr("Brightline Mutual Insurance via HireVue", "noreply@hirevue.com"),
              "Your live interview with Brightline Mutual Insurance is scheduled", "2026-04-16 09:41", CT,
              "<0100019d8f3a2c11-5e7b1f0a-4a2b-4c9e-9d3e-7f2a1b0c9d8e-000000@email.amazonses.com>",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              ident="mx1.example.org with ESMTPS id 4dKq7m2Y1Hz3")
    return message(hs, alt(text(body, cte="base64"), html(htm, cte="base64")))


# ---- 5. Paradox (Olivia) confirmation, HTML only


@mail(nm(), family="paradox", lang="en", interview=True, kind="scheduled",
      start="2026-02-23T15:30:00Z", end=None, contact=None, company="Corridor Logistics",
      local="Mon 2026-02-23 09:30", zone=CT,
      note="Paradox/Olivia 'you're all set' confirmation, HTML only: Mon Feb 23 9:30 AM CST (UTC-6) -> "
           "15:30Z; no length stated; bot sender, interviewer named without address -> contact null")
def corridor_paradox():
    htm = t("""
        <html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;color:#222;background:#fafafa">
        <div style="max-width:520px;margin:0 auto;background:#fff;padding:28px;border-radius:8px">
        <img src="https://cdn.paradox.ai/corridor/logo.png" alt="Corridor Logistics" width="140">
        <h2 style="font-weight:600">You're all set, Dani!</h2>
        <p>Your interview with Corridor Logistics is confirmed. Here are the details:</p>
        <p><strong>Mon, Feb 23 at 9:30 AM CST</strong><br>
        Phone interview with Ethan Kraus, Finance Manager<br>
        Ethan will call you at (773) 555-0162.</p>
        <p>Need to change something? Just reply to this email or text me at (469) 555-0100 and I'll help you reschedule.</p>
        <p>Talk soon,<br>Olivia<br><span style="color:#888;font-size:12px">Corridor Logistics Recruiting Assistant</span></p>
        <p style="font-size:11px;color:#aaa">Powered by Paradox. Msg &amp; data rates may apply. Reply STOP to opt out of texts.</p>
        </div></body></html>
        """)
    hs = head(addr("Olivia at Corridor Logistics", "olivia@paradox.ai"),
              "Interview confirmed: Mon, Feb 23 at 9:30 AM", "2026-02-19 13:05", CT,
              "<20260219190512.7d3c1f84a2e94b6f@mg.paradox.ai>",
              relay="from m228-5.mailgun.net (m228-5.mailgun.net [159.135.228.5])",
              ident="mx1.example.org with ESMTPS id 4fB2wN9dKkz1",
              extra=(("Reply-To", "reply+c7f31a9e2b@conversations.paradox.ai"),))
    return message(hs, html(htm))


# ---- 6. Calendly: coffee chat with the hiring manager (booked by Dani)


@mail(nm(), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-05-07T14:00:00Z", end="2026-05-07T14:30:00Z",
      contact="priya.natarajan@ashgrovestrategy.com", company="Ashgrove Strategy Partners",
      local="Thu 2026-05-07 09:00", local_end="2026-05-07 09:30", zone=CT,
      note="Calendly invitee confirmation of a 30-min coffee chat with the hiring manager for the "
           "Senior Consultant opening; 9:00am-9:30am Central (CDT) -> 14:00Z-14:30Z; contact = host "
           "(Reply-To and ORGANIZER)")
def ashgrove_calendly():
    body = t("""
        Hi Dani Kowalczyk,

        A new event has been scheduled.

        Event Type:
        Coffee chat - Senior Consultant role (30 min)

        Invitee:
        Dani Kowalczyk

        Invitee Email:
        dani.kowalczyk@example.org

        Event Date/Time:
        09:00am - 09:30am (Central Time - US & Canada) on Thursday, May 7, 2026

        Location:
        This is a Zoom web conference.
        https://ashgrovestrategy.zoom.us/j/86022419377?pwd=Ymw3c1NhZ2x4

        Questions:
        Please share anything that will help prepare for our meeting.
        Resume attached to my application - looking forward to hearing more about the Minneapolis team.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b0a2f7e-3c11-4e2d-9a8f-1f5d2c3b4a90
        Reschedule: https://calendly.com/reschedulings/6b0a2f7e-3c11-4e2d-9a8f-1f5d2c3b4a90

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6b0a2f7e-3c11-4e2d-9a8f-1f5d2c3b4a90@calendly.com
DTSTAMP:20260504T173322Z
DTSTART:{stamp('2026-05-07 09:00', CT)}
DTEND:{stamp('2026-05-07 09:30', CT)}
SUMMARY:Coffee chat - Senior Consultant role (30 min) between Priya Natarajan and Dani Kowalczyk
DESCRIPTION:Event Name: Coffee chat - Senior Consultant role (30 min)\\n\\nLocation: https://ashgrov
 estrategy.zoom.us/j/86022419377\\n\\nNeed to make changes to this event?
LOCATION:https://ashgrovestrategy.zoom.us/j/86022419377?pwd=Ymw3c1NhZ2x4
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@ashgrovestrategy.com
ATTENDEE;CN=Dani Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:dani.kowalczyk@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""".replace("\n ", "")
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Coffee chat - Senior Consultant role (30 min) with Priya Natarajan on Thursday, May 7, 2026",
              "2026-05-04 12:33", CT, "<20260504173322.1.6B0A2F7E3C114E2D@calendly.com>",
              relay="from o1.email.calendly.com (o1.email.calendly.com [167.89.101.44])",
              ident="mx1.example.org with ESMTPS id 4gC0t8Fv3Mz6",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@ashgrovestrategy.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">'))),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# ---- 7. Google Calendar invitation: phone screen, Dallas energy company


def gcal_ics(*, method: str, uid: str, seq: int, summary: str, organizer: tuple[str, str],
             start: str, end: str, zone: str | None, dtstamp: str, created: str, description: str,
             location: str = "", status: str = "CONFIRMED", partstat: str = "NEEDS-ACTION") -> str:
    if zone:
        tzblock = VTZ[zone] + "\n"
        ds = f"DTSTART;TZID={zone}:{ics_local(start)}\nDTEND;TZID={zone}:{ics_local(end)}"
    else:
        tzblock = ""
        ds = f"DTSTART:{stamp(start, CT)}\nDTEND:{stamp(end, CT)}"
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
{tzblock}BEGIN:VEVENT
{ds}
DTSTAMP:{dtstamp}
ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={organizer[0]};X-NUM-GUESTS=0:mailto:{organizer[1]}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}
X-MICROSOFT-CDO-OWNERAPPTID:-1203577291
CREATED:{created}
DESCRIPTION:{description}
LAST-MODIFIED:{dtstamp}
LOCATION:{location}
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:{summary}
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""


@mail(nm(), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T16:00:00Z", end="2026-09-15T16:30:00Z",
      contact="cole.brannigan@ridgewayenergy.com", company="Ridgeway Energy",
      local="Tue 2026-09-15 11:00", local_end="2026-09-15 11:30", zone=CT,
      note="Google Calendar invitation: 'Tue Sep 15, 2026 11am - 11:30am (CDT)'; Dallas is Central, "
           "CDT = UTC-5 -> 16:00Z-16:30Z; contact = organizer (recruiter)")
def ridgeway_gcal():
    summary = "Phone Screen - Dani Kowalczyk / Ridgeway Energy (Sr. Analyst, Strategy & Planning)"
    body = t(f"""
        You have been invited to the following event.

        {summary}
        When
        Tuesday Sep 15, 2026 \u22c5 11am \u2013 11:30am (Central Time - Chicago)

        Joining info
        Join with Google Meet
        meet.google.com/rkv-qzte-hpo

        Join by phone
        (US) +1 469-555-0187 PIN: 418 220 771#

        Calendar
        dani.kowalczyk@example.org

        Who
        \u2022 Cole Brannigan - organizer
        \u2022 dani.kowalczyk@example.org

        Hi Dani - 30 min intro call with me. I'll walk you through the team and the role, and want to hear about your FP&A work at Lakeview. Talk soon! -Cole

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWhxN2M0

        Reply for dani.kowalczyk@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhxN2M0&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhxN2M0&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NWhxN2M0&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=NWhxN2M0

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    htm = ('<html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
           + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>\n")
    ics = gcal_ics(method="REQUEST", uid="5hq7c4l0k2v3a8d1t6r9m0p2ss@google.com", seq=0, summary=summary,
                   organizer=("Cole Brannigan", "cole.brannigan@ridgewayenergy.com"),
                   start="2026-09-15 11:00", end="2026-09-15 11:30", zone=CT,
                   dtstamp="20260910T211406Z", created="20260910T211404Z",
                   description="Hi Dani - 30 min intro call with me. I'll walk you through the team "
                               "and the role\\, and want to hear about your FP&A work at Lakeview. Talk "
                               "soon! -Cole\\n\\nJoin with Google Meet: https://meet.google.com/rkv-qzte-hpo",
                   location="")
    hs = head(addr("Cole Brannigan", "cole.brannigan@ridgewayenergy.com"),
              f"Invitation: {summary} @ Tue Sep 15, 2026 11am - 11:30am (CDT) (dani.kowalczyk@example.org)",
              "2026-09-10 16:14", CT, "<calendar-7a1e3c52-9d0f-4b8e-a6c1-2f3e4d5c6b7a@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ident="mx1.example.org with ESMTPS id 4hM3rQ5xLbz8",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "cole.brannigan@ridgewayenergy.com")))
    return message(hs, mixed(alt(text(body), html(htm), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# ---- 8. Staffing agency recruiter, phone-typed confirmation, "tmrw"


@mail(nm(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-07-23T19:30:00Z", end=None, contact="tgunderson@keystonestaffing.com",
      company="Halvorsen Foods", local="Thu 2026-07-23 14:30", zone=CT,
      note="Staffing recruiter's short reply sent Wed 22 Jul: 'tmrw 2:30' = Thu 23 Jul 2:30 PM; both in "
           "Chicago, CDT (UTC-5) -> 19:30Z; hiring company is the agency's client Halvorsen Foods; "
           "contact = agency recruiter (human sender)")
def keystone_tmrw():
    body = t("""
        Confirmed - tmrw 2:30 w/ Brenda Sokol (Controller) at Halvorsen Foods. Its a phone call, she'll call your cell. 30-45 min probably. Its the contract-to-hire FP&A lead I mentioned, $60-65/hr.

        Pls text me after so we can debrief!!

        Tyler

        Sent from my iPhone

        > On Jul 22, 2026, at 11:02 AM, Dani Kowalczyk <dani.kowalczyk@example.org> wrote:
        >
        > Hi Tyler, tomorrow afternoon works for me, anytime after 1. Thanks!
        > Dani
        """)
    hs = head(addr("Tyler Gunderson", "tgunderson@keystonestaffing.com"),
              "Re: Halvorsen Foods", "2026-07-22 11:48", CT,
              "<A7C2F1E9-3B44-4D10-9E1A-6C2B8D0F5E71@keystonestaffing.com>",
              relay="from mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])",
              ident="mx1.example.org with ESMTPS id 4fZ9kD2nRwz4",
              extra=(("In-Reply-To", "<CAJx8v2N0z7kRq4@mail.example.org>"),
                     ("References", "<CAJx8v2N0z7kRq4@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22F76)")))
    return message(hs, text(body, cte="7bit", params="format=flowed; delsp=yes"))


# ---- 9. Exchange update: moved to the Monday after US DST ends (mail sent in EDT)


@mail(nm(), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z",
      contact="jwhitfield@renwickmotor.com", company="Renwick Motor Company",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=DET,
      note="Exchange meeting update (SEQUENCE 2) moving the panel from Thu 29 Oct to Mon 2 Nov 10-11 AM "
           "Eastern; sent 28 Oct in EDT but 2 Nov is after the 1 Nov switch back, EST (UTC-5) -> "
           "15:00Z-16:00Z; contact = organizer")
def renwick_update():
    body = t("""
        When: Monday, November 2, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Renwick Tower 2, Room 14-210 / Microsoft Teams Meeting

        Dani,

        Updating the invite - Vince has a conflict with the board prep on Thursday, so we've moved the panel to Monday 11/2, same time (10 AM Eastern). Sorry for the shuffle. Same panel: Vince Abruzzo, Kelly Ng, and me.

        If you're coming in person, park in the Visitor deck off Woodward and bring a photo ID for the security desk.

        Jasmine

        Jasmine Whitfield
        Talent Acquisition - Finance & Strategy
        Renwick Motor Company | Detroit, MI
        """) + TEAMS.format(tid="ZjA4M2E5YjQtYjE3Ni00NzYyLThkZTEtOTk2NmIx", mid="219 604 338 871",
                            pc="Rm4Fp9", phone="+1 313-555-0107,,774210955#   United States, Detroit",
                            conf="774 210 955")
    desc = ("Dani\\,\\n\\nUpdating the invite - Vince has a conflict with the board prep on Thursday\\, so "
            "we've moved the panel to Monday 11/2\\, same time (10 AM Eastern).\\n\\nJasmine\\n")
    ics = exchange_ics(method="REQUEST",
                       uid="040000008200E00074C5B7101A82E0080000000030A9F2C1D14ADD01000000000000000010000000E5D4C3B2A1908F7E6D5C4B3A29180706",
                       seq=2, summary="Panel Interview - Dani Kowalczyk (Senior Financial Analyst, Strategy)",
                       organizer=("Jasmine Whitfield", "jwhitfield@renwickmotor.com"),
                       start="2026-11-02 10:00", end="2026-11-02 11:00", tz="Eastern Standard Time",
                       dtstamp="20261028T190544Z", description=desc,
                       location="Renwick Tower 2\\, Room 14-210 / Microsoft Teams Meeting",
                       attendees=(("Dani Kowalczyk", OWNER), ("Vincent Abruzzo", "vabruzzo@renwickmotor.com"),
                                  ("Kelly Ng", "kng4@renwickmotor.com")))
    hs = head(addr("Whitfield, Jasmine (J.)", "jwhitfield@renwickmotor.com"),
              "Panel Interview - Dani Kowalczyk (Senior Financial Analyst, Strategy)", "2026-10-28 15:05", DET,
              "<DM6PR19MB2874B1E0A9C4F2D71E33C0B9A4F12@DM6PR19MB2874.namprd19.prod.outlook.com>",
              relay="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2130.outbound.protection.outlook.com [40.107.243.130])",
              ident="mx1.example.org with ESMTPS id 4jB6sH1wQmz7",
              extra=(("Thread-Topic", "Panel Interview - Dani Kowalczyk (Senior Financial Analyst, Strategy)"),
                     ("Thread-Index", "AdtJ0e9F3kq1c2vXTa6m7nQpL0s1Bg=="),
                     ("Content-Language", "en-US")))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div class="WordSection1" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
           + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
           + "</div></body></html>\n")
    return message(hs, alt(text(body), html(htm), calendar(ics, cte="base64")))


# ---- 10. Consulting recruiter moves the case interview (definite new time)


@mail(nm(), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-03-20T16:30:00Z", end=None, contact="megan.orourke@callowaypartners.com",
      company="Calloway Partners", local="Fri 2026-03-20 11:30", zone=CT,
      note="Recruiter moves the first-round case from Thu 3pm to 'Friday at 11:30 CT'; sent Mon 16 Mar, "
           "so Fri 20 Mar, CDT (UTC-5) -> 16:30Z; old time also in the mail; contact = recruiter")
def calloway_moved():
    body = t("""
        Hi Dani,

        Apologies for the late change! Eric (the engagement manager who was going to give you your case) got staffed on a client trip that week. We've moved your first round case interview from Thursday at 3pm to Friday at 11:30 CT instead, with Hannah Lutz, one of our senior managers. Still virtual, same Zoom link as before.

        Updated invite is on its way. Let me know if Friday doesn't work for any reason and I'll figure something out.

        Thanks for your flexibility,
        Megan

        Megan O'Rourke | Campus & Experienced Recruiting
        Calloway Partners
        233 N. Michigan Ave, Suite 2400 | Chicago, IL 60601
        megan.orourke@callowaypartners.com | 312.555.0126
        """)
    hs = head(addr("Megan O'Rourke", "megan.orourke@callowaypartners.com"),
              "Change of time - Calloway Partners case interview", "2026-03-16 17:52", CT,
              "<SA1PR02MB8560C4A1B7E9D3F0A2C16E7B50D3@SA1PR02MB8560.namprd02.prod.outlook.com>",
              relay="from NAM02-SA1-obe.outbound.protection.outlook.com (mail-sa1nam02on2103.outbound.protection.outlook.com [40.107.96.103])",
              ident="mx1.example.org with ESMTPS id 4fW5cL8rTdz2")
    htm = ('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
           + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>\n")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(htm, charset="us-ascii", cte="7bit")))


# ---- 11. iCIMS: interview rescheduled (old and new time both shown)


@mail(nm(), family="icims", lang="en", interview=True, kind="rescheduled",
      start="2026-08-18T14:00:00Z", end="2026-08-18T15:00:00Z", contact="rhernandez@ironbridgeins.com",
      company="Ironbridge Insurance Group", local="Tue 2026-08-18 09:00",
      local_end="2026-08-18 10:00", zone=CT,
      note="iCIMS reschedule notice: 'Previous' Fri Aug 14 and 'New' Tue Aug 18 9:00-10:00 AM Central "
           "(CDT, UTC-5) -> 14:00Z-15:00Z; start = new time; contact = recruiter address in the "
           "signature (sender is the iCIMS relay)")
def ironbridge_icims():
    body = t("""
        Dear Dani,

        Your interview for the position of Strategy & Corporate Development Analyst (Req #2026-4471) has been rescheduled. Please see the updated details below.

        PREVIOUS: Friday, August 14, 2026, 1:00 PM - 2:00 PM Central Time
        NEW:      Tuesday, August 18, 2026, 9:00 AM - 10:00 AM Central Time

        Interview type: Video (Webex)
        Interviewers: Dana Whitcomb, AVP Strategy; Michael Osei, Senior Manager, Corporate Development
        Webex: https://ironbridgeins.webex.com/meet/dwhitcomb

        We apologize for any inconvenience. If the new time does not work for you, please contact me directly.

        Sincerely,

        Rosa Hernandez
        Senior Talent Acquisition Specialist
        Ironbridge Insurance Group | Milwaukee, WI
        rhernandez@ironbridgeins.com

        ---
        This email was sent via iCIMS on behalf of Ironbridge Insurance Group.
        """)
    htm = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Dear Dani,</p>
        <p>Your interview for the position of <b>Strategy &amp; Corporate Development Analyst</b> (Req #2026-4471) has been rescheduled. Please see the updated details below.</p>
        <table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
        <tr><td><s>PREVIOUS</s></td><td><s>Friday, August 14, 2026, 1:00 PM - 2:00 PM Central Time</s></td></tr>
        <tr><td><b>NEW</b></td><td><b>Tuesday, August 18, 2026, 9:00 AM - 10:00 AM Central Time</b></td></tr>
        </table>
        <p>Interview type: Video (Webex)<br>Interviewers: Dana Whitcomb, AVP Strategy; Michael Osei, Senior Manager, Corporate Development<br>
        Webex: <a href="https://ironbridgeins.webex.com/meet/dwhitcomb">https://ironbridgeins.webex.com/meet/dwhitcomb</a></p>
        <p>We apologize for any inconvenience. If the new time does not work for you, please contact me directly.</p>
        <p>Sincerely,</p>
        <p>Rosa Hernandez<br>Senior Talent Acquisition Specialist<br>Ironbridge Insurance Group | Milwaukee, WI<br>
        <a href="mailto:rhernandez@ironbridgeins.com">rhernandez@ironbridgeins.com</a></p>
        <p style="font-size:10px;color:#777">This email was sent via iCIMS on behalf of Ironbridge Insurance Group.</p>
        </body></html>
        """)
    hs = head(addr("Rosa Hernandez", "ironbridgeinsurance+autoreply@talent.icims.com"),
              "Interview Rescheduled: Strategy & Corporate Development Analyst", "2026-08-13 15:20", CT,
              "<1786654800123.3311.icims-mta07@talent.icims.com>",
              relay="from mta07.talent.icims.com (mta07.talent.icims.com [66.192.75.37])",
              ident="mx1.example.org with ESMTPS id 4fN1dS6pVgz0")
    return message(hs, alt(text(body), html(htm)))


# ---- 12. Reply on top of the thread: recruiter moves the interview at Dani's request


@mail(nm(), family="human_reply", lang="en", interview=True, kind="rescheduled",
      start="2026-10-14T20:15:00Z", end=None, contact="nadia.petrakis@foxhollowcap.com",
      company="Foxhollow Capital", local="Wed 2026-10-14 16:15", zone=ET,
      note="Recruiter's reply on top of the quoted thread: 'now on for Weds the 14th at 4:15 ET' (sent Fri "
           "9 Oct, so Wed 14 Oct); EDT (UTC-4) -> 20:15Z; the quoted original (Tue 13th, 11 ET) is the "
           "old slot; contact = recruiter")
def foxhollow_reply():
    body = t("""
        No problem at all, done. You're now on for Weds the 14th at 4:15 ET (3:15 your time) w/ Marcus Hale. I'll resend the Teams invite so it's off your Tuesday.

        Nadia

        Nadia Petrakis
        Talent Partner | Foxhollow Capital
        375 Park Ave, New York, NY 10152

        On Fri, Oct 9, 2026 at 10:31 AM Dani Kowalczyk <dani.kowalczyk@example.org> wrote:
        > Hi Nadia,
        >
        > I'm so sorry to ask - my current team just scheduled our quarterly close review for Tuesday morning and I can't move it. Would there be any chance to shift my conversation with Marcus to later in the week? Wednesday afternoon or anytime Thursday would work on my end.
        >
        > Thank you,
        > Dani
        >
        > On Tue, Oct 6, 2026 at 2:09 PM Nadia Petrakis <nadia.petrakis@foxhollowcap.com> wrote:
        >> Hi Dani, great news - Marcus would like to meet you. You're confirmed for Tuesday 10/13 at 11:00 AM ET (45 min, Teams). Invite to follow.
        >> Nadia
        """)
    hs = head(addr("Nadia Petrakis", "nadia.petrakis@foxhollowcap.com"),
              "RE: Foxhollow Capital - next steps", "2026-10-09 12:06", ET,
              "<MN2PR07MB7128E4D0A3B1C9F22D7E8B41A6C5@MN2PR07MB7128.namprd07.prod.outlook.com>",
              relay="from NAM10-MN2-obe.outbound.protection.outlook.com (mail-mn2nam10on2098.outbound.protection.outlook.com [40.107.244.98])",
              ident="mx1.example.org with ESMTPS id 4hX8wK3fPcz1",
              extra=(("In-Reply-To", "<CAJx8v2PqLw0Fox@mail.example.org>"),
                     ("References", "<MN2PR07MB7128A1@MN2PR07MB7128.namprd07.prod.outlook.com> <CAJx8v2PqLw0Fox@mail.example.org>")))
    return message(hs, text(body))


# ---- 13. Google Calendar cancellation (METHOD:CANCEL), February, CST


@mail(nm(), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-02-12T21:00:00Z", end="2026-02-12T21:45:00Z",
      contact="wes.okonjo@stonegateadvisory.com", company="Stonegate Advisory",
      local="Thu 2026-02-12 15:00", local_end="2026-02-12 15:45", zone=CT,
      note="Google Calendar 'Canceled event' with METHOD:CANCEL for the round-1 case interview, Thu Feb 12 "
           "3pm-3:45pm CST (UTC-6) -> 21:00Z-21:45Z (DTSTART written in UTC); start = cancelled slot; "
           "contact = organizer")
def stonegate_cancel():
    summary = "Stonegate Advisory | Round 1 Case Interview | Dani Kowalczyk"
    body = t(f"""
        This event has been canceled.

        {summary}
        When
        Thursday Feb 12, 2026 \u22c5 3pm \u2013 3:45pm (Central Time - Chicago)

        Calendar
        dani.kowalczyk@example.org

        Who
        \u2022 Wes Okonjo - organizer
        \u2022 dani.kowalczyk@example.org

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    htm = ('<html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
           '<span style="color:#d93025">This event has been canceled.</span><br>\n'
           + body.split("\n", 2)[2].replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>\n")
    ics = gcal_ics(method="CANCEL", uid="0t2kq9v7n1m3b5c8x4z6l0j2hh@google.com", seq=1, summary=summary,
                   organizer=("Wes Okonjo", "wes.okonjo@stonegateadvisory.com"),
                   start="2026-02-12 15:00", end="2026-02-12 15:45", zone=None,
                   dtstamp="20260210T233015Z", created="20260204T170211Z",
                   description="Zoom: https://stonegateadvisory.zoom.us/j/93177260418", status="CANCELLED",
                   location="https://stonegateadvisory.zoom.us/j/93177260418")
    hs = head(addr("Wes Okonjo", "wes.okonjo@stonegateadvisory.com"),
              f"Canceled event: {summary} @ Thu Feb 12, 2026 3pm - 3:45pm (CST) (dani.kowalczyk@example.org)",
              "2026-02-10 17:30", CT, "<calendar-c1d8e2a4-6b77-4e0b-91f3-8a2d4c6e0b19@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ident="mx1.example.org with ESMTPS id 4f0Jp2Nd7Kz9",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "wes.okonjo@stonegateadvisory.com")))
    return message(hs, mixed(alt(text(body), html(htm), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# ---- 14. Hiring manager cancels "Thursday's 10am" - role on hold, no new time


@mail(nm(), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-04-30T14:00:00Z", end=None, contact="lfarrugia@pellhamindustrial.com",
      company="Pellham Industrial", local="Thu 2026-04-30 10:00", zone=DET,
      note="Hiring manager cancels 'Thursday's 10am (9 your time)' interview, sent Mon 27 Apr from Detroit "
           "-> Thu 30 Apr 10:00 EDT = 14:00Z; the role is on hold, no new time; contact = sender")
def pellham_cancel():
    body = t("""
        Dani,

        I'm sorry for the short notice, but I need to cancel Thursday's 10am (9 your time) interview. We found out this afternoon that the Strategy Manager position is on hold while we go through a reorg of the corporate development group, and I don't want to waste your time on a conversation I can't follow through on.

        I genuinely enjoyed your screen with Amir and I've asked him to keep your file active. If the req reopens in Q3 you'll be the first call I make.

        Again, my apologies.

        Lou Farrugia
        VP, Corporate Strategy
        Pellham Industrial, Inc. | 500 Griswold St, Detroit, MI 48226
        """)
    hs = head(addr("Lou Farrugia", "lfarrugia@pellhamindustrial.com"),
              "Thursday's interview", "2026-04-27 17:46", DET,
              "<CAF3k9Q0v2ZyM7pL4nR8wT1xB6cD5eG2hJ0kN9mP3qS@mail.gmail.com>",
              relay="from mail-qk1-f175.google.com (mail-qk1-f175.google.com [209.85.222.175])",
              ident="mx1.example.org with ESMTPS id 4dV6jT0yHsz3")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# ---- 15. Outlook cancellation, Minneapolis bank, Windows zone name


@mail(nm(), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-12-04T19:00:00Z", end="2026-12-04T20:00:00Z", contact="sbergstrom@northstarcoop.com",
      company="Northstar Cooperative Bank", local="Fri 2026-12-04 13:00", local_end="2026-12-04 14:00",
      zone=CT,
      note="Exchange 'Canceled:' meeting (METHOD:CANCEL, STATUS:CANCELLED) for Fri Dec 4 1:00-2:00 PM "
           "Central (CST, UTC-6) -> 19:00Z-20:00Z; start = cancelled slot; contact = organizer")
def northstar_cancel():
    body = t("""
        When: Friday, December 4, 2026 1:00 PM-2:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Northstar Center, 8th floor - Conference Room Itasca

        Hi Dani, we have decided to move forward with an internal candidate for this role, so I'm cancelling Friday's onsite. I'll follow up by email with more detail. Thank you for your time throughout the process.

        Sara
        """)
    desc = ("Hi Dani\\, we have decided to move forward with an internal candidate for this role\\, so I'm "
            "cancelling Friday's onsite. I'll follow up by email with more detail.\\n\\nSara\\n")
    ics = exchange_ics(method="CANCEL",
                       uid="040000008200E00074C5B7101A82E00800000000B07D3A6E8E5FDD0100000000000000001000000077AB21C9D0E54F3FA1B2C3D4E5F60718",
                       seq=1, summary="Canceled: Onsite Interview - D. Kowalczyk - Strategy Manager, Consumer Banking",
                       organizer=("Sara Bergstrom", "sbergstrom@northstarcoop.com"),
                       start="2026-12-04 13:00", end="2026-12-04 14:00", tz="Central Standard Time",
                       dtstamp="20261130T221707Z", description=desc, status="CANCELLED",
                       location="Northstar Center\\, 8th floor - Conference Room Itasca")
    hs = head(addr("Bergstrom, Sara", "sbergstrom@northstarcoop.com"),
              "Canceled: Onsite Interview - D. Kowalczyk - Strategy Manager, Consumer Banking",
              "2026-11-30 16:17", CT,
              "<PH0PR14MB5303D0E1F2A3B4C5D6E7F8091A2B3@PH0PR14MB5303.namprd14.prod.outlook.com>",
              relay="from NAM14-PH0-obe.outbound.protection.outlook.com (mail-ph0nam14on2121.outbound.protection.outlook.com [40.107.202.121])",
              ident="mx1.example.org with ESMTPS id 4kC2mZ9bRfz6",
              extra=(("Thread-Topic", "Onsite Interview - D. Kowalczyk - Strategy Manager, Consumer Banking"),
                     ("Thread-Index", "AdtkQ7n4m0Zc1xYbRk2s9VwE3tPa8w=="),
                     ("Importance", "high"),
                     ("Content-Language", "en-US")))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
           + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>\n")
    return message(hs, alt(text(body), html(htm), calendar(ics, method="CANCEL", cte="base64")))


# ---- 16. SuccessFactors interview scheduling, MM/DD date, New York insurer


@mail(nm(), family="successfactors", lang="en", interview=True, kind="scheduled",
      start="2026-04-16T18:00:00Z", end="2026-04-16T19:00:00Z", contact="jpark@harborviewlife.com",
      company="Harborview Life Insurance", local="Thu 2026-04-16 14:00", local_end="2026-04-16 15:00",
      zone=ET,
      note="SAP SuccessFactors interview scheduling: 'Date: 04/16/2026 Time: 2:00 PM - 3:00 PM (GMT-04:00) "
           "Eastern Time' -> EDT, 18:00Z-19:00Z; ICS with TZID America/New_York; contact = ORGANIZER "
           "(recruiter) from the ICS / body")
def harborview_sf():
    body = t("""
        Dear Dani Kowalczyk,

        Thank you for accepting the interview invitation. Your interview has been scheduled as follows:

        Job Title: Associate, Enterprise Strategy (Requisition ID 18833)
        Date: 04/16/2026
        Time: 2:00 PM - 3:00 PM
        Time Zone: (GMT-04:00) Eastern Time (America/New_York)
        Location: Microsoft Teams (link in the attached calendar invitation)
        Interviewer(s): Helen Szabo, Grant Whitley

        Please add the attached invitation to your calendar. If you have questions, contact your recruiter Joanne Park (jpark@harborviewlife.com).

        Best regards,
        Harborview Life Insurance Company
        Talent Acquisition

        *** This is an automatically generated e-mail. Please do not reply. ***
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[ET]}
BEGIN:VEVENT
UID:SF-IS-18833-55120-2026041614@performancemanager4.successfactors.com
DTSTAMP:20260409T152233Z
DTSTART;TZID=America/New_York:20260416T140000
DTEND;TZID=America/New_York:20260416T150000
SUMMARY:Interview: Associate\\, Enterprise Strategy - Dani Kowalczyk
LOCATION:Microsoft Teams
DESCRIPTION:Interviewer(s): Helen Szabo\\, Grant Whitley\\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ1MmE0%40thread.v2/0
ORGANIZER;CN=Joanne Park:mailto:jpark@harborviewlife.com
ATTENDEE;CN=Dani Kowalczyk;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:dani.kowalczyk@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Harborview Life Insurance Company", "noreply@successfactors.com"),
              "Interview Confirmation - Associate, Enterprise Strategy", "2026-04-09 11:22", ET,
              "<1075231753.228514.1775748153404@pm4app12.successfactors.com>",
              relay="from mail2.successfactors.com (mail2.successfactors.com [155.56.208.101])",
              ident="mx1.example.org with ESMTPS id 4dF8xP1kWmz5")
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="quoted-printable"),
                             calendar(ics, method=None, ctype="text/calendar", filename="interview.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# ---- 17. Taleo confirmation, HTML only, windows-1252, January CST


@mail(nm(), family="taleo", lang="en", interview=True, kind="scheduled",
      start="2026-01-29T14:30:00Z", end=None, contact="mkowalski@graniteridgebank.com",
      company="Granite Ridge Bancorp", local="Thu 2026-01-29 08:30", zone=CT,
      note="Oracle Taleo confirmation, HTML only in windows-1252: 'Thursday, 01/29/2026 at 8:30 AM CT' "
           "(January, CST UTC-6) -> 14:30Z; 'approximately 90 minutes' -> end null; contact = "
           "recruiter address in the body")
def graniteridge_taleo():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Dani,</p>
        <p>Thank you for your continued interest in Granite Ridge Bancorp. We are pleased to confirm your interview for the position of <b>Senior Analyst \u2013 Strategic Planning</b> (Requisition 26000417).</p>
        <p><b>Date/Time:</b> Thursday, 01/29/2026 at 8:30 AM CT<br>
        <b>Location:</b> Granite Ridge Bancorp, 800 Nicollet Mall, 19th Floor, Minneapolis, MN 55402<br>
        <b>Format:</b> In-person panel \u2013 three 30-minute conversations, approximately 90 minutes in total</p>
        <p>Please bring a government-issued photo ID; visitors check in at the Nicollet Mall lobby desk. Parking validation is available at the Marquette ramp.</p>
        <p>If you have any questions or need to reschedule, please contact Michelle Kowalski at <a href="mailto:mkowalski@graniteridgebank.com">mkowalski@graniteridgebank.com</a> or 612-555-0149.</p>
        <p>We look forward to meeting you \u2014 good luck!</p>
        <p>Granite Ridge Bancorp Talent Acquisition</p>
        <p><font size="1" color="#808080">Please do not reply to this message. Replies to this message are routed to an unmonitored mailbox.</font></p>
        </font></body></html>
        """)
    hs = head(addr("Granite Ridge Bancorp", "graniteridge@taleo.net"),
              "Interview Confirmation \u2013 Senior Analyst \u2013 Strategic Planning", "2026-01-23 14:10", CT,
              "<1190734.2203.1769199000417.JavaMail.taleo@phx-mta-07.taleo.net>",
              relay="from phx-mta-07.taleo.net (phx-mta-07.taleo.net [148.87.31.17])",
              ident="mx1.example.org with ESMTPS id 4dB0sQ3hNrz1")
    return message(hs, html(htm, charset="windows-1252", cte="quoted-printable"))


# ---- 18. Avature: fit interview, consulting, mail says ET and CT


@mail(nm(), family="avature", lang="en", interview=True, kind="scheduled",
      start="2026-11-11T21:00:00Z", end="2026-11-11T21:45:00Z",
      contact="grace.holloway@whitlockstrategy.com", company="Whitlock Strategy Group",
      local="Wed 2026-11-11 16:00", local_end="2026-11-11 16:45", zone=ET,
      note="Avature confirmation: Wed Nov 11, 4:00-4:45 PM ET / 3:00-3:45 PM CT; after 1 Nov so EST "
           "(UTC-5) -> 21:00Z-21:45Z; contact = recruiter address in the body (sender is a no-reply)")
def whitlock_avature():
    body = t("""
        Dear Dani,

        We are pleased to confirm your Fit Interview with Whitlock Strategy Group.

        Position: Consultant (Experienced Hire) - Financial Services Practice
        Date: Wednesday, November 11, 2026
        Time: 4:00 PM - 4:45 PM Eastern Time (3:00 PM - 3:45 PM Central)
        Interviewer: Andrew Castellanos, Principal
        Format: Zoom video - https://whitlockstrategy.zoom.us/j/98110243375

        The fit interview focuses on your experiences and motivation; there will be no case. Please have your camera on and find a quiet space.

        Should you need to make any changes, please contact Grace Holloway, Experienced Hire Recruiting, at grace.holloway@whitlockstrategy.com.

        Kind regards,
        Whitlock Strategy Group Recruiting

        You received this email because you applied through the Whitlock Strategy Group Careers portal. Privacy Policy: https://whitlockstrategy.avature.net/privacy
        """)
    htm = ('<html><body><table width="640" style="font-family:Georgia,serif;font-size:14px;color:#1a1a1a">'
           '<tr><td style="border-bottom:1px solid #c5a46d;padding:12px 0"><b>WHITLOCK STRATEGY GROUP</b></td></tr>'
           '<tr><td style="padding:14px 0">' + body.replace("&", "&amp;").replace("\n", "<br>\n")
           + "</td></tr></table></body></html>\n")
    hs = head(addr("Whitlock Strategy Group Recruiting", "noreply@whitlockstrategy.avature.net"),
              "Interview Confirmation - Fit Interview - Whitlock Strategy Group", "2026-11-05 10:37", ET,
              "<avature.5f2c91e0a4b7.20261105153701@whitlockstrategy.avature.net>",
              relay="from mail-out3.avature.net (mail-out3.avature.net [190.210.33.93])",
              ident="mx1.example.org with ESMTPS id 4jK5rB2vXcz4")
    return message(hs, alt(text(body), html(htm)))


# ---- 19. Phenom: remote role, interviewer in Arizona (MST all year)


@mail(nm(), family="phenom", lang="en", interview=True, kind="scheduled",
      start="2026-08-04T22:00:00Z", end="2026-08-04T22:45:00Z",
      contact="kayla.brandt@canyonlandshealth.org", company="Canyonlands Health",
      local="Tue 2026-08-04 15:00", local_end="2026-08-04 15:45", zone="America/Phoenix",
      note="Phenom scheduling confirmation for a remote role: Tue Aug 4, 3:00 PM MST (Arizona, no DST, "
           "UTC-7) for 45 minutes -> 22:00Z-22:45Z (= 5:00 PM in Chicago); contact = recruiter in the "
           "signature")
def canyonlands_phenom():
    body = t("""
        Hi Dani,

        Great news! Your interview has been scheduled.

        Role: Manager, Strategy & Business Planning (Remote - US)
        When: Tue, Aug 4, 2026, 3:00 PM - 3:45 PM MST (Arizona)
        Where: Microsoft Teams (link below)
        With: Dr. Anita Ruelas, VP Strategic Planning

        Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FueW9u%40thread.v2/0

        Add to calendar: https://canyonlandshealth.phenompeople.com/calendar/ics/7d31f0c2
        Need to reschedule? https://canyonlandshealth.phenompeople.com/schedule/manage/7d31f0c2

        Heads up: our team is in Phoenix, and Arizona does not observe daylight saving time.

        Kayla Brandt
        Talent Acquisition Partner, Canyonlands Health
        kayla.brandt@canyonlandshealth.org
        """)
    htm = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#2b2b2b">
        <div style="max-width:600px;margin:auto">
        <div style="background:#b5532c;color:#fff;padding:18px 24px;font-size:20px">Canyonlands Health</div>
        <div style="padding:24px">
        <p>Hi Dani,</p><p><b>Great news! Your interview has been scheduled.</b></p>
        <p>Role: Manager, Strategy &amp; Business Planning (Remote - US)<br>
        When: Tue, Aug 4, 2026, 3:00 PM - 3:45 PM MST (Arizona)<br>
        Where: Microsoft Teams (link below)<br>
        With: Dr. Anita Ruelas, VP Strategic Planning</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FueW9u%40thread.v2/0">Join Microsoft Teams meeting</a></p>
        <p><a href="https://canyonlandshealth.phenompeople.com/calendar/ics/7d31f0c2">Add to calendar</a> &middot; <a href="https://canyonlandshealth.phenompeople.com/schedule/manage/7d31f0c2">Need to reschedule?</a></p>
        <p>Heads up: our team is in Phoenix, and Arizona does not observe daylight saving time.</p>
        <p>Kayla Brandt<br>Talent Acquisition Partner, Canyonlands Health<br><a href="mailto:kayla.brandt@canyonlandshealth.org">kayla.brandt@canyonlandshealth.org</a></p>
        </div></div></body></html>
        """)
    hs = head(addr("Canyonlands Health Careers", "no-reply@phenompeople.com"),
              "Your interview is scheduled: Manager, Strategy & Business Planning", "2026-07-30 08:15",
              "America/Phoenix", "<0100019a3f5e7c2d-8e1b2c3d-4f5a-6b7c-8d9e-0f1a2b3c4d5e-000000@email.amazonses.com>",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              ident="mx1.example.org with ESMTPS id 4gY7tF0kDqz2")
    return message(hs, alt(text(body), html(htm)))


# ---- 20. Modern Hire live video interview, numeric US date, IANA zone name in the text


@mail(nm(), family="modern_hire", lang="en", interview=True, kind="scheduled",
      start="2026-12-08T16:00:00Z", end="2026-12-08T17:00:00Z", contact="tlind@prairiestateins.com",
      company="Prairie State Insurance", local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00",
      zone=CT,
      note="Modern Hire live interview: '12/8/2026 10:00 AM - 11:00 AM (America/Chicago)' -> CST (UTC-6), "
           "16:00Z-17:00Z; contact = 'scheduled by' recruiter address in the body")
def prairiestate_modernhire():
    body = t("""
        Prairie State Insurance

        Dani Kowalczyk,

        You have been scheduled for a Live Video Interview.

        Position: Strategy Analyst II - Chicago, IL
        Date/Time: 12/8/2026 10:00 AM - 11:00 AM (America/Chicago)
        Interviewer(s): Cheryl Anand; Dominic Reyes
        Scheduled by: Trevor Lind (tlind@prairiestateins.com)

        On the day of your interview, use the link below to enter the virtual waiting room up to 10 minutes before the start time. A computer with Chrome or Edge is recommended.

        Enter Interview: https://prairiestate.modernhire.com/live/launch?k=Zq81mW0tRa

        Please do not reply to this email.
        Powered by Modern Hire
        """)
    hs = head(addr("Prairie State Insurance", "no-reply@modernhire.com"),
              "Live Video Interview Scheduled - Strategy Analyst II", "2026-12-02 13:48", CT,
              "<20261202194811.8f2e1a7b3c9d@mailer.modernhire.com>",
              relay="from mailer.modernhire.com (mailer.modernhire.com [52.14.190.22])",
              ident="mx1.example.org with ESMTPS id 4kG1cW7nPhz8")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# ---- 21. Forwarded to self: recruiter's confirmation from a personal thread


@mail(nm(), family="forward_self", lang="en", interview=True, kind="scheduled",
      start="2026-06-01T18:00:00Z", end="2026-06-01T19:00:00Z", contact="jberman@elleryandstone.com",
      company="Ellery & Stone", local="Mon 2026-06-01 13:00", local_end="2026-06-01 14:00", zone=CT,
      note="Dani forwards the recruiter's confirmation to herself: 'Monday 6/1 at 1 pm Central ... an "
           "hour' -> CDT (UTC-5), 18:00Z-19:00Z; sender is the candidate, so contact = recruiter in the "
           "forwarded header")
def ellery_forward():
    body = t("""
        for the calendar - case interview round 1!! prep the profitability frameworks

        ---------- Forwarded message ---------
        From: Josh Berman <jberman@elleryandstone.com>
        Date: Tue, May 26, 2026 at 4:41 PM
        Subject: Ellery & Stone - first round
        To: Dani Kowalczyk <dani.kowalczyk@example.org>


        Hi Dani,

        Great speaking with you earlier. As discussed, you're set for your first round on Monday 6/1 at 1 pm Central - two back-to-back 30 minute case interviews, so plan on an hour. We'll do it in person at our Chicago office (70 W. Madison, 38th floor). Ask for me at the front desk.

        Cheers,
        Josh

        Josh Berman
        Senior Recruiter, Ellery & Stone
        """)
    hs = head(ME, "Fwd: Ellery & Stone - first round", "2026-05-27 07:55", CT,
              "<CAJx8v2Ovw7qY3nX0fEllery1@mail.example.org>",
              relay="from mail-lf1-f44.example.org (mail-lf1-f44.example.org [10.20.4.44])",
              ident="mx1.example.org with ESMTPS id 4gF3nR8cSxz0")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 22. Hiring manager, HTML-only base64 in iso-8859-1, "Monday at 8"


@mail(nm(), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-09-28T13:00:00Z", end=None, contact="greg.lindqvist@borealfoods.com",
      company="Boreal Foods", local="Mon 2026-09-28 08:00", zone=CT,
      note="Hiring manager's HTML-only (iso-8859-1, base64) note sent Fri 25 Sep: 'Monday at 8' with a "
           "pasted Zoom block 'Sep 28, 2026 08:00 AM Central Time' -> CDT, 13:00Z; no length -> end null; "
           "contact = sender")
def boreal_zoom():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Dani,</p>
        <p>Thanks for sending over your résumé and the writeup on the distributor pricing project - really sharp. Let's keep Monday at 8 for our conversation (early, I know - my day fills up fast). Zoom details are below. I'll have our FP&amp;A director, Bjørn Halvorsen, join for the second half.</p>
        <p>Have a good weekend,<br>Greg</p>
        <p>Greg Lindqvist<br>Director, Strategy &amp; Planning<br>Boreal Foods · Minneapolis, MN</p>
        <hr>
        <p>Greg Lindqvist is inviting you to a scheduled Zoom meeting.<br><br>
        Topic: Dani Kowalczyk / Greg Lindqvist - Senior Strategy Analyst<br>
        Time: Sep 28, 2026 08:00 AM Central Time (US and Canada)<br><br>
        Join Zoom Meeting<br>
        <a href="https://borealfoods.zoom.us/j/81244907215?pwd=Q2hWb0xU">https://borealfoods.zoom.us/j/81244907215?pwd=Q2hWb0xU</a><br><br>
        Meeting ID: 812 4490 7215<br>Passcode: 550213<br><br>
        One tap mobile<br>+13126266799,,81244907215#,,,,*550213# US (Chicago)</p>
        </div></body></html>
        """)
    hs = head(addr("Greg Lindqvist", "greg.lindqvist@borealfoods.com"),
              "Monday", "2026-09-25 16:20", CT,
              "<SJ0PR13MB5912F7A0E1C3B9D44F2A6C8E1B07@SJ0PR13MB5912.namprd13.prod.outlook.com>",
              relay="from NAM13-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam13on2117.outbound.protection.outlook.com [40.107.199.117])",
              ident="mx1.example.org with ESMTPS id 4hP2vN6mKrz3")
    return message(hs, html(htm, charset="iso-8859-1", cte="base64"))


# ---- 23. Webex meeting invitation from the messenger address, host as Reply-To


@mail(nm(), family="webex", lang="en", interview=True, kind="scheduled",
      start="2026-07-14T17:00:00Z", end="2026-07-14T18:30:00Z", contact="smoreau@atlanticcrownbank.com",
      company="Atlantic Crown Bank", local="Tue 2026-07-14 13:00", local_end="2026-07-14 14:30", zone=ET,
      note="Webex invitation 'Tuesday, July 14, 2026 1:00 PM | (UTC-04:00) Eastern Time | 1 hr 30 mins' -> "
           "17:00Z-18:30Z; Webex's own sender, host is Reply-To and ORGANIZER -> contact")
def atlanticcrown_webex():
    body = t("""
        Stephanie Moreau invites you to join this Webex meeting.

        Panel Interview - Strategy Associate - Dani Kowalczyk
        Tuesday, July 14, 2026
        1:00 PM  |  (UTC-04:00) Eastern Time (US & Canada)  |  1 hr 30 mins

        Join meeting
        https://atlanticcrownbank.webex.com/atlanticcrownbank/j.php?MTID=m4c1a7e2f0b9d8c3e5a6f1b2c3d4e5f60

        More ways to join:

        Join by meeting number
        Meeting number (access code): 2634 018 9952
        Meeting password: Pnl7Strat (76578728 from phones and video systems)

        Tap to join from a mobile device (attendees only)
        +1-415-655-0001,,26340189952#76578728# US Toll

        Hi Dani - this is the panel with Raj Menon, Cynthia Alvarez and Tom Brecker from the Corporate Strategy team. Each will take ~25 minutes. Please have your case deck from the take-home ready to share. -Stephanie

        Need help? Go to https://help.webex.com
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[ET]}
BEGIN:VEVENT
UID:c6e1a4f09b2d4e3f8a7b6c5d4e3f2a1b@webex.com
DTSTAMP:20260708T141902Z
DTSTART;TZID=America/New_York:20260714T130000
DTEND;TZID=America/New_York:20260714T143000
SUMMARY:Panel Interview - Strategy Associate - Dani Kowalczyk
LOCATION:https://atlanticcrownbank.webex.com/atlanticcrownbank/j.php?MTID=m4c1a7e2f0b9d8c3e5a6f1b2c3d4e5f60
ORGANIZER;CN=Stephanie Moreau:mailto:smoreau@atlanticcrownbank.com
ATTENDEE;CN=Dani Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dani.kowalczyk@example.org
SEQUENCE:0
STATUS:CONFIRMED
DESCRIPTION:Join meeting: https://atlanticcrownbank.webex.com/atlanticcrownbank/j.php?MTID=m4c1a7e2f0b9d8c3e5a6f1b2c3d4e5f60
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Stephanie Moreau (via Webex)", "messenger@webex.com"),
              "Webex meeting invitation: Panel Interview - Strategy Associate - Dani Kowalczyk",
              "2026-07-08 10:19", ET, "<1683729154.41127.1783520342719@webex.com>",
              relay="from mda1.webex.com (mda1.webex.com [66.163.34.17])",
              ident="mx1.example.org with ESMTPS id 4g8Hq3Wz2Lz5",
              extra=(("Reply-To", addr("Stephanie Moreau", "smoreau@atlanticcrownbank.com")),))
    htm = ('<html><body><table style="font-family:Arial,sans-serif;font-size:14px;color:#121212"><tr><td>'
           + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</td></tr></table></body></html>\n")
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, ctype="text/calendar", filename="WebexMeeting.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# =====================================================================================
# NEGATIVES (keys 24..50)
# =====================================================================================

# ---- 24. LinkedIn job alert


@mail(nm(), family="job_alert", lang="en", interview=False, company=None,
      note="Job alert digest; 'Actively interviewing' badges and 'Easy Apply' confirm nothing")
def linkedin_alert():
    body = t("""
        Your job alert for strategy analyst in Chicago, Illinois, United States
        8 new jobs match your preferences.

        Senior Strategy Analyst
        Calloway Partners
        Chicago, IL (Hybrid)
        Actively recruiting \u00b7 Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4120988311/

        Manager, Corporate Strategy
        Tallgrass Manufacturing
        Milwaukee, WI (On-site)
        Your profile matches this job \u00b7 Interviewing candidates now
        View job: https://www.linkedin.com/comm/jobs/view/4121004576/

        Strategy & Operations Associate
        Quadrant Health (Remote)
        United States (Remote)
        Easy Apply \u00b7 12 applicants
        View job: https://www.linkedin.com/comm/jobs/view/4120377102/

        FP&A to Strategy - Senior Analyst
        Halcyon Retail Group
        Chicago, IL
        Promoted \u00b7 3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4119843120/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1788234190

        ----------------------------------------
        This email was intended for Dani Kowalczyk (Senior Financial Analyst at Lakeview Distribution)
        You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn
        \u00a9 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    htm = ('<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">'
           + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</body></html>\n")
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "\u201cstrategy analyst\u201d: Calloway Partners - Senior Strategy Analyst and more",
              "2026-02-02 06:04", CT, "<1436598521.7392217.1770033840511@ltx1-app3355.prod.linkedin.com>",
              relay="from mailb-ea.linkedin.com (mailb-ea.linkedin.com [108.174.3.201])",
              ident="mx1.example.org with ESMTPS id 4dX2fN9hTtz1",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn>"),
                     ("X-LinkedIn-Class", "JOBS-TO-MBR"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


# ---- 25. Workday application received (HTML only)


@mail(nm(), family="application_ack", lang="en", interview=False, company="Renwick Motor Company",
      note="Workday application-received acknowledgment; 'if selected for an interview' is hypothetical")
def renwick_ack():
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Dani,</p>
        <p>Thank you for applying to the <b>Senior Financial Analyst, Strategy</b> position (JR-0093184) at Renwick Motor Company. We have received your application and our Talent Acquisition team is reviewing your qualifications.</p>
        <p>If your background is a match, a member of our team will contact you to schedule an interview. Because of the high volume of applications we receive, we are unable to respond to every applicant individually.</p>
        <p>You can check the status of your application at any time in your <a href="https://renwick.wd1.myworkdayjobs.com/Renwick_Careers/userHome">candidate home</a>.</p>
        <p>Thank you,<br>Renwick Motor Company Talent Acquisition</p>
        <p style="font-size:11px;color:#666">Renwick Motor Company is an Equal Opportunity Employer. This mailbox is not monitored.</p>
        </body></html>
        """)
    hs = head(addr("Renwick Motor Company", "renwick@myworkday.com"),
              "Thank you for applying - Senior Financial Analyst, Strategy", "2026-10-05 21:33", DET,
              "<1988432011.90312.1791250380774@wd1-prod-mta-5.myworkday.com>",
              relay="from wd1-prod-mta-5.myworkday.com (wd1-prod-mta-5.myworkday.com [199.16.159.55])",
              ident="mx1.example.org with ESMTPS id 4j0Rq1Vc8Mz6")
    return message(hs, html(htm))


# ---- 26. Rejection after the superday


@mail(nm(), family="rejection", lang="en", interview=False, company="Barrow & Quint",
      days=(("Fri", "2026-10-09"),),
      note="Rejection after the Superday; mentions the past interview date (Fri Oct 9), nothing new")
def barrow_rejection():
    body = t("""
        Dear Dani,

        Thank you for taking the time to interview with Barrow & Quint on Friday, October 9. Everyone who met you appreciated the thought you put into both cases and your candor in the fit conversation.

        After careful consideration, we will not be extending an offer at this time. This was a highly competitive process and the decision was a difficult one.

        Jonathan Meyers has offered to share some feedback if that would be useful; let me know and I'll set up 15 minutes with him.

        We would welcome your application again in the future, and wish you the best in your search.

        Warm regards,
        Allison Tran
        Recruiting Coordinator | Barrow & Quint
        """)
    hs = head(addr("Allison Tran", "allison.tran@barrowquint.com"),
              "Your candidacy with Barrow & Quint", "2026-10-16 15:02", ET,
              "<BN8PR04MB62107C3E9A11B2D4F0C5E8A7D931@BN8PR04MB6210.namprd04.prod.outlook.com>",
              relay="from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2109.outbound.protection.outlook.com [40.107.100.109])",
              ident="mx1.example.org with ESMTPS id 4jF9kS2wNbz3")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 27. Offer letter with a fixed call to walk through it


@mail(nm(), family="offer", lang="en", interview=False, company="Tallgrass Manufacturing",
      days=(("Thu", "2026-04-02"), ("Fri", "2026-04-10")),
      note="Offer letter mail; proposes a fixed call (Thu Apr 2 at 4 PM) to walk through the offer, which "
           "is not an interview")
def tallgrass_offer():
    body = t("""
        Hi Dani,

        On behalf of everyone at Tallgrass Manufacturing, I'm thrilled to extend you an offer for the position of Senior Analyst, Corporate Strategy! Your offer letter is attached and is also available in your Workday candidate home.

        Highlights:
        - Base salary: $112,000
        - Annual incentive target: 12%
        - Proposed start date: Monday, May 4, 2026
        - Hybrid: 3 days a week in our Milwaukee office, relocation support of $7,500

        Paul and I would love to walk you through the details and answer any questions - I've put a hold on Thursday, April 2 at 4:00 PM for a quick call. If that doesn't work, just let me know.

        Please review and sign via Workday by Friday, April 10.

        Congratulations!
        Karen

        Karen Vossberg
        Talent Acquisition Partner | Tallgrass Manufacturing
        karen.vossberg@tallgrassmfg.com | 414-555-0178
        """)
    hs = head(addr("Karen Vossberg", "karen.vossberg@tallgrassmfg.com"),
              "Offer - Senior Analyst, Corporate Strategy", "2026-03-30 11:26", CT,
              "<CO1PR19MB5040B2C4D6E8F0A1B3C5D7E9F1A2@CO1PR19MB5040.namprd19.prod.outlook.com>",
              relay="from NAM19-CO1-obe.outbound.protection.outlook.com (mail-co1nam19on2063.outbound.protection.outlook.com [40.107.211.63])",
              ident="mx1.example.org with ESMTPS id 4fL3wY8dQhz2")
    pdf = attached_pdf("Offer_Letter_Kowalczyk.pdf")
    return message(hs, mixed(text(body), pdf))


def attached_pdf(filename: str):
    import base64 as _b64

    raw = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    return Part([("Content-Type", f'application/pdf; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")],
                _b64.encodebytes(raw).replace(b"\n", b"\r\n"))


# ---- 28. Staffing agency outreach, no time fixed


@mail(nm(), family="recruiter_outreach", lang="en", interview=False, company="Keystone Finance Staffing",
      note="Staffing recruiter outreach asking for a quick call 'this week'; nothing fixed")
def keystone_outreach():
    body = t("""
        Hi Dani,

        Tyler here with Keystone Finance Staffing in Chicago. I came across your resume on our database and wanted to reach out - I'm working on a contract-to-hire FP&A Lead role with a food manufacturer in the western suburbs (Oak Brook area) and your background at Lakeview looks like a really strong fit. Pay range is $60-65/hr, hybrid 3 days.

        Do you have 10-15 minutes this week for a quick call? Feel free to just text me at 312-555-0115 with a good time, that's usually fastest.

        Thanks!
        Tyler Gunderson
        Senior Recruiting Manager, Finance & Accounting
        Keystone Finance Staffing | 10 S. Wacker Dr, Ste 1900, Chicago, IL
        tgunderson@keystonestaffing.com

        Keystone is an Equal Opportunity Employer. If you'd prefer not to receive job opportunities from us, reply UNSUBSCRIBE.
        """)
    hs = head(addr("Tyler Gunderson", "tgunderson@keystonestaffing.com"),
              "FP&A Lead - contract to hire - Oak Brook", "2026-07-14 09:12", CT,
              "<BYAPR08MB5975E3A1C0F7D82B4E96A1C0D2F3@BYAPR08MB5975.namprd08.prod.outlook.com>",
              relay="from NAM08-BYA-obe.outbound.protection.outlook.com (mail-bya08on2071.outbound.protection.outlook.com [40.107.93.71])",
              ident="mx1.example.org with ESMTPS id 4fY0jC3mPvz9")
    return message(hs, text(body))


# ---- 29. Greenhouse availability request (self-schedule, nothing booked yet)


@mail(nm(), family="scheduling_link", lang="en", interview=False, company="Stonegate Advisory",
      note="Greenhouse availability request for round 1; the candidate is asked to submit times, nothing "
           "is booked")
def stonegate_availability():
    body = t("""
        Hi Dani,

        Thanks so much for your interest in the Associate, Strategy & Operations role at Stonegate Advisory! We'd like to invite you to a first round case interview (45 minutes, Zoom).

        Please use the link below to let us know your availability over the next two weeks. Once we receive it, we'll send a calendar invitation with the details.

        https://app.greenhouse.io/availability/7f3b9c21d0a84e56b2/submit

        Best,
        Wes Okonjo
        Recruiting Lead, Stonegate Advisory
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Dani,</p>
        <p>Thanks so much for your interest in the Associate, Strategy &amp; Operations role at Stonegate Advisory! We'd like to invite you to a first round case interview (45 minutes, Zoom).</p>
        <p>Please use the link below to let us know your availability over the next two weeks. Once we receive it, we'll send a calendar invitation with the details.</p>
        <p><a href="https://app.greenhouse.io/availability/7f3b9c21d0a84e56b2/submit" style="background:#24a47f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Submit Availability</a></p>
        <p>Best,<br>Wes Okonjo<br>Recruiting Lead, Stonegate Advisory</p>
        </body></html>
        """)
    hs = head(addr("Wes Okonjo", "no-reply@us.greenhouse-mail.io"),
              "Stonegate Advisory - please share your availability", "2026-02-03 11:47", CT,
              "<20260203174701.1.8C2D4E6F@us.greenhouse-mail.io>",
              relay="from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [168.245.39.7])",
              ident="mx1.example.org with ESMTPS id 4dY6gW1pBnz4",
              extra=(("Reply-To", addr("Wes Okonjo", "wes.okonjo@stonegateadvisory.com")),))
    return message(hs, alt(text(body), html(htm)))


# ---- 30. Slot proposals, not yet agreed


@mail(nm(), family="slot_proposal", lang="en", interview=False, company="Calloway Partners",
      days=(("Thu", "2026-03-19"), ("Fri", "2026-03-20")),
      note="Recruiter proposes three first-round slots and asks Dani to pick; nothing agreed yet")
def calloway_slots():
    body = t("""
        Hi Dani,

        Thanks for the quick turnaround on the online assessment - you passed with flying colors, and we'd love to move you to a first round case interview with one of our engagement managers.

        Would any of these work? (all Central)
          - Thu 3/19, 3:00-4:00pm
          - Fri 3/20, 9:00-10:00am
          - Fri 3/20, 1:30-2:30pm

        Just reply with your preference and I'll send the Zoom invite. If none of these work, send me a couple of windows next week.

        Megan

        Megan O'Rourke | Campus & Experienced Recruiting
        Calloway Partners
        """)
    hs = head(addr("Megan O'Rourke", "megan.orourke@callowaypartners.com"),
              "Calloway Partners - first round", "2026-03-09 10:31", CT,
              "<SA1PR02MB8560A0B2C4D6E8F1A3B5C7D9E0F1@SA1PR02MB8560.namprd02.prod.outlook.com>",
              relay="from NAM02-SA1-obe.outbound.protection.outlook.com (mail-sa1nam02on2100.outbound.protection.outlook.com [40.107.96.100])",
              ident="mx1.example.org with ESMTPS id 4f3Kp7Qb2Xz6")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# ---- 31. Take-home case with a deadline


@mail(nm(), family="take_home", lang="en", interview=False, company="Ashgrove Strategy Partners",
      days=(("Fri", "2026-05-15"),),
      note="Take-home case exercise with a submission deadline (Fri May 15, 5 PM CT); no meeting")
def ashgrove_takehome():
    body = t("""
        Hi Dani,

        Really enjoyed our coffee chat! As promised, attached is the written case exercise for the Senior Consultant role. It's a market-sizing and entry recommendation for a (fictionalized) regional cold-storage operator. Please plan on 3-4 hours; we're not looking for polish, we're looking for structure and judgment.

        Please send your deck (max 8 slides) and the supporting Excel back to me by Friday, May 15 at 5:00 PM CT. If the timing is hard with your current job, tell me and we'll extend.

        Best,
        Priya

        Priya Natarajan
        Principal | Ashgrove Strategy Partners
        Minneapolis \u00b7 Chicago
        """)
    hs = head(addr("Priya Natarajan", "priya.natarajan@ashgrovestrategy.com"),
              "Ashgrove case exercise", "2026-05-08 08:40", CT,
              "<CAGm7Rk2x0Pq9Lw3Ashgrove4Zn8Vb1Yc5@mail.gmail.com>",
              relay="from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
              ident="mx1.example.org with ESMTPS id 4gD2sM5kHqz1")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), attached_pdf("Ashgrove_Case_Exercise.pdf")))


# ---- 32. HireVue one-way (on-demand) interview: complete by a deadline


@mail(nm(), family="assessment", lang="en", interview=False, company="Brightline Mutual Insurance",
      days=(("Fri", "2026-04-10"),),
      note="HireVue on-demand (one-way) video interview invitation: record any time before the deadline; "
           "no scheduled meeting")
def brightline_ondemand():
    body = t("""
        Hello Dani,

        Thank you for your interest in the Financial Planning & Strategy Analyst role at Brightline Mutual Insurance. As the next step, we invite you to complete an on-demand video interview through HireVue.

        You will be asked 5 questions and have up to 3 minutes to record each answer. You can complete the interview at any time that's convenient for you before the deadline.

        Deadline: Friday, April 10, 2026 at 11:59 PM Central

        Start Interview: https://app.hirevue.com/interviews/ondemand/8mP2qL7v

        Tips: use a laptop with a webcam, test your connection, and find a quiet, well-lit space. You'll have a practice question first.

        Good luck!
        Brightline Mutual Insurance Talent Acquisition
        """)
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px">'
           + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</body></html>\n")
    hs = head(addr("Brightline Mutual Insurance via HireVue", "noreply@hirevue.com"),
              "Brightline Mutual Insurance invites you to a video interview", "2026-04-03 12:02", CT,
              "<0100019d3a1b2c3d-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-000000@email.amazonses.com>",
              relay="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              ident="mx1.example.org with ESMTPS id 4f9Wc2Rk1Dz7")
    return message(hs, alt(text(body, cte="base64"), html(htm, cte="base64")))


# ---- 33. Online assessment invitation


@mail(nm(), family="assessment", lang="en", interview=False, company="Harborview Life Insurance",
      note="Numerical and verbal reasoning assessment to complete within 72 hours; not an interview")
def harborview_assessment():
    body = t("""
        Dear Dani Kowalczyk,

        Harborview Life Insurance Company has invited you to complete an online assessment as part of your application for Associate, Enterprise Strategy.

        Assessment: Numerical Reasoning + Verbal Reasoning (approx. 40 minutes total)
        Please complete within 72 hours of receiving this email.

        Begin assessment: https://harborview.assessments-talentcentral.com/start?token=QW5rT2x1c3RhMjAyNg

        Before you start, make sure you are in a quiet environment with a stable internet connection. You may use a calculator and scratch paper. Once you begin, the timer cannot be paused.

        Accessibility: If you require an accommodation, contact the Harborview recruiting team before starting.

        Regards,
        Talent Central on behalf of Harborview Life Insurance Company
        """)
    hs = head(addr("Harborview Life Insurance - Talent Central", "donotreply@talentcentral.example-assess.com"),
              "Action required: online assessment for Associate, Enterprise Strategy", "2026-03-31 09:55", ET,
              "<20260331135502.46f1a0c7@talentcentral.example-assess.com>",
              relay="from mta2.talentcentral.example-assess.com (mta2.talentcentral.example-assess.com [198.51.100.24])",
              ident="mx1.example.org with ESMTPS id 4fQ1sX6zJpz2")
    return message(hs, text(body, cte="quoted-printable"))


# ---- 34. Dentist appointment with ICS


@mail(nm(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-24"),),
      note="Dentist appointment confirmation with an ICS; confirmed time but not an interview")
def dentist():
    body = t("""
        Hi Dani,

        This is a reminder of your upcoming appointment at Wicker Park Family Dental.

        Tuesday, March 24, 2026 at 8:00 AM
        Dr. Angela Russo - Cleaning & Exam (60 min)
        1520 N. Milwaukee Ave, Chicago, IL 60622

        Reply C to confirm or call (773) 555-0133 to reschedule. Please allow 24 hours' notice for cancellations.

        See you soon!
        Wicker Park Family Dental
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weave//Appointments//EN
METHOD:PUBLISH
{VTZ[CT]}
BEGIN:VEVENT
UID:appt-88120455@getweave.com
DTSTAMP:20260317T140203Z
DTSTART;TZID=America/Chicago:20260324T080000
DTEND;TZID=America/Chicago:20260324T090000
SUMMARY:Dental appointment - Wicker Park Family Dental
LOCATION:1520 N. Milwaukee Ave\\, Chicago\\, IL 60622
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Wicker Park Family Dental", "appointments@getweave.com"),
              "Appointment reminder: Tue, Mar 24 at 8:00 AM", "2026-03-17 09:02", CT,
              "<20260317140203.88120455@getweave.com>",
              relay="from o3.email.getweave.com (o3.email.getweave.com [149.72.160.3])",
              ident="mx1.example.org with ESMTPS id 4fP7vN2cWkz0")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment", cte="base64", name_param=True)))


# ---- 35. Recurring 1:1 with the current manager (Exchange, current employer)


@mail(nm(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-01-07"),),
      note="Weekly 1:1 with the current manager at Lakeview Distribution (Exchange, RRULE); not an "
           "interview")
def lakeview_oneonone():
    body = t("""
        When: Occurs every Wednesday effective 1/7/2026 from 9:30 AM to 10:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Tom's office / Teams

        Moving our 1:1 to Wednesday mornings for Q1 so it's after the weekly flash. Bring the variance bridge if it's ready.

        -Tom
        """)
    ics = exchange_ics(method="REQUEST",
                       uid="040000008200E00074C5B7101A82E008000000009D4C1B0E2A7DDC010000000000000000100000004F2E1D0C9B8A79685746352413021F0E",
                       seq=0, summary="Dani / Tom 1:1", organizer=("Tom Reznik", "treznik@lakeviewdist.com"),
                       start="2026-01-07 09:30", end="2026-01-07 10:00", tz="Central Standard Time",
                       dtstamp="20260102T161144Z",
                       description="Moving our 1:1 to Wednesday mornings for Q1 so it's after the weekly flash.\\n\\n-Tom\\n",
                       location="Tom's office / Teams", extra="\nRRULE:FREQ=WEEKLY;BYDAY=WE;WKST=SU")
    hs = head(addr("Reznik, Tom", "treznik@lakeviewdist.com"), "Dani / Tom 1:1", "2026-01-02 10:11", CT,
              "<DS7PR12MB6118A3F4E5D6C7B8A9F0E1D2C3B4@DS7PR12MB6118.namprd12.prod.outlook.com>",
              relay="from NAM12-DS7-obe.outbound.protection.outlook.com (mail-ds7nam12on2055.outbound.protection.outlook.com [40.107.237.55])",
              ident="mx1.example.org with ESMTPS id 4d9Fz0Rm6Kz3",
              to=addr("Kowalczyk, Dani", "dkowalczyk@lakeviewdist.com"),
              extra=(("Thread-Topic", "Dani / Tom 1:1"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# ---- 36. Apartment showing confirmation


@mail(nm(), family="personal_appointment", lang="en", interview=False, company=None,
      days=(("Sat", "2026-06-06"),),
      note="Apartment showing confirmed for Sat Jun 6 at 11:15 AM; not an interview")
def apartment_showing():
    body = t("""
        Hi Dani,

        Your showing is confirmed!

        2 bed / 1 bath at 1842 W. Augusta Blvd, Unit 3R
        Saturday, June 6, 2026 at 11:15 AM
        Leasing agent: Marcus (he'll meet you at the front gate)

        Please bring a photo ID. If you're interested after the tour, you can apply online; the application fee is $55 per adult.

        Need to change your appointment? Reply to this email or text (312) 555-0177.

        North Branch Property Group
        """)
    hs = head(addr("North Branch Property Group", "leasing@northbranchpg.com"),
              "Showing confirmed: 1842 W. Augusta #3R - Sat 6/6 11:15 AM", "2026-06-03 18:22", CT,
              "<a1b2c3d4e5f6.showing.20260603@mail.northbranchpg.com>",
              relay="from mail.northbranchpg.com (mail.northbranchpg.com [198.51.100.82])",
              ident="mx1.example.org with ESMTPS id 4gJ3wB5nHcz8")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# ---- 37. Professional meetup RSVP


@mail(nm(), family="meetup", lang="en", interview=False, company=None,
      days=(("Wed", "2026-05-20"),),
      note="Meetup RSVP confirmation (finance & strategy networking night); fixed time, not an interview")
def meetup_rsvp():
    body = t("""
        You're going!

        Chicago Finance & Strategy Network
        FP&A to Strategy: Making the Jump - Panel + Networking
        Wednesday, May 20, 2026
        6:00 PM to 8:30 PM CDT

        Revival Food Hall (private room, 2nd floor)
        125 S. Clark St, Chicago, IL

        Panelists include strategy leaders from a Big Four advisory practice, a regional bank and a Fortune 500 manufacturer, plus a recruiter who'll share what hiring managers look for in career switchers.

        Add to calendar: https://www.meetup.com/chicago-finance-strategy/events/311002874/ical/
        Can't make it? Update your RSVP so someone on the waitlist can go.

        Meetup, PO Box 4668 #37895, New York, NY 10163
        Unsubscribe from this type of email: https://www.meetup.com/email/unsubscribe/
        """)
    hs = head(addr("Meetup", "info@meetup.com"),
              "You're going to \"FP&A to Strategy: Making the Jump - Panel + Networking\"",
              "2026-05-11 12:40", CT, "<0.1.A7.3C1.1DCE1F2A9B4C7D0.0@mail.meetup.com>",
              relay="from mail170.meetup.com (mail170.meetup.com [192.28.147.170])",
              ident="mx1.example.org with ESMTPS id 4gB8pK1vNwz5",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/email/unsubscribe/>"),))
    htm = ('<html><body style="font-family:Graphik,Helvetica,Arial,sans-serif">'
           + body.replace("&", "&amp;").replace("\n", "<br>\n") + "</body></html>\n")
    return message(hs, alt(text(body), html(htm)))


# ---- 38. Webinar titled like an interview, with ICS


@mail(nm(), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Webinar registration ('Live Case Interview: ...') with a Zoom link and ICS; not a job interview")
def case_webinar():
    body = t("""
        Hi Dani,

        Thank you for registering for "Live Case Interview: Watch a Former MBB Partner Crack a Profitability Case".

        Date & Time: Sep 17, 2026 07:00 PM Central Time (US and Canada)

        Please submit any questions to: casecraft@casecraft-academy.com

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/85511237764?tk=aGl0aGVyZQ

        Or One tap mobile:
        +13126266799,,85511237764# US (Chicago)

        Add to calendar: Google Calendar | Outlook (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        CaseCraft Academy
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260911T001512Z
DTSTART:20260918T000000Z
DTEND:20260918T013000Z
SUMMARY:Live Case Interview: Watch a Former MBB Partner Crack a Profitability Case
UID:20260911T001512Z-85511237764@fe80:0:0:0:1c:zoom
DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/85511237764
LOCATION:https://us06web.zoom.us/w/85511237764
ORGANIZER;CN=CaseCraft Academy:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("CaseCraft Academy", "no-reply@zoom.us"),
              "Live Case Interview: Watch a Former MBB Partner Crack a Profitability Case Confirmation",
              "2026-09-10 19:15", CT, "<r3Qk9bZxTtuVq8o0yLw2Ag@geopod-ismtpd-27>",
              relay="from o7.email.zoom.us (o7.email.zoom.us [149.72.152.7])",
              ident="mx1.example.org with ESMTPS id 4hN0qT7bLmz2")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="event.ics",
                                                  disposition="attachment", cte="base64", name_param=True)))


# ---- 39. Mock case interview booked through the career center


@mail(nm(), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-02-24"),),
      note="Alumni career center mock case interview booked for a fixed time; practice, not a job "
           "interview")
def mock_case():
    body = t("""
        Dear Dani,

        Your appointment has been confirmed.

        Appointment type: Mock Case Interview (Alumni) - 60 min
        Coach: Bettina Gray, Career Coach (former Engagement Manager)
        Date: Tuesday, February 24, 2026
        Time: 6:30 PM - 7:30 PM CST
        Location: Virtual - Zoom link will be sent by your coach

        Please come prepared as though this were a real first-round interview, and have your resume handy. If you need to cancel, please do so at least 24 hours in advance through the portal to avoid a no-show flag on your account.

        Lakeshore University Career Management Center - Alumni Services
        """)
    hs = head(addr("Lakeshore University Career Management Center", "cmc-noreply@12twenty.com"),
              "Appointment Confirmation: Mock Case Interview (Alumni)", "2026-02-17 20:15", CT,
              "<3f9a2c01-7e4b-4d62-a1c3-8b5e0f2d7a96@12twenty.com>",
              relay="from mail.12twenty.com (mail.12twenty.com [52.2.184.39])",
              ident="mx1.example.org with ESMTPS id 4dZ4kR8fYtz1")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 40. Podcast guest "interview"


@mail(nm(), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-08-27"),),
      note="Podcast guest recording confirmed (Thu Aug 27, 11 AM CT); a press-style interview of Dani, "
           "not a job interview")
def podcast():
    body = t("""
        Hey Dani!

        So glad you said yes. Locking it in: we'll record your interview for Behind the Variance on Thursday, August 27 at 11am CT. Riverside link is below - use headphones and Chrome, and we'll spend the first 10 min on a sound check.

        Topics we talked about:
        - building a driver-based forecast when the business changes every quarter
        - moving from FP&A into strategy (and what you'd tell your younger self)
        - quick-fire round (don't overthink it)

        https://riverside.fm/studio/behind-the-variance?t=6b4a0e

        Episode should go live mid-September, I'll send you the link + some clips for LinkedIn.

        Jess
        host, Behind the Variance
        """)
    hs = head(addr("Jess Albright", "jess@behindthevariance.fm"),
              "Behind the Variance - recording 8/27", "2026-08-19 13:37", CT,
              "<CAH7p2Lm4QxRz8Nw1Variance0Kc3Yd6@mail.gmail.com>",
              relay="from mail-ej1-f48.google.com (mail-ej1-f48.google.com [209.85.218.48])",
              ident="mx1.example.org with ESMTPS id 4gX1mP4rDbz6")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 41. Dani is the interviewer (current employer's Greenhouse)


@mail(nm(), family="interviewer_side", lang="en", interview=False, company=None,
      days=(("Wed", "2026-03-04"),),
      note="Current employer's Greenhouse asks Dani to interview a candidate (she is the interviewer); "
           "not her own job interview")
def lakeview_interviewer():
    body = t("""
        Hi Dani,

        You're scheduled to interview Kevin Doyle for Financial Analyst I (FP&A).

        Wednesday, March 4, 2026
        2:00 PM - 2:45 PM CST
        Conference Room Fulton / Teams

        Your focus area: Excel modeling & technical accounting
        Interview kit: https://app.greenhouse.io/interview_kits/4418822?application_id=91002388

        Please submit your scorecard within 24 hours after the interview.

        Thanks,
        Lakeview Distribution Recruiting
        """)
    hs = head(addr("Lakeview Distribution Recruiting", "no-reply@greenhouse.io"),
              "Interview scheduled: Kevin Doyle for Financial Analyst I (FP&A)", "2026-02-26 15:08", CT,
              "<20260226210801.1.2F4A6C8E0B@greenhouse.io>",
              relay="from o2.greenhouse.io (o2.greenhouse.io [167.89.98.2])",
              ident="mx1.example.org with ESMTPS id 4dZ9rV3gWqz4",
              to=addr("Dani Kowalczyk", "dkowalczyk@lakeviewdist.com"))
    return message(hs, text(body))


# ---- 42. Recruiter doing reference calls


@mail(nm(), family="reference_check", lang="en", interview=False, company="Granite Ridge Bancorp",
      days=(("Thu", "2026-02-05"),),
      note="Recruiter says she has reference calls with Dani's references Thursday at 11; not Dani's "
           "interview")
def graniteridge_reference():
    body = t("""
        Hi Dani,

        Quick update - thanks for sending your references over so fast. I've got calls set up with Laura Chen on Thursday (2/5) at 11 and with Mike Santangelo sometime Friday once he confirms. No action needed on your end.

        Everyone on the panel was really positive after last week, so fingers crossed. I'll be in touch early next week either way.

        Michelle

        Michelle Kowalski | Talent Acquisition
        Granite Ridge Bancorp
        """)
    hs = head(addr("Michelle Kowalski", "mkowalski@graniteridgebank.com"),
              "References", "2026-02-03 14:51", CT,
              "<MW4PR17MB5488F1E2D3C4B5A69788A9B0C1D2@MW4PR17MB5488.namprd17.prod.outlook.com>",
              relay="from NAM17-MW4-obe.outbound.protection.outlook.com (mail-mw4nam17on2084.outbound.protection.outlook.com [40.107.200.84])",
              ident="mx1.example.org with ESMTPS id 4dY0hT5kLsz2")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# ---- 43. Out-of-office auto-reply


@mail(nm(), family="auto_reply", lang="en", interview=False, company="Whitlock Strategy Group",
      days=(("Mon", "2026-11-16"),),
      note="Recruiter's out-of-office auto-reply to Dani's message about the interview")
def whitlock_ooo():
    body = t("""
        Thank you for your email. I am out of the office with limited access to email, returning Monday, November 16.

        For urgent matters related to interview scheduling, please contact experiencedhire@whitlockstrategy.com.

        Best regards,
        Grace Holloway
        """)
    hs = head(addr("Grace Holloway", "grace.holloway@whitlockstrategy.com"),
              "Automatic reply: Fit interview - quick question", "2026-11-09 08:14", ET,
              "<BL1PR11MB5381C0D9E8F7A6B5C4D3E2F1A0B9@BL1PR11MB5381.namprd11.prod.outlook.com>",
              relay="from NAM11-BL1-obe.outbound.protection.outlook.com (mail-bl1nam11on2097.outbound.protection.outlook.com [40.107.220.97])",
              ident="mx1.example.org with ESMTPS id 4jJ2nW7qFtz9",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "grace.holloway@whitlockstrategy.com"),
                     ("In-Reply-To", "<CAJx8v2WhtLk0Ooo@mail.example.org>")))
    return message(hs, text(body))


# ---- 44. Bounce of Dani's thank-you note


@mail(nm(), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Delivery failure (mistyped address) for Dani's thank-you note after the interview; the "
           "returned message mentions the past interview")
def bounce():
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <marcus.hale@foxhollowcapital.com>: host mx.foxhollowcapital.com[203.0.113.14]
            said: 550 5.1.1 <marcus.hale@foxhollowcapital.com>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4hZ0cB1qWnz3
        Arrival-Date: Wed, 14 Oct 2026 19:42:10 -0500 (CDT)

        Final-Recipient: rfc822; marcus.hale@foxhollowcapital.com
        Original-Recipient: rfc822;marcus.hale@foxhollowcapital.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.foxhollowcapital.com
        Diagnostic-Code: smtp; 550 5.1.1 <marcus.hale@foxhollowcapital.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", ME), ("To", "Marcus Hale <marcus.hale@foxhollowcapital.com>"),
        ("Subject", "Thank you"), ("Date", date("2026-10-14 19:42", CT)),
        ("Message-ID", "<CAJx8v2ThxMarcus@mail.example.org>"),
    ], text(t("""
        Hi Marcus,

        Thank you for taking the time to speak with me this afternoon. I really enjoyed hearing how the portfolio strategy team is thinking about the industrials pipeline, and our conversation made me even more excited about the role.

        Best,
        Dani
        """), cte="7bit", charset="us-ascii"))
    report = multipart(
        "report", text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"),
                                     ("Content-Type", "message/delivery-status")], status),
        attached_message(original), params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-10-14 19:42", CT,
              "<20261015004212.4hZ0cB1qWnz3@mx1.example.org>",
              relay="from localhost (localhost [127.0.0.1])", ident="mx1.example.org (Postfix)",
              extra=(("Auto-Submitted", "auto-replied"),), lag=1)
    return message(hs, report)


# ---- 45. Newsletter about interviewing


@mail(nm(), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter about case and fit interviews; confirms nothing")
def newsletter():
    htm = t("""
        <html><body style="margin:0;background:#f2efe9"><table width="100%"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#222">
        <tr><td style="padding:24px 32px;font-family:Arial,sans-serif;font-size:13px;letter-spacing:2px">THE PIVOT \u2014 Issue #88</td></tr>
        <tr><td style="padding:0 32px">
        <h1 style="font-size:26px">Your interview is Thursday. Here's what to do tonight.</h1>
        <p>You finally landed the case interview. Congrats! Now the hard part: the 48 hours before it. This week we asked four former consulting interviewers what separates the candidates they hired from the ones they didn't.</p>
        <h3>1. Say your structure out loud</h3>
        <p>"I'd rather hear a messy structure out loud than a perfect one in silence," says a former principal.</p>
        <h3>2. Have a 60-second 'why consulting' \u2014 not a 5-minute one</h3>
        <p>Career switchers from FP&amp;A over-explain. Land it in three sentences.</p>
        <h3>3. Confirm the time zone</h3>
        <p>Yes, really. Half of our readers have shown up an hour early (or late) to a virtual interview.</p>
        <p><a href="https://thepivot.substack.com/p/interview-thursday">Read the full issue \u2192</a></p>
        <p style="font-size:13px;color:#777">Live Q&amp;A for paid subscribers: Tuesday at 7 PM ET.</p>
        </td></tr>
        <tr><td style="padding:24px 32px;font-family:Arial,sans-serif;font-size:11px;color:#999">You're receiving this because you subscribed to The Pivot. <a href="https://thepivot.substack.com/action/disable_email">Unsubscribe</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("The Pivot", "thepivot@substack.com"),
              "Your interview is Thursday. Here's what to do tonight.", "2026-06-09 06:30", ET,
              "<20260609103002.3.a9c1f0e2b4d6@mg2.substack.com>",
              relay="from mg-d0.substack.com (mg-d0.substack.com [198.61.254.50])",
              ident="mx1.example.org with ESMTPS id 4gL6sY9cKpz0",
              extra=(("List-Unsubscribe", "<https://thepivot.substack.com/action/disable_email>"),
                     ("List-Id", "<thepivot.substack.com>"), ("Precedence", "bulk")))
    return message(hs, html(htm))


# ---- 46. Post-interview thank-you reply


@mail(nm(), family="post_interview", lang="en", interview=False, company="Ridgeway Energy",
      note="Recruiter's reply to Dani's thank-you after the phone screen: 'next steps soon', no time")
def ridgeway_thanks():
    body = t("""
        Thanks Dani, great talking yesterday too! I'm syncing with the hiring manager (Lisa) end of week and will circle back on next steps early next week. Enjoy the weekend.

        Cole

        On Wed, Sep 16, 2026 at 8:02 AM Dani Kowalczyk <dani.kowalczyk@example.org> wrote:
        > Hi Cole,
        >
        > Thanks again for the time yesterday - I appreciated the detail on how the planning team supports the midstream business, and I'm very interested in the role.
        >
        > Best,
        > Dani
        """)
    hs = head(addr("Cole Brannigan", "cole.brannigan@ridgewayenergy.com"),
              "Re: Thank you - Sr. Analyst, Strategy & Planning", "2026-09-16 16:44", CT,
              "<CAB9x0Kq7Ridgeway2Lm5Nw8Pz1Tc4@mail.gmail.com>",
              relay="from mail-oi1-f181.google.com (mail-oi1-f181.google.com [209.85.167.181])",
              ident="mx1.example.org with ESMTPS id 4hQ8dF2wMjz7",
              extra=(("In-Reply-To", "<CAJx8v2RdgThx@mail.example.org>"),
                     ("References", "<CAJx8v2RdgThx@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 47. Campus / alumni recruiting event


@mail(nm(), family="recruiting_event", lang="en", interview=False, company="Barrow & Quint",
      days=(("Tue", "2026-09-22"),),
      note="Alumni recruiting info session and reception (fixed time), not an interview")
def barrow_event():
    body = t("""
        Dear Lakeshore alumni,

        Barrow & Quint invites experienced professionals considering a move into consulting to an information session and networking reception in Chicago.

        Tuesday, September 22, 2026
        6:00 PM - 8:00 PM CDT (presentation at 6:15 PM)
        The Chicago Athletic Association, Game Room, 12 S. Michigan Ave

        You will hear from consultants who joined Barrow & Quint from finance, engineering and operations roles, learn about our experienced-hire process (including what to expect in case interviews), and meet our recruiting team.

        RSVP by September 15: https://barrowquint.avature.net/events/chi-sept-2026

        Business casual. Light appetizers and drinks will be served.

        Lakeshore University Alumni Career Services, on behalf of Barrow & Quint
        """)
    hs = head(addr("Lakeshore Alumni Career Services", "alumnicareers@lakeshore.example.edu"),
              "Invitation: Barrow & Quint experienced-hire info session - Sept 22", "2026-09-01 11:00", CT,
              "<c2f0a1b9e8d7.20260901160000@lists.lakeshore.example.edu>",
              relay="from lists.lakeshore.example.edu (lists.lakeshore.example.edu [192.0.2.40])",
              ident="mx1.example.org with ESMTPS id 4hB2kN6xQdz1",
              extra=(("List-Id", "Alumni Career Services <alumnicareers.lakeshore.example.edu>"),
                     ("Precedence", "list")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 48. Paradox / Olivia: pick a time (slots offered, nothing booked)


@mail(nm(), family="scheduling_link", lang="en", interview=False, company="Corridor Logistics",
      days=(("Mon", "2026-02-23"), ("Tue", "2026-02-24"), ("Wed", "2026-02-25")),
      note="Paradox/Olivia offers three phone-interview slots and asks Dani to reply 1, 2 or 3; not yet "
           "booked (the confirmation comes later)")
def corridor_pick():
    htm = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;color:#222">
        <div style="max-width:520px;margin:0 auto;padding:28px">
        <p>Hi Dani, it's Olivia, the recruiting assistant at Corridor Logistics! &#128075;</p>
        <p>Thanks for applying for <b>Financial Analyst - Network Strategy (Dallas, TX / Remote)</b>. The hiring team would like to set up a 20-minute phone interview. Which time works best for you? (All times Central)</p>
        <p>1) Mon, Feb 23 at 9:30 AM<br>2) Tue, Feb 24 at 1:00 PM<br>3) Wed, Feb 25 at 4:30 PM</p>
        <p>Reply with 1, 2, or 3, or <a href="https://corridor.paradox.ai/s/Kd8w2q">click here to see more times</a>.</p>
        <p>Olivia<br><span style="color:#888;font-size:12px">Corridor Logistics Recruiting Assistant</span></p>
        <p style="font-size:11px;color:#aaa">Powered by Paradox.</p>
        </div></body></html>
        """)
    hs = head(addr("Olivia at Corridor Logistics", "olivia@paradox.ai"),
              "Let's get your interview scheduled!", "2026-02-17 08:12", CT,
              "<20260217141207.1b9e5d33c0f74a21@mg.paradox.ai>",
              relay="from m228-5.mailgun.net (m228-5.mailgun.net [159.135.228.5])",
              ident="mx1.example.org with ESMTPS id 4f9Tq0Hb2Zz3",
              extra=(("Reply-To", "reply+c7f31a9e2b@conversations.paradox.ai"),))
    return message(hs, html(htm, cte="base64"))


# ---- 49. Candidate experience survey after the interview


@mail(nm(), family="survey", lang="en", interview=False, company="Prairie State Insurance",
      note="Candidate-experience survey after the live interview; nothing scheduled")
def prairiestate_survey():
    body = t("""
        Hi Dani,

        Thank you for interviewing with Prairie State Insurance! We'd love to hear about your experience - it takes about 2 minutes and your answers won't be shared with the hiring team or affect your candidacy.

        How likely are you to recommend interviewing at Prairie State Insurance to a friend?
        0  1  2  3  4  5  6  7  8  9  10

        https://survey.modernhire.com/cx/prairiestate?r=Dk20261209

        Thank you,
        Prairie State Insurance Talent Acquisition
        """)
    hs = head(addr("Prairie State Insurance", "no-reply@modernhire.com"),
              "How was your interview experience?", "2026-12-09 10:03", CT,
              "<20261209160301.44a7c2@mailer.modernhire.com>",
              relay="from mailer.modernhire.com (mailer.modernhire.com [52.14.190.22])",
              ident="mx1.example.org with ESMTPS id 4kH5pL0sWbz2")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# ---- 50. Text message from the staffing recruiter, delivered as e-mail (Google Voice)


@mail(nm(), family="recruiter_text", lang="en", interview=False, company="Keystone Finance Staffing",
      note="Google Voice e-mail of a recruiter's text: client wants a second round, asks which days work; "
           "no time fixed")
def keystone_text():
    body = t("""
        Tyler Gunderson - Keystone:
        Hey Dani its Tyler w Keystone! Halvorsen loved u. Brenda wants a 2nd rd onsite w/ the CFO, what days work next wk? Tues/Weds mornings best for them

        YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
        To respond to this text message, reply to this email or visit Google Voice.
        You received this message because you're a Google Voice user.
        Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA
        """)
    htm = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif">
        <table width="100%" style="max-width:600px"><tr><td>
        <p style="font-size:13px;color:#757575">Tyler Gunderson - Keystone</p>
        <p style="font-size:15px">Hey Dani its Tyler w Keystone! Halvorsen loved u. Brenda wants a 2nd rd onsite w/ the CFO, what days work next wk? Tues/Weds mornings best for them</p>
        <p style="font-size:11px;color:#9e9e9e">To respond to this text message, reply to this email or visit <a href="https://voice.google.com">Google Voice</a>.<br>
        You received this message because you're a Google Voice user.<br>Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Tyler Gunderson - Keystone (SMS)", "17735550162.13125550115.Kq2wPz9vLb@txt.voice.google.com"),
              "New text message from Tyler Gunderson - Keystone", "2026-07-27 08:31", CT,
              "<0000000000009a3f2b061e4c7d01@google.com>",
              relay="from mail-sor-f70.google.com (mail-sor-f70.google.com [209.85.220.70])",
              ident="mx1.example.org with ESMTPS id 4fZ2xC8mRqz5")
    return message(hs, alt(text(body), html(htm)))
