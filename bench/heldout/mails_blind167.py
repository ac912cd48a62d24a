"""blind167: 50 hand-written mails from the inbox of Kevin Nguyen, a defense-electronics test
engineer in San Diego (America/Los_Angeles), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Build and check:

    python3 bench/heldout/make_blind.py blind167

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind167_{ORDER[key-1]:03d}.eml``; keys 1-23 are the positives, 24-50 the negatives.
"""

from __future__ import annotations

import random

import make
from make import (
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

ORDER = random.Random(1670167).sample(range(1, 51), 50)

ME = "kevin.nguyen@example.org"
KEVIN = addr("Kevin Nguyen", ME)
LA = "America/Los_Angeles"
NY = "America/New_York"
PHX = "America/Phoenix"
TIJ = "America/Tijuana"


def N(key: int) -> str:
    return f"blind167_{ORDER[key - 1]:03d}"


def H(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *extra: tuple[str, str],
      to: str = KEVIN, lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, "mx.example.org with ESMTPS id " + msgid[:10].strip("<@."),
                              ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


LA_VTZ = """BEGIN:VTIMEZONE
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

PST_WIN_VTZ = """BEGIN:VTIMEZONE
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

AZ_WIN_VTZ = """BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:DAYLIGHT
END:VTIMEZONE"""

NY_VTZ = make.VTZ["America/New_York"]
EST_WIN_VTZ = make.VTZ["Eastern Standard Time"]


# =========================================================================== positives


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", LA), end=utc("2026-09-10 14:45", LA),
      contact="marisol.vega@skyloomrobotics.com", company="Skyloom Robotics",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=LA,
      note="Greenhouse confirmation for a drone startup in San Diego: Thu 10 Sep 2:00-2:45 PM PDT "
           "(UTC-7) = 21:00-21:45Z; ICS agrees; contact = human Reply-To recruiter.")
def m1():
    body = t("""
        Hi Kevin,

        Thanks for making time to speak with us! Your interview for Flight Test Engineer II
        is confirmed:

        Date: Thursday, September 10, 2026
        Time: 2:00 PM - 2:45 PM PDT
        Format: Video (Google Meet) - https://meet.google.com/skl-rbtq-vwe

        You'll be meeting with:
          Owen Marchetti, Head of Flight Test (45 min)

        Owen will walk through a recent failure you debugged on a test stand, so have one
        story ready. If anything changes, just reply to this email and it will come to me.

        Best,
        Marisol Vega
        Recruiting | Skyloom Robotics
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Kevin,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Flight Test Engineer II</b>
        is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Thursday, September 10, 2026</td></tr>
        <tr><td><b>Time</b></td><td>2:00 PM - 2:45 PM PDT</td></tr>
        <tr><td><b>Format</b></td><td>Video (Google Meet) -
        <a href="https://meet.google.com/skl-rbtq-vwe">meet.google.com/skl-rbtq-vwe</a></td></tr>
        </table>
        <p>You'll be meeting with:<br>&nbsp;&nbsp;Owen Marchetti, Head of Flight Test (45 min)</p>
        <p>Owen will walk through a recent failure you debugged on a test stand, so have one
        story ready. If anything changes, just reply to this email and it will come to me.</p>
        <p>Best,<br>Marisol Vega<br>Recruiting | Skyloom Robotics</p>
        <img src="https://us.greenhouse-mail.io/o/eJx1kM1OwzAQhO95ipXvTZq0" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LA_VTZ}
BEGIN:VEVENT
UID:gh-int-88213407@greenhouse.io
DTSTAMP:20260908T171402Z
DTSTART;TZID=America/Los_Angeles:20260910T140000
DTEND;TZID=America/Los_Angeles:20260910T144500
SUMMARY:Interview: Kevin Nguyen / Skyloom Robotics - Flight Test Engineer II
LOCATION:https://meet.google.com/skl-rbtq-vwe
ORGANIZER;CN=Marisol Vega:mailto:marisol.vega@skyloomrobotics.com
ATTENDEE;CN=Kevin Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Skyloom Robotics", "no-reply@us.greenhouse-mail.io"),
           "Interview Confirmation: Flight Test Engineer II at Skyloom Robotics",
           "2026-09-08 10:14", LA, "<gh.88213407.0b1f6e@us.greenhouse-mail.io>",
           "from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.40.12])",
           ("Reply-To", addr("Marisol Vega", "marisol.vega@skyloomrobotics.com")),
           ("X-Mailer", "Greenhouse"))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-16 09:30", LA), end=utc("2026-09-16 10:30", LA),
      contact="trevor.lindqvist@callowaybio.com", company="Calloway Biologics",
      local="Wed 2026-09-16 09:30", local_end="2026-09-16 10:30", zone=LA,
      note="Lever confirmation (HTML only, base64) for a biotech in Irvine: Wed 16 Sep 9:30-10:30 AM "
           "PDT = 16:30-17:30Z; contact = Reply-To recruiter.")
def m2():
    h = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:Helvetica,Arial,sans-serif;color:#333">
        <img src="https://lever-client-logos.s3.amazonaws.com/calloway-logo.png" alt="Calloway Biologics" height="32">
        <h2 style="font-weight:500">Your interview is confirmed</h2>
        <p>Hi Kevin,</p>
        <p>We&#39;re excited to have you in for your onsite interview for <strong>Instrumentation
        Test Engineer</strong>. Here are the details:</p>
        <p style="background:#f0f4ff;padding:12px;border-radius:4px">
        <strong>Wednesday, September 16, 2026</strong><br>
        9:30 AM &ndash; 10:30 AM (Pacific Daylight Time)<br>
        Calloway Biologics, 4120 Discovery Ridge, Irvine, CA 92618 &ndash; Lobby B
        </p>
        <p>Interviewers: Helen Sato (Director, Automation) and Raj Mehta (Senior QA Engineer)</p>
        <p>Parking is free in the visitor lot. Please check in with reception about ten minutes
        early; you will be asked to sign an NDA.</p>
        <p>Questions? Reply to this email to reach Trevor Lindqvist.</p>
        <p style="color:#999;font-size:12px">Sent via Lever on behalf of Calloway Biologics.</p>
        </div></body></html>
        """)
    hs = H(addr("Calloway Biologics", "no-reply@hire.lever.co"),
           "Confirmed: Onsite interview with Calloway Biologics",
           "2026-09-14 08:03", LA, "<0100019a2c55e1f7-6c1a7d3e-4b0a-4c7e@email.amazonses.com>",
           "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
           ("Reply-To", addr("Trevor Lindqvist", "trevor.lindqvist@callowaybio.com")))
    return message(hs, html(h, cte="base64"))


@mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 13:00", NY), end=utc("2026-11-02 13:45", NY),
      contact="priya.raman@meridianquay.com", company="Meridian Quay Systems",
      local="Mon 2026-11-02 13:00", local_end="2026-11-02 13:45", zone=NY,
      note="Ashby confirmation sent Thu 29 Oct in EDT for Mon 2 Nov 1:00-1:45 PM EST: US clocks went "
           "back on 1 Nov, so UTC-5 -> 18:00-18:45Z (the body's '10:00 AM PST' agrees); ICS agrees; "
           "contact = Reply-To recruiter.")
def m3():
    body = t("""
        Hi Kevin,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, November 2, 2026, 1:00 PM – 1:45 PM EST
        (10:00 AM – 10:45 AM PST)
        Zoom: https://meridianquay.zoom.us/j/81234567701

        You'll meet with:
          Daniel Osei — Engineering Manager, Hardware Validation

        Heads-up: clocks change on Sunday, November 1. The times above already account for it.

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Meridian Quay Systems Recruiting
        """)
    h = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Kevin,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Monday, November 2, 2026, 1:00 PM – 1:45 PM EST</b><br>
        (10:00 AM – 10:45 AM PST)<br>
        Zoom: <a href="https://meridianquay.zoom.us/j/81234567701">https://meridianquay.zoom.us/j/81234567701</a></p>
        <p>You&#x27;ll meet with:<br>Daniel Osei — Engineering Manager, Hardware Validation</p>
        <p>Heads-up: clocks change on Sunday, November 1. The times above already account for it.</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Meridian Quay Systems Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{NY_VTZ}
BEGIN:VEVENT
UID:4f0c9d52-81aa-4c3e-9b6e-2d7f10a3c511
DTSTAMP:20261029T182011Z
DTSTART;TZID=America/New_York:20261102T130000
DTEND;TZID=America/New_York:20261102T134500
SEQUENCE:0
SUMMARY:Meridian Quay Systems – Hardware Test Engineer Interview
LOCATION:https://meridianquay.zoom.us/j/81234567701
ORGANIZER;CN=Priya Raman:mailto:priya.raman@meridianquay.com
ATTENDEE;CN=Kevin Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Meridian Quay Systems", "no-reply@ashbyhq.com"),
           "Interview confirmed: Hardware Test Engineer at Meridian Quay Systems",
           "2026-10-29 14:20", NY, "<01000192e1c3a7b1-5d2e9c1f-77aa-4e0b-9f31-0c2b@email.amazonses.com>",
           "from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
           ("Reply-To", addr("Priya Raman", "priya.raman@meridianquay.com")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(h, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-06 08:00", PHX), end=utc("2026-10-06 12:00", PHX),
      contact="rhonda.tillman@copperlinedefense.com", company="Copperline Defense Systems",
      local="Tue 2026-10-06 08:00", local_end="2026-10-06 12:00", zone=PHX,
      note="Workday onsite at a cleared federal contractor in Chandler AZ: Tue 6 Oct 8:00 AM-12:00 PM "
           "MST (Arizona, no DST, UTC-7) = 15:00-19:00Z, the same UTC offset as San Diego in October; "
           "contact = recruiter address in the body (sender is the Workday tenant mailbox).")
def m4():
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:13px">
        <tr><td style="background:#0b3d5c;color:#fff;padding:10px"><b>Copperline Defense Systems</b></td></tr>
        <tr><td style="padding:14px">
        <p>Dear Kevin Nguyen,</p>
        <p>Thank you for your interest in <b>Test Engineer III – Radar Subsystems (R-0019884)</b>.
        We are pleased to confirm your on-site interview:</p>
        <p><b>Date:</b> Tuesday, October 6, 2026<br>
        <b>Time:</b> 8:00 AM - 12:00 PM (GMT-07:00) Arizona<br>
        <b>Location:</b> Copperline Defense Systems, 2250 W. Ocotillo Rd, Building 4, Chandler, AZ 85248</p>
        <p>This position requires an active U.S. Government SECRET clearance. Please bring a valid,
        unexpired government-issued photo ID; visitors without one cannot be badged into the facility.
        Personal electronic devices (phones, smartwatches, fitness trackers) are not permitted past
        the lobby.</p>
        <p>If you have questions or need to request an accommodation, contact Rhonda Tillman,
        Senior Technical Recruiter, at <a href="mailto:rhonda.tillman@copperlinedefense.com">rhonda.tillman@copperlinedefense.com</a>
        or (480) 555-0176.</p>
        <p>Please do not reply to this message; this mailbox is not monitored.</p>
        <p>Copperline Defense Systems Talent Acquisition</p>
        </td></tr></table>
        </body></html>
        """)
    hs = H(addr("Copperline Defense Systems", "copperline@myworkday.com"),
           "Interview Scheduled - Test Engineer III – Radar Subsystems (R-0019884)",
           "2026-09-30 16:12", "UTC", "<1843557310.99214.1790784729000@wd5-prod-mail.myworkday.com>",
           "from wd5-smtp.myworkday.com (wd5-smtp.myworkday.com [209.177.165.20])")
    return message(hs, html(h))


@mail(N(5), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-25 07:30", LA), contact="dale.okafor@harborlineship.com",
      company="Harborline Shipbuilding", local="Fri 2026-09-25 07:30", zone=LA,
      note="SmartRecruiters onsite at a San Diego shipyard: Fri 25 Sep 7:30 AM PDT = 14:30Z; 'plan on "
           "about two hours' is approximate so end null; contact = hiring manager address in the body "
           "(sender is a no-reply mailbox).")
def m5():
    body = t("""
        Hello Kevin,

        Thank you for applying to Harborline Shipbuilding. We are happy to confirm your interview
        for Electrical Test Engineer – New Construction (Job ID 4410-SD).

        When: Friday, September 25, 2026 at 7:30 AM (Pacific Time)
        Where: Harborline Shipbuilding, Gate 3 Visitor Center, 2798 Harbor Dr, San Diego, CA 92113
        Interviewer: Dale Okafor, Test & Trials Manager

        Plan on about two hours, including a walk through the waterfront and one of the ships in
        the dry dock. Closed-toe shoes are required (steel toe not necessary; hard hats and safety
        glasses are provided). Bring your TWIC card if you have one.

        Questions before Friday? Dale can be reached at dale.okafor@harborlineship.com.

        Best regards,
        Harborline Shipbuilding Talent Team

        This message was sent via SmartRecruiters. Please do not reply directly to this email.
        """)
    h = "<html><body style=\"font-family:'Open Sans',Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = H(addr("Harborline Shipbuilding", "noreply@smartrecruiters.com"),
           "Interview confirmation – Electrical Test Engineer – New Construction",
           "2026-09-21 13:40", LA, "<a91f2c0d-1e55-4d3b-bb7e-2a1f9c33e7d4@mail.smartrecruiters.com>",
           "from mail.smartrecruiters.com (mail.smartrecruiters.com [52.17.120.33])")
    return message(hs, alt(text(body, cte="8bit"), html(h, cte="8bit")))


@mail(N(6), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-16 15:30", LA), end=utc("2026-10-16 16:30", LA),
      contact="gloria.estrada@palomaraero.com", company="Palomar Aerosystems",
      local="Fri 2026-10-16 15:30", local_end="2026-10-16 16:30", zone=LA,
      note="iCIMS reschedule (iso-8859-1 QP) for an LA aerospace firm: old Thu 15 Oct 10:00 AM PT, "
           "new Fri 16 Oct 3:30 PM PT for 60 minutes -> PDT 22:30-23:30Z; contact = coordinator "
           "address in the body.")
def m6():
    body = t("""
        Dear Kevin,

        Please note that your interview for Senior Test Engineer - Flight Controls
        (Req #2026-4471) has been rescheduled at the request of the hiring team.

        Previous date/time:  Thursday, October 15, 2026, 10:00 AM Pacific Time  (CANCELLED)
        New date/time:       Friday, October 16, 2026, 3:30 PM Pacific Time
        Duration:            60 minutes
        Location:            Microsoft Teams (link below)

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_PAL4471

        Panel: Ignacio Ruiz (Manager, Integration & Test) and Beth Kowalczyk (Principal Engineer)

        We apologize for the change. If the new time does not work, please contact
        Gloria Estrada, Recruiting Coordinator, at gloria.estrada@palomaraero.com.
        Please have your résumé handy; the panel may ask about your HALT/HASS experience.

        Sincerely,
        Palomar Aerosystems Talent Acquisition
        El Segundo, California
        """)
    h = ("<html><body><font face=\"Tahoma\" size=\"2\">"
         + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
         + "</font></body></html>\n")
    hs = H(addr("Palomar Aerosystems Talent Acquisition", "palomaraero@talent.icims.com"),
           "Updated: Interview Schedule – Senior Test Engineer – Flight Controls",
           "2026-10-13 11:05", LA, "<1760378700123.4471.JavaMail.icims@talent.icims.com>",
           "from smtp-out7.icims.com (smtp-out7.icims.com [66.152.110.27])",
           ("X-Mailer", "iCIMS"))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(h, charset="iso-8859-1")))


@mail(N(7), family="taleo", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-20 11:00", NY), end=utc("2026-10-20 11:30", NY),
      contact="denise.harlow@northgatefed.com", company="Northgate Federal Solutions",
      local="Tue 2026-10-20 11:00", local_end="2026-10-20 11:30", zone=NY,
      note="Taleo phone screen (text only, windows-1252 QP) with an East Coast federal contractor, "
           "US date 10/20/2026 11:00 AM Eastern (EDT, UTC-4) for 30 minutes = 15:00-15:30Z, i.e. "
           "8:00 AM in San Diego; contact = recruiter address in the body.")
def m7():
    body = t("""
        Dear Kevin Nguyen,

        Thank you for your interest in the position Systems Test Engineer – Cleared (Requisition
        26-0833) with Northgate Federal Solutions.

        We’d like to confirm your telephone interview:

            Date:      10/20/2026 (Tuesday)
            Time:      11:00 AM Eastern Time
            Length:    30 minutes
            Interviewer: Curtis Bell, Program Test Lead

        Mr. Bell will call you at (619) 555-0143. Please note the interview time is Eastern –
        that’s 8:00 AM for you in San Diego.

        If you need to reschedule, please contact Denise Harlow at denise.harlow@northgatefed.com
        at least 24 hours in advance.

        Regards,

        Denise Harlow
        Talent Acquisition Partner
        Northgate Federal Solutions | Reston, VA

        *** This is an automatically generated e-mail from our career site. ***
        """)
    hs = H(addr("Northgate Federal Solutions", "northgatefed@invalidemail.com"),
           "Northgate Federal Solutions - Interview Confirmation - Req 26-0833",
           "2026-10-15 13:47", NY, "<20261015174712.B77A41C0@phx1-prod.taleo.net>",
           "from smtp.taleo.net (smtp.taleo.net [160.34.0.156])",
           ("X-Mailer", "Taleo Enterprise Edition"))
    return message(hs, text(body, charset="windows-1252"))


@mail(N(8), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:00", LA), end=utc("2026-11-12 13:30", LA),
      contact="abby.chen@lumenfield.net", company="Lumenfield Networks",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 13:30", zone=LA,
      note="GoodTime onsite itinerary in Playa Vista (LA), five sessions Thu 12 Nov 9:00 AM-1:30 PM "
           "PST (after the 1 Nov change, UTC-8) = 17:00-21:30Z, first start to last end; ICS agrees; "
           "contact = coordinator Reply-To.")
def m8():
    body = t("""
        Hi Kevin,

        Your onsite interview with Lumenfield Networks is confirmed. Here is your itinerary
        (all times Pacific Standard Time):

        Thursday, November 12, 2026
          9:00 AM -  9:45 AM   Hiring manager - Sofia Brandt
          9:45 AM - 10:45 AM   Lab practical (RF bench, bring nothing) - Marco Ianelli
         11:00 AM - 12:00 PM   Panel: test automation - Wen Zhao, Lucas Ferreira
         12:00 PM - 12:45 PM   Lunch with the team
         12:45 PM -  1:30 PM   Director, Hardware Engineering - Nadia Qureshi

        Address: 12975 Bluff Creek Dr, Suite 400, Playa Vista, CA 90094. Visitor parking is
        on level P2; show this email at the front desk.

        Need to make a change? Reply to this email to reach me.

        Abby Chen
        Recruiting Coordinator, Lumenfield Networks

        Powered by GoodTime
        """)
    h = ("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\"><pre style=\"font-family:inherit\">"
         + body.replace("&", "&amp;") + "</pre></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{LA_VTZ}
BEGIN:VEVENT
UID:goodtime-7c5e1a0b-lumenfield-onsite
DTSTAMP:20261104T183011Z
DTSTART;TZID=America/Los_Angeles:20261112T090000
DTEND;TZID=America/Los_Angeles:20261112T133000
SUMMARY:Onsite Interview - Kevin Nguyen - Lumenfield Networks
LOCATION:12975 Bluff Creek Dr\\, Suite 400\\, Playa Vista\\, CA 90094
DESCRIPTION:Itinerary: 9:00 Sofia Brandt\\; 9:45 Lab practical\\; 11:00 Panel\\; 12:00 Lunch\\; 12:45 Nadia Qureshi
ORGANIZER;CN=Abby Chen:mailto:abby.chen@lumenfield.net
ATTENDEE;CN=Kevin Nguyen;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Lumenfield Networks Recruiting", "scheduling@goodtime.io"),
           "Your onsite interview with Lumenfield Networks - Thursday, November 12",
           "2026-11-04 10:30", LA, "<20261104183011.7c5e1a0b@mail.goodtime.io>",
           "from mail.goodtime.io (mail.goodtime.io [198.2.180.44])",
           ("Reply-To", addr("Abby Chen", "abby.chen@lumenfield.net")))
    return message(hs, mixed(alt(text(body), html(h)), calendar(ics, filename="interview.ics",
                                                                disposition="attachment")))


@mail(N(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-29 12:00", LA), end=utc("2026-09-29 12:30", LA),
      contact="dana.whitfield@ridgebackpower.com", company="Ridgeback Power Electronics",
      local="Tue 2026-09-29 12:00", local_end="2026-09-29 12:30", zone=LA,
      note="Calendly invitee confirmation for a remote-first startup: 12:00pm-12:30pm Pacific Time on "
           "Tue 29 Sep = PDT 19:00-19:30Z; ICS in UTC agrees; contact = the host's Reply-To.")
def m9():
    body = t("""
        Hi Kevin Nguyen,

        Your Technical Screen - Test Engineering with Dana Whitfield at 12:00pm (Pacific Time -
        US & Canada) on Tuesday, September 29, 2026 is scheduled.

        Event Type:
        Technical Screen - Test Engineering

        Event Date/Time:
        12:00pm - 12:30pm (Pacific Time - US & Canada), Tuesday, September 29, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/rdg-bkpw-zqt

        Invitee Email:
        kevin.nguyen@example.org

        Questions:
        Anything you'd like Dana to know beforehand?
        I've mostly done ATE for power supplies (Teradyne + LabVIEW), happy to go deep there.

        View event in Calendly: https://calendly.com/events/8c1f5e2a-ridgeback

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8c1f5e2a-ridgeback
        Reschedule: https://calendly.com/reschedulings/8c1f5e2a-ridgeback

        Powered by Calendly.com
        """)
    h = ("<html><body style=\"font-family:Proxima Nova,Arial,sans-serif;color:#4d5055\">"
         + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
         + "</body></html>\n")
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8c1f5e2a-3d4b-4e77-a0c1-ridgeback@calendly.com
DTSTAMP:20260925T222219Z
DTSTART:20260929T190000Z
DTEND:20260929T193000Z
SUMMARY:Technical Screen - Test Engineering between Dana Whitfield and Kevin Nguyen
LOCATION:https://meet.google.com/rdg-bkpw-zqt
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@ridgebackpower.com
ATTENDEE;CN=Kevin Nguyen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Calendly", "notifications@calendly.com"),
           "Confirmed: Technical Screen - Test Engineering with Dana Whitfield on Tuesday, September 29, 2026",
           "2026-09-25 15:22", LA, "<8c1f5e2a.20260925222219@calendly.com>",
           "from o1.email.calendly.com (o1.email.calendly.com [167.89.29.108])",
           ("Reply-To", addr("Dana Whitfield", "dana.whitfield@ridgebackpower.com")))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(10), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", LA), end=utc("2026-10-27 10:45", LA),
      contact="leon.whitaker@cabrillomarine.com", company="Cabrillo Marine Instruments",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:45", zone=LA,
      note="Microsoft Bookings: label shows '(UTC-08:00) Pacific Time' (the standard offset) but 27 Oct "
           "is still PDT, so 10:00-10:45 = 17:00-17:45Z, which the ICS (Pacific Standard Time, "
           "Windows name) confirms; Bookings mailbox is not a contact, the staff member's address "
           "in the body is.")
def m10():
    body = t("""
        Cabrillo Marine Instruments

        Hello Kevin Nguyen,

        Your booking has been confirmed.

        Service: Engineering interview - Sonar Test Engineer (45 minutes)
        Staff: Leon Whitaker
        Tuesday, October 27, 2026 10:00 AM - 10:45 AM (UTC-08:00) Pacific Time (US & Canada)

        Join your appointment
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_CMIbooking

        Your interviewer, Leon Whitaker (leon.whitaker@cabrillomarine.com), will meet you online.
        If you need to make changes to your booking, please use the link below.

        Manage booking: https://outlook.office365.com/owa/calendar/CMIInterviews@cabrillomarine.onmicrosoft.com/bookings/

        Cabrillo Marine Instruments, 3366 Rosecrans St, San Diego, CA 92110
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;font-weight:600">Cabrillo Marine Instruments</div>
        <p>Hello Kevin Nguyen,</p>
        <p>Your booking has been confirmed.</p>
        <table style="font-size:14px">
        <tr><td>Service</td><td>Engineering interview - Sonar Test Engineer (45 minutes)</td></tr>
        <tr><td>Staff</td><td>Leon Whitaker</td></tr>
        <tr><td colspan="2"><b>Tuesday, October 27, 2026 10:00 AM - 10:45 AM (UTC-08:00) Pacific Time (US &amp; Canada)</b></td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_CMIbooking">Join your appointment</a></p>
        <p>Your interviewer, Leon Whitaker (leon.whitaker@cabrillomarine.com), will meet you online.
        If you need to make changes to your booking, please use the link below.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/CMIInterviews@cabrillomarine.onmicrosoft.com/bookings/">Manage booking</a></p>
        <p style="color:#605e5c;font-size:12px">Cabrillo Marine Instruments, 3366 Rosecrans St, San Diego, CA 92110</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PST_WIN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Cabrillo Marine Instruments Interviews:mailto:CMIInterviews@cabrillomarine.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kevin Nguyen:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Engineering interview - Sonar Test Engineer with Leon Whitaker
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6B7C8
SUMMARY;LANGUAGE=en-US:Engineering interview - Sonar Test Engineer
DTSTART;TZID=Pacific Standard Time:20261027T100000
DTEND;TZID=Pacific Standard Time:20261027T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T160012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Cabrillo Marine Instruments Interviews", "CMIInterviews@cabrillomarine.onmicrosoft.com"),
           "Booking confirmed: Engineering interview - Sonar Test Engineer on Tuesday, October 27, 2026",
           "2026-10-21 09:00", LA, "<BY5PR11MB4184E2C1D0A7F3B9@BY5PR11MB4184.namprd11.prod.outlook.com>",
           "from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2091.outbound.protection.outlook.com [40.107.236.91])",
           ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
           ("X-MS-Has-Attach", "yes"))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-07 16:30", LA), end=utc("2026-12-07 17:30", LA),
      contact="ekowalski@soledad.edu", company="Soledad University Applied Physics Laboratory",
      local="Mon 2026-12-07 16:30", local_end="2026-12-07 17:30", zone=LA,
      note="Google Calendar invitation from a university lab PI: Mon 7 Dec 4:30-5:30pm PST (UTC-8) = "
           "00:30-01:30Z on Tue 8 Dec, so the UTC date is the next day; ICS in UTC agrees; contact = "
           "organizer.")
def m11():
    body = t("""
        Elena Kowalski has invited you to an event

        Interview - Research Test Engineer (K. Nguyen)
        Monday Dec 7, 2026 ⋅ 4:30pm – 5:30pm (Pacific Time - Los Angeles)

        Location
        Soledad University Applied Physics Lab, Bldg 3, Room 214

        Kevin - our group meeting runs long on Mondays, so late afternoon is the only
        slot where Ahmed and I are both free. Park in lot P14 (visitor permit at the kiosk).
        Talk (20 min) on a test system you built, then Q&A and a lab tour.

        Guests
        Elena Kowalski - organizer
        Ahmed Farouk
        kevin.nguyen@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXFhY2s3

        Reply for kevin.nguyen@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=VIEW&eid=NXFhY2s3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.
        """)
    h = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Elena Kowalski has invited you to an event</p>
        <h2 style="font-weight:400;font-size:22px">Interview - Research Test Engineer (K. Nguyen)</h2>
        <p>Monday Dec 7, 2026 ⋅ 4:30pm – 5:30pm (Pacific Time - Los Angeles)</p>
        <p><b>Location</b><br>Soledad University Applied Physics Lab, Bldg 3, Room 214</p>
        <p>Kevin - our group meeting runs long on Mondays, so late afternoon is the only
        slot where Ahmed and I are both free. Park in lot P14 (visitor permit at the kiosk).
        Talk (20 min) on a test system you built, then Q&amp;A and a lab tour.</p>
        <p><b>Guests</b><br>Elena Kowalski - organizer<br>Ahmed Farouk<br>kevin.nguyen@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261208T003000Z
DTEND:20261208T013000Z
DTSTAMP:20261202T181144Z
ORGANIZER;CN=Elena Kowalski:mailto:ekowalski@soledad.edu
UID:5qack7rlv0n3m2lhbq8k1s9e0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elena Kowalski;X-NUM-GUESTS=0:mailto:ekowalski@soledad.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ahmed Farouk;X-NUM-GUESTS=0:mailto:afarouk@soledad.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261202T181059Z
DESCRIPTION:Kevin - our group meeting runs long on Mondays\\, so late afternoon is the only slot where Ahmed and I are both free.
LAST-MODIFIED:20261202T181144Z
LOCATION:Soledad University Applied Physics Lab\\, Bldg 3\\, Room 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Research Test Engineer (K. Nguyen)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Elena Kowalski", "ekowalski@soledad.edu"),
           "Invitation: Interview - Research Test Engineer (K. Nguyen) @ Mon Dec 7, 2026 4:30pm - 5:30pm (PST) (kevin.nguyen@example.org)",
           "2026-12-02 10:11", LA, "<calendar-3f1d2a9c-8b77-4c55-a1e0-5d6c7b8a9e01@google.com>",
           "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
           ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
           ("Reply-To", addr("Elena Kowalski", "ekowalski@soledad.edu")))
    return message(hs, mixed(alt(text(body), html(h), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(12), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 14:00", PHX), end=utc("2026-11-18 15:00", PHX),
      contact="mdelgado@sonoranguidance.com", company="Sonoran Guidance Corp",
      local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:00", zone=PHX,
      note="Exchange/Teams meeting request from a Tempe firm, 'US Mountain Standard Time' (Arizona, no "
           "DST): Wed 18 Nov 2:00-3:00 PM MST = 21:00-22:00Z (1:00 PM in San Diego, now PST); contact "
           "= organizer/sender.")
def m12():
    body = t("""
        Kevin,

        As discussed on the phone, sending the invite for the technical interview with myself and
        Jolene Park (GNC test lead). We'll go through the IMU calibration fixture problem I sent
        you. One hour.

        Thanks,
        Marcus Delgado
        Manager, Guidance Test Engineering
        Sonoran Guidance Corp | 1600 W. Rio Salado Pkwy, Tempe, AZ 85281
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGCtech>
        Meeting ID: 284 553 107 918
        Passcode: 7hQ2sV
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    h = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Kevin,</p>
        <p class="MsoNormal">As discussed on the phone, sending the invite for the technical interview with myself and
        Jolene Park (GNC test lead). We&#8217;ll go through the IMU calibration fixture problem I sent you. One hour.</p>
        <p class="MsoNormal">Thanks,<br>Marcus Delgado<br>Manager, Guidance Test Engineering<br>
        Sonoran Guidance Corp | 1600 W. Rio Salado Pkwy, Tempe, AZ 85281</p>
        <div style="margin-bottom:24px"><span style="color:#5F5F5F">________________________________________________________________________________</span><br>
        <span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGCtech">Click here to join the meeting</a><br>
        Meeting ID: 284 553 107 918<br>Passcode: 7hQ2sV</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{AZ_WIN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Marcus Delgado:mailto:mdelgado@sonoranguidance.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kevin Nguyen:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jolene Park:mailto:jpark@sonoranguidance.com
DESCRIPTION;LANGUAGE=en-US:Kevin\\,\\n\\nAs discussed on the phone\\, sending the invite for the technical interview.\\n
UID:040000008200E00074C5B7101A82E0080000000070D8A1C2F377DC01000000000000000010000000A3C4
SUMMARY;LANGUAGE=en-US:Technical Interview - Kevin Nguyen / Guidance Test Engineer
DTSTART;TZID=US Mountain Standard Time:20261118T140000
DTEND;TZID=US Mountain Standard Time:20261118T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T164000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121893412
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Marcus Delgado", "mdelgado@sonoranguidance.com"),
           "Technical Interview - Kevin Nguyen / Guidance Test Engineer",
           "2026-11-13 09:40", PHX, "<PH0PR17MB5221A0C7E3B1F2D4@PH0PR17MB5221.namprd17.prod.outlook.com>",
           "from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2108.outbound.protection.outlook.com [40.107.244.108])",
           ("Thread-Topic", "Technical Interview - Kevin Nguyen / Guidance Test Engineer"),
           ("Thread-Index", "AdtXk2b9cJ7lqf0WTh2mB3QkVZ1xXw=="),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""))
    return message(hs, alt(text(body), html(h), calendar(ics, cte="base64")))


@mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 13:00", LA), contact="tasha.greene@pacificcresttech.com",
      company="Vantor Microwave", local="Thu 2026-10-08 13:00", zone=LA,
      note="Agency recruiter pastes the client's Zoom invitation: 'Oct 8, 2026 01:00 PM Pacific Time' = "
           "PDT 20:00Z; no length stated ('usually run long') so end null; company = the hiring client "
           "Vantor Microwave, contact = the agency recruiter who sent it.")
def m13():
    body = t("""
        Hi Kevin,

        Great news - Vantor wants to move forward! The hiring manager (Phil Aranda) set up the
        first round for Thursday. His Zoom details are below; he said these usually run long
        because he likes to talk shop, so don't book anything right after.

        Call me after if you can, I want to hear how it went.

        ---------- Zoom invitation ----------
        Phil Aranda is inviting you to a scheduled Zoom meeting.

        Topic: Vantor Microwave - RF Test Engineer - K. Nguyen
        Time: Oct 8, 2026 01:00 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://vantormw.zoom.us/j/93155820417?pwd=Zm9vYmFyVmFudG9y

        Meeting ID: 931 5582 0417
        Passcode: 551903
        ---------------------------------------

        Tasha Greene
        Senior Technical Recruiter | Pacific Crest Technical Staffing
        (858) 555-0121 | tasha.greene@pacificcresttech.com
        """)
    hs = H(addr("Tasha Greene", "tasha.greene@pacificcresttech.com"),
           "Vantor Microwave - 1st round confirmed for Thursday!",
           "2026-10-05 16:02", LA, "<CAJx8pQ2Vt9mZ0e7Lw4n1pX@mail.gmail.com>",
           "from mail-pj1-f45.google.com (mail-pj1-f45.google.com [209.85.216.45])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(14), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-29 18:00", LA), contact="sam@ironwoodautonomy.com", company="Ironwood Autonomy",
      local="Tue 2026-09-29 18:00", zone=LA,
      note="Founder's phone reply sent Mon 28 Sep 5:30 PM PDT (already Tue 00:30 in UTC): 'tomorrow at "
           "6' resolves against the local date -> Tue 29 Sep 18:00 PDT = 01:00Z Wed 30 Sep; no length; "
           "contact = human sender.")
def m14():
    body = t("""
        Tomorrow at 6 works great. Come by the shop, 7040 Miramar Rd unit C (roll-up door on the
        side, I'll leave it open). We'll do the interview + I'll show you the gimbal rig that keeps
        failing vibe. Bring your laptop if you have test scripts you can show.

        Sam

        Sent from my iPhone

        > On Sep 28, 2026, at 4:51 PM, Kevin Nguyen <kevin.nguyen@example.org> wrote:
        >
        > Hi Sam, thanks for getting back to me. I get off at 5:15 most days so anything after
        > 5:45 works this week. Happy to come to you.
        >
        > Kevin
        """)
    hs = H(addr("Sam Reyes", "sam@ironwoodautonomy.com"),
           "Re: Test engineer role at Ironwood",
           "2026-09-28 17:30", LA, "<6C1E7A52-3F0B-4D8E-9A11-0B2C55E4D7F1@ironwoodautonomy.com>",
           "from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])",
           ("In-Reply-To", "<CAPk7v0r2QeN5t@mail.gmail.com>"),
           ("References", "<CAPk7v0r2QeN5t@mail.gmail.com>"),
           ("X-Mailer", "iPhone Mail (22A3354)"))
    return message(hs, text(body, cte="8bit"))


@mail(N(15), family="human_prose", lang="es-en", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:00", TIJ), contact="karla.ibarra@emotay.com.mx",
      company="Electrónica Mesa de Otay", local="Wed 2026-11-04 10:00", zone=TIJ,
      note="Bilingual (Spanish/English) HR mail from a Tijuana maquiladora, iso-8859-1 QP: miércoles 4 "
           "de noviembre 10:00 a.m. hora de Tijuana; Tijuana follows the US DST rules, so after 1 Nov "
           "it is PST (UTC-8) -> 18:00Z; 'aprox. 2 horas' -> end null; contact = human sender.")
def m15():
    body = t("""
        Estimado Ing. Nguyen / Dear Kevin,

        Le confirmamos su entrevista para la posición de Ingeniero de Pruebas Eléctricas (Test
        Engineer) en nuestra planta de Otay:

          Fecha / Date: miércoles 4 de noviembre de 2026 / Wednesday, November 4, 2026
          Hora / Time: 10:00 a.m. hora de Tijuana (misma hora que San Diego)
          Lugar / Place: Electrónica Mesa de Otay, Blvd. Industrial 18550, Parque Industrial
                         Pacífico, Tijuana, B.C.
          Duración / Length: aprox. 2 horas, incluye recorrido por la línea de ensamble

        Entrevistadores: Ing. Rubén Castañeda (Gerente de Ingeniería) y Ing. Patricia Lomelí
        (Calidad). The interview will be in English and Spanish; no problem if your Spanish is
        limited.

        Recomendación: cruce por la garita de Otay Mesa con tiempo; los miércoles en la mañana
        la fila puede tardar. Please bring your passport and an ID for the guard house.

        Saludos cordiales / Kind regards,

        Lic. Karla Ibarra
        Reclutamiento y Selección | Electrónica Mesa de Otay, S. de R.L. de C.V.
        Tel. +52 664 555 0188 | karla.ibarra@emotay.com.mx
        """)
    hs = H(addr("Karla Ibarra", "karla.ibarra@emotay.com.mx", "iso-8859-1"),
           "Confirmación de entrevista / Interview confirmation - Ingeniero de Pruebas",
           "2026-10-29 12:15", TIJ, "<000b01db2a4f$3e7c1a20$bb744e60$@emotay.com.mx>",
           "from mail.emotay.com.mx (mail.emotay.com.mx [187.141.22.90])",
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "es-mx"))
    hs[4] = ("Subject", enc("Confirmación de entrevista / Interview confirmation - Ingeniero de Pruebas",
                            "iso-8859-1"))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(16), family="forward_self", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-10 11:00", LA), end=utc("2026-12-10 13:00", LA),
      contact="brooke.sandoval@alderfinch.com", company="Alder & Finch Test Systems",
      local="Thu 2026-12-10 11:00", local_end="2026-12-10 13:00", zone=LA,
      note="Kevin forwards (as an attached message/rfc822) a recruiter's confirmation from his other "
           "address to himself: Thu 10 Dec 11:00 AM-1:00 PM PST = 19:00-21:00Z; contact = the "
           "recruiter in the forwarded header (never the candidate).")
def m16():
    inner_body = t("""
        Hi Kevin,

        Confirming your onsite at our Irvine office on Thursday, December 10, from 11:00 AM to
        1:00 PM. You'll meet Graham (VP Engineering) and two of the test leads, and we'll finish
        with a working lunch.

        Address: Alder & Finch Test Systems, 16 Hammond, Suite 200, Irvine, CA 92618.

        See you then,
        Brooke Sandoval
        Talent Partner, Alder & Finch
        """)
    inner = message([
        ("From", addr("Brooke Sandoval", "brooke.sandoval@alderfinch.com")),
        ("To", addr("Kevin Nguyen", "kevin.nguyen@example.net")),
        ("Subject", "Onsite confirmed - Thu 12/10"),
        ("Date", date("2026-12-03 16:40", LA)),
        ("Message-ID", "<MN2PR04MB6990C1D2E3F4A5B6@MN2PR04MB6990.namprd04.prod.outlook.com>"),
    ], text(inner_body))
    body = t("""
        fwd for calendar - Irvine onsite thurs

        Sent from my Galaxy
        """)
    hs = H(addr("Kevin Nguyen", "kevin.nguyen@example.net"), "Fwd: Onsite confirmed - Thu 12/10",
           "2026-12-04 07:15", LA, "<a7f3e2c1-5b9d-4e0a-8c61-3d2f1e0b9a87@example.net>",
           "from smtp.example.net (smtp.example.net [203.0.113.25])")
    return message(hs, mixed(text(body, cte="7bit"), attached_message(inner, "Onsite confirmed - Thu 1210.eml")))


@mail(N(17), family="human_thread", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-22 13:30", LA), end=utc("2026-10-22 14:15", LA),
      contact="nina.albright@coronadosubsea.com", company="Coronado Subsea Technologies",
      local="Thu 2026-10-22 13:30", local_end="2026-10-22 14:15", zone=LA,
      note="Recruiter's short 'you're all set' reply; the slot is only in the quoted thread (her offer "
           "of Thu 10/22 1:30 PM or Fri 10/23 9:00 AM Pacific, Kevin's pick of Thursday). 'blocked 45 "
           "minutes' -> Thu 22 Oct 13:30-14:15 PDT = 20:30-21:15Z; contact = human sender.")
def m17():
    body = t("""
        Great, you're all set for Thursday at 1:30! I've blocked 45 minutes and sent a calendar
        hold from our system - Jeff Lindgren and Alana Cho will both be on the video call.

        Talk soon,
        Nina

        Nina Albright | Technical Recruiter
        Coronado Subsea Technologies
        nina.albright@coronadosubsea.com | (619) 555-0164

        On Mon, Oct 19, 2026 at 1:12 PM Kevin Nguyen <kevin.nguyen@example.org> wrote:
        > Hi Nina,
        >
        > Thursday at 1:30 works best for me. Thanks!
        >
        > Kevin
        >
        > On Mon, Oct 19, 2026 at 10:02 AM Nina Albright <nina.albright@coronadosubsea.com> wrote:
        >> Hi Kevin,
        >>
        >> Thanks for the chat on Friday. The team would like to do a technical interview over
        >> video. Could you do Thursday 10/22 at 1:30 PM or Friday 10/23 at 9:00 AM (Pacific)?
        >>
        >> Nina
        """)
    hs = H(addr("Nina Albright", "nina.albright@coronadosubsea.com"),
           "Re: Coronado Subsea - next steps",
           "2026-10-19 15:05", LA, "<CAL4r9Yd1p0Vx3mQ8wZ2=nA@mail.gmail.com>",
           "from mail-oi1-f176.google.com (mail-oi1-f176.google.com [209.85.167.176])",
           ("In-Reply-To", "<CAF7kNq1b2XwT0@mail.gmail.com>"),
           ("References", "<CAL4r9Yc0aXv@mail.gmail.com> <CAF7kNq1b2XwT0@mail.gmail.com>"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-16 16:00", LA), end=utc("2026-09-16 17:00", LA),
      contact="gmoss@halyardphotonics.com", company="Halyard Photonics",
      local="Wed 2026-09-16 16:00", local_end="2026-09-16 17:00", zone=LA,
      note="Google Calendar 'Updated invitation': moved from Tue 15 Sep 11am-12pm to Wed 16 Sep 4pm-5pm "
           "PDT = 23:00Z-00:00Z (the end is on 17 Sep in UTC); ICS SEQUENCE:1 in UTC agrees; contact = "
           "organizer.")
def m18():
    body = t("""
        This event has been updated
        Changed: time

        Interview: Kevin Nguyen <> Halyard Photonics (Test Engineer, Lidar)
        Wednesday Sep 16, 2026 ⋅ 4pm – 5pm (Pacific Time - Los Angeles)
        (was: Tuesday Sep 15, 2026 ⋅ 11am – 12pm)

        Location
        Halyard Photonics, 155 N. Lake Ave, Pasadena, CA 91101 - 3rd floor

        Moved to Wednesday afternoon, sorry for the shuffle - our optics lead is out Tuesday. -Gabe

        Guests
        Gabriel Moss - organizer
        Irene Castillo
        kevin.nguyen@example.org

        Reply for kevin.nguyen@example.org
        Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=VIEW&eid=aGx5ZDE2

        Invitation from Google Calendar
        """)
    h = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>This event has been updated<br><span style="color:#d93025">Changed: time</span></p>
        <h2 style="font-weight:400">Interview: Kevin Nguyen &lt;&gt; Halyard Photonics (Test Engineer, Lidar)</h2>
        <p><span style="color:#d93025">Wednesday Sep 16, 2026 ⋅ 4pm – 5pm</span> (Pacific Time - Los Angeles)<br>
        <s>Tuesday Sep 15, 2026 ⋅ 11am – 12pm</s></p>
        <p><b>Location</b><br>Halyard Photonics, 155 N. Lake Ave, Pasadena, CA 91101 - 3rd floor</p>
        <p>Moved to Wednesday afternoon, sorry for the shuffle - our optics lead is out Tuesday. -Gabe</p>
        <p><b>Guests</b><br>Gabriel Moss - organizer<br>Irene Castillo<br>kevin.nguyen@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260916T230000Z
DTEND:20260917T000000Z
DTSTAMP:20260911T214810Z
ORGANIZER;CN=Gabriel Moss:mailto:gmoss@halyardphotonics.com
UID:1h8lyd16q3e0b7c9v2k4m5n6p8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabriel Moss:mailto:gmoss@halyardphotonics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castillo:mailto:icastillo@halyardphotonics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME}:mailto:{ME}
CREATED:20260903T170512Z
DESCRIPTION:Moved to Wednesday afternoon\\, sorry for the shuffle - our optics lead is out Tuesday. -Gabe
LAST-MODIFIED:20260911T214810Z
LOCATION:Halyard Photonics\\, 155 N. Lake Ave\\, Pasadena\\, CA 91101 - 3rd floor
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview: Kevin Nguyen <> Halyard Photonics (Test Engineer\\, Lidar)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Gabriel Moss", "gmoss@halyardphotonics.com"),
           "Updated invitation: Interview: Kevin Nguyen <> Halyard Photonics (Test Engineer, Lidar) @ Wed Sep 16, 2026 4pm - 5pm (PDT) (kevin.nguyen@example.org)",
           "2026-09-11 14:48", LA, "<calendar-77e1c0d2-4a3b-4f19-b2c8-91d0e6f5a342@google.com>",
           "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
           ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
           ("Reply-To", addr("Gabriel Moss", "gmoss@halyardphotonics.com")))
    return message(hs, mixed(alt(text(body), html(h), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-20 12:30", NY), end=utc("2026-11-20 13:30", NY),
      contact="cmurphy@brandywineradar.com", company="Brandywine Radar Corp",
      local="Fri 2026-11-20 12:30", local_end="2026-11-20 13:30", zone=NY,
      note="East Coast recruiter (windows-1252, 8bit) moves Thu 10:00 AM ET to Fri 12:30 PM ET, 'same "
           "one hour', sent Tue 17 Nov: Fri 20 Nov EST (UTC-5) 17:30-18:30Z; her '9:30 AM your time' "
           "(PST) agrees; contact = human sender.")
def m19():
    body = t("""
        Hi Kevin,

        Small change on our end – Dr. Hale’s program review got moved onto Thursday, so I need to
        move your interview from Thursday 10:00 AM ET to Friday 12:30 PM ET (that’s 9:30 AM your
        time). Same Teams link, same one hour, same panel.

        I’ve already updated the invite on our side. Really sorry for the shuffle, and thanks for
        being flexible!

        Colleen

        Colleen Murphy
        Sr. Recruiter, Engineering
        Brandywine Radar Corp. | 300 Delaware Ave, Wilmington, DE 19801
        o: (302) 555-0147
        """)
    hs = H(addr("Colleen Murphy", "cmurphy@brandywineradar.com"),
           "RE: Interview - Test & Evaluation Engineer - time change",
           "2026-11-17 09:12", NY, "<DM6PR02MB4011F0E2A3B4C5D6@DM6PR02MB4011.namprd02.prod.outlook.com>",
           "from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2120.outbound.protection.outlook.com [40.107.102.120])",
           ("Thread-Topic", "Interview - Test & Evaluation Engineer - time change"),
           ("Content-Language", "en-US"))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(N(20), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-14 09:00", LA), end=utc("2026-12-14 09:45", LA),
      contact="ethan.brooks@sandstone-energy.com", company="Sandstone Energy Storage",
      local="Mon 2026-12-14 09:00", local_end="2026-12-14 09:45", zone=LA,
      note="Workable reschedule: previous Fri 11 Dec 2:00 PM, new Mon 14 Dec 9:00-9:45 AM "
           "(America/Los_Angeles, PST UTC-8) = 17:00-17:45Z; Reply-To is a Workable relay, so contact "
           "= the hiring manager's address in the body.")
def m20():
    body = t("""
        Sandstone Energy Storage

        Hi Kevin,

        Your interview for the Battery Systems Test Engineer job has been rescheduled.

        NEW TIME
        Monday, December 14, 2026
        09:00 AM - 09:45 AM (America/Los_Angeles)

        PREVIOUS TIME
        Friday, December 11, 2026, 02:00 PM - 02:45 PM

        Where: Sandstone Energy Storage, 2180 Palomar Airport Rd, Carlsbad, CA 92011

        A note from Ethan: "Sorry to push this - our environmental chamber is being recertified on
        Friday and I want to show it to you running. If Monday is a problem, email me directly at
        ethan.brooks@sandstone-energy.com."

        Add to calendar: https://apply.workable.com/sandstone-energy/interviews/c8f2a1/ics

        You can reply to this email to contact the hiring team.

        Sent with Workable
        """)
    h = t("""
        <html><body style="background:#f7f7f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <tr><td style="padding:24px"><b>Sandstone Energy Storage</b></td></tr>
        <tr><td style="padding:0 24px">
        <p>Hi Kevin,</p>
        <p>Your interview for the <b>Battery Systems Test Engineer</b> job has been rescheduled.</p>
        <p style="font-size:12px;color:#888;margin-bottom:0">NEW TIME</p>
        <p style="margin-top:2px"><b>Monday, December 14, 2026</b><br>09:00 AM - 09:45 AM (America/Los_Angeles)</p>
        <p style="font-size:12px;color:#888;margin-bottom:0">PREVIOUS TIME</p>
        <p style="margin-top:2px"><s>Friday, December 11, 2026, 02:00 PM - 02:45 PM</s></p>
        <p>Where: Sandstone Energy Storage, 2180 Palomar Airport Rd, Carlsbad, CA 92011</p>
        <p>A note from Ethan: &ldquo;Sorry to push this - our environmental chamber is being recertified on
        Friday and I want to show it to you running. If Monday is a problem, email me directly at
        <a href="mailto:ethan.brooks@sandstone-energy.com">ethan.brooks@sandstone-energy.com</a>.&rdquo;</p>
        <p><a href="https://apply.workable.com/sandstone-energy/interviews/c8f2a1/ics">Add to calendar</a></p>
        <p style="color:#888;font-size:13px">You can reply to this email to contact the hiring team.</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:12px;color:#aaa">Sent with Workable</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = H(addr("Sandstone Energy Storage", "noreply@candidates.workablemail.com"),
           "Your interview with Sandstone Energy Storage has been rescheduled",
           "2026-12-09 16:20", LA, "<5f1c2e3d4a5b.c8f2a1@candidates.workablemail.com>",
           "from mail.workablemail.com (mail.workablemail.com [52.44.81.13])",
           ("Reply-To", addr("Sandstone Energy Storage",
                             "sandstone-energy+c8f2a1e7@candidates.workablemail.com")))
    return message(hs, alt(text(body), html(h)))


@mail(N(21), family="exchange", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-01 14:00", NY), end=utc("2026-10-01 15:00", NY),
      contact="hyee@tidewatersignal.com", company="Tidewater Signal Labs",
      local="Thu 2026-10-01 14:00", local_end="2026-10-01 15:00", zone=NY,
      note="Exchange cancellation (METHOD:CANCEL, 'Eastern Standard Time' zone name) of Thu 1 Oct "
           "2:00-3:00 PM EDT = 18:00-19:00Z; the body's '(UTC-05:00) Eastern Time' label shows the "
           "standard offset, but 1 Oct is daylight time (the ICS confirms); req on hold, no new time; "
           "contact = organizer.")
def m21():
    body = t("""
        Kevin - I'm sorry to cancel this with only a few days' notice. The EW req was put on hold
        this morning pending a contract award, so we can't move forward with interviews right
        now. I'll reach out directly if it reopens; I'd still very much like to talk.

        Harold

        When: Thursday, October 1, 2026 2:00 PM-3:00 PM. (UTC-05:00) Eastern Time (US & Canada)
        Where: Microsoft Teams Meeting
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_WIN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Harold Yee:mailto:hyee@tidewatersignal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kevin Nguyen:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Kevin - I'm sorry to cancel this with only a few days' notice.\\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5D601000000000000000010000000F1E2
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Kevin Nguyen (Test Engineer\\, EW Systems)
DTSTART;TZID=Eastern Standard Time:20261001T140000
DTEND;TZID=Eastern Standard Time:20261001T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260928T153000Z
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
END:VCALENDAR"""
    hs = H(addr("Harold Yee", "hyee@tidewatersignal.com"),
           "Canceled: Interview - Kevin Nguyen (Test Engineer, EW Systems)",
           "2026-09-28 11:30", NY, "<BL1PR13MB5020B7C6D5E4F3A2@BL1PR13MB5020.namprd13.prod.outlook.com>",
           "from NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2133.outbound.protection.outlook.com [40.107.92.133])",
           ("Thread-Topic", "Interview - Kevin Nguyen (Test Engineer, EW Systems)"),
           ("Importance", "high"),
           ("Content-Language", "en-US"))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-06 08:00", PHX), contact="rhonda.tillman@copperlinedefense.com",
      company="Copperline Defense Systems", local="Tue 2026-10-06 08:00", zone=PHX,
      note="Thread with the Workday confirmation: the recruiter cancels 'this coming Tuesday (10/6, "
           "8:00 AM Arizona time)', funding delayed, no new date -> cancelled slot 15:00Z (MST, UTC-7); "
           "only the start is restated, so end null; text/plain base64; contact = human sender.")
def m22():
    body = t("""
        Hi Kevin,

        I'm sorry to be the bearer of bad news, but we have to cancel your on-site interview this
        coming Tuesday (10/6, 8:00 AM Arizona time). Funding for the program slipped into next
        fiscal year and the hiring manager has paused all interviews for this requisition.

        I don't have a new date for you yet. The req is not closed, and you are at the top of our
        list when it restarts - I'll reach out as soon as I hear anything. If you already booked
        travel, send me the receipts and we will reimburse you.

        Again, my apologies.

        Rhonda Tillman
        Senior Technical Recruiter
        Copperline Defense Systems
        (480) 555-0176
        """)
    hs = H(addr("Tillman, Rhonda", "rhonda.tillman@copperlinedefense.com"),
           "Tuesday on-site interview - cancelled",
           "2026-10-02 14:05", PHX, "<SA1PR09MB8123A1B2C3D4E5F6@SA1PR09MB8123.namprd09.prod.outlook.com>",
           "from mx0b-copperline.pphosted.com (mx0b-copperline.pphosted.com [148.163.141.20])",
           ("Content-Language", "en-US"))
    return message(hs, text(body, cte="base64"))


@mail(N(23), family="personio", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-01 10:00", LA), end=utc("2026-12-01 11:00", LA),
      contact="jana.hoffmann@kranich-sensorik.com", company="Kranich Sensorik Inc.",
      local="Tue 2026-12-01 10:00", local_end="2026-12-01 11:00", zone=LA,
      note="Personio cancellation from a German company's San Diego subsidiary, sent in CET: Tue 1 Dec "
           "10:00-11:00 AM Pacific = 18:00-19:00Z; the ICS (METHOD:CANCEL) is in Europe/Berlin "
           "(19:00-20:00 CET), the same instants; a new proposal is promised but none given; contact "
           "= Reply-To recruiter.")
def m23():
    h = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Dear Kevin,</p>
        <p>unfortunately we have to cancel your interview for the position
        <b>Test Engineer Sensor Modules (m/f/d) – San Diego</b>:</p>
        <p>Tuesday, December 1, 2026, 10:00 AM – 11:00 AM (Pacific Time)<br>
        Microsoft Teams</p>
        <p>Our engineering lead has to travel to our headquarters in Jena at short notice. We will get
        back to you with a new proposal shortly and apologize for the inconvenience.</p>
        <p>Kind regards<br>Jana Hoffmann<br>HR Business Partner<br>Kranich Sensorik Inc. | a Kranich Group company</p>
        <hr style="border:0;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#888">This email was sent via Personio. Kranich Sensorik Inc.,
        9350 Scranton Rd, San Diego, CA 92121.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio//Recruiting//EN
METHOD:CANCEL
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-interview-3318842@personio.de
DTSTAMP:20261125T081422Z
DTSTART;TZID=Europe/Berlin:20261201T190000
DTEND;TZID=Europe/Berlin:20261201T200000
SUMMARY:Interview Kevin Nguyen - Test Engineer Sensor Modules (m/f/d)
ORGANIZER;CN=Jana Hoffmann:mailto:jana.hoffmann@kranich-sensorik.com
ATTENDEE;CN=Kevin Nguyen:mailto:{ME}
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Kranich Sensorik Inc.", "no-reply@personio.de"),
           "Cancellation of your interview – Test Engineer Sensor Modules (m/f/d) – San Diego",
           "2026-11-25 09:14", "Europe/Berlin", "<20261125081422.3318842.personio@mail.personio.de>",
           "from mail.personio.de (mail.personio.de [3.64.197.202])",
           ("Reply-To", addr("Jana Hoffmann", "jana.hoffmann@kranich-sensorik.com")))
    return message(hs, mixed(html(h), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                disposition="attachment")))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="en", interview=False, company="Auerbach Prüftechnik Inc.",
      days=(("Tue", "2026-09-22"),),
      note="softgarden rejection after an interview on Tue 22 Sep (a date in the past); no new time.")
def m24():
    body = t("""
        Dear Kevin Nguyen,

        Thank you for your interest in Auerbach Prüftechnik and for taking the time to interview
        with us on Tuesday, September 22 for the position Test Systems Engineer (m/f/d), Irvine.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs in vehicle end-of-line testing. This
        decision was not easy, and we were impressed by your background in RF and radar test.

        With your permission, we will keep your profile in our talent pool for 12 months. You can
        withdraw this consent at any time via your candidate account.

        We wish you all the best in your search.

        Kind regards
        Your Auerbach Prüftechnik recruiting team

        --
        Auerbach Prüftechnik Inc. | 2 Park Plaza, Suite 700, Irvine, CA 92614
        Powered by softgarden
        """)
    h = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">"
         + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
         + "</body></html>\n")
    hs = H(addr("Auerbach Prüftechnik Inc.", "noreply@softgarden.io"),
           "Your application: Test Systems Engineer (m/f/d), Irvine",
           "2026-10-02 08:41", LA, "<sg.7733019.4471@mail.softgarden.io>",
           "from mail.softgarden.io (mail.softgarden.io [185.70.236.15])")
    return message(hs, alt(text(body), html(h)))


@mail(N(25), family="offer", lang="en", interview=False, company="Harborline Shipbuilding",
      days=(("Mon", "2026-11-02"), ("Fri", "2026-10-09")),
      note="Offer letter mail from the shipyard (thread with the SmartRecruiters onsite): fixed times "
           "are a new-hire orientation (Mon 2 Nov 6:30 AM) and a reply deadline, not an interview.")
def m25():
    body = t("""
        Kevin,

        On behalf of Harborline Shipbuilding, I am pleased to extend you an offer for the position
        of Electrical Test Engineer – New Construction. Your offer letter is attached through
        DocuSign; the key points:

          • Base salary: $118,500 per year, plus 6% shift differential for trials support
          • Proposed start date: Monday, November 2, 2026
          • New-hire orientation: 6:30 AM at Gate 3 (bring two forms of ID for your I-9)
          • Contingent on a background check and drug screen

        Please review and sign by Friday, October 9. Dale was really happy with your interview and
        is looking forward to having you on the waterfront.

        If you have any questions about benefits or relocation, call me any time.

        Renee Castillo
        HR Business Partner | Harborline Shipbuilding
        (619) 555-0139 | renee.castillo@harborlineship.com
        """)
    hs = H(addr("Renee Castillo", "renee.castillo@harborlineship.com"),
           "Offer of Employment – Electrical Test Engineer – New Construction",
           "2026-10-05 10:22", LA, "<CY8PR11MB7290D4C3B2A1F0E9@CY8PR11MB7290.namprd11.prod.outlook.com>",
           "from mx0a-harborline.pphosted.com (mx0a-harborline.pphosted.com [148.163.150.8])",
           ("Content-Language", "en-US"))
    return message(hs, alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(N(26), family="application_receipt", lang="en", interview=False, company="Fjällvind Aerial",
      note="Teamtailor application receipt from a Swedish drone maker's San Diego office; mentions a "
           "'30-minute video interview' as a possible next step, nothing scheduled.")
def m26():
    h = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#fafafa">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
        <img src="https://assets.teamtailor-cdn.com/fjallvind/logo.png" alt="Fjällvind Aerial" width="140">
        <h1 style="font-size:22px">Thanks for applying, Kevin!</h1>
        <p>We've received your application for <b>Flight Hardware Test Engineer – San Diego</b>.</p>
        <p>Our team reviews applications continuously, and we aim to get back to everyone within two
        weeks. If you're shortlisted, the next step is a 30-minute video interview with the hiring
        manager, which you'll be able to book yourself.</p>
        <p>In the meantime, meet the team building our heavy-lift drones in Kearny Mesa:
        <a href="https://careers.fjallvind.com/teams/san-diego">careers.fjallvind.com</a></p>
        <p>Hälsningar / Best regards,<br>The Fjällvind Aerial Talent Team</p>
        <p style="font-size:12px;color:#999">Fjällvind Aerial AB · Kungsgatan 12, Göteborg · 7910 Convoy Ct, San Diego, CA<br>
        Sent with Teamtailor. <a href="https://careers.fjallvind.com/connect/unsubscribe">Manage your data</a></p>
        </div></body></html>
        """)
    hs = H(addr("Fjällvind Aerial", "no-reply@teamtailor-mail.com"),
           "We've received your application – Flight Hardware Test Engineer",
           "2026-09-09 06:58", LA, "<ttm.01HB2Z8KQ4W7E.fjallvind@teamtailor-mail.com>",
           "from mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.135.228.10])",
           ("Reply-To", addr("Fjällvind Aerial", "no-reply@teamtailor-mail.com")))
    return message(hs, html(h, cte="base64"))


@mail(N(27), family="job_alert", lang="en", interview=False, company=None,
      note="JOIN job alert: listings with 'Interview within 7 days' badges; no appointment.")
def m27():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
        <table width="600" align="center" style="background:#fff;padding:20px">
        <tr><td><h2 style="color:#1e2a78">6 new jobs for "Test Engineer" near San Diego, CA</h2>
        <p>Hi Kevin, here are this week's matches for your job alert.</p></td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <b>Hardware Test Engineer</b> · Solsticia Robotics · San Diego, CA (Hybrid)<br>
        $110k – $135k · <span style="background:#e3f7e9">Interview within 7 days</span></td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <b>Environmental Test Engineer</b> · Pelican Bay Avionics · Carlsbad, CA<br>
        Secret clearance required · Posted 2 days ago</td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <b>RF Test Engineer II</b> · Coastline Radio Systems · Remote (US)<br>
        <span style="background:#e3f7e9">Fast-track interview</span> · Posted today</td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <b>Manufacturing Test Engineer</b> · Industrias Baja Precisión · Tijuana, B.C.<br>
        Bilingual EN/ES · Posted 5 days ago</td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <b>Validation Engineer</b> · Oceanic Genomics · La Jolla, CA<br>Posted 1 week ago</td></tr>
        <tr><td style="border-top:1px solid #eee;padding:10px 0">
        <b>Test Automation Engineer (Python)</b> · Desert Arc Systems · Phoenix, AZ<br>Posted 3 days ago</td></tr>
        <tr><td style="padding-top:16px;font-size:12px;color:#888">You receive this email because you set up a
        job alert on JOIN. <a href="https://join.com/alerts/unsubscribe?u=kn">Unsubscribe</a></td></tr>
        </table></body></html>
        """)
    hs = H(addr("JOIN", "jobalerts@join.com"), "6 new jobs for Test Engineer near San Diego, CA",
           "2026-10-12 05:30", LA, "<alert.20261012.kn8841@join.com>",
           "from mail.join.com (mail.join.com [35.157.51.17])",
           ("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?u=kn>"),
           ("Precedence", "bulk"))
    return message(hs, html(h))


@mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Substack newsletter about test-engineering interviews with a live Q&A Thursday 5 PM PT; "
           "not Kevin's interview.")
def m28():
    body = t("""
        BENCH NOTES
        Issue #61 · How I prep for a hardware test interview (and the 3 questions everyone botches)

        Hi friends,

        I've sat on about forty interview panels for test engineers now, and the candidates who
        struggle rarely struggle on the technical part. They struggle on these three:

        1. "Walk me through a test you designed that found a real bug."
           Have one story, with numbers. What was the failure rate before and after?

        2. "How would you test this pen?"
           They don't care about the pen. They care whether you ask about requirements first.

        3. "Tell me about a time you disagreed with a design engineer."
           Don't say you never have.

        The interview itself is 45 minutes; the prep should be at least twice that.

        LIVE Q&A: I'm doing an open mock-interview session for paid subscribers on Thursday,
        October 29 at 5:00 PM PT. Bring your worst interview question.

        Until next week,
        Maya

        You're on the free list for Bench Notes. Upgrade to paid: https://benchnotes.substack.com/subscribe
        Unsubscribe https://benchnotes.substack.com/action/disable_email
        """)
    h = ("<html><body style=\"font-family:Georgia,serif;font-size:17px;max-width:600px\">"
         + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
         + "</body></html>\n")
    hs = H(addr("Bench Notes", "benchnotes@substack.com"),
           "How I prep for a hardware test interview (and the 3 questions everyone botches)",
           "2026-10-24 07:02", LA, "<20261024140200.3.b9c1e7d2@substack.com>",
           "from mail-out.substack.com (mail-out.substack.com [167.89.74.3])",
           ("List-Unsubscribe", "<https://benchnotes.substack.com/action/disable_email>"),
           ("List-Id", "<benchnotes.substack.com>"),
           ("Precedence", "bulk"))
    return message(hs, alt(text(body), html(h)))


@mail(N(29), family="self_schedule_link", lang="en", interview=False, company="Dijkstra Marine Systems",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")),
      note="Recruitee self-scheduling invitation: three open slots to pick from, nothing booked yet.")
def m29():
    body = t("""
        Hi Kevin,

        Thanks for your application for Acoustic Test Engineer at Dijkstra Marine Systems. We would
        like to invite you for a first interview (video call, 45 minutes) with Pieter van Dam,
        our US engineering lead.

        Please choose one of the available time slots (Pacific Time):

          - Tuesday, November 10, 9:00 AM
          - Tuesday, November 10, 2:00 PM
          - Wednesday, November 11, 10:30 AM
          - Thursday, November 12, 4:00 PM

        Pick a time: https://dijkstramarine.recruitee.com/o/acoustic-test-engineer/schedule/7f2a11

        The slots are reserved for 48 hours. If none of them works for you, reply to this email and
        we will find another moment.

        Best regards,
        Femke de Graaf
        Talent Acquisition, Dijkstra Marine Systems
        """)
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">"
         + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
         + "</body></html>\n")
    hs = H(addr("Dijkstra Marine Systems", "no-reply@recruitee.com"),
           "Choose a time for your interview – Acoustic Test Engineer",
           "2026-11-05 03:15", LA, "<recruitee.msg.9913827@mail.recruitee.com>",
           "from mail.recruitee.com (mail.recruitee.com [34.249.167.9])",
           ("Reply-To", addr("Femke de Graaf", "femke.degraaf@dijkstramarine.nl")))
    return message(hs, alt(text(body), html(h)))


@mail(N(30), family="recruiter_outreach", lang="en", interview=False, company="Beacon Technical Staffing",
      note="Agency cold outreach: 'open to a quick chat this week?', no time fixed.")
def m30():
    body = t("""
        Hi Kevin,

        I came across your profile and your radar test background stood out. I'm working on a
        contract-to-hire Test Engineer role with a defense prime in Rancho Bernardo (Secret
        clearance, 6-month contract then conversion, $58-65/hr W2).

        The manager is looking to interview in the next couple of weeks. Would you be open to a
        quick 15-min chat this week? Let me know what time works, or grab a slot here:
        https://calendly.com/jwatts-beacon/15min

        Thanks!
        Jordan Watts
        Technical Recruiter | Beacon Technical Staffing
        (858) 555-0102 | jwatts@beaconts.com
        """)
    hs = H(addr("Jordan Watts", "jwatts@beaconts.com"), "Test Engineer - Rancho Bernardo - Secret clearance",
           "2026-09-16 11:47", LA, "<CAM3hT5r8Ksl2Q9@mail.gmail.com>",
           "from mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])")
    return message(hs, text(body, cte="7bit"))


@mail(N(31), family="proposed_time", lang="es-en", interview=False, company="Industrias Baja Precisión",
      days=(("Tue", "2026-11-17"),),
      note="Bilingual Tijuana maquila HR proposes 'martes 17 a las 10:00 a.m.?' and asks Kevin to "
           "confirm: a proposal, not a confirmed interview.")
def m31():
    body = t("""
        Buen día Kevin,

        Gracias por su interés en la vacante de Ingeniero de Pruebas (ICT/Functional Test). Al
        Ing. Herrera le gustaría platicar con usted en persona en nuestra planta de El Florido.

        ¿Le funciona el martes 17 de noviembre a las 10:00 a.m.? / Would Tuesday, November 17 at
        10:00 a.m. (Tijuana time) work for you?

        Si no, dígame qué días le acomodan mejor y lo ajustamos. Once you confirm I will send you
        the address and the instructions for the gate.

        Saludos,
        Miguel Ángel Soto
        Recursos Humanos | Industrias Baja Precisión
        +52 664 555 0142
        """)
    hs = H(addr("Miguel Ángel Soto", "masoto@bajaprecision.com.mx"),
           "Entrevista / Interview - Ingeniero de Pruebas",
           "2026-11-12 09:34", TIJ, "<CAHb2n7yQ1x@mail.gmail.com>",
           "from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(N(32), family="job_centre", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Workforce (unemployment) office: mandatory reemployment-services appointment at a fixed "
           "time Thu 8 Oct 9:00 AM; not a job interview.")
def m32():
    body = t("""
        HARBOR COUNTY WORKSOURCE CENTER
        Reemployment Services Appointment Notice

        Claimant: KEVIN NGUYEN        Claim ID: XXX-XX-4419

        You have been scheduled for a required Reemployment Services and Eligibility Assessment
        appointment:

          Date:      Thursday, October 8, 2026
          Time:      9:00 AM
          Location:  Harbor County WorkSource Center, 4389 Imperial Ave, Suite 200, San Diego, CA
          With:      Employment Specialist (assigned at check-in)

        Please bring a photo ID, your resume, and your work search log for the last four weeks.
        This appointment includes a one-on-one interview with an Employment Specialist about your
        job search.

        IMPORTANT: If you fail to attend this appointment without good cause, your unemployment
        benefits may be delayed or denied. To reschedule, call (619) 555-0100 at least one
        business day in advance.

        This is an automated message. Do not reply.
        """)
    hs = H(addr("Harbor County WorkSource", "noreply@harborworksource.org"),
           "Appointment Notice: Reemployment Services - Thursday, October 8, 2026",
           "2026-09-30 06:00", LA, "<ntc.20260930.44191@harborworksource.org>",
           "from smtp.harborworksource.org (smtp.harborworksource.org [192.0.2.61])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(N(33), family="press_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="A reporter confirms her interview OF Kevin for a story on defense layoffs, Thu 15 Oct 11 AM: "
           "a fixed time, but not a job interview.")
def m33():
    body = t("""
        Hi Kevin,

        Thanks again for agreeing to talk with me. Confirming our interview for Thursday at 11 a.m.
        at the coffee shop in Liberty Station (the one next to the bookstore) - I'll be the one with
        the green notebook. It should take about 45 minutes.

        As I mentioned, the story is about engineers in San Diego who were caught in this summer's
        defense layoffs and how the job search is going. You can stay anonymous if you prefer; just
        tell me at the start. A photographer may join for the last 10 minutes, only if you're OK
        with it.

        Best,
        Lauren Pike
        Business Reporter, The Harbor Ledger
        (619) 555-0177 | lpike@harborledger.com
        """)
    hs = H(addr("Lauren Pike", "lpike@harborledger.com"), "Confirming Thursday - Harbor Ledger interview",
           "2026-10-12 15:40", LA, "<CAOq1pX9Wn3yTz@mail.gmail.com>",
           "from mail-pg1-f171.google.com (mail-pg1-f171.google.com [209.85.215.171])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(34), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Google Calendar invitation to record a podcast episode where Kevin is the guest (Wed 11 Nov "
           "5:30-6:30pm PST); fixed time, not a job interview.")
def m34():
    body = t("""
        Jorge Villanueva has invited you to an event

        Signal Integrity Hour - recording w/ Kevin Nguyen (guest interview)
        Wednesday Nov 11, 2026 ⋅ 5:30pm – 6:30pm (Pacific Time - Los Angeles)

        Location
        https://riverside.fm/studio/signal-integrity-hour

        Kevin - thanks for coming on! Topic: "What test engineers wish designers knew." Headphones
        please, no AirPods if you can avoid it. We'll do 10 min of sound check first.

        Guests
        Jorge Villanueva - organizer
        kevin.nguyen@example.org

        Invitation from Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261112T013000Z
DTEND:20261112T023000Z
DTSTAMP:20261105T200133Z
ORGANIZER;CN=Jorge Villanueva:mailto:jorge@signalintegrityhour.fm
UID:0sih7k2m4n6p8q1r3t5v7x9z2b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Signal Integrity Hour - recording w/ Kevin Nguyen (guest interview)
LOCATION:https://riverside.fm/studio/signal-integrity-hour
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Jorge Villanueva", "jorge@signalintegrityhour.fm"),
           "Invitation: Signal Integrity Hour - recording w/ Kevin Nguyen (guest interview) @ Wed Nov 11, 2026 5:30pm - 6:30pm (PST) (kevin.nguyen@example.org)",
           "2026-11-05 12:01", LA, "<calendar-0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d@google.com>",
           "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
           ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
           ("Reply-To", addr("Jorge Villanueva", "jorge@signalintegrityhour.fm")))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(35), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Evening-MBA admissions interview at a graduate school, Sat 14 Nov 10:00 AM with ICS: a "
           "school admission interview, not a job interview.")
def m35():
    body = t("""
        Dear Kevin,

        Thank you for scheduling your admissions interview for the Evening & Weekend MBA program at
        the Torrey Pines Graduate School of Management. Your interview is confirmed:

          Saturday, November 14, 2026
          10:00 AM - 10:30 AM Pacific Time
          Hanlon Hall, Room 140 (Admissions Suite)
          Interviewer: Dr. Rebecca Stroud, Associate Director of Admissions

        Business casual attire is recommended. Please bring a copy of your resume. Free parking is
        available in Lot C on weekends.

        We look forward to meeting you!

        Office of Graduate Admissions
        Torrey Pines Graduate School of Management
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Technolutions//Slate//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:slate-interview-5521087@apply.torreypines.edu
DTSTAMP:20261106T190000Z
DTSTART:20261114T180000Z
DTEND:20261114T183000Z
SUMMARY:MBA Admissions Interview
LOCATION:Hanlon Hall\\, Room 140
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("TPGSM Graduate Admissions", "gradadmissions@torreypines.edu"),
           "Your MBA Admissions Interview is Confirmed",
           "2026-11-06 11:00", LA, "<slate.5521087.20261106@apply.torreypines.edu>",
           "from apply.torreypines.edu (apply.torreypines.edu [198.51.100.40])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="interview.ics",
                                                   disposition="attachment")))


@mail(N(36), family="tryout", lang="en", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Adult soccer club try-out Sat 19 Sep 8:00 AM; a confirmed time, not a job interview.")
def m36():
    body = t("""
        Hey Kevin,

        You're confirmed for the Coastal FC Over-35 Division 1 try-out this Saturday, September 19,
        8:00 AM at Mesa Park, field 3. Check-in at the blue canopy from 7:40.

        Bring: shin guards, a white and a dark shirt, water, and the $15 field fee (Venmo is fine).
        We'll run small-sided games for about 90 minutes; coaches will let everyone know by Monday
        night.

        Cheers,
        Tomás Whelan
        Coastal FC adult program
        """)
    hs = H(addr("Coastal FC Adult Program", "adults@coastalfc-sd.org"),
           "Try-out confirmed - Saturday 9/19 8:00 AM",
           "2026-09-15 20:14", LA, "<5f7a0c2e1d.20260915@coastalfc-sd.org>",
           "from smtp.coastalfc-sd.org (smtp.coastalfc-sd.org [198.51.100.77])")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(37), family="car_service", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Dealership service appointment Wed 14 Oct 7:30 AM with ICS; not an interview.")
def m37():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h3>Your service appointment is confirmed</h3>
        <p>Hi Kevin,</p>
        <p>Thanks for booking with Mesa Auto Care. Here are your details:</p>
        <table>
        <tr><td>Date</td><td><b>Wednesday, October 14, 2026</b></td></tr>
        <tr><td>Drop-off</td><td><b>7:30 AM</b></td></tr>
        <tr><td>Vehicle</td><td>2019 Honda Accord EX</td></tr>
        <tr><td>Services</td><td>60,000-mile maintenance, front brake inspection</td></tr>
        <tr><td>Advisor</td><td>Luis Ortega</td></tr>
        <tr><td>Est. completion</td><td>around 1:00 PM</td></tr>
        </table>
        <p>A free shuttle runs to the Sorrento Valley Coaster station every 30 minutes.</p>
        <p>Need to change your appointment? Call (858) 555-0190 or use the link in this email.</p>
        <p>Mesa Auto Care · 8120 Miramar Rd, San Diego, CA 92126</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Xtime//Service Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:svc-0048812@mesaautocare.com
DTSTAMP:20261009T170000Z
DTSTART:20261014T143000Z
DTEND:20261014T150000Z
SUMMARY:Service appointment - Mesa Auto Care
LOCATION:8120 Miramar Rd\\, San Diego\\, CA 92126
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Mesa Auto Care", "service@mesaautocare.com"),
           "Appointment Confirmation - Wed, Oct 14 at 7:30 AM",
           "2026-10-09 10:00", LA, "<svc.0048812.conf@mesaautocare.com>",
           "from mta.mesaautocare.com (mta.mesaautocare.com [198.51.100.90])")
    return message(hs, mixed(html(h), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                disposition="attachment")))


@mail(N(38), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Calendly confirmation of a paid mock technical interview with a career coach, Thu 1 Oct "
           "6:00pm PDT; looks like an interview confirmation but is coaching.")
def m38():
    body = t("""
        Hi Kevin Nguyen,

        Your Mock Technical Interview (60 min) with Priya Natarajan at 6:00pm (Pacific Time -
        US & Canada) on Thursday, October 1, 2026 is scheduled.

        Event Type:
        Mock Technical Interview (60 min) - Hardware / Test Engineering

        Event Date/Time:
        6:00pm - 7:00pm (Pacific Time - US & Canada), Thursday, October 1, 2026

        Location:
        Zoom - https://us06web.zoom.us/j/84411902233

        Questions:
        Which company or role are you preparing for?
        Copperline Defense onsite (radar test) on 10/6, and a few others.

        Payment: $120.00 USD (paid)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b0e-pn-coaching
        Reschedule: https://calendly.com/reschedulings/5b0e-pn-coaching

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:5b0e7712-pn-coaching@calendly.com
DTSTAMP:20260927T031500Z
DTSTART:20261002T010000Z
DTEND:20261002T020000Z
SUMMARY:Mock Technical Interview (60 min) between Priya Natarajan and Kevin Nguyen
ORGANIZER;CN=Priya Natarajan:mailto:priya@natarajancoaching.com
ATTENDEE;CN=Kevin Nguyen;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Calendly", "notifications@calendly.com"),
           "Confirmed: Mock Technical Interview (60 min) with Priya Natarajan on Thursday, October 1, 2026",
           "2026-09-26 20:15", LA, "<5b0e7712.20260927031500@calendly.com>",
           "from o1.email.calendly.com (o1.email.calendly.com [167.89.29.108])",
           ("Reply-To", addr("Priya Natarajan", "priya@natarajancoaching.com")))
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(39), family="forwarded_other", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Kevin's cousin forwards HER OWN interview confirmation (Houston, Tue 27 Oct 10:00 AM CT) to "
           "ask for advice; a confirmed interview, but not the inbox owner's.")
def m39():
    body = t("""
        Anh Kevin!! Look what I got. This is the process engineering job I told you about at
        Thanksgiving last year. Can you do a practice run with me this weekend?? You're so good at
        these. Mom says hi.

        Linh

        ---------- Forwarded message ---------
        From: Gulf Crescent Chemicals Recruiting <no-reply@gulfcrescent.com>
        Date: Tue, Oct 20, 2026 at 7:03 AM
        Subject: Interview Confirmation - Process Engineer I
        To: <linh.tran.94@example.com>

        Dear Linh,

        Your interview for Process Engineer I is confirmed for Tuesday, October 27, 2026 at
        10:00 AM Central Time at our Pasadena, TX site. Please arrive 15 minutes early with a
        photo ID and steel-toed boots for the plant tour.

        Gulf Crescent Chemicals Talent Acquisition
        """)
    hs = H(addr("Linh Tran", "linh.tran.94@example.com"), "Fwd: Interview Confirmation - Process Engineer I",
           "2026-10-20 08:26", "America/Chicago", "<CAGm5Zq0fw2Lt@mail.gmail.com>",
           "from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(40), family="interviewer_duty", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Exchange invite from Kevin's current employer asking him to sit on an interview panel for "
           "a technician candidate (Thu 29 Oct 1:00-1:45 PM); Kevin is the interviewer, not the "
           "candidate.")
def m40():
    body = t("""
        Hi all,

        Thank you for agreeing to be on the interview panel for Maria Lopez (Test Technician II,
        Req 6620). Resume and scorecard are in the Workday task that was assigned to you. Kevin -
        please cover bench skills (DMM/scope, reading a schematic, soldering); Greg will cover
        safety and documentation.

        Please submit feedback within 24 hours of the interview.

        Thanks,
        Stephanie Ruiz
        HR Coordinator | Ridgecrest Electronic Systems
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PST_WIN_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Ruiz\\, Stephanie:mailto:stephanie.ruiz@ridgecrest-es.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nguyen\\, Kevin:mailto:kevin.nguyen@ridgecrest-es.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tanaka\\, Greg:mailto:greg.tanaka@ridgecrest-es.com
UID:040000008200E00074C5B7101A82E008000000005D6E7F8091A2B3C401000000000000000010000000B4C5
SUMMARY;LANGUAGE=en-US:Interview Panel: Maria Lopez - Test Technician II (Req 6620)
DTSTART;TZID=Pacific Standard Time:20261029T130000
DTEND;TZID=Pacific Standard Time:20261029T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T202000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Conf Rm Palomar (Bldg 2)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Ruiz, Stephanie", "stephanie.ruiz@ridgecrest-es.com"),
           "Interview Panel: Maria Lopez - Test Technician II (Req 6620)",
           "2026-10-23 13:20", LA, "<BYAPR07MB5893E1F2A3B4C5D6@BYAPR07MB5893.namprd07.prod.outlook.com>",
           "from NAM02-BN1-obe.outbound.protection.outlook.com (mail-bn1nam02on2100.outbound.protection.outlook.com [40.107.212.100])",
           ("X-Forwarded-To", ME),
           ("X-Forwarded-For", "kevin.nguyen@ridgecrest-es.com " + ME),
           ("Thread-Topic", "Interview Panel: Maria Lopez - Test Technician II (Req 6620)"),
           to=addr("Nguyen, Kevin", "kevin.nguyen@ridgecrest-es.com"))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(41), family="background_investigation", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Security-clearance background investigator confirms a subject interview Mon 19 Oct 1:00 PM; "
           "an 'interview' at a fixed time, but for the clearance, not a job interview.")
def m41():
    body = t("""
        Mr. Nguyen,

        This email confirms your Personal Subject Interview in connection with the periodic
        reinvestigation of your security clearance (SF-86 submitted 09/24/2026, sponsoring
        company: Ridgecrest Electronic Systems).

          Date/Time: Monday, October 19, 2026, 1:00 PM
          Location:  Public library, Mission Valley branch, study room B
          Duration:  approximately 2 hours

        Please bring your passport, driver's license, a copy of your SF-86, and any documentation
        regarding foreign travel and foreign contacts listed on the form. The interview must be
        conducted in a private room; do not bring family members.

        If you need to reschedule, reply to this email or call me at (619) 555-0166.

        Raymond Castellanos
        Background Investigator (contractor)
        Federal Investigations Field Office - San Diego
        """)
    hs = H(addr("Raymond Castellanos", "rcastellanos@fedinvestigations-contract.com"),
           "Subject Interview - Background Investigation - NGUYEN, KEVIN",
           "2026-10-14 08:15", LA, "<4a7b1c.20261014081500@fedinvestigations-contract.com>",
           "from mail.fedinvestigations-contract.com (mail.fedinvestigations-contract.com [198.51.100.14])",
           ("Importance", "high"))
    return message(hs, text(body, cte="7bit"))


@mail(N(42), family="jury_duty", lang="en", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Jury service reminder (report Mon 16 Nov 7:45 AM, jurors 'questioned' during selection); a "
           "fixed time, not a job interview.")
def m42():
    body = t("""
        JURY SERVICE REMINDER

        Juror: KEVIN NGUYEN
        Juror ID: 30118872

        Your group is scheduled to report for jury service:

          Report date:  Monday, November 16, 2026
          Report time:  7:45 AM
          Location:     Hall of Justice, Jury Lounge, 1st floor

        Please call the juror information line after 5:00 PM on the business day before your
        report date (Friday, November 13) to confirm that your group is still required to report.

        During jury selection, prospective jurors may be questioned by the judge and the attorneys.
        Bring this notice, a photo ID and something to read. Employers are required by law to
        allow time off for jury service.

        To request a postponement, visit the eJuror portal. Do not reply to this email.

        Jury Services - Superior Court, Harbor County
        """)
    hs = H(addr("Jury Services", "jury-noreply@harborcourts.org"),
           "Reminder: Jury Service - Report Monday, November 16, 2026",
           "2026-11-05 06:30", LA, "<ejuror.30118872.rem1@harborcourts.org>",
           "from ejuror.harborcourts.org (ejuror.harborcourts.org [198.51.100.120])",
           ("Auto-Submitted", "auto-generated"))
    return message(hs, text(body, cte="7bit"))


@mail(N(43), family="dentist", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-24"), ("Thu", "2026-12-03")),
      note="Dental office reschedule (old Tue 24 Nov 8:00 AM, new Thu 3 Dec 4:15 PM): a reschedule "
           "with old and new times, but not an interview.")
def m43():
    h = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
        <p>Hi Kevin,</p>
        <p>Your appointment at <b>Bayview Family Dental</b> has been <b>rescheduled</b>.</p>
        <p>Previous: <s>Tuesday, November 24, 2026 at 8:00 AM</s><br>
        New: <b>Thursday, December 3, 2026 at 4:15 PM</b><br>
        Provider: Dr. Anjali Mehra, DDS - Cleaning &amp; exam (60 min)</p>
        <p>Please reply C to confirm or call us at (858) 555-0133.</p>
        <p>Bayview Family Dental · 4455 Genesee Ave, San Diego, CA 92117</p>
        <p style="font-size:11px;color:#999">Sent by Weave on behalf of Bayview Family Dental.
        <a href="https://app.getweave.com/unsub">Unsubscribe</a></p>
        </body></html>
        """)
    hs = H(addr("Bayview Family Dental", "noreply@getweave.com"),
           "Your appointment has been rescheduled",
           "2026-11-18 12:05", LA, "<wv.8812093.resched@getweave.com>",
           "from mail.getweave.com (mail.getweave.com [198.51.100.33])")
    return message(hs, html(h))


@mail(N(44), family="auto_reply", lang="en", interview=False, company="Coronado Subsea Technologies",
      days=(("Mon", "2026-10-26"), ("Fri", "2026-10-30")),
      note="Out-of-office auto-reply from the Coronado Subsea recruiter to Kevin's thank-you note; "
           "points to a shared recruiting mailbox; nothing scheduled.")
def m44():
    body = t("""
        Thank you for your email. I am out of the office from Monday, October 26 through Friday,
        October 30 with limited access to email, and will respond when I return.

        For interview scheduling or questions about an open application, please contact
        recruiting@coronadosubsea.com.

        Nina Albright | Technical Recruiter
        Coronado Subsea Technologies
        """)
    hs = H(addr("Nina Albright", "nina.albright@coronadosubsea.com"),
           "Automatic reply: Thank you - technical interview on Thursday",
           "2026-10-26 07:48", LA, "<MW4PR18MB5120AB12CD34EF56@MW4PR18MB5120.namprd18.prod.outlook.com>",
           "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2111.outbound.protection.outlook.com [40.107.243.111])",
           ("In-Reply-To", "<CAF7kNr8pW2q@mail.gmail.com>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-US"))
    return message(hs, alt(text(body), html("<html><body><p>"
                                            + body.strip().replace("\n\n", "</p><p>").replace("\n", "<br>")
                                            + "</p></body></html>\n")))


@mail(N(45), family="bounce", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Delivery failure (multipart/report) of Kevin's own reply accepting 'Friday 12:30 PM ET' to "
           "a mistyped recruiter address; the bounce itself confirms nothing.")
def m45():
    original = message([
        ("From", KEVIN),
        ("To", addr("Colleen Murphy", "cmurhpy@brandywineradar.com")),
        ("Subject", "Re: Interview - Test & Evaluation Engineer - time change"),
        ("Date", date("2026-11-17 07:02", LA)),
        ("Message-ID", "<CAKn7rP0xT2=w@mail.gmail.com>"),
    ], text(t("""
        Hi Colleen,

        No problem at all - Friday 12:30 PM ET works for me. See you then!

        Kevin
        """), cte="7bit"))
    report = t("""
        ** Address not found **

        Your message wasn't delivered to cmurhpy@brandywineradar.com because the address couldn't
        be found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient cmurhpy@brandywineradar.com not found by SMTP address lookup
        """)
    status = raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Tue, 17 Nov 2026 07:02:11 -0800 (PST)

        Final-Recipient: rfc822; cmurhpy@brandywineradar.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; brandywineradar-com.mail.protection.outlook.com. (52.101.40.12)
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
        Last-Attempt-Date: Tue, 17 Nov 2026 07:02:14 -0800 (PST)
        """))
    hs = H(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
           "Delivery Status Notification (Failure)",
           "2026-11-17 07:02", LA, "<6f2c9a10.050a0220.1b7e3.0c41.GMR@mx.google.com>",
           "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
           ("Auto-Submitted", "auto-replied"), lag=9)
    return message(hs, multipart("report", text(report, cte="7bit"), status, attached_message(original),
                                 params="report-type=delivery-status"))


@mail(N(46), family="mailing_list_meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Mailing-list meetup announcement ('Hiring Night': hiring-manager panel, mock interviews) "
           "Thu 19 Nov 6:30 PM; an event at a fixed time, not Kevin's interview.")
def m46():
    body = t("""
        Hi all,

        Our November meetup is a HIRING NIGHT:

          Thursday, November 19, 2026, 6:30 - 8:30 PM
          Sorrento Valley Makerspace, 10070 Mesa Rim Rd (pizza from 6:00)

        - Panel: four hiring managers (shipyard, biotech, drone, defense) on what they look for
          when they interview test engineers
        - 15-minute mock interviews with volunteer engineers (sign-up sheet at the door)
        - Resume table

        RSVP on the wiki so we order enough pizza. Please forward to anyone who's job hunting.

        Wendy Lau
        SDTMS program chair

        _______________________________________________
        sd-testeng mailing list
        sd-testeng@lists.sdtms.org
        https://lists.sdtms.org/mailman/listinfo/sd-testeng
        """)
    hs = H(addr("Wendy Lau", "wendy.lau@example.com"),
           "[sd-testeng] Nov 19 meetup: Hiring Night (panel + mock interviews)",
           "2026-11-09 21:10", LA, "<a1b2c3d4e5.20261109@example.com>",
           "from lists.sdtms.org (lists.sdtms.org [198.51.100.150])",
           ("Sender", addr(None, "sd-testeng-bounces@lists.sdtms.org")),
           ("List-Id", "San Diego Test & Measurement Society <sd-testeng.lists.sdtms.org>"),
           ("List-Post", "<mailto:sd-testeng@lists.sdtms.org>"),
           ("List-Unsubscribe", "<https://lists.sdtms.org/mailman/options/sd-testeng>"),
           ("Precedence", "list"),
           ("Reply-To", addr(None, "sd-testeng@lists.sdtms.org")),
           to=addr(None, "sd-testeng@lists.sdtms.org"))
    return message(hs, text(body))


@mail(N(47), family="webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Zoom webinar registration ('Acing the cleared-job interview') Wed 21 Oct 12:00 PM PT; a "
           "fixed time, not an interview.")
def m47():
    body = t("""
        Hi Kevin,

        Thank you for registering for "Acing the Cleared-Job Interview: What Security Officers and
        Hiring Managers Ask".

        Please submit any questions to: cc-events@clearedcareers.net

        Date Time: Oct 21, 2026 12:00 PM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://clearedcareers.zoom.us/w/96612003457?tk=Qm9nd3M

        Passcode: 220913

        Add to Calendar  Add to Google Calendar  Add to Yahoo Calendar

        You can cancel your registration at any time.
        """)
    h = ("<html><body style=\"font-family:Lato,Helvetica,sans-serif;font-size:14px\">"
         + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
         + "</body></html>\n")
    hs = H(addr("ClearedCareers Events", "no-reply@zoom.us"),
           "Acing the Cleared-Job Interview Confirmation",
           "2026-10-16 13:30", LA, "<Ojx1cG3fRbW9mZ0t2d@zoom.us>",
           "from zoom.us (mx-out.zoom.us [170.114.52.2])",
           ("Reply-To", addr(None, "cc-events@clearedcareers.net")))
    return message(hs, alt(text(body), html(h)))


@mail(N(48), family="recruiter_followup", lang="en", interview=False, company="Halyard Photonics",
      note="After the Halyard interview: hiring paused through year end, 'let's touch base in Q1'; no "
           "time fixed.")
def m48():
    body = t("""
        Hi Kevin,

        I wanted to close the loop personally. Leadership froze all new engineering hires through
        the end of the year after the Q3 numbers, so we won't be making an offer for the lidar test
        role right now. This has nothing to do with your interview - Irene and I both thought it
        went really well.

        Let's touch base in Q1. I'll reach out the first week of January when we know our
        headcount, and if the role opens again I'd like to skip you straight to the final round.

        Best,
        Gabe

        Gabriel Moss
        Engineering Manager, Halyard Photonics
        """)
    hs = H(addr("Gabriel Moss", "gmoss@halyardphotonics.com"),
           "Quick update on the Test Engineer role",
           "2026-10-30 16:44", LA, "<CAHx0Qm3vN8rT@mail.gmail.com>",
           "from mail-lj1-f180.google.com (mail-lj1-f180.google.com [209.85.208.180])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(49), family="parent_teacher", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="School parent-teacher conference confirmation (Tue 24 Nov 3:20-3:40 PM); not an interview.")
def m49():
    body = t("""
        Conference Confirmed

        Hi Kevin,

        Your parent-teacher conference is confirmed.

        Student: An Nguyen (Grade 3)
        Teacher: Ms. Rosa Alvarez, Room 12
        When: Tuesday, November 24, 2026, 3:20 PM - 3:40 PM
        Where: Canyon Ridge Elementary, Room 12 (in person)

        Need to change your time? Sign-ups close Friday. Open the ClassBridge app to swap slots.

        - Canyon Ridge Elementary via ClassBridge
        """)
    hs = H(addr("Canyon Ridge Elementary", "notifications@classbridge.app"),
           "Conference confirmed: Tue, Nov 24 at 3:20 PM with Ms. Alvarez",
           "2026-11-16 18:02", LA, "<cb-conf-771203@classbridge.app>",
           "from mail.classbridge.app (mail.classbridge.app [198.51.100.201])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(50), family="customer_research", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Instrument vendor's UX researcher confirms a 45-minute customer feedback interview with "
           "Kevin (Thu 3 Dec 1:00 PM PT) with an ICS: Kevin is interviewed as a customer, not for a "
           "job.")
def m50():
    body = t("""
        Hi Kevin,

        Thanks for signing up to talk with us about the Keystrand automation API! Confirming your
        customer interview:

          Thursday, December 3, 1:00 - 1:45 PM PT
          Google Meet: https://meet.google.com/kys-uxrs-cst

        I'll ask about how your team scripts scope and DMM measurements today and where our API
        gets in the way. No prep needed. As a thank-you you'll receive a $100 gift card after the
        session. The calendar invite is attached.

        Thanks,
        Hana Okada
        UX Researcher, Keystrand Instruments
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261203T210000Z
DTEND:20261203T214500Z
DTSTAMP:20261130T183000Z
ORGANIZER;CN=Hana Okada:mailto:hana.okada@keystrand.com
UID:7kys2uxr9cst4hokada1b3d5f7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Keystrand customer interview - automation API (Kevin Nguyen)
LOCATION:https://meet.google.com/kys-uxrs-cst
END:VEVENT
END:VCALENDAR"""
    hs = H(addr("Hana Okada", "hana.okada@keystrand.com"),
           "Confirmed: customer interview Thursday 12/3 at 1pm PT",
           "2026-11-30 10:30", LA, "<CAJk9uXr2Ho5a@mail.gmail.com>",
           "from mail-io1-f53.google.com (mail-io1-f53.google.com [209.85.166.53])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", name_param=True)))
