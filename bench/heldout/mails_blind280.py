"""blind280: a blind 50-mail held-out set, the inbox of Danielle Whitfield, hospital revenue-cycle
analyst in Lexington, Kentucky (America/New_York), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the intro and the
"How it was made" / "Mix" / "Label conventions" / "Traps" / "Judgement calls" sections of
bench/heldout/README.md, the dev corpus README, dev/labels.json, dev_002.eml, dev_009.eml and
score.py. It did not read the detector, its tests, any other held-out mails, and never ran the
detector. Every mail below is written individually, in American English, as the systems and people
of a job-hunter's inbox would write it (ATS, schedulers, Exchange / Google Calendar invitations,
recruiters, hiring managers, agencies, forwards to self); keys 1-23 are positives (16 scheduled,
4 rescheduled, 3 cancelled), keys 24-50 negatives. File numbers are a fixed shuffle of the
writing order (ORDER below). All companies and people are fictional.

    python3 bench/heldout/make_blind.py blind280
"""

from __future__ import annotations

import hashlib
import random

import make
from make import (
    VTZ,
    addr,
    alt,
    at,
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
    utc,
)

SET = "blind280"
ORDER = random.Random(2800280).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "danielle.whitfield@example.org"
ME_NAME = "Danielle Whitfield"
ME_TO = addr(ME_NAME, ME)
NY = "America/New_York"
CHI = "America/Chicago"
BER = "Europe/Berlin"
UTC_ = "UTC"


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_TO,
        mx: str = "from mail.example.net (mail.example.net [198.51.100.20])",
        extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    ident = f"mx1.example.org (Postfix) with ESMTPS id {_id(mid, 10)}"
    return [
        ("Received", received(mx, when, zone, ident, ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"),
        *extra,
    ]


def stamp(when: str, zone: str) -> str:
    return at(when, zone).astimezone(make.UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(prodid: str, method: str | None, tzids: tuple[str, ...], vevent: str) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    for z in tzids:
        lines.append(VTZ[z])
    lines.append(t(vevent).strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


def pos(key: int, family: str, kind: str, local: str, zone: str, contact: str | None,
        company: str, note: str, local_end: str | None = None,
        days: tuple[tuple[str, str], ...] = ()):
    rest = local.split(" ", 1)[1]
    return make.mail(N(key), family=family, lang="en", interview=True, kind=kind,
                     start=utc(rest, zone), end=utc(local_end, zone) if local_end else None,
                     contact=contact, company=company, note=note, local=local,
                     local_end=local_end, zone=zone, days=days)


def neg(key: int, family: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return make.mail(N(key), family=family, lang="en", interview=False, company=company,
                     note=note, days=days)


EXCHANGE_PRODID = "Microsoft Exchange Server 2010"
TEAMS_TEXT = """\
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives

# --- 1 Greenhouse, Clearbrook Health (Louisville) --------------------------------------------------
@pos(1, "greenhouse", "scheduled", "Tue 2026-09-15 10:00", NY, "tasha.pruitt@clearbrookhealth.com",
     "Clearbrook Health",
     "Greenhouse confirmation from a no-reply sender, Reply-To the recruiter; 'Tuesday, September 15, "
     "2026, 10:00 AM - 10:45 AM EDT' (Louisville, Eastern daylight time, UTC-4)",
     local_end="2026-09-15 10:45")
def m01() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks for sending over your availability. Your interview for the Revenue Integrity
        Analyst position at Clearbrook Health is confirmed:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Location: Microsoft Teams (link below)
        Interviewer: Gary Lutz, Director of Revenue Integrity

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2xlYXJicm9vay1nbHV0eg%40thread.v2/0

        Gary will want to hear about your work on charge capture audits and CDM maintenance, so
        have a couple of examples ready. If anything changes on your end, just reply to this email
        and it will come straight to me.

        Best,
        Tasha Pruitt
        Talent Acquisition Partner | Clearbrook Health
        Louisville, KY
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Danielle,</p>
        <p>Thanks for sending over your availability. Your interview for the <b>Revenue Integrity
        Analyst</b> position at Clearbrook Health is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams (<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2xlYXJicm9vay1nbHV0eg%40thread.v2/0">join link</a>)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Gary Lutz, Director of Revenue Integrity</td></tr>
        </table>
        <p>Gary will want to hear about your work on charge capture audits and CDM maintenance, so
        have a couple of examples ready. If anything changes on your end, just reply to this email
        and it will come straight to me.</p>
        <p>Best,<br>Tasha Pruitt<br>Talent Acquisition Partner | Clearbrook Health<br>Louisville, KY</p>
        <img src="https://us.greenhouse-mail.io/o/2f1c8a77.gif" width="1" height="1" alt="">
        </body></html>
    """)
    hs = hdr(addr("Clearbrook Health", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Revenue Integrity Analyst at Clearbrook Health",
             "2026-09-09 16:12:41", NY, "0100019a2c1f.7be1d2f0@us.greenhouse-mail.io",
             mx="from o11.us.greenhouse-mail.io (o11.us.greenhouse-mail.io [167.89.10.111])",
             extra=(("Reply-To", addr("Tasha Pruitt", "tasha.pruitt@clearbrookhealth.com")),))
    return message(hs, alt(text(body), html(page)))


# --- 2 Lever, Harpeth Claims Solutions (Nashville, Central) ------------------------------------------
@pos(2, "lever", "scheduled", "Thu 2026-09-17 14:00", CHI, "owen.castellano@harpethclaims.com",
     "Harpeth Claims Solutions",
     "Lever confirmation, Reply-To the recruiter; '2:00 PM - 2:45 PM CDT' Nashville time (UTC-5), "
     "the mail also gives 3:00 PM Eastern",
     local_end="2026-09-17 14:45")
def m02() -> bytes:
    body = t("""
        Hi Danielle,

        You're all set! Here are the details for your upcoming interview with Harpeth Claims
        Solutions.

        Position: Denials Management Analyst (Remote - US)
        When: Thursday, September 17, 2026, 2:00 PM - 2:45 PM CDT (3:00 PM - 3:45 PM Eastern)
        Where: Zoom - https://harpethclaims.zoom.us/j/84417702913?pwd=dkVxQ2JqZ1R3
        Interviewing with: Owen Castellano (Senior Recruiter), Kara Nyberg (Manager, Denials & Appeals)

        Need to make a change? Reply to this message and Owen will help you out.

        Harpeth Claims Solutions
        Powered by Lever
    """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#3c4043">
        <tr><td style="padding:24px 32px">
        <p>Hi Danielle,</p>
        <p>You&#39;re all set! Here are the details for your upcoming interview with Harpeth Claims Solutions.</p>
        <p><strong>Position:</strong> Denials Management Analyst (Remote - US)<br>
        <strong>When:</strong> Thursday, September 17, 2026, 2:00 PM &ndash; 2:45 PM CDT (3:00 PM &ndash; 3:45 PM Eastern)<br>
        <strong>Where:</strong> <a href="https://harpethclaims.zoom.us/j/84417702913?pwd=dkVxQ2JqZ1R3">Zoom</a><br>
        <strong>Interviewing with:</strong> Owen Castellano (Senior Recruiter), Kara Nyberg (Manager, Denials &amp; Appeals)</p>
        <p>Need to make a change? Reply to this message and Owen will help you out.</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:12px;color:#80868b">Harpeth Claims Solutions &middot; Powered by Lever</td></tr>
        </table></td></tr></table></body></html>
    """)
    hs = hdr(addr("Harpeth Claims Solutions", "no-reply@hire.lever.co"),
             "Your interview with Harpeth Claims Solutions is confirmed",
             "2026-09-11 10:03:18", CHI, "3b7e90c1-5d2a-4b8e-9a61-0f2c7d1e4a55@hire.lever.co",
             mx="from mail-a.hire.lever.co (mail-a.hire.lever.co [52.27.104.33])",
             extra=(("Reply-To", addr("Owen Castellano", "owen.castellano@harpethclaims.com")),))
    return message(hs, alt(text(body), html(page)))


# --- 3 Workday, Ohio Valley Medical Group (Cincinnati), HTML only ---------------------------------
@pos(3, "workday", "scheduled", "Mon 2026-09-21 13:30", NY, "renee.albers@ovmedgroup.org",
     "Ohio Valley Medical Group",
     "Workday HTML-only mail from the tenant address; 'Monday, September 21, 2026 at 1:30 PM Eastern', "
     "'60 minutes' so end 2:30 PM EDT; contact = recruiter's address in the body",
     local_end="2026-09-21 14:30")
def m03() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Dear Danielle Whitfield,</p>
        <p>Thank you for your interest in the <b>Revenue Cycle Analyst II (R-0048812)</b> position with
        Ohio Valley Medical Group. We are pleased to confirm your interview as follows:</p>
        <p><b>Date:</b> Monday, September 21, 2026<br>
        <b>Time:</b> 1:30 PM Eastern<br>
        <b>Length:</b> 60 minutes<br>
        <b>Format:</b> Video interview (Microsoft Teams). A meeting link will be sent from the
        interviewer&#39;s calendar.<br>
        <b>Panel:</b> Renee Albers, Talent Acquisition; Dr. Samuel Okafor, Director of Patient Financial Services</p>
        <p>Please sign in to your candidate home page to review the job description. If you have any
        questions before your interview, please contact Renee Albers at
        <a href="mailto:renee.albers@ovmedgroup.org">renee.albers@ovmedgroup.org</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Ohio Valley Medical Group<br>Cincinnati, Ohio</p>
        <p style="font-size:8pt;color:#777">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
    """)
    hs = hdr(addr("Ohio Valley Medical Group", "ovmg@myworkday.com"),
             "Interview Confirmation - Revenue Cycle Analyst II",
             "2026-09-15 09:41:07", NY, "1482750311.88412.1789486867000@wd5-prod-ovmg.myworkday.com",
             mx="from smtp-out-5.myworkday.com (smtp-out-5.myworkday.com [159.127.40.12])")
    return message(hs, html(page))


# --- 4 Exchange meeting request, Falls City Health Partners (Louisville) --------------------------
@pos(4, "outlook_calendar", "scheduled", "Wed 2026-10-07 09:00", NY, "monique.draper@fallscityhealth.org",
     "Falls City Health Partners",
     "Exchange meeting request, TZID 'Eastern Standard Time'; body shows '(UTC-05:00) Eastern Time (US & "
     "Canada)', the standard offset, but 7 October is EDT (UTC-4), which the ICS confirms; organizer human",
     local_end="2026-10-07 10:00")
def m04() -> bytes:
    teams = TEAMS_TEXT.format(tid="ZmFsbHNjaXR5LWRyYXBlcg", mid="281 044 193 562", pc="q7Ks9B")
    body = t("""
        When: Wednesday, October 7, 2026 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Danielle,

        Sending the invite for your interview with our revenue cycle leadership team - Alan Fortney
        (VP Revenue Cycle) and Keisha Barnett (Manager, PFS Analytics). Please accept so it lands on
        your calendar. Looking forward to it!

        Monique Draper
        Senior Recruiter, Falls City Health Partners

    """) + teams
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div>
        <p>Hi Danielle,</p>
        <p>Sending the invite for your interview with our revenue cycle leadership team &#8211; Alan Fortney
        (VP Revenue Cycle) and Keisha Barnett (Manager, PFS Analytics). Please accept so it lands on your
        calendar. Looking forward to it!</p>
        <p>Monique Draper<br>Senior Recruiter, Falls City Health Partners</p>
        <div style="width:100%">________________________________________________________________________________</div>
        <div><span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFsbHNjaXR5LWRyYXBlcg%40thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 281 044 193 562<br>Passcode: q7Ks9B</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
    """)
    cal = ics(EXCHANGE_PRODID, "REQUEST", ("Eastern Standard Time",), f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Monique Draper:mailto:monique.draper@fallscityhealth.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Whitfield:mailto:{ME}
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alan Fortney:mailto:alan.fortney@fallscityhealth.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Keisha Barnett:mailto:keisha.barnett@fallscityhealth.org
        DESCRIPTION;LANGUAGE=en-US:Hi Danielle\\,\\n\\nSending the invite for your interview with our revenue cycle leadership team.\\n
        UID:040000008200E00074C5B7101A82E0080000000050A1F3B8D2F4DC0100000000000000001000000091C2E34F7B
        SUMMARY;LANGUAGE=en-US:Interview: Danielle Whitfield - Senior Revenue Cycle Analyst
        DTSTART;TZID=Eastern Standard Time:20261007T090000
        DTEND;TZID=Eastern Standard Time:20261007T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp("2026-10-01 15:20:00", NY)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119284731
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
    """)
    hs = hdr(addr("Monique Draper", "monique.draper@fallscityhealth.org"),
             "Interview: Danielle Whitfield - Senior Revenue Cycle Analyst",
             "2026-10-01 15:20:33", NY, "BN8PR04MB6211A1C3F0E2D9B7C4A1E5F2BA@BN8PR04MB6211.namprd04.prod.outlook.com",
             mx="from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2101.outbound.protection.outlook.com [40.107.236.101])",
             extra=(("Thread-Topic", "Interview: Danielle Whitfield - Senior Revenue Cycle Analyst"),
                    ("Thread-Index", "AdtS9+Xq3b1u0Fh8RkWk7n1yq2m5Tg=="),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(cal, "REQUEST", cte="base64")))


# --- 5 Google Calendar invitation, Meridel RCM (remote, Chicago) ----------------------------------
@pos(5, "google_calendar", "scheduled", "Tue 2026-10-13 11:00", CHI, "priya.natarajan@meridelrcm.com",
     "Meridel RCM",
     "Google Calendar invitation from the recruiter's calendar, 'Tue Oct 13, 2026 11am - 12pm (CDT)', "
     "Central Time - Chicago (UTC-5); ORGANIZER = recruiter",
     local_end="2026-10-13 12:00")
def m05() -> bytes:
    body = t(f"""
        You have been invited to the following event.

        Interview - Danielle Whitfield / Meridel RCM (Reimbursement Analyst)
        Tuesday Oct 13, 2026 ⋅ 11am – 12pm (Central Time - Chicago)

        Joining info
        Join with Google Meet
        https://meet.google.com/vqk-rhdm-tzp

        Join by phone
        (US) +1 312-555-0148 PIN: 557 218 904#

        Hi Danielle - this is the second round with Marcy (Director, Reimbursement) and Tom from our
        contract modeling team. Plan on the full hour. - Priya

        Organizer
        Priya Natarajan
        priya.natarajan@meridelrcm.com

        Guests
        Priya Natarajan - organizer
        Marcy Lindqvist
        Tom Abernathy
        Danielle Whitfield

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NnE4b2Q0

        Reply for {ME}
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=RESPOND&eid=NnE4b2Q0

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
    """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Priya Natarajan"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Interview - Danielle Whitfield / Meridel RCM (Reimbursement Analyst)</h2>
        <div>Tuesday Oct 13, 2026 &#8901; 11am &ndash; 12pm (Central Time - Chicago)</div>
        <div><a href="https://meet.google.com/vqk-rhdm-tzp">Join with Google Meet</a></div>
        <p>Hi Danielle - this is the second round with Marcy (Director, Reimbursement) and Tom from our contract modeling team. Plan on the full hour. - Priya</p>
        <div><b>Organizer</b><br>Priya Natarajan<br><a href="mailto:priya.natarajan@meridelrcm.com">priya.natarajan@meridelrcm.com</a></div>
        <div><b>Guests</b><br>Priya Natarajan - organizer<br>Marcy Lindqvist<br>Tom Abernathy<br>Danielle Whitfield</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", (CHI,), f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261013T110000
        DTEND;TZID=America/Chicago:20261013T120000
        DTSTAMP:{stamp("2026-10-07 12:30:00", CHI)}
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@meridelrcm.com
        UID:6q8od4c1mlb7kq3p9g2r0v5s1h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Natarajan;X-NUM-GUESTS=0:mailto:priya.natarajan@meridelrcm.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcy Lindqvist;X-NUM-GUESTS=0:mailto:marcy.lindqvist@meridelrcm.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Abernathy;X-NUM-GUESTS=0:mailto:tom.abernathy@meridelrcm.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        X-GOOGLE-CONFERENCE:https://meet.google.com/vqk-rhdm-tzp
        CREATED:{stamp("2026-10-07 12:29:10", CHI)}
        DESCRIPTION:Hi Danielle - this is the second round with Marcy (Director\\, Reimbursement) and Tom from our contract modeling team. Plan on the full hour. - Priya
        LAST-MODIFIED:{stamp("2026-10-07 12:29:58", CHI)}
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview - Danielle Whitfield / Meridel RCM (Reimbursement Analyst)
        TRANSP:OPAQUE
        END:VEVENT
    """)
    hs = hdr(addr("Priya Natarajan", "priya.natarajan@meridelrcm.com"),
             f"Invitation: Interview - Danielle Whitfield / Meridel RCM (Reimbursement Analyst) @ Tue Oct 13, 2026 11am - 12pm (CDT) ({ME})",
             "2026-10-07 12:30:04", CHI, "calendar-5d1f0a2e-7c43-4b0e-a9b8-2e6f3c8d9a10@google.com",
             mx="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@meridelrcm.com")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(cal, "REQUEST")),
                             calendar(cal, None, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --- 6 Calendly invitee confirmation, Tallgrass Revenue Partners ----------------------------------
@pos(6, "calendly", "scheduled", "Fri 2026-10-02 15:00", NY, "marcus.bell@tallgrassrev.com",
     "Tallgrass Revenue Partners",
     "Calendly invitee confirmation '3:00pm - 3:30pm (Eastern Time - US & Canada), Friday, October 2, "
     "2026' (EDT); Reply-To the host recruiter",
     local_end="2026-10-02 15:30")
def m06() -> bytes:
    body = t("""
        Hi Danielle Whitfield,

        A new event has been scheduled.

        Event Type:
        Phone Screen - Revenue Cycle Consultant

        Invitee:
        Danielle Whitfield

        Invitee Email:
        danielle.whitfield@example.org

        Event Date/Time:
        3:00pm - 3:30pm (Eastern Time - US & Canada), Friday, October 2, 2026

        Location:
        Marcus will call you at the number you provided.

        Invitee Time Zone:
        Eastern Time - US & Canada

        Questions:
        Phone number: (859) 555-0173

        View event in Calendly: https://calendly.com/events/8e2b61f0-4a7c/invitee
        Cancel: https://calendly.com/cancellations/8e2b61f0-4a7c
        Reschedule: https://calendly.com/reschedulings/8e2b61f0-4a7c

        Sent from Calendly
    """)
    page = t("""
        <html><body style="background:#fafafa;font-family:Proxima Nova,Helvetica,Arial,sans-serif">
        <table align="center" width="600" style="background:#ffffff;border:1px solid #e0e0e0"><tr><td style="padding:32px">
        <p>Hi Danielle Whitfield,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Phone Screen - Revenue Cycle Consultant</p>
        <p><b>Invitee:</b><br>Danielle Whitfield</p>
        <p><b>Event Date/Time:</b><br>3:00pm - 3:30pm (Eastern Time - US &amp; Canada), Friday, October 2, 2026</p>
        <p><b>Location:</b><br>Marcus will call you at the number you provided.</p>
        <p><b>Questions:</b><br>Phone number: (859) 555-0173</p>
        <p><a href="https://calendly.com/events/8e2b61f0-4a7c/invitee">View event in Calendly</a></p>
        <p><a href="https://calendly.com/cancellations/8e2b61f0-4a7c">Cancel</a> | <a href="https://calendly.com/reschedulings/8e2b61f0-4a7c">Reschedule</a></p>
        </td></tr></table>
        <p align="center" style="font-size:12px;color:#999">Sent from <a href="https://calendly.com">Calendly</a></p>
        </body></html>
    """)
    hs = hdr(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: Phone Screen - Revenue Cycle Consultant with Marcus Bell on Friday, October 2, 2026",
             "2026-09-28 13:47:22", NY, "20260928174722.1f3a9c2e8b@calendly.com",
             mx="from o3.email.calendly.com (o3.email.calendly.com [167.89.115.3])",
             extra=(("Reply-To", addr("Marcus Bell", "marcus.bell@tallgrassrev.com")),))
    return message(hs, alt(text(body), html(page)))


# --- 7 Agency recruiter, time only in the attached invite ----------------------------------------
@pos(7, "ics_attachment", "scheduled", "Thu 2026-10-01 14:00", NY, "kelsey.ormond@pinnaclerevstaffing.com",
     "Cumberland Valley Hospital",
     "Agency recruiter: 'confirmed you for Thursday', Date Mon 28 Sep so Thu 1 Oct; the hour (2:00-3:00 PM, "
     "America/New_York, EDT) is only in the attached invite.ics; company = the client hospital; contact = "
     "the recruiter (sender and ORGANIZER)",
     local_end="2026-10-01 15:00")
def m07() -> bytes:
    body = t("""
        Hi Danielle!

        Good news - Cumberland Valley confirmed you for Thursday. I put the invite on the attached
        calendar file so you have the address and the hiring manager's name; it's the slot we talked
        about on the phone this morning.

        Who you'll see: Beth Ann Morrow, Director of Patient Accounts, plus one of her team leads.
        It's in person at their main campus - park in visitor lot C and check in at the front desk
        of the administration building. Business casual is fine.

        Call me after and let me know how it went!

        Kelsey Ormond
        Senior Recruiter | Pinnacle Revenue Staffing
        (859) 555-0122 direct
    """)
    cal = ics("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST", (NY,), f"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:{stamp("2026-09-28 16:58:00", NY)}
        DTSTAMP:{stamp("2026-09-28 17:05:00", NY)}
        DTSTART;TZID=America/New_York:20261001T140000
        DTEND;TZID=America/New_York:20261001T150000
        LOCATION:Cumberland Valley Hospital - Administration Bldg\\, 2200 Greenfield Pkwy\\, Lexington KY
        ORGANIZER;CN="Kelsey Ormond":mailto:kelsey.ormond@pinnaclerevstaffing.com
        ATTENDEE;CN="Danielle Whitfield";RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview - Cumberland Valley Hospital (Beth Ann Morrow)
        TRANSP:OPAQUE
        UID:b19f2c3e-7a40-4d5e-8f61-cvh-whitfield-1001
        END:VEVENT
    """)
    hs = hdr(addr("Kelsey Ormond", "kelsey.ormond@pinnaclerevstaffing.com"),
             "Cumberland Valley - you're confirmed!",
             "2026-09-28 17:05:48", NY, "CH2PR12MB4438E6A7D1B0F3C2E9A8B7C6D5@CH2PR12MB4438.namprd12.prod.outlook.com",
             mx="from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2118.outbound.protection.outlook.com [40.107.243.118])")
    return message(hs, mixed(text(body), calendar(cal, "REQUEST", cte="base64", filename="invite.ics",
                                                  disposition="attachment", name_param=True)))


# --- 8 Ashby, Claimwise (remote), across the US fall-back ------------------------------------------
@pos(8, "ashby", "scheduled", "Tue 2026-11-03 10:00", NY, "jonah.feld@claimwise.io", "Claimwise",
     "Ashby confirmation sent Fri 30 Oct in EDT for Tue 3 Nov 10:00 AM EST: US clocks fall back on 1 Nov, "
     "so UTC-5 -> 15:00Z; ICS ORGANIZER / Reply-To = recruiter",
     local_end="2026-11-03 11:00")
def m08() -> bytes:
    body = t("""
        Hi Danielle,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, November 3, 2026, 10:00 AM – 11:00 AM EST
        Google Meet: https://meet.google.com/hzx-pqdw-kbn

        You'll meet with:
          Jonah Feld — Recruiting Lead
          Amara Chukwu — Head of Revenue Operations

        Questions? Just reply and it will reach Jonah Feld.

        Thanks,
        Claimwise Recruiting
    """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Danielle,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Tuesday, November 3, 2026, 10:00 AM &#8211; 11:00 AM EST</b><br>
        <a href="https://meet.google.com/hzx-pqdw-kbn">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>Jonah Feld &#8212; Recruiting Lead<br>Amara Chukwu &#8212; Head of Revenue Operations</p>
        <p>Questions? Just reply and it will reach Jonah Feld.</p>
        <p>Thanks,<br>Claimwise Recruiting</p>
        </body></html>
    """)
    cal = ics("-//Ashby//Ashby Scheduling//EN", "REQUEST", (NY,), f"""
        BEGIN:VEVENT
        UID:a7d3e9f1-22c4-4f0b-b5e8-3c91d0e6f2a4
        DTSTAMP:{stamp("2026-10-30 14:20:00", NY)}
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T110000
        SEQUENCE:0
        SUMMARY:Claimwise – Revenue Operations Analyst Interview
        LOCATION:https://meet.google.com/hzx-pqdw-kbn
        ORGANIZER;CN=Jonah Feld:mailto:jonah.feld@claimwise.io
        ATTENDEE;CN=Danielle Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
    """)
    hs = hdr(addr("Claimwise", "no-reply@ashbyhq.com"),
             "Interview confirmed: Revenue Operations Analyst at Claimwise",
             "2026-10-30 14:20:12", NY, "0100019b2e6c4f1a-6d0e2b7c-91f3-4a2d-b8e5-1c7f0a9d3e62-000000@email.amazonses.com",
             mx="from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
             extra=(("Reply-To", addr("Jonah Feld", "jonah.feld@claimwise.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(cal, "REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


# --- 9 SmartRecruiters, Mill Creek Orthopedic Associates (Cincinnati) -----------------------------
@pos(9, "smartrecruiters", "scheduled", "Tue 2026-11-10 09:30", NY, "alyssa.brandt@millcreekortho.com",
     "Mill Creek Orthopedic Associates",
     "SmartRecruiters onsite confirmation 'Tuesday, November 10, 2026 | 9:30 AM - 10:30 AM (EST)', "
     "Cincinnati, after the US fall-back (UTC-5); contact = coordinator's address in the body",
     local_end="2026-11-10 10:30")
def m09() -> bytes:
    body = t("""
        Hello Danielle,

        We are happy to confirm your on-site interview for Revenue Cycle Manager with Mill Creek
        Orthopedic Associates.

        Tuesday, November 10, 2026 | 9:30 AM - 10:30 AM (EST)
        Mill Creek Orthopedic Associates - Business Office, 2nd floor
        4410 Montgomery Rd, Cincinnati, OH 45212

        You will meet with Paul Greaves (Chief Financial Officer) and Alyssa Brandt (HR Business
        Partner). Please bring a photo ID to check in with security.

        Questions about your visit? Contact Alyssa Brandt at alyssa.brandt@millcreekortho.com or
        (513) 555-0190.

        Kind regards,
        Mill Creek Orthopedic Associates Hiring Team

        This message was sent via SmartRecruiters on behalf of Mill Creek Orthopedic Associates.
    """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <div style="max-width:600px;margin:auto">
        <p>Hello Danielle,</p>
        <p>We are happy to confirm your on-site interview for <strong>Revenue Cycle Manager</strong> with Mill Creek Orthopedic Associates.</p>
        <div style="border-left:4px solid #2f80ed;padding:8px 16px;background:#f5f8fc">
        Tuesday, November 10, 2026 | 9:30 AM - 10:30 AM (EST)<br>
        Mill Creek Orthopedic Associates - Business Office, 2nd floor<br>
        4410 Montgomery Rd, Cincinnati, OH 45212</div>
        <p>You will meet with Paul Greaves (Chief Financial Officer) and Alyssa Brandt (HR Business Partner). Please bring a photo ID to check in with security.</p>
        <p>Questions about your visit? Contact Alyssa Brandt at <a href="mailto:alyssa.brandt@millcreekortho.com">alyssa.brandt@millcreekortho.com</a> or (513) 555-0190.</p>
        <p>Kind regards,<br>Mill Creek Orthopedic Associates Hiring Team</p>
        <p style="font-size:11px;color:#8a8a8a">This message was sent via SmartRecruiters on behalf of Mill Creek Orthopedic Associates.</p>
        </div></body></html>
    """)
    hs = hdr(addr("Mill Creek Orthopedic Associates", "noreply@smartrecruiters.com"),
             "Your interview with Mill Creek Orthopedic Associates",
             "2026-11-04 11:02:36", NY, "SR.20261104160236.4f8a2c71@smartrecruiters.com",
             mx="from mail201.smartrecruiters.com (mail201.smartrecruiters.com [52.208.77.201])")
    return message(hs, alt(text(body), html(page)))


# --- 10 iCIMS, Elkhorn Valley Health (Lexington), HTML only + ICS, US date -------------------------
@pos(10, "icims", "scheduled", "Thu 2026-11-12 13:00", NY, "darnell.hughes@elkhornvalley.org",
     "Elkhorn Valley Health",
     "iCIMS HTML-only mail with ICS; US date '11/12/2026 1:00 PM - 2:00 PM EST' (Thursday 12 November, "
     "not 11 December); contact = human ICS ORGANIZER (hiring manager)",
     local_end="2026-11-12 14:00")
def m10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <table width="600" cellpadding="0" cellspacing="0" style="font-family:Verdana,Arial;font-size:12px">
        <tr><td style="background:#00543c;color:#fff;padding:12px;font-size:16px">Elkhorn Valley Health Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Dear Danielle,</p>
        <p>Your interview for <b>Patient Financial Services Analyst (Job ID 2026-7731)</b> has been scheduled.</p>
        <p><b>Interview Date/Time:</b> 11/12/2026 1:00 PM - 2:00 PM EST<br>
        <b>Interview Type:</b> In Person<br>
        <b>Location:</b> Elkhorn Valley Health Corporate Office, 1850 Bryan Station Rd, Suite 300, Lexington, KY 40505<br>
        <b>Interviewer(s):</b> Darnell Hughes, Manager - PFS Analytics</p>
        <p>A calendar invitation is attached for your convenience.</p>
        <p>Thank you,<br>Elkhorn Valley Health Talent Acquisition</p>
        <p style="font-size:10px;color:#666">Please do not reply to this message. This mailbox is not monitored.</p>
        </td></tr></table>
        </body></html>
    """)
    cal = ics("-//iCIMS//iCIMS Calendar//EN", "REQUEST", (NY,), f"""
        BEGIN:VEVENT
        UID:icims-evh-2026-7731-itv-55821
        DTSTAMP:{stamp("2026-11-05 16:40:00", NY)}
        DTSTART;TZID=America/New_York:20261112T130000
        DTEND;TZID=America/New_York:20261112T140000
        SUMMARY:Interview: Patient Financial Services Analyst - Danielle Whitfield
        LOCATION:1850 Bryan Station Rd\\, Suite 300\\, Lexington\\, KY 40505
        ORGANIZER;CN=Darnell Hughes:mailto:darnell.hughes@elkhornvalley.org
        ATTENDEE;CN=Danielle Whitfield;RSVP=TRUE:mailto:{ME}
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """)
    hs = hdr(addr("Elkhorn Valley Health", "elkhornvalley@talent.icims.com"),
             "Interview Scheduled - Patient Financial Services Analyst",
             "2026-11-05 16:40:19", NY, "1762378819.33107.icims.evh@talent.icims.com",
             mx="from mta12.talent.icims.com (mta12.talent.icims.com [64.95.102.12])")
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(cal, "REQUEST", filename="Interview.ics", disposition="attachment")))


# --- 11 GoodTime itinerary, Brightwell Health Analytics (Nashville, Central) ---------------------
@pos(11, "goodtime", "scheduled", "Wed 2026-11-18 10:00", CHI, "hannah.osei@brightwellhealth.com",
     "Brightwell Health Analytics",
     "GoodTime virtual panel, three back-to-back sessions 10:00-11:45 AM 'Central Time (CST)' (UTC-6): "
     "start = first session, end = last; Reply-To the coordinator",
     local_end="2026-11-18 11:45")
def m11() -> bytes:
    body = t("""
        Hi Danielle,

        Your virtual interview with Brightwell Health Analytics is confirmed. Here is your
        itinerary for Wednesday, November 18, 2026. All times are shown in Central Time (CST).

        10:00 AM - 10:30 AM   Hannah Osei, Recruiting Coordinator (welcome and logistics)
        10:30 AM - 11:15 AM   Victor Lam, Director of Revenue Analytics
        11:15 AM - 11:45 AM   Sofia Brennan, Senior Analyst (SQL / Excel walkthrough)

        Join all sessions from the same Zoom room:
        https://brightwellhealth.zoom.us/j/97120448316

        If you need to make a change, reply to this email.

        Brightwell Health Analytics
        Scheduled with GoodTime
    """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Danielle,</p>
        <p>Your virtual interview with Brightwell Health Analytics is confirmed. Here is your itinerary for
        <b>Wednesday, November 18, 2026</b>. All times are shown in Central Time (CST).</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>10:00 AM - 10:30 AM</td><td>Hannah Osei, Recruiting Coordinator (welcome and logistics)</td></tr>
        <tr><td>10:30 AM - 11:15 AM</td><td>Victor Lam, Director of Revenue Analytics</td></tr>
        <tr><td>11:15 AM - 11:45 AM</td><td>Sofia Brennan, Senior Analyst (SQL / Excel walkthrough)</td></tr>
        </table>
        <p>Join all sessions from the same Zoom room: <a href="https://brightwellhealth.zoom.us/j/97120448316">https://brightwellhealth.zoom.us/j/97120448316</a></p>
        <p>If you need to make a change, reply to this email.</p>
        <p style="color:#888;font-size:12px">Brightwell Health Analytics &middot; Scheduled with GoodTime</p>
        </body></html>
    """)
    hs = hdr(addr("Brightwell Health Analytics", "no-reply@goodtime.io"),
             "Your Interview Itinerary - Brightwell Health Analytics",
             "2026-11-12 10:15:51", CHI, "gt-itin-5c2e9b.20261112161551@goodtime.io",
             mx="from o7.mail.goodtime.io (o7.mail.goodtime.io [149.72.40.7])",
             extra=(("Reply-To", addr("Hannah Osei", "hannah.osei@brightwellhealth.com")),))
    return message(hs, alt(text(body), html(page)))


# --- 12 Microsoft Bookings, Commonwealth Physician Billing (Louisville) ----------------------------
@pos(12, "ms_bookings", "scheduled", "Thu 2026-09-24 11:00", NY, "brenda.kowalczyk@commonwealthpb.com",
     "Commonwealth Physician Billing",
     "Microsoft Bookings from a shared mailbox; body shows '(UTC-05:00) Eastern Time (US & Canada)' on "
     "24 September, which is EDT (UTC-4), confirmed by the ICS; contact = staff member's address in the body",
     local_end="2026-09-24 11:30")
def m12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#262626">
        <div style="max-width:640px">
        <div style="font-size:20px;font-weight:600;padding:16px 0">Your booking is confirmed</div>
        <div style="border:1px solid #e1dfdd;padding:16px">
        <div style="font-weight:600">Candidate Video Interview</div>
        <div>Thursday, September 24, 2026</div>
        <div>11:00 AM - 11:30 AM (UTC-05:00) Eastern Time (US &amp; Canada)</div>
        <div style="padding-top:8px">Staff: Brenda Kowalczyk</div>
        <div>Location: Microsoft Teams meeting</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y29tbW9ud2VhbHRoLWJvb2tpbmdz%40thread.v2/0">Join your appointment</a></div>
        </div>
        <p>Additional information: Thank you for booking a time to talk about the Billing Operations
        Analyst opening. If you need to reach me directly before then, I'm at
        brenda.kowalczyk@commonwealthpb.com. - Brenda</p>
        <p><a href="https://outlook.office365.com/owa/calendar/CPBCareers@commonwealthpb.com/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">Commonwealth Physician Billing Careers &middot; 9300 Shelbyville Rd, Louisville, KY 40222</p>
        </div></body></html>
    """)
    cal = ics(EXCHANGE_PRODID, "REQUEST", ("Eastern Standard Time",), f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Commonwealth Physician Billing Careers:mailto:CPBCareers@commonwealthpb.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Whitfield:mailto:{ME}
        DESCRIPTION;LANGUAGE=en-US:Candidate Video Interview with Brenda Kowalczyk\\n
        UID:040000008200E00074C5B7101A82E008000000009C4E1DA06A4FDC010000000000000000100000001E7A2B3C4D
        SUMMARY;LANGUAGE=en-US:Candidate Video Interview
        DTSTART;TZID=Eastern Standard Time:20260924T110000
        DTEND;TZID=Eastern Standard Time:20260924T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp("2026-09-18 08:30:00", NY)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
    """)
    hs = hdr(addr("Commonwealth Physician Billing Careers", "CPBCareers@commonwealthpb.com"),
             "Your booking is confirmed: Candidate Video Interview on Thursday, September 24, 2026",
             "2026-09-18 08:30:27", NY, "SA1PR19MB5120D7A2C8E4F1B3A6D9C0E7F2@SA1PR19MB5120.namprd19.prod.outlook.com",
             mx="from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2093.outbound.protection.outlook.com [40.107.94.93])")
    return message(hs, alt(html(page), calendar(cal, "REQUEST", cte="base64")))


# --- 13 Hiring manager's reply on top of the quoted confirmation (Lexington onsite) --------------
@pos(13, "reply_quoted", "scheduled", "Wed 2026-10-21 08:30", NY, "calvin.meade@limestonehealth.org",
     "Limestone Health Network",
     "Hiring manager replies on top of the recruiter's quoted confirmation 'Wednesday, October 21 from "
     "8:30 to 11:00 AM' (Lexington, EDT); contact = the human sender (manager), not the quoted recruiter",
     local_end="2026-10-21 11:00")
def m13() -> bytes:
    body = t("""
        Danielle,

        Glad the dates lined up. I'll meet you in the lobby at 8:30 on Wednesday and walk you up - the
        visitor garage off Harrodsburg Road is easiest, and I'll validate your ticket. We'll finish
        with a quick tour of the business office.

        Calvin

        Calvin Meade
        Director, Revenue Cycle Operations
        Limestone Health Network

        On Mon, Oct 19, 2026 at 2:41 PM Jasmine Ortiz <jasmine.ortiz@limestonehealth.org> wrote:
        > Hi Danielle,
        >
        > Thank you for your flexibility! I'm confirming your onsite interview for the Revenue Cycle
        > Data Analyst role on Wednesday, October 21 from 8:30 to 11:00 AM at our administrative
        > office, 3100 Harrodsburg Rd, Lexington. You'll meet Calvin Meade (cc'd), two analysts on
        > his team, and our Director of Patient Access.
        >
        > Please let me know if you need anything before then.
        >
        > Jasmine Ortiz
        > Talent Acquisition Specialist | Limestone Health Network
    """)
    hs = hdr(addr("Calvin Meade", "calvin.meade@limestonehealth.org"),
             "Re: Onsite interview confirmation - Revenue Cycle Data Analyst",
             "2026-10-19 19:22:05", NY, "CAM7x9yQ2n+JpV4Lr0d1Fh3kGq8Z=e5wTbXs@mail.gmail.com",
             to=ME_TO,
             mx="from mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])",
             extra=(("Cc", addr("Jasmine Ortiz", "jasmine.ortiz@limestonehealth.org")),
                    ("In-Reply-To", "<CAJ4pL2s8Rw6nQ0tY3u9vK1mH7cX5dB2fE4gA6@mail.gmail.com>"),
                    ("References", "<CAJ4pL2s8Rw6nQ0tY3u9vK1mH7cX5dB2fE4gA6@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# --- 14 Forward to self of a Workable confirmation (Nashville, Central) ---------------------------
@pos(14, "forwarded", "scheduled", "Mon 2026-10-26 14:30", CHI, "yvette.carrington@larkspurdental.com",
     "Larkspur Dental Partners",
     "Candidate forwards a Workable confirmation from her old address to herself; '2:30 PM Central "
     "(3:30 PM Eastern)', 45 minutes, Nashville CDT (UTC-5) on 26 Oct (US still on daylight time; Europe "
     "changed the day before); Reply-To was a Workable relay, so contact = the director's address in the body",
     local_end="2026-10-26 15:15")
def m14() -> bytes:
    body = t("""
        putting this on the calendar - note it's central time

        ---------- Forwarded message ---------
        From: Larkspur Dental Partners <noreply@workablemail.com>
        Date: Tue, Oct 20, 2026 at 4:12 PM
        Subject: Interview with Larkspur Dental Partners
        To: <danielle.whitfield@example.com>
        Reply-To: larkspur-dental-partners+c7b1e2f4@candidates.workablemail.com

        Hi Danielle,

        Thanks for applying for the Revenue Cycle Lead role! We'd love to continue the conversation.

        Your video interview is confirmed for Monday, October 26 at 2:30 PM Central (3:30 PM
        Eastern). It will last 45 minutes. We'll use Google Meet:
        https://meet.google.com/ekw-zfta-umq

        You'll be speaking with me and our billing manager, Cody Pruett.

        Talk soon,
        Yvette Carrington
        Practice Operations Director, Larkspur Dental Partners
        yvette.carrington@larkspurdental.com

        --
        Sent with Workable
    """)
    hs = hdr(addr(ME_NAME, "danielle.whitfield@example.com"),
             "Fwd: Interview with Larkspur Dental Partners",
             "2026-10-21 07:55:40", NY, "CAGx0w+3hKp_Vd7qLmE2cN8rT5zYb1Qf4Us9A@mail.gmail.com",
             mx="from mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 15 Teamtailor confirmation forwarded as a message/rfc822 attachment ------------------------
@pos(15, "rfc822_attachment", "scheduled", "Fri 2026-12-04 11:00", NY, "rosa.delgadopierce@tesserahealth.com",
     "Tessera Health Data",
     "Candidate forwards the Teamtailor confirmation as an attachment (message/rfc822) to herself; inner "
     "mail 'Friday, December 4, 2026, 11:00 - 11:45 AM ET' (EST, UTC-5); contact = the inner mail's human "
     "Reply-To",
     local_end="2026-12-04 11:45")
def m15() -> bytes:
    inner_body = t("""
        Hi Danielle,

        Thank you for booking your interview for the position Healthcare Data Analyst (Revenue) at
        Tessera Health Data.

        Friday, December 4, 2026, 11:00 - 11:45 AM ET
        Video call: https://tesserahealth.teamtailor.com/meetings/rz9k2m

        You'll meet Rosa Delgado-Pierce (Talent Partner) and Ben Whitaker (Analytics Manager).

        Best regards,
        Tessera Health Data
    """)
    inner_page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Danielle,</p>
        <p>Thank you for booking your interview for the position <b>Healthcare Data Analyst (Revenue)</b> at Tessera Health Data.</p>
        <p><b>Friday, December 4, 2026, 11:00 - 11:45 AM ET</b><br>
        <a href="https://tesserahealth.teamtailor.com/meetings/rz9k2m">Join video call</a></p>
        <p>You&#39;ll meet Rosa Delgado-Pierce (Talent Partner) and Ben Whitaker (Analytics Manager).</p>
        <p>Best regards,<br>Tessera Health Data</p>
        </body></html>
    """)
    inner = message([
        ("From", addr("Tessera Health Data", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Rosa Delgado-Pierce", "rosa.delgadopierce@tesserahealth.com")),
        ("To", addr(ME_NAME, "danielle.whitfield@example.com")),
        ("Subject", "Interview booked: Healthcare Data Analyst (Revenue)"),
        ("Date", date("2026-11-30 15:02:10", NY)),
        ("Message-ID", "<tt-7f3c1a92-bd4e-4c77-9a0e-5e21d8b6c013@teamtailor-mail.com>"),
    ], alt(text(inner_body), html(inner_page)))
    note = t("""
        Tessera interview - Friday. Save for the calendar.

        Sent from Outlook
    """)
    hs = hdr(addr(ME_NAME, "danielle.whitfield@example.com"),
             "FW: Interview booked: Healthcare Data Analyst (Revenue)",
             "2026-11-30 21:10:03", NY, "DM6PR07MB7729C0A1B2D3E4F5A6B7C8D9E0@DM6PR07MB7729.namprd07.prod.outlook.com",
             mx="from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2059.outbound.protection.outlook.com [40.107.102.59])")
    return message(hs, mixed(text(note, cte="7bit", charset="us-ascii"),
                             attached_message(inner, "Interview booked Healthcare Data Analyst (Revenue).eml")))


# --- 16 Recruiter with a pasted Zoom invitation (Cincinnati) -----------------------------------
@pos(16, "zoom", "scheduled", "Tue 2026-12-08 10:00", NY, "gordon.pham@queensgatebilling.com",
     "Queensgate Billing Services",
     "Recruiter mail with a pasted Zoom block 'Dec 8, 2026 10:00 AM Eastern Time (US and Canada)' (EST); "
     "'about 45 minutes' is approximate so end null",
     days=(("Tue", "2026-12-08"),))
def m16() -> bytes:
    body = t("""
        Hi Danielle,

        Great talking with you yesterday. As promised, here's the Zoom for your conversation with
        Angela Reyes, our VP of Client Operations, next Tuesday (Dec 8). Plan for about 45 minutes;
        she'll mostly want to go through the AR aging project you described.

        Gordon Pham is inviting you to a scheduled Zoom meeting.

        Topic: Danielle Whitfield / Angela Reyes - Client Reporting Analyst
        Time: Dec 8, 2026 10:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://queensgatebilling.zoom.us/j/83551902274?pwd=TWh2c0tPZ1ZxbE9hU3RkRw.1

        Meeting ID: 835 5190 2274
        Passcode: 604118

        ---

        One tap mobile
        +13092053325,,83551902274#,,,,*604118# US
        +13126266799,,83551902274#,,,,*604118# US (Chicago)

        Thanks,
        Gordon

        Gordon Pham | Recruiting Manager
        Queensgate Billing Services | Cincinnati, OH
        gordon.pham@queensgatebilling.com | (513) 555-0147
    """)
    hs = hdr(addr("Gordon Pham", "gordon.pham@queensgatebilling.com"),
             "Zoom details - Tuesday with Angela",
             "2026-12-02 14:05:16", NY, "MN2PR16MB2951B4E6A8C0D2F1E3A5B7C9D1@MN2PR16MB2951.namprd16.prod.outlook.com",
             mx="from NAM02-MN2-obe.outbound.protection.outlook.com (mail-mn2nam02on2077.outbound.protection.outlook.com [40.107.220.77])")
    return message(hs, text(body))


# --- 17 Exchange meeting update, moved one day (Nashville onsite, Central) ------------------------
@pos(17, "outlook_calendar", "rescheduled", "Fri 2026-10-16 13:00", CHI, "lauren.voss@brentwoodsurgical.com",
     "Brentwood Surgical Partners",
     "Exchange meeting update, SEQUENCE:1, TZID 'Central Standard Time'; body gives new and old times "
     "(moved from Thu 10/15 to Friday, October 16, 1:00-3:00 PM Central, CDT UTC-5; display label shows "
     "UTC-06:00); labelled with the new time; organizer human",
     local_end="2026-10-16 15:00")
def m17() -> bytes:
    body = t("""
        When: Friday, October 16, 2026 1:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Brentwood Surgical Partners - 5th floor conference room, 7101 Executive Center Dr, Brentwood, TN

        Hi Danielle - as we discussed on the phone, our CFO had a conflict Thursday, so I've moved your
        onsite from Thursday 10/15 to Friday 10/16, same time (1:00-3:00 PM Central). Sorry for the
        shuffle, and thank you for being flexible with your travel!

        Lauren Voss
        HR Manager | Brentwood Surgical Partners
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Danielle &#8211; as we discussed on the phone, our CFO had a conflict Thursday, so I&#8217;ve moved your
        onsite from Thursday 10/15 to Friday 10/16, same time (1:00-3:00 PM Central). Sorry for the shuffle, and
        thank you for being flexible with your travel!</p>
        <p>Lauren Voss<br>HR Manager | Brentwood Surgical Partners</p>
        </div></body></html>
    """)
    cal = ics(EXCHANGE_PRODID, "REQUEST", ("Central Standard Time",), f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Lauren Voss:mailto:lauren.voss@brentwoodsurgical.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Whitfield:mailto:{ME}
        DESCRIPTION;LANGUAGE=en-US:Hi Danielle - as we discussed on the phone\\, our CFO had a conflict Thursday\\, so I've moved your onsite to Friday 10/16\\, same time.\\n
        UID:040000008200E00074C5B7101A82E00800000000E0D7F1C2B39BDC01000000000000000010000000A4B5C6D7E8
        SUMMARY;LANGUAGE=en-US:Onsite Interview - Danielle Whitfield (Revenue Cycle Analyst)
        DTSTART;TZID=Central Standard Time:20261016T130000
        DTEND;TZID=Central Standard Time:20261016T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp("2026-10-09 11:45:00", CHI)}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Brentwood Surgical Partners - 5th floor conference room
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
    """)
    hs = hdr(addr("Lauren Voss", "lauren.voss@brentwoodsurgical.com"),
             "Updated: Onsite Interview - Danielle Whitfield (Revenue Cycle Analyst)",
             "2026-10-09 11:45:09", CHI, "PH0PR11MB4920F1E2D3C4B5A6978869504A@PH0PR11MB4920.namprd11.prod.outlook.com",
             mx="from NAM11-PH0-obe.outbound.protection.outlook.com (mail-ph0nam11on2091.outbound.protection.outlook.com [40.107.220.91])",
             extra=(("Thread-Topic", "Onsite Interview - Danielle Whitfield (Revenue Cycle Analyst)"),
                    ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(cal, "REQUEST", cte="base64")))


# --- 18 Recruiter moves the second round, windows-1252 --------------------------------------------
@pos(18, "human_prose", "rescheduled", "Wed 2026-12-02 16:30", NY, "theresa.quigley@redriverbh.org",
     "Red River Behavioral Health",
     "Recruiter moves the second interview 'from Tuesday at 10:00 to Wednesday, December 2 at 4:30 p.m.' "
     "(Lexington, EST); windows-1252 quoted-printable; 'until about 5:30' is approximate so end null",
     days=(("Tue", "2026-12-01"),))
def m18() -> bytes:
    body = t("""
        Hi Danielle,

        I’m sorry for the late change. Our interim CFO’s board meeting got moved onto Tuesday morning,
        so I’ve moved your second-round interview from Tuesday (12/1) at 10:00 to Wednesday, December 2
        at 4:30 p.m. It’s still in the second-floor conference room at our Winchester Road office, and
        we’ll have you until about 5:30.

        You don’t need to do anything – the panel is already updated on our side. Just holler if
        Wednesday afternoon is a problem.

        Thanks so much,
        Theresa

        Theresa Quigley
        Human Resources Generalist
        Red River Behavioral Health
        (859) 555-0164
    """)
    hs = hdr(addr("Theresa Quigley", "theresa.quigley@redriverbh.org"),
             "Change of time - your second interview",
             "2026-11-30 12:10:44", NY, "000a01dc2f3e$7b4c1d20$71e55760$@redriverbh.org",
             mx="from mail.redriverbh.org (mail.redriverbh.org [203.0.113.58])",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdxfPnrLJ2Q9oT7wRy2m3cD8kPqLnA==")))
    return message(hs, text(body, charset="windows-1252"))


# --- 19 Personio reschedule, Berlin company, the one week Europe is 5 hours ahead --------------------
@pos(19, "personio", "rescheduled", "Tue 2026-10-27 16:00", BER, "katrin.albrecht@nordlicht-health.com",
     "Nordlicht Health",
     "Personio reschedule from a Berlin company: new time 'Tuesday, 27 October 2026, 16:00-16:45 CET' "
     "= 11:00-11:45 AM EDT; Europe left summer time on 25 Oct, the US only on 1 Nov, so 5 hours apart; "
     "ICS SEQUENCE:1 TZID Europe/Berlin; Reply-To the recruiter",
     local_end="2026-10-27 16:45")
def m19() -> bytes:
    body = t("""
        Hi Danielle,

        As mentioned by phone, we need to move your interview with our US Revenue Operations lead.
        Here is your new appointment:

        Position: Revenue Cycle Analyst (US market, remote)
        Previous time: Thursday, 22 October 2026, 17:00 CEST
        New time: Tuesday, 27 October 2026, 16:00–16:45 CET (Berlin)
                  = 11:00–11:45 AM EDT (New York / Lexington)
        Location: Microsoft Teams (link in the attached invitation)

        A small heads-up: Germany switches to winter time on 25 October but the US only on 1 November,
        so for this one week we are five hours apart instead of six. The Eastern time above already
        takes that into account.

        If you have any questions, simply reply to this email.

        Best regards
        Katrin Albrecht
        Talent Acquisition, Nordlicht Health GmbH
    """)
    cal = ics("-//Personio GmbH//Personio Recruiting//EN", "REQUEST", (BER,), f"""
        BEGIN:VEVENT
        UID:personio-application-884213-event-20551@personio.de
        DTSTAMP:{stamp("2026-10-21 09:30:00", BER)}
        DTSTART;TZID=Europe/Berlin:20261027T160000
        DTEND;TZID=Europe/Berlin:20261027T164500
        SEQUENCE:1
        SUMMARY:Interview: Revenue Cycle Analyst (US market\\, remote) - Danielle Whitfield
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Katrin Albrecht:mailto:katrin.albrecht@nordlicht-health.com
        ATTENDEE;CN=Danielle Whitfield;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
        STATUS:CONFIRMED
        END:VEVENT
    """)
    hs = hdr(addr("Nordlicht Health", "no-reply@mail.personio.de"),
             "Your interview has been rescheduled – Revenue Cycle Analyst (US market, remote)",
             "2026-10-21 09:30:55", BER, "personio.8c2f1e07a9d34b6e@mail.personio.de",
             mx="from mail-out-3.personio.de (mail-out-3.personio.de [185.42.108.3])",
             extra=(("Reply-To", addr("Katrin Albrecht", "katrin.albrecht@nordlicht-health.com")),))
    return message(hs, mixed(text(body), calendar(cal, "REQUEST", filename="interview.ics",
                                                  disposition="attachment", name_param=True)))


# --- 20 Calendly reschedule -------------------------------------------------------------------
@pos(20, "calendly", "rescheduled", "Mon 2026-11-09 09:00", NY, "ivy.chambers@lakeshorecb.com",
     "Lakeshore Clinical Billing",
     "Calendly 'Event rescheduled': former Friday, November 6 2:00pm, new '9:00am - 9:45am (Eastern Time - "
     "US & Canada), Monday, November 9, 2026' (EST after the fall-back); Reply-To the host",
     local_end="2026-11-09 09:45", days=(("Fri", "2026-11-06"),))
def m20() -> bytes:
    body = t("""
        Hi Danielle Whitfield,

        Your event has been rescheduled.

        Event Type:
        Interview - Coding & Billing Analyst

        Former: 2:00pm - 2:45pm, Friday, November 6, 2026 (Eastern Time - US & Canada)
        Updated: 9:00am - 9:45am (Eastern Time - US & Canada), Monday, November 9, 2026

        Reason for rescheduling:
        "So sorry - I'm out Friday afternoon with a sick kiddo. Monday morning instead? -Ivy"

        Location:
        This is a Zoom web conference. Join: https://lakeshorecb.zoom.us/j/88213904471

        View event in Calendly: https://calendly.com/events/c41d7e2a-9b8f/invitee
        Need to make changes to this event? Cancel: https://calendly.com/cancellations/c41d7e2a-9b8f

        Sent from Calendly
    """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n" + "\n".join(
        f"<p>{line}</p>" if line else "" for line in
        body.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").split("\n")) + "\n</body></html>\n"
    hs = hdr(addr("Calendly", "notifications@calendly.com"),
             "Updated: Interview - Coding & Billing Analyst with Ivy Chambers on Monday, November 9, 2026",
             "2026-11-05 18:12:30", NY, "20261105231230.c41d7e2a9b@calendly.com",
             mx="from o3.email.calendly.com (o3.email.calendly.com [167.89.115.3])",
             extra=(("Reply-To", addr("Ivy Chambers", "ivy.chambers@lakeshorecb.com")),))
    return message(hs, alt(text(body), html(page)))


# --- 21 Google Calendar cancellation ---------------------------------------------------------------
@pos(21, "google_calendar", "cancelled", "Tue 2026-09-29 15:00", NY, "andre.whitcomb@jeffersonstmed.com",
     "Jefferson Street Medical Group",
     "Google Calendar cancellation, METHOD:CANCEL / STATUS:CANCELLED, of 'Tue Sep 29, 2026 3pm - 3:45pm (EDT)'; "
     "ORGANIZER = hiring manager; the cancelled slot is labelled",
     local_end="2026-09-29 15:45")
def m21() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar with a note:
        "Danielle - I'm so sorry, we've had to pause this search while we sort out a budget question.
        Our recruiter will follow up with you. - Andre"

        Phone interview - Danielle Whitfield (Jefferson Street Medical Group)
        Tuesday Sep 29, 2026 ⋅ 3pm – 3:45pm (Eastern Time - New York)

        Organizer
        Andre Whitcomb
        andre.whitcomb@jeffersonstmed.com

        Guests
        Andre Whitcomb - organizer
        Danielle Whitfield

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
    """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>This event has been canceled and removed from your calendar with a note:<br>
        &quot;Danielle - I&#39;m so sorry, we&#39;ve had to pause this search while we sort out a budget question. Our recruiter will follow up with you. - Andre&quot;</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Phone interview - Danielle Whitfield (Jefferson Street Medical Group)</h2>
        <div>Tuesday Sep 29, 2026 &#8901; 3pm &ndash; 3:45pm (Eastern Time - New York)</div>
        <div><b>Organizer</b><br>Andre Whitcomb<br>andre.whitcomb@jeffersonstmed.com</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", (NY,), f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260929T150000
        DTEND;TZID=America/New_York:20260929T154500
        DTSTAMP:{stamp("2026-09-25 16:44:00", NY)}
        ORGANIZER;CN=Andre Whitcomb:mailto:andre.whitcomb@jeffersonstmed.com
        UID:2k7fq0n5dbe3c1a8t6m4s9ph0v@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andre Whitcomb;X-NUM-GUESTS=0:mailto:andre.whitcomb@jeffersonstmed.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
        CREATED:{stamp("2026-09-21 10:02:00", NY)}
        LAST-MODIFIED:{stamp("2026-09-25 16:43:51", NY)}
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Phone interview - Danielle Whitfield (Jefferson Street Medical Group)
        TRANSP:OPAQUE
        END:VEVENT
    """)
    hs = hdr(addr("Andre Whitcomb", "andre.whitcomb@jeffersonstmed.com"),
             f"Canceled event with note: Phone interview - Danielle Whitfield (Jefferson Street Medical Group) @ Tue Sep 29, 2026 3pm - 3:45pm (EDT) ({ME})",
             "2026-09-25 16:44:02", NY, "calendar-0b3e7d21-98a4-4c1f-b6e2-7f5d0c9a8e31@google.com",
             mx="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Andre Whitcomb", "andre.whitcomb@jeffersonstmed.com")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(cal, "CANCEL")),
                             calendar(cal, None, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


# --- 22 Hiring manager cancels "this Thursday at 11" ------------------------------------------
@pos(22, "human_prose", "cancelled", "Thu 2026-11-05 11:00", NY, "scott.yarbrough@tanbarksurgery.com",
     "Tanbark Surgery Center",
     "Hiring manager cancels 'your interview this Thursday at 11'; Date Mon 2 Nov (EST, the day after the "
     "fall-back) so Thu 5 Nov 11:00 EST; no new time; the cancelled slot is labelled")
def m22() -> bytes:
    body = t("""
        Good morning Danielle,

        I hate to send this one. We need to cancel your interview this Thursday at 11. Our owners
        decided Friday afternoon to put the business office manager position on hold until after
        the first of the year while we finish the EHR conversion.

        I really enjoyed our phone conversation and I'd like to reach back out when the position
        opens up again, if you're still looking. Again, my apologies for the short notice.

        Scott Yarbrough
        Administrator
        Tanbark Surgery Center
        Lexington, KY
        scott.yarbrough@tanbarksurgery.com
    """)
    hs = hdr(addr("Scott Yarbrough", "scott.yarbrough@tanbarksurgery.com"),
             "Thursday's interview",
             "2026-11-02 08:15:27", NY, "1e29f0c4-6b7a-4d3e-a8c2-5f9e0d1b7a46@tanbarksurgery.com",
             mx="from smtp.tanbarksurgery.com (smtp.tanbarksurgery.com [192.0.2.141])",
             extra=(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --- 23 Exchange cancellation, Hyde Glen Cardiology (Cincinnati) ---------------------------------
@pos(23, "outlook_calendar", "cancelled", "Mon 2026-12-14 13:00", NY, "nicole.ferraro@hydeglencardio.com",
     "Hyde Glen Cardiology Group",
     "Exchange METHOD:CANCEL, TZID 'Eastern Standard Time', 'Monday, December 14, 2026 1:00 PM-2:00 PM "
     "(UTC-05:00)' (EST); role filled internally; the cancelled slot is labelled; organizer human",
     local_end="2026-12-14 14:00")
def m23() -> bytes:
    body = t("""
        When: Monday, December 14, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Danielle,

        Unfortunately I need to cancel Monday's interview. We were able to fill the Revenue Cycle
        Supervisor role with an internal candidate late yesterday. I'm sorry for the late notice and
        I'll keep your resume on file for our upcoming analyst openings.

        Nicole Ferraro
        Practice Administrator, Hyde Glen Cardiology Group
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Danielle,</p>
        <p>Unfortunately I need to cancel Monday&#8217;s interview. We were able to fill the Revenue Cycle Supervisor
        role with an internal candidate late yesterday. I&#8217;m sorry for the late notice and I&#8217;ll keep your
        resume on file for our upcoming analyst openings.</p>
        <p>Nicole Ferraro<br>Practice Administrator, Hyde Glen Cardiology Group</p>
        </div></body></html>
    """)
    cal = ics(EXCHANGE_PRODID, "CANCEL", ("Eastern Standard Time",), f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Nicole Ferraro:mailto:nicole.ferraro@hydeglencardio.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Whitfield:mailto:{ME}
        DESCRIPTION;LANGUAGE=en-US:Hi Danielle\\,\\n\\nUnfortunately I need to cancel Monday's interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D56CDC0100000000000000001000000077C8D9E0F1
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Revenue Cycle Supervisor (D. Whitfield)
        DTSTART;TZID=Eastern Standard Time:20261214T130000
        DTEND;TZID=Eastern Standard Time:20261214T140000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:{stamp("2026-12-10 13:30:00", NY)}
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
    """)
    hs = hdr(addr("Nicole Ferraro", "nicole.ferraro@hydeglencardio.com"),
             "Canceled: Interview - Revenue Cycle Supervisor (D. Whitfield)",
             "2026-12-10 13:30:48", NY, "CO1PR17MB5533E9F8A7B6C5D4E3F2A1B0C9@CO1PR17MB5533.namprd17.prod.outlook.com",
             mx="from NAM12-CO1-obe.outbound.protection.outlook.com (mail-co1nam12on2110.outbound.protection.outlook.com [40.107.224.110])",
             extra=(("Importance", "high"), ("X-Priority", "1"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(cal, "CANCEL", cte="base64")))


# =========================================================================== negatives

# --- 24 Rejection after the Clearbrook interview (Greenhouse) -----------------------------------
@neg(24, "rejection", "Clearbrook Health",
     "Greenhouse rejection after the 15 Sep interview (thread of key 1); no time to confirm")
def m24() -> bytes:
    body = t("""
        Hi Danielle,

        Thank you for taking the time to interview for the Revenue Integrity Analyst position and
        for sharing your experience with Gary. We enjoyed learning about your charge capture work.

        After careful consideration, we have decided to move forward with another candidate whose
        background more closely matches the needs of the role at this time.

        We will keep your information on file and encourage you to apply for future openings at
        Clearbrook Health. We wish you the very best in your search.

        Sincerely,
        Tasha Pruitt
        Talent Acquisition, Clearbrook Health
    """)
    hs = hdr(addr("Clearbrook Health", "no-reply@us.greenhouse-mail.io"),
             "Your application to Clearbrook Health",
             "2026-09-25 10:03:12", NY, "0100019a7e0b.c29d4410@us.greenhouse-mail.io",
             mx="from o11.us.greenhouse-mail.io (o11.us.greenhouse-mail.io [167.89.10.111])")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 25 Taleo rejection, iso-8859-1 HTML -------------------------------------------------------
@neg(25, "rejection", "Riverbend Health System",
     "Taleo 'position has been filled' rejection, HTML only in iso-8859-1; no interview was held")
def m25() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Danielle Whitfield,</p>
        <p>Thank you for applying for the position of <b>Revenue Cycle Systems Analyst (Requisition 26-04117)</b> at Riverbend Health System.</p>
        <p>We received many applications for this position. After reviewing your qualifications, we have selected other candidates whose experience more closely aligns with our current requirements.</p>
        <p>Please continue to visit our career site for future opportunities. We appreciate your interest in Riverbend.</p>
        <p>Sincerely,<br>Riverbend Health System<br>Human Resources</p>
        <p><font size="1">© 2026 Riverbend Health System · Louisville, Kentucky · Please do not reply to this automated message.</font></p>
        </font></body></html>
    """)
    hs = hdr(addr("Riverbend Health System", "riverbendhealth@taleo.net"),
             "Riverbend Health System - Revenue Cycle Systems Analyst",
             "2026-10-06 02:14:55", NY, "1081655095.2671933.1791267295801.JavaMail.tlmprod@tlm-ash-14",
             mx="from ash-mta-02.taleo.net (ash-mta-02.taleo.net [160.34.4.22])")
    return message(hs, html(page, charset="iso-8859-1"))


# --- 26 iCIMS application receipt (before key 10) ---------------------------------------------
@neg(26, "application_receipt", "Elkhorn Valley Health",
     "iCIMS application acknowledgement; nothing scheduled yet (thread before key 10)")
def m26() -> bytes:
    page = t("""
        <html><body>
        <table width="600" style="font-family:Verdana,Arial;font-size:12px">
        <tr><td style="background:#00543c;color:#fff;padding:12px;font-size:16px">Elkhorn Valley Health Careers</td></tr>
        <tr><td style="padding:16px">
        <p>Dear Danielle,</p>
        <p>Thank you for applying for the <b>Patient Financial Services Analyst (Job ID 2026-7731)</b> position. Your application has been received and will be reviewed by our talent acquisition team.</p>
        <p>If your qualifications match our needs, a member of our team will contact you to discuss next steps. You can check the status of your application at any time by logging in to your candidate profile.</p>
        <p>Thank you for considering Elkhorn Valley Health.</p>
        <p style="font-size:10px;color:#666">Please do not reply to this message. This mailbox is not monitored.</p>
        </td></tr></table></body></html>
    """)
    hs = hdr(addr("Elkhorn Valley Health", "elkhornvalley@talent.icims.com"),
             "Thank you for applying - Patient Financial Services Analyst",
             "2026-10-19 21:48:02", NY, "1760924882.11872.icims.evh@talent.icims.com",
             mx="from mta12.talent.icims.com (mta12.talent.icims.com [64.95.102.12])")
    return message(hs, html(page))


# --- 27 Recruitee application receipt --------------------------------------------------------
@neg(27, "application_receipt", "Quill & Ledger Health",
     "Recruitee 'we received your application' mail for a remote role; no time proposed")
def m27() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks for applying for the Revenue Cycle Analyst (Remote, US) position at Quill & Ledger
        Health! We've received your application and our team will review it over the next two weeks.

        In the meantime, feel free to read more about how we work: https://quillledger.health/careers

        Warmly,
        The Quill & Ledger Health team

        You received this email because you applied via our careers page. Manage your data:
        https://quillledgerhealth.recruitee.com/privacy
    """)
    hs = hdr(addr("Quill & Ledger Health", "no-reply@recruitee.com"),
             "We received your application – Revenue Cycle Analyst (Remote, US)",
             "2026-09-02 19:31:40", NY, "recruitee-offer-1284409-cand-9920137@mailer.recruitee.com",
             mx="from mailer.recruitee.com (mailer.recruitee.com [52.58.77.14])")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.replace("&", "&amp;").strip().split("\n\n")) + "</body></html>\n")))


# --- 28 Job alert, HTML only, base64 ----------------------------------------------------------
@neg(28, "job_alert", None, "Job-board alert listing Lexington revenue-cycle openings")
def m28() -> bytes:
    jobs = [
        ("Revenue Cycle Analyst", "Bluegrass Orthopaedic Partners", "Lexington, KY", "$62K - $74K a year"),
        ("Denials Analyst - Hybrid", "Fayette Physician Network", "Lexington, KY", "Full-time"),
        ("Reimbursement Specialist II", "Hillcrest Senior Living", "Georgetown, KY", "$24 - $29 an hour"),
        ("Revenue Integrity Analyst", "Clearbrook Health", "Louisville, KY", "Full-time"),
        ("Healthcare Financial Analyst", "Tristate Managed Care", "Cincinnati, OH", "$70K - $85K a year"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://www.hirelane.example.com/viewjob?jk={i:04x}" '
        f'style="font-size:16px;color:#2557a7;font-weight:bold">{title}</a><br>{co}<br>{loc} &middot; {pay}</td></tr>'
        for i, (title, co, loc, pay) in enumerate(jobs, 4100))
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;background:#fff">
        <table width="600" align="center"><tr><td>
        <h1 style="font-size:20px">5 new revenue cycle analyst jobs in Lexington, KY</h1>
        <table width="100%">
        """) + rows + t("""
        </table>
        <p><a href="https://www.hirelane.example.com/jobs?q=revenue+cycle+analyst&l=Lexington,+KY">See all jobs</a></p>
        <p style="font-size:11px;color:#777">You are receiving this job alert because you subscribed on HireLane.
        <a href="https://www.hirelane.example.com/alerts/unsubscribe">Unsubscribe</a></p>
        </td></tr></table></body></html>
    """)
    hs = hdr(addr("HireLane", "alert@jobs.hirelane.example.com"),
             "5 new revenue cycle analyst jobs in Lexington, KY",
             "2026-09-12 06:02:11", NY, "alert.20260912100211.77f2c@jobs.hirelane.example.com",
             mx="from out-18.jobs.hirelane.example.com (out-18.jobs.hirelane.example.com [198.51.100.118])",
             extra=(("List-Unsubscribe", "<https://www.hirelane.example.com/alerts/unsubscribe>"),))
    return message(hs, html(page, cte="base64"))


# --- 29 Association job board digest ------------------------------------------------------------
@neg(29, "job_alert", None, "Weekly job digest from a healthcare-finance association career center")
def m29() -> bytes:
    body = t("""
        HEALTHCARE FINANCE CAREER CENTER - Weekly Job Digest
        Week of November 16, 2026

        Jobs matching your saved search "revenue cycle" within 100 miles of 40503:

        * Manager, Revenue Cycle Analytics - Tristate Managed Care - Cincinnati, OH
        * Patient Accounts Supervisor - Cumberland Valley Hospital - Lexington, KY
        * Senior Reimbursement Analyst - Kentucky Rural Health Cooperative - Frankfort, KY
        * Revenue Cycle Consultant (Remote) - Tallgrass Revenue Partners

        Update your saved search: https://careers.hcfinance.example.org/searches
        You are receiving this because you are a member of the Kentucky chapter.
        Unsubscribe: https://careers.hcfinance.example.org/unsubscribe
    """)
    hs = hdr(addr("Healthcare Finance Career Center", "careercenter@hcfinance.example.org"),
             "Your weekly job digest: 4 new matches",
             "2026-11-16 07:30:00", NY, "digest-20261116-40503-ab91@hcfinance.example.org",
             mx="from mta3.hcfinance.example.org (mta3.hcfinance.example.org [198.51.100.33])")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --- 30 Newsletter with interview tips ----------------------------------------------------------
@neg(30, "newsletter_tips", None,
     "Industry newsletter with an interview-tips article; no appointment")
def m30() -> bytes:
    body = t("""
        THE REVENUE CYCLE BRIEF | Tuesday, October 20, 2026

        In this issue
        - CMS proposed rule: what the 2027 OPPS changes mean for your CDM
        - Denials: the three CARC codes that grew fastest this quarter
        - Career corner: 5 questions to expect in a revenue cycle analyst interview

        CAREER CORNER
        Hiring managers keep telling us the same thing: they want analysts who can tell a story
        with the data. Expect to be asked to walk through a denial trend you found, how you sized the
        dollars at risk, and who you had to convince. Bring one example with real numbers (scrubbed,
        of course), and be ready to explain how you would build the same report in their EHR.

        Read more: https://revcyclebrief.example.com/2026/10/interview-questions

        You're receiving The Revenue Cycle Brief because you subscribed at revcyclebrief.example.com.
        Unsubscribe: https://revcyclebrief.example.com/u/9f2a
    """)
    hs = hdr(addr("The Revenue Cycle Brief", "newsletter@revcyclebrief.example.com"),
             "CMS proposed rule, fast-growing denials, and 5 interview questions",
             "2026-10-20 06:00:04", NY, "rcb-20261020-issue-212@revcyclebrief.example.com",
             mx="from mail.revcyclebrief.example.com (mail.revcyclebrief.example.com [198.51.100.71])",
             extra=(("List-Unsubscribe", "<https://revcyclebrief.example.com/u/9f2a>"),
                    ("Precedence", "bulk")))
    return message(hs, text(body))


# --- 31 Recruiter sends a Calendly link (before key 6) ------------------------------------------
@neg(31, "scheduling_link", "Tallgrass Revenue Partners",
     "Recruiter sends a Calendly link to pick a slot next week; nothing booked yet (thread before key 6)")
def m31() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks for connecting! I'd love to set up a 30-minute phone screen for our Revenue Cycle
        Consultant opening. Grab whatever time works best for you next week here:

        https://calendly.com/marcus-bell-tallgrass/phone-screen

        If none of those slots work, just reply with a couple of options and I'll make it happen.

        Marcus Bell
        Talent Partner | Tallgrass Revenue Partners
        marcus.bell@tallgrassrev.com
    """)
    hs = hdr(addr("Marcus Bell", "marcus.bell@tallgrassrev.com"),
             "Phone screen - Revenue Cycle Consultant",
             "2026-09-24 11:20:45", NY, "CAB8kq2Lr5Vn0pW3xT7yZ9dM4hF1gJ6sQe2@mail.gmail.com",
             mx="from mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 32 Greenhouse availability request (before key 1) ------------------------------------------
@neg(32, "availability_request", "Clearbrook Health",
     "Greenhouse availability request; candidate is asked to submit times, none fixed (thread before key 1)")
def m32() -> bytes:
    body = t("""
        Hi Danielle,

        Great news - the hiring team would like to move forward with an interview for the Revenue
        Integrity Analyst role! Please let us know your availability over the next two weeks using
        the link below. The interview will be 45 minutes over Microsoft Teams.

        Submit your availability:
        https://app.greenhouse.io/availability/7e13c4a0f2d9b851

        Thanks,
        Tasha Pruitt
        Talent Acquisition Partner | Clearbrook Health
    """)
    hs = hdr(addr("Clearbrook Health", "no-reply@us.greenhouse-mail.io"),
             "Please share your availability - Revenue Integrity Analyst",
             "2026-09-04 13:27:19", NY, "0100019a0a5e.3f6b2c81@us.greenhouse-mail.io",
             mx="from o11.us.greenhouse-mail.io (o11.us.greenhouse-mail.io [167.89.10.111])",
             extra=(("Reply-To", addr("Tasha Pruitt", "tasha.pruitt@clearbrookhealth.com")),))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 33 Proposal of two slots, not yet confirmed -------------------------------------------------
@neg(33, "proposal_unconfirmed", "Fort Washington Medical Billing",
     "Hiring manager proposes Monday the 23rd at 2 or Tuesday the 24th at 10 and waits for a choice; "
     "nothing confirmed",
     days=(("Mon", "2026-11-23"), ("Tue", "2026-11-24")))
def m33() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks for sending your resume over - your denial management background is exactly what we've
        been missing. Would Monday the 23rd at 2:00 or Tuesday the 24th at 10:00 (Eastern) work for a
        video chat? Either one is fine on my end. Once you pick, I'll send a Teams invite.

        Have a good evening,
        Wade Holloway
        Operations Manager
        Fort Washington Medical Billing, Cincinnati
    """)
    hs = hdr(addr("Wade Holloway", "wade.holloway@fortwashingtonmb.com"),
             "Billing analyst opening - next step",
             "2026-11-17 18:40:22", NY, "BY5PR20MB3301A0B1C2D3E4F5061728394A@BY5PR20MB3301.namprd20.prod.outlook.com",
             mx="from NAM04-BY5-obe.outbound.protection.outlook.com (mail-by5nam04on2066.outbound.protection.outlook.com [40.107.101.66])")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 34 Out-of-office reply to the thank-you note (after key 5) ---------------------------------
@neg(34, "out_of_office", None,
     "Recruiter's automatic reply to the candidate's thank-you (thread of key 5); return date only",
     days=(("Mon", "2026-10-19"),))
def m34() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office from this afternoon through Friday with limited access to
        email and will return on Monday, October 19. For urgent recruiting matters, please contact
        Gabe Torres at gabe.torres@meridelrcm.com.

        Priya Natarajan | Meridel RCM
    """)
    hs = hdr(addr("Priya Natarajan", "priya.natarajan@meridelrcm.com"),
             "Automatic reply: Thank you - Reimbursement Analyst interview",
             "2026-10-13 15:10:31", CHI, "CAOoo-2f7Yq9Lk3Rz8Wx0Vb5Nc1Md4Pe6Ft@mail.gmail.com",
             mx="from mail-oa1-f54.google.com (mail-oa1-f54.google.com [209.85.160.54])",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                    ("In-Reply-To", "<CAH1dw-thx9R2m@mail.gmail.com>"),
                    ("References", "<CAH1dw-thx9R2m@mail.gmail.com>")))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --- 35 DSN bounce of the thank-you note (after key 4) -------------------------------------------
@neg(35, "bounce", None,
     "Delivery failure (multipart/report) of the candidate's thank-you to a misspelled address; "
     "the returned headers mention the interview but confirm nothing")
def m35() -> bytes:
    note = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <monique.drapper@fallscityhealth.org>: host
            fallscityhealth-org.mail.protection.outlook.com[52.101.40.12] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4R7kLm2xQ1z9
        X-Postfix-Sender: rfc822; danielle.whitfield@example.org
        Arrival-Date: Wed,  7 Oct 2026 17:04:58 -0400 (EDT)

        Final-Recipient: rfc822; monique.drapper@fallscityhealth.org
        Original-Recipient: rfc822;monique.drapper@fallscityhealth.org
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; fallscityhealth-org.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
    """)
    returned = t("""
        Return-Path: <danielle.whitfield@example.org>
        From: Danielle Whitfield <danielle.whitfield@example.org>
        To: monique.drapper@fallscityhealth.org
        Subject: Thank you - Senior Revenue Cycle Analyst interview
        Date: Wed, 7 Oct 2026 17:04:55 -0400
        Message-ID: <f2b1c7a9-3d44-4e8a-9b10-dw-thanks@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="us-ascii"
    """)
    report = multipart("report",
                       text(note, cte="7bit", charset="us-ascii",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message Headers"),
                                 ("Content-Type", "text/rfc822-headers")], returned),
                       params="report-type=delivery-status")
    hs = [
        ("Received", "by mail.example.org (Postfix)\r\n id 5C1E2A0F33; Wed,  7 Oct 2026 17:05:01 -0400 (EDT)"),
        ("From", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-07 17:05:01", NY)),
        ("Message-ID", "<20261007210501.5C1E2A0F33@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


# --- 36 Offer from Mill Creek (after key 9) ----------------------------------------------------
@neg(36, "offer", "Mill Creek Orthopedic Associates",
     "Offer letter mail; start date and signing deadline, no interview",
     days=(("Fri", "2026-12-04"),))
def m36() -> bytes:
    body = t("""
        Dear Danielle,

        On behalf of Mill Creek Orthopedic Associates, I am delighted to offer you the position of
        Revenue Cycle Manager. Paul and the team were very impressed during your visit, and we think
        you'll be a great addition to the business office.

        Your offer letter is attached and has also been sent through DocuSign for your signature.
        Highlights:

          - Base salary: $88,500 annually
          - Proposed start date: Monday, January 4, 2027
          - Hybrid schedule after a 90-day onboarding period (Cincinnati office Tuesdays/Thursdays)

        Please review and sign by Friday, December 4. The offer is contingent on a background check,
        which our screening partner will email you about separately.

        Don't hesitate to call me with any questions.

        Warm regards,
        Alyssa Brandt
        HR Business Partner | Mill Creek Orthopedic Associates
        (513) 555-0190
    """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Whitfield_Offer_Letter.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Whitfield_Offer_Letter.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K\n"
                   "ZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAwIFIgPj4KJSVFT0YK\n")
    hs = hdr(addr("Alyssa Brandt", "alyssa.brandt@millcreekortho.com"),
             "Offer of Employment - Revenue Cycle Manager",
             "2026-12-01 15:22:07", NY, "MW4PR09MB6618A2B3C4D5E6F7081920A1B2@MW4PR09MB6618.namprd09.prod.outlook.com",
             mx="from NAM10-MW4-obe.outbound.protection.outlook.com (mail-mw4nam10on2045.outbound.protection.outlook.com [40.107.94.45])")
    return message(hs, mixed(text(body), pdf))


# --- 37 Agency outreach ---------------------------------------------------------------------
@neg(37, "recruiter_outreach", "Vantage Point Healthcare Search",
     "Cold outreach from a search firm asking for a quick call; no time fixed")
def m37() -> bytes:
    body = t("""
        Hi Danielle,

        I came across your profile and your work on denial analytics at St. Brendan caught my eye. I'm
        partnering with a multi-state physician group that is building out a revenue cycle analytics
        team, fully remote, reporting to the VP of Revenue Cycle. The range is $80-95K plus bonus.

        Would you be open to a quick 15-minute call sometime this week or next? Happy to work around
        your schedule - just send me a couple of times that are good for you.

        Best,
        Tamsin Reyes
        Senior Search Consultant, Healthcare Finance
        Vantage Point Healthcare Search
        tamsin.reyes@vantagepoinths.com | (615) 555-0139
    """)
    hs = hdr(addr("Tamsin Reyes", "tamsin.reyes@vantagepoinths.com"),
             "Remote revenue cycle analytics role - open to a chat?",
             "2026-09-08 09:12:50", CHI, "CAF4mN8rT0wQ2vX6yB9cL1pD3sK7hG5jZe0@mail.gmail.com",
             mx="from mail-io1-f42.google.com (mail-io1-f42.google.com [209.85.166.42])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --- 38 Dentist appointment with ICS ------------------------------------------------------------
@neg(38, "non_interview_calendar", None,
     "Dentist appointment confirmation with an ICS; a confirmed time, not an interview",
     days=(("Tue", "2026-10-20"),))
def m38() -> bytes:
    body = t("""
        Hi Danielle,

        This is a confirmation of your upcoming appointment at Brookhaven Family Dental.

        Date: Tuesday, October 20, 2026
        Time: 8:00 AM
        Provider: Dr. Lisa Nguyen, DMD - cleaning and exam
        Location: 3480 Brookhaven Pkwy, Suite 110, Lexington, KY 40517

        Please arrive 10 minutes early and bring your insurance card if it has changed. Need to
        reschedule? Call us at (859) 555-0108 at least 24 hours in advance.

        Brookhaven Family Dental
    """)
    cal = ics("-//Brookhaven Family Dental//Patient Reminders//EN", "PUBLISH", (NY,), f"""
        BEGIN:VEVENT
        UID:bfd-appt-301558@brookhavenfamilydental.example.com
        DTSTAMP:{stamp("2026-10-05 10:00:00", NY)}
        DTSTART;TZID=America/New_York:20261020T080000
        DTEND;TZID=America/New_York:20261020T090000
        SUMMARY:Dental appointment - Brookhaven Family Dental
        LOCATION:3480 Brookhaven Pkwy\\, Suite 110\\, Lexington\\, KY 40517
        STATUS:CONFIRMED
        END:VEVENT
    """)
    hs = hdr(addr("Brookhaven Family Dental", "reminders@brookhavenfamilydental.example.com"),
             "Appointment confirmation - Tuesday, October 20 at 8:00 AM",
             "2026-10-05 10:00:21", NY, "appt-301558-conf@brookhavenfamilydental.example.com",
             mx="from smtp.brookhavenfamilydental.example.com (smtp.brookhavenfamilydental.example.com [198.51.100.90])")
    return message(hs, mixed(text(body), calendar(cal, "PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


# --- 39 Current employer's Exchange meeting -------------------------------------------------------
@neg(39, "non_interview_calendar", None,
     "Exchange meeting request from a colleague at her current employer (denials workgroup); not an interview",
     days=(("Thu", "2026-09-17"),))
def m39() -> bytes:
    body = t("""
        When: Thursday, September 17, 2026 8:30 AM-9:30 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: PFS Conference Room B / Teams

        Team - let's walk through the Q3 write-off trends before the CFO review. Danielle, can you
        bring the payer-level denial summary?

        Marisol
    """)
    cal = ics(EXCHANGE_PRODID, "REQUEST", ("Eastern Standard Time",), f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Marisol Vance:mailto:mvance@stbrendanhealth.example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Danielle Whitfield:mailto:{ME}
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000C3D2E1F0A9
        SUMMARY;LANGUAGE=en-US:Denials workgroup - Q3 write-off review
        DTSTART;TZID=Eastern Standard Time:20260917T083000
        DTEND;TZID=Eastern Standard Time:20260917T093000
        DTSTAMP:{stamp("2026-09-14 14:05:00", NY)}
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:PFS Conference Room B / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
    """)
    hs = hdr(addr("Marisol Vance", "mvance@stbrendanhealth.example.org"),
             "Denials workgroup - Q3 write-off review",
             "2026-09-14 14:05:12", NY, "SN6PR05MB4471B1C2D3E4F5A6B7C8D9E0F1@SN6PR05MB4471.namprd05.prod.outlook.com",
             mx="from NAM02-SN6-obe.outbound.protection.outlook.com (mail-sn6nam02on2119.outbound.protection.outlook.com [40.107.244.119])")
    return message(hs, alt(text(body), calendar(cal, "REQUEST", cte="base64")))


# --- 40 Conference registration ----------------------------------------------------------------
@neg(40, "event_registration", None,
     "Registration confirmation for a regional healthcare-finance conference; fixed time, not an interview",
     days=(("Thu", "2026-11-19"),))
def m40() -> bytes:
    body = t("""
        Registration Confirmed

        Hi Danielle,

        You're registered for the Kentucky Healthcare Finance Forum - Fall Conference.

        Thursday, November 19, 2026
        Check-in and breakfast: 7:30 AM
        Opening keynote: 8:30 AM
        Hilltop Conference Center, 401 W Main St, Lexington, KY

        Ticket type: Member - Full Day
        Order #KHFF-26-00913    Total: $145.00 (paid)

        Bring this email or the QR code in your account to check in. CPE certificates will be
        emailed within two weeks of the event.

        See you there!
        Kentucky Healthcare Finance Forum
    """)
    hs = hdr(addr("Kentucky Healthcare Finance Forum", "events@khff.example.org"),
             "You're registered: Fall Conference, Nov 19",
             "2026-10-23 12:18:40", NY, "evt-khff26-00913@khff.example.org",
             mx="from mail.khff.example.org (mail.khff.example.org [198.51.100.44])")
    return message(hs, text(body, cte="base64"))


# --- 41 Car service appointment ----------------------------------------------------------------
@neg(41, "personal_appointment", None,
     "Car service appointment confirmation; fixed time, not an interview",
     days=(("Sat", "2026-10-31"),))
def m41() -> bytes:
    body = t("""
        HARTLAND AUTO CARE
        Appointment Confirmation

        Customer: Danielle Whitfield
        Vehicle: 2019 Honda CR-V
        Service: Oil change, tire rotation, multipoint inspection

        Appointment: Saturday, October 31, 2026 at 9:30 AM
        Estimated time in shop: 1.5 hours

        4125 Hartland Commons Blvd, Lexington, KY 40515
        (859) 555-0155

        Reply C to confirm or call to reschedule.
    """)
    hs = hdr(addr("Hartland Auto Care", "service@hartlandautocare.example.com"),
             "Your appointment is confirmed - Sat 10/31 9:30 AM",
             "2026-10-27 16:02:00", NY, "svc-appt-88172@hartlandautocare.example.com",
             mx="from smtp.hartlandautocare.example.com (smtp.hartlandautocare.example.com [198.51.100.61])")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


# --- 42 Post-interview reply (after key 3) -----------------------------------------------------
@neg(42, "post_interview", "Ohio Valley Medical Group",
     "Recruiter's reply to the thank-you after the 21 Sep interview: 'we'll be in touch'; nothing scheduled")
def m42() -> bytes:
    body = t("""
        Hi Danielle,

        Thank you for the kind note - Dr. Okafor and I both enjoyed our conversation on Monday. We're
        finishing first-round interviews this week and next, and I expect to have an update for you by
        mid-October.

        Best,
        Renee

        Renee Albers
        Talent Acquisition | Ohio Valley Medical Group

        -----Original Message-----
        From: Danielle Whitfield <danielle.whitfield@example.org>
        Sent: Monday, September 21, 2026 4:12 PM
        To: Renee Albers <renee.albers@ovmedgroup.org>
        Subject: Thank you - Revenue Cycle Analyst II

        Hi Renee,

        Thank you for organizing today's interview. I enjoyed meeting Dr. Okafor and learning more
        about the PFS team's plans for the coming year.

        Danielle
    """)
    hs = hdr(addr("Renee Albers", "renee.albers@ovmedgroup.org"),
             "RE: Thank you - Revenue Cycle Analyst II",
             "2026-09-23 10:48:33", NY, "DM8PR14MB5567C1D2E3F4A5B6C7D8E9F0A1@DM8PR14MB5567.namprd14.prod.outlook.com",
             mx="from NAM12-DM8-obe.outbound.protection.outlook.com (mail-dm8nam12on2100.outbound.protection.outlook.com [40.107.231.100])",
             extra=(("In-Reply-To", "<b7c1e4d2-9a0f-4c55-8e21-dw-thanks-ovmg@example.org>"),
                    ("References", "<b7c1e4d2-9a0f-4c55-8e21-dw-thanks-ovmg@example.org>")))
    return message(hs, text(body))


# --- 43 Take-home exercise deadline (after key 11) -----------------------------------------------
@neg(43, "assessment", "Brightwell Health Analytics",
     "Take-home Excel exercise with a Monday 9:00 AM CT due time; a deadline, not an interview",
     days=(("Mon", "2026-11-23"),))
def m43() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks again for spending the morning with us yesterday! As a final step, the team would like
        you to complete a short case exercise. The attached workbook has a de-identified 835 remit
        extract; we'd like a one-page summary of the denial trends you see and what you'd look at next.

        Please send your completed workbook back to me by Monday, November 23 at 9:00 AM CT. It should
        take about two hours; please don't spend more than three.

        Hannah Osei
        Recruiting Coordinator | Brightwell Health Analytics
    """)
    xlsx = raw_part([("Content-Type", 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="Brightwell_Case_Exercise.xlsx"'),
                     ("Content-Disposition", 'attachment; filename="Brightwell_Case_Exercise.xlsx"'),
                     ("Content-Transfer-Encoding", "base64")],
                    "UEsDBBQABgAIAAAAIQBi7p1oXgEAAJAEAAATAAgCW0NvbnRlbnRfVHlwZXNdLnhtbCCiBAIooAAC\n"
                    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n")
    hs = hdr(addr("Hannah Osei", "hannah.osei@brightwellhealth.com"),
             "Brightwell - case exercise",
             "2026-11-19 13:05:44", CHI, "CAKh7pR2mW9vQ0xN3cT6yL8bF1dS4gJ5Ze7@mail.gmail.com",
             mx="from mail-lf1-f45.google.com (mail-lf1-f45.google.com [209.85.167.45])")
    return message(hs, mixed(text(body), xlsx))


# --- 44 One-way video interview with a completion deadline --------------------------------------
@neg(44, "one_way_video", "Highland Regional Health",
     "One-way recorded video interview to complete by a deadline; no live meeting at a set time",
     days=(("Fri", "2026-10-30"),))
def m44() -> bytes:
    body = t("""
        Hi Danielle,

        Highland Regional Health has invited you to complete a one-way video interview for the
        Revenue Cycle Analyst position.

        You'll answer 5 pre-recorded questions on your own time. Each answer can be up to 2 minutes,
        and you'll have one practice question before you start.

        Please complete your interview by Friday, October 30, 2026 at 11:59 PM ET.

        Start your interview: https://app.vidscreen.example.com/i/hrh-7c21e9

        Good luck!
        Highland Regional Health Talent Team
        Powered by VidScreen
    """)
    hs = hdr(addr("Highland Regional Health via VidScreen", "invites@vidscreen.example.com"),
             "Highland Regional Health invited you to a video interview",
             "2026-10-26 08:45:00", NY, "vs-inv-hrh-7c21e9@vidscreen.example.com",
             mx="from out2.vidscreen.example.com (out2.vidscreen.example.com [198.51.100.152])")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 45 Candidate experience survey (after key 2) ------------------------------------------------
@neg(45, "candidate_survey", "Harpeth Claims Solutions",
     "Candidate-experience survey after the Lever interview; refers to a past interview only")
def m45() -> bytes:
    body = t("""
        Hi Danielle,

        Thanks for interviewing with Harpeth Claims Solutions yesterday. We're always trying to make
        our hiring process better, and we'd love to hear how it went for you.

        The survey takes about 2 minutes and your answers are anonymous to the hiring team:
        https://hire.lever.co/survey/harpethclaims/4f9a2e71

        Thank you!
        Harpeth Claims Solutions
    """)
    hs = hdr(addr("Harpeth Claims Solutions", "no-reply@hire.lever.co"),
             "How was your interview with Harpeth Claims Solutions?",
             "2026-09-18 12:00:09", CHI, "a0e2f3c4-9b7d-4e18-8c5a-6d1f2b3e4c77@hire.lever.co",
             mx="from mail-a.hire.lever.co (mail-a.hire.lever.co [52.27.104.33])")
    return message(hs, text(body))


# --- 46 Order shipped ------------------------------------------------------------------------
@neg(46, "order_receipt", None, "Online clothing order shipping notice; unrelated to job search")
def m46() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;color:#222">
        <h1 style="font-size:22px">Your order is on its way!</h1>
        <p>Hi Danielle, good news &mdash; order <b>#TL-4471902</b> has shipped.</p>
        <table cellpadding="6">
        <tr><td>Tailored Stretch Blazer &ndash; Navy, 10</td><td>$128.00</td></tr>
        <tr><td>Silk-Blend Shell &ndash; Ivory, M</td><td>$54.00</td></tr>
        <tr><td><b>Total</b></td><td><b>$193.37</b></td></tr>
        </table>
        <p>Estimated delivery: Wed, Sep 16<br>Carrier: UPS &middot; Tracking 1Z 9W4 71E 03 5520 8816</p>
        <p style="font-size:12px;color:#777">Thornbury &amp; Lane &middot; Free returns within 30 days</p>
        </body></html>
    """)
    hs = hdr(addr("Thornbury & Lane", "orders@thornburylane.example.com"),
             "Your Thornbury & Lane order has shipped",
             "2026-09-13 11:26:05", NY, "ship-TL-4471902@thornburylane.example.com",
             mx="from mta-09.thornburylane.example.com (mta-09.thornburylane.example.com [198.51.100.209])")
    return message(hs, html(page))


# --- 47 Background check request (after the offer) ----------------------------------------------
@neg(47, "background_check", None,
     "Screening vendor asks for background-check consent by a deadline; not an interview",
     days=(("Fri", "2026-12-11"),))
def m47() -> bytes:
    body = t("""
        Hello Danielle Whitfield,

        Mill Creek Orthopedic Associates has requested a background screening as part of your
        employment process. Please complete your disclosure and authorization forms online:

        https://portal.clearpathscreening.example.com/start/MCOA-55120

        Please complete this request by Friday, December 11, 2026. Most screenings finish within 3-5
        business days after you submit.

        Questions? Contact our Candidate Care team at (800) 555-0171, Monday-Friday, 8 AM-8 PM ET.

        ClearPath Screening
        This message was sent on behalf of Mill Creek Orthopedic Associates.
    """)
    hs = hdr(addr("ClearPath Screening", "donotreply@clearpathscreening.example.com"),
             "Action required: Complete your background check for Mill Creek Orthopedic Associates",
             "2026-12-04 09:14:30", NY, "cp-MCOA-55120-invite@clearpathscreening.example.com",
             mx="from mail.clearpathscreening.example.com (mail.clearpathscreening.example.com [198.51.100.171])")
    return message(hs, text(body))


# --- 48 Lunch with a friend -------------------------------------------------------------------
@neg(48, "personal", None,
     "Friend confirms Saturday lunch at 12:30; a fixed time in ordinary life, not an interview",
     days=(("Sat", "2026-11-14"),))
def m48() -> bytes:
    body = t("""
        Yay! Saturday at 12:30 at Sayre Avenue Bistro it is. I'll put our name down.
        Bring the Brentwood and Claimwise updates, I want to hear EVERYTHING 😀

        Jess

        On Wed, Nov 11, 2026 at 7:58 PM Danielle Whitfield <danielle.whitfield@example.org> wrote:
        > Lunch this weekend? I could really use a break from cover letters.
    """)
    hs = hdr(addr("Jess Tolliver", "jess.tolliver@example.com"),
             "Re: lunch?",
             "2026-11-11 20:31:16", NY, "CAPj5x-Jq8Rm2Wn0Tv4Yb6Lc9Dk1Sf3Gh7Ze2@mail.gmail.com",
             mx="from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])",
             extra=(("In-Reply-To", "<CAH1dw-lunch7Xy@mail.gmail.com>"),
                    ("References", "<CAH1dw-lunch7Xy@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# --- 49 Workday withdrawal confirmation ------------------------------------------------------------
@neg(49, "withdrawal", "Ohio Valley Medical Group",
     "Workday confirmation that the candidate withdrew her application; nothing scheduled")
def m49() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Dear Danielle Whitfield,</p>
        <p>This email confirms that you have withdrawn your application for <b>Revenue Cycle Analyst II (R-0048812)</b>.</p>
        <p>We appreciate your interest in Ohio Valley Medical Group and wish you the very best in your search. You are welcome to apply to future openings through our career site.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Ohio Valley Medical Group</p>
        <p style="font-size:8pt;color:#777">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
    """)
    hs = hdr(addr("Ohio Valley Medical Group", "ovmg@myworkday.com"),
             "Application Withdrawn - Revenue Cycle Analyst II",
             "2026-12-03 08:22:15", NY, "1791894135.20371.1796304135000@wd5-prod-ovmg.myworkday.com",
             mx="from smtp-out-5.myworkday.com (smtp-out-5.myworkday.com [159.127.40.12])")
    return message(hs, html(page))


# --- 50 Hotel reservation in Nashville (the trip for key 17) ---------------------------------------
@neg(50, "travel", None,
     "Hotel reservation confirmation in Brentwood, TN for the onsite trip; check-in/out times, not an interview",
     days=(("Thu", "2026-10-15"), ("Fri", "2026-10-16")))
def m50() -> bytes:
    body = t("""
        Reservation Confirmed

        Thank you for choosing the Maryland Farms Inn & Suites, Danielle.

        Confirmation number: 71840326
        Check-in: Thursday, October 15, 2026 (after 3:00 PM)
        Check-out: Friday, October 16, 2026 (before 11:00 AM)
        Room: 1 King Bed, Non-Smoking
        Rate: $149.00 per night + tax

        Late check-out may be available on request; please ask at the front desk.

        Maryland Farms Inn & Suites
        5200 Maryland Way, Brentwood, TN 37027
        (615) 555-0186
    """)
    hs = hdr(addr("Maryland Farms Inn & Suites", "reservations@mfinnsuites.example.com"),
             "Reservation Confirmation #71840326",
             "2026-10-10 09:41:12", NY, "res-71840326@mfinnsuites.example.com",
             mx="from smtp.mfinnsuites.example.com (smtp.mfinnsuites.example.com [198.51.100.186])")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))
