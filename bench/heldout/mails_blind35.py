"""blind35: 50 hand-written mails from the inbox of a backend developer in Bengaluru.

Inbox owner: Nikhil Venkatesh <nikhil.venkatesh@example.org> (Asia/Kolkata, IST = UTC+05:30, no
DST), applying to Indian product companies, IT services firms and US/European remote-first
companies. Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), keys 24-50
negatives, in writing order; file numbers are a fixed shuffle of that order:
ORDER = random.Random(35035).sample(range(1, 51), 50).

Written blind: without reading the detector, its tests, or any other held-out set's mails.
The MIME plumbing and the checks are make.py's, imported unchanged.
"""

from __future__ import annotations

import base64
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

SET = "blind35"
ORDER = random.Random(35035).sample(range(1, 51), 50)
_written = [0]


def nxt() -> str:
    """The file name of the next mail in writing order."""
    n = ORDER[_written[0]]
    _written[0] += 1
    return f"{SET}_{n:03d}"


ME = "nikhil.venkatesh@example.org"
ME_NAME = "Nikhil Venkatesh"
ME_TO = addr(ME_NAME, ME)
IST = "Asia/Kolkata"

VTZ_KOLKATA = """BEGIN:VTIMEZONE
TZID:Asia/Kolkata
X-LIC-LOCATION:Asia/Kolkata
BEGIN:STANDARD
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
TZNAME:IST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_LOS_ANGELES = """BEGIN:VTIMEZONE
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


# --------------------------------------------------------------------------- small plumbing


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, relay: str, to: str = ME_TO,
         cc: str | None = None, reply_to: str | None = None, extra: tuple = (), lag: int = 4,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To/Received/From/To/Cc/Subject/Date/Message-ID (+ Reply-To and extras)."""
    hs = [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, "mx.google.com with ESMTPS id "
                              + mid.strip("<>").split("@")[0][-10:].replace("+", "x"), ME, lag)),
        ("From", frm),
        ("To", to),
    ]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", mid)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += list(extra)
    return hs


def ics_text(s: str) -> str:
    """Escape a TEXT value for ICS (RFC 5545 3.3.11)."""
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def esc(s: str) -> str:
    import html as _html

    return _html.escape(s, quote=False)


def paras_html(body: str, font: str = "Arial,Helvetica,sans-serif", size: str = "14px") -> str:
    """A plain body as the simple <p>/<br> HTML twin most mailers write."""
    blocks = [b for b in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:{size};color:#222222">\n{inner}\n</body></html>\n')


def pdf_stub(title: str) -> bytes:
    """A tiny one-page PDF, enough to look like an attached letter."""
    content = f"BT /F1 14 Tf 72 760 Td ({title}) Tj ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def attachment(data: bytes, ctype: str, filename: str):
    from make import Part

    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


def gcal_ics(*, method: str, uid: str, start: str, end: str, stamp: str, organizer: tuple[str, str],
             guests: list[tuple[str, str, str]], summary: str, description: str, seq: int = 0,
             status: str = "CONFIRMED", created: str, meet: str | None = None,
             location: str = "") -> str:
    """Google Calendar's invite.ics shape (UTC times, no VTIMEZONE)."""
    org_name, org_mail = organizer
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={org_name}:mailto:{org_mail}",
        f"UID:{uid}",
    ]
    for cn, mailbox, partstat in guests:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE"
                     f";CN={cn};X-NUM-GUESTS=0:mailto:{mailbox}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://{meet}")
    lines += [
        f"CREATED:{created}",
        f"DESCRIPTION:{ics_text(description)}",
        f"LAST-MODIFIED:{stamp}",
        f"LOCATION:{ics_text(location)}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{ics_text(summary)}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines)


def exchange_ics(*, method: str, tzid: str, uid: str, start: str, end: str, stamp: str,
                 organizer: tuple[str, str], attendees: list[tuple[str, str]], summary: str,
                 description: str, location: str, seq: int = 0, status: str = "CONFIRMED",
                 busy: str = "TENTATIVE", rrule: str | None = None, priority: int = 5) -> str:
    """Exchange/Outlook's meeting request shape (Windows zone name, 1601 VTIMEZONE)."""
    org_name, org_mail = organizer
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ[tzid],
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={org_name}:mailto:{org_mail}",
    ]
    for cn, mailbox in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{mailbox}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{ics_text(description)}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{ics_text(summary)}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC",
        f"PRIORITY:{priority}",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{ics_text(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY" if method != "CANCEL" else "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1" if priority == 5 else "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0" if not rrule else "X-MICROSOFT-CDO-INSTTYPE:1",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    ]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tenant}%22%7d>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={org}&tenantId={tenant}>
________________________________________________________________________________
"""

GCAL_FOOTER = """Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


# =========================================================================== positives


# 1 ------------------------------------------------------------------ Darwinbox, Indian product co
@mail(nxt(), family="darwinbox", lang="en-IN", interview=True, kind="scheduled",
      start="2026-03-12T05:30:00Z", end="2026-03-12T06:30:00Z",
      contact="swati.kulkarni@tilakcommerce.in", company="Tilak Commerce",
      local="Thu 2026-03-12 11:00", local_end="2026-03-12 12:00", zone=IST,
      note="Darwinbox 'Interview Scheduled' from a no-reply system address; 12-Mar-2026 11:00 AM-12:00 PM "
           "IST = 05:30-06:30Z; contact = the recruiter address written in the body")
def tilak_round1():
    body = t("""
        Dear Nikhil Venkatesh,

        Greetings from Tilak Commerce!

        Thank you for your interest in the Senior Backend Engineer position. We are pleased to inform
        you that your profile has been shortlisted for the next stage of our selection process.

        PFB the interview details:

        Round        : Technical Interview - Round 1
        Date         : 12-Mar-2026 (Thursday)
        Time         : 11:00 AM - 12:00 PM (IST)
        Mode         : Virtual - Microsoft Teams
        Panel        : Harish Bhat, Engineering Manager
        Meeting link : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE3ZjQ1YTgtZGI2Ny00%40thread.v2/0

        Kindly join the meeting 10 minutes before the scheduled time and ensure a stable internet
        connection, a working webcam and a headset.

        In case of any queries, please reach out to Swati Kulkarni at swati.kulkarni@tilakcommerce.in.

        Best Regards,
        Talent Acquisition Team
        Tilak Commerce Pvt. Ltd.

        This is a system generated email. Please do not reply to this email.
        Powered by Darwinbox
        """)
    rows = [("Round", "Technical Interview - Round 1"), ("Date", "12-Mar-2026 (Thursday)"),
            ("Time", "11:00 AM - 12:00 PM (IST)"), ("Mode", "Virtual - Microsoft Teams"),
            ("Panel", "Harish Bhat, Engineering Manager")]
    table = "\n".join(f'<tr><td style="padding:6px 12px;border:1px solid #dddddd;background:#f6f8fb">'
                      f'<b>{k}</b></td><td style="padding:6px 12px;border:1px solid #dddddd">{esc(v)}</td></tr>'
                      for k, v in rows)
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef1f5;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="padding:18px 28px;background:#1d3b6e;color:#ffffff;font-size:18px">Tilak Commerce</td></tr>
        <tr><td style="padding:24px 28px">
        <p>Dear Nikhil Venkatesh,</p>
        <p>Greetings from Tilak Commerce!</p>
        <p>Thank you for your interest in the Senior Backend Engineer position. We are pleased to inform you
        that your profile has been shortlisted for the next stage of our selection process.</p>
        <p>PFB the interview details:</p>
        <table cellpadding="0" cellspacing="0" style="border-collapse:collapse">
        {table}
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE3ZjQ1YTgtZGI2Ny00%40thread.v2/0"
        style="display:inline-block;margin-top:8px;padding:10px 18px;background:#4b53bc;color:#fff;text-decoration:none">Join Microsoft Teams Meeting</a></p>
        <p>Kindly join the meeting 10 minutes before the scheduled time and ensure a stable internet connection,
        a working webcam and a headset.</p>
        <p>In case of any queries, please reach out to Swati Kulkarni at
        <a href="mailto:swati.kulkarni@tilakcommerce.in">swati.kulkarni@tilakcommerce.in</a>.</p>
        <p>Best Regards,<br>Talent Acquisition Team<br>Tilak Commerce Pvt. Ltd.</p>
        </td></tr>
        <tr><td style="padding:12px 28px;font-size:11px;color:#888;border-top:1px solid #eee">This is a system
        generated email. Please do not reply to this email.<br>Powered by Darwinbox</td></tr>
        </table></td></tr></table>
        </body></html>
        """).replace("{table}", table)
    hs = head(addr("Tilak Commerce", "no-reply@darwinbox.in"),
              "Interview Scheduled | Senior Backend Engineer | Tilak Commerce",
              "2026-03-09 16:12:41", IST,
              "<0109018e2a7c4b1d-5f0c1a2e-8d44-4c1e-9a3b-2f71c0d6e4aa-000000@ap-south-1.amazonses.com>",
              relay="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              extra=(("X-SES-Outgoing", "2026.03.09-54.240.8.30"),))
    return message(hs, alt(text(body), html(page)))


# 2 ------------------------------------------------------------- IT services, F2F, many in CC
@mail(nxt(), family="human_prose", lang="en-IN", interview=True, kind="scheduled",
      start="2026-12-05T05:00:00Z", contact="rekha.sharma@vantarainfotech.com", company="Vantara Infotech",
      local="Sat 2026-12-05 10:30", zone=IST,
      note="Outlook reply on top of the candidate's choice: '5th Dec (Saturday) at 10.30 AM' face to face "
           "in Whitefield, Indian sender so IST = 05:00Z; two rounds the same day, no length -> end null; "
           "'Kindly revert with your confirmation' does not unfix the time",
      days=(("Tue", "2026-12-01"), ("Mon", "2026-11-30"), ("Fri", "2026-12-04")))
def vantara_f2f():
    body = t("""
        Hi Nikhil,

        As discussed telephonically, your face to face interview has been scheduled on 5th Dec (Saturday) at 10.30 AM. PFB the details.

        Venue : Vantara Infotech Ltd., Tower B, 4th Floor, Prestige Tech Vista, ITPL Main Road, Whitefield, Bengaluru - 560066
        Contact person at reception : Ramya K (+91 98450 31277)
        Rounds : Technical (L1) followed by Techno-Managerial (L2) on the same day

        Kindly carry the following:
        1. Hard copy of updated resume
        2. Govt. ID proof (Aadhaar / PAN / Passport)
        3. Last 3 months payslips and relieving letter from previous employer (if applicable)

        Kindly revert with your confirmation on this mail and do the needful.

        Thanks & Regards,
        Rekha Sharma
        Senior Executive - Talent Acquisition
        Vantara Infotech Ltd. | Bengaluru
        M: +91 99001 48213

        From: Nikhil Venkatesh <nikhil.venkatesh@example.org>
        Sent: Tuesday, December 1, 2026 9:12 PM
        To: Rekha Sharma <rekha.sharma@vantarainfotech.com>
        Subject: Re: Interview Schedule - Java Backend Developer (5-8 yrs) - Vantara Infotech

        Hi Rekha,

        Thanks for the update. Saturday 10.30 works better for me, as weekdays are a bit difficult with my current project.

        Regards,
        Nikhil

        From: Rekha Sharma <rekha.sharma@vantarainfotech.com>
        Sent: Monday, November 30, 2026 4:22 PM
        To: nikhil.venkatesh@example.org
        Subject: Interview Schedule - Java Backend Developer (5-8 yrs) - Vantara Infotech

        Hi Nikhil,

        Greetings from Vantara Infotech!

        Your profile has been shortlisted for the Java Backend Developer position. Please let us know which of the below slots suits you for a face to face discussion at our Whitefield office:
        1) Fri, 4th Dec - 3:00 PM
        2) Sat, 5th Dec - 10:30 AM
        """)
    cc = ", ".join([
        addr("Ramya K", "ramya.k@vantarainfotech.com"),
        addr("Suresh Babu", "suresh.babu@vantarainfotech.com"),
        addr("Prakash Hegde", "prakash.hegde@vantarainfotech.com"),
        addr("TA Bangalore", "ta.blr@vantarainfotech.com"),
        addr("Facilities Whitefield", "facilities.wfd@vantarainfotech.com"),
        addr("Mohan Das", "mohan.das@vantarainfotech.com"),
    ])
    hs = head(addr("Rekha Sharma", "rekha.sharma@vantarainfotech.com"),
              "RE: Interview Schedule - Java Backend Developer (5-8 yrs) - Vantara Infotech",
              "2026-12-02 10:47:19", IST,
              "<PN2P287MB0896A1C3E2F14B7D9C5E0A18B3F42@PN2P287MB0896.INDP287.PROD.OUTLOOK.COM>",
              relay="from IND01-MA1-obe.outbound.protection.outlook.com (mail-ma1ind01on2107.outbound.protection.outlook.com [40.107.138.107])",
              to=ME, cc=cc,
              extra=(("Thread-Topic", "Interview Schedule - Java Backend Developer (5-8 yrs) - Vantara Infotech"),
                     ("Thread-Index", "AQHbQ3f0x1kN7Yb2k0ejP7mT0cJ9CrO1Y2aAgAAB5gA="),
                     ("In-Reply-To", "<CAF3kq8uM2pYhR7e0bTzW1n4xQ9fVd6cLsA5@mail.gmail.com>"),
                     ("References", "<PN2P287MB08961D0B7A4E7F11C@PN2P287MB0896.INDP287.PROD.OUTLOOK.COM> "
                      "<CAF3kq8uM2pYhR7e0bTzW1n4xQ9fVd6cLsA5@mail.gmail.com>"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, cte="quoted-printable"),
                           html(paras_html(body, font="Calibri,sans-serif", size="11pt"))))


# 3 ------------------------------------------------------------- Greenhouse virtual onsite, PT
@mail(nxt(), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start="2026-04-21T15:00:00Z", end="2026-04-21T18:00:00Z",
      contact="tessa.morgan@quillbyte.com", company="Quillbyte",
      local="Tue 2026-04-21 08:00", local_end="2026-04-21 11:00", zone="America/Los_Angeles",
      note="Greenhouse itinerary for a virtual onsite, three sessions 8:00-11:00 AM PDT (= 8:30-11:30 PM IST "
           "as the mail says); start = first session, end = last session's end; contact = Reply-To "
           "coordinator (From is the greenhouse-mail relay)")
def quillbyte_onsite():
    body = t("""
        Hi Nikhil,

        Thanks again for sending over your availability! Your virtual onsite for the Senior Backend Engineer, Platform role is all set. Here's your schedule (all times Pacific):

        Tuesday, April 21, 2026

        8:00 AM - 8:45 AM PDT     Coding (pair programming) - Wen Li, Staff Engineer
        9:00 AM - 9:45 AM PDT     System Design - Rafael Ortiz, Principal Engineer
        10:00 AM - 11:00 AM PDT   Hiring Manager + Values - Greta Holm, Engineering Manager

        That works out to 8:30 PM - 11:30 PM IST on your end. Each session has its own Zoom link in the calendar invites you'll receive separately, and there's a 15 minute break between sessions.

        For the coding session you can use any language you're comfortable with - we use CoderPad and the link will be in that invite. No need to prepare anything for the other two.

        If anything comes up, just reply to this email.

        Best,
        Tessa

        Tessa Morgan | Recruiting Coordinator | Quillbyte
        """)
    sessions = [("8:00 AM - 8:45 AM PDT", "Coding (pair programming)", "Wen Li, Staff Engineer"),
                ("9:00 AM - 9:45 AM PDT", "System Design", "Rafael Ortiz, Principal Engineer"),
                ("10:00 AM - 11:00 AM PDT", "Hiring Manager + Values", "Greta Holm, Engineering Manager")]
    rows = "\n".join(f"<tr><td style=\"padding:4px 16px 4px 0\">{a}</td><td style=\"padding:4px 16px 4px 0\">"
                     f"<b>{b}</b></td><td>{c}</td></tr>" for a, b, c in sessions)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Nikhil,</p>
        <p>Thanks again for sending over your availability! Your virtual onsite for the Senior Backend Engineer,
        Platform role is all set. Here's your schedule (all times Pacific):</p>
        <p><b>Tuesday, April 21, 2026</b></p>
        <table cellspacing="0" cellpadding="0">
        {rows}
        </table>
        <p>That works out to 8:30 PM - 11:30 PM IST on your end. Each session has its own Zoom link in the calendar
        invites you'll receive separately, and there's a 15 minute break between sessions.</p>
        <p>For the coding session you can use any language you're comfortable with - we use CoderPad and the link
        will be in that invite. No need to prepare anything for the other two.</p>
        <p>If anything comes up, just reply to this email.</p>
        <p>Best,<br>Tessa</p>
        <p style="color:#777">Tessa Morgan | Recruiting Coordinator | Quillbyte</p>
        </div>
        <img src="https://app.greenhouse.io/email_tracking/open/8a1f5c2e.gif" width="1" height="1" alt="">
        """).replace("{rows}", rows)
    hs = head(addr("Tessa Morgan", "no-reply@us.greenhouse-mail.io"),
              "Your Virtual Onsite with Quillbyte - Tuesday, April 21",
              "2026-04-16 11:05:52", "America/Los_Angeles",
              "<6621f3b84ad1e_1b2c3f8e4a2d9c40112@greenhouse-app-7f9c8.mail>",
              relay="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.22])",
              reply_to=addr("Tessa Morgan", "tessa.morgan@quillbyte.com"))
    return message(hs, alt(text(body), html(page)))


# 4 ------------------------------------------------------- Google Calendar, Berlin, after EU DST
@mail(nxt(), family="google_calendar", lang="en-GB", interview=True, kind="scheduled",
      start="2026-03-30T12:00:00Z", end="2026-03-30T13:00:00Z",
      contact="jonas.weber@fjordline.de", company="Fjordline",
      local="Mon 2026-03-30 14:00", local_end="2026-03-30 15:00", zone="Europe/Berlin",
      note="Google Calendar invitation sent on 25 March (CET, +0100) for Monday 30 March 14:00-15:00 "
           "Berlin, after the EU switch to CEST on 29 March: 12:00-13:00Z (17:30 IST); ICS in UTC agrees; "
           "contact = organiser (hiring manager)")
def fjordline_gcal():
    desc = ("Hi Nikhil, looking forward to it! We'll sketch a small event-ingestion service together "
            "on a shared whiteboard - bring questions, no slides needed. Lea from the platform team will join.\n"
            "- Jonas")
    body = t("""
        Nikhil Venkatesh <> Fjordline | System design
        Monday 30 March 2026 \u22c5 14:00 \u2013 15:00
        Central European Time - Berlin

        Join with Google Meet
        meet.google.com/vqx-hmrd-kte

        Join by phone
        (DE) +49 30 300195023 PIN: 482115902#

        More phone numbers
        https://tel.meet/vqx-hmrd-kte?pin=4116640527519

        {desc}

        Organiser
        Jonas Weber
        jonas.weber@fjordline.de

        Guests
        Jonas Weber - organiser
        Lea Hoffmann
        nikhil.venkatesh@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N3Z0c2Q0bXU2MTJ1

        Reply for nikhil.venkatesh@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Z0c2Q0bXU2MTJ1&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Z0c2Q0bXU2MTJ1&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=N3Z0c2Q0bXU2MTJ1&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=N3Z0c2Q0bXU2MTJ1

        """).replace("{desc}", desc) + GCAL_FOOTER
    page = t(f"""
        <html><head></head><body>
        <div itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="View event"></div>
        <table role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif">
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Nikhil Venkatesh &lt;&gt; Fjordline | System design</h2></td></tr>
        <tr><td style="color:#3c4043;font-size:14px">Monday 30 March 2026 &#8901; 14:00 &ndash; 15:00<br>
        <span style="color:#70757a">Central European Time - Berlin</span></td></tr>
        <tr><td style="padding-top:16px"><a href="https://meet.google.com/vqx-hmrd-kte"
        style="background:#1a73e8;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a><br>
        <span style="color:#70757a">meet.google.com/vqx-hmrd-kte</span></td></tr>
        <tr><td style="padding-top:16px;font-size:14px">{esc(desc).replace(chr(10), '<br>')}</td></tr>
        <tr><td style="padding-top:16px;font-size:14px"><b>Organiser</b><br>Jonas Weber<br>
        <a href="mailto:jonas.weber@fjordline.de">jonas.weber@fjordline.de</a></td></tr>
        <tr><td style="padding-top:16px;font-size:14px"><b>Guests</b><br>Jonas Weber - organiser<br>Lea Hoffmann<br>
        nikhil.venkatesh@example.org</td></tr>
        <tr><td style="padding-top:24px;font-size:12px;color:#70757a">Invitation from Google Calendar<br>
        You are receiving this email because you are an attendee on the event.</td></tr>
        </table></body></html>
        """)
    ics = gcal_ics(method="REQUEST", uid="7vtsd4mu612u4k0b3h8qk5g1c0@google.com",
                   start="20260330T120000Z", end="20260330T130000Z", stamp="20260325T090514Z",
                   created="20260325T090511Z", organizer=("Jonas Weber", "jonas.weber@fjordline.de"),
                   guests=[("Jonas Weber", "jonas.weber@fjordline.de", "ACCEPTED"),
                           ("Lea Hoffmann", "lea.hoffmann@fjordline.de", "NEEDS-ACTION"),
                           (ME, ME, "NEEDS-ACTION")],
                   summary="Nikhil Venkatesh <> Fjordline | System design",
                   description=desc + "\n\nJoin with Google Meet: https://meet.google.com/vqx-hmrd-kte\n\n"
                   "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
                   meet="meet.google.com/vqx-hmrd-kte")
    hs = head(addr("Jonas Weber", "jonas.weber@fjordline.de"),
              "Invitation: Nikhil Venkatesh <> Fjordline | System design @ Mon 30 Mar 2026 14:00 - 15:00 "
              "(CEST) (nikhil.venkatesh@example.org)",
              "2026-03-25 10:05:14", "Europe/Berlin",
              "<calendar-3f0a8c52-91d4-4b7e-a6c1-0d2e9b57f318@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              to=ME, reply_to="jonas.weber@fjordline.de",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(
        alt(text(body, cte="base64", params="format=flowed; delsp=yes"), html(page),
            calendar(ics, method="REQUEST")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# 5 --------------------------------------------------------------- Lever, sent in EST, held in EDT
@mail(nxt(), family="lever", lang="en-US", interview=True, kind="scheduled",
      start="2026-03-11T14:30:00Z", end="2026-03-11T15:15:00Z",
      contact="courtney.hale@brindlehealth.com", company="Brindle Health",
      local="Wed 2026-03-11 10:30", local_end="2026-03-11 11:15", zone="America/New_York",
      note="Lever confirmation sent Fri 6 March in EST (-0500); the interview on Wed 11 March is after the "
           "US switch on 8 March, 10:30-11:15 AM EDT = 14:30-15:15Z (the IST line agrees); contact = Reply-To")
def brindle_lever():
    body = t("""
        Hi Nikhil,

        Thanks for picking a time! Here are the details for your upcoming interview with Brindle Health.

        Backend Engineer II - Technical Screen
        Wednesday, March 11, 2026
        10:30 AM - 11:15 AM EDT (8:00 PM - 8:45 PM IST)

        Interviewer: Sam Okafor, Senior Software Engineer
        Location: Google Meet - https://meet.google.com/pbc-wxyz-jkq

        The conversation will focus on a practical coding problem and some questions about APIs you've built. Please make sure you have a reliable connection and a quiet place to talk.

        Need to make a change? Reply to this email and Courtney will help you out.

        Brindle Health Talent Team

        --
        Sent via Lever. Brindle Health uses Lever to manage its hiring.
        """)
    page = t("""
        <html><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;color:#272b33">
        <p>Hi Nikhil,</p>
        <p>Thanks for picking a time! Here are the details for your upcoming interview with Brindle Health.</p>
        <div style="border:1px solid #e1e4e8;border-radius:6px;padding:16px;margin:16px 0">
        <div style="font-size:16px;font-weight:600">Backend Engineer II - Technical Screen</div>
        <div>Wednesday, March 11, 2026</div>
        <div>10:30 AM - 11:15 AM EDT (8:00 PM - 8:45 PM IST)</div>
        <div style="margin-top:8px">Interviewer: Sam Okafor, Senior Software Engineer</div>
        <div>Location: Google Meet - <a href="https://meet.google.com/pbc-wxyz-jkq">https://meet.google.com/pbc-wxyz-jkq</a></div>
        </div>
        <p>The conversation will focus on a practical coding problem and some questions about APIs you've built.
        Please make sure you have a reliable connection and a quiet place to talk.</p>
        <p>Need to make a change? Reply to this email and Courtney will help you out.</p>
        <p>Brindle Health Talent Team</p>
        <p style="font-size:11px;color:#999">Sent via Lever. Brindle Health uses Lever to manage its hiring.</p>
        </body></html>
        """)
    hs = head(addr("Brindle Health", "no-reply@hire.lever.co"),
              "Interview confirmed: Backend Engineer II at Brindle Health",
              "2026-03-06 14:20:33", "America/New_York",
              "<20260306192033.7e1d0c4b9a2f@hire.lever.co>",
              relay="from mail.hire.lever.co (mail.hire.lever.co [198.2.181.44])",
              reply_to=addr("Courtney Hale", "courtney.hale@brindlehealth.com"))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# 6 ------------------------------------------------- Exchange meeting request, India Standard Time
@mail(nxt(), family="exchange", lang="en-IN", interview=True, kind="scheduled",
      start="2026-04-15T05:30:00Z", end="2026-04-15T06:30:00Z",
      contact="pallavi.deshmukh@cognivera.com", company="Cognivera Technologies",
      local="Wed 2026-04-15 11:00", local_end="2026-04-15 12:00", zone=IST,
      note="Outlook/Exchange meeting request with TZID 'India Standard Time' and Teams block; 15th April "
           "2026 11:00 AM-12:00 PM IST = 05:30-06:30Z; panel in Cc; contact = organiser/sender")
def cognivera_exchange():
    footer = TEAMS_FOOTER.format(tid="ZGM1YTk4NzEtOTE2Yy00", tenant="5c2a7e41-0b9d-4f3a-8e62-c17d9a3b4f20",
                                 mid="438 219 774 051", pc="Fh7sQ2", org="a81c33d0-4e5f-4b21-9c6d-22e1f0b7c6a9")
    body = t("""
        Hi Nikhil,

        Greetings from Cognivera Technologies!

        Further to our telephonic conversation, please find below the invite for your L1 technical discussion with our panel. Kindly accept the invite to confirm your presence.

        Date: Wednesday, 15th April 2026
        Time: 11:00 AM to 12:00 PM IST
        Panel: Amit Joshi (Technical Architect), Kunal Shah (Lead Engineer)

        Request you to keep your camera on throughout the discussion and keep a pen & paper handy for the design part.

        Regards,
        Pallavi Deshmukh
        Talent Acquisition | Cognivera Technologies Pvt. Ltd. | Pune


        """) + footer
    ics = exchange_ics(
        method="REQUEST", tzid="India Standard Time",
        uid="040000008200E00074C5B7101A82E00800000000B0C41E7DB3C9DC01000000000000000010000000"
            "2C7F4E1A9B3D5E4F8A6B0C1D2E3F4A5B",
        start="20260415T110000", end="20260415T120000", stamp="20260410T062233Z",
        organizer=("Pallavi Deshmukh", "pallavi.deshmukh@cognivera.com"),
        attendees=[(ME_NAME, ME), ("Amit Joshi", "amit.joshi@cognivera.com"),
                   ("Kunal Shah", "kunal.shah@cognivera.com")],
        summary="Cognivera | Technical Interview - L1 | Nikhil Venkatesh | Sr. Software Engineer (Python)",
        description=body, location="Microsoft Teams Meeting")
    cc = ", ".join([addr("Amit Joshi", "amit.joshi@cognivera.com"), addr("Kunal Shah", "kunal.shah@cognivera.com"),
                    addr("Sneha Patil", "sneha.patil@cognivera.com")])
    hs = head(addr("Pallavi Deshmukh", "pallavi.deshmukh@cognivera.com"),
              "Cognivera | Technical Interview - L1 | Nikhil Venkatesh | Sr. Software Engineer (Python)",
              "2026-04-10 11:52:33", IST,
              "<PN3P287MB1342F0C6B2A94D3E8A1F5C7D9E2B4@PN3P287MB1342.INDP287.PROD.OUTLOOK.COM>",
              relay="from IND01-BMX-obe.outbound.protection.outlook.com (mail-bmxind01on2095.outbound.protection.outlook.com [40.107.239.95])",
              cc=cc,
              extra=(("Thread-Topic", "Cognivera | Technical Interview - L1 | Nikhil Venkatesh | Sr. Software Engineer (Python)"),
                     ("Thread-Index", "AdrLC2f8mQ1bYx3WT0eK9aL4Z7c1pQ=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("msip_labels", "")))
    return message(hs, alt(text(body), html(paras_html(body, font="Calibri,sans-serif", size="11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


# 7 ---------------------------------------------------------------- Zoho Recruit, html only, dd/mm
@mail(nxt(), family="zoho_recruit", lang="en-IN", interview=True, kind="scheduled",
      start="2026-04-28T09:30:00Z", end="2026-04-28T10:30:00Z",
      contact="meenakshi.r@sarangilabs.io", company="Sarangi Labs",
      local="Tue 2026-04-28 15:00", local_end="2026-04-28 16:00", zone=IST,
      note="Zoho Recruit HTML-only invitation, date written 28/04/2026 (dd/mm), 03:00 PM - 04:00 PM (IST) "
           "= 09:30-10:30Z; Round 2 = discussion of the take-home; contact = Reply-To recruiter")
def sarangi_zoho():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body>
        <div style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333333">
        <p>Dear Nikhil,</p>
        <p>Thank you for submitting the take-home assignment. Our engineering team has reviewed it and we would
        like to invite you for the next round of discussion.</p>
        <p>Please find the interview details below:</p>
        <table border="0" cellpadding="5" cellspacing="0" style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <tr><td width="170"><b>Position</b></td><td>:</td><td>Backend Developer (Golang)</td></tr>
        <tr><td><b>Interview Round</b></td><td>:</td><td>Round 2 - Assignment Discussion</td></tr>
        <tr><td><b>Interview Date</b></td><td>:</td><td>28/04/2026</td></tr>
        <tr><td><b>Interview Time</b></td><td>:</td><td>03:00 PM - 04:00 PM (IST)</td></tr>
        <tr><td><b>Interview Type</b></td><td>:</td><td>Online - Zoom</td></tr>
        <tr><td><b>Interviewer(s)</b></td><td>:</td><td>Karthik Raman, Senior Engineering Manager</td></tr>
        <tr><td><b>Meeting Link</b></td><td>:</td><td><a href="https://us06web.zoom.us/j/84120933716?pwd=SGxZcUtQd0RmM1">https://us06web.zoom.us/j/84120933716</a></td></tr>
        </table>
        <p>Please be ready to walk us through your design decisions and share your screen. Kindly keep your
        repository open in your IDE.</p>
        <p>Kindly click on one of the options below to let us know your response.</p>
        <p><a href="https://recruit.zoho.in/recruit/InterviewResponse.do?status=accept&amp;id=5c8f2e1a" style="background:#2e7d32;color:#ffffff;padding:8px 18px;text-decoration:none">Accept</a>
        &nbsp;&nbsp;<a href="https://recruit.zoho.in/recruit/InterviewResponse.do?status=decline&amp;id=5c8f2e1a" style="background:#c62828;color:#ffffff;padding:8px 18px;text-decoration:none">Decline</a></p>
        <p>Regards,<br>Meenakshi R<br>Talent Acquisition<br>Sarangi Labs Pvt. Ltd., Chennai</p>
        </div>
        </body></html>
        """)
    hs = head(addr("Sarangi Labs Talent Acquisition", "no-reply@zohorecruitmail.com"),
              "Interview Invitation - Backend Developer (Golang) - Round 2",
              "2026-04-23 17:35:08", IST,
              "<1713874508127.4411020000008551034.zohorecruitmail.com@zohorecruitmail.com>",
              relay="from sender4-op-o12.zoho.in (sender4-op-o12.zoho.in [103.117.158.12])",
              reply_to=addr("Meenakshi R", "meenakshi.r@sarangilabs.io"),
              extra=(("X-ZohoMailClient", "External"),))
    return message(hs, html(page))


# 8 ---------------------------------------------------------------- HackerRank live coding interview
@mail(nxt(), family="hackerrank", lang="en-US", interview=True, kind="scheduled",
      start="2026-05-05T14:00:00Z", end="2026-05-05T15:00:00Z", contact=None, company="Pinewheel",
      local="Tue 2026-05-05 19:30", local_end="2026-05-05 20:30", zone=IST,
      note="HackerRank live coding interview (pair programming with an interviewer at a fixed time, not a "
           "take-home test): 07:30 PM - 08:30 PM (Asia/Kolkata) = 14:00-15:00Z; no human address anywhere "
           "-> contact null")
def pinewheel_hackerrank():
    body = t("""
        Hi Nikhil Venkatesh,

        Pinewheel has invited you to a live coding interview on HackerRank.

        Interview:    Pinewheel - Backend Engineer - Live Coding
        Date:         Tuesday, May 5, 2026
        Time:         07:30 PM - 08:30 PM (Asia/Kolkata)
        Interviewer:  Adam Reyes

        Join the interview:
        https://www.hackerrank.com/interviews/pwheel-7k2m9q-backend

        Before the interview
        - Use a laptop or desktop with a recent version of Chrome or Firefox.
        - Test your audio and video: https://www.hackerrank.com/interviews/system-check
        - The interview pad supports 30+ languages and you can run your code against custom input.

        Have questions about the role or the interview? Please get in touch with your recruiter at Pinewheel.

        Good luck!
        Team HackerRank

        You received this email because Pinewheel scheduled an interview with you on HackerRank.
        """)
    page = paras_html(body)
    hs = head(addr("HackerRank", "interviews-noreply@hackerrank.com"),
              "Interview invitation from Pinewheel - Tuesday, May 5, 2026",
              "2026-04-30 13:45:12", "UTC",
              "<01000191b3c4d5e6-2f3a4b5c-6d7e-4f80-9a1b-c2d3e4f5a6b7-000000@email.amazonses.com>",
              relay="from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])")
    return message(hs, alt(text(body), html(page)))


# 9 ---------------------------------------------------- recruiter texting shorthand, CT / IST
@mail(nxt(), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-03-26T14:00:00Z", contact="kayla.brooks@tallgrassanalytics.com", company="Tallgrass Analytics",
      local="Thu 2026-03-26 09:00", zone="America/Chicago",
      note="iPhone reply on top of a quoted thread: 'thurs 9am CT / 7:30pm IST' resolved against Date "
           "(Mon 23 March, CDT): Thu 26 March 09:00 CDT = 14:00Z = 19:30 IST; '~30 min' -> end null; "
           "contact = human sender",
      days=(("Fri", "2026-03-20"),))
def tallgrass_reply():
    body = t("""
        perfect!! you're locked in for thurs 9am CT / 7:30pm IST w/ Marcus (eng mgr). invite coming from his cal shortly. should be ~30 min, super casual, no prep

        lmk if anything changes

        Kayla

        Sent from my iPhone

        > On Mar 21, 2026, at 11:02 AM, Nikhil Venkatesh <nikhil.venkatesh@example.org> wrote:
        >
        > Hi Kayla,
        >
        > Thanks for reaching out. Thursday or Friday next week works for me, any time after 7 PM IST (that's 8:30 AM Central if I've got the time difference right).
        >
        > Best,
        > Nikhil
        >
        >> On Fri, Mar 20, 2026 at 4:41 PM Kayla Brooks <kayla.brooks@tallgrassanalytics.com> wrote:
        >>
        >> Hi Nikhil! Loved your background on the ingestion side. Would you be open to a quick chat with our hiring manager Marcus about the Senior Backend Engineer (Remote) role? Send me a few windows that work on your end and I'll make it happen.
        >>
        >> Kayla Brooks
        >> Technical Recruiter, Tallgrass Analytics
        """)
    hs = head(addr("Kayla Brooks", "kayla.brooks@tallgrassanalytics.com"),
              "Re: Tallgrass Analytics - Senior Backend Engineer (Remote)",
              "2026-03-23 08:14:50", "America/Chicago",
              "<4C1B7E2A-93D5-4F0A-B8E6-1D2C3F4A5B6C@tallgrassanalytics.com>",
              relay="from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
              extra=(("In-Reply-To", "<CAF3kq8vR1nT0pYhWq2e7bTzX9m4cLsD5@mail.gmail.com>"),
                     ("References", "<CAH9x2LmK7w3pQe0@mail.gmail.com> <CAF3kq8vR1nT0pYhWq2e7bTzX9m4cLsD5@mail.gmail.com>"),
                     ("X-Mailer", "iPhone Mail (22D82)")))
    return message(hs, text(body, cte="quoted-printable"))


# 10 -------------------------------------------- coffee chat with a London hiring manager, cp1252
@mail(nxt(), family="human_prose", lang="en-GB", interview=True, kind="scheduled",
      start="2026-02-13T16:00:00Z", contact="oliver.pennington@harrowgatedata.co.uk", company="Harrowgate Data",
      local="Fri 2026-02-13 16:00", zone="Europe/London",
      note="Outlook reply (windows-1252, QP) fixing an informal coffee chat with the hiring manager: 'Friday "
           "4pm UK time' resolved against Date (Tue 10 Feb, GMT) = 16:00Z = 21:30 IST ('9.30pm for you'); "
           "part of the hiring process, so positive; no length -> end null")
def harrowgate_coffee():
    body = t("""
        Hi Nikhil,

        Thanks for getting back so quickly. Friday 4pm UK time works for me \u2013 that\u2019s 9.30pm for you, I think? Apologies for the late hour on your side.

        It\u2019ll be an informal coffee chat rather than a formal interview: I\u2019ll tell you a bit about the team and where we\u2019re heading with the platform, you tell me what you\u2019re looking for, and if it feels like a fit we\u2019ll set up the proper technical rounds afterwards. No prep needed.

        I\u2019ll send a Teams link over separately.

        Cheers,
        Oliver

        Oliver Pennington
        Head of Engineering, Platform
        Harrowgate Data Ltd | 14 Wharf Street, Leeds LS2 7EQ

        -----Original Message-----
        From: Nikhil Venkatesh <nikhil.venkatesh@example.org>
        Sent: 09 February 2026 17:48
        To: Oliver Pennington <oliver.pennington@harrowgatedata.co.uk>
        Subject: Re: Lead Backend Engineer - quick chat?

        Hi Oliver,

        Thank you, I\u2019d be glad to chat. I\u2019m free Thursday or Friday evening this week \u2013 anything between 8 and 11 pm IST works.

        Regards,
        Nikhil
        """)
    hs = head(addr("Oliver Pennington", "oliver.pennington@harrowgatedata.co.uk"),
              "RE: Lead Backend Engineer - quick chat?",
              "2026-02-10 12:31:07", "Europe/London",
              "<LO4P265MB5921B3C7D2A1E0F48C6B9A7D3E2F1@LO4P265MB5921.GBRP265.PROD.OUTLOOK.COM>",
              relay="from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2116.outbound.protection.outlook.com [40.107.138.116])",
              extra=(("Thread-Topic", "Lead Backend Engineer - quick chat?"),
                     ("Thread-Index", "AQHbe0Zt1m3kq8sYz0aVbP4d5Rj2nLKZ7hCg"),
                     ("In-Reply-To", "<CAF3kq8sP0mWx4hR2e9bTzY1n6cLsQ@mail.gmail.com>"),
                     ("References", "<CAF3kq8sP0mWx4hR2e9bTzY1n6cLsQ@mail.gmail.com>"),
                     ("Content-Language", "en-GB")))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# 11 --------------------------------------------------------------------- Calendly booking, Stockholm
@mail(nxt(), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start="2026-04-17T08:00:00Z", end="2026-04-17T08:30:00Z",
      contact="mara.lindqvist@nordvikcloud.se", company="Nordvik Cloud",
      local="Fri 2026-04-17 13:30", local_end="2026-04-17 14:00", zone=IST,
      note="Calendly invitee confirmation, 1:30pm - 2:00pm (India Standard Time) on Friday, April 17 = "
           "08:00-08:30Z (10:00 CEST for the Stockholm host); ICS in UTC agrees; contact = Reply-To host")
def nordvik_calendly():
    body = t("""
        Hi Nikhil Venkatesh,

        Your Intro call - Backend roles with Mara Lindqvist at 1:30pm (India Standard Time) on Friday, April 17, 2026 is scheduled.

        Event Type:
        Intro call - Backend roles

        Event Date/Time:
        1:30pm - 2:00pm (India Standard Time) on Friday, April 17, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/owk-tfzh-mra

        Description:
        A first conversation about the backend openings in our Stockholm/remote platform team: your background, what we're building, and the process from here.

        Invitee Time Zone:
        India Standard Time

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1a0e9f-3b2d-4e5f-9a8b-1c2d3e4f5a6b
        Reschedule: https://calendly.com/reschedulings/7c1a0e9f-3b2d-4e5f-9a8b-1c2d3e4f5a6b

        Powered by Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:7c1a0e9f-3b2d-4e5f-9a8b-1c2d3e4f5a6b@calendly.com",
        "DTSTAMP:20260414T033312Z", "DTSTART:20260417T080000Z", "DTEND:20260417T083000Z",
        "SUMMARY:Intro call - Backend roles between Mara Lindqvist and Nikhil Venkatesh",
        "ORGANIZER;CN=Mara Lindqvist:mailto:mara.lindqvist@nordvikcloud.se",
        f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{ME}",
        "LOCATION:https://meet.google.com/owk-tfzh-mra",
        "DESCRIPTION:Event Name: Intro call - Backend roles\\n\\nLocation: This is a Google Meet web "
        "conference.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/"
        "7c1a0e9f-3b2d-4e5f-9a8b-1c2d3e4f5a6b\\n\\nPowered by Calendly.com",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call - Backend roles with Mara Lindqvist on Friday, April 17, 2026",
              "2026-04-14 03:33:12", "UTC",
              "<0100018ed8b2c3a4-9e8f7a6b-5c4d-3e2f-1a0b-9c8d7e6f5a4b-000000@email.amazonses.com>",
              relay="from a9-112.smtp-out.amazonses.com (a9-112.smtp-out.amazonses.com [54.240.9.112])",
              reply_to=addr("Mara Lindqvist", "mara.lindqvist@nordvikcloud.se"))
    return message(hs, mixed(alt(text(body), html(paras_html(body, font="Proxima Nova,Arial,sans-serif"))),
                             calendar(ics, method=None, ctype="text/calendar", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# 12 ----------------------------------------------------------------- Workday, html only base64
@mail(nxt(), family="workday", lang="en-US", interview=True, kind="scheduled",
      start="2026-05-18T09:00:00Z", end="2026-05-18T10:00:00Z",
      contact="kavitha.nair@meridiafinancial.com", company="Meridia Financial",
      local="Mon 2026-05-18 14:30", local_end="2026-05-18 15:30", zone=IST,
      note="Workday notification (HTML only, base64) from the tenant mailbox: Monday, 18 May 2026, 2:30 PM - "
           "3:30 PM India Standard Time = 09:00-10:00Z; contact = recruiter address in the body")
def meridia_workday():
    page = t("""
        <html><head><meta charset="UTF-8"><title>Interview Scheduled</title></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #dcdcdc">
        <tr><td style="background:#00306b;padding:14px 24px;color:#ffffff;font-size:20px">Meridia</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Nikhil,</p>
        <p>Thank you for your interest in Meridia. We are pleased to invite you to interview for the
        <b>Senior Software Engineer (Java/Kafka)</b> position (R-0042871) at Meridia Technology Centre, Bengaluru.</p>
        <p><b>Interview Details</b><br>
        Date: Monday, 18 May 2026<br>
        Time: 2:30 PM - 3:30 PM India Standard Time<br>
        Format: Microsoft Teams video interview<br>
        Interviewers: Deepak Raghunathan (Software Engineering Lead), Aditi Kapoor (Senior Software Engineer)</p>
        <p>The Teams link will be sent to you in a separate calendar invitation by the interview panel.</p>
        <p>Should you have any questions, please contact your recruiter, Kavitha Nair, at
        <a href="mailto:kavitha.nair@meridiafinancial.com">kavitha.nair@meridiafinancial.com</a>.</p>
        <p>You can also review your application status at any time in your
        <a href="https://meridia.wd5.myworkdayjobs.com/en-US/Meridia_Careers/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br>Meridia Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#777777;background:#f5f5f5">Please do not reply to this
        message. This mailbox is not monitored.</td></tr>
        </table>
        </body></html>
        """)
    hs = head(addr("Meridia Financial", "meridia@myworkday.com"),
              "Interview Scheduled: Senior Software Engineer (Java/Kafka) - R-0042871",
              "2026-05-13 07:48:02", "UTC",
              "<1843627117.339021.1778658482117@wd5-prod-mail-31.myworkday.com>",
              relay="from wd5-smtp-out-07.myworkday.com (wd5-smtp-out-07.myworkday.com [198.187.66.75])")
    return message(hs, html(page, cte="base64"))


# 13 ---------------------------------------------------------------------------- forward to self
@mail(nxt(), family="forward", lang="en-IN", interview=True, kind="scheduled",
      start="2026-06-09T11:30:00Z", end="2026-06-09T12:15:00Z",
      contact="sai.prasad@kestrellogistics.tech", company="Kestrel Logistics Tech",
      local="Tue 2026-06-09 17:00", local_end="2026-06-09 17:45", zone=IST,
      note="The candidate forwards an HR mail from his second address to himself: 09-Jun-2026 (Tuesday) 5:00 "
           "PM - 5:45 PM IST = 11:30-12:15Z; sender is the candidate, so contact = the HR address in the "
           "forwarded header",
      days=(("Fri", "2026-06-05"),))
def kestrel_forward():
    body = t("""
        saving this here, the other inbox is a mess

        ---------- Forwarded message ---------
        From: Sai Prasad <sai.prasad@kestrellogistics.tech>
        Date: Fri, 5 Jun 2026 at 18:47
        Subject: Interview Schedule - Techno Managerial Round - Kestrel Logistics Tech
        To: <nikhil.v.dev@example.com>
        Cc: Anand Iyer <anand.iyer@kestrellogistics.tech>


        Dear Nikhil,

        Greetings from Kestrel!

        Congratulations on clearing the online assessment and the technical round. Your Techno-Managerial round is scheduled as below:

        Date: 09-Jun-2026 (Tuesday)
        Time: 5:00 PM - 5:45 PM IST
        Interviewer: Mr. Anand Iyer, Director - Engineering
        Mode: Google Meet - https://meet.google.com/kst-rqpw-bnd

        Kindly confirm your availability by replying to this mail.

        Thanks & Regards,
        Sai Prasad
        HR - Talent Acquisition
        Kestrel Logistics Tech Pvt. Ltd., Hyderabad
        """)
    hs = head(addr("Nikhil V", "nikhil.v.dev@example.com"),
              "Fwd: Interview Schedule - Techno Managerial Round - Kestrel Logistics Tech",
              "2026-06-06 08:22:45", IST,
              "<CAL9mW2pQx7rT4yN0bZ3e1kV8cHsF6jD@mail.gmail.com>",
              relay="from mail-lj1-f172.google.com (mail-lj1-f172.google.com [209.85.208.172])",
              to=ME,
              extra=(("In-Reply-To", "<PN0P287MB2214C5E3A1B7F94D@PN0P287MB2214.INDP287.PROD.OUTLOOK.COM>"),
                     ("References", "<PN0P287MB2214C5E3A1B7F94D@PN0P287MB2214.INDP287.PROD.OUTLOOK.COM>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 14 ----------------------------------------------------------------------- Keka Hire + ICS
@mail(nxt(), family="keka", lang="en-IN", interview=True, kind="scheduled",
      start="2026-06-24T10:30:00Z", end="2026-06-24T11:15:00Z",
      contact="shruthi.gowda@brahmamobility.com", company="Brahma Mobility",
      local="Wed 2026-06-24 16:00", local_end="2026-06-24 16:45", zone=IST,
      note="Keka Hire notification with ICS (TZID Asia/Kolkata): Jun 24, 2026, 04:00 PM - 04:45 PM = "
           "10:30-11:15Z; hiring manager round; contact = Reply-To recruiter (ICS organiser is the no-reply)")
def brahma_keka():
    body = t("""
        Hi Nikhil,

        Your interview for the role of Backend Engineer II at Brahma Mobility has been scheduled.

        Round: Hiring Manager Round
        When: Jun 24, 2026, 04:00 PM - 04:45 PM (Asia/Kolkata)
        Where: Google Meet - https://meet.google.com/bmx-kqre-tow
        Interviewer(s): Raghav Menon

        Please add this to your calendar using the attached invite. If you would like to reschedule, reply to this email and your recruiter will get back to you.

        All the best!
        Team Brahma Mobility

        Sent via Keka Hire
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Keka//Keka Hire//EN", "VERSION:2.0", "METHOD:REQUEST", VTZ_KOLKATA,
        "BEGIN:VEVENT", "UID:keka-hire-int-88412f7c-2b1d-4a6e-9f03-7e5c1d2b3a4f",
        "DTSTAMP:20260620T054422Z",
        "DTSTART;TZID=Asia/Kolkata:20260624T160000", "DTEND;TZID=Asia/Kolkata:20260624T164500",
        "SUMMARY:Interview: Hiring Manager Round - Backend Engineer II - Nikhil Venkatesh",
        "ORGANIZER;CN=Brahma Mobility:mailto:no-reply@keka.com",
        f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "ATTENDEE;CN=Raghav Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:raghav.menon@brahmamobility.com",
        "LOCATION:https://meet.google.com/bmx-kqre-tow",
        "DESCRIPTION:Hiring Manager Round for Backend Engineer II",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Brahma Mobility", "no-reply@keka.com"),
              "Interview scheduled - Backend Engineer II | Brahma Mobility",
              "2026-06-20 11:14:22", IST,
              "<2f8c1b7e.AWQAAFx9kQ0AAAAAAAAAAKj3@mailer.keka.com>",
              relay="from mta-92.keka.com (mta-92.keka.com [13.126.44.92])",
              reply_to=addr("Shruthi Gowda", "shruthi.gowda@brahmamobility.com"))
    return message(hs, mixed(alt(text(body), html(paras_html(body, font="Inter,Arial,sans-serif"))),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="interview.ics", disposition="attachment", name_param=True)))


# 15 ------------------------------------------------------------- consultancy, short, 'tmrw'
@mail(nxt(), family="human_prose", lang="en-IN", interview=True, kind="scheduled",
      start="2026-07-16T07:00:00Z", contact="pooja.n@talentsphere.co.in", company="Fintrail Payments",
      local="Thu 2026-07-16 12:30", zone=IST,
      note="Third-party consultancy's short mail: L2 with the client 'tmrw 12:30 PM', resolved against Date "
           "(Wed 15 July, IST) = Thu 16 July 07:00Z; company = the hiring client, contact = the consultant")
def talentsphere_l2():
    body = t("""
        Hi Nikhil,

        Ur L2 interview with our client Fintrail Payments is confirmed for tmrw 12:30 PM. Pls find the Teams link below. Join 5 mins early n keep ur camera on.

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4YjI3NTEtYTc2OS00%40thread.v2/0

        All the best!

        Regards,
        Pooja N
        Sr. Recruiter | Talentsphere Consulting
        +91 80 4112 7788

        Get Outlook for Android<https://aka.ms/AAb9ysg>
        """)
    hs = head(addr("Pooja N", "pooja.n@talentsphere.co.in"),
              "L2 interview confirmed - Fintrail Payments - Sr Backend Engg",
              "2026-07-15 10:05:56", IST,
              "<SI2PR04MB5087D3A2C1B9E8F7A6D5C4B3A2918@SI2PR04MB5087.apcprd04.prod.outlook.com>",
              relay="from APC01-SG2-obe.outbound.protection.outlook.com (mail-sgaapc01on2101.outbound.protection.outlook.com [40.107.215.101])")
    return message(hs, text(body, cte="8bit"))


# 16 ------------------------------------------------- final round, US, html only base64, 11/19
@mail(nxt(), family="human_prose", lang="en-US", interview=True, kind="scheduled",
      start="2026-11-19T13:30:00Z", end="2026-11-19T14:30:00Z",
      contact="jenna.alvarez@corvane.com", company="Corvane",
      local="Thu 2026-11-19 08:30", local_end="2026-11-19 09:30", zone="America/New_York",
      note="HTML-only (base64) recruiter mail: final round 'Thursday, 11/19 at 8:30 AM ET (7:00 PM IST)', "
           "60 minutes; US back on EST since 1 Nov: 13:30-14:30Z; contact = human sender")
def corvane_final():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:small">
        <div>Hi Nikhil,</div><div><br></div>
        <div>Great news &mdash; the team really enjoyed your system design session last week, and we'd love to
        move you forward to the final round!</div><div><br></div>
        <div>As we discussed on the phone this morning, you're confirmed for <b>Thursday, 11/19 at 8:30 AM ET
        (7:00 PM IST)</b> with Priya Shankar, our VP of Engineering. It's a 60-minute conversation: a deep
        dive on a project you're proud of, how you approach on-call and incidents, and plenty of time for
        your questions.</div><div><br></div>
        <div>Zoom: <a href="https://corvane.zoom.us/j/96011827734">https://corvane.zoom.us/j/96011827734</a>
        (passcode 418822)</div><div><br></div>
        <div>If anything changes on your side, just let me know.</div><div><br></div>
        <div>Best,</div><div>Jenna</div><div><br></div>
        <div style="color:#888">Jenna Alvarez | Senior Technical Recruiter | Corvane<br>Boston, MA</div>
        </div></body></html>
        """)
    hs = head(addr("Jenna Alvarez", "jenna.alvarez@corvane.com"),
              "Final round \u2013 Thursday 11/19 with our VP of Engineering",
              "2026-11-16 09:10:44", "America/New_York",
              "<CAKx7Pq2mN8vR0tYz3eW5bL1c9HsD4fG@mail.gmail.com>",
              relay="from mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])")
    return message(hs, html(page, cte="base64"))


# 17 ------------------------------------------------------------------- 'preponed', Indian HR
@mail(nxt(), family="human_prose", lang="en-IN", interview=True, kind="rescheduled",
      start="2026-08-20T06:00:00Z", end="2026-08-20T07:00:00Z",
      contact="anusha.reddy@sahyoghealth.in", company="Sahyog Health Technologies",
      local="Thu 2026-08-20 11:30", local_end="2026-08-20 12:30", zone=IST,
      note="'preponed from Friday (21-Aug-2026) 3:00 PM to Thursday (20-Aug-2026) 11:30 AM IST', 'Duration "
           "remains 1 hour': new slot 06:00-07:00Z; old time also in the mail; contact = human sender",
      days=(("Fri", "2026-08-21"),))
def sahyog_preponed():
    body = t("""
        Dear Nikhil,

        Hope you are doing well.

        Due to the travel plans of the panel member, your Round 2 interview has been preponed from Friday (21-Aug-2026) 3:00 PM to Thursday (20-Aug-2026) 11:30 AM IST. Duration remains 1 hour and the MS Teams link shared earlier remains the same.

        Apologies for the inconvenience caused. Kindly acknowledge this mail.

        Warm Regards,
        Anusha Reddy
        HR Business Partner - Talent Acquisition
        Sahyog Health Technologies Pvt Ltd
        Cyber Towers, Hitec City, Hyderabad - 500081
        """)
    hs = head(addr("Anusha Reddy", "anusha.reddy@sahyoghealth.in"),
              "Interview Preponed - Round 2 - Backend Engineer - Sahyog Health",
              "2026-08-18 15:26:40", IST,
              "<MA0P287MB1177E2D4C6A8B0F13579BDF2468AC@MA0P287MB1177.INDP287.PROD.OUTLOOK.COM>",
              relay="from IND01-MAX-obe.outbound.protection.outlook.com (mail-maxind01on2071.outbound.protection.outlook.com [40.107.222.71])",
              cc=addr("Srinivas Varma", "srinivas.varma@sahyoghealth.in"),
              extra=(("Importance", "high"), ("X-Priority", "1"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(paras_html(body, font="Calibri,sans-serif", size="11pt"))))


# 18 ------------------------------------------ Google Calendar update across the EU DST end
@mail(nxt(), family="google_calendar", lang="en-GB", interview=True, kind="rescheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
      contact="femke.devries@korvel.nl", company="Korvel",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Amsterdam",
      note="Google Calendar 'Updated invitation' sent Thu 22 Oct in CEST (+0200); moved from Fri 23 Oct to "
           "Mon 26 Oct 10:00-11:00 Amsterdam, after the 25 Oct switch back to CET: 09:00-10:00Z (14:30 "
           "IST); ICS SEQUENCE:1 in UTC agrees; contact = organiser",
      days=(("Fri", "2026-10-23"),))
def korvel_update():
    desc = ("Hi Nikhil, as mentioned in my mail, Bas is out on Friday so we've moved this to Monday "
            "morning. Same agenda: 60 min, live coding + a bit of API design. Femke")
    body = t("""
        This event has been updated
        Changed: time

        Korvel | Backend interview (Nikhil V.)
        Monday 26 October 2026 \u22c5 10:00 \u2013 11:00
        Central European Time - Amsterdam

        Join with Google Meet
        meet.google.com/ymn-zbcq-wrt

        {desc}

        Organiser
        Femke de Vries
        femke.devries@korvel.nl

        Guests
        Femke de Vries - organiser
        Bas Smit
        nikhil.venkatesh@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NmQ0cjh0Y2sxZzBr

        Reply for nikhil.venkatesh@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NmQ0cjh0Y2sxZzBr&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NmQ0cjh0Y2sxZzBr&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NmQ0cjh0Y2sxZzBr&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=NmQ0cjh0Y2sxZzBr

        """).replace("{desc}", desc) + GCAL_FOOTER
    page = t("""
        <html><head></head><body>
        <table role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <tr><td style="font-size:14px;color:#d93025">This event has been updated</td></tr>
        <tr><td style="font-size:12px;color:#70757a">Changed: time</td></tr>
        <tr><td><h2 style="font-size:22px;font-weight:400">Korvel | Backend interview (Nikhil V.)</h2></td></tr>
        <tr><td style="font-size:14px"><span style="background:#fce8e6">Monday 26 October 2026 &#8901; 10:00 &ndash; 11:00</span><br>
        <span style="color:#70757a">Central European Time - Amsterdam</span><br>
        <s style="color:#70757a">Friday 23 October 2026 &#8901; 10:00 &ndash; 11:00</s></td></tr>
        <tr><td style="padding-top:16px"><a href="https://meet.google.com/ymn-zbcq-wrt"
        style="background:#1a73e8;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></td></tr>
        <tr><td style="padding-top:16px;font-size:14px">{desc}</td></tr>
        <tr><td style="padding-top:16px;font-size:14px"><b>Organiser</b><br>Femke de Vries<br>
        <a href="mailto:femke.devries@korvel.nl">femke.devries@korvel.nl</a></td></tr>
        <tr><td style="padding-top:24px;font-size:12px;color:#70757a">Invitation from Google Calendar</td></tr>
        </table></body></html>
        """).replace("{desc}", esc(desc))
    ics = gcal_ics(method="REQUEST", uid="6d4r8tck1g0k9q2m5v7b3n1c8s@google.com",
                   start="20261026T090000Z", end="20261026T100000Z", stamp="20261022T144012Z",
                   created="20261012T081530Z", organizer=("Femke de Vries", "femke.devries@korvel.nl"),
                   guests=[("Femke de Vries", "femke.devries@korvel.nl", "ACCEPTED"),
                           ("Bas Smit", "bas.smit@korvel.nl", "ACCEPTED"),
                           (ME, ME, "ACCEPTED")],
                   summary="Korvel | Backend interview (Nikhil V.)",
                   description=desc + "\n\nJoin with Google Meet: https://meet.google.com/ymn-zbcq-wrt",
                   seq=1, meet="meet.google.com/ymn-zbcq-wrt")
    hs = head(addr("Femke de Vries", "femke.devries@korvel.nl"),
              "Updated invitation: Korvel | Backend interview (Nikhil V.) @ Mon 26 Oct 2026 10:00 - 11:00 "
              "(CET) (nikhil.venkatesh@example.org)",
              "2026-10-22 16:40:12", "Europe/Amsterdam",
              "<calendar-b81e4d27-6c3a-4f95-8e0d-1a2b3c4d5e6f@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              to=ME, reply_to="femke.devries@korvel.nl",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(
        alt(text(body, cte="base64", params="format=flowed; delsp=yes"), html(page),
            calendar(ics, method="REQUEST")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# 19 ------------------------------------------------- reschedule across the US DST end, PDT -> PST
@mail(nxt(), family="goodtime", lang="en-US", interview=True, kind="rescheduled",
      start="2026-11-03T17:00:00Z", end="2026-11-03T18:00:00Z",
      contact="priya.natarajan@lanternfish.ai", company="Lanternfish Robotics",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/Los_Angeles",
      note="Coordinator reschedule sent Tue 27 Oct in PDT; new time Tue 3 Nov 9:00-10:00 AM PST (US back on "
           "standard time on 1 Nov) = 17:00-18:00Z = 10:30-11:30 PM IST as written; previous slot Thu 29 "
           "Oct PDT also shown; ICS TZID America/Los_Angeles SEQUENCE:2; contact = Reply-To coordinator",
      days=(("Thu", "2026-10-29"),))
def lanternfish_resched():
    body = t("""
        Hi Nikhil,

        Your interview has been rescheduled. Please see the updated details below and disregard the previous invitation.

        NEW TIME
        Tuesday, November 3, 2026
        9:00 AM - 10:00 AM PST (Pacific Time)
        10:30 PM - 11:30 PM IST

        Previously: Thursday, October 29, 2026, 9:00 AM - 10:00 AM PDT

        Interviewer: Ben Castillo, Senior Software Engineer
        Format: Technical interview (live coding) on Zoom
        Zoom: https://lanternfish.zoom.us/j/93120554478

        An updated calendar invitation is attached. If the new time doesn't work for you, reply to this email and we'll find another slot.

        Thanks,
        Priya Natarajan
        Recruiting Coordinator, Lanternfish Robotics

        Scheduled with GoodTime
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//GoodTime.io//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
        VTZ_LOS_ANGELES,
        "BEGIN:VEVENT", "UID:gt-evt-3a9f2c71-5d4e-4b8a-a0c6-9e1f7d2b4c8a@goodtime.io",
        "DTSTAMP:20261027T200215Z",
        "DTSTART;TZID=America/Los_Angeles:20261103T090000", "DTEND;TZID=America/Los_Angeles:20261103T100000",
        "SUMMARY:Lanternfish Robotics Interview - Nikhil Venkatesh - Backend Engineer\\, Fleet Services",
        "ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@lanternfish.ai",
        f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "LOCATION:https://lanternfish.zoom.us/j/93120554478",
        "DESCRIPTION:Technical interview (live coding) with Ben Castillo.\\nZoom: https://lanternfish.zoom.us/j/"
        "93120554478",
        "SEQUENCE:2", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Lanternfish Robotics Recruiting", "interviews@lanternfish.ai"),
              "Rescheduled: Lanternfish Robotics Interview - Backend Engineer, Fleet Services",
              "2026-10-27 13:02:15", "America/Los_Angeles",
              "<gt.3a9f2c71.20261027200215.7731@mail.goodtime.io>",
              relay="from o1.mail.goodtime.io (o1.mail.goodtime.io [149.72.140.18])",
              reply_to=addr("Priya Natarajan", "priya.natarajan@lanternfish.ai"))
    return message(hs, mixed(alt(text(body), html(paras_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# 20 ---------------------------------------------------- hiring manager moves it, Gmail reply
@mail(nxt(), family="human_prose", lang="en-IN", interview=True, kind="rescheduled",
      start="2026-09-11T06:45:00Z", contact="vikas@quorrasystems.com", company="Quorra Systems",
      local="Fri 2026-09-11 12:15", zone=IST,
      note="Hiring manager's Gmail reply on top of the thread: 'Moved it to Fri, 12.15 pm IST' resolved "
           "against Date (Tue 8 Sept) = Fri 11 Sept 06:45Z; the old slot (Wed 9 Sept 6 pm) is only in "
           "the quote; no length -> end null; contact = human sender",
      days=(("Wed", "2026-09-09"), ("Fri", "2026-09-04"), ("Tue", "2026-09-08")))
def quorra_moved():
    body = t("""
        No worries at all Nikhil. Moved it to Fri, 12.15 pm IST - same Meet link, I've updated the invite.

        See you then,
        Vikas

        On Tue, 8 Sept 2026 at 19:31, Nikhil Venkatesh <nikhil.venkatesh@example.org> wrote:
        > Hi Vikas,
        >
        > Apologies for the short notice, but a production release at work has landed on Wednesday evening and I may not be able to step away. Would it be possible to move our discussion to later this week? Thursday after 6 PM or Friday any time works for me.
        >
        > Regards,
        > Nikhil
        >
        > On Fri, 4 Sept 2026 at 11:20, Vikas Malhotra <vikas@quorrasystems.com> wrote:
        >> Hi Nikhil, thanks for the chat with Neha. Let's do Wed 9th Sept, 6 pm IST for the hiring manager discussion for the Backend Lead role. Will send a Meet invite.
        >>
        >> Vikas Malhotra
        >> VP Engineering, Quorra Systems, Gurugram
        """)
    hs = head(addr("Vikas Malhotra", "vikas@quorrasystems.com"),
              "Re: Backend Lead - discussion on Wed",
              "2026-09-08 22:05:31", IST,
              "<CAOq8rYp3nT5vW0zK2mB7eX1c4LsH9dF@mail.gmail.com>",
              relay="from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])",
              extra=(("In-Reply-To", "<CAF3kq8tW5nY2pQr0e7bZx1m9cLsK4@mail.gmail.com>"),
                     ("References", "<CAOq8rYn1mR4@mail.gmail.com> <CAF3kq8tW5nY2pQr0e7bZx1m9cLsK4@mail.gmail.com>")),
              )
    return message(hs, alt(text(body), html(gmail_html(body))))


# 21 --------------------------------------------------------- Google Calendar cancellation, BST
@mail(nxt(), family="google_calendar", lang="en-GB", interview=True, kind="cancelled",
      start="2026-07-09T14:00:00Z", end="2026-07-09T15:00:00Z",
      contact="hannah.price@pebblestack.co.uk", company="Pebblestack",
      local="Thu 2026-07-09 15:00", local_end="2026-07-09 16:00", zone="Europe/London",
      note="Google Calendar cancellation with a note (METHOD:CANCEL): Thursday 9 July 15:00-16:00 UK time "
           "(BST) = 14:00-15:00Z; hiring paused, no new time; contact = organiser")
def pebblestack_cancel():
    note = ("Hi Nikhil, so sorry - we've had to pause hiring for this role, so I'm cancelling Thursday's "
            "interview. I'll reach out if anything changes. Hannah")
    body = t("""
        This event has been cancelled with a note:
        "{note}"

        Backend Engineer - Technical Interview (Nikhil Venkatesh)
        Thursday 9 July 2026 \u22c5 15:00 \u2013 16:00
        United Kingdom Time

        Organiser
        Hannah Price
        hannah.price@pebblestack.co.uk

        Guests
        Hannah Price - organiser
        Tom Ashworth
        nikhil.venkatesh@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MmE3ZTFjNXE4cDN2

        """).replace("{note}", note) + GCAL_FOOTER.replace(
        "You are receiving this email because you are an attendee on the event. To stop receiving future "
        "updates for this event, decline this event.",
        "You are receiving this email because you are an attendee on the event.")
    page = t("""
        <html><head></head><body>
        <table role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <tr><td style="font-size:14px">This event has been cancelled with a note:</td></tr>
        <tr><td style="font-size:14px;padding:8px 0;font-style:italic">&quot;{note}&quot;</td></tr>
        <tr><td><h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Backend Engineer - Technical Interview (Nikhil Venkatesh)</h2></td></tr>
        <tr><td style="font-size:14px">Thursday 9 July 2026 &#8901; 15:00 &ndash; 16:00<br>
        <span style="color:#70757a">United Kingdom Time</span></td></tr>
        <tr><td style="padding-top:16px;font-size:14px"><b>Organiser</b><br>Hannah Price<br>
        <a href="mailto:hannah.price@pebblestack.co.uk">hannah.price@pebblestack.co.uk</a></td></tr>
        <tr><td style="padding-top:24px;font-size:12px;color:#70757a">Invitation from Google Calendar</td></tr>
        </table></body></html>
        """).replace("{note}", esc(note))
    ics = gcal_ics(method="CANCEL", uid="2a7e1c5q8p3v6n0m4k9j1h7g5f@google.com",
                   start="20260709T140000Z", end="20260709T150000Z", stamp="20260706T091207Z",
                   created="20260629T110244Z", organizer=("Hannah Price", "hannah.price@pebblestack.co.uk"),
                   guests=[("Hannah Price", "hannah.price@pebblestack.co.uk", "ACCEPTED"),
                           ("Tom Ashworth", "tom.ashworth@pebblestack.co.uk", "ACCEPTED"),
                           (ME, ME, "ACCEPTED")],
                   summary="Backend Engineer - Technical Interview (Nikhil Venkatesh)",
                   description="Technical interview with Tom Ashworth (Staff Engineer).",
                   seq=1, status="CANCELLED")
    hs = head(addr("Hannah Price", "hannah.price@pebblestack.co.uk"),
              "Cancelled event with note: Backend Engineer - Technical Interview (Nikhil Venkatesh) @ Thu 9 Jul "
              "2026 15:00 - 16:00 (BST) (nikhil.venkatesh@example.org)",
              "2026-07-06 10:12:07", "Europe/London",
              "<calendar-7d2f9a1e-4b6c-4e8d-b0a3-5c6d7e8f9a0b@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              to=ME, reply_to="hannah.price@pebblestack.co.uk",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(
        alt(text(body, cte="base64", params="format=flowed; delsp=yes"), html(page),
            calendar(ics, method="CANCEL")),
        calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True)))


# 22 ----------------------------------------------------------- 'stands cancelled', us-ascii
@mail(nxt(), family="human_prose", lang="en-IN", interview=True, kind="cancelled",
      start="2026-06-18T05:30:00Z", contact="divya.prakash@aarnaretail.com", company="Aarna Retail Tech",
      local="Thu 2026-06-18 11:00", zone=IST,
      note="Indian HR mail (us-ascii, 7bit): interview 'on 18-Jun-2026 (Thursday) at 11:00 AM stands "
           "cancelled' as the position is on hold; IST = 05:30Z; no length -> end null; contact = sender")
def aarna_cancel():
    body = t("""
        Dear Nikhil,

        This is to inform you that your interview scheduled on 18-Jun-2026 (Thursday) at 11:00 AM stands cancelled, as the position has been put on hold by the business team.

        We regret the inconvenience caused. We will revert to you as and when the requirement reopens.

        Thanks & Regards,
        Divya Prakash
        Talent Acquisition
        Aarna Retail Tech Pvt. Ltd.
        Embassy Golf Links, Bengaluru
        """)
    hs = head(addr("Divya Prakash", "divya.prakash@aarnaretail.com"),
              "Interview Cancelled - Backend Developer - 18-Jun-2026",
              "2026-06-15 12:40:03", IST,
              "<000001dcf0a3$4b2e1c70$e18a5550$@aarnaretail.com>",
              relay="from smtp.aarnaretail.com (smtp.aarnaretail.com [103.21.58.140])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzwozGmS2+ZqX3kT1e0aPqv1cW9hA=="),
                     ("Content-Language", "en-in")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# 23 --------------------------------------------------- Exchange cancellation, Eastern Standard Time
@mail(nxt(), family="exchange", lang="en-US", interview=True, kind="cancelled",
      start="2026-10-02T14:00:00Z", end="2026-10-02T15:00:00Z",
      contact="marcus.bell@halvorsenpike.com", company="Halvorsen & Pike",
      local="Fri 2026-10-02 10:00", local_end="2026-10-02 11:00", zone="America/New_York",
      note="Outlook 'Canceled:' meeting (METHOD:CANCEL, TZID 'Eastern Standard Time'): Friday 2 Oct "
           "10:00-11:00 AM EDT = 14:00-15:00Z; role filled internally, no new time; contact = organiser")
def halvorsen_cancel():
    body = t("""
        Hi Nikhil,

        Unfortunately we have to cancel Friday's interview - the position has been filled internally. I'm sorry for the late notice, and thank you for the time you've put in so far. I'll keep your details on file and reach out if a similar role opens up.

        Best regards,
        Marcus

        Marcus Bell
        Engineering Manager, Core Ledger
        Halvorsen & Pike | 200 Vesey Street, New York, NY
        """)
    ics = exchange_ics(
        method="CANCEL", tzid="Eastern Standard Time",
        uid="040000008200E00074C5B7101A82E0080000000070F2A5C9F43ADD01000000000000000010000000"
            "9E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B",
        start="20261002T100000", end="20261002T110000", stamp="20260929T214530Z",
        organizer=("Marcus Bell", "marcus.bell@halvorsenpike.com"),
        attendees=[(ME_NAME, ME), ("Alicia Romero", "alicia.romero@halvorsenpike.com")],
        summary="Canceled: Interview: Nikhil Venkatesh - Senior Backend Engineer",
        description=body, location="Microsoft Teams Meeting", seq=1, status="CANCELLED", busy="FREE",
        priority=1)
    hs = head(addr("Marcus Bell", "marcus.bell@halvorsenpike.com"),
              "Canceled: Interview: Nikhil Venkatesh - Senior Backend Engineer",
              "2026-09-29 17:45:30", "America/New_York",
              "<BN8PR12MB3361A7C9E1F2D3B4C5A6978F0E1D2@BN8PR12MB3361.namprd12.prod.outlook.com>",
              relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2112.outbound.protection.outlook.com [40.107.237.112])",
              cc=addr("Alicia Romero", "alicia.romero@halvorsenpike.com"),
              extra=(("Thread-Topic", "Interview: Nikhil Venkatesh - Senior Backend Engineer"),
                     ("Thread-Index", "AQHbMq3x9pL0kN7Yb2k0ejP7mT0cJ9Cr"), ("Importance", "high"),
                     ("X-Priority", "1"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(paras_html(body, font="Aptos,Calibri,sans-serif", size="12pt")),
                           calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


# 24 ----------------------------------------------------------------------- Naukri job alert
@mail(nxt(), family="job_alert", lang="en-IN", interview=False, company=None,
      note="Naukri 'jobs matching your profile' digest; 'Interviewing now' / 'Walk-in' badges confirm nothing")
def naukri_alert():
    jobs = [
        ("Senior Backend Engineer - Payments", "Tilak Commerce", "5-9 Yrs", "25-40 Lacs P.A.", "Bengaluru",
         "Early applicant"),
        ("SDE-3 Backend (Java, Kafka)", "Zentrix Software", "6-10 Yrs", "Not disclosed", "Bengaluru (Hybrid)",
         "Interviewing now"),
        ("Java Microservices Developer", "Vantara Infotech", "5-8 Yrs", "18-28 Lacs P.A.", "Bengaluru, Pune",
         "Walk-in"),
        ("Backend Developer - Golang", "Sarangi Labs", "3-7 Yrs", "20-32 Lacs P.A.", "Chennai, Remote", ""),
        ("Lead Engineer - Platform", "Kestrel Logistics Tech", "7-11 Yrs", "35-50 Lacs P.A.", "Hyderabad", ""),
    ]
    lines = []
    for title, co, exp, sal, loc, badge in jobs:
        lines.append(f"{title}\n{co} | {exp} | {sal} | {loc}" + (f" | {badge}" if badge else "")
                     + "\nhttps://www.naukri.com/job-listings-" + title.lower().replace(" ", "-")[:30])
    body = t("""
        Hi Nikhil,

        14 new jobs match your profile. Here are the top picks based on your preferences (Backend Developer, Bengaluru, 6 years):

        {jobs}

        View all 14 jobs: https://www.naukri.com/mnjuser/recommendedjobs

        Recruiters are 3x more likely to reach out to profiles updated in the last 7 days. Update your profile: https://www.naukri.com/mnjuser/profile

        Regards,
        Team Naukri.com

        You are receiving this mail because you have subscribed to job alerts on Naukri.com. To unsubscribe, click here: https://www.naukri.com/unsubscribe?alert=rj&u=ZmQ4YjI3
        Info Edge (India) Ltd.
        """).replace("{jobs}", "\n\n".join(lines))
    cards = "\n".join(
        f'<tr><td style="padding:12px 16px;border-bottom:1px solid #eee"><a href="https://www.naukri.com/job-listings" '
        f'style="font-size:15px;color:#275df5;text-decoration:none"><b>{esc(title)}</b></a><br>'
        f'<span style="color:#555">{esc(co)}</span><br><span style="color:#888;font-size:12px">{exp} &bull; {sal} '
        f'&bull; {esc(loc)}</span>' + (f' <span style="background:#e8f5e9;color:#2e7d32;font-size:11px;'
                                          f'padding:2px 6px">{badge}</span>' if badge else "") + "</td></tr>"
        for title, co, exp, sal, loc, badge in jobs)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f6fa;font-family:Arial,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
        <tr><td style="padding:16px;background:#ffffff;border-bottom:3px solid #275df5"><img src="https://static.naukimg.com/s/4/100/i/naukri_Logo.png" alt="Naukri" height="28"></td></tr>
        <tr><td style="padding:16px">Hi Nikhil,<br><br>14 new jobs match your profile. Here are the top picks based on your preferences.</td></tr>
        {cards}
        <tr><td align="center" style="padding:20px"><a href="https://www.naukri.com/mnjuser/recommendedjobs" style="background:#275df5;color:#fff;padding:10px 24px;border-radius:20px;text-decoration:none">View all 14 jobs</a></td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#999">You are receiving this mail because you have subscribed to job alerts on Naukri.com.
        <a href="https://www.naukri.com/unsubscribe?alert=rj&amp;u=ZmQ4YjI3">Unsubscribe</a><br>Info Edge (India) Ltd.</td></tr>
        </table></body></html>
        """).replace("{cards}", cards)
    hs = head(addr("Naukri.com", "jobalerts@naukri.com"),
              "Nikhil, 14 new Backend Developer jobs in Bengaluru for you",
              "2026-03-04 07:02:19", IST,
              "<20260304013219.5f2a9c1e7b@mailer.naukri.com>",
              relay="from mailer41.naukri.com (mailer41.naukri.com [103.14.124.41])",
              extra=(("List-Unsubscribe", "<https://www.naukri.com/unsubscribe?alert=rj&u=ZmQ4YjI3>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


# 25 ---------------------------------------------------------- Instahyre 'interested in profile'
@mail(nxt(), family="recruiter_outreach", lang="en-IN", interview=False, company="Zentrix Software",
      note="Instahyre notification that an employer's recruiter is interested; 'will reach out to schedule an "
           "interview' is future and unfixed")
def instahyre_interest():
    body = t("""
        Hi Nikhil,

        Good news! Ritika Sen, Talent Partner at Zentrix Software, has shown interest in your profile for the following opportunity:

        SDE-3 (Backend)
        Zentrix Software | Bengaluru (Hybrid) | 6-10 years
        Salary: \u20b938-50 LPA
        Skills: Java, Kafka, Distributed Systems, PostgreSQL

        Let Zentrix Software know if you're interested. Once you accept, the recruiter will reach out to you to schedule an interview.

        I'm interested: https://www.instahyre.com/candidate/opportunities/?accept=9f21c7
        Not interested: https://www.instahyre.com/candidate/opportunities/?decline=9f21c7

        Cheers,
        Team Instahyre

        Manage email preferences: https://www.instahyre.com/candidate/settings/notifications
        """)
    hs = head(addr("Instahyre", "noreply@instahyre.com"),
              "Zentrix Software is interested in your profile!",
              "2026-03-19 13:20:47", IST,
              "<0109018e54a7b2c3-1d2e3f4a-5b6c-7d8e-9f0a-1b2c3d4e5f6a-000000@ap-south-1.amazonses.com>",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=(("List-Unsubscribe", "<https://www.instahyre.com/candidate/settings/notifications>"),))
    return message(hs, alt(text(body), html(paras_html(body))))


# 26 --------------------------------------------------------------- iimjobs 'application viewed'
@mail(nxt(), family="job_board", lang="en-IN", interview=False, company=None,
      note="iimjobs 'recruiter viewed your application' notification; employer hidden ('Leading Fintech'), "
           "nothing scheduled")
def iimjobs_viewed():
    body = t("""
        Dear Nikhil,

        Your application has been viewed by the recruiter.

        Job: Lead Backend Engineer - Payments Platform | Leading Fintech | Bangalore | 8-12 yrs
        Posted by: Anirudh S, Partner at a search firm
        Applied on: 02 May 2026

        Recruiters usually take 1-2 weeks to respond. If shortlisted, the recruiter will contact you directly to take your candidature forward.

        Meanwhile, here are some similar jobs you might like:
        - Engineering Manager - Backend | Series C Logistics Startup | Bangalore | 9-14 yrs
        - Principal Engineer - Core Banking | Large Indian Bank's Tech Arm | Mumbai | 10-15 yrs

        Best,
        Team iimjobs.com

        To stop receiving these updates, unsubscribe: https://www.iimjobs.com/unsubscribe?type=appview
        """)
    hs = head(addr("iimjobs.com", "noreply@iimjobs.com"),
              "Recruiter viewed your application - Lead Backend Engineer - Payments Platform",
              "2026-05-09 10:32:15", IST,
              "<20260509050215.31c7e@mail.iimjobs.com>",
              relay="from mail.iimjobs.com (mail.iimjobs.com [35.154.62.19])",
              extra=(("List-Unsubscribe", "<https://www.iimjobs.com/unsubscribe?type=appview>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras_html(body, font="Open Sans,Arial,sans-serif"))))


# 27 ----------------------------------------------------------------- Greenhouse application ack
@mail(nxt(), family="application_ack", lang="en-US", interview=False, company="Quillbyte",
      note="Greenhouse 'thank you for applying'; 'we'll reach out to schedule a conversation' is hypothetical")
def quillbyte_ack():
    body = t("""
        Hi Nikhil,

        Thanks for applying for the Senior Backend Engineer, Platform role at Quillbyte! We've received your application and our team will review it shortly.

        If your background looks like a match, we'll reach out to schedule a first conversation with someone from the team. Either way, we'll let you know where things stand within about two weeks.

        In the meantime, feel free to read about how we work: https://quillbyte.com/engineering

        Best,
        The Quillbyte Recruiting Team

        ---
        Powered by Greenhouse. Please do not reply to this automated message.
        """)
    hs = head(addr("Quillbyte", "no-reply@us.greenhouse-mail.io"),
              "Thank you for applying to Quillbyte",
              "2026-03-30 12:06:41", "America/Los_Angeles",
              "<660847b1d3c2a_4e1f3f8e4a2d9c40087@greenhouse-app-3a1b2.mail>",
              relay="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.22])")
    return message(hs, alt(text(body), html(paras_html(body, font="Helvetica,Arial,sans-serif"))))


# 28 ------------------------------------------------------------------ Workday application ack
@mail(nxt(), family="application_ack", lang="en-US", interview=False, company="Meridia Financial",
      note="Workday 'thank you for applying' (HTML only); mentions that an interview may follow, nothing fixed")
def meridia_ack():
    page = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #dcdcdc">
        <tr><td style="background:#00306b;padding:14px 24px;color:#ffffff;font-size:20px">Meridia</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Nikhil,</p>
        <p>Thank you for applying for the <b>Senior Software Engineer (Java/Kafka)</b> position (R-0042871) at
        Meridia Technology Centre, Bengaluru. We have received your application.</p>
        <p>Our Talent Acquisition team will carefully review your qualifications. If your profile matches the
        requirements, a recruiter will contact you to discuss next steps, which may include an interview.</p>
        <p>You can track the status of your application in your
        <a href="https://meridia.wd5.myworkdayjobs.com/en-US/Meridia_Careers/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br>Meridia Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#777777;background:#f5f5f5">Please do not reply to this
        message. This mailbox is not monitored.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Meridia Financial", "meridia@myworkday.com"),
              "Thank you for applying - Senior Software Engineer (Java/Kafka) - R-0042871",
              "2026-05-02 16:21:55", "UTC",
              "<1721093844.188213.1777738915022@wd5-prod-mail-12.myworkday.com>",
              relay="from wd5-smtp-out-03.myworkday.com (wd5-smtp-out-03.myworkday.com [198.187.66.71])")
    return message(hs, html(page))


# 29 ------------------------------------------------------------------------- rejection, Lever
@mail(nxt(), family="rejection", lang="en-US", interview=False, company="Brindle Health",
      note="Post-interview rejection through Lever; refers back to last Wednesday's screen",
      days=(("Wed", "2026-03-11"),))
def brindle_reject():
    body = t("""
        Hi Nikhil,

        Thank you for taking the time to speak with Sam on Wednesday, March 11 about the Backend Engineer II role. We really appreciated learning about your work on the ingestion pipeline.

        After careful consideration, we've decided not to move forward with your candidacy at this time. This was a difficult decision given the strength of the candidates we spoke with.

        We'd love to stay in touch, and we encourage you to apply for future roles that match your experience.

        All the best,
        Courtney Hale
        Talent Partner, Brindle Health
        """)
    hs = head(addr("Courtney Hale", "no-reply@hire.lever.co"),
              "Your application to Brindle Health",
              "2026-03-18 15:30:02", "America/New_York",
              "<20260318193002.4a8c2e1f7b3d@hire.lever.co>",
              relay="from mail.hire.lever.co (mail.hire.lever.co [198.2.181.44])",
              reply_to=addr("Courtney Hale", "courtney.hale@brindlehealth.com"))
    return message(hs, alt(text(body, cte="base64"), html(paras_html(body), cte="base64")))


# 30 -------------------------------------------------------------------- offer letter with PDF
@mail(nxt(), family="offer", lang="en-IN", interview=False, company="Tilak Commerce",
      note="Offer letter (PDF attached) after the interviews; joining date and acceptance deadline, and a "
           "future unscheduled documentation call",
      days=(("Mon", "2026-06-01"), ("Fri", "2026-04-10")))
def tilak_offer():
    body = t("""
        Dear Nikhil,

        Congratulations!

        Further to your interviews with us, we are pleased to extend an offer for the position of Senior Backend Engineer at Tilak Commerce Pvt. Ltd., Bengaluru. PFA the offer letter for your reference.

        Key highlights:
        - Annual CTC: INR 34,00,000 (fixed) + performance bonus as per policy
        - ESOPs: 1,200 options vesting over 4 years
        - Date of joining: 01-Jun-2026 (Monday)

        Kindly revert with your acceptance by EOD 10-Apr-2026 (Friday). Post acceptance, our HR Operations team will reach out to you for the documentation and background verification formalities.

        Looking forward to having you on board!

        Best Regards,
        Swati Kulkarni
        Talent Acquisition | Tilak Commerce Pvt. Ltd.
        """)
    hs = head(addr("Swati Kulkarni", "swati.kulkarni@tilakcommerce.in"),
              "Offer Letter - Senior Backend Engineer - Tilak Commerce Pvt. Ltd.",
              "2026-04-02 18:05:37", IST,
              "<CAPz3mR8kN2vT7yW0bQ5e1xL4cHsG9dJ@mail.gmail.com>",
              relay="from mail-pg1-f195.google.com (mail-pg1-f195.google.com [209.85.215.195])",
              cc=addr("Harish Bhat", "harish.bhat@tilakcommerce.in"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             attachment(pdf_stub("Offer Letter - Nikhil Venkatesh - Tilak Commerce"),
                                        "application/pdf", "Offer_Letter_Nikhil_Venkatesh.pdf")))


# 31 -------------------------------------------------------------- consultancy outreach, no time
@mail(nxt(), family="recruiter_outreach", lang="en-IN", interview=False, company="Talentsphere Consulting",
      note="Consultancy outreach asking for CV, CTC and notice period; 'interviews are happening this week' "
           "fixes nothing; client unnamed")
def talentsphere_outreach():
    body = t("""
        Hi Nikhil,

        Greetings from Talentsphere Consulting!

        We have an urgent requirement for one of our clients, a leading fintech in Bangalore. Please find the JD below.

        Role: Senior Backend Engineer (Java / Go)
        Experience: 5-9 years
        Location: Bellandur, Bangalore (3 days WFO)
        Mandatory skills: Java or Go, Spring Boot, Kafka, PostgreSQL, AWS
        Notice period: Immediate to 30 days preferred

        If interested, kindly share your updated CV along with the below details:
        Total Exp:
        Relevant Exp:
        Current CTC:
        Expected CTC:
        Notice period (LWD if serving):
        Current location:
        Any offers in hand:

        Interviews are happening this week itself, so pls revert ASAP.

        Regards,
        Pooja N
        Sr. Recruiter | Talentsphere Consulting
        +91 80 4112 7788 | www.talentsphere.co.in
        """)
    hs = head(addr("Pooja N", "pooja.n@talentsphere.co.in"),
              "Opening for Sr Backend Engineer (Java/Go) - Fintech - Bangalore - Immediate joiners preferred",
              "2026-07-08 11:02:26", IST,
              "<SI2PR04MB5087A9B8C7D6E5F4A3B2C1D0E9F8A@SI2PR04MB5087.apcprd04.prod.outlook.com>",
              relay="from APC01-SG2-obe.outbound.protection.outlook.com (mail-sgaapc01on2119.outbound.protection.outlook.com [40.107.215.119])")
    return message(hs, alt(text(body), html(paras_html(body, font="Calibri,sans-serif", size="11pt"))))


# 32 ---------------------------------------------------- Greenhouse availability request (link)
@mail(nxt(), family="scheduling_link", lang="en-US", interview=False, company="Quillbyte",
      note="Greenhouse availability request for a virtual onsite: a link to submit times, nothing booked")
def quillbyte_availability():
    body = t("""
        Hi Nikhil,

        Great news - the team enjoyed your conversation with Greta and would like to invite you to a virtual onsite for the Senior Backend Engineer, Platform role!

        The onsite is about 3 hours in total (coding, system design, and a conversation with the hiring manager). Please use the link below to let us know when you're available over the next two weeks. Since our interviewers are in Pacific Time, morning slots on our side (evenings for you) work best.

        Submit your availability: https://app.greenhouse.io/availability/3c7e9a1f2b4d6e8a

        Once I hear back, I'll put together a schedule and send over the details.

        Best,
        Tessa

        Tessa Morgan | Recruiting Coordinator | Quillbyte
        """)
    hs = head(addr("Tessa Morgan", "no-reply@us.greenhouse-mail.io"),
              "Quillbyte - please share your availability for a virtual onsite",
              "2026-04-09 10:21:18", "America/Los_Angeles",
              "<6617b9a6e1f0c_2c3d3f8e4a2d9c40054@greenhouse-app-7f9c8.mail>",
              relay="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.22])",
              reply_to=addr("Tessa Morgan", "tessa.morgan@quillbyte.com"))
    return message(hs, alt(text(body), html(paras_html(body, font="Helvetica,Arial,sans-serif"))))


# 33 ------------------------------------------------------------ slot proposal, not yet agreed
@mail(nxt(), family="slot_proposal", lang="en-IN", interview=False, company="Vantara Infotech",
      note="Two face-to-face slots offered, candidate asked to choose; nothing agreed yet (the confirmation "
           "is a later mail)",
      days=(("Fri", "2026-12-04"), ("Sat", "2026-12-05")))
def vantara_slots():
    body = t("""
        Hi Nikhil,

        Greetings from Vantara Infotech!

        Your profile has been shortlisted for the Java Backend Developer position. We would like to schedule a face to face discussion at our Whitefield office. Please let us know which of the below slots suits you:

        1) Fri, 4th Dec - 3:00 PM
        2) Sat, 5th Dec - 10:30 AM

        Kindly confirm at the earliest so that we can block the panel. Also, kindly share the below details:
        - Current CTC
        - Expected CTC
        - Notice period

        Thanks & Regards,
        Rekha Sharma
        Senior Executive - Talent Acquisition
        Vantara Infotech Ltd. | Bengaluru
        M: +91 99001 48213
        """)
    hs = head(addr("Rekha Sharma", "rekha.sharma@vantarainfotech.com"),
              "Interview Schedule - Java Backend Developer (5-8 yrs) - Vantara Infotech",
              "2026-11-30 16:22:05", IST,
              "<PN2P287MB08961D0B7A4E7F11C@PN2P287MB0896.INDP287.PROD.OUTLOOK.COM>",
              relay="from IND01-MA1-obe.outbound.protection.outlook.com (mail-ma1ind01on2101.outbound.protection.outlook.com [40.107.138.101])",
              to=ME, extra=(("Thread-Topic", "Interview Schedule - Java Backend Developer (5-8 yrs) - Vantara Infotech"),
                            ("Thread-Index", "AQHbQ3f0x1kN7Yb2k0ejP7mT0cJ9Cg=="), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(paras_html(body, font="Calibri,sans-serif", size="11pt"))))


# 34 ------------------------------------------------------------------ take-home with a deadline
@mail(nxt(), family="take_home", lang="en-IN", interview=False, company="Sarangi Labs",
      note="Take-home assignment with a submission deadline (Monday 20-Apr-2026, 10:00 AM IST); the "
           "discussion round is to be scheduled later",
      days=(("Mon", "2026-04-20"),))
def sarangi_takehome():
    body = t("""
        Hi Nikhil,

        Thank you for your time in the first round. As the next step, PFA the take-home assignment for the Backend Developer (Golang) role.

        Summary: build a small URL shortener service in Go with per-client rate limiting, persistence of your choice, and tests. Details and evaluation criteria are in the attached PDF.

        Kindly submit your solution as a private GitHub repository (add sarangi-eng-review as a collaborator) by Monday, 20-Apr-2026, 10:00 AM IST. It should not take more than 4-5 hours; please don't over-engineer it.

        Once our team reviews the submission, we will schedule a discussion round where you walk us through it.

        Best of luck!

        Regards,
        Meenakshi R
        Talent Acquisition | Sarangi Labs Pvt. Ltd., Chennai
        """)
    hs = head(addr("Meenakshi R", "meenakshi.r@sarangilabs.io"),
              "Sarangi Labs | Take-home assignment - Backend Developer (Golang)",
              "2026-04-16 12:10:49", IST,
              "<CAM5tQ9wR2xP7yN0bK3e8vL1c4HsJ6dF@mail.gmail.com>",
              relay="from mail-oi1-f181.google.com (mail-oi1-f181.google.com [209.85.167.181])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             attachment(pdf_stub("Sarangi Labs - Backend take-home assignment"),
                                        "application/pdf", "Backend_Golang_Take_Home.pdf")))


# 35 ------------------------------------------------------------- HackerEarth online assessment
@mail(nxt(), family="assessment", lang="en-US", interview=False, company="Kestrel Logistics Tech",
      note="HackerEarth online assessment with a 90-minute test to take any time inside a window; not an "
           "interview",
      days=(("Tue", "2026-06-02"), ("Thu", "2026-06-04")))
def kestrel_hackerearth():
    body = t("""
        Hi Nikhil,

        Kestrel Logistics Tech has invited you to take an assessment on HackerEarth.

        Test name: Backend Engineer - Online Assessment
        Duration: 90 minutes
        Sections: 2 coding problems, 15 MCQs (Java/SQL/Systems)

        Test window
        Opens:  Tue, 02 Jun 2026, 10:00 AM IST
        Closes: Thu, 04 Jun 2026, 11:59 PM IST

        You can take the test at any time within this window. Once you start, the timer cannot be paused. Make sure your webcam is on; the test is proctored.

        Start test: https://assessment.hackerearth.com/challenges/hiring/kestrel-backend-oa-2026/

        All the best!
        Team HackerEarth (on behalf of Kestrel Logistics Tech)
        """)
    hs = head(addr("HackerEarth", "noreply@hackerearth.com"),
              "Invitation: Kestrel Logistics Tech - Backend Engineer Online Assessment",
              "2026-05-29 10:00:33", IST,
              "<0109018fc3a2b1d0-7e6f5a4b-3c2d-1e0f-9a8b-7c6d5e4f3a2b-000000@ap-south-1.amazonses.com>",
              relay="from a8-77.smtp-out.amazonses.com (a8-77.smtp-out.amazonses.com [54.240.8.77])")
    return message(hs, alt(text(body), html(paras_html(body))))


# 36 --------------------------------------------------------- dentist appointment, iso-8859-1
@mail(nxt(), family="non_interview_calendar", lang="en-IN", interview=False, company=None,
      note="Dental clinic appointment confirmation (iso-8859-1): a confirmed time, not an interview",
      days=(("Sat", "2026-03-14"),))
def dentist():
    body = t("""
        Dear Mr. Nikhil,

        Your appointment is confirmed.

        Doctor   : Dr. Shalini Rao, B.D.S., M.D.S. (Endodontics)
        Date     : Sat, 14-Mar-2026
        Time     : 11:30 AM
        Procedure: Root canal treatment - 2nd sitting
        Clinic   : Smile32 Dental Care \u00b7 #512, 100 Feet Road, Indiranagar, Bengaluru

        Kindly arrive 10 minutes early. To reschedule, call +91 80 2520 7711 at least 4 hours before your appointment.

        Take care,
        Smile32 Dental Care
        """)
    hs = head(addr("Smile32 Dental Care", "appointments@smile32dental.in"),
              "Appointment Confirmed - Smile32 Dental Care, Indiranagar",
              "2026-03-11 19:44:10", IST,
              "<20260311141410.66d1@smile32dental.in>",
              relay="from smtp.smile32dental.in (smtp.smile32dental.in [103.50.162.87])",
              extra=(("X-Mailer", "ClinicPro Mailer 4.2"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# 37 ------------------------------------------ Exchange: recurring 1:1 with the current manager
@mail(nxt(), family="non_interview_calendar", lang="en-IN", interview=False, company=None,
      note="Outlook recurring 1:1 with the candidate's current manager (India Standard Time), auto-forwarded "
           "from his work mailbox; not an interview",
      days=(("Thu", "2026-03-05"),))
def trivera_one_on_one():
    footer = TEAMS_FOOTER.format(tid="MzA1ZjE5NjEtNmEyMy00", tenant="9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                                 mid="251 774 903 118", pc="pX4wQ9", org="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
    body = t("""
        Hi Nikhil,

        Moving our 1:1 to a bi-weekly cadence starting this Thursday (5th March). Let's use the first one to go over your goals for the next half and the on-call rotation changes.

        Agenda doc: https://trivera.sharepoint.com/:w:/r/sites/platform/1on1-nikhil-rakesh

        Rakesh

        """) + footer
    ics = exchange_ics(
        method="REQUEST", tzid="India Standard Time",
        uid="040000008200E00074C5B7101A82E00800000000D05A1C2BE3A9DC01000000000000000010000000"
            "1F2E3D4C5B6A79880796A5B4C3D2E1F0",
        start="20260305T163000", end="20260305T170000", stamp="20260302T043012Z",
        organizer=("Rakesh Menon", "rakesh.menon@trivera.com"), attendees=[(ME_NAME, "nikhil.venkatesh@trivera.com")],
        summary="1:1 Nikhil / Rakesh", description=body, location="Microsoft Teams Meeting",
        rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO")
    hs = head(addr("Rakesh Menon", "rakesh.menon@trivera.com"),
              "1:1 Nikhil / Rakesh",
              "2026-03-02 10:00:12", IST,
              "<PN3P287MB0417D1E2F3A4B5C6D7E8F9A0B1C2D@PN3P287MB0417.INDP287.PROD.OUTLOOK.COM>",
              relay="from IND01-BMX-obe.outbound.protection.outlook.com (mail-bmxind01on2113.outbound.protection.outlook.com [40.107.239.113])",
              to=addr(ME_NAME, "nikhil.venkatesh@trivera.com"),
              extra=(("Thread-Topic", "1:1 Nikhil / Rakesh"), ("Thread-Index", "AdqMZ1k2h7Q0b3Yx9e8WfRk3nL1pTg=="),
                     ("X-MS-Exchange-Organization-AutoForwarded", "true"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(paras_html(body, font="Calibri,sans-serif", size="11pt")),
                           calendar(ics, method="REQUEST", cte="base64")))


# 38 ------------------------------------------------------------------------- apartment viewing
@mail(nxt(), family="non_interview_calendar", lang="en-IN", interview=False, company=None,
      note="Rental property visit confirmation at a fixed time; not an interview",
      days=(("Sun", "2026-05-24"),))
def homenest_visit():
    body = t("""
        Hi Nikhil,

        Your property visit is confirmed!

        Property: 2 BHK Independent Floor, HSR Layout Sector 2
        Rent: \u20b938,000/month | Deposit: \u20b92,00,000
        Visit: Sun, 24 May 2026, 5:00 PM

        Our relationship manager Manjunath will meet you at the property. The owner's contact details will be shared 1 hour before the visit.

        Running late or want to reschedule? Manage your visit in the HomeNest app.

        Happy house hunting!
        Team HomeNest
        """)
    hs = head(addr("HomeNest", "no-reply@homenest.in"),
              "Visit confirmed: 2 BHK in HSR Layout Sector 2 on Sun, 24 May",
              "2026-05-22 20:10:05", IST,
              "<0109018f9b1c2d3e-8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d-000000@ap-south-1.amazonses.com>",
              relay="from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])")
    return message(hs, alt(text(body), html(paras_html(body))))


# 39 ------------------------------------------------------------------- meetup RSVP with .ics
@mail(nxt(), family="meetup", lang="en-IN", interview=False, company=None,
      note="Meetup RSVP confirmation with a PUBLISH .ics; one talk is about interviewing for backend roles; "
           "not the candidate's interview",
      days=(("Sat", "2026-11-07"),))
def meetup_rsvp():
    body = t("""
        You're going!

        Bengaluru Backend Engineers - November meetup
        Sat, 7 Nov 2026, 10:30 AM - 1:30 PM IST
        Venue: Workshack Co-working, 5th Block, Koramangala, Bengaluru

        Agenda
        10:30  Check-in, coffee
        11:00  Scaling Postgres to 10 TB without losing sleep - Deepa Iyengar
        12:00  Interviewing for backend roles in 2026: a hiring manager's view - Arvind Kumar
        12:45  Lightning talks + networking

        Please carry a government ID for building security.

        See you there,
        Gatherly, on behalf of Bengaluru Backend Engineers

        Can't make it? Update your RSVP so someone on the waitlist can take your spot: https://gatherly.events/blr-backend/events/nov-2026/rsvp
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gatherly//Events//EN", "METHOD:PUBLISH", VTZ_KOLKATA,
        "BEGIN:VEVENT", "UID:evt-blrbackend-2026-11@gatherly.events", "DTSTAMP:20261102T130000Z",
        "DTSTART;TZID=Asia/Kolkata:20261107T103000", "DTEND;TZID=Asia/Kolkata:20261107T133000",
        "SUMMARY:Bengaluru Backend Engineers - November meetup",
        "LOCATION:Workshack Co-working\\, 5th Block\\, Koramangala\\, Bengaluru",
        "URL:https://gatherly.events/blr-backend/events/nov-2026", "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("Gatherly", "notifications@gatherly.events"),
              "RSVP confirmed: Bengaluru Backend Engineers - November meetup",
              "2026-11-02 18:30:00", IST,
              "<rsvp.7731.20261102130000@gatherly.events>",
              relay="from mail.gatherly.events (mail.gatherly.events [52.66.118.203])",
              extra=(("List-Unsubscribe", "<https://gatherly.events/settings/email>"),))
    return message(hs, mixed(alt(text(body), html(paras_html(body))),
                             calendar(ics, method=None, ctype="text/calendar", cte="base64",
                                      filename="event.ics", disposition="attachment", name_param=True)))


# 40 --------------------------------------------------- webinar titled like an interview, Zoom
@mail(nxt(), family="marketing_webinar", lang="en-IN", interview=False, company=None,
      note="Zoom webinar registration 'System Design Interview Masterclass' with .ics; not a job interview",
      days=(("Sun", "2026-03-15"),))
def webinar_masterclass():
    body = t("""
        Hi Nikhil,

        Thank you for registering for "System Design Interview Masterclass: Live Mock with ex-FAANG Engineers".

        Please submit any questions to: events@levelupacademy.in

        Date Time: Mar 15, 2026 07:00 PM India

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/87712093341?tk=Qk9xV2dCRk5tRkx6

        Passcode: 552190

        Add to calendar: the attached .ics file

        You can cancel your registration at any time.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "DTSTAMP:20260312T101502Z", "DTSTART:20260315T133000Z", "DTEND:20260315T150000Z",
        "SUMMARY:System Design Interview Masterclass: Live Mock with ex-FAANG Engineers",
        "UID:ZOOM87712093341@zoom.us", "LOCATION:https://us06web.zoom.us/w/87712093341",
        "DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/87712093341",
        "ORGANIZER;CN=LevelUp Engineering Academy:mailto:no-reply@zoom.us",
        "END:VEVENT", "END:VCALENDAR"])
    hs = head(addr("LevelUp Engineering Academy", "no-reply@zoom.us"),
              "System Design Interview Masterclass: Live Mock with ex-FAANG Engineers Confirmation",
              "2026-03-12 15:45:02", IST,
              "<zoom-webinar-87712093341-reg-5f2a1c@zoom.us>",
              relay="from mail1.zoom.us (mail1.zoom.us [170.114.52.20])")
    return message(hs, mixed(alt(text(body), html(paras_html(body, font="Lato,Helvetica,Arial,sans-serif"))),
                             calendar(ics, method=None, ctype="text/calendar", cte="base64",
                                      filename="iCal-20260315-193000.ics", disposition="attachment",
                                      name_param=True)))


# 41 ------------------------------------------------------------------- peer mock interview
@mail(nxt(), family="mock_interview", lang="en-US", interview=False, company=None,
      note="Peer practice (mock) interview matched at a fixed time; not a job interview",
      days=(("Tue", "2026-04-07"),))
def peerprep_mock():
    body = t("""
        Hi Nikhil,

        You've been matched! Here are the details of your practice session:

        Type: Mock interview - System Design
        Question for your partner: Design a distributed rate limiter
        When: Tue, 7 Apr 2026, 8:00 PM - 9:00 PM IST
        Your peer: Rohit K. (4 yrs, Backend, Pune)

        You'll interview each other for 30 minutes each and leave feedback at the end. The session room opens 5 minutes before the start time:
        https://peerprep.dev/session/r8m2-kq7x

        Tip: think out loud and clarify requirements before drawing boxes.

        Happy practicing,
        The PeerPrep team

        Don't want these emails? https://peerprep.dev/settings/notifications
        """)
    hs = head(addr("PeerPrep", "hello@peerprep.dev"),
              "You're matched! Mock interview on Tue, 7 Apr at 8:00 PM IST",
              "2026-04-04 09:12:40", IST,
              "<20260404034240.b7c1e2@peerprep.dev>",
              relay="from o2.mail.peerprep.dev (o2.mail.peerprep.dev [149.72.201.33])")
    return message(hs, alt(text(body), html(paras_html(body))))


# 42 -------------------------------------------------------------------- podcast recording
@mail(nxt(), family="podcast", lang="en-IN", interview=False, company=None,
      note="Podcast host confirms a recording slot in an 'interview format' with the candidate as guest; "
           "not a job interview",
      days=(("Thu", "2026-08-06"),))
def podcast_recording():
    body = t("""
        Hey Nikhil,

        Locked in: Thursday 6 Aug, 6:30 pm IST for the recording \U0001f389

        It's a relaxed ~45 min interview format - mostly about your Kafka migration talk from the meetup, what broke, and what you'd do differently. I'll send the Riverside link and a rough question list tomorrow. Headphones + a quiet room is all you need.

        Thanks again for doing this!

        Farah
        Host, Backend Bytes podcast

        On Sat, 1 Aug 2026 at 12:04, Nikhil Venkatesh <nikhil.venkatesh@example.org> wrote:
        > Hi Farah, Thursday evening works for me. 6 or 6:30 pm?
        """)
    hs = head(addr("Farah Qureshi", "farah@backendbytes.fm"),
              "Re: Backend Bytes \u2013 recording slot \U0001f399\ufe0f",
              "2026-08-03 11:47:29", IST,
              "<CAJ2nT8pW5xR0yK3mQ7e1bV9c4LsF6dH@mail.gmail.com>",
              relay="from mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])",
              extra=(("In-Reply-To", "<CAF3kq8xM2pW7yR0e9bTzQ1n4cLsV5@mail.gmail.com>"),
                     ("References", "<CAJ2nT8mK1@mail.gmail.com> <CAF3kq8xM2pW7yR0e9bTzQ1n4cLsV5@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 43 -------------------------------------------- Darwinbox: the candidate is the interviewer
@mail(nxt(), family="interviewer_panel", lang="en-IN", interview=False, company=None,
      note="Current employer's Darwinbox (forwarded from the work mailbox) assigns the inbox owner as "
           "panelist for someone else's interview; a fixed time, but not his own interview",
      days=(("Wed", "2026-05-20"),))
def trivera_panelist():
    body = t("""
        Dear Nikhil Venkatesh,

        You have been assigned as an interviewer for the following candidate.

        Candidate Name : Rahul D'Souza
        Position       : SDE II - Backend (Requisition TRV-REQ-0412)
        Round          : Technical Round 1
        Date           : 20-May-2026 (Wednesday)
        Time           : 03:00 PM - 04:00 PM IST
        Mode           : MS Teams (link in your calendar)

        The candidate's resume is available on Darwinbox. Kindly submit your feedback on Darwinbox within 24 hours of the interview.

        Regards,
        Talent Acquisition Team
        Trivera Systems

        This is a system generated email. Please do not reply.
        Powered by Darwinbox
        """)
    hs = head(addr("Trivera Systems", "no-reply@darwinbox.in"),
              "Interview Scheduled: You are on the panel - Rahul D'Souza - SDE II (Backend) - Technical Round 1",
              "2026-05-15 15:00:48", IST,
              "<0109018f7a6b5c4d-3e2f1a0b-9c8d-4e7f-6a5b-4c3d2e1f0a9b-000000@ap-south-1.amazonses.com>",
              relay="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              to=addr(ME_NAME, "nikhil.venkatesh@trivera.com"),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"nikhil.venkatesh@trivera.com {ME}")))
    return message(hs, alt(text(body), html(paras_html(body, font="'Segoe UI',Arial,sans-serif"))))


# 44 ------------------------------------------------------------------------ reference call
@mail(nxt(), family="reference_check", lang="en-IN", interview=False, company="Lumio Games",
      note="Another company's recruiter confirms a reference call about a former colleague; not the "
           "candidate's interview",
      days=(("Thu", "2026-07-23"),))
def lumio_reference():
    body = t("""
        Hi Nikhil,

        Thank you for agreeing to be a reference for Arjun Shetty, who is being considered for a Senior Engineer role with us.

        As confirmed with Arjun, I'll call you on Thursday, 23rd July at 6:00 PM IST on the number he shared (+91 98860 xxx10). It should take 15-20 minutes. I'll mostly ask about the projects you worked on together, his strengths, and areas where he's grown.

        Everything you share will be kept confidential.

        Thanks & regards,
        Neha Kulkarni
        Senior Talent Partner, Lumio Games
        """)
    hs = head(addr("Neha Kulkarni", "neha.kulkarni@lumiogames.com"),
              "Reference check for Arjun Shetty - Thu 23 Jul, 6 PM IST",
              "2026-07-20 14:30:11", IST,
              "<CAB7mP2qX9wR4yT0nK5e3vL8c1HsG6dJ@mail.gmail.com>",
              relay="from mail-ua1-f45.google.com (mail-ua1-f45.google.com [209.85.222.45])",
              cc=addr("Arjun Shetty", "arjun.shetty@example.net"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 45 ------------------------------------------------------------------ out-of-office auto reply
@mail(nxt(), family="auto_reply", lang="en-IN", interview=False, company="Meridia Financial",
      note="Recruiter's Outlook out-of-office reply (Auto-Submitted: auto-replied) to the candidate's thank-you")
def meridia_ooo():
    body = t("""
        Hi,

        Thank you for your email. I am on leave from 19th May to 22nd May 2026 with limited access to emails.

        For anything urgent related to interview scheduling, please write to ta-india@meridiafinancial.com. I will respond to your mail on my return.

        Thanks & Regards,
        Kavitha Nair
        Talent Acquisition, Meridia Technology Centre
        """)
    hs = head(addr("Kavitha Nair", "kavitha.nair@meridiafinancial.com"),
              "Automatic reply: Thank you - Senior Software Engineer (Java/Kafka) interview",
              "2026-05-19 09:15:37", IST,
              "<PN3P287MB2231A0B1C2D3E4F5A6B7C8D9E0F1A@PN3P287MB2231.INDP287.PROD.OUTLOOK.COM>",
              relay="from IND01-PN3-obe.outbound.protection.outlook.com (mail-pn3ind01on2085.outbound.protection.outlook.com [40.107.212.85])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "kavitha.nair@meridiafinancial.com"),
                     ("In-Reply-To", "<CAF3kq8yP4mT1wR0e7bZx2n9cLsN6@mail.gmail.com>"),
                     ("Thread-Topic", "Thank you - Senior Software Engineer (Java/Kafka) interview")))
    return message(hs, alt(text(body), html(paras_html(body, font="Calibri,sans-serif", size="11pt"))))


# 46 ----------------------------------------------------- bounce of the candidate's own reply
@mail(nxt(), family="bounce", lang="en-US", interview=False, company=None,
      note="Gmail delivery failure (multipart/report) for the candidate's own acceptance sent to a mistyped "
           "domain; the returned message quotes the interview time, but a bounce confirms nothing",
      days=(("Wed", "2026-06-24"),))
def bounce_brahma():
    orig_body = t("""
        Hi Shruthi,

        Thank you, confirming the hiring manager round on Wednesday, 24 June at 4:00 PM IST. Looking forward to speaking with Raghav.

        Regards,
        Nikhil
        """)
    orig = message([
        ("From", ME_TO), ("To", "shruthi.gowda@brahmamobilty.com"),
        ("Subject", "Re: Interview scheduled - Backend Engineer II | Brahma Mobility"),
        ("Date", date("2026-06-20 11:38:50", IST)),
        ("Message-ID", "<CAF3kq8zQ7nW2pT0e5bYx1m4cLsR8@mail.gmail.com>"),
        ("In-Reply-To", "<2f8c1b7e.AWQAAFx9kQ0AAAAAAAAAAKj3@mailer.keka.com>"),
    ], alt(text(orig_body), html(gmail_html(orig_body))))
    notice = t("""

        ** Address not found **

        Your message wasn't delivered to shruthi.gowda@brahmamobilty.com because the domain brahmamobilty.com couldn't be found. Check for typos or unnecessary spaces and try again.

        Learn more
        https://support.google.com/mail/?p=BadRcptDomain

        The response was:

        DNS Error: DNS type 'mx' lookup of brahmamobilty.com responded with code NXDOMAIN Domain name not found: brahmamobilty.com
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; nikhil.venkatesh@example.org
        Arrival-Date: Fri, 19 Jun 2026 23:08:52 -0700 (PDT)
        X-Original-Message-ID: <CAF3kq8zQ7nW2pT0e5bYx1m4cLsR8@mail.gmail.com>

        Final-Recipient: rfc822; shruthi.gowda@brahmamobilty.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of brahmamobilty.com responded with code NXDOMAIN
        Last-Attempt-Date: Fri, 19 Jun 2026 23:08:53 -0700 (PDT)
        """)
    report = multipart("report", alt(text(notice), html(paras_html(notice))),
                       raw_part([("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Received", received("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                              "2026-06-20 11:38:53", IST, "mx.google.com with SMTPS id 4cLsR8", ME)),
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-06-19 23:08:53", "America/Los_Angeles")),
        ("Message-ID", "<6677a1e5.5d0a0220.3c1b.8e2fSMTPIN_ADDED_MISSING@mx.google.com>"),
        ("References", "<CAF3kq8zQ7nW2pT0e5bYx1m4cLsR8@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3kq8zQ7nW2pT0e5bYx1m4cLsR8@mail.gmail.com>"),
        ("X-Failed-Recipients", "shruthi.gowda@brahmamobilty.com"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


# 47 -------------------------------------------------------------- newsletter about interviewing
@mail(nxt(), family="newsletter_tips", lang="en-US", interview=False, company=None,
      note="Newsletter about system design interviews and following up after an interview; announces a "
           "live AMA; confirms nothing for the reader",
      days=(("Thu", "2026-10-22"),))
def backend_weekly():
    body = t("""
        Backend Weekly #212 - The system design interview, demystified

        Hi there,

        This week's issue is all about interviews. Three things worth your time:

        1. "Your onsite is on Tuesday. Now what?" - a 5-day prep plan for the system design round, from clarifying requirements to back-of-the-envelope numbers.

        2. Questions to ask your interviewer - what to ask the hiring manager in the final round so you actually learn how the team works.

        3. The follow-up email - when to send a thank-you note after your interview, and when to nudge the recruiter if you haven't heard back in a week.

        LIVE AMA: "I've run 300 backend interviews - ask me anything" with a staff engineer from a large payments company, Thu 22 Oct, 8:00 PM IST / 7:30 AM PT. Reply to this email with your question.

        Happy building,
        The Backend Weekly team

        You're receiving this because you subscribed at backendweekly.dev. Unsubscribe: https://backendweekly.dev/unsubscribe?u=7f1c2a
        """)
    hs = head(addr("Backend Weekly", "newsletter@backendweekly.dev"),
              "Backend Weekly #212: The system design interview, demystified",
              "2026-10-16 06:30:00", "UTC",
              "<20261016063000.212.7f1c2a@backendweekly.dev>",
              relay="from mail186-11.suw21.mandrillapp.com (mail186-11.suw21.mandrillapp.com [198.2.186.11])",
              extra=(("List-Unsubscribe", "<https://backendweekly.dev/unsubscribe?u=7f1c2a>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "Backend Weekly <weekly.backendweekly.dev>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras_html(body, font="Georgia,serif", size="16px"))))


# 48 ------------------------------------------------------- Darwinbox: shortlisted, next round TBD
@mail(nxt(), family="post_interview", lang="en-IN", interview=False, company="Tilak Commerce",
      note="Darwinbox status update after Round 1: shortlisted for the next round, which is yet to be "
           "scheduled",
      days=(("Thu", "2026-03-12"),))
def tilak_shortlisted():
    body = t("""
        Dear Nikhil Venkatesh,

        Thank you for attending the Technical Interview - Round 1 on 12-Mar-2026 (Thursday).

        We are happy to inform you that you have been shortlisted for the next round (Hiring Manager Round). Our Talent Acquisition team will get in touch with you shortly to schedule the same.

        Best Regards,
        Talent Acquisition Team
        Tilak Commerce Pvt. Ltd.

        This is a system generated email. Please do not reply to this email.
        Powered by Darwinbox
        """)
    hs = head(addr("Tilak Commerce", "no-reply@darwinbox.in"),
              "Update on your application - Senior Backend Engineer | Tilak Commerce",
              "2026-03-13 17:20:09", IST,
              "<0109018e3f1a2b3c-4d5e6f7a-8b9c-4d0e-a1f2-b3c4d5e6f7a8-000000@ap-south-1.amazonses.com>",
              relay="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])")
    return message(hs, alt(text(body), html(paras_html(body, font="'Segoe UI',Arial,sans-serif"))))


# 49 ------------------------------------------------------------------- Naukri walk-in mailer
@mail(nxt(), family="job_alert", lang="en-IN", interview=False, company=None,
      note="Naukri walk-in drive advertisement sent to many job seekers: an open time window, not the "
           "candidate's own scheduled interview",
      days=(("Sat", "2026-11-14"),))
def naukri_walkin():
    body = t("""
        Walk-in Drive | Java / Backend Developers | Vyoma Techsoft | Bengaluru

        Hi Nikhil,

        Based on your profile, you may be interested in this walk-in drive.

        Company: Vyoma Techsoft Pvt. Ltd.
        Role: Senior Java Developer / Backend Developer
        Experience: 4-8 years
        Skills: Core Java, Spring Boot, Microservices, Kafka, SQL

        Walk-in Date: Sat, 14 Nov 2026
        Time: 9:30 AM - 1:00 PM
        Venue: Vyoma Techsoft, 3rd Floor, Block C, Manyata Embassy Business Park, Nagawara, Bengaluru - 560045
        Contact: HR Team (please do not call)

        Carry an updated resume, a photo ID and this mail. Entry is on first-come-first-served basis.

        I'm interested: https://www.naukri.com/walkin/vyoma-techsoft-java-14nov?src=mailer

        Team Naukri.com
        You are receiving this mailer because your profile matches the requirement. Unsubscribe: https://www.naukri.com/unsubscribe?type=walkin
        """)
    hs = head(addr("Naukri Walk-ins", "walkins@naukri.com"),
              "Walk-in for Java/Backend Developers on Sat, 14 Nov - Vyoma Techsoft, Bengaluru",
              "2026-11-09 09:00:44", IST,
              "<20261109033044.a71c@mailer.naukri.com>",
              relay="from mailer37.naukri.com (mailer37.naukri.com [103.14.124.37])",
              extra=(("List-Unsubscribe", "<https://www.naukri.com/unsubscribe?type=walkin>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(paras_html(body))))


# 50 ------------------------------------------------------------ Greenhouse candidate survey
@mail(nxt(), family="survey", lang="en-US", interview=False, company="Quillbyte",
      note="Post-interview candidate experience survey referring to the past onsite",
      days=(("Tue", "2026-04-21"),))
def quillbyte_survey():
    body = t("""
        Hi Nikhil,

        Thanks for interviewing with Quillbyte on Tuesday, April 21. We're always working to improve our interview process and would love to hear how it went for you.

        The survey takes about 2 minutes, and your responses are anonymous - they won't be shared with the hiring team or affect your candidacy.

        Take the survey: https://app.greenhouse.io/candidate_surveys/new?token=b3c9e1f7a2

        Thank you!
        The Quillbyte Recruiting Team
        """)
    hs = head(addr("Quillbyte", "no-reply@us.greenhouse-mail.io"),
              "How did we do? Tell us about your interview with Quillbyte",
              "2026-04-23 09:00:27", "America/Los_Angeles",
              "<6627dc3b91a4e_5f6a3f8e4a2d9c40133@greenhouse-app-3a1b2.mail>",
              relay="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.22])")
    return message(hs, alt(text(body), html(paras_html(body, font="Helvetica,Arial,sans-serif"))))
