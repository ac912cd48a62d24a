"""blind57: 50 hand-written mails of a cybersecurity analyst's inbox (Atlanta, America/New_York).

Inbox owner: Kendra Beaumont <kendra.beaumont@example.com>, applying in Atlanta, Charlotte, Nashville,
Birmingham AL, Orlando, Raleigh, to US remote companies, government contractors and one federal agency.
Interviews sit around the US DST changes (8 March and 1 November 2026).

Written without reading the detector, its tests or the other held-out sets. Keys 1-23 are positives,
24-50 negatives, in writing order; file numbers are a fixed shuffle of that order (ORDER below).
Built by ``python3 bench/heldout/make_blind.py blind57``.
"""

from __future__ import annotations

import hashlib
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

make.REGISTRY.setdefault("blind57", [])

ORDER = random.Random(57057).sample(range(1, 51), 50)
_written = [0]


def nxt() -> str:
    """Name of the next mail in writing order: blind57_<ORDER[key-1]>."""
    _written[0] += 1
    return f"blind57_{ORDER[_written[0] - 1]:03d}"


ME_NAME = "Kendra Beaumont"
ME = "kendra.beaumont@example.com"
TO = addr(ME_NAME, ME)
NY = "America/New_York"
CHI = "America/Chicago"
DEN = "America/Denver"
LA = "America/Los_Angeles"


def _hex(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, relay: str, ip: str,
         to: str = TO, reply_to: str | None = None, cc: str | None = None,
         extra: tuple[tuple[str, str], ...] = (), pre: tuple[tuple[str, str], ...] = (),
         lag: int = 3) -> list[tuple[str, str]]:
    """The usual top of a delivered mail: Delivered-To, Received, From ... Message-ID, extras."""
    ident = f"mx1.example.com (Postfix) with ESMTPS id {_hex(msgid, 10).upper()}"
    hs = [
        ("Return-Path", f"<{parseaddr(frm)[1]}>"),
        ("Delivered-To", ME),
        ("Received", received(f"from {relay} ({relay} [{ip}])", when, zone, ident, ME, lag)),
        *pre,
        ("From", frm),
    ]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc(subject)), ("Date", date(when, zone)), ("Message-ID", msgid), *extra]
    return hs


def esc(s: str) -> str:
    """Escape a TEXT value for ICS (RFC 5545 3.3.11)."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zics(local: str, zone: str) -> str:
    """'2026-03-10 10:00' in zone -> '20260310T140000Z'."""
    return utc(local, zone).replace("-", "").replace(":", "")


def stamp(local: str, zone: str) -> str:
    return zics(local, zone)


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


def outlook_html(body: str, font: str = "Calibri") -> str:
    """A plain Outlook-ish HTML twin: one MsoNormal paragraph per line."""
    import html as _h

    paras = []
    for line in body.rstrip("\n").split("\n"):
        paras.append(f'<p class="MsoNormal">{_h.escape(line) if line else "&nbsp;"}<o:p></o:p></p>')
    return t(f"""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!--
        p.MsoNormal, li.MsoNormal, div.MsoNormal
            {{margin:0in;font-size:11.0pt;font-family:"{font}",sans-serif;}}
        --></style>
        </head>
        <body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        """) + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"


EXCHANGE_X = """X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:{owner}
X-MICROSOFT-CDO-BUSYSTATUS:{busy}
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:{insttype}
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"""


def exchange_x(seq: int, owner: str, busy: str = "TENTATIVE", insttype: int = 0) -> str:
    return EXCHANGE_X.format(seq=seq, owner=owner, busy=busy, insttype=insttype)


TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {meeting_id}
Passcode: {passcode}
________________________________
Dial in by phone
{dial} United States, {city}
Find a local number<https://dialin.teams.microsoft.com/{tid}?id={conf}>
Phone conference ID: {conf_sp}#
For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
________________________________________________________________________________"""


def teams(seed: str, meeting_id: str, passcode: str, dial: str, city: str, conf: str) -> str:
    return TEAMS_BLOCK.format(mid=_hex(seed + "m", 40), tid=_hex(seed + "t", 8) + "-" + _hex(seed + "u", 4),
                              meeting_id=meeting_id, passcode=passcode, dial=dial, city=city,
                              conf=conf.replace(" ", ""), conf_sp=conf)


# =========================================================================== positives
# ------------------------------------------------------------------ key 1: Greenhouse phone screen


@mail(nxt(), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T14:00:00Z", end="2026-03-10T14:30:00Z", contact="tasha.greer@peachtreeledger.com",
      company="Peachtree Ledger", local="Tue 2026-03-10 10:00", local_end="2026-03-10 10:30", zone=NY,
      note="Greenhouse confirmation of a phone screen, 'Tuesday, March 10, 2026 10:00 AM - 10:30 AM EDT'. "
           "Mail sent Thu 5 Mar in EST (-0500); the interview is two days after US DST began (8 Mar), "
           "so EDT: 14:00Z-14:30Z. ICS (TZID America/New_York) agrees. Contact = Reply-To recruiter.")
def k01() -> bytes:
    when = "2026-03-05 16:12:09"
    body = t("""
        Hi Kendra,

        Thanks so much for your interest in the Security Analyst II role at Peachtree Ledger! I'm
        happy to confirm your phone screen. Here are the details:

        Phone Screen with Tasha Greer
        Tuesday, March 10, 2026
        10:00 AM - 10:30 AM EDT

        Tasha will call you at (404) 555-0119. If that's not the best number to reach you, just
        reply to this email and let us know.

        A calendar invitation is attached for your convenience.

        We look forward to speaking with you!

        Best,
        The Peachtree Ledger Recruiting Team

        ---
        Peachtree Ledger | 1180 W Peachtree St NW, Atlanta, GA 30309
        Powered by Greenhouse
        """)
    htm = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <p>Hi Kendra,</p>
        <p>Thanks so much for your interest in the Security Analyst II role at Peachtree Ledger! I&#39;m happy to
        confirm your phone screen. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td colspan="2"><strong>Phone Screen with Tasha Greer</strong></td></tr>
        <tr><td>Tuesday, March 10, 2026</td></tr>
        <tr><td>10:00 AM - 10:30 AM EDT</td></tr>
        </table>
        <p>Tasha will call you at (404) 555-0119. If that&#39;s not the best number to reach you, just reply to
        this email and let us know.</p>
        <p>A calendar invitation is attached for your convenience.</p>
        <p>We look forward to speaking with you!</p>
        <p>Best,<br>The Peachtree Ledger Recruiting Team</p>
        <hr style="border:none;border-top:1px solid #dddddd">
        <p style="font-size:11px;color:#999999">Peachtree Ledger | 1180 W Peachtree St NW, Atlanta, GA 30309<br>
        Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduler//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-8841207-{_hex("k01uid", 12)}@greenhouse.io
DTSTAMP:{stamp(when, NY)}
DTSTART;TZID=America/New_York:20260310T100000
DTEND;TZID=America/New_York:20260310T103000
SUMMARY:Phone Screen: Kendra Beaumont / Peachtree Ledger
DESCRIPTION:{esc("Phone Screen with Tasha Greer for Security Analyst II. Tasha will call you at (404) 555-0119.")}
LOCATION:Phone call
ORGANIZER;CN=Tasha Greer:mailto:tasha.greer@peachtreeledger.com
ATTENDEE;CN=Kendra Beaumont;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tasha Greer", "no-reply@greenhouse.io"),
              "Interview Confirmation: Security Analyst II at Peachtree Ledger", when, NY,
              "<5f0c1a9e.8841207.k01@greenhouse.io>", relay="o12.sg.greenhouse.io", ip="198.51.100.37",
              reply_to=addr("Tasha Greer", "tasha.greer@peachtreeledger.com"))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# ------------------------------------------------------------------ key 2: Exchange meeting request


@mail(nxt(), family="outlook_exchange", lang="en", interview=True, kind="scheduled",
      start="2026-03-11T18:00:00Z", end="2026-03-11T19:00:00Z", contact="whitney.alston@carolinamutual.com",
      company="Carolina Mutual Bancorp", local="Wed 2026-03-11 14:00", local_end="2026-03-11 15:00", zone=NY,
      note="Exchange meeting request (TZID 'Eastern Standard Time'). Body shows Outlook's display name "
           "'(UTC-05:00) Eastern Time (US & Canada)', the standard offset, but 11 Mar is after US DST began "
           "(8 Mar): 2:00 PM EDT = 18:00Z. Sent Thu 5 Mar in EST. Contact = organizer/sender.")
def k02() -> bytes:
    when = "2026-03-05 10:41:27"
    note = t("""
        Hi Kendra,

        Please accept this invite for your Microsoft Teams interview for the Cyber Threat Analyst position (Req #24-1187). You'll be meeting with Derrick Vance (VP, Threat Intelligence) and Nia Ruffin (Senior Threat Analyst) for one hour.

        When: Wednesday, March 11, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada)

        Please plan to join a few minutes early to test your audio/video. If you have any questions at all, please don't hesitate to reach out.

        Thank you,

        Whitney Alston
        Talent Acquisition Partner | Carolina Mutual Bancorp
        704.555.0144 | whitney.alston@carolinamutual.com

        """) + teams("k02", "249 118 730 552", "Ur6Pq2hZ", "+1 704-555-0190,,482913775#", "Charlotte",
                     "482 913 775") + "\n"
    owner = "2117962340"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Whitney Alston:mailto:whitney.alston@carolinamutual.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kendra Beaumont:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Derrick Vance:mailto:derrick.vance@carolinamutual.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nia Ruffin:mailto:nia.ruffin@carolinamutual.com
DESCRIPTION;LANGUAGE=en-US:{esc(note)}
UID:040000008200E00074C5B7101A82E00800000000{_hex("k02uid", 32).upper()}
SUMMARY;LANGUAGE=en-US:Cyber Threat Analyst - Teams Interview - Kendra Beaumont
DTSTART;TZID=Eastern Standard Time:20260311T140000
DTEND;TZID=Eastern Standard Time:20260311T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, NY)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
{exchange_x(0, owner)}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Whitney Alston", "whitney.alston@carolinamutual.com"),
              "Cyber Threat Analyst - Teams Interview - Kendra Beaumont", when, NY,
              "<BN8PR04MB6210A3C1D9E4F6B2A7C0E5F1A9@BN8PR04MB6210.namprd04.prod.outlook.com>",
              relay="mail-bn8nam12on2108.outbound.protection.outlook.com", ip="203.0.113.108",
              extra=(("Thread-Topic", "Cyber Threat Analyst - Teams Interview - Kendra Beaumont"),
                     ("Thread-Index", "AdqvP2xk0Zr9o3QmTzSxk1bH7v2Wcg=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", "no"), ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(note), html(outlook_html(note)),
                           calendar(ics, method="REQUEST", cte="base64")))


# ------------------------------------------------------------------ key 3: staffing agency one-liner


@mail(nxt(), family="staffing_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-12T15:00:00Z", end=None, contact="bkyle@summittalentpartners.com",
      company="Volunteer Grid Systems", local="Thu 2026-03-12 10:00", zone=CHI,
      note="Staffing-agency recruiter from his phone: 'Thurs 3/12 at 10a CT (11a your time)'. "
           "Nashville is Central; 12 Mar is after US DST began, so CDT (-0500): 15:00Z. No length -> end null. "
           "Hiring company is the agency's client; contact = the human sender.")
def k03() -> bytes:
    when = "2026-03-09 08:47:31"
    body = t("""
        Hey Kendra! Good news, Volunteer Grid Systems wants to talk to you. You're confirmed for Thurs 3/12 at 10a CT (11a your time). It'll be on Teams, Marcus Boyd (their SOC manager) is sending the link today.

        Call me after and let me know how it went!

        Brandon Kyle
        Sr. Technical Recruiter | Summit Talent Partners
        615-555-0163

        Sent from my iPhone
        """)
    hs = head(addr("Brandon Kyle", "bkyle@summittalentpartners.com"), "Volunteer Grid - confirmed Thurs",
              when, NY, "<C7E1F0A2-44B9-4D1E-9B7A-2F3E8C6D1A05@summittalentpartners.com>",
              relay="mail-sn1nam02on2091.outbound.protection.outlook.com", ip="203.0.113.91",
              extra=(("X-Mailer", "iPhone Mail (21D61)"),))
    return message(hs, text(body, cte="quoted-printable"))


# ------------------------------------------------------------------ key 4: Google Calendar panel


def gcal_text(title: str, when_line: str, zone_line: str, meet: str, phone: str, pin: str, desc: str,
              guests: list[str], eid: str, changed: bool = False) -> str:
    lead = "This event has been updated\nChanged: time\n\n" if changed else ""
    return lead + t(f"""
        {title}
        {when_line}
        {zone_line}

        Join with Google Meet
        https://meet.google.com/{meet}

        Join by phone
        (US) {phone} PIN: {pin}

        More phone numbers
        https://tel.meet/{meet}?pin={pin.replace(" ", "").rstrip("#")}

        """) + desc.rstrip("\n") + "\n\nGuests\n" + "\n".join(guests) + "\n\n" + t(f"""

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Reply for {ME}
        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3

        More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)


def gcal_html(title: str, when_line: str, zone_line: str, meet: str, desc: str, guests: list[str],
              eid: str) -> str:
    import html as _h

    g = "".join(f"<div>{_h.escape(x)}</div>" for x in guests)
    d = "<br>".join(_h.escape(x) for x in desc.rstrip("\n").split("\n"))
    return t(f"""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">{_h.escape(title)}</h2>
        <div style="font-size:14px">{_h.escape(when_line)}<br>{_h.escape(zone_line)}</div>
        <p><a href="https://meet.google.com/{meet}" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <div style="font-size:14px">{d}</div>
        <h3 style="font-size:14px">Guests</h3>{g}
        <p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}">View all guest info</a></p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)


@mail(nxt(), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T19:00:00Z", end="2026-11-05T20:30:00Z", contact="rhonda.pettway@magnoliahealth.org",
      company="Magnolia Health Systems", local="Thu 2026-11-05 13:00", local_end="2026-11-05 14:30", zone=CHI,
      note="Google Calendar invitation, 'Thursday Nov 5, 2026 1pm - 2:30pm, Central Time - Chicago'. "
           "Sent Fri 30 Oct in CDT; US DST ended 1 Nov, so CST (-0600): 19:00Z-20:30Z; ICS in UTC agrees. "
           "Contact = organizer (recruiter).")
def k04() -> bytes:
    when = "2026-10-30 11:03:52"
    title = "Panel Interview - Kendra Beaumont / Information Security Analyst"
    eid = "M2Y0aGZvNWJ2dG9qa2xzZmM1cGVqZ2F0NnIga2VuZHJhLmJlYXVtb250QGV4YW1wbGUuY29t"
    desc = t("""
        Hi Kendra - looking forward to having you meet our panel! You'll speak with Dr. Alan Cheatham (CISO), Wendy Gaines (IAM Manager) and Trey Holcomb (Security Engineer). Plan for the full 90 minutes; there will be a short scenario walk-through near the end.

        Rhonda Pettway
        Talent Acquisition, Magnolia Health Systems
        """)
    guests = ["Rhonda Pettway - organizer", ME, "Alan Cheatham", "Wendy Gaines", "Trey Holcomb"]
    when_line = "Thursday Nov 5, 2026 \u22c5 1pm \u2013 2:30pm"
    zone_line = "Central Time - Chicago"
    body = gcal_text(title, when_line, zone_line, "pqx-vzrt-hkm", "+1 205-555-0173", "418 552 907#", desc,
                     guests, eid)
    htm = gcal_html(title, when_line, zone_line, "pqx-vzrt-hkm", desc, guests, eid)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261105T190000Z
DTEND:20261105T203000Z
DTSTAMP:{stamp(when, CHI)}
ORGANIZER;CN=Rhonda Pettway:mailto:rhonda.pettway@magnoliahealth.org
UID:3f4hfo5bvtojklsfc5pejgat6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rhonda Pettway;X-NUM-GUESTS=0:mailto:rhonda.pettway@magnoliahealth.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alan Cheatham;X-NUM-GUESTS=0:mailto:alan.cheatham@magnoliahealth.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wendy Gaines;X-NUM-GUESTS=0:mailto:wendy.gaines@magnoliahealth.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Trey Holcomb;X-NUM-GUESTS=0:mailto:trey.holcomb@magnoliahealth.org
X-GOOGLE-CONFERENCE:https://meet.google.com/pqx-vzrt-hkm
CREATED:{stamp("2026-10-30 11:01:10", CHI)}
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:{stamp(when, CHI)}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc(title)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Rhonda Pettway", "rhonda.pettway@magnoliahealth.org"),
              f"Invitation: {title} @ Thu Nov 5, 2026 1pm - 2:30pm (CST) ({ME})", when, CHI,
              "<calendar-9a1c3e57-2b6d-4f08-8e21-6c0d4b7f9a13@google.com>",
              relay="mail-sor-f73.google.com", ip="192.0.2.73",
              reply_to="rhonda.pettway@magnoliahealth.org",
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# ------------------------------------------------------------------ key 5: Lever onsite


@mail(nxt(), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T14:30:00Z", end="2026-11-02T17:00:00Z", contact="alyssa.fontaine@citrusvault.com",
      company="Citrus Vault Security", local="Mon 2026-11-02 09:30", local_end="2026-11-02 12:00", zone=NY,
      note="Lever onsite confirmation, 'Monday, November 2nd, 9:30am - 12:00pm EST' in Orlando (Eastern). "
           "Sent Wed 28 Oct in EDT; the interview is the day after US DST ended, EST (-0500): 14:30Z-17:00Z. "
           "Contact = Reply-To recruiter.")
def k05() -> bytes:
    when = "2026-10-28 15:20:44"
    body = t("""
        Hi Kendra,

        You're confirmed for an onsite interview with Citrus Vault Security for the Security Operations Analyst position.

        When: Monday, November 2nd, 9:30am - 12:00pm EST
        Where: Citrus Vault Security, 200 S Orange Ave, Suite 1400, Orlando, FL 32801

        Your schedule:
        9:30am - 10:15am    Alyssa Fontaine, Recruiting Lead
        10:15am - 11:15am   SOC tabletop with Gabe Ramos and Kim Nguyen
        11:15am - 12:00pm   Leigh Anne Pruitt, Director of Security Operations

        Parking: visitor parking is in the garage on Pine St; bring your ticket up and we'll validate it. Please check in at the 14th floor front desk with a photo ID.

        If you need to make any changes, simply reply to this email.

        Thanks,
        Alyssa

        --
        Sent via Lever
        """)
    htm = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1f2933">
        <p>Hi Kendra,</p>
        <p>You&#8217;re confirmed for an onsite interview with <b>Citrus Vault Security</b> for the <b>Security Operations Analyst</b> position.</p>
        <p><b>When:</b> Monday, November 2nd, 9:30am - 12:00pm EST<br>
        <b>Where:</b> Citrus Vault Security, 200 S Orange Ave, Suite 1400, Orlando, FL 32801</p>
        <p><b>Your schedule:</b></p>
        <table style="font-size:14px">
        <tr><td style="padding-right:16px">9:30am - 10:15am</td><td>Alyssa Fontaine, Recruiting Lead</td></tr>
        <tr><td style="padding-right:16px">10:15am - 11:15am</td><td>SOC tabletop with Gabe Ramos and Kim Nguyen</td></tr>
        <tr><td style="padding-right:16px">11:15am - 12:00pm</td><td>Leigh Anne Pruitt, Director of Security Operations</td></tr>
        </table>
        <p>Parking: visitor parking is in the garage on Pine St; bring your ticket up and we&#8217;ll validate it. Please check in at the 14th floor front desk with a photo ID.</p>
        <p>If you need to make any changes, simply reply to this email.</p>
        <p>Thanks,<br>Alyssa</p>
        <p style="color:#9aa5b1;font-size:12px">Sent via <a href="https://www.lever.co" style="color:#9aa5b1">Lever</a></p>
        </div>
        """)
    hs = head(addr("Citrus Vault Security", "no-reply@hire.lever.co"),
              "Interview Confirmation - Security Operations Analyst at Citrus Vault Security", when, NY,
              "<0100019a2b7c4e1f-5d3a8c21-7e90-4b6f-a1d2-93c8e7f0b415-000000@email.amazonses.com>",
              relay="a8-30.smtp-out.amazonses.com", ip="198.51.100.30",
              reply_to=addr("Alyssa Fontaine", "alyssa.fontaine@citrusvault.com"))
    return message(hs, alt(text(body), html(htm)))


# ------------------------------------------------------------------ key 6: Calendly intro call


@mail(nxt(), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:30:00Z", contact="dana@ridgelineidentity.io",
      company="Ridgeline Identity", local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:30", zone=NY,
      note="Calendly invitee confirmation of a 30-minute intro call with the hiring manager, shown in the "
           "invitee's zone '10:00am - 10:30am, Tuesday, November 3, 2026 (Eastern Time - US & Canada)'. "
           "Booked Thu 29 Oct in EDT; 3 Nov is EST: 15:00Z-15:30Z; ICS agrees. Contact = Reply-To host.")
def k06() -> bytes:
    when = "2026-10-29 13:02:18"
    body = t("""
        Hi Kendra Beaumont,

        Your event has been scheduled.

        Event Type:
        Intro Call - Security Engineer (Hiring Manager)

        Invitee:
        Kendra Beaumont

        Invitee Email:
        kendra.beaumont@example.com

        Event Date/Time:
        10:00am - 10:30am, Tuesday, November 3, 2026 (Eastern Time - US & Canada)

        Location:
        This is a Zoom web conference.
        Join: https://ridgelineidentity.zoom.us/j/83140275596?pwd=bXRsV2c4aFk3S1pOaUt0d1FhN2hQdz09

        Questions:
        Anything you'd like Dana to know before the call?
        I'm currently a SOC analyst (Tier 2) in Atlanta and very interested in the identity threat detection work.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9c3e1f72-60d4-4a8b-bb0e-1d52a7c4e930
        Reschedule: https://calendly.com/reschedulings/9c3e1f72-60d4-4a8b-bb0e-1d52a7c4e930

        Powered by Calendly.com
        """)
    htm = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Helvetica,Arial">')
    cal_desc = t("""
        Event Name: Intro Call - Security Engineer (Hiring Manager)
        Location: https://ridgelineidentity.zoom.us/j/83140275596

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9c3e1f72-60d4-4a8b-bb0e-1d52a7c4e930
        """).rstrip("\n")
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:9c3e1f72-60d4-4a8b-bb0e-1d52a7c4e930@calendly.com
DTSTAMP:{stamp(when, NY)}
DTSTART:20261103T150000Z
DTEND:20261103T153000Z
SUMMARY:Intro Call - Security Engineer (Hiring Manager) between Dana Whitlock and Kendra Beaumont
DESCRIPTION:{esc(cal_desc)}
LOCATION:https://ridgelineidentity.zoom.us/j/83140275596
ORGANIZER;CN=Dana Whitlock:mailto:dana@ridgelineidentity.io
ATTENDEE;CN=Kendra Beaumont;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro Call - Security Engineer (Hiring Manager) between Dana Whitlock and "
              "Kendra Beaumont @ Tue Nov 3, 2026 10am - 10:30am (EST)", when, NY,
              "<6a1f0d2c93e8b7@calendly.com>", relay="o7.email.calendly.com", ip="198.51.100.7",
              reply_to=addr("Dana Whitlock", "dana@ridgelineidentity.io"))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


# ------------------------------------------------------------------ key 7: iCIMS, gov contractor


@mail(nxt(), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-03-04T18:00:00Z", end="2026-03-04T18:45:00Z", contact="renee.castillo@sentinelridgefed.com",
      company="Sentinel Ridge Federal", local="Wed 2026-03-04 13:00", local_end="2026-03-04 13:45", zone=NY,
      note="iCIMS notification from a system address; recruiter writes '1300 Eastern (1:00 PM EST)' and "
           "'scheduled for 45 minutes' -> 18:00Z-18:45Z (before US DST). Contact = recruiter's address "
           "in the body (the sender is an iCIMS mailbox).")
def k07() -> bytes:
    when = "2026-02-26 09:15:02"
    body = t("""
        Dear Kendra,

        Thank you for your interest in the Cyber Security Analyst (Secret) position, Requisition 2026-3318, supporting our federal civilian customer in Atlanta, GA.

        We are pleased to confirm your interview with the program team:

        Date: Wednesday, March 4, 2026
        Time: 1300 Eastern (1:00 PM EST)
        Format: Webex video interview, scheduled for 45 minutes
        Interviewers: Russell Dempsey (Program Manager), Angela Frye (ISSO)

        Webex link: https://sentinelridgefed.webex.com/meet/rdempsey
        Meeting number (access code): 2634 118 5097
        Join by phone: +1-404-555-0112 United States Toll

        Please have your camera on and be ready to discuss your experience with RMF, continuous monitoring and incident response. Per our customer's requirements, please do not join from a public location.

        If you need to reschedule, please contact me directly at renee.castillo@sentinelridgefed.com or 470-555-0127.

        Respectfully,

        Renee Castillo
        Senior Recruiter, Talent Acquisition
        Sentinel Ridge Federal

        This message was sent from an unmonitored mailbox. Please do not reply to this email.
        """)
    htm = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0b2545;padding:12px;color:#ffffff;font-size:16px"><b>SENTINEL RIDGE FEDERAL</b></td></tr>
        <tr><td style="padding:16px">
        <p>Dear Kendra,</p>
        <p>Thank you for your interest in the Cyber Security Analyst (Secret) position, Requisition 2026-3318, supporting our federal civilian customer in Atlanta, GA.</p>
        <p>We are pleased to confirm your interview with the program team:</p>
        <p><b>Date:</b> Wednesday, March 4, 2026<br>
        <b>Time:</b> 1300 Eastern (1:00 PM EST)<br>
        <b>Format:</b> Webex video interview, scheduled for 45 minutes<br>
        <b>Interviewers:</b> Russell Dempsey (Program Manager), Angela Frye (ISSO)</p>
        <p>Webex link: <a href="https://sentinelridgefed.webex.com/meet/rdempsey">https://sentinelridgefed.webex.com/meet/rdempsey</a><br>
        Meeting number (access code): 2634 118 5097<br>
        Join by phone: +1-404-555-0112 United States Toll</p>
        <p>Please have your camera on and be ready to discuss your experience with RMF, continuous monitoring and incident response. Per our customer&#39;s requirements, please do not join from a public location.</p>
        <p>If you need to reschedule, please contact me directly at <a href="mailto:renee.castillo@sentinelridgefed.com">renee.castillo@sentinelridgefed.com</a> or 470-555-0127.</p>
        <p>Respectfully,</p>
        <p>Renee Castillo<br>Senior Recruiter, Talent Acquisition<br>Sentinel Ridge Federal</p>
        <p style="color:#888888;font-size:10px">This message was sent from an unmonitored mailbox. Please do not reply to this email.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Sentinel Ridge Federal Talent Acquisition", "sentinelridgefed@talent.icims.com"),
              "Interview Confirmation - Cyber Security Analyst (Secret) - Req 2026-3318", when, NY,
              "<1408220931.77213.1772115302118@icims-mta-07.icims.com>",
              relay="mta07.talent.icims.com", ip="198.51.100.207")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(htm)))


# ------------------------------------------------------------------ key 8: federal agency structured interview


@mail(nxt(), family="federal_hr", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T14:00:00Z", end=None, contact="latoya.simmons@fgsa.gov",
      company="Federal Grid Security Administration", local="Tue 2026-11-10 09:00", zone=NY,
      days=(("Thu", "2026-11-05"),),
      note="Federal HR specialist's structured-interview notice: 'Tuesday, November 10, 2026, at 9:00 a.m. "
           "Eastern Time', 'approximately 60 minutes' (approximate -> end null). Sent Mon 2 Nov, EST "
           "(-0500) after DST ended: 14:00Z. Contact = human sender. 7bit us-ascii plain text.")
def k08() -> bytes:
    when = "2026-11-02 14:30:11"
    body = t("""
        Good afternoon Ms. Beaumont,

        Congratulations! You have been selected for an interview for the position listed below.

        Position: IT Specialist (INFOSEC), GS-2210-12
        Announcement Number: FGSA-27-0419-DE
        Organization: Federal Grid Security Administration, Office of Cyber Defense Operations

        Your interview is scheduled for Tuesday, November 10, 2026, at 9:00 a.m. Eastern Time. The interview will be conducted virtually via Microsoft Teams and will last approximately 60 minutes. A Teams invitation will be sent separately by the hiring manager's office.

        This is a structured interview. All candidates are asked the same questions by the same panel of three (3) interviewers. Please be prepared to provide specific examples of your experience using the STAR method (Situation, Task, Action, Result). You will not be permitted to use notes during the interview.

        Please reply to this email no later than close of business Thursday, November 5, 2026, to confirm your attendance. If you require a reasonable accommodation for the interview process, please let me know as soon as possible.

        Being interviewed does not guarantee selection. Final selection is subject to a favorable background investigation.

        Respectfully,

        LaToya Simmons
        Human Resources Specialist (Staffing)
        Federal Grid Security Administration
        Office: (202) 555-0148
        latoya.simmons@fgsa.gov
        """)
    hs = head(addr("Simmons, LaToya (FGSA)", "latoya.simmons@fgsa.gov"),
              "Interview Notification - IT Specialist (INFOSEC), GS-2210-12, FGSA-27-0419-DE", when, NY,
              "<SA1PR09MB8841C2D0E1F37A4B9B5F2C7E86@SA1PR09MB8841.namprd09.prod.outlook.com>",
              relay="mail-dm6gcc02on2110.outbound.protection.office365.us", ip="203.0.113.110",
              extra=(("Thread-Topic", "Interview Notification - IT Specialist (INFOSEC), GS-2210-12, FGSA-27-0419-DE"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# ------------------------------------------------------------------ key 9: Workday, forwarded to self


@mail(nxt(), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-03-17T15:00:00Z", end="2026-03-17T16:00:00Z", contact="jamal.whitaker@dogwoodenergy.com",
      company="Dogwood Energy", local="Tue 2026-03-17 11:00", local_end="2026-03-17 12:00", zone=NY,
      note="The candidate forwards a Workday 'Interview Scheduled' mail from her other address to this one. "
           "'Date: 03/17/2026 Time: 11:00 AM - 12:00 PM EDT' -> 15:00Z-16:00Z. Sender is the candidate, "
           "the Workday sender a system mailbox; contact = recruiter address in the forwarded body.")
def k09() -> bytes:
    when = "2026-03-11 21:14:40"
    body = t("""
        fwding to my main email so I don't lose it

        ---------- Forwarded message ---------
        From: Dogwood Energy <dogwoodenergy@myworkday.com>
        Date: Wed, Mar 11, 2026 at 3:02 PM
        Subject: Interview Scheduled - Cybersecurity Analyst II (R-26-00914)
        To: <kendra.beaumont@example.org>


        Hello Kendra,

        Your interview for Cybersecurity Analyst II (R-26-00914) has been scheduled.

        Interview Details
        Date: 03/17/2026
        Time: 11:00 AM - 12:00 PM EDT
        Interview Type: Video (Microsoft Teams)
        Interviewers: Jamal Whitaker, Priscilla Oduya

        The Microsoft Teams link will be sent in a separate calendar invitation.

        If you have questions about your interview, please contact Jamal Whitaker at jamal.whitaker@dogwoodenergy.com.

        To view your application status, sign in to the Dogwood Energy Careers site:
        https://dogwoodenergy.wd5.myworkdayjobs.com/DogwoodCareers

        Thank you,
        Dogwood Energy Talent Acquisition
        """)
    hs = head(addr(ME_NAME, "kendra.beaumont@example.org"),
              "Fwd: Interview Scheduled - Cybersecurity Analyst II (R-26-00914)", when, NY,
              "<CAJq7mXv0k2Rz8pLw3hN5tYc1dE6fG9bA4sU2iO7qW8eR3tY5uI@mail.gmail.com>",
              relay="mail-sor-f41.google.com", ip="192.0.2.41",
              extra=(("In-Reply-To", "<0100019a11d2c7e5-wd5-dogwoodenergy-8812.R-26-00914@myworkday.com>"),))
    return message(hs, alt(text(body, charset="UTF-8"), html(gmail_html(body), charset="UTF-8")))


# ------------------------------------------------------------------ key 10: hiring manager picks a slot


@mail(nxt(), family="human_reply", lang="en", interview=True, kind="scheduled",
      start="2026-03-19T18:00:00Z", end="2026-03-19T18:30:00Z", contact="caleb.norwood@trianglepacket.com",
      company="Triangle Packet Labs", local="Thu 2026-03-19 14:00", local_end="2026-03-19 14:30", zone=NY,
      days=(("Thu", "2026-03-12"), ("Fri", "2026-03-13"), ("Fri", "2026-03-20")),
      note="Hiring manager's one-line reply 'Thurs at 2 works great' on top of the quoted thread: the "
           "candidate offered 'Thurs 3/19 at 2:00 PM or ... Fri 3/20 before noon ET'; his first mail asked "
           "for a '30 min virtual coffee chat'. Thu 19 Mar 14:00 EDT = 18:00Z, 30 min -> 18:30Z. "
           "Coffee chat with the hiring manager about an open role counts as an interview.")
def k10() -> bytes:
    when = "2026-03-16 09:22:05"
    body = t("""
        Thurs at 2 works great! I'll send over a Teams invite in a bit. Talk soon.

        Caleb

        On Fri, Mar 13, 2026 at 4:51 PM Kendra Beaumont <kendra.beaumont@example.com> wrote:
        > Hi Caleb,
        >
        > Thanks so much for reaching out, I'd love to chat! I'm free Thurs 3/19 at 2:00 PM or anytime Fri 3/20 before noon ET, whichever works best for you.
        >
        > Best,
        > Kendra
        >
        > On Thu, Mar 12, 2026 at 11:08 AM Caleb Norwood <caleb.norwood@trianglepacket.com> wrote:
        >> Hey Kendra,
        >>
        >> I got your name from Brittany over at the Raleigh ISSA chapter. I lead the detection engineering team here at Triangle Packet Labs and we're hiring a Detection Engineer (remote-friendly, HQ in Raleigh). Would you be up for a 30 min virtual coffee chat next week so I can tell you more about the team and hear what you're looking for?
        >>
        >> Caleb Norwood
        >> Director, Security Engineering
        >> Triangle Packet Labs
        """)
    hs = head(addr("Caleb Norwood", "caleb.norwood@trianglepacket.com"),
              "Re: Coffee chat - Triangle Packet Labs", when, NY,
              "<CAP3vQx9Lm2nR4tY6wK8zB1cD5fH7jN0pS2uW4yA6cE8gI0kM2o@mail.gmail.com>",
              relay="mail-yw1-f172.google.com", ip="192.0.2.172",
              extra=(("In-Reply-To", "<CAF8kTn2Qw4eR6tY8uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qW0e@mail.gmail.com>"),
                     ("References", "<CAP3vQx0Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2Mm3Nn4o@mail.gmail.com> "
                                    "<CAF8kTn2Qw4eR6tY8uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qW0e@mail.gmail.com>")))
    return message(hs, alt(text(body, charset="UTF-8"), html(gmail_html(body), charset="UTF-8")))


# ------------------------------------------------------------------ key 11: text message forwarded to self


@mail(nxt(), family="text_forward", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T15:30:00Z", end=None, contact=None,
      company="Chattahoochee Data", local="Mon 2026-11-16 10:30", zone=NY,
      note="Candidate pastes a staffing recruiter's text message into a mail to herself: 'Mon 11/16 @ 1030am' "
           "at the client's Midtown Atlanta office -> 10:30 EST = 15:30Z. No length. The recruiter left only a "
           "phone number, and the candidate is never the contact -> contact null.")
def k11() -> bytes:
    when = "2026-11-13 18:40:12"
    body = t("""
        saving this here


        Jasmine Tate (Apex Staffing)
        (404) 555-0186
        Fri, Nov 13 at 6:31 PM

        Hey girl!! Good news Chattahoochee Data wants to meet you \U0001f389 You're all set for Mon 11/16 @ 1030am at their Midtown office, 1100 Peachtree St NE ste 800. Ask for Rob Hensley at the front desk. Biz casual is fine. lmk if anything changes!!

        Me
        Yay thank you!! I'll be there \U0001f64c

        Jasmine Tate (Apex Staffing)
        \U0001f44d


        Sent from my iPhone
        """)
    hs = head(addr(ME_NAME, ME), "Chattahoochee Data mon", when, NY,
              "<3B0E8A61-7C2D-4F59-A1B3-D6E4F2C9A807@example.com>",
              relay="mail-pf1-f180.google.com", ip="192.0.2.180", to=ME,
              extra=(("X-Mailer", "iPhone Mail (23B85)"),))
    return message(hs, text(body, cte="quoted-printable"))


# ------------------------------------------------------------------ key 12: GoodTime itinerary


@mail(nxt(), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-10T15:00:00Z", end="2026-11-10T17:30:00Z", contact="hannah.whitsett@musiccitycloud.com",
      company="Music City Cloud", local="Tue 2026-11-10 09:00", local_end="2026-11-10 11:30", zone=CHI,
      note="GoodTime final-round itinerary, three sessions on Tue 10 Nov in 'CT' (Nashville): 9:00 AM to "
           "11:30 AM. After US DST ended, CST (-0600): first start 15:00Z, last end 17:30Z. Sent from a "
           "GoodTime no-reply; contact = Reply-To coordinator.")
def k12() -> bytes:
    when = "2026-11-04 18:10:44"
    body = t("""
        Hi Kendra,

        Your final round interview for Senior Security Analyst at Music City Cloud is confirmed! All times below are in Central Time (CT).

        Tuesday, November 10, 2026

        9:00 AM - 9:45 AM CT
        Technical Deep Dive (Detection & Response)
        Ray Ochoa, Staff Security Engineer

        10:00 AM - 10:45 AM CT
        Incident Scenario
        Jenna Cobb, SOC Manager; Malik Bryant, Threat Hunter

        11:00 AM - 11:30 AM CT
        Hiring Manager Conversation
        Scott Lindley, Head of Security

        Each session has its own Zoom link in the calendar invitations you'll receive separately. Please keep the 15-minute breaks free so we can stay on schedule.

        Need to make a change? Just reply to this email and Hannah will help you out.

        Music City Cloud Recruiting

        Scheduled with GoodTime
        """)
    rows = [("9:00 AM - 9:45 AM CT", "Technical Deep Dive (Detection &amp; Response)", "Ray Ochoa, Staff Security Engineer"),
            ("10:00 AM - 10:45 AM CT", "Incident Scenario", "Jenna Cobb, SOC Manager; Malik Bryant, Threat Hunter"),
            ("11:00 AM - 11:30 AM CT", "Hiring Manager Conversation", "Scott Lindley, Head of Security")]
    trs = "\n".join(f'<tr><td style="padding:8px;border-bottom:1px solid #e5e7eb;white-space:nowrap">{a}</td>'
                    f'<td style="padding:8px;border-bottom:1px solid #e5e7eb"><b>{b}</b><br>{c}</td></tr>'
                    for a, b, c in rows)
    htm = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Confirmed</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
        <tr><td style="padding:24px"><img src="https://cdn.goodtime.io/logos/musiccitycloud.png" alt="Music City Cloud" height="32"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Hi Kendra,</p>
        <p>Your final round interview for <b>Senior Security Analyst</b> at Music City Cloud is confirmed! All times below are in Central Time (CT).</p>
        <h3 style="font-size:16px">Tuesday, November 10, 2026</h3>
        <table width="100%" cellpadding="0" cellspacing="0">
        """) + trs + t("""
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you&#39;ll receive separately. Please keep the 15-minute breaks free so we can stay on schedule.</p>
        <p>Need to make a change? Just reply to this email and Hannah will help you out.</p>
        <p>Music City Cloud Recruiting</p>
        </td></tr>
        <tr><td style="padding:24px;color:#9ca3af;font-size:11px">Scheduled with GoodTime</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Music City Cloud Recruiting", "no-reply@goodtime.io"),
              "Your interview with Music City Cloud is confirmed", when, "UTC",
              "<20261104181044.9f2c.6613@mail.goodtime.io>", relay="mail.goodtime.io", ip="198.51.100.66",
              reply_to=addr("Hannah Whitsett", "hannah.whitsett@musiccitycloud.com"))
    return message(hs, alt(text(body), html(htm)))


# ------------------------------------------------------------------ key 13: Ashby, Pacific time


@mail(nxt(), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-03-26T16:00:00Z", end="2026-03-26T17:00:00Z", contact="mateo@halyardsecurity.com",
      company="Halyard Security", local="Thu 2026-03-26 09:00", local_end="2026-03-26 10:00", zone=LA,
      note="Ashby confirmation for a remote company: 'Thursday, March 26, 2026, 9:00 AM - 10:00 AM PDT' "
           "(12:00 - 1:00 PM EDT also given) -> 16:00Z-17:00Z. ICS TZID America/Los_Angeles agrees. "
           "Contact = Reply-To recruiter.")
def k13() -> bytes:
    when = "2026-03-20 17:45:20"
    body = t("""
        Hi Kendra,

        Your interview has been scheduled. We're looking forward to speaking with you!

        Technical Interview - Security Engineer, Detection
        Thursday, March 26, 2026, 9:00 AM - 10:00 AM PDT (12:00 PM - 1:00 PM EDT)
        Google Meet: https://meet.google.com/hsy-rwqn-fkd

        You'll meet with:
        Priyanka Sethi - Senior Security Engineer

        In this session you'll work through a detection-writing exercise together (Sigma or your query language of choice) and talk through a recent incident you handled. No prep needed beyond a working browser.

        If you need to reschedule, reply to this email to reach Mateo Alvarez.

        Thanks,
        Halyard Security Recruiting
        """)
    htm = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1f24">
        <p>Hi Kendra,</p>
        <p>Your interview has been scheduled. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e7eb;border-radius:8px;padding:16px">
        <div style="font-weight:600">Technical Interview - Security Engineer, Detection</div>
        <div>Thursday, March 26, 2026, 9:00 AM - 10:00 AM PDT (12:00 PM - 1:00 PM EDT)</div>
        <div>Google Meet: <a href="https://meet.google.com/hsy-rwqn-fkd">https://meet.google.com/hsy-rwqn-fkd</a></div>
        </div>
        <p>You&#x27;ll meet with:<br>Priyanka Sethi - Senior Security Engineer</p>
        <p>In this session you&#x27;ll work through a detection-writing exercise together (Sigma or your query language of choice) and talk through a recent incident you handled. No prep needed beyond a working browser.</p>
        <p>If you need to reschedule, reply to this email to reach Mateo Alvarez.</p>
        <p>Thanks,<br>Halyard Security Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
UID:{_hex("k13uid", 8)}-{_hex("k13a", 4)}-{_hex("k13b", 4)}-{_hex("k13c", 4)}-{_hex("k13d", 12)}
DTSTAMP:{stamp(when, "UTC")}
DTSTART;TZID=America/Los_Angeles:20260326T090000
DTEND;TZID=America/Los_Angeles:20260326T100000
SEQUENCE:0
SUMMARY:Halyard Security - Technical Interview - Security Engineer\\, Detection
LOCATION:https://meet.google.com/hsy-rwqn-fkd
ORGANIZER;CN=Mateo Alvarez:mailto:mateo@halyardsecurity.com
ATTENDEE;CN=Kendra Beaumont;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Halyard Security", "no-reply@ashbyhq.com"),
              "Interview Scheduled: Security Engineer, Detection at Halyard Security", when, "UTC",
              "<0100019d0c4a7b21-8e3f2a10-4c6d-4b7e-9f01-2a3b4c5d6e7f-000000@email.amazonses.com>",
              relay="a48-112.smtp-out.amazonses.com", ip="198.51.100.112",
              reply_to=addr("Mateo Alvarez", "mateo@halyardsecurity.com"))
    return message(hs, mixed(alt(text(body, cte="base64"), html(htm, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# ------------------------------------------------------------------ key 14: SmartRecruiters, no human address


@mail(nxt(), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-11-20T19:00:00Z", end="2026-11-20T20:00:00Z", contact=None,
      company="Suncoast Parks & Resorts", local="Fri 2026-11-20 14:00", local_end="2026-11-20 15:00", zone=NY,
      note="SmartRecruiters interview confirmation, 'Friday, November 20, 2026 | 2:00 PM - 3:00 PM "
           "(GMT-05:00) Eastern Time' -> 19:00Z-20:00Z. From a no-reply; interviewers named without "
           "addresses -> contact null.")
def k14() -> bytes:
    when = "2026-11-16 10:05:37"
    body = t("""
        Interview confirmed

        Hi Kendra,

        Thank you for confirming your interview for the Information Security Analyst position at Suncoast Parks & Resorts. Here are the details:

        Friday, November 20, 2026 | 2:00 PM - 3:00 PM (GMT-05:00) Eastern Time
        Video interview - Microsoft Teams
        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWJkNzQ1ZTAtN2YxMy00ZTg2LWI2NTUtMzk0ZDE4ZGQ2YmIz%40thread.v2/0

        Interviewers
        Luis Marquez - Manager, Information Security
        Devon Albright - Security Architect

        Add to calendar: https://www.smartrecruiters.com/candidate/interviews/6d2f0a91/calendar.ics

        If you can no longer attend, please use the link below to let us know.
        https://www.smartrecruiters.com/candidate/interviews/6d2f0a91

        Best of luck!
        Suncoast Parks & Resorts Talent Acquisition

        This email was sent via SmartRecruiters. Please do not reply to this message.
        """)
    htm = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="background:#f2f2f2;margin:0;padding:24px 0">
        <table align="center" width="560" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#313131" cellpadding="24">
        <tr><td>
        <h1 style="font-size:20px;font-weight:600;margin:0 0 16px">Interview confirmed</h1>
        <p>Hi Kendra,</p>
        <p>Thank you for confirming your interview for the <strong>Information Security Analyst</strong> position at Suncoast Parks &amp; Resorts. Here are the details:</p>
        <p style="background:#f7f9fa;padding:12px"><strong>Friday, November 20, 2026 | 2:00 PM - 3:00 PM</strong><br>(GMT-05:00) Eastern Time<br>
        Video interview - Microsoft Teams<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWJkNzQ1ZTAtN2YxMy00ZTg2LWI2NTUtMzk0ZDE4ZGQ2YmIz%40thread.v2/0">Join the meeting</a></p>
        <p><strong>Interviewers</strong><br>Luis Marquez - Manager, Information Security<br>Devon Albright - Security Architect</p>
        <p><a href="https://www.smartrecruiters.com/candidate/interviews/6d2f0a91/calendar.ics">Add to calendar</a></p>
        <p>If you can no longer attend, please <a href="https://www.smartrecruiters.com/candidate/interviews/6d2f0a91">let us know</a>.</p>
        <p>Best of luck!<br>Suncoast Parks &amp; Resorts Talent Acquisition</p>
        <p style="font-size:11px;color:#9b9b9b">This email was sent via SmartRecruiters. Please do not reply to this message.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Suncoast Parks & Resorts", "noreply@smartrecruiters.com"),
              "Interview confirmed: Information Security Analyst", when, NY,
              "<20261116150537.6d2f0a91.interview@smartrecruiters.com>",
              relay="mail-out3.smartrecruiters.com", ip="198.51.100.143")
    return message(hs, alt(text(body), html(htm)))


# ------------------------------------------------------------------ key 15: Jobvite phone interview


@mail(nxt(), family="jobvite", lang="en", interview=True, kind="scheduled",
      start="2026-03-23T14:00:00Z", end="2026-03-23T14:45:00Z", contact="cledbetter@brightleafins.com",
      company="Brightleaf Insurance", local="Mon 2026-03-23 10:00", local_end="2026-03-23 10:45", zone=NY,
      note="Jobvite interview confirmation: 'Monday, March 23, 2026', '10:00 AM EDT', 'Duration: 45 minutes' "
           "-> 14:00Z-14:45Z. Contact = Reply-To recruiter.")
def k15() -> bytes:
    when = "2026-03-18 13:30:48"
    body = t("""
        Dear Kendra,

        Thank you for your interest in Brightleaf Insurance! This email confirms your phone interview for the Information Security Analyst II position (Job ID oQx7vfwN) in Raleigh, NC.

        Interview Type: Phone
        Date: Monday, March 23, 2026
        Time: 10:00 AM EDT
        Duration: 45 minutes
        Interviewer: Courtney Ledbetter, Senior Talent Acquisition Specialist

        Courtney will call you at the phone number on your application. If you need to reschedule, please reply to this message.

        We look forward to speaking with you.

        Sincerely,
        Brightleaf Insurance Talent Acquisition
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <img src="https://app.jobvite.com/CompanyJobs/Careers/brightleafins/logo.png" alt="Brightleaf Insurance" width="180"><br><br>
        Dear Kendra,<br><br>
        Thank you for your interest in Brightleaf Insurance! This email confirms your phone interview for the Information Security Analyst II position (Job ID oQx7vfwN) in Raleigh, NC.<br><br>
        <b>Interview Type:</b> Phone<br>
        <b>Date:</b> Monday, March 23, 2026<br>
        <b>Time:</b> 10:00 AM EDT<br>
        <b>Duration:</b> 45 minutes<br>
        <b>Interviewer:</b> Courtney Ledbetter, Senior Talent Acquisition Specialist<br><br>
        Courtney will call you at the phone number on your application. If you need to reschedule, please reply to this message.<br><br>
        We look forward to speaking with you.<br><br>
        Sincerely,<br>Brightleaf Insurance Talent Acquisition
        </body></html>
        """)
    hs = head(addr("Brightleaf Insurance", "notification@jobvite.com"),
              "Interview Confirmation - Information Security Analyst II", when, NY,
              "<1554872903.4412.1773855048771.JavaMail.jobvite@app-mailer-12.jobvite.com>",
              relay="mail12.jobvite.com", ip="198.51.100.12",
              reply_to=addr("Courtney Ledbetter", "cledbetter@brightleafins.com"))
    return message(hs, alt(text(body, charset="ISO-8859-1"), html(htm, charset="ISO-8859-1")))


# ------------------------------------------------------------------ key 16: Outlook HTML-only, windows-1252, base64


@mail(nxt(), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-03-05T15:00:00Z", end="2026-03-05T18:00:00Z", contact="savannah.dupree@redclayanalytics.com",
      company="Red Clay Analytics", local="Thu 2026-03-05 09:00", local_end="2026-03-05 12:00", zone=CHI,
      note="HTML-only (base64, windows-1252) recruiter letter from Birmingham: 'Thursday, March 5th from "
           "9:00 AM to 12:00 PM Central' -> before US DST, CST (-0600): 15:00Z-18:00Z. Contact = sender.")
def k16() -> bytes:
    when = "2026-02-27 14:48:16"
    htm = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!--
        p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Aptos",sans-serif;}
        --></style></head>
        <body lang="EN-US" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Good afternoon Kendra,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">I hope you’re doing well! On behalf of Red Clay Analytics, I’m pleased to confirm your on-site interview for the Security Analyst – Managed Detection role on <b>Thursday, March 5th from 9:00 AM to 12:00 PM Central</b>.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal"><b>Location:</b> Red Clay Analytics, 2100 1st Ave N, Suite 600, Birmingham, AL 35203<o:p></o:p></p>
        <p class="MsoNormal"><b>Parking:</b> The deck on 21st St N – let the attendant know you’re visiting Red Clay and we’ll cover it.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Your morning will include time with our SOC lead, a short hands-on exercise in our lab environment, and lunch-and-learn style Q&amp;A with a couple of the analysts (we’ll wrap by noon). Business casual is perfect.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">We know it’s a drive from Atlanta, so please hang on to your mileage and we’ll reimburse it. Don’t hesitate to call or text me if anything comes up on the road.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Warm regards,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal"><b>Savannah Dupree</b><o:p></o:p></p>
        <p class="MsoNormal">Recruiting Manager | Red Clay Analytics<o:p></o:p></p>
        <p class="MsoNormal">205.555.0138 (c)<o:p></o:p></p>
        </div>
        </body>
        </html>
        """)
    hs = head(addr("Savannah Dupree", "savannah.dupree@redclayanalytics.com"),
              "On-site Interview Confirmation - Thursday 3/5", when, CHI,
              "<MN2PR11MB4469B0F1C2D3E4F5A6B7C8D9E0@MN2PR11MB4469.namprd11.prod.outlook.com>",
              relay="mail-mw2nam12on2127.outbound.protection.outlook.com", ip="203.0.113.127",
              extra=(("Thread-Topic", "On-site Interview Confirmation - Thursday 3/5"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, html(htm, charset="windows-1252", cte="base64"))


# ------------------------------------------------------------------ key 17: Greenhouse reschedule


@mail(nxt(), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-03-25T19:30:00Z", end="2026-03-25T20:30:00Z", contact="tasha.greer@peachtreeledger.com",
      company="Peachtree Ledger", local="Wed 2026-03-25 15:30", local_end="2026-03-25 16:30", zone=NY,
      days=(("Tue", "2026-03-24"),),
      note="Greenhouse 'Updated' notice: technical interview moved from Tue 24 Mar 1:00 PM to 'Wednesday, March "
           "25, 2026, 3:30 PM - 4:30 PM EDT' -> new time 19:30Z-20:30Z. ICS SEQUENCE:1 with the new time. "
           "Same recruiter as the phone screen (thread). Contact = Reply-To.")
def k17() -> bytes:
    when = "2026-03-20 11:02:33"
    body = t("""
        Hi Kendra,

        Your Technical Interview with Peachtree Ledger for the Security Analyst II role has been rescheduled. Please see the updated details below.

        NEW TIME
        Wednesday, March 25, 2026
        3:30 PM - 4:30 PM EDT

        Previously: Tuesday, March 24, 2026, 1:00 PM - 2:00 PM EDT

        Interviewers:
        Marcus Oyelaran, Security Engineering Manager
        Brooke Haney, Senior Security Analyst

        Zoom: https://peachtreeledger.zoom.us/j/92815530471?pwd=Wm9vbVRlY2hJbnRlcnZpZXc
        Meeting ID: 928 1553 0471

        An updated calendar invitation is attached. Sorry for any inconvenience, and thanks for your flexibility!

        Tasha Greer
        Technical Recruiter, Peachtree Ledger
        """)
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduler//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-8907733-{_hex("k17uid", 12)}@greenhouse.io
DTSTAMP:{stamp(when, NY)}
DTSTART;TZID=America/New_York:20260325T153000
DTEND;TZID=America/New_York:20260325T163000
SUMMARY:Technical Interview: Kendra Beaumont / Peachtree Ledger
DESCRIPTION:{esc("Technical Interview for Security Analyst II with Marcus Oyelaran and Brooke Haney. Zoom: https://peachtreeledger.zoom.us/j/92815530471")}
LOCATION:https://peachtreeledger.zoom.us/j/92815530471
ORGANIZER;CN=Tasha Greer:mailto:tasha.greer@peachtreeledger.com
ATTENDEE;CN=Kendra Beaumont;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tasha Greer", "no-reply@greenhouse.io"),
              "Updated: Technical Interview with Peachtree Ledger", when, NY,
              "<8a31e70b.8907733.k17@greenhouse.io>", relay="o12.sg.greenhouse.io", ip="198.51.100.37",
              reply_to=addr("Tasha Greer", "tasha.greer@peachtreeledger.com"))
    return message(hs, mixed(alt(text(body), html(htm)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


# ------------------------------------------------------------------ key 18: recruiter moves the interview ("EST" in March)


@mail(nxt(), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-03-13T18:00:00Z", end="2026-03-13T19:00:00Z", contact="whitney.alston@carolinamutual.com",
      company="Carolina Mutual Bancorp", local="Fri 2026-03-13 14:00", local_end="2026-03-13 15:00", zone=NY,
      note="Recruiter moves the Teams interview from 'tomorrow afternoon' (Wed 11 Mar) to 'Friday 3/13 at "
           "2:00 PM EST', 'still one hour'. Written 'EST' although 13 Mar is daylight time; read as Eastern "
           "wall-clock time (EDT): 18:00Z-19:00Z. windows-1252 quoted-printable. Contact = sender.")
def k18() -> bytes:
    when = "2026-03-10 16:05:58"
    body = t("""
        Hi Kendra,

        I hope you’re doing well! Derrick had a conflict come up for tomorrow afternoon, so we need to move your interview. I’ve moved it to Friday 3/13 at 2:00 PM EST – it’s still one hour with Derrick and Nia and the same Teams link. You’ll see the updated invite from Outlook in a minute.

        So sorry for the shuffle, and thank you for being flexible!

        Whitney

        Whitney Alston
        Talent Acquisition Partner | Carolina Mutual Bancorp
        704.555.0144 | whitney.alston@carolinamutual.com
        """)
    hs = head(addr("Whitney Alston", "whitney.alston@carolinamutual.com"),
              "Interview moved to Friday 3/13", when, NY,
              "<BN8PR04MB62107E2A4C9D1B0F3E8A6C5D21@BN8PR04MB6210.namprd04.prod.outlook.com>",
              relay="mail-bn8nam12on2108.outbound.protection.outlook.com", ip="203.0.113.108",
              extra=(("Thread-Topic", "Interview moved to Friday 3/13"),
                     ("Thread-Index", "AdqwQ8c1Vb7yTtJ0S3Cq9Rk2mFh1Pw=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(outlook_html(body).replace("charset=utf-8", "charset=windows-1252"),
                                charset="windows-1252")))


# ------------------------------------------------------------------ key 19: Google Calendar updated invitation, Mountain time


@mail(nxt(), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-11-17T18:00:00Z", end="2026-11-17T19:00:00Z", contact="colton.reyes@juniperpeak.io",
      company="Juniper Peak Security", local="Tue 2026-11-17 11:00", local_end="2026-11-17 12:00", zone=DEN,
      days=(("Mon", "2026-11-16"),),
      note="Google Calendar 'Updated invitation' (Changed: time) for a remote Denver company: 'Tuesday Nov 17, "
           "2026 11am - 12pm, Mountain Time - Denver' -> MST (-0700): 18:00Z-19:00Z; ICS in UTC, SEQUENCE:1. "
           "Description says it moved from Monday. Contact = organizer.")
def k19() -> bytes:
    when = "2026-11-12 09:40:25"
    title = "Security Engineer - Technical Interview (Kendra Beaumont)"
    eid = "NnE4bTJrdjFsOWFzZ3I3MHB0ZTNoY2Zqa2Iga2VuZHJhLmJlYXVtb250QGV4YW1wbGUuY29t"
    desc = t("""
        Moved from Monday - our team offsite ran long, sorry Kendra! Same format: 60 minutes, live log triage exercise + questions. Bring whatever notes you like.

        - Colton
        """)
    guests = ["Colton Reyes - organizer", "Bri Hadley", ME]
    when_line = "Tuesday Nov 17, 2026 \u22c5 11am \u2013 12pm"
    zone_line = "Mountain Time - Denver"
    body = gcal_text(title, when_line, zone_line, "tgd-mwqe-zxa", "+1 720-555-0121", "903 116 284#", desc,
                     guests, eid, changed=True)
    htm = gcal_html(title, when_line, zone_line, "tgd-mwqe-zxa", desc, guests, eid).replace(
        "<h2", '<div style="color:#d93025;font-size:13px">This event has been updated: time</div><h2', 1)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261117T180000Z
DTEND:20261117T190000Z
DTSTAMP:{stamp(when, DEN)}
ORGANIZER;CN=Colton Reyes:mailto:colton.reyes@juniperpeak.io
UID:6q8m2kv1l9asgr70pte3hcfjkb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Colton Reyes;X-NUM-GUESTS=0:mailto:colton.reyes@juniperpeak.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bri Hadley;X-NUM-GUESTS=0:mailto:bri.hadley@juniperpeak.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/tgd-mwqe-zxa
CREATED:{stamp("2026-11-05 15:12:00", DEN)}
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:{stamp(when, DEN)}
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{esc(title)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Colton Reyes", "colton.reyes@juniperpeak.io"),
              f"Updated invitation: {title} @ Tue Nov 17, 2026 11am - 12pm (MST) ({ME})", when, DEN,
              "<calendar-4e7b1d22-90a3-4c5f-b8e6-13f2a7d9c046@google.com>",
              relay="mail-sor-f69.google.com", ip="192.0.2.69", reply_to="colton.reyes@juniperpeak.io",
              pre=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# ------------------------------------------------------------------ key 20: staffing agency reschedule, reply on top


@mail(nxt(), family="staffing_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-03-16T20:30:00Z", end=None, contact="bkyle@summittalentpartners.com",
      company="Volunteer Grid Systems", local="Mon 2026-03-16 15:30", zone=CHI,
      days=(("Thu", "2026-03-12"),),
      note="Staffing recruiter replies on his earlier thread: the client moved 'tomorrow' (Thu 12 Mar) to "
           "'Mon 3/16 @ 3:30pm CT / 4:30 your time' -> CDT (-0500): 20:30Z. Quoted part holds the old "
           "time (Thurs 3/12 10a CT). No length. Contact = sender.")
def k20() -> bytes:
    when = "2026-03-11 17:20:03"
    body = t("""
        Hey Kendra, quick update - Marcus got pulled into an incident so Volunteer Grid needs to move tomorrow. New time is Mon 3/16 @ 3:30pm CT / 4:30 your time. Same Teams link he sent. Sorry!! Let me know you got this.

        Brandon

        Sent from my iPhone

        > On Mar 9, 2026, at 7:47 AM, Brandon Kyle <bkyle@summittalentpartners.com> wrote:
        >
        > Hey Kendra! Good news, Volunteer Grid Systems wants to talk to you. You're confirmed for Thurs 3/12 at 10a CT (11a your time). It'll be on Teams, Marcus Boyd (their SOC manager) is sending the link today.
        >
        > Call me after and let me know how it went!
        >
        > Brandon Kyle
        > Sr. Technical Recruiter | Summit Talent Partners
        > 615-555-0163
        """)
    hs = head(addr("Brandon Kyle", "bkyle@summittalentpartners.com"), "Re: Volunteer Grid - confirmed Thurs",
              when, NY, "<9E2D4B71-0A3C-4F68-B5E1-7C8D2A6F4B90@summittalentpartners.com>",
              relay="mail-sn1nam02on2091.outbound.protection.outlook.com", ip="203.0.113.91",
              extra=(("In-Reply-To", "<C7E1F0A2-44B9-4D1E-9B7A-2F3E8C6D1A05@summittalentpartners.com>"),
                     ("References", "<C7E1F0A2-44B9-4D1E-9B7A-2F3E8C6D1A05@summittalentpartners.com>"),
                     ("X-Mailer", "iPhone Mail (21D61)")))
    return message(hs, text(body, cte="8bit"))


# ------------------------------------------------------------------ key 21: Exchange cancellation


@mail(nxt(), family="outlook_exchange", lang="en", interview=True, kind="cancelled",
      start="2026-11-12T15:00:00Z", end="2026-11-12T16:00:00Z", contact="monique.harrell@qchealthpartners.org",
      company="Queen City Health Partners", local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone=NY,
      note="Exchange meeting cancellation (METHOD:CANCEL, STATUS:CANCELLED, TZID 'Eastern Standard Time') of "
           "the Thu 12 Nov 10:00-11:00 AM interview; requisition on hold. EST: 15:00Z-16:00Z. "
           "Contact = organizer/sender.")
def k21() -> bytes:
    when = "2026-11-09 08:55:14"
    note = t("""
        Hi Kendra,

        Unfortunately, the IAM Analyst requisition has been placed on hold due to budget, so I am canceling Thursday's interview with the team. I'm really sorry about this - you were a strong candidate and I'll reach out personally if the role reopens in Q1.

        When: Thursday, November 12, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)

        Thank you for your understanding,
        Monique Harrell
        Talent Acquisition Specialist
        Queen City Health Partners
        """)
    owner = "-1508233177"
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Monique Harrell:mailto:monique.harrell@qchealthpartners.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Kendra Beaumont:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Omar Gillespie:mailto:omar.gillespie@qchealthpartners.org
DESCRIPTION;LANGUAGE=en-US:{esc(note)}
UID:040000008200E00074C5B7101A82E00800000000{_hex("k21uid", 32).upper()}
SUMMARY;LANGUAGE=en-US:Canceled: Interview: Kendra Beaumont - IAM Analyst
DTSTART;TZID=Eastern Standard Time:20261112T100000
DTEND;TZID=Eastern Standard Time:20261112T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:{stamp(when, NY)}
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
{exchange_x(1, owner, busy="FREE")}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Monique Harrell", "monique.harrell@qchealthpartners.org"),
              "Canceled: Interview: Kendra Beaumont - IAM Analyst", when, NY,
              "<DM6PR02MB5915F0E7D2C3B4A5968778695A@DM6PR02MB5915.namprd02.prod.outlook.com>",
              relay="mail-dm6nam11on2100.outbound.protection.outlook.com", ip="203.0.113.100",
              extra=(("Thread-Topic", "Interview: Kendra Beaumont - IAM Analyst"),
                     ("Thread-Index", "AdtRz3k1QwE8b6mTSo2Vx4cP7aNh5g=="), ("Importance", "high"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(note), html(outlook_html(note)),
                           calendar(ics, method="CANCEL", cte="base64")))


# ------------------------------------------------------------------ key 22: recruiter cancels, iso-8859-1


@mail(nxt(), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-19T21:00:00Z", end=None, contact="tshore@oakcityrobotics.com",
      company="Oak City Robotics", local="Thu 2026-11-19 16:00", zone=NY,
      note="Recruiter cancels 'your interview with Josh on Thursday (11/19) at 4 PM ET' (role filled "
           "internally). EST: 21:00Z. No length -> end null. iso-8859-1 quoted-printable. Contact = sender.")
def k22() -> bytes:
    when = "2026-11-16 11:40:50"
    body = t("""
        Hi Kendra,

        I'm so sorry for the short notice, but I need to cancel your interview with Josh on Thursday (11/19) at 4 PM ET. We ended up filling the Security Operations Engineer role internally late last week, and I didn't want you to spend any more time preparing.

        This has nothing to do with your background - Josh was genuinely looking forward to meeting you. With your permission I'll keep your résumé on file for our 2027 openings.

        Thank you for your patience and understanding.

        Best,
        Tiffany Shore
        Talent Acquisition | Oak City Robotics
        Raleigh, NC
        """)
    hs = head(addr("Tiffany Shore", "tshore@oakcityrobotics.com"),
              "Interview on Thursday - cancelled", when, NY,
              "<0f5a1c3e-8d27-4b9e-a6f0-c2d4e1b7a935@oakcityrobotics.com>",
              relay="smtp.oakcityrobotics.com", ip="198.51.100.222",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1"))


# ------------------------------------------------------------------ key 23: Calendly cancellation


@mail(nxt(), family="calendly", lang="en", interview=True, kind="cancelled",
      start="2026-03-10T19:00:00Z", end="2026-03-10T19:45:00Z", contact="erin@bluejaydefense.com",
      company="Bluejay Defense Labs", local="Tue 2026-03-10 15:00", local_end="2026-03-10 15:45", zone=NY,
      note="Calendly 'Canceled' mail: host cancels the 45-minute technical screen '3:00pm - 3:45pm, Tuesday, "
           "March 10, 2026 (Eastern Time - US & Canada)'. Sent Fri 6 Mar in EST; 10 Mar is EDT: 19:00Z-19:45Z. "
           "Contact = Reply-To host.")
def k23() -> bytes:
    when = "2026-03-06 12:30:19"
    body = t("""
        Hi Kendra Beaumont,

        Erin Castellano has canceled the following event.

        Event Type:
        45 Minute Technical Screen

        Event Date/Time:
        3:00pm - 3:45pm, Tuesday, March 10, 2026 (Eastern Time - US & Canada)

        Canceled by:
        Erin Castellano

        Reason for canceling:
        So sorry Kendra - we've paused hiring for this role while we finalize our budget. I'll reach back out if it opens back up.

        Powered by Calendly.com
        """)
    htm = gmail_html(body)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Canceled: 45 Minute Technical Screen between Erin Castellano and Kendra Beaumont @ Tue Mar 10, "
              "2026 3pm - 3:45pm (EDT)", when, NY, "<7b20e9a4c1f356@calendly.com>",
              relay="o7.email.calendly.com", ip="198.51.100.7",
              reply_to=addr("Erin Castellano", "erin@bluejaydefense.com"))
    return message(hs, alt(text(body), html(htm)))


# =========================================================================== negatives
# ------------------------------------------------------------------ key 24: LinkedIn job alert


@mail(nxt(), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job-alert digest; lists openings, nothing scheduled.")
def k24() -> bytes:
    when = "2026-02-20 12:14:07"
    jobs = [
        ("Security Analyst II", "Peachtree Ledger", "Atlanta, GA (Hybrid)", "Actively recruiting", "4011827365"),
        ("SOC Analyst - Tier 2", "Cumberland Medical Group", "Nashville, TN (On-site)", "Be an early applicant",
         "4011930218"),
        ("Cyber Threat Intelligence Analyst", "Kestrel Point Solutions", "Atlanta, GA (On-site)",
         "Secret clearance required", "4012004471"),
        ("Information Security Analyst", "Peach State Credit Union", "Duluth, GA (Hybrid)",
         "3 connections work here", "4012117096"),
        ("Security Engineer, Detection", "Halyard Security", "United States (Remote)", "Promoted",
         "4012240553"),
    ]
    blocks = []
    for title, co, loc, badge, jid in jobs:
        blocks.append(f"{title}\n{co}\n{loc}\n{badge}\nView job: https://www.linkedin.com/comm/jobs/view/{jid}/"
                      f"?trackingId=aB3dE5fG7hI9jK1lM3nO5p%3D%3D&refId=ja_{jid}\n")
    body = t("""
        Your job alert for cybersecurity analyst in Atlanta Metropolitan Area
        30+ new jobs match your preferences.

        """) + "\n".join(blocks) + t("""

        See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=cybersecurity%20analyst&geoId=90000052

        ----------------------------------------
        This email was intended for Kendra Beaumont (SOC Analyst | Splunk | CySA+ | Security+)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job Alert emails.
        Manage job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs
        Help: https://www.linkedin.com/help/linkedin/answer/67

        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """)
    import html as _h
    cards = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e8e8e8"><a href="https://www.linkedin.com/comm/jobs/view/{jid}/" '
        f'style="color:#0a66c2;font-weight:600;font-size:16px;text-decoration:none">{_h.escape(title)}</a><br>'
        f'{_h.escape(co)} &middot; {_h.escape(loc)}<br><span style="color:#01754f;font-size:12px">{_h.escape(badge)}</span></td></tr>'
        for title, co, loc, badge, jid in jobs)
    htm = ('<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#191919">'
           '<table width="512" align="center"><tr><td><h2 style="font-size:18px">Your job alert for cybersecurity analyst '
           'in Atlanta Metropolitan Area</h2><p>30+ new jobs match your preferences.</p></td></tr>' + cards +
           '<tr><td style="padding:16px 0"><a href="https://www.linkedin.com/comm/jobs/search/?keywords=cybersecurity%20analyst">'
           'See all jobs</a></td></tr><tr><td style="font-size:11px;color:#666">This email was intended for Kendra Beaumont. '
           '<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>&copy; 2026 LinkedIn Corporation, '
           '1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr></table></body></html>\n')
    hs = head(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              '"cybersecurity analyst": Peachtree Ledger - Security Analyst II and more', when, "UTC",
              "<1297402374.9421103.1771589647012@ltx1-app5521.prod.linkedin.com>",
              relay="mailb-ag.linkedin.com", ip="198.51.100.171",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("X-LinkedIn-Class", "JOBS-ALERT"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(htm)))


# ------------------------------------------------------------------ key 25: Indeed application receipt


@mail(nxt(), family="application_ack", lang="en", interview=False, company="Cumberland Medical Group",
      note="Indeed Apply receipt; 'may reach out' / 'schedule interviews within two weeks' is generic.")
def k25() -> bytes:
    when = "2026-10-22 20:47:31"
    body = t("""
        Application submitted

        SOC Analyst II
        Cumberland Medical Group - Nashville, TN 37203

        The following items were sent to Cumberland Medical Group. Good luck!
        • Application
        • Resume (Kendra_Beaumont_Resume_2026.pdf)

        Next steps
        • The employer or job advertiser may reach out to you about your application.
        • Many employers schedule interviews within two weeks of receiving applications. Keep your phone and email notifications on so you don't miss a message.

        Track your application: https://myjobs.indeed.com/applied?from=indeedapply_confirm

        Don't share your personal information with anyone who asks for payment or banking details to apply. Learn how to stay safe: https://www.indeed.com/career-advice/finding-a-job/job-scams

        © 2026 Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750
        Unsubscribe: https://www.indeed.com/unsubscribe?t=apply_confirm
        """)
    htm = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:\'Noto Sans\',Helvetica,Arial,sans-serif">')
    hs = head(addr("Indeed Apply", "indeedapply@indeed.com"), "Indeed Application: SOC Analyst II", when, NY,
              "<20261023004731.7d61c0aa19f4e2b3@indeed.com>", relay="mail203.indeed.com", ip="198.51.100.203",
              extra=(("List-Unsubscribe", "<https://www.indeed.com/unsubscribe?t=apply_confirm>"),))
    return message(hs, alt(text(body), html(htm)))


# ------------------------------------------------------------------ key 26: Workday application received (HTML only)


@mail(nxt(), family="application_ack", lang="en", interview=False, company="Southern Crescent Utilities",
      note="Workday 'thank you for applying', HTML only; mentions interviews only as a possible next step.")
def k26() -> bytes:
    when = "2026-10-05 09:31:02"
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p><img src="https://southerncrescent.wd1.myworkdayjobs.com/wday/cxs/southerncrescent/logo" alt="Southern Crescent Utilities" height="40"></p>
        <p>Dear Kendra Beaumont,</p>
        <p>Thank you for applying for the <b>Cybersecurity Analyst III (R-0047213)</b> position at Southern Crescent Utilities. We have received your application and our Talent Acquisition team is reviewing your qualifications.</p>
        <p>If your background is a match for the role, a member of our recruiting team will contact you to discuss next steps, which may include a phone screen and interviews with the hiring team. Due to the volume of applications we receive, we are not able to respond to every applicant individually.</p>
        <p>You can check the status of your application at any time by signing in to your <a href="https://southerncrescent.wd1.myworkdayjobs.com/en-US/SCU_Careers/userHome">candidate home</a>.</p>
        <p>Thank you for your interest in powering the South,</p>
        <p>Southern Crescent Utilities Talent Acquisition</p>
        <p style="font-size:11px;color:#888">Southern Crescent Utilities is an Equal Opportunity Employer. This is an automated message; please do not reply.</p>
        </div></body></html>
        """)
    hs = head(addr("Southern Crescent Utilities", "southerncrescent@myworkday.com"),
              "Thank you for applying - Cybersecurity Analyst III (R-0047213)", when, NY,
              "<1021874117.392015.1790602262340@wd1-prod-mailer-3.myworkday.com>",
              relay="mail-out-3.myworkday.com", ip="198.51.100.93")
    return message(hs, html(htm))


# ------------------------------------------------------------------ key 27: Ashby rejection (thread with key 13)


@mail(nxt(), family="rejection", lang="en", interview=False, company="Halyard Security",
      note="Post-interview rejection from Ashby after the 26 Mar technical interview.")
def k27() -> bytes:
    when = "2026-04-02 21:08:55"
    body = t("""
        Hi Kendra,

        Thank you for taking the time to interview with Halyard Security for the Security Engineer, Detection role. Priyanka really enjoyed working through the detection exercise with you.

        After a lot of consideration, we've decided to move forward with other candidates whose experience more closely matches what we need right now. This was a tough decision, and it isn't a reflection of your abilities.

        We'd love to stay in touch, and we'll reach out if a role opens up that looks like a better fit.

        Wishing you the best in your search,
        Mateo Alvarez
        Recruiting, Halyard Security
        """)
    hs = head(addr("Halyard Security", "no-reply@ashbyhq.com"),
              "Update on your application to Halyard Security", when, "UTC",
              "<0100019d4e81c3a7-1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>",
              relay="a48-113.smtp-out.amazonses.com", ip="198.51.100.113",
              reply_to=addr("Mateo Alvarez", "mateo@halyardsecurity.com"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------ key 28: offer (thread with key 5)


@mail(nxt(), family="offer", lang="en", interview=False, company="Citrus Vault Security",
      days=(("Fri", "2026-11-20"), ("Mon", "2026-12-07")),
      note="Offer letter mail with a signing deadline and a start date; no interview.")
def k28() -> bytes:
    when = "2026-11-13 10:12:40"
    body = t("""
        Hi Kendra,

        I'm thrilled to share that Citrus Vault Security would like to offer you the position of Security Operations Analyst! The whole team loved meeting you on the 2nd, and Leigh Anne was especially impressed with how you walked through the phishing tabletop.

        Your offer letter is on its way through DocuSign. Highlights:
        - Base salary: $98,500
        - Sign-on bonus: $5,000
        - Relocation assistance to Orlando: up to $7,500
        - Proposed start date: Monday, December 7, 2026

        Please review and sign by Friday, 11/20 at 5:00 PM EST. If you have any questions or want to talk anything through, I'm happy to hop on a call anytime - just text me at 407-555-0159.

        Congratulations!

        Alyssa Fontaine
        Recruiting Lead | Citrus Vault Security
        """)
    hs = head(addr("Alyssa Fontaine", "alyssa.fontaine@citrusvault.com"),
              "Offer - Security Operations Analyst - Citrus Vault Security", when, NY,
              "<CAH2kLp8Rt4Yw6Ui8Op0As2Df4Gh6Jk8Lz0Xc2Vb4Nm6Qw8Er0T@mail.gmail.com>",
              relay="mail-qt1-f177.google.com", ip="192.0.2.177")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------ key 29: ClearanceJobs outreach


@mail(nxt(), family="recruiter_outreach", lang="en", interview=False, company="Kestrel Point Solutions",
      note="ClearanceJobs message relay: recruiter asks for availability for a quick call; nothing fixed.")
def k29() -> bytes:
    when = "2026-10-14 15:48:22"
    body = t("""
        You have a new message on ClearanceJobs

        From: Travis Gentry, Kestrel Point Solutions
        Subject: Cyber Analyst - Atlanta - Secret

        Hey Kendra,

        Hope you're doing well! I came across your profile and your active Secret caught my eye. We've got a Cyber Analyst opening supporting a DHS customer here in Atlanta (onsite 3 days/wk, up to $115K). Would you be open to a quick phone call sometime this week or next to touch base? Send me a few times that work for you and I'll make it happen.

        Thanks,
        Travis

        Reply to Travis: https://www.clearancejobs.com/messages/thread/88321457

        To protect your privacy, replies go through ClearanceJobs messaging. You're receiving this because your profile is visible to recruiters. Manage notifications: https://www.clearancejobs.com/settings/notifications
        """)
    hs = head(addr("ClearanceJobs", "notifications@clearancejobs.com"),
              "New message from Travis Gentry (Kestrel Point Solutions)", when, NY,
              "<msg.88321457.1792014502@clearancejobs.com>", relay="mta2.clearancejobs.com", ip="198.51.100.52")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------ key 30: self-schedule link


@mail(nxt(), family="scheduling_link", lang="en", interview=False, company="Piedmont Freight Tech",
      days=(("Fri", "2026-03-06"),),
      note="Recruiter asks the candidate to book a slot on her Calendly; nothing booked yet.")
def k30() -> bytes:
    when = "2026-03-02 14:05:31"
    body = t("""
        Hey Kendra!

        Congrats on moving forward for the Security Analyst role! Next step is a 30-minute hiring manager screen with Chris Ingram. Please grab whatever slot works best for you on my Calendly:

        https://calendly.com/kayla-odom-pft/hm-screen-30

        Try to get something booked by Friday (3/6) if you can so we can keep things moving. If none of those times work, just reply and I'll see what I can do.

        Thanks!
        Kayla Odom
        Talent Acquisition Coordinator | Piedmont Freight Tech
        678-555-0104
        """)
    hs = head(addr("Kayla Odom", "kayla.odom@piedmontfreight.tech"),
              "Next step: hiring manager screen (Security Analyst)", when, NY,
              "<DS7PR12MB6048A1B2C3D4E5F60718293A4B@DS7PR12MB6048.namprd12.prod.outlook.com>",
              relay="mail-ds7nam10on2093.outbound.protection.outlook.com", ip="203.0.113.93",
              extra=(("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(outlook_html(body))))


# ------------------------------------------------------------------ key 31: slot proposals (thread with key 22)


@mail(nxt(), family="slot_proposal", lang="en", interview=False, company="Oak City Robotics",
      days=(("Mon", "2026-11-16"), ("Wed", "2026-11-18"), ("Thu", "2026-11-19")),
      note="Recruiter proposes three slots and asks the candidate to pick one; none agreed in this mail.")
def k31() -> bytes:
    when = "2026-11-11 14:22:09"
    body = t("""
        Hi Kendra,

        Thanks for chatting with me Monday! Josh Whitmire, our SecOps lead, would like to meet with you for a 45-minute video interview. Would any of these work?

        - Mon 11/16, 1:00 PM
        - Wed 11/18, 10:00 AM
        - Thurs 11/19, 4:00 PM

        (all Eastern)

        Just let me know which one works best and I'll send over the invite.

        Best,
        Tiffany Shore
        Talent Acquisition | Oak City Robotics
        """)
    hs = head(addr("Tiffany Shore", "tshore@oakcityrobotics.com"), "Next step - interview with Josh", when, NY,
              "<5e9b2d70-3c1a-4f8e-b6d2-a7f0c9e1d384@oakcityrobotics.com>",
              relay="smtp.oakcityrobotics.com", ip="198.51.100.222",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1"))


# ------------------------------------------------------------------ key 32: take-home deadline (thread with key 10)


@mail(nxt(), family="take_home", lang="en", interview=False, company="Triangle Packet Labs",
      days=(("Mon", "2026-03-30"),),
      note="Take-home exercise with a return deadline; the panel is only mentioned as a later step.")
def k32() -> bytes:
    when = "2026-03-20 10:31:47"
    body = t("""
        Hey Kendra,

        Great chatting yesterday! As promised, here's the next step: a short take-home. It's a log-analysis exercise, a Splunk export from a lab environment plus a handful of questions about what you'd escalate and why. Most folks spend about 3 hours on it; please don't spend more than 4.

        Please send it back by Monday 3/30 by 9:00 AM ET. Once the team reviews it, we'll circle back about a panel.

        Link to the files (expires in 14 days): https://trianglepacket.sharefile.com/d-s7c1e2f3a4b5c6d7e

        Holler if anything's unclear.

        Caleb
        """)
    hs = head(addr("Caleb Norwood", "caleb.norwood@trianglepacket.com"),
              "Triangle Packet Labs - take-home exercise", when, NY,
              "<CAP3vQx2Bb4Dd6Ff8Hh0Jj2Ll4Nn6Pp8Rr0Tt2Vv4Xx6Zz8Ab0c@mail.gmail.com>",
              relay="mail-yw1-f172.google.com", ip="192.0.2.172")
    return message(hs, alt(text(body, charset="UTF-8"), html(gmail_html(body), charset="UTF-8")))


# ------------------------------------------------------------------ key 33: assessment invite


@mail(nxt(), family="assessment", lang="en", interview=False, company="Dogwood Energy",
      days=(("Tue", "2026-03-24"),),
      note="HackerRank-style online assessment invite with an expiry; not an interview.")
def k33() -> bytes:
    when = "2026-03-18 16:20:13"
    body = t("""
        Hi Kendra,

        Dogwood Energy has invited you to take the Cybersecurity Analyst Assessment.

        Test duration: 90 minutes
        Test expires: Tue, Mar 24, 2026 11:59 PM EDT

        Start test: https://www.hackerrank.com/test/8c0a1b2d3e4/login?b=eyJ1c2VybmFtZSI6ImtlbmRyYS5iZWF1bW9udCJ9

        Before you begin:
        - Use a laptop or desktop with a stable internet connection.
        - The test includes multiple-choice questions on networking and incident response, plus two log-analysis tasks.
        - Once started, the timer cannot be paused.

        Good luck!
        The HackerRank Team on behalf of Dogwood Energy
        """)
    hs = head(addr("HackerRank", "support@hackerrankforwork.com"),
              "Dogwood Energy invited you to take the Cybersecurity Analyst Assessment", when, NY,
              "<0100019c1f7e2a44-3d4e5f60-7182-4a93-b4c5-d6e7f8091a2b-000000@email.amazonses.com>",
              relay="a9-17.smtp-out.amazonses.com", ip="198.51.100.17")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------ key 34: dentist reminder


@mail(nxt(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-17"),),
      note="Dentist appointment reminder (windows-1252 QP); a fixed time, but not an interview.")
def k34() -> bytes:
    when = "2026-03-13 08:00:05"
    body = t("""
        Hi Kendra,

        This is a friendly reminder of your upcoming appointment at Ponce Family Dental:

        Tue, Mar 17 at 8:00 AM
        Dr. Imani Sutton – Cleaning & Exam
        Ponce Family Dental, 675 Ponce de Leon Ave NE, Suite 210, Atlanta, GA 30308

        Please reply C to confirm or call us at (404) 555-0170 to reschedule. We ask for 24 hours’ notice for cancellations.

        See you soon!
        Ponce Family Dental

        To stop receiving reminder emails, click here: https://remind.pfdental-mail.com/u/kb8812
        """)
    hs = head(addr("Ponce Family Dental", "reminders@pfdental-mail.com"),
              "Appointment Reminder - Ponce Family Dental", when, NY,
              "<r.20260313.8812.kb@pfdental-mail.com>", relay="out1.pfdental-mail.com", ip="198.51.100.61")
    return message(hs, text(body, charset="windows-1252"))


# ------------------------------------------------------------------ key 35: 1:1 with current manager (Exchange, auto-forwarded)


@mail(nxt(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Weekly 1:1 invitation from her current manager (Exchange, recurring), auto-forwarded from the "
           "work mailbox; not an interview.")
def k35() -> bytes:
    when = "2026-10-30 16:44:09"
    note = t("""
        Moving our 1:1 to Thursday mornings starting 11/5 now that sprint planning took over Tuesdays. Bring your Q4 vuln metrics and anything on the CrowdStrike rollout.

        -Greg

        """) + teams("k35", "281 447 902 316", "Zr4Kb9", "+1 470-555-0150,,718204633#", "Atlanta",
                     "718 204 633") + "\n"
    owner = "1733990182"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Greg Whitlow:mailto:greg.whitlow@fultonmutual.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kendra Beaumont:mailto:kendra.beaumont@fultonmutual.com
DESCRIPTION;LANGUAGE=en-US:{esc(note)}
RRULE:FREQ=WEEKLY;UNTIL=20270325T133000Z;INTERVAL=1;BYDAY=TH;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000{_hex("k35uid", 32).upper()}
SUMMARY;LANGUAGE=en-US:Kendra / Greg 1:1
DTSTART;TZID=Eastern Standard Time:20261105T093000
DTEND;TZID=Eastern Standard Time:20261105T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp(when, NY)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
{exchange_x(0, owner, insttype=1)}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Greg Whitlow", "greg.whitlow@fultonmutual.com"), "Kendra / Greg 1:1", when, NY,
              "<CH0PR05MB9981D2E3F4A5B6C7D8E9F0A1B2@CH0PR05MB9981.namprd05.prod.outlook.com>",
              relay="mail-ch0nam05on2113.outbound.protection.outlook.com", ip="203.0.113.113",
              to=addr("Kendra Beaumont", "kendra.beaumont@fultonmutual.com"),
              pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"kendra.beaumont@fultonmutual.com {ME}")),
              extra=(("Thread-Topic", "Kendra / Greg 1:1"), ("Thread-Index", "AdtJ9q0c4Hf2Ww7RQeSu3b1xVk8Zmw=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(note), html(outlook_html(note)), calendar(ics, method="REQUEST", cte="base64")))


# ------------------------------------------------------------------ key 36: apartment tour


@mail(nxt(), family="non_interview_calendar", lang="en", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Apartment tour confirmation with an ICS; a fixed time, not an interview.")
def k36() -> bytes:
    when = "2026-11-10 19:26:50"
    body = t("""
        Your tour is confirmed!

        The Vireo Midtown
        Saturday, November 14, 2026 at 11:00 AM EST
        Self-guided tour of a 1 bed / 1 bath (Unit 1412)

        Address: 880 W Peachtree St NW, Atlanta, GA 30309

        Please arrive a few minutes early and check in at the leasing office kiosk with a photo ID. Parking for visitors is on level P1.

        Need to change your plans? Reschedule or cancel: https://tourly.io/t/vireo-midtown/7f3d91

        We can't wait to show you around!
        The Vireo Midtown Leasing Team
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tourly//Tour Scheduler 3.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:tour-7f3d91@tourly.io
DTSTAMP:{stamp(when, NY)}
DTSTART:20261114T160000Z
DTEND:20261114T163000Z
SUMMARY:Apartment tour - The Vireo Midtown
LOCATION:880 W Peachtree St NW\\, Atlanta\\, GA 30309
DESCRIPTION:Self-guided tour of Unit 1412. Check in at the leasing office kiosk.
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("The Vireo Midtown", "no-reply@tourly.io"), "Your tour at The Vireo Midtown is confirmed",
              when, NY, "<tour-7f3d91.confirm@tourly.io>", relay="mail.tourly.io", ip="198.51.100.88")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="tour.ics", disposition="attachment")))


# ------------------------------------------------------------------ key 37: meetup RSVP titled "Interviews with SOC Leads"


@mail(nxt(), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-03-19"),),
      note="Meetup RSVP for a community event whose title contains 'Interviews'; not a job interview.")
def k37() -> bytes:
    when = "2026-03-12 23:15:40"
    body = t("""
        You're going!

        Threat Hunting Night: Interviews with SOC Leads
        ATL Blue Team Meetup

        Thursday, March 19, 2026
        6:30 PM to 8:30 PM EDT

        Atlanta Tech Village
        3423 Piedmont Rd NE, Atlanta, GA

        Three SOC leads from around Atlanta sit down for live interviews about how they hunt, what they look for in new analysts, and the tooling they actually use. Pizza + drinks provided. Bring questions!

        Can't make it? Change your RSVP: https://www.meetup.com/atl-blue-team/events/304118872/

        See you there,
        The Meetup team
        """)
    hs = head(addr("Meetup", "info@email.meetup.com"),
              "You're going to \"Threat Hunting Night: Interviews with SOC Leads\"", when, NY,
              "<1773371740512.304118872.rsvp@meetup.com>", relay="mta-202.email.meetup.com", ip="198.51.100.202",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/?unsub=rsvp>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------ key 38: webinar titled like an interview (Zoom)


@mail(nxt(), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Zoom webinar registration 'Live Interview Teardown: SOC Analyst Edition' with ICS; marketing "
           "event, not the candidate's interview.")
def k38() -> bytes:
    when = "2026-11-09 12:02:33"
    body = t("""
        Hi Kendra Beaumont,

        Thank you for registering for "Live Interview Teardown: SOC Analyst Edition".

        Please submit any questions to: webinars@cybercareersacademy.com

        Date Time: Nov 18, 2026 07:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86652014477?tk=q7GmA2tYz0kVf5aP1sE3nBhX8cR6wJ4uL9dO2iN0e

        Passcode: 740215

        Description: Watch a real hiring manager run a mock SOC analyst interview live, then break down every answer. Wednesday night, one hour, free for registrants. Replay available to CyberCareers Academy members.

        Add to Calendar: https://us06web.zoom.us/webinar/tJwsd-uqrD0vHtW/ics?user_id=zJ_E9p

        You can cancel your registration at any time.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:{stamp(when, NY)}
DTSTART:20261119T000000Z
DTEND:20261119T010000Z
SUMMARY:Live Interview Teardown: SOC Analyst Edition
UID:20261109T170233Z-86652014477@fe80:0:0:0:1c3:abff:fe2a:0000ens5
TZID:America/New_York
DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/86652014477
LOCATION:https://us06web.zoom.us/w/86652014477
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("CyberCareers Academy", "no-reply@zoom.us"),
              "CyberCareers Academy: Live Interview Teardown: SOC Analyst Edition Confirmation", when, NY,
              "<E6B1C0D8F2A34E5B9C7D1E2F3A4B5C6D@zoom.us>", relay="mailout12.zoom.us", ip="198.51.100.12",
              reply_to="webinars@cybercareersacademy.com")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, filename="invite.ics", disposition="attachment")))


# ------------------------------------------------------------------ key 39: mock interview with a coach (Calendly)


@mail(nxt(), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Sun", "2026-11-08"),),
      note="Calendly confirmation of a paid mock interview with a career coach; a fixed time, but not a job "
           "interview.")
def k39() -> bytes:
    when = "2026-11-06 21:17:44"
    body = t("""
        Hi Kendra Beaumont,

        Your event has been scheduled.

        Event Type:
        Mock Interview (60 min) - Cybersecurity Roles

        Invitee:
        Kendra Beaumont

        Event Date/Time:
        6:00pm - 7:00pm, Sunday, November 8, 2026 (Eastern Time - US & Canada)

        Location:
        Zoom - link in your calendar invite

        Questions:
        What role/company are you practicing for?
        Final round on Tuesday, senior security analyst at a cloud company in Nashville. Want to practice the incident scenario part + "tell me about yourself."

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/41b7d2e0-8a3f-4c19-9e6d-5f0a2b8c7d14
        Reschedule: https://calendly.com/reschedulings/41b7d2e0-8a3f-4c19-9e6d-5f0a2b8c7d14

        Powered by Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Mock Interview (60 min) - Cybersecurity Roles between Renee Holloway and Kendra "
              "Beaumont @ Sun Nov 8, 2026 6pm - 7pm (EST)", when, NY, "<41b7d2e08a3f4c19@calendly.com>",
              relay="o7.email.calendly.com", ip="198.51.100.7",
              reply_to=addr("Renee Holloway", "renee@hollowaycareercoaching.com"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------ key 40: podcast interview


@mail(nxt(), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-03-24"),),
      note="Podcast host confirms a recording session interviewing the candidate about her talk; not a job "
           "interview.")
def k40() -> bytes:
    when = "2026-03-17 20:41:03"
    body = t("""
        Hey Kendra!

        We're locked in to record your interview for Hacker Porch on Tuesday 3/24 at 4:00 PM ET. We'll use Riverside so the audio stays clean: https://riverside.fm/studio/hacker-porch?t=9a1c4e

        Rough plan, about an hour:
        - your BSides talk on catching MFA fatigue attacks
        - how you got into the SOC from the help desk
        - a lightning round (no wrong answers, promise)

        Wired headphones if you've got 'em. Looking forward to it!

        Dwayne Tolliver
        Host, Hacker Porch podcast
        """)
    hs = head(addr("Dwayne Tolliver", "dwayne@hackerporch.fm"), "Hacker Porch recording - Tues 3/24", when, NY,
              "<CAB7nLq5Xy3Wv1Ut9Sr7Qp5On3Ml1Kj9Ih7Gf5Ed3Cb1Az9Yx7W@mail.gmail.com>",
              relay="mail-lj1-f170.google.com", ip="192.0.2.170")
    return message(hs, alt(text(body, charset="UTF-8"), html(gmail_html(body), charset="UTF-8")))


# ------------------------------------------------------------------ key 41: she is the interviewer (forwarded from work)


@mail(nxt(), family="interviewer_notice", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="The candidate forwards from her work account a Greenhouse notice that SHE will interview someone "
           "for her current employer; not her own interview.")
def k41() -> bytes:
    when = "2026-11-05 17:58:21"
    body = t("""
        fwd so I remember to do the scorecard from home

        -----Original Message-----
        From: Greenhouse <no-reply@greenhouse.io>
        Sent: Thursday, November 5, 2026 3:12 PM
        To: Kendra Beaumont <kendra.beaumont@fultonmutual.com>
        Subject: Interview scheduled: Jordan Pike for SOC Analyst I

        Hi Kendra,

        You've been scheduled to interview Jordan Pike for SOC Analyst I at Fulton Mutual Insurance.

        Wednesday, November 11, 2026
        1:00 PM - 1:45 PM EST
        Interview: Technical Screen (Log Triage)
        Location: Microsoft Teams

        Interview kit: https://app.greenhouse.io/guides/5511902/people/88120431?application_id=99410277
        Resume: https://app.greenhouse.io/people/88120431/applications/99410277/resume

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Fulton Mutual Recruiting
        """)
    hs = head(addr("Kendra Beaumont", "kendra.beaumont@fultonmutual.com"),
              "FW: Interview scheduled: Jordan Pike for SOC Analyst I", when, NY,
              "<CH0PR05MB99817F1E2D3C4B5A69788796A5@CH0PR05MB9981.namprd05.prod.outlook.com>",
              relay="mail-ch0nam05on2113.outbound.protection.outlook.com", ip="203.0.113.113",
              extra=(("Thread-Topic", "Interview scheduled: Jordan Pike for SOC Analyst I"),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(outlook_html(body))))


# ------------------------------------------------------------------ key 42: reference call (thread with key 15)


@mail(nxt(), family="reference_check", lang="en", interview=False, company="Brightleaf Insurance",
      days=(("Tue", "2026-03-31"),),
      note="Recruiter tells the candidate a reference call with her former manager is set; the candidate is "
           "not on the call, not an interview.")
def k42() -> bytes:
    when = "2026-03-26 15:37:26"
    body = t("""
        Hi Kendra,

        Thanks for sending over your references so quickly! Just a heads up that I've scheduled a reference call with Dr. Angela Morris for Tuesday 3/31 at 11:00 AM ET, and I'm still waiting to hear back from Mike Kessler.

        No action needed on your end - but if you want to give them a quick heads up that I'll be calling, that always helps.

        I'll touch base with you later next week.

        Courtney Ledbetter
        Senior Talent Acquisition Specialist
        Brightleaf Insurance | Raleigh, NC
        """)
    hs = head(addr("Courtney Ledbetter", "cledbetter@brightleafins.com"), "References - quick update", when, NY,
              "<BL1PR13MB5523C4D5E6F7A8B9C0D1E2F3A4@BL1PR13MB5523.namprd13.prod.outlook.com>",
              relay="mail-bl1nam13on2101.outbound.protection.outlook.com", ip="203.0.113.101",
              extra=(("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(outlook_html(body))))


# ------------------------------------------------------------------ key 43: out-of-office reply (thread with key 4)


@mail(nxt(), family="auto_reply", lang="en", interview=False, company="Magnolia Health Systems",
      days=(("Mon", "2026-11-09"), ("Fri", "2026-11-13"), ("Mon", "2026-11-16")),
      note="Out-of-office auto-reply to the candidate's thank-you note after the panel.")
def k43() -> bytes:
    when = "2026-11-06 17:41:12"
    body = t("""
        Thank you for your email. I am out of the office Monday, November 9 through Friday, November 13 with limited access to email, and will respond when I return on Monday, November 16.

        For urgent recruiting matters, please contact talent@magnoliahealth.org.

        Rhonda Pettway
        Talent Acquisition | Magnolia Health Systems
        """)
    hs = head(addr("Rhonda Pettway", "rhonda.pettway@magnoliahealth.org"),
              "Automatic reply: Thank you - Panel Interview", when, CHI,
              "<SJ0PR08MB8232A7B6C5D4E3F2A1B0C9D8E7@SJ0PR08MB8232.namprd08.prod.outlook.com>",
              relay="mail-sj0nam08on2104.outbound.protection.outlook.com", ip="203.0.113.104",
              extra=(("In-Reply-To", "<CAKb8Mz1Np3Rt5Vx7Zb9Dd1Ff3Hh5Jj7Ll9Nn1Pp3Rr5Tt7Vv9X@mail.gmail.com>"),
                     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "rhonda.pettway@magnoliahealth.org"),
                     ("Thread-Topic", "Thank you - Panel Interview"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(outlook_html(body))))


# ------------------------------------------------------------------ key 44: bounce of a thank-you note


@mail(nxt(), family="bounce", lang="en", interview=False, company=None,
      note="Postfix delivery-status notification: the candidate's thank-you note to a misspelt domain "
           "bounced. The returned message talks about today's interview; nothing is scheduled.")
def k44() -> bytes:
    when = "2026-03-13 19:02:51"
    orig_when = "2026-03-13 19:02:40"
    orig_body = t("""
        Hi Derrick,

        Thank you so much for taking the time to meet with me this afternoon about the Cyber Threat Analyst role. I really enjoyed hearing how your team is building out the intel program, and the discussion about tracking initial access brokers got me even more excited about the position.

        Please let me know if there's anything else I can send over. I hope you have a great weekend!

        Best,
        Kendra Beaumont
        """)
    orig = message([("From", TO), ("To", "Derrick Vance <derrick.vance@carolinamutal.com>"),
                    ("Cc", "Whitney Alston <whitney.alston@carolinamutual.com>"),
                    ("Subject", "Thank you - Cyber Threat Analyst interview"), ("Date", date(orig_when, NY)),
                    ("Message-ID", "<CAKb8Mz4Qs6Uw8Yb0De2Gh4Jk6Mn8Pr0Tu2Wx4Za6Cd8Fh0Jl2N@mail.gmail.com>")],
                   text(orig_body, charset="UTF-8"))
    notice = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <derrick.vance@carolinamutal.com>: Host or domain name not found. Name service
            error for name=carolinamutal.com type=AAAA: Host not found
        """)
    dsn = t(f"""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4F2A91C0B7
        X-Postfix-Sender: rfc822; {ME}
        Arrival-Date: {date(orig_when, NY)}

        Final-Recipient: rfc822; derrick.vance@carolinamutal.com
        Original-Recipient: rfc822;derrick.vance@carolinamutal.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=carolinamutal.com type=AAAA: Host not found
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], dsn),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Delivered-To", ME),
          ("Received", f"by mx1.example.com (Postfix)\r\n id 7C3E20A1F4; {date('2026-03-13 23:02:51', 'UTC')}"),
          ("From", "MAILER-DAEMON@mx1.example.com (Mail Delivery System)"),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date(when, NY)),
          ("Message-ID", "<20260313230251.7C3E20A1F4@mx1.example.com>"), ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


# ------------------------------------------------------------------ key 45: newsletter about interviewing


@mail(nxt(), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Substack newsletter about panel interviews; List-Unsubscribe, no appointment.")
def k45() -> bytes:
    when = "2026-11-08 07:00:12"
    body = t("""
        THE SOC SHIFT
        Issue #112 · Nailing the panel interview (and the 3 questions to ask at the end)

        Happy Sunday, y'all \u2615

        A reader wrote in last week: "I have a four-person panel Thursday and I'm freaking out." Been there. Here's what I've learned from sitting on both sides of the table:

        1. Talk to the whole panel, not just the person who asked. The quiet engineer in the corner often has the strongest vote.
        2. Bring one incident story you know cold. Timeline, what you saw, what you escalated, what you'd do differently.
        3. Treat the scenario question as a conversation. Say your assumptions out loud.

        And at the end, ask:
        - "What does a great first 90 days look like in this role?"
        - "How does the team handle alert fatigue?"
        - "What's the on-call rotation really like?"

        That's it for this week. Good luck out there, and go get that offer \U0001f6e1\ufe0f

        - Marisol

        You're receiving this because you subscribed to The SOC Shift.
        Unsubscribe: https://thesocshift.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0NDEyOTA3
        """)
    hs = head(addr("The SOC Shift", "thesocshift@substack.com"),
              "Nailing the panel interview (and the 3 questions to ask at the end)", when, NY,
              "<20261108120012.3.a91c7f20b4e5d6c8@mg1.substack.com>", relay="mg1.substack.com", ip="198.51.100.44",
              extra=(("List-Unsubscribe", "<https://thesocshift.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0NDEyOTA3>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<thesocshift.substack.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# ------------------------------------------------------------------ key 46: post-interview "we'll circle back" (thread with key 12)


@mail(nxt(), family="post_interview", lang="en", interview=False, company="Music City Cloud",
      days=(("Wed", "2026-11-11"),),
      note="Coordinator replies on top of the candidate's thank-you note after the final round: decision "
           "timing only, nothing scheduled.")
def k46() -> bytes:
    when = "2026-11-12 15:05:38"
    body = t("""
        Hey Kendra!

        Thank you so much for the kind note - the team really enjoyed meeting you Tuesday, and Jenna said your walkthrough of the ransomware scenario was one of the best she's heard. We're wrapping up final rounds this week and will circle back with you by the end of next week at the latest.

        Hope you have a great weekend!

        Hannah

        On Wed, Nov 11, 2026 at 8:14 AM Kendra Beaumont <kendra.beaumont@example.com> wrote:
        > Hi Hannah,
        >
        > I just wanted to say thank you for coordinating everything for yesterday's final round. Please pass along my thanks to Ray, Jenna, Malik and Scott. I really enjoyed the conversations and I'm even more excited about the Senior Security Analyst role.
        >
        > Best,
        > Kendra
        """)
    hs = head(addr("Hannah Whitsett", "hannah.whitsett@musiccitycloud.com"),
              "Re: Thank you - Senior Security Analyst final round", when, CHI,
              "<CAGm4Vp7Nb9Rd1Tf3Vh5Xj7Zl9Bn1Dp3Fr5Ht7Jv9Lx1Nz3Pb5R@mail.gmail.com>",
              relay="mail-oi1-f181.google.com", ip="192.0.2.181",
              extra=(("In-Reply-To", "<CAKb8Mz7Tv9Xz1Bc3Ef5Hi7Kl9No1Qr3Tu5Wx7Za9Cd1Fg3Ij5L@mail.gmail.com>"),
                     ("References", "<CAKb8Mz7Tv9Xz1Bc3Ef5Hi7Kl9No1Qr3Tu5Wx7Za9Cd1Fg3Ij5L@mail.gmail.com>")))
    return message(hs, alt(text(body, charset="UTF-8"), html(gmail_html(body), charset="UTF-8")))


# ------------------------------------------------------------------ key 47: USAJOBS status update (thread with key 8)


@mail(nxt(), family="application_status", lang="en", interview=False, company="Federal Grid Security Administration",
      note="USAJOBS status change 'Referred'; says the agency will contact selected candidates for interviews.")
def k47() -> bytes:
    when = "2026-10-20 06:12:30"
    body = t("""
        USAJOBS

        Your application status has been updated

        IT Specialist (INFOSEC)
        Federal Grid Security Administration
        Announcement number: FGSA-27-0419-DE
        Application status: Referred

        Your application has been referred to the hiring manager for further consideration. If you are selected for an interview, the hiring agency will contact you directly. You may receive additional status updates as the hiring process moves forward.

        Track this application: https://www.usajobs.gov/applicant/applications/track/8842113

        Please do not reply to this email. This mailbox is not monitored.
        USAJOBS is a service of the U.S. Office of Personnel Management.
        """)
    hs = head(addr("USAJOBS", "no-reply@usajobs.gov"), "USAJOBS - Your application status has been updated", when, NY,
              "<a7e31f05-92c4-4b6d-8e1a-3f5c7d9b2e40@usajobs.gov>", relay="smtp-out2.usajobs.gov",
              ip="198.51.100.124")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ------------------------------------------------------------------ key 48: GoodTime availability received (thread with key 21)


@mail(nxt(), family="availability_received", lang="en", interview=False, company="Queen City Health Partners",
      days=(("Wed", "2026-11-11"), ("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
      note="GoodTime acknowledges the candidate's submitted availability windows; the interview is not booked "
           "yet ('you'll receive a confirmation').")
def k48() -> bytes:
    when = "2026-11-03 13:26:19"
    body = t("""
        Hi Kendra,

        Thanks for sharing your availability for your interview for IAM Analyst with Queen City Health Partners! Here's what you submitted (Eastern Time):

        Wed, Nov 11: 9:00 AM - 12:00 PM
        Thu, Nov 12: 10:00 AM - 2:00 PM
        Fri, Nov 13: 1:00 PM - 4:00 PM

        Our team will match these times with the interviewers' calendars. Once your interview has been scheduled, you'll receive a confirmation email with all the details.

        Need to update your availability? https://app.goodtime.io/availability/qchp/6ba0e3f1

        Queen City Health Partners Recruiting

        Scheduled with GoodTime
        """)
    hs = head(addr("Queen City Health Partners Recruiting", "no-reply@goodtime.io"),
              "Thanks for sharing your availability", when, NY, "<20261103182619.6ba0e3f1.7702@mail.goodtime.io>",
              relay="mail.goodtime.io", ip="198.51.100.66",
              reply_to=addr("Monique Harrell", "monique.harrell@qchealthpartners.org"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ------------------------------------------------------------------ key 49: background-investigation subject interview


@mail(nxt(), family="background_investigation", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Clearance investigator confirms a background-investigation subject interview at a fixed time; "
           "part of a security clearance, not a job interview (judgement call).")
def k49() -> bytes:
    when = "2026-11-09 10:18:42"
    body = t("""
        Ms. Beaumont,

        This email confirms your Enhanced Subject Interview in connection with the background investigation initiated on your behalf by Sentinel Ridge Federal.

        Date/Time: Thursday, 11/19/2026 at 0900 hours (Eastern)
        Location: 230 Peachtree St NW, Suite 1920, Atlanta, GA 30303 (check in with building security, then Suite 1920)
        Expected duration: 2-3 hours

        Please bring:
        - A government-issued photo ID
        - A copy of your completed SF-86 (e-QIP)
        - Addresses and contact information for any references or employers you have added or changed since submission
        - Passport, if you have one

        If you need to reschedule, please call me at 404-555-0135 at least 24 hours in advance. Do not reply with any personally identifiable information by email.

        Gary Lindqvist
        Background Investigator
        Keystone Investigative Services, LLC
        On behalf of the Defense Counterintelligence and Security Agency
        """)
    hs = head(addr("Gary Lindqvist", "gary.lindqvist@keystoneinvestigative.com"),
              "Subject Interview Confirmation - 11/19", when, NY,
              "<PH0PR17MB6649E2F1A0B9C8D7E6F5A4B3C2@PH0PR17MB6649.namprd17.prod.outlook.com>",
              relay="mail-ph0nam17on2119.outbound.protection.outlook.com", ip="203.0.113.119",
              extra=(("Accept-Language", "en-US"), ("Content-Language", "en-US")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# ------------------------------------------------------------------ key 50: onboarding / first day (thread with keys 5, 28)


@mail(nxt(), family="onboarding", lang="en", interview=False, company="Citrus Vault Security",
      days=(("Mon", "2026-12-07"),),
      note="New-hire first-day and orientation details after the accepted offer; not an interview.")
def k50() -> bytes:
    when = "2026-11-24 11:30:00"
    body = t("""
        Welcome to Citrus Vault, Kendra!

        We're so excited you're joining the Security Operations team. Here's everything you need for your first day.

        Start date: Monday, December 7, 2026
        Arrival: 8:30 AM at 200 S Orange Ave, 14th floor (ask for Alyssa at the front desk)
        New Hire Orientation: 9:00 AM - 12:00 PM, Conference Room Kumquat
        Lunch with your team: 12:00 PM, on us!

        Before your first day:
        1. Complete your I-9 Section 1 and benefits enrollment in Workday (link sent separately).
        2. Bring original documents for I-9 Section 2 (see the list of acceptable documents).
        3. Send your preferred laptop setup (Mac or Windows) to it-onboarding@citrusvault.com.

        See you soon!
        The Citrus Vault People Team
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#24292f">
        <div style="background:#ff8a00;color:#fff;padding:16px;font-size:20px;font-weight:bold">Welcome to Citrus Vault, Kendra! &#127818;</div>
        <p>We&#39;re so excited you&#39;re joining the Security Operations team. Here&#39;s everything you need for your first day.</p>
        <ul>
        <li><b>Start date:</b> Monday, December 7, 2026</li>
        <li><b>Arrival:</b> 8:30 AM at 200 S Orange Ave, 14th floor (ask for Alyssa at the front desk)</li>
        <li><b>New Hire Orientation:</b> 9:00 AM - 12:00 PM, Conference Room Kumquat</li>
        <li><b>Lunch with your team:</b> 12:00 PM, on us!</li>
        </ul>
        <p><b>Before your first day:</b></p>
        <ol>
        <li>Complete your I-9 Section 1 and benefits enrollment in Workday (link sent separately).</li>
        <li>Bring original documents for I-9 Section 2 (see the list of acceptable documents).</li>
        <li>Send your preferred laptop setup (Mac or Windows) to <a href="mailto:it-onboarding@citrusvault.com">it-onboarding@citrusvault.com</a>.</li>
        </ol>
        <p>See you soon!<br>The Citrus Vault People Team</p>
        </body></html>
        """)
    hs = head(addr("Citrus Vault People Team", "people@citrusvault.com"),
              "Welcome aboard! Your first day at Citrus Vault \U0001f34a", when, NY,
              "<welcome.88123.20261124163000@citrusvault.com>", relay="mail-out.citrusvault.com", ip="198.51.100.230")
    return message(hs, alt(text(body), html(htm)))
