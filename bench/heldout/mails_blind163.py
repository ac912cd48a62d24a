"""blind163: 50 hand-written mails from the inbox of Jasmine Carter, a biotech data analyst in
Raleigh, North Carolina (America/New_York), September to mid-December 2026.

Written blind (without reading the detector, its tests, or any other held-out mails) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind163``.

Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written ``key``-th is
``ORDER[key - 1]`` (a fixed shuffle of the writing order).
"""

from __future__ import annotations

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
)

ORDER = random.Random(1630163).sample(range(1, 51), 50)
ME = "jasmine.carter@example.org"
JC = addr("Jasmine Carter", ME)
NY = "America/New_York"
LA = "America/Los_Angeles"


def n(key: int) -> str:
    return f"blind163_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, relay: str, mid: str, *, to: str = JC,
         cc: str | None = None, reply_to: str | None = None, before: tuple = (), after: tuple = (),
         charset: str = "utf-8", lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To, Received, then the usual headers in the order most senders write them."""
    ident = hashlib.sha256(mid.encode()).hexdigest()[:14]
    hs = [("Delivered-To", ME),
          ("Received", received(f"from {relay}", when, zone, f"mx1.example.org with ESMTPS id {ident}",
                                ME, lag)),
          *before,
          ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += list(after)
    return hs


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

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 984-555-0143,,{pin}#   United States, Raleigh
Phone Conference ID: {pin}#
Find a local number<https://dialin.teams.microsoft.com/8c1f2e> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-14T14:00:00Z", end="2026-09-14T14:45:00Z", contact="tessa.nguyen@meridiancro.com",
      company="Meridian Clinical Research", local="Mon 2026-09-14 10:00", local_end="2026-09-14 10:45",
      zone=NY,
      note="Greenhouse confirmation sent via no-reply@greenhouse.io with the recruiter as Reply-To; "
           "'10:00 AM - 10:45 AM EDT' on Mon 14 Sep = 14:00-14:45Z; ICS in America/New_York agrees")
def m01() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for making time to speak with us! Your interview for Clinical Data Analyst II has been
        scheduled. Please review the details below.

        Date: Monday, September 14, 2026
        Time: 10:00 AM - 10:45 AM EDT
        Location: Zoom - https://meridiancro.zoom.us/j/84120775311?pwd=TWVyaWRpYW4x

        Interviewer(s):
          Ben Okafor, Manager, Clinical Data Management

        If you need to make any changes, just reply to this email.

        Best,
        Tessa Nguyen
        Talent Acquisition Partner | Meridian Clinical Research
        Durham, NC
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Jasmine,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Clinical Data Analyst II</b>
        has been scheduled. Please review the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Monday, September 14, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meridiancro.zoom.us/j/84120775311?pwd=TWVyaWRpYW4x">Zoom</a></td></tr>
        </table>
        <p><b>Interviewer(s):</b><br>Ben Okafor, Manager, Clinical Data Management</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Tessa Nguyen<br>Talent Acquisition Partner | Meridian Clinical Research<br>Durham, NC</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8f2c11a0.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Greenhouse Software//Interview Scheduling//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ[NY], "BEGIN:VEVENT",
        "UID:gh-interview-55108233-8f2c11a0@greenhouse.io", "DTSTAMP:20260908T182204Z",
        "DTSTART;TZID=America/New_York:20260914T100000", "DTEND;TZID=America/New_York:20260914T104500",
        "SUMMARY:Interview: Jasmine Carter - Clinical Data Analyst II (Meridian Clinical Research)",
        "LOCATION:https://meridiancro.zoom.us/j/84120775311?pwd=TWVyaWRpYW4x",
        "ORGANIZER;CN=Tessa Nguyen:mailto:tessa.nguyen@meridiancro.com",
        "ATTENDEE;CN=Jasmine Carter;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Tessa Nguyen", "no-reply@greenhouse.io"),
              "Interview Confirmation: Clinical Data Analyst II at Meridian Clinical Research",
              "2026-09-08 14:22", NY, "o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.24.51])",
              "<0100019a2c7e1b2f-5e0d8c3a-6b1f-4a8e-9c55-2f7d1e0b6a14-000000@email.amazonses.com>",
              reply_to=addr("Tessa Nguyen", "tessa.nguyen@meridiancro.com"),
              after=(("X-Mailer", "Greenhouse"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-17T20:00:00Z", end="2026-09-17T20:30:00Z", contact="priya.raman@cobaltgenomics.com",
      company="Cobalt Genomics", local="Thu 2026-09-17 13:00", local_end="2026-09-17 13:30", zone=LA,
      note="Lever, HTML only (base64), West Coast company writing in Pacific time: '1:00pm - 1:30pm PDT' "
           "on Thu 17 Sep = 20:00-20:30Z (the body also says 4:00 pm EDT); contact = Reply-To recruiter")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333;padding:32px">
        <tr><td>
        <img src="https://lever-client-logos.s3.amazonaws.com/cobaltgenomics-logo.png" alt="Cobalt Genomics" height="36">
        <h2 style="font-weight:500">Your interview is confirmed</h2>
        <p>Hi Jasmine,</p>
        <p>We're excited to chat with you about the <b>Senior Data Analyst, Genomics Platform</b> role.</p>
        <p style="background:#f0f6ff;padding:12px;border-radius:4px">
        <b>Recruiter Screen with Priya Raman</b><br>
        Thursday, September 17<br>
        1:00pm &ndash; 1:30pm PDT <span style="color:#777">(4:00pm &ndash; 4:30pm EDT)</span><br>
        Video call &middot; <a href="https://meet.google.com/cqx-hdya-tno">meet.google.com/cqx-hdya-tno</a></p>
        <p>Need to make a change? Reply to this email and Priya will help.</p>
        <p style="color:#999;font-size:12px">Sent by Cobalt Genomics via Lever &middot; 200 Oyster Point Blvd, South San Francisco, CA</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = head("Cobalt Genomics <no-reply@hire.lever.co>",
              "Cobalt Genomics: Interview confirmed for Thursday, September 17",
              "2026-09-11 09:05", LA, "mail-a.hire.lever.co (mail-a.hire.lever.co [198.21.4.92])",
              "<5f3ab9e2-1c7d-4e4a-b2d6-0a9e7f1c3d58@hire.lever.co>",
              reply_to="Priya Raman <priya.raman@cobaltgenomics.com>")
    return message(hs, html(page, cte="base64"))


@mail(n(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start="2026-09-29T15:00:00Z", end="2026-09-29T16:00:00Z", contact="marcus.bell@vantagegtx.com",
      company="Vantage Gene Therapeutics", local="Tue 2026-09-29 11:00", local_end="2026-09-29 12:00",
      zone=NY,
      note="Ashby confirmation from no-reply@ashbyhq.com, no Reply-To; the human is the ICS ORGANIZER. "
           "'Tuesday, September 29, 11:00 AM - 12:00 PM EDT' = 15:00-16:00Z")
def m03() -> bytes:
    body = t("""
        Hi Jasmine,

        Your interview with Vantage Gene Therapeutics is confirmed.

        Hiring Manager Interview - Data Analyst, Vector Manufacturing
        Tuesday, September 29, 2026
        11:00 AM - 12:00 PM EDT (America/New_York)
        Google Meet: https://meet.google.com/vgt-wmqe-pfa

        You'll meet with:
          Marcus Bell - Director, Manufacturing Data Science

        A calendar invitation is attached. Questions? Reach out to Marcus Bell via the invitation.

        Vantage Gene Therapeutics
        Powered by Ashby
        """)
    page = t("""
        <div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Jasmine,</p>
        <p>Your interview with Vantage Gene Therapeutics is confirmed.</p>
        <div style="border:1px solid #e3e3e8;border-radius:8px;padding:16px">
        <div style="font-weight:600">Hiring Manager Interview - Data Analyst, Vector Manufacturing</div>
        <div>Tuesday, September 29, 2026</div>
        <div>11:00 AM - 12:00 PM EDT (America/New_York)</div>
        <div><a href="https://meet.google.com/vgt-wmqe-pfa">Google Meet</a></div>
        </div>
        <p>You'll meet with:<br>Marcus Bell - Director, Manufacturing Data Science</p>
        <p>A calendar invitation is attached. Questions? Reach out to Marcus Bell via the invitation.</p>
        <p style="color:#8a8a8a;font-size:12px">Vantage Gene Therapeutics &middot; Powered by Ashby</p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ[NY], "BEGIN:VEVENT", "UID:ashby-3b8d0e6c-77a1-4e53-9d2e-1f0c6a9b4e21",
        "DTSTAMP:20260923T204011Z", "DTSTART;TZID=America/New_York:20260929T110000",
        "DTEND;TZID=America/New_York:20260929T120000", "SEQUENCE:0",
        "SUMMARY:Vantage Gene Therapeutics - Hiring Manager Interview (Jasmine Carter)",
        "LOCATION:https://meet.google.com/vgt-wmqe-pfa",
        "ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@vantagegtx.com",
        "ATTENDEE;CN=Jasmine Carter;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head("Vantage Gene Therapeutics <no-reply@ashbyhq.com>",
              "Interview confirmed: Data Analyst, Vector Manufacturing at Vantage Gene Therapeutics",
              "2026-09-23 16:40", NY, "a48-113.smtp-out.amazonses.com (a48-113.smtp-out.amazonses.com [54.240.48.113])",
              "<0100019a7d44c3e1-a3f0b7de-2c41-4d0e-8b9f-6e52a1c7d390-000000@email.amazonses.com>")
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-07T18:00:00Z", end="2026-10-07T19:00:00Z", contact="denise.hollis@carolinacrescentbank.com",
      company="Carolina Crescent Bank", local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00", zone=NY,
      note="Workday interview notification, HTML only; US date 10/07/2026, '2:00 PM - 3:00 PM Eastern Time' "
           "in October = EDT = 18:00-19:00Z; contact = recruiter address written in the body")
def m04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial;font-size:10pt">
        <p>Dear Jasmine,</p>
        <p>Thank you for your interest in the <b>Data Analyst II - Model Risk Management</b> position (R-0048812) with Carolina Crescent Bank. We are pleased to confirm your interview:</p>
        <table border="0" cellpadding="2">
        <tr><td>Interview Date:</td><td>10/07/2026</td></tr>
        <tr><td>Interview Time:</td><td>2:00 PM - 3:00 PM Eastern Time</td></tr>
        <tr><td>Interview Type:</td><td>Virtual (Microsoft Teams &ndash; link to follow from your interviewer)</td></tr>
        <tr><td>Interviewers:</td><td>Mark Svoboda, VP Model Validation; Alisha Grant, Senior Analyst</td></tr>
        </table>
        <p>If you have any questions or need to reschedule, please contact your recruiter, Denise Hollis, at <a href="mailto:denise.hollis@carolinacrescentbank.com">denise.hollis@carolinacrescentbank.com</a>.</p>
        <p>Please do not reply to this message. This mailbox is not monitored.</p>
        <p>Sincerely,<br>Carolina Crescent Bank Talent Acquisition</p>
        <p style="font-size:8pt;color:#666">Carolina Crescent Bank is an Equal Opportunity Employer. Member FDIC.</p>
        </div></body></html>
        """)
    hs = head("Carolina Crescent Bank <carolinacrescent@myworkday.com>",
              "Interview Scheduled - Data Analyst II - Model Risk Management (R-0048812)",
              "2026-10-01 08:03", NY, "mx0a-00213f01.myworkday.com (mx0a-00213f01.myworkday.com [148.163.157.204])",
              "<1866412503.418872.1790856180112@wd5-prod-notif-3.myworkday.com>")
    return message(hs, html(page))


@mail(n(5), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-20T18:00:00Z", end=None, contact="ray.delacroix@bramblewoodps.com",
      company="Bramblewood Pharma Services", local="Tue 2026-10-20 14:00", zone=NY,
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Hiring manager's short reply 'see you tomorrow at 2pm', Date Mon 19 Oct 10:41 EDT, so Tue 20 Oct "
           "14:00 EDT = 18:00Z; the quoted thread offered Tue 2 or Wed 10 and the candidate took Tuesday; "
           "'plan on about an hour' is approximate, end null")
def m05() -> bytes:
    body = t("""
        Perfect, see you tomorrow at 2pm then. We're in Building C, 2nd floor -- just tell the front
        desk you're there for me and they'll walk you up. Parking is free in the deck off Perimeter Park
        Dr. Plan on about an hour; you'll meet me and one of our statisticians.

        Ray

        Ray Delacroix
        Associate Director, Biometrics
        Bramblewood Pharma Services
        3020 Carrington Mill Blvd, Morrisville NC 27560
        (919) 555-0187

        On Fri, Oct 16, 2026 at 5:02 PM Jasmine Carter <jasmine.carter@example.org> wrote:
        > Hi Ray,
        >
        > Tuesday at 2 works great for me. Looking forward to it!
        >
        > Jasmine
        >
        > On Fri, Oct 16, 2026 at 3:11 PM Ray Delacroix <ray.delacroix@bramblewoodps.com> wrote:
        >> Hi Jasmine -- thanks for the chat with Lauren earlier this week. I'd love to have you in
        >> to meet the team. Could you come by next Tuesday at 2 or Wednesday at 10?
        >>
        >> Ray
        """)
    hs = head("Ray Delacroix <ray.delacroix@bramblewoodps.com>", "Re: Onsite at Bramblewood",
              "2026-10-19 10:41", NY,
              "mail-yw1-f177.google.com (mail-yw1-f177.google.com [209.85.128.177])",
              "<CAH3vq1pR9sXkLm2Ju7n0dWq+TzE5yB0oGf4hKcUe8a9w@mail.gmail.com>",
              after=(("In-Reply-To", "<CAJ8e2bN5w0zTQf1xY7pLk3m9RvdC4uE6sHgA2iB@mail.gmail.com>"),
                     ("References", "<CAH3vq1oYc0E2bDq7WmXn5Kf8sJt1LzR4uP9aVgB@mail.gmail.com>\r\n"
                      " <CAJ8e2bN5w0zTQf1xY7pLk3m9RvdC4uE6sHgA2iB@mail.gmail.com>")))
    return message(hs, text(body, cte="8bit"))


@mail(n(6), family="exchange", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-22T14:00:00Z", end="2026-10-22T15:00:00Z", contact="gregory.whitfield@obds.nc.gov",
      company="NC Office of Biomedical Data Services", local="Thu 2026-10-22 10:00",
      local_end="2026-10-22 11:00", zone=NY,
      note="State agency, Exchange meeting request (TZID 'Eastern Standard Time'); the When: line shows "
           "Outlook's fixed '(UTC-05:00) Eastern Time (US & Canada)' label, but 22 Oct is EDT, so 10:00 = 14:00Z")
def m06() -> bytes:
    teams = TEAMS.format(tid="YmQ0ZjM2OGEtMjI1Ny00", mid="241 887 390 115", pw="s7Xq2P", pin="604 118 273")
    body = t("""
        When: Thursday, October 22, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Ms. Carter,

        Thank you for your application for the Data Analyst II position (Posting #60034521) with the NC
        Office of Biomedical Data Services. The selection panel would like to interview you at the date
        and time above. The interview will be conducted via Microsoft Teams and will last approximately
        one hour; please plan to share your screen for a brief work sample discussion.

        Please accept this invitation to confirm.

        Regards,

        Gregory Whitfield
        Data Services Manager
        NC Office of Biomedical Data Services
        gregory.whitfield@obds.nc.gov | 919-555-0122

        E-mail correspondence to and from this address may be subject to the North Carolina Public Records
        Law and may be disclosed to third parties.

        """) + teams
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").replace("<", "&lt;").split("\n")
    ) + "</div></body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2016", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Whitfield, Gregory\":mailto:gregory.whitfield@obds.nc.gov",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:" + ME,
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Lowry, Pamela\":mailto:pamela.lowry@obds.nc.gov",
        "DESCRIPTION;LANGUAGE=en-US:Ms. Carter\\,\\n\\nThank you for your application for the Data Analyst II position.",
        "UID:040000008200E00074C5B7101A82E00800000000B0C3E2F6A25EDD01000000000000000010000000F1C4D26E3A0B8B4C9E25D1A7C66B0F12",
        "SUMMARY;LANGUAGE=en-US:Interview - Data Analyst II (Posting #60034521)",
        "DTSTART;TZID=Eastern Standard Time:20261022T100000",
        "DTEND;TZID=Eastern Standard Time:20261022T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261016T192012Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2118439920",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    hs = head("\"Whitfield, Gregory\" <gregory.whitfield@obds.nc.gov>",
              "Interview - Data Analyst II (Posting #60034521)", "2026-10-16 15:20", NY,
              "GCC02-DM3-obe.outbound.protection.outlook.com (mail-dm3gcc02on2107.outbound.protection.outlook.com [40.107.91.107])",
              "<BL0PR09MB4417A3C2E5B7D9014F6E2B8AC7A92@BL0PR09MB4417.namprd09.prod.outlook.com>",
              after=(("Thread-Topic", "Interview - Data Analyst II (Posting #60034521)"),
                     ("Thread-Index", "AdtF8kq2xL0bC9vZRj6N3QeX1wYh5A=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(7), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-26T19:30:00Z", end="2026-10-26T20:00:00Z", contact="kayla.brooks@triangletalent.com",
      company="Triangle Talent Partners", local="Mon 2026-10-26 15:30", local_end="2026-10-26 16:00", zone=NY,
      note="Calendly invitee confirmation for an agency phone screen; '03:30pm - 04:00pm (Eastern Time - US & "
           "Canada)' on Mon 26 Oct (EDT) = 19:30-20:00Z; ICS in UTC agrees; contact = host in Reply-To; "
           "client unnamed so company = the agency")
def m07() -> bytes:
    body = t("""
        Hi Jasmine Carter,

        Your phone screen with Kayla Brooks at 03:30pm - 04:00pm (Eastern Time - US & Canada) on Monday,
        October 26, 2026 is scheduled.

        Event Type:
        Phone Screen - Sr. Data Analyst (contract-to-hire, Life Sciences client)

        Event Date/Time:
        03:30pm - 04:00pm (Eastern Time - US & Canada) on Monday, October 26, 2026

        Location:
        Kayla will call you at +1 919-555-0164

        Invitee Email:
        jasmine.carter@example.org

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8d3f0e21-9a7c-4b55-b1c2-3e6f7a0d9c84
        Reschedule: https://calendly.com/reschedulings/8d3f0e21-9a7c-4b55-b1c2-3e6f7a0d9c84

        Powered by Calendly.com
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "DTSTART:20261026T193000Z", "DTEND:20261026T200000Z", "DTSTAMP:20261021T163112Z",
        "UID:8d3f0e21-9a7c-4b55-b1c2-3e6f7a0d9c84@calendly.com",
        "ORGANIZER;CN=Kayla Brooks:mailto:kayla.brooks@triangletalent.com",
        "ATTENDEE;CN=Jasmine Carter;PARTSTAT=ACCEPTED:mailto:" + ME,
        "SUMMARY:Phone Screen - Sr. Data Analyst between Kayla Brooks and Jasmine Carter",
        "LOCATION:+1 919-555-0164", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Phone Screen - Sr. Data Analyst with Kayla Brooks on Monday, October 26, 2026",
              "2026-10-21 12:31", NY, "o1.sg.calendly.com (o1.sg.calendly.com [167.89.81.44])",
              "<3kx0Bq7yT8W_h2nP4d1eVA@geopod-ismtpd-12>",
              reply_to="Kayla Brooks <kayla.brooks@triangletalent.com>")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", method=None)))


@mail(n(8), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-02T17:00:00Z", end="2026-11-02T18:00:00Z", contact="hannah.ortiz@redwoodassay.com",
      company="Redwood Assay Systems", local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=LA,
      note="DST edge: GoodTime mail sent Tue 27 Oct in PDT for Mon 2 Nov, the day after US clocks fall back; "
           "'9:00 AM - 10:00 AM PST' = 17:00-18:00Z, and the candidate line '12:00 PM - 1:00 PM EST' agrees; "
           "ICS in UTC")
def m08() -> bytes:
    body = t("""
        Hi Jasmine,

        You're all set! Here are the details for your upcoming interview with Redwood Assay Systems.

        Position: Data Analyst, Assay Development
        Interview: Technical Interview (SQL + statistics)

        Monday, November 2, 2026
        9:00 AM - 10:00 AM PST (Pacific Time)
        12:00 PM - 1:00 PM EST (your time zone)

        Interviewers:
        - Samir Haddad, Staff Scientist
        - Joy Whitaker, Analytics Lead

        Join with Zoom: https://redwoodassay.zoom.us/j/95501278844

        Note: US clocks change on Sunday, November 1. The times above already account for that.

        Questions or need to reschedule? Reply to this email to reach Hannah Ortiz, your recruiting
        coordinator.

        Redwood Assay Systems | San Diego, CA
        Scheduling powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <p>Hi Jasmine,</p>
        <p>You're all set! Here are the details for your upcoming interview with Redwood Assay Systems.</p>
        <p><b>Position:</b> Data Analyst, Assay Development<br><b>Interview:</b> Technical Interview (SQL + statistics)</p>
        <p style="font-size:16px"><b>Monday, November 2, 2026</b><br>9:00 AM - 10:00 AM PST (Pacific Time)<br>
        <span style="color:#666">12:00 PM - 1:00 PM EST (your time zone)</span></p>
        <p><b>Interviewers:</b><br>Samir Haddad, Staff Scientist<br>Joy Whitaker, Analytics Lead</p>
        <p><a href="https://redwoodassay.zoom.us/j/95501278844">Join with Zoom</a></p>
        <p><i>Note: US clocks change on Sunday, November 1. The times above already account for that.</i></p>
        <p>Questions or need to reschedule? Reply to this email to reach Hannah Ortiz, your recruiting coordinator.</p>
        <p style="font-size:11px;color:#999">Redwood Assay Systems | San Diego, CA<br>Scheduling powered by GoodTime</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//GoodTime.io//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:gt-7f02c9d4e51a4b0e8a3c@goodtime.io", "DTSTAMP:20261027T201014Z",
        "DTSTART:20261102T170000Z", "DTEND:20261102T180000Z",
        "SUMMARY:Redwood Assay Systems - Technical Interview - Jasmine Carter",
        "LOCATION:https://redwoodassay.zoom.us/j/95501278844",
        "ORGANIZER;CN=Hannah Ortiz:mailto:hannah.ortiz@redwoodassay.com",
        "ATTENDEE;CN=Jasmine Carter;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:" + ME,
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head("Redwood Assay Systems <no-reply@goodtime.io>",
              "Interview Confirmation - Redwood Assay Systems - Monday, November 2",
              "2026-10-27 13:10", LA, "o3.ptr4071.goodtime.io (o3.ptr4071.goodtime.io [149.72.133.18])",
              "<20261027201014.a1f5c0e9b27d4e36@goodtime.io>",
              reply_to="Hannah Ortiz <hannah.ortiz@redwoodassay.com>")
    return message(hs, alt(text(body), html(page), calendar(ics)))


@mail(n(9), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start="2026-10-29T17:00:00Z", end="2026-10-29T17:45:00Z", contact=None,
      company="Queen City Health Analytics", local="Thu 2026-10-29 13:00", local_end="2026-10-29 13:45",
      zone=NY,
      note="Microsoft Bookings from a shared mailbox; the body's '(UTC-05:00) Eastern Time (US & Canada)' is "
           "the standard-offset label, but 29 Oct is still EDT, so 1:00 PM = 17:00Z (ICS 'Eastern Standard "
           "Time' agrees); staff member named without an address, so contact null")
def m09() -> bytes:
    page = t("""
        <html><head><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Jasmine Carter,</p>
        <p>Thank you for booking with Queen City Health Analytics - Talent Acquisition.</p>
        <table cellpadding="6" style="border:1px solid #edebe9;width:100%">
        <tr><td style="color:#605e5c">Service</td><td>Analyst Interview - Round 1 (45 min)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, October 29, 2026 1:00 PM - 1:45 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Renee Castillo</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting &ndash; <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_QCHA0912%40thread.v2/0">Join your appointment</a></td></tr>
        </table>
        <p>You will receive a reminder 24 hours before your appointment.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/QCHATalent@queencityhealth.com/bookings/manage">Manage booking</a></p>
        <p style="color:#8a8886;font-size:12px">Queen City Health Analytics &middot; 401 S Tryon St, Charlotte, NC 28202</p>
        </td></tr></table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Queen City Health Analytics - Talent Acquisition:mailto:QCHATalent@queencityhealth.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:" + ME,
        "UID:040000008200E00074C5B7101A82E008000000003A61D9C0F366DD01000000000000000010000000B7E9C3A1F4D2064C8C1E",
        "SUMMARY;LANGUAGE=en-US:Analyst Interview - Round 1 (45 min)",
        "DTSTART;TZID=Eastern Standard Time:20261029T130000",
        "DTEND;TZID=Eastern Standard Time:20261029T134500", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261026T130204Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams meeting", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head("Queen City Health Analytics - Talent Acquisition <QCHATalent@queencityhealth.com>",
              "Your booking is confirmed: Analyst Interview - Round 1 (45 min)", "2026-10-26 09:02", NY,
              "NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2093.outbound.protection.outlook.com [40.107.220.93])",
              "<SA1PR17MB5527C1E0D3A94B2F7A61C9E0B2F3A@SA1PR17MB5527.namprd17.prod.outlook.com>",
              after=(("X-MS-Exchange-Organization-BookingsService", "True"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(10), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-05T16:00:00Z", end="2026-11-05T17:00:00Z", contact="alan.mercer@bellwetherbio.com",
      company="Bellwether Biologics", local="Thu 2026-11-05 11:00", local_end="2026-11-05 12:00", zone=NY,
      note="DST edge: Google Calendar invitation sent Fri 30 Oct (EDT, -0400) for Thu 5 Nov, after the switch: "
           "'11am - 12pm (EST)' = 16:00-17:00Z; Atlanta is Eastern too; ICS in America/New_York; "
           "contact = organizer (From/Reply-To)")
def m10() -> bytes:
    body = t("""
        You have been invited to the following event.

        Technical interview - Jasmine Carter / Bellwether Biologics
        When
        Thursday Nov 5, 2026 11am - 12pm Eastern Time - New York

        Joining info
        Join with Google Meet
        meet.google.com/bwb-xkcp-mna

        Join by phone
        (US) +1 470-555-0193 PIN: 428 116 903#

        Calendar
        jasmine.carter@example.org

        Who
        Alan Mercer - organizer
        jasmine.carter@example.org
        Priscilla Odum

        Hi Jasmine - this is the 60-min technical round we discussed (R + a short case on stability data).
        Priscilla from our QC team will join. Looking forward to it!  -Alan

        Going (jasmine.carter@example.org)?   Yes - Maybe - No
        more options https://calendar.google.com/calendar/event?action=RESPOND&eid=M2o4dmdlMXFiY2pz

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account jasmine.carter@example.org because you are an
        attendee of this event.
        """)
    page = "<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ[NY], "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20261105T110000", "DTEND;TZID=America/New_York:20261105T120000",
        "DTSTAMP:20261030T180512Z", "ORGANIZER;CN=Alan Mercer:mailto:alan.mercer@bellwetherbio.com",
        "UID:3o8vge1qbcjs5m2t0r7n4dkp9h@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.carter@example.org;X-NUM-GUESTS=0:mailto:" + ME,
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priscilla Odum;X-NUM-GUESTS=0:mailto:priscilla.odum@bellwetherbio.com",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/bwb-xkcp-mna", "CREATED:20261030T180439Z",
        "DESCRIPTION:Hi Jasmine - this is the 60-min technical round we discussed.",
        "LAST-MODIFIED:20261030T180511Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Technical interview - Jasmine Carter / Bellwether Biologics", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head("Alan Mercer <alan.mercer@bellwetherbio.com>",
              "Invitation: Technical interview - Jasmine Carter / Bellwether Biologics @ Thu Nov 5, 2026 "
              "11am - 12pm (EST) (jasmine.carter@example.org)",
              "2026-10-30 14:05", NY, "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              "<calendar-7c41d2e9-5b0a-4f3e-8d16-2a9c0e7b4f58@google.com>",
              reply_to="Alan Mercer <alan.mercer@bellwetherbio.com>",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics)),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(11), family="smartrecruiters", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-10T15:30:00Z", end="2026-11-10T16:15:00Z", contact="olivia.brandt@lumendx.com",
      company="Lumen Diagnostics", local="Tue 2026-11-10 10:30", local_end="2026-11-10 11:15", zone=NY,
      note="SmartRecruiters confirmation (base64 text+HTML) from a no-reply address; 'Tue, Nov 10, 2026, "
           "10:30 AM - 11:15 AM (GMT-05:00) Eastern Time' = 15:30-16:15Z; contact = interviewer address in body")
def m11() -> bytes:
    body = t("""
        Hi Jasmine,

        Great news! Your interview for Senior Analyst, Clinical Insights at Lumen Diagnostics has been
        confirmed.

        WHEN
        Tue, Nov 10, 2026, 10:30 AM - 11:15 AM (GMT-05:00) Eastern Time

        WHERE
        Video call - Microsoft Teams (link in calendar invite)

        WITH
        Olivia Brandt, Director of Data Science

        Please have a copy of your resume handy. If anything comes up, contact Olivia directly at
        olivia.brandt@lumendx.com.

        Good luck!
        Lumen Diagnostics Hiring Team

        This email was sent via SmartRecruiters on behalf of Lumen Diagnostics. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#2b2b2b">
        <div style="max-width:600px;margin:auto">
        <p>Hi Jasmine,</p>
        <p>Great news! Your interview for <strong>Senior Analyst, Clinical Insights</strong> at Lumen Diagnostics has been confirmed.</p>
        <h4 style="margin-bottom:2px">WHEN</h4><div>Tue, Nov 10, 2026, 10:30 AM - 11:15 AM (GMT-05:00) Eastern Time</div>
        <h4 style="margin-bottom:2px">WHERE</h4><div>Video call - Microsoft Teams (link in calendar invite)</div>
        <h4 style="margin-bottom:2px">WITH</h4><div>Olivia Brandt, Director of Data Science</div>
        <p>Please have a copy of your resume handy. If anything comes up, contact Olivia directly at
        <a href="mailto:olivia.brandt@lumendx.com">olivia.brandt@lumendx.com</a>.</p>
        <p>Good luck!<br>Lumen Diagnostics Hiring Team</p>
        <p style="font-size:11px;color:#888">This email was sent via SmartRecruiters on behalf of Lumen Diagnostics. Please do not reply.</p>
        </div></body></html>
        """)
    hs = head("Lumen Diagnostics <noreply@smartrecruiters.com>",
              "Interview confirmed - Senior Analyst, Clinical Insights", "2026-11-04 11:20", NY,
              "mail9.smartrecruiters.com (mail9.smartrecruiters.com [185.46.215.9])",
              "<mp.6e1b7f3c0a2d4e58.1793809200@smartrecruiters.com>")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(12), family="icims", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-13T13:30:00Z", end="2026-11-13T16:30:00Z", contact="sheila.morgan@enovalleyhealth.org",
      company="Eno Valley University Health", local="Fri 2026-11-13 08:30", local_end="2026-11-13 11:30",
      zone=NY,
      note="iCIMS, HTML only in windows-1252 (quoted-printable); on-site itinerary 8:30 AM to 11:30 AM on Fri "
           "13 Nov (EST) = 13:30-16:30Z, first start to last end; contact = coordinator address in the body")
def m12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:12px">
        <p>Dear Jasmine,</p>
        <p>Thank you for your interest in the <b>Data Analyst \u2013 Clinical Quality &amp; Outcomes</b> position (Job ID 2026-18840) at Eno Valley University Health. We\u2019re pleased to confirm your on-site panel interview on <b>Friday, November 13, 2026</b>.</p>
        <p><b>Itinerary</b></p>
        <table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
        <tr><th>Time</th><th>Interviewer(s)</th></tr>
        <tr><td>8:30 \u2013 9:15 AM</td><td>Dr. Yvonne Pruitt, Director, Clinical Analytics</td></tr>
        <tr><td>9:15 \u2013 10:00 AM</td><td>Analytics team panel (3)</td></tr>
        <tr><td>10:00 \u2013 10:45 AM</td><td>Technical exercise (SQL / Tableau)</td></tr>
        <tr><td>10:45 \u2013 11:30 AM</td><td>Marcus Tran, VP Quality &amp; Patient Safety</td></tr>
        </table>
        <p><b>Location:</b> Eno Valley University Health, Hillandale Administrative Center, 2400 Pratt St, 4th floor, Durham, NC 27705. Visitor parking in Lot P4; please check in at the 4th-floor reception desk 10 minutes early with a photo ID.</p>
        <p>If you have questions or need accommodations, please contact Sheila Morgan, Talent Acquisition Coordinator, at <a href="mailto:sheila.morgan@enovalleyhealth.org">sheila.morgan@enovalleyhealth.org</a> or (919) 555-0148.</p>
        <p>We look forward to meeting you!</p>
        <p>Sincerely,<br>Talent Acquisition<br>Eno Valley University Health</p>
        <p style="font-size:10px;color:#777">This is an automated message from our applicant tracking system. Replies to this address are not monitored.</p>
        </body></html>
        """)
    hs = head("Eno Valley University Health <enovalleyhealth-notifications@talent.icims.com>",
              "Eno Valley University Health \u2013 Interview Confirmation (Job ID 2026-18840)",
              "2026-11-09 16:45", NY, "mta-14.talent.icims.com (mta-14.talent.icims.com [66.45.115.14])",
              "<1731189900412.58812.enovalleyhealth.icims@talent.icims.com>", charset="windows-1252")
    return message(hs, html(page, charset="windows-1252"))


@mail(n(13), family="workable", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-18T21:00:00Z", end="2026-11-18T21:30:00Z", contact="darnell.price@sablecreektx.com",
      company="Sable Creek Therapeutics", local="Wed 2026-11-18 16:00", local_end="2026-11-18 16:30", zone=NY,
      note="Workable; Reply-To is a Workable candidate relay (not a person), so contact = the hiring "
           "manager's address in the signature; 'Wednesday, November 18 at 4:00 PM EST' for 30 minutes = "
           "21:00-21:30Z; ICS in UTC")
def m13() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks for applying to Sable Creek Therapeutics! I'd like to confirm a 30-minute video interview
        for the Data Analyst, Translational Research role:

          Wednesday, November 18 at 4:00 PM EST
          Google Meet: https://meet.google.com/sct-qvrm-dzo

        We'll talk through your experience with assay and sequencing data and what the team is building.
        The calendar invitation is attached.

        Best,
        Darnell Price
        Head of Data, Sable Creek Therapeutics
        darnell.price@sablecreektx.com

        --
        Sent with Workable
        """)
    page = "<div style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:wk-evt-2f9a61c8e0@workable.com", "DTSTAMP:20261113T150211Z",
        "DTSTART:20261118T210000Z", "DTEND:20261118T213000Z",
        "SUMMARY:Interview with Sable Creek Therapeutics (Jasmine Carter)",
        "LOCATION:https://meet.google.com/sct-qvrm-dzo",
        "ORGANIZER;CN=Darnell Price:mailto:darnell.price@sablecreektx.com",
        "ATTENDEE;CN=Jasmine Carter;RSVP=TRUE:mailto:" + ME, "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head("Darnell Price - Sable Creek Therapeutics <noreply@workablemail.com>",
              "Interview for Data Analyst, Translational Research at Sable Creek Therapeutics",
              "2026-11-13 10:02", NY, "mail-out-2.workablemail.com (mail-out-2.workablemail.com [104.130.122.34])",
              "<wk.6b3e90a1f2.20261113150211@workablemail.com>",
              reply_to="sable-creek-therapeutics+c7f2a9e41b@candidates.workablemail.com")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(14), family="personio", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-19T18:00:00Z", end="2026-11-19T19:00:00Z", contact="lena.hofmann@halcyonlab.com",
      company="Halcyon Lab Systems", local="Thu 2026-11-19 13:00", local_end="2026-11-19 14:00", zone=NY,
      note="Personio invitation whose text gives no time at all ('see the attached calendar invitation'); "
           "the time is only in the ICS: 20261119T130000 America/New_York = 18:00-19:00Z; contact = ICS "
           "ORGANIZER (the From is a no-reply)")
def m14() -> bytes:
    body = t("""
        Hello Jasmine,

        Thank you for your application and your interest in Halcyon Lab Systems!

        We would like to invite you to an interview for the position Senior Data Analyst (Remote, US).
        You will find all details of the appointment in the attached calendar invitation - please add it
        to your calendar.

        If you have any questions, you can reach out to me at any time.

        Kind regards,
        Lena Hofmann
        People & Talent
        Halcyon Lab Systems

        ---
        This message was sent via Personio. Please do not reply to this e-mail.
        """)
    page = "<div style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div>\n"
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio GmbH//Recruiting//EN", "METHOD:REQUEST",
        VTZ[NY], "BEGIN:VEVENT", "UID:personio-recruiting-appointment-4471093@personio.de",
        "DTSTAMP:20261116T203012Z", "DTSTART;TZID=America/New_York:20261119T130000",
        "DTEND;TZID=America/New_York:20261119T140000",
        "SUMMARY:Interview Halcyon Lab Systems - Senior Data Analyst (Remote\\, US)",
        "LOCATION:https://us02web.zoom.us/j/81337240561",
        "ORGANIZER;CN=Lena Hofmann:mailto:lena.hofmann@halcyonlab.com",
        "ATTENDEE;CN=Jasmine Carter;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head("Halcyon Lab Systems <no-reply@personio.de>",
              "Invitation to an interview: Senior Data Analyst (Remote, US)", "2026-11-16 15:30", NY,
              "mail-eu1.personio.de (mail-eu1.personio.de [18.196.40.22])",
              "<a91e4c0f7d3b2e55@recruiting.personio.de>")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="appointment.ics", disposition="attachment",
                                      method=None)))


@mail(n(15), family="teamtailor", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-30T15:00:00Z", end="2026-11-30T16:30:00Z", contact="chloe.ramirez@northstarcell.com",
      company="Northstar Cell Therapy", local="Mon 2026-11-30 10:00", local_end="2026-11-30 11:30", zone=NY,
      days=(("Thu", "2026-11-26"),),
      note="Teamtailor, sent Tue 24 Nov before Thanksgiving; 'Monday, November 30 at 10:00 AM (EST)' and "
           "'will last 90 minutes' = 15:00-16:30Z; Atlanta is Eastern; contact = Reply-To recruiter")
def m15() -> bytes:
    body = t("""
        Hi Jasmine \U0001F44B

        Your on-site interview for Data Analyst, Cell Processing at Northstar Cell Therapy is booked!

        \U0001F4C5 Monday, November 30 at 10:00 AM (EST)
        \U0001F4CD Northstar Cell Therapy, 1100 Peachtree St NE, Suite 900, Atlanta, GA 30309

        The interview will last 90 minutes: a site tour, a conversation with the hiring team and a short
        case discussion. We'll reimburse your travel - keep your receipts.

        Our office is closed Thursday 11/26 and Friday 11/27 for Thanksgiving, so if anything comes up
        please reply before Wednesday.

        See you soon,
        Chloe Ramirez
        Talent Partner, Northstar Cell Therapy
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <p>Hi Jasmine \U0001F44B</p>
        <p>Your on-site interview for <b>Data Analyst, Cell Processing</b> at Northstar Cell Therapy is booked!</p>
        <p>\U0001F4C5 Monday, November 30 at 10:00 AM (EST)<br>
        \U0001F4CD Northstar Cell Therapy, 1100 Peachtree St NE, Suite 900, Atlanta, GA 30309</p>
        <p>The interview will last 90 minutes: a site tour, a conversation with the hiring team and a short case discussion. We\u2019ll reimburse your travel &ndash; keep your receipts.</p>
        <p>Our office is closed Thursday 11/26 and Friday 11/27 for Thanksgiving, so if anything comes up please reply before Wednesday.</p>
        <p>See you soon,<br>Chloe Ramirez<br>Talent Partner, Northstar Cell Therapy</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor &middot; <a href="https://northstarcell.teamtailor.com/connect">Connect</a></p>
        </body></html>
        """)
    hs = head("Northstar Cell Therapy <no-reply@teamtailor-mail.com>",
              "\U0001F4C5 Interview booked: Data Analyst, Cell Processing", "2026-11-24 13:00", NY,
              "m42-77.mailgun.net (m42-77.mailgun.net [69.72.42.77])",
              "<20261124180003.3f6a2c1e9b7d0a54@teamtailor-mail.com>",
              reply_to="Chloe Ramirez <chloe.ramirez@northstarcell.com>")
    return message(hs, alt(text(body), html(page)))


@mail(n(16), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start="2026-12-02T20:00:00Z", end="2026-12-02T20:45:00Z", contact="morgan.lee@harborfinch.com",
      company="Harbor & Finch Bank", local="Wed 2026-12-02 15:00", local_end="2026-12-02 15:45", zone=NY,
      note="Candidate forwards to herself (From = her example.net address) a recruiter mail with a pasted Zoom "
           "invitation: 'Dec 2, 2026 03:00 PM Eastern Time (US and Canada)', 'we've blocked 45 minutes' = "
           "20:00-20:45Z; contact = the recruiter in the forwarded header (never the candidate); iso-8859-1")
def m16() -> bytes:
    body = t("""
        putting this in my main inbox so I don't lose it

        ---------- Forwarded message ---------
        From: Morgan Lee <morgan.lee@harborfinch.com>
        Date: Fri, Nov 27, 2026 at 10:15 AM
        Subject: Harbor & Finch - interview invitation
        To: <jcarter.raleigh@example.net>

        Hi Jasmine,

        Hope you had a nice Thanksgiving! As discussed, here is the Zoom information for your interview
        with our Consumer Analytics team next Wednesday. We've blocked 45 minutes. You'll meet Tomás
        Ibáñez (Sr. Manager) and me.

        Morgan Lee is inviting you to a scheduled Zoom meeting.

        Topic: Jasmine Carter - Consumer Analytics Interview
        Time: Dec 2, 2026 03:00 PM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://harborfinch.zoom.us/j/92718830462?pwd=aGFyYm9yZmluY2gx

        Meeting ID: 927 1883 0462
        Passcode: 551902

        ---
        One tap mobile
        +13092053325,,92718830462#,,,,*551902# US
        +13126266799,,92718830462#,,,,*551902# US (Chicago)

        Best regards,
        Morgan Lee
        Talent Acquisition | Harbor & Finch Bank
        Charlotte, NC
        """)
    hs = head("Jasmine Carter <jcarter.raleigh@example.net>",
              "Fwd: Harbor & Finch - interview invitation", "2026-11-27 18:40", NY,
              "mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              "<CAPz1Xq4h0WnC7Tb2yF9sKd3mR8eLv6uJ5aG@mail.gmail.com>")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(17), family="human_prose", lang="en-US", interview=True, kind="rescheduled",
      start="2026-09-21T21:30:00Z", end="2026-09-21T22:00:00Z", contact="priya.raman@cobaltgenomics.com",
      company="Cobalt Genomics", local="Mon 2026-09-21 14:30", local_end="2026-09-21 15:00", zone=LA,
      days=(("Thu", "2026-09-17"),),
      note="Recruiter reschedule in Pacific time (thread with the Lever confirmation): old Thu 9/17 1pm PT, "
           "new 'Monday 9/21 at 2:30pm PT (5:30 your time)', 'still 30 min' = 21:30-22:00Z")
def m17() -> bytes:
    body = t("""
        Hi Jasmine,

        Apologies for the shuffle -- Devin (the hiring manager) just got pulled into board prep on
        Thursday, so I've moved your call from Thu 9/17 at 1pm PT to Monday 9/21 at 2:30pm PT (5:30 your
        time). Devin will join this time, so it's still 30 min but with both of us. Same Google Meet link.

        You'll get an updated invite from Lever shortly; if Monday doesn't work just let me know.

        Thanks for being flexible!
        Priya

        Priya Raman | Technical Recruiter | Cobalt Genomics
        she/her | South San Francisco, CA

        On Fri, Sep 11, 2026 at 2:40 PM Jasmine Carter <jasmine.carter@example.org> wrote:
        > Thanks Priya, got the confirmation for Thursday. Talk soon!
        """)
    hs = head("Priya Raman <priya.raman@cobaltgenomics.com>", "Re: Cobalt Genomics - recruiter screen",
              "2026-09-15 11:48", LA, "mail-pj1-f52.google.com (mail-pj1-f52.google.com [209.85.216.52])",
              "<CAMfX2sT0k9pEwq7vRn3Yb1hUa6LdC4zJ8Qm@mail.gmail.com>",
              after=(("In-Reply-To", "<CAPz1Xq3bN0uR7hTy2cVd9Ke5mWs4Lg8FpHa@mail.gmail.com>"),
                     ("References", "<CAPz1Xq3bN0uR7hTy2cVd9Ke5mWs4Lg8FpHa@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(18), family="ashby", lang="en-US", interview=True, kind="rescheduled",
      start="2026-10-01T19:00:00Z", end="2026-10-01T20:00:00Z", contact="marcus.bell@vantagegtx.com",
      company="Vantage Gene Therapeutics", local="Thu 2026-10-01 15:00", local_end="2026-10-01 16:00",
      zone=NY, days=(("Tue", "2026-09-29"),),
      note="Ashby reschedule with old ('Tuesday, September 29, 11:00 AM') and new time: 'Thursday, October 1, "
           "2026, 3:00 PM - 4:00 PM EDT' = 19:00-20:00Z; ICS same UID, SEQUENCE:1; contact = ICS ORGANIZER")
def m18() -> bytes:
    body = t("""
        Hi Jasmine,

        Your interview with Vantage Gene Therapeutics has been rescheduled.

        Hiring Manager Interview - Data Analyst, Vector Manufacturing

        Previously: Tuesday, September 29, 2026, 11:00 AM - 12:00 PM EDT
        New time:   Thursday, October 1, 2026, 3:00 PM - 4:00 PM EDT

        Google Meet: https://meet.google.com/vgt-wmqe-pfa

        An updated calendar invitation is attached; the previous one has been replaced.

        Vantage Gene Therapeutics
        Powered by Ashby
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ[NY], "BEGIN:VEVENT", "UID:ashby-3b8d0e6c-77a1-4e53-9d2e-1f0c6a9b4e21",
        "DTSTAMP:20260928T141502Z", "DTSTART;TZID=America/New_York:20261001T150000",
        "DTEND;TZID=America/New_York:20261001T160000", "SEQUENCE:1",
        "SUMMARY:Vantage Gene Therapeutics - Hiring Manager Interview (Jasmine Carter)",
        "LOCATION:https://meet.google.com/vgt-wmqe-pfa",
        "ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@vantagegtx.com",
        "ATTENDEE;CN=Jasmine Carter;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head("Vantage Gene Therapeutics <no-reply@ashbyhq.com>",
              "Interview rescheduled: Data Analyst, Vector Manufacturing at Vantage Gene Therapeutics",
              "2026-09-28 10:15", NY, "a48-114.smtp-out.amazonses.com (a48-114.smtp-out.amazonses.com [54.240.48.114])",
              "<0100019a9b1d07c4-1e7a9f32-8d0b-4c6e-a5f1-93b2c0e4d7a8-000000@email.amazonses.com>")
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(19), family="exchange", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-04T01:30:00Z", end="2026-11-04T02:15:00Z", contact="ethan.cho@kestrelcloudhealth.com",
      company="Kestrel Cloud Health", local="Tue 2026-11-03 17:30", local_end="2026-11-03 18:15", zone=LA,
      days=(("Thu", "2026-10-29"),),
      note="Seattle company, Outlook 'Updated' meeting request in Windows 'Pacific Standard Time', sent Wed "
           "28 Oct in PDT; moved from Thu 10/29 4:00 PM PDT to Tue 3 Nov 5:30-6:15 PM PST (after the DST "
           "switch) = 01:30-02:15Z on Wed 4 Nov (another day in UTC); body also says 8:30 PM Eastern")
def m19() -> bytes:
    teams = TEAMS.format(tid="NWQ3ZTA5YjUtODg0Mi00", mid="263 514 908 772", pw="Kc4tW9", pin="882 019 554")
    body = t("""
        When: Tuesday, November 3, 2026 5:30 PM-6:15 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Jasmine,

        As promised, here's the updated invite for your final round. We had you down for this Thursday
        (10/29) at 4:00 PM, but with Ana out I've moved us to next Tuesday, 11/3, at 5:30 PM Pacific --
        that's 8:30 PM Eastern for you, and heads up that both of our clocks will have changed by then.
        Thanks again for being flexible with the late slot.

        45 minutes with me and Ana Beltran (VP Data).

        Ethan

        Ethan Cho | Analytics Engineering Manager | Kestrel Cloud Health
        Seattle, WA

        """) + teams
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_PST_WIN, "BEGIN:VEVENT",
        "ORGANIZER;CN=Ethan Cho:mailto:ethan.cho@kestrelcloudhealth.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:" + ME,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ana Beltran:mailto:ana.beltran@kestrelcloudhealth.com",
        "UID:040000008200E00074C5B7101A82E0080000000092F1B8A4D463DD01000000000000000010000000E1A0C7D53B9F2E4A9D61",
        "SUMMARY;LANGUAGE=en-US:Final round - Jasmine Carter (Sr. Data Analyst)",
        "DTSTART;TZID=Pacific Standard Time:20261103T173000",
        "DTEND;TZID=Pacific Standard Time:20261103T181500", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261028T180205Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:2",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:2",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head("Ethan Cho <ethan.cho@kestrelcloudhealth.com>",
              "Updated: Final round - Jasmine Carter (Sr. Data Analyst)", "2026-10-28 11:02", LA,
              "NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2118.outbound.protection.outlook.com [40.107.244.118])",
              "<MW4PR19MB6713E82A0C4B9D15F3E7A2C1D84B7@MW4PR19MB6713.namprd19.prod.outlook.com>",
              after=(("Thread-Topic", "Final round - Jasmine Carter (Sr. Data Analyst)"),
                     ("Thread-Index", "AdtI2wX0bR6sQk1cT8e3vMnY4pL7Jg=="), ("Accept-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, cte="quoted-printable"), calendar(ics, cte="base64")))


@mail(n(20), family="human_short", lang="en-US", interview=True, kind="rescheduled",
      start="2026-12-10T16:00:00Z", end=None, contact="denise.hollis@carolinacrescentbank.com",
      company="Carolina Crescent Bank", local="Thu 2026-12-10 11:00", zone=NY,
      days=(("Thu", "2026-12-10"),),
      note="Phone-written one-liner: 'moved you to 11:00 tomorrow instead of 10', Date Wed 9 Dec 08:52 EST, so "
           "Thu 10 Dec 11:00 EST = 16:00Z; the quoted confirmation has the old 10:00 AM; no length stated")
def m20() -> bytes:
    body = t("""
        Hi Jasmine, small change - Mark got double booked so I moved you to 11:00 tomorrow instead of 10. Same Teams link, invite is updated. Sorry for the late notice!!

        Denise

        Sent from my iPhone

        > On Dec 3, 2026, at 4:18 PM, Denise Hollis <denise.hollis@carolinacrescentbank.com> wrote:
        >
        > Hi Jasmine,
        >
        > Congrats on moving to the final round! You're confirmed for Thursday, December 10 at 10:00 AM ET
        > with Mark Svoboda and our Chief Risk Officer. Teams link to follow.
        >
        > Denise Hollis
        > Senior Recruiter, Carolina Crescent Bank
        """)
    hs = head("Denise Hollis <denise.hollis@carolinacrescentbank.com>", "Re: Final round - Carolina Crescent Bank",
              "2026-12-09 08:52", NY,
              "NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2061.outbound.protection.outlook.com [40.107.100.61])",
              "<7C2E19B4-3A0F-4D8E-91B6-5F2A0C7E4D13@carolinacrescentbank.com>",
              after=(("In-Reply-To", "<PH0PR11MB5097B1C94E2A7F0D63A8E5B1C27A0@PH0PR11MB5097.namprd11.prod.outlook.com>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, charset="us-ascii", cte="7bit", params="format=flowed; delsp=yes"))


@mail(n(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start="2026-09-22T18:00:00Z", end="2026-09-22T18:45:00Z", contact="nadia.farouk@ospreybiometrics.com",
      company="Osprey Biometrics", local="Tue 2026-09-22 14:00", local_end="2026-09-22 14:45", zone=NY,
      note="Google Calendar cancellation (METHOD:CANCEL) with no new time; the cancelled slot 'Tue Sep 22, "
           "2026 2pm - 2:45pm (EDT)' = 18:00-18:45Z; contact = organizer")
def m21() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Interview: Jasmine Carter <> Osprey Biometrics (Data Analyst)
        When
        Tuesday Sep 22, 2026 2pm - 2:45pm Eastern Time - New York

        Organizer
        Nadia Farouk
        nadia.farouk@ospreybiometrics.com

        Guests
        Nadia Farouk - organizer
        jasmine.carter@example.org

        Message from the organizer:
        Hi Jasmine - I'm so sorry, but we've decided to pause this search while we re-scope the role.
        I'll reach out if it reopens.

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email at the account jasmine.carter@example.org because you are an
        attendee of this event.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", VTZ[NY], "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20260922T140000", "DTEND;TZID=America/New_York:20260922T144500",
        "DTSTAMP:20260917T123011Z", "ORGANIZER;CN=Nadia Farouk:mailto:nadia.farouk@ospreybiometrics.com",
        "UID:6h2k0c9mq8s4rj7e1vbn3tdp5a@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jasmine.carter@example.org;X-NUM-GUESTS=0:mailto:" + ME,
        "CREATED:20260910T141507Z", "LAST-MODIFIED:20260917T123010Z", "SEQUENCE:1", "STATUS:CANCELLED",
        "SUMMARY:Interview: Jasmine Carter <> Osprey Biometrics (Data Analyst)", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head("Nadia Farouk <nadia.farouk@ospreybiometrics.com>",
              "Canceled event with note: Interview: Jasmine Carter <> Osprey Biometrics (Data Analyst) @ Tue "
              "Sep 22, 2026 2pm - 2:45pm (EDT) (jasmine.carter@example.org)",
              "2026-09-17 08:30", NY, "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              "<calendar-0d9e3b71-4c2a-4a8f-b6e5-71f0c3d2a984@google.com>",
              reply_to="nadia.farouk@ospreybiometrics.com",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start="2026-11-12T18:00:00Z", end=None, contact="gregory.whitfield@obds.nc.gov",
      company="NC Office of Biomedical Data Services", local="Thu 2026-11-12 13:00", zone=NY,
      note="State agency cancels the second interview because of a hiring freeze, no new time: 'Thursday, "
           "November 12 at 1:00 PM' (EST) = 18:00Z; no ICS, no length")
def m22() -> bytes:
    body = t("""
        Ms. Carter,

        I regret to inform you that, due to the hiring freeze announced by the Office of State Budget and
        Management this morning, we must cancel your second interview for the Data Analyst II position
        (Posting #60034521), which was scheduled for Thursday, November 12 at 1:00 PM.

        We are not able to reschedule at this time. Your application will remain active, and if the
        position is approved for hire after the freeze is lifted, we will contact you.

        I apologize for the inconvenience, and thank you for your patience with our process.

        Regards,

        Gregory Whitfield
        Data Services Manager
        NC Office of Biomedical Data Services
        gregory.whitfield@obds.nc.gov | 919-555-0122

        E-mail correspondence to and from this address may be subject to the North Carolina Public Records
        Law and may be disclosed to third parties.
        """)
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    hs = head("\"Whitfield, Gregory\" <gregory.whitfield@obds.nc.gov>",
              "Cancellation - Second Interview, Data Analyst II (Posting #60034521)", "2026-11-09 16:05", NY,
              "GCC02-DM3-obe.outbound.protection.outlook.com (mail-dm3gcc02on2110.outbound.protection.outlook.com [40.107.91.110])",
              "<BL0PR09MB4417F0B1C8E2A6D4973B5E1DA4C80@BL0PR09MB4417.namprd09.prod.outlook.com>",
              after=(("Thread-Topic", "Cancellation - Second Interview, Data Analyst II (Posting #60034521)"),
                     ("Accept-Language", "en-US")))
    return message(hs, alt(text(body), html(page)))


@mail(n(23), family="exchange", lang="en-US", interview=True, kind="cancelled",
      start="2026-12-04T15:00:00Z", end="2026-12-04T15:45:00Z", contact="bwalsh@longleafins.com",
      company="Longleaf Insurance Group", local="Fri 2026-12-04 10:00", local_end="2026-12-04 10:45", zone=NY,
      days=(("Tue", "2026-12-08"),),
      note="Outlook 'Canceled:' meeting (METHOD:CANCEL); the cancelled slot Fri 4 Dec 10:00-10:45 AM EST = "
           "15:00-15:45Z; the note proposes 'Tuesday 12/8 at 10 AM' which is not confirmed, so cancelled, "
           "not rescheduled")
def m23() -> bytes:
    body = t("""
        When: Friday, December 4, 2026 10:00 AM-10:45 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Longleaf Insurance Group, 4101 Lake Boone Trail, Raleigh - 3rd floor

        Hi Jasmine,

        I'm so sorry - our VP of Analytics was called out of town and we need to cancel Friday's
        interview. Would Tuesday 12/8 at 10 AM work for you instead? I'll send a new invitation as soon
        as you confirm.

        Again, my apologies for the short notice.

        Brianna Walsh
        HR Business Partner | Longleaf Insurance Group
        bwalsh@longleafins.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Brianna Walsh:mailto:bwalsh@longleafins.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:" + ME,
        "UID:040000008200E00074C5B7101A82E00800000000D1E6A93F7A70DD01000000000000000010000000A4C2F9E15B0D3C47B8E2",
        "SUMMARY;LANGUAGE=en-US:Canceled: Interview - Jasmine Carter / Senior Data Analyst",
        "DTSTART;TZID=Eastern Standard Time:20261204T100000",
        "DTEND;TZID=Eastern Standard Time:20261204T104500", "CLASS:PUBLIC", "PRIORITY:1",
        "DTSTAMP:20261201T224012Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED", "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-US:Longleaf Insurance Group\\, 4101 Lake Boone Trail\\, Raleigh - 3rd floor",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    hs = head("Brianna Walsh <bwalsh@longleafins.com>",
              "Canceled: Interview - Jasmine Carter / Senior Data Analyst", "2026-12-01 17:40", NY,
              "NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2100.outbound.protection.outlook.com [40.107.93.100])",
              "<DM6PR14MB3871C4A0E92B6F1D85E3A7B0F16C2@DM6PR14MB3871.namprd14.prod.outlook.com>",
              after=(("Thread-Topic", "Interview - Jasmine Carter / Senior Data Analyst"),
                     ("Importance", "high"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</body></html>\n"), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(n(24), family="unemployment_office", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Reemployment (RESEA) 'interview' appointment at a workforce career center with a fixed time "
           "(Tue 11/17 9:30 AM); a benefits appointment, not a job interview")
def m24() -> bytes:
    body = t("""
        CAPITAL AREA WORKFORCE CAREER CENTER
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: JASMINE CARTER
        Claim ID: ******4471

        You have been scheduled for a mandatory RESEA interview:

          Date:     Tuesday, 11/17/2026
          Time:     9:30 AM
          Location: Capital Area Workforce Career Center, 1830-B Tillery Place, Raleigh, NC 27604
          Staff:    Career Advisor (assigned at check-in)

        Please bring: photo ID, your work search log for the last four weeks, and an updated resume.
        Failure to attend this interview without good cause may result in a delay or denial of benefits.

        To reschedule, call (919) 555-0108 at least 24 hours in advance. Do not reply to this email.

        This is an automated message. Capital Area Workforce Development Board.
        """)
    hs = head("Capital Area Workforce Career Center <no-reply@capareaworks.org>",
              "RESEA Appointment Notice - Action Required", "2026-11-12 07:15", NY,
              "smtp-relay.capareaworks.org (smtp-relay.capareaworks.org [64.132.88.41])",
              "<20261112121500.RESEA.44710233@capareaworks.org>")
    return message(hs, text(body, cte="7bit"))


@mail(n(25), family="press_interview", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A business reporter confirms a phone interview with the candidate for an article (Thu Oct 8, "
           "11:30 AM, 20 minutes); a press interview, not a job interview")
def m25() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks so much for agreeing to talk with me for our piece on how data people are moving around the
        Triangle's life-sciences scene. Confirming our interview on Thursday, Oct. 8 at 11:30 a.m. -- I'll
        call your cell. It should take about 20 minutes.

        A few things I'd like to cover:
          - how you got into clinical data work
          - what the hiring market looks like for analysts right now
          - whether remote roles have changed where people are willing to work

        Everything is on the record unless you tell me otherwise; happy to read back any quotes.

        Thanks again,
        Anna Kowalski
        Staff Reporter, Research Triangle Ledger
        anna.kowalski@rtledger.com | (919) 555-0131
        """)
    hs = head("Anna Kowalski <anna.kowalski@rtledger.com>", "Confirming our interview Thursday",
              "2026-10-05 13:44", NY, "mail-io1-f44.google.com (mail-io1-f44.google.com [209.85.166.44])",
              "<CAB7nQe1r0xWk9Lp3sYt5Fh2Dm8Gc6Vj4Ua@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Calendly confirmation of a podcast guest recording (Wed Dec 2, 1:00 PM EST) with ICS; a fixed "
           "time but the candidate is a podcast guest, not a job candidate")
def m26() -> bytes:
    body = t("""
        Hi Jasmine Carter,

        Your Bench to Byte - Guest Recording with Marisol Vega at 01:00pm - 02:00pm (Eastern Time - US &
        Canada) on Wednesday, December 2, 2026 is scheduled.

        Event Type:
        Bench to Byte - Guest Recording (podcast interview)

        Location:
        Riverside studio - https://riverside.fm/studio/bench-to-byte

        Questions:
        Topic you'd like to talk about: Moving from wet lab to data analysis

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0e5b7a92-3c1d-4f8e-a6b0-d29c7e41f305
        Reschedule: https://calendly.com/reschedulings/0e5b7a92-3c1d-4f8e-a6b0-d29c7e41f305

        Powered by Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "DTSTART:20261202T180000Z", "DTEND:20261202T190000Z", "DTSTAMP:20261123T211502Z",
        "UID:0e5b7a92-3c1d-4f8e-a6b0-d29c7e41f305@calendly.com",
        "ORGANIZER;CN=Marisol Vega:mailto:marisol@benchtobyte.fm",
        "ATTENDEE;CN=Jasmine Carter;PARTSTAT=ACCEPTED:mailto:" + ME,
        "SUMMARY:Bench to Byte - Guest Recording between Marisol Vega and Jasmine Carter",
        "LOCATION:https://riverside.fm/studio/bench-to-byte", "STATUS:CONFIRMED", "END:VEVENT",
        "END:VCALENDAR"])
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Bench to Byte - Guest Recording with Marisol Vega on Wednesday, December 2, 2026",
              "2026-11-23 16:15", NY, "o1.sg.calendly.com (o1.sg.calendly.com [167.89.81.44])",
              "<Hq4m2Rk7Tn0bW1cX9eLp3A@geopod-ismtpd-7>",
              reply_to="Marisol Vega <marisol@benchtobyte.fm>")
    return message(hs, mixed(text(body),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", method=None)))


@mail(n(27), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Weekend executive MBA admissions interview confirmed for Sat Oct 17, 10:00 AM ET; a school "
           "admission interview, not a job interview")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1d1d1d">
        <p>Dear Jasmine,</p>
        <p>Thank you for scheduling your admissions interview for the <b>Fenwick School of Business Weekend Executive MBA</b> (Fall 2027 intake).</p>
        <p><b>Interview date:</b> Saturday, October 17, 2026<br>
        <b>Time:</b> 10:00 AM Eastern<br>
        <b>Format:</b> 30-minute Zoom conversation with an alumni interviewer (link sent 24 hours in advance)</p>
        <p>This is a conversational, blind interview: your interviewer will have seen your resume but not your essays or test scores. Business casual attire is recommended.</p>
        <p>Warm regards,<br>Office of Admissions<br>Fenwick School of Business</p>
        </body></html>
        """)
    hs = head("Fenwick School of Business Admissions <admissions@fenwickbusiness.edu>",
              "Your Weekend Executive MBA admissions interview is confirmed", "2026-10-09 11:05", NY,
              "mail.slate-mail.net (mail.slate-mail.net [52.4.140.97])",
              "<slate.4f2e9a1b-6c3d-4e70-8a15-b9d0c2e7f341@fenwickbusiness.edu>")
    return message(hs, html(page))


@mail(n(28), family="sports_tryout", lang="en-US", interview=False, company=None,
      days=(("Sun", "2026-09-13"),),
      note="Club ultimate team tryout confirmation (Sun 9/13, 9 AM) from a team-management app; a sports "
           "tryout, not a job interview")
def m28() -> bytes:
    body = t("""
        Oak City Flight (Women's Club Ultimate) - New Event

        Fall Tryouts - Day 1
        Sunday, September 13, 2026
        9:00 AM - 12:00 PM EDT (arrive 8:30 AM)
        Lassiter Fields, Field 3

        Notes from Coach Renata:
        Hi all! Please RSVP in the app so we can plan drills. Bring light AND dark jerseys, cleats, a
        disc, and lots of water. Day 2 is the following Sunday. Rookies welcome - we're looking for
        effort and spirit as much as throws!

        Your availability: Going

        View in TeamSnap: https://go.teamsnap.com/8840217/schedule/view_event/331920487

        You are receiving this because you are a member of Oak City Flight.
        Manage notification settings: https://go.teamsnap.com/notifications
        """)
    hs = head("Oak City Flight via TeamSnap <notifications@teamsnap.com>", "New Event: Fall Tryouts - Day 1",
              "2026-09-06 19:22", NY, "o2.email.teamsnap.com (o2.email.teamsnap.com [167.89.66.12])",
              "<event-331920487-notify-8840217@teamsnap.com>")
    return message(hs, text(body))


@mail(n(29), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Dealer service appointment with a fixed time (Sat Oct 3, 8:00 AM); not an interview")
def m29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <table width="600" align="center"><tr><td>
        <h2 style="color:#003a70">Your Service Appointment is Confirmed</h2>
        <p>Hi Jasmine,</p>
        <p>Thank you for scheduling service with <b>Oakwood Subaru of Raleigh</b>.</p>
        <table cellpadding="4">
        <tr><td><b>Date &amp; Time:</b></td><td>Saturday, October 3, 2026 at 8:00 AM</td></tr>
        <tr><td><b>Vehicle:</b></td><td>2019 Subaru Outback 2.5i Premium</td></tr>
        <tr><td><b>Services:</b></td><td>60,000 mile scheduled maintenance; tire rotation; inspect front brake pads</td></tr>
        <tr><td><b>Service Advisor:</b></td><td>Curtis Bynum</td></tr>
        <tr><td><b>Transportation:</b></td><td>Waiting (approx. 2.5 hours)</td></tr>
        </table>
        <p>Complimentary Wi-Fi and coffee in our customer lounge. Need to change your appointment? <a href="https://oakwoodsubaru.example-dealer.com/appt/RL-7731902">Click here</a>.</p>
        <p>Oakwood Subaru of Raleigh &middot; 8800 Capital Blvd &middot; (919) 555-0175</p>
        </td></tr></table></body></html>
        """)
    hs = head("Oakwood Subaru of Raleigh <service@oakwoodsubaru.com>",
              "Appointment Confirmation - Sat, Oct 03 8:00 AM", "2026-09-29 18:02", NY,
              "mta3.dealerservicemail.com (mta3.dealerservicemail.com [198.2.177.43])",
              "<RL-7731902.20260929220200@oakwoodsubaru.com>")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(30), family="ms_bookings", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Microsoft Bookings confirmation with ICS for a meeting with a credit-union financial advisor "
           "(Thu Oct 15, 5:30 PM); same system and layout as an interview booking, but not an interview")
def m30() -> bytes:
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
        <p style="font-size:20px">Your booking is confirmed</p>
        <p>Hello Jasmine Carter,</p>
        <p>Thank you for booking with Pinecrest Credit Union - Member Advisory Services.</p>
        <table cellpadding="6" style="border:1px solid #edebe9;width:100%">
        <tr><td style="color:#605e5c">Service</td><td>401(k) Rollover &amp; Retirement Review (60 min)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Thursday, October 15, 2026 5:30 PM - 6:30 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Gloria Haynes, CFP&reg;</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>North Hills Branch, 4208 Six Forks Rd, Raleigh</td></tr>
        </table>
        <p>Please bring your most recent 401(k) statement from your current employer.</p>
        <p style="color:#8a8886;font-size:12px">Securities offered through Pinecrest Investment Services. Not NCUA insured.</p>
        </td></tr></table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Pinecrest Credit Union - Member Advisory Services:mailto:MemberAdvisory@pinecrestcu.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:" + ME,
        "UID:040000008200E00074C5B7101A82E00800000000F4B27C1A6E57DD01000000000000000010000000C93E1A",
        "SUMMARY;LANGUAGE=en-US:401(k) Rollover & Retirement Review (60 min)",
        "DTSTART;TZID=Eastern Standard Time:20261015T173000",
        "DTEND;TZID=Eastern Standard Time:20261015T183000", "DTSTAMP:20261008T141102Z",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:North Hills Branch\\, 4208 Six Forks Rd",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head("Pinecrest Credit Union - Member Advisory Services <MemberAdvisory@pinecrestcu.org>",
              "Your booking is confirmed: 401(k) Rollover & Retirement Review (60 min)", "2026-10-08 10:11", NY,
              "NAM02-SN1-obe.outbound.protection.outlook.com (mail-sn1nam02on2072.outbound.protection.outlook.com [40.107.96.72])",
              "<CH3PR16MB5602A8D1F0C7E3B294A6E5D1B07F4@CH3PR16MB5602.namprd16.prod.outlook.com>")
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(31), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Acuity Scheduling confirmation of a paid mock behavioral interview with a career coach (Tue "
           "Oct 13, 6:00 PM ET); practice, not a job interview")
def m31() -> bytes:
    body = t("""
        Hi Jasmine,

        Your appointment is confirmed!

        What:  Mock Behavioral Interview + Debrief (60 minutes)
        When:  Tuesday, October 13, 2026 6:00 PM (Eastern Time)
        With:  Tamara Wells, Career Lab Coaching
        Where: Zoom - https://us06web.zoom.us/j/87711042231

        Tamara will run a realistic 35-minute interview for a biotech data analyst role, then spend 25
        minutes on feedback. Please send your target job description by Sunday night so she can tailor
        the questions.

        Price: $145.00 (paid)

        Change or cancel: https://careerlabcoaching.as.me/schedule.php?action=appt&id%5B%5D=a7f31c

        Career Lab Coaching, LLC - Durham, NC
        """)
    hs = head("Career Lab Coaching <no-reply@acuityscheduling.com>",
              "Confirmed: Mock Behavioral Interview + Debrief with Tamara Wells", "2026-10-06 21:37", NY,
              "mail.acuityscheduling.com (mail.acuityscheduling.com [23.253.35.215])",
              "<a7f31c.1791421020@acuityscheduling.com>",
              reply_to="Tamara Wells <tamara@careerlabcoaching.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="recruiter_proposal", lang="en-US", interview=False, company="Halberd Biologics",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
      note="Agency recruiter (thread with the Calendly phone screen) proposes two slots for the client "
           "interview ('would Tuesday 11/3 at 10am or Wednesday 11/4 at 2pm work?'); nothing confirmed yet")
def m32() -> bytes:
    body = t("""
        Hi Jasmine!

        Great chatting Monday. Good news - I sent your profile over and the client (Halberd Biologics in
        RTP) wants to meet you for the contract-to-hire Sr. Data Analyst role.

        Would Tuesday 11/3 at 10am or Wednesday 11/4 at 2pm work for a 45 min video interview with the
        hiring manager? Once you pick one I'll lock it in and send the invite.

        Also, can you send me an updated resume that leads with the SAS -> R migration project? They
        loved that.

        Thanks!
        Kayla

        Kayla Brooks | Senior Recruiter, Scientific & Clinical
        Triangle Talent Partners
        kayla.brooks@triangletalent.com | (919) 555-0119
        """)
    hs = head("Kayla Brooks <kayla.brooks@triangletalent.com>", "Halberd Biologics - next step!",
              "2026-10-28 09:12", NY,
              "NAM02-BN1-obe.outbound.protection.outlook.com (mail-bn1nam02on2045.outbound.protection.outlook.com [40.107.212.45])",
              "<BY5PR20MB4856D0A3B1E9C7F24A6E8D3C1B5A9@BY5PR20MB4856.namprd20.prod.outlook.com>")
    return message(hs, text(body, charset="windows-1252"))


@mail(n(33), family="forwarded_other", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Roommate forwards her OWN Greenhouse interview confirmation (attached message/rfc822 with an "
           "ICS, Thu Oct 1 2-3 PM EDT) so the candidate keeps the apartment quiet; someone else's interview")
def m33() -> bytes:
    inner_body = t("""
        Hi Tori,

        Your interview for Product Marketing Manager has been scheduled. Please review the details below.

        Date: Thursday, October 1, 2026
        Time: 2:00 PM - 3:00 PM EDT
        Location: Zoom - https://aurorapay.zoom.us/j/81920044718

        Interviewer(s):
          Keisha Monroe, VP Marketing

        If you need to make any changes, just reply to this email.

        Best,
        Owen Fitzgerald
        Recruiting | Aurora Payments
        """)
    inner_ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Greenhouse Software//Interview Scheduling//EN", "VERSION:2.0",
        "METHOD:REQUEST", VTZ[NY], "BEGIN:VEVENT", "UID:gh-interview-55290014-c41e7a02@greenhouse.io",
        "DTSTAMP:20260925T151107Z", "DTSTART;TZID=America/New_York:20261001T140000",
        "DTEND;TZID=America/New_York:20261001T150000",
        "SUMMARY:Interview: Tori Jackson - Product Marketing Manager (Aurora Payments)",
        "ORGANIZER;CN=Owen Fitzgerald:mailto:owen.fitzgerald@aurorapay.com",
        "ATTENDEE;CN=Tori Jackson;RSVP=TRUE:mailto:tori.jackson@example.net", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    inner = message([("From", "Owen Fitzgerald <no-reply@greenhouse.io>"),
                     ("To", "Tori Jackson <tori.jackson@example.net>"),
                     ("Subject", "Interview Confirmation: Product Marketing Manager at Aurora Payments"),
                     ("Date", date("2026-09-25 11:11", NY)),
                     ("Message-ID", "<0100019a8e0c11d2-77b1e4c0-2f9a-4d13-b8c6-5e0a3d9f7c21-000000@email.amazonses.com>"),
                     ("Reply-To", "Owen Fitzgerald <owen.fitzgerald@aurorapay.com>")],
                    mixed(text(inner_body), calendar(inner_ics, filename="invite.ics", disposition="attachment")))
    body = t("""
        hiii so I have my big interview Thursday 2-3 (!!!) and I'll be on zoom in the living room since
        my room has the worst wifi. can you keep Bishop in your room during that hour? he WILL bark at the
        mail guy. forwarding the confirmation so you have the time lol

        owe you tacos
        T
        """)
    hs = head("Tori Jackson <tori.jackson@example.net>", "Fwd: Interview Confirmation: Product Marketing "
              "Manager at Aurora Payments", "2026-09-27 20:03", NY,
              "mail-qt1-f178.google.com (mail-qt1-f178.google.com [209.85.160.178])",
              "<CAGr9t0Lw2Yd7eK1mXq4Nc8Hb5Ts3Ju6Rf0V@mail.gmail.com>")
    return message(hs, mixed(text(body), attached_message(inner, "Interview Confirmation.eml")))


@mail(n(34), family="clinical_trial", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Phase I clinical-trial screening visit at a CRO (the same CRO that interviewed her in September): "
           "fixed time Thu Nov 5 7:30 AM, but a study visit, not an interview")
def m34() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for your interest in participating in a research study at the Meridian Clinical Research
        Phase I Unit. Your screening visit is confirmed:

            Study:     MCR-2611 (healthy volunteers, 18-55)
            Date:      Thursday, November 5, 2026
            Check-in:  7:30 AM
            Location:  Meridian Phase I Unit, 4815 Emperor Blvd, Suite 120, Durham, NC 27703

        Please fast (water only) for 10 hours before your visit and bring a photo ID and a list of any
        medications you take. The screening visit takes about 3 hours and includes a health questionnaire
        interview, vital signs, an ECG and a blood draw. You will be compensated $75 for completing
        screening.

        Questions? Call our recruitment line at (919) 555-0190.

        Meridian Clinical Research - Volunteer Recruitment
        This study has been reviewed and approved by an Institutional Review Board (IRB).
        """)
    hs = head("Meridian Phase I Unit <studies@meridiancro.com>",
              "Screening visit confirmed - Study MCR-2611", "2026-11-02 10:20", NY,
              "mail.meridiancro.com (mail.meridiancro.com [12.34.201.77])",
              "<7f0a3c2b91e4.studies.20261102@meridiancro.com>")
    return message(hs, text(body, cte="base64"))


@mail(n(35), family="interviewer_duty", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="Current employer's Exchange invite asking the candidate to INTERVIEW someone else (panel for a "
           "bioinformatics analyst, Fri Sep 18 11:00 EDT); auto-forwarded from her work account; she is "
           "the interviewer, not the candidate")
def m35() -> bytes:
    body = t("""
        When: Friday, September 18, 2026 11:00 AM-11:45 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Conf Rm Longleaf (2nd fl) / Microsoft Teams Meeting

        Hi Jasmine,

        Thanks for agreeing to sit on the panel for Michael Osei (Bioinformatics Analyst, req #LL-0192).
        You'll cover SQL and data wrangling - the question bank is in the Greenhouse interview kit.
        Please submit your scorecard by end of day Friday.

        Raj and Priyanka are covering the science and the culture portions.

        Thanks!
        Courtney Hale
        People Operations | Loblolly Labs
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["Eastern Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Courtney Hale:mailto:courtney.hale@loblollylabs.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Carter:mailto:jasmine.carter@loblollylabs.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Raj Patel:mailto:raj.patel@loblollylabs.com",
        "UID:040000008200E00074C5B7101A82E00800000000A0B7E21D5F46DD01000000000000000010000000D3F1",
        "SUMMARY;LANGUAGE=en-US:Interview: Michael Osei - Bioinformatics Analyst (Panel 2 of 3)",
        "DTSTART;TZID=Eastern Standard Time:20260918T110000",
        "DTEND;TZID=Eastern Standard Time:20260918T114500", "DTSTAMP:20260915T133012Z",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Conf Rm Longleaf (2nd fl)",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "END:VEVENT", "END:VCALENDAR"])
    hs = head("Courtney Hale <courtney.hale@loblollylabs.com>",
              "Interview: Michael Osei - Bioinformatics Analyst (Panel 2 of 3)", "2026-09-15 09:30", NY,
              "NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2099.outbound.protection.outlook.com [40.107.243.99])",
              "<SJ0PR13MB5719B0E3D2F1A8C47E6B9A2F0C3D1@SJ0PR13MB5719.namprd13.prod.outlook.com>",
              to="Jasmine Carter <jasmine.carter@loblollylabs.com>",
              after=(("X-MS-Exchange-Inbox-Rules-Loop", "jasmine.carter@loblollylabs.com"),
                     ("X-Forwarded-To", ME)))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(36), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-09-25"),),
      note="Google Calendar invitation to the current team's Q3 happy hour (Fri Sep 25, 4:30-6 PM EDT)")
def m36() -> bytes:
    body = t("""
        You have been invited to the following event.

        Data Team Q3 Happy Hour + farewell for Lucas
        When
        Friday Sep 25, 2026 4:30pm - 6pm Eastern Time - New York

        Where
        Trophy Brewing, 656 Maywood Ave, Raleigh

        Who
        Megan Schultz - organizer
        jasmine.carter@example.org
        raj.patel@loblollylabs.com
        + 9 more

        First round's on the department card! Partners welcome.

        Going (jasmine.carter@example.org)?   Yes - Maybe - No

        Invitation from Google Calendar https://calendar.google.com/calendar/
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ[NY], "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20260925T163000", "DTEND;TZID=America/New_York:20260925T180000",
        "DTSTAMP:20260914T170002Z", "ORGANIZER;CN=Megan Schultz:mailto:megan.schultz.nc@gmail.com",
        "UID:1q9v7s0lk3m2n8b6c4x5z2p0r7@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.carter@example.org:mailto:" + ME,
        "SUMMARY:Data Team Q3 Happy Hour + farewell for Lucas",
        "LOCATION:Trophy Brewing\\, 656 Maywood Ave\\, Raleigh", "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head("Megan Schultz <megan.schultz.nc@gmail.com>",
              "Invitation: Data Team Q3 Happy Hour + farewell for Lucas @ Fri Sep 25, 2026 4:30pm - 6pm "
              "(EDT) (jasmine.carter@example.org)", "2026-09-14 13:00", NY,
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              "<calendar-4be0c1f7-93d2-4a6e-b81f-0c5d7e2a9f36@google.com>",
              reply_to="Megan Schultz <megan.schultz.nc@gmail.com>",
              before=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics)),
                             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(37), family="rejection", lang="en-US", interview=False, company="Finch Lane Genomics",
      days=(("Tue", "2026-10-13"),),
      note="Recruitee rejection after an interview that already took place (Tuesday Oct 13)")
def m37() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for taking the time to interview with us on Tuesday, October 13, and for your interest
        in the Data Analyst role at Finch Lane Genomics.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches our current needs. This was a difficult decision - the team
        enjoyed speaking with you and was impressed by your work on assay QC dashboards.

        We'll keep your profile on file and may reach out about future openings.

        All the best,
        Hiring team, Finch Lane Genomics
        """)
    page = "<div style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div>\n"
    hs = head("Finch Lane Genomics <no-reply@recruitee.com>", "Your application at Finch Lane Genomics",
              "2026-10-21 14:30", NY, "mail-200.recruitee.com (mail-200.recruitee.com [185.63.147.200])",
              "<recruitee.offer.781204.candidate.5519302.1792607400@recruitee.com>",
              reply_to="Finch Lane Genomics <jobs.finchlane.7b20c@inbound.recruitee.com>")
    return message(hs, alt(text(body), html(page)))


@mail(n(38), family="offer", lang="en-US", interview=False, company="Cobalt Genomics",
      days=(("Fri", "2026-10-09"), ("Mon", "2026-09-21"), ("Mon", "2026-11-09")),
      note="Offer letter from the Lever recruiter (thread with the screen and its reschedule); mentions the "
           "past Sept 21 interview and a signing deadline, no interview")
def m38() -> bytes:
    body = t("""
        Hi Jasmine,

        I'm thrilled to share that the team would like to offer you the Senior Data Analyst, Genomics
        Platform role! Everyone who met you - starting with Devin on Monday, September 21 - came away
        really impressed.

        Your offer letter is attached via DocuSign. Highlights:
          - Base salary: $138,000
          - Remote (US), with quarterly on-sites in South San Francisco
          - Target start date: Monday, November 9

        Please review and sign by Friday, October 9. I'm happy to hop on a call anytime this week to walk
        through the details or answer benefits questions - just reply with what works.

        Congratulations!
        Priya

        Priya Raman | Technical Recruiter | Cobalt Genomics
        """)
    hs = head("Priya Raman <priya.raman@cobaltgenomics.com>", "Your offer from Cobalt Genomics \U0001F389",
              "2026-10-05 10:08", LA, "mail-pj1-f49.google.com (mail-pj1-f49.google.com [209.85.216.49])",
              "<CAMfX2sQ4n7kVbW0cYe8Ta2Lh5Ru1Jp9Dg3X@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="application_receipt", lang="en-US", interview=False,
      company="Atlantic Coast Health System",
      note="Oracle Taleo application acknowledgement; promises a recruiter will contact her 'to schedule an "
           "interview' if selected")
def m39() -> bytes:
    body = t("""
        Dear Jasmine Carter,

        Thank you for applying for the position of Healthcare Data Analyst - Population Health (Requisition
        ID: 2600417) at Atlantic Coast Health System.

        We have received your application and it is now being reviewed by our Talent Acquisition team. If
        your qualifications match the requirements of the position, a recruiter will contact you to
        schedule an interview. Due to the volume of applications we receive, we are unable to respond to
        each applicant individually.

        You can check the status of your application at any time by logging in to your candidate profile:
        https://achs.taleo.net/careersection/ext/mysubmissions.ftl

        Sincerely,
        Talent Acquisition
        Atlantic Coast Health System

        This is an automatically generated e-mail. Please do not reply.
        """)
    hs = head("Atlantic Coast Health System <achs@taleo.net>",
              "Atlantic Coast Health System - Thank you for applying (2600417)", "2026-09-19 23:47", NY,
              "smtp-out-141.taleo.net (smtp-out-141.taleo.net [148.87.19.141])",
              "<1789876020417.ACHS.2600417.CAND.8841903@taleo.net>")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(40), family="job_alert", lang="en-US", interview=False, company=None,
      note="JOIN job alert listing data analyst jobs; mentions interview steps in listings but no appointment")
def m40() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f7f7f9">
        <table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
        <h2>7 new jobs match your alert &ldquo;Data Analyst&rdquo; &middot; Raleigh, NC + Remote</h2>
        <p><b>Clinical Data Analyst</b> &ndash; Piedmont Trial Partners &middot; Durham, NC<br>
        <span style="color:#666">Fast process: 1 video interview + 1 case, decision within 10 days</span></p>
        <p><b>Data Analyst II, Supply Chain</b> &ndash; Lakeshore Biologics &middot; Raleigh, NC (hybrid)</p>
        <p><b>Bioinformatics Data Analyst</b> &ndash; Cypress Sequencing &middot; Remote (US)<br>
        <span style="color:#666">Interviews start next week</span></p>
        <p><b>Healthcare Analytics Associate</b> &ndash; Blue Ridge Health Partners &middot; Charlotte, NC</p>
        <p><b>Lab Data Specialist</b> &ndash; Tidewater Diagnostics &middot; Remote (US)</p>
        <p><a href="https://join.com/alerts/9b21f7/jobs">See all 7 jobs</a></p>
        <p style="font-size:11px;color:#999">You're receiving this because you created a job alert on JOIN. <a href="https://join.com/alerts/9b21f7/unsubscribe">Unsubscribe</a></p>
        </td></tr></table></body></html>
        """)
    hs = head("JOIN <no-reply@join.com>", "7 new jobs for \u201cData Analyst\u201d in Raleigh, NC",
              "2026-10-14 08:00", NY, "mail.join.com (mail.join.com [35.156.21.88])",
              "<alert.9b21f7.20261014120000@join.com>",
              after=(("List-Unsubscribe", "<https://join.com/alerts/9b21f7/unsubscribe>"),))
    return message(hs, html(page))


@mail(n(41), family="newsletter_tips", lang="en-US", interview=False, company=None,
      note="Substack newsletter essay about interview preparation, with example times and durations; "
           "no appointment for the reader")
def m41() -> bytes:
    body = t("""
        THE LAB DATA LETTER - Issue #58

        The 45-minute case interview I bombed (and what I do now)

        Last spring I had a case interview on a Thursday at 3 PM with a diagnostics company. I had
        prepped for SQL. They handed me a messy plate-reader export and asked me to find the bad wells in
        45 minutes. I spent 30 of them cleaning column names.

        Here is what I do now before every technical round:

        1. Ask the recruiter what format the exercise takes. "Technical interview" can mean anything.
        2. Do a dry run the day before at the same time of day. Your brain at 8 AM is not your brain at 4 PM.
        3. Prepare three stories: a data-quality catch, a stakeholder disagreement, a project you killed.
        4. Bring a question about how the team validates its pipelines. It tells you a lot.

        Next week: salary bands in Triangle biotech, with numbers from 212 readers.

        - Renee

        You're reading The Lab Data Letter. Reply to this email to reach me, or unsubscribe:
        https://labdataletter.substack.com/action/disable_email
        """)
    hs = head("The Lab Data Letter <labdataletter@substack.com>",
              "The 45-minute case interview I bombed (and what I do now)", "2026-11-01 07:00", NY,
              "mail.substack.com (mail.substack.com [198.61.254.18])",
              "<20261101120001.3.c0f8e2a9d417b6e5@mg-d1.substack.com>",
              after=(("List-Unsubscribe", "<https://labdataletter.substack.com/action/disable_email>"),
                     ("List-Id", "<labdataletter.substack.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="scheduling_link", lang="en-US", interview=False, company="Meridian Clinical Research",
      days=(("Mon", "2026-10-05"), ("Fri", "2026-10-09")),
      note="Greenhouse self-scheduling request for the next round: pick a slot between Mon Oct 5 and Fri Oct "
           "9; no time fixed yet")
def m42() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for your time with Ben earlier this month! We'd love to move you forward to a panel
        interview (90 minutes, on site in Durham) for the Clinical Data Analyst II role.

        Please use the link below to choose a time that works for you. Available times are shown in your
        local time zone, between Monday, October 5 and Friday, October 9.

        Select your interview time:
        https://app.greenhouse.io/scheduler/select_times/5a1e9c0b7d34f2e8?utm_source=email

        Once you've selected a time you'll receive a confirmation with the details.

        Best,
        Tessa Nguyen
        Talent Acquisition Partner | Meridian Clinical Research
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Tessa Nguyen", "no-reply@greenhouse.io"),
              "Please select your interview time - Meridian Clinical Research", "2026-09-28 15:05", NY,
              "o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.24.51])",
              "<0100019a9c2f4b18-0c7e3a95-1d6b-4f2a-8e40-b7a1d5c9e263-000000@email.amazonses.com>",
              reply_to=addr("Tessa Nguyen", "tessa.nguyen@meridiancro.com"))
    return message(hs, alt(text(body), html(page)))


@mail(n(43), family="webinar", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Zoom webinar registration ('Acing the Technical Interview for Biotech Data Roles', Oct 21 "
           "12:00 PM ET) with ICS; a webinar about interviews, not one")
def m43() -> bytes:
    body = t("""
        Hi Jasmine,

        Thank you for registering for "BioData Careers Collective: Acing the Technical Interview for
        Biotech Data Roles".

        Please submit any questions to: events@biodatacareers.org

        Date Time: Oct 21, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86240017725?tk=Rk9yT3ZpZXdlcg.aW50ZXJ2aWV3

        Passcode: 209114

        Add to Calendar   Add to Google Calendar   Add to Yahoo Calendar

        You can cancel your registration at any time.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", "DTSTAMP:20261012T150032Z", "DTSTART:20261021T160000Z",
        "DTEND:20261021T170000Z",
        "SUMMARY:BioData Careers Collective: Acing the Technical Interview for Biotech Data Roles",
        "UID:20261012T150032Z-86240017725@fe80:0:0:0:42:acff:fe11:2%eth0",
        "LOCATION:https://us02web.zoom.us/w/86240017725", "ORGANIZER;CN=BioData Careers Collective:mailto:events@biodatacareers.org",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head("BioData Careers Collective <no-reply@zoom.us>",
              "BioData Careers Collective: Acing the Technical Interview for Biotech Data Roles Confirmation",
              "2026-10-12 11:00", NY, "mail-pv.zoom.us (mail-pv.zoom.us [170.114.52.19])",
              "<webinar.86240017725.reg.a0d9f2@zoom.us>", reply_to="events@biodatacareers.org")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="iCalendar.ics", disposition="attachment")))


@mail(n(44), family="bounce", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Delivery-failure report for the candidate's own reply ('Confirming Thursday 11/19 at 1 PM ET') "
           "to a misspelled recruiter address; the returned message is hers, the report confirms nothing")
def m44() -> bytes:
    own = message([("From", JC), ("To", "Lena Hofmann <lena.hoffman@halcyonlab.com>"),
                   ("Subject", "Re: Invitation to an interview: Senior Data Analyst (Remote, US)"),
                   ("Date", date("2026-11-16 19:12", NY)),
                   ("Message-ID", "<CAPz1Xq7Ne2vB0kTr5wYc8Mh1Lf4Ud9Ja6Gs@mail.gmail.com>")],
                  text(t("""
                      Hi Lena,

                      Thank you for the invitation! Confirming Thursday 11/19 at 1 PM ET - I've added it to
                      my calendar and look forward to speaking with you.

                      Best,
                      Jasmine
                      """)))
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <lena.hoffman@halcyonlab.com>: host mx.halcyonlab.com[52.10.4.71] said:
            550 5.1.1 <lena.hoffman@halcyonlab.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Tq9Wk1bR2z7Lx
        Arrival-Date: Mon, 16 Nov 2026 19:12:04 -0500 (EST)

        Final-Recipient: rfc822; lena.hoffman@halcyonlab.com
        Original-Recipient: rfc822;lena.hoffman@halcyonlab.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.halcyonlab.com
        Diagnostic-Code: smtp; 550 5.1.1 <lena.hoffman@halcyonlab.com>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    hs = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-11-16 19:12", NY,
              "localhost (localhost [127.0.0.1])", "<20261117001206.4Tq9Wk1bR2z7Lx@mx1.example.org>",
              after=(("Auto-Submitted", "auto-replied"),))
    body = multipart("report",
                     text(report, cte="7bit", params="", extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     attached_message(own),
                     params="report-type=delivery-status")
    return message(hs, body)


@mail(n(45), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="User-group mailing list announcing a meetup panel about interviewing for data jobs (Tue Oct 27, "
           "6:30 PM); an event, not an interview")
def m45() -> bytes:
    body = t("""
        Hi all,

        October meetup is a panel: "Interviewing for data jobs in 2026 - what hiring managers actually
        look for." Four hiring managers from Triangle biotech and health systems, plus a live mock
        take-home review.

          When:  Tuesday, October 27, 6:30-8:30 PM (doors 6:00, pizza from 6:15)
          Where: HQ Raleigh, 310 S Harrington St, Raleigh
          RSVP:  https://www.meetup.com/triangle-r-users/events/311870442/

        We also need two volunteers to run the check-in table -- reply to me off-list.

        Cheers,
        Devon (organizer)

        _______________________________________________
        TriangleR mailing list
        triangler@lists.triangler.org
        https://lists.triangler.org/mailman/listinfo/triangler
        """)
    hs = head("Devon Marsh via TriangleR <triangler@lists.triangler.org>",
              "[TriangleR] Oct meetup: Interviewing for data jobs panel - Tue 10/27", "2026-10-19 20:14", NY,
              "lists.triangler.org (lists.triangler.org [45.79.20.161])",
              "<CAL4sRz0bK1pWm8qYe3Td6Fh2Nc9Vj7Xu5Ag@mail.gmail.com>",
              to="triangler@lists.triangler.org",
              reply_to="Devon Marsh <devon.marsh@gmail.com>",
              after=(("List-Id", "Triangle R Users Group <triangler.lists.triangler.org>"),
                     ("List-Unsubscribe", "<https://lists.triangler.org/mailman/options/triangler>,\r\n"
                      " <mailto:triangler-request@lists.triangler.org?subject=unsubscribe>"),
                     ("List-Post", "<mailto:triangler@lists.triangler.org>"),
                     ("Precedence", "list"), ("X-BeenThere", "triangler@lists.triangler.org")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(46), family="recruiter_followup", lang="en-US", interview=False, company="Lumen Diagnostics",
      days=(("Mon", "2026-11-30"),),
      note="Hiring manager after the Nov 10 interview: 'let's regroup after Thanksgiving', will reach out the "
           "week of Nov 30; nothing scheduled")
def m46() -> bytes:
    body = t("""
        Hi Jasmine,

        Thanks again for your patience - and for the thoughtful follow-up note after we spoke on the 10th.

        Quick update: we're still finalizing the format of the final round (the team is debating a
        take-home vs. a live case), and with the holiday next week half the panel is out. Let's regroup
        after Thanksgiving. I'll reach out the week of Monday, Nov 30 with options.

        Enjoy the break!

        Olivia

        Olivia Brandt
        Director of Data Science | Lumen Diagnostics
        olivia.brandt@lumendx.com
        """)
    hs = head("Olivia Brandt <olivia.brandt@lumendx.com>", "Re: Thank you - Senior Analyst, Clinical Insights",
              "2026-11-20 16:48", NY,
              "NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2115.outbound.protection.outlook.com [40.107.94.115])",
              "<MN2PR05MB6928A1F4C7B30E2D95C8B6E3D07A1@MN2PR05MB6928.namprd05.prod.outlook.com>",
              after=(("In-Reply-To", "<CAPz1Xq2Yt8bM0wLr4cVe7Nk3Hs6Jd1Uf9Qa@mail.gmail.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="personal_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Dog-rescue adoption home visit ('adoption interview') confirmed for Sat 11/14 at 1 PM; a "
           "personal appointment")
def m47() -> bytes:
    body = t("""
        Hi Jasmine!!

        Great news - your application for Biscuit passed the first review \U0001F436 Our volunteer Gail
        will come by for the home visit and adoption interview on Saturday 11/14 at 1:00 PM. It usually
        takes 30-45 minutes. She'll want to see the yard/fence and meet everyone in the household (your
        roommate too if possible!).

        If you need to change the time, just text Gail at 919-555-0152.

        Thank you for choosing to adopt!
        Wake Paws Rescue - Adoption Team
        """)
    hs = head("Wake Paws Rescue <adopt@wakepawsrescue.org>", "Home visit confirmed for Biscuit \U0001F43E",
              "2026-11-10 19:30", NY, "mail-ot1-f45.google.com (mail-ot1-f45.google.com [209.85.210.45])",
              "<CANw6qP0sR8dLm1Tb4Yf7Ke2Hx9Vc3Zj5Ug@mail.gmail.com>")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(48), family="parent_teacher", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="School conference sign-up confirmation (Thu Oct 8, 4:15 PM, 15 minutes) for the candidate's "
           "child; not an interview")
def m48() -> bytes:
    body = t("""
        Conference Confirmation

        Hawthorne Elementary School

        Student: Maya Carter (Grade 2 - Ms. Patel)
        Date: Thursday, October 8, 2026
        Time: 4:15 PM - 4:30 PM
        Location: Room 118

        Please arrive a few minutes early and sign in at the front office. If you can no longer attend,
        please cancel in ParentSquare so another family can use the slot.

        -- Sent via ParentSquare on behalf of Hawthorne Elementary School
        """)
    hs = head("Hawthorne Elementary School <donotreply@parentsquare.com>",
              "Conference Confirmation - Ms. Patel", "2026-10-01 17:22", NY,
              "o1.mail.parentsquare.com (o1.mail.parentsquare.com [167.89.97.203])",
              "<ps.conf.20261001212202.88130144@parentsquare.com>")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(49), family="nonprofit_board", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="A nonprofit's nominating committee confirms a board-candidate interview (Tue Dec 8, 6:00 PM); "
           "a volunteer board seat, not a job interview")
def m49() -> bytes:
    body = t("""
        Dear Jasmine,

        Thank you for your interest in joining the Board of Directors of Triangle STEM Girls. The
        Nominating & Governance Committee would be glad to meet with you, and we have you confirmed for
        Tuesday, December 8 at 6:00 PM at our office (215 E Hargett St, Suite 300) - or by Zoom if you
        prefer; just let me know.

        The conversation is informal, about 45 minutes. We'll talk about the board's commitments (four
        meetings a year, one committee, a personal giving goal) and how your data background could help
        with our program evaluation.

        With gratitude,
        Lorraine Whitaker-Bell
        Chair, Nominating & Governance Committee
        Triangle STEM Girls
        """)
    hs = head("Lorraine Whitaker-Bell <lorraine@trianglestemgirls.org>",
              "Board candidate conversation - Dec 8", "2026-12-02 12:10", NY,
              "mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
              "<CAE2gHn9sT1wQk4Ld7Yb0Rf3Mc6Vx8Pj2Ze@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(50), family="career_fair", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Eventbrite ticket for a life-sciences career expo (Thu Oct 22, 3-7 PM) that advertises "
           "'on-the-spot interviews'; an event registration, no interview scheduled")
def m50() -> bytes:
    page = t("""
        <html><body style="font-family:'Neue Plak',Helvetica,Arial,sans-serif;color:#1e0a3c">
        <table width="600" align="center"><tr><td>
        <h1 style="font-size:26px">You're going to NC Life Sciences Career Expo 2026!</h1>
        <p>Order #11840277391 &middot; 1 x General Admission (Free)</p>
        <p><b>Thursday, October 22, 2026 &middot; 3:00 PM - 7:00 PM EDT</b><br>
        Raleigh Convention Center, Hall C<br>500 S Salisbury St, Raleigh, NC 27601</p>
        <p>More than 40 employers are hiring &mdash; CROs, biomanufacturing, health systems and startups. Many will hold <b>on-the-spot interviews</b>, so bring several copies of your resume and dress for success!</p>
        <p><a href="https://www.eventbrite.com/mytickets/11840277391">View your ticket</a> &middot; <a href="https://www.eventbrite.com/e/nc-life-sciences-career-expo-2026-tickets-904412">Event page</a></p>
        <p style="font-size:11px;color:#6f7287">This email was sent to jasmine.carter@example.org. Eventbrite, 95 Third Street, San Francisco, CA 94103</p>
        </td></tr></table></body></html>
        """)
    hs = head("Eventbrite <noreply@order.eventbrite.com>",
              "Your tickets for NC Life Sciences Career Expo 2026", "2026-10-02 12:41", NY,
              "o3.order.eventbrite.com (o3.order.eventbrite.com [198.37.150.101])",
              "<20261002164109.11840277391@order.eventbrite.com>")
    return message(hs, html(page, cte="base64"))
