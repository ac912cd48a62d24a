"""blind111: a blind 50-mail held-out set, the inbox of Tyler Brennan, a GIS and remote-sensing
engineer in Anchorage (America/Anchorage), September to mid-December 2026.

Every mail is written by hand below (one function per mail). Keys 1-23 are positives
(16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50 negatives. File numbers are a fixed
shuffle of the writing order. Built and checked by ``python3 bench/heldout/make_blind.py blind111``.
Written without reading the detector, its tests, or any other held-out mails.
"""

from __future__ import annotations

import random

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

ORDER = random.Random(1110111).sample(range(1, 51), 50)

ME = "tyler.brennan@example.org"
ME_H = addr("Tyler Brennan", ME)
AK = "America/Anchorage"
PT = "America/Los_Angeles"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind111_{ORDER[key - 1]:03d}"


def mx(src: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(src, when, zone, f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


# --------------------------------------------------------------------------- VTIMEZONE blocks

VTZ_AK = """BEGIN:VTIMEZONE
TZID:America/Anchorage
X-LIC-LOCATION:America/Anchorage
BEGIN:DAYLIGHT
TZOFFSETFROM:-0900
TZOFFSETTO:-0800
TZNAME:AKDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0800
TZOFFSETTO:-0900
TZNAME:AKST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
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

VTZ_WIN_PACIFIC = """BEGIN:VTIMEZONE
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

TEAMS_TEXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pw}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def outlook_html(body: str) -> str:
    """A plain Outlook/Exchange HTML twin of a text body (one <p class=MsoNormal> per line)."""
    import html as _h

    lines = []
    for line in body.rstrip("\n").split("\n"):
        lines.append(f'<p class="MsoNormal">{_h.escape(line) if line else "&nbsp;"}<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
            '</head><body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + "\n".join(lines) + "\n</div></body></html>\n")


# =========================================================================== POSITIVES (1-23)

# --------------------------------------------------------------------------- 1 Greenhouse, Seattle (PT)


@mail(n(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", PT), end=utc("2026-09-15 11:00", PT),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=PT,
      contact="hannah.voss@kelpwise.com", company="Kelpwise",
      note="Greenhouse confirmation from a Seattle startup: 10:00-11:00 AM Pacific (PDT, UTC-7) on "
           "15 Sep = 17:00-18:00Z; ICS in America/Los_Angeles agrees; contact = Reply-To recruiter.")
def p01() -> bytes:
    body = t("""
        Hi Tyler,

        Thanks for making time to speak with us! Here are the details for your upcoming interview
        with Kelpwise:

        Senior Remote Sensing Engineer - Technical Interview
        Tuesday, September 15th, 2026
        10:00 AM - 11:00 AM Pacific Time (US & Canada)

        Interviewers:
          Marcus Oyelaran - Staff Engineer, Imagery Pipeline
          Jae-won Park - Senior ML Engineer

        Location: Google Meet - https://meet.google.com/kpw-rtsx-bqe

        Marcus will start with a short walkthrough of our Sentinel-1 kelp canopy pipeline and then
        ask you to talk through how you'd handle cloud-masked optical gaps. No prep needed beyond that.

        A calendar invitation is attached. If you need to make any changes, simply reply to this
        email.

        Best,
        Hannah Voss
        Recruiting Coordinator, Kelpwise
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tyler,</p>
        <p>Thanks for making time to speak with us! Here are the details for your upcoming interview with Kelpwise:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td colspan="2"><strong>Senior Remote Sensing Engineer &ndash; Technical Interview</strong></td></tr>
        <tr><td>Tuesday, September 15th, 2026</td></tr>
        <tr><td>10:00 AM &ndash; 11:00 AM Pacific Time (US &amp; Canada)</td></tr>
        </table>
        <p><strong>Interviewers:</strong><br>Marcus Oyelaran &ndash; Staff Engineer, Imagery Pipeline<br>
        Jae-won Park &ndash; Senior ML Engineer</p>
        <p><strong>Location:</strong> Google Meet &ndash; <a href="https://meet.google.com/kpw-rtsx-bqe">https://meet.google.com/kpw-rtsx-bqe</a></p>
        <p>Marcus will start with a short walkthrough of our Sentinel-1 kelp canopy pipeline and then ask you to
        talk through how you&#39;d handle cloud-masked optical gaps. No prep needed beyond that.</p>
        <p>A calendar invitation is attached. If you need to make any changes, simply reply to this email.</p>
        <p>Best,<br>Hannah Voss<br>Recruiting Coordinator, Kelpwise</p>
        <img src="https://app.greenhouse.io/email_open/8c1f0a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:gh-interview-48211907-kelpwise@greenhouse.io
DTSTAMP:20260909T204712Z
DTSTART;TZID=America/Los_Angeles:20260915T100000
DTEND;TZID=America/Los_Angeles:20260915T110000
SUMMARY:Kelpwise - Technical Interview (Senior Remote Sensing Engineer)
LOCATION:https://meet.google.com/kpw-rtsx-bqe
ORGANIZER;CN=Hannah Voss:mailto:hannah.voss@kelpwise.com
ATTENDEE;CN=Tyler Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brennan@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from o12.sg.greenhouse.io (o12.sg.greenhouse.io [167.89.41.12])",
                        "2026-09-09 13:47:12", PT, "4Kq1xZ0vTmz9")),
        ("From", addr("Hannah Voss", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Hannah Voss", "hannah.voss@kelpwise.com")),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Senior Remote Sensing Engineer at Kelpwise"),
        ("Date", date("2026-09-09 13:47:12", PT)),
        ("Message-ID", "<66e0a3b0c2f1e_2b7a1c3e48211907@greenhouse-mailer-7d9f.mail>"),
        ("X-SG-EID", "u001.Hf0n3kq8tZr0yB1c2cV5gQ"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 2 Lever, Portland, time given in AKDT


@mail(n(2), family="lever", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-24 13:30", AK), end=utc("2026-09-24 14:15", AK),
      local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:15", zone=AK,
      contact="camille.ruiz@northwindgeo.com", company="Northwind Geospatial",
      note="Lever confirmation from a Portland company, time shown in the candidate's zone: 1:30-2:15 PM "
           "AKDT (UTC-8) = 21:30-22:15Z; sender is Lever's no-reply, contact = Reply-To recruiter.")
def p02() -> bytes:
    body = t("""
        Hi Tyler,

        You're all set! Your phone screen with Northwind Geospatial is confirmed.

        Role: GIS Platform Engineer (Remote - US West)
        When: Thursday, September 24, 2026, 1:30 PM - 2:15 PM AKDT
        Where: Phone call - Camille will call you at the number on your application (907) 555-0143

        What to expect: a conversation about your background with ArcGIS Enterprise and open-source
        tooling (PostGIS, GDAL), what you're looking for next, and logistics like compensation and
        timing.

        Need to reschedule? Just reply to this email and Camille will help.

        Cheers,
        The Northwind Geospatial Talent Team

        Powered by Lever
        """)
    htm = t("""
        <div style="max-width:560px;margin:0 auto;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Tyler,</p>
        <p>You're all set! Your phone screen with <b>Northwind Geospatial</b> is confirmed.</p>
        <div style="border:1px solid #e3e6ea;border-radius:6px;padding:12px 16px">
        <div><span style="color:#7a828c">Role</span><br>GIS Platform Engineer (Remote &ndash; US West)</div>
        <div style="margin-top:8px"><span style="color:#7a828c">When</span><br>Thursday, September 24, 2026, 1:30 PM &ndash; 2:15 PM AKDT</div>
        <div style="margin-top:8px"><span style="color:#7a828c">Where</span><br>Phone call &ndash; Camille will call you at the number on your application (907) 555-0143</div>
        </div>
        <p>What to expect: a conversation about your background with ArcGIS Enterprise and open-source tooling
        (PostGIS, GDAL), what you're looking for next, and logistics like compensation and timing.</p>
        <p>Need to reschedule? Just reply to this email and Camille will help.</p>
        <p>Cheers,<br>The Northwind Geospatial Talent Team</p>
        <p style="color:#9aa1a9;font-size:12px">Powered by <a href="https://www.lever.co">Lever</a></p>
        </div>
        """)
    return message([
        ("Received", mx("from mail-a9.hire.lever.co (mail-a9.hire.lever.co [54.240.27.19])",
                        "2026-09-17 10:22:41", PT, "4Kt8Nw2Lb1z3")),
        ("From", addr("Camille Ruiz", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Camille Ruiz", "camille.ruiz@northwindgeo.com")),
        ("To", ME_H),
        ("Subject", "Confirmed: Phone screen with Northwind Geospatial"),
        ("Date", date("2026-09-17 10:22:41", PT)),
        ("Message-ID", "<0101019201f0c5e1-3c2d8a17-9e4b-4f0b-a1c2-77d2e91b0f3a-000000@us-west-2.amazonses.com>"),
        ("X-Mailer", "Lever"),
    ], alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 3 Ashby, remote, HTML only + ICS in UTC


@mail(n(3), family="ashby", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-05 09:00", AK), end=utc("2026-10-05 09:45", AK),
      local="Mon 2026-10-05 09:00", local_end="2026-10-05 09:45", zone=AK,
      contact="noor@tundralabs.io", company="Tundra Labs",
      note="Ashby HTML-only (base64) confirmation for a remote team: 9:00-9:45 AM AKDT (UTC-8) = 17:00-17:45Z; "
           "ICS carries UTC (Z) times; contact = Reply-To recruiter.")
def p03() -> bytes:
    htm = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f6f7f9">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <tr><td style="padding:24px 32px"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/tundra.png" alt="Tundra Labs" height="28"></td></tr>
        <tr><td style="padding:0 32px">
        <p>Hi Tyler,</p>
        <p>Your interview has been scheduled. We're looking forward to speaking with you!</p>
        <p style="font-size:16px;font-weight:600;margin-bottom:4px">Geospatial Data Engineer &mdash; Hiring Manager Interview</p>
        <p style="margin-top:0">Monday, October 5, 2026<br>9:00 AM &ndash; 9:45 AM AKDT</p>
        <p><b>Video call:</b> <a href="https://tundralabs.zoom.us/j/83810442671">https://tundralabs.zoom.us/j/83810442671</a></p>
        <p><b>You'll meet with:</b><br>Oskar Lindqvist &mdash; Head of Data</p>
        <p>Questions? Just reply to this email and it will reach Noor Castellanos.</p>
        <p>Thanks,<br>Tundra Labs Recruiting</p>
        </td></tr>
        <tr><td style="padding:24px 32px;color:#8c959f;font-size:12px">Sent with Ashby</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:a3f5c0de-71b2-4c55-9b0e-2d1e6f84a901
DTSTAMP:20260929T200318Z
DTSTART:20261005T170000Z
DTEND:20261005T174500Z
SEQUENCE:0
SUMMARY:Tundra Labs - Geospatial Data Engineer Interview
LOCATION:https://tundralabs.zoom.us/j/83810442671
ORGANIZER;CN=Noor Castellanos:mailto:noor@tundralabs.io
ATTENDEE;CN=Tyler Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brennan@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from a27-41.smtp-out.us-west-2.amazonses.com (a27-41.smtp-out.us-west-2.amazonses.com [54.240.27.41])",
                        "2026-09-29 20:03:18", "UTC", "4KzP0m7Hcqz6")),
        ("From", addr("Tundra Labs", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Noor Castellanos", "noor@tundralabs.io")),
        ("To", ME_H),
        ("Subject", "Interview scheduled: Geospatial Data Engineer at Tundra Labs"),
        ("Date", date("2026-09-29 20:03:18", "UTC")),
        ("Message-ID", "<0101019242e1b0a7-9d2f3c11-5e08-4a7b-b2c4-0f6a3d1e8c55-000000@us-west-2.amazonses.com>"),
    ], mixed(html(htm, cte="base64"),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# --------------------------------------------------------------------------- 4 Workday, oil-field services, Anchorage panel


@mail(n(4), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-14 14:00", AK), end=utc("2026-10-14 15:30", AK),
      local="Wed 2026-10-14 14:00", local_end="2026-10-14 15:30", zone=AK,
      contact="destiny.kaleak@kenairidge.com", company="Kenai Ridge Oilfield Services",
      note="Workday HTML-only notice of an on-site panel: 2:00-3:30 PM 'Alaska Time' on 14 Oct, still AKDT "
           "(UTC-8) = 22:00-23:30Z; sender is the Workday tenant address, contact = coordinator in the body.")
def p04() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Dear Tyler Brennan,</p>
        <p>Thank you for your interest in Kenai Ridge Oilfield Services. We are pleased to invite you to a panel
        interview for the position below.</p>
        <p><b>Job Requisition:</b> R-10482 Geospatial Engineer II<br>
        <b>Interview Type:</b> In Person - Panel<br>
        <b>Date:</b> Wednesday, October 14, 2026<br>
        <b>Time:</b> 2:00 PM - 3:30 PM Alaska Time<br>
        <b>Location:</b> Kenai Ridge Oilfield Services, 4100 Tudor Commons Drive, 4th Floor, Anchorage, AK 99508</p>
        <p><b>Panel:</b><br>
        Russell Ahkiviana, Manager, Subsurface Data<br>
        Meredith Conroy, Senior Surveyor<br>
        Phil Nakagawa, HSE Systems Lead</p>
        <p>Please check in at the 1st floor security desk 15 minutes early with a government-issued photo ID.
        Visitor parking is available in the south lot.</p>
        <p>If you have questions or need an accommodation, please contact Destiny Kaleak, Talent Acquisition
        Coordinator, at <a href="mailto:destiny.kaleak@kenairidge.com">destiny.kaleak@kenairidge.com</a> or 907-555-0188.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Kenai Ridge Oilfield Services</p>
        <p style="font-size:8pt;color:#666">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
        """)
    return message([
        ("Received", mx("from wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [198.51.100.54])",
                        "2026-10-06 16:40:09", AK, "4L2c6rJ0sRz1")),
        ("From", addr("Kenai Ridge Oilfield Services", "kenairidge@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Geospatial Engineer II (R-10482)"),
        ("Date", date("2026-10-06 16:40:09", AK)),
        ("Message-ID", "<1470193566.412871.1791340809201@wd5-prod-ent-mail.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(htm))


# --------------------------------------------------------------------------- 5 iCIMS, native corporation, in person


@mail(n(5), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-29 10:30", AK), end=None,
      local="Tue 2026-09-29 10:30", zone=AK,
      contact="akasayulie@qanikcorp.com", company="Qanik Corporation",
      note="iCIMS invitation (iso-8859-1, quoted-printable) from an Alaska Native corporation's HR: in person at "
           "10:30 a.m. on 29 Sep in Anchorage, AKDT (UTC-8) = 18:30Z; 'approximately one hour' so end null; "
           "contact = Reply-To recruiter.")
def p05() -> bytes:
    body = t("""
        Dear Tyler,

        Thank you for applying for the Remote Sensing Specialist position with Qanik Corporation.
        We would like to meet with you in person and have scheduled your interview as follows:

            Date:      Tuesday, September 29, 2026
            Time:      10:30 a.m.
            Location:  Qanik Corporation Headquarters
                       2525 Ptarmigan Loop, Suite 300, Anchorage, AK 99503
            With:      Autumn Kasayulie, Senior HR Generalist
                       Gregory Tunuchuk, Director, Lands & Resources

        The interview will take approximately one hour. Please bring a copy of your résumé and a
        list of three professional references.

        Qanik Corporation extends hiring preference to Qanik shareholders, descendants and their
        spouses, as permitted under P.L. 93-638. If this applies to you, please bring your
        shareholder card.

        If you have questions, reply to this message or call me at 907-555-0121.

        Quyana,

        Autumn Kasayulie
        Senior HR Generalist | Qanik Corporation
        """)
    htm = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:12px">
        <p>Dear Tyler,</p>
        <p>Thank you for applying for the <b>Remote Sensing Specialist</b> position with Qanik Corporation.
        We would like to meet with you in person and have scheduled your interview as follows:</p>
        <table border="0" cellpadding="2">
        <tr><td><b>Date:</b></td><td>Tuesday, September 29, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:30 a.m.</td></tr>
        <tr><td><b>Location:</b></td><td>Qanik Corporation Headquarters<br>2525 Ptarmigan Loop, Suite 300, Anchorage, AK 99503</td></tr>
        <tr><td><b>With:</b></td><td>Autumn Kasayulie, Senior HR Generalist<br>Gregory Tunuchuk, Director, Lands &amp; Resources</td></tr>
        </table>
        <p>The interview will take approximately one hour. Please bring a copy of your résumé and a list of three
        professional references.</p>
        <p>Qanik Corporation extends hiring preference to Qanik shareholders, descendants and their spouses, as
        permitted under P.L. 93-638. If this applies to you, please bring your shareholder card.</p>
        <p>If you have questions, reply to this message or call me at 907-555-0121.</p>
        <p>Quyana,</p>
        <p>Autumn Kasayulie<br>Senior HR Generalist | Qanik Corporation</p>
        <img src="https://careers-qanikcorp.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=track&amp;id=77120" width="1" height="1">
        </body></html>
        """)
    return message([
        ("Received", mx("from smtp-out-14.icims.com (smtp-out-14.icims.com [198.51.100.214])",
                        "2026-09-21 15:10:33", AK, "4KvB3hT9wXz2")),
        ("From", addr("Qanik Corporation", "qanikcorp-notifications@talent.icims.com")),
        ("Reply-To", addr("Autumn Kasayulie", "akasayulie@qanikcorp.com")),
        ("To", ME_H),
        ("Subject", "Interview Invitation - Remote Sensing Specialist (2026-1187)"),
        ("Date", date("2026-09-21 15:10:33", AK)),
        ("Message-ID", "<1791339033114.77120.JavaMail.icims@ic-mailer-14>"),
    ], alt(text(body, charset="iso-8859-1"), html(htm, charset="iso-8859-1")))


# --------------------------------------------------------------------------- 6 Borough government, Outlook prose, DST edge


@mail(n(6), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-05 09:00", AK), end=None,
      local="Thu 2026-11-05 09:00", zone=AK,
      contact="lfrost@knikarmborough.org", company="Knik Arm Borough",
      note="Borough HR (Outlook, text+HTML) sends an oral-board invitation on 29 Oct (AKDT, UTC-8) for Thu 5 Nov "
           "9:00 a.m., after Alaska returns to AKST on 1 Nov: 9:00 AKST (UTC-9) = 18:00Z, not 17:00Z. "
           "'plan for about an hour' -> end null; contact = the HR analyst who sent it.")
def p06() -> bytes:
    body = t("""
        Good afternoon Mr. Brennan,

        The Knik Arm Borough Human Resources Division is pleased to inform you that you have been
        selected for an oral board interview for the position of GIS Analyst III, Recruitment
        #26-118, Planning & Land Use Department.

        Your interview is scheduled for Thursday, November 5, 2026 at 9:00 a.m. at the Borough
        Administration Building, 1410 N. Eklutna Way, Conference Room 2B. Please check in at the
        front counter on the first floor. Plan for about an hour.

        The panel will consist of the GIS Manager, a Planning Division supervisor and an HR
        representative. You will be asked a set of standard questions; there will also be a short
        practical exercise (map layout review) - no computer is needed.

        Please reply to this email to confirm your attendance. If you require a reasonable
        accommodation, let me know at least 48 hours in advance.

        Respectfully,

        Lorraine Frost
        Human Resources Analyst II
        Knik Arm Borough | Human Resources Division
        1410 N. Eklutna Way | Wasilla, AK 99654
        Direct: (907) 555-0162
        lfrost@knikarmborough.org

        CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the
        intended recipient(s) and may contain confidential information.
        """)
    return message([
        ("Received", mx("from GCC01-DM2-obe.outbound.protection.outlook.com (mail-dm2gcc01on2117.outbound.protection.outlook.com [52.100.161.117])",
                        "2026-10-29 14:52:10", AK, "4LBq2yF6mcz8")),
        ("From", addr("Frost, Lorraine", "lfrost@knikarmborough.org")),
        ("To", addr("tyler.brennan@example.org", ME)),
        ("Subject", "Oral Board Interview - GIS Analyst III (#26-118)"),
        ("Thread-Topic", "Oral Board Interview - GIS Analyst III (#26-118)"),
        ("Thread-Index", "AdtJp0kQz3xv5N1aT0e6qXJb2LwHmA=="),
        ("Date", date("2026-10-29 14:52:10", AK)),
        ("Message-ID", "<SA1PR09MB82446C1E0A9B3F2D77C1A5E2C3B92@SA1PR09MB8244.namprd09.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(outlook_html(body))))


# --------------------------------------------------------------------------- 7 University research institute, Fairbanks, Zoom block


@mail(n(7), family="zoom", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-20 13:00", AK), end=utc("2026-10-20 14:00", AK),
      local="Tue 2026-10-20 13:00", local_end="2026-10-20 14:00", zone=AK,
      contact="isolberg@borealrsi.org", company="Boreal Remote Sensing Institute",
      note="Plain-text (8bit) note from a Fairbanks research institute's PI with a pasted Zoom block: "
           "'1:00 to 2:00 pm Alaska time' on 20 Oct, AKDT (UTC-8) = 21:00-22:00Z; contact = the PI (sender).")
def p07() -> bytes:
    body = t("""
        Dear Tyler,

        Thank you for your application for the Research Engineer (SAR & InSAR Processing) position
        at the Boreal Remote Sensing Institute. Our search committee would like to meet with you by
        Zoom on Tuesday, October 20, from 1:00 to 2:00 pm Alaska time.

        The committee is me, Dr. Kwame Asante (permafrost geophysics) and Beth Lindahl (our data
        manager). We'll ask you to spend the first ~15 minutes presenting a project of your choice —
        slides are welcome but not required — followed by questions from the committee.

        Zoom details are below. If anything comes up, please let me know directly.

        Best regards,
        Ingrid

        --
        Ingrid Solberg, PhD
        Research Professor & Associate Director
        Boreal Remote Sensing Institute
        Fairbanks, Alaska
        isolberg@borealrsi.org | (907) 555-0177

        ---------------------------------------------------------------
        Ingrid Solberg is inviting you to a scheduled Zoom meeting.

        Topic: BRSI Research Engineer search - T. Brennan
        Time: Oct 20, 2026 01:00 PM Alaska

        Join Zoom Meeting
        https://borealrsi.zoom.us/j/96152280437?pwd=Yk1tR0V4b3FmZk5hN2p0c1pPbWdLdz09

        Meeting ID: 961 5228 0437
        Passcode: 447812

        One tap mobile
        +12532158782,,96152280437#,,,,*447812# US (Tacoma)
        +16699006833,,96152280437#,,,,*447812# US (San Jose)
        ---------------------------------------------------------------
        """)
    return message([
        ("Received", mx("from mail.borealrsi.org (mail.borealrsi.org [198.51.100.88])",
                        "2026-10-13 08:55:27", AK, "4LFw5Jq1Bhz4")),
        ("From", addr("Ingrid Solberg", "isolberg@borealrsi.org")),
        ("To", addr("Tyler Brennan", ME)),
        ("Cc", addr("Beth Lindahl", "blindahl@borealrsi.org")),
        ("Subject", "BRSI Research Engineer - interview with the search committee"),
        ("Date", date("2026-10-13 08:55:27", AK)),
        ("Message-ID", "<b9f0e1d2-3a4c-4e55-8b61-72c0d9a4e118@borealrsi.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, cte="8bit", params="format=flowed"))


# --------------------------------------------------------------------------- 8 Exchange meeting request (Teams), Seattle, PST


@mail(n(8), family="outlook_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-13 11:00", PT), end=utc("2026-11-13 11:45", PT),
      local="Fri 2026-11-13 11:00", local_end="2026-11-13 11:45", zone=PT,
      contact="lars.pedersen@cascadiaaerial.com", company="Cascadia Aerial Mapping",
      note="Exchange meeting request with Teams, TZID 'Pacific Standard Time': 11:00-11:45 AM PST (UTC-8) on "
           "13 Nov = 19:00-19:45Z (= 10:00 AKST for the candidate); contact = organizer/sender.")
def p08() -> bytes:
    teams = TEAMS_TEXT.format(tid="NTk0ZjFlM2EtYzY4Ny00ZjI1LWI0MmMtNmQ1YTkxYjc4ZTIw", mid="245 118 902 377",
                              pw="Ub7XqN")
    body = t("""
        Hi Tyler,

        Sending the invite for our technical conversation for the Senior Photogrammetry Engineer role.
        It will be me and Anika Shah from our lidar team. Plan on 45 minutes: a little about the
        role, then we'll dig into a recent bundle-adjustment problem we ran into on a coastal
        survey. Times below are Pacific.

        Thanks,
        Lars

        """) + teams
    desc = body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Lars Pedersen:mailto:lars.pedersen@cascadiaaerial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brennan@example.org:mailto:tyler.brennan@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anika Shah:mailto:anika.shah@cascadiaaerial.com
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E00800000000C0A18B2F7F6EDC01000000000000000010000000B1E7D6A4C3F24B4A9A1E0C2D3F4A5B6C
SUMMARY;LANGUAGE=en-US:Tyler Brennan - Interview (Senior Photogrammetry Engineer)
DTSTART;TZID=Pacific Standard Time:20261113T110000
DTEND;TZID=Pacific Standard Time:20261113T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T222003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118432950
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
    head = t("""
        When: Friday, November 13, 2026 11:00 AM-11:45 AM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting

        """)
    return message([
        ("Received", mx("from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2091.outbound.protection.outlook.com [40.107.237.91])",
                        "2026-11-05 14:20:03", PT, "4LWn1c8RkPz3")),
        ("From", addr("Lars Pedersen", "lars.pedersen@cascadiaaerial.com")),
        ("To", addr("tyler.brennan@example.org", ME)),
        ("Cc", addr("Anika Shah", "anika.shah@cascadiaaerial.com")),
        ("Subject", "Tyler Brennan - Interview (Senior Photogrammetry Engineer)"),
        ("Thread-Topic", "Tyler Brennan - Interview (Senior Photogrammetry Engineer)"),
        ("Thread-Index", "AdtPx3q0rYy3Lw8mQoO1bT0a9ZfH4w=="),
        ("Date", date("2026-11-05 14:20:03", PT)),
        ("Message-ID", "<BY5PR11MB4021C6A9D2E0F7B1A3C4E5D6F7A8B9C0@BY5PR11MB4021.namprd11.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAADAoYsvf27cAQAAAAAAAAAAEAAAALHn1qTD8ktKmh4MLT9KW2w="),
    ], alt(text(head + body), html(outlook_html(head + body)), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 9 Calendly, host = hiring manager, AKST, next day in UTC


@mail(n(9), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-02 15:30", AK), end=utc("2026-12-02 16:15", AK),
      local="Wed 2026-12-02 15:30", local_end="2026-12-02 16:15", zone=AK,
      contact="dana.whitfield@glaciergrid.com", company="GlacierGrid",
      note="Calendly invitee confirmation: 3:30pm-4:15pm (Alaska Time) on Wed 2 Dec, AKST (UTC-9) = "
           "00:30-01:15Z on Thu 3 Dec (another day in UTC); sender is Calendly's notifications address, "
           "contact = Reply-To host (the hiring manager).")
def p09() -> bytes:
    body = t("""
        Hi Tyler Brennan,

        Your Technical Interview - Senior Remote Sensing Engineer with Dana Whitfield at
        3:30pm - 4:15pm (Alaska Time) on Wednesday, December 2, 2026 is scheduled.

        Event Name:
        Technical Interview - Senior Remote Sensing Engineer

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/gxg-wmbd-tkr

        Questions:
        Please share a link to a portfolio or repo you'd like to talk about (optional)
        https://github.com/tbrennan-gis/snowline-s2

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f1d0a7e-2b38-4c9e-b1a4-c85e03d2f917
        Reschedule: https://calendly.com/reschedulings/6f1d0a7e-2b38-4c9e-b1a4-c85e03d2f917

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="background:#f0f3f8;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
        <table align="center" width="580" style="background:#fff;padding:32px;border-radius:8px"><tr><td>
        <p style="font-size:16px">Hi Tyler Brennan,</p>
        <p style="font-size:16px">Your <b>Technical Interview - Senior Remote Sensing Engineer</b> with <b>Dana Whitfield</b>
        at <b>3:30pm - 4:15pm (Alaska Time) on Wednesday, December 2, 2026</b> is scheduled.</p>
        <p style="font-size:14px;font-weight:bold;margin-bottom:2px">Event Name:</p>
        <p style="margin-top:0">Technical Interview - Senior Remote Sensing Engineer</p>
        <p style="font-size:14px;font-weight:bold;margin-bottom:2px">Location:</p>
        <p style="margin-top:0">This is a Google Meet web conference. <a href="https://meet.google.com/gxg-wmbd-tkr">Join now</a></p>
        <p style="font-size:14px;font-weight:bold;margin-bottom:2px">Questions:</p>
        <p style="margin-top:0">Please share a link to a portfolio or repo you'd like to talk about (optional)<br>
        https://github.com/tbrennan-gis/snowline-s2</p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/6f1d0a7e-2b38-4c9e-b1a4-c85e03d2f917">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6f1d0a7e-2b38-4c9e-b1a4-c85e03d2f917">Reschedule</a></p>
        <p style="color:#888;font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("from o3.email.calendly.com (o3.email.calendly.com [167.89.100.63])",
                        "2026-11-25 11:18:40", AK, "4Lm0c7Zq2Vz5")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@glaciergrid.com")),
        ("To", ME),
        ("Subject", "Confirmed: Technical Interview - Senior Remote Sensing Engineer with Dana Whitfield on "
                    "Wednesday, December 2, 2026"),
        ("Date", date("2026-11-25 11:18:40", AK)),
        ("Message-ID", "<calendly.invitee.6f1d0a7e-2b38-4c9e-b1a4-c85e03d2f917@calendly.com>"),
    ], alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 10 Google Calendar invitation, Seattle, PDT, next day in UTC


@mail(n(10), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-27 17:00", PT), end=utc("2026-10-27 18:00", PT),
      local="Tue 2026-10-27 17:00", local_end="2026-10-27 18:00", zone=PT,
      contact="priya.nair@fjordline.io", company="Fjordline",
      note="Google Calendar invitation from a Seattle startup's engineering manager: 5pm-6pm PDT (UTC-7) on "
           "Tue 27 Oct = 00:00-01:00Z on Wed 28 Oct; text/calendar and application/ics agree; "
           "contact = organizer (sender).")
def p10() -> bytes:
    title = "Tyler / Fjordline - system design (round 3)"
    body = t(f"""
        You have been invited to the following event.

        Title: {title}
        Hi Tyler - this is the system design round. We'll talk through an ingest pipeline for daily
        PlanetScope-style tiles. Whiteboard in Excalidraw, link in the Meet chat. Sorry it's late
        in the day, only slot the three of us had!

        - Priya
        When: Tuesday Oct 27, 2026 5pm - 6pm Pacific Time - Los Angeles

        Joining info: Join with Google Meet
        https://meet.google.com/fjd-qpwn-xrt

        Join by phone
        (US) +1 314-555-0190 PIN: 512 883 109#

        Calendar: tyler.brennan@example.org
        Who:
            * Priya Nair - organizer
            * Tomasz Wiercioch
            * tyler.brennan@example.org

        Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s5cTd2&tok=MjMjcHJpeWEubmFpckBmam9yZGxpbmUuaW8&ctz=America%2FLos_Angeles&hl=en&es=1

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account tyler.brennan@example.org because you
        are an attendee of this event.

        To stop receiving future updates for this event, decline this event. Alternatively you can
        sign up for a Google account at https://calendar.google.com/calendar/ and control your
        notification settings for your entire calendar.

        Forwarding this invitation could allow any recipient to send a response to the organizer and
        be added to the guest list, or invite others regardless of their own invitation status, or to
        modify your RSVP. Learn More To Know More: https://support.google.com/calendar/answer/37135#forwarding
        """)
    htm = t(f"""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Priya Nair"/></span></span>
        <div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;">
        <tr><td><div style="padding:2px"><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">{title}</h3>
        <p>Hi Tyler - this is the system design round. We&#39;ll talk through an ingest pipeline for daily PlanetScope-style tiles.
        Whiteboard in Excalidraw, link in the Meet chat. Sorry it&#39;s late in the day, only slot the three of us had!</p><p>- Priya</p>
        <table cellpadding="0" cellspacing="0" border="0" summary="Event details">
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">When</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">Tuesday Oct 27, 2026 5pm &ndash; 6pm <span style="color:#888">Pacific Time - Los Angeles</span></td></tr>
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">Joining info</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><a href="https://meet.google.com/fjd-qpwn-xrt">meet.google.com/fjd-qpwn-xrt</a></td></tr>
        <tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">Who</i></div></td>
        <td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><table cellspacing="0" cellpadding="0">
        <tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span class="notranslate">&#x2022;</span></td><td><a href="mailto:priya.nair@fjordline.io">Priya Nair</a><span style="font-size:11px;color:#888">- organizer</span></td></tr>
        <tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span class="notranslate">&#x2022;</span></td><td><a href="mailto:tomasz@fjordline.io">Tomasz Wiercioch</a></td></tr>
        <tr><td style="padding-right:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222"><span class="notranslate">&#x2022;</span></td><td>tyler.brennan@example.org</td></tr>
        </table></td></tr></table></div>
        <p style="color:#222;font-size:13px;margin:0"><span style="color:#888">Going (tyler.brennan@example.org)?&nbsp;&nbsp;&nbsp;</span>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2s5cTd2&amp;rst=1">Yes</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2s5cTd2&amp;rst=3">Maybe</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2s5cTd2&amp;rst=2">No</a></p>
        </td></tr>
        <tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        <p>You are receiving this courtesy email at the account tyler.brennan@example.org because you are an attendee of this event.</p></td></tr>
        </table></div>
        """)
    desc = ("Hi Tyler - this is the system design round. We'll talk through an ingest pipeline for daily "
            "PlanetScope-style tiles. Whiteboard in Excalidraw\\, link in the Meet chat. Sorry it's late in "
            "the day\\, only slot the three of us had!\\n\\n- Priya")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261027T170000
DTEND;TZID=America/Los_Angeles:20261027T180000
DTSTAMP:20261021T161247Z
ORGANIZER;CN=Priya Nair:mailto:priya.nair@fjordline.io
UID:3k9q7v1m5b2c8d0f6g4h2j1k3l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Nair;X-NUM-GUESTS=0:mailto:priya.nair@fjordline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomasz Wiercioch;X-NUM-GUESTS=0:mailto:tomasz@fjordline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brennan@example.org;X-NUM-GUESTS=0:mailto:tyler.brennan@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/fjd-qpwn-xrt
CREATED:20261021T161245Z
DESCRIPTION:{desc}
LAST-MODIFIED:20261021T161245Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = f"Invitation: {title} @ Tue Oct 27, 2026 5pm - 6pm (PDT) (tyler.brennan@example.org)"
    return message([
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        "2026-10-21 09:12:47", PT, "4LJd8sN3pYz7")),
        ("Reply-To", addr("Priya Nair", "priya.nair@fjordline.io")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("From", addr("Priya Nair", "priya.nair@fjordline.io")),
        ("To", ME),
        ("Subject", subj),
        ("Date", date("2026-10-21 09:12:47", PT)),
        ("Message-ID", "<calendar-5b1e8f0c-27a4-4d8e-9c31-0e6f7a2b9d14@google.com>"),
    ], mixed(alt(text(body, cte="7bit", params="format=flowed; delsp=yes"), html(htm),
                 calendar(ics, cte="7bit")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 11 Juneau nonprofit, prose, "next Tuesday at 10"


@mail(n(11), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-13 10:00", AK), end=None,
      local="Tue 2026-10-13 10:00", zone=AK, days=(("Thu", "2026-10-08"),),
      contact="marguerite@lynncanaldata.org", company="Lynn Canal Fisheries Data Trust",
      note="Gmail prose from a Juneau nonprofit's director, sent Thu 8 Oct: 'next Tuesday at 10' = Tue 13 Oct "
           "10:00 Alaska time (AKDT, UTC-8) = 18:00Z; '30 minutes tops' is not an exact length -> end null; "
           "contact = sender.")
def p11() -> bytes:
    body = t("""
        Hi Tyler,

        Great talking with you at the Juneau GIS day booth, and thanks for sending the application
        over so quickly. The board signed off on the Spatial Data Manager posting so we can move
        ahead.

        Let's plan on next Tuesday at 10 for your interview. I'll call your cell (907-555-0143).
        Jonah from NOAA's Auke Bay lab sits on our technical committee and will join us. 30 minutes
        tops, it's pretty informal - mostly about the vessel-track and escapement data we manage
        and how you'd modernize it.

        Talk Tuesday,
        Marguerite

        Marguerite Yeilnaa Olson
        Executive Director
        Lynn Canal Fisheries Data Trust
        Juneau, AK
        """)
    return message([
        ("Received", mx("from mail-yw1-f176.google.com (mail-yw1-f176.google.com [209.85.128.176])",
                        "2026-10-08 11:40:05", AK, "4LDn3tB8qKz0")),
        ("From", addr("Marguerite Olson", "marguerite@lynncanaldata.org")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Spatial Data Manager - interview"),
        ("Date", date("2026-10-08 11:40:05", AK)),
        ("Message-ID", "<CAF3nK9pWq7e0tBz1LmV2sY8uJ4hR6dC5xN0aG3fE7iQ@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 12 Phone-written reply, Portland, "tomorrow at 2"


@mail(n(12), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-17 14:00", PT), end=None,
      local="Tue 2026-11-17 14:00", zone=PT, days=(("Mon", "2026-11-16"),),
      contact="ben@rosecityraster.com", company="Rose City Raster",
      note="Short reply from an iPhone (Portland, Date Mon 16 Nov 08:10 PST): 'Tomorrow at 2 works' answering "
           "the candidate's quoted offer of 'tomorrow at 2 pm your time' = Tue 17 Nov 14:00 PST (UTC-8) = 22:00Z; "
           "contact = sender.")
def p12() -> bytes:
    body = t("""
        Tomorrow at 2 works. I'll call you at 907-555-0143. Talk then

        Ben

        Sent from my iPhone

        > On Nov 16, 2026, at 8:02 AM, Tyler Brennan <tyler.brennan@example.org> wrote:
        >
        > Hi Ben,
        >
        > Thanks for the quick reply and for passing my resume to the team. For the interview I
        > could do tomorrow at 2 pm your time, or Wednesday any time before noon Pacific.
        >
        > Best,
        > Tyler
        >
        >> On Sun, Nov 15, 2026 at 6:41 PM Ben Achterberg <ben@rosecityraster.com> wrote:
        >> Tyler - liked your LiDAR canopy work. Got time for a 1st interview this week? Send me
        >> a couple of times.
        >> Ben
        """)
    return message([
        ("Received", mx("from mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])",
                        "2026-11-16 08:10:52", PT, "4LdV0x5RtGz2")),
        ("From", addr("Ben Achterberg", "ben@rosecityraster.com")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Re: Interview times"),
        ("Date", date("2026-11-16 08:10:52", PT)),
        ("Message-ID", "<A7C1E9F2-4B3D-4E8A-9F10-2C6D8B5E1A34@rosecityraster.com>"),
        ("In-Reply-To", "<CAH0tB8Lw3mQ2zR7vN4xE5pK1uY9sD6gF0aC@mail.gmail.com>"),
        ("References", "<CAE2kR4tV7mWb1pQ3x@rosecityraster.com> <CAH0tB8Lw3mQ2zR7vN4xE5pK1uY9sD6gF0aC@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 13 SmartRecruiters, Vancouver (Canadian English), windows-1252


@mail(n(13), family="smartrecruiters", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-10-29 09:30", "America/Vancouver"), end=utc("2026-10-29 10:30", "America/Vancouver"),
      local="Thu 2026-10-29 09:30", local_end="2026-10-29 10:30", zone="America/Vancouver",
      contact="fiona.macaulay@salishseaspatial.ca", company="Salish Sea Spatial Ltd.",
      note="SmartRecruiters invitation from a Vancouver firm in Canadian English (windows-1252 QP): 9:30-10:30 a.m. "
           "Pacific (Vancouver) on Thu 29 Oct, still PDT (UTC-7) before 1 Nov = 16:30-17:30Z; "
           "contact = coordinator address in the body.")
def p13() -> bytes:
    body = t("""
        Hi Tyler,

        Thank you for your interest in the Senior Earth Observation Analyst role at Salish Sea Spatial.
        We’re pleased to invite you to a video interview with our hiring team.

        Date: Thursday, 29 October 2026
        Time: 9:30 – 10:30 a.m. Pacific Time (Vancouver)
        Format: Microsoft Teams (link to follow from our calendar)
        Panel: Aidan Chow, Manager, Coastal Programmes; Renée Gauthier, Senior Analyst

        The conversation will centre on your experience with multispectral shoreline mapping and
        how you’d approach colour-balancing mosaics across seasons. As the role may involve
        travel within Canada, we’ll also briefly discuss work authorization.

        If you need to reach us before then, please contact Fiona MacAulay, People & Culture
        Coordinator, at fiona.macaulay@salishseaspatial.ca.

        Cheers,
        The Salish Sea Spatial Hiring Team
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tyler,</p>
        <p>Thank you for your interest in the <strong>Senior Earth Observation Analyst</strong> role at Salish Sea Spatial.
        We’re pleased to invite you to a video interview with our hiring team.</p>
        <p><strong>Date:</strong> Thursday, 29 October 2026<br>
        <strong>Time:</strong> 9:30 – 10:30 a.m. Pacific Time (Vancouver)<br>
        <strong>Format:</strong> Microsoft Teams (link to follow from our calendar)<br>
        <strong>Panel:</strong> Aidan Chow, Manager, Coastal Programmes; Renée Gauthier, Senior Analyst</p>
        <p>The conversation will centre on your experience with multispectral shoreline mapping and how you’d approach
        colour-balancing mosaics across seasons. As the role may involve travel within Canada, we’ll also briefly discuss
        work authorization.</p>
        <p>If you need to reach us before then, please contact Fiona MacAulay, People &amp; Culture Coordinator, at
        <a href="mailto:fiona.macaulay@salishseaspatial.ca">fiona.macaulay@salishseaspatial.ca</a>.</p>
        <p>Cheers,<br>The Salish Sea Spatial Hiring Team</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#999">Sent via SmartRecruiters. <a href="https://jobs.smartrecruiters.com/unsubscribe">Manage notifications</a></p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mta-204.smartrecruiters.com (mta-204.smartrecruiters.com [198.51.100.204])",
                        "2026-10-22 13:05:19", "America/Vancouver", "4LPt7aW2nDz9")),
        ("From", addr("Salish Sea Spatial", "noreply@smartrecruiters.com")),
        ("To", ME_H),
        ("Subject", "Interview invitation: Senior Earth Observation Analyst"),
        ("Date", date("2026-10-22 13:05:19", "America/Vancouver")),
        ("Message-ID", "<5f2c1b9e7a0d4e3f8b61c2a9@smartrecruiters.com>"),
    ], alt(text(body, charset="windows-1252"), html(htm, charset="windows-1252")))


# --------------------------------------------------------------------------- 14 Microsoft Bookings, Anchorage, no personal address


@mail(n(14), family="ms_bookings", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 10:00", AK), end=utc("2026-12-03 10:45", AK),
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 10:45", zone=AK,
      contact=None, company="Denali Geomatics Group",
      note="Microsoft Bookings confirmation (HTML only): 10:00-10:45 AM '(UTC-09:00) Alaska' on 3 Dec, AKST = "
           "19:00-19:45Z; sent from the Bookings mailbox, staff named without an address -> contact null.")
def p14() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <h2 style="font-weight:600;font-size:20px">Your booking has been confirmed</h2>
        <p>Hello Tyler Brennan,</p>
        <p>Thank you for booking with Denali Geomatics Group. Your booking is confirmed.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 16px 4px 0;color:#605e5c">Service</td><td>Interview - Survey Data Engineer</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#605e5c">Date and time</td><td>Thursday, December 3, 2026 10:00 AM-10:45 AM (UTC-09:00) Alaska</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#605e5c">Staff</td><td>Marcy Tanaka</td></tr>
        <tr><td style="padding:4px 16px 4px 0;color:#605e5c">Location</td><td>Microsoft Teams meeting &ndash; <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVuYWxpZ2VvbWF0aWNz%40thread.v2/0">Join your appointment</a></td></tr>
        </table>
        <p>Please have your survey or photogrammetry portfolio ready to share on screen.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/DenaliGeomaticsInterviews@denaligeomatics.com/bookings/s/Rw4xQ8m3xEy0F1aT2bKcQw2/ics">Add to calendar</a> &nbsp;|&nbsp;
        <a href="https://outlook.office365.com/owa/calendar/DenaliGeomaticsInterviews@denaligeomatics.com/bookings/s/Rw4xQ8m3xEy0F1aT2bKcQw2/reschedule">Reschedule</a> &nbsp;|&nbsp;
        <a href="https://outlook.office365.com/owa/calendar/DenaliGeomaticsInterviews@denaligeomatics.com/bookings/s/Rw4xQ8m3xEy0F1aT2bKcQw2/cancel">Cancel booking</a></p>
        <p style="color:#605e5c;font-size:12px">Denali Geomatics Group<br>700 W. 5th Avenue, Suite 1200, Anchorage, AK 99501<br>(907) 555-0109</p>
        <p style="color:#a19f9d;font-size:11px">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    return message([
        ("Received", mx("from NAM10-MW2-obe.outbound.protection.outlook.com (mail-mw2nam10on2110.outbound.protection.outlook.com [40.107.94.110])",
                        "2026-11-24 09:31:56", AK, "4Ll3Zm8wCqz1")),
        ("From", addr("Denali Geomatics Group", "DenaliGeomaticsInterviews@denaligeomatics.com")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Booking confirmed: Interview - Survey Data Engineer with Denali Geomatics Group"),
        ("Date", date("2026-11-24 09:31:56", AK)),
        ("Message-ID", "<MN2PR14MB4123A0B1C2D3E4F5A6B7C8D9E0F1A2B3@MN2PR14MB4123.namprd14.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], html(htm, cte="base64"))


# --------------------------------------------------------------------------- 15 Workable, remote (Denver), relay Reply-To


@mail(n(15), family="workable", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-21 11:00", "America/Denver"), end=utc("2026-09-21 11:45", "America/Denver"),
      local="Mon 2026-09-21 11:00", local_end="2026-09-21 11:45", zone="America/Denver",
      contact="sam.ortega@permafrostanalytics.com", company="Permafrost Analytics",
      note="Workable interview notice from a remote company based in Denver: 11:00-11:45 AM MDT (UTC-6) on "
           "21 Sep = 17:00-17:45Z (9:00 AKDT); Reply-To is a Workable relay, contact = hiring manager's "
           "address in the body.")
def p15() -> bytes:
    body = t("""
        Hi Tyler,

        Your interview for the Senior GIS Developer (Remote) position at Permafrost Analytics has
        been scheduled.

        Monday, September 21, 2026
        11:00 AM - 11:45 AM (MDT)
        Video call: https://meet.google.com/pma-xdfe-oqv

        Interviewer: Sam Ortega, VP Engineering

        Our team is fully remote across six time zones, so please double-check the time above
        against your own calendar. If something comes up, you can reply to this email or write
        to Sam directly at sam.ortega@permafrostanalytics.com.

        Best of luck,
        Permafrost Analytics

        --
        You are receiving this email because you applied for a job at Permafrost Analytics.
        Powered by Workable
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2f33">
        <p>Hi Tyler,</p>
        <p>Your interview for the <b>Senior GIS Developer (Remote)</b> position at Permafrost Analytics has been scheduled.</p>
        <div style="background:#f4f6f8;border-radius:4px;padding:12px 16px">
        <div style="font-weight:bold">Monday, September 21, 2026</div>
        <div>11:00 AM - 11:45 AM (MDT)</div>
        <div>Video call: <a href="https://meet.google.com/pma-xdfe-oqv">https://meet.google.com/pma-xdfe-oqv</a></div>
        </div>
        <p>Interviewer: Sam Ortega, VP Engineering</p>
        <p>Our team is fully remote across six time zones, so please double-check the time above against your own calendar.
        If something comes up, you can reply to this email or write to Sam directly at
        <a href="mailto:sam.ortega@permafrostanalytics.com">sam.ortega@permafrostanalytics.com</a>.</p>
        <p>Best of luck,<br>Permafrost Analytics</p>
        <p style="font-size:11px;color:#8a9199">You are receiving this email because you applied for a job at Permafrost Analytics.<br>Powered by Workable</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail164-21.workablemail.com (mail164-21.workablemail.com [198.51.100.164])",
                        "2026-09-14 12:26:30", "America/Denver", "4KrW9qM6xHz8")),
        ("From", addr("Permafrost Analytics", "noreply@workablemail.com")),
        ("Reply-To", "permafrost-analytics+c7f2a91d0e@candidates.workablemail.com"),
        ("To", ME_H),
        ("Subject", "Interview scheduled - Senior GIS Developer (Remote)"),
        ("Date", date("2026-09-14 12:26:30", "America/Denver")),
        ("Message-ID", "<20260914182630.1.7F3A9C2E1B0D4E56@workablemail.com>"),
    ], alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 16 Teamtailor, Tromso remote role, CET with Alaska time in brackets

VTZ_OSLO = """BEGIN:VTIMEZONE
TZID:Europe/Oslo
X-LIC-LOCATION:Europe/Oslo
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


@mail(n(16), family="teamtailor", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-10 18:00", "Europe/Oslo"), end=utc("2026-12-10 18:30", "Europe/Oslo"),
      local="Thu 2026-12-10 18:00", local_end="2026-12-10 18:30", zone="Europe/Oslo",
      contact="sigrid.haugen@nordlys-eo.no", company="Nordlys Earth Observation AS",
      note="Teamtailor invitation from a Tromso company hiring remotely: 18:00-18:30 CET (UTC+1) on 10 Dec = "
           "17:00-17:30Z, which the mail also gives as 08:00 Alaska time; ICS in Europe/Oslo agrees; "
           "Reply-To is a Teamtailor relay, contact = recruiter address in the signature.")
def p16() -> bytes:
    body = t("""
        Hi Tyler,

        Thanks for booking a time! Here are the details for your first interview for the position
        Senior SAR Engineer (Remote, Americas).

        Thursday 10 December 2026
        18:00 - 18:30 CET (that is 08:00 - 08:30 Alaska time for you)
        Google Meet: https://meet.google.com/nrd-lysx-eob

        You will meet Sigrid Haugen (Talent Partner) and Erlend Bakke (SAR Team Lead).

        We know it is early morning for you - thank you for being flexible with the time difference!

        Kind regards,
        Sigrid Haugen
        Talent Partner, Nordlys Earth Observation AS
        sigrid.haugen@nordlys-eo.no | Tromsø, Norway
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#212529">
        <div style="max-width:560px;margin:auto">
        <p>Hi Tyler,</p>
        <p>Thanks for booking a time! Here are the details for your first interview for the position <b>Senior SAR Engineer (Remote, Americas)</b>.</p>
        <p style="padding:12px;border-left:3px solid #0b5cff;background:#f3f6ff">Thursday 10 December 2026<br>
        18:00 &ndash; 18:30 CET (that is 08:00 &ndash; 08:30 Alaska time for you)<br>
        Google Meet: <a href="https://meet.google.com/nrd-lysx-eob">https://meet.google.com/nrd-lysx-eob</a></p>
        <p>You will meet Sigrid Haugen (Talent Partner) and Erlend Bakke (SAR Team Lead).</p>
        <p>We know it is early morning for you &ndash; thank you for being flexible with the time difference!</p>
        <p>Kind regards,<br>Sigrid Haugen<br>Talent Partner, Nordlys Earth Observation AS<br>
        <a href="mailto:sigrid.haugen@nordlys-eo.no">sigrid.haugen@nordlys-eo.no</a> | Tromsø, Norway</p>
        <p style="font-size:11px;color:#adb5bd">Sent with Teamtailor</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_OSLO}
BEGIN:VEVENT
UID:tt-meeting-2981734@teamtailor.com
DTSTAMP:20261201T091440Z
DTSTART;TZID=Europe/Oslo:20261210T180000
DTEND;TZID=Europe/Oslo:20261210T183000
SUMMARY:Interview: Senior SAR Engineer (Remote\\, Americas) - Nordlys Earth Observation
LOCATION:https://meet.google.com/nrd-lysx-eob
ORGANIZER;CN=Sigrid Haugen:mailto:reply-8f3a2c71@inbound.teamtailor-mail.com
ATTENDEE;CN=Tyler Brennan;RSVP=TRUE:mailto:tyler.brennan@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mail-se.teamtailor-mail.com (mail-se.teamtailor-mail.com [198.51.100.31])",
                        "2026-12-01 10:14:40", "Europe/Oslo", "4LqK5pH0vSz3")),
        ("From", addr("Sigrid Haugen - Nordlys Earth Observation", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply-8f3a2c71@inbound.teamtailor-mail.com"),
        ("To", ME_H),
        ("Subject", "Your interview for Senior SAR Engineer (Remote, Americas) is booked"),
        ("Date", date("2026-12-01 10:14:40", "Europe/Oslo")),
        ("Message-ID", "<6a1f0e9c3b2d_7c4e1a2b98171@teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(htm)), calendar(ics, filename="interview.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 17 GoodTime reschedule, Seattle, old slot PDT -> new slot PST


@mail(n(17), family="goodtime", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-06 10:00", PT), end=utc("2026-11-06 11:00", PT),
      local="Fri 2026-11-06 10:00", local_end="2026-11-06 11:00", zone=PT,
      contact="elena.marsh@salmonberry.ai", company="Salmonberry AI",
      note="GoodTime reschedule sent 29 Oct (PDT): old slot Fri 30 Oct 1:00 PM PDT, new slot Fri 6 Nov "
           "10:00-11:00 AM PST (UTC-8, after 1 Nov) = 18:00-19:00Z; ICS SEQUENCE:1 carries the new time; "
           "contact = Reply-To coordinator.")
def p17() -> bytes:
    body = t("""
        Hi Tyler,

        Your interview with Salmonberry AI has been rescheduled. Please note the new time below.

        PREVIOUSLY
        Friday, October 30, 2026
        1:00 PM - 2:00 PM PDT

        NEW TIME
        Friday, November 6, 2026
        10:00 AM - 11:00 AM PST

        Interview: Onsite Loop Part 1 - Geospatial ML (virtual)
        Interviewer: Devika Rao, Principal Engineer
        Join: https://salmonberry.zoom.us/j/91800236154

        An updated calendar invitation is attached. Reminder: the U.S. returns to standard time
        on Sunday, November 1, so the new time is in PST.

        If this new time doesn't work, reply to this email and we'll find another.

        Thanks,
        Elena Marsh
        Recruiting Coordinator, Salmonberry AI

        Scheduling powered by GoodTime
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tyler,</p>
        <p>Your interview with Salmonberry AI has been <b>rescheduled</b>. Please note the new time below.</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td style="color:#999;text-decoration:line-through">Friday, October 30, 2026<br>1:00 PM - 2:00 PM PDT</td>
        <td style="font-weight:bold">Friday, November 6, 2026<br>10:00 AM - 11:00 AM PST</td></tr>
        </table>
        <p><b>Interview:</b> Onsite Loop Part 1 - Geospatial ML (virtual)<br>
        <b>Interviewer:</b> Devika Rao, Principal Engineer<br>
        <b>Join:</b> <a href="https://salmonberry.zoom.us/j/91800236154">https://salmonberry.zoom.us/j/91800236154</a></p>
        <p>An updated calendar invitation is attached. Reminder: the U.S. returns to standard time on Sunday,
        November 1, so the new time is in PST.</p>
        <p>If this new time doesn't work, reply to this email and we'll find another.</p>
        <p>Thanks,<br>Elena Marsh<br>Recruiting Coordinator, Salmonberry AI</p>
        <p style="font-size:11px;color:#aaa">Scheduling powered by GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime//GoodTime Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:goodtime-7e0b2f4a91c3@goodtime.io
DTSTAMP:20261029T234512Z
DTSTART;TZID=America/Los_Angeles:20261106T100000
DTEND;TZID=America/Los_Angeles:20261106T110000
SEQUENCE:1
SUMMARY:Salmonberry AI - Onsite Loop Part 1 (Geospatial ML) - Tyler Brennan
LOCATION:https://salmonberry.zoom.us/j/91800236154
ORGANIZER;CN=Elena Marsh:mailto:elena.marsh@salmonberry.ai
ATTENDEE;CN=Tyler Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brennan@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from mail-out-3.goodtime.io (mail-out-3.goodtime.io [198.51.100.143])",
                        "2026-10-29 16:45:12", PT, "4LBs8gV1kTz6")),
        ("From", addr("Salmonberry AI via GoodTime", "no-reply@goodtime.io")),
        ("Reply-To", addr("Elena Marsh", "elena.marsh@salmonberry.ai")),
        ("To", ME_H),
        ("Subject", "Rescheduled: Your interview with Salmonberry AI"),
        ("Date", date("2026-10-29 16:45:12", PT)),
        ("Message-ID", "<goodtime.7e0b2f4a91c3.1793403912@goodtime.io>"),
    ], mixed(alt(text(body), html(htm)), calendar(ics, filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 18 Agency recruiter reschedule, "same time", DST edge, MM/DD


@mail(n(18), family="agency_recruiter", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-03 10:00", AK), end=None,
      local="Tue 2026-11-03 10:00", zone=AK, days=(("Thu", "2026-10-29"),),
      contact="jenna.okafor@ridgelinetalent.com", company="Kuskokwim Energy",
      note="Agency recruiter moves the hiring-manager call from Thu 10/29 to Tue 11/3 'same time, 10:00am Alaska': "
           "old 10:00 AKDT (18:00Z), new 10:00 AKST (UTC-9) = 19:00Z after the 1 Nov change; company = the "
           "hiring client, contact = the recruiter (sender).")
def p18() -> bytes:
    body = t("""
        Hi Tyler,

        Quick change - Ray Kameroff (the hiring manager at Kuskokwim Energy) got pulled onto a site
        visit in Bethel on Thursday, so we need to move your Thursday 10/29 call.

        New time: Tuesday 11/3, same time - 10:00am Alaska. Ray confirmed it this morning and will
        call you on your cell. Should be 45 min to an hour.

        Everything else stays the same: it's for the Senior GIS Specialist (Asset Integrity) role,
        Ray will want to hear about the pipeline ROW change-detection work you did.

        Sorry for the shuffle! Shoot me a note if Tuesday is a problem.

        Jenna

        Jenna Okafor | Senior Recruiter, Energy & Infrastructure
        Ridgeline Talent Partners
        m: 907.555.0134 | jenna.okafor@ridgelinetalent.com
        """)
    return message([
        ("Received", mx("from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2104.outbound.protection.outlook.com [40.107.220.104])",
                        "2026-10-28 15:20:44", AK, "4LB0tR6nMwz5")),
        ("From", addr("Jenna Okafor", "jenna.okafor@ridgelinetalent.com")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "RE: Kuskokwim Energy - call w/ Ray moved to Tue 11/3"),
        ("Thread-Topic", "Kuskokwim Energy - call w/ Ray"),
        ("Date", date("2026-10-28 15:20:44", AK)),
        ("Message-ID", "<PH0PR08MB7410E2B9C1A3D4F5E6A7B8C9D0E1F2A3@PH0PR08MB7410.namprd08.prod.outlook.com>"),
        ("In-Reply-To", "<PH0PR08MB74103A1C2B9E8D7F6A5B4C3D2E1F0A9B@PH0PR08MB7410.namprd08.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(outlook_html(body))))


# --------------------------------------------------------------------------- 19 Google Calendar update, Juneau (America/Juneau)

VTZ_JUNEAU = VTZ_AK.replace("America/Anchorage", "America/Juneau")


@mail(n(19), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-07 13:00", "America/Juneau"), end=utc("2026-12-07 14:00", "America/Juneau"),
      local="Mon 2026-12-07 13:00", local_end="2026-12-07 14:00", zone="America/Juneau",
      contact="hollis.kwan@gastineauhydro.com", company="Gastineau Hydro Mapping",
      note="Google Calendar 'Updated invitation' from a Juneau firm: moved from Fri 4 Dec 11am to Mon 7 Dec "
           "1pm-2pm Alaska Time - Juneau (AKST, UTC-9) = 22:00-23:00Z; ICS TZID America/Juneau, SEQUENCE:2; "
           "contact = organizer.")
def p19() -> bytes:
    title = "Interview: Tyler Brennan (GIS Hydrologist)"
    body = t(f"""
        This event has been changed.

        Title: {title}
        Moved from Fri 12/4 11am - the ferry schedule changed and Dave can't be back in town in time.
        Same format: in person at our office, 8195 Glacier Hwy, Suite 4. Park in the back lot.
        - Hollis
        When: Changed: Monday Dec 7, 2026 1pm - 2pm Alaska Time - Juneau

        Calendar: tyler.brennan@example.org
        Who:
            * Hollis Kwan - organizer
            * Dave Saddler
            * tyler.brennan@example.org

        Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=NmJhM2Zl&tok=MjMjaG9sbGlzLmt3YW4&ctz=America%2FJuneau&hl=en&es=0

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this courtesy email at the account tyler.brennan@example.org because you
        are an attendee of this event.

        To stop receiving future updates for this event, decline this event.
        """)
    desc = ("Moved from Fri 12/4 11am - the ferry schedule changed and Dave can't be back in town in time.\\n"
            "Same format: in person at our office\\, 8195 Glacier Hwy\\, Suite 4. Park in the back lot.\\n- Hollis")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_JUNEAU}
BEGIN:VEVENT
DTSTART;TZID=America/Juneau:20261207T130000
DTEND;TZID=America/Juneau:20261207T140000
DTSTAMP:20261201T190214Z
ORGANIZER;CN=Hollis Kwan:mailto:hollis.kwan@gastineauhydro.com
UID:6ba3fe0d2c7148e1b9a0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hollis Kwan;X-NUM-GUESTS=0:mailto:hollis.kwan@gastineauhydro.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dave Saddler;X-NUM-GUESTS=0:mailto:dave@gastineauhydro.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brennan@example.org;X-NUM-GUESTS=0:mailto:tyler.brennan@example.org
CREATED:20261124T221530Z
DESCRIPTION:{desc}
LAST-MODIFIED:20261201T190214Z
LOCATION:Gastineau Hydro Mapping\\, 8195 Glacier Hwy Suite 4\\, Juneau\\, AK
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = f"Updated invitation: {title} @ Mon Dec 7, 2026 1pm - 2pm (AKST) (tyler.brennan@example.org)"
    return message([
        ("Received", mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                        "2026-12-01 10:02:14", "America/Juneau", "4LqX1nC7dFz2")),
        ("Reply-To", addr("Hollis Kwan", "hollis.kwan@gastineauhydro.com")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("From", addr("Hollis Kwan", "hollis.kwan@gastineauhydro.com")),
        ("To", ME),
        ("Subject", subj),
        ("Date", date("2026-12-01 10:02:14", "America/Juneau")),
        ("Message-ID", "<calendar-a4c9e2f1-0d3b-4b7e-8f26-5e1c0a9d7b38@google.com>"),
    ], mixed(alt(text(body, cte="7bit"), calendar(ics, cte="7bit")),
             calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      cte="base64", name_param=True)))


# --------------------------------------------------------------------------- 20 Forward to self (message/rfc822) of a Fairbanks onsite move


@mail(n(20), family="forwarded", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-12-10 09:00", AK), end=utc("2026-12-10 11:45", AK),
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 11:45", zone=AK,
      contact="wren.takak@yukonflatsenv.com", company="Yukon Flats Environmental",
      note="The candidate forwards to himself (example.net -> example.org) a Fairbanks recruiter's mail, attached "
           "as message/rfc822, moving the onsite from Wed 9 Dec to Thu 10 Dec: 9:00 AM presentation to 11:45 AM "
           "end of panel, AKST (UTC-9) = 18:00-20:45Z (first start to last end); contact = recruiter in the "
           "attached message, never the candidate.")
def p20() -> bytes:
    inner_body = t("""
        Hi Tyler,

        I'm sorry to do this on short notice, but we need to push your onsite in Fairbanks back one
        day - from Wednesday, December 9 to Thursday, December 10. Our field crew's return from
        Arctic Village slipped and two of your panelists are on it.

        Revised itinerary, Thursday 12/10 (all times Alaska):

          9:00 - 10:00 AM    Technical presentation (40 min + questions), conference room A
          10:15 - 11:45 AM   Panel interview - Dr. Ezra Pitka, Amelia Sørensen, Jack Roehl
          11:45 AM           Lunch with the team (optional, our treat)

        Your hotel (Pike's Landing-area block) is re-booked for Wednesday and Thursday nights;
        the airline change is in progress and I'll send the new confirmation once it's through.

        Thanks for your flexibility,
        Wren

        Wren Takak
        HR & Recruiting Manager
        Yukon Flats Environmental, Fairbanks AK
        wren.takak@yukonflatsenv.com | 907-555-0151
        """)
    inner = message([
        ("From", addr("Wren Takak", "wren.takak@yukonflatsenv.com")),
        ("To", addr("Tyler Brennan", "tyler.brennan@example.net")),
        ("Subject", "Change to your onsite - now Thursday 12/10"),
        ("Date", date("2026-12-03 16:40:22", AK)),
        ("Message-ID", "<7d1a9e3c-55b2-4c07-a1f8-3e2b9c0d4f61@yukonflatsenv.com>"),
    ], text(inner_body, cte="quoted-printable"))
    note = t("""
        fwd to my main inbox so I don't lose it. Onsite moved to Thursday.

        -T

        Sent from my phone
        """)
    return message([
        ("Received", mx("from mail.example.net (mail.example.net [198.51.100.10])",
                        "2026-12-04 07:55:31", AK, "4Lrb9vT2wJz7")),
        ("From", addr("Tyler Brennan", "tyler.brennan@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Change to your onsite - now Thursday 12/10"),
        ("Date", date("2026-12-04 07:55:31", AK)),
        ("Message-ID", "<f3e19a07-2c4d-4b1e-9a8f-0d6c5b4a3e21@example.net>"),
    ], mixed(text(note, charset="us-ascii", cte="7bit"),
             attached_message(inner, filename="Change to your onsite - now Thursday 12_10.eml")))


# --------------------------------------------------------------------------- 21 Exchange cancellation, Portland, role on hold


@mail(n(21), family="outlook_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-19 13:00", PT), end=utc("2026-11-19 14:00", PT),
      local="Thu 2026-11-19 13:00", local_end="2026-11-19 14:00", zone=PT,
      contact="ken.halvorsen@willamettespatial.com", company="Willamette Spatial",
      note="Exchange METHOD:CANCEL (TZID 'Pacific Standard Time') for Thu 19 Nov 1:00-2:00 PM PST (UTC-8) = "
           "21:00-22:00Z; role put on hold, no new time; contact = organizer/sender.")
def p21() -> bytes:
    body = t("""
        Tyler - sorry to send this as a calendar cancellation. Finance put the GIS Developer
        requisition on hold this morning until at least Q1, so I have to cancel Thursday's
        interview. I really enjoyed our first conversation and I'll reach out directly if the role
        reopens.

        Ken
        """)
    desc = body.replace("\n", "\\n").replace(",", "\\,")
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_PACIFIC}
BEGIN:VEVENT
ORGANIZER;CN=Ken Halvorsen:mailto:ken.halvorsen@willamettespatial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.brennan@example.org:mailto:tyler.brennan@example.org
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E00800000000F0C2A9D1B86FDC01000000000000000010000000E4C1A7B9D0F3264D8B5A1C9E7F2D0B46
SUMMARY;LANGUAGE=en-US:Canceled: Interview - GIS Developer (Tyler Brennan)
DTSTART;TZID=Pacific Standard Time:20261119T130000
DTEND;TZID=Pacific Standard Time:20261119T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261117T184411Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1190427351
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from NAM04-MW2-obe.outbound.protection.outlook.com (mail-mw2nam04on2133.outbound.protection.outlook.com [40.107.101.133])",
                        "2026-11-17 10:44:11", PT, "4Lf2Hq9sXbz4")),
        ("From", addr("Ken Halvorsen", "ken.halvorsen@willamettespatial.com")),
        ("To", addr("tyler.brennan@example.org", ME)),
        ("Subject", "Canceled: Interview - GIS Developer (Tyler Brennan)"),
        ("Thread-Topic", "Interview - GIS Developer (Tyler Brennan)"),
        ("Thread-Index", "AdtX9b1kR0c3P2m5SJ6a0vT7qN8eBg=="),
        ("Date", date("2026-11-17 10:44:11", PT)),
        ("Message-ID", "<CO6PR05MB7729B1E0D4C3A2F5E6D7C8B9A0F1E2D3@CO6PR05MB7729.namprd05.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(outlook_html(body)), calendar(ics, method="CANCEL", cte="base64")))


# --------------------------------------------------------------------------- 22 Prose cancellation with an unconfirmed new proposal, Seattle


@mail(n(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-09-15 15:00", PT), end=None,
      local="Tue 2026-09-15 15:00", zone=PT, days=(("Mon", "2026-09-14"), ("Thu", "2026-09-17")),
      contact="raj@skookumdata.com", company="Skookum Data",
      note="Seattle founder (Date Mon 14 Sep, PDT) cancels 'tomorrow's 3pm' = Tue 15 Sep 15:00 PDT (UTC-7) = 22:00Z "
           "and only proposes Thursday at 11 (not confirmed) -> cancelled, labelled with the cancelled slot; "
           "contact = sender.")
def p22() -> bytes:
    body = t("""
        Hey Tyler,

        Really sorry, I have to cancel tomorrow's 3pm. Our lead investor moved a board meeting onto
        it and I can't get out of it.

        Could you do Thursday at 11 (Pacific) instead? If that doesn't work send me a couple windows
        that do and I'll make one of them happen. Still very keen to talk about the snow-cover
        product.

        Raj

        --
        Raj Bhattacharya | Co-founder & CTO, Skookum Data
        Seattle, WA
        """)
    return message([
        ("Received", mx("from mail-qt1-f181.google.com (mail-qt1-f181.google.com [209.85.160.181])",
                        "2026-09-14 09:05:37", PT, "4KqR2vX8hMz1")),
        ("From", addr("Raj Bhattacharya", "raj@skookumdata.com")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Re: Interview Tuesday"),
        ("Date", date("2026-09-14 09:05:37", PT)),
        ("Message-ID", "<CAJ8sP1mZ0vQ4t7Lr2wYx5nE9bK3dH6cF1aU@mail.gmail.com>"),
        ("In-Reply-To", "<CAH9qT2nW5rB7x0Kv3mZ8pL1cJ4eG6sD0aY@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 23 Taleo cancellation, oil-field, iso-8859-15


@mail(n(23), family="taleo", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-30 08:00", AK), end=None,
      local="Mon 2026-11-30 08:00", zone=AK,
      contact="brandon.weyiouanna@nsdrilling.com", company="North Slope Drilling Services",
      note="Taleo HTML-only cancellation (iso-8859-15 QP): interview Mon 30 Nov 8:00 AM Alaska Standard Time "
           "(UTC-9) = 17:00Z cancelled, requisition closed, no new time; contact = recruiter in the body.")
def p23() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body><font face="Arial" size="2">
        <p>Dear Tyler Brennan,</p>
        <p>This message is to inform you that your interview for the position of <b>GIS Coordinator - Drilling Operations</b>
        (Requisition 26000731), scheduled for <b>Monday, November 30, 2026 at 8:00 AM (Alaska Standard Time)</b>,
        has been cancelled.</p>
        <p>The requisition has been closed and the position will not be filled at this time. We apologize for any
        inconvenience and encourage you to continue to review our career site for future opportunities.</p>
        <p>If you have any questions, please contact Brandon Weyiouanna, Recruiter, at
        brandon.weyiouanna@nsdrilling.com.</p>
        <p>Regards,<br>Zoë Kaplan<br>Talent Acquisition, North Slope Drilling Services</p>
        <p><font size="1" color="#808080">This is an automated message generated by Taleo. Please do not reply.</font></p>
        </font></body></html>
        """)
    return message([
        ("Received", mx("from smtp2.taleo.net (smtp2.taleo.net [198.51.100.72])",
                        "2026-11-24 13:07:48", AK, "4Ll9Fh3qRtz0")),
        ("From", addr("North Slope Drilling Services", "nsds@taleo.net")),
        ("To", ME),
        ("Subject", "Interview Cancellation - Requisition 26000731 GIS Coordinator - Drilling Operations"),
        ("Date", date("2026-11-24 13:07:48", AK)),
        ("Message-ID", "<1213870244.178812.1795378068100.JavaMail.taleo@ctcn2tal07>"),
    ], html(htm, charset="iso-8859-15"))


# =========================================================================== NEGATIVES (24-50)

# --------------------------------------------------------------------------- 24 Rejection after the Salmonberry loop (thread with 17)


@mail(n(24), family="rejection", lang="en-US", interview=False, company="Salmonberry AI",
      days=(("Fri", "2026-11-06"),),
      note="Post-interview rejection from the coordinator who rescheduled the loop (mail 17); mentions the "
           "past interview on Friday, November 6 but confirms nothing.")
def n24() -> bytes:
    body = t("""
        Hi Tyler,

        Thank you for taking the time to interview with Salmonberry AI on Friday, November 6, and for
        your patience with the rescheduling. Devika and the team enjoyed the conversation about
        label-efficient segmentation of SAR scenes.

        After careful consideration, we've decided to move forward with other candidates whose
        experience more closely matches what we need for this role right now. This was a difficult
        decision.

        We'd love to keep in touch - we expect to open a Geospatial Platform role in the spring and
        I'll make sure the hiring manager sees your profile.

        Wishing you the best in your search,
        Elena Marsh
        Recruiting Coordinator, Salmonberry AI
        """)
    return message([
        ("Received", mx("from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])",
                        "2026-11-12 15:31:07", PT, "4LcH7kD2sWz9")),
        ("From", addr("Elena Marsh", "elena.marsh@salmonberry.ai")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Update on your application - Salmonberry AI"),
        ("Date", date("2026-11-12 15:31:07", PT)),
        ("Message-ID", "<CAM4xQ7nE1vR9tB2kY5pW8zL0cH3fJ6dG1sA@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 25 Offer letter (thread with 11), PDF attached


@mail(n(25), family="offer", lang="en-US", interview=False, company="Lynn Canal Fisheries Data Trust",
      days=(("Mon", "2026-11-16"), ("Fri", "2026-10-30")),
      note="Offer from the Juneau nonprofit that interviewed the candidate (mail 11): a start date with a fixed "
           "9:00 a.m. first-day time and an acceptance deadline, but no interview.")
def n25() -> bytes:
    body = t("""
        Hi Tyler,

        On behalf of the board, I'm delighted to offer you the position of Spatial Data Manager with
        the Lynn Canal Fisheries Data Trust. The formal offer letter is attached; the short version:

          - Salary: $98,500/year, plus the Juneau cost-of-living differential
          - Start date: Monday, November 16, 2026 - first day starts at 9:00 a.m. at our office on
            Egan Drive (I'll meet you in the lobby)
          - Relocation: up to $6,000 and two weeks of temporary housing

        Please let me know by Friday, October 30 whether you accept. Happy to jump on a call if you
        have questions - I know relocating to Juneau is a big decision.

        Warmly,
        Marguerite

        Marguerite Yeilnaa Olson
        Executive Director
        Lynn Canal Fisheries Data Trust
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="LCFDT_Offer_Brennan.pdf"'),
                    ("Content-Disposition", 'attachment; filename="LCFDT_Offer_Brennan.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message([
        ("Received", mx("from mail-yb1-f170.google.com (mail-yb1-f170.google.com [209.85.219.170])",
                        "2026-10-23 16:02:44", AK, "4LQa6bP1xNz3")),
        ("From", addr("Marguerite Olson", "marguerite@lynncanaldata.org")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Offer - Spatial Data Manager"),
        ("Date", date("2026-10-23 16:02:44", AK)),
        ("Message-ID", "<CAF3nK9qT5wB8xC0vN2mY7pL4hR1dE6sG9aJ@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))), pdf))


# --------------------------------------------------------------------------- 26 Personio application receipt, Berlin remote company


@mail(n(26), family="application_ack", lang="en-US", interview=False, company="Geoknoten GmbH",
      note="Personio application receipt from a Berlin company hiring remotely; 'if we would like to invite you "
           "to an interview' is hypothetical, no time.")
def n26() -> bytes:
    body = t("""
        Dear Tyler Brennan,

        Thank you for your application as Remote Sensing Engineer (m/f/d) - Remote, Americas and
        for your interest in Geoknoten.

        We have received your documents and will review them carefully. If we would like to invite
        you to an interview, our People team will contact you within the next two to three weeks to
        arrange a time that works across our time zones (we're in Berlin, CET).

        You can check the status of your application at any time here:
        https://geoknoten.jobs.personio.de/application-status/7c1e0f2a

        Kind regards,
        Your Geoknoten People Team

        Geoknoten GmbH · Oranienstraße 183 · 10999 Berlin
        Amtsgericht Charlottenburg HRB 241187 B · Geschäftsführer: Jana Vogt
        """)
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#262626">
        <p>Dear Tyler Brennan,</p>
        <p>Thank you for your application as <strong>Remote Sensing Engineer (m/f/d) &ndash; Remote, Americas</strong> and for your interest in Geoknoten.</p>
        <p>We have received your documents and will review them carefully. If we would like to invite you to an interview,
        our People team will contact you within the next two to three weeks to arrange a time that works across our time
        zones (we&#39;re in Berlin, CET).</p>
        <p>You can check the status of your application at any time <a href="https://geoknoten.jobs.personio.de/application-status/7c1e0f2a">here</a>.</p>
        <p>Kind regards,<br>Your Geoknoten People Team</p>
        <p style="font-size:11px;color:#8c8c8c">Geoknoten GmbH &middot; Oranienstraße 183 &middot; 10999 Berlin<br>
        Amtsgericht Charlottenburg HRB 241187 B &middot; Geschäftsführer: Jana Vogt</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail-eu.personio.de (mail-eu.personio.de [198.51.100.61])",
                        "2026-09-08 17:14:02", "Europe/Berlin", "4KnT0pX5wBz6")),
        ("From", addr("Geoknoten GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Geoknoten People Team", "jobs@geoknoten.de")),
        ("To", ME_H),
        ("Subject", "Your application at Geoknoten GmbH"),
        ("Date", date("2026-09-08 17:14:02", "Europe/Berlin")),
        ("Message-ID", "<personio.application.3318274.1788880442@personio.de>"),
    ], alt(text(body, cte="base64"), html(htm, cte="base64")))


# --------------------------------------------------------------------------- 27 Job alert digest


@mail(n(27), family="job_alert", lang="en-US", interview=False, company=None,
      note="Job-board digest; titles include 'Interview Coordinator' and a badge 'Interviews this week', "
           "nothing confirmed for the candidate.")
def n27() -> bytes:
    body = t("""
        NorthStar Jobs - your daily alert: "remote sensing" near Anchorage, AK (incl. remote)

        8 new jobs match your search

        Remote Sensing Scientist II
        Aurora Spectral Inc. - Fairbanks, AK - $88K-$112K
        ** Interviews this week ** - Easy Apply
        https://jobs.northstar-jobs.example/v/3381201

        GIS Analyst (Hybrid)
        Municipal Light & Power Cooperative - Anchorage, AK
        Posted 2 days ago
        https://jobs.northstar-jobs.example/v/3380877

        Interview Coordinator - Technical Recruiting
        Cascadia Aerial Mapping - Seattle, WA (Remote OK)
        https://jobs.northstar-jobs.example/v/3379954

        Senior Geospatial Engineer
        Tidewater Robotics - Portland, OR
        Actively recruiting - 48 applicants
        https://jobs.northstar-jobs.example/v/3379412

        See all 8 jobs: https://jobs.northstar-jobs.example/alerts/9f21c7

        You are receiving this alert because you created it on NorthStar Jobs.
        Unsubscribe: https://jobs.northstar-jobs.example/alerts/9f21c7/unsubscribe
        """)
    return message([
        ("Received", mx("from mta7.northstar-jobs.example (mta7.northstar-jobs.example [198.51.100.7])",
                        "2026-10-02 05:30:11", AK, "4L0Lb3tN6Rz2")),
        ("From", addr("NorthStar Jobs", "alerts@northstar-jobs.example")),
        ("To", ME),
        ("Subject", '8 new "remote sensing" jobs near Anchorage, AK'),
        ("Date", date("2026-10-02 05:30:11", AK)),
        ("Message-ID", "<alert.9f21c7.20261002@northstar-jobs.example>"),
        ("List-Unsubscribe", "<https://jobs.northstar-jobs.example/alerts/9f21c7/unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], text(body, cte="7bit", charset="us-ascii"))


# --------------------------------------------------------------------------- 28 Career newsletter about interviews


@mail(n(28), family="newsletter_tips", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Career newsletter about technical interviews for GIS roles; mentions a live Q&A Thursday at "
           "noon Alaska time, which is not the candidate's interview.")
def n28() -> bytes:
    htm = t("""
        <html><body style="margin:0;background:#eef2f0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" style="background:#fff;font-family:Georgia,serif;color:#2d2d2d">
        <tr><td style="padding:24px;background:#1d4e3f;color:#fff;font-size:22px">The Spatial Career Digest &middot; Issue 112</td></tr>
        <tr><td style="padding:24px">
        <h2 style="font-size:20px">Your GIS technical interview is on Tuesday. Now what?</h2>
        <p>You&#39;ve got the confirmation email, the calendar invite is in, and the interview is at 10am. Here are
        the five questions we hear about most often from readers who made it to the technical round:</p>
        <ol>
        <li><b>&ldquo;Walk me through a reprojection bug you fixed.&rdquo;</b> Have one ready, with the EPSG codes.</li>
        <li><b>Raster vs. vector trade-offs.</b> Bring a real example, not a textbook answer.</li>
        <li><b>Cloud-native formats.</b> COG, Zarr, GeoParquet: know when you&#39;d pick each.</li>
        <li><b>Take-home projects.</b> Ask how long they expect you to spend before you start.</li>
        <li><b>Questions for them.</b> Ask who maintains the data pipeline today.</li>
        </ol>
        <p><b>Live Q&amp;A:</b> join our editors on Thursday, October 15 at noon Alaska time (1pm Pacific) for an
        open session on interview prep. <a href="https://spatialcareerdigest.example/live">Save your spot</a>.</p>
        <p>Until next week,<br>The Spatial Career Digest team</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#888;font-family:Arial,sans-serif">
        You subscribed at spatialcareerdigest.example. <a href="https://spatialcareerdigest.example/unsub?u=tb">Unsubscribe</a>
        </td></tr></table></td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("from mail132.sendgrid.example (mail132.sendgrid.example [198.51.100.132])",
                        "2026-10-11 07:00:03", "America/New_York", "4LGf1wK7cVz0")),
        ("From", addr("The Spatial Career Digest", "digest@spatialcareerdigest.example")),
        ("To", ME),
        ("Subject", "Your GIS technical interview is on Tuesday. Now what?"),
        ("Date", date("2026-10-11 07:00:03", "America/New_York")),
        ("Message-ID", "<issue112.2026-10-11@spatialcareerdigest.example>"),
        ("List-Unsubscribe", "<https://spatialcareerdigest.example/unsub?u=tb>, <mailto:unsub@spatialcareerdigest.example>"),
        ("List-Id", "The Spatial Career Digest <digest.spatialcareerdigest.example>"),
        ("Precedence", "bulk"),
    ], html(htm))


# --------------------------------------------------------------------------- 29 Recruitee "pick a slot" self-scheduling


@mail(n(29), family="scheduling_link", lang="en-US", interview=False, company="Aleutian Wind Power",
      days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07"), ("Thu", "2026-10-08")),
      note="Recruitee self-scheduling request listing available slots (Alaska time); the candidate has not "
           "picked one, so no time is fixed.")
def n29() -> bytes:
    body = t("""
        Hi Tyler,

        Good news - we'd like to invite you to a first interview for the GIS & Siting Analyst
        position at Aleutian Wind Power!

        Please choose a time that suits you via the link below. Available slots (Alaska time):

          Tuesday, October 6: 10:00 AM, 11:00 AM, 2:30 PM
          Wednesday, October 7: 9:00 AM, 1:00 PM
          Thursday, October 8: 10:30 AM, 3:00 PM

        Pick your slot: https://aleutianwind.recruitee.com/interview-scheduler/b71f0c3e

        The interview takes 45 minutes and will be held on Google Meet with our Development
        Manager. Once you book, you'll receive a confirmation with the link.

        Best regards,
        Aleutian Wind Power recruitment team
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tyler,</p>
        <p>Good news &ndash; we&#39;d like to invite you to a first interview for the <b>GIS &amp; Siting Analyst</b> position at Aleutian Wind Power!</p>
        <p>Please choose a time that suits you via the link below. Available slots (Alaska time):</p>
        <ul><li>Tuesday, October 6: 10:00 AM, 11:00 AM, 2:30 PM</li>
        <li>Wednesday, October 7: 9:00 AM, 1:00 PM</li>
        <li>Thursday, October 8: 10:30 AM, 3:00 PM</li></ul>
        <p><a href="https://aleutianwind.recruitee.com/interview-scheduler/b71f0c3e" style="background:#1f6feb;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Pick your slot</a></p>
        <p>The interview takes 45 minutes and will be held on Google Meet with our Development Manager. Once you book, you&#39;ll receive a confirmation with the link.</p>
        <p>Best regards,<br>Aleutian Wind Power recruitment team</p>
        <p style="font-size:11px;color:#999">Sent with Recruitee</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail-out.recruitee.com (mail-out.recruitee.com [198.51.100.119])",
                        "2026-10-01 11:48:26", AK, "4KzW5nR2tLz8")),
        ("From", addr("Aleutian Wind Power", "notifications@recruitee.com")),
        ("Reply-To", "aleutianwind+c-3391827@inbound.recruitee.com"),
        ("To", ME_H),
        ("Subject", "Schedule your interview - GIS & Siting Analyst"),
        ("Date", date("2026-10-01 11:48:26", AK)),
        ("Message-ID", "<recruitee.msg.3391827.1790884106@recruitee.com>"),
    ], alt(text(body), html(htm)))


# --------------------------------------------------------------------------- 30 Agency recruiter proposes times, not yet confirmed (thread with 18)


@mail(n(30), family="recruiter_proposal", lang="en-US", interview=False, company="Kuskokwim Energy",
      days=(("Thu", "2026-10-29"), ("Fri", "2026-10-30")),
      note="Agency recruiter asks 'would Thursday 10/29 at 10am Alaska work?' with an alternative; nothing "
           "confirmed yet (mail 18 later moves the agreed call). Company = the hiring client, as in mail 18.")
def n30() -> bytes:
    body = t("""
        Hi Tyler,

        Great news - Ray Kameroff, the hiring manager at Kuskokwim Energy, read your resume over the
        weekend and wants to talk. He's traveling a lot the next two weeks, so here are the windows
        he gave me:

          - Thursday 10/29 at 10:00am Alaska
          - Friday 10/30 at 1:00pm Alaska

        Would Thursday at 10 work? If neither does, send me two or three times and I'll go back to
        him. Once you pick I'll send a calendar hold with his cell number.

        Thanks!
        Jenna

        Jenna Okafor | Senior Recruiter, Energy & Infrastructure
        Ridgeline Talent Partners
        m: 907.555.0134 | jenna.okafor@ridgelinetalent.com
        """)
    return message([
        ("Received", mx("from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2101.outbound.protection.outlook.com [40.107.220.101])",
                        "2026-10-19 09:12:30", AK, "4LJ3mV9qTdz6")),
        ("From", addr("Jenna Okafor", "jenna.okafor@ridgelinetalent.com")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Kuskokwim Energy - call w/ Ray"),
        ("Thread-Topic", "Kuskokwim Energy - call w/ Ray"),
        ("Date", date("2026-10-19 09:12:30", AK)),
        ("Message-ID", "<PH0PR08MB74103A1C2B9E8D7F6A5B4C3D2E1F0A9B@PH0PR08MB7410.namprd08.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(outlook_html(body))))


# --------------------------------------------------------------------------- 31 Alumni mentor call, fixed time


@mail(n(31), family="mentor_call", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="An alumni mentor (matched through a university mentoring program) confirms a career-advice call "
           "'Thursday 9/24 at 5:30 Pacific'; a fixed time, but not a job interview.")
def n31() -> bytes:
    body = t("""
        Hi Tyler,

        Thanks for reaching out through the Aurora Alumni Geo mentoring program - happy to help. Let's do
        Thursday 9/24 at 5:30 Pacific (4:30 for you, if I've got Alaska right). I'll call you.

        To make the most of it, send me the two or three job descriptions you're most excited about
        and I'll tell you honestly how hiring managers at places like mine would read your resume
        against them. I'm not hiring on my team right now, so this is purely advice.

        Cheers,
        Colleen

        Colleen Hartigan
        Director, Geospatial Services, Puget Metro Transit (alumna, MS '09)
        """)
    return message([
        ("Received", mx("from mail-ot1-f45.google.com (mail-ot1-f45.google.com [209.85.210.45])",
                        "2026-09-18 20:41:16", PT, "4Ktf2gH8mXz4")),
        ("From", addr("Colleen Hartigan", "colleen.hartigan@example.com")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Re: Mentoring program intro - Tyler Brennan"),
        ("Date", date("2026-09-18 20:41:16", PT)),
        ("Message-ID", "<CAK7rT3wN0vB5xM2qZ8pY1cL6hE4dG9sF3aR@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 32 Job-centre RESEA appointment ("interview")


@mail(n(32), family="job_centre", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Unemployment-insurance reemployment appointment at a job center, called an 'eligibility interview', "
           "fixed at 1:30 PM on 7 Oct; a government appointment, not a job interview.")
def n32() -> bytes:
    body = t("""
        NOTICE OF SCHEDULED APPOINTMENT
        Reemployment Services and Eligibility Assessment (RESEA)

        Claimant: TYLER BRENNAN
        Claim ID: xxx-xx-4471

        You are scheduled for a mandatory RESEA eligibility interview:

          Date:     Wednesday, October 7, 2026
          Time:     1:30 PM
          Location: Anchorage Midtown Job Center, 3301 Eagle Street, Suite 110, Anchorage, AK
          Staff:    Employment Services Technician

        Please bring: photo ID, your work search log for the past four weeks, and an up-to-date
        resume. Failure to attend without good cause may affect your unemployment insurance
        benefits.

        If you have started work or need to reschedule, call the job center at (907) 555-0100
        before your appointment.

        This is an automated message. Do not reply.
        """)
    return message([
        ("Received", mx("from smtp.jobcenter-ak.example (smtp.jobcenter-ak.example [198.51.100.40])",
                        "2026-09-28 08:02:55", AK, "4Ky1pD5wQhz2")),
        ("From", addr("Job Center Network", "no-reply@jobcenter-ak.example")),
        ("To", ME),
        ("Subject", "RESEA Appointment Notice - Action Required"),
        ("Date", date("2026-09-28 08:02:55", AK)),
        ("Message-ID", "<resea.20260928.4471.notice@jobcenter-ak.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="us-ascii", cte="7bit"))


# --------------------------------------------------------------------------- 33 Journalist interviewing the candidate


@mail(n(33), family="press", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="A reporter confirms an interview WITH the candidate (about his coastal-erosion maps) on Thursday "
           "Nov 12 at 11 a.m.; a fixed time, but press, not a job interview.")
def n33() -> bytes:
    body = t("""
        Hi Tyler,

        Thanks so much for agreeing to the interview! Confirming Thursday, Nov. 12 at 11 a.m. at our
        newsroom (4th floor, 500 W. 6th Ave.). Our photographer, Sam, would like to grab a few
        frames of you with the Shishmaref shoreline maps on screen, so if you can bring a laptop
        that would be great.

        I'll mostly ask about how you built the erosion time series from the Landsat and Planet
        archives and what the numbers mean for villages planning relocations. Should take about
        45 minutes. The piece is slated for the Sunday edition, Nov. 22.

        Best,
        Kira Tallchief
        Environment Reporter, The Anchorage Ledger
        (907) 555-0193 | @kiratallchief
        """)
    return message([
        ("Received", mx("from mail-io1-f47.google.com (mail-io1-f47.google.com [209.85.166.47])",
                        "2026-11-06 14:18:09", AK, "4LX2cP7vRnz5")),
        ("From", addr("Kira Tallchief", "ktallchief@anchorageledger.example")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Re: Interview request - coastal erosion mapping story"),
        ("Date", date("2026-11-06 14:18:09", AK)),
        ("Message-ID", "<CAB1qW9tZ4mR7xN0vL3pE6cK8hY2dF5sG0aT@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 34 Podcast recording confirmation


@mail(n(34), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Podcast host confirms a recorded interview with the candidate as guest, Wed Sep 30 4:00 PM AKDT "
           "on Riverside; fixed time, not a job interview.")
def n34() -> bytes:
    body = t("""
        Hey Tyler!

        You're booked for Maps & Muskeg, episode 58 - "Seeing through clouds: SAR for the rest of us".

        Recording: Wednesday, September 30, 2026 at 4:00 PM AKDT (5:00 PM PDT)
        Studio link: https://riverside.fm/studio/maps-and-muskeg?t=8c4f1e
        Length: we record about 60 minutes and cut it down to 40.

        A few tips: use wired headphones, close Slack, and plug your laptop in. We'll do a 10-minute
        sound check before we start. I'll send the interview questions by Monday so nothing is a
        surprise.

        Thanks for coming on the show!
        Nils
        Maps & Muskeg podcast
        """)
    return message([
        ("Received", mx("from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])",
                        "2026-09-23 10:27:45", PT, "4KwM8rT1sBz7")),
        ("From", addr("Nils Haaland", "nils@mapsandmuskeg.example")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "You're booked! Maps & Muskeg ep. 58 interview"),
        ("Date", date("2026-09-23 10:27:45", PT)),
        ("Message-ID", "<CAN2zX6vB9qR4tW1mL7pE0cH3kY8dG5sF2aQ@mail.gmail.com>"),
    ], text(body, cte="8bit"))


# --------------------------------------------------------------------------- 35 Executive MBA admission interview


@mail(n(35), family="admission_interview", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Business-school admissions office confirms an Executive MBA admission interview, Fri Nov 20 12:00 "
           "p.m. Pacific on Zoom; a fixed-time interview, but for a degree programme, not a job.")
def n35() -> bytes:
    htm = t("""
        <html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#222">
        <p style="font-family:Arial,sans-serif;font-size:12px;color:#5b2c6f;letter-spacing:1px">CASCADE PACIFIC UNIVERSITY &middot; SCHOOL OF BUSINESS</p>
        <p>Dear Tyler,</p>
        <p>Thank you for submitting your application to the <b>Executive MBA Program (Cohort 2027)</b>. We are pleased
        to confirm your admission interview:</p>
        <p style="margin-left:24px"><b>Friday, November 20, 2026</b><br>12:00 p.m. &ndash; 12:30 p.m. Pacific Time<br>
        Zoom: <a href="https://cpu-edu.zoom.us/j/94710238845">https://cpu-edu.zoom.us/j/94710238845</a><br>
        Interviewer: Dr. Naomi Whitcombe, Associate Director of Admissions</p>
        <p>The interview is conversational and focuses on your professional goals, leadership experience, and how the
        program fits your career plans. Business attire is recommended. Please have a photo ID available.</p>
        <p>If you need to reschedule, contact the Graduate Admissions Office at least 48 hours in advance.</p>
        <p>We look forward to meeting you.</p>
        <p>Sincerely,<br>Office of Graduate Admissions<br>Cascade Pacific University School of Business</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mx-out.cpu-edu.example (mx-out.cpu-edu.example [198.51.100.150])",
                        "2026-11-13 09:45:00", PT, "4LZa2wF6pXz8")),
        ("From", addr("CPU Graduate Admissions", "emba.admissions@cpu-edu.example")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Your Executive MBA admission interview is confirmed"),
        ("Date", date("2026-11-13 09:45:00", PT)),
        ("Message-ID", "<20261113174500.emba.77812@cpu-edu.example>"),
    ], html(htm, cte="quoted-printable"))


# --------------------------------------------------------------------------- 36 Volunteer ski patrol interview + on-hill tryout


@mail(n(36), family="tryout", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-12-12"),),
      note="Volunteer ski patrol candidate 'interview and on-hill tryout' on Sat Dec 12 at 8:30 a.m.; fixed "
           "time, a volunteer selection, not a job interview.")
def n36() -> bytes:
    body = t("""
        Patrol candidates,

        You're confirmed for the 2026-27 candidate evaluation day:

        Saturday, December 12 - check in at 8:30 a.m. at the patrol room (top of Chair 2), Arctic Ridge
        Ski Area. Plan to be done around 2 p.m.

        Morning: a short interview with two senior patrollers (why patrol, availability, first-aid
        background). Afternoon: on-hill tryout - skiing ability on groomed and ungroomed terrain, and a
        toboggan familiarization run. Bring your own skis, helmet, goggles, and lunch.

        Your OEC course fee isn't due until you're accepted. Lift ticket for the day is covered.

        See you on the hill,
        Marty Reinholt
        Candidate Coordinator, Arctic Ridge Volunteer Ski Patrol
        """)
    return message([
        ("Received", mx("from mail-pf1-f173.google.com (mail-pf1-f173.google.com [209.85.210.173])",
                        "2026-12-04 19:22:41", AK, "4Ls0kB4nYdz1")),
        ("From", addr("Marty Reinholt", "candidates@arcticridgepatrol.example")),
        ("To", addr("2026-27 patrol candidates", "candidates@arcticridgepatrol.example")),
        ("Subject", "Candidate interview & tryout day - Sat 12/12"),
        ("Date", date("2026-12-04 19:22:41", AK)),
        ("Message-ID", "<CAP4vN0qW8tZ2xR5mL9pY1cE7hK3dB6sG4aU@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 37 Car service appointment with ICS


@mail(n(37), family="car_service", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Dealership service appointment (winter tires + 30k service) Tue 10/20 7:30 AM with an ICS; fixed "
           "time, not an interview.")
def n37() -> bytes:
    body = t("""
        Hi Tyler,

        Your service appointment is confirmed.

        Date: Tue 10/20/2026
        Drop-off time: 7:30 AM
        Vehicle: 2019 Subaru Outback (VIN ending 4471)
        Services: 30,000 mile maintenance; mount & balance winter tires (studded, stored with us)
        Advisor: Curtis Gallo

        Shuttle service is available within 5 miles. Please allow 3-4 hours.

        Midnight Sun Subaru Service
        1200 Gambell Way, Anchorage, AK - (907) 555-0119
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//XTime//Service Scheduler//EN
METHOD:PUBLISH
{VTZ_AK}
BEGIN:VEVENT
UID:xt-appt-55081234@midnightsunsubaru.example
DTSTAMP:20261014T201100Z
DTSTART;TZID=America/Anchorage:20261020T073000
DTEND;TZID=America/Anchorage:20261020T110000
SUMMARY:Service appointment - Midnight Sun Subaru
LOCATION:1200 Gambell Way\\, Anchorage\\, AK
DESCRIPTION:30k maintenance + winter tires. Advisor: Curtis Gallo
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from smtp.xtime.example (smtp.xtime.example [198.51.100.91])",
                        "2026-10-14 12:11:00", AK, "4LHb9qZ3mTz4")),
        ("From", addr("Midnight Sun Subaru Service", "service@midnightsunsubaru.example")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Appointment Confirmed: Tue 10/20 7:30 AM - Midnight Sun Subaru"),
        ("Date", date("2026-10-14 12:11:00", AK)),
        ("Message-ID", "<xt.55081234.confirm@midnightsunsubaru.example>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 38 Parent-teacher conference


@mail(n(38), family="school_meeting", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Sign-up tool confirms a parent-teacher conference Thu Oct 22 4:15-4:30 PM; fixed time, not an "
           "interview.")
def n38() -> bytes:
    htm = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <div style="background:#ffcc33;padding:10px;font-weight:bold">SignUpHub</div>
        <p>Hi Tyler Brennan,</p>
        <p>Thank you for signing up! Here is your confirmation:</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#ddd">
        <tr><th align="left">Sign-up</th><td>Fall Parent-Teacher Conferences &ndash; Ms. Akiyama, Grade 3</td></tr>
        <tr><th align="left">Date</th><td>Thursday, October 22, 2026</td></tr>
        <tr><th align="left">Time</th><td>4:15 PM &ndash; 4:30 PM (AKDT)</td></tr>
        <tr><th align="left">Location</th><td>Spruce Hollow Elementary, Room 14</td></tr>
        <tr><th align="left">Student</th><td>Maddie Brennan</td></tr>
        </table>
        <p>Need to change your slot? <a href="https://signuphub.example/s/8812/edit">Edit or cancel</a></p>
        <p style="font-size:11px;color:#777">SignUpHub sends this on behalf of Spruce Hollow Elementary PTA.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail.signuphub.example (mail.signuphub.example [198.51.100.23])",
                        "2026-10-09 20:15:37", AK, "4LF0vN8rKqz6")),
        ("From", addr("SignUpHub", "noreply@signuphub.example")),
        ("Reply-To", addr("Ms. Akiyama", "akiyama_r@sprucehollow-school.example")),
        ("To", ME),
        ("Subject", "Confirmation: Fall Parent-Teacher Conferences - Ms. Akiyama"),
        ("Date", date("2026-10-09 20:15:37", AK)),
        ("Message-ID", "<suh.8812.445120@signuphub.example>"),
    ], html(htm, charset="iso-8859-1", cte="quoted-printable"))


# --------------------------------------------------------------------------- 39 Career coach mock interview booked via Calendly


@mail(n(39), family="coaching_mock", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Calendly booking with a career coach: 'Mock Interview (60 min)' Tue Nov 10 6:00pm Alaska Time; "
           "same layout as a Calendly interview confirmation, but a paid practice session, not a job interview.")
def n39() -> bytes:
    body = t("""
        Hi Tyler Brennan,

        Your Mock Interview - Technical Round (60 min) with Jessa Lund at 6:00pm - 7:00pm (Alaska Time)
        on Tuesday, November 10, 2026 is scheduled.

        Event Name:
        Mock Interview - Technical Round (60 min)

        Location:
        Zoom - link will be sent by Jessa before the session

        Questions:
        What role are you practicing for?
        Senior Photogrammetry Engineer - real interview is Nov 13

        Payment:
        $140.00 USD - paid via Stripe

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/1b9e4d2c-6a7f-4e08-93c1-d5f0a2b78e46
        Reschedule: https://calendly.com/reschedulings/1b9e4d2c-6a7f-4e08-93c1-d5f0a2b78e46

        Powered by Calendly.com
        """)
    return message([
        ("Received", mx("from o4.email.calendly.com (o4.email.calendly.com [167.89.100.64])",
                        "2026-11-04 13:09:51", AK, "4LVk3cW0tBz9")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jessa Lund", "jessa@northboundcareercoaching.example")),
        ("To", ME),
        ("Subject", "Confirmed: Mock Interview - Technical Round (60 min) with Jessa Lund on Tuesday, "
                    "November 10, 2026"),
        ("Date", date("2026-11-04 13:09:51", AK)),
        ("Message-ID", "<calendly.invitee.1b9e4d2c-6a7f-4e08-93c1-d5f0a2b78e46@calendly.com>"),
    ], text(body))


# --------------------------------------------------------------------------- 40 Webinar about interviews, with ICS


@mail(n(40), family="marketing_webinar", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Webinar registration 'Nailing the GIS technical interview' Wed Oct 21 10:00 AM PDT with an ICS; a "
           "marketing event, not a job interview.")
def n40() -> bytes:
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tyler,</p>
        <p>Thank you for registering for <b>&ldquo;Nailing the GIS Technical Interview: Live Coding, Spatial SQL and Portfolio Reviews&rdquo;</b>.</p>
        <p><b>Date &amp; Time:</b> Oct 21, 2026 10:00 AM Pacific Time (US and Canada)</p>
        <p>Please submit any questions to: <a href="mailto:academy@geocloud.example">academy@geocloud.example</a></p>
        <p><b>Join from PC, Mac, iPad, or Android:</b><br>
        <a href="https://geocloud.zoom.us/w/98120447732?tk=Qx7r">Click Here to Join</a><br>Passcode: 661204</p>
        <p>Add to calendar: the attached .ics file</p>
        <p>Our panel of hiring managers from three mapping companies will run two live mock interviews and share what
        they look for. Can&#39;t make it live? Everyone who registers gets the recording.</p>
        <p>&mdash; GeoCloud Academy</p>
        <p style="font-size:11px;color:#999">You are receiving this because you registered for a GeoCloud Academy webinar. <a href="https://geocloud.example/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VTZ_LA}
BEGIN:VEVENT
DTSTAMP:20261012T171502Z
DTSTART;TZID=America/Los_Angeles:20261021T100000
DTEND;TZID=America/Los_Angeles:20261021T110000
SUMMARY:Nailing the GIS Technical Interview (GeoCloud Academy webinar)
UID:zoom-webinar-98120447732-20261021@zoom.us
TZID:America/Los_Angeles
DESCRIPTION:Join: https://geocloud.zoom.us/w/98120447732?tk=Qx7r  Passcode: 661204
LOCATION:https://geocloud.zoom.us/w/98120447732?tk=Qx7r
ORGANIZER;CN=GeoCloud Academy:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from zoom-mail-b12.zoom.us (zoom-mail-b12.zoom.us [170.114.10.12])",
                        "2026-10-12 10:15:02", PT, "4LHq0tV5xNz2")),
        ("From", addr("GeoCloud Academy", "no-reply@zoom.us")),
        ("Reply-To", "academy@geocloud.example"),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Nailing the GIS Technical Interview Confirmation"),
        ("Date", date("2026-10-12 10:15:02", PT)),
        ("Message-ID", "<webinar.98120447732.reg.55120@zoom.us>"),
    ], mixed(html(htm), calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 41 Out-of-office auto-reply from a recruiter (thread with 2)


@mail(n(41), family="auto_reply", lang="en-US", interview=False, company="Northwind Geospatial",
      days=(("Mon", "2026-10-05"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Lever recruiter of mail 2, answering "
           "the candidate's thank-you note; mentions interview scheduling and a return date only.")
def n41() -> bytes:
    body = t("""
        Thank you for your email. I'm out of the office Monday 9/28 through Friday 10/2 with limited
        access to email, and will respond when I return on Monday, October 5.

        If your message is about interview scheduling or an offer in progress, please contact
        Northwind Geospatial Recruiting at recruiting@northwindgeo.com.

        Camille Ruiz
        Senior Technical Recruiter | Northwind Geospatial
        """)
    return message([
        ("Received", mx("from mail-sn1nam02on2090.outbound.protection.outlook.com (mail-sn1nam02on2090.outbound.protection.outlook.com [40.107.96.90])",
                        "2026-09-28 08:03:19", PT, "4KyH4mC1pRz3")),
        ("From", addr("Camille Ruiz", "camille.ruiz@northwindgeo.com")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Automatic reply: Thank you - phone screen"),
        ("Date", date("2026-09-28 08:03:19", PT)),
        ("Message-ID", "<DM6PR12MB3457F8E1C2D4A0B9E6F7A3C1D5E2B4F6@DM6PR12MB3457.namprd12.prod.outlook.com>"),
        ("In-Reply-To", "<CAE5tY0vM3nQ8wR1kZ6pL4cB9hX2dF7sG5aE@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(outlook_html(body))))


# --------------------------------------------------------------------------- 42 Bounce of a thank-you note (multipart/report)


@mail(n(42), family="bounce", lang="en-US", interview=False, company=None,
      note="Postfix DSN: the candidate's thank-you note after the Kelpwise interview (mail 1) bounced because of "
           "a mistyped domain; the returned message talks about 'this morning's interview' but nothing is "
           "scheduled.")
def n42() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <marcus.oyelaran@kelpwsie.com>: Host or domain name not found. Name service
            error for name=kelpwsie.com type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4KqZ7cL0rWz5
        X-Postfix-Sender: rfc822; tyler.brennan@example.org
        Arrival-Date: Tue, 15 Sep 2026 13:02:11 -0800 (AKDT)

        Final-Recipient: rfc822; marcus.oyelaran@kelpwsie.com
        Original-Recipient: rfc822;marcus.oyelaran@kelpwsie.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=kelpwsie.com type=AAAA: Host not found
        """)
    original = message([
        ("From", addr("Tyler Brennan", ME)),
        ("To", addr("Marcus Oyelaran", "marcus.oyelaran@kelpwsie.com")),
        ("Subject", "Thank you - technical interview this morning"),
        ("Date", date("2026-09-15 13:02:09", AK)),
        ("Message-ID", "<CAE9wQ2tR5vN1xM8kZ3pL0cY7hB4dF6sG2aW@mail.gmail.com>"),
    ], text(t("""
        Hi Marcus,

        Thank you for this morning's interview - I enjoyed digging into the kelp canopy pipeline
        and the cloud-gap question. I've been thinking more about the SAR/optical fusion idea and
        would be glad to send a short write-up if it's useful.

        Best regards,
        Tyler
        """)))
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 4KqZ7dM1sXz6; Tue, 15 Sep 2026 21:02:13 +0000 (UTC)"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-15 13:02:13", AK)),
        ("Message-ID", "<20260915210213.4KqZ7dM1sXz6@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        with_desc(attached_message(original), "Undelivered Message"),
        params="report-type=delivery-status"))


def with_desc(part, desc):
    """Prepend a Content-Description header to a part (DSN parts carry one)."""
    part.headers.insert(0, ("Content-Description", desc))
    return part


# --------------------------------------------------------------------------- 43 Mailing-list job posting


@mail(n(43), family="mailing_list", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Mailing-list post (List-Id, [akgis-l] tag) forwarding a job ad; 'interviews will be held the week of "
           "November 9' is about the employer's process, nothing for the candidate.")
def n43() -> bytes:
    body = t("""
        Posting on behalf of the Cook Inlet Geohazards Consortium - please share widely.

        Remote Sensing Specialist – InSAR & Slope Stability (Homer, AK or remote within Alaska)
        Full time, $92,000–$118,000 DOE

        The Consortium monitors landslide and volcanic hazards around lower Cook Inlet. You'll run
        the Sentinel-1 InSAR time-series processing, maintain the GNSS/InSAR data portal and work
        with our field geologists.

        Apply by October 30: https://cookinletgeohazards.example/jobs/rs-2026
        Interviews will be held the week of November 9 (in person in Homer or by video).

        Questions to Dr. Hanne Bergstrom, hbergstrom@cookinletgeohazards.example

        --
        akgis-l mailing list - Alaska GIS Users
        akgis-l@lists.akgisusers.example
        https://lists.akgisusers.example/mailman/listinfo/akgis-l
        """)
    return message([
        ("Received", mx("from lists.akgisusers.example (lists.akgisusers.example [198.51.100.77])",
                        "2026-10-16 14:40:05", AK, "4LKd2sN7wPz1")),
        ("From", addr("Hanne Bergstrom via akgis-l", "akgis-l@lists.akgisusers.example")),
        ("Reply-To", addr("Hanne Bergstrom", "hbergstrom@cookinletgeohazards.example")),
        ("To", "akgis-l@lists.akgisusers.example"),
        ("Subject", enc("[akgis-l] JOB: Remote Sensing Specialist – InSAR & Slope Stability (Homer/remote)")),
        ("Date", date("2026-10-16 14:40:05", AK)),
        ("Message-ID", "<d0a3b7e1-9f2c-4a68-b3e5-1c7f0e8d2a94@cookinletgeohazards.example>"),
        ("List-Id", "Alaska GIS Users <akgis-l.lists.akgisusers.example>"),
        ("List-Unsubscribe", "<https://lists.akgisusers.example/mailman/options/akgis-l>, "
                             "<mailto:akgis-l-request@lists.akgisusers.example?subject=unsubscribe>"),
        ("List-Post", "<mailto:akgis-l@lists.akgisusers.example>"),
        ("Precedence", "list"),
        ("Sender", addr(None, "akgis-l-bounces@lists.akgisusers.example")),
    ], text(body, cte="8bit"))


# --------------------------------------------------------------------------- 44 Vet appointment reminder (windows-1252)


@mail(n(44), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Veterinary appointment reminder (windows-1252, 8bit) for Sat Oct 3 at 10:20 AM; fixed time, not an "
           "interview.")
def n44() -> bytes:
    body = t("""
        Hi Tyler,

        This is a friendly reminder that Juno has an appointment at Spenard Creek Veterinary Clinic:

        Saturday, October 3, 2026 at 10:20 AM
        Reason: Annual wellness exam + rabies booster
        Doctor: Dr. Priscilla Amaktoolik

        Please arrive 10 minutes early and bring a fresh stool sample if you can. Dogs must be on a
        leash in the lobby – we have a few nervous cats this month!

        Reply C to confirm or call (907) 555-0147 to reschedule.

        Spenard Creek Veterinary Clinic
        """)
    return message([
        ("Received", mx("from mail.vetreminders.example (mail.vetreminders.example [198.51.100.66])",
                        "2026-09-30 09:00:12", AK, "4KzZ6pT3qCz7")),
        ("From", addr("Spenard Creek Veterinary Clinic", "reminders@vetreminders.example")),
        ("To", ME),
        ("Subject", "Appointment reminder for Juno - Sat Oct 3"),
        ("Date", date("2026-09-30 09:00:12", AK)),
        ("Message-ID", "<rem.90217.juno.20261003@vetreminders.example>"),
    ], text(body, charset="windows-1252", cte="8bit"))


# --------------------------------------------------------------------------- 45 Apartment (virtual) tour in Seattle


@mail(n(45), family="flat_viewing", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Property manager confirms a virtual apartment tour in Seattle, Sat Nov 21 11:00 AM PST; fixed time, "
           "not an interview.")
def n45() -> bytes:
    body = t("""
        Hi Tyler,

        Your tour is confirmed!

        Property: The Larkspur, 1418 NW 56th St, Seattle, WA 98107 - Unit 3C (1 bd + den)
        Tour type: Virtual (FaceTime)
        When: Saturday, November 21, 2026, 11:00 AM PST
        Leasing agent: Tiffany Ngo, (206) 555-0171

        Tiffany will call you on FaceTime at (907) 555-0143. Have your questions ready - pet
        policy, parking and storage are the popular ones. Applications can be submitted online
        after the tour; the unit is available December 15.

        RentNorthwest Property Management
        """)
    return message([
        ("Received", mx("from smtp.rentnorthwest.example (smtp.rentnorthwest.example [198.51.100.126])",
                        "2026-11-17 16:33:48", PT, "4Lf8Rw1nDvz3")),
        ("From", addr("RentNorthwest Leasing", "leasing@rentnorthwest.example")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Tour confirmed: The Larkspur, Unit 3C - Sat 11/21 11:00 AM"),
        ("Date", date("2026-11-17 16:33:48", PT)),
        ("Message-ID", "<tour.55917.confirm@rentnorthwest.example>"),
    ], text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 46 Current job: asked to sit on an interview panel (Exchange)


@mail(n(46), family="interviewer_panel", lang="en-US", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Exchange meeting request from the candidate's current manager: sit on the panel interviewing a GIS "
           "Technician candidate, Mon Nov 23 1:00-2:00 PM Alaska (ICS in UTC); the user is "
           "the interviewer, not the candidate.")
def n46() -> bytes:
    body = t("""
        Hi Tyler,

        Can you sit on the panel for Jordan Pike (GIS Technician II)? You'd cover the QGIS /
        data-QC questions - I'll send the scoring rubric Friday. Resume is in the Hiring folder on
        SharePoint.

        Thanks,
        Deb

        """)
    head = t("""
        When: Monday, November 23, 2026 1:00 PM-2:00 PM (UTC-09:00) Alaska.
        Where: Arcturus Conf Rm - Kenai (8 people)

        """)
    desc = (head + body).replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Deborah Lindqvist:mailto:dlindqvist@arcturusmapping.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tyler Brennan:mailto:tyler.brennan@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matt Ivanoff:mailto:mivanoff@arcturusmapping.example
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E008000000007A1C3E9B2D70DC01000000000000000010000000A9B8C7D6E5F40312A1B2C3D4E5F60718
SUMMARY;LANGUAGE=en-US:Interview: Jordan Pike - GIS Technician II (panel)
DTSTART:20261123T220000Z
DTEND:20261123T230000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T193502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Arcturus Conf Rm - Kenai (8 people)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("from NAM02-BN1-obe.outbound.protection.outlook.com (mail-bn1nam02on2127.outbound.protection.outlook.com [40.107.212.127])",
                        "2026-11-16 10:35:02", AK, "4Ldk0vP9wHz8")),
        ("From", addr("Deborah Lindqvist", "dlindqvist@arcturusmapping.example")),
        ("To", addr("Tyler Brennan", ME)),
        ("Cc", addr("Matt Ivanoff", "mivanoff@arcturusmapping.example")),
        ("Subject", "Interview: Jordan Pike - GIS Technician II (panel)"),
        ("Thread-Topic", "Interview: Jordan Pike - GIS Technician II (panel)"),
        ("Date", date("2026-11-16 10:35:02", AK)),
        ("Message-ID", "<SJ0PR13MB5622D0E1F2A3B4C5D6E7F8A9B0C1D2E3@SJ0PR13MB5622.namprd13.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(head + body), html(outlook_html(head + body)), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 47 Current job: holiday potluck / all-hands (Exchange)


@mail(n(47), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Exchange meeting request from the current employer's office manager: Q4 all-hands and holiday "
           "potluck, Fri Dec 11 3:00-6:00 PM Alaska; fixed time, not an interview.")
def n47() -> bytes:
    body = t("""
        Hi all,

        Q4 all-hands at 3:00 (Deb will go over the 2027 contracts and the North Slope season
        schedule), then the holiday potluck and ugly sweater contest from 4:00 in the warehouse.
        Sign-up sheet for dishes is on the fridge. Families welcome after 4!

        Rhonda
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
{VTZ_AK}
BEGIN:VEVENT
ORGANIZER;CN=Rhonda Pletnikoff:mailto:rpletnikoff@arcturusmapping.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=All Staff:mailto:allstaff@arcturusmapping.example
SUMMARY;LANGUAGE=en-US:Q4 All-Hands + Holiday Potluck
DTSTART;TZID=America/Anchorage:20261211T150000
DTEND;TZID=America/Anchorage:20261211T180000
UID:040000008200E00074C5B7101A82E00800000000B3D2C1A0F98EDC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T011011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Main office + warehouse
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    head = "When: Friday, December 11, 2026 3:00 PM-6:00 PM (UTC-09:00) Alaska.\nWhere: Main office + warehouse\n\n"
    return message([
        ("Received", mx("from NAM02-BN1-obe.outbound.protection.outlook.com (mail-bn1nam02on2130.outbound.protection.outlook.com [40.107.212.130])",
                        "2026-11-30 16:10:11", AK, "4Lp1sC6mGkz0")),
        ("From", addr("Rhonda Pletnikoff", "rpletnikoff@arcturusmapping.example")),
        ("To", addr("All Staff", "allstaff@arcturusmapping.example")),
        ("Subject", "Q4 All-Hands + Holiday Potluck"),
        ("Date", date("2026-11-30 16:10:11", AK)),
        ("Message-ID", "<SJ0PR13MB5622A9B8C7D6E5F4A3B2C1D0E9F8A7B6@SJ0PR13MB5622.namprd13.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(head + body), calendar(ics)))


# --------------------------------------------------------------------------- 48 Friend forwards her own interview confirmation (inline Gmail forward)


@mail(n(48), family="forwarded_other", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="A friend forwards (inline, Gmail style) HER OWN Greenhouse confirmation at Kelpwise, Thu Oct 1 "
           "2:00-3:00 PM Pacific, asking for tips; a confirmed interview, but not the candidate's.")
def n48() -> bytes:
    body = t("""
        Tyler!! Guess who's interviewing at Kelpwise too 😅 You did their technical round with
        Marcus, right? Any tips? Is it more ML or more pipeline stuff? Coffee on me next week.

        M

        ---------- Forwarded message ---------
        From: Hannah Voss <no-reply@greenhouse.io>
        Date: Thu, Sep 24, 2026 at 11:02 AM
        Subject: Interview Confirmation: Geospatial Data Scientist at Kelpwise
        To: Marisol Vega <marisol.vega@example.net>


        Hi Marisol,

        Thanks for making time to speak with us! Here are the details for your upcoming interview
        with Kelpwise:

        Geospatial Data Scientist - Technical Interview
        Thursday, October 1st, 2026
        2:00 PM - 3:00 PM Pacific Time (US & Canada)

        Interviewers:
          Marcus Oyelaran - Staff Engineer, Imagery Pipeline

        Location: Google Meet - https://meet.google.com/kpw-mvga-dsi

        Best,
        Hannah Voss
        Recruiting Coordinator, Kelpwise
        """)
    return message([
        ("Received", mx("from mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])",
                        "2026-09-24 19:47:30", AK, "4KwZ3nV8rBz2")),
        ("From", addr("Marisol Vega", "marisol.vega@example.net")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", "Fwd: Interview Confirmation: Geospatial Data Scientist at Kelpwise"),
        ("Date", date("2026-09-24 19:47:30", AK)),
        ("Message-ID", "<CAG8mR2vX5tQ1wN7kZ0pL3cB6hY9dF4sE8aV@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# --------------------------------------------------------------------------- 49 softgarden one-way video interview, deadline only


@mail(n(49), family="assessment_deadline", lang="en-US", interview=False, company="Borealis Satellite Services",
      days=(("Fri", "2026-10-02"),),
      note="softgarden invitation to a one-way recorded video interview, to be completed any time before Fri Oct 2 "
           "11:59 PM AKDT; only a deadline, no scheduled interview.")
def n49() -> bytes:
    body = t("""
        Dear Tyler Brennan,

        Thank you for applying for the position "Ground Station Data Engineer" at Borealis Satellite
        Services.

        As the next step, we invite you to a one-way video interview. You will be shown five
        questions and record your answers (up to 3 minutes each) whenever it suits you - no one from
        our team will be live on the call.

        Please complete your video interview by Friday, October 2, 2026, 11:59 PM (Alaska time).

        Start your video interview:
        https://borealis-satellite.softgarden.io/video-interview/2f7c0a91

        Technical requirements: a current browser (Chrome, Firefox, Edge), camera and microphone.

        Best regards,
        Your recruiting team at Borealis Satellite Services

        This e-mail was sent via softgarden e-recruiting.
        """)
    return message([
        ("Received", mx("from mx-out-2.softgarden.io (mx-out-2.softgarden.io [198.51.100.202])",
                        "2026-09-25 06:12:44", AK, "4KwR9tB0cLz4")),
        ("From", addr("Borealis Satellite Services", "noreply@softgarden.io")),
        ("To", ME_H),
        ("Subject", "Your one-way video interview - Ground Station Data Engineer"),
        ("Date", date("2026-09-25 06:12:44", AK)),
        ("Message-ID", "<sg.video.2f7c0a91.1790345564@softgarden.io>"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial">'))))


# --------------------------------------------------------------------------- 50 In-house recruiter outreach, no fixed time (RFC 2047 subject)


@mail(n(50), family="recruiter_outreach", lang="en-US", interview=False, company="Cirrus Ridge Climate",
      note="Cold outreach from an in-house Seattle recruiter ('open to a 20-minute chat sometime next week?'); "
           "no fixed time. Subject RFC 2047-encoded.")
def n50() -> bytes:
    body = t("""
        Hi Tyler,

        I came across your snow-cover and glacier-velocity work on GitHub and had to reach out. I'm
        the technical recruiter at Cirrus Ridge Climate - we're a 40-person team in Seattle building
        wildfire and snowpack risk products for utilities across the West.

        We're hiring a Staff Geospatial Engineer (remote-friendly, with a quarterly trip to Seattle),
        and your mix of SAR processing and production pipelines is exactly what the team lead
        described.

        Would you be open to a 20-minute chat sometime next week? Happy to work around Alaska time -
        just send a couple of windows that suit you, or grab one here: https://cal.com/cirrusridge-ana

        Best,
        Ana Villanueva
        Technical Recruiter, Cirrus Ridge Climate
        ana.villanueva@cirrusridge.example
        """)
    return message([
        ("Received", mx("from mail-vs1-f43.google.com (mail-vs1-f43.google.com [209.85.217.43])",
                        "2026-12-08 09:51:20", PT, "4Lt6nQ2xWbz5")),
        ("From", addr("Ana Villanueva", "ana.villanueva@cirrusridge.example")),
        ("To", addr("Tyler Brennan", ME)),
        ("Subject", enc("Staff Geospatial Engineer at Cirrus Ridge Climate ❄️🔥 - quick chat?")),
        ("Date", date("2026-12-08 09:51:20", PT)),
        ("Message-ID", "<CAD4tW8vN1qR6xM3kZ9pL2cY5hB0dF7sG3aX@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))
