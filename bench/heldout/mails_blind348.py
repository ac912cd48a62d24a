"""blind348: a blind 50-mail held-out set, a realistic inbox (Missoula, Montana).

Inbox owner: Cody Lindgren <cody.lindgren@example.org> (second address cody.l@example.com), a
hydrologist in Missoula (America/Denver) looking at roles in Montana, Idaho, Washington, Colorado
and remote teams, September to December 2026. Keys 1-23 are positives, 24-50 negatives; the file
number of key k is ORDER[k - 1]. Written by hand on 2026-11-28 without reading the detector.
"""

from __future__ import annotations

import random
from email.utils import parseaddr

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
    message,
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind348"
ORDER = random.Random(3480348).sample(range(1, 51), 50)

DEN = "America/Denver"
BOI = "America/Boise"
LAX = "America/Los_Angeles"
NYC = "America/New_York"

ME = "cody.lindgren@example.org"
ME2 = "cody.l@example.com"
ME_ADDR = addr("Cody Lindgren", ME)
ME2_ADDR = addr("Cody Lindgren", ME2)
MX = "mx.example.org (Postfix)"


def name(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def pos(k: int, *, family: str, company: str, kind: str, local: str, zone: str, contact: str | None,
        note: str, end: str | None = None, lang: str = "en", days=()):
    day_time = local.split(" ", 1)[1]
    return make.mail(name(k), family=family, lang=lang, interview=True, company=company, note=note,
                     kind=kind, start=utc(day_time, zone), end=utc(end, zone) if end else None,
                     contact=contact, local=local, local_end=end, zone=zone, days=days)


def neg(k: int, *, family: str, company: str | None, note: str, lang: str = "en", days=()):
    return make.mail(name(k), family=family, lang=lang, interview=False, company=company, note=note,
                     days=days)


def cal(src: str, vtz: str) -> str:
    """A hand-written ICS (indented in the source) with its VTIMEZONE block put in."""
    return t(src).replace("@VTIMEZONE@", vtz)


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_ADDR,
         relay: str, extra: tuple[tuple[str, str], ...] = (), rcpt: str = ME, lag: int = 3):
    hs = [
        ("Return-Path", "<" + parseaddr(frm)[1] + ">"),
        ("Received", received(f"from {relay}", when, zone, MX + " with ESMTPS id " + mid[:10].upper(),
                              rcpt, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"),
    ]
    hs += list(extra)
    return hs


# --------------------------------------------------------------------------- time zones for ICS

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

VTZ_PACIFIC_WIN = """BEGIN:VTIMEZONE
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

VTZ_DENVER = """BEGIN:VTIMEZONE
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

TEAMS_TEXT = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0>
    Meeting ID: {mid}
    Passcode: {pc}
    Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


# =========================================================================== positives


@pos(1, family="greenhouse", company="Clearwater Basin Analytics", kind="scheduled",
     local="Tue 2026-09-15 10:00", end="2026-09-15 10:45", zone=BOI,
     contact="hannah.okafor@clearwaterbasin.com",
     note="Greenhouse confirmation, Boise office, 10:00-10:45 AM MDT (Mountain Time - Boise); "
          "contact = human Reply-To recruiter")
def m01():
    body = t("""
        Hi Cody,

        Thanks for making time to speak with us! Your interview for Hydrologist II at Clearwater
        Basin Analytics is confirmed. Details are below.

        Interview: Hiring Manager Interview
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM MDT (Mountain Time - Boise)
        Location: Video call - Microsoft Teams (a calendar invitation with the join link will
        come separately from your interviewer)

        Interviewer:
        Mark Ruelas, Water Resources Program Lead

        If anything changes on your end, just reply to this email and it'll come straight to me.

        Best,
        Hannah Okafor
        Talent Acquisition | Clearwater Basin Analytics
        Boise, Idaho

        --
        Powered by Greenhouse
        To stop receiving emails about this application, click here:
        https://app.greenhouse.io/email_preferences/3c7e19aa
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <p>Hi Cody,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Hydrologist II</b> at
        Clearwater Basin Analytics is confirmed. Details are below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM MDT (Mountain Time - Boise)</td></tr>
        <tr><td><b>Location:</b></td><td>Video call - Microsoft Teams (a calendar invitation with the
        join link will come separately from your interviewer)</td></tr>
        </table>
        <p><b>Interviewer:</b><br>Mark Ruelas, Water Resources Program Lead</p>
        <p>If anything changes on your end, just reply to this email and it'll come straight to me.</p>
        <p>Best,<br>Hannah Okafor<br>Talent Acquisition | Clearwater Basin Analytics<br>Boise, Idaho</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse &middot;
        <a href="https://app.greenhouse.io/email_preferences/3c7e19aa">Email preferences</a></p>
        </body></html>
        """)
    hs = head(addr("Clearwater Basin Analytics", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Hydrologist II at Clearwater Basin Analytics",
              "2026-09-09 16:12", BOI, "0100019c3e2f81aa-5b1f3e07-77c2-4d0e-9a1b-2a4c8f0e6d11-000000@email.amazonses.com",
              relay="a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              extra=(("Reply-To", addr("Hannah Okafor", "hannah.okafor@clearwaterbasin.com")),))
    return message(hs, alt(text(body), html(page)))


@pos(2, family="outlook_calendar", company="Clearwater Basin Analytics", kind="rescheduled",
     local="Thu 2026-09-17 14:00", end="2026-09-17 14:45", zone=BOI,
     contact="mruelas@clearwaterbasin.com",
     note="Exchange meeting update (SEQUENCE:1, TZID Mountain Standard Time) moving the Tue 15 Sep "
          "10:00 interview to Thu 17 Sep 2:00-2:45 PM; the body shows Outlook's '(UTC-07:00) Mountain "
          "Time' label although MDT is UTC-6 - the ICS decides; organizer and sender = interviewer")
def m02():
    body = t("""
        Hi Cody - something came up with a field crew on Tuesday morning so I need to move us to Thursday afternoon. Sorry for the shuffle. Same Teams link.

        -Mark

        """) + TEAMS_TEXT.format(tok="NjI4ZTk1YjYtOWQ4Zi00", mid="263 118 904 552", pc="q7Lh3X")
    body = ("When: Thursday, September 17, 2026 2:00 PM-2:45 PM (UTC-07:00) Mountain Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("<", "&lt;").replace(">", "&gt;").split("\n")) + "</div></body></html>\n"
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=Mark Ruelas:mailto:mruelas@clearwaterbasin.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cody Lindgren:mailto:cody.lindgren@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Okafor:mailto:hannah.okafor@clearwaterbasin.com
        DESCRIPTION;LANGUAGE=en-US:Hi Cody - something came up with a field crew on Tuesday morning so I need to move us to Thursday afternoon. Sorry for the shuffle. Same Teams link.\\n\\n-Mark\\n
        UID:040000008200E00074C5B7101A82E00800000000B06E1F2A6A3CDC01000000000000000010000000D41A7C5E2F0B9A4CB0A3E6D2F11C7B45
        SUMMARY;LANGUAGE=en-US:Clearwater Basin - Hydrologist II interview (Cody Lindgren)
        DTSTART;TZID=Mountain Standard Time:20260917T140000
        DTEND;TZID=Mountain Standard Time:20260917T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260914T144700Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2124785311
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MOUNTAIN_WIN)
    hs = head(addr("Mark Ruelas", "mruelas@clearwaterbasin.com"),
              "Updated: Clearwater Basin - Hydrologist II interview (Cody Lindgren)",
              "2026-09-14 08:47", BOI, "BYAPR11MB3317A0C4E1D27F9E6B5D2C41B7E92@BYAPR11MB3317.namprd11.prod.outlook.com",
              relay="NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2110.outbound.protection.outlook.com [40.107.244.110])",
              extra=(("Cc", addr("Hannah Okafor", "hannah.okafor@clearwaterbasin.com")),
                     ("Thread-Topic", "Clearwater Basin - Hydrologist II interview (Cody Lindgren)"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, charset="utf-8"), html(page), calendar(ics, cte="base64")))


@pos(3, family="lever", company="Cascadia Hydro Consulting", kind="scheduled",
     local="Wed 2026-09-23 09:30", end="2026-09-23 10:00", zone=LAX,
     contact="jenna.park@cascadiahydro.com",
     note="Lever phone screen 9:30-10:00 AM PDT (Seattle); the mail also shows 10:30 MDT for the "
          "candidate; contact = Reply-To recruiter")
def m03():
    body = t("""
        Hi Cody,

        You're all set! Here are the details for your upcoming phone screen with Cascadia Hydro Consulting.

        Role: Hydrologist / Water Resources Scientist
        When: Wednesday, September 23, 2026 · 9:30 – 10:00 AM PDT
              (that's 10:30 – 11:00 AM in Mountain Time)
        Format: Phone call. Jenna will call you at the number on your application, (406) 555-0148.

        Who you'll be talking to: Jenna Park, Senior Recruiter

        Need to make a change? Just reply to this email.

        Cheers,
        The Cascadia Hydro Consulting Team

        Sent via Lever · Privacy Policy: https://www.cascadiahydro.com/privacy
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:6px">
        <p>Hi Cody,</p>
        <p>You&#39;re all set! Here are the details for your upcoming phone screen with Cascadia Hydro Consulting.</p>
        <p><strong>Role:</strong> Hydrologist / Water Resources Scientist<br>
        <strong>When:</strong> Wednesday, September 23, 2026 &middot; 9:30 &ndash; 10:00 AM PDT<br>
        <span style="color:#777">(that&#39;s 10:30 &ndash; 11:00 AM in Mountain Time)</span><br>
        <strong>Format:</strong> Phone call. Jenna will call you at the number on your application, (406) 555-0148.</p>
        <p><strong>Who you&#39;ll be talking to:</strong> Jenna Park, Senior Recruiter</p>
        <p>Need to make a change? Just reply to this email.</p>
        <p>Cheers,<br>The Cascadia Hydro Consulting Team</p>
        </div>
        <p style="text-align:center;color:#aaa;font-size:11px">Sent via Lever</p>
        </body></html>
        """)
    hs = head(addr("Cascadia Hydro Consulting", "no-reply@hire.lever.co"),
              "Your phone screen with Cascadia Hydro Consulting is confirmed",
              "2026-09-17 13:05", LAX, "20260917200502.1.8F2C4E71B09D3A55@hire.lever.co",
              relay="o7.email.lever.co (o7.email.lever.co [167.89.12.71])",
              extra=(("Reply-To", addr("Jenna Park", "jenna.park@cascadiahydro.com")),
                     ("X-Mailgun-Tag", "interview-confirmation")))
    return message(hs, alt(text(body), html(page)))


@pos(4, family="outlook_calendar", company="Cascadia Hydro Consulting", kind="scheduled",
     local="Tue 2026-10-13 09:00", end="2026-10-13 12:00", zone=LAX,
     contact="jenna.park@cascadiahydro.com",
     note="Exchange meeting request for the in-person onsite in Seattle, TZID Pacific Standard Time, "
          "9:00 AM-12:00 PM PDT; body label '(UTC-08:00) Pacific Time' is Outlook's standard offset; "
          "organizer/sender = recruiter")
def m04():
    intro = t("""
        When: Tuesday, October 13, 2026 9:00 AM-12:00 PM (UTC-08:00) Pacific Time (US & Canada).
        Where: Cascadia Hydro Consulting, 1420 Westlake Ave N, Suite 300, Seattle, WA 98109

        *~*~*~*~*~*~*~*~*~*

        Hi Cody,

        Looking forward to having you in Seattle! Here's the plan for the onsite:

        9:00 - 9:45   Dr. Aaron Fiske, Principal Hydrologist
        9:45 - 10:30  Technical presentation (20 min talk + Q&A) - the room has a projector and HDMI/USB-C
        10:30 - 11:15 Meera Sandoval & Chris Yoon, Modeling team
        11:15 - 12:00 Wrap-up with me and Lauren Tate (Ops Director)

        Check in at the front desk on the 3rd floor and ask for me. There's paid parking under the building; keep your receipt and we'll reimburse it with your travel.

        Jenna

        Jenna Park | Senior Recruiter
        Cascadia Hydro Consulting
        o: 206-555-0173
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">" +
            intro.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") +
            "</p></div></body></html>\n")
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=Jenna Park:mailto:jenna.park@cascadiahydro.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cody.lindgren@example.org:mailto:cody.lindgren@example.org
        DESCRIPTION;LANGUAGE=en-US:Hi Cody\\,\\n\\nLooking forward to having you in Seattle! Here's the plan for the onsite - see the email for the schedule.\\n\\nJenna\\n
        UID:040000008200E00074C5B7101A82E0080000000070C1A4D9F84ADC01000000000000000010000000A2C97F1E5D604B4E8E33C1D0A6B2F781
        SUMMARY;LANGUAGE=en-US:Onsite interview - Cody Lindgren (Hydrologist)
        DTSTART;TZID=Pacific Standard Time:20261013T090000
        DTEND;TZID=Pacific Standard Time:20261013T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261005T172000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Cascadia Hydro Consulting\\, 1420 Westlake Ave N\\, Suite 300\\, Seattle\\, WA 98109
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
        """, VTZ_PACIFIC_WIN)
    hs = head(addr("Jenna Park", "jenna.park@cascadiahydro.com"),
              "Onsite interview - Cody Lindgren (Hydrologist)",
              "2026-10-05 10:20", LAX, "SJ0PR08MB81224F3B0E6D0A1C9B7E44D2A9C3@SJ0PR08MB8122.namprd08.prod.outlook.com",
              relay="NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2097.outbound.protection.outlook.com [40.107.102.97])",
              extra=(("Thread-Topic", "Onsite interview - Cody Lindgren (Hydrologist)"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(intro), html(page), calendar(ics, cte="base64")))


@pos(5, family="human_prose", company="Front Range Watershed Institute", kind="scheduled",
     local="Thu 2026-10-08 13:00", end="2026-10-08 14:00", zone=DEN,
     contact="enavarro@frontrangewatershed.org",
     note="Hiring manager's reply accepting the candidate's proposed slot: 'Thursday at 1 pm Mountain' "
          "resolved against Date (Mon 5 Oct), 60 minutes stated; sender is the contact")
def m05():
    body = t("""
        Hi Cody,

        Thursday at 1 pm Mountain works great - let's lock it in. I'll send a Zoom invite this afternoon. Plan on 60 minutes: I'll spend the first half on the Poudre monitoring program and what the role actually looks like day to day, then I'd love to hear about your snowmelt-runoff work in the Blackfoot.

        Rafael from our data team may join for the last 15 min.

        Talk soon,
        Elise

        Elise Navarro, PhD
        Science Director
        Front Range Watershed Institute | Fort Collins, CO
        970-555-0126

        On Mon, Oct 5, 2026 at 11:02 AM Cody Lindgren <cody.lindgren@example.org> wrote:
        > Hi Dr. Navarro,
        >
        > Thanks for reaching out! I could do Thursday (10/8) at 1:00 or Friday morning anytime before 11 Mountain. Whatever's easier on your end.
        >
        > Best,
        > Cody
        """)
    hs = head(addr("Elise Navarro", "enavarro@frontrangewatershed.org"),
              "Re: Hydrologist position - intro call",
              "2026-10-05 15:40", DEN, "CAE7s0q+Lk2pRnV0vY7HfBq9xWmD1k3TzP=Qe4JmF5sA@mail.gmail.com",
              relay="mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])",
              extra=(("In-Reply-To", "<F3C2A9B1-77E0-4E2B-9C15-8D3B0A6E4F21@example.org>"),
                     ("References", "<CAE7s0q+JbX4T2@mail.gmail.com> <F3C2A9B1-77E0-4E2B-9C15-8D3B0A6E4F21@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(6, family="outlook_calendar", company="Front Range Watershed Institute", kind="cancelled",
     local="Thu 2026-10-08 13:00", end="2026-10-08 14:00", zone=DEN,
     contact="enavarro@frontrangewatershed.org",
     note="Outlook METHOD:CANCEL (TZID Mountain Standard Time) for the Thu 8 Oct 1-2 PM interview: "
          "the position was frozen; cancelled slot labelled")
def m06():
    body = t("""
        Cody,

        I'm really sorry to do this. Our board froze the position this morning until we hear back on the federal grant renewal, so I have to cancel tomorrow's conversation. I know you rearranged your week for this.

        If the funding comes through I'll reach out to you first - I mean that.

        Elise
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=Elise Navarro:mailto:enavarro@frontrangewatershed.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cody Lindgren:mailto:cody.lindgren@example.org
        DESCRIPTION;LANGUAGE=en-US:Cody\\,\\n\\nI'm really sorry to do this. Our board froze the position this morning until we hear back on the federal grant renewal\\, so I have to cancel tomorrow's conversation.\\n\\nElise\\n
        UID:040000008200E00074C5B7101A82E00800000000F0B3D52E1C56DC0100000000000000001000000058A0C2E3B7194F2A86B0E1D4C3F5A621
        SUMMARY;LANGUAGE=en-US:Canceled: Cody Lindgren / FRWI Hydrologist - intro
        DTSTART;TZID=Mountain Standard Time:20261008T130000
        DTEND;TZID=Mountain Standard Time:20261008T140000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261007T151200Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Zoom
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MOUNTAIN_WIN)
    hs = head(addr("Elise Navarro", "enavarro@frontrangewatershed.org"),
              "Canceled: Cody Lindgren / FRWI Hydrologist - intro",
              "2026-10-07 09:12", DEN, "MN2PR14MB4079C1E93B8A7F0D2E6C5A10F4B7@MN2PR14MB4079.namprd14.prod.outlook.com",
              relay="NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2091.outbound.protection.outlook.com [40.107.220.91])",
              extra=(("Importance", "high"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@pos(7, family="ashby", company="Streamgage Labs", kind="scheduled",
     local="Mon 2026-10-19 13:00", end="2026-10-19 14:00", zone=NYC,
     contact="sam@streamgagelabs.io",
     note="Ashby confirmation for a remote team based in New York: 1:00-2:00 PM EDT (11-12 MDT shown "
          "too); ICS in America/New_York; contact = Reply-To recruiter")
def m07():
    body = t("""
        Hi Cody,

        Your interview is confirmed. We're looking forward to it!

        Monday, October 19, 2026
        1:00 PM - 2:00 PM EDT (11:00 AM - 12:00 PM MDT, your time)
        Google Meet: https://meet.google.com/wqe-hrtk-zmb

        Technical Interview - Sensor Data & Hydrologic Modeling
        You'll meet with:
          Ines Calloway - Staff Data Scientist
          Dev Raghunathan - Engineering Manager, Field Platform

        Questions or need to reschedule? Reply to this email and it will reach Sam Whitford.

        Streamgage Labs
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Cody,</p>
        <p>Your interview is confirmed. We&rsquo;re looking forward to it!</p>
        <div style="border:1px solid #e1e4e8;border-radius:8px;padding:16px">
        <p style="margin:0"><b>Monday, October 19, 2026</b><br>
        1:00 PM &ndash; 2:00 PM EDT <span style="color:#6a737d">(11:00 AM &ndash; 12:00 PM MDT, your time)</span><br>
        <a href="https://meet.google.com/wqe-hrtk-zmb">Google Meet</a></p>
        </div>
        <p><b>Technical Interview &ndash; Sensor Data &amp; Hydrologic Modeling</b><br>You&rsquo;ll meet with:</p>
        <ul><li>Ines Calloway &ndash; Staff Data Scientist</li>
        <li>Dev Raghunathan &ndash; Engineering Manager, Field Platform</li></ul>
        <p>Questions or need to reschedule? Reply to this email and it will reach Sam Whitford.</p>
        <p>Streamgage Labs</p>
        </body></html>
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTIMEZONE@
        BEGIN:VEVENT
        UID:ashby-7d1e0c55-3b9a-4f62-a0d8-e54c1f9b2a77
        DTSTAMP:20261013T150200Z
        DTSTART;TZID=America/New_York:20261019T130000
        DTEND;TZID=America/New_York:20261019T140000
        SEQUENCE:0
        SUMMARY:Streamgage Labs - Technical Interview (Cody Lindgren)
        LOCATION:https://meet.google.com/wqe-hrtk-zmb
        ORGANIZER;CN=Sam Whitford:mailto:sam@streamgagelabs.io
        ATTENDEE;CN=Cody Lindgren;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cody.lindgren@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, make.VTZ["America/New_York"])
    hs = head(addr("Streamgage Labs", "no-reply@ashbyhq.com"),
              "Interview Confirmed: Hydrologic Data Scientist at Streamgage Labs",
              "2026-10-13 11:02", NYC, "0100019d2a7c14b2-9e31f0aa-4c57-4b1e-8d02-61a3f7e5c9b0-000000@email.amazonses.com",
              relay="a8-49.smtp-out.amazonses.com (a8-49.smtp-out.amazonses.com [54.240.8.49])",
              extra=(("Reply-To", addr("Sam Whitford", "sam@streamgagelabs.io")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics",
                                      disposition="attachment", cte="base64")))


@pos(8, family="workday", company="Kootenai Power & Light", kind="scheduled",
     local="Tue 2026-10-27 08:30", end="2026-10-27 09:30", zone=LAX,
     contact="molander@kootenaipl.com",
     note="Workday HTML-only (base64) notice, US date 10/27/2026, 8:30-9:30 AM Pacific Time "
          "(Coeur d'Alene, north Idaho is on Pacific time); contact = recruiter address in the body")
def m08():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Interview Scheduled</title></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="background:#005a9c;color:#fff;padding:14px 20px;font-size:18px">Kootenai Power &amp; Light</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Cody Lindgren,</p>
        <p>Thank you for your interest in the <b>Hydrologist - Generation Planning (R-0004127)</b> position with Kootenai Power &amp; Light. We are pleased to confirm your interview as follows:</p>
        <table cellpadding="3">
        <tr><td>Interview Date:</td><td>10/27/2026</td></tr>
        <tr><td>Start Time:</td><td>8:30 AM Pacific Time</td></tr>
        <tr><td>End Time:</td><td>9:30 AM Pacific Time</td></tr>
        <tr><td>Interview Type:</td><td>Panel Interview - Virtual (Webex)</td></tr>
        <tr><td>Panel:</td><td>Curtis Haldane, Manager, Hydro Operations; Leah Brockway, Senior Engineer; Marisa Olander, Talent Acquisition</td></tr>
        </table>
        <p>A Webex link will be emailed to you the day before your interview. If you have any questions or require an accommodation during the interview process, please contact Marisa Olander at <a href="mailto:molander@kootenaipl.com">molander@kootenaipl.com</a> or 208-555-0191.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Kootenai Power &amp; Light</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Kootenai Power &amp; Light is an Equal Opportunity Employer, including disability and veterans.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Kootenai Power & Light", "kootenaipl@myworkday.com"),
              "Interview Scheduled - Hydrologist - Generation Planning (R-0004127)",
              "2026-10-20 07:15", LAX, "1834029151.44817.1792509300412@wd5-prod-mailer-37.myworkday.com",
              relay="wd5-smtp-out-12.myworkday.com (wd5-smtp-out-12.myworkday.com [199.67.84.12])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@pos(9, family="smartrecruiters", company="Palouse Soil & Water Lab", kind="scheduled",
     local="Thu 2026-11-05 10:00", end="2026-11-05 11:00", zone=LAX,
     contact="tvance@palousesoilwater.org",
     note="SmartRecruiters invite sent 29 Oct in PDT for Thu 5 Nov 10:00 AM PST (after the US change "
          "on 1 Nov), '(GMT-08:00) Pacific Time'; Moscow, Idaho is on Pacific time; ICS in "
          "America/Los_Angeles; contact = hiring manager as ICS ORGANIZER (sender is no-reply)")
def m09():
    body = t("""
        Hello Cody,

        Palouse Soil & Water Lab has scheduled an interview with you for the Research Hydrologist position.

        Date: Thursday, November 5, 2026
        Time: 10:00 AM - 11:00 AM (GMT-08:00) Pacific Time
        Location: Zoom - https://zoom.us/j/93188204716?pwd=cGFsb3VzZTIwMjY
        Interviewers: Tomas Vance, Lab Director; Karin Oyelaran, Field Program Manager

        Please note that daylight saving time ends on November 1, so this is 11:00 AM Mountain Standard Time.

        Please confirm your attendance by accepting the attached calendar invitation.

        Kind regards,
        Palouse Soil & Water Lab Hiring Team

        This message was sent to cody.lindgren@example.org by SmartRecruiters on behalf of Palouse Soil & Water Lab.
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        @VTIMEZONE@
        BEGIN:VEVENT
        UID:sr-int-66c0f3e1a9d74b0c@smartrecruiters.com
        DTSTAMP:20261029T213000Z
        DTSTART;TZID=America/Los_Angeles:20261105T100000
        DTEND;TZID=America/Los_Angeles:20261105T110000
        SUMMARY:Interview: Research Hydrologist - Palouse Soil & Water Lab
        LOCATION:https://zoom.us/j/93188204716?pwd=cGFsb3VzZTIwMjY
        ORGANIZER;CN=Tomas Vance:mailto:tvance@palousesoilwater.org
        ATTENDEE;CN=Cody Lindgren;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:cody.lindgren@example.org
        ATTENDEE;CN=Karin Oyelaran;PARTSTAT=ACCEPTED:mailto:koyelaran@palousesoilwater.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, VTZ_LA)
    hs = head(addr("Palouse Soil & Water Lab", "noreply@smartrecruiters.com"),
              "Interview invitation: Research Hydrologist",
              "2026-10-29 14:30", LAX, "1761773400512.6e0a.smtp@mail.smartrecruiters.com",
              relay="mail-a24.smartrecruiters.com (mail-a24.smartrecruiters.com [185.24.107.24])")
    return message(hs, mixed(text(body, cte="7bit", charset="us-ascii"),
                             calendar(ics, method="REQUEST", filename="interview.ics",
                                      disposition="attachment", cte="7bit", name_param=True)))


@pos(10, family="icims", company="Snake River Environmental", kind="rescheduled",
     local="Fri 2026-11-13 14:00", end="2026-11-13 15:00", zone=BOI,
     contact="dkessler@snakeriverenv.com",
     note="iCIMS plain-text reschedule with old (11/10 9:00 AM MT) and new (11/13/2026 2:00-3:00 PM MT) "
          "times; Idaho Falls = Mountain; labelled with the new time; contact = Reply-To recruiter")
def m10():
    body = t("""
        Cody,

        Your interview for the position of Senior Hydrologist (Req #2026-1187) has been rescheduled.

        PREVIOUS DATE/TIME: 11/10/2026 9:00 AM MT
        NEW DATE/TIME:      11/13/2026 2:00 PM - 3:00 PM MT
        LOCATION:           Snake River Environmental, 2350 Lindsay Blvd, Idaho Falls, ID 83402
                            (remote participation available via Teams - link to follow)
        INTERVIEWER(S):     Gwen Talbot, Dale Kessler

        We apologize for any inconvenience. If the new time does not work for you, please reply to this message.

        Thank you,
        Dale Kessler
        Recruiting Coordinator
        Snake River Environmental

        ******************************************************************************
        This email and any attachments are confidential and intended solely for the
        addressee. If you have received this email in error please notify the sender.
        ******************************************************************************
        """)
    hs = head(addr("Snake River Environmental", "snakeriverenv@talent.icims.com"),
              "Interview Rescheduled: Senior Hydrologist (Req #2026-1187)",
              "2026-11-06 10:45", BOI, "1792863900.81342.icims.mail@talent.icims.com",
              relay="smtp-out3.icims.com (smtp-out3.icims.com [64.79.147.23])",
              extra=(("Reply-To", addr("Dale Kessler", "dkessler@snakeriverenv.com")),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@pos(11, family="workable", company="Flathead Geospatial", kind="scheduled",
     local="Tue 2026-09-29 15:00", end="2026-09-29 16:00", zone=DEN,
     contact="ben@flatheadgeo.com",
     note="Workable confirmation, 3:00-4:00 PM MDT in Kalispell; Reply-To is a Workable relay (+ token), "
          "so contact = hiring manager's address in the body")
def m11():
    body = t("""
        Hi Cody,

        Your interview with Flathead Geospatial has been confirmed.

        Position: GIS Hydrologist
        Date & time: Tuesday, Sep 29, 2026, 3:00 PM - 4:00 PM (America/Denver)
        Where: Flathead Geospatial office, 31 1st Ave E, Kalispell, MT 59901
        With: Ben Tolliver, Owner & Principal

        Ben asked me to pass along: bring a laptop if you have a map or model you'd like to walk through. If you're running late on 93 just text him at 406-555-0133 or email ben@flatheadgeo.com.

        You can reply to this email with any questions.

        Good luck!
        Flathead Geospatial

        ---
        Powered by Workable | Unsubscribe from candidate emails
        """)
    page = "<html><body>" + "".join(
        f"<p>{ln}</p>" for ln in body.replace("&", "&amp;").split("\n\n")) + "</body></html>\n"
    hs = head(addr("Flathead Geospatial", "noreply@workablemail.com"),
              "Interview confirmed - GIS Hydrologist at Flathead Geospatial",
              "2026-09-23 12:00", DEN, "5f8e2c41b7a0.20260923180000.1094@workablemail.com",
              relay="mail-out-18.workablemail.com (mail-out-18.workablemail.com [52.27.111.18])",
              extra=(("Reply-To", "flathead-geospatial+c7a1f92e04@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@pos(12, family="teamtailor", company="Northfork Climate", kind="scheduled",
     local="Wed 2026-11-11 09:00", end="2026-11-11 09:45", zone=DEN,
     contact="lucas.beaumont@northforkclimate.com",
     note="Teamtailor booking confirmation, 9:00-9:45 AM MST with ICS in America/Denver (remote team "
          "based in Denver); contact = Reply-To recruiter")
def m12():
    body = t("""
        Hi Cody!

        Thanks for booking a time - your interview with Northfork Climate is confirmed 🎉

        📅 Wednesday, November 11, 2026
        🕘 09:00 - 09:45 (America/Denver)
        📍 Google Meet - https://meet.google.com/pqz-ofdh-xet

        You'll meet Priya Raman, Lead Hydrologist, for a conversation about the Watershed Risk role.

        Need to change something? Reply to this email and Lucas will help you out.

        Best,
        Lucas Beaumont
        Talent Partner, Northfork Climate

        Sent with Teamtailor
        """)
    page = t("""
        <html><body style="font-family:'Inter',Helvetica,sans-serif;color:#222">
        <h2 style="font-weight:600">Your interview is confirmed 🎉</h2>
        <p>Hi Cody!</p>
        <p>Thanks for booking a time &ndash; your interview with Northfork Climate is confirmed.</p>
        <p>📅 Wednesday, November 11, 2026<br>🕘 09:00 &ndash; 09:45 (America/Denver)<br>
        📍 <a href="https://meet.google.com/pqz-ofdh-xet">Google Meet</a></p>
        <p>You&#39;ll meet Priya Raman, Lead Hydrologist, for a conversation about the Watershed Risk role.</p>
        <p>Need to change something? Reply to this email and Lucas will help you out.</p>
        <p>Best,<br>Lucas Beaumont<br>Talent Partner, Northfork Climate</p>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </body></html>
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        @VTIMEZONE@
        BEGIN:VEVENT
        UID:tt-meeting-4c19d0b7e2@teamtailor.com
        DTSTAMP:20261104T163000Z
        DTSTART;TZID=America/Denver:20261111T090000
        DTEND;TZID=America/Denver:20261111T094500
        SUMMARY:Interview: Cody Lindgren <> Northfork Climate
        LOCATION:https://meet.google.com/pqz-ofdh-xet
        ORGANIZER;CN=Lucas Beaumont:mailto:lucas.beaumont@northforkclimate.com
        ATTENDEE;CN=Cody Lindgren;RSVP=TRUE:mailto:cody.lindgren@example.org
        ATTENDEE;CN=Priya Raman:mailto:priya.raman@northforkclimate.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """, VTZ_DENVER)
    hs = head(addr("Northfork Climate", "no-reply@teamtailor-mail.com"),
              "Interview confirmed with Northfork Climate 🎉",
              "2026-11-04 09:30", DEN, "6728f1d4a3b9e_1c2f7a3b4d18@teamtailor-mail.com",
              relay="o1.ptr4409.teamtailor-mail.com (o1.ptr4409.teamtailor-mail.com [149.72.33.102])",
              extra=(("Reply-To", addr("Lucas Beaumont", "lucas.beaumont@northforkclimate.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, method="REQUEST", filename="meeting.ics",
                                      disposition="attachment", cte="base64")))


@pos(13, family="personio", company="Alpenglow Sensors", kind="cancelled",
     local="Wed 2026-11-18 10:30", end="2026-11-18 11:30", zone=DEN,
     contact="rachel.dunmore@alpenglowsensors.com",
     note="Personio cancellation (role on hold) of the Wed 18 Nov 10:30-11:30 AM MST interview in "
          "Boulder; cancelled slot labelled; contact = Reply-To recruiter")
def m13():
    body = t("""
        Dear Cody,

        Unfortunately, we need to cancel your interview for the position Field Hydrologist – Sensor Deployments:

        Wednesday, November 18, 2026, 10:30 AM – 11:30 AM (MST)
        Alpenglow Sensors Inc., 2100 Central Ave, Boulder, CO

        The team has decided to put this opening on hold until the first quarter of 2027. We're sorry for the short notice, and we'll keep your application on file. If the role reopens, we'll get in touch.

        Kind regards,
        Rachel Dunmore
        People & Culture
        Alpenglow Sensors Inc.

        This email was sent via Personio.
        """)
    hs = head(addr("Alpenglow Sensors Inc.", "noreply@mail.personio.de"),
              "Cancelled: Your interview at Alpenglow Sensors on November 18",
              "2026-11-16 11:10", DEN, "e6a0b2d9c1f84d5aa2b7@mail.personio.de",
              relay="mail-out-4.personio.de (mail-out-4.personio.de [18.157.64.201])",
              extra=(("Reply-To", addr("Rachel Dunmore", "rachel.dunmore@alpenglowsensors.com")),))
    return message(hs, text(body, cte="8bit"))


@pos(14, family="recruitee", company="Tributary Systems", kind="scheduled",
     local="Mon 2026-11-16 10:00", end="2026-11-16 10:45", zone=LAX,
     contact="grace@tributarysystems.com",
     note="Recruitee interview confirmation for a remote team in Portland: Monday 16 November "
          "10:00-10:45 America/Los_Angeles (PST); contact = Reply-To recruiter")
def m14():
    body = t("""
        Hi Cody,

        This is to confirm your interview for the Water Data Engineer position at Tributary Systems.

        When: Monday 16 November 2026, 10:00 - 10:45 (America/Los_Angeles)
        Where: Zoom - link: https://tributarysystems.zoom.us/j/81044219385
        With: Grace Liu (Head of Talent), Owen Mercer (CTO)

        We'll spend 45 minutes on your background and the stack we use (Python, Airflow, a lot of USGS NWIS data). No prep needed.

        Add to calendar: https://app.recruitee.com/calendar/ics/5e82c7a9

        See you then!
        Grace

        --
        Tributary Systems · Portland, OR · Remote-first
        """)
    page = "<div style=\"font-family:sans-serif\">" + "".join(
        f"<p>{ln.replace(chr(10), '<br>')}</p>" for ln in body.replace("&", "&amp;").split("\n\n")) + "</div>\n"
    hs = head(addr("Grace Liu (Tributary Systems)", "tributarysystems@recruiteemail.com"),
              "Interview confirmation - Water Data Engineer",
              "2026-11-09 10:00", LAX, "recruitee.5e82c7a9.1778349600@recruiteemail.com",
              relay="smtp-out-7.recruiteemail.com (smtp-out-7.recruiteemail.com [35.156.12.77])",
              extra=(("Reply-To", addr("Grace Liu", "grace@tributarysystems.com")),))
    return message(hs, alt(text(body), html(page)))


@pos(15, family="jazzhr", company="Big Sky Water Trust", kind="scheduled",
     local="Fri 2026-10-02 10:00", zone=DEN, contact="cmarsh@bigskywatertrust.org",
     note="JazzHR phone interview Fri Oct 2 10:00 AM MDT (Helena); 'approximately 45 minutes' so end "
          "null; contact = Reply-To hiring manager")
def m16_jazz():
    body = t("""
        Dear Cody,

        Thank you for applying for the Water Rights Hydrologist position with Big Sky Water Trust. We would like to confirm your phone interview:

        Date: Friday, October 2, 2026
        Time: 10:00 AM Mountain Daylight Time
        Length: approximately 45 minutes
        Interviewer: Colleen Marsh, Conservation Programs Director

        Colleen will call you at 406-555-0148. If you need to reach her beforehand, simply reply to this message.

        We appreciate your interest in protecting Montana's rivers!

        Best regards,
        Big Sky Water Trust
        Helena, Montana
        """)
    hs = head(addr("Big Sky Water Trust", "bigskywatertrust@applytojob.com"),
              "Phone Interview Confirmation - Water Rights Hydrologist",
              "2026-09-25 14:00", DEN, "20260925200004.7f3ac91e2b@applytojob.com",
              relay="mail2.applytojob.com (mail2.applytojob.com [52.3.180.44])",
              extra=(("Reply-To", addr("Colleen Marsh", "cmarsh@bigskywatertrust.org")),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@pos(16, family="goodtime", company="Rimrock Energy", kind="scheduled",
     local="Tue 2026-11-24 09:00", end="2026-11-24 12:15", zone=DEN,
     contact="tbrooks@rimrockenergy.com",
     note="GoodTime virtual onsite itinerary, three sessions 9:00 AM-12:15 PM MST (Billings): start = "
          "first session, end = last; contact = Reply-To coordinator")
def m17_goodtime():
    body = t("""
        Hi Cody,

        Your virtual onsite with Rimrock Energy is confirmed! Here is your itinerary. All times are Mountain Standard Time (MST).

        Tuesday, November 24, 2026

        9:00 AM - 9:45 AM    Surface Water Hydrology deep dive
                             with Joel Barrington, Senior Hydrologist
        10:00 AM - 10:45 AM  Permitting & Compliance
                             with Anita Crowfeather, Environmental Manager
        11:00 AM - 12:15 PM  Case presentation + panel
                             with Joel Barrington, Anita Crowfeather, Greg Sorensen (VP Operations)

        Each session has its own Microsoft Teams link in the calendar invitations you'll receive from the interviewers.

        Please send your presentation slides to me by Monday, November 23 at noon so we can share them with the panel.

        Tanya Brooks
        Recruiting Coordinator, Rimrock Energy

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hi Cody,</p>
        <p>Your virtual onsite with Rimrock Energy is confirmed! Here is your itinerary. All times are Mountain Standard Time (MST).</p>
        <h3>Tuesday, November 24, 2026</h3>
        <table border="0" cellpadding="6">
        <tr><td>9:00 AM - 9:45 AM</td><td>Surface Water Hydrology deep dive<br><i>Joel Barrington, Senior Hydrologist</i></td></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>Permitting &amp; Compliance<br><i>Anita Crowfeather, Environmental Manager</i></td></tr>
        <tr><td>11:00 AM - 12:15 PM</td><td>Case presentation + panel<br><i>Joel Barrington, Anita Crowfeather, Greg Sorensen (VP Operations)</i></td></tr>
        </table>
        <p>Each session has its own Microsoft Teams link in the calendar invitations you&#39;ll receive from the interviewers.</p>
        <p>Please send your presentation slides to me by Monday, November 23 at noon so we can share them with the panel.</p>
        <p>Tanya Brooks<br>Recruiting Coordinator, Rimrock Energy</p>
        <p style="color:#aaa;font-size:10px">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Tanya Brooks via GoodTime", "scheduling@goodtime.io"),
              "Your Rimrock Energy Virtual Onsite Itinerary - Tue, Nov 24",
              "2026-11-17 13:30", DEN, "0101019e4b2c7d11-3a8f2e11-0c4d-4e76-b2a1-9f0e8d7c6b5a-000000@us-west-2.amazonses.com",
              relay="a27-12.smtp-out.us-west-2.amazonses.com (a27-12.smtp-out.us-west-2.amazonses.com [54.240.27.12])",
              extra=(("Reply-To", addr("Tanya Brooks", "tbrooks@rimrockenergy.com")),),
              )
    return message(hs, alt(text(body), html(page)))


@pos(17, family="calendly", company="Gallatin Hydrologic", kind="scheduled",
     local="Wed 2026-12-02 14:00", end="2026-12-02 14:30", zone=DEN,
     contact="noah@gallatinhydro.com",
     note="Calendly invitee confirmation for the hiring manager's '30 Minute Interview' event, "
          "2:00-2:30 PM Mountain Time, ICS in America/Denver; contact = Reply-To host")
def m18_calendly():
    body = t("""
        Hi Cody Lindgren,

        A new event has been scheduled.

        Event Type:
        Hydrologist - First Interview (30 min)

        Invitee:
        Cody Lindgren
        cody.lindgren@example.org

        Event Date/Time:
        2:00pm - 2:30pm, Wednesday, December 2, 2026 (Mountain Time - US & Canada)

        Location:
        This is a Zoom web conference.
        Join: https://us06web.zoom.us/j/87412096630

        Host:
        Noah Pierce, Gallatin Hydrologic

        Questions & Answers:
        Anything you'd like Noah to know beforehand?
        Happy to talk about the Bridger Creek gauging project.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4b0f3d2e-9a71
        Reschedule: https://calendly.com/reschedulings/4b0f3d2e-9a71

        Powered by Calendly.com
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//Calendly//Calendly//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTIMEZONE@
        BEGIN:VEVENT
        UID:4b0f3d2e-9a71-4c0e-8b1d-2f7e6a5c9d10@calendly.com
        DTSTAMP:20261201T024500Z
        DTSTART;TZID=America/Denver:20261202T140000
        DTEND;TZID=America/Denver:20261202T143000
        SUMMARY:Hydrologist - First Interview (30 min) between Noah Pierce and Cody Lindgren
        LOCATION:https://us06web.zoom.us/j/87412096630
        ORGANIZER;CN=Noah Pierce:mailto:noah@gallatinhydro.com
        ATTENDEE;CN=Cody Lindgren;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:cody.lindgren@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """, VTZ_DENVER)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "New Event: Cody Lindgren - 02:00pm Wed, Dec 2, 2026 - Hydrologist - First Interview (30 min)",
              "2026-11-30 19:45", DEN, "calendly.4b0f3d2e9a71.1796089500@calendly.com",
              relay="o3.email.calendly.com (o3.email.calendly.com [198.37.152.210])",
              extra=(("Reply-To", addr("Noah Pierce", "noah@gallatinhydro.com")),))
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="invite.ics",
                                                  disposition="attachment", cte="base64")))


@pos(18, family="ms_bookings", company="Inland Northwest Water Cooperative", kind="scheduled",
     local="Thu 2026-12-10 13:00", end="2026-12-10 13:45", zone=LAX,
     contact="dana.whitcomb@inwwc.org",
     note="Microsoft Bookings confirmation from a shared hiring mailbox, Spokane, '(UTC-08:00) Pacific "
          "Time (US & Canada)' in December = PST; ORGANIZER is the shared mailbox so contact = staff "
          "address in the body")
def m19_bookings():
    body = t("""
        Your booking is confirmed

        Hydrologist Interview - Round 1
        Thursday, December 10, 2026
        1:00 PM - 1:45 PM (UTC-08:00) Pacific Time (US & Canada)

        Staff: Dana Whitcomb
        Location: Microsoft Teams meeting (join link in the calendar invitation)

        Customer: Cody Lindgren
        Phone: 406-555-0148

        Need to make changes? Manage booking:
        https://outlook.office365.com/owa/calendar/INWWCHiring@inwwc.org/bookings/s/Zk3PqR8v/manage

        Questions about this interview: dana.whitcomb@inwwc.org

        Inland Northwest Water Cooperative
        Spokane, WA
        """)
    page = ("<html><body><div style=\"font-family:'Segoe UI',sans-serif\">" + "".join(
        f"<p>{ln.replace(chr(10), '<br>')}</p>" for ln in body.split("\n\n")) + "</div></body></html>\n")
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=INWWC Hiring:mailto:INWWCHiring@inwwc.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cody Lindgren:mailto:cody.lindgren@example.org
        UID:040000008200E00074C5B7101A82E00800000000C2D1F08E3C67DC01000000000000000010000000E4F2A6C8B0D2448E9A1C3E5F7092B4D6
        SUMMARY;LANGUAGE=en-US:Hydrologist Interview - Round 1
        DTSTART;TZID=Pacific Standard Time:20261210T130000
        DTEND;TZID=Pacific Standard Time:20261210T134500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T171200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """, VTZ_PACIFIC_WIN)
    hs = head(addr("INWWC Hiring", "INWWCHiring@inwwc.org"),
              "Booking confirmed: Hydrologist Interview - Round 1 on Thursday, December 10, 2026",
              "2026-12-03 09:12", LAX, "BN8PR04MB6273A1E0C4F2D9B7E81A5C3D6F90@BN8PR04MB6273.namprd04.prod.outlook.com",
              relay="NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2102.outbound.protection.outlook.com [40.107.92.102])")
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@pos(19, family="google_calendar", company="Ridgeline Ecological", kind="rescheduled",
     local="Tue 2026-12-08 10:30", end="2026-12-08 11:30", zone=DEN,
     contact="jess.albright@ridgelineeco.com",
     note="Google Calendar 'Updated invitation' (SEQUENCE:2) moving the Mon 7 Dec interview to "
          "Tue 8 Dec 10:30-11:30 AM MST (Denver); contact = organizer")
def m20_gcal():
    body = t("""
        This event has been changed.

        Ridgeline Ecological - interview w/ Cody Lindgren
        Moving us to Tuesday morning - Mondays turned out to be impossible this month. Same Meet link. Thanks for being flexible! -Jess

        When
        CHANGED: Tuesday Dec 8, 2026 ⋅ 10:30am – 11:30am (Mountain Standard Time - Denver)

        Joining info
        Join with Google Meet
        https://meet.google.com/ekt-rnbw-dqc

        Join by phone
        (US) +1 719-555-0190 PIN: 418 223 907#

        Organizer
        Jess Albright
        jess.albright@ridgelineeco.com

        Guests
        Jess Albright - organizer
        cody.lindgren@example.org
        Owen Castellanos
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2w0cjVkZDk

        Reply for cody.lindgren@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=M2w0cjVkZDk&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=M2w0cjVkZDk&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=M2w0cjVkZDk&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTIMEZONE@
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20261208T103000
        DTEND;TZID=America/Denver:20261208T113000
        DTSTAMP:20261202T210500Z
        ORGANIZER;CN=Jess Albright:mailto:jess.albright@ridgelineeco.com
        UID:3l4r5dd9k2qbv7o1m0c6e8s1tg@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jess Albright;X-NUM-GUESTS=0:mailto:jess.albright@ridgelineeco.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cody.lindgren@example.org;X-NUM-GUESTS=0:mailto:cody.lindgren@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Owen Castellanos;X-NUM-GUESTS=0:mailto:owen.castellanos@ridgelineeco.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/ekt-rnbw-dqc
        CREATED:20261130T170244Z
        DESCRIPTION:Moving us to Tuesday morning - Mondays turned out to be impossible this month. Same Meet link. Thanks for being flexible! -Jess
        LAST-MODIFIED:20261202T210500Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Ridgeline Ecological - interview w/ Cody Lindgren
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """, VTZ_DENVER)
    hs = head(addr("Jess Albright", "jess.albright@ridgelineeco.com"),
              "Updated invitation: Ridgeline Ecological - interview w/ Cody Lindgren @ Tue Dec 8, 2026 10:30am - 11:30am (MST) (cody.lindgren@example.org)",
              "2026-12-02 14:05", DEN, "calendar-8a6f01b2-4c3d-4e97-b0a1-77d2e5f9c031@google.com",
              relay="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Jess Albright", "jess.albright@ridgelineeco.com"))))
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@pos(20, family="reply_quoted", company="Big Sky Water Trust", kind="scheduled",
     local="Tue 2026-10-27 14:00", end="2026-10-27 15:00", zone=DEN,
     contact="cmarsh@bigskywatertrust.org",
     note="Hiring manager's short reply on top of the quoted thread: her two proposed slots and the "
          "candidate's pick ('Tuesday at 2'); confirms Tue 27 Oct 2:00-3:00 PM MDT in Helena")
def m21_reply():
    body = t("""
        Perfect, you're all set for Tuesday the 27th at 2:00 here in the Helena office. We'll go until 3. Street parking on Last Chance Gulch is easiest, and the office is on the second floor above the bakery - buzz #2.

        See you then!
        Colleen

        Colleen Marsh
        Conservation Programs Director
        Big Sky Water Trust
        406-555-0117

        On Tue, Oct 20, 2026 at 9:14 PM Cody Lindgren <cody.lindgren@example.org> wrote:
        > Hi Colleen,
        >
        > Great news, thank you! Tuesday at 2 works best for me - I'll drive over from Missoula that morning.
        >
        > Cody
        >
        > On Tue, Oct 20, 2026 at 4:31 PM Colleen Marsh <cmarsh@bigskywatertrust.org> wrote:
        >> Hi Cody,
        >>
        >> We'd love to have you come to Helena to meet the rest of the team. Could you do either Tue 10/27 2:00-3:00 or Wed 10/28 10:00-11:00?
        >>
        >> Colleen
        """)
    hs = head(addr("Colleen Marsh", "cmarsh@bigskywatertrust.org"),
              "Re: Second interview - Water Rights Hydrologist",
              "2026-10-21 08:55", DEN, "CAN5rQ7n2mYt+4wP0xJvBc8hKd=E3sLg1fZ9uV@mail.gmail.com",
              relay="mail-oa1-f49.google.com (mail-oa1-f49.google.com [209.85.160.49])",
              extra=(("In-Reply-To", "<7A1C0F3E-5B2D-4E8A-A9C1-2F6D0B7E3C44@example.org>"),
                     ("References", "<CAN5rQ7mW1zT@mail.gmail.com> <7A1C0F3E-5B2D-4E8A-A9C1-2F6D0B7E3C44@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(21, family="forwarded", company="Sawtooth Analytics", kind="scheduled",
     local="Thu 2026-12-03 11:00", end="2026-12-03 11:45", zone=BOI,
     contact="megan.castillo@sawtoothanalytics.com",
     note="Candidate forwards from cody.l@example.com to himself the recruiter's confirmation: "
          "'Thursday, December 3 at 11:00 AM Mountain', 45 minutes (Boise); contact = recruiter in the "
          "forwarded header, never the candidate")
def m22_fwd():
    body = t("""
        for the calendar

        ---------- Forwarded message ---------
        From: Megan Castillo <megan.castillo@sawtoothanalytics.com>
        Date: Fri, Nov 27, 2026 at 3:02 PM
        Subject: Re: Sawtooth Analytics - next steps
        To: Cody Lindgren <cody.l@example.com>


        Hi Cody,

        Great - Thursday, December 3 at 11:00 AM Mountain it is. It'll be 45 minutes with me and Raj Patel, who leads our water resources practice. I'll send a Teams invite Monday.

        Hope you had a good Thanksgiving!

        Megan Castillo
        Recruiting Manager | Sawtooth Analytics
        Boise, ID
        """)
    hs = head(ME2_ADDR, "Fwd: Re: Sawtooth Analytics - next steps",
              "2026-11-27 20:14", DEN, "CAKq1c9Lw0p3Xz7vR2bE5nHf+Tg8mD4yJ6sA=01@mail.gmail.com",
              relay="mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@pos(22, family="rfc822_attachment", company="Kootenai Power & Light", kind="cancelled",
     local="Tue 2026-10-27 08:30", end="2026-10-27 09:30", zone=LAX,
     contact="molander@kootenaipl.com",
     note="Candidate forwards to himself, as a message/rfc822 attachment, Workday's cancellation of "
          "the 10/27 8:30-9:30 AM Pacific panel; contact = recruiter address in the attached body")
def m23_rfc822():
    inner_body = t("""
        Dear Cody Lindgren,

        We regret to inform you that your interview for Hydrologist - Generation Planning (R-0004127), scheduled for 10/27/2026 from 8:30 AM to 9:30 AM Pacific Time, has been cancelled. The position has been filled through an internal candidate.

        We appreciate the time you invested in the process. Questions may be directed to Marisa Olander at molander@kootenaipl.com.

        Sincerely,
        Talent Acquisition
        Kootenai Power & Light

        This email was sent from an unmonitored mailbox.
        """)
    inner = message([
        ("From", addr("Kootenai Power & Light", "kootenaipl@myworkday.com")),
        ("To", ME2_ADDR),
        ("Subject", "Interview Cancelled - Hydrologist - Generation Planning (R-0004127)"),
        ("Date", date("2026-10-23 16:02", LAX)),
        ("Message-ID", "<1834029151.51230.1792796520087@wd5-prod-mailer-37.myworkday.com>"),
    ], text(inner_body, cte="quoted-printable"))
    note = t("""
        KPL cancelled, filled internally. Saving for the spreadsheet.

        Sent from my iPhone
        """)
    hs = head(ME2_ADDR, "Fwd: Interview Cancelled - Hydrologist - Generation Planning (R-0004127)",
              "2026-10-23 18:30", DEN, "B84C1E2A-0D7F-4F3B-8C69-5E1A2D9F0B73@example.com",
              relay="mail.example.com (mail.example.com [203.0.113.25])")
    return message(hs, mixed(text(note, cte="7bit", charset="us-ascii"),
                             attached_message(inner, "Interview Cancelled.eml")))


@pos(23, family="human_prose", company="Northfork Climate", kind="rescheduled",
     local="Fri 2026-11-13 09:00", end="2026-11-13 09:45", zone=DEN,
     contact="lucas.beaumont@northforkclimate.com",
     note="Recruiter prose moving tomorrow's (Wed 11 Nov) interview to 'Friday, Nov 13 at 9:00 am "
          "Mountain', same 45 minutes; new time labelled; sender is the contact")
def m24_move():
    body = t("""
        Hi Cody,

        Quick heads up - Priya came down with something and is out tomorrow, so we've moved your conversation to Friday, Nov 13 at 9:00 am Mountain. Same Google Meet link, same 45 minutes. I've updated the calendar hold on our side too.

        Really sorry for the late change, and thanks for rolling with it.

        Lucas

        --
        Lucas Beaumont (he/him)
        Talent Partner | Northfork Climate
        northforkclimate.com
        """)
    hs = head(addr("Lucas Beaumont", "lucas.beaumont@northforkclimate.com"),
              "Interview moved to Friday",
              "2026-11-10 16:20", DEN, "CAF0pL2x8R4nVw+Q9zYb3HkT7sd1eMj5cGu6A@mail.gmail.com",
              relay="mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@neg(24, family="rejection", company="Clearwater Basin Analytics",
     note="Greenhouse rejection after the Sep 17 interview; no time")
def n24():
    body = t("""
        Hi Cody,

        Thank you for taking the time to interview with Mark and the team for the Hydrologist II role. We truly enjoyed learning about your work on the Clark Fork sediment study.

        After careful consideration, we've decided to move forward with another candidate whose experience more closely matches our current groundwater modeling needs. This was a difficult decision - the pool was very strong.

        We'd welcome an application from you for future openings, and we'll keep your resume on file.

        All the best,
        Hannah Okafor
        Talent Acquisition | Clearwater Basin Analytics
        """)
    hs = head(addr("Hannah Okafor", "no-reply@us.greenhouse-mail.io"),
              "Update on your application - Clearwater Basin Analytics",
              "2026-10-02 11:48", BOI, "0100019c9a11e3f0-61d2c4b8-1a7e-4f0c-b3d9-8e2a5c7f1b40-000000@email.amazonses.com",
              relay="a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [54.240.8.33])",
              extra=(("Reply-To", addr("Hannah Okafor", "hannah.okafor@clearwaterbasin.com")),))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>\n")))


@neg(25, family="offer", company="Cascadia Hydro Consulting",
     note="Offer letter with a response deadline and a proposed start date; no interview",
     days=(("Fri", "2026-11-06"), ("Mon", "2026-12-07")))
def n25():
    body = t("""
        Hi Cody,

        I'm thrilled to share that we'd like to offer you the position of Hydrologist II at Cascadia Hydro Consulting! The team was really impressed with your presentation during the onsite.

        Your offer letter is attached. Highlights:
          - Base salary: $94,500/year
          - Relocation: $7,500 lump sum (or remote from Montana with quarterly travel - happy to discuss)
          - Proposed start date: Monday, December 7, 2026

        We'd appreciate your decision by Friday, November 6. If you have questions about the offer or benefits, let's set up a call - just send me a couple of times that work.

        Congratulations!
        Jenna

        Jenna Park | Senior Recruiter
        Cascadia Hydro Consulting
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Cascadia_Offer_Lindgren.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Cascadia_Offer_Lindgren.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    hs = head(addr("Jenna Park", "jenna.park@cascadiahydro.com"),
              "Offer - Hydrologist II, Cascadia Hydro Consulting",
              "2026-11-02 15:10", LAX, "SJ0PR08MB8122E7D01C4B3A9F5E26D1B0C8A4@SJ0PR08MB8122.namprd08.prod.outlook.com",
              relay="NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2101.outbound.protection.outlook.com [40.107.102.101])")
    return message(hs, mixed(text(body), pdf))


@neg(26, family="application_receipt", company="Palouse Soil & Water Lab",
     note="SmartRecruiters application acknowledgement; no time")
def n26():
    body = t("""
        Hi Cody,

        Thank you for applying to Palouse Soil & Water Lab! We have received your application for the Research Hydrologist position.

        Our hiring team will review your profile and, if your qualifications match our needs, someone will contact you about next steps. Because of the volume of applications we receive, this may take a few weeks.

        You can check the status of your application at any time here:
        https://jobs.smartrecruiters.com/candidate-portal/PalouseSoilWaterLab

        Best regards,
        Palouse Soil & Water Lab
        """)
    hs = head(addr("Palouse Soil & Water Lab", "noreply@smartrecruiters.com"),
              "Thank you for your application: Research Hydrologist",
              "2026-10-12 08:03", LAX, "1760281380122.2b91.smtp@mail.smartrecruiters.com",
              relay="mail-a24.smartrecruiters.com (mail-a24.smartrecruiters.com [185.24.107.24])")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@neg(27, family="job_alert", company=None,
     note="Job board alert listing hydrologist openings; no interview")
def n27():
    body = t("""
        TrailPost Jobs - your daily alert
        "hydrologist" near Missoula, MT (+ remote)

        12 new jobs match your search

        Hydrologist II
        Clearwater Basin Analytics - Boise, ID - $78K-$95K
        Posted 2 days ago

        Water Resources Scientist
        Cascadia Hydro Consulting - Seattle, WA (Hybrid)
        Easy Apply

        Field Hydrologist - Sensor Deployments
        Alpenglow Sensors Inc. - Boulder, CO

        Hydrologic Technician (Seasonal)
        Bitterroot Conservation District - Hamilton, MT

        GIS Hydrologist
        Flathead Geospatial - Kalispell, MT
        Be an early applicant

        See all 12 jobs: https://www.trailpostjobs.com/alerts/98122/results

        Tip: Candidates who add 5+ skills to their profile get 3x more interview requests.

        You are receiving this alert because you created it on TrailPost. Manage alerts | Unsubscribe
        TrailPost Jobs, 500 Pine St, Bend, OR 97701
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>\n"
    hs = head(addr("TrailPost Jobs", "alerts@trailpostjobs.com"),
              "12 new hydrologist jobs near Missoula, MT",
              "2026-09-08 06:02", DEN, "alert.98122.20260908120200@trailpostjobs.com",
              relay="o22.mail.trailpostjobs.com (o22.mail.trailpostjobs.com [167.89.40.22])",
              extra=(("List-Unsubscribe", "<https://www.trailpostjobs.com/unsub/98122>"),))
    return message(hs, alt(text(body), html(page)))


@neg(28, family="newsletter", company=None,
     note="Professional society newsletter with an interview-tips article and a webinar date; no "
          "interview of the reader", days=(("Thu", "2026-10-29"),))
def n28():
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
        <h1 style="color:#1b5e7a">Western Hydrology Digest</h1>
        <p><i>October 2026 &middot; Issue 118</i></p>
        <h2>Snowpack outlook: a slow start across the Northern Rockies</h2>
        <p>SNOTEL sites in the upper Missouri headwaters are tracking below median for early season accumulation...</p>
        <h2>Career corner: five questions to ask at the end of your interview</h2>
        <p>Hiring managers tell us the strongest candidates ask about data workflows, field safety culture and how models get used in decisions. Our members share what they wish they&#39;d asked.</p>
        <h2>Member webinar</h2>
        <p>&ldquo;Low-cost stream gauging with open hardware&rdquo; &ndash; Thursday, October 29, 12:00 PM MT. Free for members.</p>
        <hr>
        <p style="font-size:11px">You are receiving this because you are a member of the Rocky Mountain Hydrology Society.
        <a href="https://rmhs.example.net/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head(addr("Rocky Mountain Hydrology Society", "digest@rmhydrology.org"),
              "Western Hydrology Digest - October: snowpack outlook, interview questions, webinar",
              "2026-10-14 07:30", DEN, "digest.118.20261014@rmhydrology.org",
              relay="mail181.suw21.mcsv.net (mail181.suw21.mcsv.net [198.2.181.21])",
              extra=(("List-Unsubscribe", "<https://rmhs.example.net/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="quoted-printable"))


@neg(29, family="recruiter_outreach", company="Summit Talent Partners",
     note="Agency cold outreach asking for a short call this week; no fixed time")
def n29():
    body = t("""
        Hi Cody,

        I came across your profile and your work on snowmelt runoff modeling really stood out. I'm partnering with an engineering firm in the Denver area that's building out a water resources team (fully remote is on the table for the right person, comp is in the $95-110K range).

        Do you have 15 minutes sometime this week or next for a quick call? Happy to work around your schedule - just let me know what's good.

        Thanks,
        Brent Hollister
        Senior Recruiter, Environmental & Engineering
        Summit Talent Partners
        303-555-0182
        """)
    hs = head(addr("Brent Hollister", "brent.hollister@summittalentpartners.com"),
              "Hydrologist opportunity - Denver area / remote",
              "2026-09-02 10:17", DEN, "DM6PR02MB6619F4A1C0D8B3E7A92F5C1E0B36@DM6PR02MB6619.namprd02.prod.outlook.com",
              relay="NAM02-DM3-obe.outbound.protection.outlook.com (mail-dm3nam02on2120.outbound.protection.outlook.com [40.107.95.120])")
    return message(hs, text(body))


@neg(30, family="availability_request", company="Streamgage Labs",
     note="Ashby availability request (link to share times); nothing fixed yet")
def n30():
    body = t("""
        Hi Cody,

        Great news - the team would like to move you forward to a technical interview for the Hydrologic Data Scientist role!

        Please share your availability for a 60-minute video interview over the next two weeks using the link below. Times will be shown in your local time zone.

        Share availability: https://app.ashbyhq.com/availability/7d1e0c55-3b9a

        If none of the windows work, reply to this email and Sam will find something else.

        Streamgage Labs
        """)
    hs = head(addr("Streamgage Labs", "no-reply@ashbyhq.com"),
              "Streamgage Labs: please share your availability",
              "2026-10-08 15:22", NYC, "0100019d0f6a2e44-2d8c71b0-6e1f-4a9d-8c35-b0e7d4a2f911-000000@email.amazonses.com",
              relay="a8-49.smtp-out.amazonses.com (a8-49.smtp-out.amazonses.com [54.240.8.49])",
              extra=(("Reply-To", addr("Sam Whitford", "sam@streamgagelabs.io")),))
    return message(hs, text(body, cte="base64"))


@neg(31, family="scheduling_link", company="Rimrock Energy",
     note="GoodTime self-scheduling request: candidate must pick a time; nothing booked")
def n31():
    body = t("""
        Hi Cody,

        Congratulations on moving forward with Rimrock Energy! The next step is a virtual onsite (about 3 hours, in three sessions).

        Please choose a time that works for you here:
        https://rimrockenergy.goodtime.io/schedule/f1a9c03e

        Available dates are Nov 23 - Dec 4. All sessions will take place on Microsoft Teams.

        Thanks!
        Tanya Brooks
        Recruiting Coordinator, Rimrock Energy
        """)
    hs = head(addr("Tanya Brooks via GoodTime", "scheduling@goodtime.io"),
              "Action needed: pick your virtual onsite time with Rimrock Energy",
              "2026-11-12 09:05", DEN, "0101019e2c8f4a20-7b13c0de-3f2a-4d81-9e6c-5a0b1d2e3f47-000000@us-west-2.amazonses.com",
              relay="a27-12.smtp-out.us-west-2.amazonses.com (a27-12.smtp-out.us-west-2.amazonses.com [54.240.27.12])",
              extra=(("Reply-To", addr("Tanya Brooks", "tbrooks@rimrockenergy.com")),))
    return message(hs, text(body))


@neg(32, family="proposal_unconfirmed", company="Sawtooth Analytics",
     note="Recruiter proposes two slots and asks which works; not confirmed",
     days=(("Thu", "2026-12-03"), ("Fri", "2026-12-04")))
def n32():
    body = t("""
        Hi Cody,

        Thanks for your patience through the holiday crunch! Raj and I would love to set up a first conversation. Would either of these work?

          - Thursday, Dec 3 at 11:00 AM Mountain
          - Friday, Dec 4 at 9:00 AM Mountain

        Let me know and I'll get it on the calendar. If neither works, send me a few windows that do.

        Megan Castillo
        Recruiting Manager | Sawtooth Analytics
        Boise, ID
        """)
    hs = head(addr("Megan Castillo", "megan.castillo@sawtoothanalytics.com"),
              "Sawtooth Analytics - next steps",
              "2026-11-24 13:40", BOI, "CH0PR13MB5084B2E9D17A0C4F6E3B8D20A1C5@CH0PR13MB5084.namprd13.prod.outlook.com",
              relay="NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2117.outbound.protection.outlook.com [40.107.237.117])",
              to=ME2_ADDR, rcpt=ME2)
    return message(hs, text(body))


@neg(33, family="auto_reply", company="Cascadia Hydro Consulting",
     note="Recruiter's out-of-office auto-reply to the candidate's thank-you note")
def n33():
    body = t("""
        Thank you for your email. I'm out of the office Monday, October 19 through Friday, October 23 with limited access to email. I'll respond when I'm back on Monday, October 26.

        For urgent recruiting matters, please contact Lauren Tate at lauren.tate@cascadiahydro.com.

        Jenna Park | Senior Recruiter
        Cascadia Hydro Consulting
        """)
    hs = head(addr("Jenna Park", "jenna.park@cascadiahydro.com"),
              "Automatic reply: Thank you - onsite on Tuesday",
              "2026-10-19 07:41", LAX, "SJ0PR08MB8122D3A6E9B14F07C52E8A1D7B09@SJ0PR08MB8122.namprd08.prod.outlook.com",
              relay="NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2097.outbound.protection.outlook.com [40.107.102.97])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<A4D81F2C-9B3E-4C70-8E15-6F2A0D7B3C91@example.org>")),
              )
    return message(hs, text(body), )


@neg(34, family="bounce", company=None,
     note="Delivery status notification for the candidate's thank-you note sent to a mistyped domain")
def n34():
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <mruelas@clearwaterbasin.co>: Host or domain name not found. Name service
            error for name=clearwaterbasin.co type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Rb7Yq1Zk2z9
        X-Postfix-Sender: rfc822; cody.lindgren@example.org
        Arrival-Date: Thu, 17 Sep 2026 15:22:07 -0600 (MDT)

        Final-Recipient: rfc822; mruelas@clearwaterbasin.co
        Original-Recipient: rfc822;mruelas@clearwaterbasin.co
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=clearwaterbasin.co type=A: Host not found
        """)
    orig = t("""
        From: Cody Lindgren <cody.lindgren@example.org>
        To: Mark Ruelas <mruelas@clearwaterbasin.co>
        Subject: Thank you - Hydrologist II interview
        Date: Thu, 17 Sep 2026 15:22:05 -0600
        Message-ID: <3E9A1C57-2B4D-4F80-9C61-0D7E5A2B8F14@example.org>
        """)
    hs = [
        ("Return-Path", "<>"),
        ("Received", received("by mx.example.org (Postfix)", "2026-09-17 15:22:09", DEN,
                              "mx.example.org (Postfix) id 4Rb7Yq2Lt1z9", ME, 0)),
        ("From", "MAILER-DAEMON@mx.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-17 15:22:09", DEN)),
        ("Message-ID", "<20260917212209.4Rb7Yq2Lt1z9@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    rep = multipart("report",
                    Part_text(report),
                    raw_part([("Content-Description", "Delivery report"),
                              ("Content-Type", "message/delivery-status")], status),
                    raw_part([("Content-Description", "Undelivered Message Headers"),
                              ("Content-Type", "text/rfc822-headers")], orig),
                    params="report-type=delivery-status")
    return message(hs, rep)


def Part_text(body: str):
    p = text(body, charset="us-ascii", cte="7bit")
    p.headers.insert(0, ("Content-Description", "Notification"))
    return p


@neg(35, family="personal_appointment", company=None,
     note="Doctor's appointment reminder with a fixed time; not an interview",
     days=(("Tue", "2026-10-20"),))
def n35():
    body = t("""
        Hello Cody,

        This is a reminder of your upcoming appointment:

        Provider: Dr. Maribel Sørensen-Oakes, MD
        Date:     Tuesday, October 20, 2026
        Time:     8:40 AM (please arrive 15 minutes early)
        Location: Rattlesnake Creek Family Medicine, 1820 Van Buren St, Missoula, MT

        Reply C to confirm or call 406-555-0102 to reschedule. Cancellations with less than 24 hours' notice may incur a $40 fee.

        Rattlesnake Creek Family Medicine
        ¿Necesita un intérprete? Llame al 406-555-0102.
        """)
    hs = head(addr("Rattlesnake Creek Family Medicine", "reminders@rcfmclinic.com"),
              "Appointment reminder - Tue Oct 20 at 8:40 AM",
              "2026-10-16 12:00", DEN, "rem.55810.20261016180000@rcfmclinic.com",
              relay="smtp.rcfmclinic.com (smtp.rcfmclinic.com [198.51.100.14])")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@neg(36, family="personal_appointment", company=None,
     note="Car service appointment confirmation with a fixed time", days=(("Sat", "2026-11-07"),))
def n36():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h2 style="color:#b22222">Hellgate Auto &amp; Tire</h2>
        <p>Hi Cody,</p>
        <p>Your service appointment is confirmed.</p>
        <p><b>Saturday, November 7, 2026 at 7:30 AM</b><br>
        2014 Subaru Outback &ndash; Winter tire swap + oil change<br>
        Hellgate Auto &amp; Tire, 2700 Brooks St, Missoula, MT</p>
        <p>Estimated time: 1.5 hours. Our waiting room has coffee and Wi&#8209;Fi, or ask about our shuttle.</p>
        <p>Need to reschedule? Call (406) 555-0164.</p>
        </body></html>
        """)
    hs = head(addr("Hellgate Auto & Tire", "service@hellgateauto.com"),
              "Appointment Confirmed: Sat, Nov 7 at 7:30 AM",
              "2026-11-03 17:45", DEN, "apptconf.20261104004500.8812@hellgateauto.com",
              relay="mail.shopmonkey-out.net (mail.shopmonkey-out.net [192.0.2.61])")
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


@neg(37, family="non_interview_calendar", company=None,
     note="Current employer's Outlook meeting request (field season debrief), Mountain Standard Time; "
          "a meeting, not a job interview")
def n37():
    body = t("""
        When: Thursday, September 24, 2026 2:00 PM-3:30 PM (UTC-07:00) Mountain Time (US & Canada).
        Where: Conf Room B / Teams

        *~*~*~*~*~*~*~*~*~*

        Team - let's debrief the 2026 field season before everyone scatters. Bring your site notes, equipment issues, and anything we should budget for next year. Cody, can you walk through the Rock Creek gauge data?

        Thanks,
        Karen

        """) + TEAMS_TEXT.format(tok="YTc3ZjI0ZTEtOGQ1Yi00", mid="241 907 336 118", pc="Zt4mQ9")
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=Karen Holt:mailto:kholt@bitterrootenv.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cody Lindgren:mailto:cody.lindgren@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Field Team:mailto:fieldteam@bitterrootenv.com
        UID:040000008200E00074C5B7101A82E00800000000D0A4E37B8F41DC01000000000000000010000000B1C3D5E7F9A04B2C8D6E0F1A3B5C7D90
        SUMMARY;LANGUAGE=en-US:2026 Field Season Debrief
        DTSTART;TZID=Mountain Standard Time:20260924T140000
        DTEND;TZID=Mountain Standard Time:20260924T153000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T201500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Conf Room B / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MOUNTAIN_WIN)
    hs = head(addr("Karen Holt", "kholt@bitterrootenv.com"), "2026 Field Season Debrief",
              "2026-09-18 14:15", DEN, "CY4PR19MB1287A3F0E5D9C2B7A41E6F8D0C29@CY4PR19MB1287.namprd19.prod.outlook.com",
              relay="NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2109.outbound.protection.outlook.com [40.107.223.109])",
              extra=(("Content-Language", "en-US"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(38, family="event_registration", company=None,
     note="Conference registration confirmation with a fixed time; not an interview",
     days=(("Wed", "2026-10-14"), ("Thu", "2026-10-15")))
def n38():
    body = t("""
        You're registered!

        Montana Water Summit 2026
        Wednesday, October 14 - Thursday, October 15, 2026
        Registration opens 7:30 AM; opening plenary 8:30 AM (Mountain Time)
        Holiday Inn Missoula Downtown, 200 S Pattee St, Missoula, MT

        Order #MWS-26-0713
        1 x Professional Registration (early bird) ........ $185.00
        1 x Thursday Field Trip: Milltown Dam site ......... $25.00
        Total paid: $210.00 (Visa ending 4417)

        Your name badge will be waiting at the registration table. Career fair with state agencies and consultants runs Thursday afternoon in the Ballroom.

        Questions? summit@montanawatersummit.org
        """)
    hs = head(addr("Montana Water Summit", "tickets@eventpass-mail.com"),
              "Your registration for Montana Water Summit 2026",
              "2026-09-21 20:33", DEN, "order.MWS-26-0713@eventpass-mail.com",
              relay="o9.eventpass-mail.com (o9.eventpass-mail.com [192.0.2.90])")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@neg(39, family="travel", company=None,
     note="Airline itinerary for the Seattle trip around the onsite; flight times only, no interview "
          "confirmation", days=(("Mon", "2026-10-12"), ("Tue", "2026-10-13")))
def n39():
    body = t("""
        Northern Crest Air - Your trip confirmation

        Confirmation code: QXR4LM
        Passenger: CODY LINDGREN

        Mon, Oct 12, 2026   Flight 2214
          Depart Missoula, MT (MSO)  5:05 PM
          Arrive Seattle, WA (SEA)   5:40 PM
          Main Cabin, Seat 14A

        Tue, Oct 13, 2026   Flight 2237
          Depart Seattle, WA (SEA)   6:50 PM
          Arrive Missoula, MT (MSO)  9:22 PM
          Main Cabin, Seat 9C

        Total charged: $412.60 (Mastercard ending 0291)
        Purchased by: Cascadia Hydro Consulting travel desk

        Check in online starting 24 hours before departure.
        All times are local.
        """)
    hs = head(addr("Northern Crest Air", "itinerary@northerncrestair.com"),
              "Confirmation QXR4LM: Missoula to Seattle, Oct 12",
              "2026-10-06 12:18", LAX, "itin.QXR4LM.20261006191800@northerncrestair.com",
              relay="mta4.northerncrestair.com (mta4.northerncrestair.com [192.0.2.44])")
    page = "<html><body><pre style=\"font-family:Menlo,monospace\">" + body.replace("&", "&amp;") + "</pre></body></html>\n"
    return message(hs, alt(text(body), html(page)))


@neg(40, family="personal", company=None,
     note="Friend confirming Saturday dinner at a fixed time", days=(("Sat", "2026-12-05"),))
def n40():
    body = t("""
        hey man

        we're on for saturday - 6:30 at our place. Kels is making elk chili so bring whatever you're drinking. also if you still have my chest waders can you throw them in the truck, I want to get out on the Bitterroot one more time before it freezes up

        how'd the interviews go this week?? want to hear all about it

        T
        """)
    hs = head(addr("Trevor Haugen", "trevhaugen@example.net"), "sat",
              "2026-12-01 21:47", DEN, "CAM9hG2n4Ko1e=5TpqZ+Wv7XcLd8s0BrA3yF6uJ@mail.gmail.com",
              relay="mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])",
              to=ME2_ADDR, rcpt=ME2)
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@neg(41, family="rejection", company="Snake River Environmental",
     note="iCIMS rejection after the Nov 13 interview; no time")
def n41():
    body = t("""
        Dear Cody,

        Thank you for your interest in the Senior Hydrologist (Req #2026-1187) position with Snake River Environmental and for taking the time to interview with our team.

        We have carefully reviewed all candidates and have decided to pursue other applicants whose qualifications more closely match the needs of the position at this time.

        We encourage you to visit our career site regularly and apply for future positions for which you qualify.

        Sincerely,
        Human Resources
        Snake River Environmental
        """)
    hs = head(addr("Snake River Environmental", "snakeriverenv@talent.icims.com"),
              "Your application for Senior Hydrologist (Req #2026-1187)",
              "2026-12-01 16:30", BOI, "1796167800.90411.icims.mail@talent.icims.com",
              relay="smtp-out3.icims.com (smtp-out3.icims.com [64.79.147.23])")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(42, family="webinar", company=None,
     note="Webinar registration about acing government job interviews; a fixed time but not a job "
          "interview", days=(("Thu", "2026-10-22"),))
def n42():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hi Cody,</p>
        <p>Thanks for registering for <b>&ldquo;Nail the Panel Interview: Winning State &amp; Federal Science Jobs&rdquo;</b>.</p>
        <p><b>Date &amp; time:</b> Thursday, October 22, 2026, 12:00 PM &ndash; 1:00 PM Mountain Time (US and Canada)<br>
        <b>Join:</b> <a href="https://us02web.zoom.us/w/86611230045?tk=abc">Click here to join</a><br>
        Passcode: 402918</p>
        <p>Add to: <a href="#">Google Calendar</a> | <a href="#">Outlook Calendar (.ics)</a></p>
        <p>We&#39;ll cover KSA-style questions, structured panel interviews and how to talk about field work. A recording will be sent to all registrants.</p>
        <p>GovCareer Pathways</p>
        </body></html>
        """)
    hs = head(addr("GovCareer Pathways", "no-reply@zoom.us"),
              "Nail the Panel Interview: Winning State & Federal Science Jobs Confirmation",
              "2026-10-15 09:14", DEN, "ZWEB.86611230045.1760541240.7@zoom.us",
              relay="mx-out-27.zoom.us (mx-out-27.zoom.us [170.114.52.27])")
    return message(hs, html(page))


@neg(43, family="one_way_video", company="Headwaters Data Co.",
     note="One-way recorded video interview with a completion deadline; no scheduled meeting",
     days=(("Fri", "2026-10-30"),))
def n43():
    body = t("""
        Hi Cody,

        Headwaters Data Co. has invited you to complete a recorded video interview for the Hydrologic Modeler position.

        - 4 questions, up to 3 minutes each
        - You can practice as many times as you like before recording
        - Please complete by Friday, October 30, 2026, 11:59 PM MT

        Start your interview: https://app.clipscreen.io/i/HDC-7731-xk2

        Tips: find a quiet spot, check your camera and mic, and test your connection first.

        Good luck!
        Clipscreen on behalf of Headwaters Data Co.
        """)
    hs = head(addr("Headwaters Data Co. via Clipscreen", "invites@clipscreen.io"),
              "Headwaters Data Co. has invited you to a video interview",
              "2026-10-22 10:05", DEN, "invite.HDC-7731.1792699500@clipscreen.io",
              relay="smtp2.clipscreen.io (smtp2.clipscreen.io [192.0.2.132])")
    return message(hs, text(body))


@neg(44, family="assessment", company="Tributary Systems",
     note="Take-home exercise with a deadline after the interview; not an interview",
     days=(("Fri", "2026-11-20"),))
def n44():
    body = t("""
        Hi Cody,

        Thanks again for chatting with Owen and me yesterday - we'd love to see how you approach a real problem. Here's the take-home:

        Repo: https://github.example.net/tributary/takehome-gauge-qc (you've been invited)
        Task: build a small QC pipeline for 15-minute stage data from three gauges, flag ice-affected periods, and write up what you'd do next.
        Time: please don't spend more than ~4 hours on it.
        Due: Friday, November 20 by 5 pm Pacific.

        Reply here with questions anytime.

        Grace
        Head of Talent, Tributary Systems
        """)
    hs = head(addr("Grace Liu", "grace@tributarysystems.com"), "Take-home exercise - Water Data Engineer",
              "2026-11-17 11:40", LAX, "CAHx7mK2pR0=vN4gT8sQ1dZbL5wF3jYc9E6uA@mail.gmail.com",
              relay="mail-ua1-f47.google.com (mail-ua1-f47.google.com [209.85.222.47])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(45, family="mock_interview", company=None,
     note="Mentorship program's mock interview confirmed for a fixed time; practice, not a job interview",
     days=(("Thu", "2026-11-19"),))
def n45():
    body = t("""
        Hi Cody,

        You're matched! Your mock interview with mentor Deborah Kwan (Senior Hydrologist, retired from the state water agency) is confirmed:

        Thursday, November 19, 2026
        6:00 - 6:45 PM Mountain Time
        Zoom: https://us06web.zoom.us/j/83390017424

        Deborah will run a 30-minute practice panel interview and then give you 15 minutes of feedback. Please send her the job posting you're preparing for at least a day ahead: dkwan.mentor@example.net

        Rocky Mountain Hydrology Society - Early & Mid-Career Mentorship Program
        """)
    hs = head(addr("RMHS Mentorship", "mentorship@rmhydrology.org"), "Mock interview confirmed - Thu Nov 19",
              "2026-11-12 18:20", DEN, "mentor.20261113012000.4471@rmhydrology.org",
              relay="mail181.suw21.mcsv.net (mail181.suw21.mcsv.net [198.2.181.21])")
    return message(hs, text(body))


@neg(46, family="application_receipt", company="Kootenai Power & Light",
     note="Workday application received; no time")
def n46():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <p>Dear Cody Lindgren,</p>
        <p>Thank you for applying for the <b>Hydrologist - Generation Planning (R-0004127)</b> position at Kootenai Power &amp; Light. We have received your application and our Talent Acquisition team is reviewing your qualifications.</p>
        <p>You can review the status of your application at any time by signing in to our <a href="https://kootenaipl.wd5.myworkdayjobs.com/KPL_Careers">Candidate Home</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Kootenai Power &amp; Light</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox.</p>
        </body></html>
        """)
    hs = head(addr("Kootenai Power & Light", "kootenaipl@myworkday.com"),
              "Thank you for applying - Hydrologist - Generation Planning (R-0004127)",
              "2026-09-28 21:06", LAX, "1834029151.40277.1790748360118@wd5-prod-mailer-37.myworkday.com",
              relay="wd5-smtp-out-12.myworkday.com (wd5-smtp-out-12.myworkday.com [199.67.84.12])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@neg(47, family="bank_notice", company=None, note="Credit union e-statement notice; ordinary life")
def n47():
    body = t("""
        Dear Cody Lindgren,

        Your November e-statement for account ending in 3318 is now available in Online Banking.

        To view it, sign in at www.clarkforkcu.org and select Statements & Documents.

        Reminder: our branches will be closed Friday, December 25 and Friday, January 1.

        Clark Fork Federal Credit Union
        Federally insured by NCUA. Equal Housing Opportunity.
        Please do not reply to this e-mail; this mailbox is not monitored.
        """)
    hs = head(addr("Clark Fork Federal Credit Union", "estatements@clarkforkcu.org"),
              "Your e-statement is ready",
              "2026-12-02 05:12", DEN, "estmt.3318.20261202121200@clarkforkcu.org",
              relay="smtp.clarkforkcu.org (smtp.clarkforkcu.org [198.51.100.77])")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(48, family="non_interview_calendar", company=None,
     note="Current employer's Outlook invitation to the candidate's annual performance review; a "
          "meeting with a fixed time, not a job interview")
def n48():
    body = t("""
        When: Friday, December 11, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time (US & Canada).
        Where: Karen's office

        *~*~*~*~*~*~*~*~*~*

        Hi Cody - putting your annual review on the calendar. Please fill out the self-assessment in the HR portal by Wednesday the 9th so I can read it ahead of time. Nothing to worry about!

        Karen
        """)
    ics = cal("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTIMEZONE@
        BEGIN:VEVENT
        ORGANIZER;CN=Karen Holt:mailto:kholt@bitterrootenv.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cody Lindgren:mailto:cody.lindgren@example.org
        UID:040000008200E00074C5B7101A82E0080000000090F2A15C4D6EDC01000000000000000010000000C8E0A2B4D6F84C1A9E3B5D7F0A2C4E61
        SUMMARY;LANGUAGE=en-US:Annual review - Cody / Karen
        DTSTART;TZID=Mountain Standard Time:20261211T100000
        DTEND;TZID=Mountain Standard Time:20261211T110000
        CLASS:PRIVATE
        PRIORITY:5
        DTSTAMP:20261204T163000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Karen's office
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """, VTZ_MOUNTAIN_WIN)
    hs = head(addr("Karen Holt", "kholt@bitterrootenv.com"), "Annual review - Cody / Karen",
              "2026-12-04 09:30", DEN, "CY4PR19MB12870B7E2D4F9A1C3E58D6B0F2A7@CY4PR19MB1287.namprd19.prod.outlook.com",
              relay="NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2109.outbound.protection.outlook.com [40.107.223.109])",
              extra=(("Sensitivity", "Private"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(49, family="post_interview_thanks", company="Big Sky Water Trust",
     note="Thank-you after the Helena interview; next steps 'in the next two weeks', no time")
def n49():
    body = t("""
        Hi Cody,

        Thanks for making the drive yesterday! Everyone enjoyed meeting you, and Tom hasn't stopped talking about your instream flow analysis for the Blackfoot.

        We're finishing up a couple more conversations this week and hope to have a decision in the next two weeks. I'll be in touch either way.

        Colleen
        """)
    hs = head(addr("Colleen Marsh", "cmarsh@bigskywatertrust.org"), "Thank you!",
              "2026-10-28 12:06", DEN, "CAN5rQ7pX3=ka8vB1dYcW0tGf2hM9sLe4nZ6uJ@mail.gmail.com",
              relay="mail-oa1-f49.google.com (mail-oa1-f49.google.com [209.85.160.49])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(50, family="job_alert", company=None,
     note="State jobs portal saved-search alert; no interview")
def n50():
    body = t("""
        Montana State Careers - Saved Search Results

        Search: "hydrolog*" | Location: Statewide | Posted in the last 7 days

        Water Resource Specialist (Hydrologist)  - Helena      - closes 12/18/2026
        Groundwater Hydrologist                  - Missoula    - closes 12/21/2026
        Surface Water Hydrologist II             - Billings    - closes 01/04/2027

        Applications must be submitted through the online system by 11:59 PM on the closing date.

        To change your saved search or stop these emails, sign in to your account.
        """)
    hs = head(addr("Montana State Careers", "donotreply@mtstatecareers.example.net"),
              "Saved search: 3 new jobs match \"hydrolog*\"",
              "2026-12-07 05:00", DEN, "ss.55012.20261207120000@mtstatecareers.example.net",
              relay="mailout.mtstatecareers.example.net (mailout.mtstatecareers.example.net [192.0.2.200])")
    return message(hs, text(body, cte="7bit", charset="us-ascii"))
