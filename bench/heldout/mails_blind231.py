"""blind231: a blind 50-mail held-out set (realistic inbox, Birmingham, Alabama).

Inbox owner: Jasmine Porter <jasmine.porter@example.org>, healthcare revenue-cycle data analyst in
Birmingham, Alabama (America/Chicago). Written by a helper session without reading the detector.
One function per mail; keys 1-23 are positives, 24-50 negatives; file numbers are a fixed shuffle
of the writing order (ORDER below).

    python3 bench/heldout/make_blind.py blind231
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

ORDER = random.Random(2310231).sample(range(1, 51), 50)
ME = addr("Jasmine Porter", "jasmine.porter@example.org")
CHI = "America/Chicago"
NYC = "America/New_York"
LAX = "America/Los_Angeles"
MX = "mx.example.org (Postfix)"


def n(key: int) -> str:
    return f"blind231_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [198.51.100.{10 + len(host) % 200}])", when, zone,
                    f"{MX} with ESMTPS id {ident}", "jasmine.porter@example.org", lag)


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-14 10:00", CHI), end=utc("2026-09-14 10:45", CHI),
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 10:45", zone=CHI,
      contact="courtney.sims@magnoliaridgehealth.org", company="Magnolia Ridge Health",
      note="Greenhouse confirmation from no-reply; 'Monday, September 14, 2026, 10:00 AM - 10:45 AM CDT' "
           "(CDT = UTC-5) -> 15:00Z-15:45Z, the ICS (TZID America/Chicago) agrees; contact = human "
           "Reply-To recruiter, also the ICS ORGANIZER.")
def m01() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for your interest in the Revenue Cycle Data Analyst II position at Magnolia Ridge
        Health. We're pleased to confirm your interview. Details are below.

        Interview: Hiring Manager Screen
        Date: Monday, September 14, 2026
        Time: 10:00 AM - 10:45 AM CDT
        Location: Microsoft Teams (the join link is in the attached calendar invitation)

        You will be meeting with:
        Kevin Barlow, Manager, Revenue Cycle Analytics

        If you need to reschedule, simply reply to this email and I'll find another time.

        Best regards,

        Courtney Sims
        Talent Acquisition Partner
        Magnolia Ridge Health | Birmingham, AL
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Jasmine,</p>
        <p>Thank you for your interest in the Revenue Cycle Data Analyst II position at Magnolia Ridge
        Health. We're pleased to confirm your interview. Details are below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Hiring Manager Screen</td></tr>
        <tr><td><b>Date:</b></td><td>Monday, September 14, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM CDT</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (the join link is in the attached calendar invitation)</td></tr>
        </table>
        <p>You will be meeting with:<br>Kevin Barlow, Manager, Revenue Cycle Analytics</p>
        <p>If you need to reschedule, simply reply to this email and I'll find another time.</p>
        <p>Best regards,</p>
        <p>Courtney Sims<br>Talent Acquisition Partner<br>Magnolia Ridge Health | Birmingham, AL</p>
        <img src="https://us.greenhouse-mail.io/o/e3b1c7a2f9.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["America/Chicago"].join(["""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:gh-interview-81733402-magnoliaridgehealth@greenhouse.io
DTSTAMP:20260908T151400Z
DTSTART;TZID=America/Chicago:20260914T100000
DTEND;TZID=America/Chicago:20260914T104500
SUMMARY:Interview: Jasmine Porter / Revenue Cycle Data Analyst II (Magnolia Ridge Health)
LOCATION:Microsoft Teams
DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmRhNzQ2
ORGANIZER;CN=Courtney Sims:mailto:courtney.sims@magnoliaridgehealth.org
ATTENDEE;CN=Jasmine Porter;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.porter@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("o7.us.greenhouse-mail.io", "2026-09-08 10:14:22", CHI, "4MkQ1x0Zr7z9")),
        ("From", addr("Magnolia Ridge Health", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Courtney Sims", "courtney.sims@magnoliaridgehealth.org")),
        ("To", ME),
        ("Subject", "Interview Confirmation: Revenue Cycle Data Analyst II at Magnolia Ridge Health"),
        ("Date", date("2026-09-08 10:14:19", CHI)),
        ("Message-ID", "<0100019190a2c1e4-5b0a7e31-9c44-4a0e-b1f2-6d8e2a4c9f10-000000@email.amazonses.com>"),
        ("X-SES-Outgoing", "2026.09.08-54.240.8.17"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-23 14:30", CHI), end=utc("2026-09-23 15:30", CHI),
      local="Wed 2026-09-23 14:30", local_end="2026-09-23 15:30", zone=CHI,
      contact="marcus.dunn@cahabafederal.com", company="Cahaba Federal Bank",
      note="Workday system mail (HTML only, base64) from the tenant mailbox; '09/23/2026 2:30 PM - "
           "3:30 PM (Central Time)' in September = CDT (UTC-5) -> 19:30Z-20:30Z; contact = the "
           "recruiter's address in the body.")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d">
        <tr><td style="background:#00457c;color:#ffffff;font-size:18px">Cahaba Federal Bank</td></tr>
        <tr><td>
        <p>Dear Jasmine,</p>
        <p>Your interview for <b>Healthcare Banking Data Analyst (R-004417)</b> has been scheduled.</p>
        <p><b>Date:</b> 09/23/2026<br>
        <b>Time:</b> 2:30 PM - 3:30 PM (Central Time)<br>
        <b>Location:</b> Cahaba Federal Tower, 1901 Fifth Avenue North, 12th Floor, Birmingham, AL 35203<br>
        <b>Interviewers:</b> Marcus Dunn (Talent Acquisition); Erin Kowalski (VP, Commercial Analytics)</p>
        <p>Please check in at the lobby security desk with a photo ID about 10 minutes early. Visitor
        parking is available in the deck on 19th Street.</p>
        <p>If you have any questions, please contact Marcus Dunn at
        <a href="mailto:marcus.dunn@cahabafederal.com">marcus.dunn@cahabafederal.com</a>.</p>
        <p>You can view the details of this interview at any time from the Candidate Home in our
        <a href="https://wd5.myworkdayjobs.com/cahabafederal/login">careers site</a>.</p>
        <p style="font-size:12px;color:#777">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd5-smtp.myworkday.com", "2026-09-17 16:03:41", CHI, "7bPq2YtV0s3c")),
        ("From", addr("Cahaba Federal Bank", "cahabafederal@myworkday.com")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", "Interview Scheduled - Healthcare Banking Data Analyst (R-004417)"),
        ("Date", date("2026-09-17 16:03:38", CHI)),
        ("Message-ID", "<1938446712.55123.1789678418772@wd5-prod-mail02.myworkday.com>"),
    ], html(page, cte="base64"))


@mail(n(3), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-01 09:30", CHI), end=None,
      local="Thu 2026-10-01 09:30", zone=CHI,
      contact="rwhitfield@southernforgesteel.com", company="Southern Forge Steel",
      note="Terse phone reply 'thursday works. so tomorrow 9:30' sent Wed 30 Sep 07:48 CDT -> Thu 1 Oct "
           "09:30 CDT = 14:30Z (Birmingham plant, Central); 'plan on about an hour' is approximate "
           "-> end null; contact = the plant controller who sent it. Closes the thread of the "
           "proposal mail (negative).")
def m03() -> bytes:
    body = t("""
        Jasmine - thursday works. so tomorrow 9:30, main office on Finley. Park in the visitor lot by
        gate 3 and tell the guard your there to see me, bring a photo ID since its a plant site.
        Plan on about an hour, Gina from HR will join for the last part.

        Ray

        Sent from my iPhone

        > On Sep 29, 2026, at 9:02 PM, Jasmine Porter <jasmine.porter@example.org> wrote:
        >
        > Hi Ray,
        >
        > Thank you for getting back to me so quickly! Thursday at 9:30 works great for me. I could
        > also do Friday if that's easier on your end.
        >
        > Best,
        > Jasmine
        >
        >> On Sep 28, 2026, at 4:15 PM, Ray Whitfield <rwhitfield@southernforgesteel.com> wrote:
        >>
        >> Hi Jasmine, thanks for sending your resume over. Would Thursday at 9:30 or Friday at 1
        >> work to come out and meet? Let me know and I'll get it set up.
        >>
        >> Ray Whitfield
        >> Plant Controller | Southern Forge Steel
        """)
    return message([
        ("Received", rcv("mail-sor-f41.southernforgesteel.com", "2026-09-30 07:48:50", CHI, "Qd2m8Ww1kLp4")),
        ("From", addr("Ray Whitfield", "rwhitfield@southernforgesteel.com")),
        ("To", ME),
        ("Subject", "Re: Cost Accounting Analyst"),
        ("Date", date("2026-09-30 07:48:47", CHI)),
        ("Message-ID", "<6A1F0C3E-88B2-4D7A-9E0B-3C21F9A7D5E4@southernforgesteel.com>"),
        ("In-Reply-To", "<CAJp7Rk2x9sQ0v1m@mail.example.org>"),
        ("References", "<B7F0A2D1-1E34-4C0B-A2D9-5E6F7A8B9C0D@southernforgesteel.com> "
                       "<CAJp7Rk2x9sQ0v1m@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(n(4), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-15 13:00", CHI), end=utc("2026-10-15 14:00", CHI),
      local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:00", zone=CHI,
      contact="devin.cho@harpethhealth.com", company="Harpeth Health",
      note="Ashby confirmation (base64 bodies + ICS); 'Thursday, October 15, 2026, 1:00 PM - 2:00 PM CDT' "
           "-> 18:00Z-19:00Z (Nashville company, Central); contact = Reply-To recruiter = ORGANIZER.")
def m04() -> bytes:
    body = t("""
        Hi Jasmine,

        Your interview is confirmed. We're looking forward to speaking with you!

        Senior Analyst, Revenue Intelligence - Team Interview
        Thursday, October 15, 2026, 1:00 PM - 2:00 PM CDT
        Google Meet: https://meet.google.com/hpt-rqvz-kda

        You'll meet with:
          Naomi Feld - Director, Revenue Intelligence
          Sam Okoro - Analytics Engineer

        We'll ask you to walk us through a denial-trend analysis you've done (no slides needed).

        Questions? Just reply and it will reach Devin Cho.

        Thanks,
        Harpeth Health Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jasmine,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Senior Analyst, Revenue Intelligence - Team Interview</strong><br>
        Thursday, October 15, 2026, 1:00 PM - 2:00 PM CDT<br>
        Google Meet: <a href="https://meet.google.com/hpt-rqvz-kda">meet.google.com/hpt-rqvz-kda</a></p>
        <p>You&#x27;ll meet with:<br>
        Naomi Feld - Director, Revenue Intelligence<br>
        Sam Okoro - Analytics Engineer</p>
        <p>We&#x27;ll ask you to walk us through a denial-trend analysis you&#x27;ve done (no slides needed).</p>
        <p>Questions? Just reply and it will reach Devin Cho.</p>
        <p>Thanks,<br>Harpeth Health Recruiting</p>
        </body></html>
        """)
    ics = VTZ["America/Chicago"].join(["""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:3f9e1c52-7a0d-4b6e-9d21-8c4f0b7a6e13
DTSTAMP:20261012T143102Z
DTSTART;TZID=America/Chicago:20261015T130000
DTEND;TZID=America/Chicago:20261015T140000
SEQUENCE:0
SUMMARY:Harpeth Health - Senior Analyst, Revenue Intelligence - Team Interview
LOCATION:https://meet.google.com/hpt-rqvz-kda
ORGANIZER;CN=Devin Cho:mailto:devin.cho@harpethhealth.com
ATTENDEE;CN=Jasmine Porter;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.porter@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("a48-112.smtp-out.amazonses.com", "2026-10-12 09:31:05", CHI, "Zx81nB2qR5vH")),
        ("From", addr("Harpeth Health", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Devin Cho", "devin.cho@harpethhealth.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Senior Analyst, Revenue Intelligence at Harpeth Health"),
        ("Date", date("2026-10-12 09:31:02", CHI)),
        ("Message-ID", "<0100019279f1b0aa-8d1c44e2-61f0-4b39-a7de-20e5c9a1b7f4-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(5), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-20 08:30", CHI), end=None,
      local="Tue 2026-10-20 08:30", zone=CHI,
      contact="tholloway@rmumc.edu", company="Red Mountain University Medical Center",
      note="iCIMS mail from the tenant's talent.icims.com address, windows-1252 quoted-printable; "
           "'Tuesday, October 20, 2026 at 8:30 a.m. (Central)' = CDT -> 13:30Z; 'approximately one "
           "hour' -> end null; contact = recruiter's address in the signature.")
def m05() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for your interest in the Senior Revenue Integrity Analyst position (Req 26-3318) at
        Red Mountain University Medical Center. We’re pleased to confirm your on-site interview:

            Date:      Tuesday, October 20, 2026
            Time:      8:30 a.m. (Central)
            Location:  Faculty Office Tower, Room 1140, 510 20th Street South, Birmingham, AL
            Panel:     Dr. Angela Forbes (Director, Patient Financial Services)
                       Michael Reyes (Revenue Integrity Manager)

        The interview will last approximately one hour. Please arrive 15 minutes early; parking is
        validated in the “Lot 4” deck. Bring a printed copy of your résumé and a list of three
        professional references.

        If you have questions before your visit, please contact me directly.

        Sincerely,

        Tamika Holloway
        Senior Recruiter, Talent Acquisition
        Red Mountain University Medical Center
        tholloway@rmumc.edu | 205-555-0187

        ---
        This message was sent via iCIMS on behalf of RMUMC Talent Acquisition.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Dear Jasmine,</p>
        <p>Thank you for your interest in the Senior Revenue Integrity Analyst position (Req 26-3318) at
        Red Mountain University Medical Center. We’re pleased to confirm your on-site interview:</p>
        <table style="font-size:11pt">
        <tr><td>Date:</td><td>Tuesday, October 20, 2026</td></tr>
        <tr><td>Time:</td><td>8:30 a.m. (Central)</td></tr>
        <tr><td>Location:</td><td>Faculty Office Tower, Room 1140, 510 20th Street South, Birmingham, AL</td></tr>
        <tr><td valign="top">Panel:</td><td>Dr. Angela Forbes (Director, Patient Financial Services)<br>Michael Reyes (Revenue Integrity Manager)</td></tr>
        </table>
        <p>The interview will last approximately one hour. Please arrive 15 minutes early; parking is
        validated in the “Lot 4” deck. Bring a printed copy of your résumé and a list of three
        professional references.</p>
        <p>If you have questions before your visit, please contact me directly.</p>
        <p>Sincerely,</p>
        <p>Tamika Holloway<br>Senior Recruiter, Talent Acquisition<br>Red Mountain University Medical Center<br>
        <a href="mailto:tholloway@rmumc.edu">tholloway@rmumc.edu</a> | 205-555-0187</p>
        <p style="font-size:8pt;color:#888">This message was sent via iCIMS on behalf of RMUMC Talent Acquisition.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mta-07.icims.com", "2026-10-14 14:05:12", CHI, "Hh3vN0c7aPq1")),
        ("From", addr("RMUMC Talent Acquisition", "rmumc-talent@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation - Senior Revenue Integrity Analyst (26-3318)"),
        ("Date", date("2026-10-14 14:05:09", CHI)),
        ("Message-ID", "<1789412709.7733.rmumc.icims@talent.icims.com>"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(6), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-23 11:30", CHI), end=utc("2026-10-23 12:00", CHI),
      local="Fri 2026-10-23 11:30", local_end="2026-10-23 12:00", zone=CHI,
      contact="leslie.tran@vestaviaortho.com", company="Vestavia Orthopedic Partners",
      note="Calendly invitee confirmation, no ICS; '11:30am - 12:00pm (Central Time - US & Canada) on "
           "Friday, October 23, 2026' = CDT -> 16:30Z-17:00Z; contact = host via Reply-To. Later "
           "cancelled by the host (separate mail).")
def m06() -> bytes:
    body = t("""
        Hi Jasmine Porter,

        Your Revenue Cycle Analyst – Phone Interview with Leslie Tran at 11:30am - 12:00pm (Central
        Time - US & Canada) on Friday, October 23, 2026 is scheduled.

        Event Type:
        Revenue Cycle Analyst – Phone Interview

        Invitee:
        Jasmine Porter

        Invitee Email:
        jasmine.porter@example.org

        Event Date/Time:
        11:30am - 12:00pm (Central Time - US & Canada) on Friday, October 23, 2026

        Location:
        Leslie will call you at +1 205-555-0112

        Questions:
        Anything you'd like us to know before the call?
        I'm currently finishing a Epic Resolute reporting project, so mornings work best.

        View event in Calendly: https://calendly.com/events/8e51c2a4-vop/invitee
        Cancel: https://calendly.com/cancellations/4fa91b0e-77c2
        Reschedule: https://calendly.com/reschedulings/4fa91b0e-77c2

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Jasmine Porter,</p>
        <p>Your Revenue Cycle Analyst – Phone Interview with Leslie Tran at 11:30am - 12:00pm (Central
        Time - US &amp; Canada) on Friday, October 23, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Revenue Cycle Analyst – Phone Interview</p>
        <p><b>Invitee:</b><br>Jasmine Porter</p>
        <p><b>Invitee Email:</b><br>jasmine.porter@example.org</p>
        <p><b>Event Date/Time:</b><br>11:30am - 12:00pm (Central Time - US &amp; Canada) on Friday, October 23, 2026</p>
        <p><b>Location:</b><br>Leslie will call you at +1 205-555-0112</p>
        <p><b>Questions:</b><br>Anything you'd like us to know before the call?<br>I'm currently finishing a Epic Resolute reporting project, so mornings work best.</p>
        <p><a href="https://calendly.com/events/8e51c2a4-vop/invitee">View event in Calendly</a></p>
        <p><a href="https://calendly.com/cancellations/4fa91b0e-77c2">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/4fa91b0e-77c2">Reschedule</a></p>
        <p style="color:#999;font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("o1.email.calendly.com", "2026-10-20 16:52:30", CHI, "Lr9xC4w2Te6u")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Leslie Tran", "leslie.tran@vestaviaortho.com")),
        ("To", ME),
        ("Subject", enc("Confirmed: Revenue Cycle Analyst – Phone Interview with Leslie Tran on "
                        "Friday, October 23, 2026")),
        ("Date", date("2026-10-20 16:52:27", CHI)),
        ("Message-ID", "<wpA3cq1ZS9mD4tYb8e7Fjg@geopod-ismtpd-4>"),
    ], alt(text(body), html(page)))


@mail(n(7), family="microsoft_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-28 10:00", CHI), end=utc("2026-10-28 11:00", CHI),
      local="Wed 2026-10-28 10:00", local_end="2026-10-28 11:00", zone=CHI,
      contact="gregory.banks@alhdc.org", company="Alabama Health Data Commission",
      note="Microsoft Bookings confirmation from the agency's shared Bookings mailbox; the body shows "
           "the zone as '(UTC-06:00) Central Time (US & Canada)' although 28 Oct is still CDT "
           "(UTC-5): 10:00 CDT -> 15:00Z-16:00Z, as the ICS (Central Standard Time) says; contact = "
           "staff member's address in the body, not the Bookings mailbox.")
def m07() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#212121">
        <p>Hello Jasmine Porter,</p>
        <p>Thanks for booking with Alabama Health Data Commission. Your booking is confirmed.</p>
        <table style="border:1px solid #e1e1e1;padding:12px">
        <tr><td style="font-size:18px;font-weight:600">Data Analyst III - Panel Interview</td></tr>
        <tr><td>Wednesday, October 28, 2026</td></tr>
        <tr><td>10:00 AM - 11:00 AM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Staff: Gregory Banks</td></tr>
        <tr><td>Microsoft Teams meeting - <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ1ZTk2">Join your appointment</a></td></tr>
        </table>
        <p>Panel: Gregory Banks (Health Data Program Manager), LaToya Simmons (Senior Epidemiologist),
        and a member of our Human Resources Division.</p>
        <p>Please have a government-issued photo ID available at the start of the call. Questions about
        the position can be sent to Gregory Banks at
        <a href="mailto:gregory.banks@alhdc.org">gregory.banks@alhdc.org</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/AHDCInterviews@alhdc.org/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#666">Alabama Health Data Commission &middot; Montgomery, Alabama</p>
        </div>
        </body></html>
        """)
    ics = VTZ["Central Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Alabama Health Data Commission:mailto:AHDCInterviews@alhdc.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Porter:mailto:jasmine.porter@example.org
DESCRIPTION;LANGUAGE=en-US:Data Analyst III - Panel Interview\\nStaff: Gregory Banks\\n
UID:040000008200E00074C5B7101A82E00800000000A1C3B2F1D65EDC01000000000000000010000000D3C1A84E
SUMMARY;LANGUAGE=en-US:Data Analyst III - Panel Interview
DTSTART;TZID=Central Standard Time:20261028T100000
DTEND;TZID=Central Standard Time:20261028T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T162004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("NAM10-MW2-obe.outbound.protection.outlook.com", "2026-10-19 11:20:08", CHI,
                         "Bn4sE7kP2xY9")),
        ("From", addr("Alabama Health Data Commission", "AHDCInterviews@alhdc.org")),
        ("To", ME),
        ("Subject", "Booking confirmed: Data Analyst III - Panel Interview"),
        ("Date", date("2026-10-19 11:20:04", CHI)),
        ("Message-ID", "<MW4PR09MB9183D3C1A84E7B2F1D65E3A1B2C4D5E6F@MW4PR09MB9183.namprd09.prod.outlook.com>"),
        ("Thread-Topic", "Booking confirmed: Data Analyst III - Panel Interview"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("Content-Language", "en-US"),
    ], mixed(html(page),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(8), family="exchange_outlook", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", CHI), end=utc("2026-11-02 10:00", CHI),
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=CHI,
      contact="pnatarajan@oakhollowhealth.org", company="Oak Hollow Health",
      note="Outlook meeting request (TZID 'Central Standard Time') sent Thu 29 Oct in CDT (-0500) for "
           "Mon 2 Nov, the day after US DST ends: 9:00 AM CST (UTC-6) -> 15:00Z-16:00Z, not 14:00Z; "
           "contact = hiring manager who sent it (also ORGANIZER).")
def m08() -> bytes:
    body = t("""
        Hi Jasmine,

        Sending the invite for Monday's conversation with me and Luis Ocampo from our PFS team. Heads up
        that the clocks fall back this weekend - this is 9:00 AM Central *after* the time change.

        Looking forward to it,
        Priya

        Priya Natarajan | Director, Revenue Cycle Reporting
        Oak Hollow Health | Huntsville, AL
        256-555-0148

        When: Monday, November 2, 2026 9:00 AM-10:00 AM. (UTC-06:00) Central Time (US & Canada)
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTVkMjE4>
        Meeting ID: 284 119 506 733
        Passcode: Xy7Qe2
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Jasmine,<o:p></o:p></p>
        <p class="MsoNormal">Sending the invite for Monday's conversation with me and Luis Ocampo from our PFS team. Heads up
        that the clocks fall back this weekend - this is 9:00 AM Central <b>after</b> the time change.<o:p></o:p></p>
        <p class="MsoNormal">Looking forward to it,<br>Priya<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-size:9pt;color:#595959">Priya Natarajan | Director, Revenue Cycle Reporting<br>
        Oak Hollow Health | Huntsville, AL<br>256-555-0148</span><o:p></o:p></p>
        <div style="margin-bottom:24px;overflow:hidden">
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span><br>
        <b><span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span></b><br>
        <b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTVkMjE4">Click here to join the meeting</a><br>
        Meeting ID: 284 119 506 733<br>Passcode: Xy7Qe2<br>
        <span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        </div></div></body></html>
        """)
    ics = VTZ["Central Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Priya Natarajan:mailto:pnatarajan@oakhollowhealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Porter:mailto:jasmine.porter@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Ocampo:mailto:locampo@oakhollowhealth.org
DESCRIPTION;LANGUAGE=en-US:Hi Jasmine\\,\\n\\nSending the invite for Monday's conversation with me and Luis Ocampo from our PFS team.\\n
UID:040000008200E00074C5B7101A82E00800000000F05C7E8B3E67DC010000000000000000100000006A4D2C1B
SUMMARY;LANGUAGE=en-US:Interview: Jasmine Porter - Revenue Cycle Reporting Analyst
DTSTART;TZID=Central Standard Time:20261102T090000
DTEND;TZID=Central Standard Time:20261102T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T202200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118844921
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
"""])
    return message([
        ("Received", rcv("NAM12-DM6-obe.outbound.protection.outlook.com", "2026-10-29 15:22:41", CHI,
                         "Ok5tW3zR8mL1")),
        ("From", addr("Priya Natarajan", "pnatarajan@oakhollowhealth.org")),
        ("To", ME),
        ("CC", addr("Luis Ocampo", "locampo@oakhollowhealth.org")),
        ("Subject", "Interview: Jasmine Porter - Revenue Cycle Reporting Analyst"),
        ("Thread-Topic", "Interview: Jasmine Porter - Revenue Cycle Reporting Analyst"),
        ("Thread-Index", "AdtJ1x7Qm3bYc2kVRsKq0p9wz4Lf8A=="),
        ("Date", date("2026-10-29 15:22:37", CHI)),
        ("Message-ID", "<SA1PR17MB54216A4D2C1BF05C7E8B3E67@SA1PR17MB5421.namprd17.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(9), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-12 14:00", CHI), end=utc("2026-11-12 15:00", CHI),
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone=CHI,
      contact="rachel.okafor@cumberlandcare.org", company="Cumberland Care Network",
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 20261112); the time is "
           "only in the description: '2:00-3:00 PM Central' on Thu 12 Nov (CST, UTC-6) -> 20:00Z-21:00Z; "
           "contact = organizer (From / Reply-To / ORGANIZER).")
def m09() -> bytes:
    desc = ("Hi Jasmine - blocking the whole day on your calendar so it doesn't get lost in the shuffle. "
            "You're confirmed for 2:00-3:00 PM Central with Marcus Bell (VP Revenue Cycle) and Ivy Tran "
            "(Decision Support) at our Nashville office\\, 4th floor. Ask for me at the front desk. - Rachel")
    body = t(f"""
        You have been invited to the following event.

        Jasmine Porter – onsite interview, Cumberland Care Network
        Thursday Nov 12, 2026
        Location: Cumberland Care Network, 311 Rosa L Parks Ave, Nashville, TN 37203
        Organizer: Rachel Okafor
        rachel.okafor@cumberlandcare.org

        {desc.replace(chr(92), "")}

        Guests
        Rachel Okafor - organizer
        jasmine.porter@example.org
        Marcus Bell
        Ivy Tran
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2g0YzFrM2s

        Reply for jasmine.porter@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N2g0YzFrM2s&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N2g0YzFrM2s&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N2g0YzFrM2s&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = t(f"""
        <html><body>
        <div itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Jasmine Porter – onsite interview"></div>
        <table cellspacing="0" cellpadding="8" style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">
        <tr><td><h2 style="font-weight:400;color:#3c4043">Jasmine Porter – onsite interview, Cumberland Care Network</h2></td></tr>
        <tr><td><b>When</b><br>Thursday Nov 12, 2026</td></tr>
        <tr><td><b>Location</b><br>Cumberland Care Network, 311 Rosa L Parks Ave, Nashville, TN 37203</td></tr>
        <tr><td><b>Organizer</b><br>Rachel Okafor <a href="mailto:rachel.okafor@cumberlandcare.org">rachel.okafor@cumberlandcare.org</a></td></tr>
        <tr><td>{desc.replace(chr(92), "")}</td></tr>
        <tr><td><b>Guests</b><br>Rachel Okafor - organizer<br>jasmine.porter@example.org<br>Marcus Bell<br>Ivy Tran</td></tr>
        <tr><td>Reply for jasmine.porter@example.org <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2g0YzFrM2s&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2g0YzFrM2s&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2g0YzFrM2s&amp;rst=3">Maybe</a></td></tr>
        <tr><td style="font-size:11px;color:#70757a">Invitation from Google Calendar</td></tr>
        </table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261112
DTEND;VALUE=DATE:20261113
DTSTAMP:20261106T152811Z
ORGANIZER;CN=Rachel Okafor:mailto:rachel.okafor@cumberlandcare.org
UID:7h4c1k3k9v0q2d5m8b6n1r0t4s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.porter@example.org;X-NUM-GUESTS=0:mailto:jasmine.porter@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Okafor;X-NUM-GUESTS=0:mailto:rachel.okafor@cumberlandcare.org
CREATED:20261106T152809Z
DESCRIPTION:{desc}
LAST-MODIFIED:20261106T152809Z
LOCATION:Cumberland Care Network\\, 311 Rosa L Parks Ave\\, Nashville\\, TN 37203
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jasmine Porter – onsite interview\\, Cumberland Care Network
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "2026-11-06 09:28:15", CHI, "Gc7yV1nT4aS2")),
        ("From", addr("Rachel Okafor", "rachel.okafor@cumberlandcare.org")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Rachel Okafor", "rachel.okafor@cumberlandcare.org")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", enc("Invitation: Jasmine Porter – onsite interview, Cumberland Care Network "
                        "@ Thu Nov 12, 2026 (jasmine.porter@example.org)")),
        ("Date", date("2026-11-06 09:28:11", CHI)),
        ("Message-ID", "<calendar-5b1e0f6a-3c2d-4e7f-9a8b-1c0d2e3f4a5b@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                 calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(10), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-17 09:00", NYC), end=utc("2026-11-17 10:00", NYC),
      local="Tue 2026-11-17 09:00", local_end="2026-11-17 10:00", zone=NYC,
      contact="brandon.lowe@piedmontmutual.com", company="Piedmont Mutual Insurance",
      note="SmartRecruiters HTML-only mail (iso-8859-1 QP) from an Atlanta insurer; '9:00 AM - 10:00 AM "
           "(GMT-05:00) Eastern Time' on Tue 17 Nov (EST) -> 14:00Z-15:00Z; the '8:00 AM Central' aside "
           "agrees; contact = Reply-To recruiter.")
def m10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <div style="max-width:620px;margin:auto;border-top:4px solid #1f6f8b;padding:20px">
        <p>Hello Jasmine,</p>
        <p>Thank you for applying for <b>Actuarial Data Analyst II</b> at Piedmont Mutual Insurance.
        We are happy to confirm your video interview:</p>
        <p style="background:#f4f7f9;padding:12px">
        <b>Tuesday, November 17, 2026</b><br>
        9:00 AM - 10:00 AM (GMT-05:00) Eastern Time<br>
        Interviewers: Brandon Lowe &middot; Talent Acquisition, Yvette Carrington &middot; Claims Analytics Manager<br>
        Video: Microsoft Teams (link to follow from Yvette)</p>
        <p>Joining from Birmingham? That's 8:00 AM Central.</p>
        <p>If you have any questions, just reply to this email.</p>
        <p>Kind regards,<br>Brandon Lowe<br>Talent Acquisition &middot; Piedmont Mutual Insurance &middot; Atlanta, GA</p>
        <p style="font-size:11px;color:#999">© 2026 Piedmont Mutual Insurance. Sent via SmartRecruiters.
        <a href="https://jobs.smartrecruiters.com/unsubscribe?c=pmi">Manage e-mail preferences</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-out-14.smartrecruiters.com", "2026-11-11 13:40:55", CHI, "Vv0cK8rP1dQ3")),
        ("From", addr("Piedmont Mutual Insurance", "no-reply@smartrecruiters.com")),
        ("Reply-To", addr("Brandon Lowe", "brandon.lowe@piedmontmutual.com")),
        ("To", ME),
        ("Subject", "Your interview with Piedmont Mutual Insurance is confirmed"),
        ("Date", date("2026-11-11 14:40:52", NYC)),
        ("Message-ID", "<20261111194052.6f3b2a1c9d8e@smartrecruiters.com>"),
    ], html(page, charset="iso-8859-1"))


DENVER_VTZ = """BEGIN:VTIMEZONE
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


@mail(n(11), family="teamtailor", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-19 14:30", "America/Denver"), end=utc("2026-11-19 15:15", "America/Denver"),
      local="Thu 2026-11-19 14:30", local_end="2026-11-19 15:15", zone="America/Denver",
      contact="jordan.pike@fieldstonehealth.io", company="Fieldstone Health Analytics",
      note="Teamtailor invite whose text gives no date or time: the time is only in the attached ICS, "
           "DTSTART;TZID=America/Denver 20261119T143000 (MST, UTC-7) -> 21:30Z (3:30 PM in "
           "Birmingham), DTEND 15:15 MST -> 22:15Z; contact = Reply-To recruiter = ORGANIZER.")
def m11() -> bytes:
    body = t("""
        Hi Jasmine,

        Jordan Pike has invited you to an interview for the position Data Analyst, Payer Contracts
        (Remote - US).

        Please find the calendar invitation attached to this email - it has the date, time and video
        link. Add it to your calendar so it doesn't slip by!

        If you can't make it, reply to this email and let us know.

        Best regards,
        Fieldstone Health Analytics

        --
        Sent with Teamtailor
        """)
    ics = DENVER_VTZ.join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:interview-2291847@teamtailor.com
DTSTAMP:20261116T171955Z
DTSTART;TZID=America/Denver:20261119T143000
DTEND;TZID=America/Denver:20261119T151500
SUMMARY:Interview: Data Analyst\\, Payer Contracts - Jasmine Porter
DESCRIPTION:Video interview with Jordan Pike and Alma Ruiz.\\nJoin: https://meet.google.com/fhx-pwtc-qrd
LOCATION:https://meet.google.com/fhx-pwtc-qrd
ORGANIZER;CN=Jordan Pike:mailto:jordan.pike@fieldstonehealth.io
ATTENDEE;CN=Jasmine Porter;RSVP=TRUE:mailto:jasmine.porter@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("smtp-out-3.teamtailor-mail.com", "2026-11-16 11:19:58", CHI, "Rt2sM6vB9kX0")),
        ("From", addr("Fieldstone Health Analytics", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Jordan Pike", "jordan.pike@fieldstonehealth.io")),
        ("To", ME),
        ("Subject", "Interview invitation: Data Analyst, Payer Contracts"),
        ("Date", date("2026-11-16 10:19:55", "America/Denver")),
        ("Message-ID", "<6390c1e2a7b4f_3d2a1b9c8e@teamtailor-mail.com>"),
    ], mixed(text(body, cte="7bit", charset="us-ascii"),
             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                      disposition="attachment")))


@mail(n(12), family="workable", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-30 10:00", CHI), end=utc("2026-11-30 10:30", CHI),
      local="Mon 2026-11-30 10:00", local_end="2026-11-30 10:30", zone=CHI,
      contact="jose.ortiz@shelbystreetrx.com", company="Shelby Street Pharmacy Services",
      note="Workable mail; Reply-To is the Workable candidate relay (not a person) -> contact = the "
           "interviewer's address in the body; 'Monday, November 30, 2026, 10:00 AM - 10:30 AM CST "
           "(Duration: 30 minutes)' -> 16:00Z-16:30Z. Sent in Thanksgiving week.")
def m12() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for your application for Data Analyst – Pharmacy Revenue. José Ortiz would like to
        meet you and the interview is now booked:

        Monday, November 30, 2026
        10:00 AM - 10:30 AM CST (Duration: 30 minutes)
        Phone call – José will call you on the number in your application

        Interviewer: José Ortiz, Revenue Operations Lead (jose.ortiz@shelbystreetrx.com)

        Happy Thanksgiving, and good luck!

        Shelby Street Pharmacy Services
        Nashville, TN

        You can reply to this email to reach the hiring team.
        Powered by Workable
        """)
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1c1c1c">
        <p>Hi Jasmine,</p>
        <p>Thanks for your application for <strong>Data Analyst – Pharmacy Revenue</strong>. José Ortiz would like to
        meet you and the interview is now booked:</p>
        <div style="border:1px solid #e3e6ea;border-radius:6px;padding:14px">
        <div style="font-weight:600">Monday, November 30, 2026</div>
        <div>10:00 AM - 10:30 AM CST (Duration: 30 minutes)</div>
        <div>Phone call – José will call you on the number in your application</div>
        </div>
        <p>Interviewer: José Ortiz, Revenue Operations Lead (<a href="mailto:jose.ortiz@shelbystreetrx.com">jose.ortiz@shelbystreetrx.com</a>)</p>
        <p>Happy Thanksgiving, and good luck!</p>
        <p>Shelby Street Pharmacy Services<br>Nashville, TN</p>
        <p style="color:#8a8f98;font-size:12px">You can reply to this email to reach the hiring team.<br>Powered by Workable</p>
        </div>
        """)
    return message([
        ("Received", rcv("mail-a12.workablemail.com", "2026-11-24 13:07:20", CHI, "Pw4nF2hJ7cE5")),
        ("From", addr("Shelby Street Pharmacy Services", "noreply@workablemail.com")),
        ("Reply-To", "shelby-street-pharmacy+c7f2a9e14b@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Interview booked: Data Analyst – Pharmacy Revenue at Shelby Street Pharmacy Services")),
        ("Date", date("2026-11-24 13:07:17", CHI)),
        ("Message-ID", "<wk.8c1f3e.1764011237@workablemail.com>"),
    ], alt(text(body), html(page)))


@mail(n(13), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-02 09:00", NYC), end=utc("2026-12-02 11:30", NYC),
      local="Wed 2026-12-02 09:00", local_end="2026-12-02 11:30", zone=NYC,
      contact="kendra.mills@poncestreet.com", company="Ponce Street Financial",
      note="GoodTime onsite itinerary in Atlanta (Eastern, EST in December): three sessions 9:00-9:45, "
           "10:00-10:45, 11:00-11:30 AM ET -> start 14:00Z (first), end 16:30Z (last); contact = "
           "coordinator in Reply-To.")
def m13() -> bytes:
    body = t("""
        Hi Jasmine,

        We're excited to host you at Ponce Street Financial! Your onsite interview is confirmed for
        Wednesday, December 2, 2026. All times are Eastern Time (ET).

        Itinerary
        9:00 AM – 9:45 AM    Alan Pruitt, Director of Healthcare Payments (hiring manager)
        10:00 AM – 10:45 AM  Bea Lindqvist, Senior Data Analyst – SQL exercise (bring a laptop)
        11:00 AM – 11:30 AM  Omar Haddad, People Partner

        Location: Ponce Street Financial, 675 Ponce de Leon Ave NE, Suite 800, Atlanta, GA 30308
        Check in with the 8th-floor front desk 10 minutes before your first session. Parking in the
        garage off Glen Iris Dr is validated.

        Travel: you mentioned you're driving over from Birmingham - remember Atlanta is an hour ahead.

        If anything changes, reply here and I'll take care of it.

        Kendra Mills
        Recruiting Coordinator, Ponce Street Financial

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111">
        <p>Hi Jasmine,</p>
        <p>We're excited to host you at Ponce Street Financial! Your onsite interview is confirmed for
        <b>Wednesday, December 2, 2026</b>. All times are Eastern Time (ET).</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
        <tr style="background:#f5f5f5"><th align="left">Time (ET)</th><th align="left">Interviewer</th></tr>
        <tr><td>9:00 AM – 9:45 AM</td><td>Alan Pruitt, Director of Healthcare Payments (hiring manager)</td></tr>
        <tr><td>10:00 AM – 10:45 AM</td><td>Bea Lindqvist, Senior Data Analyst – SQL exercise (bring a laptop)</td></tr>
        <tr><td>11:00 AM – 11:30 AM</td><td>Omar Haddad, People Partner</td></tr>
        </table>
        <p>Location: Ponce Street Financial, 675 Ponce de Leon Ave NE, Suite 800, Atlanta, GA 30308<br>
        Check in with the 8th-floor front desk 10 minutes before your first session. Parking in the
        garage off Glen Iris Dr is validated.</p>
        <p>Travel: you mentioned you're driving over from Birmingham - remember Atlanta is an hour ahead.</p>
        <p>If anything changes, reply here and I'll take care of it.</p>
        <p>Kendra Mills<br>Recruiting Coordinator, Ponce Street Financial</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o3.mail.goodtime.io", "2026-11-24 11:12:33", NYC, "Ym8qD0tG3wN6")),
        ("From", addr("Ponce Street Financial Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Kendra Mills", "kendra.mills@poncestreet.com")),
        ("To", ME),
        ("Subject", "Your onsite interview itinerary - Ponce Street Financial (Wed, Dec 2)"),
        ("Date", date("2026-11-24 11:12:30", NYC)),
        ("Message-ID", "<gt-itin-55d0c9e1a4f24b1a@goodtime.io>"),
    ], alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(14), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-09 13:00", CHI), end=None,
      local="Wed 2026-12-09 13:00", zone=CHI,
      contact="dana.whitlock@magiccitystaffing.com", company="Vulcan Home Health",
      note="Staffing-agency recruiter confirms a client interview, 'Wed 12/9 at 1:00 CST' (US MM/DD) + "
           "pasted Zoom block 'Dec 9, 2026 01:00 PM Central Time' -> 19:00Z; no length -> end null; "
           "company = the hiring client, contact = the agency recruiter who sent it (windows-1252 QP).")
def m14() -> bytes:
    body = t("""
        Hi Jasmine!

        Great news – you’re confirmed with Vulcan Home Health for Wed 12/9 at 1:00 CST. It’ll be
        Renée Dupree (Billing Manager) and probably their CFO if he’s free. Zoom details are below,
        I’d hop on 5 min early to test your audio.

        Couple tips: they LOVE talking about denial rates and clean-claim %, so have your numbers from
        the Ridgeline project ready. Call me after and tell me how it went!!

        Dana

        Dana Whitlock | Senior Recruiter
        Magic City Staffing
        205-555-0175 | dana.whitlock@magiccitystaffing.com

        -----
        Renée Dupree is inviting you to a scheduled Zoom meeting.

        Topic: Vulcan Home Health - Billing Data Analyst interview (J. Porter)
        Time: Dec 9, 2026 01:00 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/83377129045?pwd=VkhIUHd6b2RkTnFzR0lJa3pmY2Yxdz09

        Meeting ID: 833 7712 9045
        Passcode: 612244
        """)
    return message([
        ("Received", rcv("smtp.magiccitystaffing.com", "2026-12-04 15:30:12", CHI, "Kz1pA5sU8fW2")),
        ("From", addr("Dana Whitlock", "dana.whitlock@magiccitystaffing.com")),
        ("To", ME),
        ("Subject", "Confirmed! Vulcan Home Health - Wed 12/9"),
        ("Date", date("2026-12-04 15:30:09", CHI)),
        ("Message-ID", "<000601dc65a1$3b7e9c10$b27bd430$@magiccitystaffing.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHbZaE7fpwQs3vUQkWl9xH1c2dNsA=="),
    ], text(body, charset="windows-1252"))


@mail(n(15), family="forwarded_rfc822", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-15 10:30", CHI), end=utc("2026-12-15 11:30", CHI),
      local="Tue 2026-12-15 10:30", local_end="2026-12-15 11:30", zone=CHI,
      contact="hrutledge@mercyvalleyhealth.org", company="Mercy Valley Health",
      note="Forward to self (from the candidate's example.net address) with the recruiter's confirmation "
           "attached as message/rfc822: 'Tuesday, December 15, from 10:30 to 11:30 a.m. Central' "
           "(Montgomery, CST) -> 16:30Z-17:30Z; the sender is the candidate herself, so contact = "
           "the recruiter in the forwarded message's From.")
def m15() -> bytes:
    inner_body = t("""
        Good afternoon Jasmine,

        It was a pleasure speaking with you on Monday. On behalf of the search committee, I'm happy to
        confirm your panel interview for the Revenue Cycle Data Analyst position:

        Tuesday, December 15, from 10:30 to 11:30 a.m. Central
        Mercy Valley Administrative Services Building, 850 Perry Hill Road, Montgomery, AL
        Conference Room B (second floor)

        The panel will be Dr. Calvin Greer (CFO), Lorraine Pettway (Director of Patient Accounts) and
        me. Please bring a copy of your résumé; there is nothing to prepare in advance.

        Kind regards,
        Hannah Rutledge, SHRM-CP
        Human Resources Business Partner
        Mercy Valley Health
        334-555-0129
        """)
    inner = message([
        ("From", addr("Hannah Rutledge", "hrutledge@mercyvalleyhealth.org")),
        ("To", addr("Jasmine Porter", "jasmine.p.porter@example.net")),
        ("Subject", "Panel interview - Revenue Cycle Data Analyst"),
        ("Date", date("2026-12-10 16:02:44", CHI)),
        ("Message-ID", "<BN0PR04MB81122E0F5A7C3D9B1E4F6A20@BN0PR04MB8112.namprd04.prod.outlook.com>"),
    ], text(inner_body))
    outer = t("""
        fwd to myself so everything's in one place.
        Montgomery - leave the house by 8:15!! park in the side lot

        """)
    return message([
        ("Received", rcv("mail-yw1-f172.example.net", "2026-12-10 20:14:09", CHI, "Ua3bH9gL2mZ7")),
        ("From", addr("Jasmine Porter", "jasmine.p.porter@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Panel interview - Revenue Cycle Data Analyst"),
        ("Date", date("2026-12-10 20:14:06", CHI)),
        ("Message-ID", "<CAE5qTw1pN8sQ+fD2k@mail.example.net>"),
    ], mixed(text(outer, cte="7bit", charset="us-ascii"),
             attached_message(inner, "Panel interview - Revenue Cycle Data Analyst.eml")))


@mail(n(16), family="taleo", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-08 16:30", LAX), end=utc("2026-12-08 17:15", LAX),
      local="Tue 2026-12-08 16:30", local_end="2026-12-08 17:15", zone=LAX,
      contact="sbaker@cascadehealthplans.com", company="Cascade Health Plans",
      note="Taleo mail (iso-8859-1 QP) from a Pacific-time remote team: 'Tuesday, December 8, 2026 at "
           "4:30 PM Pacific Time (6:30 PM Central)', 'will last 45 minutes' -> 00:30Z-01:15Z on "
           "Wed 9 Dec in UTC (the next day); contact = recruiter address in the body.")
def m16() -> bytes:
    body = t("""
        Dear Ms. Porter,

        Thank you for your interest in the position of Sr. Data Analyst - Claims Payment Integrity
        (Requisition 2600918) with Cascade Health Plans.

        We are pleased to confirm your video interview as follows:

        Date: Tuesday, December 8, 2026
        Time: 4:30 PM Pacific Time (6:30 PM Central)
        Interviewers: Sheila Baker, Talent Acquisition; Owen Kraemer, Manager · Payment Integrity
        Format: Webex - the link will be sent by Owen's assistant

        The interview will last 45 minutes. We understand the late hour on your side and appreciate
        your flexibility.

        For questions, please contact Sheila Baker at sbaker@cascadehealthplans.com.

        Sincerely,
        Cascade Health Plans Talent Acquisition

        ** Please do not reply to this automated message. **
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
        <body><font face="Arial" size="2">
        Dear Ms. Porter,<br><br>
        Thank you for your interest in the position of Sr. Data Analyst - Claims Payment Integrity
        (Requisition 2600918) with Cascade Health Plans.<br><br>
        We are pleased to confirm your video interview as follows:<br><br>
        <b>Date:</b> Tuesday, December 8, 2026<br>
        <b>Time:</b> 4:30 PM Pacific Time (6:30 PM Central)<br>
        <b>Interviewers:</b> Sheila Baker, Talent Acquisition; Owen Kraemer, Manager · Payment Integrity<br>
        <b>Format:</b> Webex - the link will be sent by Owen's assistant<br><br>
        The interview will last 45 minutes. We understand the late hour on your side and appreciate
        your flexibility.<br><br>
        For questions, please contact Sheila Baker at <a href="mailto:sbaker@cascadehealthplans.com">sbaker@cascadehealthplans.com</a>.<br><br>
        Sincerely,<br>Cascade Health Plans Talent Acquisition<br><br>
        ** Please do not reply to this automated message. **
        </font></body></html>
        """)
    return message([
        ("Received", rcv("smtp-out.taleo.net", "2026-12-02 11:15:30", LAX, "Sx6eQ1jN4bR8")),
        ("From", addr("Cascade Health Plans", "cascadehealthplans@taleo.net")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", "Interview Confirmation - Sr. Data Analyst - Claims Payment Integrity (2600918)"),
        ("Date", date("2026-12-02 11:15:27", LAX)),
        ("Message-ID", "<1183367290.4412.1796238927000.JavaMail.taleo@tlo-mail-p07>"),
    ], alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(17), family="lever", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-08 14:00", NYC), end=utc("2026-10-08 14:45", NYC),
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 14:45", zone=NYC,
      contact="alicia.greene@peachtreeclaims.com", company="Peachtree Claims Analytics",
      note="Lever reschedule from an Atlanta firm stating both times: previous Tue 6 Oct 11:00 AM EDT, "
           "new 'Thursday, October 8, 2026, 2:00 PM - 2:45 PM EDT' -> 18:00Z-18:45Z (ICS SEQUENCE:1 "
           "agrees); contact = Reply-To recruiter = ORGANIZER.")
def m17() -> bytes:
    body = t("""
        Hi Jasmine,

        Your interview for Claims Data Analyst at Peachtree Claims Analytics has been rescheduled.
        An updated calendar invitation is attached.

        NEW TIME
        Thursday, October 8, 2026, 2:00 PM - 2:45 PM EDT
        (1:00 PM - 1:45 PM in Birmingham)

        Previously: Tuesday, October 6, 2026, 11:00 AM - 11:45 AM EDT

        Interviewer: Terrence Walker, Manager, Claims Analytics
        Location: Zoom - https://peachtreeclaims.zoom.us/j/91844023376

        Sorry for the change! Reply to this message if the new time doesn't work.

        Alicia Greene
        Peachtree Claims Analytics
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jasmine,</p>
        <p>Your interview for <b>Claims Data Analyst</b> at Peachtree Claims Analytics has been rescheduled.
        An updated calendar invitation is attached.</p>
        <p style="font-size:16px"><b>NEW TIME</b><br>Thursday, October 8, 2026, 2:00 PM - 2:45 PM EDT<br>
        <span style="color:#666">(1:00 PM - 1:45 PM in Birmingham)</span></p>
        <p style="color:#888"><s>Tuesday, October 6, 2026, 11:00 AM - 11:45 AM EDT</s></p>
        <p>Interviewer: Terrence Walker, Manager, Claims Analytics<br>
        Location: Zoom - <a href="https://peachtreeclaims.zoom.us/j/91844023376">https://peachtreeclaims.zoom.us/j/91844023376</a></p>
        <p>Sorry for the change! Reply to this message if the new time doesn't work.</p>
        <p>Alicia Greene<br>Peachtree Claims Analytics</p>
        </body></html>
        """)
    ics = VTZ["America/New_York"].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
""", """
BEGIN:VEVENT
UID:lever-interview-6b1d0e9a-2f4c-4a58-b6a1-7d3c9e0f1a22
DTSTAMP:20261005T140210Z
DTSTART;TZID=America/New_York:20261008T140000
DTEND;TZID=America/New_York:20261008T144500
SEQUENCE:1
SUMMARY:Interview with Peachtree Claims Analytics - Claims Data Analyst
LOCATION:https://peachtreeclaims.zoom.us/j/91844023376
ORGANIZER;CN=Alicia Greene:mailto:alicia.greene@peachtreeclaims.com
ATTENDEE;CN=Jasmine Porter;RSVP=TRUE:mailto:jasmine.porter@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("mail-mta-22.hire.lever.co", "2026-10-05 10:02:14", NYC, "Ee5wK1zP7rT3")),
        ("From", addr("Peachtree Claims Analytics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Alicia Greene", "alicia.greene@peachtreeclaims.com")),
        ("To", ME),
        ("Subject", "Rescheduled: Interview with Peachtree Claims Analytics - Claims Data Analyst"),
        ("Date", date("2026-10-05 10:02:11", NYC)),
        ("Message-ID", "<20261005140211.1.8E2F4A9B3C7D1E05@hire.lever.co>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-06 13:00", CHI), end=None,
      local="Tue 2026-10-06 13:00", zone=CHI,
      contact="kbarlow@magnoliaridgehealth.org", company="Magnolia Ridge Health",
      note="Hiring manager's phone reply sent Mon 28 Sep 18:05 CDT: tomorrow's (Tue 29 Sep, quoted "
           "'Tuesday 9/29 at 1:00') second round moved to 'next Tuesday, same time (1pm)' = Tue 6 Oct "
           "13:00 CDT -> 18:00Z; no length -> end null; contact = the hiring manager (sender).")
def m18() -> bytes:
    body = t("""
        Hi Jasmine - so sorry, something came up on my end for tomorrow (our budget review got moved
        right on top of us). I've moved us to next Tuesday, same time (1pm), same place - 4th floor
        conf room at the Southside admin building. Courtney will send an updated invite but wanted you
        to hear it from me first. Sorry for the shuffle!

        Kevin

        Sent from my iPhone

        > On Sep 22, 2026, at 3:10 PM, Kevin Barlow <kbarlow@magnoliaridgehealth.org> wrote:
        >
        > Jasmine,
        > Really enjoyed our conversation last week. Confirming round two for Tuesday 9/29 at 1:00
        > with me and two of my analysts. We'll do a short SQL walkthrough, nothing crazy.
        > Kevin
        """)
    return message([
        ("Received", rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "2026-09-28 18:05:40", CHI,
                         "Jq2vX8nL5cB1")),
        ("From", addr("Kevin Barlow", "kbarlow@magnoliaridgehealth.org")),
        ("To", ME),
        ("CC", addr("Courtney Sims", "courtney.sims@magnoliaridgehealth.org")),
        ("Subject", "Re: Round 2"),
        ("Date", date("2026-09-28 18:05:36", CHI)),
        ("Message-ID", "<0C4B7E2A-5D19-4F3A-8B60-2E9D1A7C3F58@magnoliaridgehealth.org>"),
        ("In-Reply-To", "<6E3F1A20-9B7C-4D58-A1E2-7F0B3C9D5A41@magnoliaridgehealth.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(19), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-22 10:00", CHI), end=utc("2026-10-22 11:00", CHI),
      local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=CHI,
      contact="naomi.feld@harpethhealth.com", company="Harpeth Health",
      note="Google Calendar 'Updated invitation' (SEQUENCE:1): final round moved from Wed 21 Oct 3pm to "
           "'Thursday Oct 22, 2026 10am - 11am (Central Time - Chicago)' = CDT -> 15:00Z-16:00Z; "
           "contact = organizer (hiring director).")
def m19() -> bytes:
    body = t("""
        This event has been updated
        Changed: time

        Harpeth Health – Final interview w/ Naomi Feld
        Thursday Oct 22, 2026 ⋅ 10am – 11am (Central Time - Chicago)
        (was Wednesday Oct 21, 2026 ⋅ 3pm – 4pm)

        Joining info
        Join with Google Meet
        https://meet.google.com/wqe-hnpd-uzs

        Organizer
        Naomi Feld
        naomi.feld@harpethhealth.com

        Description
        Moving us to Thursday morning - our board prep ate Wednesday afternoon. Same agenda: 30 min
        with me, 30 min with Dr. Amara Singh (CFO). Thanks for being flexible! -N

        Guests
        Naomi Feld - organizer
        Amara Singh
        jasmine.porter@example.org

        Reply for jasmine.porter@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=cTJ4Zm1rN2Iw&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=cTJ4Zm1rN2Iw&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=cTJ4Zm1rN2Iw&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body><table style="font-family:Roboto,Arial,sans-serif;color:#3c4043;font-size:14px" cellpadding="6">
        <tr><td style="color:#d93025">This event has been updated<br>Changed: time</td></tr>
        <tr><td><h2 style="font-weight:400">Harpeth Health – Final interview w/ Naomi Feld</h2></td></tr>
        <tr><td><span style="color:#d93025">Thursday Oct 22, 2026 ⋅ 10am – 11am</span> (Central Time - Chicago)<br>
        <s style="color:#70757a">Wednesday Oct 21, 2026 ⋅ 3pm – 4pm</s></td></tr>
        <tr><td><a href="https://meet.google.com/wqe-hnpd-uzs">Join with Google Meet</a></td></tr>
        <tr><td><b>Organizer</b><br>Naomi Feld<br>naomi.feld@harpethhealth.com</td></tr>
        <tr><td>Moving us to Thursday morning - our board prep ate Wednesday afternoon. Same agenda: 30 min
        with me, 30 min with Dr. Amara Singh (CFO). Thanks for being flexible! -N</td></tr>
        <tr><td style="font-size:11px;color:#70757a">Invitation from Google Calendar</td></tr>
        </table></body></html>
        """)
    ics = VTZ["America/Chicago"].join(["""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", """
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261022T100000
DTEND;TZID=America/Chicago:20261022T110000
DTSTAMP:20261019T134722Z
ORGANIZER;CN=Naomi Feld:mailto:naomi.feld@harpethhealth.com
UID:q2xfmk7b0d3h8n1s6c4v9t2r5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.porter@example.org;X-NUM-GUESTS=0:mailto:jasmine.porter@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Amara Singh;X-NUM-GUESTS=0:mailto:amara.singh@harpethhealth.com
CREATED:20261014T201530Z
DESCRIPTION:Moving us to Thursday morning - our board prep ate Wednesday afternoon.
LAST-MODIFIED:20261019T134720Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Harpeth Health – Final interview w/ Naomi Feld
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "2026-10-19 08:47:25", CHI, "Fb6hR0yM3qS9")),
        ("From", addr("Naomi Feld", "naomi.feld@harpethhealth.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Naomi Feld", "naomi.feld@harpethhealth.com")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", enc("Updated invitation: Harpeth Health – Final interview w/ Naomi Feld @ Thu Oct 22, "
                        "2026 10am - 11am (CDT) (jasmine.porter@example.org)")),
        ("Date", date("2026-10-19 08:47:22", CHI)),
        ("Message-ID", "<calendar-9e2d7c41-0b5a-4f86-a3d2-6c1e8f0b7a93@google.com>"),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(20), family="recruitee", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-03 11:00", CHI), end=utc("2026-11-03 11:45", CHI),
      local="Tue 2026-11-03 11:00", local_end="2026-11-03 11:45", zone=CHI,
      contact="amber.whitt@brightwaterdental.com", company="Brightwater Dental Group",
      note="Recruitee reschedule across the US DST change: old Fri 30 Oct 11:00 AM CDT, new 'Tuesday, "
           "November 3, 2026 at 11:00 AM CST' (45 minutes) -> 17:00Z-17:45Z (same wall clock, one hour "
           "later in UTC); the ICS uses UTC times; contact = Reply-To recruiter.")
def m20() -> bytes:
    body = t("""
        Hi Jasmine,

        We had to move your interview for Financial Data Analyst at Brightwater Dental Group - our
        Regional Director is travelling on Friday. Here are the details:

        ❌ Old time: Friday, October 30, 2026 at 11:00 AM (CDT)
        ✅ New time: Tuesday, November 3, 2026 at 11:00 AM (CST)

        Duration: 45 minutes
        Where: Brightwater Dental Group support office, 4920 Corporate Dr NW, Suite 300, Huntsville, AL
        With: Amber Whitt (Talent) and Curtis Bynum (Regional Director of Operations)

        Note the clocks go back on November 1 - the time on your calendar stays 11:00 AM.

        See you then!
        Amber

        --
        Brightwater Dental Group · Careers
        Powered by Recruitee
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a35">
        <p>Hi Jasmine,</p>
        <p>We had to move your interview for <b>Financial Data Analyst</b> at Brightwater Dental Group - our
        Regional Director is travelling on Friday. Here are the details:</p>
        <p>❌ <s>Old time: Friday, October 30, 2026 at 11:00 AM (CDT)</s><br>
        ✅ <b>New time: Tuesday, November 3, 2026 at 11:00 AM (CST)</b></p>
        <p>Duration: 45 minutes<br>
        Where: Brightwater Dental Group support office, 4920 Corporate Dr NW, Suite 300, Huntsville, AL<br>
        With: Amber Whitt (Talent) and Curtis Bynum (Regional Director of Operations)</p>
        <p>Note the clocks go back on November 1 - the time on your calendar stays 11:00 AM.</p>
        <p>See you then!<br>Amber</p>
        <p style="color:#9aa5ad;font-size:12px">Brightwater Dental Group · Careers<br>Powered by Recruitee</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-5518273@recruitee.com
DTSTAMP:20261028T144011Z
DTSTART:20261103T170000Z
DTEND:20261103T174500Z
SEQUENCE:2
SUMMARY:Interview: Financial Data Analyst - Brightwater Dental Group
LOCATION:4920 Corporate Dr NW\\, Suite 300\\, Huntsville\\, AL
ORGANIZER;CN=Amber Whitt:mailto:amber.whitt@brightwaterdental.com
ATTENDEE;CN=Jasmine Porter;RSVP=TRUE:mailto:jasmine.porter@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Received", rcv("mail.recruitee.com", "2026-10-28 09:40:14", CHI, "Cd4jT7kW0eA6")),
        ("From", addr("Brightwater Dental Group", "no-reply@recruitee.com")),
        ("Reply-To", addr("Amber Whitt", "amber.whitt@brightwaterdental.com")),
        ("To", ME),
        ("Subject", enc("Interview rescheduled – Financial Data Analyst – Brightwater Dental Group")),
        ("Date", date("2026-10-28 09:40:11", CHI)),
        ("Message-ID", "<6540f1b2c3d4e_1a2b3c4d5e6f@mail.recruitee.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


@mail(n(21), family="exchange_outlook", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-16 13:00", NYC), end=utc("2026-11-16 14:00", NYC),
      local="Mon 2026-11-16 13:00", local_end="2026-11-16 14:00", zone=NYC,
      contact="skim@buckheadhealthpartners.com", company="Buckhead Health Partners",
      note="Outlook meeting cancellation (METHOD:CANCEL, STATUS:CANCELLED, TZID 'Eastern Standard Time') "
           "from an Atlanta practice group: 'Monday, November 16, 2026 1:00 PM-2:00 PM (UTC-05:00) "
           "Eastern Time' -> cancelled slot 18:00Z-19:00Z; requisition closed, no new time; contact = "
           "recruiter who sent it.")
def m21() -> bytes:
    body = t("""
        Jasmine,

        I'm sorry to send this as a calendar cancellation. The requisition was closed this afternoon
        after an internal candidate accepted the role, so we won't be moving forward with Monday's
        interview. I really enjoyed our phone screen and I'll reach out if something similar opens up
        on the revenue cycle side.

        Sandra

        Sandra Kim | Talent Acquisition Manager
        Buckhead Health Partners | Atlanta, GA

        When: Monday, November 16, 2026 1:00 PM-2:00 PM. (UTC-05:00) Eastern Time (US & Canada)
        Where: Microsoft Teams Meeting
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Jasmine,</p>
        <p class="MsoNormal">I'm sorry to send this as a calendar cancellation. The requisition was closed this afternoon
        after an internal candidate accepted the role, so we won't be moving forward with Monday's
        interview. I really enjoyed our phone screen and I'll reach out if something similar opens up
        on the revenue cycle side.</p>
        <p class="MsoNormal">Sandra</p>
        <p class="MsoNormal" style="font-size:9pt;color:#7f7f7f">Sandra Kim | Talent Acquisition Manager<br>Buckhead Health Partners | Atlanta, GA</p>
        </div></body></html>
        """)
    ics = VTZ["Eastern Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Sandra Kim:mailto:skim@buckheadhealthpartners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jasmine Porter:mailto:jasmine.porter@example.org
DESCRIPTION;LANGUAGE=en-US:Jasmine\\,\\n\\nI'm sorry to send this as a calendar cancellation.\\n
UID:040000008200E00074C5B7101A82E00800000000D1E6A07B6F71DC01000000000000000010000000B8C3E2F4
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Jasmine Porter / Sr. Revenue Cycle Analyst
DTSTART;TZID=Eastern Standard Time:20261116T130000
DTEND;TZID=Eastern Standard Time:20261116T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261112T214511Z
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
"""])
    return message([
        ("Received", rcv("NAM04-BN8-obe.outbound.protection.outlook.com", "2026-11-12 16:45:15", NYC,
                         "Ih1wV6dY9tF4")),
        ("From", addr("Sandra Kim", "skim@buckheadhealthpartners.com")),
        ("To", ME),
        ("Subject", "Canceled: Interview - Jasmine Porter / Sr. Revenue Cycle Analyst"),
        ("Thread-Topic", "Interview - Jasmine Porter / Sr. Revenue Cycle Analyst"),
        ("Thread-Index", "AdtUp8Kc3yN1w0RqT2m5hJ7bXz9F4Q=="),
        ("Date", date("2026-11-12 16:45:11", NYC)),
        ("Message-ID", "<CH3PR14MB7320B8C3E2F4D1E6A07B6F71@CH3PR14MB7320.namprd14.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-08 10:00", CHI), end=None,
      local="Thu 2026-10-08 10:00", zone=CHI,
      contact="marcus.dunn@cahabafederal.com", company="Cahaba Federal Bank",
      note="Recruiter prose (windows-1252, 8bit) cancelling 'your second-round interview on Thursday, "
           "October 8 at 10:00 a.m.' (CDT) -> cancelled slot 15:00Z, no end stated; requisition on "
           "hold, no new time; contact = recruiter (sender).")
def m22() -> bytes:
    body = t("""
        Hi Jasmine,

        I hate to send this one. I’m sorry to let you know that we need to cancel your second-round
        interview on Thursday, October 8 at 10:00 a.m. with Erin and the Commercial Analytics team.
        Late Friday the Healthcare Banking Data Analyst requisition was placed on hold as part of a
        broader budget review, and we don’t have a date for when it may reopen.

        This is not a reflection on you – Erin was very impressed in the first round. If the role is
        reopened, you’ll be the first person I call.

        Best regards,

        Marcus Dunn
        Talent Acquisition Partner
        Cahaba Federal Bank
        1901 Fifth Avenue North | Birmingham, AL 35203
        """)
    return message([
        ("Received", rcv("mx-out2.cahabafederal.com", "2026-10-05 11:26:31", CHI, "Nn0aG2xC5pU7")),
        ("From", addr("Marcus Dunn", "marcus.dunn@cahabafederal.com")),
        ("To", ME),
        ("Subject", "Thursday's interview - update"),
        ("Date", date("2026-10-05 11:26:28", CHI)),
        ("Message-ID", "<PH0PR05MB7712A9F31C2E4B80D5E76A14@PH0PR05MB7712.namprd05.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], text(body, charset="windows-1252", cte="8bit"))


@mail(n(23), family="calendly", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-23 11:30", CHI), end=utc("2026-10-23 12:00", CHI),
      local="Fri 2026-10-23 11:30", local_end="2026-10-23 12:00", zone=CHI,
      contact="leslie.tran@vestaviaortho.com", company="Vestavia Orthopedic Partners",
      note="Calendly cancellation by the host of the booked phone interview '11:30am - 12:00pm (Central "
           "Time - US & Canada) on Friday, October 23, 2026' (CDT) -> cancelled slot 16:30Z-17:00Z; "
           "search paused, no new time; contact = host via Reply-To.")
def m23() -> bytes:
    body = t("""
        Hi Jasmine Porter,

        Leslie Tran has canceled the following event.

        Reason for canceling:
        So sorry Jasmine - we've paused this search until after the first of the year. I'll reach out in
        January if it reopens.

        Event Type:
        Revenue Cycle Analyst – Phone Interview

        Event Date/Time:
        11:30am - 12:00pm (Central Time - US & Canada) on Friday, October 23, 2026 (canceled)

        Invitee:
        Jasmine Porter

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Jasmine Porter,</p>
        <p>Leslie Tran has canceled the following event.</p>
        <p><b>Reason for canceling:</b><br>So sorry Jasmine - we've paused this search until after the first of the year. I'll reach out in
        January if it reopens.</p>
        <p><b>Event Type:</b><br>Revenue Cycle Analyst – Phone Interview</p>
        <p><b>Event Date/Time:</b><br><s>11:30am - 12:00pm (Central Time - US &amp; Canada) on Friday, October 23, 2026</s> (canceled)</p>
        <p><b>Invitee:</b><br>Jasmine Porter</p>
        <p style="color:#999;font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("o1.email.calendly.com", "2026-10-21 08:14:52", CHI, "Tu7cM1bV4hJ0")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Leslie Tran", "leslie.tran@vestaviaortho.com")),
        ("To", ME),
        ("Subject", enc("Canceled: Revenue Cycle Analyst – Phone Interview with Leslie Tran on "
                        "Friday, October 23, 2026")),
        ("Date", date("2026-10-21 08:14:49", CHI)),
        ("Message-ID", "<Qe8ZbT2kR0uN5wYd1c3Gfh@geopod-ismtpd-7>"),
    ], alt(text(body), html(page)))


# =========================================================================== negatives


@mail(n(24), family="interview_proposed", lang="en-US", interview=False, company="Southern Forge Steel",
      note="Plant controller proposes two options ('Would Thursday at 9:30 or Friday at 1 work?'); nothing "
           "is fixed yet -> negative. The confirmation arrives two days later (separate positive).",
      days=(("Thu", "2026-10-01"), ("Fri", "2026-10-02")))
def m24() -> bytes:
    body = t("""
        Hi Jasmine, thanks for sending your resume over, Gina in HR passed it along. I'd like to have
        you come out to the plant and meet. Would Thursday at 9:30 or Friday at 1 work? Either one is
        fine on my end, just let me know and I'll get it set up with the front gate.

        Ray Whitfield
        Plant Controller | Southern Forge Steel
        205-555-0164
        """)
    return message([
        ("Received", rcv("mail-sor-f41.southernforgesteel.com", "2026-09-28 16:15:09", CHI, "Ab3cD4eF5gH6")),
        ("From", addr("Ray Whitfield", "rwhitfield@southernforgesteel.com")),
        ("To", ME),
        ("Subject", "Cost Accounting Analyst"),
        ("Date", date("2026-09-28 16:15:06", CHI)),
        ("Message-ID", "<B7F0A2D1-1E34-4C0B-A2D9-5E6F7A8B9C0D@southernforgesteel.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(n(25), family="rejection", lang="en-US", interview=False, company="Peachtree Claims Analytics",
      note="Lever rejection after the 8 Oct interview ('thank you for interviewing with us on Thursday'); "
           "no upcoming time -> negative.")
def m25() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for taking the time to interview with us last Thursday for the Claims Data Analyst
        role. Terrence and the team enjoyed talking with you about your denial-trend work.

        After careful consideration, we've decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision.

        We'd love to keep in touch, and we encourage you to apply for future openings at
        https://jobs.lever.co/peachtreeclaims.

        All the best,
        Alicia Greene
        Peachtree Claims Analytics
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jasmine,</p>
        <p>Thank you for taking the time to interview with us last Thursday for the Claims Data Analyst
        role. Terrence and the team enjoyed talking with you about your denial-trend work.</p>
        <p>After careful consideration, we've decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision.</p>
        <p>We'd love to keep in touch, and we encourage you to apply for future openings at
        <a href="https://jobs.lever.co/peachtreeclaims">jobs.lever.co/peachtreeclaims</a>.</p>
        <p>All the best,<br>Alicia Greene<br>Peachtree Claims Analytics</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail-mta-22.hire.lever.co", "2026-10-20 15:31:40", NYC, "Ij7kL8mN9oP0")),
        ("From", addr("Peachtree Claims Analytics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Alicia Greene", "alicia.greene@peachtreeclaims.com")),
        ("To", ME),
        ("Subject", "Your application to Peachtree Claims Analytics"),
        ("Date", date("2026-10-20 15:31:37", NYC)),
        ("Message-ID", "<20261020193137.1.A3C5E7F9B1D2046@hire.lever.co>"),
    ], alt(text(body), html(page)))


@mail(n(26), family="offer", lang="en-US", interview=False, company="Magnolia Ridge Health",
      note="Written offer with a fixed new-hire orientation time (Mon 4 Jan 2027, 8:00 AM) and a signing "
           "deadline; past interviews mentioned; not an interview -> negative.",
      days=(("Mon", "2027-01-04"), ("Wed", "2026-12-16")))
def m26() -> bytes:
    body = t("""
        Dear Jasmine,

        On behalf of Magnolia Ridge Health, I am delighted to offer you the position of Revenue Cycle
        Data Analyst II in our Revenue Cycle Analytics department, reporting to Kevin Barlow. Everyone
        you met during your interviews was impressed with your work on payer denial trends.

        Your offer letter is available in the candidate portal. Highlights:

          - Annual base salary: $84,500
          - Start date: Monday, January 4, 2027
          - New-hire orientation: Monday, January 4, 2027, 8:00 AM - 4:30 PM, Magnolia Ridge
            Education Center, 2nd floor (parking in Deck C)
          - Hybrid schedule (3 days on site) after the 90-day introductory period

        Please review and e-sign the letter by Wednesday, December 16. Your offer is contingent on a
        background check and drug screen, which our vendor will contact you about separately.

        Congratulations! Please don't hesitate to call me with any questions.

        Courtney Sims
        Talent Acquisition Partner | Magnolia Ridge Health
        205-555-0190
        """)
    return message([
        ("Received", rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "2026-12-11 14:02:09", CHI, "Qr1sT2uV3wX4")),
        ("From", addr("Courtney Sims", "courtney.sims@magnoliaridgehealth.org")),
        ("To", ME),
        ("Subject", "Offer of Employment - Revenue Cycle Data Analyst II"),
        ("Date", date("2026-12-11 14:02:06", CHI)),
        ("Message-ID", "<0100019c0b7e2d11-4e8a9b20-1f3c-4d5e-8a7b-9c0d1e2f3a4b-000000@email.amazonses.com>"),
    ], text(body, cte="quoted-printable"))


@mail(n(27), family="application_ack", lang="en-US", interview=False, company="Keelboat Health",
      note="JOIN application receipt; 'if we'd like to schedule an interview, we'll reach out' is "
           "hypothetical -> negative.")
def m27() -> bytes:
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f7f7f8;font-family:Arial,Helvetica,sans-serif">
        <table align="center" width="560" style="background:#fff;padding:28px;font-size:15px;color:#26262b">
        <tr><td>
        <p style="font-size:20px;font-weight:bold">Thanks for your application, Jasmine!</p>
        <p>Keelboat Health has received your application for <b>Revenue Cycle Data Analyst (Remote, US)</b>.</p>
        <p>The hiring team will review your profile over the next two weeks. If they'd like to schedule an
        interview, they will reach out to you directly.</p>
        <p>You can check the status of your application at any time in your JOIN candidate account.</p>
        <p><a href="https://join.com/candidates/applications/7781231" style="background:#3b2fd8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">View application</a></p>
        <p style="font-size:12px;color:#888">This email was sent by JOIN on behalf of Keelboat Health.
        JOIN Solutions AG · You received this because you applied via join.com.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", rcv("mail-eu1.join.com", "2026-09-10 19:44:02", CHI, "Yz5aB6cD7eF8")),
        ("From", addr("Keelboat Health via JOIN", "noreply@join.com")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", "Your application for Revenue Cycle Data Analyst (Remote, US) at Keelboat Health"),
        ("Date", date("2026-09-10 19:43:59", CHI)),
        ("Message-ID", "<a1f7c3e9d2b84f60.application.7781231@join.com>"),
    ], html(page, cte="base64"))


@mail(n(28), family="application_ack", lang="en-US", interview=False, company="Kessler MedTech",
      note="softgarden application receipt from a German medtech's Huntsville subsidiary; no time, "
           "no interview -> negative.")
def m28() -> bytes:
    body = t("""
        Dear Jasmine Porter,

        Thank you for your application for the position "Reimbursement Data Analyst (m/f/d) - Huntsville,
        AL" and for your interest in Kessler MedTech Inc.

        We have received your documents and will review them carefully. Our recruiting team usually
        gets back to applicants within 10 business days. In the meantime, you can follow the status of
        your application in your candidate profile:
        https://kessler-medtech.softgarden.io/en/application-status/4418821

        Kind regards
        Your Kessler MedTech Recruiting Team

        Kessler MedTech Inc. | 7000 Research Blvd NW | Huntsville, AL 35806
        Parent company: Kessler Medizintechnik GmbH, Tübingen, Germany

        This is an automated message. Please do not reply.
        """)
    return message([
        ("Received", rcv("mail.softgarden.io", "2026-10-26 07:12:44", CHI, "Gh9iJ0kL1mN2")),
        ("From", addr("Kessler MedTech Recruiting", "no-reply@softgarden.io")),
        ("To", ME),
        ("Subject", "Your application: Reimbursement Data Analyst (m/f/d) - Huntsville, AL"),
        ("Date", date("2026-10-26 13:12:41", "Europe/Berlin")),
        ("Message-ID", "<sg.4418821.1792996361@softgarden.io>"),
    ], text(body, charset="iso-8859-15"))


@mail(n(29), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board alert; 'Interviewing now' badges and a hiring-event time are not a confirmed "
           "interview -> negative.",
      days=(("Thu", "2026-10-15"),))
def m29() -> bytes:
    body = t("""
        JobRiver | 14 new jobs for "revenue cycle analyst" near Birmingham, AL

        Revenue Cycle Analyst II - Brookwood Ridge Hospital - Birmingham, AL
        $68K-$82K a year · Easily apply · Interviewing now

        Denials Data Analyst (Remote) - Pinnacle Claims Group - Remote
        $75K-$90K a year · Responds within 3 days

        Healthcare Financial Analyst - Gulf Coast Medical Partners - Montgomery, AL
        Interviewing now

        Reporting Analyst, Patient Accounts - Huntsville Regional - Huntsville, AL
        Hiring event: Thursday, October 15, 10 AM - 2 PM, on-the-spot interviews

        See all 14 jobs: https://www.jobriver.example/alerts/9f2c1

        You're receiving this alert because you signed up for JobRiver job alerts.
        Unsubscribe: https://www.jobriver.example/unsubscribe?a=9f2c1
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" for line in body.strip().split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    return message([
        ("Received", rcv("mta-112.jobriver.example", "2026-10-09 06:02:10", CHI, "Op3qR4sT5uV6")),
        ("From", addr("JobRiver", "alerts@jobriver.example")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", "14 new revenue cycle analyst jobs near Birmingham, AL"),
        ("Date", date("2026-10-09 06:02:07", CHI)),
        ("Message-ID", "<alert.9f2c1.20261009110207@jobriver.example>"),
        ("List-Unsubscribe", "<https://www.jobriver.example/unsubscribe?a=9f2c1>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(n(30), family="newsletter_tips", lang="en-US", interview=False, company=None,
      note="Substack newsletter post about preparing for interviews, with a live Q&A time; not the "
           "reader's interview -> negative.",
      days=(("Thu", "2026-10-29"),))
def m30() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737">
        <div style="max-width:600px;margin:auto">
        <h1 style="font-size:28px">I had 6 interviews in 3 weeks. Here's what I'd do differently.</h1>
        <p style="color:#777;font-size:14px">The Rev Cycle Career Letter &middot; Issue #47</p>
        <p>Friends, this fall I went through six interviews for revenue-cycle analytics roles. My second
        interview was Tuesday at 1pm and I prepped for a SQL test that never came; my fourth was a
        panel where nobody asked a single technical question.</p>
        <p><b>1. Bring a denial story.</b> Every hiring manager wanted a concrete example of a trend
        you found and what changed because of it.</p>
        <p><b>2. Know your clean-claim rate.</b> Numbers beat adjectives.</p>
        <p><b>3. Send the thank-you note the same day.</b> Mine went out at 5pm every time.</p>
        <p>Join me for a live Q&amp;A on <b>Thursday, October 29 at 7 PM ET</b> - paid subscribers get the link.</p>
        <p><a href="https://revcyclecareers.substack.com/p/six-interviews">Read in the app</a></p>
        <p style="font-size:12px;color:#999">You're on the free list for The Rev Cycle Career Letter.
        <a href="https://revcyclecareers.substack.com/action/disable_email">Unsubscribe</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("mail-out.substack.com", "2026-10-25 08:00:31", NYC, "Wx7yZ8aB9cD0")),
        ("From", addr("The Rev Cycle Career Letter", "revcyclecareers@substack.com")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", "I had 6 interviews in 3 weeks. Here's what I'd do differently."),
        ("Date", date("2026-10-25 08:00:28", NYC)),
        ("Message-ID", "<20261025120028.3.c9e1f0a2b4d6@substack.com>"),
        ("List-Unsubscribe", "<https://revcyclecareers.substack.com/action/disable_email>"),
        ("List-Id", "<revcyclecareers.substack.com>"),
        ("Precedence", "bulk"),
    ], html(page))


@mail(n(31), family="scheduling_link", lang="en-US", interview=False, company="Cumberland Care Network",
      note="Recruiter asks the candidate to pick an onsite slot from a link ('any open slot Nov 10-13'); "
           "no time chosen yet -> negative (the all-day confirmation follows in a separate mail).",
      days=(("Tue", "2026-11-10"), ("Fri", "2026-11-13")))
def m31() -> bytes:
    body = t("""
        Hi Jasmine,

        Great news - Marcus would like to bring you to Nashville for an onsite! Please grab any open
        one-hour slot between Tuesday, Nov 10 and Friday, Nov 13 here:

        https://calendly.com/rokafor-ccn/onsite-interview

        Once you book, I'll send a calendar hold with parking details. We can reimburse mileage from
        Birmingham, just keep your receipts.

        Thanks!
        Rachel Okafor
        Senior Recruiter | Cumberland Care Network
        615-555-0133
        """)
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "2026-11-02 13:44:20", CHI, "Ef1gH2iJ3kL4")),
        ("From", addr("Rachel Okafor", "rachel.okafor@cumberlandcare.org")),
        ("To", ME),
        ("Subject", "Next step: onsite in Nashville"),
        ("Date", date("2026-11-02 13:44:17", CHI)),
        ("Message-ID", "<CAHx9vQ2mT5pW8kR3sYdN1bL7cZf@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(32), family="recruiter_outreach", lang="en-US", interview=False, company="Magic City Staffing",
      note="Agency recruiter cold outreach asking for a quick chat 'this week'; nothing fixed -> negative.")
def m32() -> bytes:
    body = t("""
        Hi Jasmine,

        I came across your profile and your Epic reporting background really stood out. I'm working
        with a home health client here in Birmingham that needs a billing data analyst - hybrid, strong
        benefits, and a manager who actually likes data people.

        Would you be open to a quick 15-minute chat sometime this week? Send me a couple of times that
        work, or just call/text me at 205-555-0175.

        Thanks!
        Dana Whitlock | Senior Recruiter
        Magic City Staffing
        """)
    return message([
        ("Received", rcv("smtp.magiccitystaffing.com", "2026-11-23 09:11:45", CHI, "Mn5oP6qR7sT8")),
        ("From", addr("Dana Whitlock", "dana.whitlock@magiccitystaffing.com")),
        ("To", ME),
        ("Subject", "Billing data analyst role - home health client"),
        ("Date", date("2026-11-23 09:11:42", CHI)),
        ("Message-ID", "<000301dc5b2e$9a1c4f30$ce54ed90$@magiccitystaffing.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252", cte="7bit"))


@mail(n(33), family="non_interview_appointment", lang="en-US", interview=False, company=None,
      note="Vet appointment reminder with a fixed time (Sat 10 Oct 9:15 AM); not an interview -> negative.",
      days=(("Sat", "2026-10-10"),))
def m33() -> bytes:
    body = t("""
        Hi Jasmine,

        This is a friendly reminder that Biscuit has an upcoming appointment:

        Crestline Animal Clinic
        Saturday, October 10, 2026 at 9:15 AM
        Reason: Annual wellness exam + rabies booster
        Doctor: Dr. Whitney Glenn, DVM

        Please arrive 10 minutes early and bring a fresh stool sample if you can. Reply C to confirm or
        call us at 205-555-0107 to reschedule.

        Crestline Animal Clinic
        Sent via VetNotify
        """)
    return message([
        ("Received", rcv("smtp.vetnotify.example", "2026-10-07 10:00:12", CHI, "Uv9wX0yZ1aB2")),
        ("From", addr("Crestline Animal Clinic", "reminders@vetnotify.example")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", "Appointment reminder for Biscuit - Sat, Oct 10 at 9:15 AM"),
        ("Date", date("2026-10-07 10:00:09", CHI)),
        ("Message-ID", "<rem-55120934.biscuit@vetnotify.example>"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(n(34), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      note="Car-service appointment confirmation with an ICS (Tue 10 Nov 7:30 AM CST); not an interview "
           "-> negative.",
      days=(("Tue", "2026-11-10"),))
def m34() -> bytes:
    body = t("""
        Your service appointment is confirmed!

        Hoover Auto Care
        Tuesday, November 10, 2026 at 7:30 AM
        Vehicle: 2019 Honda CR-V (VIN ending 4471)
        Services: 60,000-mile maintenance, tire rotation, check engine light diagnosis
        Service advisor: Travis Menefee
        Transportation: Waiter - free Wi-Fi and coffee in the lounge

        Need to make a change? Call 205-555-0150 or use the link below.
        https://schedule.hooverautocare.example/appt/HC-20261110-0730-77

        Hoover Auto Care | 1820 Montgomery Hwy | Hoover, AL 35244
        """)
    ics = VTZ["America/Chicago"].join(["""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hoover Auto Care//Service Scheduler//EN
METHOD:PUBLISH
""", """
BEGIN:VEVENT
UID:HC-20261110-0730-77@hooverautocare.example
DTSTAMP:20261104T180344Z
DTSTART;TZID=America/Chicago:20261110T073000
DTEND;TZID=America/Chicago:20261110T093000
SUMMARY:Service appointment - Hoover Auto Care (2019 Honda CR-V)
LOCATION:1820 Montgomery Hwy\\, Hoover\\, AL 35244
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("mail.hooverautocare.example", "2026-11-04 12:03:47", CHI, "Cd3eF4gH5iJ6")),
        ("From", addr("Hoover Auto Care", "noreply@hooverautocare.example")),
        ("To", ME),
        ("Subject", "Appointment Confirmed: Tue 11/10 7:30 AM - Hoover Auto Care"),
        ("Date", date("2026-11-04 12:03:44", CHI)),
        ("Message-ID", "<svc.HC-20261110-0730-77.1793815424@hooverautocare.example>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(35), family="parent_teacher", lang="en-US", interview=False, company=None,
      note="School conference sign-up confirmation (Thu 22 Oct 4:15 PM) for the candidate's son; "
           "not an interview -> negative.",
      days=(("Thu", "2026-10-22"),))
def m35() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Hello Jasmine Porter,</p>
        <p>Your parent-teacher conference is confirmed.</p>
        <p><b>Student:</b> Isaiah Porter (Grade 4)<br>
        <b>Teacher:</b> Ms. Gabriela Alvarez<br>
        <b>When:</b> Thursday, October 22, 2026, 4:15 PM - 4:30 PM<br>
        <b>Where:</b> Room 112, Oak Mountain Elementary</p>
        <p>Conferences are 15 minutes; please be on time so the next family can start on schedule.
        If you need to change your slot, use the sign-up page in SchoolBridge.</p>
        <p>Thank you,<br>Oak Mountain Elementary Front Office</p>
        <p style="font-size:10px;color:#888">Sent via SchoolBridge. Please do not reply to this message.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mta3.schoolbridge.example", "2026-10-13 18:20:55", CHI, "Kl7mN8oP9qR0")),
        ("From", addr("Oak Mountain Elementary via SchoolBridge", "noreply@schoolbridge.example")),
        ("To", ME),
        ("Subject", "Conference confirmed: Isaiah Porter with Ms. Alvarez"),
        ("Date", date("2026-10-13 18:20:52", CHI)),
        ("Message-ID", "<sb-conf-88231-4115@schoolbridge.example>"),
    ], html(page, cte="quoted-printable"))


@mail(n(36), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      note="Outlook invite (TZID 'Central Standard Time') to a team holiday lunch at the candidate's "
           "current employer, sent to her personal address; fixed time, not an interview -> negative.",
      days=(("Fri", "2026-12-11"),))
def m36() -> bytes:
    body = t("""
        Hi all - it's that time again! Rev cycle team holiday lunch, Friday 12/11 at 11:30. We have the
        back room at Highland Ave Smokehouse. White elephant gift is optional, $20 limit.

        Sent to personal emails too since half of you are WFH that week.

        Tonya

        When: Friday, December 11, 2026 11:30 AM-1:00 PM. (UTC-06:00) Central Time (US & Canada)
        Where: Highland Ave Smokehouse - back room
        """)
    ics = VTZ["Central Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Tonya Reese:mailto:treese@ridgelinebilling.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Porter:mailto:jasmine.porter@example.org
DESCRIPTION;LANGUAGE=en-US:Rev cycle team holiday lunch.\\n
UID:040000008200E00074C5B7101A82E00800000000A9D2C6F18E7ADC01000000000000000010000000E4B7A2C9
SUMMARY;LANGUAGE=en-US:Rev Cycle Team Holiday Lunch
DTSTART;TZID=Central Standard Time:20261211T113000
DTEND;TZID=Central Standard Time:20261211T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T155012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Highland Ave Smokehouse - back room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("NAM02-SN1-obe.outbound.protection.outlook.com", "2026-12-01 09:50:16", CHI,
                         "St1uV2wX3yZ4")),
        ("From", addr("Tonya Reese", "treese@ridgelinebilling.com")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", "Rev Cycle Team Holiday Lunch"),
        ("Date", date("2026-12-01 09:50:12", CHI)),
        ("Message-ID", "<DM6PR11MB4107E4B7A2C9A9D2C6F18E7A@DM6PR11MB4107.namprd11.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(37), family="interviewer_invite", lang="en-US", interview=False, company=None,
      note="Outlook meeting request from the current employer's HR adding the candidate as an "
           "INTERVIEWER on a panel for someone else ('Interview: Marcus Lee - Billing Analyst I', "
           "Thu 15 Oct 2:00 PM); fixed time, but not her own job interview -> negative.",
      days=(("Thu", "2026-10-15"),))
def m37() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for agreeing to sit on the panel for our Billing Analyst I opening. You'll be
        interviewing Marcus Lee with Tonya and me. Please focus your questions on Excel / reporting
        skills; the scorecard is in the shared Interview Panels folder. Submit your feedback in the
        HR portal within 24 hours.

        When: Thursday, October 15, 2026 2:00 PM-2:45 PM. (UTC-06:00) Central Time (US & Canada)
        Where: Ridgeline Conference Room 2 / Microsoft Teams

        Thanks,
        Denise Whitfield
        HR Generalist | Ridgeline Billing Services
        """)
    ics = VTZ["Central Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Denise Whitfield:mailto:dwhitfield@ridgelinebilling.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Porter:mailto:jasmine.porter@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tonya Reese:mailto:treese@ridgelinebilling.com
DESCRIPTION;LANGUAGE=en-US:Panel interview - candidate Marcus Lee (Billing Analyst I).\\n
UID:040000008200E00074C5B7101A82E00800000000C3A1F7D45B5CDC010000000000000000100000007F2E9B3A
SUMMARY;LANGUAGE=en-US:Interview: Marcus Lee - Billing Analyst I
DTSTART;TZID=Central Standard Time:20261015T140000
DTEND;TZID=Central Standard Time:20261015T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T143010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Ridgeline Conference Room 2 / Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("NAM02-SN1-obe.outbound.protection.outlook.com", "2026-10-09 09:30:14", CHI,
                         "Ab5cD6eF7gH8")),
        ("From", addr("Denise Whitfield", "dwhitfield@ridgelinebilling.com")),
        ("To", ME),
        ("CC", addr("Tonya Reese", "treese@ridgelinebilling.com")),
        ("Subject", "Interview: Marcus Lee - Billing Analyst I"),
        ("Date", date("2026-10-09 09:30:10", CHI)),
        ("Message-ID", "<DM6PR11MB41077F2E9B3AC3A1F7D45B5C@DM6PR11MB4107.namprd11.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(38), family="marketing_webinar", lang="en-US", interview=False, company=None,
      note="Zoom webinar registration for a professional association's denials-analytics session "
           "(Wed 16 Sep 12:00 PM CT) with ICS; not an interview -> negative.",
      days=(("Wed", "2026-09-16"),))
def m38() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for registering for "Denials Analytics That Actually Change Behavior".

        Date & Time: Sep 16, 2026 12:00 PM Central Time (US and Canada)

        Presented by the Southeastern Revenue Cycle Association (SERCA) - Alabama Chapter.
        1.0 CPE credit available for live attendees.

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86614420931?tk=k3Hr9XbQ

        Add to calendar: see the attached file.

        You can cancel your registration at any time.

        Thank you!
        """)
    ics = VTZ["America/Chicago"].join(["""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""", """
BEGIN:VEVENT
DTSTAMP:20260909T163311Z
DTSTART;TZID=America/Chicago:20260916T120000
DTEND;TZID=America/Chicago:20260916T130000
SUMMARY:Denials Analytics That Actually Change Behavior
UID:20260909T163311Z-86614420931@fe80:0:0:0:0:0:0:1
TZID:America/Chicago
DESCRIPTION:SERCA Alabama Chapter webinar.
LOCATION:https://us02web.zoom.us/w/86614420931?tk=k3Hr9XbQ
END:VEVENT
END:VCALENDAR
"""])
    return message([
        ("Received", rcv("zoom-mail-out-18.zoom.us", "2026-09-09 11:33:14", CHI, "Ij9kL0mN1oP2")),
        ("From", addr("SERCA Alabama Chapter", "no-reply@zoom.us")),
        ("Reply-To", addr("SERCA Events", "events@serca-al.example")),
        ("To", ME),
        ("Subject", "Denials Analytics That Actually Change Behavior Confirmation"),
        ("Date", date("2026-09-09 11:33:11", CHI)),
        ("Message-ID", "<webinar.reg.86614420931.Jp7@zoom.us>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="iCalendar.ics", disposition="attachment")))


@mail(n(39), family="mock_interview", lang="en-US", interview=False, company=None,
      note="Acuity booking with a career coach: 'Mock Interview Session (60 min)' Sat 3 Oct 10:00 AM "
           "CDT; a confirmed time, but a coaching session, not a job interview -> negative.",
      days=(("Sat", "2026-10-03"),))
def m39() -> bytes:
    body = t("""
        Hi Jasmine,

        Your appointment is confirmed!

        What: Mock Interview Session (60 min) - behavioral + SQL walkthrough
        When: Saturday, October 3, 2026 10:00am (Central Time)
        With: Tanya Bell, Tanya Bell Career Coaching
        Where: Zoom - https://us05web.zoom.us/j/7720093318

        Please send me the job description for your upcoming interview by Thursday so I can tailor
        the questions. Bring your "tell me about yourself" answer and we'll polish it.

        Change or cancel: https://app.acuityscheduling.com/schedule.php?owner=23117&action=appt&id=9b1

        See you soon!
        Tanya
        """)
    return message([
        ("Received", rcv("smtp.acuityscheduling.com", "2026-09-29 19:05:22", CHI, "Qr3sT4uV5wX6")),
        ("From", addr("Tanya Bell Career Coaching", "no-reply@acuityscheduling.com")),
        ("Reply-To", addr("Tanya Bell", "tanya@tanyabellcoaching.example")),
        ("To", ME),
        ("Subject", "Confirmed: Mock Interview Session (60 min) on Saturday, October 3, 2026"),
        ("Date", date("2026-09-29 19:05:19", CHI)),
        ("Message-ID", "<acuity.appt.1166213587@acuityscheduling.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(40), family="auto_reply", lang="en-US", interview=False, company="Magnolia Ridge Health",
      note="Out-of-office auto-reply from the recruiter (Auto-Submitted: auto-replied) to the candidate's "
           "thank-you note; return date only -> negative.",
      days=(("Fri", "2026-10-09"), ("Mon", "2026-10-12")))
def m40() -> bytes:
    body = t("""
        Thank you for your email. I am out of the office through Friday, October 9 with limited access
        to email, and will return on Monday, October 12. For urgent recruiting matters, please contact
        talentacquisition@magnoliaridgehealth.org.

        Courtney Sims
        Talent Acquisition Partner | Magnolia Ridge Health
        """)
    return message([
        ("Received", rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "2026-10-07 07:41:03", CHI,
                         "Yz7aB8cD9eF0")),
        ("From", addr("Courtney Sims", "courtney.sims@magnoliaridgehealth.org")),
        ("To", ME),
        ("Subject", "Automatic reply: Thank you - Round 2"),
        ("Date", date("2026-10-07 07:41:00", CHI)),
        ("Message-ID", "<SN7PR13MB5102C1D9E8F7A6B5@SN7PR13MB5102.namprd13.prod.outlook.com>"),
        ("In-Reply-To", "<CAJp7Rk9wT3xQ1f@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "en-US"),
    ], text(body))


@mail(n(41), family="bounce", lang="en-US", interview=False, company=None,
      note="Delivery-status bounce of the candidate's own thank-you note (mistyped address); the "
           "returned message mentions 'today's interview' -> negative.")
def m41() -> bytes:
    orig = message([
        ("From", ME),
        ("To", "kbarlw@magnoliaridgehealth.org"),
        ("Subject", "Thank you - Round 2"),
        ("Date", date("2026-10-06 19:42:10", CHI)),
        ("Message-ID", "<CAJp7Rk8vS2wP0e@mail.example.org>"),
    ], text(t("""
        Hi Kevin,

        Thank you for this afternoon's interview - I really enjoyed the SQL walkthrough and meeting
        Andre and Lakisha. I'm even more excited about the role after hearing about the denial
        prevention dashboard.

        Best,
        Jasmine
        """)))
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <kbarlw@magnoliaridgehealth.org>: host
            magnoliaridgehealth-org.mail.protection.outlook.com[52.101.40.9] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kbarlw@magnoliaridgehealth.org
            not found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        Arrival-Date: Tue, 6 Oct 2026 19:42:12 -0500

        Final-Recipient: rfc822; kbarlw@magnoliaridgehealth.org
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
        """)
    return message([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org")),
        ("To", "jasmine.porter@example.org"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-06 19:42:14", CHI)),
        ("Message-ID", "<20261007004214.4C1F7A0123@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report",
                 text(report, cte="7bit", charset="us-ascii"),
                 raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(orig),
                 params="report-type=delivery-status"))


@mail(n(42), family="mailing_list", lang="en-US", interview=False, company=None,
      note="Google Groups mailing-list post announcing a data meetup (Thu 19 Nov 6 PM); not an "
           "interview -> negative.",
      days=(("Thu", "2026-11-19"),))
def m42() -> bytes:
    body = t("""
        Hey y'all,

        November meetup is on! Thursday 11/19, 6:00 PM at The Forge Coworking (3rd floor, 2nd Ave N).
        Pizza from 5:45.

        Talk: "dbt for healthcare claims: modeling 837s and 835s without crying" - Andre Wilkins
        Lightning talks: 2 open slots, reply to me off-list if you want one.

        We're also doing a quick resume swap table for folks who are job hunting - bring 3 copies.

        See you there,
        Mei

        --
        You received this message because you are subscribed to the Google Groups "BHM Data Community" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to bhm-data+unsubscribe@googlegroups.com.
        To view this discussion visit https://groups.google.com/d/msgid/bhm-data/CAF3kQp2.
        """)
    return message([
        ("Received", rcv("mail-sor-f65.google.com", "2026-11-12 20:17:03", CHI, "Gh1iJ2kL3mN4")),
        ("From", addr("Mei Lin", "mei.lin.bhm@example.net")),
        ("Sender", "bhm-data@googlegroups.com"),
        ("Reply-To", "bhm-data@googlegroups.com"),
        ("To", addr("BHM Data Community", "bhm-data@googlegroups.com")),
        ("Subject", "[BHM Data] November meetup: Thu 11/19, 6 PM - dbt + healthcare claims"),
        ("Date", date("2026-11-12 20:17:00", CHI)),
        ("Message-ID", "<CAF3kQp2xW9vN4mT7sRb1cYd8LhZ@mail.gmail.com>"),
        ("Mailing-list", "list bhm-data@googlegroups.com; contact bhm-data+owners@googlegroups.com"),
        ("List-ID", "<bhm-data.googlegroups.com>"),
        ("List-Post", "<https://groups.google.com/group/bhm-data/post>, <mailto:bhm-data@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+883120445+unsubscribe@googlegroups.com>, "
                             "<https://groups.google.com/group/bhm-data/subscribe>"),
        ("Precedence", "list"),
    ], text(body))


@mail(n(43), family="job_centre_appointment", lang="en-US", interview=False, company=None,
      note="Unemployment-office (career center) reemployment appointment with a fixed time, Mon 21 Sep "
           "9:00 AM; mandatory for benefits, not a job interview -> negative.",
      days=(("Mon", "2026-09-21"),))
def m43() -> bytes:
    body = t("""
        NOTICE OF SCHEDULED APPOINTMENT - REEMPLOYMENT SERVICES AND ELIGIBILITY ASSESSMENT (RESEA)

        Claimant: JASMINE PORTER
        Claim ID: ***-**-4418

        You are scheduled to attend an RESEA appointment:

        Date: Monday, September 21, 2026
        Time: 9:00 AM
        Location: Jefferson County Career Center, 3440 3rd Avenue South, Birmingham, AL 35222
        Caseworker: Mr. D. Holcombe

        Bring: photo ID, your work search log for the last four weeks, and an updated resume.

        Failure to attend this appointment without good cause may result in a delay or denial of your
        unemployment benefits. To reschedule, call 205-555-0198 at least 24 hours in advance.

        This is an automated message from the Alabama Workforce Connection system. Do not reply.
        """)
    return message([
        ("Received", rcv("smtp.alworkforceconnect.example", "2026-09-11 06:30:05", CHI, "Op5qR6sT7uV8")),
        ("From", addr("Alabama Workforce Connection", "noreply@alworkforceconnect.example")),
        ("To", "JASMINE.PORTER@EXAMPLE.ORG"),
        ("Subject", "RESEA Appointment Scheduled - Action Required"),
        ("Date", date("2026-09-11 06:30:02", CHI)),
        ("Message-ID", "<AWC.RESEA.20260911.0630.77120@alworkforceconnect.example>"),
    ], text(body, cte="7bit", charset="us-ascii"))


@mail(n(44), family="admission_interview", lang="en-US", interview=False, company=None,
      note="Part-time MBA admissions interview confirmed (Fri 6 Nov 3:00 PM CST); an admission "
           "interview, not a job interview -> negative.",
      days=(("Fri", "2026-11-06"),))
def m44() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for applying to the Professional (Evening) MBA program at the Shades Valley University
        Graduate School of Business. We are pleased to invite you to an admissions interview, and this
        message confirms your selected time:

        Friday, November 6, 2026 at 3:00 PM CST
        Graduate Admissions Suite, Hargrove Hall, Room 210
        Interviewer: Dr. Felicia Montgomery, Associate Director of Admissions

        The interview is conversational and lasts about 30 minutes. Business casual attire is
        appropriate. Feel free to bring questions about the Healthcare Management concentration.

        Warm regards,
        Office of Graduate Admissions
        Shades Valley University Graduate School of Business
        """)
    return message([
        ("Received", rcv("mail.svu.example.edu", "2026-10-30 10:48:40", CHI, "Wx9yZ0aB1cD2")),
        ("From", addr("SVU Graduate Admissions", "gradadmissions@svu.example.edu")),
        ("To", ME),
        ("Subject", "MBA Admissions Interview Confirmation"),
        ("Date", date("2026-10-30 10:48:37", CHI)),
        ("Message-ID", "<svu-adm-20261030-59912@svu.example.edu>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(45), family="press_interview", lang="en-US", interview=False, company=None,
      note="Journalist confirms a phone interview with the candidate for a story ('Tuesday at 11 works', "
           "Date Thu 10 Sep -> Tue 15 Sep); a press interview, not a job interview -> negative.",
      days=(("Thu", "2026-09-10"), ("Tue", "2026-09-15")))
def m45() -> bytes:
    body = t("""
        Tuesday at 11 works great. I'll call you at the number in your signature - should take 20 min
        or so. Mostly want to hear how you got into healthcare revenue cycle and what the job market
        for data people looks like in Birmingham right now. Thanks so much for doing this!

        Latrice

        Latrice Odom | Staff Reporter, Health Care & Workforce
        Birmingham Business Ledger
        lodom@bhambusinessledger.example | 205-555-0121

        On Thu, Sep 10, 2026 at 9:14 AM Jasmine Porter <jasmine.porter@example.org> wrote:
        > Hi Latrice, happy to talk for the piece. Tuesday late morning is best for me.
        > Jasmine
        """)
    return message([
        ("Received", rcv("mail-sor-f53.google.com", "2026-09-10 11:02:33", CHI, "Ef3gH4iJ5kL6")),
        ("From", addr("Latrice Odom", "lodom@bhambusinessledger.example")),
        ("To", ME),
        ("Subject", "Re: Interview for our careers story"),
        ("Date", date("2026-09-10 11:02:30", CHI)),
        ("Message-ID", "<CAN7rQz4pY1wK9vM2tXc3bL@mail.gmail.com>"),
        ("In-Reply-To", "<CAJp7Rk1aB2cD3e@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(46), family="sports_tryout", lang="en-US", interview=False, company=None,
      note="Youth soccer club try-out registration for the candidate's daughter (Sat 7 Nov 9:00 AM); "
           "not an interview -> negative.",
      days=(("Sat", "2026-11-07"),))
def m46() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#0b5d1e">Cahaba Heights Strikers FC</h2>
        <p>Hi Jasmine,</p>
        <p>Thanks for registering <b>Maya Porter</b> for <b>2027 Spring Tryouts - U12 Girls</b>.</p>
        <p><b>Check-in:</b> Saturday, November 7, 2026, 8:30 AM<br>
        <b>Tryout:</b> 9:00 AM - 10:30 AM<br>
        <b>Where:</b> Cahaba Heights Soccer Complex, Field 3</p>
        <p>Players should wear shin guards, cleats and bring water. Coaches will post rosters by
        November 14. Parents, please stay behind the rope line during evaluations.</p>
        <p>Go Strikers!<br>Coach Brent Ivey, Director of Coaching</p>
        <p style="font-size:11px;color:#999">Sent via TeamPitch registration.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mailer.teampitch.example", "2026-10-28 21:10:18", CHI, "Mn7oP8qR9sT0")),
        ("From", addr("Cahaba Heights Strikers FC", "registration@teampitch.example")),
        ("To", ME),
        ("Subject", enc("Tryout registration confirmed – Maya Porter (U12 Girls)")),
        ("Date", date("2026-10-28 21:10:15", CHI)),
        ("Message-ID", "<tp-reg-7788123-maya@teampitch.example>"),
    ], html(page, charset="utf-8", cte="base64"))


@mail(n(47), family="bank_appointment", lang="en-US", interview=False, company=None,
      note="Microsoft Bookings appointment with a financial advisor at Cahaba Federal Bank (the bank "
           "she also interviewed with) for a 401(k) rollover, Thu 3 Dec 4:00 PM; personal banking, "
           "not an interview -> negative, company null.",
      days=(("Thu", "2026-12-03"),))
def m47() -> bytes:
    page = t("""
        <html><body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#212121">
        <p>Hello Jasmine Porter,</p>
        <p>Thanks for booking with Cahaba Federal Bank - Wealth Services. Your booking is confirmed.</p>
        <table style="border:1px solid #e1e1e1;padding:12px">
        <tr><td style="font-size:18px;font-weight:600">401(k) Rollover Consultation</td></tr>
        <tr><td>Thursday, December 3, 2026</td></tr>
        <tr><td>4:00 PM - 4:45 PM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Staff: Robert Hale, CFP&reg;</td></tr>
        <tr><td>Vestavia Hills Branch, 700 Montgomery Hwy</td></tr>
        </table>
        <p>Please bring a recent statement from your current retirement plan.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/WealthServices@cahabafederal.com/bookings/">Manage booking</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", rcv("NAM10-BN7-obe.outbound.protection.outlook.com", "2026-11-27 13:05:30", CHI,
                         "Uv1wX2yZ3aB4")),
        ("From", addr("Cahaba Federal Bank - Wealth Services", "WealthServices@cahabafederal.com")),
        ("To", ME),
        ("Subject", "Booking confirmed: 401(k) Rollover Consultation"),
        ("Date", date("2026-11-27 13:05:27", CHI)),
        ("Message-ID", "<BN7PR10MB2290F1E2D3C4B5A6@BN7PR10MB2290.namprd10.prod.outlook.com>"),
    ], html(page))


@mail(n(48), family="forwarded_other_person", lang="en-US", interview=False, company=None,
      note="A friend forwards HER OWN SmartRecruiters confirmation (Piedmont Mutual, Thu 19 Nov 2:00 PM "
           "ET, addressed to Keisha) asking for tips; a real interview, but not the inbox owner's -> "
           "negative.",
      days=(("Thu", "2026-11-19"),))
def m48() -> bytes:
    body = t("""
        GIRL LOOK!!! I got the interview!! 🎉 Since you talked to them last week any tips?? Is Brandon
        nice? Call me tonight

        K

        ---------- Forwarded message ---------
        From: Piedmont Mutual Insurance <no-reply@smartrecruiters.com>
        Date: Mon, Nov 16, 2026 at 10:12 AM
        Subject: Your interview with Piedmont Mutual Insurance is confirmed
        To: Keisha Moore <keisha.moore@example.com>

        Hello Keisha,

        Thank you for applying for Claims Data Analyst I at Piedmont Mutual Insurance. We are happy to
        confirm your video interview:

        Thursday, November 19, 2026
        2:00 PM - 3:00 PM (GMT-05:00) Eastern Time
        Interviewers: Brandon Lowe · Talent Acquisition

        Kind regards,
        Brandon Lowe
        """)
    return message([
        ("Received", rcv("mail-sor-f44.google.com", "2026-11-16 10:40:12", CHI, "Cd5eF6gH7iJ8")),
        ("From", addr("Keisha Moore", "keisha.moore@example.com")),
        ("To", ME),
        ("Subject", "Fwd: Your interview with Piedmont Mutual Insurance is confirmed"),
        ("Date", date("2026-11-16 10:40:09", CHI)),
        ("Message-ID", "<CAB2mVx8qL5nR1wT4yZp6cK@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(49), family="alumni_interviewer", lang="en-US", interview=False, company=None,
      note="Alumni admissions program: the candidate, as a volunteer, will interview a high-school "
           "applicant (Sun 15 Nov 2:00 PM); fixed time, she is the interviewer, no job -> negative.",
      days=(("Sun", "2026-11-15"),))
def m49() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for volunteering with the Alumni Interview Program again this year! You have been
        matched with the following applicant, and the applicant has confirmed the time you proposed:

        Applicant: Olivia Chen (Hoover High School, Early Action)
        Date/time: Sunday, November 15, 2026, 2:00 PM
        Place: Church Street Coffee & Books, Mountain Brook

        Please submit your interview report in the Alumni Volunteer Portal within 48 hours. Remember,
        this is an informational conversation - do not discuss admission chances.

        With gratitude,
        Office of Undergraduate Admission
        Magnolia State University
        """)
    return message([
        ("Received", rcv("mail.magnoliastate.example.edu", "2026-11-09 15:22:45", CHI, "Kl9mN0oP1qR2")),
        ("From", addr("MSU Alumni Interview Program", "alumniinterviews@magnoliastate.example.edu")),
        ("To", ME),
        ("Subject", "Your alumni interview assignment - Olivia Chen"),
        ("Date", date("2026-11-09 15:22:42", CHI)),
        ("Message-ID", "<aip-2027-ea-33817@magnoliastate.example.edu>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(50), family="notary_signing", lang="en-US", interview=False, company=None,
      note="Title company schedules a mobile-notary refinance signing at home (Fri 4 Dec 5:30 PM); "
           "not an interview -> negative.",
      days=(("Fri", "2026-12-04"),))
def m50() -> bytes:
    body = t("""
        Hi Jasmine,

        Your refinance signing is scheduled:

        Friday, December 4, 2026 at 5:30 PM
        Location: your home (address on file)
        Notary: Cheryl Dawkins, mobile notary

        Please have both borrowers present with unexpired government photo ID. The signing usually
        takes about an hour. Funds are disbursed after the 3-day rescission period.

        Thanks,
        Brianna Holt | Closing Coordinator
        Red Mountain Title & Escrow
        205-555-0144
        """)
    return message([
        ("Received", rcv("mail.redmountaintitle.example", "2026-11-30 16:37:20", CHI, "St3uV4wX5yZ6")),
        ("From", addr("Brianna Holt", "bholt@redmountaintitle.example")),
        ("To", ME),
        ("Subject", "Signing appointment - 12/4 at 5:30 PM"),
        ("Date", date("2026-11-30 16:37:17", CHI)),
        ("Message-ID", "<RMT-CLS-26-1187.1796071037@redmountaintitle.example>"),
    ], text(body, charset="utf-8", cte="8bit"))
