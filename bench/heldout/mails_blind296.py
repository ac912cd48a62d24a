"""blind296: a blind 50-mail held-out set, the inbox of Tessa Morrow, brewery operations coordinator in
Asheville, North Carolina (America/New_York), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the held-out README's
introduction and its Mix / Label conventions / Traps / Judgement calls sections, the dev corpus README,
dev/labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its tests or
fixtures, bench/detect.py, bench/fuzz.py, any other mails_*.py or held-out set, and never ran the
detector. Each mail below is one function, written by hand; make.py only does the MIME plumbing.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives.

    python3 bench/heldout/make_blind.py blind296
"""

from __future__ import annotations

import hashlib
import random

import make
from make import addr, alt, attached_message, calendar, date, enc, gmail_html, html, message, mixed, t, text

SET = "blind296"
ORDER = random.Random(2960296).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


NY = "America/New_York"
DEN = "America/Denver"
LA = "America/Los_Angeles"
STO = "Europe/Stockholm"
ME = addr("Tessa Morrow", "tessa.morrow@example.org")
ME_ADDR = "tessa.morrow@example.org"


def mid(seed: str, domain: str) -> str:
    """A stable Message-ID: a hex token from the seed, at the sending system's domain."""
    h = hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()
    return f"<{h[:24]}@{domain}>"


def rcvd(host: str, ip: str, when: str, zone: str, seed: str) -> tuple[str, str]:
    h = hashlib.sha256(seed.encode(), usedforsecurity=False).hexdigest()[:12]
    return ("Received", make.received(f"from {host} ({host} [{ip}])", when, zone,
                                      f"mx.example.org with ESMTPS id {h}", ME_ADDR))


def head(frm: str, subject: str, when: str, zone: str, msg_id: str, *extra: tuple[str, str],
         to: str = ME, delivered: bool = True, received: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if delivered:
        hs.append(("Delivered-To", ME_ADDR))
    if received:
        hs.append(received)
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", msg_id)]
    hs += list(extra)
    return hs


VTZ_MOUNTAIN_WIN = """BEGIN:VTIMEZONE
TZID:Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
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


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T14:00:00Z", end="2026-09-15T14:45:00Z",
           contact="dana.whitfield@copperkettleprovisions.com", company="Copper Kettle Provisions",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=NY,
           note="Greenhouse confirmation sent from a no-reply relay; 10:00-10:45 AM EDT (Charlotte, Eastern; "
                "September so UTC-4). Contact = the recruiter in Reply-To.")
def copper_kettle_confirm() -> bytes:
    body = t("""
        Hi Tessa,

        Thanks for making time to talk with us! Your interview for the Production Planning
        Coordinator role at Copper Kettle Provisions is confirmed:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Format: Video call (Zoom)
        Interviewer: Dana Whitfield, Talent Acquisition Partner

        Join Zoom: https://copperkettle.zoom.us/j/84120937761?pwd=Qk1hY3lzT0pTWm9rNnd3

        This first conversation is a chance for us to learn more about your background in
        production scheduling and for you to ask us anything about our Charlotte plant. If
        anything changes on your end, just reply to this email and it will reach Dana.

        Best,
        The Copper Kettle Provisions Recruiting Team

        Powered by Greenhouse
        """)
    html_body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Tessa,</p>
        <p>Thanks for making time to talk with us! Your interview for the <strong>Production Planning
        Coordinator</strong> role at Copper Kettle Provisions is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Format:</b></td><td>Video call (Zoom)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Dana Whitfield, Talent Acquisition Partner</td></tr>
        </table>
        <p><a href="https://copperkettle.zoom.us/j/84120937761?pwd=Qk1hY3lzT0pTWm9rNnd3">Join Zoom</a></p>
        <p>This first conversation is a chance for us to learn more about your background in production
        scheduling and for you to ask us anything about our Charlotte plant. If anything changes on your
        end, just reply to this email and it will reach Dana.</p>
        <p>Best,<br>The Copper Kettle Provisions Recruiting Team</p>
        <p style="color:#8a8a8a;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    hs = head("Copper Kettle Provisions <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Production Planning Coordinator at Copper Kettle Provisions",
              "2026-09-09 14:12:37", NY, mid("ck-confirm-1", "us.greenhouse-mail.io"),
              ("Reply-To", "Dana Whitfield <dana.whitfield@copperkettleprovisions.com>"),
              received=rcvd("o1.us.greenhouse-mail.io", "167.89.41.12", "2026-09-09 14:12:37", NY, "ck1"))
    return message(hs, alt(text(body), html(html_body)))


@make.mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-09-17T18:30:00Z", end="2026-09-17T19:00:00Z",
           contact="marcus.bell@ridgebackgear.com", company="Ridgeback Gear",
           local="Thu 2026-09-17 14:30", local_end="2026-09-17 15:00", zone=NY,
           note="Lever phone-screen confirmation for a Knoxville (Eastern) employer, 2:30-3:00 PM EDT; the ICS "
                "carries UTC times. Contact = Reply-To recruiter.")
def ridgeback_lever() -> bytes:
    body = t("""
        Hi Tessa,

        You're all set! Here are the details for your upcoming phone interview with Ridgeback Gear.

        Operations Coordinator - Knoxville, TN
        Thursday, September 17, 2026
        2:30 PM - 3:00 PM (Eastern Time)

        Marcus Bell will call you at the number on your application (828-555-0147).

        Need to make a change? Reply to this email and let Marcus know.

        Cheers,
        Ridgeback Gear Talent Team
        """)
    html_body = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:560px">
        <p>Hi Tessa,</p>
        <p>You're all set! Here are the details for your upcoming phone interview with Ridgeback Gear.</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:12px">
        <div style="font-weight:600">Operations Coordinator - Knoxville, TN</div>
        <div>Thursday, September 17, 2026</div>
        <div>2:30 PM - 3:00 PM (Eastern Time)</div>
        </div>
        <p>Marcus Bell will call you at the number on your application (828-555-0147).</p>
        <p>Need to make a change? Reply to this email and let Marcus know.</p>
        <p>Cheers,<br>Ridgeback Gear Talent Team</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-5c1e0f7a-2b8d-4d1e-9f3a-ridgeback
        DTSTAMP:20260911T153012Z
        DTSTART:20260917T183000Z
        DTEND:20260917T190000Z
        SUMMARY:Phone Interview: Tessa Morrow <> Ridgeback Gear
        DESCRIPTION:Marcus Bell will call you at 828-555-0147.
        ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@ridgebackgear.com
        ATTENDEE;CN=Tessa Morrow;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tessa.morrow@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Ridgeback Gear <no-reply@hire.lever.co>",
              "Your interview with Ridgeback Gear is confirmed",
              "2026-09-11 11:30:12", NY, mid("ridgeback-lever", "hire.lever.co"),
              ("Reply-To", "Marcus Bell <marcus.bell@ridgebackgear.com>"))
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T13:00:00Z", end="2026-10-07T14:00:00Z",
           contact="keisha.porter@piedmontbev.com", company="Piedmont Beverage Distributors",
           local="Wed 2026-10-07 09:00", local_end="2026-10-07 10:00", zone=NY,
           note="Workday HTML-only (base64) interview notice, US date 10/07/2026 9:00-10:00 AM EDT at the Charlotte "
                "warehouse. From is the tenant's Workday mailbox; contact = coordinator address in the body.")
def piedmont_workday() -> bytes:
    html_body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd5.myworkdaycdn.com/piedmontbev/logo.png" alt="Piedmont Beverage Distributors" width="180">
        <p>Dear Tessa Morrow,</p>
        <p>Thank you for your interest in the <b>Warehouse Operations Supervisor (R-10482)</b> position. We are pleased
        to invite you to an in-person interview.</p>
        <p><b>Interview Date:</b> 10/07/2026<br>
        <b>Interview Time:</b> 9:00 AM - 10:00 AM EDT<br>
        <b>Location:</b> 4100 Westinghouse Blvd, Charlotte, NC 28273 (check in at the main lobby)<br>
        <b>Interviewers:</b> Greg Tillman, Director of Warehouse Operations; Keisha Porter, Recruiter</p>
        <p>Please bring a photo ID for the visitor badge and wear closed-toe shoes; part of the visit is a walk
        through the cooler and the loading dock.</p>
        <p>If you need to reschedule, please contact Keisha Porter at
        <a href="mailto:keisha.porter@piedmontbev.com">keisha.porter@piedmontbev.com</a> or 704-555-0183.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Piedmont Beverage Distributors</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. To view your application,
        sign in to the <a href="https://wd5.myworkdaysite.com/recruiting/piedmontbev/Careers">candidate home page</a>.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Piedmont Beverage Distributors <piedmontbev@myworkday.com>",
              "Interview Scheduled - Warehouse Operations Supervisor",
              "2026-09-29 16:04:51", NY, mid("piedmont-wd-iv", "myworkday.com"),
              received=rcvd("mail-out.myworkday.com", "209.177.165.40", "2026-09-29 16:04:51", NY, "pbd"))
    return message(hs, html(html_body, cte="base64"))


@make.mail(N(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T18:00:00Z", end="2026-09-23T18:45:00Z",
           contact="jonah.feld@hopline.io", company="Hopline",
           local="Wed 2026-09-23 11:00", local_end="2026-09-23 11:45", zone=LA,
           note="Ashby confirmation from a Portland-based remote company; time written 11:00-11:45 AM PDT "
                "(= 2:00 PM EDT for the candidate); ICS TZID America/Los_Angeles. Contact = Reply-To.")
def hopline_ashby() -> bytes:
    body = t("""
        Hi Tessa,

        Your interview is confirmed. We're looking forward to speaking with you!

        Customer Operations Specialist (Remote, US)
        Wednesday, September 23, 2026, 11:00 AM - 11:45 AM PDT
        Google Meet: https://meet.google.com/hpl-wqxr-tzm

        You'll meet with:
          Jonah Feld - Head of Customer Operations

        Questions? Just reply and it will reach Jonah Feld.

        Thanks,
        Hopline Recruiting
        """)
    html_body = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tessa,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Customer Operations Specialist (Remote, US)</strong><br>
        Wednesday, September 23, 2026, 11:00 AM &ndash; 11:45 AM PDT<br>
        Google Meet: <a href="https://meet.google.com/hpl-wqxr-tzm">meet.google.com/hpl-wqxr-tzm</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Jonah Feld &mdash; Head of Customer Operations</p>
        <p>Questions? Just reply and it will reach Jonah Feld.</p>
        <p>Thanks,<br>Hopline Recruiting</p>
        </body></html>
        """)
    ics = VTZ_LA.join(["BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
                       "METHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:1c0d8e52-77a4-4b09-8d61-3e7f2a9b40c5
        DTSTAMP:20260917T201544Z
        DTSTART;TZID=America/Los_Angeles:20260923T110000
        DTEND;TZID=America/Los_Angeles:20260923T114500
        SEQUENCE:0
        SUMMARY:Hopline - Customer Operations Specialist Interview
        LOCATION:https://meet.google.com/hpl-wqxr-tzm
        ORGANIZER;CN=Jonah Feld:mailto:jonah.feld@hopline.io
        ATTENDEE;CN=Tessa Morrow;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tessa.morrow@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head("Hopline <no-reply@ashbyhq.com>",
              "Interview confirmed: Customer Operations Specialist at Hopline",
              "2026-09-17 13:15:44", LA, mid("hopline-ashby-1", "email.amazonses.com"),
              ("Reply-To", "Jonah Feld <jonah.feld@hopline.io>"))
    return message(hs, mixed(alt(text(body, cte="base64"), html(html_body, cte="base64")),
                             calendar(ics, method=None, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(5), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-01T17:00:00Z", end="2026-10-01T17:30:00Z",
           contact="luis@frontrangeferm.com", company="Front Range Fermentation",
           local="Thu 2026-10-01 13:00", local_end="2026-10-01 13:30", zone=NY,
           note="Calendly invitee confirmation for a Denver employer; Calendly shows the invitee's zone, "
                "1:00pm-1:30pm Eastern Time (EDT). Contact = host's address in Reply-To.")
def front_range_calendly() -> bytes:
    body = t("""
        Hi Tessa Morrow,

        A new event has been scheduled.

        Event Type:
        Intro Call - Production & Logistics Coordinator

        Invitee:
        Tessa Morrow

        Invitee Email:
        tessa.morrow@example.org

        Event Date/Time:
        01:00pm - 01:30pm (Eastern Time - US & Canada) on Thursday, October 1, 2026

        Location:
        This is a Zoom web conference. You can join this meeting from your computer, tablet, or smartphone.
        https://us06web.zoom.us/j/88105523190

        Invitee Time Zone:
        Eastern Time - US & Canada

        Host:
        Luis Ortega (Front Range Fermentation)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5d8e2f1a-0c4b-4c6e-a3f2-1b7d9e0c44aa
        Reschedule: https://calendly.com/reschedulings/5d8e2f1a-0c4b-4c6e-a3f2-1b7d9e0c44aa

        Powered by Calendly.com
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Intro Call - Production & Logistics Coordinator with Luis Ortega on Thursday, October 1, 2026",
              "2026-09-22 09:48:03", NY, mid("calendly-frf-1", "calendly.com"),
              ("Reply-To", "Luis Ortega <luis@frontrangeferm.com>"))
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(6), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-06T19:00:00Z", end="2026-10-06T20:00:00Z",
           contact="caleb@reedyriverbrewing.com", company="Reedy River Brewing",
           local="Tue 2026-10-06 15:00", local_end="2026-10-06 16:00", zone=NY,
           note="Google Calendar invitation from the Greenville brewery owner, 3pm-4pm EDT, in person; contact = "
                "ORGANIZER / sender.")
def reedy_river_gcal() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview: Tessa Morrow - Brewery Operations Manager
        When: Tuesday Oct 6, 2026 3pm – 4pm Eastern Time - New York
        Where: Reedy River Brewing, 412 Mill Shoals Rd, Greenville, SC 29601
        Calendar: tessa.morrow@example.org
        Who:
          • caleb@reedyriverbrewing.com - organizer
          • tessa.morrow@example.org

        Tessa - looking forward to it. Park around back by the grain silo and come in through the taproom; I'll
        give you the tour first and then we'll sit down with Marisol (our head brewer).

        Going (tessa.morrow@example.org)?   Yes - Maybe - No    more options »

        Invitation from Google Calendar

        You are receiving this email at the account tessa.morrow@example.org because you are an attendee of this
        event.
        """)
    html_body = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:18px;font-weight:400">Interview: Tessa Morrow - Brewery Operations Manager</h2>
        <table cellpadding="0" cellspacing="0">
        <tr><td style="color:#70757a;padding-right:12px">When</td><td>Tuesday Oct 6, 2026 3pm &ndash; 4pm Eastern Time - New York</td></tr>
        <tr><td style="color:#70757a;padding-right:12px">Where</td><td>Reedy River Brewing, 412 Mill Shoals Rd, Greenville, SC 29601</td></tr>
        <tr><td style="color:#70757a;padding-right:12px">Who</td><td>caleb@reedyriverbrewing.com - organizer<br>tessa.morrow@example.org</td></tr>
        </table>
        <p>Tessa - looking forward to it. Park around back by the grain silo and come in through the taproom;
        I&#39;ll give you the tour first and then we&#39;ll sit down with Marisol (our head brewer).</p>
        <p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:America/New_York
        X-LIC-LOCATION:America/New_York
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
        END:VTIMEZONE
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261006T150000
        DTEND;TZID=America/New_York:20261006T160000
        DTSTAMP:20261001T210922Z
        ORGANIZER;CN=caleb@reedyriverbrewing.com:mailto:caleb@reedyriverbrewing.com
        UID:4q7c2m9e1k0b6r3t8v5n2x1z0a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tessa.morrow@example.org;X-NUM-GUESTS=0:mailto:tessa.morrow@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=caleb@reedyriverbrewing.com;X-NUM-GUESTS=0:mailto:caleb@reedyriverbrewing.com
        CREATED:20261001T210921Z
        DESCRIPTION:Tessa - looking forward to it. Park around back by the grain silo and come in through the taproom\\; I'll give you the tour first and then we'll sit down with Marisol (our head brewer).
        LAST-MODIFIED:20261001T210921Z
        LOCATION:Reedy River Brewing\\, 412 Mill Shoals Rd\\, Greenville\\, SC 29601
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Tessa Morrow - Brewery Operations Manager
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Caleb Hutchins <caleb@reedyriverbrewing.com>",
              "Invitation: Interview: Tessa Morrow - Brewery Operations Manager @ Tue Oct 6, 2026 3pm - 4pm (EDT) (tessa.morrow@example.org)",
              "2026-10-01 17:09:22", NY, mid("reedy-gcal-1", "google.com"),
              ("Sender", "Google Calendar <calendar-notification@google.com>"),
              ("Reply-To", "caleb@reedyriverbrewing.com"))
    return message(hs, mixed(alt(text(body), html(html_body), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(7), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T15:00:00Z", end="2026-10-08T16:00:00Z",
           contact="rkim@summitcanning.com", company="Summit Canning Systems",
           local="Thu 2026-10-08 09:00", local_end="2026-10-08 10:00", zone=DEN,
           note="Exchange meeting request from Denver: 'When' line shows the standard-offset label '(UTC-07:00) "
                "Mountain Time' but in October Denver is on MDT (UTC-6): 9:00 MDT = 15:00Z; ICS TZID 'Mountain "
                "Standard Time' with its VTIMEZONE agrees. Contact = organizer.")
def summit_outlook() -> bytes:
    body = t("""
        When: Thursday, October 8, 2026 9:00 AM-10:00 AM. (UTC-07:00) Mountain Time (US & Canada)
        Where: Microsoft Teams Meeting

        Hi Tessa,

        Looking forward to our conversation about the Regional Operations Coordinator role. You'll meet with me
        and Andre Gutierrez, who runs our Southeast crews out of Asheville. Plan on the full hour.

        Rachel Kim
        Operations Manager | Summit Canning Systems
        Denver, CO | 720-555-0119

        ________________________________________________________________________________
        Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
        Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4YzE2ZjAtZTFkNi00N2I0LWE1ZDQtYzk2NjY1MzQyNTA3%40thread.v2/0>
        Meeting ID: 284 617 903 552
        Passcode: q7Ks4Lm2
        ________________________________
        Dial in by phone
        +1 720-555-0100,,618203775# United States, Denver
        Phone conference ID: 618 203 775#
        For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = VTZ_MOUNTAIN_WIN.join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\n"
                                 "VERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rachel Kim:mailto:rkim@summitcanning.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Morrow:mailto:tessa.morrow@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andre Gutierrez:mailto:agutierrez@summitcanning.com
        DESCRIPTION;LANGUAGE=en-US:Looking forward to our conversation about the Regional Operations Coordinator role.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F1C9B4E852DC01000000000000000010000000C4D7E2A91B3F6A4C8E5D0F2B7A9C3E61
        SUMMARY;LANGUAGE=en-US:Interview: Tessa Morrow - Regional Operations Coordinator
        DTSTART;TZID=Mountain Standard Time:20261008T090000
        DTEND;TZID=Mountain Standard Time:20261008T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T202733Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2120583451
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
        """)])
    hs = head("Rachel Kim <rkim@summitcanning.com>",
              "Interview: Tessa Morrow - Regional Operations Coordinator",
              "2026-10-02 14:27:33", DEN, "<SJ0PR17MB5523A1C9E4B20F7D13E5A0C2D8612@SJ0PR17MB5523.namprd17.prod.outlook.com>",
              ("Thread-Topic", "Interview: Tessa Morrow - Regional Operations Coordinator"),
              ("Thread-Index", "AdtW3xQ2rVb1Yl0kR0m2n9e3c4Tq8Q=="),
              ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           calendar(ics, charset="utf-8", cte="base64")))


@make.mail(N(8), family="human_prose", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T18:00:00Z", end=None,
           contact="bethann@laurelcreekbrewing.com", company="Laurel Creek Brewing",
           local="Thu 2026-10-15 14:00", zone=NY,
           note="GM's short reply 'Thursday at 2 works great'; Thursday resolved against the Date (Mon 12 Oct), "
                "Asheville EDT; 'about an hour' so no end.")
def laurel_creek_confirm() -> bytes:
    body = t("""
        Hi Tessa,

        Thursday at 2 works great. Come to the production side door on Riverside Dr (the green roll-up door,
        not the taproom entrance) and text me when you're out front: 828-555-0162. We'll do about an hour
        with me and Walt, our head brewer, and then I'll walk you through the cellar.

        Closed-toe shoes, and don't dress up - the floor will be wet.

        Beth Ann

        Beth Ann Calloway
        General Manager, Laurel Creek Brewing
        Asheville, NC

        On Mon, Oct 12, 2026 at 11:02 AM Tessa Morrow <tessa.morrow@example.org> wrote:
        > Hi Beth Ann,
        >
        > Thanks so much for getting back to me. I'm free Wednesday after 3 or any time Thursday afternoon
        > this week, whichever is easier for you and your team.
        >
        > Best,
        > Tessa
        """)
    hs = head("Beth Ann Calloway <bethann@laurelcreekbrewing.com>",
              "Re: Production Coordinator opening",
              "2026-10-12 16:40:18", NY, "<CAJt7pQ0x+Hk5Zr2mDqVy3N8bW_fL1sE4oGc6uTa9@mail.gmail.com>",
              ("In-Reply-To", "<CAP1m9Tz4RrM0k8cWq2Lb7fXy5Hn3sE6vJ0dQa@mail.gmail.com>"),
              ("References", "<CAP1m9Tz4RrM0k8cWq2Lb7fXy5Hn3sE6vJ0dQa@mail.gmail.com>"))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(9), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-10-20T17:30:00Z", end="2026-10-20T18:30:00Z",
           contact="tamara.jennings@harbingerlogistics.com", company="Harbinger Logistics",
           local="Tue 2026-10-20 13:30", local_end="2026-10-20 14:30", zone=NY,
           note="iCIMS HTML-only notice, US date 10/20/2026, 1:30-2:30 PM Eastern (Knoxville is Eastern; EDT). "
                "From an iCIMS talent address; contact = recruiter address in the body.")
def harbinger_icims() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Dear Tessa,</p>
        <p>Thank you for your interest in Harbinger Logistics. This email confirms your interview for the position
        of <b>Inventory Control Coordinator (Req #2026-3318)</b>.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date:</b></td><td>10/20/2026</td></tr>
        <tr><td><b>Time:</b></td><td>1:30 PM - 2:30 PM Eastern Time</td></tr>
        <tr><td><b>Type:</b></td><td>Video Interview (Microsoft Teams)</td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Tamara Jennings, Talent Acquisition; Rod Pickett, Site Manager &ndash; Knoxville DC</td></tr>
        </table>
        <p>The Teams link will arrive in a separate calendar invitation. Should you have any questions prior to your
        interview, please contact Tamara Jennings at
        <a href="mailto:tamara.jennings@harbingerlogistics.com">tamara.jennings@harbingerlogistics.com</a>.</p>
        <p>Regards,<br>Harbinger Logistics Talent Acquisition</p>
        <p><font size="1" color="#777777">Please do not reply to this message. This mailbox is not monitored.</font></p>
        </font></body></html>
        """)
    hs = head("Harbinger Logistics <harbingerlogistics@talent.icims.com>",
              "Interview Confirmation - Inventory Control Coordinator",
              "2026-10-14 10:21:07", NY, mid("harbinger-icims-1", "talent.icims.com"),
              received=rcvd("mta-b4.icims.com", "63.128.21.77", "2026-10-14 10:21:07", NY, "hbi1"))
    return message(hs, html(html_body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(10), family="ics_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-10-21T19:00:00Z", end="2026-10-21T20:00:00Z",
           contact="osandoval@trailheadfreight.com", company="Trailhead Freight",
           local="Wed 2026-10-21 15:00", local_end="2026-10-21 16:00", zone=NY,
           note="Hiring manager's note says only 'Wednesday'; the time is only in the attached Outlook invite.ics "
                "(TZID Eastern Standard Time, 15:00-16:00, EDT in October). Contact = sender / ORGANIZER.")
def trailhead_ics() -> bytes:
    body = t("""
        Hi Tessa,

        Good talking with you this morning. As promised, here's the invite for Wednesday's interview with
        me and Gretchen Ames (our VP of carrier operations) - everything is in the attachment, including the
        Teams link. We're a fully remote team, so no need to come up to Knoxville.

        Talk soon,
        Owen

        Owen Sandoval
        Director, Brokerage Operations
        Trailhead Freight
        o: 865-555-0134
        """)
    ics = make.VTZ["Eastern Standard Time"].join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\n"
                                                  "PRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Owen Sandoval:mailto:osandoval@trailheadfreight.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tessa.morrow@example.org:mailto:tessa.morrow@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gretchen Ames:mailto:games@trailheadfreight.com
        DESCRIPTION;LANGUAGE=en-US:Interview - Carrier Operations Coordinator\\nJoin on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA2NTk4\\n
        UID:040000008200E00074C5B7101A82E00800000000D03A6E7F1A5DDC01000000000000000010000000A8B2C7E19F04D34B9E6C1A0F5D7B2E39
        SUMMARY;LANGUAGE=en-US:Interview - Tessa Morrow / Trailhead Freight
        DTSTART;TZID=Eastern Standard Time:20261021T150000
        DTEND;TZID=Eastern Standard Time:20261021T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261016T152210Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head("Owen Sandoval <osandoval@trailheadfreight.com>",
              "Interview invite - Wednesday",
              "2026-10-16 11:22:10", NY, "<BN8PR04MB6210E5F0A3C91D2B7E4C9A61F0B3@BN8PR04MB6210.namprd04.prod.outlook.com>",
              ("Thread-Topic", "Interview invite - Wednesday"), ("Content-Language", "en-US"),
              ("X-MS-Has-Attach", "yes"))
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(11), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T15:00:00Z", end="2026-10-27T15:45:00Z",
           contact="ingrid.sjoberg@norrsken.se", company="Norrsken Botanicals",
           local="Tue 2026-10-27 16:00", local_end="2026-10-27 16:45", zone=STO,
           note="Teamtailor invite from a Swedish company hiring for its Greenville fulfillment site: 16:00 CET "
                "(Europe left summer time on 25 Oct) = 15:00Z = 11:00 EDT, which the body also states (US still "
                "on daylight time until 1 Nov). ICS TZID Europe/Stockholm. Contact = Reply-To recruiter.")
def norrsken_teamtailor() -> bytes:
    body = t("""
        Hi Tessa,

        Thank you for booking a time! Here are the details for your interview for US Fulfillment Coordinator
        (Greenville, SC):

        Tuesday, October 27, 2026
        16:00 - 16:45 CET (Stockholm)
        That's 11:00 - 11:45 AM Eastern Time for you - heads up that Sweden has already switched back from
        summer time, so the gap is five hours this week instead of six.

        Video meeting: https://norrsken.teamtailor.com/meetings/7f2c91ab

        You'll meet Ingrid Sjöberg (People Partner) and Casey Dunn (Site Lead, Greenville).

        Warm regards,
        Norrsken Botanicals

        Sent with Teamtailor
        """)
    html_body = t("""
        <div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:15px;color:#141414">
        <p>Hi Tessa,</p>
        <p>Thank you for booking a time! Here are the details for your interview for <b>US Fulfillment Coordinator
        (Greenville, SC)</b>:</p>
        <p>Tuesday, October 27, 2026<br>16:00 &ndash; 16:45 CET (Stockholm)<br>
        That&#8217;s 11:00 &ndash; 11:45 AM Eastern Time for you &ndash; heads up that Sweden has already switched back
        from summer time, so the gap is five hours this week instead of six.</p>
        <p><a href="https://norrsken.teamtailor.com/meetings/7f2c91ab">Join video meeting</a></p>
        <p>You&#8217;ll meet Ingrid Sjöberg (People Partner) and Casey Dunn (Site Lead, Greenville).</p>
        <p>Warm regards,<br>Norrsken Botanicals</p>
        <p style="font-size:12px;color:#999">Sent with Teamtailor</p>
        </div>
        """)
    ics = make.VTZ[STO].join(["BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Meetings//EN\n"
                              "METHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-7f2c91ab@teamtailor.com
        DTSTAMP:20261021T123455Z
        DTSTART;TZID=Europe/Stockholm:20261027T160000
        DTEND;TZID=Europe/Stockholm:20261027T164500
        SUMMARY:Interview: US Fulfillment Coordinator - Norrsken Botanicals
        LOCATION:https://norrsken.teamtailor.com/meetings/7f2c91ab
        ORGANIZER;CN=Ingrid Sjöberg:mailto:ingrid.sjoberg@norrsken.se
        ATTENDEE;CN=Tessa Morrow;RSVP=TRUE:mailto:tessa.morrow@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head("Norrsken Botanicals <no-reply@teamtailor-mail.com>",
              "Interview booked: US Fulfillment Coordinator",
              "2026-10-21 14:34:55", STO, mid("norrsken-tt", "teamtailor-mail.com"),
              ("Reply-To", addr("Ingrid Sjöberg", "ingrid.sjoberg@norrsken.se")))
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@make.mail(N(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
           contact=None, company="High Country Food Hub",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=NY,
           note="Microsoft Bookings confirmation sent in EDT (29 Oct) for an interview after the 1 Nov change: "
                "10:00 EST = 15:00Z; ICS TZID Eastern Standard Time agrees. Sent from a shared Bookings mailbox, "
                "staff named without an address -> contact null.")
def food_hub_bookings() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600;margin-bottom:12px">Your booking is confirmed</div>
        <p>Hello Tessa Morrow,</p>
        <p>Thank you for booking with High Country Food Hub. Here are your booking details:</p>
        <table cellpadding="4" cellspacing="0">
        <tr><td style="color:#605e5c">Service</td><td>Warehouse &amp; Logistics Coordinator - First Interview</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, November 3, 2026 10:00 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Gloria Mendez</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>High Country Food Hub, 71 Swannanoa River Rd, Asheville, NC 28805 - main office</td></tr>
        </table>
        <p>Please check in at the front desk; visitor parking is along the loading-dock fence.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/HighCountryInterviews@highcountryfoodhub.org/bookings/s/manage">Manage booking</a></p>
        <p style="font-size:12px;color:#605e5c">This email was sent by Microsoft Bookings on behalf of High Country Food Hub.</p>
        </body></html>
        """)
    ics = make.VTZ["Eastern Standard Time"].join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\n"
                                                  "PRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=High Country Food Hub Interviews:mailto:HighCountryInterviews@highcountryfoodhub.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Morrow:mailto:tessa.morrow@example.org
        DESCRIPTION;LANGUAGE=en-US:Warehouse & Logistics Coordinator - First Interview with Gloria Mendez\\n
        UID:040000008200E00074C5B7101A82E00800000000F2B81E4A6C67DC01000000000000000010000000B3E4A0C1D9F27A4E8C5B1D6F0A2E7C94
        SUMMARY;LANGUAGE=en-US:Warehouse & Logistics Coordinator - First Interview
        DTSTART;TZID=Eastern Standard Time:20261103T100000
        DTEND;TZID=Eastern Standard Time:20261103T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T183102Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:High Country Food Hub\\, 71 Swannanoa River Rd\\, Asheville\\, NC 28805
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head(addr("High Country Food Hub", "HighCountryInterviews@highcountryfoodhub.org"),
              "Booking confirmed: Warehouse & Logistics Coordinator - First Interview on Tuesday, November 3, 2026",
              "2026-10-29 14:31:02", NY,
              "<MN2PR11MB4630C8E1A04F2D9B5E7A3C10F6D2@MN2PR11MB4630.namprd11.prod.outlook.com>")
    return message(hs, mixed(html(html_body, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(13), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-05T14:00:00Z", end="2026-11-05T16:30:00Z",
           contact="brianna.lowe@ironcladbev.com", company="Ironclad Beverage Group",
           local="Thu 2026-11-05 09:00", local_end="2026-11-05 11:30", zone=NY,
           note="GoodTime virtual-onsite itinerary, three sessions 9:00-11:30 AM ET on 5 Nov (EST, after the "
                "1 Nov change; the mail itself was sent in EDT): start = first, end = last. Contact = Reply-To "
                "coordinator.")
def ironclad_goodtime() -> bytes:
    body = t("""
        Hi Tessa,

        We're excited to confirm your virtual onsite for the Supply Planning Coordinator role at Ironclad
        Beverage Group. Here is your itinerary (all times Eastern):

        Thursday, November 5, 2026

        9:00 AM - 9:45 AM    Hiring Manager Interview - Nate Okafor, Director of Supply Planning
        10:00 AM - 10:45 AM  Cross-functional Interview - Lindsey Graves, Plant Scheduling Lead (Charlotte)
        11:00 AM - 11:30 AM  Culture & Values - Brianna Lowe, Recruiting Coordinator

        All three sessions use the same Zoom room:
        https://ironcladbev.zoom.us/j/96310284457

        Quick reminder that the clocks go back on Sunday, November 1, so double-check your calendar shows 9:00
        AM Eastern for the first session.

        If you have any questions or need accommodations, simply reply to this email.

        Best,
        Brianna Lowe
        Recruiting Coordinator, Ironclad Beverage Group

        Scheduled with GoodTime
        """)
    html_body = t("""
        <table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <tr><td>
        <p>Hi Tessa,</p>
        <p>We're excited to confirm your virtual onsite for the <b>Supply Planning Coordinator</b> role at Ironclad
        Beverage Group. Here is your itinerary (all times Eastern):</p>
        <p><b>Thursday, November 5, 2026</b></p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>9:00 AM - 9:45 AM</td><td>Hiring Manager Interview - Nate Okafor, Director of Supply Planning</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Cross-functional Interview - Lindsey Graves, Plant Scheduling Lead (Charlotte)</td></tr>
        <tr><td>11:00 AM - 11:30 AM</td><td>Culture &amp; Values - Brianna Lowe, Recruiting Coordinator</td></tr>
        </table>
        <p>All three sessions use the same Zoom room: <a href="https://ironcladbev.zoom.us/j/96310284457">https://ironcladbev.zoom.us/j/96310284457</a></p>
        <p>Quick reminder that the clocks go back on Sunday, November 1, so double-check your calendar shows 9:00 AM
        Eastern for the first session.</p>
        <p>If you have any questions or need accommodations, simply reply to this email.</p>
        <p>Best,<br>Brianna Lowe<br>Recruiting Coordinator, Ironclad Beverage Group</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </td></tr></table>
        """)
    hs = head("Ironclad Beverage Group <scheduling@goodtime.io>",
              "Your interview itinerary - Ironclad Beverage Group",
              "2026-10-30 15:52:40", NY, mid("ironclad-goodtime", "goodtime.io"),
              ("Reply-To", "Brianna Lowe <brianna.lowe@ironcladbev.com>"))
    return message(hs, alt(text(body), html(html_body)))


@make.mail(N(14), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-09T18:00:00Z", end=None,
           contact="hgrant@poinsettcider.com", company="Poinsett Cider Works",
           local="Mon 2026-11-09 13:00", zone=NY,
           note="Tessa forwards the cider maker's confirmation from her phone to herself; 'Monday, November 9 at "
                "1:00 PM' at the Greenville cidery, EST. Contact = the human sender in the forwarded header.")
def poinsett_forward() -> bytes:
    body = t("""
        for the calendar - print directions

        Sent from my iPhone

        Begin forwarded message:

        From: Hollis Grant <hgrant@poinsettcider.com>
        Date: November 3, 2026 at 5:47:12 PM EST
        To: Tessa Morrow <tessa.morrow@example.com>
        Subject: Cellar Operations Lead - interview

        Hi Tessa,

        Great to chat earlier. Confirming you're on for Monday, November 9 at 1:00 PM at our Greenville
        cidery (1209 Pendleton St). You'll meet me and our production manager, Joy Batson. Bring your
        questions and an appetite - we'll be doing a blending trial that afternoon.

        Any trouble finding us, call my cell: 864-555-0171.

        Hollis

        Hollis Grant
        Co-founder, Poinsett Cider Works
        """)
    hs = head("Tessa Morrow <tessa.morrow@example.com>",
              "Fwd: Cellar Operations Lead - interview",
              "2026-11-04 07:13:55", NY, "<6E3F0B1A-92C4-4D7B-8A55-0E1D7C3B9F21@example.com>",
              ("X-Mailer", "iPhone Mail (22B91)"))
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(15), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-11-13T17:00:00Z", end="2026-11-13T17:45:00Z",
           contact="devon@milehighmalting.com", company="Mile High Malting",
           local="Fri 2026-11-13 10:00", local_end="2026-11-13 10:45", zone=DEN,
           note="Denver hiring manager's reply on top of the quoted thread: 'Friday the 13th at 10 AM Mountain', "
                "45 minutes. Mountain is on MST (UTC-7) after 1 Nov: 17:00Z (= noon in Asheville). Contact = "
                "sender.")
def mile_high_reply() -> bytes:
    body = t("""
        Perfect - Friday the 13th at 10 AM Mountain it is (noon your time). Plan on 45 minutes. I'll send
        the Zoom link that morning; if anything comes up, my cell is 303-555-0128.

        Devon

        On Sun, Nov 8, 2026 at 8:14 PM Tessa Morrow <tessa.morrow@example.org> wrote:
        > Hi Devon,
        >
        > Friday at 10am Mountain works well for me. Thank you!
        >
        > Tessa
        >
        > On Fri, Nov 6, 2026 at 3:31 PM Devon Archuleta <devon@milehighmalting.com> wrote:
        >> Hi Tessa,
        >>
        >> Thanks for applying for the Malt House Logistics Coordinator role. I'd love to set up a
        >> 45-minute video interview. Would Thursday 11/12 at 2 PM or Friday 11/13 at 10 AM (both
        >> Mountain) work?
        >>
        >> Devon Archuleta
        >> Operations Director, Mile High Malting
        """)
    hs = head("Devon Archuleta <devon@milehighmalting.com>",
              "Re: Malt House Logistics Coordinator - interview",
              "2026-11-09 08:05:41", DEN, "<CAF8vR2x_Pq7Tn1kZ0bWm3Hd5Yc9LsE4uJ6oAg@mail.gmail.com>",
              ("In-Reply-To", "<CAP4k2Tq9Mn7Xb1Rz8Lw0Hc3Vd6Ys5Ej2uFa@mail.gmail.com>"),
              ("References", "<CAF8vR1m0Xy3Bq5Tn7Kz2Wd9Lc4Hs6Ej1uPo@mail.gmail.com> "
                             "<CAP4k2Tq9Mn7Xb1Rz8Lw0Hc3Vd6Ys5Ej2uFa@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-11-24T16:30:00Z", end=None,
           contact="rcastillo@blueridgetalent.com", company="Carolina Crate & Keg",
           local="Tue 2026-11-24 11:30", zone=NY,
           note="Agency recruiter forwards the client's confirmation as a message/rfc822 attachment: 'tomorrow, "
                "Tuesday 11/24 at 11:30 AM' in Charlotte (EST). Contact = the agency recruiter (human sender "
                "comes before an address in the attached mail); company = the hiring client.")
def crate_keg_agency() -> bytes:
    inner_body = t("""
        Renée,

        Thanks for sending Tessa over. We'd like to meet her in person on Tuesday, 11/24 at 11:30 AM at our
        warehouse, 2200 Nevada Blvd, Charlotte. She'll sit with me and with Lacey from dispatch for about an
        hour, then a quick walk of the floor.

        Wade Pruitt
        Distribution Manager
        Carolina Crate & Keg
        """)
    inner = message([("From", "Wade Pruitt <wpruitt@carolinacratekeg.com>"),
                     ("To", addr("Renée Castillo", "rcastillo@blueridgetalent.com", "iso-8859-1")),
                     ("Subject", "Candidate: Tessa Morrow - interview time"),
                     ("Date", date("2026-11-20 15:12:09", NY)),
                     ("Message-ID", "<DM6PR02MB4459A2F7C1E03B8D6A9E5F12C4B7@DM6PR02MB4459.namprd02.prod.outlook.com>")],
                    text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    body = t("""
        Hi Tessa,

        Good news - Carolina Crate & Keg wants to meet you! Their confirmation is attached. That's tomorrow,
        Tuesday 11/24 at 11:30 AM at their Charlotte warehouse. Give yourself time for I-77 traffic, and
        call me after so we can debrief.

        Renée Castillo
        Senior Recruiter | Blue Ridge Talent Partners
        828-555-0190
        """)
    hs = head(addr("Renée Castillo", "rcastillo@blueridgetalent.com", "iso-8859-1"),
              "FW: Candidate: Tessa Morrow - interview time",
              "2026-11-23 09:40:26", NY,
              "<CH3PR19MB7511E0A4D6B2C9F13A8E7D25B0C1@CH3PR19MB7511.namprd19.prod.outlook.com>")
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="8bit"),
                             attached_message(inner, "Candidate Tessa Morrow - interview time.eml")))


@make.mail(N(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start="2026-11-18T18:00:00Z", end="2026-11-18T20:00:00Z",
           contact="dana.whitfield@copperkettleprovisions.com", company="Copper Kettle Provisions",
           local="Wed 2026-11-18 13:00", local_end="2026-11-18 15:00", zone=NY,
           note="Greenhouse reschedule of the Charlotte onsite: old Tue 17 Nov 10:00 AM, new Wed 18 Nov 1:00-3:00 PM "
                "EST (labelled with the new time). Contact = Reply-To recruiter.")
def copper_kettle_reschedule() -> bytes:
    body = t("""
        Hi Tessa,

        Your onsite interview for the Production Planning Coordinator role has been rescheduled. Our plant
        manager is needed at a customer audit on Tuesday, so we've moved your visit to the next afternoon.

        PREVIOUS TIME (cancelled)
        Tuesday, November 17, 2026, 10:00 AM - 12:00 PM EST

        NEW TIME
        Wednesday, November 18, 2026, 1:00 PM - 3:00 PM EST
        Location: Copper Kettle Provisions, 9015 Forsyth Park Dr, Charlotte, NC 28273

        Schedule:
        1:00 PM - 1:45 PM  Ray Donnelly, Plant Manager
        1:45 PM - 2:30 PM  Production floor tour with Sofia Brandt, Scheduling Supervisor
        2:30 PM - 3:00 PM  Dana Whitfield, Talent Acquisition

        We're sorry for the shuffle. Reply to this email if the new time doesn't work and Dana will sort it out.

        Best,
        The Copper Kettle Provisions Recruiting Team

        Powered by Greenhouse
        """)
    html_body = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Tessa,</p>
        <p>Your onsite interview for the Production Planning Coordinator role has been <b>rescheduled</b>. Our plant
        manager is needed at a customer audit on Tuesday, so we've moved your visit to the next afternoon.</p>
        <p style="color:#8a8a8a"><s>Tuesday, November 17, 2026, 10:00 AM - 12:00 PM EST</s> (cancelled)</p>
        <p><b>New time:</b> Wednesday, November 18, 2026, 1:00 PM - 3:00 PM EST<br>
        <b>Location:</b> Copper Kettle Provisions, 9015 Forsyth Park Dr, Charlotte, NC 28273</p>
        <table cellpadding="4">
        <tr><td>1:00 PM - 1:45 PM</td><td>Ray Donnelly, Plant Manager</td></tr>
        <tr><td>1:45 PM - 2:30 PM</td><td>Production floor tour with Sofia Brandt, Scheduling Supervisor</td></tr>
        <tr><td>2:30 PM - 3:00 PM</td><td>Dana Whitfield, Talent Acquisition</td></tr>
        </table>
        <p>We're sorry for the shuffle. Reply to this email if the new time doesn't work and Dana will sort it out.</p>
        <p>Best,<br>The Copper Kettle Provisions Recruiting Team</p>
        <p style="color:#8a8a8a;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    hs = head("Copper Kettle Provisions <no-reply@us.greenhouse-mail.io>",
              "Updated: Your onsite interview with Copper Kettle Provisions",
              "2026-11-12 11:03:19", NY, mid("ck-resched-17", "us.greenhouse-mail.io"),
              ("Reply-To", "Dana Whitfield <dana.whitfield@copperkettleprovisions.com>"),
              received=rcvd("o1.us.greenhouse-mail.io", "167.89.41.12", "2026-11-12 11:03:19", NY, "ck17"))
    return message(hs, alt(text(body), html(html_body)))


@make.mail(N(18), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-09T17:00:00Z", end="2026-10-09T18:00:00Z",
           contact="rkim@summitcanning.com", company="Summit Canning Systems",
           local="Fri 2026-10-09 11:00", local_end="2026-10-09 12:00", zone=DEN,
           note="Exchange update (SEQUENCE:1, same UID) moving the Denver interview from Thu 8 Oct 9:00 to Fri 9 Oct "
                "11:00-12:00 Mountain; label '(UTC-07:00)' but MDT applies: 17:00Z. Contact = organizer.")
def summit_outlook_update() -> bytes:
    body = t("""
        When: Friday, October 9, 2026 11:00 AM-12:00 PM. (UTC-07:00) Mountain Time (US & Canada)
        Where: Microsoft Teams Meeting

        Hi Tessa - sorry to move this on you. Andre is on a canning run in Bend Thursday morning and I'd really
        like him in the conversation, so I've moved us to Friday at 11 our time (1 PM yours). Same Teams link.

        Rachel

        ________________________________________________________________________________
        Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
        Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4YzE2ZjAtZTFkNi00N2I0LWE1ZDQtYzk2NjY1MzQyNTA3%40thread.v2/0>
        Meeting ID: 284 617 903 552
        Passcode: q7Ks4Lm2
        ________________________________________________________________________________
        """)
    ics = VTZ_MOUNTAIN_WIN.join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\n"
                                 "VERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rachel Kim:mailto:rkim@summitcanning.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Morrow:mailto:tessa.morrow@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andre Gutierrez:mailto:agutierrez@summitcanning.com
        DESCRIPTION;LANGUAGE=en-US:Hi Tessa - sorry to move this on you. Andre is on a canning run in Bend Thursday morning and I'd really like him in the conversation\\, so I've moved us to Friday at 11 our time (1 PM yours). Same Teams link.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F1C9B4E852DC01000000000000000010000000C4D7E2A91B3F6A4C8E5D0F2B7A9C3E61
        SUMMARY;LANGUAGE=en-US:Interview: Tessa Morrow - Regional Operations Coordinator
        DTSTART;TZID=Mountain Standard Time:20261009T110000
        DTEND;TZID=Mountain Standard Time:20261009T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261006T160512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2120583451
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head("Rachel Kim <rkim@summitcanning.com>",
              "Updated: Interview: Tessa Morrow - Regional Operations Coordinator",
              "2026-10-06 10:05:12", DEN, "<SJ0PR17MB5523F06B2D8C41A9E7B3D5C0A1E9@SJ0PR17MB5523.namprd17.prod.outlook.com>",
              ("Thread-Topic", "Interview: Tessa Morrow - Regional Operations Coordinator"),
              ("Thread-Index", "AdtW3xQ2rVb1Yl0kR0m2n9e3c4Tq8QAH7bWm"),
              ("Accept-Language", "en-US"), ("Content-Language", "en-US"))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           calendar(ics, charset="utf-8", cte="base64")))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-10-16T14:00:00Z", end=None,
           contact="bethann@laurelcreekbrewing.com", company="Laurel Creek Brewing",
           local="Fri 2026-10-16 10:00", zone=NY,
           note="GM moves Thursday 2 PM to 'Friday (the 16th) at 10:00 AM, same place' and asks only for a heads-up "
                "if it does not work: rescheduled, EDT.")
def laurel_creek_move() -> bytes:
    body = t("""
        Morning Tessa,

        Change of plans on my end, sorry! Our malt delivery got bumped to Thursday afternoon, which means
        Walt and I will be elbow-deep in grain bags right when you'd be here. I've moved you to Friday
        (the 16th) at 10:00 AM instead - same place, same green door on Riverside. If Friday is a problem,
        just holler and we'll figure something out, otherwise see you then.

        Beth Ann

        --
        Beth Ann Calloway
        General Manager, Laurel Creek Brewing
        828-555-0162
        """)
    hs = head("Beth Ann Calloway <bethann@laurelcreekbrewing.com>",
              "Re: Production Coordinator opening",
              "2026-10-14 07:55:03", NY, "<CAJt7pQ3m_Wv8Ls0kHn2Tb6Rc9Yd4Ex1oFq5uZe@mail.gmail.com>",
              ("In-Reply-To", "<CAJt7pQ0x+Hk5Zr2mDqVy3N8bW_fL1sE4oGc6uTa9@mail.gmail.com>"),
              ("References", "<CAP1m9Tz4RrM0k8cWq2Lb7fXy5Hn3sE6vJ0dQa@mail.gmail.com> "
                             "<CAJt7pQ0x+Hk5Zr2mDqVy3N8bW_fL1sE4oGc6uTa9@mail.gmail.com>"))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(20), family="calendly", lang="en", interview=True, kind="rescheduled",
           start="2026-11-02T17:00:00Z", end="2026-11-02T17:45:00Z",
           contact="luis@frontrangeferm.com", company="Front Range Fermentation",
           local="Mon 2026-11-02 12:00", local_end="2026-11-02 12:45", zone=NY,
           note="Calendly reschedule across the US DST change: former Fri 30 Oct 12:00pm EDT, new Mon 2 Nov "
                "12:00pm-12:45pm Eastern (now EST) = 17:00Z. Contact = host in Reply-To.")
def front_range_calendly_resched() -> bytes:
    body = t("""
        Hi Tessa Morrow,

        Your event has been rescheduled.

        Event Type:
        Team Interview - Production & Logistics Coordinator

        Invitee:
        Tessa Morrow

        Former: 12:00pm - 12:45pm (Eastern Time - US & Canada) on Friday, October 30, 2026
        Updated: 12:00pm - 12:45pm (Eastern Time - US & Canada) on Monday, November 2, 2026

        Reason for rescheduling:
        "Our brewhouse team is out for a collab brew on Friday - Monday keeps everyone in the room. Thanks for
        being flexible! - Luis"

        Location:
        https://us06web.zoom.us/j/81734460218

        Host:
        Luis Ortega (Front Range Fermentation)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b0a7c3e9-6f15-4e8d-92d4-7a1e5c3f80d2
        Reschedule: https://calendly.com/reschedulings/b0a7c3e9-6f15-4e8d-92d4-7a1e5c3f80d2

        Powered by Calendly.com
        """)
    html_body = t("""
        <div style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">
        <p>Hi Tessa Morrow,</p>
        <p>Your event has been rescheduled.</p>
        <p><b>Event Type:</b><br>Team Interview - Production &amp; Logistics Coordinator</p>
        <p><b>Invitee:</b><br>Tessa Morrow</p>
        <p><b>Former:</b> <s>12:00pm - 12:45pm (Eastern Time - US &amp; Canada) on Friday, October 30, 2026</s><br>
        <b>Updated:</b> 12:00pm - 12:45pm (Eastern Time - US &amp; Canada) on Monday, November 2, 2026</p>
        <p><b>Reason for rescheduling:</b><br>&quot;Our brewhouse team is out for a collab brew on Friday - Monday keeps
        everyone in the room. Thanks for being flexible! - Luis&quot;</p>
        <p><b>Location:</b><br><a href="https://us06web.zoom.us/j/81734460218">https://us06web.zoom.us/j/81734460218</a></p>
        <p><b>Host:</b><br>Luis Ortega (Front Range Fermentation)</p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div>
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Updated: Team Interview - Production & Logistics Coordinator with Luis Ortega on Monday, November 2, 2026",
              "2026-10-28 18:22:47", NY, mid("calendly-frf-resched", "calendly.com"),
              ("Reply-To", "Luis Ortega <luis@frontrangeferm.com>"))
    return message(hs, alt(text(body), html(html_body)))


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-06T19:00:00Z", end="2026-10-06T20:00:00Z",
           contact="caleb@reedyriverbrewing.com", company="Reedy River Brewing",
           local="Tue 2026-10-06 15:00", local_end="2026-10-06 16:00", zone=NY,
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE:1) of the Greenville "
                "interview; start/end = the cancelled slot, 3pm-4pm EDT. Contact = organizer.")
def reedy_river_cancel() -> bytes:
    body = t("""
        This event has been canceled with a note:
        "Tessa - I'm really sorry. Our glycol chiller died last night and I'm going to be buried in repairs and
        dumped beer all week. I have to cancel Tuesday. I'll reach back out once we're up and running again."

        Interview: Tessa Morrow - Brewery Operations Manager
        When: Tuesday Oct 6, 2026 3pm – 4pm Eastern Time - New York
        Where: Reedy River Brewing, 412 Mill Shoals Rd, Greenville, SC 29601
        Calendar: tessa.morrow@example.org
        Who:
          • caleb@reedyriverbrewing.com - organizer
          • tessa.morrow@example.org

        Invitation from Google Calendar

        You are receiving this email at the account tessa.morrow@example.org because you are an attendee of this
        event.
        """)
    html_body = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p style="color:#d93025">This event has been canceled with a note:</p>
        <p>&quot;Tessa - I&#39;m really sorry. Our glycol chiller died last night and I&#39;m going to be buried in repairs
        and dumped beer all week. I have to cancel Tuesday. I&#39;ll reach back out once we&#39;re up and running again.&quot;</p>
        <h2 style="font-size:18px;font-weight:400;text-decoration:line-through">Interview: Tessa Morrow - Brewery Operations Manager</h2>
        <table cellpadding="0" cellspacing="0">
        <tr><td style="color:#70757a;padding-right:12px">When</td><td>Tuesday Oct 6, 2026 3pm &ndash; 4pm Eastern Time - New York</td></tr>
        <tr><td style="color:#70757a;padding-right:12px">Where</td><td>Reedy River Brewing, 412 Mill Shoals Rd, Greenville, SC 29601</td></tr>
        </table>
        <p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VTIMEZONE
        TZID:America/New_York
        X-LIC-LOCATION:America/New_York
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
        END:VTIMEZONE
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261006T150000
        DTEND;TZID=America/New_York:20261006T160000
        DTSTAMP:20261003T133815Z
        ORGANIZER;CN=caleb@reedyriverbrewing.com:mailto:caleb@reedyriverbrewing.com
        UID:4q7c2m9e1k0b6r3t8v5n2x1z0a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tessa.morrow@example.org;X-NUM-GUESTS=0:mailto:tessa.morrow@example.org
        CREATED:20261001T210921Z
        LAST-MODIFIED:20261003T133814Z
        LOCATION:Reedy River Brewing\\, 412 Mill Shoals Rd\\, Greenville\\, SC 29601
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Tessa Morrow - Brewery Operations Manager
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Caleb Hutchins <caleb@reedyriverbrewing.com>",
              "Canceled event with note: Interview: Tessa Morrow - Brewery Operations Manager @ Tue Oct 6, 2026 3pm - 4pm (EDT) (tessa.morrow@example.org)",
              "2026-10-03 09:38:15", NY, mid("reedy-gcal-cancel", "google.com"),
              ("Sender", "Google Calendar <calendar-notification@google.com>"),
              ("Reply-To", "caleb@reedyriverbrewing.com"))
    return message(hs, mixed(alt(text(body), html(html_body), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(22), family="icims", lang="en", interview=True, kind="cancelled",
           start="2026-10-20T17:30:00Z", end="2026-10-20T18:30:00Z",
           contact="tamara.jennings@harbingerlogistics.com", company="Harbinger Logistics",
           local="Tue 2026-10-20 13:30", local_end="2026-10-20 14:30", zone=NY,
           note="iCIMS cancellation with a METHOD:CANCEL calendar part (UTC times): requisition on hold, no new time. "
                "Cancelled slot 10/20 1:30-2:30 PM EDT. Contact = recruiter address in the body.")
def harbinger_cancel() -> bytes:
    body = t("""
        Dear Tessa,

        We regret to inform you that your interview for the Inventory Control Coordinator position
        (Req #2026-3318), scheduled for 10/20/2026 at 1:30 PM Eastern Time, has been cancelled. The
        requisition has been placed on hold while our Knoxville site completes a reorganization.

        We will keep your application on file and will reach out if the position reopens. If you have any
        questions, please contact Tamara Jennings at tamara.jennings@harbingerlogistics.com.

        Regards,
        Harbinger Logistics Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduling//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:icims-iv-2026-3318-884120@icims.com
        DTSTAMP:20261016T190501Z
        DTSTART:20261020T173000Z
        DTEND:20261020T183000Z
        SUMMARY:CANCELLED: Interview - Inventory Control Coordinator
        ORGANIZER;CN=Tamara Jennings:mailto:tamara.jennings@harbingerlogistics.com
        ATTENDEE;CN=Tessa Morrow:mailto:tessa.morrow@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Harbinger Logistics <harbingerlogistics@talent.icims.com>",
              "Interview Cancelled - Inventory Control Coordinator",
              "2026-10-16 15:05:01", NY, mid("harbinger-icims-cancel", "talent.icims.com"))
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="quoted-printable"),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@make.mail(N(23), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-12-01T19:00:00Z", end=None,
           contact="jonah.feld@hopline.io", company="Hopline",
           local="Tue 2026-12-01 14:00", zone=NY,
           note="Remote startup pauses hiring and cancels the final round 'Tuesday, December 1 at 2:00 PM ET (11:00 "
                "AM Pacific)' = 19:00Z (EST). windows-1252 quoted-printable. Contact = sender.")
def hopline_cancel() -> bytes:
    body = t("""
        Hi Tessa,

        I hate writing this one. Yesterday our board asked us to pause all open hiring through the first
        quarter while we close out our next funding round, and that includes the Customer Operations
        Specialist role. So I need to cancel our final-round conversation on Tuesday, December 1 at
        2:00 PM ET (11:00 AM Pacific) – I’ve pulled it from the calendar too.

        This is about timing, not about you. You were our top candidate, and if the role reopens in the
        spring, you’ll be my first call. Happy to be a reference in the meantime.

        Jonah

        Jonah Feld
        Head of Customer Operations, Hopline
        """)
    hs = head("Jonah Feld <jonah.feld@hopline.io>",
              "Final round on Tuesday – I'm so sorry",
              "2026-11-27 10:18:44", LA, mid("hopline-cancel", "hopline.io"),
              ("X-Mailer", "Microsoft Outlook 16.0"))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Ridgeback Gear",
           note="Lever rejection after the phone screen; no time.")
def ridgeback_rejection() -> bytes:
    body = t("""
        Hi Tessa,

        Thank you for taking the time to speak with Marcus last week about the Operations Coordinator role
        in Knoxville. We enjoyed learning about your work keeping a 30-barrel brewhouse on schedule.

        After careful consideration, we've decided to move forward with candidates whose experience more
        closely matches our retail distribution needs right now. This was a difficult decision, and we'd
        encourage you to keep an eye on our careers page for future openings.

        We wish you all the best in your search.

        Ridgeback Gear Talent Team
        """)
    hs = head("Ridgeback Gear <no-reply@hire.lever.co>",
              "Update on your application to Ridgeback Gear",
              "2026-09-24 16:47:30", NY, mid("ridgeback-reject", "hire.lever.co"),
              ("Reply-To", "Marcus Bell <marcus.bell@ridgebackgear.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Piedmont Beverage Distributors",
           note="Workday HTML-only rejection after the onsite; no time.")
def piedmont_rejection() -> bytes:
    html_body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Tessa Morrow,</p>
        <p>Thank you for your interest in the <b>Warehouse Operations Supervisor (R-10482)</b> position with Piedmont
        Beverage Distributors and for taking the time to meet with our team in Charlotte.</p>
        <p>After careful review, we have decided to move forward with another candidate whose qualifications more
        closely align with the needs of the role at this time.</p>
        <p>We encourage you to continue to visit our careers site and apply for future opportunities that match your
        skills and interests.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Piedmont Beverage Distributors</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    hs = head("Piedmont Beverage Distributors <piedmontbev@myworkday.com>",
              "Regarding your application for Warehouse Operations Supervisor",
              "2026-10-21 12:30:02", NY, mid("piedmont-wd-reject", "myworkday.com"))
    return message(hs, html(html_body, cte="base64"))


@make.mail(N(26), family="application_ack", lang="en", interview=False, company="Pisgah Provisions",
           note="Workable application receipt; nothing scheduled.")
def pisgah_workable() -> bytes:
    body = t("""
        Hi Tessa,

        Thanks for applying for the Fulfillment & Inventory Coordinator position at Pisgah Provisions!

        We've received your application and our team will review it over the next couple of weeks. If your
        background looks like a match, someone from our team will reach out to set up a first conversation.

        In the meantime, you can learn more about how we make our trail snacks here in Asheville at
        https://pisgahprovisions.com/about.

        Cheers,
        Pisgah Provisions Hiring Team

        --
        Sent via Workable
        """)
    hs = head("Pisgah Provisions <noreply@candidates.workablemail.com>",
              "Thanks for applying to Pisgah Provisions",
              "2026-09-03 20:11:45", NY, mid("pisgah-workable", "workablemail.com"),
              ("Reply-To", "pisgah-provisions+c7f31a@candidates.workablemail.com"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="application_ack", lang="en", interview=False, company="Catawba Valley Foods",
           note="SmartRecruiters application receipt; nothing scheduled.")
def catawba_smartrecruiters() -> bytes:
    html_body = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#262626">
        <p>Hi Tessa,</p>
        <p>Thank you for applying for the <b>Production Scheduler - 2nd Shift</b> position at Catawba Valley Foods in
        Hickory, NC.</p>
        <p>We have received your application and are currently reviewing it. Due to the high number of applications,
        we are only able to contact candidates whose profile best matches the requirements of the position.</p>
        <p>You can check the status of your application at any time in your
        <a href="https://jobs.smartrecruiters.com/CatawbaValleyFoods/candidate-portal">candidate portal</a>.</p>
        <p>Kind regards,<br>Catawba Valley Foods Recruiting</p>
        <p style="font-size:11px;color:#8c8c8c">Powered by SmartRecruiters</p>
        </body></html>
        """)
    hs = head("Catawba Valley Foods <noreply@smartrecruiters.com>",
              "Your application for Production Scheduler - 2nd Shift",
              "2026-09-08 08:02:17", NY, mid("catawba-sr", "smartrecruiters.com"))
    return message(hs, html(html_body))


@make.mail(N(28), family="application_ack", lang="en", interview=False, company="Atlantic Packaging Corporation",
           note="Taleo application receipt (windows-1252 HTML, quoted-printable); nothing scheduled.")
def atlantic_taleo() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Verdana" size="2">
        <p>Dear Tessa Morrow,</p>
        <p>Thank you for applying for the position of <b>Materials Coordinator – Greenville Plant (Job ID 26-0917)</b>
        with Atlantic Packaging Corporation.</p>
        <p>Your application has been received and will be reviewed by our recruiting team. Should your skills and
        experience match our needs, a recruiter will contact you to discuss next steps.</p>
        <p>To view or update your candidate profile, log in to our Career Section at any time.</p>
        <p>Atlantic Packaging Corporation is an Equal Opportunity Employer – Minorities/Women/Veterans/Disabled.</p>
        <p>Best regards,<br>Atlantic Packaging Corporation – Talent Acquisition</p>
        <p><font size="1">This is an automated message. Please do not reply.</font></p>
        </font></body></html>
        """)
    hs = head("Atlantic Packaging Corporation <do-not-reply@taleo.net>",
              "Atlantic Packaging Corporation – Application Received",
              "2026-09-14 22:40:09", NY, mid("atlantic-taleo", "taleo.net"))
    return message(hs, html(html_body, charset="windows-1252"))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="Job-board alert listing new postings; no interview.")
def hireloop_alert() -> bytes:
    body = t("""
        HireLoop Job Alert: "operations coordinator" near Asheville, NC

        8 new jobs match your alert

        Brewery Operations Coordinator
        Hillside Brewing Co. - Black Mountain, NC
        $52,000 - $58,000 a year · Posted 2 days ago

        Logistics Coordinator
        Swannanoa Distribution - Asheville, NC
        Easily apply · Posted today

        Production Planner
        Blue Ridge Bottling - Hendersonville, NC
        Posted 3 days ago

        Operations Manager - Taproom Group
        Remote (US) · Posted 1 day ago

        See all 8 jobs: https://www.hireloop.example.com/alerts/8842137

        You're receiving this because you created a job alert on HireLoop.
        Unsubscribe: https://www.hireloop.example.com/alerts/unsubscribe?id=8842137
        """)
    hs = head("HireLoop <alerts@hireloop.example.com>",
              "8 new operations coordinator jobs near Asheville, NC",
              "2026-09-19 06:00:14", NY, mid("hireloop-alert-0919", "hireloop.example.com"),
              ("List-Unsubscribe", "<https://www.hireloop.example.com/alerts/unsubscribe?id=8842137>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(30), family="job_alert", lang="en", interview=False, company=None,
           note="Industry job-board newsletter with postings and a virtual career fair date; nothing for Tessa.",
           days=(("Thu", "2026-10-22"),))
def craft_jobs_weekly() -> bytes:
    html_body = t("""
        <html><body style="margin:0;background:#faf6ee;font-family:Georgia,serif;color:#2b2118">
        <table width="620" align="center" cellpadding="18" style="background:#ffffff">
        <tr><td>
        <h1 style="font-size:24px;margin:0">Craft Jobs Weekly</h1>
        <p style="color:#7a6a58">Issue #212 &middot; The brewing, cider &amp; spirits job board</p>
        <h3>Featured this week</h3>
        <ul>
        <li><b>Packaging Manager</b> &mdash; Tributary Ales, Richmond, VA</li>
        <li><b>Cellar Operations Lead</b> &mdash; Poinsett Cider Works, Greenville, SC</li>
        <li><b>Supply Chain Analyst</b> &mdash; Ironclad Beverage Group, Charlotte, NC</li>
        <li><b>Head Brewer</b> &mdash; Two Forks Brewing, Bozeman, MT</li>
        </ul>
        <h3>Virtual career fair</h3>
        <p>Thursday, October 22 &middot; 1&ndash;4 PM ET. Twenty breweries, one afternoon, no travel. RSVP on the site.</p>
        <p style="font-size:12px;color:#999">You're getting this because you subscribed at craftjobsweekly.example.com.
        <a href="https://craftjobsweekly.example.com/unsubscribe">Unsubscribe</a></p>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Craft Jobs Weekly <newsletter@craftjobsweekly.example.com>",
              "Craft Jobs Weekly #212: packaging, cellar & supply chain roles",
              "2026-10-07 07:30:00", NY, mid("cjw-212", "craftjobsweekly.example.com"),
              ("List-Unsubscribe", "<https://craftjobsweekly.example.com/unsubscribe>"),
              ("Precedence", "bulk"))
    return message(hs, html(html_body))


@make.mail(N(31), family="newsletter", lang="en", interview=False, company=None,
           note="Regional brewers' trade-group newsletter with fixed event dates; not an interview.",
           days=(("Thu", "2026-11-12"), ("Sat", "2026-11-21")))
def brewers_alliance_news() -> bytes:
    body = t("""
        BLUE RIDGE BREWERS ALLIANCE - NOVEMBER MEMBER NEWS

        Upcoming
        - Quality Lab Roundtable: Thursday, November 12, 9:30 AM - noon, hosted by Laurel Creek Brewing.
          Bring your DO numbers and your worst packaging nightmare.
        - Holiday Cask Fest: Saturday, November 21, noon - 5 PM, Pack Square Park. Volunteers still needed
          for the 10 AM setup shift.

        Hops contract update
        Members who signed onto the group buy for 2027 Citra and Mosaic should expect invoices in early
        December.

        Job board
        Six member breweries are hiring - cellar, packaging and front-of-house. See the members' area.

        Cheers,
        The BRBA board

        You are receiving this as a member contact of Big Ivy Brewing Co.
        Update preferences: https://blueridgebrewers.example.org/preferences
        """)
    hs = head("Blue Ridge Brewers Alliance <news@blueridgebrewers.example.org>",
              "November member news: roundtable, Cask Fest & hops contracts",
              "2026-11-02 08:15:00", NY, mid("brba-nov", "blueridgebrewers.example.org"),
              ("List-Id", "BRBA Members <members.blueridgebrewers.example.org>"),
              ("List-Unsubscribe", "<https://blueridgebrewers.example.org/preferences>"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(32), family="recruiter_outreach", lang="en", interview=False, company="Blue Ridge Talent Partners",
           note="Agency recruiter's first outreach asking for a call; no time fixed.")
def renee_outreach() -> bytes:
    body = t("""
        Hi Tessa,

        I came across your profile and your background running production schedules at Big Ivy caught my
        eye. I'm working with a beverage distributor in Charlotte that's looking for an operations lead for
        their new keg-logistics program - warehouse, routing, and a small team of drivers.

        Would you be open to a 15-minute call this week to hear more? Let me know a couple of times that
        work for you, or just send your cell and I'll give you a ring.

        Renée Castillo
        Senior Recruiter | Blue Ridge Talent Partners
        828-555-0190
        """)
    hs = head(addr("Renée Castillo", "rcastillo@blueridgetalent.com", "iso-8859-1"),
              "Ops role with a Charlotte beverage distributor",
              "2026-11-10 13:26:51", NY,
              "<CH3PR19MB7511B7C2E0F94D3A5B1C8E62F0A4@CH3PR19MB7511.namprd19.prod.outlook.com>")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(33), family="availability_request", lang="en", interview=False, company="Harbinger Logistics",
           note="Recruiter proposes three slots and asks which works; nothing confirmed yet.",
           days=(("Mon", "2026-10-19"), ("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def harbinger_slots() -> bytes:
    body = t("""
        Hi Tessa,

        Thanks for your time on the phone yesterday! Rod Pickett, our Knoxville site manager, would like to
        meet with you over Teams for an hour. Would any of these work?

          - Monday 10/19, 10:00 AM
          - Tuesday 10/20, 1:30 PM
          - Wednesday 10/21, 9:00 AM

        All times Eastern. Once you pick one, you'll get a confirmation from our scheduling system.

        Thanks,
        Tamara

        Tamara Jennings
        Talent Acquisition | Harbinger Logistics
        tamara.jennings@harbingerlogistics.com
        """)
    hs = head("Tamara Jennings <tamara.jennings@harbingerlogistics.com>",
              "Next step - Inventory Control Coordinator",
              "2026-10-09 14:48:22", NY,
              "<PH7PR12MB5781C3E09A1B4F62D7E5A0B8C2D6@PH7PR12MB5781.namprd12.prod.outlook.com>")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@make.mail(N(34), family="availability_request", lang="en", interview=False, company="Copper Kettle Provisions",
           note="Greenhouse availability request for the onsite; no time fixed yet.")
def copper_kettle_availability() -> bytes:
    body = t("""
        Hi Tessa,

        Great news - the team would like to invite you to an onsite interview at our Charlotte plant for the
        Production Planning Coordinator role!

        Please share your availability for the weeks of November 9 and November 16 using the link below. We'll
        need a two-hour window. Once we've lined up the interview team, you'll receive a confirmation with the
        final schedule.

        Submit your availability:
        https://app.greenhouse.io/availability/5b3e1f0c8a2d47e6b9c1

        Best,
        The Copper Kettle Provisions Recruiting Team

        Powered by Greenhouse
        """)
    hs = head("Copper Kettle Provisions <no-reply@us.greenhouse-mail.io>",
              "Please share your availability - Copper Kettle Provisions",
              "2026-10-29 10:44:06", NY, mid("ck-avail", "us.greenhouse-mail.io"),
              ("Reply-To", "Dana Whitfield <dana.whitfield@copperkettleprovisions.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(35), family="scheduling_link", lang="en", interview=False, company="Front Range Fermentation",
           note="Hiring manager invites Tessa to pick a time on his Calendly; nothing booked yet.")
def front_range_link() -> bytes:
    body = t("""
        Hi Tessa,

        Thanks for applying for our Production & Logistics Coordinator role. Your experience coordinating
        self-distribution at Big Ivy is right in line with what we need as we open up the Southeast.

        I'd love to do a quick 30-minute intro call. Grab any open slot on my calendar here:
        https://calendly.com/luis-frontrangeferm/intro-call

        The role is based in Denver but we'd consider someone remote in the Carolinas for the first year.

        Cheers,
        Luis Ortega
        Director of Operations, Front Range Fermentation
        Denver, CO
        """)
    hs = head("Luis Ortega <luis@frontrangeferm.com>",
              "Front Range Fermentation - intro call?",
              "2026-09-21 15:12:40", DEN, "<CAB9rTx4Wm1_Lq7Kz0Hn3Pd8Yc5Vs2Ej6uGbR@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(36), family="auto_reply", lang="en", interview=False, company=None,
           note="Out-of-office auto-reply from the Denver interviewer to Tessa's thank-you note; a return date only.",
           days=(("Mon", "2026-10-19"),))
def summit_ooo() -> bytes:
    body = t("""
        Thank you for your email. I'm out of the office at a trade show through Monday, October 19 with
        limited access to email. For urgent scheduling needs, please contact our main line at 720-555-0100.

        Rachel Kim
        Operations Manager | Summit Canning Systems
        """)
    hs = head("Rachel Kim <rkim@summitcanning.com>",
              "Automatic reply: Thank you - Regional Operations Coordinator",
              "2026-10-12 07:02:44", DEN,
              "<SJ0PR17MB55239E2C7B0A4F31D8E6C5B2A7F0@SJ0PR17MB5523.namprd17.prod.outlook.com>",
              ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("In-Reply-To", "<8C2E4F10-7A3B-4D9E-B1C6-5F0A2D8E3B77@example.org>"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(37), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Tessa's thank-you note to a mistyped brewery address; the quoted original mentions "
                "the interview that already happened.")
def thank_you_bounce() -> bytes:
    original = message([("From", ME), ("To", "Walt Haney <walt@laurelcreekbrewng.com>"),
                        ("Subject", "Thank you for this morning"),
                        ("Date", date("2026-10-16 15:31:08", NY)),
                        ("Message-ID", "<D41B7E92-0C5A-4F3E-9B28-7E6A1C0F5D43@example.org>")],
                       text(t("""
                           Hi Walt,

                           Thank you for showing me around the cellar this morning and for the deep dive on your
                           dry-hopping schedule. I'd love to help Laurel Creek get the new fermenters online.

                           All the best,
                           Tessa
                           """), cte="7bit", charset="us-ascii"))
    notice = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <walt@laurelcreekbrewng.com>: Host or domain name not found. Name service error
            for name=laurelcreekbrewng.com type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Bq7Zt1Xk8z3wR
        Arrival-Date: Fri, 16 Oct 2026 19:31:09 +0000 (UTC)

        Final-Recipient: rfc822; walt@laurelcreekbrewng.com
        Original-Recipient: rfc822;walt@laurelcreekbrewng.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=laurelcreekbrewng.com type=MX: Host not found
        """)
    report = make.multipart("report",
                            text(notice, charset="us-ascii", cte="7bit",
                                 extra=(("Content-Description", "Notification"),)),
                            make.raw_part([("Content-Description", "Delivery report"),
                                           ("Content-Type", "message/delivery-status")], status),
                            make.Part([("Content-Description", "Undelivered Message"),
                                       ("Content-Type", "message/rfc822")], original),
                            params="report-type=delivery-status")
    hs = head("Mail Delivery System <MAILER-DAEMON@mx.example.org>",
              "Undelivered Mail Returned to Sender",
              "2026-10-16 15:31:10", NY, "<20261016193110.4Bq7Zt1Xk8z3wR@mx.example.org>",
              ("Auto-Submitted", "auto-replied"))
    return message(hs, report)


@make.mail(N(38), family="offer", lang="en", interview=False, company="Ironclad Beverage Group",
           note="Offer letter with a response deadline and a start date; past interviews mentioned, none scheduled.",
           days=(("Mon", "2026-12-07"), ("Mon", "2027-01-04")))
def ironclad_offer() -> bytes:
    body = t("""
        Hi Tessa,

        On behalf of everyone you met on November 5th, I'm thrilled to extend you an offer for the Supply
        Planning Coordinator position at Ironclad Beverage Group! Your offer letter is attached through our
        portal, and the highlights are:

          - Base salary: $71,500
          - Annual bonus target: 8%
          - Hybrid: Charlotte office Tuesday - Thursday, with relocation support of $6,000
          - Proposed start date: Monday, January 4, 2027

        Please review and sign by 5:00 PM ET on Monday, December 7. Nate and I are happy to hop on a call to
        talk through anything - just reply with a few times that suit you.

        Congratulations!

        Brianna Lowe
        Recruiting Coordinator, Ironclad Beverage Group
        """)
    hs = head("Brianna Lowe <brianna.lowe@ironcladbev.com>",
              "Your offer from Ironclad Beverage Group",
              "2026-12-01 15:20:33", NY, "<CY8PR10MB7241D0A3E6B5C9F2147E8A3B6C0D@CY8PR10MB7241.namprd10.prod.outlook.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))



@make.mail(N(39), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Dentist appointment reminder with an ICS attachment; a fixed time but not an interview.",
           days=(("Fri", "2026-10-02"),))
def dentist_reminder() -> bytes:
    body = t("""
        Hi Tessa,

        This is a friendly reminder of your upcoming appointment at Asheville Smile Studio:

        Friday, October 2, 2026 at 8:30 AM
        Hygiene visit with Kristen, RDH
        1 Oak Forest Dr, Suite 200, Asheville, NC 28803

        Reply C to confirm or call us at 828-555-0110 to reschedule. Please give us 24 hours' notice of
        cancellations to avoid a $50 fee.

        See you soon!
        Asheville Smile Studio
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmilePulse//Patient Reminders//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:apt-551902-20261002@smilepulse.example.com
        DTSTAMP:20260928T140000Z
        DTSTART:20261002T123000Z
        DTEND:20261002T133000Z
        SUMMARY:Dental cleaning - Asheville Smile Studio
        LOCATION:1 Oak Forest Dr\\, Suite 200\\, Asheville\\, NC 28803
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Asheville Smile Studio <reminders@smilepulse.example.com>",
              "Appointment reminder: Friday, October 2 at 8:30 AM",
              "2026-09-28 10:00:00", NY, mid("dentist-reminder", "smilepulse.example.com"))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                  disposition="attachment")))


@make.mail(N(40), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="Outlook meeting request from Tessa's current employer (Q4 production planning); Windows zone "
                "name in the ICS; a fixed time, not an interview.",
           days=(("Wed", "2026-09-30"),))
def big_ivy_planning() -> bytes:
    body = t("""
        When: Wednesday, September 30, 2026 2:00 PM-3:30 PM. (UTC-05:00) Eastern Time (US & Canada)
        Where: Big Ivy Brewing - upstairs conference room

        All,

        Let's lock the Q4 brewing and packaging calendar: holiday seasonal volumes, the two contract runs for
        Tributary Ales, and the can-line maintenance window. Tessa, please bring the updated tank map.

        Hank
        """)
    ics = make.VTZ["Eastern Standard Time"].join(["BEGIN:VCALENDAR\nMETHOD:REQUEST\n"
                                                  "PRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hank Ostrowski:mailto:hank@bigivybrewing.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tessa Morrow:mailto:tessa@bigivybrewing.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jess Lyle:mailto:jess@bigivybrewing.com
        UID:040000008200E00074C5B7101A82E00800000000B7C2E9F04A4EDC01000000000000000010000000D5E6F7A8B9C0D1E2F3A4B5C6D7E8F901
        SUMMARY;LANGUAGE=en-US:Q4 production planning
        DTSTART;TZID=Eastern Standard Time:20260930T140000
        DTEND;TZID=Eastern Standard Time:20260930T153000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260925T133015Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Big Ivy Brewing - upstairs conference room
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head("Hank Ostrowski <hank@bigivybrewing.com>", "Q4 production planning",
              "2026-09-25 09:30:15", NY,
              "<BY5PR08MB6423F2A0C9D1E7B4A6C3F8E0D9B1@BY5PR08MB6423.namprd08.prod.outlook.com>",
              ("Thread-Topic", "Q4 production planning"),
              to="Tessa Morrow <tessa@bigivybrewing.com>, Jess Lyle <jess@bigivybrewing.com>")
    hs.append(("X-Forwarded-For", "tessa@bigivybrewing.com tessa.morrow@example.org"))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), calendar(ics, cte="base64")))


@make.mail(N(41), family="receipt", lang="en", interview=False, company=None,
           note="Concert ticket receipt with a show time; not an interview.",
           days=(("Sat", "2026-11-14"),))
def concert_tickets() -> bytes:
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
        <h2>You're going! 🎶</h2>
        <p>Order #TX-40918277</p>
        <p><b>The Lowland Hum + Laurel Fork String Band</b><br>
        Riverside Music Hall, Asheville, NC<br>
        Saturday, November 14, 2026 &middot; Doors 7:00 PM &middot; Show 8:00 PM</p>
        <p>2 &times; General Admission &mdash; $28.00 each<br>Fees: $9.40<br><b>Total: $65.40</b></p>
        <p>Your mobile tickets are in the TixHub app. Screenshots will not be accepted at the door.</p>
        <p style="font-size:11px;color:#777">TixHub, Inc. &middot; Questions? help.tixhub.example.com</p>
        </body></html>
        """)
    hs = head("TixHub <orders@tixhub.example.com>",
              "Your tickets: The Lowland Hum at Riverside Music Hall",
              "2026-10-23 21:14:50", NY, mid("tix-40918277", "tixhub.example.com"))
    return message(hs, html(html_body))


@make.mail(N(42), family="non_interview_appointment", lang="en", interview=False, company=None,
           note="Car service appointment confirmation with a drop-off time; not an interview.",
           days=(("Thu", "2026-11-19"),))
def auto_service() -> bytes:
    body = t("""
        Hi Tessa,

        Your service appointment is confirmed.

        Vehicle: 2017 Subaru Outback
        Service: 60,000-mile service, front brake inspection
        Drop-off: Thursday, November 19, 2026 at 7:30 AM
        Estimated completion: end of day

        Tunnel Road Auto Care
        620 Tunnel Rd, Asheville, NC 28805
        828-555-0175

        Need a ride? Our shuttle runs anywhere within 5 miles until 9 AM.
        """)
    hs = head("Tunnel Road Auto Care <service@tunnelroadauto.example.com>",
              "Appointment confirmed - Thu, Nov 19 at 7:30 AM",
              "2026-11-16 12:05:33", NY, mid("auto-svc-1119", "tunnelroadauto.example.com"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(43), family="receipt", lang="en", interview=False, company=None,
           note="Online-store shipping notice; nothing scheduled.",
           days=(("Tue", "2026-12-01"),))
def shipping_notice() -> bytes:
    html_body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tessa,</p>
        <p>Good news &mdash; your order <b>#FW-228314</b> is on its way.</p>
        <table cellpadding="4">
        <tr><td>Wool blend throw, Oatmeal</td><td>1</td><td>$54.00</td></tr>
        <tr><td>Stoneware mugs (set of 4)</td><td>1</td><td>$38.00</td></tr>
        </table>
        <p>Carrier: UPS Ground &middot; Tracking 1Z 8W4 192 03 5541 7720<br>
        Estimated delivery: Tuesday, December 1</p>
        <p>Thanks for shopping Black Friday with us!<br>Fernwood Home</p>
        </body></html>
        """)
    hs = head("Fernwood Home <orders@fernwoodhome.example.com>",
              "Your Fernwood Home order has shipped",
              "2026-11-27 18:40:12", NY, mid("fw-228314", "fernwoodhome.example.com"))
    return message(hs, html(html_body, cte="base64"))


@make.mail(N(44), family="non_interview_calendar", lang="en", interview=False, company=None,
           note="A friend's Google Calendar invitation to an industry holiday mixer; a fixed time, not an "
                "interview.",
           days=(("Thu", "2026-12-03"),))
def mixer_invite() -> bytes:
    body = t("""
        You have been invited to the following event.

        Women in Beverage WNC - holiday mixer
        When: Thursday Dec 3, 2026 6pm – 8pm Eastern Time - New York
        Where: Hillside Brewing Co. taproom, Black Mountain
        Calendar: tessa.morrow@example.org
        Who:
          • maggie.doyle@example.com - organizer
          • tessa.morrow@example.org

        Tessa!! You have to come - half the ops people in the region will be there and you can tell everyone
        about your job hunt. First round's on me.

        Going (tessa.morrow@example.org)?   Yes - Maybe - No    more options »

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261203T230000Z
        DTEND:20261204T010000Z
        DTSTAMP:20261128T150231Z
        ORGANIZER;CN=Maggie Doyle:mailto:maggie.doyle@example.com
        UID:0f8h3k2m5p7r9t1v4x6z8b0d2c@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tessa.morrow@example.org;X-NUM-GUESTS=0:mailto:tessa.morrow@example.org
        LOCATION:Hillside Brewing Co. taproom\\, Black Mountain
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Women in Beverage WNC - holiday mixer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Maggie Doyle <maggie.doyle@example.com>",
              "Invitation: Women in Beverage WNC - holiday mixer @ Thu Dec 3, 2026 6pm - 8pm (EST) (tessa.morrow@example.org)",
              "2026-11-28 10:02:31", NY, mid("wib-mixer", "google.com"),
              ("Sender", "Google Calendar <calendar-notification@google.com>"))
    return message(hs, alt(text(body), calendar(ics)))


@make.mail(N(45), family="post_interview", lang="en", interview=False, company="Laurel Creek Brewing",
           note="GM's note after the interview: 'we'll be in touch by end of next week'; nothing scheduled.")
def laurel_creek_after() -> bytes:
    body = t("""
        Hi Tessa,

        Thanks again for coming by Friday and for rolling with the schedule change. Walt hasn't stopped
        talking about your idea for staggering the tank turns. We're meeting two more folks this week and
        hope to have a decision by the end of next week - I'll be in touch either way.

        Beth Ann
        """)
    hs = head("Beth Ann Calloway <bethann@laurelcreekbrewing.com>",
              "Re: Production Coordinator opening",
              "2026-10-19 12:12:09", NY, "<CAJt7pQ8Kd2_Xn5Rw0Lm7Tc4Yb1Vs9Ep3oHa6uJ@mail.gmail.com>",
              ("In-Reply-To", "<CAJt7pQ3m_Wv8Ls0kHn2Tb6Rc9Yd4Ex1oFq5uZe@mail.gmail.com>"))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(46), family="assessment", lang="en", interview=False, company="Ironclad Beverage Group",
           note="Take-home case exercise with a submission deadline; not an interview.",
           days=(("Fri", "2026-11-13"),))
def ironclad_case() -> bytes:
    body = t("""
        Hi Tessa,

        Thank you again for meeting with the team last Thursday! As a final step, we'd like you to complete a
        short planning exercise. Attached is a workbook with six weeks of demand and line-capacity data for a
        fictional canning plant; please build a production plan and a one-page summary of your assumptions.

        Please send your submission back to me by 5:00 PM ET on Friday, November 13. It should take about three
        hours - please don't spend more than that.

        Best,
        Brianna Lowe
        Recruiting Coordinator, Ironclad Beverage Group
        """)
    hs = head("Brianna Lowe <brianna.lowe@ironcladbev.com>",
              "Ironclad Beverage Group - planning exercise",
              "2026-11-09 09:12:55", NY, "<CY8PR10MB72418B1F0C3E4A9D2675F0E3C1B8@CY8PR10MB7241.namprd10.prod.outlook.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="personal", lang="en", interview=False, company=None,
           note="A former colleague says she gave Tessa a reference; personal mail, nothing scheduled.")
def reference_friend() -> bytes:
    body = t("""
        Hey T!

        Just got off the phone with a very nice woman from Ironclad (Brianna?) - told her you're the only
        reason the Oskar Blues collab shipped on time in 2024 and that she'd be nuts not to hire you. She
        asked about how you handle a line going down mid-run, so I told her the forklift-in-the-rain story.

        Fingers crossed! Drinks on you when you get it.

        xo
        Carla
        """)
    hs = head("Carla Nguyen <carla.nguyen@example.com>", "you're welcome ;)",
              "2026-11-11 19:44:21", NY, "<CAHz3rPq7_Kn2Wb8Lm0Yc5Td1Vs4Eo9uFx6aGj@mail.gmail.com>")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(48), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Job-board career newsletter with interview tips; confirms nothing.")
def hireloop_digest() -> bytes:
    html_body = t("""
        <html><body style="margin:0;font-family:Arial,sans-serif;color:#1d1d1f">
        <table width="600" align="center" cellpadding="20"><tr><td>
        <h1 style="font-size:22px">The HireLoop Career Digest</h1>
        <h3>5 questions every operations interview asks (and how to answer them)</h3>
        <p>From &ldquo;Tell me about a time a shipment went sideways&rdquo; to &ldquo;How do you prioritize when
        everything is urgent?&rdquo;, hiring managers in operations want stories with numbers. Here's how to
        structure yours.</p>
        <h3>Salary check: coordinators in the Southeast</h3>
        <p>Median pay for operations coordinators in North Carolina rose 4% this year.</p>
        <p><a href="https://www.hireloop.example.com/career-advice">Read more career advice</a></p>
        <p style="font-size:11px;color:#888">You're receiving this because you have a HireLoop account.
        <a href="https://www.hireloop.example.com/unsubscribe?d=digest">Unsubscribe</a></p>
        </td></tr></table>
        </body></html>
        """)
    hs = head("HireLoop Career Digest <digest@hireloop.example.com>",
              "Nail your next operations interview",
              "2026-09-30 11:00:00", NY, mid("hireloop-digest-0930", "hireloop.example.com"),
              ("List-Unsubscribe", "<https://www.hireloop.example.com/unsubscribe?d=digest>"),
              ("Precedence", "bulk"))
    return message(hs, html(html_body))


@make.mail(N(49), family="onboarding_task", lang="en", interview=False, company="Ironclad Beverage Group",
           note="Workday task after the offer: authorize a background check by a date; not an interview.",
           days=(("Tue", "2026-12-08"),))
def ironclad_background() -> bytes:
    html_body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hello Tessa,</p>
        <p>Congratulations on accepting your offer with Ironclad Beverage Group! You have a new task in Workday:</p>
        <p><b>Complete Background Check Authorization</b><br>Due: Tuesday, December 8, 2026</p>
        <p>Sign in to your <a href="https://wd1.myworkdaysite.com/recruiting/ironcladbev">candidate home page</a>
        to complete it. The check is handled by our screening partner and usually takes 3&ndash;5 business days.</p>
        <p>Thank you,<br>Ironclad Beverage Group People Team</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    hs = head("Ironclad Beverage Group <ironcladbev@myworkday.com>",
              "Action Required: Background Check Authorization",
              "2026-12-03 08:45:17", NY, mid("ironclad-wd-bgc", "myworkday.com"))
    return message(hs, html(html_body, cte="quoted-printable"))


@make.mail(N(50), family="bill", lang="en", interview=False, company=None,
           note="Utility e-bill with a due date; nothing to do with the job hunt.",
           days=(("Mon", "2026-12-21"),))
def power_bill() -> bytes:
    body = t("""
        Your Blue Ridge Power & Light bill is ready

        Account ending in 4471
        Service address: 38 Montford Ave, Apt 2, Asheville, NC 28801

        Amount due: $118.62
        Due date: Monday, December 21, 2026

        You're enrolled in AutoPay. We'll draft your bank account on the due date - no action needed.

        View your bill: https://my.blueridgepower.example.com/bill

        Blue Ridge Power & Light
        """)
    hs = head("Blue Ridge Power & Light <ebill@blueridgepower.example.com>",
              "Your December bill is ready",
              "2026-12-02 05:31:00", NY, mid("brpl-1202", "blueridgepower.example.com"))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))
