"""blind243: 50 hand-written mails from the inbox of Darnell Brooks, a port-logistics systems analyst
in Savannah, Georgia (America/New_York), September to mid-December 2026.

Written blind (the detector, its tests and the other held-out mails were not read). Build and check:

    python3 bench/heldout/make_blind.py blind243

Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written key-th is
ORDER[key - 1], a fixed shuffle of the writing order.
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

ORDER = random.Random(2430243).sample(range(1, 51), 50)
ME = "darnell.brooks@example.org"
ME_NAME = "Darnell Brooks"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
LANG = "en-US"


def n(key: int) -> str:
    return f"blind243_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, host: str, ip: str, ident: str,
         to: str | None = None, extra: tuple[tuple[str, str], ...] = (), pre: tuple[tuple[str, str], ...] = ()
         ) -> list[tuple[str, str]]:
    """The usual header block: Return-Path/Received first, then From/To/Subject/Date/Message-ID."""
    return [
        *pre,
        ("Received", rcv(host, ip, when, zone, ident)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", NY), end=utc("2026-09-15 11:00", NY),
      contact="alyssa.kim@tybeeharbor.com", company="Tybee Harbor Terminals",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=NY,
      note="Greenhouse confirmation, 'Tuesday, September 15th, 2026, 10:00 AM - 11:00 AM EDT' (EDT = UTC-4); "
           "ICS in UTC agrees; contact = the recruiter's Reply-To (sender is no-reply)")
def g01() -> bytes:
    body = t("""
        Hi Darnell,

        Thanks for confirming your availability! Your interview for Systems Analyst, Terminal
        Operating System at Tybee Harbor Terminals is all set.

        When: Tuesday, September 15th, 2026, 10:00 AM - 11:00 AM EDT
        Where: Tybee Harbor Terminals, Administration Building (2nd floor), 400 Wharf Access Rd,
        Garden City, GA 31408. Visitor parking is next to the truck gate; please bring a photo ID
        for the guard house.

        You'll meet with:
        - Curtis Vance, Director of Terminal Systems
        - Monique Adair, TOS Product Owner

        If anything comes up, just reply to this email and it will reach me.

        Best,
        Alyssa Kim
        Talent Acquisition Partner, Tybee Harbor Terminals
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Darnell,</p>
        <p>Thanks for confirming your availability! Your interview for <b>Systems Analyst, Terminal
        Operating System</b> at Tybee Harbor Terminals is all set.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#777">When</td><td>Tuesday, September 15th, 2026, 10:00 AM - 11:00 AM EDT</td></tr>
        <tr><td style="color:#777">Where</td><td>Tybee Harbor Terminals, Administration Building (2nd floor),
        400 Wharf Access Rd, Garden City, GA 31408</td></tr>
        </table>
        <p>Visitor parking is next to the truck gate; please bring a photo ID for the guard house.</p>
        <p>You'll meet with:</p>
        <ul><li>Curtis Vance, Director of Terminal Systems</li><li>Monique Adair, TOS Product Owner</li></ul>
        <p>If anything comes up, just reply to this email and it will reach me.</p>
        <p>Best,<br>Alyssa Kim<br>Talent Acquisition Partner, Tybee Harbor Terminals</p>
        <img src="https://us.greenhouse-mail.io/o/t/7f3a2c" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48120377-tybeeharbor@greenhouse.io
        DTSTAMP:20260909T181204Z
        DTSTART:20260915T140000Z
        DTEND:20260915T150000Z
        SUMMARY:Interview: Darnell Brooks - Systems Analyst, Terminal Operating System
        LOCATION:Tybee Harbor Terminals, Administration Building, 400 Wharf Access Rd, Garden City, GA 31408
        ORGANIZER;CN=Alyssa Kim:mailto:alyssa.kim@tybeeharbor.com
        ATTENDEE;CN=Darnell Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.brooks@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-09 14:12"
    hs = head(addr("Tybee Harbor Terminals", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Systems Analyst, Terminal Operating System at Tybee Harbor Terminals",
              when, NY, "<0100019e3b7a4c21-5d0b8e2f-7c44-4a0e-9b1d-3f6a2e9c1b77-000000@email.amazonses.com>",
              host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112", ident="4gM2kQ7Zb1",
              extra=(("Reply-To", addr("Alyssa Kim", "alyssa.kim@tybeeharbor.com")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="lever", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-09-24 09:00", LA), end=utc("2026-09-24 09:45", LA),
      contact="marcus.oyelaran@cascadiafreight.com", company="Cascadia Freightworks",
      local="Thu 2026-09-24 09:00", local_end="2026-09-24 09:45", zone=LA,
      note="Lever confirmation from a Seattle firm: 'Thursday, September 24, 2026 9:00 AM - 9:45 AM PDT' "
           "(PDT = UTC-7), also written as 12:00-12:45 PM EDT; contact = Reply-To recruiter")
def g02() -> bytes:
    body = t("""
        Hi Darnell,

        Your interview with Cascadia Freightworks has been confirmed. Details below:

        Position: Logistics Systems Analyst (Remote - US)
        Date: Thursday, September 24, 2026
        Time: 9:00 AM - 9:45 AM PDT (12:00 PM - 12:45 PM EDT)
        Interviewer: Marcus Oyelaran, Senior Recruiter
        Location: Google Meet - meet.google.com/wvx-hqfn-trk

        We're looking forward to speaking with you. If you need to make any changes, please reply
        to this email.

        Cheers,
        Marcus

        --
        Sent via Lever on behalf of Cascadia Freightworks
        """)
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">
        <p>Hi Darnell,</p>
        <p>Your interview with Cascadia Freightworks has been confirmed. Details below:</p>
        <p><strong>Position:</strong> Logistics Systems Analyst (Remote - US)<br>
        <strong>Date:</strong> Thursday, September 24, 2026<br>
        <strong>Time:</strong> 9:00 AM - 9:45 AM PDT (12:00 PM - 12:45 PM EDT)<br>
        <strong>Interviewer:</strong> Marcus Oyelaran, Senior Recruiter<br>
        <strong>Location:</strong> <a href="https://meet.google.com/wvx-hqfn-trk">Google Meet</a></p>
        <p>We're looking forward to speaking with you. If you need to make any changes, please reply to this email.</p>
        <p>Cheers,<br>Marcus</p>
        <p style="font-size:12px;color:#8a94a6">Sent via Lever on behalf of Cascadia Freightworks</p>
        </div></body></html>
        """)
    when = "2026-09-18 10:05"
    hs = head(addr("Cascadia Freightworks", "no-reply@hire.lever.co"),
              "Interview confirmed with Cascadia Freightworks",
              when, LA, "<20260918170512.4c1f0a9e7b2d3e11@hire.lever.co>",
              host="mail-a22.hire.lever.co", ip="198.2.180.22", ident="7PqL0vN3xd",
              extra=(("Reply-To", addr("Marcus Oyelaran", "marcus.oyelaran@cascadiafreight.com")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(3), family="ashby", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-07 13:00", NY), end=utc("2026-10-07 13:30", NY),
      contact="priya@manifestloop.io", company="Manifest Loop",
      local="Wed 2026-10-07 13:00", local_end="2026-10-07 13:30", zone=NY,
      note="Ashby confirmation for a remote team headquartered in San Francisco; the mail shows the "
           "candidate's zone 'Wed, Oct 7, 2026 1:00 PM - 1:30 PM EDT' (EDT = UTC-4); ICS in UTC agrees; "
           "contact = Reply-To coordinator")
def g03() -> bytes:
    body = t("""
        Hi Darnell,

        You're confirmed! Here are the details for your upcoming interview with Manifest Loop.

        Hiring Manager Screen - Senior Systems Analyst, Carrier Integrations
        Wed, Oct 7, 2026
        1:00 PM - 1:30 PM EDT (America/New_York)

        Interviewer: Owen Castellano (Head of Integrations)
        Video: https://zoom.us/j/84120775391

        Need to reschedule? Reply to this email and Priya will help.

        - The Manifest Loop Recruiting Team
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#111827;font-size:14px">
        <p>Hi Darnell,</p>
        <p>You're confirmed! Here are the details for your upcoming interview with Manifest Loop.</p>
        <div style="border:1px solid #e5e7eb;border-radius:8px;padding:16px">
        <div style="font-weight:600">Hiring Manager Screen - Senior Systems Analyst, Carrier Integrations</div>
        <div>Wed, Oct 7, 2026</div>
        <div>1:00 PM - 1:30 PM EDT (America/New_York)</div>
        <div style="margin-top:8px">Interviewer: Owen Castellano (Head of Integrations)</div>
        <div><a href="https://zoom.us/j/84120775391">Join Zoom meeting</a></div>
        </div>
        <p>Need to reschedule? Reply to this email and Priya will help.</p>
        <p>- The Manifest Loop Recruiting Team</p>
        <p style="color:#9ca3af;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:1c9e7d3a-58b2-4f0e-a7c1-2b6d4e8f9a10
        DTSTAMP:20261001T204011Z
        DTSTART:20261007T170000Z
        DTEND:20261007T173000Z
        SUMMARY:Manifest Loop - Hiring Manager Screen (Darnell Brooks)
        LOCATION:https://zoom.us/j/84120775391
        ORGANIZER;CN=Priya Raman:mailto:priya@manifestloop.io
        ATTENDEE;CN=Darnell Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.brooks@example.org
        ATTENDEE;CN=Owen Castellano;ROLE=REQ-PARTICIPANT:mailto:owen@manifestloop.io
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-01 16:40"
    hs = head(addr("Manifest Loop", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Systems Analyst, Carrier Integrations at Manifest Loop",
              when, NY, "<010001a1c0de7a55-b3e1f0c2-8d91-4c3b-a0e5-77f1b2c9d4e0-000000@email.amazonses.com>",
              host="a11-77.smtp-out.amazonses.com", ip="54.240.11.77", ident="2hTz9cWm4R",
              extra=(("Reply-To", addr("Priya Raman", "priya@manifestloop.io")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-19 08:30", NY), end=utc("2026-10-19 11:30", NY),
      contact=None, company="Pooler Aerostructures",
      local="Mon 2026-10-19 08:30", local_end="2026-10-19 11:30", zone=NY,
      note="Workday HTML-only notice from an aerospace plant: 'Monday, October 19, 2026 8:30 AM - 11:30 AM "
           "Eastern Time' (EDT, UTC-4); only a recruiter's name and the plant's HR phone line, no personal "
           "address -> contact null")
def g04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="background:#0b2a4a;padding:14px 20px;color:#ffffff;font-size:18px">Pooler Aerostructures Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Darnell Brooks,</p>
        <p>Thank you for your interest in the <b>Business Systems Analyst - MRO Planning (R-20417)</b> position.
        We are pleased to confirm your on-site interview.</p>
        <p><b>Date:</b> Monday, October 19, 2026<br>
        <b>Time:</b> 8:30 AM - 11:30 AM Eastern Time<br>
        <b>Location:</b> Pooler Aerostructures, Building 3 Visitor Lobby, 1200 Airways Commerce Pkwy, Pooler, GA 31322<br>
        <b>Recruiter:</b> Stephanie Marchetti</p>
        <p>Because the plant is an ITAR-controlled facility, please bring an unexpired U.S. passport or a
        birth certificate together with a government-issued photo ID. Closed-toe shoes are required for the
        hangar walk-through.</p>
        <p>If you need to reschedule, please call Talent Acquisition at (912) 555-0148.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Pooler Aerostructures</p>
        <p style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. To view your
        application status, sign in to the <a href="https://pooleraero.wd5.myworkdayjobs.com/Careers">candidate home page</a>.</p>
        </td></tr></table>
        </body></html>
        """)
    when = "2026-10-13 10:20"
    hs = head(addr("Pooler Aerostructures", "pooleraero@myworkday.com"),
              "Interview Scheduled - Business Systems Analyst - MRO Planning (R-20417)",
              when, NY, "<1834177002.88210.1792167600455@wd5-prod-notify-03.myworkday.com>",
              host="wd5-smtp-out-14.myworkday.com", ip="216.52.124.14", ident="9WnR2xFv6A")
    return message(hs, html(page))


@mail(n(5), family="smartrecruiters", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-01 14:00", NY), end=utc("2026-10-01 15:00", NY),
      contact="tgreer@lowcountryregional.org", company="Lowcountry Regional Medical Center",
      local="Thu 2026-10-01 14:00", local_end="2026-10-01 15:00", zone=NY,
      note="SmartRecruiters mail from a Charleston hospital; the body only says the details are in the "
           "attached invitation: the time is only in the ICS (TZID America/New_York 14:00-15:00, EDT = UTC-4); "
           "contact = the recruiter's Reply-To")
def g05() -> bytes:
    body = t("""
        Dear Darnell,

        Thank you for your interest in Lowcountry Regional Medical Center. Your interview for the
        position of Clinical Logistics Systems Analyst (Req 26-1187) has been scheduled.

        Please find the date, time and Microsoft Teams link in the attached calendar invitation and
        add it to your calendar. The interview will be held with our Supply Chain leadership team.

        If you have questions, simply reply to this message.

        Kind regards,
        Tamika Greer
        Talent Acquisition | Lowcountry Regional Medical Center
        Charleston, SC
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Dear Darnell,</p>
        <p>Thank you for your interest in Lowcountry Regional Medical Center. Your interview for the position of
        <strong>Clinical Logistics Systems Analyst (Req 26-1187)</strong> has been scheduled.</p>
        <p>Please find the date, time and Microsoft Teams link in the attached calendar invitation and add it to
        your calendar. The interview will be held with our Supply Chain leadership team.</p>
        <p>If you have questions, simply reply to this message.</p>
        <p>Kind regards,<br>Tamika Greer<br>Talent Acquisition | Lowcountry Regional Medical Center<br>Charleston, SC</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#999">Sent with SmartRecruiters</p>
        </body></html>
        """)
    ics = VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-int-6f1b0e72-4d8a-4a34-9c07-1e5b2d3a7c90@smartrecruiters.com
        DTSTAMP:20260925T153312Z
        DTSTART;TZID=America/New_York:20261001T140000
        DTEND;TZID=America/New_York:20261001T150000
        SUMMARY:Interview - Clinical Logistics Systems Analyst - Darnell Brooks
        DESCRIPTION:Microsoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_LRMC26x1187%40thread.v2/0
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN=Tamika Greer:mailto:tgreer@lowcountryregional.org
        ATTENDEE;CN=Darnell Brooks;RSVP=TRUE:mailto:darnell.brooks@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//SmartRecruiters//Interview//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + ics + "END:VCALENDAR\n"
    when = "2026-09-25 11:33"
    hs = head(addr("Lowcountry Regional Medical Center", "noreply@smartrecruiters.com"),
              "Your interview with Lowcountry Regional Medical Center",
              when, NY, "<sr.7d2f1e0a9c4b.20260925153312@smartrecruiters.com>",
              host="mta-13.smartrecruiters.com", ip="185.186.72.13", ident="0aCk5Lp8sE",
              extra=(("Reply-To", addr("Tamika Greer", "tgreer@lowcountryregional.org")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@mail(n(6), family="icims", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", NY), end=utc("2026-11-03 09:45", NY),
      contact="rwalton@skidawaybluffga.gov", company="City of Skidaway Bluff",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone=NY,
      note="iCIMS panel interview at a city government; sent Wed 28 Oct in EDT, interview Tue 3 Nov after "
           "US DST ended on 1 Nov, so 9:00 AM EST = 14:00Z; 'scheduled for 45 minutes' is an exact length; "
           "contact = HR analyst address in the body (sender is an iCIMS relay, Reply-To none)")
def g06() -> bytes:
    body = t("""
        Dear Darnell Brooks,

        Thank you for applying for the position of Senior Systems Analyst - Port & Logistics Data
        (Job ID 2026-4471) with the City of Skidaway Bluff. We are pleased to invite you to a panel
        interview.

          Date:      Tuesday, November 3, 2026
          Time:      9:00 a.m. (Eastern)
          Length:    The panel interview is scheduled for 45 minutes.
          Location:  City Hall Annex, Conference Room B, 118 Bluff Drive, Skidaway Bluff, GA

        Please note that daylight saving time ends on Sunday, November 1. Please arrive 15 minutes
        early and check in with the receptionist on the first floor.

        If you are unable to attend, contact Renée Walton, HR Analyst, at rwalton@skidawaybluffga.gov
        or (912) 555-0163 no later than 48 hours before the interview.

        Sincerely,
        Human Resources Department
        City of Skidaway Bluff

        The City of Skidaway Bluff is an Equal Opportunity Employer.
        """)
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Darnell Brooks,</p>
        <p>Thank you for applying for the position of <b>Senior Systems Analyst - Port &amp; Logistics Data</b>
        (Job ID 2026-4471) with the City of Skidaway Bluff. We are pleased to invite you to a panel interview.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date:</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:00 a.m. (Eastern)</td></tr>
        <tr><td><b>Length:</b></td><td>The panel interview is scheduled for 45 minutes.</td></tr>
        <tr><td><b>Location:</b></td><td>City Hall Annex, Conference Room B, 118 Bluff Drive, Skidaway Bluff, GA</td></tr>
        </table>
        <p>Please note that daylight saving time ends on Sunday, November 1. Please arrive 15 minutes early and
        check in with the receptionist on the first floor.</p>
        <p>If you are unable to attend, contact Ren&eacute;e Walton, HR Analyst, at
        <a href="mailto:rwalton@skidawaybluffga.gov">rwalton@skidawaybluffga.gov</a> or (912) 555-0163 no later
        than 48 hours before the interview.</p>
        <p>Sincerely,<br>Human Resources Department<br>City of Skidaway Bluff</p>
        <p><i>The City of Skidaway Bluff is an Equal Opportunity Employer.</i></p>
        </body></html>
        """)
    when = "2026-10-28 15:10"
    hs = head(addr("City of Skidaway Bluff", "skidawaybluff+autoreply@talent.icims.com"),
              "Panel Interview - Senior Systems Analyst - Port & Logistics Data (2026-4471)",
              when, NY, "<1798484402.3317.icims.skidawaybluff@talent.icims.com>",
              host="smtp04.icims.com", ip="64.74.118.204", ident="5YhB3nTq0K")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(7), family="taleo", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-11-10 13:30", NY), end=None,
      contact="gpruitt@altamahaports.com", company="Altamaha Ports Authority",
      local="Tue 2026-11-10 13:30", zone=NY,
      note="Taleo plain-text notice with a US date '11/10/2026' and '1:30 PM Eastern' (EST after 1 Nov, "
           "UTC-5 -> 18:30Z); no length stated -> end null; contact = the HR generalist written in the body")
def g07() -> bytes:
    body = t("""
        Dear Darnell,

        This message is to confirm your interview for Requisition 260389, Terminal Systems
        Analyst II, with the Altamaha Ports Authority.

        Interview Date:     11/10/2026 (Tuesday)
        Interview Time:     1:30 PM Eastern
        Interview Type:     In person
        Location:           Authority Headquarters, 3rd Floor Board Room
                            55 Bay Street, Brunswick, GA 31520

        Please bring two forms of identification; you will be escorted to the meeting room by
        security. Business attire is recommended.

        Should you have questions or need to reschedule, please contact Gerald Pruitt, HR
        Generalist, at gpruitt@altamahaports.com or 912-555-0190.

        We look forward to meeting you.

        Altamaha Ports Authority – Human Resources

        *** This is an automated message. Please do not reply to this email. ***
        """)
    when = "2026-11-04 08:45"
    hs = head(addr("Altamaha Ports Authority", "noreply@taleo.net"),
              "Interview Confirmation - Terminal Systems Analyst II (260389)",
              when, NY, "<2078451309.1162.1793886300147.JavaMail.taleo@tlo-mail-prod2>",
              host="omta02.taleo.net", ip="160.34.8.52", ident="1RsQ6uMe2W")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(8), family="calendly", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-09-18 11:30", NY), end=utc("2026-09-18 12:00", NY),
      contact="kelsey.nguyen@brightwatertalent.com", company="Brightwater Talent Partners",
      local="Fri 2026-09-18 11:30", local_end="2026-09-18 12:00", zone=NY,
      note="Calendly invitee confirmation for an agency recruiter's candidate screening interview: "
           "'11:30am - 12:00pm, Friday, September 18, 2026 (Eastern Time - US & Canada)' (EDT = UTC-4); "
           "client not named, so company = the agency; contact = host's Reply-To")
def g08() -> bytes:
    body = t("""
        Hi Darnell Brooks,

        A new event has been scheduled.

        Event Type:
        Candidate Screening Interview - Logistics Systems Analyst (30 min)

        Invitee:
        Darnell Brooks

        Invitee Email:
        darnell.brooks@example.org

        Event Date/Time:
        11:30am - 12:00pm, Friday, September 18, 2026 (Eastern Time - US & Canada)

        Location:
        Kelsey will call you at the number you provided.

        Host:
        Kelsey Nguyen, Brightwater Talent Partners

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8e0c1b2a-5d4f-4a7e-9b3c-2f6e1d0a9c85
        Reschedule: https://calendly.com/reschedulings/8e0c1b2a-5d4f-4a7e-9b3c-2f6e1d0a9c85

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Darnell Brooks,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Candidate Screening Interview - Logistics Systems Analyst (30 min)</p>
        <p><b>Invitee:</b><br>Darnell Brooks</p>
        <p><b>Invitee Email:</b><br><a href="mailto:darnell.brooks@example.org">darnell.brooks@example.org</a></p>
        <p><b>Event Date/Time:</b><br>11:30am - 12:00pm, Friday, September 18, 2026 (Eastern Time - US &amp; Canada)</p>
        <p><b>Location:</b><br>Kelsey will call you at the number you provided.</p>
        <p><b>Host:</b><br>Kelsey Nguyen, Brightwater Talent Partners</p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/8e0c1b2a-5d4f-4a7e-9b3c-2f6e1d0a9c85">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/8e0c1b2a-5d4f-4a7e-9b3c-2f6e1d0a9c85">Reschedule</a></p>
        <p style="color:#a6a6a6;font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8e0c1b2a-5d4f-4a7e-9b3c-2f6e1d0a9c85@calendly.com
        DTSTAMP:20260914T132207Z
        DTSTART:20260918T153000Z
        DTEND:20260918T160000Z
        SUMMARY:Candidate Screening Interview - Logistics Systems Analyst between Kelsey Nguyen and Darnell Brooks
        LOCATION:Phone call
        ORGANIZER;CN=Kelsey Nguyen:mailto:kelsey.nguyen@brightwatertalent.com
        ATTENDEE;CN=Darnell Brooks;RSVP=TRUE:mailto:darnell.brooks@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-14 09:22"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Candidate Screening Interview - Logistics Systems Analyst with Kelsey Nguyen on "
              "Friday, September 18, 2026",
              when, NY, "<0100019e9a2b7c31-a4f1e6d2-33b0-4c7d-8f19-6d0e2c1b5a47-000000@email.amazonses.com>",
              host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31", ident="8KdV1jXo5G",
              extra=(("Reply-To", addr("Kelsey Nguyen", "kelsey.nguyen@brightwatertalent.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(9), family="google_calendar", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-13 10:00", NY), end=utc("2026-10-13 14:00", NY),
      contact="swhitfield@piedmontrail.com", company="Piedmont Rail Logistics",
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 14:00", zone=NY,
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 20261013) in Charlotte; the "
           "time is only in the description: 'we'll start at 10:00 AM ... wrap up by 2:00 PM' (EDT = UTC-4); "
           "contact = organizer/sender hiring manager")
def g09() -> bytes:
    desc = ("Darnell - looking forward to having you in Charlotte. We'll start at 10:00 AM with me and "
            "Yolanda Pierce (Director of Yard Operations), then lunch with the team and a walk through the "
            "intermodal yard, and wrap up by 2:00 PM. Park in the visitor spaces off Brookshire Blvd and "
            "call me from the front desk. - Shawn")
    desc_ics = desc.replace(",", "\\,")
    body = t(f"""
        You have been invited to the following event.

        Onsite interview - Darnell Brooks (Piedmont Rail, Yard Systems Analyst)
        When
        Tuesday Oct 13, 2026

        Where
        Piedmont Rail Logistics, 4100 Brookshire Blvd, Charlotte, NC 28216 (map)

        Organizer
        Shawn Whitfield
        swhitfield@piedmontrail.com

        Guests
        Shawn Whitfield - organizer
        Yolanda Pierce
        darnell.brooks@example.org

        {desc}

        View all guest info  https://calendar.google.com/calendar/event?action=VIEW&eid=b25zaXRlZGI

        Reply for darnell.brooks@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added
        to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t(f"""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">You have been invited to the following event.</p>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Onsite interview - Darnell Brooks (Piedmont Rail, Yard Systems Analyst)</h2>
        <table cellpadding="0" cellspacing="0" style="font-size:14px">
        <tr><td style="padding-right:16px;color:#70757a">When</td><td>Tuesday Oct 13, 2026</td></tr>
        <tr><td style="padding-right:16px;color:#70757a">Where</td><td>Piedmont Rail Logistics, 4100 Brookshire Blvd, Charlotte, NC 28216 (<a href="https://www.google.com/maps/search/4100+Brookshire+Blvd">map</a>)</td></tr>
        <tr><td style="padding-right:16px;color:#70757a">Organizer</td><td>Shawn Whitfield <a href="mailto:swhitfield@piedmontrail.com">swhitfield@piedmontrail.com</a></td></tr>
        <tr><td style="padding-right:16px;color:#70757a">Guests</td><td>Shawn Whitfield - organizer<br>Yolanda Pierce<br>darnell.brooks@example.org</td></tr>
        </table>
        <p style="font-size:14px">{desc}</p>
        <p style="font-size:12px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261013
        DTEND;VALUE=DATE:20261014
        DTSTAMP:20261006T194410Z
        ORGANIZER;CN=Shawn Whitfield:mailto:swhitfield@piedmontrail.com
        UID:0n5ite7dbr00ks2026piedmont@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Shawn Whitfield;X-NUM-GUESTS=0:mailto:swhitfield@piedmontrail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yolanda Pierce;X-NUM-GUESTS=0:mailto:ypierce@piedmontrail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.brooks@example.org;X-NUM-GUESTS=0:mailto:darnell.brooks@example.org
        CREATED:20261006T194102Z
        DESCRIPTION:{desc_ics}
        LAST-MODIFIED:20261006T194410Z
        LOCATION:Piedmont Rail Logistics\\, 4100 Brookshire Blvd\\, Charlotte\\, NC 28216
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Onsite interview - Darnell Brooks (Piedmont Rail\\, Yard Systems Analyst)
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-06 15:44"
    hs = head(addr("Shawn Whitfield", "swhitfield@piedmontrail.com"),
              "Invitation: Onsite interview - Darnell Brooks (Piedmont Rail, Yard Systems Analyst) @ "
              "Tue Oct 13, 2026 (darnell.brooks@example.org)",
              when, NY, "<calendar-7a1c0f3e-2b9d-4e58-a6c1-0d3f5b7e9a21@google.com>",
              host="mail-sor-f73.google.com", ip="209.85.220.73", ident="3FgU8wZr2C",
              extra=(("Reply-To", addr("Shawn Whitfield", "swhitfield@piedmontrail.com")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body, charset="UTF-8"), html(page, charset="UTF-8"), calendar(ics, method="REQUEST", charset="UTF-8")),
        calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", cte="base64", name_param=True)))


def exchange_body_note() -> str:
    return t("""
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0>
        Meeting ID: 241 778 903 512
        Passcode: qX7bH2
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)


@mail(n(10), family="exchange", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-21 10:00", CHI), end=utc("2026-10-21 11:00", CHI),
      contact="dale.holcomb@mobilebayship.com", company="Mobile Bay Shipbuilders",
      local="Wed 2026-10-21 10:00", local_end="2026-10-21 11:00", zone=CHI,
      note="Exchange meeting request from an Alabama shipyard: 'When: Wednesday, October 21, 2026 10:00 AM-11:00 AM "
           "(UTC-06:00) Central Time (US & Canada)' -- the label shows the standard offset, but on 21 Oct Central "
           "is CDT (UTC-5) -> 15:00Z, as the ICS (TZID Central Standard Time with its DST rule) confirms; "
           "contact = organizer/sender")
def g10() -> bytes:
    body = t("""
        When: Wednesday, October 21, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Darnell,

        Sending the invite for your interview for the IT Business Analyst (Production Planning) role. You'll
        meet with me and Carla Boudreaux from our planning group. We'll be on Teams, camera on if you can.

        Thanks,
        Dale Holcomb
        Manager, Enterprise Applications
        Mobile Bay Shipbuilders | Mobile, AL
        251-555-0127

        """) + exchange_body_note()
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
        <body lang="EN-US">
        <div class="WordSection1">
        <p class="MsoNormal">Darnell,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Sending the invite for your interview for the IT Business Analyst (Production Planning)
        role. You&#8217;ll meet with me and Carla Boudreaux from our planning group. We&#8217;ll be on Teams, camera on if you can.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Thanks,<br>Dale Holcomb<br>Manager, Enterprise Applications<br>Mobile Bay Shipbuilders | Mobile, AL<br>251-555-0127</p>
        <div style="margin-top:24px">
        <span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0">Click here to join the meeting</a><br>
        Meeting ID: 241 778 903 512<br>Passcode: qX7bH2
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Holcomb, Dale":mailto:dale.holcomb@mobilebayship.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.brooks@example.org:mailto:darnell.brooks@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Boudreaux, Carla":mailto:carla.boudreaux@mobilebayship.com
        DESCRIPTION;LANGUAGE=en-US:Darnell\\,\\n\\nSending the invite for your interview for the IT Business Analyst (Production Planning) role.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0D91F6AC45CDD01000000000000000010000000A4F1C6E0E1D2B94C9E2A6F0B3D7E8C51
        SUMMARY;LANGUAGE=en-US:Interview - Darnell Brooks - IT Business Analyst
        DTSTART;TZID=Central Standard Time:20261021T100000
        DTEND;TZID=Central Standard Time:20261021T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261015T190512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118893412
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
        """)
    when = "2026-10-15 14:05"
    hs = head(addr("Holcomb, Dale", "dale.holcomb@mobilebayship.com"),
              "Interview - Darnell Brooks - IT Business Analyst",
              when, CHI, "<SA1PR04MB8812C3F0A9D2E71B44C6A3E1D4A92@SA1PR04MB8812.namprd04.prod.outlook.com>",
              host="NAM12-BN8-obe.outbound.protection.outlook.com", ip="40.107.237.61", ident="6MeJ4pSa7T",
              extra=(("Thread-Topic", "Interview - Darnell Brooks - IT Business Analyst"),
                     ("Thread-Index", "AdtfE2kq9wRz3X1bS0uP2yV4aB7cDQ=="),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(11), family="zoom", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-11-04 14:00", CHI), end=None,
      contact="bluttrell@wolfriverdist.com", company="Wolf River Distribution",
      local="Wed 2026-11-04 14:00", zone=CHI,
      note="Forward to self (from the candidate's old example.net address) of a Memphis recruiter's mail with a "
           "pasted Zoom invitation, attached as message/rfc822: 'Nov 4, 2026 02:00 PM Central Time' -- after DST "
           "ended on 1 Nov, CST = UTC-6 -> 20:00Z ('3:00 your time' = 3 PM EST agrees); 'about an hour' -> end "
           "null; contact = recruiter in the forwarded message (the sender is the candidate)")
def g11() -> bytes:
    inner_body = t("""
        Hi Darnell,

        Great speaking with you this morning! As promised, here's the invite for your interview with
        Hal Bridgeforth, our VP of Distribution Operations, for the Inventory Systems Analyst role.
        That's Wednesday, November 4 at 2:00 PM Central (3:00 your time in Savannah). Plan on about an
        hour. Heads up that the clocks change this weekend, so double-check your calendar.

        Brandi Luttrell is inviting you to a scheduled Zoom meeting.

        Topic: Darnell Brooks - Interview - Inventory Systems Analyst
        Time: Nov 4, 2026 02:00 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://wolfriverdist.zoom.us/j/93318204417?pwd=bWx5R0lIaU5tQ2ZzQkp2T1JqUT09

        Meeting ID: 933 1820 4417
        Passcode: 551926

        ---
        One tap mobile
        +13126266799,,93318204417#,,,,*551926# US (Chicago)
        +16465588656,,93318204417#,,,,*551926# US (New York)

        Thanks!
        Brandi Luttrell
        Talent Acquisition Specialist
        Wolf River Distribution | Memphis, TN
        bluttrell@wolfriverdist.com | 901-555-0181
        """)
    inner = message([
        ("From", addr("Brandi Luttrell", "bluttrell@wolfriverdist.com")),
        ("To", addr("Darnell Brooks", "darnell.brooks@example.net")),
        ("Subject", "Interview - Inventory Systems Analyst - Wolf River Distribution"),
        ("Date", date("2026-10-30 11:02", CHI)),
        ("Message-ID", "<CH0PR11MB5410E6B1F2A3C4D5E6F7A8B9C0D1@CH0PR11MB5410.namprd11.prod.outlook.com>"),
    ], text(inner_body, cte="quoted-printable"))
    outer_body = t("""
        fwd to self -- put this on the calendar. clocks change sunday!!

        """)
    when = "2026-10-30 13:40"
    hs = head(addr("Darnell Brooks", "darnell.brooks@example.net"),
              "Fwd: Interview - Inventory Systems Analyst - Wolf River Distribution",
              when, NY, "<6e1b0c2a-9f34-4d7a-b812-0c5e3a7d1f90@example.net>",
              host="smtp.example.net", ip="203.0.113.25", ident="2VbN7cQx9L",
              extra=(("X-Mailer", "Apple Mail (2.3826.500.181)"),))
    return message(hs, mixed(text(outer_body, cte="7bit"),
                             attached_message(inner, filename="Interview - Inventory Systems Analyst.eml")))


@mail(n(12), family="human_prose", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-09-29 15:30", NY), end=None,
      contact="ray.castellanos@stjohnsintermodal.com", company="St. Johns Intermodal",
      local="Tue 2026-09-29 15:30", zone=NY,
      note="Hiring manager's Gmail reply from Jacksonville: 'tomorrow at 3:30' resolved against the Date "
           "(Mon 28 Sep 08:47 EDT) -> Tue 29 Sep 3:30 PM EDT = 19:30Z; 'shouldn't take more than an hour' "
           "is not an exact length -> end null; contact = sender")
def g12() -> bytes:
    body = t("""
        Darnell,

        Good news, Deb's trip got pushed so we can do it sooner than I thought. Let's lock in tomorrow
        at 3:30 at our Talleyrand office -- 2150 Talleyrand Ave, Jacksonville, second building on the
        left past the scale house. It'll be me and Deb Okonkwo from ops. Shouldn't take more than an
        hour, and then I'd like to show you the gate system if you've got time.

        It's about 2 hrs down 95 from you so leave some cushion, the bridge work by the Trout River
        has been a mess.

        Ray

        Ray Castellanos
        Director, Terminal Technology
        St. Johns Intermodal
        904-555-0112

        On Fri, Sep 25, 2026 at 4:51 PM Darnell Brooks <darnell.brooks@example.org> wrote:
        > Hi Ray,
        >
        > Thanks for the call today. I'm flexible early next week -- Monday after 1 or any time
        > Tuesday or Wednesday works on my end.
        >
        > Best,
        > Darnell
        """)
    when = "2026-09-28 08:47"
    hs = head(addr("Ray Castellanos", "ray.castellanos@stjohnsintermodal.com"),
              "Re: Terminal Systems Analyst - next step",
              when, NY, "<CAF9qT4b7wPz1N0eLhK2mXvR8sJ3uYd5aGc6iBo@mail.gmail.com>",
              host="mail-yw1-f170.google.com", ip="209.85.128.170", ident="5NcW0rHy3P",
              extra=(("In-Reply-To", "<D8A1F3C2-7B40-4E5C-9A61-2C3E4F5A6B7C@example.org>"),
                     ("References", "<D8A1F3C2-7B40-4E5C-9A61-2C3E4F5A6B7C@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(13), family="human_terse", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-08 10:00", NY), end=None,
      contact="lferreira@ossabawct.com", company="Ossabaw Container Terminal",
      local="Thu 2026-10-08 10:00", zone=NY,
      note="Two-line reply from a terminal ops manager's iPhone: 'Confirmed for Thurs 10am', resolved against "
           "the Date (Mon 5 Oct) and the quoted proposal -> Thu 8 Oct 10:00 EDT = 14:00Z; contact = sender")
def g13() -> bytes:
    body = t("""
        Confirmed for Thurs 10am. Check in at the Gate 4 admin bldg, bring ur TWIC if u have one otherwise
        they'll escort you

        Luis

        Sent from my iPhone

        > On Oct 5, 2026, at 2:14 PM, Darnell Brooks <darnell.brooks@example.org> wrote:
        >
        > Hi Luis,
        >
        > Thanks for getting back to me. For the interview, Thursday at 10 or Friday at 1 would both
        > work for me -- whichever is easier for your team.
        >
        > Darnell
        """)
    when = "2026-10-05 18:22"
    hs = head(addr("Luis Ferreira", "lferreira@ossabawct.com"),
              "Re: Yard planning analyst interview",
              when, NY, "<A3E9C1D0-6F2B-4B8E-9D17-5C0A2E4F6B81@ossabawct.com>",
              host="mail-dm6nam11on2091.outbound.protection.outlook.com", ip="40.107.223.91", ident="8TxA2fLm6Y",
              extra=(("In-Reply-To", "<F1C0B9A8-1234-4D2E-8F70-9B6A5C4D3E21@example.org>"),
                     ("References", "<F1C0B9A8-1234-4D2E-8F70-9B6A5C4D3E21@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(14), family="teamtailor", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-23 13:00", NY), end=utc("2026-10-23 13:45", NY),
      contact="cardoin@forsythcad.edu", company="Forsyth College of Art and Design",
      local="Fri 2026-10-23 13:00", local_end="2026-10-23 13:45", zone=NY,
      note="Teamtailor confirmation from a Savannah art college: 'Friday, October 23, 2026, 1:00 PM - 1:45 PM "
           "(EDT)' = 17:00Z-17:45Z, ICS TZID America/New_York agrees; contact = Reply-To")
def g14() -> bytes:
    body = t("""
        Hi Darnell,

        Thanks for booking a time! Here is your confirmation.

        Interview: Systems Analyst, Enterprise Applications (Student Systems)
        Friday, October 23, 2026, 1:00 PM - 1:45 PM (EDT)
        Location: Montgomery Hall, Room 214, 342 Bull Street, Savannah, GA 31401

        Interviewers: Camille Ardoin (Talent Acquisition) and Dr. Everett Sloane (CIO)

        Parking is tight downtown; the Liberty Street garage validates for campus visitors.

        See you soon,
        Camille Ardoin
        Forsyth College of Art and Design
        """)
    page = t("""
        <!doctype html><html><body style="margin:0;background:#fafafa">
        <div style="max-width:600px;margin:0 auto;background:#ffffff;padding:32px;font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <img src="https://assets.teamtailor-cdn.com/forsyth-logo.png" alt="Forsyth College of Art and Design" width="120">
        <p>Hi Darnell,</p>
        <p>Thanks for booking a time! Here is your confirmation.</p>
        <div style="background:#f3f0ff;border-radius:6px;padding:16px">
        <div style="font-weight:bold">Interview: Systems Analyst, Enterprise Applications (Student Systems)</div>
        <div>Friday, October 23, 2026, 1:00 PM - 1:45 PM (EDT)</div>
        <div>Montgomery Hall, Room 214, 342 Bull Street, Savannah, GA 31401</div>
        </div>
        <p>Interviewers: Camille Ardoin (Talent Acquisition) and Dr. Everett Sloane (CIO)</p>
        <p>Parking is tight downtown; the Liberty Street garage validates for campus visitors.</p>
        <p>See you soon,<br>Camille Ardoin<br>Forsyth College of Art and Design</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Meetings//EN\nMETHOD:REQUEST\n" + \
        VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-5502917@teamtailor.com
        DTSTAMP:20261019T151530Z
        DTSTART;TZID=America/New_York:20261023T130000
        DTEND;TZID=America/New_York:20261023T134500
        SUMMARY:Interview: Systems Analyst\\, Enterprise Applications - Darnell Brooks
        LOCATION:Montgomery Hall Room 214\\, 342 Bull Street\\, Savannah\\, GA 31401
        ORGANIZER;CN=Camille Ardoin:mailto:cardoin@forsythcad.edu
        ATTENDEE;CN=Darnell Brooks;RSVP=TRUE:mailto:darnell.brooks@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-19 11:15"
    hs = head(addr("Forsyth College of Art and Design", "no-reply@teamtailor-mail.com"),
              "Your interview is booked: Systems Analyst, Enterprise Applications",
              when, NY, "<6722e4f0b31a9_1c2d3e4f5a6b7@teamtailor-mail.com>",
              host="o7.mail.teamtailor-mail.com", ip="167.89.44.7", ident="4QaZ6vDk1M",
              extra=(("Reply-To", addr("Camille Ardoin", "cardoin@forsythcad.edu")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(15), family="ms_bookings", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", NY), end=utc("2026-10-26 09:30", NY),
      contact="nadia.osei@chattahoocheehealth.org", company="Chattahoochee Health System",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 09:30", zone=NY,
      note="Microsoft Bookings confirmation from an Atlanta hospital system: the body shows "
           "'(UTC-05:00) Eastern Time (US & Canada)' but on 26 Oct Eastern is EDT (UTC-4) -> 13:00Z, as the ICS "
           "(TZID Eastern Standard Time) confirms; 'Duration: 30 minutes'; sender is a Bookings mailbox, "
           "contact = staff address in the body")
def g15() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:640px">
        <div style="font-size:24px;font-weight:600;padding:12px 0">Your booking is confirmed</div>
        <div>Chattahoochee Health IT Interviews</div>
        <hr style="border:none;border-top:1px solid #edebe9">
        <div style="font-size:16px;font-weight:600">Interview - Integration Analyst (Epic Supply Chain)</div>
        <div>Monday, October 26, 2026</div>
        <div>9:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</div>
        <div>Duration: 30 minutes</div>
        <div>Staff: Nadia Osei</div>
        <div style="margin-top:12px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_CHS%40thread.v2/0">Join your appointment</a></div>
        <p>Hi Darnell, this is a first-round video interview with our Supply Chain Applications team.
        If you have questions before then, email Nadia at <a href="mailto:nadia.osei@chattahoocheehealth.org">nadia.osei@chattahoocheehealth.org</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/ITInterviews@chattahoocheehealth.org/bookings/">Manage booking</a></p>
        <p style="font-size:11px;color:#605e5c">Chattahoochee Health System, 900 Peachtree Creek Pkwy, Atlanta, GA 30309</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Chattahoochee Health IT Interviews:mailto:ITInterviews@chattahoocheehealth.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Brooks:mailto:darnell.brooks@example.org
        UID:040000008200E00074C5B7101A82E008000000005C2E8F1B6A60DD01000000000000000010000000E7D6C5B4A3928170F1E2D3C4B5A69788
        SUMMARY;LANGUAGE=en-US:Interview - Integration Analyst (Epic Supply Chain)
        DTSTART;TZID=Eastern Standard Time:20261026T090000
        DTEND;TZID=Eastern Standard Time:20261026T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T200311Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-20 16:03"
    hs = head(addr("Chattahoochee Health IT Interviews", "ITInterviews@chattahoocheehealth.org"),
              "Booking confirmed: Interview - Integration Analyst (Epic Supply Chain)",
              when, NY, "<BN0PR17MB4432F1E2D3C4B5A6978877A1B2C3D@BN0PR17MB4432.namprd17.prod.outlook.com>",
              host="NAM10-MW2-obe.outbound.protection.outlook.com", ip="40.107.94.112", ident="1LhC9sRn5U",
              extra=(("X-MS-Exchange-Organization-BookingsType", "Appointment"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(16), family="workable", lang=LANG, interview=True, kind="scheduled",
      start=utc("2026-12-08 16:30", LA), end=utc("2026-12-08 17:15", LA),
      contact="jonah@tidepoolanalytics.com", company="Tidepool Analytics",
      local="Tue 2026-12-08 16:30", local_end="2026-12-08 17:15", zone=LA,
      note="Workable invitation from a Portland remote team: 'Tuesday, December 8, 2026 at 4:30 PM - 5:15 PM "
           "PST' (UTC-8) = Wed 9 Dec 00:30Z-01:15Z, the next day in UTC ('7:30 PM EST for you'); Reply-To is a "
           "Workable relay, contact = hiring manager address in the body")
def g16() -> bytes:
    body = t("""
        Hi Darnell,

        You're all set for your interview for the Senior Data Integration Analyst (Remote, US) role at
        Tidepool Analytics.

        Date: Tuesday, December 8, 2026
        Time: 4:30 PM - 5:15 PM PST (that's 7:30 PM - 8:15 PM EST for you)
        Format: Video call (Google Meet link below)
        With: Jonah Sato, Data Platform Lead

        Join: https://meet.google.com/ptq-rwmx-zua

        Sorry for the late slot on your side -- Jonah is on a customer site in Tacoma all morning. If
        anything comes up you can reach him directly at jonah@tidepoolanalytics.com.

        Best regards,
        Hana Lindqvist
        People Ops, Tidepool Analytics
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Darnell,</p>
        <p>You're all set for your interview for the <b>Senior Data Integration Analyst (Remote, US)</b> role at Tidepool Analytics.</p>
        <p><b>Date:</b> Tuesday, December 8, 2026<br>
        <b>Time:</b> 4:30 PM - 5:15 PM PST (that's 7:30 PM - 8:15 PM EST for you)<br>
        <b>Format:</b> Video call (Google Meet link below)<br>
        <b>With:</b> Jonah Sato, Data Platform Lead</p>
        <p><a href="https://meet.google.com/ptq-rwmx-zua">Join the call</a></p>
        <p>Sorry for the late slot on your side -- Jonah is on a customer site in Tacoma all morning. If anything comes up
        you can reach him directly at <a href="mailto:jonah@tidepoolanalytics.com">jonah@tidepoolanalytics.com</a>.</p>
        <p>Best regards,<br>Hana Lindqvist<br>People Ops, Tidepool Analytics</p>
        <p style="color:#aaa;font-size:11px">Powered by Workable</p>
        </body></html>
        """)
    when = "2026-12-02 10:12"
    hs = head(addr("Tidepool Analytics", "noreply@workablemail.com"),
              "Interview with Tidepool Analytics - Senior Data Integration Analyst",
              when, LA, "<workable.9d1e2f30a4b5.20261202181207@workablemail.com>",
              host="mail-out-21.workablemail.com", ip="167.89.101.21", ident="7RbE3kWs0J",
              extra=(("Reply-To", addr("Tidepool Analytics", "tidepool-analytics+c2f1a9e7@candidates.workablemail.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(17), family="goodtime", lang=LANG, interview=True, kind="rescheduled",
      start=utc("2026-10-15 11:00", NY), end=utc("2026-10-15 12:00", NY),
      contact="jasmine.porter@harborline.io", company="Harborline Systems",
      local="Thu 2026-10-15 11:00", local_end="2026-10-15 12:00", zone=NY,
      note="GoodTime reschedule from an Atlanta software firm with old and new time: previously Wed 14 Oct "
           "2:00-3:00 PM EDT, new Thu 15 Oct 11:00 AM-12:00 PM EDT = 15:00Z-16:00Z (ICS SEQUENCE:1 agrees); "
           "contact = coordinator's Reply-To")
def g17() -> bytes:
    body = t("""
        Hi Darnell,

        Your interview with Harborline Systems has been rescheduled. Please update your calendar.

        PREVIOUS TIME (cancelled)
        Wednesday, October 14, 2026, 2:00 PM - 3:00 PM EDT

        NEW TIME
        Thursday, October 15, 2026, 11:00 AM - 12:00 PM EDT

        Role: Solutions Analyst, Freight Visibility
        Interviewers: Gabe Mendenhall (Engineering Manager), Ruth Ikeda (Product)
        Zoom: https://harborline.zoom.us/j/96540011873

        A new calendar invitation is attached. If the new time doesn't work, reply to this email and
        Jasmine will find another slot.

        Harborline Systems Recruiting Coordination
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#26323d">
        <p>Hi Darnell,</p>
        <p>Your interview with Harborline Systems has been <b>rescheduled</b>. Please update your calendar.</p>
        <table style="border:1px solid #dfe3e8;border-collapse:collapse" cellpadding="10">
        <tr><td style="color:#8c96a0;text-decoration:line-through">Wednesday, October 14, 2026, 2:00 PM - 3:00 PM EDT</td><td style="color:#8c96a0">Previous time</td></tr>
        <tr><td style="font-weight:bold">Thursday, October 15, 2026, 11:00 AM - 12:00 PM EDT</td><td style="color:#0a7d4f">New time</td></tr>
        </table>
        <p>Role: Solutions Analyst, Freight Visibility<br>
        Interviewers: Gabe Mendenhall (Engineering Manager), Ruth Ikeda (Product)<br>
        <a href="https://harborline.zoom.us/j/96540011873">Join Zoom</a></p>
        <p>A new calendar invitation is attached. If the new time doesn't work, reply to this email and Jasmine will find another slot.</p>
        <p>Harborline Systems Recruiting Coordination</p>
        <p style="font-size:11px;color:#a0a8b0">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//GoodTime.io//Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + \
        VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:goodtime-e81f0c4d-harborline-2026
        DTSTAMP:20261012T133011Z
        DTSTART;TZID=America/New_York:20261015T110000
        DTEND;TZID=America/New_York:20261015T120000
        SUMMARY:Harborline Systems Interview - Darnell Brooks (Solutions Analyst)
        LOCATION:https://harborline.zoom.us/j/96540011873
        ORGANIZER;CN=Jasmine Porter:mailto:jasmine.porter@harborline.io
        ATTENDEE;CN=Darnell Brooks;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:darnell.brooks@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-12 09:30"
    hs = head(addr("Harborline Systems", "noreply@goodtime.io"),
              "Rescheduled: Your interview with Harborline Systems",
              when, NY, "<20261012133011.e81f0c4d7a2b@goodtime.io>",
              host="o12.email.goodtime.io", ip="149.72.33.12", ident="3HwK8nBc5V",
              extra=(("Reply-To", addr("Jasmine Porter", "jasmine.porter@harborline.io")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang=LANG, interview=True, kind="rescheduled",
      start=utc("2026-11-02 10:00", NY), end=None,
      contact="gpickett@cooperrivercold.com", company="Cooper River Cold Storage",
      local="Mon 2026-11-02 10:00", zone=NY,
      note="Charleston ops director's Outlook mail moving the interview from Fri 30 Oct 10:00 (EDT) to "
           "Mon 2 Nov 10:00 AM; sent in EDT, but DST ends on 1 Nov so the new slot is EST (UTC-5) = 15:00Z; "
           "no length -> end null; contact = sender")
def g18() -> bytes:
    body = t("""
        Hi Darnell,

        I'm sorry to do this on short notice. We've got an ammonia system inspection landing on
        Friday, so I've moved your interview from Friday (10/30) at 10:00 to Monday, November 2 at
        10:00 AM -- same place, our office at the North Charleston facility, 7700 Cold Chain Way.
        Marcus from IT will still join us. You should see the updated invite in a minute.

        Reminder that the clocks fall back Sunday morning, so 10:00 Monday is standard time.

        Thanks for being flexible,

        Gwen Pickett
        Director of Operations
        Cooper River Cold Storage
        O: 843-555-0174 | M: 843-555-0199
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <style>p.MsoNormal{margin:0in;font-size:11pt;font-family:Calibri,sans-serif}</style></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Darnell,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">I&#8217;m sorry to do this on short notice. We&#8217;ve got an ammonia system inspection landing on
        Friday, so I&#8217;ve moved your interview from Friday (10/30) at 10:00 to <b>Monday, November 2 at 10:00 AM</b> &#8211;
        same place, our office at the North Charleston facility, 7700 Cold Chain Way. Marcus from IT will still join us.
        You should see the updated invite in a minute.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Reminder that the clocks fall back Sunday morning, so 10:00 Monday is standard time.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Thanks for being flexible,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Gwen Pickett</b><br>Director of Operations<br>Cooper River Cold Storage<br>O: 843-555-0174 | M: 843-555-0199</p>
        </div></body></html>
        """)
    when = "2026-10-28 16:20"
    hs = head(addr("Gwen Pickett", "gpickett@cooperrivercold.com"),
              "Interview moved to Monday 11/2",
              when, NY, "<MN2PR19MB3988A1C2E4F5061728394A5B6C7D8E9F@MN2PR19MB3988.namprd19.prod.outlook.com>",
              host="NAM04-DM6-obe.outbound.protection.outlook.com", ip="40.107.102.83", ident="9GeT1yPq4X",
              extra=(("Thread-Topic", "Interview moved to Monday 11/2"),
                     ("Thread-Index", "AdtpQ8cF1eZ0yWnmTq6r2N4xV7bLfA=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(19), family="exchange", lang=LANG, interview=True, kind="rescheduled",
      start=utc("2026-11-19 15:00", NY), end=utc("2026-11-19 16:00", NY),
      contact="rhaynes@kesslerport.com", company="Kessler Port Solutions",
      local="Thu 2026-11-19 15:00", local_end="2026-11-19 16:00", zone=NY,
      note="Exchange meeting update (SEQUENCE:2) from a Jacksonville firm: 'When: Thursday, November 19, 2026 "
           "3:00 PM-4:00 PM (UTC-05:00) Eastern Time', moved from Tue 11/17 2:00 PM; EST = UTC-5 -> 20:00Z; "
           "contact = organizer/sender")
def g19() -> bytes:
    body = t("""
        When: Thursday, November 19, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Kessler Port Solutions - 8th floor, 200 W Forsyth St, Jacksonville / Teams

        Darnell - moving our second round from Tuesday 11/17 at 2:00 PM to Thursday 11/19 at 3:00 PM.
        Our CFO picked up a board meeting on Tuesday and she really wants to be in this one. Same format:
        you, me, Tom Reinholt and Angela Ruiz. In person preferred, Teams link below if the drive is a
        problem.

        Rochelle

        Rochelle Haynes | Senior Manager, Business Systems
        Kessler Port Solutions
        904-555-0139

        """) + exchange_body_note()
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Darnell &#8211; moving our second round from Tuesday 11/17 at 2:00 PM to Thursday 11/19 at 3:00 PM.
        Our CFO picked up a board meeting on Tuesday and she really wants to be in this one. Same format: you, me,
        Tom Reinholt and Angela Ruiz. In person preferred, Teams link below if the drive is a problem.</p>
        <p>Rochelle</p>
        <p>Rochelle Haynes | Senior Manager, Business Systems<br>Kessler Port Solutions<br>904-555-0139</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0">Click here to join the meeting</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rochelle Haynes:mailto:rhaynes@kesslerport.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Brooks:mailto:darnell.brooks@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Reinholt:mailto:treinholt@kesslerport.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Angela Ruiz:mailto:aruiz@kesslerport.com
        UID:040000008200E00074C5B7101A82E00800000000D1A2B3C4E76ADD0100000000000000001000000077A6B5C4D3E2F1009182736455463728
        SUMMARY;LANGUAGE=en-US:Second-round interview - Darnell Brooks
        DTSTART;TZID=Eastern Standard Time:20261119T150000
        DTEND;TZID=Eastern Standard Time:20261119T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T154800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Kessler Port Solutions - 8th floor / Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-13 10:48"
    hs = head(addr("Rochelle Haynes", "rhaynes@kesslerport.com"),
              "Second-round interview - Darnell Brooks",
              when, NY, "<PH7PR12MB6001B2C3D4E5F60718293A4B5C6D7E8F@PH7PR12MB6001.namprd12.prod.outlook.com>",
              host="NAM11-CO1-obe.outbound.protection.outlook.com", ip="40.107.220.45", ident="0JfS6mVt2Q",
              extra=(("Thread-Topic", "Second-round interview - Darnell Brooks"),
                     ("Thread-Index", "AdtrbR7m2fVp0QkXy3e8aW1ncZ4uHg=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="agency_text", lang=LANG, interview=True, kind="rescheduled",
      start=utc("2026-12-10 16:15", NY), end=None,
      contact="trey@lighthousestaffing.net", company="Marshside Distribution",
      local="Thu 2026-12-10 16:15", zone=NY,
      note="Agency recruiter's phone reply: 'moved you to 4:15 tmrw instead of 2', resolved against the Date "
           "(Wed 9 Dec 09:10 EST) -> Thu 10 Dec 4:15 PM EST = 21:15Z; quoted earlier confirmation gives the "
           "old 2:00 PM ET slot and the client; company = the hiring client; contact = the agency recruiter")
def g20() -> bytes:
    body = t("""
        hey Darnell - marshside moved you to 4:15 tmrw instead of 2. colleen got pulled into a
        vendor call. same teams link. lmk if thats a problem

        Trey

        Sent from my iPhone

        > On Dec 4, 2026, at 3:37 PM, Trey Baptiste <trey@lighthousestaffing.net> wrote:
        >
        > Darnell,
        >
        > You're confirmed with Marshside Distribution for Thursday 12/10 at 2:00 PM ET via Teams
        > with their IT director Colleen Mabry. Link is in the invite I forwarded. Give me a
        > call after!
        >
        > Trey Baptiste
        > Senior Recruiter | Lighthouse Staffing
        > 912-555-0107
        """)
    when = "2026-12-09 09:10"
    hs = head(addr("Trey Baptiste", "trey@lighthousestaffing.net"),
              "Re: Marshside Distribution - interview confirmed",
              when, NY, "<4B7E2C91-0D3A-4F6B-A851-7C9E0F1D2B34@lighthousestaffing.net>",
              host="mail-pf1-f181.google.com", ip="209.85.210.181", ident="5DuX2gLr8N",
              extra=(("In-Reply-To", "<9C0D1E2F-3A4B-4C5D-8E6F-708192A3B4C5@lighthousestaffing.net>"),
                     ("References", "<9C0D1E2F-3A4B-4C5D-8E6F-708192A3B4C5@lighthousestaffing.net>"),
                     ("X-Mailer", "iPhone Mail (22C152)")))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(21), family="google_calendar", lang=LANG, interview=True, kind="cancelled",
      start=utc("2026-11-09 11:00", NY), end=utc("2026-11-09 11:45", NY),
      contact="lokafor@blueridgeparcel.com", company="Blue Ridge Parcel",
      local="Mon 2026-11-09 11:00", local_end="2026-11-09 11:45", zone=NY,
      note="Google Calendar 'Canceled event with note' from a Charlotte firm, METHOD:CANCEL: Mon 9 Nov "
           "11am-11:45am (EST, UTC-5) = 16:00Z-16:45Z, the cancelled slot; req on hold, no new time; contact = "
           "organizer")
def g21() -> bytes:
    note_txt = ("Sorry Darnell - the req was put on hold this morning by finance. I'll reach out "
                "directly if it opens back up. Really appreciate your time so far. - Leah")
    body = t(f"""
        This event has been canceled and removed from your calendar.

        {note_txt}

        Interview: Darnell Brooks / Blue Ridge Parcel (Network Planning Analyst)
        When
        Monday Nov 9, 2026 11am - 11:45am (Eastern Standard Time - New York)

        Organizer
        Leah Okafor
        lokafor@blueridgeparcel.com

        Guests
        Leah Okafor - organizer
        darnell.brooks@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    page = t(f"""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px">
        <p>This event has been canceled and removed from your calendar.</p>
        <p style="background:#f1f3f4;padding:8px">{note_txt}</p>
        <h2 style="font-weight:400;font-size:20px;text-decoration:line-through">Interview: Darnell Brooks / Blue Ridge Parcel (Network Planning Analyst)</h2>
        <table><tr><td style="color:#70757a;padding-right:16px">When</td><td>Monday Nov 9, 2026 11am &ndash; 11:45am (Eastern Standard Time - New York)</td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Organizer</td><td>Leah Okafor <a href="mailto:lokafor@blueridgeparcel.com">lokafor@blueridgeparcel.com</a></td></tr>
        </table>
        <p style="font-size:12px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261109T110000
        DTEND;TZID=America/New_York:20261109T114500
        DTSTAMP:20261104T210522Z
        ORGANIZER;CN=Leah Okafor:mailto:lokafor@blueridgeparcel.com
        UID:3q9v1k7m2brp0x4intv@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=darnell.brooks@example.org;X-NUM-GUESTS=0:mailto:darnell.brooks@example.org
        CREATED:20261029T142011Z
        LAST-MODIFIED:20261104T210522Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Darnell Brooks / Blue Ridge Parcel (Network Planning Analyst)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-04 16:05"
    hs = head(addr("Leah Okafor", "lokafor@blueridgeparcel.com"),
              "Canceled event with note: Interview: Darnell Brooks / Blue Ridge Parcel (Network Planning Analyst) "
              "@ Mon Nov 9, 2026 11am - 11:45am (EST) (darnell.brooks@example.org)",
              when, NY, "<calendar-b81e4c2d-0f7a-4a39-9d56-1e2f3a4b5c6d@google.com>",
              host="mail-sor-f69.google.com", ip="209.85.220.69", ident="6CzM4hQw1E",
              extra=(("Reply-To", addr("Leah Okafor", "lokafor@blueridgeparcel.com")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(
        alt(text(body), html(page), calendar(ics, method="CANCEL")),
        calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="human_prose", lang=LANG, interview=True, kind="cancelled",
      start=utc("2026-12-15 13:00", CHI), end=None,
      contact="wendell.price@cumberlandfreightaudit.com", company="Cumberland Freight Audit",
      local="Tue 2026-12-15 13:00", zone=CHI,
      note="Nashville hiring manager cancels 'Tuesday's 1:00 (Central)' because the role was filled internally; "
           "Tuesday resolved against the Date (Fri 11 Dec) -> Tue 15 Dec 1:00 PM CST (UTC-6) = 19:00Z, the "
           "cancelled slot; no new time; contact = sender")
def g22() -> bytes:
    body = t("""
        Hi Darnell,

        I hate to do this, but I need to cancel Tuesday's 1:00 (Central) interview. We found out this
        afternoon that the Freight Audit Systems Analyst position is being filled internally -- one of
        our analysts in the Knoxville office asked to transfer, and leadership approved it.

        I know you already blocked the time and I'm sorry for the trouble. I was impressed with our
        phone conversation and I'd like to keep your resume on file for the integration role we expect
        to open in Q1. I'll reach out when that's posted.

        Best regards,

        Wendell Price
        Manager, Audit Systems
        Cumberland Freight Audit | Nashville, TN
        615-555-0152
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="EN-US"><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Darnell,</p>
        <p>I hate to do this, but I need to cancel Tuesday&#8217;s 1:00 (Central) interview. We found out this afternoon that
        the Freight Audit Systems Analyst position is being filled internally &#8211; one of our analysts in the Knoxville office
        asked to transfer, and leadership approved it.</p>
        <p>I know you already blocked the time and I&#8217;m sorry for the trouble. I was impressed with our phone conversation
        and I&#8217;d like to keep your resume on file for the integration role we expect to open in Q1. I&#8217;ll reach out
        when that&#8217;s posted.</p>
        <p>Best regards,</p>
        <p><b>Wendell Price</b><br>Manager, Audit Systems<br>Cumberland Freight Audit | Nashville, TN<br>615-555-0152</p>
        </div></body></html>
        """)
    when = "2026-12-11 15:30"
    hs = head(addr("Wendell Price", "wendell.price@cumberlandfreightaudit.com"),
              "Tuesday interview - cancelling",
              when, CHI, "<DM4PR08MB7120E1F2A3B4C5D6E7F8091A2B3C4D5E@DM4PR08MB7120.namprd08.prod.outlook.com>",
              host="NAM02-SN1-obe.outbound.protection.outlook.com", ip="40.107.96.58", ident="2KaY7pFs3Z",
              extra=(("Thread-Topic", "Tuesday interview - cancelling"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(23), family="exchange", lang=LANG, interview=True, kind="cancelled",
      start=utc("2026-12-02 09:30", CHI), end=utc("2026-12-02 10:30", CHI),
      contact="wdunaway@redmountainrail.com", company="Red Mountain Rail Supply",
      local="Wed 2026-12-02 09:30", local_end="2026-12-02 10:30", zone=CHI,
      note="Exchange 'Canceled:' meeting from a Birmingham, Alabama firm, METHOD:CANCEL: 'Wednesday, December 2, "
           "2026 9:30 AM-10:30 AM (UTC-06:00) Central Time' (CST) = 15:30Z-16:30Z, the cancelled slot; "
           "'I'll send new options' is no new time; contact = organizer/sender")
def g23() -> bytes:
    body = t("""
        When: Wednesday, December 2, 2026 9:30 AM-10:30 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Darnell, I'm cancelling Wednesday's interview -- our hiring manager, Clay Stroud, is out
        unexpectedly this week. I'll send you new options for the week of the 7th as soon as I have his
        calendar. Apologies for the shuffle.

        Whitney Dunaway
        HR Business Partner | Red Mountain Rail Supply
        Birmingham, AL
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Whitney Dunaway:mailto:wdunaway@redmountainrail.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Brooks:mailto:darnell.brooks@example.org
        DESCRIPTION;LANGUAGE=en-US:Darnell\\, I'm cancelling Wednesday's interview.\\n
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6F275DD01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
        SUMMARY;LANGUAGE=en-US:Canceled: Interview: Systems Analyst - D. Brooks
        DTSTART;TZID=Central Standard Time:20261202T093000
        DTEND;TZID=Central Standard Time:20261202T103000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261127T144011Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-27 08:40"
    hs = head(addr("Whitney Dunaway", "wdunaway@redmountainrail.com"),
              "Canceled: Interview: Systems Analyst - D. Brooks",
              when, CHI, "<CY8PR05MB9441D2E3F4A5B6C7D8E9F0A1B2C3D4E5@CY8PR05MB9441.namprd05.prod.outlook.com>",
              host="NAM12-MW2-obe.outbound.protection.outlook.com", ip="40.107.244.70", ident="8BnG3sKd6H",
              extra=(("Thread-Topic", "Canceled: Interview: Systems Analyst - D. Brooks"),
                     ("Importance", "high"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="greenhouse_rejection", lang=LANG, interview=False, company="Tybee Harbor Terminals",
      note="Greenhouse rejection after the 15 Sep interview (thread with the key-1 confirmation); mentions the "
           "past interview date, confirms nothing", days=(("Tue", "2026-09-15"),))
def g24() -> bytes:
    body = t("""
        Hi Darnell,

        Thank you for taking the time to interview with us on Tuesday, September 15 for the Systems
        Analyst, Terminal Operating System role. Curtis and Monique enjoyed the conversation about the
        gate automation work you've done.

        After careful consideration, we have decided to move forward with another candidate whose
        experience with our TOS vendor more closely matches what the team needs right now.

        We'd be glad to keep in touch about future openings, and we wish you the best of luck in your
        search.

        Warm regards,
        Alyssa Kim
        Talent Acquisition Partner, Tybee Harbor Terminals
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + \
        "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    when = "2026-10-02 11:20"
    hs = head(addr("Tybee Harbor Terminals", "no-reply@us.greenhouse-mail.io"),
              "Your application to Tybee Harbor Terminals",
              when, NY, "<0100019f1c2d3e4f-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d-000000@email.amazonses.com>",
              host="a48-113.smtp-out.amazonses.com", ip="54.240.48.113", ident="1XaB4cDe7F",
              extra=(("Reply-To", addr("Alyssa Kim", "alyssa.kim@tybeeharbor.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(25), family="offer", lang=LANG, interview=False, company="Kessler Port Solutions",
      note="Offer after the 19 Nov second round (thread with key 19): gives a fixed start date and an 8:00 AM "
           "orientation time and a signing deadline, but no interview",
      days=(("Mon", "2027-01-04"), ("Fri", "2026-12-18")))
def g25() -> bytes:
    body = t("""
        Darnell,

        On behalf of everyone you met on the 19th -- congratulations! I'm thrilled to extend you an
        offer for the position of Senior Business Systems Analyst at Kessler Port Solutions.

        Your formal offer letter is on its way through DocuSign under a separate email. The highlights:

          - Base salary: $104,500, plus the annual bonus plan at 10% target
          - Start date: Monday, January 4, 2027
          - New hire orientation: 8:00 AM in the 8th floor training room, 200 W Forsyth St
          - Hybrid: Tuesdays-Thursdays in the Jacksonville office

        Please review and sign by Friday, December 18. If you'd like to talk anything through, call my
        cell any time this week.

        Welcome aboard (I hope!),

        Rochelle Haynes | Senior Manager, Business Systems
        Kessler Port Solutions
        904-555-0139
        """)
    page = t("""
        <html><body lang="EN-US" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Darnell,</p>
        <p>On behalf of everyone you met on the 19th &#8211; congratulations! I&#8217;m thrilled to extend you an offer for the
        position of <b>Senior Business Systems Analyst</b> at Kessler Port Solutions.</p>
        <p>Your formal offer letter is on its way through DocuSign under a separate email. The highlights:</p>
        <ul><li>Base salary: $104,500, plus the annual bonus plan at 10% target</li>
        <li>Start date: Monday, January 4, 2027</li>
        <li>New hire orientation: 8:00 AM in the 8th floor training room, 200 W Forsyth St</li>
        <li>Hybrid: Tuesdays&#8211;Thursdays in the Jacksonville office</li></ul>
        <p>Please review and sign by Friday, December 18. If you&#8217;d like to talk anything through, call my cell any time this week.</p>
        <p>Welcome aboard (I hope!),</p>
        <p>Rochelle Haynes | Senior Manager, Business Systems<br>Kessler Port Solutions<br>904-555-0139</p>
        </body></html>
        """)
    when = "2026-12-14 16:02"
    hs = head(addr("Rochelle Haynes", "rhaynes@kesslerport.com"),
              "Offer - Senior Business Systems Analyst",
              when, NY, "<PH7PR12MB6001C3D4E5F6A7B8C9D0E1F2A3B4C5D6@PH7PR12MB6001.namprd12.prod.outlook.com>",
              host="NAM11-CO1-obe.outbound.protection.outlook.com", ip="40.107.220.46", ident="3CdE6fGh9I",
              extra=(("Content-Language", "en-US"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(26), family="join_receipt", lang=LANG, interview=False, company="Lowland Drayage Co.",
      note="JOIN application receipt; 'we will invite you to an interview' if the profile fits, nothing fixed")
def g26() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f7fb;font-family:Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;margin:24px 0;border-radius:8px">
        <tr><td style="font-size:15px;color:#1d2333;line-height:1.55">
        <p style="font-size:20px;font-weight:bold">Thanks for your application, Darnell!</p>
        <p>Lowland Drayage Co. has received your application for <b>Dispatch Systems Analyst</b> (Savannah, GA).</p>
        <p>What happens next? The hiring team will review your application. If your profile matches the
        requirements, they will contact you to schedule an interview. This usually takes one to two weeks.</p>
        <p>You can check the status of your application at any time in your JOIN candidate account.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#4353ff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">View my application</a></p>
        <p>Good luck!<br>Your JOIN team on behalf of Lowland Drayage Co.</p>
        </td></tr></table>
        <p style="font-size:11px;color:#9097a6">JOIN Solutions AG &middot; You received this email because you applied via JOIN.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-09-08 19:42"
    hs = head(addr("Lowland Drayage Co. via JOIN", "noreply@join.com"),
              "Your application at Lowland Drayage Co.: Dispatch Systems Analyst",
              when, NY, "<20260908234211.5f6e7d8c9b0a@join.com>",
              host="mail-out3.join.com", ip="159.183.12.93", ident="4JkL7mNo0P")
    return message(hs, html(page, cte="base64"))


@mail(n(27), family="job_alert", lang=LANG, interview=False, company=None,
      note="Job-board alert with 'Interviewing now' badges and a hiring event with a fixed time (a job fair, "
           "not an interview of the candidate)", days=(("Thu", "2026-09-17"),))
def g27() -> bytes:
    body = t("""
        HarborJobs - 14 new jobs for "logistics systems analyst" near Savannah, GA

        Logistics Systems Analyst
        Seaboard Chassis Pool - Savannah, GA - $78K-$92K
        Interviewing now - Easily apply

        WMS Analyst II
        Coastal Plain Distribution - Rincon, GA
        Urgently hiring

        Supply Chain Systems Analyst (Hybrid)
        Marsh Harbor Foods - Charleston, SC
        Hiring event: Thursday, Sept 17, 10 AM - 2 PM, on-the-spot interviews!

        EDI Analyst
        Palmyra Parts Supply - Remote
        Posted 2 days ago

        See all 14 jobs: https://www.harborjobs.com/alerts/v/8812041

        You are receiving this alert because you subscribed at harborjobs.com.
        Unsubscribe: https://www.harborjobs.com/alerts/unsub?t=bXVuc3ViLTg4MTIwNDE
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef2f5">
        <table width="600" align="center" style="background:#fff" cellpadding="16"><tr><td>
        <h2 style="color:#0f4c81">14 new jobs for "logistics systems analyst" near Savannah, GA</h2>
        <div style="border-bottom:1px solid #e3e7eb;padding:8px 0"><a href="https://www.harborjobs.com/j/1"><b>Logistics Systems Analyst</b></a><br>
        Seaboard Chassis Pool &middot; Savannah, GA &middot; $78K&ndash;$92K<br>
        <span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px">Interviewing now</span> Easily apply</div>
        <div style="border-bottom:1px solid #e3e7eb;padding:8px 0"><a href="https://www.harborjobs.com/j/2"><b>WMS Analyst II</b></a><br>
        Coastal Plain Distribution &middot; Rincon, GA<br><span style="color:#c5221f;font-size:12px">Urgently hiring</span></div>
        <div style="border-bottom:1px solid #e3e7eb;padding:8px 0"><a href="https://www.harborjobs.com/j/3"><b>Supply Chain Systems Analyst (Hybrid)</b></a><br>
        Marsh Harbor Foods &middot; Charleston, SC<br>
        <span style="font-size:12px">Hiring event: Thursday, Sept 17, 10 AM &ndash; 2 PM, on-the-spot interviews!</span></div>
        <div style="padding:8px 0"><a href="https://www.harborjobs.com/j/4"><b>EDI Analyst</b></a><br>Palmyra Parts Supply &middot; Remote<br>Posted 2 days ago</div>
        <p><a href="https://www.harborjobs.com/alerts/v/8812041">See all 14 jobs</a></p>
        <p style="font-size:11px;color:#888">You are receiving this alert because you subscribed at harborjobs.com.
        <a href="https://www.harborjobs.com/alerts/unsub?t=bXVuc3ViLTg4MTIwNDE">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    when = "2026-09-14 06:05"
    hs = head(addr("HarborJobs Alerts", "alerts@mail.harborjobs.com"),
              '14 new jobs for "logistics systems analyst" near Savannah, GA',
              when, NY, "<alert.8812041.20260914100500@mail.harborjobs.com>",
              host="o1.mail.harborjobs.com", ip="167.89.60.1", ident="5QrS8tUv1W",
              extra=(("List-Unsubscribe", "<https://www.harborjobs.com/alerts/unsub?t=bXVuc3ViLTg4MTIwNDE>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(28), family="newsletter_tips", lang=LANG, interview=False, company=None,
      note="Substack newsletter post whose subject reads like a confirmation ('Your panel interview is on "
           "Tuesday at 10'); advice column, nothing scheduled")
def g28() -> bytes:
    body = t("""
        THE DOCK REPORT -- CAREERS EDITION
        Your panel interview is on Tuesday at 10. Now what?

        By Marisol Quintero

        You got the email. "Your panel interview is confirmed for Tuesday at 10:00 AM." Congratulations --
        now the real work starts. After two decades hiring planners and analysts for terminals from
        Norfolk to Houston, here's what I tell every candidate.

        1. Find out who's on the panel. Ask the coordinator for names and titles, then look them up.
           A terminal ops manager and an IT director want to hear different stories.

        2. Bring numbers. "Improved gate throughput" is forgettable. "Cut average truck turn time from
           71 to 52 minutes" is not.

        3. Prepare one failure story. Panels at ports love asking about the day the TOS went down.

        4. Confirm the time zone. If the port is in Houston and you're in Savannah, "10 o'clock" is
           not the same 10 o'clock. Ask.

        5. Send a thank-you note within 24 hours -- one to each panelist, not a group email.

        Next week: negotiating relocation packages when you're moving between port cities.

        --
        You're receiving this because you subscribed to The Dock Report.
        Unsubscribe https://thedockreport.substack.com/action/disable_email
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222;max-width:620px;margin:auto">
        <p style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:2px;color:#888">THE DOCK REPORT &mdash; CAREERS EDITION</p>
        <h1 style="font-size:30px">Your panel interview is on Tuesday at 10. Now what?</h1>
        <p style="color:#777">By Marisol Quintero</p>
        <p>You got the email. &ldquo;Your panel interview is confirmed for Tuesday at 10:00 AM.&rdquo; Congratulations &mdash;
        now the real work starts. After two decades hiring planners and analysts for terminals from Norfolk to Houston,
        here&rsquo;s what I tell every candidate.</p>
        <ol>
        <li><b>Find out who&rsquo;s on the panel.</b> Ask the coordinator for names and titles, then look them up.</li>
        <li><b>Bring numbers.</b> &ldquo;Cut average truck turn time from 71 to 52 minutes&rdquo; is not forgettable.</li>
        <li><b>Prepare one failure story.</b> Panels at ports love asking about the day the TOS went down.</li>
        <li><b>Confirm the time zone.</b> If the port is in Houston and you&rsquo;re in Savannah, &ldquo;10 o&rsquo;clock&rdquo; is not the same 10 o&rsquo;clock.</li>
        <li><b>Send a thank-you note within 24 hours.</b></li>
        </ol>
        <p>Next week: negotiating relocation packages when you&rsquo;re moving between port cities.</p>
        <p style="font-size:12px;color:#999"><a href="https://thedockreport.substack.com/action/disable_email">Unsubscribe</a></p>
        </body></html>
        """)
    when = "2026-10-20 07:00"
    hs = head(addr("The Dock Report", "thedockreport@substack.com"),
              "Your panel interview is on Tuesday at 10. Now what?",
              when, NY, "<20261020110003.3.a1b2c3d4e5f6a7b8@mg2.substack.com>",
              host="mg2.substack.com", ip="69.72.43.2", ident="6XyZ9aBc2D",
              extra=(("List-Id", "<thedockreport.substack.com>"),
                     ("List-Unsubscribe", "<https://thedockreport.substack.com/action/disable_email>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(29), family="softgarden_selfschedule", lang=LANG, interview=False,
      company="Hanseatic Reefer Logistics Inc.",
      note="softgarden self-scheduling invitation from the Charleston office of a Hamburg firm: 'please choose "
           "your appointment' among slots 16-20 Nov; no time fixed yet",
      days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")))
def g29() -> bytes:
    body = t("""
        Dear Mr. Brooks,

        Thank you for your application as Reefer Operations Systems Analyst at our Charleston office.
        We would like to get to know you in a video interview with our team in Charleston and our
        IT colleagues in Hamburg.

        Please choose your preferred appointment using the link below. Slots are available from
        Monday, November 16 to Friday, November 20, 2026 (times shown in your local time zone):

        https://hanseatic-reefer.softgarden.io/appointment/select?token=Q2hhcmxlc3Rvbi1SZWVmZXI

        Once you have selected a slot, you will receive a confirmation with the video link.

        Kind regards
        Katrin Vogel
        Recruiting | Hanseatic Reefer Logistics Inc.
        Charleston, SC / Hamburg

        This message was sent via softgarden e-recruiting.
        """)
    when = "2026-11-10 09:14"
    hs = head(addr("Hanseatic Reefer Logistics Inc.", "no-reply@softgarden.io"),
              "Invitation to a video interview - please choose your appointment",
              when, NY, "<sg-appt-77120393.20261110141400@softgarden.io>",
              host="mx-out2.softgarden.io", ip="185.86.176.42", ident="7EfG0hIj3K",
              extra=(("Reply-To", addr("Katrin Vogel", "k.vogel@hanseatic-reefer.com")),))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(30), family="recruiter_outreach", lang=LANG, interview=False, company="Palmetto Search Group",
      note="Agency outreach asking for a quick call 'this week'; no time fixed")
def g30() -> bytes:
    body = t("""
        Hi Darnell,

        I came across your profile and your work on gate automation and EDI integrations caught my eye.
        I'm partnering with a growing 3PL in the Charleston area that's building out a small systems team
        (WMS + TMS, a lot of carrier onboarding). Hybrid, 2 days on site, strong base + bonus.

        Would you be open to a quick 15-minute call this week to see if it's worth a deeper conversation?
        Just send me a couple of times that work, or grab something here:
        https://calendly.com/jholloway-palmetto/15min

        Best,
        Jenna Holloway
        Principal Recruiter, Supply Chain & Logistics
        Palmetto Search Group | Mount Pleasant, SC
        843-555-0121
        """)
    when = "2026-09-21 10:31"
    hs = head(addr("Jenna Holloway", "jholloway@palmettosearch.com"),
              "Systems role at a Charleston 3PL - quick chat?",
              when, NY, "<CAJ7vR2pQ8sN0wXk4bLh1mF6yZ3tEc9uDa5iGo@mail.gmail.com>",
              host="mail-ua1-f41.google.com", ip="209.85.222.41", ident="8LmN1oPq4R")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="human_proposal", lang=LANG, interview=False, company="Wiregrass Logistics",
      note="Alabama (Central) recruiter proposes 'Tuesday at 10 Central' or 'Wednesday at 2' and waits for the "
           "candidate's answer: interview proposed, not confirmed", days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")))
def g31() -> bytes:
    body = t("""
        Darnell,

        Thanks for sending over your availability. Our CIO, Lamar Whitt, would like to meet you by video
        before Thanksgiving. Would Tuesday at 10:00 Central (11:00 your time) work? If not, Wednesday
        at 2:00 Central is open too, though that's close to the holiday and folks may be heading out.

        Let me know which you prefer and I'll send a calendar invite with the Teams link.

        Thanks,
        Pete Sizemore
        Human Resources Manager
        Wiregrass Logistics | Dothan, AL
        334-555-0186
        """)
    when = "2026-11-19 14:25"
    hs = head(addr("Pete Sizemore", "psizemore@wiregrasslogistics.com"),
              "RE: Systems Analyst - interview with our CIO",
              when, CHI, "<BY5PR20MB4020A1B2C3D4E5F6A7B8C9D0E1F2A3B4@BY5PR20MB4020.namprd20.prod.outlook.com>",
              host="NAM10-BN7-obe.outbound.protection.outlook.com", ip="40.107.92.77", ident="9NoP2qRs5T",
              extra=(("Thread-Topic", "Systems Analyst - interview with our CIO"),
                     ("In-Reply-To", "<0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e@example.org>"),
                     ("References", "<0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e@example.org>")))
    return message(hs, text(body, cte="7bit"))


@mail(n(32), family="non_interview_appointment", lang=LANG, interview=False, company=None,
      note="Doctor's appointment reminder with a fixed time and an ICS; not an interview",
      days=(("Thu", "2026-09-24"),))
def g32() -> bytes:
    body = t("""
        Abercorn Family Medicine

        Hello Darnell,

        This is a reminder of your upcoming appointment:

        Provider:  Anjali Rao, MD
        Date:      Thursday, September 24, 2026
        Time:      9:15 AM
        Location:  Abercorn Family Medicine, 7100 Abercorn Ext, Suite 210, Savannah, GA 31406
        Visit:     Annual physical (fasting labs)

        Please arrive 15 minutes early and bring your insurance card. Do not eat or drink anything
        except water after midnight.

        To confirm, reply C. To cancel or reschedule, call (912) 555-0133 at least 24 hours ahead.

        This message was sent from an unmonitored address.
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PatientConnect//Reminders//EN\nMETHOD:PUBLISH\n" + \
        VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:appt-55120944@patientconnect-notify.com
        DTSTAMP:20260921T120000Z
        DTSTART;TZID=America/New_York:20260924T091500
        DTEND;TZID=America/New_York:20260924T100000
        SUMMARY:Appointment with Anjali Rao\\, MD
        LOCATION:Abercorn Family Medicine\\, 7100 Abercorn Ext\\, Suite 210\\, Savannah\\, GA
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-21 08:00"
    hs = head(addr("Abercorn Family Medicine", "no-reply@patientconnect-notify.com"),
              "Appointment reminder: Thu, Sep 24 at 9:15 AM",
              when, NY, "<reminder.55120944.20260921120000@patientconnect-notify.com>",
              host="smtp2.patientconnect-notify.com", ip="198.21.5.44", ident="0PqR3sTu6V")
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(33), family="non_interview_appointment", lang=LANG, interview=False, company=None,
      note="Car service appointment confirmation with a fixed time; not an interview",
      days=(("Sat", "2026-10-10"),))
def g33() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="100%" style="max-width:600px" cellpadding="12">
        <tr><td style="background:#b71c1c;color:#fff;font-size:20px;font-weight:bold">Victory Drive Auto Care</td></tr>
        <tr><td>
        <p>Hi Darnell,</p>
        <p>Your service appointment is <b>confirmed</b>.</p>
        <p><b>Date:</b> Saturday, October 10, 2026<br>
        <b>Drop-off time:</b> 8:00 AM<br>
        <b>Vehicle:</b> 2019 Toyota Tacoma (GA tag ending 4KM)<br>
        <b>Services:</b> 60,000 mile service, tire rotation, check A/C blowing warm</p>
        <p>Estimated completion: by 1:00 PM. We'll text you when your truck is ready. Shuttle service is
        available within 5 miles.</p>
        <p>Need to change your appointment? Call us at (912) 555-0170.</p>
        <p>Thanks for choosing Victory Drive Auto Care!<br>2400 E Victory Dr, Savannah, GA 31404</p>
        <p style="font-size:11px;color:#999">Sent via ShopLink Online Scheduling. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-10-06 17:48"
    hs = head(addr("Victory Drive Auto Care", "appointments@shoplink-mail.com"),
              "Appointment Confirmed - Sat, Oct 10 at 8:00 AM",
              when, NY, "<sl.appt.20261006214800.90331@shoplink-mail.com>",
              host="out4.shoplink-mail.com", ip="198.37.150.4", ident="1RsT4uVw7X")
    return message(hs, html(page))


@mail(n(34), family="job_centre", lang=LANG, interview=False, company=None,
      note="State reemployment office's mandatory RESEA appointment, called an 'eligibility interview', with a "
           "fixed date and time; an unemployment-office appointment, not a job interview",
      days=(("Thu", "2026-11-12"),))
def g34() -> bytes:
    body = t("""
        COASTAL GEORGIA WORKFORCE CENTER
        State Reemployment Services Office - Savannah

        Claimant: DARNELL BROOKS
        Claim ID: ****-**-7731

        NOTICE OF SCHEDULED APPOINTMENT

        You have been selected to participate in the Reemployment Services and Eligibility Assessment
        (RESEA) program. Your eligibility interview is scheduled as follows:

            Date:     Thursday, November 12, 2026
            Time:     9:30 AM
            Place:    Coastal Georgia Workforce Center, 5520 Abercorn St, Room 104, Savannah, GA

        Please bring: photo ID, your work search log for the last four weeks, and an updated resume.
        Participation is MANDATORY. Failure to attend may result in a delay or denial of benefits.

        If you have a job interview or have returned to work, call (912) 555-0102 before the
        appointment to reschedule.

        This is an automated notice. Do not reply to this e-mail.
        """)
    when = "2026-11-03 07:31"
    hs = head(addr("Coastal Georgia Workforce Center", "no-reply@workforce-notices.example.gov"),
              "RESEA appointment notice - action required",
              when, NY, "<resea.7731.20261103123100@workforce-notices.example.gov>",
              host="relay1.workforce-notices.example.gov", ip="192.0.2.41", ident="2StU5vWx8Y")
    return message(hs, text(body, cte="base64"))


@mail(n(35), family="press_interview", lang=LANG, interview=False, company=None,
      note="Local reporter confirms a phone interview 'Thursday at 2' for a story about the port; a press "
           "interview of the candidate, not a job interview", days=(("Thu", "2026-09-17"),))
def g35() -> bytes:
    body = t("""
        Hi Darnell,

        Thanks so much for agreeing to talk with me -- Pastor Reed said you were the person to ask about
        why trucks are stacking up on Highway 307. We're confirmed for Thursday at 2 by phone; I'll call
        your cell (the 912 number you sent). It should take 20 minutes or so.

        I'll mostly ask about the chassis shortage and the appointment system at the gates. Happy to keep
        your employer's name out of it if you prefer, just let me know.

        Thanks again,
        Tasha Merriweather
        Business Reporter, Coastal Courier
        tmerriweather@coastalcourier-news.com | 912-555-0115
        """)
    when = "2026-09-14 12:06"
    hs = head(addr("Tasha Merriweather", "tmerriweather@coastalcourier-news.com"),
              "Re: Interview for port congestion story",
              when, NY, "<CAHx2Rk7vB9pN3mYq5sL0wT8eJ1zU4cFa6dGi@mail.gmail.com>",
              host="mail-qk1-f175.google.com", ip="209.85.222.175", ident="3TuV6wXy9Z",
              extra=(("In-Reply-To", "<a7c1e3f5-2b4d-4e6f-8a0c-1d3e5f7a9b2c@example.org>"),
                     ("References", "<a7c1e3f5-2b4d-4e6f-8a0c-1d3e5f7a9b2c@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(36), family="podcast", lang=LANG, interview=False, company=None,
      note="Google Calendar invitation with ICS for a podcast recording where the candidate is the guest "
           "('interview-style conversation'); fixed time but not a job interview", days=(("Wed", "2026-09-30"),))
def g36() -> bytes:
    desc = ("Thanks for coming on Dockside Data! It's a relaxed interview-style conversation about yard "
            "planning data and what breaks when a vessel shows up 36 hours late. We record on Riverside: "
            "https://riverside.fm/studio/dockside-data - headphones please.")
    desc_ics = desc.replace(",", "\\,")
    body = t(f"""
        You have been invited to the following event.

        Dockside Data podcast - recording with Darnell Brooks
        When
        Wednesday Sep 30, 2026 6pm - 7pm (Eastern Time - New York)

        Organizer
        Corey Lindahl
        corey@docksidedata.fm

        {desc}

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t(f"""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260930T180000
        DTEND;TZID=America/New_York:20260930T190000
        DTSTAMP:20260922T150318Z
        ORGANIZER;CN=Corey Lindahl:mailto:corey@docksidedata.fm
        UID:5kq2p8r1dockside0930@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.brooks@example.org:mailto:darnell.brooks@example.org
        DESCRIPTION:{desc_ics}
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Dockside Data podcast - recording with Darnell Brooks
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-22 11:03"
    hs = head(addr("Corey Lindahl", "corey@docksidedata.fm"),
              "Invitation: Dockside Data podcast - recording with Darnell Brooks @ Wed Sep 30, 2026 6pm - 7pm "
              "(EDT) (darnell.brooks@example.org)",
              when, NY, "<calendar-2e4f6a8c-0b1d-4f3e-a5c7-9e1b3d5f7a90@google.com>",
              host="mail-sor-f41.google.com", ip="209.85.220.41", ident="4UvW7xYz0A",
              extra=(("Reply-To", addr("Corey Lindahl", "corey@docksidedata.fm")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(37), family="admission_interview", lang=LANG, interview=False, company=None,
      note="Executive MBA admissions interview confirmed for a fixed time: a school admission interview, not "
           "a job interview", days=(("Fri", "2026-10-16"),))
def g37() -> bytes:
    body = t("""
        Dear Darnell,

        Thank you for scheduling your admissions interview for the Executive MBA program at the
        Marsh College of Business, Ogeechee State University.

        Interview: Friday, October 16, 2026 at 4:00 PM Eastern
        Format: Zoom (link below), 30 minutes
        Interviewer: Simone Achebe, Associate Director of Graduate Admissions

        https://ogeechee.zoom.us/j/81240066173

        Please have your resume handy; the conversation focuses on your professional goals and why the
        EMBA program is a good fit now. You do not need to prepare a presentation.

        Your application for the Spring 2027 cohort is otherwise complete. Decisions are released on a
        rolling basis within three weeks of the interview.

        Best regards,
        Office of Graduate Admissions
        Marsh College of Business | Ogeechee State University
        """)
    page = "<html><body style=\"font-family:Georgia,serif;font-size:15px;color:#1b1b1b\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    when = "2026-10-09 13:20"
    hs = head(addr("Marsh College of Business Admissions", "gradadmissions@ogeechee.edu"),
              "Your EMBA admissions interview is confirmed",
              when, NY, "<slate.5b8a1e0c-3d2f-4a6b-9c7e-0f1a2b3c4d5e@ogeechee.edu>",
              host="mta-02.technolutions.net", ip="52.21.98.2", ident="5VwX8yZa1B",
              extra=(("X-Mailer", "Slate"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(38), family="sports_tryout", lang=LANG, interview=False, company=None,
      note="Rugby club try-out confirmation via TeamSnap with a fixed time; not a job interview",
      days=(("Sat", "2026-09-12"),))
def g38() -> bytes:
    body = t("""
        Savannah Shamrocks RFC - Fall Try-outs

        Hi Darnell,

        You're confirmed for men's D2 fall try-outs:

          Saturday, September 12, 2026
          Check-in 8:30 AM, on the pitch at 9:00 AM sharp
          Bluff Road Athletic Fields, Pitch 3

        Bring boots, a mouthguard, water and the signed waiver (attached to your TeamSnap profile).
        Coach Fitzgerald will run fitness first, then skills, then a short scrimmage. We'll post the
        squad list on Tuesday.

        Up the Shamrocks!
        Declan Murphy, Club Secretary

        --
        Sent via TeamSnap. Manage notification settings in the app.
        """)
    when = "2026-09-07 20:15"
    hs = head(addr("Savannah Shamrocks RFC via TeamSnap", "notifications@teamsnap.com"),
              "You're confirmed: Fall Try-outs - Sat 9/12",
              when, NY, "<teamsnap.msg.4410823.20260908001500@teamsnap.com>",
              host="o33.ptr.teamsnap.com", ip="167.89.88.33", ident="6WxY9zAb2C",
              extra=(("Reply-To", addr("Declan Murphy", "secretary@savannahshamrocks.example.com")),))
    return message(hs, text(body, cte="7bit"))


@mail(n(39), family="mock_interview", lang=LANG, interview=False, company=None,
      note="Calendly confirmation of a paid mock panel interview with a career coach: same layout and ICS as a "
           "real screening booking, but it is coaching, not a job interview", days=(("Wed", "2026-10-21"),))
def g39() -> bytes:
    body = t("""
        Hi Darnell Brooks,

        A new event has been scheduled.

        Event Type:
        Mock Panel Interview (60 min)

        Invitee:
        Darnell Brooks

        Event Date/Time:
        07:00pm - 08:00pm, Wednesday, October 21, 2026 (Eastern Time - US & Canada)

        Location:
        Zoom - link will be emailed 24 hours before the session.

        Questions:
        What role are you preparing for? Second-round panel, systems analyst at a hospital supply chain team.

        Host:
        Keisha Lawrence, Lawrence Career Coaching

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09
        Reschedule: https://calendly.com/reschedulings/4d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09@calendly.com
        DTSTAMP:20261016T011244Z
        DTSTART:20261021T230000Z
        DTEND:20261022T000000Z
        SUMMARY:Mock Panel Interview between Keisha Lawrence and Darnell Brooks
        ORGANIZER;CN=Keisha Lawrence:mailto:keisha@lawrencecareercoaching.com
        ATTENDEE;CN=Darnell Brooks;RSVP=TRUE:mailto:darnell.brooks@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-15 21:12"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Mock Panel Interview (60 min) with Keisha Lawrence on Wednesday, October 21, 2026",
              when, NY, "<0100019f8e7d6c5b-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>",
              host="a8-32.smtp-out.amazonses.com", ip="54.240.8.32", ident="7XyZ0aBc3D",
              extra=(("Reply-To", addr("Keisha Lawrence", "keisha@lawrencecareercoaching.com")),))
    return message(hs, mixed(text(body),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(40), family="interviewer_invite", lang=LANG, interview=False, company=None,
      note="Exchange meeting request at the candidate's current employer (auto-forwarded from his work address): "
           "he is on the PANEL interviewing someone else; fixed time, but not his job interview",
      days=(("Thu", "2026-09-10"),))
def g40() -> bytes:
    body = t("""
        When: Thursday, September 10, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: CEFS Bay Street - Conf Rm Tybee

        Hi Darnell and Mei,

        Thanks for agreeing to sit on the panel for Priya Shah, candidate for the Jr. Data Analyst
        opening on your team. Her resume and the scorecard are in the Greenhouse interview kit; please
        submit feedback by end of day Friday.

        Darnell - please cover SQL and the EDI troubleshooting scenario. Mei - culture and communication.

        Thanks!
        Brenda Tillman
        HR Generalist | Coastal Empire Freight Systems
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Tillman, Brenda":mailto:btillman@coastalempirefreight.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brooks, Darnell":mailto:dbrooks@coastalempirefreight.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chu, Mei":mailto:mchu@coastalempirefreight.com
        UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B43CDD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=en-US:Interview: Priya Shah - Jr. Data Analyst (Panel: D. Brooks\\, M. Chu)
        DTSTART;TZID=Eastern Standard Time:20260910T130000
        DTEND;TZID=Eastern Standard Time:20260910T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260904T182210Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:CEFS Bay Street - Conf Rm Tybee
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-04 14:22"
    hs = head(addr("Tillman, Brenda", "btillman@coastalempirefreight.com"),
              "Interview: Priya Shah - Jr. Data Analyst (Panel: D. Brooks, M. Chu)",
              when, NY, "<MW4PR16MB5512A0B1C2D3E4F5061728394A5B6C7D@MW4PR16MB5512.namprd16.prod.outlook.com>",
              host="NAM11-DM6-obe.outbound.protection.outlook.com", ip="40.107.223.120", ident="8YzA1bCd4E",
              to=", ".join([addr("Brooks, Darnell", "dbrooks@coastalempirefreight.com"),
                            addr("Chu, Mei", "mchu@coastalempirefreight.com")]),
              pre=(("Delivered-To", ME), ("X-Forwarded-To", ME),
                   ("X-Forwarded-For", f"dbrooks@coastalempirefreight.com {ME}")),
              extra=(("Thread-Topic", "Interview: Priya Shah - Jr. Data Analyst (Panel: D. Brooks, M. Chu)"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(41), family="forwarded_other", lang=LANG, interview=False, company=None,
      note="Cousin forwards HIS OWN confirmed warehouse-supervisor interview (Mon 28 Sep 9-10 AM EDT) asking for "
           "tips: a real confirmation, but for someone else", days=(("Mon", "2026-09-28"),))
def g41() -> bytes:
    body = t("""
        Cuz!! I got the interview. Monday morning. Any tips?? What do I even wear to a warehouse
        interview lol. Call me this weekend if u can

        J

        ---------- Forwarded message ---------
        From: Sandhill Logistics <no-reply@us.greenhouse-mail.io>
        Date: Tue, Sep 22, 2026 at 3:02 PM
        Subject: Interview Confirmation: Warehouse Supervisor (2nd shift) at Sandhill Logistics
        To: Jalen Brooks <jalen.brooks@example.net>

        Hi Jalen,

        Your interview for Warehouse Supervisor (2nd shift) at Sandhill Logistics is confirmed.

        When: Monday, September 28th, 2026, 9:00 AM - 10:00 AM EDT
        Where: Sandhill Logistics DC, 880 Commerce Park Dr, Pooler, GA 31322

        You'll meet with Travis Odum, Site Manager.

        Best,
        Kendra Fails
        Recruiting Coordinator, Sandhill Logistics
        """)
    when = "2026-09-23 21:40"
    hs = head(addr("Jalen Brooks", "jalen.brooks@example.net"),
              "Fwd: Interview Confirmation: Warehouse Supervisor (2nd shift) at Sandhill Logistics",
              when, NY, "<CAB3nX9qLw1Rt7pZy4Vd0sK2mE8hJf6cUa5oGi@mail.gmail.com>",
              host="mail-lf1-f54.google.com", ip="209.85.167.54", ident="9ZaB2cDe5F")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="auto_reply", lang=LANG, interview=False, company="Tybee Harbor Terminals",
      note="Outlook out-of-office auto-reply from the Tybee recruiter to the candidate's thank-you note (thread "
           "with keys 1 and 24); dates of absence only", days=(("Wed", "2026-09-16"), ("Fri", "2026-09-18")))
def g42() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office Wednesday, September 16 through Friday,
        September 18 at a campus recruiting event with limited access to email. I will respond when I
        return on Monday.

        For urgent interview scheduling matters, please contact recruiting@tybeeharbor.com.

        Alyssa Kim
        Talent Acquisition Partner, Tybee Harbor Terminals
        """)
    when = "2026-09-15 19:02"
    hs = head(addr("Alyssa Kim", "alyssa.kim@tybeeharbor.com"),
              "Automatic reply: Thank you - Systems Analyst interview",
              when, NY, "<SJ0PR13MB5888E2F3A4B5C6D7E8F9A0B1C2D3E4F5@SJ0PR13MB5888.namprd13.prod.outlook.com>",
              host="NAM12-DM6-obe.outbound.protection.outlook.com", ip="40.107.243.55", ident="0aBc3DeF6G",
              extra=(("In-Reply-To", "<7E5D4C3B-2A19-4F08-9E7D-6C5B4A392817@example.org>"),
                     ("References", "<7E5D4C3B-2A19-4F08-9E7D-6C5B4A392817@example.org>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "alyssa.kim@tybeeharbor.com")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(43), family="bounce", lang=LANG, interview=False, company=None,
      note="Postfix bounce (multipart/report) of the candidate's thank-you note to a mistyped address at "
           "St. Johns Intermodal after the 29 Sep interview; the returned message mentions the interview, no "
           "new one is confirmed", days=(("Tue", "2026-09-29"),))
def g43() -> bytes:
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Ray Castellanos", "ray.castelanos@stjohnsintermodal.com")),
        ("Subject", "Thank you - Terminal Systems Analyst interview"),
        ("Date", date("2026-09-29 19:12", NY)),
        ("Message-ID", "<3C2B1A09-8F7E-4D6C-B5A4-93827160F5E4@example.org>"),
    ], text(t("""
        Hi Ray,

        Thank you for taking the time to meet with me this afternoon, and please pass my thanks on to
        Deb as well. Seeing the gate system in action made the role really concrete for me, and I'm
        excited about the chance to help with the OCR rollout.

        Best regards,
        Darnell Brooks
        912-555-0144
        """), cte="7bit"))
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <ray.castelanos@stjohnsintermodal.com>: host
            stjohnsintermodal-com.mail.protection.outlook.com[52.101.40.12] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4F2A81C03B
        X-Postfix-Sender: rfc822; darnell.brooks@example.org
        Arrival-Date: Tue, 29 Sep 2026 23:12:01 +0000 (UTC)

        Final-Recipient: rfc822; ray.castelanos@stjohnsintermodal.com
        Original-Recipient: rfc822;ray.castelanos@stjohnsintermodal.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; stjohnsintermodal-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_rfc822(original),
                       params="report-type=delivery-status")
    when = "2026-09-29 19:12"
    hs = [
        ("Return-Path", "<>"),
        ("Received", "by mx.example.org (Postfix)\r\n id 7A3E91C0F2; " + date("2026-09-29 19:12", NY)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, NY)),
        ("Message-ID", "<20260929231203.7A3E91C0F2@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


def raw_rfc822(msg: bytes):
    p = attached_message(msg)
    p.headers = [("Content-Description", "Undelivered Message"), *p.headers]
    return p


@mail(n(44), family="work_event", lang=LANG, interview=False, company=None,
      note="Team event at the candidate's current employer (auto-forwarded Outlook invite, fixed time); not "
           "an interview", days=(("Fri", "2026-10-02"),))
def g44() -> bytes:
    body = t("""
        When: Friday, October 2, 2026 4:30 PM-7:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Bay Street warehouse - north dock

        Y'all -- we made it through peak season planning! Q3 wrap-up Lowcountry boil on the north dock
        Friday. Shrimp, sausage, corn, potatoes, and a cornhole bracket (IT vs. Dispatch, loser cleans
        up). Families welcome. Please RSVP so Tonya can order enough shrimp.

        Marcus Delaney
        VP, Operations | Coastal Empire Freight Systems
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN="Delaney, Marcus":mailto:mdelaney@coastalempirefreight.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=CEFS Savannah All:mailto:savannah-all@coastalempirefreight.com
        UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A846DD0100000000000000001000000011223344556677889900AABBCCDDEEFF
        SUMMARY;LANGUAGE=en-US:Q3 Wrap-Up Lowcountry Boil
        DTSTART;TZID=Eastern Standard Time:20261002T163000
        DTEND;TZID=Eastern Standard Time:20261002T190000
        CLASS:PUBLIC
        DTSTAMP:20260925T143015Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Bay Street warehouse - north dock
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-25 10:30"
    hs = head(addr("Delaney, Marcus", "mdelaney@coastalempirefreight.com"),
              "Q3 Wrap-Up Lowcountry Boil",
              when, NY, "<MW4PR16MB5512F1E2D3C4B5A6978877665544AABB@MW4PR16MB5512.namprd16.prod.outlook.com>",
              host="NAM11-DM6-obe.outbound.protection.outlook.com", ip="40.107.223.121", ident="1bCd4EfG7H",
              to=addr("CEFS Savannah All", "savannah-all@coastalempirefreight.com"),
              pre=(("Delivered-To", ME), ("X-Forwarded-To", ME),
                   ("X-Forwarded-For", f"dbrooks@coastalempirefreight.com {ME}")),
              extra=(("Content-Language", "en-US"),))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(45), family="parent_teacher", lang=LANG, interview=False, company=None,
      note="Parent-teacher conference confirmation with a fixed time (RFC 2047 subject); not an interview",
      days=(("Tue", "2026-10-20"),))
def g45() -> bytes:
    body = t("""
        Live Oak Elementary School

        Conference confirmed ✔

        Parent: Darnell Brooks
        Student: Zoe Brooks (Grade 2, Room 118)
        Teacher: Ms. Renata Duval
        When: Tuesday, October 20, 2026, 3:45 PM – 4:00 PM
        Where: Room 118 (sign in at the front office)

        Ms. Duval writes: "Looking forward to talking about Zoe's reading progress — she's doing great!"

        Need to change your slot? Open the ParentSquare app > Sign-ups > Fall Conferences.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:15px\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    when = "2026-10-13 18:10"
    hs = head(addr("Live Oak Elementary", "donotreply@parentsquare.com"),
              "Conference confirmed ✔ Tue 10/20 3:45 PM – Ms. Duval",
              when, NY, "<ps.signup.2201934.20261013221000@parentsquare.com>",
              host="o5.email.parentsquare.com", ip="167.89.77.5", ident="2cDe5FgH8I")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(46), family="non_interview_appointment", lang=LANG, interview=False, company=None,
      note="Moving company's in-home estimate visit with a fixed arrival window (after the Jacksonville offer); "
           "not an interview", days=(("Sat", "2026-12-19"),))
def g46() -> bytes:
    body = t("""
        Hello Darnell,

        Thank you for choosing Two Rivers Moving & Storage! Your free in-home estimate is confirmed.

        Date: Saturday, December 19, 2026
        Arrival window: 10:00 AM - 12:00 PM
        Address: 318 E 54th St, Savannah, GA 31405
        Estimator: Rick Salas

        Rick will walk through each room to build an accurate inventory for your move to Jacksonville,
        FL. Please point out anything that won't be moving, and any items needing crating (TVs, art,
        glass tops). The visit usually takes 30-45 minutes.

        Questions? Call our Savannah office at 912-555-0193.

        Two Rivers Moving & Storage
        USDOT 3108472
        """)
    when = "2026-12-15 12:44"
    hs = head(addr("Two Rivers Moving & Storage", "estimates@tworiversmoving.example.com"),
              "Your in-home estimate is confirmed - Sat 12/19",
              when, NY, "<est-2026-48811@tworiversmoving.example.com>",
              host="smtp.tworiversmoving.example.com", ip="198.51.100.77", ident="3dEf6GhI9J")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(47), family="webinar", lang=LANG, interview=False, company=None,
      note="Zoom webinar registration about interviewing for port-tech roles, with a fixed time and ICS; a "
           "webinar, not an interview", days=(("Thu", "2026-11-05"),))
def g47() -> bytes:
    body = t("""
        Hi Darnell,

        Thank you for registering for "Interviewing for Port Tech Roles: What Hiring Managers Want".

        Please submit any questions to: cplp-events@cplp.example.org

        Date Time: Nov 5, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86620119043?tk=ZXhhbXBsZS10b2tlbg

        Panelists: hiring managers from three East Coast terminal operators and one 3PL, moderated by
        the Council of Port Logistics Professionals careers committee.

        Add to calendar: Outlook(.ics) | Google Calendar | Yahoo Calendar

        You can cancel your registration at any time.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261028T160020Z
        DTSTART:20261105T170000Z
        DTEND:20261105T180000Z
        SUMMARY:Interviewing for Port Tech Roles: What Hiring Managers Want
        UID:20261028T160020Z-86620119043@zoom.us
        LOCATION:https://us06web.zoom.us/w/86620119043?tk=ZXhhbXBsZS10b2tlbg
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-28 12:00"
    hs = head(addr("CPLP Webinars", "no-reply@zoom.us"),
              "Interviewing for Port Tech Roles: What Hiring Managers Want — Confirmation",
              when, NY, "<zoom.webinar.86620119043.reg.3300145@zoom.us>",
              host="smtpout.zoom.us", ip="170.114.10.75", ident="4eFg7HiJ0K",
              extra=(("Reply-To", "cplp-events@cplp.example.org"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(48), family="ms_bookings_bank", lang=LANG, interview=False, company=None,
      note="Credit union Microsoft Bookings confirmation for a 401(k) rollover consultation after the "
           "candidate's layoff; same Bookings layout as a positive, but a bank advisor meeting",
      days=(("Fri", "2026-11-13"),))
def g48() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:24px;font-weight:600;padding:12px 0">Your booking is confirmed</div>
        <div>Tidewater FCU – Financial Wellness</div>
        <hr style="border:none;border-top:1px solid #edebe9">
        <div style="font-size:16px;font-weight:600">Retirement rollover consultation</div>
        <div>Friday, November 13, 2026</div>
        <div>11:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</div>
        <div>Duration: 45 minutes</div>
        <div>Staff: Marcus Bell, CFP&reg;</div>
        <div>Location: Abercorn Branch, 6800 Abercorn St, Savannah</div>
        <p>We'll review options for rolling over your Coastal Empire Freight Systems 401(k) after your separation,
        plus COBRA vs. marketplace coverage. Please bring your most recent plan statement.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/FinancialWellness@tidewaterfcu.example.org/bookings/">Manage booking</a></p>
        </body></html>
        """)
    when = "2026-11-06 09:41"
    hs = head(addr("Tidewater FCU – Financial Wellness", "FinancialWellness@tidewaterfcu.example.org"),
              "Booking confirmed: Retirement rollover consultation",
              when, NY, "<CH3PR10MB7744A1B2C3D4E5F6A7B8C9D0E1F2A3B4@CH3PR10MB7744.namprd10.prod.outlook.com>",
              host="NAM02-BN1-obe.outbound.protection.outlook.com", ip="40.107.212.66", ident="5fGh8IjK1L")
    return message(hs, html(page))


@mail(n(49), family="alumni_interviewer", lang=LANG, interview=False, company=None,
      note="College alumni-interview program confirms the time the candidate, as an alum volunteer, INTERVIEWS a "
           "high-school applicant; fixed time, but he is the interviewer and it is not a job",
      days=(("Sun", "2026-11-15"),))
def g49() -> bytes:
    body = t("""
        Dear Darnell,

        Thank you for volunteering with the Hollis College Alumni Interview Program this year!

        Your interview with applicant Maya Chen (Early Decision, Class of 2031) is confirmed:

            Sunday, November 15, 2026 at 2:00 PM
            Foxglove Coffee, 1112 Bull Street, Savannah

        Maya is a senior at Windsor Forest High School interested in economics and environmental
        science. Please submit your interview report through the Alumni Interviewer Portal within 48
        hours of meeting her. As a reminder, alumni interviewers should not discuss their own admission
        decisions or make predictions about an applicant's chances.

        With gratitude,
        Lorraine Petit-Frère
        Coordinator, Alumni Interview Program
        Hollis College Office of Admission
        """)
    when = "2026-11-08 15:22"
    hs = head(addr("Hollis College Office of Admission", "alumniinterviews@hollis.example.edu"),
              "Alumni interview confirmed – Maya Chen, Sun 11/15",
              when, NY, "<aip.20261108202200.0x7f3c@hollis.example.edu>",
              host="mail.hollis.example.edu", ip="198.51.100.140", ident="6gHi9JkL2M")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(50), family="recruitee_rejection", lang=LANG, interview=False, company="Wolf River Distribution",
      note="Recruitee rejection after the 4 Nov interview (thread with key 11); past date only",
      days=(("Wed", "2026-11-04"),))
def g50() -> bytes:
    body = t("""
        Hi Darnell,

        Thank you for interviewing with us on Wednesday, November 4 for the Inventory Systems Analyst
        position, and for your patience while we finished our process.

        Hal and the team appreciated your time. We've decided to move forward with a candidate who is
        based in Memphis, since the role turned out to need more on-site time at our Lamar Avenue DC
        than we first expected.

        We'd be happy to hear from you again for future remote openings.

        All the best,
        Brandi Luttrell
        Talent Acquisition Specialist
        Wolf River Distribution
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + \
        "<p style=\"font-size:11px;color:#999\">Sent with Recruitee</p></body></html>\n"
    when = "2026-12-01 10:15"
    hs = head(addr("Wolf River Distribution", "no-reply@recruitee.com"),
              "Update on your application - Inventory Systems Analyst",
              when, CHI, "<recruitee.offer.1180442.candidate.20261201161500@recruitee.com>",
              host="mail-out.recruitee.com", ip="185.48.10.18", ident="7hIj0KlM3N",
              extra=(("Reply-To", addr("Brandi Luttrell", "bluttrell@wolfriverdist.com")),))
    return message(hs, alt(text(body), html(page)))
