"""blind71: 50 hand-written mails from the inbox of a data engineer in Minneapolis (America/Chicago).

Written blind, like the other held-out sets: without reading the detector, its tests and fixtures,
or any other held-out set's mails. The MIME plumbing and the checks are ``make.py``'s, imported
unchanged; every mail's wording is written here by hand, one function per mail. See
``blind71/README.md`` for the mix, the positives and the judgement calls.

File numbers are a fixed shuffle of the writing order (keys 1..23 positives, 24..50 negatives).
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
    utc,
)

ORDER = random.Random(71071).sample(range(1, 51), 50)


def N(key: int) -> str:
    """File name of the mail written key-th (1-based)."""
    return f"blind71_{ORDER[key - 1]:03d}"


ME = "kelsey.nordgren@example.org"
ME_TO = addr("Kelsey Nordgren", ME)
OLD = "kelsey.n.mpls@example.net"
CT = "America/Chicago"
ET = "America/New_York"
MT = "America/Denver"
PT = "America/Los_Angeles"
TOR = "America/Toronto"
LDN = "Europe/London"


def _qid(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:12].upper()


def head(frm: str, subject: str, when: str, zone: str, msgid: str, hop: str, *, to: str = ME_TO,
         deliver: str = ME, extra: tuple[tuple[str, str], ...] = (), lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To / Received from our MX, then From, To, Subject, Date, Message-ID, extras."""
    rcv = received(f"from {hop}", when, zone, f"mx1.example.org (Postfix) with ESMTPS id {_qid(msgid)}",
                   deliver, lag)
    return [
        ("Delivered-To", deliver),
        ("Received", rcv),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def teams(meeting_id: str, passcode: str, dial: str, city: str, conf: str, tid: str) -> str:
    """The Microsoft Teams block Outlook pastes under a meeting body."""
    return t(f"""
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
        Meeting ID: {meeting_id}
        Passcode: {passcode}
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Or call in (audio only)
        {dial},,{conf.replace(' ', '')}#   United States, {city}
        Phone Conference ID: {conf}#
        Find a local number<https://dialin.teams.microsoft.com/8551f4c1-bd1a-4ae1-a9d9-c2dd3c6b0a3e?id={conf.replace(' ', '')}> | Reset PIN<https://mysettings.lync.com/pstnconferencing>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)


def pre(body: str) -> str:
    """A minimal HTML twin of a plain body (what Outlook / ATS templates send next to it)."""
    import html as _h

    paras = "\n".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + paras + "\n</body></html>\n")


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


# =========================================================================== positives: scheduled


@mail(N(1), family="greenhouse", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", CT), end=utc("2026-09-15 10:30", CT),
      contact="jenna.halvorsen@lakeportoutfitters.com", company="Lakeport Outfitters",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:30", zone=CT,
      note="Greenhouse phone-screen confirmation, 10:00-10:30 AM CDT (September, daylight time, UTC-5); "
           "ICS in America/Chicago agrees; contact = Reply-To recruiter (also ORGANIZER)")
def k01() -> bytes:
    body = t("""
        Hi Kelsey,

        Thanks for making time to chat with us! Your phone screen for the Senior Data Engineer role is confirmed:

        Tuesday, September 15, 2026
        10:00 AM - 10:30 AM CDT

        Jenna Halvorsen (Senior Technical Recruiter) will call you at the number on your application, (612) 555-0147. If that number has changed, just reply to this email and let us know.

        What to expect: a relaxed 30-minute conversation about your background, what you're looking for next, and an overview of our Data & Analytics team here at the North Loop HQ. No prep needed!

        A calendar invite is attached for your convenience.

        Thanks,
        Jenna Halvorsen
        Lakeport Outfitters | Talent Acquisition
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a30">
        <tr><td>
        <img src="https://s3.amazonaws.com/grnhse-vanity-urls/lakeportoutfitters/logo.png" alt="Lakeport Outfitters" width="160">
        <p>Hi Kelsey,</p>
        <p>Thanks for making time to chat with us! Your phone screen for the Senior Data Engineer role is confirmed:</p>
        <p style="font-size:16px"><strong>Tuesday, September 15, 2026<br>10:00 AM - 10:30 AM CDT</strong></p>
        <p>Jenna Halvorsen (Senior Technical Recruiter) will call you at the number on your application, (612) 555-0147. If that number has changed, just reply to this email and let us know.</p>
        <p>What to expect: a relaxed 30-minute conversation about your background, what you're looking for next, and an overview of our Data &amp; Analytics team here at the North Loop HQ. No prep needed!</p>
        <p>A calendar invite is attached for your convenience.</p>
        <p>Thanks,<br>Jenna Halvorsen<br>Lakeport Outfitters | Talent Acquisition</p>
        </td></tr></table>
        <p style="font-family:Arial,sans-serif;font-size:11px;color:#8a8a8a">Powered by Greenhouse</p>
        </td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:interview-58812034-2b7e@greenhouse.io
DTSTAMP:20260910T192200Z
DTSTART;TZID=America/Chicago:20260915T100000
DTEND;TZID=America/Chicago:20260915T103000
SUMMARY:Phone Screen: Kelsey Nordgren / Lakeport Outfitters
DESCRIPTION:Jenna Halvorsen will call you at (612) 555-0147.
LOCATION:Phone call
ORGANIZER;CN=Jenna Halvorsen:mailto:jenna.halvorsen@lakeportoutfitters.com
ATTENDEE;CN=Kelsey Nordgren;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kelsey.nordgren@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Jenna Halvorsen", "no-reply@us.greenhouse-mail.io"),
              "Phone Screen Confirmed: Senior Data Engineer at Lakeport Outfitters",
              "2026-09-10 14:22:07", CT, "<Ad8fQ2mBTzS7k1x9LwP4Hg@geopod-ismtpd-14.sendgrid.net>",
              "o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.45])",
              extra=(("Reply-To", addr("Jenna Halvorsen", "jenna.halvorsen@lakeportoutfitters.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      cte="base64", name_param=True)))


@mail(N(2), family="google_calendar", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-09-24 13:00", CT), end=utc("2026-09-24 14:00", CT),
      contact="marcus.oyelaran@redcedarhealth.org", company="Red Cedar Health",
      local="Thu 2026-09-24 13:00", local_end="2026-09-24 14:00", zone=CT,
      note="Google Calendar invitation from the hiring manager, 1pm-2pm Central (CDT, UTC-5) = 18:00-19:00Z; "
           "the ICS is in UTC; contact = organizer")
def k02() -> bytes:
    body = t("""
        Red Cedar Health | Technical Interview - Kelsey Nordgren
        Thursday Sep 24, 2026 ⋅ 1pm – 2pm
        Central Time - Chicago

        Hi Kelsey - this is the technical round Lauren mentioned. Plan on roughly 20 min of SQL in a shared CoderPad, then we'll talk through a pipeline you've built end to end. Swati from our platform team will join me.

        Join with Google Meet
        https://meet.google.com/pwe-rqzk-tjd

        Join by phone
        (US) +1 929-555-0173 PIN: 418 903 226#

        More phone numbers
        https://tel.meet/pwe-rqzk-tjd?pin=4189032261140

        Organizer
        Marcus Oyelaran
        marcus.oyelaran@redcedarhealth.org

        Guests
        Marcus Oyelaran - organizer
        Swati Nair
        kelsey.nordgren@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2NoOWZ1c2JrN3RhcTBvZ2N1dWYzZDJqNGsga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn&ctz=America%2FChicago&hl=en&es=0

        Reply for kelsey.nordgren@example.org

        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M2NoOWZ1c2JrN3RhcTBvZ2N1dWYzZDJqNGsga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn&rst=1&tok=MjYjbWFyY3Vz&ctz=America%2FChicago&hl=en&es=0

        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M2NoOWZ1c2JrN3RhcTBvZ2N1dWYzZDJqNGsga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn&rst=2&tok=MjYjbWFyY3Vz&ctz=America%2FChicago&hl=en&es=0

        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M2NoOWZ1c2JrN3RhcTBvZ2N1dWYzZDJqNGsga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn&rst=3&tok=MjYjbWFyY3Vz&ctz=America%2FChicago&hl=en&es=0

        More options
        https://calendar.google.com/calendar/event?action=VIEW&eid=M2NoOWZ1c2JrN3RhcTBvZ2N1dWYzZDJqNGsga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn&ctz=America%2FChicago&hl=en&es=0

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Red Cedar Health | Technical Interview - Kelsey Nordgren</h2>
        <div style="font-size:14px">Thursday Sep 24, 2026 &#8901; 1pm &ndash; 2pm<br><span style="color:#70757a">Central Time - Chicago</span></div>
        <div style="padding:16px 0">Hi Kelsey - this is the technical round Lauren mentioned. Plan on roughly 20 min of SQL in a shared CoderPad, then we'll talk through a pipeline you've built end to end. Swati from our platform team will join me.</div>
        <a href="https://meet.google.com/pwe-rqzk-tjd" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Join with Google Meet</a>
        <div style="padding-top:16px">meet.google.com/pwe-rqzk-tjd</div>
        <h3 style="font-size:14px">Organizer</h3><div>Marcus Oyelaran<br>marcus.oyelaran@redcedarhealth.org</div>
        <h3 style="font-size:14px">Guests</h3><div>Marcus Oyelaran - organizer<br>Swati Nair<br>kelsey.nordgren@example.org</div>
        <div style="padding-top:16px">Reply for kelsey.nordgren@example.org
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2NoOWZ1c2JrN3RhcTBvZ2N1dWYzZDJqNGsga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn&amp;rst=1">Yes</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2NoOWZ1c2JrN3RhcTBvZ2N1dWYzZDJqNGsga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2NoOWZ1c2JrN3RhcTBvZ2N1dWYzZDJqNGsga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn&amp;rst=3">Maybe</a></div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260924T180000Z
DTEND:20260924T190000Z
DTSTAMP:20260918T144112Z
ORGANIZER;CN=Marcus Oyelaran:mailto:marcus.oyelaran@redcedarhealth.org
UID:3ch9fusbk7taq0ogcuuf3d2j4k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Oyelaran;X-NUM-GUESTS=0:mailto:marcus.oyelaran@redcedarhealth.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Swati Nair;X-NUM-GUESTS=0:mailto:swati.nair@redcedarhealth.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kelsey.nordgren@example.org;X-NUM-GUESTS=0:mailto:kelsey.nordgren@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/pwe-rqzk-tjd
CREATED:20260918T144110Z
DESCRIPTION:Hi Kelsey - this is the technical round Lauren mentioned. Plan on roughly 20 min of SQL in a shared CoderPad\\, then we'll talk through a pipeline you've built end to end. Swati from our platform team will join me.
LAST-MODIFIED:20260918T144111Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Red Cedar Health | Technical Interview - Kelsey Nordgren
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Marcus Oyelaran", "marcus.oyelaran@redcedarhealth.org"),
              "Invitation: Red Cedar Health | Technical Interview - Kelsey Nordgren @ Thu Sep 24, 2026 1pm - 2pm "
              "(CDT) (kelsey.nordgren@example.org)",
              "2026-09-18 09:41:12", CT, "<calendar-9a3e61f0-5b8e-4c1d-a77e-2f4b6c81d0e3@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", addr("Marcus Oyelaran", "marcus.oyelaran@redcedarhealth.org")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(3), family="exchange", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-07 14:00", CT), end=utc("2026-10-07 15:00", CT),
      contact="tamika.rhodes@prairietrustbank.com", company="Prairie Trust Bank",
      local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00", zone=CT,
      note="Exchange meeting request (TZID 'Central Standard Time', which in October is CDT, UTC-5): "
           "2:00-3:00 PM Central = 19:00-20:00Z; contact = human sender / ORGANIZER")
def k03() -> bytes:
    body = t("""
        Hi Kelsey,

        Thank you for your interest in the Data Engineer II position with Prairie Trust Bank. I am pleased to confirm your panel interview for Wednesday, October 7th from 2:00 - 3:00 PM Central via Microsoft Teams. You will be meeting with:

          *   Linda Vos, VP, Enterprise Data
          *   Curtis Ambrose, Data Engineering Lead
          *   Megan Tran, Senior Data Engineer

        Please accept the invitation so it lands on your calendar. If anything comes up, don't hesitate to give me a call at 515-555-0182.

        Have a great rest of your week!

        Tamika Rhodes
        Talent Acquisition Partner | Prairie Trust Bank
        801 Grand Ave, Des Moines, IA 50309

        """) + teams("248 915 336 702", "Xk7Fq2", "+1 515-555-0119", "Des Moines", "713 558 204",
                     "ZjI4NzFkZTMtOWM2Yi00NWQ3LWI1YzgtMTQ1ZmE0OTgwYjE3")
    desc = ("Hi Kelsey\\,\\n\\nThank you for your interest in the Data Engineer II position with Prairie Trust Bank. "
            "I am pleased to confirm your panel interview for Wednesday\\, October 7th from 2:00 - 3:00 PM Central "
            "via Microsoft Teams.\\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Rhodes, Tamika":mailto:Tamika.Rhodes@prairietrustbank.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kelsey Nordgren:mailto:kelsey.nordgren@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vos, Linda":mailto:Linda.Vos@prairietrustbank.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ambrose, Curtis":mailto:Curtis.Ambrose@prairietrustbank.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tran, Megan":mailto:Megan.Tran@prairietrustbank.com
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E00800000000B04E2E8E4451DD01000000000000000010000000C3F1D2B8A97E4C4A9F0E27C1D8B6A5F4
SUMMARY;LANGUAGE=en-US:Panel Interview - Kelsey Nordgren - Data Engineer II (Req #4471)
DTSTART;TZID=Central Standard Time:20261007T140000
DTEND;TZID=Central Standard Time:20261007T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T151200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121534893
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Rhodes, Tamika", "Tamika.Rhodes@prairietrustbank.com"),
              "Panel Interview - Kelsey Nordgren - Data Engineer II (Req #4471)",
              "2026-10-01 10:12:44", CT,
              "<CH0PR11MB53481E2A7B4D8C3F1B0C9D1AD2442@CH0PR11MB5348.namprd11.prod.outlook.com>",
              "NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2109.outbound.protection.outlook.com "
              "[40.107.223.109])",
              extra=(("Thread-Topic", "Panel Interview - Kelsey Nordgren - Data Engineer II (Req #4471)"),
                     ("Thread-Index", "AdtT3kq8c1Xw0rGgRkuF9m2YbQ7n4A=="),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), html(pre(body)),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(4), family="agency_prose", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-10-13 10:30", CT), end=None,
      contact="bkowalczyk@keystonetechstaffing.com", company="Northfield Grain Cooperative",
      local="Tue 2026-10-13 10:30", zone=CT,
      note="Agency recruiter's short reply: 'Tues 10/13 at 1030 CST'. The recruiter is in the Twin Cities and "
           "uses 'CST' loosely for Central time; on 13 Oct Chicago is on CDT (UTC-5), so 15:30Z. "
           "'45 min or so' is approximate -> end null. Company = the client (hiring company); "
           "contact = the agency recruiter who sent it")
def k04() -> bytes:
    body = t("""
        Kelsey - you're all set w/ Dan Whitcomb (hiring mgr @ Northfield Grain) for Tues 10/13 at 1030 CST. He'll send a Teams link from his side, prob tomorrow. Super laid back guy, mostly wants to hear about your Airflow + dbt work at Gopher and how you handled the Snowflake migration. Should be 45 min or so.

        Give me a ring after and let me know how it went!

        Brett Kowalczyk
        Senior Technical Recruiter | Keystone Technical Staffing
        o: 952-555-0134 | c: 612-555-0190
        bkowalczyk@keystonetechstaffing.com

        Get Outlook for iOS<https://aka.ms/o0ukef>
        ________________________________
        From: Kelsey Nordgren <kelsey.nordgren@example.org>
        Sent: Thursday, October 8, 2026 11:47:03 AM
        To: Brett Kowalczyk <bkowalczyk@keystonetechstaffing.com>
        Subject: Re: Northfield Grain - Sr Data Engineer (C2H)

        Hi Brett,

        Tuesday or Wednesday mornings are best for me next week, anytime before noon. Thanks for setting this up!

        Kelsey

        On Wed, Oct 7, 2026 at 4:12 PM Brett Kowalczyk <bkowalczyk@keystonetechstaffing.com> wrote:
        Good news - Northfield wants to talk to you! Send me a couple windows next week that work and I'll lock it in.

        Brett
        """)
    hs = head(addr("Brett Kowalczyk", "bkowalczyk@keystonetechstaffing.com"),
              "RE: Northfield Grain - Sr Data Engineer (C2H)", "2026-10-08 16:05:31", CT,
              "<BN8PR14MB40713C2B9F0E7A1D6E5A4B7CC9A12@BN8PR14MB4071.namprd14.prod.outlook.com>",
              "NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2091.outbound.protection.outlook.com "
              "[40.107.237.91])",
              extra=(("In-Reply-To", "<CAJx7Yq3mB0VvL2cR8kP1nWz5fHt9sQe4DgA@mail.gmail.com>"),
                     ("References", "<BN8PR14MB4071A0C5D2E9F8B7C6A5D4E3B2A19@BN8PR14MB4071.namprd14.prod.outlook.com>"
                                    " <CAJx7Yq3mB0VvL2cR8kP1nWz5fHt9sQe4DgA@mail.gmail.com>"),
                     ("Thread-Topic", "Northfield Grain - Sr Data Engineer (C2H)"),
                     ("Thread-Index", "AQHbOQ2mT9k3f1cXx0GZ7r6vYd8n0rKq1a2b"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(5), family="human_prose", lang="en-GB", interview=True, kind="scheduled",
      start=utc("2026-10-28 15:00", LDN), end=utc("2026-10-28 16:00", LDN),
      contact="harriet.ashworth@halcyonledger.co.uk", company="Halcyon Ledger",
      local="Wed 2026-10-28 15:00", local_end="2026-10-28 16:00", zone=LDN,
      note="British recruiter, '3pm UK time' on Wed 28 Oct: the UK is back on GMT since 25 Oct (UTC+0) -> "
           "15:00Z, which is 10am CDT because Chicago stays on daylight time until 1 Nov (a five-hour gap "
           "that week). 'It'll be an hour' -> end 16:00Z. Outlook mail in windows-1252, sent in BST")
def k05() -> bytes:
    body = t("""
        Hi Kelsey,

        Lovely to speak yesterday – thanks again for being so flexible with the time difference.

        I’m pleased to confirm your technical interview with Tom Pennington (Head of Data Platform) and Aisha Bello (Senior Data Engineer) on Wednesday 28th October at 3pm UK time. By my maths that’s 10am for you in Minneapolis – our clocks go back on the 25th and yours don’t until the 1st, so we’re only five hours apart that week rather than the usual six. Do shout if I’ve got that wrong!

        It’ll be an hour: roughly half on a system design exercise (a streaming ingestion problem – nothing you need to prepare) and half on your experience so far. We’ll use Google Meet:

        https://meet.google.com/hzq-wmeb-aro

        Any questions at all, just drop me a line.

        Kind regards,
        Harriet

        Harriet Ashworth
        Talent Partner, Engineering
        Halcyon Ledger Ltd | 20 Farringdon Road, London EC1M 3HE
        """)
    page = pre(body).replace("charset=utf-8", "charset=windows-1252")
    hs = head(addr("Harriet Ashworth", "harriet.ashworth@halcyonledger.co.uk"),
              "Halcyon Ledger – technical interview confirmed", "2026-10-20 11:30:18", LDN,
              "<LO2P265MB5312B9E4C1A7D0F3E8A2C5B6D4F91@LO2P265MB5312.GBRP265.PROD.OUTLOOK.COM>",
              "GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2120.outbound.protection.outlook.com "
              "[40.107.10.120])",
              extra=(("Thread-Topic", "Halcyon Ledger – technical interview confirmed".replace("–", "-")),
                     ("Content-Language", "en-GB")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(6), family="calendly", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-02 13:30", CT), end=utc("2026-11-02 14:00", CT),
      contact="dana.kruse@harvestline.coop", company="Harvestline Cooperative",
      local="Mon 2026-11-02 13:30", local_end="2026-11-02 14:00", zone=CT,
      note="Calendly invitee confirmation for a coffee chat with the hiring manager, 1:30pm-2:00pm Central "
           "on Mon 2 Nov: the day after US clocks fall back, so CST (UTC-6) -> 19:30-20:00Z, although the mail "
           "was sent in CDT; ICS in UTC agrees; contact = Reply-To host")
def k06() -> bytes:
    body = t("""
        Hi Kelsey Nordgren,

        Your Coffee chat w/ Dana (Harvestline Data Team) with Dana Kruse at 1:30pm (Central Time - US & Canada) on Monday, November 2, 2026 is scheduled.

        Event Type:
        Coffee chat w/ Dana (Harvestline Data Team)

        Event Date/Time:
        1:30pm - 2:00pm (Central Time - US & Canada) on Monday, November 2, 2026

        Location:
        This is a Zoom web conference.
        You can join this meeting from any device (computer, tablet, or phone).
        https://harvestline.zoom.us/j/84415592036?pwd=bUp0K3VkRmhKZ1p6dFNvQ2Qx

        Description:
        Informal 30 min chat with our Director of Data Engineering about the Senior Data Engineer opening on our Des Moines-based (hybrid/remote OK) team. Bring your questions!

        Invitee Time Zone:
        Central Time - US & Canada

        Questions:
        Anything you'd like Dana to know ahead of time?
        Mostly curious how the team splits its time between the agronomy and grain marketing sides.

        View event in Calendly: https://calendly.com/events/7c1b04f2-5a9d-4e36-b8a1-2f7c09d3e415
        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0b8e4c7a-91d2-4f35-a6e0-d3b2c1f8e7a9
        Reschedule: https://calendly.com/reschedulings/0b8e4c7a-91d2-4f35-a6e0-d3b2c1f8e7a9

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#0a2540;font-size:15px">
        <p>Hi Kelsey Nordgren,</p>
        <p>Your <b>Coffee chat w/ Dana (Harvestline Data Team)</b> with <b>Dana Kruse</b> at 1:30pm (Central Time - US &amp; Canada) on Monday, November 2, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Coffee chat w/ Dana (Harvestline Data Team)</p>
        <p><b>Event Date/Time:</b><br>1:30pm - 2:00pm (Central Time - US &amp; Canada) on Monday, November 2, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://harvestline.zoom.us/j/84415592036?pwd=bUp0K3VkRmhKZ1p6dFNvQ2Qx">https://harvestline.zoom.us/j/84415592036</a></p>
        <p><b>Description:</b><br>Informal 30 min chat with our Director of Data Engineering about the Senior Data Engineer opening on our Des Moines-based (hybrid/remote OK) team. Bring your questions!</p>
        <p><b>Invitee Time Zone:</b><br>Central Time - US &amp; Canada</p>
        <p><a href="https://calendly.com/cancellations/0b8e4c7a-91d2-4f35-a6e0-d3b2c1f8e7a9">Cancel</a> &middot; <a href="https://calendly.com/reschedulings/0b8e4c7a-91d2-4f35-a6e0-d3b2c1f8e7a9">Reschedule</a></p>
        <p style="font-size:12px;color:#a6bbd1">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:0b8e4c7a-91d2-4f35-a6e0-d3b2c1f8e7a9@calendly.com
DTSTAMP:20261029T131412Z
DTSTART:20261102T193000Z
DTEND:20261102T200000Z
SUMMARY:Coffee chat w/ Dana (Harvestline Data Team) between Dana Kruse and Kelsey Nordgren
LOCATION:https://harvestline.zoom.us/j/84415592036?pwd=bUp0K3VkRmhKZ1p6dFNvQ2Qx
ORGANIZER;CN=Dana Kruse:mailto:dana.kruse@harvestline.coop
ATTENDEE;CN=Kelsey Nordgren;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kelsey.nordgren@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Coffee chat w/ Dana (Harvestline Data Team) with Dana Kruse on Monday, November 2, 2026",
              "2026-10-29 08:14:12", CT, "<0b8e4c7a91d2.1793277252@mg.calendly.com>",
              "m228-13.mailgun.net (m228-13.mailgun.net [159.135.228.13])",
              extra=(("Reply-To", addr("Dana Kruse", "dana.kruse@harvestline.coop")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(7), family="workday", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-05 09:00", CT), end=utc("2026-11-05 10:00", CT),
      contact="alyssa.brandt@creamcitymutual.com", company="Cream City Mutual Insurance",
      local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:00", zone=CT,
      note="Workday 'Interview Scheduled', HTML only: 11/05/2026 9:00-10:00 AM CST (after the 1 Nov fall-back, "
           "UTC-6) -> 15:00-16:00Z; mail sent in CDT on 30 Oct; contact = recruiter address in the body")
def k07() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background-color:#eef1f4">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="640" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background:#0b3d5c;padding:18px 28px"><img src="https://wd5.myworkday.com/creamcitymutual/img/logo-white.png" alt="Cream City Mutual Insurance" height="36"></td></tr>
        <tr><td style="padding:28px">
        <p>Dear Kelsey,</p>
        <p>We are pleased to invite you to interview for the <b>Senior Data Engineer</b> position (R-0010482) with Cream City Mutual Insurance. Please review the details below.</p>
        <table cellspacing="0" cellpadding="6" border="0" style="font-size:14px">
        <tr><td style="color:#666666">Interview Date:</td><td><b>11/05/2026</b></td></tr>
        <tr><td style="color:#666666">Start Time:</td><td><b>9:00 AM CST</b></td></tr>
        <tr><td style="color:#666666">End Time:</td><td><b>10:00 AM CST</b></td></tr>
        <tr><td style="color:#666666">Interview Type:</td><td>Virtual - Microsoft Teams</td></tr>
        <tr><td style="color:#666666" valign="top">Interviewers:</td><td>Greg Pelletier, Manager, Data Engineering<br>Sonia Vang, Lead Data Engineer</td></tr>
        </table>
        <p>The Microsoft Teams link will be sent to you separately by the hiring team.</p>
        <p>If you have any questions or need an accommodation to participate in the interview process, please reach out to your recruiter, Alyssa Brandt, at <a href="mailto:alyssa.brandt@creamcitymutual.com">alyssa.brandt@creamcitymutual.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Cream City Mutual Insurance</p>
        </td></tr>
        <tr><td style="padding:14px 28px;background:#f6f7f9;font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Please do not reply to this message. To view your application, sign in to your <a href="https://wd5.myworkday.com/creamcitymutual/d/home.htmld">Candidate Home</a> account.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Cream City Mutual", "creamcitymutual@myworkday.com"),
              "Interview Scheduled: Senior Data Engineer (R-0010482)", "2026-10-30 15:48:20", CT,
              "<1436592170.88213.1793393300455@wd5-prod-notif-07.myworkday.com>",
              "wd5-smtp-out-02.myworkday.com (wd5-smtp-out-02.myworkday.com [198.51.100.42])",
              extra=(("X-Mailer", "Workday Notification Service"),))
    return message(hs, html(page))


@mail(N(8), family="icims", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-13 09:00", CT), end=utc("2026-11-13 12:30", CT),
      contact="rachel.thao@borealmedical.com", company="Boreal Medical",
      local="Fri 2026-11-13 09:00", local_end="2026-11-13 12:30", zone=CT,
      note="iCIMS onsite itinerary at the Plymouth, MN campus, 9:00 a.m.-12:30 p.m. Central (CST, UTC-6) -> "
           "15:00-18:30Z, first session to the end of the team lunch; sender is an iCIMS role mailbox, "
           "contact = the coordinator named in the body")
def k08() -> bytes:
    body = t("""
        Hello Kelsey,

        Thank you for your continued interest in Boreal Medical! We are excited to welcome you to our Plymouth campus for an onsite interview for the Data Engineer, Connected Devices position (Req 26-1187).

        Date: Friday, November 13, 2026
        Time: 9:00 a.m. – 12:30 p.m. Central
        Location: Boreal Medical, Building C (Innovation Center), 3400 Annapolis Lane N, Plymouth, MN 55447

        Your itinerary
        9:00 – 9:45 a.m.      Kevin Lindahl, Director, Data & Analytics (hiring manager)
        9:45 – 10:30 a.m.     Technical session with Deepa Raghunathan and Joe Schultz, Data Engineering
        10:30 – 10:45 a.m.    Break
        10:45 – 11:30 a.m.    Nicole Fairbanks, Quality & Regulatory (device data and Part 11 controls)
        11:30 a.m. – 12:30 p.m.  Lunch with the team in the Building C café

        Please check in at the Building C front desk 10–15 minutes early with a photo ID. Visitor parking is in Lot 3, just west of the main entrance. Business casual attire is perfect.

        If you need to make any changes, please contact Rachel Thao, Recruiting Coordinator, at rachel.thao@borealmedical.com or 763-555-0126.

        We look forward to meeting you!

        Boreal Medical Talent Acquisition

        --
        Boreal Medical is an equal opportunity employer. Please do not reply to this automated message.
        """)
    page = pre(body)
    hs = head(addr("Boreal Medical Talent Acquisition", "boreal-talent@talent.icims.com"),
              "Onsite Interview Confirmation – Data Engineer, Connected Devices", "2026-11-05 11:20:51", CT,
              "<20261105172051.1187.43920.icims-mailer@talent.icims.com>",
              "mta-out-12.icims.com (mta-out-12.icims.com [192.0.2.112])",
              extra=(("X-Mailer", "iCIMS"),))
    return message(hs, alt(text(body), html(page)))


@mail(N(9), family="paradox", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-17 14:00", CT), end=None, contact=None, company="Northern Pine Grocers",
      local="Tue 2026-11-17 14:00", zone=CT,
      note="Paradox ('Olivia') confirmation: Tuesday, November 17, 2:00 PM CST (UTC-6) -> 20:00Z; no length "
           "given; the interviewer is named but has no address and the sender is a no-reply -> contact null")
def k09() -> bytes:
    body = t("""
        Hi Kelsey!

        Great news, your interview is all set. Here are the details:

        Position: Data Engineer - Supply Chain Analytics
        Date: Tuesday, November 17, 2026
        Time: 2:00 PM CST
        Interviewer: Luis Ortega
        Location: Video interview (Microsoft Teams) - you'll get the join link in Luis's calendar invite

        Need to make a change? Just reply "reschedule" to my text at (612) 555-0100, or use the link below.

        Reschedule or cancel: https://northernpine.paradox.ai/co/NorthernPineGrocers/8XqT4mNc
        Add to calendar: https://northernpine.paradox.ai/co/NorthernPineGrocers/8XqT4mNc/calendar.ics

        Good luck, you've got this!
        Olivia
        Northern Pine Grocers Recruiting Assistant

        Olivia is a virtual assistant. Replies to this email are not monitored.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;background:#f2f5f3;padding:20px">
        <div style="max-width:560px;margin:auto;background:#fff;border-radius:8px;padding:24px">
        <img src="https://cdn.paradox.ai/northernpine/olivia-avatar.png" width="56" alt="Olivia" style="border-radius:28px">
        <p>Hi Kelsey!</p>
        <p>Great news, your interview is all set. Here are the details:</p>
        <p><b>Position:</b> Data Engineer - Supply Chain Analytics<br>
        <b>Date:</b> Tuesday, November 17, 2026<br>
        <b>Time:</b> 2:00 PM CST<br>
        <b>Interviewer:</b> Luis Ortega<br>
        <b>Location:</b> Video interview (Microsoft Teams) - you'll get the join link in Luis's calendar invite</p>
        <p>Need to make a change? Just reply "reschedule" to my text at (612) 555-0100, or use the button below.</p>
        <p><a href="https://northernpine.paradox.ai/co/NorthernPineGrocers/8XqT4mNc" style="background:#1d6b3a;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Reschedule or cancel</a>
        &nbsp;<a href="https://northernpine.paradox.ai/co/NorthernPineGrocers/8XqT4mNc/calendar.ics">Add to calendar</a></p>
        <p>Good luck, you've got this!<br>Olivia<br>Northern Pine Grocers Recruiting Assistant</p>
        <p style="font-size:11px;color:#999">Olivia is a virtual assistant. Replies to this email are not monitored.</p>
        </div></body></html>
        """)
    hs = head(addr("Olivia at Northern Pine Grocers", "no-reply@paradox.ai"), "Your interview is confirmed!",
              "2026-11-12 20:03:37", CT, "<01000193a2f1c9d4-5e7b8a90-c1d2-4e3f-9a8b-7c6d5e4f3a21-000000@email.amazonses.com>",
              "a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])")
    return message(hs, alt(text(body), html(page)))


@mail(N(10), family="hirevue_live", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-11-19 15:30", CT), end=utc("2026-11-19 16:15", CT),
      contact="nadia.petrosyan@wabashtrust.com", company="Wabash Trust & Savings",
      local="Thu 2026-11-19 15:30", local_end="2026-11-19 16:15", zone=CT,
      note="HireVue LIVE interview (not on-demand): 3:30-4:15 PM (America/Chicago), CST in November -> "
           "21:30-22:15Z; base64 text+html; contact = recruiter address in the body")
def k10() -> bytes:
    body = t("""
        Hello Kelsey,

        You have been scheduled for a live video interview with Wabash Trust & Savings.

        Position: Data Engineer, Enterprise Risk Technology
        Date: Thursday, November 19, 2026
        Time: 3:30 PM - 4:15 PM (America/Chicago)
        Interviewer(s): Hannah Liu, Devon Marsh

        This is a LIVE interview: you will be speaking with members of the hiring team in real time. It is not a recorded on-demand interview.

        Join your interview:
        https://app.hirevue.com/interviews/live/join/8KQ2VXQ9

        Before your interview, please make sure you are using an up-to-date version of Chrome, Edge or Safari and test your camera and microphone here: https://app.hirevue.com/techcheck

        Questions about the role or your schedule? Contact your recruiter, Nadia Petrosyan, at nadia.petrosyan@wabashtrust.com.

        Good luck!
        Wabash Trust & Savings Talent Acquisition

        Powered by HireVue. Need technical help? https://candidate.help.hirevue.com
        """)
    hs = head(addr("Wabash Trust & Savings", "noreply@hirevue.com"),
              "Live Interview Scheduled - Wabash Trust & Savings", "2026-11-13 10:02:55", CT,
              "<sg.7Qm2Lx0yTnW4cVb8.hirevue-notify@em8120.hirevue.com>",
              "o1678.em8120.hirevue.com (o1678.em8120.hirevue.com [149.72.183.201])")
    return message(hs, alt(text(body, cte="base64"), html(pre(body), cte="base64")))


@mail(N(11), family="goodtime", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-01 11:00", ET), end=utc("2026-12-01 13:00", ET),
      contact="owen.fitzgerald@brightmoor.io", company="Brightmoor",
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 13:00", zone=ET,
      note="GoodTime virtual-onsite itinerary in Eastern Time (EST in December, UTC-5): 11:00 AM - 1:00 PM ET "
           "-> 16:00-18:00Z, first session start to last session end; contact = Reply-To coordinator")
def k11() -> bytes:
    body = t("""
        Hi Kelsey,

        Thank you for sharing your availability! Your virtual onsite for the Senior Data Engineer, Platform role is confirmed. All times below are shown in Eastern Time (ET).

        Tuesday, December 1, 2026

        11:00 AM – 12:00 PM ET    Data Modeling & SQL
                                  with Ravi Shankar, Staff Data Engineer
        12:00 PM – 12:15 PM ET    Break
        12:15 PM – 1:00 PM ET     Values & Collaboration
                                  with Elena Kowalski, Engineering Manager

        Each session has its own Zoom link in the calendar invitations you'll receive shortly from your interviewers. Please join a few minutes early to test your audio and video.

        If you need to reschedule, simply reply to this email and I'll help.

        Best,
        Owen Fitzgerald
        Recruiting Coordinator, Brightmoor

        Sent with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;color:#1b1f3b;font-size:14px">
        <p>Hi Kelsey,</p>
        <p>Thank you for sharing your availability! Your virtual onsite for the <b>Senior Data Engineer, Platform</b> role is confirmed. All times below are shown in <b>Eastern Time (ET)</b>.</p>
        <h3 style="margin-bottom:4px">Tuesday, December 1, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr><td style="white-space:nowrap">11:00 AM &ndash; 12:00 PM ET</td><td><b>Data Modeling &amp; SQL</b><br>with Ravi Shankar, Staff Data Engineer</td></tr>
        <tr><td style="white-space:nowrap;color:#888">12:00 PM &ndash; 12:15 PM ET</td><td style="color:#888">Break</td></tr>
        <tr><td style="white-space:nowrap">12:15 PM &ndash; 1:00 PM ET</td><td><b>Values &amp; Collaboration</b><br>with Elena Kowalski, Engineering Manager</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you'll receive shortly from your interviewers. Please join a few minutes early to test your audio and video.</p>
        <p>If you need to reschedule, simply reply to this email and I'll help.</p>
        <p>Best,<br>Owen Fitzgerald<br>Recruiting Coordinator, Brightmoor</p>
        <p style="font-size:11px;color:#9aa0b4">Sent with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Brightmoor Recruiting", "no-reply@goodtime.io"),
              "Your interview schedule with Brightmoor – Tuesday, December 1", "2026-11-24 13:30:09", ET,
              "<gt-itin-5f2d8a1c.20261124183009@mail.goodtime.io>",
              "o7.mail.goodtime.io (o7.mail.goodtime.io [167.89.64.17])",
              extra=(("Reply-To", addr("Owen Fitzgerald", "owen.fitzgerald@brightmoor.io")),))
    return message(hs, alt(text(body), html(page)))


@mail(N(12), family="forward_to_self", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-02 10:00", MT), end=utc("2026-12-02 12:00", MT),
      contact="calvarado@summitpeakhealth.com", company="Summit Peak Health",
      local="Wed 2026-12-02 10:00", local_end="2026-12-02 12:00", zone=MT,
      note="Candidate forwards the recruiter's confirmation from her old address to her main one: 'Wednesday "
           "12/2 at 10a MT', '2 hrs total' -> MST (UTC-7) 17:00-19:00Z; her own note (10a MT = 11 here) agrees. "
           "Contact = the recruiter in the forwarded header, not the candidate")
def k12() -> bytes:
    body = t("""
        putting this in my main inbox. ALSO remember 10a MT = 11 here!!

        ---------- Forwarded message ---------
        From: Carmen Alvarado <calvarado@summitpeakhealth.com>
        Date: Wed, Nov 25, 2026 at 3:02 PM
        Subject: Final round - Summit Peak Health
        To: Kelsey Nordgren <kelsey.n.mpls@example.net>


        Hi Kelsey,

        Thank you for turning the take-home around so quickly - the team loved your write-up on the late-arriving claims data!

        I'm happy to confirm your final round for Wednesday 12/2 at 10a MT, over Zoom. It's 2 hrs total, three back-to-back conversations:

        10:00 - 10:40  Jess Harmon, Director of Data Platform
        10:40 - 11:20  Amir Saleh & Lucy Chen, pair design session
        11:20 - 12:00  Paul Whitford, VP Analytics Engineering

        Zoom: https://summitpeakhealth.zoom.us/j/93318820417?pwd=RmxhV2tLc0p3bU9nZ2RQ

        Have a wonderful Thanksgiving!

        Carmen

        Carmen Alvarado | Senior Recruiter
        Summit Peak Health | Denver, CO
        """)
    hs = head(addr("Kelsey Nordgren", OLD), "Fwd: Final round - Summit Peak Health", "2026-11-25 21:14:40", CT,
              "<CAHv2m9Lw0Tz8KqC4xN1bR7pYs5eUd3gFjA6oXi@mail.gmail.com>",
              "mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
              extra=(("In-Reply-To", "<DM6PR19MB3874E0B1C2A3D4F5A6B7C8D9E0F1A@DM6PR19MB3874.namprd19.prod.outlook.com>"),
                     ("References", "<DM6PR19MB3874E0B1C2A3D4F5A6B7C8D9E0F1A@DM6PR19MB3874.namprd19.prod.outlook.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(13), family="reply_thread", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-03 13:45", CT), end=utc("2026-12-03 14:30", CT),
      contact="anjali.deshpande@ridgelineins.com", company="Ridgeline Insurance Group",
      local="Thu 2026-12-03 13:45", local_end="2026-12-03 14:30", zone=CT,
      note="Hiring manager's reply on top of the thread: 'quarter to 2 on Thursday it is' (Date Mon 30 Nov -> "
           "Thu 3 Dec, 1:45 PM CST, UTC-6 -> 19:45Z); the quoted proposal says 45 min and 'both CT' -> end "
           "20:30Z; contact = the hiring manager who sent it")
def k13() -> bytes:
    body = t("""
        Perfect - quarter to 2 on Thursday it is. I'll send a Teams invite shortly; Ben Castillo from my team will join us.

        Hope you had a restful holiday weekend!

        Anjali

        Anjali Deshpande
        Manager, Data Engineering | Ridgeline Insurance Group
        312-555-0148

        From: Kelsey Nordgren <kelsey.nordgren@example.org>
        Sent: Sunday, November 29, 2026 7:31 PM
        To: Anjali Deshpande <anjali.deshpande@ridgelineins.com>
        Subject: Re: Ridgeline - Data Engineer, Analytics Platform - next steps

        Hi Anjali,

        Thanks so much for reaching out. Thursday 12/3 at 1:45 works great for me.

        Best,
        Kelsey

        On Wed, Nov 25, 2026 at 10:18 AM Anjali Deshpande <anjali.deshpande@ridgelineins.com> wrote:
        > Hi Kelsey,
        >
        > I'm the hiring manager for the Analytics Platform role - our recruiter Jordan Pike passed along your resume and I'd love to set up a conversation. It would be 45 min with me and one of my leads. Could you do Thurs 12/3 at 1:45 or Fri 12/4 at 11 (both CT)?
        >
        > Thanks,
        > Anjali
        """)
    hs = head(addr("Anjali Deshpande", "anjali.deshpande@ridgelineins.com"),
              "RE: Ridgeline - Data Engineer, Analytics Platform - next steps", "2026-11-30 08:52:26", CT,
              "<SA1PR12MB7190C4D3E2F1A0B9C8D7E6F5A4B3C@SA1PR12MB7190.namprd12.prod.outlook.com>",
              "NAM12-SA1-obe.outbound.protection.outlook.com (mail-sa1nam12on2101.outbound.protection.outlook.com "
              "[40.107.219.101])",
              extra=(("In-Reply-To", "<CAJx7Yq9Pq2rT6uW3zV8bN0cX4dE1fG5hK7mL@mail.gmail.com>"),
                     ("References", "<SA1PR12MB71900A1B2C3D4E5F6A7B8C9D0E1F2@SA1PR12MB7190.namprd12.prod.outlook.com>"
                                    " <CAJx7Yq9Pq2rT6uW3zV8bN0cX4dE1fG5hK7mL@mail.gmail.com>"),
                     ("Thread-Topic", "Ridgeline - Data Engineer, Analytics Platform - next steps"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(14), family="taleo", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", CT), end=utc("2026-12-08 11:00", CT),
      contact="shagen@heartlandmutual.com", company="Heartland Mutual Insurance",
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:00", zone=CT,
      note="Taleo confirmation, plain text in ISO-8859-1: 12/08/2026 10:00 AM Central, 60 minutes -> CST (UTC-6) "
           "16:00-17:00Z; sender is a Taleo system mailbox, contact = the TA specialist in the body")
def k14() -> bytes:
    body = t("""
        Dear Kelsey Nordgren,

        Thank you for your interest in career opportunities with Heartland Mutual® Insurance. We are pleased to confirm the following interview:

        Requisition:        2600457 - Data Engineer III
        Interview Date:     12/08/2026
        Interview Time:     10:00 AM Central Time
        Duration:           60 minutes
        Interview Format:   Cisco Webex video
        Interviewer(s):     Tom Brandvold, Manager - Claims Data Services

        Webex meeting link:
        https://heartlandmutual.webex.com/heartlandmutual/j.php?MTID=m4b1e07c2d93a58f6e01b7c4a2d9e8f13
        Meeting number (access code): 2631 448 9057
        Meeting password: Hm1208

        Please join 5 minutes prior to your scheduled time. Should you need to reschedule, please contact Sheila Hagen, Talent Acquisition Specialist, at shagen@heartlandmutual.com or 515-555-0163.

        A note from Sheila: Looking forward to Dec. 8th, Kelsey - Tom is excited to meet you!

        Regards,

        Talent Acquisition
        Heartland Mutual® Insurance

        This message was sent from a notification-only address that cannot accept incoming e-mail. Please do not reply to this message.
        © 2026 Heartland Mutual Insurance Company · Des Moines, Iowa
        """)
    hs = head(addr("Heartland Mutual Insurance", "heartlandmutual@taleo.net"),
              "Interview Confirmation - Data Engineer III - 2600457", "2026-12-02 16:40:02", CT,
              "<1333458721.2600457.1796337602118.JavaMail.taleo@phx1tlo-app22.taleo.net>",
              "smtp-out4.taleo.net (smtp-out4.taleo.net [160.34.8.44])",
              extra=(("X-Mailer", "Taleo Business Edition Notification"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(15), family="smartrecruiters", lang="en-CA", interview=True, kind="scheduled",
      start=utc("2026-12-09 11:00", TOR), end=None,
      contact="genevieve.tremblay@maplewave.ca", company="Maplewave Logistics",
      local="Wed 2026-12-09 11:00", zone=TOR,
      note="SmartRecruiters message from a Toronto recruiter: Wednesday, December 9, 11:00 a.m. Eastern "
           "(Toronto, EST, UTC-5) -> 16:00Z, also stated as 10:00 a.m. Central; 'about 45 minutes' -> end null; "
           "contact = Reply-To recruiter (non-ASCII display name)")
def k15() -> bytes:
    body = t("""
        Hi Kelsey,

        Thanks for choosing a time — you're confirmed for a video interview with our Data & Analytics team.

        When: Wednesday, December 9, 2026, 11:00 a.m. Eastern Time (Toronto)
        Who: Marc-André Gagnon, Manager, Data Engineering, and Harjit Sandhu, Senior Data Engineer
        Where: Microsoft Teams (the link will be in the calendar invitation from Marc-André)

        The conversation will run about 45 minutes. Marc-André will walk you through our move from on-prem SQL Server to a lakehouse on Azure, and you'll have plenty of time to ask about the team, our Mississauga distribution centre and what a typical week looks like.

        Since you're in Minneapolis: 11:00 a.m. Toronto time is 10:00 a.m. Central.

        Cheers,
        Geneviève

        Geneviève Tremblay (she/elle)
        Talent Acquisition Partner | Maplewave Logistics
        Toronto, ON

        --
        Sent via SmartRecruiters. Reply to this email to respond to Geneviève.
        """)
    hs = head(addr("Geneviève Tremblay (Maplewave Logistics)", "noreply@smartrecruiters.com"),
              "Interview confirmed: Senior Data Engineer – Maplewave Logistics", "2026-12-03 09:15:48", TOR,
              "<msg.3f6c1e2a-8b7d-4c90-a1e5-7d2f9b0c6e84@mail.smartrecruiters.com>",
              "mail-out-03.smartrecruiters.com (mail-out-03.smartrecruiters.com [198.51.100.203])",
              extra=(("Reply-To", addr("Geneviève Tremblay", "genevieve.tremblay@maplewave.ca")),))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(16), family="jobvite", lang="en-US", interview=True, kind="scheduled",
      start=utc("2026-12-11 13:00", CT), end=utc("2026-12-11 14:00", CT),
      contact="scott.ziegler@kmi-med.com", company="Kettle Moraine Instruments",
      local="Fri 2026-12-11 13:00", local_end="2026-12-11 14:00", zone=CT,
      note="Jobvite interview notice, HTML only in base64: Friday, December 11, 1:00-2:00 PM CST (UTC-6) -> "
           "19:00-20:00Z; no-reply sender, contact = hiring manager address in the body")
def k16() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"></head>
        <body style="margin:0;background:#f5f6f8;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #b5121b">
        <tr><td style="padding:24px 32px 8px"><img src="https://app.jobvite.com/CompanyJobs/Media/kmi/logo.png" alt="Kettle Moraine Instruments" height="40"></td></tr>
        <tr><td style="padding:8px 32px 24px;font-size:14px;line-height:20px;color:#2b2b2b">
        <p>Hi Kelsey,</p>
        <p>Your interview for <strong>Data Engineer - Manufacturing Analytics</strong> has been scheduled.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#777">When</td><td><strong>Friday, December 11, 2026</strong><br>1:00 PM - 2:00 PM CST (Central Standard Time)</td></tr>
        <tr><td style="color:#777">Where</td><td>Zoom &ndash; <a href="https://kmi-med.zoom.us/j/96104477315">https://kmi-med.zoom.us/j/96104477315</a><br>Meeting ID: 961 0447 7315 &middot; Passcode: 204518</td></tr>
        <tr><td style="color:#777">Interview team</td><td>Scott Ziegler, Hiring Manager<br>Mei Xiong, Senior Data Engineer</td></tr>
        </table>
        <p>We'll spend most of the hour on your experience with time-series and sensor data from the production floor in our Milwaukee plant. If you have questions before the interview, please reach out to Scott Ziegler at <a href="mailto:scott.ziegler@kmi-med.com">scott.ziegler@kmi-med.com</a>.</p>
        <p>Thank you,<br>Kettle Moraine Instruments Talent Acquisition</p>
        </td></tr>
        <tr><td style="padding:12px 32px;background:#fafafa;font-size:11px;color:#999">Please do not reply to this message. This mailbox is not monitored. Powered by Jobvite.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Kettle Moraine Instruments", "notifications@jobvite.com"),
              "Interview Scheduled: Data Engineer - Manufacturing Analytics", "2026-12-07 09:00:14", CT,
              "<0100019392ab41f7-6c2d1e08-4b3a-49f5-8e7d-a1c2b3d4e5f6-000000@email.jobvite.com>",
              "a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])")
    return message(hs, html(page, cte="base64"))


# =========================================================================== positives: rescheduled


@mail(N(17), family="google_calendar", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-22 13:00", CT), end=utc("2026-10-22 14:00", CT),
      contact="wen.zhao@tidewaterlabs.io", company="Tidewater Labs",
      local="Thu 2026-10-22 13:00", local_end="2026-10-22 14:00", zone=CT,
      note="Google Calendar 'Updated invitation' from a Bay Area recruiter, shown in the recipient's calendar "
           "zone: Thu Oct 22 1pm-2pm CDT (= 11am-12pm PDT) -> 18:00-19:00Z; ICS in UTC with SEQUENCE:1; "
           "moved from Wednesday; contact = organizer")
def k17() -> bytes:
    eid = "NXJmMnE4a2Jvb2U3dDFnMmQ0bWg5c3Z1Nmoga2Vsc2V5Lm5vcmRncmVuQGV4YW1wbGUub3Jn"
    body = t(f"""
        This event has been updated
        Changed: time

        Tidewater Labs | Data Platform Technical Interview (Kelsey Nordgren)
        Thursday Oct 22, 2026 ⋅ 1pm – 2pm
        Central Time - Chicago

        Hi Kelsey, sorry for the shuffle! Our interviewer got pulled into an incident review on Wednesday, so we moved you a day. Same format: 60 min, live coding in Python plus a bit of Spark. - Wen

        Join with Google Meet
        https://meet.google.com/kdt-pfvz-wsa

        Organizer
        Wen Zhao
        wen.zhao@tidewaterlabs.io

        Guests
        Wen Zhao - organizer
        Rahul Menon
        kelsey.nordgren@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&ctz=America%2FChicago&hl=en&es=1

        Reply for kelsey.nordgren@example.org

        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&ctz=America%2FChicago&hl=en&es=1

        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&ctz=America%2FChicago&hl=en&es=1

        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&ctz=America%2FChicago&hl=en&es=1

        More options
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&ctz=America%2FChicago&hl=en&es=1

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="background:#e8f0fe;padding:8px 12px;border-radius:4px">This event has been updated<br><b>Changed:</b> time</div>
        <h2 style="font-size:22px;font-weight:400">Tidewater Labs | Data Platform Technical Interview (Kelsey Nordgren)</h2>
        <div><span style="background:#fce8b2">Thursday Oct 22, 2026 &#8901; 1pm &ndash; 2pm</span><br><span style="color:#70757a">Central Time - Chicago</span></div>
        <div style="padding:16px 0">Hi Kelsey, sorry for the shuffle! Our interviewer got pulled into an incident review on Wednesday, so we moved you a day. Same format: 60 min, live coding in Python plus a bit of Spark. - Wen</div>
        <a href="https://meet.google.com/kdt-pfvz-wsa" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Join with Google Meet</a>
        <h3 style="font-size:14px">Organizer</h3><div>Wen Zhao<br>wen.zhao@tidewaterlabs.io</div>
        <h3 style="font-size:14px">Guests</h3><div>Wen Zhao - organizer<br>Rahul Menon<br>kelsey.nordgren@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261022T180000Z
DTEND:20261022T190000Z
DTSTAMP:20261020T002511Z
ORGANIZER;CN=Wen Zhao:mailto:wen.zhao@tidewaterlabs.io
UID:5rf2q8kbooe7t1g2d4mh9svu6j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wen Zhao;X-NUM-GUESTS=0:mailto:wen.zhao@tidewaterlabs.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rahul Menon;X-NUM-GUESTS=0:mailto:rahul.menon@tidewaterlabs.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kelsey.nordgren@example.org;X-NUM-GUESTS=0:mailto:kelsey.nordgren@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/kdt-pfvz-wsa
CREATED:20261013T211502Z
DESCRIPTION:Hi Kelsey\\, sorry for the shuffle! Our interviewer got pulled into an incident review on Wednesday\\, so we moved you a day. Same format: 60 min\\, live coding in Python plus a bit of Spark. - Wen
LAST-MODIFIED:20261020T002510Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Tidewater Labs | Data Platform Technical Interview (Kelsey Nordgren)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Wen Zhao", "wen.zhao@tidewaterlabs.io"),
              "Updated invitation: Tidewater Labs | Data Platform Technical Interview (Kelsey Nordgren) @ Thu Oct "
              "22, 2026 1pm - 2pm (CDT) (kelsey.nordgren@example.org)",
              "2026-10-19 17:25:11", PT, "<calendar-b71d0c4e-2a9f-4e58-9c13-6f0a8d2e7b45@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", addr("Wen Zhao", "wen.zhao@tidewaterlabs.io")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(18), family="agency_prose", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-10-15 10:30", CT), end=None,
      contact="bkowalczyk@keystonetechstaffing.com", company="Northfield Grain Cooperative",
      local="Thu 2026-10-15 10:30", zone=CT,
      note="Agency recruiter from his phone: the client 'moved you to Thurs 10/15, same time (10:30)'; the quoted "
           "original says Tues 10/13 at 1030 -> new slot 10:30 CDT (UTC-5) = 15:30Z; no length; contact = sender")
def k18() -> bytes:
    body = t("""
        Morning Kelsey - heads up, Dan had a conflict come up for tomorrow so they moved you to Thurs 10/15, same time (10:30). He said he already updated the Teams invite on his end so it should show on your calendar. Sorry for the shuffle!

        Brett

        Sent from my iPhone

        > On Oct 8, 2026, at 4:05 PM, Brett Kowalczyk <bkowalczyk@keystonetechstaffing.com> wrote:
        >
        > Kelsey - you're all set w/ Dan Whitcomb (hiring mgr @ Northfield Grain) for Tues 10/13 at 1030 CST. He'll send a Teams link from his side, prob tomorrow. Super laid back guy, mostly wants to hear about your Airflow + dbt work at Gopher and how you handled the Snowflake migration. Should be 45 min or so.
        >
        > Give me a ring after and let me know how it went!
        >
        > Brett Kowalczyk
        > Senior Technical Recruiter | Keystone Technical Staffing
        > o: 952-555-0134 | c: 612-555-0190
        """)
    hs = head(addr("Brett Kowalczyk", "bkowalczyk@keystonetechstaffing.com"),
              "Re: Northfield Grain - Sr Data Engineer (C2H)", "2026-10-12 08:20:57", CT,
              "<4E1D6B2A-9C7F-4A3E-B8D5-0F2C1A7E9B36@keystonetechstaffing.com>",
              "NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2129.outbound.protection.outlook.com "
              "[40.107.237.129])",
              extra=(("In-Reply-To", "<BN8PR14MB40713C2B9F0E7A1D6E5A4B7CC9A12@BN8PR14MB4071.namprd14.prod.outlook.com>"),
                     ("References", "<BN8PR14MB40713C2B9F0E7A1D6E5A4B7CC9A12@BN8PR14MB4071.namprd14.prod.outlook.com>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, charset="us-ascii", cte="7bit", params="format=flowed"))


@mail(N(19), family="exchange", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-03 10:00", PT), end=utc("2026-11-03 11:00", PT),
      contact="rcastellanos@alderpointdx.com", company="Alderpoint Diagnostics",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=PT,
      note="Exchange meeting update from a Bay Area hiring manager, sent Fri 30 Oct in PDT: new slot Tuesday "
           "Nov 3 10:00-11:00 AM Pacific, which is PST after the 1 Nov change (UTC-8) -> 18:00-19:00Z ('noon your "
           "time' = 12:00 CST agrees); TZID 'Pacific Standard Time', SEQUENCE:1; contact = organizer")
def k19() -> bytes:
    body = t("""
        Hi Kelsey - moving us from Monday to Tuesday at 10 Pacific (noon your time) since my Monday blew up. Thanks for being flexible!

        -Ray

        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada).
        Where: Microsoft Teams Meeting

        """) + teams("219 604 882 117", "8bQe3T", "+1 925-555-0102", "Pleasanton", "448 210 937",
                     "NmQ0YjE5ZTItMzg1Ni00ZGQxLWE0MzEtOWYyZmMwN2U1ZDhh")
    desc = ("Hi Kelsey - moving us from Monday to Tuesday at 10 Pacific (noon your time) since my Monday blew up. "
            "Thanks for being flexible!\\n\\n-Ray\\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Ray Castellanos:mailto:rcastellanos@alderpointdx.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kelsey Nordgren:mailto:kelsey.nordgren@example.org
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E0080000000010A7F3E14B66DD01000000000000000010000000E9D4C2B1A0F94E7D8C6B5A4F3E2D1C0B
SUMMARY;LANGUAGE=en-US:Hiring Manager Interview - Kelsey Nordgren - Sr. Data Engineer
DTSTART;TZID=Pacific Standard Time:20261103T100000
DTEND;TZID=Pacific Standard Time:20261103T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T230500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1402617725
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Ray Castellanos", "rcastellanos@alderpointdx.com"),
              "Updated: Hiring Manager Interview - Kelsey Nordgren - Sr. Data Engineer", "2026-10-30 16:05:40", PT,
              "<BYAPR05MB6072D1E2F3A4B5C6D7E8F9A0B1C2D@BYAPR05MB6072.namprd05.prod.outlook.com>",
              "NAM04-BYA-obe.outbound.protection.outlook.com (mail-bya04on2117.outbound.protection.outlook.com "
              "[40.107.93.117])",
              extra=(("Thread-Topic", "Hiring Manager Interview - Kelsey Nordgren - Sr. Data Engineer"),
                     ("Thread-Index", "AdtKq1mZ0b7nR2c4Tu6yW8x1PqA3Bw=="),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(pre(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(20), family="lever", lang="en-US", interview=True, kind="rescheduled",
      start=utc("2026-11-16 15:00", CT), end=utc("2026-11-16 16:00", CT),
      contact="tessa.moreau@cloverfieldhealth.com", company="Cloverfield Health",
      local="Mon 2026-11-16 15:00", local_end="2026-11-16 16:00", zone=CT,
      note="Lever reschedule notice with the new and the previous slot: new Monday, November 16, 3:00-4:00 PM "
           "CST (UTC-6) -> 21:00-22:00Z; ICS SEQUENCE:2 in America/Chicago agrees; contact = Reply-To recruiter")
def k20() -> bytes:
    body = t("""
        Hi Kelsey,

        Your interview with Cloverfield Health has been rescheduled. Here are your updated interview details:

        Senior Data Engineer - Interoperability

        Monday, November 16, 2026
        3:00 PM - 4:00 PM (CST)

        Previously scheduled for: Friday, November 13, 2026, 3:00 PM - 4:00 PM (CST)

        Interviewers:
        Olu Adebayo - Principal Engineer
        Maggie Whitfield - Product Manager, Data Exchange

        Location: https://cloverfieldhealth.zoom.us/j/87730215566

        An updated calendar invitation is attached. If you have any questions, reply to this email to reach Tessa Moreau.

        Cloverfield Health
        Powered by Lever
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:lever-interview-2f9a7c31-5d6e-4b08-91c4-e3a0b8d7f512
DTSTAMP:20261111T181000Z
DTSTART;TZID=America/Chicago:20261116T150000
DTEND;TZID=America/Chicago:20261116T160000
SEQUENCE:2
SUMMARY:Interview: Kelsey Nordgren for Senior Data Engineer - Interoperability (Cloverfield Health)
LOCATION:https://cloverfieldhealth.zoom.us/j/87730215566
ORGANIZER;CN=Tessa Moreau:mailto:tessa.moreau@cloverfieldhealth.com
ATTENDEE;CN=Kelsey Nordgren;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kelsey.nordgren@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Cloverfield Health", "no-reply@hire.lever.co"),
              "Updated: Your interview with Cloverfield Health has been rescheduled", "2026-11-11 12:10:33", CT,
              "<20261111181033.1.7c0e9a2b4d6f8e1a@hire.lever.co>",
              "mail-a.hire.lever.co (mail-a.hire.lever.co [198.51.100.61])",
              extra=(("Reply-To", addr("Tessa Moreau", "tessa.moreau@cloverfieldhealth.com")),))
    return message(hs, mixed(alt(text(body), html(pre(body))),
                             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(N(21), family="google_calendar", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-09-29 10:00", CT), end=utc("2026-09-29 11:30", CT),
      contact="nate.sorensen@lakeportoutfitters.com", company="Lakeport Outfitters",
      local="Tue 2026-09-29 10:00", local_end="2026-09-29 11:30", zone=CT,
      note="Google Calendar 'Canceled event' (METHOD:CANCEL, STATUS:CANCELLED): the cancelled panel slot Tue "
           "Sep 29 10am-11:30am CDT (UTC-5) -> 15:00-16:30Z; contact = organizer (hiring manager)")
def k21() -> bytes:
    body = t("""
        This event has been canceled.

        Lakeport Outfitters - Data Engineering Panel (Kelsey Nordgren)
        Tuesday Sep 29, 2026 ⋅ 10am – 11:30am
        Central Time - Chicago

        Kelsey - apologies, we need to pull this one down for now. Jenna will reach out with more context.

        Organizer
        Nate Sorensen
        nate.sorensen@lakeportoutfitters.com

        Guests
        Nate Sorensen - organizer
        Brianna Lowe
        Tomás Ibarra
        kelsey.nordgren@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="background:#fce8e6;padding:8px 12px;border-radius:4px">This event has been canceled.</div>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Lakeport Outfitters - Data Engineering Panel (Kelsey Nordgren)</h2>
        <div style="text-decoration:line-through">Tuesday Sep 29, 2026 &#8901; 10am &ndash; 11:30am<br><span style="color:#70757a">Central Time - Chicago</span></div>
        <div style="padding:16px 0">Kelsey - apologies, we need to pull this one down for now. Jenna will reach out with more context.</div>
        <h3 style="font-size:14px">Organizer</h3><div>Nate Sorensen<br>nate.sorensen@lakeportoutfitters.com</div>
        <h3 style="font-size:14px">Guests</h3><div>Nate Sorensen - organizer<br>Brianna Lowe<br>Tom&aacute;s Ibarra<br>kelsey.nordgren@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260929T150000Z
DTEND:20260929T163000Z
DTSTAMP:20260924T210003Z
ORGANIZER;CN=Nate Sorensen:mailto:nate.sorensen@lakeportoutfitters.com
UID:0vd7k3m9q2h5s8b1f4j6n0r2t5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=kelsey.nordgren@example.org;X-NUM-GUESTS=0:mailto:kelsey.nordgren@example.org
CREATED:20260917T160812Z
DESCRIPTION:Kelsey - apologies\\, we need to pull this one down for now. Jenna will reach out with more context.
LAST-MODIFIED:20260924T210002Z
LOCATION:Lakeport Outfitters HQ\\, 5th floor (Bde Maka Ska room)
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Lakeport Outfitters - Data Engineering Panel (Kelsey Nordgren)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nate Sorensen", "nate.sorensen@lakeportoutfitters.com"),
              "Canceled event: Lakeport Outfitters - Data Engineering Panel (Kelsey Nordgren) @ Tue Sep 29, 2026 "
              "10am - 11:30am (CDT) (kelsey.nordgren@example.org)",
              "2026-09-24 16:00:03", CT, "<calendar-e4c1a7b2-93d5-4f86-b0e2-7a1c5d9f3e68@google.com>",
              "mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              extra=(("Reply-To", addr("Nate Sorensen", "nate.sorensen@lakeportoutfitters.com")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(N(22), family="human_prose", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-10-20 15:00", CT), end=None,
      contact="tamika.rhodes@prairietrustbank.com", company="Prairie Trust Bank",
      local="Tue 2026-10-20 15:00", zone=CT,
      note="Recruiter cancels 'your final interview with Linda tomorrow (Tuesday) at 3:00 PM' (Date Mon 19 Oct, "
           "Central, CDT UTC-5 -> 20:00Z); requisition on hold, no new time; contact = sender")
def k22() -> bytes:
    body = t("""
        Hi Kelsey,

        I hope you had a nice weekend. I'm so sorry to be sending this, but I need to cancel your final interview with Linda tomorrow (Tuesday) at 3:00 PM. We learned this morning that the Data Engineer II requisition has been put on hold for the rest of the year as part of budget planning, so we are pausing all interviews for the role.

        This is in no way a reflection on you - the panel was really impressed, and Linda specifically asked me to keep your information handy in case the position reopens in Q1. I'll reach out to you personally if that happens.

        Again, my apologies for the short notice, and thank you for your patience and understanding through this process.

        Warm regards,
        Tamika

        Tamika Rhodes
        Talent Acquisition Partner | Prairie Trust Bank
        515-555-0182
        """)
    hs = head(addr("Rhodes, Tamika", "Tamika.Rhodes@prairietrustbank.com"),
              "Final interview tomorrow - cancellation", "2026-10-19 11:05:19", CT,
              "<CH0PR11MB5348F7A6B5C4D3E2F1A0B9C8D7E6F@CH0PR11MB5348.namprd11.prod.outlook.com>",
              "NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2097.outbound.protection.outlook.com "
              "[40.107.223.97])",
              extra=(("Thread-Topic", "Final interview tomorrow - cancellation"),
                     ("Thread-Index", "AdtiP0c2b9Rk1nLwQe6tZ3Yx8VmF4g=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(23), family="exchange", lang="en-US", interview=True, kind="cancelled",
      start=utc("2026-11-23 09:30", CT), end=utc("2026-11-23 10:15", CT),
      contact="jmeyer@fieldhousesupply.com", company="Fieldhouse Supply Co.",
      local="Mon 2026-11-23 09:30", local_end="2026-11-23 10:15", zone=CT,
      note="Exchange 'Canceled:' meeting (METHOD:CANCEL, STATUS:CANCELLED), TZID 'Central Standard Time': "
           "Monday Nov 23 9:30-10:15 AM CST (UTC-6) -> 15:30-16:15Z; new times promised later; contact = organizer")
def k23() -> bytes:
    body = t("""
        Hi Kelsey, unfortunately Marisa (hiring manager) is going to be out unexpectedly next week, so I'm canceling Monday's interview for now. I'll reach back out after the holiday with some new options. Apologies for the inconvenience!

        Jacob

        When: Monday, November 23, 2026 9:30 AM-10:15 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        """) + teams("276 330 145 909", "Ud4pW9", "+1 312-555-0175", "Chicago", "905 771 362",
                     "YTc1ZjBiMzgtNDJlNy00YzFmLTk4ZTEtMDNiZGE3YzE2ZWM5")
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Jacob Meyer:mailto:jmeyer@fieldhousesupply.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kelsey Nordgren:mailto:kelsey.nordgren@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisa Kline:mailto:mkline@fieldhousesupply.com
DESCRIPTION;LANGUAGE=en-US:Hi Kelsey\\, unfortunately Marisa (hiring manager) is going to be out unexpectedly next week\\, so I'm canceling Monday's interview for now. I'll reach back out after the holiday with some new options. Apologies for the inconvenience!\\n\\nJacob\\n
UID:040000008200E00074C5B7101A82E008000000008C2D5B6E2F75DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Kelsey Nordgren / Analytics Engineer
DTSTART;TZID=Central Standard Time:20261123T093000
DTEND;TZID=Central Standard Time:20261123T101500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261119T203000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:1937702118
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Jacob Meyer", "jmeyer@fieldhousesupply.com"),
              "Canceled: Interview - Kelsey Nordgren / Analytics Engineer", "2026-11-19 14:30:06", CT,
              "<MN2PR10MB4110A9B8C7D6E5F4A3B2C1D0E9F8A@MN2PR10MB4110.namprd10.prod.outlook.com>",
              "NAM10-MN2-obe.outbound.protection.outlook.com (mail-mn2nam10on2108.outbound.protection.outlook.com "
              "[40.107.103.108])",
              extra=(("Thread-Topic", "Interview - Kelsey Nordgren / Analytics Engineer"),
                     ("Thread-Index", "AdtY2a7Lr4mQ0fXcS1zV9nPu3Ck6Dw=="),
                     ("Importance", "high"),
                     ("Accept-Language", "en-US"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(pre(body)), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(N(24), family="job_alert", lang="en-US", interview=False, company=None,
      note="LinkedIn job alert digest listing companies from this inbox; 'Actively recruiting' badges, no time")
def k24() -> bytes:
    body = t("""
        Your job alert for data engineer in Minneapolis, Minnesota, United States
        14 new jobs match your preferences.

        Senior Data Engineer
        Lakeport Outfitters
        Minneapolis, MN (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4012239981/?trackingId=Qm9sZA%3D%3D&refId=jobalert

        Data Engineer II
        Prairie Trust Bank
        Des Moines, IA (Remote)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4012377402/?trackingId=Qm9sZB%3D%3D&refId=jobalert

        Analytics Engineer
        Fieldhouse Supply Co.
        Chicago, IL (Remote)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4011986335/?trackingId=Qm9sZC%3D%3D&refId=jobalert

        Data Engineer - Supply Chain Analytics
        Northern Pine Grocers
        Eden Prairie, MN (On-site)
        Promoted · Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4012410087/?trackingId=Qm9sZE%3D%3D&refId=jobalert

        Staff Data Engineer, Claims
        Heartland Mutual Insurance
        Des Moines, IA (Hybrid)
        Your profile matches this job · Interviewing candidates now
        View job: https://www.linkedin.com/comm/jobs/view/4012455190/?trackingId=Qm9sZF%3D%3D&refId=jobalert

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1784456021

        ----------------------------------------

        This email was intended for Kelsey Nordgren (Data Engineer at Gopher Parcel Logistics)
        You are receiving Job Alert emails.
        Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobalert
        Help: https://www.linkedin.com/help/linkedin/answer/67

        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """)
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              '"data engineer": 14 new jobs in Minneapolis, MN', "2026-09-08 07:12:40", CT,
              "<1839204457.4120388.1788869560123@ltx1-app3305.prod.linkedin.com>",
              "mailb-dc.linkedin.com (mailb-dc.linkedin.com [108.174.3.183])",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=jobalert>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("X-LinkedIn-Class", "JOBS-TO-MBR"),
                     ("X-LinkedIn-Template", "email_job_alert_digest_01")))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(25), family="application_ack", lang="en-US", interview=False, company="Cream City Mutual Insurance",
      note="Workday application receipt; 'may include a phone screen or interview' is hypothetical")
def k25() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background-color:#eef1f4">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="640" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <tr><td style="background:#0b3d5c;padding:18px 28px"><img src="https://wd5.myworkday.com/creamcitymutual/img/logo-white.png" alt="Cream City Mutual Insurance" height="36"></td></tr>
        <tr><td style="padding:28px">
        <p>Dear Kelsey,</p>
        <p>Thank you for applying for the <b>Senior Data Engineer</b> position (R-0010482) at Cream City Mutual Insurance. We have received your application and our Talent Acquisition team is reviewing it.</p>
        <p>If your qualifications match the needs of the role, a member of our team will contact you to discuss next steps, which may include a phone screen or an interview with the hiring team. Because of the volume of applications we receive, this may take two to three weeks.</p>
        <p>You can check the status of your application at any time by signing in to your <a href="https://wd5.myworkday.com/creamcitymutual/d/home.htmld">Candidate Home</a> account.</p>
        <p>Thank you again for your interest in joining our team in Milwaukee!</p>
        <p>Sincerely,<br>Talent Acquisition<br>Cream City Mutual Insurance</p>
        </td></tr>
        <tr><td style="padding:14px 28px;background:#f6f7f9;font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Please do not reply to this message.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    plain = t("""
        Dear Kelsey,

        Thank you for applying for the Senior Data Engineer position (R-0010482) at Cream City Mutual Insurance. We have received your application and our Talent Acquisition team is reviewing it.

        If your qualifications match the needs of the role, a member of our team will contact you to discuss next steps, which may include a phone screen or an interview with the hiring team. Because of the volume of applications we receive, this may take two to three weeks.

        You can check the status of your application at any time by signing in to your Candidate Home account: https://wd5.myworkday.com/creamcitymutual/d/home.htmld

        Thank you again for your interest in joining our team in Milwaukee!

        Sincerely,
        Talent Acquisition
        Cream City Mutual Insurance

        This email was sent from an unmonitored mailbox. Please do not reply to this message.
        """)
    hs = head(addr("Cream City Mutual", "creamcitymutual@myworkday.com"),
              "Thank you for applying to Cream City Mutual!", "2026-10-14 21:37:02", CT,
              "<1436592170.71544.1792031822904@wd5-prod-notif-03.myworkday.com>",
              "wd5-smtp-out-01.myworkday.com (wd5-smtp-out-01.myworkday.com [198.51.100.41])",
              extra=(("X-Mailer", "Workday Notification Service"),))
    return message(hs, alt(text(plain), html(page)))


@mail(N(26), family="rejection", lang="en-US", interview=False, company="Lakeport Outfitters",
      note="Greenhouse rejection after the phone screen (the requisition was closed without a hire)")
def k26() -> bytes:
    body = t("""
        Hi Kelsey,

        Thank you for the time you've invested in our process for the Senior Data Engineer role, including our conversation last month. As I mentioned when we postponed your panel with Nate and the team, we've been reassessing the scope of this position. We've now decided to close the requisition without hiring for it this year, so we won't be moving forward with your candidacy.

        I know that's disappointing to hear, especially after the panel was already on the calendar, and I'm sorry we couldn't give you a better outcome. You were a strong candidate, and we'd genuinely love to stay in touch as our Data & Analytics roadmap for next year takes shape.

        Wishing you all the best in your search,

        Jenna Halvorsen
        Senior Technical Recruiter
        Lakeport Outfitters
        """)
    hs = head(addr("Jenna Halvorsen", "no-reply@us.greenhouse-mail.io"),
              "Update on your application: Senior Data Engineer at Lakeport Outfitters", "2026-10-06 10:14:55", CT,
              "<Xr2kP9cVTgqA0hL5mN8wJf@geopod-ismtpd-9.sendgrid.net>",
              "o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.45])",
              extra=(("Reply-To", addr("Jenna Halvorsen", "jenna.halvorsen@lakeportoutfitters.com")),))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(27), family="offer", lang="en-US", interview=False, company="Summit Peak Health",
      days=(("Fri", "2026-12-18"), ("Mon", "2027-01-11")),
      note="Verbal-offer follow-up: DocuSign letter, a signing deadline, a start date and a benefits walkthrough "
           "call on Friday at 2:00 MT; no interview")
def k27() -> bytes:
    body = t("""
        Hi Kelsey,

        It was so great to talk with you this afternoon - I could hear the smile through the phone! As promised, here's a quick summary of what we discussed. Your formal offer letter will arrive from DocuSign within the hour.

        Position: Senior Data Engineer, Data Platform
        Base salary: $158,000
        Target bonus: 10%
        Location: Remote (Minneapolis, MN), with quarterly team weeks in Denver
        Proposed start date: Monday, January 11, 2027

        Please review and sign by Friday, December 18. If you have any questions at all about the offer, I'm happy to hop on the phone anytime.

        I've also put a 30-minute call on your calendar for this Friday at 2:00 MT with Devin from our Benefits team so he can walk you through medical, 401(k) and PTO. Feel free to move it if the time doesn't work.

        The whole team is thrilled - Jess said your final round was one of the strongest she's seen this year.

        Congratulations!

        Carmen

        Carmen Alvarado | Senior Recruiter
        Summit Peak Health | Denver, CO
        """)
    hs = head(addr("Carmen Alvarado", "calvarado@summitpeakhealth.com"),
              "Your offer from Summit Peak Health 🎉", "2026-12-09 15:22:31", MT,
              "<DM6PR19MB3874B2C3D4E5F6A7B8C9D0E1F2A3B@DM6PR19MB3874.namprd19.prod.outlook.com>",
              "NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2092.outbound.protection.outlook.com "
              "[40.107.102.92])",
              to=addr("Kelsey Nordgren", OLD),
              extra=(("Cc", ME_TO), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(28), family="recruiter_outreach", lang="en-US", interview=False, company="Cardinal Talent Group",
      note="Agency cold outreach for a contract role; asks for a quick call 'sometime this week', nothing fixed")
def k28() -> bytes:
    body = t("""
        Hi Kelsey,

        Hope your week is off to a good start! I came across your profile on LinkedIn and think you'd be a great fit for a Data Engineer opportunity with one of our healthcare clients in the western suburbs.

        Quick details:
          - 6-month contract-to-hire, hybrid (2 days/wk onsite in Minnetonka)
          - Snowflake, dbt, Airflow, a little Python/Spark
          - $70-78/hr W2, benefits available

        Do you have 10-15 minutes sometime this week for a quick call? You can grab time on my calendar here: https://calendly.com/alexis-pham-cardinal/15min, or just send me a few times that work and I'll call you.

        Thanks!

        Alexis Pham
        Technology Recruiter | Cardinal Talent Group
        612-555-0172 | alexis.pham@cardinaltalent.com
        """)
    hs = head(addr("Alexis Pham", "alexis.pham@cardinaltalent.com"),
              "Data Engineer contract - Snowflake/dbt - Minneapolis (hybrid)", "2026-09-21 09:48:12", CT,
              "<CH2PR16MB3591E8D7C6B5A4F3E2D1C0B9A8F7E@CH2PR16MB3591.namprd16.prod.outlook.com>",
              "NAM02-CH2-obe.outbound.protection.outlook.com (mail-ch2nam02on2120.outbound.protection.outlook.com "
              "[40.107.212.120])")
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(29), family="scheduling_link", lang="en-US", interview=False, company="Tidewater Labs",
      note="Recruiter sends a Calendly link for a 30-minute screen; no time chosen yet")
def k29() -> bytes:
    body = t("""
        Hi Kelsey!

        Thanks for applying for our Data Platform Engineer role - loved seeing the Dagster + Iceberg work on your resume. Next step would be a 30 min call with me to talk through the role and what you're looking for.

        You can pick any slot that works for you here: https://calendly.com/wen-zhao-tidewater/recruiter-screen

        I've opened up a bunch of times this week and next, including some earlier ones since you're on Central.

        Talk soon,
        Wen

        Wen Zhao
        Technical Recruiter, Tidewater Labs
        San Francisco, CA
        """)
    hs = head(addr("Wen Zhao", "wen.zhao@tidewaterlabs.io"), "Tidewater Labs <> Kelsey - next step",
              "2026-10-05 12:40:26", PT, "<CAOp3vX8kR1nQ5tY9wL2cB6mF0hZ4sJ7dG3a@mail.gmail.com>",
              "mail-pf1-f176.google.com (mail-pf1-f176.google.com [209.85.210.176])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="slot_proposal", lang="en-US", interview=False, company="Heartland Mutual Insurance",
      days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")),
      note="Recruiter proposes three slots and waits for the candidate's pick; nothing agreed yet")
def k30() -> bytes:
    body = t("""
        Hi Kelsey,

        Happy almost-Thanksgiving! Tom Brandvold would like to meet with you for an hour over Webex for the Data Engineer III role. Would any of these work?

          - Tues 12/8, 10a
          - Tues 12/8, 2:30p
          - Wed 12/9, 9a
        (all Central)

        Once you let me know, I'll send the official confirmation through our Taleo system. If none of those work, send me a couple of windows the following week and I'll see what I can do.

        Enjoy the long weekend!

        Sheila Hagen
        Talent Acquisition Specialist
        Heartland Mutual Insurance
        515-555-0163
        """)
    hs = head(addr("Hagen, Sheila", "shagen@heartlandmutual.com"),
              "Data Engineer III - interview with Tom Brandvold", "2026-11-25 11:02:47", CT,
              "<0fd3a1b2c4e54a6f8d7e9c0b1a2f3e4d@EXMBX04.heartlandmutual.local>",
              "mail2.heartlandmutual.com (mail2.heartlandmutual.com [203.0.113.58])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(31), family="take_home", lang="en-US", interview=False, company="Summit Peak Health",
      days=(("Mon", "2026-11-16"),),
      note="Take-home exercise with a submission deadline (Monday 11/16, 9:00 a.m. MT); the final round is only "
           "promised")
def k31() -> bytes:
    body = t("""
        Hi Kelsey,

        Thanks again for your time with Jess last week! As discussed, the next step is a short take-home exercise. You'll find everything in the private repo we just shared with your GitHub account (kelsey-nordgren): a sample of de-identified claims events, a README with the prompt, and a small docker-compose setup.

        It's designed to take 2-3 hours - please don't spend more than that. We care much more about how you reason about late-arriving and duplicate records than about polish.

        Please submit by Monday 11/16 at 9:00 a.m. MT by opening a pull request against the main branch. Once the team has reviewed it, I'll reach out to set up your final round.

        Have fun with it, and shout if anything in the prompt is unclear!

        Carmen

        Carmen Alvarado | Senior Recruiter
        Summit Peak Health | Denver, CO
        """)
    hs = head(addr("Carmen Alvarado", "calvarado@summitpeakhealth.com"),
              "Summit Peak Health - take-home exercise", "2026-11-12 10:30:44", MT,
              "<DM6PR19MB38749A8B7C6D5E4F3A2B1C0D9E8F7@DM6PR19MB3874.namprd19.prod.outlook.com>",
              "NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2101.outbound.protection.outlook.com "
              "[40.107.102.101])",
              to=addr("Kelsey Nordgren", OLD), extra=(("Cc", ME_TO),))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(32), family="assessment", lang="en-US", interview=False, company="Brightmoor",
      note="CodeSignal assessment invitation with an expiry date; self-paced, no interview time")
def k32() -> bytes:
    body = t("""
        Hi Kelsey,

        Brightmoor has invited you to complete the following assessment as part of your application for Senior Data Engineer, Platform:

        Data Engineering Assessment
        Duration: 70 minutes
        Expires: Nov 13, 2026, 11:59 PM EST

        Start assessment: https://app.codesignal.com/public-test/q8X2nVb4kR7tLm1c/6ZpW0eYh3sJ9

        A few tips before you begin:
          - Once you start, the timer can't be paused, so set aside uninterrupted time.
          - You can use Python, Scala or SQL for the coding tasks.
          - Use a laptop or desktop with a webcam; proctoring is enabled for this assessment.

        Good luck!
        The CodeSignal Team, on behalf of Brightmoor

        CodeSignal, Inc. · 1 Letterman Drive, San Francisco, CA 94129
        """)
    hs = head(addr("CodeSignal", "noreply@codesignal.com"),
              "Brightmoor has invited you to take a CodeSignal assessment", "2026-11-06 13:01:18", ET,
              "<0100019301cc5a1e-4b9d7c2f-3e8a-4d61-b0f5-9a7c2e1d4b38-000000@email.codesignal.com>",
              "a9-33.smtp-out.amazonses.com (a9-33.smtp-out.amazonses.com [54.240.9.33])")
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(33), family="one_way_video", lang="en-US", interview=False, company="Wabash Trust & Savings",
      days=(("Tue", "2026-11-10"),),
      note="HireVue on-demand (recorded, one-way) interview with a completion deadline; no live interviewer and "
           "no fixed time")
def k33() -> bytes:
    body = t("""
        Hello Kelsey,

        Thank you for your interest in the Data Engineer, Enterprise Risk Technology position at Wabash Trust & Savings!

        As the next step in our selection process, we invite you to complete an on-demand video interview. You'll be asked 5 questions and will record your answers on your own schedule - there is no live interviewer. Most candidates finish in about 20 minutes.

        Please complete your interview by Tuesday, November 10, 2026 at 11:59 PM Central Time.

        Start your interview:
        https://app.hirevue.com/interviews/od/start/Wb7TqE2mN4pX

        Tips:
          - Find a quiet, well-lit space and use a stable internet connection.
          - You'll have a practice question first, and up to 2 attempts per question.

        We look forward to learning more about you.

        Wabash Trust & Savings Talent Acquisition

        Powered by HireVue. Need technical help? https://candidate.help.hirevue.com
        """)
    hs = head(addr("Wabash Trust & Savings", "noreply@hirevue.com"),
              "Action Required: Complete your on-demand interview with Wabash Trust & Savings", "2026-11-04 08:15:30",
              CT, "<sg.Lp4Xc9RzQw2mT7vB.hirevue-notify@em8120.hirevue.com>",
              "o1678.em8120.hirevue.com (o1678.em8120.hirevue.com [149.72.183.201])")
    return message(hs, alt(text(body, cte="base64"), html(pre(body), cte="base64")))


@mail(N(34), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Dentist appointment confirmation with an ICS; a confirmed time, but a personal appointment")
def k34() -> bytes:
    body = t("""
        Hi Kelsey,

        Your appointment at Lake Street Family Dental is confirmed!

        Tuesday, October 27, 2026 at 8:00 AM
        Provider: Dr. Anna Lindgren, DDS
        Appointment: Cleaning & exam (60 min)

        Lake Street Family Dental
        2815 E Lake St, Suite 200
        Minneapolis, MN 55406
        (612) 555-0111

        Please arrive 10 minutes early and bring your insurance card if anything has changed. Need to reschedule? Call us or reply C to confirm / R to reschedule to our text reminder. We ask for 24 hours' notice for cancellations.

        See you soon!
        The Lake Street Family Dental team

        Sent via Weave. To stop receiving appointment emails, reply STOP.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weave//Appointment Reminders//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:appt-88120437@lakestreetfamilydental.getweave.com
DTSTAMP:20261020T140002Z
DTSTART:20261027T130000Z
DTEND:20261027T140000Z
SUMMARY:Dental appointment - Lake Street Family Dental
LOCATION:2815 E Lake St\\, Suite 200\\, Minneapolis\\, MN 55406
DESCRIPTION:Cleaning & exam with Dr. Anna Lindgren
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lake Street Family Dental", "appointments@lakestreetfamilydental.com"),
              "Appointment Confirmed: Tue, Oct 27 at 8:00 AM", "2026-10-20 09:00:02", CT,
              "<20261020140002.88120437@notify.getweave.com>",
              "notify.getweave.com (notify.getweave.com [198.51.100.88])")
    return message(hs, mixed(alt(text(body), html(pre(body))),
                             calendar(ics, method="PUBLISH", filename="appointment.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(35), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      note="Exchange recurring stand-up from the current client's data platform lead (TZID Central Standard "
           "Time, weekdays 9:15); work meeting, not an interview")
def k35() -> bytes:
    body = t("""
        Moving standup to 9:15 starting Tuesday since the warehouse ops sync took our old slot. Same Teams link, same 15 min. Kelsey, adding your personal address too since your contractor mailbox keeps dropping invites.

        -Mike

        """) + teams("261 904 553 418", "hD2sZq", "+1 651-555-0140", "St. Paul", "330 618 274",
                     "OTI1ZDQ3NzEtYjE4Ny00ZjUwLTg2OWEtNDQ1YzAyZTgxYmM1")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Okafor, Mike":mailto:mike.okafor@gopherparcel.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kelsey Nordgren:mailto:kelsey.nordgren@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=DataPlatform-Team:mailto:DataPlatform-Team@gopherparcel.com
DESCRIPTION;LANGUAGE=en-US:Moving standup to 9:15 starting Tuesday since the warehouse ops sync took our old slot. Same Teams link\\, same 15 min.\\n
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000D1C4A92E1A3FDD01000000000000000010000000B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2
SUMMARY;LANGUAGE=en-US:Data Platform Daily Standup
DTSTART;TZID=Central Standard Time:20260908T091500
DTEND;TZID=Central Standard Time:20260908T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260904T201000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:3
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Okafor, Mike", "mike.okafor@gopherparcel.com"), "Data Platform Daily Standup",
              "2026-09-04 15:10:37", CT,
              "<DS7PR17MB6218C1D2E3F4A5B6C7D8E9F0A1B2C@DS7PR17MB6218.namprd17.prod.outlook.com>",
              "NAM04-DS7-obe.outbound.protection.outlook.com (mail-ds7nam04on2112.outbound.protection.outlook.com "
              "[40.107.96.112])",
              extra=(("Thread-Topic", "Data Platform Daily Standup"),
                     ("Thread-Index", "AdshX0k3Rb2mV7cWq1Ly5nTu9Pz4Ag=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(pre(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(36), family="non_interview_calendar", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Exchange update moving the weekly 1:1 with the current manager to Thursday 3:30 PM; a moved meeting, "
           "but not an interview")
def k36() -> bytes:
    body = t("""
        Pushing our 1:1 to Thursday this week - I'm at the Eagan DC all day Wed. Bring the Q1 roadmap draft if you have it.

        When: Thursday, November 5, 2026 3:30 PM-4:00 PM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        """) + teams("231 776 409 552", "pR6vKx", "+1 651-555-0140", "St. Paul", "518 204 639",
                     "ZDg0NmUxZjctOTBhMi00NjFjLWI3N2MtOGZkMTU0YzA5ZTJh")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Okafor, Mike":mailto:mike.okafor@gopherparcel.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kelsey Nordgren:mailto:kelsey.nordgren@example.org
DESCRIPTION;LANGUAGE=en-US:Pushing our 1:1 to Thursday this week - I'm at the Eagan DC all day Wed. Bring the Q1 roadmap draft if you have it.\\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000010000000C4B3A2F1E0D9C8B7A6F5E4D3C2B1A0F9
RECURRENCE-ID;TZID=Central Standard Time:20261104T153000
SUMMARY;LANGUAGE=en-US:Kelsey / Mike 1:1
DTSTART;TZID=Central Standard Time:20261105T153000
DTEND;TZID=Central Standard Time:20261105T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T162000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Okafor, Mike", "mike.okafor@gopherparcel.com"), "Updated: Kelsey / Mike 1:1",
              "2026-11-02 10:20:15", CT,
              "<DS7PR17MB62185E4D3C2B1A0F9E8D7C6B5A4F3@DS7PR17MB6218.namprd17.prod.outlook.com>",
              "NAM04-DS7-obe.outbound.protection.outlook.com (mail-ds7nam04on2098.outbound.protection.outlook.com "
              "[40.107.96.98])",
              extra=(("Thread-Topic", "Kelsey / Mike 1:1"),
                     ("Thread-Index", "AdtNc1x8Qe4rY0bVm6Kw2zPs7Jh3Fg=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(pre(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(37), family="personal_appointment", lang="en-US", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Apartment tour confirmation (ISO-8859-1, quoted-printable); a confirmed time, not an interview")
def k37() -> bytes:
    body = t("""
        Hi Kelsey,

        Thanks for scheduling a tour of The Foundry Lofts! Here are your tour details:

        Tour type: In-person, guided
        Date: Saturday, November 7, 2026
        Time: 11:00 AM
        Leasing consultant: Bri Halloran
        Address: 1120 Marshall St NE, Minneapolis, MN 55413

        Park in any spot marked "Visitor" on the Marshall St side and check in at the leasing office next to the café. Please bring a photo ID.

        Current special: ½ month free on 13-month leases signed by 11/30 on select 1 & 2 bedroom homes!

        Need to reschedule or cancel? Use this link: https://tours.foundrylofts-mpls.com/t/5QmR2x
        or call us at (612) 555-0159.

        We can't wait to show you around!
        The Foundry Lofts Leasing Team
        """)
    hs = head(addr("The Foundry Lofts", "leasing@foundrylofts-mpls.com"),
              "Your tour is confirmed for Sat, Nov 7 at 11:00 AM", "2026-11-04 18:45:21", CT,
              "<tour-5QmR2x.1794012321@mailer.foundrylofts-mpls.com>",
              "mailer.foundrylofts-mpls.com (mailer.foundrylofts-mpls.com [203.0.113.91])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(38), family="meetup", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Meetup RSVP for a panel about interviewing for data roles; an event the user attends, not her "
           "interview")
def k38() -> bytes:
    body = t("""
        You're going!

        Panel: Interviewing for Data Roles in 2026 (and what hiring managers actually want)
        Twin Cities Data Engineering Meetup

        Thursday, October 15, 2026
        6:00 PM to 8:30 PM CDT

        Northloop Commons
        212 3rd Ave N, Minneapolis, MN

        Four local hiring managers (retail, healthcare, banking and a remote startup) share how their data engineering interview loops work, what a good take-home looks like, and what they wish candidates asked. Pizza and pop provided by our sponsor. Stick around after for lightning talks!

        Add to calendar: https://www.meetup.com/tc-data-eng/events/304118872/ics/
        See event: https://www.meetup.com/tc-data-eng/events/304118872/

        Can't make it anymore? Update your RSVP so someone on the waitlist can go.

        --
        Never miss a Meetup. Get the app: https://www.meetup.com/app/
        Unsubscribe from RSVP confirmations: https://www.meetup.com/account/comm/
        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        """)
    hs = head(addr("Meetup", "info@meetup.com"),
              'You\'re going to "Panel: Interviewing for Data Roles in 2026 (and what hiring managers actually want)"',
              "2026-10-09 12:00:45", CT, "<0.1.8A.2F4.1DB4F1C2D3E4A56.0@omta-ec2-meetup-07.meetup.com>",
              "omta-ec2-meetup-07.meetup.com (omta-ec2-meetup-07.meetup.com [198.51.100.207])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(39), family="marketing_webinar", lang="en-US", interview=False, company=None,
      note="Zoom webinar registration titled like an interview, with an ICS; HTML only; not a job interview")
def k39() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Lato,Helvetica,Arial,sans-serif;color:#232333;font-size:14px">
        <div style="max-width:600px;margin:auto">
        <img src="https://st1.zoom.us/static/6.3.1/image/new/ZoomLogo.png" alt="zoom" height="24">
        <p>Hi Kelsey Nordgren,</p>
        <p>Thank you for registering for <b>"The System Design Interview for Data Engineers"</b>.</p>
        <p>Please submit any questions to: <a href="mailto:hello@datacareerscollective.org">hello@datacareerscollective.org</a></p>
        <p><b>Date Time:</b> Nov 10, 2026 12:00 PM Central Time (US and Canada)</p>
        <p>Join from PC, Mac, iPad, or Android:<br>
        <a href="https://us06web.zoom.us/w/84209911730?tk=e8XnQ2bTz.R0">Click Here to Join</a><br>
        Note: This link should not be shared with others; it is unique to you.<br>
        Passcode: 441723</p>
        <p><a href="https://us06web.zoom.us/webinar/tZEsd-2rqj4pH9/ics?icsToken=98tyKu">Add to Calendar</a> &nbsp; <a href="https://us06web.zoom.us/webinar/tZEsd-2rqj4pH9/calendar/google/add">Add to Google Calendar</a></p>
        <p>Or One tap mobile:<br>+13126266799,,84209911730#,,,,*441723# US (Chicago)</p>
        <p>Webinar ID: 842 0991 1730</p>
        <p>You can <a href="https://us06web.zoom.us/webinar/cancel/tZEsd-2rqj4pH9">cancel</a> your registration at any time.</p>
        <p style="font-size:12px;color:#747487">Hosted by DataCareers Collective. Mock system-design walkthrough with two staff engineers playing interviewer and candidate, then open Q&amp;A.</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261105T190012Z
DTSTART:20261110T180000Z
DTEND:20261110T190000Z
SUMMARY:The System Design Interview for Data Engineers
UID:20261105T190012Z-84209911730@fe80:0:0:0:bc:8ff:fe1a:2b3c%ens5
TZID:America/Chicago
DESCRIPTION:Hi Kelsey Nordgren\\,\\n\\nThank you for registering for "The System Design Interview for Data Engineers".\\n\\nJoin from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/84209911730?tk=e8XnQ2bTz.R0\\n
LOCATION:https://us06web.zoom.us/w/84209911730?tk=e8XnQ2bTz.R0
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("DataCareers Collective", "no-reply@zoom.us"),
              'Confirmation: "The System Design Interview for Data Engineers" Webinar', "2026-11-05 13:00:12", CT,
              "<Z2kTn8QeR5uP1wXc.1794337212455@zoom.us>",
              "mailout-pdx-r1.zoom.us (mailout-pdx-r1.zoom.us [170.114.52.64])",
              extra=(("Reply-To", "hello@datacareerscollective.org"),))
    return message(hs, mixed(html(page),
                             calendar(ics, method=None, filename="webinar.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(40), family="mock_interview", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Paid mock interview with a career coach, confirmed for a fixed time; practice, not a job interview")
def k40() -> bytes:
    body = t("""
        You're booked! 🎯

        Mock Technical Interview: SQL + Data Modeling (60 min)
        with Coach Marguerite Olson

        Wed, Nov 11, 2026 · 7:00 PM – 8:00 PM CST
        Video call: https://meet.interviewforge.io/r/mo-7Kq2Vd

        How it works: Marguerite will run the session like a real onsite round - a warm-up, two SQL problems and a data-modeling prompt - then spend the last 15 minutes on feedback. You'll get a written scorecard within 24 hours.

        Prep checklist:
          - Pick the level you're targeting (you said: Senior DE)
          - Have a pipeline story ready (STAR format)
          - Quiet room, second monitor if you have one

        Reschedule up to 12 hours before your session at no charge: https://interviewforge.io/bookings/IF-55120

        Receipt: $89.00 charged to Visa ••4417

        InterviewForge · Practice like it's real.
        """)
    hs = head(addr("InterviewForge", "bookings@interviewforge.io"),
              "Booked: Mock Technical Interview (SQL + Data Modeling) – Wed, Nov 11, 7:00 PM CST",
              "2026-11-08 20:12:09", CT, "<booking-IF-55120.1794190329@mail.interviewforge.io>",
              "o12.mail.interviewforge.io (o12.mail.interviewforge.io [167.89.70.12])")
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(41), family="podcast", lang="en-US", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Podcast host confirms a recording where he will 'interview' the user; a fixed time, not a job "
           "interview")
def k41() -> bytes:
    body = t("""
        Hey Kelsey!

        Locking it in: we'll record Thursday 10/29 at 4pm CT on Riverside. Link's below - it records locally so use Chrome and headphones if you can. I'll interview you for ~40 min about the Airflow -> Dagster migration at Gopher, what broke, and what you'd tell a team about to do the same thing. We'll do a quick 5 min sound check before we hit record.

        Rough question list (totally flexible):
        1. How'd you end up in data engineering?
        2. Why move off Airflow at all?
        3. Worst incident during the cutover
        4. Hot take: is dbt + an orchestrator overkill for small teams?

        Studio link: https://riverside.fm/studio/pipelines-and-pints?t=9c2e71b04a

        Episode should drop mid-November. Thanks again for doing this!

        Tyler
        Pipelines & Pints - a podcast about the unglamorous parts of data
        """)
    hs = head(addr("Tyler Brandt", "tyler@pipelinesandpints.fm"),
              "Pipelines & Pints - recording confirmed for Thu 10/29", "2026-10-21 14:40:33", CT,
              "<CAM9kT2pWq7xR4vN1cB8zL0sY5fH3jD6gE2a@mail.gmail.com>",
              "mail-oa1-f44.google.com (mail-oa1-f44.google.com [209.85.160.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(42), family="interviewer_side", lang="en-US", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Greenhouse interviewer notification at the user's current client: she is on the panel interviewing "
           "someone else; not her own interview")
def k42() -> bytes:
    body = t("""
        Hi Kelsey,

        You've been added to an interview for Alex Moreno, a candidate for Data Engineer II at Gopher Parcel Logistics.

        Interview: Technical - SQL & Data Modeling
        When: Wednesday, November 4, 2026, 1:00 PM - 1:45 PM CST
        Where: Microsoft Teams (see calendar invite)
        Other interviewers: Mike Okafor

        Review the candidate's resume and your interview kit before the interview:
        https://app.greenhouse.io/guides/61830217/people/92244107?application_id=118830441

        Please submit your scorecard within 24 hours of the interview:
        https://app.greenhouse.io/people/92244107/applications/118830441/scorecards/new

        Thanks,
        Gopher Parcel Logistics Recruiting

        You're receiving this email because you are an interviewer on Greenhouse Recruiting.
        """)
    hs = head(addr("Greenhouse", "no-reply@greenhouse.io"),
              "Interview scheduled: Alex Moreno (Data Engineer II) on Wed, Nov 4 at 1:00 PM", "2026-10-30 11:05:44", CT,
              "<Pq8sR3nTWaa1mK6vLb0xYg@geopod-ismtpd-22.sendgrid.net>",
              "o1.greenhouse.io (o1.greenhouse.io [167.89.101.2])")
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(43), family="reference_check", lang="en-US", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Another company confirms a reference call in which the user vouches for a former colleague; "
           "a fixed time, not her interview")
def k43() -> bytes:
    body = t("""
        Hi Kelsey,

        Thank you so much for agreeing to serve as a reference for Jamal Greer, who is a finalist for our Senior Analytics Engineer role. Jamal speaks very highly of the two years you worked together at Gopher.

        Confirming our call this Friday, 11/20 at 11:30 a.m. Central. I'll call you at 612-555-0147. It should take about 15-20 minutes - I'll ask about his technical strengths, how he works with stakeholders, and areas for growth.

        If something comes up, just let me know and we'll find another time.

        Thanks again,
        Rachel Greenbaum
        People Partner | Tallgrass Analytics
        """)
    hs = head(addr("Rachel Greenbaum", "rgreenbaum@tallgrassanalytics.com"),
              "Reference call for Jamal Greer - confirmed Fri 11/20", "2026-11-16 10:40:18", CT,
              "<CABw4mNq7Ld2sXc9Rt1zV5pK8eY3uG0hJ6fA@mail.gmail.com>",
              "mail-qt1-f181.google.com (mail-qt1-f181.google.com [209.85.160.181])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(44), family="auto_reply", lang="en-US", interview=False, company="Lakeport Outfitters",
      days=(("Wed", "2026-09-16"), ("Fri", "2026-09-18"), ("Mon", "2026-09-21")),
      note="Out-of-office auto-reply from the recruiter to the candidate's thank-you (windows-1252)")
def k44() -> bytes:
    body = t("""
        Thank you for your email! I’m out of the office Wednesday, September 16 through Friday, September 18 with limited access to email, and will return on Monday, September 21.

        For anything urgent related to an open position, please contact recruiting@lakeportoutfitters.com and a member of our team will get back to you.

        Have a great day!
        Jenna Halvorsen
        Senior Technical Recruiter – Lakeport Outfitters
        """)
    hs = head(addr("Jenna Halvorsen", "jenna.halvorsen@lakeportoutfitters.com"),
              "Automatic reply: Thank you - Senior Data Engineer phone screen", "2026-09-16 07:02:10", CT,
              "<a1f83b7c9d2e4f60b5c4d3e2f1a0b9c8@BL1PR13MB4620.namprd13.prod.outlook.com>",
              "NAM12-BL1-obe.outbound.protection.outlook.com (mail-bl1nam12on2105.outbound.protection.outlook.com "
              "[40.107.230.105])",
              extra=(("In-Reply-To", "<CAJx7Yq1Hb4nW8cP0tR5mZ2vL9sK3fD7gQ6e@mail.gmail.com>"),
                     ("References", "<CAJx7Yq1Hb4nW8cP0tR5mZ2vL9sK3fD7gQ6e@mail.gmail.com>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "jenna.halvorsen@lakeportoutfitters.com"),
                     ("Thread-Topic", "Thank you - Senior Data Engineer phone screen"),
                     ("Content-Language", "en-US")))
    page = pre(body).replace("charset=utf-8", "charset=windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(45), family="bounce", lang="en-US", interview=False, company=None,
      note="Postfix bounce of the candidate's thank-you note (mistyped recruiter address); the returned message "
           "talks about 'today's interview' but confirms nothing")
def k45() -> bytes:
    original_body = t("""
        Hi Harriet,

        Thank you for arranging today's interview - I really enjoyed the streaming ingestion exercise with Tom and Aisha, and it was great to hear more about how the platform team works.

        Please pass on my thanks to them both. I'm looking forward to hearing about next steps.

        Best,
        Kelsey
        """)
    original = message([
        ("From", ME_TO),
        ("To", addr("Harriet Ashworth", "harriet.ashwroth@halcyonledger.co.uk")),
        ("Subject", "Thank you - technical interview"),
        ("Date", date("2026-10-28 12:30:58", CT)),
        ("Message-ID", "<CAJx7Yq6Tn3bM0wR8cQ2vZ5pL1sK9hD4gF7e@mail.gmail.com>"),
    ], text(original_body, charset="us-ascii", cte="7bit"))
    explain = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <harriet.ashwroth@halcyonledger.co.uk>: host
            halcyonledger-co-uk.mail.protection.outlook.com[52.101.73.12] said: 550
            5.4.1 Recipient address rejected: Access denied. (in reply to RCPT TO
            command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Gk9Rz1Wq3z9sW
        X-Postfix-Sender: rfc822; kelsey.nordgren@example.org
        Arrival-Date: Wed, 28 Oct 2026 12:31:01 -0500 (CDT)

        Final-Recipient: rfc822; harriet.ashwroth@halcyonledger.co.uk
        Original-Recipient: rfc822;harriet.ashwroth@halcyonledger.co.uk
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; halcyonledger-co-uk.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
        """)
    report = multipart("report",
                       raw_part([("Content-Description", "Notification"),
                                 ("Content-Type", "text/plain; charset=us-ascii")], explain),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4Gk9Rz3Lb7z9sX; "
                     + date("2026-10-28 12:31:04", CT)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-28 12:31:04", CT)),
        ("Message-ID", "<20261028173104.4Gk9Rz3Lb7z9sX@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(N(46), family="newsletter_tips", lang="en-US", interview=False, company=None,
      note="Interview-advice newsletter with List-Unsubscribe; mentions a live AMA 'Thursday at noon CT'")
def k46() -> bytes:
    body = t("""
        THE PIPELINE · Issue #88

        How to answer "Tell me about a time a pipeline broke"

        Every data engineering loop has some version of this question, and it's where a lot of otherwise strong candidates lose the room. Here's the structure we see working in 2026:

        1. Start with the blast radius, not the bug. Who noticed, and what did they see?
        2. Show the timeline. "At 6:10 the dashboards went stale; by 6:40 we'd rolled back" beats "it took a while."
        3. Name the fix AND the follow-up: the test, alert or contract you added so it can't happen the same way again.
        4. Keep it under three minutes. Interviewers will ask for more if they want it.

        Reader question of the week
        "My final round is with a VP who isn't technical. Do I still talk about partitioning?" - short answer: yes, but lead with the business outcome.

        Live AMA
        Join us Thursday at noon CT for a free 45-minute AMA with two hiring managers from Midwest healthcare and fintech teams. Bring your questions about onsite loops and take-homes.
        Save your seat: https://thepipeline.substack.com/p/ama-november

        That's it for this week. Good luck out there!
        - Priyanka & Joel, The Pipeline

        You're receiving this because you subscribed to The Pipeline.
        Unsubscribe: https://thepipeline.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODEyMDQ
        """)
    hs = head(addr("The Pipeline", "thepipeline@substack.com"),
              'How to answer "Tell me about a time a pipeline broke" (+ Thursday\'s AMA)', "2026-11-15 07:00:04", CT,
              "<20261115130004.3.a8f1c2d3e4b5a697@mg-d1.substack.com>",
              "mg-d1.substack.com (mg-d1.substack.com [198.61.254.21])",
              extra=(("List-Unsubscribe", "<https://thepipeline.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODEyMDQ>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "<thepipeline.substack.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(47), family="post_interview", lang="en-US", interview=False, company="Red Cedar Health",
      note="Hiring manager's reply to the thank-you note after the technical interview; next steps only "
           "promised")
def k47() -> bytes:
    body = t("""
        Hi Kelsey,

        Thanks for the note, and thanks again for your time yesterday - Swati and I really enjoyed digging into your late-arriving data story. We have a couple more candidates to meet early next week, and Lauren from our recruiting team will follow up with next steps either way by the end of next week.

        Have a good weekend,
        Marcus

        On Thu, Sep 24, 2026 at 3:18 PM Kelsey Nordgren <kelsey.nordgren@example.org> wrote:
        > Hi Marcus,
        >
        > Thank you for taking the time to meet with me this afternoon. I really enjoyed the SQL exercise and hearing about how the platform team supports the clinical analytics group.
        >
        > Best,
        > Kelsey
        """)
    hs = head(addr("Marcus Oyelaran", "marcus.oyelaran@redcedarhealth.org"), "Re: Thank you - technical interview",
              "2026-09-25 16:48:29", CT, "<CAE5rT9mWq0nLp3xK7cV2bZ8sY4fH1jD6gN9@mail.gmail.com>",
              "mail-lj1-f169.google.com (mail-lj1-f169.google.com [209.85.208.169])",
              extra=(("In-Reply-To", "<CAJx7Yq2Lm8cR5vB0nT3wZ9pK4sH1fD6gE7q@mail.gmail.com>"),
                     ("References", "<CAJx7Yq2Lm8cR5vB0nT3wZ9pK4sH1fD6gE7q@mail.gmail.com>")))
    return message(hs, text(body, cte="8bit"))


@mail(N(48), family="candidate_survey", lang="en-US", interview=False, company="Cream City Mutual Insurance",
      days=(("Mon", "2026-11-16"),),
      note="Candidate-experience survey after a past interview (November 5); no new time")
def k48() -> bytes:
    body = t("""
        Hi Kelsey,

        Thanks for interviewing with Cream City Mutual on November 5 for the Senior Data Engineer role. However things turn out, we'd love to hear how the experience was for you.

        On a scale of 0-10, how likely are you to recommend interviewing with Cream City Mutual to a friend?

        0  1  2  3  4  5  6  7  8  9  10
        https://survey.candidatepulse.com/s/ccm/7Fq2Xn?score=

        It takes about 2 minutes and your answers are anonymous - they are never shared with the hiring team or used in hiring decisions. The survey closes Monday, November 16.

        Thank you!
        Cream City Mutual Talent Acquisition

        Sent by CandidatePulse on behalf of Cream City Mutual Insurance. Unsubscribe: https://survey.candidatepulse.com/u/7Fq2Xn
        """)
    hs = head(addr("Cream City Mutual Candidate Experience", "survey@candidatepulse-mail.com"),
              "Kelsey, how was your interview with Cream City Mutual?", "2026-11-09 09:30:00", CT,
              "<7Fq2Xn.1794238200@candidatepulse-mail.com>",
              "smtp.candidatepulse-mail.com (smtp.candidatepulse-mail.com [198.51.100.150])",
              extra=(("List-Unsubscribe", "<https://survey.candidatepulse.com/u/7Fq2Xn>"),))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(49), family="availability_request", lang="en-US", interview=False, company="Brightmoor",
      days=(("Fri", "2026-11-20"),),
      note="GoodTime availability request for a virtual onsite; the candidate has not picked times yet")
def k49() -> bytes:
    body = t("""
        Hi Kelsey,

        Congratulations on moving forward in the process for Senior Data Engineer, Platform! The next step is a virtual onsite: two interviews with members of the data platform team, about 1 hour 45 minutes in total including a short break.

        Please share your availability for the next two weeks using the link below by Friday, November 20. Times are shown in your local time zone, and the more windows you can offer, the faster we can get everything booked.

        Share my availability: https://brightmoor.goodtime.io/availability/c/5e1f7a93-2b84-4d06-a9c1-0f3e8d7b6a52

        Once we've lined up the interviewers, you'll receive a confirmation with your full schedule.

        Best,
        Owen Fitzgerald
        Recruiting Coordinator, Brightmoor

        Sent with GoodTime
        """)
    hs = head(addr("Brightmoor Recruiting", "no-reply@goodtime.io"),
              "Brightmoor: please share your availability for your virtual onsite", "2026-11-18 14:05:51", ET,
              "<gt-avail-5e1f7a93.20261118190551@mail.goodtime.io>",
              "o7.mail.goodtime.io (o7.mail.goodtime.io [167.89.64.17])",
              extra=(("Reply-To", addr("Owen Fitzgerald", "owen.fitzgerald@brightmoor.io")),))
    return message(hs, alt(text(body), html(pre(body))))


@mail(N(50), family="career_event", lang="en-US", interview=False, company="Boreal Medical",
      days=(("Thu", "2026-10-22"),),
      note="Phenom talent-community mail: job picks plus a drop-in virtual hiring event; HTML only; no interview")
def k50() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f3f6f9;font-family:'Segoe UI',Arial,sans-serif;color:#1c2b39">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="padding:20px 30px;background:#00567a"><img src="https://cdn.phenompeople.com/CareerConnectResources/BOMEUS/images/logo-white.png" alt="Boreal Medical" height="34"></td></tr>
        <tr><td style="padding:26px 30px;font-size:15px;line-height:22px">
        <p>Hi Kelsey,</p>
        <p>Thanks for joining the Boreal Medical Talent Community! Here's what's new for people interested in data and digital health.</p>
        <h2 style="font-size:19px;color:#00567a">Virtual Hiring Event: Digital, Data &amp; Software</h2>
        <p><b>Thursday, October 22, 2026 &middot; 12:00&ndash;2:00 PM CT</b><br>
        Drop in anytime to chat with recruiters and hiring managers from our Connected Devices, Data &amp; Analytics and Software Quality teams. No appointment needed &ndash; come with questions!</p>
        <p><a href="https://careers.borealmedical.com/us/en/events/digital-hiring-oct" style="background:#f28c00;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Register for the event</a></p>
        <h3 style="font-size:16px">Jobs picked for you</h3>
        <p><a href="https://careers.borealmedical.com/us/en/job/26-1187">Data Engineer, Connected Devices</a> &middot; Plymouth, MN<br>
        <a href="https://careers.borealmedical.com/us/en/job/26-1203">Senior Analytics Engineer</a> &middot; Plymouth, MN / Remote US<br>
        <a href="https://careers.borealmedical.com/us/en/job/26-1146">Data Quality Engineer II</a> &middot; Arden Hills, MN</p>
        </td></tr>
        <tr><td style="padding:14px 30px;background:#eef2f5;font-size:11px;color:#6b7b88">You are receiving this email because you joined the Boreal Medical Talent Community. <a href="https://careers.borealmedical.com/us/en/preferences">Manage preferences</a> &middot; <a href="https://careers.borealmedical.com/us/en/unsubscribe">Unsubscribe</a><br>Boreal Medical, 3400 Annapolis Lane N, Plymouth, MN 55447</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Boreal Medical Careers", "careers@borealmedical.com"),
              "Kelsey, meet our Data & Digital teams at our virtual hiring event (Oct 22)", "2026-10-12 10:00:33", CT,
              "<phenom.crm.2f81c7d0-55ea-4b39-8c1e-6a9d0b3f7e24@mail.phenompeople.com>",
              "mta-2.mail.phenompeople.com (mta-2.mail.phenompeople.com [198.51.100.172])",
              extra=(("List-Unsubscribe", "<https://careers.borealmedical.com/us/en/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))
