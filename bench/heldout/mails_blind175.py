"""blind175: a blind 50-mail held-out set -- the inbox of Marcus Trujillo, a lab-automation engineer
in Albuquerque (America/Denver), September to mid-December 2026.

Written by hand, one function per mail, by a helper session that did not read the detector, its
tests, or any other held-out set's mails. Build and check:

    python3 bench/heldout/make_blind.py blind175

File numbers are a fixed shuffle of the writing order: keys 1-23 are the positives, 24-50 the
negatives; the mail written key-th is blind175_{ORDER[key-1]:03d}.eml.
"""

from __future__ import annotations

import base64
import hashlib
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

ORDER = random.Random(1750175).sample(range(1, 51), 50)

ME = "marcus.trujillo@example.org"
MEN = addr("Marcus Trujillo", ME)
DEN = "America/Denver"
PHX = "America/Phoenix"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
NY = "America/New_York"
JRZ = "America/Ciudad_Juarez"


def n(key: int) -> str:
    return f"blind175_{ORDER[key - 1]:03d}"


def _h(seed: str, size: int = 16) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:size]


def hdr(key: int, frm: str, subj: str, when: str, zone: str, *, relay: str, dom: str, to: str = MEN,
        cc: str | None = None, extra: tuple[tuple[str, str], ...] = (), mid: str | None = None,
        charset: str = "utf-8") -> list[tuple[str, str]]:
    """Headers as the inbox's MX stores them: Delivered-To, one Received, then the sender's own."""
    hs = [("Delivered-To", ME),
          ("Received", received(f"from {relay}", when, zone,
                                f"mx2.example.org with ESMTPS id {_h(f'{key}-rcv', 12)}", ME, lag=4)),
          ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subj, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid or f"<{_h(f'{key}-{subj}', 20)}@{dom}>"), *extra]
    return hs


def stamp(when: str, zone: str) -> str:
    return utc(when, zone).replace("-", "").replace(":", "")


def esc(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(*, prodid: str, uid: str, dtstamp: str, start: str, end: str, summary: str, organizer: str,
        tzid: str | None = None, method: str = "REQUEST", seq: int = 0, status: str = "CONFIRMED",
        location: str = "", description: str = "", attendees: tuple[tuple[str, str], ...] = (),
        extra: str = "") -> str:
    """A VCALENDAR text. start/end: '20260911T100000' with tzid, or '...Z' in UTC."""
    tz = VTZ_ALL[tzid] + "\n" if tzid else ""
    p = f";TZID={tzid}" if tzid else ""
    org_cn, org_mail = organizer.split("|")
    lines = [
        "BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}",
    ]
    body = [
        "BEGIN:VEVENT", f"DTSTART{p}:{start}", f"DTEND{p}:{end}", f"DTSTAMP:{dtstamp}",
        f"ORGANIZER;CN={org_cn}:mailto:{org_mail}", f"UID:{uid}",
    ]
    for cn, who in ((("Marcus Trujillo", ME),) + attendees):
        body.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
                    f"CN={cn}:mailto:{who}")
    if description:
        body.append(f"DESCRIPTION:{esc(description)}")
    if location:
        body.append(f"LOCATION:{esc(location)}")
    body += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if extra:
        body += extra.strip("\n").split("\n")
    body += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n" + tz + "\n".join(body) + "\n"


VTZ_ALL = dict(VTZ)
VTZ_ALL["America/Denver"] = """BEGIN:VTIMEZONE
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
VTZ_ALL["America/Los_Angeles"] = """BEGIN:VTIMEZONE
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
VTZ_ALL["Mountain Standard Time"] = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-11T16:00:00Z", end="2026-09-11T17:00:00Z", contact="alana.begay@kestrelridgesci.com",
      company="Kestrel Ridge Scientific", local="Fri 2026-09-11 10:00", local_end="2026-09-11 11:00", zone=DEN,
      note="Greenhouse confirmation, 10:00-11:00 AM MDT on Fri 11 Sep (UTC-6) = 16:00-17:00Z; ICS in "
           "America/Denver agrees; 'arrive by 9:45 AM' for badging is not the start; contact = Reply-To recruiter")
def m1():
    when = "2026-09-08 09:14"
    body = t("""
        Hi Marcus,

        Thank you for your interest in Kestrel Ridge Scientific! This email confirms your interview for
        the Lab Automation Engineer II position.

        Date: Friday, September 11, 2026
        Time: 10:00 AM - 11:00 AM MDT
        Location: Kestrel Ridge Scientific, Building 3 Lobby
                  1500 Innovation Pkwy SE, Albuquerque, NM 87123

        You will be meeting with:
          Dr. Howard Pinkney, Group Lead, Sample Handling Systems
          Renata Oyler, Senior Controls Engineer

        Please bring a government-issued photo ID. Visitor badging for the Innovation Park site takes
        about 10 minutes, so plan to arrive by 9:45 AM.

        If you have any questions or need to reschedule, simply reply to this email.

        Best,
        Alana Begay
        Recruiting Coordinator | Kestrel Ridge Scientific
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Marcus,</p>
        <p>Thank you for your interest in Kestrel Ridge Scientific! This email confirms your interview for the
        <strong>Lab Automation Engineer II</strong> position.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Friday, September 11, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM MDT</td></tr>
        <tr><td valign="top"><b>Location:</b></td><td>Kestrel Ridge Scientific, Building 3 Lobby<br>
        1500 Innovation Pkwy SE, Albuquerque, NM 87123</td></tr>
        </table>
        <p>You will be meeting with:<br>
        Dr. Howard Pinkney, Group Lead, Sample Handling Systems<br>
        Renata Oyler, Senior Controls Engineer</p>
        <p>Please bring a government-issued photo ID. Visitor badging for the Innovation Park site takes about
        10 minutes, so plan to arrive by 9:45 AM.</p>
        <p>If you have any questions or need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Alana Begay<br>Recruiting Coordinator | Kestrel Ridge Scientific</p>
        <img src="https://us.greenhouse-mail.io/o/open/7Hk2LqP0" width="1" height="1" alt="">
        </body></html>
        """)
    cal = ics(prodid="-//Greenhouse Software//Greenhouse//EN", uid="gh-interview-48211977@greenhouse.io",
              dtstamp=stamp(when, DEN), start="20260911T100000", end="20260911T110000", tzid=DEN,
              summary="Interview: Marcus Trujillo - Lab Automation Engineer II (Kestrel Ridge Scientific)",
              organizer="Alana Begay|alana.begay@kestrelridgesci.com",
              location="Building 3 Lobby, 1500 Innovation Pkwy SE, Albuquerque, NM 87123")
    hs = hdr(1, "Kestrel Ridge Scientific <no-reply@us.greenhouse-mail.io>",
             "Interview Confirmation: Lab Automation Engineer II at Kestrel Ridge Scientific", when, DEN,
             relay="o11.us.greenhouse-mail.io (o11.us.greenhouse-mail.io [167.89.101.24])",
             dom="us.greenhouse-mail.io",
             extra=(("Reply-To", "Alana Begay <alana.begay@kestrelridgesci.com>"),
                    ("X-SG-EID", "u001.Qv7mJ2k1cXhH9pW0fZr3bA")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-10-06T15:00:00Z", end="2026-10-06T18:00:00Z", contact="alana.begay@kestrelridgesci.com",
      company="Kestrel Ridge Scientific", local="Tue 2026-10-06 09:00", local_end="2026-10-06 12:00", zone=DEN,
      days=(("Thu", "2026-10-01"),),
      note="Greenhouse HTML-only reschedule: old Thu 1 Oct 1-4 PM, new Tue 6 Oct itinerary 9:00 AM-12:00 PM "
           "MDT (UTC-6) = 15:00-18:00Z (first start to last end); ICS SEQUENCE 1 agrees; contact = Reply-To")
def m2():
    when = "2026-09-30 16:20"
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f6f7f9">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Marcus,</p>
        <p>Your onsite panel for the <b>Lab Automation Engineer II</b> position has been moved. Dr. Pinkney has a
        program review on Thursday, so we&#39;ve moved the panel to the following Tuesday. Your updated schedule
        is below.</p>
        <p style="color:#888"><s>Thursday, October 1, 2026, 1:00 PM - 4:00 PM MDT</s> (no longer scheduled)</p>
        <p><b>New schedule: Tuesday, October 6, 2026</b></p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e1e4e8">
        <tr style="background:#f0f3f6"><th align="left">Time (MDT)</th><th align="left">Session</th><th align="left">Interviewers</th></tr>
        <tr><td>9:00 AM - 9:50 AM</td><td>Technical deep dive</td><td>Renata Oyler</td></tr>
        <tr><td>10:00 AM - 10:50 AM</td><td>Systems design: liquid handling</td><td>Dr. Howard Pinkney, Kiran Adebayo</td></tr>
        <tr><td>11:00 AM - 12:00 PM</td><td>Lab tour and lunch</td><td>Lydia Tsosie</td></tr>
        </table>
        <p>Location: Building 3 Lobby, 1500 Innovation Pkwy SE, Albuquerque, NM 87123. Your visitor badge from
        last time has expired, so please bring your ID again.</p>
        <p>Reply to this email if the new time doesn&#39;t work for you.</p>
        <p>Thanks,<br>Alana Begay<br>Recruiting Coordinator | Kestrel Ridge Scientific</p>
        </div></body></html>
        """)
    cal = ics(prodid="-//Greenhouse Software//Greenhouse//EN", uid="gh-interview-48377510@greenhouse.io",
              dtstamp=stamp(when, DEN), start="20261006T090000", end="20261006T120000", tzid=DEN, seq=1,
              summary="Onsite panel: Marcus Trujillo - Lab Automation Engineer II",
              organizer="Alana Begay|alana.begay@kestrelridgesci.com",
              location="Building 3 Lobby, 1500 Innovation Pkwy SE, Albuquerque, NM 87123")
    hs = hdr(2, "Kestrel Ridge Scientific <no-reply@us.greenhouse-mail.io>",
             "Updated Interview Schedule: Lab Automation Engineer II at Kestrel Ridge Scientific", when, DEN,
             relay="o11.us.greenhouse-mail.io (o11.us.greenhouse-mail.io [167.89.101.24])",
             dom="us.greenhouse-mail.io",
             extra=(("Reply-To", "Alana Begay <alana.begay@kestrelridgesci.com>"),
                    ("X-SG-EID", "u001.bN4oT8eV2yKq5sLx1mGd7w")))
    return message(hs, mixed(html(page), calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(3), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-09-16T21:30:00Z", end="2026-09-16T22:15:00Z", contact="corinne.vasquez@heliomesa.energy",
      company="Helio Mesa Solar", local="Wed 2026-09-16 14:30", local_end="2026-09-16 15:15", zone=PHX,
      note="Lever confirmation in Arizona time (MST all year, UTC-7): 2:30-3:15 PM = 21:30-22:15Z; the body "
           "also gives 3:30-4:15 PM Albuquerque (MDT), the same instant; contact = Reply-To")
def m3():
    when = "2026-09-14 11:02"
    body = t("""
        Hi Marcus,

        Thanks for scheduling time with us! Here are the details for your upcoming interview for
        Automation Engineer, Module Test.

        Wednesday, September 16, 2026
        2:30 PM – 3:15 PM MST (Arizona time)
        That's 3:30 PM – 4:15 PM in Albuquerque. Arizona doesn't change its clocks.

        Video call: https://meet.google.com/qrv-hmsl-tkw

        Interviewers:
        Corinne Vasquez, Talent Partner
        Wes Tallman, Manufacturing Engineering Manager

        Questions? Reply to this email to reach Corinne.

        Helio Mesa Solar · 2401 W Broadway Rd, Tempe, AZ 85282
        Powered by Lever
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#3c4257">
        <p>Hi Marcus,</p>
        <p>Thanks for scheduling time with us! Here are the details for your upcoming interview for
        <strong>Automation Engineer, Module Test</strong>.</p>
        <div style="border-left:4px solid #f6a623;padding:8px 16px;margin:16px 0">
        <div style="font-size:16px;font-weight:600">Wednesday, September 16, 2026</div>
        <div>2:30 PM – 3:15 PM MST (Arizona time)</div>
        <div style="color:#697386;font-size:12px">That&rsquo;s 3:30 PM – 4:15 PM in Albuquerque. Arizona doesn&rsquo;t change its clocks.</div>
        </div>
        <p>Video call: <a href="https://meet.google.com/qrv-hmsl-tkw">meet.google.com/qrv-hmsl-tkw</a></p>
        <p><b>Interviewers</b><br>Corinne Vasquez, Talent Partner<br>Wes Tallman, Manufacturing Engineering Manager</p>
        <p>Questions? Reply to this email to reach Corinne.</p>
        <p style="font-size:11px;color:#a3acb9">Helio Mesa Solar &middot; 2401 W Broadway Rd, Tempe, AZ 85282<br>Powered by Lever</p>
        </body></html>
        """)
    hs = hdr(3, "Helio Mesa Solar <no-reply@hire.lever.co>", "Your interview with Helio Mesa Solar is confirmed",
             when, PHX, relay="mail-a14.hire.lever.co (mail-a14.hire.lever.co [198.2.180.44])",
             dom="hire.lever.co",
             extra=(("Reply-To", "Corinne Vasquez <corinne.vasquez@heliomesa.energy>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(4), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-09-22T16:00:00Z", end="2026-09-22T16:45:00Z", contact="jonah.whitcomb@tidewellbio.com",
      company="Tidewell Bio", local="Tue 2026-09-22 09:00", local_end="2026-09-22 09:45", zone=LA,
      note="Ashby confirmation (base64): 9:00-9:45 AM PDT (UTC-7) = 16:00-16:45Z; ICS in UTC agrees; "
           "contact = Reply-To recruiter, not the interviewer named in the body")
def m4():
    when = "2026-09-17 16:45"
    body = t("""
        Hi Marcus,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, September 22, 2026
        9:00 AM – 9:45 AM PDT
        Google Meet: https://meet.google.com/ywa-tdbi-okp

        You'll meet with:
          Rebecca Fairweather — Director, Lab Automation

        Times are shown in Pacific Time. To change your time zone preference, open your candidate portal.

        Questions? Just reply and it will reach Jonah Whitcomb.

        Thanks,
        Tidewell Bio Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marcus,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Tuesday, September 22, 2026</b><br>9:00 AM – 9:45 AM PDT<br>
        Google Meet: <a href="https://meet.google.com/ywa-tdbi-okp">https://meet.google.com/ywa-tdbi-okp</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Rebecca Fairweather — Director, Lab Automation</p>
        <p style="color:#777;font-size:12px">Times are shown in Pacific Time. To change your time zone preference, open your candidate portal.</p>
        <p>Questions? Just reply and it will reach Jonah Whitcomb.</p>
        <p>Thanks,<br>Tidewell Bio Recruiting</p>
        </body></html>
        """)
    cal = ics(prodid="-//Ashby//Ashby Scheduling//EN", uid="0c41e7a2-9d3b-4f7e-a1c6-5be2f09d7713",
              dtstamp=stamp(when, LA), start="20260922T160000Z", end="20260922T164500Z",
              summary="Tidewell Bio – Automation Engineer – Hiring Manager Interview",
              organizer="Jonah Whitcomb|jonah.whitcomb@tidewellbio.com",
              location="https://meet.google.com/ywa-tdbi-okp")
    hs = hdr(4, "Tidewell Bio <no-reply@ashbyhq.com>", "Interview confirmed: Automation Engineer at Tidewell Bio",
             when, LA, relay="a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
             dom="email.amazonses.com",
             mid="<0100019199c3f2aa-4e0d2b1c-77a1-4c2e-9f3b-1d2e8c0a5b44-000000@email.amazonses.com>",
             extra=(("Reply-To", "Jonah Whitcomb <jonah.whitcomb@tidewellbio.com>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(5), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T16:00:00Z", end="2026-11-05T17:30:00Z", contact="theresa.montoya@rgsu.edu",
      company="Rio Grande State University", local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:30", zone=DEN,
      note="Workday HTML-only, US date 11/05/2026 09:00-10:30 AM Mountain; mail sent Fri 30 Oct in MDT but the "
           "interview is after DST ends on 1 Nov, so MST (UTC-7) = 16:00-17:30Z; sender is the Workday role "
           "mailbox, contact = search coordinator in the body")
def m5():
    when = "2026-10-30 14:10"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Marcus Trujillo,</p>
        <p>Thank you for your interest in the Research Engineer, Automated Materials Lab position (Job Requisition
        R-0004817) at Rio Grande State University. The search committee would like to meet with you.</p>
        <table border="0" cellpadding="3">
        <tr><td>Interview Date:</td><td>11/05/2026</td></tr>
        <tr><td>Interview Time:</td><td>09:00 AM - 10:30 AM (Mountain Time)</td></tr>
        <tr><td>Location:</td><td>Ortiz Hall, Room 2210, RGSU Main Campus, Albuquerque</td></tr>
        <tr><td>Format:</td><td>In person. A visitor parking permit will be emailed separately.</td></tr>
        </table>
        <p>Please note that daylight saving time ends on Sunday, November 1.</p>
        <p>If you need an accommodation or have questions, please contact Theresa Montoya, Search Coordinator, at
        <a href="mailto:theresa.montoya@rgsu.edu">theresa.montoya@rgsu.edu</a> or 505-555-0142.</p>
        <p>Rio Grande State University is an equal opportunity employer.</p>
        <p style="color:#666;font-size:11px">This message was sent from Workday. Please do not reply to this email.</p>
        </div></body></html>
        """)
    hs = hdr(5, "Rio Grande State University <rgsu@myworkday.com>",
             "Interview Scheduled - Research Engineer, Automated Materials Lab (R-0004817)", when, DEN,
             relay="mail-out3.myworkday.com (mail-out3.myworkday.com [64.93.204.18])", dom="myworkday.com")
    return message(hs, html(page))


@mail(n(6), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-10-19T19:00:00Z", end="2026-10-19T22:00:00Z", contact="marisol.chee@crestonesemi.com",
      company="Crestone Semiconductor", local="Mon 2026-10-19 13:00", local_end="2026-10-19 16:00", zone=DEN,
      note="SmartRecruiters confirmation, 1:00-4:00 PM '(GMT-06:00) Mountain Time - Denver' on Mon 19 Oct = "
           "19:00-22:00Z; ICS in America/Denver agrees; contact = Reply-To recruiter")
def m6():
    when = "2026-10-13 08:31"
    body = t("""
        Hello Marcus,

        Your interview for Equipment Automation Engineer - Fab 2 (Rio Rancho, NM) has been confirmed.

        When: Monday, October 19, 2026 from 1:00 PM to 4:00 PM (GMT-06:00) Mountain Time - Denver
        Where: Crestone Semiconductor, Fab 2 Visitor Center, 4100 Paseo del Volcan, Rio Rancho, NM 87144
        Interviewers: Marisol Chee (Talent Acquisition), Bill Koenig (Automation Manager),
                      Yvette Ramos (Process Engineering)

        The afternoon includes a walk along the cleanroom viewing gallery. Please wear closed-toe shoes
        and skip perfume or cologne.

        Add to calendar: the invitation is attached.

        Best regards,
        Marisol Chee
        Crestone Semiconductor

        Sent via SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Hello Marcus,</p>
        <p>Your interview for <b>Equipment Automation Engineer - Fab 2 (Rio Rancho, NM)</b> has been confirmed.</p>
        <p><b>When:</b> Monday, October 19, 2026 from 1:00 PM to 4:00 PM (GMT-06:00) Mountain Time - Denver<br>
        <b>Where:</b> Crestone Semiconductor, Fab 2 Visitor Center, 4100 Paseo del Volcan, Rio Rancho, NM 87144<br>
        <b>Interviewers:</b> Marisol Chee (Talent Acquisition), Bill Koenig (Automation Manager), Yvette Ramos (Process Engineering)</p>
        <p>The afternoon includes a walk along the cleanroom viewing gallery. Please wear closed-toe shoes and skip perfume or cologne.</p>
        <p>Add to calendar: the invitation is attached.</p>
        <p>Best regards,<br>Marisol Chee<br>Crestone Semiconductor</p>
        <p style="font-size:11px;color:#8a8a8a">Sent via SmartRecruiters</p>
        </body></html>
        """)
    cal = ics(prodid="-//SmartRecruiters//Interview Scheduler//EN", uid="sr-int-6f1d2c88e0b94aa1@smartrecruiters.com",
              dtstamp=stamp(when, DEN), start="20261019T130000", end="20261019T160000", tzid=DEN,
              summary="Interview: Equipment Automation Engineer - Fab 2 (Crestone Semiconductor)",
              organizer="Marisol Chee|marisol.chee@crestonesemi.com",
              location="Fab 2 Visitor Center, 4100 Paseo del Volcan, Rio Rancho, NM 87144")
    hs = hdr(6, "Crestone Semiconductor <no-reply@smartrecruiters.com>",
             "Interview confirmed: Equipment Automation Engineer - Fab 2", when, DEN,
             relay="mta-12.smartrecruiters.com (mta-12.smartrecruiters.com [185.45.92.12])",
             dom="smartrecruiters.com",
             extra=(("Reply-To", "Marisol Chee <marisol.chee@crestonesemi.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, filename="interview.ics", disposition="attachment", name_param=True)))


@mail(n(7), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-10-22T20:00:00Z", contact="ray.benavidez@turquoisetrailstudios.com",
      company="Turquoise Trail Studios", local="Thu 2026-10-22 14:00", zone=DEN,
      note="Hiring manager's plain reply: 'tomorrow at 2' against Date Wed 21 Oct 08:10 MDT = Thu 22 Oct 2:00 PM "
           "MDT (UTC-6) = 20:00Z; 'an hour, maybe a bit more' is not exact, so end null; contact = sender")
def m7():
    when = "2026-10-21 08:10"
    body = t("""
        Marcus -

        Good talking yesterday. I showed your clips of the pipetting robot stuff to Dee and she wants to
        meet you too, so lets do it tomorrow at 2 here on the lot. Check in at the Stage 4 gate, tell the
        guard you're seeing me and they'll have a pass for you. Should take an hour, maybe a bit more if
        we walk the motion control bay.

        Parking is the gravel lot on the left, dont park by the trailers lol.

        Ray

        --
        Ray Benavidez
        Head of Camera Technology | Turquoise Trail Studios
        505-555-0187

        On Tue, Oct 20, 2026 at 6:42 PM Marcus Trujillo <marcus.trujillo@example.org> wrote:
        > Hi Ray,
        >
        > Thanks for the call today. Happy to come by the studio whenever works for you and Dee this week.
        >
        > Marcus
        """)
    hs = hdr(7, "Ray Benavidez <ray.benavidez@turquoisetrailstudios.com>",
             "Re: Motion control / camera robotics tech role", when, DEN,
             relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
             dom="mail.gmail.com", mid="<CAJ7pQx3Hk1+Vb0t_uR4eW9s2dLmYfN8c@mail.gmail.com>",
             extra=(("In-Reply-To", "<C1E0A4F2-88B1-4A7F-9E2D-0B7A3E1C5D90@example.org>"),
                    ("References", "<C1E0A4F2-88B1-4A7F-9E2D-0B7A3E1C5D90@example.org>")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T21:30:00Z", end="2026-10-27T22:00:00Z", contact="evan@bosquerobotics.com",
      company="Bosque Robotics", local="Tue 2026-10-27 15:30", local_end="2026-10-27 16:00", zone=DEN,
      note="Calendly invitee confirmation, 3:30pm-4:00pm 'Mountain Time - US & Canada' on Tue 27 Oct, still MDT "
           "(UTC-6) = 21:30-22:00Z; ICS in UTC agrees; contact = host via Reply-To")
def m8():
    when = "2026-10-24 19:12"
    body = t("""
        Hi Marcus Trujillo,

        Your Technical Screen - Controls Engineer with Evan Sandoval at 3:30pm - 4:00pm (Mountain Time - US &
        Canada) on Tuesday, October 27, 2026 is scheduled.

        Event Type:
        Technical Screen - Controls Engineer

        Invitee:
        Marcus Trujillo

        Invitee Email:
        marcus.trujillo@example.org

        Event Date/Time:
        3:30pm - 4:00pm (Mountain Time - US & Canada) on Tuesday, October 27, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/kzt-bsqr-evn

        Description:
        30 minutes with Bosque Robotics' controls lead. Expect questions on PLC / robot cell integration
        and one short whiteboard-style problem. Bosque Robotics, Santa Fe NM.

        Please share anything that will help prepare for our meeting.:
        Portfolio: https://example.org/marcus/portfolio

        Cancel: https://calendly.com/cancellations/6b0f6a4e-0c7a-4e3b-8f1d-2a9c5e7d4b13
        Reschedule: https://calendly.com/reschedulings/6b0f6a4e-0c7a-4e3b-8f1d-2a9c5e7d4b13

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Arial,sans-serif;color:#4d5055">
        <p>Hi Marcus Trujillo,</p>
        <p>Your Technical Screen - Controls Engineer with Evan Sandoval at 3:30pm - 4:00pm (Mountain Time - US &amp; Canada) on Tuesday, October 27, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Technical Screen - Controls Engineer</p>
        <p><b>Invitee:</b><br>Marcus Trujillo</p>
        <p><b>Invitee Email:</b><br><a href="mailto:marcus.trujillo@example.org">marcus.trujillo@example.org</a></p>
        <p><b>Event Date/Time:</b><br>3:30pm - 4:00pm (Mountain Time - US &amp; Canada) on Tuesday, October 27, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/kzt-bsqr-evn">Join now</a></p>
        <p><b>Description:</b><br>30 minutes with Bosque Robotics&#39; controls lead. Expect questions on PLC / robot cell integration and one short whiteboard-style problem. Bosque Robotics, Santa Fe NM.</p>
        <p><b>Please share anything that will help prepare for our meeting.:</b><br>Portfolio: https://example.org/marcus/portfolio</p>
        <p><a href="https://calendly.com/cancellations/6b0f6a4e-0c7a-4e3b-8f1d-2a9c5e7d4b13">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/6b0f6a4e-0c7a-4e3b-8f1d-2a9c5e7d4b13">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    cal = ics(prodid="-//Calendly//Calendly//EN", uid="6b0f6a4e-0c7a-4e3b-8f1d-2a9c5e7d4b13@calendly.com",
              dtstamp=stamp(when, DEN), start="20261027T213000Z", end="20261027T220000Z",
              summary="Technical Screen - Controls Engineer between Evan Sandoval and Marcus Trujillo",
              organizer="Evan Sandoval|evan@bosquerobotics.com", location="https://meet.google.com/kzt-bsqr-evn")
    hs = hdr(8, "Calendly <notifications@calendly.com>",
             "Confirmed: Technical Screen - Controls Engineer with Evan Sandoval on Tuesday, October 27, 2026",
             when, DEN, relay="o1.email.calendly.com (o1.email.calendly.com [168.245.12.83])",
             dom="calendly.com",
             extra=(("Reply-To", "Evan Sandoval <evan@bosquerobotics.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(9), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-10-14T15:00:00Z", end="2026-10-14T16:00:00Z", contact="kendra.oyelaran@lonestarassay.com",
      company="Lonestar Assay Systems", local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:00", zone=CHI,
      note="Microsoft Bookings (Austin): body label '(UTC-06:00) Central Time (US & Canada)' shows the standard "
           "offset, but 14 Oct is CDT (UTC-5): 10:00-11:00 AM = 15:00-16:00Z, as the ICS (TZID Central Standard "
           "Time) says; sender is the Bookings mailbox, contact = staff address in the body")
def m9():
    when = "2026-10-08 13:22"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p>Hello Marcus Trujillo,</p>
        <p>Your booking has been confirmed.</p>
        <h3 style="margin-bottom:4px">Booking details</h3>
        <table cellpadding="2">
        <tr><td colspan="2"><b>Automation Engineer Phone Interview</b></td></tr>
        <tr><td colspan="2">Wednesday, October 14, 2026</td></tr>
        <tr><td colspan="2">10:00 AM - 11:00 AM (UTC-06:00) Central Time (US &amp; Canada)</td></tr>
        <tr><td>Staff</td><td>Kendra Oyelaran</td></tr>
        <tr><td>Location</td><td>Microsoft Teams meeting &mdash; <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE0">Join your appointment</a></td></tr>
        <tr><td>Phone</td><td>If Teams fails, Kendra will call you at the number you gave us.</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/LonestarAssayInterviews@lonestarassay.com/bookings/">Manage booking</a></p>
        <p>Questions about this interview? Contact Kendra Oyelaran at
        <a href="mailto:kendra.oyelaran@lonestarassay.com">kendra.oyelaran@lonestarassay.com</a>.</p>
        <p style="color:#605e5c;font-size:12px">Lonestar Assay Systems &middot; 8300 N Mopac Expy, Austin, TX 78759</p>
        </div></body></html>
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E00800000000B0F3C8A1E856DC01",
              dtstamp=stamp(when, CHI), start="20261014T100000", end="20261014T110000",
              tzid="Central Standard Time",
              summary="Automation Engineer Phone Interview",
              organizer="Lonestar Assay Interviews|LonestarAssayInterviews@lonestarassay.com",
              location="Microsoft Teams Meeting")
    hs = hdr(9, "Lonestar Assay Interviews <LonestarAssayInterviews@lonestarassay.com>",
             "Booking confirmed: Automation Engineer Phone Interview with Lonestar Assay Systems", when, CHI,
             relay="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2101.outbound.protection."
                   "outlook.com [40.107.243.101])",
             dom="SA1PR12MB7342.namprd12.prod.outlook.com",
             extra=(("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(10), family="exchange_outlook", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T17:00:00Z", end="2026-11-03T18:00:00Z", contact="galvord@cherrycreekdx.com",
      company="Cherry Creek Diagnostics", local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=DEN,
      note="Outlook meeting request sent Wed 28 Oct in MDT (UTC-6) for Tue 3 Nov, after DST ends: 10:00-11:00 AM "
           "MST (UTC-7) = 17:00-18:00Z; ICS TZID 'Mountain Standard Time' agrees; contact = organizer/sender")
def m10():
    when = "2026-10-28 15:40"
    body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Marcus,

        Following up on your call with Jess - here's the invite for the hiring manager interview. Heads up that
        the clocks go back this weekend; this is 10 AM Mountain after the change. I'll have Aiden from our
        assay team join for the last 20 minutes.

        Greg

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE3YjQ5>
        Meeting ID: 231 774 909 118
        Passcode: q7Rt9z
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Marcus,</p>
        <p>Following up on your call with Jess - here&#8217;s the invite for the hiring manager interview. Heads up that the clocks go back this weekend; this is 10 AM Mountain after the change. I&#8217;ll have Aiden from our assay team join for the last 20 minutes.</p>
        <p>Greg</p>
        </div>
        <div style="width:100%">
        <span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</span></div>
        <div><b>Join on your computer, mobile app or room device</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE3YjQ5">Click here to join the meeting</a></div>
        <div>Meeting ID: 231 774 909 118<br>Passcode: q7Rt9z</div>
        <span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span>
        </div>
        </body></html>
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E0080000000060D7E2B9F266DC01",
              dtstamp=stamp(when, DEN), start="20261103T100000", end="20261103T110000",
              tzid="Mountain Standard Time",
              summary="Interview: Marcus Trujillo - Automation Engineer (Teams)",
              organizer="Gregory Alvord|galvord@cherrycreekdx.com", location="Microsoft Teams Meeting",
              description=body,
              extra="X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\n"
                    "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-DISALLOW-COUNTER:FALSE")
    hs = hdr(10, "Gregory Alvord <galvord@cherrycreekdx.com>",
             "Interview: Marcus Trujillo - Automation Engineer (Teams)", when, DEN,
             relay="NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2118.outbound.protection."
                   "outlook.com [40.107.100.118])",
             dom="PH0PR14MB5478.namprd14.prod.outlook.com",
             extra=(("Thread-Topic", "Interview: Marcus Trujillo - Automation Engineer (Teams)"),
                    ("Thread-Index", "AdtJ0q2cW8s4mRrVQZ+3n1kzXb0yAQ=="),
                    ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(cal, cte="base64")))


@mail(n(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-12-10T00:30:00Z", end="2026-12-10T01:15:00Z", contact="nadia.romero@acequialabs.io",
      company="Acequia Labs", local="Wed 2026-12-09 17:30", local_end="2026-12-09 18:15", zone=DEN,
      note="Google Calendar invitation, Wed 9 Dec 5:30pm-6:15pm MST (UTC-7) = 00:30-01:15Z on Thu 10 Dec (next "
           "day in UTC); both calendar parts agree; contact = organizer")
def m11():
    when = "2026-12-03 10:05"
    body = t("""
        Acequia Labs – Final interview (Marcus Trujillo)

        Hi Marcus — last step: 45 min with our CTO, Paul Ferreira. He's flying back from Lisbon that day, so
        late afternoon our time was the only slot that worked. Thanks for being flexible! — Nadia

        When
        Wednesday Dec 9, 2026 ⋅ 5:30pm – 6:15pm (Mountain Standard Time - Denver)

        Guests
        Nadia Romero - organizer
        Paul Ferreira
        marcus.trujillo@example.org

        Join with Google Meet
        meet.google.com/pfq-zxkc-anr

        Join by phone
        (US) +1 505-555-0199 PIN: 481 220 973#

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGRrN3Zq

        Reply for marcus.trujillo@example.org
        Yes  No  Maybe  More options https://calendar.google.com/calendar/event?action=RESPOND&eid=NGRrN3Zq

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future updates
        for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to
        the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    page = t("""
        <html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Acequia Labs – Final interview (Marcus Trujillo)</h2>
        <p>Hi Marcus — last step: 45 min with our CTO, Paul Ferreira. He&#39;s flying back from Lisbon that day, so late afternoon our time was the only slot that worked. Thanks for being flexible! — Nadia</p>
        <table><tr><td style="color:#70757a;padding-right:16px">When</td>
        <td>Wednesday Dec 9, 2026 ⋅ 5:30pm – 6:15pm (Mountain Standard Time - Denver)</td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Guests</td>
        <td><a href="mailto:nadia.romero@acequialabs.io">Nadia Romero</a> - organizer<br>Paul Ferreira<br>marcus.trujillo@example.org</td></tr></table>
        <p><a href="https://meet.google.com/pfq-zxkc-anr" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="4dk7vjq2r1m0s8b3c5e6n9p2ta@google.com",
              dtstamp=stamp(when, DEN), start="20261209T173000", end="20261209T181500", tzid=DEN,
              summary="Acequia Labs – Final interview (Marcus Trujillo)",
              organizer="Nadia Romero|nadia.romero@acequialabs.io",
              attendees=(("Paul Ferreira", "paul.ferreira@acequialabs.io"),),
              description="Hi Marcus — last step: 45 min with our CTO, Paul Ferreira.\n\nJoin with Google Meet: "
                          "https://meet.google.com/pfq-zxkc-anr",
              location="")
    hs = hdr(11, "Nadia Romero <nadia.romero@acequialabs.io>",
             "Invitation: Acequia Labs – Final interview (Marcus Trujillo) @ Wed Dec 9, 2026 5:30pm - 6:15pm "
             "(MST) (marcus.trujillo@example.org)", when, DEN,
             relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", dom="google.com",
             mid="<calendar-5b2f0c9e-1d7a-4e63-b8f4-3a9e61c0d7f2@google.com>",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "Nadia Romero <nadia.romero@acequialabs.io>")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                                 calendar(cal, cte="base64")),
                             calendar(cal, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T18:00:00Z", contact="skearney@harborpointinst.com",
      company="Harbor Point Instruments", local="Thu 2026-11-12 13:00", zone=NY,
      note="Recruiter mail with pasted Zoom invitation: 'Nov 12, 2026 01:00 PM Eastern Time' (EST, UTC-5) = "
           "18:00Z, also '11:00 AM for you' in MST and 'next Thursday' from Fri 6 Nov; no length, end null")
def m12():
    when = "2026-11-06 11:32"
    body = t("""
        Hi Marcus,

        Thanks for getting back to me so quickly. You're all set for your interview with Dev Raghunathan
        (Director, Automation Engineering) and Colleen Marsh (Staff Engineer) next Thursday. The Zoom details
        are below - I put it at 1:00 PM our time, which should be 11:00 AM for you in Albuquerque.

        They usually keep these conversational, but Dev likes to hear about one project end to end, so have
        the plate-handling story ready.

        Best,
        Siobhan

        Siobhan Kearney | Senior Technical Recruiter
        Harbor Point Instruments | Woburn, MA
        781-555-0164

        -----

        Siobhan Kearney is inviting you to a scheduled Zoom meeting.

        Topic: Harbor Point - Marcus Trujillo / Automation Engineering
        Time: Nov 12, 2026 01:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://harborpointinst.zoom.us/j/84412937701?pwd=bXlRT0xkZ2J5cUpYVnN0dz09

        Meeting ID: 844 1293 7701
        Passcode: 629184

        ---

        One tap mobile
        +13052241968,,84412937701#,,,,*629184# US
        +13092053325,,84412937701#,,,,*629184# US
        """)
    hs = hdr(12, "Siobhan Kearney <skearney@harborpointinst.com>",
             "Harbor Point - interview with our Automation team next Thursday", when, NY,
             relay="NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2092.outbound.protection."
                   "outlook.com [40.107.94.92])",
             dom="BL1PR17MB6129.namprd17.prod.outlook.com",
             extra=(("Thread-Topic", "Harbor Point - interview with our Automation team next Thursday"),
                    ("Content-Language", "en-US")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(13), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-11-19T18:00:00Z", end="2026-11-19T18:45:00Z", contact="dmitri.halvorsen@sunstonelab.com",
      company="Sunstone Analytical", local="Thu 2026-11-19 11:00", local_end="2026-11-19 11:45", zone=DEN,
      note="Workable confirmation, 11:00-11:45 AM (America/Denver) Thu 19 Nov, MST (UTC-7) = 18:00-18:45Z; ICS "
           "in UTC agrees; Reply-To is a Workable relay, contact = hiring manager address in the body")
def m13():
    when = "2026-11-13 09:45"
    body = t("""
        Hi Marcus,

        Your interview has been confirmed. Here are the details:

        Senior Lab Automation Engineer
        Thursday, November 19, 2026, 11:00 AM - 11:45 AM (America/Denver)
        On-site: Sunstone Analytical, 1720 Wazee St, Suite 400, Denver, CO 80202

        Interviewers:
        Dmitri Halvorsen (dmitri.halvorsen@sunstonelab.com)
        Amara Osei

        A note from Dmitri: "We'll cover your Hamilton and Tecan method-development work. If your flight
        from ABQ gets in late, text me at 303-555-0119."

        Replies to this email go to the Sunstone Analytical hiring team.

        Sunstone Analytical
        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#232f3e">
        <p>Hi Marcus,</p>
        <p>Your interview has been confirmed. Here are the details:</p>
        <div style="border:1px solid #dfe3e8;border-radius:4px;padding:12px">
        <div style="font-weight:bold">Senior Lab Automation Engineer</div>
        <div>Thursday, November 19, 2026, 11:00 AM - 11:45 AM (America/Denver)</div>
        <div>On-site: Sunstone Analytical, 1720 Wazee St, Suite 400, Denver, CO 80202</div>
        </div>
        <p><b>Interviewers:</b><br>Dmitri Halvorsen (<a href="mailto:dmitri.halvorsen@sunstonelab.com">dmitri.halvorsen@sunstonelab.com</a>)<br>Amara Osei</p>
        <p>A note from Dmitri: &quot;We&#39;ll cover your Hamilton and Tecan method-development work. If your flight from ABQ gets in late, text me at 303-555-0119.&quot;</p>
        <p style="color:#637381;font-size:12px">Replies to this email go to the Sunstone Analytical hiring team.<br>Sunstone Analytical &middot; Powered by Workable</p>
        </body></html>
        """)
    cal = ics(prodid="-//Workable//Workable Calendar//EN", uid="wk-evt-93b1c7d2f0e4@workable.com",
              dtstamp=stamp(when, DEN), start="20261119T180000Z", end="20261119T184500Z",
              summary="Interview with Sunstone Analytical - Senior Lab Automation Engineer",
              organizer="Sunstone Analytical|sunstone-analytical+b7e41c09a2@candidates.workablemail.com",
              location="1720 Wazee St, Suite 400, Denver, CO 80202")
    hs = hdr(13, "Sunstone Analytical <noreply@candidates.workablemail.com>",
             "Interview confirmed: Senior Lab Automation Engineer at Sunstone Analytical", when, DEN,
             relay="mail-b22.workablemail.com (mail-b22.workablemail.com [198.37.145.22])",
             dom="workablemail.com",
             extra=(("Reply-To",
                     "Sunstone Analytical <sunstone-analytical+b7e41c09a2@candidates.workablemail.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T17:00:00Z", end="2026-11-16T19:45:00Z", contact="tessa.lindqvist@arroyoautomation.com",
      company="Arroyo Automation", local="Mon 2026-11-16 09:00", local_end="2026-11-16 11:45", zone=LA,
      note="GoodTime virtual-onsite itinerary in Pacific Time (PST, UTC-8): 9:00-9:45, 10:00-10:45, 11:00-11:45 AM "
           "-> first start to last end 17:00-19:45Z; the Mountain line (10:00 AM-12:45 PM MST) agrees; "
           "contact = Reply-To coordinator")
def m14():
    when = "2026-11-10 12:20"
    body = t("""
        Hi Marcus,

        We're excited to confirm your virtual onsite for Senior Automation Engineer at Arroyo Automation.
        Your itinerary is below. All times are shown in Pacific Time (PT).

        Monday, November 16, 2026

        9:00 AM - 9:45 AM     Hiring Manager - Oscar Villanueva
        10:00 AM - 10:45 AM   Technical Deep Dive - Mei-Lin Ho
        11:00 AM - 11:45 AM   Cross-functional - Brandon Yates

        In your time zone (Mountain Time) that is 10:00 AM - 12:45 PM.

        Each session has its own Zoom link, which you'll find in the individual calendar invitations we
        sent to this address. Please join each session a couple of minutes early.

        If anything comes up, reply to this email and Tessa Lindqvist, your recruiting coordinator, will
        help.

        Best,
        Arroyo Automation Recruiting
        Pasadena, CA

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Marcus,</p>
        <p>We&#39;re excited to confirm your virtual onsite for <b>Senior Automation Engineer</b> at Arroyo Automation.
        Your itinerary is below. All times are shown in Pacific Time (PT).</p>
        <h3>Monday, November 16, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>9:00 AM - 9:45 AM</td><td>Hiring Manager</td><td>Oscar Villanueva</td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Technical Deep Dive</td><td>Mei-Lin Ho</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Cross-functional</td><td>Brandon Yates</td></tr>
        </table>
        <p style="color:#6b7280">In your time zone (Mountain Time) that is 10:00 AM - 12:45 PM.</p>
        <p>Each session has its own Zoom link, which you&#39;ll find in the individual calendar invitations we sent to this address. Please join each session a couple of minutes early.</p>
        <p>If anything comes up, reply to this email and Tessa Lindqvist, your recruiting coordinator, will help.</p>
        <p>Best,<br>Arroyo Automation Recruiting<br>Pasadena, CA</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = hdr(14, "Arroyo Automation <no-reply@goodtime.io>",
             "Your Virtual Onsite with Arroyo Automation - Monday, November 16", when, LA,
             relay="o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.134.3])", dom="goodtime.io",
             extra=(("Reply-To", "Tessa Lindqvist <tessa.lindqvist@arroyoautomation.com>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(15), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-24T17:00:00Z", end="2026-09-24T18:00:00Z", contact="vontiveros@labsierrablanca.com.mx",
      company="Laboratorios Sierra Blanca", local="Thu 2026-09-24 11:00", local_end="2026-09-24 12:00", zone=JRZ,
      note="Spanish recruiter mail (iso-8859-1, 8bit): 'jueves 24 de septiembre, 11:00 a 12:00 h, hora de Ciudad "
           "Juárez' = America/Ciudad_Juarez, on US DST rules, MDT (UTC-6) = 17:00-18:00Z; contact = sender")
def m15():
    when = "2026-09-21 10:15"
    body = t("""
        Estimado Marcus:

        Le escribo para confirmar su entrevista para la vacante de Ingeniero(a) de Automatización de
        Laboratorio en nuestra planta de Ciudad Juárez.

        Fecha: jueves 24 de septiembre de 2026
        Hora: 11:00 a 12:00 h (hora de Ciudad Juárez, la misma que en Albuquerque)
        Modalidad: videollamada por Microsoft Teams; le envío la liga el miércoles.
        Entrevistadores: Ing. Raúl Quiñones (Gerente de Ingeniería) y una servidora.

        La entrevista será en inglés y en español. No es necesario preparar una presentación, pero sí le
        pediremos que nos platique de algún proyecto de integración de robots que haya dirigido.

        Quedo atenta a cualquier duda.

        Saludos cordiales,

        Lic. Verónica Ontiveros
        Atracción de Talento | Laboratorios Sierra Blanca, S.A. de C.V.
        Tel. +52 656 555 0148
        """)
    hs = hdr(15, addr("Verónica Ontiveros", "vontiveros@labsierrablanca.com.mx", "iso-8859-1"),
             "Confirmación de entrevista – Ingeniero(a) de Automatización de Laboratorio", when, JRZ,
             relay="mx-out2.labsierrablanca.com.mx (mx-out2.labsierrablanca.com.mx [187.141.22.60])",
             dom="labsierrablanca.com.mx", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(16), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T16:30:00Z", contact="dale@summitbridgestaffing.com",
      company="Tijeras Advanced Materials", local="Thu 2026-12-03 09:30", zone=DEN,
      note="Agency recruiter's terse phone reply 'Thurs 930 works, locked in w the client' to the candidate's "
           "'Thursday at 9:30 AM or Friday after 1 PM (Mountain)' on Mon 30 Nov: Thu 3 Dec 9:30 AM MST (UTC-7) = "
           "16:30Z; '~30 min' approximate, end null; contact = recruiter, company = the client")
def m16():
    when = "2026-11-30 16:02"
    body = t("""
        Thurs 930 works, locked in w the client. Kyle Brandt (their eng mgr) will call ur cell, the 505 number on your resume. its a phone screen ~30 min, mostly about the pilot line

        Sent from my iPhone

        > On Nov 30, 2026, at 3:41 PM, Marcus Trujillo <marcus.trujillo@example.org> wrote:
        >
        > Hi Dale,
        >
        > Thanks for sending this over. I could do Thursday at 9:30 AM or Friday any time after 1 PM (Mountain).
        >
        > Marcus
        >
        >> On Nov 30, 2026, at 11:12 AM, Dale Pruitt <dale@summitbridgestaffing.com> wrote:
        >>
        >> Marcus - Tijeras Advanced Materials wants to talk to you this week about the automation role on their pilot line in Edgewood. what works for you?
        >>
        >> Dale Pruitt
        >> Summit Bridge Staffing
        """)
    hs = hdr(16, "Dale Pruitt <dale@summitbridgestaffing.com>", "Re: Tijeras Advanced Materials - automation eng",
             when, DEN, relay="mail-pl1-f177.google.com (mail-pl1-f177.google.com [209.85.214.177])",
             dom="summitbridgestaffing.com", mid="<7E2B6C1A-4F0D-4B8E-A9C3-51D2E07F6B84@summitbridgestaffing.com>",
             extra=(("In-Reply-To", "<A93F0B22-6D1E-4C57-8B40-2E9D7C1F3A65@example.org>"),
                    ("References", "<0F4C2D71-2B9A-4E63-9C18-7D5E3A0B6F29@summitbridgestaffing.com> "
                                   "<A93F0B22-6D1E-4C57-8B40-2E9D7C1F3A65@example.org>"),
                    ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@mail(n(17), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T20:00:00Z", end="2026-12-01T21:00:00Z", contact="jasmine.whitaker@lindenwoodmed.com",
      company="Lindenwood Medical", local="Tue 2026-12-01 15:00", local_end="2026-12-01 16:00", zone=NY,
      note="iCIMS confirmation, Tue 1 Dec 3:00-4:00 PM Eastern (EST, UTC-5) = 20:00-21:00Z; the Mountain line "
           "1:00-2:00 PM MST is the same instant; sender is the iCIMS relay, contact = recruiter in the body")
def m17():
    when = "2026-11-24 14:05"
    body = t("""
        Dear Marcus,

        Thank you for your interest in Lindenwood Medical. We are pleased to confirm your video interview
        for Automation Engineer II (Requisition 2026-3318).

        Date: Tuesday, December 1, 2026
        Time: 3:00 PM - 4:00 PM Eastern Time
        Format: Microsoft Teams (the link will follow from the hiring manager's calendar)
        Panel: Naomi Ferrell, Manager, Assembly Automation; Curtis Boone, Sr. Quality Engineer

        Please note the times above are Eastern Time. For candidates in Mountain Time this is
        1:00 PM - 2:00 PM.

        Should you have any questions, please contact your recruiter, Jasmine Whitaker, at
        jasmine.whitaker@lindenwoodmed.com.

        Sincerely,
        Talent Acquisition
        Lindenwood Medical | Raleigh, NC

        ---
        This email was sent on behalf of Lindenwood Medical by iCIMS. Please do not reply directly.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:10pt\">\n" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = hdr(17, "Lindenwood Medical <lindenwoodmedical@talent.icims.com>",
             "Interview Confirmation - Automation Engineer II (Req 2026-3318)", when, NY,
             relay="mta1.talent.icims.com (mta1.talent.icims.com [204.14.232.71])", dom="talent.icims.com")
    return message(hs, alt(text(body), html(page)))


@mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-10-09T17:30:00Z", end="2026-10-09T20:00:00Z", contact="wes.tallman@heliomesa.energy",
      company="Helio Mesa Solar", local="Fri 2026-10-09 10:30", local_end="2026-10-09 13:00", zone=PHX,
      days=(("Thu", "2026-10-08"),),
      note="Hiring manager (Outlook, windows-1252 QP) moves the onsite from Thu 10/8 9:00 AM to Fri 10/9 "
           "10:30 AM-1:00 PM Arizona time (MST, UTC-7, no DST) = 17:30-20:00Z; 'consider this confirmed'; "
           "contact = sender, not the cc'd recruiter")
def m18():
    when = "2026-10-05 07:55"
    body = t("""
        Hi Marcus,

        Thanks for picking up so early. As discussed, we’ve moved your onsite from this Thursday (10/8,
        9:00 AM) to Friday 10/9, 10:30 AM – 1:00 PM Arizona time. Line 2 is down for a retool on Thursday
        and I’d rather you see it running.

        Same place: 2401 W Broadway Rd, Tempe. Ask for me at the front desk. Lunch is on us.

        Corinne will send an updated calendar hold, but consider this confirmed.

        Wes
        —
        Wes Tallman
        Manufacturing Engineering Manager
        Helio Mesa Solar | Tempe, AZ
        480-555-0172
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Marcus,</p>
        <p class="MsoNormal">Thanks for picking up so early. As discussed, we’ve moved your onsite from this Thursday (10/8, 9:00 AM) to <b>Friday 10/9, 10:30 AM – 1:00 PM Arizona time</b>. Line 2 is down for a retool on Thursday and I’d rather you see it running.</p>
        <p class="MsoNormal">Same place: 2401 W Broadway Rd, Tempe. Ask for me at the front desk. Lunch is on us.</p>
        <p class="MsoNormal">Corinne will send an updated calendar hold, but consider this confirmed.</p>
        <p class="MsoNormal">Wes</p>
        <p class="MsoNormal">—<br>Wes Tallman<br>Manufacturing Engineering Manager<br>Helio Mesa Solar | Tempe, AZ<br>480-555-0172</p>
        </div></body></html>
        """)
    hs = hdr(18, "Wes Tallman <wes.tallman@heliomesa.energy>", "Onsite moved to Friday 10/9", when, PHX,
             relay="NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2104.outbound.protection."
                   "outlook.com [40.107.220.104])",
             dom="SN7PR19MB4310.namprd19.prod.outlook.com",
             cc="Corinne Vasquez <corinne.vasquez@heliomesa.energy>",
             extra=(("Thread-Topic", "Onsite moved to Friday 10/9"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(19), family="teamtailor", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T18:00:00Z", end="2026-11-02T19:00:00Z", contact="hanna.ekdahl@northlightfluidics.com",
      company="Northlight Fluidics", local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone=DEN,
      days=(("Wed", "2026-10-28"),),
      note="Teamtailor reschedule sent Mon 26 Oct (MDT): old Wed 28 Oct 11:00, new Mon 2 Nov 11:00 AM-12:00 PM "
           "America/Denver, the day after DST ends, so MST (UTC-7) = 18:00-19:00Z (same wall time, new offset); "
           "ICS SEQUENCE 1 agrees; contact = interviewer address in the body")
def m19():
    when = "2026-10-26 10:30"
    body = t("""
        Hi Marcus,

        Your interview for Automation Engineer – Microfluidics at Northlight Fluidics has been moved to a new
        time.

        New time: Monday, November 2, 2026, 11:00 AM – 12:00 PM (Mountain Time, America/Denver)
        Previous time: Wednesday, October 28, 2026, 11:00 AM – 12:00 PM

        Location: Video call (Google Meet). The link is in the calendar invitation.
        Interviewer: Hanna Ekdahl, Head of Engineering (hanna.ekdahl@northlightfluidics.com)

        Please note that clocks go back one hour on Sunday, November 1. The time above is already the new
        Mountain Standard Time.

        Kind regards,
        Northlight Fluidics

        Powered by Teamtailor
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff"><tr><td>
        <p>Hi Marcus,</p>
        <p>Your interview for <b>Automation Engineer – Microfluidics</b> at Northlight Fluidics has been moved to a new time.</p>
        <p><b>New time:</b> Monday, November 2, 2026, 11:00 AM – 12:00 PM (Mountain Time, America/Denver)<br>
        <span style="color:#8a8a8a"><b>Previous time:</b> Wednesday, October 28, 2026, 11:00 AM – 12:00 PM</span></p>
        <p><b>Location:</b> Video call (Google Meet). The link is in the calendar invitation.<br>
        <b>Interviewer:</b> Hanna Ekdahl, Head of Engineering (hanna.ekdahl@northlightfluidics.com)</p>
        <p>Please note that clocks go back one hour on Sunday, November 1. The time above is already the new Mountain Standard Time.</p>
        <p>Kind regards,<br>Northlight Fluidics</p>
        <p style="font-size:11px;color:#b0b0b0">Powered by Teamtailor</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    cal = ics(prodid="-//Teamtailor//Teamtailor Interviews//EN", uid="tt-interview-2218457@teamtailor.com",
              dtstamp=stamp(when, DEN), start="20261102T110000", end="20261102T120000", tzid=DEN, seq=1,
              summary="Interview: Marcus Trujillo / Northlight Fluidics",
              organizer="Hanna Ekdahl|hanna.ekdahl@northlightfluidics.com",
              location="https://meet.google.com/hnx-rqaw-tdf")
    hs = hdr(19, "Northlight Fluidics <no-reply@teamtailor-mail.com>", "Your interview has been rescheduled",
             when, DEN, relay="m44-118.mailgun.net (m44-118.mailgun.net [69.72.44.118])", dom="teamtailor-mail.com",
             extra=(("Reply-To", "Northlight Fluidics <reply+c5a2e8f1@inbound.teamtailor-mail.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, filename="interview.ics", disposition="attachment")))


@mail(n(20), family="taleo", lang="en", interview=True, kind="rescheduled",
      start="2026-11-12T15:30:00Z", end="2026-11-12T17:30:00Z", contact="lyazzie@jornadatech.com",
      company="Jornada Technical Services", local="Thu 2026-11-12 08:30", local_end="2026-11-12 10:30", zone=DEN,
      days=(("Tue", "2026-11-10"),),
      note="Candidate forwards (message/rfc822) a Taleo schedule change from his old address: old Tue 11/10 1:00 PM, "
           "new Thu 11/12 8:30 AM MST (UTC-7) = 15:30Z, 'Duration: 2 hours' -> 17:30Z; contact = recruiter in "
           "the forwarded body, never the candidate's own addresses")
def m20():
    inner_when = "2026-11-06 16:12"
    inner_body = t("""
        Dear Marcus Trujillo,

        Due to a scheduling conflict, your interview for the position of Automation Systems Engineer
        (Requisition 2600487) has been rescheduled.

        Original date and time: Tuesday, 11/10/2026, 1:00 PM Mountain Standard Time
        New date and time:      Thursday, 11/12/2026, 8:30 AM Mountain Standard Time
        Duration:               2 hours
        Location:               Jornada Technical Services, Visitor Center
                                120 Camino Entrada, Santa Fe, NM 87507

        Please bring two forms of identification for badging. Escort is required at all times beyond the
        Visitor Center.

        If you have questions, please contact Lorraine Yazzie, Recruiter, at lyazzie@jornadatech.com.

        Jornada Technical Services is an Equal Opportunity Employer.

        This is an automated message. Please do not reply.
        """)
    inner = message([
        ("From", "Jornada Technical Services <no-reply@taleo.net>"),
        ("To", "mtrujillo.abq@example.net"),
        ("Subject", "Interview Schedule Change - Automation Systems Engineer (2600487)"),
        ("Date", date(inner_when, DEN)),
        ("Message-ID", "<1707231645.88213.1794179520000.JavaMail.taleo@tlx2-prd-app14>"),
    ], text(inner_body, charset="iso-8859-1", cte="7bit"))
    when = "2026-11-06 19:48"
    note = t("""
        fwd to my main inbox - Jornada still has the old yahoo address on file. need to update my profile.

        -M
        """)
    hs = hdr(20, "Marcus Trujillo <mtrujillo.abq@example.net>",
             "Fwd: Interview Schedule Change - Automation Systems Engineer (2600487)", when, DEN,
             relay="sonic317-24.consmr.mail.example.net (sonic317-24.consmr.mail.example.net [74.6.131.88])",
             dom="mail.example.net")
    return message(hs, mixed(text(note, cte="7bit", charset="us-ascii"),
                             attached_message(inner, filename="Interview Schedule Change.eml")))


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-10-01T17:00:00Z", end="2026-10-01T18:00:00Z", contact="rfairweather@tidewellbio.com",
      company="Tidewell Bio", local="Thu 2026-10-01 10:00", local_end="2026-10-01 11:00", zone=LA,
      note="Google Calendar 'Canceled event' (METHOD:CANCEL) for the panel Thu 1 Oct 10am-11am PDT (UTC-7) = "
           "17:00-18:00Z; the note says hiring is paused, no new time; contact = organizer")
def m21():
    when = "2026-09-28 13:10"
    body = t("""
        This event has been canceled and removed from your calendar.

        Marcus - I'm so sorry about this. We've paused hiring for this role until Q1 while we finish a
        reorg. Jonah will follow up by email. - Rebecca

        Tidewell Bio – Automation Engineer panel (Marcus Trujillo)

        When
        Thursday Oct 1, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)

        Guests
        Rebecca Fairweather - organizer
        Jonah Whitcomb
        marcus.trujillo@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">This event has been canceled and removed from your calendar.</p>
        <p>Marcus - I&#39;m so sorry about this. We&#39;ve paused hiring for this role until Q1 while we finish a reorg. Jonah will follow up by email. - Rebecca</p>
        <h2 style="font-weight:400;text-decoration:line-through">Tidewell Bio – Automation Engineer panel (Marcus Trujillo)</h2>
        <p><span style="color:#70757a">When</span><br>Thursday Oct 1, 2026 ⋅ 10am – 11am (Pacific Time - Los Angeles)</p>
        <p><span style="color:#70757a">Guests</span><br>Rebecca Fairweather - organizer<br>Jonah Whitcomb<br>marcus.trujillo@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", uid="7q2ht0c9m4vb1k8s6d3fne5g0r@google.com",
              dtstamp=stamp(when, LA), start="20261001T100000", end="20261001T110000", tzid=LA,
              method="CANCEL", status="CANCELLED", seq=2,
              summary="Tidewell Bio – Automation Engineer panel (Marcus Trujillo)",
              organizer="Rebecca Fairweather|rfairweather@tidewellbio.com",
              attendees=(("Jonah Whitcomb", "jonah.whitcomb@tidewellbio.com"),))
    hs = hdr(21, "Rebecca Fairweather <rfairweather@tidewellbio.com>",
             "Canceled event: Tidewell Bio – Automation Engineer panel (Marcus Trujillo) @ Thu Oct 1, 2026 "
             "10am - 11am (PDT) (marcus.trujillo@example.org)", when, LA,
             relay="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", dom="google.com",
             mid="<calendar-0e7d4b2a-93c1-4f58-a6e2-8b1f5c3d9a07@google.com>",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", "Rebecca Fairweather <rfairweather@tidewellbio.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(cal, method="CANCEL", cte="base64")),
                             calendar(cal, method="CANCEL", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-10-29T15:00:00Z", contact="marisol.chee@crestonesemi.com",
      company="Crestone Semiconductor", local="Thu 2026-10-29 09:00", zone=DEN,
      note="Recruiter cancels the final round 'this Thursday, October 29 at 9:00 AM' (MDT, UTC-6, before the 1 Nov "
           "change) = 15:00Z; requisition on hold, no new time; no length given, end null; contact = sender")
def m22():
    when = "2026-10-26 11:47"
    body = t("""
        Hi Marcus,

        I’m sorry to do this by email, but I have to cancel your final-round interview with our VP of
        Operations this Thursday, October 29 at 9:00 AM. The Equipment Automation Engineer requisition was
        put on hold this morning as part of a company-wide hiring freeze, and I don’t have a date for when
        it will reopen.

        The panel’s feedback from the 19th was really strong. If the role comes back, you’ll be my first
        call, and I’d be glad to keep you in mind for anything else that opens at Fab 2.

        Again, I’m sorry.

        Marisol

        Marisol Chee | Talent Acquisition Partner
        Crestone Semiconductor | Rio Rancho, NM
        """)
    hs = hdr(22, "Marisol Chee <marisol.chee@crestonesemi.com>", "Final round Thursday - cancelling", when, DEN,
             relay="mx0b-crestonesemi.pphosted.com (mx0b-crestonesemi.pphosted.com [148.163.139.77])",
             dom="crestonesemi.com")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(23), family="lever", lang="en", interview=True, kind="cancelled",
      start="2026-12-08T17:00:00Z", end="2026-12-08T17:45:00Z", contact="dara.feldman@kivabio.com",
      company="Kiva Biosystems", local="Tue 2026-12-08 12:00", local_end="2026-12-08 12:45", zone=NY,
      note="Lever cancellation of Tue 8 Dec 12:00-12:45 PM EST (UTC-5) = 17:00-17:45Z, METHOD:CANCEL ICS in UTC; "
           "'Dara will be in touch to find a new time' gives no new time; contact = Reply-To")
def m23():
    when = "2026-12-03 09:20"
    body = t("""
        Hi Marcus,

        Your interview for Automation Scientist, Cell Therapy at Kiva Biosystems has been canceled:

        Tuesday, December 8, 2026
        12:00 PM – 12:45 PM EST

        Dara Feldman will be in touch to find a new time that works. We apologize for any inconvenience.

        Kiva Biosystems · Brooklyn, NY
        Powered by Lever
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#3c4257">
        <p>Hi Marcus,</p>
        <p>Your interview for <strong>Automation Scientist, Cell Therapy</strong> at Kiva Biosystems has been canceled:</p>
        <div style="border-left:4px solid #e25950;padding:8px 16px;margin:16px 0">
        <div style="font-weight:600;text-decoration:line-through">Tuesday, December 8, 2026</div>
        <div style="text-decoration:line-through">12:00 PM – 12:45 PM EST</div>
        </div>
        <p>Dara Feldman will be in touch to find a new time that works. We apologize for any inconvenience.</p>
        <p style="font-size:11px;color:#a3acb9">Kiva Biosystems &middot; Brooklyn, NY<br>Powered by Lever</p>
        </body></html>
        """)
    cal = ics(prodid="-//Lever//Lever Interview//EN", uid="lever-interview-3b7f0a91-5d2c-4e8a-b1f6-90c2e4d7a318",
              dtstamp=stamp(when, NY), start="20261208T170000Z", end="20261208T174500Z",
              method="CANCEL", status="CANCELLED", seq=1,
              summary="Interview with Kiva Biosystems (Automation Scientist, Cell Therapy)",
              organizer="Dara Feldman|dara.feldman@kivabio.com")
    hs = hdr(23, "Kiva Biosystems <no-reply@hire.lever.co>", "Your interview with Kiva Biosystems has been canceled",
             when, NY, relay="mail-a09.hire.lever.co (mail-a09.hire.lever.co [198.2.180.39])", dom="hire.lever.co",
             extra=(("Reply-To", "Dara Feldman <dara.feldman@kivabio.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="en", interview=False, company=None, days=(("Tue", "2026-11-17"),),
      note="Unemployment-office RESEA appointment with a fixed time (Tue 11/17 10:00 AM) that the letter even "
           "calls an 'interview' with a workforce specialist: not a job interview")
def m24():
    when = "2026-11-09 08:02"
    body = t("""
        NOTICE OF REQUIRED APPOINTMENT
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: MARCUS TRUJILLO
        Claimant ID: ****-**-4471

        You have been selected to take part in the RESEA program. You are required to attend a one-on-one
        interview with a Workforce Specialist.

        Appointment date: Tuesday, 11/17/2026
        Appointment time: 10:00 AM (Mountain Time)
        Location: Rio Grande Workforce Office - Albuquerque Center, 501 Mountain Rd NE, Room 4

        Please bring:
          - a photo ID
          - your work search log for the last four weeks
          - a current resume

        If you cannot attend because you are working or have a job interview at the same time, call
        505-555-0110 before the appointment to reschedule. Failure to attend without good cause may result
        in a denial of benefits.

        This message was sent from an unmonitored mailbox. Do not reply.
        Rio Grande Workforce Office - Unemployment Insurance Division
        """)
    hs = hdr(24, "Rio Grande Workforce Office <no-reply@rgwo-ui.example.org>",
             "Appointment Scheduled: RESEA - Tue 11/17/2026 10:00 AM", when, DEN,
             relay="smtp-relay.rgwo-ui.example.org (smtp-relay.rgwo-ui.example.org [192.0.2.61])",
             dom="rgwo-ui.example.org")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(25), family="press_interview", lang="en", interview=False, company=None, days=(("Mon", "2026-11-02"),),
      note="A newspaper reporter confirms a phone interview with the candidate (Mon Nov 2, 10 AM) about his "
           "employer's lab closure: a fixed time, but press, not a job interview")
def m25():
    when = "2026-10-29 16:30"
    body = t("""
        Hi Marcus,

        Thanks again for agreeing to talk with me for our story on the Petroglyph lab closure. Confirming
        Monday, Nov. 2 at 10 a.m. - I'll call you at the number you sent. It should take about 20 minutes.

        As I mentioned, you can go off the record at any point, just say so. I'd mostly like to hear what
        the closure means for the people who ran the automated testing lines, and how the job search has
        been so far.

        Jenna

        Jenna Okafor
        Business reporter, Albuquerque Sentinel
        505-555-0151 | @jokafor_news
        """)
    hs = hdr(25, "Jenna Okafor <jokafor@abqsentinel.com>", "Re: interview for our story on the PCL lab closure",
             when, DEN, relay="mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])",
             dom="mail.gmail.com", mid="<CAF3r8k_Zq0p9xUe2Lw4mNcV7bH1sYdTg@mail.gmail.com>",
             extra=(("In-Reply-To", "<5B0C7E91-3A2D-4F6B-8C14-9E7A2D0F1B36@example.org>"),))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@mail(n(26), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Graduate-school admission interview (Master of Engineering Management) confirmed for Fri Nov 20, "
           "1:00 PM MT: a fixed time, but admission, not employment")
def m26():
    when = "2026-11-13 11:00"
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <p>Dear Marcus,</p>
        <p>Thank you for scheduling your admissions interview for the <b>Master of Engineering Management (MEM)</b>
        program, Spring 2027 cohort. Your interview is confirmed:</p>
        <p style="margin-left:20px">Friday, November 20, 2026<br>1:00 PM Mountain Time<br>
        Zoom (the link will be sent 24 hours before)<br>Interviewer: Prof. Alan Whitfield, Program Director</p>
        <p>The conversation lasts about 30 minutes and covers your professional goals and why the MEM program is a
        fit. There is nothing to prepare, but please have your resume at hand.</p>
        <p>Warm regards,<br>Office of Graduate Admissions<br>Sangre de Cristo University, Santa Fe</p>
        <p style="font-size:11px;color:#777">You are receiving this message because you started an application. Sent via Slate.</p>
        </body></html>
        """)
    hs = hdr(26, "SDCU Graduate Admissions <gradadmissions@sdcu.example.edu>",
             "Your MEM admissions interview is confirmed - Friday, November 20", when, DEN,
             relay="mta3.technolutions.net (mta3.technolutions.net [205.201.137.3])", dom="sdcu.example.edu")
    return message(hs, html(page))


@mail(n(27), family="sports_tryout", lang="en", interview=False, company=None, days=(("Sat", "2026-09-26"),),
      note="Adult soccer club try-out on Sat Sep 26 at 9 AM (the coach calls it 'a 90-minute job interview on "
           "grass'): fixed time, not a job interview")
def m27():
    when = "2026-09-20 18:45"
    body = t("""
        Hi Marcus,

        Thanks for signing up for the Duke City Rovers over-30 try-outs! Here are the details:

        Saturday, September 26, 2026
        Check-in 8:30 AM, try-out 9:00 - 10:30 AM
        Los Altos Park, Field 3 (north lot)

        Bring cleats, shin guards, water, and both a light and a dark shirt. Coach Ibarra likes to say it's a
        90-minute job interview on grass, so come ready to run :)

        Roster decisions go out by Wednesday night. Season fees are due at the first practice.

        See you on the field,
        Duke City Rovers FC

        --
        You're receiving this because you registered on ClubHub. Manage notifications in the app.
        """)
    hs = hdr(27, "Duke City Rovers FC <no-reply@clubhub-mail.example.com>",
             "Try-out confirmed: Over-30 Men's Team - Sat Sep 26", when, DEN,
             relay="o2.clubhub-mail.example.com (o2.clubhub-mail.example.com [198.51.100.27])",
             dom="clubhub-mail.example.com")
    return message(hs, text(body, charset="utf-8", cte="8bit"))


@mail(n(28), family="car_service", lang="en", interview=False, company=None, days=(("Tue", "2026-10-13"),),
      note="Dealer service appointment Tue Oct 13 7:30 AM with an ICS (RFC 2047 sender name, base64 HTML): "
           "a confirmed time, not an interview")
def m28():
    when = "2026-10-07 17:22"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center" cellpadding="16"><tr><td>
        <h2 style="color:#0b3d91">Your service appointment is confirmed</h2>
        <p>Hi Marcus,</p>
        <p>Thank you for scheduling with Montaño Motors Service.</p>
        <p><b>Date:</b> Tue, Oct 13, 2026<br><b>Drop-off time:</b> 7:30 AM<br>
        <b>Vehicle:</b> 2017 Subaru Outback 2.5i (VIN ending 40517)<br>
        <b>Services:</b> 60,000-mile maintenance, rear wiper replacement<br>
        <b>Service advisor:</b> Frank Lujan</p>
        <p>Shuttle service is available within 10 miles. Estimated completion: 2:00 PM.</p>
        <p><a href="https://service.montanomotors.example.com/appt/88314">Reschedule or cancel</a></p>
        <p style="font-size:12px;color:#666">Montaño Motors &middot; 7700 Lomas Blvd NE, Albuquerque, NM</p>
        </td></tr></table></body></html>
        """)
    cal = ics(prodid="-//DealerConnect//Service Scheduler//EN", uid="svc-88314@montanomotors.example.com",
              dtstamp=stamp(when, DEN), start="20261013T073000", end="20261013T080000", tzid=DEN,
              summary="Service appointment - 2017 Subaru Outback",
              organizer="Montano Motors Service|service@montanomotors.example.com",
              location="7700 Lomas Blvd NE, Albuquerque, NM")
    hs = hdr(28, addr("Montaño Motors Service", "service@montanomotors.example.com"),
             "Service Appointment Confirmation - Tue, Oct 13 at 7:30 AM", when, DEN,
             relay="mail.dealerconnect.example.net (mail.dealerconnect.example.net [203.0.113.28])",
             dom="montanomotors.example.com")
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(cal, filename="appointment.ics", disposition="attachment")))


@mail(n(29), family="mock_interview", lang="en", interview=False, company=None, days=(("Wed", "2026-10-07"),),
      note="Career coach confirms a paid mock interview (Wed Oct 7, 6 PM) to rehearse the real Kestrel Ridge "
           "panel: fixed time, practice, not a job interview")
def m29():
    when = "2026-10-01 12:15"
    body = t("""
        Hi Marcus,

        Confirmed: mock interview + feedback, Wednesday Oct 7 at 6:00 PM, on Zoom (same link as last time).

        Since your real panel at Kestrel Ridge moved to next Tuesday, this is good timing. I'll play the
        hiring manager for the first 40 minutes, then we'll spend 20 on feedback. Please send me the job
        description and your two best project stories by Monday.

        Invoice for the 3-session package is attached to my earlier email.

        Renee

        Renee Castillo, ACC
        High Desert Career Coaching
        renee@highdesertcareercoaching.com
        """)
    hs = hdr(29, "Renee Castillo <renee@highdesertcareercoaching.com>",
             "Confirmed: mock interview + feedback, Wed Oct 7 @ 6 PM", when, DEN,
             relay="p-east2-cluster3-host6-snip4-3.eps.apple.com (p-east2-cluster3-host6-snip4-3.eps.apple.com "
                   "[57.103.88.13])",
             dom="highdesertcareercoaching.com", mid="<8D4B1F0E-62A7-4C3D-9B58-0E1A7F2C6D94@highdesertcareercoaching.com>",
             extra=(("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),))
    return message(hs, text(body, charset="us-ascii", cte="7bit", params="format=flowed"))


@mail(n(30), family="proposed_times", lang="en", interview=False, company="Alpine Vista Biologics",
      days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")),
      note="Agency recruiter proposes two interview slots ('Would Tuesday 11/24 at 10:00 AM MT or Wednesday "
           "11/25 at 2:00 PM MT work?') and will send an invite once the candidate picks: not yet confirmed; "
           "company = the hiring client")
def m30():
    when = "2026-11-16 09:40"
    body = t("""
        Hi Marcus,

        Great news - the hiring manager at Alpine Vista Biologics (Boulder) reviewed your resume and would
        like to interview you for the Controls Engineer, Fill-Finish role.

        Would Tuesday 11/24 at 10:00 AM MT or Wednesday 11/25 at 2:00 PM MT work for you? It would be a
        45-minute video call with Priya Natesan (Director of Engineering) and one of her leads.

        Once you let me know which works, I'll send over the calendar invite and a prep sheet.

        Thanks!
        Brianna

        Brianna Koch | Senior Recruiter
        Front Range Tech Search | Denver, CO
        720-555-0138
        """)
    hs = hdr(30, "Brianna Koch <bkoch@frontrangetechsearch.com>",
             "Interview request - Controls Engineer w/ Alpine Vista Biologics", when, DEN,
             relay="NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2091.outbound.protection."
                   "outlook.com [40.107.96.91])",
             dom="DM8PR11MB5702.namprd11.prod.outlook.com")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(31), family="forwarded_other", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="A friend forwards HER OWN Greenhouse confirmation (Thu Oct 15, 1:00-2:00 PM MDT, with ICS) as an "
           "attached message, for information: a confirmed interview, but not the candidate's")
def m31():
    inner_when = "2026-10-09 15:30"
    inner_body = t("""
        Hi Jolene,

        Thank you for your interest in Kestrel Ridge Scientific! This email confirms your interview for
        the Process Engineer position.

        Date: Thursday, October 15, 2026
        Time: 1:00 PM - 2:00 PM MDT
        Location: Kestrel Ridge Scientific, Building 3 Lobby
                  1500 Innovation Pkwy SE, Albuquerque, NM 87123

        Please bring a government-issued photo ID.

        Best,
        Alana Begay
        Recruiting Coordinator | Kestrel Ridge Scientific
        """)
    cal = ics(prodid="-//Greenhouse Software//Greenhouse//EN", uid="gh-interview-49102266@greenhouse.io",
              dtstamp=stamp(inner_when, DEN), start="20261015T130000", end="20261015T140000", tzid=DEN,
              summary="Interview: Jolene Harjo - Process Engineer (Kestrel Ridge Scientific)",
              organizer="Alana Begay|alana.begay@kestrelridgesci.com",
              location="Building 3 Lobby, 1500 Innovation Pkwy SE, Albuquerque, NM 87123")
    cal = cal.replace("CN=Marcus Trujillo:mailto:marcus.trujillo@example.org",
                      "CN=Jolene Harjo:mailto:jolene.harjo@example.com")
    inner = message([
        ("From", "Kestrel Ridge Scientific <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Alana Begay <alana.begay@kestrelridgesci.com>"),
        ("To", "Jolene Harjo <jolene.harjo@example.com>"),
        ("Subject", "Interview Confirmation: Process Engineer at Kestrel Ridge Scientific"),
        ("Date", date(inner_when, DEN)),
        ("Message-ID", "<c0a9d61e7b3f45a28e11@us.greenhouse-mail.io>"),
    ], mixed(text(inner_body), calendar(cal, filename="invite.ics", disposition="attachment")))
    when = "2026-10-10 10:20"
    note = t("""
        Hey Marcus!

        Look who else is interviewing at Kestrel Ridge lol. Mine's Thursday, same building as yours. Did the
        badging take forever? And any tips for Alana's panel? Forwarding so you can see which people I got.

        Coffee after? I owe you one from the Petroglyph days.

        J
        """)
    hs = hdr(31, "Jolene Harjo <jolene.harjo@example.com>",
             "Fwd: Interview Confirmation: Process Engineer at Kestrel Ridge Scientific", when, DEN,
             relay="mail-qk1-f171.google.com (mail-qk1-f171.google.com [209.85.222.171])",
             dom="mail.gmail.com", mid="<CAH9sP0m2Lq_Rt7vXo1wE4bZk8uJdN3fA@mail.gmail.com>")
    return message(hs, mixed(text(note, cte="7bit", charset="us-ascii"),
                             attached_message(inner, filename="Interview Confirmation.eml")))


@mail(n(32), family="exit_interview", lang="en", interview=False, company="Petroglyph Clinical Laboratories",
      days=(("Tue", "2026-10-27"),),
      note="Exchange meeting request from the current employer's HR for the candidate's exit interview (Tue Oct 27 "
           "2:00-2:30 PM, TZID Mountain Standard Time): fixed time, leaving a job, not applying for one")
def m32():
    when = "2026-10-21 14:00"
    body = t("""
        When: Tuesday, October 27, 2026 2:00 PM-2:30 PM (UTC-07:00) Mountain Time (US & Canada).
        Where: HR Conference Room B / Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Marcus,

        As part of the lab closure transition, we'd like to hold a short exit interview before your last
        day on October 30. I'm sending this to your personal address too, since work accounts are switched
        off at the end of the last day.

        Topics: your experience on the automated testing team, your benefits continuation (COBRA), and
        returning your badge and laptop.

        Thank you for everything,
        Denise Padilla
        HR Business Partner | Petroglyph Clinical Laboratories
        """)
    cal = ics(prodid="Microsoft Exchange Server 2010", uid="040000008200E00074C5B7101A82E0080000000090A4E1D3C361DC01",
              dtstamp=stamp(when, DEN), start="20261027T140000", end="20261027T143000",
              tzid="Mountain Standard Time", summary="Exit Interview - Marcus Trujillo",
              organizer="Denise Padilla|dpadilla@petroglyphlabs.com",
              location="HR Conference Room B / Microsoft Teams Meeting",
              attendees=(("Marcus Trujillo (work)", "mtrujillo@petroglyphlabs.com"),))
    hs = hdr(32, "Denise Padilla <dpadilla@petroglyphlabs.com>", "Exit Interview - Marcus Trujillo", when, DEN,
             to="Marcus Trujillo <mtrujillo@petroglyphlabs.com>, Marcus Trujillo <marcus.trujillo@example.org>",
             relay="NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2133.outbound.protection."
                   "outlook.com [40.107.237.133])",
             dom="CY5PR20MB4926.namprd20.prod.outlook.com",
             extra=(("Thread-Topic", "Exit Interview - Marcus Trujillo"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@mail(n(33), family="interviewer_panel", lang="en", interview=False, company="Petroglyph Clinical Laboratories",
      days=(("Tue", "2026-09-29"),),
      note="Candidate forwards to himself (inline) his current employer's Greenhouse notice that HE interviews a "
           "candidate, Priya Raman, Tue Sep 29 1:00-1:45 PM MDT: he is the interviewer, not the interviewee")
def m33():
    when = "2026-09-22 10:00"
    body = t("""
        putting this on my personal calendar, work outlook keeps eating invites

        ---------- Forwarded message ---------
        From: Greenhouse <no-reply@greenhouse.io>
        Date: Tue, Sep 22, 2026 at 9:41 AM
        Subject: You're scheduled to interview Priya Raman for Automation Technician
        To: <mtrujillo@petroglyphlabs.com>


        Hi Marcus,

        You've been scheduled to interview a candidate.

        Candidate: Priya Raman
        Job: Automation Technician (Req 1142)
        Interview: Technical Interview - Liquid Handling
        When: Tuesday, September 29, 2026, 1:00 PM - 1:45 PM MDT
        Where: Lab 2 conference room

        Your interview kit, including the scorecard and suggested questions, is here:
        https://app.greenhouse.io/guides/8831207/people/55710934

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Petroglyph Clinical Laboratories Recruiting
        """)
    hs = hdr(33, "Marcus Trujillo <mtrujillo@petroglyphlabs.com>",
             "Fwd: You're scheduled to interview Priya Raman for Automation Technician", when, DEN,
             relay="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2128.outbound.protection."
                   "outlook.com [40.107.243.128])",
             dom="CY5PR20MB4926.namprd20.prod.outlook.com")
    return message(hs, text(body))


@mail(n(34), family="customer_discovery", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Startup books a paid 30-minute 'customer discovery interview' with the candidate as a lab-automation "
           "user (Thu Oct 22, 11:00 AM MT / 10 AM PT): fixed time, but he is the interviewee as a customer")
def m34():
    when = "2026-10-15 13:00"
    body = t("""
        Hi Marcus,

        Thanks so much for replying to my post in the lab automation forum! I've booked our 30-minute
        customer discovery interview for Thursday, Oct 22 at 11:00 AM MT (10:00 AM PT). Here's the Zoom:
        https://us06web.zoom.us/j/81930046628

        To be clear, we're not hiring (yet!) - we're two founders trying to understand how automation
        engineers schedule instrument time and hand off methods between shifts. There are no wrong answers
        and we won't try to sell you anything. As promised, you'll get a $100 gift card afterwards.

        Thanks,
        Ilana Brooks
        Co-founder, Benchwise
        """)
    hs = hdr(34, "Ilana Brooks <ilana@benchwise.io>", "Confirmed: Benchwise customer interview, Thu 10/22",
             when, LA, relay="mail-io1-f45.google.com (mail-io1-f45.google.com [209.85.166.45])",
             dom="mail.gmail.com", mid="<CAO2wE5n_Kp8tR1yLq0vZx3cH7mBdU4sg@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(35), family="reference_call", lang="en", interview=False, company=None, days=(("Mon", "2026-11-09"),),
      note="Another employer books a reference call in which the candidate vouches for a former colleague "
           "(Mon Nov 9, 4:00 PM Mountain): fixed time, but not his interview; company null (not his employer "
           "or prospective employer)")
def m35():
    when = "2026-11-04 15:10"
    body = t("""
        Dear Marcus,

        Thank you for agreeing to serve as a reference for Tomás Gallegos, who is a finalist for our Senior
        Automation Technician position.

        I have us down for Monday, November 9 at 4:00 PM Mountain. I'll call you at 505-555-0193. It's a
        structured reference interview of about 20 minutes: how you worked with Tomás, his strengths, and
        areas for growth. Everything you share is kept confidential.

        If the time no longer works, just reply and we'll find another.

        Best regards,
        Carla Reyes
        People Operations | Mogollon Instruments, Las Cruces NM
        """)
    hs = hdr(35, "Carla Reyes <creyes@mogollon-instruments.com>",
             "Reference check for Tomás Gallegos - Mon 11/9 at 4 PM", when, DEN,
             relay="mail-mx.mogollon-instruments.com (mail-mx.mogollon-instruments.com [198.51.100.35])",
             dom="mogollon-instruments.com")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(36), family="personio", lang="en", interview=False, company="Grünfeld Lab Systems",
      days=(("Fri", "2026-10-02"),),
      note="Personio rejection after an interview that already took place (Fri Oct 2): names a past date, no "
           "future interview; RFC 2047 sender name")
def m36():
    when = "2026-10-16 08:05"
    body = t("""
        Dear Marcus Trujillo,

        Thank you for your application as Automation Engineer (m/f/d) - Denver and for taking the time to
        speak with our team on Friday, October 2.

        After careful consideration we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was not an easy decision.

        We will keep your details in our talent pool for 12 months, unless you tell us otherwise.

        We wish you every success in your search.

        Kind regards
        Grünfeld Lab Systems Inc. - People & Culture
        Denver, CO | A company of the Grünfeld Group, Heidelberg

        This email was sent via Personio.
        """)
    hs = hdr(36, addr("Grünfeld Lab Systems Inc.", "no-reply@mail.personio.de"),
             "Your application as Automation Engineer (m/f/d) - Denver", when, DEN,
             relay="mail-out-eu3.personio.de (mail-out-eu3.personio.de [185.212.44.3])", dom="mail.personio.de")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(37), family="offer", lang="en", interview=False, company="Turquoise Trail Studios",
      note="Offer letter (PDF attached) with a call 'Friday at 10' to go over it: a fixed-time call with the "
           "hiring company, but an offer discussion, not an interview")
def m37():
    when = "2026-11-10 16:40"
    body = t("""
        Hi Marcus,

        I'm thrilled to send over our offer for the Camera Robotics Technician role at Turquoise Trail
        Studios - Ray and the whole camera department loved meeting you. The letter is attached and
        includes the pay rate, the union details, and the start date we talked about (January 4).

        Can we hop on a call Friday at 10 to go over it and answer any questions? I'll call your cell.

        Please don't sign anything until we've talked through the overtime section - it's a little
        different from a lab job.

        Best,
        Dee

        Dee Lucero
        Production Operations Manager
        Turquoise Trail Studios | Albuquerque, NM
        """)
    pdf = b"%PDF-1.4\n% Turquoise Trail Studios offer letter (placeholder)\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
    att = raw_part([("Content-Type", 'application/pdf; name="TTS_Offer_Marcus_Trujillo.pdf"'),
                    ("Content-Disposition", 'attachment; filename="TTS_Offer_Marcus_Trujillo.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   base64.encodebytes(pdf).decode("ascii"))
    hs = hdr(37, "Dee Lucero <dee.lucero@turquoisetrailstudios.com>",
             "Offer - Camera Robotics Technician", when, DEN,
             relay="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
             dom="mail.gmail.com", mid="<CAJ7pQx5mZ0_tN2bW8r1Kv6eYdHq3LsFo@mail.gmail.com>")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(n(38), family="recruitee", lang="en", interview=False, company="Saltgrass Robotics",
      note="Recruitee application receipt: 'if your profile matches, we'll invite you for a first interview' - "
           "no interview arranged")
def m38():
    when = "2026-09-09 20:14"
    body = t("""
        Hi Marcus,

        Thank you for applying for the Robotics Integration Engineer (Austin, TX / Remote US) position at
        Saltgrass Robotics. We've received your application and our team will review it within five
        business days.

        If your profile matches what we're looking for, we'll invite you for a first interview with our
        engineering team. Either way, we'll let you know.

        In the meantime, check out what we build: https://saltgrassrobotics.example.com/stories

        Cheers,
        The Saltgrass Robotics team

        Sent with Recruitee
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#243547;font-size:14px">
        <p>Hi Marcus,</p>
        <p>Thank you for applying for the <b>Robotics Integration Engineer (Austin, TX / Remote US)</b> position at Saltgrass Robotics. We&#39;ve received your application and our team will review it within five business days.</p>
        <p>If your profile matches what we&#39;re looking for, we&#39;ll invite you for a first interview with our engineering team. Either way, we&#39;ll let you know.</p>
        <p>In the meantime, check out what we build: <a href="https://saltgrassrobotics.example.com/stories">our stories</a></p>
        <p>Cheers,<br>The Saltgrass Robotics team</p>
        <p style="font-size:11px;color:#8f9bb3">Sent with Recruitee</p>
        </body></html>
        """)
    hs = hdr(38, "Saltgrass Robotics <no-reply@mail.recruitee.com>",
             "Thanks for applying to Saltgrass Robotics!", when, CHI,
             relay="mail-out.recruitee.com (mail-out.recruitee.com [185.70.40.12])", dom="mail.recruitee.com")
    return message(hs, alt(text(body), html(page)))


@mail(n(39), family="job_alert", lang="en", interview=False, company=None,
      note="JOIN job alert listing six roles; one badge says 'Interviews this week' - nothing scheduled")
def m39():
    when = "2026-10-12 07:00"
    jobs = [
        ("Lab Automation Engineer", "Kestrel Ridge Scientific", "Albuquerque, NM", "Interviews this week"),
        ("Automation Specialist, QC", "Piñon BioPharma", "Santa Fe, NM", "New"),
        ("Robotics Engineer (Remote US)", "Cobalt Fern", "Remote", ""),
        ("Controls Engineer", "Mesa Ridge Packaging", "Phoenix, AZ", "Easy apply"),
        ("Automation Engineer II", "Lindenwood Medical", "Remote / Raleigh, NC", ""),
        ("Senior Lab Systems Engineer", "Alpine Vista Biologics", "Boulder, CO", "Interviews this week"),
    ]
    rows = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><b>{j}</b><br>{c} &middot; {loc}'
        + (f' <span style="background:#e6f4ea;color:#137333;padding:2px 6px;border-radius:3px;font-size:11px">'
           f'{b}</span>' if b else "") + "</td></tr>\n" for j, c, loc, b in jobs)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n"
            "<h2>6 new jobs for &quot;Lab Automation Engineer&quot; near Albuquerque</h2>\n"
            f"<table width=\"600\">\n{rows}</table>\n"
            "<p><a href=\"https://join.com/jobs?q=lab+automation&amp;l=Albuquerque\">See all jobs</a></p>\n"
            "<p style=\"font-size:11px;color:#999\">You receive this job alert because you subscribed on JOIN. "
            "<a href=\"https://join.com/alerts/unsubscribe\">Unsubscribe</a></p>\n</body></html>\n")
    plain = "6 new jobs for \"Lab Automation Engineer\" near Albuquerque\n\n" + "".join(
        f"{j}\n{c} - {loc}" + (f" [{b}]" if b else "") + "\n\n" for j, c, loc, b in jobs) + (
        "See all jobs: https://join.com/jobs?q=lab+automation&l=Albuquerque\n\n"
        "You receive this job alert because you subscribed on JOIN. Unsubscribe: https://join.com/alerts/unsubscribe\n")
    hs = hdr(39, "JOIN Job Alert <jobalert@join.com>",
             "6 new jobs for Lab Automation Engineer near Albuquerque", when, DEN,
             relay="mail-eu2.join.com (mail-eu2.join.com [185.107.232.8])", dom="join.com",
             extra=(("List-Unsubscribe", "<https://join.com/alerts/unsubscribe>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(page)))


@mail(n(40), family="newsletter_tips", lang="en", interview=False, company=None, days=(("Thu", "2026-12-03"),),
      note="Substack newsletter post about interviewing lab-automation engineers, with sample interview "
           "questions and a live AMA on Thu Dec 3 at 11 AM MT: not the reader's interview")
def m40():
    when = "2026-11-22 06:00"
    body = t("""
        THE AUTOMATION BENCH
        Interview season: what hiring managers actually ask lab automation engineers

        Hi friends,

        It's that time of year: budgets are set, requisitions open, and many of you told me you have
        interviews lined up in the next few weeks. I asked six hiring managers what they ask in the
        technical round. Highlights:

        1. "Walk me through a method you took from the bench to the deck." Everyone asks this one.
        2. "A plate gets stuck in the gripper at 2 AM. What happens next?" They want error recovery, not
           heroics.
        3. "How do you validate a liquid-handling step?" Know your gravimetric and dye-based checks.

        Your interview is confirmed - now what? Send a short thank-you within 24 hours, and ask each
        interviewer one question about their own work.

        LIVE AMA: Thursday, Dec 3 at 11:00 AM MT, with two of the hiring managers. Paid subscribers get the
        link the morning of.

        See you on the bench,
        Lena

        You're on the free list for The Automation Bench. Unsubscribe: https://automationbench.substack.com/unsubscribe
        """)
    hs = hdr(40, "The Automation Bench <automationbench@substack.com>",
             "Interview season: what hiring managers actually ask lab automation engineers", when, DEN,
             relay="mail-a22-18.smtp-out.mailgun.substack.com (a22-18.smtp-out.substack.com [167.114.22.18])",
             dom="substack.com",
             extra=(("List-Unsubscribe", "<https://automationbench.substack.com/unsubscribe>"),
                    ("List-Id", "<automationbench.substack.com>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="ashby_self_schedule", lang="en", interview=False, company="Quarry Hill Labs",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Ashby self-scheduling link listing open slots (Tue 10/20, Wed 10/21) with 'Choose a time': the "
           "candidate has not picked one, so nothing is fixed")
def m41():
    when = "2026-10-15 14:48"
    body = t("""
        Hi Marcus,

        Great news! The Quarry Hill Labs team would like to schedule a 45-minute technical interview with
        you for the Automation Engineer, Genomics role.

        Please choose a time that works for you:
        https://app.ashbyhq.com/interview-scheduling/quarryhill/7e2c41d9-b0a3-4f66-9c15-2a8d0e3b51f7

        A few of the open slots (Mountain Time):
          Tue, Oct 20: 9:00 AM, 9:30 AM, 1:00 PM
          Wed, Oct 21: 10:00 AM, 2:30 PM

        Slots are first come, first served. Once you pick one you'll receive a calendar invitation.

        Thanks,
        Owen Prescott
        Recruiting, Quarry Hill Labs
        """)
    hs = hdr(41, "Quarry Hill Labs <no-reply@ashbyhq.com>",
             "Schedule your interview with Quarry Hill Labs", when, DEN,
             relay="a8-77.smtp-out.amazonses.com (a8-77.smtp-out.amazonses.com [54.240.8.77])",
             dom="email.amazonses.com",
             mid="<010001929b6e0c11-5f3e9a2d-1c7b-4e80-a4d2-7c9b1e0f3a66-000000@email.amazonses.com>",
             extra=(("Reply-To", "Owen Prescott <owen.prescott@quarryhilllabs.com>"),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(42), family="proposed_times", lang="es", interview=False, company="Grupo Biomédico Regio",
      days=(("Tue", "2026-11-17"),),
      note="Spanish recruiter (Monterrey) asks whether Tuesday 17 November at 10:00 Monterrey time (9:00 in "
           "Albuquerque) would suit, and offers to coordinate otherwise: a proposal, not a confirmation")
def m42():
    when = "2026-11-11 12:35"
    body = t("""
        Hola Marcus, buenas tardes:

        Gracias por su interés en la posición de Ingeniero de Automatización en Grupo Biomédico Regio. El
        gerente de planta revisó su CV y le gustaría platicar con usted.

        ¿Le vendría bien el martes 17 de noviembre a las 10:00 (hora de Monterrey, 9:00 en Albuquerque)?
        Si no, dígame qué horario le acomoda la próxima semana y lo coordino con el cliente.

        En cuanto me confirme le envío la invitación de Teams.

        Saludos,
        Alejandra Paz
        Consultora Sr. | Talentos del Norte
        Monterrey, N.L.
        """)
    hs = hdr(42, "Alejandra Paz <apaz@talentosdelnorte.mx>",
             "Entrevista – Ingeniero de Automatización (Grupo Biomédico Regio)", when, "America/Monterrey",
             relay="mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])",
             dom="mail.gmail.com", mid="<CAM4xT7q_Lw2pZ9rNk0vB3eYhD8sGcU1a@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(43), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Patient-portal appointment reminder with ICS (Thu Oct 8, 8:40 AM, Dr. Mehta): a confirmed time, "
           "not an interview")
def m43():
    when = "2026-10-06 09:00"
    body = t("""
        Appointment Reminder

        Hello Marcus,

        This is a reminder of your upcoming appointment:

        Thursday, October 8, 2026 at 8:40 AM
        Anjali Mehta, MD - Annual physical
        High Desert Family Medicine, 4801 Montgomery Blvd NE, Suite 200, Albuquerque

        Please arrive 15 minutes early to complete check-in. Bring your insurance card and a list of current
        medications. If you need to cancel, please give us at least 24 hours' notice.

        Reply C to cancel by text, or log in to the patient portal.

        High Desert Family Medicine
        """)
    cal = ics(prodid="-//HDFM Patient Portal//Appointments//EN", uid="appt-2026100808400-31187@hdfm-portal.example.com",
              dtstamp=stamp(when, DEN), start="20261008T084000", end="20261008T092000", tzid=DEN,
              summary="Appointment: Anjali Mehta, MD (Annual physical)",
              organizer="High Desert Family Medicine|noreply@hdfm-portal.example.com",
              location="4801 Montgomery Blvd NE, Suite 200, Albuquerque")
    hs = hdr(43, "High Desert Family Medicine <noreply@hdfm-portal.example.com>",
             "Appointment Reminder: Thu Oct 8 at 8:40 AM", when, DEN,
             relay="mta.hdfm-portal.example.com (mta.hdfm-portal.example.com [203.0.113.43])",
             dom="hdfm-portal.example.com")
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(cal, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


@mail(n(44), family="tenant_screening", lang="en", interview=False, company=None, days=(("Thu", "2026-12-10"),),
      note="Landlord's tenant screening call for a Denver apartment confirmed for Thu Dec 10, 5:30 PM MT ('a "
           "quick interview'): fixed time, not a job interview")
def m44():
    when = "2026-12-08 10:00"
    body = t("""
        Hi Marcus,

        Thanks for your application for Unit 3B at Larimer Lofts. Your tenant screening call is set for
        Thursday, December 10 at 5:30 PM MT. It's a quick interview - about 15 minutes - to go over income
        verification, rental history and references, and your planned move-in date.

        Since you mentioned you're relocating for a job that isn't final yet, we can also talk about a
        co-signer or a larger deposit. No need to decide anything on the call.

        Talk soon,
        Keisha Durant
        Leasing Manager, Larimer Lofts
        303-555-0127
        """)
    hs = hdr(44, "Keisha Durant <kdurant@larimerlofts.com>", "Tenant screening call - Thu 12/10, 5:30 PM",
             when, DEN, relay="mail.larimerlofts.com (mail.larimerlofts.com [198.51.100.44])",
             dom="larimerlofts.com")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(45), family="mailing_list_meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Google Groups mailing-list announcement of a local meetup talk 'How I interview automation "
           "engineers' (Thu 11/19, 6 PM): an event, not the reader's interview")
def m45():
    when = "2026-11-05 21:14"
    body = t("""
        Hi all,

        November meetup is on! Details:

        Thursday 11/19, 6:00 PM doors, talk at 6:30
        Rail Yard Tech Hub, 2nd floor (the big room with the lathe)

        Talk: "How I interview automation engineers" - Gina Sarracino (Automation Manager, Kestrel Ridge
        Scientific) will walk through the panel format she uses, the questions that actually tell her
        something, and a live mock interview with a volunteer from the audience.

        Pizza from Dion's will be there. RSVP on the sheet so we order enough:
        https://docs.google.com/spreadsheets/d/1nMx-abq-lab-auto-rsvp

        Also: we still need a venue for January. Ping me if your company can host.

        Luis

        --
        You received this message because you are subscribed to the Google Groups "ABQ Lab Automation" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to abq-lab-automation+unsubscribe@googlegroups.com.
        To view this discussion visit https://groups.google.com/d/msgid/abq-lab-automation/CAP5vKq2.
        """)
    hs = hdr(45, "Luis Otero <luis.otero@example.net>",
             "[abq-lab-automation] Nov meetup: \"How I interview automation engineers\" - Thu 11/19, 6 PM", when,
             DEN, to="ABQ Lab Automation <abq-lab-automation@googlegroups.com>",
             relay="mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])",
             dom="mail.gmail.com", mid="<CAP5vKq2_Xb9mT0rWz4nL1eHy7cDfJ3uQ@mail.gmail.com>",
             extra=(("Reply-To", "abq-lab-automation@googlegroups.com"),
                    ("Sender", "abq-lab-automation@googlegroups.com"),
                    ("Mailing-list", "list abq-lab-automation@googlegroups.com; contact "
                                     "abq-lab-automation+owners@googlegroups.com"),
                    ("List-ID", "<abq-lab-automation.googlegroups.com>"),
                    ("Precedence", "list"),
                    ("List-Unsubscribe", "<mailto:googlegroups-manage+3318402215+unsubscribe@googlegroups.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(46), family="auto_reply", lang="en", interview=False, company="Harbor Point Instruments",
      note="Out-of-office auto-reply to the candidate's thank-you after the Harbor Point interview: dates of "
           "absence only, 'interview scheduling' goes to a role address")
def m46():
    when = "2026-11-12 14:10"
    body = t("""
        Thank you for your email. I am out of the office from Thursday, November 12 through Monday,
        November 16 with limited access to email.

        For interview scheduling, please contact recruiting@harborpointinst.com. For anything urgent,
        call 781-555-0100.

        Best,
        Siobhan Kearney
        """)
    hs = hdr(46, "Siobhan Kearney <skearney@harborpointinst.com>",
             "Automatic reply: Thank you - Automation Engineering interview", when, NY,
             relay="NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2092.outbound.protection."
                   "outlook.com [40.107.94.92])",
             dom="BL1PR17MB6129.namprd17.prod.outlook.com",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<3E7A9C05-1B42-4D86-A0F3-6C2B8E915D47@example.org>"),
                    ("Thread-Topic", "Thank you - Automation Engineering interview")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(47), family="bounce", lang="en", interview=False, company=None, days=(("Thu", "2026-11-12"),),
      note="Delivery-failure report (multipart/report) returning the candidate's own message confirming "
           "'Thursday, 11/12 at 8:30 AM' to a mistyped recruiter domain: a bounce, not a confirmation from "
           "an employer")
def m47():
    when = "2026-11-07 09:31"
    orig_when = "2026-11-07 09:30"
    orig = message([
        ("From", "Marcus Trujillo <marcus.trujillo@example.org>"),
        ("To", "Lorraine Yazzie <lyazzie@jornadatech.co>"),
        ("Subject", "Re: Interview Schedule Change - Automation Systems Engineer (2600487)"),
        ("Date", date(orig_when, DEN)),
        ("Message-ID", "<2C9E14B7-0A5D-4F38-B6E1-7D30C8A2F915@example.org>"),
    ], text(t("""
        Hi Lorraine,

        Confirming I'll be at the Visitor Center on Thursday, 11/12 at 8:30 AM for the rescheduled interview.
        I'll bring both IDs.

        Thanks,
        Marcus Trujillo
        """), charset="us-ascii", cte="7bit"))
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <lyazzie@jornadatech.co>: Host or domain name not found. Name service error
            for name=jornadatech.co type=MX: Host not found, try again
        """)
    status = t(f"""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Qk7Zr1m9Yz3
        Arrival-Date: {date(orig_when, DEN)}

        Final-Recipient: rfc822; lyazzie@jornadatech.co
        Original-Recipient: rfc822;lyazzie@jornadatech.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=jornadatech.co type=MX: Host not found, try again
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message"),
                                 ("Content-Type", "message/rfc822")], orig.decode("ascii")),
                       params="report-type=delivery-status")
    hs = hdr(47, "Mail Delivery System <MAILER-DAEMON@smtp.example.org>",
             "Undelivered Mail Returned to Sender", when, DEN,
             relay="smtp.example.org (smtp.example.org [192.0.2.25])", dom="smtp.example.org",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(48), family="parent_teacher", lang="en", interview=False, company=None, days=(("Tue", "2026-11-17"),),
      note="School conference-booking confirmation (Tue 11/17, 4:15-4:30 PM) with the child's teacher: fixed "
           "time, not a job interview")
def m48():
    when = "2026-11-09 18:30"
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Dear Marcus Trujillo,</p>
        <p>Your parent-teacher conference has been booked.</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Student</th><th>Teacher</th><th>Date</th><th>Time</th><th>Room</th></tr>
        <tr><td>Sofia Trujillo (Grade 3)</td><td>Ms. Gutierrez</td><td>Tue 11/17/2026</td><td>4:15 PM - 4:30 PM</td><td>Room 112</td></tr>
        </table>
        <p>Conferences are 15 minutes. Please be on time so the next family can start on schedule. Student-led
        portfolios will be on the table outside the classroom.</p>
        <p>Piedra Lisa Elementary School<br>Sent by ConferenceDesk &middot; <a href="https://conferencedesk.example.com/c/88214">Change or cancel</a></p>
        </body></html>
        """)
    hs = hdr(48, "Piedra Lisa Elementary <noreply@conferencedesk.example.com>",
             "Conference confirmed: Sofia Trujillo - Ms. Gutierrez - Tue 11/17 4:15 PM", when, DEN,
             relay="out1.conferencedesk.example.com (out1.conferencedesk.example.com [203.0.113.48])",
             dom="conferencedesk.example.com")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(49), family="recruiter_outreach", lang="en", interview=False, company="Ocotillo Systems",
      note="Hiring manager's cold outreach ('open to a chat sometime in the next couple of weeks?'): nothing fixed")
def m49():
    when = "2026-09-03 14:22"
    body = t("""
        Hi Marcus,

        I came across your talk on automated sample accessioning from last spring's regional meetup, and
        it's very close to what my team is building at Ocotillo Systems in Phoenix. We're growing our
        lab-automation group and I'm looking for someone who has run a high-throughput line end to end.

        Would you be open to a chat sometime in the next couple of weeks? No formal interview, just a
        conversation about what we're doing. Happy to work around your schedule, and remote is an option
        for the right person.

        Best,
        Tom Castañeda
        Director of Engineering, Ocotillo Systems
        """)
    hs = hdr(49, addr("Tom Castañeda", "tom.castaneda@ocotillosystems.com"),
             "Your sample-accessioning talk + a role at Ocotillo", when, PHX,
             relay="mail-ej1-f50.google.com (mail-ej1-f50.google.com [209.85.218.50])",
             dom="mail.gmail.com", mid="<CAB8nR3w_Hy6qL0tPz2kXm9dVc4sJeF7u@mail.gmail.com>")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(50), family="user_research", lang="en", interview=False, company=None, days=(("Wed", "2026-12-02"),),
      note="Paid user-research study session ('60-min research interview', Wed Dec 2, 3:00 PM MT) about job "
           "searching: fixed time, but a study, not a job interview")
def m50():
    when = "2026-11-27 12:00"
    body = t("""
        You're confirmed!

        Hi Marcus,

        Thanks for qualifying for our study on how engineers search for jobs. Your session details:

        60-min research interview (remote)
        Wednesday, December 2, 2026 at 3:00 PM MT
        Incentive: $120, paid within 3 business days of the session

        You'll talk with a researcher from our client, a careers platform, about how you find roles, track
        applications and prepare for interviews. Please join from a laptop with a webcam in a quiet place;
        we may ask you to share your screen.

        Join link: https://sessions.rallypanel.example.com/j/55-2081-7734

        Need to reschedule? Reply to this email at least 24 hours before your session.

        Rally Panel Research
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <h2 style="color:#5b3cc4">You&#39;re confirmed!</h2>
        <p>Hi Marcus,</p>
        <p>Thanks for qualifying for our study on how engineers search for jobs. Your session details:</p>
        <p><b>60-min research interview (remote)</b><br>Wednesday, December 2, 2026 at 3:00 PM MT<br>
        Incentive: $120, paid within 3 business days of the session</p>
        <p>You&#39;ll talk with a researcher from our client, a careers platform, about how you find roles, track applications and prepare for interviews. Please join from a laptop with a webcam in a quiet place; we may ask you to share your screen.</p>
        <p><a href="https://sessions.rallypanel.example.com/j/55-2081-7734">Join link</a></p>
        <p>Need to reschedule? Reply to this email at least 24 hours before your session.</p>
        <p>Rally Panel Research</p>
        </body></html>
        """)
    hs = hdr(50, "Rally Panel Research <sessions@rallypanel.example.com>",
             "You're confirmed: 60-min research interview - Wed Dec 2, 3:00 PM MT ($120)", when, DEN,
             relay="o7.mail.rallypanel.example.com (o7.mail.rallypanel.example.com [198.51.100.50])",
             dom="rallypanel.example.com")
    return message(hs, alt(text(body), html(page)))
