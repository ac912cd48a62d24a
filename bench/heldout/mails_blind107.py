"""blind107: 50 hand-written mails from the inbox of Kai Nakamura, a cloud security engineer in
Honolulu (Pacific/Honolulu, UTC-10 all year), September to mid-December 2026.

Built by ``python3 bench/heldout/make_blind.py blind107``. Written blind: without reading the
detector, its tests, or any other held-out set. Keys 1-23 are positives, 24-50 negatives; the file
number of the mail written ``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import hashlib
import random
from zoneinfo import ZoneInfo

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

ORDER = random.Random(1070107).sample(range(1, 51), 50)

ME = "kai.nakamura@example.org"
KAI = addr("Kai Nakamura", ME)
HNL = "Pacific/Honolulu"
LA = "America/Los_Angeles"
NY = "America/New_York"
TYO = "Asia/Tokyo"
SYD = "Australia/Sydney"
BER = "Europe/Berlin"
Z = "UTC"


def n(key: int) -> str:
    return f"blind107_{ORDER[key - 1]:03d}"


def mx(relay: str, when: str, zone: str, seed: str, lag: int = 4) -> str:
    """Received header as the candidate's provider writes it."""
    qid = hashlib.sha256(seed.encode()).hexdigest()[:12].upper()
    return received(relay, when, zone, f"mx1.example.org (Postfix) with ESMTPS id 4{qid}", ME, lag)


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *, to: str = KAI,
         extra: tuple[tuple[str, str], ...] = (), date_zone: str | None = None) -> list[tuple[str, str]]:
    """Common top headers; ``date_zone`` writes the Date in another zone than ``zone`` (same instant)."""
    when_dz, zone_d = when, zone
    if date_zone and date_zone != zone:
        when_dz = at(when, zone).astimezone(ZoneInfo(date_zone)).strftime("%Y-%m-%d %H:%M:%S")
        zone_d = date_zone
    return [
        ("Delivered-To", ME),
        ("Received", mx(relay, when, zone, mid)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when_dz, zone_d)),
        ("Message-ID", mid),
        *extra,
    ]


def outlook_html(body: str) -> str:
    """A plain Outlook-style HTML twin: one <p class=MsoNormal> per line."""
    import html as _h

    rows = []
    for line in body.rstrip("\n").split("\n"):
        rows.append(f'<p class="MsoNormal">{_h.escape(line) if line else "&nbsp;"}<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + "\n".join(rows) + "\n</div></body></html>\n")


# --------------------------------------------------------------------------- time zones for ICS

TZ_HNL = """BEGIN:VTIMEZONE
TZID:Pacific/Honolulu
X-LIC-LOCATION:Pacific/Honolulu
BEGIN:STANDARD
TZOFFSETFROM:-1000
TZOFFSETTO:-1000
TZNAME:HST
DTSTART:19700101T000000
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

TZ_TYO = """BEGIN:VTIMEZONE
TZID:Asia/Tokyo
X-LIC-LOCATION:Asia/Tokyo
BEGIN:STANDARD
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
TZNAME:JST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_WIN_PACIFIC = """BEGIN:VTIMEZONE
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

VTZ_EASTERN = VTZ["Eastern Standard Time"]


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-11 14:00", HNL), end=utc("2026-09-11 15:00", HNL),
      contact="malia.kahananui@makaihospitality.com", company="Makai Hospitality Group",
      local="Fri 2026-09-11 14:00", local_end="2026-09-11 15:00", zone=HNL,
      note="Greenhouse candidate confirmation, 'Friday, September 11, 2026 2:00 PM - 3:00 PM HST'. "
           "HST is UTC-10 all year, so 00:00-01:00Z on Saturday 12 Sept (the UTC date is the next "
           "day). ICS (TZID Pacific/Honolulu) agrees. Contact = the recruiter's Reply-To.")
def greenhouse_makai() -> bytes:
    body = t("""
        Hi Kai,

        Thank you for your interest in Makai Hospitality Group! This email confirms your
        upcoming interview for the Cloud Security Engineer (Corporate IT) position.

        Interview: Technical Interview - Cloud & Identity
        When: Friday, September 11, 2026 2:00 PM - 3:00 PM HST
        Where: Makai Hospitality Group, Corporate Office
               1733 Ala Moana Blvd, 9th Floor, Honolulu, HI 96815
        You'll meet with:
          Ryan Kekona - Director, IT Security
          Malia Kahananui - Talent Acquisition Partner

        Please check in with building security in the main lobby about 10 minutes early and
        bring a photo ID. Validated parking is available in the Ewa-side garage.

        If anything comes up or you need to reschedule, just reply to this email.

        Mahalo,
        Malia Kahananui
        Talent Acquisition Partner | Makai Hospitality Group

        Powered by Greenhouse
    """)
    htm = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Kai,</p>
        <p>Thank you for your interest in Makai Hospitality Group! This email confirms your upcoming interview for the <b>Cloud Security Engineer (Corporate IT)</b> position.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#777">Interview</td><td>Technical Interview - Cloud &amp; Identity</td></tr>
        <tr><td style="color:#777">When</td><td>Friday, September 11, 2026 2:00 PM - 3:00 PM HST</td></tr>
        <tr><td style="color:#777">Where</td><td>Makai Hospitality Group, Corporate Office<br>1733 Ala Moana Blvd, 9th Floor, Honolulu, HI 96815</td></tr>
        <tr><td style="color:#777">You'll meet with</td><td>Ryan Kekona - Director, IT Security<br>Malia Kahananui - Talent Acquisition Partner</td></tr>
        </table>
        <p>Please check in with building security in the main lobby about 10 minutes early and bring a photo ID. Validated parking is available in the Ewa-side garage.</p>
        <p>If anything comes up or you need to reschedule, just reply to this email.</p>
        <p>Mahalo,<br>Malia Kahananui<br>Talent Acquisition Partner | Makai Hospitality Group</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_HNL}
BEGIN:VEVENT
UID:gh-interview-7734120-candidate@greenhouse.io
DTSTAMP:20260908T201409Z
DTSTART;TZID=Pacific/Honolulu:20260911T140000
DTEND;TZID=Pacific/Honolulu:20260911T150000
SUMMARY:Interview with Makai Hospitality Group - Cloud Security Engineer
LOCATION:1733 Ala Moana Blvd\\, 9th Floor\\, Honolulu\\, HI 96815
ORGANIZER;CN=Malia Kahananui:mailto:malia.kahananui@makaihospitality.com
ATTENDEE;CN=Kai Nakamura;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kai.nakamura@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Makai Hospitality Group", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Cloud Security Engineer at Makai Hospitality Group",
              "2026-09-08 20:14:09", Z, "<7734120.candidate.confirm.8f3e21@us.greenhouse-mail.io>",
              "from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [198.51.100.12])",
              extra=(("Reply-To", addr("Malia Kahananui", "malia.kahananui@makaihospitality.com")),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-17 11:30", LA), end=utc("2026-09-17 12:15", LA),
      contact="owen.castellanos@driftlinesec.com", company="Driftline Security",
      local="Thu 2026-09-17 11:30", local_end="2026-09-17 12:15", zone=LA,
      note="Lever confirmation from a San Francisco startup, 'Thursday, September 17, 2026 "
           "11:30 AM - 12:15 PM (PDT)'. PDT = UTC-7 in September: 18:30-19:15Z (8:30 HST for Kai). "
           "Contact = Reply-To recruiter. Date header is in PDT.")
def lever_driftline() -> bytes:
    body = t("""
        Hi Kai,

        Your interview with Driftline Security has been scheduled. Here are the details:

        Recruiter screen: Cloud Security Engineer
        Thursday, September 17, 2026
        11:30 AM - 12:15 PM (PDT)

        Video call: https://meet.google.com/dsk-tqyv-mre

        Owen Castellanos (Technical Recruiter) will be speaking with you. If you need to make any
        changes, reply to this email and Owen will get back to you.

        We're excited to learn more about you!

        The Driftline Security Team

        ---
        Sent via Lever. https://www.lever.co
    """)
    htm = t("""
        <!DOCTYPE html><html><body style="margin:0;padding:0;background:#f5f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1f2733">
        <tr><td>
        <p>Hi Kai,</p>
        <p>Your interview with Driftline Security has been scheduled. Here are the details:</p>
        <p style="border-left:3px solid #2c6bed;padding-left:12px"><b>Recruiter screen: Cloud Security Engineer</b><br>
        Thursday, September 17, 2026<br>11:30 AM - 12:15 PM (PDT)<br>
        Video call: <a href="https://meet.google.com/dsk-tqyv-mre">meet.google.com/dsk-tqyv-mre</a></p>
        <p>Owen Castellanos (Technical Recruiter) will be speaking with you. If you need to make any changes, reply to this email and Owen will get back to you.</p>
        <p>We're excited to learn more about you!</p>
        <p>The Driftline Security Team</p>
        </td></tr></table>
        <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8a94a6">Sent via <a href="https://www.lever.co">Lever</a></p>
        </td></tr></table></body></html>
    """)
    hs = head(addr("Driftline Security", "no-reply@hire.lever.co"),
              "Interview scheduled with Driftline Security", "2026-09-14 15:02:37", LA,
              "<0100018fe2b7c1d4-5a1e9c02-4b77-4d1e-a0f3-91c2d6e8b7aa-000000@email.amazonses.com>",
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [203.0.113.112])",
              extra=(("Reply-To", addr("Owen Castellanos", "owen.castellanos@driftlinesec.com")),))
    return message(hs, alt(text(body, cte="base64"), html(htm, cte="base64")))


@mail(n(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-29 10:00", HNL), end=utc("2026-09-29 11:30", HNL),
      contact="priya.raman@halyardcloud.com", company="Halyard Cloud",
      local="Tue 2026-09-29 10:00", local_end="2026-09-29 11:30", zone=HNL,
      note="Ashby confirmation from a Seattle company, shown in the candidate's zone: 'Tuesday, "
           "September 29 10:00 AM - 11:30 AM HST (UTC-10)' = 20:00-21:30Z (1:00-2:30 PM PDT, which "
           "the mail also states). ICS in UTC agrees. Contact = Reply-To coordinator.")
def ashby_halyard() -> bytes:
    body = t("""
        Hi Kai,

        You're all set! Your interview with Halyard Cloud is confirmed.

        Technical Interview: Cloud Threat Modeling
        Tuesday, September 29
        10:00 AM - 11:30 AM HST (UTC-10)
        (1:00 PM - 2:30 PM PDT for the team in Seattle)

        Location: Zoom - https://halyardcloud.zoom.us/j/83310294476

        Interviewers
          Marcus Lindqvist - Staff Security Engineer
          Aiko Brennan - Security Engineering Manager

        What to expect: a 90-minute working session. We'll share a small architecture diagram at
        the start and ask you to walk us through how you'd attack and defend it. No prep needed.

        Questions? Reply to this email to reach Priya Raman.

        Halyard Cloud Recruiting
    """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#101828">
        <p>Hi Kai,</p>
        <p>You&#x27;re all set! Your interview with Halyard Cloud is confirmed.</p>
        <div style="border:1px solid #e4e7ec;border-radius:8px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Technical Interview: Cloud Threat Modeling</div>
        <div>Tuesday, September 29</div>
        <div>10:00 AM &ndash; 11:30 AM HST (UTC-10)</div>
        <div style="color:#667085">(1:00 PM &ndash; 2:30 PM PDT for the team in Seattle)</div>
        <div>Location: <a href="https://halyardcloud.zoom.us/j/83310294476">Zoom</a></div>
        </div>
        <p><b>Interviewers</b><br>Marcus Lindqvist &mdash; Staff Security Engineer<br>Aiko Brennan &mdash; Security Engineering Manager</p>
        <p>What to expect: a 90-minute working session. We&#x27;ll share a small architecture diagram at the start and ask you to walk us through how you&#x27;d attack and defend it. No prep needed.</p>
        <p>Questions? Reply to this email to reach Priya Raman.</p>
        <p>Halyard Cloud Recruiting</p>
        </body></html>
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:3c9b81e4-5d02-4f6a-9e71-0b2d6a8c4f19
DTSTAMP:20260923T164112Z
DTSTART:20260929T200000Z
DTEND:20260929T213000Z
SEQUENCE:0
SUMMARY:Halyard Cloud - Technical Interview: Cloud Threat Modeling
LOCATION:https://halyardcloud.zoom.us/j/83310294476
ORGANIZER;CN=Priya Raman:mailto:priya.raman@halyardcloud.com
ATTENDEE;CN=Kai Nakamura;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kai.nakamura@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Halyard Cloud", "no-reply@ashbyhq.com"),
              "Interview confirmed: Cloud Security Engineer at Halyard Cloud", "2026-09-23 09:41:12", LA,
              "<01000192a41c77e0-3f1d6c0a-88b2-4e0f-9d51-6c7a2b90e4d3-000000@email.amazonses.com>",
              "from mail.ashbyhq.com (mail.ashbyhq.com [203.0.113.41])",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@halyardcloud.com")),), date_zone=Z)
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-07 09:00", HNL), end=utc("2026-10-07 10:30", HNL),
      contact="brent.okamura@kaimanadefense.com", company="Kaimana Defense Solutions",
      local="Wed 2026-10-07 09:00", local_end="2026-10-07 10:30", zone=HNL,
      note="Workday interview notification (HTML only, base64) from a defense contractor: 'Interview "
           "Date: 10/07/2026, Start Time: 9:00 AM HST, End Time: 10:30 AM HST' (US MM/DD) = "
           "19:00-20:30Z. No Reply-To; contact = the recruiter's address in the body. Date header is "
           "in UTC (17:55Z = 07:55 HST on 1 Oct).")
def workday_kaimana() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dddddd">
        <tr><td style="background:#0b2a4a;color:#ffffff;padding:14px;font-size:16px">Kaimana Defense Solutions</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Kai Nakamura,</p>
        <p>Thank you for your interest in the <b>Cloud Security Engineer III (R-104233)</b> position. We are pleased to invite you to an in-person interview. Please review the details below.</p>
        <table cellpadding="3">
        <tr><td><b>Interview Date:</b></td><td>10/07/2026</td></tr>
        <tr><td><b>Start Time:</b></td><td>9:00 AM HST</td></tr>
        <tr><td><b>End Time:</b></td><td>10:30 AM HST</td></tr>
        <tr><td><b>Location:</b></td><td>Kaimana Defense Solutions - Hawaii Operations<br>500 Ala Moana Blvd, Tower 4, Suite 1200<br>Honolulu, HI 96813</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Gregory Palmer; Sharon Iseri</td></tr>
        </table>
        <p>Please bring two forms of government-issued identification. This position requires the ability to obtain and maintain a U.S. Government security clearance; foreign nationals will be escorted at all times.</p>
        <p>If you have questions regarding your interview, please contact Brent Okamura, Talent Acquisition, at <a href="mailto:brent.okamura@kaimanadefense.com">brent.okamura@kaimanadefense.com</a> or (808) 555-0143.</p>
        <p>Sincerely,<br>Kaimana Defense Solutions Talent Acquisition</p>
        <p style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Please do not reply directly to this message.</p>
        </td></tr></table>
        </body></html>
    """)
    hs = head(addr("Kaimana Defense Solutions", "kaimanadefense@myworkday.com"),
              "Interview Scheduled - Cloud Security Engineer III (R-104233)", "2026-10-01 17:55:20", Z,
              "<1840558671.88213.1790877320417@wd5-prod-mta07.myworkday.com>",
              "from wd5-prod-mta07.myworkday.com (wd5-prod-mta07.myworkday.com [192.0.2.77])")
    return message(hs, html(htm, cte="base64"))


@mail(n(5), family="government_letter", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-08 13:30", HNL), end=None,
      contact="leimomi.kealoha@hawaiidia.org", company="Hawaiʻi State Department of Information Assurance",
      local="Thu 2026-10-08 13:30", zone=HNL,
      note="State agency interview letter (plain text, 8bit utf-8 with ʻokina) plus an all-day "
           "calendar placeholder (DTSTART;VALUE=DATE 20261008): the time is only in the text, "
           "'Thursday, October 8, 2026 at 1:30 p.m. HST' = 23:30Z the same day. 'approximately 45 "
           "minutes' -> end null. Contact = the human sender.")
def state_agency() -> bytes:
    body = t("""
        Aloha Mr. Nakamura,

        Thank you for applying for the position of Information Technology Specialist VI
        (Cybersecurity), Position No. 118204, with the Hawaiʻi State Department of Information
        Assurance. Based on the review of your application, you have been selected for an
        interview.

        This letter confirms your interview as follows:

            Date:      Thursday, October 8, 2026
            Time:      1:30 p.m. HST
            Place:     Kauhale Building, 1177 Alakea Street, Room 410, Honolulu
            Panel:     three (3) members of the Cybersecurity Branch

        The interview will take approximately 45 minutes. Please report to the 4th floor
        reception desk 10 minutes before your scheduled time. If you require a reasonable
        accommodation for the interview, please let me know by Tuesday, October 6.

        I have also placed a hold on your calendar for the day.

        Mahalo,

        Leimomi Kealoha
        Personnel Management Specialist
        Department of Information Assurance, State of Hawaiʻi
        (808) 555-0177 | leimomi.kealoha@hawaiidia.org

        The State of Hawaiʻi is an Equal Opportunity Employer.
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D0F3B1A2C15DDC010000000000000000
DTSTAMP:20261003T012215Z
DTSTART;VALUE=DATE:20261008
DTEND;VALUE=DATE:20261009
SUMMARY:Interview - IT Specialist VI (Cybersecurity) - K. Nakamura
LOCATION:Kauhale Building Rm 410
ORGANIZER;CN="Kealoha, Leimomi":mailto:leimomi.kealoha@hawaiidia.org
ATTENDEE;CN=kai.nakamura@example.org;RSVP=TRUE:mailto:kai.nakamura@example.org
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kealoha, Leimomi", "leimomi.kealoha@hawaiidia.org"),
              "Interview Notice - IT Specialist VI (Cybersecurity), Position No. 118204",
              "2026-10-02 15:22:15", HNL, "<SJ0PR09MB66218C4E2B1A0F03D1C7A2E1B45A2@SJ0PR09MB6621.namprd09.prod.outlook.com>",
              "from GCC02-SN1-obe.outbound.protection.office365.us (mail-sn1gcc02on2091.outbound.protection.office365.us [198.51.100.91])",
              extra=(("Thread-Topic", "Interview Notice - IT Specialist VI (Cybersecurity), Position No. 118204"),
                     ("Accept-Language", "en-US"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, method="REQUEST", filename="Interview hold.ics",
                                      disposition="attachment")))


@mail(n(6), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:30", HNL), end=utc("2026-10-14 10:15", HNL),
      contact="jamie.whitfield@brightwatercompliance.com", company="Brightwater Compliance",
      local="Wed 2026-10-14 09:30", local_end="2026-10-14 10:15", zone=HNL,
      note="Calendly invitee confirmation for an event type named 'Security Engineering Interview' "
           "with the hiring manager of a Los Angeles remote-first company; shown in the invitee's "
           "zone: '9:30am - 10:15am, Wednesday, October 14, 2026 (Hawaii Time)' = 19:30-20:15Z. "
           "Contact = Reply-To host (notifications@ is a role address).")
def calendly_brightwater() -> bytes:
    body = t("""
        Hi Kai Nakamura,

        Your Security Engineering Interview with Jamie Whitfield at 9:30am (Hawaii Time) on
        Wednesday, October 14, 2026 is scheduled.

        Event Type:
        Security Engineering Interview

        Invitee:
        Kai Nakamura

        Invitee Email:
        kai.nakamura@example.org

        Event Date/Time:
        9:30am - 10:15am, Wednesday, October 14, 2026 (Hawaii Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/bwc-hmzq-tua

        Description:
        45 minutes with Jamie (Head of Security) to talk through your background, our AWS/GCP
        footprint and what the first six months in the role would look like.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0c4e7d1a-92b3-4f8e-b6a1-7d20e9c5f3b4
        Reschedule: https://calendly.com/reschedulings/0c4e7d1a-92b3-4f8e-b6a1-7d20e9c5f3b4

        Powered by Calendly.com
    """)
    htm = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <div style="max-width:600px;margin:0 auto">
        <p>Hi Kai Nakamura,</p>
        <p>Your Security Engineering Interview with Jamie Whitfield at 9:30am (Hawaii Time) on Wednesday, October 14, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Security Engineering Interview</p>
        <p><b>Invitee:</b><br>Kai Nakamura</p>
        <p><b>Invitee Email:</b><br><a href="mailto:kai.nakamura@example.org">kai.nakamura@example.org</a></p>
        <p><b>Event Date/Time:</b><br>9:30am - 10:15am, Wednesday, October 14, 2026 (Hawaii Time)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/bwc-hmzq-tua">Join now</a></p>
        <p><b>Description:</b><br>45 minutes with Jamie (Head of Security) to talk through your background, our AWS/GCP footprint and what the first six months in the role would look like.</p>
        <p><a href="https://calendly.com/cancellations/0c4e7d1a-92b3-4f8e-b6a1-7d20e9c5f3b4">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/0c4e7d1a-92b3-4f8e-b6a1-7d20e9c5f3b4">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </div></body></html>
    """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261014T193000Z
DTEND:20261014T201500Z
DTSTAMP:20261008T224406Z
ORGANIZER;CN=Jamie Whitfield:mailto:jamie.whitfield@brightwatercompliance.com
UID:0c4e7d1a-92b3-4f8e-b6a1-7d20e9c5f3b4@calendly.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kai Nakamura:mailto:kai.nakamura@example.org
SUMMARY:Security Engineering Interview between Jamie Whitfield and Kai Nakamura
LOCATION:https://meet.google.com/bwc-hmzq-tua
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Security Engineering Interview with Jamie Whitfield on Wednesday, October 14, 2026",
              "2026-10-08 22:44:06", Z, "<6e1d0b3a9c4f.20261008224406.3a7c@calendly.com>",
              "from o3.email.calendly.com (o3.email.calendly.com [198.51.100.33])",
              extra=(("Reply-To", addr("Jamie Whitfield", "jamie.whitfield@brightwatercompliance.com")),))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", cte="base64")))


@mail(n(7), family="google_calendar", lang="en-JP", interview=True, kind="scheduled",
      start=utc("2026-10-22 09:00", TYO), end=utc("2026-10-22 10:00", TYO),
      contact="haruto.mori@shiokaze-cloud.jp", company="Shiokaze Cloud K.K.",
      local="Thu 2026-10-22 09:00", local_end="2026-10-22 10:00", zone=TYO,
      note="Google Calendar invitation from a Tokyo company: 'Thu Oct 22, 2026 9am - 10am (JST)' = "
           "00:00-01:00Z on 22 Oct, which is Wednesday 21 Oct 2 PM HST for Kai (the body's own note "
           "says so). ICS TZID Asia/Tokyo agrees. Contact = ORGANIZER.")
def gcal_shiokaze() -> bytes:
    desc = t("""
        Kai-san,

        Thank you for making time across the Pacific. This is the second interview (technical) with
        our Cloud Platform Security team. It will be held in English.
        Please note this is Wednesday 2:00 PM in Honolulu.

        Best regards,
        Haruto Mori
    """)
    body = t(f"""
        Kai Nakamura has been invited to the following event.

        Interview: Kai Nakamura / Cloud Security Lead (2nd round)
        Thursday Oct 22, 2026 ⋅ 9am – 10am
        Japan Standard Time - Tokyo

        Join with Google Meet
        https://meet.google.com/skz-pqdw-nvo

        {desc.replace(chr(10), chr(10) + "        ").rstrip()}

        Organizer
        Haruto Mori
        haruto.mori@shiokaze-cloud.jp

        Guests
        Haruto Mori - organizer
        Sayaka Ono
        kai.nakamura@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MXY2c2tq

        Reply for kai.nakamura@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=MXY2c2tq&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MXY2c2tq&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=MXY2c2tq&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
    """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <div itemscope itemtype="http://schema.org/Event"><table cellpadding="0" cellspacing="0" style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <tr><td><h2 itemprop="name" style="font-size:22px;font-weight:400">Interview: Kai Nakamura / Cloud Security Lead (2nd round)</h2></td></tr>
        <tr><td><span itemprop="startDate" content="2026-10-22T00:00:00Z"></span><span itemprop="endDate" content="2026-10-22T01:00:00Z"></span>
        Thursday Oct 22, 2026 &#8901; 9am &ndash; 10am<br>Japan Standard Time - Tokyo</td></tr>
        <tr><td><a href="https://meet.google.com/skz-pqdw-nvo" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px">Join with Google Meet</a></td></tr>
        <tr><td><p>Kai-san,</p><p>Thank you for making time across the Pacific. This is the second interview (technical) with our Cloud Platform Security team. It will be held in English.<br>Please note this is Wednesday 2:00 PM in Honolulu.</p><p>Best regards,<br>Haruto Mori</p></td></tr>
        <tr><td><b>Organizer</b><br>Haruto Mori<br>haruto.mori@shiokaze-cloud.jp</td></tr>
        <tr><td><b>Guests</b><br>Haruto Mori - organizer<br>Sayaka Ono<br>kai.nakamura@example.org</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Invitation from Google Calendar</td></tr>
        </table></div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TYO}
BEGIN:VEVENT
DTSTART;TZID=Asia/Tokyo:20261022T090000
DTEND;TZID=Asia/Tokyo:20261022T100000
DTSTAMP:20261015T022011Z
ORGANIZER;CN=Haruto Mori:mailto:haruto.mori@shiokaze-cloud.jp
UID:1v6skjq3f0a8l2m9c4t7r5e0nb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Haruto Mori;X-NUM-GUESTS=0:mailto:haruto.mori@shiokaze-cloud.jp
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sayaka Ono;X-NUM-GUESTS=0:mailto:sayaka.ono@shiokaze-cloud.jp
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kai.nakamura@example.org;X-NUM-GUESTS=0:mailto:kai.nakamura@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/skz-pqdw-nvo
CREATED:20261015T021703Z
DESCRIPTION:Kai-san\\,\\n\\nThank you for making time across the Pacific. This is the second interview (technical) with our Cloud Platform Security team. It will be held in English.\\nPlease note this is Wednesday 2:00 PM in Honolulu.\\n\\nBest regards\\,\\nHaruto Mori
LAST-MODIFIED:20261015T022011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Kai Nakamura / Cloud Security Lead (2nd round)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Haruto Mori", "haruto.mori@shiokaze-cloud.jp"),
              "Invitation: Interview: Kai Nakamura / Cloud Security Lead (2nd round) @ Thu Oct 22, 2026 "
              "9am - 10am (JST) (kai.nakamura@example.org)",
              "2026-10-15 02:20:11", Z, "<calendar-7d5e2b91-44c3-4a0e-9f1b-2c8e6a0d3f57@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [203.0.113.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "haruto.mori@shiokaze-cloud.jp")))
    return message(hs, mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(8), family="exchange", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-20 14:00", LA), end=utc("2026-10-20 15:30", LA),
      contact="ralvarado@coastline-ent.com", company="Coastline Entertainment Technology",
      local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:30", zone=LA,
      note="Outlook/Exchange meeting request from a Los Angeles company; the body has no time at all "
           "('sending the invite'), the time is only in the ICS: DTSTART;TZID=\"Pacific Standard "
           "Time\":20261020T140000, a Windows zone name that is in daylight time in October (PDT, "
           "UTC-7) = 21:00-22:30Z (11:00 HST). Contact = the human sender/ORGANIZER.")
def exchange_coastline() -> bytes:
    body = t("""
        Hi Kai,

        Sending the calendar invite for your final round with Nadia (our CISO) and two folks from
        the platform team. It's a panel, so expect a mix of architecture and incident questions.
        Please accept so it lands on your calendar, and ping me if the slot doesn't work after all.

        Thanks!
        Renee

        Renee Alvarado | Senior Recruiter
        Coastline Entertainment Technology
        ralvarado@coastline-ent.com | (310) 555-0122

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1Yz>
        Meeting ID: 281 447 390 512
        Passcode: qT7bX2
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Renee Alvarado:mailto:ralvarado@coastline-ent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kai.nakamura@example.org:mailto:kai.nakamura@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Farouk:mailto:nfarouk@coastline-ent.com
DESCRIPTION;LANGUAGE=en-US:Hi Kai\\,\\n\\nSending the calendar invite for your final round with Nadia (our CISO) and two folks from the platform team.\\n
UID:040000008200E00074C5B7101A82E008000000007A61C3F2C05BDC01000000000000000010000000C1B0E5A9D2F4E3419A7E0B1D2C3F4A5B
SUMMARY;LANGUAGE=en-US:Cloud Security Engineer - Final Round (Kai Nakamura)
DTSTART;TZID=Pacific Standard Time:20261020T140000
DTEND;TZID=Pacific Standard Time:20261020T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T230512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117549811
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
END:VCALENDAR"""
    hs = head(addr("Renee Alvarado", "ralvarado@coastline-ent.com"),
              "Cloud Security Engineer - Final Round (Kai Nakamura)", "2026-10-14 16:05:12", LA,
              "<BY5PR13MB39206E1A4D0C2B7F8E9A1C3D5B2F0@BY5PR13MB3920.namprd13.prod.outlook.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2107.outbound.protection.outlook.com [198.51.100.107])",
              extra=(("Thread-Topic", "Cloud Security Engineer - Final Round (Kai Nakamura)"),
                     ("Thread-Index", "AdtE9c1xK3n2B7QzSe6Zk0v1hY4R2w=="), ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(outlook_html(body)),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(9), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-05 13:00", LA), end=utc("2026-11-05 13:45", LA),
      contact="tessa.nguyen@harborlightgames.com", company="Harborlight Games",
      local="Thu 2026-11-05 13:00", local_end="2026-11-05 13:45", zone=LA,
      note="Recruiter prose with a pasted Zoom invitation; mail sent Thu 29 Oct in PDT, interview "
           "'Nov 5, 2026 01:00 PM Pacific Time (US and Canada)', after the US fall-back on 1 Nov, so "
           "PST UTC-8 = 21:00Z (11:00 HST, as the recruiter points out). 'Duration: 45 minutes' -> "
           "end 21:45Z. Contact = human sender.")
def zoom_harborlight() -> bytes:
    body = t("""
        Hi Kai,

        Great news - the team would like to move you forward! You're confirmed for next Thursday,
        November 5 at 1:00 PM Pacific with Devin (Security Eng Manager). Heads up that our clocks
        fall back this Sunday, so that will be 11:00 AM in Honolulu, not 10.

        Zoom details below. Let me know if you have any questions before then.

        Best,
        Tessa

        Tessa Nguyen
        Technical Recruiter, Harborlight Games
        Playa Vista, CA

        ---

        Tessa Nguyen is inviting you to a scheduled Zoom meeting.

        Topic: Harborlight | Kai Nakamura <> Devin Harper (Cloud Security)
        Time: Nov 5, 2026 01:00 PM Pacific Time (US and Canada)
        Duration: 45 minutes

        Join Zoom Meeting
        https://harborlight.zoom.us/j/94418230571?pwd=dGhXc0Z3a1RvV2lQeEJ0

        Meeting ID: 944 1823 0571
        Passcode: 552106

        ---

        One tap mobile
        +16694449171,,94418230571#,,,,*552106# US
        +12532050468,,94418230571#,,,,*552106# US
    """)
    hs = head(addr("Tessa Nguyen", "tessa.nguyen@harborlightgames.com"),
              "Next steps - Harborlight Games / Cloud Security Engineer", "2026-10-29 13:10:44", LA,
              "<CAH7f2kQm+9xR4vW0tZ1pLq8sJ3nY6bE5uD2cA_kF7g@mail.gmail.com>",
              "from mail-pj1-f54.google.com (mail-pj1-f54.google.com [203.0.113.54])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(10), family="teams_prose", lang="en-AU", interview=True, kind="scheduled",
      start=utc("2026-10-13 08:00", SYD), end=utc("2026-10-13 09:00", SYD),
      contact="bronwyn.hale@southerlycloud.com.au", company="Southerly Cloud Pty Ltd",
      local="Tue 2026-10-13 08:00", local_end="2026-10-13 09:00", zone=SYD,
      note="Australian recruiter (Outlook, Teams block) writing in Sydney time: 'Tuesday 13 October at "
           "8:00am AEDT' - Sydney moved to daylight time on 4 Oct, so UTC+11 = 21:00Z on Monday 12 "
           "Oct (11:00am Monday in Honolulu, as stated). '60 minutes' -> end 22:00Z. Date header "
           "+1100. Contact = human sender.")
def teams_southerly() -> bytes:
    body = t("""
        Hi Kai,

        Thanks for your time on the phone last week - I've had a chat with Liam and we'd love to
        get you in front of the team for the Cloud Security Engineer role (remote, AU/US hours).

        I've locked in the following:

        Tuesday 13 October at 8:00am AEDT (Sydney) - that's Monday 12 October, 11:00am your time
        in Honolulu.
        60 minutes, Microsoft Teams (link below)
        Panel: Liam O'Connell (Head of Platform Security) and Ruby Tran (Senior Cloud Engineer)

        It'll be a mix of a chat about your background and a practical AWS scenario - nothing you
        need to prepare. Shout out if anything changes on your end.

        Cheers,
        Bronwyn

        Bronwyn Hale
        Talent Partner | Southerly Cloud
        Level 9, 60 Clarence Street, Sydney NSW 2000
        +61 2 5550 1184

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA3YjE2>
        Meeting ID: 438 902 117 645
        Passcode: Hs8v4K
        ________________________________________________________________________________
    """)
    hs = head(addr("Bronwyn Hale", "bronwyn.hale@southerlycloud.com.au"),
              "Interview - Cloud Security Engineer - Southerly Cloud", "2026-10-07 09:12:31", SYD,
              "<SY4P282MB3120A1C9E7F0B2D4C6E8A0B3C5D7E9F1@SY4P282MB3120.AUSP282.PROD.OUTLOOK.COM>",
              "from AUS01-SY4-obe.outbound.protection.outlook.com (mail-sy4aus01on2119.outbound.protection.outlook.com [198.51.100.119])",
              extra=(("Thread-Topic", "Interview - Cloud Security Engineer - Southerly Cloud"),
                     ("Accept-Language", "en-AU"), ("Content-Language", "en-AU")))
    return message(hs, alt(text(body), html(outlook_html(body))))


@mail(n(11), family="human_prose_phone", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", HNL), end=None,
      contact="dfujimoto@makapuucu.org", company="Makapuu Credit Union",
      local="Tue 2026-09-22 14:00", zone=HNL,
      note="Hiring manager's short phone reply 'tomorrow at 2 works' sent Mon 21 Sept 07:48 HST -> "
           "Tue 22 Sept 14:00 HST = 00:00Z Wed 23 Sept (next day in UTC). The quoted message has "
           "Kai's own proposal ('Tuesday afternoon... 2pm'). 'about an hour' -> end null. "
           "Contact = the human sender.")
def phone_makapuu() -> bytes:
    body = t("""
        Hi Kai - tomorrow at 2 works great. Come to our main office on Kapiolani (3rd floor) and
        ask for me at the front desk, theres visitor parking behind the building. Should take
        about an hour, you'll meet me and Carla from our infosec team.

        Thx,
        Derek

        Sent from my iPhone

        > On Sep 20, 2026, at 8:15 PM, Kai Nakamura <kai.nakamura@example.org> wrote:
        >
        > Hi Derek,
        >
        > Thanks for getting back to me so quickly. I'm free Tuesday afternoon - would 2pm work
        > for you? Happy to come in person.
        >
        > Best,
        > Kai
    """)
    hs = head(addr("Derek Fujimoto", "dfujimoto@makapuucu.org"),
              "Re: Information Security Officer role", "2026-09-21 07:48:02", HNL,
              "<8B3E1F02-6C4D-4A7B-9E15-2D0C7F9A3B61@makapuucu.org>",
              "from mail-nam04.outbound.mailhost.example.net (mail-nam04.outbound.mailhost.example.net [192.0.2.160])",
              extra=(("In-Reply-To", "<CAJx4s9Ln2qV8eT1yR6mZ0uK3wP5hB7dF9gC2aS4vX1@mail.example.org>"),
                     ("References", "<CAJx4s9Ln2qV8eT1yR6mZ0uK3wP5hB7dF9gC2aS4vX1@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (23A355)")))
    return message(hs, text(body, params="format=flowed; delsp=yes"))


@mail(n(12), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-09 10:00", LA), end=utc("2026-11-09 11:00", LA),
      contact="alicia.brandt@mooringfinancial.com", company="Mooring Financial",
      local="Mon 2026-11-09 10:00", local_end="2026-11-09 11:00", zone=LA,
      note="SmartRecruiters interview confirmation (HTML only, quoted-printable) from a San Francisco "
           "fintech: 'Monday, November 9, 2026, 10:00 AM - 11:00 AM PST (GMT-08:00)', after the "
           "1 Nov change, so 18:00-19:00Z. Sender is a no-reply; contact = coordinator address in "
           "the body.")
def smartrecruiters_mooring() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Interview confirmation</title></head>
        <body style="margin:0;background:#f3f4f6;font-family:'Open Sans',Arial,sans-serif">
        <table align="center" width="600" style="background:#ffffff;margin:24px auto" cellpadding="0" cellspacing="0">
        <tr><td style="padding:24px 32px 0"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/mooring.png" alt="Mooring Financial" height="36"></td></tr>
        <tr><td style="padding:24px 32px;font-size:14px;line-height:22px;color:#374151">
        <h1 style="font-size:20px;color:#111827;font-weight:600">Your interview is confirmed</h1>
        <p>Hello Kai,</p>
        <p>Thank you for confirming your availability. We look forward to speaking with you about the <strong>Senior Cloud Security Engineer</strong> position.</p>
        <table cellpadding="6" cellspacing="0" style="border:1px solid #e5e7eb;width:100%;font-size:14px">
        <tr><td style="width:120px;color:#6b7280">Date</td><td>Monday, November 9, 2026</td></tr>
        <tr><td style="color:#6b7280">Time</td><td>10:00 AM - 11:00 AM PST (GMT-08:00)</td></tr>
        <tr><td style="color:#6b7280">Type</td><td>Video interview (Microsoft Teams)</td></tr>
        <tr><td style="color:#6b7280">Interviewers</td><td>Hannah Loeb, Director of Security Engineering<br>Samir Qureshi, Principal Engineer</td></tr>
        </table>
        <p>A meeting link will be in the calendar invitation. If you have any questions or need to make a change, please contact Alicia Brandt, Recruiting Coordinator, at <a href="mailto:alicia.brandt@mooringfinancial.com">alicia.brandt@mooringfinancial.com</a>.</p>
        <p>Best regards,<br>Mooring Financial Talent Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#9ca3af;border-top:1px solid #e5e7eb">This message was sent by Mooring Financial via SmartRecruiters. Please do not reply to this email.<br>
        <a href="https://jobs.smartrecruiters.com/privacy">Privacy Policy</a></td></tr>
        </table></body></html>
    """)
    hs = head(addr("Mooring Financial", "noreply@smartrecruiters.com"),
              "Interview confirmation - Senior Cloud Security Engineer", "2026-11-03 18:20:51", Z,
              "<4f61a0c2-9e8b-4d3f-b1a7-5c2e0d9f8a16@smartrecruiters.com>",
              "from mta-smtp-03.smartrecruiters.com (mta-smtp-03.smartrecruiters.com [203.0.113.203])")
    return message(hs, html(htm))


@mail(n(13), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", HNL), end=utc("2026-10-27 10:00", HNL),
      contact="noelani.cabral@hokupacific.edu", company="Hoku Pacific University",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone=HNL,
      note="iCIMS interview confirmation from a Honolulu university, windows-1252 quoted-printable, "
           "'10/27/2026 at 9:00 AM HST', 'Duration: 60 minutes' = 19:00-20:00Z. Date header in EDT "
           "(iCIMS servers). Sender is the +autoreply relay; contact = HR address in the body.")
def icims_hoku() -> bytes:
    body = t("""
        Dear Kai,

        Thank you for your interest in employment with Hōkū Pacific University. We are pleased
        to confirm your interview for the Information Security Architect position (Req. 2026-4417).

        Date/Time: 10/27/2026 at 9:00 AM HST
        Duration: 60 minutes
        Location: Information Technology Services, Hale Kīpuka, Room 204
                  2600 Campus Road, Honolulu, HI 96822
        Search committee: Dr. Alan Yoshida (CIO), Pua Kanahele, Tomás Ibarra

        Visitor parking is available in the Lower Campus structure; please allow extra time.
        If you need to reschedule or require accommodations, contact Noelani Cabral in Human
        Resources at noelani.cabral@hokupacific.edu or (808) 555-0190.

        We look forward to meeting you.

        Human Resources
        Hōkū Pacific University
    """)
    body = body.replace("Hōkū", "Hoku").replace("Kīpuka", "Kipuka").replace(" - ", " – ")
    htm = "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    htm = htm.replace("Tomás", "Tom&aacute;s")
    hs = head(addr("Hoku Pacific University", "hokupacific+autoreply@talent.icims.com"),
              "Interview Confirmation – Information Security Architect (2026-4417)",
              "2026-10-20 19:31:05", NY, "<1603226665.417.2026102019310544@talent.icims.com>",
              "from mail-out-13.icims.com (mail-out-13.icims.com [192.0.2.13])")
    return message(hs, alt(text(body, charset="windows-1252"), html(htm, charset="windows-1252")))


@mail(n(14), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-17 07:00", HNL), end=utc("2026-11-17 10:15", HNL),
      contact="marisol.vance@cedarline.com", company="Cedarline Systems",
      local="Tue 2026-11-17 07:00", local_end="2026-11-17 10:15", zone=HNL,
      note="GoodTime virtual-onsite itinerary from a Seattle company, shown in the candidate's zone "
           "(HST): three sessions 7:00-7:45, 8:00-8:45, 9:00-10:15 AM HST on Tue 17 Nov; first start "
           "to last end = 17:00-20:15Z (9:00 AM-12:15 PM PST). Contact = Reply-To coordinator.")
def goodtime_cedarline() -> bytes:
    body = t("""
        Hi Kai,

        Your virtual onsite with Cedarline Systems is confirmed. Calendar invitations for each
        session will follow from the interviewers.

        Tuesday, November 17, 2026
        All times are shown in Hawaii Standard Time (HST, UTC-10).

          7:00 AM - 7:45 AM    Cloud Architecture          Ben Okafor, Principal Engineer
          8:00 AM - 8:45 AM    Detection & Response        Laura Mistry, Security Lead
          9:00 AM - 10:15 AM   Hiring Manager + Values     Ethan Cole, Director of Security

        For the Seattle team this is 9:00 AM - 12:15 PM PST.

        Video: https://cedarline.zoom.us/j/81120775394 (same link for all sessions)

        If you need to make a change, reply to this email and Marisol will help.

        Good luck!
        Cedarline Systems Recruiting

        Scheduled with GoodTime
    """)
    rows = [("7:00 AM - 7:45 AM", "Cloud Architecture", "Ben Okafor, Principal Engineer"),
            ("8:00 AM - 8:45 AM", "Detection &amp; Response", "Laura Mistry, Security Lead"),
            ("9:00 AM - 10:15 AM", "Hiring Manager + Values", "Ethan Cole, Director of Security")]
    trs = "".join(f'<tr><td style="padding:6px 12px;white-space:nowrap">{a}</td><td style="padding:6px 12px">{b}</td>'
                  f'<td style="padding:6px 12px;color:#555">{c}</td></tr>\n' for a, b, c in rows)
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
           "<p>Hi Kai,</p>\n<p>Your virtual onsite with Cedarline Systems is confirmed. Calendar invitations "
           "for each session will follow from the interviewers.</p>\n"
           "<h3 style=\"margin-bottom:4px\">Tuesday, November 17, 2026</h3>\n"
           "<p style=\"margin-top:0;color:#666\">All times are shown in Hawaii Standard Time (HST, UTC-10).</p>\n"
           '<table style="border-collapse:collapse;border:1px solid #ddd">\n' + trs + "</table>\n"
           "<p>For the Seattle team this is 9:00 AM - 12:15 PM PST.</p>\n"
           '<p>Video: <a href="https://cedarline.zoom.us/j/81120775394">cedarline.zoom.us/j/81120775394</a> '
           "(same link for all sessions)</p>\n<p>If you need to make a change, reply to this email and "
           "Marisol will help.</p>\n<p>Good luck!<br>Cedarline Systems Recruiting</p>\n"
           '<p style="font-size:11px;color:#999">Scheduled with GoodTime</p>\n</body></html>\n')
    hs = head(addr("Cedarline Systems Recruiting", "scheduling@goodtime.io"),
              "Your interview schedule with Cedarline Systems - Tuesday, November 17",
              "2026-11-10 21:15:40", Z, "<20261110211540.4c7e1a2f9b@goodtime.io>",
              "from o7.sg.goodtime.io (o7.sg.goodtime.io [198.51.100.207])",
              extra=(("Reply-To", addr("Marisol Vance", "marisol.vance@cedarline.com")),))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(htm)))


@mail(n(15), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 15:30", HNL), end=utc("2026-12-03 16:00", HNL),
      contact=None, company="Mauka Health System",
      local="Thu 2026-12-03 15:30", local_end="2026-12-03 16:00", zone=HNL,
      note="Microsoft Bookings confirmation from a Honolulu health system: 'Thursday, December 3, "
           "2026 3:30 PM - 4:00 PM (UTC-10:00) Hawaii' = 01:30-02:00Z on Friday 4 Dec (next day in "
           "UTC). Sent from the Bookings mailbox; staff named without an address -> contact null.")
def bookings_mauka() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:640px">
        <div style="font-size:24px;font-weight:600;padding:16px 0">Your booking has been confirmed</div>
        <div style="padding-bottom:8px">Hi Kai Nakamura,</div>
        <div style="padding-bottom:16px">Thank you for booking with Mauka Health System Talent Acquisition. Your appointment details are below.</div>
        <table style="font-size:14px" cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Phone Interview - Cloud Security Engineer</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, December 3, 2026 3:30 PM - 4:00 PM (UTC-10:00) Hawaii</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Kawika Santos</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>We will call you at the number you provided.</td></tr>
        </table>
        <div style="padding-top:16px">Please have a copy of your resume in front of you. If you need to make changes, use the link below.</div>
        <div style="padding:16px 0"><a href="https://outlook.office365.com/owa/calendar/MaukaTA@maukahealth.org/bookings/" style="background:#0078d4;color:#fff;padding:8px 14px;text-decoration:none">Manage booking</a></div>
        <div style="font-size:12px;color:#a19f9d">Mauka Health System &middot; 1301 Punchbowl Ave, Honolulu, HI 96813<br>Powered by Microsoft Bookings</div>
        </div></body></html>
    """)
    hs = head(addr("Mauka Health System Talent Acquisition", "MaukaTA@maukahealth.org"),
              "Booking confirmed: Phone Interview - Cloud Security Engineer", "2026-11-30 20:02:18", Z,
              "<MN2PR02MB7118E0C3A9F1B6D4F2A7C1E9D3B5A8@MN2PR02MB7118.namprd02.prod.outlook.com>",
              "from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2131.outbound.protection.outlook.com [198.51.100.131])")
    return message(hs, html(htm, cte="base64"))


@mail(n(16), family="personio", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-02 19:00", BER), end=utc("2026-12-02 20:00", BER),
      contact="annika.berg@nordlicht-security.de", company="Nordlicht Security GmbH",
      local="Wed 2026-12-02 19:00", local_end="2026-12-02 20:00", zone=BER,
      note="Personio interview invitation in English from a remote-first Berlin company: 'Wednesday, "
           "2 December 2026, 19:00 - 20:00 (CET)', CET = UTC+1 in December -> 18:00-19:00Z (8:00-9:00 "
           "AM HST, which the recruiter adds). Contact = Reply-To recruiter.")
def personio_nordlicht() -> bytes:
    body = t("""
        Hi Kai,

        Thank you for your application as Cloud Security Engineer (Remote, Americas). We would
        like to invite you to a first interview:

        Date: Wednesday, 2 December 2026
        Time: 19:00 - 20:00 (CET)
        Where: Google Meet - https://meet.google.com/nls-wrkb-epz
        With: Annika Berg (People & Talent) and Jonas Riedel (VP Engineering)

        We know that is early for you - it should be 8:00 - 9:00 AM in Honolulu.

        If the appointment doesn't suit you, simply reply to this email.

        Kind regards
        Annika Berg
        People & Talent | Nordlicht Security GmbH
        Torstraße 140, 10119 Berlin
    """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Kai,</p>
        <p>Thank you for your application as <strong>Cloud Security Engineer (Remote, Americas)</strong>. We would like to invite you to a first interview:</p>
        <p><strong>Date:</strong> Wednesday, 2 December 2026<br>
        <strong>Time:</strong> 19:00 - 20:00 (CET)<br>
        <strong>Where:</strong> Google Meet - <a href="https://meet.google.com/nls-wrkb-epz">meet.google.com/nls-wrkb-epz</a><br>
        <strong>With:</strong> Annika Berg (People &amp; Talent) and Jonas Riedel (VP Engineering)</p>
        <p>We know that is early for you - it should be 8:00 - 9:00 AM in Honolulu.</p>
        <p>If the appointment doesn't suit you, simply reply to this email.</p>
        <p>Kind regards<br>Annika Berg<br>People &amp; Talent | Nordlicht Security GmbH<br>Torstra&szlig;e 140, 10119 Berlin</p>
        <p style="font-size:11px;color:#888">Sent with Personio</p>
        </body></html>
    """)
    hs = head(addr("Nordlicht Security GmbH", "noreply@personio.de"),
              "Invitation to interview: Cloud Security Engineer (Remote, Americas)", "2026-11-26 11:04:27", BER,
              "<20261126100427.6a2f0e91c3.recruiting@mail.personio.de>",
              "from mail.personio.de (mail.personio.de [203.0.113.90])",
              extra=(("Reply-To", addr("Annika Berg", "annika.berg@nordlicht-security.de")),))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(htm)))


# =========================================================================== positives: rescheduled


@mail(n(17), family="exchange", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-04 14:00", NY), end=utc("2026-11-04 15:30", NY),
      contact="gregory.palmer@kaimanadefense.com", company="Kaimana Defense Solutions",
      local="Wed 2026-11-04 14:00", local_end="2026-11-04 15:30", zone=NY,
      note="Exchange meeting update (SEQUENCE:1, same UID) from the Virginia-based hiring manager: old "
           "slot Wed 28 Oct 2:00-3:30 PM EDT, new slot Wed 4 Nov 2:00-3:30 PM EST (UTC-5 after the "
           "1 Nov change) = 19:00-20:30Z (9:00 AM HST, as he notes). ICS TZID 'Eastern Standard "
           "Time' agrees. Contact = human sender/ORGANIZER.")
def exchange_kaimana_update() -> bytes:
    body = t("""
        Kai,

        Apologies for the shuffle. Two of our panelists are tied up in a program review on the
        28th, so I've moved your panel interview from Wednesday 10/28 (2:00 PM ET) to the
        following Wednesday, November 4, same time: 2:00-3:30 PM Eastern.

        Note the East Coast comes off daylight saving on Nov 1, so this is 9:00 AM your time
        in Honolulu (not 8:00 like the original slot). The updated invite is attached; same
        Teams link.

        V/r,
        Greg

        Gregory Palmer
        Program Security Manager | Kaimana Defense Solutions
        Chantilly, VA | (703) 555-0168

        When: Wednesday, November 4, 2026 2:00 PM-3:30 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE2ZjQ>
        Meeting ID: 219 553 804 771
        Passcode: 9Wm3Ry
        ________________________________________________________________________________
    """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_EASTERN + """
BEGIN:VEVENT
ORGANIZER;CN=Gregory Palmer:mailto:gregory.palmer@kaimanadefense.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kai Nakamura:mailto:kai.nakamura@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sharon Iseri:mailto:sharon.iseri@kaimanadefense.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brent Okamura:mailto:brent.okamura@kaimanadefense.com
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC010000000000000000100000003E5A7C9B1D2F4E6A8C0B2D4F6A8C0E1F
SUMMARY;LANGUAGE=en-US:Panel Interview - K. Nakamura - Cloud Security Engineer III
DTSTART;TZID=Eastern Standard Time:20261104T140000
DTEND;TZID=Eastern Standard Time:20261104T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T144012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Palmer, Gregory", "gregory.palmer@kaimanadefense.com"),
              "Panel Interview - K. Nakamura - Cloud Security Engineer III", "2026-10-26 10:40:12", NY,
              "<DM6PR09MB4521B7C3E9A1F0D2C4B6A8E0F2D4B6C8@DM6PR09MB4521.namprd09.prod.outlook.com>",
              "from GCC01-DM6-obe.outbound.protection.office365.us (mail-dm6gcc01on2088.outbound.protection.office365.us [198.51.100.88])",
              extra=(("Thread-Topic", "Panel Interview - K. Nakamura - Cloud Security Engineer III"),
                     ("Thread-Index", "AdtH3Lq0aR1xN5C0QUmVw2b8Zp3KfgADc9Ew"), ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(outlook_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(18), family="recruitee", lang="en-JP", interview=True, kind="rescheduled",
      start=utc("2026-11-17 08:00", TYO), end=utc("2026-11-17 08:45", TYO),
      contact="yui.takahashi@kumoshield.co.jp", company="Kumo Shield Inc.",
      local="Tue 2026-11-17 08:00", local_end="2026-11-17 08:45", zone=TYO,
      note="Recruitee reschedule from a Tokyo company (base64 utf-8, Japanese company name in the "
           "signature): old 'Friday, November 13, 9:00-9:45 JST', new 'Tuesday, November 17, "
           "8:00-8:45 JST' = 23:00-23:45Z on Monday 16 Nov (1:00 PM Monday in Honolulu, as written). "
           "Contact = Reply-To recruiter.")
def recruitee_kumo() -> bytes:
    body = t("""
        Dear Kai,

        Thank you for your patience. Unfortunately our CTO has an overseas business trip on
        Friday, so we have changed the date of your interview as follows.

          Previous: Friday, November 13, 9:00 - 9:45 JST
          New:      Tuesday, November 17, 8:00 - 8:45 JST
                    (Monday, November 16, 1:00 - 1:45 PM in Honolulu)

        Interview: Final interview with CTO (Kenji Arakawa) and myself
        Format: Online (Zoom) - the link is unchanged:
        https://us06web.zoom.us/j/86633019254

        We are sorry for the inconvenience. If the new time is difficult, please reply to this
        email and we will adjust.

        Best regards,

        Yui Takahashi
        Talent Acquisition, Kumo Shield Inc.
        クモシールド株式会社
        Shibuya-ku, Tokyo

        --
        Sent via Recruitee
    """)
    htm = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n" + "".join(
        f"<p>{line.strip()}</p>\n" for line in body.split("\n") if line.strip()) + "</body></html>\n"
    hs = head(addr("Kumo Shield Inc.", "no-reply@recruitee.com"),
              "Your interview with Kumo Shield has been rescheduled", "2026-11-10 10:05:33", TYO,
              "<5f7e3c1a.rs.0b9d@mailer.recruitee.com>",
              "from mailer.recruitee.com (mailer.recruitee.com [203.0.113.66])",
              extra=(("Reply-To", addr("Yui Takahashi", "yui.takahashi@kumoshield.co.jp")),), date_zone=Z)
    return message(hs, alt(text(body, cte="base64"), html(htm, cte="base64")))


@mail(n(19), family="agency_recruiter", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-16 10:30", HNL), end=None,
      contact="dana.whitaker@pacifictalentpartners.com", company="Kona Coast Bank",
      local="Fri 2026-10-16 10:30", zone=HNL,
      note="Agency recruiter, quick reply with typos on top of her own earlier confirmation: the "
           "client moved the interview from Thu 10/15 10:30am to 'Friday 10/16 at 10:30am, same "
           "place' (Honolulu, HST) = 20:30Z. No length given -> end null. Company = the hiring "
           "client (the bank), contact = the recruiter.")
def agency_kona_move() -> bytes:
    body = t("""
        Hi Kai,

        Quick heads up - Kona Coast just called, their CIO got pulled into a board meeting thurs
        morning so they've moved you to Friday 10/16 at 10:30am instead. Same place (Bishop St
        tower, 14th fl), same people. I told them thats fine since you said your Friday was open
        but holler if not!!

        Dana

        Dana Whitaker
        Senior Recruiter, Technology | Pacific Talent Partners
        808-555-0135 (cell)

        -----Original Message-----
        From: Dana Whitaker <dana.whitaker@pacifictalentpartners.com>
        Sent: Friday, October 9, 2026 11:02 AM
        To: Kai Nakamura <kai.nakamura@example.org>
        Subject: RE: Kona Coast Bank - Security Engineering Manager

        Perfect, you're confirmed for Thursday 10/15 at 10:30am with Kona Coast Bank. Ask for
        Miles Ahina at the 14th floor reception. Good luck!!
    """)
    hs = head(addr("Dana Whitaker", "dana.whitaker@pacifictalentpartners.com"),
              "RE: Kona Coast Bank - Security Engineering Manager", "2026-10-13 16:52:08", HNL,
              "<CO1PR11MB50897D3A1B9C0E2F4D6A8C0E2B4D6F8A@CO1PR11MB5089.namprd11.prod.outlook.com>",
              "from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2112.outbound.protection.outlook.com [198.51.100.112])",
              extra=(("In-Reply-To", "<CO1PR11MB5089E1F3A5C7B9D0E2F4A6C8B0D2E4F6@CO1PR11MB5089.namprd11.prod.outlook.com>"),
                     ("Thread-Topic", "Kona Coast Bank - Security Engineering Manager")))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(20), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-02 10:00", LA), end=utc("2026-11-02 11:00", LA),
      contact="owen.castellanos@driftlinesec.com", company="Driftline Security",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=LA,
      note="Google Calendar 'Updated invitation' (SEQUENCE:1): moved from Fri 30 Oct 10-11am PDT to "
           "'Mon Nov 2, 2026 10am - 11am (PST)', the first working day after the fall-back, so UTC-8 "
           "= 18:00-19:00Z (8am HST, as the organizer's note says). Contact = ORGANIZER.")
def gcal_driftline_update() -> bytes:
    desc = ("Moving this from Friday 10/30 to Monday 11/2, same time (10am Pacific). Heads up: with "
            "daylight saving ending Sunday that's 8am for you in Honolulu, not 7. - Owen")
    body = t(f"""
        This event has been updated
        Changed: time

        Driftline - Technical deep dive (Kai Nakamura)
        Monday Nov 2, 2026 ⋅ 10am – 11am
        Pacific Time - Los Angeles

        Join with Google Meet
        https://meet.google.com/drf-kxpb-wuz

        {desc}

        Organizer
        Owen Castellanos
        owen.castellanos@driftlinesec.com

        Guests
        Owen Castellanos - organizer
        Nikhil Rao
        kai.nakamura@example.org

        Reply for kai.nakamura@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGRrc3Q&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGRrc3Q&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NGRrc3Q&rst=3

        Invitation from Google Calendar
    """)
    htm = t(f"""
        <html><body><div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p style="background:#fce8b2;padding:6px 10px">This event has been updated<br><b>Changed:</b> time</p>
        <h2 style="font-weight:400">Driftline - Technical deep dive (Kai Nakamura)</h2>
        <p><span style="text-decoration:line-through;color:#80868b">Friday Oct 30, 2026 &#8901; 10am &ndash; 11am</span><br>
        Monday Nov 2, 2026 &#8901; 10am &ndash; 11am<br>Pacific Time - Los Angeles</p>
        <p><a href="https://meet.google.com/drf-kxpb-wuz">Join with Google Meet</a></p>
        <p>{desc}</p>
        <p><b>Organizer</b><br>Owen Castellanos<br>owen.castellanos@driftlinesec.com</p>
        <p><b>Guests</b><br>Owen Castellanos - organizer<br>Nikhil Rao<br>kai.nakamura@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261102T100000
DTEND;TZID=America/Los_Angeles:20261102T110000
DTSTAMP:20261028T190321Z
ORGANIZER;CN=Owen Castellanos:mailto:owen.castellanos@driftlinesec.com
UID:4dkst9a0b2c3d5e7f1g6h8j0kl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Owen Castellanos;X-NUM-GUESTS=0:mailto:owen.castellanos@driftlinesec.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nikhil Rao;X-NUM-GUESTS=0:mailto:nikhil.rao@driftlinesec.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=kai.nakamura@example.org;X-NUM-GUESTS=0:mailto:kai.nakamura@example.org
CREATED:20261021T201544Z
DESCRIPTION:{desc.replace(",", chr(92) + ",")}
LAST-MODIFIED:20261028T190321Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Driftline - Technical deep dive (Kai Nakamura)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Owen Castellanos", "owen.castellanos@driftlinesec.com"),
              "Updated invitation: Driftline - Technical deep dive (Kai Nakamura) @ Mon Nov 2, 2026 "
              "10am - 11am (PST) (kai.nakamura@example.org)",
              "2026-10-28 19:03:21", Z, "<calendar-2b8f61d0-7a3e-4c59-b1e2-9d0f4a6c8e37@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [203.0.113.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "owen.castellanos@driftlinesec.com")))
    return message(hs, mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-08 09:00", LA), end=utc("2026-10-08 12:00", LA),
      contact="priya.raman@halyardcloud.com", company="Halyard Cloud",
      local="Thu 2026-10-08 09:00", local_end="2026-10-08 12:00", zone=LA,
      note="Google Calendar cancellation (METHOD:CANCEL) of the virtual onsite 'Thu Oct 8, 2026 9am - "
           "12pm (PDT)' = 16:00-19:00Z; the organizer's note says the requisition is paused, no new "
           "time. Contact = ORGANIZER.")
def gcal_halyard_cancel() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Halyard Cloud - Virtual onsite (Kai Nakamura)
        Thursday Oct 8, 2026 ⋅ 9am – 12pm
        Pacific Time - Los Angeles

        Hi Kai - I'm really sorry, but we've had to pause hiring for this role for the rest of the
        quarter, so I'm cancelling Thursday's onsite. I'll reach out directly if it reopens.
        Priya

        Organizer
        Priya Raman
        priya.raman@halyardcloud.com

        Guests
        Priya Raman - organizer
        Marcus Lindqvist
        Aiko Brennan
        kai.nakamura@example.org

        Invitation from Google Calendar
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261008T090000
DTEND;TZID=America/Los_Angeles:20261008T120000
DTSTAMP:20261005T173002Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@halyardcloud.com
UID:7q2hal0onsite3kx9v1m5b8c4d6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=kai.nakamura@example.org;X-NUM-GUESTS=0:mailto:kai.nakamura@example.org
CREATED:20260930T211107Z
LAST-MODIFIED:20261005T173002Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Halyard Cloud - Virtual onsite (Kai Nakamura)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Priya Raman", "priya.raman@halyardcloud.com"),
              "Canceled event with note: Halyard Cloud - Virtual onsite (Kai Nakamura) @ Thu Oct 8, 2026 "
              "9am - 12pm (PDT) (kai.nakamura@example.org)",
              "2026-10-05 17:30:02", Z, "<calendar-c41e9a27-0d5b-4f83-a6e2-71b3d9f05c8a@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [203.0.113.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "priya.raman@halyardcloud.com")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="exchange", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-20 14:00", LA), end=utc("2026-10-20 15:30", LA),
      contact="ralvarado@coastline-ent.com", company="Coastline Entertainment Technology",
      local="Tue 2026-10-20 14:00", local_end="2026-10-20 15:30", zone=LA,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED, same UID as the request) of the "
           "final round Tue 20 Oct 2:00-3:30 PM PT (PDT, UTC-7) = 21:00-22:30Z; body says 2:00 PM PT "
           "/ 11 AM Honolulu and that new options will follow (no new time). ICS TZID 'Pacific "
           "Standard Time'. Contact = human sender.")
def exchange_coastline_cancel() -> bytes:
    body = t("""
        Hi Kai,

        I'm so sorry to do this - Nadia has been pulled into an incident that's going to eat
        her whole week, so I need to cancel Tuesday's final round (2:00 PM PT / 11:00 AM your
        time). This is on us, not you; the team is still very keen. I'll send over new options
        early next week.

        Renee
    """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Renee Alvarado:mailto:ralvarado@coastline-ent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kai.nakamura@example.org:mailto:kai.nakamura@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Farouk:mailto:nfarouk@coastline-ent.com
UID:040000008200E00074C5B7101A82E008000000007A61C3F2C05BDC01000000000000000010000000C1B0E5A9D2F4E3419A7E0B1D2C3F4A5B
SUMMARY;LANGUAGE=en-US:Canceled: Cloud Security Engineer - Final Round (Kai Nakamura)
DTSTART;TZID=Pacific Standard Time:20261020T140000
DTEND;TZID=Pacific Standard Time:20261020T153000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261016T164733Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2117549811
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Renee Alvarado", "ralvarado@coastline-ent.com"),
              "Canceled: Cloud Security Engineer - Final Round (Kai Nakamura)", "2026-10-16 09:47:33", LA,
              "<BY5PR13MB3920F4A2C6E8B0D1A3C5E7F9B1D3A5C7@BY5PR13MB3920.namprd13.prod.outlook.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2107.outbound.protection.outlook.com [198.51.100.107])",
              extra=(("Thread-Topic", "Cloud Security Engineer - Final Round (Kai Nakamura)"),
                     ("Importance", "high"), ("Accept-Language", "en-US"), ("X-MS-Has-Attach", "")))
    return message(hs, alt(text(body), html(outlook_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(23), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-09-28 09:00", HNL), end=None,
      contact="malia.kahananui@makaihospitality.com", company="Makai Hospitality Group",
      local="Mon 2026-09-28 09:00", zone=HNL,
      note="Recruiter prose cancelling the second-round panel 'Monday (9/28) at 9:00 a.m.' (Honolulu, "
           "HST) = 19:00Z because the role was filled internally; no new time. windows-1252 "
           "quoted-printable. Contact = human sender.")
def makai_cancel() -> bytes:
    body = t("""
        Hi Kai,

        I wanted to reach out personally before the weekend. I'm sorry to tell you that we need
        to cancel your panel interview scheduled for Monday (9/28) at 9:00 a.m. – late this week
        leadership decided to fill the Cloud Security Engineer role internally, so we're closing
        the search.

        This isn't a reflection on you at all – Ryan was genuinely impressed by your technical
        interview, and I'd love to keep you in mind for future openings on the team. I hope that's
        all right.

        Mahalo for your time and understanding,

        Malia Kahananui
        Talent Acquisition Partner | Makai Hospitality Group
        (808) 555-0121
    """)
    hs = head(addr("Malia Kahananui", "malia.kahananui@makaihospitality.com"),
              "Your panel interview on Monday", "2026-09-25 16:20:47", HNL,
              "<MW4PR04MB7379A9C1E3F5B7D9A1C3E5F7B9D1A3C5@MW4PR04MB7379.namprd04.prod.outlook.com>",
              "from NAM04-MW4-obe.outbound.protection.outlook.com (mail-mw4nam04on2104.outbound.protection.outlook.com [198.51.100.104])",
              extra=(("Thread-Topic", "Your panel interview on Monday"), ("Accept-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(outlook_html(body).replace("utf-8", "windows-1252"), charset="windows-1252")))


# =========================================================================== negatives


@mail(n(24), family="workable_rejection", lang="en-US", interview=False, company="Quarry Analytics",
      note="Workable rejection after an interview ('last Tuesday'); no upcoming time. Negative.")
def workable_rejection() -> bytes:
    body = t("""
        Hi Kai,

        Thank you for taking the time to interview with us last Tuesday for the Cloud Security
        Engineer position, and for the thoughtful questions you asked the team.

        After careful consideration, we've decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision.

        We'd be glad to keep your profile on file and reach out if a role opens up that's a
        better fit. We wish you the very best in your search.

        Best regards,
        The Quarry Analytics Hiring Team

        --
        Quarry Analytics, 548 Market St, San Francisco, CA 94104
        Powered by Workable
    """)
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n" + "".join(
        f"<p>{line}</p>\n" for line in body.split("\n\n")) + "</body></html>\n"
    hs = head(addr("Quarry Analytics", "noreply@candidates.workablemail.com"),
              "Your application for Cloud Security Engineer at Quarry Analytics", "2026-09-18 14:26:10", LA,
              "<8c2e5a91f0d3.1790026.quarry-analytics@candidates.workablemail.com>",
              "from mail-out.workablemail.com (mail-out.workablemail.com [203.0.113.151])",
              extra=(("Reply-To", "quarry-analytics+c7f21a9e04@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(htm)))


@mail(n(25), family="offer", lang="en-US", interview=False, company="Cedarline Systems",
      days=(("Mon", "2027-01-11"),),
      note="Offer e-mail after the virtual onsite; proposes (does not fix) a call 'Thursday at 10am "
           "your time' to walk through it and gives a start date in January. Not an interview.")
def offer_cedarline() -> bytes:
    body = t("""
        Hi Kai,

        I'm thrilled to share that the team would like to extend you an offer for the Senior
        Cloud Security Engineer role at Cedarline Systems! Everyone you met on the 17th came
        away impressed.

        The formal offer letter is on its way through DocuSign. Highlights:
          - Base salary: $212,000
          - Sign-on bonus: $25,000
          - RSU grant: details in the letter
          - Fully remote from Honolulu, with a quarterly week in Seattle
          - Proposed start date: Monday, January 11, 2027

        Ethan would love to walk you through the team's roadmap and answer any questions.
        Would Thursday at 10am your time work for a quick call? If not, send me a couple of
        windows that suit you.

        Congratulations - we really hope you'll join us.

        Marisol

        Marisol Vance
        Recruiting Coordinator | Cedarline Systems
        marisol.vance@cedarline.com
    """)
    hs = head(addr("Marisol Vance", "marisol.vance@cedarline.com"),
              "Offer - Senior Cloud Security Engineer, Cedarline Systems", "2026-12-08 12:31:09", LA,
              "<CAN5r8vXq0T2u4W6y8A0c2E4g6I8k0M2o4Q6s8U0w2Y@mail.gmail.com>",
              "from mail-yw1-f178.google.com (mail-yw1-f178.google.com [203.0.113.178])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="workday_receipt", lang="en-US", interview=False, company="Kaimana Defense Solutions",
      note="Workday application receipt ('Thank you for applying'); no interview time. Negative.")
def workday_receipt() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dddddd">
        <tr><td style="background:#0b2a4a;color:#ffffff;padding:14px;font-size:16px">Kaimana Defense Solutions</td></tr>
        <tr><td style="padding:18px">
        <p>Dear Kai,</p>
        <p>Thank you for applying for <b>Cloud Security Engineer III (R-104233)</b> at Kaimana Defense Solutions. We have received your application and our Talent Acquisition team will review your qualifications.</p>
        <p>If your background is a match, a member of our team will contact you to discuss next steps, which may include a phone screen and interviews. Due to the volume of applications, we are unable to respond to inquiries about status.</p>
        <p>You can view the status of your application at any time in the <a href="https://wd5.myworkday.com/kaimanadefense/d/home.htmld">Candidate Home</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Kaimana Defense Solutions</p>
        <p style="font-size:11px;color:#888888">Kaimana Defense Solutions is an Equal Opportunity Employer, including Disability/Veterans. This email was sent from an unmonitored mailbox.</p>
        </td></tr></table>
        </body></html>
    """)
    hs = head(addr("Kaimana Defense Solutions", "kaimanadefense@myworkday.com"),
              "Thank you for applying - Cloud Security Engineer III (R-104233)", "2026-09-10 03:12:44", Z,
              "<1219877604.40117.1789009964311@wd5-prod-mta03.myworkday.com>",
              "from wd5-prod-mta03.myworkday.com (wd5-prod-mta03.myworkday.com [192.0.2.73])")
    return message(hs, html(htm, cte="base64"))


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board alert ('Interviewing now', 'Apply in minutes'); no interview for Kai. Negative.")
def job_alert() -> bytes:
    body = t("""
        IslandTech Jobs

        7 new jobs for "cloud security engineer" near Honolulu, HI

        Cloud Security Engineer II - Pacific Crest Hotels & Resorts - Honolulu, HI
        $128K - $150K | Actively interviewing | Posted 2 days ago

        Senior Security Engineer, AWS - Moana Labs - Remote (US)
        $165K - $190K | Apply in minutes

        Information Security Analyst - City Mutual Insurance - Honolulu, HI
        Interviews this week | Posted today

        Cybersecurity Engineer (Clearance) - Kaimana Defense Solutions - Pearl City, HI
        Security clearance required

        DevSecOps Engineer - Makalapa Systems - Honolulu, HI (Hybrid)

        Cloud Security Architect - Tanager Health - Remote (US)

        IAM Engineer - Hale Pono Bank - Honolulu, HI

        See all jobs: https://www.islandtechjobs.example.com/alerts/7f21c0

        You're receiving this alert because you created it on IslandTech Jobs.
        Manage alerts: https://www.islandtechjobs.example.com/alerts  |  Unsubscribe
    """)
    htm = "<html><body style=\"font-family:Arial,sans-serif\">\n" + "".join(
        f"<p>{block.replace(chr(10), '<br>')}</p>\n" for block in body.split("\n\n")) + "</body></html>\n"
    hs = head(addr("IslandTech Jobs", "alerts@mail.islandtechjobs.example.com"),
              "7 new jobs for \"cloud security engineer\" - Actively interviewing",
              "2026-11-19 16:00:12", Z, "<alert.7f21c0.20261119160012@mail.islandtechjobs.example.com>",
              "from mta2.mail.islandtechjobs.example.com (mta2.mail.islandtechjobs.example.com [192.0.2.212])",
              extra=(("List-Unsubscribe", "<https://www.islandtechjobs.example.com/unsub/7f21c0>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


@mail(n(28), family="newsletter_coach", lang="en-US", interview=False, company=None,
      note="Career coach's newsletter about cloud security interviews, offering mock interview "
           "slots ('Tuesday and Thursday evenings, HST'); nothing booked. Negative.")
def coach_newsletter() -> bytes:
    body = t("""
        THE OFFER DESK - by Kanoe Akana

        The system design round: 4 mistakes I keep seeing in cloud security interviews

        Aloha friends,

        This month I sat in on (or ran mock versions of) a dozen cloud security interviews, and
        the same four things sank otherwise strong candidates:

        1. Jumping to tools before asking about the threat model.
        2. Treating IAM as an afterthought instead of the center of the design.
        3. Forgetting detection: "how would you know this happened?"
        4. Running out the clock - practice a 45-minute answer, not a 2-hour one.

        If your onsite is coming up, walk through your last incident out loud the night before.
        Seriously. Your interviewer will ask about it on Tuesday at 10 whether you're ready or not.

        BOOK A MOCK INTERVIEW
        I have six mock interview slots open in December, Tuesday and Thursday evenings (HST).
        60 minutes, recorded, with written feedback. Reply to this email or grab a time here:
        https://kanoeakana.example.com/mock

        A hui hou,
        Kanoe

        You're receiving this because you subscribed to The Offer Desk.
        Unsubscribe: https://theofferdesk.example.com/unsubscribe
    """)
    hs = head(addr("Kanoe Akana from The Offer Desk", "theofferdesk@substack.example.com"),
              "The system design round: 4 mistakes I keep seeing", "2026-11-12 05:30:00", Z,
              "<20261112053000.3.a81c@substack.example.com>",
              "from mail.substack.example.com (mail.substack.example.com [192.0.2.55])",
              extra=(("List-Unsubscribe", "<https://theofferdesk.example.com/unsubscribe>"),
                     ("List-Id", "The Offer Desk <theofferdesk.substack.example.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="goodtime_selfschedule", lang="en-US", interview=False, company="Cedarline Systems",
      note="GoodTime availability request for the virtual onsite ('select the times that work'); no "
           "time fixed yet. Negative.")
def goodtime_pick() -> bytes:
    body = t("""
        Hi Kai,

        Congratulations on moving forward to the virtual onsite for Senior Cloud Security
        Engineer at Cedarline Systems!

        Please share your availability for a 3.5-hour block between November 12 and
        November 20 using the link below. Times are shown in your local time zone. Once we
        hear back, we'll confirm a schedule with the interview team within two business days.

        Share your availability: https://app.goodtime.io/availability/cedarline/c9a7e21f04

        The onsite includes:
          - Cloud Architecture (45 min)
          - Detection & Response (45 min)
          - Hiring Manager + Values (75 min)

        Questions? Reply to this email to reach Marisol.

        Cedarline Systems Recruiting
        Scheduled with GoodTime
    """)
    hs = head(addr("Cedarline Systems Recruiting", "scheduling@goodtime.io"),
              "Action needed: share your availability for Cedarline Systems", "2026-11-04 19:42:03", Z,
              "<20261104194203.11d0a5e7c2@goodtime.io>",
              "from o7.sg.goodtime.io (o7.sg.goodtime.io [198.51.100.207])",
              extra=(("Reply-To", addr("Marisol Vance", "marisol.vance@cedarline.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en-US", interview=False, company="Pacific Talent Partners",
      note="Agency recruiter cold outreach: 'free for a quick call sometime this week?'; nothing fixed.")
def agency_outreach() -> bytes:
    body = t("""
        Hi Kai,

        Hope you're well! I came across your profile and your AWS / IAM background caught my eye.
        I'm working with a local bank here in Honolulu that's building out a security
        engineering team and they're looking for someone who can lead their cloud work.

        It's a manager-track role, hybrid downtown, and the comp is very competitive for the
        islands. Are you free for a quick call sometime this week? Happy to work around your
        schedule - mornings or after 5 both work for me.

        Mahalo,
        Dana

        Dana Whitaker
        Senior Recruiter, Technology | Pacific Talent Partners
        808-555-0135 (cell)
    """)
    hs = head(addr("Dana Whitaker", "dana.whitaker@pacifictalentpartners.com"),
              "Security leadership opportunity - Honolulu", "2026-09-28 08:14:51", HNL,
              "<CO1PR11MB5089A0B2C4D6E8F0A2B4C6D8E0F2A4B6@CO1PR11MB5089.namprd11.prod.outlook.com>",
              "from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2112.outbound.protection.outlook.com [198.51.100.112])")
    return message(hs, alt(text(body), html(outlook_html(body))))


@mail(n(31), family="interview_proposed", lang="en-US", interview=False, company="Kona Coast Bank",
      days=(("Thu", "2026-10-15"), ("Fri", "2026-10-16")),
      note="Agency recruiter proposing two slots ('Would Thursday 10/15 at 10:30am or Friday 10/16 at "
           "1pm work?') and asking Kai to pick; not yet confirmed. Company = the client bank.")
def agency_proposal() -> bytes:
    body = t("""
        Hi Kai,

        Great chatting yesterday! I sent your resume over to Kona Coast Bank and they'd love to
        meet you in person for the Security Engineering Manager role - Miles Ahina (CIO) and
        their head of infrastructure.

        Would Thursday 10/15 at 10:30am or Friday 10/16 at 1pm work for you? It'd be about an
        hour at their Bishop St office. Once you let me know I'll lock it in with them.

        Dana

        Dana Whitaker
        Senior Recruiter, Technology | Pacific Talent Partners
        808-555-0135 (cell)
    """)
    hs = head(addr("Dana Whitaker", "dana.whitaker@pacifictalentpartners.com"),
              "Kona Coast Bank - Security Engineering Manager", "2026-10-08 13:37:20", HNL,
              "<CO1PR11MB5089C3E5A7B9D1F3A5C7E9B1D3F5A7C9@CO1PR11MB5089.namprd11.prod.outlook.com>",
              "from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2112.outbound.protection.outlook.com [198.51.100.112])",
              extra=(("Thread-Topic", "Kona Coast Bank - Security Engineering Manager"),))
    return message(hs, alt(text(body), html(outlook_html(body))))


@mail(n(32), family="dentist_calendar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Dentist appointment confirmation with an ICS (fixed time, 'Thursday, October 22 at 8:00 "
           "AM'); not a job interview.")
def dentist() -> bytes:
    body = t("""
        Hi Kai,

        This is a reminder of your upcoming appointment at Nuuanu Smiles Family Dentistry.

        Date: Thursday, October 22, 2026
        Time: 8:00 AM
        Provider: Dr. Grace Lum, DDS
        Reason: Cleaning & exam

        Please arrive 10 minutes early. Reply C to confirm or call (808) 555-0150 to
        reschedule. Appointments cancelled with less than 24 hours notice may be charged a fee.

        Nuuanu Smiles Family Dentistry
        2230 Liliha St, Suite 204, Honolulu, HI 96817
    """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PatientReminder//Appointments 4.2//EN
METHOD:PUBLISH
{TZ_HNL}
BEGIN:VEVENT
UID:appt-55019-20261022@nuuanusmiles.com
DTSTAMP:20261015T180000Z
DTSTART;TZID=Pacific/Honolulu:20261022T080000
DTEND;TZID=Pacific/Honolulu:20261022T090000
SUMMARY:Dental appointment - Nuuanu Smiles
LOCATION:2230 Liliha St\\, Suite 204\\, Honolulu\\, HI 96817
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nuuanu Smiles Family Dentistry", "appointments@nuuanusmiles.com"),
              "Appointment reminder: Thursday, October 22 at 8:00 AM", "2026-10-15 08:00:00", HNL,
              "<reminder-55019-20261015@nuuanusmiles.com>",
              "from smtp.patientreminder.example.net (smtp.patientreminder.example.net [192.0.2.31])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="appointment.ics",
                                                   disposition="attachment")))


@mail(n(33), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Car service appointment confirmation with a fixed time (Sat 14 Nov 7:30 AM); negative.")
def car_service() -> bytes:
    body = t("""
        Nimitz Auto Center - Service Appointment Confirmed

        Hi Kai,

        Your service appointment is confirmed.

        When:     Saturday, November 14, 2026 at 7:30 AM
        Vehicle:  2019 Subaru Outback (HI plate SNK 482)
        Services: 60,000-mile scheduled maintenance; check engine light diagnosis
        Advisor:  Manny Dela Cruz

        Drop-off is in the service lane off Nimitz Hwy. A complimentary shuttle runs to downtown
        and Kalihi every 30 minutes. Estimated completion: 2:00 PM.

        Need to change your appointment? https://service.nimitzauto.example.com/appt/88314

        Reply STOP to opt out of text reminders.
    """)
    hs = head(addr("Nimitz Auto Center Service", "no-reply@service.nimitzauto.example.com"),
              "Service appointment confirmed - Sat, Nov 14 at 7:30 AM", "2026-11-09 19:05:38", HNL,
              "<appt-88314.confirm@service.nimitzauto.example.com>",
              "from o22.sendmail.example.net (o22.sendmail.example.net [192.0.2.122])")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(n(34), family="current_job_event", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Google Calendar invitation from Kai's manager at his current employer (a farewell lunch "
           "before his last day), fixed time in HST; a team event, not an interview.")
def farewell_lunch() -> bytes:
    body = t("""
        Keoni Baptiste has invited you to the following event.

        Aloha lunch for Kai & Mei
        Thursday Oct 29, 2026 ⋅ 11:30am – 1pm
        Hawaii-Aleutian Standard Time

        Kewalo Noodle House, 1050 Ala Moana Blvd
        Sending this to personal emails since work accounts get shut off Friday. Team is
        covering lunch - just show up! Please don't tell Mei it's also for her, she thinks it's
        just for Kai.

        Organizer
        Keoni Baptiste
        keoni.baptiste@ohanamutual.com

        Reply for kai.nakamura@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=YWxvaGE&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=YWxvaGE&rst=2

        Invitation from Google Calendar
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_HNL}
BEGIN:VEVENT
DTSTART;TZID=Pacific/Honolulu:20261029T113000
DTEND;TZID=Pacific/Honolulu:20261029T130000
DTSTAMP:20261020T013355Z
ORGANIZER;CN=Keoni Baptiste:mailto:keoni.baptiste@ohanamutual.com
UID:0alohalunch5k2m7p9r1t3v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kai.nakamura@example.org;X-NUM-GUESTS=0:mailto:kai.nakamura@example.org
LOCATION:Kewalo Noodle House\\, 1050 Ala Moana Blvd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aloha lunch for Kai & Mei
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Keoni Baptiste", "keoni.baptiste@ohanamutual.com"),
              "Invitation: Aloha lunch for Kai & Mei @ Thu Oct 29, 2026 11:30am - 1pm (HST) "
              "(kai.nakamura@example.org)", "2026-10-20 01:33:55", Z,
              "<calendar-93b0e1c4-2f7a-4d68-8c15-e6a9d2f04b71@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [203.0.113.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "keoni.baptiste@ohanamutual.com")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(35), family="interviewer_invite", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Greenhouse interviewer invitation at Kai's current employer (auto-forwarded from his work "
           "address): Kai is to INTERVIEW a candidate, Wed 21 Oct 1:00-1:45 PM HST, with an interview "
           "kit. Not his own job interview -> negative.")
def interviewer_invite() -> bytes:
    body = t("""
        Hi Kai,

        You've been scheduled to interview Jordan Alvarez for Cloud Security Engineer II.

        When: Wednesday, October 21, 2026 1:00 PM - 1:45 PM HST
        Where: Conf Rm Koko Head (5F) / Google Meet https://meet.google.com/ohm-vbrq-tcx
        Interview: Technical - Cloud IAM & Logging

        Your interview kit (focus areas, questions and scorecard):
        https://app.greenhouse.io/guides/58211307/people/90413377?application_id=104776218

        Please submit your scorecard within 24 hours of the interview.

        Thanks for helping us hire!
        Lisa Chang, Recruiting | Ohana Mutual Insurance
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_HNL}
BEGIN:VEVENT
DTSTART;TZID=Pacific/Honolulu:20261021T130000
DTEND;TZID=Pacific/Honolulu:20261021T134500
DTSTAMP:20261016T200214Z
ORGANIZER;CN=Lisa Chang:mailto:lisa.chang@ohanamutual.com
UID:gh-int-104776218-3@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kai Nakamura:mailto:knakamura@ohanamutual.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Jordan Alvarez - Cloud Security Engineer II (Technical)
LOCATION:Conf Rm Koko Head (5F)
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lisa Chang (via Greenhouse)", "no-reply@us.greenhouse-mail.io"),
              "Interview scheduled: Jordan Alvarez for Cloud Security Engineer II", "2026-10-16 10:02:14", HNL,
              "<58211307.interviewer.invite.4d1a@us.greenhouse-mail.io>",
              "from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [198.51.100.12])",
              to=addr("Kai Nakamura", "knakamura@ohanamutual.com"),
              extra=(("Reply-To", addr("Lisa Chang", "lisa.chang@ohanamutual.com")),
                     ("X-Forwarded-To", ME), ("X-Forwarded-For", "knakamura@ohanamutual.com " + ME)))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics",
                                                   disposition="attachment")))


@mail(n(36), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Zoom webinar registration 'Hiring for Cloud Security: What Interviewers Actually Look For' "
           "at a fixed time; a webinar, not an interview.")
def webinar() -> bytes:
    body = t("""
        Hi Kai Nakamura,

        Thank you for registering for "Hiring for Cloud Security: What Interviewers Actually
        Look For".

        Please submit any questions to: events@cloudsecalliance.example.org

        Date & Time: Oct 15, 2026 09:00 AM Pacific Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86610937754?tk=q0Ff3Xa9b&uuid=WN_h4TqRZ

        Passcode: 310529

        Add to Calendar: https://us02web.zoom.us/webinar/tJ0oce6u/ics
        Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.
    """)
    hs = head(addr("Cloud Security Alliance Pacific", "no-reply@zoom.us"),
              "Hiring for Cloud Security: What Interviewers Actually Look For Confirmation",
              "2026-10-06 22:17:49", Z, "<WN_h4TqRZ.reg.6c31f0a2@zoom.us>",
              "from mx-out.zoom.us (mx-out.zoom.us [192.0.2.204])",
              extra=(("Reply-To", "events@cloudsecalliance.example.org"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(37), family="mailing_list_meetup", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Mailman list post announcing a local meetup (mock interview night + talk on running "
           "security interviews), Tue 10 Nov 6:00 pm; list mail, not an interview.")
def meetup_list() -> bytes:
    body = t("""
        Aloha all,

        November meetup is ON:

          Tuesday, November 10, 6:00 pm - 8:30 pm
          Kakaako Commons, 2nd floor event space (pizza from 5:45)

        6:15  "I ran 200 security interviews this year - here's what I learned" (Rob Kanoho)
        7:00  Mock interview night: bring your resume, get paired with a hiring manager for
              a 20-minute practice round. Totally informal.

        RSVP on the list page so we order enough food. If you're hiring, please volunteer as
        an interviewer for the mock round - reply to me off-list.

        Also: Shelby's team at Moana Labs is hiring, and Pacific Crest has two openings.

        Aloha,
        Aukai
        (organizer, hi-cloudsec)

        _______________________________________________
        hi-cloudsec mailing list
        hi-cloudsec@lists.hicloudsec.example.org
        https://lists.hicloudsec.example.org/mailman/listinfo/hi-cloudsec
    """)
    hs = head(addr("Aukai Medeiros", "aukai.medeiros@example.net"),
              "[hi-cloudsec] November meetup: mock interview night + talk (Tue 11/10)",
              "2026-11-02 18:40:22", HNL, "<CAF3yT0q8Zq+2fK1L0mN4pR6sT8uV0wX2yZ4a6B8c0D@mail.gmail.com>",
              "from lists.hicloudsec.example.org (lists.hicloudsec.example.org [192.0.2.88])",
              to="hi-cloudsec@lists.hicloudsec.example.org",
              extra=(("List-Id", "Honolulu cloud security meetup <hi-cloudsec.lists.hicloudsec.example.org>"),
                     ("List-Unsubscribe", "<https://lists.hicloudsec.example.org/mailman/options/hi-cloudsec>, "
                      "<mailto:hi-cloudsec-request@lists.hicloudsec.example.org?subject=unsubscribe>"),
                     ("List-Post", "<mailto:hi-cloudsec@lists.hicloudsec.example.org>"),
                     ("Precedence", "list"), ("Sender", "hi-cloudsec <hi-cloudsec-bounces@lists.hicloudsec.example.org>"),
                     ("Errors-To", "hi-cloudsec-bounces@lists.hicloudsec.example.org")))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(n(38), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Podcast producer confirming a recording for an 'interview episode', Thu 12 Nov 9:00 AM "
           "HST; Kai is the guest, not a job candidate. Negative.")
def podcast() -> bytes:
    body = t("""
        Hi Kai!

        So glad this worked out. You're confirmed for our interview episode on cloud incident
        response in small orgs:

        Recording: Thursday, November 12 at 9:00 AM HST (11:00 AM PST)
        Length: 60 minutes (we edit down to ~40)
        Studio link: https://riverside.example.com/studio/shoreline-sec?t=kai
        Host: Marcus Bell

        Please use headphones and a wired connection if you can. I'll send the outline of
        questions on Monday.

        Thanks,
        Rosa Delgado
        Producer, Shoreline Security Podcast
    """)
    hs = head(addr("Rosa Delgado", "rosa@shorelinesecpod.example.com"),
              "Confirmed: Shoreline Security Podcast recording (Nov 12)", "2026-11-05 10:22:31", LA,
              "<CAK8p1sMz9Tn3xV5bR7dF9hJ1lN3pQ5sU7wY9aC1eG3@mail.gmail.com>",
              "from mail-oa1-f46.google.com (mail-oa1-f46.google.com [203.0.113.46])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="press", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Reporter confirming a press interview 'Wednesday at 11 a.m.' (Kai is the source for a "
           "story); not a job interview.")
def journalist() -> bytes:
    body = t("""
        Kai,

        Thanks again for agreeing to an interview for our piece on the credential-stuffing wave
        hitting local credit unions and hotels. Confirming Wednesday (Sept. 30) at 11 a.m. - I'll
        call your cell. It shouldn't take more than 30 minutes.

        As we discussed, I'll identify you as "a Honolulu-based cloud security engineer" unless
        you tell me otherwise, and I won't name your employer.

        Keala Akina
        Business & Technology Reporter
        The Honolulu Ledger
        (808) 555-0109
    """)
    hs = head(addr("Keala Akina", "kakina@honolululedger.example.com"),
              "Re: Interview for credential-stuffing story", "2026-09-28 15:48:10", HNL,
              "<7a2c91e0-4b3d-4f55-a812-c0e9d7b6f341@honolululedger.example.com>",
              "from mail.honolululedger.example.com (mail.honolululedger.example.com [192.0.2.19])",
              extra=(("In-Reply-To", "<CAJx4s9Pq7rT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1@mail.example.org>"),))
    return message(hs, text(body, charset="utf-8", cte="8bit"))


@mail(n(40), family="coaching_mock_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Acuity Scheduling confirmation for a paid mock interview with a career coach, Sat 24 Oct "
           "9:00am HST; practice, not a job interview.")
def acuity_mock() -> bytes:
    body = t("""
        Hi Kai,

        Your appointment is confirmed:

        What: Mock Interview - Technical / Cloud Security (60 minutes)
        When: Saturday, October 24, 2026 9:00am (Pacific/Honolulu)
        With: Kanoe Akana
        Where: Zoom - https://us06web.zoom.us/j/83021457790

        Before our session, please send me the job description for the role you're preparing
        for and your current resume. We'll do a full practice interview, then 15 minutes of
        feedback.

        Need to make a change? Reschedule or cancel:
        https://app.acuityscheduling.com/schedule.php?owner=21873311&id[]=b4c9&action=appt

        Kanoe Akana Coaching
    """)
    hs = head(addr("Kanoe Akana Coaching", "no-reply@acuityscheduling.com"),
              "Confirmed: Mock Interview - Technical / Cloud Security on Saturday, October 24, 2026",
              "2026-10-17 04:12:09", Z, "<acuity.b4c9e3f10d.1792210329@acuityscheduling.com>",
              "from mail.acuityscheduling.com (mail.acuityscheduling.com [192.0.2.129])",
              extra=(("Reply-To", addr("Kanoe Akana", "kanoe@kanoeakana.example.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="auto_reply", lang="en-US", interview=False, company="Cedarline Systems",
      note="Exchange out-of-office auto-reply from the recruiting coordinator to Kai's reply about "
           "his schedule; subject echoes the interview schedule. No new information -> negative.")
def ooo_marisol() -> bytes:
    body = t("""
        Thank you for your message. I'm out of the office Wednesday, November 11 through Friday,
        November 13 with limited access to email, and will respond when I return on Monday.

        If your question is about an interview scheduled this week, please contact
        recruiting@cedarline.com and a member of the team will help.

        Marisol Vance
        Recruiting Coordinator | Cedarline Systems
    """)
    hs = head(addr("Marisol Vance", "marisol.vance@cedarline.com"),
              "Automatic reply: Re: Your interview schedule with Cedarline Systems - Tuesday, November 17",
              "2026-11-11 08:02:44", LA, "<SA1PR08MB6912E4A6C8B0D2F4A6C8E0B2D4F6A8C0@SA1PR08MB6912.namprd08.prod.outlook.com>",
              "from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2098.outbound.protection.outlook.com [198.51.100.98])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAJx4s9Tq2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4@mail.example.org>"),
                     ("Thread-Topic", "Your interview schedule with Cedarline Systems - Tuesday, November 17")))
    return message(hs, alt(text(body), html(outlook_html(body))))


@mail(n(42), family="bounce", lang="en-US", interview=False, company=None,
      note="Postfix delivery-status bounce of Kai's own reply ('See you tomorrow at 2pm') sent to a "
           "mistyped address; the original is attached as message/rfc822. The interview itself is "
           "confirmed in a separate mail; a bounce is not a confirmation -> negative.")
def bounce() -> bytes:
    original = message([
        ("From", KAI), ("To", addr("Derek Fujimoto", "dfujimoto@makapucu.org")),
        ("Subject", "Re: Information Security Officer role"),
        ("Date", date("2026-09-21 08:05:51", HNL)),
        ("Message-ID", "<CAJx4s9Wm5nB7vC9xZ1aS3dF5gH7jK9lQ1wE3rT5yU7@mail.example.org>"),
        ("In-Reply-To", "<8B3E1F02-6C4D-4A7B-9E15-2D0C7F9A3B61@makapuucu.org>"),
    ], text(t("""
        Great, see you tomorrow at 2pm at the Kapiolani office. Looking forward to meeting you and
        Carla.

        Kai
    """), cte="7bit", charset="us-ascii"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <dfujimoto@makapucu.org>: Host or domain name not found. Name service error
            for name=makapucu.org type=A: Host not found
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4B7C10E2F81
        X-Postfix-Sender: rfc822; kai.nakamura@example.org
        Arrival-Date: Mon, 21 Sep 2026 18:05:52 +0000 (UTC)

        Final-Recipient: rfc822; dfujimoto@makapucu.org
        Original-Recipient: rfc822;dfujimoto@makapucu.org
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=makapucu.org type=A: Host not found
    """)
    report = multipart("report",
                       text(notice, cte="7bit", charset="us-ascii",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = [("Delivered-To", ME),
          ("Received", "by mx1.example.org (Postfix)\r\n id 4C01F3A9D22; Mon, 21 Sep 2026 18:05:53 +0000 (UTC)"),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-09-21 18:05:53", Z)),
          ("Message-ID", "<20260921180553.4C01F3A9D22@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(n(43), family="unemployment_office", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Reemployment (RESEA) appointment at the unemployment office with a fixed time, which the "
           "notice calls an 'interview'; mandatory for benefits, not a job interview. Negative.")
def resea() -> bytes:
    body = t("""
        NOTICE OF SCHEDULED APPOINTMENT
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: KAI NAKAMURA
        Claim ID: XXXXX-4471

        You have been selected to participate in the RESEA program. Your appointment is
        scheduled as follows:

        Date:     Monday, November 16, 2026
        Time:     9:00 a.m.
        Location: Oahu WorkLink Center, 1099 Alakea Street, Suite 1600, Honolulu, HI 96813

        During this appointment you will attend a group orientation followed by a one-on-one
        interview with a Career Counselor to review your work search activities and create an
        individual reemployment plan. Please bring a photo ID and your work search log.

        Attendance is mandatory. If you fail to attend without good cause, your unemployment
        insurance benefits may be delayed or denied. To reschedule, call (808) 555-0160 at least
        one business day before your appointment.

        This is an automated message. Please do not reply.
        Oahu WorkLink Center - an equal opportunity employer/program
    """)
    hs = head(addr("Oahu WorkLink Center", "no-reply@worklink-hawaii.example.gov"),
              "RESEA Appointment Notice - Action Required", "2026-11-05 17:00:04", HNL,
              "<resea.4471.20261105170004@worklink-hawaii.example.gov>",
              "from smtp.worklink-hawaii.example.gov (smtp.worklink-hawaii.example.gov [192.0.2.160])")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@mail(n(44), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Executive MBA admissions interview confirmed for Fri 20 Nov 4:00 p.m. HST; an admission "
           "interview, not a job interview. Negative.")
def mba_interview() -> bytes:
    body = t("""
        Dear Kai,

        Thank you for submitting your application to the Executive MBA program. I'm pleased to
        confirm your admissions interview:

        Friday, November 20, 2026
        4:00 p.m. HST (30 minutes)
        Zoom: https://pacrim-edu.zoom.us/j/91827364510

        Your interviewer will be Dr. Lena Okoro, Associate Director of Admissions. Expect
        questions about your leadership experience, your goals, and how you plan to balance the
        program with work. Business casual is fine.

        Warm regards,

        Lena Okoro, Ph.D.
        Associate Director of Admissions
        Pacific Rim Graduate School of Management
    """)
    hs = head(addr("Lena Okoro", "lokoro@pacrim-gsm.example.edu"),
              "EMBA Admissions Interview - Confirmation", "2026-11-13 11:25:40", HNL,
              "<PH0PR07MB8390A2C4E6F8B0D2A4C6E8F0B2D4A6C8@PH0PR07MB8390.namprd07.prod.outlook.com>",
              "from NAM02-PH0-obe.outbound.protection.outlook.com (mail-ph0nam02on2117.outbound.protection.outlook.com [198.51.100.117])")
    return message(hs, alt(text(body), html(outlook_html(body))))


@mail(n(45), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Outrigger canoe club novice try-out, Sat 19 Sept 6:30 a.m.; fixed time, not a job "
           "interview. Subject RFC 2047 (ʻokina).")
def canoe_tryout() -> bytes:
    body = t("""
        Aloha Kai,

        Mahalo for signing up! You're on the list for novice tryouts:

        Saturday, Sept 19 - 6:30 a.m. sharp
        Ala Wai Boat Harbor, by the hālau (look for the yellow canoes)

        Bring water, sunscreen, a towel and a change of clothes. We'll do a swim check (100 yd),
        then paddle technique in the OC-6s. Crews get posted the following Wednesday.

        Coach Nohea
        ʻAla Wai Outrigger Canoe Club
    """)
    hs = head(addr("Nohea Kahale", "coach.nohea@alawaioutrigger.example.org"),
              "Novice tryouts this Saturday – ʻAla Wai Outrigger", "2026-09-14 19:41:03", HNL,
              "<CAM3vR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9@mail.gmail.com>",
              "from mail-il1-f171.google.com (mail-il1-f171.google.com [203.0.113.171])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(46), family="bank_advisor", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Bank wealth-advisor meeting about a 401(k) rollover, Tue 24 Nov 10:00 a.m. HST, with an "
           "ICS (UTC 20:00Z); not a job interview.")
def bank_advisor() -> bytes:
    body = t("""
        Hi Kai,

        Thanks for calling yesterday. I've booked us for Tuesday, November 24 at 10:00 a.m. at
        our Kaimuki branch (3660 Waialae Ave) to go over rolling your Ohana Mutual 401(k) into an
        IRA, and your options while you're between jobs. Please bring your most recent plan
        statement. A calendar invite is attached.

        Aloha,
        Grace Higa
        Wealth Advisor, Hale Pono Bank
        (808) 555-0173
    """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000022B4C6D8E0F2DC01000000000000000010000000A1C3E5F7B9D1A3C5E7F9B1D3F5A7C9E1
DTSTAMP:20261117T214502Z
DTSTART:20261124T200000Z
DTEND:20261124T210000Z
SUMMARY:Kai Nakamura - 401(k) rollover review
LOCATION:Hale Pono Bank Kaimuki Branch
ORGANIZER;CN="Higa, Grace":mailto:grace.higa@halepono.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=kai.nakamura@example.org:mailto:kai.nakamura@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Higa, Grace", "grace.higa@halepono.example.com"),
              "Our meeting on Nov 24 - 401(k) rollover", "2026-11-17 11:45:02", HNL,
              "<BN8PR12MB3347D9F1B3A5C7E9F1A3B5C7D9E1F3A5@BN8PR12MB3347.namprd12.prod.outlook.com>",
              "from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2110.outbound.protection.outlook.com [198.51.100.110])")
    return message(hs, mixed(alt(text(body), html(outlook_html(body))),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(47), family="parent_teacher", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="School messaging platform: parent-teacher conference confirmed Thu 1 Oct 3:15-3:30 p.m.; "
           "not a job interview. From and Subject RFC 2047 (Mānoa).")
def parent_teacher() -> bytes:
    body = t("""
        Parent-Teacher Conference Confirmation

        Student:  Hana Nakamura (Grade 2, Room B-12)
        Teacher:  Ms. Leilani Kapule
        Date:     Thursday, October 1, 2026
        Time:     3:15 p.m. - 3:30 p.m.
        Location: Room B-12 (in person)

        Please sign in at the front office. If you need to change your slot, use the SchoolBridge
        app or reply to this message.

        Mānoa Heights Elementary School
    """)
    hs = head(addr("Mānoa Heights Elementary", "noreply@schoolbridge.example.com"),
              "Conference confirmed – Mānoa Heights Elementary", "2026-09-24 14:30:11", HNL,
              "<sb.conf.88201.20260924@schoolbridge.example.com>",
              "from out.schoolbridge.example.com (out.schoolbridge.example.com [192.0.2.240])")
    return message(hs, text(body, cte="base64"))


@mail(n(48), family="forwarded_other", lang="en-US", interview=False, company=None,
      note="A friend forwards HER OWN Greenhouse interview confirmation (Mon 5 Oct 10:00 AM HST, as a "
           "message/rfc822 attachment) asking Kai for tips; the interview is not Kai's -> negative.")
def friend_forward() -> bytes:
    inner_body = t("""
        Hi Jess,

        Thank you for your interest in Makai Hospitality Group! This email confirms your upcoming
        interview for the SOC Analyst II position.

        Interview: Hiring Manager Interview
        When: Monday, October 5, 2026 10:00 AM - 11:00 AM HST
        Where: Makai Hospitality Group, Corporate Office
               1733 Ala Moana Blvd, 9th Floor, Honolulu, HI 96815
        You'll meet with: Ryan Kekona - Director, IT Security

        If anything comes up or you need to reschedule, just reply to this email.

        Mahalo,
        Makai Hospitality Group Recruiting

        Powered by Greenhouse
    """)
    inner = message([
        ("From", addr("Makai Hospitality Group", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Tiare Lopes", "tiare.lopes@makaihospitality.com")),
        ("To", addr("Jess Tanaka", "jess.tanaka@example.net")),
        ("Subject", "Interview Confirmation: SOC Analyst II at Makai Hospitality Group"),
        ("Date", date("2026-09-29 22:03:11", Z)),
        ("Message-ID", "<8810234.candidate.confirm.2b7c90@us.greenhouse-mail.io>"),
    ], text(inner_body))
    note = t("""
        KAI!! Look what came through - I got the interview at Makai!! Monday!!

        You interviewed there in Sept right? Anything I should know about Ryan? And is the
        parking thing true lol

        Drinks on me after, win or lose.

        J
    """)
    hs = head(addr("Jess Tanaka", "jess.tanaka@example.net"),
              "Fwd: Interview Confirmation: SOC Analyst II at Makai Hospitality Group",
              "2026-09-29 20:15:40", HNL, "<A1C0E7B4-3F2D-4E9A-8B61-5D7C9E0F2A43@example.net>",
              "from mail-qv1-f45.example.net (mail-qv1-f45.example.net [192.0.2.45])",
              extra=(("X-Mailer", "iPhone Mail (23A355)"),))
    return message(hs, mixed(text(note), attached_message(inner, filename="Interview Confirmation.eml")))


@mail(n(49), family="exit_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="HR at Kai's current employer schedules his exit interview, Thu 29 Oct 2:00-2:30 p.m. HST, "
           "with an ICS; an exit interview is not a job interview. Negative.")
def exit_interview() -> bytes:
    body = t("""
        Hi Kai,

        As part of your offboarding, I've scheduled your exit interview for Thursday, October 29
        at 2:00 p.m. (30 minutes) in the 6th floor HR conference room. It's confidential and
        voluntary, but we really value honest feedback, especially with the restructuring.

        We'll also go over your final paycheck, COBRA, and the return of your laptop and badge.
        I'm sending this to your personal email too since your work account closes on the 30th.

        Aloha,
        Pua Kealamakia
        HR Business Partner | Ohana Mutual Insurance
    """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_HNL}
BEGIN:VEVENT
DTSTART;TZID=Pacific/Honolulu:20261029T140000
DTEND;TZID=Pacific/Honolulu:20261029T143000
DTSTAMP:20261022T003105Z
ORGANIZER;CN=Pua Kealamakia:mailto:pua.kealamakia@ohanamutual.com
UID:exitint9k3m5p7r1t2v4x6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kai.nakamura@example.org:mailto:kai.nakamura@example.org
LOCATION:HR Conference Room (6F)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Exit Interview - Kai Nakamura
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Pua Kealamakia", "pua.kealamakia@ohanamutual.com"),
              "Exit interview - Thursday 10/29", "2026-10-21 14:31:05", HNL,
              "<CAP2kW8eR0tY2uI4oP6aS8dF0gH2jK4lZ6xC8vB0nM2@mail.gmail.com>",
              "from mail-pl1-f180.google.com (mail-pl1-f180.google.com [203.0.113.180])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(50), family="nanny_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Childcare platform confirms Kai's interview WITH a nanny candidate at his home, Sat 26 "
           "Sept 10:00 AM; Kai is the one hiring, not a job interview for him. Negative.")
def nanny() -> bytes:
    body = t("""
        Hi Kai,

        Your interview with Leilani K. is confirmed!

        Saturday, September 26, 2026 at 10:00 AM
        At your home (address shared with Leilani)

        About Leilani: 6 years of experience, CPR/First Aid certified, speaks English and
        Ilocano, available weekdays after school.

        Tips for a great first meeting:
          - Have your kids meet Leilani for part of the interview
          - Ask about her approach to screen time and discipline
          - Confirm rates and schedule expectations

        Message Leilani: https://keikicareconnect.example.com/messages/lk-20931

        Keiki Care Connect
    """)
    hs = head(addr("Keiki Care Connect", "no-reply@keikicareconnect.example.com"),
              "Interview confirmed: Leilani K. - Saturday, Sep 26 at 10:00 AM", "2026-09-22 09:10:27", HNL,
              "<kcc.int.20931.20260922@keikicareconnect.example.com>",
              "from mta1.keikicareconnect.example.com (mta1.keikicareconnect.example.com [192.0.2.95])")
    return message(hs, alt(text(body), html(gmail_html(body))))
